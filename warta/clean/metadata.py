"""Publication date and outlet: from the input fields when given, else from the
dateline, the URL or the text, recording where each came from."""

from __future__ import annotations

import re
from datetime import date

from .dateline import Dateline
from .outlets import outlet_from_url, outlet_name

ISO_DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
URL_DATE = re.compile(r"/(20\d{2}|19\d{2})/(\d{1,2})/(\d{1,2})/")
MONTHS = {
    "jan": 1, "januari": 1, "january": 1, "feb": 2, "februari": 2, "february": 2, "mar": 3, "maret": 3,
    "march": 3, "apr": 4, "april": 4, "mei": 5, "may": 5, "jun": 6, "juni": 6, "june": 6, "jul": 7,
    "juli": 7, "july": 7, "agu": 8, "agt": 8, "ags": 8, "agustus": 8, "aug": 8, "august": 8, "sep": 9,
    "sept": 9, "september": 9, "okt": 10, "oktober": 10, "oct": 10, "october": 10, "nov": 11,
    "november": 11, "des": 12, "desember": 12, "dec": 12, "december": 12,
}
WRITTEN_DATE = re.compile(r"\b(\d{1,2})\s+(" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?\s+((?:19|20)\d{2})\b",
                          re.IGNORECASE)
NUMERIC_DATE = re.compile(r"\b(\d{1,2})/(\d{1,2})/((?:19|20)\d{2})\b")


def _valid(year: int, month: int, day: int) -> str | None:
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None


def parse_date(raw: str | None) -> str | None:
    """An ISO date from the forms scrapers store: `2025-06-18`, `2025-06-18T10:00:00+07:00`,
    `Selasa, 17 Jun 2025 14:58 WIB`, `20/06/2025, 17:28 WIB`."""
    if not raw:
        return None
    for regex, order in ((ISO_DATE, "ymd"), (WRITTEN_DATE, "dmy"), (NUMERIC_DATE, "dmy")):
        match = regex.search(raw)
        if not match:
            continue
        a, b, c = match.groups()
        if order == "ymd":
            found = _valid(int(a), int(b), int(c))
        else:
            month = int(b) if b.isdigit() else MONTHS[b.lower()]
            found = _valid(int(c), month, int(a))
        if found:
            return found
    return None


def resolve_published(given: str | None, url: str | None, text: str, lead_end: int = 600) -> tuple[str | None, str | None]:
    """(ISO date, source) with source one of input / url / text, or (None, None).
    From the text only a full written date in the lead counts (the event date that
    opens most wire copy); a bare weekday never does."""
    if found := parse_date(given):
        return found, "input"
    if url and (match := URL_DATE.search(url)):
        if found := _valid(*map(int, match.groups())):
            return found, "url"
    for regex in (WRITTEN_DATE, NUMERIC_DATE):
        if match := regex.search(text[:lead_end]):
            if found := parse_date(match.group()):
                return found, "text"
    return None, None


def resolve_outlet(given: str | None, dateline: Dateline | None, url: str | None) -> tuple[str | None, str | None]:
    """(outlet, source) with source one of input / dateline / url."""
    if given:
        return outlet_name(given), "input"
    if dateline and dateline.outlet:
        return dateline.outlet, "dateline"
    if found := outlet_from_url(url):
        return found, "url"
    return None, None
