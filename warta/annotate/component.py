"""The shape every Warta annotator shares, after spaCy's own pipes."""

from __future__ import annotations

from spacy.pipeline import Pipe
from spacy.tokens import Doc


class Component(Pipe):
    """`__call__` reads (`predict`) then writes (`set_annotations`) inside the pipe's
    error handler, so `nlp.set_error_handler` can skip one bad article in a batch."""

    name: str

    def __call__(self, doc: Doc) -> Doc:
        try:
            self.set_annotations(doc, self.predict(doc))
        except Exception as error:  # noqa: BLE001 - handed to spaCy's error handler
            self.get_error_handler()(self.name, self, [doc], error)
        return doc
