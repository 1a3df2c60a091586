"""Turn the bytes of one input into articles. No file system access here: the
caller opens files (see `warta.read.paths`), so these are easy to test."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Iterator, Mapping

from .article import Article, ReadError, Unusable, check_text, too_large
from .decode import MAX_ARTICLE_BYTES, Undecodable, decode
from .fields import FIELDS, FieldError, pick, text_column

Result = Article | ReadError
MIN_HTML_WORDS = 20  # less than this is navigation or an error page, not an article


def checked(article: Article) -> Result:
    """The article, or a ReadError when its text cannot be an article (see `check_text`)."""
    try:
        check_text(article.text)
    except Unusable as error:
        return ReadError(article.origin, str(error))
    return article


def from_row(row: Mapping[str, object], origin: str, mapping: Mapping[str, str]) -> Result:
    """One JSON object or CSV row -> Article, using the column mapping."""
    try:
        fields = {field: pick(row, field, mapping) for field in FIELDS}
    except FieldError as error:
        return ReadError(origin, str(error))
    if fields["text"] is None:
        return ReadError(origin, "no article text (no non-empty text column)")
    return checked(Article(**fields, origin=origin))


def _text_of(data: bytes, origin: str, limit: int = MAX_ARTICLE_BYTES) -> tuple[str, list[str]] | ReadError:
    """The decoded text of a whole file and its warnings, or why there is none."""
    if len(data) > limit:
        return ReadError(origin, too_large(len(data), limit))
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
    yield checked(Article(text=text, id=stem, origin=origin, warnings=warnings))


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
            yield ReadError(where, f"broken JSON ({error.msg.removesuffix(' at')} at column {error.colno})")
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
    # strict: a stray or unclosed quotation mark is an error, not rows silently merged into one
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    try:
        columns = next(reader, [])
    except csv.Error as error:
        yield ReadError(f"{origin}:1", f"broken CSV header ({error})")
        return
    if text_column(columns, mapping) is None:
        wanted = mapping.get("text", "text")
        yield ReadError(origin, f"no text column (looked for {wanted!r}; columns are {', '.join(columns)}); "
                                "map one with --map text=COLUMN")
        return
    while True:
        line = reader.line_num + 1
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as error:
            if "field larger" in str(error):
                yield ReadError(f"{origin}:{line}", f"too large for one article (a field over "
                                                    f"{MAX_ARTICLE_BYTES / 1e6:.0f} MB); rows from here on not read")
                return
            if "end of data" in str(error):
                yield ReadError(f"{origin}:{line}", f"broken CSV (a quoted field opened on this line never "
                                                    f"closes; lines {line}-{reader.line_num} not read)")
                return
            yield ReadError(f"{origin}:{line}", f"broken CSV ({error})")
            continue
        if not any(cell.strip() for cell in row):
            continue
        result = from_row(dict(zip(columns, row)), f"{origin}:{line}", mapping)
        if isinstance(result, Article):
            result.warnings.extend(warnings)
        yield result


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
