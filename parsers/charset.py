"""Decoding body bytes the way mail clients meant them, not as they labelled them."""

from __future__ import annotations

# Charsets that clients mislabel: text labelled latin-1 or ASCII is very often cp1252.
CP1252_ALIASES = {"iso-8859-1", "latin-1", "latin1", "us-ascii", "ascii", "iso8859-1"}


def decode_bytes(data: bytes, charset: str | None) -> str:
    """Decode body bytes, repairing the usual charset lies of mail clients."""
    label = (charset or "").strip().lower()
    if label in ("", "unknown-8bit", "x-unknown") or label in CP1252_ALIASES:
        try:
            return data.decode("utf-8")
        except UnicodeDecodeError:
            return data.decode("cp1252", errors="replace")
    try:
        return data.decode(label)
    except (LookupError, UnicodeDecodeError):
        try:
            return data.decode("utf-8")
        except UnicodeDecodeError:
            return data.decode("cp1252", errors="replace")
