"""`intake user add` and `intake serve` as an operator runs them."""

from __future__ import annotations

import subprocess
import sys
import time
import urllib.request
from pathlib import Path

from bot.config import load
from bot.servers import free_port
from bot.store.db import open_database, utcnow
from bot.web import auth

INTAKE = str(Path(sys.executable).with_name("intake"))


def config_file(tmp_path: Path) -> Path:
    path = tmp_path / "config.toml"
    path.write_text(f'[database]\nurl = "sqlite:///{tmp_path / "web.db"}"\n', encoding="utf-8")
    return path


def intake(path: Path, *args: str, stdin: str = "") -> subprocess.CompletedProcess:
    return subprocess.run(
        [INTAKE, "--config", str(path), *args],
        input=stdin,
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_user_add_reads_the_password_from_stdin_and_stores_only_a_hash(tmp_path: Path) -> None:
    path = config_file(tmp_path)
    created = intake(path, "user", "add", "anna.handlaggare", stdin="ett långt lösenord\n")
    assert created.returncode == 0, created.stderr
    again = intake(path, "user", "add", "anna.handlaggare", stdin="ett annat lösenord\n")
    assert again.returncode == 1 and "--update" in again.stderr
    short = intake(path, "user", "add", "bo", stdin="kort\n")
    assert short.returncode == 1 and "at least 10" in short.stderr
    db = open_database(load(path).database.url)
    with db.session() as session:
        user = auth.authenticate(session, "anna.handlaggare", "ett långt lösenord", utcnow())
        assert user is not None and user.password_hash.startswith("$argon2")
        assert auth.authenticate(session, "anna.handlaggare", "fel", utcnow()) is None
        assert auth.authenticate(session, "bo", "kort", utcnow()) is None


def test_serve_listens_on_loopback_and_sends_visitors_to_the_login(tmp_path: Path) -> None:
    port = free_port()
    process = subprocess.Popen(
        [INTAKE, "--config", str(config_file(tmp_path)), "serve", "--port", str(port)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        deadline, page = time.monotonic() + 30, None
        while page is None and time.monotonic() < deadline:
            try:
                page = urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=2)
            except OSError:
                time.sleep(0.1)
        assert page is not None, process.stderr.read() if process.poll() is not None else ""
        assert page.url == f"http://127.0.0.1:{port}/login?next=%2F"
        assert "Användarnamn" in page.read().decode("utf-8")
        assert "default-src 'none'" in page.headers["Content-Security-Policy"]
    finally:
        process.terminate()
        process.wait(timeout=10)
    assert "Traceback" not in process.stderr.read()
