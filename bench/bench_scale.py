"""Figures a user can compare: how fast Warta runs per core and on every core,
how much memory a worker takes, how big the store grows, how fast it searches.

    python bench/bench_scale.py throughput [CORPUS.jsonl] [--limit N]
    python bench/bench_scale.py workers [CORPUS.jsonl] [--limit N] [--workers 1 2]
    python bench/bench_scale.py ingest N [--workers 1 2] [--keep DB]

`throughput`: whole-process extraction (records encoded as `warta extract` prints
them) against a spaCy `blank("id")` tokenizer + sentencizer pass over the same
texts in the same run, the ceiling of any spaCy pipeline. Both as wall-clock and
as CPU time of this process: on a machine shared with other work, CPU time is
the steadier figure. `workers`: the same extraction through `warta.run` with 1
and 2 worker processes (start-up included), and each worker's peak memory.
`ingest`: `warta ingest --workers W` of N synthetic articles (recombined from
the dev corpus paragraphs; 100,000 is the issue's figure), end to end, with the
database size per article and the latency of a search at that size.
The corpus defaults to ../shared/data/articles/dev-2025-06.jsonl."""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from warta.eval.gold import shared_dir  # noqa: E402
from warta.read import Article, read_paths  # noqa: E402


def corpus_articles(path: str | None, limit: int) -> list[Article]:
    corpus = path or (shared_dir() and shared_dir() / "data/articles/dev-2025-06.jsonl")
    if not corpus or not Path(corpus).exists():
        sys.exit("no corpus given and ../shared is absent: nothing to measure")
    articles = [a for a in read_paths([corpus]) if isinstance(a, Article)]
    print(f"corpus: {corpus} ({len(articles[:limit or None])} articles)")
    return articles[:limit or None]


class PeakMemory:
    """The largest resident memory of this process and of any process below it, sampled
    every 0.2 s (pool workers are children of a fork server: `getrusage` misses them)."""

    def __enter__(self) -> PeakMemory:
        import threading

        import psutil

        self.own = self.worker = 0.0
        self._done = threading.Event()
        me = psutil.Process()

        def sample() -> None:
            while not self._done.wait(0.2):
                self.own = max(self.own, me.memory_info().rss / 2**20)
                for child in me.children(recursive=True):
                    try:
                        self.worker = max(self.worker, child.memory_info().rss / 2**20)
                    except psutil.Error:
                        pass

        self._thread = threading.Thread(target=sample, daemon=True)
        self._thread.start()
        return self

    def __exit__(self, *_) -> None:
        self._done.set()
        self._thread.join()


def timed(run) -> tuple[float, float]:
    wall, cpu = time.perf_counter(), time.process_time()
    run()
    return time.perf_counter() - wall, time.process_time() - cpu


def throughput(articles: list[Article]) -> None:
    import spacy

    from warta.pipeline import extract_all, load
    from warta.record import to_json

    blank = spacy.blank("id")
    blank.add_pipe("sentencizer")
    nlp = load()
    texts = [a.text for a in articles]
    for text in texts[:20]:  # warm both up: first sight of each word type costs extra
        blank(text)
    list(extract_all(nlp, articles[:20]))

    def spacy_pass():
        for text in texts:
            blank(text)

    def warta_pass():
        for _, record in extract_all(nlp, articles):
            to_json(record)

    n = len(articles)
    rows = [("spaCy blank('id') + sentencizer", *timed(spacy_pass)), ("warta extract (records as JSON)", *timed(warta_pass))]
    for label, wall, cpu in rows:
        print(f"{label:>34}: {n / wall:7.1f} articles/s wall, {n / cpu:7.1f} articles/s per core (CPU time)")
    (_, spacy_wall, spacy_cpu), (_, warta_wall, warta_cpu) = rows
    print(f"{'warta / spaCy':>34}: {100 * spacy_wall / warta_wall:6.1f}% wall, {100 * spacy_cpu / warta_cpu:6.1f}% CPU time")


def workers(articles: list[Article], counts: list[int]) -> None:
    from warta.run import extract

    rates = {}
    for count in counts:
        wall = time.perf_counter()
        with PeakMemory() as peak:
            outcomes = sum(1 for _ in extract(articles, workers=count, freeze=True))
        rates[count] = outcomes / (time.perf_counter() - wall)
        print(f"{count} worker(s): {rates[count]:7.1f} articles/s wall (start-up included); peak memory "
              f"{peak.own:.0f} MB this process, {peak.worker:.0f} MB the largest worker process")
    if len(counts) > 1:
        print(f"scaling {counts[0]} -> {counts[-1]} workers: {rates[counts[-1]] / rates[counts[0]]:.2f}x "
              f"on {os.cpu_count()} cores")


def ingest(n: int, counts: list[int], keep: str | None) -> None:
    from warta.run.synthetic import articles, paragraphs
    from warta.store import Database

    import orjson

    pool = paragraphs(corpus_articles(None, 0))
    folder = Path(tempfile.mkdtemp(prefix="warta-bench-"))
    corpus = folder / "synthetic.jsonl"
    with corpus.open("wb") as out:
        for row in articles(n, pool):
            out.write(orjson.dumps(row) + b"\n")
    print(f"synthetic corpus: {n} articles, {corpus.stat().st_size / n:.0f} bytes of JSON each")
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")])}
    for count in counts:
        db = Path(keep) if keep and count == counts[-1] else folder / f"bench-{count}.db"
        command = [sys.executable, "-c", "from warta.cli import app; app()", "ingest", str(corpus), "--db", str(db),
                   "--workers", str(count)]
        wall = time.perf_counter()
        with PeakMemory() as peak:
            subprocess.run(command, check=True, env=env, stdout=subprocess.DEVNULL)
        seconds = time.perf_counter() - wall
        size = sum(Path(f"{db}{suffix}").stat().st_size for suffix in ("", "-wal") if Path(f"{db}{suffix}").exists())
        print(f"ingest, {count} worker(s): {n / seconds:7.1f} articles/s ({seconds:.0f} s), "
              f"{size / n / 1024:.1f} KB of database per article, largest process {peak.worker:.0f} MB; "
              f"1 M articles would take {1_000_000 / (n / seconds) / 3600:.1f} h at this rate")
    store = Database(db)
    for word in ("banjir", "Presiden", "harga beras"):
        started = time.perf_counter()
        hits = store.search(word, limit=20)
        print(f"search {word!r} over {n} articles: {1000 * (time.perf_counter() - started):.1f} ms, {len(hits)} hits")
    store.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("what", choices=["throughput", "workers", "ingest"])
    parser.add_argument("corpus_or_n", nargs="?")
    parser.add_argument("--limit", type=int, default=0)
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--keep", help="ingest: keep the last database at this path")
    args = parser.parse_args()
    if args.what == "throughput":
        throughput(corpus_articles(args.corpus_or_n, args.limit))
    elif args.what == "workers":
        workers(corpus_articles(args.corpus_or_n, args.limit), args.workers)
    else:
        ingest(int(args.corpus_or_n or 10_000), args.workers, args.keep)
    return 0


if __name__ == "__main__":
    sys.exit(main())
