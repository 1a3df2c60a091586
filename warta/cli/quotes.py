"""`warta quotes`: who said what, across the corpus."""

from __future__ import annotations

from typing import Annotated

import typer
from rich.table import Table

from ..corpus import quotes as find_quotes
from .app import app, out
from .corpus_options import Format, FormatOption, Limit, Outlet, Since, Until, open_corpus, print_jsonl, short
from .options import DbPath


def quotes_table(rows: list[dict], title: str) -> Table:
    table = Table(title=title, title_justify="left")
    for column in ("published", "outlet", "speaker", "kind", "quote", "variant"):
        table.add_column(column)
    for q in rows:
        table.add_row(q["published"], q["outlet"], q["entity"] or q["speaker"] or "?", q["kind"], short(q["text"], 100),
                      q["variant"] or "")
    return table


@app.command()
def quotes(db: DbPath = None,
           speaker: Annotated[str | None, typer.Option("--speaker", "-s", help="Speaker name, alias or entity id.",
                                                       show_default=False)] = None,
           story: Annotated[int | None, typer.Option("--story", help="Only quotes in this story.",
                                                     show_default=False)] = None,
           since: Since = None, until: Until = None, outlet: Outlet = None,
           kind: Annotated[str | None, typer.Option("--kind", help="direct, indirect or mixed.",
                                                    show_default=False)] = None,
           limit: Limit = 200, format: FormatOption = Format.table) -> None:
    """List quotes, newest first: by a speaker (any of their names), in a story, in a period.

    Example: [bold]warta quotes --speaker Prabowo --since 2025-06-01[/bold]
    """
    rows = find_quotes(open_corpus(db), speaker=speaker, story=story, since=since, until=until, outlet=outlet,
                       kind=kind, limit=limit)
    if format == Format.jsonl:
        print_jsonl(rows)
    else:
        out.print(quotes_table(rows, f"{len(rows)} quotes"))
