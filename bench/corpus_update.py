"""Time (or profile) `warta.corpus.update` alone on the records of an ingested store.

    python bench/corpus_update.py SOURCE.db [--repeat 3] [--profile N] [--keep OUT.db] [--prepared] [--limit N]

Copies SOURCE.db's records (in rowid order, same origins) into a fresh store, without
their corpus rows, then runs `update` and prints CPU ms per article (process time,
steadier than wall time on a shared machine). `--repeat` copies and times again (the
minimum is the figure to compare); `--profile N` prints cProfile's N heaviest
functions (cumulative and own time), `--copy-only` stops before the update (a baseline
for instruction counts: `valgrind --tool=callgrind` with and without it); `--keep` keeps the updated store (to compare
its corpus tables with `bench/corpus_diff.py`); `--prepared` stores each record with its corpus preparation
(made before the clock starts, as `warta ingest`'s workers make it while extracting), so that the figure is
the update's own serial cost in an ingest; `--limit N` takes only the first N records."""

from __future__ import annotations

import argparse
import cProfile
import json
import pstats
import shutil
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from warta.corpus import update  # noqa: E402
from warta.corpus.text import stop_words  # noqa: E402
from warta.store import Database  # noqa: E402


def fresh_store(path: Path, rows: list, prepared: bool = False) -> Database:
    db = Database(path)
    if prepared:
        from warta.corpus.cluster import prepare
    with db.atomic():
        for record, origin, version in rows:
            record_dict = json.loads(record)
            if prepared:
                db.save(record_dict, origin, version, record, tuple(prepare(record_dict)))
            else:
                db.save(record_dict, origin, version, record)
    return db


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("source")
    parser.add_argument("--repeat", type=int, default=1)
    parser.add_argument("--profile", type=int, default=0, metavar="N")
    parser.add_argument("--keep", type=Path)
    parser.add_argument("--limit", type=int, default=0, help="only the first N records (by rowid)")
    parser.add_argument("--prepared", action="store_true",
                        help="store the records with their corpus preparation, as an ingest does")
    parser.add_argument("--copy-only", action="store_true",
                        help="copy the records but do not update (the baseline to subtract when counting "
                             "instructions with valgrind --tool=callgrind)")
    args = parser.parse_args()
    source = Database(args.source)
    rows = [tuple(r) for r in source.conn.execute("SELECT record, origin, pipeline_version FROM articles ORDER BY rowid "
                                                  "LIMIT ?", (args.limit or -1,))]
    source.close()
    stop_words()  # loaded once on first use, not a cost per article
    timings = []
    for _ in range(args.repeat):
        with tempfile.TemporaryDirectory() as folder:
            path = Path(folder) / "update.db"
            db = fresh_store(path, rows, args.prepared)
            if args.copy_only:
                return db.close()
            profiler = cProfile.Profile() if args.profile else None
            started = time.process_time()
            if profiler:
                profiler.enable()
            counts = update(db)
            if profiler:
                profiler.disable()
            timings.append(1000 * (time.process_time() - started) / max(1, counts["articles"]))
            db.close()
            if args.keep:
                shutil.copy(path, args.keep)
            if profiler:
                stats = pstats.Stats(profiler)
                stats.dump_stats("/tmp/cf-update.prof")
                stats.sort_stats("cumulative").print_stats(args.profile)
                stats.sort_stats("tottime").print_stats(args.profile)
    print(f"{counts['articles']} articles, {counts['stories']} stories, {counts['entities']} entities: "
          f"update {min(timings):.2f} ms CPU/article (min of {len(timings)}: "
          f"{', '.join(f'{t:.2f}' for t in timings)})")


if __name__ == "__main__":
    main()
