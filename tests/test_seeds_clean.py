"""The two seed articles and the dev corpus (from ../shared), cleaned."""

import pytest

import warta
from warta.eval.clean import evaluate
from warta.pipeline import extract_all
from warta.read import read_paths


@pytest.fixture(scope="module")
def cleaner():
    return warta.load(("warta_clean", "warta_sentences"))


@pytest.fixture(scope="module")
def seeds(shared, cleaner):
    return {article.id: record for article, record in extract_all(cleaner, read_paths([shared / "seeds"]))}


def marks(record, kind):
    return [record["text"][b["start"]:b["end"]] for b in record["boilerplate"] if b["kind"] == kind]


def test_seed_disway_read_also_lines_and_dateline(seeds):
    record = seeds["000_179138c53795d211"]
    assert [m[:30] for m in marks(record, "read-also")] == [
        "BACA JUGA: Warga Gaza Terancam", "BACA JUGA: Mesir Pakai Resolus", "BACA JUGA: Dewan Keamanan PBB "]
    assert record["dateline"] == {"start": 0, "end": 15, "place": None, "outlet": "Harian Disway"}
    assert (record["outlet"], record["published"]) == ("Harian Disway", "2023-12-12")


def test_seed_islamtimes_caption_editor_tag_and_dateline(seeds):
    record = seeds["003_bb50d39f36224a21"]
    assert marks(record, "caption") == ["Antony Blinken, Secretary of State at the State Department.jpg"]
    assert marks(record, "credit") == ["[IT/r]"]
    text, dateline = record["text"], record["dateline"]
    assert (text[dateline["start"]:dateline["end"]], dateline["outlet"]) == ("IslamTimes -", "IslamTimes")
    glued = [text[s:e] for s, e in record["sentences"] if text[s:e].startswith(("Memo tersebut", "Mengkritik"))]
    assert [g[:20] for g in glued] == ["Memo tersebut menyer", "Mengkritik Zionis Is"]


@pytest.mark.slow
@pytest.mark.parametrize("collection, articles", [
    ("data/articles/clickid-2019.jsonl", 1500), ("data/articles/danantara-2024-2025.jsonl", 190),
    ("data/articles/dev-2025-06.jsonl", 904), ("data/articles/news-scraping-2020-2023.jsonl", 1500),
    ("data/articles/tribun-2020.jsonl", 296), ("seeds", 2)])
def test_shared_collections_have_no_known_boilerplate_left_and_no_prose_marked(shared, cleaner, collection, articles):
    records = [r for _, r in extract_all(cleaner, read_paths([shared / collection]))]
    table = evaluate(records).tables[0]
    total = table.rows[-1]
    assert total[0] == "all" and total[1] == articles
    assert total[5] == 0, [row for row in table.rows if row[5]]  # known patterns left
    assert total[6] == 0  # body sentences marked
    assert total[7] == 0  # attributed quotes inside marks
