"""`warta stories` and `warta story ID`: stories across outlets."""

from __future__ import annotations

from typing import Annotated

import typer
from rich.table import Table
from rich.text import Text

from ..corpus import list_stories, story_detail
from .app import app, out
from .corpus_options import Format, FormatOption, Outlet, Since, Until, fail, open_corpus, print_jsonl, short
from .options import DbPath

DIFF_STYLES = {"=": "", "-": "red strike", "+": "green"}


@app.command()
def stories(db: DbPath = None, since: Since = None, until: Until = None, outlet: Outlet = None,
            min_articles: Annotated[int, typer.Option("--min-articles", help="Stories with at least N articles "
                                                      "(1 lists every article's story).")] = 2,
            format: FormatOption = Format.table) -> None:
    """List stories: articles from one or more outlets reporting the same event, newest first.

    Example: [bold]warta stories --db news.db --since 2025-06-18 --min-articles 3[/bold]
    """
    rows = list_stories(open_corpus(db), since=since, until=until, outlet=outlet, min_articles=min_articles)
    if format == Format.jsonl:
        print_jsonl({k: r[k] for k in ("id", "title", "articles", "outlets", "start", "end")} for r in rows)
        return
    table = Table(title=f"{len(rows)} stories", title_justify="left")
    for column in ("id", "dates", "articles", "outlets", "title"):
        table.add_column(column, justify="right" if column in ("id", "articles") else "left")
    for r in rows:
        dates = r["start"] if r["start"] == r["end"] else f"{r['start']} – {r['end']}"
        copies = f" ({r['copies']} copies)" if r["copies"] else ""
        table.add_row(str(r["id"]), dates, f"{len(r['articles'])}{copies}", ", ".join(r["outlets"]), short(r["title"], 70))
    out.print(table)


@app.command()
def story(story_id: Annotated[int, typer.Argument(metavar="ID", help="Story id (from `warta stories`).")],
          db: DbPath = None, format: FormatOption = Format.table) -> None:
    """One story: coverage per outlet, the same quotes across outlets with their diffs, framing, figures.

    Example: [bold]warta story 157 --db news.db[/bold]
    """
    detail = story_detail(open_corpus(db), story_id)
    if detail is None:
        fail(f"no story {story_id}")
    if format == Format.jsonl:
        print_jsonl([detail])
        return
    out.rule(f"Story {detail['id']}: {detail['title']}  ({detail['start']} – {detail['end']})")
    articles = Table(title="Coverage", title_justify="left")
    for column in ("outlet", "published", "article", "title", "copy"):
        articles.add_column(column)
    for a in detail["articles"]:
        copy = f"{a['copy_kind']} of {a['copy_of']}" if a["copy_kind"] else ""
        articles.add_row(a["outlet"], a["published"], a["id"], short(a["title"], 60), copy)
    out.print(articles)
    print_variants(detail["variants"])
    print_framing(detail["framing"])


def print_variants(groups: list[dict]) -> None:
    if not groups:
        out.print("[dim]No quote appears in more than one article of this story.[/dim]")
        return
    out.rule("The same quote across outlets")
    for group in groups:
        ref = group["reference"]
        out.print(Text.assemble((f"{group['speaker']}", "bold"), f"  — reference: {ref['outlet']} ({ref['kind']})"))
        out.print(Text(f"  “{short(ref['text'], 300)}”"))
        for r in group["renderings"]:
            changes = f" ({', '.join(r['changes'])})" if r["changes"] else ""
            line = Text.assemble("  ", (f"{r['class']}{changes}", "bold yellow" if r["class"] == "altered" else "bold"),
                                 f"  {r['outlet']} ({r['kind']}): ")
            for op, words in r["diff"]:
                line.append(words + " ", style=DIFF_STYLES[op])
            out.print(line)


def outlet_name(outlet: str | None) -> str:
    return outlet if outlet is not None else "(no outlet)"


def print_framing(framing: dict) -> None:
    out.rule("Framing per outlet")
    table = Table(show_lines=False)
    for column in ("outlet", "quotes", "voices (share)", "kinds of voice", "loaded terms"):
        table.add_column(column)
    for o in framing["outlets"]:
        voices = ", ".join(f"{v['speaker']} {v['share']:.0%}" for v in o["voices"][:4])
        kinds = ", ".join(f"{k} {v:.0%}" for k, v in o["voice_kinds"].items() if v)
        terms = ", ".join(f"{t['term']} ×{t['count']} ({t['category']})" for t in o["loaded_terms"][:4])
        table.add_row(outlet_name(o["outlet"]), str(o["quotes"]), voices, kinds, terms)
    out.print(table)
    for label in framing["labels"]:
        by = "; ".join(f"{outlet_name(o)}: {', '.join(ls)}" for o, ls in label["by_outlet"].items())
        out.print(f"[bold]{label['entity']}[/bold] is called — {by}", highlight=False)
    for figure in framing["figures"]:
        out.print(f"[bold]{figure['counts'] or ''} {figure['unit'] or ''}[/bold]", highlight=False)
        for outlet, rows in figure["by_outlet"].items():
            for row in rows:
                source = f" (source: {row['source']})" if row["source"] else ""
                out.print(f"  {outlet_name(outlet)}: {row['text']}{source}", highlight=False)
