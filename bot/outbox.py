"""Send queued replies after commit; retry temporary failures; never send twice.

A row is claimed (pending → sending) in its own committed UPDATE before the
SMTP conversation, and marked sent right after. If the process dies between
the two, the row stays "sending" and is *not* retried automatically — a
possible duplicate is worse than a reply an operator re-sends by hand
(`intake status` counts such rows as ``outbox_uncertain``).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import select, update

from bot.config import Config
from bot.errors import SendError
from bot.store.db import Database
from bot.store.models import Reply
from replies import compose
from replies.send import Transport

log = logging.getLogger(__name__)


@dataclass
class FlushResult:
    sent: int = 0
    retried: int = 0
    failed: int = 0


def _backoff(attempts: int) -> timedelta:
    return timedelta(seconds=min(3600, 30 * 2 ** max(0, attempts - 1)))


def flush(
    db: Database, config: Config, transport: Transport, now: Callable[[], datetime]
) -> FlushResult:
    """Send every due pending reply once."""
    result = FlushResult()
    with db.session() as session:
        due = session.scalars(
            select(Reply.id)
            .where(Reply.status == "pending", Reply.next_attempt_at <= now())
            .order_by(Reply.id)
        ).all()
    for reply_id in due:
        with db.session() as session:
            claimed = session.execute(
                update(Reply)
                .where(Reply.id == reply_id, Reply.status == "pending")
                .values(status="sending", attempts=Reply.attempts + 1)
            ).rowcount
            session.commit()
            if not claimed:
                continue  # another worker took it
            reply = session.get(Reply, reply_id)
            assert reply is not None
            message = compose.build(
                compose.Outgoing(
                    reply.to_addr,
                    reply.subject,
                    reply.body,
                    reply.mime_message_id,
                    reply.in_reply_to,
                    reply.references,
                ),
                from_address=config.smtp.from_address,
                from_name=config.smtp.from_name,
                date=reply.created_at,
            )
            try:
                transport.send(message)
            except SendError as exc:
                give_up = exc.permanent or reply.attempts >= config.worker.send_attempts
                reply.status = "failed" if give_up else "pending"
                reply.last_error = str(exc)
                reply.next_attempt_at = now() + _backoff(reply.attempts)
                session.commit()
                log.warning("reply %s to %s: %s", reply.id, reply.to_addr, exc)
                result.failed += give_up
                result.retried += not give_up
                continue
            reply.status = "sent"
            reply.sent_at = now()
            reply.last_error = None
            session.commit()
            result.sent += 1
    return result
