"""Exports: one table of the store as JSON Lines, CSV or Parquet, for pandas, R or DuckDB.

The same rows go to `warta export` and to `/api/export/{what}`. Lists (a quote's
`via` chain, an entity's aliases, a story's articles) stay lists in JSON Lines and Parquet; in CSV they
are joined with " > " (nearest first), since CSV has no lists."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Iterator

import orjson
import pyarrow as pa
import pyarrow.parquet as pq

from ..store.reader import Reader

FORMATS = ("jsonl", "csv", "parquet")
MEDIA_TYPES = {"jsonl": "application/x-ndjson", "csv": "text/csv; charset=utf-8",
               "parquet": "application/vnd.apache.parquet"}
LIST_JOIN = " > "

_text, _int, _float, _list = pa.string(), pa.int64(), pa.float64(), pa.list_(pa.string())
SCHEMAS: dict[str, pa.Schema] = {
    "articles": pa.schema([("id", _text), ("outlet", _text), ("published", _text), ("title", _text),
                           ("url", _text), ("origin", _text), ("ingested_at", _text), ("quotes", _int),
                           ("text", _text)]),
    "quotes": pa.schema([("quote_id", _text), ("article_id", _text), ("outlet", _text), ("published", _text),
                         ("story_id", _int), ("speaker", _text), ("entity_id", _int), ("speaker_type", _text),
                         ("cue", _text), ("via", _list), ("kind", _text), ("text", _text), ("start", _int),
                         ("end", _int), ("confidence", _float)]),
    "entities": pa.schema([("entity_id", _int), ("name", _text), ("type", _text), ("first_seen", _text),
                           ("last_seen", _text), ("aliases", _list), ("articles", _int), ("quotes", _int)]),
    "mentions": pa.schema([("article_id", _text), ("outlet", _text), ("published", _text), ("entity_id", _int),
                           ("local_id", _text), ("name", _text), ("type", _text), ("roles", _list), ("start", _int),
                           ("end", _int), ("text", _text)]),
    "dates": pa.schema([("article_id", _text), ("outlet", _text), ("published", _text), ("start", _int),
                        ("end", _int), ("text", _text), ("type", _text), ("value", _text)]),
    "figures": pa.schema([("article_id", _text), ("outlet", _text), ("published", _text), ("start", _int),
                          ("end", _int), ("text", _text), ("value", _float), ("qualifier", _text),
                          ("unit", _text), ("counts", _text), ("source", _text)]),
    "stories": pa.schema([("story_id", _int), ("title", _text), ("start", _text), ("end", _text),
                          ("outlets", _int), ("article_ids", _list), ("outlet_names", _list), ("articles", _int)]),
}
WHAT = tuple(SCHEMAS)
JSON_LISTS = {"via", "roles", "aliases", "article_ids", "outlet_names"}


def rows(reader: Reader, what: str) -> Iterator[dict]:
    """The rows of one export, lists decoded."""
    for row in reader.rows(what):
        for key in JSON_LISTS & row.keys():
            row[key] = orjson.loads(row[key])
        yield row


def to_jsonl(items: Iterable[dict]) -> Iterator[bytes]:
    for item in items:
        yield orjson.dumps(item) + b"\n"


def to_csv(items: Iterable[dict], columns: list[str]) -> Iterator[bytes]:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=columns, lineterminator="\n")
    writer.writeheader()
    for n, item in enumerate(items, 1):
        writer.writerow({k: LIST_JOIN.join(v) if isinstance(v, list) else v for k, v in item.items()})
        if n % 500 == 0:
            yield buffer.getvalue().encode()
            buffer.seek(0)
            buffer.truncate()
    yield buffer.getvalue().encode()


def write_parquet(items: Iterable[dict], schema: pa.Schema, sink, batch_size: int = 5000) -> None:
    """Written in row groups so a large store never sits in memory whole."""
    with pq.ParquetWriter(sink, schema) as writer:
        batch: list[dict] = []
        for item in items:
            batch.append(item)
            if len(batch) == batch_size:
                writer.write_table(pa.Table.from_pylist(batch, schema))
                batch = []
        writer.write_table(pa.Table.from_pylist(batch, schema))


def export(reader: Reader, what: str, fmt: str) -> Iterator[bytes]:
    """The export as chunks of bytes (Parquet is built whole, since its footer comes last)."""
    items = rows(reader, what)
    if fmt == "jsonl":
        yield from to_jsonl(items)
    elif fmt == "csv":
        yield from to_csv(items, SCHEMAS[what].names)
    elif fmt == "parquet":
        sink = io.BytesIO()
        write_parquet(items, SCHEMAS[what], sink)
        yield sink.getvalue()
    else:
        raise ValueError(f"unknown format {fmt!r} (one of {', '.join(FORMATS)})")
