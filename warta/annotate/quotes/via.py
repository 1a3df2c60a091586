"""Attribution chains: who or what the words passed through before the page.

Three kinds of link, read from `lang/id/via.jsonl`: an outlet or agency
(`dilansir dari BolaSport`, `mengutip Antara`), a channel (`melalui akun X
(Twitter)`, `website resmi Pemerintah Amerika Serikat`) and a spokesperson
(`Melalui penuturan Miller`, `Pernyataan tersebut disampaikan oleh ... Miller`).
Outlets and channels belong to the speaker they are said of and follow that
speaker through the article; a spokesperson relays the quotes next to it. An outlet
named at a sentence's start (`Melansir Reuters, ...`) sources the quotes after it, and a
wire credit at the end (`(AFP/OL-1)`) all of them. Outlet and platform names are data
(`speakers_outlets.txt`, `speakers_platforms.txt`); rows marked `outlet_only` accept
only a known outlet (`kepada Reuters`, not `kepada wartawan`)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ...lang.id import patterns, words
from .speakers import CALENDAR, OUTLETS

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
    # `dikutip dariAntara`: scraping glues the name to its cue; a capital after the cue still ends it
    # `laman resminya`: a possessive on the cue's last word
    return [(re.compile(rf"(?<![\w-]){re.escape(r['cue'])}(?:nya)?(?:(?![\w-])|(?=(?-i:[A-Z])))", re.I), r) for r in rows]


ROWS = _rows()
PLATFORMS = tuple(words("speakers_platforms"))
PLATFORM = re.compile(r"[ \t]+(?:akun[ \t]+)?(?P<name>" + "|".join(map(re.escape, PLATFORMS)) + r")(?![\w-])")
KNOWN_OUTLET = re.compile(r"(?P<name>" + "|".join(map(re.escape, sorted(OUTLETS, key=len, reverse=True))) + r")(?![\w-])", re.I)
# `dilansir Beritasatu.com dari laman BBC`: the outlet's own source
FROM_SOURCE = re.compile(r"[ \t]+dari[ \t]+(?:(?P<site>laman|situs)[ \t]+|media[ \t]+)?")
# `(AFP/OL-1)`, `(Reuters)`: a wire story's credit at its end
WIRE_CREDIT = re.compile(r"\((?P<name>[A-Z][\w.]+)(?:/[\w-]+)?\)\W*$")
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
CAPS_RUN = re.compile(r"(?:[A-Z][\w.&'-]*|@\w+|\([^)\n]{1,30}\))(?:(?:[ \t]+|¬†)(?:[A-Z0-9][\w.&'-]*|\([^)\n]{1,30}\)|di(?=[ \t]+[A-Z])))*")


def _name_after(text: str, pos: int, kind: str, head: str | None = None) -> tuple[int, str] | None:
    """The name after a relay cue: a capitalised run (outlets), or the channel phrase
    from its head noun (`akun X (Twitter)`, `website resmi Pemerintah Amerika Serikat`)."""
    rest = text[pos:]
    if kind == "channel":
        m = re.match(r"[ \t]*(?:dari|di|ke)?[ \t]*", rest)
        start = pos + m.end()
        rest = text[start:]
        head_match = re.match(r"(akun|website|laman|situs|kanal)(?:[ \t]+(resmi(?:nya)?))?", rest, re.I)
        if head_match:
            tail = CAPS_RUN.match(rest[head_match.end():].lstrip(" \t"))
            if not tail and not head_match.group(2):
                return None
            name = (rest[:head_match.end()] + (" " + tail.group(0) if tail else "")).strip()
            return start, re.sub(r"\s+", " ", name.rstrip(" ,.")) if tail or head_match.group(2) else None
        return start, head.strip() if head else None
    m = re.match(r"[ \t]*(?:dari|oleh|pada)?[ \t]*(?:laman|situs|media|kantor berita|laporan)?[ \t]*", rest)
    known = KNOWN_OUTLET.match(rest, m.end())
    run = CAPS_RUN.match(rest[m.end():])
    if known and (not run or len(known.group("name")) >= len(run.group(0).rstrip(" .,"))):
        return pos + m.end(), known.group("name")  # `mengutip detikcom`: a known outlet, whatever its case
    if not run or run.group(0).split()[0].lower() in CALENDAR:
        return None  # `dikutip Rabu (11/6)`: when, not from whom
    name = re.split(r"\.\s", run.group(0))[0].strip().rstrip(".,")
    name = re.sub(r"\s+(?:di|\([^)]*\))$", "", name)
    told = name.split(" di ")[0]
    if told != name and is_outlet(told):  # `kepada Showbiz Liputan6.com di Jakarta Selatan`: where, not who
        name = told
    return pos + m.end(), name


def find_relays(text: str, start: int, end: int, outlet: str | None = None) -> list[Relay]:
    """Relay cues between start..end (one sentence), skipping the article's own outlet."""
    found: list[Relay] = []
    taken: list[tuple[int, int]] = []
    lowered = text[start:end].lower()
    for pattern, row in ROWS:
        if row["_low"] not in lowered:  # a cheap test before the regex
            continue
        for m in pattern.finditer(text, start, end):
            if any(a <= m.start() < b for a, b in taken):
                continue
            kind = row["kind"]
            if row.get("platform"):  # `melalui Telegram`
                p = PLATFORM.match(text, m.end(), end)
                if p:
                    found.append(Relay(m.start(), p.end(), kind, p.group("name"), p.start("name")))
                    taken.append((m.start(), p.end()))
                continue
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
            if row.get("outlet_only") and not is_outlet(name):
                continue  # `kepada wartawan`, `dilihat oleh warga`
            taken.append((m.start(), max(m.end(), name_start + len(name))))
            source = FROM_SOURCE.match(text, name_start + len(name), end) if kind == "outlet" else None
            deeper = _name_after(text, source.end(), kind) if source else None
            if deeper and deeper[1]:  # the outlet's source is nearer the speaker (`dari laman BBC`: its site)
                site = source.group("site")
                found.append(Relay(m.start(), m.end(), kind, f"{site} {deeper[1]}" if site else deeper[1], deeper[0]))
                taken.append((source.start(), deeper[0] + len(deeper[1])))
            if kind == "outlet" and same_outlet(name, outlet):
                continue
            found.append(Relay(m.start(), m.end(), kind, name, name_start))
    return sorted(found, key=lambda r: r.start)


DOMAIN = re.compile(r"\w\.(?:com|co\.id|id|net|org|tv)$", re.I)


def is_outlet(name: str) -> bool:
    """A known outlet, a desk of one (`Showbiz Liputan6.com`) or a site by its domain (`fimela.com`)."""
    low = name.lower()
    return low in OUTLETS or low.split()[-1] in OUTLETS or bool(DOMAIN.search(name))


def _key(name: str) -> str:
    return re.sub(r"[^a-z0-9]", "", name.lower()).removesuffix("com")


def same_outlet(name: str, outlet: str | None) -> bool:
    """`CNBC Indonesia` and `cnbcindonesia.com`, `Tribunnews.com` and `bangka.tribunnews.com`,
    `Showbiz Liputan6.com` and `Liputan6.com`: the article's own outlet is no intermediary."""
    if not outlet:
        return False
    key = _key(name)
    labels = [_key(label) for label in outlet.split(".") if label.lower() not in ("www", "com", "co", "id", "net", "org")]
    labels.append(_key(outlet))
    return any(len(label) >= 4 and (label in key or key in label) for label in labels if label)


def is_fronted(text: str, sentence_start: int, relay: Relay) -> bool:
    """`Melansir CNBC International, Kamis, ...` / `Dikutip dari Reuters, ...`: an outlet named
    at the start of a sentence is the source of what follows, whoever speaks in it."""
    return relay.kind == "outlet" and not text[sentence_start:relay.start].strip(" \t\n,.'\"")


def wire_credit(text: str, outlet: str | None = None) -> str | None:
    """The agency credited at a wire story's end (`(AFP/OL-1)`): the source of all its quotes."""
    m = WIRE_CREDIT.search(text[-200:])
    if not m or m.group("name").lower() not in OUTLETS:
        return None
    return None if same_outlet(m.group("name"), outlet) else m.group("name")


def order(items: list[str], kinds: dict[str, str]) -> list[str]:
    """Nearest link first: spokesperson, then channel, then outlet; no repeats."""
    rank = {"spokesperson": 0, "nested": 0, "release": 0, "channel": 1, "outlet": 2}
    seen, out = set(), []
    for item in sorted(items, key=lambda i: rank.get(kinds.get(i, "outlet"), 3)):
        if item not in seen:
            seen.add(item)
            out.append(item)
    return out
