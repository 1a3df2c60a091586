"""Checking the entity registry: the most-quoted speakers should each have exactly
one corpus entity, and no corpus entity should mix two people.

For each of the N most-quoted people (corpus entities of type PER, by quotes) the
report lists every name their quotes were attributed under and every alias, and
flags an entity whose multi-word names are not all compatible (one's words a
subset of the other's: `Antony Blinken` / `Antony J. Blinken` fit, `Budi Santoso` /
`Budi Gunadi Sadikin` do not). It also flags a speaker name (as written in quotes)
whose quotes went to more than one entity."""

from __future__ import annotations

from itertools import combinations

from ..corpus.link import compatible
from ..corpus.text import name_key, name_words
from ..store import Database
from ..store.corpus import CorpusStore
from .report import Report, Table


def check_registry(db: Database, top: int = 50) -> Report:
    store = CorpusStore(db)
    report = Report(f"Entity registry: the {top} most-quoted people")
    table = Table("Most-quoted people", ["entity", "name", "quotes", "articles", "outlets", "names in quotes",
                                         "mixes names?"])
    ids = store.most_quoted("PER", top, 0)
    rows = {row["id"]: row for row in store.entity_rows(ids=ids, limit=None)}
    mixed = split = 0
    for entity_id in ids:
        row = rows[entity_id]
        spoken = store.speaker_names(entity_id)
        names = {a["alias"] for a in store.aliases(entity_id)} | set(spoken)
        word_sets = {name_words(name_key(n)) for n in names}
        clashes = [(a, b) for a, b in combinations([w for w in word_sets if len(w) > 1], 2) if not compatible(a, b)]
        mixed += bool(clashes)
        table.rows.append([entity_id, row["name"], row["quotes"], row["articles"], row["outlets"],
                           ", ".join(sorted(spoken)), "yes" if clashes else ""])
        for a, b in clashes:
            report.errors.append(f"entity {entity_id} {row['name']}: {' '.join(sorted(a))} / {' '.join(sorted(b))}")
        for name in spoken:
            others = store.entities_quoted_as(name)
            if len(others) > 1:
                split += 1
                report.errors.append(f"speaker {name!r} is quoted under entities {others}")
    report.tables.append(table)
    report.notes.append(f"{mixed} of {len(ids)} entities have incompatible names (a possible mix of two people); "
                        f"{split} speaker names are split over several entities.")
    return report
