"""Warta's tokenizer rules on top of spaCy's Indonesian ones.

Scraped text loses spaces: `IsraelMemo`, `(6/11).Mengkritik`, `tersebut.“Kita`.
Splitting there (zero-width infixes) repairs the sentence boundary without
changing a character of the text, so every offset still points into the input."""

from __future__ import annotations

import re

from spacy.lang.id import Indonesian
from spacy.symbols import ORTH
from spacy.tokenizer import Tokenizer
from spacy.util import compile_infix_regex, compile_prefix_regex, compile_suffix_regex

from . import words

GLUE_INFIXES = (
    r"(?<=[a-z])(?=[A-Z][a-z])",           # IsraelMemo, kepadaTempo
    r"(?<=[a-z0-9\)])\.(?=[A-Z\"“])",      # (6/11).Mengkritik, tersebut.“Kita
    r"(?<=[A-Z]{2})\.(?=[A-Z][a-z]{3,})",  # Kongres AS.Antonov: an acronym ends the sentence (not a degree, SAC.Dip.)
    r"(?<=[a-z0-9\.,!?“”\"])[“”\"](?=[A-Za-z])",  # hukuman.”Memo, sipil,”ujar, waktu.""Jangan
    r"(?<=[.,!?;:])[\"”’](?=\S)",           # diri."[IT/r]: a quote after punctuation closes
    r"(?<=\d)\)(?=[.,])",                  # (6/11).
    r"(?<=[0-9])[–—](?=[0-9])",            # 7.191–7.234: a dash between numbers joins two of them
    r"(?<=[.!?,;:])(?=[(\[])",              # tulis AHY.(rea/rrd), diri."[IT/r]
    r"(?<=[)\]])(?=[A-Za-z])",              # (rea/rrd)infrastruktur
    r"[“”‘’«»]",                            # curly quotes never belong to a word
    r"(?<=[.!?\"”’)]),(?=[^\s,])",           # sempurna.,Sofi: paragraphs joined by a comma (CLICK-ID)
    r"(?<=\w)\.(?=,[^\s\d,])",               # eSIM.,Sekadar: the full stop before such a comma
    r"(?<=[.,!?])''(?=\w)",                 # istana.,''Kalau: two apostrophes opening a quote
    r"(?:¬†|‚Äú|‚Äù)",                       # lengkap.¬†Pemain, ‚ÄúKami: a no-break space and curly marks read as Mac Roman
    r"(?<=[a-z0-9\)])\.(?=¬†)",             # lengkap.¬†
    r"(?<=¬†)[“\"](?=\w)",                   # ¬†"Pemain
)
QUOTE_AFFIXES = (r"[“”‘’«»\"]",)
# A dateline's dash glued to the sentence after it, `Teheran -Militer Israel`: the dash opens no word.
DATELINE_DASH = (r"[-–—](?=[A-Z][a-z])",)
MOJIBAKE_MARKS = (r"(?:‚Äú|‚Äù|'')",)  # before spaCy's own affixes (which take the `‚` alone); `''` a double mark
# A medical specialist's title after a name, `dr. Henry Suhendra, Sp.OT`, `Sp.PD-KGEH`, `Sp.A(K)`: one
# token, as a degree, where the glue rule above would split `Sp|.|OT` and leave `OT` to read as a name.
SPECIALIST_TITLE = re.compile(r"Sp\.[A-Z][A-Za-z]*(?:-[A-Z]+)*(?:\(K\))?")


class WartaIndonesianDefaults(Indonesian.Defaults):
    """spaCy's Indonesian defaults plus the glue rules and abbreviations.
    Set as class defaults so the tokenizer is built once: building it reads
    spaCy's ~15,000 Indonesian exceptions, which takes seconds."""

    prefixes = MOJIBAKE_MARKS + tuple(Indonesian.Defaults.prefixes) + QUOTE_AFFIXES + DATELINE_DASH
    suffixes = MOJIBAKE_MARKS + tuple(Indonesian.Defaults.suffixes) + QUOTE_AFFIXES
    infixes = tuple(Indonesian.Defaults.infixes) + GLUE_INFIXES
    token_match = SPECIALIST_TITLE.fullmatch
    tokenizer_exceptions = {**Indonesian.Defaults.tokenizer_exceptions,
                            **{abbreviation: [{ORTH: abbreviation}] for abbreviation in words("abbreviations")}}


class PrefixSearch:
    """The tokenizer's `prefix_search`: the match `compile_prefix_regex(prefixes).search`
    finds, found in a third of the time.

    spaCy anchors each prefix with `^`, but a prefix holding a top-level `|` (spaCy's
    own `<(b|...)\\s?/>|<a([^>]+)>`) leaves its later branches unanchored, so every
    search walks all ~200 alternatives at every character of the word. Here the whole
    pattern is tried at the first character only, then just the prefixes holding a
    `|` further on: the same leftmost match (`^` matches nowhere else), on every word.
    `pattern` is the whole pattern, for spaCy's serialisation."""

    def __init__(self, prefixes: tuple[str, ...]):
        whole = compile_prefix_regex(prefixes)
        self.pattern = whole.pattern
        self._first = whole.match
        branching = [prefix for prefix in prefixes if "|" in prefix]
        self._later = compile_prefix_regex(branching).search if branching else None

    def search(self, text: str):
        match = self._first(text)
        if match is None and self._later is not None and text:
            match = self._later(text, 1)
        return match


CACHED_CHUNKS = 100_000  # spaCy's default, 10,000, is full after a few hundred articles
_CHUNKS = re.compile(r"\S+")


class CachingTokenizer(Tokenizer):
    """spaCy's tokenizer, with its cache of split words actually filled.

    spaCy caches how it split each whitespace-separated chunk (`Jakarta,` -> `Jakarta` `,`),
    but once a tokenizer exception (`Jend.`, any of ~16,000) has been used in a text it
    caches nothing more for the rest of that text: the flag is kept per text, not per
    chunk. Nearly every article uses one early, so nearly every word was split anew
    with the prefix, suffix and infix patterns, every time it was seen. Here a chunk
    seen for the second time is first tokenized on its own, which caches it when it holds no
    exception (a chunk is split the same alone as inside a text); the text itself then
    reads its chunks from the cache. The tokens are the same; only the work differs."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._seen: set[str] = set()  # chunks seen once (half of a corpus's are never seen again)
        self._tried: set[str] = set()  # chunks tokenized alone

    def __call__(self, text: str):
        tried = self._tried
        if len(tried) < self.max_cache_size:
            seen = self._seen
            for chunk in set(_CHUNKS.findall(text)).difference(tried):
                if chunk in seen:  # the second time a chunk is seen: cache it from then on
                    tried.add(chunk)
                    super().__call__(chunk)
                else:
                    seen.add(chunk)
            if len(seen) > 4 * self.max_cache_size:
                seen.clear()
        return super().__call__(text)


def create_tokenizer(nlp: Indonesian) -> Tokenizer:
    """spaCy's tokenizer factory (`spacy.Tokenizer.v1`) with the faster `PrefixSearch`
    and a cache that works (`CachingTokenizer`)."""
    defaults = nlp.Defaults
    return CachingTokenizer(nlp.vocab, rules=defaults.tokenizer_exceptions,
                            prefix_search=PrefixSearch(tuple(defaults.prefixes)).search,
                            suffix_search=compile_suffix_regex(defaults.suffixes).search,
                            infix_finditer=compile_infix_regex(defaults.infixes).finditer,
                            token_match=defaults.token_match, url_match=defaults.url_match,
                            max_cache_size=CACHED_CHUNKS)


class WartaIndonesian(Indonesian):
    Defaults = WartaIndonesianDefaults

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("create_tokenizer", create_tokenizer)
        super().__init__(*args, **kwargs)
