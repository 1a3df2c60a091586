"""Framing: how outlets differ on the same story (or any articles a user picks).

Per outlet: whose voices it quotes and how much (by speaker, and by kind of
speaker: official, expert, citizen, organisation), the labels it uses for the
same entity (`Zionis Israel` vs `Israel`), loaded terms from the framing lexicon
(`warta/lang/id/framing.jsonl`, categories kept as data), and the figures it
reports with their sources."""

from __future__ import annotations

from ..store import Database


def compare(db: Database, article_ids: list[str]) -> dict:
    """The framing report over the given articles:
    `{"articles": [{"id", "outlet", "published", "title"}],
      "outlets": [{"outlet", "articles": [ids], "quotes": n,
                   "voices": [{"speaker", "entity_id", "kind", "quotes", "share"}],
                   "voice_kinds": {"official": share, "expert": ..., "citizen": ..., "organisation": ..., "other": ...},
                   "labels": [{"entity_id", "entity", "label", "count"}],
                   "loaded_terms": [{"term", "category", "count"}],
                   "figures": [{"article_id", "text", "value", "qualifier", "unit", "counts", "source"}]}],
      "labels": [{"entity_id", "entity", "by_outlet": {outlet: [labels]}}],     # entities labelled differently
      "figures": [{"counts", "unit", "by_outlet": {outlet: [{"text", "value", "source", "article_id"}]}}]}`
    Unknown ids are ignored; shares are fractions of the outlet's attributed quotes."""
    raise NotImplementedError
