"""`warta export`: one table of the store as JSON Lines, CSV or Parquet."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated, Literal

import typer

from ..store import default_path
from ..store.reader import Reader, StoreError, check
from .app import app, err
from .options import DbPath


@app.command()
def export(what: Annotated[Literal["articles", "quotes", "entities", "mentions", "dates", "figures", "stories"],
                          typer.Option(help="One row per article, quote, corpus entity, mention, date, figure "
                                            "or story.")],
           format: Annotated[Literal["jsonl", "csv", "parquet"], typer.Option(help="File format.")] = "jsonl",
           db: DbPath = None,
           output: Annotated[Path | None, typer.Option("--output", "-o", help="File to write (default: stdout; "
                                                       "Parquet needs a file).", show_default=False)] = None) -> None:
    """Write a table for pandas, R or DuckDB: quotes come with speaker, cue, via chain,
    article id, outlet, publication date and story id.

    Example: [bold]warta export --what quotes --format parquet -o quotes.parquet[/bold]
    """
    from ..serve import export as exports

    path = str(db or default_path())
    try:
        check(path)
    except StoreError as error:
        err.print(f"[red]error[/red] {error}", highlight=False)
        raise typer.Exit(1) from None
    if format == "parquet" and output is None:
        raise typer.BadParameter("Parquet is binary: give a file with -o FILE", param_hint="--output")
    with Reader(path) as reader:
        if format == "parquet":
            exports.write_parquet(exports.rows(reader, what), exports.SCHEMAS[what], str(output))
            return
        sink = output.open("wb") if output else sys.stdout.buffer
        try:
            for chunk in exports.export(reader, what, format):
                sink.write(chunk)
        finally:
            if output:
                sink.close()
