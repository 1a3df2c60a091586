"""SQL of the corpus layer (tables of migration 0002). `warta/corpus/` decides;
this module reads and writes, nothing else."""

from __future__ import annotations

import json
from collections.abc import Iterable

import orjson

from .db import Database
from .reader import fts_matches


def loads(text: str):
    """json.loads, faster (orjson), for the corpus layer's reads of records and features: the same
    values, but an integer beyond 64 bits comes back as a float (no offset, count or id is one);
    json's parser for what orjson refuses (lone surrogates, numbers out of range)."""
    try:
        return orjson.loads(text)
    except orjson.JSONDecodeError:
        return json.loads(text)


def placeholders(values: Iterable) -> str:
    return ",".join("?" * len(list(values)))


def padded(values: list) -> tuple[str, list]:
    """Placeholders and arguments for `IN (...)` of a list of values, padded with NULLs (which
    match nothing) to a power of two: a few statement texts instead of one per list length,
    so that SQLite's statement cache keeps them (and every other statement) prepared."""
    size = 1 << max(0, len(values) - 1).bit_length()
    return ",".join("?" * size), [*values, *[None] * (size - len(values))]


MISSING = object()


class Recent:
    """A bounded cache of recently used values: at most `2 * size` entries. Entries go
    in a young generation; when it is full it becomes the old one (the previous old
    generation is dropped), and an old entry read again moves back to the young one,
    so what is used often stays, at the cost of a dict lookup or two."""

    def __init__(self, size: int):
        self.size = size
        self.young: dict = {}
        self.old: dict = {}

    def get(self, key, default=None):
        value = self.young.get(key, MISSING)
        if value is MISSING:
            value = self.old.pop(key, MISSING)
            if value is MISSING:
                return default
            self.put(key, value)
        return value

    def put(self, key, value) -> None:
        self.old.pop(key, None)
        self.young[key] = value
        if len(self.young) >= self.size:
            self.old, self.young = self.young, {}

    def clear(self) -> None:
        self.young, self.old = {}, {}


class CorpusStore:
    """The corpus tables of one store."""

    # Bounds of the caches of what update() reads again and again: memory stays bounded however
    # long an update runs. Document frequencies: at most 200,000 terms (~20 MB); stored terms of
    # recent articles (~10 KB each): at most 2 x 2,500 articles (~50 MB), more than the few days
    # of articles that candidates come from at a few hundred articles a day.
    DF_CACHE = 200_000
    TERMS_CACHE = 2_500

    def __init__(self, db: Database):
        self.db = db
        self.conn = db.conn
        self._df: dict[str, int] = {}          # term -> document frequency (0: not in term_df), emptied when full
        self._terms = Recent(self.TERMS_CACHE)  # article id -> its stored terms
        self._data_version = None

    def check_caches(self) -> None:
        """Drop the cached corpus values if another connection wrote the store since the
        last check (call at the start of each transaction that uses them)."""
        version = self.conn.execute("PRAGMA data_version").fetchone()[0]
        if version != self._data_version:
            self._df.clear()
            self._terms.clear()
            self._data_version = version

    # -- articles not yet in the corpus --------------------------------------

    def pending(self, article_ids: list[str] | None = None) -> list[str]:
        """Stored articles without a story, oldest first (copies after their original)."""
        sql = ("SELECT a.id FROM articles a LEFT JOIN story_articles s ON s.article_id = a.id "
               "WHERE s.article_id IS NULL")
        if article_ids is not None:
            sql += f" AND a.id IN ({placeholders(article_ids)})"
        sql += " ORDER BY a.copy_of IS NOT NULL, a.published, a.rowid"
        return [r[0] for r in self.conn.execute(sql, article_ids or [])]

    def article_row(self, article_id: str):
        """The article's row, with its preparation (`article_prep`, NULLs when it has none)."""
        return self.conn.execute("SELECT a.rowid, a.id, a.outlet, a.published, a.title, a.copy_of, a.record, "
                                 "p.version, p.terms, p.lead, p.quotes, p.minhash, p.shingles FROM articles a "
                                 "LEFT JOIN article_prep p ON p.article_id = a.id WHERE a.id = ?",
                                 (article_id,)).fetchone()

    def drop_prepared(self, article_ids: list[str]) -> None:
        """Preparations of articles taken into the corpus are used up."""
        self.conn.executemany("DELETE FROM article_prep WHERE article_id = ?", [(a,) for a in article_ids])

    def index_bodies(self, bodies: list[tuple[int, str | None, str]]) -> None:
        """Index article bodies (rowid, title, body) for search, replacing what was indexed."""
        self.conn.executemany("DELETE FROM bodies_fts WHERE rowid = ?", [(rowid,) for rowid, _, _ in bodies])
        self.conn.executemany("INSERT INTO bodies_fts (rowid, title, body) VALUES (?, ?, ?)",
                              [(rowid, title or "", body) for rowid, title, body in bodies])

    # -- entity registry -----------------------------------------------------

    def entities_with_alias(self, key: str, type: str) -> list[int]:
        return [r[0] for r in self.conn.execute(
            "SELECT DISTINCT a.entity_id FROM entity_aliases a JOIN corpus_entities e ON e.id = a.entity_id "
            "WHERE a.key = ? AND e.type = ?", (key, type))]

    def entities_with_word(self, word: str, type: str, limit: int = 200) -> list[int]:
        """The first `limit` entities of this type with this name word, by name (then id). Read
        through the word (CROSS JOIN fixes the join order), never by scanning every entity of
        the type: the cost grows with the entities sharing the word, not with the registry."""
        return [r[0] for r in self.conn.execute(
            "SELECT w.entity_id FROM entity_words w CROSS JOIN corpus_entities e ON e.id = w.entity_id "
            "WHERE w.word = ? AND e.type = ? ORDER BY e.name, e.id LIMIT ?", (word, type, limit))]

    def alias_keys(self, entity_id: int) -> list[str]:
        return [r[0] for r in self.conn.execute("SELECT DISTINCT key FROM entity_aliases WHERE entity_id = ?",
                                                (entity_id,))]

    def entity_name(self, entity_id: int) -> str:
        return self.conn.execute("SELECT name FROM corpus_entities WHERE id = ?", (entity_id,)).fetchone()[0]

    def entity_roles(self, entity_id: int) -> list[str]:
        return [r[0] for r in self.conn.execute("SELECT DISTINCT role FROM entity_roles WHERE entity_id = ?",
                                                (entity_id,))]

    def create_entity(self, type: str, name: str, published: str | None) -> int:
        return self.conn.execute("INSERT INTO corpus_entities (type, name, first_seen, last_seen) VALUES (?, ?, ?, ?)",
                                 (type, name, published, published)).lastrowid

    def record_entity(self, entity_id: int, name: str | None, published: str | None, aliases: dict[str, str],
                      words: Iterable[str], roles: Iterable[str], article_id: str) -> None:
        """An article named this entity: its (new) name, aliases, words, roles and dates."""
        if name:
            self.conn.execute("UPDATE corpus_entities SET name = ? WHERE id = ?", (name, entity_id))
        if published:
            self.conn.execute("UPDATE corpus_entities SET first_seen = min(coalesce(first_seen, ?), ?), "
                              "last_seen = max(coalesce(last_seen, ?), ?) WHERE id = ?",
                              (published, published, published, published, entity_id))
        self.conn.executemany("INSERT INTO entity_aliases (entity_id, alias, key) VALUES (?, ?, ?) "
                              "ON CONFLICT DO UPDATE SET articles = articles + 1",
                              [(entity_id, alias, key) for alias, key in aliases.items()])
        self.conn.executemany("INSERT OR IGNORE INTO entity_words (word, entity_id) VALUES (?, ?)",
                              [(w, entity_id) for w in words])
        self.conn.executemany("INSERT OR IGNORE INTO entity_roles (entity_id, role, article_id, published) "
                              "VALUES (?, ?, ?, ?)", [(entity_id, r, article_id, published) for r in roles])

    def merge_entities(self, keep: int, drop: int) -> None:
        """Fold `drop` into `keep` when an article shows they are one person (`Saifullah Yusuf
        (Gus Ipul)` after `Ipul` had an entity of its own): links, names, words and roles move."""
        for sql in ("UPDATE entities SET corpus_entity = :keep WHERE corpus_entity = :drop",
                    "UPDATE quotes SET corpus_entity = :keep WHERE corpus_entity = :drop",
                    "UPDATE quote_groups SET entity_id = :keep WHERE entity_id = :drop",
                    "INSERT INTO entity_aliases (entity_id, alias, key, articles) SELECT :keep, alias, key, articles "
                    "FROM entity_aliases WHERE entity_id = :drop AND true "
                    "ON CONFLICT DO UPDATE SET articles = articles + excluded.articles",
                    "INSERT OR IGNORE INTO entity_words (word, entity_id) SELECT word, :keep FROM entity_words "
                    "WHERE entity_id = :drop",
                    "INSERT OR IGNORE INTO entity_roles (entity_id, role, article_id, published) "
                    "SELECT :keep, role, article_id, published FROM entity_roles WHERE entity_id = :drop",
                    "UPDATE corpus_entities SET first_seen = (SELECT min(first_seen) FROM corpus_entities "
                    "WHERE id IN (:keep, :drop)), last_seen = (SELECT max(last_seen) FROM corpus_entities "
                    "WHERE id IN (:keep, :drop)) WHERE id = :keep",
                    "DELETE FROM corpus_entities WHERE id = :drop"):
            self.conn.execute(sql, {"keep": keep, "drop": drop})

    def co_mentions(self, entity_id: int, others: list[int], recent: int = 50) -> int:
        """In how many of the entity's latest `recent` articles any of `others` is named too."""
        if not others:
            return 0
        marks, args = padded(others)
        return self.conn.execute(
            f"SELECT count(DISTINCT o.article_id) FROM (SELECT article_id FROM entities WHERE corpus_entity = ? "
            f"ORDER BY rowid DESC LIMIT ?) mine JOIN entities o ON o.article_id = mine.article_id "
            f"WHERE o.corpus_entity IN ({marks})", (entity_id, recent, *args)).fetchone()[0]

    def link_entity(self, article_id: str, local_id: str, entity_id: int) -> None:
        self.conn.execute("UPDATE entities SET corpus_entity = ? WHERE article_id = ? AND entity_id = ?",
                          (entity_id, article_id, local_id))

    def link_quotes(self, article_id: str) -> None:
        """Quote speakers follow their article entity's link."""
        self.conn.execute("UPDATE quotes SET corpus_entity = (SELECT e.corpus_entity FROM entities e WHERE "
                          "e.article_id = quotes.article_id AND e.entity_id = quotes.speaker_entity) "
                          "WHERE article_id = ? AND speaker_entity IS NOT NULL", (article_id,))

    def unlinked_person_speakers(self, article_id: str) -> list[tuple[str, str]]:
        return [(r[0], r[1]) for r in self.conn.execute(
            "SELECT id, speaker FROM quotes WHERE article_id = ? AND corpus_entity IS NULL AND speaker IS NOT NULL "
            "AND speaker_type = 'person'", (article_id,))]

    def link_quote(self, quote_id: str, entity_id: int) -> None:
        self.conn.execute("UPDATE quotes SET corpus_entity = ? WHERE id = ?", (entity_id, quote_id))

    # -- stories ---------------------------------------------------------------

    def stat(self, key: str) -> int:
        row = self.conn.execute("SELECT value FROM corpus_stats WHERE key = ?", (key,)).fetchone()
        return row[0] if row else 0

    def bump_stat(self, key: str, by: int = 1) -> None:
        self.conn.execute("INSERT INTO corpus_stats (key, value) VALUES (?, ?) "
                          "ON CONFLICT DO UPDATE SET value = value + excluded.value", (key, by))

    def document_frequencies(self, terms: Iterable[str]) -> dict[str, int]:
        """Term -> document frequency, for the given terms that are in term_df (cached)."""
        terms = list(terms)
        cached = list(map(self._df.get, terms))
        found = {t: df for t, df in zip(terms, cached) if df}
        missing = [t for t, df in zip(terms, cached) if df is None] if None in cached else []
        if len(self._df) + len(missing) > self.DF_CACHE:
            self._df.clear()
        for i in range(0, len(missing), 512):
            chunk = missing[i:i + 512]
            marks, args = padded(chunk)
            read = dict(self.conn.execute(f"SELECT term, df FROM term_df WHERE term IN ({marks})", args).fetchall())
            for term in chunk:
                self._df[term] = read.get(term, 0)
            found.update(read)
        return found

    def add_document_frequencies(self, terms: Iterable[str]) -> None:
        terms = list(terms)
        self.conn.executemany("INSERT INTO term_df (term, df) VALUES (?, 1) ON CONFLICT DO UPDATE SET df = df + 1",
                              [(t,) for t in terms])
        cache = self._df
        for term in terms:
            if (df := cache.get(term)) is not None:
                cache[term] = df + 1

    def save_features(self, article_id: str, published: str | None, terms: dict[str, int], entities: list[int],
                      minhash: bytes, shingles: int, quotes: list[int], buckets: list[int]) -> None:
        self.conn.execute("INSERT OR REPLACE INTO article_features (article_id, published, terms, entities, minhash, "
                          "shingles, quotes) VALUES (?, ?, ?, ?, ?, ?, ?)",
                          (article_id, published, json.dumps(terms, ensure_ascii=False), json.dumps(entities), minhash,
                           shingles, json.dumps(quotes)))
        self._terms.put(article_id, terms)
        self.conn.execute("DELETE FROM lsh_buckets WHERE article_id = ?", (article_id,))
        self.conn.executemany("INSERT INTO lsh_buckets (bucket, article_id) VALUES (?, ?)",
                              [(b, article_id) for b in buckets])

    def article_terms(self, article_ids: Iterable[str]) -> dict[str, dict[str, int]]:
        """Article id -> stored terms (read and parsed once, then cached: stored terms of
        an article change only when save_features replaces them)."""
        found, missing = {}, []
        for article_id in article_ids:
            if (terms := self._terms.get(article_id)) is None:
                missing.append(article_id)
            else:
                found[article_id] = terms
        for i in range(0, len(missing), 512):
            marks, args = padded(missing[i:i + 512])
            for article_id, text in self.conn.execute(f"SELECT article_id, terms FROM article_features WHERE "
                                                      f"article_id IN ({marks})", args):
                found[article_id] = loads(text)
                self._terms.put(article_id, found[article_id])
        return found

    def story_terms(self, story_id: int, latest: int, known: dict[str, dict[str, int]]) -> dict[str, dict[str, int]]:
        """Article id -> stored terms, for a story's latest articles; terms already in
        `known` (by article id) are not looked up again."""
        ids = [r[0] for r in self.conn.execute(
            "SELECT s.article_id FROM story_articles s JOIN article_features f ON f.article_id = s.article_id "
            "WHERE s.story_id = ? ORDER BY f.published DESC LIMIT ?", (story_id, latest))]
        read = self.article_terms(a for a in ids if a not in known)
        return {a: known[a] if a in known else read[a] for a in ids}

    def candidates(self, buckets: list[int], since: str | None, until: str | None, limit: int = 300) -> list:
        """Articles sharing an LSH bucket (and published within [since, until]), with their
        features (but their terms: `article_terms`) and story, most shared buckets first."""
        date_filter = "AND f.published BETWEEN ? AND ?" if since and until else ""
        marks, keys = padded(buckets)
        args = [*keys, *([since, until] if date_filter else []), limit]
        return self.conn.execute(
            f"SELECT f.article_id, f.published, f.quotes, f.minhash, f.shingles, s.story_id, "
            f"st.start AS story_start, hits FROM "
            f"(SELECT article_id, count(*) AS hits FROM lsh_buckets WHERE bucket IN ({marks}) "
            f"GROUP BY article_id) b JOIN article_features f ON f.article_id = b.article_id "
            f"JOIN story_articles s ON s.article_id = b.article_id JOIN stories st ON st.id = s.story_id "
            f"WHERE 1 {date_filter} "
            f"ORDER BY hits DESC LIMIT ?", args).fetchall()

    def create_story(self) -> int:
        return self.conn.execute("INSERT INTO stories DEFAULT VALUES").lastrowid

    def add_to_story(self, article_id: str, story_id: int, copy_kind: str | None, copy_of: str | None,
                     similarity: float | None) -> None:
        self.conn.execute("INSERT OR REPLACE INTO story_articles (article_id, story_id, copy_kind, copy_of, similarity)"
                          " VALUES (?, ?, ?, ?, ?)", (article_id, story_id, copy_kind, copy_of, similarity))

    def merge_stories(self, keep: int, drop: Iterable[int]) -> None:
        drop = list(drop)
        self.conn.execute(f"UPDATE story_articles SET story_id = ? WHERE story_id IN ({placeholders(drop)})",
                          (keep, *drop))
        self.conn.execute(f"DELETE FROM stories WHERE id IN ({placeholders(drop)})", drop)
        self.conn.execute(f"DELETE FROM stale_stories WHERE story_id IN ({placeholders(drop)})", drop)

    def refresh_story(self, story_id: int) -> None:
        """Title, dates and counts from the story's articles."""
        self.conn.execute(
            "UPDATE stories SET (title, start, \"end\", articles, outlets) = (SELECT "
            "(SELECT a2.title FROM story_articles s2 JOIN articles a2 ON a2.id = s2.article_id "
            " WHERE s2.story_id = ?1 AND a2.title IS NOT NULL ORDER BY s2.copy_kind IS NOT NULL, a2.published, a2.rowid "
            " LIMIT 1), min(a.published), max(a.published), count(*), count(DISTINCT a.outlet) "
            "FROM story_articles s JOIN articles a ON a.id = s.article_id WHERE s.story_id = ?1) WHERE id = ?1",
            (story_id,))

    def stale_stories(self) -> list[int]:
        """Stories that lost articles since the last update; empty ones are dropped here."""
        stale = [r[0] for r in self.conn.execute("SELECT story_id FROM stale_stories")]
        self.conn.execute("DELETE FROM stale_stories")
        kept = []
        for story in stale:
            if self.conn.execute("SELECT 1 FROM story_articles WHERE story_id = ? LIMIT 1", (story,)).fetchone():
                kept.append(story)
            else:
                self.conn.execute("DELETE FROM stories WHERE id = ?", (story,))
        return kept

    def stale_articles(self, version: str) -> list[str]:
        """Articles whose record was made by another pipeline version."""
        return [r[0] for r in self.conn.execute(
            "SELECT id FROM articles WHERE pipeline_version IS NOT ? ORDER BY rowid", (version,))]

    def story_id(self, article_id: str) -> int | None:
        row = self.conn.execute("SELECT story_id FROM story_articles WHERE article_id = ?", (article_id,)).fetchone()
        return row[0] if row else None

    # -- quote variants --------------------------------------------------------

    def clear_quote_groups(self, story_id: int) -> None:
        self.conn.execute("DELETE FROM quote_groups WHERE story_id = ?", (story_id,))

    def story_quotes(self, story_id: int, latest: int = 500) -> list[dict]:
        """The quotes of a story's latest articles (at most `latest`), oldest first."""
        return [dict(r) for r in self.conn.execute(
            "SELECT q.id, q.article_id, a.outlet, q.kind, q.text, q.speaker, q.corpus_entity AS entity_id "
            "FROM story_articles s JOIN quotes q ON q.article_id = s.article_id JOIN articles a ON a.id = q.article_id "
            "WHERE s.story_id = ? ORDER BY a.published DESC, a.rowid DESC, q.start DESC LIMIT ?", (story_id, latest))][::-1]

    def save_quote_group(self, story_id: int, entity_id: int | None, speaker: str | None, reference: str,
                         rows: list[tuple[str, str, list, list]]) -> int:
        group = self.conn.execute("INSERT INTO quote_groups (story_id, entity_id, speaker, reference_quote) "
                                  "VALUES (?, ?, ?, ?)", (story_id, entity_id, speaker, reference)).lastrowid
        self.conn.executemany("INSERT OR REPLACE INTO quote_variants (quote_id, group_id, class, changes, diff) "
                              "VALUES (?, ?, ?, ?, ?)",
                              [(q, group, c, json.dumps(ch), json.dumps(d, ensure_ascii=False)) for q, c, ch, d in rows])
        return group

    # -- reading: stories --------------------------------------------------------

    def stories(self, since: str | None, until: str | None, outlet: str | None, min_articles: int,
                limit: int | None, offset: int) -> list[dict]:
        sql = 'SELECT id, title, start, "end", articles, outlets FROM stories WHERE articles >= ?'
        args: list = [min_articles]
        if since:
            sql += ' AND "end" >= ?'
            args.append(since)
        if until:
            sql += " AND start <= ?"
            args.append(until + "\uffff")
        if outlet:
            sql += (" AND EXISTS (SELECT 1 FROM story_articles sa JOIN articles a ON a.id = sa.article_id "
                    "WHERE sa.story_id = stories.id AND a.outlet = ?)")
            args.append(outlet)
        sql += ' ORDER BY "end" DESC, id DESC LIMIT ? OFFSET ?'
        args += [-1 if limit is None else limit, offset]
        return [dict(r) for r in self.conn.execute(sql, args)]

    def story(self, story_id: int) -> dict | None:
        row = self.conn.execute('SELECT id, title, start, "end", articles, outlets FROM stories WHERE id = ?',
                                (story_id,)).fetchone()
        return dict(row) if row else None

    def story_members(self, story_ids: list[int]) -> list[dict]:
        """Articles of the given stories, oldest first."""
        rows = []
        for i in range(0, len(story_ids), 500):
            chunk = story_ids[i:i + 500]
            rows += [dict(r) for r in self.conn.execute(
                f"SELECT sa.story_id, a.id, a.outlet, a.published, a.title, a.url, sa.copy_kind, sa.copy_of, "
                f"sa.similarity FROM story_articles sa JOIN articles a ON a.id = sa.article_id "
                f"WHERE sa.story_id IN ({placeholders(chunk)}) ORDER BY a.published, a.rowid", chunk)]
        return rows

    def quote_groups(self, story_id: int) -> list[dict]:
        return [dict(r) for r in self.conn.execute(
            "SELECT g.id AS 'group', g.speaker, g.entity_id, g.reference_quote, v.quote_id, v.class, v.changes, "
            "v.diff, q.article_id, q.kind, q.text, a.outlet FROM quote_groups g "
            "JOIN quote_variants v ON v.group_id = g.id JOIN quotes q ON q.id = v.quote_id "
            "JOIN articles a ON a.id = q.article_id WHERE g.story_id = ? ORDER BY g.id, v.class != 'reference', "
            "a.published, a.outlet", (story_id,))]

    # -- reading: entities ---------------------------------------------------------

    def entity_rows(self, ids: list[int] | None = None, type: str | None = None, alias_like: str | None = None,
                    limit: int | None = 50, offset: int = 0) -> list[dict]:
        """Entities with their article, quote and outlet counts, most quoted first."""
        where, args = ["1"], []
        if ids is not None:
            where.append(f"e.id IN ({placeholders(ids)})")
            args += ids
        if type:
            where.append("e.type = ?")
            args.append(type)
        if alias_like:
            where.append("e.id IN (SELECT entity_id FROM entity_aliases WHERE key LIKE ? ESCAPE '\\')")
            args.append(alias_like)
        sql = (f"SELECT e.id, e.name, e.type, e.first_seen, e.last_seen, "
               f"(SELECT count(*) FROM quotes q WHERE q.corpus_entity = e.id) AS quotes, "
               f"(SELECT count(DISTINCT x.article_id) FROM entities x WHERE x.corpus_entity = e.id) AS articles, "
               f"(SELECT count(DISTINCT a.outlet) FROM entities x JOIN articles a ON a.id = x.article_id "
               f" WHERE x.corpus_entity = e.id) AS outlets "
               f"FROM corpus_entities e WHERE {' AND '.join(where)} ORDER BY quotes DESC, articles DESC, e.id "
               f"LIMIT ? OFFSET ?")
        return [dict(r) for r in self.conn.execute(sql, [*args, -1 if limit is None else limit, offset])]

    def most_quoted(self, type: str | None, limit: int, offset: int) -> list[int]:
        """Entity ids by number of quotes (an index scan over quotes), then the rest by id."""
        sql = ("SELECT q.corpus_entity FROM quotes q JOIN corpus_entities e ON e.id = q.corpus_entity "
               + ("WHERE e.type = ? " if type else "") + "GROUP BY q.corpus_entity ORDER BY count(*) DESC, "
               "q.corpus_entity LIMIT ? OFFSET ?")
        return [r[0] for r in self.conn.execute(sql, [*([type] if type else []), limit, offset])]

    def aliases(self, entity_id: int) -> list[dict]:
        return [dict(r) for r in self.conn.execute(
            "SELECT alias, sum(articles) AS articles FROM entity_aliases WHERE entity_id = ? GROUP BY alias "
            "ORDER BY articles DESC, alias", (entity_id,))]

    def roles(self, entity_id: int) -> list[dict]:
        return [dict(r) for r in self.conn.execute(
            "SELECT role, min(published) AS first, max(published) AS last, count(*) AS articles FROM entity_roles "
            "WHERE entity_id = ? GROUP BY role ORDER BY first, role", (entity_id,))]

    def entity_articles(self, entity_id: int) -> list[dict]:
        return [dict(r) for r in self.conn.execute(
            "SELECT DISTINCT a.id, a.outlet, a.published, a.title, sa.story_id FROM entities x "
            "JOIN articles a ON a.id = x.article_id LEFT JOIN story_articles sa ON sa.article_id = a.id "
            "WHERE x.corpus_entity = ? ORDER BY a.published DESC, a.rowid DESC", (entity_id,))]

    def entity_outlets(self, entity_id: int) -> list[dict]:
        return [dict(r) for r in self.conn.execute(
            "SELECT a.outlet, count(DISTINCT a.id) AS articles, "
            "(SELECT count(*) FROM quotes q JOIN articles b ON b.id = q.article_id WHERE q.corpus_entity = ?1 "
            " AND b.outlet IS a.outlet) AS quotes FROM entities x JOIN articles a ON a.id = x.article_id "
            "WHERE x.corpus_entity = ?1 GROUP BY a.outlet ORDER BY quotes DESC, articles DESC", (entity_id,))]

    # -- reading: quotes -------------------------------------------------------------

    def quote_rows(self, entity_ids: list[int] | None = None, speaker_name: str | None = None,
                   story: int | None = None, since: str | None = None, until: str | None = None,
                   outlet: str | None = None, kind: str | None = None, article_ids: list[str] | None = None,
                   limit: int | None = 200, offset: int = 0) -> list[dict]:
        where, args = ["1"], []
        if entity_ids is not None:
            where.append(f"q.corpus_entity IN ({placeholders(entity_ids)})")
            args += entity_ids
        if speaker_name is not None:
            where.append("q.speaker LIKE ?")
            args.append(f"%{speaker_name}%")
        if article_ids is not None:
            where.append(f"q.article_id IN ({placeholders(article_ids)})")
            args += article_ids
        where, args = self._filters(where, args, outlet, since, until, story)
        if kind:
            where.append("q.kind = ?")
            args.append(kind)
        sql = (f"SELECT q.id, q.article_id, a.outlet, a.published, sa.story_id, q.kind, q.text, q.speaker, "
               f"q.speaker_type, q.speaker_entity, q.corpus_entity AS entity_id, e.name AS entity, q.via, "
               f"v.class AS variant, v.group_id AS 'group' FROM quotes q JOIN articles a ON a.id = q.article_id "
               f"LEFT JOIN story_articles sa ON sa.article_id = q.article_id "
               f"LEFT JOIN corpus_entities e ON e.id = q.corpus_entity "
               f"LEFT JOIN quote_variants v ON v.quote_id = q.id WHERE {' AND '.join(where)} "
               f"ORDER BY a.published DESC, a.rowid DESC, q.start LIMIT ? OFFSET ?")
        rows = [dict(r) for r in self.conn.execute(sql, [*args, -1 if limit is None else limit, offset])]
        for row in rows:
            row["via"] = json.loads(row["via"])
        return rows

    # -- reading: framing -------------------------------------------------------------

    def articles_meta(self, article_ids: list[str]) -> list[dict]:
        return [dict(r) for r in self.conn.execute(
            f"SELECT id, outlet, published, title, text, record FROM articles WHERE id IN ({placeholders(article_ids)}) "
            f"ORDER BY published, rowid", article_ids)]

    def speaker_roles(self, article_ids: list[str]) -> dict[tuple[str, str], list[str]]:
        return {(r[0], r[1]): json.loads(r[2]) for r in self.conn.execute(
            f"SELECT article_id, entity_id, roles FROM entities WHERE article_id IN ({placeholders(article_ids)})",
            article_ids)}

    def entity_links(self, article_ids: list[str]) -> dict[tuple[str, str], int]:
        return {(r[0], r[1]): r[2] for r in self.conn.execute(
            f"SELECT article_id, entity_id, corpus_entity FROM entities WHERE corpus_entity IS NOT NULL AND "
            f"article_id IN ({placeholders(article_ids)})", article_ids)}

    def entity_names(self, entity_ids: list[int]) -> dict[int, str]:
        return dict(self.conn.execute(f"SELECT id, name FROM corpus_entities WHERE id IN ({placeholders(entity_ids)})",
                                      entity_ids).fetchall()) if entity_ids else {}

    # -- search ------------------------------------------------------------------------

    def matches(self, fts: str, word: str) -> int:
        return fts_matches(self.conn, fts, word)

    def search_articles(self, match: str, ranked: bool, entity_ids: list[int] | None, speaker: str | None, outlet: str | None,
                        since: str | None, until: str | None, story: int | None, limit: int) -> list[dict]:
        where, args = ["bodies_fts MATCH ?"], [match]
        where, args = self._filters(where, args, outlet, since, until, story)
        if entity_ids is not None or speaker is not None:
            where.append("EXISTS (SELECT 1 FROM quotes q WHERE q.article_id = a.id AND "
                         + (f"q.corpus_entity IN ({placeholders(entity_ids)}))" if entity_ids is not None
                            else "q.speaker LIKE ?)"))
            args += entity_ids if entity_ids is not None else [f"%{speaker}%"]
        sql = (f"SELECT a.id, a.outlet, a.published, a.title, sa.story_id, "
               f"snippet(bodies_fts, 1, '[', ']', '…', 16) AS snippet, "
               f"{'bm25(bodies_fts, 4.0, 1.0)' if ranked else 'NULL'} AS rank "
               f"FROM bodies_fts JOIN articles a ON a.rowid = bodies_fts.rowid "
               f"LEFT JOIN story_articles sa ON sa.article_id = a.id WHERE {' AND '.join(where)} "
               f"ORDER BY {'rank' if ranked else 'bodies_fts.rowid DESC'} LIMIT ?")
        return [dict(r) for r in self.conn.execute(sql, [*args, limit])]

    def search_quotes(self, match: str, ranked: bool, entity_ids: list[int] | None, speaker: str | None, outlet: str | None,
                      since: str | None, until: str | None, story: int | None, kind: str | None,
                      limit: int) -> list[dict]:
        where, args = ["quotes_fts MATCH ?"], [match]
        where, args = self._filters(where, args, outlet, since, until, story)
        if entity_ids is not None:
            where.append(f"q.corpus_entity IN ({placeholders(entity_ids)})")
            args += entity_ids
        elif speaker is not None:
            where.append("q.speaker LIKE ?")
            args.append(f"%{speaker}%")
        if kind:
            where.append("q.kind = ?")
            args.append(kind)
        sql = (f"SELECT q.id, q.article_id, a.outlet, a.published, sa.story_id, q.speaker, "
               f"q.corpus_entity AS entity_id, q.kind, q.text, highlight(quotes_fts, 0, '[', ']') AS highlighted, "
               f"{'bm25(quotes_fts)' if ranked else 'NULL'} AS rank FROM quotes_fts JOIN quotes q ON q.rowid = quotes_fts.rowid "
               f"JOIN articles a ON a.id = q.article_id LEFT JOIN story_articles sa ON sa.article_id = a.id "
               f"WHERE {' AND '.join(where)} ORDER BY {'rank' if ranked else 'quotes_fts.rowid DESC'} LIMIT ?")
        return [dict(r) for r in self.conn.execute(sql, [*args, limit])]

    @staticmethod
    def _filters(where: list[str], args: list, outlet, since, until, story) -> tuple[list[str], list]:
        if outlet:
            where.append("a.outlet = ?")
            args.append(outlet)
        if since:
            where.append("a.published >= ?")
            args.append(since)
        if until:
            where.append("a.published <= ?")
            args.append(until + "\uffff")
        if story is not None:
            where.append("sa.story_id = ?")
            args.append(story)
        return where, args

    def story_ids(self, article_ids: list[str]) -> dict[str, int]:
        """Article id -> story id, for those of the given articles in the corpus."""
        found: dict[str, int] = {}
        for i in range(0, len(article_ids), 500):
            chunk = article_ids[i:i + 500]
            found.update(self.conn.execute(f"SELECT article_id, story_id FROM story_articles "
                                           f"WHERE article_id IN ({placeholders(chunk)})", chunk).fetchall())
        return found

    def speaker_names(self, entity_id: int) -> list[str]:
        """The speaker names (as written) of the entity's quotes."""
        return [r[0] for r in self.conn.execute(
            "SELECT DISTINCT speaker FROM quotes WHERE corpus_entity = ? AND speaker IS NOT NULL", (entity_id,))]

    def entities_quoted_as(self, speaker: str) -> list[int]:
        """The entities that quotes attributed to this exact speaker name went to."""
        return [r[0] for r in self.conn.execute(
            "SELECT DISTINCT corpus_entity FROM quotes WHERE speaker = ? AND corpus_entity IS NOT NULL", (speaker,))]
