"""Hijri dates as Gregorian ones, by the tabular (arithmetical) Islamic calendar.

Indonesia fixes Ramadan and the holidays by sighting (rukyat) or by its own
reckoning (hisab), so a value may be a day off the official one; the month is right."""

from __future__ import annotations

from datetime import date, timedelta

EPOCH = 227015  # fixed day number (date.toordinal) of 1 Muharram 1 AH, Julian 16 July 622


def from_hijri(year: int, month: int, day: int) -> date:
    """Gregorian date of a Hijri date (Calendrical Calculations, fixed-from-islamic)."""
    fixed = (day + 29 * (month - 1) + (6 * month - 1) // 11 + (year - 1) * 354
             + (3 + 11 * year) // 30 + EPOCH - 1)
    return date.fromordinal(fixed)


def month_interval(year: int, month: int) -> tuple[date, date]:
    """First and last Gregorian day of a Hijri month."""
    first = from_hijri(year, month, 1)
    following = from_hijri(year + (month == 12), month % 12 + 1, 1)
    return first, following - timedelta(days=1)


def nearest_hijri_year(month: int, day: int, year: int | None = None, published: date | None = None,
                       future: bool = False, whole_month: bool = False) -> int | None:
    """The Hijri year of a year-less Hijri date: the one in the Gregorian `year` if given,
    else the nearest not after publication (not before it when marked future). A month
    alone (`bulan Ramadan`) is the nearest one either way: a story weeks before Ramadan
    speaks of the coming one, not of the one eleven months ago."""
    anchor = year if year is not None else (published.year if published else None)
    if anchor is None:
        return None
    guess = round((anchor - 622) * 33 / 32)
    candidates = [(from_hijri(hy, month, day), hy) for hy in range(guess - 2, guess + 3)]
    if year is not None:
        inside = [hy for day_, hy in candidates if day_.year == year]
        return inside[0] if inside else None
    if whole_month and not future:
        def distance(hy: int) -> int:
            first, last = month_interval(hy, month)
            return 0 if first <= published <= last else min(abs((first - published).days), abs((published - last).days))
        return min(range(guess - 2, guess + 3), key=lambda hy: (distance(hy), from_hijri(hy, month, 1) > published))
    if future:
        ahead = [(d, hy) for d, hy in candidates if d >= published]
        return min(ahead)[1] if ahead else None
    past = [(d, hy) for d, hy in candidates if d <= published]
    return max(past)[1] if past else None
