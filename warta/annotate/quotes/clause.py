"""The grammar of a reported clause: whether the words after a cue are a clause (a subject,
then a predicate) or an object noun phrase. Word classes are data in `lang/id/cues_clause.jsonl`."""

from __future__ import annotations

import re

from spacy.tokens import Token

from ...lang.id import patterns

CLASSES = {row["class"]: row["words"] for row in patterns("cues_clause")}
PREDICATES, NOT_VERBS = set(CLASSES["predicate"]), set(CLASSES["not_verbs"])
GOVERNORS = frozenset(CLASSES["governors"])  # `gagal memastikan lolos`: an aim or result, not speech
NOT_SUBJECTS = set(CLASSES["not_subjects"])
VERB_PREFIXES = tuple(CLASSES["verb_prefixes"])
CLAUSE_BREAKS = {",", ".", ";", ":"} | set(CLASSES["breaks"])
ADVERBIAL_LEADS = frozenset(CLASSES["adverbial_leads"])  # `mengatakan pada hari Selasa (17/6) bahwa C`
# `Dilansir Reuters, Kamis (19/6/2025), C`, `mengatakan di Jakarta, Senin (6/11), C`: a date segment
DATE_SEGMENT = re.compile(r"\d|^(?:senin|selasa|rabu|kamis|jumat|jum'at|sabtu|minggu)\b", re.I)
ADVERBIAL_NOT_AFTER = {"dan", "serta", "atau", "tetapi", "namun", "yang"}  # the sentence goes on, no clause starts
MAX_ADVERBIAL = 12  # tokens of an adverbial between a cue and its comma


def has_predicate(rest: list[Token]) -> bool:
    """Whether the words after a cue read as a clause (`pejabat pemerintah terobsesi ...`,
    `makanan ini dapat membantu ...`, `ada dua investor ...`): an auxiliary or stative predicate
    (first when the subject is left out), or a prefixed verb after a subject, before the first
    comma, relative `yang` or preposition; `berbagai masalah terkait layanan` is an object."""
    for k, t in enumerate(rest):
        low = t.lower_
        if t.text in CLAUSE_BREAKS or low in CLAUSE_BREAKS:
            return False
        if low in PREDICATES and (k or t.is_lower):  # first: a clause with no subject (`ada dua investor ...`)
            return True
        if k and t.is_lower and len(low) > 5 and low.startswith(VERB_PREFIXES) and low not in NOT_VERBS:
            return True
    return False


def after_adverbial(tokens: list[Token], j: int) -> int | None:
    """Where the reported clause starts when an adverbial and its comma stand between the cue
    and it (`mengatakan kepada wartawan di Jakarta, Senin (6/11), C`): after the comma and any
    date segment, when what follows is a clause; else None (`mengatakan di sela acara, Senin`)."""
    if j >= len(tokens) or tokens[j].lower_ not in ADVERBIAL_LEADS:
        return None
    comma = next((k for k in range(j + 1, min(j + MAX_ADVERBIAL, len(tokens))) if tokens[k].text in {",", ".", "“", "”", "\""}), None)
    if comma is None or tokens[comma].text != "," or any(t.lower_ == "yang" for t in tokens[j:comma]):
        return None  # `mengumumkan secara resmi struktur yang berlapis, dan C`: an object, not an adverbial
    k = comma + 1
    while True:  # `, Senin (6/11),`
        nxt = next((m for m in range(k, min(k + 7, len(tokens))) if tokens[m].text == ","), None)
        if nxt is None or not DATE_SEGMENT.search(" ".join(t.text for t in tokens[k:nxt])):
            break
        k = nxt + 1
    rest = tokens[k:]
    words = sum(1 for t in rest if t.is_alpha or t.like_num)
    if words < 3 or rest[0].text in {"“", "\""} or rest[0].lower_ in ADVERBIAL_NOT_AFTER:
        return None
    return k if has_predicate(rest) else None


def comma_segments(tokens: list[Token]) -> list[list[Token]]:
    """Tokens split at commas (the commas dropped, empty segments too)."""
    segments: list[list[Token]] = [[]]
    for t in tokens:
        if t.text == ",":
            segments.append([])
        else:
            segments[-1].append(t)
    return [seg for seg in segments if seg]
