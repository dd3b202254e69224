"""The case page, and the officer's corrections: element overrides and fact edits."""

from __future__ import annotations

from fastapi import APIRouter, HTTPException, Request
from fastapi.responses import RedirectResponse, Response
from sqlalchemy.orm import Session

from bot import review
from bot.decide import DECIDED, QUESTION
from bot.errors import ReviewError
from bot.store.models import Case
from bot.web import casefile, templating
from bot.web.deps import Db, LoggedIn, Posted
from bot.web.forms import FACT_FIELDS, FLASH, MAIL_FLASH, parse_facts

router = APIRouter()


def load_case(db: Session, ref: str) -> Case:
    try:
        return review.get_case(db, ref)
    except ReviewError:
        raise HTTPException(404, f"Det finns inget ärende {ref}.") from None


def case_url(case: Case, done: str = "", mail: str = "") -> str:
    params = {"klart": done, "mejl": mail}
    query = "&".join(f"{k}={v}" for k, v in params.items() if v)
    return f"/cases/{case.reference}" + (f"?{query}" if query else "")


@router.get("/cases/{ref}")
def case_page(
    request: Request,
    officer: LoggedIn,
    db: Db,
    ref: str,
    klart: str = "",
    mejl: str = "",
) -> Response:
    case = load_case(db, ref)
    config = request.app.state.web.app.config
    values = {**(case.facts or {}), "municipality": case.municipality}
    return templating.render(
        request,
        "case.html",
        {
            "title": f"Ärende {case.reference}",
            "officer": officer,
            "case": case,
            "elements": casefile.elements(case),
            "thread": casefile.thread(case),
            "cap": casefile.cap_usage(db, config, case),
            "fact_fields": FACT_FIELDS,
            "facts": values,
            "flash": FLASH.get(klart, ""),
            "mail_flash": MAIL_FLASH.get(mejl, ""),
            "open": case.status != DECIDED,
            "can_approve": case.status not in (DECIDED, QUESTION),
            "audit_labels": casefile.AUDIT_ACTIONS,
        },
    )


@router.post("/cases/{ref}/elements/{name}")
async def override_element(
    request: Request,
    officer: Posted,
    db: Db,
    ref: str,
    name: str,
) -> Response:
    choice = (await request.form()).get("value")
    values = {"present": True, "missing": False, "reset": None}
    if choice not in values:
        raise HTTPException(400, "Välj finns, saknas eller återställ.")
    case = load_case(db, ref)
    now = request.app.state.web.now()
    review.override_element(db, case.reference, name, values[str(choice)], officer.username, now)
    db.commit()
    return RedirectResponse(case_url(case, "del"), status_code=303)


@router.post("/cases/{ref}/facts")
async def edit_facts(
    request: Request,
    officer: Posted,
    db: Db,
    ref: str,
) -> Response:
    changes = parse_facts(await request.form())
    case = load_case(db, ref)
    web = request.app.state.web
    review.edit_facts(db, web.app.config, case.reference, changes, officer.username, web.now())
    db.commit()
    return RedirectResponse(case_url(case, "uppgifter"), status_code=303)
