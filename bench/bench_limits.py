"""Articles far beyond news size: time, output size and memory of `warta extract`.

    python bench/bench_limits.py [CORPUS.jsonl]

Builds four articles: 1 MB of cue and function words without punctuation (the text that made
every cue open a quote running to its end), and from the corpus (the dev corpus, else the
bundled samples) 1 MB with every punctuation mark and line break removed, 4 MB of articles
joined as paragraphs, and 6 MB (over the 5 MB limit). Each runs in a fresh `warta extract`
process; the output is the JSON line it prints."""

from __future__ import annotations

import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from warta.eval.gold import shared_dir
from warta.read import Article, read_paths


# `warta ...`, then its own peak RSS (kB) as the last line on stderr
MEASURED = ("import atexit, resource, sys; atexit.register(lambda: sys.stderr.write("
            "f'maxrss {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss}\\n')); "
            "from warta.cli import app; app(prog_name='warta')")
WORDS = ("dia mengatakan bahwa harga beras naik kata pedagang pemerintah akan menurut warga meminta agar "
         "yang di dan untuk dengan tidak ini itu sudah juga ujarnya menegaskan").split()


def build(texts: list[str], size: int, strip: bool) -> str:
    parts, length = [], 0
    while length < size:
        for text in texts:
            piece = re.sub(r"\s+", " ", re.sub(r"[^\w\s]", " ", text)) if strip else text.strip() + "\n\n"
            parts.append(piece)
            length += len(piece)
            if length >= size:
                break
    return "".join(parts)[:size]


def run(text: str, name: str, folder: Path) -> None:
    path = folder / f"{name}.txt"
    path.write_text(text, encoding="utf-8")
    started = time.perf_counter()
    done = subprocess.run([sys.executable, "-c", MEASURED, "extract", str(path)], capture_output=True, text=True)
    seconds = time.perf_counter() - started
    *errors, peak = done.stderr.splitlines()
    peak = int(peak.removeprefix("maxrss ")) / 1024
    output = len(done.stdout.encode("utf-8"))
    size = len(text.encode("utf-8"))
    print(f"{name:<16} {size / 1e6:>6.2f} MB  exit {done.returncode}  {seconds:>6.1f} s (with loading)  "
          f"output {output / size:>5.2f}x its size  peak RSS {peak:>5.0f} MB")
    for line in errors:
        print(f"{'':<16} stderr: {line}")


def main() -> int:
    corpus = sys.argv[1] if len(sys.argv) > 1 else (shared_dir() and shared_dir() / "data/articles/dev-2025-06.jsonl")
    source = [corpus] if corpus else [Path(__file__).parents[1] / "samples"]
    texts = [a.text for a in read_paths(source) if isinstance(a, Article)]
    salad = " ".join(WORDS[(i * 7919) % len(WORDS)] for i in range(160_000))[:1_000_000]
    with tempfile.TemporaryDirectory() as folder:
        run(salad, "word-salad", Path(folder))
        run(build(texts, 1_000_000, strip=True), "no-punctuation", Path(folder))
        run(build(texts, 4_000_000, strip=False), "4mb-normal", Path(folder))
        run(build(texts, 6_000_000, strip=False), "6mb-normal", Path(folder))
    return 0


if __name__ == "__main__":
    sys.exit(main())
