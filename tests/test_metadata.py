"""Publication date and outlet: input first, then dateline, URL or text — with the source recorded."""

import pytest

from warta.clean.dateline import find_dateline
from warta.clean.metadata import parse_date, resolve_outlet, resolve_published
from warta.clean.outlets import outlet_from_url


@pytest.mark.parametrize("raw, iso", [
    ("2025-06-18", "2025-06-18"),
    ("2025-06-18T10:00:00+07:00", "2025-06-18"),
    ("Selasa, 17 Jun 2025 14:58 WIB", "2025-06-17"),
    ("Kompas.com- 20/06/2025, 17:28 WIB", "2025-06-20"),
    ("22 Februari 2018 | 09.19 WIB", "2018-02-22"),
    ("Kamis   19 Jun 2025  10:18 WIB", "2025-06-19"),
    ("31/02/2025", None),
    ("kemarin", None),
])
def test_metadata_parse_date_from_scraper_formats(raw, iso):
    assert parse_date(raw) == iso


def test_metadata_published_prefers_input_then_url_then_text():
    text = "HARIAN DISWAY - Blinken berbicara pada Selasa 12 Desember 2023."
    assert resolve_published("2023-12-13", None, text) == ("2023-12-13", "input")
    assert resolve_published(None, "https://x.id/read/2023/12/11/berita", text) == ("2023-12-11", "url")
    assert resolve_published(None, None, text) == ("2023-12-12", "text")
    assert resolve_published(None, None, "Ia datang pada hari Senin (6/11).") == (None, None)


def test_metadata_outlet_prefers_input_then_dateline_then_url():
    dateline = find_dateline("JAKARTA, KOMPAS.com - Harga naik.")
    assert resolve_outlet("kompas.com", dateline, None) == ("Kompas.com", "input")
    assert resolve_outlet(None, dateline, "https://news.detik.com/x") == ("Kompas.com", "dateline")
    assert resolve_outlet(None, None, "https://news.detik.com/berita/d-1") == ("detik.com", "url")
    assert resolve_outlet(None, None, None) == (None, None)


def test_metadata_unknown_url_host_is_the_outlet():
    assert outlet_from_url("https://www.kabarbaru.id/a/b") == "kabarbaru.id"
