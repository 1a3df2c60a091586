"""How much dates and figures add to the pipeline's time per article.

Runs the full pipeline over articles of the dev corpus
(`../shared/data/articles/dev-2025-06.jsonl`), timing every component call one
by one, and reports the share that `warta_dates` + `warta_figures` add to the
rest (tokenizer included). Target: under 15%. Skips cleanly without ../shared.

    .venv/bin/python bench/bench_dates_figures.py [--limit 300]
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter

OURS = ("warta_dates", "warta_figures")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=300, help="articles to time (default 300)")
    args = parser.parse_args()

    from warta.eval.gold import shared_dir
    from warta.pipeline import load, make_doc
    from warta.read.article import Article

    shared = shared_dir()
    corpus = shared / "data" / "articles" / "dev-2025-06.jsonl" if shared else None
    if corpus is None or not corpus.exists():
        print("skipped: ../shared/data/articles/dev-2025-06.jsonl is not here")
        return 0
    with corpus.open(encoding="utf-8") as lines:
        rows = [json.loads(line) for _, line in zip(range(args.limit), lines)]
    articles = [Article(text=r["text"], id=r.get("id"), outlet=r.get("outlet"), published=r.get("date")) for r in rows]

    nlp = load()
    for article in articles[:5]:  # warm up caches and compiled patterns
        doc = make_doc(nlp, article)
        for _, component in nlp.pipeline:
            doc = component(doc)
    spent = Counter()
    for article in articles:
        started = time.perf_counter()
        doc = make_doc(nlp, article)
        spent["tokenizer"] += time.perf_counter() - started
        for name, component in nlp.pipeline:
            started = time.perf_counter()
            doc = component(doc)
            spent[name] += time.perf_counter() - started
    n = len(articles)
    rest = sum(t for name, t in spent.items() if name not in OURS)
    ours = sum(spent[name] for name in OURS)
    for name, total in spent.items():
        print(f"{name:18} {1000 * total / n:8.2f} ms/article")
    print(f"{'rest of pipeline':18} {1000 * rest / n:8.2f} ms/article over {n} articles")
    print(f"{'dates + figures':18} {1000 * ours / n:8.2f} ms/article: +{100 * ours / rest:.1f}% (target < 15%)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
