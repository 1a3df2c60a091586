"""Scoring dates and figures: pure reports from gold and predicted records, TimeML input, the CLI."""

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from warta.cli import app
from warta.eval.dates import evaluate as evaluate_dates, read_timeml
from warta.eval.figures import evaluate as evaluate_figures, same_source

TIMEX = Path(__file__).parent / "data" / "timex" / "sample.tml"
TEXT = "Rapat pada Rabu (18/6/2025) pukul 09.00 WIB, kemarin, dengan 10 orang."


def date(start, end, type_, value):
    return {"start": start, "end": end, "text": TEXT[start:end], "type": type_, "value": value}


def test_eval_dates_counts_spans_values_and_types():
    gold = [{"id": "a", "text": TEXT, "dates": [date(11, 27, "DATE", "2025-06-18"), date(28, 43, "TIME", "2025-06-18T09:00"),
                                               date(45, 52, "DATE", "2025-06-17")]}]
    predicted = [{"text": TEXT, "dates": [date(11, 27, "DATE", "2025-06-18"), date(34, 43, "TIME", "2025-06-18T10:00"),
                                         date(61, 63, "DATE", "2010")]}]
    report = evaluate_dates(gold, predicted)
    assert report.tables[0].rows == [
        ["DATE", 2, 2, 50.0, 50.0, 50.0, 100.0, 100.0],
        ["TIME", 1, 1, 100.0, 100.0, 100.0, 0.0, 100.0],
        ["all", 3, 3, 66.7, 66.7, 66.7, 50.0, 100.0],
    ]
    assert [line.split()[0] for line in report.errors] == ["VALUE", "MISS", "FALSE"]


def test_eval_dates_reads_timeml():
    row, = read_timeml(TIMEX)
    assert row["published"] == "2014-12-30"
    assert [(d["text"], d["type"], d["value"]) for d in row["dates"]] == [
        ("Minggu (28/12/2014)", "DATE", "2014-12-28"), ("pukul 06.17 WIB", "TIME", "2014-12-28T06:17"),
        ("hari ini", "DATE", "2014-12-30"), ("tiga hari", "DURATION", "P3D"), ("setiap hari", "SET", "P1D"),
        ("kemarin", "DATE", "2014-12-29"), ("besok", "DATE", "2014-12-31")]
    assert "&amp;" not in row["text"] and "<" not in row["text"]


def test_eval_dates_scores_timeml_the_tempeval_way():
    row, = read_timeml(TIMEX)
    predicted = {"text": row["text"], "dates": [dict(d) for d in row["dates"]]}
    predicted["dates"][0]["value"] = "2014-12-27"  # one wrong value
    predicted["dates"][1]["start"] += 6  # `06.17 WIB`: a relaxed match only
    predicted["dates"].pop()  # `besok` missed
    tempeval = evaluate_dates([row], [predicted]).tables[1]
    assert tempeval.rows == [
        ["strict", 83.3, 71.4, 76.9, None],
        ["relaxed", 100.0, 85.7, 92.3, None],
        ["value", 83.3, 71.4, 76.9, 83.3],
        ["type", 100.0, 85.7, 92.3, 100.0],
    ]


def test_eval_dates_cli_scores_a_timeml_file():
    result = CliRunner().invoke(app, ["eval", "dates", str(TIMEX), "--json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.output)["tables"][0]["rows"][-1] == ["all", 7, 7, 100.0, 100.0, 100.0, 100.0, 100.0]


def figure(start, end, value, qualifier="exact", unit="orang", source=None, counts=None):
    return {"start": start, "end": end, "value": value, "qualifier": qualifier, "unit": unit, "source": source,
            "counts": counts}


def test_eval_figures_counts_spans_fields_and_sources():
    gold = [{"id": "a", "text": TEXT, "figures": [figure(61, 69, 10, source="Kombes Ferry Walintukan", counts="peserta rapat"),
                                                 figure(0, 5, 5, unit="rupiah")]}]
    predicted = [{"text": TEXT, "figures": [figure(61, 69, 10, source="Ferry Walintukan", counts="rapat")]}]
    report = evaluate_figures(gold, predicted)
    assert report.tables[0].rows == [
        ["count", 1, 1, 100.0, 100.0, 100.0], ["money", 1, 0, 0.0, 0.0, 0.0], ["all", 2, 1, 100.0, 50.0, 66.7]]
    assert report.tables[1].rows == [
        ["count", 1, 100.0, 100.0, 100.0, 100.0, 0.0, 100.0, 100.0],
        ["money", 0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0],
        ["all", 1, 100.0, 100.0, 100.0, 100.0, 0.0, 100.0, 100.0],
    ]
    # a source right but for a title is listed too, marked `SOURCE~`
    assert [line.split()[0] for line in report.errors] == ["SOURCE~", "MISS"]


def test_eval_figures_tables_fit_80_columns(monkeypatch):
    from io import StringIO

    from rich.console import Console

    import importlib

    cli_app = importlib.import_module("warta.cli.app")  # the module (`warta.cli.app` is also the Typer app)

    gold = [{"id": "a", "text": TEXT, "figures": [figure(61, 69, 10), figure(0, 5, 5, unit="persen")] * 200}]
    predicted = [{"text": TEXT, "figures": [figure(61, 69, 10)] * 200}]
    screen = StringIO()
    monkeypatch.setattr(cli_app, "out", Console(file=screen, width=200, color_system=None))
    cli_app.print_report(evaluate_figures(gold, predicted))
    tables = [line for line in screen.getvalue().splitlines() if line[:1] in "┏┃┡│└"]
    assert len(tables) > 10 and max(map(len, tables)) <= 80


@pytest.mark.parametrize("gold, predicted, strict, lenient", [
    (None, None, True, True), ("Perry Warjiyo", "perry  warjiyo", True, True),
    ("Ferry Walintukan", "Kombes Ferry Walintukan", False, True), ("Tito Karnavian", "Mendagri", False, False),
    ("Tito Karnavian", None, False, False),
])
def test_eval_figures_source_matching(gold, predicted, strict, lenient):
    assert (same_source(gold, predicted), same_source(gold, predicted, lenient=True)) == (strict, lenient)


@pytest.mark.slow
def test_eval_dates_and_figures_meet_their_floors_on_dev_gold(shared):
    from warta.cli.eval_dates import DATE_COMPONENTS
    from warta.eval.gold import load_gold, predict
    from warta.pipeline import load

    rows = load_gold(shared / "gold" / "dev-annotations.jsonl")
    dates = evaluate_dates(rows, predict(rows, load(DATE_COMPONENTS))).tables[0].rows[-1]
    assert dates[5] >= 95 and dates[6] >= 92  # span F1, value accuracy
    figures = evaluate_figures(rows, predict(rows, load(DATE_COMPONENTS + ("warta_figures",))))
    assert figures.tables[0].rows[-1][5] >= 90  # span F1
    assert figures.tables[1].rows[-1][5] >= 92  # value+qualifier+unit accuracy
