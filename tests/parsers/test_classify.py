"""Machines are recognised by every layer of RFC 3834 signals, humans are not mistaken."""

from __future__ import annotations

import pytest

from parsers.extract import extract

HUMAN_BODY = (
    "Hej!\n\nPåryds Byalag har 120 medlemmar. Vi vill ordna en marknad i Påryd den 8 augusti.\n"
    "På byamötet röstade alla för. Hyra av tält 2 000 kr, annonser 800 kr.\n\n"
    "Mvh Lars Nilsson\n070-123 45 67\n"
)


def mail(
    headers: str = "",
    subject: str = "Ansökan",
    sender: str = "Lars Nilsson <lars@example.se>",
    body: str = HUMAN_BODY,
    ctype: str = "text/plain; charset=utf-8",
) -> bytes:
    head = (
        f"From: {sender}\nTo: landsbygdsutvecklare@example.se\nSubject: {subject}\n"
        f"Message-ID: <x1@example.se>\nContent-Type: {ctype}\n{headers}"
    )
    return (head.rstrip("\n") + "\n\n" + body).encode("utf-8")


OWN = frozenset({"landsbygdsutvecklare@example.se", "ideslanten@example.se"})


@pytest.mark.parametrize(
    ("raw", "kind"),
    [
        (mail("Auto-Submitted: auto-replied"), "autoreply"),
        (mail("Auto-Submitted: auto-generated"), "autoreply"),
        (mail("Precedence: bulk"), "newsletter"),
        (mail("Precedence: list"), "newsletter"),
        (mail("Precedence: auto_reply"), "autoreply"),
        (mail("Precedence: junk"), "spam"),
        (mail("List-Id: <nyheter.example.org>"), "newsletter"),
        (mail("List-Unsubscribe: <mailto:unsub@example.org>"), "newsletter"),
        (mail("X-Autoreply: yes"), "autoreply"),
        (mail("X-Autorespond: yes"), "autoreply"),
        (mail("X-Auto-Response-Suppress: All"), "autoreply"),
        (mail("Return-Path: <>"), "bounce"),
        (mail(sender="Mail Delivery System <MAILER-DAEMON@mx.example.net>"), "bounce"),
        (mail(sender="postmaster@mx.example.net"), "bounce"),
        (mail(sender="no-reply@kommun.example.se"), "newsletter"),
        (mail(sender="Idéslanten <ideslanten@example.se>"), "autoreply"),
        (
            mail(
                ctype='multipart/report; report-type="delivery-status"; boundary="b"',
                body="--b\nContent-Type: text/plain\n\nFailed\n--b\n"
                "Content-Type: message/delivery-status\n\nAction: failed\n--b--\n",
            ),
            "bounce",
        ),
    ],
)
def test_machine_signals_are_recognised(raw: bytes, kind: str) -> None:
    assert extract(raw, own_addresses=OWN).kind == kind


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        ("Frånvaromeddelande", "Jag är på semester till den 9 augusti och läser inte min e-post."),
        ("Automatiskt svar: SV: Ansökan", "Tack för ditt mejl. Jag är ledig till och med måndag."),
        (
            "SV: Ansökan",
            "Hej! Jag är tjänstledig och är tillbaka den 3 mars. Brådskande? Ring växeln.",
        ),
        (
            "Out of Office: Application",
            "Thank you for your e-mail. I am away until 12 June with limited access to email.",
        ),
        (
            "Semester",
            "Hej, jag är bortrest och har begränsad tillgång till mejl fram till 2 februari.",
        ),
    ],
)
def test_out_of_office_without_any_header_is_an_autoreply(subject: str, body: str) -> None:
    assert extract(mail(subject=subject, body=body), own_addresses=OWN).kind == "autoreply"


def test_an_ordinary_application_is_human() -> None:
    result = extract(mail(), own_addresses=OWN)
    assert result.kind == "application" and not result.is_machine


def test_a_phishing_mail_is_spam() -> None:
    body = (
        "Bästa förening,\nEr förening har beviljats 48 500 kr. Bekräfta utbetalning inom 48 timmar "
        "genom att klicka på länken och ange bankuppgifter: http://192.0.2.7/verify\n"
    )
    raw = mail(
        "Reply-To: pay@example.net\nX-Priority: 1",
        subject="Bidrag beviljat",
        sender="Fonden <utbetalning@fond.example.com>",
        body=body,
    )
    assert extract(raw, own_addresses=OWN).kind == "spam"


def test_personnummer_never_reach_evidence_or_text() -> None:
    body = HUMAN_BODY.replace("070-123 45 67", "070-123 45 67, pnr 19541203-1234")
    result = extract(mail(body=body), own_addresses=OWN)
    assert "1234" not in result.new_text.replace("070-123 45 67", "")
    assert all("19541203-1234" not in " ".join(e.evidence) for e in result.elements.values())


def test_a_forwarded_draft_is_an_application_though_it_threads_to_the_draft() -> None:
    threaded = "In-Reply-To: <draft@example.com>\nReferences: <draft@example.com>"
    assert extract(mail(threaded, subject="Fwd: Ansökan"), own_addresses=OWN).kind == "application"
    assert extract(mail(threaded, subject="Re: Ansökan"), own_addresses=OWN).kind == "followup"
    ours = "Fwd: Re: [Idéslanten 2026-0042] Ansökan"
    assert extract(mail(threaded, subject=ours), own_addresses=OWN).kind == "followup"


def test_a_mass_mailing_without_list_headers_is_a_newsletter() -> None:
    body = "Läs mer om vårens kurser! Avregistrera dig här: https://example.com/unsub\n"
    assert extract(mail(subject="Nyhetsbrev", body=body), own_addresses=OWN).kind == "newsletter"


def test_a_grant_consultants_sales_pitch_is_spam_not_a_question() -> None:
    body = (
        "Hej! Visste ni att många föreningar missar bidrag? Vi på Bidragsexperten skriver er "
        "ansökan åt er. Boka ett kostnadsfritt samtal redan idag!\n"
    )
    raw = mail(subject="Vill ni ha mer bidrag?", sender="Sälj <info@bidrag.example.com>", body=body)
    assert extract(raw, own_addresses=OWN).kind == "spam"


def test_threads_new_applications_and_questions_in_a_case() -> None:
    elsewhere = "In-Reply-To: <kommun@example.se>\nReferences: <kommun@example.se>"
    raw = mail(elsewhere, subject="Ansökan idéslanten Orrefors – bykväll")
    assert extract(raw, own_addresses=OWN).kind == "application"
    ours = "Re: Ansökan från Fliseryd [Idéslanten 2026-0143]"
    two = "Hej igen! Två frågor:\n1. När kan vi räkna med besked?\n2. Går det att söka igen?\n"
    assert extract(mail(subject=ours, body=two), own_addresses=OWN).kind == "question"
    answer = "Vi har inte gjort någon enkät. Styrelsen står bakom. Räcker inte det?\n\nLars\n"
    assert extract(mail(subject=ours, body=answer), own_addresses=OWN).kind == "followup"


def test_advance_fee_fraud_about_a_grant_is_spam() -> None:
    body = (
        "ATTENTION: BENEFICIARY\nDear Beneficiary,\nYour organisation has been approved for a "
        "non-refundable grant of EUR 250,000.00. To release the funds, provide your IBAN and a "
        "copy of your passport. A one-time processing and clearance fee of EUR 450 must be paid.\n"
    )
    raw = mail(
        "Reply-To: claims.desk@example.com",
        subject="Approved Rural Development Grant Allocation",
        sender="EU Fund <grants.office@example.net>",
        body=body,
    )
    assert extract(raw, own_addresses=OWN).kind == "spam"


def test_a_paid_application_writing_offer_is_spam() -> None:
    body = (
        "Dear association, our consultants write the complete application for you. 98% success "
        "rate! Introductory price only 4 900 SEK, paid in advance. To stop receiving offers reply "
        "STOP\n"
    )
    raw = mail(subject="Guaranteed rural funding", sender="Offers <offers@example.com>", body=body)
    assert extract(raw, own_addresses=OWN).kind in ("spam", "newsletter")
