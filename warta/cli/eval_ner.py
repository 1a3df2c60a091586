"""`warta eval ner FILE`: score the entity tagger on a BIO file."""

from __future__ import annotations

from pathlib import Path

import typer

from .app import eval_app, fail, print_report


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
    from ..eval.ner import FORMATS, evaluate, read_bio

    if fmt != "auto" and fmt not in FORMATS:
        raise fail(f"unknown format {fmt!r}; expected auto or one of {', '.join(FORMATS)}", code=2)
    try:
        labels = {label for sentence in read_bio(path, fmt) for label in sentence.labels}
    except (UnicodeDecodeError, ValueError, IndexError) as error:
        raise fail(f"{path}: not a BIO file ({error})") from None
    if labels <= {"O"}:
        raise fail(f"{path}: no entity labels (expected a BIO file: a word and its B-/I-/O label a line)")
    tagger = Tagger(model) if model else default_tagger()
    print_report(evaluate(path, tagger.tag, fmt, domain), as_json=as_json, show_errors=errors)
