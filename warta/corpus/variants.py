"""The same quote across outlets.

Within a story, quotes of one speaker (the same corpus entity, else the same name)
whose content words overlap form a group: renderings of one utterance. The
fullest rendering (a direct quote before an indirect one, then the longest) is the
reference; every other is classified against it, word by word:

- `verbatim`: the same words (case and punctuation aside);
- `trimmed`: a part of the reference's words, nothing added or changed;
- `altered`: a direct quote that keeps most of the reference's words in order but
  changed a number, a negation, a name or a word that makes it stronger
  (`framing_strengtheners.txt`);
- `paraphrased`: anything else (reworded, or reported indirectly).

Each rendering keeps its word-level diff against the reference."""

from __future__ import annotations

import re
from difflib import SequenceMatcher
from functools import cache

from ..lang.id import words as lexicon
from ..store.corpus import CorpusStore
from .text import content_words, fold, name_key

WORD = re.compile(r"[^\W_]+(?:[-'.,][^\W_]+)*")
NUMBER_WORDS = frozenset("nol satu dua tiga empat lima enam tujuh delapan sembilan sepuluh sebelas belas puluh ratus "
                         "ribu juta miliar triliun setengah seratus seribu".split())
GROUPING_OVERLAP = 0.6   # share of the shorter rendering's content words found in the other
GROUPING_MIN_WORDS = 4
ALTERED_KEEPS = 0.75     # an altered rendering keeps this share of its words as the reference has them
DIRECT = ("direct", "mixed")


@cache
def negations() -> frozenset[str]:
    return frozenset(lexicon("framing_negations"))


@cache
def strengtheners() -> frozenset[str]:
    return frozenset(lexicon("framing_strengtheners"))


def words(text: str) -> list[str]:
    """Words as written (numbers keep their separators: `10.000`, `3,5`)."""
    return WORD.findall(text)


def same_utterance(wa: set[str], wb: set[str]) -> bool:
    """Two quotes of one speaker render one utterance when their content words overlap."""
    shared = len(wa & wb)
    return shared >= GROUPING_MIN_WORDS and shared >= GROUPING_OVERLAP * min(len(wa), len(wb))


def is_number(word: str) -> bool:
    return any(c.isdigit() for c in word) or fold(word) in NUMBER_WORDS


def changes_in(removed: list[str], added: list[str], interior: bool) -> set[str]:
    """What a replaced, inserted or (inside the quote) deleted run of words changed."""
    found = set()
    if [w for w in added if is_number(w)] and sorted(w for w in added if is_number(w)) != sorted(
            w for w in removed if is_number(w)):
        found.add("number")
    negated = [sum(fold(w) in negations() for w in side) for side in (removed, added)]
    if negated[0] != negated[1] and (added or interior):
        found.add("negation")
    if sum(fold(w) in strengtheners() for w in added) > sum(fold(w) in strengtheners() for w in removed):
        found.add("verb")
    if removed and added and {w for w in removed if w[:1].isupper()} != {w for w in added if w[:1].isupper()} \
            and any(w[:1].isupper() and not is_number(w) for w in added):
        found.add("name")
    return found


def classify(rendering: dict, reference: dict) -> tuple[str, list[str], list[list[str]]]:
    """(class, changes, diff) of one rendering against the group's reference."""
    mine, theirs = words(rendering["text"]), words(reference["text"])
    folded_mine, folded_theirs = [fold(w) for w in mine], [fold(w) for w in theirs]
    diff: list[list[str]] = []
    changes: set[str] = set()
    matcher = SequenceMatcher(None, folded_theirs, folded_mine, autojunk=False)
    opcodes = matcher.get_opcodes()
    for index, (op, i1, i2, j1, j2) in enumerate(opcodes):
        if op == "equal":
            diff.append(["=", " ".join(mine[j1:j2])])
            continue
        if i2 > i1:
            diff.append(["-", " ".join(theirs[i1:i2])])
        if j2 > j1:
            diff.append(["+", " ".join(mine[j1:j2])])
        interior = 0 < index < len(opcodes) - 1
        changes |= changes_in(theirs[i1:i2], mine[j1:j2], interior)
    if folded_mine == folded_theirs:
        return "verbatim", [], diff
    direct = rendering["kind"] in DIRECT
    kept = sum(j2 - j1 for op, i1, i2, j1, j2 in opcodes if op == "equal") / (len(mine) or 1)
    if direct and changes and kept >= ALTERED_KEEPS:
        return "altered", sorted(changes), diff
    if direct and all(op in ("equal", "delete") for op, *_ in opcodes):
        return "trimmed", [], diff
    return "paraphrased", [], diff


def speaker_key(quote: dict) -> str | None:
    if quote["entity_id"] is not None:
        return f"@{quote['entity_id']}"
    return name_key(quote["speaker"]) or None if quote["speaker"] else None


def group_quotes(quotes: list[dict]) -> list[list[dict]]:
    """Renderings of one utterance, each group from two or more articles."""
    by_speaker: dict[str, list[dict]] = {}
    for quote in quotes:
        if (key := speaker_key(quote)) is not None:
            by_speaker.setdefault(key, []).append(quote)
    groups = []
    for same_speaker in by_speaker.values():
        parent = list(range(len(same_speaker)))

        def root(i: int) -> int:
            while parent[i] != i:
                parent[i] = parent[parent[i]]
                i = parent[i]
            return i

        content = [set(content_words(q["text"])) for q in same_speaker]
        for i, a in enumerate(same_speaker):
            for j in range(i + 1, len(same_speaker)):
                if a["article_id"] != same_speaker[j]["article_id"] and same_utterance(content[i], content[j]):
                    parent[root(j)] = root(i)
        clusters: dict[int, list[dict]] = {}
        for i, quote in enumerate(same_speaker):
            clusters.setdefault(root(i), []).append(quote)
        groups += [c for c in clusters.values() if len({q["article_id"] for q in c}) > 1]
    return groups


def fullest(group: list[dict]) -> dict:
    """The reference rendering: direct before indirect, then the longest, then the one
    most outlets repeat word for word, then the earliest."""
    def agreeing(quote: dict) -> int:
        mine = [fold(w) for w in words(quote["text"])]
        return sum([fold(w) for w in words(other["text"])] == mine for other in group)
    return max(group, key=lambda q: (q["kind"] in DIRECT, len(words(q["text"])), agreeing(q), -group.index(q)))


def refresh_variants(store: CorpusStore, story_id: int) -> None:
    """Regroup the quotes of one story and classify each rendering (replacing what was there)."""
    store.clear_quote_groups(story_id)
    for group in group_quotes(store.story_quotes(story_id)):
        reference = fullest(group)
        rows = []
        for quote in group:
            if quote is reference:
                rows.append((quote["id"], "reference", [], []))
            else:
                rows.append((quote["id"], *classify(quote, reference)))
        store.save_quote_group(story_id, reference["entity_id"], reference["speaker"], reference["id"], rows)
