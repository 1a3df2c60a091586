"""Attributes Warta sets on spaCy objects, registered once at import.

`Doc._.warta_article`: the article's metadata (id, title, url, outlet, published
and where each came from). `Doc._.warta_dateline`: the dateline or None.
`Doc._.warta_entities`: entity records (see `warta.annotate.entities`).
`Span._.warta`: the extra fields of a labelled span in `doc.spans["warta_*"]`
(a quote's speaker, a date's value, ...), JSON-ready, kept per label and offsets.
Values live in `doc.user_data`, so `DocBin(store_user_data=True)` keeps them."""

from spacy.tokens import Doc, Span

for name in ("warta_article", "warta_dateline", "warta_entities"):
    if not Doc.has_extension(name):
        Doc.set_extension(name, default=None)


def _key(span: Span) -> tuple:
    # spaCy keys plain span extensions by offsets alone, so a quote and a date
    # over the same characters would share one value; the label keeps them apart.
    return ("warta._", span.label_, span.start_char, span.end_char)


def span_fields(span: Span) -> dict | None:
    """`span._.warta`, read without spaCy's per-access `Underscore` object."""
    return span.doc.user_data.get(_key(span))


def set_span_fields(span: Span, fields: dict | None) -> None:
    """`span._.warta = fields`, without spaCy's per-access `Underscore` object."""
    span.doc.user_data[_key(span)] = fields


if not Span.has_extension("warta"):
    Span.set_extension("warta", getter=span_fields, setter=set_span_fields)

BOILERPLATE = "warta_boilerplate"
MENTIONS = "warta_mentions"
QUOTES = "warta_quotes"
DATES = "warta_dates"
FIGURES = "warta_figures"


TEXT_KEY = "warta_text"


def raw_text(doc: Doc) -> str:
    """The article text. `warta.pipeline.make_doc` keeps it in `doc.user_data`,
    because `Doc.text` re-joins every token on each access."""
    text = doc.user_data.get(TEXT_KEY)
    if text is None:
        text = doc.user_data[TEXT_KEY] = doc.text
    return text


def char_span(doc: Doc, start: int, end: int, label: str = "") -> Span | None:
    """The token span covering characters start..end (expanded to whole tokens),
    or None when the range holds no token."""
    return doc.char_span(start, end, label=label, alignment_mode="expand")


def content_spans(doc: Doc) -> list[tuple[int, int]]:
    """Character ranges of the article's own prose: all but dateline and boilerplate.
    Repeated paragraphs stay in: the guidelines annotate every copy."""
    blocked = [(s.start_char, s.end_char) for s in doc.spans.get(BOILERPLATE, []) if s.label_ != "duplicate"]
    dateline = doc._.warta_dateline
    if dateline:
        blocked.append((dateline["start"], dateline["end"]))
    ranges, cursor = [], 0
    for start, end in sorted(blocked):
        if start > cursor:
            ranges.append((cursor, start))
        cursor = max(cursor, end)
    length = len(raw_text(doc))
    if cursor < length:
        ranges.append((cursor, length))
    return ranges


def in_content(doc: Doc, start: int, end: int) -> bool:
    """True when start..end lies inside the article's prose, not in boilerplate."""
    return any(s <= start and end <= e for s, e in content_spans(doc))
