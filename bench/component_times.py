"""Shared by the component benchmarks: dev-corpus articles, and the time each
pipeline stage (the tokenizer and every component) spends per article, measured
in the same run so that other load on the machine hits every stage alike."""

from __future__ import annotations

import json
import time

from warta.eval.gold import shared_dir
from warta.pipeline import COMPONENTS, load, make_doc
from warta.read.article import Article


def dev_articles(limit: int) -> list[Article]:
    """The first `limit` articles of ../shared's dev corpus, or [] when it is absent."""
    shared = shared_dir()
    corpus = shared / "data" / "articles" / "dev-2025-06.jsonl" if shared else None
    if corpus is None or not corpus.exists():
        return []
    with corpus.open(encoding="utf-8") as lines:
        rows = [json.loads(line) for _, line in zip(range(limit), lines)]
    return [Article(text=r["text"], id=r.get("id"), outlet=r.get("outlet"), published=r.get("date")) for r in rows]


def stage_times(articles: list[Article], rounds: int = 3) -> dict[str, float]:
    """Seconds per stage over all articles, best of `rounds` (after a warm-up)."""
    nlp = load(COMPONENTS)
    best: dict[str, float] = {}
    for round_ in range(rounds + 1):
        spent = dict.fromkeys(["tokenizer", *nlp.pipe_names], 0.0)
        for article in articles if round_ else articles[:5]:  # round 0 warms caches up
            start = time.perf_counter()
            doc = make_doc(nlp, article)
            spent["tokenizer"] += time.perf_counter() - start
            for name, component in nlp.pipeline:
                start = time.perf_counter()
                doc = component(doc)
                spent[name] += time.perf_counter() - start
        if round_ and (not best or sum(spent.values()) < sum(best.values())):
            best = spent
    return best


def report(spent: dict[str, float], n: int, measured: tuple[str, ...], target: float) -> str:
    """Milliseconds per article for each stage, and what `measured` adds to the rest."""
    rest = sum(t for name, t in spent.items() if name not in measured)
    ours = sum(spent[name] for name in measured)
    components = rest - spent["tokenizer"]
    lines = [f"{n} articles"] + [f"  {name:<18} {1000 * t / n:6.2f} ms/article" for name, t in spent.items()]
    lines.append(f"{' + '.join(measured)}: {1000 * ours / n:.2f} ms/article = +{100 * ours / rest:.1f}% of the rest of "
                 f"the pipeline (target < {target:g}%); +{100 * ours / components:.1f}% of the other components "
                 "alone, tokenizer left out")
    return "\n".join(lines)
