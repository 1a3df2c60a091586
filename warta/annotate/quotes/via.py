"""Attribution chains: who or what the words passed through before the page.

Three kinds of link, read from `lang/id/via.jsonl`: an outlet or agency
(`dilansir dari BolaSport`, `mengutip Antara`), a channel (`melalui akun X
(Twitter)`, `website resmi Pemerintah Amerika Serikat`) and a spokesperson
(`Melalui penuturan Miller`, `Pernyataan tersebut disampaikan oleh ... Miller`).
Outlets and channels belong to the speaker they are said of and follow that
speaker through the article; a spokesperson relays the quotes next to it."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ...lang.id import patterns

CHANNEL_HEADS = ("akun", "website", "laman", "situs", "kanal", "WeChat", "pesan singkat", "panggilan telepon")
# `Hal itu diungkapkan langsung oleh X`: the speaker of the previous sentence's quote
FORWARD = re.compile(r"\W*(?:Hal|Pernyataan|Penjelasan|Keterangan|Ucapan|Informasi|Kabar)\s+(?:itu|tersebut|ini)\s+(?:juga\s+)?"
                     r"(?:di\w+|disampaikan)\s+(?:langsung\s+)?(?:oleh\s+)?(?P<np>[^.]+)")


@dataclass
class Relay:
    start: int  # the cue's offsets
    end: int
    kind: str  # outlet / channel / spokesperson
    name: str
    name_start: int


def _rows() -> list[tuple[re.Pattern, dict]]:
    rows = sorted(patterns("via"), key=lambda r: len(r["cue"]), reverse=True)
    rows = [{**r, "_low": r["cue"].lower()} for r in rows]
    return [(re.compile(rf"(?<![\w-]){re.escape(r['cue'])}(?![\w-])", re.I), r) for r in rows]


ROWS = _rows()
KEYWORDS = tuple(sorted({re.split(r"\s", r["cue"].lower())[-1] for _, r in ROWS}))


def cue_positions(text: str) -> list[int]:
    """Where any relay cue's last word occurs (a fast prefilter: `str.find` per keyword)."""
    lowered = text.lower()
    found = []
    for word in KEYWORDS:
        at = lowered.find(word)
        while at >= 0:
            found.append(at)
            at = lowered.find(word, at + 1)
    return sorted(found)
CAPS_RUN = re.compile(r"(?:[A-Z][\w.&'-]*|@\w+|\([^)\n]{1,30}\))(?:[ \t]+(?:[A-Z0-9][\w.&'-]*|\([^)\n]{1,30}\)|di(?=[ \t]+[A-Z])))*")


def _name_after(text: str, pos: int, kind: str, head: str | None = None) -> tuple[int, str] | None:
    """The name after a relay cue: a capitalised run (outlets), or the channel phrase
    from its head noun (`akun X (Twitter)`, `website resmi Pemerintah Amerika Serikat`)."""
    rest = text[pos:]
    if kind == "channel":
        m = re.match(r"[ \t]*(?:dari|di|ke)?[ \t]*", rest)
        start = pos + m.end()
        rest = text[start:]
        head_match = re.match(r"(akun|website|laman|situs|kanal)(?:[ \t]+(resmi))?", rest, re.I)
        if head_match:
            tail = CAPS_RUN.match(rest[head_match.end():].lstrip(" \t"))
            offset = head_match.end() + (len(rest[head_match.end():]) - len(rest[head_match.end():].lstrip(" \t")))
            if not tail and not head_match.group(2):
                return None
            name = (rest[:head_match.end()] + (" " + tail.group(0) if tail else "")).strip()
            return start, re.sub(r"\s+", " ", name.rstrip(" ,.")) if tail or head_match.group(2) else None
        return start, head.strip() if head else None
    m = re.match(r"[ \t]*(?:dari|oleh)?[ \t]*(?:laman|situs|media|kantor berita|laporan)?[ \t]*", rest)
    run = CAPS_RUN.match(rest[m.end():])
    if not run:
        return None
    name = re.split(r"\.\s", run.group(0))[0].strip().rstrip(".,")
    name = re.sub(r"\s+(?:di|\([^)]*\))$", "", name)
    return pos + m.end(), name


def find_relays(text: str, start: int, end: int, outlet: str | None = None) -> list[Relay]:
    """Relay cues between start..end (one sentence), skipping the article's own outlet."""
    found: list[Relay] = []
    taken: list[tuple[int, int]] = []
    own = (outlet or "").lower().replace(".com", "")
    lowered = text[start:end].lower()
    for pattern, row in ROWS:
        if row["_low"] not in lowered:  # a cheap test before the regex
            continue
        for m in pattern.finditer(text, start, end):
            if any(a <= m.start() < b for a, b in taken):
                continue
            kind = row["kind"]
            if kind == "channel" and not any(h.lower() in row["cue"].lower() for h in ("akun", "website", "laman")):
                head = re.sub(r"^(?:melalui|di|lewat|dari)\s+", "", row["cue"])
                found.append(Relay(m.start(), m.end(), kind, head, m.start()))
                taken.append((m.start(), m.end()))
                continue
            if kind == "channel":
                head_pos = m.start() + row["cue"].lower().find(next(h for h in ("akun", "website", "laman") if h in row["cue"].lower()))
                got = _name_after(text, head_pos, kind)
            else:
                got = _name_after(text, m.end(), kind)
            if not got or not got[1]:
                continue
            name_start, name = got
            if kind == "outlet" and own and own in name.lower().replace(".com", ""):
                continue
            found.append(Relay(m.start(), m.end(), kind, name, name_start))
            taken.append((m.start(), max(m.end(), name_start + len(name))))
    return sorted(found, key=lambda r: r.start)


def order(items: list[str], kinds: dict[str, str]) -> list[str]:
    """Nearest link first: spokesperson, then channel, then outlet; no repeats."""
    rank = {"spokesperson": 0, "nested": 0, "channel": 1, "outlet": 2}
    seen, out = set(), []
    for item in sorted(items, key=lambda i: rank.get(kinds.get(i, "outlet"), 3)):
        if item not in seen:
            seen.add(item)
            out.append(item)
    return out
