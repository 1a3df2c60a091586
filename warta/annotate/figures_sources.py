"""Who gives a figure: the speaker of the quote it sits in (from `warta_quotes`), else
a source the sentence names (`menurut X`, `X melaporkan bahwa`, `kata X`,
`berdasarkan data X`), patterns in `lang/id/figures_sources.jsonl`. A pronoun
(`kata dia`, `menurutnya`) takes the last source named before. Names are mapped to
the entity's full name when `warta_entities` ran."""

from __future__ import annotations

import bisect
import re
from functools import cache

from spacy.tokens import Doc

from ..lang.id import patterns, words
from .extensions import MENTIONS, QUOTES

NAME = (r"(?-i:(?:[A-Z][\w.'’-]*|[a-z]+[A-Z][\w-]*)"
        r"(?:\s+(?:[A-Z][\w.'’-]*|[a-z]+[A-Z][\w-]*|(?:dan|bin|binti|van|de|al)(?=\s+[A-Z])))*)")
CONNECTORS = {"dan", "bin", "binti", "van", "de", "al"}


@cache
def source_patterns() -> tuple[tuple[str, re.Pattern], ...]:
    return tuple((row["kind"], re.compile(row["pattern"].replace("{NAME}", NAME)))
                 for row in patterns("figures_sources"))


@cache
def titles() -> tuple[str, ...]:
    return tuple(sorted(words("figures_source_titles"), key=len, reverse=True))


def clean_name(name: str) -> str | None:
    """Trailing punctuation and connectors off; leading titles off when a personal name remains."""
    parts = name.strip(" ,.;:").split()
    while parts and parts[-1] in CONNECTORS:
        parts.pop()
    text = " ".join(parts)
    stripped = True
    while stripped:
        stripped = False
        for title in titles():
            if text.startswith(title + " "):
                rest = text[len(title) + 1:]
                if any(ch.islower() for ch in rest):  # a personal name, not `Jaksa KPK`
                    text, stripped = rest, True
                break
    return text or None


def sentence_source(text: str) -> tuple[str, str | None] | None:
    """(kind, name) of the first pattern that finds a source in one sentence; the
    name is None for a pronoun."""
    for kind, regex in source_patterns():
        match = regex.search(text)
        if match:
            name = match.groupdict().get("source")
            if kind == "pronoun":
                return kind, None
            cleaned = clean_name(name) if name else None
            if cleaned:
                return kind, cleaned
    return None


class DocSources:
    """Sources for the figures of one Doc."""

    def __init__(self, doc: Doc, sentences: list[tuple[int, int]]):
        self.quotes = [(s.start_char, s.end_char, ((s._.warta or {}).get("speaker") or {}).get("name"))
                       for s in doc.spans.get(QUOTES, [])]
        self.quotes = [q for q in self.quotes if q[2]]
        self.sentences = sentences
        self.starts = [s for s, _ in sentences]
        self.entities = _entity_names(doc)
        self.named: list[str | None] = []
        last = None
        for start, end in sentences:
            found = sentence_source(doc.text[start:end])
            if found is None:
                self.named.append(None)
                continue
            kind, name = found
            name = self.entities.get(name, name) if name else last
            last = name or last
            self.named.append(name)

    def source(self, start: int, end: int) -> str | None:
        inside = [q for q in self.quotes if q[0] <= start and end <= q[1]]
        if inside:
            return min(inside, key=lambda q: q[1] - q[0])[2]
        index = bisect.bisect_right(self.starts, start) - 1
        return self.named[index] if 0 <= index < len(self.named) else None


def _entity_names(doc: Doc) -> dict[str, str]:
    """Mention text -> the entity's full name (`Mualem` -> `Muzakir Manaf`), when entities ran."""
    entities = {e["id"]: e["name"] for e in (doc._.warta_entities or []) if e.get("id") and e.get("name")}
    names = {}
    for span in doc.spans.get(MENTIONS, []):
        entity = entities.get((span._.warta or {}).get("entity"))
        if entity:
            names[span.text] = entity
    return names


class SourceFinder:
    def __init__(self):
        source_patterns()
        titles()

    def for_doc(self, doc: Doc, sentences: list[tuple[int, int]]) -> DocSources:
        return DocSources(doc, sentences)
