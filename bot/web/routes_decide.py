"""Decisions: preview the applicant's mail, then confirm; bot.review decides, the outbox sends.

Both steps go through ``bot.review`` (preview_* renders exactly what the action
will queue, and checks the same rules), so the web and the CLI cannot drift.
"""

from __future__ import annotations

from fastapi import APIRouter, HTTPException, Request
from fastapi.responses import RedirectResponse, Response

from bot import outbox, review
from bot.web import templating
from bot.web.deps import Db, Posted
from bot.web.forms import parse_amount
from bot.web.routes_case import case_url, load_case

router = APIRouter()

# action in the URL → (Swedish name, result flash key)
ACTIONS = {
    "approve": ("Godkänn", "godkant"),
    "reject": ("Avslå", "avslaget"),
    "request-info": ("Begär komplettering", "komplettering"),
}


def _fields(action: str, form: dict) -> dict:
    """The action's inputs, checked; the same dict goes into the preview's hidden fields."""
    if action == "approve":
        amount = parse_amount(form.get("amount"), "Belopp (kr)")
        if not amount:
            raise HTTPException(400, "Belopp (kr): ange ett belopp större än 0.")
        return {"amount": amount, "note": str(form.get("note") or "").strip()}
    if action == "reject":
        reason = str(form.get("reason") or "").strip()
        if not reason:
            raise HTTPException(400, "Motivering: skriv varför ansökan avslås.")
        return {"reason": reason}
    if action == "request-info":
        message = str(form.get("message") or "").strip()
        if not message:
            raise HTTPException(400, "Meddelande: skriv vad sökande behöver komplettera.")
        return {"message": message}
    raise HTTPException(404, "Okänd åtgärd.")


async def _form(request: Request, action: str) -> dict:
    form = await request.form()
    return _fields(action, {k: form.get(k) for k in form.keys()})


@router.post("/cases/{ref}/preview/{action}")
async def preview(
    request: Request,
    ref: str,
    action: str,
    officer: Posted,
    db: Db,
) -> Response:
    fields = await _form(request, action)
    case = load_case(db, ref)
    config = request.app.state.web.app.config
    ref = case.reference
    if action == "approve":
        subject, body = review.preview_approve(db, config, ref, fields["amount"], fields["note"])
    elif action == "reject":
        subject, body = review.preview_reject(db, config, ref, fields["reason"])
    else:
        subject, body = review.preview_request_info(db, config, ref, fields["message"])
    return templating.render(
        request,
        "preview.html",
        {
            "title": f"Förhandsgranska – {case.reference}",
            "officer": officer,
            "case": case,
            "action": action,
            "action_label": ACTIONS[action][0],
            "fields": fields,
            "subject": subject,
            "body": body,
        },
    )


@router.post("/cases/{ref}/decision/{action}")
async def decide(
    request: Request,
    ref: str,
    action: str,
    officer: Posted,
    db: Db,
) -> Response:
    fields = await _form(request, action)
    case = load_case(db, ref)
    web = request.app.state.web
    config, now, who, ref = web.app.config, web.now(), officer.username, case.reference
    if action == "approve":
        review.approve(db, config, ref, fields["amount"], fields["note"] or None, who, now)
    elif action == "reject":
        review.reject(db, config, ref, fields["reason"], who, now)
    else:
        review.request_info(db, config, ref, fields["message"], who, now)
    db.commit()
    # Sent after commit, as the CLI does: a failure leaves the mail queued, never lost.
    result = outbox.flush(web.app.db, config, web.make_transport(), web.now)
    return RedirectResponse(
        case_url(case, ACTIONS[action][1], "skickat" if result.sent else "kat"), status_code=303
    )
