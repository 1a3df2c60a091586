"""How much dates and figures add to the pipeline's time per article.

Times the tokenizer and each component over the dev corpus
(`../shared/data/articles/dev-2025-06.jsonl`). Target: under 15%. Skips cleanly
without ../shared.

    .venv/bin/python bench/bench_dates_figures.py [--limit 300]
"""

from __future__ import annotations

import argparse
import sys

from component_times import dev_articles, report, stage_times


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=300, help="articles to time (default 300)")
    articles = dev_articles(parser.parse_args().limit)
    if not articles:
        print("skipped: ../shared/data/articles/dev-2025-06.jsonl is not here")
        return 0
    print(report(stage_times(articles), len(articles), ("warta_dates", "warta_figures"), target=15))
    return 0


if __name__ == "__main__":
    sys.exit(main())
