"""Wiring: config → database, mailbox and transport. The only place that builds them."""

from __future__ import annotations

from dataclasses import dataclass

from bot.config import Config
from bot.mailbox.imap import ImapMailbox
from bot.store.db import Database, open_database
from replies.send import SmtpTransport, Transport


@dataclass
class App:
    config: Config
    db: Database

    def mailbox(self) -> ImapMailbox:
        return ImapMailbox(self.config.mailbox)

    def transport(self) -> Transport:
        return SmtpTransport(self.config.smtp)


def build(config: Config) -> App:
    return App(config, open_database(config.database.url))
