"""Cross-check a rule change inside the tune split, so that over-fitting shows before the locked split does.

The 88 `tune` articles of `gold/annotations.jsonl` are split once by id (sorted ids: even
positions are half A, odd ones half B). Read errors on one half only (`--errors A`), change
a rule, and keep the change only if the half you did not read improves or holds; then swap.
Scores both halves (and optionally `../shared/gold/dev-annotations.jsonl`) in one run, so the
pipeline loads once. Errors are never listed for the locked split: this script cannot score it.

    PYTHONPATH=$PWD .venv/bin/python bench/gold_halves.py figures [--errors A] [--dev]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from warta.eval import dates, figures  # noqa: E402
from warta.eval.gold import load_gold, predict, shared_dir  # noqa: E402
from warta.pipeline import load  # noqa: E402

SCORES = {"dates": dates.evaluate, "figures": figures.evaluate}
SHOWN = {"dates": ("P", "R", "F1", "value acc", "type acc"), "figures": ("P", "R", "F1", "v+q+u", "source", "source~")}


def halves(rows: list[dict]) -> dict[str, list[dict]]:
    """Half A: tune articles at even positions of the sorted ids; half B: the odd ones."""
    ids = sorted(row["id"] for row in rows)
    half_of = {id_: "AB"[i % 2] for i, id_ in enumerate(ids)}
    return {half: [row for row in rows if half_of[row["id"]] == half] for half in "AB"}


def summary(task: str, report) -> str:
    """The `all` row's shown columns, from whichever table holds each (figures: spans, then fields)."""
    shown = {}
    for table in report.tables:
        row = next((r for r in table.rows if r[0] == "all"), None)
        if row is not None:
            shown.update((name, row[table.columns.index(name)]) for name in SHOWN[task] if name in table.columns)
    return "  ".join(f"{name} {shown[name]}" for name in SHOWN[task] if name in shown)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("task", choices=sorted(SCORES))
    parser.add_argument("--errors", choices=("A", "B"), help="list the errors of this half (and no other)")
    parser.add_argument("--dev", action="store_true", help="also score ../shared/gold/dev-annotations.jsonl")
    args = parser.parse_args()
    if shared_dir() is None:
        print("skipped: ../shared is not here")
        return 0
    nlp = load()
    tune = load_gold(ROOT / "gold" / "annotations.jsonl", "tune")
    sets = halves(tune)
    if args.dev:
        sets["dev-35"] = load_gold(shared_dir() / "gold" / "dev-annotations.jsonl")
    for name, rows in sets.items():
        report = SCORES[args.task](rows, predict(rows, nlp))
        print(f"{args.task} half {name} ({len(rows)} articles): {summary(args.task, report)}")
        if args.errors == name:
            print("\n".join(report.errors))
    return 0


if __name__ == "__main__":
    sys.exit(main())
