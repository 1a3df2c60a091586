"""Whether a cue occurrence introduces reported speech: a logistic model over the cue's context.

The clause rules (`indirect.py`, `sources.py`) propose a content clause for every cue they can
read; many cue verbs also have everyday senses (`memastikan satu tempat`, `mengajak korban
bermain`, `mencatat tiga penampilan`). The gate scores each proposal from a handful of
context features (the cue, what follows it: `bahwa`, a comma, a clause with a predicate or a
bare noun phrase; who the subject is: a person, an organisation, a document, no one; where
in the sentence the cue stands) and drops those below the threshold.

Weights are data: `lang/id/cue_gate.json`, written by `warta train cues` from our own gold
(`gold/annotations.jsonl` tune, `gold/fresh-quotes.jsonl`, `../shared/gold/dev-annotations.jsonl`).
Scoring is a sum of weights and a logistic function: no scikit-learn at run time."""

from __future__ import annotations

import json
import math
from functools import cache

from spacy.tokens import Token

from ...lang.id import HERE
from .clause import has_predicate
from .indirect import COMPLEMENTISERS, POST, PASSIVE_NYA, PRONOUNS, QUOTE_CHARS, SKIP_AFTER, VERBS

MODEL_FILE = HERE / "cue_gate.json"
PURPOSIVES = {"untuk", "agar", "supaya"}
# Set to a list by `warta train cues`: every proposal is kept and its features appended here.
COLLECT: list[tuple[int, int, list[str]]] | None = None


@cache
def model() -> tuple[dict[str, float], float, float] | None:
    """(weights, intercept, threshold) of the shipped gate, or None when there is none."""
    if not MODEL_FILE.exists():
        return None
    data = json.loads(MODEL_FILE.read_text(encoding="utf-8"))
    return data["weights"], data["intercept"], data["threshold"]


def lemma(form: str) -> tuple[str, str]:
    """A cue form's lexicon row name (its first form) and kind; `menurut` and its kin are `according`."""
    if form in ("menurut", "menurutnya"):
        return "menurut", "according"
    row = VERBS.get(form) or POST.get(form) or PASSIVE_NYA.get(form)
    if row is None:
        return "other", "source"
    name = (row.get("forms") or row.get("post") or [form])[0]
    return name, row["kind"]


def _bucket(n: int) -> str:
    return "1-3" if n < 4 else "4-8" if n <= 8 else "9-20" if n <= 20 else "21+"


def features(tokens: list[Token], text: str, start: int, end: int, cue: tuple[int, int] | None,
             direction: str, passive: bool, pronoun: bool, bahwa: bool, kind: str, speaker) -> list[str]:
    """Names of the features that hold for one proposed clause (start..end) of a sentence part."""
    form = text[cue[0]:cue[1]].lower() if cue else ""
    name, cue_kind = lemma(form) if cue else ("none", "source")
    shape = ("according" if cue_kind == "according" else "inverted" if form in POST and form not in VERBS
             else "passive" if passive else "active")
    out = ["bias", f"cue={name}", f"kind={cue_kind}", f"shape={shape}", f"dir={direction}", f"quote={kind}"]
    if bahwa:
        out.append("bahwa")
    if pronoun:
        out.append("pronoun_cue")
    k = next((n for n, t in enumerate(tokens) if cue and t.idx >= cue[0]), None)
    if k is not None:
        before = [t for t in tokens[:k] if not t.is_space]
        m = k + 1
        while m < len(tokens) and (tokens[m].idx < cue[1] or tokens[m].lower_ in SKIP_AFTER or tokens[m].is_space):
            m += 1
        follow = tokens[m] if m < len(tokens) else None
        if follow is None:
            after = "end"
        elif follow.lower_ in COMPLEMENTISERS:
            after = "bahwa"
        elif follow.text in {",", ":"}:
            after = "comma"
        elif follow.text in QUOTE_CHARS:
            after = "mark"
        elif follow.lower_ in PURPOSIVES:
            after = "purpose"
        elif follow.is_title or follow.text.isupper():
            after = "name"
        elif follow.like_num:
            after = "number"
        else:
            after = "lower"
        out += [f"after={after}", f"cue={name}&after={after}"]
        position = "first" if not before else "early" if len(before) <= 3 else "late"
        out.append(f"position={position}")
        if before:
            last = before[-1]
            word = last.lower_
            out.append("before=" + ("comma" if last.text == "," else "pronoun" if word in PRONOUNS | {"saya", "kami", "kita"}
                                    else "title" if last.is_title or last.text.isupper() else "punct" if last.is_punct
                                    else "lower"))
            if any(t.text in QUOTE_CHARS for t in before):
                out.append("marks_before")
    inside = [t for t in tokens if start <= t.idx < end and not t.is_space]
    words = sum(1 for t in inside if t.is_alpha or t.like_num)
    out.append(f"words={_bucket(words)}")
    if has_predicate(inside):
        out += ["predicate", f"cue={name}&predicate"]
    elif inside and inside[0].is_lower:
        out.append(f"cue={name}&bare")
    if speaker is None:
        out.append("speaker=none")
    else:
        out.append(f"speaker={'pronoun' if speaker.pronoun else speaker.type}")
        if speaker.name and not speaker.pronoun:
            out.append("speaker_named")
    return out


def score(names: list[str]) -> float:
    """The gate's probability that these features mark reported speech (1.0 without a model)."""
    shipped = model()
    if shipped is None:
        return 1.0
    weights, intercept, _ = shipped
    z = intercept + sum(weights.get(n, 0.0) for n in names)
    return 1.0 / (1.0 + math.exp(-z))


def admit(start: int, end: int, names: list[str]) -> bool:
    """Keep a proposed clause? (Everything is kept, and recorded, while `COLLECT` is a list.)"""
    if COLLECT is not None:
        COLLECT.append((start, end, names))
        return True
    shipped = model()
    return shipped is None or score(names) >= shipped[2]
