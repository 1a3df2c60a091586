"""The abuse corpus (`tests/data/abuse/`) through `warta ingest` and `warta extract`: every
bad input is one error line naming its file (and line), every good one is stored, nothing
is half-written, no traceback, exit code 1."""

import json
import os
import pathlib
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from warta.cli import app
from warta.store import Database

ABUSE = Path(__file__).parent / "data" / "abuse"

ERRORS = {  # where (relative to the corpus folder) -> why
    "binary.txt": "binary file, not text",
    "empty.txt": "empty file",
    "only-whitespace.txt": "empty file",
    "nul-after-8kb.txt": "binary data, not text (a NUL character at character 9100)",
    "no-article.html": "no article text found in the HTML page (only 3 words of page text)",
    "no-text-column.csv":
        "no text column (looked for 'text'; columns are judul, tanggal); map one with --map text=COLUMN",
    "unclosed-quote.csv:3": "broken CSV (a quoted field opened on this line never closes; lines 3-4 not read)",
    "stray-quote.csv:2": "broken CSV (',' expected after '\"')",
    "feed.jsonl:2": "broken JSON (Unterminated string starting at column 26)",
    "feed.jsonl:3": "'text' is a number, not text",
    "feed.jsonl:4": "'text' is true/false, not text",
    "feed.jsonl:5": "'text' is a list, not text",
    "feed.jsonl:6": "'text' is an object, not text",
    "feed.jsonl:7": "no article text (no non-empty text column)",
    "feed.jsonl:8": "binary data, not text (a NUL character at character 11)",
    "feed.jsonl:9": "expected a JSON object, got list",
    # made by the fixture: too big to ship, or unreadable (which permissions cannot say to root)
    "too-large.txt": "too large for one article (6.0 MB; limit 5 MB)",
    "too-large.csv:2": "too large for one article (a field over 5 MB); rows from here on not read",
    "locked.jsonl": "cannot read (Permission denied)",
    "locked-folder": "cannot read folder (Permission denied)",
}
STORED = {"cp1252", "csv-ok", "csv-after", "jsonl-ok-1", "jsonl-ok-2", "lonely-marks", "long-word",
          "mixed-line-endings", "nested-marks", "no-punctuation", "rtl", "utf16-bom", "zero-width"}


@pytest.fixture
def abuse(tmp_path, monkeypatch):
    folder = tmp_path / "abuse"
    shutil.copytree(ABUSE, folder)
    (folder / "too-large.txt").write_bytes(b"kata " * 1_200_000)
    (folder / "too-large.csv").write_bytes(b'id,text\nbig,"' + b"kata " * 1_000_001 + b'"\n')
    (folder / "locked.jsonl").write_text('{"id": "locked", "text": "Harga naik."}\n', encoding="utf-8")
    (folder / "locked-folder").mkdir()
    (folder / "locked-folder" / "hidden-by-permissions.txt").write_text("Harga naik.", encoding="utf-8")
    locked = {str(folder / "locked.jsonl"), str(folder / "locked-folder")}

    def denied(path):
        raise PermissionError(13, "Permission denied", path)

    real_open, real_scandir = pathlib.Path.open, os.scandir
    monkeypatch.setattr(pathlib.Path, "open", lambda self, *a, **k: denied(str(self)) if str(self) in locked
                        else real_open(self, *a, **k))
    monkeypatch.setattr(os, "scandir", lambda path=".": denied(os.fspath(path)) if os.fspath(path) in locked
                        else real_scandir(path))
    return folder


def error_lines(result, folder):
    assert "Traceback" not in result.output and "Traceback" not in result.stderr
    return {line for line in result.stderr.splitlines() if line.startswith("error ")}


def expected_errors(folder):
    return {f"error {folder}/{where}: {why}" for where, why in ERRORS.items()}


def test_abuse_ingest_reports_each_bad_input_once_and_stores_the_rest_whole(abuse, tmp_path):
    db = tmp_path / "abuse.db"
    result = CliRunner().invoke(app, ["ingest", str(abuse), "--db", str(db)])
    assert result.exit_code == 1, result.output
    assert error_lines(result, abuse) == expected_errors(abuse)
    assert {line for line in result.stderr.splitlines() if line.startswith("warning ")} == {
        f"warning {abuse}/cp1252.txt: not UTF-8 (byte 3); decoded as cp1252",
        f"warning {abuse}/same-text-new-id.txt: same text as stored article 'jsonl-ok-1'; "
        "not stored again as 'same-text-new-id'"}
    store = Database(db, create=False)
    assert {row["id"] for row in store.conn.execute("SELECT id FROM articles")} == STORED
    for row in store.conn.execute("SELECT id, record FROM articles"):  # every article whole, with all its rows
        record = json.loads(row["record"])
        for table in ("boilerplate", "quotes", "dates", "figures", "entities"):
            rows = store.conn.execute(f"SELECT count(*) FROM {table} WHERE article_id = ?", (row["id"],)).fetchone()[0]
            assert rows == len(record[table]), (row["id"], table)
    store.close()


def test_abuse_extract_reports_each_bad_input_once_and_prints_the_rest(abuse):
    result = CliRunner().invoke(app, ["extract", str(abuse)])
    assert result.exit_code == 1
    assert error_lines(result, abuse) == expected_errors(abuse)
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert {r["id"] for r in records} == STORED | {"same-text-new-id"}
    for record in records:  # output stays linear: quotes never multiply the text
        assert sum(q["end"] - q["start"] for q in record["quotes"]) <= len(record["text"])
        assert all(record["text"][q["start"]:q["end"]] == q["text"] for q in record["quotes"])
