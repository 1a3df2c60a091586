"""The grammar of a reported clause: whether the words after a cue are a clause (a subject,
then a predicate) or an object noun phrase. Word classes are data in `lang/id/cues_clause.jsonl`."""

from __future__ import annotations

from spacy.tokens import Token

from ...lang.id import patterns

CLASSES = {row["class"]: row["words"] for row in patterns("cues_clause")}
PREDICATES, NOT_VERBS = set(CLASSES["predicate"]), set(CLASSES["not_verbs"])
GOVERNORS = frozenset(CLASSES["governors"])  # `gagal memastikan lolos`: an aim or result, not speech
NOT_SUBJECTS = set(CLASSES["not_subjects"])
VERB_PREFIXES = tuple(CLASSES["verb_prefixes"])
CLAUSE_BREAKS = {",", ".", ";", ":"} | set(CLASSES["breaks"])
ADVERBIAL_LEADS = frozenset(CLASSES["adverbial_leads"])  # `mengatakan pada hari Selasa (17/6) bahwa C`


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


def comma_segments(tokens: list[Token]) -> list[list[Token]]:
    """Tokens split at commas (the commas dropped, empty segments too)."""
    segments: list[list[Token]] = [[]]
    for t in tokens:
        if t.text == ",":
            segments.append([])
        else:
            segments[-1].append(t)
    return [seg for seg in segments if seg]
