"""The FastAPI application: wiring, templates, security headers, error pages."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import timedelta
from pathlib import Path
from urllib.parse import quote

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import RedirectResponse, Response
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException

from bot.app import App
from bot.errors import ReviewError
from bot.store.db import utcnow
from bot.web import templating
from bot.web.auth import LoginLimiter
from bot.web.deps import LoginRequired
from replies.send import Transport

STATIC = Path(__file__).parent / "static"

# No script may run and nothing may load from elsewhere: mail text is hostile,
# and even a slip in escaping must stay inert. The UI needs no JavaScript.
CSP = (
    "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; "
    "frame-ancestors 'none'; base-uri 'none'"
)


@dataclass
class WebState:
    app: App
    limiter: LoginLimiter
    now: Callable = utcnow
    transport: Callable[[], Transport] | None = field(default=None)

    def make_transport(self) -> Transport:
        return self.transport() if self.transport else self.app.transport()


def create_app(application: App, *, now: Callable = utcnow) -> FastAPI:
    web = application.config.web
    api = FastAPI(docs_url=None, redoc_url=None, openapi_url=None)
    limiter = LoginLimiter(web.max_login_failures, timedelta(minutes=web.login_lockout_minutes))
    api.state.web = WebState(application, limiter, now)
    api.mount("/static", StaticFiles(directory=STATIC), name="static")
    from bot.web import (
        routes_auth,
        routes_case,
        routes_decide,
        routes_ledger,
        routes_messages,
        routes_queue,
    )

    for module in (
        routes_auth,
        routes_queue,
        routes_case,
        routes_decide,
        routes_ledger,
        routes_messages,
    ):
        api.include_router(module.router)
    api.middleware("http")(_security_headers)
    api.exception_handler(LoginRequired)(_to_login)
    api.exception_handler(StarletteHTTPException)(_error_page)
    api.exception_handler(ReviewError)(_review_error)
    api.exception_handler(RequestValidationError)(_not_found)
    return api


async def _security_headers(request: Request, call_next: Callable) -> Response:
    response = await call_next(request)
    response.headers["Content-Security-Policy"] = CSP
    response.headers["X-Content-Type-Options"] = "nosniff"
    response.headers["X-Frame-Options"] = "DENY"
    response.headers["Referrer-Policy"] = "no-referrer"
    if not request.url.path.startswith("/static/"):
        # Case pages hold personal data: keep them out of shared caches and history.
        response.headers.setdefault("Cache-Control", "no-store")
    return response


async def _to_login(request: Request, _exc: Exception) -> Response:
    target = request.url.path + (f"?{request.url.query}" if request.url.query else "")
    return RedirectResponse(f"/login?next={quote(target, safe='')}", status_code=303)


async def _error_page(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, StarletteHTTPException)
    titles = {403: "Åtkomst nekad", 404: "Hittades inte", 429: "För många försök"}
    return templating.render(
        request,
        "error.html",
        {"title": titles.get(exc.status_code, "Något gick fel"), "detail": exc.detail},
        status_code=exc.status_code,
    )


async def _not_found(request: Request, _exc: Exception) -> Response:
    """A malformed address (/messages/abc) is a missing page, not an API error in JSON."""
    return await _error_page(request, StarletteHTTPException(404, "Sidan finns inte."))


async def _review_error(request: Request, exc: Exception) -> Response:
    return templating.render(
        request,
        "error.html",
        {"title": "Åtgärden gick inte att göra", "detail": str(exc)},
        status_code=409,
    )
