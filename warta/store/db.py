"""The store: an embedded SQLite database. Every SQL statement Warta runs lives here.

WAL mode so that the API can read while an ingest writes; one transaction per
article so an interrupted ingest leaves no half-written article; migrations are
numbered `.sql` files applied once each and recorded in `_migrations`.

Several writers may share one file (two ingests at once): each write transaction
takes the write lock when it begins (`BEGIN IMMEDIATE`), so what it checked first
(is this text stored already?) still holds when it commits, and a writer that finds
the lock taken waits for it (`BUSY_TIMEOUT`) instead of failing at once."""

from __future__ import annotations

import json
import os
import re
import sqlite3
import time
from collections.abc import Iterator
from contextlib import contextmanager
from importlib.resources import files
from pathlib import Path

DEFAULT_PATH = "warta.db"
BUSY_TIMEOUT = 60.0  # seconds a writer waits for another writer's lock
OPEN_ATTEMPTS = 5  # switching a new file to WAL can fail at once while another process does the same


class StoreError(Exception):
    """The database cannot be opened or written; the message is one line that says why."""


def default_path() -> str:
    """`$WARTA_DB`, else `warta.db` in the working directory."""
    return os.environ.get("WARTA_DB", DEFAULT_PATH)


def escape_fts(query: str) -> str:
    """Quote each word so user input is never read as FTS5 syntax."""
    return " ".join('"' + word.replace('"', '""') + '"' for word in query.split())


def _locked(error: sqlite3.Error) -> bool:
    return isinstance(error, sqlite3.OperationalError) and "locked" in str(error)


class Database:
    """`Database(path)` opens (or creates) a store and brings its schema up to date;
    `create=False` refuses to create one (reading commands must not leave an empty
    database behind a mistyped path). Opening problems raise `StoreError`."""

    def __init__(self, path: str | Path | None = None, create: bool = True):
        self.path = str(path or default_path())
        if self.path != ":memory:":
            self._check_path(create)
        for attempt in range(OPEN_ATTEMPTS):
            try:
                self._open()
                return
            except sqlite3.Error as error:
                if getattr(self, "conn", None) is not None:
                    self.conn.close()
                if not _locked(error) or attempt == OPEN_ATTEMPTS - 1:
                    raise StoreError(self._explain(error)) from None
                time.sleep(0.1 * 2 ** attempt)

    def _check_path(self, create: bool) -> None:
        path = Path(self.path)
        if path.is_dir():
            raise StoreError(f"{self.path} is a folder, not a database file")
        if not path.exists():
            if not create:
                raise StoreError(f"no database at {self.path} (`warta ingest` creates one)")
            if not path.parent.is_dir():
                raise StoreError(f"cannot create {self.path}: folder {path.parent} does not exist")

    def _open(self) -> None:
        self.conn = sqlite3.connect(self.path, isolation_level=None, check_same_thread=False, timeout=BUSY_TIMEOUT)
        self.conn.row_factory = sqlite3.Row
        self.conn.execute("PRAGMA foreign_keys = ON")
        if self.path != ":memory:":
            self.conn.execute("PRAGMA journal_mode = WAL")
            # in WAL mode a commit is still atomic and survives a crash of the process;
            # only a power cut can take back the last commits (FULL syncs on every one)
            self.conn.execute("PRAGMA synchronous = NORMAL")
        self.migrate()

    def _explain(self, error: sqlite3.Error) -> str:
        """One line for an SQLite error, in the user's terms."""
        message = str(error)
        if "not a database" in message:
            return f"{self.path} is not a SQLite database"
        if "unable to open" in message or "readonly" in message or "read-only" in message:
            return f"cannot write {self.path} (is the file or its folder read-only?)"
        if _locked(error):
            return f"{self.path} is locked: another program kept writing to it for over {BUSY_TIMEOUT:.0f} s"
        if "disk" in message or "full" in message:
            return f"cannot write {self.path}: {message}"
        return f"{self.path}: {message} (is it a Warta database?)"

    def close(self) -> None:
        self.conn.close()

    # -- schema -------------------------------------------------------------

    def migrate(self, folder=None) -> list[str]:
        """Apply the migrations not yet applied, in order; return their names.

        Each runs in one write transaction that first records its name: a failing one
        leaves the schema as it was, and the name is the table's primary key, so when
        two processes migrate a new file at once the second finds the name taken,
        rolls back and skips what the first applied. Foreign keys are off meanwhile
        (SQLite's recipe for rebuilding a table: a DROP would otherwise cascade) and
        checked before each commit."""
        self.conn.execute("CREATE TABLE IF NOT EXISTS _migrations (name TEXT PRIMARY KEY, "
                          "applied_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')))")
        done = set(self.migrations())
        applied = []
        folder = folder or files("warta.store") / "migrations"
        for entry in sorted(folder.iterdir(), key=lambda e: e.name):
            name = entry.name.removesuffix(".sql")
            if not entry.name.endswith(".sql") or name in done:
                continue
            script = entry.read_text(encoding="utf-8")
            self.conn.execute("PRAGMA foreign_keys = OFF")
            try:
                self.conn.executescript(f"BEGIN IMMEDIATE;\nINSERT INTO _migrations (name) VALUES ('{name}');\n{script}")
                if self.conn.execute("PRAGMA foreign_key_check").fetchone():
                    raise sqlite3.IntegrityError(f"migration {name} leaves rows with broken foreign keys")
                self.conn.execute("COMMIT")
            except sqlite3.IntegrityError as error:
                self._rollback()
                if "_migrations.name" not in str(error):
                    raise
                continue  # applied by another process meanwhile
            except BaseException:
                self._rollback()
                raise
            finally:
                self.conn.execute("PRAGMA foreign_keys = ON")
            applied.append(name)
        return applied

    def _rollback(self) -> None:
        if self.conn.in_transaction:
            self.conn.execute("ROLLBACK")

    def migrations(self) -> list[str]:
        return [row["name"] for row in self.conn.execute("SELECT name FROM _migrations ORDER BY name")]

    @contextmanager
    def atomic(self) -> Iterator[None]:
        """All or nothing. Outermost, a write transaction that takes the lock at once
        (`BEGIN IMMEDIATE`, waiting up to `BUSY_TIMEOUT` for another writer); inside
        another transaction, a savepoint."""
        if self.conn.in_transaction:
            self.conn.execute("SAVEPOINT atomic")
            try:
                yield
            except BaseException:
                self.conn.execute("ROLLBACK TO atomic")
                self.conn.execute("RELEASE atomic")
                raise
            self.conn.execute("RELEASE atomic")
            return
        try:
            self.conn.execute("BEGIN IMMEDIATE")
        except sqlite3.OperationalError as error:
            raise StoreError(self._explain(error)) from None
        try:
            yield
            self.conn.execute("COMMIT")
        except BaseException:
            self._rollback()
            raise

    # -- writing ------------------------------------------------------------

    def is_current(self, article_id: str, content_hash: str, pipeline_version: str | None) -> bool:
        """True when `article_id` holds this text, extracted by this pipeline version:
        ingesting it again would change nothing."""
        return self.conn.execute("SELECT 1 FROM articles WHERE id = ? AND content_hash = ? AND pipeline_version IS ?",
                                 (article_id, content_hash, pipeline_version)).fetchone() is not None

    def save(self, record: dict, origin: str | None = None, pipeline_version: str | None = None,
             encoded: str | None = None, prepared: tuple | None = None) -> str:
        """Store one article record (replacing an older version with the same id).
        Returns 'stored', 'updated', 'copy' (the same text is stored under another
        id: kept as an article of its own, with `copy_of` naming that one) or
        'duplicate' (this id already holds this text, from this pipeline version).
        The checks and the write are one transaction, so two ingests of one file
        never both store it, nor report it 'updated'. `encoded`: the record as JSON,
        when the caller has it already (`warta.run` workers make it); `prepared`: what the
        corpus update needs from the article alone (`warta.corpus.cluster.Prepared`), made
        by the worker too, stored until the update takes the article in."""
        content_hash = record["meta"]["content_hash"]
        try:
            with self.atomic():
                same = self.conn.execute("SELECT pipeline_version IS ? AS current FROM articles WHERE id = ? "
                                         "AND content_hash = ?", (pipeline_version, record["id"], content_hash)).fetchone()
                if same and (same["current"] or pipeline_version is None):
                    return "duplicate"
                original = self.conn.execute("SELECT id FROM articles WHERE content_hash = ? AND id != ? "
                                             "AND copy_of IS NULL ORDER BY rowid LIMIT 1",
                                             (content_hash, record["id"])).fetchone()
                existed = self.conn.execute("DELETE FROM articles WHERE id = ?", (record["id"],)).rowcount
                self._insert(record, origin, original["id"] if original else None, pipeline_version, encoded)
                if prepared is not None:
                    self.conn.execute("INSERT INTO article_prep (article_id, version, terms, lead, quotes, minhash, "
                                      "shingles) VALUES (?, ?, ?, ?, ?, ?, ?)", (record["id"], *prepared))
        except sqlite3.OperationalError as error:  # locked too long, disk full, file gone read-only
            raise StoreError(self._explain(error)) from None
        return "updated" if existed else "copy" if original else "stored"

    def save_many(self, batch: list[tuple[dict, str | None, str | None, tuple | None]],
                  pipeline_version: str | None = None) -> list[str]:
        """`save` for each (record, origin, encoded, prepared) in one transaction: one commit for the
        batch instead of one per article (`warta ingest` writes in batches). Each article
        is still whole or absent; an error rolls the whole batch back."""
        try:
            with self.atomic():
                return [self.save(record, origin, pipeline_version, encoded, prepared)
                        for record, origin, encoded, prepared in batch]
        except sqlite3.OperationalError as error:
            raise StoreError(self._explain(error)) from None

    def _insert(self, record: dict, origin: str | None, copy_of: str | None = None,
                pipeline_version: str | None = None, encoded: str | None = None) -> None:
        aid = record["id"]
        self.conn.execute(
            "INSERT INTO articles (id, content_hash, outlet, published, title, url, text, record, origin, copy_of, "
            "pipeline_version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (aid, record["meta"]["content_hash"], record["outlet"], record["published"], record["title"],
             record["url"], record["text"], encoded or json.dumps(record, ensure_ascii=False), origin, copy_of,
             pipeline_version))
        self.conn.executemany('INSERT INTO boilerplate (article_id, start, "end", kind) VALUES (?, ?, ?, ?)',
                              [(aid, b["start"], b["end"], b["kind"]) for b in record["boilerplate"]])
        self.conn.executemany("INSERT INTO entities (article_id, entity_id, name, type, roles) VALUES (?, ?, ?, ?, ?)",
                              [(aid, e["id"], e["name"], e["type"], json.dumps(e.get("roles", []), ensure_ascii=False))
                               for e in record["entities"]])
        self.conn.executemany('INSERT INTO mentions (article_id, entity_id, start, "end", text) VALUES (?, ?, ?, ?, ?)',
                              [(aid, e["id"], m["start"], m["end"], m["text"])
                               for e in record["entities"] for m in e["mentions"]])
        self.conn.executemany(
            'INSERT INTO quotes (article_id, start, "end", text, kind, cue, speaker, speaker_entity, speaker_type, '
            "via, confidence) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [(aid, q["start"], q["end"], q["text"], q["kind"], (q.get("cue") or {}).get("text"),
              (q.get("speaker") or {}).get("name"), (q.get("speaker") or {}).get("entity"),
              (q.get("speaker") or {}).get("type"),
              json.dumps([v["name"] for v in q.get("via", [])], ensure_ascii=False), q.get("confidence"))
             for q in record["quotes"]])
        self.conn.executemany('INSERT INTO dates (article_id, start, "end", text, type, value) VALUES (?, ?, ?, ?, ?, ?)',
                              [(aid, d["start"], d["end"], d["text"], d.get("type"), d.get("value"))
                               for d in record["dates"]])
        self.conn.executemany(
            'INSERT INTO figures (article_id, start, "end", text, value, qualifier, unit, counts, source) '
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [(aid, f["start"], f["end"], f["text"], f.get("value"), f.get("qualifier"), f.get("unit"),
              f.get("counts"), f.get("source")) for f in record["figures"]])

    # -- reading ------------------------------------------------------------

    def get(self, article_id: str) -> dict | None:
        """The stored record of one article, or None."""
        row = self.conn.execute("SELECT record FROM articles WHERE id = ?", (article_id,)).fetchone()
        return json.loads(row["record"]) if row else None

    def find_ids(self, prefix: str, limit: int = 5) -> list[str]:
        """Ids starting with `prefix` (so a user can type a short id)."""
        pattern = re.sub(r"([%_\\])", r"\\\1", prefix) + "%"
        return [r["id"] for r in self.conn.execute(
            "SELECT id FROM articles WHERE id LIKE ? ESCAPE '\\' ORDER BY id LIMIT ?", (pattern, limit))]

    def count(self, table: str) -> int:
        if table not in {"articles", "boilerplate", "entities", "mentions", "quotes", "dates", "figures"}:
            raise ValueError(f"unknown table {table!r}")
        return self.conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]

    def search_sql(self) -> str:
        return ("SELECT a.id, a.outlet, a.published, a.title, snippet(articles_fts, 1, '[', ']', '…', 12) AS snippet "
                "FROM articles_fts JOIN articles a ON a.rowid = articles_fts.rowid "
                "WHERE articles_fts MATCH ? ORDER BY rank LIMIT ?")

    def search(self, query: str, limit: int = 20) -> list[dict]:
        """Articles whose title or text match every word of `query`, best first."""
        return [dict(r) for r in self.conn.execute(self.search_sql(), (escape_fts(query), limit))]
