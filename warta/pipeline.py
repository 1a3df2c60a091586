"""The Warta pipeline: spaCy's Indonesian language (with Warta's tokenizer rules) plus Warta's components.

Order matters and is checked by `nlp.analyze_pipes()` in the tests: cleaning
first (everything after it skips boilerplate), then sentences, then the
annotators, each reading what the ones before it wrote on the Doc."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from spacy.language import Language
from spacy.tokens import Doc

from . import annotate  # noqa: F401  (registers the components)
from .annotate.extensions import TEXT_KEY
from .lang.id.tokenizer import WartaIndonesian
from .read.article import MAX_ARTICLE_CHARS, Article, ReadError, Unusable, check_text
from .record import join, to_record

COMPONENTS = ("warta_clean", "warta_sentences", "warta_entities", "warta_quotes", "warta_dates", "warta_figures")

# Articles longer than this are annotated in pieces (see `article_record`): over twice the
# longest article of the five dev corpora (38,570 characters), so news is read whole.
PIECE_CHARS = 100_000

_loaded: dict[tuple[str, ...], Language] = {}


def load(components: Iterable[str] = COMPONENTS) -> Language:
    """A ready pipeline: `warta.load()(text)` gives an annotated Doc.

    spaCy's `max_length` is raised to Warta's own limit (`MAX_ARTICLE_CHARS`): its
    default guards parsers that need about 1 GB a million characters, and Warta has
    none. The first pipeline built with given components is kept, so `warta.extract`
    after `warta.load()` reuses it instead of building a second one.

    The host program's interpreter is left as it was: Warta's own processes (its
    command line, its workers) also `gc.freeze` what the pipeline holds (`warta.run.worker`)."""
    components = tuple(components)
    nlp = WartaIndonesian()
    nlp.max_length = MAX_ARTICLE_CHARS
    for name in components:
        nlp.add_pipe(name)
    _loaded.setdefault(components, nlp)
    return nlp


def shared(components: tuple[str, ...] = COMPONENTS) -> Language:
    """One pipeline per process for the CLI and `warta.extract` (loading takes seconds)."""
    return _loaded.get(tuple(components)) or load(components)


def make_doc(nlp: Language, article: Article) -> Doc:
    """A tokenized Doc that carries the article's metadata for the components."""
    doc = nlp.make_doc(article.text)
    doc.user_data[TEXT_KEY] = article.text
    doc._.warta_article = {
        "id": article.id or article.content_hash, "title": article.title, "url": article.url,
        "outlet": article.outlet, "published": article.published, "content_hash": article.content_hash,
    }
    return doc


def annotate_article(nlp: Language, article: Article) -> Doc:
    """Run every component over one article. Components are called one by one
    (not through `nlp.pipe`) so one failing article can be reported and skipped.
    An article Warta cannot take (no text, too large) raises `Unusable` first."""
    check_text(article.text)
    doc = make_doc(nlp, article)
    for _, component in nlp.pipeline:
        doc = component(doc)
    return doc


def pieces(text: str, size: int = PIECE_CHARS) -> list[tuple[int, int]]:
    """(start, end) of consecutive pieces of at most `size` characters, cut after a line
    break in the piece's second half, else after a space, else anywhere."""
    bounds, start = [], 0
    while len(text) - start > size:
        half, limit = start + size // 2, start + size
        cut = text.rfind("\n", half, limit)
        if cut < 0:
            cut = text.rfind(" ", half, limit)
        cut = cut + 1 if cut >= 0 else limit
        bounds.append((start, cut))
        start = cut
    return bounds + [(start, len(text))]


def article_record(nlp: Language, article: Article) -> dict:
    """The record of one article. One longer than `PIECE_CHARS` is annotated in pieces
    and their records joined, offsets pointing into the whole text: the rules read an
    article as a whole (names, speakers, repeated paragraphs), which on a text hundreds of
    times longer than news costs time growing with its square. Names and speakers are
    then linked within a piece, not across pieces."""
    check_text(article.text)
    bounds = pieces(article.text, PIECE_CHARS)
    if len(bounds) == 1:
        return to_record(annotate_article(nlp, article))
    fields = {"id": article.id or article.content_hash, "title": article.title, "url": article.url,
              "outlet": article.outlet, "published": article.published, "origin": article.origin}
    kept = [(start, article.text[start:end]) for start, end in bounds if article.text[start:end].strip()]
    records = [to_record(annotate_article(nlp, Article(text=piece, **fields))) for _, piece in kept]
    return join(records, [start for start, _ in kept], article.text, article.content_hash)


def extract_all(nlp: Language, items: Iterable[Article | ReadError]) -> Iterator[tuple[Article, dict] | ReadError]:
    """Records for the articles; read errors pass through, and an article the
    pipeline refuses or fails on becomes a ReadError that names it."""
    for item in items:
        if isinstance(item, ReadError):
            yield item
            continue
        try:
            yield item, article_record(nlp, item)
        except Unusable as error:
            yield ReadError(item.origin, str(error))
        except Exception as error:  # one bad article must not stop a corpus run
            yield ReadError(item.origin, f"extraction failed: {type(error).__name__}: {error}")
