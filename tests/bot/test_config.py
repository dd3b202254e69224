"""Strict configuration: documented, in sync with the code, errors that name the key."""

from __future__ import annotations

import dataclasses
import tomllib
from pathlib import Path

import pytest

from bot.config import Config, ConfigError, from_dict, load, secret
from tests.conftest import ROOT

MINIMAL = """
[mailbox]
host = "imap.example.se"
port = 993
security = "ssl"
username = "ideslanten@example.se"
password_env = "INTAKE_IMAP_PASSWORD"
inbox = "INBOX"
processed_folder = "Behandlade"
[smtp]
host = "smtp.example.se"
port = 587
security = "starttls"
username = "ideslanten@example.se"
password_env = "INTAKE_SMTP_PASSWORD"
from_address = "ideslanten@example.se"
[database]
url = "sqlite:///intake.db"
"""


def test_the_documented_config_file_is_exactly_the_defaults() -> None:
    documented = from_dict(tomllib.loads((ROOT / "config.toml").read_text("utf-8")))
    assert documented == Config()


def test_every_key_in_config_toml_has_a_comment_above_it() -> None:
    lines = (ROOT / "config.toml").read_text("utf-8").splitlines()
    for i, line in enumerate(lines):
        if "=" in line and not line.startswith("#"):
            assert lines[i - 1].startswith("#"), f"no comment above {line!r}"


def test_every_default_is_documented() -> None:
    documented = tomllib.loads((ROOT / "config.toml").read_text("utf-8"))
    for section in dataclasses.fields(Config):
        keys = {f.name for f in dataclasses.fields(getattr(Config(), section.name))}
        assert set(documented[section.name]) == keys


def test_a_file_with_only_the_required_keys_works(tmp_path: Path) -> None:
    path = tmp_path / "c.toml"
    path.write_text(MINIMAL)
    config = load(path)
    assert config.mailbox.host == "imap.example.se" and config.grant.max_amount_sek == 15000


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        ("[mailbox]\nhots = 'x'", "mailbox.hots: unknown key"),
        ("[worker]\npoll_seconds = 'often'", "worker.poll_seconds: expected a whole number"),
        ("[smtp]\nsecurity = 'tls'", "smtp.security: must be one of"),
        ("[grant]\nmax_amount_sek = 0", "grant.max_amount_sek: must be greater than 0"),
        ("[typo]\nx = 1", "[typo]: unknown section"),
    ],
)
def test_bad_keys_and_values_are_refused_by_name(extra: str, message: str) -> None:
    with pytest.raises(ConfigError, match=message.replace("[", r"\[").replace("]", r"\]")):
        from_dict(tomllib.loads(extra))


def test_a_missing_file_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="config file not found"):
        load(tmp_path / "nope.toml")


def test_secrets_come_from_the_environment_or_a_file(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("X_PASS", "one")
    assert secret("X_PASS") == "one"
    (tmp_path / "p").write_text("two\n")
    monkeypatch.delenv("X_PASS")
    monkeypatch.setenv("X_PASS_FILE", str(tmp_path / "p"))
    assert secret("X_PASS") == "two"
