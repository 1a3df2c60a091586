"""Outlet names: one display name for every way an outlet is written."""

from __future__ import annotations

import re
from functools import cache
from urllib.parse import urlparse

from ..lang.id import patterns


@cache
def _aliases() -> dict[str, str]:
    return {alias.lower(): row["name"] for row in patterns("outlets") for alias in row["aliases"]}


DOMAIN = re.compile(r"(?i)[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|id|co\.id|net|org|news)")


def outlet_name(raw: str | None) -> str | None:
    """`KOMPAS.com` -> `Kompas.com`; an unknown domain in its usual lower case
    (`PELITATIMUR.CO.ID` -> `pelitatimur.co.id`, as a URL gives it); other unknown
    names as written."""
    if not raw:
        return None
    raw = raw.strip()
    known = _aliases().get(raw.lower())
    if known:
        return known
    return raw.lower() if DOMAIN.fullmatch(raw) else raw


def outlet_from_url(url: str | None) -> str | None:
    """`https://news.detik.com/berita/...` -> `detik.com` (the known outlet, else the host)."""
    if not url:
        return None
    host = (urlparse(url).hostname or "").removeprefix("www.")
    aliases = _aliases()
    parts = host.split(".")
    for i in range(len(parts) - 1):
        candidate = ".".join(parts[i:])
        if candidate in aliases:
            return aliases[candidate]
    return host or None
