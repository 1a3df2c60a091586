"""`warta search QUERY`: full-text search over article bodies and quotes."""

from __future__ import annotations

from typing import Annotated

import typer
from rich.table import Table
from rich.text import Text

from ..corpus import search as run_search
from .app import app, out
from .corpus_options import Format, FormatOption, Limit, Outlet, Since, Until, open_corpus, print_jsonl
from .options import DbPath


def highlighted(text: str) -> Text:
    """`[word]` marks from FTS5 as bold yellow."""
    result = Text()
    for i, part in enumerate(text.replace("]", "[").split("[")):
        result.append(" ".join(part.split()) if i % 2 == 0 else part, style="bold yellow" if i % 2 else "")
    return result


@app.command()
def search(query: Annotated[str, typer.Argument(help="Words to find (all must match); `word*` for a prefix.")],
           db: DbPath = None,
           speaker: Annotated[str | None, typer.Option("--speaker", "-s", help="Quotes by (articles quoting) "
                                                       "this speaker.", show_default=False)] = None,
           outlet: Outlet = None, since: Since = None, until: Until = None,
           story: Annotated[int | None, typer.Option("--story", help="Only in this story.", show_default=False)] = None,
           kind: Annotated[str | None, typer.Option("--kind", help="Quotes of this kind only: direct, indirect, mixed.",
                                                    show_default=False)] = None,
           limit: Limit = 20, format: FormatOption = Format.table) -> None:
    """Search article bodies (boilerplate left out) and quotes, best matches first.

    Example: [bold]warta search "korup* hakim" --since 2025-06-18 --kind direct[/bold]
    """
    result = run_search(open_corpus(db), query, speaker=speaker, outlet=outlet, since=since, until=until, story=story,
                        kind=kind, limit=limit)
    if format == Format.jsonl:
        print_jsonl([{"type": "article", **a} for a in result["articles"]] +
                    [{"type": "quote", **q} for q in result["quotes"]])
        return
    if result["articles"]:
        table = Table(title=f"Articles ({len(result['articles'])})", title_justify="left")
        for column in ("published", "outlet", "story", "article", "match"):
            table.add_column(column)
        for a in result["articles"]:
            table.add_row(a["published"], a["outlet"], str(a["story_id"] or ""), a["id"], highlighted(a["snippet"]))
        out.print(table)
    if result["quotes"]:
        table = Table(title=f"Quotes ({len(result['quotes'])})", title_justify="left")
        for column in ("published", "outlet", "speaker", "kind", "quote"):
            table.add_column(column)
        for q in result["quotes"]:
            table.add_row(q["published"], q["outlet"], q["speaker"] or "?", q["kind"], highlighted(q["highlighted"]))
        out.print(table)
    if not result["articles"] and not result["quotes"]:
        out.print(f"No match for {query!r}.", highlight=False)
