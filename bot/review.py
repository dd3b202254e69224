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
from bot.pipeline import ort_total, queue_reply, reply_context, rules
from bot.store.models import AuditEntry, Case, Message, Reply
from parsers.elements import ELEMENTS
from parsers.eligibility import check
from parsers.gazetteer import gazetteer
from replies import compose

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


def _check_open(case: Case) -> None:
    if case.status == DECIDED:
        raise ReviewError(f"case {case.reference} is already decided ({case.decision})")


def _check_approve(case: Case, amount: int) -> None:
    _check_open(case)
    if case.status == QUESTION:
        raise ReviewError(f"case {case.reference} is a question, not an application")
    if amount <= 0:
        raise ReviewError("the amount must be greater than 0")


def _check_reject(case: Case, reason: str) -> None:
    _check_open(case)
    if not reason.strip():
        raise ReviewError("a reason is required to reject")


def _check_request_info(case: Case, message: str) -> None:
    _check_open(case)
    if not message.strip():
        raise ReviewError("a message to the applicant is required")


def _approved_context(amount: int, note: str | None) -> dict:
    return {"amount": f"{amount:,}".replace(",", " "), "note": note or ""}


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
    _check_approve(case, amount)
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
        context=_approved_context(amount, note),
        parent=_last_message(case),
    )
    return case


def reject(
    session: Session, config: Config, ref: str | int, reason: str, actor: str, now: datetime
) -> Case:
    case = get_case(session, ref)
    _check_reject(case, reason)
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
    _check_request_info(case, message)
    # A double-submitted form must not mail the applicant twice: the same request,
    # still unanswered, is refused.
    last = case.replies[-1] if case.replies else None
    if last is not None and last.kind == "more_info" and case.status == WAITING:
        if (
            case.audit
            and case.audit[-1].action == "request_info"
            and (case.audit[-1].note or "").strip() == message.strip()
        ):
            raise ReviewError(f"case {case.reference}: this request was already sent")
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


# --- previews: the mail an action would send, rendered exactly as the action renders it ---


def _render(config: Config, case: Case, kind: str, context: dict) -> tuple[str, str]:
    return compose.render(kind, case.language, {**reply_context(config, case), **context})


def preview_approve(
    session: Session, config: Config, ref: str | int, amount: int, note: str | None
) -> tuple[str, str]:
    """(subject, body) that approve() would send; checks the same rules, writes nothing."""
    case = get_case(session, ref)
    _check_approve(case, amount)
    return _render(config, case, "approved", _approved_context(amount, note))


def preview_reject(
    session: Session, config: Config, ref: str | int, reason: str
) -> tuple[str, str]:
    """(subject, body) that reject() would send; writes nothing."""
    case = get_case(session, ref)
    _check_reject(case, reason)
    return _render(config, case, "rejected", {"reason": reason})


def preview_request_info(
    session: Session, config: Config, ref: str | int, message: str
) -> tuple[str, str]:
    """(subject, body) that request_info() would send; writes nothing."""
    case = get_case(session, ref)
    _check_request_info(case, message)
    return _render(config, case, "more_info", {"message": message})


# --- corrections: the officer overrides what the extractor read ---

# Facts the officer may correct, with their type; the case's columns mirror some of them.
EDITABLE_FACTS: dict[str, type] = {
    "association_name": str,
    "org_number": str,
    "contact_name": str,
    "contact_email": str,
    "contact_phone": str,
    "members": int,
    "ort": str,
    "amount_sek": int,
    "women_and_men": bool,
    "salary_costs": bool,
    "physical_investment": bool,
}


def _audit_change(
    session: Session, case: Case, actor: str, action: str, change: tuple[dict, dict], now: datetime
) -> None:
    before, after = change
    session.add(
        AuditEntry(case_id=case.id, at=now, actor=actor, action=action, before=before, after=after)
    )


def _status_from_elements(case: Case) -> None:
    """Open applications follow their elements, as the worker does: all five present = ready."""
    if case.status in (READY, WAITING):
        complete = all((case.elements or {}).get(n, {}).get("present") for n in ELEMENTS)
        case.status = READY if complete else WAITING


def override_element(
    session: Session, ref: str | int, name: str, present: bool | None, actor: str, now: datetime
) -> Case:
    """Mark an element present or missing (None: back to what was read); later mails keep it."""
    case = get_case(session, ref)
    _check_open(case)
    if name not in ELEMENTS:
        raise ReviewError(f"no element {name!r} (known: {', '.join(ELEMENTS)})")
    old = dict((case.elements or {}).get(name) or {"present": False, "evidence": []})
    before = {"element": name, "present": old.get("present"), "status": case.status}
    new = {k: v for k, v in old.items() if k not in ("override", "detected", "override_by")}
    detected = old.get("detected", old.get("present", False))
    if present is None:
        new["present"] = detected
    else:
        # decide.merge_elements keeps an element that carries "override" as it is.
        new.update(present=present, override=present, detected=detected, override_by=actor)
    case.elements = {**(case.elements or {}), name: new}
    _status_from_elements(case)
    case.updated_at = now
    after = {"element": name, "present": new["present"], "status": case.status}
    _audit_change(session, case, actor, "override_element", (before, after), now)
    return case


def edit_facts(
    session: Session, config: Config, ref: str | int, changes: dict, actor: str, now: datetime
) -> Case:
    """Correct facts (typed values, None = unknown) and re-check the grant's rules."""
    case = get_case(session, ref)
    unknown = set(changes) - set(EDITABLE_FACTS) - {"municipality"}
    if unknown:
        raise ReviewError(f"facts that cannot be edited: {', '.join(sorted(unknown))}")
    facts = dict(case.facts or {})
    before = {k: facts.get(k) for k in changes if k != "municipality"}
    if "municipality" in changes:
        before["municipality"] = case.municipality
    changed = {k: v for k, v in changes.items() if before.get(k) != v}
    if not changed:
        return case
    facts.update({k: v for k, v in changed.items() if k != "municipality"})
    case.facts = facts
    if "association_name" in changed:
        case.association_name = facts.get("association_name")
    if "amount_sek" in changed:
        case.amount_sek = facts.get("amount_sek")
    if "ort" in changed:
        case.ort = facts.get("ort")
        case.municipality = gazetteer().municipality(case.ort) or case.municipality
    if "municipality" in changed:
        case.municipality = changed["municipality"]
    total = ort_total(session, case.ort, case.year, case.id)
    found = check(facts, case.fact_evidence or {}, rules(config), total)
    case.warnings = [w.as_dict() for w in found]
    case.updated_at = now
    after = {k: changed[k] for k in changed}
    _audit_change(
        session, case, actor, "edit_facts", ({k: before.get(k) for k in changed}, after), now
    )
    return case
