"""Screenshots of the review queue for docs/, made the way an officer sees it.

Runs the demo's loop on embedded servers (pymap, aiosmtpd) with the example
mails, approves one case so the ledger has a bar, logs in with Debian's
Chromium and saves the queue, a case page and the ledger at desktop width and
at 360 px (a phone).

    .venv/bin/python scripts/screenshots.py [--out docs]
"""

from __future__ import annotations

import argparse
import dataclasses
import tempfile
from pathlib import Path

from playwright.sync_api import Page, sync_playwright

from bot import outbox, review, worker
from bot.app import build
from bot.config import Config
from bot.decide import READY
from bot.demo import demo_config
from bot.servers import ImapServer, SmtpSink, free_port
from bot.store.db import utcnow
from bot.web.cli import add_user
from bot.web.server import BackgroundServer

ROOT = Path(__file__).resolve().parents[1]
OWN = sorted((ROOT / "tests" / "data" / "own").glob("*.eml"))
MAILS = [*sorted((ROOT / "examples" / "mail").glob("*.eml")), *OWN[:10]]
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run"]
USER, PASSWORD = "handlaggare", "skarmbild-demo-123"


def prepare(tmp: Path, imap: ImapServer, smtp: SmtpSink) -> tuple[object, str]:
    base = dataclasses.replace(
        Config(),
        database=dataclasses.replace(Config().database, url=f"sqlite:///{tmp / 'shots.db'}"),
    )
    config = demo_config(base, imap, smtp)
    app = build(config)
    for path in MAILS:
        imap.deliver(path.read_bytes())
    worker.poll_once(app.db, config, app.mailbox(), app.transport())
    with app.db.session() as session:
        ready = review.queue(session, (READY,))
        # A case with a rule warning shows the most: the sentence that triggered it.
        show = next((c for c in ready if c.warnings), ready[0]).reference
        if len(ready) > 1:
            last = ready[-1]
            review.approve(
                session, config, last.reference, last.amount_sek or 5000, None, USER, utcnow()
            )
        session.commit()
    outbox.flush(app.db, config, app.transport(), utcnow)
    add_user(app, USER, PASSWORD, update=True)
    return app, show


def log_in(page: Page, url: str) -> None:
    page.goto(url + "/login")
    page.get_by_label("Användarnamn").fill(USER)
    page.get_by_label("Lösenord").fill(PASSWORD)
    page.get_by_role("button", name="Logga in").click()
    page.wait_for_url(url + "/")


def shoot(url: str, case: str, out: Path) -> None:
    """Desktop: the whole queue, the top of a case page; phone: what the first screen shows."""
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=CHROMIUM_ARGS)
        for suffix, width, height in (("", 1280, 1300), ("-360", 360, 780)):
            page = browser.new_page(viewport={"width": width, "height": height})
            log_in(page, url)
            page.screenshot(path=out / f"screenshot-queue{suffix}.png", full_page=not suffix)
            page.goto(f"{url}/cases/{case}")
            tall = min(2400, page.evaluate("document.documentElement.scrollHeight"))
            clip = {"x": 0, "y": 0, "width": width, "height": tall if not suffix else height}
            page.screenshot(path=out / f"screenshot-case{suffix}.png", full_page=True, clip=clip)
            page.goto(f"{url}/ledger")
            page.screenshot(path=out / f"screenshot-ledger{suffix}.png")
            page.close()
        browser.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        imap, smtp = ImapServer().start(), SmtpSink(Path(tmp) / "sent").start()
        try:
            app, case = prepare(Path(tmp), imap, smtp)
            server = BackgroundServer(app, "127.0.0.1", free_port()).start()  # type: ignore[arg-type]
            try:
                shoot(server.url, case, args.out)
            finally:
                server.stop()
        finally:
            smtp.stop()
            imap.stop()
    print(f"screenshots in {args.out}/")


if __name__ == "__main__":
    main()
