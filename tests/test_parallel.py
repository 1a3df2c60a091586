"""`warta.run`: the same records in the same order whether one process, a pool of
worker processes or a Dask cluster of separate processes does the work."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from warta.read import Article, ReadError, read_paths
from warta.record import to_json
from warta.run import Extracted, extract
from warta.run.synthetic import articles, paragraphs

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def corpus() -> list[Article | ReadError]:
    """40 short synthetic articles with two unreadable inputs among them."""
    pool = paragraphs(a for a in read_paths([ROOT / "samples"]) if isinstance(a, Article))
    items: list[Article | ReadError] = [Article(text=row["text"], id=row["id"], published=row["date"])
                                        for row in articles(40, pool, low=1, high=2)]
    items.insert(3, ReadError("broken.jsonl:4", "not JSON"))
    items.insert(30, ReadError("empty.txt", "empty file"))
    return items


def outcomes(items, **how) -> list[str]:
    return [item.json if isinstance(item, Extracted) else f"error {item}" for item in extract(items, **how)]


@pytest.fixture(scope="module")
def in_process(corpus, nlp) -> list[str]:
    return outcomes(corpus)


def test_parallel_in_process_gives_each_article_its_record(corpus, in_process):
    import warta

    assert len(in_process) == len(corpus)
    assert in_process[3] == "error broken.jsonl:4: not JSON" and in_process[30] == "error empty.txt: empty file"
    assert in_process[0] == to_json(warta.extract(corpus[0]))


def test_parallel_workers_give_the_same_records_in_the_same_order(corpus, in_process):
    assert outcomes(corpus, workers=2, chunk=4) == in_process


def test_parallel_known_articles_skip_the_nlp(corpus):
    known = {corpus[0].content_hash, corpus[5].content_hash}
    done = list(extract(corpus[:8], known=lambda article: article.content_hash in known))
    assert [isinstance(d, Extracted) and d.skipped for d in done] == [True, False, False, False, False, True, False, False]
    assert done[0].record is None and done[1].record["id"] == corpus[1].id


def test_parallel_dask_cluster_of_separate_processes_gives_the_same_records(corpus, in_process):
    distributed = pytest.importorskip("distributed")
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None,
                                  worker_dashboard_address=None) as cluster:
        assert outcomes(corpus, scheduler=cluster.scheduler_address, chunk=4) == in_process


def test_parallel_writer_stores_in_batches_whole_articles(corpus, tmp_path):
    import warta
    from warta.run.writer import Writer
    from warta.store import Database

    store = Database(tmp_path / "batches.db")
    writer = Writer(store, size=3, seconds=3600)
    records = [warta.extract(a) for a in corpus[:3]]
    assert writer.add(records[0]) == [] and writer.add(records[1]) == []
    assert store.count("articles") == 0  # queued, not yet written
    assert [status for _, _, status in writer.add(records[2])] == ["stored"] * 3
    assert writer.add(records[0], "again.jsonl:1") == [] and writer.flush() == [(records[0], "again.jsonl:1", "duplicate")]
    assert store.count("articles") == 3 and store.get(records[1]["id"]) == records[1]
    store.close()


def test_parallel_help_starts_without_loading_spacy():
    code = ("import sys\nfrom warta.cli import app\ntry:\n    app(['--help'])\nexcept SystemExit:\n    pass\n"
            "print('spacy' in sys.modules)")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT,
                          env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert "ingest" in done.stdout and done.stdout.strip().endswith("False")


def test_parallel_load_leaves_the_host_garbage_collector_alone():
    """A fresh interpreter: in this one, CLI tests run Warta's own command, which may freeze."""
    code = "import gc, warta\nwarta.load(('warta_clean', 'warta_sentences'))\nprint(gc.get_freeze_count())"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT,
                          env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert done.stdout.strip() == "0", done.stderr


def test_parallel_workers_prepare_the_corpus_work_of_each_record(corpus, in_process):
    from warta.corpus.cluster import prepare

    done = [item for item in extract(corpus, workers=2, chunk=4, prepare=True) if isinstance(item, Extracted)]
    assert [item.json for item in done] == [json for json in in_process if not json.startswith("error ")]
    assert all(item.prepared == tuple(prepare(item.record)) for item in done)
