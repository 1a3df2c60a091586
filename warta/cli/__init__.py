"""The `warta` command. Each module in this package adds its commands to `app`
(or to `eval_app` for `warta eval ...`); they are all imported here."""

import importlib
import pkgutil

from .app import app, eval_app

for _module in pkgutil.iter_modules(__path__):
    importlib.import_module(f"{__name__}.{_module.name}")

__all__ = ["app", "eval_app"]
