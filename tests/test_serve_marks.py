"""The article page's text runs: every mark covering a run gives it a class, overlaps included."""

from warta.serve.marks import runs

TEXT = 'JAKARTA - "Harga naik 5 persen," kata Budi. Baca juga: lain'


def test_serve_marks_cut_the_text_where_marks_start_and_end():
    record = {"text": TEXT,
              "dateline": {"start": 0, "end": 10},
              "quotes": [{"start": 11, "end": 31, "kind": "direct", "cue": {"start": 33, "end": 37}}],
              "entities": [{"id": "e1", "type": "PER", "mentions": [{"start": 38, "end": 42}]}],
              "figures": [{"start": 22, "end": 30, "value": 5, "unit": "persen", "qualifier": None,
                           "counts": None, "source": "BPS"}],
              "dates": [], "boilerplate": [{"start": 44, "end": 60, "kind": "read-also"}]}
    cut = [(r.text, r.classes, r.data, r.title) for r in runs(record)]
    assert "".join(text for text, *_ in cut) == TEXT
    assert cut == [
        ("JAKARTA - ", ["dateline"], {}, ""),
        ('"', [], {}, ""),
        ("Harga naik ", ["q", "q-direct"], {"q": "0"}, ""),
        ("5 persen", ["q", "q-direct", "fig"], {"q": "0", "f": "0"}, "5 persen · BPS"),
        (",", ["q", "q-direct"], {"q": "0"}, ""),
        ('" ', [], {}, ""),
        ("kata", ["cue"], {}, ""),
        (" ", [], {}, ""),
        ("Budi", ["ent", "ent-PER"], {"e": "e1"}, ""),
        (". ", [], {}, ""),
        ("Baca juga: lain", ["bp", "bp-read-also"], {"bp": "read-also"}, ""),
    ]
