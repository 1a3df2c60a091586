"""Who a quote belongs to: a noun phrase near the cue turned into a speaker.

A speaker is a named person (the fullest name the article gives), an
organisation, a document (`memo`, `surat pengunduran diri`) or a description
(`seorang warga`). Without NER the names come from capitalised runs, with title
and institution words (`Juru Bicara Departemen Luar Negeri AS`) peeled off;
with NER (`doc.spans["warta_mentions"]`) the mention's entity wins."""

from __future__ import annotations

import bisect
import re
from functools import cached_property, lru_cache
from operator import itemgetter
from dataclasses import dataclass, field

from spacy.lang.id.stop_words import STOP_WORDS
from spacy.tokens import Doc, Span, Token

from ...lang.id import patterns, words
from ..entities.roles import is_degree as is_listed_degree
from ..extensions import MENTIONS, raw_text, span_fields
from .roles import role_only
from .tokens import Tok, by_word_type, doc_tokens, token_base

PRONOUNS = frozenset(w.lower() for w in words("speakers_pronouns"))
NP_STOPS = {
    "yang", "saat", "ketika", "usai", "seusai", "setelah", "sebelum", "dalam", "pada", "kepada", "kpd", "lewat",
    "juga", "pun", "telah", "sudah", "kembali", "lalu", "kemudian", "sebelumnya", "bahkan", "turut", "lantas",
    "tak", "tidak", "akan", "masih", "hanya", "secara", "langsung", "pernah", "sempat", "justru", "memang", "saja",
    "sendiri", "selaku", "sambil", "seraya", "ketika", "untuk", "atas", "terkait", "soal", "mengenai", "tentang",
    "ditemui", "dikonfirmasi", "dihubungi", "menjawab", "menanggapi", "sebagai", "bahwa", "kalau", "agar",
    "di", "ke", "dari", "oleh", "melalui", "via", "dilansir", "dikutip", "mengutip", "seperti", "sebagaimana",
    "hari", "pekan", "minggu", "bulan", "tahun", "tadi", "kemarin", "siang", "malam", "pagi", "sore",
}
DETERMINERS = {"tersebut", "itu", "ini"}
VERB_PREFIXES = ("me", "di", "ber", "ter")
PLACE_PREFIXES = {"kabupaten", "kota", "provinsi", "desa", "dusun", "kecamatan", "kelurahan", "jalan", "kampung", "pulau"}
ORG_HEADS = {
    "kementerian", "kemenkeu", "kemnaker", "departemen", "direktorat", "ditjen", "badan", "lembaga", "komisi", "dewan",
    "majelis", "mahkamah", "pengadilan", "kejaksaan", "kepolisian", "polri", "polda", "polres", "polsek", "dinas",
    "kedutaan", "kantor", "partai", "fraksi", "universitas", "institut", "yayasan", "asosiasi", "perusahaan", "pt",
    "bank", "tim", "satgas", "pemerintah", "pemprov", "pemkab", "pemkot", "bapenda", "kpk", "kpu", "bpk", "bps", "dpr",
    "tni", "pbb", "misi", "organisasi", "komite", "koalisi", "serikat", "gabungan", "ikatan", "persatuan", "bgn",
}
CALENDAR = {"ahad", "senin", "selasa", "rabu", "kamis", "jumat", "sabtu", "minggu", "januari", "februari", "maret", "april",
            "mei", "juni", "juli", "agustus", "september", "oktober", "november", "desember"}
NOT_NAMES = frozenset(STOP_WORDS) | CALENDAR
NAME_JOINERS = {"bin", "binti", "van", "de", "der", "al", "el", "dan"}
JOINERS = frozenset(NAME_JOINERS - {"dan"}) | {"&"}  # `Sky & Telescope`: a company's name goes on after `&`


def _role_words() -> frozenset[str]:
    return frozenset(w.lower() for line in words("speakers_roles") for w in line.split())


ROLE_WORDS = _role_words()
# words that head a title before a name (`Duta Besar`, `Pelatih`), from both role lexicons
ROLE_HEADS = ROLE_WORDS | frozenset(line.split()[0].lower() for line in words("entity_roles") if line.strip())
DOCUMENT_NOUNS = tuple(w.lower() for w in words("speakers_documents"))
SPEAKER_NOUNS = {row["noun"]: row["type"] for row in patterns("speakers_nouns")}
SPEAKER_NOUN_PATTERNS = [(noun, kind, re.compile(rf"\b{re.escape(noun)}\b")) for noun, kind in SPEAKER_NOUNS.items()]
TRAILING_DEGREE = re.compile(r",?\s*(?:[A-Z][A-Za-z]{0,3}\.){2,4}$")
AFTER_BRACKET = re.compile(r"^.*\)(?=[A-Z])")
NYA = re.compile(r"(?<=\w{3})nya$")


def _outlet_words() -> set[str]:
    names = set()
    for row in patterns("outlets"):
        names.update(a.lower() for a in [row["name"], *row.get("aliases", [])])
    return names


OUTLETS = _outlet_words() | {w.lower() for w in words("speakers_outlets")}


DEGREES = frozenset(words("entity_degrees"))
HONORIFICS = frozenset(words("entity_honorifics"))
RANK_QUALIFIERS = frozenset(w.lower() for w in words("speakers_rank_qualifiers"))
# forms of address that are part of how a person is called (`Gus Dur`, `Pak Harto`), not a title to cut
ADDRESS_WORDS = frozenset(w.lower().rstrip(".") for w in HONORIFICS) | {"mbak", "mas", "kak", "bang", "tun", "datuk", "dato", "hj"}
DEGREE_SHAPE = re.compile(r"^(?:[A-Z][A-Za-z]{0,3}\.){2,4}$")  # `M.Kes.`, `S.H.`, `Ph.D.`


@lru_cache(maxsize=65536)
def is_degree(text: str) -> bool:
    """`M.Kes.`, `S.Pd.`, `Sp.OT`: an academic degree after a name, never a name itself."""
    return is_listed_degree(text) or bool(DEGREE_SHAPE.match(text))


ESCAPED_BREAK = re.compile(r"\\[rnt]")


def tidy_name(name: str) -> str:
    name = " ".join(ESCAPED_BREAK.sub(" ", name.replace("\\'", "'")).split())  # `Ma\\'ruf`; `Bambang Haryo\rSoekartono`, literally so in list scrapes
    return _tidy_name(name)


def _tidy_name(name: str) -> str:
    """A speaker name fit to print: no unbalanced bracket (`Jaksa Penuntut Umum (JPU` ->
    `Jaksa Penuntut Umum`), no trailing date (`Rabu (18/6/2025`), no degree after a comma."""
    name = TRAILING_DEGREE.sub("", name.strip())
    while name.count("(") > name.count(")"):
        name = name[:name.rfind("(")].rstrip(" ,")
    while name.count(")") > name.count("("):
        name = name[name.find(")") + 1:].lstrip(" ,") if name.find(")") < len(name) - 1 else name.rstrip(")")
    return name.strip(" ,;:")


PLACE_WORDS = frozenset(w.lower() for name in ("entity_places", "entity_countries") for w in words(name)
                        if " " not in w) | {"jakarta"}


COUNTRY_WORDS = frozenset(w.lower() for w in words("entity_countries") if " " not in w)


def _known_acronyms() -> frozenset[str]:
    from ...lang.id import HERE
    out = set(ROLE_WORDS) | ORG_HEADS | PLACE_WORDS | OUTLETS | {w.lower() for w in DEGREES}
    out |= {w.lower() for w in words("entity_org_words")}
    for name in ("entity_aliases", "entity_role_abbreviations"):
        with (HERE / f"{name}.tsv").open(encoding="utf-8") as lines:
            out |= {line.split("\t", 1)[0].strip().lower() for line in lines if line.strip() and not line.startswith("#")}
    return frozenset(out)


KNOWN_ACRONYMS = _known_acronyms()


def name_acronym(run: list[Token], k: int) -> bool:
    """`Inspektur Wilayah UU Suradi`: a short all-caps word between a title and the last word of
    the name that stands for nothing the lexicons know is the name's first word (`Uu`)."""
    text = run[k].text
    return (k == len(run) - 2 and k > 0 and 2 <= len(text) <= 3 and text.isalpha() and text.isupper()
            and run[k - 1].lower_ in ROLE_WORDS and run[k + 1].text[1:].islower()
            and run[k].lower_ not in KNOWN_ACRONYMS and not CONSONANTS.search(run[k].lower_))  # `NTB`, `DKI`: not a word


CONSONANTS = re.compile(r"[^aeiou]{2}")


def is_capitalised(token: Token) -> bool:
    text = token.text
    return bool(text) and (text[0].isupper() or (text[0].isdigit() and any(c.isalpha() for c in text))) and text not in "“”\"‘’«»"


@dataclass
class Speaker:
    name: str | None
    type: str = "unknown"
    entity: str | None = None
    pronoun: bool = False
    anaphoric: bool = False  # `pesan tersebut`, `jenderal bintang dua itu`: points back
    position: int = 0
    via: list[str] = field(default_factory=list)
    role: str | None = None  # `hakim`, `jaksa`: a role noun standing for the person named in that role
    outlet: bool = False  # `media tersebut`: the outlet named before
    description: str | None = None  # `Pemimpin Ukraina itu`: an anaphor that describes whom it points to

    def as_dict(self) -> dict | None:
        name = tidy_name(self.name) if self.name else None
        if not name:
            return None
        return {"entity": self.entity, "name": name, "type": self.type}


class NameIndex:
    """Names of the article: NER entities when present, else person names read off
    capitalised runs; maps a short mention (`Miller`) to the fullest (`Matthew Miller`)."""

    def __init__(self, doc: Doc):
        self.doc = doc
        self.tokens = doc_tokens(doc)  # plain tokens: spaCy builds a new string on every `.text`
        self.text = raw_text(doc)
        base = token_base(doc)  # offsets read once per Doc (shared with `warta_sentences`)
        self.starts = base.idx
        self.ends = base.ends
        self.entities = {e["id"]: e for e in (doc._.warta_entities or [])}
        self.mentions = []  # (start_char, end_char, entity)
        tokens = self.tokens
        for span in doc.spans[MENTIONS] if MENTIONS in doc.spans else []:
            entity = self.entities.get((span_fields(span) or {}).get("entity"))
            if entity and span.end > span.start:  # offsets from the plain tokens: `Span.start_char` builds a Token
                last = tokens[span.end - 1]
                self.mentions.append((tokens[span.start].idx, last.idx + len(last.text), entity))
        self._fullest: dict[str, str] = {}
        self._alone: dict[tuple[str, str], bool] = {}
        self.places = PLACE_WORDS
        if self.mentions:  # NER ran: a place is what it calls one
            self.places = frozenset(w.lower() for _, _, e in self.mentions if e.get("type") == "LOC"
                                    for w in e["name"].split())

    @cached_property
    def persons(self) -> list[tuple[int, str]]:
        """(char position, full person name) of every person named; built on first use."""
        persons: list[tuple[int, str]] = []
        found = []
        whole: set[int] = set()  # names that are a whole run after a lowercase word (`hakim anggota Purwanto S Abdullah`)
        for run in capitalised_runs(self.tokens):
            name = person_name(run, self.places)
            if name:
                found.append(name)
                first = name[0].i
                if (name[0] is run[0] and first > 0 and self.tokens[first - 1].is_lower and self.tokens[first - 1].is_alpha
                        or first > 0 and self.tokens[first - 1].is_alpha and not self.tokens[first - 1].whitespace_):
                    whole.add(name[0].idx)
        per = [self._with_acronym(start, self.entity_name(entity)) for start, _, entity in self.mentions
               if entity.get("type") == "PER"]
        long_words = {t.text for name in found if len(name) > 1 for t in name}
        for name in found:
            first = name[0]
            if len(name) == 1 and first.text not in long_words:
                before = self.tokens[first.i - 1] if first.i else None
                if _starts_sentence(first, self.tokens) or (before is not None and before.lower_ in {"di", "ke", "dari", "bandara", "kota"}):
                    continue
            persons.append((first.idx, clean_name(" ".join(t.text for t in name))))
        if per:  # NER ran: its person mentions first, then runs that name one of its people
            per += self._glued_persons()
            people = [set(name.replace(".", " ").split()) for name in {name for _, name in per}]
            single = {name for _, name in per if " " not in name}
            seen = {pos for pos, _ in per}
            longer = {pos: name for pos, name in persons if pos in seen  # `Andy van der Meyde` of NER's `Andy`
                      and (pos in whole or " " in name and name.split()[-1] in self.person_words)}
            per = [(pos, longer[pos] if pos in longer and set(name.split()) < set(longer[pos].split()) else name)
                   for pos, name in per]
            kept = []
            ends = {s: e for s, e, entity in self.mentions if entity.get("type") == "PER"}
            starts = sorted(ends)
            for pos, name in persons:
                if pos in seen:
                    continue
                k = bisect.bisect_right(starts, pos)
                if k < len(starts) and starts[k] < pos + len(name) and " " in self.text[starts[k]:ends[starts[k]]].strip():
                    continue  # `YouTube Ria Ricis`: a full name by the entity layer starts inside the run, words before are not hers
                words = set(name.replace(".", " ").split())  # `A.S.Sukawijaya` holds NER's `Sukawijaya`
                if (any(words <= p for p in people) or pos in whole and any(p < words for p in people)
                        or any(name.startswith(q + " ") for q in single)):  # NER's `Pahala` of `Pahala Nainggolan`
                    kept.append((pos, name))
            persons = sorted(per + kept)
        return persons

    def _with_acronym(self, start: int, name: str) -> tuple[int, str]:
        """A one-word person mention after `Inspektur Wilayah UU` takes the `UU` (see `name_acronym`)."""
        i = bisect.bisect_left(self.starts, start)
        if " " in name or i < 2 or i >= len(self.tokens) or self.starts[i] != start:
            return start, name
        run = self.tokens[i - 2:i + 1]
        if name_acronym(run, 1) and run[0].whitespace_ and run[1].whitespace_:
            return run[1].idx, f"{run[1].text} {name}"
        return start, name

    @cached_property
    def nicknames(self) -> dict[str, str]:
        return self._nicknames()

    @cached_property
    def abbreviations(self) -> dict[str, str]:
        text = self.text
        found = {}
        for m in ABBREVIATION.finditer(text) if "(" in text else ():
            if full := _spelled_out(m.group("short"), m.group("full")):
                found[m.group("short")] = full
        return found

    def span(self, start: int, end: int, label: str = "", expand: bool = False) -> Span | None:
        """Tokens inside start..end (or touching it, with `expand`); `Doc.char_span`
        scans the whole Doc on every call, this bisects once-built offsets."""
        if expand:
            i = max(0, bisect.bisect_right(self.starts, start) - 1)
            if i < len(self.ends) and self.ends[i] <= start:
                i += 1
            j = bisect.bisect_left(self.ends, end) + 1
        else:
            i = bisect.bisect_left(self.starts, start)
            j = bisect.bisect_right(self.ends, end)
        j = min(j, len(self.tokens))
        return Span(self.doc, i, j, label=label) if j > i else None

    def slice(self, start: int, end: int) -> list:
        """The (plain) tokens inside start..end."""
        i = bisect.bisect_left(self.starts, start)
        j = min(bisect.bisect_right(self.ends, end), len(self.tokens))
        return self.tokens[i:j] if j > i else []

    def entity_at(self, start: int, end: int) -> dict | None:
        """The entity named in start..end: the last person mention, else the first other one
        (`VP Corporate Secretary Garuda Indonesia Cahyadi Indrananto` is Cahyadi)."""
        inside = [entity for s, e, entity in self.mentions if s < end and start < e]
        people = [(s, e, entity) for s, e, entity in self.mentions if s < end and start < e and entity.get("type") == "PER"]
        for (_, e, entity), (s, _, _) in zip(people, people[1:]):
            if any(w in ROLE_HEADS for w in re.findall(r"\b[a-z]+\b", self.text[e:s])):
                return entity  # `Wisnu Wiguna pemilik Leo Graha ...`: the name, then its role
        return people[-1][2] if people else (inside[0] if inside else None)

    def _nicknames(self) -> dict[str, str]:
        """`Mualem, sapaan akrab Muzakir Manaf` / `Muzakir Manaf alias Mualem` -> {Mualem: Muzakir Manaf}."""
        out = {}
        if "sapa" not in self.text and "alias" not in self.text:
            return out
        for m in NICKNAME.finditer(self.text):
            short, full = (m.group("a"), m.group("b")) if m.group("b") else (m.group("d"), m.group("c"))
            if short and full and len(full.split()) >= 2:
                out[short.strip()] = full.strip()
        return out

    def fullest(self, name: str) -> str:
        """The longest person name of the article containing every word of `name` (a nickname
        or a one-letter misspelling, `Whisnu` for `Wishnu`, counts)."""
        cached = self._fullest.get(name)
        if cached is None:
            cached = self._fullest[name] = self._find_fullest(name)
        return cached

    def _find_fullest(self, name: str) -> str:
        written = name  # the entity layer's names keep their head (`AccuWeather`); glued tails still go
        name = clean_name(name, head=name not in self.entity_names)
        if name in self.nicknames:
            name = self.nicknames[name]
        parts = name.replace(".", " ").split()  # `Sukawijaya` is in `A.S.Sukawijaya`
        exact, near = name, name
        lowered = [p.lower() for p in parts]
        for full, full_parts, lowered_parts in self._person_parts:
            if all(p in full_parts for p in parts) or len(parts) > 1 and all(  # `Van Der Meyde` of `Andy van der Meyde`
                    p in lowered_parts for p in lowered):
                exact = full if len(full) > len(exact) else exact
            elif len(full) > len(near) and all(p in full_parts or any(_variant(p, f) for f in full_parts) for p in parts):
                near = full
        if exact == name and len(near.split()) > len(name.split()):
            exact = near  # `Whisnu` for `Wishnu Hermawan Februanto`; not `Quartararao` for `Fabio Quartararo`
        if exact == name and len(parts) == 1:
            exact = self._cut_from(name) or name
        if exact != written and exact.replace(" ", "") == written.replace(" ", ""):
            return written  # `Accu Weather`: the tokens of `AccuWeather`, one name, spaced
        trimmed = self.trim_person(exact)
        if len(parts) == 1 and exact != name and name not in trimmed.replace(".", " ").split():
            return exact  # `Ita` -> `Ita Yuliati Irawan`: the trim may not cut off the very name widened
        return trimmed

    @cached_property
    def _person_parts(self) -> list[tuple[str, list[str], list[str]]]:
        """(name, its words, its words in lower case) of each person's name, once each, in
        the order `persons` first gives it (a name repeated adds nothing to `_find_fullest`)."""
        seen: dict[str, tuple[str, list[str], list[str]]] = {}
        for _, full in self.persons:
            if full not in seen:
                seen[full] = (full, full.replace(".", " ").split(), full.lower().replace(".", " ").split())
        return list(seen.values())

    def _cut_from(self, nickname: str) -> str | None:
        """`Yanto` for `Suryanto Wibisono`, `Sukawi` for `Yoyok Sukawijaya`, `Kia` for `Zaskia Adya
        Mecca`: a one-word name cut from the head or tail (three letters: the tail only) of a word of
        exactly one person's full name."""
        low = nickname.lower()
        if len(low) < 3 or not nickname[:1].isupper() or not nickname[1:].islower():
            return None
        found = {full for _, full in self.persons if len(full.split()) >= 2 and any(  # `Kia` of `Zaskia`: a tail
            len(w) > len(low) + 1 and (w.lower().endswith(low) or len(low) > 3 and w.lower().startswith(low))
            for w in full.split())}
        if not found:  # `Ara` of `Maruarar Sirait`: inside a word, when the full name comes first
            first = re.search(rf"(?<!\w){re.escape(nickname)}(?!\w)", self.text)
            found = {full for pos, full in self.persons if len(full.split()) >= 2 and first and pos < first.start()
                     and any(len(w) > len(low) + 2 and low in w.lower()[1:-1] for w in full.split())}
        return found.pop() if len(found) == 1 else None

    def trim_person(self, name: str) -> str:
        """`AKBP Ari Darmanto` -> `Ari Darmanto`; `Danantara Rosan Roeslani` (NER glued the
        organisation on) -> `Rosan Roeslani`: leading ranks, acronyms and words the article
        uses on their own (not as this person's short name) are not part of the name."""
        words = name.split()
        if len(words) == 2 and self._title_word(*words):
            return words[1]  # `Kompol Suparmin`, `Muda Kisdiyanto` (of `Laksamana Muda`)
        if len(name.replace(".", " ").split()) < 3:
            return name
        for k in range(len(words) - 1, 0, -1):  # `Manchester United Ole Gunnar Solskjaer`: NER's organisation first
            if self._glued_prefix(words[:k], words[k:]):
                words = words[k:]
                break
        acronyms = [k for k, w in enumerate(words[:-2]) if w.isupper() and len(w) > 1 and w.isalpha()]
        if acronyms:  # `Park SCBD Rizki Maharani`, `Administrator NHTSA Steven Cliff`: the name follows the acronym
            words = words[acronyms[-1] + 1:]
        short = self.short_names
        whole = len(words)
        while len(words) >= 2 and len(" ".join(words[1:]).replace(".", " ").split()) >= 2:
            if len(words) < whole and self._named_without(words):
                break  # cut down to a name NER found as written
            first = words[0]
            if first in self.nicknames or first in short and words[1] not in short and not self._named_without(words[1:]):
                break  # `Andi` for `Andi Muhammad Rezaldy`; but `Rosan`, not `Danantara`, is the short name
            if not ((first.isupper() and len(first) > 1 and "." not in first) or first.lower() in ROLE_WORDS
                    or self._used_alone(first, words[1]) or self._title_word(first, words[1])):
                break
            words = words[1:]
        return " ".join(words)

    def _named_without(self, rest: list[str]) -> bool:
        """Whether NER found the person named by `rest` alone, two words or more (`Juliati Sigit
        Prabowo` beside `Bhayangkari Juliati Sigit Prabowo`): then the word before is no part of it,
        even when NER links it alone to the person too."""
        return len(rest) >= 2 and " ".join(rest) in self.person_names.split("\n")

    def _title_word(self, first: str, second: str) -> bool:
        """Whether `first` belongs to a title before the name `second`: a rank or title word
        (`Kompol`, `Kapten`; not a form of address like `Gus`), or an ordinary word the text writes
        right after one (`Muda` of `Laksamana Muda`: `speakers_rank_qualifiers.txt`)."""
        low = first.lower()
        if not second[:1].isupper() or second.lower() in ROLE_WORDS or low in ADDRESS_WORDS:
            return False
        if low in ROLE_WORDS:
            return True
        if low not in RANK_QUALIFIERS:  # before the scan: a pattern per name, compiled and run over the whole text
            return False
        before = re.findall(rf"(\w+)\s+{re.escape(first)}\s+{re.escape(second)}(?!\w)", self.text)
        return bool(before) and all(w.lower() in ROLE_WORDS for w in before)

    def _glued_persons(self) -> list[tuple[int, str]]:
        """(position, name) of the people NER glued into an organisation or place
        (`PSIS Semarang A.S.Sukawijaya` holds `A.S.Sukawijaya`)."""
        out = []
        for start, end, entity in self.mentions:
            if entity.get("type") != "PER":
                tail = self.glued_person(self.text[start:end])
                if tail:
                    out.append((start + self.text[start:end].rfind(tail), tail))
        return out

    def person_named(self, word: str) -> str | None:
        """The full name of the person (by NER) one of whose words `word` is, when NER also
        calls `word` alone something else (`Winam` of `Kompol Winam Agus`)."""
        if " " in word or not word[:1].isupper():
            return None
        full = [name for start, end, entity in self.mentions if entity.get("type") == "PER"
                for name in [self.text[start:end]] if word in name.split() and " " in name]
        return self.fullest(max(full, key=len)) if full else None

    def glued_person(self, name: str) -> str | None:
        """The person at the end of a name NER gave to an organisation or place, when the
        article names that person elsewhere (`Manchester United Ole Gunnar Solskjaer`)."""
        if " " not in name or name.replace(".", " ").split()[-1] not in self.person_words:
            return None
        tail = self.trim_person(name)
        return tail if tail != name and tail.replace(".", " ").split()[-1] in self.person_words else None

    def _glued_prefix(self, prefix: list[str], rest: list[str]) -> bool:
        """Whether `prefix` is an organisation, place or rank glued before the person `rest`
        (`PSIS Semarang` + `A.S.Sukawijaya`, `Polda Kepri Kombes Pol` + `S.Erlangga`, `Liverpool` +
        `Roy Keane`): it ends with a name NER gives to something else, a country or a title, and
        `rest` is a name of its own (two words, initials, or a word the article's people use)."""
        parts = " ".join(rest).replace(".", " ").split()
        if len(parts) < 2 and not (rest[0] in self.person_words):
            return False
        last = prefix[-1]
        if len(rest) == 1 and last.isupper() and len(last) <= 3:
            return False  # `Nixon LP Napitupulu`: a middle initial, not an organisation
        if len(parts) < 2 and f"{last} {rest[0]}" in self.person_names:
            return False  # `Kompol Winam Agus` stays whole, whatever NER calls `Winam` alone
        return (any(" ".join(prefix[j:]).lower() in self.other_names for j in range(len(prefix)))
                and not self._plain_name(prefix)  # `Tessa Mahardhika` + `Sugiarto`: NER split one person
                or last.lower() in COUNTRY_WORDS or last in HONORIFICS or last.lower() in ROLE_WORDS)

    @cached_property
    def entity_names(self) -> frozenset[str]:
        """The names the entity layer gives (as the article spells them): they are already
        repaired, and speaker-name cleaning does not cut them again (`AccuWeather`)."""
        return frozenset(self.entity_name(entity) for _, _, entity in self.mentions)

    @cached_property
    def person_names(self) -> str:
        """What NER calls persons in this article, one a line."""
        return "\n".join(self.text[s:e] for s, e, entity in self.mentions if entity.get("type") == "PER")

    @cached_property
    def person_words(self) -> frozenset[str]:
        """Every word of what NER calls a person in this article (`Sukawijaya`, `Solskjaer`)."""
        return frozenset(w for s, e, entity in self.mentions if entity.get("type") == "PER"
                         for w in self.text[s:e].replace(".", " ").split())

    @cached_property
    def other_names(self) -> frozenset[str]:
        """What NER calls organisations and places in this article, in lower case."""
        return frozenset(self.text[s:e].lower() for s, e, entity in self.mentions if entity.get("type") != "PER")

    @cached_property
    def short_names(self) -> frozenset[str]:
        """One-word person mentions (`Rosan`, `Andi`): how the article shortens its people."""
        spelled = {self.text[s:e] for s, e, entity in self.mentions if entity.get("type") == "PER"}
        if not self.mentions:  # without NER, the one-word names read off capitalised runs
            spelled = {name for _, name in self.persons}
        return frozenset(name for name in spelled if " " not in name)

    def _used_alone(self, word: str, following: str) -> bool:
        """Whether `word` occurs in the text other than right before `following`."""
        if not word[:1].isalpha():
            return False
        key = (word, following)
        if key not in self._alone:
            alone = _count_word(self.text, word)
            if following[:1].isalnum() or following[:1] == "_":
                together = _count_word(self.text, word, following)
            else:  # a regex keeps the rare shapes (`\s+` giving back spaces) exact
                together = len(re.findall(rf"(?<!\w){re.escape(word)}\s+{re.escape(following)}(?!\w)", self.text))
            self._alone[key] = alone > together
        return self._alone[key]

    def _plain_name(self, words: list[str]) -> bool:
        """Words that can only be a person's name: Title-case, none an organisation, place, outlet
        or role word, nor an ordinary word."""
        for w in words:
            low = w.lower()
            if (not w.isalpha() or not w[0].isupper() or not w[1:].islower() or low in ORG_WORDS or low in PLACE_WORDS
                    or low in OUTLETS or low in ROLE_HEADS or low in self.places or low in COUNTRY_WORDS or ordinary_word(w)):
                return False
        return bool(words)

    def person_like(self, entity: dict) -> str | None:
        """The full name of a person NER took for an organisation: its one-word name opens its longest
        mention, two to four capitalised words none of which names an organisation, place, outlet or
        role, or is an ordinary word (`Genio` of `Genio Ladyan Finasisca`)."""
        short = self.entity_name(entity)
        if " " in short:
            return None
        spelled = [(self.text[s:e], s) for s, e, other in self.mentions if other is entity]
        longest, at = max(spelled, key=lambda m: len(m[0]), default=("", 0))
        words = longest.split()
        before = re.search(r"(\w+)\W*$", self.text[max(0, at - 40):at])
        if before and (before.group(1)[0].isupper() or before.group(1).lower() in ROLE_HEADS):
            return None  # `Direktur Utama Mitratel Theodorus Ardi Hartoko`: a title, an organisation, then a person
        if not 2 <= len(words) <= 4 or words[0] != short:
            return None
        rest = " ".join(words[1:])
        if any(rest in name and not name.startswith(short) for _, name in self.persons):
            return None  # `Gaikindo Kukuh Kumara`: an organisation glued before a person's name
        for w in words:
            low = w.lower()
            if (not w.isalpha() or not w[0].isupper() or not w[1:].islower() or low in ORG_WORDS or low in PLACE_WORDS
                    or low in OUTLETS or low in ROLE_HEADS or low in self.places or ordinary_word(w)):
                return None
        return longest

    def entity_name(self, entity: dict) -> str:
        """The entity's name as the article spells it: a canonical name the text never uses
        (`Joko Widodo` for an article that says only `Jokowi`) gives way to its longest mention."""
        name = clean_name(entity["name"], head=False)  # `AccuWeather` as the entity layer spells it, not `Weather`
        if name in self.text:
            return name
        spelled = [self.text[s:e] for s, e, other in self.mentions if other is entity]
        return clean_name(max(spelled, key=len)) if spelled else name

    def antecedents(self, start: int, end: int, known: set[str]) -> list[tuple[int, str]]:
        """(position, name) of the persons between start..end that can stand for a later pronoun:
        full names (two words or more) and single names already seen as speakers."""
        out = []
        for pos, name in self.persons:
            if start <= pos < end:
                full = self.fullest(name)
                if len(full.split()) >= 2 or full in known:
                    out.append((pos, full))
        return out

    def described(self, description: str, before: int, reach: int = 70) -> str | None:
        """The person last named before `before` whose title shares the description's telling
        word: a proper noun (`Pemimpin Ukraina itu` -> `Presiden Ukraina Volodymyr Zelensky`),
        else a role noun (`sang menteri` -> `Menteri Keuangan Sri Mulyani`)."""
        tokens = [w for w in description.split() if w.lower() not in DETERMINERS]
        keys = {w.lower() for w in tokens[1:] if w[:1].isupper() and w.lower() not in ROLE_HEADS | ORG_WORDS}
        titled = not keys
        keys = keys or {w.lower() for w in tokens if w.lower() in ROLE_HEADS}
        if not keys:
            return None
        for pos, name in reversed(self.persons):
            window = self.text[max(0, pos - reach):pos]
            if titled:  # a role noun must title the name (`pedagang ... Jokowi` in the next clause does not)
                window = _title_before(window)
            if pos < before and keys & set(re.findall(r"\w+", window.lower())):
                full = self.fullest(name)
                if len(full.split()) >= 2:
                    return full
        return None

    def introduced(self, description: str, before: int) -> str | None:
        """The unnamed person an anaphor points back to, as the article first described them:
        `pedagang tersebut` -> `salah seorang pedagang kelontong` (an indefinite noun phrase with
        the same head noun before it), so the words are not given to the last person named."""
        heads = [w.lower() for w in description.split() if w.lower() not in DETERMINERS | {"sang", "para"}]
        if not heads or heads[0] in PRONOUNS:
            return None
        found = None
        # `seorang pedagang`, or the head with `se-` (`sekelompok profesional Malaysia` for `kelompok itu`)
        for m in re.finditer(rf"\b(?:(?:salah\s+)?(?:seorang|sejumlah|beberapa)\s+{re.escape(heads[0])}|se{re.escape(heads[0])})\b"
                             rf"((?:\s+[A-Za-z]+){{0,3}})", self.text[:before]):
            tail = []
            for word in m.group(1).split():
                low = word.lower()
                if (low in NP_STOPS or low in DETERMINERS or low in NOT_NAMES
                        or word.islower() and len(word) > 5 and low.startswith(VERB_PREFIXES)):
                    break  # `sekelompok profesional Malaysia meminta`: the verb ends it
                tail.append(word)
            found = " ".join(self.text[m.start():m.end(1)].split()[:len(m.group(0).split()) - len(m.group(1).split()) + len(tail)])
        return found

    def persons_between(self, start: int, end: int) -> list[str]:
        return [name for pos, name in self.persons if start <= pos < end]


def _word_char(char: str) -> bool:
    """`\\w` of a `re` pattern on str: a letter, digit or numeral, or the underscore."""
    return char.isalnum() or char == "_"


def _count_word(text: str, word: str, following: str | None = None) -> int:
    """How many times `re.findall(r"(?<!\\w)WORD(?!\\w)")` finds `word` in `text` (with `following`:
    `WORD\\s+FOLLOWING`, for a `following` that opens with a word character), by `str.find`:
    compiling a pattern per word and scanning with it costs far more."""
    count, at = 0, text.find(word)
    while at >= 0:
        end = at + len(word)
        ok = at == 0 or not _word_char(text[at - 1])
        if ok and following is not None:
            after = end
            while after < len(text) and text[after].isspace():
                after += 1
            ok = after > end and text.startswith(following, after)
            end = after + len(following)
        if ok and (end == len(text) or not _word_char(text[end])):
            count += 1
            at = text.find(word, end)
        else:
            at = text.find(word, at + 1)
    return count


TITLE_LINKS = {"dan", "untuk", "dari", "bidang", "umum", "besar", "muda", "utama"}


def _title_before(window: str) -> str:
    """The title run right before a name: the capitalised words (and the few links inside titles)
    back from the name to the first other word, inside its clause (`Menteri Keuangan` of
    `... kata Menteri Keuangan Sri Mulyani`)."""
    words = re.split(r"[.,;:!?\n()“”\"]", window)[-1].split()
    k = len(words)
    while k and (words[k - 1][:1].isupper() or words[k - 1].lower() in TITLE_LINKS):
        k -= 1
    while k and words[k - 1].lower() in ROLE_HEADS:
        k -= 1  # `hakim anggota`: lower-case role words head it
    return " ".join(words[k:])


NICKNAME = re.compile(r"(?P<a>[A-Z][\w'-]+),[ \t]+(?:sapaan(?:[ \t]+akrab)?|akrab[ \t]+disapa)[ \t]+(?P<b>[A-Z][\w'.-]*(?:[ \t]+[A-Z][\w'.-]*){1,4})"
                      r"|(?P<c>[A-Z][\w'.-]*(?:[ \t]+[A-Z][\w'.-]*){1,4})[ \t]+(?:alias|yang[ \t]+akrab[ \t]+disapa|akrab[ \t]+disapa)[ \t]+(?P<d>[A-Z][\w'-]+)")


ABBREVIATION = re.compile(r"(?P<full>[A-Z][\w-]*(?:[ \t]+(?:dan[ \t]+|di[ \t]+)?[A-Z][\w-]*){1,8})[ \t]*\((?P<short>[A-Z][A-Za-z]{1,9})\)")


def _spelled_out(short: str, run: str) -> str | None:
    """The longest tail of a capitalised run that `short` abbreviates: `Kepala Badan Pusat
    Statistik (BPS)` -> `Badan Pusat Statistik`; `Chairman MNC Group Hary Tanoesoedibjo (HT)` ->
    `Hary Tanoesoedibjo` (the title before the name is not what the short form stands for)."""
    words = run.split()
    return next((" ".join(words[i:]) for i in range(len(words) - 1) if _abbreviates(short, " ".join(words[i:]))),
                None)


def _abbreviates(short: str, full: str) -> bool:
    """`Apersi` for `Asosiasi Pengembang Perumahan dan Permukiman Seluruh Indonesia`: same first
    letter, and the short form's letters appear in order in the full name."""
    letters = "".join(full.lower().split())
    if len(full.split()) < 2 or short[0].lower() != letters[0]:
        return False
    k = 0
    for ch in short.lower():
        k = letters.find(ch, k) + 1
        if k == 0:
            return False
    return True


def _variant(a: str, b: str) -> bool:
    """`Whisnu`/`Wishnu`: the same letters, the same first letter, five letters or more."""
    if len(a) < 5 or a == b or a[0] != b[0]:
        return False
    if len(a) == len(b):
        return sorted(a) == sorted(b)
    if len(a) + 1 == len(b) and len(a) >= 6:  # `Infatino` for `Infantino`: one letter dropped
        return any(b[:k] + b[k + 1:] == a for k in range(1, len(b)))
    return False


def _starts_sentence(token: Token, tokens=None) -> bool:
    """Whether only punctuation stands between the token and its sentence start; `tokens` is
    the list the token indexes into (its Doc by default)."""
    doc = token.doc if tokens is None else tokens
    k = token.i
    while k > 0 and (doc[k - 1].is_punct or doc[k - 1].is_space) and not doc[k].is_sent_start:
        k -= 1
    return doc[k].is_sent_start or k == 0


GLUED_HEAD = re.compile(r"^[A-Z]?[a-z]{3,}(?=[A-Z][a-z])")
GLUED_WORD = re.compile(r"(?<=[a-z]{3})(?:atau|serta|dengan|bersama|kepada)(?=[A-Z][a-z])")
GLUED_TAIL = re.compile(r"(?<=[a-z]{3})(?:yang|dan|(?:mem|men|meng|meny|ber|di|ter)[a-z]{4,}|me[lrwy][a-z]{5,})$")


@lru_cache(maxsize=65536)
def clean_name(name: str, head: bool = True) -> str:
    """Scraping glues words onto names: `(Apersi)Dedy Indra Setiawanmenanggapi` ->
    `Dedy Indra Setiawan`, `Bima Arya Sugiartoyang` -> `Bima Arya Sugiarto`. Without `head`,
    a word glued before the name stays: the entity layer's `AccuWeather` is one name."""
    name = AFTER_BRACKET.sub("", name.replace("\\'", "'"))  # `Ma\'ruf`: a quote escaped in the scrape
    name = GLUED_WORD.split(name, 1)[0]  # `Tomy WinataatauAguan` -> `Tomy Winata`
    if head:
        name = GLUED_HEAD.sub("", name)
    return GLUED_TAIL.sub("", name)


_RUN_TYPES: dict[str, int] = {}  # token text -> its part in a run (see `_run_type`)
_OUTSIDE, _NAME, _JOINER = 0, 1, 2


def _run_type(token: Token) -> int:
    """A word type's part in a capitalised run: a capitalised word (`_NAME`), a joiner
    (`bin`, `van`: in a run only before more of the name), or neither."""
    text = token.text
    first = text[:1]
    if not first.islower():
        capitalised = (first.isupper() or (first.isdigit() and any(c.isalpha() for c in text))) and text not in "“”\"‘’«»"
        if capitalised and text not in DETERMINERS:
            return _NAME
    return _JOINER if token.lower_ in JOINERS else _OUTSIDE


def capitalised_runs(tokens: list[Token]) -> list[list[Token]]:
    """Maximal runs of capitalised tokens (joined by `bin`, `van`, `al`...)."""
    texts = list(map(itemgetter(0), tokens)) if tokens and isinstance(tokens[0], Tok) else [t.text for t in tokens]
    types = by_word_type(_RUN_TYPES, texts, tokens, _run_type)
    runs, run = [], []
    for i, kind in enumerate(types):
        if kind == _NAME:
            run.append(tokens[i])
        elif run:
            if kind == _JOINER and _joins(tokens, i + 1):
                run.append(tokens[i])
            else:
                runs.append(run)
                run = []
    if run:
        runs.append(run)
    return runs


def _joins(tokens: list[Token], i: int) -> bool:
    """Whether a name goes on after a joiner: a capitalised word next, or after more joiners
    (`Andy van der Meyde`)."""
    while i < len(tokens) and tokens[i].lower_ in JOINERS and tokens[i].text[:1].islower():
        i += 1
    return i < len(tokens) and is_capitalised(tokens[i])


def person_name(run: list[Token], places: frozenset[str] | None = None) -> list[Token]:
    """The person-name tail of a capitalised run: `Menteri Luar Negeri AS Antony Blinken` -> `Antony Blinken`;
    `Gubernur Aceh Muzakir Manaf` -> `Muzakir Manaf` (a place after a title); `H. Ahmad Fauzi` -> `Ahmad Fauzi`."""
    places = PLACE_WORDS if places is None else places
    if any(t.text == "&" for t in run):
        return []  # `Sky & Telescope`, `Johnson & Johnson`: a company, no person
    while run and is_degree(run[-1].text):
        run = run[:-1]
    tail: list[Token] = []
    for k in range(len(run) - 1, -1, -1):
        token = run[k]
        if token.text in HONORIFICS:
            break
        if (tail and token.lower_ in places and k > 0
                and (run[k - 1].lower_ in ROLE_WORDS or run[k - 1].text.isupper() or run[k - 1].lower_ in places)):
            break
        if token.lower_ in ROLE_WORDS or not token.text[0].isalpha() or token.lower_ in OUTLETS or token.lower_ in NOT_NAMES:
            break
        if token.text.isupper() and len(token.text) > 1 and not (len(tail) == 1 and name_acronym(run, k)):
            break
        if k > 0 and run[k - 1].lower_ in PLACE_PREFIXES:
            break
        tail.insert(0, token)
    if not tail:
        return []
    head = run[0].lower_
    if (head in ORG_HEADS or head.isupper()) and len(tail) < 2 and len(run) > len(tail):
        return []
    return tail


@lru_cache(maxsize=1)
def lower_case_words() -> frozenset[str]:
    """Words the tagger's corpora write in lower case nine times in ten away from a sentence
    start (`sontak`, `penelitian`; `ner_clusters.tsv`): ordinary words, not names."""
    from ..entities.features import load_clusters
    return frozenset(word for word, row in load_clusters().items() if len(row) > 3 and row[3] == "0")


def ordinary_word(word: str) -> bool:
    """`Sontak`, `Penelitian`, `Hasilnya` (`hasil` + `-nya`): a common word, whatever its case."""
    low = word.lower()
    if low in SPEAKER_NOUNS or low in ROLE_HEADS or low in ORG_WORDS:
        return False  # `Polisi menduga ...`: a common noun that speaks
    return low in lower_case_words() or (NYA.search(low) is not None and low[:-3] in lower_case_words())


def _common_word(run: list[Token], index: "NameIndex") -> bool:
    """A phrase that opens with an ordinary word capitalised by the sentence start: a stop word
    (`Meski merasakan ...`), or one word alone the article also writes in lower case (`Pria`)
    or the language does (`Sontak`)."""
    token = run[0]
    if not _starts_sentence(token, index.tokens):
        return False
    low = token.lower_
    return low in NOT_NAMES or len(run) == 1 and (
        ordinary_word(low) or re.search(rf"(?<![\w-]){re.escape(low)}(?![\w-])", index.text) is not None)


def _trim_determiners(tokens: list[Token]) -> list[Token]:
    while tokens and (tokens[-1].lower_ in DETERMINERS or tokens[-1].is_punct):
        tokens = tokens[:-1]
    if tokens and tokens[-1].lower_.endswith("nya") and len(tokens[-1].text) > 5:
        return tokens  # `dirinya` is handled by the caller
    return tokens


def _np(tokens: list[Token]) -> list[Token]:
    """The noun phrase at the start of `tokens`: stop at a relative clause, an
    adverb or a preposition (a `di` between two capitalised words stays)."""
    out: list[Token] = []
    depth = 0
    for i, token in enumerate(tokens):
        low = token.lower_
        if token.text == "(":
            depth += 1
        if depth == 0:
            if (low == "di" and out and is_capitalised(out[-1]) and i + 1 < len(tokens) and is_capitalised(tokens[i + 1])
                    and any(t.lower_ in ORG_HEADS or t.lower_ in {"kedubes", "konsulat", "perwakilan"} for t in out)):
                # `Kedutaan Besar China di Israel` is one name; `Fauzi di Gedung Negara Grahadi` is a name and a place
                out.append(token)
                continue
            if low in NP_STOPS and out and _inside_name(out, token, tokens[i + 1:i + 2]):
                out.append(token)  # `Pengendalian Penyakit Langsung`, `Kepala Departemen Ekonomi dari CSIS Yose`
                continue
            if low in NP_STOPS and out or token.text in {",", ".", ";", ":", "!", "?", "“", "”", "\""} or token.is_space:
                break
        if token.text == ")":
            depth = max(0, depth - 1)
        out.append(token)
        if depth == 0 and low in DETERMINERS and len(out) > 1:
            break  # `Pemimpin Ukraina itu berbicara kepada ...`: the determiner closes the phrase
    return out


def _inside_name(out: list[Token], token: Token, following: list[Token]) -> bool:
    """A stop word that does not end the noun phrase: capitalised inside a capitalised name
    (`Direktur Pengendalian Penyakit Langsung Kementerian`), or `dari` joining a title to the body
    it heads (`Kepala Departemen Ekonomi dari Center for ... Yose Rizal`)."""
    if not is_capitalised(out[-1]) or not following or not is_capitalised(following[0]):
        return False
    if token.text[:1].isupper():
        return True
    return token.lower_ in ("dari", "untuk") and out[0].lower_ in ROLE_HEADS  # `Duta Besar Rusia untuk AS X`


def _maker(tokens: list[Token]) -> list[Token]:
    """`dari Fakultas Farmasi Universitas Sumatera Utara` after a document noun: who made it
    (`Riset terbaru dari Fakultas ...`), a capitalised name after `dari`/`oleh`."""
    if len(tokens) < 2 or tokens[0].lower_ not in ("dari", "oleh") or not is_capitalised(tokens[1]):
        return []
    k = 1
    while k < len(tokens) and (is_capitalised(tokens[k]) or tokens[k].lower_ in NAME_JOINERS and k + 1 < len(tokens)
                               and is_capitalised(tokens[k + 1])):
        k += 1
    return tokens[:k]


def _document_name(tokens: list[Token]) -> str | None:
    """`memo tersebut` -> `memo`; `bocoran memo yang dilihat` -> `memo`;
    `surat pengunduran dirinya` -> `surat pengunduran diri`."""
    lows = [t.lower_ for t in tokens]
    for k, low in enumerate(lows):
        if low in ("bocoran", "isi", "laporan") and k + 1 < len(lows):
            continue
        if low in ("dalam", "di"):
            continue
        if any(low == d or (" " in d and " ".join(lows[k:k + len(d.split())]) == d) for d in DOCUMENT_NOUNS):
            phrase = _trim_determiners(_np(tokens[k:]))
            phrase += _maker(tokens[k + len(phrase):]) if phrase and phrase[-1].lower_ not in DETERMINERS else []
            text = " ".join(t.text for t in phrase)
            text = NYA.sub("", text)
            return text or None
        break
    return None


def resolve(doc: Doc, start: int, end: int, index: NameIndex, direction: str = "before") -> Speaker | None:
    """The speaker named between characters start..end: the subject before a cue
    (`direction="before"`, the last comma segment with a name) or the phrase after
    an inverted cue (`"after"`, the first one)."""
    span = index.slice(start, end)
    if not span:
        return None
    tokens = [t for t in span if not t.is_space]
    segments, current = [], []
    for token in tokens:
        if token.text == "," and current:
            segments.append(current)
            current = []
        elif token.text not in (",", "“", "”", "\""):
            current.append(token)
    if current:
        segments.append(current)
    for k in range(len(segments) - 1, 0, -1):  # `Dikatakan mantan Wakil Sekjen MTI, itu,`: one phrase
        if all(t.lower_ in DETERMINERS for t in segments[k]):
            segments[k - 1] += segments.pop(k)
    opening = segments[0] if len(segments) > 1 and segments[0][0].lower_ == "dalam" else None
    if direction == "before" and len(segments) > 1:  # `Kelompok yang terdiri dari ... dokter, pengacara, ... dan ekonom`
        k = next((i for i, t in enumerate(segments[0]) if t.lower_ == "yang"), 0)
        listed = any(t.lower_ in ("dan", "serta") for t in segments[-1])  # a list closes with `dan`
        if k and listed and all(not is_capitalised(t) and t.lower_ not in PRONOUNS for seg in segments[1:] for t in seg):
            head = _subject(segments[0][:k])
            if len(head) == 1 and head[0].is_alpha and not index.entity_at(head[0].idx, head[0].idx + len(head[0].text)):
                return Speaker(name=None, type="person", pronoun=True, position=head[0].idx, description=head[0].text)
            segments = [segments[0][:k]]  # the list is the relative clause's
    if direction == "before" and len(segments) == 1:  # not an apposition (`Dr. Hari Purnomo, Ahli ... yang ... ini`)
        described = _described_by_clause(segments[-1], index)
        if described is not None:
            return described
    if direction == "before":  # `X, yang hadir di Konferensi tersebut, mengatakan`: not the relative clause
        segments = [_subject(s) for s in reversed(segments) if s[0].lower_ != "yang"]
    else:
        phrases = [_np(s) for s in segments]
        for k, (raw, phrase) in enumerate(zip(segments, phrases)):
            if phrase and len(phrase) < len(raw) and raw[len(phrase)].lower_ in NP_STOPS:
                phrases = phrases[:k + 1]  # `kata Khairunas kepada tim ... di Bandara ..., Jeddah`: the rest is an adjunct
                break
        segments = phrases
    candidates = [_classify(doc, s, index) for s in segments
                  if s and not all(is_degree(t.text) or t.is_punct for t in s) and not _is_date(s) and not _is_relay(s)]
    candidates = [c for c in candidates if c is not None]
    if direction == "before" and opening:
        document = _document_name(opening)
        named = candidates and candidates[0].type == "person" and (candidates[0].entity or candidates[0].pronoun)
        if document and not named:  # `Dalam memo yang bocor, staf Departemen Luar Negeri berpendapat`: the memo
            return Speaker(name=document, type="document", position=tokens[0].idx, anaphoric=" " not in document)
    if direction == "after" and candidates and not _named_person(candidates[0]) and SET_OFF_DETERMINER.match(index.text, end):
        return Speaker(name=None, type="person", pronoun=True, position=candidates[0].position)  # `..., itu,`
    if direction == "after" and (not candidates or not _named_person(candidates[0])):
        apposed = _apposition(doc, end, index)  # `menurut Wakil Direskrimum Polda Kepri, AKBP Ari Darmanto,`
        if apposed is not None:
            return apposed
    if not candidates or not _named_person(candidates[0]):
        titled = _titled_name(tokens, index, direction)
        if titled is not None:
            return titled
    if not candidates:
        return None
    if direction == "after" and len(candidates) > 1 and segments[0][0].is_lower and _named_person(candidates[1]):
        return candidates[1]  # `ucap pengacara Jefri Nichol, Aris Marasabesi`: the role's holder follows it
    for c in candidates[:3]:  # prefer a named person close to the cue (`X, Direktur Y, mengatakan`), never a place
        if c.name and (c.name.lower() in index.places or c.name.lower() in PLACE_WORDS):
            continue
        if c.type == "person" and c.entity or (c.type == "person" and not c.pronoun and c.name and c.name[0].isupper()):
            return c
    return candidates[0]


def _described_by_clause(tokens: list[Token], index: NameIndex) -> Speaker | None:
    """`Ranger khusus Cat Lounge yang baru bergabung sejak Januari itu mengatakan`: a noun phrase with a
    relative clause closed by a determiner points back to someone named before, as `dia` would."""
    tokens = _subject(tokens)
    if len(tokens) < 4 or tokens[-1].lower_ not in DETERMINERS:
        return None
    k = next((i for i, t in enumerate(tokens) if t.lower_ == "yang"), None)
    if not k:
        return None
    head = tokens[:k]
    if any(s < head[-1].idx + len(head[-1].text) and head[0].idx < e and " " in index.text[s:e].strip()
           for s, e, entity in index.mentions if entity.get("type") == "PER"):
        return None  # a full name of its own
    if any(t.lower_ in DETERMINERS for t in tokens[k:-1]) or any(t.text in "()" for t in tokens):
        return None
    description = " ".join(t.text for t in head) + " " + tokens[-1].text
    return Speaker(name=None, type="person", pronoun=True, position=head[0].idx, description=description)


def _titled_name(tokens: list[Token], index: NameIndex, direction: str) -> Speaker | None:
    """A person NER names, two words or more, after the title or role phrase that opens the speaker's
    phrase: right before the cue (`Pengamat otomotif dari ITB Yannes Pasaribu menilai`), or the first one
    after an inverted cue, before a preposition ends the phrase (`jelas dokter spesialis ortopedi Siloam
    Hospitals Kebon Jeruk dr. Erick Wonggokusuma, Sp.OT`)."""
    if not tokens:
        return None
    people = {s: (e, entity) for s, e, entity in index.mentions if entity.get("type") == "PER"}
    if direction == "before":
        last = tokens[-1]
        end = last.idx + len(last.text)
        found = [(s, entity) for s, (e, entity) in people.items() if e == end and s >= tokens[0].idx]
        if not found:
            return None
        start, entity = found[0]
        k = next(i for i, t in enumerate(tokens) if t.idx >= start)
        if k == 0 or tokens[k - 1].text == "," or tokens[k - 1].lower_ in NOT_SUBJECT_WORDS:
            return None  # the whole phrase is the name, or a name after a comma or preposition: not this rule's
        if any(t.is_lower and len(t.text) > 5 and t.lower_.startswith(VERB_PREFIXES)
               for t in tokens[:k]):
            return None  # `Dokter yang menangani Erramatti`: the name is an object
    else:
        start = entity = None
        for t in tokens:
            low = t.lower_
            if t.idx in people:
                start, entity = t.idx, people[t.idx][1]
                name = index.fullest(index.entity_name(entity))
                if len(name.split()) >= 2:
                    break
                start = entity = None
            elif low in NP_STOPS or t.text in {".", ";", ":", "!", "?", "“", "”", "\""} or t.is_space:
                return None
        if entity is None:
            return None
    name = index.fullest(index.entity_name(entity))
    words = name.split()
    while len(words) > 2 and (words[0].rstrip(".").lower() in ADDRESS_WORDS or words[0] in HONORIFICS
                              or len(words[0].rstrip(".")) == 1 or words[0].rstrip(".") + "." in HONORIFICS):
        words = words[1:]  # `Drs H Abdul Rahman Puteh`
    name = " ".join(words)
    if len(name.split()) < 2 or not any(t.lower_ in ROLE_HEADS for t in tokens if t.idx < start):
        return None  # a title or role before the name (`Survei Litbang Kompas` is no title)
    return Speaker(name=name, type="person", entity=entity["id"], position=start)


NOT_SUBJECT_WORDS = {"di", "ke", "dari", "oleh", "kepada", "dengan", "bersama", "untuk", "tentang", "terhadap", "bagi",
                     "pada", "atau", "dan", "serta", "yang"}


def _named_person(c: Speaker) -> bool:
    """A person NER names, or one named by two words or more."""
    return c.type == "person" and not c.pronoun and bool(c.name) and (bool(c.entity) or len(c.name.split()) >= 2)


SET_OFF_DETERMINER = re.compile(r"[ \t]*,[ \t]*(?:itu|ini|tersebut)[ \t]*,")  # `Dikatakan alumni ITS, itu, ...`
APPOSITION = re.compile(r"[ \t]*,[ \t]*((?:[A-Z][\w.'-]*[ \t]+){0,5}[A-Z][\w.'-]*)[ \t]*[,.]")


def _apposition(doc: Doc, end: int, index: "NameIndex") -> Speaker | None:
    """The person named right after a role phrase that ends at a comma (`menurut Kepala Bidang
    Humas Polda, Kombes Pol S. Erlangga, ada ...`): the role's holder is the speaker."""
    m = APPOSITION.match(index.text, end)
    if m is None:
        return None
    tokens = [t for t in index.slice(m.start(1), m.end(1)) if not t.is_space]
    c = _classify(doc, tokens, index) if tokens else None
    return c if c is not None and _named_person(c) else None


CHANNEL_HEADS = {"akun", "laman", "situs", "website", "kanal"}
PLATFORMS = frozenset(words("speakers_platforms"))
IMITATING = {"menirukan", "mengulang", "mengulangi", "meneruskan"}
IMITATED = {"pesan", "ucapan", "kata-kata", "perkataan", "arahan", "instruksi", "pernyataan", "kalimat"}
OUTLET_NOUNS = {"media", "situs", "portal", "outlet", "harian", "majalah", "koran", "kantor berita", "surat kabar",
                "media massa", "stasiun televisi"}
DATE_BITS = re.compile(r"^[\d/.()-]+$")


def _is_date(tokens: list[Token]) -> bool:
    """`Rabu (18/6/2025)`, `Jumat`: a dateline segment between the subject and its cue."""
    return tokens[0].lower_ in CALENDAR and all(t.lower_ in CALENDAR or DATE_BITS.match(t.text) for t in tokens)


RELAY_WORDS = {"dikutip", "dilansir", "melansir", "mengutip", "dilaporkan"}


def _is_relay(tokens: list[Token]) -> bool:
    """`sebagaimana dikutip Tekno Liputan6.com`: the outlet that relays, not the subject."""
    return tokens[0].lower_ in {"sebagaimana", "seperti"} | RELAY_WORDS and any(t.lower_ in RELAY_WORDS for t in tokens[:2])


def _titled_person(runs: list[list[Token]], index: "NameIndex") -> str | None:
    """A name of two words or more after a title in the run (`Kompol Winam Agus`), by the run alone."""
    for run in reversed(runs):
        name = person_name(run, index.places)
        if len(name) >= 2 and len(name) < len(run) and not any(t.lower_ in OUTLETS for t in name):
            return index.fullest(clean_name(" ".join(t.text for t in name)))
    return None


ORG_WORDS = ORG_HEADS | frozenset(w.lower() for w in words("entity_org_words"))
ROMAN = re.compile(r"^[IVX]+$")


def _org_head(tokens: list[Token], entity: dict, index: "NameIndex") -> str:
    """The head words NER left off an organisation (`Komisi III` of `Komisi III DPR`, `Aliansi`
    of `Aliansi BEM SI`): organisation words and numerals right before its mention, as written."""
    start = next((s for s, _, e in index.mentions if e is entity and tokens[0].idx <= s), None)
    k = next((k for k, t in enumerate(tokens) if t.idx == start), None)
    head = k
    while head and (tokens[head - 1].lower_ in ORG_WORDS or ROMAN.match(tokens[head - 1].text)) and is_capitalised(tokens[head - 1]):
        head -= 1
    if k is None or head == k or tokens[head].lower_ not in ORG_WORDS:
        return ""
    return index.text[tokens[head].idx:tokens[k].idx]


FUNCTION_WORDS = r"(?:of|for|and|the|without|on|at|to)"  # inside English names: `National Union of Journalists`
CAPITALISED_RUN = r"[A-Z][\w.&'-]*(?:[ \t]+[A-Z][\w.&'-]*)*"


def _english_name(name: str, after: int, index: "NameIndex") -> str:
    """An English name NER cut at a lowercase function word, whole again: `Reporters without Borders`,
    `National Union of Journalists of the Philippines` (the words before `of`, `for`, `without`...
    and after them, as long as they are capitalised and not an Indonesian word at the sentence start)."""
    text = index.text
    start = text.find(name, after)
    if start < 0 or start > after + 200:
        return name
    end = start + len(name)
    left = re.compile(rf"({CAPITALISED_RUN})[ \t]+{FUNCTION_WORDS}(?:[ \t]+{FUNCTION_WORDS})?[ \t]+$")
    right = re.compile(rf"[ \t]+{FUNCTION_WORDS}(?:[ \t]+{FUNCTION_WORDS})?[ \t]+({CAPITALISED_RUN})")
    while m := left.search(text, max(0, start - 150), start):
        words = m.group(1).split()
        while words and (words[0].lower() in NOT_NAMES or ordinary_word(words[0]) or words[0].lower() in ROLE_HEADS):
            words = words[1:]
        if not words:
            break
        start = m.end(1) - len(" ".join(words)) if " ".join(words) == m.group(1)[-len(" ".join(words)):] else m.end(1) - len(words[-1])
    while m := right.match(text, end):
        end = m.end()
    return " ".join(text[start:end].split())


DASHES = {"-", "–", "—"}
# the rest of an organisation's name up to its acronym: ` dan Sumber Daya Mineral` before `(ESDM)`
ORG_TAIL = re.compile(r"(?:[ \t]+(?:dan[ \t]+)?[A-Z][\w-]*)+(?=[ \t]*\([A-Z]{2,}\))")
CLAUSE_OPENERS = {"saat", "ketika", "setelah", "sebelum", "karena", "sehingga", "sedangkan", "tatkala"}


def _subject(tokens: list[Token]) -> list[Token]:
    """The subject in a segment before a cue: from its start, skipping a leading
    `Sementara itu`/`Namun`, up to the first stop word after a noun phrase."""
    i = 0
    while i < len(tokens) and (tokens[i].is_punct and tokens[i].text not in "()" or tokens[i].lower_ in {"sementara", "itu", "namun", "adapun", "lalu", "kemudian", "selain", "sedangkan", "tetapi", "dan", "sebelumnya", "sedang"}):
        i += 1
    tokens = tokens[i:]
    if len(tokens) > 1 and tokens[-1].lower_ in PRONOUNS:
        return tokens[-1:]  # `Sebab ia menduga`, `Kepada wartawan ia mengatakan`: the pronoun is the subject
    dash = max((k for k, t in enumerate(tokens[:-1]) if t.text in DASHES and t.whitespace_), default=None)
    if dash is not None and dash > 0:  # `Jakarta, CNBC Indonesia - Kementerian ESDM menegaskan`: after the dateline
        tokens = tokens[dash + 1:]
    verb = next((k for k, t in enumerate(tokens) if k and t.is_lower and len(t.text) > 5
                 and t.lower_.startswith(VERB_PREFIXES)), None)
    if verb is not None and tokens[-1].lower_ in ("dan", "lalu", "kemudian", "serta"):
        return tokens[:verb]  # `Pihak keluarga korban mendatangi kantor BKBH ... dan meminta`: the first verb's subject
    for k in range(len(tokens) - 2, 0, -1):  # `Kesaksian ... bermula saat Ronny Talapessy mempertanyakan`
        if tokens[k].lower_ in CLAUSE_OPENERS and is_capitalised(tokens[k + 1]) and not tokens[k - 1].is_punct:
            return tokens[k + 1:]
    # `Kementerian Keuangan melalui Direktur Jenderal Febrio Kacaribu`: speaker before, relay after
    return tokens


def _classify(doc: Doc, tokens: list[Token], index: NameIndex) -> Speaker | None:
    via: list[str] = []
    lows = [t.lower_ for t in tokens]
    if "melalui" in lows:
        k = lows.index("melalui")
        relay = [r for r in capitalised_runs(tokens[k + 1:]) if person_name(r)]
        if relay and k > 0:
            via.append(index.fullest(" ".join(t.text for t in person_name(relay[0]))))
            tokens = tokens[:k]
            lows = lows[:k]
    k = next((k for k, low in enumerate(lows) if low in IMITATING), 0)
    if k:  # `ujar Rudi menirukan pesan Sri Wahyuni`: Sri Wahyuni's words, through Rudi
        relay = [r for r in capitalised_runs(tokens[:k]) if person_name(r, index.places)]
        rest = tokens[k + 1:]
        while rest and rest[0].lower_ in IMITATED:
            rest = rest[1:]
        speaker = _classify(doc, rest, index) if relay and rest else None
        if speaker is not None and speaker.name and not speaker.pronoun:
            name = index.fullest(clean_name(" ".join(t.text for t in person_name(relay[-1], index.places))))
            speaker.via = [name, *speaker.via, *via]
            return speaker
    if lows and lows[0] in CHANNEL_HEADS and len(tokens) > 1:  # `tulis akun Instagram Kementerian X`: X, via the account
        k = 1
        while k < len(tokens) and (tokens[k].text in PLATFORMS or lows[k] in {"resmi", "pribadi", "media", "sosial"}):
            k += 1
        owner = _classify(doc, tokens[k:], index) if k < len(tokens) else None
        if owner is not None and owner.name and not owner.pronoun:
            while owner.name.split(" ", 1)[0] in PLATFORMS and " " in owner.name:  # NER took the platform in
                owner.name = owner.name.split(" ", 1)[1]
            owner.via = [*owner.via, " ".join(t.text for t in _trim_determiners(tokens)), *via]
            return owner
    if "diwakili" in lows:  # `Bawas MA yang diwakili Inspektur Wilayah UU Suradi`
        tokens = tokens[lows.index("diwakili") + 1:]
    document = _document_name(tokens)
    tokens = _np(tokens) if tokens and tokens[0].lower_ not in NP_STOPS else tokens
    if not tokens:
        return None
    position = tokens[0].idx
    first = tokens[0].lower_
    if first in PRONOUNS:
        return Speaker(name=None, type="person", pronoun=True, position=position)
    if 2 <= len(tokens) <= 3 and " ".join(t.lower_ for t in tokens[:-1]) in OUTLET_NOUNS and tokens[-1].lower_ in DETERMINERS:
        return Speaker(name=None, type="organization", outlet=True, position=position, via=via)
    role = role_only(tokens)
    if role:  # `ujar hakim`: resolved to the named judge by the reader
        phrase = _trim_determiners(tokens)
        return Speaker(name=" ".join(t.text for t in phrase), type="person", position=position, via=via, role=role)
    if document:
        anaphoric = any(t.lower_ in DETERMINERS for t in tokens) or len(tokens) == 1
        return Speaker(name=document, type="document", position=position, via=via, anaphoric=anaphoric)
    entity = index.entity_at(tokens[0].idx, tokens[-1].idx + len(tokens[-1].text))
    runs = capitalised_runs(tokens)
    if (len(tokens) >= 2 and tokens[-1].lower_ in DETERMINERS and tokens[0].lower_ not in ORG_HEADS
            and not (entity and entity.get("type") == "PER")):
        return Speaker(name=None, type="person", pronoun=True, position=position,  # `Politikus Partai Gerindra ini`
                       description=" ".join(t.text for t in tokens))
    named = next((k for k, t in enumerate(tokens[:-1]) if t.lower_ in {"bernama", "berinisial"}), None)
    if named is not None:  # `seorang pejalan kaki bernama Anjas`: the name given
        return _classify(doc, tokens[named + 1:], index)
    if first in {"seorang", "salah"} and not (entity and entity.get("type") == "PER"):
        phrase = _trim_determiners(tokens)  # `seorang juru bicara Trump Organization`: the description, not the org
        if len(phrase) > 2 and not phrase[1].text[:1].isupper():
            return Speaker(name=" ".join(t.text for t in phrase), type="person", position=position, via=via)
    if entity and entity.get("type") == "LOC" and tokens[0].is_lower and len(tokens) > 1:
        phrase = _trim_determiners(tokens)  # `aparat kepolisian Filipina`: the people, not the place
        return Speaker(name=" ".join(t.text for t in phrase), type="organization", position=position, via=via)
    if entity:
        kind = {"PER": "person", "ORG": "organization"}.get(entity.get("type"), "organization")
        name = index.entity_name(entity)
        glued = index.glued_person(name) if kind != "person" else None
        if glued:  # `Direktur Utama PSIS Semarang A.S.Sukawijaya`, one ORG to NER
            return Speaker(name=index.fullest(glued), type="person", position=position, via=via)
        known = index.person_named(name) if kind != "person" else None
        if known:  # `ungkap Winam`, NER's place, of `Kompol Winam Agus`, its person
            return Speaker(name=known, type="person", position=position, via=via)
        name = name.rsplit(" - ", 1)[-1]  # `Beritasatu.com - Pengadilan Negeri`: NER took the dateline in
        person = index.person_like(entity) if kind == "organization" else None
        if person:  # `kata Genio`, NER's organisation, of `Genio Ladyan Finasisca`
            return Speaker(name=person, type="person", entity=entity["id"], position=position, via=via)
        if kind == "organization":
            name = _english_name(name, position, index)  # `Borders` of `Reporters without Borders`
            name = _org_head(tokens, entity, index) + name  # `Komisi III` + NER's `DPR`
            name = index.abbreviations.get(name, name)  # `Apersi` -> the name the article spells out
            window = index.text[position:position + 160]
            longer = window.startswith(name) and ORG_TAIL.match(window, len(name))
            name = window[:longer.end()] if longer else name  # `Kementerian Energi` of `... dan Sumber Daya Mineral (ESDM)`
        titled = _titled_person(runs, index)  # `Kompol Winam Agus`, `hakim anggota Purwanto S Abdullah`
        if kind == "person":
            name = index.fullest(name)
            if titled and len(name.split()) == 1 and set(name.split()) < set(titled.split()):
                name = titled  # NER cut the name short (`Purwanto S` ORG + `Abdullah` PER)
        elif titled and entity.get("type") != "LOC" or titled and name.split()[-1] == titled.split()[-1]:
            return Speaker(name=titled, type="person", position=position, via=via)
        return Speaker(name=name, type=kind, entity=entity["id"], position=position, via=via)
    for run in reversed(runs):
        name = person_name(run, index.places)
        if name and not (len(name) == 1 and (_starts_sentence(name[0], index.tokens) or ordinary_word(name[0].text))
                         and len(index.fullest(name[0].text).split()) < 2):
            text = " ".join(t.text for t in name)
            if text.lower() in OUTLETS:
                return Speaker(name=text, type="organization", position=position, via=via)
            return Speaker(name=index.fullest(clean_name(text)), type="person", position=name[0].idx, via=via)
    if runs and any(t.lower_ in DETERMINERS for t in tokens) and not tokens[0].lower_ in ORG_HEADS:
        return Speaker(name=None, type="person", pronoun=True, position=position,  # `Jenderal bintang dua itu`
                       description=" ".join(t.text for t in tokens))
    if runs:
        run = _trim_determiners(_np(tokens))
        while run and not is_capitalised(run[0]):
            run = run[1:]
        if run and _common_word(run, index):
            return None  # `Begitu`, `Hasilnya`, `Perusahaan`: a sentence's first word, not a name
        if run:
            text = index.text[run[0].idx:run[-1].idx + len(run[-1].text)]
            return Speaker(name=index.abbreviations.get(text, text), type="organization", position=position, via=via)
    phrase = _trim_determiners(tokens)
    text = " ".join(t.text for t in phrase)
    anaphoric = len(phrase) < len(tokens)
    lowered = text.lower()
    for noun, kind, pattern in SPEAKER_NOUN_PATTERNS:
        if noun in lowered and pattern.search(lowered):
            return Speaker(name=text, type=kind, position=position, via=via, pronoun=anaphoric and kind == "person")
    return None


PROVISIONS = {"pasal", "bagian", "ayat", "bab", "lampiran", "konsiderans", "diktum"}
REGULATION = re.compile(r"\b(?:Peraturan(?: [A-Z][a-z]+){1,3}|Undang-Undang|Perpres|Permen[a-z]*|Perda|Perppu|PP|UU|Keppres|Inpres)"
                        r"(?: \([A-Za-z]+\))? (?:Nomor|No\.?) ?(?P<num>\d+) [Tt]ahun (?P<year>\d{4})")
REGULATION_SHORT = re.compile(r"\b(?:Perpres|Permen[a-z]*|Perda|Perppu|PP|UU|Keppres|Inpres) (?P<num>\d+)/(?P<year>\d{4})\b")
REGULATION_WORDS = re.compile(r"^(?:dalam|peraturan|undang-undang|perpres|permen[a-z]*|perda|perppu|pp|uu|keppres|inpres|beleid|salinan)$", re.I)


def qualify_provision(name: str, text: str, anchor: int, covered: list[tuple[int, int]]) -> str:
    """`Pasal 1` / `bagian Menimbang` / `Pasal 1 Peraturan Menteri Perhubungan tersebut`: the provision
    of the regulation named last before `anchor` (outside the `covered` spans, not in another's title),
    in the article's short form when it has one (`Pasal 1 Perpres 49/2025`)."""
    head: list[str] = []
    for word in name.split():
        if REGULATION_WORDS.match(word):
            break
        if not head or word.lower() != head[-1].lower():  # `bagian bagian "Menimbang"`
            head.append(word)
    if "Nomor" in name or "/" in name or not head or "Tahun" in name:
        return name
    found = None
    for m in REGULATION.finditer(text, 0, anchor):
        if any(s <= m.start() < e for s, e in covered) or "tentang" in text[max(0, m.start() - 25):m.start()]:
            continue
        found = m
    if found is None:
        return name
    short = next((r.group(0) for r in REGULATION_SHORT.finditer(text)
                  if (r.group("num"), r.group("year")) == (found.group("num"), found.group("year"))), None)
    regulation = short or re.sub(r" \([A-Za-z]+\)", "", found.group(0))
    return f"{' '.join(head)} {regulation}"

