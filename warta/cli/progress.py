"""Progress of a long run on stderr: a Rich bar with count, total and time left on a
terminal; in a log (stderr not a terminal) a plain line every `LOG_EVERY` seconds."""

from __future__ import annotations

import time

from rich.console import Console
from rich.progress import (BarColumn, MofNCompleteColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn,
                           TimeRemainingColumn)

LOG_EVERY = 10.0  # seconds between plain progress lines


def _duration(seconds: float) -> str:
    minutes, seconds = divmod(int(seconds), 60)
    hours, minutes = divmod(minutes, 60)
    return f"{hours}h{minutes:02d}m" if hours else f"{minutes}m{seconds:02d}s" if minutes else f"{seconds}s"


class Reporter:
    """`with Reporter(err, "ingest", total) as progress: ... progress.advance()`; messages
    go through `progress.say` so they print above the bar."""

    def __init__(self, console: Console, verb: str, total: int | None):
        self.console, self.verb, self.total = console, verb, total
        self.done = 0
        self.started = self.logged = time.monotonic()
        self.bar = None
        if console.is_terminal:
            self.bar = Progress(SpinnerColumn(), TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
                                TimeElapsedColumn(), TextColumn("left"), TimeRemainingColumn(),
                                console=console, transient=True)
            self.task = self.bar.add_task(verb, total=total)

    def __enter__(self) -> "Reporter":
        if self.bar:
            self.bar.start()
        return self

    def __exit__(self, *exc) -> None:
        if self.bar:
            self.bar.stop()

    def say(self, message: str) -> None:
        self.console.print(message, highlight=False)

    def advance(self) -> None:
        self.done += 1
        if self.bar:
            self.bar.update(self.task, advance=1)
            return
        now = time.monotonic()
        if now - self.logged >= LOG_EVERY:
            self.logged = now
            self.console.print(self.line(now), highlight=False, markup=False)

    def line(self, now: float) -> str:
        """`ingest: 1200/4390 articles (27%), 35.1/s, 1m30s left`"""
        elapsed = max(now - self.started, 1e-9)
        rate = self.done / elapsed
        if not self.total:
            return f"{self.verb}: {self.done} articles, {rate:.3g}/s"
        left = f", {_duration((self.total - self.done) / rate)} left" if rate and self.done < self.total else ""
        return (f"{self.verb}: {self.done}/{self.total} articles ({100 * self.done // self.total}%), "
                f"{rate:.3g}/s{left}")
