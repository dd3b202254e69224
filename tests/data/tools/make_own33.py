"""Generator for the own33 corpus: 40 labelled, entirely fictional e-mails (4501-4540).

The corpus is written for the intake bot of Region Kalmar län's micro-grant "regional
bygdepeng – idéslanten". Its emphasis is how people present themselves and their group:
signatures of every shape (pipes, vCard blocks and .vcf files, HTML tables, signature images
with the text only in alt text, couples, "//Kalle", initials, "Ordf." titles, phone numbers in
+46 and 07x form and with mistakes), contact lines in the body ("Kontaktperson: ...", "Ring
Berit på ..."), and associations described in odd ways (name only in the subject, "SVBF",
a WhatsApp group, a förening under bildande, a sports club's section, a church choir, an
ekonomisk förening, a name with a place in genitive). Followups, questions, autoreplies,
bounces, a newsletter and spam complete the spread.

Regenerate (byte-identical on every run) from the repository root with:

    /work/main/.venv/bin/python tests/data/tools/make_own33.py

The script writes tests/data/own33/NNNN-slug.eml and tests/data/own33/labels.json and then
checks its own output (MIME parse without defects, label schema, Luhn-valid org numbers,
example.* addresses only, Date order, threading of followups).
"""

# ruff: noqa: E501

from __future__ import annotations

import base64
import datetime as dt
import email.utils
import json
import quopri
import re
import struct
import sys
import zipfile
import zlib
from email import policy
from email.header import Header
from email.parser import BytesParser
from io import BytesIO
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "own33"

BOT = ("Idéslanten – Region Kalmar län", "ideslanten@example.se")
OFFICER = ("Landsbygdsutvecklare Region Kalmar län", "landsbygdsutvecklare@example.se")
ALLOWED_DOMAINS = {"example.se", "example.com", "example.org", "example.net"}
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
KINDS = ("application", "followup", "question", "autoreply", "bounce", "newsletter", "spam")


# --------------------------------------------------------------------------- helpers


def org(nine: str) -> str:
    """Return a Luhn-valid Swedish organisation number NNNNNN-NNNN from nine digits."""
    assert len(nine) == 9 and nine.isdigit()
    total = 0
    for i, ch in enumerate(nine):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        total += d - 9 if d > 9 else d
    check = (10 - total % 10) % 10
    return f"{nine[:6]}-{nine[6:]}{check}"


def luhn_ok(number: str) -> bool:
    if not re.fullmatch(r"\d{6}-\d{4}", number):
        return False
    digits = number.replace("-", "")
    return org(digits[:9]) == number


def date(s: str) -> str:
    """'2026-02-16 08:47:03 +0100' -> RFC 5322 date."""
    d = dt.datetime.strptime(s, "%Y-%m-%d %H:%M:%S %z")
    return email.utils.format_datetime(d)


def addr(name: str | None, address: str, charset: str = "utf-8") -> str:
    if not name:
        return address
    return email.utils.formataddr((name, address), charset=charset)


def hval(text: str, charset: str = "utf-8", name: str = "Subject") -> str:
    """Header value, RFC 2047-encoded when not ASCII."""
    try:
        text.encode("ascii")
        return text
    except UnicodeEncodeError:
        return Header(text, charset, header_name=name).encode(linesep="\n")


class Part:
    def __init__(self, headers: list[str], body: bytes):
        self.headers = headers
        self.body = body if body.endswith(b"\n") else body + b"\n"

    def bytes(self) -> bytes:
        return ("\n".join(self.headers) + "\n\n").encode("ascii") + self.body


def text(
    body: str,
    subtype: str = "plain",
    charset: str | None = "utf-8",
    cte: str = "8bit",
    extra: tuple = (),
) -> Part:
    raw = body.encode(charset or "ascii")
    if cte == "base64":
        enc = base64.encodebytes(raw)
    elif cte == "quoted-printable":
        enc = quopri.encodestring(raw)
    else:
        enc = raw
    ctype = (
        f'Content-Type: text/{subtype}; charset="{charset}"'
        if charset
        else f"Content-Type: text/{subtype}"
    )
    if subtype == "plain" and charset and "format=flowed" in extra:
        ctype += "; format=flowed"
        extra = tuple(x for x in extra if x != "format=flowed")
    return Part([ctype, f"Content-Transfer-Encoding: {cte}", *extra], enc)


def attachment(
    data: bytes, ctype: str, filename: str, disposition: str = "attachment", extra: tuple = ()
) -> Part:
    try:
        filename.encode("ascii")
        fn = f'filename="{filename}"'
        nm = f'name="{filename}"'
    except UnicodeEncodeError:
        q = "".join(
            c
            if c.isalnum() and c.isascii() or c in "._-"
            else "".join(f"%{b:02X}" for b in c.encode("utf-8"))
            for c in filename
        )
        fn = f"filename*=utf-8''{q}"
        nm = f"name*=utf-8''{q}"
    return Part(
        [
            f"Content-Type: {ctype}; {nm}",
            "Content-Transfer-Encoding: base64",
            f"Content-Disposition: {disposition}; {fn}",
            *extra,
        ],
        base64.encodebytes(data),
    )


def multi(
    subtype: str,
    boundary: str,
    parts: list[Part],
    extra_params: str = "",
    preamble: str = "This is a multi-part message in MIME format.\n",
) -> Part:
    body = preamble.encode("ascii") + b"\n" if preamble else b""
    for p in parts:
        body += f"--{boundary}\n".encode("ascii") + p.bytes()
    body += f"--{boundary}--\n".encode("ascii")
    return Part([f'Content-Type: multipart/{subtype}; boundary="{boundary}"{extra_params}'], body)


def message(headers: list[tuple[str, str]], root: Part, mime_version: bool = True) -> bytes:
    lines = [f"{k}: {hval(v, name=k) if k == 'Subject' else v}" for k, v in headers]
    if mime_version:
        lines.append("MIME-Version: 1.0")
    return ("\n".join(lines) + "\n").encode("ascii") + root.bytes()


# --------------------------------------------------------------------------- documents

ZIP_TIME = (2026, 1, 1, 0, 0, 0)


def _zip(files: list[tuple[str, str]]) -> bytes:
    buf = BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_STORED) as z:
        for name, content in files:
            info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            info.external_attr = 0o644 << 16
            z.writestr(info, content.encode("utf-8"))
    return buf.getvalue()


def _x(s: str) -> str:
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def docx(blocks: list) -> bytes:
    """blocks: str (paragraph; '# ' prefix = bold heading) or list of rows (table)."""
    body = []
    for b in blocks:
        if isinstance(b, str):
            if b.startswith("# "):
                body.append(
                    f'<w:p><w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">{_x(b[2:])}</w:t></w:r></w:p>'
                )
            else:
                body.append(f'<w:p><w:r><w:t xml:space="preserve">{_x(b)}</w:t></w:r></w:p>')
        else:
            rows = "".join(
                "<w:tr>"
                + "".join(
                    f'<w:tc><w:p><w:r><w:t xml:space="preserve">{_x(c)}</w:t></w:r></w:p></w:tc>'
                    for c in row
                )
                + "</w:tr>"
                for row in b
            )
            body.append(f'<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/></w:tblPr>{rows}</w:tbl>')
    doc = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>'
        + "".join(body)
        + "<w:sectPr/></w:body></w:document>"
    )
    return _zip(
        [
            (
                "[Content_Types].xml",
                '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
            ),
            (
                "_rels/.rels",
                '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
            ),
            ("word/document.xml", doc),
        ]
    )


def _col(i: int) -> str:
    return "ABCDEFGHIJ"[i]


def xlsx(rows: list[list], sheet: str = "Budget") -> bytes:
    """rows of str/int cells; strings are inline strings, ints numbers."""
    xml_rows = []
    for r, row in enumerate(rows, start=1):
        cells = []
        for c, v in enumerate(row):
            ref = f"{_col(c)}{r}"
            if v is None or v == "":
                continue
            if isinstance(v, int | float):
                cells.append(f'<c r="{ref}"><v>{v}</v></c>')
            else:
                cells.append(f'<c r="{ref}" t="inlineStr"><is><t>{_x(v)}</t></is></c>')
        xml_rows.append(f'<row r="{r}">' + "".join(cells) + "</row>")
    sheet_xml = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
        + "".join(xml_rows)
        + "</sheetData></worksheet>"
    )
    return _zip(
        [
            (
                "[Content_Types].xml",
                '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>',
            ),
            (
                "_rels/.rels",
                '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
            ),
            (
                "xl/workbook.xml",
                f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="{_x(sheet)}" sheetId="1" r:id="rId1"/></sheets></workbook>',
            ),
            (
                "xl/_rels/workbook.xml.rels",
                '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>',
            ),
            ("xl/worksheets/sheet1.xml", sheet_xml),
        ]
    )


def pdf(lines: list[str], title: str = "Budget") -> bytes:
    """One-page PDF, Helvetica with WinAnsiEncoding, uncompressed text stream."""

    def esc(s: str) -> bytes:
        b = s.encode("cp1252")
        return b.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")

    ops = [b"BT", b"/F1 11 Tf", b"14 TL", b"56 790 Td"]
    for ln in lines:
        if ln.startswith("# "):
            ops += [b"/F1 14 Tf", b"(" + esc(ln[2:]) + b") Tj T*", b"/F1 11 Tf"]
        else:
            ops.append(b"(" + esc(ln) + b") Tj T*")
    ops.append(b"ET")
    stream = b"\n".join(ops) + b"\n"
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"endstream",
        b"<< /Title (" + esc(title) + b") /Producer (own33) >>",
    ]
    out = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"
    offsets = []
    for i, o in enumerate(objs, start=1):
        offsets.append(len(out))
        out += f"{i} 0 obj\n".encode() + o + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode()
    for off in offsets:
        out += f"{off:010d} 00000 n \n".encode()
    out += f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R /Info 6 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return out


def png(width: int, height: int, rgb=(30, 60, 110), band=(240, 240, 240)) -> bytes:
    """Small deterministic PNG (stored deflate): coloured band on a light background."""
    raw = b""
    for y in range(height):
        row = bytes(rgb) if height // 3 <= y < 2 * height // 3 else bytes(band)
        raw += b"\x00" + row * width

    def chunk(t: bytes, d: bytes) -> bytes:
        return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xFFFFFFFF)

    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
        + chunk(b"IDAT", zlib.compress(raw, 0))
        + chunk(b"IEND", b"")
    )


# --------------------------------------------------------------------------- bot receipt and quoting

MISSING_LINES = {
    "association": (
        "Förening/grupp",
        "namnet på föreningen eller gruppen och lite om er (vad ni är, var ni finns, gärna antal medlemmar och org.nr)",
    ),
    "contact": ("Kontaktperson", "namn och e-post eller telefon till den som vi kan kontakta"),
    "activity": (
        "Aktivitet",
        "vad ni vill göra, när och hur, och hur det bidrar till utvecklingen på orten",
    ),
    "anchoring": (
        "Lokal förankring",
        "hur idén är förankrad i byn, t.ex. ett byamöte, en enkät eller samarbete med andra föreningar",
    ),
    "budget": ("Budget", "en översiktlig budget med kostnadsposter och belopp"),
}


def receipt(ticket: str, missing: list[str], variant: int = 0) -> str:
    intro = [
        f"Tack för er ansökan om idéslanten! Vi har tagit emot den och gett den ärendenummer {ticket}.",
        f"Hej! Tack för att ni söker regional bygdepeng – idéslanten. Er ansökan har fått ärendenummer {ticket}.",
        f"Tack för ert mejl! Vi har registrerat ansökan om idéslanten under ärendenummer {ticket}.",
    ][variant % 3]
    lines = [intro, ""]
    if missing:
        lines.append("Vi saknar följande i er ansökan:")
        for m in missing:
            head, guide = MISSING_LINES[m]
            lines.append(f"– {head}: {guide}")
        lines += [
            "",
            "Svara gärna på det här mejlet med det som saknas, så läggs det till i samma ärende.",
        ]
    lines += [
        "",
        "Vänliga hälsningar",
        "Idéslanten – Region Kalmar län",
        "(Detta är ett automatiskt svar.)",
    ]
    return "\n".join(lines)


def quote_gt(body: str) -> str:
    return "\n".join(">" + (" " + ln if ln else "") for ln in body.split("\n"))


# --------------------------------------------------------------------------- labels and registry

MAILS: list = []


def mail(fn):
    MAILS.append(fn)
    return fn


def label(kind: str, lang: str, el: str, facts: dict, notes: str) -> dict:
    assert kind in KINDS and len(el) == 5 and set(el) <= {"0", "1"}
    unknown = set(facts) - set(FACTS)
    assert not unknown, unknown
    f = dict.fromkeys(FACTS)
    f.update(facts)
    return {
        "kind": kind,
        "language": lang,
        "elements": {k: c == "1" for k, c in zip(ELEMENTS, el, strict=True)},
        "facts": f,
        "notes": notes,
    }


def none_label(kind: str, lang: str, notes: str) -> dict:
    return label(kind, lang, "00000", {}, notes)


def mid(n: int, host: str = "example.com") -> str:
    return f"<own33.{n}.{(n * 7919) % 100000:05d}@{host}>"


def receipt_id(ticket: str) -> str:
    return f"<kvitto-{ticket}@example.se>"


# === MAILS ===


ORG_KRISTDALA = org("802417935")


@mail
def m4501():
    body = f"""Hej!

Kristdala hembygdsförening söker härmed regional bygdepeng (idéslanten) för en serie om tre
föreläsningskvällar under våren.

Om föreningen
Kristdala hembygdsförening bildades 1931 och har i dag 164 medlemmar, de flesta boende i
Kristdala socken. Vi sköter hembygdsgården och ordnar bl.a. midsommarfirande och slåtterdag.
Org.nr {ORG_KRISTDALA}.

Aktiviteten
Tre torsdagskvällar (16 april, 7 maj och 28 maj) bjuder vi in föreläsare som berättar om
Kristdalas historia: stenhuggeriet, marknaden och utvandringen till Amerika. Efter varje
föreläsning håller vi ett samtal, "Kristdala om tjugo år", där vi samlar idéer om vad byn
behöver framåt. Idélistan lämnas sedan till kommunens landsbygdsråd. Kvällarna är öppna för
alla, kvinnor som män, unga som gamla, och det är fri entré.

Förankring
Förslaget togs upp på årsmötet den 14 februari där 41 medlemmar var med, och beslutet var
enhälligt. Kristdala IF lånar ut sin ljudanläggning och församlingen annonserar kvällarna i
församlingsbladet. Ett tiotal frivilliga har anmält sig för att ordna fika.

Budget
Föreläsararvoden 3 x 2 500 kr = 7 500 kr
Hyra av bygdegården 3 x 900 kr = 2 700 kr
Annonsering och affischer 1 600 kr
Fika 3 x 400 kr = 1 200 kr
Summa: 13 000 kr

Vi söker alltså 13 000 kr.

Med vänlig hälsning

Gunnel Ekström | kassör, Kristdala hembygdsförening | 070-312 45 88 | gunnel.ekstrom@example.com
"""
    raw = message(
        [
            ("From", addr("Gunnel Ekström", "gunnel.ekstrom@example.com")),
            ("To", addr(*BOT)),
            ("Subject", hval("Ansökan idéslanten – föreläsningskvällar om Kristdalas historia")),
            ("Date", date("2026-02-16 08:47:12 +0100")),
            ("Message-ID", mid(4501)),
        ],
        text(body),
    )
    lab = label(
        "application",
        "sv",
        "11111",
        {
            "association_name": "Kristdala hembygdsförening",
            "org_number": ORG_KRISTDALA,
            "contact_name": "Gunnel Ekström",
            "contact_email": "gunnel.ekstrom@example.com",
            "contact_phone": "070-312 45 88",
            "members": 164,
            "ort": "Kristdala",
            "amount_sek": 13000,
            "women_and_men": True,
            "salary_costs": False,
            "physical_investment": False,
        },
        "Complete baseline application in plain utf-8 8bit with headed sections. Association: named, founded 1931, 164 members, org.nr. Contact: the signer writes from her own address and gives a one-line pipe signature (name | role, association | phone | e-mail). Activity: three dated lecture evenings plus a futures dialogue whose idea list goes to the landsbygdsråd. Anchoring: årsmöte decision (41 present – attendance, not members), the sports club and parish cooperate, volunteers. Budget: four items with amounts, total 13 000 = amount applied. 'kvinnor som män' gives women_and_men true; lecturer fees are not salary; hall rent is no investment.",
    )
    return "kristdala-forelasningar", raw, lab


@mail
def m4502():
    html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Calibri,sans-serif;font-size:11pt">
<p>Hej Idéslanten,</p>
<p>Vi i <b>Figeholms Byalag</b> vill ansöka om bygdepeng. Byalaget är en ideell förening för alla som bor
i Figeholm med omnejd, vi är 96 medlemmar (ett hushåll räknas som en medlem) och har funnits sedan 1987.</p>
<p><u>Vad vi vill göra:</u> Gästhamnen och den gamla ångbåtsbryggan står mer och mer tomma. Vi vill ordna
fyra samtalsträffar i maj–juni i skolans matsal, med en inhyrd samtalsledare från studieförbundet, där
boende, båtklubben och företagarna tillsammans tar fram en plan för hur hamnen kan bli en mötesplats igen
(sommarkafé, loppisdagar, kajakuthyrning). Planen lämnas sedan till Oskarshamns kommun.</p>
<p><u>Förankring:</u> Vi gjorde en enkät i byns Facebookgrupp och på affärens anslagstavla i januari –
118 svarade och nio av tio vill att hamnen används mer. Figeholms Båtklubb och Figeholms
Företagarförening står bakom och kommer att vara med på träffarna.</p>
<p>Vi söker 12&nbsp;000 kr för träffarna.</p>
<p>Tack på förhand!</p>
<table cellpadding="0" cellspacing="0" style="border-top:2px solid #1f4e79;margin-top:18px">
<tr><td style="padding-right:14px;vertical-align:top"><b style="color:#1f4e79">Håkan Ståhl</b><br>
<span style="color:#666">Sekreterare</span></td>
<td style="border-left:1px solid #ccc;padding-left:14px;font-size:9pt">
Figeholms Byalag<br>
Mobil: +46 70 845 21 90<br>
E-post: <a href="mailto:hakan.stahl@example.net">hakan.stahl@example.net</a></td></tr>
</table>
</body></html>
"""
    raw = message(
        [
            ("From", addr("Håkan Ståhl", "hakan.stahl@example.net")),
            ("To", addr(*BOT)),
            ("Subject", hval("Idéslanten – samtalsträffar om hamnen i Figeholm")),
            ("Date", date("2026-02-18 19:22:40 +0100")),
            ("Message-ID", mid(4502, "example.net")),
        ],
        text(html, "html", cte="quoted-printable"),
    )
    lab = label(
        "application",
        "sv",
        "11110",
        {
            "association_name": "Figeholms Byalag",
            "contact_name": "Håkan Ståhl",
            "contact_email": "hakan.stahl@example.net",
            "contact_phone": "+46 70 845 21 90",
            "members": 96,
            "ort": "Figeholm",
            "amount_sek": 12000,
            "women_and_men": None,
            "salary_costs": False,
            "physical_investment": False,
        },
        "HTML-only (quoted-printable) application whose signature is a two-column HTML table (name and role in one cell, association, +46 mobile and mailto in the other). Association: named byalag, 96 member households, founded 1987. Activity: four facilitated dialogue meetings in May-June producing a harbour plan for the municipality. Anchoring: survey with 118 respondents (respondents are not members) plus the boat club and the business association backing it. Budget false: only a bare total 'vi söker 12 000 kr', which still is amount_sek. Gender is not mentioned, so women_and_men null; a hired facilitator is a fee, not salary.",
    )
    return "figeholm-hamnen", raw, lab


@mail
def m4503():
    html = """<html><body>
<div style="font-family:Arial,sans-serif">
<p>Hej!</p>
<p>Orrefors Samhällsförening har 58 medlemmar och arbetar för att Orrefors ska vara en levande ort
även när glasbruket inte längre blåser glas varje dag. Nu vill vi söka idéslanten för
<b>glasbruksvandringar</b> i sommar.</p>
<p>Vi anlitar en guide som kan bruksorten och går fyra kvällsvandringar (9 juni, 23 juni, 7 juli och 4 augusti)
genom brukssamhället, förbi arbetarbostäderna och hyttan. Två av kvällarna avslutas med en träff i
Folkets hus där vi berättar om föreningen och frågar besökare och nyinflyttade vad de saknar i
Orrefors. Vandringarna är gratis och öppna för alla.</p>
<p>Vi tror att väldigt många i Orrefors kommer att uppskatta det här, det är precis vad orten behöver.</p>
<p>Budget:<br>
Guide 4 kvällar à 1 800 kr = 7 200 kr<br>
Hyra Folkets hus 2 kvällar à 1 200 kr = 2 400 kr<br>
Tryck av affischer och karta = 900 kr<br>
Totalt 10 500 kr</p>
<p>Vänliga hälsningar</p>
<p><img src="cid:sig-ml-01@example.com" width="320" height="48"
 alt="Maria Lindqvist – ordförande, Orrefors Samhällsförening – tel 0481-301 77 – maria.lindqvist@example.com"></p>
</div>
</body></html>
"""
    root = multi(
        "related",
        "=_rel_4503_Orrefors",
        [
            text(html, "html", cte="quoted-printable"),
            attachment(
                png(64, 12),
                "image/png",
                "signatur.png",
                "inline",
                ("Content-ID: <sig-ml-01@example.com>",),
            ),
        ],
        '; type="text/html"',
    )
    raw = message(
        [
            ("From", addr("Maria L", "maria.lindqvist@example.com")),
            ("To", addr(*BOT)),
            ("Subject", "Glasbruksvandringar i Orrefors"),
            ("Date", date("2026-02-20 12:05:51 +0100")),
            ("Message-ID", mid(4503)),
        ],
        root,
    )
    lab = label(
        "application",
        "sv",
        "11101",
        {
            "association_name": "Orrefors Samhällsförening",
            "contact_name": "Maria Lindqvist",
            "contact_email": "maria.lindqvist@example.com",
            "contact_phone": "0481-301 77",
            "members": 58,
            "ort": "Orrefors",
            "amount_sek": 10500,
            "women_and_men": None,
            "salary_costs": False,
            "physical_investment": False,
        },
        "HTML-only multipart/related mail whose signature is an inline PNG; the person's name, role and phone exist only in the image's alt text (the From display name is just 'Maria L'). A human reader sees the signature image, so contact is true: Maria Lindqvist, her own From address, phone from the image. Association: named, 58 members, purpose. Activity: four dated guided walks plus two dialogue evenings. Anchoring false: only the hope that many will appreciate it. Budget: three items, total 10 500. Guide fee is not salary; renting Folkets hus is no investment; gender unstated.",
    )
    return "orrefors-glasbruksvandringar", raw, lab


@mail
def m4504():
    body = """Hej!

Vi är ett gäng grannar i Ruda som har en WhatsApp-grupp som heter "Ruda runt knuten". Där är vi
38 st från nästan alla gårdar i byn, gruppen startade under stormen 2023 när strömmen var borta i
fyra dygn och sen har vi fortsatt hjälpa varann med allt möjligt.

Nu vill vi ordna en beredskapskväll lördag 18 april i Ruda bygdegård. Vi bjuder in en föreläsare
från Frivilliga resursgruppen som pratar om hur man klarar en vecka utan el, vatten och värme.
Efter föredraget gör vi tillsammans en lista över vem i byn som har aggregat, vedspis, traktor,
brunn osv och vem som behöver hjälp (äldre, barnfamiljer), så att vi vet vart vi ska vända oss
nästa gång. Då blir byn tryggare och de som flyttat hit på senare år lär känna grannarna.

Vi röstade om det i gruppen och 31 av 38 sa ja direkt. Ruda bygdegårdsförening låter oss hyra
lokalen till självkostnad och kommer att hjälpa till med kaffet.

Vad det kostar vet vi inte riktigt än, föreläsaren ska återkomma med pris. Vi gissar på runt
8000 kr allt som allt.

Hälsningar från Lisa och Anders i Ruda
"""
    raw = message(
        [
            ("From", addr("Lisa o Anders", "rudagrannar.lisa.anders@example.com")),
            ("To", addr(*BOT)),
            ("Subject", "Beredskapskväll i Ruda"),
            ("Date", date("2026-02-23 21:14:05 +0100")),
            ("Message-ID", mid(4504)),
        ],
        text(body, cte="quoted-printable"),
    )
    lab = label(
        "application",
        "sv",
        "10110",
        {
            "association_name": "Ruda runt knuten",
            "members": 38,
            "ort": "Ruda",
            "amount_sek": 8000,
            "women_and_men": None,
            "salary_costs": False,
            "physical_investment": False,
        },
        "The applicant is a WhatsApp group ('Ruda runt knuten', 38 neighbours, started in the 2023 storm): a named group with something about it, so association true and members 38. The only names are in the closing 'Hälsningar från Lisa och Anders i Ruda' – a couple, first names only, no phone – so contact false and contact facts null even though the mail comes from their (joint) address. Activity: dated preparedness evening with a speaker plus a village resource list. Anchoring: 31 of 38 voted yes in the group and the bygdegårdsförening cooperates. Budget false: only a guess 'runt 8000 kr', which counts as amount_sek. No gender statement, no salary, no purchases.",
    )
    return "ruda-beredskapskvall", raw, lab


@mail
def m4505():
    body = """hej

vi i Alsterbro IF:s cykelsektion vill söka pengar från idéslanten till en studieresa. sektionen
har ca 45 medlemmar, tjejer och killar från 9 till 60 år, och vi cyklar mtb i skogarna runt
Alsterbro varje tisdag och söndag.

lördag 16 maj åker vi till Kosta där en förening byggt upp ett stort nät av stigar tillsammans
med markägarna. de visar oss hur de gjorde avtalen med markägarna och hur stigarna lockar
besökare till Kosta. vi vill göra samma sak hemma, så att Alsterbro får en stigslinga som
både bybor och turister kan använda och som kan ge lite kunder till macken och campingen.
på kvällen har vi en genomgång om vad vi tar med oss hem.

kostnader
hyra 2 minibussar 2 x 1 900 = 3 800
lunch 18 pers x 120 = 2 160
guidning/föredrag av föreningen i Kosta 2 000
summa 7 960 kr

nås enklast på 0738-22 41 90

//Kalle
"""
    raw = message(
        [
            ("From", addr("K H", "kalle.h.alsterbro@example.org")),
            ("To", addr(*BOT)),
            ("Subject", "studieresa mtb"),
            ("Date", date("2026-02-25 22:41:33 +0100")),
            ("Message-ID", mid(4505, "example.org")),
        ],
        text(body, charset="utf-8", cte="8bit", extra=("format=flowed",)),
    )
    lab = label(
        "application",
        "sv",
        "11101",
        {
            "association_name": "Alsterbro IF:s cykelsektion",
            "contact_name": "Kalle",
            "contact_email": "kalle.h.alsterbro@example.org",
            "contact_phone": "0738-22 41 90",
            "members": 45,
            "ort": "Alsterbro",
            "amount_sek": 7960,
            "women_and_men": True,
            "salary_costs": False,
            "physical_investment": False,
        },
        "All-lowercase mail from a sports club's section (Alsterbro IF:s cykelsektion, ca 45 members). Signed only '//Kalle' but with a phone number in the body and his own From address (display name just initials), so contact is true: first name plus phone. Activity: dated study trip to Kosta to learn how a trail network was agreed with landowners, aimed at a local trail for residents and tourists. Anchoring false: nothing about local backing beyond the section itself. Budget: three items summing to 7 960 (amount = sum/total). 'tjejer och killar' gives women_and_men true; renting minibuses is not an investment and the host club's guiding fee is not salary.",
    )
    return "alsterbro-studieresa-mtb", raw, lab


ORG_GULLABO = org("802500641")


@mail
def m4506():
    body = f"""Till landsbygdsutvecklaren, Region Kalmar län

Gullabo bygdegårdsförening ansöker om idéslanten 2026 för två temakvällar om samåkning och
närtrafik i Gullabo.

Föreningen: Gullabo bygdegårdsförening, org.nr {ORG_GULLABO}, äger och driver bygdegården mitt i
byn. Vi har 112 medlemmar.

Bakgrund och aktivitet: Bussen till Torsås går bara några gånger om dagen och många äldre, både
kvinnor och män, har slutat köra bil. Den 21 april och den 19 maj håller vi två kvällar i
bygdegården. Första kvällen berättar en föreläsare om hur andra byar i Småland startat
samåkningsgrupper och närtrafik, och Kalmar länstrafik berättar om anropsstyrd trafik. Andra
kvällen bildar vi en samåkningsgrupp för Gullabo med en gemensam lista över vem som åker när,
så att fler kan bo kvar i byn och ungdomarna kommer till fritidsaktiviteter.

Förankring: Frågan kom upp på byamötet den 30 januari där 47 personer var med och alla ville
att vi går vidare. Gullabo IF och PRO Gullabo är med och bjuder in sina medlemmar.

Budget: se bifogad fil (Excel). Vi söker 9 800 kronor.

Med vänlig hälsning

Ordf. Bengt-Åke Nilsson
Gullabo bygdegårdsförening
0486-400 12, 070-590 33 14
"""
    sheet = [
        ["Budget – temakvällar samåkning, Gullabo bygdegårdsförening", ""],
        ["Post", "Kronor"],
        ["Föreläsararvode 2 kvällar", 6000],
        ["Hyra bygdegården 2 x 700", 1400],
        ["Annons i lokaltidningen", 800],
        ["Fika", 1000],
        ["Tryck av inbjudningar", 600],
        ["Summa", 9800],
    ]
    root = multi(
        "mixed",
        "----=_NextPart_000_0012_01DCA1B4.5E2F3C80",
        [
            text(body, charset="windows-1252", cte="8bit"),
            attachment(
                xlsx(sheet),
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                "Budget Gullabo 2026.xlsx",
            ),
        ],
    )
    raw = message(
        [
            ("From", addr("Bengt-Åke Nilsson", "bengt-ake.nilsson@example.com", "iso-8859-1")),
            ("To", addr(*OFFICER)),
            (
                "Subject",
                hval("Ansökan om idéslanten från Gullabo bygdegårdsförening", "iso-8859-1"),
            ),
            ("Date", date("2026-02-27 10:02:18 +0100")),
            ("Message-ID", mid(4506)),
            ("X-Mailer", "Microsoft Outlook 16.0"),
        ],
        root,
    )
    lab = label(
        "application",
        "sv",
        "11111",
        {
            "association_name": "Gullabo bygdegårdsförening",
            "org_number": ORG_GULLABO,
            "contact_name": "Bengt-Åke Nilsson",
            "contact_email": "bengt-ake.nilsson@example.com",
            "contact_phone": "0486-400 12",
            "members": 112,
            "ort": "Gullabo",
            "amount_sek": 9800,
            "women_and_men": True,
            "salary_costs": False,
            "physical_investment": False,
        },
        "Complete application sent to the officer directly: windows-1252 8bit body with an .xlsx budget (five items, sum 9 800). Signature has a title before the name ('Ordf. Bengt-Åke Nilsson'), the association on its own line and two phone numbers on one line; the first (landline 0486-400 12) is recorded. Association: name, org.nr, owns the bygdegård, 112 members. Activity: two dated theme evenings leading to a village car-pool group. Anchoring: byamöte 30 January (47 present is attendance) and two local clubs inviting. 'både kvinnor och män' gives women_and_men true; lecturer fee not salary.",
    )
    return "gullabo-samakning", raw, lab


@mail
def m4507():
    body = """Hej!

Vi är några i Fågelfors som håller på att starta en förening, arbetsnamn "Fågelfors Framtid".
Konstituerande möte blir i april, så vi har inget organisationsnummer och inget bankkonto än.

Kan en förening under bildande söka idéslanten, eller måste vi vänta tills vi är registrerade?
Och räcker det att vi har tio medlemmar när vi skickar in, eller ska de ha betalat avgift?

Tacksam för svar!

Mvh Tove Rask, 072-555 00 13
"""
    raw = message(
        [
            ("From", addr("Tove Rask", "tove.rask@example.net")),
            ("To", addr(*OFFICER)),
            ("Subject", hval("Fråga: förening under bildande?")),
            ("Date", date("2026-03-02 07:55:40 +0100")),
            ("Message-ID", mid(4507, "example.net")),
        ],
        text(body, cte="base64"),
    )
    lab = label(
        "question",
        "sv",
        "00000",
        {
            "association_name": "Fågelfors Framtid",
            "contact_name": "Tove Rask",
            "contact_email": "tove.rask@example.net",
            "contact_phone": "072-555 00 13",
            "ort": "Fågelfors",
        },
        "Question, not an application: asks whether a förening under bildande without org.nr can apply and how the ten-member rule is counted. Signature on one line 'Mvh Tove Rask, 072-555 00 13'. Elements all false; the facts the mail states (working name, person, phone, locality) are filled, members stays null because 'tio medlemmar' is the rule asked about, not a count; salary/investment null. Body is base64 utf-8.",
    )
    return "fagelfors-fraga-under-bildande", raw, lab


@mail
def m4508():
    body = """Hej!

Vi är Timmernabbens ungdomsråd, en förening under bildande. Vi är unga och föräldrar i
Timmernabben som tycker att det saknas något för ungdomar mellan 13 och 19 här. Hittills har
14 personer skrivit in sig som medlemmar och vi har konstituerande möte den 21 mars.

Vi vill göra en ungdomsdialog i tre steg under april och maj:
1. En kickoffkväll i Folkets hus där en inbjuden föreläsare från Ung Företagsamhet pratar om hur
   unga kan driva egna projekt på orten.
2. Två workshopkvällar där tjejer och killar tillsammans med vuxna från byalaget tar fram förslag
   på vad som behövs (ungdomslokal, kiosk vid badplatsen, sommarjobb i byn).
3. Vi presenterar förslagen på byamötet i juni och lämnar dem till kommunen.

Vi har samlat in 112 namnunderskrifter i Timmernabben för en ungdomslokal, och Timmernabbens
byalag och fritidsgården i Mönsterås stöttar och är med på workshopkvällarna.

Budgeten håller vi på med, den skickar vi senare när vi fått pris från föreläsaren.

--
BEGIN:VCARD
VERSION:3.0
FN:Jonna Sjöberg
ORG:Timmernabbens ungdomsråd u.b.
TITLE:Sammankallande
TEL;TYPE=CELL:+46765501207
EMAIL:jonna.sjoberg@example.com
END:VCARD
"""
    raw = message(
        [
            ("From", addr("Jonna Sjöberg", "jonna.sjoberg@example.com")),
            ("To", addr(*BOT)),
            ("Subject", "Ungdomsdialog i Timmernabben"),
            ("Date", date("2026-03-04 16:30:02 +0100")),
            ("Message-ID", mid(4508)),
        ],
        text(body, cte="quoted-printable"),
    )
    lab = label(
        "application",
        "sv",
        "11110",
        {
            "association_name": "Timmernabbens ungdomsråd",
            "contact_name": "Jonna Sjöberg",
            "contact_email": "jonna.sjoberg@example.com",
            "contact_phone": "+46765501207",
            "members": 14,
            "ort": "Timmernabben",
            "women_and_men": True,
            "salary_costs": False,
            "physical_investment": False,
        },
        "Application from a förening under bildande (14 people have signed up as members, constituent meeting ahead) – named and described, so association true. The signature is a pasted vCard text block (FN, ORG, TITLE, TEL in +46 form without spaces, EMAIL) – contact true via FN/TEL and her own From address. Activity: three concrete steps in April-June with a speaker and workshops ending at the byamöte. Anchoring: 112 signatures plus byalag and youth centre cooperation. Budget false: 'skickar vi senare'; no amount at all, so amount_sek null. 'tjejer och killar' gives women_and_men true. Thread continues in a followup with the budget.",
    )
    return "timmernabben-ungdomsdialog", raw, lab


ORG_SVBF = org("802461278")


@mail
def m4509():
    body = f"""Hej,

SVBF söker härmed idéslanten för 2026.

SVBF har 210 medlemmar och har verkat i socknen sedan 1979. Org.nr {ORG_SVBF}.

Vi vill använda pengarna till insatser som stärker bygden och gör det mer attraktivt att bo och
verka här. Vi tänker oss träffar av olika slag under året, för både gammal och ung.

Budget
Lokalhyra 4 000 kr
Föreläsare 6 000 kr
Marknadsföring 2 000 kr
Fika 1 500 kr
Summa 13 500 kr

Vänligen
Marianne Gustafsson
sekr. SVBF - Södra Vi bygdeförening
0492-200 45
"""
    raw = message(
        [
            ("From", addr("Marianne Gustafsson", "marianne.gustafsson@example.se")),
            ("To", addr(*BOT)),
            ("Subject", "SVBF ansökan 2026"),
            ("Date", date("2026-03-06 11:18:47 +0100")),
            ("Message-ID", mid(4509, "example.se")),
        ],
        text(body, charset="iso-8859-1", cte="quoted-printable"),
    )
    lab = label(
        "application",
        "sv",
        "11001",
        {
            "association_name": "SVBF - Södra Vi bygdeförening",
            "org_number": ORG_SVBF,
            "contact_name": "Marianne Gustafsson",
            "contact_email": "marianne.gustafsson@example.se",
            "contact_phone": "0492-200 45",
            "members": 210,
            "ort": "Södra Vi",
            "amount_sek": 13500,
            "women_and_men": None,
            "salary_costs": False,
            "physical_investment": False,
        },
        "iso-8859-1 quoted-printable mail where the body only uses the abbreviation 'SVBF'; it is expanded once in the signature ('sekr. SVBF - Södra Vi bygdeförening'), which also gives the locality. Association: name, 210 members, since 1979, org.nr. Contact: named signer with role and phone from her own address. Activity false: only 'insatser som stärker bygden' and 'träffar av olika slag' – a vague wish. Anchoring false: nothing. Budget: four items, total 13 500. 'för både gammal och ung' is about age, not gender, so women_and_men null.",
    )
    return "sodra-vi-svbf", raw, lab


@mail
def m4510():
    ticket = "2026-0042"
    subj = "Idéslanten – samtalsträffar om hamnen i Figeholm"
    plain = f"""Hej,

Här kommer budgeten som saknades i vår ansökan:

Samtalsledare, 4 träffar x 2 000 kr = 8 000 kr
Hyra av matsalen i Figeholms skola, 4 x 500 kr = 2 000 kr
Fika, 4 x 350 kr = 1 400 kr
Affischer och utskick = 600 kr
Summa 12 000 kr

Mvh

Håkan Ståhl
Sekreterare
Figeholms Byalag
Mobil: +46 70 845 21 90

________________________________
Från: Idéslanten – Region Kalmar län <ideslanten@example.se>
Skickat: den 18 februari 2026 19:23
Till: Håkan Ståhl <hakan.stahl@example.net>
Ämne: Re: {subj} [Idéslanten {ticket}]

{receipt(ticket, ["budget"], 0)}
"""
    html_budget = "<br>\n".join(plain.split("\n\n")[2].split("\n"))
    html = f"""<html><body style="font-family:Calibri,sans-serif;font-size:11pt">
<p>Hej,</p>
<p>Här kommer budgeten som saknades i vår ansökan:</p>
<p>{html_budget}</p>
<p>Mvh</p>
<table cellpadding="0" cellspacing="0" style="border-top:2px solid #1f4e79;margin-top:18px">
<tr><td style="padding-right:14px"><b>Håkan Ståhl</b><br>Sekreterare</td>
<td style="border-left:1px solid #ccc;padding-left:14px">Figeholms Byalag<br>Mobil: +46 70 845 21 90</td></tr></table>
<hr>
<div><b>Från:</b> Idéslanten – Region Kalmar län &lt;ideslanten@example.se&gt;<br>
<b>Skickat:</b> den 18 februari 2026 19:23<br><b>Till:</b> Håkan Ståhl &lt;hakan.stahl@example.net&gt;<br>
<b>Ämne:</b> Re: {subj} [Idéslanten {ticket}]</div>
<div>{receipt(ticket, ["budget"], 0).replace(chr(10), "<br>" + chr(10))}</div>
</body></html>
"""
    root = multi(
        "alternative",
        "_000_DB9PR04MB8412A1_",
        [text(plain, cte="quoted-printable"), text(html, "html", cte="quoted-printable")],
        preamble="",
    )
    raw = message(
        [
            ("From", addr("Håkan Ståhl", "hakan.stahl@example.net")),
            ("To", addr(*BOT)),
            ("Subject", f"SV: Re: {subj} [Idéslanten {ticket}]"),
            ("Date", date("2026-03-09 07:12:30 +0100")),
            ("Message-ID", mid(4510, "example.net")),
            ("In-Reply-To", receipt_id(ticket)),
            ("References", f"{mid(4502, 'example.net')} {receipt_id(ticket)}"),
            ("Thread-Topic", hval(subj)),
        ],
        root,
    )
    lab = label(
        "followup",
        "sv",
        "01001",
        {
            "association_name": "Figeholms Byalag",
            "contact_name": "Håkan Ståhl",
            "contact_email": "hakan.stahl@example.net",
            "contact_phone": "+46 70 845 21 90",
            "ort": "Figeholm",
            "amount_sek": 12000,
            "salary_costs": False,
            "physical_investment": False,
        },
        "Outlook followup (multipart/alternative, both parts quoted-printable) to 4502, replying to the bot's receipt (In-Reply-To the receipt, References the application) with the receipt quoted below an Outlook 'Från:/Skickat:/Till:/Ämne:' block, not with '>' marks. New text supplies the missing budget (four items, sum 12 000) and is signed by Håkan Ståhl from his own address with a table-style signature, so budget and contact true. The association is only named in the signature, nothing about it, so association false; activity and anchoring are not repeated. The quoted receipt makes nothing true.",
    )
    return "figeholm-budget-svar", raw, lab


@mail
def m4511():
    body = """Hej Region Kalmar!

Mörlunda-Tveta kyrkokör vill söka idéslanten till "Sjung i Mörlunda", fyra allsångskvällar under
hösten. Kören har 24 sångare och en egen styrelse, vi övar i Mörlunda kyrka varje onsdag.

Kvällarna blir 10 september, 8 oktober, 5 november och 3 december i Mörlunda bygdegård. Vi
hyr in en pianist och sjunger visor och schlager tillsammans med alla som vill komma, och i
pausen presenterar sig byns föreningar. Tanken är att nyinflyttade och de som bott här hela
livet ska träffas och att fler ska hitta in i föreningslivet i byn. Alla röster behövs, både
damer och herrar!

Mörlunda hembygdsförening och Mörlunda IK är medarrangörer och byamötet i januari ställde sig
bakom idén. Ett femtontal frivilliga från föreningarna har lovat att baka och ställa i ordning.

Budget
Pianist, arvode 4 x 1 500 kr  6 000 kr
Hyra bygdegården 4 x 600 kr  2 400 kr
Tryck av sånghäften  1 200 kr
Fika  1 600 kr
Summa  11 200 kr

Kontaktperson: Ingrid Holm, ordförande i kören, tel 0495-410 22 (säkrast efter kl 17)

Hälsningar
Per-Olof Strand, körledare
"""
    raw = message(
        [
            ("From", addr("Per-Olof Strand", "po.strand@example.org")),
            ("To", addr(*BOT)),
            ("Subject", "Ansökan idéslanten - Sjung i Mörlunda"),
            ("Date", date("2026-03-11 13:40:09 +0100")),
            ("Message-ID", mid(4511, "example.org")),
        ],
        text(body, charset="iso-8859-1", cte="quoted-printable"),
    )
    lab = label(
        "application",
        "sv",
        "11111",
        {
            "association_name": "Mörlunda-Tveta kyrkokör",
            "contact_name": "Ingrid Holm",
            "contact_phone": "0495-410 22",
            "members": 24,
            "ort": "Mörlunda",
            "amount_sek": 11200,
            "women_and_men": True,
            "salary_costs": False,
            "physical_investment": False,
        },
        "Complete application from a church choir (24 singers, own board, part of the parish) in iso-8859-1 quoted-printable. The designated contact is not the signer: 'Kontaktperson: Ingrid Holm ... tel 0495-410 22' while the mail is signed by the choir leader from his own address; contact_name/phone are Ingrid's and contact_email is null because no address is given for her. Activity: four dated sing-along evenings where village associations present themselves. Anchoring: two co-organising associations, byamöte backing, volunteers. Budget: four items, 11 200. Pianist's fee is not salary; 'både damer och herrar' gives women_and_men true.",
    )
    return "morlunda-kyrkokor-allsang", raw, lab


ORG_LOTTORP = org("769634518")


@mail
def m4512():
    body = f"""Hej!

Löttorps Bygdeservice ekonomisk förening ({ORG_LOTTORP}) söker idéslanten för en studieresa.

Föreningen ägs av 31 medlemmar – hushåll och småföretag på norra Öland – och driver sedan 2014
ombudsbutiken i Löttorp med paketutlämning, apoteksombud och drivmedel. Butiken är i dag den
enda servicepunkten norr om Köpingsvik som har öppet året runt.

Lördag 9 maj gör vi en studieresa med buss till Kristdala och Berga, där andra byar driver
servicepunkter med laddstolpar, lånecyklar och en liten turistinformation. Vi vill se hur de
fått ekonomin att gå ihop utanför turistsäsongen och ta med idéer hem till Löttorp. Efter
resan redovisar vi på ett öppet möte i Löttorps bygdegård.

Föreningsstämman den 7 mars beslutade att genomföra resan. Löttorps byalag och Löttorps IF
är med och bjuder in sina medlemmar; 22 personer är redan anmälda.

Budgeten finns i bifogad pdf.

Hälsningar
Styrelsen
Löttorps Bygdeservice ek. för.
"""
    budget = pdf(
        [
            "# Budget studieresa 9 maj 2026",
            "Löttorps Bygdeservice ekonomisk förening",
            "",
            "Bussresa Löttorp–Kristdala–Berga t/r (inhyrd buss med förare)      7 800 kr",
            "Lunch 30 personer x 130 kr                                          3 900 kr",
            "Ersättning till värdföreningarna för visning                        1 500 kr",
            "",
            "Summa                                                              13 200 kr",
            "Sökt belopp från idéslanten                                        13 200 kr",
        ],
        "Budget studieresa",
    )
    root = multi(
        "mixed",
        "Apple-Mail=_6A1C2E44-0B3D-4F21-9C55-7E0D3A1B2C4D",
        [
            text(body, cte="quoted-printable"),
            attachment(budget, "application/pdf", "budget_studieresa.pdf"),
        ],
        preamble="",
    )
    raw = message(
        [
            ("From", addr("Löttorps Bygdeservice", "bygdeservice.lottorp@example.se")),
            ("To", addr(*BOT)),
            ("Subject", "Studieresa – Löttorps Bygdeservice"),
            ("Date", date("2026-03-13 09:26:55 +0100")),
            ("Message-ID", mid(4512, "example.se")),
        ],
        root,
    )
    lab = label(
        "application",
        "sv",
        "10111",
        {
            "association_name": "Löttorps Bygdeservice ekonomisk förening",
            "org_number": ORG_LOTTORP,
            "members": 31,
            "ort": "Löttorp",
            "amount_sek": 13200,
            "women_and_men": None,
            "salary_costs": False,
            "physical_investment": False,
        },
        "A company-like ekonomisk förening (769-series org.nr, owned by 31 member households and small firms, runs the village service shop) applies for a study trip. Association true. Contact false: sent from a shared association mailbox and signed only 'Styrelsen', no named person, so all contact facts null. Activity: dated bus study trip to two service points with a public report-back meeting. Anchoring: stämma decision plus byalag and sports club inviting members (22 signed up – not members). Budget in a PDF (text extractable, Helvetica/WinAnsi): three items, total and applied 13 200. Hired bus with driver is a purchased service, not salary; no purchases of equipment.",
    )
    return "lottorp-bygdeservice-studieresa", raw, lab


@mail
def m4513():
    body = """Tack för ditt mejl!

Jag är ledig till och med söndag 29 mars och läser inte min e-post under tiden.
Brådskande frågor om kören: ring Ingrid Holm, 0495-410 22.

Per-Olof Strand
körledare, Mörlunda-Tveta kyrkokör
"""
    raw = message(
        [
            ("From", addr("Per-Olof Strand", "po.strand@example.org")),
            ("To", addr(*OFFICER)),
            ("Subject", "Frånvaro: SV: Ansökan idéslanten - Sjung i Mörlunda"),
            ("Date", date("2026-03-16 08:00:07 +0100")),
            ("Message-ID", mid(4513, "example.org")),
            ("In-Reply-To", "<handl.20260316.0754@example.se>"),
            ("References", f"{mid(4511, 'example.org')} <handl.20260316.0754@example.se>"),
        ],
        text(body, cte="quoted-printable"),
    )
    lab = none_label(
        "autoreply",
        "sv",
        "Out-of-office reply to the officer's answer in the Mörlunda choir thread (References include application 4511) with NO automation header at all – no Auto-Submitted, X-Autoreply or Precedence; only the subject prefix 'Frånvaro:' and the wording show it is automatic. It names a person and phone number, but an autoreply carries no facts and all elements are false; the bot must not answer it.",
    )
    return "autosvar-morlunda-franvaro", raw, lab


@mail
def m4514():
    body = """Hej!

Vissefjärdas Vänner söker idéslanten för "Laga & byt" – ett reparationskafé med bytardag i
Vissefjärda.

Vissefjärdas Vänner är en ideell förening som bildades 2019 för att hålla liv i byn. Vi har
73 medlemmar och ordnar bland annat julmarknaden och städdagen vid sjön.

Fyra lördagar i höst (12/9, 10/10, 7/11 och 5/12) öppnar vi församlingshemmet för alla som vill
laga cyklar, kläder och småelektronik. Vi bjuder in en cykelreparatör och en sömmerska som
instruktörer, och samtidigt har vi bytesbord för kläder, böcker och leksaker. Det blir en
mötesplats för alla åldrar och kön, mindre slit och släng och fler som lär känna varandra i byn.
Verktyg lånar vi av hembygdsföreningen.

Vissefjärda församling låter oss vara i församlingshemmet och skolans föräldraförening hjälper
till med kaffet. På julmarknaden skrev 60 personer upp sig som intresserade.

Vi söker 11 500 kr, se bifogad budget.

Har ni frågor – ring Berit på 0471-502 31, hon är vår kassör och nås bäst på förmiddagar.

Vänliga hälsningar
Vissefjärdas Vänner
"""
    raw = message(
        [
            ("From", addr("Vissefjärdas Vänner", "vissefjardasvanner@example.org")),
            ("To", addr(*BOT)),
            ("Subject", "Ansökan: Laga & byt i Vissefjärda"),
            ("Date", date("2026-03-18 10:44:21 +0100")),
            ("Message-ID", mid(4514, "example.org")),
        ],
        text(body),
    )
    lab = label(
        "application",
        "sv",
        "11110",
        {
            "association_name": "Vissefjärdas Vänner",
            "contact_name": "Berit",
            "contact_phone": "0471-502 31",
            "members": 73,
            "ort": "Vissefjärda",
            "amount_sek": 11500,
            "women_and_men": True,
            "salary_costs": False,
            "physical_investment": False,
        },
        "Association whose name is a place in the genitive ('Vissefjärdas Vänner'), 73 members, founded 2019. Sent from the association's shared mailbox with no personal signature, but the body says 'ring Berit på 0471-502 31' – a first name with a phone number is a reachable named contact, so contact true with contact_email null (shared mailbox is not a contact e-mail). Activity: four dated repair-café Saturdays with instructors. Anchoring: parish lends the hall, parents' association helps, 60 interested at the Christmas market. Budget false: 'se bifogad budget' but nothing is attached; amount 11 500 is stated. 'alla åldrar och kön' gives women_and_men true; borrowed tools are no investment.",
    )
    return "vissefjarda-laga-och-byt", raw, lab


@mail
def m4515():
    plain = """Hello,

I hope it is OK to write in English, my Swedish is still not good enough for an application.

We are a group of about 15 families who have moved to the north of Öland in the last few years,
most of us live in Byxelkrok and Böda. We would like to start a language café: every Tuesday
evening from 1 September to 17 November (12 evenings) in the Byxelkrok bygdegård, with a Swedish
teacher from Folkuniversitetet leading the conversation. Local people are invited to come and
talk with us, both women and men, young and old. The idea is that newcomers learn Swedish, get to
know their neighbours and stay in the village, which also helps the school and the shop to
survive the winter.

Budget:
- Teacher fee, 12 evenings x 800 SEK = 9 600 SEK
- Rent of the bygdegård, 12 x 250 SEK = 3 000 SEK
- Coffee and cake = 1 200 SEK
Total 13 800 SEK

Kind regards,
Anneke de Vries · volunteer coordinator · +46 (0)73 912 44 06
"""
    html = (
        '<html><body><div dir="ltr">'
        + "".join(f"<p>{p.replace(chr(10), '<br>')}</p>" for p in plain.strip().split("\n\n"))
        + "</div></body></html>\n"
    )
    root = multi(
        "alternative",
        "000000000000a1b2c3d4e5f60718293a",
        [text(plain, cte="quoted-printable"), text(html, "html", cte="quoted-printable")],
        preamble="",
    )
    raw = message(
        [
            ("From", addr("Anneke de Vries", "anneke.devries@example.net")),
            ("To", addr(*BOT)),
            ("Subject", "Application: language café in Byxelkrok"),
            ("Date", date("2026-03-20 20:03:44 +0100")),
            ("Message-ID", mid(4515, "example.net")),
        ],
        root,
    )
    lab = label(
        "application",
        "en",
        "01101",
        {
            "contact_name": "Anneke de Vries",
            "contact_email": "anneke.devries@example.net",
            "contact_phone": "+46 (0)73 912 44 06",
            "ort": "Byxelkrok",
            "amount_sek": 13800,
            "women_and_men": True,
            "salary_costs": False,
            "physical_investment": False,
        },
        "English application (Gmail-like multipart/alternative) from newcomers on northern Öland. Association false: 'a group of about 15 families' has no name (and families are not a member count, so members null). Contact: signer from her own address with a one-line signature joined by middle dots (name · role · phone in +46 (0)73 form – the common '(0)' mistake kept as written). Activity: twelve dated language-café evenings with a teacher, explained benefit to school and shop. Anchoring false: nothing about local backing. Budget: three items, 13 800. 'both women and men' gives women_and_men true; a teacher's fee is a fee, not salary.",
    )
    return "byxelkrok-language-cafe", raw, lab


@mail
def m4516():
    explanation = """This is the mail system at host mx2.example.se.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<bygdeservice.lottorp@example.se>: host mail.example.se[192.0.2.41] said: 550
    5.1.1 <bygdeservice.lottorp@example.se>: Recipient address rejected: User
    unknown in virtual mailbox table (in reply to RCPT TO command)
"""
    status = """Reporting-MTA: dns; mx2.example.se
X-Postfix-Queue-ID: 4Q7KZt2mWcz9sVr
Arrival-Date: Mon, 23 Mar 2026 10:15:02 +0100 (CET)

Final-Recipient: rfc822; bygdeservice.lottorp@example.se
Original-Recipient: rfc822;bygdeservice.lottorp@example.se
Action: failed
Status: 5.1.1
Remote-MTA: dns; mail.example.se
Diagnostic-Code: smtp; 550 5.1.1 <bygdeservice.lottorp@example.se>: Recipient
    address rejected: User unknown in virtual mailbox table
"""
    orig_headers = f"""From: Landsbygdsutvecklare Region Kalmar =?utf-8?q?l=C3=A4n?= <landsbygdsutvecklare@example.se>
To: =?utf-8?q?L=C3=B6ttorps?= Bygdeservice <bygdeservice.lottorp@example.se>
Subject: =?utf-8?q?SV=3A_Studieresa_=E2=80=93_L=C3=B6ttorps_Bygdeservice?=
Date: Mon, 23 Mar 2026 10:14:58 +0100
Message-ID: <handl.20260323.1014@example.se>
In-Reply-To: {mid(4512, "example.se")}
References: {mid(4512, "example.se")}
"""
    root = multi(
        "report",
        "4Q7KZv0Xyzz9sVs.1774257302/mx2.example.se",
        [
            Part(
                [
                    "Content-Description: Notification",
                    'Content-Type: text/plain; charset="us-ascii"',
                ],
                explanation.encode(),
            ),
            Part(
                ["Content-Description: Delivery report", "Content-Type: message/delivery-status"],
                status.encode(),
            ),
            Part(
                [
                    "Content-Description: Undelivered Message Headers",
                    "Content-Type: text/rfc822-headers",
                ],
                orig_headers.encode(),
            ),
        ],
        "; report-type=delivery-status",
    )
    raw = message(
        [
            ("Return-Path", "<>"),
            ("From", "MAILER-DAEMON@example.se (Mail Delivery System)"),
            ("To", "landsbygdsutvecklare@example.se"),
            ("Subject", "Undelivered Mail Returned to Sender"),
            ("Date", date("2026-03-23 10:15:02 +0100")),
            ("Message-ID", "<20260323091502.4Q7KZv0Xyzz9sVs@example.se>"),
            ("Auto-Submitted", "auto-replied"),
        ],
        root,
    )
    lab = none_label(
        "bounce",
        "en",
        "Postfix-style multipart/report (message/delivery-status plus text/rfc822-headers) bouncing the officer's reply to the shared mailbox of the Löttorp application 4512 (user unknown). The returned headers carry In-Reply-To/References to 4512 and a Swedish subject, but this is a bounce: no elements, no facts, never answered.",
    )
    return "bounce-lottorp", raw, lab


@mail
def m4517():
    body = """Hej

Vi i SPF Seniorerna Halltorp är 87 medlemmar, de flesta bor i Halltorp och Voxtorp. Vi vill
söka idéslanten för "Digital vardag", fyra eftermiddagar i Halltorps bygdegård i maj där
elever från Halltorps skola (åk 9) lär oss pensionärer BankID, Swish, 1177 och att handla på
nätet. Eleverna får samtidigt höra hur det var i Halltorp förr. Det blir ett sätt att knyta
ihop gamla och unga i byn och så att fler kan bo kvar hemma längre. För pensionärer, män som
kvinnor.

Vi bestämde det på medlemsmötet 10 mars och skolan har sagt ja, rektorn tycker det är en bra
ide. Bygdegårdsföreningen hjälper till.

Kostnaden blir nog inte så stor, vi återkommer om det.

mvh
GB
/SPF Seniorerna Halltorp
"""
    raw = message(
        [
            ("From", "gb1953@example.com"),
            ("To", addr(*BOT)),
            ("Subject", "Digital vardag Halltorp"),
            ("Date", date("2026-03-25 14:52:19 +0100")),
            ("Message-ID", mid(4517)),
        ],
        text(body, charset="iso-8859-1", cte="8bit"),
    )
    lab = label(
        "application",
        "sv",
        "10110",
        {
            "association_name": "SPF Seniorerna Halltorp",
            "members": 87,
            "ort": "Halltorp",
            "women_and_men": True,
            "salary_costs": False,
            "physical_investment": False,
        },
        "iso-8859-1 8bit body, From header is a bare address without display name. Signed only with initials 'GB' and the association – no name and no phone, so contact false and contact facts null (the address alone is not a named person). Association: SPF Seniorerna Halltorp, 87 members. Activity: four afternoons in May where pupils teach seniors digital services, explained as linking generations. Anchoring: member meeting decision, the school has agreed, bygdegård association helps. Budget false: 'vi återkommer', no amount. 'män som kvinnor' gives women_and_men true.",
    )
    return "halltorp-digital-vardag", raw, lab


@mail
def m4518():
    body = """Hej!

Vi är några som bor i Loftahammar och som är oroliga för att affären ska stänga och att det
blir tystare och tystare här om vintrarna. Vi vill söka pengar för att göra något som samlar
byn, typ träffar eller så, det får vi se.

Den 23 februari hade vi ett möte på värdshuset och 54 personer kom. Alla tyckte att vi skulle
söka. Loftahammars hembygdsförening och Loftahammars IF har lovat att vara med och hjälpa till.

Ungefärlig budget:
Lokalhyra 3 gånger à 1 000 kr = 3 000 kr
Föreläsare 5 000 kr
Annonser 1 500 kr
Summa 9 500 kr

Hälsningar
Ewa Petrén
Tel 0493-612 4
Mobil 070-38 92 11 5

PS. Såg nu att numren blev fel. Hemtelefonen har vi sagt upp, mobilen är 070-389 21 15. DS.
"""
    raw = message(
        [
            ("From", addr("Ewa Petrén", "ewa.petren@example.net")),
            ("To", addr(*BOT)),
            ("Subject", "Ansökan Loftahammar"),
            ("Date", date("2026-03-27 18:09:33 +0100")),
            ("Message-ID", mid(4518, "example.net")),
        ],
        text(body, cte="base64"),
    )
    lab = label(
        "application",
        "sv",
        "01011",
        {
            "contact_name": "Ewa Petrén",
            "contact_email": "ewa.petren@example.net",
            "contact_phone": "070-389 21 15",
            "ort": "Loftahammar",
            "amount_sek": 9500,
            "women_and_men": None,
            "salary_costs": False,
            "physical_investment": False,
        },
        "Base64 utf-8 body. Tests phone numbers with mistakes: the signature gives a landline with too few digits and a mobile with wrong grouping/too many digits, and a PS corrects it ('mobilen är 070-389 21 15', the landline is cancelled) – the corrected mobile is the contact phone a careful officer would record. Contact true: named signer from her own address. Association false: 'några som bor i Loftahammar' is unnamed. Activity false: 'något som samlar byn, typ träffar eller så'. Anchoring true: village meeting with 54 attending (not members) and two local associations helping. Budget: three items, 9 500.",
    )
    return "loftahammar-ansokan", raw, lab


@mail
def m4519():
    ticket = "2026-0051"
    subj = "Ungdomsdialog i Timmernabben"
    body = f"""Hej igen!

Nu har vi fått pris från föreläsaren så här kommer budgeten, den ligger i bifogad fil. Vi söker
8 450 kr.

/Jonna

Den ons 4 mars 2026 kl 16:31 skrev Idéslanten – Region Kalmar län <ideslanten@example.se>:

{quote_gt(receipt(ticket, ["budget"], 1))}
"""
    csv_text = """Post;Antal;Pris;Summa
Föreläsare Ung Företagsamhet (arvode);1;3500;3500
Hyra Folkets hus;3;650;1950
Fika och mat på workshopkvällarna;3;600;1800
Affischer och annonsering;1;1200;1200
Summa;;;8450
"""
    root = multi(
        "mixed",
        "000000000000f3e2d1c0b9a8978675645",
        [
            text(body, cte="quoted-printable"),
            Part(
                [
                    'Content-Type: text/csv; charset="utf-8"; name="budget_ungdomsdialog.csv"',
                    'Content-Disposition: attachment; filename="budget_ungdomsdialog.csv"',
                    "Content-Transfer-Encoding: base64",
                ],
                base64.encodebytes(csv_text.encode("utf-8")),
            ),
        ],
        preamble="",
    )
    raw = message(
        [
            ("From", addr("Jonna Sjöberg", "jonna.sjoberg@example.com")),
            ("To", addr(*BOT)),
            ("Subject", f"Re: Re: {subj} [Idéslanten {ticket}]"),
            ("Date", date("2026-03-30 21:47:10 +0200")),
            ("Message-ID", mid(4519)),
            ("In-Reply-To", receipt_id(ticket)),
            ("References", f"{mid(4508)} {receipt_id(ticket)}"),
        ],
        root,
    )
    lab = label(
        "followup",
        "sv",
        "00001",
        {
            "amount_sek": 8450,
            "salary_costs": False,
            "physical_investment": False,
        },
        "Gmail-style followup to 4508 (In-Reply-To the bot receipt, References the application), receipt quoted with '>' under a 'Den ons 4 mars 2026 kl 16:31 skrev ...' line. New text supplies the budget as a semicolon CSV attachment (four items, 8 450, also stated as the amount applied): budget true. Signed only '/Jonna' – a first name without phone – so contact false and contact facts null even though it comes from her address. The speaker's arvode is a fee, not salary.",
    )
    return "timmernabben-budget-csv", raw, lab


@mail
def m4520():
    plain = """LANDSBYGDSNYTT – KALMAR LÄN, APRIL 2026
Nyhetsbrev från Hela Bygden Kalmar län

I detta nummer:
* Vårens nätverksträff i Mönsterås 25 april
* Så fick Kastlösa sin bybuss – intervju
* Påminnelse: idéslanten, regional bygdepeng, kan sökas löpande under året. Läs mer hos
  Region Kalmar län.
* Kurs i föreningsekonomi, fyra kvällar digitalt

Vårens nätverksträff
Välkommen till Mönsterås bygdegård lördag 25 april kl 10–15. Anmälan senast 18 april.

--
Du får det här nyhetsbrevet för att du anmält dig på vår webbplats.
Avregistrera: https://nyhetsbrev.example.org/avregistrera?id=88231
Hela Bygden Kalmar län, nyhetsbrev@example.org
"""
    html = (
        '<html><body><table width="600" align="center"><tr><td>'
        + "".join(f"<p>{p.replace(chr(10), '<br>')}</p>" for p in plain.split("\n\n"))
        + "</td></tr></table></body></html>\n"
    )
    root = multi(
        "alternative",
        "=_nl_2026_04_kalmar_88231",
        [text(plain, cte="quoted-printable"), text(html, "html", cte="quoted-printable")],
        preamble="",
    )
    raw = message(
        [
            ("From", addr("Hela Bygden Kalmar län", "nyhetsbrev@example.org")),
            ("To", "landsbygdsutvecklare@example.se"),
            ("Subject", "Landsbygdsnytt april: nätverksträff, bybuss och idéslanten"),
            ("Date", date("2026-04-01 06:00:00 +0200")),
            ("Message-ID", "<nl.2026-04.88231@example.org>"),
            ("List-Id", "Landsbygdsnytt Kalmar lan <landsbygdsnytt.example.org>"),
            (
                "List-Unsubscribe",
                "<https://nyhetsbrev.example.org/avregistrera?id=88231>, <mailto:avregistrera@example.org?subject=88231>",
            ),
            ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
            ("Precedence", "bulk"),
        ],
        root,
    )
    lab = none_label(
        "newsletter",
        "sv",
        "Bulk newsletter from a rural network (List-Id, List-Unsubscribe with one-click, Precedence: bulk) that mentions idéslanten and several localities in passing. Not an application or a question: all elements false and all facts null; the bot must not reply.",
    )
    return "nyhetsbrev-landsbygdsnytt", raw, lab


@mail
def m4521():
    body = """Hej!

Vi skriver för Mortorps Byalag. Byalaget har 66 medlemmar och jobbar för att Mortorp ska vara
en by där man vill bo kvar. Karin är ordförande och Olle kassör.

Nu vill vi ta fram en byautvecklingsplan. Under hösten håller vi tre "Mortorpsträffar" i
Folkets hus (15 september, 13 oktober och 10 november) med en processledare från
Hushållningssällskapet. Vi pratar om bredband, skolskjuts, boende för äldre och vad som
behövs för att unga familjer ska flytta hit. Efter sista träffen skriver vi ihop planen och
lämnar den till Nybro kommun och till alla hushåll.

Vi hoppas förstås att många kommer!

Budget
Processledare 3 x 2 500 kr = 7 500 kr
Hyra Folkets hus 3 x 500 kr = 1 500 kr
Fika 900 kr
Tryck av planen 400 kr
Summa 10 300 kr

Många hälsningar
Karin & Olle Svensson
Mortorp
0481-240 17
"""
    raw = message(
        [
            ("From", addr("Karin och Olle Svensson", "karin.olle.svensson@example.com")),
            ("To", addr(*BOT)),
            ("Subject", "Byautvecklingsplan för Mortorp"),
            ("Date", date("2026-04-03 11:31:08 +0200")),
            ("Message-ID", mid(4521)),
        ],
        text(body, charset="windows-1252", cte="quoted-printable"),
    )
    lab = label(
        "application",
        "sv",
        "11101",
        {
            "association_name": "Mortorps Byalag",
            "contact_name": "Karin & Olle Svensson",
            "contact_email": "karin.olle.svensson@example.com",
            "contact_phone": "0481-240 17",
            "members": 66,
            "ort": "Mortorp",
            "amount_sek": 10300,
            "women_and_men": None,
            "salary_costs": False,
            "physical_investment": False,
        },
        "windows-1252 quoted-printable mail written and signed by a couple ('Karin & Olle Svensson', their roles in the byalag given in the body) from their joint address with a landline – named and reachable, so contact true. Association: Mortorps Byalag, 66 members, purpose. Activity: three dated facilitated meetings producing a village development plan for the municipality. Anchoring false: only 'vi hoppas att många kommer'. Budget: four items, 10 300. Facilitator fee is not salary; printing is a consumable; gender unstated. A followup later adds the anchoring.",
    )
    return "mortorp-byautvecklingsplan", raw, lab


ORG_BERGKVARA = org("802479330")


@mail
def m4522():
    body = f"""Hej!

Bergkvara Samhällsförening (org.nr {ORG_BERGKVARA}) söker idéslanten för "Välkommen till
Bergkvara" – två kvällar för nyinflyttade.

Om oss: en ideell förening med 140 medlemmar som sedan 1962 arbetar för service, trivsel och
utveckling i Bergkvara. Vi driver bl.a. badplatsen och hamnfesten.

Aktiviteten: Torsdag 17 september och torsdag 15 oktober bjuder vi alla som flyttat till
Bergkvara de senaste tre åren till Folkets hus. Byns företag och föreningar presenterar sig,
en föreläsare från kommunens inflyttarservice berättar om jobb och barnomsorg och en lokal
guide tar med alla på en vandring i hamnen. Målet är att nya familjer, kvinnor och män, snabbt
ska hitta in i föreningslivet och vilja stanna i Bergkvara.

Förankring: Idén kom från vår medlemsenkät i höstas (89 svar). Bergkvara Företagarförening,
Bergkvara BK och Folkets hus-föreningen är med och arrangerar.

Budget
- Guide, arvode: 1 500 kr
- Föreläsare: 3 000 kr
- Hyra Folkets hus, 2 kvällar: 2 200 kr
- Enklare mat, 2 kvällar: 3 600 kr
- Inbjudan per post till nyinflyttade: 1 200 kr
Totalt: 11 500 kr

Kontaktperson: Eva Ljung, eva.ljung@example.com, 070-233 18 09

Sekr. Eva Ljung
för styrelsen i Bergkvara Samhällsförening
"""
    raw = message(
        [
            ("From", addr("Bergkvara Samhällsförening", "bergkvara.samhallsforening@example.se")),
            ("To", addr(*BOT)),
            ("Subject", hval("Välkommen till Bergkvara – ansökan idéslanten")),
            ("Date", date("2026-04-06 19:58:41 +0200")),
            ("Message-ID", mid(4522, "example.se")),
        ],
        text(body),
    )
    lab = label(
        "application",
        "sv",
        "11111",
        {
            "association_name": "Bergkvara Samhällsförening",
            "org_number": ORG_BERGKVARA,
            "contact_name": "Eva Ljung",
            "contact_email": "eva.ljung@example.com",
            "contact_phone": "070-233 18 09",
            "members": 140,
            "ort": "Bergkvara",
            "amount_sek": 11500,
            "women_and_men": True,
            "salary_costs": False,
            "physical_investment": False,
        },
        "Complete application sent from the association's shared mailbox, but with an explicit 'Kontaktperson: Eva Ljung, e-mail, phone' line and a signature with a title before the name ('Sekr. Eva Ljung / för styrelsen i ...'): contact true and contact_email is her personal address from the body, not the shared From. Association: name, org.nr, 140 members, since 1962. Activity: two dated welcome evenings for newcomers with presentations and a guided walk. Anchoring: member survey (89 answers) and three co-arranging local organisations. Budget: five items, 11 500. 'kvinnor och män' gives women_and_men true; guide and lecturer fees are not salary.",
    )
    return "bergkvara-nyinflyttade", raw, lab


@mail
def m4523():
    html = """<html><body style="font-family:Arial">
<table width="560" style="border:1px solid #ddd"><tr><td style="background:#00509e;color:#fff;padding:12px">
<b>Region Kalmar län – Utbetalningar</b></td></tr>
<tr><td style="padding:16px">
<p>Hej,</p>
<p>Ert bidrag <b>Regional bygdepeng – idéslanten</b> på <b>15 000 kr</b> har beviljats och ska betalas ut.
Eftersom vi har bytt betalningssystem måste alla mottagare verifiera sitt konto med BankID senast
<b>inom 24 timmar</b>, annars går pengarna tillbaka.</p>
<p style="text-align:center"><a href="https://regionkalmar-utbetalning.example.com/verifiera?ref=IDS-2026-4471"
style="background:#00509e;color:#fff;padding:10px 22px;text-decoration:none">Verifiera med BankID</a></p>
<p>Med vänlig hälsning<br>Ekonomiavdelningen</p>
</td></tr></table>
</body></html>
"""
    raw = message(
        [
            ("From", addr("Region Kalmar län Utbetalning", "utbetalning.regionkalmar@example.net")),
            ("To", "landsbygdsutvecklare@example.se"),
            ("Reply-To", "support-bidrag@example.net"),
            ("Subject", hval("Ert bidrag är beviljat – verifiera inom 24 timmar")),
            ("Date", date("2026-04-07 03:12:55 +0200")),
            ("Message-ID", "<8f1c2a77e0b94d1e.4471@example.net>"),
        ],
        text(html, "html", cte="base64"),
    )
    lab = none_label(
        "spam",
        "sv",
        "Phishing: HTML-only base64 mail impersonating the region's payments, claiming an idéslanten grant of 15 000 kr is approved and demanding BankID 'verification' within 24 hours via a look-alike link. It mentions the grant and an amount but is fraud: all elements false, all facts null, never answered.",
    )
    return "spam-verifiera-bankid", raw, lab


@mail
def m4524():
    body = """Hej!

Vi i föreningen har 85 medlemmar och har skött bygdegården sedan 1948. Bygdegården är den
enda samlingslokalen i Frödinge men står tom de flesta kvällar.

Vi vill söka pengar för att få mer liv i bygdegården och fler aktiviteter för byn. Det kan
bli lite av varje beroende på vad folk vill.

I höstas gjorde vi en enkät i alla brevlådor i byn och fick 64 svar, nästan alla vill att det
händer mer i bygdegården. Frödinge IK och PRO Frödinge har sagt att de vill vara med.

Budget
Föreläsare 2 x 3 000 kr = 6 000 kr
Hyra av ljudanläggning 800 kr
Annonsering 1 000 kr
Fika 1 500 kr
Summa 9 300 kr

Hälsningar
Lennart Ek / kassör / 070-418 90 26
"""
    raw = message(
        [
            ("From", addr("Lennart Ek", "lennart.ek@example.org")),
            ("To", addr(*BOT)),
            ("Subject", hval("Ansökan – Frödinge Bygdegårdsförening")),
            ("Date", date("2026-04-09 08:20:14 +0200")),
            ("Message-ID", mid(4524, "example.org")),
        ],
        text(body, cte="quoted-printable"),
    )
    lab = label(
        "application",
        "sv",
        "11011",
        {
            "association_name": "Frödinge Bygdegårdsförening",
            "contact_name": "Lennart Ek",
            "contact_email": "lennart.ek@example.org",
            "contact_phone": "070-418 90 26",
            "members": 85,
            "ort": "Frödinge",
            "amount_sek": 9300,
            "women_and_men": None,
            "salary_costs": False,
            "physical_investment": False,
        },
        "The association's name appears only in the subject line ('Ansökan – Frödinge Bygdegårdsförening'); the body says 'vi i föreningen', 85 members, runs the bygdegård since 1948. A human officer reads the subject, so association true with the name from the subject. Contact: signer with a slash-separated one-line signature (name / role / mobile) from his own address. Activity false: 'mer liv ... lite av varje beroende på vad folk vill' is a vague wish. Anchoring: door-to-door survey with 64 answers and two local associations. Budget: four items, 9 300. Renting sound equipment is not an investment.",
    )
    return "frodinge-bygdegarden", raw, lab


@mail
def m4525():
    body = """Hi,

I'm the chair of the youth section of Pataholms BK, the football club in Pataholm. Two quick
questions before we apply for idéslanten:

1. Can the youth section apply on its own, or does the application have to come from the main
   club (we have no separate org number)?
2. The hembygdsförening in Pataholm is also planning to apply this year. Is the 15 000 SEK limit
   per locality shared between us, so that if they get 10 000 we can only get 5 000?

Thanks!

Tom Eriksson | Youth section, Pataholms BK | 070-555 12 40
"""
    raw = message(
        [
            ("From", addr("Tom Eriksson", "tom.eriksson@example.com")),
            ("To", addr(*OFFICER)),
            ("Subject", "Question about idéslanten – club section + limit per locality"),
            ("Date", date("2026-04-10 12:44:03 +0200")),
            ("Message-ID", mid(4525)),
        ],
        text(body, cte="quoted-printable"),
    )
    lab = label(
        "question",
        "en",
        "00000",
        {
            "association_name": "Pataholms BK",
            "contact_name": "Tom Eriksson",
            "contact_email": "tom.eriksson@example.com",
            "contact_phone": "070-555 12 40",
            "ort": "Pataholm",
        },
        "English question from a sports club's youth section: may a section without its own org.nr apply, and is the 15 000 SEK cap per locality shared with another association in the same village. Mentions amounts (15 000, 10 000, 5 000) that are rule examples, not an amount applied for, so amount_sek null. Pipe signature with name, section of club, phone. Elements false; salary/investment null.",
    )
    return "pataholm-question-section", raw, lab


ORG_LJUNGBY = org("802488215")


@mail
def m4526():
    intro = f"""Hej!

Kalmar Ljungby Byaförening söker idéslanten för en trygghetsvandring och ett dialogmöte.

Föreningen: ideell förening för boende i Kalmar Ljungby med omnejd, 230 medlemmar, org.nr
{ORG_LJUNGBY}. Vi ordnar valborg, bymarknad och står bakom grannsamverkan i byn.

Aktivitet: Onsdag 14 oktober, när det är mörkt på kvällarna, går vi en trygghetsvandring
genom byn och markerar på en karta var det saknas belysning, var gång- och cykelvägar är
otrygga och var ungdomar saknar samlingsplatser. Onsdag 28 oktober håller vi ett dialogmöte i
Folkets hus med en inhyrd samtalsledare, kommunpolisen och kommunens trafikplanerare. Resultatet
blir en åtgärdslista till Kalmar kommun. Trygghet för alla, kvinnor och män, unga och äldre.

Förankring: Förslaget kom från byamötet 17 februari. Grannsamverkans tolv kontaktombud,
Ljungby IF och föräldraföreningen på skolan är med och bjuder in.

Budget:
Samtalsledare, arvode 3 000 kr
Hyra Folkets hus 1 500 kr
Fika 1 200 kr
Affischer och utskick 700 kr
Summa 6 400 kr
"""
    plain = (
        intro
        + """
Med vänliga hälsningar

Sofia Andersson\tOrdförande
Kalmar Ljungby Byaförening
Telefon\t0480-360 12
E-post\tsofia.andersson@example.se
"""
    )
    html_body = "".join(
        f"<p>{p.replace(chr(10), '<br>')}</p>\n" for p in intro.strip().split("\n\n")
    )
    html = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"></head>
<body style="font-family:Verdana,sans-serif;font-size:10pt">
{html_body}<p>Med vänliga hälsningar</p>
<table border="0" cellspacing="0" cellpadding="3" style="font-size:9pt;color:#333">
<tr><td colspan="2"><b>Sofia Andersson</b>, Ordförande</td></tr>
<tr><td colspan="2">Kalmar Ljungby Byaförening</td></tr>
<tr><td>Telefon</td><td>0480-360 12</td></tr>
<tr><td>E-post</td><td><a href="mailto:sofia.andersson@example.se">sofia.andersson@example.se</a></td></tr>
</table>
</body></html>
"""
    root = multi(
        "alternative",
        "----=_Part_771_1488213.1776325231000",
        [
            text(plain, charset="iso-8859-1", cte="quoted-printable"),
            text(html, "html", charset="iso-8859-1", cte="quoted-printable"),
        ],
        preamble="",
    )
    raw = message(
        [
            ("From", addr("Sofia Andersson", "sofia.andersson@example.se")),
            ("To", addr(*BOT)),
            ("Subject", hval("Trygghetsvandring i Kalmar Ljungby", "iso-8859-1")),
            ("Date", date("2026-04-13 09:40:31 +0200")),
            ("Message-ID", mid(4526, "example.se")),
        ],
        root,
    )
    lab = label(
        "application",
        "sv",
        "11111",
        {
            "association_name": "Kalmar Ljungby Byaförening",
            "org_number": ORG_LJUNGBY,
            "contact_name": "Sofia Andersson",
            "contact_email": "sofia.andersson@example.se",
            "contact_phone": "0480-360 12",
            "members": 230,
            "ort": "Kalmar Ljungby",
            "amount_sek": 6400,
            "women_and_men": True,
            "salary_costs": False,
            "physical_investment": False,
        },
        "Complete application, iso-8859-1 multipart/alternative; the signature is an HTML table (label/value rows for phone and e-mail) and a tab-separated rendering in the plain part. Association: name, 230 members, org.nr, activities. Activity: dated safety walk and dialogue meeting resulting in an action list to the municipality. Anchoring: byamöte proposal, neighbourhood-watch contacts, sports club and parents' association inviting. Budget: four items, 6 400. 'kvinnor och män' gives women_and_men true; facilitator fee is not salary. Two-word locality 'Kalmar Ljungby'.",
    )
    return "kalmar-ljungby-trygghetsvandring", raw, lab


@mail
def m4527():
    ticket = "2026-0066"
    quoted = receipt(ticket, ["contact", "budget"], 2)
    body = f"""Hej,

Jag ser att ni saknar kontaktperson. Det är jag som skrev ansökan: Gösta Bengtsson, ordförande
i SPF Seniorerna Halltorp. Telefon 0480-211 93, mobil 070-655 80 12.

Budgeten skickar vi när vi pratat med bygdegårdsföreningen om hyran.

Gösta

-----Ursprungligt meddelande-----
Från: Idéslanten – Region Kalmar län <ideslanten@example.se>
Skickat: onsdag 25 mars 2026 14:53
Till: gb1953@example.com
Ämne: Re: Digital vardag Halltorp [Idéslanten {ticket}]

{quoted}
"""
    raw = message(
        [
            ("From", "gb1953@example.com"),
            ("To", addr(*BOT)),
            ("Subject", f"SV: Re: Digital vardag Halltorp [Idéslanten {ticket}]"),
            ("Date", date("2026-04-14 10:05:46 +0200")),
            ("Message-ID", mid(4527)),
            ("In-Reply-To", receipt_id(ticket)),
            ("References", f"{mid(4517)} {receipt_id(ticket)}"),
        ],
        text(body, cte="quoted-printable"),
    )
    lab = label(
        "followup",
        "sv",
        "01000",
        {
            "association_name": "SPF Seniorerna Halltorp",
            "contact_name": "Gösta Bengtsson",
            "contact_email": "gb1953@example.com",
            "contact_phone": "0480-211 93",
            "ort": "Halltorp",
            "salary_costs": False,
            "physical_investment": False,
        },
        "Followup to 4517 (In-Reply-To the receipt, References the application), receipt quoted below an Outlook '-----Ursprungligt meddelande-----' block. The initials-only writer now names himself with role and two phones (first, the landline 0480-211 93, recorded); he writes from the same address, so contact true with that address. Budget is again postponed ('skickar vi när ...') so budget false; naming the association with his role says nothing new about it, so association false.",
    )
    return "halltorp-kontaktperson", raw, lab


@mail
def m4528():
    body = """Hej!

Gubbfikat i Berga är en ideell förening som startade 2022. Vi är 23 medlemmar, alla män över 65
som bor i Berga med omnejd. Många av oss är änklingar eller bor ensamma långt ut i skogen och
det är lätt att bli sittande hemma.

Vi vill göra fyra samtalsträffar för byns män i höst i sockenstugan om hälsa, ensamhet och att
be om hjälp, med en föreläsare från Högsby vårdcentral två av gångerna, och en gemensam resa
till Kalmar läns museum i november. Målet är att fler äldre män i Berga kommer ut, hittar
varandra och orkar bo kvar i byn.

Berga församling lånar ut sockenstugan och Berga hembygdsförening hjälper oss med resan.
Distriktssköterskan i Högsby tipsar sina patienter om träffarna. Vi har redan träffats
varje torsdag i två år och det kommer nya hela tiden.

Budget
Föreläsare 2 x 2 000 kr = 4 000 kr
Hyra sockenstugan 4 x 400 kr = 1 600 kr
Buss och entré till museet 3 500 kr
Fika 1 200 kr
Ny kaffebryggare till sockenstugan 1 400 kr
Summa 11 700 kr

Hälsningar
Rune Johansson, ordförande
Gubbfikat i Berga
Tel: 0491-200 11 (hem)  Mobil: +46 (0)72 340 11 22
"""
    raw = message(
        [
            ("From", addr("Rune Johansson", "rune.johansson.berga@example.net")),
            ("To", addr(*BOT)),
            ("Subject", "Samtalsträffar för äldre män i Berga"),
            ("Date", date("2026-04-15 15:17:22 +0200")),
            ("Message-ID", mid(4528, "example.net")),
        ],
        text(body, charset="iso-8859-1", cte="8bit"),
    )
    lab = label(
        "application",
        "sv",
        "11111",
        {
            "association_name": "Gubbfikat i Berga",
            "contact_name": "Rune Johansson",
            "contact_email": "rune.johansson.berga@example.net",
            "contact_phone": "0491-200 11",
            "members": 23,
            "ort": "Berga",
            "amount_sek": 11700,
            "women_and_men": False,
            "salary_costs": False,
            "physical_investment": True,
        },
        "Complete application (all five elements present) that breaks two rules, visible only in the facts: it targets men only ('för byns män', members all men over 65) so women_and_men false, and the budget buys a coffee maker for the parish hall, so physical_investment true. Signature: name + role, association, and two numbers on one line ('Tel: 0491-200 11 (hem)  Mobil: +46 (0)72 ...'); the first is recorded. Anchoring: parish lends the hall, hembygdsförening helps, district nurse refers people, weekly meetings for two years. iso-8859-1 8bit.",
    )
    return "berga-gubbfikat", raw, lab


@mail
def m4529():
    body = """Thank you for your e-mail.

I am travelling in the Netherlands until 27 April with limited access to e-mail. I will reply
as soon as possible after my return.

Met vriendelijke groet / Best regards
Anneke de Vries
"""
    raw = message(
        [
            ("From", addr("Anneke de Vries", "anneke.devries@example.net")),
            ("To", addr(*OFFICER)),
            ("Subject", "Automatic reply: Re: Application: language café in Byxelkrok"),
            ("Date", date("2026-04-16 08:31:12 +0200")),
            ("Message-ID", mid(4529, "example.net")),
            ("In-Reply-To", "<handl.20260416.0830@example.se>"),
            ("References", f"{mid(4515, 'example.net')} <handl.20260416.0830@example.se>"),
            ("Auto-Submitted", "auto-replied"),
            ("X-Auto-Response-Suppress", "All"),
        ],
        text(body, charset="us-ascii", cte="7bit"),
    )
    lab = none_label(
        "autoreply",
        "en",
        "English out-of-office ('Automatic reply:' subject, Auto-Submitted: auto-replied, X-Auto-Response-Suppress) to the officer's reply in the Byxelkrok thread; References include application 4515 and the body is signed by the applicant. Still an autoreply: no elements, no facts, never answered.",
    )
    return "autoreply-byxelkrok", raw, lab


@mail
def m4530():
    body = """Hej! Vi är några i Degerhamn som vill ha en grannträff med loppis nere vid hamnen lördag 6 juni. Loppis på kajen på förmiddan, tipspromenad runt kalkbrottet och på kvällen en trubadur. Så att vi som bor här året runt och sommargästerna lär känna varann lite och kanske hjälps åt med nåt mer sen. Kan man få bidrag för det?

Ring mig om ni undrar nåt
Sara Nyström 076-118 42 90

Skickat från min iPhone
"""
    raw = message(
        [
            ("From", addr("Sara Nyström", "sara.nystrom@example.com")),
            ("To", addr(*BOT)),
            ("Subject", "Grannträff Degerhamn"),
            ("Date", date("2026-04-17 22:10:37 +0200")),
            ("Message-ID", mid(4530)),
            ("X-Mailer", "iPhone Mail (21E236)"),
        ],
        text(body, cte="quoted-printable", extra=("format=flowed",)),
    )
    lab = label(
        "application",
        "sv",
        "01100",
        {
            "contact_name": "Sara Nyström",
            "contact_email": "sara.nystrom@example.com",
            "contact_phone": "076-118 42 90",
            "ort": "Degerhamn",
            "women_and_men": None,
            "salary_costs": False,
            "physical_investment": False,
        },
        "Short iPhone mail (one long flowed paragraph, 'Skickat från min iPhone') ending in a question but clearly asking for money for a described event, so an application. Association false: 'några i Degerhamn' is unnamed. Contact: name and mobile on one line before the phone signature, from her own address. Activity: dated flea market, quiz walk and troubadour evening meant to connect residents and summer guests – concrete enough. Anchoring false and budget false (no amounts at all, amount_sek null). A troubadour's fee is not salary. The followup later supplies the three missing parts.",
    )
    return "degerhamn-granntraff", raw, lab


ORG_RESMO = org("802453316")


@mail
def m4531():
    body = """Hej,

Bifogar vår ansökan om idéslanten för Alvarets dag i Resmo. Allt står i dokumentet.

Lars Wik (ordf.)
Resmo Byalag
"""
    doc = docx(
        [
            "# Ansökan om regional bygdepeng – idéslanten 2026",
            "# 1. Sökande förening",
            f"Resmo Byalag, org.nr {ORG_RESMO}. Byalaget är en ideell förening för Resmo med omnejd på södra Öland. 120 hushåll är medlemmar.",
            "# 2. Kontaktperson",
            "Lars Wik, ordförande, tel 0485-313 40, e-post lars.wik@example.net",
            "# 3. Aktivitet",
            "Söndag 17 maj ordnar vi Alvarets dag: två guidade vandringar på Stora alvaret med en biolog, ett föredrag i bygdegården om världsarvet Södra Ölands odlingslandskap och hur byn kan ta emot besökare utan att slita på naturen, och en öppen diskussion om lokala guidningar och hembygdsturism. Dagen är öppen för alla, kvinnor och män i alla åldrar, och ska ge idéer till små besöksnäringar i Resmo.",
            "# 4. Lokal förankring",
            "Byastämman den 22 februari beslutade om dagen. Resmo hembygdsförening och Resmo IF är medarrangörer och ett femtontal frivilliga sköter parkering, fika och skyltning.",
            "# 5. Budget",
            [
                ["Post", "Belopp (kr)"],
                ["Biolog, guidning 2 vandringar", "5 000"],
                ["Föredragshållare", "3 500"],
                ["Hyra Resmo bygdegård", "1 200"],
                ["Annonsering", "1 300"],
                ["Fika", "1 000"],
                ["Summa / sökt belopp", "12 000"],
            ],
        ]
    )
    root = multi(
        "mixed",
        "------------Xq0v3LmNw8TzR1aK2bEoYp5H",
        [
            text(body, cte="quoted-printable"),
            attachment(
                doc,
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                "Ansökan idéslanten Resmo Byalag.docx",
            ),
        ],
    )
    raw = message(
        [
            ("From", addr("Lars Wik", "lars.wik@example.net")),
            ("To", addr(*BOT)),
            ("Subject", hval("Ansökan idéslanten – Alvarets dag, Resmo")),
            ("Date", date("2026-04-20 08:02:55 +0200")),
            ("Message-ID", mid(4531, "example.net")),
            ("User-Agent", "Mozilla Thunderbird"),
        ],
        root,
    )
    lab = label(
        "application",
        "sv",
        "11111",
        {
            "association_name": "Resmo Byalag",
            "org_number": ORG_RESMO,
            "contact_name": "Lars Wik",
            "contact_email": "lars.wik@example.net",
            "contact_phone": "0485-313 40",
            "members": 120,
            "ort": "Resmo",
            "amount_sek": 12000,
            "women_and_men": True,
            "salary_costs": False,
            "physical_investment": False,
        },
        "Complete application where the body is only a covering note with the role after the name ('Lars Wik (ordf.) / Resmo Byalag') and everything else sits in an attached .docx (RFC 2231 utf-8 file name) laid out as the five numbered points, the budget as a Word table. '120 hushåll är medlemmar' = 120. Activity: dated alvar day with guided walks, a talk and a tourism discussion. Anchoring: byastämma decision, two co-arrangers, volunteers. Budget: five items, 12 000 = applied. 'kvinnor och män' gives women_and_men true; biologist and speaker fees are not salary.",
    )
    return "resmo-alvarets-dag", raw, lab


@mail
def m4532():
    ticket = "2026-0053"
    body = f"""Tack för svaret!

Vi återkommer med mer om aktiviteterna efter styrelsemötet.

SVBF/Marianne

Den 2026-03-06 kl. 11:19, skrev Idéslanten – Region Kalmar län:
{quote_gt(receipt(ticket, ["activity", "anchoring"], 0))}
"""
    raw = message(
        [
            ("From", addr("Marianne Gustafsson", "marianne.gustafsson@example.se")),
            ("To", addr(*BOT)),
            ("Subject", f"Re: Re: SVBF ansökan 2026 [Idéslanten {ticket}]"),
            ("Date", date("2026-04-21 17:36:20 +0200")),
            ("Message-ID", mid(4532, "example.se")),
            ("In-Reply-To", receipt_id(ticket)),
            ("References", f"{mid(4509, 'example.se')} {receipt_id(ticket)}"),
            (
                "User-Agent",
                "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.9.0",
            ),
        ],
        text(body, cte="8bit", extra=("format=flowed",)),
    )
    lab = label(
        "followup",
        "sv",
        "00000",
        {
            "association_name": "SVBF",
            "salary_costs": False,
            "physical_investment": False,
        },
        "Thunderbird followup to 4509 that supplies nothing: 'vi återkommer ... efter styrelsemötet'. The quoted receipt lists activity and anchoring as missing but quoted text never counts. Signed 'SVBF/Marianne' – abbreviation plus a first name, no phone – so contact false even though the From header carries her full name (a name only in the From header does not count). All elements false.",
    )
    return "svbf-vi-aterkommer", raw, lab


@mail
def m4533():
    body = """Hej!

Föreningen Bäckebo Gamla Skola har 48 medlemmar och äger sedan 2011 den gamla skolan mitt i
Bäckebo, som vi hyr ut till fester och möten.

Vi vill utveckla skolan som mötesplats och göra den mer känd i bygden, så att den används
mer av alla. Det finns många möjligheter!

På byamötet den 3 mars, där ett fyrtiotal bybor var med, beslutades att vi ska söka. Bäckebo
hembygdsförening och Bäckebo IF stöttar.

Budget:
Annonsering 2 000 kr
Föreläsare 4 000 kr
Hyra av bord och stolar 1 500 kr
Fika 1 000 kr
Summa 8 500 kr

Kontaktuppgifter till vår kontaktperson finns i bifogat visitkort.

Hälsningar
Styrelsen, Föreningen Bäckebo Gamla Skola
"""
    vcf = """BEGIN:VCARD
VERSION:3.0
N:Holmberg;Annika;;;
FN:Annika Holmberg
ORG:Föreningen Bäckebo Gamla Skola
TITLE:Kassör
TEL;TYPE=CELL:0709-44 12 80
EMAIL;TYPE=INTERNET:annika.holmberg@example.com
END:VCARD
"""
    root = multi(
        "mixed",
        "=_b4ck3b0_gamla_skola_0422",
        [
            text(body, cte="quoted-printable"),
            Part(
                [
                    'Content-Type: text/vcard; charset="utf-8"; name="Annika Holmberg.vcf"',
                    'Content-Disposition: attachment; filename="Annika Holmberg.vcf"',
                    "Content-Transfer-Encoding: quoted-printable",
                ],
                quopri.encodestring(vcf.encode("utf-8")),
            ),
        ],
    )
    raw = message(
        [
            ("From", addr("Bäckebo Gamla Skola", "backebo.gamlaskola@example.org")),
            ("To", addr(*BOT)),
            ("Subject", "Ansökan från Föreningen Bäckebo Gamla Skola"),
            ("Date", date("2026-04-22 12:12:12 +0200")),
            ("Message-ID", mid(4533, "example.org")),
        ],
        root,
    )
    lab = label(
        "application",
        "sv",
        "11011",
        {
            "association_name": "Föreningen Bäckebo Gamla Skola",
            "contact_name": "Annika Holmberg",
            "contact_email": "annika.holmberg@example.com",
            "contact_phone": "0709-44 12 80",
            "members": 48,
            "ort": "Bäckebo",
            "amount_sek": 8500,
            "women_and_men": None,
            "salary_costs": False,
            "physical_investment": False,
        },
        "Sent from the association's shared mailbox and signed 'Styrelsen', but the contact person is given as an attached vCard (.vcf, text/vcard): Annika Holmberg with mobile and personal e-mail – a named reachable person, so contact true with the vCard's address. Association: named, 48 members, owns the old school. Activity false: 'utveckla skolan som mötesplats ... många möjligheter' is a vague wish. Anchoring: byamöte decision (about forty attending – not members) and two local associations. Budget: four items, 8 500. Renting tables and chairs is not an investment.",
    )
    return "backebo-gamla-skolan", raw, lab


ORG_LANGASJO = org("802439851")


@mail
def m4534():
    body = f"""Hej!

Långasjö Bygdegårdsförening ({ORG_LANGASJO}) har 95 medlemmar och driver bygdegården vid
kyrkan. Vi söker idéslanten för tre kvällar om lokal energi i höst.

Många i Långasjö har frågat om byn kan gå ihop och producera egen el, som man gjort i andra
byar. Vi ordnar därför:
- 8 oktober: föreläsning med Energikontor Sydost om energiföreningar och vad som krävs,
- 22 oktober: studiebesök med buss till en by i länet som redan har en andelsägd solpark,
- 5 november: ett öppet byamöte där vi bestämmer om vi ska bilda en energiförening.
Det handlar om att byn ska klara sig själv bättre och att pengarna ska stanna i bygden. Vi
köper ingenting själva i det här steget, det är kunskap vi behöver.

I vintras delade vi ut en enkät och 71 hushåll svarade, två tredjedelar ville veta mer.
Långasjö Byalag och LRF-avdelningen i Långasjö är med och bjuder in.

Budget
Föreläsare 2 x 2 500 kr = 5 000 kr
Buss studiebesök 2 800 kr
Hyra bygdegården 3 x 600 kr = 1 800 kr
Fika 900 kr
Summa 10 500 kr

Hälsningar, Anna-Karin Petersson, sekreterare i Långasjö Bygdegårdsförening, tel 0471-530 08
"""
    raw = message(
        [
            ("From", addr("Anna-Karin Petersson", "annakarin.petersson@example.se")),
            ("To", addr(*BOT)),
            ("Subject", "Idéslanten: kvällar om lokal energi i Långasjö"),
            ("Date", date("2026-04-24 13:25:48 +0200")),
            ("Message-ID", mid(4534, "example.se")),
        ],
        text(body, cte="base64"),
    )
    lab = label(
        "application",
        "sv",
        "11111",
        {
            "association_name": "Långasjö Bygdegårdsförening",
            "org_number": ORG_LANGASJO,
            "contact_name": "Anna-Karin Petersson",
            "contact_email": "annakarin.petersson@example.se",
            "contact_phone": "0471-530 08",
            "members": 95,
            "ort": "Långasjö",
            "amount_sek": 10500,
            "women_and_men": None,
            "salary_costs": False,
            "physical_investment": False,
        },
        "Complete application, base64 utf-8. The whole signature is one sentence-like line: greeting, name, role in the association and phone ('Hälsningar, Anna-Karin Petersson, sekreterare i Långasjö Bygdegårdsförening, tel 0471-530 08'). Association: name, org.nr, 95 members. Activity: three dated steps (lecture, study visit, decision meeting) on a village energy cooperative. Physical investment false: the mail says explicitly that nothing is bought at this stage (a solar park is only discussed). Anchoring: survey with 71 household answers plus byalag and LRF branch. Budget: four items, 10 500. Gender unstated.",
    )
    return "langasjo-lokal-energi", raw, lab


@mail
def m4535():
    body = """Hej!

Två snabba frågor innan vi skickar in vår ansökan:

1. Räknas det som investering om vi hyr en buss med chaufför till ett studiebesök?
2. Får vi ta med en projektor (ca 5 000 kr) i budgeten, som föreningen sedan har kvar till
   fler träffar i bystugan?

Gunilla Sjö | Totebo Intresseförening | 0490-520 14 | gunilla.sjo@example.org
"""
    raw = message(
        [
            ("From", addr("Gunilla Sjö", "gunilla.sjo@example.org")),
            ("To", addr(*OFFICER)),
            ("Subject", "Investering eller inte? (Totebo)"),
            ("Date", date("2026-04-27 19:03:30 +0200")),
            ("Message-ID", mid(4535, "example.org")),
        ],
        text(body, charset="windows-1252", cte="quoted-printable"),
    )
    lab = label(
        "question",
        "sv",
        "00000",
        {
            "association_name": "Totebo Intresseförening",
            "contact_name": "Gunilla Sjö",
            "contact_email": "gunilla.sjo@example.org",
            "contact_phone": "0490-520 14",
            "ort": "Totebo",
            "physical_investment": True,
        },
        "Question before applying (windows-1252 quoted-printable), pipe signature with name | association | phone | e-mail. Asks whether hiring a bus is an investment and whether a projector may be budgeted; since the question itself proposes buying a projector, physical_investment is true (the README's exception for questions); salary_costs stays null. The 5 000 kr is the price of the proposed item, not an amount applied for, so amount_sek null. Elements false.",
    )
    return "totebo-fraga-investering", raw, lab


@mail
def m4536():
    explanation = """Det gick inte att leverera till följande mottagare:

lars.wik@example.net
Mottagarens postlåda är full och kan inte ta emot meddelanden just nu. Försök skicka
meddelandet senare eller kontakta mottagaren på annat sätt.

Diagnostisk information för administratörer:
Genererande server: mx1.example.se
lars.wik@example.net
Remote Server returned '552 5.2.2 Mailbox full; quota exceeded'
"""
    status = """Reporting-MTA: dns;mx1.example.se
Received-From-MTA: dns;exch01.example.se
Arrival-Date: Tue, 28 Apr 2026 09:58:10 +0200

Final-Recipient: rfc822;lars.wik@example.net
Action: failed
Status: 5.2.2
Diagnostic-Code: smtp;552 5.2.2 Mailbox full; quota exceeded
"""
    original = message(
        [
            ("From", addr(*OFFICER)),
            ("To", addr("Lars Wik", "lars.wik@example.net")),
            ("Subject", hval("SV: Ansökan idéslanten – Alvarets dag, Resmo")),
            ("Date", date("2026-04-28 09:58:06 +0200")),
            ("Message-ID", "<handl.20260428.0958@example.se>"),
            ("In-Reply-To", mid(4531, "example.net")),
            ("References", mid(4531, "example.net")),
        ],
        text(
            "Hej Lars!\n\nTack, ansökan är komplett. Vi behandlar den på beslutsmötet i maj.\n\nVänliga hälsningar\nLandsbygdsutvecklaren\n",
            cte="quoted-printable",
        ),
    )
    root = multi(
        "report",
        "_002_NDR_a9b8c7d6e5f4_",
        [
            text(explanation, cte="quoted-printable"),
            Part(["Content-Type: message/delivery-status"], status.encode()),
            Part(["Content-Type: message/rfc822"], original),
        ],
        "; report-type=delivery-status",
        preamble="",
    )
    raw = message(
        [
            ("From", addr("Postmaster", "postmaster@example.se")),
            ("To", addr(*OFFICER)),
            ("Subject", hval("Ej levererat: SV: Ansökan idéslanten – Alvarets dag, Resmo")),
            ("Date", date("2026-04-28 09:58:11 +0200")),
            ("Message-ID", "<ndr.20260428.0958.a9b8c7@example.se>"),
            ("Auto-Submitted", "auto-generated"),
        ],
        root,
    )
    lab = none_label(
        "bounce",
        "sv",
        "Exchange-style Swedish non-delivery report ('Ej levererat:', mailbox full 5.2.2) as multipart/report with message/delivery-status and the officer's whole original reply as message/rfc822, which threads to the Resmo application 4531 and names its applicant. A bounce: all elements false, all facts null, no reply.",
    )
    return "bounce-resmo-postlada-full", raw, lab


@mail
def m4537():
    ticket = "2026-0072"
    body = f"""Hej!

Ni frågade hur det är förankrat. Vi hade byamöte i Folkets hus söndag 12 april, 27 personer kom
och alla ställde sig bakom att vi gör Mortorpsträffarna. Mortorps IF och hembygdsföreningen
hjälper till att sprida inbjudan och vi har delat ut lappar i alla brevlådor i byn.

Hälsningar
Karin & Olle

> 3 apr. 2026 kl. 11:32 skrev Idéslanten – Region Kalmar län <ideslanten@example.se>:
>
{quote_gt(receipt(ticket, ["anchoring"], 1))}
"""
    raw = message(
        [
            ("From", addr("Karin och Olle Svensson", "karin.olle.svensson@example.com")),
            ("To", addr(*BOT)),
            ("Subject", f"Re: Byautvecklingsplan för Mortorp [Idéslanten {ticket}]"),
            ("Date", date("2026-04-29 20:14:51 +0200")),
            ("Message-ID", "<5E0C7B1A-9F2D-4C8E-B3A1-77D2E4F01C93@example.com>"),
            ("In-Reply-To", receipt_id(ticket)),
            ("References", f"{mid(4521)} {receipt_id(ticket)}"),
            ("X-Mailer", "Apple Mail (2.3774.500.171.1.1)"),
        ],
        text(body, cte="quoted-printable"),
    )
    lab = label(
        "followup",
        "sv",
        "00010",
        {
            "ort": "Mortorp",
            "salary_costs": False,
            "physical_investment": False,
        },
        "Apple Mail followup to 4521 with the receipt quoted under '> 3 apr. 2026 kl. 11:32 skrev ...:'. New text supplies the missing anchoring: byamöte 12 April (27 attending – not members), sports club and hembygdsförening spreading the invitation, leaflets in every mailbox: anchoring true. This time the couple signs with first names only ('Karin & Olle', no phone), so contact false here although the application's signature had surname and phone.",
    )
    return "mortorp-forankring", raw, lab


@mail
def m4538():
    body = """Hej på er!

Dä ä vi i Kulturföreningen Gnistan i Virserum som skriver. Vi ä 41 medlemmar å har hållit på
sen 2008 mä allt möjligt, mest musik å teater i Folkets park.

Nu har vi tänkt ordna en kväll lördan den 13 juni på dansbanan i Folkets park mä visor å
berättelser om möbelfabrikerna här i Virserum förr i tiden. Kalle Bengtsson i Hjortsberga som
kan allt om dä ska berätta å spela dragspel, han vill ha ett arvode förstås. Dä blir för både
karlar å kärringar, unga å gamla, å sommargästerna får höra hur byn vart te. Vi tänker att dä
kan bli nåt varje sommar sen så att folk stannar kvar lite längre i Virserum.

Virserums hembygdsförening å Virserums SK hjälper te mä kaffet å parkeringen, å vi har
pratat mä folk på Konsum å i kyrkan, alla tycker dä ä en bra ide.

Pengar vet vi int riktit än, nån tusenlapp hit å dit, kanske 6000 i allt.

Hälsningar
Britta
"""
    raw = message(
        [
            ("From", addr("britta v", "britta.v.virserum@example.com")),
            ("To", addr(*BOT)),
            ("Subject", "kväll i folkets park Virserum"),
            ("Date", date("2026-05-04 16:48:09 +0200")),
            ("Message-ID", mid(4538)),
        ],
        text(body, charset="iso-8859-1", cte="quoted-printable"),
    )
    lab = label(
        "application",
        "sv",
        "10110",
        {
            "association_name": "Kulturföreningen Gnistan i Virserum",
            "members": 41,
            "ort": "Virserum",
            "amount_sek": 6000,
            "women_and_men": True,
            "salary_costs": False,
            "physical_investment": False,
        },
        "Application in Småland dialect ('Dä ä vi', 'lördan', 'int riktit', 'å'), iso-8859-1 QP. Association: Kulturföreningen Gnistan i Virserum, 41 members, since 2008. Activity: dated evening of songs and stories on the village's furniture history with a named performer. 'för både karlar å kärringar' is dialect for men and women, so women_and_men true. Anchoring: hembygdsförening and sports club helping, talks with people at the shop and church. Contact false: signed only 'Britta', no surname, no phone (the From display name 'britta v' adds nothing). Budget false: 'nån tusenlapp hit å dit, kanske 6000 i allt' – a single rough figure, which is still amount_sek 6000. The performer's fee is not salary.",
    )
    return "virserum-gnistan-dialekt", raw, lab


@mail
def m4539():
    body = """Dear Association Board,

Congratulations! After a review of rural organisations in Kalmar County, your association has
been pre-selected for the EU RURAL DEVELOPMENT GRANT 2026 of EUR 25,000 (non-repayable).

To release the funds, a one-time processing fee of EUR 190 must be paid within 5 working days.
Please reply with the name of your chairperson, your bank details and a copy of an ID document.

Our consultants have a 97% success rate and have helped more than 4,000 villages across Europe.

Yours faithfully,
Mr. Daniel Roberts
Senior Grants Officer
EU Rural Funding Desk
"""
    raw = message(
        [
            ("From", addr("EU Rural Funding Desk", "grants.desk@example.com")),
            ("To", "undisclosed-recipients:;"),
            ("Subject", "URGENT: EUR 25,000 grant reserved for your association"),
            ("Date", date("2026-05-06 04:51:19 +0200")),
            ("Message-ID", "<20260506025119.77731.qm@example.com>"),
        ],
        text(body, charset="us-ascii", cte="7bit"),
    )
    lab = none_label(
        "spam",
        "en",
        "English advance-fee fraud: a 'pre-selected' EUR 25 000 EU grant released against a processing fee and bank/ID details, sent to undisclosed recipients. It talks about grants, rural associations and Kalmar County, but is spam: all elements false, all facts null.",
    )
    return "spam-eu-grant-fee", raw, lab


@mail
def m4540():
    ticket = "2026-0075"
    body = f"""Hej igen! Här kommer det som saknades:

Vi är Degerhamns Hamnlag, en förening vi startade förra året för att hålla liv i hamnen. Vi är 27 medlemmar, både fast boende och sommarboende.

Vi pratade om grannträffen på hamnlagets möte 20 april, 19 st var där och alla ville köra. Degerhamns IF håller i tipspromenaden och kyrkan lånar ut bord och stolar.

Budget:
Trubadur 3000
Hyra partytält 1500
Priser tipspromenad 500
Annonser o affischer 600
= 5600 kr

/Sara Nyström 076-118 42 90

Skickat från min iPhone

> 17 apr. 2026 kl. 22:11 skrev Idéslanten – Region Kalmar län <ideslanten@example.se>:
>
{quote_gt(receipt(ticket, ["association", "anchoring", "budget"], 2))}
"""
    raw = message(
        [
            ("From", addr("Sara Nyström", "sara.nystrom@example.com")),
            ("To", addr(*BOT)),
            ("Subject", f"Re: Grannträff Degerhamn [Idéslanten {ticket}]"),
            ("Date", date("2026-05-08 07:03:26 +0200")),
            ("Message-ID", "<A41F2C88-1D3E-4B6A-9E70-3C5D8F21B0AA@example.com>"),
            ("In-Reply-To", receipt_id(ticket)),
            ("References", f"{mid(4530)} {receipt_id(ticket)}"),
            ("X-Mailer", "iPhone Mail (21E236)"),
        ],
        text(body, cte="base64"),
    )
    lab = label(
        "followup",
        "sv",
        "11011",
        {
            "association_name": "Degerhamns Hamnlag",
            "contact_name": "Sara Nyström",
            "contact_email": "sara.nystrom@example.com",
            "contact_phone": "076-118 42 90",
            "members": 27,
            "ort": "Degerhamn",
            "amount_sek": 5600,
            "women_and_men": None,
            "salary_costs": False,
            "physical_investment": False,
        },
        "iPhone top-posted followup to 4530 (base64 body, receipt quoted below 'Skickat från min iPhone'). New text supplies all three missing parts: association (Degerhamns Hamnlag, founded last year, 27 members), anchoring (association meeting 20 April with 19 present – attendance, plus the sports club and the church helping) and budget (four items = 5 600). Signed '/Sara Nyström' with mobile from her own address, so contact true. Activity is not repeated, so false. 'fast boende och sommarboende' is not a gender statement; renting a party tent is not an investment.",
    )
    return "degerhamn-kompletterar", raw, lab


# === END MAILS ===

# --------------------------------------------------------------------------- build and check

ADDR_RE = re.compile(r"[A-Za-z0-9._%+\-]+@([A-Za-z0-9.\-]+\.[A-Za-z]{2,})")


def _all_text(msg) -> str:
    out = [str(k) + ": " + str(v) for k, v in msg.items()]
    for part in msg.walk():
        out += [str(k) + ": " + str(v) for k, v in part.items()]
        if part.is_multipart():
            continue
        ctype = part.get_content_type()
        payload = part.get_payload(decode=True) or b""
        if ctype.startswith("text/") or ctype in ("message/delivery-status", "text/rfc822-headers"):
            out.append(payload.decode(part.get_content_charset() or "utf-8", "replace"))
        elif ctype.endswith(("wordprocessingml.document", "spreadsheetml.sheet")):
            with zipfile.ZipFile(BytesIO(payload)) as z:
                out += [z.read(n).decode("utf-8") for n in z.namelist()]
        elif ctype == "application/pdf":
            out.append(payload.decode("cp1252", "replace"))
        elif ctype == "message/rfc822":
            out.append(_all_text(part.get_payload(0)))
    return "\n".join(out)


def _defects(msg) -> list:
    found = []
    for part in msg.walk():
        found += [f"{part.get_content_type()}: {d!r}" for d in part.defects]
    return found


def check(files: dict[str, bytes], labels: dict) -> list[str]:
    errs: list[str] = []
    parser = BytesParser(policy=policy.default)
    if set(files) != set(labels):
        errs.append("labels.json keys differ from files")
    on_disk = {p.name for p in OUT.glob("*.eml")}
    if on_disk != set(files):
        errs.append(f"stray or missing .eml files on disk: {sorted(on_disk ^ set(files))}")
    msgs = {}
    for name, raw in files.items():
        if not re.fullmatch(r"\d{4}-[a-z0-9]+(-[a-z0-9]+)*\.eml", name):
            errs.append(f"{name}: bad file name")
        if b"\r" in raw:
            errs.append(f"{name}: CR in file")
        msg = parser.parsebytes(raw)
        msgs[name] = msg
        lab = labels[name]
        malformed = lab["notes"].startswith("Malformed:")
        d = _defects(msg)
        if d and not malformed:
            errs.append(f"{name}: defects {d}")
        for hdr in ("From", "To", "Date", "Subject", "Message-ID"):
            if msg[hdr] is None:
                errs.append(f"{name}: missing {hdr}")
        # schema
        if set(lab) != {"kind", "language", "elements", "facts", "notes"}:
            errs.append(f"{name}: label fields {sorted(lab)}")
        if lab["kind"] not in KINDS or lab["language"] not in ("sv", "en"):
            errs.append(f"{name}: kind/language")
        if tuple(lab["elements"]) != ELEMENTS or not all(
            isinstance(v, bool) for v in lab["elements"].values()
        ):
            errs.append(f"{name}: elements")
        if tuple(lab["facts"]) != FACTS:
            errs.append(f"{name}: facts keys")
        f = lab["facts"]
        if lab["kind"] in ("application", "followup"):
            for k in ("salary_costs", "physical_investment"):
                if not isinstance(f[k], bool):
                    errs.append(f"{name}: {k} must be bool")
        else:
            if any(lab["elements"].values()):
                errs.append(f"{name}: non-application with true elements")
        if lab["kind"] in ("autoreply", "bounce", "newsletter", "spam") and any(
            v is not None for v in f.values()
        ):
            errs.append(f"{name}: machine mail with facts")
        if f["org_number"] is not None and not luhn_ok(f["org_number"]):
            errs.append(f"{name}: org number {f['org_number']} not Luhn-valid")
        for k in ("members", "amount_sek"):
            if f[k] is not None and not isinstance(f[k], int):
                errs.append(f"{name}: {k} not int")
        if len(lab["notes"]) < 80:
            errs.append(f"{name}: notes too short")
        # addresses
        for m in ADDR_RE.finditer(_all_text(msg)):
            if m.group(1).lower() not in ALLOWED_DOMAINS:
                errs.append(f"{name}: address domain {m.group(0)}")
        # org numbers written in the mail must be Luhn-valid
        for m in re.finditer(r"\b(\d{6}-\d{4})\b", _all_text(msg)):
            if not luhn_ok(m.group(1)):
                errs.append(f"{name}: org-like number {m.group(1)} not Luhn-valid")
        if f["org_number"] is not None and f["org_number"] not in _all_text(msg):
            errs.append(f"{name}: org_number not found in mail text")
    # date order and year
    names = sorted(files)
    prev = None
    for name in names:
        d = email.utils.parsedate_to_datetime(str(msgs[name]["Date"]))
        if d.year != 2026:
            errs.append(f"{name}: year {d.year}")
        if prev is not None and d <= prev:
            errs.append(f"{name}: Date not after previous file")
        prev = d
    # threading
    app_ids = {
        str(msgs[n]["Message-ID"]).strip(): n for n in names if labels[n]["kind"] == "application"
    }
    for name in names:
        if labels[name]["kind"] != "followup":
            continue
        msg = msgs[name]
        irt = str(msg["In-Reply-To"] or "").strip()
        refs = str(msg["References"] or "").split()
        subj = str(msg["Subject"])
        if not re.match(r"(?i)(re|sv|aw):", subj):
            errs.append(f"{name}: followup subject {subj!r}")
        if irt in app_ids:
            target = app_ids[irt]
        elif irt.startswith("<kvitto-") and any(r in app_ids for r in refs):
            target = next(app_ids[r] for r in refs if r in app_ids)
        else:
            errs.append(f"{name}: followup In-Reply-To does not name an application")
            continue
        if target >= name:
            errs.append(f"{name}: followup before its application {target}")
    return errs


def main() -> int:
    OUT.mkdir(parents=True, exist_ok=True)
    files: dict[str, bytes] = {}
    labels: dict[str, dict] = {}
    for fn in MAILS:
        number = int(fn.__name__[1:])
        slug, raw, lab = fn()
        name = f"{number}-{slug}.eml"
        assert name not in files
        files[name] = raw
        labels[name] = lab
    for old in OUT.glob("*.eml"):
        if old.name not in files:
            old.unlink()
    for name, raw in files.items():
        (OUT / name).write_bytes(raw)
    ordered = {k: labels[k] for k in sorted(labels)}
    (OUT / "labels.json").write_text(
        json.dumps(ordered, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
    )
    errs = check(files, ordered)
    kinds: dict[str, int] = {}
    for lab in ordered.values():
        kinds[lab["kind"]] = kinds.get(lab["kind"], 0) + 1
    apps = [lab for lab in ordered.values() if lab["kind"] == "application"]
    complete = sum(all(lab["elements"].values()) for lab in apps)
    missing = {e: sum(not lab["elements"][e] for lab in apps) for e in ELEMENTS}
    print(
        f"{len(files)} mails written to {OUT}: {kinds}; applications complete {complete}/{len(apps)}; missing per element {missing}"
    )
    if errs:
        print("CHECK FAILED:", *errs, sep="\n  ")
        return 1
    print("check ok")
    return 0


if __name__ == "__main__":
    sys.exit(main())
