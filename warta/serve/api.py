"""The JSON API: the same data as the pages, paginated with `next` cursors.

Lists answer `{"items": [...], "next": CURSOR | null}`; pass `cursor=NEXT` for the
following page. An unknown id is a 404 with `{"error": ..., "status": 404}`."""

from __future__ import annotations

import secrets
from typing import Annotated, Literal

from fastapi import APIRouter, Header, HTTPException, Query, Request
import orjson
from fastapi.responses import Response, StreamingResponse
from pydantic import BaseModel, Field

from .. import corpus
from ..store.reader import MARK_CLOSE, MARK_OPEN, Filters
from . import export as exports
from .search import search as search_store
from .deps import Cursor, FiltersDep, Id, Limit, StoreDep, bad_request, decode_cursor, encode_cursor



class JSON(Response):
    """JSON by orjson, skipping FastAPI's validation of what the store already shaped."""
    media_type = "application/json"

    def render(self, content) -> bytes:
        return orjson.dumps(content, option=orjson.OPT_NON_STR_KEYS)  # an outlet may be None


router = APIRouter(prefix="/api", tags=["read"], default_response_class=JSON)
write_router = APIRouter(prefix="/api", tags=["write"], default_response_class=JSON)


def page(items: list[dict], limit: int, key) -> dict:
    """A page of `limit` items (one extra was fetched to know whether more follow)."""
    more = len(items) > limit
    items = items[:limit]
    return {"items": items, "next": encode_cursor(key(items[-1])) if more else None}


def not_found(what: str, key: str | int) -> HTTPException:
    return HTTPException(status_code=404, detail=f"no {what} {key!r} in this store")


@router.get("/articles", summary="Articles, newest first")
def articles(store: StoreDep, filters: FiltersDep, limit: Limit = 20, cursor: Cursor = None) -> JSON:
    after = decode_cursor(cursor, (str, str))
    rows = store.articles(filters, after=after, limit=limit + 1)
    return JSON(page(rows, limit, lambda r: [r["published"] or "", r["id"]]))


@router.get("/articles/{article_id:path}", summary="One article record (the extract-output spec)")
def article(article_id: str, store: StoreDep) -> Response:
    record = store.record_json(article_id)  # sent as stored, not parsed and serialised again
    if record is None:
        raise not_found("article", article_id)
    return Response(record, media_type="application/json")


@router.get("/quotes", summary="Quotes with speaker, cue, via chain and story, in order of their stable ids")
def quotes(store: StoreDep, filters: FiltersDep, limit: Limit = 20, cursor: Cursor = None) -> JSON:
    after = decode_cursor(cursor, (str,))
    rows = store.quotes(filters, after=after[0] if after else None, limit=limit + 1)
    return JSON(page(rows, limit, lambda r: [r["id"]]))


@router.get("/search", summary="Full-text search over articles and quotes, best first")
def search(store: StoreDep, filters: FiltersDep,
           q: Annotated[str, Query(max_length=500, description="Words to find (all must match).")],
           limit: Limit = 20, cursor: Cursor = None) -> JSON:
    if not q.strip():
        raise bad_request("q must contain at least one word")
    offset = decode_cursor(cursor, int) or 0
    found_articles, found_quotes = search_store(store, q, filters, offset, limit + 1)
    more = len(found_articles) > limit or len(found_quotes) > limit
    for row in found_articles:
        row["snippet"] = row["snippet"].replace(MARK_OPEN, "[").replace(MARK_CLOSE, "]")
    for row in found_quotes:
        row.pop("marked")
    return JSON({"query": q, "articles": found_articles[:limit], "quotes": found_quotes[:limit],
                 "next": encode_cursor(offset + limit) if more else None})


@router.get("/stories", summary="Stories (articles from one or more outlets on one event), newest first")
def stories(store: StoreDep, filters: FiltersDep, limit: Limit = 20, cursor: Cursor = None,
            min_articles: Annotated[int, Query(ge=1, le=1000, description="Smallest story size (1: all).")] = 2
            ) -> JSON:
    offset = decode_cursor(cursor, int) or 0
    rows = corpus.list_stories(store, since=filters.since, until=filters.until, outlet=filters.outlet,
                               min_articles=min_articles, limit=limit + 1, offset=offset)
    return JSON(page(rows, limit, lambda _: offset + limit))


@router.get("/stories/{story_id}", summary="One story: coverage per outlet, framing, figures, quote variants")
def story(story_id: Id, store: StoreDep) -> JSON:
    detail = corpus.story_detail(store, story_id)
    if detail is None:
        raise not_found("story", story_id)
    return JSON(detail)


@router.get("/entities", summary="Corpus entities (one per person, organisation, place), most quoted first")
def entities(store: StoreDep, limit: Limit = 20, cursor: Cursor = None,
             type: Annotated[Literal["PER", "ORG", "LOC"] | None, Query(description="PER, ORG or LOC.")] = None,
             q: Annotated[str | None, Query(max_length=200, description="Part of any of its names.")] = None) -> JSON:
    offset = decode_cursor(cursor, int) or 0
    rows = corpus.list_entities(store, type=type, query=q or None, limit=limit + 1, offset=offset)
    return JSON(page(rows, limit, lambda _: offset + limit))


@router.get("/entities/{entity_id}", summary="One entity: aliases, roles over time, articles, quotes, outlets")
def entity(entity_id: Id, store: StoreDep) -> JSON:
    detail = corpus.entity_detail(store, entity_id)
    if detail is None:
        raise not_found("entity", entity_id)
    return JSON(detail)


@router.get("/outlets", summary="Outlets with their article and quote counts")
def outlets(store: StoreDep) -> JSON:
    return JSON({"items": store.outlets()})


@router.get("/outlets/{name:path}", summary="One outlet: counts, whom it quotes, what it covers")
def outlet(name: str, store: StoreDep) -> JSON:
    stored = "" if name == "-" else name
    found = store.outlet(stored)
    if found is None:
        raise not_found("outlet", name)
    return JSON({**found, "speakers": store.top_speakers(Filters(outlet=stored), limit=20),
                 "entities": store.outlet_entities(stored, limit=20)})


@router.get("/export/{what}", summary="A whole table as JSON Lines, CSV or Parquet")
def export(what: Literal[exports.WHAT], store: StoreDep,  # type: ignore[valid-type]
           format: Literal["jsonl", "csv", "parquet"] = "jsonl") -> StreamingResponse:
    chunks = list(exports.export(store, what, format)) if format == "parquet" else exports.export(store, what, format)
    filename = f"warta-{what}.{format}"
    return StreamingResponse(chunks, media_type=exports.MEDIA_TYPES[format],
                             headers={"Content-Disposition": f'attachment; filename="{filename}"'})


class ArticleIn(BaseModel):
    """An article to extract and store; only `text` is required."""
    text: str = Field(min_length=1, max_length=5_000_000)
    id: str | None = Field(default=None, max_length=500)
    outlet: str | None = Field(default=None, max_length=200)
    published: str | None = Field(default=None, max_length=40)
    title: str | None = Field(default=None, max_length=2000)
    url: str | None = Field(default=None, max_length=4000)


@write_router.post("/articles", status_code=201, summary="Extract and store one article (needs the token)")
def ingest(item: ArticleIn, request: Request,
           authorization: Annotated[str | None, Header(description="Bearer TOKEN")] = None) -> JSON:
    expected = f"Bearer {request.app.state.token}"
    if authorization is None or not secrets.compare_digest(authorization.encode(), expected.encode()):
        raise HTTPException(status_code=401, detail="this endpoint needs `Authorization: Bearer TOKEN` "
                                                    "with the token the server was started with")
    import warta
    from ..store import Database

    record = warta.extract(item.text, **item.model_dump(exclude={"text"}, exclude_none=True))
    with request.app.state.write_lock:
        store = Database(request.app.state.db_path)
        try:
            status = store.save(record, origin="api", pipeline_version=corpus.pipeline_version())
            corpus.update(store, [record["id"]])  # into its story, its speakers linked
        finally:
            store.close()
    return JSON({"id": record["id"], "status": status}, status_code=201)
