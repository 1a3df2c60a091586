"""What runs inside a worker process (a local pool's or a Dask worker's): annotate
a chunk of articles and hand back each record as JSON text.

JSON is the wire format: pickling a string is a copy, the worker does the encoding
(in parallel), and `warta extract` prints it as it comes. Each chunk runs inside a
spaCy memory zone, so the strings and lexemes of its words are freed afterwards:
without it the vocabulary grows with every new word form over a long ingest."""

from __future__ import annotations

import gc
from functools import cache

from spacy.language import Language

from ..pipeline import extract_all, shared
from ..read.article import Article, ReadError
from ..record import to_json


@cache
def pipeline(freeze: bool = False) -> Language:
    """This process's pipeline, built on first use. `freeze`: move what is alive
    after loading (the tagger's weights, the lexicons) out of the cyclic GC's sight
    (`gc.freeze`), so full collections do not walk them again and again (33.0 ->
    35.5 articles/s when measured); only in processes Warta owns (its CLI, its pool's
    workers), never in a host program's."""
    nlp = shared()
    if freeze:
        gc.freeze()
    return nlp


def annotate_chunk(articles: list[Article], freeze: bool = False,
                   prepare: bool = False) -> list[str | tuple[str, tuple] | ReadError]:
    """Each article's record as JSON, or the ReadError naming why it failed. `prepare`
    (an ingest): each record as `(JSON, what the corpus update needs from it alone)`,
    that work done here, in parallel, rather than in the one process that updates
    the corpus (`warta.corpus.cluster.prepare`)."""
    nlp = pipeline(freeze)
    if prepare:
        from ..corpus.cluster import prepare as prepared
    with nlp.memory_zone():
        return [item if isinstance(item, ReadError) else (to_json(item[1]), tuple(prepared(item[1]))) if prepare
                else to_json(item[1]) for item in extract_all(nlp, articles)]


def annotate_chunk_frozen(articles: list[Article], prepare: bool = False) -> list[str | tuple[str, tuple] | ReadError]:
    """`annotate_chunk` in a Warta pool worker (a picklable top-level function)."""
    return annotate_chunk(articles, freeze=True, prepare=prepare)
