"""The officer's actions on a case — the one door for the CLI and the web UI.

Every action checks the case's status, writes the audit log (who, when, what,
before and after) and, where the applicant must hear of it, queues the mail
in the same transaction.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from bot.config import Config
from bot.decide import DECIDED, QUESTION, READY, WAITING
from bot.errors import ReviewError
from bot.pipeline import ort_total, queue_reply
from bot.store.models import AuditEntry, Case, Message, Reply

STATUS_ORDER = {READY: 0, WAITING: 1, QUESTION: 2, DECIDED: 3}
STATUS_LABELS = {
    READY: "Klar för beslut",
    WAITING: "Väntar på sökande",
    QUESTION: "Fråga",
    DECIDED: "Beslutad",
}


def get_case(session: Session, ref: str | int) -> Case:
    """A case by reference ('2026-0042') or by its number in the current list (42)."""
    text = str(ref).strip()
    query = select(Case).where(Case.reference == text)
    if text.isdigit():
        query = select(Case).where(Case.number == int(text)).order_by(Case.year.desc())
    case = session.scalars(query).first()
    if case is None:
        raise ReviewError(f"no case {text}")
    return case


def queue(session: Session, statuses: tuple[str, ...] = (READY,)) -> list[Case]:
    cases = session.scalars(select(Case).where(Case.status.in_(statuses))).all()
    return sorted(cases, key=lambda c: (STATUS_ORDER.get(c.status, 9), c.created_at))


def snapshot(case: Case) -> dict:
    return {
        "status": case.status,
        "decision": case.decision,
        "approved_amount": case.approved_amount,
        "amount_sek": case.amount_sek,
        "decision_note": case.decision_note,
    }


def _audit(
    session: Session,
    case: Case,
    actor: str,
    action: str,
    before: dict,
    now: datetime,
    note: str | None = None,
) -> None:
    session.add(
        AuditEntry(
            case_id=case.id,
            at=now,
            actor=actor,
            action=action,
            before=before,
            after=snapshot(case),
            note=note,
        )
    )


def _decision_count(session: Session, case: Case) -> int:
    return session.scalar(select(func.count(Reply.id)).where(Reply.case_id == case.id)) or 0


def _last_message(case: Case) -> Message | None:
    return case.messages[-1] if case.messages else None


def approve(
    session: Session,
    config: Config,
    ref: str | int,
    amount: int,
    note: str | None,
    actor: str,
    now: datetime,
) -> Case:
    case = get_case(session, ref)
    if case.status == DECIDED:
        raise ReviewError(f"case {case.reference} is already decided ({case.decision})")
    if case.status == QUESTION:
        raise ReviewError(f"case {case.reference} is a question, not an application")
    if amount <= 0:
        raise ReviewError("the amount must be greater than 0")
    before = snapshot(case)
    case.status, case.decision, case.approved_amount = DECIDED, "approved", amount
    case.decision_note, case.decided_by, case.decided_at, case.updated_at = note, actor, now, now
    _audit(session, case, actor, "approve", before, now, note)
    queue_reply(
        session,
        config,
        case,
        "approved",
        dedupe_key=f"case:{case.id}:approved:{_decision_count(session, case)}",
        now=now,
        context={"amount": f"{amount:,}".replace(",", " "), "note": note or ""},
        parent=_last_message(case),
    )
    return case


def reject(
    session: Session, config: Config, ref: str | int, reason: str, actor: str, now: datetime
) -> Case:
    case = get_case(session, ref)
    if case.status == DECIDED:
        raise ReviewError(f"case {case.reference} is already decided ({case.decision})")
    if not reason.strip():
        raise ReviewError("a reason is required to reject")
    before = snapshot(case)
    case.status, case.decision, case.decision_note = DECIDED, "rejected", reason
    case.decided_by, case.decided_at, case.updated_at = actor, now, now
    _audit(session, case, actor, "reject", before, now, reason)
    queue_reply(
        session,
        config,
        case,
        "rejected",
        dedupe_key=f"case:{case.id}:rejected:{_decision_count(session, case)}",
        now=now,
        context={"reason": reason},
        parent=_last_message(case),
    )
    return case


def request_info(
    session: Session, config: Config, ref: str | int, message: str, actor: str, now: datetime
) -> Case:
    """Ask the applicant for more; the case goes back to waiting for them."""
    case = get_case(session, ref)
    if case.status == DECIDED:
        raise ReviewError(f"case {case.reference} is already decided ({case.decision})")
    if not message.strip():
        raise ReviewError("a message to the applicant is required")
    before = snapshot(case)
    case.status, case.updated_at = WAITING, now
    _audit(session, case, actor, "request_info", before, now, message)
    queue_reply(
        session,
        config,
        case,
        "more_info",
        dedupe_key=f"case:{case.id}:more_info:{_decision_count(session, case)}",
        now=now,
        context={"message": message},
        parent=_last_message(case),
    )
    return case


def ort_usage(session: Session, case: Case, year: int) -> int:
    return ort_total(session, case.ort, year, case.id)
