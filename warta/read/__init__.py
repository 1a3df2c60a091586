"""Reading inputs: .txt, JSON Lines, CSV and HTML files, folders and stdin."""

from .article import Article, ReadError
from .fields import parse_mapping
from .paths import count_articles, read_paths

__all__ = ["Article", "ReadError", "count_articles", "parse_mapping", "read_paths"]
