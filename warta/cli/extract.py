"""`warta extract`: print the article record of every input article."""

from __future__ import annotations

import json
import sys
from enum import Enum
from typing import Annotated

import typer

from ..pipeline import extract_all, shared
from ..read import ReadError, read_paths
from .app import app, err
from .options import Mapping, Paths, mapping_or_exit


class Format(str, Enum):
    jsonl = "jsonl"
    json = "json"


@app.command()
def extract(
    paths: Paths,
    format: Annotated[Format, typer.Option("--format", "-f", help="jsonl: one record a line; json: one indented array.")] = Format.jsonl,
    mapping: Mapping = None,
) -> None:
    """Print the article record (JSON) for every article in PATHS.

    Example: [bold]warta extract ../shared/seeds/ | jq .dateline[/bold]

    Unreadable inputs are reported on stderr, one line each; the exit code is 1 if any failed.
    """
    nlp = shared()
    failed = 0
    records = []
    for item in extract_all(nlp, read_paths(paths, mapping_or_exit(mapping))):
        if isinstance(item, ReadError):
            failed += 1
            err.print(f"[red]error[/red] {item}", highlight=False)
            continue
        article, record = item
        for warning in article.warnings:
            err.print(f"[yellow]warning[/yellow] {article.origin}: {warning}", highlight=False)
        if format is Format.jsonl:
            sys.stdout.write(json.dumps(record, ensure_ascii=False) + "\n")
        else:
            records.append(record)
    if format is Format.json:
        sys.stdout.write(json.dumps(records, ensure_ascii=False, indent=2) + "\n")
    raise typer.Exit(1 if failed else 0)
