"""The corpus layer: what Warta knows across articles.

Plain functions over the store (`warta.store.Database`), returning plain dicts
and lists (JSON-ready), for the CLI, the web app and the API alike:

    update(db)                   take newly stored articles into the corpus (incremental)
    stale_articles(db)           stored articles made by another pipeline version, to re-extract
    list_stories(db, ...)        stories: articles from one or more outlets reporting one event
    story_detail(db, id)         coverage per outlet, quote variants with diffs, framing, figures
    list_entities(db, ...)       corpus entities: one per person, organisation, place
    entity_detail(db, id|name)   aliases, roles over time, articles, quotes, outlets quoting them
    quotes(db, speaker=..., ...) quotes across the corpus
    compare(db, article_ids)     the framing report over any articles
    search(db, query, ...)       full-text search over article bodies and quotes

Modules: link (entity registry), cluster (stories), variants (the same quote in
several outlets), compare (framing), search; views holds the read functions.
"""

from .compare import compare
from .search import search
from .update import pipeline_version, stale_articles, update
from .views import entity_detail, find_entities, list_entities, list_stories, quotes, story_detail, story_of

__all__ = ["compare", "entity_detail", "find_entities", "list_entities", "list_stories", "pipeline_version",
           "quotes", "stale_articles", "search", "story_detail", "story_of", "update"]
