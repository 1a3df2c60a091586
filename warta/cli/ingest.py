"""`warta ingest`: extract articles and keep them in the SQLite store."""

from __future__ import annotations

from collections import Counter

import typer
from rich.table import Table

from ..pipeline import extract_all, shared
from ..read import ReadError, count_articles, read_paths
from ..store import StoreError
from .app import app, err, open_store, out
from .options import DbPath, Mapping, Paths, mapping_or_exit
from .progress import Reporter

INTERRUPTED = 130  # the shell's code for a run stopped by Ctrl-C


@app.command()
def ingest(paths: Paths, db: DbPath = None, mapping: Mapping = None) -> None:
    """Extract every article in PATHS and store it in the database.

    Example: [bold]warta ingest ../shared/data/articles/dev-2025-06.jsonl --db news.db[/bold]

    Re-ingesting an article with the same text is a no-op (skipped as duplicate; a warning
    names the stored id when it differs); the same id with new text replaces the old version.
    Failures are listed with their reasons; the exit code is 1 if any input failed.
    Ctrl-C stops after the article being written and prints what was done.
    """
    columns = mapping_or_exit(mapping)
    store = open_store(db)
    nlp = shared()
    counts: Counter[str] = Counter()
    failures: list[ReadError] = []
    interrupted = False
    try:
        with Reporter(err, "ingesting", count_articles(paths)) as progress:
            for item in extract_all(nlp, read_paths(paths, columns)):
                counts["read"] += 1
                if isinstance(item, ReadError):
                    failures.append(item)
                    counts["failed"] += 1
                    progress.say(f"[red]error[/red] {item}")
                else:
                    article, record = item
                    for warning in article.warnings:
                        progress.say(f"[yellow]warning[/yellow] {article.origin}: {warning}")
                    status = store.save(record, origin=article.origin)
                    counts[status] += 1
                    stored_as = store.has_hash(record["meta"]["content_hash"]) if status == "duplicate" else None
                    if stored_as and stored_as != record["id"]:
                        progress.say(f"[yellow]warning[/yellow] {article.origin}: same text as stored article "
                                     f"{stored_as!r}; not stored again as {record['id']!r}")
                progress.advance()
    except KeyboardInterrupt:
        interrupted = True
    except StoreError as error:  # the database stopped taking writes: stop, say what was stored
        err.print(f"[red]error[/red] {error}", highlight=False)
        failures.append(ReadError(store.path, "database error"))
    finally:
        store.close()
    summarise(store.path, counts, failures, interrupted)
    raise typer.Exit(INTERRUPTED if interrupted else 1 if failures else 0)


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
