"""The `intake` command. Names are fixed: operators' runbooks use them.

Every command exits 0 on success; an IntakeError becomes one line on stderr
and exit code 1, never a traceback.
"""

from __future__ import annotations

import json
import logging
import signal
import sys
import threading
from pathlib import Path
from typing import Annotated

import typer

from bot import config as config_module
from bot import review
from bot.app import App, build
from bot.errors import ConfigError, IntakeError
from bot.store.db import utcnow
from bot.web.cli import register as register_web

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    help="Idéslanten intake bot: e-mail applications in, replies and a review queue out.",
)
log = logging.getLogger("intake")


class State:
    config_path: Path | None = None  # noqa: UP007


def _config() -> config_module.Config:
    return config_module.load(State.config_path)


def _app() -> App:
    return build(_config())


@app.callback()
def main_options(
    config: Annotated[
        Path | None,
        typer.Option(
            "--config",
            envvar="INTAKE_CONFIG",  # noqa: UP007
            help="Config file (default ./config.toml).",
        ),
    ] = None,
    verbose: Annotated[bool, typer.Option("--verbose", "-v", help="Log more.")] = False,
) -> None:
    State.config_path = config
    logging.basicConfig(
        level=logging.INFO if verbose else logging.WARNING,
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
    )


@app.command()
def demo(
    reset: Annotated[bool, typer.Option(help="Start from an empty demo database.")] = True,
    mail_dir: Annotated[
        Path, typer.Option(help="Folder of .eml files to drop in the inbox.")
    ] = Path("examples/mail"),
    serve: Annotated[
        bool | None,  # noqa: UP007
        typer.Option(
            "--serve/--no-serve",
            help="Then serve the review queue in the browser (default: in a terminal).",
        ),
    ] = None,
) -> None:
    """Run the whole loop on embedded servers with the example applications."""
    from bot.demo import run_demo

    try:
        cfg = _config()
    except ConfigError as exc:
        if State.config_path is not None or Path("config.toml").exists():
            raise
        log.info("no config.toml (%s): using built-in defaults", exc)
        cfg = config_module.Config()
    # Serve only when someone is there to use it: in CI or `| cat` the demo must end by itself.
    if serve is None:
        serve = sys.stdin.isatty() and sys.stdout.isatty()
    run_demo(cfg, mail_dir, reset=reset, serve=serve)


@app.command()
def run() -> None:
    """Poll every poll_seconds until stopped; SIGTERM/Ctrl-C finish the current mail."""
    from apscheduler.schedulers.blocking import BlockingScheduler

    from bot import worker

    application = _app()
    stopping = threading.Event()
    scheduler = BlockingScheduler()

    def poll() -> None:
        result = worker.poll_once(
            application.db,
            application.config,
            application.mailbox(),
            application.transport(),
            stop=stopping.is_set,
        )
        _print_result(result, quiet=True)
        if result.mailbox_error:
            typer.echo(f"error: {result.mailbox_error} (retrying next poll)", err=True)

    def stop(signum: int, _frame: object) -> None:
        typer.echo(f"signal {signum}: finishing the current mail, then stopping", err=True)
        stopping.set()
        scheduler.shutdown(wait=False)

    signal.signal(signal.SIGTERM, stop)
    signal.signal(signal.SIGINT, stop)
    scheduler.add_job(
        poll,
        "interval",
        seconds=application.config.worker.poll_seconds,
        next_run_time=utcnow(),
        max_instances=1,
        coalesce=True,
        id="poll",
    )
    typer.echo(f"polling every {application.config.worker.poll_seconds} s; Ctrl-C to stop")
    scheduler.start()


@app.command()
def poll(
    once: Annotated[bool, typer.Option("--once", help="One pass, then exit.")] = False,
) -> None:
    """One pass over the mailbox: store, process, reply."""
    if not once:
        raise typer.BadParameter("use --once (or `intake run` to keep polling)")
    from bot import worker

    application = _app()
    result = worker.poll_once(
        application.db, application.config, application.mailbox(), application.transport()
    )
    _print_result(result)
    if result.mailbox_error:
        raise IntakeError(result.mailbox_error)


def _print_result(result, quiet: bool = False) -> None:  # type: ignore[no-untyped-def]
    for o in result.outcomes:
        typer.echo(
            f"#{o.message_id} {o.kind:<11} ärende {o.case_reference or '–':<10} "
            f"svar {o.reply or '–':<9} saknas: {', '.join(o.missing) or '–'}"
        )
    for message_id, reason in result.failed:
        typer.echo(f"#{message_id} misslyckades: {reason}")
    if not quiet or result.stored or result.outcomes:
        typer.echo(
            f"lagrade {result.stored}, behandlade {len(result.outcomes)}, "
            f"misslyckade {len(result.failed)}, skickade {result.sent}"
        )


@app.command("extract")
def extract_cmd(
    paths: Annotated[list[Path], typer.Argument(help=".eml files or folders")],
    as_json: Annotated[
        bool, typer.Option("--json", help="One JSON object per mail per line.")
    ] = False,
) -> None:
    """Read .eml files and print what the extractor finds."""
    from bot.evalcli import eml_files, predict

    cfg = _config_or_defaults()
    for path in eml_files(paths):
        data = predict(path, cfg)
        if as_json:
            typer.echo(json.dumps(data, ensure_ascii=False, default=str))
        else:
            found = [k for k, v in data["elements"].items() if v["present"]]
            typer.echo(
                f"{path.name}: {data['kind']} ({data['language']}) finns: {', '.join(found) or '–'}"
                f"; saknas: {', '.join(data['missing']) or '–'}"
            )


def _config_or_defaults() -> config_module.Config:
    try:
        return _config()
    except ConfigError:
        if State.config_path is not None or Path("config.toml").exists():
            raise
        return config_module.Config()


@app.command("eval")
def eval_cmd(
    paths: Annotated[list[Path], typer.Argument(help="folders holding .eml files and labels.json")],
    as_json: Annotated[bool, typer.Option("--json")] = False,
) -> None:
    """Quality figures (shared/EVALUATION.md) of the extractor against labelled folders."""
    from bot.evalcli import evaluate_folder, report_lines, summary_line

    cfg = _config_or_defaults()
    reports = {}
    for folder in paths:
        if not (folder / "labels.json").exists():
            raise IntakeError(f"{folder}: no labels.json")
        reports[str(folder)] = evaluate_folder(folder, cfg)
    if as_json:
        typer.echo(
            json.dumps(
                {k: r.as_dict() for k, r in reports.items()},
                ensure_ascii=False,
                indent=2,
                default=str,
            )
        )
        return
    for name, report in reports.items():
        typer.echo("\n".join(report_lines(name, report)))
        typer.echo("")
    typer.echo("Summary:")
    for name, report in reports.items():
        typer.echo(f"{name}: {summary_line(report)}")


@app.command("queue")
def queue_cmd(as_json: Annotated[bool, typer.Option("--json")] = False) -> None:
    """Cases ready for the officer's decision."""
    from bot.reports import case_summary, queue_lines

    application = _app()
    with application.db.session() as session:
        cases = review.queue(session)
        if as_json:
            typer.echo(json.dumps([case_summary(c) for c in cases], ensure_ascii=False, indent=2))
        else:
            typer.echo("\n".join(queue_lines(cases)))


@app.command()
def show(
    case: Annotated[str, typer.Argument(help="case reference (2026-0042) or number (42)")],
) -> None:
    """Everything about one case: elements with evidence, warnings, the thread."""
    from bot.reports import case_lines

    application = _app()
    with application.db.session() as session:
        typer.echo("\n".join(case_lines(review.get_case(session, case))))


def _decide_and_send(action, *args) -> None:  # type: ignore[no-untyped-def]
    from bot import outbox

    application = _app()
    with application.db.session() as session:
        case = action(session, application.config, *args, now=utcnow())
        session.commit()
        reference, status = case.reference, case.decision or case.status
    result = outbox.flush(application.db, application.config, application.transport(), utcnow)
    sent = "skickat" if result.sent else "köat, skickas vid nästa körning"
    typer.echo(f"{reference}: {status}; mejl till sökande {sent}")


@app.command()
def approve(
    case: str,
    amount: Annotated[int, typer.Option("--amount", help="Approved amount in SEK.")],
    note: Annotated[str | None, typer.Option("--note")] = None,  # noqa: UP007
    actor: Annotated[str, typer.Option("--as", help="Who decides (audit log).")] = "cli",
) -> None:
    """Approve a case; the applicant gets the decision by e-mail."""
    _decide_and_send(lambda s, c, *a, now: review.approve(s, c, case, amount, note, actor, now))


@app.command()
def reject(
    case: str,
    reason: Annotated[str, typer.Option("--reason")],
    actor: Annotated[str, typer.Option("--as")] = "cli",
) -> None:
    """Reject a case with a reason; the applicant gets the decision by e-mail."""
    _decide_and_send(lambda s, c, *a, now: review.reject(s, c, case, reason, actor, now))


@app.command()
def failed() -> None:
    """Mails that could not be processed, with the reason. They are kept."""
    from bot.reports import failed_messages

    application = _app()
    with application.db.session() as session:
        rows = failed_messages(session)
        if not rows:
            typer.echo("Inga misslyckade mejl.")
        for m in rows:
            typer.echo(
                f"#{m.id} {m.received_at:%Y-%m-%d %H:%M} {m.from_addr or '(okänd)'}: "
                f"{m.subject or '(inget ämne)'}\n    orsak: {m.failure_reason}"
            )


@app.command("status")
def status_cmd(as_json: Annotated[bool, typer.Option("--json")] = False) -> None:
    """Counts of messages, cases, failures and the outbox; the last poll."""
    from bot.reports import status

    application = _app()
    with application.db.session() as session:
        data = status(session)
    if as_json:
        typer.echo(json.dumps(data, ensure_ascii=False))
    else:
        typer.echo("\n".join(f"{k}: {v}" for k, v in data.items()))


register_web(app, _app)


def main() -> None:
    """Entry point: one-line errors, exit code 1."""
    try:
        app(standalone_mode=False)
    except IntakeError as exc:
        typer.echo(f"error: {exc}", err=True)
        sys.exit(1)
    except FileNotFoundError as exc:
        typer.echo(f"error: {exc}", err=True)
        sys.exit(1)
    except (typer.Abort, KeyboardInterrupt):
        sys.exit(130)
    except Exception as exc:  # click usage errors
        import click

        if isinstance(exc, click.exceptions.ClickException):
            exc.show()
            sys.exit(exc.exit_code)
        if isinstance(exc, click.exceptions.Exit):
            sys.exit(exc.exit_code)
        raise
