"""A response cache for the JSON API, valid until the store changes.

The server only reads; the store changes when an ingest commits, which in WAL
mode grows or rewrites the `-wal` file (and a checkpoint rewrites the database
file). So the sizes and modification times of both files name the store's
version: two `stat` calls per request, and any commit empties the cache. Only
complete 200 responses of GET /api/ requests are kept (not streamed exports)."""

from __future__ import annotations

import os
from collections import OrderedDict


def store_version(path: str) -> tuple:
    parts = []
    for name in (path, path + "-wal"):
        try:
            st = os.stat(name)
            parts += [st.st_mtime_ns, st.st_size]
        except FileNotFoundError:
            parts += [0, 0]
    return tuple(parts)


class ResponseCache:
    def __init__(self, app, db_path: str, entries: int = 2048, max_body: int = 1 << 20):
        self.app, self.db_path, self.entries, self.max_body = app, db_path, entries, max_body
        self.kept: OrderedDict[bytes, tuple[int, list, bytes]] = OrderedDict()
        self.version: tuple = ()

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http" or scope["method"] != "GET" or not scope["path"].startswith("/api/") \
                or scope["path"].startswith("/api/export/"):
            return await self.app(scope, receive, send)
        version = store_version(self.db_path)
        if version != self.version:
            self.kept.clear()
            self.version = version
        key = scope["path"].encode() + b"?" + scope["query_string"]
        hit = self.kept.get(key)
        if hit is not None:
            self.kept.move_to_end(key)
            status, headers, body = hit
            await send({"type": "http.response.start", "status": status, "headers": headers})
            await send({"type": "http.response.body", "body": body})
            return
        started: dict = {}

        async def keep(message):
            if message["type"] == "http.response.start":
                started.update(message)
            elif (message["type"] == "http.response.body" and not message.get("more_body")
                  and started.get("status") == 200 and len(message.get("body", b"")) <= self.max_body
                  and version == self.version):
                self.kept[key] = (200, list(started.get("headers", [])), message.get("body", b""))
                if len(self.kept) > self.entries:
                    self.kept.popitem(last=False)
            await send(message)

        await self.app(scope, receive, keep)
