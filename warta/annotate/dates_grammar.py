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

Every rule runs over the whole text; overlapping matches are settled longest first, then
by rule order, so `Jumat 8 Desember 2023 lalu` beats `Jumat` and `8 Desember 2023`."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from ..lang.id import patterns

MACRO_REF = re.compile(r"\{([A-Z][A-Z0-9_]*)\}")
GUARD_WINDOW = 60


def _words_regex(words: list[str], case: str | None) -> str:
    forms = []
    for word in sorted(set(words), key=len, reverse=True):
        if case == "title":
            word = " ".join(part[:1].upper() + part[1:] for part in word.split())
        escaped = r"\s+".join(re.escape(part) for part in word.split())
        if case == "title":
            escaped = f"(?-i:{escaped})"
        forms.append(escaped)
    return "(?:" + "|".join(forms) + r")(?![^\W\d_])"  # no letter after; `Rp600` may touch digits


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


@dataclass(frozen=True)
class Hit:
    start: int
    end: int
    rule: Rule
    match: re.Match

    def group(self, name: str) -> str | None:
        try:
            return self.match.group(name)
        except IndexError:
            return None


class Grammar:
    """Lexicon + macros + rules, compiled once."""

    def __init__(self, lexicon: str, macros: str, rules: str, builtins: dict[str, str] | None = None):
        self.lexicon: dict[tuple[str, str], Any] = {}
        by_kind: dict[str, list[str]] = {}
        for row in patterns(lexicon):
            self.lexicon[(row["kind"], _norm(row["word"]))] = row["value"]
            by_kind.setdefault(row["kind"], []).append(row["word"])
        self.macros: dict[str, str] = dict(builtins or {})
        for row in patterns(macros):
            if "lexicon" in row:
                words = [w for kind in row["lexicon"] for w in by_kind.get(kind, [])]
                self.macros[row["name"]] = _words_regex(words, row.get("case"))
            else:
                self.macros[row["name"]] = row["regex"]
        self.macro_rows = patterns(macros)
        self.rules = [self._compile(i, row) for i, row in enumerate(patterns(rules))]

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
                if name in ("after", "not_after") and not source.endswith(r"\Z"):
                    source = f"(?:{source})\\Z"
                guards.append((name, re.compile(source, re.IGNORECASE), spec.get("at")))
        return Rule(index, row["kind"], row.get("type"), row.get("value"),
                    re.compile(self.expand(row["pattern"]), re.IGNORECASE), tuple(guards), row.get("example", ""), row)

    def word(self, kind: str, text: str | None) -> Any:
        """The lexicon value of a matched word (`kinds` may be `month|month-abbr`)."""
        if text is None:
            return None
        key = _norm(text).rstrip(".")
        for one in kind.split("|"):
            if (one, key) in self.lexicon:
                return self.lexicon[(one, key)]
        return None

    def hits(self, text: str) -> list[Hit]:
        """All rule matches that pass their guards (overlapping)."""
        found = []
        for rule in self.rules:
            for match in rule.regex.finditer(text):
                start, end = match.span()
                if end > start and rule.admits(text, match):
                    found.append(Hit(start, end, rule, match))
        return found

    def matches(self, text: str, accept: Callable[[Hit], bool] | None = None) -> list[Hit]:
        """Non-overlapping matches, longest first then by rule order; blockers
        (rules with a null type) win their text and are dropped; in text order.
        `accept` vets a match before it competes (a check too rich for a regex)."""
        chosen: list[Hit] = []
        candidates = [h for h in self.hits(text) if accept is None or h.rule.label is None or accept(h)]
        for hit in sorted(candidates, key=lambda h: (h.start - h.end, h.rule.index, h.start)):
            if all(hit.end <= other.start or other.end <= hit.start for other in chosen):
                chosen.append(hit)
        return sorted((h for h in chosen if h.rule.label is not None), key=lambda h: h.start)


def _norm(word: str) -> str:
    return " ".join(word.lower().split())
