"""`warta ingest`: extract articles and keep them in the SQLite store."""

from __future__ import annotations

from collections import Counter

import typer
from rich.table import Table

from ..read import ReadError, count_articles, read_paths
from ..store import StoreError
from .app import app, err, open_store, out
from .options import Dask, DbPath, Mapping, Paths, Workers, mapping_or_exit
from .progress import Reporter

INTERRUPTED = 130  # the shell's code for a run stopped by Ctrl-C


@app.command()
def ingest(paths: Paths, db: DbPath = None, mapping: Mapping = None, workers: Workers = None,
           dask: Dask = None) -> None:
    """Extract every article in PATHS and store it in the database.

    Example: [bold]warta ingest ../shared/data/articles/dev-2025-06.jsonl --db news.db[/bold]

    Re-ingesting an article with the same text is a no-op (skipped as duplicate before any
    analysis; a warning names the stored id when it differs); the same id with new text
    replaces the old version. Articles are stored in batches, each article whole: a run that
    is killed leaves no half-written article, and running it again does only what is left.
    Failures are listed with their reasons; the exit code is 1 if any input failed.
    Ctrl-C stops after the batch being written and prints what was done.
    """
    from ..run import default_workers, extract
    from ..run.writer import Writer

    columns = mapping_or_exit(mapping)
    store = open_store(db)
    writer = Writer(store)
    counts: Counter[str] = Counter()
    failures: list[ReadError] = []
    interrupted = False

    def written(done: list[tuple[dict, str | None, str]], progress: Reporter) -> None:
        for record, origin, status in done:
            counts[status] += 1
            if status == "duplicate":
                warn_duplicate(store, progress, record["meta"]["content_hash"], record["id"], origin)

    try:
        with Reporter(err, "ingesting", count_articles(paths)) as progress:
            try:
                for item in extract(read_paths(paths, columns), workers=workers or default_workers(),
                                    scheduler=dask, known=store.has_hash, freeze=True):
                    counts["read"] += 1
                    if isinstance(item, ReadError):
                        failures.append(item)
                        counts["failed"] += 1
                        progress.say(f"[red]error[/red] {item}")
                    else:
                        article = item.article
                        for warning in article.warnings:
                            progress.say(f"[yellow]warning[/yellow] {article.origin}: {warning}")
                        if item.skipped:
                            counts["duplicate"] += 1
                            warn_duplicate(store, progress, article.content_hash, article.id or article.content_hash,
                                           article.origin)
                        else:
                            written(writer.add(item.record, article.origin, item.json), progress)
                    progress.advance()
            finally:  # also on Ctrl-C: what was extracted is stored
                written(writer.flush(), progress)
    except KeyboardInterrupt:
        interrupted = True
    except StoreError as error:  # the database stopped taking writes: stop, say what was stored
        err.print(f"[red]error[/red] {error}", highlight=False)
        failures.append(ReadError(store.path, "database error"))
    finally:
        store.close()
    summarise(store.path, counts, failures, interrupted)
    raise typer.Exit(INTERRUPTED if interrupted else 1 if failures else 0)


def warn_duplicate(store, progress: Reporter, content_hash: str, article_id: str, origin: str | None) -> None:
    """A warning when the same text is stored under another id."""
    stored_as = store.has_hash(content_hash)
    if stored_as and stored_as != article_id:
        progress.say(f"[yellow]warning[/yellow] {origin}: same text as stored article "
                     f"{stored_as!r}; not stored again as {article_id!r}")


def summarise(path: str, counts: Counter[str], failures: list[ReadError], interrupted: bool) -> None:
    title = f"Ingest into {path}" + (" (interrupted: the articles counted here are stored)" if interrupted else "")
    summary = Table(title=title, title_justify="left")
    for column in ("read", "stored", "updated", "skipped (duplicate)", "failed"):
        summary.add_column(column, justify="right")
    summary.add_row(*(str(counts[key]) for key in ("read", "stored", "updated", "duplicate", "failed")))
    out.print(summary)
    reasons = Counter(f.reason.split(" (")[0] for f in failures)
    for reason, n in reasons.most_common():
        out.print(f"  {n} × {reason}", highlight=False)
