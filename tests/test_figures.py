"""Figures: numbers that count or measure, with qualifier, unit, what is counted and source."""

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import warta
from warta.annotate.extensions import QUOTES, char_span
from warta.annotate.figures import FigureTagger, find_figures, grammar
from warta.annotate.figures.sources import aliases, cut_from, sentence_source
from warta.lang.id import patterns
from warta.pipeline import annotate_article as annotate
from warta.read.article import Article


def figures(text):
    return [(text[f.start:f.end], f.value, f.qualifier, f.unit) for f in find_figures(text)]


@pytest.mark.parametrize("row", patterns("figures"), ids=lambda r: r["kind"])
def test_figures_every_rule_example_matches(row):
    found = find_figures(row["example"])
    if row["type"] is None:
        assert found == []
    else:
        got = [f.value for f in found]
        assert got == (row["expect"] if isinstance(row["expect"], list) else [row["expect"]])


@pytest.mark.parametrize("row", [r for r in patterns("figures_macros") if "anchor" not in r], ids=lambda r: r["name"])
def test_figures_every_macro_example_matches(row):
    regex = re.compile(grammar().expand("{" + row["name"] + "}"), re.IGNORECASE)
    assert regex.search(row["example"]) is not None


@pytest.mark.parametrize("row", [r for r in patterns("figures_sources") if not r.get("refers_back")],
                         ids=lambda r: r["kind"])
def test_figures_every_source_example_matches(row):
    assert sentence_source(row["example"]) == (row["kind"], row["expect"])
    # a pattern runs only on sentences holding one of the words it needs (a prefilter, never a condition of its own)
    assert any(word in row["example"].lower() for word in row.get("needs", [""])), row["needs"]


@pytest.mark.parametrize("row", patterns("figures_aliases"), ids=lambda r: r["kind"])
def test_figures_every_alias_example_matches(row):
    assert aliases(row["example"]) == {row["expect"]["short"]: row["expect"]["full"]}


@pytest.mark.parametrize("text, expected", [
    ("lebih dari 10.000 orang telah tewas", [("lebih dari 10.000 orang", 10000, "more-than", "orang")]),
    ("sekitar 1.400 orang tewas", [("sekitar 1.400 orang", 1400, "about", "orang")]),
    ("senilai Rp 2,5 triliun", [("Rp 2,5 triliun", 2500000000000, "exact", "rupiah")]),
    ("USD 100 juta", [("USD 100 juta", 100000000, "exact", "dolar AS")]),
    ("1,4 juta jiwa", [("1,4 juta jiwa", 1400000, "exact", "jiwa")]),
    ("naik 27 persen", [("27 persen", 27, "exact", "persen")]),
    ("pada 0,5%.", [("0,5%", 0.5, "exact", "persen")]),
    ("ratusan warga", [("ratusan warga", 100, "more-than", "warga")]),
    ("puluhan ribu pengungsi", [("puluhan ribu pengungsi", 10000, "more-than", "pengungsi")]),
    ("membebaskan dua sandera", [("dua sandera", 2, "exact", "sandera")]),
    ("hampir 100 persen", [("hampir 100 persen", 100, "less-than", "persen")]),
    ("Rp 50 triliun lebih", [("Rp 50 triliun lebih", 50000000000000, "more-than", "rupiah")]),
    ("setara Rp 8,1 jutaan", [("Rp 8,1 jutaan", 8100000, "about", "rupiah")]),
    ("maksimal Rp3,5 juta", [("maksimal Rp3,5 juta", 3500000, "up-to", "rupiah")]),
    ("Rp16.312 per dolar AS", [("Rp16.312 per dolar AS", 16312, "exact", "rupiah per dolar AS")]),
    ("kisaran Rp16.200-Rp16.300", [("Rp16.200", 16200, "at-least", "rupiah"), ("Rp16.300", 16300, "up-to", "rupiah")]),
    ("30 wajib pajak", [("30 wajib pajak", 30, "exact", "wajib pajak")]),
    ("dua dari tujuh orang", [("dua", 2, "exact", "orang"), ("tujuh orang", 7, "exact", "orang")]),
    ("support di 7.100 dan 7.052", [("7.100", 7100, "exact", None), ("7.052", 7052, "exact", None)]),
    ("keempat pulau tersebut", [("keempat pulau", 4, "exact", "pulau")]),
    # `N atau M` is up to M, one figure
    ("bikin tiga atau empat kali ujicoba", [("tiga atau empat kali", 4, "up-to", "kali")]),
    # `ke 14 kalinya` is an ordinal (the 14th time)
    ("mekar untuk ke 14 kalinya", []),
    # an acronym is a counted noun too
    ("ada tujuh BUMN dan lebih dari dua juta WNI", [("tujuh BUMN", 7, "exact", "BUMN"),
                                                    ("lebih dari dua juta WNI", 2000000, "more-than", "WNI")]),
    # a currency is a word of its own: the `sar` (riyal) ending `sebesar` is none
    ("target yang sebesar 299,99 TWh.", [("299,99 TWh", 299.99, "exact", "TWh")]),
    # a currency is a word of its own: not the `sar` (riyal) ending `besar`
    ("Juventus menang besar 5-0.", []),
    # Indonesian number formats: stacked and glued scales, glued ranges, `-an`
    ("aset Rp 14 ribu triliun", [("Rp 14 ribu triliun", 14 * 10**15, "exact", "rupiah")]),
    ("utang Rp4,9 kuadriliun", [("Rp4,9 kuadriliun", 4.9 * 10**15, "exact", "rupiah")]),
    ("senilai Rp600juta.", [("Rp600juta", 600000000, "exact", "rupiah")]),
    ("sekitar Rp70-80 juta", [("sekitar Rp70", 70000000, "at-least", "rupiah"), ("80 juta", 80000000, "up-to", "rupiah")]),
    ("sekitar Rp70-an juta", [("sekitar Rp70-an juta", 70000000, "about", "rupiah")]),
    ("sudah ada 1.000 lebih pengguna", [("1.000 lebih pengguna", 1000, "more-than", "pengguna")]),
    ("mencapai 3.361 kasus per hari", [("3.361 kasus", 3361, "exact", "kasus")]),
    ("booster mendekati 0% dari", [("mendekati 0%", 0, "about", "persen")]),
    ("Suhu Udara: 23°C", [("23°C", 23, "exact", "°C")]),
    ("juara Liga Champions 7 kali", [("7 kali", 7, "exact", "kali")]),
])
def test_figures_values(text, expected):
    assert figures(text) == expected


@pytest.mark.parametrize("text", [
    "Presiden ke-7", "rumah tipe 18/25", "melanggar Pasal 6 ayat 1", "salah satu pelaku", "kedua mempelai",
    "bermain di Liga 1 musim depan", "hubungi 0812-3456-7890", "pemain berusia 23 tahun", "Karim (20) datang",
    "ganda putri ranking dua dunia",
])
def test_figures_not_figures(text):
    assert figures(text) == []


def test_figures_thousands_comma_in_an_article_writing_english_digits():
    text = "Ia memimpin dengan 101,353 poin. Rivalnya tertinggal 2.5 poin."
    assert figures(text)[0] == ("101,353 poin", 101353, "exact", "poin")
    assert figures("Ia unggul 32,775 detik dan 11,416 poin.")[-1][1] == 11.416  # Indonesian: a decimal comma


@pytest.fixture(scope="module")
def figure_nlp():
    return warta.load(("warta_clean", "warta_sentences", "warta_dates", "warta_figures"))


def test_figures_seed_with_source_from_the_sentence(figure_nlp):
    text = ("Kementerian Kesehatan Gaza melaporkan bahwa lebih dari 10.000 orang telah tewas di daerah kantong itu. "
            "Serangan Hamas menyebabkan sekitar 1.400 orang tewas.")
    doc = annotate(figure_nlp, Article(text=text, published="2023-11-07"))
    assert [(s.text, s._.warta) for s in doc.spans["warta_figures"]] == [
        ("lebih dari 10.000 orang", {"value": 10000, "qualifier": "more-than", "unit": "orang", "counts": "tewas",
                                     "source": "Kementerian Kesehatan Gaza"}),
        ("sekitar 1.400 orang", {"value": 1400, "qualifier": "about", "unit": "orang", "counts": "tewas",
                                 "source": None}),
    ]


def test_figures_dates_and_prison_terms_are_not_figures(figure_nlp):
    text = "Hakim menjatuhkan pidana 3 tahun penjara pada 2025 dan denda Rp 500 juta, kata hakim Rosihan Rangkuti."
    doc = annotate(figure_nlp, Article(text=text, published="2025-06-18"))
    assert [(s.text, s._.warta["counts"], s._.warta["source"]) for s in doc.spans["warta_figures"]] == [
        ("Rp 500 juta", "denda", "Rosihan Rangkuti")]
    assert [s.text for s in doc.spans["warta_dates"]] == ["3 tahun", "2025"]


def test_figures_source_is_the_speaker_of_the_quote_around_it(figure_nlp):
    text = "\"Penumpangnya haji, jumlahnya 442 (orang),\" kata Kombes Ferry Walintukan."
    doc = figure_nlp.make_doc(text)
    doc._.warta_article = {"published": "2025-06-17"}
    for name in ("warta_clean", "warta_sentences", "warta_dates"):
        doc = figure_nlp.get_pipe(name)(doc)
    quote = char_span(doc, 1, 41, "direct")
    quote._.warta = {"kind": "direct", "speaker": {"entity": None, "name": "Ferry Walintukan", "type": "person"}}
    doc.spans[QUOTES] = [quote]
    doc = FigureTagger()(doc)
    assert [(s.text, s._.warta["source"]) for s in doc.spans["warta_figures"]] == [("442 (orang)", "Ferry Walintukan")]


def quoted_figures(nlp, text, quote_end, speaker):
    """Figures of `text`, with one quote (speaker given) from its start to `quote_end`."""
    doc = nlp.make_doc(text)
    doc._.warta_article = {"published": "2025-06-17"}
    for name in ("warta_clean", "warta_sentences", "warta_dates"):
        doc = nlp.get_pipe(name)(doc)
    quote = char_span(doc, 0, quote_end, "indirect")
    quote._.warta = {"kind": "indirect", "speaker": {"entity": None, "name": speaker, "type": "organization"}}
    doc.spans[QUOTES] = [quote]
    return [(s.text, s._.warta["source"]) for s in FigureTagger()(doc).spans["warta_figures"]]


def test_figures_a_body_the_speaker_cites_gives_the_figure(figure_nlp):
    text = "Komisi III DPR heran dengan pernyataan Pusat Analisis Keuangan bahwa temuan Rp300 triliun bukan korupsi."
    assert quoted_figures(figure_nlp, text, len(text) - 1, "Komisi III DPR") == [("Rp300 triliun", "Pusat Analisis Keuangan")]
    text = "Komisi III DPR menyebut temuan Rp300 triliun bukan korupsi."
    assert quoted_figures(figure_nlp, text, len(text) - 1, "Komisi III DPR") == [("Rp300 triliun", "Komisi III DPR")]


def test_figures_an_unnamed_speaker_or_a_document_gives_the_figures_of_its_words(figure_nlp):
    text = "Majelis hakim menyatakan aset berupa duit Rp 915 miliar dirampas untuk negara."
    assert quoted_figures(figure_nlp, text, len(text) - 1, "Majelis hakim") == [("Rp 915 miliar", "Majelis hakim")]
    text = "Penggugat meminta ganti rugi sebesar Rp 5 miliar kepada negara."
    assert quoted_figures(figure_nlp, text, len(text) - 1, "gugatan") == [("Rp 5 miliar", None)]  # one word: no description


def test_figures_the_data_source_the_sentence_names_whole_beats_a_part_of_it(figure_nlp):
    text = "Jumlah korban tewas mencapai 30 orang, menurut data Badan Nasional Penanggulangan Bencana."
    assert quoted_figures(figure_nlp, text, 37, "Penanggulangan Bencana") == [
        ("30 orang", "Badan Nasional Penanggulangan Bencana")]


def test_figures_a_name_cut_short_is_the_one_person_it_is_cut_from():
    assert cut_from("Ara", ["Maruarar Sirait", "Prabowo Subianto"]) == "Maruarar Sirait"
    assert cut_from("Yanto", ["Suryanto Wibisono"]) == "Suryanto Wibisono"
    assert cut_from("Ara", ["Maruarar Sirait", "Sarah Saragih"]) is None  # two candidates: no guess
    assert cut_from("BI", ["Bimo Bintoro"]) is None  # an acronym is no cut name


def test_figures_an_acronym_opening_the_sentence_is_a_body_not_an_everyday_word(figure_nlp):
    assert sources_of(figure_nlp, "BPS mencatat jumlah penduduk miskin turun menjadi 24 juta orang.") == [
        ("24 juta orang", "BPS")]
    assert sources_of(figure_nlp, "Pria itu mengatakan ada 3 orang di sana.") == [("3 orang", None)]


def test_figures_menurut_speaks_for_the_next_sentence_of_its_paragraph(figure_nlp):
    text = ("Menurut Kukuh, inflasi di Indonesia sebesar 5,95 persen. Namun hal itu rendah dibanding Amerika Serikat "
            "sebesar 8,3 persen.\nHarga beras naik 3 persen.")
    assert sources_of(figure_nlp, text) == [("5,95 persen", "Kukuh"), ("8,3 persen", "Kukuh"), ("3 persen", None)]


def test_figures_an_everyday_word_is_no_full_name_for_a_nickname(figure_nlp):
    text = ("Perempuan yang akrab disapa Yoyo itu juara.\n\"Saya senang dapat Rp 25 juta,\" kata Yoyo.")
    assert sources_of(figure_nlp, text) == [("Rp 25 juta", "Yoyo")]


def test_figures_pronoun_and_alias_sources(figure_nlp):
    text = ("Mualem, sapaan akrab Muzakir Manaf, hadir.\nMenurut Mualem, empat pulau itu milik Aceh.\n"
            "Ia mengatakan dua gedung dibangun.")
    doc = annotate(figure_nlp, Article(text=text, published="2025-06-18"))
    assert [(s.text, s._.warta["source"]) for s in doc.spans["warta_figures"]] == [
        ("empat pulau", "Muzakir Manaf"), ("dua gedung", "Muzakir Manaf")]


def test_figures_run_after_quotes_and_dates():
    names = warta.pipeline.COMPONENTS
    assert names[-2:] == ("warta_dates", "warta_figures")
    assert names.index("warta_quotes") < names.index("warta_figures")


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=80))
def test_figures_never_crash(text):
    find_figures(text)


def sources_of(nlp, text):
    doc = annotate(nlp, Article(text=text, published="2025-06-18"))
    return [(s.text, s._.warta["source"]) for s in doc.spans["warta_figures"]]


@pytest.mark.parametrize("text, expected", [
    # `kata X` closing the sentence, past a lower-case role
    ("Sebanyak 30 rumah rusak, kata kepala dinas Andi Wirawan.", [("30 rumah", "Andi Wirawan")]),
    # `berdasarkan data X`
    ("Berdasarkan data Badan Pusat Statistik, ekspor naik 5 persen.", [("5 persen", "Badan Pusat Statistik")]),
    # a rank inside the role: the person after the last title
    ("Menurut Kepala Bidang Humas Polda Bahari Kombes Pol S.Wirawan, ada 31 korban.", [("31 korban", "S.Wirawan")]),
    # a sentence pointing back at the one before takes its source; `menurut X` speaks for the next
    # sentence of its paragraph too; a speaker's `kata X` does not
    ("Menurut Dinas Kesehatan, 40 warga sakit. Dari jumlah tersebut, 12 orang dirawat.",
     [("40 warga", "Dinas Kesehatan"), ("12 orang", "Dinas Kesehatan")]),
    ("Menurut Dinas Kesehatan, 40 warga sakit. Banjir juga merusak 12 rumah.",
     [("40 warga", "Dinas Kesehatan"), ("12 rumah", "Dinas Kesehatan")]),
    ("Sebanyak 40 warga sakit, kata Budi Santoso. Banjir juga merusak 12 rumah.",
     [("40 warga", "Budi Santoso"), ("12 rumah", None)]),
    # a named survey speaks for the figures of the paragraphs after it
    ("Survei Lembaga Riset Nusantara menunjukkan 70 persen responden puas.\nLalu, 20 persen menyatakan tidak puas.",
     [("70 persen", "Lembaga Riset Nusantara"), ("20 persen", "Lembaga Riset Nusantara")]),
    # a name run across a sentence end is cut there
    ("Kecepatannya 93.300 km, menurut BADAN.,Selain itu ada hal lain.", [("93.300 km", "BADAN")]),
    # a name the article capitalises inside a sentence is a name, though a web address writes it in lower case
    ("Data ada di situs bmkg.go.id. Suhu mencapai 30 derajat Celcius menurut BMKG.", [("30 derajat Celcius", "BMKG")]),
    # of two attributions in one sentence, the nearer one speaks for the figure
    ("Menurut BPS, harga naik 3 persen, tetapi jaraknya sekitar 2 juta mil, Lembaga Antariksa melaporkan.",
     [("3 persen", "BPS"), ("sekitar 2 juta mil", "Lembaga Antariksa")]),
    # a one-word source takes the form with initials the article gives
    ("Kapolres AKBP S.Wirawan datang. Korban ada 31 orang, kata Wirawan.", [("31 orang", "S.Wirawan")]),
    # a passive cue with -nya points back at the last source named
    ("Andi Wirawan mengatakan banjir surut. Disebutkannya 12 rumah rusak.", [("12 rumah", "Andi Wirawan")]),
    # `berdasarkan X` and `menilik dari data X` without a document noun between
    ("Berdasarkan LHKPN, hartanya Rp30 miliar.", [("Rp30 miliar", "LHKPN")]),
    ("Menilik dari data Badan Pusat Statistik, ekspor naik 5 persen.", [("5 persen", "Badan Pusat Statistik")]),
    # a subject pointing back (`X itu mengatakan`) is the last source named, like a pronoun
    ('"Kami siap," kata Budi Santoso. Politikus Partai Maju itu mengatakan ada 40 persen warga puas.',
     [("40 persen", "Budi Santoso")]),
    # a reporting verb glued to its subject by an old scrape
    ("The Vergemengungkap,ponsel itu dijual USD 499.", [("USD 499", "The Verge")]),
    # a passive reporting verb and its agent; a projection verb
    ("Mobil itu, dijelaskan Dinas Pendapatan, bernilai Rp650 juta.", [("Rp650 juta", "Dinas Pendapatan")]),
    ("Bank Dunia memproyeksikan ekonomi tumbuh 5 persen.", [("5 persen", "Bank Dunia")]),
    # an English body's name keeps its `for`/`of`; a role names a body, then the person
    ("Menurut Center for Strategic Studies, 40 persen warga puas.", [("40 persen", "Center for Strategic Studies")]),
    ("Menurut Deputi Pencegahan KPK Pahala Nainggolan, ada 134 pegawai.", [("134 pegawai", "Pahala Nainggolan")]),
    # the data or statement of a body; a capitalised `Data` inside a title is none
    ("Data Badan Pusat Statistik menunjukkan inflasi 2 persen.", [("2 persen", "Badan Pusat Statistik")]),
    ("Aturan tentang Kode, Data Wilayah Administrasi memuat 4 pulau.", [("4 pulau", None)]),
    # a research centre's name is no study: it speaks for no figure after it
    ("Direktur Eksekutif Pusat Studi Hukum Energi Bisman Bhaktiar menilai langkah itu bagus.\n"
     "Konsumsi LPG mencapai 8 juta ton.", [("8 juta ton", None)]),
    # `Hal itu terungkap ...` continues the sentence before
    ("Andi Wirawan mengungkapkan ada 1.000 warga sakit. Hal itu terungkap dari tes terhadap 17.400 warga.",
     [("1.000 warga", "Andi Wirawan"), ("17.400 warga", "Andi Wirawan")]),
])
def test_figures_sources(figure_nlp, text, expected):
    assert sources_of(figure_nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Badan Meteorologi, Klimatologi dan Geofisika (BMKG) memperingatkan warga.",
     {"BMKG": "Badan Meteorologi, Klimatologi dan Geofisika"}),
    ("Kemenko Bidang Politik, Hukum, dan Keamanan (Polhukam) rapat.", {"Polhukam": "Kemenko Bidang Politik, Hukum, dan Keamanan"}),
    # a comma before a body's own `dan` does not join the words before it
    ("Kata Budi, Kementerian Perumahan dan Kawasan Permukiman (PKP) rapat.",
     {"PKP": "Kementerian Perumahan dan Kawasan Permukiman"}),
])
def test_figures_an_acronym_takes_the_whole_listed_name(text, expected):
    assert aliases(text) == expected


def test_figures_an_everyday_word_opening_a_sentence_is_no_source(figure_nlp):
    text = "Pria itu bekerja di pabrik. Pria mengatakan ada 15 pemain baru, dan pria lain setuju."
    assert sources_of(figure_nlp, text) == [("15 pemain", None)]


def test_figures_an_everyday_word_opening_a_sentence_comes_off_a_source(figure_nlp):
    text = "Tampak Andi Wirawan hadir. Menurut Andi, ada 15 pemain baru. Tampak dia senang, dan tampak pula pelatih."
    assert sources_of(figure_nlp, text) == [("15 pemain", "Andi Wirawan")]


def test_figures_source_is_the_person_a_role_names():
    nlp = warta.load(("warta_clean", "warta_sentences", "warta_entities", "warta_dates", "warta_figures"))
    text = "Menurut Menteri Keuangan Sri Mulyani Indrawati, defisit mencapai Rp 100 triliun."
    assert sources_of(nlp, text) == [("Rp 100 triliun", "Sri Mulyani Indrawati")]


@pytest.mark.parametrize("text, expected", [
    # a full stop before an escaped line break ends the sentence: the source after it is not the figure's
    ("Sainz kini terpaut 75 poin dari Verstappen.\\r \\rFerrari ingin menang lagi, demikian dilaporkan Reuters.",
     [("75 poin", None)]),
    # a full stop before a stray comma (old scrape) ends the sentence too
    ("\"Kami sudah ke sana,\" ungkap Kepala Unit Budi Santoso. , Polisi telah menggelar dua kali rekonstruksi.",
     [("dua kali", None)]),
])
def test_figures_a_source_stops_at_a_sentence_end_the_scrape_glued(figure_nlp, text, expected):
    assert sources_of(figure_nlp, text) == expected


def test_figures_a_pronoun_subject_takes_the_source_before(figure_nlp):
    text = ("\"Mobil ini nyaman,\" ujar Budi Karya Sumadi, Senin (9/9/2019)., "
            "Ia juga mendorong pengadaan 100 mobil listrik untuk pejabat.")
    assert sources_of(figure_nlp, text) == [("100 mobil", "Budi Karya Sumadi")]


def test_figures_a_person_whose_name_is_an_everyday_word_is_a_source():
    nlp = warta.load(("warta_clean", "warta_sentences", "warta_entities", "warta_quotes", "warta_dates", "warta_figures"))
    text = ("Wakil Presiden Pemasaran, Hari Arifianto menjelaskan mobil ini baru. "
            "\"Panjangnya 5,3 meter dan ada 6000 lubang,\" kata Hari.")
    assert [source for _, source in sources_of(nlp, text)] == ["Hari Arifianto", "Hari Arifianto"]


def test_figures_a_chain_of_sentences_pointing_back_keeps_the_source(figure_nlp):
    text = ("Mengutip laporan Komisi Anggaran, dana desa mencapai Rp 13 miliar. "
            "Dari total dana tersebut, Rp 6 miliar untuk jalan. "
            "Kemudian, Rp 2 miliar untuk sekolah.")
    assert [source for _, source in sources_of(figure_nlp, text)] == ["Komisi Anggaran"] * 3


def test_figures_a_list_separator_of_a_scrape_does_not_break_the_chain(figure_nlp):
    text = "['Mengutip laporan Komisi Anggaran, dana desa mencapai Rp 13 miliar.', 'Kemudian, Rp 2 miliar untuk sekolah.']"
    assert [source for _, source in sources_of(figure_nlp, text)] == ["Komisi Anggaran"] * 2


def test_figures_based_on_a_bodys_monitoring(figure_nlp):
    text = "Berdasarkan pantauan Dinas Cuaca, sekitar 35 persen wilayah sudah kemarau."
    assert sources_of(figure_nlp, text) == [("sekitar 35 persen", "Dinas Cuaca")]


@pytest.mark.parametrize("text, expected", [
    # a bracketed acronym spelling the initials before it is the body's, though a name follows
    ("Deputi Badan Meteorologi, Klimatologi, dan Geofisika (BMKG) Herizal menjelaskan.",
     "Badan Meteorologi, Klimatologi, dan Geofisika"),
    ("Kepala Badan Pusat Statistik (BPS) Amalia Adininggar hadir.", "Badan Pusat Statistik"),
    # a role's short form is not: it names the person after it
    ("Menteri Dalam Negeri (Mendagri) Tito Karnavian hadir.", "Tito Karnavian"),
])
def test_figures_an_acronym_of_the_words_before_it_is_no_role(text, expected):
    short = text[text.index("(") + 1:text.index(")")]
    assert aliases(text)[short].endswith(expected)


def test_figures_one_of_is_no_count():
    assert figures("Salah satu poin yang ditekankan Presiden adalah kejujuran.") == []
    assert figures("Tim itu menang dengan satu poin.") == [("satu poin", 1, "exact", "poin")]


def test_figures_engine_power_and_torque():
    assert figures("Mesin ini menghasilkan tenaga hingga 210 kW dan torsi 440 Nm.") == [
        ("hingga 210 kW", 210, "up-to", "kW"), ("440 Nm", 440, "exact", "Nm")]


@pytest.mark.parametrize("text, expected", [
    ("Sebanyak 194 juta usia produktif menanti pada 2025 (Litbang Kompas).", "Litbang Kompas"),
    ("Inflasi mencapai 3 persen (Badan Pusat Statistik, 2023).", "Badan Pusat Statistik"),
    # an acronym after a name is no credit
    ("Inflasi mencapai 3 persen di Kota Bekasi (KB).", None),
])
def test_figures_a_name_in_brackets_closing_the_sentence_credits_its_figures(text, expected):
    found = sentence_source(text)
    assert (found[1] if found else None) == expected


def test_figures_an_amount_without_its_currency_takes_the_last_one_before():
    text = "Bantuan Rp 2,4 juta diserahkan. \"Jadi 2,4 juta ini cukup, dulu omzetnya 300 ribu,\" katanya."
    assert figures(text) == [("Rp 2,4 juta", 2400000, "exact", "rupiah"), ("2,4 juta", 2400000, "exact", "rupiah"),
                             ("300 ribu", 300000, "exact", "rupiah")]


def test_figures_a_scaled_number_without_money_before_keeps_no_unit():
    assert figures("Penduduknya kini 2,4 juta, naik dari tahun lalu.") == [("2,4 juta", 2400000, "exact", None)]


def test_figures_a_vague_number_closing_a_clause():
    assert figures("Jumlah penerimanya dipastikan ribuan.") == [("ribuan", 1000, "more-than", None)]


def test_figures_a_day_is_no_counted_noun():
    assert figures("Omzetnya naik sampai 1 juta sehari.") == [("sampai 1 juta", 1000000, "up-to", None)]


@pytest.mark.parametrize("text, expected", [
    ("Dia menuturkan jaraknya mencapai 47 kilometer. Sementara ketinggiannya mencapai 2.300 meter.",
     [("47 kilometer", "Budi Santoso"), ("2.300 meter", "Budi Santoso")]),
    # `Sementara itu` turns to another matter
    ("Dia menuturkan jaraknya mencapai 47 kilometer. Sementara itu, ketinggiannya mencapai 2.300 meter.",
     [("47 kilometer", "Budi Santoso"), ("2.300 meter", None)]),
])
def test_figures_a_sentence_going_on_with_sementara_keeps_the_source(figure_nlp, text, expected):
    assert sources_of(figure_nlp, "\"Cuaca bagus hari ini,\" ujar Budi Santoso. " + text) == expected
