"""Rendering pages: the Jinja2 environment (autoescaping on), interface labels in
English or Indonesian, and the filters templates use for untrusted strings."""

from __future__ import annotations

import json
from functools import cache
from importlib.resources import files
from urllib.parse import quote, urlencode, urlsplit

from fastapi import Request
from fastapi.templating import Jinja2Templates
from markupsafe import Markup, escape

from ..store.reader import MARK_CLOSE, MARK_OPEN

LANGS = ("en", "id")
templates = Jinja2Templates(directory=str(files("warta.serve") / "templates"))


@cache
def labels() -> dict[str, dict[str, str]]:
    return json.loads((files("warta.serve") / "labels.json").read_text(encoding="utf-8"))


def language(request: Request) -> str:
    """?lang= first, then the cookie it sets, then the browser's Accept-Language."""
    chosen = request.query_params.get("lang") or request.cookies.get("lang")
    if chosen in LANGS:
        return chosen
    return "id" if request.headers.get("accept-language", "").lower().startswith("id") else "en"


def marked(snippet: str | None) -> Markup:
    """A search snippet with its matches in <mark>: escaped first, then marked."""
    text = str(escape(snippet or ""))
    return Markup(text.replace(MARK_OPEN, "<mark>").replace(MARK_CLOSE, "</mark>"))


def safe_url(url: str | None) -> str | None:
    """Only http(s) links from scraped data become links (no `javascript:`, no `data:`)."""
    if not url:
        return None
    return url if urlsplit(url.strip()).scheme.lower() in ("http", "https") else None


def outlet_path(name: str | None) -> str:
    return "/outlets/" + (quote(name, safe="") if name else "-")


def article_path(article_id: str) -> str:
    return "/articles/" + quote(article_id, safe="")


def with_query(request: Request, **changes) -> str:
    """The current URL with some query parameters changed (None removes one)."""
    params = dict(request.query_params)
    params.update(changes)
    return request.url.path + "?" + urlencode({k: v for k, v in params.items() if v not in (None, "")})


templates.env.filters.update(marked=marked, safe_url=safe_url, outlet_path=outlet_path, article_path=article_path)
templates.env.globals.update(with_query=with_query, quote=quote)


def render(request: Request, name: str, context: dict, status_code: int = 200):
    lang = language(request)
    response = templates.TemplateResponse(request, name, {"t": labels()[lang], "lang": lang, **context},
                                          status_code=status_code)
    if request.query_params.get("lang") in LANGS:
        response.set_cookie("lang", lang, max_age=365 * 86400, samesite="lax")
    return response
