"""The `warta_sentences` component: Indonesian sentence boundaries on scraped text.

Rules, not a model: a sentence ends at . ! ? (or …) when the next word starts a
sentence (capital, digit, opening quote or bracket); closing quotes and brackets
stay with the sentence they close, so `“Apa?” tanya dia.` is one sentence.
Abbreviations (`Jend.`, `Tbk.`, `dkk.`) are single tokens (see lang/id/tokenizer.py),
so their full stops never end a sentence. Line breaks, the dateline and every
boilerplate span are hard boundaries."""

from __future__ import annotations

from functools import cache

from spacy.language import Language
from spacy.tokens import Doc, Token

from ..lang.id import words
from .extensions import BOILERPLATE

TERMINAL = {".", "!", "?", "…", "...", "?!", "!?", ".\u201d"}
CLOSERS = {"”", "’", "\"", "'", ")", "]", "»"}


DEMONSTRATIVES = {"tersebut", "itu", "ini"}


def _glued_sentence_start(token: Token) -> bool:
    """`IsraelMemo tersebut`: a capital glued to a lower-case word starts a sentence
    when it is a usual sentence opener or a noun pointed back to (`Memo tersebut`)."""
    doc = token.doc
    if token.i == 0 or doc[token.i - 1].whitespace_ or not doc[token.i - 1].text[-1:].islower():
        return False
    if not token.text[:1].isupper() or doc[token.i - 1].lower_ in _lexicon("headline_lowercase"):
        return False
    following = doc[token.i + 1].lower_ if token.i + 1 < len(doc) else ""
    return token.text in _lexicon("sentence_openers") or following in DEMONSTRATIVES


@cache
def _lexicon(name: str) -> frozenset[str]:
    return frozenset(words(name))


def _opens_sentence(token: Token) -> bool:
    first = token.text[:1]
    return first.isupper() or first.isdigit() or first in "“\"‘'([«"


@Language.component("warta_sentences", assigns=["token.is_sent_start"])
def sentences(doc: Doc) -> Doc:
    hard = {0}
    dateline = doc._.warta_dateline
    edges = [(s.start_char, s.end_char) for s in doc.spans.get(BOILERPLATE, [])]
    if dateline:
        edges.append((dateline["start"], dateline["end"]))
    by_char = {t.idx: t.i for t in doc}
    for start, end in edges:
        for char in (start, end):
            while char < len(doc.text) and doc.text[char].isspace():
                char += 1
            if char in by_char:
                hard.add(by_char[char])
    ended = False  # the previous word ended a sentence, pending closers
    for token in doc:
        if token.i in hard or (token.i and doc[token.i - 1].is_space and "\n" in doc[token.i - 1].text):
            token.is_sent_start = True
            ended = token.text in TERMINAL
            continue
        if token.is_space:
            token.is_sent_start = False
            continue
        if ended and token.text in CLOSERS:
            token.is_sent_start = False
            continue
        token.is_sent_start = (ended and _opens_sentence(token)) or _glued_sentence_start(token)
        ended = token.text in TERMINAL
    return doc
