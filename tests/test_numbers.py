"""Indonesian numbers: dot thousands, comma decimals, number words, scales."""

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from warta.annotate.numbers import as_json_number, format_number, parse_number


@pytest.mark.parametrize("text, expected", [
    ("10.000", 10000),
    ("1.400", 1400),
    ("1,4 juta", 1400000),
    ("2,5 triliun", 2500000000000),
    ("1.016,3 triliun", 1016300000000000),
    ("806, 2 triliun", 806200000000000),
    ("0,5", 0.5),
    ("27", 27),
    ("600.000", 600000),
    ("dua", 2),
    ("sembilan belas", 19),
    ("dua puluh lima", 25),
    ("seratus dua puluh", 120),
    ("tiga ratus ribu", 300000),
    ("dua ribu lima ratus", 2500),
    ("seribu", 1000),
    ("satu setengah", 1.5),
    ("setengah juta", 500000),
    ("puluhan", 10),
    ("ratusan ribu", 100000),
    ("Empat", 4),
])
def test_numbers_parse(text, expected):
    assert as_json_number(parse_number(text)) == expected


@pytest.mark.parametrize("text", ["", "13.45", "tujuhbelas", "orang", "1/2"])
def test_numbers_parse_rejects_non_numbers(text):
    assert parse_number(text) is None


@pytest.mark.parametrize("value, expected", [
    (10000, "10.000"), (1.4, "1,4"), (1016.3, "1.016,3"), (0.09, "0,09"), (7, "7"), (-2500, "-2.500"),
])
def test_numbers_format(value, expected):
    assert format_number(value) == expected


@given(st.integers(min_value=0, max_value=10**15))
def test_numbers_integers_round_trip(value):
    assert parse_number(format_number(value)) == value


@given(st.decimals(min_value=0, max_value=10**12, places=3, allow_nan=False, allow_infinity=False))
def test_numbers_decimals_round_trip(value):
    assert parse_number(format_number(value)) == Decimal(value)
