"""Search over article bodies (boilerplate left out) and quotes, with SQLite FTS5.

Case and diacritics are folded (`unicode61 remove_diacritics 2`), so `Rene` finds
`René`; `word*` is a prefix query; every other character of user input is quoted
away, so no query is an FTS5 syntax error. All words must match; results are
ranked by bm25 (a title match counts four times a body match)."""

from __future__ import annotations

import re

from ..store import Database
from ..store.corpus import CorpusStore
from .views import find_entities

TOKEN = re.compile(r"[^\W_]+(?:[-'][^\W_]+)*\*?")


def match_expression(query: str) -> str | None:
    """An FTS5 expression: each word quoted, a trailing `*` kept as a prefix query."""
    phrases = []
    for token in TOKEN.findall(query):
        word, star = (token[:-1], "*") if token.endswith("*") else (token, "")
        phrases.append('"' + word.replace('"', '""') + '"' + star)
    return " ".join(phrases) or None


def search(db: Database, query: str, speaker: int | str | None = None, outlet: str | None = None,
           since: str | None = None, until: str | None = None, story: int | None = None, kind: str | None = None,
           scope: str = "all", limit: int = 20) -> dict:
    """Ranked matches of every word of `query` (bm25, best first):
    `{"query": str,
      "articles": [{"id", "outlet", "published", "title", "story_id", "snippet", "rank"}],
      "quotes": [{"id", "article_id", "outlet", "published", "story_id", "speaker", "entity_id", "kind",
                  "text", "highlighted", "rank"}]}`
    Matching words are wrapped in `[` `]` in `snippet` and `highlighted`. `scope` is `all`,
    `articles` or `quotes`; `speaker` and `kind` (direct, indirect, mixed) apply to quotes
    (a speaker filter also keeps articles quoting that speaker)."""
    if scope not in ("all", "articles", "quotes"):
        raise ValueError(f"scope must be all, articles or quotes, not {scope!r}")
    result: dict = {"query": query, "articles": [], "quotes": []}
    expression = match_expression(query)
    if expression is None:
        return result
    store = CorpusStore(db)
    entity_ids, name = None, None
    if speaker is not None:
        found = find_entities(db, speaker)
        entity_ids, name = ([found[0]["id"]], None) if found else (None, str(speaker))
    if scope in ("all", "articles") and kind is None:
        result["articles"] = store.search_articles(expression, entity_ids, name, outlet, since, until, story, limit)
    if scope in ("all", "quotes"):
        result["quotes"] = store.search_quotes(f"text : ({expression})", entity_ids, name, outlet, since, until,
                                               story, kind, limit)
    return result
