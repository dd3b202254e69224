"""MIME edge cases that mail-parser gets wrong silently; each must read right here."""

from __future__ import annotations

from parsers.mime import parse
from tests.conftest import SHARED_CORPUS


def eml(headers: str, body: bytes) -> bytes:
    return headers.replace("\n", "\r\n").encode("ascii") + b"\r\n\r\n" + body


def test_a_body_without_charset_that_is_windows_1252_reads_as_swedish() -> None:
    raw = eml(
        "From: a@example.se\nSubject: x\nContent-Type: text/plain\nContent-Transfer-Encoding: 8bit",
        "hej vi är några i fröding".encode("cp1252"),
    )
    assert parse(raw).body_text == "hej vi är några i fröding"


def test_a_body_labelled_latin_1_that_is_cp1252_keeps_its_dash_and_quotes() -> None:
    raw = eml(
        "From: a@example.se\nSubject: x\nContent-Type: text/plain; charset=iso-8859-1",
        "Budget – ”enkel” å".encode("cp1252"),
    )
    assert parse(raw).body_text == "Budget – ”enkel” å"


def test_raw_8bit_bytes_in_the_subject_are_decoded_not_dropped() -> None:
    raw = "From: a@example.se\r\nSubject: Ansökan från Påryd\r\n\r\nhej".encode()
    assert parse(raw).subject == "Ansökan från Påryd"


def test_whitespace_between_encoded_words_and_text_is_kept() -> None:
    raw = (SHARED_CORPUS / "001-roddsallskapet-timmernabben.eml").read_bytes()
    assert parse(raw).subject == "Ansökan om regional bygdepeng – Timmernabbens Roddsällskap"


def test_an_html_only_mail_becomes_text_with_one_line_per_table_row() -> None:
    html = (
        "<html><body><p>Budget</p><table><tr><td>Hyra av lokal</td><td>2 000 kr</td></tr>"
        "<tr><td>Fika</td><td>500 kr</td></tr></table><script>alert(1)</script></body></html>"
    )
    raw = eml(
        "From: a@example.se\nSubject: x\nContent-Type: text/html; charset=utf-8", html.encode()
    )
    mail = parse(raw)
    assert mail.body_was_html
    assert "Hyra av lokal | 2 000 kr\nFika | 500 kr" in mail.body_text
    assert "alert" not in mail.body_text


def test_budgets_in_docx_xlsx_and_pdf_attachments_are_read() -> None:
    texts = {}
    for name in (
        "003-biblioteksvanner-loftahammar.eml",
        "020-energikvallar-hjorted.eml",
        "013-bygdegard-langasjo.eml",
    ):
        (attachment,) = parse((SHARED_CORPUS / name).read_bytes()).attachments
        texts[attachment.filename.rsplit(".", 1)[-1]] = attachment.text
    assert set(texts) == {"docx", "xlsx", "pdf"}
    assert all("kr" in t.lower() or any(ch.isdigit() for ch in t) for t in texts.values())


def test_a_truncated_attachment_is_recorded_as_unreadable_not_raised() -> None:
    mail = parse((SHARED_CORPUS / "044-familjedag-alsterbro-trasig.eml").read_bytes())
    (attachment,) = mail.attachments
    assert attachment.text == "" and attachment.error
    assert mail.defects


def test_a_mail_of_garbage_bytes_still_parses_to_something() -> None:
    mail = parse(b"\x00\xff\xfe garbage without headers \x81\x82")
    assert mail.message_id is None and mail.from_addr == ""


def test_a_signature_picture_reads_as_its_alt_text_and_logos_do_not() -> None:
    from parsers.html import html_to_text

    text = html_to_text(
        '<p>Hälsningar</p><p><img src="cid:sig" alt="Maria Lindqvist – ordförande, 070-311 42 87">'
        '</p><img src="cid:logo" alt="image001.png">'
    )
    assert "Maria Lindqvist – ordförande, 070-311 42 87" in text
    assert "image001" not in text


def test_a_workbook_named_xls_and_a_pdf_without_extension_are_read_by_their_bytes() -> None:
    import io
    import zipfile

    from parsers.attachments import attachment_text

    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as z:
        z.writestr("xl/workbook.xml", "<workbook/>")
    sniffed = attachment_text(
        "budget.xls", "application/vnd.ms-excel", buffer.getvalue(), None, 10**6
    )
    assert sniffed.error  # read as .xlsx (and this toy workbook is incomplete), not ignored
    assert attachment_text("bild.png", "image/png", b"\x89PNG....", None, 10**6).error is None
