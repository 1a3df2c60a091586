"""The pages people read: server-rendered HTML, one route per shareable URL."""

from __future__ import annotations

from collections import Counter, defaultdict
from typing import Annotated
from urllib.parse import urlencode

from fastapi import APIRouter, HTTPException, Query, Request

from .. import corpus
from ..store.reader import Filters
from . import charts
from .deps import Cursor, FiltersDep, Id, StoreDep, decode_cursor, encode_cursor
from .marks import runs
from .search import search as search_store
from .views import labels, language, outlet_path, render

router = APIRouter(include_in_schema=False)
PAGE = 20


def speaker_bars(speakers: list[dict]) -> list[tuple[str, str, int]]:
    """Most quoted: a corpus entity's page when the speaker is linked to one, else their quotes."""
    return [(s["speaker"], f"/entities/{s['entity_id']}" if s["entity_id"] is not None
             else "/search?" + urlencode({"speaker": s["speaker"]}), s["quotes"]) for s in speakers]


def day_chart(request: Request, rows: list[dict], days: int = 31) -> dict:
    """Counts per outlet per day (`{"outlet", "day", "n"}` rows), labelled in the reader's language."""
    t = labels()[language(request)]
    return charts.stacked_days(rows, "outlet", days=days, other_label=t["other"], unknown_label=t["unknown_outlet"])


@router.get("/")
def home(request: Request, store: StoreDep):
    return render(request, "home.html", {
        "nav": "home",
        "overview": store.overview(),
        "per_day": day_chart(request, store.articles_per_outlet_day()),
        "speakers": speaker_bars(store.top_speakers(limit=10)),
        "latest": store.articles(limit=8),
        "stories": store.biggest_stories(limit=8),
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
        found_articles, found_quotes = search_store(store, q, filters, offset, PAGE + 1)
    elif searched:
        found_quotes = store.quotes(filters, offset=offset, limit=PAGE + 1)
        found_articles = store.articles(filters, offset=offset, limit=PAGE + 1)
    more = len(found_articles) > PAGE or len(found_quotes) > PAGE
    return render(request, "search.html", {
        "nav": "search", "q": q, "filters": filters, "outlets": store.outlet_names(), "searched": searched,
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
        "story": store.story_of(article_id),
        "entity_links": store.corpus_links(article_id),
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


@router.get("/stories")
def stories(request: Request, store: StoreDep, filters: FiltersDep, cursor: Cursor = None):
    offset = decode_cursor(cursor, int) or 0
    rows = corpus.list_stories(store, since=filters.since, until=filters.until, outlet=filters.outlet,
                               min_articles=2, limit=PAGE + 1, offset=offset)
    return render(request, "stories.html", {
        "nav": "stories", "stories": rows[:PAGE], "filters": filters, "outlets": store.outlet_names(),
        "next": encode_cursor(offset + PAGE) if len(rows) > PAGE else None,
    })


@router.get("/stories/{story_id}")
def story(request: Request, story_id: Id, store: StoreDep):
    detail = corpus.story_detail(store, story_id)
    if detail is None:
        raise HTTPException(status_code=404, detail=f"no story {story_id} in this store")
    outlets = [o["outlet"] for o in detail["coverage"]]
    voice_kinds = {o["outlet"]: charts.shares(o.get("voice_kinds") or {}, charts.VOICE_COLOURS)
                   for o in detail["framing"]["outlets"]}
    return render(request, "story.html", {
        "nav": "stories", "story": detail, "outlets": outlets, "voice_kinds": voice_kinds,
        "voice_colours": charts.VOICE_COLOURS,
        "articles": sorted(detail["articles"], key=lambda a: (a["published"] or "", a["id"])),
    })


@router.get("/entities")
def entities(request: Request, store: StoreDep, cursor: Cursor = None,
             type: Annotated[str | None, Query(pattern="^(PER|ORG|LOC)?$")] = None,
             q: Annotated[str, Query(max_length=200)] = ""):
    offset = decode_cursor(cursor, int) or 0
    rows = corpus.list_entities(store, type=type or None, query=q.strip() or None, limit=PAGE + 1, offset=offset)
    return render(request, "entities.html", {
        "nav": "entities", "entities": rows[:PAGE], "type": type, "q": q,
        "next": encode_cursor(offset + PAGE) if len(rows) > PAGE else None,
    })


@router.get("/entities/{entity_id}")
def entity(request: Request, entity_id: Id, store: StoreDep):
    detail = corpus.entity_detail(store, entity_id)
    if detail is None:
        raise HTTPException(status_code=404, detail=f"no entity {entity_id} in this store")
    per_day = Counter((q["outlet"] or "", q["published"]) for q in detail["quotes"] if q["published"])
    by_story: dict = defaultdict(list)
    for quote in detail["quotes"]:
        by_story[quote["story_id"]].append(quote)
    unknown = labels()[language(request)]["unknown_outlet"]
    return render(request, "entity.html", {
        "nav": "entities", "entity": detail,
        "timeline": day_chart(request, [{"outlet": o, "day": d, "n": n} for (o, d), n in per_day.items()], days=92),
        "outlet_bars": [(o["outlet"] or unknown, outlet_path(o["outlet"]), o["quotes"])
                        for o in detail["outlets"] if o["quotes"]],
        "by_story": sorted(by_story.items(), key=lambda kv: -len(kv[1])),
        "story_titles": store.story_titles([s for s in by_story if s is not None]),
    })
