"""The trained CRF entity tagger that ships in `warta/lang/id/ner.crfsuite`.

crfsuite trains the model; decoding is done here, with the model's weights in
numpy. Most features depend on the word form alone, so each form's weights are
summed once (for the word itself and for it as each neighbour) and cached:
tagging a sentence is then a few array additions and a Viterbi pass, several
times faster than handing crfsuite ~35 feature strings per token. The result
is the same as crfsuite's own tagger (checked in the tests)."""

from __future__ import annotations

from functools import cache
from itertools import chain
from pathlib import Path

import numpy as np
import pycrfsuite

from ...lang.id import HERE
from .features import CACHE_LIMIT, CONTEXT_OFFSETS, OPENERS, Featurizer, Lexicon, _case, shape

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
        self._split: dict[str | None, tuple] = {}
        self._split_own: dict[None, dict] = {}
        self._edges = {offset: self._sum([f"{offset}edge"]) for offset in CONTEXT_OFFSETS}
        self._bigrams = _Bigrams(self.known, self.row)
        self._lengths: dict[int, tuple[Lexicon, dict, dict]] = {}
        self._first = self.row.get("first", len(self.row))  # the unknown, zero row when not in the model
        self._first_case = {case: self.row.get(f"first&c={case}", len(self.row))
                            for case in ("upper", "title", "digit", "lower", "punct")}

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
        table, ids = self._table(domain, words)
        return table.rows[ids]

    def _table(self, domain: str | None, words: list[str]) -> tuple[_WordTable, np.ndarray]:
        """The domain's word table, with every word of `words` in it, and each word's
        index in it (one per word form, filled on first sight: its weights as itself,
        then as each neighbour, and what the sentence features need to know of it)."""
        table = self._tables.get(domain)
        if table is None or len(table.index) > CACHE_LIMIT:
            table = self._tables[domain] = _WordTable(len(CONTEXT_OFFSETS) + 1, len(self.labels), self._bigrams)
        index = table.index
        new = [w for w in dict.fromkeys(words) if w not in index]
        if new:
            featurizer = self.featurizer(domain)
            summed = self._first_sight(featurizer, new)
            places, names = self._by_length(featurizer.lexicon)
            first_case = [self._first_case[_case(w)] for w in new]
            table.add(new, summed,
                      [w.lower() for w in new], [w in OPENERS for w in new],
                      first_case,
                      places, names)
        return table, np.fromiter(map(index.__getitem__, words), np.intp, len(words))

    def _first_sight(self, featurizer: Featurizer, words: list[str]) -> np.ndarray:
        """The summed weights of new word forms (word x (itself, each neighbour) x labels):
        each group the rows of `featurizer.features(word)` that the model knows, in the
        same order, then the zero row, summed by one reduceat (as crfsuite's features,
        to the last bit). Rows are found a feature template at a time over all the words
        (`Featurizer.word_columns`), no feature string built."""
        own, marked, neighbour = self._templates(featurizer.domain)
        unknown, n = len(self.row), len(words)
        missing = [-1] * n
        shapes = [shape(w) for w in words]
        mine, theirs = featurizer.word_columns(words, shapes), featurizer.context_columns(words, shapes)

        def lookup(split: dict[str, dict[str, int]], columns: list) -> list[list[int]]:
            found = []
            for template, values in columns:
                rows = split.get(template)
                if rows is not None:  # None (a word without the feature) is no key: -1
                    found.append(list(map(rows.get, values, missing)))
            return found

        groups = [lookup(own, mine) + (lookup(marked, mine) if marked is not None else []),
                  *(lookup(split, theirs) for split in neighbour)]
        columns, bounds = [], []
        for group in groups:
            bounds.append(len(columns))
            columns += group
            columns.append([unknown] * n)  # a zero row keeps every group non-empty for reduceat
        slots = np.fromiter(chain.from_iterable(columns), np.intp, n * len(columns)).reshape(len(columns), n).T
        # word x slot, a group's slots in feature order
        present = slots >= 0
        counts = np.add.reduceat(present, bounds, axis=1, dtype=np.intp).ravel()
        return np.add.reduceat(self.weights[slots[present]], np.cumsum(counts) - counts, axis=0)

    def _templates(self, domain: str | None) -> tuple[dict, dict | None, list[dict]]:
        """The model's features split as template -> value -> row (see
        `Featurizer.word_columns`): the word's own, its domain-marked copies (None
        without a domain), and, per neighbour offset, the neighbour's. A feature is
        cut at its first `=` (or is a whole flag), so a pair finds a row only for
        the feature that is exactly the pair's concatenation."""
        kept = self._split.get(domain)
        if kept is not None:
            return kept
        if None not in self._split_own:
            self._split_own[None] = self._split_features(self.row.items())
        own = self._split_own[None]
        marked = None
        if domain:
            suffix = f"@{domain}"
            marked = self._split_features((f[:-len(suffix)], r) for f, r in self.row.items() if f.endswith(suffix))
        neighbour = []
        for offset in CONTEXT_OFFSETS:
            prefix = str(offset)
            neighbour.append({t[len(prefix):]: values for t, values in own.items() if t.startswith(prefix)})
        kept = self._split[domain] = (own, marked, neighbour)
        return kept

    @staticmethod
    def _split_features(features) -> dict[str, dict[str, int]]:
        split: dict[str, dict[str, int]] = {}
        for feature, row in features:
            cut = feature.find("=") + 1
            split.setdefault(feature[:cut] if cut else feature, {})[feature[cut:] if cut else ""] = row
        return split

    def scores(self, sentences: list[list[str]], domain: str | None) -> list[np.ndarray]:
        """Per-token label scores (n x labels) of the CRF's state features, per sentence."""
        emissions, lengths = self._emissions(sentences, domain)
        bounds = np.cumsum([0, *lengths])
        return [emissions[a:b] for a, b in zip(bounds[:-1], bounds[1:])]

    def _emissions(self, sentences: list[list[str]], domain: str | None) -> tuple[np.ndarray, list[int]]:
        """`scores` of all the sentences as one array (tokens x labels), and their lengths.

        The sums are those of `Featurizer.sentence`'s features, added in the same order
        (so the same to the last bit as before this was vectorised): each word's own
        weights, then each neighbour's (or `edge`), then the sentence features (bigrams,
        sentence openers, places, known names) summed among themselves first. The
        bigrams are looked up by pairs of lowercased-word ids, not by building strings."""
        featurizer = self.featurizer(domain)
        table, ids = self._table(domain, [w for words in sentences for w in words])
        parts = table.rows[ids]
        emissions = parts[:, 0].copy()
        # token i sees word i+offset as a neighbour, or `edge` past its sentence's ends:
        # all sentences at once, each token's additions in the same order as crfsuite's
        lengths = [len(words) for words in sentences]
        sentence = np.repeat(np.arange(len(sentences)), lengths)
        positions = np.arange(len(sentence))
        inside = {}
        for k, offset in enumerate(CONTEXT_OFFSETS, 1):
            neighbour = np.clip(positions + offset, 0, len(sentence) - 1)
            same = (sentence[neighbour] == sentence) & (neighbour == positions + offset)
            inside[offset] = same
            emissions[same] += parts[neighbour[same], k]
            emissions[~same] += self._edges[offset]
        lower = table.lower_ids[ids]
        bigrams = self._bigrams
        before = np.where(inside[-1], np.roll(lower, 1), bigrams.start)
        after = np.where(inside[1], np.roll(lower, -1), bigrams.end)
        unknown = len(self.row)
        before_rows, after_rows = bigrams.before(before, lower), bigrams.after(lower, after)
        sparse = self._sparse_extras(featurizer, table, ids, lengths)
        # each token's rows in the order `Featurizer.extras` lists them (a stable sort by
        # token keeps it), summed by one reduceat as before: numpy's order of addition
        # within a group depends on the group's length, so the groups are the same rows
        has_before, has_after = np.flatnonzero(before_rows != unknown), np.flatnonzero(after_rows != unknown)
        sparse_tokens, sparse_rows = (np.array(side, dtype=np.intp) for side in zip(*sparse)) if sparse else ((), ())
        targets = np.concatenate([has_before, has_after, sparse_tokens]).astype(np.intp)
        if len(targets):
            rows = np.concatenate([before_rows[has_before], after_rows[has_after], sparse_rows]).astype(np.intp)
            order = np.argsort(targets, kind="stable")
            targets, rows = targets[order], rows[order]
            firsts = np.flatnonzero(np.r_[True, targets[1:] != targets[:-1]])
            emissions[targets[firsts]] += np.add.reduceat(self.weights[rows], firsts, axis=0)
        return emissions, lengths

    def _by_length(self, lexicon: Lexicon) -> tuple[dict, dict]:
        """The lexicon's place names of two words or more and its known names, as first
        word -> ((length, {name: type}), ...), longest first: a name found by one lookup
        per length, and the type of the first of equal names in `Featurizer._matches` order."""
        def grouped(index: dict) -> dict:
            out = {}
            for first, entries in index.items():
                lengths: dict[int, dict] = {}
                for name, kind in entries:
                    lengths.setdefault(len(name), {}).setdefault(name, kind)
                if lengths:
                    out[first] = tuple(sorted(lengths.items(), reverse=True))
            return out
        kept = self._lengths.get(id(lexicon))
        if kept is None or kept[0] is not lexicon:
            places = grouped({k: [(name, "LOC") for name in v if len(name) > 1] for k, v in lexicon.places.items()})
            kept = self._lengths[id(lexicon)] = (lexicon, places, grouped(lexicon.names))
        return kept[1], kept[2]

    def _sparse_extras(self, featurizer: Featurizer, table: _WordTable, ids: np.ndarray,
                       lengths: list[int]) -> list[tuple[int, int]]:
        """(token, weight row) of the sentence features other than bigrams, as
        `Featurizer.extras` appends them: openers first, then places, then known names.
        Only the words that can start one are visited (read off the word table)."""
        unknown, found = len(self.row), []

        def row_get(feature: str) -> int:
            return self.row.get(feature, unknown)

        ends = np.cumsum(lengths)
        starts = ends - lengths
        first, first_case = self._first, table.first_case[ids]
        openers = np.flatnonzero(table.opener[ids]) + 1
        openers = openers[~np.isin(openers, ends)]  # the word after an opener, inside its sentence
        marked = np.union1d(starts[np.asarray(lengths) > 0], openers)
        for i in marked.tolist():
            found += [(i, first), (i, int(first_case[i]))]
        place_starts = np.flatnonzero(table.place_start[ids]).tolist()
        name_starts = np.flatnonzero(table.name_start[ids]).tolist()
        if not place_starts and not name_starts:
            return found
        id_list, lowers = ids.tolist(), table.lowers
        sentence_end = np.repeat(ends, lengths).tolist()
        places, names = self._by_length(featurizer.lexicon)

        def matches(candidates: list[int], index: dict) -> list[tuple[int, str, int]]:
            out, end, edge = [], 0, -1
            for i in candidates:
                if sentence_end[i] != edge:
                    edge, end = sentence_end[i], 0  # a new sentence
                if i < end:
                    continue
                for length, names_ in index[lowers[id_list[i]]]:  # longest first, as `Featurizer._matches`
                    if i + length > edge:
                        continue
                    kind = names_.get(tuple([lowers[t] for t in id_list[i:i + length]]) if length > 1
                                      else (lowers[id_list[i]],))
                    if kind is not None:
                        out.append((i, kind, length))
                        end = i + length
                        break
            return out

        gz_b, gz_i = row_get("gz=B"), row_get("gz=I")
        for i, _, length in matches(place_starts, places):
            found.append((i, gz_b))
            found += [(j, gz_i) for j in range(i + 1, i + length)]
        if names:
            domain = featurizer.domain
            sentence_start = np.repeat(starts, lengths).tolist()
            found_names = matches(name_starts, names)
            by_sentence: dict[int, set[int]] = {}
            for i, _, _ in found_names:
                by_sentence.setdefault(sentence_end[i], set()).add(i)
            for i, kinds, length in found_names:
                for kind in kinds.split("|"):
                    for j in range(i, i + length):
                        mark = f"{'B' if j == i else 'I'}-{kind}"
                        found.append((j, row_get(f"nm={mark}")))
                        if domain:
                            found.append((j, row_get(f"nm={mark}@{domain}")))
                    if i > sentence_start[i]:
                        found.append((i - 1, row_get(f"nm+1=B-{kind}")))
                if "|" in kinds:
                    found.append((i, row_get("nm.amb")))
                if i + length < sentence_end[i] and i + length not in by_sentence[sentence_end[i]]:
                    found.append((i + length - 1, row_get("nm.end")))
        return found

    def tag_many(self, sentences: list[list[str]], domain: str | None = NEWS_DOMAIN) -> list[list[str]]:
        """Labels for many sentences at once: one Viterbi pass over them all, side by side.
        Longest first, so step i runs over the sentences still going (a prefix of the
        batch), not over every sentence padded to the longest."""
        kept = sorted((i for i, s in enumerate(sentences) if s), key=lambda i: -len(sentences[i]))
        results: list[list[str]] = [[] for _ in sentences]
        if not kept:
            return results
        emissions, sizes = self._emissions([sentences[i] for i in kept], domain)
        lengths = np.array(sizes)
        batch, longest, size = len(kept), sizes[0], len(self.labels)
        # time-major: step i reads the rows of the sentences still going, a contiguous prefix
        rows = np.arange(batch)
        steps = np.zeros((longest, batch, size))
        starts = np.repeat(np.cumsum(lengths) - lengths, lengths)
        steps[np.arange(len(emissions)) - starts, np.repeat(rows, lengths)] = emissions
        going = np.searchsorted(-lengths, -np.arange(longest), side="left").tolist()  # sentences longer than i
        back = np.empty((longest, batch, size), dtype=np.intp)
        candidates = np.empty((batch, size, size))  # batch x from x to
        score = steps[0].copy()
        last = np.zeros((batch, size))  # each sentence's scores at its last token
        transitions = self.transitions
        for i in range(1, longest + 1):
            active = going[i] if i < longest else 0
            if active < going[i - 1]:
                last[active:going[i - 1]] = score[active:going[i - 1]]
            if i == longest:
                break
            step = candidates[:active]
            np.add(score[:active, :, None], transitions, out=step)
            step.argmax(axis=1, out=back[i, :active])
            score = step.max(axis=1)
            score += steps[i, :active]
        best = np.empty((longest, batch), dtype=np.intp)
        best[lengths - 1, rows] = last.argmax(axis=1)
        for i in range(longest - 1, 0, -1):
            active = going[i]  # sentences with a token at i step back from it
            best[i - 1, :active] = back[i, rows[:active], best[i, :active]]
        labels, best = self.labels, best.T
        for b, i in enumerate(kept):
            results[i] = [labels[j] for j in best[b, :sizes[b]].tolist()]
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
    by doubling, so an article's words are gathered with one fancy index; beside them,
    per word, what the sentence features read: its lowercased form's id (for bigrams),
    whether it opens a sentence part, its `first&c` weight row, and whether it can
    start a place name or a name known from the training data."""

    def __init__(self, parts: int, labels: int, bigrams: _Bigrams):
        self.index: dict[str, int] = {}
        self.rows = np.zeros((1024, parts, labels))
        self.lowers: list[str] = []
        self.lower_ids = np.zeros(1024, dtype=np.int64)
        self.opener = np.zeros(1024, dtype=bool)
        self.first_case = np.zeros(1024, dtype=np.intp)
        self.place_start = np.zeros(1024, dtype=bool)
        self.name_start = np.zeros(1024, dtype=bool)
        self._ids = dict(bigrams.ids)  # lowercased form -> id: the model's bigram words, then others

    def add(self, words: list[str], weights: np.ndarray, lowers: list[str], openers: list[bool],
            first_case: list[int], places: dict, names: dict) -> None:
        n = len(self.index)
        if n + len(words) > len(self.rows):
            size = max(2 * len(self.rows), n + len(words))
            for name in ("rows", "lower_ids", "opener", "first_case", "place_start", "name_start"):
                old = getattr(self, name)
                grown = np.zeros((size, *old.shape[1:]), dtype=old.dtype)
                grown[:n] = old[:n]
                setattr(self, name, grown)
        end = n + len(words)
        self.rows[n:end] = weights.reshape(len(words), *self.rows.shape[1:])
        ids = self._ids
        self.lower_ids[n:end] = [ids.setdefault(low, len(ids)) for low in lowers]
        self.opener[n:end] = openers
        self.first_case[n:end] = first_case
        self.place_start[n:end] = [low in places for low in lowers]
        self.name_start[n:end] = [low in names and not word[:1].islower() for word, low in zip(words, lowers)]
        self.lowers += lowers
        self.index.update(zip(words, range(n, end)))


class _Bigrams:
    """The model's bigram features (`bg-=a|b`, `bg+=a|b`) keyed by pairs of word ids, so
    a sentence's bigrams are found with one sorted search, no string built per token.
    A feature `bg-=x|y|z` is keyed under each of its splits (`x`, `y|z` and `x|y`, `z`):
    the pair that writes it is found whichever it is."""

    START, END = "<s>", "</s>"

    def __init__(self, known: frozenset[str], row: dict[str, int]):
        self.ids: dict[str, int] = {self.START: 0, self.END: 1}
        self.unknown = len(row)
        tables: dict[str, dict[int, int]] = {"bg-=": {}, "bg+=": {}}
        for feature in known:
            keyed = tables.get(feature[:4])
            if keyed is None:
                continue
            pair = feature[4:]
            at = pair.find("|")
            while at >= 0:
                a = self.ids.setdefault(pair[:at], len(self.ids))
                b = self.ids.setdefault(pair[at + 1:], len(self.ids))
                keyed[a << 32 | b] = row[feature]
                at = pair.find("|", at + 1)
        self.start, self.end = self.ids[self.START], self.ids[self.END]
        self._tables = {}
        for prefix, keyed in tables.items():
            keys = np.array(sorted(keyed), dtype=np.int64)
            self._tables[prefix] = (keys, np.array([keyed[k] for k in keys.tolist()], dtype=np.intp))

    def _rows(self, prefix: str, a: np.ndarray, b: np.ndarray) -> np.ndarray:
        keys, rows = self._tables[prefix]
        wanted = a << 32 | b
        if not len(keys):
            return np.full(len(wanted), self.unknown, dtype=np.intp)
        at = np.minimum(np.searchsorted(keys, wanted), len(keys) - 1)
        return np.where(keys[at] == wanted, rows[at], self.unknown)

    def before(self, a: np.ndarray, b: np.ndarray) -> np.ndarray:
        """The weight rows of `bg-=a|b` (the unknown, zero row where the model has none)."""
        return self._rows("bg-=", a, b)

    def after(self, a: np.ndarray, b: np.ndarray) -> np.ndarray:
        return self._rows("bg+=", a, b)


@cache
def default_tagger() -> Tagger:
    return Tagger()
