"""Search for the web page and API: what a user typed planned as `warta search` plans it
(`warta.corpus.search.plan`), run on the read-only store."""

from __future__ import annotations

from functools import partial

from ..corpus.search import plan
from ..store.reader import Filters, Reader


def search(reader: Reader, query: str, filters: Filters, offset: int, limit: int) -> tuple[list[dict], list[dict]]:
    """Matching articles and quotes (each up to `limit`, from `offset`)."""
    articles, quotes = [], []
    expression, ranked = plan(query, partial(reader.matches, "bodies_fts"))
    if expression:
        articles = reader.search_articles(expression, ranked, filters, offset=offset, limit=limit)
    expression, ranked = plan(query, partial(reader.matches, "quotes_fts"))
    if expression:
        quotes = reader.search_quotes(expression, ranked, filters, offset=offset, limit=limit)
    return articles, quotes
