"""`intake demo`: the whole loop on embedded servers, with no account anywhere.

Starts pymap (IMAP) and aiosmtpd (SMTP) on loopback, drops the example
applications into the inbox, runs one worker pass and prints what happened
to every mail, one of the replies, and the review queue. With --serve it then
serves the review queue in the browser with a demo login, so a decision made
there lands in the SMTP sink as the applicant's mail.
"""

from __future__ import annotations

import dataclasses
import os
import secrets
import socket
import tempfile
from pathlib import Path

import typer
from sqlalchemy.engine import make_url

from bot import review, worker
from bot.app import App, build
from bot.config import Config
from bot.errors import IntakeError
from bot.reports import queue_lines
from bot.servers import ImapServer, SmtpSink, free_port

DEMO_PASSWORD_ENV = "INTAKE_DEMO_IMAP_PASSWORD"
DEMO_USER = "handlaggare"


def _reset_sqlite(url: str) -> None:
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite":
        raise IntakeError(
            "the demo only resets SQLite databases; point [database] url at a "
            "SQLite file or pass --no-reset"
        )
    if parsed.database and parsed.database != ":memory:":
        for suffix in ("", "-wal", "-shm", "-journal"):
            Path(parsed.database + suffix).unlink(missing_ok=True)


def demo_config(base: Config, imap: ImapServer, smtp: SmtpSink) -> Config:
    """The configured grant and database, with the embedded servers as mailbox and SMTP."""
    os.environ[DEMO_PASSWORD_ENV] = imap.password
    mailbox = dataclasses.replace(
        base.mailbox,
        host="127.0.0.1",
        port=imap.port,
        security="none",
        username=imap.user,
        password_env=DEMO_PASSWORD_ENV,
    )
    smtp_cfg = dataclasses.replace(
        base.smtp, host="127.0.0.1", port=smtp.port, security="none", username="", password_env=""
    )
    return dataclasses.replace(base, mailbox=mailbox, smtp=smtp_cfg)


def run_demo(base: Config, mail_dir: Path, reset: bool = True, serve: bool = False) -> None:
    files = sorted(mail_dir.glob("*.eml"))
    if not files:
        raise IntakeError(f"no .eml files in {mail_dir}")
    if reset:
        _reset_sqlite(base.database.url)
    sent_dir = Path(tempfile.mkdtemp(prefix="intake-demo-sent-"))
    imap = ImapServer().start()
    smtp = SmtpSink(sent_dir).start()
    try:
        config = demo_config(base, imap, smtp)
        app = build(config)
        for path in files:
            imap.deliver(path.read_bytes())
        typer.echo(
            f"IMAP 127.0.0.1:{imap.port} (pymap), SMTP 127.0.0.1:{smtp.port} (aiosmtpd), "
            f"databas {config.database.url}"
        )
        typer.echo(f"{len(files)} mejl lagda i inkorgen från {mail_dir}/\n")
        result = worker.poll_once(app.db, config, app.mailbox(), app.transport())
        _print_outcomes(result, files)
        _print_one_reply(smtp)
        with app.db.session() as session:
            typer.echo("\nKön (klara för beslut) – samma lista som `intake queue`:")
            typer.echo("\n".join(queue_lines(review.queue(session))))
        typer.echo(
            f'\nBehandlade mejl flyttade till "{config.mailbox.processed_folder}": '
            f"{imap.folder_count(config.mailbox.processed_folder)}; kvar i inkorgen: "
            f"{imap.folder_count(config.mailbox.inbox)}"
        )
        typer.echo(f"Skickade svar sparade i {sent_dir}/new")
        typer.echo(
            "Prova: intake queue · intake show 2026-0001 · "
            "intake approve <ärende> --amount 9000 · intake status --json"
        )
        if serve:
            _serve_web(app, sent_dir)
    finally:
        smtp.stop()
        imap.stop()


def _port_or_free(host: str, port: int) -> int:
    with socket.socket() as s:
        try:
            s.bind((host, port))
        except OSError:
            return free_port()
    return port


def _serve_web(app: App, sent_dir: Path) -> None:
    """The review queue on loopback, with a fresh demo login, until Ctrl-C."""
    from bot.web.cli import add_user
    from bot.web.server import serve

    password = secrets.token_urlsafe(12)
    add_user(app, DEMO_USER, password, update=True)
    host = "127.0.0.1"  # the demo never listens beyond this machine
    port = _port_or_free(host, app.config.web.port)
    typer.echo(
        f"\nHandläggningen i webbläsaren: http://{host}:{port}/\n"
        f"  Användarnamn: {DEMO_USER}\n  Lösenord:     {password}\n"
        f"Beslutsmejlen hamnar i sökandes brevlåda, här: {sent_dir}/new\n"
        "Ctrl-C avslutar."
    )
    serve(app, host, port)


def _print_outcomes(result: worker.PollResult, files: list[Path]) -> None:
    for outcome in result.outcomes:
        found = ", ".join(outcome.found) or "–"
        missing = ", ".join(outcome.missing) or "–"
        typer.echo(f"• {outcome.subject[:70]}")
        typer.echo(
            f"    typ: {outcome.kind}   ärende: {outcome.case_reference or '–'}   "
            f"svar: {outcome.reply or 'inget'}"
        )
        if outcome.kind in ("application", "followup"):
            typer.echo(f"    i mejlet: {found}\n    saknas i ärendet: {missing}")
        typer.echo(f"    varför: {'; '.join(outcome.reasons)[:160]}")
    for message_id, reason in result.failed:
        typer.echo(f"• mejl #{message_id} kunde inte behandlas: {reason}")
    typer.echo(
        f"\nLagrade {result.stored} mejl, behandlade {len(result.outcomes)}, "
        f"misslyckade {len(result.failed)}, skickade {result.sent} svar."
    )


def _print_one_reply(smtp: SmtpSink) -> None:
    messages = smtp.messages()
    receipt = next((m for m in messages if "saknas" in str(m["Subject"])), None) or (
        messages[0] if messages else None
    )
    if receipt is None:
        return
    typer.echo("\nEtt av svaren, som sökande får det:\n" + "-" * 72)
    for header in ("From", "To", "Subject", "In-Reply-To", "Auto-Submitted"):
        typer.echo(f"{header}: {receipt[header]}")
    typer.echo("")
    typer.echo(receipt.get_content().rstrip())
    typer.echo("-" * 72)
