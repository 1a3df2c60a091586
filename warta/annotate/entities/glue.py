"""Where a name ends when a scraper glued the next word to it.

A linked name in a scraped page often loses the space after it: `Prabowo
Subiantomencabut`, `Trumpmengatakan`, `Hilalakan`. The tokenizer cannot split
there (no change of case), so a person's name would carry the verb into the
registry and the speaker field. The glued word is recognised as a word a
sentence goes on with (`entity_glued_words.txt`), a verb of the form me-...
(`mengatakan`, `memberikan`), or, on the article's own evidence, a split into a
name and a word that each stand alone elsewhere in it (`Enriquefrustrasi` where
`Enrique` and `frustrasi` also occur); the name keeps at least four letters."""

from __future__ import annotations

import re
from collections.abc import Collection
from functools import cache

from ...lang.id import words

MIN_NAME = 4  # letters the glued name keeps: `Ipul|akan`, never `Sam|bernyawa`
ME_VERB = re.compile(r"me(?:m|n|ng|ny)?[a-z]{4,}$")


@cache
def glued_words() -> frozenset[str]:
    return frozenset(words("entity_glued_words"))


def glued_tail(word: str, article_words: Collection[str] = ()) -> int | None:
    """The length of the name part of a capitalised `word` with a lowercase word glued on,
    or None: `Subiantomencabut` -> 8, `Wulandari` -> None. `article_words`: the
    article's tokens, for the split both of whose halves the article also writes alone."""
    if not word[:1].isupper() or not word[1:].islower():
        return None
    lower = word.lower()
    for cut in range(MIN_NAME, len(word) - 3):  # the longest glued word first
        tail = lower[cut:]
        if tail in glued_words() or len(tail) >= 7 and ME_VERB.match(tail):
            return cut
        if tail in article_words and word[:cut] in article_words:
            return cut
    return None
