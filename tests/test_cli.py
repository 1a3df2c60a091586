"""The `warta` command, run as a user runs it."""

import json

import pytest
from typer.testing import CliRunner

from warta.cli import app
from warta.cli.show import render_text
from warta.store import Database

SEED = ("HARIAN DISWAY - Menteri Luar Negeri Antony Blinken menyatakan bahwa Israel harus bertindak.\n"
        "BACA JUGA: Warga Gaza Terancam Dipindahkan ke Semenanjung Sinai\n"
        "“Kami telah berbicara,” tulis Miller.\n")


@pytest.fixture
def runner():
    return CliRunner()


@pytest.fixture
def corpus(tmp_path):
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "000_disway.txt").write_text(SEED, encoding="utf-8")
    (folder / "feed.jsonl").write_text(
        json.dumps({"id": "k1", "outlet": "kompas.com", "date": "2025-06-18",
                    "text": "JAKARTA, KOMPAS.com - Harga beras naik.\nADVERTISEMENT\nKata pedagang, harga naik."}) + "\n",
        encoding="utf-8")
    return folder


def test_cli_extract_prints_one_record_a_line(runner, corpus):
    result = runner.invoke(app, ["extract", str(corpus)])
    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert [(r["id"], r["outlet"], r["published"]) for r in records] == [
        ("000_disway", "Harian Disway", None), ("k1", "Kompas.com", "2025-06-18")]
    disway = records[0]
    assert disway["text"] == SEED
    assert [SEED[b["start"]:b["end"]] for b in disway["boilerplate"]] == [
        "BACA JUGA: Warga Gaza Terancam Dipindahkan ke Semenanjung Sinai"]
    assert SEED[disway["dateline"]["start"]:disway["dateline"]["end"]] == "HARIAN DISWAY -"
    assert {"entities", "quotes", "dates", "figures", "sentences"} <= disway.keys()


def test_cli_extract_json_format_is_one_array(runner, corpus):
    result = runner.invoke(app, ["extract", str(corpus / "feed.jsonl"), "--format", "json"])
    assert [r["id"] for r in json.loads(result.stdout)] == ["k1"]


def test_cli_extract_reports_each_bad_input_and_goes_on(runner, corpus):
    (corpus / "empty.txt").write_bytes(b"")
    (corpus / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    (corpus / "broken.jsonl").write_text('{"text": "Satu."}\n{"text": \n', encoding="utf-8")
    (corpus / "table.csv").write_text("judul,tanggal\nA,2025\n", encoding="utf-8")
    result = runner.invoke(app, ["extract", str(corpus)])
    assert result.exit_code == 1
    errors = sorted(line for line in result.stderr.splitlines() if line.startswith("error"))
    assert errors == sorted([
        f"error {corpus / 'broken.jsonl'}:2: broken JSON (Expecting value at column 9)",
        f"error {corpus / 'empty.txt'}: empty file",
        f"error {corpus / 'image.txt'}: binary file, not text",
        f"error {corpus / 'table.csv'}: no text column (looked for 'text'; columns are judul, tanggal); "
        "map one with --map text=COLUMN",
    ])
    assert len(result.stdout.splitlines()) == 3  # the seed, the feed row, and broken.jsonl's good line


def test_cli_extract_reads_stdin(runner):
    result = runner.invoke(app, ["extract", "-"], input=SEED)
    assert json.loads(result.stdout)["dateline"]["outlet"] == "Harian Disway"


def test_cli_extract_rejects_a_bad_column_mapping(runner, corpus):
    result = runner.invoke(app, ["extract", str(corpus), "--map", "body=isi"])
    assert result.exit_code == 2
    assert "bad column mapping 'body=isi'" in result.output


def test_cli_ingest_summarises_and_is_idempotent(runner, corpus, tmp_path):
    db = str(tmp_path / "w.db")
    first = runner.invoke(app, ["ingest", str(corpus), "--db", db])
    assert first.exit_code == 0, first.output
    assert "│    2 │      2 │       0 │                   0 │      0 │" in first.stdout
    second = runner.invoke(app, ["ingest", str(corpus), "--db", db])
    assert "│    2 │      0 │       0 │                   2 │      0 │" in second.stdout


def test_cli_ingest_counts_failures_with_reasons_and_exits_1(runner, corpus, tmp_path):
    (corpus / "a.txt").write_bytes(b"")
    (corpus / "b.txt").write_bytes(b"  ")
    result = runner.invoke(app, ["ingest", str(corpus), "--db", str(tmp_path / "w.db")])
    assert result.exit_code == 1
    assert "│    4 │      2 │       0 │                   0 │      2 │" in result.stdout
    assert "2 × empty file" in result.stdout


def test_cli_show_prints_fields_and_finds_a_prefix(runner, corpus, tmp_path):
    db = str(tmp_path / "w.db")
    runner.invoke(app, ["ingest", str(corpus), "--db", db])
    result = runner.invoke(app, ["show", "000_", "--db", db])
    assert result.exit_code == 0, result.output
    assert "Harian Disway  (from dateline)" in result.stdout
    assert "read-also ×1" in result.stdout
    assert "Menteri Luar Negeri Antony Blinken" in result.stdout


def test_cli_show_unknown_id_says_so(runner, tmp_path):
    Database(tmp_path / "w.db").close()
    result = runner.invoke(app, ["show", "nope", "--db", str(tmp_path / "w.db")])
    assert result.exit_code == 1
    assert "no article 'nope'" in result.stderr


def test_cli_show_strikes_out_boilerplate():
    record = {"text": "Harga naik.\nADVERTISEMENT\n", "dateline": None, "quotes": [],
              "boilerplate": [{"start": 12, "end": 25, "kind": "advertisement"}]}
    spans = render_text(record).spans
    assert [(s.start, s.end, str(s.style)) for s in spans] == [(12, 25, "strike dim red")]


def test_cli_every_command_has_help_with_an_example(runner):
    for command in ("extract", "ingest", "show"):
        result = runner.invoke(app, [command, "--help"])
        assert result.exit_code == 0 and "Example" in result.stdout, command
