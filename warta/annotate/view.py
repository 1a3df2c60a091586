"""One per-Doc view of its tokens, read once and shared by the components.

`Token.text`, `Token.lower_` and `doc[i]` build a new Python object on every access,
and `Doc.to_array` copies every token's attributes on every call: a component that
reads tokens one by one pays more for that than for its own rules. `token_view(doc)`
reads the Doc once (one `to_array`, one string lookup per word type, not per token)
into plain lists and one array, kept while the Doc lives and shared by whoever asks.

The view holds no reference to its Doc: it is the value of a weak dictionary keyed
by that Doc, and a value referring to its key would keep every Doc alive."""

from __future__ import annotations

import weakref

import numpy as np
from spacy.attrs import IDX, IS_SPACE, LENGTH, ORTH, SPACY
from spacy.tokens import Doc

from .extensions import raw_text

# orth hash -> (text, lower) of a word type (`StringStore` decodes a string on every lookup)
_WORD_TYPES: dict[int, tuple[str, str]] = {}
_MAX_WORD_TYPES = 500_000
_VIEWS: "weakref.WeakKeyDictionary[Doc, TokenView]" = weakref.WeakKeyDictionary()

ATTRS = (ORTH, IDX, LENGTH, SPACY, IS_SPACE)  # the columns of `TokenView.array` (no SENT_START: set later)


class TokenView:
    """A Doc's tokens as plain Python values: `texts`, `lowers` (`Token.lower_`),
    `idx` (first character), `ends` (`idx` + length), `spaces` (a space follows),
    `is_space`, and `array` (int64, one row a token, the columns of `ATTRS`; ORTH, a hash,
    read as signed). Sentence starts are not kept: `warta_sentences` sets them after
    the view may have been made. `text` is the article text. `words` is the set of
    token texts, made when first asked for."""

    __slots__ = ("n", "text", "array", "texts", "lowers", "idx", "ends", "spaces", "is_space", "_words", "__weakref__")

    def __init__(self, doc: Doc):
        self.n = n = len(doc)
        self.text = raw_text(doc)
        self._words = None
        if not n:
            self.array = np.zeros((0, len(ATTRS)), dtype=np.int64)
            self.texts, self.lowers, self.idx, self.ends, self.spaces, self.is_space = [], [], [], [], [], []
            return
        raw = doc.to_array(list(ATTRS))  # uint64: the hashes as they are
        hashes = raw[:, 0].tolist()
        self.array = array = raw.astype(np.int64)
        cache = _WORD_TYPES
        types = list(map(cache.get, hashes))
        if None in types:
            if len(cache) > _MAX_WORD_TYPES:
                cache.clear()
            vocab = doc.vocab
            for k, h in enumerate(hashes):
                if types[k] is None:
                    lexeme = vocab[h]
                    types[k] = cache[h] = (lexeme.orth_, lexeme.lower_)
        self.texts, self.lowers = (list(column) for column in zip(*types))
        self.idx = array[:, 1].tolist()
        self.ends = (array[:, 1] + array[:, 2]).tolist()
        self.spaces = array[:, 3].astype(bool).tolist()
        self.is_space = array[:, 4].astype(bool).tolist()

    def __len__(self) -> int:
        return self.n

    @property
    def words(self) -> frozenset[str]:
        if self._words is None:
            self._words = frozenset(self.texts)
        return self._words

    def span_text(self, start: int, end: int) -> str:
        """`doc[start:end].text`, sliced from the article text."""
        return self.text[self.idx[start]:self.ends[end - 1]] if end > start else ""


def token_view(doc: Doc) -> TokenView:
    """The Doc's token view, made on first use and shared until the Doc is dropped."""
    view = _VIEWS.get(doc)
    if view is None or view.n != len(doc):
        view = _VIEWS[doc] = TokenView(doc)
    return view
