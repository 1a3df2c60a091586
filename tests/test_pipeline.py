"""The library API: `warta.load()` and `warta.extract()`."""

from spacy.language import Language

import warta
from warta.pipeline import COMPONENTS


def test_pipeline_components_run_in_order_and_each_requirement_is_met(nlp):
    assert tuple(nlp.pipe_names) == COMPONENTS
    assert nlp.pipe_names[:2] == ["warta_clean", "warta_sentences"]
    assert nlp.analyze_pipes()["problems"] == {name: [] for name in COMPONENTS}


def test_pipeline_load_gives_a_callable_that_annotates_text(nlp):
    doc = nlp("JAKARTA, KOMPAS.com - Harga beras naik.\nBaca juga: Harga Cabai Turun\nPedagang kaget.")
    assert doc._.warta_dateline["outlet"] == "Kompas.com"
    assert [(s.label_, s.text) for s in doc.spans["warta_boilerplate"]] == [("read-also", "Baca juga: Harga Cabai Turun")]
    assert [s.text.strip() for s in doc.sents if s.text.strip()][-1] == "Pedagang kaget."


def test_pipeline_extract_gives_the_record_of_the_spec():
    record = warta.extract("HARIAN DISWAY - Blinken berbicara pada Selasa 12 Desember 2023.", id="000_x")
    assert list(record)[:11] == ["id", "outlet", "published", "title", "url", "text", "dateline", "boilerplate",
                                 "sentences", "entities", "quotes"]
    assert (record["id"], record["outlet"], record["published"]) == ("000_x", "Harian Disway", "2023-12-12")
    assert record["meta"]["published_source"] == "text"


def test_pipeline_extract_without_id_uses_the_content_hash():
    record = warta.extract("Harga naik.")
    assert record["id"] == record["meta"]["content_hash"] and len(record["id"]) == 16


@Language.component("test_explode")
def explode(doc):
    if "meledak" in doc.text:
        raise RuntimeError("boom")
    return doc


def test_pipeline_failing_article_is_reported_and_the_run_goes_on():
    nlp = warta.load(("warta_clean", "warta_sentences", "test_explode"))
    articles = [warta.Article(text="Bom meledak.", origin="a.txt"), warta.Article(text="Harga naik.", origin="b.txt")]
    results = list(warta.pipeline.extract_all(nlp, articles))
    assert str(results[0]) == "a.txt: extraction failed: RuntimeError: boom"
    assert results[1][1]["sentences"] == [[0, 11]]


def test_tokenizer_prefix_search_finds_what_spacys_compiled_prefixes_find():
    """The faster prefix search must split words exactly as spaCy's own regex would,
    including the unanchored `<a ...>` branch of spaCy's prefixes further into a word."""
    import random

    from spacy.util import compile_prefix_regex

    from warta.lang.id.tokenizer import PrefixSearch, WartaIndonesian

    prefixes = tuple(WartaIndonesian.Defaults.prefixes)
    fast, whole = PrefixSearch(prefixes).search, compile_prefix_regex(prefixes).search
    pieces = list("<a>b/ x\"“”'$.,(\n1") + ["<a href=1>", "<br/>", "Rp", "‚Äù", "US$"]
    rng = random.Random(0)
    for _ in range(20_000):
        word = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 6)))
        expected, found = whole(word), fast(word)
        assert (expected and expected.span()) == (found and found.span()), word


def test_tokenizer_cache_splits_as_spacy_does_and_splits_each_word_once(nlp):
    """spaCy stops caching a text's words after its first tokenizer exception (`Jend.`);
    Warta's tokenizer gives the same tokens as spaCy's, and splits a word it has seen
    before from the cache: the affix patterns are not run on it again."""
    from spacy.tokenizer import Tokenizer

    from warta.lang.id.tokenizer import CachingTokenizer

    tok = nlp.tokenizer
    seen: list[str] = []

    def counting(text):
        seen.append(text)
        return tok.suffix_search(text)

    settings = dict(rules=nlp.Defaults.tokenizer_exceptions, prefix_search=tok.prefix_search,
                    infix_finditer=tok.infix_finditer, token_match=tok.token_match, url_match=tok.url_match)
    caching = CachingTokenizer(nlp.vocab, suffix_search=counting, **settings)
    plain = Tokenizer(nlp.vocab, suffix_search=tok.suffix_search, **settings)
    texts = ["Jend. Andika mengatakan, “Kami siap.” (6/11).Mengkritik IsraelMemo tersebut.\n\nkata dia.",
             "Kata Jend. Andika: “Kami siap,” ujar dia di Jakarta (6/11)."]
    for text in texts + texts + texts:
        assert [(t.text, t.idx, t.whitespace_) for t in caching(text)] == \
               [(t.text, t.idx, t.whitespace_) for t in plain(text)]
    seen.clear()
    caching(texts[0])
    assert "mengatakan," not in seen and "Andika" not in seen
