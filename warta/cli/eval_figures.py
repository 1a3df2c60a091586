"""`warta eval figures`: figures against gold (JSONL in the form of dev-annotations.jsonl)."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from ..eval.figures import evaluate
from ..eval.gold import predict
from .app import eval_app, gold_or_exit, print_report
from .options import GoldSplit

GoldFile = Annotated[Path, typer.Argument(help="Gold JSONL in the form of dev-annotations.jsonl.", exists=True,
                                          show_default=False)]
Errors = Annotated[bool, typer.Option("--errors", help="List misses, false alarms, wrong values and sources.")]
Json = Annotated[bool, typer.Option("--json", help="Print the report as JSON.")]


@eval_app.command("figures")
def eval_figures(file: GoldFile, errors: Errors = False, json: Json = False, split: GoldSplit = None) -> None:
    """Span P/R/F1 (overlap); value, qualifier, unit, source and counted-thing accuracy per unit kind.

    Example: [bold]warta eval figures ../shared/gold/dev-annotations.jsonl --errors[/bold]
    """
    from ..pipeline import load  # here: `warta --help` does not load spaCy

    rows = gold_or_exit(file, "figures", split and split.value)
    print_report(evaluate(rows, predict(rows, load())), as_json=json, show_errors=errors)
