"""Abuse-resistance: every defect of issue 13 as a behaviour a user would notice."""

import gc
import weakref

import warta
from warta.pipeline import annotate_article
from warta.read import Article

ARTICLE = ("JAKARTA, KOMPAS.com - Menteri Budi Santoso mengatakan harga beras naik 10 persen pada Senin (6/11).\n"
           "“Kami akan turun tangan,” kata dia.\n")


def test_robust_annotated_docs_are_freed_once_dropped(nlp):
    """A long ingest keeps flat memory: nothing (component caches included) holds on to a finished Doc."""
    refs = []
    for _ in range(3):
        doc = annotate_article(nlp, Article(text=ARTICLE))
        assert len(doc.spans["warta_quotes"]) and len(doc.spans["warta_dates"])
        refs.append(weakref.ref(doc))
        del doc
    gc.collect()
    assert [ref() for ref in refs] == [None, None, None]
