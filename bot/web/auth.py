"""Officer accounts and logins: argon2 hashes, server-side sessions, a login rate limit."""

from __future__ import annotations

import hashlib
import re
import secrets
import threading
from collections import deque
from datetime import UTC, datetime, timedelta
from functools import lru_cache

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from bot.errors import IntakeError
from bot.store.models import User, WebSession

USERNAME = re.compile(r"^[A-Za-z0-9._@-]{1,100}$")
MIN_PASSWORD = 10

_hasher = PasswordHasher()


@lru_cache(maxsize=1)
def _dummy_hash() -> str:
    return _hasher.hash(secrets.token_urlsafe(16))


def _token_hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def set_password(
    session: Session, username: str, password: str, now: datetime, *, update: bool
) -> User:
    """Create a user (or, with update, give an existing one a new password)."""
    if not USERNAME.match(username):
        raise IntakeError("user name: use 1-100 letters a-z, digits and . _ @ -")
    if len(password) < MIN_PASSWORD:
        raise IntakeError(f"the password must be at least {MIN_PASSWORD} characters")
    user = session.scalars(select(User).where(User.username == username)).first()
    if user is not None and not update:
        raise IntakeError(f"user {username} exists; use --update to set a new password")
    if user is None:
        user = User(username=username, created_at=now)
        session.add(user)
    user.password_hash = _hasher.hash(password)
    user.active = True
    session.flush()
    # A new password ends the user's other logins.
    session.execute(delete(WebSession).where(WebSession.user_id == user.id))
    return user


def authenticate(session: Session, username: str, password: str, now: datetime) -> User | None:
    user = session.scalars(select(User).where(User.username == username)).first()
    if user is None or not user.active:
        # Verify against a dummy so an unknown name takes as long as a wrong password.
        _verify(_dummy_hash(), password)
        return None
    if not _verify(user.password_hash, password):
        return None
    if _hasher.check_needs_rehash(user.password_hash):
        user.password_hash = _hasher.hash(password)
    user.last_login_at = now
    return user


def _verify(hashed: str, password: str) -> bool:
    try:
        return _hasher.verify(hashed, password)
    except (VerificationError, InvalidHashError):
        return False


def start_session(session: Session, user: User, hours: int, now: datetime) -> str:
    """A new login; returns the cookie value (only its hash is stored)."""
    session.execute(delete(WebSession).where(WebSession.expires_at < now))
    token = secrets.token_urlsafe(32)
    session.add(
        WebSession(
            token_hash=_token_hash(token),
            user_id=user.id,
            csrf_token=secrets.token_urlsafe(32),
            created_at=now,
            expires_at=now + timedelta(hours=hours),
        )
    )
    return token


def find_session(session: Session, token: str | None, now: datetime) -> WebSession | None:
    if not token:
        return None
    found = session.scalars(
        select(WebSession).where(WebSession.token_hash == _token_hash(token))
    ).first()
    if found is None or _aware(found.expires_at) < now or not found.user.active:
        return None
    return found


def _aware(moment: datetime) -> datetime:
    """SQLite hands back naive datetimes; everything stored is UTC."""
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def end_session(session: Session, token: str | None) -> None:
    if token:
        session.execute(delete(WebSession).where(WebSession.token_hash == _token_hash(token)))


class LoginLimiter:
    """Failed logins per key (user name, client address) in a sliding window.

    Kept in memory: one `intake serve` process is the deployment, and a restart
    that forgets the counts costs an attacker a restart they cannot cause.
    """

    def __init__(self, max_failures: int, window: timedelta) -> None:
        self.max_failures, self.window = max_failures, window
        self._failures: dict[str, deque[datetime]] = {}
        self._lock = threading.Lock()

    def _recent(self, key: str, now: datetime) -> deque[datetime]:
        times = self._failures.setdefault(key, deque())
        while times and times[0] <= now - self.window:
            times.popleft()
        return times

    def blocked(self, keys: list[str], now: datetime) -> bool:
        with self._lock:
            return any(len(self._recent(k, now)) >= self.max_failures for k in keys)

    def failed(self, keys: list[str], now: datetime) -> None:
        with self._lock:
            for key in keys:
                self._recent(key, now).append(now)
            if len(self._failures) > 10_000:
                # Many made-up user names must not grow memory without bound.
                for key in [k for k in self._failures if not self._recent(k, now)]:
                    del self._failures[key]

    def succeeded(self, key: str) -> None:
        with self._lock:
            self._failures.pop(key, None)
