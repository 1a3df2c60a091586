"""`warta show`: one stored article, its boilerplate struck out, with its fields."""

from __future__ import annotations

from typing import Annotated

import typer
from rich.table import Table
from rich.text import Text

from .app import app, fail, open_store, out
from .options import DbPath

STYLES = {"dateline": "bold cyan", "boilerplate": "strike dim red", "quote": "green"}
MISSING = "—"
QUOTE_WIDTH = 120  # characters of a quote in the list under the text


def legend() -> Text:
    """What the colours of the text mean."""
    return Text("  ").join(Text(name, style=style) for name, style in STYLES.items())


def shorten(text: str, width: int = QUOTE_WIDTH) -> str:
    """`text`, cut at a word before `width` characters with an ellipsis when longer."""
    if len(text) <= width:
        return text
    cut = text.rfind(" ", 0, width - 1)
    return text[:cut if cut > width // 2 else width - 1].rstrip() + "…"


def render_text(record: dict) -> Text:
    """The raw text with the dateline highlighted, boilerplate struck out and quotes coloured."""
    text = Text(record["text"])
    if record.get("dateline"):
        text.stylize(STYLES["dateline"], record["dateline"]["start"], record["dateline"]["end"])
    for quote in record.get("quotes", []):
        text.stylize(STYLES["quote"], quote["start"], quote["end"])
    for mark in record.get("boilerplate", []):
        text.stylize(STYLES["boilerplate"], mark["start"], mark["end"])
    return text


def fields_table(record: dict) -> Table:
    table = Table(show_header=False, box=None)
    meta = record.get("meta", {})
    for key in ("id", "outlet", "published", "title", "url"):
        source = meta.get(f"{key}_source")
        value = record.get(key)
        table.add_row(key, Text(MISSING if value is None else str(value))
                      + Text(f"  (from {source})" if source else "", style="dim"))
    dateline = record.get("dateline")
    table.add_row("dateline", Text(f"{record['text'][dateline['start']:dateline['end']]!r} "
                                   f"place={dateline['place'] or MISSING}") if dateline else MISSING)
    kinds = {}
    for mark in record["boilerplate"]:
        kinds[mark["kind"]] = kinds.get(mark["kind"], 0) + 1
    table.add_row("boilerplate", ", ".join(f"{k} ×{n}" for k, n in kinds.items()) or MISSING)
    for key in ("sentences", "entities", "quotes", "dates", "figures"):
        table.add_row(key, str(len(record.get(key, []))))
    return table


@app.command()
def show(article_id: Annotated[str, typer.Argument(metavar="ID", help="Article id (a unique prefix is enough).")],
         db: DbPath = None) -> None:
    """Print a stored article: its fields, then its text with boilerplate struck out.

    Example: [bold]warta show 000_179138c53795d211[/bold]
    """
    store = open_store(db, create=False)
    record = store.get(article_id)
    if record is None:
        matches = store.find_ids(article_id)
        if len(matches) == 1:
            record = store.get(matches[0])
        else:
            hint = f" (did you mean {', '.join(matches)}?)" if matches else ""
            raise fail(f"no article {article_id!r} in {store.path}{hint}")
    out.print(fields_table(record))
    out.rule()
    out.print(Text("colours: ") + legend())
    out.print(render_text(record))
    for quote in record.get("quotes", []):
        speaker = (quote.get("speaker") or {}).get("name") or "?"
        via = " ← ".join(v["name"] for v in quote.get("via", []))
        out.print(Text(quote["kind"], style=STYLES["quote"]) + Text(f" {speaker}{' via ' + via if via else ''}: "
                                                                    f"{shorten(quote['text'])}"))
