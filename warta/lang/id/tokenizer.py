"""Warta's tokenizer rules on top of spaCy's Indonesian ones.

Scraped text loses spaces: `IsraelMemo`, `(6/11).Mengkritik`, `tersebut.“Kita`.
Splitting there (zero-width infixes) repairs the sentence boundary without
changing a character of the text, so every offset still points into the input."""

from __future__ import annotations

from spacy.language import Language
from spacy.symbols import ORTH
from spacy.util import compile_infix_regex, compile_prefix_regex, compile_suffix_regex

from . import words

GLUE_INFIXES = (
    r"(?<=[a-z])(?=[A-Z][a-z])",           # IsraelMemo, kepadaTempo
    r"(?<=[a-z0-9\)])\.(?=[A-Z\"“])",      # (6/11).Mengkritik, tersebut.“Kita
    r"(?<=[a-z0-9\.,!?])[“”\"](?=[A-Za-z])",  # hukuman.”Memo, sipil,”ujar
    r"(?<=[.,!?;:])[\"”’](?=\S)",           # diri."[IT/r]: a quote after punctuation closes
    r"(?<=\d)\)(?=[.,])",                  # (6/11).
    r"(?<=[.!?,;:])(?=[(\[])",              # tulis AHY.(rea/rrd), diri."[IT/r]
    r"(?<=[)\]])(?=[A-Za-z])",              # (rea/rrd)infrastruktur
    r"[“”‘’«»]",                            # curly quotes never belong to a word
)
QUOTE_AFFIXES = (r"[“”‘’«»\"]",)


def customize(nlp: Language) -> None:
    """Add the glue rules and the abbreviation exceptions to `nlp.tokenizer`."""
    defaults = nlp.Defaults
    nlp.tokenizer.infix_finditer = compile_infix_regex(tuple(defaults.infixes) + GLUE_INFIXES).finditer
    nlp.tokenizer.prefix_search = compile_prefix_regex(tuple(defaults.prefixes) + QUOTE_AFFIXES).search
    nlp.tokenizer.suffix_search = compile_suffix_regex(tuple(defaults.suffixes) + QUOTE_AFFIXES).search
    for abbreviation in words("abbreviations"):
        nlp.tokenizer.add_special_case(abbreviation, [{ORTH: abbreviation}])
