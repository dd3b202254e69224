"""Raw RFC 5322 bytes → ParsedMail: headers, body text and attachment text.

We walk the MIME tree with the standard library's ``email`` package rather than
mail-parser's flattened view, because the bot must survive what real clients
send and mail-parser loses it silently: a text part without a charset
parameter that is really windows-1252, a body labelled iso-8859-1 that is
cp1252, raw 8-bit bytes in headers, and whitespace between encoded words in
subjects. Each of those has a test in tests/parsers/test_mime.py.
"""

from __future__ import annotations

import email
import email.parser
import email.policy
import re
from dataclasses import dataclass, field
from datetime import datetime
from email.header import Header, decode_header
from email.message import Message
from email.utils import getaddresses, parseaddr, parsedate_to_datetime

from parsers.attachments import Attachment, attachment_text
from parsers.charset import decode_bytes
from parsers.html import html_to_text

MSGID_RE = re.compile(r"<([^<>\s]+)>")


@dataclass
class ParsedMail:
    """One e-mail as plain data, everything a classifier or extractor needs."""

    message_id: str | None
    subject: str
    from_name: str
    from_addr: str
    to: list[str]
    date: datetime | None
    in_reply_to: list[str]
    references: list[str]
    headers: dict[str, list[str]]
    content_type: str
    body_text: str
    body_was_html: bool
    attachments: list[Attachment] = field(default_factory=list)
    part_types: list[str] = field(default_factory=list)
    defects: list[str] = field(default_factory=list)

    def header(self, name: str) -> str:
        """The first value of a header, or "" (names are case-insensitive)."""
        values = self.headers.get(name.lower())
        return values[0] if values else ""

    def thread_ids(self) -> list[str]:
        """Message-IDs this mail answers, nearest first."""
        ids = list(self.in_reply_to)
        ids += [r for r in reversed(self.references) if r not in ids]
        return ids


def _fix_surrogates(value: str) -> str:
    """Raw 8-bit header bytes arrive as surrogate escapes: decode them properly."""
    if not any("\udc80" <= ch <= "\udcff" for ch in value):
        return value
    raw = value.encode("utf-8", errors="surrogateescape")
    return decode_bytes(raw, None)


def decode_header_value(value: str | Header) -> str:
    """RFC 2047 encoded words → text, keeping the space between words and text."""
    if isinstance(value, Header):  # raw 8-bit bytes in the header
        return " ".join(
            decode_bytes(b, c) if isinstance(b, bytes) else b for b, c in decode_header(value)
        ).strip()
    value = _fix_surrogates(str(value))
    try:
        parts = decode_header(value)
    except Exception:  # noqa: BLE001 - a broken encoded word: keep the raw text
        return " ".join(value.split())
    out = []
    for chunk, charset in parts:
        if isinstance(chunk, bytes):
            out.append(decode_bytes(chunk, charset))
        else:
            out.append(chunk)
    # decode_header returns plain text runs with their own spacing but drops the
    # space between an encoded word and following text; re-joining with the
    # original spacing is what mail clients display.
    text = ""
    for piece in out:
        if (
            text
            and not text.endswith(" ")
            and not piece.startswith(" ")
            and _needs_space(value, piece)
        ):
            text += " "
        text += piece
    return " ".join(text.split())


def _needs_space(original: str, piece: str) -> bool:
    stripped = piece.strip()
    return bool(stripped) and re.search(r"\?=\s+" + re.escape(stripped[:8]), original) is not None


def _header_values(msg: Message) -> dict[str, list[str]]:
    headers: dict[str, list[str]] = {}
    for name, value in msg.items():
        headers.setdefault(name.lower(), []).append(decode_header_value(value))
    return headers


def _message_ids(value: str) -> list[str]:
    return MSGID_RE.findall(value or "")


def _date(value: str) -> datetime | None:
    try:
        return parsedate_to_datetime(value) if value else None
    except (TypeError, ValueError, IndexError):
        return None


def _part_payload(part: Message) -> bytes:
    try:
        payload = part.get_payload(decode=True)
    except Exception:  # noqa: BLE001 - broken transfer encoding: keep what we can
        payload = None
    if payload is None:
        raw = part.get_payload()
        payload = raw.encode("utf-8", "surrogateescape") if isinstance(raw, str) else b""
    return payload


def _filename(part: Message) -> str | None:
    try:
        name = part.get_filename()
    except Exception:  # noqa: BLE001
        name = None
    return decode_header_value(name) if name else None


def _walk(
    msg: Message, max_attachment_bytes: int
) -> tuple[list[str], list[str], list[Attachment], list[str]]:
    """Collect plain texts, html texts, attachments and the content types seen."""
    plains: list[str] = []
    htmls: list[str] = []
    attachments: list[Attachment] = []
    types: list[str] = []
    for part in msg.walk():
        ctype = part.get_content_type()
        types.append(ctype)
        if part.is_multipart():
            continue
        filename = _filename(part)
        disposition = (part.get_content_disposition() or "").lower()
        is_body_text = (
            ctype in ("text/plain", "text/html") and not filename and disposition != "attachment"
        )
        if is_body_text:
            text = decode_bytes(_part_payload(part), part.get_content_charset())
            (plains if ctype == "text/plain" else htmls).append(text)
        elif ctype.startswith("message/") or ctype == "text/rfc822-headers":
            continue
        else:
            payload = _part_payload(part)
            attachments.append(
                attachment_text(
                    filename or "", ctype, payload, part.get_content_charset(), max_attachment_bytes
                )
            )
    return plains, htmls, attachments, types


def _choose_body(plains: list[str], htmls: list[str]) -> tuple[str, bool]:
    """The plain part, unless the HTML part (what most clients show) says clearly more.

    Some clients build the plain alternative badly or the sender edits one part
    only; reading the richer part loses nothing the applicant saw.
    """
    plain = "\n\n".join(p for p in plains if p.strip())
    html = "\n\n".join(html_to_text(h) for h in htmls) if htmls else ""
    if plain and len(html.split()) <= len(plain.split()) * 1.1:
        return plain, False
    return (html, True) if html else (plain, False)


def parse(raw: bytes, *, max_attachment_bytes: int = 15_000_000) -> ParsedMail:
    """Parse raw bytes into a ParsedMail. Never raises on malformed MIME."""
    # compat32 is several times faster than policy.default at headers, and we
    # decode encoded words ourselves (decode_header_value) anyway.
    msg = email.message_from_bytes(raw, policy=email.policy.compat32)
    headers = _header_values(msg)

    def first(name: str) -> str:
        values = headers.get(name)
        return values[0] if values else ""

    from_name, from_addr = parseaddr(first("from"))
    plains, htmls, attachments, types = _walk(msg, max_attachment_bytes)
    body, was_html = _choose_body(plains, htmls)
    mid = _message_ids(first("message-id"))
    return ParsedMail(
        message_id=mid[0] if mid else None,
        subject=first("subject"),
        from_name=from_name.strip().strip('"'),
        from_addr=from_addr.strip().lower(),
        to=[addr.lower() for _, addr in getaddresses(headers.get("to", [])) if addr],
        date=_date(first("date")),
        in_reply_to=_message_ids(first("in-reply-to")),
        references=_message_ids(" ".join(headers.get("references", []))),
        headers=headers,
        content_type=msg.get_content_type(),
        body_text=body.replace("\r\n", "\n").replace("\r", "\n"),
        body_was_html=was_html,
        attachments=attachments,
        part_types=types,
        defects=[type(d).__name__ for d in msg.defects]
        + [type(d).__name__ for p in msg.walk() for d in getattr(p, "defects", [])],
    )


@dataclass(frozen=True)
class Envelope:
    """The few headers needed to store a mail before it is read."""

    message_id: str | None
    from_addr: str
    subject: str


def envelope(raw: bytes) -> Envelope:
    """Read only the header block: cheap, and safe on any bytes."""
    try:
        msg = email.parser.BytesHeaderParser(policy=email.policy.compat32).parsebytes(raw)
        ids = _message_ids(decode_header_value(msg.get("message-id", "")))
        addr = parseaddr(decode_header_value(msg.get("from", "")))[1].lower()
        subject = decode_header_value(msg.get("subject", ""))
    except Exception:  # noqa: BLE001 - garbage in: store it under its hash
        return Envelope(None, "", "")
    return Envelope(ids[0] if ids else None, addr[:320], subject[:2000])
