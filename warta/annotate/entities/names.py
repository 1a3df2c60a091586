"""Name chunks repaired after the CRF, before roles are read and mentions grouped.

The tagger cuts some names in two where a title, an organisation or another name
runs into the person without a comma:

- `Juru Bicara KPK Tessa Mahardhika Sugiarto` tagged `Tessa Mahardhika` ORG +
  `Sugiarto` PER: an organisation-looking span with no organisation, place or role
  word, one of whose words the article also uses for a person, is the person's first
  names (`merge`);
- `Pilarmas Investindo Sekuritas Maximilianus` ORG + `Nico Demus` PER, `Ketua PB
  Persani Ita` ORG + `Yuliati Irawan` PER: the last word(s) of the organisation go to
  the person when what is left is an organisation on its own evidence: it ends in a
  word that ends organisation names (`entity_org_tails.txt`: `Sekuritas`, `Tbk`), in a
  country or place, or the article writes it alone elsewhere (`peel`);
- `I Nyoman Oka Wirawa`, `Anak Agung Ngurah Pranajaya`: a name particle
  (`entity_name_particles.txt`) opens the name even where the tagger left it out or
  gave it to the span before (`particles`);
- `YouTube Ria Ricis`, `Flickr "Addicted2Hymenoptera"`: a platform
  (`speakers_platforms.txt`) named before a person is no part of their name.

Spans are (start, end, label) token ranges, sorted and not overlapping."""

from __future__ import annotations

import re
from functools import cache

from spacy.attrs import SENT_START
from spacy.tokens import Doc

from . import roles
from ...lang.id import HERE, patterns, words

Span = tuple[int, int, str]
MAX_PEEL = 2  # words an organisation span can hand to the person after it


@cache
def particles() -> tuple[tuple[str, ...], ...]:
    """Name particles as token tuples (case as written), longest first."""
    return tuple(sorted((tuple(line.split()) for line in words("entity_name_particles")), key=len, reverse=True))


@cache
def org_tails() -> frozenset[str]:
    return frozenset(w.lower() for w in words("entity_org_tails"))


@cache
def org_words() -> frozenset[str]:
    return frozenset(w.lower() for w in words("entity_org_words")) | frozenset(
        w.lower() for w in words("entity_place_words"))


@cache
def platforms() -> frozenset[str]:
    return frozenset(w.lower() for w in words("speakers_platforms"))


@cache
def places() -> frozenset[str]:
    return roles.countries() | frozenset(w.lower() for w in words("entity_places"))


@cache
def known_names() -> dict[str, str]:
    """Lowercased name -> its usual type in the NER training data (`entity_names.tsv`)."""
    found = {}
    path = HERE / "entity_names.tsv"
    if path.exists():
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.startswith("#") and line.count("\t") == 1:
                name, kind = line.split("\t")
                found[name] = kind
    return found


def _name_word(text: str) -> bool:
    """A word that can be part of a person's name: `Tessa`, `Ma'ruf`, not `KPK` or `(`."""
    letters = text.replace("'", "").replace("-", "")
    return letters.isalpha() and text[:1].isupper() and not (len(text) > 1 and text.isupper())


def _plain(text: str) -> bool:
    """A name word that is no organisation, place, role or platform word."""
    low = text.lower()
    return (_name_word(text) and low not in org_words() and low not in roles.role_words()
            and not roles.ABSTRACT_NOUN.match(low)  # `Ketenagakerjaan`
            and low not in places() and low not in platforms() and known_names().get(low) not in ("ORG", "LOC"))


def repair(doc: Doc, texts: list[str], spans: list[Span]) -> list[Span]:
    """The tagged spans with split person names joined, particles added and platforms dropped."""
    if not spans:
        return spans
    seen = {" ".join(texts[s:e]).lower() for s, e, label in spans if label != "PER"}
    out: list[list] = [list(span) for span in spans]
    for k in range(1, len(out)):
        before, person = out[k - 1], out[k]
        if person[2] != "PER" or before[2] == "PER" or before[1] != person[0] or before[1] <= before[0]:
            continue
        a_words = texts[before[0]:before[1]]
        if all(_plain(w) for w in a_words) and _first_names(texts, spans, k, a_words):
            person[0], before[1] = before[0], before[0]  # `Tessa Mahardhika` + `Sugiarto`
            continue
        if any(" ".join(a_words[k:]).lower() in places() for k in range(len(a_words))):
            continue  # `Umrah Arab Saudi` + `Tawfiq Al-Rabiah`: the span ends in a whole place
        for size in range(1, min(MAX_PEEL, len(a_words) - 1) + 1):
            rest, moved = a_words[:-size], a_words[-size:]
            if all(_plain(w) for w in moved) and _stands_alone(rest, seen):
                person[0] = before[1] = before[1] - size
                break
    out = _person_tails(texts, spans, out)
    out += [list(span) for span in _untagged_people(doc, texts, spans)]
    out.sort()
    for span in out:
        if span[2] == "PER":
            span[0] = _particle_start(texts, span[0], span[1])
            span[0] = _after_platform(doc, texts, span[0], span[1])
    # a span a person's particle or first names were taken from keeps what is left of it
    fixed: list[Span] = []
    for start, end, label in out:
        if fixed and start < fixed[-1][1]:
            last = fixed.pop()
            if last[2] == "PER" and label != "PER":
                fixed.append(last)
                start = last[1]
            elif start > last[0]:
                fixed.append((last[0], start, last[2]))
        if end > start:
            fixed.append((start, end, label))
    return fixed


MAX_TAIL = 3  # words of a person's name at the end of another span


def _person_tails(texts: list[str], spans: list[Span], out: list[list]) -> list[list]:
    """A person's name tagged as the end of an organisation or place span, where the span is
    the subject of a speech verb (`PT Kabah Sirah Semen Hasfi Rafiq mengatakan`) or is
    described after a comma (`Tabrak Bumi Masato Ono, ahli entomologi`): the last two or three
    plain name words are the person when the word before them is not name-like, on the
    article's evidence (a word of another organisation or place it names, `Semen` of `PT
    Semen Padang`), the training data's (`Bumi`, an organisation or place) or as an acronym
    (`BNI`). The words before keep their label when they name an organisation on their own
    evidence (`PT ...`) or are a place (`Selandia Baru`); a fragment (`Bumi`) is dropped."""
    _, verbs = cue_words()
    other_words: dict[int, set[str]] = {}
    for n, (s, e, label) in enumerate(spans):
        if label != "PER":
            for i in range(s, e):
                other_words.setdefault(n, set()).add(texts[i].lower())
    counts: dict[str, int] = {}
    for s, e, label in spans:
        counts[" ".join(texts[s:e]).lower()] = counts.get(" ".join(texts[s:e]).lower(), 0) + 1
    result: list[list] = []
    for n, span in enumerate(out):
        start, end, label = span
        result.append(span)
        if label == "PER" or end - start < 3 or end >= len(texts) or n >= len(spans):
            continue
        after = texts[end]
        if not (after in verbs or after == "," and end + 1 < len(texts) and texts[end + 1][:1].islower()):
            continue
        whole = " ".join(texts[start:end]).lower()
        if counts.get(whole, 0) > 1 or known_names().get(whole) in ("ORG", "LOC"):
            continue
        elsewhere = set().union(*(words for m, words in other_words.items() if m != n))
        j = end
        while j > start + 1 and end - j < MAX_TAIL and _plain(texts[j - 1]) and texts[j - 1].lower() not in elsewhere:
            j -= 1
        if end - j < 2 or not _not_name(texts[j - 1], elsewhere):
            continue
        rest = texts[start:j]
        span[1] = j
        if not (rest[0].lower() in org_words() or " ".join(rest).lower() in places() or _stands_alone(rest, set(counts))):
            result.pop()  # `Bumi` of a headline run into the name
        result.append([j, end, "PER"])
    return result


def _not_name(word: str, elsewhere: set[str]) -> bool:
    """Whether a word before a person's name is no part of it: a word of another organisation
    or place in the article, a known organisation or place, an acronym or an organisation,
    place or role word, but no word that heads an organisation or place (`Universitas`, whose
    name follows it)."""
    low = word.lower()
    if low in org_words():
        return False
    return (low in elsewhere or known_names().get(low) in ("ORG", "LOC") or len(word) > 1 and word.isupper()
            or low in roles.role_words() or low in places() or low in org_tails())


MAX_RECOVERED = 3  # words of an untagged name
AFFIXED_VERB = re.compile(r"(?:di|me[mny]?g?|ber|ter|memper|diper)[a-z]{3,}(?:kan|i)$")  # `Dibicarakan`, `Menyetujui`


def _untagged_people(doc: Doc, texts: list[str], spans: list[Span]) -> list[Span]:
    """Person names the tagger left out: a run of two or three capitalised name words inside
    a sentence (`..., Suci Nirmala pendiri brand ...`) none of which is an organisation, place,
    role word or affixed verb (a headline's `Dibicarakan`), whose first word the article also
    writes alone as a speaker (`kata Suci`, `Suci mengatakan`)."""
    n = len(texts)
    if n < 3:
        return []
    posts, verbs = cue_words()  # cue words as written in running text: lowercase
    cued = [k + 1 for k, t in enumerate(texts[:-2]) if t in posts]
    cued += [k - 1 for k, t in enumerate(texts) if k > 1 and t in verbs]
    speakers = {texts[k] for k in cued if texts[k][:1].isupper() and _lower_edge(texts, k + 1)}
    if not speakers:
        return []
    tagged = {i for s, e, _ in spans for i in range(s, e)}
    sent_start = doc.to_array(SENT_START).tolist()
    runs = []
    for i in range(1, n):  # a run starts at a word the article uses for a speaker
        if texts[i] not in speakers or i in tagged or sent_start[i] == 1 or not _lower_edge(texts, i - 1):
            continue
        j = i
        while j < n and j not in tagged and sent_start[j] != 1 and _plain(texts[j]) and (
                j == i or doc[j - 1].whitespace_):
            j += 1
        if (2 <= j - i <= MAX_RECOVERED and _lower_edge(texts, j)
                and not any(AFFIXED_VERB.match(texts[k].lower()) for k in range(i, j))):
            runs.append((i, j, "PER"))
    return runs


@cache
def cue_words() -> tuple[frozenset[str], frozenset[str]]:
    """Speech cue words from the quote lexicon (`cues.jsonl`): those written before the speaker
    (`kata`, `ujar`) and one-word verbs written after them (`mengatakan`)."""
    rows = patterns("cues")
    posts = frozenset(w.lower() for row in rows for w in row.get("post", []) if " " not in w)
    verbs = frozenset(w.lower() for row in rows for w in row.get("forms", []) if " " not in w)
    return posts, verbs


def _lower_edge(texts: list[str], k: int) -> bool:
    """Whether token k can border a name run: a lowercase word or a comma-like mark."""
    return 0 <= k < len(texts) and (texts[k][:1].islower() or texts[k] in {",", ".", ":", ";", '"', "“", "”"})


def _first_names(texts: list[str], spans: list[Span], k: int, a_words: list[str]) -> bool:
    """Whether the words of span k-1 are the first names of the person in span k: its first
    word names a person by itself elsewhere in the article (`kata Tessa`) or in the training
    data, and none of its words is part of an organisation or place elsewhere
    (`Bhayangkari Peduli`, `BKSDA Sumbar`)."""
    if known_names().get(" ".join(a_words).lower()) in ("ORG", "LOC"):
        return False
    lowered = {w.lower() for w in a_words}
    alone, other = set(), set()
    for n, (s, e, label) in enumerate(spans):
        if n in (k - 1, k):
            continue
        if label == "PER" and e - s == 1:
            alone.add(texts[s].lower())
        elif label != "PER" and e - s > 1:  # a one-word `Tessa` ORG is the tagger's noise
            other.update(texts[i].lower() for i in range(s, e))
    first = a_words[0].lower()
    return not lowered & other and (first in alone or known_names().get(first) == "PER")


def _stands_alone(rest: list[str], seen: set[str]) -> bool:
    """Whether the words left of an organisation span name an organisation by themselves."""
    if not rest:
        return False
    text = " ".join(rest).lower()
    last = rest[-1].lower()
    named = text in seen or known_names().get(text) in ("ORG", "LOC")
    # one word written alone is too little evidence (`MotoGP` of `MotoGP San` + `Marino`),
    # unless it is an acronym (`KPK` of `KPK Tessa` + `Mahardhika Sugiarto`)
    return last in org_tails() or last in places() or named and (len(rest) >= 2 or rest[0].isupper())


def _particle_start(texts: list[str], start: int, end: int) -> int:
    """Where a person's name starts once a particle written before it is counted in."""
    for particle in particles():
        n = len(particle)
        for back in range(1, n):
            first = start - back
            if first >= 0 and first + n <= end and tuple(texts[first:first + n]) == particle:
                return first
    return start


def _after_platform(doc: Doc, texts: list[str], start: int, end: int) -> int:
    """Where a person's name starts once a leading platform (`YouTube`, `Flickr`) and the
    marks after it are dropped; a platform the tokenizer cut at its capital (`You|Tube`) counts."""
    first = start
    while first > 0 and not doc[first - 1].whitespace_ and texts[first - 1].isalpha():
        first -= 1  # `You|Tube`: the span may start inside the written word
    glued = "".join(texts[first:start])
    for i in range(start, end - 1):
        glued += texts[i]
        ends_word = bool(doc[i].whitespace_) or not texts[i + 1][:1].isalnum()
        if ends_word and glued.lower() in platforms():
            first = i + 1
            while first < end - 1 and not texts[first][:1].isalnum():
                first += 1
            return first
        if ends_word:
            return start
    return start
