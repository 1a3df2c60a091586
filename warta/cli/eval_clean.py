"""`warta eval clean`: boilerplate left in, and prose wrongly taken out, per outlet."""

from __future__ import annotations

from typing import Annotated

import typer

from ..eval.clean import evaluate
from ..read import ReadError, read_paths
from .app import err, eval_app, print_report
from .options import Mapping, Paths, mapping_or_exit

Errors = Annotated[bool, typer.Option("--errors", help="List every leftover and every suspicious mark.")]
Json = Annotated[bool, typer.Option("--json", help="Print the report as JSON.")]


@eval_app.command("clean")
def eval_clean(paths: Paths, mapping: Mapping = None, errors: Errors = False, json: Json = False) -> None:
    """Count known boilerplate left in the cleaned body (goal 0) and body sentences marked as boilerplate.

    Example: [bold]warta eval clean ../shared/data/articles/dev-2025-06.jsonl --errors[/bold]
    """
    from ..pipeline import extract_all, shared  # here: `warta --help` does not load spaCy

    nlp = shared(("warta_clean", "warta_sentences"))
    records = []
    for item in extract_all(nlp, read_paths(paths, mapping_or_exit(mapping))):
        if isinstance(item, ReadError):
            err.print(f"[red]error[/red] {item}", highlight=False)
        else:
            records.append(item[1])
    print_report(evaluate(records), as_json=json, show_errors=errors)
