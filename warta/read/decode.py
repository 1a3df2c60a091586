"""Bytes to text: refuse binaries, accept the legacy encodings scrapers leave behind."""

from __future__ import annotations

MAX_ARTICLE_BYTES = 5_000_000  # one article is a few kB; a larger single-article file is not news text


class Undecodable(ValueError):
    """The bytes are not text this reader can use; the message says why."""


def looks_binary(data: bytes) -> bool:
    """NUL bytes or many control characters in the first 8 kB mean a binary file."""
    head = data[:8192]
    if b"\x00" in head:
        return True
    controls = sum(1 for b in head if b < 32 and b not in (9, 10, 12, 13))
    return bool(head) and controls / len(head) > 0.05


def decode(data: bytes) -> tuple[str, str | None]:
    """Return (text, warning). UTF-8 first (BOM dropped); otherwise cp1252, which
    covers latin-1 text too, and say so."""
    if looks_binary(data):
        raise Undecodable("binary file, not text")
    try:
        return data.decode("utf-8-sig"), None
    except UnicodeDecodeError as error:
        where = error.start
    try:
        return data.decode("cp1252"), f"not UTF-8 (byte {where}); decoded as cp1252"
    except UnicodeDecodeError:
        return data.decode("latin-1"), f"not UTF-8 (byte {where}); decoded as latin-1"
