"""The worker: fetch → store → file away, then process the queue, then send.

Each stage is its own function over the database, so a crash in any of them
leaves work that the next pass picks up: stored-but-unprocessed mail is
processed, unsent replies are sent. One bad mail is marked failed with its
reason and the loop goes on.
"""

from __future__ import annotations

import hashlib
import logging
import os
import socket
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from sqlalchemy import or_, select, update
from sqlalchemy.exc import IntegrityError

from bot import outbox, pipeline
from bot.config import Config
from bot.errors import IntakeError, MailboxError
from bot.mailbox import FetchedMail, Mailbox
from bot.store.db import Database, utcnow
from bot.store.models import MailboxState, Message
from parsers.mime import envelope
from replies.send import Transport

log = logging.getLogger(__name__)
WORKER_ID = f"{socket.gethostname()}:{os.getpid()}"


@dataclass
class PollResult:
    stored: int = 0
    outcomes: list[pipeline.Outcome] = field(default_factory=list)
    failed: list[tuple[int, str]] = field(default_factory=list)
    sent: int = 0
    mailbox_error: str | None = None


def message_key(raw: bytes, message_id: str | None) -> str:
    """Message-ID, or a hash of the bytes for mail without one."""
    return message_id or "sha256:" + hashlib.sha256(raw).hexdigest()


def store(
    db: Database, fetched: FetchedMail, mailbox_name: str, config: Config, now: datetime
) -> tuple[Message | None, bool]:
    """Store the raw bytes first; returns (row, is_new). Duplicates are not stored twice."""
    too_big = fetched.size > config.limits.max_message_bytes
    head = envelope(fetched.raw)
    key = message_key(fetched.raw, head.message_id)
    with db.session() as session:
        existing = session.scalars(select(Message).where(Message.message_key == key)).first()
        if existing is not None:
            return existing, False
        row = Message(
            message_key=key,
            mailbox=mailbox_name,
            uidvalidity=fetched.uidvalidity,
            uid=fetched.uid,
            raw=fetched.raw,
            size=fetched.size,
            received_at=now,
            from_addr=head.from_addr,
            subject=head.subject,
            status="failed" if too_big else "new",
            failure_reason=(
                f"mejlet är för stort ({fetched.size} byte, gräns "
                f"{config.limits.max_message_bytes}); bara huvudet är "
                "sparat och mejlet ligger kvar i inkorgen"
            )
            if too_big
            else None,
        )
        session.add(row)
        try:
            session.commit()
        except IntegrityError:
            session.rollback()
            return None, False
        return row, True


def fetch_and_store(
    db: Database, mailbox: Mailbox, config: Config, now: Callable[[], datetime]
) -> int:
    """Store every new inbox mail, then move it to the processed folder."""
    stored = 0
    uidvalidity = mailbox.uidvalidity()
    with db.session() as session:
        known = set(
            session.scalars(
                select(Message.uid).where(
                    Message.mailbox == mailbox.name, Message.uidvalidity == uidvalidity
                )
            ).all()
        )
        unmoved = {
            m.uid: m.id
            for m in session.scalars(
                select(Message).where(
                    Message.mailbox == mailbox.name,
                    Message.uidvalidity == uidvalidity,
                    Message.moved.is_(False),
                    Message.status != "failed",
                )
            ).all()
        }
    uids = mailbox.list_uids()
    for uid in [u for u in uids if u in known and u in unmoved]:
        _file_away(db, mailbox, uid, unmoved[uid])  # stored last time, move failed or crashed
    for fetched in mailbox.fetch(
        [u for u in uids if u not in known], config.limits.max_message_bytes
    ):
        row, is_new = store(db, fetched, mailbox.name, config, now())
        stored += int(is_new)
        if row is None or (is_new and row.status == "failed"):
            continue  # a race with another worker, or too big: it stays in the inbox
        _file_away(db, mailbox, fetched.uid, row.id)
    return stored


def _file_away(db: Database, mailbox: Mailbox, uid: int, message_id: int) -> None:
    mailbox.file_away(uid)
    with db.session() as session:
        session.execute(update(Message).where(Message.id == message_id).values(moved=True))
        session.commit()


def claim(db: Database, lease: timedelta, now: datetime) -> int | None:
    """Claim the oldest new (or abandoned) message with a conditional UPDATE."""
    with db.session() as session:
        candidates = session.scalars(
            select(Message.id)
            .where(
                or_(
                    Message.status == "new",
                    (Message.status == "processing") & (Message.claimed_at < now - lease),
                )
            )
            .order_by(Message.id)
            .limit(5)
        ).all()
        for message_id in candidates:
            taken = session.execute(
                update(Message)
                .where(
                    Message.id == message_id,
                    or_(
                        Message.status == "new",
                        (Message.status == "processing") & (Message.claimed_at < now - lease),
                    ),
                )
                .values(
                    status="processing",
                    claimed_by=WORKER_ID,
                    claimed_at=now,
                    attempts=Message.attempts + 1,
                )
            ).rowcount
            session.commit()
            if taken:
                return message_id
    return None


def process_one(
    db: Database,
    config: Config,
    now: Callable[[], datetime],
    lease: timedelta = timedelta(minutes=5),
) -> pipeline.Outcome | tuple[int, str] | None:
    """Process one queued mail. Returns its outcome, (id, reason) if it failed, None if idle."""
    message_id = claim(db, lease, now())
    if message_id is None:
        return None
    with db.session() as session:
        message = session.get(Message, message_id)
        assert message is not None
        try:
            outcome = pipeline.process(session, message, config, now())
            session.commit()
            return outcome
        except Exception as exc:  # noqa: BLE001 - one bad mail must not stop the worker
            session.rollback()
            reason = f"{type(exc).__name__}: {exc}"[:2000]
            log.exception("message %s failed", message_id)
    with db.session() as session:
        session.execute(
            update(Message)
            .where(Message.id == message_id)
            .values(status="failed", failure_reason=reason, processed_at=now())
        )
        session.commit()
    return message_id, reason


def process_pending(
    db: Database,
    config: Config,
    now: Callable[[], datetime],
    result: PollResult,
    stop: Callable[[], bool] = lambda: False,
    lease: timedelta = timedelta(minutes=5),
) -> None:
    while not stop():
        done = process_one(db, config, now, lease)
        if done is None:
            return
        if isinstance(done, tuple):
            result.failed.append(done)
        else:
            result.outcomes.append(done)


def poll_once(
    db: Database,
    config: Config,
    mailbox: Mailbox | None,
    transport: Transport,
    now: Callable[[], datetime] = utcnow,
    stop: Callable[[], bool] = lambda: False,
    lease: timedelta = timedelta(minutes=5),
) -> PollResult:
    """One pass: mailbox → database → replies. A mailbox error is recorded, not raised."""
    result = PollResult()
    if mailbox is not None:
        try:
            with mailbox:
                result.stored = fetch_and_store(db, mailbox, config, now)
        except MailboxError as exc:
            # Reported by the caller (one line per poll), so only logged at info here.
            result.mailbox_error = str(exc)
            log.info("%s", exc)
    _record_poll(db, mailbox.name if mailbox else "default", now(), result.mailbox_error)
    process_pending(db, config, now, result, stop, lease)
    try:
        result.sent = outbox.flush(db, config, transport, now).sent
    except IntakeError as exc:
        log.error("%s", exc)
    return result


def _record_poll(db: Database, name: str, at: datetime, error: str | None) -> None:
    with db.session() as session:
        state = session.get(MailboxState, name) or MailboxState(name=name)
        state.last_poll = at
        state.last_error = error
        session.merge(state)
        session.commit()
