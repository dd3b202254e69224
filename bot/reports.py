"""Plain-text and JSON views of cases, failures and status for the CLI.

Officer-facing words are Swedish; JSON keys are fixed English names that
runbooks and checks rely on.
"""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from bot.review import STATUS_LABELS
from bot.store.models import Case, MailboxState, Message, Reply
from parsers.elements import ELEMENTS

ELEMENT_LABELS = {
    "association": "Förening",
    "contact": "Kontaktperson",
    "activity": "Aktivitet",
    "anchoring": "Förankring",
    "budget": "Budget",
}


def case_summary(case: Case) -> dict:
    return {
        "reference": case.reference,
        "status": case.status,
        "decision": case.decision,
        "association": case.association_name,
        "ort": case.ort,
        "municipality": case.municipality,
        "amount_sek": case.amount_sek,
        "approved_amount": case.approved_amount,
        "applicant": case.applicant_email,
        "created_at": case.created_at.isoformat(),
        "missing": [e for e in ELEMENTS if not (case.elements or {}).get(e, {}).get("present")],
        "warnings": [w["message"] for w in case.warnings or []],
    }


def queue_lines(cases: list[Case]) -> list[str]:
    if not cases:
        return ["Inga ärenden väntar på beslut."]
    lines = []
    for c in cases:
        where = ", ".join(x for x in (c.ort, c.municipality and f"{c.municipality} kommun") if x)
        amount = f"{c.amount_sek:,} kr".replace(",", " ") if c.amount_sek else "belopp okänt"
        lines.append(
            f"{c.reference}  {c.association_name or '(förening okänd)'}  {where or '(ort okänd)'}"
            f"  {amount}  {c.created_at:%Y-%m-%d}"
        )
        for w in c.warnings or []:
            lines.append(f"    ! {w['message']}")
    return lines


def case_lines(case: Case) -> list[str]:
    lines = [
        f"Ärende {case.reference} – {STATUS_LABELS.get(case.status, case.status)}",
        f"Sökande: {case.applicant_email}  Förening: {case.association_name or '–'}",
        f"Ort: {case.ort or '–'}  Kommun: {case.municipality or '–'}  "
        f"Belopp: {case.amount_sek or '–'}",
    ]
    if case.decision:
        lines.append(
            f"Beslut: {case.decision} {case.approved_amount or ''} {case.decision_note or ''}"
        )
    lines.append("")
    for name in ELEMENTS:
        el = (case.elements or {}).get(name, {})
        mark = "✓" if el.get("present") else "✗"
        lines.append(f"{mark} {ELEMENT_LABELS[name]}: {el.get('reason', '')}")
        for ev in el.get("evidence", [])[:2]:
            lines.append("    » " + " ".join(ev.split())[:160])
    if case.warnings:
        lines.append("")
        lines += [f"! {w['message']}  » {w.get('evidence', '')[:120]}" for w in case.warnings]
    lines.append("")
    lines.append("Tråd:")
    events = [
        (m.received_at, f"  in  {m.received_at:%Y-%m-%d %H:%M} {m.from_addr}: {m.subject}")
        for m in case.messages
    ]
    events += [
        (r.created_at, f"  ut  {r.created_at:%Y-%m-%d %H:%M} {r.to_addr}: {r.subject} [{r.status}]")
        for r in case.replies
    ]
    lines += [text for _, text in sorted(events, key=lambda e: e[0])]
    return lines


def failed_messages(session: Session) -> list[Message]:
    return list(
        session.scalars(
            select(Message).where(Message.status == "failed").order_by(Message.id)
        ).all()
    )


def status(session: Session) -> dict:
    def count(model, *where) -> int:  # type: ignore[no-untyped-def]
        return session.scalar(select(func.count()).select_from(model).where(*where)) or 0

    last = session.scalar(select(func.max(MailboxState.last_poll)))
    error = session.scalars(
        select(MailboxState.last_error).order_by(MailboxState.last_poll.desc())
    ).first()
    return {
        "messages": count(Message),
        "cases": count(Case),
        "cases_ready": count(Case, Case.status == "ready"),
        "cases_waiting": count(Case, Case.status == "waiting"),
        "failed": count(Message, Message.status == "failed"),
        "unprocessed": count(Message, Message.status.in_(("new", "processing"))),
        "outbox_pending": count(Reply, Reply.status == "pending"),
        "outbox_failed": count(Reply, Reply.status == "failed"),
        "outbox_uncertain": count(Reply, Reply.status == "sending"),
        "replies_sent": count(Reply, Reply.status == "sent"),
        "last_poll": last.isoformat() if last else None,
        "last_error": error,
    }
