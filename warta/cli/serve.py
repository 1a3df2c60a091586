"""`warta serve`: the web app and JSON API over a store, read-only unless given a token."""

from __future__ import annotations

from typing import Annotated

import typer

from ..store import default_path
from ..store.reader import StoreError
from .app import app, err, out
from .options import DbPath


@app.command()
def serve(db: DbPath = None,
          host: Annotated[str, typer.Option(help="Address to listen on (127.0.0.1: this machine only).")] = "127.0.0.1",
          port: Annotated[int, typer.Option(help="Port to listen on.")] = 8000,
          token: Annotated[str | None, typer.Option(
              envvar="WARTA_TOKEN", help="Enable POST /api/articles for clients sending `Authorization: Bearer TOKEN`.",
              show_default=False)] = None) -> None:
    """Browse a store in a web browser, and query it as JSON (docs at /docs).

    Example: [bold]warta serve --db news.db[/bold], then open http://127.0.0.1:8000/
    """
    import uvicorn

    from ..serve import create_app

    path = str(db or default_path())
    try:
        web = create_app(path, token=token)
    except StoreError as error:
        err.print(f"[red]error[/red] {error}", highlight=False)
        raise typer.Exit(1) from None
    mode = "read-write for token holders" if token else "read-only"
    out.print(f"Warta is serving [bold]{path}[/bold] ({mode}) at [bold]http://{host}:{port}/[/bold]  "
              "(API docs: /docs; Ctrl-C stops)", highlight=False)
    uvicorn.run(web, host=host, port=port, log_level="warning")
