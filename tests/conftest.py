import pytest

import warta
from warta.eval.gold import shared_dir

SHARED = shared_dir()


@pytest.fixture(scope="session")
def nlp():
    """The full pipeline, loaded once (models load slowly)."""
    return warta.load()


@pytest.fixture(scope="session")
def shared():
    """`../shared` (gold data, dev corpus, seeds); tests that need it skip without it."""
    if SHARED is None:
        pytest.skip("../shared is not beside the repository")
    return SHARED
