"""Words as the corpus compares them: case and diacritics folded, the article's
own prose only (boilerplate and dateline left out)."""

from __future__ import annotations

import re
import unicodedata
from functools import cache, lru_cache

from ..lang.id import words as lexicon

WORD = re.compile(r"[^\W_]+(?:[-'][^\W_]+)*")
NON_ASCII = re.compile(r"[^\x00-\x7f]+")


def fold(text: str) -> str:
    """Lowercase without diacritics: `Rénè` -> `rene`."""
    if text.isascii():
        return text.lower()
    decomposed = unicodedata.normalize("NFKD", text)
    # Combining marks are never ASCII: only the (few, short) non-ASCII runs are looked at.
    return NON_ASCII.sub(_without_marks, decomposed).lower()


def _without_marks(run: re.Match) -> str:
    combining = unicodedata.combining
    return "".join(c for c in run.group() if not combining(c))


def tokens(text: str) -> list[str]:
    """The folded words of `text`, in order (numbers included, punctuation dropped)."""
    return WORD.findall(fold(text))


def content_words(text: str) -> list[str]:
    """Words that say what a text is about: no stop words, no one- or two-letter words."""
    return [w for w in tokens(text) if is_content_word(w)]


def is_content_word(word: str) -> bool:
    """A folded token that says what a text is about (see content_words)."""
    return len(word) > 2 and word not in stop_words() and not word.isdigit()


def body(record: dict) -> str:
    """The article's own text: boilerplate and dateline blanked out (offsets kept)."""
    text = record["text"]
    cuts = [(b["start"], b["end"]) for b in record.get("boilerplate", [])]
    if record.get("dateline"):
        cuts.append((record["dateline"]["start"], record["dateline"]["end"]))
    if not cuts:
        return text
    chars = list(text)
    for start, end in cuts:
        chars[start:end] = " " * (end - start)
    return "".join(chars)


@cache
def honorifics() -> frozenset[str]:
    """Folded honorifics, degrees, ranks and titles (`prof`, `haji`, `sh`, `akbp`), never part of a name."""
    return frozenset(fold(w).rstrip(".").replace(".", "") for name in ("entity_honorifics", "entity_degrees",
                                                                        "corpus_name_titles")
                     for w in lexicon(name))


@cache
def role_heads() -> frozenset[str]:
    """Folded first words of roles (`presiden`, `menlu`): a mention starting with one is a role, not a name."""
    return frozenset(fold(role.split()[0]) for role in lexicon("entity_roles"))


@lru_cache(maxsize=50_000)
def name_key(name: str) -> str:
    """A name as the registry matches it: folded, punctuation and honorifics dropped
    (`Prof. Dr. Antony J. Blinken` -> `antony j blinken`)."""
    drop = honorifics()
    return " ".join(w for w in tokens(name.replace(".", " ")) if w not in drop)


@lru_cache(maxsize=50_000)
def name_words(key: str) -> frozenset[str]:
    """The words of a name key that identify a person: initials left out."""
    return frozenset(w for w in key.split() if len(w) > 1)


@cache
def stop_words() -> frozenset[str]:
    """spaCy's Indonesian stop words, imported on first use: the command line's
    corpus commands start without loading spaCy."""
    from spacy.lang.id.stop_words import STOP_WORDS

    return frozenset(STOP_WORDS)
