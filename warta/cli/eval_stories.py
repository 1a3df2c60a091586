"""`warta eval stories` (the store's stories against gold story clusters, B-cubed) and
`warta eval registry` (the entity registry's most-quoted people)."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from ..eval.registry import check_registry
from ..eval.stories import evaluate, read_gold
from ..store.corpus import CorpusStore
from .app import eval_app, print_report
from .corpus_options import open_corpus
from .options import DbPath

GoldFile = Annotated[Path, typer.Argument(help='Gold stories: JSONL rows {"story": label, "ids": [article ids]}.',
                                          exists=True, show_default=False)]


@eval_app.command("stories")
def eval_stories(gold: GoldFile, db: DbPath = None,
                 errors: Annotated[bool, typer.Option("--errors", help="List split and merged stories.")] = False,
                 json: Annotated[bool, typer.Option("--json", help="Print the report as JSON.")] = False) -> None:
    """B-cubed P/R/F1 of the store's stories over the gold's articles, with the all-singletons baseline.

    Example: [bold]warta eval stories tests/data/stories/dev-2025-06-18.jsonl --db dev.db[/bold]
    """
    store = open_corpus(db)
    labels = read_gold(gold)
    predicted = CorpusStore(store).story_ids(list(labels))
    print_report(evaluate(labels, predicted, gold.name), as_json=json, show_errors=errors)


@eval_app.command("registry")
def eval_registry(db: DbPath = None,
                  top: Annotated[int, typer.Option("--top", help="How many of the most-quoted people.")] = 50,
                  errors: Annotated[bool, typer.Option("--errors", help="List every clash and split.")] = False,
                  json: Annotated[bool, typer.Option("--json", help="Print the report as JSON.")] = False) -> None:
    """Check the entity registry: one entity per most-quoted person, none mixing two people.

    Example: [bold]warta eval registry --db dev.db --top 50 --errors[/bold]
    """
    print_report(check_registry(open_corpus(db), top), as_json=json, show_errors=errors)
