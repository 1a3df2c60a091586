"""The `warta_dates` component: every temporal expression of the article's prose,
typed (DATE, TIME, DURATION, SET) and normalised to a TIMEX3 value against the
publication date.

The Indonesian grammar of dates is data (`lang/id/dates*.jsonl`, run by
`annotate/grammar.py`); values come from `values`. `dateparser` is not used: it
reads `5,6` as a date and normalises under half of IndoTimex's values, while every
form it would add is a row here."""

from __future__ import annotations

import bisect
import weakref
from dataclasses import dataclass
from datetime import date
from functools import cache

from spacy.attrs import IDX, LENGTH, SENT_START
from spacy.language import Language
from spacy.tokens import Doc, Span

from ..grammar import Grammar, Words
from .values import DEFERRED, Context, resolve
from ..component import Component
from ..extensions import DATES, content_spans, raw_text, set_span_fields
from ..numbers import first_words, word_pattern


@dataclass(frozen=True)
class TimeExpression:
    start: int
    end: int
    type: str
    value: str | None
    kind: str  # the grammar rule that found it


@cache
def grammar() -> Grammar:
    return Grammar("dates_lexicon", "dates_macros", "dates", builtins={"NUMWORD": word_pattern()},
                   builtin_words={"NUMWORD": first_words()})


def parse_published(published: str | date | None) -> date | None:
    if isinstance(published, date) or published is None:
        return published
    try:
        return date.fromisoformat(published[:10])
    except ValueError:
        return None


def find_dates(text: str, published: str | date | None = None, sentence_starts: list[int] | None = None,
               content: list[tuple[int, int]] | None = None, words: Words | None = None) -> list[TimeExpression]:
    """Temporal expressions of `text` (inside `content` ranges, when given), in text order.
    Without sentence bounds each line is a sentence."""
    if sentence_starts is None:
        sentence_starts = [0] + [i + 1 for i, ch in enumerate(text) if ch == "\n"]
    hits = grammar().matches(text, words=words)
    if content is not None:
        hits = [h for h in hits if any(s <= h.start and h.end <= e for s, e in content)]
    ctx = Context(grammar(), text, parse_published(published), sentence_starts)
    resolved = {}
    for deferred in (False, True):
        for hit in hits:
            if ((hit.rule.value or {}).get("fn") in DEFERRED) == deferred:
                resolved[hit.start] = resolve(hit, ctx)
    return [TimeExpression(h.start, h.end, *resolved[h.start], h.rule.kind) for h in hits]


class TokenIndex:
    """Token offsets and sentence bounds, read from one token array (iterating
    `doc.sents` or tokens builds a Python object per token, and `doc.char_span` joins
    `doc.text` per call: each costs more than the grammar). It holds no reference to
    the Doc: it is the value of a weak dictionary keyed by that Doc, and a value that
    refers to its key keeps the Doc (and every article before it) alive."""

    def __init__(self, doc: Doc, length: int):
        array = doc.to_array([IDX, LENGTH, SENT_START]).astype("int64") if len(doc) else None
        self.starts = array[:, 0].tolist() if array is not None else []
        self.ends = (array[:, 0] + array[:, 1]).tolist() if array is not None else []
        if array is None or not doc.has_annotation("SENT_START"):
            sentence_starts = [0]
        else:
            sentence_starts = array[array[:, 2] == 1, 0].tolist()
            if not sentence_starts or sentence_starts[0] != 0:
                sentence_starts.insert(0, 0)
        self.sentences = list(zip(sentence_starts, sentence_starts[1:] + [length]))

    def span(self, doc: Doc, start: int, end: int, label: str) -> Span | None:
        """The token span covering characters start..end, expanded to whole tokens
        like `extensions.char_span`."""
        first = bisect.bisect_right(self.starts, start) - 1
        if first < 0 or self.ends[first] <= start:
            first += 1
        last = bisect.bisect_left(self.starts, end)
        return Span(doc, first, last, label=label) if first < last else None


@dataclass
class DocView:
    """What dates and figures both read off a Doc, worked out once per Doc: its text
    (`doc.text` joins every token anew), prose ranges, sentence bounds, token offsets."""

    text: str
    content: list[tuple[int, int]]
    sentences: list[tuple[int, int]]
    tokens: TokenIndex
    words: Words


_VIEWS: "weakref.WeakKeyDictionary[Doc, DocView]" = weakref.WeakKeyDictionary()


def doc_view(doc: Doc) -> DocView:
    """The Doc's view, shared by `warta_dates` and `warta_figures` (kept while the Doc lives)."""
    view = _VIEWS.get(doc)
    if view is None or len(view.tokens.starts) != len(doc):
        text = raw_text(doc)
        tokens = TokenIndex(doc, len(text))
        view = DocView(text, content_spans(doc), tokens.sentences, tokens, Words(text))
        _VIEWS[doc] = view
    return view


@Language.factory("warta_dates", assigns=["doc.spans"], requires=["token.is_sent_start"], default_config={})
def make_dates(nlp: Language, name: str) -> "DateTagger":
    return DateTagger(name)


class DateTagger(Component):
    """Runs the date grammar over the article's prose (no dateline, no boilerplate)."""

    def __init__(self, name: str = "warta_dates"):
        self.name = name
        grammar()  # compile once, at load time

    def predict(self, doc: Doc) -> list[TimeExpression]:
        published = (doc._.warta_article or {}).get("published")
        view = doc_view(doc)
        return find_dates(view.text, published, [start for start, _ in view.sentences], view.content, view.words)

    def set_annotations(self, doc: Doc, found: list[TimeExpression]) -> None:
        spans = []
        index = doc_view(doc).tokens
        for expression in found:
            span = index.span(doc, expression.start, expression.end, expression.type)
            if span is not None:
                set_span_fields(span, {"type": expression.type, "value": expression.value})
                spans.append(span)
        doc.spans[DATES] = spans
