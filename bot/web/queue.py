"""What the queue page lists: cases grouped by status, filters, and mail without a case."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from bot.decide import DECIDED, QUESTION, READY, WAITING
from bot.review import STATUS_LABELS
from bot.store.models import Case, Message

# Ready cases first (the officer's work), then waiting, then questions, then decided.
GROUPS = (READY, WAITING, QUESTION, DECIDED)


@dataclass(frozen=True)
class Filters:
    status: str = ""
    municipality: str = ""
    year: int | None = None
    q: str = ""


@dataclass
class Group:
    status: str
    label: str
    cases: list[Case]


def _mail_texts(session: Session, case_ids: list[int]) -> dict[int, str]:
    """The applicants' words per case, so a search finds what they wrote too."""
    texts: dict[int, list[str]] = {}
    rows = session.execute(
        select(Message.case_id, Message.subject, Message.extraction).where(
            Message.case_id.in_(case_ids)
        )
    )
    for case_id, subject, extraction in rows:
        new_text = (extraction or {}).get("new_text") or ""
        texts.setdefault(case_id, []).extend([subject or "", new_text])
    return {k: "\n".join(v) for k, v in texts.items()}


def _matches(case: Case, extra: str, needle: str) -> bool:
    fields = (
        case.reference,
        case.association_name,
        case.ort,
        case.municipality,
        case.applicant_email,
        case.applicant_name,
        case.subject,
        extra,
    )
    return needle in "\n".join(f or "" for f in fields).casefold()


def cases(session: Session, filters: Filters) -> list[Group]:
    query = select(Case)
    if filters.status:
        query = query.where(Case.status == filters.status)
    if filters.municipality:
        query = query.where(Case.municipality == filters.municipality)
    if filters.year:
        query = query.where(Case.year == filters.year)
    found = list(session.scalars(query).all())
    needle = filters.q.strip().casefold()
    if needle:
        # In Python, not SQL: JSON columns store å/ä/ö escaped, and the volume is small.
        texts = _mail_texts(session, [c.id for c in found])
        found = [c for c in found if _matches(c, texts.get(c.id, ""), needle)]
    groups = []
    for status in GROUPS:
        members = [c for c in found if c.status == status]
        if status == DECIDED:
            members.sort(key=lambda c: c.decided_at or c.updated_at, reverse=True)
        else:
            members.sort(key=lambda c: c.created_at)
        groups.append(Group(status, STATUS_LABELS[status], members))
    return groups


def options(session: Session) -> tuple[list[str], list[int]]:
    """Municipalities and years that occur, for the filter menus."""
    municipalities = session.scalars(
        select(Case.municipality).where(Case.municipality.is_not(None)).distinct()
    ).all()
    years = session.scalars(select(Case.year).distinct()).all()
    return sorted(m for m in municipalities if m), sorted(years, reverse=True)


def failed(session: Session) -> list[Message]:
    return list(
        session.scalars(select(Message).where(Message.status == "failed").order_by(Message.id))
    )


def without_case(session: Session, limit: int = 100) -> list[Message]:
    """Newsletters, auto-replies, spam: read and kept, but not a case. Shown, not hidden."""
    query = (
        select(Message)
        .where(Message.status == "processed", Message.case_id.is_(None))
        .order_by(Message.id.desc())
        .limit(limit)
    )
    return list(session.scalars(query))
