"""Which mentions of an article name the same entity.

`Antony Blinken` / `Blinken` (a person's first or last names), `Perserikatan
Bangsa-Bangsa (PBB)` / `PBB` (an acronym, by its letters or Indonesian-style
syllables: `Deplu` = `Departemen Luar Negeri`), `Departemen Luar Negeri` /
`Departemen Luar Negeri AS` (a place added to an organisation), and the
nicknames and short forms of `entity_aliases.tsv` (`Jokowi` = `Joko Widodo`).
Clusters are built by union-find over pairs, so links chain."""

from __future__ import annotations

import bisect
import re
from collections import Counter
from dataclasses import dataclass, field
from functools import cache, cached_property, lru_cache

from .roles import aliases

_NORMAL = re.compile(r"[^\w]+")


@dataclass
class Mention:
    start: int  # token range
    end: int
    start_char: int
    end_char: int
    text: str
    label: str  # PER, ORG, LOC
    roles: list[str] = field(default_factory=list)
    role_tokens: list[tuple[int, int]] = field(default_factory=list)  # where the roles are written
    is_role: bool = False  # a role phrase standing for a person (`Menlu AS`)

    @cached_property
    def words(self) -> list[str]:
        return [w for w in _NORMAL.split(self.text.lower()) if w]


@lru_cache(maxsize=1 << 16)  # names recur across articles; the cache spares the regex split
def key(text: str) -> str:
    return " ".join(w for w in _NORMAL.split(text.lower()) if w)


MAX_ACRONYM = 24  # letters; `Kemenkopolhukam` has 15


def is_acronym_of(short: str, long: str) -> bool:
    """`PBB` of `Perserikatan Bangsa-Bangsa`, `Deplu` of `Departemen Luar Negeri`:
    each used word gives a proper prefix, in order, the first word always used
    (so `Zionis` is no acronym of `Zionis Israel`)."""
    letters = short.lower().replace(".", "")
    parts = [w for w in re.split(r"[\s\-]+", long.lower()) if w and w not in {"dan", "&", "of", "the"}]
    if (not 2 <= len(letters) <= MAX_ACRONYM or len(parts) < 2 or not letters.isalpha() or parts[0].startswith(letters)
            or letters[0] != parts[0][0]):
        return False  # before building the memoised search below: most pairs fail here

    @cache  # each (letter, part, count) once: `BBBB` against `Bb Bb Bb ...` would branch exponentially
    def match(i: int, j: int, used: int) -> bool:
        if i == len(letters):
            return used >= 2 or used == len(parts)
        if j == len(parts):
            return False
        word = parts[j]
        for size in range(min(len(word) - 1, len(letters) - i), 0, -1):  # a part, never a whole word
            if word[:size] == letters[i:i + size] and match(i + size, j + 1, used + 1):
                return True
        return j > 0 and match(i, j + 1, used)

    return match(0, 0, 0)


class _Union:
    def __init__(self, n: int):
        self.parent = list(range(n))

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def join(self, a: int, b: int) -> None:
        a, b = self.find(a), self.find(b)
        if a != b:
            self.parent[max(a, b)] = min(a, b)


@lru_cache(maxsize=1 << 16)
def canonical(text: str) -> str:
    """The full form of an alias (`Jokowi` -> `Joko Widodo`), else the text."""
    return aliases().get(key(text), text)


def _is_place(words: list[str], places: set[str]) -> bool:
    return bool(words) and (" ".join(words) in places or key(canonical(" ".join(words))) in places)


def cluster(mentions: list[Mention], acronym_pairs: list[tuple[int, int]] = ()) -> list[list[int]]:
    """Groups of mention indices naming one entity, ordered by first mention.
    `acronym_pairs` are (long, short) mentions written `Long Name (SHORT)`."""
    union = _Union(len(mentions))
    named = [i for i, m in enumerate(mentions) if not m.is_role]
    by_key: dict[str, int] = {}
    for i in named:
        k = key(canonical(mentions[i].text))
        if k in by_key:
            union.join(by_key[k], i)
        else:
            by_key[k] = i
    for long, short in acronym_pairs:
        union.join(long, short)
    places = {key(canonical(m.text)) for m in mentions if m.label == "LOC" and not m.is_role}
    # a person's shorter name: `Blinken`, `Antony`, `Joe Biden` in `Joseph Robinette Biden`;
    # longer names indexed by each of their first and last word runs (in mention order)
    longer: dict[tuple[str, ...], list[int]] = {}
    for j in named:
        words = mentions[j].words
        if mentions[j].label == "PER" and len(words) > 1:
            for size in range(1, len(words)):
                for part in {tuple(words[:size]), tuple(words[-size:])}:
                    longer.setdefault(part, []).append(j)
    others: dict[str, int] = {}  # one non-person mention per text: same text, same key, joined above
    for i in named:
        mention = mentions[i]
        words = mention.words
        if mention.label == "PER" or len(words) == 1 and mention.label != "LOC":
            candidates = longer.get(tuple(words), [])
            if candidates:
                k = bisect.bisect_left([mentions[j].start for j in candidates], mention.start)
                union.join(i, candidates[k - 1] if k else candidates[0])
                continue
        if mention.label != "PER":
            others.setdefault(mention.text, i)
    texts = list(others.items())
    for text, i in texts:
        mention, words = mentions[i], mentions[i].words
        for other_text, j in texts:
            other = mentions[j]
            if j == i:
                continue
            # acronym: `PBB` ~ `Perserikatan Bangsa-Bangsa`
            if len(words) == 1 and len(other.words) > 1 and is_acronym_of(text, other_text):
                union.join(i, j)
            # an organisation and the same with its country: `Deplu` ~ `Deplu AS`
            elif (mention.label == other.label == "ORG" and len(other.words) > len(words)
                  and other.words[:len(words)] == words and _is_place(other.words[len(words):], places)):
                union.join(i, j)
    groups: dict[int, list[int]] = {}
    for i in named:
        groups.setdefault(union.find(i), []).append(i)
    return sorted(groups.values(), key=lambda g: min(mentions[i].start_char for i in g))


def entity_type(mentions: list[Mention]) -> str:
    """The most frequent label, ties to the longest mention's."""
    counts = Counter(m.label for m in mentions if not m.is_role)
    longest = max((m for m in mentions if not m.is_role), key=lambda m: len(m.text)).label
    best = max(counts.values())
    return longest if counts[longest] == best else counts.most_common(1)[0][0]


def entity_name(mentions: list[Mention], label: str) -> str:
    """The fullest name: the longest mention of the entity's type, or the known full form."""
    named = [m for m in mentions if not m.is_role and m.label == label] or [m for m in mentions if not m.is_role]
    longest = max(named, key=lambda m: (len(m.words), len(m.text), -m.start_char)).text
    full = canonical(longest)
    return full if len(full) > len(longest) else longest
