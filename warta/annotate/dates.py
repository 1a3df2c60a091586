"""The `warta_dates` component: every temporal expression of the article's prose,
typed (DATE, TIME, DURATION, SET) and normalised to a TIMEX3 value against the
publication date.

The Indonesian grammar of dates is data (`lang/id/dates*.jsonl`, run by
`dates_grammar`); values come from `dates_values`. `dateparser` is not used: it
reads `5,6` as a date and normalises under half of IndoTimex's values, while every
form it would add is a row here."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from functools import cache

from spacy.language import Language
from spacy.pipeline import Pipe
from spacy.tokens import Doc

from .dates_grammar import Grammar
from .dates_values import DEFERRED, Context, resolve
from .extensions import DATES, char_span, content_spans
from .numbers import word_pattern


@dataclass(frozen=True)
class TimeExpression:
    start: int
    end: int
    type: str
    value: str | None
    kind: str  # the grammar rule that found it


@cache
def grammar() -> Grammar:
    return Grammar("dates_lexicon", "dates_macros", "dates", builtins={"NUMWORD": word_pattern()})


def parse_published(published: str | date | None) -> date | None:
    if isinstance(published, date) or published is None:
        return published
    try:
        return date.fromisoformat(published[:10])
    except ValueError:
        return None


def find_dates(text: str, published: str | date | None = None, sentence_starts: list[int] | None = None,
               content: list[tuple[int, int]] | None = None) -> list[TimeExpression]:
    """Temporal expressions of `text` (inside `content` ranges, when given), in text order.
    Without sentence bounds each line is a sentence."""
    if sentence_starts is None:
        sentence_starts = [0] + [i + 1 for i, ch in enumerate(text) if ch == "\n"]
    hits = grammar().matches(text)
    if content is not None:
        hits = [h for h in hits if any(s <= h.start and h.end <= e for s, e in content)]
    ctx = Context(grammar(), text, parse_published(published), sentence_starts)
    resolved = {}
    for deferred in (False, True):
        for hit in hits:
            if ((hit.rule.value or {}).get("fn") in DEFERRED) == deferred:
                resolved[hit.start] = resolve(hit, ctx)
    return [TimeExpression(h.start, h.end, *resolved[h.start], h.rule.kind) for h in hits]


@Language.factory("warta_dates", assigns=["doc.spans"], requires=["token.is_sent_start"], default_config={})
def make_dates(nlp: Language, name: str) -> "DateTagger":
    return DateTagger(name)


class DateTagger(Pipe):
    """Runs the date grammar over the article's prose (no dateline, no boilerplate)."""

    def __init__(self, name: str = "warta_dates"):
        self.name = name
        grammar()  # compile once, at load time

    def __call__(self, doc: Doc) -> Doc:
        error_handler = self.get_error_handler()
        try:
            self.set_annotations(doc, self.predict(doc))
        except Exception as e:  # noqa: BLE001 - handed to spaCy's error handler
            error_handler(self.name, self, [doc], e)
        return doc

    def predict(self, doc: Doc) -> list[TimeExpression]:
        published = (doc._.warta_article or {}).get("published")
        starts = [s.start_char for s in doc.sents] if doc.has_annotation("SENT_START") else None
        return find_dates(doc.text, published, starts, content_spans(doc))

    def set_annotations(self, doc: Doc, found: list[TimeExpression]) -> None:
        spans = []
        for expression in found:
            span = char_span(doc, expression.start, expression.end, expression.type)
            if span is not None:
                span._.warta = {"type": expression.type, "value": expression.value}
                spans.append(span)
        doc.spans[DATES] = spans
