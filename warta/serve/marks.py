"""The article text cut into runs that share the same marks, for the article page.

Marks overlap (a quote holds entity mentions and dates; a figure sits inside a
quote), so the text is cut at every mark's start and end and each run carries
the set of marks covering it. The template turns each run into one <span>;
the text itself is escaped there like any other untrusted string."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Run:
    text: str
    classes: list[str] = field(default_factory=list)
    data: dict[str, str] = field(default_factory=dict)
    title: str = ""  # what a date or figure resolved to, shown on hover


def _figure_title(f: dict) -> str:
    value = " ".join(str(v) for v in (f.get("qualifier"), f.get("value"), f.get("unit"), f.get("counts")) if v)
    return value + (f" · {f['source']}" if f.get("source") else "")


def _marks(record: dict) -> list[tuple[int, int, str, dict[str, str]]]:
    """(start, end, css class, data attributes) of everything the page marks; a `title`
    in the data becomes the run's hover text."""
    marks = []
    if record.get("dateline"):
        marks.append((record["dateline"]["start"], record["dateline"]["end"], "dateline", {}))
    for b in record.get("boilerplate", []):
        marks.append((b["start"], b["end"], f"bp bp-{b['kind']}", {"bp": b["kind"]}))
    for n, q in enumerate(record.get("quotes", [])):
        marks.append((q["start"], q["end"], f"q q-{q['kind']}", {"q": str(n)}))
        if q.get("cue"):
            marks.append((q["cue"]["start"], q["cue"]["end"], "cue", {}))
    for e in record.get("entities", []):
        for m in e["mentions"]:
            marks.append((m["start"], m["end"], f"ent ent-{e['type']}", {"e": e["id"]}))
    for n, d in enumerate(record.get("dates", [])):
        title = f"{d.get('type') or ''} {d.get('value') or ''}"
        marks.append((d["start"], d["end"], "date", {"d": str(n), "title": title}))
    for n, f in enumerate(record.get("figures", [])):
        marks.append((f["start"], f["end"], "fig", {"f": str(n), "title": _figure_title(f)}))
    return marks


def runs(record: dict) -> list[Run]:
    """The text as runs; a run's classes and data come from every mark covering it."""
    text = record["text"]
    marks = [(max(0, s), min(len(text), e), c, d) for s, e, c, d in _marks(record) if s < e]
    cuts = sorted({0, len(text), *(s for s, *_ in marks), *(e for _, e, *_ in marks)})
    starts: dict[int, list] = {}
    for mark in marks:
        starts.setdefault(mark[0], []).append(mark)
    active: list = []
    out = []
    for left, right in zip(cuts, cuts[1:]):
        active = [m for m in active if m[1] > left] + starts.get(left, [])
        run = Run(text[left:right])
        for _, _, classes, data in active:
            run.classes.extend(c for c in classes.split() if c not in run.classes)
            run.data.update(data)
        run.title = run.data.pop("title", "").strip()
        out.append(run)
    return out
