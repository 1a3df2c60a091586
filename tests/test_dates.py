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
    else:  # `kinds`: an example that needs a second date to show the rule (`25 dan 28 Maret`)
        assert [d.kind for d in found] == row.get("kinds", [row["kind"]])
        assert next(d for d in found if d.kind == row["kind"]).value == row["expect"]


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
    # a year before `pekan lalu` is the series' year, not 2,020 weeks
    ("seri perdana MotoGP 2020 pekan lalu", "2020-07-24", [("pekan lalu", "DATE", "2020-W29")]),
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
    assert values("pada 7 November", "2023-10-01") == [("7 November", "DATE", "2022-11-07")]
    assert values("pada 7 Oktober lalu", "2023-10-01") == [("7 Oktober lalu", "DATE", "2022-10-07")]


def test_dates_year_less_date_days_after_publication_is_the_coming_one():
    assert values("Festival digelar pada 20-22 Juni.", "2025-06-19") == [("20-22 Juni", "DATE", "2025-06-20/2025-06-22")]


def test_dates_weekday_picks_the_year_it_falls_in():
    # 20 July is a Wednesday in 2022, not in 2023
    assert values("bertemu pada Rabu (20/7).", "2023-02-01") == [("Rabu (20/7)", "DATE", "2022-07-20")]


def test_dates_future_word_inside_a_quote_does_not_make_the_attribution_future():
    text = '"Saya akan menuntut lebih banyak," kata pelatih itu pada Juli.'
    assert values(text, "2019-09-15") == [("Juli", "DATE", "2019-07")]


# --- narrative anchoring: a time or relative expression after an explicit date anchors to it

def test_dates_clock_time_after_a_date_takes_that_date_not_publication():
    text = "Kebakaran terjadi Sabtu (14/6/2025) pukul 09.10 WIB. Api baru padam pada pukul 11.40 WIB."
    assert values(text, "2025-06-20")[-1] == ("pukul 11.40 WIB", "TIME", "2025-06-14T11:40")


def test_dates_clock_times_of_a_schedule_take_the_day_before_them():
    text = "Kamis (23/7/2020) 17.00 WIB: Jumpa pers 22.00 WIB: Rapat Jumat (24/7/2020) 14.00 WIB: Latihan"
    found = values(text, "2020-07-24")
    assert ("22.00 WIB", "TIME", "2020-07-23T22:00") in found and ("14.00 WIB", "TIME", "2020-07-24T14:00") in found


@pytest.mark.parametrize("phrase, value", [
    ("sehari kemudian", "2025-03-04"), ("keesokan harinya", "2025-03-04"), ("hari itu", "2025-03-03"),
    ("sebulan kemudian", "2025-04"), ("sehari sebelumnya", "2025-03-02"),
])
def test_dates_relative_expressions_count_from_the_narrated_day(phrase, value):
    text = f"Banjir melanda desa itu pada Senin (3/3/2025). Warga mengungsi {phrase}."
    assert values(text, "2025-06-18")[-1] == (phrase, "DATE", value)


def test_dates_kala_itu_is_the_time_named_just_before_else_the_past():
    text = "Tim itu dibentuk pada penghujung tahun 2016. Kala itu, Jokowi memimpin rapat."
    assert values(text, "2023-03-16")[-1] == ("Kala itu", "DATE", "2016")
    assert values("Kala itu, Jokowi memimpin rapat.", "2023-03-16") == [("Kala itu", "DATE", "PAST_REF")]


@pytest.mark.parametrize("text, expected", [
    # the month of the date its sentence names, also after it
    ("Kita akan mulai uji coba dari tanggal 11 sampai liga berakhir 16 April 2023.", ("tanggal 11", "DATE", "2023-04-11")),
    # the month of the day the story narrated last
    ("Rapat digelar pada Jumat (3/5/2024). Tanggal 5 mereka pulang.", ("Tanggal 5", "DATE", "2024-05-05")),
    # a month in brackets; a future word puts it ahead
    ("Ada rencana nanti tanggal 8 (November) diluncurkan.", ("tanggal 8 (November)", "DATE", "2025-11-08")),
])
def test_dates_a_day_of_the_month_without_its_month_takes_the_storys_month(text, expected):
    assert expected in values(text, "2025-06-18")


def test_dates_a_day_before_a_range_end_stays_in_the_range():
    assert values("Festival digelar tanggal 22 sampai dengan 28 Oktober 2019.", "2019-10-01") == \
        [("22 sampai dengan 28 Oktober 2019", "DATE", "2019-10-22/2019-10-28")]


def test_dates_today_inside_a_quote_is_the_day_it_was_said():
    text = "1 Agustus 2024, para aktivis melapor ke kantor itu.\n“Hari ini kami datang melapor,” kata ketuanya."
    assert values(text, "2025-06-20")[-1] == ("Hari ini", "DATE", "2024-08-01")


def test_dates_today_inside_a_quote_takes_its_report_date():
    text = '"Besok kami berangkat," kata Rina, Kamis (12/6/2025).'
    assert values(text, "2025-06-20")[0] == ("Besok", "DATE", "2025-06-13")


def test_dates_today_outside_quotes_stays_publication():
    assert values("Banjir pada Senin (3/3/2025).\nHari ini air surut.", "2025-03-05")[-1] == ("Hari ini", "DATE", "2025-03-05")


@pytest.mark.parametrize("text, expected", [
    ("Ia pindah ke klub itu musim lalu.", ("musim lalu", "DATE", "2024")),
    ("dibeli pada musim panas 2019.", ("musim panas 2019", "DATE", "2019-SU")),
    ("tren tahun 1990-an", ("tahun 1990-an", "DATE", "199")),
    ("berdiri pada 2008 silam", ("2008 silam", "DATE", "2008")),
    ("dinikahi aktor Malaysia 2016 silam", ("2016 silam", "DATE", "2016")),
    ("Laga digelar Jumat, 13/6/2025 malam.", ("Jumat, 13/6/2025", "DATE", "2025-06-13")),
    ("Pada 2012, kantor itu dibuka.", ("2012", "DATE", "2012")),
    ("survei pada Agustus hingga September 2022", ("Agustus hingga September 2022", "DATE", "2022-08/2022-09")),
    ("selama periode 2009 hingga Juni 2012", ("2009 hingga Juni 2012", "DATE", "2009/2012-06")),
    ("laga pada 12 dan 13 April 2023", ("12 dan 13 April 2023", "DATE", "2023-04-12/2023-04-13")),
    ("dihukum 5 tahun dan 6 bulan", ("5 tahun dan 6 bulan", "DURATION", "P5Y6M")),
    ("dua sampai tiga hari", ("dua sampai tiga hari", "DURATION", "P2D/P3D")),
    ("minum dua gelas per hari", ("per hari", "SET", "P1D")),
    ("diganti 3 bulan sekali", ("3 bulan sekali", "SET", "P3M")),
    ("Kala itu harga naik.", ("Kala itu", "DATE", "PAST_REF")),
    ("perkembangan dia di senior nanti.", ("nanti", "DATE", "FUTURE_REF")),
    ("industri film kedepannya", ("kedepannya", "DATE", "FUTURE_REF")),
    ("diumumkan pada Juli tahun lalu", ("Juli tahun lalu", "DATE", "2024-07")),
    ("menjelang bulan Ramadan", ("bulan Ramadan", "DATE", "2026-02-18/2026-03-19")),
    # a league playing August to May: its season spans two years
    ("Klub itu tampil buruk di Liga Inggris musim ini.", ("musim ini", "DATE", "2025/2026")),
    ("Tim itu juara Liga Champions musim lalu.", ("musim lalu", "DATE", "2024/2025")),
    # holidays on a fixed day; the recent past; `a month or two`; a far year; a foreign time zone
    ("Lagu itu dirilis pada Natal tahun lalu.", ("Natal tahun lalu", "DATE", "2024-12-25")),
    ("Tapi, kemarin ini tidak ada jadwal.", ("kemarin ini", "DATE", "PAST_REF")),
    ("bukan satu dua bulan saja", ("satu dua bulan", "DURATION", "PXM")),
    ("batu itu mendekat pada 14 Desember 2113.", ("14 Desember 2113", "DATE", "2113-12-14")),
    ("terbang pada pukul 06.49 Eastern Time (ET) itu.", ("pukul 06.49 Eastern Time (ET)", "TIME", "2025-12-20T06:49")),
])
def test_dates_story_forms(text, expected):
    assert expected in values(text, "2025-12-20")


def test_dates_a_day_name_after_a_date_of_that_name_is_that_date():
    text = "Jadwal Jumat, 24 Juli 2020, sudah keluar. Pada Jumat, acara mulai pukul 08.00 WIB."
    assert values(text, "2020-07-23")[1:] == [("Jumat", "DATE", "2020-07-24"), ("pukul 08.00 WIB", "TIME", "2020-07-24T08:00")]


@pytest.mark.parametrize("text, expected", [
    ("Ia menyendiri di hari Sabtu ini.", [("hari Sabtu ini", "DATE", "2020-07-25")]),
    ("Resminya tanggal 1 Juli kemarin.", [("tanggal 1 Juli kemarin", "DATE", "2020-07-01")]),
    # a range of days whose first day is past the second starts in the month before
    ("Pameran digelar 31-2 Agustus 2020.", [("31-2 Agustus 2020", "DATE", "2020-07-31/2020-08-02")]),
])
def test_dates_this_and_kemarin_after_a_day(text, expected):
    assert values(text, "2020-07-24") == expected


def test_dates_a_clock_time_followed_by_its_date_is_on_that_date():
    text = "Laga 1 mulai pukul 17.00 WIB, 17 Maret 2023. Laga 2 mulai pukul 00.00 WIB, 18 Maret 2023."
    assert [v for v in values(text, "2023-03-16") if v[1] == "TIME"] == [
        ("pukul 17.00 WIB", "TIME", "2023-03-17T17:00"), ("pukul 00.00 WIB", "TIME", "2023-03-18T00:00")]


def test_dates_a_season_outside_a_two_year_league_is_its_year():
    assert ("musim ini", "DATE", "2025") in values("Pebalap MotoGP itu menang musim ini.", "2025-12-20")


def test_dates_glued_month_and_year():
    assert values("lahir pada 30 September2019 di kota itu", "2025-06-18") == [("30 September2019", "DATE", "2019-09-30")]


@pytest.mark.parametrize("text", [
    "pemain berusia 23 tahun itu", "meninggal di usia 83 tahun", "pembalap 21 tahun itu",
    "UU No 7 Tahun 2017", "Perppu No 1 Tahun 2022", "Perang Enam Hari", "asteroid 2019 QY4",
    "paruh kedua kompetisi", "kami nanti akan pastikan", "50.000 mil per jam",
])
def test_dates_names_ages_and_tense_words_are_not_dates(text):
    assert values(text) == []


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


def _spans(text, published):
    return [(text[d.start:d.end], d.value) for d in find_dates(text, published)]


def test_medio_is_a_part_of_the_year():
    assert _spans("Satgas itu dibentuk pada medio 2016.", "2025-06-18") == [("medio 2016", "2016")]


def test_season_with_both_years_is_an_interval():
    assert _spans("Ia bebas pergi pada akhir musim 2019-20.", "2019-09-10") == [("akhir musim 2019-20", "2019/2020")]


def test_musim_mendatang_is_a_season():
    assert [s for s, _ in _spans("Dia tetap memakai nomor 21 untuk musim mendatang.", "2022-07-21")] == ["musim mendatang"]


def test_clock_time_not_dated_by_a_date_past_a_glued_full_stop():
    text = "Ia tiba sekira pukul 18.10 WIB di rumah sakit.,,Ia dirawat sejak 1 September 2019."
    assert _spans(text, "2019-09-11")[0] == ("pukul 18.10 WIB", "2019-09-11T18:10")


def test_today_in_a_quote_after_a_blank_line_is_the_day_before_it():
    text = ("Rapat digelar di Kantor BI, Jakarta, Selasa (11/2/2025) malam.\n\n"
            "\"Hari ini kita bertemu di kantor Bank Indonesia,\" kata Ara.")
    assert _spans(text, "2025-02-20")[1] == ("Hari ini", "2025-02-11")


def test_next_season_in_the_off_season_is_the_one_starting_this_year():
    text = "Pemain Serie A itu bersinar musim lalu dan tetap memakai nomor 21 untuk musim mendatang."
    assert [v for _, v in _spans(text, "2022-07-21")] == ["2021/2022", "2022/2023"]


@pytest.mark.parametrize("text, published, expected", [
    # the old days, decades written short and listed, `sekarang-sekarang ini`
    ("Cari kerja kayak zaman dulu tidak sulit.", "2025-06-20", [("zaman dulu", "DATE", "PAST_REF")]),
    ("Sedih, karena dulu di sini banyak pabrik.", "2025-06-20", [("dulu", "DATE", "PAST_REF")]),
    ("Musisi tahun 80an dan 90an tampil.", "2023-03-14", [("tahun 80an", "DATE", "198"), ("90an", "DATE", "199")]),
    ("musisi tahun 2000an juga disambut", "2023-03-14", [("tahun 2000an", "DATE", "200")]),
    ("rumah tahun 1800-an itu", "2023-03-14", [("tahun 1800-an", "DATE", "18")]),
    # the same period last year: the part of a year named before it, a year back
    ("Penjualan Januari-Agustus 2022 naik dibanding periode yang sama tahun lalu.", "2022-09-10",
     [("Januari-Agustus 2022", "DATE", "2022-01/2022-08"), ("periode yang sama tahun lalu", "DATE", "2021-01/2021-08")]),
    # an age before `tahun ini` is no date; a season alone is this year's
    ("Dara 22 tahun ini menargetkan emas.", "2022-07-21", []),
    ("untuk musim gugur dan musim dingin yang akan datang", "2019-09-21",
     [("musim gugur", "DATE", "2019-FA"), ("musim dingin yang akan datang", "DATE", "2019-WI")]),
    ("pesta olahraga empat tahunan itu", "2022-07-21", [("empat tahunan", "SET", "P4Y")]),
    ("usaha selama bulan puasa ini", "2023-03-15", [("bulan puasa ini", "DATE", "2023-03-23/2023-04-21")]),
    # `kemarin` after an ordinal is 'recent'; `akhir pekan pertama kemarin` is last weekend
    ("Ia kalah di balapan pertama kemarin.", "2020-07-24", []),
    ("di akhir pekan pertama kemarin hari yang sulit", "2020-07-24", [("akhir pekan pertama kemarin", "DATE", "2020-W29-WE")]),
    ("Saat itu Minggu siang (12/3/2023), ia datang.", "2023-03-16", [("Minggu siang (12/3/2023)", "TIME", "2023-03-12TMI")]),
])
def test_dates_generalised_forms(text, published, expected):
    assert values(text, published) == expected


def test_dates_habitual_clock_times_and_months_have_no_day():
    assert values("Jam 6 sore itu biasanya mereka sudah capek.", "2025-06-19") == [("Jam 6 sore", "TIME", "T18:00")]
    assert ("bulan Maret", "DATE", "XXXX-03") in values("Turnamen digelar pada bulan Maret setiap dua tahun.", "2023-03-20")
    # a day named in the sentence anchors the clock as before
    assert values("Senin (3/3/2025) pukul 09.00 WIB, biasanya ramai.", "2025-03-05")[-1] == \
        ("pukul 09.00 WIB", "TIME", "2025-03-03T09:00")


def test_dates_a_day_name_that_disagrees_with_its_date_repairs_the_month():
    # 23/9/2021 was a Thursday; 23/7/2022, the day before publication, a Saturday
    assert values("kata dia dalam keterangan pers, Sabtu (23/9).", "2022-07-24") == [("Sabtu (23/9)", "DATE", "2022-07-23")]
    # a day name that fits its date is never moved (3/2/2023 was a Friday)
    assert values("kata dia, Jumat (3/2/2023).", "2023-03-04") == [("Jumat (3/2/2023)", "DATE", "2023-02-03")]


def test_dates_a_relative_day_in_a_quote_takes_the_day_of_its_attribution():
    text = 'Ia bicara pada hari ini (27/9). "Besok kami bertemu mahasiswa," tutur Jokowi pada Kamis (26/9).'
    assert ("Besok", "DATE", "2019-09-27") in values(text, "2019-09-27")


@pytest.mark.parametrize("text, expected", [
    ("di GBK, Sabtu-Minggu (14-15/9/2019), Indonesia juara", [("Sabtu-Minggu (14-15/9/2019)", "DATE", "2019-09-14/2019-09-15")]),
    ("All England 2023, Jumat-Sabtu 17-18 Maret: lapangan 1", [("Jumat-Sabtu 17-18 Maret", "DATE", "2019-03-17/2019-03-18")]),
    ("skor (2-3/4) itu", []),
    # a month after two capitalised words ends a name, unless a date word follows
    ("vs Li Wen Mei / Liu Xuan Xuan", []),
    ("menjadi Perdana Menteri Inggris Juli lalu, setelah", [("Juli lalu", "DATE", "2019-07")]),
    # a month range without a year: the nearest past one
    ("Sederet event sepanjang Februari-Maret", [("sepanjang Februari-Maret", "DATE", "2019-02/2019-03")]),
])
def test_dates_ranges_of_day_names_and_months(text, expected):
    assert values(text, "2019-09-20") == expected


def test_dates_a_span_of_weekdays_without_a_date_is_a_schedule_and_its_clock_has_no_day():
    assert values("Ganjil genap berlaku Senin-Jumat, mulai pukul 06.00-10.00 WIB.", "2020-07-22") == \
        [("Senin-Jumat", "SET", None), ("pukul 06.00-10.00 WIB", "TIME", "T06:00/T10:00")]
    # with its dates it is an interval, as before
    assert values("tes di Misano, Kamis-Jumat (29-30/8/2019).", "2019-09-20") == \
        [("Kamis-Jumat (29-30/8/2019)", "DATE", "2019-08-29/2019-08-30")]
