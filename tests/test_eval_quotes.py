"""Scoring quotes (gold JSONL and PFSA-ID tokens), and the seed articles' chains."""

import json

from typer.testing import CliRunner

from warta.cli import app
from warta.eval.pfsa import detokenize, read_pfsa, score_pfsa, statements, widen_to_marks
from warta.eval.quotes import headline, normalise, score_quotes


def gold_quote(start, end, kind="direct", speaker="Antony Blinken", via=()):
    return {"start": start, "end": end, "text": "", "kind": kind, "speaker": speaker, "via": list(via)}


def predicted_quote(start, end, kind="direct", speaker="Antony Blinken", via=()):
    return {"start": start, "end": end, "text": "", "kind": kind,
            "speaker": {"entity": None, "name": speaker, "type": "person"} if speaker else None,
            "via": [{"entity": None, "name": v} for v in via]}


def test_eval_quotes_scores_spans_speakers_and_via():
    gold = [{"id": "a", "quotes": [gold_quote(0, 10), gold_quote(20, 40, "indirect", "Matthew Miller", ["akun X"]),
                                   gold_quote(50, 60)]}]
    predicted = [{"quotes": [predicted_quote(1, 10), predicted_quote(22, 40, "indirect", "matthew  miller"),
                             predicted_quote(70, 80)]}]
    report = score_quotes(gold, predicted)
    assert report.tables[0].rows[0] == ["all", 3, 3, 66.7, 66.7, 66.7]
    assert report.tables[1].rows == [["speaker", 2, 2, 100.0], ["via exact", 1, 2, 50.0], ["kind", 2, 2, 100.0],
                                     ["speaker~", 2, 2, 100.0]]
    assert headline(report) == {"span_f1": 66.7, "speaker": 100.0, "via": 50.0}
    assert [e.split()[2] for e in report.errors] == ["VIA", "MISS", "FALSE"]


def test_eval_quotes_tells_a_name_form_from_a_wrong_person():
    """`speaker~` forgives a title or given name left out; the class table says which errors are which."""
    gold = [{"id": "a", "quotes": [gold_quote(0, 10, speaker="Tessa Mahardhika Sugiarto"),
                                   gold_quote(20, 30, speaker="Ivan Rosanova"), gold_quote(40, 50, speaker="Askolani")]}]
    predicted = [{"quotes": [predicted_quote(0, 10, speaker="Sugiarto"),
                             predicted_quote(20, 30, speaker="Binaartha Sekuritas Ivan Rosanova"),
                             predicted_quote(40, 50, speaker="Asko")]}]
    report = score_quotes(gold, predicted)
    assert report.tables[1].rows[0] == ["speaker", 0, 3, 0.0]
    assert report.tables[1].rows[3] == ["speaker~", 2, 3, 66.7]
    classes = {name: n for name, n, _ in report.tables[2].rows}
    assert (classes["named-partial"], classes["named-wrong"], classes["named-right"]) == (2, 1, 0)


def test_eval_quotes_normalise_ignores_case_accents_and_punctuation():
    assert normalise("  Ma’ruf  Amin ") == normalise("ma'ruf amin") == "maruf amin"


def test_eval_pfsa_reads_statements_and_rebuilds_text(tmp_path):
    path = tmp_path / "pfsa.txt"
    rows = ["JAKARTA\tO", ",\tO", "KOMPAS\tO", "—\tO", "Harga\tO", "naik\tO", ".\tO", "”\tB-STATEMENT", "",
            "Kami\tI-STATEMENT", "rugi\tI-STATEMENT", ",\tI-STATEMENT", "”\tL-STATEMENT", "kata\tU-CUE", "Budi\tU-PERSON",
            ".\tO", ""]
    path.write_text("\n".join(rows), encoding="utf-8")
    [article] = read_pfsa(path)
    text, offsets = detokenize(article.tokens)
    assert text == "JAKARTA, KOMPAS — Harga naik. ”Kami rugi,” kata Budi."
    assert statements(article.tags) == [(7, 12)]
    inner = text.index("Kami")
    assert widen_to_marks(text, inner, inner + len("Kami rugi,")) == (inner - 1, inner + len("Kami rugi,”"))
    report = score_pfsa([article], lambda t: [{"kind": "direct", "start": inner, "end": inner + 10}])
    assert report.tables[0].rows == [["exact", 1, 1, 100.0, 100.0, 100.0], ["overlap ≥ half", 1, 1, 100.0, 100.0, 100.0]]


def test_eval_quotes_cli_prints_the_report(tmp_path):
    text = "“Kami siap membantu warga,” kata Budi Santoso."
    gold = {"id": "x", "text": text, "quotes": [{"start": 1, "end": 26, "text": text[1:26], "kind": "direct",
                                                 "cue": "kata", "speaker": "Budi Santoso", "via": []}]}
    path = tmp_path / "gold.jsonl"
    path.write_text(json.dumps(gold, ensure_ascii=False) + "\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["eval", "quotes", str(path), "--json"])
    assert result.exit_code == 0, result.output
    report = json.loads(result.output)
    assert report["tables"][0]["rows"][0] == ["all", 1, 1, 100.0, 100.0, 100.0]
    assert report["tables"][1]["rows"][0] == ["speaker", 1, 1, 100.0]


SEED_CHAINS = [  # (seed, words in the quote, speaker, via)
    ("000_179138c53795d211", "Blinken menegaskan kembali dalam panggilan telepon", "Matthew Miller", ["akun X (Twitter)"]),
    ("000_179138c53795d211", "Israel harus mengambil semua tindakan", "Antony Blinken", ["Matthew Miller"]),
    ("000_179138c53795d211", "Menteri Blinken dan Menteri Gantz membahas", "pernyataan resmi",
     ["website resmi Pemerintah Amerika Serikat"]),
    ("003_bb50d39f36224a21", "Kita harus secara terbuka mengkritik", "memo", ["Politico"]),
    ("003_bb50d39f36224a21", "Mengkritik Zionis Israel secara pribadi", "memo", ["Politico"]),
    ("003_bb50d39f36224a21", "tindakan Washington yang terburu-buru", "surat pengunduran diri", []),
    ("003_bb50d39f36224a21", "Kami telah melibatkan Zionis Israel", "Antony Blinken", []),
]


def test_eval_quotes_seed_chains(nlp, shared):
    """The seed articles' chains: Miller relaying Blinken, the memo via Politico, the letter."""
    from warta.eval.gold import load_gold, predict
    rows = [r for r in load_gold(shared / "gold" / "dev-annotations.jsonl") if r["id"].startswith(("000_", "003_"))]
    records = {r["id"]: rec for r, rec in zip(rows, predict(rows, nlp))}
    for seed, words, speaker, via in SEED_CHAINS:
        found = [(q["speaker"]["name"] if q["speaker"] else None, [v["name"] for v in q["via"]])
                 for q in records[seed]["quotes"] if q["text"].startswith(words) or words in q["text"][:60]]
        assert (speaker, via) in found, (words, found)
