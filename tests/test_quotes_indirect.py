"""Indirect quotes: the grammar of the reported clause and cue classes read from lexicon data
(hand-written sentences, no NER, no ../shared)."""

import pytest

from warta.record import to_record


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


@pytest.mark.parametrize("text, expected", [
    # an adverbial (when, to whom, with whom) between the cue and `bahwa`, a date's commas included
    ("Kedutaan Besar Beijing mengatakan pada hari Selasa (17/6) bahwa konflik itu terus meningkat.",
     [("indirect", "konflik itu terus meningkat", "mengatakan", "Kedutaan Besar Beijing")]),
    ("Budi Santoso mengatakan kepada wartawan di Jakarta, Senin (6/11), bahwa harga beras akan turun.",
     [("indirect", "harga beras akan turun", "mengatakan", "Budi Santoso")]),
    # and before a comma, without `bahwa`: the clause starts after the adverbial (and a date)
    ("Budi Santoso mengatakan kepada wartawan di Jakarta, Senin (6/11), harga beras akan turun pekan depan.",
     [("indirect", "harga beras akan turun pekan depan", "mengatakan", "Budi Santoso")]),
    ("Budi Santoso mengatakan di sela acara di Jakarta, Senin (6/11).", []),
    # a noun of saying with a named source and `bahwa` (`lang/id/cues_sources.jsonl`, class nominal)
    ("Bolsonaro mengatakan dia telah menerima jaminan dari Putin, bahwa Rusia akan terus mengirimkan pupuk.",
     [("indirect", "dia telah menerima jaminan dari Putin, bahwa Rusia akan terus mengirimkan pupuk", "mengatakan",
       "Bolsonaro"),
      ("indirect", "Rusia akan terus mengirimkan pupuk", "jaminan", "Putin")]),
    # cue classes as data: `merasa` reports only with `bahwa`; a directive needs its purpose clause
    ("Andien pun merasa bahwa era musik saat ini sangat menyenangkan.",
     [("indirect", "era musik saat ini sangat menyenangkan", "merasa", "Andien")]),
    ("Korban merasa ditipu dan melapor ke polisi.", []),
    ("Presiden mengarahkan pihaknya untuk menciptakan ekosistem BUMN yang bersih.",
     [("indirect", "pihaknya untuk menciptakan ekosistem BUMN yang bersih", "mengarahkan", "Presiden")]),
    # a paragraph an old scrape glued on after the full stop with a comma is a sentence of its own
    ("Adapun kereta yang dibangun berupa Light Rail Transit (LRT).,Menurut Budi, pembangunan LRT ini sesuai keinginan pemerintah.",
     [("indirect", "pembangunan LRT ini sesuai keinginan pemerintah", "Menurut", "Budi")]),
    # a passive cue with a reason after it reports no words
    ("Pemain internasional Inggris itu diperingatkan atas unggahan video kasar saat berlibur di Miami.", []),
    # no source named: a rumour, no one's words
    ("Hal ini menyikapi kabar hoaks bahwa Habibie meninggal dunia pagi ini.", []),
])
def test_adverbial_before_bahwa_and_nominal_cues(quotes_nlp, text, expected):
    assert quotes(quotes_nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    # source phrases (`lang/id/cues_sources.jsonl`): the fronted phrase's clause is the quote
    ("Dilansir Reuters, Kamis (19/6/2025), harga minyak dunia naik tajam pada perdagangan pagi.",
     [("indirect", "harga minyak dunia naik tajam pada perdagangan pagi", "Dilansir", "Reuters")]),
    ("Berdasarkan pengumuman Bombardier saat itu, kesepakatan tersebut bernilai USD1,32 miliar.",
     [("indirect", "kesepakatan tersebut bernilai USD1,32 miliar", "Berdasarkan", "Bombardier")]),
    ("Seperti yang disampaikan Menkes Budi Sadikin dan mantan Direktur WHO, Prof Tjandra Yoga Aditama, "
     "wabah ini hanya terjadi pada hewan dan tidak menular.",
     [("indirect", "wabah ini hanya terjadi pada hewan dan tidak menular", "Seperti yang disampaikan", "Budi Sadikin")]),
    # data are a figure's source, not words; a clause with its own cue or named subject is read by it
    ("Berdasarkan data BPS, jumlah penduduk miskin turun menjadi 9 persen tahun ini.", []),
    ("Dilansir CNBC International, Kamis (19/6/2025), Elliptic menyebut dana tersebut ditarik dari dompet itu.",
     [("indirect", "dana tersebut ditarik dari dompet itu", "menyebut", "Elliptic")]),
    ("Dalam pernyataan lain, Blinken dan Gantz juga mendiskusikan upaya pengembalian warga Israel.", []),
])
def test_source_phrases(quotes_nlp, text, expected):
    assert quotes(quotes_nlp, text) == expected


def test_document_phrase_with_nya_points_back_to_the_speaker(quotes_nlp):
    text = ("Prabowo menjelaskan bahwa kampung itu akan melengkapi layanan haji. "
            "Dalam laporannya, kampung tersebut bakal dibangun di dekat Masjidil Haram.")
    assert quotes(quotes_nlp, text)[1] == (
        "indirect", "kampung tersebut bakal dibangun di dekat Masjidil Haram", "Dalam", "Prabowo")


@pytest.mark.parametrize("text, expected", [
    # `Hal itu diungkapkan X`: the sentence before is X's words (its fronted adverbial is not)
    ("Sedangkan, pada balapan akhir pekan ini, posisi Marini akan digantikan Takaaki Nakagami. "
     "Hal itu dikonfirmasi oleh HRC lewat pernyataan resmi.",
     [("indirect", "posisi Marini akan digantikan Takaaki Nakagami", "dikonfirmasi", "HRC")]),
    # a quote two sentences back is what `Hal itu` points to; the sentence between is the article's
    ("“Kami hanya memakai pemain lokal,” kata Nafuzi Zain. Jadi, tak ada pemain asing yang dinaturalisasi saat itu. "
     "Hal itu diungkapkan langsung oleh Nafuzi Zain.",
     [("direct", "Kami hanya memakai pemain lokal,", "kata", "Nafuzi Zain")]),
    ("Pasien itu dikonfirmasi positif Covid-19 setelah menjalani tes di rumah sakit.", []),
])
def test_pointed_back(quotes_nlp, text, expected):
    assert quotes(quotes_nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    # fronted inverted cues: `Sebutnya, C`, `Masih kata X, C`, `Lanjut X, C`
    ("Sebutnya, keempat korban tersebut memiliki profesi yang bervariasi.",
     [("indirect", "keempat korban tersebut memiliki profesi yang bervariasi", "Sebutnya", None)]),
    ("Masih kata Budi, keempat korban tersebut memiliki profesi yang bervariasi.",
     [("indirect", "keempat korban tersebut memiliki profesi yang bervariasi", "kata", "Budi")]),
    ("Lanjut Budi, keempat korban tersebut memiliki profesi yang bervariasi.",
     [("indirect", "keempat korban tersebut memiliki profesi yang bervariasi", "Lanjut", "Budi")]),
    ("Lebih lanjut, keempat korban tersebut memiliki profesi yang bervariasi.", []),
    # a fronted passive cue with `-nya` needs no comma
    ("Disebutkannya keempat korban tersebut memiliki profesi yang bervariasi.",
     [("indirect", "keempat korban tersebut memiliki profesi yang bervariasi", "Disebutkannya", None)]),
    ("Hal itu disampaikannya kemarin dalam rapat kerja bersama DPR di Senayan.", []),
    # post-quote cues found in the corpus (`tandasnya`), `tutup` only after a closing mark
    ("“Kondisi lapangan masih basah dan licin,” tandasnya.",
     [("direct", "Kondisi lapangan masih basah dan licin,", "tandasnya", None)]),
    ("Tutup pintu itu, kemudian kunci dengan rapat sebelum pergi.", []),
])
def test_fronted_cues(quotes_nlp, text, expected):
    assert quotes(quotes_nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    # findings verbs report a clause (a subject and a predicate), not an object (`cues_clause.jsonl`)
    ("Beberapa penelitian menunjukkan makanan ini dapat membantu menurunkan tekanan darah.",
     [("indirect", "makanan ini dapat membantu menurunkan tekanan darah", "menunjukkan", None)]),
    ("Peneliti Yose Rizal menyinggung pejabat pemerintah terobsesi membuat terobosan.",
     [("indirect", "pejabat pemerintah terobsesi membuat terobosan", "menyinggung", "Yose Rizal")]),
    ("Pemain itu menunjukkan kebolehannya dalam mengolah bola di depan penonton.", []),
    ("Laporan itu menyoroti berbagai masalah terkait layanan kesehatan di daerah.", []),
    # a short clause counts when it has a predicate
    ("Keduanya hingga kini mengaku hanya bersahabat.",
     [("indirect", "hanya bersahabat", "mengaku", None)]),
])
def test_clause_needs_a_predicate(quotes_nlp, text, expected):
    assert quotes(quotes_nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a speech cue in a relative or accompanying clause reports a clause
    ("“Tidak ada konsensus,” kata Cano, seraya menambahkan keputusan itu telah dikomunikasikan ke Kiev.",
     [("direct", "Tidak ada konsensus,", "kata", "Cano"),
      ("indirect", "keputusan itu telah dikomunikasikan ke Kiev", "menambahkan", "Cano")]),
    ("Lalu, pasal 4B yang mengatakan bahwa kerugian BUMN merupakan kerugian perusahaan itu sendiri.",
     [("indirect", "kerugian BUMN merupakan kerugian perusahaan itu sendiri", "mengatakan", "pasal 4B")]),
    # ... but naming (`yang menyebut dirinya`) and showing (`sambil menunjukkan`) report nothing
    ("Pria yang menyebut dirinya nabi itu ditangkap polisi kemarin.", []),
    ("Ia datang sambil menunjukkan kartu identitas kepada petugas di pintu.", []),
    # a survey's share of respondents answers; it does not make a statement
    ("Lalu, 22,4 persen responden menyatakan tidak puas terhadap penanganan kasus korupsi.", []),
])
def test_relative_cues_and_survey_answers(quotes_nlp, text, expected):
    assert quotes(quotes_nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    # `Menurut X C` without a comma: the name ends where lower case starts
    ("Menurut David cuaca dan kondisi penerbangan saat itu dalam keadaan baik.",
     [("indirect", "cuaca dan kondisi penerbangan saat itu dalam keadaan baik", "Menurut", "David")]),
    ("Menurut Kepala Dinas di sana kondisi jalan sudah rusak parah sejak lama.", []),
    # a question inside a quote reports nothing
    ("“Dan siapa yang memastikan bahwa bahan mentah itu akan dimasak sesuai standar,” tuturnya.",
     [("direct", "Dan siapa yang memastikan bahwa bahan mentah itu akan dimasak sesuai standar,", "tuturnya", None)]),
])
def test_according_without_comma_and_questions(quotes_nlp, text, expected):
    assert quotes(quotes_nlp, text) == expected


def test_cue_glued_to_a_name_in_scraping(quotes_nlp):
    text = "Advertisement. The Vergemengungkap, ponsel itu akan hadir dengan harga USD 499 atau Rp 8,1 juta."
    assert quotes(quotes_nlp, text) == [
        ("indirect", "ponsel itu akan hadir dengan harga USD 499 atau Rp 8,1 juta", "mengungkap", "The Verge")]


def test_first_sentence_glued_to_the_dateline_is_read(quotes_nlp):
    text = ("Liputan6.com, Jakarta -Layanan dompet digital itu memastikan, tidak pernah menerbitkan kartu fisik "
            "dalam bentuk apa pun.")
    assert [q[:3] for q in quotes(quotes_nlp, text)] == [
        ("indirect", "tidak pernah menerbitkan kartu fisik dalam bentuk apa pun", "memastikan")]


@pytest.mark.parametrize("text, expected", [
    # `mengungkapkan`, `menyampaikan`, `menuturkan` take an object as often as a clause
    ("Gubernur itu mengungkapkan sejumlah rencana untuk empat pulau yang baru kembali.", []),
    ("Pedagang itu menuturkan harga cabai naik dua kali lipat.",
     [("indirect", "harga cabai naik dua kali lipat", "menuturkan", None)]),
    # a directive's addressee after `kepada`, with what is asked of them
    ("Khairunas juga mengimbau kepada jamaah haji untuk taat pada ketentuan penerbangan.",
     [("indirect", "jamaah haji untuk taat pada ketentuan penerbangan", "mengimbau", "Khairunas")]),
    ("Ia meminta kepada wartawan sebuah salinan dokumen itu.", []),
])
def test_objects_are_not_clauses(quotes_nlp, text, expected):
    assert quotes(quotes_nlp, text) == expected


@pytest.mark.parametrize("text", [
    "Wakil Menteri Raul Cano, yang menolak mengatakan negara mana yang menentang usulan itu, hadir di sana.",
    "Tim dokter hewan secara rutin bekerja dalam memastikan semua sapi dalam kondisi sehat.",
    "“Tidak ada solusi ajaib,” kata pernyataan kelompok itu seperti dilaporkan Malay Mail, 15 September 2019.",
])
def test_refusals_activities_and_relays_report_nothing_indirect(quotes_nlp, text):
    assert [q for q in quotes(quotes_nlp, text) if q[0] == "indirect"] == []


@pytest.mark.parametrize("text, expected", [
    # `C, menurut X, apposition.`: the source's apposition is no clause, C is the quote
    ("Hal itu sangat penting bagi komunikasi kuantum, menurut Xu Feihu, seorang profesor di Hefei.",
     [("indirect", "Hal itu sangat penting bagi komunikasi kuantum", "menurut", "Xu Feihu")]),
    # `A, menurut X, B`: interposed, the whole sentence
    ("Harga minyak dunia, menurut Budi, akan naik tajam pada pekan depan.",
     [("indirect", "Harga minyak dunia, menurut Budi, akan naik tajam pada pekan depan", "menurut", "Budi")]),
])
def test_trailing_according_with_apposition(quotes_nlp, text, expected):
    assert quotes(quotes_nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a named subject `dilaporkan/dikabarkan` with an auxiliary: a reported claim, no speaker named
    ("Mike Tyson dilaporkan telah mencapai kesepakatan untuk melawan Roy Jones Jr.",
     [("indirect", "telah mencapai kesepakatan untuk melawan Roy Jones Jr", "dilaporkan", None)]),
    ("Dua orang dilaporkan tewas dalam kecelakaan itu.", []),
])
def test_reported_claims(quotes_nlp, text, expected):
    assert quotes(quotes_nlp, text) == expected


@pytest.mark.parametrize("text, speakers", [
    # a coordinated cue shares the first cue's subject
    ("Koalisi masyarakat sipil berpendapat proses itu tidak sungguh-sungguh dan menduga proses hukum ini dirancang gagal.",
     ["Koalisi masyarakat sipil", "Koalisi masyarakat sipil"]),
    # a relative clause's speaker is the noun phrase it hangs on
    ("Pendapat Ayu juga dibenarkan oleh Niki yang menilai Igun terlihat menggemaskan.", ["Niki"]),
])
def test_speaker_of_coordinated_and_relative_cues(quotes_nlp, text, speakers):
    assert [q[3] for q in quotes(quotes_nlp, text)] == speakers


@pytest.mark.parametrize("text, expected", [
    # the sentence `Hal itu` points back to starts after a dateline left in the text
    ("Jakarta (ANTARA) - PSSI berpeluang mendatangkan tim nasional Argentina untuk laga persahabatan. "
     "Hal itu disampaikan Menpora Zainudin Amali di Jakarta.",
     [("indirect", "PSSI berpeluang mendatangkan tim nasional Argentina untuk laga persahabatan", "disampaikan",
       "Zainudin Amali")]),  # the title is not part of the name
])
def test_pointed_back_after_a_dateline(quotes_nlp, text, expected):
    assert quotes(quotes_nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a clause with no subject (`ada ...`) and a coordinated subject still have a predicate
    ("Rosan mengungkapkan ada dua investor asing yang hendak berinvestasi di sana.",
     [("indirect", "ada dua investor asing yang hendak berinvestasi di sana", "mengungkapkan", "Rosan")]),
    ("Ruy mengungkapkan ia dan keluarganya sering mendapat hinaan dari tetangga.",
     [("indirect", "ia dan keluarganya sering mendapat hinaan dari tetangga", "mengungkapkan", "Ruy")]),
])
def test_clauses_without_subject_or_with_coordinated_subject(quotes_nlp, text, expected):
    assert quotes(quotes_nlp, text) == expected


def test_trailing_according_needs_something_said_before(quotes_nlp):
    text = "Dilansir World of Buzz, menurut penelitian di Inggris, musik masa remaja akan paling diingat."
    assert all("musik masa remaja akan paling diingat" in q[1] for q in quotes(quotes_nlp, text))


def test_adjectives_with_verb_prefixes_are_no_predicate(quotes_nlp):
    text = "Penurunan tajam itu menggambarkan ketidakpastian dan kekhawatiran mendalam di pasar saham."
    assert quotes(quotes_nlp, text) == []


@pytest.mark.parametrize("text, expected", [
    # a next sentence that cannot stand alone (`Di mana ...`) goes on the clause before it
    ("Dia juga menjelaskan permasalahan pengadaan barang ini sudah sejak lama. "
     "Di mana banyak hal yang patut diduga telah terjadi praktik korupsi.",
     [("indirect", "permasalahan pengadaan barang ini sudah sejak lama. "
       "Di mana banyak hal yang patut diduga telah terjadi praktik korupsi", "menjelaskan", None)]),
    # a clause announcing a list goes on over the sentence giving its items
    ("Menurutnya ada tiga hal yang bisa menjadi kunci kesuksesan Danantara. "
     "Pertama adalah kerangka hukum harus jelas, kedua adalah tenaga kerja, dan ketiga adalah integritas.",
     [("indirect", "ada tiga hal yang bisa menjadi kunci kesuksesan Danantara. Pertama adalah kerangka hukum harus "
       "jelas, kedua adalah tenaga kerja, dan ketiga adalah integritas", "Menurutnya", None)]),
    # a sentence that stands alone stays the article's
    ("Dia menjelaskan permasalahan pengadaan barang ini sudah sejak lama. Banyak pegawai lalu mengundurkan diri.",
     [("indirect", "permasalahan pengadaan barang ini sudah sejak lama", "menjelaskan", None)]),
])
def test_clause_over_two_sentences(quotes_nlp, text, expected):
    assert quotes(quotes_nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    # an active cue closing its sentence: the clause is before the comma, the speaker after it
    ("Batu ruang angkasa besar ini diperkirakan akan melintas dekat Bumi pada 14 Desember 2113, ESA melaporkan.",
     [("indirect", "Batu ruang angkasa besar ini diperkirakan akan melintas dekat Bumi pada 14 Desember 2113",
       "melaporkan", "ESA")]),
    # a clause whose first comma segment has no predicate still reports with a trailing `menurut`
    ("Salah satu bursa kripto terbesar di Iran, Nobitex, mengalami serangan siber yang menyebabkan kerugian besar, "
     "menurut laporan firma analitik blockchain, Elliptic.",
     [("indirect", "Salah satu bursa kripto terbesar di Iran, Nobitex, mengalami serangan siber yang menyebabkan "
       "kerugian besar", "menurut", "Elliptic")]),
    # after a copula the cue names what an aim is, nobody's words
    ("Rosan menyampaikan bahwa tujuan evaluasi ini adalah memastikan seluruh jajaran BUMN memiliki visi yang sejalan.",
     [("indirect", "tujuan evaluasi ini adalah memastikan seluruh jajaran BUMN memiliki visi yang sejalan",
       "menyampaikan", "Rosan")]),
])
def test_clause_edges(quotes_nlp, text, expected):
    assert quotes(quotes_nlp, text) == expected
