import pytest
from typer.testing import CliRunner

from warta.cli import app
from warta.eval.ner import Sentence, detect_format, read_bio, score, spans

NERGRIT = "Menurut\tO\nJoko\tB-PERSON\nWidodo\tI-PERSON\ndi\tO\nJakarta\tB-PLACE\n\nKPK\tB-ORGANISATION\nmenahan\tO\n"
IDNER = "Kata PROPN O\r\nJoko PROPN B-PER\r\nWidodo PROPN I-PER\r\n\r\ndi ADP O\r\nBandung PROPN B-LOC\r\n"
INDOLEM = "Presiden\tO\nJoko\tB-PERSON\ndi\tO\nBogor\tB-LOCATION\n,\tO\npukul\tB-TIME\n"


@pytest.fixture
def bio_file(tmp_path):
    def write(text: str, name: str = "gold.txt"):
        path = tmp_path / name
        path.write_bytes(text.encode("utf-8"))
        return path
    return write


@pytest.mark.parametrize("text, fmt", [(NERGRIT, "nergrit"), (IDNER, "idner"), (INDOLEM, "indolem")])
def test_eval_ner_detects_each_corpus_format(bio_file, text, fmt):
    assert detect_format(bio_file(text)) == fmt


def test_eval_ner_reads_types_as_per_org_loc(bio_file):
    assert [s.labels for s in read_bio(bio_file(NERGRIT))] == [
        ["O", "B-PER", "I-PER", "O", "B-LOC"], ["B-ORG", "O"]]
    assert [s.words for s in read_bio(bio_file(IDNER))] == [["Kata", "Joko", "Widodo"], ["di", "Bandung"]]


def test_eval_ner_drops_types_warta_does_not_tag(bio_file):
    assert read_bio(bio_file(INDOLEM))[0].labels == ["O", "B-PER", "O", "B-LOC", "O", "O"]


def test_eval_ner_spans_open_on_a_stray_inside_label():
    assert spans(["I-PER", "I-PER", "O", "B-LOC", "I-ORG"]) == {(0, 2, "PER"), (3, 4, "LOC"), (4, 5, "ORG")}


def test_eval_ner_scores_exact_spans_only():
    gold = [Sentence(["Joko", "Widodo", "di", "Jakarta"], ["B-PER", "I-PER", "O", "B-LOC"])]
    report = score(gold, [["B-PER", "O", "O", "B-LOC"]])
    rows = {row[0]: row for row in report.tables[0].rows}
    assert rows["PER"] == ["PER", 1, 1, 0.0, 0.0, 0.0]
    assert rows["LOC"] == ["LOC", 1, 1, 100.0, 100.0, 100.0]
    assert rows["all"] == ["all", 2, 2, 50.0, 50.0, 50.0]
    assert sorted(report.errors) == ["false PER  Joko", "miss  PER  Joko Widodo"]


def test_eval_ner_command_prints_scores(bio_file):
    result = CliRunner().invoke(app, ["eval", "ner", str(bio_file(NERGRIT)), "--json"])
    assert result.exit_code == 0, result.output
    assert '"Exact-span scores"' in result.output


def test_eval_ner_command_rejects_an_unknown_format(bio_file):
    result = CliRunner().invoke(app, ["eval", "ner", str(bio_file(NERGRIT)), "--format", "conll"])
    assert result.exit_code == 2
