"""Embedded mail servers on loopback: pymap (IMAP) and aiosmtpd (SMTP).

Used by ``intake demo`` and by the test suite, so the demo and the tests run
the same real protocol code as production, with no account anywhere.
"""

from __future__ import annotations

import mailbox as stdlib_mailbox
import shutil
import socket
import subprocess
import sys
import time
from dataclasses import dataclass, field
from email import message_from_bytes, policy
from email.message import EmailMessage
from pathlib import Path

from aiosmtpd.controller import Controller
from aiosmtpd.handlers import Mailbox as MaildirHandler
from imapclient import IMAPClient

IMAP_USER = "ideslanten@example.se"
IMAP_PASSWORD = "demopass"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _pymap_command() -> str:
    found = shutil.which("pymap") or str(Path(sys.executable).with_name("pymap"))
    return found


@dataclass
class ImapServer:
    """A pymap process with the in-memory backend and one user."""

    port: int = field(default_factory=free_port)
    user: str = IMAP_USER
    password: str = IMAP_PASSWORD
    process: subprocess.Popen | None = None

    def start(self, timeout: float = 15.0) -> ImapServer:
        self.process = subprocess.Popen(
            [
                _pymap_command(),
                "--host",
                "127.0.0.1",
                "--port",
                str(self.port),
                "--no-tls",
                "dict",
                "--demo-user",
                self.user,
                "--demo-password",
                self.password,
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            try:
                with socket.create_connection(("127.0.0.1", self.port), timeout=0.5):
                    return self
            except OSError:
                if self.process.poll() is not None:
                    raise RuntimeError("pymap exited at start") from None
                time.sleep(0.05)
        raise RuntimeError(f"pymap did not listen on port {self.port}")

    def stop(self) -> None:
        if self.process and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(5)
            except subprocess.TimeoutExpired:
                self.process.kill()

    def client(self) -> IMAPClient:
        c = IMAPClient("127.0.0.1", port=self.port, ssl=False, timeout=10)
        c.login(self.user, self.password)
        return c

    def deliver(self, raw: bytes, folder: str = "INBOX", flags: tuple[bytes, ...] = ()) -> None:
        """Put a mail in a folder, as an MTA would."""
        with self.client() as c:
            if not c.folder_exists(folder):
                c.create_folder(folder)
            c.append(folder, raw, flags=flags)

    def folder_count(self, folder: str) -> int:
        with self.client() as c:
            if not c.folder_exists(folder):
                return 0
            return int(c.select_folder(folder, readonly=True)[b"EXISTS"])


class SmtpSink:
    """aiosmtpd writing every received mail to a Maildir."""

    def __init__(self, directory: Path, port: int | None = None) -> None:
        self.directory = Path(directory)
        for sub in ("tmp", "new", "cur"):
            (self.directory / sub).mkdir(parents=True, exist_ok=True)
        self.port = port or free_port()
        self.controller = Controller(
            MaildirHandler(str(self.directory)), hostname="127.0.0.1", port=self.port
        )

    def start(self) -> SmtpSink:
        self.controller.start()
        self.running = True
        return self

    def stop(self) -> None:
        if getattr(self, "running", False):
            self.controller.stop()
            self.running = False

    def messages(self) -> list[EmailMessage]:
        """Received mails in arrival order."""
        box = stdlib_mailbox.Maildir(str(self.directory), create=False)
        items = sorted(
            box.iterkeys(),
            key=lambda k: (
                (self.directory / "new" / k).stat().st_mtime_ns
                if (self.directory / "new" / k).exists()
                else 0
            ),
        )
        return [message_from_bytes(box.get_bytes(k), policy=policy.default) for k in items]  # type: ignore[misc]
