"""`warta ingest`: extract articles and keep them in the SQLite store."""

from __future__ import annotations

import itertools
from collections import Counter
from typing import Annotated

import typer
from rich.table import Table

from ..corpus import pipeline_version, stale_articles, update
from ..read import ReadError, count_articles, read_paths
from ..store import StoreError
from .app import app, err, open_store, out
from .options import Dask, DbPath, Mapping, Workers, mapping_or_exit
from .progress import Reporter

INTERRUPTED = 130  # the shell's code for a run stopped by Ctrl-C


@app.command()
def ingest(paths: Annotated[list[str] | None, typer.Argument(
               help="Files or folders (.txt, .jsonl, .csv, .html); '-' reads stdin.", show_default=False)] = None,
           db: DbPath = None, mapping: Mapping = None, workers: Workers = None, dask: Dask = None,
           reprocess: Annotated[bool, typer.Option("--reprocess", help="Also re-extract stored articles made by "
                                                   "an older pipeline version.")] = False) -> None:
    """Extract every article in PATHS and store it in the database.

    Example: [bold]warta ingest ../shared/data/articles/dev-2025-06.jsonl --db news.db[/bold]

    Re-ingesting an article with the same text is a no-op (skipped as duplicate before any
    analysis); the same text under another id (a syndicated copy) is stored as an article
    of its own, linked to the first one; the same id with new text replaces the old
    version. Articles are stored in batches, each article whole: a run that is killed
    leaves no half-written article, and running it again does only what is left. Stored
    articles are then taken into the corpus (entities, stories, quote variants).
    Failures are listed with their reasons; the exit code is 1 if any input failed.
    Ctrl-C stops after the batch being written and prints what was done.
    """
    from ..run import default_workers, extract
    from ..run.writer import Writer

    columns = mapping_or_exit(mapping)
    if not paths and not reprocess:
        raise typer.BadParameter("give PATHS to ingest, or --reprocess", param_hint="PATHS")
    store = open_store(db)
    version = pipeline_version()
    inputs = read_paths(paths, columns) if paths else iter(())
    total = count_articles(paths) if paths else 0
    if reprocess:
        stale = list(stale_articles(store))
        inputs, total = itertools.chain(inputs, stale), None if total is None else total + len(stale)
    writer = Writer(store, pipeline_version=version)
    counts: Counter[str] = Counter()
    failures: list[ReadError] = []
    interrupted, corpus = False, None

    def known(article) -> bool:
        return store.is_current(article.id or article.content_hash, article.content_hash, version)

    def written(done: list[tuple[dict, str | None, str]]) -> None:
        counts.update(status for _, _, status in done)

    try:
        with Reporter(err, "ingesting", total) as progress:
            try:
                for item in extract(inputs, workers=workers or default_workers(), scheduler=dask, known=known,
                                    freeze=True, prepare=True):
                    counts["read"] += 1
                    if isinstance(item, ReadError):
                        failures.append(item)
                        counts["failed"] += 1
                        progress.say(f"[red]error[/red] {item}")
                    else:
                        for warning in item.article.warnings:
                            progress.say(f"[yellow]warning[/yellow] {item.article.origin}: {warning}")
                        if item.skipped:
                            counts["duplicate"] += 1
                        else:
                            written(writer.add(item.record, item.article.origin, item.json, item.prepared))
                    progress.advance()
            finally:  # also on Ctrl-C: what was extracted is stored
                written(writer.flush())
        corpus = update(store)
    except KeyboardInterrupt:
        interrupted = True
    except StoreError as error:  # the database stopped taking writes: stop, say what was stored
        err.print(f"[red]error[/red] {error}", highlight=False)
        failures.append(ReadError(store.path, "database error"))
    finally:
        store.close()
    summarise(store.path, counts, failures, interrupted, corpus)
    raise typer.Exit(INTERRUPTED if interrupted else 1 if failures else 0)


def summarise(path: str, counts: Counter[str], failures: list[ReadError], interrupted: bool,
              corpus: dict | None) -> None:
    title = f"Ingest into {path}" + (" (interrupted: the articles counted here are stored)" if interrupted else "")
    summary = Table(title=title, title_justify="left")
    for column in ("read", "stored", "copies", "updated", "skipped (duplicate)", "failed"):
        summary.add_column(column, justify="right")
    summary.add_row(*(str(counts[key]) for key in ("read", "stored", "copy", "updated", "duplicate", "failed")))
    out.print(summary)
    if corpus:
        out.print(f"Corpus: {corpus['articles']} articles taken in, {corpus['stories']} new stories, "
                  f"{corpus['merged']} merged, {corpus['copies']} copies marked, {corpus['entities']} new entities.",
                  highlight=False)
    reasons = Counter(f.reason.split(" (")[0] for f in failures)
    for reason, n in reasons.most_common():
        out.print(f"  {n} × {reason}", highlight=False)
