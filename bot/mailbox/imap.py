"""IMAP: list the inbox by UID, fetch with BODY.PEEK[], move processed mail away.

The officer reads the same mailbox, so we never rely on \\Seen: every UID in
the inbox is a candidate, fetched with PEEK so its flags stay as they were.
Processed mail is MOVEd to ``processed_folder`` (COPY and a keyword where the
server lacks MOVE); nothing is ever deleted or expunged by us.
"""

from __future__ import annotations

import ssl
from collections.abc import Iterator

from imapclient import IMAPClient
from imapclient.exceptions import IMAPClientError, LoginError

from bot.config import MailboxConfig, secret
from bot.errors import MailboxError
from bot.mailbox import FetchedMail

FILED_KEYWORD = b"$IntakeFiled"


class ImapMailbox:
    """One connection to one IMAP mailbox, used as a context manager."""

    def __init__(self, config: MailboxConfig, name: str = "default") -> None:
        self.config = config
        self.name = name
        self.client: IMAPClient | None = None
        self._uidvalidity = 0
        self._can_move = False

    def __enter__(self) -> ImapMailbox:
        c = self.config
        where = f"IMAP {c.host}:{c.port}"
        try:
            context = ssl.create_default_context() if c.security != "none" else None
            client = IMAPClient(
                c.host,
                port=c.port,
                ssl=c.security == "ssl",
                ssl_context=context,
                timeout=c.timeout_seconds,
            )
            if c.security == "starttls":
                client.starttls(context)
            client.login(c.username, secret(c.password_env) or "")
            info = client.select_folder(c.inbox)
            self._uidvalidity = int(info[b"UIDVALIDITY"])
            self._can_move = b"MOVE" in client.capabilities()
            self._ensure_folder(client, c.processed_folder)
        except LoginError as exc:
            raise MailboxError(
                f"{where}: login refused for {c.username!r} (check {c.password_env}): {exc}"
            ) from None
        except (TimeoutError, OSError, ssl.SSLError) as exc:
            raise MailboxError(f"{where}: cannot connect: {exc}") from None
        except IMAPClientError as exc:
            raise MailboxError(f"{where}: {exc}") from None
        self.client = client
        return self

    def __exit__(self, *exc: object) -> None:
        if self.client is not None:
            try:
                self.client.logout()
            except Exception:  # noqa: BLE001 - the connection may already be gone
                pass
            self.client = None

    @staticmethod
    def _ensure_folder(client: IMAPClient, folder: str) -> None:
        if not client.folder_exists(folder):
            client.create_folder(folder)

    def _client(self) -> IMAPClient:
        if self.client is None:
            raise MailboxError("IMAP mailbox used outside its with-block")
        return self.client

    def uidvalidity(self) -> int:
        return self._uidvalidity

    def list_uids(self) -> list[int]:
        """Every mail in the inbox that we have not filed away, seen or not."""
        try:
            return sorted(self._client().search(["NOT", "KEYWORD", FILED_KEYWORD.decode()]))
        except IMAPClientError as exc:
            raise MailboxError(f"IMAP search failed: {exc}") from None

    def fetch(self, uids: list[int], max_bytes: int) -> Iterator[FetchedMail]:
        """Fetch raw bytes without touching \\Seen; oversized mail yields headers only."""
        client = self._client()
        for uid in uids:
            try:
                size = int(client.fetch([uid], ["RFC822.SIZE"]).get(uid, {}).get(b"RFC822.SIZE", 0))
                part = b"BODY.PEEK[]" if size <= max_bytes else b"BODY.PEEK[HEADER]"
                data = client.fetch([uid], [part]).get(uid)
            except IMAPClientError as exc:
                raise MailboxError(f"IMAP fetch of UID {uid} failed: {exc}") from None
            if not data:
                continue  # expunged by someone else meanwhile
            raw = data.get(b"BODY[]") or data.get(b"BODY[HEADER]") or b""
            yield FetchedMail(self._uidvalidity, uid, raw, size)

    def file_away(self, uid: int) -> None:
        """Move a stored mail to the processed folder; never delete it."""
        client = self._client()
        folder = self.config.processed_folder
        try:
            if self._can_move:
                client.move([uid], folder)
            else:
                client.copy([uid], folder)
                client.add_flags([uid], [FILED_KEYWORD])
        except IMAPClientError as exc:
            raise MailboxError(f"IMAP could not move UID {uid} to {folder!r}: {exc}") from None
