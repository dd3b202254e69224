"""Log in and log out. The login form has its own CSRF token (a double-submit cookie)."""

from __future__ import annotations

import secrets
from typing import Annotated

from fastapi import APIRouter, Form, Request
from fastapi.responses import RedirectResponse, Response

from bot.web import auth, templating
from bot.web.deps import LOGIN_CSRF_COOKIE, SESSION_COOKIE, Db, Posted, check_token

router = APIRouter()


def safe_next(target: str | None) -> str:
    """Only a path on this site: never an open redirect to somewhere else."""
    if not target or not target.startswith("/") or target.startswith("//") or "\\" in target:
        return "/"
    return target


def secure_cookies(request: Request) -> bool:
    setting = request.app.state.web.app.config.web.cookie_secure
    return setting == "always" or (setting == "auto" and request.url.scheme == "https")


def _login_page(request: Request, next_url: str, error: str = "", status: int = 200) -> Response:
    token = request.cookies.get(LOGIN_CSRF_COOKIE) or secrets.token_urlsafe(32)
    response = templating.render(
        request,
        "login.html",
        {"title": "Logga in", "csrf_token": token, "next": next_url, "error": error},
        status_code=status,
    )
    response.set_cookie(
        LOGIN_CSRF_COOKIE,
        token,
        httponly=True,
        samesite="lax",
        secure=secure_cookies(request),
        path="/login",
    )
    return response


@router.get("/login")
def login_form(request: Request, db: Db, next: str = "/") -> Response:
    web = request.app.state.web
    if auth.find_session(db, request.cookies.get(SESSION_COOKIE), web.now()):
        return RedirectResponse(safe_next(next), status_code=303)
    return _login_page(request, safe_next(next))


@router.post("/login")
def login(
    request: Request,
    db: Db,
    username: Annotated[str, Form()] = "",
    password: Annotated[str, Form()] = "",
    csrf_token: Annotated[str, Form()] = "",
    next: Annotated[str, Form()] = "/",
) -> Response:
    check_token(request.cookies.get(LOGIN_CSRF_COOKIE), csrf_token)
    web = request.app.state.web
    now, name = web.now(), username.strip()
    keys = [f"user:{name.lower()}", f"addr:{request.client.host if request.client else '?'}"]
    if web.limiter.blocked(keys, now):
        minutes = web.app.config.web.login_lockout_minutes
        message = f"För många misslyckade inloggningar. Försök igen om {minutes} minuter."
        return _login_page(request, safe_next(next), message, status=429)
    user = auth.authenticate(db, name, password, now)
    if user is None:
        web.limiter.failed(keys, now)
        db.commit()
        return _login_page(request, safe_next(next), "Fel användarnamn eller lösenord.", 401)
    web.limiter.succeeded(keys[0])
    token = auth.start_session(db, user, web.app.config.web.session_hours, now)
    db.commit()
    response = RedirectResponse(safe_next(next), status_code=303)
    # HttpOnly: no script can read it; Lax: other sites' forms do not carry it.
    response.set_cookie(
        SESSION_COOKIE,
        token,
        httponly=True,
        samesite="lax",
        secure=secure_cookies(request),
        max_age=web.app.config.web.session_hours * 3600,
    )
    response.delete_cookie(LOGIN_CSRF_COOKIE, path="/login")
    return response


@router.post("/logout")
def logout(
    request: Request,
    _officer: Posted,
    db: Db,
) -> Response:
    auth.end_session(db, request.cookies.get(SESSION_COOKIE))
    db.commit()
    response = RedirectResponse("/login", status_code=303)
    response.delete_cookie(SESSION_COOKIE)
    return response
