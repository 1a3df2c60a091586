"""Throughput of `warta extract` on the dev corpus: articles/s and tokens/s, one process.

    python bench/bench_extract.py [CORPUS.jsonl] [--limit N]

Reports the full pipeline and, for comparison, cleaning + sentences alone, so
each annotator's share of the time shows."""

from __future__ import annotations

import argparse
import sys
import time

from warta.eval.gold import shared_dir
from warta.pipeline import COMPONENTS, extract_all, load
from warta.read import Article, read_paths


def run(components: tuple[str, ...], articles: list[Article]) -> float:
    """Seconds to extract every article (after a short warm-up of the caches)."""
    nlp = load(components)
    list(extract_all(nlp, articles[:5]))
    started = time.perf_counter()
    for _ in extract_all(nlp, articles):
        pass
    return time.perf_counter() - started


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("corpus", nargs="?")
    parser.add_argument("--limit", type=int, default=0)
    args = parser.parse_args()
    corpus = args.corpus or (shared_dir() and shared_dir() / "data/articles/dev-2025-06.jsonl")
    if not corpus:
        print("no corpus given and ../shared is absent: nothing to measure")
        return 0
    articles = [a for a in read_paths([corpus]) if isinstance(a, Article)]
    if args.limit:
        articles = articles[:args.limit]
    print(f"corpus: {corpus} ({len(articles)} articles)")
    tokens = sum(len(doc) for doc in load(()).tokenizer.pipe(a.text for a in articles))
    base = ("warta_clean", "warta_sentences")
    for label, components in (("clean + sentences", base), ("full pipeline", COMPONENTS)):
        seconds = run(components, articles)
        print(f"{label:>18}: {len(articles) / seconds:7.1f} articles/s  {tokens / seconds:9.0f} tokens/s  "
              f"({seconds:.1f} s; components: {', '.join(components)})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
