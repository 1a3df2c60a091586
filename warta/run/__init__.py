"""Running the pipeline over many articles: in this process, on a pool of worker
processes (`--workers N`), or on a Dask cluster (`--dask ADDRESS`).

The caller's process reads the input and cuts it into chunks; workers annotate
a chunk and hand each record back as JSON (`worker.py`); results come back in
input order, so output and ids are the same whatever the number of workers. At
most a few chunks per worker are out at once, so memory stays bounded however
large the input. Articles the caller already has (`known(article)` says so) are
passed back without running the NLP: re-ingesting an unchanged corpus is cheap."""

from __future__ import annotations

import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from functools import cached_property, partial
from itertools import islice
from typing import Protocol

import orjson

from ..read.article import Article, ReadError

CHUNK = 16  # articles per task: big enough to hide the hand-over, small enough to keep order cheap
IN_FLIGHT = 3  # chunks out per worker: one running, the next ones queued


def default_workers() -> int:
    """The cores this process may use."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


@dataclass
class Extracted:
    """One article's outcome. `json` is the record as JSON text; it is None when
    the article was skipped as already known (`known(article)` said so). `prepared`:
    what the corpus update needs from the record alone, when asked for (`prepare`)."""

    article: Article
    json: str | None
    prepared: tuple | None = None

    @property
    def skipped(self) -> bool:
        return self.json is None

    @cached_property
    def record(self) -> dict | None:
        return None if self.json is None else orjson.loads(self.json)


Outcome = Extracted | ReadError


class _Future(Protocol):
    def result(self) -> list[str | ReadError]: ...


Submit = Callable[[list[Article]], _Future]


def extract(items: Iterable[Article | ReadError], workers: int = 1, scheduler: str | None = None,
            known: Callable[[Article], bool] | None = None, chunk: int = CHUNK,
            freeze: bool = False, prepare: bool = False) -> Iterator[Outcome]:
    """Every item's outcome, in input order: `Extracted` for an article (its record, or
    skipped when `known`), the `ReadError` of an unreadable input or failed article.

    `scheduler`: a Dask scheduler's address (`tcp://host:8786`); else `workers` local
    processes (1: this process). Input smaller than two chunks stays in this process:
    starting workers costs more than it saves. `freeze`: `gc.freeze` after loading the
    pipeline in this process (Warta's CLI says so; a host program's process is left alone).
    `prepare`: also make each record's corpus preparation where it is extracted
    (`warta ingest`: see `worker.annotate_chunk`)."""
    chunks = _chunks(items, chunk)
    head = list(islice(chunks, 2))
    if scheduler:
        from .cluster import dask_submitter
        with dask_submitter(scheduler, prepare) as (submit, capacity):
            yield from _ordered(_chain(head, chunks), submit, capacity * IN_FLIGHT, known)
    elif workers > 1 and len(head) > 1:
        from .pool import pool_submitter
        with pool_submitter(workers, prepare) as submit:
            yield from _ordered(_chain(head, chunks), submit, workers * IN_FLIGHT, known)
    else:
        from .worker import annotate_chunk
        yield from _ordered(_chain(head, chunks), _Done.of(partial(annotate_chunk, freeze=freeze, prepare=prepare)), 1, known)


def _chain(head: list, rest: Iterator) -> Iterator:
    yield from head
    yield from rest


def _chunks(items: Iterable[Article | ReadError], size: int) -> Iterator[list[Article | ReadError]]:
    iterator = iter(items)
    while chunk := list(islice(iterator, size)):
        yield chunk


def _ordered(chunks: Iterable[list[Article | ReadError]], submit: Submit, in_flight: int,
             known: Callable[[Article], bool] | None) -> Iterator[Outcome]:
    """Submit chunks (their unknown articles) and yield outcomes in input order,
    with at most `in_flight` chunks submitted and not yet yielded."""
    pending: deque[tuple[list[Article | ReadError], list[bool], _Future | None]] = deque()
    for chunk in chunks:
        todo = [isinstance(item, Article) and not (known and known(item)) for item in chunk]
        work = [item for item, run in zip(chunk, todo) if run]
        pending.append((chunk, todo, submit(work) if work else None))
        if len(pending) >= in_flight:
            yield from _outcomes(*pending.popleft())
    while pending:
        yield from _outcomes(*pending.popleft())


def _outcomes(chunk: list[Article | ReadError], todo: list[bool], future: _Future | None) -> Iterator[Outcome]:
    results = iter(future.result() if future else ())
    for item, run in zip(chunk, todo):
        if isinstance(item, ReadError):
            yield item
        elif not run:
            yield Extracted(item, None)
        else:
            result = next(results)
            yield (result if isinstance(result, ReadError) else Extracted(item, *result) if isinstance(result, tuple)
                   else Extracted(item, result))


class _Done:
    """A future already resolved: the in-process path through `_ordered`."""

    def __init__(self, value: list[str | ReadError]):
        self.value = value

    def result(self) -> list[str | ReadError]:
        return self.value

    @classmethod
    def of(cls, function: Callable[[list[Article]], list[str | ReadError]]) -> Submit:
        return lambda work: cls(function(work))
