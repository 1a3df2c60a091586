"""Compare the corpus tables of two stores (same articles, updated by two versions of the code).

    python bench/corpus_diff.py A.db B.db

Prints, per table, whether the rows are identical, else how many differ and a few
examples. Article features are compared by content (terms as a dict, whatever the
stored encoding). Exit code 1 if anything differs."""

from __future__ import annotations

import json
import sqlite3
import sys

QUERIES = {
    "stories": 'SELECT id, title, start, "end", articles, outlets FROM stories',
    "story_articles": "SELECT article_id, story_id, copy_kind, copy_of, round(similarity, 9) FROM story_articles",
    "corpus_entities": "SELECT id, type, name, first_seen, last_seen FROM corpus_entities",
    "entity_aliases": "SELECT entity_id, alias, key, articles FROM entity_aliases",
    "entity_words": "SELECT word, entity_id FROM entity_words",
    "entity_roles": "SELECT entity_id, role, article_id, published FROM entity_roles",
    "entity_links": "SELECT article_id, entity_id, corpus_entity FROM entities",
    "quote_links": "SELECT id, corpus_entity FROM quotes",
    "quote_groups": "SELECT id, story_id, entity_id, speaker, reference_quote FROM quote_groups",
    "quote_variants": "SELECT quote_id, group_id, class, changes, diff FROM quote_variants",
    "lsh_buckets": "SELECT bucket, article_id FROM lsh_buckets",
    "term_df": "SELECT term, df FROM term_df",
    "corpus_stats": "SELECT key, value FROM corpus_stats",
    "bodies_fts": "SELECT rowid, title, body FROM bodies_fts",
}


def features(conn: sqlite3.Connection) -> set:
    """Article features with terms decoded, whatever their stored form."""
    from warta.store.corpus import decode_terms  # the store's own decoder (JSON or compact)

    return {(a, p, json.dumps(decode_terms(t), sort_keys=True, ensure_ascii=False), e, m, s, q)
            for a, p, t, e, m, s, q in conn.execute(
                "SELECT article_id, published, terms, entities, minhash, shingles, quotes FROM article_features")}


def main() -> int:
    a, b = (sqlite3.connect(p) for p in sys.argv[1:3])
    differ = 0
    for name, sql in QUERIES.items():
        rows_a, rows_b = set(a.execute(sql)), set(b.execute(sql))
        differ += report(name, rows_a, rows_b)
    try:
        differ += report("article_features", features(a), features(b))
    except ImportError:
        differ += report("article_features", set(a.execute("SELECT * FROM article_features")),
                         set(b.execute("SELECT * FROM article_features")))
    return 1 if differ else 0


def report(name: str, rows_a: set, rows_b: set) -> int:
    if rows_a == rows_b:
        print(f"{name}: identical ({len(rows_a)} rows)")
        return 0
    only_a, only_b = sorted(rows_a - rows_b, key=repr), sorted(rows_b - rows_a, key=repr)
    print(f"{name}: DIFFERENT ({len(only_a)} rows only in A, {len(only_b)} only in B)")
    for row in only_a[:3]:
        print(f"   A {str(row)[:200]}")
    for row in only_b[:3]:
        print(f"   B {str(row)[:200]}")
    return 1


if __name__ == "__main__":
    sys.exit(main())
