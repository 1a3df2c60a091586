"""Find the dateline (`JAKARTA, KOMPAS.com -`) that opens an article."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from ..lang.id import patterns
from .outlets import outlet_name

LEAD = 400  # a dateline sits in the first characters, after an optional caption line


@dataclass(frozen=True)
class Dateline:
    start: int
    end: int
    place: str | None
    outlet: str | None

    def as_dict(self) -> dict:
        return {"start": self.start, "end": self.end, "place": self.place, "outlet": self.outlet}


@cache
def _compiled() -> tuple[tuple[re.Pattern, str | None], ...]:
    return tuple((re.compile(p["pattern"], re.MULTILINE), p["outlet"]) for p in patterns("datelines"))


def _title(place: str | None) -> str | None:
    if not place:
        return None
    place = " ".join(place.replace("\u00a0", " ").split()).strip(" .,")
    return place.title() if place.isupper() else place


def find_dateline(text: str) -> Dateline | None:
    """The dateline at the start of the first or second non-empty line (the first
    may be an image caption), within the lead of the article."""
    lines = [m for m in re.finditer(r"[^\n]+", text[:LEAD]) if m.group().strip()][:2]
    for number, line in enumerate(lines):
        if number == 1 and not _may_be_caption(lines[0].group()):
            break
        start = line.start() + len(line.group()) - len(line.group().lstrip(" \t\ufeff\u00a0"))
        for regex, outlet in _compiled():
            match = regex.match(text, start)
            if not match:
                continue
            groups = match.groupdict()
            end = match.end()
            while end > start and text[end - 1] in " \t\n\u00a0":
                end -= 1
            return Dateline(start, end, _title(groups.get("place")), outlet or outlet_name(groups.get("outlet")))
    return None


def _may_be_caption(line: str) -> bool:
    """A short first line without a closing full stop may be a caption above the dateline."""
    line = line.strip()
    return len(line) < 160 and not line.endswith((".", "!", "?", "\"", "”")) or line.lower().endswith((".jpg", ".jpeg", ".png"))
