import pytest

import warta
from warta.eval.gold import shared_dir

SHARED = shared_dir()


@pytest.fixture(scope="session")
def nlp():
    """The full pipeline, loaded once (models load slowly)."""
    return warta.load()


@pytest.fixture(scope="session")
def quotes_nlp():
    """Cleaning, sentences and quotes only: fast, and the no-NER path is the one tested."""
    return warta.load(("warta_clean", "warta_sentences", "warta_quotes"))


@pytest.fixture(scope="session")
def shared():
    """`../shared` (gold data, dev corpus, seeds); tests that need it skip without it."""
    if SHARED is None:
        pytest.skip("../shared is not beside the repository")
    return SHARED


@pytest.fixture(scope="session")
def sample_store(tmp_path_factory, nlp):
    """A store holding the bundled sample corpus and the hostile corpus of tests/browser/,
    taken into the corpus (stories, entities); ingested once, the web tests only read it."""
    from pathlib import Path

    from warta import corpus
    from warta.pipeline import extract_all
    from warta.read import read_paths
    from warta.store import Database

    root = Path(__file__).parent.parent
    path = tmp_path_factory.mktemp("store") / "samples.db"
    store = Database(path)
    for item in extract_all(nlp, read_paths([str(root / "samples"), str(root / "tests/browser/hostile.jsonl")], {})):
        article, record = item
        store.save(record, origin=article.origin)
    corpus.update(store)
    store.close()
    return path
