"""Sentence boundaries on scraped Indonesian text."""

import pytest

import warta


@pytest.fixture(scope="module")
def cleaner():
    return warta.load(("warta_clean", "warta_sentences"))


def sentences(nlp, text):
    record_like = warta.pipeline.to_record(warta.pipeline.annotate_article(nlp, warta.Article(text=text)))
    return [text[s:e] for s, e in record_like["sentences"]]


@pytest.mark.parametrize("text, expected", [
    ("Kantornya di Jl. Sudirman No. 5. Ia datang pukul 9.",
     ["Kantornya di Jl. Sudirman No. 5.", "Ia datang pukul 9."]),
    ("Jend. (Purn.) Wiranto hadir. Dr. H. Ahmad, S.H., M.Si. juga hadir.",
     ["Jend. (Purn.) Wiranto hadir.", "Dr. H. Ahmad, S.H., M.Si. juga hadir."]),
    ("PT. Bank Rakyat Indonesia Tbk. mencatat laba. Laba naik.",
     ["PT. Bank Rakyat Indonesia Tbk. mencatat laba.", "Laba naik."]),
    ("Budi dkk. tiba. Surat a.n. Menteri dikirim Ir. Joko.",
     ["Budi dkk. tiba.", "Surat a.n. Menteri dikirim Ir. Joko."]),
    ("Politico melaporkan pada hari Senin (6/11).Mengkritik Israel tidak cukup.",
     ["Politico melaporkan pada hari Senin (6/11).", "Mengkritik Israel tidak cukup."]),
    ("dilakukan Zionis IsraelMemo tersebut menyerukan gencatan senjata.",
     ["dilakukan Zionis Israel", "Memo tersebut menyerukan gencatan senjata."]),
    ("“Apa salah kami?” tanya seorang warga. Polisi diam.",
     ["“Apa salah kami?” tanya seorang warga.", "Polisi diam."]),
    ("“Kami siap. Kami tidak takut,” kata Budi. Ia pergi.",
     ["“Kami siap.", "Kami tidak takut,” kata Budi.", "Ia pergi."]),
    ("menurut laporan dalam memo tersebut.“Kita harus terbuka,” pesan tersebut.",
     ["menurut laporan dalam memo tersebut.", "“Kita harus terbuka,” pesan tersebut."]),
    ("Harga naik 5,6 persen. Rp 2.500 per kilo.", ["Harga naik 5,6 persen.", "Rp 2.500 per kilo."]),
    ("Paragraf satu tanpa titik\nParagraf dua.", ["Paragraf satu tanpa titik", "Paragraf dua."]),
    ("Harga\u00a0naik. Harga turun.", ["Harga\u00a0naik.", "Harga turun."]),
])
def test_sentences_survive_abbreviations_glue_and_quotes(cleaner, text, expected):
    assert sentences(cleaner, text) == expected


def test_sentences_leave_out_dateline_and_boilerplate(cleaner):
    text = "JAKARTA, KOMPAS.com - Harga naik.\nBaca juga: Harga Turun Lagi\nIa kaget."
    assert sentences(cleaner, text) == ["Harga naik.", "Ia kaget."]


def test_sentences_offsets_point_into_the_unchanged_text(cleaner):
    text = "HARIAN DISWAY - Blinken berbicara.\u00a0Ia pergi.Dia kembali (6/11).Mereka diam."
    record = warta.pipeline.to_record(warta.pipeline.annotate_article(cleaner, warta.Article(text=text)))
    assert record["text"] == text
    assert record["sentences"] == [[16, 34], [35, 44], [44, 63], [63, 75]]
