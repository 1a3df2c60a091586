"""The web app and JSON API over a store (no browser: see tests/browser/ for that)."""

import csv
import io
import json
import sqlite3

import pyarrow.parquet as pq
import pytest
from fastapi.testclient import TestClient

from warta.serve import create_app
from warta.store import Database
from warta.store.reader import StoreError


@pytest.fixture(scope="module")
def client(sample_store):
    with TestClient(create_app(sample_store)) as test_client:
        yield test_client


def all_pages(client, url):
    """Every item of a paginated API list, following `next` cursors."""
    items, cursor = [], None
    while True:
        body = client.get(url + (f"&cursor={cursor}" if cursor else "")).json()
        items += body["items"]
        cursor = body["next"]
        if cursor is None:
            return items


@pytest.mark.parametrize("path", ["/", "/search", "/search?q=banjir", "/search?speaker=Dedi+Supriadi",
                                  "/search?q=banjir&outlet=Kabar+Nusantara&kind=direct&since=2024-03-01",
                                  "/articles/kabarnusa-banjir-bandung", "/outlets", "/outlets/kabarnusa.com",
                                  "/outlets/-", "/docs", "/openapi.json"])
def test_serve_every_page_renders(client, path):
    response = client.get(path)
    assert response.status_code == 200
    assert "default-src 'self'" in response.headers["content-security-policy"]


def test_serve_api_article_is_the_stored_record(client, sample_store):
    record = client.get("/api/articles/kabarnusa-banjir-bandung").json()
    assert record == Database(sample_store).get("kabarnusa-banjir-bandung")
    assert {"id", "outlet", "published", "text", "dateline", "boilerplate", "entities", "quotes", "dates",
            "figures"} <= record.keys()


def test_serve_api_pages_with_cursors_cover_every_article_once(client, sample_store):
    items = all_pages(client, "/api/articles?limit=4")
    assert len(items) == len({i["id"] for i in items}) == Database(sample_store).count("articles")
    published = [i["published"] or "" for i in items]
    assert published == sorted(published, reverse=True)


def test_serve_api_quotes_filter_and_paginate(client):
    quotes = all_pages(client, "/api/quotes?speaker=Dedi+Supriadi&limit=3")
    assert len(quotes) == 11 and {q["speaker"] for q in quotes} == {"Dedi Supriadi"}
    direct = all_pages(client, "/api/quotes?kind=direct&outlet=kabarnusa.com&limit=50")
    assert direct and {(q["kind"], q["outlet"]) for q in direct} == {("direct", "kabarnusa.com")}
    assert isinstance(direct[0]["via"], list)


def test_serve_api_search_finds_articles_and_quotes(client):
    body = client.get("/api/search", params={"q": "banjir", "since": "2024-03-12", "until": "2024-03-12"}).json()
    assert "kabarnusa-banjir-bandung" in {a["id"] for a in body["articles"]}
    assert all(a["published"] == "2024-03-12" for a in body["articles"])
    assert any("[banjir]" in a["snippet"].lower() for a in body["articles"])
    assert all("banjir" in q["text"].lower() or "banjir" in (q["speaker"] or "").lower() for q in body["quotes"])


def test_serve_api_search_reads_user_text_as_words_not_syntax(client):
    for q in ['banjir"', "NEAR(a b)", "title:x", "a OR", "*", "-"]:
        assert client.get("/api/search", params={"q": q}).status_code == 200


@pytest.mark.parametrize("path,message", [
    ("/api/articles/no-such-id", "no article 'no-such-id'"),
    ("/api/outlets/Nowhere", "no outlet 'Nowhere'"),
])
def test_serve_unknown_ids_are_json_404s(client, path, message):
    response = client.get(path)
    assert response.status_code == 404
    assert response.json() == {"error": response.json()["error"], "status": 404}
    assert message in response.json()["error"]


@pytest.mark.parametrize("path,message", [
    ("/api/articles?since=yesterday", "since must be a date"),
    ("/api/articles?since=2024-03-10&until=2024-03-01", "is after until"),
    ("/api/articles?limit=0", "limit"),
    ("/api/articles?limit=abc", "limit"),
    ("/api/articles?cursor=bm90IGEgY3Vyc29y", "cursor"),
    ("/api/quotes?cursor=WyJhIiwiYiJd", "cursor"),
    ("/api/quotes?kind=shouted", "kind must be one of"),
    ("/api/search?q=", "q must contain"),
    ("/api/search", "q"),
    ("/api/export/secrets", "what"),
    ("/api/export/quotes?format=xlsx", "format"),
    ("/api/entities/99999999999999999999", "entity_id"),
    ("/api/search?q=banjir&cursor=" + "WzFd", "cursor"),
    ("/api/search?q=banjir&cursor=LTU", "cursor"),
])
def test_serve_bad_parameters_get_a_400_with_a_reason(client, path, message):
    response = client.get(path)
    assert response.status_code == 400
    assert message in response.json()["error"]


def test_serve_bad_parameters_on_pages_get_an_error_page(client):
    response = client.get("/search?q=x&since=12-12-2024")
    assert response.status_code == 400 and "since must be a date" in response.text
    assert client.get("/articles/nope").status_code == 404


def test_serve_export_formats_hold_the_same_rows(client, sample_store):
    as_jsonl = [json.loads(line) for line in client.get("/api/export/quotes?format=jsonl").text.splitlines()]
    as_csv = list(csv.DictReader(io.StringIO(client.get("/api/export/quotes?format=csv").text)))
    as_parquet = pq.read_table(io.BytesIO(client.get("/api/export/quotes?format=parquet").content)).to_pylist()
    stored = Database(sample_store, create=False).count("quotes")
    assert stored > 100 and len(as_jsonl) == len(as_csv) == len(as_parquet) == stored
    assert as_jsonl == as_parquet
    assert list(as_csv[0]) == ["quote_id", "article_id", "outlet", "published", "story_id", "speaker", "entity_id",
                               "speaker_type", "cue", "via", "kind", "text", "start", "end", "confidence"]
    relayed = next(q for q in as_jsonl if q["via"])
    assert next(r for r in as_csv if r["quote_id"] == str(relayed["quote_id"]))["via"] == " > ".join(relayed["via"])


def test_serve_write_endpoint_exists_only_with_a_token(sample_store, tmp_path):
    read_only = TestClient(create_app(sample_store))
    assert read_only.post("/api/articles", json={"text": "x"}).status_code == 405
    path = tmp_path / "w.db"
    Database(path).close()
    writable = TestClient(create_app(path, token="s3cret"))
    assert writable.get("/api/articles").json()["items"] == []  # now in the response cache
    article = {"id": "api-1", "outlet": "Kabar Nusantara", "published": "2024-03-12",
               "text": "JAKARTA - Harga beras naik lima persen, kata pedagang di Pasar Induk."}
    assert writable.post("/api/articles", json=article).status_code == 401
    assert writable.post("/api/articles", json=article, headers={"Authorization": "Bearer wrong"}).status_code == 401
    response = writable.post("/api/articles", json=article, headers={"Authorization": "Bearer s3cret"})
    assert response.status_code == 201 and response.json() == {"id": "api-1", "status": "stored"}
    assert writable.get("/api/articles/api-1").json()["outlet"] == "Kabar Nusantara"
    assert [a["id"] for a in writable.get("/api/articles").json()["items"]] == ["api-1"]  # the cache saw the change


def test_serve_opens_the_store_read_only(sample_store):
    app = create_app(sample_store)
    from warta.store.reader import Reader
    reader = Reader(app.state.db_path)
    with pytest.raises(sqlite3.OperationalError, match="readonly"):
        reader.conn.execute("DELETE FROM articles")
    reader.close()


def test_serve_refuses_a_missing_store(tmp_path):
    with pytest.raises(StoreError, match="no store at .*warta ingest"):
        create_app(tmp_path / "missing.db")


def story_of(client, article_id):
    stories = all_pages(client, "/api/stories?min_articles=1&limit=50")
    return next(s for s in stories if article_id in s["articles"])


def test_serve_api_stories_partition_the_articles(client, sample_store):
    stories = all_pages(client, "/api/stories?min_articles=1&limit=4")
    ids = [a for s in stories for a in s["articles"]]
    assert len(ids) == len(set(ids)) == Database(sample_store).count("articles")


def test_serve_api_story_compares_its_outlets(client):
    story = story_of(client, "kabarnusa-banjir-bandung")
    detail = client.get(f"/api/stories/{story['id']}").json()
    assert {"coverage", "variants", "framing", "figures", "articles"} <= detail.keys()
    assert "kabarnusa-banjir-bandung" in {a["id"] for a in detail["articles"]}
    assert {o["outlet"] for o in detail["framing"]["outlets"]} == {c["outlet"] for c in detail["coverage"]}
    assert client.get(f"/api/quotes?story={story['id']}&limit=200").json()["items"]


def test_serve_api_entity_has_its_quotes_and_outlets(client):
    found = client.get("/api/entities", params={"q": "Dedi Supriadi"}).json()["items"]
    dedi = next(e for e in found if e["name"] == "Dedi Supriadi")
    detail = client.get(f"/api/entities/{dedi['id']}").json()
    assert detail["type"] == "PER"
    assert "kabarnusa-banjir-bandung" in {q["article_id"] for q in detail["quotes"]}
    quotes = all_pages(client, f"/api/quotes?entity={dedi['id']}&limit=5")
    assert quotes and {q["entity_id"] for q in quotes} == {dedi["id"]}


@pytest.mark.parametrize("path,status", [("/api/stories/999999", 404), ("/api/entities/999999", 404),
                                         ("/api/stories/abc", 400), ("/api/entities/-1", 400),
                                         ("/api/entities?type=XYZ", 400), ("/api/stories?min_articles=0", 400)])
def test_serve_api_corpus_errors(client, path, status):
    response = client.get(path)
    assert response.status_code == status and response.json()["status"] == status


def test_serve_corpus_pages_render(client):
    story = story_of(client, "kabarnusa-banjir-bandung")
    dedi = next(e for e in client.get("/api/entities", params={"q": "Dedi"}).json()["items"]
                if e["name"] == "Dedi Supriadi")
    for path in ["/stories", "/entities", "/entities?type=PER&q=Dedi", f"/stories/{story['id']}",
                 f"/entities/{dedi['id']}", f"/search?story={story['id']}", f"/search?entity={dedi['id']}"]:
        response = client.get(path)
        assert response.status_code == 200, path
    assert client.get("/stories/999999").status_code == 404


def test_serve_export_stories_list_every_article(client, sample_store):
    stories = [json.loads(line) for line in client.get("/api/export/stories").text.splitlines()]
    assert sorted(a for s in stories for a in s["article_ids"]) == sorted(
        r["id"] for r in all_pages(client, "/api/articles?limit=50"))


def test_serve_search_words_that_match_everything_do_not_rank(client):
    everywhere = client.get("/api/search", params={"q": "yang"}).json()
    assert everywhere["articles"] and everywhere["quotes"]
    with_stop_word = client.get("/api/search", params={"q": "banjir yang"}).json()
    assert [a["id"] for a in with_stop_word["articles"]] == [
        a["id"] for a in client.get("/api/search", params={"q": "banjir"}).json()["articles"]]


def test_serve_search_takes_prefixes_and_leaves_page_furniture_out(client):
    prefix = client.get("/api/search", params={"q": "banj*"}).json()
    assert "kabarnusa-banjir-bandung" in {a["id"] for a in prefix["articles"]}
    furniture = client.get("/api/search", params={"q": "Peringatan Dini Cuaca Ekstrem"}).json()  # a `Baca juga:`
    assert "kabarnusa-banjir-bandung" not in {a["id"] for a in furniture["articles"]}


def test_serve_api_outlets_count_articles_and_quotes(client, sample_store):
    outlets = client.get("/api/outlets").json()["items"]
    assert sum(o["articles"] for o in outlets) == Database(sample_store).count("articles")
    kabar = client.get("/api/outlets/kabarnusa.com").json()
    assert kabar["articles"] == 3 and "Dedi Supriadi" in {s["speaker"] for s in kabar["speakers"]}
