"""The corpus layer: entities across articles, stories, the same quote in several
outlets, framing and search, over a store filled with fictional articles."""

import json
import shutil
from importlib.resources import files
from pathlib import Path

import pytest
from typer.testing import CliRunner

import warta
from warta.cli import app
from warta.corpus import (compare, entity_detail, find_entities, list_entities, list_stories, quotes, search,
                          story_detail, update)
from warta.corpus.variants import classify
from warta.eval.stories import bcubed
from warta.store import Database

DATA = Path(__file__).parent / "data"


@pytest.fixture
def db(tmp_path):
    database = Database(tmp_path / "corpus.db")
    yield database
    database.close()


def store(db, *articles):
    """Extract and save fictional articles, then take them into the corpus."""
    for article in articles:
        db.save(warta.extract(article["text"], **{k: v for k, v in article.items() if k != "text"}))
    return update(db)


BLINKEN = [
    {"id": "a1", "outlet": "Harian Satu", "published": "2023-12-12", "title": "Blinken Telepon Gantz soal Gaza",
     "text": "JAKARTA - Menteri Luar Negeri Amerika Serikat (AS) Antony Blinken menelepon Menteri Kabinet Perang "
             "Israel Benny Gantz pada Selasa dan mendesak perlindungan warga sipil di Gaza. Juru bicara Departemen "
             "Luar Negeri AS, Matthew Miller, mengatakan Blinken mendesak perlindungan warga sipil di Gaza."},
    {"id": "a2", "outlet": "Kabar Dua", "published": "2023-12-13", "title": "Blinken Desak Gantz Lindungi Warga Gaza",
     "text": "WASHINGTON - Dalam percakapan telepon dengan Benny Gantz, Blinken kembali mendesak perlindungan "
             "warga sipil di Gaza. \"Warga sipil harus dilindungi,\" kata Blinken kepada wartawan."},
    {"id": "a3", "outlet": "Warta Tiga", "published": "2023-12-14", "title": "Antony J. Blinken ke Timur Tengah",
     "text": "Menlu AS Antony J. Blinken dijadwalkan kembali ke Timur Tengah pekan depan, menurut Departemen Luar "
             "Negeri AS."},
]


def test_corpus_blinken_is_one_entity_whatever_the_outlet_calls_him(db):
    store(db, *BLINKEN)
    [found] = find_entities(db, "Blinken")
    assert found["name"] == "Antony J. Blinken"  # the fullest name seen
    assert {"Antony Blinken", "Blinken", "Antony J. Blinken"} <= set(found["aliases"])
    detail = entity_detail(db, "Antony Blinken")
    assert detail["id"] == found["id"]
    assert {a["id"] for a in detail["articles"]} == {"a1", "a2", "a3"}
    assert any("Menteri Luar Negeri" in r["role"] for r in detail["roles"])


def test_corpus_a_nickname_known_first_joins_the_person_once_an_article_names_both(db):
    store(db, {"id": "n1", "outlet": "Harian Satu", "published": "2025-06-10",
               "text": "\"Bantuan sosial akan cair pekan depan,\" kata Ipul di Surabaya."},
          {"id": "n2", "outlet": "Kabar Dua", "published": "2025-06-11",
           "text": "Menteri Sosial Saifullah Yusuf (Gus Ipul) meninjau gudang logistik di Jakarta. "
                   "\"Stok beras cukup,\" ujar Gus Ipul."})
    [found] = find_entities(db, "Ipul")
    assert found["name"] == "Saifullah Yusuf"
    assert {q["article_id"] for q in quotes(db, speaker="Saifullah Yusuf")} == {"n1", "n2"}


def test_corpus_a_speaker_tagged_as_a_place_joins_the_person_the_registry_knows(db):
    store(db, {"id": "p1", "outlet": "Harian Satu", "published": "2025-06-10",
               "text": "Ketua Komisi III DPR Habiburokhman menilai revisi itu perlu. "
                       "\"Kami akan membahasnya,\" kata Habiburokhman."})
    record = warta.extract("\"Revisi segera rampung,\" kata Habiburokhman di Senayan.", id="p2",
                           outlet="Kabar Dua", published="2025-06-11")
    for entity in record["entities"]:
        entity["type"] = "LOC"  # as the tagger sometimes has it
    db.save(record)
    update(db)
    [found] = find_entities(db, "Habiburokhman")
    assert {q["article_id"] for q in quotes(db, speaker="Habiburokhman")} == {"p1", "p2"}


def test_corpus_a_nickname_the_quotes_resolve_to_a_full_name_joins_that_person(db):
    store(db, {"id": "m1", "outlet": "Harian Satu", "published": "2025-06-10",
               "text": "\"Empat pulau itu hak kita,\" kata Muzakir Manaf di Banda Aceh."})
    record = warta.extract("\"Kami punya bukti,\" kata Mualem di Banda Aceh.", id="m2", outlet="Kabar Dua",
                           published="2025-06-11")
    [quote] = record["quotes"]
    quote["speaker"]["name"] = "Muzakir Manaf"  # as the quote annotator names him from `Muzakir Manaf atau Mualem`
    db.save(record)
    update(db)
    [found] = find_entities(db, "Mualem")
    assert found["name"] == "Muzakir Manaf"
    assert {q["article_id"] for q in quotes(db, speaker="Muzakir Manaf")} == {"m1", "m2"}


def test_corpus_a_title_the_tagger_ran_into_a_name_does_not_split_the_person(db):
    store(db, {"id": "j1", "outlet": "Harian Satu", "published": "2025-06-10",
               "text": "\"Arus kendaraan padat sejak pagi,\" kata Akhmad Jajuli di Cibubur."})
    record = warta.extract("\"Kami alihkan arus ke jalur kiri,\" kata Akhmad Jajuli di Cibubur.", id="j2",
                           outlet="Kabar Dua", published="2025-06-11")
    [person] = [e for e in record["entities"] if e["type"] == "PER"]
    person["name"] = "Kaindik PJR Tol Jagorawi Kompol Akhmad Jajuli"  # the tagger's span, a typo in the title
    db.save(record)
    update(db)
    [found] = find_entities(db, "Akhmad Jajuli")
    assert found["name"] == "Akhmad Jajuli"
    assert {q["article_id"] for q in quotes(db, speaker="Akhmad Jajuli")} == {"j1", "j2"}


def test_corpus_two_people_sharing_a_name_part_stay_two(db):
    store(db, {"id": "b1", "outlet": "Harian Satu", "published": "2025-06-18", "title": "Menkes Bicara Vaksin",
               "text": "Menteri Kesehatan Budi Gunadi Sadikin mengatakan vaksin tersedia di puskesmas."},
          {"id": "b2", "outlet": "Kabar Dua", "published": "2025-06-18", "title": "Mendag Bicara Beras",
           "text": "Menteri Perdagangan Budi Santoso mengatakan harga beras stabil di pasar."})
    names = sorted(e["name"] for e in list_entities(db, type="PER", query="Budi"))
    assert names == ["Budi Gunadi Sadikin", "Budi Santoso"]


def test_corpus_syndicated_copy_is_stored_as_its_own_article_and_marked(db):
    original = dict(BLINKEN[0])
    copy = dict(original, id="copy-1", outlet="Koran Lain")
    db.save(warta.extract(original["text"], **{k: v for k, v in original.items() if k != "text"}))
    assert db.save(warta.extract(copy["text"], **{k: v for k, v in copy.items() if k != "text"})) == "copy"
    update(db)
    [row] = list_stories(db)
    assert row["articles"] == ["a1", "copy-1"] and row["outlets"] == ["Harian Satu", "Koran Lain"]
    detail = story_detail(db, row["id"])
    assert [(a["id"], a["copy_kind"], a["copy_of"]) for a in detail["articles"]] == [
        ("a1", None, None), ("copy-1", "syndicated", "a1")]


def test_corpus_stories_partition_the_articles_and_keep_events_apart(db):
    store(db, *BLINKEN[:2], {"id": "c1", "outlet": "Harian Satu", "published": "2023-12-12",
                             "title": "Harga Cabai Naik di Pasar Induk",
                             "text": "Harga cabai rawit di Pasar Induk Kramat Jati naik menjadi Rp 80.000 per kilogram, "
                                     "kata pedagang, karena pasokan dari Jawa Tengah berkurang."})
    every = list_stories(db, min_articles=1)
    assert sorted(a for s in every for a in s["articles"]) == ["a1", "a2", "c1"]
    assert sorted(s["articles"] for s in every) == [["a1", "a2"], ["c1"]]
    assert [s["articles"] for s in list_stories(db)] == [["a1", "a2"]]


FLOOD = {"id": "f1", "outlet": "Harian Satu", "published": "2025-01-10",
         "title": "Banjir Rendam Ratusan Rumah di Kecamatan Cibeureum",
         "text": "TASIKMALAYA - Banjir merendam ratusan rumah warga di Kecamatan Cibeureum setelah hujan deras "
                 "mengguyur sejak sore. Petugas BPBD mengevakuasi warga lanjut usia ke masjid terdekat."}


def test_corpus_a_long_report_joins_the_short_one_of_its_event(db):
    # Its many details on farmers do not drown what it shares with the short report.
    store(db, FLOOD, {
        "id": "f2", "outlet": "Kabar Dua", "published": "2025-01-10",
        "title": "Banjir Rendam Rumah dan Sawah di Cibeureum, Petani Merugi",
        "text": "Banjir merendam ratusan rumah dan sawah di Kecamatan Cibeureum setelah hujan deras sejak sore. "
                "Petugas BPBD mengevakuasi warga lanjut usia. Para petani padi mengaku merugi karena sawah yang siap "
                "dipanen terendam. Petani menyebut gagal panen kali ini terparah. Kelompok tani meminta dinas "
                "pertanian mengganti benih padi. Dinas pertanian mendata luas sawah petani yang gagal panen. Harga "
                "gabah di penggilingan naik karena pasokan padi berkurang. Pedagang beras di pasar tradisional "
                "menaikkan harga. Koperasi petani menyiapkan pinjaman lunak bagi anggota. Penyuluh pertanian "
                "menyarankan varietas padi tahan genangan. Asuransi usaha tani akan membayar klaim petani yang "
                "sawahnya puso, kata kepala dinas pertanian."})
    assert [s["articles"] for s in list_stories(db)] == [["f1", "f2"]]


@pytest.mark.parametrize("published, stories", [("2025-01-10", [["f1", "f3"]]), ("2025-01-12", [["f1"], ["f3"]])])
def test_corpus_a_partly_alike_report_joins_the_same_days_story_not_an_older_one(db, published, stories):
    store(db, FLOOD, {
        "id": "f3", "outlet": "Kabar Dua", "published": published,
        "title": "Sekolah Diliburkan, Banjir Kembali Landa Cibeureum",
        "text": "Sungai Citanduy meluap dan banjir kembali merendam permukiman warga di Kecamatan Cibeureum. Petugas "
                "BPBD mengerahkan perahu karet untuk mengevakuasi warga. Sejumlah sekolah diliburkan karena ruang "
                "kelas terendam lumpur, dan pedagang pasar menutup kios."})
    assert sorted(s["articles"] for s in list_stories(db, min_articles=1)) == stories


def test_corpus_stories_do_not_depend_on_the_order_articles_arrive_in(db, tmp_path):
    articles = [*BLINKEN, FLOOD, {"id": "c1", "outlet": "Harian Satu", "published": "2023-12-12",
                                  "title": "Harga Cabai Naik di Pasar Induk",
                                  "text": "Harga cabai rawit di Pasar Induk Kramat Jati naik menjadi Rp 80.000 per "
                                          "kilogram, kata pedagang, karena pasokan dari Jawa Tengah berkurang."}]
    store(db, *articles)
    newest_first = Database(tmp_path / "newest-first.db")
    for article in sorted(articles, key=lambda a: a["published"], reverse=True):
        store(newest_first, article)
    partition = sorted(s["articles"] for s in list_stories(db, min_articles=1))
    assert partition == sorted(s["articles"] for s in list_stories(newest_first, min_articles=1))
    assert ["a1", "a2"] in partition and ["c1"] in partition
    newest_first.close()


def test_corpus_update_is_incremental(db):
    assert store(db, *BLINKEN[:2])["articles"] == 2
    assert update(db)["articles"] == 0
    assert store(db, BLINKEN[2])["articles"] == 1


def variant_articles():
    rows = [json.loads(line) for line in (DATA / "corpus" / "quote_variants.jsonl").open(encoding="utf-8")]
    return [{k: v for k, v in row.items() if k != "expected"} for row in rows], {r["id"]: r["expected"] for r in rows}


def test_corpus_one_statement_in_six_outlets_is_classified_rendering_by_rendering(db):
    articles, expected = variant_articles()
    store(db, *articles)
    [row] = list_stories(db)
    [group] = story_detail(db, row["id"])["variants"]
    found = {group["reference"]["article_id"]: "reference"}
    for r in group["renderings"]:
        found[r["article_id"]] = r["class"] + (": " + ", ".join(r["changes"]) if r["changes"] else "")
    assert found == expected


@pytest.mark.parametrize("rendering, kind, expected", [
    ("Kami tidak akan menaikkan harga BBM tahun ini", "direct", ("verbatim", [])),
    ("Kami tidak akan menaikkan harga BBM", "direct", ("trimmed", [])),
    ("Kami akan menaikkan harga BBM tahun ini", "direct", ("altered", ["negation"])),
    ("Kami tidak akan menaikkan harga BBM tahun 2026", "direct", ("altered", ["number"])),
    ("Kami pasti tidak akan menaikkan harga BBM tahun ini", "direct", ("altered", ["verb"])),
    ("pemerintah tidak berencana menaikkan harga BBM tahun ini", "indirect", ("paraphrased", [])),
])
def test_variants_classify_against_the_reference(rendering, kind, expected):
    reference = {"text": "Kami tidak akan menaikkan harga BBM tahun ini", "kind": "direct"}
    assert classify({"text": rendering, "kind": kind}, reference)[:2] == expected


def test_variants_diff_is_word_level():
    reference = {"text": "Korban tewas mencapai 300 orang", "kind": "direct"}
    assert classify({"text": "Korban tewas mencapai 500 orang", "kind": "direct"}, reference)[2] == [
        ["=", "Korban tewas mencapai"], ["-", "300"], ["+", "500"], ["=", "orang"]]


def test_corpus_quotes_by_speaker_under_any_name(db):
    store(db, *BLINKEN)
    assert {q["speaker"] for q in quotes(db, speaker="Miller")} == {"Matthew Miller"}
    assert quotes(db, speaker="nobody at all") == []


def test_search_folds_case_and_diacritics_and_takes_prefixes(db):
    store(db, *BLINKEN, {"id": "d1", "outlet": "Harian Satu", "published": "2023-12-15", "title": "Kafe Baru",
                         "text": "Kafe milik René Suhardi dibuka di Bandung dengan menu kopi korupsi-free."})
    assert [a["id"] for a in search(db, "rene")["articles"]] == ["d1"]
    assert [a["id"] for a in search(db, "GAZA", outlet="Kabar Dua")["articles"]] == ["a2"]
    assert "[Gaza]" in search(db, "gaza", outlet="Kabar Dua")["articles"][0]["snippet"]
    assert {a["id"] for a in search(db, "warg*")["articles"]} == {"a1", "a2"}
    assert search(db, 'AND "NEAR( OR')["articles"] == []  # user input is never FTS5 syntax


def test_search_a_word_in_everything_neither_ranks_nor_narrows(db):
    store(db, *BLINKEN)
    everywhere = search(db, "di")["articles"]  # a stop word: in every article, says nothing of rank
    assert everywhere and all(a["rank"] is None for a in everywhere)
    assert [a["id"] for a in search(db, "Gantz di")["articles"]] == [a["id"] for a in search(db, "Gantz")["articles"]]
    assert all(a["rank"] is not None for a in search(db, "Gantz di")["articles"])


def test_search_quotes_filtered_by_speaker_and_kind(db):
    store(db, *BLINKEN)
    result = search(db, "sipil", speaker="Miller", scope="quotes")
    assert [q["speaker"] for q in result["quotes"]] == ["Matthew Miller"]
    assert "[sipil]" in result["quotes"][0]["highlighted"]
    assert search(db, "sipil", speaker="Miller", kind="direct")["quotes"] == []


def test_compare_shows_each_outlets_label_for_the_same_entity(db):
    store(db, {"id": "z1", "outlet": "Media A", "published": "2023-11-10", "title": "Serangan di Gaza",
               "text": "Pasukan Zionis Israel kembali menyerang Gaza pada Jumat. Zionis Israel menolak gencatan senjata."},
          {"id": "z2", "outlet": "Media B", "published": "2023-11-10", "title": "Serangan di Gaza",
           "text": "Pasukan Israel kembali menyerang Gaza pada Jumat. Israel menolak gencatan senjata."})
    report = compare(db, ["z1", "z2"])
    [label] = [row for row in report["labels"] if row["entity"] == "Israel"]
    assert label["by_outlet"] == {"Media A": ["Zionis Israel"], "Media B": ["Israel"]}
    terms = {o["outlet"]: [t["term"] for t in o["loaded_terms"]] for o in report["outlets"]}
    assert terms == {"Media A": ["zionis"], "Media B": []}


def test_compare_groups_articles_without_an_outlet_under_none_not_a_made_up_outlet(db):
    store(db, {"id": "z1", "published": "2023-11-10", "title": "Serangan di Gaza",
               "text": "Pasukan Zionis Israel kembali menyerang Gaza pada Jumat. Zionis Israel menolak gencatan senjata."},
          {"id": "z2", "outlet": "Media B", "published": "2023-11-10", "title": "Serangan di Gaza",
           "text": "Pasukan Israel kembali menyerang Gaza pada Jumat. Israel menolak gencatan senjata."})
    report = compare(db, ["z1", "z2"])
    assert {o["outlet"]: o["articles"] for o in report["outlets"]} == {None: ["z1"], "Media B": ["z2"]}
    [label] = [row for row in report["labels"] if row["entity"] == "Israel"]
    assert label["by_outlet"] == {None: ["Zionis Israel"], "Media B": ["Israel"]}


def test_eval_bcubed_scores_against_gold_clusters():
    gold = {"a": "x", "b": "x", "c": "y"}
    assert bcubed(gold, {"a": 1, "b": 1, "c": 2}) == (100.0, 100.0, 100.0)
    assert bcubed(gold, {}) == (100.0, 66.7, 80.0)
    assert bcubed(gold, {"a": 1, "b": 1, "c": 1}) == (55.6, 100.0, 71.4)


def test_cli_stories_jsonl_lists_one_story_a_line(tmp_path):
    path = tmp_path / "cli.db"
    runner = CliRunner()
    result = runner.invoke(app, ["ingest", str(DATA / "corpus" / "quote_variants.jsonl"), "--db", str(path)])
    assert result.exit_code == 0, result.output
    result = runner.invoke(app, ["stories", "--db", str(path), "--format", "jsonl"])
    [row] = [json.loads(line) for line in result.stdout.splitlines()]
    assert set(row) == {"id", "title", "articles", "outlets", "start", "end"}
    assert len(row["articles"]) == 6
    gold = tmp_path / "gold.jsonl"
    gold.write_text(json.dumps({"story": "s", "ids": row["articles"]}) + "\n")
    result = runner.invoke(app, ["eval", "stories", str(gold), "--db", str(path), "--json"])
    assert json.loads(result.stdout)["tables"][0]["rows"][0][3:] == [100.0, 100.0, 100.0]


def test_store_migration_0002_keeps_articles_stored_under_0001(tmp_path):
    only_first = tmp_path / "migrations"
    only_first.mkdir()
    shutil.copy(files("warta.store") / "migrations" / "0001_initial.sql", only_first)
    old = Database.__new__(Database)
    old.path = str(tmp_path / "old.db")
    import sqlite3
    old.conn = sqlite3.connect(old.path, isolation_level=None)
    old.conn.row_factory = sqlite3.Row
    old.migrate(only_first)
    record = warta.extract(BLINKEN[0]["text"], id="a1", outlet="Harian Satu")
    old._insert(record, None) if False else old.conn.execute(
        "INSERT INTO articles (id, content_hash, outlet, text, record) VALUES (?, ?, ?, ?, ?)",
        ("a1", record["meta"]["content_hash"], "Harian Satu", record["text"], json.dumps(record)))
    old.conn.execute("INSERT INTO quotes (article_id, start, \"end\", text, kind) VALUES ('a1', 5, 9, 'x', 'direct')")
    old.conn.close()
    new = Database(tmp_path / "old.db")
    assert new.migrations() == ["0001_initial", "0002_corpus", "0003_article_prep"]
    assert new.get("a1")["id"] == "a1"
    assert new.conn.execute("SELECT id FROM quotes").fetchone()[0] == "a1:q5-9"
    assert new.search("Gantz")[0]["id"] == "a1"


def test_store_a_failing_migration_changes_nothing(tmp_path, db):
    broken = tmp_path / "broken"
    broken.mkdir()
    (broken / "0003_broken.sql").write_text("CREATE TABLE half_done (x);\nTHIS IS NOT SQL;\n")
    with pytest.raises(Exception):
        db.migrate(broken)
    assert db.conn.execute("SELECT name FROM sqlite_master WHERE name = 'half_done'").fetchone() is None
    assert "0003_broken" not in db.migrations()


@pytest.mark.parametrize("sql, args", [
    ("SELECT story_id FROM story_articles WHERE article_id = ?", ["a1"]),
    ("SELECT article_id FROM story_articles WHERE story_id = ?", [1]),
    ("SELECT id FROM quotes WHERE corpus_entity = ?", [1]),
    ("SELECT article_id FROM entities WHERE corpus_entity = ?", [1]),
    ("SELECT entity_id FROM entity_aliases WHERE key = ?", ["blinken"]),
    ("SELECT entity_id FROM entity_words WHERE word = ?", ["blinken"]),
    ("SELECT article_id FROM lsh_buckets WHERE bucket IN (?, ?)", [1, 2]),
    ("SELECT role FROM entity_roles WHERE entity_id = ?", [1]),
    ("SELECT id FROM articles WHERE content_hash = ?", ["x"]),
    ('SELECT id FROM stories WHERE articles >= ? ORDER BY "end" DESC LIMIT 20', [2]),
    ("SELECT quote_id FROM quote_variants WHERE group_id = ?", [1]),
    ("SELECT id FROM quote_groups WHERE story_id = ?", [1]),
])
def test_store_corpus_queries_use_an_index(db, sql, args):
    plan = " ".join(row[3] for row in db.conn.execute("EXPLAIN QUERY PLAN " + sql, args))
    assert "INDEX" in plan or "PRIMARY KEY" in plan, plan


# Two events of one day at one agency (its CIO on market liquidity; a fund signed
# during a state visit) and a report on the first that mentions the second in passing.
LIQUIDITY = [
 {"id": "l1", "outlet": "Harian Satu", "published": "2025-04-14", "title": "Badan Investasi Siap Jadi Penyangga Likuiditas Bursa",
  "text": "JAKARTA - Kepala investasi Badan Investasi Nusantara, Pandu Wirawan, menyatakan lembaganya siap menjadi penyangga likuiditas di bursa saham ketika indeks anjlok. \"Kami siap membeli saham yang harganya jatuh terlalu dalam,\" kata Pandu di Jakarta. Otoritas bursa menyambut rencana penyangga likuiditas itu."},
 {"id": "l2", "outlet": "Kabar Dua", "published": "2025-04-14", "title": "Pandu: Badan Investasi Bisa Topang Likuiditas Saham",
  "text": "Badan Investasi Nusantara membuka peluang menjadi penyangga likuiditas bursa saham. Pandu Wirawan mengatakan pembelian saham yang harganya jatuh akan dilakukan bertahap. Analis pasar modal menilai penyangga likuiditas menenangkan investor ritel saat indeks anjlok."},
]
QATAR_VISIT = [
 {"id": "q1", "outlet": "Harian Satu", "published": "2025-04-14", "title": "Qatar Tanam Dana Rp 67 Triliun Bersama Badan Investasi",
  "text": "DOHA - Otoritas Investasi Qatar sepakat membentuk dana kelolaan bersama senilai 4 miliar dolar AS dengan Badan Investasi Nusantara. Emir Qatar Sheikh Tamim menyaksikan penandatanganan kerja sama di istana emir. Dana itu akan ditanam di sektor hilirisasi dan energi."},
 {"id": "q2", "outlet": "Kabar Dua", "published": "2025-04-14", "title": "Emir Qatar Sambut Presiden di Istana Doha",
  "text": "DOHA - Emir Qatar Sheikh Tamim menyambut Presiden di istana emir, Doha. Kedua kepala negara membahas kerja sama pertahanan, pendidikan dan penerbangan, lalu menyaksikan penandatanganan kerja sama Otoritas Investasi Qatar di istana emir."},
 {"id": "q3", "outlet": "Warta Tiga", "published": "2025-04-14", "title": "Presiden Bertemu Emir Qatar, Bahas Pertahanan dan Haji",
  "text": "Presiden bertemu Emir Qatar Sheikh Tamim di Doha dan membahas kerja sama pertahanan, kuota haji serta penerbangan langsung. Sheikh Tamim mengundang pelajar Indonesia belajar di Qatar."},
]
BRIDGE = {"id": "x1", "outlet": "Warta Tiga", "published": "2025-04-14", "title": "Pandu Wirawan: Likuiditas Bursa dan Dana Qatar",
  "text": "Kepala investasi Badan Investasi Nusantara, Pandu Wirawan, kembali menegaskan kesiapan menjadi penyangga likuiditas bursa saham saat indeks anjlok. Dana kelolaan bersama yang diteken pagi ini, katanya, ditanam di sektor hilirisasi dan energi."}


def test_corpus_one_article_touching_two_stories_does_not_merge_them(db):
    store(db, *LIQUIDITY, *QATAR_VISIT, BRIDGE)
    assert sorted(s["articles"] for s in list_stories(db, min_articles=1)) == [["l1", "l2", "x1"], ["q1", "q2", "q3"]]


def test_stories_articles_sharing_a_heavy_term_in_one_week_are_candidates():
    # LSH can miss two reports whose other terms differ; the index of heaviest terms does not.
    from warta.corpus.cluster import term_keys
    first = {"tessa": 0.6, "kpk": 0.5, "konflik": 0.4, "kepengurusan": 0.3, "ppatk": 0.2, "pasar": 0.1}
    second = {"kpk": 0.7, "tegaskan": 0.5, "struktur": 0.4, "dewan": 0.3, "pengawas": 0.2}
    assert set(term_keys(first, 2900)) & set(term_keys(second, 2900))
    assert not set(term_keys(first, 2900)) & set(term_keys(second, 2901))
    assert not set(term_keys(first, 2900)) & set(term_keys({"pasar": 0.9, "saham": 0.5}, 2900))


def test_corpus_articles_stored_with_their_preparation_get_the_same_corpus_rows(db, tmp_path):
    from warta.corpus.cluster import prepare

    articles = [*BLINKEN, FLOOD]
    store(db, *articles)
    prepared = Database(tmp_path / "prepared.db")
    for article in articles:  # as `warta ingest` stores them: the workers made the preparation
        record = warta.extract(article["text"], **{k: v for k, v in article.items() if k != "text"})
        prepared.save(record, prepared=tuple(prepare(record)))
    assert prepared.conn.execute("SELECT count(*) FROM article_prep").fetchone()[0] == len(articles)
    update(prepared)
    assert prepared.conn.execute("SELECT count(*) FROM article_prep").fetchone()[0] == 0  # used up
    for sql in ("SELECT article_id, story_id, copy_kind, similarity FROM story_articles ORDER BY article_id",
                "SELECT article_id, published, terms, entities, minhash, shingles, quotes FROM article_features "
                "ORDER BY article_id", "SELECT bucket, article_id FROM lsh_buckets ORDER BY bucket, article_id",
                "SELECT term, df FROM term_df ORDER BY term", "SELECT rowid, title, body FROM bodies_fts ORDER BY rowid"):
        assert [tuple(r) for r in prepared.conn.execute(sql)] == [tuple(r) for r in db.conn.execute(sql)], sql
    prepared.close()
