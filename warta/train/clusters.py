"""Word clusters and corpus statistics for the entity tagger, built offline.

Written to `warta/lang/id/ner_clusters.tsv`: for each lowercased word, k-means
cluster ids at three granularities over word2vec vectors, how often the word is
capitalised away from the start of a sentence, and how often it is tagged a
proper noun. The text is openly licensed only: the POS corpus in the `nlp-id`
wheel (MIT), BaPOS and NERP (IndoNLU, Apache-2.0) and the NER training splits.
Training-only dependencies: gensim and scipy."""

from __future__ import annotations

import zlib
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

from ..annotate.entities.features import CLUSTERS_FILE

CLUSTER_SIZES = (32, 128, 512)
MIN_COUNT = 3
SEED = 13
PROPER_TAGS = {"NNP", "B-NNP", "I-NNP"}


def _stable_hash(text: str) -> int:
    """gensim seeds vectors with `hash`, which Python randomises per process."""
    return zlib.crc32(text.encode("utf-8"))


def tagged_sentences(path: Path, separator: str = "\t") -> Iterator[list[tuple[str, str]]]:
    """(word, tag) sentences of a one-token-a-line file; the tag is the last column."""
    sentence: list[tuple[str, str]] = []
    with path.open(encoding="utf-8", errors="replace") as lines:
        for line in lines:
            line = line.rstrip("\r\n")
            if not line.strip():
                if sentence:
                    yield sentence
                sentence = []
                continue
            parts = line.split(separator) if separator in line else line.split()
            sentence.append((parts[0], parts[-1] if len(parts) > 1 else ""))
    if sentence:
        yield sentence


def corpus_files(shared: Path) -> list[tuple[Path, str]]:
    """Unlabelled-use text: (path, column separator)."""
    import importlib.util

    files = []
    spec = importlib.util.find_spec("nlp_id")
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError("building clusters needs the nlp-id wheel: pip install --no-deps nlp-id==0.1.23.0")
    nlp_id_dir = Path(next(iter(spec.submodule_search_locations)))
    files.append((nlp_id_dir / "data" / "dataset_postag.txt", "\t"))
    files.append((shared / "data" / "pos" / "bapos" / "train.txt", "\t"))
    files.append((shared / "data" / "ner" / "nerp" / "train.txt", "\t"))
    files.append((shared / "data" / "ner" / "nergrit" / "train.txt", "\t"))
    files.append((shared / "data" / "ner" / "idner-news-2k" / "train.txt", " "))
    files.append((shared / "data" / "ner" / "indolem-nerui" / "train.tsv", "\t"))
    files.append((shared / "data" / "ner" / "indolem-nerugm" / "train.tsv", "\t"))
    return [(path, sep) for path, sep in files if path.exists()]


def _bucket(share: float) -> str:
    return "0" if share < 0.1 else "1" if share < 0.5 else "2" if share < 0.9 else "3"


def build_clusters(shared: Path, output: Path = CLUSTERS_FILE, log=print) -> Path:
    import numpy as np
    from gensim.models import Word2Vec
    from scipy.cluster.vq import kmeans2

    sentences, capital, inner, proper, tagged = [], Counter(), Counter(), Counter(), Counter()
    for path, separator in corpus_files(shared):
        cased = "nerp" not in str(path)  # NERP is lowercased: no case statistics from it
        has_pos = "pos" in str(path) or "nlp_id" in str(path)
        for sentence in tagged_sentences(path, separator):
            words = [w for w, _ in sentence]
            sentences.append([w.lower() for w in words])
            for i, (word, tag) in enumerate(sentence):
                low = word.lower()
                if cased and i > 0 and word[:1].isalpha():
                    inner[low] += 1
                    capital[low] += word[:1].isupper()
                if has_pos:
                    tagged[low] += 1
                    proper[low] += tag in PROPER_TAGS
    log(f"clusters: {len(sentences)} sentences, {sum(map(len, sentences))} tokens")
    model = Word2Vec(sentences, vector_size=100, window=4, min_count=MIN_COUNT, sg=1, negative=10,
                     epochs=10, workers=1, seed=SEED, hashfxn=_stable_hash)
    log(f"clusters: vectors for {len(model.wv.index_to_key)} words")
    vocab = model.wv.index_to_key
    vectors = model.wv.vectors / np.linalg.norm(model.wv.vectors, axis=1, keepdims=True)
    labels = []
    for k in CLUSTER_SIZES:
        _, assigned = kmeans2(vectors.astype(np.float64), k, iter=25, minit="points", seed=SEED)
        labels.append(assigned)
    log(f"clusters: {len(vocab)} words in {'/'.join(map(str, CLUSTER_SIZES))} clusters")
    rows = {}
    for i, word in enumerate(vocab):
        rows[word] = [str(level[i]) for level in labels]
    for word in set(inner) | set(tagged):
        if inner[word] + tagged[word] < 2:
            continue
        row = rows.setdefault(word, ["-"] * len(CLUSTER_SIZES))
        if len(row) == len(CLUSTER_SIZES):
            cap = _bucket(capital[word] / inner[word]) if inner[word] >= 2 else "-"
            nnp = _bucket(proper[word] / tagged[word]) if tagged[word] >= 2 else "-"
            row += [cap, nnp]
    with output.open("w", encoding="utf-8") as out:
        out.write("# word\tk32\tk128\tk512\tcapitalised\tproper-noun (see warta/train/clusters.py)\n")
        for word in sorted(rows):
            row = rows[word] + ["-"] * (len(CLUSTER_SIZES) + 2 - len(rows[word]))
            if word and "\t" not in word and " " not in word:
                out.write(f"{word}\t" + "\t".join(row) + "\n")
    log(f"clusters: wrote {len(rows)} words to {output}")
    return output
