"""What an evaluation returns: tables of figures, notes and an error listing.
Plain data, so the CLI can print it as a table or as JSON."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field


@dataclass
class Table:
    title: str
    columns: list[str]
    rows: list[list] = field(default_factory=list)


@dataclass
class Report:
    title: str
    tables: list[Table] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)  # misses and false alarms, for --errors

    def as_dict(self) -> dict:
        return asdict(self)


def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    """Precision, recall, F1 as percentages (0 when undefined)."""
    p = 100 * tp / (tp + fp) if tp + fp else 0.0
    r = 100 * tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return round(p, 1), round(r, 1), round(f, 1)
