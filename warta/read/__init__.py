"""Reading inputs: .txt, JSON Lines, CSV and HTML files, folders and stdin."""

from .article import Article, ReadError
from .fields import parse_mapping
from .paths import read_paths

__all__ = ["Article", "ReadError", "parse_mapping", "read_paths"]
