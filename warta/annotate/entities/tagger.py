"""The trained CRF entity tagger that ships in `warta/lang/id/ner.crfsuite`.

crfsuite trains the model; decoding is done here, with the model's weights in
numpy. Most features depend on the word form alone, so each form's weights are
summed once (for the word itself and for it as each neighbour) and cached:
tagging a sentence is then a few array additions and a Viterbi pass, several
times faster than handing crfsuite ~35 feature strings per token. The result
is the same as crfsuite's own tagger (checked in the tests)."""

from __future__ import annotations

from functools import cache
from pathlib import Path

import numpy as np
import pycrfsuite

from ...lang.id import HERE
from .features import CACHE_LIMIT, CONTEXT_OFFSETS, Featurizer, Lexicon

MODEL_FILE = HERE / "ner.crfsuite"
NEWS_DOMAIN = "nerui"  # the corpus whose guidelines fit Warta's records best: countries as
# LOC wherever they stand (idner-news-2k leaves many `Israel`s untagged), media as ORG


class Tagger:
    """BIO labels (PER/ORG/LOC) for a sentence of words."""

    def __init__(self, path: str | Path = MODEL_FILE):
        if not Path(path).exists():
            raise FileNotFoundError(f"no NER model at {path}; run `warta train ner`")
        self.path = Path(path)
        crf = pycrfsuite.Tagger()
        crf.open(str(path))
        info = crf.info()
        self.labels = sorted(crf.labels())
        column = {label: i for i, label in enumerate(self.labels)}
        attributes = sorted({attribute for attribute, _ in info.state_features})
        self.row = {attribute: i for i, attribute in enumerate(attributes)}
        self.weights = np.zeros((len(attributes) + 1, len(self.labels)))  # last row: unknown, all zero
        for (attribute, label), weight in info.state_features.items():
            self.weights[self.row[attribute], column[label]] = weight
        self.transitions = np.zeros((len(self.labels), len(self.labels)))
        for (before, after), weight in info.transitions.items():
            self.transitions[column[before], column[after]] = weight
        self.known = frozenset(self.row)
        self._featurizers: dict[str | None, Featurizer] = {}
        self._tables: dict[str | None, _WordTable] = {}
        self._edges = {offset: self._sum([f"{offset}edge"]) for offset in CONTEXT_OFFSETS}

    def featurizer(self, domain: str | None) -> Featurizer:
        if domain not in self._featurizers:
            self._featurizers[domain] = Featurizer(Lexicon.default(), domain, self.known)
        return self._featurizers[domain]

    def _sum(self, features: list[str]) -> np.ndarray:
        unknown = len(self.row)
        return self.weights[[self.row.get(f, unknown) for f in features]].sum(axis=0)

    def _rows(self, domain: str | None, words: list[str]) -> np.ndarray:
        """Each word's row in the domain's word table (one row per word form, filled
        on first sight: its weights as itself, then as each neighbour)."""
        table = self._tables.get(domain)
        if table is None or len(table.index) > CACHE_LIMIT:
            table = self._tables[domain] = _WordTable(len(CONTEXT_OFFSETS) + 1, len(self.labels))
        index = table.index
        new = [w for w in dict.fromkeys(words) if w not in index]
        if new:
            featurizer, unknown = self.featurizer(domain), len(self.row)
            rows, starts = [], []
            for word in new:
                own, context = featurizer.features(word)  # once: the table keeps its weights
                for features in (own, *context):
                    starts.append(len(rows))
                    rows += [self.row.get(f, unknown) for f in features]
                    rows.append(unknown)  # a zero row keeps every group non-empty for reduceat
            table.add(new, np.add.reduceat(self.weights[rows], starts, axis=0))
        return table.rows[np.fromiter(map(index.__getitem__, words), np.intp, len(words))]

    def scores(self, sentences: list[list[str]], domain: str | None) -> list[np.ndarray]:
        """Per-token label scores (n x labels) of the CRF's state features, per sentence."""
        featurizer = self.featurizer(domain)
        parts = self._rows(domain, [w for words in sentences for w in words])
        emissions = parts[:, 0].copy()
        # token i sees word i+offset as a neighbour, or `edge` past its sentence's ends:
        # all sentences at once, each token's additions in the same order as crfsuite's
        sentence = np.repeat(np.arange(len(sentences)), [len(words) for words in sentences])
        positions = np.arange(len(sentence))
        for k, offset in enumerate(CONTEXT_OFFSETS, 1):
            neighbour = np.clip(positions + offset, 0, len(sentence) - 1)
            same = (sentence[neighbour] == sentence) & (neighbour == positions + offset)
            emissions[same] += parts[neighbour[same], k]
            emissions[~same] += self._edges[offset]
        rows, targets, start = [], [], 0
        unknown, row_get = len(self.row), self.row.get
        for words in sentences:
            for i, extra in enumerate(featurizer.extras(words), start):
                rows += [row_get(feature, unknown) for feature in extra]
                targets += [i] * len(extra)
            start += len(words)
        if rows:  # targets ascend: sum each token's rows in one reduceat (np.add.at is slower)
            targets_ = np.asarray(targets)
            firsts = np.flatnonzero(np.r_[True, targets_[1:] != targets_[:-1]])
            emissions[targets_[firsts]] += np.add.reduceat(self.weights[rows], firsts, axis=0)
        bounds = np.cumsum([0, *map(len, sentences)])
        return [emissions[a:b] for a, b in zip(bounds[:-1], bounds[1:])]

    def tag_many(self, sentences: list[list[str]], domain: str | None = NEWS_DOMAIN) -> list[list[str]]:
        """Labels for many sentences at once: one Viterbi pass over them all, side by side.
        Longest first, so step i runs over the sentences still going (a prefix of the
        batch), not over every sentence padded to the longest."""
        kept = sorted((i for i, s in enumerate(sentences) if s), key=lambda i: -len(sentences[i]))
        results: list[list[str]] = [[] for _ in sentences]
        if not kept:
            return results
        emissions = self.scores([sentences[i] for i in kept], domain)
        lengths = np.array([len(e) for e in emissions])
        batch, longest, size = len(kept), int(lengths[0]), len(self.labels)
        padded = np.zeros((batch, longest, size))
        for b, e in enumerate(emissions):
            padded[b, :len(e)] = e
        going = np.searchsorted(-lengths, -np.arange(longest), side="left")  # sentences longer than i
        back = np.zeros((batch, longest, size), dtype=np.intp)
        score = padded[:, 0].copy()
        last = np.zeros((batch, size))  # each sentence's scores at its last token
        for i in range(1, longest + 1):
            ended = slice(going[i] if i < longest else 0, going[i - 1])
            last[ended] = score[ended]
            if i == longest:
                break
            active = going[i]
            candidates = score[:active, :, None] + self.transitions  # batch x from x to
            back[:active, i] = candidates.argmax(axis=1)
            score = candidates.max(axis=1) + padded[:active, i]
        best = np.zeros((batch, longest), dtype=np.intp)
        rows = np.arange(batch)
        best[rows, lengths - 1] = last.argmax(axis=1)
        for i in range(longest - 1, 0, -1):
            active = going[i]  # sentences with a token at i step back from it
            best[:active, i - 1] = back[rows[:active], i, best[:active, i]]
        labels = self.labels
        for b, i in enumerate(kept):
            results[i] = [labels[j] for j in best[b, :lengths[b]].tolist()]
        return results

    def tag(self, words: list[str], domain: str | None = NEWS_DOMAIN) -> list[str]:
        return self.tag_many([words], domain)[0]

    def tag_with_crfsuite(self, words: list[str], domain: str | None = NEWS_DOMAIN) -> list[str]:
        """crfsuite's own decoding, slower; the reference `tag` must agree with."""
        crf = pycrfsuite.Tagger()
        crf.open(str(self.path))
        return crf.tag(self.featurizer(domain).sentence(words)) if words else []


class _WordTable:
    """Rows of per-word weights (word x (itself, each neighbour) x labels) that grow
    by doubling, so an article's words are gathered with one fancy index."""

    def __init__(self, parts: int, labels: int):
        self.index: dict[str, int] = {}
        self.rows = np.zeros((1024, parts, labels))

    def add(self, words: list[str], weights: np.ndarray) -> None:
        n = len(self.index)
        if n + len(words) > len(self.rows):
            grown = np.zeros((max(2 * len(self.rows), n + len(words)), *self.rows.shape[1:]))
            grown[:n] = self.rows[:n]
            self.rows = grown
        self.rows[n:n + len(words)] = weights.reshape(len(words), *self.rows.shape[1:])
        self.index.update(zip(words, range(n, n + len(words))))


@cache
def default_tagger() -> Tagger:
    return Tagger()
