"""Doc -> the article record of `shared/spec/extract-output.md`. The only place
that knows the record's shape."""

from __future__ import annotations

from spacy.tokens import Doc

from .annotate.extensions import BOILERPLATE, DATES, FIGURES, MENTIONS, QUOTES, content_spans, raw_text, span_fields

RECORD_VERSION = 1


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    piece = text[start:end]
    return start + len(piece) - len(piece.lstrip()), end - len(piece) + len(piece.rstrip())


def sentences(doc: Doc, text: str) -> list[list[int]]:
    """Sentence ranges inside the article's prose (dateline and boilerplate left out).
    One pass over the tokens: `doc.sents` re-checks the whole Doc for every sentence."""
    starts = [t.idx for t in doc if t.is_sent_start] + [len(text)]
    found = []
    for lo, hi in content_spans(doc):
        for start, end in zip(starts, starts[1:]):
            s, e = _strip(text, max(start, lo), min(end, hi))
            if e > s:
                found.append([s, e])
    return found


def span_records(doc: Doc, key: str) -> list[dict]:
    """A labelled span group as records: offsets, text, and the span's extra fields."""
    return [{"start": s.start_char, "end": s.end_char, "text": s.text, **(span_fields(s) or {})}
            for s in doc.spans.get(key, [])]


def entity_records(doc: Doc) -> list[dict]:
    """Entities with their mentions (mentions are spans that name their entity id)."""
    mentions: dict[str, list[dict]] = {}
    for span in doc.spans.get(MENTIONS, []):
        mentions.setdefault((span_fields(span) or {}).get("entity"), []).append(
            {"start": span.start_char, "end": span.end_char, "text": span.text})
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
        "entities": entity_records(doc),
        "quotes": span_records(doc, QUOTES),
        "dates": span_records(doc, DATES),
        "figures": span_records(doc, FIGURES),
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
