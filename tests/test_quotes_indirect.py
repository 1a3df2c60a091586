"""Indirect quotes: the grammar of the reported clause and cue classes read from lexicon data
(hand-written sentences, no NER, no ../shared)."""

import pytest

import warta
from warta.record import to_record


@pytest.fixture(scope="module")
def quotes_nlp():
    return warta.load(("warta_clean", "warta_sentences", "warta_quotes"))


def quotes(nlp, text):
    return [(q["kind"], q["text"], (q["cue"] or {}).get("text"), (q["speaker"] or {}).get("name"))
            for q in to_record(nlp(text))["quotes"]]


@pytest.mark.parametrize("text, expected", [
    # a short lead before an interposed cue is the article's; the clause after it is the quote
    ("Padahal, kata Pahala, perusahaan itu bisa memiliki aset yang besar.",
     [("indirect", "perusahaan itu bisa memiliki aset yang besar", "kata", "Pahala")]),
    ("Saat ini, tambahnya, tim masih menyelidiki penyebab kecelakaan itu.",
     [("indirect", "tim masih menyelidiki penyebab kecelakaan itu", "tambahnya", None)]),
    # a named subject before the interposed cue belongs to the clause
    ("Presiden Prabowo, kata Rosan, telah menetapkan target yang tinggi.",
     [("indirect", "Presiden Prabowo, kata Rosan, telah menetapkan target yang tinggi", "kata", "Rosan")]),
    # two cue verbs of one subject: two clauses, the first ends before the second cue
    ("Marwan juga menilai dapur katering tidak sesuai standar dan menduga adanya praktik curang di dapur itu.",
     [("indirect", "dapur katering tidak sesuai standar", "menilai", "Marwan"),
      ("indirect", "adanya praktik curang di dapur itu", "menduga", "Marwan")]),
])
def test_reported_clause(quotes_nlp, text, expected):
    assert quotes(quotes_nlp, text) == expected
