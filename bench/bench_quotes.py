"""How much the quotes component adds to the pipeline's time per article.

Times the tokenizer and each component of the full pipeline over the dev corpus
(`../shared/data/articles/dev-2025-06.jsonl`) and prints milliseconds per article
and the overhead. Skips cleanly when ../shared is absent.

    .venv/bin/python bench/bench_quotes.py [N_ARTICLES]
"""

from __future__ import annotations

import json
import sys
import time

from warta.eval.gold import shared_dir
from warta.pipeline import COMPONENTS, load, make_doc
from warta.read.article import Article


def _articles(limit: int) -> list[Article]:
    shared = shared_dir()
    path = shared / "data" / "articles" / "dev-2025-06.jsonl" if shared else None
    if path is None or not path.exists():
        return []
    out = []
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            row = json.loads(line)
            text = row.get("text") or row.get("content") or ""
            if text.strip():
                out.append(Article(text=text, id=row.get("id"), outlet=row.get("outlet")))
            if len(out) >= limit:
                break
    return out


def _time(components: tuple[str, ...], articles: list[Article], rounds: int = 3) -> dict[str, float]:
    """Seconds spent in each component over all articles (best of `rounds`), measured
    in the same run so that other load on the machine hits every component alike."""
    nlp = load(components)
    best: dict[str, float] = {}
    for _ in range(rounds):
        spent = dict.fromkeys(["tokenizer", *nlp.pipe_names], 0.0)
        for article in articles:
            start = time.perf_counter()
            doc = make_doc(nlp, article)
            spent["tokenizer"] += time.perf_counter() - start
            for name, component in nlp.pipeline:
                start = time.perf_counter()
                doc = component(doc)
                spent[name] += time.perf_counter() - start
        if not best or sum(spent.values()) < sum(best.values()):
            best = spent
    return best


def main() -> int:
    limit = int(sys.argv[1]) if len(sys.argv) > 1 else 200
    articles = _articles(limit)
    if not articles:
        print("skipped: ../shared/data/articles/dev-2025-06.jsonl not found")
        return 0
    full = COMPONENTS if "warta_quotes" in COMPONENTS else (*COMPONENTS, "warta_quotes")
    spent = _time(full, articles)
    n = len(articles)
    quotes = spent["warta_quotes"]
    rest = sum(spent.values()) - quotes
    print(f"{n} articles; pipeline {', '.join(full)}")
    for name, seconds in spent.items():
        print(f"  {name:<16} {1000 * seconds / n:7.1f} ms/article")
    components = rest - spent["tokenizer"]
    print(f"without quotes: {1000 * rest / n:.1f} ms/article; quotes add {1000 * quotes / n:.1f} ms "
          f"= {100 * quotes / rest:.1f}% overhead "
          f"({100 * quotes / components:.1f}% of the other components alone, tokenizer left out)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
