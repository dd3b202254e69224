"""The ledger: approved amounts per ort and year against the cap, per municipality, as
data, an SVG bar chart's geometry, and a CSV export that Excel opens with å/ä/ö intact."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from bot.decide import READY
from bot.review import STATUS_LABELS
from bot.store.models import Case

UNKNOWN_ORT = "(okänd ort)"


@dataclass
class OrtRow:
    ort: str
    municipality: str
    approved: int
    decisions: int
    ready: int  # sought by cases waiting for a decision

    def left(self, cap: int) -> int:
        return cap - self.approved


def per_ort(session: Session, year: int) -> list[OrtRow]:
    approved = session.execute(
        select(Case.ort, Case.municipality, func.sum(Case.approved_amount), func.count(Case.id))
        .where(Case.year == year, Case.decision == "approved")
        .group_by(Case.ort, Case.municipality)
    ).all()
    rows: dict[str, OrtRow] = {}
    for o, m, s, n in approved:
        rows[o or UNKNOWN_ORT] = OrtRow(o or UNKNOWN_ORT, m or "", int(s or 0), n, 0)
    waiting = session.execute(
        select(Case.ort, Case.municipality, func.sum(Case.amount_sek))
        .where(Case.year == year, Case.status == READY)
        .group_by(Case.ort, Case.municipality)
    ).all()
    for o, m, s in waiting:
        key = o or UNKNOWN_ORT
        rows.setdefault(key, OrtRow(key, m or "", 0, 0, 0)).ready += int(s or 0)
    return sorted(rows.values(), key=lambda r: (-r.approved, r.ort))


def per_municipality(rows: list[OrtRow]) -> list[tuple[str, int, int]]:
    """(municipality, approved total, number of decisions), largest first."""
    sums: dict[str, list[int]] = {}
    for r in rows:
        entry = sums.setdefault(r.municipality or "(okänd kommun)", [0, 0])
        entry[0] += r.approved
        entry[1] += r.decisions
    return sorted(((m, a, n) for m, (a, n) in sums.items() if n), key=lambda x: (-x[1], x[0]))


def years(session: Session) -> list[int]:
    return sorted(session.scalars(select(Case.year).distinct()).all(), reverse=True)


@dataclass
class Bar:
    label: str
    value: int
    y: int
    percent: float  # of the chart's width, so the SVG stretches while its text does not scale
    over: bool


@dataclass
class Chart:
    height: int
    bars: list[Bar]
    cap_percent: float
    cap: int


def bar_chart(rows: list[tuple[str, int]], cap: int) -> Chart:
    """Horizontal bars with the label above each, so it stays readable on a phone."""
    top = max([cap, *(v for _, v in rows)]) * 1.15 or 1
    step, head = 40, 22
    bars = [
        Bar(label, value, head + i * step, round(value / top * 100, 2), value > cap)
        for i, (label, value) in enumerate(rows)
    ]
    return Chart(head + len(rows) * step, bars, round(cap / top * 100, 2), cap)


def _cell(value: object) -> object:
    """Mail text is hostile: a cell starting with = + - @ would be a formula in Excel."""
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + value
    return "" if value is None else value


CSV_HEADER = [
    "Ärende", "Status", "Beslut", "Förening", "Ort", "Kommun", "Sökt belopp (kr)",
    "Beviljat belopp (kr)", "Sökande", "Inkommet", "Beslutat", "Beslutat av",
    "Motivering/kommentar", "Varningar",
]  # fmt: skip


def cases_csv(cases: list[Case]) -> bytes:
    """Semicolon-separated (Swedish Excel's list separator), UTF-8 with a BOM."""
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
    writer.writerow(CSV_HEADER)
    for c in cases:
        decision = {"approved": "Beviljad", "rejected": "Avslagen"}.get(c.decision or "", "")
        decided = c.decided_at.strftime("%Y-%m-%d") if c.decided_at else ""
        warnings = " | ".join(w.get("message", "") for w in c.warnings or [])
        row = [
            c.reference, STATUS_LABELS.get(c.status, c.status), decision, c.association_name,
            c.ort, c.municipality, c.amount_sek, c.approved_amount, c.applicant_email,
            c.created_at.strftime("%Y-%m-%d"), decided, c.decided_by, c.decision_note, warnings,
        ]  # fmt: skip
        writer.writerow([_cell(v) for v in row])
    return "\ufeff".encode() + out.getvalue().encode("utf-8")
