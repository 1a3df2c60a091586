"""The embedded SQLite store (all SQL is in `db.py`)."""

from .db import Database, StoreError, default_path

__all__ = ["Database", "StoreError", "default_path"]
