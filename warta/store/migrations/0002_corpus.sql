-- The corpus layer (warta/corpus/): entities across articles, stories, the same
-- quote in several outlets, and search over article bodies.
--
-- Everything here is derived from the per-article tables of 0001 by
-- `warta.corpus.update(db)`, incrementally: an article with no row in
-- `story_articles` has not been taken into the corpus yet; update() links its
-- entities, places it in a story and refreshes that story's quote variants.
-- Deleting or replacing an article cascades to its corpus rows, so the next
-- update() takes the new version in again.
--
-- This migration runs in one transaction with foreign keys off (SQLite's
-- recipe for rebuilding a table); the runner checks `PRAGMA foreign_key_check`
-- before committing.

-- 1. Search over article bodies with boilerplate left out (the 0001
--    articles_fts indexes the raw text). Filled by update(); rowid is the
--    article's rowid. unicode61 folds case and diacritics; prefix indexes make
--    `korup*` fast.
CREATE VIRTUAL TABLE bodies_fts USING fts5 (title, body, tokenize='unicode61 remove_diacritics 2', prefix='2 3');

-- 2. Articles, rebuilt: the same text may now be stored under several ids.
--    A syndicated copy (same content hash, another id or outlet) is an article
--    of its own outlet, with `copy_of` naming the article stored first.
--    `pipeline_version` says which extraction code made the stored record, so
--    `warta ingest --reprocess` can refresh records made by an older one.
CREATE TABLE articles_new (
    id               TEXT PRIMARY KEY,
    content_hash     TEXT NOT NULL,
    outlet           TEXT,
    published        TEXT,
    title            TEXT,
    url              TEXT,
    text             TEXT NOT NULL,
    record           TEXT NOT NULL,      -- the full article record as JSON
    origin           TEXT,               -- file (and line) it was read from
    ingested_at      TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    copy_of          TEXT,               -- id of the article whose text this one repeats (NULL: original)
    pipeline_version TEXT                -- warta.corpus.pipeline_version() of the code that made `record`
);
INSERT INTO articles_new (rowid, id, content_hash, outlet, published, title, url, text, record, origin, ingested_at)
    SELECT rowid, id, content_hash, outlet, published, title, url, text, record, origin, ingested_at FROM articles;
DROP TABLE articles;
ALTER TABLE articles_new RENAME TO articles;
CREATE INDEX articles_outlet_published ON articles (outlet, published);
CREATE INDEX articles_published ON articles (published);
CREATE INDEX articles_content_hash ON articles (content_hash);
CREATE INDEX articles_copy_of ON articles (copy_of) WHERE copy_of IS NOT NULL;
CREATE INDEX articles_pipeline_version ON articles (pipeline_version);
-- The triggers of 0001 went with the old table (rowids were kept, so articles_fts is still valid).
CREATE TRIGGER articles_ai AFTER INSERT ON articles BEGIN
    INSERT INTO articles_fts (rowid, title, text) VALUES (new.rowid, new.title, new.text);
END;
CREATE TRIGGER articles_ad AFTER DELETE ON articles BEGIN
    INSERT INTO articles_fts (articles_fts, rowid, title, text) VALUES ('delete', old.rowid, old.title, old.text);
    DELETE FROM bodies_fts WHERE rowid = old.rowid;
END;
CREATE TRIGGER articles_au AFTER UPDATE OF title, text ON articles BEGIN
    INSERT INTO articles_fts (articles_fts, rowid, title, text) VALUES ('delete', old.rowid, old.title, old.text);
    INSERT INTO articles_fts (rowid, title, text) VALUES (new.rowid, new.title, new.text);
END;

-- 3. Quotes get a stable id, `ARTICLE:qSTART-END` (offsets into the raw text),
--    which links, exports and the API can keep; and a link to the speaker's
--    corpus entity.
ALTER TABLE quotes ADD COLUMN id TEXT;
ALTER TABLE quotes ADD COLUMN corpus_entity INTEGER REFERENCES corpus_entities (id) ON DELETE SET NULL;
-- (Two quotes over the same span, rare, are told apart by a `.N` suffix.)
UPDATE quotes SET id = article_id || ':q' || start || '-' || "end" || coalesce('.' || nullif(
    (SELECT count(*) FROM quotes AS q WHERE q.article_id = quotes.article_id AND q.start = quotes.start
     AND q."end" = quotes."end" AND q.rowid < quotes.rowid), 0), '');
CREATE UNIQUE INDEX quotes_id ON quotes (id);
CREATE INDEX quotes_corpus_entity ON quotes (corpus_entity);
CREATE TRIGGER quotes_set_id AFTER INSERT ON quotes WHEN new.id IS NULL BEGIN
    UPDATE quotes SET id = new.article_id || ':q' || new.start || '-' || new."end" || coalesce('.' || nullif(
        (SELECT count(*) FROM quotes AS q WHERE q.article_id = new.article_id AND q.start = new.start
         AND q."end" = new."end" AND q.rowid < new.rowid), 0), '')
    WHERE rowid = new.rowid;
END;

-- 4. Corpus entities: one row per real person, organisation or place, whatever
--    the article called it. An article's entity (entities.entity_id `e1`) links
--    to one via `entities.corpus_entity`; its mentions link through it
--    (mentions.article_id, mentions.entity_id -> entities).
CREATE TABLE corpus_entities (
    id         INTEGER PRIMARY KEY,
    type       TEXT NOT NULL,            -- PER, ORG, LOC
    name       TEXT NOT NULL,            -- the fullest name seen
    first_seen TEXT,                     -- publication dates of the first and last article naming it
    last_seen  TEXT
);
CREATE INDEX corpus_entities_type_name ON corpus_entities (type, name);
ALTER TABLE entities ADD COLUMN corpus_entity INTEGER REFERENCES corpus_entities (id) ON DELETE SET NULL;
CREATE INDEX entities_corpus_entity ON entities (corpus_entity);

-- Every name an entity was written under (`Antony Blinken`, `Blinken`,
-- `Antony J. Blinken`), with `key` its normalised form (lowercase, no
-- diacritics or punctuation, titles dropped) and how many articles used it.
CREATE TABLE entity_aliases (
    entity_id INTEGER NOT NULL REFERENCES corpus_entities (id) ON DELETE CASCADE,
    alias     TEXT NOT NULL,
    key       TEXT NOT NULL,
    articles  INTEGER NOT NULL DEFAULT 1,
    PRIMARY KEY (entity_id, alias)
) WITHOUT ROWID;
CREATE INDEX entity_aliases_key ON entity_aliases (key);

-- The words of each person's names, to find `Blinken` among the people named
-- `Antony Blinken` without scanning the registry.
CREATE TABLE entity_words (
    word      TEXT NOT NULL,
    entity_id INTEGER NOT NULL REFERENCES corpus_entities (id) ON DELETE CASCADE,
    PRIMARY KEY (word, entity_id)
) WITHOUT ROWID;
CREATE INDEX entity_words_entity ON entity_words (entity_id);

-- Roles with the date an article reported them (`Menteri Luar Negeri AS`, 2023-12-12).
CREATE TABLE entity_roles (
    entity_id  INTEGER NOT NULL REFERENCES corpus_entities (id) ON DELETE CASCADE,
    role       TEXT NOT NULL,
    article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    published  TEXT,
    PRIMARY KEY (entity_id, role, article_id)
) WITHOUT ROWID;
CREATE INDEX entity_roles_article ON entity_roles (article_id);

-- 5. Stories: articles (one or more outlets) that report the same event.
--    Every article taken into the corpus belongs to exactly one story, so the
--    stories partition the articles. A story that two others join is merged
--    into the older one.
CREATE TABLE stories (
    id       INTEGER PRIMARY KEY,
    title    TEXT,                       -- the title of its earliest article
    start    TEXT,                       -- first and last publication date
    "end"    TEXT,
    articles INTEGER NOT NULL DEFAULT 0, -- how many articles, and from how many outlets
    outlets  INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX stories_start ON stories (start);
CREATE INDEX stories_articles ON stories (articles);
CREATE INDEX stories_end ON stories ("end");

-- Membership. `copy_kind` marks copies: 'syndicated' (the same text, another
-- id or outlet) or 'near-duplicate' (the same wire text lightly edited);
-- NULL is an article of its own. `copy_of` is the article copied,
-- `similarity` the score with which the article joined the story.
CREATE TABLE story_articles (
    article_id TEXT PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
    story_id   INTEGER NOT NULL REFERENCES stories (id) ON DELETE CASCADE,
    copy_kind  TEXT CHECK (copy_kind IN ('syndicated', 'near-duplicate')),
    copy_of    TEXT,
    similarity REAL
);
CREATE INDEX story_articles_story ON story_articles (story_id);

-- Stories that lost an article (deleted, or replaced by a new version): the next
-- update() refreshes their counts and quote variants, or drops them if empty.
CREATE TABLE stale_stories (story_id INTEGER PRIMARY KEY);
CREATE TRIGGER story_articles_ad AFTER DELETE ON story_articles BEGIN
    INSERT OR IGNORE INTO stale_stories (story_id) VALUES (old.story_id);
END;

-- What the clusterer keeps per article: its weighted terms (JSON) for cosine
-- similarity, its MinHash signature over word shingles for near-duplicates, and
-- the shingles of its quotes (two reports of one event quote the same words).
CREATE TABLE article_features (
    article_id TEXT PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
    published  TEXT,
    terms      TEXT NOT NULL,            -- JSON {term: count}; names and title words weigh more
    entities   TEXT NOT NULL,            -- JSON [corpus entity ids]
    minhash    BLOB NOT NULL,            -- datasketch MinHash hash values of its word shingles
    shingles   INTEGER NOT NULL DEFAULT 0, -- how many shingles (to tell a shortened copy)
    quotes     TEXT NOT NULL DEFAULT '[]' -- JSON [hashes of 4-word shingles of its quotes]
);

-- MinHash LSH buckets (datasketch signatures, banded): candidate stories for a
-- new article come from articles sharing a bucket, never from all pairs.
CREATE TABLE lsh_buckets (
    bucket     INTEGER NOT NULL,         -- 64-bit hash of (band number, band values)
    article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE
);
CREATE INDEX lsh_buckets_bucket ON lsh_buckets (bucket);
CREATE INDEX lsh_buckets_article ON lsh_buckets (article_id);

-- Document frequency of each term (for TF-IDF weights), kept as articles arrive.
CREATE TABLE term_df (
    term TEXT PRIMARY KEY,
    df   INTEGER NOT NULL
) WITHOUT ROWID;
CREATE TABLE corpus_stats (
    key   TEXT PRIMARY KEY,
    value INTEGER NOT NULL
) WITHOUT ROWID;

-- 6. The same quote across outlets: within a story, quotes rendering one
--    utterance of one speaker form a group; each is classified against the
--    group's fullest rendering (`reference`) as verbatim, trimmed,
--    paraphrased or altered, with the changes and a word-level diff.
CREATE TABLE quote_groups (
    id              INTEGER PRIMARY KEY,
    story_id        INTEGER NOT NULL REFERENCES stories (id) ON DELETE CASCADE,
    entity_id       INTEGER REFERENCES corpus_entities (id) ON DELETE SET NULL,
    speaker         TEXT,
    reference_quote TEXT NOT NULL        -- quotes.id of the fullest rendering
);
CREATE INDEX quote_groups_story ON quote_groups (story_id);
CREATE TABLE quote_variants (
    quote_id TEXT PRIMARY KEY,           -- quotes.id
    group_id INTEGER NOT NULL REFERENCES quote_groups (id) ON DELETE CASCADE,
    class    TEXT NOT NULL CHECK (class IN ('reference', 'verbatim', 'trimmed', 'paraphrased', 'altered')),
    changes  TEXT NOT NULL DEFAULT '[]', -- JSON: what an alteration changed: number, negation, name, verb
    diff     TEXT NOT NULL DEFAULT '[]'  -- JSON [[op, words], ...] against the reference; op is =, -, +
) WITHOUT ROWID;
CREATE INDEX quote_variants_group ON quote_variants (group_id);
