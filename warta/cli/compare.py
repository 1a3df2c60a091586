"""`warta compare ID ID...`: the framing report over any articles."""

from __future__ import annotations

from typing import Annotated

import typer

from ..corpus import compare as compare_articles
from .app import app
from .corpus_options import Format, FormatOption, fail, open_corpus, print_jsonl
from .options import DbPath
from .stories import print_framing


@app.command()
def compare(article_ids: Annotated[list[str], typer.Argument(metavar="ID...", help="Article ids.")],
            db: DbPath = None, format: FormatOption = Format.table) -> None:
    """Compare how outlets frame the given articles: voices, labels, loaded terms, figures.

    Example: [bold]warta compare 000_179138c53795d211 003_bb50d39f36224a21[/bold]
    """
    store = open_corpus(db)
    ids = []
    for article_id in article_ids:
        matches = [article_id] if store.get(article_id) else store.find_ids(article_id)
        if len(matches) != 1:
            fail(f"no single article {article_id!r} in {store.path}")
        ids += matches
    report = compare_articles(store, ids)
    if format == Format.jsonl:
        print_jsonl([report])
    else:
        print_framing(report)
