"""Options and output shared by the corpus commands (stories, story, entities, entity,
quotes, compare, search): each prints Rich tables, or JSON Lines with `--format jsonl`."""

from __future__ import annotations

import json
from enum import Enum
from typing import Annotated

import typer

from ..corpus import update
from ..store import Database
from .app import err, out


class Format(str, Enum):
    table = "table"
    jsonl = "jsonl"


FormatOption = Annotated[Format, typer.Option("--format", "-f", help="table (Rich) or jsonl (one JSON object a line).")]
Since = Annotated[str | None, typer.Option("--since", help="From this date (YYYY-MM-DD).", show_default=False)]
Until = Annotated[str | None, typer.Option("--until", help="Up to this date (YYYY-MM-DD), inclusive.",
                                           show_default=False)]
Outlet = Annotated[str | None, typer.Option("--outlet", help="Only this outlet (as stored, e.g. detik.com).",
                                            show_default=False)]
Limit = Annotated[int, typer.Option("--limit", "-n", help="At most this many rows.")]


def open_corpus(path) -> Database:
    """The store, with any article not yet in the corpus taken in first."""
    db = Database(path)
    counts = update(db)
    if counts["articles"]:
        err.print(f"[dim]took {counts['articles']} new articles into the corpus[/dim]")
    return db


def print_jsonl(rows) -> None:
    for row in rows:
        out.print(json.dumps(row, ensure_ascii=False), markup=False, highlight=False, soft_wrap=True)


def fail(message: str) -> None:
    err.print(f"[red]error[/red] {message}", highlight=False)
    raise typer.Exit(1)


def short(text: str | None, width: int = 90) -> str:
    text = " ".join((text or "").split())
    return text if len(text) <= width else text[:width - 1] + "…"
