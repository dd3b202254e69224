"""The small error hierarchy that operators see.

Errors are translated at the boundary (IMAP, SMTP, database, config) so that
the CLI can print one line that says what to do next instead of a traceback.
"""


class IntakeError(Exception):
    """Base class for every error the bot reports to an operator."""


class ConfigError(IntakeError):
    """The configuration file or environment is wrong; the message names the key."""


class MailboxError(IntakeError):
    """The IMAP server could not be reached, refused the login or a command."""


class SendError(IntakeError):
    """Sending a reply failed; ``permanent`` tells whether a retry can help."""

    def __init__(self, message: str, *, permanent: bool = False) -> None:
        super().__init__(message)
        self.permanent = permanent


class ReviewError(IntakeError):
    """An officer's action does not fit the case (unknown case, wrong status)."""
