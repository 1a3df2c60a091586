"""Options shared by several commands, declared once."""

from __future__ import annotations

from enum import Enum
from pathlib import Path
from typing import Annotated

import typer

from ..read import parse_mapping

Paths = Annotated[list[str], typer.Argument(help="Files or folders (.txt, .jsonl, .csv, .html); '-' reads stdin.",
                                            show_default=False)]
Mapping = Annotated[list[str] | None, typer.Option(
    "--map", "-m", metavar="FIELD=COLUMN",
    help="Read FIELD (text, title, url, outlet, published, id) from COLUMN of JSONL/CSV input. Repeatable.")]
DbPath = Annotated[Path | None, typer.Option(
    "--db", help="SQLite database file. Default: $WARTA_DB, else ./warta.db.", show_default=False)]


class Split(str, Enum):
    tune = "tune"
    locked = "locked"


GoldSplit = Annotated[Split | None, typer.Option(
    "--split", help="Score only the gold's 'tune' or 'locked' articles (the project's own gold in gold/).",
    show_default=False)]


def mapping_or_exit(pairs: list[str] | None) -> dict[str, str]:
    try:
        return parse_mapping(pairs)
    except ValueError as error:
        raise typer.BadParameter(str(error), param_hint="--map") from None
Workers = Annotated[int | None, typer.Option(
    "--workers", "-w", min=1, help="Worker processes that annotate. Default: the cores available; 1: this process.",
    show_default=False)]
Dask = Annotated[str | None, typer.Option(
    "--dask", metavar="ADDRESS", help="Annotate on the Dask cluster whose scheduler is at ADDRESS (tcp://host:8786).")]
