"""Source phrases: a reported clause whose cue is an adverbial, not a verb of its own.

Read from `lang/id/cues_sources.jsonl`, by class:
`relay` (`Dilansir Reuters, C`), `basis` (`Berdasarkan pengumuman X, C`), `document`
(`Dalam laporannya, C`), `as_said` (`Seperti yang disampaikan X, C`): the phrase opens the
sentence, ends at a comma, and C (with no cue of its own) is the quote; `pointed_back`
(`C. Hal itu diungkapkan X.`): the sentence before is X's words."""

from __future__ import annotations

import re

from spacy.tokens import Token

from ...lang.id import patterns
from .clause import DATE_SEGMENT
from .indirect import (CONNECTIVES, FIRST_WORDS as CUE_FIRST_WORDS, FRONT_LEAD, NAME_CONTINUES as CONNECTORS,
                       QUOTE_CHARS, VERBS, Clause, trailing_attribution, cue_at, find_clauses, span_chars, word_count)

ROWS = {row["class"]: row for row in patterns("cues_sources")}
# fronted intros (as lower-case word tuples) -> class; longest first
INTROS = sorted(((tuple(i.split()), row["class"]) for row in ROWS.values() for i in row.get("intro", ())),
                key=lambda item: -len(item[0]))
# a sentence holding none of these words has no clause to read
FIRST_WORDS = CUE_FIRST_WORDS | {intro[0] for intro, _ in INTROS} | set(ROWS["nominal"]["nouns"]) | {
    n + "nya" for n in ROWS["nominal"]["nouns"]}
PASSIVE_CUES = {f for f in VERBS if f.startswith("di") and " " not in f}
MAX_PHRASE = 20  # tokens from the intro to its comma
# `Dilansir Reuters, Kamis (19/6/2025), C`: a date segment between the source and the clause
_POINTED = ROWS["pointed_back"]
POINTED_BACK = re.compile(
    rf"\W*(?:{'|'.join(_POINTED['subjects'])})\s+(?:{'|'.join(_POINTED['determiners'])})\s+(?:pun\s+|juga\s+)?"
    rf"(?P<cue>{'|'.join(sorted(PASSIVE_CUES, key=len, reverse=True))})\s+(?:langsung\s+)?(?:oleh\s+)?(?P<np>[^.]+)",
    re.I)
# the first words of a fronted adverbial or connective (`Sedangkan,`, `Pada laga itu,`)
ADVERBIAL_STARTS = FRONT_LEAD | CONNECTIVES | set(_POINTED["adverbials"])
# a dateline the cleaner left in: capitalised words (an outlet, a place, `(ANTARA)`) then a dash
DATELINE = re.compile(r"[\['\" ]*(?:[A-Z][\w.]*,?\s*|\([A-Z]+\)\s*){1,5}[-–—]\s*")


def _nouns_match(tokens: list[Token], nouns: list[str]) -> bool:
    """The phrase starts with one of `nouns` (`laporannya` counts as `laporan`)."""
    lows = [t.lower_ for t in tokens]
    for noun in nouns:
        words = noun.split()
        head = lows[:len(words)]
        if head[:-1] == words[:-1] and head and (head[-1] == words[-1] or head[-1] == words[-1] + "nya"):
            return True
    return False


def source_clause(tokens: list[Token], inside_quote) -> Clause | None:
    """The clause a fronted source phrase introduces, or None."""
    tokens = [t for t in tokens if not t.is_space]
    i = 0
    while i < len(tokens) and (tokens[i].is_punct or tokens[i].lower_ in FRONT_LEAD) and tokens[i].text not in QUOTE_CHARS:
        i += 1
    if i >= len(tokens) or inside_quote(tokens[i].idx):
        return None
    lows = tuple(t.lower_ for t in tokens[i:i + 3])
    match = next(((intro, cls) for intro, cls in INTROS if lows[:len(intro)] == intro), None)
    if match is None:
        return None
    intro, cls = match
    j = i + len(intro)
    row = ROWS[cls]
    if cls == "as_said":
        if j >= len(tokens) or tokens[j].lower_ not in PASSIVE_CUES:
            return None
        j += 1
    comma = next((k for k in range(j, min(j + MAX_PHRASE, len(tokens))) if tokens[k].text in {",", "—", "–"}), None)
    if comma is None or comma == j:
        return None
    phrase = tokens[j:comma]
    if "nouns" in row and not _nouns_match(phrase, row["nouns"]):
        return None
    if cls == "relay" and not any(t.text[:1].isupper() for t in phrase):
        return None  # `Dilansir dari ,,`: the source was lost in scraping
    rest = tokens[comma + 1:]
    while rest:  # skip date segments and appositions: `Dilansir Reuters, Kamis (19/6/2025), C`,
        # `Seperti yang disampaikan Menkes X dan mantan direktur WHO, Prof Y, C`
        nxt = next((k for k, t in enumerate(rest[:14]) if t.text == ","), None)
        segment = rest[:nxt] if nxt else []
        if not segment or not (DATE_SEGMENT.search(" ".join(t.text for t in segment))
                               or all(t.is_title or t.is_punct for t in segment)):
            break
        phrase, rest = phrase + rest[:nxt + 1], rest[nxt + 1:]
    if word_count(rest) < 4 or any(t.text in QUOTE_CHARS for t in rest) or rest[0].is_title:
        return None  # too short, quoting, or a named subject acting (`Dalam pernyataan lain, Blinken membahas`)
    if any(cue_at(rest, k) for k in range(len(rest))):
        return None  # `Dilansir CNBC, Elliptic menyebut C`: the clause's own cue reads it
    span = span_chars(rest)
    if span is None:
        return None
    pronoun = phrase[-1].lower_.endswith("nya") and len(phrase) == 1
    document = cls == "document" and not pronoun  # the document is read off the phrase
    np = None if document or pronoun else span_chars(phrase)
    return Clause(span[0], span[1], tokens[i].idx, tokens[j - 1].idx + len(tokens[j - 1].text),
                  np[0] if np else None, np[1] if np else None, "after", pronoun)


_NOMINAL = ROWS["nominal"]
NOMINAL_NOUNS = frozenset(_NOMINAL["nouns"]) | {n + "nya" for n in _NOMINAL["nouns"]}
NOMINAL_SOURCES = frozenset(_NOMINAL["sources"])
MAX_NOMINAL_SOURCE = 12  # tokens of the source between the noun and `bahwa`


def nominal_clauses(tokens: list[Token], inside_quote) -> list[Clause]:
    """`pernyataan X bahwa C`, `jaminan dari X bahwa C`: a noun of saying, its named source
    (a capitalised name, or a noun phrase after `dari`/`oleh`), then `bahwa` and the clause."""
    tokens = [t for t in tokens if not t.is_space]
    found = []
    for i, token in enumerate(tokens):
        if token.lower_ not in NOMINAL_NOUNS:  # inside a direct quote too: a named source's words, nested
            continue
        j = i + 1
        introduced = j < len(tokens) and tokens[j].lower_ in NOMINAL_SOURCES
        j += introduced
        end = next((k for k in range(j, min(j + MAX_NOMINAL_SOURCE + 1, len(tokens))) if tokens[k].lower_ == "bahwa"), None)
        if end is None:
            continue
        source = tokens[j:end]
        while source and source[-1].text == ",":
            source = source[:-1]
        if not source or any(t.text in QUOTE_CHARS or t.text in {".", ";", ":"} or t.lower_ == "yang" for t in source):
            continue
        if not introduced and not (source[0].is_title or source[0].text.isupper()) or \
                any(t.is_lower and t.lower_ not in CONNECTORS and not introduced for t in source) or \
                any(cue_at(source, k) for k in range(len(source))):
            continue  # `kabar hoaks bahwa`, `laporan yang belum terkonfirmasi menyebutkan bahwa`: no one's words named
        rest = tokens[end + 1:]
        cut = trailing_attribution(rest)
        rest = rest[:cut] if cut is not None else rest
        if word_count(rest) < 3 or rest[0].text in QUOTE_CHARS:
            continue
        span, np = span_chars(rest), span_chars(source)
        if span and np:
            found.append(Clause(span[0], span[1], token.idx, token.idx + len(token.text), np[0], np[1], "after"))
    return found


def clauses(tokens: list[Token], inside_quote) -> list[Clause]:
    """The sentence part's clauses: those of its cue verbs and nouns of saying, else the one
    of a source phrase."""
    found = find_clauses(tokens, inside_quote)
    starts = {c.start for c in found}
    found += [c for c in nominal_clauses(tokens, inside_quote) if c.start not in starts]
    if not found:
        source = source_clause(tokens, inside_quote)
        found = [source] if source else []
    return found


def pointed_back(text: str, previous: tuple[int, int], start: int, end: int) -> Clause | None:
    """`C. Hal itu diungkapkan X ...` (the sentence at start..end): C, the sentence at
    `previous`, as X's words."""
    m = POINTED_BACK.match(text, start, end)
    if not m:
        return None
    a, b = previous
    while b > a and text[b - 1] in " \t\n.,;:!?":
        b -= 1
    while a < b and text[a] in " \t\n,'\"[":
        a += 1
    dateline = DATELINE.match(text, a, b)  # `Jakarta (ANTARA) - C`, `['JAKARTA, KOMPAS.com - C`
    if dateline:
        a = dateline.end()
    while True:  # `Sedangkan, pada balapan pekan ini, C`: fronted adverbials are the article's
        comma = text.find(",", a, b)
        lead = text[a:comma].split() if comma > 0 else []
        if not lead or len(lead) > 10 or lead[0].lower() not in ADVERBIAL_STARTS or len(text[comma + 1:b].split()) < 4:
            break
        a = comma + 1
        while a < b and text[a] == " ":
            a += 1
    if "\n\n" in text[b:start] or len(text[a:b].split()) < 4 or any(c in text[a:b] for c in QUOTE_CHARS):
        return None  # another paragraph, too short, or a quote of its own
    return Clause(a, b, m.start("cue"), m.end("cue"), m.start("np"), m.end("np"), "after")
