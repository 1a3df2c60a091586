"""Taking newly stored articles into the corpus, incrementally.

An article is new to the corpus until it has a story. `update` takes in every
such article, oldest first: it links the article's entities to the registry
(link), places it in a story (cluster), indexes its body for search and
refreshes the quote variants of the stories it touched (variants). Nothing is
recomputed for articles already taken in."""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from functools import cache
from pathlib import Path

from .. import __version__
from ..read.article import Article
from ..store import Database
from ..store.corpus import CorpusStore, loads
from .cluster import Prepared, place_article
from .link import link_article
from .text import body
from .variants import refresh_variants

BATCH = 500  # articles taken in per transaction (one commit each, not one per article). A commit writes every
#              index page its articles touched, most shared by many articles: taking in 2,500 synthetic
#              articles wrote 123 MB to the WAL in batches of 500, 357 MB in batches of 100.
EXTRACTION = ("annotate", "clean", "lang", "read", "record.py", "pipeline.py")


@cache
def pipeline_version() -> str:
    """The version of the extraction code: `warta.__version__` plus a short hash of the
    annotators, cleaners, lexicons and record code, so that any change to what
    extraction produces makes `warta ingest --reprocess` refresh stored records."""
    root = Path(__file__).resolve().parent.parent
    digest = hashlib.blake2b(digest_size=6)
    for name in EXTRACTION:
        path = root / name
        for file in sorted(path.rglob("*") if path.is_dir() else [path]):
            if file.is_file() and file.suffix in {".py", ".txt", ".tsv", ".jsonl", ".json", ".crfsuite"}:
                digest.update(file.relative_to(root).as_posix().encode())
                digest.update(file.read_bytes())
    return f"{__version__}+{digest.hexdigest()}"


def take_in(store: CorpusStore, article_id: str, bodies: list) -> dict:
    """Link and place one stored article; its body goes on `bodies`, to be indexed for
    search with the rest of the batch (`store.index_bodies`)."""
    row = store.article_row(article_id)
    record = loads(row["record"])
    entities, created = link_article(store, article_id, record)
    text = body(record)
    prepared = None if row["version"] is None else Prepared(*tuple(row)[7:])
    placed = place_article(store, article_id, record, entities, row["copy_of"], text, prepared)
    bodies.append((row["rowid"], row["title"], text))
    return {**placed, "entities": created}


def update(db: Database, article_ids: list[str] | None = None) -> dict:
    """Take the given (default: all) stored articles that are not in the corpus yet into it,
    `BATCH` a transaction (an interrupted update loses at most that batch, which the
    next update takes in again). Returns counts: `{"articles": n, "stories": new stories,
    "merged": merges, "entities": new entities, "copies": syndicated or near-duplicate copies}`."""
    store = CorpusStore(db)
    db.conn.execute("PRAGMA cache_size = -65536")
    counts = {"articles": 0, "stories": 0, "merged": 0, "entities": 0, "copies": 0}
    with db.atomic():
        store.check_caches()
        touched: set[int] = set(store.stale_stories())
        for story in touched:
            store.refresh_story(story)
    pending = store.pending(article_ids)
    for start in range(0, len(pending), BATCH):
        with db.atomic():
            store.check_caches()
            bodies: list[tuple[int, str | None, str]] = []
            batch = pending[start:start + BATCH]
            for article_id in batch:
                counts_in(counts, touched, take_in(store, article_id, bodies))
            store.drop_prepared(batch)
            # Indexed together: FTS5 writes its pending terms out at every statement that opens a
            # savepoint, so bodies indexed one by one between other writes make one segment each.
            store.index_bodies(bodies)
    with db.atomic():
        for story in sorted(touched):
            refresh_variants(store, story)
    return counts


def counts_in(counts: dict, touched: set[int], placed: dict) -> None:
    counts["articles"] += 1
    counts["stories"] += placed["new"]
    counts["merged"] += len(placed["merged"])
    counts["entities"] += placed["entities"]
    counts["copies"] += placed["copy_kind"] is not None
    touched.add(placed["story"])
    touched -= set(placed["merged"])


def stale_articles(db: Database) -> Iterator[Article]:
    """Stored articles whose record an older (or other) pipeline version made, as
    inputs for re-extraction: the stored text with the record's id, title, url,
    outlet and date (`warta ingest --reprocess`)."""
    for article_id in CorpusStore(db).stale_articles(pipeline_version()):
        record = db.get(article_id)
        if record is not None:
            yield Article(text=record["text"], id=record["id"], title=record.get("title"), url=record.get("url"),
                          outlet=record.get("outlet"), published=record.get("published"),
                          origin=f"{db.path}:{article_id}")
