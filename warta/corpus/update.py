"""Taking newly stored articles into the corpus, incrementally.

An article is new to the corpus until it has a story. `update` takes in every
such article, oldest first: it links the article's entities to the registry
(link), places it in a story (cluster), indexes its body for search and
refreshes the quote variants of the stories it touched (variants). Nothing is
recomputed for articles already taken in."""

from __future__ import annotations

from ..store import Database


def pipeline_version() -> str:
    """The version of the extraction code: `warta.__version__` plus a short hash of the
    annotators, cleaners, lexicons and record code, so that any change to what
    extraction produces makes `warta ingest --reprocess` refresh stored records."""
    raise NotImplementedError


def update(db: Database, article_ids: list[str] | None = None) -> dict:
    """Take the given (default: all) stored articles that are not in the corpus yet into it.
    Returns counts: `{"articles": n, "stories": new stories, "merged": merges,
    "entities": new entities, "copies": syndicated or near-duplicate copies}`."""
    raise NotImplementedError
