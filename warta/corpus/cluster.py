"""Stories: articles from one or more outlets that report the same event.

Online and incremental: a new article is compared only with the candidates that
MinHash LSH (datasketch) finds for it, among articles published a few days around
it; it joins the story of the most similar one if the similarity (TF-IDF cosine
over its words, title words and linked entities) passes a threshold, starts a
story otherwise, and merges the stories it bridges. A copy of an article already
stored (the same text under another id or outlet) joins its original's story as
`syndicated`; an article whose word shingles nearly all match a candidate's is a
`near-duplicate` of it (the same wire text lightly edited)."""

from __future__ import annotations

import hashlib
import json
import math
from collections import Counter
from datetime import date, timedelta
from functools import cache, lru_cache
from itertools import repeat
from operator import add, mul, truediv
from typing import NamedTuple

import numpy as np
import orjson
from datasketch import MinHash

from ..store.corpus import CorpusStore, loads
from .text import body, content_words, stop_words, tokens

PERMUTATIONS = 128      # LSH signature: 64 bands of 2 rows (a pair with Jaccard 0.2 is found 93% of the time)
ROWS = 2
SHINGLE_PERMUTATIONS = 64
SHINGLE = 3             # words per shingle, for near-duplicates
QUOTE_SHINGLE = 4       # words per quote shingle
SIGNATURE_TERMS = 30    # the article's most distinctive terms, hashed for LSH
LEAD_WORDS = 30         # and its first content words
KEY_TERMS = 5           # the article's heaviest terms, each also a key of the candidate index
WINDOW_DAYS = 3         # candidates are published at most this many days apart
STORY_DAYS = 7          # a story spans at most a week: a daily feature (horoscope, gold price) does not chain
TITLE_WEIGHT = 3        # a title word counts as this many body words
ENTITY_WEIGHT = 2
JOIN = 0.28             # cosine (to an article or to a story's centroid) to join a story
TERM_JOIN = 0.4         # cosine to join an article found only through a shared heavy term
ALIKE_STORIES = 0.2     # centroid cosine of two stories that one article alike both may merge
SHARED_QUOTE = 3        # quote shingles in common that, with
QUOTE_JOIN = 0.15       # this cosine, say two articles report one statement
DECAY_PER_DAY = 0.15    # share of an article's similarity lost per day between the two articles
CENTROID_ARTICLES = 30  # a story's centroid is made of its latest articles
NEAR_DUPLICATE = 0.8    # share of the shorter article's shingles found in the other (estimated)


def signature_terms(words: list[str], vector: dict[str, float]) -> set[str]:
    """What the LSH signature hashes: the article's most distinctive terms and the first
    content words of its body (reports of one event open alike even when their
    distinctive terms differ); `words` are the body's content words."""
    distinctive = sorted(vector, key=vector.get, reverse=True)[:SIGNATURE_TERMS]
    return set(distinctive) | set(words[:LEAD_WORDS])


def quote_shingles(record: dict) -> set[int]:
    """32-bit hashes of the 4-word shingles of the article's quotes."""
    found = set()
    for quote in record.get("quotes", []):
        words = tokens(quote["text"])
        for i in range(len(words) - QUOTE_SHINGLE + 1):
            digest = hashlib.blake2b(" ".join(words[i:i + QUOTE_SHINGLE]).encode(), digest_size=4).digest()
            found.add(int.from_bytes(digest, "big"))
    return found


def weights(terms: dict[str, int], df: dict[str, int], n: int, idf: dict[str, float] | None = None) -> dict[str, float]:
    """TF-IDF (sublinear tf, smoothed idf) of all the article's terms, unit length: cut to its
    heaviest terms, two reports of one event that stress different details look unrelated.
    `idf`: the idf of terms already computed for these `df` and `n` (filled in as it goes),
    when several articles are weighted alike."""
    if idf is None:
        idf = {}
    idfs = list(map(idf.get, terms))
    if None in idfs:
        add_idf(idf, [t for t, value in zip(terms, idfs) if value is None], df, n)
        idfs = list(map(idf.__getitem__, terms))
    tfs = list(map(TF.get, terms.values()))
    if None in tfs:
        tfs = [1 + math.log(c) for c in terms.values()]
    # The same products, sums and quotients, in the same order, as {t: tf * idf} then normalised():
    # map() runs the loops in C.
    values = list(map(mul, tfs, idfs))
    norm = math.sqrt(sum(map(mul, values, values))) or 1.0
    return dict(zip(terms, map(truediv, values, repeat(norm))))


TF = {c: 1 + math.log(c) for c in range(1, 1024)}  # sublinear tf of the usual counts


def add_idf(idf: dict[str, float], terms: list[str], df: dict[str, int], n: int) -> None:
    """Put the smoothed idf of `terms` in `idf`: log((1 + n) / (1 + df)) + 1, the same
    operations in the same order as one term at a time, the loop run by map() in C."""
    ratios = map(truediv, repeat(1 + n), map(add, repeat(1), map(df.get, terms, repeat(0))))
    idf.update(zip(terms, map(add, map(math.log, ratios), repeat(1))))


def normalised(vector: dict[str, float]) -> dict[str, float]:
    values = vector.values()
    norm = math.sqrt(sum(map(mul, values, values))) or 1.0  # the same sum, in the same order, as a generator's
    return dict(zip(vector, map(truediv, values, repeat(norm))))


def cosine(a: dict[str, float], b: dict[str, float]) -> float:
    if len(b) < len(a):
        a, b = b, a
    return sum(map(mul, a.values(), map(b.get, a, repeat(0.0))))


def centroid(vectors: list[dict[str, float]]) -> dict[str, float]:
    total: dict[str, float] = {}
    for vector in vectors:
        # What Counter.update(vector) does (value + existing, new terms appended in order), in C
        total.update(zip(vector, map(add, vector.values(), map(total.get, vector, repeat(0)))))
    return normalised(total)


def week_of(published: str | None) -> int | None:
    try:
        return date.fromisoformat((published or "")[:10]).toordinal() // 7
    except ValueError:
        return None


@lru_cache(maxsize=64)
def band_prefixes(week: int | None) -> tuple[bytes, ...]:
    return tuple(f"{band}:{week}:".encode() for band in range(PERMUTATIONS // ROWS))


def buckets(signature: np.ndarray, week: int | None) -> list[int]:
    """LSH bucket keys of one article: one per band, within its publication week."""
    values = signature.tobytes()
    step = len(values) * ROWS // len(signature)
    blake2b, from_bytes = hashlib.blake2b, int.from_bytes
    return [from_bytes(blake2b(prefix + values[start:start + step], digest_size=8).digest(), "big", signed=True)
            for prefix, start in zip(band_prefixes(week), range(0, len(values), step))]


def heaviest_terms(vector: dict[str, float]) -> list[str]:
    return sorted(vector, key=lambda t: (-vector[t], t))[:KEY_TERMS]


def term_keys(vector: dict[str, float], week: int | None, heaviest: list[str] | None = None) -> list[int]:
    """Candidate index keys of the article's heaviest TF-IDF terms, within its week: two
    short reports of one event can share too few signature terms for any LSH band to
    match, yet share a rare name or word at the top of both (`heaviest`: those terms,
    when already known)."""
    return [int.from_bytes(hashlib.blake2b(f"term:{week}:{t}".encode(), digest_size=8).digest(), "big", signed=True)
            for t in (heaviest_terms(vector) if heaviest is None else heaviest)]


def minhash(items: set[str], permutations: int, hash32=None) -> np.ndarray:
    """The MinHash signature (hash values) of `items`: what datasketch's MinHash with its default
    seed, scheme and hash function (the first 4 bytes of SHA-1) computes, without making a MinHash
    object per article. `hash32`: the hash function to use (a cached one for words)."""
    sketch = identity_minhash(permutations)
    sketch.hashvalues = default_minhash(permutations).hashvalues  # update_batch replaces it, never writes into it
    sketch.update_batch(list(map(hash32 or sha1_32, items)))
    return sketch.hashvalues


def sha1_32(item: str) -> int:
    """datasketch's default `sha1_hash32` of the item's UTF-8 bytes."""
    return int.from_bytes(hashlib.sha1(item.encode()).digest()[:4], "little")


@lru_cache(maxsize=100_000)
def word_sha1_32(word: str) -> int:
    """sha1_32 of a word, cached: signature terms are words and entity ids, which repeat."""
    return sha1_32(word)


@cache
def default_minhash(permutations: int) -> MinHash:
    """datasketch's MinHash with its default seed and scheme, made once: its permutations
    are drawn once rather than for every article (the same values, so stored signatures
    stay comparable)."""
    return MinHash(num_perm=permutations)


@cache
def identity_minhash(permutations: int) -> MinHash:
    """A MinHash with the default one's permutations and scheme that takes hash values
    already computed (its hash function returns its input)."""
    template = default_minhash(permutations)
    return MinHash(num_perm=permutations, permutations=template.permutations, scheme=template.scheme,
                   hashfunc=int)


def containment(signature: np.ndarray, size: int, stored: bytes, stored_size: int) -> float:
    """Estimated share of the smaller shingle set found in the other, from the MinHash
    Jaccard J and the sizes: |A ∩ B| = J (|A| + |B|) / (1 + J). A shortened copy
    (the first half of an article re-posted) is contained in its original."""
    jaccard = float(np.mean(signature == np.frombuffer(stored, dtype=signature.dtype)))
    smaller = min(size, stored_size) or 1
    return min(1.0, jaccard * (size + stored_size) / (1 + jaccard) / smaller)


def shingles(record: dict, words: list[str] | None = None) -> set[str]:
    """The body's 3-word shingles (`words`: the body's tokens, when already known)."""
    words = tokens(body(record)) if words is None else words
    return {" ".join(words[i:i + SHINGLE]) for i in range(max(1, len(words) - SHINGLE + 1))}


def story_start_limit(published: str | None) -> str | None:
    """The earliest start of a story this article may still join."""
    try:
        return str(date.fromisoformat((published or "")[:10]) - timedelta(days=STORY_DAYS))
    except ValueError:
        return None


def window(published: str | None) -> tuple[str | None, str | None]:
    try:
        day = date.fromisoformat((published or "")[:10])
    except ValueError:
        return None, None
    return (str(day - timedelta(days=WINDOW_DAYS)), str(day + timedelta(days=WINDOW_DAYS)) + "\uffff")


PREPARED = 1  # version of what `prepare` computes: a stored preparation of another version is made again


class Prepared(NamedTuple):
    """What placing an article in a story needs from the article alone (no corpus state),
    made by the worker process that extracted it and stored with it (`article_prep`),
    in the form stored: `terms` JSON {term: count} of the body's content words and the
    title's (in order of first use), `lead` JSON [the body's first content words],
    `quotes` JSON [sorted quote shingle hashes], `minhash` the shingle signature's
    bytes, `shingles` how many shingles."""

    version: int
    terms: str
    lead: str
    quotes: str
    minhash: bytes
    shingles: int


def prepare(record: dict, text: str | None = None) -> Prepared:
    """The article's `Prepared` (`text`: its body, when already known)."""
    body_tokens = tokens(body(record) if text is None else text)
    stop = stop_words()
    words = [w for w in body_tokens if len(w) > 2 and w not in stop and not w.isdigit()]  # content_words
    terms = Counter(words)
    for word in content_words(record.get("title") or ""):
        terms[word] += TITLE_WEIGHT
    own_shingles = shingles(record, body_tokens)
    return Prepared(PREPARED, _dumps(terms), _dumps(words[:LEAD_WORDS]), _dumps(sorted(quote_shingles(record))),
                    minhash(own_shingles, SHINGLE_PERMUTATIONS).tobytes(), len(own_shingles))


def _dumps(value) -> str:
    try:
        return orjson.dumps(value).decode()
    except TypeError:  # a string orjson refuses (a lone surrogate)
        return json.dumps(value, ensure_ascii=False)


def place_article(store: CorpusStore, article_id: str, record: dict, entities: list[int],
                  copy_of: str | None = None, text: str | None = None, prepared: Prepared | None = None) -> dict:
    """Put one article in a story (`text`: its body, when already known; `prepared`: its
    `Prepared`, when made already). Returns `{"story": id, "new": bool, "merged": [ids],
    "copy_kind": ...}`."""
    published = record.get("published")
    if prepared is None or prepared.version != PREPARED:
        prepared = prepare(record, text)
    terms = Counter(loads(prepared.terms))  # terms_of: body words, title words, then linked entities
    for entity in entities:
        terms[f"@{entity}"] += ENTITY_WEIGHT
    lead = loads(prepared.lead)
    quotes = set(loads(prepared.quotes))
    n = store.stat("articles")
    df = store.document_frequencies(terms)
    idf: dict[str, float] = {}
    vector = weights(terms, df, n, idf)
    signature = minhash(signature_terms(lead, vector), PERMUTATIONS, word_sha1_32)
    week = week_of(published)
    near = np.frombuffer(prepared.minhash, dtype=default_minhash(SHINGLE_PERMUTATIONS).hashvalues.dtype)
    heaviest = heaviest_terms(vector)
    keys_in = {w: buckets(signature, w) + term_keys(vector, w, heaviest)
               for w in ([week] if week is None else [week - 1, week, week + 1])}

    copy_kind, similarity, story, merged = None, None, None, []
    if copy_of and (original_story := store.story_id(copy_of)):
        copy_kind, similarity, story = "syndicated", 1.0, original_story
    else:
        bands = PERMUTATIONS // ROWS
        since, until = window(published)
        found = store.candidates([k for keys in keys_in.values() for k in keys[:bands]], since, until)
        seen = {row["article_id"] for row in found}
        by_terms = [row for row in store.candidates([k for keys in keys_in.values() for k in keys[bands:]], since, until)
                    if row["article_id"] not in seen]
        earliest = story_start_limit(published)
        found = [row for row in found + by_terms if earliest is None or (row["story_start"] or "") >= earliest]
        scores, copy_kind, copy_of = score_stories(store, vector, quotes, (near, prepared.shingles), published,
                                                   found, n, df, {row["article_id"] for row in by_terms}, idf)
        if scores:
            ranked = sorted(scores, key=scores.get, reverse=True)
            story, similarity = min(ranked), scores[ranked[0]]
            merged = [s for s in ranked if s != story]
            if merged:
                store.merge_stories(story, merged)
    new = story is None
    if new:
        story = store.create_story()
    store.add_to_story(article_id, story, copy_kind, copy_of if copy_kind else None, similarity)
    store.save_features(article_id, published, dict(terms), entities, prepared.minhash, prepared.shingles,
                        loads(prepared.quotes), keys_in[week])
    store.add_document_frequencies(terms)
    store.bump_stat("articles")
    store.refresh_story(story)
    return {"story": story, "new": new, "merged": merged, "copy_kind": copy_kind}


def score_stories(store: CorpusStore, vector: dict[str, float], quotes: set[int], near: tuple[np.ndarray, int],
                  published: str | None, found: list, n: int, df: dict[str, int],
                  by_terms: set[str] = frozenset(), idf: dict[str, float] | None = None,
                  ) -> tuple[dict[int, float], str | None, str | None]:
    """The stories the article joins, with their scores, and whether it is a
    near-duplicate (and of which candidate). Similarity to an article fades with the
    days between the two. Besides the best story, it joins (merging them) only the
    ones it agrees with as a whole, through two of their articles, or that are alike
    the best one themselves: one article alike one article of another story (a press
    conference on two subjects) does not make the two events one."""
    stored = store.article_terms(row["article_id"] for row in found)
    their_terms = {row["article_id"]: stored[row["article_id"]] for row in found}
    members = {s: store.story_terms(s, CENTROID_ARTICLES, their_terms) for s in {row["story_id"] for row in found}}
    every = dict(their_terms)  # each article's terms once (a candidate is often a member of its story too)
    for by_id in members.values():
        every.update(by_id)
    wanted = set().union(*every.values())
    df = {**store.document_frequencies(wanted - set(df)), **df}
    idf = {} if idf is None else idf  # the same df and n for every article weighted here
    add_idf(idf, list(wanted.difference(idf)), df, n)  # at once, not candidate by candidate
    vectors: dict[str, dict[str, float]] = {}

    def vector_of(article_id: str, terms: dict[str, int]) -> dict[str, float]:
        if article_id not in vectors:
            vectors[article_id] = weights(terms, df, n, idf)
        return vectors[article_id]

    scores: dict[int, float] = {}
    alike: dict[int, list[str]] = {}  # per story, its articles the new one is alike
    by_lsh = {row["story_id"] for row in found if row["article_id"] not in by_terms}
    copy_kind = copy_of = None
    for row in found:
        score = cosine(vector, vector_of(row["article_id"], their_terms[row["article_id"]]))
        if score >= QUOTE_JOIN and len(quotes.intersection(loads(row["quotes"]))) >= SHARED_QUOTE:
            score = max(score, JOIN)
        score *= decay(published, row["published"])
        if score >= (TERM_JOIN if row["article_id"] in by_terms else JOIN):
            scores[row["story_id"]] = max(score, scores.get(row["story_id"], 0.0))
            alike.setdefault(row["story_id"], []).append(row["article_id"])
        if copy_kind is None and containment(*near, row["minhash"], row["shingles"]) >= NEAR_DUPLICATE:
            copy_kind, copy_of = "near-duplicate", row["article_id"]
            scores[row["story_id"]] = max(1.0, scores.get(row["story_id"], 0.0))
            alike.setdefault(row["story_id"], []).extend(members[row["story_id"]])
    whole = set()  # stories the new article is alike as a whole (their centroid)
    for story, terms_by_id in members.items():
        if len(terms_by_id) > 1 and len(alike.get(story, [])) < 2:
            score = cosine(vector, centroid([vector_of(a, terms) for a, terms in terms_by_id.items()]))
            if score >= (JOIN if story in by_lsh else TERM_JOIN):
                scores[story] = max(score, scores.get(story, 0.0))
                whole.add(story)
    if len(scores) < 2:
        return scores, copy_kind, copy_of
    best = max(scores, key=scores.get)
    story_centroid = {s: centroid([vector_of(a, t) for a, t in members[s].items()]) for s in scores}
    return {s: v for s, v in scores.items()
            if s == best or s in whole or len(alike.get(s, [])) >= min(2, len(members[s]))
            or cosine(story_centroid[best], story_centroid[s]) >= ALIKE_STORIES}, copy_kind, copy_of


def decay(published: str | None, other: str | None) -> float:
    """Similarity kept for two articles `days` apart: reports of one event come close together."""
    try:
        days = abs((date.fromisoformat((published or "")[:10]) - date.fromisoformat((other or "")[:10])).days)
    except ValueError:
        return 1.0
    return max(0.0, 1 - DECAY_PER_DAY * days)
