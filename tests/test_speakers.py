"""Who a quote belongs to: the person's name, not a role phrase, a place or an organisation
named before it (hand-written sentences, no ../shared)."""

import pytest

from warta.record import to_record


def speakers(nlp, text):
    return [(q["speaker"] or {}).get("name") for q in to_record(nlp(text))["quotes"]]


@pytest.mark.parametrize("text, speaker", [
    # the role's holder, named after a comma, not the body the role belongs to
    ("Sementara itu menurut Wakil Direktur Reserse Polda Kepri, AKBP Ari Darmanto, kasus ini berawal "
     "dari laporan warga.", "Ari Darmanto"),
    ("“Kami akan melawan putusan itu di pengadilan,” ucap pengacara Joko Santoso, Aris Marpaung.",
     "Aris Marpaung"),
    # a role phrase runs through `dari`/`untuk` and a capitalised stop word to the name
    ("Duta Besar Rusia untuk Amerika Serikat Anatoly Antonov mengatakan bahwa serangan itu "
     "adalah pernyataan perang.", "Anatoly Antonov"),
    ("Kepala Departemen Ekonomi dari Center for Strategic Studies (CSIS) Yose Rizal Damhuri menjelaskan bahwa "
     "demonstrasi adalah hal yang wajar.", "Yose Rizal Damhuri"),
    ("Direktur Pengendalian Penyakit Langsung Kementerian Kesehatan Wiendra Waworuntu menambahkan, "
     "tes tersebut sejalan dengan gerakan hidup sehat.", "Wiendra Waworuntu"),
    # a relative clause between the subject and its cue is not the subject
    ("Presiden Brasil Luiz Inacio Lula, yang kehadirannya di Konferensi tersebut belum dikonfirmasi, "
     "mengatakan negaranya akan tetap netral.", "Luiz Inacio Lula"),
])
def test_speaker_is_the_named_person(quotes_nlp, text, speaker):
    assert speakers(quotes_nlp, text)[0] == speaker


def test_definite_description_is_not_the_place_in_it(quotes_nlp):
    text = ("Presiden Ukraina Volodymyr Zelensky tiba di Brasilia pada Senin.\n"
            "Pemimpin Ukraina itu berbicara kepada Presiden Paraguay Mario Benitez, meminta untuk "
            "diizinkan berpidato di konferensi tersebut.")
    assert speakers(quotes_nlp, text) == ["Volodymyr Zelensky"]


def test_fronted_attribution_passes_on_another_subjects_words(quotes_nlp):
    text = "Menurut Rosan Roeslani, Presiden Prabowo Subianto berulang kali mengingatkan pentingnya pejabat yang bersih."
    records = to_record(quotes_nlp(text))["quotes"]
    inner = [q for q in records if q["cue"]["text"] == "mengingatkan"]
    assert [(q["speaker"]["name"], [v["name"] for v in q["via"]]) for q in inner] == [
        ("Prabowo Subianto", ["Rosan Roeslani"])]


def test_words_told_to_a_site_by_its_domain_come_through_it(quotes_nlp):
    text = "“Syuting sampai pagi itu sangat berat,” ungkap Dewi Lestari kepada Showbiz Kabarku.com di Jakarta Selatan."
    records = to_record(quotes_nlp(text))["quotes"]
    assert [[v["name"] for v in q["via"]] for q in records] == [["Showbiz Kabarku.com"]]


def vias(nlp, text):
    return [[v["name"] for v in q["via"]] for q in to_record(nlp(text))["quotes"]]


def test_an_outlet_relay_covers_its_occasion_not_an_earlier_one(quotes_nlp):
    text = ("“Peluncuran dilakukan bulan depan,” kata Budi Santoso, dikutip Antara.\n"
            "Budi menjelaskan bahwa persiapan peluncuran sudah hampir selesai.\n"
            "Sebelumnya, Budi Santoso mengatakan bahwa badan itu akan bekerja secara mandiri.")
    assert vias(quotes_nlp, text) == [["Antara"], ["Antara"], []]


def test_an_outlet_glued_to_its_cue_is_still_the_relay(quotes_nlp):
    text = "“Vaksin ini aman untuk para lansia,” kata Frieda Handayani mengutipAntara."
    assert vias(quotes_nlp, text) == [["Antara"]]


def index_with(nlp, text, mentions):
    """A name index whose NER mentions are given as (text, type, which occurrence): what NER
    got wrong is the point."""
    import re
    from warta.annotate.quotes.speakers import NameIndex
    index = NameIndex(nlp(text))
    for k, (name, kind, nth) in enumerate(mentions):
        start = [m.start() for m in re.finditer(rf"(?<![\w.]){re.escape(name)}(?!\w)", text)][nth]
        index.mentions.append((start, start + len(name), {"id": f"e{k}", "name": name, "type": kind}))
    return index


def test_a_person_ner_glued_to_an_organisation_is_found_by_their_name(quotes_nlp):
    text = ("Direktur Utama PSIS Semarang A.S.Sukawijaya hadir. Pelatih Manchester United Ole Gunnar Solskjaer "
            "juga hadir bersama Sukawijaya dan Solskjaer serta tim PSIS Semarang dan United.")
    index = index_with(quotes_nlp, text, [
        ("PSIS Semarang A.S.Sukawijaya", "ORG", 0), ("Manchester United Ole Gunnar Solskjaer", "ORG", 0),
        ("Sukawijaya", "PER", 0), ("Solskjaer", "PER", 1), ("PSIS Semarang", "ORG", 1), ("United", "ORG", 1)])
    assert index.glued_person("PSIS Semarang A.S.Sukawijaya") == "A.S.Sukawijaya"
    assert index.glued_person("Manchester United Ole Gunnar Solskjaer") == "Ole Gunnar Solskjaer"
    assert index.fullest("Sukawijaya") == "A.S.Sukawijaya"


def test_a_word_ner_calls_a_place_is_the_person_it_names_elsewhere(quotes_nlp):
    text = "Wakasat Samapta Kompol Winam Agus menjelaskan kasus itu. Winam menambahkan hal lain."
    index = index_with(quotes_nlp, text, [("Kompol Winam Agus", "PER", 0), ("Winam", "LOC", 1)])
    assert index.person_named("Winam") == "Winam Agus"
    assert index.fullest("Agus") == "Winam Agus"


def test_a_pronoun_goes_to_the_subject_named_not_to_a_name_in_the_object(quotes_nlp):
    text = ("“Saya fokus pada sepak bola,” kata Jesse Lingard.\n"
            "Mantan kapten Irlandia Roy Keane mempertanyakan keputusan Jesse Lingard itu. "
            "“Itu sebabnya saya khawatir tentang ruang ganti tim,” ujarnya.")
    assert speakers(quotes_nlp, text) == ["Jesse Lingard", "Roy Keane"]


def test_an_unattributed_quote_after_a_new_subject_is_not_the_previous_speakers(quotes_nlp):
    text = ("“Saya fokus pada sepak bola,” kata Jesse Lingard.\n"
            "Mantan kapten Irlandia Roy Keane mempertanyakan keputusan Jesse Lingard itu. "
            "“Itu sebabnya saya khawatir tentang ruang ganti tim.”")
    assert speakers(quotes_nlp, text) == ["Jesse Lingard", "Roy Keane"]


def test_a_role_set_off_by_a_determiner_is_the_person_before_not_the_role(quotes_nlp):
    text = ("Ketua MTI Bambang Haryo Soekartono menilai kebijakan itu kurang tepat.\n"
            "Dikatakan mantan Wakil Sekjen MTI Pusat, itu, pengguna transportasi publik massal masih minim.")
    assert speakers(quotes_nlp, text) == ["Bambang Haryo Soekartono", "Bambang Haryo Soekartono"]


def test_a_nickname_cut_from_a_name_is_the_full_name(quotes_nlp):
    text = ("Camat Suryanto Wibisono meninjau lokasi banjir pada Senin.\n"
            "“Air sudah mulai surut sejak pagi tadi,” kata Yanto.")
    assert speakers(quotes_nlp, text) == ["Suryanto Wibisono"]


def test_an_organisation_keeps_the_head_words_ner_left_off(quotes_nlp):
    from warta.annotate.quotes.speakers import resolve
    text = "Komisi III DPR mengaku heran dengan pernyataan itu."
    index = index_with(quotes_nlp, text, [("DPR", "ORG", 0)])
    assert resolve(index.doc, 0, text.index(" mengaku"), index, "before").name == "Komisi III DPR"


def test_a_description_points_to_the_person_it_describes_not_the_last_one(quotes_nlp):
    text = ("Presiden Ukraina Volodymyr Zelensky tiba di Brasilia pada Senin.\n"
            "Presiden Brasil Luiz Inacio Lula menyambutnya di bandara.\n"
            "Pemimpin Ukraina itu mengatakan bahwa perang harus segera diakhiri.")
    assert speakers(quotes_nlp, text) == ["Volodymyr Zelensky"]


def test_an_ordinary_word_is_no_name_but_a_speaking_noun_is_kept(quotes_nlp):
    from warta.annotate.quotes.speakers import ordinary_word
    assert [ordinary_word(w) for w in ("Sontak", "Hasilnya", "Polisi", "Suryanto")] == [True, True, False, False]
    assert speakers(quotes_nlp, "Polisi menduga pelaku sudah kabur ke luar kota sejak pekan lalu.") == ["Polisi"]


def test_an_own_site_with_a_possessive_is_the_channel(quotes_nlp):
    text = "“Kontrak pemain itu diputus secara mutual,” tulis Persija Jakarta dalam laman resminya, Kamis."
    assert vias(quotes_nlp, text) == [["laman resminya"]]


def test_a_name_with_chained_joiners_is_whole_and_its_short_form_finds_it(quotes_nlp):
    text = ("Eks pemain Inter Milan, Andy van der Meyde, menganalisis persaingan gelar juara.\n"
            "Van Der Meyde menilai Juventus masih menjadi kandidat terkuat juara musim ini.")
    assert speakers(quotes_nlp, text)[-1] == "Andy van der Meyde"


@pytest.mark.parametrize("text, speaker", [
    # a rank and its qualifier are not part of the name (`Laksamana Muda`, `Kompol`)
    ("Kepala Penerangan TNI Laksamana Muda Kisdiyanto meminta semua pihak bersabar. "
     "Dia mengatakan operasi itu butuh waktu.", ["Kisdiyanto", "Kisdiyanto"]),
    ("Kanit Reskrim Polsek Menteng, Kompol Suparmin mengatakan ibu korban sudah membuat laporan.", ["Suparmin"]),
])
def test_a_rank_before_a_name_is_not_the_name(quotes_nlp, text, speaker):
    assert speakers(quotes_nlp, text) == speaker


def test_a_short_title_alone_stands_for_its_holder(quotes_nlp):
    text = ("Menhub Budi Karya Sumadi mengatakan, anggaran itu sesuai arahan Presiden.\n"
            "“Kita investasi di kereta api bandara,” pungkas Menhub.")
    assert speakers(quotes_nlp, text) == ["Budi Karya Sumadi", "Budi Karya Sumadi"]


def test_a_word_ner_glued_before_a_name_it_also_found_alone_is_cut(quotes_nlp):
    text = ("Ketua UmumBhayangkariJuliati Sigit Prabowo hadir di Sorong. Kegiatan Bhayangkari berjalan lancar.\n"
            "Ketum Bhayangkari Juliati Sigit Prabowo membagikan bantuan. Ketum Bhayangkari Juliati menyapa warga.")
    index = index_with(quotes_nlp, text, [("Juliati Sigit Prabowo", "PER", 0), ("Bhayangkari Juliati Sigit Prabowo", "PER", 0),
                                          ("Bhayangkari", "PER", 1)])
    assert index.fullest("Bhayangkari Juliati Sigit Prabowo") == "Juliati Sigit Prabowo"


def test_an_agentless_fronted_speech_cue_goes_on_with_the_speaker(quotes_nlp):
    text = ("Kepala dinas Budi Santoso menuturkan, subsidi itu berlaku saat pemilik membawa hewannya ke puskeswan. "
            "Namun ditegaskan, wacana ini masih dalam tahap perencanaan awal dan perlu kajian.")
    assert speakers(quotes_nlp, text) == ["Budi Santoso", "Budi Santoso"]


def test_an_unnamed_person_described_again_is_not_the_last_speaker(quotes_nlp):
    text = ("Presiden Joko Widodo menyerahkan bantuan kepada para pedagang di Istana Bogor. Dalam kesempatan itu, "
            "Joko Widodo berdialog dengan pedagang kecil.\n"
            "“Omzetnya berapa sekarang?” tanya Joko Widodo kepada salah seorang pedagang kelontong. "
            "“Biasanya 500 ribu sehari, sekarang 100 ribu,” kata pedagang tersebut.")
    assert speakers(quotes_nlp, text) == ["Joko Widodo", "salah seorang pedagang kelontong"]


def test_a_three_letter_nickname_cut_from_the_tail_is_the_full_name(quotes_nlp):
    text = ("Kemarin, pemain film Zaskia Adya Mecca membuka klinik gigi di Rawamangun.\n"
            "Kia mengakui merasa bersalah atas gigi anaknya yang berlubang.")
    assert speakers(quotes_nlp, text) == ["Zaskia Adya Mecca"]


def test_a_document_keeps_the_body_that_made_it(quotes_nlp):
    text = "Riset terbaru dari Fakultas Farmasi Universitas Sumatera Utara mengklaim ekstrak ikan gabus mempercepat penyembuhan pasien."
    assert speakers(quotes_nlp, text) == ["Riset terbaru dari Fakultas Farmasi Universitas Sumatera Utara"]


@pytest.mark.parametrize("text", [
    "Presiden Prabowo Subianto menjawab banyaknya sorotan terkait tokoh-tokoh asing di lembaga itu.",
    "Pada pertemuan itu, Apindo memaparkan pandangan terkait impor benang dari China.",
])
def test_a_cue_with_a_noun_object_reports_nothing(quotes_nlp, text):
    assert speakers(quotes_nlp, text) == []


def test_according_to_after_a_fronted_adverbial_takes_the_clause_after(quotes_nlp):
    text = ("Dalam siaran pers yang dikirim kemarin, menurut Venzha Christ yang mewakili komunitas itu, "
            "setidaknya ada tiga berita yang mencuat di media.")
    records = to_record(quotes_nlp(text))["quotes"]
    assert [(q["text"], q["speaker"]["name"]) for q in records] == [
        ("setidaknya ada tiga berita yang mencuat di media", "Venzha Christ")]


@pytest.mark.parametrize("text", [
    "Tim voli itu gagal memastikan lolos ke grand final musim ini setelah kalah dua kali.",
    "Polisi datang ke lokasi untuk memastikan tidak ada korban yang tertinggal di dalam gedung.",
])
def test_a_cue_governed_by_an_aim_or_a_result_reports_nothing(quotes_nlp, text):
    assert speakers(quotes_nlp, text) == []


def test_according_to_before_a_glued_paragraph_comma_still_reports(quotes_nlp):
    text = ("Menurut Menhub Budi Karya Sumadi kebijakan tersebut diturunkan ke dalam berbagai kegiatan prioritas.,"
            "Pemerintah telah menetapkan lima destinasi.")
    records = to_record(quotes_nlp(text))["quotes"]
    assert [(q["text"], q["speaker"]["name"]) for q in records] == [
        ("kebijakan tersebut diturunkan ke dalam berbagai kegiatan prioritas", "Budi Karya Sumadi")]


def test_a_short_form_in_brackets_names_the_person_not_the_title_before_them(quotes_nlp):
    text = ("Executive Chairman MNC Group Hary Tanoesoedibjo (HT) membuka acara itu pada Rabu.\n"
            "HT juga mengajak penonton untuk kembali menyaksikan berita utama di televisi.")
    assert speakers(quotes_nlp, text) == ["Hary Tanoesoedibjo"]


def test_a_pronoun_after_a_fronted_source_phrase_is_the_person_named_after_its_comma(quotes_nlp):
    text = ("Teknisi bengkel Andi Wirawan mengatakan bahwa kampas rem harus rutin diganti.\n"
            "Dikutip dari Kompas.com, Budi Santoso Harahap, kepala bengkel Motor Jaya, mengungkapkan pentingnya "
            "kampas rem orisinal. “Kampas palsu membuat pengereman tidak pakem,” ucapnya.")
    assert speakers(quotes_nlp, text)[-1] == "Budi Santoso Harahap"


def test_a_pronoun_after_a_connective_is_the_subject(quotes_nlp):
    text = ("Direktur lembaga bantuan hukum, Joko Susanto Lubis mengatakan pihaknya telah menyediakan pengacara. "
            "Sebab ia menduga polisi menutupi kasus tersebut.")
    assert speakers(quotes_nlp, text) == ["Joko Susanto Lubis", "Joko Susanto Lubis"]


def test_a_role_phrase_before_a_name_gives_way_to_the_name(quotes_nlp):
    from warta.annotate.quotes.speakers import resolve
    text = "Pengamat otomotif dari Institut Teknologi Bandung (ITB) Yohanes Pasaribu menilai penjualan akan naik."
    index = index_with(quotes_nlp, text, [("Institut Teknologi Bandung", "ORG", 0), ("Yohanes Pasaribu", "PER", 0)])
    speaker = resolve(index.doc, 0, text.index(" menilai"), index)
    assert (speaker.name, speaker.type) == ("Yohanes Pasaribu", "person")


def test_a_title_full_stop_does_not_end_the_phrase_after_an_inverted_cue(quotes_nlp):
    text = ("“Tidak ada pasien yang tertular selama dirawat di rumah sakit ini,” jelas dokter spesialis ortopedi "
            "Rumah Sakit Harapan Kita dr. Erwin Wirakusuma, Sp.OT.")
    assert speakers(quotes_nlp, text) == ["Erwin Wirakusuma"]


def test_a_person_ner_took_for_an_organisation_speaks_under_the_full_name(quotes_nlp):
    from warta.annotate.quotes.speakers import resolve
    text = ("Lulusan termuda itu bernama Genio Ladyan Finasisca. Disertasinya membahas tambang. "
            "Genio mengatakan bahwa kebijakan itu perlu dievaluasi.")
    index = index_with(quotes_nlp, text, [("Genio Ladyan Finasisca", "ORG", 0), ("Genio", "ORG", 1)])
    entity = index.mentions[0][2]
    entity["name"] = "Genio"  # one entity, named by its short form, as NER links them
    index.mentions[1] = (index.mentions[1][0], index.mentions[1][1], entity)
    start = text.rindex("Genio")
    speaker = resolve(index.doc, start, start + len("Genio"), index)
    assert (speaker.name, speaker.type) == ("Genio Ladyan Finasisca", "person")


def test_an_adjunct_after_an_inverted_cues_preposition_is_no_speaker(quotes_nlp):
    text = ("Inspektur Jenderal Kementerian Agama Khairudin memantau pemulangan jamaah haji.\n"
            "“Semoga para jamaah menjadi haji yang mabrur,” kata Khairudin kepada tim Media Center di "
            "Bandara Internasional King Abdulaziz, Jeddah, Arab Saudi.")
    assert speakers(quotes_nlp, text) == ["Khairudin"]


def test_a_nickname_cut_from_inside_a_name_given_before_is_the_full_name(quotes_nlp):
    text = ("Menteri Perumahan Maruarar Sirait meninjau rumah panggung di Pluit pada Kamis.\n"
            "“Kami serahkan tiga puluh rumah untuk warga pesisir,” kata Ara.")
    assert speakers(quotes_nlp, text) == ["Maruarar Sirait"]


def test_a_described_group_is_what_the_group_noun_points_back_to(quotes_nlp):
    text = ("Pada Ahad, sekelompok profesional Malaysia meminta pemerintah menggugat perusahaan pembakar hutan.\n"
            "Kelompok itu juga mengatakan gugatan tersebut adalah langkah yang layak.")
    assert speakers(quotes_nlp, text)[-1] == "sekelompok profesional Malaysia"


def test_an_english_name_ner_cut_at_a_function_word_is_whole(quotes_nlp):
    from warta.annotate.quotes.speakers import resolve
    text = "Pemerhati media, Reporters without Borders mendesak pemerintah menyelidiki serangan tersebut."
    index = index_with(quotes_nlp, text, [("Borders", "ORG", 0)])
    speaker = resolve(index.doc, 0, text.index(" mendesak"), index)
    assert speaker.name == "Reporters without Borders"


def test_a_person_ner_split_into_an_organisation_and_a_surname_keeps_the_whole_name(quotes_nlp):
    text = "Juru Bicara Komisi Pemberantasan Korupsi (KPK) Tessa Mahardhika Sugiarto hadir. Sugiarto menambahkan hal lain."
    index = index_with(quotes_nlp, text, [("Tessa Mahardhika", "ORG", 0), ("Sugiarto", "PER", 0), ("Sugiarto", "PER", 1)])
    assert index.trim_person("Tessa Mahardhika Sugiarto") == "Tessa Mahardhika Sugiarto"


def test_the_entity_layers_name_is_not_cut_or_respaced(quotes_nlp):
    text = "Menurut AccuWeather, komet ini makin terang. Data AccuWeather juga menyebut hal yang sama."
    index = index_with(quotes_nlp, text, [("AccuWeather", "PER", 0), ("AccuWeather", "PER", 1)])
    assert index.fullest("AccuWeather") == "AccuWeather"  # not `Weather`, nor `Accu Weather`


def test_words_before_the_entity_layers_full_name_are_not_the_persons(quotes_nlp):
    text = "Kisah itu ditanggapi YouTube Ria Ricis. Ria Ricis tertawa. Menurut Ria Ricis, itu lucu."
    index = index_with(quotes_nlp, text, [("Ria Ricis", "PER", 0), ("Ria Ricis", "PER", 1), ("Ria Ricis", "PER", 2)])
    assert index.fullest("Ria Ricis") == "Ria Ricis"


def test_a_short_name_widened_keeps_its_own_word(quotes_nlp):
    text = ("Ketua Umum Ita Yuliati Irawan hadir di Jakarta. Dukungan penuh diberikan kepada Rifda "
            "Irfanaluthfi, ujar Ketua PB Persani Ita. Ita juga hadir kemarin.")
    index = index_with(quotes_nlp, text, [("Ita Yuliati Irawan", "PER", 0), ("Rifda Irfanaluthfi", "PER", 0)])
    assert index.fullest("Ita") == "Ita Yuliati Irawan"


def test_a_quote_escaped_in_the_scrape_is_no_part_of_the_name(quotes_nlp):
    text = "Wapres Ma'ruf Amin hadir di Bali. Wapres Ma\\'ruf menambahkan bahwa turis harus taat."
    index = index_with(quotes_nlp, text, [("Ma'ruf Amin", "PER", 0)])
    assert index.fullest("Ma\\'ruf") == "Ma'ruf Amin"


def test_an_ampersand_joins_one_company_name(quotes_nlp):
    assert speakers(quotes_nlp, "“Komet itu akan terlihat di barat laut,” tulis Sky & Telescope.") == ["Sky & Telescope"]
