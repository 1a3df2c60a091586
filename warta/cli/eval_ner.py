"""`warta eval ner FILE`: score the entity tagger on a BIO file."""

from __future__ import annotations

from pathlib import Path

import typer

from .app import err, eval_app, print_report


@eval_app.command("ner")
def eval_ner(
    path: Path = typer.Argument(..., exists=True, dir_okay=False, help="A BIO file (NERGrit, idner-news-2k, IndoLEM)."),
    fmt: str = typer.Option("auto", "--format", help="auto, nergrit, idner or indolem."),
    domain: str = typer.Option(None, help="Tagger domain (default: the corpus the file comes from)."),
    model: Path = typer.Option(None, help="A CRF model file (default: the shipped one)."),
    as_json: bool = typer.Option(False, "--json", help="Print the report as JSON."),
    errors: bool = typer.Option(False, "--errors", help="List every miss and false alarm."),
) -> None:
    """Exact-span P/R/F1 per type (PER, ORG, LOC) of the CRF tagger on gold sentences.

    Example: `warta eval ner ../shared/data/ner/nergrit/test.txt`"""
    from ..annotate.entities.tagger import Tagger, default_tagger
    from ..eval.ner import FORMATS, evaluate

    if fmt != "auto" and fmt not in FORMATS:
        err.print(f"[red]unknown format {fmt!r}[/red]; expected auto or one of {', '.join(FORMATS)}")
        raise typer.Exit(2)
    tagger = Tagger(model) if model else default_tagger()
    print_report(evaluate(path, tagger.tag, fmt, domain), as_json=as_json, show_errors=errors)
