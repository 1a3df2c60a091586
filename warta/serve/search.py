"""Turning what a user typed into the FTS5 query the store runs, for the search page and API.

Words are tokenised as the corpus layer's `warta search` does (`match_expression`: each
word quoted, `korup*` a prefix query). Ranking scores every match (some 5 µs each), so a
word found in thousands of rows (`yang`, `untuk`, and at 100k articles `indonesia` or
`prabowo`) costs tens to hundreds of milliseconds to rank while ordering little: such
words are dropped when other words remain, and a query of such words alone lists the
newest matches instead."""

from __future__ import annotations

from spacy.lang.id.stop_words import STOP_WORDS

from ..corpus.search import TOKEN, match_expression
from ..store.reader import Filters, Reader


COMMON = 3000  # rows: ranking a word's matches then takes some 15 ms


def plan(reader: Reader, query: str, fts: str) -> tuple[str | None, bool]:
    """(FTS5 expression or None when there is no word, whether to rank by relevance)."""
    words = TOKEN.findall(query)
    content = [w for w in words if w.endswith("*") or (w.lower() not in STOP_WORDS
                                                        and reader.matches(fts, w) <= COMMON)]
    return match_expression(" ".join(content or words)), bool(content)


def search(reader: Reader, query: str, filters: Filters, offset: int, limit: int) -> tuple[list[dict], list[dict]]:
    """Matching articles and quotes (each up to `limit`, from `offset`)."""
    articles, quotes = [], []
    expression, ranked = plan(reader, query, "bodies_fts")
    if expression:
        articles = reader.search_articles(expression, ranked, filters, offset=offset, limit=limit)
    expression, ranked = plan(reader, query, "quotes_fts")
    if expression:
        quotes = reader.search_quotes(expression, ranked, filters, offset=offset, limit=limit)
    return articles, quotes
