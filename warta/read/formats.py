"""Turn the bytes of one input into articles. No file system access here: the
caller opens files (see `warta.read.paths`), so these are easy to test."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Iterator, Mapping

from .article import Article, ReadError
from .decode import MAX_ARTICLE_BYTES, Undecodable, decode
from .fields import pick, text_column

Result = Article | ReadError
MIN_HTML_WORDS = 20  # less than this is navigation or an error page, not an article


def _too_large(size: int, limit: int = MAX_ARTICLE_BYTES) -> str:
    return f"too large for one article ({size / 1e6:.1f} MB; limit {limit / 1e6:.0f} MB)"


def from_row(row: Mapping[str, object], origin: str, mapping: Mapping[str, str]) -> Result:
    """One JSON object or CSV row -> Article, using the column mapping."""
    text = pick(row, "text", mapping)
    if text is None:
        return ReadError(origin, "no article text (no non-empty text column)")
    if len(text) > MAX_ARTICLE_BYTES:
        return ReadError(origin, _too_large(len(text)))
    return Article(
        text=text,
        id=pick(row, "id", mapping),
        title=pick(row, "title", mapping),
        url=pick(row, "url", mapping),
        outlet=pick(row, "outlet", mapping),
        published=pick(row, "published", mapping),
        origin=origin,
    )


def _text_of(data: bytes, origin: str, limit: int = MAX_ARTICLE_BYTES) -> tuple[str, list[str]] | ReadError:
    """The decoded text of a whole file and its warnings, or why there is none."""
    if len(data) > limit:
        return ReadError(origin, _too_large(len(data), limit))
    try:
        text, warning = decode(data)
    except Undecodable as error:
        return ReadError(origin, str(error))
    if not text.strip():
        return ReadError(origin, "empty file")
    return text, [warning] if warning else []


def read_txt(data: bytes, origin: str, stem: str) -> Iterator[Result]:
    """A plain-text file is one article; its name (without extension) is its id."""
    decoded = _text_of(data, origin)
    if isinstance(decoded, ReadError):
        yield decoded
        return
    text, warnings = decoded
    yield Article(text=text, id=stem, origin=origin, warnings=warnings)


def read_jsonl(lines: Iterable[bytes], origin: str, mapping: Mapping[str, str]) -> Iterator[Result]:
    """JSON Lines: one article object a line. A broken line is reported and skipped."""
    seen_any = False
    for number, raw in enumerate(lines, start=1):
        where = f"{origin}:{number}"
        if not raw.strip():
            continue
        seen_any = True
        try:
            line, warning = decode(raw)
            row = json.loads(line.strip())
        except Undecodable as error:
            yield ReadError(where, str(error))
            continue
        except json.JSONDecodeError as error:
            yield ReadError(where, f"broken JSON ({error.msg} at column {error.colno})")
            continue
        if not isinstance(row, dict):
            yield ReadError(where, f"expected a JSON object, got {type(row).__name__}")
            continue
        result = from_row(row, where, mapping)
        if warning and isinstance(result, Article):
            result.warnings.append(warning)
        yield result
    if not seen_any:
        yield ReadError(origin, "empty file")


def read_csv(data: bytes, origin: str, mapping: Mapping[str, str]) -> Iterator[Result]:
    """CSV (or TSV) with a header row; one article a row."""
    decoded = _text_of(data, origin, limit=len(data))  # a table holds many articles: no size limit
    if isinstance(decoded, ReadError):
        yield decoded
        return
    text, warnings = decoded
    csv.field_size_limit(MAX_ARTICLE_BYTES + 1)
    sample = text[:4096]
    delimiter = "\t" if sample.count("\t") > sample.count(",") else ","
    reader = csv.DictReader(io.StringIO(text, newline=""), delimiter=delimiter)
    columns = reader.fieldnames or []
    if text_column(columns, mapping) is None:
        wanted = mapping.get("text", "text")
        yield ReadError(origin, f"no text column (looked for {wanted!r}; columns are {', '.join(columns)}); "
                                "map one with --map text=COLUMN")
        return
    try:
        for row in reader:
            result = from_row(row, f"{origin}:{reader.line_num}", mapping)
            if isinstance(result, Article):
                result.warnings.extend(warnings)
            yield result
    except csv.Error as error:
        yield ReadError(f"{origin}:{reader.line_num}", f"broken CSV ({error})")


def read_html(data: bytes, origin: str, stem: str) -> Iterator[Result]:
    """An HTML page: trafilatura finds the main text and the page's metadata."""
    import trafilatura  # imported here: slow to import, needed only for HTML

    decoded = _text_of(data, origin, limit=4 * MAX_ARTICLE_BYTES)  # markup weighs more than its text
    if isinstance(decoded, ReadError):
        yield decoded
        return
    html, warnings = decoded
    page = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False,
                                       include_tables=False, favor_precision=True)
    words = len((page.text or "").split()) if page else 0
    if words < MIN_HTML_WORDS:
        yield ReadError(origin, "no article text found in the HTML page"
                        + (f" (only {words} words of page text)" if words else ""))
        return
    yield Article(
        text=page.text,
        id=stem,
        title=page.title,
        url=page.url,
        outlet=page.sitename,
        published=page.date,
        origin=origin,
        warnings=warnings,
    )


def sniff(head: bytes) -> str:
    """Guess the format of unnamed input (stdin) from its first bytes."""
    start = head.lstrip()[:200].lower()
    if start.startswith(b"{"):
        return "jsonl"
    if start.startswith((b"<!doctype html", b"<html", b"<?xml", b"<head", b"<body")):
        return "html"
    return "txt"
