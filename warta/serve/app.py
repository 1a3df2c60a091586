"""The web application: `create_app(db_path)` builds it; `warta serve` runs it with uvicorn.

Read-only by default (each request opens the store in SQLite's read-only mode);
with a token, `POST /api/articles` ingests, and refuses requests without it.
Every page is sent with a Content-Security-Policy that allows only the
package's own script and styles, so text scraped from the web cannot run even
if something slipped through escaping."""

from __future__ import annotations

import threading
import time
from importlib.resources import files
from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.openapi.docs import get_swagger_ui_html
from fastapi.responses import HTMLResponse, JSONResponse
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException

from .. import __version__
from ..store.reader import check
from . import api, pages
from .cache import ResponseCache
from .views import render

STATIC = Path(str(files("warta.serve") / "static"))
SWAGGER = "/static/vendor/swagger-ui-5.35.0"
# style-src-attr: bar widths and swatch colours are style attributes the server writes (numbers and
# its own palette); scripts stay limited to the package's own file.
CSP = ("default-src 'self'; script-src 'self'; style-src 'self'; style-src-attr 'unsafe-inline'; "
       "img-src 'self' data:; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'")
# Swagger UI starts itself with one inline script; /docs alone allows that.
DOCS_CSP = CSP.replace("script-src 'self'", "script-src 'self' 'unsafe-inline'").replace(
    "style-src 'self'", "style-src 'self' 'unsafe-inline'")


def create_app(db_path: str | Path, token: str | None = None, cache: bool = True) -> FastAPI:
    """The app over the store at `db_path`; raises StoreError if it cannot be served as it is.
    `cache`: keep API responses until the store changes (see cache.py)."""
    check(db_path)
    app = FastAPI(title="Warta", version=__version__, docs_url=None, redoc_url=None,
                  description="Who said what, about whom, when and according to whom, in Indonesian news. "
                              "Read-only JSON over a Warta store; lists are paginated with `next` cursors.")
    app.state.db_path = str(db_path)
    app.state.token = token
    app.state.write_lock = threading.Lock()
    app.mount("/static", StaticFiles(directory=STATIC), name="static")
    app.include_router(api.router)
    if token:
        app.include_router(api.write_router)
    app.include_router(pages.router)

    if cache:
        app.add_middleware(ResponseCache, db_path=app.state.db_path)
    app.add_middleware(Headers)

    @app.get("/docs", include_in_schema=False)
    def docs() -> HTMLResponse:
        return get_swagger_ui_html(openapi_url="/openapi.json", title="Warta API",
                                   swagger_js_url=f"{SWAGGER}/swagger-ui-bundle.js",
                                   swagger_css_url=f"{SWAGGER}/swagger-ui.css",
                                   swagger_favicon_url="/static/favicon.svg")

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, error: StarletteHTTPException):
        return error_response(request, error.status_code, str(error.detail))

    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, error: RequestValidationError):
        return error_response(request, 400, "; ".join(_describe(e) for e in error.errors()))

    return app


class Headers:
    """Security headers on every response, and the server's own time (Server-Timing, shown by
    browsers' developer tools and read by bench/bench_api.py). Plain ASGI: it adds no task
    or thread hop to a request, unlike an `@app.middleware("http")` function."""

    def __init__(self, app):
        self.app = app

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        started = time.perf_counter()
        csp = (DOCS_CSP if scope["path"] == "/docs" else CSP).encode()

        async def send_with_headers(message):
            if message["type"] == "http.response.start":
                took = f"app;dur={(time.perf_counter() - started) * 1000:.1f}".encode()
                message["headers"] = [*message.get("headers", []), (b"content-security-policy", csp),
                                      (b"x-content-type-options", b"nosniff"), (b"referrer-policy", b"no-referrer"),
                                      (b"server-timing", took)]
            await send(message)

        await self.app(scope, receive, send_with_headers)


def _describe(error: dict) -> str:
    where = ".".join(str(p) for p in error.get("loc", ())[1:]) or "request"
    return f"{where}: {error.get('msg', 'invalid')}"


def error_response(request: Request, status: int, message: str):
    """JSON for the API, a page for people."""
    if request.url.path.startswith("/api/") or request.url.path == "/api":
        return JSONResponse({"error": message, "status": status}, status_code=status)
    return render(request, "error.html", {"status": status, "message": message}, status_code=status)
