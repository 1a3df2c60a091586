"""The entity registry: one corpus entity per real person, organisation or place.

An article's entity (its fullest name, mentions and roles) joins the corpus entity
that has its name as an alias, or, for people, whose name words contain its name
words or are contained in them (`Blinken` / `Antony Blinken` / `Antony J. Blinken`).
Two people sharing a name part stay apart: `Budi Santoso` and `Budi Gunadi Sadikin`
are not compatible (each has a word the other lacks). When a short name fits
several people, the one named alongside the article's other entities (or holding
its roles) wins; if none stands out, the name becomes an entity of its own rather
than mixing two people. Only the candidates of the article's names are read, so
linking an article costs the same whatever the size of the registry."""

from __future__ import annotations

from ..store.corpus import CorpusStore
from .text import name_key, name_words, role_heads

PERSON = "PER"


def compatible(words: frozenset[str], other: frozenset[str]) -> bool:
    """One name's words all appear in the other's: both can name one person."""
    return bool(words) and bool(other) and (words <= other or other <= words)


def candidates(store: CorpusStore, type: str, key: str, words: frozenset[str], keys: set[str]) -> list[int]:
    """Registry entities the name may refer to."""
    if type != PERSON:
        found: list[int] = []
        for k in sorted(keys, key=lambda k: (-len(k), k)):
            found += [e for e in store.entities_with_alias(k, type) if e not in found]
        return found
    found = store.entities_with_alias(key, type)
    for word in telling(key, words)[:3] if not found else ():
        # The longest word is the most telling (a surname more than `Muhammad`); the next
        # is tried only if no one has it. At most 50 people per word are read.
        if found := [e for e in store.entities_with_word(word, type, limit=50) if fits(store, e, words)]:
            return found
    return found  # written exactly so before: a name of theirs, also a nickname (`Jokowi`)


def telling(key: str, words: frozenset[str]) -> list[str]:
    """The name's words, most telling first: longer before shorter, and of equal length
    the one written first (the same choice on every run)."""
    order = key.split()
    return sorted(words, key=lambda w: (-len(w), order.index(w)))


def fits(store: CorpusStore, entity: int, words: frozenset[str]) -> bool:
    """The name fits the entity's name and every fuller name it was given: `Iwan Lukminto`
    fits `Iwan Setiawan Lukminto`, but `Iwan Kurniawan Lukminto` does not, so a brother
    does not join the entity once it holds the other's full name."""
    if not compatible(words, name_words(name_key(store.entity_name(entity)))):
        return False
    return all(compatible(words, other) for key in store.alias_keys(entity) if len(other := name_words(key)) > 1)


def choose(store: CorpusStore, found: list[int], roles: list[str], context: list[int]) -> int | None:
    """The one candidate the article's context points to, or None."""
    if len(found) == 1:
        return found[0]
    role_words = {w for role in roles for w in name_key(role).split()}
    scores = []
    for entity in found:
        shared_roles = sum(bool(role_words & set(name_key(r).split())) for r in store.entity_roles(entity))
        scores.append((store.co_mentions(entity, context) + shared_roles, entity))
    scores.sort(reverse=True)
    return scores[0][1] if scores[0][0] > 0 and scores[0][0] > scores[1][0] else None


def is_person_elsewhere(store: CorpusStore, type: str, key: str) -> bool:
    """The registry knows the name as one person's and never as a place or organisation's."""
    return len(store.entities_with_alias(key, PERSON)) == 1 and not store.entities_with_alias(key, type)


def link_article(store: CorpusStore, article_id: str, record: dict) -> tuple[list[int], int]:
    """Link every entity of one stored article (and its quotes' speakers) to the registry.
    Returns the corpus entity ids of the article and how many were new."""
    published = record.get("published")
    speakers: dict[str, dict[str, None]] = {}  # entity id -> its speaker names, in order (same result every run)
    for quote in record.get("quotes", []):
        if (speaker := quote.get("speaker")) and speaker.get("entity") and speaker.get("name"):
            speakers.setdefault(speaker["entity"], {})[speaker["name"]] = None
    linked: list[int] = []
    created = 0
    # Longest names first: they are the least ambiguous and give context to short ones.
    for entity in sorted(record.get("entities", []), key=lambda e: -len(name_key(e["name"]).split())):
        key = name_key(entity["name"])
        if not key:
            continue
        if entity["id"] in speakers and entity["type"] != PERSON and is_person_elsewhere(store, entity["type"], key):
            entity = {**entity, "type": PERSON}  # a speaker the tagger took for a place, a person in other articles
        words = name_words(key) if entity["type"] == PERSON else frozenset()
        if entity["type"] == PERSON and not words:
            continue
        aliases = {entity["name"]: key}
        for mention in entity.get("mentions", []):
            # A person's mention is an alias if it holds a word of the name, or is another name
            # of theirs (`Jokowi`, `Gus Ipul`), never a role (`Presiden AS`).
            if (k := name_key(mention["text"])) and (entity["type"] != PERSON or name_words(k) & words
                                                       or k.split()[0] not in role_heads()):
                aliases[mention["text"]] = k
        for speaker in speakers.get(entity["id"], ()):
            # The quotes may name the person more fully than the entity does (`AKBP Eko Iskandar`).
            # A one-word name the quotes resolved to a full name (`Mualem`, quoted as `Muzakir Manaf`) is a nickname.
            nickname = len(words) == 1 and entity["type"] == PERSON
            # A title the tagger ran into the name (`Kainduk PJR Tol Jagorawi Kompol Akhmad Jajuli`) is
            # left out of the two or more last words the quotes name them by (`Akhmad Jajuli`).
            k = name_key(speaker)
            fuller = k and (compatible(words, name_words(k)) or nickname) and len(k.split()) > len(key.split())
            if fuller or entity["type"] == PERSON and k and len(k.split()) >= 2 and key.endswith(" " + k):
                aliases[speaker], key, words = k, k, name_words(k)
                entity = {**entity, "name": speaker}
        found = candidates(store, entity["type"], key, words, set(aliases.values()))
        chosen = choose(store, found, entity.get("roles", []), linked) if found else None
        name = entity["name"]
        if chosen is None:
            chosen = store.create_entity(entity["type"], name, published)
            created += 1
        elif len(key.split()) <= len(name_key(store.entity_name(chosen)).split()):
            name = None  # keep the fuller name the registry has
        alias_words = words if entity["type"] == PERSON else ()
        store.record_entity(chosen, name, published, aliases, alias_words, entity.get("roles", []), article_id)
        for k in sorted(set(aliases.values()) - {key}):
            # A nickname of theirs (`Ipul`) that the registry knew only as a person of its own
            if entity["type"] == PERSON and not name_words(k) & words:
                for other in store.entities_with_alias(k, PERSON):
                    if other != chosen and name_key(store.entity_name(other)) == k:
                        store.merge_entities(chosen, other)
        store.link_entity(article_id, entity["id"], chosen)
        if chosen not in linked:
            linked.append(chosen)
    store.link_quotes(article_id)
    for quote_id, speaker in store.unlinked_person_speakers(article_id):
        key = name_key(speaker)
        words = name_words(key)
        # A speaker named only in the quote may join a person the registry knows by a fuller
        # name (`Blinken`), never one known by fewer words (`Eko` is not `AKBP Eko Iskandar`).
        found = [e for e in candidates(store, PERSON, key, words, {key})
                 if words <= name_words(name_key(store.entity_name(e)))] if key else []
        if len(found) == 1:
            store.link_quote(quote_id, found[0])
    return linked, created
