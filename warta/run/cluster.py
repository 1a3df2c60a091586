"""A Dask cluster: `--dask tcp://scheduler:8786`.

This process reads the input and sends chunks of articles to the cluster's
workers, which build the pipeline once each (Warta must be installed where they
run) and return every record as JSON; results are taken back in input order and
stored (or printed) here, so the store needs no network access of its own.
Start a cluster with `dask scheduler` and `dask worker ADDRESS` (see README)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from .worker import annotate_chunk


@contextmanager
def dask_submitter(address: str, prepare: bool = False) -> Iterator:
    """`(submit, capacity)`: `submit(articles) -> future` on the cluster at `address`,
    and how many chunks it runs at once (its worker threads)."""
    from distributed import Client

    with Client(address, set_as_default=False) as client:
        capacity = max(1, sum(client.nthreads().values()))
        # pure=False: two chunks with equal text are still two tasks (each yields its own results)
        yield (lambda articles: client.submit(annotate_chunk, articles, prepare=prepare, pure=False)), capacity
