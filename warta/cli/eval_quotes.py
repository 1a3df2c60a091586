"""`warta eval quotes` and `warta eval pfsa`: quotes against gold."""

from __future__ import annotations

from enum import Enum
from pathlib import Path
from typing import Annotated

import typer

from ..eval.gold import predict
from ..eval.pfsa import read_pfsa, score_pfsa, statements
from ..eval.quotes import score_quotes
from .app import eval_app, fail, gold_or_exit, print_report
from .options import GoldSplit

GoldFile = Annotated[Path, typer.Argument(help="Gold: JSONL in the form of dev-annotations.jsonl, or a PFSA-ID "
                                                "token file with --format pfsa.", exists=True, show_default=False)]
PfsaFile = Annotated[Path, typer.Argument(help="A PFSA-ID token file (a token and its BILOU tag a line).",
                                          exists=True, show_default=False)]
Errors = Annotated[bool, typer.Option("--errors", help="List every miss, false alarm, wrong speaker and wrong via.")]
Json = Annotated[bool, typer.Option("--json", help="Print the report as JSON.")]


class GoldFormat(str, Enum):
    gold = "gold"
    pfsa = "pfsa"


def quote_components() -> tuple[str, ...]:
    """The pipeline up to quotes (entities included when registered): dates and figures are not needed."""
    from ..pipeline import COMPONENTS  # here: `warta --help` does not load spaCy

    return tuple(c for c in COMPONENTS if c not in ("warta_dates", "warta_figures"))


@eval_app.command("quotes")
def eval_quotes(file: GoldFile, errors: Errors = False, json: Json = False, split: GoldSplit = None,
                format: Annotated[GoldFormat, typer.Option("--format", help="gold: dev-annotations JSONL; "
                                                           "pfsa: PFSA-ID token file.")] = GoldFormat.gold) -> None:
    """Span P/R/F1 per kind (overlap ≥ half), speaker accuracy and via exact match.

    Example: [bold]warta eval quotes ../shared/gold/dev-annotations.jsonl --errors[/bold]
    """
    if format is GoldFormat.pfsa:
        eval_pfsa(file, errors, json)
        return
    from ..pipeline import load  # here: `warta --help` does not load spaCy

    rows = gold_or_exit(file, "quotes", split and split.value)
    print_report(score_quotes(rows, predict(rows, load(quote_components()))), as_json=json, show_errors=errors)


@eval_app.command("pfsa")
def eval_pfsa(file: PfsaFile, errors: Errors = False, json: Json = False) -> None:
    """PFSA-ID STATEMENT spans: token-level exact and overlap P/R/F1 of Warta's direct quotes.

    Example: [bold]warta eval pfsa ../shared/data/quotes/pfsa-id/dev-40.txt[/bold]
    """
    try:
        articles = read_pfsa(file)
    except (OSError, UnicodeDecodeError, ValueError, IndexError) as error:
        raise fail(f"{file}: not a PFSA-ID token file ({error})") from None
    if not any(statements(article.tags) for article in articles):
        raise fail(f"{file}: no STATEMENT tags (expected a PFSA-ID token file: a token and its tag a line)")
    from ..pipeline import load
    from ..record import to_record

    nlp = load(quote_components())
    report = score_pfsa(articles, lambda text: to_record(nlp(text))["quotes"])
    print_report(report, as_json=json, show_errors=errors)
