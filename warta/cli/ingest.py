"""`warta ingest`: extract articles and keep them in the SQLite store."""

from __future__ import annotations

import itertools
from collections import Counter
from typing import Annotated

import typer
from rich.progress import BarColumn, MofNCompleteColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn
from rich.table import Table

from ..corpus import pipeline_version, stale_articles, update
from ..pipeline import extract_all, shared
from ..read import ReadError, read_paths
from ..store import Database
from .app import app, err, out
from .options import DbPath, Mapping, mapping_or_exit


@app.command()
def ingest(paths: Annotated[list[str] | None, typer.Argument(
               help="Files or folders (.txt, .jsonl, .csv, .html); '-' reads stdin.", show_default=False)] = None,
           db: DbPath = None, mapping: Mapping = None,
           reprocess: Annotated[bool, typer.Option("--reprocess", help="Also re-extract stored articles made by "
                                                   "an older pipeline version.")] = False) -> None:
    """Extract every article in PATHS and store it in the database.

    Example: [bold]warta ingest ../shared/data/articles/dev-2025-06.jsonl --db news.db[/bold]

    Re-ingesting an article with the same text is a no-op (skipped as duplicate);
    the same id with new text replaces the old version; the same text under another
    id (a syndicated copy) is stored as an article of its own, marked as a copy.
    Stored articles are then taken into the corpus (entities, stories, quote variants).
    Failures are listed with their reasons; the exit code is 1 if any input failed.
    """
    store = Database(db)
    version = pipeline_version()
    inputs = read_paths(paths, mapping_or_exit(mapping)) if paths else iter(())
    if reprocess:
        inputs = itertools.chain(inputs, list(stale_articles(store)))
    elif not paths:
        raise typer.BadParameter("give PATHS to ingest, or --reprocess", param_hint="PATHS")
    nlp = shared()
    counts: Counter[str] = Counter()
    failures: list[ReadError] = []
    columns = (SpinnerColumn(), TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn())
    with Progress(*columns, console=err, transient=True) as progress:
        task = progress.add_task("ingesting", total=None)
        for item in extract_all(nlp, inputs):
            counts["read"] += 1
            if isinstance(item, ReadError):
                failures.append(item)
                counts["failed"] += 1
                progress.console.print(f"[red]error[/red] {item}", highlight=False)
            else:
                article, record = item
                for warning in article.warnings:
                    progress.console.print(f"[yellow]warning[/yellow] {article.origin}: {warning}", highlight=False)
                counts[store.save(record, origin=article.origin, pipeline_version=version)] += 1
            progress.update(task, advance=1, description=f"ingesting {counts['read']}")
        progress.update(task, description="taking articles into the corpus")
        corpus = update(store)
    store.close()
    summary = Table(title=f"Ingest into {store.path}", title_justify="left")
    counts["stored"] += counts["copy"]
    for column in ("read", "stored", "updated", "skipped (duplicate)", "failed"):
        summary.add_column(column, justify="right")
    summary.add_row(*(str(counts[key]) for key in ("read", "stored", "updated", "duplicate", "failed")))
    out.print(summary)
    out.print(f"Corpus: {corpus['articles']} articles taken in ({counts['copy']} stored as copies of an article "
              f"with the same text), {corpus['stories']} new stories, "
              f"{corpus['merged']} merged, {corpus['copies']} copies marked, {corpus['entities']} new entities.",
              highlight=False)
    if failures:
        reasons = Counter(f.reason.split(" (")[0] for f in failures)
        for reason, n in reasons.most_common():
            out.print(f"  {n} × {reason}", highlight=False)
    raise typer.Exit(1 if failures else 0)
