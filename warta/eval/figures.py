"""Score figures against gold: span P/R/F1 by overlap; on matched spans the value,
qualifier and unit (separately and all three together), the source and what is
counted; per kind of unit (money, percent, count, measure, none)."""

from __future__ import annotations

from collections import Counter

from .gold import align, in_context
from .report import Report, Table, prf

MONEY = {"rupiah", "dolar as", "dolar", "euro", "yuan", "yen", "ringgit", "riyal", "won", "poundsterling"}
# accuracy columns: check -> header (short, so that both tables fit 80 columns)
FIELDS = {"value": "value", "qualifier": "qual", "unit": "unit", "vqu": "v+q+u", "source": "source",
          "source~": "source~", "counts": "counts"}
MEASURES = {"kg", "ton", "gram", "km", "meter", "meter persegi", "hektare", "liter", "barel", "basis poin", "poin", "mw"}


def unit_kind(unit: str | None) -> str:
    if unit is None:
        return "none"
    head = unit.lower().split(" per ")[0]
    if head in MONEY:
        return "money"
    if head == "persen":
        return "percent"
    if head in MEASURES:
        return "measure"
    return "count"


def same_value(a, b) -> bool:
    if a is None or b is None:
        return a is b
    return abs(float(a) - float(b)) <= 1e-9 * max(1.0, abs(float(a)))


def same_unit(a: str | None, b: str | None) -> bool:
    return (a or "").lower() == (b or "").lower()


def _words(text: str | None) -> list[str]:
    return (text or "").lower().replace(",", " ").split()


def same_source(gold: str | None, predicted: str | None, lenient: bool = False) -> bool:
    """Strict: equal after case and spaces. Lenient: also when one name's words all
    appear, in order, in the other (`Ferry Walintukan` in `Kombes Ferry Walintukan`)."""
    g, p = _words(gold), _words(predicted)
    if g == p:
        return True
    if not lenient or not g or not p:
        return False
    short, long_ = (g, p) if len(g) <= len(p) else (p, g)
    return any(long_[i:i + len(short)] == short for i in range(len(long_) - len(short) + 1))


SOURCE_CLASSES = {"none-right": "gold null, predicted null", "named-right": "gold named, same name predicted",
                  "named-partial": "gold named, one name holds the other", "named-wrong": "gold named, another name predicted",
                  "named-missed": "gold named, predicted null", "none-spurious": "gold null, a name predicted"}


def source_class(gold: str | None, predicted: str | None) -> str:
    """Which of `SOURCE_CLASSES` a matched figure's source falls in."""
    if not gold:
        return "none-right" if not predicted else "none-spurious"
    if not predicted:
        return "named-missed"
    if same_source(gold, predicted):
        return "named-right"
    return "named-partial" if same_source(gold, predicted, lenient=True) else "named-wrong"


def same_counts(gold: str | None, predicted: str | None) -> bool:
    """What is counted is free text in the gold: a match when the predicted words occur in it."""
    if not gold or not predicted:
        return not gold and not predicted
    return all(w in _words(gold) for w in _words(predicted))


def _show(f: dict) -> str:
    return f"{f.get('value')}|{f.get('qualifier')}|{f.get('unit')}|src={f.get('source')}"


def evaluate(gold_rows: list[dict], records: list[dict]) -> Report:
    """Gold rows and predicted records, same order."""
    kinds: dict[str, Counter] = {}
    total = Counter()
    sources = Counter()
    errors = []
    for row, record in zip(gold_rows, records):
        gold, predicted = row.get("figures", []), record.get("figures", [])
        pairs, missed, false = align(gold, predicted)
        for g, p in pairs:
            checks = {"value": same_value(g.get("value"), p.get("value")),
                      "qualifier": g.get("qualifier") == p.get("qualifier"),
                      "unit": same_unit(g.get("unit"), p.get("unit")),
                      "source": same_source(g.get("source"), p.get("source")),
                      "source~": same_source(g.get("source"), p.get("source"), lenient=True),
                      "counts": same_counts(g.get("counts"), p.get("counts"))}
            checks["vqu"] = checks["value"] and checks["qualifier"] and checks["unit"]
            for c in (total, kinds.setdefault(unit_kind(g.get("unit")), Counter())):
                c["tp"] += 1
                c.update(k for k, ok in checks.items() if ok)
            sources[source_class(g.get("source"), p.get("source"))] += 1
            if not checks["vqu"]:
                errors.append(f"VALUE  {row.get('id')} {in_context(row['text'], g['start'], g['end'])} "
                              f"gold={_show(g)} predicted={_show(p)}")
            elif not checks["source"]:  # `SOURCE~`: right but for a title or given name
                errors.append(f"SOURCE{'~' if checks['source~'] else ' '} {row.get('id')} "
                              f"{in_context(row['text'], g['start'], g['end'])} "
                              f"gold={g.get('source')} predicted={p.get('source')}")
        for g in missed:
            total["fn"] += 1
            kinds.setdefault(unit_kind(g.get("unit")), Counter())["fn"] += 1
            errors.append(f"MISS   {row.get('id')} {in_context(row['text'], g['start'], g['end'])} gold={_show(g)}")
        for p in false:
            total["fp"] += 1
            kinds.setdefault(unit_kind(p.get("unit")), Counter())["fp"] += 1
            errors.append(f"FALSE  {row.get('id')} {in_context(record['text'], p['start'], p['end'])} predicted={_show(p)}")
    spans = Table("Figures: spans (overlap match)", ["kind", "gold", "predicted", "P", "R", "F1"])
    fields = Table("Figures: accuracy (%) on matched spans", ["kind", "n"] + list(FIELDS.values()))
    for name, c in sorted(kinds.items()) + [("all", total)]:
        tp, fp, fn = c["tp"], c["fp"], c["fn"]
        spans.rows.append([name, tp + fn, tp + fp, *prf(tp, fp, fn)])
        fields.rows.append([name, tp] + [_pct(c[k], tp) for k in FIELDS])
    by_class = Table("Figures: sources on matched spans, by class", ["class", "n", "%"])
    for name, why in SOURCE_CLASSES.items():
        by_class.rows.append([name, sources[name], _pct(sources[name], total["tp"])])
    notes = [f"{len(gold_rows)} articles. kind: of the unit; n: matched spans; v+q+u: value, qualifier and unit all right; source: equal names "
             "(null = null); source~: one name contained in the other (title or given name left out); counts: "
             "predicted words found in the gold's free-text description."]
    notes.append("source classes: " + "; ".join(f"{name}: {why}" for name, why in SOURCE_CLASSES.items()) + ".")
    return Report("warta eval figures", [spans, fields, by_class], notes, errors)


def _pct(part: int, whole: int) -> float:
    return round(100 * part / whole, 1) if whole else 0.0
