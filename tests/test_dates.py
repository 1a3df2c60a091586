"""Dates: the Indonesian date grammar (data in lang/id/dates*.jsonl) and TIMEX3 values."""

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import warta
from warta.annotate.dates import find_dates, grammar
from warta.lang.id import patterns
from warta.read.article import Article

EXAMPLE_PUBLISHED = "2025-06-18"  # a Wednesday; every rule's `expect` is resolved against it


def values(text, published=EXAMPLE_PUBLISHED):
    return [(text[d.start:d.end], d.type, d.value) for d in find_dates(text, published)]


@pytest.mark.parametrize("row", patterns("dates"), ids=lambda r: r["kind"])
def test_dates_every_rule_example_matches(row):
    found = [d for d in find_dates(row["example"], EXAMPLE_PUBLISHED)]
    if row["type"] is None:  # a blocker: its example holds no date
        assert found == []
    else:
        assert [d.kind for d in found] == [row["kind"]]
        assert found[0].value == row["expect"]


@pytest.mark.parametrize("row", [r for r in patterns("dates_macros") if "anchor" not in r], ids=lambda r: r["name"])
def test_dates_every_macro_example_matches(row):
    regex = re.compile(grammar().expand("{" + row["name"] + "}"), re.IGNORECASE)
    assert regex.search(row["example"]) is not None


@pytest.mark.parametrize("text, published, expected", [
    ("pada Selasa 12 Desember 2023.", "2023-12-12", [("Selasa 12 Desember 2023", "DATE", "2023-12-12")]),
    ("pada Jumat 8 Desember 2023 lalu.", "2023-12-12", [("Jumat 8 Desember 2023 lalu", "DATE", "2023-12-08")]),
    ("melaporkan pada hari Senin (6/11).", "2023-11-07", [("hari Senin (6/11)", "DATE", "2023-11-06")]),
    ("dimulai pada 7 Oktober, dan", "2023-11-07", [("7 Oktober", "DATE", "2023-10-07")]),
    ("berbeda pendapat akhir bulan lalu,", "2023-11-07", [("akhir bulan lalu", "DATE", "2023-10")]),
    ("dimulai sebulan lalu.", "2023-11-07", [("sebulan lalu", "DATE", "2023-10")]),
    ("menurutnya pekan lalu", "2023-11-07", [("pekan lalu", "DATE", "2023-W44")]),
    ("Selasa (25/8/2015)", "2025-06-18", [("Selasa (25/8/2015)", "DATE", "2015-08-25")]),
    ("dua hari lalu", "2025-06-18", [("dua hari lalu", "DATE", "2025-06-16")]),
    ("kemarin dan besok", "2025-06-18", [("kemarin", "DATE", "2025-06-17"), ("besok", "DATE", "2025-06-19")]),
    ("Pantauan pada Jumat sekitar pukul 13.45 WIB.", "2025-06-20",
     [("Jumat", "DATE", "2025-06-20"), ("pukul 13.45 WIB", "TIME", "2025-06-20T13:45")]),
    ("Selasa pagi", "2025-06-18", [("Selasa pagi", "TIME", "2025-06-17TMO")]),
    ("tahun anggaran 2011-2013", "2025-06-18", [("tahun anggaran 2011-2013", "DATE", "2011/2013")]),
    ("pada 15-29 Juli 2025 mendatang", "2025-06-20", [("15-29 Juli 2025 mendatang", "DATE", "2025-07-15/2025-07-29")]),
    ("awal 2024", "2025-06-18", [("awal 2024", "DATE", "2024")]),
    ("selama tiga bulan", "2025-06-18", [("tiga bulan", "DURATION", "P3M")]),
    ("dipenjara 3 tahun 6 bulan", "2025-06-18", [("3 tahun 6 bulan", "DURATION", "P3Y6M")]),
    ("setiap Senin", "2025-06-18", [("setiap Senin", "SET", "XXXX-WXX-1")]),
    ("hingga saat ini", "2025-06-18", [("saat ini", "DATE", "PRESENT_REF")]),
    ("dalam waktu dekat", "2025-06-18", [("dalam waktu dekat", "DATE", "FUTURE_REF")]),
    ("baru-baru ini", "2025-06-18", [("baru-baru ini", "DATE", "PAST_REF")]),
    ("pada bulan Ramadan 1446 H", "2025-06-18", [("bulan Ramadan 1446 H", "DATE", "2025-03-01/2025-03-30")]),
    ("kami panggil pada 1 Juli nanti", "2025-06-20", [("1 Juli nanti", "DATE", "2025-07-01")]),
    ("turnamen akan digelar 1 Juli", "2025-06-20", [("1 Juli", "DATE", "2025-07-01")]),
    # a range is one interval, its day never read from the tail of a year (`20|25 sampai 31 Agustus`)
    ("berlaku 14 Juni 2025 sampai 31 Agustus 2025.", "2025-06-20",
     [("14 Juni 2025 sampai 31 Agustus 2025", "DATE", "2025-06-14/2025-08-31")]),
    ("libur 20 Desember hingga 5 Januari 2025", "2025-06-20", [("20 Desember hingga 5 Januari 2025", "DATE",
                                                                "2024-12-20/2025-01-05")]),
    # `tanggal` inside `tertanggal` is no date word
    ("surat tertanggal 5 Mei 2025", "2025-06-20", [("5 Mei 2025", "DATE", "2025-05-05")]),
])
def test_dates_values(text, published, expected):
    assert values(text, published) == expected


@pytest.mark.parametrize("text", [
    "inflasi 5,6 persen", "Mesir Pakai Resolusi 377 (V)", "sekitar 1.400 orang tewas", "artikel 000_179138c53795d211",
    "Perpres Nomor 87 Tahun 2016", "Piala AFF U-23 2025", "BSU 2025 menyasar", "rumah tipe 18/25", "terlebih dulu",
])
def test_dates_not_dates(text):
    assert values(text) == []


def test_dates_without_publication_date_resolve_only_what_the_text_anchors():
    assert values("pada Selasa 12 Desember 2023 dan kemarin, 7 Oktober", None) == [
        ("Selasa 12 Desember 2023", "DATE", "2023-12-12"), ("kemarin", "DATE", None), ("7 Oktober", "DATE", None)]


def test_dates_year_less_date_takes_the_nearest_past_year():
    assert values("pada 7 Oktober", "2023-10-01") == [("7 Oktober", "DATE", "2022-10-07")]


def test_dates_anaphoric_part_of_day_takes_the_narrated_day():
    text = "Kami datang pada Kamis malam, 22 Mei 2025, lalu pulang. Malam itu, satpam menolak."
    assert values(text, "2025-06-04")[-1] == ("Malam itu", "TIME", "2025-05-22TNI")


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="0123456789.,/-:() ", max_size=30))
def test_dates_no_date_from_a_number_only_string(text):
    assert find_dates(text, EXAMPLE_PUBLISHED) == []


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=80))
def test_dates_never_crash(text):
    find_dates(text, EXAMPLE_PUBLISHED)


@pytest.fixture(scope="module")
def date_nlp():
    return warta.load(("warta_clean", "warta_sentences", "warta_dates"))


def test_dates_component_skips_dateline_and_boilerplate(date_nlp):
    from warta.pipeline import annotate_article as annotate
    text = ("JAKARTA, KOMPAS.com - Rapat digelar Rabu (18/6/2025).\n"
            "Baca juga: Rapat Kamis (19/6/2025) Ditunda\n"
            "Hasilnya diumumkan kemarin.")
    doc = annotate(date_nlp, Article(text=text, published="2025-06-18"))
    assert [(s.text, s.label_, s._.warta) for s in doc.spans["warta_dates"]] == [
        ("Rabu (18/6/2025)", "DATE", {"type": "DATE", "value": "2025-06-18"}),
        ("kemarin", "DATE", {"type": "DATE", "value": "2025-06-17"}),
    ]


def test_dates_component_runs_after_sentences(date_nlp):
    assert date_nlp.analyze_pipes()["problems"]["warta_dates"] == []
