"""What the case page shows: elements, the thread in time order, the ort's cap, the log."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime

from sqlalchemy.orm import Session

from bot.config import Config
from bot.review import ort_usage
from bot.store.models import Case, Message, Reply
from bot.web import mailparts
from bot.web.highlight import Segment, segments
from parsers.elements import ELEMENTS

OUTBOX_STATUS = {
    "pending": "Köat",
    "sending": "Skickas",
    "sent": "Skickat",
    "failed": "Kunde inte skickas",
}
AUDIT_ACTIONS = {
    "approve": "Godkände",
    "reject": "Avslog",
    "request_info": "Begärde komplettering",
    "override_element": "Ändrade bedömning av del",
    "edit_facts": "Ändrade uppgifter",
}


@dataclass
class ThreadItem:
    direction: str  # "in" (the applicant's mail) or "out" (our reply)
    at: datetime
    who: str
    subject: str
    segments: list[Segment] = field(default_factory=list)
    quoted: str = ""
    attachments: list[mailparts.Attachment] = field(default_factory=list)
    status: str = ""
    message_id: int | None = None


@dataclass
class CapUsage:
    ort: str | None
    used: int
    this: int
    cap: int

    @property
    def total(self) -> int:
        return self.used + self.this

    @property
    def over(self) -> bool:
        return self.total > self.cap


def _aware(moment: datetime) -> datetime:
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def _incoming(message: Message, warnings: list[dict]) -> ThreadItem:
    extraction = message.extraction or {}
    text = extraction.get("new_text")
    if text is None:
        from parsers.mime import parse
        from parsers.text import mask_personnummer

        text = mask_personnummer(parse(message.raw).body_text)
    elements = extraction.get("elements") or {}
    present = [n for n in ELEMENTS if elements.get(n, {}).get("present")]
    quotes = {n: elements[n].get("evidence", []) for n in present}
    quotes["warning"] = [w.get("evidence", "") for w in warnings if w.get("evidence")]
    return ThreadItem(
        "in",
        _aware(message.received_at),
        message.from_addr,
        message.subject,
        segments(text, quotes),
        extraction.get("quoted_text") or "",
        mailparts.listing(message.raw),
        message_id=message.id,
    )


def _outgoing(reply: Reply) -> ThreadItem:
    return ThreadItem(
        "out",
        _aware(reply.created_at),
        reply.to_addr,
        reply.subject,
        [Segment(reply.body)],
        status=OUTBOX_STATUS.get(reply.status, reply.status),
    )


def thread(case: Case) -> list[ThreadItem]:
    """The applicant's mails and the bot's and officer's replies, oldest first."""
    items = [_incoming(m, case.warnings or []) for m in case.messages]
    items += [_outgoing(r) for r in case.replies]
    return sorted(items, key=lambda i: i.at)


def cap_usage(session: Session, config: Config, case: Case) -> CapUsage:
    """This ort's approved total in the case's year, plus this case, against the cap."""
    this = case.approved_amount if case.decision == "approved" else case.amount_sek
    return CapUsage(
        case.ort, ort_usage(session, case, case.year), this or 0, config.grant.max_amount_sek
    )


def elements(case: Case) -> list[tuple[str, dict]]:
    found = case.elements or {}
    return [(n, found.get(n) or {"present": False, "evidence": []}) for n in ELEMENTS]
