"""Role-only speakers: `ujar hakim`, `tanya jaksa`, `Kapolda menegaskan`.

A role noun used alone stands for the person the article names in that role
(`hakim anggota Purwanto S Abdullah`, `tanya Jaksa KPK, Wawan Yunarwanto`): the
holder named or last quoted under that role before the quote, else the first one
named after it. Indictments (`mendakwa`, `didakwa`) speak for the prosecution as
a body (`Jaksa KPK`), not for the prosecutor asking questions in court."""

from __future__ import annotations

import re

from spacy.tokens import Token

from ...lang.id import words



def _short_titles() -> set[str]:
    """One-word title abbreviations (`Menhub`, `Kapolda`) from `entity_role_abbreviations.tsv`: used
    alone (`pungkas Menhub`) they stand for the holder named with them, like a role noun."""
    from ..entities.roles import role_abbreviations
    heads = {w.lower() for w in words("entity_roles")}
    return {short for short, long in role_abbreviations().items() if " " not in short and long.split()[0].lower() in heads}


ROLE_NOUNS = tuple(sorted({w.lower() for w in words("speakers_role_nouns")} | _short_titles(), key=lambda w: -len(w.split())))
ROLE_SET = frozenset(ROLE_NOUNS)
# words between a role noun and the holder's name: `hakim anggota X`, `Jaksa Penuntut Umum (JPU) KPK X`
ROLE_MODIFIERS = {"anggota", "ketua", "majelis", "penuntut", "umum", "senior", "utama", "tunggal", "kepala", "tim"}
INDICTMENT_CUES = {"mendakwa", "didakwa", "dakwaan", "menuntut", "dituntut"}
PROSECUTION = re.compile(r"\bJaksa(?:\s+Penuntut\s+Umum)?(?:\s+(?:[A-Z][\w-]*|\([A-Z]+\)))+")
LOOK_BACK = 6  # tokens between a role noun and the name it introduces


def role_only(tokens: list[Token]) -> str | None:
    """The role when a noun phrase is only a role noun with determiners (`hakim tersebut`,
    `sang pelatih`, `Jaksa`); None for a named or described speaker (`hakim Rosihan`)."""
    lows, depth = [], 0
    for t in tokens:  # `Jaksa Penuntut Umum (JPU)`: the role without its acronym
        depth += (t.text == "(") - (t.text == ")")
        if not t.is_punct and depth == 0:
            lows.append(t.lower_)
    while lows and lows[0] in ("sang", "para", "pak", "bu"):
        lows = lows[1:]
    while lows and lows[-1] in ("tersebut", "itu", "ini"):
        lows = lows[:-1]
    phrase = " ".join(lows)
    return phrase if phrase in ROLE_SET else None


def _role_before(tokens: list[Token], i: int) -> str | None:
    """A role noun among the few tokens before token i of the same sentence (`hakim anggota X`,
    `Jaksa KPK, X`, `ketua majelis hakim X`)."""
    k = i - 1
    seen = 0
    while k >= 0 and seen < LOOK_BACK and not tokens[k].is_sent_end:
        for role in ROLE_NOUNS:
            n = len(role.split())
            if k - n + 1 >= 0 and " ".join(t.lower_ for t in tokens[k - n + 1:k + 1]) == role:
                return role
        token = tokens[k]
        if not (token.text in (",", "(", ")") or token.text[:1].isupper() or token.lower_ in ROLE_MODIFIERS):
            return None  # `Hakim menyatakan Zarof`: a verb between, Zarof is not the judge
        k -= 1
        seen += 1
    return None


def role_holders(doc_tokens: list[Token], starts: list[int], persons: list[tuple[int, str]],
                 fullest, entities: list[dict] | None = None,
                 mentions: list[tuple[int, int, dict]] | None = None) -> dict[str, list[tuple[int, str]]]:
    """role -> [(position, fullest name)] for every person the article names in a role."""
    import bisect
    holders: dict[str, list[tuple[int, str]]] = {}
    for pos, name in persons:
        i = bisect.bisect_left(starts, pos)
        if i >= len(doc_tokens) or doc_tokens[i].idx != pos:
            continue
        role = _role_before(doc_tokens, i)
        if role:
            holders.setdefault(role, []).append((pos, fullest(name)))
    for start, _, entity in mentions or []:  # NER's roles (`roles: ("hakim",)`) at the entity's named mentions
        if entity.get("type") != "PER":
            continue
        for role_text in entity.get("roles") or ():
            for role in ROLE_NOUNS:
                if re.search(rf"\b{re.escape(role)}\b", role_text.lower()):
                    i = bisect.bisect_left(starts, start)
                    if i < len(doc_tokens) and doc_tokens[i].lower_ not in ROLE_SET:
                        holders.setdefault(role, []).append((start, fullest(entity["name"])))
                    break
    for role in holders:
        holders[role] = sorted(set(holders[role]))
    return holders


def prosecution(text: str) -> str | None:
    """The prosecution as the article names it (`Jaksa KPK`), for indictment cues."""
    m = PROSECUTION.search(text)
    return re.sub(r"\s+", " ", m.group(0)) if m else None
