"""Abuse-resistance: every defect of issue 13 as a behaviour a user would notice."""

import gc
import json
import os
import subprocess
import sys
import threading
import time
import weakref
from pathlib import Path

import pytest
from typer.testing import CliRunner

import warta
from summary import summary_counts
from warta.cli import app, progress
from warta.store import Database
from warta.pipeline import annotate_article
from warta.read import Article

ARTICLE = ("JAKARTA, KOMPAS.com - Menteri Budi Santoso mengatakan harga beras naik 10 persen pada Senin (6/11).\n"
           "“Kami akan turun tangan,” kata dia.\n")


def test_robust_annotated_docs_are_freed_once_dropped(nlp):
    """A long ingest keeps flat memory: nothing (component caches included) holds on to a finished Doc."""
    refs = []
    for _ in range(3):
        doc = annotate_article(nlp, Article(text=ARTICLE))
        assert len(doc.spans["warta_quotes"]) and len(doc.spans["warta_dates"])
        refs.append(weakref.ref(doc))
        del doc
    gc.collect()
    assert [ref() for ref in refs] == [None, None, None]


# -- no blow-up ------------------------------------------------------------------

def test_robust_text_without_punctuation_gives_no_runaway_quotes():
    """Every cue word used to open an indirect quote running to the end of the text."""
    words = "dia mengatakan bahwa harga beras naik kata pedagang pemerintah akan menurut warga meminta agar".split()
    text = " ".join(words[(i * 7) % len(words)] for i in range(6000))
    record = warta.extract(text)
    assert sum(q["end"] - q["start"] for q in record["quotes"]) <= len(text) // 10


@pytest.mark.parametrize("text, quote", [
    ("“Harga naik terus sejak awal tahun ini, kata dia kepada wartawan\n"
     "Pedagang di pasar mengeluhkan sepinya pembeli.” Begitu katanya.\n",
     "Harga naik terus sejak awal tahun ini, kata dia kepada wartawan"),  # never closed here: ends here
    ("“Harga naik terus sejak awal tahun ini.\n“Kami tidak bisa berbuat apa-apa,” kata Budi.\n",
     "Harga naik terus sejak awal tahun ini.\n“Kami tidak bisa berbuat apa-apa,"),  # reopened: one quote
])
def test_robust_a_quote_crosses_a_paragraph_break_only_when_its_marks_say_so(text, quote):
    assert [q["text"] for q in warta.extract(text)["quotes"]] == [quote]


def test_robust_one_cue_phrase_gives_one_quote():
    text = ("Secara khusus, Pak Menteri menyampaikan meminta kalau bisa ada tiga lagi pegawai KPK yang ditugaskan "
            "untuk membantu di kementerian ini.")
    spans = [(q["start"], q["end"]) for q in warta.extract(text)["quotes"]]
    assert len(spans) == len(set(spans)) == 1


def test_robust_acronym_check_does_not_branch_exponentially():
    """`BBB...C` against twelve `BBBBBBBBBB` words took minutes (8 s for ten words): each
    way to split the letters over the words was tried anew."""
    from warta.annotate.entities.aliases import is_acronym_of

    assert not is_acronym_of("B" * 20 + "C", " ".join(["B" * 10] * 12))
    assert is_acronym_of("Deplu", "Departemen Luar Negeri")


def test_robust_long_article_is_read_in_pieces_with_offsets_into_the_whole_text(monkeypatch):
    monkeypatch.setattr(warta.pipeline, "PIECE_CHARS", 400)
    other = ("Wali Kota Surabaya Eri Cahyadi menyatakan banjir sudah surut pada Selasa (7/11).\n"
             "“Warga sudah kembali ke rumah,” ujar Eri.")
    text = "\n".join([ARTICLE.strip(), other] * 3) + "\n"
    record = warta.extract(text)
    assert record["text"] == text
    assert len(record["quotes"]) == 4 * 3 and len(record["dates"]) == 2 * 3
    for key in ("quotes", "dates", "figures"):
        assert all(text[s["start"]:s["end"]] == s["text"] for s in record[key])
    mentions = [m for e in record["entities"] for m in e["mentions"]]
    assert all(text[m["start"]:m["end"]] == m["text"] for m in mentions)
    assert len({e["id"] for e in record["entities"]}) == len(record["entities"])
    names = {e["id"]: e["name"] for e in record["entities"]}
    speakers = [q["speaker"] for q in record["quotes"] if (q["speaker"] or {}).get("entity")]
    assert speakers and all(names[s["entity"]] == s["name"] for s in speakers)  # ids renumbered per piece


def test_robust_size_limit_is_checked_before_annotation_with_one_clear_line():
    with pytest.raises(warta.Unusable, match=r"^too large for one article \(5\.0 MB; limit 5 MB\)$"):
        warta.extract("a" * (warta.MAX_ARTICLE_CHARS + 1))
    assert warta.load(("warta_clean",)).max_length >= warta.MAX_ARTICLE_CHARS  # not spaCy's 1,000,000


# -- the library as people use it --------------------------------------------------

@pytest.mark.parametrize("text, message", [(None, "no article text"), ("", "no article text"),
                                           (" \n", "no article text"),
                                           (12345, "article text must be a string, not int")])
def test_robust_extract_refuses_what_the_cli_refuses(text, message):
    with pytest.raises(warta.Unusable, match=message):
        warta.extract(text)


def test_robust_annotate_subpackage_is_importable_after_import_warta():
    import warta.annotate.dates

    assert warta.annotate.dates.DateTagger.__name__ == "DateTagger"


def test_robust_extract_after_load_reuses_that_pipeline(monkeypatch):
    monkeypatch.setattr(warta.pipeline, "_loaded", {})
    nlp = warta.load()
    built = []
    monkeypatch.setattr(warta.pipeline, "WartaIndonesian", lambda: built.append(1))
    warta.extract(ARTICLE)
    assert built == [] and warta.pipeline.shared() is nlp


def test_robust_python_m_warta_prints_the_version():
    result = subprocess.run([sys.executable, "-m", "warta", "--version"], capture_output=True, text=True,
                            env={**os.environ, "PYTHONPATH": str(Path(__file__).parents[1])})
    assert result.returncode == 0 and result.stdout == f"warta {warta.__version__}\n"


# -- extraction defects seen on the demo -------------------------------------------

@pytest.mark.parametrize("text, quotes, sentences", [
    ('"Kami beri waktu satu minggu," kata Ridwan. "Jangan minta lagi." Sidang ditutup.\n',
     ["Kami beri waktu satu minggu,", "Jangan minta lagi."],
     ['"Kami beri waktu satu minggu," kata Ridwan.', '"Jangan minta lagi."', "Sidang ditutup."]),
    ('"Kami beri waktu satu minggu," kata Ridwan."Jangan minta lagi."\n',
     ["Kami beri waktu satu minggu,", "Jangan minta lagi."],
     ['"Kami beri waktu satu minggu," kata Ridwan.', '"Jangan minta lagi."']),
    ('Kata Ridwan: "Kami beri waktu."\"Jangan minta lagi," ujarnya.\n',
     ["Kami beri waktu.", "Jangan minta lagi,"],
     ['Kata Ridwan: "Kami beri waktu."', '"Jangan minta lagi," ujarnya.']),
])
def test_robust_straight_quotes_do_not_swallow_the_next_opening_mark(text, quotes, sentences):
    record = warta.extract(text)
    assert [q["text"] for q in record["quotes"]] == quotes
    assert [text[s:e] for s, e in record["sentences"]] == sentences


def test_robust_demo_judge_is_a_person_and_his_lines_are_his():
    text = (Path(__file__).parents[1] / "samples" / "pelitatimur-sidang-korupsi.txt").read_text(encoding="utf-8")
    record = warta.extract(text)
    assert {e["name"]: e["type"] for e in record["entities"]}["Ridwan Mappasessu"] == "PER"
    asked = next(q for q in record["quotes"] if q["text"].startswith("terdakwa dan kuasa hukumnya agar"))
    assert asked["speaker"]["name"] == "Ridwan Mappasessu"


# -- the store under two writers and wrong paths ----------------------------------

@pytest.fixture
def runner():
    return CliRunner()


def one_error_line(result) -> str:
    assert "Traceback" not in result.output + result.stderr
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    return lines[0]


@pytest.mark.parametrize("make, message", [
    (lambda tmp: tmp, "{db} is a folder, not a database file"),
    (lambda tmp: (tmp / "notes.db").write_text("not sqlite " * 100) and tmp / "notes.db",
     "{db} is not a SQLite database"),
    (lambda tmp: tmp / "missing" / "w.db", "cannot create {db}: folder {tmp}/missing does not exist"),
    (lambda tmp: Path("/proc/warta.db"), "cannot write {db} (is the file or its folder read-only?)"),
])
def test_robust_ingest_into_a_bad_db_path_is_one_clear_line(runner, tmp_path, make, message):
    db = make(tmp_path)
    result = runner.invoke(app, ["ingest", str(tmp_path / "none.txt"), "--db", str(db)])
    assert result.exit_code == 1
    assert one_error_line(result) == "error " + message.format(db=db, tmp=tmp_path)


def test_robust_show_with_a_missing_db_creates_none(runner, tmp_path):
    result = runner.invoke(app, ["show", "x", "--db", str(tmp_path / "typo.db")])
    assert result.exit_code == 1
    assert one_error_line(result) == f"error no database at {tmp_path / 'typo.db'} (`warta ingest` creates one)"
    assert list(tmp_path.iterdir()) == []


def record_for(text, id):
    return warta.extract(text, id=id)


def test_robust_a_writer_waits_for_another_writers_lock(tmp_path):
    first, second = Database(tmp_path / "w.db"), Database(tmp_path / "w.db")
    record = record_for(ARTICLE, "a1")
    second.conn.execute("SELECT count(*) FROM articles").fetchone()  # an older snapshot to write from
    holder = threading.Thread(target=lambda: (first.conn.execute("BEGIN IMMEDIATE"), time.sleep(0.5),
                                              first.save(record_for(ARTICLE + "Lagi.", "a0")),
                                              first.conn.execute("COMMIT")))
    holder.start()
    time.sleep(0.1)
    assert second.save(record) == "stored"  # waited, then wrote (was: "database is locked" at once)
    holder.join()
    assert second.count("articles") == 2


def test_robust_processes_migrating_a_new_file_at_once_do_not_collide(tmp_path):
    results = []

    def open_it(path):
        try:
            results.append(Database(path).migrations())
        except Exception as error:  # noqa: BLE001 - collected to assert on
            results.append(repr(error))

    for trial in range(3):
        path = tmp_path / f"new{trial}.db"
        threads = [threading.Thread(target=open_it, args=(path,)) for _ in range(6)]
        [t.start() for t in threads]
        [t.join() for t in threads]
    assert results == [["0001_initial", "0002_corpus", "0003_article_prep"]] * 18


def test_robust_two_ingests_of_one_file_never_report_unchanged_text_as_updated(tmp_path):
    records = [record_for(ARTICLE.replace("10 persen", f"{n} persen"), f"a{n}") for n in range(12)]
    statuses = []

    def ingest():
        store = Database(tmp_path / "w.db")
        statuses.extend(store.save(r) for r in records)

    Database(tmp_path / "w.db").close()
    threads = [threading.Thread(target=ingest) for _ in range(2)]
    [t.start() for t in threads]
    [t.join() for t in threads]
    assert sorted(statuses) == ["duplicate"] * 12 + ["stored"] * 12


# -- the CLI tells the truth ------------------------------------------------------

@pytest.mark.parametrize("command", [["eval", "quotes"], ["eval", "dates"], ["eval", "figures"], ["eval", "ner"],
                                     ["eval", "pfsa"]])
def test_robust_eval_on_the_wrong_kind_of_file_fails_instead_of_scoring_zero(runner, tmp_path, command):
    wrong = tmp_path / "notes.jsonl"
    wrong.write_text('{"title": "bukan gold"}\n', encoding="utf-8")
    result = runner.invoke(app, [*command, str(wrong)])
    assert result.exit_code == 1
    assert one_error_line(result).startswith(f"error {wrong}: ")


def test_robust_eval_pfsa_help_offers_only_its_options(runner):
    assert "--format" not in runner.invoke(app, ["eval", "pfsa", "--help"]).stdout


def test_robust_progress_in_a_log_is_plain_lines_with_total_and_time_left(runner, tmp_path, monkeypatch):
    monkeypatch.setattr(progress, "LOG_EVERY", 0)
    feed = tmp_path / "feed.jsonl"
    feed.write_text("".join(json.dumps({"id": f"a{n}", "text": f"Harga naik {n} persen."}) + "\n" for n in range(3)))
    result = runner.invoke(app, ["ingest", str(feed), "--db", str(tmp_path / "w.db")])
    lines = result.stderr.splitlines()
    assert [line.split(",")[0] for line in lines] == [f"ingesting: {n}/3 articles ({100 * n // 3}%)" for n in (1, 2, 3)]
    assert lines[0].endswith(" left")


def test_robust_ctrl_c_prints_what_was_stored(runner, tmp_path, monkeypatch):
    feed = tmp_path / "feed.jsonl"
    feed.write_text("".join(json.dumps({"id": f"a{n}", "text": f"Harga naik {n} persen."}) + "\n" for n in range(3)))
    save = Database.save

    def interrupted_on_the_second(self, record, *args):
        if record["id"] == "a1":
            raise KeyboardInterrupt
        return save(self, record, *args)

    monkeypatch.setattr(Database, "save", interrupted_on_the_second)
    result = runner.invoke(app, ["ingest", str(feed), "--db", str(tmp_path / "w.db")])
    assert result.exit_code == 130
    assert "interrupted: the articles counted here are stored" in result.stdout
    # articles are written in batches, each batch whole: the one Ctrl-C broke is not stored
    counts = summary_counts(result.stdout)
    assert (counts["read"], counts["stored"]) == (3, 0)
    assert Database(tmp_path / "w.db").count("articles") == 0


def test_robust_show_has_a_legend_ellipsis_and_no_python_none(runner, tmp_path):
    long_quote = "“" + " ".join(["Harga beras naik tajam"] * 12) + ",” kata Budi.\n"
    db = tmp_path / "w.db"
    Database(db).save(record_for(long_quote, "q1"))
    result = runner.invoke(app, ["show", "q1", "--db", str(db)])
    assert result.exit_code == 0
    assert "None" not in result.stdout
    assert " outlet       —" in result.stdout
    assert "colours: dateline  boilerplate  quote" in result.stdout
    quote_line = result.stdout.splitlines()[-1]
    assert quote_line.startswith("direct Budi: Harga beras") and quote_line.endswith("tajam…")
