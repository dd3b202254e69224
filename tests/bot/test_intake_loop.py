"""The whole loop against real servers, with the shared corpus."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select

from bot import pipeline, worker
from bot.app import App
from bot.servers import ImapServer, SmtpSink
from bot.store.models import Case, Message, Reply
from parsers.mime import parse
from tests.conftest import SHARED_CORPUS, corpus_labels

HUMAN = ("application", "followup", "question")


def deliver_corpus(imap: ImapServer) -> dict[str, str]:
    """Deliver every corpus mail; returns Message-ID → file name."""
    ids = {}
    for path in sorted(SHARED_CORPUS.glob("*.eml")):
        raw = path.read_bytes()
        imap.deliver(raw)
        mid = parse(raw).message_id
        if mid:
            ids[mid] = path.name
    return ids


def poll(app: App, **kwargs) -> worker.PollResult:
    return worker.poll_once(app.db, app.config, app.mailbox(), app.transport(), **kwargs)


def test_the_corpus_gets_exactly_one_reply_per_human_mail_after_two_polls(
    app: App, imap: ImapServer, smtp: SmtpSink
) -> None:
    labels = corpus_labels(SHARED_CORPUS)
    ids = deliver_corpus(imap)
    first = poll(app)
    second = poll(app)
    assert first.stored == len(labels) and second.stored == 0
    assert not first.failed and not second.failed

    sent = smtp.messages()
    answered = [ids.get(m["In-Reply-To"].strip().strip("<>")) for m in sent]
    human = sorted(name for name, label in labels.items() if label["kind"] in HUMAN)
    assert sorted(answered) == human, "one reply per human mail, none to machines"
    for message in sent:
        assert message["Auto-Submitted"] == "auto-replied"
        assert message["Subject"].startswith("[Idéslanten 2026-")
        assert message["References"]

    with app.db.session() as session:
        kinds = {m.message_key: m.kind for m in session.scalars(select(Message))}
    for mid, name in ids.items():
        label = labels[name]["kind"]
        assert (kinds[mid] in HUMAN) == (label in HUMAN), name
    assert imap.folder_count("INBOX") == 0
    assert imap.folder_count("Behandlade") == len(labels)


def test_the_receipt_names_exactly_the_missing_budget(
    app: App, imap: ImapServer, smtp: SmtpSink
) -> None:
    imap.deliver((SHARED_CORPUS / "010-spelmansstamma-storebro.eml").read_bytes())
    poll(app)
    (reply,) = smtp.messages()
    body = reply.get_content()
    assert "en översiktlig budget med kostnadsposter och belopp" in body
    for other in ("kontaktperson med namn", "uppgifter om föreningen", "förankrad i bygden"):
        assert other not in body
    assert reply["To"] == "perola.wik@example.se"


def test_a_followup_with_the_budget_completes_the_case(
    app: App, imap: ImapServer, smtp: SmtpSink
) -> None:
    imap.deliver((SHARED_CORPUS / "010-spelmansstamma-storebro.eml").read_bytes())
    poll(app)
    imap.deliver((SHARED_CORPUS / "042-svar-storebro-budget.eml").read_bytes())
    poll(app)
    receipt, confirmation = smtp.messages()
    assert "saknas" in receipt["Subject"]
    assert "komplett" in confirmation["Subject"]
    reference = receipt["Subject"].split("]")[0].split()[-1]
    assert reference in confirmation["Subject"]
    with app.db.session() as session:
        (case,) = session.scalars(select(Case)).all()
        assert case.status == "ready"
        assert len(case.messages) == 2
        assert case.elements["budget"]["present"]


def test_an_english_application_gets_an_english_reply(
    app: App, imap: ImapServer, smtp: SmtpSink
) -> None:
    imap.deliver((SHARED_CORPUS / "028-international-neighbours-vena.eml").read_bytes())
    poll(app)
    (reply,) = smtp.messages()
    assert "Your application is complete" in reply["Subject"]
    assert "Kind regards" in reply.get_content()


def test_a_mail_already_seen_by_the_officer_is_processed_and_keeps_its_flags(
    app: App, imap: ImapServer, smtp: SmtpSink
) -> None:
    imap.deliver(
        (SHARED_CORPUS / "001-roddsallskapet-timmernabben.eml").read_bytes(), flags=(b"\\Seen",)
    )
    imap.deliver((SHARED_CORPUS / "003-biblioteksvanner-loftahammar.eml").read_bytes())
    result = poll(app)
    assert len(result.outcomes) == 2 and len(smtp.messages()) == 2
    with imap.client() as client:
        client.select_folder("Behandlade", readonly=True)
        flags = client.get_flags(client.search(["ALL"]))
    seen = sorted(b"\\Seen" in f for f in flags.values())
    assert seen == [False, True], "the bot must not change \\Seen"


class SimulatedCrash(BaseException):
    """Stands for the process dying: not an Exception, so nothing catches it."""


def test_a_crash_between_store_and_reply_loses_nothing_and_replies_once(
    app: App, imap: ImapServer, smtp: SmtpSink, monkeypatch: pytest.MonkeyPatch
) -> None:
    imap.deliver((SHARED_CORPUS / "001-roddsallskapet-timmernabben.eml").read_bytes())
    real_queue_reply = pipeline.queue_reply

    def crash(*args, **kwargs):
        raise SimulatedCrash()

    monkeypatch.setattr(pipeline, "queue_reply", crash)
    with pytest.raises(SimulatedCrash):
        poll(app)
    with app.db.session() as session:
        (stored,) = session.scalars(select(Message)).all()
        assert stored.status == "processing" and stored.raw
        assert session.scalars(select(Case)).all() == []
    assert smtp.messages() == []
    assert imap.folder_count("Behandlade") == 1

    monkeypatch.setattr(pipeline, "queue_reply", real_queue_reply)
    poll(app, lease=timedelta(0))  # the restarted worker reclaims the abandoned mail
    poll(app, lease=timedelta(0))
    assert len(smtp.messages()) == 1
    with app.db.session() as session:
        assert session.scalars(select(Message)).one().status == "processed"


def test_a_crash_after_commit_sends_the_queued_reply_on_the_next_pass(
    app: App, imap: ImapServer, smtp: SmtpSink, monkeypatch: pytest.MonkeyPatch
) -> None:
    imap.deliver((SHARED_CORPUS / "001-roddsallskapet-timmernabben.eml").read_bytes())

    def crash(*args, **kwargs):
        raise SimulatedCrash()

    monkeypatch.setattr(worker.outbox, "flush", crash)
    with pytest.raises(SimulatedCrash):
        poll(app)
    monkeypatch.undo()
    assert smtp.messages() == []
    poll(app)
    poll(app)
    assert len(smtp.messages()) == 1


def test_a_mail_that_cannot_be_processed_is_kept_failed_and_the_next_is_processed(
    app: App, imap: ImapServer, smtp: SmtpSink, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = pipeline.extract

    def fragile(raw: bytes, **kwargs):
        if b"Timmernabben" in raw:
            raise UnicodeDecodeError("utf-8", b"\xff", 0, 1, "invalid start byte")
        return real(raw, **kwargs)

    monkeypatch.setattr(pipeline, "extract", fragile)
    imap.deliver((SHARED_CORPUS / "001-roddsallskapet-timmernabben.eml").read_bytes())
    imap.deliver((SHARED_CORPUS / "003-biblioteksvanner-loftahammar.eml").read_bytes())
    result = poll(app)
    assert len(result.failed) == 1 and len(result.outcomes) == 1
    assert "UnicodeDecodeError" in result.failed[0][1]
    assert len(smtp.messages()) == 1
    with app.db.session() as session:
        failed = session.scalars(select(Message).where(Message.status == "failed")).one()
        assert b"Timmernabben" in failed.raw


def test_a_mail_over_the_size_limit_stays_in_the_inbox_and_is_listed_as_failed(
    app: App, imap: ImapServer, smtp: SmtpSink
) -> None:
    app.config.limits.max_message_bytes = 2_000
    imap.deliver((SHARED_CORPUS / "001-roddsallskapet-timmernabben.eml").read_bytes())
    poll(app)
    poll(app)
    assert imap.folder_count("INBOX") == 1
    with app.db.session() as session:
        (row,) = session.scalars(select(Message)).all()
        assert row.status == "failed" and "för stort" in row.failure_reason
        assert row.raw.startswith(b"From:") and len(row.raw) < 2_000
    assert smtp.messages() == []


def test_at_most_three_automatic_replies_per_sender_and_day(
    app: App, imap: ImapServer, smtp: SmtpSink
) -> None:
    raw = (SHARED_CORPUS / "037-byalag-paryd.eml").read_bytes()
    for n in range(5):
        imap.deliver(raw.replace(b"Message-ID: <", f"Message-ID: <loop{n}.".encode(), 1))
    poll(app)
    assert len(smtp.messages()) == 3
    with app.db.session() as session:
        assert session.scalars(select(Message)).all().__len__() == 5


def test_a_reply_with_the_reference_in_the_subject_joins_its_case(
    app: App, imap: ImapServer, smtp: SmtpSink
) -> None:
    imap.deliver((SHARED_CORPUS / "010-spelmansstamma-storebro.eml").read_bytes())
    poll(app)
    reference = smtp.messages()[0]["Subject"].split("]")[0].split()[-1]
    budget = (SHARED_CORPUS / "042-svar-storebro-budget.eml").read_bytes()
    budget = budget.replace(b"In-Reply-To: <30073d773673478e42a8@example.se>\n", b"")
    budget = budget.replace(b"References: <30073d773673478e42a8@example.se>\n", b"")
    budget = budget.replace(
        b"Subject: Re: SV: ",
        f"Subject: SV: Sv: [Id=?utf-8?q?=C3=A9?=slanten {reference}] ".encode(),
    )
    imap.deliver(budget)
    poll(app)
    with app.db.session() as session:
        (case,) = session.scalars(select(Case)).all()
        assert case.reference == reference and case.status == "ready"


def test_a_wrong_password_is_a_one_line_error_and_nothing_else_breaks(
    app: App, imap: ImapServer, monkeypatch
) -> None:
    monkeypatch.setenv(app.config.mailbox.password_env, "wrong")
    result = poll(app)
    assert result.mailbox_error and "login refused" in result.mailbox_error
    assert "\n" not in result.mailbox_error


def test_replies_are_queued_in_the_outbox_before_sending(
    app: App, imap: ImapServer, smtp: SmtpSink
) -> None:
    smtp.stop()  # the SMTP server is down: the reply waits in the outbox
    imap.deliver((SHARED_CORPUS / "001-roddsallskapet-timmernabben.eml").read_bytes())
    poll(app)
    with app.db.session() as session:
        (reply,) = session.scalars(select(Reply)).all()
        assert (
            reply.status == "pending" and reply.attempts == 1 and "unreachable" in reply.last_error
        )
