"""The `warta_quotes` component: who said what, through whom.

Direct quotes come from quotation marks (`direct`), indirect and mixed ones
from cue verbs with a content clause (`indirect`); each gets a speaker
(`speakers`: names, documents, descriptions, pronouns resolved to the
latest speaker or person named since) and a `via` chain (`via`). A quote
inside a quote (`“Blinken menegaskan bahwa ...,” tulis Miller`) is a second quote
whose chain starts with the outer speaker. Works without NER; uses its entities
when `warta_entities` ran first."""

from __future__ import annotations

import bisect
from collections import Counter
import re
from dataclasses import dataclass, field
from operator import itemgetter

from spacy.language import Language
from spacy.tokens import Doc

from ..component import Component
from ..extensions import QUOTES, content_spans, set_span_fields
from ...clean.layout import markup
from ...lang.id import patterns, words
from .direct import Attribution, after_attribution, before_attribution, marks_view, pair_marks
from .indirect import Clause, glued_cue, sentence_tokens
from .sources import FIRST_WORDS, clauses, pointed_back
from .roles import INDICTMENT_CUES, prosecution, role_holders
from .tokens import Sent, Tok, by_word_type, sentences
from .speakers import NOT_NAMES as NOT_NAME_WORDS, NP_STOPS, OUTLETS, PRONOUNS, ROLE_HEADS, SPEAKER_NOUNS, PROVISIONS, NameIndex, Speaker, qualify_provision, _document_name, clean_name, resolve
from .voices import fronted
from .via import FORWARD, cue_positions, find_relays, is_fronted, is_show_name, order, wire_credit


NOT_SUBJECT_BEFORE = {"di", "ke", "dari", "oleh", "kepada", "dengan", "usai", "seusai", "setelah", "saat", "ketika",
                      "sebelum", "bersama", "untuk", "tentang", "terhadap", "atau", "rumah", "antara", "bagi", "pada"}
VERB_PREFIXES = ("me", "di", "ber", "ter", "mem", "men", "meng", "meny")
WORD = re.compile(r"\w+")
SPEECH_END = re.compile(r"[.,!?]\W*$")
LOST_OPEN_END = re.compile(r"[,!?]\W*$")  # `...," jelasnya.`: speech handed to its cue
MARKS = "“”\"‘’'«»"
LEAD_SENTENCES = 4  # a source named this early is the source of the whole story
EPISODE_TURN = re.compile(r"\W*(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words("via_episode_turns")) + r")\b")
QUESTION_CUES = {"tanya", "tanyanya", "bertanya", "menanyakan", "mempertanyakan", "mencecar"}
# An indirect quote is a clause of its sentence, so a sentence is needed to bound it. News
# sentences run to some 160 tokens (the longest in 300 dev articles: 158); a longer run (text
# without sentence punctuation) has no readable clauses: every cue's clause would run to its end.
MAX_SENTENCE_TOKENS = 200
MAX_CLAUSES_PER_SENTENCE = 4  # real sentences report at most two or three; caps overlapping output
_CLAUSE_CLASSES = {row["class"]: row for row in patterns("cues_clause")}
CONTINUATIONS = tuple(_CLAUSE_CLASSES["continuations"]["words"])
ENUMERATIONS = tuple(_CLAUSE_CLASSES["enumerations"]["words"])
LIST_ITEMS = tuple(_CLAUSE_CLASSES["enumerations"]["items"])
ENUMERATION = re.compile("|".join(rf"\b{re.escape(w)}\b" for w in ENUMERATIONS) or "(?!)")  # any of them, as a word


@dataclass
class Quote:
    start: int
    end: int
    kind: str
    cue: tuple[int, int] | None
    speaker: Speaker | None
    confidence: float
    anchor: int  # where the attribution sits, for ordering and antecedents
    outer: "Quote | None" = None
    via: list[str] = field(default_factory=list)
    via_kinds: dict[str, str] = field(default_factory=dict)

    def add_via(self, name: str, kind: str) -> None:
        if name and name not in self.via and (self.speaker is None or name != self.speaker.name):
            self.via.append(name)
            self.via_kinds[name] = kind


@Language.factory("warta_quotes", assigns=["doc.spans"], requires=["token.is_sent_start"],
                  default_config={"min_words": 2})
def make_quotes(nlp: Language, name: str, min_words: int) -> "QuoteFinder":
    return QuoteFinder(name, min_words)


class QuoteFinder(Component):
    """Rules over tokens and sentences; lexicons are data in `lang/id/`."""

    def __init__(self, name: str = "warta_quotes", min_words: int = 2):
        self.name = name
        self.min_words = min_words

    def predict(self, doc: Doc) -> tuple[NameIndex, list[Quote]]:
        """The quotes, with the token index they were read with (handed to
        `set_annotations`, not kept on the component: that would keep the Doc alive)."""
        reader = _Reader(doc, self.min_words)
        return reader.index, reader.read()

    def set_annotations(self, doc: Doc, predicted: tuple[NameIndex, list[Quote]]) -> None:
        index, quotes = predicted
        spans = []
        for q in quotes:
            span = index.span(q.start, q.end, q.kind, expand=True)
            if span is None:
                continue
            cue = {"start": q.cue[0], "end": q.cue[1], "text": index.text[q.cue[0]:q.cue[1]]} if q.cue else None
            set_span_fields(span, {"kind": q.kind, "cue": cue, "speaker": q.speaker.as_dict() if q.speaker else None,
                                   "via": [{"entity": None, "name": v} for v in order(q.via, q.via_kinds)],
                                   "confidence": q.confidence})
            spans.append(span)
        doc.spans[QUOTES] = spans


_CUE_TYPES: dict[str, bool] = {}  # token text -> whether a token of that word type may be a cue


def cue_tokens(tokens: list[Tok]) -> list[int]:
    """The indexes of the tokens a cue may start at: a cue's first word, or a name with a
    cue verb glued to it. Decided once per word type (a `Tok`'s flags follow from its text)."""
    flags = by_word_type(_CUE_TYPES, list(map(itemgetter(0), tokens)), tokens,
                         lambda t: t.lower_ in FIRST_WORDS or glued_cue(t))
    return [i for i, flag in enumerate(flags) if flag]


class _Spans:
    """Quotes sorted by start, asked which one holds a character: bisection and a running
    maximum of ends, so an article with thousands of quotes is not read quadratically."""

    def __init__(self, quotes: list[Quote]):
        self.quotes = sorted(quotes, key=lambda q: q.start)
        self.starts = [q.start for q in self.quotes]
        self.reach, furthest = [], -1  # reach[k]: the furthest end among quotes[:k + 1]
        for q in self.quotes:
            furthest = max(furthest, q.end)
            self.reach.append(furthest)

    def overlaps(self, start: int, end: int) -> bool:
        k = bisect.bisect_left(self.starts, end) - 1
        return k >= 0 and self.reach[k] > start

    def inside(self, char: int) -> bool:
        return self.overlaps(char, char + 1)

    def around(self, char: int) -> Quote | None:
        """The first-starting quote that holds `char`."""
        first = bisect.bisect_right(self.reach, char)  # the first quote that ends after char
        last = bisect.bisect_right(self.starts, char) - 1  # the last quote that starts at or before it
        return self.quotes[first] if first <= last else None


class _Reader:
    """One article's quotes; holds the sentence table and name index while reading."""

    def __init__(self, doc: Doc, min_words: int):
        self.doc, self.min_words = doc, min_words
        self.index = NameIndex(doc)
        self.text = self.index.text
        self.ranges = content_spans(doc)
        self.range_starts = [start for start, _ in self.ranges]
        # a sentence counts when any of it is content (`Liputan6.com, Jakarta -GoPay memastikan, ...`: the dateline opens it)
        self.sents = [s for s in sentences(self.index.tokens) if self._overlaps_content(s.start_char, max(s.start_char + 1, s.end_char))]
        self.starts = [s.start_char for s in self.sents]
        self._holders: dict[str, list[tuple[int, str]]] | None = None  # built on the first role-only speaker

    def _content(self, start: int, end: int) -> bool:
        k = bisect.bisect_right(self.range_starts, start) - 1
        return k >= 0 and start < self.ranges[k][1]

    def _overlaps_content(self, start: int, end: int) -> bool:
        k = bisect.bisect_left(self.range_starts, end) - 1
        return k >= 0 and self.ranges[k][1] > start

    def _sentence(self, char: int) -> Sent | None:
        k = bisect.bisect_right(self.starts, char) - 1
        return self.sents[k] if k >= 0 and char < self.sents[k].end_char else None

    def _sentence_no(self, char: int) -> int:
        return bisect.bisect_right(self.starts, char) - 1

    def read(self) -> list[Quote]:
        self.cues = cue_tokens(self.index.tokens)
        if not self.cues and not any(mark in self.text for mark in MARKS):
            return []  # no cue word and no quotation mark: nothing to read
        direct, terms = self._direct()
        indirect = self._indirect(direct, terms)
        quotes = sorted(direct + indirect, key=lambda q: (q.anchor, q.start))
        self._forward(quotes)
        self._antecedents(quotes)
        self._nested_via(quotes)
        self._relays(quotes)
        self._voices(quotes)
        return sorted(quotes, key=lambda q: (q.start, q.end))

    # -- direct quotes -------------------------------------------------------
    def _direct(self) -> tuple[list[Quote], list[tuple[int, int]]]:
        quotes: list[Quote] = []
        terms: list[tuple[int, int]] = []
        items = markup(self.text) if self.text.lstrip().startswith("[") else []
        text = marks_view(self.text, items)
        for m in pair_marks(text, items):
            if m.lost_open:
                q = self._lost_open(text, m)
                if q:
                    quotes.append(q)
                continue
            if not self._content(m.open, m.open + 1) or not WORD.search(text, m.start, m.end):
                continue  # boilerplate, or nothing quoted (`",,"`)
            sent = self._sentence(m.open)
            if sent is None:
                continue
            sent_start = sent.start_char
            # `bantuan. ”Saya ...`: a mark glued after a full stop opens the next sentence
            terminal = max(text.rfind(".", sent_start, m.open), text.rfind("!", sent_start, m.open),
                           text.rfind("?", sent_start, m.open))
            if terminal >= 0 and not text[terminal + 1:m.open].strip(" ”’\",") and terminal < m.open:
                sent_start = m.open
            para_end = text.find("\n", (m.close or m.end))
            para_end = len(text) if para_end < 0 else para_end
            post = after_attribution(text, m.close, para_end) if m.close is not None else None
            pre = before_attribution(text, sent_start, m.open)
            pre_text = text[sent_start:m.open].strip()
            previous = quotes[-1] if quotes else None
            words = len(WORD.findall(text, m.start, m.end))
            speechlike = words >= 4 or bool(SPEECH_END.search(text[m.start:m.end]))
            if pre_text and not pre and not (previous and previous.end >= sent_start and post is None) and not pre_text.endswith(":"):
                if post is not None and speechlike:  # `Memo itu ditandai “sensitif ...,” kata Politico`
                    start = sent_start + len(text[sent_start:m.open]) - len(text[sent_start:m.open].lstrip())
                    q = self._attributed(start, m.close + 1, "mixed", post, 0.85)
                    if q:
                        quotes.append(q)
                        continue
                terms.append((m.open, (m.close or m.end) + 1))
                continue
            attribution = post or pre
            if attribution is None and pre_text.endswith(":"):
                attribution = self._colon(sent_start, m.open)
            if attribution is None:
                if words < self.min_words or not speechlike:
                    terms.append((m.open, (m.close or m.end) + 1))
                    continue
                near = previous and self._sentence_no(m.open) - self._sentence_no(previous.end) <= 3
                if near and previous.kind == "direct" and not self._new_subject(previous.end, m.open):  # `“A,” kata X. “B.”`: same speaker, same cue
                    quotes.append(Quote(m.start, m.end, "direct", previous.cue, previous.speaker, 0.8, m.open))
                else:
                    quotes.append(Quote(m.start, m.end, "direct", None, Speaker(None, "person", pronoun=True), 0.6, m.open))
                continue
            q = self._attributed(m.start, m.end, "direct", attribution, 0.95)
            if q:
                quotes.append(q)
        return quotes, terms

    def _lost_open(self, text: str, m) -> Quote | None:
        """`Dari riset ini, ...," lanjutnya.`: a closing mark and an attribution after it make a
        quote whose opening mark the scrape lost."""
        if not self._content(m.start, m.start + 1) or len(WORD.findall(text, m.start, m.end)) < 3:
            return None
        para_end = text.find("\n", m.close)
        post = after_attribution(text, m.close, len(text) if para_end < 0 else para_end)
        if post is None or not LOST_OPEN_END.search(text[m.start:m.end]):
            return None
        return self._attributed(m.start, m.end, "direct", post, 0.8)

    def _colon(self, sent_start: int, open_: int) -> Attribution | None:
        head = self.text[sent_start:open_].rstrip()[:-1]
        return before_attribution(self.text, sent_start, sent_start + len(head)) if head else None

    def _attributed(self, start: int, end: int, kind: str, a: Attribution, confidence: float) -> Quote | None:
        if a.pronoun:
            speaker = Speaker(None, "person", pronoun=True)
        else:
            speaker = resolve(self.doc, a.np_start, a.np_end, self.index, a.direction)
            if speaker is None and a.direction == "after":
                speaker = Speaker(None, "person", pronoun=True)
        return Quote(start, end, kind, (a.cue_start, a.cue_end), speaker, confidence, a.cue_start)

    # -- indirect and mixed quotes ------------------------------------------
    def _indirect(self, direct: list[Quote], terms: list[tuple[int, int]]) -> list[Quote]:
        spans = _Spans([q for q in direct if q.kind == "direct"])
        used_cues = {q.cue for q in direct if q.cue}
        found: list[Quote] = []
        cues = self.cues  # a sentence without a cue word has no clause
        for sent in self.sents:
            k = bisect.bisect_left(cues, sent.start)
            if k == len(cues) or cues[k] >= sent.end or sent.end - sent.start > MAX_SENTENCE_TOKENS:
                continue
            in_sentence: dict[tuple[int, int], Quote] = {}
            for part in sentence_tokens(sent, self.index.tokens):
                for c in clauses(part, spans.inside):
                    if (c.cue_start, c.cue_end) in used_cues:
                        continue
                    if not self._content(c.start, c.end) and not self._content_from(c):
                        continue
                    outer = spans.around(c.cue_start)
                    if outer is None and spans.overlaps(c.start, c.end):
                        continue  # overlaps a direct quote without being inside it
                    if outer is not None:
                        c.end = min(c.end, outer.end)
                        while c.end > c.start and self.text[c.end - 1] in ",.;: ":
                            c.end -= 1
                        if c.np_start is not None:
                            c.np_start = max(c.np_start, outer.start)
                    q = self._clause_quote(c, terms, outer)
                    if q:  # `X menyampaikan meminta kalau C`: two cues of one clause, one quote (the nearer cue's)
                        in_sentence[(q.start, q.end)] = q
            found.extend(list(in_sentence.values())[:MAX_CLAUSES_PER_SENTENCE])
        reported = _Spans(found)
        for q in found:
            self._continue_clause(q, spans, reported)
        return found + self._pointed_back(found, spans, terms)

    def _content_from(self, c: Clause) -> bool:
        """`Liputan6.com, Jakarta - C, menurut X`: a clause opening in the dateline starts where
        the prose does (moves c.start there; False when no prose starts inside it)."""
        k = bisect.bisect_right(self.range_starts, c.start)
        if k == len(self.ranges) or self.range_starts[k] >= min(c.end, c.cue_start if c.cue_start > c.start else c.end):
            return False
        start = self.range_starts[k]
        while start < c.end and self.text[start].isspace():
            start += 1
        if len(self.text[start:c.end].split()) < 4:
            return False
        c.start = start
        return True

    def _continue_clause(self, q: Quote, spans: "_Spans", reported: "_Spans") -> None:
        """`X menjelaskan C. Di mana D.` / `Menurutnya ada tiga hal ... Pertama ..., kedua ...`:
        a reported clause that ends its sentence goes on over the next one when that one
        cannot stand alone (it opens with a subordinator) or gives the items the clause announced."""
        k = self._sentence_no(q.start)
        if k < 0 or q.outer is not None:
            return
        while k + 1 < len(self.sents):
            sent, following = self.sents[k], self.sents[k + 1]
            if self.text[q.end:sent.end_char].strip(" .,;:\r\n'\"") or q.end > sent.end_char:
                return  # the clause stops inside its sentence
            nxt = self.text[following.start_char:following.end_char]
            head = nxt.lstrip(" ,'\"").lower()
            clause = self.text[q.start:q.end].lower()
            opens = next((w for w in CONTINUATIONS if head.startswith(w + " ")), None)
            listed = ENUMERATION.search(clause) is not None and any(head.startswith(w + " ") for w in LIST_ITEMS)
            if not (opens or listed) or any(m in nxt for m in MARKS) or spans.overlaps(following.start_char, following.end_char):
                return
            if reported.overlaps(following.start_char, following.end_char):
                return  # a sentence with a clause of its own reports for itself
            end = following.end_char
            while end > following.start_char and self.text[end - 1] in " .,;:\r\n'\"":
                end -= 1
            q.end = end
            k += 1

    def _pointed_back(self, found: list[Quote], spans: _Spans, terms: list[tuple[int, int]]) -> list[Quote]:
        """`C. Hal itu diungkapkan X.`: C, a sentence quoting no one, is X's (unless the
        sentence before C quotes someone: then `Hal itu` points past C, the article's own)."""
        quoted = _Spans(found)
        out = []
        for k in range(1, len(self.sents)):
            previous, sent = self.sents[k - 1], self.sents[k]
            c = pointed_back(self.text, (previous.start_char, previous.end_char), sent.start_char, sent.end_char)
            if not c:
                continue
            before = self.sents[k - 2] if k >= 2 else None
            if before is not None and (spans.overlaps(before.start_char, before.end_char)
                                       or quoted.overlaps(before.start_char, before.end_char)):
                continue
            if not self._content(c.start, c.start + 1):  # `Jakarta (ANTARA) - C`: C starts after the dateline
                k = bisect.bisect_right(self.range_starts, c.start)
                if k == len(self.ranges) or self.range_starts[k] >= c.end:
                    continue  # boilerplate (`Baca juga: ...`) points to nothing
                c.start = self.range_starts[k] + len(self.text[self.range_starts[k]:c.end]) - len(self.text[self.range_starts[k]:c.end].lstrip())
            if len(self.text[c.start:c.end].split()) < 4:
                continue
            if not spans.overlaps(c.start, c.end) and not quoted.overlaps(c.start, c.end):
                q = self._clause_quote(c, terms, None)
                if q:
                    out.append(q)
        return out

    def _clause_quote(self, c: Clause, terms: list[tuple[int, int]], outer: Quote | None) -> Quote | None:
        kind = "mixed" if any(c.start <= s and e <= c.end + 1 for s, e in terms) else "indirect"
        if c.pronoun:
            speaker = Speaker(None, "person", pronoun=True)
        elif c.np_start is not None and c.np_end is not None and c.np_end > c.np_start:
            speaker = resolve(self.doc, c.np_start, c.np_end, self.index, c.direction)
            if speaker is None and c.direction == "after":
                speaker = Speaker(None, "person", pronoun=True)
        else:
            speaker = None
        between = self.index.slice(c.cue_end, c.start)
        if between and (speaker is None or speaker.type != "person" or not speaker.name):
            document = _document_name([t for t in between if t.lower_ not in ("dalam", "di")])
            if document:
                speaker = Speaker(document, "document")
        if c.passive and speaker is not None and speaker.type != "document" and not speaker.pronoun and outer is None:
            speaker = None  # `Hasto disebut ...`: the subject is who the claim is about
        confidence = 0.6 if c.passive else 0.8
        q = Quote(c.start, c.end, kind, (c.cue_start, c.cue_end), speaker, confidence, c.cue_start, outer=outer)
        return q

    # -- speakers -------------------------------------------------------------
    def _forward(self, quotes: list[Quote]) -> None:
        """`Hal itu diungkapkan langsung oleh X`: X speaks the previous sentence's quote."""
        for k, sent in enumerate(self.sents):
            m = FORWARD.match(self.text, sent.start_char, sent.end_char)
            if not m or k == 0:
                continue
            speaker = resolve(self.doc, m.start("np"), m.end("np"), self.index, "after")
            if speaker is None or speaker.name is None:
                continue
            for back in (1, 2):  # `“…” . Jadi, … . Hal itu diungkapkan oleh X`: one quoteless sentence may come between
                if k - back < 0:
                    break
                previous = self.sents[k - back]
                found = [q for q in quotes if previous.start_char <= q.anchor < previous.end_char and q.outer is None]
                for q in found:
                    if q.speaker is None or q.speaker.name is None:
                        q.speaker = speaker
                    elif q.speaker.name != speaker.name and back == 1:
                        q.add_via(speaker.name, "spokesperson")
                if found:
                    break

    def _antecedents(self, quotes: list[Quote]) -> None:
        """Pronoun and zero speakers: the person named since the last quote, else its speaker."""
        last: Speaker | None = None
        last_person: Speaker | None = None
        last_end = 0
        covered = [(q.start, q.end) for q in quotes if q.kind != "indirect"]
        documents: list[str] = []
        known = {q.speaker.name for q in quotes if q.speaker and q.speaker.name}
        # a pronoun before anyone is named (the scrape dropped the name, or the article names its subject later):
        # the person the article quotes most, by full name
        named = Counter(q.speaker.name for q in quotes if q.outer is None and q.speaker and q.speaker.type == "person"
                        and q.speaker.name and not q.speaker.pronoun and len(q.speaker.name.split()) >= 2
                        and all(w[:1].isupper() for w in q.speaker.name.split()))
        main_speaker = named.most_common(1)[0][0] if named else None
        by_role: dict[str, tuple[int, str]] = {}  # role -> (anchor, name) of the last quote said under it
        history: list[tuple[Speaker, bool]] = []  # (speaker, asked a question) of top-level quotes so far
        for q in quotes:
            cue = self.text[q.cue[0]:q.cue[1]].lower() if q.cue else ""
            if q.speaker is not None and q.speaker.role:
                self._role_speaker(q, cue, by_role)
            elif q.speaker is None and cue in INDICTMENT_CUES and q.outer is None:
                name = prosecution(self.text)  # `Hasto didakwa ...`: the indictment's words
                q.speaker = Speaker(name, "person") if name else None
            if (q.speaker is not None and q.speaker.type == "document" and q.speaker.name
                    and q.speaker.name.split()[0].lower() in PROVISIONS):  # `Pasal 1` -> `Pasal 1 Perpres 49/2025`
                quoted = [(x.start, x.end) for x in quotes if x is q or x.speaker is not None and x.speaker.type == "document"]
                name = qualify_provision(q.speaker.name, self.text, q.anchor, quoted)  # not one the provisions name
                q.speaker = Speaker(name, "document", via=list(q.speaker.via))
            if q.speaker is not None and q.speaker.type == "document" and q.speaker.anaphoric and documents:
                same = [d for d in documents if d.split()[0].lower() == q.speaker.name.split()[0].lower()]
                if same or not any(w[:1].isupper() for w in q.speaker.name.split()[1:]):  # `Email Departemen Luar
                    q.speaker = Speaker((same or documents)[-1], "document", via=list(q.speaker.via))  # Negeri tersebut`
                else:
                    documents.append(q.speaker.name)
            elif q.speaker is not None and q.speaker.type == "document":
                documents.append(q.speaker.name)
            if q.speaker is not None and q.speaker.outlet:  # `Media tersebut mengungkap`: the outlet quoted before
                outlet = next((sp for sp, _ in reversed(history) if sp.name and sp.name.lower() in OUTLETS), None)
                q.speaker = Speaker(outlet.name, outlet.type, outlet.entity) if outlet else None
            described = (self.index.described(q.speaker.description, q.speaker.position)
                         if q.speaker and q.speaker.description else None)
            if described:  # `Pemimpin Ukraina itu`: the person whose title says so
                q.speaker = Speaker(described, "person")
            elif q.speaker and q.speaker.description:
                introduced = self.index.introduced(q.speaker.description, q.speaker.position)
                if introduced:  # `pedagang tersebut`: the unnamed one described before, not the last speaker
                    q.speaker = Speaker(introduced, "person")
            if q.speaker is not None and q.speaker.pronoun:
                subjects = {pos for pos, n in self.index.persons if last_end <= pos < q.anchor
                            and self._content(pos, pos + 1)  # not a `Baca juga:` headline's name
                            and not any(s <= pos < e for s, e in covered) and not (q.start <= pos < q.end)
                            and not any(x.start <= pos < x.end for x in quotes if x is not q and x.kind == "indirect")
                            and pos != q.speaker.position and self._subject_position(pos)}  # not `Pemimpin Ukraina` itself
                names = [n for pos, n in self.index.antecedents(last_end, q.anchor, known) if pos in subjects]
                asker = next((sp for sp, asked in reversed(history) if asked), None) if history and history[-1][1] else None
                answerer = next((sp for sp, _ in reversed(history) if asker and sp.name != asker.name), None)
                if asker and answerer is None:  # the one asked is named before, not yet quoted
                    other = [n for pos, n in self.index.persons if pos < q.anchor and self.index.fullest(n) != asker.name
                             and not any(s <= pos < e for s, e in covered) and self._subject_position(pos)]
                    answerer = Speaker(self.index.fullest(other[-1]), "person") if other else None
                if names and not (asker and names[-1] == asker.name):
                    q.speaker = Speaker(names[-1], "person")
                elif answerer is not None:  # `"...?" tanya Ronny. "...," ungkap dia`: the one who answers
                    q.speaker = Speaker(answerer.name, answerer.type, answerer.entity, via=list(answerer.via))
                elif (last_person or last) is not None:
                    last = last_person or last
                    q.speaker = Speaker(last.name, last.type, last.entity, via=list(last.via))
                else:
                    subject = self._named_subject_before(q.anchor) or (main_speaker if self._says_pronoun(q) else None)
                    q.speaker = Speaker(subject, "person") if subject else None
            reported = q.cue is not None and any(  # `Kata Bima, Presiden Prabowo memberi arahan ...`: Prabowo is talked about
                x is not q and x.outer is None and x.kind != "direct" and x.start <= q.cue[0] < x.end
                and self._sentence_no(x.start) == self._sentence_no(q.cue[0]) for x in quotes)
            if q.speaker is not None and q.speaker.name and q.outer is None and not reported:
                last = q.speaker
                if q.speaker.type == "person":
                    last_person = q.speaker
                last_end = max(q.end, q.anchor)
                history.append((q.speaker, cue in QUESTION_CUES or self.text[q.start:q.end].rstrip(' ,"”').endswith("?")))
            for v in (q.speaker.via if q.speaker else []):
                q.add_via(v, "spokesperson")

    def _named_subject_before(self, char: int) -> str | None:
        """The first pronoun of an article with no one named yet: the one-word name that opens
        a sentence before it and does something (`Weliansyah berpamitan kepada wartawan`),
        a word the article never writes in lower case."""
        idx = self.index
        k = bisect.bisect_left(idx.starts, char) - 1
        while k >= 0 and idx.starts[k] > char - 800:
            token, following = idx.tokens[k], idx.tokens[k + 1]
            if (token.is_title and len(token.text) > 2 and following.is_lower and len(following.text) > 4
                    and following.lower_.startswith(VERB_PREFIXES) and token.lower_ not in NOT_NAME_WORDS
                    and (token.is_sent_start or k and idx.tokens[k - 1].text in {"-", "–", "—"})
                    and not re.search(rf"(?<![\w-]){re.escape(token.lower_)}(?![\w-])", self.text)):
                return idx.fullest(token.text)
            k -= 1
        return None

    def _new_subject(self, start: int, end: int) -> bool:
        """Whether a person is named as a subject between two quotes (`“A.” Roy Keane
        mempertanyakan ... “B.”`): the second is no longer the first one's speaker's."""
        after = self._sentence_no(start)  # not the first quote's own attribution (`“A,” kata X.`)
        return any(start <= pos < end and self._sentence_no(pos) > after and self._subject_position(pos)
                   for pos, _ in self.index.persons)

    def _subject_position(self, char: int) -> bool:
        """Whether the name at `char` could be a clause's subject: no preposition, subordinator or
        verb between the sentence start and it (`Ditemui di rumah ... Jusuf Kalla, dia ...` is not)."""
        idx = self.index
        i = bisect.bisect_left(idx.starts, char)
        k = i - 1
        while k >= 0 and not idx.tokens[k + 1].is_sent_start:
            token = idx.tokens[k]
            low = token.lower_
            if low == "," and self._first_comma(k):
                return True  # `Dikutip dari Kompas.com, Mamal Syahrudin ...`: a fronted phrase ends at its comma
            if low in NOT_SUBJECT_BEFORE or (token.is_lower and len(low) > 5 and low.startswith(VERB_PREFIXES)):
                return False
            k -= 1
        return True

    def _first_comma(self, k: int) -> bool:
        """Whether token k is the comma closing a fronted phrase: its sentence's first comma, in a
        sentence that opens with a preposition, a subordinator or a verb form (`Dikutip dari ...,`)."""
        tokens = self.index.tokens
        while k > 0 and not tokens[k].is_sent_start:
            k -= 1
            if tokens[k].text == ",":
                return False
        while k < len(tokens) - 1 and (tokens[k].is_punct or tokens[k].is_space):
            k += 1
        low = tokens[k].lower_
        return low in NOT_SUBJECT_BEFORE or low in NP_STOPS or len(low) > 5 and low.startswith(VERB_PREFIXES)

    def _says_pronoun(self, q: Quote) -> bool:
        """Whether the quote's attribution holds a personal pronoun (`ujarnya`, `ia mengungkapkan`),
        not just no name (`disebut-sebut`, `kata seorang teman`)."""
        if q.speaker is not None and q.speaker.description:  # `ibu empat orang anak itu menganggap`, not `Wacana ini`
            head = q.speaker.description.split()[0].lower()
            return head in ROLE_HEADS or head in PRONOUNS or SPEAKER_NOUNS.get(head) == "person"
        if q.cue is None:
            return False
        cue = self.text[q.cue[0]:q.cue[1]]
        around = self.text[max(0, q.cue[0] - 12):q.cue[1] + 12]
        return cue.lower().endswith("nya") or re.search(r"(?<!\w)(?:ia|dia|beliau)(?!\w)", around, re.I) is not None

    def _role_speaker(self, q: Quote, cue: str, by_role: dict[str, tuple[int, str]]) -> None:
        """`ujar hakim`: the judge named (or last quoted as `hakim`) before, else the first named after;
        `Jaksa mendakwa`: the prosecution (`Jaksa KPK`)."""
        role = q.speaker.role
        if role == "jaksa" and cue in INDICTMENT_CUES and q.outer is None:
            name = prosecution(self.text)
            if name:
                q.speaker = Speaker(name, "person")
                by_role[role] = (q.anchor, name)
                return
        if self._holders is None:
            idx = self.index
            self._holders = role_holders(idx.tokens, idx.starts, idx.persons, idx.fullest, None, idx.mentions)
        named = self._holders.get(role, [])
        before = [(pos, name) for pos, name in named if pos < q.anchor]
        if role in by_role:
            before.append(by_role[role])
        if before:
            name = max(before)[1]
        elif named:
            name = named[0][1]
        else:
            entity = self.index.entity_at(q.speaker.position, q.speaker.position + len(q.speaker.name))
            if entity and entity.get("type") == "PER":  # NER linked the role mention to its holder
                name = clean_name(entity["name"])
            else:
                return
        q.speaker = Speaker(name, "person", via=list(q.speaker.via))
        by_role[role] = (q.anchor, name)

    # -- via ------------------------------------------------------------------
    def _voices(self, quotes: list[Quote]) -> None:
        """The voice of a quote (`voices`): a fronted `Kata X,` over another subject's words."""
        for q in quotes:
            if q.outer is not None or q.speaker is None or not q.speaker.name or q.via:
                continue
            sent = self._sentence(q.anchor)
            head = fronted(self.text, sent.start_char, sent.end_char) if sent is not None else None
            if head is not None and head[2] <= q.anchor:
                voice = resolve(self.doc, head[0], head[1], self.index, "after")
                if voice is not None and voice.type == "person" and voice.name and not voice.pronoun \
                        and voice.name != q.speaker.name:
                    q.add_via(self.index.fullest(voice.name), "spokesperson")

    def _episodes(self, quotes: list[Quote]) -> dict[int, int]:
        """id(quote) -> episode: the quotes from one occasion, up to a sentence that turns to
        another (`Sebelumnya, X mengatakan ...`, `Ditemui di ...`)."""
        out: dict[int, int] = {}
        episode = 0
        for q in sorted((q for q in quotes if q.outer is None), key=lambda q: min(q.start, q.anchor)):
            sent = self._sentence(min(q.start, q.anchor))
            if sent is not None and EPISODE_TURN.match(self.text, sent.start_char, sent.end_char):
                episode += 1
            out[id(q)] = episode
        return out

    def _relay_episode(self, r, here: list[Quote], owner: str, episodes: dict[int, int]) -> int | None:
        """The episode an outlet relay covers: that of its speaker's quote in its sentence; None
        (the whole article) for words told to the outlet (`kepada Showbiz Liputan6.com`), an interview."""
        if self.text[r.start:r.end].lower() == "kepada":
            return None
        mine = [q for q in here if q.speaker is not None and q.speaker.name == owner]
        return episodes.get(id(mine[0])) if mine else None

    def _nested_via(self, quotes: list[Quote]) -> None:
        """A quote inside a quote came through the outer speaker: inside a direct quote (`outer`), or
        with its cue inside another's reported clause (`Rosan menyebut ..., Prabowo juga meminta agar C`)."""
        reported = _Spans([q for q in quotes if q.outer is None and q.kind != "direct"])
        for q in quotes:
            outer = q.outer
            if outer is None and q.cue is not None:
                outer = reported.around(q.cue[0])
                if outer is q or outer is None or outer.start == q.start:
                    outer = None
            if outer is not None and outer.speaker is not None and outer.speaker.name:
                q.add_via(outer.speaker.name, "nested")

    def _next_quote(self, quotes: list[Quote], char: int, number: int, owner: str | None = None,
                    reach: int = 4) -> Quote | None:
        """The first top-level quote (of `owner`, if given) after `char` in its paragraph, within `reach` sentences."""
        limit = self.sents[min(number + reach, len(self.sents) - 1)].end_char
        para_end = self.text.find("\n", char)
        if owner is None and para_end >= 0:  # anyone's quote: only in the same paragraph
            limit = min(limit, para_end)
        after = [q for q in quotes if q.outer is None and char <= min(q.anchor, q.start) < limit
                 and q.speaker is not None and q.speaker.name and (owner is None or q.speaker.name == owner)]
        return min(after, key=lambda q: min(q.anchor, q.start), default=None)

    def _relays(self, quotes: list[Quote]) -> None:
        owned: dict[str, list[tuple[str, str, int | None]]] = {}  # speaker -> (name, kind, episode or None: all)
        blocks: list[tuple[int, str, str]] = []  # (from, name, kind): a fronted source covers the quotes after it
        outlet = (self.doc._.warta_article or {}).get("outlet")
        episodes = self._episodes(quotes)
        hits = cue_positions(self.text)
        inside = _Spans([q for q in quotes if q.outer is None])
        for number, sent in enumerate(self.sents):
            k = bisect.bisect_left(hits, sent.start_char)
            if k == len(hits) or hits[k] >= sent.end_char + 20:
                continue
            relays = find_relays(self.text, sent.start_char, sent.end_char, outlet)
            if not relays:
                continue
            here = [q for q in quotes if sent.start_char <= q.anchor < sent.end_char and q.outer is None]
            for r in relays:
                if r.kind == "spokesperson":
                    if FORWARD.match(self.text, sent.start_char, sent.end_char):
                        continue
                    speaker = resolve(self.doc, r.name_start, sent.end_char, self.index, "after")
                    for q in here:
                        if speaker and speaker.name:
                            q.add_via(speaker.name, "spokesperson")
                    continue
                if is_fronted(self.text, sent.start_char, r):  # `Melansir CNBC International, Kamis, ...`
                    lead = not blocks and number < LEAD_SENTENCES  # near the top: the whole story
                    blocks.append((0 if lead else sent.start_char, r.name, r.kind))
                    continue
                if r.show and not is_show_name(r.name) and any(r.name_start <= pos < r.name_start + len(r.name) for pos, _ in self.index.persons):
                    continue  # `wawancara dengan Presiden Jokowi`: a person, not a show
                holder = inside.around(r.start) if r.kind == "channel" else None
                if holder is not None and (holder.kind == "direct" or r.end < holder.end - 2):
                    continue  # `“... dari kanal resmi GoPay,” ujar Audrey`: the quote's words, not its path
                owner = next((q.speaker.name for q in here if q.speaker and q.speaker.name), None)
                episode = self._relay_episode(r, here, owner, episodes) if owner else None
                if owner is None:
                    names = [n for pos, n in self.index.persons if sent.start_char <= pos < r.start]
                    owner = names[-1] if names else None
                    # a channel said in a sentence quoting no one covers its owner's next quotes
                    first = self._next_quote(quotes, r.end, number, owner) if owner and r.kind == "channel" else None
                    if first is None and r.forward:  # `X muncul di acara "Run.wav". Dalam acara tersebut, Chen mengaku ...`
                        first = self._next_quote(quotes, r.end, number)  # the next named speaker's, in the paragraph
                        owner = first.speaker.name if first else None
                    if owner and r.kind == "channel":
                        if first is None:
                            continue
                        episode = episodes.get(id(first))
                if owner:
                    owned.setdefault(owner, []).append((r.name, r.kind, episode))
        wire = wire_credit(self.text, outlet)
        for q in quotes:
            if q.outer is None and q.speaker is not None and q.speaker.name in owned:
                for name, kind, episode in owned[q.speaker.name]:
                    if episode is None or episodes.get(id(q)) == episode:
                        q.add_via(name, kind)
            block = [b for b in blocks if b[0] <= q.anchor]
            if q.outer is None and block and not q.via:
                q.add_via(block[-1][1], block[-1][2])
            if q.outer is None and wire:  # `(AFP/OL-1)`: a wire story, every quote came through the agency
                q.add_via(wire, "outlet")
