"""Tokens per second of entity recognition: the CRF tagger alone, the
`warta_entities` component, and the full pipeline, on one core.

    .venv/bin/python bench/bench_ner.py [ARTICLES.jsonl] [--limit N]

Defaults to the dev corpus in ../shared. The target is 40k tokens/s for NER
inside the full pipeline (the component's own time, measured per pipe). Times
are CPU time of this process, so other jobs on a shared machine do not count."""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

import warta
from warta.annotate.entities.tagger import default_tagger
from warta.eval.gold import shared_dir


def texts(path: Path, limit: int) -> list[str]:
    with path.open(encoding="utf-8") as lines:
        rows = [json.loads(line) for line in lines if line.strip()]
    return [row.get("text") or row.get("content") or "" for row in rows][:limit]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    shared = shared_dir()
    default = shared / "data" / "articles" / "dev-2025-06.jsonl" if shared else None
    parser.add_argument("articles", nargs="?", type=Path, default=default)
    parser.add_argument("--limit", type=int, default=300)
    args = parser.parse_args()
    if args.articles is None:
        parser.error("no articles file and no ../shared")
    nlp = warta.load()
    docs = [nlp.make_doc(t) for t in texts(args.articles, args.limit)]
    tokens = sum(len(d) for d in docs)
    nlp("Pemanasan: Presiden Joko Widodo tiba di Jakarta.")  # load models, warm caches once

    def run(passes: str) -> list:
        per_pipe = {name: 0.0 for name in nlp.pipe_names}
        done = []
        started = time.process_time()
        for doc in docs:
            doc = nlp.make_doc(doc.text)
            for name, pipe in nlp.pipeline:
                t = time.process_time()
                doc = pipe(doc)
                per_pipe[name] += time.process_time() - t
            done.append(doc)
        total = time.process_time() - started
        print(f"-- {passes}")
        for name, seconds in per_pipe.items():
            print(f"{name:<25} {tokens / seconds:>10,.0f} tokens/s")
        print(f"{'full pipeline':<25} {tokens / total:>10,.0f} tokens/s (tokenizer included)")
        return done

    print(f"{len(docs)} articles, {tokens} tokens, one process")
    # the tagger caches each word form's weights: a long run is mostly warm
    run("first pass (word caches filling)")
    annotated = run("second pass (warm caches, as in a long run)")

    tagger = default_tagger()
    sentences = [[t.text for t in s if not t.is_space] for d in annotated for s in d.sents]
    t = time.process_time()
    for start in range(0, len(sentences), 20):
        tagger.tag_many(sentences[start:start + 20])
    tag_time = time.process_time() - t
    print(f"{'CRF tagger alone':<25} {sum(map(len, sentences)) / tag_time:>10,.0f} tokens/s (warm, 20 sentences a batch)")

if __name__ == "__main__":
    main()
