"""Strict loading of config.toml into typed settings.

Every key has a default here; ``config.toml`` in the repository documents the
same keys and a test keeps both in sync. Unknown keys and values of the wrong
type are errors that name the key, so a typo never silently falls back to a
default. Secrets are never in the file: ``password_env`` names an environment
variable (``NAME_FILE`` pointing at a file works too, for Docker secrets).
"""

from __future__ import annotations

import dataclasses
import os
import tomllib
import types
import typing
from dataclasses import dataclass, field
from pathlib import Path

from bot.errors import ConfigError

SECURITY_CHOICES = ("ssl", "starttls", "none")
COOKIE_SECURE_CHOICES = ("auto", "always", "never")


@dataclass
class MailboxConfig:
    host: str = "localhost"
    port: int = 993
    security: str = "ssl"
    username: str = ""
    password_env: str = "INTAKE_IMAP_PASSWORD"
    inbox: str = "INBOX"
    processed_folder: str = "Behandlade"
    timeout_seconds: float = 30.0


@dataclass
class SmtpConfig:
    host: str = "localhost"
    port: int = 587
    security: str = "starttls"
    username: str = ""
    password_env: str = ""
    from_address: str = "ideslanten@example.se"
    from_name: str = "Idéslanten – Region Kalmar län"
    timeout_seconds: float = 30.0


@dataclass
class DatabaseConfig:
    url: str = "sqlite:///intake.db"


@dataclass
class WorkerConfig:
    poll_seconds: int = 60
    max_replies_per_sender_per_day: int = 3
    send_attempts: int = 5
    own_addresses: list[str] = field(default_factory=list)


@dataclass
class LimitsConfig:
    max_message_bytes: int = 30_000_000
    max_attachment_bytes: int = 15_000_000
    max_text_chars: int = 200_000


@dataclass
class GrantConfig:
    name: str = "regional bygdepeng – idéslanten"
    reference_prefix: str = "Idéslanten"
    min_members: int = 10
    max_amount_sek: int = 15_000
    require_women_and_men: bool = True
    allow_salary_costs: bool = False
    allow_physical_investment: bool = False


@dataclass
class OfficerConfig:
    name: str = "Landsbygdsutvecklaren"
    email: str = "landsbygdsutvecklare@example.se"
    phone: str = ""
    region: str = "Region Kalmar län"


@dataclass
class WebConfig:
    host: str = "127.0.0.1"
    port: int = 8000
    cookie_secure: str = "auto"
    session_hours: int = 12
    max_login_failures: int = 5
    login_lockout_minutes: int = 15


@dataclass
class Config:
    mailbox: MailboxConfig = field(default_factory=MailboxConfig)
    smtp: SmtpConfig = field(default_factory=SmtpConfig)
    database: DatabaseConfig = field(default_factory=DatabaseConfig)
    worker: WorkerConfig = field(default_factory=WorkerConfig)
    limits: LimitsConfig = field(default_factory=LimitsConfig)
    grant: GrantConfig = field(default_factory=GrantConfig)
    officer: OfficerConfig = field(default_factory=OfficerConfig)
    web: WebConfig = field(default_factory=WebConfig)

    def own_addresses(self) -> set[str]:
        """Addresses that are ours: mail from them is never answered."""
        found = {self.smtp.from_address, self.officer.email, self.mailbox.username}
        found.update(self.worker.own_addresses)
        return {a.strip().lower() for a in found if a and "@" in a}


def _check_value(key: str, value: object, annotation: object) -> object:
    """Return ``value`` if it fits the annotation, else raise naming the key."""
    hint = annotation if not isinstance(annotation, str) else eval(annotation)  # noqa: S307
    origin = typing.get_origin(hint)
    if origin in (list, types.GenericAlias) or hint is list:
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise ConfigError(f"{key}: expected a list of strings, got {value!r}")
        return list(value)
    if hint is bool:
        if not isinstance(value, bool):
            raise ConfigError(f"{key}: expected true or false, got {value!r}")
        return value
    if hint is int:
        if isinstance(value, bool) or not isinstance(value, int):
            raise ConfigError(f"{key}: expected a whole number, got {value!r}")
        return value
    if hint is float:
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise ConfigError(f"{key}: expected a number, got {value!r}")
        return float(value)
    if not isinstance(value, str):
        raise ConfigError(f"{key}: expected a string, got {value!r}")
    return value


def _build_section(name: str, cls: type, data: object) -> object:
    if not isinstance(data, dict):
        raise ConfigError(f"[{name}]: expected a table")
    fields = {f.name: f for f in dataclasses.fields(cls)}
    values = {}
    for key, value in data.items():
        if key not in fields:
            raise ConfigError(f"{name}.{key}: unknown key (known: {', '.join(fields)})")
        values[key] = _check_value(f"{name}.{key}", value, fields[key].type)
    return cls(**values)


def _validate(config: Config) -> None:
    for section in ("mailbox", "smtp"):
        security = getattr(config, section).security
        if security not in SECURITY_CHOICES:
            raise ConfigError(
                f"{section}.security: must be one of {', '.join(SECURITY_CHOICES)}, "
                f"got {security!r}"
            )
    positive = {
        "worker.poll_seconds": config.worker.poll_seconds,
        "worker.send_attempts": config.worker.send_attempts,
        "grant.max_amount_sek": config.grant.max_amount_sek,
        "limits.max_message_bytes": config.limits.max_message_bytes,
        "web.port": config.web.port,
        "web.session_hours": config.web.session_hours,
        "web.max_login_failures": config.web.max_login_failures,
        "web.login_lockout_minutes": config.web.login_lockout_minutes,
    }
    for key, value in positive.items():
        if value <= 0:
            raise ConfigError(f"{key}: must be greater than 0, got {value}")
    if config.web.cookie_secure not in COOKIE_SECURE_CHOICES:
        raise ConfigError(
            f"web.cookie_secure: must be one of {', '.join(COOKIE_SECURE_CHOICES)}, "
            f"got {config.web.cookie_secure!r}"
        )
    if config.worker.max_replies_per_sender_per_day < 0:
        raise ConfigError("worker.max_replies_per_sender_per_day: must not be negative")
    if "@" not in config.smtp.from_address:
        raise ConfigError(f"smtp.from_address: not an e-mail address: {config.smtp.from_address!r}")


def from_dict(data: dict) -> Config:
    """Build a validated Config from parsed TOML."""
    sections = {f.name: f for f in dataclasses.fields(Config)}
    built = {}
    for name, value in data.items():
        if name not in sections:
            raise ConfigError(f"[{name}]: unknown section (known: {', '.join(sections)})")
        section_cls = sections[name].default_factory  # type: ignore[misc]
        built[name] = _build_section(name, section_cls, value)
    config = Config(**built)
    _validate(config)
    return config


def load(path: str | Path | None = None) -> Config:
    """Load the config file at ``path``, ``$INTAKE_CONFIG``, or ./config.toml."""
    if path is None:
        path = os.environ.get("INTAKE_CONFIG", "config.toml")
    path = Path(path)
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ConfigError(f"config file not found: {path}") from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: not valid TOML: {exc}") from None
    return from_dict(data)


def secret(env_name: str) -> str | None:
    """Read a secret from ``$NAME`` or from the file named by ``$NAME_FILE``."""
    if not env_name:
        return None
    if env_name in os.environ:
        return os.environ[env_name]
    file_name = os.environ.get(f"{env_name}_FILE")
    if file_name:
        try:
            return Path(file_name).read_text(encoding="utf-8").strip()
        except OSError as exc:
            raise ConfigError(f"{env_name}_FILE: cannot read {file_name}: {exc}") from None
    return None
