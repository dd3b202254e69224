"""`intake serve` and `intake user add`, registered on the main CLI by bot/cli.py.

Kept free of web imports at module level so the CLI starts fast without them.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import Annotated

import typer

from bot.app import App
from bot.errors import IntakeError
from bot.store.db import utcnow

user_app = typer.Typer(no_args_is_help=True, help="Officer accounts for the web UI.")


def read_password() -> str:
    """Prompted twice on a terminal; otherwise the first line of stdin (for scripts)."""
    if sys.stdin.isatty():
        return typer.prompt("Lösenord", hide_input=True, confirmation_prompt=True)
    line = sys.stdin.readline()
    if not line:
        raise IntakeError("no password on stdin")
    return line.rstrip("\r\n")


def add_user(application: App, username: str, password: str, update: bool = False) -> None:
    from bot.web import auth

    with application.db.session() as session:
        auth.set_password(session, username, password, utcnow(), update=update)
        session.commit()


def register(app: typer.Typer, get_app: Callable[[], App]) -> None:
    """Add the web commands to the main `intake` app."""

    @app.command()
    def serve(
        host: Annotated[str | None, typer.Option(help="Address to listen on.")] = None,  # noqa: UP007
        port: Annotated[int | None, typer.Option(help="Port to listen on.")] = None,  # noqa: UP007
    ) -> None:
        """The officer's review queue in the browser (default http://127.0.0.1:8000/)."""
        from bot.web.server import serve as run

        application = get_app()
        web = application.config.web
        host, port = host or web.host, port or web.port
        typer.echo(f"Handläggning på http://{host}:{port}/ – Ctrl-C avslutar")
        run(application, host, port)

    @user_app.command("add")
    def user_add(
        username: Annotated[str, typer.Argument(help="Login name, e.g. the officer's e-mail.")],
        update: Annotated[
            bool, typer.Option("--update", help="Set a new password for an existing user.")
        ] = False,
    ) -> None:
        """Create a login for the web UI; the password is read from stdin or prompted."""
        add_user(get_app(), username, read_password(), update)
        typer.echo(f"Användaren {username} kan nu logga in.")

    app.add_typer(user_app, name="user")
