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


SPLITS = ("tune", "locked")


def load_gold(path: str | Path, split: str | None = None) -> list[dict]:
    """Gold rows with their texts. Rows kept as ids + offsets (the project's own gold in
    `gold/`, which holds no article bodies) are joined with the article text from
    `../shared/data/articles/` here; `split` keeps only the `tune` or `locked` rows."""
    with open(path, encoding="utf-8") as lines:
        rows = [json.loads(line) for line in lines if line.strip()]
    if split:
        rows = [row for row in rows if row.get("split") == split]
    packed = [row for row in rows if "text" not in row]
    if packed:
        join_texts(packed)
    return rows


def short_span(text: str) -> str:
    """What a packed gold row keeps of a span: all of it when short, else its head and tail."""
    return text if len(text) <= 60 else text[:40] + "…" + text[-15:]


def join_texts(rows: list[dict]) -> None:
    """Fill in `text` (and each span's full text) from the source collection; a span whose
    kept head and tail no longer match the text means the source changed: refuse to score."""
    base = shared_dir()
    if base is None:
        raise FileNotFoundError("this gold keeps ids and offsets only; its texts are read from ../shared, "
                                "which is not beside the repository (or set $WARTA_SHARED)")
    wanted: dict[str, set[str]] = {}
    for row in rows:
        wanted.setdefault(row["source"], set()).add(row["id"])
    texts: dict[str, str] = {}
    for source, ids in wanted.items():
        with open(base / "data" / "articles" / source, encoding="utf-8") as lines:
            for line in lines:
                record = json.loads(line)
                if record.get("id") in ids:
                    texts[record["id"]] = record["text"]
    for row in rows:
        if row["id"] not in texts:
            raise ValueError(f"gold article {row['id']} is not in {row['source']}")
        row["text"] = text = texts[row["id"]]
        for kind in ("quotes", "dates", "figures"):
            for span in row.get(kind, []):
                full = text[span["start"]:span["end"]]
                if short_span(full) != span["text"]:
                    raise ValueError(f"gold {row['id']} {kind} {span['start']}-{span['end']}: "
                                     f"{span['text']!r} does not match the text ({short_span(full)!r})")
                span["text"] = full


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


def match_spans(gold: list[dict], predicted: list[dict], match=overlaps) -> list[tuple[dict, dict]]:
    """Greedy one-to-one matching by overlap (`match` says which pairs may match), best overlap first."""
    candidates = []
    for i, g in enumerate(gold):
        for j, p in enumerate(predicted):
            if match(g, p):
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
