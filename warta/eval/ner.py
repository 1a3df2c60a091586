"""Named-entity evaluation on BIO files: exact-span precision, recall and F1 per type.

The corpora in `shared/data/ner/` name types differently (PERSON, PLACE,
ORGANISATION, LOCATION, ...); all are read as PER, ORG and LOC, and types
Warta does not tag (NER-UGM's TIME and QUANTITY) are dropped, so every corpus
scores the same three types."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from .report import Report, Table, prf

FORMATS = ("nergrit", "idner", "indolem")
TYPES = ("PER", "ORG", "LOC")
TYPE_NAMES = {
    "PER": "PER", "PERSON": "PER",
    "ORG": "ORG", "ORGANISATION": "ORG", "ORGANIZATION": "ORG",
    "LOC": "LOC", "LOCATION": "LOC", "PLACE": "LOC",
}


@dataclass
class Sentence:
    words: list[str]
    labels: list[str]  # BIO over PER/ORG/LOC


def normalize_label(label: str) -> str:
    if label == "O" or "-" not in label:
        return "O"
    prefix, kind = label.split("-", 1)
    kind = TYPE_NAMES.get(kind.upper())
    return f"{prefix.upper()}-{kind}" if kind and prefix.upper() in ("B", "I") else "O"


def detect_format(path: str | Path) -> str:
    """`idner` for space-separated `token POS BIO`, else by the type names used."""
    with open(path, encoding="utf-8") as lines:
        head = [line.rstrip("\r\n") for _, line in zip(range(2000), lines) if line.strip()]
    if head and all(len(line.split(" ")) == 3 and "\t" not in line for line in head[:50]):
        return "idner"
    return "nergrit" if any(line.endswith(("PLACE", "ORGANISATION")) for line in head) else "indolem"


def detect_domain(path: str | Path, fmt: str) -> str:
    """The training corpus a file belongs to, which the tagger's domain features name."""
    if fmt == "indolem":
        return "nerugm" if "ugm" in str(path).lower() else "nerui"
    return fmt


def read_bio(path: str | Path, fmt: str = "auto") -> list[Sentence]:
    """Sentences of a BIO file in any of FORMATS (blank lines between sentences)."""
    fmt = detect_format(path) if fmt == "auto" else fmt
    if fmt not in FORMATS:
        raise ValueError(f"unknown NER format {fmt!r}; expected one of {', '.join(FORMATS)}")
    sentences, words, labels = [], [], []
    with open(path, encoding="utf-8") as lines:
        for line in lines:
            line = line.rstrip("\r\n")
            if not line.strip():
                if words:
                    sentences.append(Sentence(words, labels))
                words, labels = [], []
                continue
            parts = line.split(" ") if fmt == "idner" else line.split("\t")
            words.append(parts[0])
            labels.append(normalize_label(parts[-1]))
    if words:
        sentences.append(Sentence(words, labels))
    return sentences


def spans(labels: Iterable[str]) -> set[tuple[int, int, str]]:
    """(start, end, type) of each entity in a BIO sequence; a stray I- opens an entity."""
    found, start, kind = set(), None, None
    for i, label in enumerate([*labels, "O"]):
        prefix, _, label_kind = label.partition("-")
        if start is not None and (prefix != "I" or label_kind != kind):
            found.add((start, i, kind))
            start = None
        if prefix == "B" or (prefix == "I" and start is None):
            start, kind = i, label_kind
    return found


def score(sentences: list[Sentence], predicted: list[list[str]], title: str = "NER") -> Report:
    """Exact-span P/R/F1 per type and overall (micro), with every miss and false alarm listed."""
    counts = {kind: Counter() for kind in TYPES}
    errors = []
    for sentence, labels in zip(sentences, predicted, strict=True):
        gold, pred = spans(sentence.labels), spans(labels)
        for start, end, kind in gold | pred:
            text = " ".join(sentence.words[start:end])
            if (start, end, kind) in gold and (start, end, kind) in pred:
                counts[kind]["tp"] += 1
            elif (start, end, kind) in gold:
                counts[kind]["fn"] += 1
                errors.append(f"miss  {kind}  {text}")
            else:
                counts[kind]["fp"] += 1
                errors.append(f"false {kind}  {text}")
    table = Table("Exact-span scores", ["type", "gold", "predicted", "P", "R", "F1"])
    total = Counter()
    for kind in TYPES:
        c = counts[kind]
        total.update(c)
        table.rows.append([kind, c["tp"] + c["fn"], c["tp"] + c["fp"], *prf(c["tp"], c["fp"], c["fn"])])
    table.rows.append(["all", total["tp"] + total["fn"], total["tp"] + total["fp"],
                       *prf(total["tp"], total["fp"], total["fn"])])
    tokens = sum(len(s.words) for s in sentences)
    return Report(title, [table], notes=[f"{len(sentences)} sentences, {tokens} tokens"], errors=errors)


def evaluate(path: str | Path, tag: Callable[[list[str], str], list[str]], fmt: str = "auto",
             domain: str | None = None) -> Report:
    """Tag every sentence of a gold BIO file with `tag(words, domain)` and score it."""
    fmt = detect_format(path) if fmt == "auto" else fmt
    domain = domain or detect_domain(path, fmt)
    sentences = read_bio(path, fmt)
    predicted = [tag(s.words, domain) for s in sentences]
    report = score(sentences, predicted, title=f"NER: {Path(path).name} ({fmt}, domain {domain})")
    return report
