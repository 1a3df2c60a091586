"""How much the quotes component adds to the pipeline's time per article.

Times the tokenizer and each component over the dev corpus
(`../shared/data/articles/dev-2025-06.jsonl`). Target: under 20%. Skips cleanly
without ../shared.

    .venv/bin/python bench/bench_quotes.py [N_ARTICLES]
"""

from __future__ import annotations

import sys

from component_times import dev_articles, report, stage_times


def main() -> int:
    articles = dev_articles(int(sys.argv[1]) if len(sys.argv) > 1 else 200)
    if not articles:
        print("skipped: ../shared/data/articles/dev-2025-06.jsonl not found")
        return 0
    print(report(stage_times(articles), len(articles), ("warta_quotes",), target=20))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
