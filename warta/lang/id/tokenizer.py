"""Warta's tokenizer rules on top of spaCy's Indonesian ones.

Scraped text loses spaces: `IsraelMemo`, `(6/11).Mengkritik`, `tersebut.“Kita`.
Splitting there (zero-width infixes) repairs the sentence boundary without
changing a character of the text, so every offset still points into the input."""

from __future__ import annotations

import re

from spacy.lang.id import Indonesian
from spacy.symbols import ORTH

from . import words

GLUE_INFIXES = (
    r"(?<=[a-z])(?=[A-Z][a-z])",           # IsraelMemo, kepadaTempo
    r"(?<=[a-z0-9\)])\.(?=[A-Z\"“])",      # (6/11).Mengkritik, tersebut.“Kita
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
MOJIBAKE_MARKS = (r"(?:‚Äú|‚Äù|'')",)  # before spaCy's own affixes (which take the `‚` alone); `''` a double mark
# A medical specialist's title after a name, `dr. Henry Suhendra, Sp.OT`, `Sp.PD-KGEH`, `Sp.A(K)`: one
# token, as a degree, where the glue rule above would split `Sp|.|OT` and leave `OT` to read as a name.
SPECIALIST_TITLE = re.compile(r"Sp\.[A-Z][A-Za-z]*(?:-[A-Z]+)*(?:\(K\))?")


class WartaIndonesianDefaults(Indonesian.Defaults):
    """spaCy's Indonesian defaults plus the glue rules and abbreviations.
    Set as class defaults so the tokenizer is built once: building it reads
    spaCy's ~15,000 Indonesian exceptions, which takes seconds."""

    prefixes = MOJIBAKE_MARKS + tuple(Indonesian.Defaults.prefixes) + QUOTE_AFFIXES
    suffixes = MOJIBAKE_MARKS + tuple(Indonesian.Defaults.suffixes) + QUOTE_AFFIXES
    infixes = tuple(Indonesian.Defaults.infixes) + GLUE_INFIXES
    token_match = SPECIALIST_TITLE.fullmatch
    tokenizer_exceptions = {**Indonesian.Defaults.tokenizer_exceptions,
                            **{abbreviation: [{ORTH: abbreviation}] for abbreviation in words("abbreviations")}}


class WartaIndonesian(Indonesian):
    Defaults = WartaIndonesianDefaults
