"""Memory of a long ingest: peak RSS after 1x and 3x the dev corpus, each in a fresh process.

    python bench/bench_memory.py [CORPUS.jsonl] [--times 1 3] [--limit N]

Every pass stores the corpus again under new ids (so nothing is skipped as a duplicate)
into a temporary database, as `warta ingest` does. Memory that grows with the number of
articles read (a cache holding every Doc, say) shows as a higher peak for 3x; flat
memory is a 3x peak within 20% of the 1x one."""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from warta.eval.gold import shared_dir


def child(corpus: str, times: int, limit: int) -> None:
    """One measured run; prints JSON with the article count, seconds and peak RSS."""
    from warta.pipeline import extract_all, shared
    from warta.read import Article, read_paths
    from warta.store import Database

    articles = [a for a in read_paths([corpus]) if isinstance(a, Article)][:limit or None]
    nlp = shared()
    started = time.perf_counter()
    with tempfile.TemporaryDirectory() as folder:
        store = Database(Path(folder) / "bench.db")
        count = 0
        for round_ in range(times):
            renamed = (Article(text=a.text + "\n" * round_, id=f"{a.id}-{round_}", outlet=a.outlet,
                               published=a.published, title=a.title, url=a.url) for a in articles)
            for item in extract_all(nlp, renamed):
                if isinstance(item, tuple):
                    store.save(item[1])
                count += 1
        store.close()
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # kB on Linux
    print(json.dumps({"articles": count, "seconds": time.perf_counter() - started, "peak_mb": peak}))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("corpus", nargs="?")
    parser.add_argument("--times", type=int, nargs="+", default=[1, 3])
    parser.add_argument("--limit", type=int, default=0, help="Articles of the corpus to use (default: all).")
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    corpus = args.corpus or (shared_dir() and str(shared_dir() / "data/articles/dev-2025-06.jsonl"))
    if not corpus:
        print("no corpus given and ../shared is absent: nothing to measure")
        return 0
    if args.child:
        child(corpus, args.times[0], args.limit)
        return 0
    results = {}
    for times in args.times:
        run = subprocess.run([sys.executable, __file__, corpus, "--child", "--times", str(times),
                              "--limit", str(args.limit)], capture_output=True, text=True, check=True)
        results[times] = json.loads(run.stdout.splitlines()[-1])
    base = results[args.times[0]]["peak_mb"]
    print(f"{'passes':>6} {'articles':>9} {'seconds':>8} {'peak RSS MB':>12} {'vs first':>9}")
    for times, r in results.items():
        print(f"{times:>6} {r['articles']:>9} {r['seconds']:>8.0f} {r['peak_mb']:>12.0f} {r['peak_mb'] / base:>8.2f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
