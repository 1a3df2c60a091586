"""Features for the CRF entity tagger, shared by training and tagging.

Most features depend on the word form alone (shape, affixes, word cluster,
lexicon flags), so they are built once per form and cached: tagging a sentence
is then list concatenation, not string work per token. The few that look at the
sentence (bigrams, multi-word place names, names known from the training data,
position) are added per token.

A dataset `domain` (nergrit, idner, nerui, nerugm) doubles the word's own
features with a domain-marked copy, so one model learns what the corpora agree on
and, apart, where their guidelines differ (Daumé's feature augmentation)."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache

from ...lang.id import HERE, words

CLUSTERS_FILE = HERE / "ner_clusters.tsv"
NAMES_FILE = HERE / "entity_names.tsv"
CONTEXT_OFFSETS = (-2, -1, 1, 2)
CACHE_LIMIT = 200_000
OPENERS = {'"', "“", "(", ":", "-"}
_SHAPE_RUNS = re.compile(r"(.)\1+")
_ASCII_SHAPE = str.maketrans({c: "X" if c.isupper() else "x" if c.isalpha() else "d" if c.isdigit() else c
                              for c in map(chr, range(128))})
_COLLAPSED: dict[str, str] = {}


def shape(word: str) -> str:
    """`Blinken` -> `Xx`, `PBB` -> `X`, `12.000` -> `d.d`, `Bangsa-Bangsa` -> `Xx-Xx`."""
    if word.isascii():
        mapped = word.translate(_ASCII_SHAPE)
    else:
        mapped = "".join("X" if c.isupper() else "x" if c.isalpha() else "d" if c.isdigit() else c for c in word)
    collapsed = _COLLAPSED.get(mapped)
    if collapsed is None:  # a few thousand distinct mapped forms: `Xxxxx`, `dddd`...
        if len(_COLLAPSED) > CACHE_LIMIT:
            _COLLAPSED.clear()
        collapsed = _COLLAPSED[mapped] = _SHAPE_RUNS.sub(r"\1", mapped)
    return collapsed


def _case(word: str) -> str:
    if word.isupper() and any(c.isalpha() for c in word):
        return "upper"
    if word[:1].isupper():
        return "title"
    if word[:1].isdigit():
        return "digit"
    if word[:1].isalpha():
        return "lower"
    return "punct"


@dataclass(frozen=True)
class Lexicon:
    """Word lists the features consult, loaded once from `warta/lang/id`."""
    roles: frozenset[str]
    honorifics: frozenset[str]
    degrees: frozenset[str]
    org_words: frozenset[str]
    place_words: frozenset[str]
    places: dict[str, tuple[tuple[str, ...], ...]]  # first word -> place names (lowercased tokens), longest first
    clusters: dict[str, tuple[str, ...]]  # lowercased word -> cluster ids and corpus statistics
    names: dict[str, tuple[tuple[tuple[str, ...], str], ...]] = field(default_factory=dict)
    # first word -> (name in lowercased tokens, type) of the names in the training data, longest first

    @classmethod
    @cache
    def default(cls) -> Lexicon:
        names = [tuple(name.lower().split()) for file in ("entity_countries", "entity_places") for name in words(file)]
        places: dict[str, list[tuple[str, ...]]] = {}
        for name in set(names):
            places.setdefault(name[0], []).append(name)
        return cls(
            roles=frozenset(w.lower() for w in words("entity_roles")),
            honorifics=frozenset(words("entity_honorifics")),
            degrees=frozenset(words("entity_degrees")),
            org_words=frozenset(w.lower() for w in words("entity_org_words")),
            place_words=frozenset(w.lower() for w in words("entity_place_words")),
            places={k: tuple(sorted(v, key=len, reverse=True)) for k, v in places.items()},
            clusters=load_clusters(),
            names=load_names(),
        )


def load_clusters() -> dict[str, tuple[str, ...]]:
    """`ner_clusters.tsv`: word, then cluster ids and buckets (see warta.train.clusters)."""
    if not CLUSTERS_FILE.exists():
        return {}
    with CLUSTERS_FILE.open(encoding="utf-8") as lines:
        rows = (line.rstrip("\n").split("\t") for line in lines if not line.startswith("#"))
        return {row[0]: tuple(row[1:]) for row in rows if len(row) > 1}


def index_names(names: Iterable[tuple[tuple[str, ...], str]]) -> dict[str, tuple[tuple[tuple[str, ...], str], ...]]:
    """First word -> (name, type), longest name first, for `Featurizer.extras`."""
    index: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    for name, kind in names:
        index.setdefault(name[0], []).append((name, kind))
    return {k: tuple(sorted(v, key=lambda item: (-len(item[0]), item))) for k, v in index.items()}


def load_names() -> dict[str, tuple[tuple[tuple[str, ...], str], ...]]:
    """`entity_names.tsv`: name (lowercased), then its usual type in the training data
    (see warta.train.ner.build_names)."""
    if not NAMES_FILE.exists():
        return {}
    with NAMES_FILE.open(encoding="utf-8") as lines:
        rows = (line.rstrip("\n").split("\t") for line in lines if not line.startswith("#"))
        return index_names((tuple(row[0].split(" ")), row[1]) for row in rows if len(row) == 2)


class Featurizer:
    """Turns a sentence (list of words) into crfsuite attribute lists."""

    def __init__(self, lexicon: Lexicon | None = None, domain: str | None = None,
                 known: frozenset[str] | None = None):
        """`known`: the attributes a trained model has weights for. Others change
        nothing, so a tagger drops them once per word form, not per token."""
        self.lexicon = lexicon or Lexicon.default()
        self.domain = domain
        self.known = known
        self._own: dict[str, list[str]] = {}
        self._context: dict[str, list[str]] = {}

    def word_features(self, word: str, word_shape: str | None = None) -> list[str]:
        """Features of the word itself, independent of the sentence."""
        feats = [template + values[0] for template, values in self.word_columns([word], [word_shape or shape(word)])
                 if values[0] is not None]
        if self.domain:
            feats += [f"{f}@{self.domain}" for f in feats]
        return feats

    def word_columns(self, words: list[str], shapes: list[str]) -> list[tuple[str, list[str | None]]]:
        """`word_features` of many words, without the domain copies, as columns in
        feature order: (template, each word's value or None where the word lacks the
        feature). The feature is template + value; a template ends in `=` or is a
        whole flag (value ""). A tagger finds each feature's weights by template,
        then value, a column at a time, without building the feature strings."""
        lex = self.lexicon
        lows = [w.lower() for w in words]
        cases = [_case(w) for w in words]
        columns = [("b", [""] * len(words)), ("w=", lows), ("sh=", shapes), ("c=", cases),
                   ("len=", [str(min(len(w), 8)) for w in words])]
        lettered = [case != "punct" for case in cases]
        for template, cut in (("p2=", slice(2)), ("p3=", slice(3)), ("p4=", slice(4)),
                              ("s2=", slice(-2, None)), ("s3=", slice(-3, None)), ("s4=", slice(-4, None))):
            columns.append((template, [low[cut] if keep else None for low, keep in zip(lows, lettered)]))
        columns.append(("hyph", ["" if "-" in w[1:] else None for w in words]))
        columns.append(("dot", ["" if "." in w and len(w) > 1 else None for w in words]))
        for name, words_ in (("role", lex.roles), ("org", lex.org_words), ("plw", lex.place_words)):
            columns.append((name, ["" if low in words_ else None for low in lows]))
        columns.append(("hon", ["" if w in lex.honorifics else None for w in words]))
        columns.append(("deg", ["" if w in lex.degrees else None for w in words]))
        places = lex.places
        columns.append(("gz1", ["" if (low,) in places.get(low, ()) else None for low in lows]))
        infos = [lex.clusters.get(low) for low in lows]
        for i in range(max((len(info) for info in infos if info), default=0)):
            columns.append((f"k{i}=", [info[i] if info and i < len(info) else None for info in infos]))
        columns.append(("k=", [None if info else "oov" for info in infos]))
        return columns

    def context_features(self, word: str, word_shape: str | None = None) -> list[str]:
        """What a neighbour contributes: identity, shape, coarse cluster, lexicon flags."""
        return [template + values[0] for template, values in self.context_columns([word], [word_shape or shape(word)])
                if values[0] is not None]

    def context_columns(self, words: list[str], shapes: list[str]) -> list[tuple[str, list[str | None]]]:
        """`context_features` of many words as columns, as `word_columns`."""
        lex = self.lexicon
        lows = [w.lower() for w in words]
        infos = [lex.clusters.get(low) for low in lows]
        return [("w=", lows), ("sh=", shapes),
                ("k1=", [info[1] if info else None for info in infos]),
                ("role", ["" if low in lex.roles else None for low in lows]),
                ("org", ["" if low in lex.org_words else None for low in lows]),
                ("hon", ["" if w in lex.honorifics else None for w in words])]

    def features(self, word: str) -> tuple[list[str], list[list[str]]]:
        """The word's own features and what it adds as each neighbour (CONTEXT_OFFSETS)."""
        word_shape = shape(word)
        context = self.context_features(word, word_shape)
        return (self._keep(self.word_features(word, word_shape)),
                [self._keep([f"{offset}{f}" for f in context]) for offset in CONTEXT_OFFSETS])

    def cached(self, word: str) -> tuple[list[str], list[list[str]]]:
        own = self._own.get(word)
        if own is None:
            if len(self._own) > CACHE_LIMIT:
                self._own.clear()
                self._context.clear()
            own, context = self.features(word)
            self._own[word], self._context[word] = own, context
        return own, self._context[word]

    def _keep(self, feats: list[str]) -> list[str]:
        return feats if self.known is None else [f for f in feats if f in self.known]

    def _matches(self, lowered: list[str], sentence: list[str] | None) -> list[tuple[int, str, int]]:
        """(start, type, length) of the longest names, left to right, that do not overlap:
        places of two words or more (`sentence` None; type `LOC`), else the known names
        that start on a word not in lower case. Only words that start a name are visited."""
        if sentence is None:
            index = self.lexicon.places
            entries = lambda word: ((name, "LOC") for name in index[word] if len(name) > 1)  # noqa: E731
        else:
            index = self.lexicon.names
            entries = index.__getitem__
        found, end = [], 0
        for i in [i for i, word in enumerate(lowered) if word in index]:
            if i < end or (sentence is not None and sentence[i][:1].islower()):
                continue
            for name, kind in entries(lowered[i]):
                if len(name) == 1 or tuple(lowered[i:i + len(name)]) == name:
                    found.append((i, kind, len(name)))
                    end = i + len(name)
                    break
        return found

    def extras(self, sentence: list[str]) -> list[list[str]]:
        """The features that look at the sentence: bigrams, position, multi-word places,
        names known from the training data. Built in passes, each touching only the
        words it concerns: the bigrams, then sentence openers, places and names."""
        n = len(sentence)
        lowered = [w.lower() for w in sentence]
        padded = ["<s>", *lowered, "</s>"]
        known = self.known
        if known is None:
            rows = [[f"bg-={a}|{b}", f"bg+={b}|{c}"] for a, b, c in zip(padded, lowered, padded[2:])]
        else:
            rows = [[f for f in (f"bg-={a}|{b}", f"bg+={b}|{c}") if f in known]
                    for a, b, c in zip(padded, lowered, padded[2:])]
        for i in [0, *(i + 1 for i in range(n - 1) if sentence[i] in OPENERS)] if n else ():
            rows[i] += ["first", f"first&c={_case(sentence[i])}"]
        for i, _, length in self._matches(lowered, None):
            rows[i].append("gz=B")
            for j in range(i + 1, i + length):
                rows[j].append("gz=I")
        if self.lexicon.names:
            domain = self.domain
            matches = self._matches(lowered, sentence)
            starts = {i for i, _, _ in matches}
            for i, kinds, length in matches:
                for kind in kinds.split("|"):
                    for j in range(i, i + length):
                        mark = f"{'B' if j == i else 'I'}-{kind}"
                        rows[j].append(f"nm={mark}")
                        if domain:
                            rows[j].append(f"nm={mark}@{domain}")
                    if i:
                        rows[i - 1].append(f"nm+1=B-{kind}")
                if "|" in kinds:
                    rows[i].append("nm.amb")
                if i + length < n and i + length not in starts:
                    rows[i + length - 1].append("nm.end")
        return rows

    def sentence(self, sentence: list[str]) -> list[list[str]]:
        """All features of each word, as crfsuite attribute names."""
        n = len(sentence)
        parts = [self.cached(w) for w in sentence]
        rows = []
        for i, extra in enumerate(self.extras(sentence)):
            feats = list(parts[i][0])
            for k, offset in enumerate(CONTEXT_OFFSETS):
                j = i + offset
                if 0 <= j < n:
                    feats += parts[j][1][k]
                else:
                    feats.append(f"{offset}edge")
            rows.append(feats + extra)
        return rows
