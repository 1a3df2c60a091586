"""`warta entities` and `warta entity NAME`: the entity registry."""

from __future__ import annotations

from typing import Annotated

import typer
from rich.table import Table

from ..corpus import entity_detail, list_entities
from .app import app, out
from .corpus_options import Format, FormatOption, Limit, fail, open_corpus, print_jsonl, short
from .options import DbPath
from .quotes import quotes_table


@app.command()
def entities(db: DbPath = None,
             type: Annotated[str | None, typer.Option("--type", help="PER, ORG or LOC.", show_default=False)] = None,
             query: Annotated[str | None, typer.Option("--query", "-q", help="Part of a name or alias.",
                                                       show_default=False)] = None,
             limit: Limit = 50, format: FormatOption = Format.table) -> None:
    """List corpus entities (one per person, organisation, place), most quoted first.

    Example: [bold]warta entities --type PER --limit 20[/bold]
    """
    rows = list_entities(open_corpus(db), type=type.upper() if type else None, query=query, limit=limit)
    if format == Format.jsonl:
        print_jsonl(rows)
        return
    table = Table(title=f"{len(rows)} entities", title_justify="left")
    for column in ("id", "name", "type", "quotes", "articles", "outlets", "also called"):
        table.add_column(column, justify="right" if column in ("id", "quotes", "articles", "outlets") else "left")
    for r in rows:
        others = [a for a in r["aliases"] if a != r["name"]]
        table.add_row(str(r["id"]), r["name"], r["type"], str(r["quotes"]), str(r["articles"]), str(r["outlets"]),
                      short(", ".join(others), 60))
    out.print(table)


@app.command()
def entity(name: Annotated[str, typer.Argument(metavar="NAME", help="A name, alias or entity id.")],
           db: DbPath = None, format: FormatOption = Format.table) -> None:
    """One entity: its aliases, roles over time, the outlets quoting it and its quotes.

    Example: [bold]warta entity Blinken[/bold]
    """
    detail = entity_detail(open_corpus(db), name)
    if detail is None:
        fail(f"no entity matches {name!r}")
    if format == Format.jsonl:
        print_jsonl([detail])
        return
    out.rule(f"{detail['name']} ({detail['type']}, entity {detail['id']}), {detail['first_seen']} – {detail['last_seen']}")
    out.print("Also called: " + ", ".join(f"{a['alias']} ×{a['articles']}" for a in detail["aliases"]), highlight=False)
    roles = Table(title="Roles over time", title_justify="left")
    for column in ("role", "first", "last", "articles"):
        roles.add_column(column)
    for r in detail["roles"]:
        roles.add_row(r["role"], r["first"], r["last"], str(r["articles"]))
    out.print(roles)
    outlets = Table(title="Outlets", title_justify="left")
    for column in ("outlet", "articles", "quotes"):
        outlets.add_column(column)
    for o in detail["outlets"]:
        outlets.add_row(o["outlet"], str(o["articles"]), str(o["quotes"]))
    out.print(outlets)
    out.print(quotes_table(detail["quotes"][:50], f"Quotes ({len(detail['quotes'])})"))
