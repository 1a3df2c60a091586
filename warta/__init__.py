"""Warta: who said what, about whom, when, and according to whom, in Indonesian news.

    import warta
    nlp = warta.load()
    doc = nlp("JAKARTA, KOMPAS.com - ...")
    record = warta.extract("JAKARTA, KOMPAS.com - ...")
"""

from __future__ import annotations

from .pipeline import annotate, load, shared
from .read.article import Article
from .record import to_record

__version__ = "0.1.0"


def extract(article: Article | str, **fields) -> dict:
    """The article record for one article (an Article, or text plus keyword fields
    such as `published="2023-12-12"`)."""
    if isinstance(article, str):
        article = Article(text=article, **fields)
    return to_record(annotate(shared(), article))


__all__ = ["Article", "extract", "load", "__version__"]
