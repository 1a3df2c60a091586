"""The same quote across outlets (filled in below)."""

from __future__ import annotations

from ..store.corpus import CorpusStore


def refresh_variants(store: CorpusStore, story_id: int) -> None:
    """Regroup the quotes of one story and classify each rendering."""
