"""Lexicons that earn their place: how often each entry of every lexicon under
`warta/lang/id/` fires across `../shared/data/articles/` (all collections), so dead
entries and entries fitted to one article show.

An entry fires in an article when its word or phrase occurs there as whole words
(any case), its pattern matches, or, for the date and figure grammars, its rule
matches (blockers included). Run with `-s` to read the per-file summary; set
`WARTA_LEXICON_REPORT=path.tsv` to get every entry's count.

The date, figure and number lexicons (owned here) must not hold an entry that fires
in fewer than `MIN_ARTICLES` articles unless the row says why it stays (`"rare"`).
The other lexicons are reported, not asserted: their owners decide."""

from __future__ import annotations

import json
import os
import re
from collections import Counter
from functools import cache
from pathlib import Path

import pytest
import regex

from warta.annotate import dates, figures
from warta.annotate.figures.sources import NAME
from warta.lang.id import HERE

MIN_ARTICLES = 2
ASSERTED = ("dates.jsonl", "dates_lexicon.jsonl", "figures.jsonl", "figures_lexicon.jsonl", "numbers.jsonl",
            "figures_sources.jsonl", "figures_aliases.jsonl", "figures_source_titles.txt")
GENERATED = ("entity_names.tsv", "ner_clusters.tsv")  # written by `warta train ner` from training data
MACROS = ("dates_macros.jsonl", "figures_macros.jsonl")  # pieces of rules: counted through the rules that use them
WORD_PER_TOKEN = ("speakers_roles.txt",)  # lines of words, each one an entry
# grammar files whose rows are counted as rules, and the grammar that runs them
GRAMMARS = {"dates.jsonl": dates.grammar, "figures.jsonl": figures.grammar}
# the key that holds a row's words or pattern, by file (any file not named: `word`/`pattern`)
WORD_KEYS = ("word", "forms", "post", "cue", "noun", "name", "aliases")
TOKEN = re.compile(r"\w+(?:['’]\w+)*|[^\w\s]")


def tokens(text: str) -> tuple[str, ...]:
    return tuple(TOKEN.findall(text.lower()))


@cache
def corpus(base: Path) -> tuple[str, ...]:
    texts = []
    for path in sorted((base / "data" / "articles").glob("*.jsonl")):
        with path.open(encoding="utf-8") as lines:
            texts.extend(json.loads(line).get("text") or "" for line in lines if line.strip())
    return tuple(texts)


def entries(path: Path) -> list[tuple[str, list[str], str | None, dict]]:
    """(label, phrases, pattern, row) per entry of one lexicon file."""
    found = []
    if path.suffix == ".jsonl":
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip():
                continue
            row = json.loads(line)
            phrases = []
            for key in WORD_KEYS:
                value = row.get(key)
                if isinstance(value, str) and not (key == "name" and "pattern" in row):
                    phrases.append(value)
                elif isinstance(value, list):
                    phrases.extend(v for v in value if isinstance(v, str))
            label = phrases[0] if phrases else row.get("kind") or row.get("name") or f"line {number}"
            if "word" in row:
                label = f"{row.get('kind')}:{row['word']}"
            found.append((label, phrases, row.get("pattern") or row.get("regex"), row))
    else:
        for line in path.read_text(encoding="utf-8").splitlines():
            text = line.split(" #", 1)[0].strip()
            if not text or text.startswith("#"):
                continue
            row = {"rare": line.split("# rare:", 1)[1].strip()} if "# rare:" in line else {}
            phrases = text.split() if path.name in WORD_PER_TOKEN else [text.split("\t", 1)[0]]
            found.extend((phrase, [phrase], None, row) for phrase in phrases)
    return found


class PhraseIndex:
    """Finds which of many phrases occur in a text in one pass over its tokens."""

    def __init__(self, phrases: set[str]):
        self.by_first: dict[str, set[tuple[str, ...]]] = {}
        for phrase in phrases:
            parts = tokens(phrase)
            if parts:
                self.by_first.setdefault(parts[0], set()).add(parts)

    def found(self, text: str) -> set[tuple[str, ...]]:
        words, hits = tokens(text), set()
        for i, word in enumerate(words):
            for parts in self.by_first.get(word, ()):
                if words[i:i + len(parts)] == parts:
                    hits.add(parts)
        return hits


def compile_pattern(pattern: str):
    try:
        return regex.compile(pattern.replace("{NAME}", NAME), regex.MULTILINE)
    except regex.error:
        return None


def fire_counts(texts: tuple[str, ...]) -> dict[str, list[tuple[str, int, dict]]]:
    """File -> [(entry, articles it fires in, row)]."""
    files = sorted(p for p in HERE.iterdir() if p.suffix in (".jsonl", ".txt", ".tsv") and p.name not in GENERATED)
    listed = {p.name: entries(p) for p in files}
    phrases = {phrase for name, rows in listed.items() if name not in MACROS
               for _, found, pattern, _ in rows if pattern is None for phrase in found}
    index = PhraseIndex(phrases)
    phrase_articles: Counter = Counter()
    rule_articles: dict[str, Counter] = {name: Counter() for name in GRAMMARS}
    compiled = {(p.name, i): compile_pattern(pattern) for p in files
                for i, (_, _, pattern, _) in enumerate(listed[p.name]) if pattern and p.name not in (*GRAMMARS, *MACROS)}
    pattern_articles: Counter = Counter()
    for text in texts:
        phrase_articles.update(index.found(text))
        for name, grammar in GRAMMARS.items():
            rule_articles[name].update({hit.rule.index for hit in grammar().hits(text)})
        pattern_articles.update(key for key, pattern in compiled.items() if pattern is not None and pattern.search(text))
    counts = {}
    for path in files:
        rows = []
        for i, (label, found, pattern, row) in enumerate(listed[path.name]):
            if path.name in MACROS:
                fired = -1
            elif path.name in GRAMMARS:
                fired = rule_articles[path.name][i]
            elif pattern:
                fired = pattern_articles[(path.name, i)] if compiled.get((path.name, i)) is not None else -1
            else:
                fired = max((phrase_articles[tokens(p)] for p in found), default=0)
            rows.append((label, fired, row))
        counts[path.name] = rows
    return counts


@pytest.fixture(scope="module")
def counts(shared):
    return fire_counts(corpus(shared))


def test_lexicon_fire_counts_report(counts, shared):
    """Print, per lexicon file, its dead (0) and one-article entries."""
    total = len(corpus(shared))
    lines = [f"lexicon entries firing across {total} articles of ../shared/data/articles/ "
             "(-1: a piece of a rule, or a pattern its loader compiles with its own macros)"]
    for name, rows in counts.items():
        dead = [label for label, fired, _ in rows if fired == 0]
        once = [label for label, fired, _ in rows if fired == 1]
        lines.append(f"{name}: {len(rows)} entries, {len(dead)} dead, {len(once)} in one article")
        if len(rows) <= 500:
            lines.extend(f"    dead: {label}" for label in dead)
            lines.extend(f"    once: {label}" for label in once)
    print("\n".join(lines))
    report = os.environ.get("WARTA_LEXICON_REPORT")
    if report:
        with open(report, "w", encoding="utf-8") as out:
            out.write("file\tentry\tarticles\n")
            out.writelines(f"{name}\t{label}\t{fired}\n" for name, rows in counts.items() for label, fired, _ in rows)
    assert sum(fired > 0 for rows in counts.values() for _, fired, _ in rows) > 0


@pytest.mark.parametrize("name", ASSERTED)
def test_lexicon_date_and_figure_entries_fire_in_more_than_one_article(counts, name):
    rare = [(label, fired) for label, fired, row in counts[name] if 0 <= fired < MIN_ARTICLES and not row.get("rare")]
    assert rare == [], f"{name}: entries firing in fewer than {MIN_ARTICLES} articles without a `rare` reason"


def test_lexicon_counter_sees_phrases_as_whole_words():
    index = PhraseIndex({"dini hari", "rb", "US$"})
    assert index.found("Pukul 02.00 dini hari, harga US$ 5") == {("dini", "hari"), ("us", "$")}
    assert index.found("harga rbuan") == set()
