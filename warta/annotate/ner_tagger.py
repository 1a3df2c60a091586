"""The trained CRF entity tagger that ships in `warta/lang/id/ner.crfsuite`.

Loaded once and kept: opening the model and warming the feature cache cost more
than tagging an article. `warta train ner` writes the model this reads."""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pycrfsuite

from ..lang.id import HERE
from .ner_features import Featurizer, Lexicon

MODEL_FILE = HERE / "ner.crfsuite"
NEWS_DOMAIN = "idner"  # the training corpus closest to the articles Warta reads


class Tagger:
    """BIO labels (PER/ORG/LOC) for a sentence of words."""

    def __init__(self, path: str | Path = MODEL_FILE):
        if not Path(path).exists():
            raise FileNotFoundError(f"no NER model at {path}; run `warta train ner`")
        self.path = Path(path)
        self._tagger = pycrfsuite.Tagger()
        self._tagger.open(str(path))
        self._featurizers: dict[str | None, Featurizer] = {}

    def featurizer(self, domain: str | None) -> Featurizer:
        if domain not in self._featurizers:
            self._featurizers[domain] = Featurizer(Lexicon.default(), domain)
        return self._featurizers[domain]

    def tag(self, words: list[str], domain: str | None = NEWS_DOMAIN) -> list[str]:
        if not words:
            return []
        return self._tagger.tag(self.featurizer(domain).sentence(words))


@cache
def default_tagger() -> Tagger:
    return Tagger()
