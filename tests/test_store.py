"""The SQLite store: migrations, idempotent saves, atomic writes, search."""

import sqlite3

import pytest

import warta
from warta.store import Database
from warta.store.db import escape_fts

TEXT = "JAKARTA, KOMPAS.com - Harga beras naik lima persen, kata pedagang di Pasar Induk."


@pytest.fixture
def db(tmp_path):
    database = Database(tmp_path / "warta.db")
    yield database
    database.close()


def record(text=TEXT, id=None):
    return warta.extract(text, id=id)


def test_store_records_applied_migrations_once(tmp_path):
    path = tmp_path / "warta.db"
    assert Database(path).migrations() == ["0001_initial", "0002_corpus", "0003_article_prep"]
    assert Database(path).migrate() == []


def test_store_uses_wal_mode(db):
    assert db.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_store_save_then_get_returns_the_same_record(db):
    saved = record(id="a1")
    assert db.save(saved) == "stored"
    assert db.get("a1") == saved


def test_store_same_text_again_is_a_duplicate_and_under_another_id_a_copy(db):
    """Re-ingesting an article changes nothing; the same text under another id (a
    syndicated copy) is kept as an article of its own, linked to the first one."""
    assert [db.save(record(id="a1")), db.save(record(id="a1")), db.save(record(id="other"))] == [
        "stored", "duplicate", "copy"]
    assert db.count("articles") == 2
    assert db.conn.execute("SELECT copy_of FROM articles WHERE id = 'other'").fetchone()[0] == "a1"


def test_store_same_id_with_new_text_replaces_the_old_version(db):
    db.save(record(id="a1"))
    assert db.save(record(TEXT.replace("lima", "enam"), id="a1")) == "updated"
    assert db.count("articles") == 1
    assert "enam" in db.get("a1")["text"]
    assert db.count("boilerplate") == 0


def test_store_failed_save_leaves_nothing_half_written(db):
    broken = record(id="a1")
    broken["quotes"] = [{"start": 0, "end": 5}]  # no text/kind: the quotes insert fails
    with pytest.raises((KeyError, sqlite3.Error)):
        db.save(broken)
    assert db.count("articles") == 0 and db.get("a1") is None


def test_store_search_matches_words_and_escapes_syntax(db):
    db.save(record(id="a1"))
    db.save(record("Liputan6.com, Jakarta - Banjir melanda Bekasi.", id="b2"))
    assert [r["id"] for r in db.search("beras")] == ["a1"]
    assert db.search('beras" OR "banjir') == []  # quotes are words, not syntax
    assert escape_fts('a "b"') == '"a" """b"""'


def test_store_find_ids_by_prefix(db):
    db.save(record(id="000_179138c5"))
    assert db.find_ids("000_") == ["000_179138c5"]
    assert db.find_ids("%") == []
