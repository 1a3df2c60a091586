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
    # a person's shorter name: `Blinken`, `Antony`, `Joe Biden` in `Joseph Robinette Biden`;
    # longer names indexed by each of their first and last word runs (in mention order)
    longer: dict[tuple[str, ...], list[int]] = {}
    for j in named:
        words = mentions[j].words
        if mentions[j].label == "PER" and len(words) > 1:
            for size in range(1, len(words)):
                for part in {tuple(words[:size]), tuple(words[-size:])}:
                    longer.setdefault(part, []).append(j)
    # a surname two people share (`Habibie` of `BJ Habibie` and `Thareq Kemal Habibie`): each
    # mention goes to the person named last before it, not all of them to one
    shared = {part for part, js in longer.items() if len(part) == 1
              and len({key(canonical(mentions[j].text)) for j in js}) > 1}
    by_key: dict[str, int] = {}
    for i in named:
        k = key(canonical(mentions[i].text))
        if mentions[i].label == "PER" and tuple(mentions[i].words) in shared:
            continue
        if k in by_key:
            union.join(by_key[k], i)
        else:
            by_key[k] = i
    for long, short in acronym_pairs:
        union.join(long, short)
    places = {key(canonical(m.text)) for m in mentions if m.label == "LOC" and not m.is_role}
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
    _join_short_forms(mentions, named, union)
    _join_glued(mentions, named, union)
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


MIN_SHORT_FORM = 3  # letters: `Ara` of `Maruarar`, never `Al`


def is_short_form(short: str, word: str) -> bool:
    """`asko` of `askolani` (a prefix), `ara` of `maruarar` (an inner piece), `tahreq` of
    `thareq` (two letters swapped, in words of five letters or more)."""
    if len(short) < MIN_SHORT_FORM or short == word:
        return False
    if len(short) < len(word):
        return short in word
    if len(short) == len(word) >= 5:
        diff = [k for k in range(len(word)) if short[k] != word[k]]
        return len(diff) == 2 and diff[1] == diff[0] + 1 and short[diff[0]] == word[diff[1]] and short[diff[1]] == word[diff[0]]
    return False


def _join_short_forms(mentions: list[Mention], named: list[int], union: _Union) -> None:
    """A one-word person mention still alone (`Asko`, `Ara`) joins the one full name written
    before it that holds it as a piece of one of its words (`Askolani`, `Maruarar Sirait`);
    two such full names leave it alone."""
    full = [j for j in named if mentions[j].label == "PER" and mentions[j].words
            and (len(mentions[j].words) > 1 or len(mentions[j].words[0]) > MIN_SHORT_FORM + 1)]
    if not full:
        return
    for i in named:
        mention = mentions[i]
        if mention.label != "PER" or len(mention.words) != 1 or not mention.text[:1].isupper():
            continue
        if any(union.find(j) == union.find(i) and len(mentions[j].text) > len(mention.text) for j in full):
            continue  # already joined to a longer name
        short = mention.words[0]
        found: dict[int, int] = {}
        for j in full:
            pieces = mentions[j].words
            if mentions[j].start < mention.start and (
                    any(is_short_form(short, w) for w in pieces) if len(pieces) > 1
                    else pieces[0].startswith(short) and len(pieces[0]) > len(short)):
                found.setdefault(union.find(j), j)
        if len(found) == 1:
            union.join(i, next(iter(found.values())))


def _join_glued(mentions: list[Mention], named: list[int], union: _Union) -> None:
    """A name the article writes both glued and spaced (`AccuWeather`, `Accu Weather`) is one."""
    spaced = {"".join(mentions[i].words): i for i in named if len(mentions[i].words) > 1}
    for i in named:
        text = mentions[i].text
        if len(mentions[i].words) == 1 and any(c.isupper() for c in text[1:]) and not text.isupper():
            if (j := spaced.get(mentions[i].words[0])) is not None:
                union.join(j, i)


def _glued_form(mentions: list[Mention], name: str) -> str | None:
    """The way the article writes `name` as one word (`AccuWeather` for `Accu Weather`), if any."""
    target = "".join(key(name).split())
    for m in mentions:
        if not m.is_role and " " not in m.text.strip() and key(m.text) == target and len(key(name).split()) > 1:
            return m.text
    return None


def entity_type(mentions: list[Mention]) -> str:
    """The most frequent label, ties to the longest mention's; a person's full name that
    holds every word of the other mentions (`Genio Ladyan Finasisca`, `Genio` tagged ORG)
    makes a person."""
    counts = Counter(m.label for m in mentions if not m.is_role)
    longest_mention = max((m for m in mentions if not m.is_role), key=lambda m: (len(m.words), len(m.text)))
    if longest_mention.label == "PER" and len(longest_mention.words) > 1 and all(
            set(m.words) <= set(longest_mention.words) for m in mentions if not m.is_role):
        return "PER"
    longest = max((m for m in mentions if not m.is_role), key=lambda m: len(m.text)).label
    best = max(counts.values())
    return longest if counts[longest] == best else counts.most_common(1)[0][0]


def entity_name(mentions: list[Mention], label: str) -> str:
    """The fullest name: the longest mention of the entity's type, or the known full form."""
    named = [m for m in mentions if not m.is_role and m.label == label] or [m for m in mentions if not m.is_role]
    longest = max(named, key=lambda m: (len(m.words), len(m.text), -m.start_char)).text
    full = canonical(longest)
    if len(full) > len(longest):
        return full
    return _glued_form(mentions, longest) or longest
