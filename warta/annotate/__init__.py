"""spaCy components that annotate an article. Importing this package registers them."""

from . import clean, dates, entities, extensions, figures, quotes, sentences  # noqa: F401  (registration side effects)
