"""Train the cue gate (`annotate/quotes/gate.py`) from our own quote gold.

Every clause the rules propose on the gold articles (the gate switched to collecting) is a
training example: positive when a gold quote covers at least half of the shorter of the two,
negative otherwise. A logistic regression (scikit-learn, training only) over the gate's
feature names gives the weights; the threshold is the one that maximises span F1 under
k-fold cross-validation by article, and the cross-validated figures are reported beside it.
Deterministic: the same gold and lexicons give the same weights."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
GOLD_SETS = (("tune", ROOT / "gold" / "annotations.jsonl", "tune"),
             ("fresh-quotes", ROOT / "gold" / "fresh-quotes.jsonl", None),
             ("dev-35", Path("gold") / "dev-annotations.jsonl", None))  # under ../shared
C = 0.5
FOLDS = 5
THRESHOLDS = tuple(round(0.05 * k, 2) for k in range(2, 15))


@dataclass
class Article:
    set: str
    id: str
    gold: list[dict]
    predicted: list[dict]  # the record's quotes with the gate collecting (all proposals kept)
    candidates: list[tuple[int, int, list[str], int]]  # start, end, feature names, label


def _covers(a: tuple[int, int], b: tuple[int, int]) -> bool:
    shared = min(a[1], b[1]) - max(a[0], b[0])
    shorter = min(a[1] - a[0], b[1] - b[0])
    return shorter > 0 and shared * 2 >= shorter


def collect(shared: Path, log: Callable[[str], None] = print) -> list[Article]:
    """Run the quote pipeline over the gold sets with the gate collecting its proposals."""
    from ..annotate.quotes import gate
    from ..cli.eval_quotes import quote_components
    from ..eval.gold import gold_articles, load_gold
    from ..pipeline import annotate_article, load
    from ..record import to_record

    nlp = load(quote_components())
    articles = []
    for name, path, split in GOLD_SETS:
        rows = load_gold(path if path.is_absolute() else shared / path, split)
        for row, article in zip(rows, gold_articles(rows)):
            gate.COLLECT = []
            try:
                record = to_record(annotate_article(nlp, article))
                proposals = gate.COLLECT
            finally:
                gate.COLLECT = None
            spans = [(g["start"], g["end"]) for g in row.get("quotes", [])]
            candidates = [(s, e, names, int(any(_covers((s, e), g) for g in spans))) for s, e, names in proposals]
            articles.append(Article(name, row["id"], row.get("quotes", []), record["quotes"], candidates))
        log(f"{name}: {len(rows)} articles")
    return articles


def _fit(examples: list[tuple[list[str], int]], vocabulary: list[str]):
    import numpy as np
    from sklearn.linear_model import LogisticRegression

    column = {n: k for k, n in enumerate(vocabulary)}
    x = np.zeros((len(examples), len(vocabulary)))
    for row, (names, _) in enumerate(examples):
        for n in names:
            if n in column and n != "bias":
                x[row, column[n]] = 1.0
    y = np.array([label for _, label in examples])
    return LogisticRegression(C=C, max_iter=5000, solver="lbfgs").fit(x, y), column


def _probabilities(fitted, column: dict[str, int], names_list: list[list[str]]) -> list[float]:
    import numpy as np

    x = np.zeros((len(names_list), len(column)))
    for row, names in enumerate(names_list):
        for n in names:
            if n in column and n != "bias":
                x[row, column[n]] = 1.0
    return list(fitted.predict_proba(x)[:, 1]) if names_list else []


def _kept_quotes(article: Article, probabilities: list[float], threshold: float) -> list[dict]:
    """The article's predicted quotes without those whose proposal the gate would drop."""
    from ..eval.gold import overlaps

    dropped = [(s, e) for (s, e, _, _), p in zip(article.candidates, probabilities) if p < threshold]
    return [q for q in article.predicted
            if not any(overlaps(q, {"start": s, "end": e}) for s, e in dropped)]


def _f1(articles: list[Article], kept: dict[int, list[dict]]) -> tuple[float, float, float]:
    from ..eval.gold import match_spans

    tp = fp = fn = 0
    for k, article in enumerate(articles):
        pairs = len(match_spans(article.gold, kept[k]))
        tp, fp, fn = tp + pairs, fp + len(kept[k]) - pairs, fn + len(article.gold) - pairs
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return 100 * p, 100 * r, 200 * p * r / (p + r) if p + r else 0.0


def cross_validate(articles: list[Article]) -> tuple[float, dict]:
    """Out-of-fold probabilities (folds by article: sorted ids, round robin), the threshold with
    the best pooled span F1, and per-set span P/R/F1 without the gate and with it (out of fold)."""
    order = sorted(range(len(articles)), key=lambda k: (articles[k].set, articles[k].id))
    fold = {k: n % FOLDS for n, k in enumerate(order)}
    oof: dict[int, list[float]] = {}
    for f in range(FOLDS):
        train = [c for k, a in enumerate(articles) if fold[k] != f for c in a.candidates]
        vocabulary = sorted({n for c in train for n in c[2]})
        fitted, column = _fit([(c[2], c[3]) for c in train], vocabulary)
        for k, a in enumerate(articles):
            if fold[k] == f:
                oof[k] = _probabilities(fitted, column, [c[2] for c in a.candidates])
    best = max(THRESHOLDS, key=lambda t: (round(_f1(articles, {k: _kept_quotes(a, oof[k], t) for k, a in enumerate(articles)})[2], 3), -abs(t - 0.5)))
    figures = {}
    for name in dict.fromkeys(a.set for a in articles):
        ks = [k for k, a in enumerate(articles) if a.set == name]
        subset = [articles[k] for k in ks]
        without = _f1(subset, {n: articles[k].predicted for n, k in enumerate(ks)})
        with_gate = _f1(subset, {n: _kept_quotes(articles[k], oof[k], best) for n, k in enumerate(ks)})
        figures[name] = {"without": [round(v, 1) for v in without], "cross_validated": [round(v, 1) for v in with_gate]}
    return best, figures


def train(shared: Path, output: Path, log: Callable[[str], None] = print) -> dict:
    """Collect, cross-validate, fit on everything and write the gate's JSON; returns it."""
    articles = collect(shared, log)
    examples = [(c[2], c[3]) for a in articles for c in a.candidates]
    log(f"{len(examples)} proposals, {sum(label for _, label in examples)} of them reported speech")
    threshold, figures = cross_validate(articles)
    for name, row in figures.items():
        log(f"{name}: span P/R/F1 without the gate {row['without']}, with it ({FOLDS}-fold by article) {row['cross_validated']}")
    vocabulary = sorted({n for names, _ in examples for n in names})
    fitted, column = _fit(examples, vocabulary)
    weights = {n: round(float(fitted.coef_[0][column[n]]), 6) for n in vocabulary if n != "bias"}
    model = {"about": "Cue gate of warta/annotate/quotes/gate.py; written by `warta train cues`.",
             "C": C, "folds": FOLDS, "threshold": threshold, "intercept": round(float(fitted.intercept_[0]), 6),
             "examples": len(examples), "positives": sum(label for _, label in examples),
             "cross_validated": figures, "weights": {n: w for n, w in weights.items() if w != 0.0}}
    output.write_text(json.dumps(model, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    log(f"threshold {threshold}; wrote {output}")
    return model
