"""The web UI against real servers: uvicorn in a thread, pymap, aiosmtpd, Debian's Chromium.

Cases are made the way production makes them: mails delivered to pymap and
read by the real worker. The browser is the system Chromium (never a
downloaded one), started with flags that work in containers and CI.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Page

from bot import worker
from bot.app import App
from bot.servers import ImapServer, free_port
from bot.web.cli import add_user
from bot.web.server import BackgroundServer

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
OFFICER = ("handlaggare", "ett-långt-lösenord")


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args: dict) -> dict:
    if not Path(CHROMIUM).exists():
        message = "no /usr/bin/chromium: run scripts/system-deps.sh test (apt-get install)"
        if os.environ.get("CI"):
            pytest.fail(message)  # in CI a missing browser is a broken setup, not a skip
        pytest.skip(message)
    return {**browser_type_launch_args, "executable_path": CHROMIUM, "args": CHROMIUM_ARGS}


@pytest.fixture
def feed(app: App, imap: ImapServer) -> Callable[..., worker.PollResult]:
    """Deliver mails (paths or bytes) to the inbox and run one real worker pass."""

    def run(*mails: Path | bytes) -> worker.PollResult:
        for mail in mails:
            imap.deliver(mail if isinstance(mail, bytes) else mail.read_bytes())
        return worker.poll_once(app.db, app.config, app.mailbox(), app.transport())

    return run


@pytest.fixture
def officer(app: App) -> tuple[str, str]:
    add_user(app, *OFFICER)
    return OFFICER


@pytest.fixture
def site(app: App, officer: tuple[str, str]) -> Iterator[str]:
    server = BackgroundServer(app, "127.0.0.1", free_port()).start()
    yield server.url
    server.stop()


def log_in(page: Page, site: str, username: str = OFFICER[0], password: str = OFFICER[1]) -> None:
    page.goto(site + "/login")
    page.get_by_label("Användarnamn").fill(username)
    page.get_by_label("Lösenord").fill(password)
    page.get_by_role("button", name="Logga in").click()


@pytest.fixture
def officer_page(page: Page, site: str) -> Page:
    log_in(page, site)
    page.wait_for_url(site + "/")
    return page
