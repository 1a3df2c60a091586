"""Every quote rule lexicon entry earns its place: it occurs in the unlabeled articles of
`../shared/data/articles/` (skips without ../shared). Name lists (outlets, platforms) are
gazetteers of the world, counted but not required. The counts are written to
`quote-lexicon-counts.tsv` in pytest's temporary directory, so dead and one-off entries show."""

import json
import re
from collections import Counter

import pytest

from warta.lang.id import patterns, words

GAZETTEERS = {"speakers_outlets", "speakers_platforms"}
WORD = re.compile(r"\w(?:[\w.'-]*\w)?")


def _entries() -> dict[str, list[str]]:
    cues = patterns("cues")
    return {
        "cues": sorted({f for row in cues for f in row["forms"] + row.get("post", [])}),
        "cues_according": list(words("cues_according")),
        "via": [row["cue"] for row in patterns("via")],
        "speakers_documents": list(words("speakers_documents")),
        "speakers_outlets": list(words("speakers_outlets")),
        "speakers_platforms": list(words("speakers_platforms")),
        "speakers_pronouns": [w for w in words("speakers_pronouns") if not w.startswith("-")],
        "speakers_role_nouns": list(words("speakers_role_nouns")),
        "speakers_nouns": [row["noun"] for row in patterns("speakers_nouns")],
    }


@pytest.fixture(scope="module")
def counts(shared):
    """Word n-gram counts (n <= 4, lower case) over every unlabeled article."""
    grams: Counter = Counter()
    for path in sorted((shared / "data" / "articles").glob("*.jsonl")):
        with path.open(encoding="utf-8") as lines:
            for line in lines:
                tokens = WORD.findall(json.loads(line).get("text", "").lower())
                for n in range(1, 5):
                    grams.update(" ".join(tokens[k:k + n]) for k in range(len(tokens) - n + 1))
    return grams


def test_every_quote_lexicon_entry_occurs_in_the_unlabeled_articles(counts, tmp_path_factory):
    report = tmp_path_factory.mktemp("lexicons") / "quote-lexicon-counts.tsv"
    dead = []
    with report.open("w", encoding="utf-8") as out:
        for lexicon, entries in _entries().items():
            for entry in entries:
                n = counts[" ".join(WORD.findall(entry.lower()))]
                out.write(f"{lexicon}\t{entry}\t{n}\n")
                if n == 0 and lexicon not in GAZETTEERS:
                    dead.append(f"{lexicon}: {entry}")
    assert not dead, f"entries that never occur (counts in {report}): {dead}"
