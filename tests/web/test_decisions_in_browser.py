"""An officer decides in the browser, and the applicant's mailbox (the SMTP sink) gets it."""

from __future__ import annotations

from collections.abc import Callable

from playwright.sync_api import Page, expect
from sqlalchemy import select

from bot.app import App
from bot.servers import SmtpSink
from bot.store.models import Case
from tests.conftest import SHARED_CORPUS

COMPLETE = SHARED_CORPUS / "001-roddsallskapet-timmernabben.eml"
NO_BUDGET = SHARED_CORPUS / "010-spelmansstamma-storebro.eml"


def only_case(app: App) -> Case:
    with app.db.session() as session:
        (case,) = session.scalars(select(Case)).all()
        return case


def words(text: str) -> str:
    return " ".join(text.split())


def open_case(page: Page, reference: str) -> None:
    page.goto("/".join(page.url.split("/")[:3]) + "/")
    page.get_by_role("link", name=reference).click()
    expect(page.get_by_role("heading", name=f"Ärende {reference}")).to_be_visible()


def test_an_officer_approves_a_complete_case_and_the_applicant_gets_amount_and_reference(
    officer_page: Page, feed: Callable, app: App, smtp: SmtpSink
) -> None:
    feed(COMPLETE)
    case, page, receipts = only_case(app), officer_page, len(smtp.messages())
    page.reload()
    expect(page.locator("section", has=page.locator("#g-ready"))).to_contain_text(case.reference)
    open_case(page, case.reference)
    expect(page.locator(".element.present")).to_have_count(5)
    expect(page.locator("mark.ev-budget", has_text="Vi söker alltså 9 800 kr.")).to_be_visible()

    page.get_by_label("Belopp (kr)").fill("9000")
    page.get_by_role("button", name="Godkänn", exact=True).click()
    expect(page.get_by_role("heading", name="Förhandsgranska: Godkänn")).to_be_visible()
    preview = page.locator(".mailpreview .mail-text").inner_text()
    assert "Beviljat belopp: 9 000 kronor" in preview
    assert smtp.messages()[receipts:] == [], "nothing is sent before the officer confirms"

    page.get_by_role("button", name="Bekräfta och skicka").click()
    expect(page.get_by_role("status")).to_contain_text("Ärendet är godkänt")
    expect(page.get_by_role("status")).to_contain_text("Mejlet till sökande är skickat")
    audit = page.locator("ol.audit")
    expect(audit).to_contain_text("Godkände")
    expect(audit).to_contain_text("Status: Klar för beslut → Beslutad")
    expect(audit).to_contain_text("Beviljat belopp: – → 9000")
    (decision,) = smtp.messages()[receipts:]
    assert decision["To"] == "karin.ekwall@example.se"
    assert case.reference in decision["Subject"] and "beviljad" in decision["Subject"]
    assert "9 000 kronor" in decision.get_content() and case.reference in decision.get_content()
    assert words(decision.get_content()) == words(preview), "the preview is the mail"
    assert only_case(app).approved_amount == 9000 and only_case(app).decided_by == "handlaggare"


def test_an_officer_rejects_with_a_reason_that_the_applicant_reads(
    officer_page: Page, feed: Callable, app: App, smtp: SmtpSink
) -> None:
    feed(COMPLETE)
    case, page, receipts = only_case(app), officer_page, len(smtp.messages())
    open_case(page, case.reference)
    reason = "Aktiviteten är redan finansierad av kommunen."
    page.get_by_label("Motivering").fill(reason)
    page.get_by_role("button", name="Avslå", exact=True).click()
    expect(page.locator(".mailpreview")).to_contain_text(reason)
    page.get_by_role("button", name="Bekräfta och skicka").click()
    expect(page.get_by_role("status")).to_contain_text("Ärendet är avslaget")
    (decision,) = smtp.messages()[receipts:]
    assert reason in decision.get_content() and case.reference in decision["Subject"]
    assert only_case(app).decision == "rejected"


def test_asking_for_more_information_puts_the_case_back_to_waiting(
    officer_page: Page, feed: Callable, app: App, smtp: SmtpSink
) -> None:
    feed(COMPLETE)
    case, page, receipts = only_case(app), officer_page, len(smtp.messages())
    open_case(page, case.reference)
    question = "Hur många deltagare räknar ni med på sjödagen?"
    page.get_by_label("Meddelande till sökande").fill(question)
    page.get_by_role("button", name="Begär komplettering", exact=True).click()
    expect(page.locator(".mailpreview")).to_contain_text(question)
    page.get_by_role("button", name="Bekräfta och skicka").click()
    expect(page.get_by_role("status")).to_contain_text("väntar nu på sökande")
    (mail,) = smtp.messages()[receipts:]
    assert question in mail.get_content() and case.reference in mail["Subject"]
    assert only_case(app).status == "waiting"
    page.get_by_role("link", name="Ärenden", exact=True).click()
    expect(page.locator("section", has=page.locator("#g-waiting"))).to_contain_text(case.reference)


def test_marking_the_missing_budget_present_makes_the_case_ready_and_is_logged(
    officer_page: Page, feed: Callable, app: App
) -> None:
    feed(NO_BUDGET)
    case, page = only_case(app), officer_page
    assert case.status == "waiting"
    open_case(page, case.reference)
    page.get_by_role("button", name="Markera budget som finns").click()
    expect(page.get_by_role("status")).to_contain_text("loggad")
    expect(page.locator(".element.present")).to_have_count(5)
    expect(page.locator("ol.audit")).to_contain_text("Budget: nej → ja")
    assert only_case(app).status == "ready"
