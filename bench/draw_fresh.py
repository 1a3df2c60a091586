"""Draw unseen articles for a blind gold set (`gold/fresh2.jsonl`, `gold/fresh3.jsonl`), by a fixed seed.

Rule: from each of the five collections in `../shared/data/articles/`, keep articles of
600-3,500 characters whose text holds at least two quotation-mark pairs of four words or more
(a text test, not Warta's output, so the draw does not lean towards what Warta finds), and
whose id is in no other gold file (`gold/*.jsonl` except the set being drawn,
`../shared/gold/dev-annotations.jsonl`). Shuffle each collection with `random.Random(seed)`
and walk the shuffled list, taking an article only if its outlet is not yet taken in that
collection; when the collection runs out of new outlets, take the next articles in order.
Prints one line per article: collection, id, outlet, length.

    PYTHONPATH=$PWD .venv/bin/python bench/draw_fresh.py fresh2            # seed 20261206, 6 each, 2 pairs
    PYTHONPATH=$PWD .venv/bin/python bench/draw_fresh.py fresh3 --seed 20261207 --per-collection 8 --pairs 1
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from warta.eval.gold import shared_dir  # noqa: E402

MIN_CHARS, MAX_CHARS = 600, 3500
COLLECTIONS = ("clickid-2019.jsonl", "danantara-2024-2025.jsonl", "dev-2025-06.jsonl",
               "news-scraping-2020-2023.jsonl", "tribun-2020.jsonl")
QUOTED = re.compile(r"[“\"]([^“”\"]{10,}?)[”\"]")


def seen_ids(shared: Path, name: str) -> set[str]:
    """Every id already in a gold file other than the set being drawn."""
    paths = [p for p in sorted((ROOT / "gold").glob("*.jsonl")) if p.stem != name]
    paths.append(shared / "gold" / "dev-annotations.jsonl")
    ids = set()
    for path in paths:
        with open(path, encoding="utf-8") as lines:
            ids.update(json.loads(line)["id"] for line in lines if line.strip())
    return ids


def quote_pairs(text: str) -> int:
    """Quotation-mark pairs that hold four words or more."""
    return sum(1 for m in QUOTED.finditer(text) if len(m.group(1).split()) >= 4)


def draw(shared: Path, name: str, seed: int, per_collection: int, pairs: int) -> list[tuple[str, dict]]:
    seen = seen_ids(shared, name)
    chosen = []
    for collection in COLLECTIONS:
        with open(shared / "data" / "articles" / collection, encoding="utf-8") as lines:
            records = [json.loads(line) for line in lines if line.strip()]
        eligible = [r for r in records if r["id"] not in seen and MIN_CHARS <= len(r["text"]) <= MAX_CHARS
                    and quote_pairs(r["text"]) >= pairs]
        eligible.sort(key=lambda r: r["id"])
        random.Random(seed).shuffle(eligible)
        picked, outlets = [], set()
        for record in eligible:
            outlet = (record.get("outlet") or "").lower()
            if outlet not in outlets and len(picked) < per_collection:
                picked.append(record)
                outlets.add(outlet)
        for record in eligible:
            if len(picked) >= per_collection:
                break
            if record not in picked:
                picked.append(record)
        chosen.extend((collection, record) for record in picked)
    return chosen


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("name", help="the gold set being drawn (its own ids are not excluded)")
    parser.add_argument("--seed", type=int, default=20261206)
    parser.add_argument("--per-collection", type=int, default=6)
    parser.add_argument("--pairs", type=int, default=2, help="quotation-mark pairs of 4+ words required")
    args = parser.parse_args()
    for collection, record in draw(shared_dir(), args.name, args.seed, args.per_collection, args.pairs):
        print(collection, record["id"], record.get("outlet"), len(record["text"]), sep="\t")


if __name__ == "__main__":
    main()
