"""Framing: how outlets differ on the same story (or any articles a user picks).

Per outlet: whose voices it quotes and how much (by speaker, and by kind of
speaker: official, expert, citizen, organisation), the labels it uses for the
same entity (`Zionis Israel` vs `Israel`), loaded terms from the framing lexicon
(`warta/lang/id/framing.jsonl`, categories kept as data), and the figures it
reports with their sources. Lexicons: `framing.jsonl` (loaded terms),
`framing_labels.txt` (words that label a name), `framing_voices.jsonl` (role words
that tell a speaker's kind)."""

from __future__ import annotations

import json
import re
from collections import Counter, defaultdict
from functools import cache

from ..lang.id import patterns
from ..lang.id import words as lexicon
from ..store import Database
from ..store.corpus import CorpusStore
from .text import body, fold

VOICE_KINDS = ("official", "expert", "citizen", "organisation", "other")


@cache
def loaded_terms() -> tuple[tuple[re.Pattern, str, str], ...]:
    """(pattern, term, category) for each loaded term; matched as whole words, case and diacritics folded."""
    return tuple((re.compile(rf"(?<!\w){re.escape(fold(row['term']))}(?!\w)"), row["term"], row["category"])
                 for row in patterns("framing"))


@cache
def label_words() -> re.Pattern:
    """Label words right before a name, longest first (`negara zionis` before `zionis`)."""
    alternatives = sorted((fold(w) for w in lexicon("framing_labels")), key=len, reverse=True)
    return re.compile(rf"(?<!\w)({'|'.join(re.escape(a) for a in alternatives)})\s+$")


@cache
def voice_words() -> tuple[tuple[re.Pattern, str], ...]:
    return tuple((re.compile(rf"(?<!\w){re.escape(w)}(?!\w)"), row["kind"])
                 for row in patterns("framing_voices") for w in row["words"])


def voice_kind(speaker_type: str | None, speaker: str | None, roles: list[str]) -> str:
    """Official, expert, citizen, organisation or other, from the speaker's roles and name."""
    if speaker_type in ("organization", "organisation"):
        return "organisation"
    text = fold(" ".join(roles + [speaker or ""]))
    for pattern, kind in voice_words():
        if pattern.search(text):
            return kind
    return "other"


def labels_in(record: dict, links: dict[tuple[str, str], int]) -> Counter:
    """(corpus entity, label as written, labelled?) for each mention: the name, with the label word
    written before it if any (`Zionis Israel`)."""
    found: Counter = Counter()
    text = record["text"]
    for entity in record.get("entities", []):
        corpus_id = links.get((record["id"], entity["id"]))
        if corpus_id is None or entity["type"] not in ("LOC", "ORG", "PER"):
            continue
        for mention in entity.get("mentions", []):
            start = mention["start"]
            before = text[max(0, start - 30):start]
            match = label_words().search(fold(before))
            label = before[match.start():] + mention["text"] if match else mention["text"]
            found[(corpus_id, " ".join(label.split()), match is not None)] += 1
    return found


def compare(db: Database, article_ids: list[str]) -> dict:
    """The framing report over the given articles:
    `{"articles": [{"id", "outlet", "published", "title"}],
      "outlets": [{"outlet", "articles": [ids], "quotes": n,
                   "voices": [{"speaker", "entity_id", "kind", "quotes", "share"}],
                   "voice_kinds": {"official": share, "expert": ..., "citizen": ..., "organisation": ..., "other": ...},
                   "labels": [{"entity_id", "entity", "label", "count"}],
                   "loaded_terms": [{"term", "category", "count"}],
                   "figures": [{"article_id", "text", "value", "qualifier", "unit", "counts", "source"}]}],
      "labels": [{"entity_id", "entity", "by_outlet": {outlet: [labels]}}],     # entities labelled differently
      "figures": [{"counts", "unit", "by_outlet": {outlet: [{"text", "value", "source", "article_id"}]}}]}`
    Unknown ids are ignored; shares are fractions of the outlet's attributed quotes.
    Articles stored without an outlet are grouped under `None` (not under a made-up name
    that could be a real outlet's)."""
    store = CorpusStore(db)
    articles = store.articles_meta(list(dict.fromkeys(article_ids))) if article_ids else []
    ids = [a["id"] for a in articles]
    roles = store.speaker_roles(ids) if ids else {}
    links = store.entity_links(ids) if ids else {}
    roles.update({(article, corpus_id): roles[(article, local)] for (article, local), corpus_id in links.items()})
    outlets: dict[str | None, dict] = {}
    labels_by_outlet: dict[str | None, Counter] = defaultdict(Counter)
    figures_by_count: dict[tuple, dict[str, list]] = defaultdict(lambda: defaultdict(list))
    quotes = store.quote_rows(article_ids=ids, limit=None) if ids else []
    for article in articles:
        record = json.loads(article["record"])
        name = article["outlet"]
        outlet = outlets.setdefault(name, {"outlet": name, "articles": [], "quotes": 0, "speakers": Counter(),
                                           "kinds": Counter(), "terms": Counter(), "figures": []})
        outlet["articles"].append(article["id"])
        labels_by_outlet[name].update(labels_in(record, links))
        prose = fold(body(record))
        for pattern, term, category in loaded_terms():
            if count := len(pattern.findall(prose)):
                outlet["terms"][(term, category)] += count
        for figure in record.get("figures", []):
            row = {"article_id": article["id"], **{k: figure.get(k) for k in
                                                   ("text", "value", "qualifier", "unit", "counts", "source")}}
            outlet["figures"].append(row)
            if figure.get("counts") or figure.get("unit"):
                figures_by_count[(figure.get("counts"), figure.get("unit"))][name].append(
                    {k: row[k] for k in ("text", "value", "source", "article_id")})
    for quote in quotes:
        outlet = outlets[quote["outlet"]]
        outlet["quotes"] += 1
        if quote["speaker"] is None:
            continue
        kind = voice_kind(quote["speaker_type"], quote["speaker"],
                          roles.get((quote["article_id"], quote["speaker_entity"]))
                          or roles.get((quote["article_id"], quote["entity_id"]), []))
        outlet["speakers"][(quote["entity"] or quote["speaker"], quote["entity_id"], kind)] += 1
        outlet["kinds"][kind] += 1
    names = store.entity_names(sorted({e for counter in labels_by_outlet.values() for e, _, _ in counter}))
    report_outlets = []
    for name, outlet in outlets.items():
        attributed = sum(outlet["kinds"].values()) or 1
        report_outlets.append({
            "outlet": name, "articles": outlet["articles"], "quotes": outlet["quotes"],
            "voices": [{"speaker": s, "entity_id": e, "kind": k, "quotes": n, "share": round(n / attributed, 3)}
                       for (s, e, k), n in outlet["speakers"].most_common()],
            "voice_kinds": {k: round(outlet["kinds"][k] / attributed, 3) for k in VOICE_KINDS},
            "labels": [{"entity_id": e, "entity": names.get(e), "label": label, "count": n}
                       for (e, label, _), n in labels_by_outlet[name].most_common()],
            "loaded_terms": [{"term": t, "category": c, "count": n} for (t, c), n in outlet["terms"].most_common()],
            "figures": outlet["figures"]})
    return {"articles": [{k: a[k] for k in ("id", "outlet", "published", "title")} for a in articles],
            "outlets": report_outlets, "labels": differing_labels(labels_by_outlet, names),
            "figures": [{"counts": counts, "unit": unit, "by_outlet": {o: rows for o, rows in by_outlet.items()}}
                        for (counts, unit), by_outlet in figures_by_count.items() if len(by_outlet) > 1]}


def differing_labels(labels_by_outlet: dict[str, Counter], names: dict[int, str]) -> list[dict]:
    """Entities named by two or more outlets, some with a label word and some without:
    each outlet's labels (its most used name when it uses none)."""
    per_entity: dict[int, dict[str, dict[str, list[str]]]] = defaultdict(dict)
    for outlet, counter in labels_by_outlet.items():
        for (entity, label, labelled), _ in counter.most_common():
            names_used = per_entity[entity].setdefault(outlet, {"labelled": [], "plain": []})
            names_used["labelled" if labelled else "plain"].append(label)
    report = []
    for entity, by_outlet in per_entity.items():
        labelled = [o for o, used in by_outlet.items() if used["labelled"]]
        if len(by_outlet) > 1 and labelled and len(labelled) < len(by_outlet):
            report.append({"entity_id": entity, "entity": names.get(entity),
                           "by_outlet": {o: used["labelled"] or used["plain"][:1] for o, used in by_outlet.items()}})
    return report
