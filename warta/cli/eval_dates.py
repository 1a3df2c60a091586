"""`warta eval dates`: temporal expressions against gold (dev-annotations JSONL or TimeML)."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from ..eval.dates import evaluate, read_timeml
from ..eval.gold import predict
from .app import eval_app, fail, gold_or_exit, print_report
from .options import GoldSplit

GoldFile = Annotated[Path, typer.Argument(help="Gold: JSONL in the form of dev-annotations.jsonl, or a TimeML "
                                                "file (or folder of .tml files) with inline TIMEX3 tags.",
                                          exists=True, show_default=False)]
Errors = Annotated[bool, typer.Option("--errors", help="List every miss, false alarm and wrong value with context.")]
Json = Annotated[bool, typer.Option("--json", help="Print the report as JSON.")]

DATE_COMPONENTS = ("warta_clean", "warta_sentences", "warta_dates")


def read_date_gold(path: Path, split: str | None = None) -> list[dict]:
    if path.suffix == ".jsonl":
        return gold_or_exit(path, "dates", split)
    try:
        rows = read_timeml(path)
    except (OSError, UnicodeDecodeError) as error:
        raise fail(f"{path}: cannot read ({error})") from None
    if not any(row["dates"] for row in rows):
        raise fail(f"{path}: no TIMEX3 tags (expected a TimeML file or folder of .tml files, or gold JSONL)")
    return rows


@eval_app.command("dates")
def eval_dates(file: GoldFile, errors: Errors = False, json: Json = False, split: GoldSplit = None) -> None:
    """Span P/R/F1 (overlap), TIMEX3 value and type accuracy per type.

    Example: [bold]warta eval dates ../shared/gold/dev-annotations.jsonl --errors[/bold]
    """
    from ..pipeline import load  # here: `warta --help` does not load spaCy

    rows = read_date_gold(file, split and split.value)
    print_report(evaluate(rows, predict(rows, load(DATE_COMPONENTS))), as_json=json, show_errors=errors)
