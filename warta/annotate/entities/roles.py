"""Roles and titles around person names, and role phrases standing in for a person.

`Menteri Luar Negeri Amerika Serikat (AS) Antony Blinken`: the role runs from the
leftmost role word (`entity_roles.txt`) of the capitalised stretch before the name
to the name. `Antonio Guterres, Sekretaris Jenderal PBB,` gives a role after the
name. Honorifics (`H.`, `Dr.`) and degrees (`S.H.`, `M.Si`) belong to neither.
Role phrases compare by a normal form (`Menlu AS` = `Menteri Luar Negeri Amerika
Serikat`), expanding `entity_role_abbreviations.tsv` and dropping bracketed acronyms."""

from __future__ import annotations

import re
from functools import cache

from spacy.tokens import Doc, Token

from ...lang.id import HERE, words
from ...lang.id.tokenizer import SPECIALIST_TITLE
from ..view import TokenView, token_view

ROLE_JOINERS = {"(", ")", "-", "/", "&"}
APPOSITION_END = {",", ".", ";", ":", ")", "\n"}
DEFINITE = {"sang", "si"}


@cache
def role_words() -> frozenset[str]:
    return frozenset(w.lower() for w in words("entity_roles"))


@cache
def honorifics() -> frozenset[str]:
    return frozenset(words("entity_honorifics"))


@cache
def degrees() -> frozenset[str]:
    return frozenset(words("entity_degrees"))


def is_degree(text: str) -> bool:
    """`S.H.`, `M.Si`, `Sp.OT`: a degree or specialist title after a name, never part of it."""
    return text in degrees() or SPECIALIST_TITLE.fullmatch(text) is not None


@cache
def countries() -> frozenset[str]:
    """Lowercased country and world-place names: never the end of a person's name."""
    return frozenset(name.lower() for name in words("entity_countries"))


@cache
def country_epithets() -> frozenset[str]:
    return frozenset(w.lower() for w in words("entity_country_epithets"))


def country_suffix(doc: Doc, start: int, end: int, label: str) -> int | None:
    """Where the country that a tagged span really names starts: a person span
    ending in a country (`Zionis Israel` -> `Israel`), or any span that is only an
    epithet before a country (`Rezim Zionis Israel`)."""
    view = token_view(doc)
    for first in range(start, end):
        if view.span_text(first, end).lower() in countries():
            if label == "PER" or all(low in country_epithets() for low in view.lowers[start:first]):
                return first
            return None
    return None


def _tsv(name: str) -> dict[str, str]:
    rows = {}
    for line in (HERE / f"{name}.tsv").read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#") and "\t" in line:
            short, long = line.split("\t", 1)
            rows[short.strip().lower()] = long.strip()
    return rows


@cache
def role_abbreviations() -> dict[str, str]:
    return _tsv("entity_role_abbreviations")


@cache
def aliases() -> dict[str, str]:
    """Lowercased alias -> full name, from `entity_aliases.tsv`."""
    return _tsv("entity_aliases")


def normal_role(text: str) -> str:
    """`Menlu AS` and `Menteri Luar Negeri Amerika Serikat (AS)` -> one string."""
    text = re.sub(r"\([^)]*\)", " ", text)
    out = []
    tokens = text.lower().replace("-", " ").split()
    i = 0
    while i < len(tokens):
        pair = " ".join(tokens[i:i + 2])
        if i + 1 < len(tokens) and pair in role_abbreviations():
            out.append(role_abbreviations()[pair].lower())
            i += 2
            continue
        out.append(role_abbreviations().get(tokens[i], tokens[i]).lower())
        i += 1
    return " ".join(" ".join(out).split())


def is_role_word(token: Token) -> bool:
    return token.lower_ in role_words()


def _chain_token(view: TokenView, i: int) -> bool:
    text = view.texts[i]
    return (text[:1].isupper() or text in ROLE_JOINERS or text.lower() in role_words()
            or text in honorifics()) and not view.is_space[i]


def after_role_comma(doc: Doc, start: int) -> bool:
    """`Ketua majelis hakim, Ridwan Mappasessu`: a name set off by a comma right after a
    role word stands for the holder of that role, a person."""
    view = token_view(doc)
    return start >= 2 and view.texts[start - 1] == "," and view.lowers[start - 2] in role_words()


def role_before(doc: Doc, start: int, floor: int) -> tuple[int, int] | None:
    """Token range of the role written just before the name starting at `start`,
    looking no further left than `floor` (the end of the previous person)."""
    view = token_view(doc)
    texts, lowers, roles_ = view.texts, view.lowers, role_words()
    end = start
    while end > floor and texts[end - 1] in honorifics():
        end -= 1
    i, head = end, None
    while i > floor and _chain_token(view, i - 1):
        i -= 1
        if lowers[i] in roles_:
            head = i
    if head is None:
        return None
    if head > 0 and lowers[head - 1] in {"mantan", "eks", "wakil", "plt", "pj"}:
        head -= 1
    while end > head and texts[end - 1] in {"(", "-", "/", "&"}:
        end -= 1
    return (head, end) if end > head else None


def role_after(doc: Doc, end: int, ceiling: int) -> tuple[int, int] | None:
    """Token range of an apposition role: `Antonio Guterres, Sekretaris Jenderal PBB,`."""
    view = token_view(doc)
    texts, lowers, roles_ = view.texts, view.lowers, role_words()
    i = end
    while i < ceiling and (is_degree(texts[i]) or texts[i] == ","):
        if texts[i] == "," and i + 1 < ceiling and lowers[i + 1] in roles_:
            i += 1
            break
        i += 1
    else:
        return None
    if i >= ceiling or lowers[i] not in roles_ or not texts[i][:1].isupper():
        return None
    stop = i
    while stop < ceiling and texts[stop] not in APPOSITION_END and _chain_token(view, stop):
        stop += 1
    closed = stop == len(view) or texts[stop] in APPOSITION_END or view.is_space[stop]
    return (i, stop) if closed and stop > i else None  # unclosed: the title of the next name


# A noun of the form ke-...-an / pe-...-an (`Ketidakhadiran`, `Pemberantasan`) opening a sentence
# is capitalised but names no one: `Ketidakhadiran Maia ...` is about Maia.
ABSTRACT_NOUN = re.compile(r"(?:ke|pe[mn]?g?y?|per)[a-z]{4,}an$")


def trim_name(doc: Doc, start: int, end: int) -> tuple[int, int, tuple[int, int] | None]:
    """Strip honorifics, leading role words and trailing degrees from a person span;
    returns the name range and the role range found inside the span, if any."""
    view = token_view(doc)
    texts, lowers, roles_ = view.texts, view.lowers, role_words()
    role = None
    head = start
    while start < end and (lowers[start] in roles_ or texts[start] in honorifics()
                           or not texts[start][:1].isupper()  # `venereologi Frieda`
                           or end - start > 1 and doc[start].is_sent_start and ABSTRACT_NOUN.match(lowers[start])):
        start += 1
    if start > head and any(lowers[k] in roles_ for k in range(head, start)):
        first = next(k for k in range(head, start) if lowers[k] in roles_)
        last = start
        while last > first and texts[last - 1] in honorifics():
            last -= 1
        role = (first, last)
    while end > start and (is_degree(texts[end - 1]) or not texts[end - 1][:1].isupper()):
        end -= 1
    return start, end, role


def role_phrases(indices: list[int], texts: list[str]) -> list[tuple[int, int]]:
    """Candidate role-only mentions: `Menlu AS`, `Kapolri`, `sang menteri` (token ranges).
    `indices`: the tokens to look at, in order; `texts`: every token's text in the doc."""
    found = []
    i, n = 0, len(indices)
    roles_ = role_words()
    while i < n:
        low = texts[indices[i]].lower()
        if low in DEFINITE and i + 1 < n and texts[indices[i + 1]].lower() in roles_:
            found.append((indices[i], indices[i + 1] + 1))
            i += 2
            continue
        if low in roles_ and texts[indices[i]][:1].isupper():
            j = i + 1
            while j < n and indices[j] == indices[j - 1] + 1 and texts[indices[j]][:1].isupper():
                j += 1
            found.append((indices[i], indices[j - 1] + 1))
            i = j
            continue
        i += 1
    return found
