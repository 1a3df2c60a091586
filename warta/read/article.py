"""The raw article: what a reader hands to the pipeline, before any analysis."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field


@dataclass
class Article:
    """One article as read. `text` is never changed after this point: every offset
    Warta produces points into it."""

    text: str
    id: str | None = None
    title: str | None = None
    url: str | None = None
    outlet: str | None = None
    published: str | None = None
    origin: str = "<memory>"  # file (and line) it came from, for error messages
    warnings: list[str] = field(default_factory=list)

    @property
    def content_hash(self) -> str:
        """Identity of the text, so re-ingesting the same article is a no-op."""
        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()[:16]


@dataclass
class ReadError:
    """A file (or one line of it) that could not be read, and why."""

    origin: str
    reason: str

    def __str__(self) -> str:
        return f"{self.origin}: {self.reason}"
