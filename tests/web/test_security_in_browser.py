"""Hostile mail stays inert, forms need their token, and nothing is shown without a login."""

from __future__ import annotations

import re
from collections.abc import Callable
from email.message import EmailMessage
from urllib.parse import unquote

from playwright.sync_api import Page, expect
from sqlalchemy import select

from bot.app import App
from bot.servers import SmtpSink
from bot.store.models import Case, Message
from parsers.mime import parse
from tests.conftest import SHARED_CORPUS
from tests.web.conftest import OFFICER, log_in

COMPLETE = SHARED_CORPUS / "001-roddsallskapet-timmernabben.eml"
SUBJECT_PAYLOAD = '<script>window.pwned="subject"</script> Ansökan <img src=x onerror=alert(1)>'
BODY_PAYLOAD = (
    "<script>window.pwned='body'</script>\n"
    "<img src=\"x\" onerror=\"window.pwned='img'; alert('img')\">\n"
    "<b onmouseover=alert(1)>fet</b> </div></pre><svg onload=alert(2)>\n"
)


def hostile_application() -> bytes:
    """The complete application from the corpus with script in subject, body and file name."""
    original = parse(COMPLETE.read_bytes())
    msg = EmailMessage()
    msg["From"] = "Karin Ekwall <karin.ekwall@example.se>"
    msg["To"] = "ideslanten@example.se"
    msg["Subject"] = SUBJECT_PAYLOAD
    msg["Message-ID"] = "<hostile-1@example.se>"
    msg["Date"] = "Mon, 02 Mar 2026 09:00:00 +0100"
    msg.set_content(BODY_PAYLOAD + original.body_text)
    msg.add_attachment(
        b"<script>alert('file')</script>",
        maintype="text",
        subtype="html",
        filename='../../"><img src=x onerror=alert(3)>.html',
    )
    return msg.as_bytes()


def only(app: App, model: type) -> object:
    with app.db.session() as session:
        return session.scalars(select(model)).first()


def test_a_mail_carrying_script_and_onerror_renders_as_text_and_never_runs(
    officer_page: Page, feed: Callable, app: App, site: str
) -> None:
    feed(hostile_application())
    case, message = only(app, Case), only(app, Message)
    assert case is not None and message is not None
    page, dialogs = officer_page, []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    for path in ("/", f"/cases/{case.reference}", f"/messages/{message.id}"):
        page.goto(site + path)
        page.wait_for_load_state("load")
        assert page.evaluate("typeof window.pwned") == "undefined", path
        assert page.locator("script").count() == 0, path
        assert page.locator("main img, main svg:not(.chart)").count() == 0, path
    expect(page.locator(".mail-text").first).to_contain_text("<script>window.pwned='body'</script>")
    expect(page.locator(".mail-text").first).to_contain_text("onerror=")
    page.goto(f"{site}/cases/{case.reference}")
    expect(page.locator(".subject").first).to_have_text(SUBJECT_PAYLOAD)
    page.locator(".mail-text").first.hover()
    assert dialogs == [] and page.evaluate("typeof window.pwned") == "undefined"


def test_an_attachment_downloads_as_a_file_with_a_safe_name_never_as_a_page(
    officer_page: Page, feed: Callable, app: App, site: str
) -> None:
    feed(hostile_application())
    message = only(app, Message)
    response = officer_page.request.get(f"{site}/messages/{message.id}/attachments/0")
    assert response.ok and response.body() == b"<script>alert('file')</script>"
    headers = response.headers
    assert headers["content-type"] == "application/octet-stream"
    assert headers["x-content-type-options"] == "nosniff"
    disposition = headers["content-disposition"]
    assert disposition.startswith("attachment;")
    names = re.findall(r"filename\*?=(?:UTF-8'')?\"?([^\";]+)", disposition)
    assert names and all("/" not in unquote(n) and "<" not in unquote(n) for n in names)


def test_a_post_without_the_csrf_token_is_refused(
    officer_page: Page, feed: Callable, app: App, site: str, smtp: SmtpSink
) -> None:
    feed(COMPLETE)
    case, sent = only(app, Case), len(smtp.messages())
    url = f"{site}/cases/{case.reference}/decision/approve"
    missing = officer_page.request.post(url, form={"amount": "9000"})
    wrong = officer_page.request.post(url, form={"amount": "9000", "csrf_token": "guess"})
    assert missing.status == 403 and wrong.status == 403
    facts = officer_page.request.post(f"{site}/cases/{case.reference}/facts", form={"members": "3"})
    assert facts.status == 403
    assert only(app, Case).status == "ready" and only(app, Case).facts["members"] == 47
    assert len(smtp.messages()) == sent
    login = officer_page.context.browser.new_page().request.post(
        f"{site}/login", form={"username": OFFICER[0], "password": OFFICER[1]}
    )
    assert login.status == 403, "a login form posted from elsewhere is refused too"


def test_every_page_sends_a_logged_out_visitor_to_the_login(
    page: Page, feed: Callable, app: App, site: str
) -> None:
    feed(COMPLETE)
    case, message = only(app, Case), only(app, Message)
    paths = [
        "/",
        "/?status=ready&q=roddsällskap",
        f"/cases/{case.reference}",
        "/ledger",
        "/export/cases.csv",
        f"/messages/{message.id}",
        f"/messages/{message.id}/raw",
        f"/messages/{message.id}/attachments/0",
    ]
    for path in paths:
        response = page.request.get(site + path, max_redirects=0)
        assert response.status == 303, path
        assert response.headers["location"].startswith("/login?next="), path
        page.goto(site + path)
        expect(page.get_by_label("Användarnamn")).to_be_visible()
        assert page.url.startswith(site + "/login?next=")
    post = page.request.post(
        f"{site}/cases/{case.reference}/decision/approve", form={"amount": "1"}, max_redirects=0
    )
    assert post.status == 303 and only(app, Case).status == "ready"
    page.goto(f"{site}/cases/{case.reference}")
    log_in_here(page)
    expect(page.get_by_role("heading", name=f"Ärende {case.reference}")).to_be_visible()


def log_in_here(page: Page) -> None:
    """Log in on the login page the visitor was sent to; it returns them where they were."""
    page.get_by_label("Användarnamn").fill(OFFICER[0])
    page.get_by_label("Lösenord").fill(OFFICER[1])
    page.get_by_role("button", name="Logga in").click()


def test_logging_out_ends_the_session_even_for_a_copied_cookie(
    officer_page: Page, site: str
) -> None:
    page = officer_page
    (cookie,) = [c for c in page.context.cookies() if c["name"] == "intake_session"]
    assert cookie["httpOnly"] and cookie["sameSite"] == "Lax"
    page.get_by_role("button", name="Logga ut").click()
    expect(page.get_by_label("Användarnamn")).to_be_visible()
    page.context.add_cookies([cookie])
    page.goto(site + "/")
    assert page.url.startswith(site + "/login")


def test_repeated_wrong_passwords_lock_the_login_for_a_while(page: Page, site: str) -> None:
    for _ in range(5):
        log_in(page, site, password="fel-lösenord-igen")
        expect(page.get_by_role("alert")).to_contain_text("Fel användarnamn eller lösenord")
    log_in(page, site)
    expect(page.get_by_role("alert")).to_contain_text("För många misslyckade inloggningar")
    assert page.url.startswith(site + "/login")


def test_a_case_or_mail_that_does_not_exist_is_a_plain_404_page(
    officer_page: Page, site: str
) -> None:
    for path in ("/cases/1999-0001", "/messages/999", "/messages/abc", "/messages/1/attachments/x"):
        response = officer_page.request.get(site + path)
        assert response.status == 404, path
        assert response.headers["content-type"].startswith("text/html"), path
