"""Doc -> the article record of `shared/spec/extract-output.md`. The only place
that knows the record's shape."""

from __future__ import annotations

import bisect
import json

import orjson

from spacy.attrs import IDX, SENT_START
from spacy.tokens import Doc

from .annotate.extensions import BOILERPLATE, DATES, FIGURES, MENTIONS, QUOTES, content_spans, raw_text, span_fields

RECORD_VERSION = 1


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    piece = text[start:end]
    return start + len(piece) - len(piece.lstrip()), end - len(piece) + len(piece.rstrip())


def sentences(doc: Doc, text: str) -> list[list[int]]:
    """Sentence ranges inside the article's prose (dateline and boilerplate left out).
    One array read: `doc.sents` re-checks the whole Doc for every sentence, and Token
    objects cost more than the rest of this function."""
    rows = doc.to_array([IDX, SENT_START]).tolist() if len(doc) else []
    starts = [idx for idx, sent_start in rows if sent_start == 1] + [len(text)]
    found = []
    for lo, hi in content_spans(doc):
        # only the sentences from the one holding `lo` up to `hi` can share characters with lo..hi
        k = max(0, bisect.bisect_right(starts, lo) - 1)
        while k + 1 < len(starts) and starts[k] < hi:
            s, e = _strip(text, max(starts[k], lo), min(starts[k + 1], hi))
            if e > s:
                found.append([s, e])
            k += 1
    return found


def span_records(doc: Doc, key: str, text: str) -> list[dict]:
    """A labelled span group as records: offsets, text, and the span's extra fields.
    The text is sliced from the article's (`Span.text` re-joins its tokens)."""
    found = []
    for span in doc.spans.get(key, []):
        start, end = span.start_char, span.end_char
        found.append({"start": start, "end": end, "text": text[start:end], **(span_fields(span) or {})})
    return found


def entity_records(doc: Doc, text: str) -> list[dict]:
    """Entities with their mentions (mentions are spans that name their entity id)."""
    mentions: dict[str, list[dict]] = {}
    for span in doc.spans.get(MENTIONS, []):
        fields = span_fields(span) or {}
        start, end = span.start_char, fields.get("end", span.end_char)  # `end`: a name glued to the next word
        mentions.setdefault(fields.get("entity"), []).append(
            {"start": start, "end": end, "text": text[start:end]})
    return [{**entity, "mentions": mentions.get(entity["id"], [])} for entity in doc._.warta_entities or []]


def to_record(doc: Doc) -> dict:
    article = doc._.warta_article or {}
    text = raw_text(doc)
    return {
        "id": article.get("id"),
        "outlet": article.get("outlet"),
        "published": article.get("published"),
        "title": article.get("title"),
        "url": article.get("url"),
        "text": text,
        "dateline": doc._.warta_dateline,
        "boilerplate": [{"start": s.start_char, "end": s.end_char, "kind": s.label_}
                        for s in doc.spans.get(BOILERPLATE, [])],
        "sentences": sentences(doc, text),
        "entities": entity_records(doc, text),
        "quotes": span_records(doc, QUOTES, text),
        "dates": span_records(doc, DATES, text),
        "figures": span_records(doc, FIGURES, text),
        "meta": {
            "published_source": article.get("published_source"),
            "outlet_source": article.get("outlet_source"),
            "content_hash": article.get("content_hash"),
            "record_version": RECORD_VERSION,
        },
    }


def join(records: list[dict], offsets: list[int], text: str, content_hash: str) -> dict:
    """One record from the records of consecutive pieces of `text` (`offsets[k]`: where
    piece k starts): offsets shifted into the whole text, entity ids renumbered, the
    article's fields and dateline from the first piece."""
    joined = {**records[0], "text": text, "meta": {**records[0]["meta"], "content_hash": content_hash}}
    for key in ("boilerplate", "sentences", "entities", "quotes", "dates", "figures"):
        joined[key] = []
    numbered = 0
    for record, offset in zip(records, offsets):
        ids = {e["id"]: f"e{numbered + n}" for n, e in enumerate(record["entities"], start=1)}
        numbered += len(ids)
        joined["sentences"] += [[start + offset, end + offset] for start, end in record["sentences"]]
        for key in ("boilerplate", "entities", "quotes", "dates", "figures"):
            joined[key] += _shifted(record[key], offset, ids)
    return joined


def _shifted(value, offset: int, ids: dict[str, str]):
    """`value` with every `start`/`end` moved by `offset` and entity ids mapped by `ids`."""
    if isinstance(value, list):
        return [_shifted(v, offset, ids) for v in value]
    if not isinstance(value, dict):
        return value
    out = {k: _shifted(v, offset, ids) for k, v in value.items()}
    for key in ("start", "end"):
        if isinstance(out.get(key), int):
            out[key] += offset
    for key in ("id", "entity"):
        if out.get(key) in ids:
            out[key] = ids[out[key]]
    return out


def to_json(record: dict) -> str:
    """The record as one line of JSON (UTF-8 kept, as `warta extract` prints it).
    orjson is several times faster than `json`; a number beyond 64 bits (a figure
    of `10^30 rupiah`) is the one thing it refuses, and `json` writes that."""
    try:
        return orjson.dumps(record).decode()
    except orjson.JSONEncodeError:
        return json.dumps(record, ensure_ascii=False, separators=(",", ":"))


def problems(record: dict) -> list[str]:
    """What in `record` breaks the contract of `shared/spec/extract-output.md`
    (empty when nothing does): every offset inside `text`, every span's `text`
    equal to the characters it points at, the kinds and types the spec names."""
    text = record.get("text")
    if not isinstance(text, str):
        return ["text is not a string"]
    found = [f"{field} missing" for field in FIELDS if field not in record]

    def span(where: str, item: dict | None, with_text: bool = True) -> None:
        if item is None:
            return
        start, end = item.get("start"), item.get("end")
        if not (type(start) is int and type(end) is int and 0 <= start <= end <= len(text)):
            found.append(f"{where}: offsets {start}..{end} outside the text ({len(text)} characters)")
        elif with_text and item.get("text") != text[start:end]:
            found.append(f"{where}: text {item.get('text')!r} is not text[{start}:{end}]")

    span("dateline", record.get("dateline"), with_text=False)
    for i, item in enumerate(record.get("boilerplate", [])):
        span(f"boilerplate {i}", item, with_text=False)
        if not isinstance(item.get("kind"), str):
            found.append(f"boilerplate {i}: no kind")
    for i, (start, end) in enumerate(record.get("sentences", [])):
        span(f"sentence {i}", {"start": start, "end": end}, with_text=False)
    for entity in record.get("entities", []):
        if entity.get("type") not in ENTITY_TYPES or not entity.get("mentions"):
            found.append(f"entity {entity.get('id')}: type {entity.get('type')!r}, {len(entity.get('mentions', []))} mentions")
        for mention in entity.get("mentions", []):
            span(f"mention of {entity.get('id')}", mention)
    for i, quote in enumerate(record.get("quotes", [])):
        span(f"quote {i}", quote)
        span(f"cue of quote {i}", quote.get("cue"))
        if quote.get("kind") not in QUOTE_KINDS:
            found.append(f"quote {i}: kind {quote.get('kind')!r}")
    for key in ("dates", "figures"):
        for i, item in enumerate(record.get(key, [])):
            span(f"{key} {i}", item)
    return found


FIELDS = ("id", "outlet", "published", "title", "url", "text", "dateline", "boilerplate", "sentences",
          "entities", "quotes", "dates", "figures")
ENTITY_TYPES = {"PER", "ORG", "LOC"}
QUOTE_KINDS = {"direct", "indirect", "mixed"}
