"""The Datasette metadata file labels every table and column of a fresh store, so
ad-hoc SQL users see what each field means (add a label when a migration adds one)."""

import sqlite3
from pathlib import Path

import yaml

from warta.store import Database

METADATA = Path(__file__).parent.parent / "datasette-metadata.yaml"


def test_serve_datasette_metadata_labels_every_table_and_column(tmp_path):
    Database(tmp_path / "warta.db").close()
    conn = sqlite3.connect(tmp_path / "warta.db")
    tables = [name for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
              if "_fts" not in name]
    schema = {t: [row[1] for row in conn.execute(f"PRAGMA table_info('{t}')")] for t in tables}
    conn.close()
    described = yaml.safe_load(METADATA.read_text())["databases"]["warta"]["tables"]
    assert sorted(described) == sorted(schema)
    for table, columns in schema.items():
        assert described[table]["description"]
        assert sorted(described[table]["columns"]) == sorted(columns), table


def test_serve_datasette_metadata_labels_the_demo_store_the_same_way():
    databases = yaml.safe_load(METADATA.read_text())["databases"]
    assert databases["demo"] == databases["warta"]
