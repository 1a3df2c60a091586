"""Reading the corpus: stories, entities and quotes as plain dicts and lists.

Every function takes the store first and returns JSON-ready values; dates are
ISO strings (`2025-06-18`), ids are what the store keeps (story and entity ids
are integers, article ids strings, quote ids `ARTICLE:qSTART-END`)."""

from __future__ import annotations

import json

from ..store import Database
from ..store.corpus import CorpusStore
from .compare import compare
from .link import PERSON, compatible
from .text import name_key, name_words


def list_stories(db: Database, since: str | None = None, until: str | None = None, outlet: str | None = None,
                 min_articles: int = 2, limit: int | None = None, offset: int = 0) -> list[dict]:
    """Stories, newest first, as
    `{"id": 12, "title": str, "articles": [article ids as ingested], "outlets": [outlet names],
      "start": "2025-06-18", "end": "2025-06-19", "copies": 1}`
    (`copies`: how many of its articles are syndicated or near-duplicate copies).
    `min_articles=1` lists every story, so the stories partition the articles taken in;
    `since`/`until` bound the story's dates, `outlet` keeps stories it covered."""
    store = CorpusStore(db)
    stories = store.stories(since, until, outlet, min_articles, limit, offset)
    members: dict[int, list[dict]] = {}
    for row in store.story_members([s["id"] for s in stories]):
        members.setdefault(row["story_id"], []).append(row)
    return [{"id": s["id"], "title": s["title"], "articles": [m["id"] for m in members.get(s["id"], [])],
             "outlets": sorted({m["outlet"] for m in members.get(s["id"], []) if m["outlet"]}),
             "start": s["start"], "end": s["end"],
             "copies": sum(m["copy_kind"] is not None for m in members.get(s["id"], []))} for s in stories]


def story_of(db: Database, article_id: str) -> int | None:
    """The id of the story an article belongs to (None if not taken in yet)."""
    return CorpusStore(db).story_id(article_id)


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
    store = CorpusStore(db)
    story = store.story(story_id)
    if story is None:
        return None
    articles = [{k: v for k, v in row.items() if k != "story_id"} for row in store.story_members([story_id])]
    coverage: dict[str, dict] = {}
    quote_counts: dict[str, int] = {}
    for quote in store.quote_rows(story=story_id, limit=None):
        quote_counts[quote["article_id"]] = quote_counts.get(quote["article_id"], 0) + 1
    for article in articles:
        outlet = coverage.setdefault(article["outlet"], {"outlet": article["outlet"], "articles": [],
                                                         "first": article["published"], "quotes": 0, "copies": 0})
        outlet["articles"].append(article["id"])
        outlet["quotes"] += quote_counts.get(article["id"], 0)
        outlet["copies"] += article["copy_kind"] is not None
    framing = compare(db, [a["id"] for a in articles])
    return {"id": story["id"], "title": story["title"], "start": story["start"], "end": story["end"],
            "articles": articles, "coverage": sorted(coverage.values(), key=lambda c: (c["first"] or "", c["outlet"] or "")),
            "variants": variant_groups(store, story_id), "framing": framing, "figures": framing["figures"]}


def list_entities(db: Database, type: str | None = None, query: str | None = None, limit: int = 50,
                  offset: int = 0) -> list[dict]:
    """Corpus entities, most quoted first, as
    `{"id", "name", "type", "aliases": [names], "articles": n, "quotes": n, "outlets": n,
      "first_seen", "last_seen"}`; `type` is PER, ORG or LOC, `query` a part of any alias."""
    store = CorpusStore(db)
    if query:
        pattern = "%" + name_key(query).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        rows = store.entity_rows(type=type, alias_like=pattern, limit=limit, offset=offset)
    else:
        ids = store.most_quoted(type, limit, offset)
        if len(ids) < limit:  # then entities nobody quotes, in registry order
            rows = store.entity_rows(type=type, limit=None)
            rows = rows[offset:offset + limit]
        else:
            rows = store.entity_rows(ids=ids, limit=None)
    return [with_aliases(store, row) for row in rows]


def find_entities(db: Database, name: str, type: str | None = None) -> list[dict]:
    """Entities a user may mean by `name` (an id, a full name, an alias, a surname),
    best first, as list_entities rows."""
    store = CorpusStore(db)
    if str(name).isdigit():
        return [with_aliases(store, row) for row in store.entity_rows(ids=[int(name)], limit=None)]
    key = name_key(str(name))
    if not key:
        return []
    types = [type] if type else ["PER", "ORG", "LOC"]
    found: list[int] = []
    for t in types:
        found += store.entities_with_alias(key, t)
    if not found:
        words = name_words(key)
        for t in types:
            for word in sorted(words, key=len, reverse=True)[:3]:
                found += [e for e in store.entities_with_word(word, t) if e not in found and (
                    t != PERSON or compatible(words, name_words(name_key(store.entity_name(e)))))]
    return [with_aliases(store, row) for row in store.entity_rows(ids=found, limit=20)] if found else []


def entity_detail(db: Database, entity: int | str) -> dict | None:
    """One entity by id or name (the best match of find_entities), or None:
    `{"id", "name", "type", "first_seen", "last_seen",
      "aliases": [{"alias", "articles"}],
      "roles": [{"role", "first", "last", "articles"}],      # roles over time, earliest first
      "articles": [{"id", "outlet", "published", "title", "story_id"}],
      "quotes": [quote rows as in quotes()],
      "outlets": [{"outlet", "articles", "quotes"}]}`"""
    store = CorpusStore(db)
    found = find_entities(db, entity)
    if not found:
        return None
    row = found[0]
    return {"id": row["id"], "name": row["name"], "type": row["type"], "first_seen": row["first_seen"],
            "last_seen": row["last_seen"], "aliases": store.aliases(row["id"]), "roles": store.roles(row["id"]),
            "articles": store.entity_articles(row["id"]), "quotes": store.quote_rows(entity_ids=[row["id"]], limit=None),
            "outlets": store.entity_outlets(row["id"])}


def quotes(db: Database, speaker: int | str | None = None, story: int | None = None, since: str | None = None,
           until: str | None = None, outlet: str | None = None, kind: str | None = None, limit: int | None = 200,
           offset: int = 0) -> list[dict]:
    """Quotes, newest first, as
    `{"id", "article_id", "outlet", "published", "story_id", "kind", "text", "speaker",
      "entity_id", "entity", "via": [names], "variant": class or None, "group": id or None}`.
    `speaker` is an entity id or a name (resolved like entity_detail; a name no entity
    matches falls back to the speaker text as written)."""
    store = CorpusStore(db)
    entity_ids, name = None, None
    if speaker is not None:
        found = find_entities(db, speaker)
        if found:
            entity_ids = [found[0]["id"]]
        else:
            name = str(speaker)
    return store.quote_rows(entity_ids=entity_ids, speaker_name=name, story=story, since=since, until=until,
                            outlet=outlet, kind=kind, limit=limit, offset=offset)


def with_aliases(store: CorpusStore, row: dict) -> dict:
    return {"id": row["id"], "name": row["name"], "type": row["type"],
            "aliases": [a["alias"] for a in store.aliases(row["id"])], "articles": row["articles"],
            "quotes": row["quotes"], "outlets": row["outlets"], "first_seen": row["first_seen"],
            "last_seen": row["last_seen"]}


def variant_groups(store: CorpusStore, story_id: int) -> list[dict]:
    """The story's quote groups: the reference rendering and every other, classified."""
    groups: dict[int, dict] = {}
    for row in store.quote_groups(story_id):
        group = groups.setdefault(row["group"], {"group": row["group"], "speaker": row["speaker"],
                                                 "entity_id": row["entity_id"], "reference": None, "renderings": []})
        quote = {"id": row["quote_id"], "article_id": row["article_id"], "outlet": row["outlet"], "kind": row["kind"],
                 "text": row["text"]}
        if row["class"] == "reference":
            group["reference"] = quote
        else:
            group["renderings"].append({**quote, "class": row["class"], "changes": json.loads(row["changes"]),
                                        "diff": json.loads(row["diff"])})
    for group in groups.values():
        group["outlets"] = len({group["reference"]["outlet"]} | {r["outlet"] for r in group["renderings"]})
    return sorted(groups.values(), key=lambda g: (-g["outlets"], g["group"]))
