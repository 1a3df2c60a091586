"""Which mentions of an article name the same entity.

`Antony Blinken` / `Blinken` (a person's first or last names), `Perserikatan
Bangsa-Bangsa (PBB)` / `PBB` (an acronym, by its letters or Indonesian-style
syllables: `Deplu` = `Departemen Luar Negeri`), `Departemen Luar Negeri` /
`Departemen Luar Negeri AS` (a place added to an organisation), and the
nicknames and short forms of `entity_aliases.tsv` (`Jokowi` = `Joko Widodo`).
Clusters are built by union-find over pairs, so links chain."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from functools import cached_property, lru_cache

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


def key(text: str) -> str:
    return " ".join(w for w in _NORMAL.split(text.lower()) if w)


@lru_cache(maxsize=65536)
def is_acronym_of(short: str, long: str) -> bool:
    """`PBB` of `Perserikatan Bangsa-Bangsa`, `Deplu` of `Departemen Luar Negeri`:
    each used word gives a proper prefix, in order, the first word always used
    (so `Zionis` is no acronym of `Zionis Israel`)."""
    letters = short.lower().replace(".", "")
    parts = [w for w in re.split(r"[\s\-]+", long.lower()) if w and w not in {"dan", "&", "of", "the"}]
    if len(letters) < 2 or len(parts) < 2 or not letters.isalpha() or parts[0].startswith(letters):
        return False

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

    return letters[0] == parts[0][0] and match(0, 0, 0)


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
    # a person's shorter names (first or last words of a longer name) -> the longer names' mentions
    shorter: dict[tuple[str, ...], list[int]] = {}
    for j in named:
        words = mentions[j].words
        if mentions[j].label == "PER" and len(words) > 1:
            for k in range(1, len(words)):
                for part in {tuple(words[:k]), tuple(words[-k:])}:
                    shorter.setdefault(part, []).append(j)
    # the rules below read only a mention's text and label: one mention of each stands for
    # all (mentions with the same text are joined above already)
    others = list({(mentions[j].text, mentions[j].label): j for j in reversed(named)
                   if mentions[j].label != "PER"}.values())[::-1]
    compared = set()
    for i in named:
        mention = mentions[i]
        words = mention.words
        # a person's shorter name: `Blinken`, `Antony`, `Joe Biden` in `Joseph Robinette Biden`
        if mention.label == "PER" or len(words) == 1 and mention.label != "LOC":
            candidates = [j for j in shorter.get(tuple(words), ()) if j != i]
            if candidates:
                before = [j for j in candidates if mentions[j].start < mention.start]
                union.join(i, max(before, key=lambda j: mentions[j].start) if before else candidates[0])
                continue
        if mention.label == "PER" or (len(words) != 1 and mention.label != "ORG"):
            continue  # neither rule below can link it
        if (mention.text, mention.label) in compared:
            continue
        compared.add((mention.text, mention.label))
        for j in others:
            other = mentions[j]
            if (other.text, other.label) == (mention.text, mention.label):
                continue
            # acronym: `PBB` ~ `Perserikatan Bangsa-Bangsa`
            if len(words) == 1 and len(other.words) > 1 and is_acronym_of(mention.text, other.text):
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
