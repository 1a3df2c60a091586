"""Indonesian lexicons and patterns, kept as data files beside this module.

Every file here is read through these loaders, so adding a pattern is an edit to
a `.jsonl` or `.txt` file, not to code."""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path

HERE = Path(__file__).parent


@cache
def patterns(name: str) -> tuple[dict, ...]:
    """Rows of `NAME.jsonl` (one JSON object a line; blank lines skipped)."""
    with (HERE / f"{name}.jsonl").open(encoding="utf-8") as lines:
        return tuple(json.loads(line) for line in lines if line.strip())


@cache
def words(name: str) -> tuple[str, ...]:
    """Lines of `NAME.txt`, without comments (`#`) and blank lines."""
    with (HERE / f"{name}.txt").open(encoding="utf-8") as lines:
        return tuple(s for line in lines if (s := line.split(" #", 1)[0].strip()) and not s.startswith("#"))
