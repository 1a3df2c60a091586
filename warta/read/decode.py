"""Bytes to text: refuse binaries, accept the legacy encodings scrapers leave behind."""

from __future__ import annotations

from .article import MAX_ARTICLE_CHARS

MAX_ARTICLE_BYTES = MAX_ARTICLE_CHARS  # the limit of a one-article file, counted before decoding


class Undecodable(ValueError):
    """The bytes are not text this reader can use; the message says why."""


BOMS = ((b"\xff\xfe\x00\x00", "utf-32"), (b"\x00\x00\xfe\xff", "utf-32"),
        (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16"))


def looks_binary(data: bytes) -> bool:
    """NUL bytes or many control characters in the first 8 kB mean a binary file
    (a cheap look before decoding; NULs further on are caught in the decoded text)."""
    head = data[:8192]
    if b"\x00" in head:
        return True
    controls = sum(1 for b in head if b < 32 and b not in (9, 10, 12, 13))
    return bool(head) and controls / len(head) > 0.05


def decode(data: bytes) -> tuple[str, str | None]:
    """Return (text, warning). A byte-order mark says UTF-16 or UTF-32 (whose ASCII
    bytes hold NULs); otherwise UTF-8 (BOM dropped), else cp1252, which covers latin-1
    text too, and a warning says so."""
    for bom, encoding in BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding), None
            except UnicodeDecodeError as error:
                raise Undecodable(f"broken {encoding.upper()} text (byte {error.start})") from None
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
