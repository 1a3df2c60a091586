"""`warta eval clean`: its probes count furniture left in the body, not prose that resembles it."""

import re

import pytest

from warta.clean.boilerplate import find_boilerplate
from warta.clean.dateline import find_dateline
from warta.eval.clean import evaluate, leftovers, probes
from warta.lang.id import patterns


def record(text, marked=True):
    marks = [m.as_dict() for m in find_boilerplate(text, find_dateline(text))] if marked else []
    return {"id": "x", "text": text, "boilerplate": marks, "dateline": None, "outlet": "Contoh"}


def left(text, marked=True):
    rec = record(text, marked)
    return [(name, text[start:end]) for name, start, end in leftovers(rec)]


@pytest.mark.parametrize("row", patterns("boilerplate_probes"), ids=lambda r: r["name"])
def test_each_probe_finds_its_example(row):
    assert re.search(row["pattern"], row["example"], re.MULTILINE)


@pytest.mark.parametrize("text, probe", [
    ("Harga naik.\nLanjut ke halaman berikutnya\nHarga turun.", "next page"),
    ("Harga naik.\nSimak breaking news dari Tempo.co di kanal Telegram “Tempo.co Update”.", "chat channel"),
    ("Harga naik.\n(Penulis: Tria Sutrisna | Editor: Ihsanuddin).", "credit"),
    ("Laporan Wartawan Tribunnews.com, Lita Febriani TRIBUNNEWS.COM - Harga naik.", "credit"),
    ("Harga naik,\" kata dia.,Reporter: Ahda Bayhaqi,Sumber: Merdeka", "credit"),
    ("Harga naik. Berita selengkapnya >>> Klik di sini", "more link"),
    ("Harga naik.\nPilihan Editor: Mesin Penjahit Rumput Tiba di Jakarta", "editor's pick"),
])
def test_new_probes_count_furniture_left_unmarked_and_nothing_once_it_is_marked(text, probe):
    assert probe in [name for name, _ in left(text, marked=False)]
    assert left(text) == []


@pytest.mark.parametrize("text", [
    "Band itu dipimpin James Hetfield (vokal/gitar), Kirk Hammett (gitar), dan Robert Trujillo (bass).",
    "Kadarnya di atas 60 nanogram/mililiter (ng/ml) atau di atas 80 ng/ml, kata dokter.",
])
def test_initials_probe_ignores_units_and_roles_in_prose(text):
    assert left(text, marked=False) == []


def test_initials_probe_counts_initials_before_detik_tags_and_pager():
    text = "kata dia.Lanjut ke halaman berikutnya (raw/rin) pb djarum Sebelumnya Atlet Muda 1 / 2 Selanjutnya Babak Baru"
    assert "initials" in [name for name, _ in left(text, marked=False)]
    assert left(text) == []


def test_probes_read_list_literal_scrapes_item_by_item():
    """A probe match may not run from one list item into the next (`'... Gabung Ferrari', 'Ingin ...'`)."""
    text = ("['Harga naik di Jakarta.', 'Hamilton Bakal Gabung Ferrari', "
            "'Ingin berdiskusi dengan redaksi? Mari bergabung di grup Telegram GoOto .']")
    assert left(text) == []


def test_probes_keep_their_offsets_when_markup_spans_overlap():
    """Marks read back from a pipeline record can overlap around an empty list item (`', '', '`)."""
    text = "['Harga naik.', '', 'ADVERTISEMENT', 'Harga turun.']"
    rec = record(text)
    rec["boilerplate"] += [{"start": 13, "end": 18, "kind": "markup"}, {"start": 16, "end": 21, "kind": "markup"}]
    assert left(text) == [] and leftovers(rec) == []


def test_evaluate_counts_per_outlet_and_total():
    table = evaluate([record("Harga naik.\nLanjut ke halaman berikutnya\n"),
                      record("Harga naik.\nLanjut ke halaman berikutnya\n", marked=False)]).tables[0]
    assert table.rows[-1][0] == "all" and table.rows[-1][5] == 1
    assert len(probes()) == 17
