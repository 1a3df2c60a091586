"""Reading the corpus: stories, entities and quotes as plain dicts and lists.

Every function takes the store first and returns JSON-ready values; dates are
ISO strings (`2025-06-18`), ids are what the store keeps (story and entity ids
are integers, article ids strings, quote ids `ARTICLE:qSTART-END`)."""

from __future__ import annotations

from ..store import Database


def list_stories(db: Database, since: str | None = None, until: str | None = None, outlet: str | None = None,
                 min_articles: int = 2, limit: int | None = None, offset: int = 0) -> list[dict]:
    """Stories, newest first, as
    `{"id": 12, "title": str, "articles": [article ids as ingested], "outlets": [outlet names],
      "start": "2025-06-18", "end": "2025-06-19", "copies": 1}`
    (`copies`: how many of its articles are syndicated or near-duplicate copies).
    `min_articles=1` lists every story, so the stories partition the articles taken in;
    `since`/`until` bound the story's dates, `outlet` keeps stories it covered."""
    raise NotImplementedError


def story_of(db: Database, article_id: str) -> int | None:
    """The id of the story an article belongs to (None if not taken in yet)."""
    raise NotImplementedError


def story_detail(db: Database, story_id: int) -> dict | None:
    """One story, or None:
    `{"id", "title", "start", "end",
      "articles": [{"id", "outlet", "published", "title", "url", "copy_kind", "copy_of", "similarity"}],
      "coverage": [{"outlet", "articles": [ids], "first": date, "quotes": n, "copies": n}],
      "variants": [{"group": id, "speaker": name, "entity_id": id|None, "outlets": n,
                    "reference": {"id", "article_id", "outlet", "kind", "text"},
                    "renderings": [{"id", "article_id", "outlet", "kind", "text", "class",
                                    "changes": ["number", "negation", ...], "diff": [["=", "words"], ["-", ...], ["+", ...]]}]}],
      "framing": compare(db, the story's article ids),
      "figures": compare(...)["figures"]}`"""
    raise NotImplementedError


def list_entities(db: Database, type: str | None = None, query: str | None = None, limit: int = 50,
                  offset: int = 0) -> list[dict]:
    """Corpus entities, most quoted first, as
    `{"id", "name", "type", "aliases": [names], "articles": n, "quotes": n, "outlets": n,
      "first_seen", "last_seen"}`; `type` is PER, ORG or LOC, `query` a part of any alias."""
    raise NotImplementedError


def find_entities(db: Database, name: str, type: str | None = None) -> list[dict]:
    """Entities a user may mean by `name` (an id, a full name, an alias, a surname),
    best first, as list_entities rows."""
    raise NotImplementedError


def entity_detail(db: Database, entity: int | str) -> dict | None:
    """One entity by id or name (the best match of find_entities), or None:
    `{"id", "name", "type", "first_seen", "last_seen",
      "aliases": [{"alias", "articles"}],
      "roles": [{"role", "first", "last", "articles"}],      # roles over time, earliest first
      "articles": [{"id", "outlet", "published", "title", "story_id"}],
      "quotes": [quote rows as in quotes()],
      "outlets": [{"outlet", "articles", "quotes"}]}`"""
    raise NotImplementedError


def quotes(db: Database, speaker: int | str | None = None, story: int | None = None, since: str | None = None,
           until: str | None = None, outlet: str | None = None, kind: str | None = None, limit: int | None = 200,
           offset: int = 0) -> list[dict]:
    """Quotes, newest first, as
    `{"id", "article_id", "outlet", "published", "story_id", "kind", "text", "speaker",
      "entity_id", "entity", "via": [names], "variant": class or None, "group": id or None}`.
    `speaker` is an entity id or a name (resolved like entity_detail; a name no entity
    matches falls back to the speaker text as written)."""
    raise NotImplementedError
