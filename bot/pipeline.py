"""One stored mail in, one outcome out: read, find its case, decide, act.

Everything a mail changes — its case, its status, the reply in the outbox —
is written in one transaction, so a crash leaves either all of it or none of
it, and the mail is simply processed again. The reply is only *queued* here;
``outbox.flush`` sends it after commit.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from bot import decide as policy
from bot.config import Config
from bot.store.models import Case, Message, Reply
from parsers.eligibility import Rules
from parsers.extract import Extraction, extract
from parsers.gazetteer import gazetteer
from parsers.subject import reference_in_subject, strip_prefixes
from replies import compose

AUTOMATIC_REPLIES = ("receipt", "complete", "question")


@dataclass
class Outcome:
    """What happened to one mail, for logs, the demo and tests."""

    message_id: int
    subject: str
    kind: str
    found: list[str] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)
    reply: str | None = None
    case_reference: str | None = None
    reasons: list[str] = field(default_factory=list)


def rules(config: Config) -> Rules:
    g = config.grant
    return Rules(
        g.min_members,
        g.max_amount_sek,
        g.require_women_and_men,
        g.allow_salary_costs,
        g.allow_physical_investment,
    )


def find_case(session: Session, extraction: Extraction, prefix: str) -> Case | None:
    """By In-Reply-To/References (their mail or our reply), else by the subject's reference."""
    ids = extraction.thread_ids
    if ids:
        earlier = session.scalars(
            select(Message)
            .where(Message.message_key.in_(ids), Message.case_id.is_not(None))
            .order_by(Message.id.desc())
        ).first()
        if earlier is not None:
            return earlier.case
        ours = session.scalars(
            select(Reply).where(Reply.mime_message_id.in_(ids), Reply.case_id.is_not(None))
        ).first()
        if ours is not None:
            return ours.case
    reference = reference_in_subject(extraction.subject, prefix)
    if reference:
        return session.scalars(select(Case).where(Case.reference == reference)).first()
    return None


def _replies_today(session: Session, address: str, now: datetime) -> int:
    return (
        session.scalar(
            select(func.count(Reply.id)).where(
                Reply.to_addr == address,
                Reply.kind.in_(AUTOMATIC_REPLIES),
                Reply.created_at >= now - timedelta(days=1),
            )
        )
        or 0
    )


def ort_total(session: Session, ort: str | None, year: int, exclude_case: int | None = None) -> int:
    """What an ort has already been granted this year (the cap is per ort and year)."""
    if not ort:
        return 0
    query = select(func.coalesce(func.sum(Case.approved_amount), 0)).where(
        Case.ort == ort, Case.year == year, Case.decision == "approved"
    )
    if exclude_case is not None:
        query = query.where(Case.id != exclude_case)
    return int(session.scalar(query) or 0)


def _new_case(session: Session, now: datetime, extraction: Extraction, to_addr: str) -> Case:
    year = now.year
    number = (session.scalar(select(func.max(Case.number)).where(Case.year == year)) or 0) + 1
    case = Case(
        reference=f"{year}-{number:04d}",
        year=year,
        number=number,
        status="new",
        applicant_email=to_addr,
        applicant_name=extraction.from_name,
        language=extraction.language,
        subject=strip_prefixes(extraction.subject),
        elements={},
        facts={},
        warnings=[],
        reasons=[],
        created_at=now,
        updated_at=now,
    )
    session.add(case)
    session.flush()
    return case


def _state(case: Case | None) -> policy.CaseState | None:
    if case is None:
        return None
    return policy.CaseState(
        case.status, case.elements or {}, case.facts or {}, case.fact_evidence or {}
    )


def _apply(case: Case, decision: policy.Decision, extraction: Extraction, now: datetime) -> None:
    if decision.status:
        case.status = decision.status
    if decision.case_action in ("open", "update") and decision.elements:
        case.elements = decision.elements
    if decision.facts:
        facts = dict(decision.facts)
        case.facts = facts
        case.fact_evidence = dict(decision.fact_evidence)
        case.association_name = facts.get("association_name") or case.association_name
        case.ort = facts.get("ort") or case.ort
        case.amount_sek = facts.get("amount_sek") or case.amount_sek
        case.municipality = gazetteer().municipality(case.ort) or case.municipality
    if decision.case_action in ("open", "update"):
        case.warnings = decision.warnings
        case.reasons = decision.reasons
    case.updated_at = now


def reply_context(config: Config, case: Case) -> dict:
    """The template variables every reply gets; previews in the web UI use the same."""
    g, o = config.grant, config.officer
    return {
        "prefix": g.reference_prefix,
        "reference": case.reference,
        "grant_name": g.name,
        "officer_name": o.name,
        "officer_email": o.email,
        "officer_phone": o.phone,
        "region": o.region,
        "max_amount": f"{g.max_amount_sek:,}".replace(",", " "),
        "association_name": case.association_name or "",
    }


def queue_reply(
    session: Session,
    config: Config,
    case: Case,
    kind: str,
    *,
    dedupe_key: str,
    now: datetime,
    context: dict,
    parent: Message | None = None,
) -> Reply:
    """Write an outbox row; the unique dedupe key makes a second write impossible."""
    subject, body = compose.render(kind, case.language, {**reply_context(config, case), **context})
    parent_extraction = (parent.extraction or {}) if parent else {}
    parent_key = (
        parent.message_key if parent and not parent.message_key.startswith("sha256:") else None
    )
    thread = parent_extraction.get("thread_ids", []) if parent else _case_thread(case)
    reply = Reply(
        dedupe_key=dedupe_key,
        kind=kind,
        case_id=case.id,
        message_id=parent.id if parent else None,
        to_addr=case.applicant_email,
        subject=subject,
        body=body,
        mime_message_id=compose.new_message_id(config.smtp.from_address),
        in_reply_to=parent_key or _last_in_thread(case),
        references=compose.references(list(reversed(thread)), parent_key),
        status="pending",
        created_at=now,
        next_attempt_at=now,
    )
    session.add(reply)
    return reply


def _case_thread(case: Case) -> list[str]:
    ids = [m.message_key for m in case.messages if not m.message_key.startswith("sha256:")]
    ids += [r.mime_message_id for r in case.replies]
    return list(reversed(ids))


def _last_in_thread(case: Case) -> str | None:
    ids = [m.message_key for m in case.messages if not m.message_key.startswith("sha256:")]
    return ids[-1] if ids else None


def process(session: Session, message: Message, config: Config, now: datetime) -> Outcome:
    """Read and decide one stored message; the caller commits."""
    extraction = extract(
        message.raw,
        own_addresses=frozenset(config.own_addresses()),
        max_attachment_bytes=config.limits.max_attachment_bytes,
        max_text_chars=config.limits.max_text_chars,
    )
    data = extraction.to_json()
    data["thread_ids"] = extraction.thread_ids
    data["new_text"] = extraction.new_text
    data["quoted_text"] = extraction.quoted_text
    data["attachments"] = extraction.attachments
    message.extraction = data
    message.kind = extraction.kind
    message.language = extraction.language

    case = find_case(session, extraction, config.grant.reference_prefix)
    to_addr = (extraction.reply_to or extraction.from_addr or "").strip().lower()
    year = now.year
    ctx = policy.Context(
        replies_to_sender_today=_replies_today(session, to_addr, now),
        max_replies_per_day=config.worker.max_replies_per_sender_per_day,
        ort_total_this_year=ort_total(
            session,
            extraction.facts.get("ort") or (case.ort if case else None),
            year,
            case.id if case else None,
        ),
        rules=rules(config),
    )
    mail = policy.MailFacts(
        extraction.kind,
        extraction.kind_reasons,
        {k: v.as_dict() for k, v in extraction.elements.items()},
        extraction.facts,
        extraction.fact_evidence,
        message.message_key,
    )
    decision = policy.decide(mail, _state(case), ctx)

    if decision.case_action == "open":
        case = _new_case(session, now, extraction, to_addr)
    if case is not None and decision.case_action != "none":
        message.case_id = case.id
        message.case = case
        _apply(case, decision, extraction, now)
    if decision.reply and case is not None and to_addr:
        queue_reply(
            session,
            config,
            case,
            decision.reply,
            dedupe_key=f"msg:{message.id}:{decision.reply}",
            now=now,
            context={"missing": decision.missing},
            parent=message,
        )
    message.reasons = decision.reasons
    message.status = "processed"
    message.processed_at = now
    message.failure_reason = None
    present = [k for k, v in extraction.elements.items() if v.present]
    return Outcome(
        message.id,
        extraction.subject,
        extraction.kind,
        present,
        # What the case still lacks after this mail (a followup completes the union).
        decision.missing if decision.elements else extraction.missing(),
        decision.reply,
        case.reference if case else None,
        decision.reasons,
    )
