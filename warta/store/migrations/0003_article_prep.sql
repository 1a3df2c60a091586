-- What placing an article in a story needs that depends on the article alone,
-- computed by the worker process that extracted it (in parallel, while other
-- articles are extracted) and stored with the article, so that the corpus
-- update (serial, oldest article first) only reads it. The row is dropped
-- when the article is taken into the corpus; an article without one (stored
-- by the API, or by an older Warta) has it computed by the update itself.
CREATE TABLE article_prep (
    article_id TEXT PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
    version    INTEGER NOT NULL,          -- of the computation (warta.corpus.cluster.PREPARED)
    terms      TEXT NOT NULL,             -- JSON {term: count} of body and title words, in order
    lead       TEXT NOT NULL,             -- JSON [the body's first content words]
    quotes     TEXT NOT NULL,             -- JSON [hashes of 4-word shingles of its quotes], sorted
    minhash    BLOB NOT NULL,             -- MinHash hash values of its body's word shingles
    shingles   INTEGER NOT NULL           -- how many shingles
);
