"""Property tests: whatever text comes in — random Unicode, unbalanced and nested
quotation marks, control characters and NUL bytes, right-to-left text, emoji,
huge paragraphs, a 1 MB line — no reader and no annotator raises, and every
record keeps the contract (`warta.record.problems`): offsets inside the text,
each span's text the characters it points at.

Example counts come from a profile chosen by `WARTA_FUZZ`:
`ci` (the default, what `make test` runs: 10,000 examples for each reader, 2,000 for each
annotator property), `long` (before a release:
`WARTA_FUZZ=long pytest tests/test_fuzz.py`, hours), `dev` (a quick look)."""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import warta
from warta.pipeline import COMPONENTS, article_record, load
from warta.read import Article, ReadError, read_paths
from warta.read.article import Unusable
from warta.annotate.grammar import Ranges
from warta.record import problems, to_json

_QUIET = [HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.large_base_example]
# Examples per property: (annotators, readers). The readers are cheap, so they get more.
PROFILES = {"ci": (2_000, 10_000), "long": (100_000, 100_000), "dev": (100, 100)}
PROFILE = os.environ.get("WARTA_FUZZ", "ci")
ANNOTATOR_EXAMPLES, PARSER_EXAMPLES = PROFILES[PROFILE]
FUZZ = settings(max_examples=ANNOTATOR_EXAMPLES, deadline=None, suppress_health_check=_QUIET,
                derandomize=PROFILE == "ci")  # CI runs the same examples every time
FEW = settings(FUZZ, max_examples=max(1, ANNOTATOR_EXAMPLES // 400))  # huge inputs: fewer of them
PARSER = settings(FUZZ, max_examples=PARSER_EXAMPLES)

# Pieces of Indonesian news the rules react to, and characters that break naive code.
NEWS = [
    "JAKARTA, KOMPAS.com - ", "Presiden Joko Widodo", "Menteri Luar Negeri Amerika Serikat (AS) Antony Blinken",
    "Perserikatan Bangsa-Bangsa (PBB)", "PBB", " mengatakan, ", " kata dia.", "ujarnya", "menurut laporan Politico",
    "tulis Miller melalui akun X resmi", "Senin (6/11)", "pada 12 Desember 2023", "akhir bulan lalu", "pukul 10.00 WIB",
    "lebih dari 10.000 orang tewas", "Rp 1,5 triliun", "20 persen", "Baca juga: ", "ADVERTISEMENT",
    "SCROLL TO CONTINUE WITH CONTENT", "(can/mik)", "IsraelMemo", ". ", ", ", "\n", "\n\n", " ",
]
QUOTES = ['"', "“", "”", "‘", "’", "'", "«", "»", "„", "「", "」"]
ODD = ["\x07", "\x0b", "\x0c", "\x1b", "\x7f", "\u0085", "\u200b", "\u200d", "\u202e", "\u2028", "\ufeff",
       "\ufffd", "\r", "\r\n", "\t", "שלום", "مرحبا بالعالم", "👩‍👩‍👧", "🇮🇩", "e\u0301", "\U0001f600", "ﷺ", "Ⅻ", "١٢٣"]
pieces = st.one_of(st.sampled_from(NEWS), st.sampled_from(QUOTES), st.sampled_from(ODD), st.text(max_size=12))
texts = st.lists(pieces, max_size=60).map("".join)


@pytest.fixture(scope="module")
def pipeline():
    return load(COMPONENTS)


def record_of(nlp, text: str) -> dict | None:
    """The record, checked; None when Warta refuses the text as no article (empty,
    or holding NUL: binary data), which the command line reports as a bad input."""
    try:
        record = article_record(nlp, Article(text=text, published="2023-11-08"))
    except Unusable:
        assert not text.strip() or "\x00" in text
        return None
    assert problems(record) == []
    assert json.loads(to_json(record)) == json.loads(json.dumps(record))  # valid JSON, same either way
    return record


@FUZZ
@given(text=texts)
def test_fuzz_pipeline_keeps_the_contract(pipeline, text):
    record = record_of(pipeline, text)
    assert record is None or record["text"] == text


@FUZZ
@given(text=st.text())
def test_fuzz_pipeline_takes_any_unicode(pipeline, text):
    record_of(pipeline, text)


@FEW
@given(unit=texts.filter(bool), repeat=st.integers(100, 1_000), newlines=st.booleans())
def test_fuzz_pipeline_takes_huge_paragraphs(pipeline, unit, repeat, newlines):
    text = (unit if newlines else unit.replace("\n", " ")) * repeat
    record_of(pipeline, text[:200_000])


def test_fuzz_pipeline_takes_a_one_megabyte_line(pipeline):
    line = ("Presiden Joko Widodo mengatakan, “Kami akan membangun 10.000 rumah pada 2024,” "
            "kata dia di Jakarta, Senin (6/11). ") * 11_000
    record = record_of(pipeline, line[:1_000_000])
    assert len(record["text"]) == 1_000_000 and record["quotes"] and record["entities"]


def read_bytes(data: bytes, suffix: str) -> list[Article | ReadError]:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"input{suffix}"
        path.write_bytes(data)
        found = list(read_paths([path]))
    for item in found:
        assert isinstance(item, (Article, ReadError))
        if isinstance(item, Article):
            assert isinstance(item.text, str) and item.content_hash
    return found


def _row(text: str, **fields) -> bytes:
    return (json.dumps({"text": text, **fields}, ensure_ascii=False) + "\n").encode("utf-8", "surrogatepass")


binary = st.binary(max_size=400)
news_bytes = texts.map(lambda t: t.encode("utf-8"))
for_csv = st.lists(st.tuples(texts, texts), max_size=5).map(
    lambda rows: "id,text\n" + "".join(f'"{a.replace(chr(34), chr(34) * 2)}","{b.replace(chr(34), chr(34) * 2)}"\n'
                                       for a, b in rows))


@PARSER
@given(data=st.one_of(binary, news_bytes, texts.map(lambda t: t.encode("cp1252", "replace"))))
def test_fuzz_txt_reader(data):
    read_bytes(data, ".txt")


@PARSER
@given(data=st.one_of(binary, st.lists(st.one_of(texts.map(_row), binary, news_bytes), max_size=6).map(b"\n".join)))
def test_fuzz_jsonl_reader(data):
    read_bytes(data, ".jsonl")


@PARSER
@given(data=st.one_of(binary, for_csv.map(lambda t: t.encode("utf-8")), news_bytes))
def test_fuzz_csv_reader(data):
    read_bytes(data, ".csv")


@PARSER
@given(data=st.one_of(binary, news_bytes, texts.map(lambda t: f"<html><body><article><p>{t}</p></article></body></html>"
                                                   .encode("utf-8"))))
def test_fuzz_html_reader(data):
    read_bytes(data, ".html")


@FEW
@given(data=st.one_of(texts.map(_row), news_bytes))
def test_fuzz_read_then_extract(data):
    """The readers' output through the library entry point, as `warta extract` runs it."""
    for item in read_bytes(data, ".jsonl"):
        if isinstance(item, Article):
            assert problems(warta.extract(item)) == []


spans = st.lists(st.tuples(st.integers(0, 60), st.integers(0, 20)).map(lambda p: (p[0], p[0] + p[1])), max_size=12)


@FUZZ
@given(ranges=spans, probe=st.tuples(st.integers(0, 80), st.integers(0, 20)))
def test_fuzz_ranges_answer_as_a_scan_does(ranges, probe):
    start, end = probe[0], probe[0] + probe[1]
    found = Ranges(ranges)
    assert found.covers(start, end) == any(s <= start and end <= e for s, e in ranges)
    assert found.overlaps(start, end) == any(start < e and s < end for s, e in ranges)
