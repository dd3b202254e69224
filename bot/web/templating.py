"""Jinja2 for the pages: autoescaped, with the few Swedish formats the pages need."""

from __future__ import annotations

from datetime import UTC, datetime
from functools import lru_cache
from zoneinfo import ZoneInfo

from fastapi import Request
from fastapi.responses import HTMLResponse
from jinja2 import Environment, PackageLoader, StrictUndefined, select_autoescape

from bot.decide import DECIDED, QUESTION, READY, WAITING
from bot.reports import ELEMENT_LABELS
from bot.review import STATUS_LABELS

LOCAL = ZoneInfo("Europe/Stockholm")

WARNING_BADGES = {
    "members": "Få medlemmar",
    "gender": "Bara ett kön?",
    "amount": "Över taket",
    "ort_cap": "Ortens tak",
    "salary": "Lönekostnad",
    "investment": "Investering",
    "org_number": "Org.nr?",
}
STATUS_CLASSES = {READY: "ready", WAITING: "waiting", QUESTION: "question", DECIDED: "decided"}
DECISIONS = {"approved": "Beviljad", "rejected": "Avslagen"}
MARK_LABELS = {**ELEMENT_LABELS, "warning": "Regel"}
AUDIT_KEYS = {
    "status": "Status",
    "decision": "Beslut",
    "approved_amount": "Beviljat belopp",
    "amount_sek": "Sökt belopp",
    "decision_note": "Kommentar",
    "present": "Finns",
    "members": "Medlemmar",
    "ort": "Ort",
    "municipality": "Kommun",
    "association_name": "Förening",
}


def kronor(value: int | None) -> str:
    """9800 → '9 800 kr' (a no-break space, as Swedish writes it)."""
    if value is None:
        return "–"
    return f"{value:,}".replace(",", "\u00a0") + "\u00a0kr"


def local_time(value: datetime | None, fmt: str = "%Y-%m-%d %H:%M") -> str:
    if value is None:
        return "–"
    if value.tzinfo is None:
        value = value.replace(tzinfo=UTC)
    return value.astimezone(LOCAL).strftime(fmt)


def _audit_value(value: object) -> str:
    if value is None:
        return "–"
    if isinstance(value, bool):
        return "ja" if value else "nej"
    return {**STATUS_LABELS, **DECISIONS}.get(str(value), str(value))


def changes(before: dict | None, after: dict | None) -> list[tuple[str, str, str]]:
    """What an audit entry changed, in words: (field, before, after)."""
    before, after = before or {}, after or {}
    out = []
    for key in dict.fromkeys([*before, *after]):
        if key == "element":
            continue
        old, new = before.get(key), after.get(key)
        if old != new:
            label = AUDIT_KEYS.get(key, key)
            if key == "present" and after.get("element"):
                label = ELEMENT_LABELS.get(after["element"], after["element"])
            out.append((label, _audit_value(old), _audit_value(new)))
    return out


@lru_cache(maxsize=1)
def environment() -> Environment:
    # Autoescape is on for every template: all mail text is hostile input.
    env = Environment(
        loader=PackageLoader("bot.web", "templates"),
        autoescape=select_autoescape(default=True, default_for_string=True),
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["kr"] = kronor
    env.filters["local"] = local_time
    env.filters["changes"] = changes
    env.filters["mark_label"] = lambda name: MARK_LABELS.get(name, name)
    env.globals.update(
        MARK_LABELS=MARK_LABELS,
        ELEMENT_LABELS=ELEMENT_LABELS,
        STATUS_LABELS=STATUS_LABELS,
        STATUS_CLASSES=STATUS_CLASSES,
        WARNING_BADGES=WARNING_BADGES,
    )
    return env


def render(request: Request, name: str, context: dict, status_code: int = 200) -> HTMLResponse:
    full = {"request": request, "officer": None, "title": "", **context}
    html = environment().get_template(name).render(**full)
    return HTMLResponse(html, status_code=status_code)
