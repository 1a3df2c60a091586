"""Which input column holds which article field. Scrapers name them differently."""

from __future__ import annotations

from collections.abc import Mapping

FIELDS = ("text", "title", "url", "outlet", "published", "id")

# Checked in order; the first present, non-empty column wins.
ALIASES: dict[str, tuple[str, ...]] = {
    "text": ("text", "content", "body", "article", "isi", "konten", "berita"),
    "title": ("title", "headline", "judul"),
    "url": ("url", "link", "href", "source_url"),
    "outlet": ("outlet", "media", "publisher", "source", "site", "portal"),
    "published": ("published", "date", "published_at", "publish_date", "datetime", "tanggal", "waktu"),
    "id": ("id", "article_id", "doc_id", "uid"),
}


def parse_mapping(pairs: list[str] | None) -> dict[str, str]:
    """`["text=isi", "published=tgl"]` -> `{"text": "isi", "published": "tgl"}`."""
    mapping = {}
    for pair in pairs or []:
        field, sep, column = pair.partition("=")
        if not sep or field not in FIELDS or not column:
            raise ValueError(f"bad column mapping {pair!r}: use FIELD=COLUMN with FIELD one of {', '.join(FIELDS)}")
        mapping[field] = column
    return mapping


class FieldError(ValueError):
    """A column holds a value that cannot be that field (a number or a list as the text)."""


def pick(row: Mapping[str, object], field: str, mapping: Mapping[str, str]) -> str | None:
    """The value of `field` in `row`, by explicit mapping first, then by alias.
    The text must be a string; other fields may also be numbers (an id `123`, a year)."""
    columns = (mapping[field],) if field in mapping else ALIASES[field]
    lowered = {str(k).strip().lower(): v for k, v in row.items()}
    for column in columns:
        value = row.get(column, lowered.get(column.lower()))
        if value is None or value == "" or value == [] or value == {}:
            continue
        allowed = (str,) if field == "text" else (str, int, float)
        if isinstance(value, bool) or not isinstance(value, allowed):
            kind = {bool: "true/false", int: "a number", float: "a number", list: "a list", dict: "an object"}.get(
                type(value), type(value).__name__)
            raise FieldError(f"{column!r} is {kind}, not {'text' if field == 'text' else 'a string'}")
        if str(value).strip():
            return value if field == "text" else str(value).strip()
    return None


def text_column(columns: list[str], mapping: Mapping[str, str]) -> str | None:
    """The column that will be read as text, or None if the table has none."""
    wanted = (mapping["text"],) if "text" in mapping else ALIASES["text"]
    lowered = {c.strip().lower(): c for c in columns}
    for column in wanted:
        if column in columns or column.lower() in lowered:
            return column
    return None
