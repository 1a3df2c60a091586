"""How well cleaning works on a corpus, per outlet.

Two failure modes, measured apart: boilerplate left in the body (counted with
simple probes that are independent of the cleaner's own patterns, so the
cleaner cannot grade itself), and body prose wrongly marked as boilerplate
(marks that read like sentences of the article)."""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from functools import cache

from ..clean.layout import paragraph_view
from ..lang.id import patterns
from .report import Report, Table

PROSE = re.compile(r"[a-z]{3,}")


@cache
def probes() -> tuple[tuple[str, re.Pattern], ...]:
    return tuple((p["name"], re.compile(p["pattern"], re.MULTILINE)) for p in patterns("boilerplate_probes"))


def _marked(record: dict) -> list[tuple[int, int]]:
    spans = [(b["start"], b["end"]) for b in record["boilerplate"]]
    if record.get("dateline"):
        spans.append((record["dateline"]["start"], record["dateline"]["end"]))
    return spans


def leftovers(record: dict) -> list[tuple[str, int, int]]:
    """Probe hits outside every marked span: (probe name, start, end)."""
    marked = _marked(record)
    gaps = [(b["start"], b["end"]) for b in record["boilerplate"] if b["kind"] == "markup"]
    text = paragraph_view(record["text"], gaps)  # a probe never runs across two list items
    hits = []
    for name, regex in probes():
        for match in regex.finditer(text):
            start, end = match.span()
            while start < end and text[start].isspace():  # a probe's own \s* is not furniture left in
                start += 1
            while end > start and text[end - 1].isspace():
                end -= 1
            if not any(s <= start and end <= e for s, e in marked):
                hits.append((name, start, end))
    return hits


def looks_like_body(text: str) -> bool:
    """A marked span that reads as a sentence of prose: many lower-case words,
    ending like a sentence, and no probe to explain it."""
    words = text.split()
    lower = sum(1 for w in words if PROSE.match(w))
    return (len(words) >= 12 and lower >= 8 and text.rstrip().endswith((".", "”", "\"", "?", "!"))
            and not any(regex.search(text) for _, regex in probes()))


@cache
def attributed_quote_end() -> re.Pattern:
    """A closing quotation mark followed by a post-posed cue (`...," kata X`): the end
    of an attributed direct quote, which is article prose, never furniture."""
    cues = sorted({post for row in patterns("cues") for post in row.get("post", [])}, key=len, reverse=True)
    return re.compile(r"[,.!?…]\s*[\"”’]\s*,?\s*(?:" + "|".join(map(re.escape, cues)) + r")\b")


def evaluate(records: Iterable[dict]) -> Report:
    stats: dict[str, Counter] = defaultdict(Counter)
    errors = []
    for record in records:
        outlet = record.get("outlet") or "(unknown)"
        row = stats[outlet]
        row["articles"] += 1
        row["datelines"] += bool(record.get("dateline"))
        row["marks"] += len(record["boilerplate"])
        for name, start, end in leftovers(record):
            row["left"] += 1
            context = record["text"][max(0, start - 40):end + 40].replace("\n", "⏎")
            errors.append(f"LEFT  {record['id']} [{name}] …{context}…")
        for mark in record["boilerplate"]:
            text = record["text"][mark["start"]:mark["end"]]
            if mark["kind"] == "duplicate":
                row["duplicates"] += 1
            elif looks_like_body(text):
                row["body_marked"] += 1
                errors.append(f"BODY? {record['id']} [{mark['kind']}] {text[:160]!r}")
            if mark["kind"] != "duplicate" and (hit := attributed_quote_end().search(text)):
                row["quotes_swallowed"] += 1
                errors.append(f"QUOTE {record['id']} [{mark['kind']}] …{text[max(0, hit.start() - 80):hit.end() + 20]!r}")
    columns = ["outlet", "articles", "with dateline", "boilerplate marks", "duplicate paragraphs",
               "known patterns left (goal 0)", "body sentences marked", "attributed quotes inside marks"]
    table = Table("Cleaning, per outlet", columns)
    total = Counter()
    for outlet in sorted(stats):
        row = stats[outlet]
        total.update(row)
        table.rows.append([outlet, row["articles"], row["datelines"], row["marks"], row["duplicates"], row["left"],
                           row["body_marked"], row["quotes_swallowed"]])
    table.rows.append(["all", total["articles"], total["datelines"], total["marks"], total["duplicates"],
                       total["left"], total["body_marked"], total["quotes_swallowed"]])
    notes = [f"{len(probes())} probes: " + ", ".join(name for name, _ in probes()),
             "'body sentences marked': non-duplicate marks of 12+ words that read as prose; read them with --errors.",
             "'attributed quotes inside marks': a closing quote mark and a cue (`...,\" kata X`) inside a mark (goal 0)."]
    return Report("warta eval clean", [table], notes, errors)
