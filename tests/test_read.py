"""Reading inputs: every format, and one clear error per bad input."""

import json

import pytest

from warta.read import Article, ReadError, parse_mapping, read_paths
from warta.read.formats import read_csv, read_html, read_jsonl, read_txt, sniff

ARTICLE = "JAKARTA, KOMPAS.com - Harga beras naik 5 persen pekan ini, kata pedagang.\n"


def only(results):
    results = list(results)
    assert len(results) == 1, results
    return results[0]


def test_read_txt_is_one_article_named_by_its_file(tmp_path):
    (tmp_path / "000_abc.txt").write_text(ARTICLE, encoding="utf-8")
    article = only(read_paths([tmp_path / "000_abc.txt"]))
    assert (article.id, article.text, article.origin) == ("000_abc", ARTICLE, str(tmp_path / "000_abc.txt"))


def test_read_folder_recursively_in_name_order(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "2.txt").write_text("Dua.", encoding="utf-8")
    (tmp_path / "1.txt").write_text("Satu.", encoding="utf-8")
    (tmp_path / "notes.pdf").write_bytes(b"%PDF")
    (tmp_path / ".hidden").mkdir()
    (tmp_path / ".hidden" / "3.txt").write_text("Tiga.", encoding="utf-8")
    assert [a.text for a in read_paths([tmp_path])] == ["Satu.", "Dua."]


def test_read_jsonl_row_shaped_like_the_dev_corpus_loads_without_options():
    row = {"id": "1d8e", "outlet": "detik.com", "date": "2025-06-01", "date_raw": "Minggu, 01 Jun 2025 11:16 WIB",
           "title": "Judul", "url": "https://oto.detik.com/berita/d-1", "author": "Tim", "text": ARTICLE}
    article = only(read_jsonl([json.dumps(row).encode()], "dev.jsonl", {}))
    assert article == Article(text=ARTICLE, id="1d8e", title="Judul", url="https://oto.detik.com/berita/d-1",
                              outlet="detik.com", published="2025-06-01", origin="dev.jsonl:1")


def test_read_jsonl_broken_line_is_reported_with_its_number_and_the_rest_goes_on():
    lines = [b'{"text": "Satu."}', b'{"text": "Dua.', b'[1, 2]', b'{"title": "no text"}', b'{"text": "Tiga."}']
    results = list(read_jsonl(lines, "x.jsonl", {}))
    assert [str(r) if isinstance(r, ReadError) else r.text for r in results] == [
        "Satu.",
        "x.jsonl:2: broken JSON (Unterminated string starting at column 10)",
        "x.jsonl:3: expected a JSON object, got list",
        "x.jsonl:4: no article text (no non-empty text column)",
        "Tiga.",
    ]


def test_read_csv_with_column_mapping():
    data = "judul,isi,tgl\nBeras naik,\"Harga beras naik, kata pedagang.\",2025-06-18\n".encode()
    article = only(read_csv(data, "a.csv", parse_mapping(["text=isi", "published=tgl"])))
    assert (article.title, article.text, article.published, article.origin) == (
        "Beras naik", "Harga beras naik, kata pedagang.", "2025-06-18", "a.csv:2")


def test_read_csv_without_a_text_column_says_which_columns_it_has():
    error = only(read_csv(b"judul,tanggal\nA,2025-06-18\n", "a.csv", {}))
    assert str(error) == ("a.csv: no text column (looked for 'text'; columns are judul, tanggal); "
                          "map one with --map text=COLUMN")


def test_read_mapping_rejects_unknown_fields():
    with pytest.raises(ValueError, match="bad column mapping 'body=isi'"):
        parse_mapping(["body=isi"])


def test_read_html_takes_main_text_and_metadata():
    paragraphs = "".join(f"<p>Paragraf {i}: Menteri Keuangan mengatakan anggaran naik {i} persen tahun ini "
                         f"karena kebutuhan belanja daerah yang terus meningkat di seluruh provinsi.</p>" for i in range(6))
    html = (f"<html><head><title>Anggaran Naik - Kabar Nusantara</title>"
            f'<meta property="og:site_name" content="Kabar Nusantara">'
            f'<meta property="article:published_time" content="2025-06-18T10:00:00+07:00"></head>'
            f"<body><nav><a href='/'>Beranda</a></nav><article><h1>Anggaran Naik</h1>{paragraphs}</article>"
            f"<footer>Hak cipta</footer></body></html>").encode()
    article = only(read_html(html, "page.html", "page"))
    assert article.outlet == "Kabar Nusantara"
    assert article.published == "2025-06-18"
    assert "Paragraf 5: Menteri Keuangan" in article.text and "Beranda" not in article.text


def test_read_html_with_no_article_is_an_error():
    assert str(only(read_html(b"<html><body><nav>Beranda</nav></body></html>", "p.html", "p"))) == (
        "p.html: no article text found in the HTML page (only 1 words of page text)")


@pytest.mark.parametrize("data, reason", [
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary file, not text"),
    (b"", "empty file"),
    (b"  \n\n ", "empty file"),
])
def test_read_txt_bad_input_gives_one_clear_reason(data, reason):
    assert str(only(read_txt(data, "x.txt", "x"))) == f"x.txt: {reason}"


def test_read_txt_too_large_for_an_article(tmp_path):
    big = tmp_path / "big.txt"
    big.write_bytes(b"kata " * 10_000_000)  # 50 MB
    assert str(only(read_paths([big]))) == f"{big}: too large for one article (50.0 MB; limit 5 MB)"


@pytest.mark.parametrize("text, encoding, byte", [
    ("Kata “naik” lima persen.", "cp1252", 5),
    ("Harga café naik lima persen.", "latin-1", 9),
])
def test_read_txt_legacy_encodings_are_decoded_with_a_warning(text, encoding, byte):
    article = only(read_txt(text.encode(encoding), "x.txt", "x"))
    assert (article.text, article.warnings) == (text, [f"not UTF-8 (byte {byte}); decoded as cp1252"])


def test_read_missing_file_is_an_error(tmp_path):
    assert str(only(read_paths([tmp_path / "nope.txt"]))) == f"{tmp_path / 'nope.txt'}: no such file"


@pytest.mark.parametrize("head, kind", [(b' {"text": 1}', "jsonl"), (b"<!DOCTYPE html><html>", "html"),
                                        (b"JAKARTA - Berita", "txt")])
def test_read_sniff_guesses_stdin_format(head, kind):
    assert sniff(head) == kind
