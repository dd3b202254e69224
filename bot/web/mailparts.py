"""Attachments of a stored mail, for download: the bytes, and a filename that is safe.

The raw bytes are the record; this re-reads them with the standard library, in
the same order as ``parsers.mime`` walks the parts, so the numbering is stable.
"""

from __future__ import annotations

import email
import email.policy
import re
import unicodedata
from dataclasses import dataclass
from email.message import Message
from urllib.parse import quote


@dataclass(frozen=True)
class Attachment:
    index: int
    filename: str
    content_type: str
    size: int


def _is_body_text(part: Message) -> bool:
    return (
        part.get_content_type() in ("text/plain", "text/html")
        and not part.get_filename()
        and (part.get_content_disposition() or "") != "attachment"
    )


def _parts(raw: bytes) -> list[Message]:
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    found = []
    for part in msg.walk():
        ctype = part.get_content_type()
        if part.is_multipart() or ctype.startswith("message/") or ctype == "text/rfc822-headers":
            continue
        if not _is_body_text(part):
            found.append(part)
    return found


def _name(part: Message) -> str:
    try:
        return part.get_filename() or ""
    except Exception:  # noqa: BLE001 - a broken RFC 2231 name must not hide the file
        return ""


def listing(raw: bytes) -> list[Attachment]:
    out = []
    for index, part in enumerate(_parts(raw)):
        data = part.get_payload(decode=True) or b""
        name = safe_filename(_name(part), f"bilaga-{index + 1}")
        out.append(Attachment(index, name, part.get_content_type(), len(data)))
    return out


def payload(raw: bytes, index: int) -> tuple[str, bytes] | None:
    """(safe filename, bytes) of one attachment, or None."""
    parts = _parts(raw)
    if not 0 <= index < len(parts):
        return None
    part = parts[index]
    return safe_filename(_name(part), f"bilaga-{index + 1}"), part.get_payload(decode=True) or b""


def safe_filename(name: str, fallback: str) -> str:
    """No path, no control characters, no quotes; letters like å/ä/ö are kept."""
    name = unicodedata.normalize("NFC", name).replace("\\", "/").rsplit("/", 1)[-1]
    name = re.sub(r"[^\w .()+-]+", "_", name, flags=re.UNICODE)
    name = re.sub(r"\s+", " ", name).strip(" ._")
    return name[:120] or fallback


def content_disposition(filename: str) -> str:
    """Always a download, never shown inline; RFC 6266 with an ASCII fallback."""
    ascii_name = filename.encode("ascii", "replace").decode().replace("?", "_") or "bilaga"
    return f"attachment; filename=\"{ascii_name}\"; filename*=UTF-8''{quote(filename, safe='')}"
