"""Mark page furniture (read-also links, ads, embeds, promos, credits, captions,
repeated paragraphs) as spans on the raw text. Nothing is deleted."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from ..lang.id import patterns, words
from .dateline import Dateline
from .layout import markup, paragraph_view

MIN_DUPLICATE_CHARS = 60  # shorter repeated lines ("Pertamina", list items) are content


@dataclass(frozen=True)
class Mark:
    start: int
    end: int
    kind: str

    def as_dict(self) -> dict:
        return {"start": self.start, "end": self.end, "kind": self.kind}


@cache
def _compiled() -> tuple[tuple[re.Pattern, str, str, tuple[str, ...]], ...]:
    """Each pattern with the lower-case words one of which it `needs` in the text: a
    substring test is far cheaper than a regex scan, and most patterns never apply."""
    return tuple((re.compile(p["pattern"], re.MULTILINE), p["kind"], p.get("extent", "match"), tuple(p.get("needs", ())))
                 for p in patterns("boilerplate"))


# after a digit only a capitalised word is glued on (`2019Hasil`), not a unit (`5G`)
HEADLINE_GLUE = re.compile(r"(?<=[a-z?!)’'])(?=[A-Z“\"])|(?<=[0-9])(?=[A-Z][a-z]{2}|[“\"])")
INITIALS = re.compile(r"\((?:[a-z]{2,5}/)+[a-z]{2,5}\)")


def _headlines_end(text: str, start: int) -> int:
    """Where a run of related headlines after 'Baca juga' ends: at the first glued
    piece that reads as body prose, a quote, or a line break (Republika glues Title
    Case headlines into the paragraph), and, where scraping collapsed the line
    breaks, where the body sentence after the headline starts."""
    line_end = text.find("\n", start)
    line_end = len(text) if line_end < 0 else line_end
    if gap := LOST_BREAK.search(text, start, line_end):  # a paragraph break collapsed into spaces
        line_end = gap.start()
    glued = [_past_name(text, start + m.start()) for m in HEADLINE_GLUE.finditer(text[start:line_end])]
    cuts = [start] + [cut for cut in glued if cut is not None and cut < line_end] + [line_end]
    end = line_end
    for cut, next_cut in zip(cuts, cuts[1:]):
        if cut > start and _reads_as_prose(text[cut:next_cut]):
            end = cut
            break
    if end == line_end and _whole_line_headline(text[start:end]):
        return end
    return _spaced_headline_end(text, start, end)


def _whole_line_headline(line: str) -> bool:
    """A short line after 'Baca juga:' with no sentence in it and no final full stop is
    all headline, whatever its lower-case words (`Apakah Materi Gelap adalah Sisa ...?`)."""
    line = line.rstrip()
    return (len(line) <= 200 and not line.endswith(".") and not SENTENCE_END.search(line)
            and not INITIALS.search(line))


SENTENCE_END = re.compile(r"[.!?][\"”’]?\s+[A-Z“\"]")
LOST_BREAK = re.compile(r"(?<=\S)[^\S\n]{3,}(?=\S)")


WORD = re.compile(r"[“\"]|[^\s“\"]+")


def _spaced_headline_end(text: str, start: int, end: int) -> int:
    """In a headline followed by body text on the same line: a Title Case headline
    ends before the capitalised word that opens the first lower-case run of prose;
    a sentence-case one at a quote mark or a word that opens sentences (`Ia`,
    `Namun`); failing both, at the end of its first sentence."""
    words = [(m.start() + start, m.group()) for m in WORD.finditer(text[start:end])]
    openers = _sentence_openers()
    prose = [i for i, (_, w) in enumerate(words) if _prose_word(w)]
    title_case = not prose or prose[0] >= min(3, len(words))
    for i, (offset, word) in enumerate(words):
        if i == 0:
            continue
        if word in "“\"" or INITIALS.match(word):  # a quote, or the reporter's initials after the story
            return offset
        if title_case and prose and i == prose[0]:
            capitals = [j for j in range(1, i) if words[j][1][:1].isupper()]
            return words[capitals[-1]][0] if capitals else offset
        if not title_case and word.strip(",") in openers and words[i - 1][1][-1:] not in ",:":
            return offset
        if not title_case and word.endswith((".", "!", "?")) and i < len(words) - 1:
            return offset + len(word)
    return end


def _past_name(text: str, cut: int) -> int | None:
    """A glue point, moved past a name whose inner capital it is (`MotoGP`): to the
    name's end where a capital is glued to that (`MotoGPMarquez`), else dropped."""
    for name, offset in _camelcase_names():
        begin, end = cut - offset, cut - offset + len(name)
        if (text.startswith(name, begin, end) and not text[begin - 1:begin].isalpha()
                and not text[end:end + 1].islower()):  # the whole word (`RossiPada` holds no `iPad`)
            return end if text[end:end + 1].isupper() else None
    return cut


@cache
def _camelcase_names() -> tuple[tuple[str, int], ...]:
    """(name, offset of each inner capital) for the names in `camelcase_names`."""
    return tuple((name, i) for name in words("camelcase_names") for i in range(1, len(name))
                 if name[i].isupper() and name[i - 1].islower())


def _reads_as_prose(piece: str) -> bool:
    if piece[:1] in "“\"":
        return True
    tokens = piece.split()
    if tokens and (tokens[0].endswith(",") or (tokens[0] in _sentence_openers() and len(tokens) > 2)):
        return True  # `Sementara itu, ...`
    return any(_prose_word(t) for t in tokens[:8])


def _prose_word(word: str) -> bool:
    """A lower-case word a headline would capitalise: not a small word such as `di`,
    nor a name that starts in lower case (`detikSport`, `iPhone`)."""
    return word[:1].islower() and word.strip(",.:;?!") not in _headline_lowercase() and word.islower()


@cache
def _headline_lowercase() -> frozenset[str]:
    return frozenset(words("headline_lowercase"))


@cache
def _sentence_openers() -> frozenset[str]:
    return frozenset(words("sentence_openers"))


def _duplicates(text: str) -> list[Mark]:
    """Second and later copies of a paragraph (a scraper artefact)."""
    seen: set[str] = set()
    marks = []
    for line in re.finditer(r"[^\n]+", text):
        key = " ".join(line.group().split())
        if len(key) < MIN_DUPLICATE_CHARS:
            continue
        if key in seen:
            marks.append(Mark(line.start(), line.end(), "duplicate"))
        seen.add(key)
    return marks


def find_boilerplate(text: str, dateline: Dateline | None = None) -> list[Mark]:
    """All boilerplate in `text`, sorted, with overlapping marks merged (first kind wins).
    Patterns read the paragraph view of list-literal scrapes (see `layout`)."""
    gaps = markup(text)
    marks = [Mark(start, end, "markup") for start, end in gaps]
    text = paragraph_view(text, gaps)
    lowered = text.lower()
    for regex, kind, extent, needs in _compiled():
        if needs and not any(word in lowered for word in needs):
            continue
        for match in regex.finditer(text):
            end = _headlines_end(text, match.end()) if extent == "headlines" else match.end()
            start = match.start()
            while start < end and (text[start].isspace() or text[start] == ","):  # CLICK-ID's comma joins
                start += 1
            while end > start and text[end - 1].isspace():
                end -= 1
            if end > start:
                marks.append(Mark(start, end, kind))
    if dateline and text[:dateline.start].strip():
        caption_start = len(text[:dateline.start]) - len(text[:dateline.start].lstrip())
        marks.append(Mark(caption_start, len(text[:dateline.start].rstrip()), "caption"))
    marks.extend(_duplicates(text))
    return _merge(marks)


def _merge(marks: list[Mark]) -> list[Mark]:
    merged: list[Mark] = []
    for mark in sorted(marks, key=lambda m: (m.start, -m.end)):
        if merged and mark.start < merged[-1].end:
            last = merged[-1]
            if mark.end > last.end:
                merged[-1] = Mark(last.start, mark.end, last.kind)
            continue
        merged.append(mark)
    return merged
