"""Direct quotes: pairing quotation marks as scraped, and finding the attribution.

Marks come curly (“ ” ‘ ’ « »), straight (" ') or misused (Kompas opens with ”);
whether a mark opens or closes is read from its neighbours. A quote runs over
paragraphs when the next paragraph opens with a mark and the previous one never
closed. The attribution is looked for after the closing mark (`,” kata X`,
`,” ungkap pernyataan resmi tersebut`, `,” pesan tersebut melanjutkan`), then
before the opening mark (`X mengatakan, “`, `Menurut X, “`)."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

from ...lang.id import patterns, words

DOUBLE_OPEN, DOUBLE_CLOSE = "“«", "”»"
SINGLE_OPEN, SINGLE_CLOSE = "‘", "’"
DOUBLE_OR_NEWLINE = re.compile(r'[\n“«”»"]')
COMMA_JOIN = re.compile(r'[.!?]["”]?,(?=[^\s\d])')  # `sempurna.,Sofi`: paragraphs joined by a comma
SINGLE = re.compile("[‘’']")
NON_SPACE = re.compile(r"\S")
NEWLINE = re.compile("\n")


def _cue_words() -> tuple[list[str], list[str]]:
    verbs, post = [], []
    for row in patterns("cues"):
        verbs.extend(row["forms"])
        post.extend(row.get("post", []))
    return verbs, post


VERB_CUES, POST_CUES = _cue_words()
_POST_LOWER = {c.lower() for c in POST_CUES} | {"menurut"}


def is_pronoun_cue(cue: str) -> bool:
    """`katanya`, `ujarnya`, `menurutnya`: the `-nya` form of a cue (`tanya` is a cue of its own)."""
    cue = cue.lower()
    return cue.endswith("nya") and cue[:-3] in _POST_LOWER
ACCORDING = tuple(w for w in words("cues_according"))
_ALL = sorted(set(VERB_CUES) | set(POST_CUES) | {"menurut", "menurutnya"}, key=len, reverse=True)
CUE_RE = "|".join(re.escape(c) for c in _ALL)
VERB_RE = "|".join(re.escape(c) for c in sorted(VERB_CUES, key=len, reverse=True))

# after the closing mark: `, kata X` / `ujarnya` / `demikian bunyi pernyataan tersebut`
POST_ATTRIBUTION = re.compile(rf"^[ \t,]*(?:(?:demikian|begitu)[ \t]+)?(?P<cue>{CUE_RE})(?![\w-])", re.I)
# after the closing mark, subject first: `, pesan tersebut melanjutkan.`
POST_SUBJECT_VERB = re.compile(rf"^[ \t,]*(?P<np>(?:[\w.()-]+[ \t]+){{1,5}}?)(?P<cue>{VERB_RE})(?=[ \t]*[.,;]|[ \t]*$)", re.I)
# before the opening mark: `X mengatakan, “` / `X menegaskan: “` / `Menurut X, “`
PRE_ATTRIBUTION = re.compile(rf"(?P<cue>{CUE_RE})(?:[ \t]+(?:kembali|juga|pula))?[ \t]*(?:bahwa)?[ \t]*[,:]?[ \t]*$", re.I)
PRE_ACCORDING = re.compile(r"(?:^|[\s,])(?P<cue>[Mm]enurut)[ \t]+(?P<np>[^,.\n]{2,80}),[ \t]*$")


# mojibake of curly marks and the no-break space (UTF-8 read as Mac Roman), and the
# markup between the items of a scrape stored as a Python list: read as marks, spaces and breaks
MOJIBAKE = re.compile("‚Äú|‚Äù|¬†")
DOUBLED = re.compile(r"(?<!')''(?!')")
_MOJIBAKE_AS = {"‚Äú": "  “", "‚Äù": "”  ", "¬†": "  "}


def marks_view(text: str, gaps: list[tuple[int, int]] = ()) -> str:
    """`text` as the mark rules read it, of the same length (offsets stay valid):
    mojibake marks as curly marks, two apostrophes as a straight double mark, no-break spaces
    as spaces, list markup as line breaks (each item is a paragraph)."""
    if "¬" in text or "‚Ä" in text:
        text = MOJIBAKE.sub(lambda m: _MOJIBAKE_AS[m.group()], text)
    if "''" in text:  # `.,''Kalau dilanjutkan ...,'' kata X`: two apostrophes for a double mark
        text = DOUBLED.sub(lambda m: ' "' if m.end() < len(text) and text[m.end()].isalnum() else '" ', text)
    if gaps:
        parts, cursor = [], 0
        for start, end in gaps:
            parts.append(text[cursor:start])
            parts.append("\n" * (end - start))
            cursor = end
        parts.append(text[cursor:])
        text = "".join(parts)
    return text.replace("\xa0", " ")


@dataclass
class Marked:
    """A span between quotation marks: `open`/`close` are the marks' offsets (close None when unclosed)."""
    open: int
    close: int | None
    start: int
    end: int
    inner_marks: list[int] = field(default_factory=list)
    lost_open: bool = False  # `Dari riset ini, ...," lanjutnya.`: the opening mark was lost in scraping


def _role(text: str, i: int) -> str | None:
    ch = text[i]
    prev = text[i - 1] if i else "\n"
    nxt = text[i + 1] if i + 1 < len(text) else "\n"
    if ch in DOUBLE_OPEN:
        if ch == "“" and not prev.isspace() and prev not in "([—-" and (nxt.isspace() or nxt in ".,"):
            return "close"
        if (ch == "“" and prev.isspace() and nxt.isspace() and i >= 2 and text[i - 2] in ",.!?"
                and text[i + 2:i + 3].islower()):
            return "close"  # `penumpang, “ kata David`: a detached closer before the lower-case cue
        return "open"
    if ch in DOUBLE_CLOSE:
        if (prev.isspace() or prev in "([—") and (nxt.isalnum() or nxt in "‘'\""):
            return "open"
        return "close"
    if ch == '"':
        if prev.isspace() or prev in "([—:" or i == 0:
            return "open" if not nxt.isspace() else "detached"
        if nxt.isalnum() or nxt in "‘'(“…":
            return "glued"  # `itu."Kami`, `.,"Kami`, `sepedanya"Buat`: a new quote, or a close with the space lost
        return "close"
    return None


def _single_role(text: str, i: int) -> str | None:
    ch = text[i]
    prev = text[i - 1] if i else " "
    nxt = text[i + 1] if i + 1 < len(text) else " "
    if ch in "‘'" and (prev.isspace() or prev in "(“\"") and nxt.isalnum():
        return "open"
    if ch in "’'" and not prev.isspace() and not nxt.isalnum():
        return "close"
    return None


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def pair_marks(text: str, items: list[tuple[int, int]] = ()) -> list[Marked]:
    """Every quoted stretch of `text`, double marks first, then single marks outside them.
    `items`: the markup between list items (line breaks in `text`) that a quote may cross
    when a later item closes it."""
    found: list[Marked] = []
    pending: Marked | None = None
    paragraph_start = 0

    floor = [0]  # where the text after the last closing mark starts

    def lost_open(close: int) -> None:
        """A closing mark with no opening one: the quote runs from its paragraph's start
        (or the previous quote's end, or a comma-joined paragraph's start)."""
        if (found and found[-1].close is None and not found[-1].lost_open
                and all(any(a <= k < b for a, b in items) for k in _breaks(text, found[-1].open, close))):
            # `'"Saya ...', 'Kami ...," kata X'`: the quote left open paragraphs before ends here
            opened = found.pop()
            s, e = _strip(text, opened.open + 1, close)
            found.append(Marked(opened.open, close, s, e, opened.inner_marks))
            return
        start = max(paragraph_start, floor[0])
        floor[0] = close + 1  # each stretch of text is read once, however many lonely marks follow
        joins = [j.end() for j in COMMA_JOIN.finditer(text, start, close)]
        s, e = _strip(text, joins[-1] if joins else start, close)
        if e > s:
            found.append(Marked(s - 1, close, s, e, lost_open=True))

    for match in DOUBLE_OR_NEWLINE.finditer(text):
        i, ch = match.start(), match.group()
        if ch == "\n":
            paragraph_start = i + 1
            continue
        role = _role(text, i)
        if role == "glued":  # opens unless a quote of this paragraph is still open
            role = "close" if pending is not None and pending.open >= paragraph_start else "open"
        elif role == "detached":  # `teliti, " kata`: closes an open quote, else nothing
            role = "close" if pending is not None else None
        if (role == "open" and ch == "”" and pending is not None and text[pending.open] == "“"
                and pending.open >= paragraph_start):
            role = "close"  # `umum. ”Meskipun`: closes the “ before it (a missing space, not a Kompas opener)
        if role == "open":
            if pending is not None:
                continues = not NON_SPACE.search(text, paragraph_start, i) and pending.open < paragraph_start
                if continues:
                    pending.inner_marks.append(i)
                    continue
                end = text.rfind("\n", pending.open, i)
                s, e = _strip(text, pending.open + 1, end if end > 0 else i)
                found.append(Marked(pending.open, None, s, e, pending.inner_marks))
            pending = Marked(i, None, i + 1, i + 1)
        elif role == "close" and pending is not None:
            if pending.open < paragraph_start and NON_SPACE.search(text, paragraph_start, i) and not pending.inner_marks:
                # the quote opened in an earlier paragraph and no mark reopened it: close it there
                end = text.find("\n", pending.open)
                s, e = _strip(text, pending.open + 1, end)
                found.append(Marked(pending.open, None, s, e))
                pending = None
                lost_open(i)
                continue
            s, e = _strip(text, pending.open + 1, i)
            found.append(Marked(pending.open, i, s, e, pending.inner_marks))
            floor[0] = i + 1
            pending = None
        elif role == "close":
            lost_open(i)
    if pending is not None:
        end = text.find("\n", pending.open)
        end = len(text) if end < 0 else end
        if pending.inner_marks or "\n" not in text[pending.open:end]:
            s, e = _strip(text, pending.open + 1, end)
            found.append(Marked(pending.open, None, s, e, pending.inner_marks))
    covered = [(m.open, (m.close or m.end)) for m in found]  # in text order, not overlapping
    covered_starts = [a for a, _ in covered]
    opened: int | None = None
    for match in SINGLE.finditer(text):
        i = match.start()
        k = bisect.bisect_right(covered_starts, i) - 1
        if k >= 0 and i <= covered[k][1]:
            continue
        role = _single_role(text, i)
        if role == "open":
            opened = i
        elif role == "close" and opened is not None and "\n" not in text[opened:i]:
            s, e = _strip(text, opened + 1, i)
            found.append(Marked(opened, i, s, e))
            opened = None
    return sorted((m for m in found if m.end > m.start), key=lambda m: m.open)


def _breaks(text: str, start: int, end: int) -> list[int]:
    return [m.start() for m in NEWLINE.finditer(text, start, end)]


@dataclass
class Attribution:
    cue_start: int
    cue_end: int
    np_start: int  # where the speaker phrase is looked for
    np_end: int
    direction: str  # "after" (speaker follows the cue) or "before" (speaker precedes it)
    pronoun: bool = False  # `katanya`, `ujarnya`: the speaker is an antecedent


def after_attribution(text: str, close: int, limit: int) -> Attribution | None:
    """The attribution following a closing mark at `close`, up to `limit` (sentence end)."""
    tail_start = close + 1
    tail = text[tail_start:limit]
    match = POST_ATTRIBUTION.match(tail)
    if match:
        cue_start, cue_end = tail_start + match.start("cue"), tail_start + match.end("cue")
        cue = match.group("cue").lower()
        rest_end = _clause_end(text, cue_end, limit)
        if cue == "menurut":
            return Attribution(cue_start, cue_end, cue_end, rest_end, "after")
        pronoun = is_pronoun_cue(cue) or bool(re.match(r"[ \t]+(?:ia|dia|beliau)\b", text[cue_end:rest_end]))
        return Attribution(cue_start, cue_end, cue_end, rest_end, "after", pronoun)
    match = POST_SUBJECT_VERB.match(tail)
    if match and not re.search(r"[“”\"]", match.group("np")):
        return Attribution(tail_start + match.start("cue"), tail_start + match.end("cue"),
                           tail_start + match.start("np"), tail_start + match.end("np"), "before")
    return None


CLAUSE_END = re.compile(r"[.;!?\n“”\"]")
TITLE_DOTS = frozenset(w[:-1] for w in words("entity_honorifics") if w.endswith("."))  # `dr`, `Prof`, `Ir`


def _clause_end(text: str, start: int, limit: int) -> int:
    """End of the attribution phrase: the sentence end, a new quote or a semicolon; not the full stop
    of a title or degree (`ujar dokter dr. Erick Wonggokusuma, Sp.OT.`)."""
    for m in CLAUSE_END.finditer(text, start, limit):
        if m.group() == ".":
            word = re.search(r"(?<![\w.])[\w.]+$", text[max(start, m.start() - 8):m.start()])
            word = word.group() if word else ""
            if word in TITLE_DOTS or len(word) <= 3 and word[:1].isupper() and text[m.end():m.end() + 1].isupper():
                continue  # `dr.`, `Prof.`; `Sp.OT`, `S.H.`
        return m.start()
    return limit


def before_attribution(text: str, sentence_start: int, open_: int) -> Attribution | None:
    """The attribution ending right before an opening mark (same sentence)."""
    head = text[sentence_start:open_]
    match = PRE_ACCORDING.search(head)
    if match:
        return Attribution(sentence_start + match.start("cue"), sentence_start + match.end("cue"),
                           sentence_start + match.start("np"), sentence_start + match.end("np"), "after")
    match = PRE_ATTRIBUTION.search(head)
    if match and (head[:match.start()].strip() or match.group("cue").lower() in POST_CUES):
        cue = match.group("cue")
        cue_start = sentence_start + match.start("cue")
        if cue.lower() in {c.lower() for c in POST_CUES} and not head[:match.start()].strip():
            return None
        return Attribution(cue_start, cue_start + len(cue), sentence_start, cue_start, "before",
                           pronoun=is_pronoun_cue(cue) and cue.lower() not in VERB_CUES)
    return None
