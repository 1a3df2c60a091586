"""Search over article bodies (boilerplate left out) and quotes, with SQLite FTS5.

Case and diacritics are folded (`unicode61 remove_diacritics 2`), so `Rene` finds
`René`; `word*` is a prefix query; every other character of user input is quoted
away, so no query is an FTS5 syntax error. Results are ranked by bm25 (a title match
counts four times a body match). Ranking scores every match (some 5 µs each), so a
word found in thousands of rows (`yang`, `untuk`, and at 100k articles `indonesia`)
costs tens to hundreds of milliseconds while ordering little: such words are dropped
when other words remain (every other word must match), and a query of such words
alone lists the newest matches, unranked."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import partial

from ..store import Database
from ..store.corpus import CorpusStore
from .views import find_entities

TOKEN = re.compile(r"[^\W_]+(?:[-'][^\W_]+)*\*?")
COMMON = 3000  # rows: ranking a word's matches then takes some 15 ms


def match_expression(query: str) -> str | None:
    """An FTS5 expression: each word quoted, a trailing `*` kept as a prefix query."""
    phrases = []
    for token in TOKEN.findall(query):
        word, star = (token[:-1], "*") if token.endswith("*") else (token, "")
        phrases.append('"' + word.replace('"', '""') + '"' + star)
    return " ".join(phrases) or None


def plan(query: str, matches: Callable[[str], int]) -> tuple[str | None, bool]:
    """(FTS5 expression, or None when there is no word; whether to rank by relevance).
    `matches(word)`: how many rows of the index hold the word."""
    from spacy.lang.id.stop_words import STOP_WORDS  # here: `warta --help` must not load spaCy
    words = TOKEN.findall(query)
    content = [w for w in words if w.endswith("*") or (w.lower() not in STOP_WORDS and matches(w) <= COMMON)]
    return match_expression(" ".join(content or words)), bool(content)


def search(db: Database, query: str, speaker: int | str | None = None, outlet: str | None = None,
           since: str | None = None, until: str | None = None, story: int | None = None, kind: str | None = None,
           scope: str = "all", limit: int = 20) -> dict:
    """Ranked matches of every word of `query` (bm25, best first):
    `{"query": str,
      "articles": [{"id", "outlet", "published", "title", "story_id", "snippet", "rank"}],
      "quotes": [{"id", "article_id", "outlet", "published", "story_id", "speaker", "entity_id", "kind",
                  "text", "highlighted", "rank"}]}`
    Matching words are wrapped in `[` `]` in `snippet` and `highlighted`; `rank` is None
    when the query held only common words (newest first). `scope` is `all`,
    `articles` or `quotes`; `speaker` and `kind` (direct, indirect, mixed) apply to quotes
    (a speaker filter also keeps articles quoting that speaker)."""
    if scope not in ("all", "articles", "quotes"):
        raise ValueError(f"scope must be all, articles or quotes, not {scope!r}")
    result: dict = {"query": query, "articles": [], "quotes": []}
    if match_expression(query) is None:
        return result
    store = CorpusStore(db)
    entity_ids, name = None, None
    if speaker is not None:
        found = find_entities(db, speaker)
        entity_ids, name = ([found[0]["id"]], None) if found else (None, str(speaker))
    if scope in ("all", "articles") and kind is None:
        expression, ranked = plan(query, partial(store.matches, "bodies_fts"))
        result["articles"] = store.search_articles(expression, ranked, entity_ids, name, outlet, since, until,
                                                   story, limit)
    if scope in ("all", "quotes"):
        expression, ranked = plan(query, partial(store.matches, "quotes_fts"))
        result["quotes"] = store.search_quotes(f"text : ({expression})", ranked, entity_ids, name, outlet, since,
                                               until, story, kind, limit)
    return result
