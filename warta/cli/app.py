"""The Typer apps every command module registers on, and shared output helpers.
Rich is used only inside this package."""

from __future__ import annotations

import json

import typer
from rich.console import Console
from rich.table import Table as RichTable

from ..eval.report import Report
from ..store import Database, StoreError

app = typer.Typer(help="Warta: who said what, about whom, when, in Indonesian news.", no_args_is_help=True,
                  add_completion=False, rich_markup_mode="rich")
eval_app = typer.Typer(help="Score Warta against gold data and print the figures.", no_args_is_help=True)
app.add_typer(eval_app, name="eval")


def _print_version(value: bool) -> None:
    if value:
        from .. import __version__

        print(f"warta {__version__}")
        raise typer.Exit()


@app.callback()
def main(version: bool = typer.Option(False, "--version", callback=_print_version, is_eager=True,
                                      help="Print the version and exit.")) -> None:
    """Warta: who said what, about whom, when, in Indonesian news."""

out = Console(soft_wrap=True)
err = Console(stderr=True, soft_wrap=True)


def fail(message: str, code: int = 1) -> typer.Exit:
    """Print one error line on stderr; `raise fail(...)` ends the command with `code`."""
    err.print(f"[red]error[/red] {message}", highlight=False)
    return typer.Exit(code)


def open_store(path, create: bool = True) -> Database:
    """The database at `--db`, or one clear error line and exit code 1."""
    try:
        return Database(path, create=create)
    except StoreError as error:
        raise fail(str(error)) from None


def gold_or_exit(path, key: str) -> list[dict]:
    """The rows of a gold JSONL file (as `shared/gold/dev-annotations.jsonl`) that annotate
    `key` (quotes, dates, figures), or one error line and exit code 1: scoring a file
    that is not gold would print zeros as if they were figures."""
    from ..eval.gold import load_gold

    try:
        rows = load_gold(path)
    except (OSError, UnicodeDecodeError, ValueError) as error:
        raise fail(f"{path}: not a gold JSONL file ({error})") from None
    if not rows or not all(isinstance(r, dict) and isinstance(r.get("text"), str) for r in rows):
        raise fail(f"{path}: not a gold JSONL file (each line an object with a 'text' field)")
    if not any(isinstance(r.get(key), list) for r in rows):
        raise fail(f"{path}: no {key!r} annotations in this gold file")
    return rows


def print_report(report: Report, as_json: bool = False, show_errors: bool = False) -> None:
    """An evaluation report as Rich tables (or JSON with --json)."""
    if as_json:
        out.print_json(json.dumps(report.as_dict(), ensure_ascii=False))
        return
    out.rule(report.title)
    for table in report.tables:
        rich_table = RichTable(title=table.title, title_justify="left")
        for column in table.columns:
            rich_table.add_column(column, justify="right" if column not in (table.columns[0],) else "left")
        for row in table.rows:
            rich_table.add_row(*("" if v is None else str(v) for v in row))
        out.print(rich_table)
    for note in report.notes:
        out.print(f"[dim]{note}[/dim]")
    if show_errors:
        for line in report.errors:
            out.print(line, markup=False, highlight=False)
