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
from spacy.tokens import Doc

from ..lang.id import words
from .extensions import BOILERPLATE, raw_text
from .quotes.tokens import token_base

TERMINAL = {".", "!", "?", "…", "...", "?!", "!?", ".\u201d"}
CLOSERS = {"”", "’", "\"", "'", ")", "]", "»"}
STRAIGHT_MARKS = {"\"", "'"}  # open or close: a closer only when glued to the sentence's last word


DEMONSTRATIVES = {"tersebut", "itu", "ini"}
OPENING_MARKS = "“\"‘'([«"


@cache
def _lexicon(name: str) -> frozenset[str]:
    return frozenset(words(name))


def _glued_sentence_start(texts: list[str], glued: list[bool], i: int) -> bool:
    """`IsraelMemo tersebut`: a capital glued to a lower-case word starts a sentence
    when it is a usual sentence opener or a noun pointed back to (`Memo tersebut`)."""
    if i == 0 or not glued[i - 1] or not texts[i - 1][-1:].islower() or not texts[i][:1].isupper():
        return False
    if texts[i - 1].lower() in _lexicon("headline_lowercase"):
        return False
    following = texts[i + 1].lower() if i + 1 < len(texts) else ""
    return texts[i] in _lexicon("sentence_openers") or following in DEMONSTRATIVES


def _closes(texts: list[str], glued: list[bool], i: int) -> bool:
    """Whether token i closes the sentence before it. A straight mark does only when glued to
    it and not to a word after: `kata dia. "Saya` and `waktu.""Jangan` open the next quote."""
    if texts[i] not in CLOSERS:
        return False
    if texts[i] not in STRAIGHT_MARKS:
        return True
    opens_word = glued[i] and i + 1 < len(texts) and texts[i + 1][:1].isalnum()
    return glued[i - 1] and not opens_word


def _opens_sentence(text: str) -> bool:
    first = text[:1]
    return first.isupper() or first.isdigit() or first in OPENING_MARKS


@Language.component("warta_sentences", assigns=["token.is_sent_start"])
def sentences(doc: Doc) -> Doc:
    if not len(doc):
        return doc
    starts = _sentence_starts(doc)
    flags = numpy.full((len(doc), 1), -1, dtype="int64")
    flags[sorted(starts), 0] = 1
    # from_array, not token.is_sent_start = ...: each setter re-scans the whole Doc
    return doc.from_array([SENT_START], flags.astype("uint64"))


def _hard_starts(doc: Doc, text: str, offsets: list[int]) -> set[int]:
    """Tokens where a dateline or boilerplate span starts or ends."""
    hard = {0}
    dateline = doc._.warta_dateline
    edges = [(s.start_char, s.end_char) for s in doc.spans.get(BOILERPLATE, [])]
    if dateline:
        edges.append((dateline["start"], dateline["end"]))
    by_char = {offset: i for i, offset in enumerate(offsets)}
    for start, end in edges:
        for char in (start, end):
            while char < len(text) and text[char].isspace():
                char += 1
            if char in by_char:
                hard.add(by_char[char])
    return hard


def _sentence_starts(doc: Doc) -> set[int]:
    # Plain lists read once (shared with the quote rules): a Token object per access dominates otherwise.
    base = token_base(doc)
    texts, offsets = base.texts, base.idx
    glued = [not space for space in base.spaces]
    hard = _hard_starts(doc, raw_text(doc), offsets)
    starts = set()
    ended = False  # the previous word ended a sentence, pending closers
    after_line = False  # the previous token is a space holding a line break
    for i, text in enumerate(texts):
        space = text.isspace()
        line_start, after_line = after_line, space and "\n" in text
        if ended and text == "," and i and glued[i - 1] and glued[i]:
            continue  # `sempurna.,Sofi`: paragraphs joined by a comma
        if line_start or i in hard:
            starts.add(i)
            ended = text in TERMINAL
        elif space or text == "¬†" or (ended and _closes(texts, glued, i)):  # `¬†`: a no-break space read as Mac Roman
            pass
        else:
            if (ended and _opens_sentence(text)) or (i and glued[i - 1] and _glued_sentence_start(texts, glued, i)):
                starts.add(i)
            ended = text in TERMINAL
    return starts
