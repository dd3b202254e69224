"""One stored mail (also one that failed or is not a case), its attachments and raw bytes."""

from __future__ import annotations

from fastapi import APIRouter, HTTPException, Request
from fastapi.responses import Response
from sqlalchemy.orm import Session

from bot.store.models import Message
from bot.web import mailparts, templating
from bot.web.deps import Db, LoggedIn

router = APIRouter()


def _message(db: Session, message_id: int) -> Message:
    message = db.get(Message, message_id)
    if message is None:
        raise HTTPException(404, "Mejlet finns inte.")
    return message


def _download(data: bytes, filename: str) -> Response:
    # Never rendered by the browser: a generic type, attachment, and nosniff (set globally).
    return Response(
        data,
        media_type="application/octet-stream",
        headers={"Content-Disposition": mailparts.content_disposition(filename)},
    )


@router.get("/messages/{message_id}")
def message_page(
    request: Request,
    message_id: int,
    officer: LoggedIn,
    db: Db,
) -> Response:
    from parsers.mime import parse
    from parsers.text import mask_personnummer

    message = _message(db, message_id)
    # A mail that failed before extraction is shown from its raw body, masked the same way.
    text = (message.extraction or {}).get("new_text") or mask_personnummer(
        parse(message.raw).body_text
    )
    return templating.render(
        request,
        "message.html",
        {
            "title": f"Mejl #{message.id}",
            "officer": officer,
            "message": message,
            "text": text,
            "attachments": mailparts.listing(message.raw),
        },
    )


@router.get("/messages/{message_id}/raw")
def message_raw(
    message_id: int,
    _officer: LoggedIn,
    db: Db,
) -> Response:
    return _download(_message(db, message_id).raw, f"mejl-{message_id}.eml")


@router.get("/messages/{message_id}/attachments/{index}")
def attachment(
    message_id: int,
    index: int,
    _officer: LoggedIn,
    db: Db,
) -> Response:
    found = mailparts.payload(_message(db, message_id).raw, index)
    if found is None:
        raise HTTPException(404, "Bilagan finns inte.")
    filename, data = found
    return _download(data, filename)
