"""The `intake` command as an operator types it, against real servers."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from bot.config import Config
from bot.servers import ImapServer, SmtpSink
from tests.conftest import PASSWORD_ENV, SHARED_CORPUS

INTAKE = str(Path(sys.executable).with_name("intake"))


def write_config(config: Config, path: Path) -> Path:
    m, s = config.mailbox, config.smtp
    path.write_text(
        f'[mailbox]\nhost = "{m.host}"\nport = {m.port}\nsecurity = "none"\n'
        f'username = "{m.username}"\npassword_env = "{PASSWORD_ENV}"\n'
        f'[smtp]\nhost = "{s.host}"\nport = {s.port}\nsecurity = "none"\n'
        f'from_address = "ideslanten@example.se"\n'
        f'[database]\nurl = "{config.database.url}"\n',
        encoding="utf-8",
    )
    return path


def intake(config_path: Path, *args: str, env: dict | None = None) -> subprocess.CompletedProcess:
    environment = {**os.environ, "INTAKE_CONFIG": str(config_path), **(env or {})}
    return subprocess.run(
        [INTAKE, *args], capture_output=True, text=True, env=environment, timeout=120
    )


def test_poll_queue_show_approve_reject_failed_and_status(
    config: Config, imap: ImapServer, smtp: SmtpSink, tmp_path: Path
) -> None:
    path = write_config(config, tmp_path / "config.toml")
    for name in ("001-roddsallskapet-timmernabben.eml", "024-samhallsforening-figeholm.eml"):
        imap.deliver((SHARED_CORPUS / name).read_bytes())
    polled = intake(path, "poll", "--once")
    assert polled.returncode == 0, polled.stderr
    assert "behandlade 2" in polled.stdout

    queue = json.loads(intake(path, "queue", "--json").stdout)
    assert [c["association"] for c in queue] == [
        "Timmernabbens Roddsällskap",
        "Figeholms Samhällsförening",
    ]
    first, second = queue[0]["reference"], queue[1]["reference"]
    assert any("lönekostnader" in w for w in queue[1]["warnings"])

    shown = intake(path, "show", first)
    assert shown.returncode == 0 and "✓ Budget" in shown.stdout and "Tråd:" in shown.stdout

    approved = intake(path, "approve", first, "--amount", "9800", "--note", "Lycka till!")
    assert approved.returncode == 0, approved.stderr
    rejected = intake(path, "reject", second, "--reason", "Lönekostnader ingår inte.")
    assert rejected.returncode == 0, rejected.stderr
    decisions = [m for m in smtp.messages() if "Beslut" in m["Subject"]]
    assert len(decisions) == 2
    assert first in decisions[0]["Subject"] and "9 800 kronor" in decisions[0].get_content()
    assert "Lönekostnader ingår inte." in decisions[1].get_content()

    again = intake(path, "approve", first, "--amount", "100")
    assert again.returncode == 1 and again.stderr.count("\n") == 1
    assert "already decided" in again.stderr

    assert "Inga misslyckade mejl." in intake(path, "failed").stdout
    status = json.loads(intake(path, "status", "--json").stdout)
    assert status["messages"] == 2 and status["replies_sent"] == 4
    assert status["failed"] == 0 and status["outbox_pending"] == 0 and status["last_poll"]


def test_a_wrong_password_is_one_line_and_a_non_zero_exit(
    config: Config, imap: ImapServer, tmp_path: Path
) -> None:
    path = write_config(config, tmp_path / "config.toml")
    result = intake(path, "poll", "--once", env={PASSWORD_ENV: "wrong"})
    assert result.returncode == 1
    assert result.stderr.startswith("error: IMAP") and result.stderr.count("\n") == 1


def test_an_unknown_config_key_is_named(tmp_path: Path) -> None:
    path = tmp_path / "config.toml"
    path.write_text('[mailbox]\nhostname = "x"\n')
    result = intake(path, "status")
    assert result.returncode == 1
    assert "mailbox.hostname: unknown key" in result.stderr


def test_extract_json_speaks_the_corpus_schema(tmp_path: Path) -> None:
    result = intake(
        tmp_path / "absent.toml",
        "extract",
        "--json",
        str(SHARED_CORPUS / "006-biets-dag-orrefors.eml"),
    )
    assert result.returncode == 1  # an explicit config that does not exist is an error
    result = subprocess.run(
        [INTAKE, "extract", "--json", str(SHARED_CORPUS / "006-biets-dag-orrefors.eml")],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        timeout=60,
        env={k: v for k, v in os.environ.items() if k != "INTAKE_CONFIG"},
    )
    data = json.loads(result.stdout)
    assert data["file"] == "006-biets-dag-orrefors.eml"
    assert data["kind"] == "application" and data["missing"] == ["budget"]
    assert set(data["facts"]) >= {"members", "amount_sek", "ort", "contact_email", "org_number"}
    assert [w["code"] for w in data["eligibility"]] == ["members"]


def test_run_polls_on_a_schedule_and_stops_cleanly_on_sigterm(
    config: Config, imap: ImapServer, smtp: SmtpSink, tmp_path: Path
) -> None:
    import signal
    import time

    path = write_config(config, tmp_path / "config.toml")
    path.write_text(path.read_text() + "[worker]\npoll_seconds = 1\n")
    process = subprocess.Popen(
        [INTAKE, "run"],
        env={**os.environ, "INTAKE_CONFIG": str(path)},
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        time.sleep(1.5)
        imap.deliver((SHARED_CORPUS / "001-roddsallskapet-timmernabben.eml").read_bytes())
        deadline = time.monotonic() + 30
        while not smtp.messages() and time.monotonic() < deadline:
            time.sleep(0.2)
        assert len(smtp.messages()) == 1
        process.send_signal(signal.SIGTERM)
        assert process.wait(timeout=20) == 0
    finally:
        if process.poll() is None:
            process.kill()
    assert "Traceback" not in process.stderr.read()


def test_the_demo_runs_the_loop_and_leaves_a_queue(tmp_path: Path) -> None:
    from tests.conftest import ROOT

    path = tmp_path / "config.toml"
    path.write_text(f'[database]\nurl = "sqlite:///{tmp_path / "demo.db"}"\n')
    result = subprocess.run(
        [INTAKE, "--config", str(path), "demo", "--mail-dir", str(ROOT / "examples" / "mail")],
        capture_output=True,
        text=True,
        timeout=300,
        stdin=subprocess.DEVNULL,
    )
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert "typ: application" in out and "typ: autoreply" in out and "svar: receipt" in out
    assert "Vi saknar följande i er ansökan" in out
    queue = json.loads(intake(path, "queue", "--json").stdout)
    assert len(queue) >= 3
