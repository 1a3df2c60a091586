"""`python -m warta ...` runs the `warta` command."""

from .cli import app

app(prog_name="warta")
