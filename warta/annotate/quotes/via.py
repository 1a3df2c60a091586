"""Attribution chains: who or what the words passed through before the page.

Three kinds of link: an outlet or agency (`dilansir dari BolaSport`, `mengutip Antara`)
and a spokesperson (`Pernyataan tersebut disampaikan oleh ... Miller`), read from
`lang/id/via.jsonl`; and a channel, read by a small grammar over the noun classes of
`lang/id/via_channels.jsonl`: a site or account (`melalui akun X (Twitter)`, `di situs resmi
klub`), a show (`saat live bersama Radio Kesehatan`, `muncul di acara JTBC, "Run.wav"`) or a
third party's release (`melalui rilis PBSI`). A channel said in a sentence that quotes no one
covers its owner's next quotes (a show: the next speaker's).
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
    show: bool = False  # a show or interview named after its noun: no person (`wawancara dengan Trump`)
    forward: bool = False  # said of the next quote's speaker when its own sentence quotes no one


def _rows() -> list[tuple[re.Pattern, dict]]:
    rows = sorted(patterns("via"), key=lambda r: len(r["cue"]), reverse=True)
    rows = [{**r, "_low": r["cue"].lower()} for r in rows]
    # `dikutip dariAntara`: scraping glues the name to its cue; a capital after the cue still ends it
    # `laman resminya`: a possessive on the cue's last word
    return [(re.compile(rf"(?<![\w-]){re.escape(r['cue'])}(?:nya)?(?:(?![\w-])|(?=(?-i:[A-Z])))", re.I), r) for r in rows]


ROWS = _rows()
PLATFORMS = tuple(words("speakers_platforms"))
PLATFORM = re.compile(r"[ \t]+(?P<name>" + "|".join(map(re.escape, PLATFORMS)) + r")(?![\w-])")
KNOWN_OUTLET = re.compile(r"(?P<name>" + "|".join(map(re.escape, sorted(OUTLETS, key=len, reverse=True))) + r")(?![\w-])", re.I)
# `dilansir Beritasatu.com dari laman BBC`: the outlet's own source
FROM_SOURCE = re.compile(r"[ \t]+dari[ \t]+(?:(?P<site>laman|situs)[ \t]+|media[ \t]+)?")
# `(AFP/OL-1)`, `(Reuters)`: a wire story's credit at its end
WIRE_CREDIT = re.compile(r"\((?P<name>[A-Z][\w.]+)(?:/[\w-]+)?\)\W*$")

# -- channel phrases (`lang/id/via_channels.jsonl`) --------------------------------------
# `melalui akun Instagram pribadinya`, `di situs resmi klub`, `dalam sebuah cuitan`: a
# preposition, a channel noun, then modifiers, platforms and an owner, named as written from the
# noun; `saat live bersama Radio Kesehatan`, `wawancara dengan Sky Bet`: a show, named by its name;
# `muncul di acara JTBC, "Run.wav"`: a show after an appearance verb; `melalui rilis PBSI`: a
# release by a named owner.
_CHANNEL_ROWS = patterns("via_channels")


def _class(name: str) -> list[dict]:
    return [r for r in _CHANNEL_ROWS if r["kind"] == name]


def _alt(items) -> str:
    return "|".join(re.escape(i).replace(r"\ ", r"[ \t]+") for i in sorted(items, key=len, reverse=True))


_PREPS = _alt(r["word"] for r in _class("preposition"))
_SITES = _alt(r["noun"] for r in _class("site"))
_MODS = {r["word"] for r in _class("modifier")}
_OWNERS = {r["word"] for r in _class("owner")}
_DETS = _alt(r["word"] for r in _class("determiner"))
SITE = re.compile(rf"(?<![\w-])(?:{_PREPS})[ \t]+(?P<det>(?:{_DETS})[ \t]+)?(?P<noun>{_SITES})(?P<own>nya)?(?![\w-])", re.I)
_MOD = re.compile(r"[ \t]+(?:(?P<platform>" + _alt(PLATFORMS) + r")(?:[ \t]+\([A-Z][\w ]{1,20}\))?|" + _alt(_MODS | {"media sosial", "sosial media"}) + r")(?P<own>-?nya)?(?![\w-])")
_OWNER = re.compile(r"[ \t]+(?:milik[ \t]+)?(?P<owner>" + _alt(_OWNERS) + r")(?![\w-])", re.I)
_HANDLE = re.compile(r"[ \t]+\(?@\w+\)?")
SHOW = re.compile(r"(?<![\w-])(?P<noun>" + _alt(r["noun"] for r in _class("show")) + r")[ \t]+(?P<link>"
                  + _alt({t for r in _class("show") for t in r["then"]}) + r")[ \t]+", re.I)
APPEARANCE = re.compile(r"(?<![\w-])(?:" + _alt(r["word"] for r in _class("appear")) + r")[ \t]+(?:di|dalam|pada)[ \t]+(?:"
                        + _alt(r["noun"] for r in _class("appearance")) + r")(?:[ \t]+(?:televisi|TV|radio))?(?![\w-])", re.I)
RELEASE = re.compile(r"(?<![\w-])(?:dalam|melalui|lewat|pada)[ \t]+(?P<noun>" + _alt(r["noun"] for r in _class("release"))
                     + r")(?:[ \t]+resmi)?(?![\w-])", re.I)
SITE_DOMAIN = re.compile(r"[\w-]+(?:\.[\w-]+)*\.(?:com|co\.id|go\.id|or\.id|id|net|org|tv)(?![\w.])", re.I)
TITLE = re.compile(r"[ \t]*,?[ \t]*[\"“'‘](?P<name>[^\"”'’\n]{2,40})[\"”'’]")
CHANNEL_KEYS = {kind: tuple((r.get("noun") or r["word"]).lower() for r in _class(kind)) for kind in ("site", "show", "appear", "release")}
MEDIA_WORDS = {r["word"].lower() for r in _class("media_word")}
CHANNEL_WORDS = tuple(sorted({w for words_ in CHANNEL_KEYS.values() for w in words_}))


def _caps_name(text: str, pos: int, end: int) -> tuple[int, int] | None:
    """The capitalised name at pos (after blanks): its span, without a trailing `di` or date."""
    m = re.match(r"[ \t]*", text[pos:end])
    start = pos + m.end()
    run = CAPS_RUN.match(text, start, end)
    if not run:
        site = SITE_DOMAIN.match(text, start, end)  # `situs bmkg.go.id`
        return (start, site.end()) if site else None
    if run.group(0).split()[0].lower() in CALENDAR:
        return None
    name = re.split(r"\.\s", run.group(0))[0].rstrip(" .,")
    name = re.sub(r"(?:\s+(?:di|\([^)]*\)))+$", "", name) if not name.startswith("(") else name
    name = re.split(r"\s+di\s+", name)[0]
    return (start, start + len(name)) if name and not name.startswith("(") else None


def is_show_name(name: str) -> bool:
    """`Zach Sang Show`, `Radio Kesehatan`, `Sky Bet`: a show, station or outlet by its words, whatever NER says."""
    return is_outlet(name) or any(w.lower() in MEDIA_WORDS for w in name.split())


def find_channels(text: str, start: int, end: int, taken: list[tuple[int, int]]) -> list[Relay]:
    """Channel phrases between start..end that no outlet relay already took."""
    found: list[Relay] = []

    def free(a: int, b: int) -> bool:
        return not any(a < y and x < b for x, y in taken)

    def take(relay: Relay) -> None:
        found.append(relay)
        taken.append((relay.start, relay.end))

    lowered = text[start:end].lower()
    has = {kind: any(w in lowered for w in words_) for kind, words_ in CHANNEL_KEYS.items()}  # cheap tests first
    for m in SITE.finditer(text, start, end) if has["site"] else ():
        pos, named = m.end(), bool(m.group("own") or m.group("det"))
        while True:  # modifiers and platforms: `Instagram pribadinya`, `resmi`
            mod = _MOD.match(text, pos, end)
            if not mod:
                break
            pos, named = mod.end(), True
            if mod.group("own") or text[pos - 1] == ")":  # `akun X (Twitter) resmi`: the gloss ends it
                break
        owner = None if m.group("own") or (pos > m.end() and text[pos - 3:pos] == "nya") or text[pos - 1] == ")" else (
            _OWNER.match(text, pos, end) or _caps_name(text, pos, end))
        if isinstance(owner, tuple):
            pos, named = owner[1], True
        elif owner is not None:
            pos, named = owner.end(), True
        handle = _HANDLE.match(text, pos, end)
        if handle and handle.group(0).strip().startswith("("):
            pos = handle.end()
        if not named:
            continue
        first = m.start("det") if m.group("det") else m.start("noun")
        if free(m.start(), pos):
            take(Relay(m.start(), pos, "channel", re.sub(r"\s+", " ", text[first:pos]), first))
    for m in SHOW.finditer(text, start, end) if has["show"] else ():
        title = TITLE.match(text, m.end() - 1, end) if text[m.end() - 1:m.end()] in " \t" else None
        span = (title.start("name"), title.end("name")) if title else _caps_name(text, m.end(), end)
        if span and free(m.start(), span[1]):  # a quoted title is a show's; a bare name may be a person's
            take(Relay(m.start(), span[1], "channel", text[span[0]:span[1]], span[0], show=not title, forward=True))
    for m in APPEARANCE.finditer(text, start, end) if has["appear"] else ():
        caps = _caps_name(text, m.end(), end)
        title = TITLE.match(text, caps[1] if caps else m.end(), end)
        span = (title.start("name"), title.end("name")) if title else caps
        if span and free(m.start(), span[1]):
            take(Relay(m.start(), span[1], "channel", text[span[0]:span[1]], span[0], show=not title, forward=True))
    for m in RELEASE.finditer(text, start, end) if has["release"] else ():
        owner = _OWNER.match(text, m.end(), end)
        span = (owner.start("owner"), owner.end("owner")) if owner else _caps_name(text, m.end(), end)
        if span and free(m.start(), span[1]):
            take(Relay(m.start(), span[1], "channel", re.sub(r"\s+", " ", text[m.start("noun"):span[1]]), m.start("noun")))
    return found


KEYWORDS = tuple(sorted({re.split(r"\s", r["cue"].lower())[-1] for _, r in ROWS} | set(CHANNEL_WORDS)))


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


NAME_LEAD = re.compile(r"[ \t]*(?:dari|oleh|pada)?[ \t]*(?:laman|situs|media|kantor berita|laporan)?[ \t]*")


def _name_after(text: str, pos: int) -> tuple[int, str] | None:
    """The name after an outlet or spokesperson cue: a known outlet or a capitalised run."""
    at = NAME_LEAD.match(text, pos).end()  # matched in place: no copy of the rest of the text per cue
    known = KNOWN_OUTLET.match(text, at)
    run = CAPS_RUN.match(text, at)
    if known and (not run or len(known.group("name")) >= len(run.group(0).rstrip(" .,"))):
        return at, known.group("name")  # `mengutip detikcom`: a known outlet, whatever its case
    if not run or run.group(0).split()[0].lower() in CALENDAR:
        return None  # `dikutip Rabu (11/6)`: when, not from whom
    name = re.split(r"\.\s", run.group(0))[0].strip().rstrip(".,")
    name = re.sub(r"\s+(?:di|\([^)]*\))$", "", name)
    told = name.split(" di ")[0]
    if told != name and is_outlet(told):  # `kepada Showbiz Liputan6.com di Jakarta Selatan`: where, not who
        name = told
    return at, name


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
            if kind == "channel":  # `melalui pesan singkat`: the channel is the cue's own noun
                head = re.sub(r"^(?:melalui|di|lewat|dari)\s+", "", row["cue"])
                found.append(Relay(m.start(), m.end(), kind, head, m.start()))
                taken.append((m.start(), m.end()))
                continue
            got = _name_after(text, m.end())
            if not got or not got[1]:
                continue
            name_start, name = got
            if row.get("outlet_only") and not is_outlet(name):
                continue  # `kepada wartawan`, `dilihat oleh warga`
            taken.append((m.start(), max(m.end(), name_start + len(name))))
            source = FROM_SOURCE.match(text, name_start + len(name), end) if kind == "outlet" else None
            deeper = _name_after(text, source.end()) if source else None
            if deeper and deeper[1]:  # the outlet's source is nearer the speaker (`dari laman BBC`: its site)
                site = source.group("site")
                found.append(Relay(m.start(), m.end(), kind, f"{site} {deeper[1]}" if site else deeper[1], deeper[0]))
                taken.append((source.start(), deeper[0] + len(deeper[1])))
            if kind == "outlet" and same_outlet(name, outlet):
                continue
            found.append(Relay(m.start(), m.end(), kind, name, name_start))
    found.extend(find_channels(text, start, end, taken))
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
