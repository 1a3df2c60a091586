"""The corpus layer on real articles from ../shared (skipped without it): the seeds,
and the story golds kept as ids in tests/data/stories/."""

from pathlib import Path

import pytest

from warta.corpus import compare, find_entities, update
from warta.eval.stories import bcubed, read_gold
from warta.pipeline import extract_all
from warta.read import read_paths
from warta.store import Database
from warta.store.corpus import CorpusStore

GOLDS = Path(__file__).parent / "data" / "stories"


def ingest(nlp, db, paths, only=None):
    articles = [a for a in read_paths([str(p) for p in paths], {}) if only is None or a.id in only]
    for article, record in extract_all(nlp, articles):
        db.save(record)
    update(db)


@pytest.fixture(scope="module")
def seeds_db(tmp_path_factory, shared, nlp):
    db = Database(tmp_path_factory.mktemp("seeds") / "seeds.db")
    ingest(nlp, db, [shared / "seeds"])
    yield db
    db.close()


def test_seeds_blinken_is_one_corpus_entity(seeds_db):
    [blinken] = find_entities(seeds_db, "Blinken")
    assert {a["id"] for a in CorpusStore(seeds_db).entity_articles(blinken["id"])} == {
        "000_179138c53795d211", "003_bb50d39f36224a21"}


def test_seeds_framing_shows_zionis_israel_in_islamtimes_and_israel_in_harian_disway(seeds_db):
    report = compare(seeds_db, ["000_179138c53795d211", "003_bb50d39f36224a21"])
    [israel] = [row for row in report["labels"] if row["entity"] == "Israel"]
    assert israel["by_outlet"] == {"IslamTimes": ["Zionis Israel"], "Harian Disway": ["Israel"]}


@pytest.mark.parametrize("gold_name, corpus, least", [
    ("dev-2025-06-18.jsonl", "dev-2025-06.jsonl", 92.0),
    ("danantara-2024-2025.jsonl", "danantara-2024-2025.jsonl", 85.0),
])
def test_stories_bcubed_against_the_golds(tmp_path, shared, nlp, gold_name, corpus, least):
    gold = read_gold(GOLDS / gold_name)
    db = Database(tmp_path / "stories.db")
    ingest(nlp, db, [shared / "data" / "articles" / corpus], only=set(gold))
    precision, recall, f1 = bcubed(gold, CorpusStore(db).story_ids(list(gold)))
    assert f1 >= least, (precision, recall, f1)
    assert f1 > bcubed(gold, {})[2]
