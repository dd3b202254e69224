"""Mail transports for incoming mail, behind one small interface.

IMAP is the first; Microsoft Graph can be a second implementation of the
same protocol without touching the worker.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Protocol


@dataclass(frozen=True)
class FetchedMail:
    uidvalidity: int
    uid: int
    raw: bytes
    size: int


class Mailbox(Protocol):
    name: str

    def __enter__(self) -> Mailbox: ...
    def __exit__(self, *exc: object) -> None: ...
    def uidvalidity(self) -> int: ...
    def list_uids(self) -> list[int]: ...
    def fetch(self, uids: list[int], max_bytes: int) -> Iterator[FetchedMail]: ...
    def file_away(self, uid: int) -> None: ...
