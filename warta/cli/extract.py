"""`warta extract`: print the article record of every input article."""

from __future__ import annotations

import json
import sys
from enum import Enum
from typing import Annotated

import typer

from ..read import ReadError, count_articles, read_paths
from .app import app, err
from .ingest import INTERRUPTED
from .options import Dask, Mapping, Paths, Workers, mapping_or_exit
from .progress import Reporter


class Format(str, Enum):
    jsonl = "jsonl"
    json = "json"


@app.command()
def extract(
    paths: Paths,
    format: Annotated[Format, typer.Option("--format", "-f", help="jsonl: one record a line; json: one indented array.")] = Format.jsonl,
    mapping: Mapping = None,
    workers: Workers = None,
    dask: Dask = None,
) -> None:
    """Print the article record (JSON) for every article in PATHS.

    Example: [bold]warta extract ../shared/seeds/ | jq .dateline[/bold]

    Unreadable inputs are reported on stderr, one line each; the exit code is 1 if any failed.
    """
    from ..run import default_workers, extract as extract_records

    columns = mapping_or_exit(mapping)
    failed = read = 0
    records = []
    try:
        with Reporter(err, "extracting", count_articles(paths)) as progress:
            for item in extract_records(read_paths(paths, columns), workers=workers or default_workers(),
                                        scheduler=dask, freeze=True):
                read += 1
                progress.advance()
                if isinstance(item, ReadError):
                    failed += 1
                    progress.say(f"[red]error[/red] {item}")
                    continue
                for warning in item.article.warnings:
                    progress.say(f"[yellow]warning[/yellow] {item.article.origin}: {warning}")
                if format is Format.jsonl:
                    sys.stdout.write(item.json + "\n")
                else:
                    records.append(item.record)
    except KeyboardInterrupt:
        err.print(f"interrupted after {read} articles ({failed} failed); the records printed are complete",
                  highlight=False)
        raise typer.Exit(INTERRUPTED) from None
    if format is Format.json:
        sys.stdout.write(json.dumps(records, ensure_ascii=False, indent=2) + "\n")
    raise typer.Exit(1 if failed else 0)
