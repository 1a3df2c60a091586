"""Warta: who said what, about whom, when, and according to whom, in Indonesian news.

    import warta
    nlp = warta.load()
    doc = nlp("JAKARTA, KOMPAS.com - ...")
    record = warta.extract("JAKARTA, KOMPAS.com - ...")
"""

from __future__ import annotations

from importlib.metadata import PackageNotFoundError, version

from .read.article import MAX_ARTICLE_CHARS, Article, Unusable

try:
    __version__ = version("warta")
except PackageNotFoundError:  # run from a source tree that was never installed
    __version__ = "unknown"


def extract(article: Article | str, **fields) -> dict:
    """The article record for one article (an Article, or text plus keyword fields
    such as `published="2023-12-12"`). Raises `warta.Unusable` (a ValueError) for what
    the command line reports as a bad input: no text, text that is not a string, or
    more than `MAX_ARTICLE_CHARS` characters."""
    from .pipeline import article_record, shared

    if not isinstance(article, Article):
        article = Article(text=article, **fields)
    return article_record(shared(), article)


def __getattr__(name: str):
    """`warta.load` (and the rest of `warta.pipeline`) imported on first use: importing
    spaCy takes a second, which `warta --help` and `import warta.store` need not wait for."""
    if name in ("load", "shared", "article_record"):
        from . import pipeline

        return getattr(pipeline, name)
    raise AttributeError(f"module 'warta' has no attribute {name!r}")


__all__ = ["Article", "MAX_ARTICLE_CHARS", "Unusable", "extract", "load", "__version__"]
