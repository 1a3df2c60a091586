"""Search over article bodies (boilerplate left out) and quotes, with SQLite FTS5.

Case and diacritics are folded (`unicode61 remove_diacritics 2`), `word*` is a
prefix query, other FTS5 syntax in user input is quoted away."""

from __future__ import annotations

from ..store import Database


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
    raise NotImplementedError
