"""The `warta_figures` component: numbers that count or measure something, with
their qualifier (about, more-than, ...), unit, what they count and who gives them.

The shapes of figures are data (`lang/id/figures*.jsonl`, run by the same grammar
engine as dates); numbers are read by `numbers`. Dates win over figures (a year,
`3 tahun` in prison), and identifiers, ordinals and ratios are blocked in the
grammar. Sources come from the quote a figure sits in (`warta_quotes`), else from
the sentence (`sources`)."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, replace
from functools import cache

from spacy.lang.id.stop_words import STOP_WORDS
from spacy.language import Language
from spacy.tokens import Doc

from ..dates import doc_view
from ..grammar import Grammar, Hit, Ranges, Words
from ..component import Component
from ..extensions import DATES, FIGURES, set_span_fields
from ...lang.id import patterns
from .sources import SourceFinder
from ..numbers import (DIGITS, THOUSANDS_COMMA, as_json_number, lexicon as number_words, parse_number,
                       scale_pattern, uses_english_digits, vague_pattern, word_pattern)

TIME_WORDS = {"detik", "menit", "jam", "hari", "pekan", "minggu", "bulan", "tahun", "dekade", "abad", "windu",
              "pagi", "siang", "sore", "malam", "kali-kali"}
COUNT_WINDOW_WORDS = 4
YEAR_LIKE = re.compile(r"(?:19|20)\d{2}")


@dataclass(frozen=True)
class Figure:
    start: int
    end: int
    value: int | float
    qualifier: str
    unit: str | None
    counts: str | None = None
    source: str | None = None

    def fields(self) -> dict:
        return {"value": self.value, "qualifier": self.qualifier, "unit": self.unit, "counts": self.counts,
                "source": self.source}


@cache
def grammar() -> Grammar:
    words = number_words()
    return Grammar("figures_lexicon", "figures_macros", "figures",
                   builtins={"NUMWORD": word_pattern(), "DIGITS": DIGITS, "SCALE": scale_pattern(),
                             "VAGUE": vague_pattern()},
                   builtin_words={"NUMWORD": {w for w, (k, _) in words.items() if " " not in w and k != "vague"},
                                  "VAGUE": {w.split()[0] for w, (k, _) in words.items() if k == "vague"}})


def _noun_ok(word: str | None) -> bool:
    if word is None:
        return True
    word = _unglue(word)
    if word.startswith(("per", "se")) and word.removeprefix("per").removeprefix("se") in TIME_WORDS:
        return False  # `3.584 perhari`, `1 juta sehari`: a rate, not a counted noun
    if grammar().word("count-noun", word):  # `3.361 kasus`: a stop word to spaCy, counted in the news
        return True
    return word not in STOP_WORDS and word not in TIME_WORDS and word not in number_words() and len(word) >= 3


def _unglue(word: str) -> str:
    """`pulauyang` -> `pulau`: scraping drops the space before `yang`; `titiknya` ->
    `titik`: the unit is the noun without its possessive."""
    if word.endswith("yang") and len(word) > 8:
        return word[:-4]
    return word[:-3] if word.endswith("nya") and len(word) > 6 else word


def accept(hit: Hit) -> bool:
    """A counted noun must be a content word, not a function word or a unit of time."""
    if hit.rule.kind == "counted":
        number = hit.group("num") or ""
        if grammar().word("weak-number", number) or YEAR_LIKE.fullmatch(number):
            return False  # `salah satu pelaku`; `BSU 2025 menyasar`
    return _noun_ok(hit.group("noun"))


def _value(hit: Hit, num: str = "num", scale: str = "scale") -> int | float | None:
    if hit.group("vague"):
        value = parse_number(hit.group("vague"))
    elif hit.group("coll"):
        value = parse_number(hit.group("coll"))
    else:
        text = hit.group(num)
        if text is None:
            return None
        value = parse_number(" ".join(p for p in (text, hit.group(scale)) if p))
    return as_json_number(value) if value is not None else None


def _unit(hit: Hit, text: str) -> tuple[str | None, int]:
    """The unit and where the figure ends (a two-word counted noun extends it)."""
    g = grammar()
    end = hit.end
    if hit.group("cur"):
        unit = g.word("currency-before|currency-after", hit.group("cur"))
    elif hit.group("unit"):
        unit = g.word("unit", hit.group("unit"))
    elif hit.group("noun"):
        noun = _unglue(hit.group("noun"))
        end = hit.match.start("noun") + len(noun)
        follower = re.match(r"\s+([\w-]+)", text[end:end + 30])
        if follower and g.word("compound", f"{noun} {follower.group(1)}"):
            end += follower.end()
            noun = f"{noun} {follower.group(1)}"
        unit = noun
    else:
        unit = None
    if unit and hit.group("per"):
        per = hit.group("per")
        unit = f"{unit} per {g.word('currency-after', per) or g.word('unit', per) or per}"
    return unit, end


def _qualifier(hit: Hit) -> str:
    g = grammar()
    if hit.group("qual"):
        return g.word("qualifier", hit.group("qual")) or "exact"
    if hit.group("alt"):  # `tiga atau empat kali`: up to the larger
        return "up-to"
    if hit.group("qpost") or hit.group("vague"):
        return "more-than"
    if hit.group("an"):
        return "about"
    return "exact"


def _start(hit: Hit) -> int:
    """Where the figure starts: its qualifier, currency or number, whichever comes
    first (lead words such as `sebanyak` stay out)."""
    starts = [hit.span_of(name)[0] for name in ("qual", "alt", "cur", "num", "vague") if hit.group(name) is not None]
    if hit.group("coll") is not None:
        starts.append(hit.span_of("coll")[0] - 2)
    return min(starts) if starts else hit.start


def read_figures(hit: Hit, text: str, english_digits: bool = False) -> list[Figure]:
    """One match -> one figure, or two for a range (`Rp16.200-Rp16.300`) or a part of a whole.
    `english_digits`: the article writes numbers the English way, a comma between thousands."""
    fn = hit.rule.value["fn"]
    unit, end = _unit(hit, text)
    if fn in ("range", "pair"):
        low, high = parse_number(hit.group("num") or ""), parse_number(hit.group("num2") or "")
        lo_scale = "scale"
        if fn == "range" and not hit.group("scale") and low is not None and high is not None and low <= high:
            lo_scale = "scale2"  # `Rp70-80 juta`: the low end takes the high end's scale
        lo, hi = _value(hit, "num", lo_scale), _value(hit, "num2", "scale2")
        if lo is None or hi is None:
            return []
        quals = ("at-least", "up-to") if fn == "range" else ("exact", "exact")
        glued = fn == "range" and hit.match.group("hi")[:1].isdigit()  # `sekitar Rp 25-27 juta`: one phrase
        lo_start = hit.span_of("qual")[0] if glued and hit.group("qual") else hit.match.start("lo")
        return [Figure(lo_start, hit.match.end("lo"), lo, quals[0], unit),
                Figure(hit.match.start("hi"), end if fn == "pair" else hit.match.end("hi"), hi, quals[1], unit)]
    value = _value(hit)
    if value is None:
        return []
    if english_digits and THOUSANDS_COMMA.fullmatch(hit.group("num") or ""):  # `101,353 poin` in such an article
        value = as_json_number(parse_number(" ".join(p for p in (hit.group("num").replace(",", ""), hit.group("scale")) if p)))
    return [Figure(_start(hit), end, value, _qualifier(hit), unit)]


def counted_thing(text: str, figure: Figure, sentence: tuple[int, int]) -> str | None:
    """What a figure counts: an outcome said right after it (`orang tewas`), else a
    measured thing named right before it (`denda Rp 500 juta`), else a counted noun."""
    g = grammar()
    after = text[figure.end:sentence[1]].split(None, COUNT_WINDOW_WORDS)[:COUNT_WINDOW_WORDS]
    for width in (2, 1):
        for i in range(len(after) - width + 1):
            words = " ".join(after[i:i + width]).strip(",.;:”\")")
            if g.word("outcome", words):
                return words
    before = text[sentence[0]:figure.start].rsplit(None, 3)[-3:]
    for word in reversed(before):
        if g.word("measured", word.strip(",.;:(").lower()):
            return word.strip(",.;:(").lower()
    unit = figure.unit
    if unit and not g.word("unit", unit) and not g.word("currency-after", unit.split(" per ")[0]):
        return unit
    return None


def find_figures(text: str, content: list[tuple[int, int]] | None = None,
                 taken: list[tuple[int, int]] = (), words: Words | None = None) -> list[Figure]:
    """Figures of `text` inside `content`, not overlapping `taken` (the dates)."""
    found = []
    taken = sorted(taken)
    prose, dates = Ranges(content) if content is not None else None, Ranges(taken)
    english = uses_english_digits(text)
    for hit in grammar().matches(text, accept, taken, words):
        if prose is not None and not prose.covers(hit.start, hit.end):
            continue
        if dates.overlaps(hit.start, hit.end):
            continue
        found.extend(read_figures(hit, text, english))
    return carry_currency(found, text)


SCALED = re.compile(r"(?i)\b(?:ribu|juta|miliar|milyar|triliun)\b")
CURRENCY_REACH = 2000  # how far back the article's last amount of money may stand


@cache
def currencies() -> frozenset[str]:
    """The units the lexicon reads as money (`rupiah`, `dolar AS`, ...)."""
    return frozenset(row["value"] for row in patterns("figures_lexicon") if row["kind"].startswith("currency"))


def carry_currency(figures: list[Figure], text: str) -> list[Figure]:
    """An amount left without its currency (`omzetnya 300 ribu`, `Jadi 2,4 juta ini`) is in
    the currency of the last amount of money before it: news drops `Rp` on repetition."""
    out, money = [], None
    for figure in sorted(figures, key=lambda f: f.start):
        if figure.unit in currencies():
            money = figure
        elif figure.unit is None and money is not None and figure.start - money.end <= CURRENCY_REACH and \
                SCALED.search(text, figure.start, figure.end):
            figure = replace(figure, unit=money.unit)
        out.append(figure)
    return out


@Language.factory("warta_figures", assigns=["doc.spans"], requires=["token.is_sent_start"], default_config={})
def make_figures(nlp: Language, name: str) -> "FigureTagger":
    return FigureTagger(name)


class FigureTagger(Component):
    """Figures of the prose, after dates (which they must not overlap) and quotes (their sources)."""

    def __init__(self, name: str = "warta_figures"):
        self.name = name
        grammar()
        self.sources = SourceFinder()

    def predict(self, doc: Doc) -> list[Figure]:
        view = doc_view(doc)
        text, sentences = view.text, view.sentences
        taken = [(s.start_char, s.end_char) for s in doc.spans.get(DATES, []) if s.label_ != "SET"]  # `Rp2 juta permalam`
        figures = find_figures(text, view.content, taken, view.words)
        if not figures:
            return []
        sources = self.sources.for_doc(doc, text, sentences)
        starts = [start for start, _ in sentences]
        out = []
        for figure in figures:
            sentence = sentences[max(0, bisect.bisect_right(starts, figure.start) - 1)]
            out.append(Figure(figure.start, figure.end, figure.value, figure.qualifier, figure.unit,
                              counted_thing(text, figure, sentence), sources.source(figure.start, figure.end)))
        return out

    def set_annotations(self, doc: Doc, figures: list[Figure]) -> None:
        spans = []
        index = doc_view(doc).tokens
        for figure in figures:
            span = index.span(doc, figure.start, figure.end, "FIGURE")
            if span is not None:
                set_span_fields(span, figure.fields())
                spans.append(span)
        doc.spans[FIGURES] = spans
