"""The `warta_entities` component: people, organisations and places, with their
mentions, fullest names and roles.

The CRF tagger (`ner_tagger.py`) finds name spans sentence by sentence in the
article's prose; person spans lose honorifics, degrees and role words, which go
to `roles` with the title written before or after the name (`roles.py`); role
phrases that stand for a person (`Menlu AS`, `sang menteri`) become mentions of
that person; then mentions are grouped into entities (`aliases.py`).

Writes `doc.spans["warta_mentions"]` (one span per mention, `span._.warta =
{"entity": "e1"}`), `doc._.warta_entities` and `doc.ents` (the name mentions)."""

from __future__ import annotations

from spacy.language import Language
from spacy.pipeline import Pipe
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from . import roles
from .aliases import Mention, cluster, entity_name, entity_type
from .extensions import MENTIONS, content_spans
from .ner_tagger import NEWS_DOMAIN, Tagger, default_tagger

MAX_SENTENCE = 200  # tokens; longer runs (lists, tables) are tagged in pieces


@Language.factory(
    "warta_entities",
    assigns=["doc.ents", "doc.spans", "doc._.warta_entities"],
    requires=["token.is_sent_start"],
    default_config={"model": None, "domain": NEWS_DOMAIN},
)
def make_entities(nlp: Language, name: str, model: str | None, domain: str) -> EntityRecognizer:
    return EntityRecognizer(name, Tagger(model) if model else default_tagger(), domain)


class EntityRecognizer(Pipe):
    def __init__(self, name: str, tagger: Tagger, domain: str = NEWS_DOMAIN):
        self.name = name
        self.tagger = tagger
        self.domain = domain

    def __call__(self, doc: Doc) -> Doc:
        error_handler = self.get_error_handler()
        try:
            mentions, pairs = self.predict(doc)
            self.set_annotations(doc, mentions, pairs)
            return doc
        except Exception as e:  # spaCy's convention: the handler decides, by default re-raises
            error_handler(self.name, self, [doc], e)
            return doc

    # -- reading --------------------------------------------------------------

    def runs(self, doc: Doc) -> list[list[int]]:
        """Token indices to tag together: each sentence's words inside the prose."""
        allowed = content_spans(doc)
        runs, current, k = [], [], 0
        for token in doc:
            while k < len(allowed) and allowed[k][1] <= token.idx:
                k += 1
            inside = k < len(allowed) and allowed[k][0] <= token.idx and token.idx + len(token) <= allowed[k][1]
            if current and (token.is_sent_start or not inside or len(current) >= MAX_SENTENCE):
                runs.append(current)
                current = []
            if inside and not token.is_space:
                current.append(token.i)
        if current:
            runs.append(current)
        return runs

    def tag(self, doc: Doc) -> list[tuple[int, int, str]]:
        found = []
        for run in self.runs(doc):
            labels = self.tagger.tag([doc[i].text for i in run], self.domain)
            start = kind = None
            for position, label in enumerate([*labels, "O"]):
                prefix, _, label_kind = label.partition("-")
                if start is not None and (prefix != "I" or label_kind != kind):
                    found.append((run[start], run[position - 1] + 1, kind))
                    start = None
                if prefix == "B" or (prefix == "I" and start is None):
                    start, kind = position, label_kind
        return found

    def predict(self, doc: Doc) -> tuple[list[Mention], list[tuple[int, int]]]:
        """Mentions (names, then role phrases) and acronym pairs `Long (SHORT)`."""
        spans = sorted(self.tag(doc))
        mentions: list[Mention] = []
        person_ends = [0]
        for start, end, label in spans:
            role_range = None
            if label == "PER":
                start, end, role_range = roles.trim_name(doc, start, end)
                if end <= start:
                    continue
                floor = max(e for e in person_ends if e <= start)
                role_range = role_range or roles.role_before(doc, start, floor)
                ceiling = min([s for s, _, lab in spans if s >= end] + [len(doc)])
                after = roles.role_after(doc, end, ceiling)
                person_ends.append(end)
            mention = self._mention(doc, start, end, label)
            if label == "PER":
                mention.roles = [doc[a:b].text for a, b in (role_range, after) if a is not None] \
                    if (role_range or after) else []
                mention.roles = [r for r in mention.roles if r]
            mentions.append(mention)
        pairs = self._acronym_pairs(doc, mentions)
        return mentions, pairs

    @staticmethod
    def _mention(doc: Doc, start: int, end: int, label: str, is_role: bool = False) -> Mention:
        span = doc[start:end]
        return Mention(start, end, span.start_char, span.end_char, span.text, label, is_role=is_role)

    @staticmethod
    def _acronym_pairs(doc: Doc, mentions: list[Mention]) -> list[tuple[int, int]]:
        """`Perserikatan Bangsa-Bangsa (PBB)`: the bracketed word names the mention before it."""
        by_start = {m.start: i for i, m in enumerate(mentions)}
        pairs = []
        for i, mention in enumerate(mentions):
            j = mention.end
            if j + 2 < len(doc) and doc[j].text == "(" and doc[j + 2].text == ")" and j + 1 in by_start:
                pairs.append((i, by_start[j + 1]))
        return pairs

    def role_mentions(self, doc: Doc, mentions: list[Mention], groups: list[list[int]]) -> list[tuple[Mention, int]]:
        """Role phrases that name one known person: (mention, group index)."""
        taken = {i for m in mentions for i in range(m.start, m.end)}
        owners: dict[str, set[int]] = {}
        heads: list[tuple[int, set[str], int]] = []  # (first char, role words, group)
        for g, group in enumerate(groups):
            for i in group:
                for role in mentions[i].roles:
                    owners.setdefault(roles.normal_role(role), set()).add(g)
                    heads.append((mentions[i].start_char, set(roles.normal_role(role).split()), g))
        if not owners:
            return []
        tokens = [doc[i] for run in self.runs(doc) for i in run if i not in taken]
        found = []
        for start, end in roles.role_phrases(doc, tokens):
            span = doc[start:end]
            if span[0].lower_ in roles.DEFINITE:
                word = roles.normal_role(span[-1].text).split()[-1]
                earlier = [(c, g) for c, words, g in heads if c < span.start_char and word in words]
                group = max(earlier)[1] if earlier else None
            else:
                group = next(iter(owners[k])) if len(owners.get(k := roles.normal_role(span.text), ())) == 1 else None
            if group is not None and (start == 0 or not any(start - 1 == m.end - 1 for m in mentions)):
                found.append((self._mention(doc, start, end, "PER", is_role=True), group))
        return found

    # -- writing --------------------------------------------------------------

    def set_annotations(self, doc: Doc, mentions: list[Mention], pairs: list[tuple[int, int]]) -> None:
        groups = cluster(mentions, pairs)
        extra = self.role_mentions(doc, mentions, groups)
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
                span._.warta = {"entity": entity_id}
                spans.append(span)
                if not mention.is_role:
                    ents.append(Span(doc, mention.start, mention.end, label=label))
            entities.append({"id": entity_id, "name": entity_name(group, label), "type": label,
                             "roles": _distinct_roles(entity_roles)})
        doc.spans[MENTIONS] = sorted(spans, key=lambda s: (s.start, s.end))
        doc.ents = filter_spans(ents)
        doc._.warta_entities = entities


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
