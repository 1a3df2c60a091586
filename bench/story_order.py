"""Stories again from an ingested store, in a chosen order, scored with B-cubed.

    python bench/story_order.py STORE.db GOLD.jsonl [--order oldest|newest|shuffled] [--seed N]

Online clustering depends on the order articles arrive in; a good one does not
depend on it much. This copies the store, drops its stories (entities stay
linked), places every article again oldest first, newest first or shuffled, and
prints B-cubed P/R/F1 against the gold and the clustering time per article. It
is also the quick way to try a clustering change without running extraction."""

from __future__ import annotations

import argparse
import json
import random
import shutil
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from warta.corpus.cluster import place_article  # noqa: E402
from warta.corpus.text import stop_words  # noqa: E402
from warta.eval.stories import bcubed, evaluate, read_gold  # noqa: E402
from warta.store import Database  # noqa: E402
from warta.store.corpus import CorpusStore  # noqa: E402

STORY_TABLES = ("quote_variants", "quote_groups", "story_articles", "stale_stories", "stories", "lsh_buckets",
                "article_features", "term_df")


def replay(db: Database, order: str, seed: int) -> float:
    """Drop the stories and place every article again; returns CPU ms per article (steadier than wall time on a shared machine)."""
    store = CorpusStore(db)
    with db.atomic():
        for table in STORY_TABLES:
            db.conn.execute(f"DELETE FROM {table}")
        db.conn.execute("DELETE FROM corpus_stats WHERE key = 'articles'")
    ids = store.pending()  # oldest first, copies after their originals
    originals = [a for a in ids if store.article_row(a)["copy_of"] is None]
    copies = [a for a in ids if a not in set(originals)]
    if order == "newest":
        originals.reverse()
    elif order == "shuffled":
        random.Random(seed).shuffle(originals)
    stop_words()  # loaded once, on first use: not a cost per article
    elapsed = 0.0
    with db.atomic():
        for article_id in originals + copies:
            row = store.article_row(article_id)
            entities = [r[0] for r in db.conn.execute(
                "SELECT DISTINCT corpus_entity FROM entities WHERE article_id = ? AND corpus_entity IS NOT NULL "
                "ORDER BY rowid", (article_id,))]
            record = json.loads(row["record"])
            started = time.process_time()
            place_article(store, article_id, record, entities, row["copy_of"])
            elapsed += time.process_time() - started
    return 1000 * elapsed / max(1, len(ids))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("store")
    parser.add_argument("gold", nargs="+")
    parser.add_argument("--order", choices=["oldest", "newest", "shuffled"], default="oldest")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--keep", help="Keep the re-clustered store at this path.")
    parser.add_argument("--errors", action="store_true", help="List split and merged gold stories.")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "replay.db"
        shutil.copy(args.store, path)
        db = Database(path)
        ms = replay(db, args.order, args.seed)
        store = CorpusStore(db)
        for gold in args.gold:
            labels = read_gold(Path(gold))
            predicted = store.story_ids(list(labels))
            p, r, f = bcubed(labels, predicted)
            print(f"{Path(gold).name} ({args.order}): P {p} R {r} F1 {f}; {ms:.1f} ms CPU/article (clustering)")
            if args.errors:
                print("\n".join(evaluate(labels, predicted).errors))
        db.close()
        if args.keep:
            shutil.copy(path, args.keep)


if __name__ == "__main__":
    main()
