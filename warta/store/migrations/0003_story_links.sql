-- Links between articles of two stories that one new article was alike but did not
-- merge: two stories merge once more than one article on each side agrees (see
-- warta/corpus/cluster.py), so one article touching two events does not make them one.
CREATE TABLE story_links (
    article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,  -- the new article
    other      TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,  -- an article of the other story
    PRIMARY KEY (article_id, other)
) WITHOUT ROWID;
CREATE INDEX story_links_other ON story_links (other);
