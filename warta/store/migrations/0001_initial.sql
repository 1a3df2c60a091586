-- Warta's store: one row per article, plus a table per kind of fact so that
-- they can be queried across articles. Offsets point into articles.text.

CREATE TABLE articles (
    id            TEXT PRIMARY KEY,
    content_hash  TEXT NOT NULL UNIQUE,
    outlet        TEXT,
    published     TEXT,
    title         TEXT,
    url           TEXT,
    text          TEXT NOT NULL,
    record        TEXT NOT NULL,      -- the full article record as JSON
    origin        TEXT,               -- file (and line) it was read from
    ingested_at   TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);
CREATE INDEX articles_outlet_published ON articles (outlet, published);

CREATE TABLE boilerplate (
    article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    start      INTEGER NOT NULL,
    "end"      INTEGER NOT NULL,
    kind       TEXT NOT NULL
);
CREATE INDEX boilerplate_article ON boilerplate (article_id);

CREATE TABLE entities (
    article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    entity_id  TEXT NOT NULL,
    name       TEXT NOT NULL,
    type       TEXT NOT NULL,
    roles      TEXT NOT NULL DEFAULT '[]',   -- JSON list
    PRIMARY KEY (article_id, entity_id)
);
CREATE INDEX entities_name ON entities (name);

CREATE TABLE mentions (
    article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    entity_id  TEXT NOT NULL,
    start      INTEGER NOT NULL,
    "end"      INTEGER NOT NULL,
    text       TEXT NOT NULL
);
CREATE INDEX mentions_article ON mentions (article_id, entity_id);

CREATE TABLE quotes (
    article_id     TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    start          INTEGER NOT NULL,
    "end"          INTEGER NOT NULL,
    text           TEXT NOT NULL,
    kind           TEXT NOT NULL,
    cue            TEXT,
    speaker        TEXT,
    speaker_entity TEXT,
    speaker_type   TEXT,
    via            TEXT NOT NULL DEFAULT '[]',  -- JSON list of names, nearest first
    confidence     REAL
);
CREATE INDEX quotes_article ON quotes (article_id);
CREATE INDEX quotes_speaker ON quotes (speaker);

CREATE TABLE dates (
    article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    start      INTEGER NOT NULL,
    "end"      INTEGER NOT NULL,
    text       TEXT NOT NULL,
    type       TEXT,
    value      TEXT
);
CREATE INDEX dates_article ON dates (article_id);
CREATE INDEX dates_value ON dates (value);

CREATE TABLE figures (
    article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    start      INTEGER NOT NULL,
    "end"      INTEGER NOT NULL,
    text       TEXT NOT NULL,
    value      REAL,
    qualifier  TEXT,
    unit       TEXT,
    counts     TEXT,
    source     TEXT
);
CREATE INDEX figures_article ON figures (article_id);

-- Full-text search over articles and quotes, kept current by triggers
-- (external-content tables, as sqlite-utils' enable_fts does).
CREATE VIRTUAL TABLE articles_fts USING fts5 (title, text, content='articles', content_rowid='rowid',
                                              tokenize='unicode61 remove_diacritics 2');
CREATE TRIGGER articles_ai AFTER INSERT ON articles BEGIN
    INSERT INTO articles_fts (rowid, title, text) VALUES (new.rowid, new.title, new.text);
END;
CREATE TRIGGER articles_ad AFTER DELETE ON articles BEGIN
    INSERT INTO articles_fts (articles_fts, rowid, title, text) VALUES ('delete', old.rowid, old.title, old.text);
END;
CREATE TRIGGER articles_au AFTER UPDATE ON articles BEGIN
    INSERT INTO articles_fts (articles_fts, rowid, title, text) VALUES ('delete', old.rowid, old.title, old.text);
    INSERT INTO articles_fts (rowid, title, text) VALUES (new.rowid, new.title, new.text);
END;

CREATE VIRTUAL TABLE quotes_fts USING fts5 (text, speaker, content='quotes', content_rowid='rowid',
                                            tokenize='unicode61 remove_diacritics 2');
CREATE TRIGGER quotes_ai AFTER INSERT ON quotes BEGIN
    INSERT INTO quotes_fts (rowid, text, speaker) VALUES (new.rowid, new.text, new.speaker);
END;
CREATE TRIGGER quotes_ad AFTER DELETE ON quotes BEGIN
    INSERT INTO quotes_fts (quotes_fts, rowid, text, speaker) VALUES ('delete', old.rowid, old.text, old.speaker);
END;
