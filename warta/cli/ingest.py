"""`warta ingest`: extract articles and keep them in the SQLite store."""

from __future__ import annotations

from collections import Counter

import typer
from rich.progress import BarColumn, MofNCompleteColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn
from rich.table import Table

from ..pipeline import extract_all, shared
from ..read import ReadError, read_paths
from ..store import Database
from .app import app, err, out
from .options import DbPath, Mapping, Paths, mapping_or_exit


@app.command()
def ingest(paths: Paths, db: DbPath = None, mapping: Mapping = None) -> None:
    """Extract every article in PATHS and store it in the database.

    Example: [bold]warta ingest ../shared/data/articles/dev-2025-06.jsonl --db news.db[/bold]

    Re-ingesting an article with the same text is a no-op (skipped as duplicate);
    the same id with new text replaces the old version. Failures are listed with
    their reasons; the exit code is 1 if any input failed.
    """
    store = Database(db)
    nlp = shared()
    counts: Counter[str] = Counter()
    failures: list[ReadError] = []
    columns = (SpinnerColumn(), TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn())
    with Progress(*columns, console=err, transient=True) as progress:
        task = progress.add_task("ingesting", total=None)
        for item in extract_all(nlp, read_paths(paths, mapping_or_exit(mapping))):
            counts["read"] += 1
            if isinstance(item, ReadError):
                failures.append(item)
                counts["failed"] += 1
                progress.console.print(f"[red]error[/red] {item}", highlight=False)
            else:
                article, record = item
                for warning in article.warnings:
                    progress.console.print(f"[yellow]warning[/yellow] {article.origin}: {warning}", highlight=False)
                counts[store.save(record, origin=article.origin)] += 1
            progress.update(task, advance=1, description=f"ingesting {counts['read']}")
    store.close()
    summary = Table(title=f"Ingest into {store.path}", title_justify="left")
    for column in ("read", "stored", "updated", "skipped (duplicate)", "failed"):
        summary.add_column(column, justify="right")
    summary.add_row(*(str(counts[key]) for key in ("read", "stored", "updated", "duplicate", "failed")))
    out.print(summary)
    if failures:
        reasons = Counter(f.reason.split(" (")[0] for f in failures)
        for reason, n in reasons.most_common():
            out.print(f"  {n} × {reason}", highlight=False)
    raise typer.Exit(1 if failures else 0)
