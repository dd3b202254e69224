"""The ledger page and the CSV export."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import Response
from sqlalchemy import select

from bot.store.models import Case
from bot.web import ledger, templating
from bot.web.deps import Db, LoggedIn

router = APIRouter()


@router.get("/ledger")
def ledger_page(
    request: Request,
    officer: LoggedIn,
    db: Db,
    ar: str = "",
) -> Response:
    web = request.app.state.web
    known = ledger.years(db)
    year = int(ar) if ar.isdigit() else (known[0] if known else web.now().year)
    cap = web.app.config.grant.max_amount_sek
    rows = ledger.per_ort(db, year)
    chart = ledger.bar_chart([(r.ort, r.approved) for r in rows if r.approved], cap)
    return templating.render(
        request,
        "ledger.html",
        {
            "title": "Beviljat per ort",
            "officer": officer,
            "year": year,
            "years": sorted({*known, year}, reverse=True),
            "cap": cap,
            "rows": rows,
            "municipalities": ledger.per_municipality(rows),
            "chart": chart,
        },
    )


@router.get("/export/cases.csv")
def export_cases(
    request: Request,
    _officer: LoggedIn,
    db: Db,
) -> Response:
    cases = list(db.scalars(select(Case).order_by(Case.year, Case.number)))
    today = request.app.state.web.now().strftime("%Y-%m-%d")
    return Response(
        ledger.cases_csv(cases),
        media_type="text/csv; charset=utf-8",
        headers={"Content-Disposition": f'attachment; filename="ideslanten-arenden-{today}.csv"'},
    )
