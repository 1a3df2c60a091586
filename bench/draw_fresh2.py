"""Draw the articles of `gold/fresh2.jsonl`: 6 unseen articles per collection, by a fixed seed.

Rule: from each of the five collections in `../shared/data/articles/`, keep articles of
600-3,500 characters whose text holds at least two quotation-mark pairs of four words or more
(a text test, not Warta's output, so the draw does not lean towards what Warta finds), and
whose id is in no gold file (`gold/annotations.jsonl`, `gold/fresh-*.jsonl`,
`../shared/gold/dev-annotations.jsonl`). Shuffle each collection with `random.Random(SEED)`
and walk the shuffled list, taking an article only if its outlet is not yet taken in that
collection; when the collection runs out of new outlets, take the next articles in order.
Prints one line per article: collection, id, outlet, length.

    PYTHONPATH=$PWD .venv/bin/python bench/draw_fresh2.py
"""

from __future__ import annotations

import json
import random
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from warta.eval.gold import shared_dir  # noqa: E402

SEED = 20261206
PER_COLLECTION = 6
MIN_CHARS, MAX_CHARS = 600, 3500
COLLECTIONS = ("clickid-2019.jsonl", "danantara-2024-2025.jsonl", "dev-2025-06.jsonl",
               "news-scraping-2020-2023.jsonl", "tribun-2020.jsonl")
QUOTED = re.compile(r"[“\"]([^“”\"]{10,}?)[”\"]")


def seen_ids(shared: Path) -> set[str]:
    """Every id already in a gold file."""
    paths = [ROOT / "gold" / "annotations.jsonl", *sorted((ROOT / "gold").glob("fresh-*.jsonl")),
             shared / "gold" / "dev-annotations.jsonl"]
    ids = set()
    for path in paths:
        with open(path, encoding="utf-8") as lines:
            ids.update(json.loads(line)["id"] for line in lines if line.strip())
    return ids


def quote_pairs(text: str) -> int:
    """Quotation-mark pairs that hold four words or more."""
    return sum(1 for m in QUOTED.finditer(text) if len(m.group(1).split()) >= 4)


def draw(shared: Path) -> list[tuple[str, dict]]:
    seen = seen_ids(shared)
    chosen = []
    for collection in COLLECTIONS:
        with open(shared / "data" / "articles" / collection, encoding="utf-8") as lines:
            records = [json.loads(line) for line in lines if line.strip()]
        eligible = [r for r in records if r["id"] not in seen and MIN_CHARS <= len(r["text"]) <= MAX_CHARS
                    and quote_pairs(r["text"]) >= 2]
        eligible.sort(key=lambda r: r["id"])
        random.Random(SEED).shuffle(eligible)
        picked, outlets = [], set()
        for record in eligible:
            outlet = (record.get("outlet") or "").lower()
            if outlet not in outlets and len(picked) < PER_COLLECTION:
                picked.append(record)
                outlets.add(outlet)
        for record in eligible:
            if len(picked) >= PER_COLLECTION:
                break
            if record not in picked:
                picked.append(record)
        chosen.extend((collection, record) for record in picked)
    return chosen


def main() -> None:
    shared = shared_dir()
    for collection, record in draw(shared):
        print(collection, record["id"], record.get("outlet"), len(record["text"]), sep="\t")


if __name__ == "__main__":
    main()
