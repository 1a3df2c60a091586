"""Scrape layouts that carry their own paragraph breaks.

Some scrapers store an article as the Python repr of its list of paragraphs
(`['Jakarta (ANTARA) - ...', 'Baca Juga:', '"Kami ...," katanya', ...]`).
The brackets, quote marks and commas between items are markup, not prose: they
are marked (kind `markup`) so that sentences, quotes and patterns treat each
item as a paragraph, and the text is left exactly as read."""

from __future__ import annotations

import ast
import io
import tokenize


def list_items(text: str) -> list[tuple[int, int]] | None:
    """Character ranges of each item's contents when `text` is a Python list
    literal of strings, else None."""
    stripped = text.strip()
    if not (stripped.startswith(("['", '["')) and stripped.endswith(("']", '"]'))):
        return None
    try:
        if not all(isinstance(item, str) for item in ast.literal_eval(stripped)):
            return None
        tokens = list(tokenize.generate_tokens(io.StringIO(text).readline))
    except (SyntaxError, ValueError, tokenize.TokenError, MemoryError, RecursionError):
        return None
    line_starts = [0]
    for line in text.splitlines(keepends=True):
        line_starts.append(line_starts[-1] + len(line))
    items = []
    for token in tokens:
        if token.type == tokenize.STRING:
            start = line_starts[token.start[0] - 1] + token.start[1]
            end = line_starts[token.end[0] - 1] + token.end[1]
            quote = len(token.string) - len(token.string.lstrip("rRbBuUfF"))
            items.append((start + quote + 1, end - 1))
    return items


def markup(text: str) -> list[tuple[int, int]]:
    """The characters between list items (brackets, quote marks, separators)."""
    items = list_items(text)
    if not items:
        return []
    gaps, cursor = [], 0
    for start, end in items:
        if start > cursor:
            gaps.append((cursor, start))
        cursor = end
    if cursor < len(text):
        gaps.append((cursor, len(text)))
    return gaps


def paragraph_view(text: str, gaps: list[tuple[int, int]]) -> str:
    """`text` with each markup gap (and each carriage return) turned into line breaks
    of the same length, so line-anchored patterns see one paragraph per item and
    `$` matches at CRLF line ends too; offsets stay valid."""
    text = text.replace("\r", "\n")
    if not gaps:
        return text
    parts, cursor = [], 0
    for start, end in sorted(gaps):
        start = max(start, cursor)  # gaps read back from token-aligned spans may overlap
        if end <= start:
            continue
        parts.append(text[cursor:start])
        parts.append("\n" * (end - start))
        cursor = end
    parts.append(text[cursor:])
    return "".join(parts)
