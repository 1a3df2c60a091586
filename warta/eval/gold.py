"""Gold files in the form of `shared/gold/dev-annotations.jsonl`, and matching
predicted spans to gold ones the way the guidelines define."""

from __future__ import annotations

import json
import os
from collections.abc import Iterable
from pathlib import Path

from ..read.article import Article


def shared_dir() -> Path | None:
    """`$WARTA_SHARED`, else `../shared` beside the repository or the working directory."""
    candidates = [os.environ.get("WARTA_SHARED"), Path(__file__).resolve().parents[2] / ".." / "shared",
                  Path.cwd() / ".." / "shared"]
    for candidate in candidates:
        if candidate and Path(candidate).is_dir():
            return Path(candidate).resolve()
    return None


def load_gold(path: str | Path) -> list[dict]:
    with open(path, encoding="utf-8") as lines:
        return [json.loads(line) for line in lines if line.strip()]


def gold_articles(rows: Iterable[dict]) -> list[Article]:
    """The gold texts as articles, with the gold's outlet and publication date."""
    return [Article(text=r["text"], id=r.get("id"), outlet=r.get("outlet"), published=r.get("published"),
                    origin=f"gold:{r.get('id')}") for r in rows]


def predict(rows: list[dict], nlp=None) -> list[dict]:
    """Run the full pipeline over gold articles; one record per gold row, same order."""
    from ..pipeline import annotate_article, load
    from ..record import to_record

    nlp = nlp or load()
    return [to_record(annotate_article(nlp, article)) for article in gold_articles(rows)]


def overlaps(a: dict, b: dict) -> bool:
    """Spans match when they share at least half of the longer one."""
    shared = min(a["end"], b["end"]) - max(a["start"], b["start"])
    longer = max(a["end"] - a["start"], b["end"] - b["start"])
    return longer > 0 and shared * 2 >= longer


def match_spans(gold: list[dict], predicted: list[dict]) -> list[tuple[dict, dict]]:
    """Greedy one-to-one matching by overlap, best overlap first."""
    candidates = []
    for i, g in enumerate(gold):
        for j, p in enumerate(predicted):
            if overlaps(g, p):
                shared = min(g["end"], p["end"]) - max(g["start"], p["start"])
                candidates.append((-shared, i, j))
    used_gold, used_pred, pairs = set(), set(), []
    for _, i, j in sorted(candidates):
        if i not in used_gold and j not in used_pred:
            used_gold.add(i)
            used_pred.add(j)
            pairs.append((gold[i], predicted[j]))
    return pairs


def align(gold: list[dict], predicted: list[dict]) -> tuple[list[tuple[dict, dict]], list[dict], list[dict]]:
    """Matched pairs, missed gold spans and false predicted spans."""
    pairs = match_spans(gold, predicted)
    matched_gold = {id(g) for g, _ in pairs}
    matched_pred = {id(p) for _, p in pairs}
    return (pairs, [g for g in gold if id(g) not in matched_gold],
            [p for p in predicted if id(p) not in matched_pred])


def in_context(text: str, start: int, end: int, width: int = 30) -> str:
    """`…words before [the span] words after…` on one line, for error listings."""
    before = text[max(0, start - width):start].replace("\n", " ")
    after = text[end:end + width].replace("\n", " ")
    return f"{before}[{text[start:end]}]{after}"
