"""Helpers for building the labelled test corpora: headers, bodies, quoting, attachments.

Everything here is deterministic: identifiers and MIME boundaries come from a seeded random
generator, and the zip-based attachments (.docx, .xlsx) get fixed timestamps, so running the
generator twice gives byte-identical files.
"""

from __future__ import annotations

import datetime as dt
import email
import email.policy
import html
import io
import random
import re
import struct
import zipfile
import zlib
from email.header import Header
from email.message import EmailMessage, MIMEPart
from email.utils import format_datetime

POL = email.policy.SMTP
TO_OFFICER = "Landsbygdsutvecklare Region Kalmar län <landsbygdsutvecklare@example.se>"
TO_PLAIN = "landsbygdsutvecklare@example.se"
OFFICER = "Landsbygdsutvecklare Region Kalmar län <landsbygdsutvecklare@example.se>"


class Ids:
    """Seeded source of Message-IDs and MIME boundaries in the styles of common mail clients."""

    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)

    def hexs(self, n: int, upper: bool = False) -> str:
        s = "".join(self.rng.choice("0123456789abcdef") for _ in range(n))
        return s.upper() if upper else s

    def b64s(self, n: int) -> str:
        alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+_-"
        return "".join(self.rng.choice(alphabet) for _ in range(n))

    def b64std(self, n: int) -> str:
        alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
        return "".join(self.rng.choice(alphabet) for _ in range(n))

    def uuid(self, upper: bool = True) -> str:
        h = self.hexs(32, upper)
        return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"

    def msgid(self, style: str, domain: str = "example.se") -> str:
        if style == "outlook":
            box = self.rng.choice(["DU0P", "GV1P", "DB9P", "VI1P", "PA4P"])
            srv = f"{box}{self.rng.randint(100, 999)}MB{self.rng.randint(1000, 9999)}"
            host = f"{srv}.EURP{self.rng.randint(190, 195)}.PROD.example.com"
            return f"<{srv}{self.hexs(16, True)}@{host}>"
        if style == "apple":
            return f"<{self.uuid(True)}@{domain}>"
        if style == "gmail":
            return f"<CA{self.b64s(44)}@mail.example.com>"
        if style == "thunderbird":
            return f"<{self.uuid(False)}@{domain}>"
        if style == "roundcube":
            return f"<{self.hexs(32)}@{domain}>"
        return f"<{self.hexs(20)}@{domain}>"

    def boundary(self, style: str) -> str:
        if style == "outlook":
            return f"_000_{self.hexs(24, True)}_"
        if style == "apple":
            return f"Apple-Mail={self.uuid(True)}"
        if style == "gmail":
            return f"000000000000{self.hexs(16)}"
        if style == "thunderbird":
            return (
                f"------------{self.b64s(24).replace('+', 'A').replace('_', 'B').replace('-', 'C')}"
            )
        return f"==============={self.rng.randint(10**18, 10**19 - 1):019d}=="


def when(month: int, day: int, hh: int, mm: int, ss: int = 0) -> dt.datetime:
    """A local Swedish time in 2026 (CET before 29 March 02:00, CEST after)."""
    naive = dt.datetime(2026, month, day, hh, mm, ss)
    summer = naive >= dt.datetime(2026, 3, 29, 2, 0)
    return naive.replace(tzinfo=dt.timezone(dt.timedelta(hours=2 if summer else 1)))


def rfcdate(t: dt.datetime) -> str:
    return format_datetime(t)


SV_DAYS = ["mån", "tis", "ons", "tors", "fre", "lör", "sön"]
SV_MON_ABBR = [
    "jan.",
    "feb.",
    "mars",
    "apr.",
    "maj",
    "juni",
    "juli",
    "aug.",
    "sep.",
    "okt.",
    "nov.",
    "dec.",
]
SV_MON = [
    "januari",
    "februari",
    "mars",
    "april",
    "maj",
    "juni",
    "juli",
    "augusti",
    "september",
    "oktober",
    "november",
    "december",
]


def sv_gmail_header(t: dt.datetime, who: str) -> str:
    day = f"{SV_DAYS[t.weekday()]} {t.day} {SV_MON_ABBR[t.month - 1]} {t.year}"
    return f"Den {day} kl {t:%H:%M} skrev {who}:"


def sv_apple_header(t: dt.datetime, who: str) -> str:
    return f"{t.day} {SV_MON_ABBR[t.month - 1]} {t.year} kl. {t:%H:%M} skrev {who}:"


def sv_thunderbird_header(t: dt.datetime, who: str) -> str:
    return f"Den {t:%Y-%m-%d} kl. {t:%H:%M}, skrev {who}:"


def sv_outlook_block(frm: str, t: dt.datetime, to: str, subject: str) -> str:
    return (
        f"Från: {frm}\nSkickat: den {t.day} {SV_MON[t.month - 1]} {t.year} {t:%H:%M}\n"
        f"Till: {to}\nÄmne: {subject}\n"
    )


def quote(text: str, prefix: str = ">") -> str:
    out = []
    for line in text.rstrip("\n").split("\n"):
        out.append(f"{prefix} {line}" if line else prefix)
    return "\n".join(out) + "\n"


MISSING_LINES = {
    "association": "- uppgifter om föreningen eller gruppen "
    "(namn, vad ni är, var ni finns, antal medlemmar)",
    "contact": "- en kontaktperson med namn och telefonnummer eller e-postadress",
    "activity": "- en konkret beskrivning av aktiviteten "
    "och hur den främjar den lokala utvecklingen",
    "anchoring": "- hur aktiviteten är förankrad i bygden (till exempel ett bymöte, en enkät eller "
    "samarbete med andra föreningar)",
    "budget": "- en översiktlig budget med kostnadsposter och belopp",
}


def receipt_text(missing: list[str]) -> str:
    """The bot's receipt as the officer's mailbox sends it (quoted in followups, bounces)."""
    lines = "".join(MISSING_LINES[m] + "\n" for m in missing)
    return (
        "Hej!\n\nTack för er ansökan om regional bygdepeng – idéslanten.\n\n"
        "Vi saknar följande i er ansökan:\n"
        + lines
        + "\nSvara på det här mejlet med det som saknas, så går ansökan vidare\n"
        + "till handläggning.\n\n"
        "Med vänliga hälsningar\nIdéslanten – Region Kalmar län\n(Detta är ett automatiskt svar.)\n"
    )


def receipt_id(t: dt.datetime, n: int) -> str:
    return f"<ideslanten.{t:%Y%m%d%H%M%S}.h{n:02d}@example.se>"


# --- message construction -------------------------------------------------------------------------


def new_message(
    frm: str,
    subject: str,
    date: dt.datetime,
    msgid: str,
    *,
    to: str = TO_OFFICER,
    subject_charset: str | None = None,
    headers: list[tuple[str, str]] = (),
) -> EmailMessage:
    """A message with the usual top headers; extra headers follow in the given order."""
    m = EmailMessage(policy=POL)
    m["From"] = frm
    if to.startswith("!"):
        # A pre-encoded, pre-folded To header (one encoded word per display name).
        m.set_raw("To", to[1:])
    else:
        m["To"] = to
    if subject_charset:
        # Keep a legacy-charset encoded-word subject exactly as old clients write it.
        m.set_raw("Subject", Header(subject, subject_charset).encode(linesep="\n"))
    else:
        m["Subject"] = subject
    m["Date"] = rfcdate(date)
    m["Message-ID"] = msgid
    for k, v in headers:
        if k.startswith("!"):
            m.set_raw(k[1:], v)
        else:
            m[k] = v
    return m


def text_part(
    text: str,
    subtype: str = "plain",
    charset: str = "utf-8",
    cte: str = "quoted-printable",
    params: dict | None = None,
) -> MIMEPart:
    p = MIMEPart(policy=POL)
    p.set_content(text, subtype=subtype, charset=charset, cte=cte, params=params)
    return p


def set_body(
    m: EmailMessage,
    text: str,
    *,
    subtype: str = "plain",
    charset: str = "utf-8",
    cte: str = "quoted-printable",
    params: dict | None = None,
) -> None:
    m.set_content(text, subtype=subtype, charset=charset, cte=cte, params=params)


def set_alternative(
    m: EmailMessage,
    text: str,
    html_text: str,
    *,
    charset: str = "utf-8",
    cte: str = "quoted-printable",
    html_charset: str | None = None,
    html_cte: str | None = None,
) -> None:
    m.set_content(text, subtype="plain", charset=charset, cte=cte)
    m.add_alternative(
        html_text, subtype="html", charset=html_charset or charset, cte=html_cte or cte
    )


def attach_bytes(m: EmailMessage, data: bytes, mime: str, filename: str) -> None:
    maintype, subtype = mime.split("/", 1)
    m.add_attachment(data, maintype=maintype, subtype=subtype, filename=filename)


def attach_text(
    m: EmailMessage,
    text: str,
    subtype: str,
    filename: str,
    charset: str = "utf-8",
    cte: str = "quoted-printable",
) -> None:
    m.add_attachment(text, subtype=subtype, charset=charset, cte=cte, filename=filename)


def finish(m: EmailMessage, ids: Ids, style: str) -> bytes:
    """Fix every multipart boundary, then serialise with LF line endings."""
    for part in m.walk():
        if part.get_content_maintype() == "multipart":
            part.set_boundary(ids.boundary(style))
    if "MIME-Version" not in m:
        m["MIME-Version"] = "1.0"
    data = m.as_bytes(policy=POL)
    return data.replace(b"\r\n", b"\n")


def report_message(
    frm: str,
    subject: str,
    date: dt.datetime,
    msgid: str,
    *,
    to: str,
    headers: list[tuple[str, str]],
    human: str,
    human_charset: str,
    dsn: str,
    returned: EmailMessage | None = None,
    returned_headers: str | None = None,
    preamble: str | None = None,
) -> EmailMessage:
    """A multipart/report delivery status notification."""
    m = new_message(frm, subject, date, msgid, to=to, headers=headers)
    m["MIME-Version"] = "1.0"
    m["Content-Type"] = 'multipart/report; report-type="delivery-status"'
    if preamble:
        m.preamble = preamble
    m.attach(
        text_part(
            human,
            charset=human_charset,
            cte="7bit" if human_charset == "us-ascii" else "quoted-printable",
        )
    )
    ds = email.message_from_string("Content-Type: message/delivery-status\n\n" + dsn, policy=POL)
    m.attach(ds)
    if returned is not None:
        r = MIMEPart(policy=POL)
        r.set_content(returned)
        del r["Content-Transfer-Encoding"]
        m.attach(r)
    if returned_headers is not None:
        h = MIMEPart(policy=POL)
        h.set_content(returned_headers, subtype="rfc822-headers", charset="us-ascii", cte="7bit")
        m.attach(h)
    return m


# --- HTML -----------------------------------------------------------------------------------------

OUTLOOK_HEAD = (
    '<html xmlns:v="urn:schemas-microsoft-com:vml" '
    'xmlns:o="urn:schemas-microsoft-com:office:office" '
    'xmlns:w="urn:schemas-microsoft-com:office:word" '
    'xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
    'xmlns="http://www.w3.org/TR/REC-html40">\n'
    '<head>\n<meta http-equiv="Content-Type" content="text/html; charset={charset}">\n'
    '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
    '<style><!--\n/* Font Definitions */\n@font-face\n\t{{font-family:"Cambria Math";\n'
    "\tpanose-1:2 4 5 3 5 4 6 3 2 4;}}\n@font-face\n\t{{font-family:Calibri;\n"
    "\tpanose-1:2 15 5 2 2 2 4 3 2 4;}}\n/* Style Definitions */\n"
    "p.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{{margin:0cm;\n\tfont-size:11.0pt;\n"
    '\tfont-family:"Calibri",sans-serif;\n\tmso-fareast-language:EN-US;}}\n'
    "table.MsoTableGrid\n\t{{border:solid windowtext 1.0pt;\n\tfont-size:11.0pt;\n"
    '\tfont-family:"Calibri",sans-serif;}}\n'
    "@page WordSection1\n\t{{size:612.0pt 792.0pt;\n\tmargin:70.85pt 70.85pt 70.85pt 70.85pt;}}\n"
    "div.WordSection1\n\t{{page:WordSection1;}}\n--></style>\n</head>\n"
    '<body lang="SV" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">\n'
    '<div class="WordSection1">\n'
)
OUTLOOK_TAIL = "</div>\n</body>\n</html>\n"


def mso_p(text: str, bold: bool = False) -> str:
    if not text:
        return '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n'
    t = html.escape(text, quote=False)
    if bold:
        t = f"<b>{t}</b>"
    return f'<p class="MsoNormal">{t}<o:p></o:p></p>\n'


def mso_table(
    rows: list[tuple[str, str]],
    header: tuple[str, str] | None = None,
    total: tuple[str, str] | None = None,
) -> str:
    def cell(text: str, bold: bool, right: bool, first: bool) -> str:
        width = "302" if first else "151"
        pts = "226.55pt" if first else "113.3pt"
        border = (
            "border:solid windowtext 1.0pt"
            if first
            else "border:solid windowtext 1.0pt;border-left:none"
        )
        align = ' align="right" style="text-align:right"' if right else ""
        t = html.escape(text, quote=False)
        if bold:
            t = f"<b>{t}</b>"
        return (
            f'<td width="{width}" valign="top" '
            f'style="width:{pts};{border};padding:0cm 5.4pt 0cm 5.4pt">'
            f'<p class="MsoNormal"{align}>{t}<o:p></o:p></p></td>'
        )

    out = [
        '<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0" '
        'style="border-collapse:collapse;border:none">\n'
    ]
    all_rows = (
        ([(header, True)] if header else [])
        + [(r, False) for r in rows]
        + ([(total, True)] if total else [])
    )
    for (a, b), bold in all_rows:
        out.append("<tr>" + cell(a, bold, False, True) + cell(b, bold, True, False) + "</tr>\n")
    out.append("</table>\n")
    return "".join(out)


def simple_html(
    paragraphs: list[str], *, lists: dict[int, list[str]] | None = None, div: bool = True
) -> str:
    """Webmail-style HTML: one <div> per line, optional <ul> after a given paragraph index."""
    body = []
    for i, p in enumerate(paragraphs):
        if p == "":
            body.append("<div><br></div>")
        else:
            body.append(
                "<div>" + "<br>".join(html.escape(x, quote=False) for x in p.split("\n")) + "</div>"
            )
        if lists and i in lists:
            body.append(
                "<ul>"
                + "".join(f"<li>{html.escape(x, quote=False)}</li>" for x in lists[i])
                + "</ul>"
            )
    inner = "\n".join(body)
    return (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
        f'<body><div dir="ltr">\n{inner}\n</div></body></html>\n'
    )


# --- attachments ----------------------------------------------------------------------------------

FIXED_ZIP_TIME = (2026, 1, 1, 12, 0, 0)


def normalize_zip(data: bytes) -> bytes:
    """Rewrite a zip with fixed entry times and fixed document timestamps."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            content = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                content = re.sub(
                    rb"(<dcterms:(created|modified)[^>]*>)[^<]*(</dcterms:)",
                    rb"\g<1>2026-01-01T12:00:00Z\g<3>",
                    content,
                )
            zi = zipfile.ZipInfo(info.filename, date_time=FIXED_ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            dst.writestr(zi, content)
    return out.getvalue()


def make_docx(
    title: str,
    intro: list[str],
    rows: list[tuple[str, str]],
    header: tuple[str, str],
    total: tuple[str, str] | None,
    outro: list[str] = (),
    author: str = "",
) -> bytes:
    import docx  # python-docx, from the project's venv

    d = docx.Document()
    d.add_heading(title, level=1)
    for p in intro:
        d.add_paragraph(p)
    table = d.add_table(rows=0, cols=2)
    table.style = "Table Grid"
    for a, b in [header] + rows + ([total] if total else []):
        cells = table.add_row().cells
        cells[0].text = a
        cells[1].text = b
    for p in outro:
        d.add_paragraph(p)
    fixed = dt.datetime(2026, 1, 1, 12, 0, 0)
    cp = d.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.created = fixed
    cp.modified = fixed
    cp.revision = 1
    buf = io.BytesIO()
    d.save(buf)
    return normalize_zip(buf.getvalue())


def make_xlsx(sheet: str, rows: list[list], widths: tuple[int, int] = (48, 14)) -> bytes:
    import openpyxl
    from openpyxl.styles import Font

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sheet
    for r in rows:
        ws.append(r)
    for cell in ws[1]:
        cell.font = Font(bold=True)
    last = ws.max_row
    for cell in ws[last]:
        cell.font = Font(bold=True)
    ws.column_dimensions["A"].width = widths[0]
    ws.column_dimensions["B"].width = widths[1]
    fixed = dt.datetime(2026, 1, 1, 12, 0, 0)
    wb.properties.creator = "Microsoft Excel"
    wb.properties.created = fixed
    wb.properties.modified = fixed
    buf = io.BytesIO()
    wb.save(buf)
    return normalize_zip(buf.getvalue())


def _pdf_str(s: str) -> bytes:
    b = s.encode("cp1252")
    return b"(" + b.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)") + b")"


def make_pdf(
    title: str, lines: list[str], rows: list[tuple[str, str]], footer: list[str] = ()
) -> bytes:
    """A one-page PDF with Helvetica (WinAnsiEncoding) text, so the text is extractable."""
    ops = [b"BT /F1 16 Tf 56 780 Td " + _pdf_str(title) + b" Tj ET"]
    y = 750
    for line in lines:
        ops.append(b"BT /F1 11 Tf 56 %d Td " % y + _pdf_str(line) + b" Tj ET")
        y -= 16
    y -= 10
    for a, b in rows:
        bold = a.lower().startswith(("summa", "totalt"))
        font = b"/F2" if bold else b"/F1"
        ops.append(b"BT " + font + b" 11 Tf 56 %d Td " % y + _pdf_str(a) + b" Tj ET")
        ops.append(b"BT " + font + b" 11 Tf 400 %d Td " % y + _pdf_str(b) + b" Tj ET")
        y -= 16
    y -= 10
    for line in footer:
        ops.append(b"BT /F1 10 Tf 56 %d Td " % y + _pdf_str(line) + b" Tj ET")
        y -= 14
    stream = b"\n".join(ops) + b"\n"
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        b"/Resources << /Font << /F1 4 0 R /F2 5 0 R >> >> /Contents 6 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"endstream",
        b"<< /Title " + _pdf_str(title) + b" /Producer (Microsoft Word for Microsoft 365) "
        b"/CreationDate (D:20260101120000+01'00') >>",
    ]
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, body in enumerate(objs, start=1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % i + body + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n" % (len(objs) + 1))
    out.write(b"0000000000 65535 f \n")
    for off in offsets:
        out.write(b"%010d 00000 n \n" % off)
    out.write(
        b"trailer\n<< /Size %d /Root 1 0 R /Info 7 0 R >>\nstartxref\n%d\n%%%%EOF\n"
        % (len(objs) + 1, xref)
    )
    return out.getvalue()


def make_png(width: int = 240, height: int = 120) -> bytes:
    """A small greyscale PNG that looks like a photographed sheet with ruled lines (no text)."""
    rows = []
    for y in range(height):
        row = bytearray([0])
        for x in range(width):
            v = 236 - (x + y) // 12
            if y % 16 == 0 and 12 < x < width - 12:
                v = 90
            if 150 < x < 154 and 10 < y < height - 10:
                v = 110
            row.append(max(0, min(255, v)))
        rows.append(bytes(row))
    raw = zlib.compress(b"".join(rows), 9)

    def chunk(kind: bytes, data: bytes) -> bytes:
        return (
            struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
        )

    ihdr = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", raw) + chunk(b"IEND", b"")


# --- identifiers ----------------------------------------------------------------------------------


def luhn_digit(digits: str) -> int:
    total = 0
    for i, ch in enumerate(digits):
        v = int(ch) * (2 if i % 2 == 0 else 1)
        total += v // 10 + v % 10
    return (10 - total % 10) % 10


def orgnr(nine: str) -> str:
    """A Swedish organisation number NNNNNN-NNNN whose last digit is the Luhn check digit."""
    assert len(nine) == 9 and nine.isdigit()
    return f"{nine[:6]}-{nine[6:]}{luhn_digit(nine)}"


def pnr(nine_without_century: str, century: str = "19") -> str:
    """A personnummer-shaped string YYYYMMDD-NNNN with a valid check digit (invented)."""
    d = nine_without_century
    return f"{century}{d[:6]}-{d[6:]}{luhn_digit(d)}"


# --- labels ---------------------------------------------------------------------------------------

ELEMENTS = ("association", "contact", "activity", "anchoring", "budget")
FACTS = (
    "association_name",
    "org_number",
    "contact_name",
    "contact_email",
    "contact_phone",
    "members",
    "ort",
    "amount_sek",
    "women_and_men",
    "salary_costs",
    "physical_investment",
)


def label(kind: str, language: str, elements: str, notes: str, **facts) -> dict:
    assert len(elements) == 5 and set(elements) <= {"0", "1"}
    unknown = set(facts) - set(FACTS)
    assert not unknown, unknown
    full = {k: None for k in FACTS}
    if kind in ("application", "followup"):
        full["salary_costs"] = False
        full["physical_investment"] = False
    full.update(facts)
    return {
        "kind": kind,
        "language": language,
        "elements": {name: elements[i] == "1" for i, name in enumerate(ELEMENTS)},
        "facts": full,
        "notes": notes,
    }
