"""The one writer of a parallel ingest: records stored in batches.

A commit per article costs about as much as extracting it (the WAL is synced each
time). Here records wait in memory and go in together, one transaction per `size`
articles or `seconds`, whichever comes first; each article is still whole or absent.
The write lock is held only while a batch is written, so another ingest into the same
file gets its turn between batches. A crash loses the batch not yet written, which
the rerun redoes (its articles are not in the store, so their hashes are unknown)."""

from __future__ import annotations

import time

from ..store import Database

BATCH = 200
Written = tuple[dict, str | None, str]  # record, origin, status
SECONDS = 1.0


class Writer:
    def __init__(self, store: Database, size: int = BATCH, seconds: float = SECONDS,
                 pipeline_version: str | None = None):
        self.store, self.size, self.seconds, self.version = store, size, seconds, pipeline_version
        self.pending: list[tuple[dict, str | None, str | None, tuple | None]] = []
        self.since = 0.0

    def add(self, record: dict, origin: str | None = None, encoded: str | None = None,
            prepared: tuple | None = None) -> list[Written]:
        """Queue a record (`encoded`: its JSON, `prepared`: its corpus preparation, when already
        made); returns the records
        written by this call, each with its origin and status (as `Database.save` says)."""
        if not self.pending:
            self.since = time.monotonic()  # a batch waits at most `seconds` from its first record
        self.pending.append((record, origin, encoded, prepared))
        if len(self.pending) >= self.size or time.monotonic() - self.since >= self.seconds:
            return self.flush()
        return []

    def flush(self) -> list[Written]:
        """Write what is queued, in one transaction."""
        batch, self.pending = self.pending, []
        if not batch:
            return []
        return [(record, origin, status)
                for (record, origin, _, _), status in zip(batch, self.store.save_many(batch, self.version))]
