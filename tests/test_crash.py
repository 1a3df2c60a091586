"""`warta ingest` survives SIGKILL at any point: killed again and again mid-run,
then run to the end, the store holds every article exactly once, no article
half-written (its facts without it, or it without its facts), the database
passes `PRAGMA integrity_check`, and each rerun redoes only what was not stored.

CI kills twice on 200 synthetic articles; the issue's figure (20 kills on
3,000) is the same test with more:

    WARTA_CRASH_KILLS=20 WARTA_CRASH_ARTICLES=3000 pytest -s tests/test_crash.py
"""

from __future__ import annotations

import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from summary import summary_counts
from warta.read import Article, read_paths
from warta.run.synthetic import articles, paragraphs

ROOT = Path(__file__).resolve().parents[1]
KILLS = int(os.environ.get("WARTA_CRASH_KILLS", "2"))
ARTICLES = int(os.environ.get("WARTA_CRASH_ARTICLES", "200"))
FACTS = {"boilerplate": "boilerplate", "quotes": "quotes", "dates": "dates", "figures": "figures",
         "entities": "entities"}


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    """Short articles (one to three paragraphs of the sample corpus), one a line."""
    pool = paragraphs(a for a in read_paths([ROOT / "samples"]) if isinstance(a, Article))
    path = tmp_path_factory.mktemp("crash") / "corpus.jsonl"
    path.write_text("".join(json.dumps(row) + "\n" for row in articles(ARTICLES, pool, low=1, high=3)))
    return path


def ingest(corpus: Path, db: Path) -> subprocess.Popen:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")])}
    return subprocess.Popen([sys.executable, "-c", "from warta.cli import app; app()", "ingest", str(corpus),
                             "--db", str(db), "--workers", "2"],
                            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env=env,
                            start_new_session=True)  # its own process group: the kill takes its workers too


def stored(db: Path) -> int:
    if not db.exists():
        return 0
    with sqlite3.connect(f"file:{db}?mode=ro", uri=True) as conn:
        try:
            return conn.execute("SELECT count(*) FROM articles").fetchone()[0]
        except sqlite3.OperationalError:  # schema not created yet, or the database busy
            return 0


def check_whole(db: Path) -> int:
    """Assert the store is consistent; return how many articles it holds."""
    conn = sqlite3.connect(db)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        counts = {table: dict(conn.execute(f"SELECT article_id, count(*) FROM {table} GROUP BY article_id"))
                  for table in FACTS}
        mentions = dict(conn.execute("SELECT article_id, count(*) FROM mentions GROUP BY article_id"))
        ids = set()
        for article_id, record in conn.execute("SELECT id, record FROM articles"):
            record = json.loads(record)
            ids.add(article_id)
            for table, field in FACTS.items():
                assert counts[table].get(article_id, 0) == len(record[field]), (article_id, table)
            assert mentions.get(article_id, 0) == sum(len(e["mentions"]) for e in record["entities"])
        for table in [*FACTS, "mentions"]:  # no facts of an article that is not there
            assert {row[0] for row in conn.execute(f"SELECT DISTINCT article_id FROM {table}")} <= ids
        assert conn.execute("SELECT count(*) FROM articles_fts").fetchone()[0] == len(ids)
        return len(ids)
    finally:
        conn.close()


def test_crash_ingest_survives_repeated_sigkill(corpus, tmp_path):
    db = tmp_path / "crash.db"
    rng = random.Random(12)
    kills, before = 0, 0
    while kills < KILLS:
        process = ingest(corpus, db)
        deadline = time.monotonic() + 120
        while stored(db) <= before and process.poll() is None and time.monotonic() < deadline:
            time.sleep(0.05)
        time.sleep(rng.uniform(0, 3.0))  # a random point of the ingest, once it is writing
        if process.poll() is not None:  # finished before the kill
            process.communicate()
            before = check_whole(db)
            break
        os.killpg(process.pid, signal.SIGKILL)
        process.wait()
        kills += 1
        now = check_whole(db)
        assert now >= before
        before = now
    process = ingest(corpus, db)
    output, _ = process.communicate(timeout=600)
    assert process.returncode == 0, output
    counts = summary_counts(output)
    assert counts["skipped (duplicate)"] == before and counts["stored"] == ARTICLES - before  # only the rest was done
    assert check_whole(db) == ARTICLES
    print(f"\n{kills} kills; {before} of {ARTICLES} articles stored before the last run; none lost or doubled")
    assert kills == KILLS or before == ARTICLES  # every kill done, unless the ingest outran them
