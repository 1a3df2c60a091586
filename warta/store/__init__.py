"""The embedded SQLite store (all SQL is in `db.py`)."""

from .db import Database, default_path

__all__ = ["Database", "default_path"]
