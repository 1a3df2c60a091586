"""Scoring stories against gold story clusters with B-cubed precision and recall.

B-cubed looks at each article: precision is the share of its predicted story that
belongs to its gold story, recall the share of its gold story found in its
predicted story; both averaged over articles. Only articles of the gold are scored
(a predicted story is cut down to them), so a gold of one day can score a store
holding a month. The all-singletons baseline shows what the gold's singletons
alone are worth."""

from __future__ import annotations

import json
from collections import defaultdict
from pathlib import Path

from .report import Report, Table


def read_gold(path: Path) -> dict[str, str]:
    """Article id -> gold story label, from JSONL rows `{"story": label, "ids": [...]}`."""
    labels = {}
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            if line.strip():
                row = json.loads(line)
                labels.update({article: str(row["story"]) for article in row["ids"]})
    return labels


def bcubed(gold: dict[str, str], predicted: dict[str, object]) -> tuple[float, float, float]:
    """B-cubed P, R, F1 (percent) over the gold's articles; an article without a
    prediction counts as a story of its own."""
    by_gold, by_predicted = defaultdict(set), defaultdict(set)
    for article, label in gold.items():
        by_gold[label].add(article)
        by_predicted[predicted.get(article, ("alone", article))].add(article)
    precision = recall = 0.0
    for article, label in gold.items():
        mine = by_predicted[predicted.get(article, ("alone", article))]
        theirs = by_gold[label]
        shared = len(mine & theirs)
        precision += shared / len(mine)
        recall += shared / len(theirs)
    n = len(gold) or 1
    p, r = 100 * precision / n, 100 * recall / n
    f = 2 * p * r / (p + r) if p + r else 0.0
    return round(p, 1), round(r, 1), round(f, 1)


def evaluate(gold: dict[str, str], predicted: dict[str, object], name: str = "stories") -> Report:
    """The B-cubed report for a predicted clustering, with the all-singletons baseline;
    `errors` lists gold stories split and predicted stories mixing gold stories."""
    report = Report(f"Stories: B-cubed against {name}")
    table = Table("B-cubed", ["clustering", "articles", "stories", "P", "R", "F1"])
    found = {article: predicted[article] for article in gold if article in predicted}
    table.rows.append(["warta", len(gold), len(set(found.values()) | {a for a in gold if a not in found}),
                       *bcubed(gold, predicted)])
    table.rows.append(["all singletons", len(gold), len(gold), *bcubed(gold, {})])
    report.tables.append(table)
    missing = len(gold) - len(found)
    if missing:
        report.notes.append(f"{missing} gold articles are not in the store's stories (scored as singletons).")
    by_gold, by_predicted = defaultdict(list), defaultdict(list)
    for article, label in gold.items():
        by_gold[label].append(article)
        by_predicted[predicted.get(article, ("alone", article))].append(article)
    for label, members in sorted(by_gold.items()):
        stories = {predicted.get(a, ("alone", a)) for a in members}
        if len(stories) > 1:
            report.errors.append(f"split  gold {label}: " + " | ".join(
                " ".join(a for a in members if predicted.get(a, ("alone", a)) == s) for s in stories))
    for story, members in sorted(by_predicted.items(), key=lambda kv: str(kv[0])):
        labels = {gold[a] for a in members}
        if len(labels) > 1:
            report.errors.append(f"merged story {story}: " + " | ".join(
                f"{label}: " + " ".join(a for a in members if gold[a] == label) for label in sorted(labels)))
    return report
