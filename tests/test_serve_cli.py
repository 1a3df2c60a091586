"""`warta export` and `warta serve`, run as a user runs them."""

import csv
import io
import json
import sqlite3

import pyarrow.parquet as pq
import pytest
from typer.testing import CliRunner

from warta.cli import app
from warta.serve import create_app
from warta.store import Database
from warta.store.reader import StoreError


@pytest.fixture
def runner():
    return CliRunner()


def test_serve_cli_export_writes_each_format(runner, sample_store, tmp_path):
    as_jsonl = runner.invoke(app, ["export", "--what", "quotes", "--db", str(sample_store)])
    assert as_jsonl.exit_code == 0
    rows = [json.loads(line) for line in as_jsonl.stdout.splitlines()]
    assert len(rows) == Database(sample_store).count("quotes")
    as_csv = runner.invoke(app, ["export", "--what", "stories", "--format", "csv", "--db", str(sample_store)])
    stories = list(csv.DictReader(io.StringIO(as_csv.stdout)))
    assert sum(int(s["articles"]) for s in stories) == Database(sample_store).count("articles")
    target = tmp_path / "figures.parquet"
    result = runner.invoke(app, ["export", "--what", "figures", "--format", "parquet", "--db", str(sample_store),
                                 "-o", str(target)])
    assert result.exit_code == 0
    assert pq.read_table(target).num_rows == Database(sample_store).count("figures")


def test_serve_cli_export_parquet_needs_a_file(runner, sample_store):
    result = runner.invoke(app, ["export", "--what", "quotes", "--format", "parquet", "--db", str(sample_store)])
    assert result.exit_code == 2 and "-o FILE" in result.output


@pytest.fixture
def old_store(tmp_path):
    """A store as an older Warta left it: its latest migration not applied."""
    path = tmp_path / "old.db"
    Database(path).close()
    conn = sqlite3.connect(path)
    latest = conn.execute("SELECT max(name) FROM _migrations").fetchone()[0]
    conn.execute("DELETE FROM _migrations WHERE name = ?", (latest,))
    conn.commit()
    conn.close()
    return path, latest


def test_serve_refuses_a_store_that_needs_migrating(old_store):
    path, latest = old_store
    with pytest.raises(StoreError, match=f"needs migration {latest}.*warta ingest"):
        create_app(path)


@pytest.mark.parametrize("command", [["export", "--what", "quotes"], ["serve"]])
def test_serve_cli_says_how_to_migrate_an_old_store(runner, old_store, command):
    result = runner.invoke(app, [*command, "--db", str(old_store[0])])
    assert result.exit_code == 1
    assert "needs migration" in result.output and "warta ingest" in result.output
