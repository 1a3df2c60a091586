"""Files, folders and stdin -> articles. The only code that opens inputs."""

from __future__ import annotations

import csv
import os
import sys
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path

from .article import ReadError
from .decode import BOMS, Undecodable, decode
from .formats import Result, read_csv, read_html, read_jsonl, read_txt, sniff

SUFFIXES = {
    ".txt": "txt", ".text": "txt",
    ".jsonl": "jsonl", ".ndjson": "jsonl", ".json": "jsonl",
    ".csv": "csv", ".tsv": "csv",
    ".html": "html", ".htm": "html",
}


def expand(paths: Iterable[str | Path]) -> Iterator[Path | str | ReadError]:
    """Folders become the readable files under them (recursively, sorted; hidden ones
    skipped); '-' is stdin. A folder that cannot be listed is a ReadError, not skipped."""
    for path in paths:
        if str(path) == "-":
            yield "-"
            continue
        path = Path(path)
        if not path.is_dir():
            yield path
            continue
        found: list[Path] = []
        failed: list[ReadError] = []

        def unlisted(error: OSError) -> None:
            failed.append(ReadError(error.filename or str(path), f"cannot read folder ({error.strerror})"))

        for folder, subfolders, names in os.walk(path, onerror=unlisted):
            subfolders[:] = [d for d in subfolders if not d.startswith(".")]
            found.extend(Path(folder, n) for n in names if not n.startswith(".") and Path(n).suffix.lower() in SUFFIXES)
        yield from failed
        yield from sorted(found)


def _cannot_read(origin: str, error: OSError) -> ReadError:
    if isinstance(error, IsADirectoryError):
        return ReadError(origin, "is a folder, not a file")
    return ReadError(origin, f"cannot read ({error.strerror or error})")


def _jsonl_lines(path: Path) -> Iterator[bytes]:
    """The lines of a JSON Lines file, streamed (corpora can be large); a UTF-16/32
    file (it starts with a byte-order mark) is decoded whole first."""
    with path.open("rb") as lines:
        head = lines.read(4)
        if not any(head.startswith(bom) for bom, _ in BOMS):
            lines.seek(0)
            yield from lines
            return
        text, _ = decode(head + lines.read())
        yield from text.encode("utf-8").splitlines()


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
        try:
            if kind == "jsonl":
                yield from read_jsonl(_jsonl_lines(path), origin, mapping)
                return
            data = path.read_bytes()
        except Undecodable as error:
            yield ReadError(origin, str(error))
            return
        except OSError as error:
            yield _cannot_read(origin, error)
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
        if isinstance(path, ReadError):
            yield path
        else:
            yield from read_one(path, mapping or {})


def count_articles(paths: Iterable[str | Path]) -> int | None:
    """How many articles (or bad inputs) `read_paths` will yield, for a progress total:
    a JSONL file counts its non-blank lines, a CSV file its rows, any other file one.
    None when stdin is among the inputs (it can be read only once)."""
    total = 0
    for path in expand(paths):
        if path == "-":
            return None
        kind = "error" if isinstance(path, ReadError) else SUFFIXES.get(path.suffix.lower(), "txt")
        try:
            if kind == "jsonl":
                with path.open("rb") as lines:
                    total += max(1, sum(1 for line in lines if line.strip()))
                continue
            if kind == "csv":
                with path.open(encoding="utf-8", errors="replace", newline="") as rows:
                    total += max(1, sum(1 for _ in csv.reader(rows)) - 1)
                continue
        except (OSError, csv.Error):
            pass
        total += 1
    return total
