"""Plain-Python tokens for the quote rules.

Every `Token.text` / `Token.lower_` access on a spaCy token builds a new string from
the vocabulary, and the quote rules read each token's text many times. `doc_tokens`
reads the Doc once (`Doc.to_array`, one string lookup per token) into `Tok` objects
that hold the same attributes the rules use (`text`, `lower_`, `idx`, `i`,
`whitespace_`, `is_punct`, `is_space`, `is_alpha`, `is_lower`, `is_title`,
`like_num`, `is_sent_start`, `is_sent_end`). A `Tok` holds no reference back to
its list: a cycle per token would leave every article's tokens to the garbage
collector."""

from __future__ import annotations

import weakref
from operator import add, itemgetter

from spacy.attrs import IDX, IS_ALPHA, IS_LOWER, IS_PUNCT, IS_SPACE, IS_TITLE, LIKE_NUM, LOWER, ORTH, SENT_START, SPACY
from spacy.tokens import Doc

_BASE_ATTRS = [ORTH, IDX, SPACY]
_TYPE_ATTRS = [LOWER, IS_PUNCT, IS_SPACE, IS_ALPHA, IS_LOWER, IS_TITLE, LIKE_NUM]  # the order of `_FLAGS`
_FLAGS = ("is_punct", "is_space", "is_alpha", "is_lower", "is_title", "like_num")

# orth hash -> (text, lower, *flags) of a word type: `StringStore` decodes on every
# lookup, and reading flags through `Doc.to_array` costs per token, not per word type
_WORD_TYPES: dict[int, tuple] = {}
_FIELDS = ("text", "lower_", *_FLAGS, "idx", "i", "whitespace_", "is_sent_start", "is_sent_end")  # word type first
_SPACES = ("", " ")
_SENT_STARTS = {1: True, 0: None, -1: False}  # SENT_START: start, unset, not a start


class Tok(tuple):
    """One token's attributes (a tuple, built in C; read through properties)."""

    __slots__ = ()
    __eq__ = object.__eq__  # identity, as for spaCy tokens of one Doc
    __ne__ = object.__ne__
    __hash__ = object.__hash__

    def __repr__(self) -> str:
        return self[0]

    def __len__(self) -> int:
        return len(self[0])


for _k, _name in enumerate(_FIELDS):
    setattr(Tok, _name, property(itemgetter(_k)))


class TokenBase:
    """What does not change once a Doc is tokenized, read once for every component that
    reads tokens (`warta_sentences`, `warta_quotes`): each token's word type (text, lower
    case, flags), character offset and trailing space. Holds no reference to the Doc (it
    is the value of a weak dictionary keyed by it)."""

    __slots__ = ("types", "idx", "spaces", "_ends", "__weakref__")

    def __init__(self, types: list[tuple], idx: list[int], spaces: list[str]):
        self.types, self.idx, self.spaces = types, idx, spaces
        self._ends: list[int] | None = None

    @property
    def texts(self) -> list[str]:
        return list(map(itemgetter(0), self.types))

    @property
    def ends(self) -> list[int]:
        """Where each token ends (a shared list: do not change it)."""
        if self._ends is None:
            self._ends = list(map(add, self.idx, map(len, self.texts)))
        return self._ends


_BASES: "weakref.WeakKeyDictionary[Doc, TokenBase]" = weakref.WeakKeyDictionary()


def token_base(doc: Doc) -> TokenBase:
    """The Doc's `TokenBase`, read on first use and kept while the Doc lives."""
    base = _BASES.get(doc)
    if base is not None and len(base.idx) == len(doc):
        return base
    if not len(doc):
        return TokenBase([], [], [])
    array = doc.to_array(_BASE_ATTRS)
    hashes = array[:, 0].tolist()
    cache = _WORD_TYPES
    types = list(map(cache.get, hashes))
    if None in types:  # word types first seen: their lower case and flags from one more array read
        if len(cache) > 500_000:
            cache.clear()
        rows = doc.to_array(_TYPE_ATTRS).tolist()
        strings = doc.vocab.strings
        for k, h in enumerate(hashes):
            if types[k] is None:
                found = cache.get(h)  # seen earlier in this Doc
                if found is None:
                    lower, *flags = rows[k]
                    found = cache[h] = (strings[h], strings[lower], *map(bool, flags))
                types[k] = found
    base = _BASES[doc] = TokenBase(types, array[:, 1].tolist(), list(map(_SPACES.__getitem__, array[:, 2].tolist())))
    return base


def doc_tokens(doc: Doc) -> list[Tok]:
    """The Doc's tokens as `Tok`s: its `token_base` and sentence starts."""
    n = len(doc)
    if not n:
        return []
    base = token_base(doc)
    starts = list(map(_SENT_STARTS.__getitem__, doc.to_array(SENT_START).astype("int64").tolist()))  # -1 is stored unsigned
    starts[0] = True
    ends = starts[1:] + [True]
    out: list[Tok] = []
    out.extend(map(Tok, map(add, base.types, zip(base.idx, range(n), base.spaces, starts, ends))))
    return out


class Sent:
    """A sentence as token and character offsets (what the rules read off `Doc.sents`
    spans, without building a spaCy token for every offset)."""

    __slots__ = ("start", "end", "start_char", "end_char")

    def __init__(self, start: int, end: int, start_char: int, end_char: int):
        self.start, self.end, self.start_char, self.end_char = start, end, start_char, end_char


def sentences(tokens: list[Tok]) -> list[Sent]:
    """The sentences of the token list, as `Doc.sents` splits them (at `is_sent_start`)."""
    bounds = [t.i for t in tokens if t.is_sent_start is True]
    if not tokens:
        return []
    if not bounds or bounds[0] != 0:
        bounds.insert(0, 0)
    bounds.append(len(tokens))
    out = []
    for a, b in zip(bounds, bounds[1:]):
        last = tokens[b - 1]
        out.append(Sent(a, b, tokens[a].idx, last.idx + len(last.text)))
    return out


MAX_WORD_TYPES = 500_000  # per cache of `by_word_type`; cleared past it, so a long ingest stays flat


def by_word_type(cache: dict, texts: list[str], tokens: list, decide) -> list:
    """`decide(token)` for every token, computed once per word type (the token's text) and
    kept in `cache` across articles: what a rule asks of a word follows from its text."""
    values = list(map(cache.get, texts))
    if None in values:
        if len(cache) > MAX_WORD_TYPES:
            cache.clear()
        for k, value in enumerate(values):
            if value is None:
                values[k] = cache[texts[k]] = decide(tokens[k])
    return values
