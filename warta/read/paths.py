"""Files, folders and stdin -> articles. The only code that opens inputs."""

from __future__ import annotations

import sys
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path

from .article import ReadError
from .formats import Result, read_csv, read_html, read_jsonl, read_txt, sniff

SUFFIXES = {
    ".txt": "txt", ".text": "txt",
    ".jsonl": "jsonl", ".ndjson": "jsonl", ".json": "jsonl",
    ".csv": "csv", ".tsv": "csv",
    ".html": "html", ".htm": "html",
}


def expand(paths: Iterable[str | Path]) -> Iterator[Path | str]:
    """Folders become the readable files under them (recursively, sorted); '-' is stdin."""
    for path in paths:
        if str(path) == "-":
            yield "-"
            continue
        path = Path(path)
        if path.is_dir():
            yield from sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in SUFFIXES
                              and not any(part.startswith(".") for part in p.relative_to(path).parts))
        else:
            yield path


def read_one(path: Path | str, mapping: Mapping[str, str]) -> Iterator[Result]:
    if path == "-":
        data = sys.stdin.buffer.read()
        kind, origin, stem = sniff(data[:1024]), "<stdin>", "stdin"
    else:
        origin, stem = str(path), path.stem
        if not path.exists():
            yield ReadError(origin, "no such file")
            return
        kind = SUFFIXES.get(path.suffix.lower(), "txt")
        if kind == "jsonl":  # streamed: corpora can be large
            with path.open("rb") as lines:
                yield from read_jsonl(lines, origin, mapping)
            return
        try:
            data = path.read_bytes()
        except OSError as error:
            yield ReadError(origin, f"cannot read ({error.strerror})")
            return
    if kind == "jsonl":
        yield from read_jsonl(data.splitlines(), origin, mapping)
    elif kind == "csv":
        yield from read_csv(data, origin, mapping)
    elif kind == "html":
        yield from read_html(data, origin, stem)
    else:
        yield from read_txt(data, origin, stem)


def read_paths(paths: Iterable[str | Path], mapping: Mapping[str, str] | None = None) -> Iterator[Result]:
    """Every article in the given files and folders, and a ReadError for each that fails."""
    for path in expand(paths):
        yield from read_one(path, mapping or {})
