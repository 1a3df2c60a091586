"""spaCy components that annotate an article. Importing this package registers them."""

from . import clean, extensions, sentences  # noqa: F401  (registration side effects)
