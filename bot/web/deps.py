"""Request dependencies: the database session, the logged-in officer, the CSRF check."""

from __future__ import annotations

import secrets
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Annotated

from fastapi import Depends, HTTPException, Request
from sqlalchemy.orm import Session

from bot.web import auth

SESSION_COOKIE = "intake_session"
LOGIN_CSRF_COOKIE = "intake_login_csrf"


@dataclass(frozen=True)
class Officer:
    username: str
    csrf_token: str


class LoginRequired(Exception):
    """Raised by every protected route when nobody is logged in; becomes a redirect."""


def get_db(request: Request) -> Iterator[Session]:
    with request.app.state.web.app.db.session() as session:
        yield session


Db = Annotated[Session, Depends(get_db)]


def require_officer(request: Request, db: Db) -> Officer:
    web = request.app.state.web
    found = auth.find_session(db, request.cookies.get(SESSION_COOKIE), web.now())
    if found is None:
        raise LoginRequired()
    return Officer(found.user.username, found.csrf_token)


def check_token(expected: str | None, given: object) -> None:
    """Refuse a form whose token is missing or wrong (a cross-site request)."""
    if not expected or not isinstance(given, str) or not secrets.compare_digest(expected, given):
        raise HTTPException(403, "Formuläret saknar giltig säkerhetstoken. Ladda om sidan.")


LoggedIn = Annotated[Officer, Depends(require_officer)]


async def require_csrf(request: Request, officer: LoggedIn) -> Officer:
    """Every state-changing POST carries the session's token in a hidden field."""
    form = await request.form()
    check_token(officer.csrf_token, form.get("csrf_token"))
    return officer


# What a route declares: a database session, a logged-in officer, or one with a checked form.
Posted = Annotated[Officer, Depends(require_csrf)]
