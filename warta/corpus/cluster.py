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

import numpy as np
from datasketch import MinHash

from ..store.corpus import CorpusStore
from .text import body, content_words, tokens

PERMUTATIONS = 128      # LSH signature: 64 bands of 2 rows (a pair with Jaccard 0.2 is found 93% of the time)
ROWS = 2
SHINGLE_PERMUTATIONS = 64
SHINGLE = 3             # words per shingle, for near-duplicates
SIGNATURE_TERMS = 30    # the article's most distinctive terms, hashed for LSH
WINDOW_DAYS = 3         # candidates are published at most this many days apart
TITLE_WEIGHT = 3        # a title word counts as this many body words
ENTITY_WEIGHT = 2
JOIN = 0.30             # cosine to join a candidate's story
NEAR_DUPLICATE = 0.8    # estimated shingle Jaccard of a near-duplicate


def terms_of(record: dict, entities: list[int]) -> Counter:
    """Weighted terms: the body's content words, title words, and `@ID` for each linked entity."""
    terms = Counter(content_words(body(record)))
    for word in content_words(record.get("title") or ""):
        terms[word] += TITLE_WEIGHT
    for entity in entities:
        terms[f"@{entity}"] += ENTITY_WEIGHT
    return terms


def weights(terms: dict[str, int], df: dict[str, int], n: int) -> dict[str, float]:
    """TF-IDF (sublinear tf, smoothed idf), unit length."""
    vector = {t: (1 + math.log(c)) * (math.log((1 + n) / (1 + df.get(t, 0))) + 1) for t, c in terms.items()}
    norm = math.sqrt(sum(v * v for v in vector.values())) or 1.0
    return {t: v / norm for t, v in vector.items()}


def cosine(a: dict[str, float], b: dict[str, float]) -> float:
    if len(b) < len(a):
        a, b = b, a
    return sum(v * b.get(t, 0.0) for t, v in a.items())


def week_of(published: str | None) -> int | None:
    try:
        return date.fromisoformat((published or "")[:10]).toordinal() // 7
    except ValueError:
        return None


def buckets(signature: np.ndarray, week: int | None) -> list[int]:
    """LSH bucket keys of one article: one per band, within its publication week."""
    keys = []
    for band in range(PERMUTATIONS // ROWS):
        values = signature[band * ROWS:(band + 1) * ROWS].tobytes()
        digest = hashlib.blake2b(f"{band}:{week}:".encode() + values, digest_size=8).digest()
        keys.append(int.from_bytes(digest, "big", signed=True))
    return keys


def minhash(items: set[str], permutations: int) -> MinHash:
    sketch = MinHash(num_perm=permutations)
    sketch.update_batch([s.encode() for s in items])
    return sketch


def resemblance(signature: np.ndarray, stored: bytes) -> float:
    """Estimated Jaccard of two shingle sets from their MinHash values."""
    return float(np.mean(signature == np.frombuffer(stored, dtype=signature.dtype)))


def shingles(record: dict) -> set[str]:
    words = tokens(body(record))
    return {" ".join(words[i:i + SHINGLE]) for i in range(max(1, len(words) - SHINGLE + 1))}


def window(published: str | None) -> tuple[str | None, str | None]:
    try:
        day = date.fromisoformat((published or "")[:10])
    except ValueError:
        return None, None
    return (str(day - timedelta(days=WINDOW_DAYS)), str(day + timedelta(days=WINDOW_DAYS)) + "\uffff")


def place_article(store: CorpusStore, article_id: str, record: dict, entities: list[int],
                  copy_of: str | None = None) -> dict:
    """Put one article in a story. Returns `{"story": id, "new": bool, "merged": [ids], "copy_kind": ...}`."""
    published = record.get("published")
    terms = terms_of(record, entities)
    n = store.stat("articles")
    df = store.document_frequencies(terms)
    vector = weights(terms, df, n)
    distinctive = sorted(vector, key=vector.get, reverse=True)[:SIGNATURE_TERMS]
    signature = minhash(set(distinctive), PERMUTATIONS).hashvalues
    week = week_of(published)
    near = minhash(shingles(record), SHINGLE_PERMUTATIONS).hashvalues

    copy_kind, similarity, story, merged = None, None, None, []
    if copy_of and (original_story := store.story_id(copy_of)):
        copy_kind, similarity, story = "syndicated", 1.0, original_story
    else:
        weeks = [week] if week is None else [week - 1, week, week + 1]
        keys = [k for w in weeks for k in buckets(signature, w)]
        since, until = window(published)
        found = store.candidates(keys, since, until)
        their_df = store.document_frequencies({t for row in found for t in json.loads(row["terms"])} - set(df))
        their_df.update(df)
        best: dict[int, tuple[float, str]] = {}
        for row in found:
            score = cosine(vector, weights(json.loads(row["terms"]), their_df, n))
            if score >= JOIN and score > best.get(row["story_id"], (0.0, ""))[0]:
                best[row["story_id"]] = (score, row["article_id"])
            if copy_kind is None and resemblance(near, row["minhash"]) >= NEAR_DUPLICATE:
                copy_kind, copy_of = "near-duplicate", row["article_id"]
        if best:
            ranked = sorted(best, key=lambda s: best[s][0], reverse=True)
            story, similarity = min(ranked), best[ranked[0]][0]
            merged = [s for s in ranked if s != story]
            if merged:
                store.merge_stories(story, merged)
    new = story is None
    if new:
        story = store.create_story()
    store.add_to_story(article_id, story, copy_kind, copy_of if copy_kind else None, similarity)
    store.save_features(article_id, published, dict(terms), entities, near.tobytes(),
                        buckets(signature, week))
    store.add_document_frequencies(terms)
    store.bump_stat("articles")
    store.refresh_story(story)
    return {"story": story, "new": new, "merged": merged, "copy_kind": copy_kind}
