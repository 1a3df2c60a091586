"""The `warta_sentences` component: Indonesian sentence boundaries on scraped text.

Rules, not a model: a sentence ends at . ! ? (or …) when the next word starts a
sentence (capital, digit, opening quote or bracket); closing quotes and brackets
stay with the sentence they close, so `“Apa?” tanya dia.` is one sentence.
Abbreviations (`Jend.`, `Tbk.`, `dkk.`) are single tokens (see lang/id/tokenizer.py),
so their full stops never end a sentence. Line breaks, the dateline and every
boilerplate span are hard boundaries."""

from __future__ import annotations

from functools import cache

import numpy
from spacy.attrs import SENT_START
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
    starts = _sentence_starts(doc)
    flags = numpy.array([[1 if i in starts else -1] for i in range(len(doc))], dtype="int64").astype("uint64")
    # from_array, not token.is_sent_start = ...: each setter re-scans the whole Doc
    return doc.from_array([SENT_START], flags) if len(doc) else doc


def _hard_starts(doc: Doc) -> set[int]:
    """Tokens where a dateline or boilerplate span starts or ends."""
    hard = {0}
    dateline = doc._.warta_dateline
    edges = [(s.start_char, s.end_char) for s in doc.spans.get(BOILERPLATE, [])]
    if dateline:
        edges.append((dateline["start"], dateline["end"]))
    by_char = {t.idx: t.i for t in doc}
    text = doc.text  # `Doc.text` re-joins every token: read it once
    for start, end in edges:
        for char in (start, end):
            while char < len(text) and text[char].isspace():
                char += 1
            if char in by_char:
                hard.add(by_char[char])
    return hard


def _sentence_starts(doc: Doc) -> set[int]:
    hard = _hard_starts(doc)
    starts = set()
    ended = False  # the previous word ended a sentence, pending closers
    previous = None
    for token in doc:
        if token.i in hard or (previous is not None and previous.is_space and "\n" in previous.text):
            starts.add(token.i)
            ended = token.text in TERMINAL
        elif token.is_space or (ended and token.text in CLOSERS):
            pass
        else:
            if (ended and _opens_sentence(token)) or _glued_sentence_start(token):
                starts.add(token.i)
            ended = token.text in TERMINAL
        previous = token
    return starts
