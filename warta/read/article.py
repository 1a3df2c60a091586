"""The raw article: what a reader hands to the pipeline, before any analysis."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field

# One article is a few kB; 5 MB (of characters, or of bytes for a one-article file) is far
# beyond any news text, and keeps one article's annotation within about 1.5 GB of memory.
MAX_ARTICLE_CHARS = 5_000_000


class Unusable(ValueError):
    """Text Warta cannot take as an article; the message is one line that says why."""


def too_large(size: int, limit: int = MAX_ARTICLE_CHARS) -> str:
    return f"too large for one article ({size / 1e6:.1f} MB; limit {limit / 1e6:.0f} MB)"


def check_text(text: object) -> None:
    """Raise `Unusable` unless `text` is a non-empty string within the size limit.
    The readers report the same cases per file and line; this guards every other way in."""
    if text is None or (isinstance(text, str) and not text.strip()):
        raise Unusable("no article text")
    if not isinstance(text, str):
        raise Unusable(f"article text must be a string, not {type(text).__name__}")
    if len(text) > MAX_ARTICLE_CHARS:
        raise Unusable(too_large(len(text)))
    nul = text.find("\x00")
    if nul >= 0:
        raise Unusable(f"binary data, not text (a NUL character at character {nul})")


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
