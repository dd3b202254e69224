"""Sending over SMTP, with errors sorted into temporary and permanent.

A transport is anything with ``send(EmailMessage)``; SMTP is the first. The
seam is small on purpose: Microsoft Graph can be a second implementation.
"""

from __future__ import annotations

import smtplib
import ssl
from email.message import EmailMessage
from typing import Protocol

from bot.config import SmtpConfig, secret
from bot.errors import SendError


class Transport(Protocol):
    def send(self, message: EmailMessage) -> None: ...


class SmtpTransport:
    """Send with smtplib; 5xx answers are permanent, everything else temporary."""

    def __init__(self, config: SmtpConfig) -> None:
        self.config = config

    def _connect(self) -> smtplib.SMTP:
        c = self.config
        if c.security == "ssl":
            return smtplib.SMTP_SSL(
                c.host, c.port, timeout=c.timeout_seconds, context=ssl.create_default_context()
            )
        smtp = smtplib.SMTP(c.host, c.port, timeout=c.timeout_seconds)
        if c.security == "starttls":
            smtp.starttls(context=ssl.create_default_context())
        return smtp

    def send(self, message: EmailMessage) -> None:
        c = self.config
        try:
            with self._connect() as smtp:
                password = secret(c.password_env) if c.password_env else None
                if c.username and password:
                    smtp.login(c.username, password)
                smtp.send_message(message)
        except smtplib.SMTPResponseException as exc:
            permanent = 500 <= exc.smtp_code < 600
            text = (
                exc.smtp_error.decode("utf-8", "replace")
                if isinstance(exc.smtp_error, bytes)
                else exc.smtp_error
            )
            raise SendError(
                f"SMTP {c.host}:{c.port} answered {exc.smtp_code} {text}", permanent=permanent
            ) from None
        except smtplib.SMTPRecipientsRefused as exc:
            raise SendError(
                f"SMTP {c.host}:{c.port} refused the recipient: {exc.recipients}", permanent=True
            ) from None
        except (TimeoutError, OSError, smtplib.SMTPException, ssl.SSLError) as exc:
            raise SendError(f"SMTP {c.host}:{c.port} unreachable: {exc}") from None
