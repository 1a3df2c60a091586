"""Typed dependencies shared by pages and API routes: a read-only store per
request, the filters every list accepts, and opaque pagination cursors."""

from __future__ import annotations

import base64
import binascii
from collections.abc import AsyncIterator
from datetime import date
from typing import Annotated

import orjson
from fastapi import Depends, HTTPException, Path, Query, Request

from ..store.reader import Filters, Reader

KINDS = ("direct", "indirect", "mixed")
MAX_ID = 2**63 - 1  # SQLite's largest integer: a larger id or offset is a 400, not an overflow


async def get_reader(request: Request) -> AsyncIterator[Reader]:
    """A connection of its own for each request, closed when the response is sent.
    (Opening one takes some 40 µs: done on the event loop, it saves a thread hop.)"""
    reader = Reader(request.app.state.db_path)
    try:
        yield reader
    finally:
        reader.close()


StoreDep = Annotated[Reader, Depends(get_reader)]


def bad_request(message: str) -> HTTPException:
    return HTTPException(status_code=400, detail=message)


def _day(name: str, value: str | None) -> str | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value).isoformat()
    except ValueError:
        raise bad_request(f"{name} must be a date as YYYY-MM-DD, not {value!r}") from None


async def get_filters(
    outlet: Annotated[str | None, Query(max_length=200, description="Outlet name as stored.")] = None,
    since: Annotated[str | None, Query(description="First publication day, YYYY-MM-DD.")] = None,
    until: Annotated[str | None, Query(description="Last publication day, YYYY-MM-DD.")] = None,
    speaker: Annotated[str | None, Query(max_length=200, description="Speaker name as extracted.")] = None,
    kind: Annotated[str | None, Query(description="Quote kind: direct, indirect or mixed.")] = None,
    article: Annotated[str | None, Query(max_length=500, description="One article id.")] = None,
    story: Annotated[int | None, Query(ge=0, le=MAX_ID, description="One story id.")] = None,
    entity: Annotated[int | None, Query(ge=0, le=MAX_ID, description="Quotes of one corpus entity (its id).")] = None,
) -> Filters:
    """Empty values (as a search form sends them) mean no filter."""
    if kind and kind not in KINDS:
        raise bad_request(f"kind must be one of {', '.join(KINDS)}, not {kind!r}")
    since, until = _day("since", since), _day("until", until)
    if since and until and since > until:
        raise bad_request(f"since ({since}) is after until ({until})")
    return Filters(outlet=outlet or None, since=since, until=until, speaker=speaker or None,
                   kind=kind or None, article=article or None, story=story, entity=entity)


FiltersDep = Annotated[Filters, Depends(get_filters)]
Limit = Annotated[int, Query(ge=1, le=200, description="Rows per page (1-200).")]
Id = Annotated[int, Path(ge=0, le=MAX_ID)]
Cursor = Annotated[str | None, Query(max_length=2000, description="`next` from the previous page.")]


def encode_cursor(value) -> str:
    return base64.urlsafe_b64encode(orjson.dumps(value)).rstrip(b"=").decode()


def decode_cursor(cursor: str | None, shape: type | tuple):
    """The value a cursor carries, checked against the shape the route expects
    (an int, or a tuple of that many strings); a 400 for anything else."""
    if not cursor:
        return None
    try:
        value = orjson.loads(base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)))
    except (binascii.Error, ValueError):
        value = None
    if shape is int and type(value) is int and 0 <= value <= MAX_ID:
        return value
    if isinstance(shape, tuple) and isinstance(value, list) and len(value) == len(shape) and all(
            isinstance(v, t) for v, t in zip(value, shape)):
        return tuple(value)
    raise bad_request("cursor is not one this server gave out: use the `next` value of the previous page")
