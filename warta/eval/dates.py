"""Score dates against gold: span P/R/F1 by overlap, value and type accuracy on
matched spans, per type. Gold comes as rows in the form of `dev-annotations.jsonl`
or as TimeML/TIMEX3 files (IndoTimex: `<TIMEX3 type="DATE" value="2014-12-30">`
inline in the text, the document creation time in `<DCT>`).

TimeML gold is also scored the way TempEval-3 scores TIMEX3 (UzZaman et al. 2013):
strict match (same offsets) and relaxed match (any shared character) P/R/F1, and
for `value` and `type` an attribute F1 over relaxed matches, whose precision is the
share of predicted expressions with the right attribute and whose recall is the share
of gold ones (relaxed F1 times attribute accuracy); value F1 ranked the systems."""

from __future__ import annotations

import html
import re
from collections import Counter
from pathlib import Path

from .gold import align, in_context, match_spans
from .report import Report, Table, prf

TYPES = ("DATE", "TIME", "DURATION", "SET")
TAG = re.compile(r"<(/?)([A-Za-z0-9_]+)([^>]*)>")
ATTR = re.compile(r'([A-Za-z_]+)\s*=\s*"([^"]*)"')


def read_timeml(path: str | Path) -> list[dict]:
    """Gold rows from a TimeML file, or from every `.tml`/`.xml`/`.timeml` file of a folder."""
    path = Path(path)
    if path.is_dir():
        files = sorted(p for p in path.iterdir() if p.suffix in (".tml", ".xml", ".timeml"))
        return [row for f in files for row in read_timeml(f)]
    return [parse_timeml(path.read_text(encoding="utf-8"), path.stem)]


def parse_timeml(markup: str, name: str = "timeml") -> dict:
    """One TimeML document as a gold row: the text inside `<TEXT>` (the whole document
    when there is none) with tags removed, and each TIMEX3 as a date span in it."""
    published = None
    dct = re.search(r"<DCT>(.*?)</DCT>", markup, re.S)
    if dct:
        found = ATTR.findall(dct.group(1))
        published = dict(found).get("value") or re.sub(r"<[^>]+>", "", dct.group(1)).strip()[:10] or None
    body = re.search(r"<TEXT>(.*?)</TEXT>", markup, re.S)
    body_text = body.group(1) if body else re.sub(r"<DCT>.*?</DCT>", "", markup, flags=re.S)
    text, dates, open_timex, cursor = [], [], None, 0
    length = 0
    for tag in TAG.finditer(body_text):
        piece = html.unescape(body_text[cursor:tag.start()])
        text.append(piece)
        length += len(piece)
        cursor = tag.end()
        closing, element, attrs = tag.group(1), tag.group(2).upper(), dict(ATTR.findall(tag.group(3)))
        if element != "TIMEX3":
            continue
        if not closing:
            open_timex = (length, attrs)
        elif open_timex:
            start, attrs = open_timex
            dates.append({"start": start, "end": length, "type": attrs.get("type"), "value": attrs.get("value")})
            open_timex = None
    text.append(html.unescape(body_text[cursor:]))
    joined = "".join(text)
    for d in dates:
        d["text"] = joined[d["start"]:d["end"]]
    return {"id": name, "outlet": None, "published": published, "text": joined, "dates": dates, "format": "timeml"}


def evaluate(gold_rows: list[dict], records: list[dict]) -> Report:
    """Gold rows and predicted records, same order."""
    counts = {t: Counter() for t in TYPES + ("all",)}
    errors = []
    for row, record in zip(gold_rows, records):
        gold, predicted = row.get("dates", []), record.get("dates", [])
        pairs, missed, false = align(gold, predicted)
        for g, p in pairs:
            for key in ("all", g["type"]):
                c = counts.setdefault(key, Counter())
                c["tp"] += 1
                c["value"] += g.get("value") == p.get("value")
                c["type"] += g.get("type") == p.get("type")
            if g.get("value") != p.get("value") or g.get("type") != p.get("type"):
                errors.append(f"VALUE {row.get('id')} {in_context(row['text'], g['start'], g['end'])} "
                              f"gold={g.get('type')}:{g.get('value')} predicted={p.get('type')}:{p.get('value')}")
        for g in missed:
            for key in ("all", g["type"]):
                counts.setdefault(key, Counter())["fn"] += 1
            errors.append(f"MISS  {row.get('id')} {in_context(row['text'], g['start'], g['end'])} "
                          f"gold={g.get('type')}:{g.get('value')}")
        for p in false:
            for key in ("all", p["type"]):
                counts.setdefault(key, Counter())["fp"] += 1
            errors.append(f"FALSE {row.get('id')} {in_context(record['text'], p['start'], p['end'])} "
                          f"predicted={p.get('type')}:{p.get('value')}")
    table = Table("Dates: spans (overlap match), values and types on matched spans",
                  ["type", "gold", "predicted", "P", "R", "F1", "value acc", "type acc"])
    for key in TYPES + ("all",):
        c = counts.get(key, Counter())
        tp, fp, fn = c["tp"], c["fp"], c["fn"]
        if not (tp or fp or fn):
            continue
        p, r, f = prf(tp, fp, fn)
        table.rows.append([key, tp + fn, tp + fp, p, r, f, _pct(c["value"], tp), _pct(c["type"], tp)])
    notes = [f"{len(gold_rows)} articles; a value counts when type-free string equality holds (TIMEX3 value)."]
    tables = [table]
    if any(row.get("format") == "timeml" for row in gold_rows):
        tables.append(tempeval(gold_rows, records))
        notes.append("TempEval-3: strict = same offsets, relaxed = any shared character; attribute F1 = P and R of "
                     "expressions with the right value (type) over predicted and gold ones, on relaxed matches.")
    return Report("warta eval dates", tables, notes, errors)


def tempeval(gold_rows: list[dict], records: list[dict]) -> Table:
    """TempEval-3's TIMEX3 scores: strict and relaxed spans, value and type attribute F1."""
    counts = Counter()
    for row, record in zip(gold_rows, records):
        gold, predicted = row.get("dates", []), record.get("dates", [])
        counts["gold"] += len(gold)
        counts["predicted"] += len(predicted)
        exact = {(p["start"], p["end"]) for p in predicted}
        counts["strict"] += sum((g["start"], g["end"]) in exact for g in gold)
        for g, p in match_spans(gold, predicted, _shares_a_character):
            counts["relaxed"] += 1
            counts["value"] += g.get("value") == p.get("value")
            counts["type"] += g.get("type") == p.get("type")
    table = Table("TempEval-3 TIMEX3 scores", ["measure", "P", "R", "F1", "accuracy on relaxed matches"])
    for name in ("strict", "relaxed", "value", "type"):
        found = counts[name]
        p, r, f = prf(found, counts["predicted"] - found, counts["gold"] - found)
        accuracy = _pct(found, counts["relaxed"]) if name in ("value", "type") else None
        table.rows.append([name, p, r, f, accuracy])
    return table


def _shares_a_character(a: dict, b: dict) -> bool:
    return min(a["end"], b["end"]) > max(a["start"], b["start"])


def _pct(part: int, whole: int) -> float:
    return round(100 * part / whole, 1) if whole else 0.0
