"""Indonesian numbers: reading `10.000`, `1,4 juta`, `dua puluh lima`, `ratusan ribu`
and writing numbers back in Indonesian format. Shared by dates and figures.

Indonesian writes a dot between thousands and a comma before decimals, so `7.120`
is seven thousand and `5,6` is five point six; a dot followed by two digits is
not a number at all here (`13.45` is a clock time). The number words and scales
live in `lang/id/numbers.jsonl`."""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation
from functools import cache

from ..lang.id import patterns

# Digits as Indonesian writes them: `1.016,3`, `600.000`, `27`, `0,5`. Not part of a
# longer token (`SV-5726`, `A320`, `18/25`) and not the head of a clock time (`13.45`).
DIGITS = r"(?:\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?)(?![\w/]|[.,]\d)"
STANDALONE_DIGITS = r"(?<![\w.,/+-])" + DIGITS
THOUSANDS_COMMA = re.compile(r"[1-9]\d{0,2}(?:,\d{3})+")
# what only an article writing numbers the English way holds: `1,234,567`, `1,234.5`, `3.5 persen`
DIGIT_RUN = re.compile(r"\d+")
ENGLISH_DIGITS = re.compile(r"(?<![\d.,])(?:\d{1,3}(?:,\d{3}){2,}|\d{1,3},\d{3}\.\d+|\d+\.\d{1,2}\s*(?:persen|%|poin))(?![\d.,]\d)")


@cache
def lexicon() -> dict[str, tuple[str, Decimal]]:
    """Number word -> (kind, value), from `numbers.jsonl`."""
    return {row["word"]: (row["kind"], Decimal(str(row["value"]))) for row in patterns("numbers")}


def _alternation(kinds: set[str]) -> str:
    found = sorted((w for w, (k, _) in lexicon().items() if k in kinds and " " not in w), key=len, reverse=True)
    return "|".join(re.escape(w) for w in found)


@cache
def word_pattern() -> str:
    """Regex for a composed number word (`dua puluh lima ribu`, `setengah`), any case
    on the first letter. Multipliers and scales never start one."""
    first = _alternation({"unit", "se", "se-scale", "fraction"})
    rest = _alternation({"unit", "se", "se-scale", "fraction", "multiplier", "scale"})
    return rf"\b(?i:{first})(?:\s+(?i:{rest}))*\b"


@cache
def first_words() -> frozenset[str]:
    """The words a composed number word (`word_pattern`) can start with: where a
    grammar rule reading one may start."""
    kinds = {"unit", "se", "se-scale", "fraction"}
    return frozenset(w for w, (k, _) in lexicon().items() if k in kinds and " " not in w)


@cache
def scale_pattern() -> str:
    """Regex for a scale word after a number (`juta`, `miliar`, `rb`); the caller
    closes it (`jutaan` is a scale plus the approximate suffix)."""
    return rf"(?i:{_alternation({'scale'})})"


@cache
def vague_pattern() -> str:
    """Regex for a vague number (`puluhan`, `ratusan ribu`), longest first."""
    found = sorted((w for w, (k, _) in lexicon().items() if k == "vague"), key=len, reverse=True)
    return r"\b(?i:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in found) + r")\b"


def uses_english_digits(text: str) -> bool:
    """Whether an article writes a comma between thousands (some outlets' sport and market
    pages): it then also writes a number Indonesian cannot (`1,234,567`, `3.5 persen`)."""
    # every match opens a run of digits (`(?<![\d.,])\d`): tried there only, not at every character
    return any(ENGLISH_DIGITS.match(text, run.start()) for run in DIGIT_RUN.finditer(text))


def parse_digits(text: str) -> Decimal | None:
    """`1.016,3` -> 1016.3; `806, 2` (a stray space after the comma) -> 806.2."""
    cleaned = re.sub(r"\s+", "", text).replace(".", "").replace(",", ".")
    try:
        return Decimal(cleaned)
    except InvalidOperation:
        return None


def parse_words(text: str) -> Decimal | None:
    """`dua puluh lima` -> 25, `seratus dua ribu` -> 102000, `satu setengah` -> 1.5.
    None when a word is not a number word."""
    words = lexicon()
    total, group, last = Decimal(0), Decimal(0), Decimal(0)
    seen = False
    for word in text.lower().split():
        if word not in words:
            return None
        kind, value = words[word]
        seen = True
        if kind in ("unit", "se"):
            group += value
            last = value
        elif kind == "fraction":
            group += value
            last = Decimal(0)
        elif kind == "multiplier":
            base = last if last else Decimal(1)
            group += base * value - base if word != "belas" else value
            last = Decimal(0)
        elif kind in ("scale", "se-scale"):
            total += (group if group else Decimal(1)) * value
            group, last = Decimal(0), Decimal(0)
        else:
            return None
    return total + group if seen else None


def parse_vague(text: str) -> Decimal | None:
    """`ratusan ribu` -> 100000 (the base value the guidelines give vague numbers)."""
    entry = lexicon().get(" ".join(text.lower().split()))
    return entry[1] if entry and entry[0] == "vague" else None


def parse_number(text: str) -> Decimal | None:
    """A number in any of the forms above, with an optional scale word after it:
    `1,4 juta`, `Rp`-less `2,5 triliun`, `dua ribu`, `puluhan`."""
    text = " ".join(text.split())
    if not text:
        return None
    vague = parse_vague(text)
    if vague is not None:
        return vague
    match = re.fullmatch(rf"({DIGITS}|\d+,\s?\d+)\s*((?:{scale_pattern()}\b\s*)*)", text)
    if match:
        value = parse_digits(match.group(1))
        for scale in match.group(2).split():
            value *= lexicon()[scale.lower()][1]
        return value
    return parse_words(text)


def as_json_number(value: Decimal) -> int | float:
    """An int when whole (10000, not 10000.0), else a float."""
    return int(value) if value == value.to_integral_value() else float(value)


def format_number(value: int | float | Decimal, decimals: int | None = None) -> str:
    """Indonesian format: 10000 -> `10.000`, 1.4 -> `1,4`, 1016.3 -> `1.016,3`."""
    number = Decimal(str(value))
    sign = "-" if number < 0 else ""
    number = abs(number)
    text = format(number, "f") if decimals is None else format(round(number, decimals), "f")
    whole, _, fraction = text.partition(".")
    fraction = fraction.rstrip("0") if decimals is None else fraction
    grouped = f"{int(whole):,}".replace(",", ".")
    return f"{sign}{grouped},{fraction}" if fraction else f"{sign}{grouped}"
