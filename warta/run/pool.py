"""Worker processes on this machine: `--workers N`.

Workers start from a fork server that has already imported the pipeline's code
(so each starts in a fraction of a second, not by importing spaCy again) and
build their own pipeline once; no state is shared with the parent, which only
reads input and writes output."""

from __future__ import annotations

import multiprocessing
import signal
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager

from .worker import annotate_chunk_frozen, pipeline


def _start() -> None:
    # Ctrl-C is the reading process's to handle: it stops submitting, and workers
    # finish the chunk in hand instead of each printing a traceback
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    pipeline(freeze=True)


@contextmanager
def pool_submitter(workers: int, prepare: bool = False) -> Iterator:
    """A `submit(articles) -> future` running chunks on `workers` processes (`prepare`: see
    `annotate_chunk`)."""
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload(["warta.run.worker", "warta.corpus.cluster"] if prepare else ["warta.run.worker"])
    with ProcessPoolExecutor(workers, mp_context=context, initializer=_start) as pool:
        try:
            yield lambda articles: pool.submit(annotate_chunk_frozen, articles, prepare)
        finally:
            pool.shutdown(cancel_futures=True)
