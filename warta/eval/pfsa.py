"""Scoring against PFSA-ID (Kompas, one token a line, BILOU tags; CC BY-NC-SA:
evaluation only — nothing here is fitted to it).

PFSA-ID's STATEMENT spans are direct quotes with their marks (`” Saya minta ... ,”`).
The token file is turned back into text (tokens joined; a quote mark alternates
opening and closing within an article, as Kompas prints them), Warta's direct quotes
are widened to their marks and compared token by token: exact span match, and
overlap match (at least half of the longer span, as in the gold quotes)."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from .report import Report, Table, prf

MARKS = {"“", "”", "\"", "«", "»"}
NO_SPACE_BEFORE = {",", ".", ";", ":", "!", "?", ")", "]", "%", "…"}
NO_SPACE_AFTER = {"(", "["}
DATELINE = re.compile(r"^[A-Z][A-Z .,-]{1,40}\s,?\s*KOMPAS", re.M)


@dataclass
class PfsaArticle:
    tokens: list[str] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)
    sentence_starts: list[int] = field(default_factory=list)


def read_pfsa(path: str | Path) -> list[PfsaArticle]:
    """Articles of a PFSA-ID token file: a new article starts at a `..., KOMPAS` dateline sentence."""
    articles: list[PfsaArticle] = []
    sentence: list[tuple[str, str]] = []

    def flush() -> None:
        if not sentence:
            return
        words = " ".join(w for w, _ in sentence[:6])
        if not articles or ("KOMPAS" in words and sentence[0][0].isupper() and sentence[0][0] == sentence[0][0].upper()):
            articles.append(PfsaArticle())
        article = articles[-1]
        article.sentence_starts.append(len(article.tokens))
        for w, t in sentence:
            article.tokens.append(w)
            article.tags.append(t)
        sentence.clear()

    with open(path, encoding="utf-8") as lines:
        for line in lines:
            line = line.rstrip("\r\n")
            if not line.strip():
                flush()
                continue
            word, _, tag = line.rpartition("\t") if "\t" in line else (line.split()[0], "", line.split()[-1])
            sentence.append((word, tag))
    flush()
    return articles


def statements(tags: list[str], label: str = "STATEMENT") -> list[tuple[int, int]]:
    """BILOU spans of one label as (first token, last token + 1)."""
    spans, start = [], None
    for i, tag in enumerate(tags):
        prefix, _, name = tag.partition("-")
        if name != label:
            start = None
            continue
        if prefix in ("B", "U"):
            start = i
        if prefix in ("L", "U") and start is not None:
            spans.append((start, i + 1))
            start = None
    return spans


def detokenize(tokens: list[str]) -> tuple[str, list[tuple[int, int]]]:
    """Text and each token's character offsets. Quote marks alternate open/close
    (an opening mark sticks to the next word, a closing one to the previous)."""
    parts: list[str] = []
    offsets: list[tuple[int, int]] = []
    length, opening, glue_next = 0, True, False
    for token in tokens:
        if token in MARKS:
            space = bool(parts) and opening
            glue_next, opening = opening, not opening
        else:
            space = bool(parts) and not glue_next and token not in NO_SPACE_BEFORE
            glue_next = token in NO_SPACE_AFTER
        if space:
            parts.append(" ")
            length += 1
        offsets.append((length, length + len(token)))
        parts.append(token)
        length += len(token)
    return "".join(parts), offsets


def _token_span(offsets: list[tuple[int, int]], start: int, end: int) -> tuple[int, int] | None:
    inside = [i for i, (s, e) in enumerate(offsets) if s < end and start < e]
    return (inside[0], inside[-1] + 1) if inside else None


def widen_to_marks(text: str, start: int, end: int) -> tuple[int, int]:
    """A quote's inner span grown over the marks (and spaces) around it."""
    s = start
    while s > 0 and text[s - 1] == " ":
        s -= 1
    if s > 0 and text[s - 1] in "“”\"«»":
        start = s - 1
    e = end
    while e < len(text) and text[e] == " ":
        e += 1
    if e < len(text) and text[e] in "“”\"«»":
        end = e + 1
    return start, end


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> bool:
    shared = min(a[1], b[1]) - max(a[0], b[0])
    return shared * 2 >= max(a[1] - a[0], b[1] - b[0]) and shared > 0


def score_pfsa(articles: list[PfsaArticle], extract: Callable[[str], list[dict]], kinds=("direct",)) -> Report:
    """`extract(text)` gives Warta's quotes for one text; direct quotes are scored as STATEMENT."""
    exact = {"tp": 0, "fp": 0, "fn": 0}
    loose = {"tp": 0, "fp": 0, "fn": 0}
    errors: list[str] = []
    for n, article in enumerate(articles):
        text, offsets = detokenize(article.tokens)
        gold = statements(article.tags)
        predicted = []
        for q in extract(text):
            if q.get("kind") not in kinds:
                continue
            span = _token_span(offsets, *widen_to_marks(text, q["start"], q["end"]))
            if span:
                predicted.append(span)
        predicted = sorted(set(predicted))
        hits = set(gold) & set(predicted)
        exact["tp"] += len(hits)
        exact["fp"] += len(predicted) - len(hits)
        exact["fn"] += len(gold) - len(hits)
        used, matched = set(), 0
        for g in gold:
            for j, p in enumerate(predicted):
                if j not in used and _overlap(g, p):
                    used.add(j)
                    matched += 1
                    break
            else:
                errors.append(f"== article {n} MISS " + " ".join(article.tokens[g[0]:g[1]])[:160])
        for j, p in enumerate(predicted):
            if j not in used:
                errors.append(f"== article {n} FALSE " + " ".join(article.tokens[p[0]:p[1]])[:160])
        loose["tp"] += matched
        loose["fp"] += len(predicted) - matched
        loose["fn"] += len(gold) - matched
    table = Table("PFSA-ID STATEMENT spans (token level)", ["match", "gold", "predicted", "P", "R", "F1"])
    table.rows.append(["exact", exact["tp"] + exact["fn"], exact["tp"] + exact["fp"], *prf(**exact)])
    table.rows.append(["overlap ≥ half", loose["tp"] + loose["fn"], loose["tp"] + loose["fp"], *prf(**loose)])
    notes = [f"{len(articles)} articles (split at KOMPAS datelines). Warta's {', '.join(kinds)} quotes widened to "
             "their quotation marks are scored as STATEMENT; PFSA-ID marks only public figures' statements, so "
             "quotes of ordinary people count as false alarms. Evaluation only (CC BY-NC-SA)."]
    return Report("PFSA-ID statements", [table], notes, errors)
