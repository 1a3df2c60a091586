"""Synthetic corpora for load and crash tests: articles recombined from the
paragraphs of real ones, so the pipeline does the work it does on news, at any size.

    python -m warta.run.synthetic samples 3000 > corpus.jsonl

Each article has a distinct id and text (a closing line names its number), a
publication date, and between `low` and `high` paragraphs drawn with a fixed seed:
the same arguments give the same corpus."""

from __future__ import annotations

import random
import sys
from collections.abc import Iterable, Iterator

import orjson

from ..read import Article, read_paths

OUTLETS = ("Kabar Nusa", "Pelita Timur", "Suara Borneo", "Gerbang Sumatera")


def paragraphs(articles: Iterable[Article]) -> list[str]:
    """The non-empty paragraphs (blank-line or line separated) of the articles."""
    found = []
    for article in articles:
        found += [p.strip() for p in article.text.split("\n") if len(p.strip()) > 40]
    return found


def articles(n: int, pool: list[str], low: int = 2, high: int = 6, seed: int = 0) -> Iterator[dict]:
    """`n` JSON-ready article rows (`id`, `outlet`, `date`, `text`)."""
    rng = random.Random(seed)
    for i in range(n):
        body = "\n\n".join(rng.choice(pool) for _ in range(rng.randint(low, high)))
        yield {"id": f"syn-{i:07d}", "outlet": OUTLETS[i % len(OUTLETS)], "date": f"2025-06-{1 + i % 28:02d}",
               "text": f"{body}\n\nArsip nomor {i}."}


def main(argv: list[str]) -> int:
    if len(argv) < 2:
        print(__doc__.split("\n\n")[1], file=sys.stderr)
        return 2
    pool = paragraphs(a for a in read_paths(argv[:-1]) if isinstance(a, Article))
    for row in articles(int(argv[-1]), pool):
        sys.stdout.buffer.write(orjson.dumps(row) + b"\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
