"""Scoring quotes against a gold file (`shared/gold/dev-annotations.jsonl` form).

Spans match by overlap (at least half of the longer, `gold.match_spans`),
regardless of kind. On matched pairs: speaker accuracy (names equal after
normalisation; both null counts as right; `speaker~` also when one name's words run in
the other, and a table of error classes tells a wrong person from a name form), `via` exact match (the whole chain,
in order) and kind accuracy. Pure: records in, `Report` out."""

from __future__ import annotations

import re
import unicodedata
from collections import Counter

from .figures import SOURCE_CLASSES, same_source, source_class
from .gold import match_spans
from .report import Report, Table, prf

KINDS = ("direct", "indirect", "mixed")


def normalise(name: str | None) -> str:
    """Case, accents, punctuation and spacing do not decide a speaker match."""
    if not name:
        return ""
    text = unicodedata.normalize("NFKD", re.sub(r"[’‘`']", "", name)).encode("ascii", "ignore").decode().lower()
    return re.sub(r"[^\w]+", " ", text).strip()


def predicted_speaker(quote: dict) -> str | None:
    speaker = quote.get("speaker")
    return speaker.get("name") if isinstance(speaker, dict) else speaker


def predicted_via(quote: dict) -> list[str]:
    return [v.get("name") if isinstance(v, dict) else v for v in quote.get("via") or []]


def _short(text: str, width: int = 90) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[:width - 1] + "…"


def score_quotes(gold_rows: list[dict], records: list[dict]) -> Report:
    """Span P/R/F1 (overall and per kind), speaker accuracy, via exact match."""
    tp = fp = fn = 0
    by_kind = {k: {"gold": 0, "pred": 0, "gold_hit": 0, "pred_hit": 0} for k in KINDS}
    speaker_ok = speaker_near = via_ok = kind_ok = pairs_total = 0
    speaker_classes: Counter[str] = Counter()
    errors: list[str] = []
    for row, record in zip(gold_rows, records):
        gold = row.get("quotes", [])
        predicted = record.get("quotes", [])
        pairs = match_spans(gold, predicted)
        tp += len(pairs)
        fp += len(predicted) - len(pairs)
        fn += len(gold) - len(pairs)
        for g in gold:
            by_kind.setdefault(g["kind"], {"gold": 0, "pred": 0, "gold_hit": 0, "pred_hit": 0})["gold"] += 1
        for p in predicted:
            by_kind.setdefault(p["kind"], {"gold": 0, "pred": 0, "gold_hit": 0, "pred_hit": 0})["pred"] += 1
        matched_gold = {id(g) for g, _ in pairs}
        matched_pred = {id(p) for _, p in pairs}
        header = f"== {row.get('id')}"
        for g, p in pairs:
            by_kind[g["kind"]]["gold_hit"] += 1
            by_kind[p["kind"]]["pred_hit"] += 1
            pairs_total += 1
            kind_ok += g["kind"] == p["kind"]
            gold_name, predicted_name = normalise(g.get("speaker")), normalise(predicted_speaker(p))
            same_speaker = gold_name == predicted_name
            speaker_near += same_source(gold_name, predicted_name, lenient=True)
            speaker_classes[source_class(gold_name, predicted_name)] += 1
            same_via = [normalise(v) for v in g.get("via", [])] == [normalise(v) for v in predicted_via(p)]
            speaker_ok += same_speaker
            via_ok += same_via
            if not same_speaker:
                errors.append(f"{header} SPEAKER {g['start']}-{g['end']} gold={g.get('speaker')!r} "
                              f"predicted={predicted_speaker(p)!r} :: {_short(g['text'])}")
            if not same_via:
                errors.append(f"{header} VIA {g['start']}-{g['end']} gold={g.get('via')} "
                              f"predicted={predicted_via(p)} :: {_short(g['text'])}")
        for g in gold:
            if id(g) not in matched_gold:
                errors.append(f"{header} MISS [{g['kind']}] {g['start']}-{g['end']} cue={g.get('cue')!r} "
                              f"speaker={g.get('speaker')!r} :: {_short(g['text'])}")
        for p in predicted:
            if id(p) not in matched_pred:
                cue = (p.get("cue") or {}).get("text") if isinstance(p.get("cue"), dict) else p.get("cue")
                errors.append(f"{header} FALSE [{p['kind']}] {p['start']}-{p['end']} cue={cue!r} "
                              f"speaker={predicted_speaker(p)!r} :: {_short(p['text'])}")
    spans = Table("Quote spans (overlap ≥ half of the longer)", ["kind", "gold", "predicted", "P", "R", "F1"])
    spans.rows.append(["all", tp + fn, tp + fp, *prf(tp, fp, fn)])
    for kind, c in by_kind.items():
        p = 100 * c["pred_hit"] / c["pred"] if c["pred"] else 0.0
        r = 100 * c["gold_hit"] / c["gold"] if c["gold"] else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        spans.rows.append([kind, c["gold"], c["pred"], round(p, 1), round(r, 1), round(f, 1)])
    attribution = Table("On matched quotes", ["measure", "right", "of", "%"])
    for label, right in (("speaker", speaker_ok), ("via exact", via_ok), ("kind", kind_ok), ("speaker~", speaker_near)):
        attribution.rows.append([label, right, pairs_total, round(100 * right / pairs_total, 1) if pairs_total else 0.0])
    classes = Table("Speakers on matched quotes, by class", ["class", "n", "%"])
    classes.rows = [[name, speaker_classes[name], round(100 * speaker_classes[name] / pairs_total, 1) if pairs_total else 0.0]
                    for name in SOURCE_CLASSES]
    notes = [f"{len(gold_rows)} articles. Per-kind P counts predicted quotes of that kind that matched any gold quote; "
             "R counts gold quotes of that kind that were matched. speaker~: one name's words run in the other "
             "(a title or given name left out). Classes: " + "; ".join(f"{k}: {v}" for k, v in SOURCE_CLASSES.items())
             .replace("gold null", "no speaker in gold").replace("predicted null", "none predicted") + "."]
    return Report("Quotes", [spans, attribution, classes], notes, errors)


def headline(report: Report) -> dict[str, float]:
    """The gate figures of a quotes report: span F1, speaker and via accuracy."""
    spans, attribution = report.tables[0], report.tables[1]
    return {"span_f1": spans.rows[0][5], "speaker": attribution.rows[0][3], "via": attribution.rows[1][3]}
