"""Separate what the sender wrote now from quoted earlier mail.

Quoted text never counts as evidence: the bot's own receipt quoted back must
not satisfy the element it asked for. A forwarded application, however, is the
application, so forwarded content is kept as the mail's own text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

FORWARD_SUBJECT = re.compile(r"^\s*((fwd?|vb|vs|fw|tr|wg)\s*:)", re.IGNORECASE)
FORWARD_MARKER = re.compile(
    r"^\s*(-{2,}\s*(vidarebefordrat meddelande|forwarded message|videresendt melding)"
    r"|begin forwarded message:|inledning av vidarebefordrat meddelande:"
    r"|början på vidarebefordrat meddelande:|början av vidarebefordrat meddelande:)",
    re.IGNORECASE | re.MULTILINE,
)
CASE_REFERENCE = re.compile(r"\[[^\]]*\b\d{4}-\d{3,6}\s*\]")
REPLY_HEADER = re.compile(
    r"^(>\s*)*("
    r"den .{3,120}skrev.{0,200}:\s*$"
    r"|on .{3,120}wrote:\s*$"
    r"|(från|from)\s*:.*$"
    r"|-{3,}\s*(ursprungligt meddelande|original message|originalmeddelande)\s*-{3,}"
    r")",
    re.IGNORECASE | re.MULTILINE,
)
PERSONNUMMER = re.compile(r"(?<![\d-])((?:19|20)?\d{6})([-+ ]?)(\d{4})(?![\d-])")


@dataclass
class MailText:
    """The mail's own text and the quoted text, kept apart."""

    new: str
    quoted: str
    forwarded: bool
    # For a forward: what the forwarder wrote above the forwarded mail.
    preface: str = ""


@lru_cache(maxsize=1)
def _reply_parser():
    from mailparser_reply import EmailReplyParser

    return EmailReplyParser(languages=["sv", "en"])


UNQUOTE_ONE = re.compile(r"^[ \t]*> ?")


def is_forward(subject: str, body: str) -> bool:
    """A forward puts an earlier mail below as content, not as a quote."""
    return bool(FORWARD_SUBJECT.match(subject or "")) or bool(FORWARD_MARKER.search(body))


def _inline_answers(rest: str) -> str:
    """Lines written between or below quoted '>' lines (inline answers, bottom-posting).

    Only '>' quoting allows this: after an Outlook-style header block the whole
    rest is the earlier mail, unmarked.
    """
    lines = rest.split("\n")
    quoted = [line.lstrip().startswith(">") for line in lines]
    answers = []
    for i, line in enumerate(lines):
        if quoted[i] or not line.strip() or REPLY_HEADER.match(line.strip()):
            continue
        if any(quoted[:i]):
            answers.append(line)
    return "\n".join(answers)


def split_quotes(body: str, subject: str = "") -> MailText:
    """Return the new text (latest reply plus inline answers) and the quotes."""
    body = body.replace("\r\n", "\n").strip("\n")
    if not body.strip():
        return MailText("", "", False)
    # A forward of the case's own correspondence ("VB: Re: … [Idéslanten 2026-0147]") passes
    # our receipt on to someone: the forwarded part is quoted history, not an application.
    if is_forward(subject, body) and not CASE_REFERENCE.search(subject or ""):
        # Forwarded content is the application; only "> " lines stay quotes. (Apple Mail
        # on a phone quotes the forwarded mail itself with "> ": one level goes.)
        forward = FORWARD_MARKER.search(body)
        if forward and body[forward.end() :].lstrip().startswith(">"):
            tail = body[forward.end() :].split("\n")
            body = body[: forward.end()] + "\n".join(UNQUOTE_ONE.sub("", ln) for ln in tail)
        marker = FORWARD_MARKER.search(body) or REPLY_HEADER.search(body)
        own = [ln for ln in body.split("\n") if not ln.lstrip().startswith(">")]
        quoted = [ln for ln in body.split("\n") if ln.lstrip().startswith(">")]
        preface = body[: marker.start()].strip() if marker else ""
        return MailText("\n".join(own).strip(), "\n".join(quoted), True, preface)
    match = REPLY_HEADER.search(body)
    first_quote = next(
        (i for i, ln in enumerate(body.split("\n")) if ln.lstrip().startswith(">")), None
    )
    if match is None and first_quote is None:
        return MailText(body.strip(), "", False)
    try:
        latest = _reply_parser().parse_reply(text=body)
    except Exception:  # noqa: BLE001 - fall back to our own header split
        latest = body[: match.start()] if match else body
    latest = "\n".join(ln for ln in latest.split("\n") if not ln.lstrip().startswith(">"))
    header = REPLY_HEADER.search(latest)
    if header and header.start() > 0:
        latest = latest[: header.start()]  # "-------- Originalmeddelande --------" left behind
    cut = body.find(latest.strip()[-60:]) + len(latest.strip()[-60:]) if latest.strip() else 0
    rest = body[cut:] if cut > 0 else body
    inline = _inline_answers(rest)
    new = latest.strip() + ("\n\n" + inline if inline else "")
    return MailText(new.strip(), rest.strip(), False)


def mask_personnummer(text: str) -> str:
    """Mask Swedish personal identity numbers (the last four digits).

    A number is masked when its first part is a plausible birth date (or a
    coordination number, day + 60), even if the check digit is wrong: a typo
    in someone's personnummer is still personal data. Organisation numbers
    have a "month" of 20 or more and are left alone.
    """

    def repl(m: re.Match) -> str:
        # Ten bare digits starting with 0 are a phone number (0701234567).
        if not m.group(2) and len(m.group(1)) == 6 and m.group(1).startswith("0"):
            return m.group(0)
        return f"{m.group(1)}{m.group(2) or '-'}XXXX" if _looks_like_pnr(m.group(1)) else m.group(0)

    return PERSONNUMMER.sub(repl, text)


def _looks_like_pnr(date_part: str) -> bool:
    digits = date_part[-6:]
    month, day = int(digits[2:4]), int(digits[4:6])
    return 1 <= month <= 12 and (1 <= day <= 31 or 61 <= day <= 91)


BULLET_RE = re.compile(r"^\s*([-*•·–>]|\d{1,2}[.)]\s|[a-zA-Z][.)]\s)")
ENDS_WITH_AMOUNT = re.compile(r"(\d\s*(kr|kronor|sek|:-|tkr)\.?|\d{3,})\s*$", re.IGNORECASE)


MARKUP = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")
DICTATED = re.compile(r"\s+(punkt|komma|ny rad|frågetecken|utropstecken)\b", re.IGNORECASE)
DICTATED_MARKS = {
    "punkt": ".",
    "komma": ",",
    "ny rad": "\n",
    "frågetecken": "?",
    "utropstecken": "!",
}
LEADER = re.compile(r"(?<=\w)[ \t]*(?:\.[ \t]?){3,}[ \t]*(?=\S)")
HEADING = re.compile(r"^[ \t]{0,3}#{1,6}[ \t]+", re.MULTILINE)


def plain(text: str) -> str:
    """'**Kontakt:** Olle' → 'Kontakt: Olle', 'Medlemmar ...... 54' → 'Medlemmar: 54':
    Markdown marks and dotted leaders go, so labelled lines read the same however the
    writer decorated them."""
    text = LEADER.sub(": ", text)
    if len(DICTATED.findall(text)) >= 2:
        # Dictated to a phone: "… sen 1974 punkt vi skulle vilja … komma och …"
        text = DICTATED.sub(lambda m: DICTATED_MARKS[m.group(1).lower()], text)
    return MARKUP.sub(r"\2", HEADING.sub("", text))


def unwrap(text: str) -> str:
    """Join hard-wrapped prose lines; keep list items, table rows and short lines.

    Mail clients wrap at about 72 characters, which would cut a sentence in
    two halves that each lack half the evidence.
    """
    out: list[str] = []
    previous = ""
    for line in text.split("\n"):
        stripped = line.strip()
        if out and stripped and _continues(previous, stripped):
            out[-1] = out[-1].rstrip() + " " + stripped
        else:
            out.append(line.rstrip())
        previous = stripped
    return "\n".join(out)


def _continues(previous: str, line: str) -> bool:
    prev = previous.strip()
    # A narrow column (a PDF, a phone) ends lines on "och", "i", "en": the sentence goes on.
    if 12 <= len(prev) < 45 and DANGLING.search(prev) and line[:1].islower():
        return not (BULLET_RE.match(line) or ENDS_WITH_AMOUNT.search(prev) or "|" in line)
    # Wrapped lines are 45-100 characters; a longer line was never wrapped,
    # so its line break is the writer's own.
    if not 45 <= len(prev) <= 100 or prev.endswith(":"):
        return False
    if BULLET_RE.match(line) or BULLET_RE.match(prev) and len(prev) < 60:
        return False
    if ENDS_WITH_AMOUNT.search(prev) or "|" in prev or "|" in line:
        return False
    if "  " in prev.strip():  # column-aligned table rows
        return False
    if LABELLED_LINE.match(line) or prev.endswith(ENDS_REACHABLE):
        return False  # "Aktivitet: …" starts an item; a line ending in an address ends one
    if CLOSING_LINE.match(line) or (prev[-1:] in ".!?" and NAME_LINE.match(line)):
        return False  # "Hälsningar från Gunnel", or a name under the last sentence
    return True


DANGLING = re.compile(
    r"\b(och|att|i|på|en|ett|för|med|som|av|till|de|den|det|om|eller|samt|and|the|of|to|a|for|with)$",
    re.IGNORECASE,
)
CLOSING_LINE = re.compile(
    r"^(med vänlig|vänliga|vänlig|bästa|många|varma|hälsningar|hälsning|mvh|m\.v\.h|kind regards|"
    r"best regards|regards|best wishes|cheers|sincerely|yours)\b",
    re.IGNORECASE,
)
NAME_LINE = re.compile(r"^[A-ZÅÄÖÉ][\w\-åäöé]+(?:\s+[A-ZÅÄÖÉ][\w\-åäöé]+){0,3}$")
LABELLED_LINE = re.compile(r"^[A-ZÅÄÖ][\wåäö/ -]{2,30}:\s")
ENDS_REACHABLE = (".se", ".com", ".net", ".org", ".nu")
