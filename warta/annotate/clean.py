"""The `warta_clean` component: dateline, boilerplate and article metadata on the Doc."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from ..clean.boilerplate import find_boilerplate
from ..clean.dateline import find_dateline
from ..clean.metadata import resolve_outlet, resolve_published
from .extensions import BOILERPLATE, char_span, raw_text


@Language.component("warta_clean", assigns=["doc._.warta_dateline", "doc._.warta_article", "doc.spans"])
def clean(doc: Doc) -> Doc:
    text = raw_text(doc)
    article = dict(doc._.warta_article or {})
    dateline = find_dateline(text)
    marks = find_boilerplate(text, dateline)
    doc._.warta_dateline = dateline.as_dict() if dateline else None
    doc.spans[BOILERPLATE] = [s for m in marks if (s := char_span(doc, m.start, m.end, m.kind)) is not None]
    if article.get("published_source") is None:
        article["published"], article["published_source"] = resolve_published(article.get("published"), article.get("url"), text)
    if article.get("outlet_source") is None:
        article["outlet"], article["outlet_source"] = resolve_outlet(article.get("outlet"), dateline, article.get("url"))
    doc._.warta_article = article
    return doc
