"""The `warta_entities` component: people, organisations and places, with their
mentions, fullest names and roles.

The CRF tagger (`tagger.py`) finds name spans sentence by sentence in the
article's prose; person spans lose honorifics, degrees and role words, which go
to `roles` with the title written before or after the name (`roles.py`); role
phrases that stand for a person (`Menlu AS`, `sang menteri`) become mentions of
that person; then mentions are grouped into entities (`aliases.py`).

Writes `doc.spans["warta_mentions"]` (one span per mention, `span._.warta =
{"entity": "e1"}`), `doc._.warta_entities` and `doc.ents` (the name mentions)."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right, insort
from functools import cache

import numpy as np
from spacy.attrs import SENT_START
from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from . import names, roles
from ...lang.id import words
from .glue import glued_tail
from .aliases import Mention, canonical, cluster, entity_name, entity_type, is_acronym_of, key
from ..component import Component
from ..extensions import MENTIONS, content_spans, set_span_fields
from ..view import token_view
from .tagger import NEWS_DOMAIN, Tagger, default_tagger

MAX_SENTENCE = 200  # tokens; longer runs (lists, tables) are tagged in pieces


@cache
def nickname_links() -> tuple[tuple[str, ...], ...]:
    """The words between a person's name and another name of theirs, longest first."""
    return tuple(sorted((tuple(line.split()) for line in words("entity_nickname_links")), key=len, reverse=True))


@cache
def nickname_marks() -> tuple[tuple[str, ...], ...]:
    """The words after a nickname that say whose it is (`sapaan akrab`), longest first."""
    return tuple(sorted((tuple(line.split()) for line in words("entity_nickname_marks")), key=len, reverse=True))


@Language.factory(
    "warta_entities",
    assigns=["doc.ents", "doc.spans", "doc._.warta_entities"],
    requires=["token.is_sent_start"],
    default_config={"model": None, "domain": NEWS_DOMAIN},
)
def make_entities(nlp: Language, name: str, model: str | None, domain: str) -> EntityRecognizer:
    return EntityRecognizer(name, Tagger(model) if model else default_tagger(), domain)


class EntityRecognizer(Component):
    def __init__(self, name: str, tagger: Tagger, domain: str = NEWS_DOMAIN):
        self.name = name
        self.tagger = tagger
        self.domain = domain

    # -- reading --------------------------------------------------------------

    def runs(self, doc: Doc) -> list[list[int]]:
        """Token indices to tag together: each sentence's words inside the prose, in
        pieces of at most MAX_SENTENCE. Worked out on token attribute arrays: making
        Token objects (or looping over tokens in Python) costs more than tagging."""
        if not len(doc):
            return []
        allowed = np.array(content_spans(doc) or [(0, 0)], dtype=np.int64)
        _, idx, length, _, is_space = token_view(doc).array.T
        sent_start = doc.to_array(SENT_START).astype(np.int64)  # -1 is stored unsigned
        k = np.minimum(np.searchsorted(allowed[:, 1], idx, side="right"), len(allowed) - 1)  # first range ending after
        inside = (allowed[k, 0] <= idx) & (idx + length <= allowed[k, 1]) & (allowed[k, 1] > idx)
        segment = np.cumsum((sent_start == 1) | ~inside)  # a run never crosses a sentence start or a gap
        kept = np.flatnonzero(inside & (is_space == 0))
        cuts = np.flatnonzero(np.diff(segment[kept])) + 1
        runs = []
        for run in np.split(kept, cuts) if len(kept) else ():
            run = run.tolist()
            runs += [run[i:i + MAX_SENTENCE] for i in range(0, len(run), MAX_SENTENCE)]
        return runs

    def tag(self, texts: list[str], runs: list[list[int]]) -> list[tuple[int, int, str]]:
        sentences = [[texts[i] for i in run] for run in runs]
        found = []
        for run, labels in zip(runs, self.tagger.tag_many(sentences, self.domain)):
            start = kind = None
            for position, label in enumerate([*labels, "O"]):
                prefix, _, label_kind = label.partition("-")
                if start is not None and (prefix != "I" or label_kind != kind):
                    found.append((run[start], run[position - 1] + 1, kind))
                    start = None
                if prefix == "B" or (prefix == "I" and start is None):
                    start, kind = position, label_kind
        return found

    def predict(self, doc: Doc) -> tuple[list[Mention], list[tuple[int, int]], tuple[list[list[int]], list[str]]]:
        """Name mentions, acronym pairs `Long (SHORT)`, and the tagged token runs with the token texts."""
        runs = self.runs(doc)
        view = token_view(doc)
        texts = view.texts
        spans = names.repair(doc, texts, sorted(self.tag(texts, runs)))
        mentions: list[Mention] = []
        person_ends = [0]  # ascending: spans do not overlap
        span_starts = [s for s, _, _ in spans]
        for start, end, label in spans:
            role_range = after = None
            start, end = name_bounds(doc, texts, start, end)
            if end <= start:
                continue
            if all(low in roles.country_epithets() for low in view.lowers[start:end]):
                continue  # `Zionis` alone names no one
            if label != "LOC" and (country := roles.country_suffix(doc, start, end, label)) is not None:
                start, label = country, "LOC"  # `Zionis Israel`: a country, not a person
            if label != "PER" and roles.after_role_comma(doc, start):
                label = "PER"
            if label == "PER":
                start, end, role_range = roles.trim_name(doc, start, end)
                if end <= start:
                    continue
                floor = person_ends[bisect_right(person_ends, start) - 1]
                role_range = role_range or roles.role_before(doc, start, floor)
                later = bisect_left(span_starts, end)
                ceiling = span_starts[later] if later < len(spans) else len(doc)
                after = roles.role_after(doc, end, ceiling)
                insort(person_ends, end)
            mention = self._mention(doc, start, end, label)
            if label == "PER":
                mention.roles = [view.span_text(*r) for r in (role_range, after) if r]
                mention.role_tokens = [r for r in (role_range, after) if r]
            mentions.append(mention)
        pairs = self._apposition_pairs(doc, mentions)
        return mentions, pairs, (runs, texts)

    @staticmethod
    def _mention(doc: Doc, start: int, end: int, label: str, is_role: bool = False) -> Mention:
        view = token_view(doc)
        start_char, end_char = view.idx[start], view.ends[end - 1]
        if (cut := glued_tail(view.texts[end - 1], view.words)) is not None:
            end_char = view.idx[end - 1] + cut  # `Prabowo Subianto|mencabut`: the name ends inside the token
        elif (label == "PER" and end - start > 1 and TRAILING_DIGIT.search(last := view.texts[end - 1])
              and view.text.count(last) == 1):
            end_char -= 1  # `Budi Sadikin1`: a footnote mark written once is no part of the name (`Tech3` recurs)
        return Mention(start, end, start_char, end_char, view.text[start_char:end_char], label, is_role=is_role)

    @staticmethod
    def _apposition_pairs(doc: Doc, mentions: list[Mention]) -> list[tuple[int, int]]:
        """Two mentions written as one entity: `Perserikatan Bangsa-Bangsa (PBB)` (the bracketed
        acronym names the mention before it) and a person's other name, `Muzakir Manaf atau
        Mualem`, `Saifullah Yusuf (Gus Ipul)`, `Bambang Soesatyo alias Bamsoet`."""
        by_start = {m.start: i for i, m in enumerate(mentions)}
        texts = token_view(doc).texts
        pairs = []
        for i, mention in enumerate(mentions):
            j = mention.end
            if j + 2 < len(doc) and texts[j] == "(" and texts[j + 2] == ")" and j + 1 in by_start:
                short = mentions[by_start[j + 1]].text
                # `Departemen Luar Negeri Amerika Serikat (AS)`: AS names the country only
                if is_acronym_of(short, mention.text) or key(canonical(short)) == key(mention.text):
                    pairs.append((i, by_start[j + 1]))
                    continue
            if mention.label == "PER" and (other := _other_name(doc, mention, mentions, by_start)) is not None:
                pairs.append((i, other))
            elif mention.label == "PER" and (full := _named_by_mark(doc, i, mentions, by_start)) is not None:
                pairs.append((full, i))
        return pairs

    def role_mentions(self, doc: Doc, mentions: list[Mention], groups: list[list[int]],
                      tokens: tuple[list[list[int]], list[str]]) -> list[tuple[Mention, int]]:
        """Role phrases that name one known person: (mention, group index)."""
        taken = {i for m in mentions if m.label == "PER" for i in range(m.start, m.end)}
        taken |= {i for m in mentions for a, b in m.role_tokens for i in range(a, b)}
        person_starts = {m.start for m in mentions if m.label == "PER"}
        owners: dict[str, set[int]] = {}
        heads: list[tuple[int, set[str], int]] = []  # (first char, role words, group)
        for g, group in enumerate(groups):
            for i in group:
                for role in mentions[i].roles:
                    owners.setdefault(roles.normal_role(role), set()).add(g)
                    heads.append((mentions[i].start_char, set(roles.normal_role(role).split()), g))
        if not owners:
            return []
        runs, texts = tokens
        indices = [i for run in runs for i in run if i not in taken]
        found = []
        view = token_view(doc)
        for start, end in roles.role_phrases(indices, texts):
            if view.lowers[start] in roles.DEFINITE:
                word = roles.normal_role(texts[end - 1]).split()[-1]
                earlier = [(c, g) for c, words, g in heads if c < view.idx[start] and word in words]
                group = max(earlier)[1] if earlier else None
            else:
                k = roles.normal_role(view.span_text(start, end))
                group = next(iter(owners[k])) if len(owners.get(k, ())) == 1 else None
            if group is not None and end not in person_starts:
                found.append((self._mention(doc, start, end, "PER", is_role=True), group))
        return found

    # -- writing --------------------------------------------------------------

    def set_annotations(self, doc: Doc, predicted: tuple[list[Mention], list[tuple[int, int]],
                                                         tuple[list[list[int]], list[str]]]) -> None:
        mentions, pairs, tokens = predicted
        groups = cluster(mentions, pairs)
        extra = self.role_mentions(doc, mentions, groups, tokens)
        members = [[mentions[i] for i in group] for group in groups]
        for mention, g in extra:
            members[g].append(mention)
        entities, spans, ents = [], [], []
        for number, group in enumerate(members, 1):
            entity_id = f"e{number}"
            label = entity_type(group)
            entity_roles: list[str] = []
            for mention in sorted(group, key=lambda m: m.start_char):
                for role in mention.roles:
                    if role not in entity_roles:
                        entity_roles.append(role)
                span = Span(doc, mention.start, mention.end, label=label)
                glued = {"end": mention.end_char} if mention.end_char != span.end_char else {}
                set_span_fields(span, {"entity": entity_id, **glued})
                spans.append(span)
                if not mention.is_role:
                    ents.append(span)  # the same tokens and label: one Span serves both
            entities.append({"id": entity_id, "name": entity_name(group, label), "type": label,
                             "roles": _distinct_roles(entity_roles)})
        doc.spans[MENTIONS] = sorted(spans, key=lambda s: (s.start, s.end))
        doc.ents = filter_spans(ents)
        doc._.warta_entities = entities


TRAILING_DIGIT = re.compile(r"(?<=[a-z])\d$")


def name_bounds(doc: Doc, texts: list[str], start: int, end: int) -> tuple[int, int]:
    """The part of a tagged span that can be one name. Across a bracket, the part outside it:
    the name after `(AP Photo/Leo Correa) Khamenei`, the one before `Saifullah Yusuf (Gus`.
    Across words glued without a space (`Keamanan SiberSudarnoto`, a headline run into the
    text), the part after the glue: the words before it end another sentence."""
    spaces = token_view(doc).spaces
    for i in range(end - 1, start, -1):
        glued = not spaces[i - 1] and texts[i - 1].isalpha() and texts[i - 1][-1].islower()
        if texts[i - 1].endswith(")") or glued and texts[i][:1].isupper() and not _one_word(doc, texts, i):
            start = i
            break
    for i in range(start, end):
        if texts[i].startswith("("):
            return start, i
    return start, end


@cache
def camelcase_words() -> frozenset[str]:
    """Words written with a capital inside (`YouTube`, `GoPay`), lowercased."""
    return frozenset(w.lower() for name in ("camelcase_names", "speakers_platforms") for w in words(name))


def _one_word(doc: Doc, texts: list[str], i: int) -> bool:
    """Whether tokens i-1 and i, written glued (`Accu|Weather`), are one CamelCase name rather
    than a headline or title run into the text (`Bhayangkari|Juliati`): a known one, or one the
    article also writes spaced, its first half never followed by another word."""
    if (texts[i - 1] + texts[i]).lower() in camelcase_words():
        return True
    if (pairs := doc.user_data.get("warta_spaced_pairs")) is None:
        spaces = token_view(doc).spaces
        pairs = doc.user_data["warta_spaced_pairs"] = frozenset(
            (texts[k], texts[k + 1]) for k in range(len(texts) - 1) if spaces[k])
    return (texts[i - 1], texts[i]) in pairs and all(
        texts[k + 1] == texts[i] for k in range(len(texts) - 1) if texts[k] == texts[i - 1])


def _other_name(doc: Doc, mention: Mention, mentions: list[Mention], by_start: dict[int, int]) -> int | None:
    """The person mention written right after `mention` as another name of theirs, if any."""
    view = token_view(doc)
    texts, lowers = view.texts, view.lowers
    for link in nickname_links():
        after = mention.end + len(link)
        if tuple(lowers[mention.end:after]) != link:
            continue
        while after < len(doc) and texts[after] in roles.honorifics():
            after += 1  # `(Gus Ipul)`: the name starts after the honorific
        other = by_start.get(after)
        if other is None or mentions[other].label != "PER":
            return None
        if link == ("(",):
            closed = mentions[other].end < len(doc) and texts[mentions[other].end] == ")"
            return other if closed else None
        # `Andi atau Budi` is a choice between two people: after `atau`, only a shorter name
        return other if link != ("atau",) or len(mentions[other].words) < len(mention.words) else None
    return None


MARK_PUNCT = {",", "-", "–", "—", "--", "("}


def _named_by_mark(doc: Doc, i: int, mentions: list[Mention], by_start: dict[int, int]) -> int | None:
    """The person whose nickname mention `i` is, by a mark after it: `Didi, sapaannya,` names
    the longer person named last before it; `Imin, sapaan akrab Muhaimin Iskandar` the one after."""
    at = mentions[i].end
    while at < len(doc) and (doc[at].text in MARK_PUNCT or doc[at].is_space):
        at += 1
    ahead = _words_ahead(doc, at, max(map(len, nickname_marks()), default=0))
    for mark in nickname_marks():
        if tuple(w for w, _ in ahead[:len(mark)]) != mark:
            continue
        after = ahead[len(mark) - 1][1] + 1
        while after < len(doc) and doc[after].is_space:
            after += 1
        if not mark[-1].endswith("nya") and (other := by_start.get(after)) is not None:
            return other if mentions[other].label == "PER" and other != i else None
        words_in = len(mentions[i].words)
        return next((j for j in range(i - 1, -1, -1)
                     if mentions[j].label == "PER" and len(mentions[j].words) > words_in), None)
    return None


DASHES = "-–—"


def _words_ahead(doc: Doc, at: int, count: int) -> list[tuple[str, int]]:
    """The next `count` words from token `at` (lowercased, with their token index), past
    space tokens (`akrab\xa0Oktafianus`) and a dash glued to the first (`-sapaan akrab`)."""
    found = []
    while at < len(doc) and len(found) < count:
        if not doc[at].is_space:
            text = doc[at].lower_
            found.append((text.lstrip(DASHES) if not found else text, at))
        at += 1
    return found


def _distinct_roles(found: list[str]) -> list[str]:
    """Roles in order of appearance, without one that says less than another
    (`Menteri` beside `Menteri Luar Negeri AS`) or the same (`Menlu AS`)."""
    normal = [roles.normal_role(r) for r in found]
    kept = []
    for i, role in enumerate(found):
        words = normal[i].split()
        if any(normal[j] == normal[i] for j in range(i)):
            continue
        if any(j != i and len(normal[j].split()) > len(words) and normal[j].split()[:len(words)] == words
               for j in range(len(found))):
            continue
        kept.append(role)
    return kept


def _article_words(doc: Doc) -> frozenset[str]:
    """The article's token texts, once per Doc: evidence for `glued_tail`."""
    return token_view(doc).words
