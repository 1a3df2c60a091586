"""The Warta pipeline: spaCy's blank Indonesian model plus Warta's components.

Order matters and is checked by `nlp.analyze_pipes()` in the tests: cleaning
first (everything after it skips boilerplate), then sentences, then the
annotators, each reading what the ones before it wrote on the Doc."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from . import annotate  # noqa: F401  (registers the components)
from .lang.id.tokenizer import customize
from .read.article import Article

COMPONENTS = ("warta_clean", "warta_sentences")


def load(components: Iterable[str] = COMPONENTS) -> Language:
    """A ready pipeline: `warta.load()(text)` gives an annotated Doc."""
    nlp = spacy.blank("id")
    customize(nlp)
    for name in components:
        nlp.add_pipe(name)
    return nlp


def make_doc(nlp: Language, article: Article) -> Doc:
    """A tokenized Doc that carries the article's metadata for the components."""
    doc = nlp.make_doc(article.text)
    doc._.warta_article = {
        "id": article.id, "title": article.title, "url": article.url,
        "outlet": article.outlet, "published": article.published,
    }
    return doc


def annotate(nlp: Language, articles: Iterable[Article], batch_size: int = 32) -> Iterator[tuple[Article, Doc]]:
    """Run the pipeline over articles, lazily, keeping each article with its Doc."""
    pending = ((make_doc(nlp, article), article) for article in articles)
    yield from ((article, doc) for doc, article in nlp.pipe(pending, as_tuples=True, batch_size=batch_size))
