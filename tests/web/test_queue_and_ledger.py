"""The queue's order, filters and search; the ledger's chart; the CSV export Excel opens."""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Callable

from playwright.sync_api import Page, expect
from sqlalchemy import select

from bot import review
from bot.app import App
from bot.store.db import utcnow
from bot.store.models import Case
from tests.conftest import SHARED_CORPUS

MAILS = [
    SHARED_CORPUS / "001-roddsallskapet-timmernabben.eml",
    SHARED_CORPUS / "004-fraga-sista-dag-kristdala.eml",
    SHARED_CORPUS / "010-spelmansstamma-storebro.eml",
    SHARED_CORPUS / "014-nyhetsbrev-landsbygdsnytt.eml",
]


def approve_first_ready(app: App, amount: int) -> Case:
    with app.db.session() as session:
        case = review.queue(session)[0]
        review.approve(session, app.config, case.reference, amount, None, "test", utcnow())
        session.commit()
        return case


def test_the_queue_lists_ready_then_waiting_then_questions_and_shows_mail_without_a_case(
    officer_page: Page, feed: Callable, app: App, site: str
) -> None:
    feed(*MAILS)
    page = officer_page
    page.goto(site + "/")
    headings = page.locator("main h2").all_inner_texts()
    order = [h.split()[0] for h in headings[:4]]
    assert order == ["Klar", "Väntar", "Fråga", "Beslutad"], headings
    waiting = page.locator("section", has=page.locator("#g-waiting"))
    expect(waiting).to_contain_text("Saknas: budget")
    expect(page.locator("details.group summary")).to_contain_text("skräp) – 1")

    page.get_by_label("Sök", exact=True).fill("spelmans")
    page.get_by_role("button", name="Filtrera").click()
    expect(page.locator("li.case")).to_have_count(1)
    page.get_by_label("Status").select_option("ready")
    page.get_by_label("Sök", exact=True).fill("")
    page.get_by_role("button", name="Filtrera").click()
    expect(page.locator("li.case")).to_have_count(1)
    expect(page.locator("li.case")).to_contain_text("Timmernabben")


def test_the_ledger_shows_the_ort_against_the_cap_and_the_csv_opens_in_excel(
    officer_page: Page, feed: Callable, app: App, site: str
) -> None:
    feed(*MAILS)
    case = approve_first_ready(app, 9800)
    page = officer_page
    page.goto(site + "/ledger")
    expect(page.locator("svg.chart rect.bar")).to_have_count(1)
    expect(page.locator("svg.chart")).to_contain_text("Timmernabben")
    row = page.get_by_role("row", name=re.compile("Timmernabben"))
    expect(row).to_contain_text("9 800 kr")
    expect(row).to_contain_text("5 200 kr")  # left of the 15 000 kr cap
    expect(page.get_by_role("row", name=re.compile("^Mönsterås"))).to_contain_text("9 800 kr")
    html = page.content()
    assert not re.search(r"""(src|href)=["']?(https?:)?//""", html), "no remote resources"

    response = page.request.get(site + "/export/cases.csv")
    assert response.headers["content-type"].startswith("text/csv")
    assert "attachment" in response.headers["content-disposition"]
    body = response.body()
    assert body.startswith(b"\xef\xbb\xbf"), "a BOM, so Excel reads UTF-8"
    rows = list(csv.reader(io.StringIO(body.decode("utf-8-sig")), delimiter=";"))
    assert rows[0][:4] == ["Ärende", "Status", "Beslut", "Förening"]
    decided = next(r for r in rows if r[0] == case.reference)
    assert decided[2] == "Beviljad" and decided[7] == "9800" and decided[4] == "Timmernabben"
    with app.db.session() as session:
        assert len(rows) == 1 + len(session.scalars(select(Case)).all())


def test_a_decided_case_shows_its_ort_s_total_against_the_cap(
    officer_page: Page, feed: Callable, app: App, site: str
) -> None:
    feed(MAILS[0])
    first = approve_first_ready(app, 9000)
    page = officer_page
    page.goto(f"{site}/cases/{first.reference}")
    cap = page.locator(".cap")
    expect(cap).to_contain_text("Timmernabben har fått 0 kr beviljat")
    expect(cap).to_contain_text("Med detta beslut (9 000 kr) blir det 9 000 kr av taket 15 000 kr")


def test_the_queue_and_a_case_fit_a_360_pixel_phone_screen(
    officer_page: Page, feed: Callable, app: App, site: str
) -> None:
    feed(*MAILS)
    page = officer_page
    page.set_viewport_size({"width": 360, "height": 780})
    with app.db.session() as session:
        references = session.scalars(select(Case.reference)).all()
    for path in ["/", "/ledger", *(f"/cases/{r}" for r in references)]:
        page.goto(site + path)
        assert page.evaluate("document.documentElement.scrollWidth") <= 360, path
    page.goto(site + "/")
    page.keyboard.press("Tab")
    expect(page.get_by_role("link", name="Hoppa till innehållet")).to_be_focused()
