"""The `warta_quotes` component on hand-written Indonesian examples (no NER, no ../shared)."""

import pytest

import warta
from warta.lang.id import patterns
from warta.record import to_record


def quotes(nlp, text):
    return [(q["kind"], q["text"], (q["cue"] or {}).get("text"), (q["speaker"] or {}).get("name"),
             [v["name"] for v in q["via"]]) for q in to_record(nlp(text))["quotes"]]


@pytest.mark.parametrize("text, expected", [
    ("“Kami siap membantu warga,” kata Budi Santoso.",
     [("direct", "Kami siap membantu warga,", "kata", "Budi Santoso", [])]),
    ("Menteri Keuangan Sri Mulyani mengatakan, “Anggaran sudah cukup untuk tahun ini.”",
     [("direct", "Anggaran sudah cukup untuk tahun ini.", "mengatakan", "Sri Mulyani", [])]),
    ("“Harga naik,” kata Budi Santoso. “Kami rugi besar bulan ini.”",
     [("direct", "Harga naik,", "kata", "Budi Santoso", []),
      ("direct", "Kami rugi besar bulan ini.", "kata", "Budi Santoso", [])]),
    ("Kepala Dinas Pendidikan Andi Wijaya menegaskan bahwa sekolah dibuka kembali bulan depan.",
     [("indirect", "sekolah dibuka kembali bulan depan", "menegaskan", "Andi Wijaya", [])]),
    ("Menurut Andi Wijaya, sekolah akan dibuka kembali pada bulan depan.",
     [("indirect", "sekolah akan dibuka kembali pada bulan depan", "Menurut", "Andi Wijaya", [])]),
    ("Pemerintah menyebut kebijakan itu sebagai “de-eskalasi” di wilayah perbatasan.", []),
])
def test_quotes_shapes(quotes_nlp, text, expected):
    assert quotes(quotes_nlp, text) == expected


def test_quotes_pronoun_speaker_is_the_person_named_before(quotes_nlp):
    text = ("Ketua panitia Rina Marlina mengatakan acara tetap digelar pada akhir pekan ini.\n"
            "“Semua persiapan sudah selesai,” ujarnya.")
    assert quotes(quotes_nlp, text) == [
        ("indirect", "acara tetap digelar pada akhir pekan ini", "mengatakan", "Rina Marlina", []),
        ("direct", "Semua persiapan sudah selesai,", "ujarnya", "Rina Marlina", []),
    ]


def test_quotes_short_name_resolves_to_fullest(quotes_nlp):
    text = ("Juru Bicara Kementerian Luar Negeri Teuku Faizasyah hadir di Jakarta.\n"
            "“Kami terus memantau situasi di sana,” kata Faizasyah.")
    assert quotes(quotes_nlp, text)[0][3] == "Teuku Faizasyah"


def test_quotes_outlet_relay_follows_the_speaker(quotes_nlp):
    text = ("“Pelatih baru sudah tiba di Jakarta,” kata Sumardji dilansir dari BolaSport.\n"
            "Sumardji menambahkan bahwa tim akan segera berlatih bersama pelatih itu.")
    assert quotes(quotes_nlp, text) == [
        ("direct", "Pelatih baru sudah tiba di Jakarta,", "kata", "Sumardji", ["BolaSport"]),
        ("indirect", "tim akan segera berlatih bersama pelatih itu", "menambahkan", "Sumardji", ["BolaSport"]),
    ]


def test_quotes_nested_quote_has_the_outer_speaker_in_via(quotes_nlp):
    text = ("Juru bicara Matthew Miller menulis di akun resmi. “Blinken menegaskan bahwa Israel harus "
            "melindungi warga sipil,” tulis Miller.")
    found = quotes(quotes_nlp, text)
    assert ("indirect", "Israel harus melindungi warga sipil", "menegaskan", "Blinken", ["Matthew Miller"]) in found
    assert found[0][:4] == ("direct", "Blinken menegaskan bahwa Israel harus melindungi warga sipil,", "tulis",
                            "Matthew Miller")


def test_quotes_document_speaker(quotes_nlp):
    text = "“Semua staf harus bekerja dari rumah selama sepekan,” bunyi memo tersebut."
    assert quotes(quotes_nlp, text) == [
        ("direct", "Semua staf harus bekerja dari rumah selama sepekan,", "bunyi", "memo", [])]


def test_quotes_spans_are_token_aligned_and_labelled(quotes_nlp):
    doc = quotes_nlp("“Kami siap,” kata Budi Santoso.")
    span = doc.spans["warta_quotes"][0]
    assert (span.text, span.label_, span._.warta["confidence"]) == ("Kami siap,", "direct", 0.95)


def test_quotes_pipeline_order(quotes_nlp):
    names = quotes_nlp.pipe_names
    assert names.index("warta_sentences") < names.index("warta_quotes")
    assert warta.pipeline.COMPONENTS.index("warta_quotes") > warta.pipeline.COMPONENTS.index("warta_sentences")


@pytest.mark.parametrize("row", patterns("cues"), ids=lambda r: (r["forms"] or r["post"])[0])
def test_quotes_every_cue_example_gives_a_quote_with_its_cue(quotes_nlp, row):
    found = to_record(quotes_nlp(row["example"]))["quotes"]
    cues = {q["cue"]["text"].lower() for q in found if q["cue"]}
    assert cues & {f.lower() for f in row["forms"] + row["post"]}, row["example"]


@pytest.mark.parametrize("row", patterns("via"), ids=lambda r: r["cue"])
def test_quotes_every_via_example_names_a_link(row):
    from warta.annotate.quotes.via import find_relays
    assert find_relays(row["example"], 0, len(row["example"])), row["example"]


@pytest.mark.parametrize("text, expected", [
    # `tanya` is a cue of its own, not `ta` + `-nya`; `jaksa` alone is the prosecutor named before
    ("“Saudara ingat nomor itu?” tanya Jaksa KPK, Wawan Yunarwanto.\n“Tidak ingat,” jawab Cecep.\n"
     "“Tahun kemarin itu kapan?” tanya jaksa.",
     ["Wawan Yunarwanto", "Cecep", "Wawan Yunarwanto"]),
    # `hakim` alone: the judge named before the quote, else the first one named after it
    ("Hakim mengatakan terdakwa tidak bisa menjelaskan asal-usul aset tersebut.\n"
     "“Terdakwa tidak dapat menunjukkan bukti penghasilan sah,” kata hakim anggota Purwanto S Abdullah.\n"
     "“Menjatuhkan pidana penjara selama 16 tahun,” ujar ketua majelis hakim Rosihan Juhriah Rangkuti.\n"
     "“Denda Rp 1 miliar subsider enam bulan,” ujar hakim.",
     ["Purwanto S Abdullah", "Purwanto S Abdullah", "Rosihan Juhriah Rangkuti", "Rosihan Juhriah Rangkuti"]),
    # an indictment speaks for the prosecution as a body
    ("Jaksa KPK menghadirkan saksi. Hasto didakwa menghalangi penyidikan kasus suap anggota DPR.",
     ["Jaksa KPK"]),
])
def test_quotes_role_only_speakers_resolve_to_the_named_holder(quotes_nlp, text, expected):
    assert [q[3] for q in quotes(quotes_nlp, text)] == expected


@pytest.mark.parametrize("text, speaker", [
    ("Kepala Dinas Kesehatan Jawa Timur dr. H. Ahmad Fauzi, M.Kes. mengatakan kasus demam berdarah naik tajam.",
     "Ahmad Fauzi"),  # degrees and honorifics are not names
    ("Kepala Dinas Kesehatan Ahmad Fauzi hadir.\n“Semua pot bunga harus dicek,” ujar Fauzi di Gedung Negara Grahadi.",
     "Ahmad Fauzi"),  # a place after `di` is not the speaker
    ("Mualem, sapaan akrab Muzakir Manaf, hadir di Banda Aceh.\n“Sudah hak kita,” ujar Mualem.",
     "Muzakir Manaf"),  # a nickname the article spells out
    ("Gubernur Aceh Muzakir Manaf menegaskan bahwa pulau itu akan dikelola pemerintah daerah.",
     "Muzakir Manaf"),  # a place after a title is not part of the name
    ("Asosiasi Pengembang Perumahan dan Permukiman Seluruh Indonesia (Apersi) hadir di rapat.\n"
     "Apersi menyatakan siap membangun rumah tipe kecil di kota besar.",
     "Asosiasi Pengembang Perumahan dan Permukiman Seluruh Indonesia"),  # a short form spelled out before
    ("Kesaksian itu bermula saat Ronny Talapessy mempertanyakan apakah Hasto pernah ditawari jabatan menteri.",
     "Ronny Talapessy"),  # the subject of the clause with the cue
])
def test_quotes_speaker_names(quotes_nlp, text, speaker):
    assert quotes(quotes_nlp, text)[-1][3] == speaker


def test_quotes_pronoun_skips_names_in_prepositional_phrases(quotes_nlp):
    text = ("Gubernur Muzakir Manaf mengatakan pemerintah daerah akan mencari potensi migas.\n"
            "Ditemui di rumah mantan Wakil Presiden Jusuf Kalla, dia menegaskan niat tersebut. "
            "“Agaknya seperti itu,” ujarnya.")
    assert [q[3] for q in quotes(quotes_nlp, text)] == ["Muzakir Manaf", "Muzakir Manaf"]


def test_quotes_answer_after_a_question_belongs_to_the_one_asked(quotes_nlp):
    text = ("Saksi Cecep Hidayat hadir di sidang.\n"
            "“Pernah Hasto ingin menjadi menteri?” tanya Ronny Talapessy.\n"
            "“Itu di 2014 ditawari,” ungkap dia.")
    assert [q[3] for q in quotes(quotes_nlp, text)] == ["Ronny Talapessy", "Cecep Hidayat"]


@pytest.mark.parametrize("name, tidy", [
    ("Jaksa Penuntut Umum (JPU", "Jaksa Penuntut Umum"),
    ("Rabu (18/6/2025", "Rabu"),
    ("Apersi) Dedy Indra Setiawan", "Dedy Indra Setiawan"),
    ("Badan Pengawas Mahkamah Agung (Bawas MA)", "Badan Pengawas Mahkamah Agung (Bawas MA)"),
    ("Bambang Haryo\\rSoekartono", "Bambang Haryo Soekartono"),  # an escaped line break, literally, in a list scrape
])
def test_quotes_speakers_tidy_name_balances_brackets(name, tidy):
    from warta.annotate.quotes.speakers import tidy_name
    assert tidy_name(name) == tidy


def test_plain_tokens_match_spacy_tokens(quotes_nlp):
    """`quotes_tokens`: the plain tokens and sentences the rules read carry the same values as spaCy's."""
    from warta.annotate.quotes.speakers import NameIndex
    from warta.annotate.quotes.tokens import doc_tokens, sentences

    doc = quotes_nlp("Kepala Dinas Andi Wijaya menegaskan bahwa sekolah dibuka. “Kami siap,” kata Budi.\n\nHarga naik 5 %!")
    tokens = doc_tokens(doc)
    attrs = ("text", "lower_", "idx", "i", "whitespace_", "is_punct", "is_space", "is_alpha", "is_lower",
             "is_title", "like_num", "is_sent_start", "is_sent_end")
    assert [[getattr(t, a) for a in attrs] for t in tokens] == [[getattr(t, a) for a in attrs] for t in doc]
    assert NameIndex(doc).text == doc.text
    assert [(s.start, s.end, s.start_char, s.end_char) for s in sentences(tokens)] == \
        [(s.start, s.end, s.start_char, s.end_char) for s in doc.sents]


def test_no_cue_no_mark_no_quotes(quotes_nlp):
    """An article without a cue word or a quotation mark is skipped, and yields no quote."""
    assert quotes(quotes_nlp, "Harga cabai di Pasar Induk naik tajam pekan ini. Pedagang menambah stok.") == []


@pytest.mark.parametrize("text, speaker", [
    # a short all-caps word that abbreviates nothing known, between a title and a name, is the name's first word
    ("Bawas MA yang diwakili Inspektur Wilayah UU Suradi mengaku telah menerima laporan dari koalisi itu.\n"
     "“Kami menerima pengaduan dari koalisi,” kata Suradi.", ["UU Suradi", "UU Suradi"]),
    ("Gubernur NTB Iqbal mengatakan bahwa jalan itu akan diperbaiki pekan depan.", ["Iqbal"]),
])
def test_quotes_speaker_rules(quotes_nlp, text, speaker):
    assert [q[3] for q in quotes(quotes_nlp, text)] == speaker


@pytest.mark.parametrize("text, speaker", [
    # a dateline and a relaying outlet between the subject and the cue are neither of them the speaker
    ("Namun, penelusuran The Verge, sebagaimana dikutip Tekno Liputan6.com, Rabu (18/6/2025), mengungkap kalau "
     "pabrik ponsel itu berada di luar negeri.", "The Verge"),
    ("Reuters, seperti dikutip Antara, Jumat, melaporkan bahwa harga minyak dunia turun tajam pekan ini.", "Reuters"),
    # an unnamed spokesperson of a named organisation is the description
    ("Menurut seorang juru bicara Trump Organization, “Manufaktur ponsel ini akan dilakukan di Alabama.”",
     "seorang juru bicara Trump Organization"),
])
def test_quotes_speaker_skips_datelines_and_relays(quotes_nlp, text, speaker):
    assert quotes(quotes_nlp, text)[0][3] == speaker


@pytest.mark.parametrize("text, speakers", [
    ("Situs teknologi The Verge mengungkap bahwa pabrik ponsel itu berada di luar negeri.\n"
     "Media tersebut mengungkap, kemungkinan ponsel itu dibuat oleh pabrikan China.", ["The Verge", "The Verge"]),
    ("Reuters melaporkan bahwa harga minyak dunia turun tajam pekan ini.\n"
     "Menteri Energi Budi Santoso mengatakan bahwa harga bensin tetap sama sampai akhir tahun.\n"
     "Kantor berita itu menambahkan, permintaan dari China melemah.", ["Reuters", "Budi Santoso", "Reuters"]),
])
def test_quotes_media_anaphor_is_the_outlet_before(quotes_nlp, text, speakers):
    assert [q[3] for q in quotes(quotes_nlp, text)] == speakers


@pytest.mark.parametrize("text, speakers", [
    # `Dalam memo ..., <unnamed authors> berpendapat`: the document speaks
    ("Politico melaporkan bahwa staf kementerian itu mengirim memo kepada atasan mereka.\n"
     "Dalam memo yang bocor, staf Departemen Luar Negeri berpendapat bahwa pemerintah harus mengutuk serangan itu.",
     ["Politico", "memo"]),
    # ... but a named person who writes in it is the speaker
    ("Dalam keterangan tertulisnya, Budi Santoso mengatakan bahwa sekolah dibuka kembali bulan depan.", ["Budi Santoso"]),
    # a document with its own name is not the document quoted before
    ("Surat pengunduran diri itu menyebut bahwa kebijakan pemerintah telah gagal total.\n"
     "Email Departemen Luar Negeri tersebut mendesak para diplomat untuk menghindari frasa tertentu.",
     ["Surat pengunduran diri", "Email Departemen Luar Negeri"]),
])
def test_quotes_document_speakers(quotes_nlp, text, speakers):
    assert [q[3] for q in quotes(quotes_nlp, text)] == speakers


@pytest.mark.parametrize("text, speaker", [
    # the speaker named in a later sentence, with one quoteless sentence between
    ("Jawabannya tidak, sebab tim muda itu dipastikan hanya memanfaatkan pemain lokal saja.\n"
     "Jadi, tak ada pemain asing yang dinaturalisasi saat melawan Garuda Muda nanti.\n"
     "Hal itu diungkapkan langsung oleh pelatih tim itu, Nafuzi Zain.", "Nafuzi Zain"),
    # a glued verb after a name is not part of it
    ("Setelah perang bayangan yang panjang,Israelmeluncurkan serangan udara, dengan mengatakan bahwa "
     "mereka bertujuan mencegah musuhnya memperoleh senjata atom.", "Israel"),
])
def test_quotes_speaker_named_later_or_glued(quotes_nlp, text, speaker):
    assert quotes(quotes_nlp, text)[0][3] == speaker


@pytest.mark.parametrize("text, expected", [
    # `ujar X menirukan pesan Y`: Y's words, relayed by X (by X's fullest name)
    ("Kepala Biro Komunikasi Rudi Hartanto menyampaikan bahwa menteri meminta layanan pajak diperbanyak.\n"
     "“Jangan menunggu pelaku usaha datang ke kantor pajak,” ujar Rudi menirukan pesan Sri Wahyuni.",
     ("Sri Wahyuni", ["Rudi Hartanto"])),
])
def test_quotes_imitated_speaker_is_relayed(quotes_nlp, text, expected):
    assert quotes(quotes_nlp, text)[-1][3:] == expected


@pytest.mark.parametrize("glued, name", [
    ("Tomy WinataatauAguan", "Tomy Winata"),
    ("Israelmeluncurkan", "Israel"),
    ("Bima Arya Sugiartoyang", "Bima Arya Sugiarto"),
    ("Hamdan Zoelva", "Hamdan Zoelva"),
])
def test_clean_name_splits_glued_words(glued, name):
    from warta.annotate.quotes.speakers import clean_name
    assert clean_name(glued) == name


@pytest.mark.parametrize("text, speaker", [
    # a provision is qualified by the regulation named last (the article's short form when it has one)
    ("Keputusan ini tertuang dalam Peraturan Presiden (Perpres) Nomor 49 Tahun 2025 tentang Pencabutan Peraturan "
     "Presiden Nomor 87 Tahun 2016 tentang Satgas Saber Pungli.\n"
     "\"Peraturan Presiden Nomor 87 Tahun 2016 dicabut dan dinyatakan tidak berlaku,\" tulis Pasal 1 dalam salinan beleid.\n"
     "Perpres 49/2025 itu ditandatangani pada 6 Mei 2025.", "Pasal 1 Perpres 49/2025"),
    ("David merujuk Peraturan Menteri Perhubungan No 77 Tahun 2011 tentang Tanggung Jawab Pengangkut.\n"
     "Menurut Pasal 1 Peraturan Menteri Perhubungan tersebut, “Cacat tetap adalah kehilangan fungsi anggota badan.”",
     "Pasal 1 Peraturan Menteri Perhubungan No 77 Tahun 2011"),
])
def test_quotes_provision_names_its_regulation(quotes_nlp, text, speaker):
    assert [q[3] for q in quotes(quotes_nlp, text)][-1] == speaker


@pytest.mark.parametrize("text, expected", [
    # `, “ kata X`: a detached “ after a comma closes the quote, it does not open a new one
    ("“Pramugari telah lalai dan ceroboh, “ kata David. Menurut David, cuaca saat itu dalam keadaan baik.",
     [("direct", "Pramugari telah lalai dan ceroboh,", "kata", "David", []),
      ("indirect", "cuaca saat itu dalam keadaan baik", "Menurut", "David", [])]),
    ("Ia berkata, “ Kami siap.”", [("direct", "Kami siap.", "berkata", None, [])]),
])
def test_quotes_detached_curly_closer(quotes_nlp, text, expected):
    assert quotes(quotes_nlp, text) == expected


@pytest.mark.parametrize("text", [
    # the outlet pointing back to its own reporting
    "Sebelumnya diberitakan, pesawat Saudia Airlines yang membawa jemaah haji mendarat darurat di Kualanamu.",
    "Seperti diberitakan, tujuh penagih utang diamankan polisi di Jalan Tole Iskandar pada Rabu dini hari.",
    # a negated cue: nothing was said
    "Sayang, Irfan tak menjelaskan detil soal kaset CD tersebut kepada para wartawan.",
    "Polisi belum menyebutkan identitas para pelaku yang ditangkap di lokasi itu.",
    # a demonstrative subject is a thing, not a speaker
    "Itu menambahkan unsur lokal dan budaya ke dalam kemasan yang modern.",
    "Langkah ini menegaskan posisi perusahaan sebagai pelopor transformasi industri otomotif.",
])
def test_quotes_cue_verbs_that_report_nothing(quotes_nlp, text):
    assert quotes(quotes_nlp, text) == []


@pytest.mark.parametrize("text, expected", [
    # a condition (`jika diminta`) is part of the statement, not a second quote
    ("Apersi menyatakan siap jika diminta membangun rumah tipe kecil di seluruh daerah.",
     [("indirect", "siap jika diminta membangun rumah tipe kecil di seluruh daerah", "menyatakan")]),
    # a negated cue inside a reported clause is not a quote of its own
    ("Ia menegaskan bahwa tim tidak menyebutkan nama pelaku kepada wartawan.",
     [("indirect", "tim tidak menyebutkan nama pelaku kepada wartawan", "menegaskan")]),
    # `dilaporkan` with no agent is the article's own report
    ("Menurut Reuters, dua orang dilaporkan tewas dalam kecelakaan itu di jalan tol.",
     [("indirect", "dua orang dilaporkan tewas dalam kecelakaan itu di jalan tol", "Menurut")]),
])
def test_quotes_rules_leave_the_real_report(quotes_nlp, text, expected):
    assert [g[:3] for g in quotes(quotes_nlp, text)] == expected


@pytest.mark.parametrize("text, expected", [
    ("Dengan begitu, kata dia, tidak ada lagi putusan yang merugikan dunia seni.",
     [("indirect", "tidak ada lagi putusan yang merugikan dunia seni", "kata")]),
    ("Karena itu, kata Budi, warga harus tetap tenang dan waspada.",
     [("indirect", "warga harus tetap tenang dan waspada", "kata")]),
    # a real subject before the interposed cue stays in the span
    ("Harga beras premium, kata Budi, akan turun pekan depan di seluruh pasar.",
     [("indirect", "Harga beras premium, kata Budi, akan turun pekan depan di seluruh pasar", "kata")]),
])
def test_quotes_interposed_cue_after_a_connective(quotes_nlp, text, expected):
    assert [g[:3] for g in quotes(quotes_nlp, text)] == expected


@pytest.mark.parametrize("text, expected", [
    # a first-person cue inside a direct quote is the quoted speaker talking, not a nested report
    ("“Rekening warga langsung terisi. Dan kita berharap bahwa ini akan terus kita lanjutkan,” kata Budi Santoso.",
     [("direct", "Rekening warga langsung terisi. Dan kita berharap bahwa ini akan terus kita lanjutkan,", "kata")]),
    ("“Kami juga menegaskan bahwa bantuan tetap disalurkan,” kata Budi Santoso.",
     [("direct", "Kami juga menegaskan bahwa bantuan tetap disalurkan,", "kata")]),
])
def test_quotes_first_person_cue_inside_a_quote_is_not_nested(quotes_nlp, text, expected):
    assert [g[:3] for g in quotes(quotes_nlp, text)] == expected


@pytest.mark.parametrize("text, expected", [
    # a question cue reports a question only with an interrogative clause; an object is just the topic
    ("Jaksa mencecar saksi Cecep Hidayat soal nomor ponsel milik terdakwa.", []),
    ("Penyidik menanyakan nomor ponsel yang dipakai terdakwa selama ini.", []),
    ("Jaksa juga mencecar apakah terdakwa pernah memiliki nomor dengan nama lain.",
     [("indirect", "apakah terdakwa pernah memiliki nomor dengan nama lain", "mencecar")]),
])
def test_quotes_question_cues_need_a_question(quotes_nlp, text, expected):
    assert [g[:3] for g in quotes(quotes_nlp, text)] == expected


@pytest.mark.parametrize("text", [
    # a cue verb after an allegation (`disebut`, `diduga`) is what the subject allegedly did, not a report
    "Hasto juga disebut memerintahkan anak buahnya untuk menenggelamkan ponselnya menjelang diperiksa.",
    "Tersangka diduga meminta para saksi untuk menghapus semua pesan di ponsel mereka.",
])
def test_quotes_cue_after_an_allegation_is_not_a_quote(quotes_nlp, text):
    assert [q for q in quotes(quotes_nlp, text) if q[2] != "disebut"] == []


@pytest.mark.parametrize("text, expected", [
    # a directive's content is the demand; a following `setelah/sebelum/sejak` clause is its occasion
    ("Presiden AS Donald Trump mendesak Iran kembali ke meja perundingan setelah serangan Israel menggagalkan pembicaraan.",
     [("indirect", "Iran kembali ke meja perundingan", "mendesak")]),
    ("Bupati meminta warga untuk mengungsi sebelum banjir besar datang ke desa mereka.",
     [("indirect", "warga untuk mengungsi", "meminta")]),
    # a speech verb keeps the whole clause
    ("Ia mengatakan nomor itu kini tidak aktif lagi sejak November tahun lalu.",
     [("indirect", "nomor itu kini tidak aktif lagi sejak November tahun lalu", "mengatakan")]),
])
def test_quotes_directive_stops_before_its_occasion(quotes_nlp, text, expected):
    assert [g[:3] for g in quotes(quotes_nlp, text)] == expected


# -- scraped text (issue 11): marks and separators as real scrapes leave them ----------------

@pytest.mark.parametrize("text, expected", [
    # a mark glued after a full stop opens a quote
    ('Pameran dibuka pagi tadi di gedung itu."Kami menyiapkan seratus stan untuk warga," kata Budi Santoso.',
     [("direct", "Kami menyiapkan seratus stan untuk warga,", "kata", "Budi Santoso", [])]),
    # paragraphs joined by a comma: the quote opens there, and the next clause stops at the join
    ('Acara berlangsung meriah.,"Kami menyiapkan seratus stan untuk warga," kata Budi Santoso.,'
     'Budi menambahkan, panitia akan menambah kursi.',
     [("direct", "Kami menyiapkan seratus stan untuk warga,", "kata", "Budi Santoso", []),
      ("indirect", "panitia akan menambah kursi", "menambahkan", "Budi Santoso", [])]),
    # curly marks read as Mac Roman
    ("Pameran dibuka pagi tadi.,‚ÄúKami menyiapkan seratus stan untuk warga,‚Äù kata Budi Santoso.",
     [("direct", "Kami menyiapkan seratus stan untuk warga,", "kata", "Budi Santoso", [])]),
    # a scrape stored as a Python list: a quote left open in one item ends where a later item closes it
    ("['Pameran dibuka pagi tadi.', '\"Kami menyiapkan seratus stan untuk warga', 'Semua gratis,\" kata Budi Santoso.']",
     [("direct", "Kami menyiapkan seratus stan untuk warga', 'Semua gratis,", "kata", "Budi Santoso", [])]),
    # the opening mark lost: the paragraph up to `," jelasnya` is the quote
    ('Ketua panitia Budi Santoso hadir.\nKami menyiapkan seratus stan untuk warga dan semuanya gratis," jelasnya.',
     [("direct", "Kami menyiapkan seratus stan untuk warga dan semuanya gratis,", "jelasnya", "Budi Santoso", [])]),
    # two apostrophes for a double mark
    ("Menteri hadir di istana.,''Kalau dilanjutkan saya jamin pasti selesai,'' kata Budi Santoso.",
     [("direct", "Kalau dilanjutkan saya jamin pasti selesai,", "kata", "Budi Santoso", [])]),
    # a closing mark set apart by spaces still closes
    ('"Ini yang sedang kami teliti bersama tim ahli, " kata Budi Santoso.',
     [("direct", "Ini yang sedang kami teliti bersama tim ahli,", "kata", "Budi Santoso", [])]),
])
def test_quotes_survive_scraping(quotes_nlp, text, expected):
    assert quotes(quotes_nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Dikatakan Budi Santoso, acara itu akan digelar di lapangan kota.",
     [("indirect", "acara itu akan digelar di lapangan kota", "Dikatakan", "Budi Santoso", [])]),
    ("Ketua panitia Budi Santoso hadir di lokasi. Disebutkannya, para peserta datang dari sepuluh kabupaten.",
     [("indirect", "para peserta datang dari sepuluh kabupaten", "Disebutkannya", "Budi Santoso", [])]),
    ("Polisi menduga pelaku sudah kabur ke luar kota sejak pekan lalu.",
     [("indirect", "pelaku sudah kabur ke luar kota sejak pekan lalu", "menduga", "Polisi", [])]),
    ("Dokter Rina Marlina memperingatkan warga harus mengurangi konsumsi gula setiap hari.",
     [("indirect", "warga harus mengurangi konsumsi gula setiap hari", "memperingatkan", "Rina Marlina", [])]),
    ("Survei itu menunjukkan bahwa mayoritas warga puas dengan layanan baru.",
     [("indirect", "mayoritas warga puas dengan layanan baru", "menunjukkan", "Survei", [])]),
])
def test_quotes_fronted_passive_stance_and_finding_cues(quotes_nlp, text, expected):
    assert quotes(quotes_nlp, text) == expected


@pytest.mark.parametrize("text", [
    "Pemain muda itu menunjukkan kebolehannya di lapangan sepanjang laga.",  # a finding needs `bahwa`
    "Tunggal putri Sari Dewi memastikan satu tempat di semifinal turnamen itu.",
    "Ganda putra itu mengakui keunggulan lawan dalam tiga gim yang ketat.",
    "Kami akan bawa piala ini ke Palembang, sampai nanti ke Bandung dan Surabaya.",  # `sampai` is `until`
    "Mahasiswa itu melanjutkan kuliah di kampus negeri tahun depan.",
    "Menteri itu menjawab pertanyaan soal revisi undang-undang di depan wartawan.",
    "Kabar itu seperti dilaporkan Reuters pada Senin pagi waktu setempat.",  # a relay, not a report
])
def test_quotes_not_from_verbs_that_do_not_report(quotes_nlp, text):
    assert quotes(quotes_nlp, text) == []


@pytest.mark.parametrize("text, speaker, via", [
    ('"Kasus ini masih kami dalami," kata Kapolres AKBP Ari Darmanto.', "Ari Darmanto", []),
    ('"Kucing di sini dirawat setiap hari," kata pengelola Taman SCBD Rina Maharani.', "Rina Maharani", []),
    ('Harga cabai naik tajam.\n"Stok di gudang menipis sejak pekan lalu," tulis akun Instagram Dinas Pertanian Kota Sentosa.',
     "Dinas Pertanian Kota Sentosa", ["akun Instagram Dinas Pertanian Kota Sentosa"]),
    ("Pelatih tim nasional Indra Wijaya memimpin latihan pagi.\nPria yang juga menjabat sebagai direktur teknik itu "
     "menambahkan bahwa latihan akan berlangsung dua pekan.", "Indra Wijaya", []),
])
def test_quotes_speaker_is_the_person_not_a_title_an_account_or_a_description(quotes_nlp, text, speaker, via):
    assert [(q[3], q[4]) for q in quotes(quotes_nlp, text)] == [(speaker, via)]


@pytest.mark.parametrize("text, speaker", [
    ('"Antrean panjang sejak subuh," kata seorang pejalan kaki bernama Dodi.', "Dodi"),
    ('"Kami melihat asap dari lantai dua," kata seorang pengguna media sosial.', "seorang pengguna media sosial"),
    ('Sutarjo berpamitan kepada wartawan usai laga.\n"Mungkin ini laga terakhir saya di sini," katanya.', "Sutarjo"),
])
def test_quotes_described_speakers(quotes_nlp, text, speaker):
    assert [q[3] for q in quotes(quotes_nlp, text)] == [speaker]


@pytest.mark.parametrize("text, via", [
    ('"Kami siap bertanding," kata Budi Santoso dikutip Rabu (11/6).', []),  # when, not from whom
    ('"Kami siap bertanding," kata Budi Santoso, sebagaimana mengutip detikcom, Selasa (14/3).', ["detikcom"]),
    ('"Kami siap bertanding," kata Budi Santoso, dilansir Harian Sentosa dari laman BBC.', ["laman BBC", "Harian Sentosa"]),
    ('"Kami tidak mencari konflik," kata Duta Besar Ivan Petrov melalui Telegram.', ["Telegram"]),
    ('"Kami tidak mencari konflik," kata Duta Besar Ivan Petrov kepada Reuters.', ["Reuters"]),
    ('"Kami tidak mencari konflik," kata Duta Besar Ivan Petrov kepada wartawan.', []),
    ('"Kami tidak mencari konflik," kata Duta Besar Ivan Petrov dalam pernyataan yang dirilis oleh Kedutaan Besar '
     'Rusia di AS melalui Telegram.', ["Kedutaan Besar Rusia di AS", "Telegram"]),
])
def test_quotes_via_sources(quotes_nlp, text, via):
    assert [q[4] for q in quotes(quotes_nlp, text)] == [via]


@pytest.mark.parametrize("text, via", [
    # a site or account, named as written from its noun
    ('"Kami frustrasi dengan hasilnya," ujar Luis Enrique di situs resmi klub.', [["situs resmi klub"]]),
    ('"Terima kasih pemirsa," ujar Hary Tanoesoedibjo pada laman Instagram miliknya, Rabu (15/3/2023).',
     [["laman Instagram miliknya"]]),
    ('"Kami tidak mencari konflik," tulis Duta Besar Ivan Petrov melalui akun X (Twitter) resmi miliknya.',
     [["akun X (Twitter)"]]),
    # a show, named by its name; a release by a named third party
    ('"Sariawan berulang di langit-langit mulut," ungkap dokter Nurul Iman saat live bersama Radio Kesehatan, Rabu.',
     [["Radio Kesehatan"]]),
    ('"Kami bermain lepas hari ini," kata pelatih Ayub Hidayat seusai laga, seperti termuat dalam rilis panitia.',
     [["rilis panitia"]]),
    # not channels: an event, the speaker's own written statement, a channel inside the quoted words
    ('"Kami evaluasi semua direksi," ungkap Rosan Roeslani dalam acara Townhall Danantara di Jakarta.', [[]]),
    ('"Kami evaluasi semua direksi," ujar Rosan Roeslani dalam keterangan tertulisnya.', [[]]),
    ('"Jangan percaya informasi yang tidak berasal dari kanal resmi GoPay," ujar Audrey Petriny.', [[]]),
])
def test_quotes_via_channel_the_speaker_spoke_through(quotes_nlp, text, via):
    assert [q[4] for q in quotes(quotes_nlp, text)] == via


def test_quotes_via_channel_covers_the_speakers_later_quotes(quotes_nlp):
    text = ('"Sariawan berulang di langit-langit mulut," ungkap dokter Nurul Iman saat live bersama Radio Kesehatan, Rabu.\n'
            'Penderita lupus sensitif terhadap sinar matahari.\n'
            '"Konsultasikan ke dokter segera bila gejala berulang," ucap Nurul Iman.')
    assert [q[4] for q in quotes(quotes_nlp, text)] == [["Radio Kesehatan"], ["Radio Kesehatan"]]
    # a show named in a sentence that quotes no one: the next speaker's words in that paragraph came through it
    show = ('Penyanyi itu pada Juni lalu muncul di acara JTBC, "Run.wav". Dalam acara tersebut, Kim Taeyeon '
            'mengaku sedang mempersiapkan album solo keduanya.')
    assert [(q[3], q[4]) for q in quotes(quotes_nlp, show)] == [("Kim Taeyeon", ["Run.wav"])]
    # an interview partner who is a person is no channel
    person = '"Kami siap bertanding," kata Budi Santoso dalam wawancara dengan Andi Wijaya.'
    assert [q[4] for q in quotes(quotes_nlp, person)] == [[]]


def test_quotes_via_reported_speech_inside_a_reported_clause(quotes_nlp):
    text = ("Rosan Roeslani menyebut tidak hanya tokoh di Indonesia, Prabowo Subianto juga meminta agar tokoh dari "
            "luar negeri dimasukkan ke dalam daftar nama.")
    found = {q[3]: q[4] for q in quotes(quotes_nlp, text)}
    assert found == {"Rosan Roeslani": [], "Prabowo Subianto": ["Rosan Roeslani"]}


def test_quotes_via_fronted_source_and_wire_credit_cover_the_quotes_after_them(quotes_nlp):
    fronted = ('Melansir Reuters, Kamis, regulator itu memberi izin uji coba mobil tanpa setir.\n'
               '"Kami akan memeriksa setiap petisi," kata juru bicara Anna Berg.')
    # the fronted source's own clause is a quote of Reuters (cues_sources.jsonl); the direct quote came through it
    assert [q[4] for q in quotes(quotes_nlp, fronted) if q[0] == "direct"] == [["Reuters"]]
    lead = ('"Kami akan memeriksa setiap petisi," kata juru bicara Anna Berg.\n'
            'Dikutip Reuters, Kamis, regulator itu memberi izin uji coba mobil tanpa setir.')
    assert [q[4] for q in quotes(quotes_nlp, lead)] == [["Reuters"]]  # named near the top: the whole story
    wire = ('"Perundingan gagal," kata Menteri Luar Negeri Carlos Mendez.\n'
            "Ia menambahkan bahwa pertemuan berikutnya ditunda. (AFP/OL-1)")
    assert [q[4] for q in quotes(quotes_nlp, wire)] == [["AFP"], ["AFP"]]


@pytest.mark.parametrize("text, speaker", [
    ("['Jakarta, Warta Kita - Kementerian Energi dan Sumber Daya Mineral (ESDM) menegaskan perusahaan tambang "
     "harus membangun smelter tahun depan.']", "Kementerian Energi dan Sumber Daya Mineral"),
])
def test_quotes_organisation_speaker_after_a_dateline_runs_to_its_acronym(quotes_nlp, text, speaker):
    assert [q[3] for q in quotes(quotes_nlp, text)] == [speaker]
