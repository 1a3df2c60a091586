"""Who gives a figure: the speaker of the quote it sits in (from `warta_quotes`), else
a source its sentence names: `menurut X`, `X melaporkan bahwa`, `kata X`,
`berdasarkan data X` (patterns in `lang/id/figures_sources.jsonl`). A pronoun
(`kata dia`, `menurutnya`) takes the last source named before. Names become the
fullest form the article gives: the entity's name when `warta_entities` ran, else
an alias the article spells out (`lang/id/figures_aliases.jsonl`: `Mualem, sapaan
akrab Muzakir Manaf`) or a longer name holding it (`Febrio` -> `Febrio Kacaribu`).

Every pattern opens with its cue word; a name standing before the cue (`X
melaporkan`) is read backwards from it, which keeps the scan cheap."""

from __future__ import annotations

import bisect
from collections.abc import Callable
from functools import cache

import regex
from spacy.lang.id.stop_words import STOP_WORDS
from spacy.tokens import Doc

from ...lang.id import patterns, words
from .. import dates
from ..extensions import MENTIONS, QUOTES, raw_text, span_fields

NAME = (r"(?-i:(?:[A-Z][\w.'’-]*|[a-z]+[A-Z][\w-]*)"
        r"(?:[ \t]+(?:[A-Z][\w.'’-]*|[a-z]+[A-Z][\w-]*|(?:dan|bin|binti|van|de|al|for|of(?:[ \t]+the)?|and)(?=[ \t]+[A-Z])))*)")
BEFORE = regex.compile(r"(?r)(?<![\w-])(?P<name>" + NAME + r")(?:[ \t]+(?:juga|pun|telah|sebelumnya|yang|akrab))*,?[ \t]*\Z")
LONG_NAME = regex.compile(r"\b[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+)+|\b(?:[A-Z]\.)+[A-Z][a-z]+")  # or initials: S.Erlangga
NAME_PARTS = regex.compile(r"[ \t]+|(?<=\b[A-Z])\.")  # between the words of a name, after an initial
ESCAPED_BREAK = regex.compile(r"\\[rnt]")  # a line break kept as `\r` text by list-literal scrapes
OPENS_SENTENCE = regex.compile(r"(?:^|[.!?\"'“”\n]\s*|\.,)\Z")
LOWER_WORD = regex.compile(r"(?<![\w-])[a-z]+(?![\w-])")
CAMEL = regex.compile(r"[a-z]+[A-Z]")  # detikOto, liputan6: outlet names start lower case
AMOUNT = regex.compile(r"(?i:rp|usd|us\$|\$|€|£)?\.?\d")  # `temuan Rp300 triliun`: an amount, not a name
CONNECTORS = {"dan", "bin", "binti", "van", "de", "al", "for", "of", "the", "and"}  # English bodies too: `Center for ...`
PRONOUNS = {"ia", "dia", "beliau", "mereka", "kami", "saya", "kita", "aku"}
# a name ending a list inside a body's name: `Badan Meteorologi, | Klimatologi dan Geofisika`
LIST_HEAD = regex.compile(r"(?r)(?<![\w-])(?P<name>" + NAME + r"),[ \t]+(?:dan[ \t]+)?\Z")
LIST_END = regex.compile(r"[A-Z][\w-]*[ \t]+dan[ \t]+[A-Z][\w-]*\Z")
REACH = 80  # how far back a name before its cue may start
# a full stop ending a sentence (not after an initial or `Dr`), also glued to the next one (`Phang.Buat`)
SENTENCE_END = regex.compile(r"(?<!\b(?:[A-Z]|[A-Z][a-z]{1,3}))\.(?=[\s,¬\xa0'\"]|$|[A-Z][a-z])")
WORD = regex.compile(r"\w")
ACRONYM = regex.compile(r"[A-Z]{2,7}")  # BPS, BMKG, BNPB: written all in capitals
CAPITALISED = regex.compile(r"(?<![\w-])[A-Z][\w-]*")
QUOTE_MARK = regex.compile(r'["“”]')
PARAGRAPH_BREAK = regex.compile(r"\n|', '|\", \"")  # a line, or an item of a list-literal scrape
# cues that name whose data a speaker passes on (not the speaker's own `kata`, `mengatakan`)
CITING_KINDS = ("according-to", "based-on", "document-of", "cited", "study", "passive-agent")
ATTRIBUTION_REACH = 120  # how far after a closing mark its `kata X` may stand
# a sentence end the tokenizer runs over in old scrapes: a full stop before an escaped line
# break (`ini.\\r \\rFerrari`) or a stray comma (`AKP Effendi. , Polisi`, `2019).,Seperti`)
HARD_BREAK = regex.compile(r"(?<!\b(?:[A-Z]|[A-Z][a-z]{1,3}))[.!?][\"”’']?(?:[ \t]*(?:\\[rn]|,))+[ \t]*(?=[\"“‘']?[A-Z])")


@cache
def source_patterns() -> tuple[tuple[str, regex.Pattern, bool, tuple[str, ...]], ...]:
    """(kind, pattern, name stands before the cue, the lower-case words one of which a
    match holds: a substring test is far cheaper than a regex scan)."""
    return tuple((row["kind"], regex.compile(row["pattern"].replace("{NAME}", NAME)), row.get("name") == "before",
                  tuple(row.get("needs", ())))
                 for row in patterns("figures_sources") if not row.get("refers_back"))


@cache
def refers_back() -> regex.Pattern:
    """What marks a sentence as continuing the one before it (`Dari jumlah tersebut`)."""
    return regex.compile("|".join(row["pattern"] for row in patterns("figures_sources") if row.get("refers_back")))


@cache
def carrying_kinds() -> tuple[str, ...]:
    """The kinds of source that speak for the paragraphs after them too (a named survey)."""
    return tuple(row["kind"] for row in patterns("figures_sources") if row.get("carries"))


@cache
def next_sentence_kinds() -> tuple[str, ...]:
    """The kinds of source that speak for the next sentence of their paragraph too (`menurut X`,
    `berdasarkan data X`), where a speaker's `kata X` speaks for its own sentence only."""
    return tuple(row["kind"] for row in patterns("figures_sources") if row.get("carries_next"))


@cache
def alias_patterns() -> tuple[tuple[regex.Pattern, str | None], ...]:
    """(pattern, the group read backwards from the cue: `short` or `full`, or None)."""
    return tuple((regex.compile(row["pattern"].replace("{NAME}", NAME)), row.get("name"))
                 for row in patterns("figures_aliases"))


@cache
def titles() -> dict[str, tuple[str, ...]]:
    """First word -> the titles it starts, longest first."""
    by_first: dict[str, list[str]] = {}
    for title in sorted(words("figures_source_titles"), key=len, reverse=True):
        by_first.setdefault(title.split()[0], []).append(title)
    return {first: tuple(found) for first, found in by_first.items()}


def name_before(text: str, start: int) -> str | None:
    """The name that ends right before `start` (`Kementerian Kesehatan Gaza| melaporkan`)."""
    match = BEFORE.search(text, max(0, start - REACH), start)
    return match.group("name") if match else None


def name_list_before(text: str, start: int) -> str | None:
    """Like `name_before`, but a name that lists its parts (`Badan Meteorologi,
    Klimatologi dan Geofisika`, `Politik, Hukum, dan Keamanan`) is read whole: a
    comma joins the words before it when the list ends `, dan X` or `X dan Y` of one
    word each (not `Kata Budi, Kementerian Perumahan dan Kawasan Permukiman`)."""
    match = BEFORE.search(text, max(0, start - REACH), start)
    if not match:
        return None
    name, begin = match.group("name"), match.start("name")
    listed = False
    while (head := LIST_HEAD.search(text, max(0, begin - REACH), begin)) is not None:
        listed = listed or "dan" in text[head.end("name"):begin] or bool(LIST_END.match(name))
        if not listed:
            break
        name, begin = text[head.start("name"):begin] + name, head.start("name")
    return name


def clean_name(name: str, backwards: bool = False) -> str | None:
    """Trailing punctuation and connectors off; titles off when a personal name follows
    (`Kepala Bidang Humas Polda Kepri Kombes Pol S.Erlangga` -> `S.Erlangga`); scraping
    debris off (`Apersi) Dedy`, `Frieda mengutipAntara`, a name run across a sentence end:
    `NASA.,Selain`, `Bruno.¬†Meski`)."""
    name = " ".join(ESCAPED_BREAK.sub(" ", name.rsplit(")", 1)[-1]).split())
    pieces = [p for p in SENTENCE_END.split(name) if p.strip()]
    if not pieces:
        return None
    name = pieces[-1] if backwards else pieces[0]
    parts = []
    for part in name.strip(" ,.;:").split():
        if part[:1].islower() and part not in CONNECTORS and not CAMEL.match(part):
            break
        parts.append(part)
    while parts and parts[-1] in CONNECTORS:
        parts.pop()
    for start in range(len(parts) - 1, -1, -1):  # the name after the last title, when one follows
        for title in titles().get(parts[start], ()):
            size = len(title.split())
            if parts[start:start + size] == title.split() and start + size < len(parts):
                rest = " ".join(parts[start + size:])
                if any(ch.islower() for ch in rest):  # a personal name, not `Jaksa KPK`
                    return _after_body(rest)
    return " ".join(parts) or None


def _after_body(name: str) -> str:
    """The person after the body a role names (`Pencegahan dan Monitoring KPK Pahala
    Nainggolan` -> `Pahala Nainggolan`): the words after the last acronym, when they
    are all written as a name."""
    parts = name.split()
    acronyms = [i for i, part in enumerate(parts[:-1]) if len(part) > 1 and part.isupper()]
    if acronyms and all(p[:1].isupper() and not p.isupper() for p in parts[acronyms[-1] + 1:]):
        return " ".join(parts[acronyms[-1] + 1:])
    return name


def spells_initials(short: str, before: str) -> bool:
    """Whether `short` is the initials of the capitalised words just before it (`BMKG`
    after `Badan Meteorologi, Klimatologi, dan Geofisika`), not a role's short form (`Mendagri`)."""
    heads = CAPITALISED.findall(before)[-len(short):]
    return len(heads) == len(short) and "".join(h[0] for h in heads) == short.upper()


def aliases(text: str) -> dict[str, str]:
    """Short form -> full name, from the article itself (`(Mendagri) Tito Karnavian`,
    `Mualem, sapaan akrab Muzakir Manaf`, `Kementerian ... (PKP)`)."""
    found: dict[str, str] = {}
    for pattern, backwards in alias_patterns():
        for match in pattern.finditer(text):
            names = {"short": match.groupdict().get("short"), "full": match.groupdict().get("full")}
            if not backwards and names["short"] and spells_initials(names["short"], text[max(0, match.start() - REACH):match.start()]):
                continue  # `Badan Meteorologi, Klimatologi, dan Geofisika (BMKG) Herizal`: the body's acronym, not a role's
            if backwards:
                names[backwards] = (name_list_before if backwards == "full" else name_before)(text, match.start())
            short, full = names["short"], clean_name(names["full"]) if names["full"] else None
            if short and full and short != full:
                found.setdefault(short, full)
    return found


def sentence_sources(text: str, common: Callable[[str], bool] = lambda name: False,
                     kinds: tuple[str, ...] | None = None) -> list[tuple[int, str, str | None]]:
    """(where, kind, name) of every source the patterns (of `kinds`, else all) find in one
    sentence, in pattern order; the name is None for a pronoun. A name `common` says is an
    everyday word (`Pria`, `Dari` opening a sentence) is no source."""
    found = []
    lowered = text.lower()
    for kind, pattern, before, needs in source_patterns():
        if kinds is not None and kind not in kinds:
            continue
        if needs and not any(word in lowered for word in needs):
            continue
        for match in pattern.finditer(text):
            if kind == "pronoun":
                found.append((match.start(), kind, None))
                continue
            name = name_before(text, match.start()) if before else match.groupdict().get("source")
            cleaned = clean_name(name, backwards=before) if name else None
            where = match.start() - len(name) if before and name else match.start()  # where the clause starts
            if cleaned and cleaned.lower() in PRONOUNS:
                found.append((where, "pronoun", None))
            elif cleaned and not common(cleaned) and not AMOUNT.match(cleaned):
                found.append((where, kind, cleaned))
    return found


def sentence_source(text: str, common: Callable[[str], bool] = lambda name: False,
                    kinds: tuple[str, ...] | None = None, near: int | None = None) -> tuple[str, str | None] | None:
    """(kind, name) of the source one sentence names: the one nearest `near` (a figure's
    offset in the sentence: the attribution closest to it speaks for it), else the first
    pattern's."""
    found = sentence_sources(text, common, kinds)
    if not found:
        return None
    best = min(found, key=lambda f: abs(f[0] - near)) if near is not None else found[0]
    return best[1], best[2]


def long_names(text: str) -> list[str]:
    """The names of two words or more (or initials and a name) in `text`, cleaned, in text order."""
    return [name for match in LONG_NAME.finditer(text) if (name := clean_name(match.group(0))) and NAME_PARTS.search(name)]


def full_name(name: str, known: dict[str, str], longer: Callable[[], list[str]]) -> str:
    """The fullest form of a source the article gives: an alias, an acronym after the
    same head word (`Kementerian PKP`), or a longer name holding it (`Febrio` ->
    `Febrio Kacaribu`; `longer()` gives the article's `long_names`)."""
    if name in known:
        return known[name]
    parts = name.split()
    if len(parts) > 1 and parts[-1] in known and known[parts[-1]].split()[0] == parts[0]:
        return known[parts[-1]]
    if len(parts) == 1:
        return next((full for full in longer() if name in NAME_PARTS.split(full)), name)
    return name


def cut_from(name: str, names: list[str]) -> str | None:
    """The one longer name of the article that a short name is cut from (`Yanto` from
    `Suryanto Wibisono`, `Ara` from `Maruarar Sirait`): a word of it holds the short name
    (three letters or more, written as a name), and no other name of the article does."""
    if len(name) < 3 or not name[:1].isupper() or not name[1:].islower():
        return None
    low = name.lower()
    found = {full for full in names for word in NAME_PARTS.split(full)
             if len(word) >= len(name) + 2 and low in word.lower() and word[:1].isupper()}
    return found.pop() if len(found) == 1 else None


def split_hard_breaks(text: str, sentences: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The sentences, cut again where a scrape glued two of them (`HARD_BREAK`): a source
    named in one must not speak for the figures of the next."""
    out = []
    for start, end in sentences:
        for match in HARD_BREAK.finditer(text, start, end):
            if start < match.end() < end:
                out.append((start, match.end()))
                start = match.end()
        out.append((start, end))
    return out


class DocSources:
    """Sources for the figures of one Doc, worked out lazily: only the sentences that
    hold figures (and, for a pronoun, the ones before) are read."""

    def __init__(self, doc: Doc, text: str, sentences: list[tuple[int, int]]):
        self.doc = doc
        self.text = text
        self.sentences = split_hard_breaks(text, sentences)
        self.starts = [s for s, _ in self.sentences]
        speakers = [(s, (span_fields(s) or {}).get("speaker") or {}) for s in doc.spans.get(QUOTES, [])]
        self.quotes = [(s.start_char, s.end_char, who["name"]) for s, who in speakers if who.get("name")]
        self.types = {(s.start_char, s.end_char, who["name"]): who.get("type") for s, who in speakers if who.get("name")}
        self.by_start = sorted((q[0], k) for k, q in enumerate(self.quotes))
        self.found: dict[int, list[tuple[int, str, str | None]]] = {}
        self._names: tuple[dict[str, str], dict[str, str]] | None = None
        self._long_names: list[str] | None = None
        self._lower_words: set[str] | None = None
        self.people: dict[str, str] | None = None
        self._studies: list[tuple[int, str]] | None = None
        self._common: dict[str, bool] = {}  # name -> `common(name)`: the same for every sentence of the article

    def resolve(self, name: str) -> str:
        """The fullest form of a source's name, without a function word that opened its
        sentence (`Menurut Jokowi`, `Tampak Igun` -> `Jokowi`, `Igun`)."""
        if self._names is None:  # read once per article, and only when a figure has a source
            self._names = _entity_names(self.doc), aliases(self.text)
        entities, known = self._names
        entity = entities.get(name)
        if entity is None and " " in name:  # `Keuangan Sri Mulyani Indrawati`: the person the role names
            people = [(name.rfind(mention), mention) for mention, person in self._people().items()
                      if " " in mention and mention != name and name.endswith(mention)]
            if people:
                name = max(people)[1]
                entity = entities.get(name)
        if entity and not set(entity.lower().split()) & set(name.lower().split()):
            entity = None  # the linker's name shares no word with the article's: keep the article's
        full = full_name(entity or name, known, self.long_names)
        if full == name and " " not in name:  # `Ara` for `Maruarar Sirait`: a person's name cut short
            people = {person for mention, person in self._people().items() if " " in mention}
            full = cut_from(name, sorted(people)) or full
        if " " not in full and full != (entity or name) and self.common(full):
            full = entity or name  # `Perempuan yang akrab disapa Mediyoku`: no name for Mediyoku
        parts = ESCAPED_BREAK.sub(" ", full).split()
        while len(parts) > 1 and parts[0].lower() in STOP_WORDS and full not in self._people():  # `Hari Arifianto`
            parts.pop(0)
        return " ".join(parts)

    def _people(self) -> dict[str, str]:
        """Mention text -> name, for the persons `warta_entities` found."""
        if self.people is None:
            self.people = _entity_names(self.doc, "PER")
        return self.people

    def long_names(self) -> list[str]:
        if self._long_names is None:
            self._long_names = long_names(self.text)
        return self._long_names

    def common(self, name: str) -> bool:
        """See `_is_common`; worked out once per name and article."""
        found = self._common.get(name)
        if found is None:
            found = self._common[name] = self._is_common(name)
        return found

    def _is_common(self, name: str) -> bool:
        """A one-word name the article capitalises only at the start of a sentence is an
        everyday word opening one (`Pria`, `Dari`, `Hampir`), not a source; nor is a stop
        word, a day or a month name. One it capitalises inside a sentence is a name, even
        when the article also writes it in lower case (`Bombardier`, `BMKG`)."""
        if dates.grammar().word("weekday|month", name):  # `ujar X, Rabu (8/3)`
            return True
        if " " in name:
            return False
        if ACRONYM.fullmatch(name) and name.lower() not in STOP_WORDS:
            return False  # `BPS mencatat ...`: an acronym is a body's name, wherever it stands
        if any(name in mention.split() for mention in self._people() if " " in mention):
            return False  # `Hari`, a stop word, when the article names `Hari Arifianto`
        if name.lower() in STOP_WORDS:
            return True
        places = [m.start() for m in regex.finditer(rf"(?<![\w-]){regex.escape(name)}(?![\w-])", self.text)]
        if any(not OPENS_SENTENCE.search(self.text[max(0, p - 4):p]) for p in places):
            return False  # capitalised inside a sentence: a name (`Bombardier`, `BMKG` beside `bmkg.go.id`)
        if self._lower_words is None:
            self._lower_words = set(LOWER_WORD.findall(self.text))
        return bool(places) or name.lower() in self._lower_words

    def _sentence(self, index: int, near: int | None = None) -> tuple[str, str | None] | None:
        """The source sentence `index` names, nearest the offset `near` when given."""
        if index not in self.found:
            start, end = self.sentences[index]
            self.found[index] = sentence_sources(self.text[start:end], self.common)
        found = self.found[index]
        if not found:
            return None
        where = near - self.sentences[index][0] if near is not None else None
        best = min(found, key=lambda f: abs(f[0] - where)) if where is not None else found[0]
        return best[1], best[2]

    def quote_around(self, start: int, end: int) -> str | None:
        """The speaker of quotation marks around the figure that `warta_quotes` left
        without one (a scrape's glued or listed paragraphs): `..., kata X` or `...,"
        katanya` (the last source named before) right after the closing mark."""
        para_start = max((m.end() for m in PARAGRAPH_BREAK.finditer(self.text, max(0, start - 3000), start)), default=0)
        after_break = PARAGRAPH_BREAK.search(self.text, end)
        para_end = after_break.start() if after_break else len(self.text)
        marks = [m.start() for m in QUOTE_MARK.finditer(self.text, para_start, para_end)]
        before = [m for m in marks if m < start]
        after = [m for m in marks if m >= end]
        if len(before) % 2 == 0 or not after:
            return None
        tail = self.text[after[0] + 1:min(para_end, after[0] + 1 + ATTRIBUTION_REACH)]
        tail = SENTENCE_END.split(tail, 1)[0]
        found = sentence_source(tail, self.common, ("cue-after", "pronoun"))
        if found is None:
            return None
        if found[1]:
            return self.resolve(found[1])
        index = bisect.bisect_right(self.starts, before[-1]) - 1
        for back in range(index - 1, max(-1, index - 6), -1):  # a pronoun: the last source named before
            named = self.named(back) or self.speaker_in(back)
            if named:
                return named
        return None

    def speaker_in(self, index: int) -> str | None:
        """The speaker of a quote `warta_quotes` found in sentence `index`."""
        start, end = self.sentences[index]
        for q_start, q_end, name in self.quotes:
            if start <= q_start < end and (speaker := clean_name(name)) and not self.common(speaker):
                return self.resolve(speaker)
        return None

    def same_paragraph(self, index: int, other: int) -> bool:
        return "\n" not in self.text[self.sentences[other][0]:self.sentences[index][0]]

    def study_before(self, start: int) -> str | None:
        """The last survey or study the article named before `start`."""
        if self._studies is None:
            self._studies = []
            for index, (s, e) in enumerate(self.sentences):
                found = sentence_source(self.text[s:e], self.common, carrying_kinds())
                if found and found[1]:
                    self._studies.append((s, found[1]))
        before = [name for where, name in self._studies if where < start]
        return self.resolve(before[-1]) if before else None

    def named(self, index: int, near: int | None = None) -> str | None:
        """The source sentence `index` names (nearest the offset `near`); a pronoun takes the
        last one named before."""
        found = self._sentence(index, near)
        if found is None:
            return None
        while found is not None and found[1] is None and index > 0:  # a pronoun: look back
            index -= 1
            found = self._sentence(index) or (None, None)
        return self.resolve(found[1]) if found and found[1] else None

    def cited_inside(self, index: int, quote_start: int, start: int) -> str | None:
        """A body the speaker cites for the figure, inside the quote and before the figure in
        its sentence (`..., heran dengan pernyataan PPATK bahwa ... Rp300 triliun`): the
        figure is that body's, not the speaker's."""
        if index not in self.found:
            self._sentence(index)
        offset = self.sentences[index][0]
        cited = [(where, name) for where, kind, name in self.found[index]
                 if kind in CITING_KINDS and name and quote_start <= offset + where < start]
        return self.resolve(max(cited)[1]) if cited else None

    def _innermost(self, start: int, end: int) -> tuple[int, int, str] | None:
        """The shortest quote holding start..end (the first listed, of equal ones).
        Walks back from the last quote starting at `start`: one that starts further
        back than the best length so far cannot be shorter."""
        best = None  # (length, order)
        for i in range(bisect.bisect_right(self.by_start, (start, len(self.quotes))) - 1, -1, -1):
            quote_start, k = self.by_start[i]
            if best is not None and end - quote_start > best[0]:
                break
            quote_end = self.quotes[k][1]
            if end <= quote_end and (best is None or (quote_end - quote_start, k) < best):
                best = (quote_end - quote_start, k)
        return self.quotes[best[1]] if best else None

    def source(self, start: int, end: int) -> str | None:
        """The speaker of the quote the figure sits in; else the source its sentence names
        (`menurut X`, `kata X`); else that of the sentence before, when this one points back
        at it (`Dari jumlah tersebut`); else the last survey the article named."""
        index = bisect.bisect_right(self.starts, start) - 1
        inside = self._innermost(start, end)
        if inside:
            cited = self.cited_inside(index, inside[0], start) if 0 <= index < len(self.sentences) else None
            speaker = clean_name(inside[2])
            if cited or (speaker and not self.common(speaker)):
                return cited or self.fuller(self.resolve(speaker), index, start)
            described = self.described(inside)
            if described:
                return described
        if not 0 <= index < len(self.sentences):
            return None
        quoted = self.quote_around(start, end)
        if quoted:
            return quoted
        return self.named(index, start) or self.named_before(index) or self.study_before(start)

    def fuller(self, speaker: str, index: int, start: int) -> str:
        """The quote's speaker, or the name the figure's sentence gives that holds it whole
        (`menurut data Badan Nasional Penanggulangan Bencana`: the quote read a part of it,
        `Penanggulangan Bencana`, as its speaker)."""
        if not 0 <= index < len(self.sentences):
            return speaker
        found = self._sentence(index, start)
        if found is None or found[0] not in CITING_KINDS or not found[1]:
            return speaker  # `Direktur Danantara Rosan Roeslani mengatakan`: a role before a name is no fuller name
        named = self.resolve(found[1])
        return named if named != speaker and f" {speaker} " in f" {named} " else speaker

    def described(self, quote: tuple[int, int, str]) -> str | None:
        """An unnamed speaker of the quote, as the article describes it (`majelis hakim`,
        `pihak agensi`, `sekelompok profesional Malaysia`) or a document (`surat itu`):
        it gives the figures of its words though it has no name."""
        name = " ".join(ESCAPED_BREAK.sub(" ", quote[2]).split()).strip(" ,.;:")
        words = name.split()
        if self.types.get(quote) == "document" and words:
            return name
        if len(words) < 2 or len(words) > 8 or words[0].lower() in PRONOUNS or not any(w[:1].islower() for w in words):
            return None
        return name

    def named_before(self, index: int, depth: int = 4) -> str | None:
        """When sentence `index` points back at the one before (`Dari jumlah tersebut`), that
        one's source, followed back along a chain of such sentences (`Mengutip LHKPN, ... .
        Dari total harta tersebut, ... . Kemudian, ...`)."""
        before = index - 1
        while before >= 0 and not WORD.search(self.text, *self.sentences[before]):
            before -= 1  # a scrape's list separator (`', '`) read as a sentence of its own
        if depth == 0 or before < 0 or not self.same_paragraph(index, before):
            return None
        if not refers_back().search(self.text, *self.sentences[index]):
            found = self._sentence(before)  # `Menurut X, C. Namun D.`: X speaks for D too
            carried = found is not None and found[0] in next_sentence_kinds() and found[1]
            return self.resolve(found[1]) if carried and not self._sentence(index) else None
        return self.named(before) or self.named_before(before, depth - 1)


def _entity_names(doc: Doc, kind: str | None = None) -> dict[str, str]:
    """Mention text -> the entity's full name (`Mualem` -> `Muzakir Manaf`), when entities ran
    (of one `kind` of entity, when given)."""
    entities = {e["id"]: e["name"] for e in (doc._.warta_entities or [])
                if e.get("id") and e.get("name") and kind in (None, e.get("type"))}
    text, names = raw_text(doc), {}
    for span in doc.spans.get(MENTIONS, []):
        entity = entities.get((span_fields(span) or {}).get("entity"))
        if entity:
            names[text[span.start_char:span.end_char]] = entity
    return names


class SourceFinder:
    def __init__(self):
        source_patterns()
        alias_patterns()
        titles()

    def for_doc(self, doc: Doc, text: str, sentences: list[tuple[int, int]]) -> DocSources:
        return DocSources(doc, text, sentences)
