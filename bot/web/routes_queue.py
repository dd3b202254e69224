"""The start page: the queue of cases, filters, search, and mail that is not a case."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import Response

from bot.web import queue, templating
from bot.web.deps import Db, LoggedIn

router = APIRouter()


def _year(value: str) -> int | None:
    return int(value) if value.strip().isdigit() else None


@router.get("/")
def queue_page(
    request: Request,
    officer: LoggedIn,
    db: Db,
    status: str = "",
    kommun: str = "",
    ar: str = "",
    q: str = "",
) -> Response:
    status = status if status in queue.GROUPS else ""
    filters = queue.Filters(status, kommun.strip(), _year(ar), q[:200])
    municipalities, years = queue.options(db)
    groups = queue.cases(db, filters)
    return templating.render(
        request,
        "queue.html",
        {
            "title": "Ärenden",
            "officer": officer,
            "filters": filters,
            "groups": groups,
            "total": sum(len(g.cases) for g in groups),
            "municipalities": municipalities,
            "years": years,
            "failed": queue.failed(db),
            "without_case": queue.without_case(db),
        },
    )
