"""Corpus layer at scale: linking + clustering time per new article as the corpus grows,
and search latency, on a synthetic scale-up of stored records.

    python bench/bench_corpus.py SOURCE.db [--target 100000] [--per-day 100] [--batch 1000] [--keep BIG.db]
    python bench/bench_corpus.py SOURCE.db --search-only BIG.db   # search latency again on a kept store

SOURCE.db is a store filled by `warta ingest` (e.g. the dev corpus). Its records are
copied again and again under new ids, each copy dated `--per-day` articles a day
later than the last, with every word outside entity mentions replaced by random
letters of the same length (offsets stay valid; copies are new texts, not
duplicates, while names repeat as in a real corpus). CPU time is printed besides wall time (steadier on a
shared machine). Extraction is not timed: only
`warta.corpus.update` (entity linking, story placement, body indexing, quote
variants) and then `warta.corpus.search` over random words of the corpus."""

from __future__ import annotations

import argparse
import copy
import hashlib
import json
import random
import re
import statistics
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from warta.corpus import search, update  # noqa: E402
from warta.store import Database  # noqa: E402

WORD = re.compile(r"[^\W\d_]{3,}")
START = date(2024, 1, 1)


def vocabulary(records: list[dict]) -> dict[int, list[str]]:
    """The corpus's own words by length, to swap words without moving any offset."""
    by_length: dict[int, set[str]] = {}
    for record in records:
        for word in WORD.findall(record["text"]):
            by_length.setdefault(len(word), set()).add(word)
    return {length: sorted(words) for length, words in by_length.items()}


def scrambled(record: dict, n: int, day: int, rng: random.Random, words: dict[int, list[str]]) -> dict:
    """A new article from a stored record: new id and date, 70% of the words outside names
    swapped for other words of the corpus of the same length."""
    new = copy.deepcopy(record)
    keep = [(m["start"], m["end"]) for e in record["entities"] for m in e["mentions"]]
    chars = list(record["text"])
    for match in WORD.finditer(record["text"]):
        if not any(s <= match.start() < e for s, e in keep) and rng.random() < 0.7:
            chars[match.start():match.end()] = rng.choice(words[match.end() - match.start()])
    new["text"] = "".join(chars)
    for quote in new["quotes"]:
        quote["text"] = new["text"][quote["start"]:quote["end"]]
    new["id"] = f"syn{n:06d}"
    new["published"] = str(START + timedelta(days=day))
    new["title"] = " ".join(rng.sample(WORD.findall(new["text"]) or ["x"], k=min(8, len(WORD.findall(new["text"])) or 1)))
    new["meta"] = {**new["meta"], "content_hash": hashlib.sha256(new["text"].encode()).hexdigest()[:16]}
    return new


def search_latency(db: Database, words: list[str], queries: int) -> None:
    """Median and p95 of `warta.corpus.search` over `queries` queries of one or two words (the same ones every run)."""
    rng = random.Random(11)
    timings = []
    for _ in range(queries):
        query = " ".join(rng.sample(words, k=rng.choice([1, 2])))
        started = time.perf_counter()
        search(db, query)
        timings.append(1000 * (time.perf_counter() - started))
    timings.sort()
    n = db.conn.execute("SELECT count(*) FROM articles").fetchone()[0]
    print(f"\nsearch over {n:,} articles, {queries} queries of 1-2 title words: "
          f"median {statistics.median(timings):.1f} ms, p95 {timings[int(0.95 * len(timings)) - 1]:.1f} ms")


def title_words(records: list[dict]) -> list[str]:
    return [w for r in records[:200] for w in WORD.findall(r["title"] or "")] or ["indonesia"]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("source")
    parser.add_argument("--target", type=int, default=100_000)
    parser.add_argument("--per-day", type=int, default=100)
    parser.add_argument("--batch", type=int, default=1000)
    parser.add_argument("--report", type=int, nargs="*", default=[1000, 5000, 10_000, 25_000, 50_000, 100_000])
    parser.add_argument("--queries", type=int, default=200)
    parser.add_argument("--keep", type=Path, help="keep the scaled-up store in this file (for --search-only later)")
    parser.add_argument("--search-only", type=Path, metavar="BIG.db", help="time search only, on a kept store")
    args = parser.parse_args()
    source = Database(args.source)
    records = [json.loads(r["record"]) for r in source.conn.execute("SELECT record FROM articles ORDER BY rowid")]
    source.close()
    if args.search_only:
        kept = Database(args.search_only)
        search_latency(kept, title_words(records), args.queries)
        return kept.close()
    rng = random.Random(7)
    words = vocabulary(records)
    with tempfile.TemporaryDirectory() as folder:
        db = Database(args.keep or Path(folder) / "bench.db")
        print(f"{len(records)} source records; corpus layer time per new article, batches of {args.batch}")
        print("| corpus size | ms per article (link + cluster + index + variants) | CPU ms per article | largest story |")
        print("| ---: | ---: | ---: | ---: |")
        n = 0
        while n < args.target:
            batch = [scrambled(records[(n + i) % len(records)], n + i, (n + i) // args.per_day, rng, words)
                     for i in range(args.batch)]
            for record in batch:
                db.save(record)
            started, started_cpu = time.perf_counter(), time.process_time()
            update(db)
            elapsed, cpu = time.perf_counter() - started, time.process_time() - started_cpu
            n += args.batch
            if n in args.report or n >= args.target:
                largest = db.conn.execute("SELECT max(articles) FROM stories").fetchone()[0]
                print(f"| {n:,} | {1000 * elapsed / args.batch:.1f} | {1000 * cpu / args.batch:.1f} | {largest} |",
                      flush=True)
        search_latency(db, title_words(records), args.queries)
        db.close()


if __name__ == "__main__":
    main()
