"""Real servers for the tests: pymap (IMAP) and aiosmtpd (SMTP) on loopback.

pymap is started once per session (about a second); each test empties the
mailbox first. Each test gets a fresh SQLite file and its own SMTP sink.
"""

from __future__ import annotations

import dataclasses
import json
import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from bot.app import App, build
from bot.config import Config
from bot.servers import ImapServer, SmtpSink

ROOT = Path(__file__).resolve().parents[1]
SHARED_CORPUS = ROOT.parent / "shared" / "corpus"
OWN_CORPUS = ROOT / "tests" / "data" / "own"
PASSWORD_ENV = "INTAKE_TEST_IMAP_PASSWORD"


def corpus_labels(folder: Path) -> dict[str, dict]:
    return json.loads((folder / "labels.json").read_text("utf-8"))


@pytest.fixture(scope="session")
def imap_server() -> Iterator[ImapServer]:
    server = ImapServer().start()
    os.environ[PASSWORD_ENV] = server.password
    yield server
    server.stop()


@pytest.fixture
def imap(imap_server: ImapServer) -> ImapServer:
    """The session's IMAP server with an empty inbox and no processed folder content."""
    with imap_server.client() as client:
        for folder in ("INBOX", "Behandlade"):
            if client.folder_exists(folder):
                client.select_folder(folder)
                uids = client.search(["ALL"])
                if uids:
                    client.delete_messages(uids)  # test clean-up only; the bot never deletes
                    client.expunge()
    return imap_server


@pytest.fixture
def smtp(tmp_path: Path) -> Iterator[SmtpSink]:
    sink = SmtpSink(tmp_path / "sent").start()
    yield sink
    sink.stop()


@pytest.fixture
def config(imap: ImapServer, smtp: SmtpSink, tmp_path: Path) -> Config:
    base = Config()
    return dataclasses.replace(
        base,
        mailbox=dataclasses.replace(
            base.mailbox,
            host="127.0.0.1",
            port=imap.port,
            security="none",
            username=imap.user,
            password_env=PASSWORD_ENV,
            timeout_seconds=10,
        ),
        smtp=dataclasses.replace(
            base.smtp, host="127.0.0.1", port=smtp.port, security="none", timeout_seconds=10
        ),
        database=dataclasses.replace(base.database, url=f"sqlite:///{tmp_path / 'intake.db'}"),
    )


@pytest.fixture
def app(config: Config) -> App:
    return build(config)
