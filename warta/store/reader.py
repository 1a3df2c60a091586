"""Read-only access to a store, for the web app, the JSON API and exports.

The server never writes: each request opens its own connection in SQLite's
read-only URI mode (`mode=ro`), so a bug in a page cannot change the store and
an ingest can keep writing beside it (WAL). A store written by an older Warta
is refused with a message saying how to migrate it, since a read-only open
cannot run migrations."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from importlib.resources import files
from pathlib import Path
from urllib.parse import quote


# Private-use characters around matched words in FTS5 snippets: they cannot occur in
# escaped HTML, so the web layer escapes the snippet first and then turns them into <mark>.
MARK_OPEN, MARK_CLOSE = "\ue000", "\ue001"


class StoreError(Exception):
    """The store cannot be served as it is; the message says what to do."""


def known_migrations() -> list[str]:
    folder = files("warta.store") / "migrations"
    return sorted(e.name.removesuffix(".sql") for e in folder.iterdir() if e.name.endswith(".sql"))


def connect(path: str | Path) -> sqlite3.Connection:
    """A read-only connection (one per request or thread; never shared)."""
    uri = f"file:{quote(str(Path(path).resolve()))}?mode=ro"
    conn = sqlite3.connect(uri, uri=True, check_same_thread=False)
    conn.row_factory = sqlite3.Row
    return conn


def fts_matches(conn: sqlite3.Connection, fts: str, word: str) -> int:
    """How many rows of an FTS5 index hold `word`, counted by the index itself (fts5vocab)."""
    conn.execute(f"CREATE VIRTUAL TABLE IF NOT EXISTS temp.{fts}_vocab USING fts5vocab(main, '{fts}', 'row')")
    found = conn.execute(f"SELECT doc FROM temp.{fts}_vocab WHERE term = ?", (word.lower(),)).fetchone()
    return found[0] if found else 0


def check(path: str | Path) -> None:
    """Raise StoreError unless `path` is a store this version of Warta can read as it is."""
    if not Path(path).is_file():
        raise StoreError(f"no store at {path}: create one with `warta ingest PATH... --db {path}`")
    try:
        conn = connect(path)
        try:
            applied = {r[0] for r in conn.execute("SELECT name FROM _migrations")}
        finally:
            conn.close()
    except sqlite3.DatabaseError as error:
        raise StoreError(f"{path} is not a Warta store ({error})") from None
    missing = [name for name in known_migrations() if name not in applied]
    if missing:
        raise StoreError(f"the store {path} was written by an older Warta and needs migration "
                         f"{', '.join(missing)}; the server opens it read-only and cannot migrate it. "
                         f"Run `warta ingest PATH... --db {path}` once (any ingest migrates the store), "
                         "then serve it again.")


@dataclass(frozen=True)
class Filters:
    """What the search page, the lists and the API filter on (None: no filter)."""
    outlet: str | None = None
    since: str | None = None
    until: str | None = None
    speaker: str | None = None
    kind: str | None = None
    article: str | None = None
    story: int | None = None
    entity: int | None = None

    def article_sql(self, alias: str = "a") -> tuple[str, list]:
        clauses, params = [], []
        if self.outlet is not None:
            clauses.append(f"coalesce({alias}.outlet, '') = ?")
            params.append(self.outlet)
        if self.since:
            clauses.append(f"{alias}.published >= ?")
            params.append(self.since)
        if self.until:
            clauses.append(f"{alias}.published <= ?")
            params.append(self.until)
        if self.article:
            clauses.append(f"{alias}.id = ?")
            params.append(self.article)
        if self.story is not None:
            clauses.append(f"{alias}.id IN (SELECT article_id FROM story_articles WHERE story_id = ?)")
            params.append(self.story)
        return " AND ".join(clauses), params

    def quote_sql(self) -> tuple[str, list]:
        clause, params = self.article_sql()
        clauses = [clause] if clause else []
        if self.speaker:
            clauses.append("q.speaker = ?")
            params.append(self.speaker)
        if self.kind:
            clauses.append("q.kind = ?")
            params.append(self.kind)
        if self.entity is not None:
            clauses.append("q.corpus_entity = ?")
            params.append(self.entity)
        return " AND ".join(clauses), params


def _where(*clauses: str) -> str:
    kept = [c for c in clauses if c]
    return ("WHERE " + " AND ".join(kept)) if kept else ""


ARTICLE_COLUMNS = ("a.id, a.outlet, a.published, a.title, a.url, "
                   "(SELECT count(*) FROM quotes q WHERE q.article_id = a.id) AS quotes")
QUOTE_COLUMNS = ('q.id, q.article_id, a.outlet, a.published, a.title AS article_title, '
                 '(SELECT story_id FROM story_articles s WHERE s.article_id = q.article_id) AS story_id, q.start, '
                 'q."end", q.text, q.kind, q.cue, q.speaker, q.corpus_entity AS entity_id, q.speaker_type, q.via, '
                 'q.confidence')


def _quote(row: sqlite3.Row) -> dict:
    item = dict(row)
    item["via"] = json.loads(item["via"])
    return item


class Reader:
    """Every query the web app, the API and exports run, on one read-only connection."""

    def __init__(self, path: str | Path):
        self.path = str(path)
        self.conn = connect(path)

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> Reader:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # -- the corpus at a glance ----------------------------------------------

    def overview(self) -> dict:
        row = self.conn.execute(
            "SELECT (SELECT count(*) FROM articles) AS articles, (SELECT count(*) FROM quotes) AS quotes, "
            "(SELECT count(DISTINCT coalesce(outlet, '')) FROM articles) AS outlets, "
            "(SELECT count(DISTINCT speaker) FROM quotes) AS speakers, "
            "(SELECT count(*) FROM stories WHERE articles > 1) AS stories, "
            "(SELECT min(published) FROM articles) AS first, (SELECT max(published) FROM articles) AS last"
        ).fetchone()
        return dict(row)

    def articles_per_outlet_day(self, since: str | None = None) -> list[dict]:
        """Article counts by outlet and publication day (days without a date left out)."""
        return [dict(r) for r in self.conn.execute(
            "SELECT coalesce(outlet, '') AS outlet, published AS day, count(*) AS n FROM articles "
            "WHERE published IS NOT NULL AND published >= coalesce(?, '') GROUP BY 1, 2 ORDER BY 2, 1", (since,))]

    def top_speakers(self, filters: Filters = Filters(), limit: int = 10) -> list[dict]:
        clause, params = filters.quote_sql()
        return [dict(r) for r in self.conn.execute(
            "SELECT coalesce(e.name, q.speaker) AS speaker, q.corpus_entity AS entity_id, q.speaker_type AS type, "
            "count(*) AS quotes, count(DISTINCT a.outlet) AS outlets FROM quotes q "
            "JOIN articles a ON a.id = q.article_id LEFT JOIN corpus_entities e ON e.id = q.corpus_entity "
            f"{_where('q.speaker IS NOT NULL', clause)} GROUP BY coalesce('#' || q.corpus_entity, q.speaker) "
            "ORDER BY quotes DESC, speaker LIMIT ?",
            (*params, limit))]

    def outlets(self) -> list[dict]:
        return [dict(r) for r in self.conn.execute(
            "SELECT coalesce(a.outlet, '') AS outlet, count(*) AS articles, min(a.published) AS first, "
            "max(a.published) AS last, coalesce(sum(q.n), 0) AS quotes FROM articles a LEFT JOIN "
            "(SELECT article_id, count(*) AS n FROM quotes GROUP BY article_id) q ON q.article_id = a.id "
            "GROUP BY 1 ORDER BY articles DESC, outlet")]

    def outlet_names(self) -> list[str]:
        """Every outlet name (the search form's list), one index seek per name rather than
        a scan of every article (0.4 ms instead of 13 at 100k articles)."""
        return [r[0] for r in self.conn.execute(
            "WITH RECURSIVE o (name) AS (SELECT min(outlet) FROM articles UNION ALL "
            "SELECT (SELECT min(outlet) FROM articles WHERE outlet > o.name) FROM o WHERE o.name IS NOT NULL) "
            "SELECT name FROM o WHERE name IS NOT NULL")]

    def outlet(self, name: str) -> dict | None:
        return next((o for o in self.outlets() if o["outlet"] == name), None)

    def outlet_entities(self, name: str, limit: int = 15) -> list[dict]:
        """The people and organisations an outlet writes about most, by articles naming them."""
        return [dict(r) for r in self.conn.execute(
            "SELECT e.name, e.type, count(*) AS articles FROM entities e JOIN articles a ON a.id = e.article_id "
            "WHERE coalesce(a.outlet, '') = ? AND e.type IN ('PER', 'ORG') GROUP BY e.name, e.type "
            "ORDER BY articles DESC, e.name LIMIT ?", (name, limit))]

    def quote_kinds(self, filters: Filters = Filters()) -> dict[str, int]:
        clause, params = filters.quote_sql()
        return {r[0]: r[1] for r in self.conn.execute(
            f"SELECT q.kind, count(*) FROM quotes q JOIN articles a ON a.id = q.article_id {_where(clause)} "
            "GROUP BY 1 ORDER BY 2 DESC", params)}

    # -- lists, paginated by keyset cursors -------------------------------------

    def articles(self, filters: Filters = Filters(), after: tuple[str, str] | None = None,
                 limit: int = 20, offset: int = 0) -> list[dict]:
        """Newest first; `after` is the (published, id) of the last row of the previous page."""
        clause, params = filters.article_sql()
        keyset = ""
        if after is not None:
            keyset = "(coalesce(a.published, ''), a.id) < (?, ?)"
            params += list(after)
        return [dict(r) for r in self.conn.execute(
            f"SELECT {ARTICLE_COLUMNS} FROM articles a {_where(clause, keyset)} "
            "ORDER BY coalesce(a.published, '') DESC, a.id DESC LIMIT ? OFFSET ?", (*params, limit, offset))]

    def quotes(self, filters: Filters = Filters(), after: str | None = None, limit: int = 20,
               offset: int = 0) -> list[dict]:
        """In order of their stable ids; `after` is the id of the last quote of the previous page."""
        clause, params = filters.quote_sql()
        keyset = ""
        if after is not None:
            keyset = "q.id > ?"
            params.append(after)
        return [_quote(r) for r in self.conn.execute(
            f"SELECT {QUOTE_COLUMNS} FROM quotes q JOIN articles a ON a.id = q.article_id "
            f"{_where(clause, keyset)} ORDER BY q.id LIMIT ? OFFSET ?", (*params, limit, offset))]

    # -- corpus tables (read as they are; warta.corpus decides what goes in them) --------

    def biggest_stories(self, limit: int = 8) -> list[dict]:
        return [dict(r) for r in self.conn.execute(
            'SELECT id, title, start, "end", articles, outlets FROM stories WHERE articles > 1 '
            "ORDER BY outlets DESC, articles DESC, id LIMIT ?", (limit,))]

    def story_of(self, article_id: str) -> dict | None:
        """The id and title of an article's story (None before the corpus took it in)."""
        row = self.conn.execute("SELECT s.id, s.title FROM story_articles x JOIN stories s ON s.id = x.story_id "
                                "WHERE x.article_id = ?", (article_id,)).fetchone()
        return dict(row) if row else None

    def story_titles(self, story_ids: list[int]) -> dict[int, str]:
        marks = ",".join("?" * len(story_ids))
        return {r[0]: r[1] for r in self.conn.execute(f"SELECT id, title FROM stories WHERE id IN ({marks})",
                                                      story_ids)}

    def corpus_links(self, article_id: str) -> dict[str, int]:
        """An article's local entity ids (e1, e2) -> corpus entity ids."""
        return {r[0]: r[1] for r in self.conn.execute(
            "SELECT entity_id, corpus_entity FROM entities WHERE article_id = ? AND corpus_entity IS NOT NULL",
            (article_id,))}

    # -- one article -------------------------------------------------------------

    def record_json(self, article_id: str) -> str | None:
        """The article record (the spec's record) as the JSON text stored."""
        row = self.conn.execute("SELECT record FROM articles WHERE id = ?", (article_id,)).fetchone()
        return row["record"] if row else None

    def record(self, article_id: str) -> dict | None:
        text = self.record_json(article_id)
        return json.loads(text) if text else None

    # -- search ------------------------------------------------------------------

    def matches(self, fts: str, word: str) -> int:
        return fts_matches(self.conn, fts, word)

    def search_articles(self, expression: str, ranked: bool = True, filters: Filters = Filters(),
                        offset: int = 0, limit: int = 20) -> list[dict]:
        """Articles whose title or body (boilerplate left out: `bodies_fts`, kept by the corpus
        layer) match an FTS5 expression, best first (or newest first), with a marked snippet."""
        clause, params = filters.article_sql()
        return [dict(r) for r in self.conn.execute(
            f"SELECT a.id, a.outlet, a.published, a.title, a.url, "
            f"snippet(bodies_fts, -1, '{MARK_OPEN}', '{MARK_CLOSE}', '…', 24) AS snippet "
            f"FROM bodies_fts JOIN articles a ON a.rowid = bodies_fts.rowid "
            f"{_where('bodies_fts MATCH ?', clause)} "
            f"ORDER BY {'rank' if ranked else 'bodies_fts.rowid DESC'} LIMIT ? OFFSET ?",
            (expression, *params, limit, offset))]

    def search_quotes(self, expression: str, ranked: bool = True, filters: Filters = Filters(),
                      offset: int = 0, limit: int = 20) -> list[dict]:
        """Quotes whose words or speaker match an FTS5 expression, best first (or newest first)."""
        clause, params = filters.quote_sql()
        return [_quote(r) for r in self.conn.execute(
            f"SELECT {QUOTE_COLUMNS}, highlight(quotes_fts, 0, '{MARK_OPEN}', '{MARK_CLOSE}') AS marked "
            f"FROM quotes_fts JOIN quotes q ON q.rowid = quotes_fts.rowid JOIN articles a ON a.id = q.article_id "
            f"{_where('quotes_fts MATCH ?', clause)} "
            f"ORDER BY {'rank' if ranked else 'quotes_fts.rowid DESC'} LIMIT ? OFFSET ?",
            (expression, *params, limit, offset))]

    # -- exports -----------------------------------------------------------------

    def rows(self, sql_name: str) -> Iterator[dict]:
        """Every row of one export (see EXPORTS), streamed."""
        cursor = self.conn.execute(EXPORTS[sql_name])
        while batch := cursor.fetchmany(1000):
            yield from (dict(r) for r in batch)


# One query per export: the columns a pandas, R or DuckDB user expects, one row per thing.
EXPORTS = {
    "articles": "SELECT id, outlet, published, title, url, origin, ingested_at, "
                "(SELECT count(*) FROM quotes q WHERE q.article_id = a.id) AS quotes, text FROM articles a "
                "ORDER BY coalesce(published, ''), id",
    "quotes": 'SELECT q.id AS quote_id, q.article_id, a.outlet, a.published, s.story_id, q.speaker, '
              'q.corpus_entity AS entity_id, q.speaker_type, q.cue, q.via, q.kind, q.text, q.start, q."end", '
              "q.confidence FROM quotes q JOIN articles a ON a.id = q.article_id "
              "LEFT JOIN story_articles s ON s.article_id = q.article_id ORDER BY q.rowid",
    "entities": "SELECT e.id AS entity_id, e.name, e.type, e.first_seen, e.last_seen, "
                "(SELECT json_group_array(alias) FROM entity_aliases x WHERE x.entity_id = e.id) AS aliases, "
                "(SELECT count(DISTINCT article_id) FROM entities x WHERE x.corpus_entity = e.id) AS articles, "
                "(SELECT count(*) FROM quotes q WHERE q.corpus_entity = e.id) AS quotes "
                "FROM corpus_entities e ORDER BY e.id",
    "mentions": 'SELECT m.article_id, a.outlet, a.published, e.corpus_entity AS entity_id, m.entity_id AS local_id, '
                'e.name, e.type, e.roles, m.start, m."end", m.text FROM mentions m '
                "JOIN entities e ON e.article_id = m.article_id AND e.entity_id = m.entity_id "
                "JOIN articles a ON a.id = m.article_id ORDER BY m.rowid",
    "dates": 'SELECT d.article_id, a.outlet, a.published, d.start, d."end", d.text, d.type, d.value '
             "FROM dates d JOIN articles a ON a.id = d.article_id ORDER BY d.rowid",
    "figures": 'SELECT f.article_id, a.outlet, a.published, f.start, f."end", f.text, f.value, f.qualifier, '
               "f.unit, f.counts, f.source FROM figures f JOIN articles a ON a.id = f.article_id ORDER BY f.rowid",
    "stories": 'SELECT st.id AS story_id, st.title, st.start, st."end", st.outlets, '
               "(SELECT json_group_array(article_id) FROM (SELECT s.article_id FROM story_articles s "
               "JOIN articles a ON a.id = s.article_id WHERE s.story_id = st.id "
               "ORDER BY a.published, a.id)) AS article_ids, "
               "(SELECT json_group_array(DISTINCT coalesce(a.outlet, '')) FROM story_articles s "
               "JOIN articles a ON a.id = s.article_id WHERE s.story_id = st.id) AS outlet_names, "
               "st.articles FROM stories st ORDER BY st.start, st.id",
}
