"""Cleaning marks datelines and page furniture on the raw text; it never edits it."""

import re

import pytest

import warta
from warta.clean.boilerplate import find_boilerplate
from warta.clean.dateline import find_dateline
from warta.lang.id import patterns


@pytest.mark.parametrize("text, dateline, place, outlet", [
    ("JAKARTA, KOMPAS.com - Harga beras naik.", "JAKARTA, KOMPAS.com -", "Jakarta", "Kompas.com"),
    ("KOMPAS.com - Harga beras naik.", "KOMPAS.com -", None, "Kompas.com"),
    ("Liputan6.com, Jakarta - Harga beras naik.", "Liputan6.com, Jakarta -", "Jakarta", "Liputan6.com"),
    ("Liputan6.com, JakartaMajelis Hakim menunda.", "Liputan6.com, Jakarta", "Jakarta", "Liputan6.com"),
    ("REPUBLIKA.CO.ID, JAKARTA -- Harga beras naik.", "REPUBLIKA.CO.ID, JAKARTA --", "Jakarta", "Republika"),
    ("REPUBLIKA.CO.ID,\u00a0BANDUNG – Di tengah", "REPUBLIKA.CO.ID,\u00a0BANDUNG –", "Bandung", "Republika"),
    ("HARIAN DISWAY - Menteri Luar Negeri", "HARIAN DISWAY -", None, "Harian Disway"),
    ("IslamTimes - Diplomat tingkat bawah", "IslamTimes -", None, "IslamTimes"),
    ("TEMPO.CO, Jakarta- Kementerian Keuangan", "TEMPO.CO, Jakarta-", "Jakarta", "Tempo"),
    ("TEMPO.CO,Jakarta-Pengacara kasus", "TEMPO.CO,Jakarta-", "Jakarta", "Tempo"),
    ("MIMIKA- Hujan deras", "MIMIKA-", "Mimika", None),
    ("Jakarta -\ndetikNews - Polisi menangkap", "Jakarta -\ndetikNews -", "Jakarta", "detik.com"),
    ("Jakarta (ANTARA) - Presiden meresmikan", "Jakarta (ANTARA) -", "Jakarta", "Antara"),
    ("TRIBUNNEWS.COM, JAKARTA - Polisi", "TRIBUNNEWS.COM, JAKARTA -", "Jakarta", "Tribunnews"),
])
def test_dateline_styles_of_indonesian_outlets(text, dateline, place, outlet):
    found = find_dateline(text)
    assert (text[found.start:found.end], found.place, found.outlet) == (dateline, place, outlet)


@pytest.mark.parametrize("text", [
    "Pemerintah menaikkan harga beras. Menurut Menteri, harga naik.",
    "APAKAHorang dewasa masih bisa disunat?",
    "Harga beras naik 5 persen - kata pedagang.",
])
def test_dateline_absent_in_plain_prose(text):
    assert find_dateline(text) is None


def test_dateline_below_an_image_caption_line_marks_the_caption():
    text = "Antony Blinken, Secretary of State.jpg\n\nIslamTimes - Diplomat tingkat bawah"
    dateline = find_dateline(text)
    assert text[dateline.start:dateline.end] == "IslamTimes -"
    assert [(m.kind, text[m.start:m.end]) for m in find_boilerplate(text, dateline)] == [
        ("caption", "Antony Blinken, Secretary of State.jpg")]


def marked(text):
    return [(m.kind, text[m.start:m.end]) for m in find_boilerplate(text, find_dateline(text))]


@pytest.mark.parametrize("text, expected", [
    ("Harga naik.\nBACA JUGA: Mesir Pakai Resolusi 377 (V)\nHarga turun.",
     [("read-also", "BACA JUGA: Mesir Pakai Resolusi 377 (V)")]),
    ("Harga naik.\nBaca juga:Menteri UMKM Buka Kembali Toko\nHarga turun.",
     [("read-also", "Baca juga:Menteri UMKM Buka Kembali Toko")]),
    ("Harga naik.\nBaca Juga\nHarga turun.", [("read-also", "Baca Juga")]),
    ("investasi global.Baca JugaRI-Singapura Kukuhkan Komitmen Bangun Kawasan Industri HijauProyek Energi Hijau "
     "Diproyeksi Buka 20 Ribu Lapangan Kerja“Pemerintah sekarang membuka ruang itu,” kata Ma’ruf.",
     [("read-also", "Baca JugaRI-Singapura Kukuhkan Komitmen Bangun Kawasan Industri HijauProyek Energi Hijau "
                    "Diproyeksi Buka 20 Ribu Lapangan Kerja")]),
    ("korban.Baca JugaWarga Bandung Terkena Virus Hanta Usai Digigit TikusDalam pertemuan tersebut, KY akan",
     [("read-also", "Baca JugaWarga Bandung Terkena Virus Hanta Usai Digigit Tikus")]),
    ("Harga naik.\nADVERTISEMENT\nSCROLL TO CONTINUE WITH CONTENT\nHarga turun.",
     [("advertisement", "ADVERTISEMENT"), ("advertisement", "SCROLL TO CONTINUE WITH CONTENT")]),
    ("pendaratan darurat\nSCROLL TO CONTINUE WITH CONTENT\nKabid Humas", [("advertisement", "SCROLL TO CONTINUE WITH CONTENT")]),
    ("Harga naik.\n[Gambas:Video 20detik]\nHarga turun.", [("embed", "[Gambas:Video 20detik]")]),
    ("Harga naik.\nSimak Video 'Warga Iran yang Tewas'\n", [("embed", "Simak Video 'Warga Iran yang Tewas'")]),
    ("Harga naik.Loading...Ikuti Whatsapp Channel Republika\nHarga turun.",
     [("advertisement", "Loading..."), ("promo", "Ikuti Whatsapp Channel Republika")]),
    ("Harga naik,\" tulis AHY.(rea/rrd)infrastrukturenergi nuklir", [("credit", "(rea/rrd)infrastrukturenergi nuklir")]),
    ("Harga naik.\n(Reporter: Shinta Dwi Ayu | Editor: Faieq Hidayat)", [("credit", "(Reporter: Shinta Dwi Ayu | Editor: Faieq Hidayat)")]),
    ("Laporan Wartawan Tribunnews.com, Rina Ayu\nHarga naik.", [("credit", "Laporan Wartawan Tribunnews.com, Rina Ayu")]),
    ("mitra pembangunan ekonomi daerah. (*)", [("credit", "(*)")]),
    ("pertahanan diri.\"[IT/r]", [("credit", "[IT/r]")]),
    ("Harga naik.\n--------\nArtikel ini telah naik didetikSumut.",
     [("syndication", "--------"), ("syndication", "Artikel ini telah naik didetikSumut.")]),
    ("mewujudkan Negara Palestina.Antony Blinken, Secretary of State at the State Department.jpg",
     [("caption", "Antony Blinken, Secretary of State at the State Department.jpg")]),
])
def test_boilerplate_kinds(text, expected):
    assert marked(text) == expected


@pytest.mark.parametrize("text, expected", [
    # glued read-also with a single-quoted headline, or a semicolon for the colon
    ("jaraknya 10 km.Baca juga: 'Trek Basah Bikin Balapan Seru'Meski musim ini berat, ia optimistis.",
     [("read-also", "Baca juga: 'Trek Basah Bikin Balapan Seru'")]),
    ("Harga naik.\nBaca juga ; Pasar Murah Digelar di Lima Kota\nHarga turun.",
     [("read-also", "Baca juga ; Pasar Murah Digelar di Lima Kota")]),
    # an acronym glued inside a word (`MotoGP`) does not end the headline
    ("di Inggris.Baca juga: Rossi Tercepat di MotoGP San MarinoAdapun pole position didapat Vinales.",
     [("read-also", "Baca juga: Rossi Tercepat di MotoGP San Marino")]),
    # a name with an inner capital is not a glue point, an acronym glued after a headline is
    ("kata dia.Baca juga: Timnas Kian MantapPB Perbasi akan membawa 13 pebasket ke Taiwan.",
     [("read-also", "Baca juga: Timnas Kian Mantap")]),
    ("kata Vinales.Baca juga: MotoGP San Marino dalam Angka-Angka\"Menjadi rider Yamaha adalah target saya.",
     [("read-also", "Baca juga: MotoGP San Marino dalam Angka-Angka")]),
    ("kata dia.Baca juga: Rossi Musuh Tersulit di MotoGPMarquez mengaku pelatihnya sering menghentikan latihan.",
     [("read-also", "Baca juga: Rossi Musuh Tersulit di MotoGP")]),
    ("kata dia.Baca juga: Cabor PON Dong!Sementara itu, Kadispora Papua Alexander K.Y Kapisa yang coba dikonfirmasi "
     "oleh detikSport belum mengangkat telepon.", [("read-also", "Baca juga: Cabor PON Dong!")]),
    ("kata dia.Baca juga: Misi Bangkit Marquez di Rumah Valentino RossiPada tahun lalu, Dovizioso juara.",
     [("read-also", "Baca juga: Misi Bangkit Marquez di Rumah Valentino Rossi")]),
    ("kata dia.Baca juga: Saksikan Live Streaming MotoGP San Marino di detikSport\"Saya antusias,\" kata Vinales.",
     [("read-also", "Baca juga: Saksikan Live Streaming MotoGP San Marino di detikSport")]),
    ("kapasitas 5.000 mAh.\nBaca juga:Spesifikasi dan Harga iQoo Z10 5G di Indonesia, mulai Rp 3 Jutaan\nLayarnya lebar.",
     [("read-also", "Baca juga:Spesifikasi dan Harga iQoo Z10 5G di Indonesia, mulai Rp 3 Jutaan")]),
    # a headline alone on its line is all headline, whatever its lower-case words
    ("Harga naik.\nBaca juga:Apakah Materi Gelap adalah Sisa Partikel Cahaya yang Membeku?\nTeleskop itu baru.",
     [("read-also", "Baca juga:Apakah Materi Gelap adalah Sisa Partikel Cahaya yang Membeku?")]),
    ("Harga naik.\nBaca juga: Sambangi Kantor PKB, Yusril Nyopir Mobil Sendiri   Pada Pilpres 2004, ia kalah.\n",
     [("read-also", "Baca juga: Sambangi Kantor PKB, Yusril Nyopir Mobil Sendiri")]),
    # pagination, with detik's initials, tags and pager to the end of the line
    ("ujar Kak Seto.Lanjut ke halaman berikutnya (raw/rin) pb djarum audisi umum Sebelumnya Atlet Muda "
     "Bersinar 1 / 2 Selanjutnya Pemerintah Turun Tangan",
     [("promo", "Lanjut ke halaman berikutnya"),
      ("credit", "(raw/rin) pb djarum audisi umum Sebelumnya Atlet Muda Bersinar 1 / 2 Selanjutnya Pemerintah Turun Tangan")]),
    ("Harga naik.\n\nLanjut ke halaman berikutnya\n\nHarga turun.", [("promo", "Lanjut ke halaman berikutnya")]),
    ("dengan bilangan lainnya! Halaman Selanjutnya ----------->", [("promo", "Halaman Selanjutnya ----------->")]),
    ("Benarkah klaim itu? Simak hasil penelusuran Cek Fakta Liputan6.com dalam halaman berikutini.....",
     [("promo", "Simak hasil penelusuran Cek Fakta Liputan6.com dalam halaman berikutini.....")]),
    # a headline in a glued read-also ends before the reporter's initials
    ("kata dia.Baca juga: Ketua Baru Belum Temukan Solusi (mcy/cas) koni pusat 1 / 4 Selanjutnya Di Mana Posisi KONI",
     [("read-also", "Baca juga: Ketua Baru Belum Temukan Solusi"),
      ("credit", "(mcy/cas) koni pusat 1 / 4 Selanjutnya Di Mana Posisi KONI")]),
    # video teasers in comma-joined (CLICK-ID) or line-break-less text
    ("Rapat selesai sore.,Simak video perakitan mobil di Boyolali:,Senada dengan itu, harga naik.",
     [("embed", "Simak video perakitan mobil di Boyolali:")]),
    ("Basna bermain di Thailand.  ,Saksikan juga video menarik di bawah ini:, , ,",
     [("embed", "Saksikan juga video menarik di bawah ini:")]),
    ("sekrup kamera , Untuk lebih detailnya, simak video Zack di bawah ini., , ",
     [("embed", "Untuk lebih detailnya, simak video Zack di bawah ini.")]),
    ("Rossi dkk sesaat lagi akan balapan. Tonton Live Streaming MotoGP di sini, di detikSport.MotoGP 2019 digelar.",
     [("embed", "Tonton Live Streaming MotoGP di sini, di detikSport.")]),
    # credits: Kompas' bracket, CLICK-ID's comma-joined reporter, Antara's footer, Tribun's byline
    ("Gunung itu berstatus Siaga.\n\nSumber: Kompas.com (Penulis: Wijaya Kusuma | Editor: Teuku Valdy), Antara\n",
     [("credit", "Sumber: Kompas.com (Penulis: Wijaya Kusuma | Editor: Teuku Valdy), Antara")]),
    ("Rapat kita sudahi,\" katanya.,Reporter: Ahda Bayhaqi,Sumber: Merdeka",
     [("credit", "Reporter: Ahda Bayhaqi,Sumber: Merdeka")]),
    (" Penulis: ,Saat ini masyarakat mendesak DPR.", [("credit", "Penulis:")]),
    ("(Xinhua/Yang Qing) Pewarta: Editor: Maria Rosari Copyright © ANTARA 2023 Tags Bmw",
     [("credit", "Pewarta: Editor: Maria Rosari Copyright © ANTARA 2023 Tags Bmw")]),
    ("Laporan Wartawan Tribunnews.com, Lita Febriani TRIBUNNEWS.COM - Pada era 1970-an, industri otomotif berubah.",
     [("credit", "Laporan Wartawan Tribunnews.com, Lita Febriani")]),
    ("dari para penerima manfaat program., ,(*)", [("credit", "(*)")]),
    ("di Lampung.\n\nPilihan Editor: Panitia Piala Dunia Datangkan Mesin Penjahit Rumput\n\nHarga naik.",
     [("read-also", "Pilihan Editor: Panitia Piala Dunia Datangkan Mesin Penjahit Rumput")]),
    ("dan stroke.\n\nRINDI ARISKA Pilihan editor : Inilah Kondisi yang Menyebabkan Kebas\n",
     [("read-also", "Pilihan editor : Inilah Kondisi yang Menyebabkan Kebas")]),
    # promos and links
    ("Harga naik.\n\nSelalu update info terkini. Simak breaking news dari Tempo.co di kanal Telegram "
     "“Tempo.co Update”. Klik https://t.me/tempodotcoupdate untuk bergabung.\n",
     [("promo", "Selalu update info terkini. Simak breaking news dari Tempo.co di kanal Telegram “Tempo.co Update”. "
                "Klik https://t.me/tempodotcoupdate untuk bergabung.")]),
    ("Ingin berdiskusi dengan redaksi mengenai artikel di atas? Mari bergabung di grup Telegram GoOto .",
     [("promo", "Ingin berdiskusi dengan redaksi mengenai artikel di atas? Mari bergabung di grup Telegram GoOto .")]),
    ("Harga naik.\n\nIngin lebih terhubung dan berdiskusi langsung dengan redaksi Bola? Mari bergabung di grup "
     "Telegram Olahraga Tempo .\n", [("promo", "Ingin lebih terhubung dan berdiskusi langsung dengan redaksi Bola? "
                                             "Mari bergabung di grup Telegram Olahraga Tempo .")]),
    ("kata Budi. Berita selengkapnya >>> Klik di sini\n", [("read-also", "Berita selengkapnya >>> Klik di sini")]),
    ("memisahkan langit. Sebagian artikel ini telah tayang di\u00a0Tribunnews.com\u00a0dengan judul Vivo X50 Pro",
     [("syndication", "Sebagian artikel ini telah tayang di\u00a0Tribunnews.com\u00a0dengan judul Vivo X50 Pro")]),
])
def test_boilerplate_furniture_of_glued_and_comma_joined_scrapes(text, expected):
    assert marked(text) == expected


@pytest.mark.parametrize("text", [
    "Band itu dipimpin James Hetfield (vokal/gitar), Kirk Hammett (gitar), dan Robert Trujillo (bass).",
    "Kadarnya di atas 60 nanogram/mililiter (ng/ml) atau di atas 80 ng/ml, kata dokter.",
    "Ia membuka aplikasi lalu pindah ke halaman berikutnya untuk mengisi data diri.",
    "Saya lihat disini kasus ini tidak akan lama, kata Denny.",
    "Warga diminta bergabung dengan grup warga untuk memantau banjir, kata lurah.",
    "Kami menyimak video itu bersama penyidik, kata Kapolres.",
])
def test_boilerplate_leaves_prose_that_resembles_furniture(text):
    assert marked(text) == []


def test_boilerplate_second_copy_of_a_paragraph_is_a_duplicate():
    paragraph = "Sekitar pukul 10.55 WIB pesawat mendarat di Bandara Kualanamu, lalu penumpang dievakuasi."
    text = f"{paragraph}\nPolisi memeriksa bagasi.\n{paragraph}"
    assert [(m.kind, m.start) for m in find_boilerplate(text)] == [("duplicate", len(paragraph) + 26)]


def test_boilerplate_leaves_prose_alone():
    text = ("Menteri Luar Negeri Antony Blinken menyatakan bahwa Israel harus bertindak.\n"
            "“Kami membaca juga laporan itu,” kata Miller. Sebanyak 1.400 orang tewas.")
    assert marked(text) == []


@pytest.mark.parametrize("row", patterns("boilerplate"), ids=lambda r: r["kind"] + ":" + r["example"][:30])
def test_boilerplate_lexicon_examples_match_their_pattern(row):
    assert re.search(row["pattern"], row["example"], re.MULTILINE), row["why"]
    # the cleaner runs a pattern only on texts holding one of the words it needs
    assert any(word in row["example"].lower() for word in row["needs"]), row["needs"]


@pytest.mark.parametrize("row", patterns("datelines"), ids=lambda r: r["example"][:30])
def test_dateline_lexicon_examples_match_their_pattern(row):
    assert find_dateline(row["example"]) is not None, row["why"]


def test_list_literal_scrapes_read_as_paragraphs():
    """A scrape stored as the repr of its paragraph list: the markup between items is
    marked, each item is its own sentence, and a 'Baca Juga:' item is furniture."""
    text = ("['Jakarta (ANTARA) - Menteri itu mengatakan harga beras akan turun', 'Baca Juga:', "
            "'Harga Cabai Naik Lagi', \"Ia menyebut 'stok aman' hingga akhir tahun\"]")
    record = warta.extract(text, published="2021-03-01")
    kinds = {(b["kind"], text[b["start"]:b["end"]]) for b in record["boilerplate"]}
    assert ("markup", "['") in kinds and ("markup", "', \"") in kinds and ("markup", "\"]") in kinds
    assert ("read-also", "Baca Juga:") in kinds
    sentences = [text[start:end] for start, end in record["sentences"]]
    assert "Jakarta (ANTARA) - Menteri itu mengatakan harga beras akan turun" in sentences or \
        "Menteri itu mengatakan harga beras akan turun" in sentences
    assert all("', '" not in q["text"] for q in record["quotes"])


def test_text_that_only_looks_like_a_list_is_prose():
    from warta.clean.layout import markup
    assert markup("['a', 'b'] adalah daftar") == []
    assert markup("['tidak ditutup") == []
