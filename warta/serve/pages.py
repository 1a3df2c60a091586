"""The pages people read: server-rendered HTML, one route per shareable URL."""

from __future__ import annotations

from typing import Annotated
from urllib.parse import urlencode

from fastapi import APIRouter, HTTPException, Query, Request

from ..store.reader import Filters
from . import charts
from .deps import Cursor, FiltersDep, StoreDep, decode_cursor, encode_cursor
from .marks import runs
from .views import labels, language, outlet_path, render

router = APIRouter(include_in_schema=False)
PAGE = 20


def speaker_bars(speakers: list[dict]) -> list[tuple[str, str, int]]:
    return [(s["speaker"], "/search?" + urlencode({"speaker": s["speaker"]}), s["quotes"]) for s in speakers]


def day_chart(request: Request, rows: list[dict]) -> dict:
    """Articles per outlet per day, labelled in the reader's language."""
    t = labels()[language(request)]
    return charts.stacked_days(rows, "outlet", other_label=t["other"], unknown_label=t["unknown_outlet"])


@router.get("/")
def home(request: Request, store: StoreDep):
    return render(request, "home.html", {
        "nav": "home",
        "overview": store.overview(),
        "per_day": day_chart(request, store.articles_per_outlet_day()),
        "speakers": speaker_bars(store.top_speakers(limit=10)),
        "latest": store.articles(limit=8),
        "outlets": [(o["outlet"] or labels()[language(request)]["unknown_outlet"], outlet_path(o["outlet"]),
                     o["articles"]) for o in store.outlets()[:8]],
    })


@router.get("/search")
def search(request: Request, store: StoreDep, filters: FiltersDep,
           q: Annotated[str, Query(max_length=500)] = "", cursor: Cursor = None):
    """Full-text search; with filters but no words, the quotes and articles the filters select."""
    offset = decode_cursor(cursor, int) or 0
    searched = bool(q.strip()) or filters != Filters()
    found_articles = found_quotes = []
    if q.strip():
        found_articles = store.search_articles(q, filters, offset=offset, limit=PAGE + 1)
        found_quotes = store.search_quotes(q, filters, offset=offset, limit=PAGE + 1)
    elif searched:
        found_quotes = store.quotes(filters, offset=offset, limit=PAGE + 1)
        found_articles = store.articles(filters, offset=offset, limit=PAGE + 1)
    more = len(found_articles) > PAGE or len(found_quotes) > PAGE
    return render(request, "search.html", {
        "nav": "search", "q": q, "filters": filters, "outlets": store.outlets(), "searched": searched,
        "articles": found_articles[:PAGE], "quotes": found_quotes[:PAGE],
        "next": encode_cursor(offset + PAGE) if more else None,
        "prev": (encode_cursor(offset - PAGE) if offset > PAGE else "") if offset else None,
    })


@router.get("/articles/{article_id:path}")
def article(request: Request, article_id: str, store: StoreDep):
    record = store.record(article_id)
    if record is None:
        raise HTTPException(status_code=404, detail=f"no article {article_id!r} in this store")
    entities = {e["id"]: e for e in record.get("entities", [])}
    boilerplate: dict[str, int] = {}
    for mark in record.get("boilerplate", []):
        boilerplate[mark["kind"]] = boilerplate.get(mark["kind"], 0) + 1
    return render(request, "article.html", {
        "nav": "search", "record": record, "runs": runs(record), "entities": entities,
        "boilerplate": boilerplate,
        "dateline_text": record["text"][record["dateline"]["start"]:record["dateline"]["end"]]
        if record.get("dateline") else None,
    })


@router.get("/outlets")
def outlets(request: Request, store: StoreDep):
    return render(request, "outlets.html", {"nav": "outlets", "outlets": store.outlets()})


@router.get("/outlets/{name:path}")
def outlet(request: Request, name: str, store: StoreDep, cursor: Cursor = None):
    stored = "" if name == "-" else name
    found = store.outlet(stored)
    if found is None:
        raise HTTPException(status_code=404, detail=f"no outlet {name!r} in this store")
    filters = Filters(outlet=stored)
    after = decode_cursor(cursor, (str, str))
    latest = store.articles(filters, after=after, limit=PAGE + 1)
    per_day = [r for r in store.articles_per_outlet_day() if r["outlet"] == stored]
    return render(request, "outlet.html", {
        "nav": "outlets", "outlet": found,
        "speakers": speaker_bars(store.top_speakers(filters, limit=15)),
        "entities": store.outlet_entities(stored),
        "kinds": charts.shares(store.quote_kinds(filters)),
        "per_day": day_chart(request, per_day),
        "articles": latest[:PAGE],
        "next": encode_cursor([latest[PAGE - 1]["published"] or "", latest[PAGE - 1]["id"]])
        if len(latest) > PAGE else None,
    })
