"""Charts drawn on the server as SVG: nothing to download, nothing to run in the
browser, and every label escaped like the rest of the page."""

from __future__ import annotations

from collections import Counter, defaultdict
from datetime import date, timedelta

from markupsafe import Markup, escape

# Kinds of voices in a story's framing report (warta.corpus.compare).
VOICE_COLOURS = {"official": "#1e3a8a", "expert": "#0891b2", "citizen": "#16a34a", "organisation": "#e07a1f",
                 "other": "#cbd5e1"}
PALETTE = ("#2563eb", "#e07a1f", "#16a34a", "#c026d3", "#0891b2", "#dc2626", "#ca8a04", "#64748b")
OTHER = "#cbd5e1"


def colours(names: list[str], other_label: str) -> dict[str, str]:
    """A colour per name, the most frequent first; the rest share the 'other' grey."""
    table = dict(zip(names, PALETTE[:-1]))
    table[other_label] = OTHER
    return table


def _days(first: date, last: date) -> list[str]:
    return [(first + timedelta(days=n)).isoformat() for n in range((last - first).days + 1)]


def busiest_window(totals: dict[str, int], days: int) -> tuple[date, date]:
    """The `days`-day window holding the most counts (the latest such), so that a corpus
    with a few stray old articles still shows where its coverage is."""
    ordered = sorted((date.fromisoformat(d), n) for d, n in totals.items())
    best, best_end, inside, left = -1, ordered[-1][0], 0, 0
    for day, n in ordered:
        inside += n
        while (day - ordered[left][0]).days >= days:
            inside -= ordered[left][1]
            left += 1
        if inside >= best:
            best, best_end = inside, day
    return max(ordered[0][0], best_end - timedelta(days=days - 1)), best_end


def stacked_days(rows: list[dict], series: str, days: int = 31, other_label: str = "other",
                 unknown_label: str = "?", top: int = 6, min_days: int = 7) -> dict:
    """Counts per day stacked by `series` (an outlet, say), over the busiest `days` days.

    Returns {"svg": Markup, "legend": [(name, colour, total)], "first", "last"}; an empty dict
    when there is nothing dated to draw."""
    dated = [r for r in rows if r.get("day")]
    if not dated:
        return {}
    per_day: Counter[str] = Counter()
    for r in dated:
        per_day[r["day"]] += r["n"]
    first, last = busiest_window(per_day, days)
    first = min(date.fromisoformat(d) for d in per_day if d >= first.isoformat())  # no empty lead-in
    window = _days(min(first, last - timedelta(days=min_days - 1)), last)
    dated = [r for r in dated if window[0] <= r["day"] <= window[-1]]
    totals: Counter[str] = Counter()
    for r in dated:
        totals[r[series] or unknown_label] += r["n"]
    named = [name for name, _ in totals.most_common(top)]
    palette = colours(named, other_label)
    cells: dict[str, Counter] = defaultdict(Counter)
    for r in dated:
        name = r[series] or unknown_label
        cells[r["day"]][name if name in named else other_label] += r["n"]
    order = named + ([other_label] if any(other_label in c for c in cells.values()) else [])
    peak = max(sum(c.values()) for c in cells.values())
    width, height, left, bottom, top_pad = 720, 220, 44, 26, 8
    plot_h = height - bottom - top_pad
    step = (width - left) / len(window)
    bar = min(36.0, max(2.0, step * 0.72))
    label_step = -(-len(window) // 6)
    parts = [f'<svg class="chart" viewBox="0 0 {width} {height}" role="img" preserveAspectRatio="xMidYMid meet">']
    for tick in _ticks(peak):
        y = top_pad + plot_h - plot_h * tick / peak
        parts.append(f'<line x1="{left}" x2="{width}" y1="{y:.1f}" y2="{y:.1f}" class="grid"/>'
                     f'<text x="{left - 6}" y="{y + 4:.1f}" class="axis" text-anchor="end">{tick}</text>')
    for i, day in enumerate(window):
        x = left + i * step + (step - bar) / 2
        y = top_pad + plot_h
        for name in order:
            n = cells[day].get(name, 0)
            if not n:
                continue
            h = plot_h * n / peak
            y -= h
            label = escape(f"{day} · {name}: {n}")
            parts.append(f'<rect x="{x:.1f}" y="{y:.1f}" width="{bar:.1f}" height="{h:.1f}" '
                         f'fill="{palette[name]}"><title>{label}</title></rect>')
        last = len(window) - 1
        if (i % label_step == 0 and last - i >= label_step / 2) or i == last:  # about six labels, never crowded
            anchor = "end" if i == last and i else "middle"
            parts.append(f'<text x="{x + bar / 2:.1f}" y="{height - 6}" class="axis" text-anchor="{anchor}">'
                         f'{escape(day[5:])}</text>')
    parts.append("</svg>")
    legend = [(name, palette[name], sum(c.get(name, 0) for c in cells.values())) for name in order]
    return {"svg": Markup("".join(parts)), "legend": legend, "first": window[0], "last": window[-1]}


def _ticks(peak: int) -> list[int]:
    """Two or three round gridline values up to `peak`."""
    step = next(s for s in (1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 5000, 10000, peak)
                if peak / s <= 4)
    return list(range(step, peak + 1, step))


def shares(counts: dict[str, int], palette: dict[str, str] | None = None) -> list[dict]:
    """Segments of a 100% bar: name, count, percent and colour, largest first."""
    total = sum(counts.values()) or 1
    ordered = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    palette = palette or {name: PALETTE[i % len(PALETTE)] for i, (name, _) in enumerate(ordered)}
    return [{"name": name, "n": n, "pct": 100 * n / total, "colour": palette.get(name, OTHER)}
            for name, n in ordered]
