"""Replies rendered from named templates, and built into e-mail messages.

Text the sender wrote is only ever a template *variable*, never template
source, so nothing in a mail can be expanded as Jinja code. Header values are
stripped of line breaks so a subject cannot inject headers.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from datetime import datetime
from email.message import EmailMessage
from email.utils import format_datetime, formataddr, make_msgid
from functools import lru_cache
from importlib import resources

from jinja2 import Environment, PackageLoader, StrictUndefined

REPLY_KINDS = ("receipt", "complete", "question", "approved", "rejected", "more_info")
LANGUAGES = ("sv", "en")


@dataclass
class Outgoing:
    """Everything needed to build one outgoing mail, as stored in the outbox."""

    to_addr: str
    subject: str
    body: str
    message_id: str
    in_reply_to: str | None
    references: str | None


@lru_cache(maxsize=1)
def _environment() -> Environment:
    return Environment(
        loader=PackageLoader("replies", "templates"),
        undefined=StrictUndefined,
        autoescape=False,  # plain-text mail; values are never re-parsed as templates
        keep_trailing_newline=True,
    )


@lru_cache(maxsize=1)
def element_texts() -> dict[str, dict[str, str]]:
    text = resources.files("replies").joinpath("templates/elements.toml").read_text("utf-8")
    return tomllib.loads(text)


def render(kind: str, language: str, context: dict) -> tuple[str, str]:
    """Render a reply template; returns (subject, body)."""
    if kind not in REPLY_KINDS:
        raise ValueError(f"unknown reply kind {kind!r}")
    language = language if language in LANGUAGES else "sv"
    texts = element_texts()[language]
    full = {
        **context,
        "missing": [texts[m] for m in context.get("missing", [])],
        "all_elements": list(texts.values()),
    }
    rendered = _environment().get_template(f"{kind}.{language}.j2").render(**full)
    first, _, body = rendered.partition("\n")
    if not first.startswith("Subject: "):
        raise ValueError(f"template {kind}.{language}.j2 must start with 'Subject: '")
    return one_line(first[len("Subject: ") :]), body.lstrip("\n")


def one_line(value: str) -> str:
    """A header-safe single line."""
    return re.sub(r"[\r\n\t]+", " ", value).strip()


def new_message_id(from_address: str) -> str:
    domain = from_address.rsplit("@", 1)[-1] or "localhost"
    return make_msgid(idstring="ideslanten", domain=domain).strip("<>")


def references(earlier: list[str], parent: str | None) -> str | None:
    """References: the parent's own References plus the parent (RFC 5322 3.6.4)."""
    ids = [i for i in earlier if i] + ([parent] if parent else [])
    seen: list[str] = []
    for mid in ids:
        if mid not in seen:
            seen.append(mid)
    return " ".join(f"<{m}>" for m in seen[-20:]) or None


def build(out: Outgoing, *, from_address: str, from_name: str, date: datetime) -> EmailMessage:
    """The MIME message for an outbox row; same row, same message (stable Message-ID)."""
    msg = EmailMessage()
    msg["From"] = formataddr((one_line(from_name), from_address))
    msg["To"] = one_line(out.to_addr)
    msg["Subject"] = one_line(out.subject)
    msg["Date"] = format_datetime(date)
    msg["Message-ID"] = f"<{out.message_id}>"
    if out.in_reply_to:
        msg["In-Reply-To"] = f"<{out.in_reply_to}>"
    if out.references:
        msg["References"] = one_line(out.references)
    # RFC 3834: mark every mail we generate so that well-behaved systems
    # never answer it, and ask Exchange not to send out-of-office replies.
    msg["Auto-Submitted"] = "auto-replied"
    msg["X-Auto-Response-Suppress"] = "All"
    msg.set_content(out.body, charset="utf-8")
    return msg
