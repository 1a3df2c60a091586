"""A small declarative pattern grammar, read from `lang/id/`: the Indonesian
grammar of dates (and the shapes of figures) is data, this module only runs it.

Three files make a grammar:
- a lexicon (`dates_lexicon.jsonl`): words with a kind and a value (`Desember` -> 12);
- macros (`dates_macros.jsonl`): named regex pieces, `{"name": "MONTH", "lexicon": ["month"]}`
  builds an alternation from the lexicon; `{"name": "DAY", "regex": "..."}` is literal;
- rules (`dates.jsonl`): a `pattern` with `{MACRO}` references and named groups, a `type`
  (null: a blocker that only stops other rules, `Nomor 87 Tahun 2016`), a `value` spec for
  the resolver, optional context guards (`after`, `not_after` on the text just before the
  match, `before`, `not_before` on the text just after), and an `example`.

Rules run over windows around their anchor or the grammar's `TRIGGER` macro (every
match must hold one, which the example tests check; the TRIGGER row's `window` says how
far a match reaches before and after it). A rule whose matches can only start at known
words (`starts`: a list of anchor items, or `"anchor"`) is tried at those words only:
cheaper than a scan, and a day is never read from the tail of a year (`20|25 Juni`).
Overlapping matches are settled longest first, then by rule order, so `Jumat 8 Desember
2023 lalu` beats `Jumat` and `8 Desember 2023`."""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from typing import Any

import regex

from ..lang.id import patterns

MACRO_REF = re.compile(r"\{([A-Z][A-Z0-9_]*)\}")
WORD = regex.compile(r"[^\W\d_]+")
GUARD_WINDOW = 60
WINDOW_BEFORE, WINDOW_AFTER = 48, 72  # default reach of a match around its anchor (`hari Selasa malam, 17 Juni`)


def _words_regex(words: list[str], case: str | None) -> str:
    """A lexicon's words as one regex, longest first; case-blind words shaped as a
    trie (`dolar(?:\\s+(?:AS|Singapura))?`), which the engine walks far faster than
    a list of alternatives."""
    if case != "title":
        return "(?:" + trie_regex(w.lower() for w in words) + r")(?![^\W\d_])"
    forms = []
    for word in sorted(set(words), key=len, reverse=True):
        word = " ".join(part[:1].upper() + part[1:] for part in word.split())
        forms.append("(?-i:" + r"\s+".join(re.escape(part) for part in word.split()) + ")")
    return "(?:" + "|".join(forms) + r")(?![^\W\d_])"  # no letter after; `Rp600` may touch digits


def trie_regex(words) -> str:
    """Words (a space between parts matches any run of spaces) as a regex shaped as a
    trie: at each character one branch, and a longer word before its prefix."""
    trie: dict = {}
    for word in words:
        node = trie
        for char in " ".join(word.split()):
            node = node.setdefault(char, {})
        node[""] = {}

    def alternation(node: dict) -> str:
        branches = [(r"\s+" if char == " " else re.escape(char)) + alternation(child)
                    for char, child in sorted(node.items()) if char]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body

    return alternation(trie)


@dataclass(frozen=True, eq=False)  # one object per distinct anchor (`Grammar._anchor`): hashed by identity
class Anchor:
    """What a rule's matches must hold: words (looked up in the article's word index)
    and/or a regex (`\\d`). A prefilter only; the rule's pattern decides."""

    words: frozenset[str]
    regex: Any = None


@dataclass(frozen=True)
class Rule:
    index: int
    kind: str
    label: str | None
    value: dict[str, Any] | None
    regex: re.Pattern
    guards: tuple[tuple[str, re.Pattern, str | None], ...]  # (kind, regex, group it is anchored at)
    example: str
    row: dict
    anchor: "Anchor | None" = None  # what every match holds; None: the grammar's TRIGGER
    prefix: re.Pattern | None = None  # optional lead-in read backwards from the match (`lebih dari `)
    starts: "Anchor | None" = None  # where every match starts, when known: tried there, not scanned for

    def find(self, text: str, places: list[tuple[int, int]]) -> list[re.Match]:
        """The rule's matches, as `finditer` over the windows `places` would find them;
        a rule that says where its matches start is tried only there (`places` are
        then (start, window end) pairs)."""
        if self.starts is None:
            return [m for lo, hi in places for m in self.regex.finditer(text, lo, hi)]
        found, taken_until = [], 0
        for start, hi in places:
            if start >= taken_until and (match := self.regex.match(text, start, hi)) is not None:
                found.append(match)
                taken_until = max(match.end(), start + 1)
        return found

    def admits(self, text: str, match: re.Match) -> bool:
        """The context guards: what must (not) stand just before or after the match
        (or the group the guard names with `at`)."""
        for name, guard, at in self.guards:
            start, end = match.span(at) if at and match.group(at) is not None else match.span()
            if name in ("after", "not_after"):
                found = guard.search(text[max(0, start - GUARD_WINDOW):start]) is not None
            else:
                found = guard.match(text[end:end + GUARD_WINDOW]) is not None
            if found != (name in ("after", "before")):
                return False
        return True


class Hit:
    """One rule match, with the rule's prefix when one stood before it (`lead`)."""

    __slots__ = ("start", "end", "rule", "match", "lead", "_groups")

    def __init__(self, start: int, end: int, rule: Rule, match: re.Match, lead: re.Match | None = None):
        self.start, self.end, self.rule, self.match, self.lead = start, end, rule, match, lead
        self._groups: dict[str, tuple[str, re.Match]] | None = None

    def _read(self, name: str) -> tuple[str, re.Match] | None:
        """A named group's text and the match holding it: the match's own, else the
        prefix's (read once: each named lookup on a `regex` match costs as much as
        the whole dict)."""
        if self._groups is None:
            self._groups = {}
            for match in (self.lead, self.match):
                if match is not None:
                    self._groups.update((k, (v, match)) for k, v in match.groupdict().items() if v is not None)
        return self._groups.get(name)

    def group(self, name: str) -> str | None:
        found = self._read(name)
        return found[0] if found else None

    def span_of(self, name: str) -> tuple[int, int]:
        found = self._read(name)
        if found is None:
            raise KeyError(name)
        return found[1].span(name)


class Grammar:
    """Lexicon + macros + rules, compiled once."""

    def __init__(self, lexicon: str, macros: str, rules: str, builtins: dict[str, str] | None = None,
                 builtin_words: dict[str, set[str]] | None = None):
        self.lexicon: dict[tuple[str, str], Any] = {}
        by_kind: dict[str, list[str]] = {}
        for row in patterns(lexicon):
            self.lexicon[(row["kind"], _norm(row["word"]))] = row["value"]
            by_kind.setdefault(row["kind"], []).append(row["word"])
        self.macros: dict[str, str] = dict(builtins or {})
        self.macro_words: dict[str, set[str]] = {k: set(v) for k, v in (builtin_words or {}).items()}
        for row in patterns(macros):
            if "lexicon" in row:
                words = [w for kind in row["lexicon"] for w in by_kind.get(kind, [])]
                self.macros[row["name"]] = _words_regex(words, row.get("case"))
                self.macro_words[row["name"]] = {_norm(w).split()[0].replace("'", "") for w in words}
            elif "regex" in row:
                self.macros[row["name"]] = row["regex"]
        self.macro_rows = patterns(macros)
        trigger = next((r for r in self.macro_rows if r["name"] == "TRIGGER"), {})
        self.window_before, self.window_after = trigger.get("window", (WINDOW_BEFORE, WINDOW_AFTER))
        self._anchors: dict[tuple[str, ...], Anchor] = {}
        self.trigger = self._anchor(tuple(trigger["anchor"])) if trigger else None
        self.rules = [self._compile(i, row) for i, row in enumerate(patterns(rules))]
        self.vocabulary = frozenset().union(*(a.words for a in self._anchors.values()))
        # which rules an anchor word wakes; rules anchored on a regex (or on nothing) always run
        self.woken_by: dict[str, list[Rule]] = {}
        self.always: list[Rule] = []
        for rule in self.rules:
            anchor = rule.anchor or self.trigger
            for word in anchor.words if anchor else ():
                self.woken_by.setdefault(word, []).append(rule)
            if anchor is None or anchor.regex is not None:
                self.always.append(rule)
        global ANCHOR_WORDS
        ANCHOR_WORDS |= self.vocabulary

    def _anchor(self, items: tuple[str, ...]) -> Anchor:
        """Anchor items: a regex (`\\d`), a lexicon macro (`{WEEKDAY}`: its words), or a word."""
        if items in self._anchors:
            return self._anchors[items]
        words, regexes = set(), []
        for item in items:
            if item.startswith("{") and item.endswith("}") and item[1:-1] in self.macro_words:
                found = self.macro_words[item[1:-1]]
            elif re.fullmatch(r"[\w-]+", item):
                found = {item}
            else:
                regexes.append(self.expand(item))
                continue
            for word in found:  # the index holds letter runs: `US$` is found at `us`, `$` by a regex
                head = WORD.match(word)
                if head:
                    words.add(head.group().lower())
                else:
                    regexes.append(re.escape(word))
        compiled = regex.compile("|".join(regexes), regex.IGNORECASE) if regexes else None
        anchor = self._anchors[items] = Anchor(frozenset(words), compiled)
        return anchor

    def expand(self, pattern: str, depth: int = 0) -> str:
        if depth > 8:
            raise ValueError(f"macro recursion in {pattern!r}")
        return MACRO_REF.sub(lambda m: "(?:" + self.expand(self.macros[m.group(1)], depth + 1) + ")", pattern)

    def _compile(self, index: int, row: dict) -> Rule:
        guards = []
        for name in ("after", "not_after", "before", "not_before"):
            if name in row:
                spec = row[name] if isinstance(row[name], dict) else {"regex": row[name]}
                source = self.expand(spec["regex"])
                if name in ("after", "not_after"):  # read backwards from the match: one try, not a scan
                    source = "(?r)" + (source if source.endswith(r"\Z") else f"(?:{source})\\Z")
                guards.append((name, regex.compile(source, regex.IGNORECASE), spec.get("at")))
        # searched backwards (`(?r)`) from the match start: one try, not a scan of the window
        prefix = regex.compile(r"(?r)(?:\b|(?<=\W))(?:" + self.expand(row["prefix"]) + r")\Z", regex.IGNORECASE) \
            if "prefix" in row else None
        anchor = self._anchor(tuple(row["anchor"])) if "anchor" in row else None
        starts = row.get("starts")
        if starts is not None:
            starts = (anchor or self.trigger) if starts == "anchor" else self._anchor(tuple(starts))
        return Rule(index, row["kind"], row.get("type"), row.get("value"),
                    regex.compile(self.expand(row["pattern"]), regex.IGNORECASE), tuple(guards), row.get("example", ""), row,
                    anchor, prefix, starts)

    def word(self, kind: str, text: str | None) -> Any:
        """The lexicon value of a matched word (`kinds` may be `month|month-abbr`)."""
        if text is None:
            return None
        key = _norm(text).rstrip(".")
        for one in kind.split("|"):
            if (one, key) in self.lexicon:
                return self.lexicon[(one, key)]
        return None

    def spots(self, text: str, anchor: Anchor, words: dict[str, list[tuple[int, int]]],
              skip: list[tuple[int, int]], scanned: dict[str, list[tuple[int, int]]]) -> list[tuple[int, int]]:
        """Where a rule's anchor (else the grammar's `TRIGGER`: a digit, a month name, a
        time word...) stands, in text order; anchors inside `skip` do not count.
        `scanned` keeps what each anchor regex found in this text (`\\d+` serves many rules)."""
        spots = [span for word in anchor.words & words.keys() for span in words[word]]
        if anchor.regex is not None:
            if anchor.regex.pattern not in scanned:
                scanned[anchor.regex.pattern] = [m.span() for m in anchor.regex.finditer(text)]
            spots.extend(scanned[anchor.regex.pattern])
        if skip:
            spots = [spot for spot in spots if not _inside(spot, skip)]
        return sorted(spots)

    def windows(self, length: int, spots: list[tuple[int, int]]) -> list[tuple[int, int]]:
        """Where matches can be in a text of `length` characters: around each spot,
        merged. Rules scan only these windows, not the whole article."""
        merged: list[list[int]] = []
        for spot_start, spot_end in spots:
            start, end = max(0, spot_start - self.window_before), min(length, spot_end + self.window_after)
            if merged and start <= merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], end)
            else:
                merged.append([start, end])
        return [(s, e) for s, e in merged]

    def hits(self, text: str, skip: list[tuple[int, int]] = (), words: "Words | None" = None) -> list[Hit]:
        """All rule matches that pass their guards (overlapping); anchors inside `skip`
        (sorted ranges already taken, say by dates) open no window."""
        index = (words or Words(text)).index(self.vocabulary)
        spots: dict[Anchor, list[tuple[int, int]]] = {}
        scanned: dict[str, list[tuple[int, int]]] = {}
        windows: dict[Anchor | None, list[tuple[int, int]]] = {}
        places: dict[tuple[Anchor | None, Anchor | None], list[tuple[int, int]]] = {}

        def spots_of(anchor: Anchor) -> list[tuple[int, int]]:
            if anchor not in spots:
                spots[anchor] = self.spots(text, anchor, index, skip, scanned)
            return spots[anchor]

        def places_of(anchor: Anchor | None, starts: Anchor | None) -> list[tuple[int, int]]:
            """The windows around the anchor, or for a rule that says where its matches
            start, those starts inside a window, each with the window's end."""
            if anchor not in windows:
                windows[anchor] = self.windows(len(text), spots_of(anchor)) if anchor else [(0, len(text))]
            if starts is None:
                return windows[anchor]
            candidates = spots_of(starts)
            return [(start, hi) for lo, hi in windows[anchor]
                    for start, _ in candidates[bisect.bisect_left(candidates, (lo,)):
                                               bisect.bisect_left(candidates, (hi,))]]

        found, seen = [], set()
        awake = {rule.index: rule for rule in self.always}
        for word in index:
            awake.update((rule.index, rule) for rule in self.woken_by.get(word, ()))
        for _, rule in sorted(awake.items()):
            key = (rule.anchor or self.trigger, rule.starts)
            if key not in places:
                places[key] = places_of(*key)
            for match in rule.find(text, places[key]):
                start, end = match.span()
                if end <= start or (start, end, rule.index) in seen or not rule.admits(text, match):
                    continue
                seen.add((start, end, rule.index))
                lead = rule.prefix.search(text, max(0, start - GUARD_WINDOW), start) if rule.prefix else None
                lead = lead if lead and lead.end() > lead.start() else None
                found.append(Hit(lead.start() if lead else start, end, rule, match, lead))
        return found

    def matches(self, text: str, accept: Callable[[Hit], bool] | None = None,
                skip: list[tuple[int, int]] = (), words: "Words | None" = None) -> list[Hit]:
        """Non-overlapping matches, longest first then by rule order; blockers
        (rules with a null type) win their text and are dropped; in text order.
        `accept` vets a match before it competes (a check too rich for a regex)."""
        chosen: list[Hit] = []  # non-overlapping, so sorted by start they are sorted by end too
        starts: list[int] = []
        candidates = [h for h in self.hits(text, skip, words) if accept is None or h.rule.label is None or accept(h)]
        for hit in sorted(candidates, key=lambda h: (h.start - h.end, h.rule.index, h.start)):
            k = bisect.bisect_left(starts, hit.start)  # only the neighbours can overlap it
            if (k == len(chosen) or hit.end <= chosen[k].start) and (k == 0 or chosen[k - 1].end <= hit.start):
                chosen.insert(k, hit)
                starts.insert(k, hit.start)
        return [h for h in chosen if h.rule.label is not None]


class Ranges:
    """Character ranges asked about many times (is a hit inside the prose? does it
    overlap a date?): a binary search each, not a scan of every range."""

    def __init__(self, ranges: list[tuple[int, int]]):
        ranges = sorted(ranges)
        self.starts = [s for s, _ in ranges]
        self.reach, furthest = [], -1  # the furthest end of the ranges up to each one
        for _, end in ranges:
            furthest = max(furthest, end)
            self.reach.append(furthest)

    def covers(self, start: int, end: int) -> bool:
        """Some range holds start..end whole."""
        i = bisect.bisect_right(self.starts, start)
        return i > 0 and self.reach[i - 1] >= end

    def overlaps(self, start: int, end: int) -> bool:
        """Some range shares a character with start..end."""
        i = bisect.bisect_left(self.starts, end)
        return i > 0 and self.reach[i - 1] > start


class Words:
    """Where the anchor words of a text stand (lower-cased word -> spans). One scan
    per text serves every grammar: it looks for the anchor words of all grammars
    built so far, with one regex shaped as a trie (cheaper than splitting every word)."""

    def __init__(self, text: str):
        self.text = text
        self.scanned: frozenset[str] = frozenset()
        self.found: dict[str, list[tuple[int, int]]] = {}

    def index(self, vocabulary: frozenset[str]) -> dict[str, list[tuple[int, int]]]:
        """Word -> where it stands, for the words of `vocabulary` in the text."""
        if not vocabulary <= self.scanned:
            self.scanned = self.scanned | vocabulary | ANCHOR_WORDS
            self.found = {}
            lowered = self.text.lower()
            if len(lowered) == len(self.text):
                matches = _words_pattern(self.scanned).finditer(lowered)
            else:  # a letter whose lower case is longer (`İ`): keep offsets true
                matches = (m for m in WORD.finditer(self.text) if m.group().lower() in self.scanned)
            for match in matches:
                self.found.setdefault(match.group().lower(), []).append(match.span())
        return {word: self.found[word] for word in vocabulary.intersection(self.found)}


ANCHOR_WORDS: frozenset[str] = frozenset()  # every grammar's anchor words, added as grammars are built


@cache
def _words_pattern(words: frozenset[str]) -> re.Pattern:
    """A regex for whole lower-case words, shaped as a trie (`se(?:hari|bulan)`)."""
    return re.compile(r"(?<![^\W\d_])(?:" + trie_regex(words) + r")(?![^\W\d_])")


def _inside(spot: tuple[int, int], ranges: list[tuple[int, int]]) -> bool:
    index = bisect.bisect_right(ranges, (spot[0], float("inf"))) - 1
    return index >= 0 and ranges[index][0] <= spot[0] and spot[1] <= ranges[index][1]


def _norm(word: str) -> str:
    return " ".join(word.lower().split())
