"""Held-out corpus holdout3: "the mailbox of an ordinary autumn month".

45 entirely fictional e-mails (files 1201-1245) that reached the Idéslanten intake address and the
rural development officer of Region Kalmar län during October 2026: applications for *regional
bygdepeng - idéslanten* written by many different kinds of people (a retired teacher with formal
headings, a young mother on her phone, a man who writes one endless paragraph, a farmer writing
dialect, a treasurer pasting a spreadsheet as tab-separated text, English-speaking newcomers, a
writer who pastes the region's web text and answers point by point, budgets as one line of
"hyra 2000, fika 1500", budgets only in a PDF/.xlsx/.docx/.csv, a broken attachment, ...),
threaded followups to the bot's receipts, questions, autoreplies (one without any automation
header), bounces, newsletters and spam. Labels follow shared/corpus/README.md.

Regenerate (byte-identical on every run):

    /work/main/.venv/bin/python tests/data/tools/make_holdout3.py

The script writes tests/data/holdout3/NNNN-slug.eml and labels.json and then checks itself
(parsing, schema, Luhn, domains, Date order, threading). Standard library only.
"""
# ruff: noqa: E501

from __future__ import annotations

import base64
import datetime as dt
import email
import email.policy
import io
import json
import quopri
import re
import sys
import urllib.parse
import zipfile
import zlib
from email.header import Header
from email.utils import format_datetime, formataddr, parsedate_to_datetime
from pathlib import Path
from xml.sax.saxutils import escape as xesc

OUT = Path(__file__).resolve().parent.parent / "holdout3"
FIRST_NUMBER = 1201

CEST = dt.timezone(dt.timedelta(hours=2))
CET = dt.timezone(dt.timedelta(hours=1))

BOT_NAME = "Idéslanten – Region Kalmar län"
BOT = "ideslanten@example.se"
OFFICER = "landsbygdsutvecklare@example.se"
OFFICER_NAME = "Landsbygdsutvecklare Region Kalmar län"

ALLOWED_DOMAINS = {"example.se", "example.com", "example.org", "example.net"}
FACT_KEYS = [
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
]
ELEMENT_KEYS = ["association", "contact", "activity", "anchoring", "budget"]
KINDS = {"application", "followup", "question", "autoreply", "bounce", "newsletter", "spam"}


# --------------------------------------------------------------------------------------------
# small helpers
# --------------------------------------------------------------------------------------------


def when(day: int, hh: int, mm: int, ss: int = 0) -> dt.datetime:
    """A local Swedish time in October 2026 (summer time ends on Sunday 25 October)."""
    tz = CEST if day < 25 else CET
    return dt.datetime(2026, 10, day, hh, mm, ss, tzinfo=tz)


def luhn_digit(nine: str) -> str:
    total = 0
    for i, ch in enumerate(nine):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        total += d - 9 if d > 9 else d
    return str((10 - total % 10) % 10)


def orgnr(base: str) -> str:
    digits = base.replace("-", "")
    assert len(digits) == 9
    return f"{digits[:6]}-{digits[6:]}{luhn_digit(digits)}"


def luhn_ok(org: str) -> bool:
    if not re.fullmatch(r"\d{6}-\d{4}", org):
        return False
    d = org.replace("-", "")
    return luhn_digit(d[:9]) == d[9]


def addr(name: str | None, address: str) -> str:
    if not name:
        return address
    return formataddr((name, address), charset="utf-8")


def hval(value: str, charset: str = "utf-8") -> str:
    """Header value, RFC 2047-encoded when not ASCII."""
    try:
        value.encode("ascii")
        return value
    except UnicodeEncodeError:
        return Header(value, charset, maxlinelen=76, header_name="Subject").encode(linesep="\n")


def encode_body(raw: bytes, cte: str) -> bytes:
    if cte == "quoted-printable":
        out = quopri.encodestring(raw)
    elif cte == "base64":
        out = base64.encodebytes(raw)
    else:
        out = raw
    if not out.endswith(b"\n"):
        out += b"\n"
    return out


class Part:
    def __init__(self, headers: list[str], body: bytes):
        self.headers = headers
        self.body = body

    def render(self) -> bytes:
        return ("\n".join(self.headers) + "\n\n").encode("ascii") + self.body


def text(
    s: str,
    subtype: str = "plain",
    charset: str | None = "utf-8",
    cte: str = "8bit",
    params: str = "",
    disposition: str | None = None,
) -> Part:
    if not s.endswith("\n"):
        s += "\n"
    if charset and charset.lower() == "iso-8859-1":
        # what a Latin-1 mail client does with characters outside Latin-1
        for a, b in (
            ("–", "-"),
            ("—", "-"),
            ("…", "..."),
            ("’", "'"),
            ("“", '"'),
            ("”", '"'),
            ("•", "*"),
        ):
            s = s.replace(a, b)
    raw = s.encode(charset or "ascii")
    ct = f"text/{subtype}"
    if charset:
        ct += f'; charset="{charset}"'
    ct += params
    hs = [f"Content-Type: {ct}", f"Content-Transfer-Encoding: {cte}"]
    if disposition:
        hs.append(f"Content-Disposition: {disposition}")
    return Part(hs, encode_body(raw, cte))


def attachment(data: bytes, ctype: str, filename: str, cte: str = "base64") -> Part:
    try:
        filename.encode("ascii")
        ct = f'{ctype}; name="{filename}"'
        disp = f'attachment; filename="{filename}"'
    except UnicodeEncodeError:
        q = urllib.parse.quote(filename, safe="")
        ct = f"{ctype}; name*=utf-8''{q}"
        disp = f"attachment;\n filename*=utf-8''{q}"
    return Part(
        [
            f"Content-Type: {ct}",
            f"Content-Transfer-Encoding: {cte}",
            f"Content-Disposition: {disp}",
        ],
        encode_body(data, cte),
    )


def multipart(
    subtype: str, boundary: str, parts: list[Part], params: str = "", preamble: str | None = None
) -> Part:
    b = boundary.encode("ascii")
    body = b""
    if preamble:
        body += preamble.encode("ascii") + b"\n\n"
    for p in parts:
        rendered = p.render()
        if not rendered.endswith(b"\n"):
            rendered += b"\n"
        body += b"--" + b + b"\n" + rendered
    body += b"--" + b + b"--\n"
    return Part([f'Content-Type: multipart/{subtype};{params}\n boundary="{boundary}"'], body)


def message(headers: list[tuple[str, str]], root: Part) -> bytes:
    lines = [f"{k}: {v}" for k, v in headers]
    lines.append("MIME-Version: 1.0")
    lines.extend(root.headers)
    return ("\n".join(lines) + "\n\n").encode("ascii") + root.body


def base_headers(
    frm: str,
    to: str,
    subject: str,
    date: dt.datetime,
    msgid: str,
    extra: list[tuple[str, str]] | None = None,
    subject_charset: str = "utf-8",
    in_reply_to: str | None = None,
    references: list[str] | None = None,
    cc: str | None = None,
) -> list[tuple[str, str]]:
    hs: list[tuple[str, str]] = [
        ("From", frm),
        ("To", to),
    ]
    if cc:
        hs.append(("Cc", cc))
    hs += [
        ("Subject", hval(subject, subject_charset)),
        ("Date", format_datetime(date)),
        ("Message-ID", msgid),
    ]
    if in_reply_to:
        hs.append(("In-Reply-To", in_reply_to))
    if references:
        hs.append(("References", "\n ".join(references)))
    hs += extra or []
    return hs


def html_page(inner: str, charset: str = "utf-8") -> str:
    return (
        f'<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset={charset}">\n'
        f"</head>\n<body>\n{inner}\n</body>\n</html>\n"
    )


def html_from_text(t: str) -> str:
    paras = t.strip("\n").split("\n\n")
    out = []
    for p in paras:
        out.append("<p>" + "<br>\n".join(xesc(line) for line in p.split("\n")) + "</p>")
    return "\n".join(out)


def quote(t: str, prefix: str = "> ") -> str:
    return "\n".join(
        (prefix + line).rstrip() if line else prefix.rstrip() for line in t.rstrip("\n").split("\n")
    )


# --------------------------------------------------------------------------------------------
# attachments built by hand
# --------------------------------------------------------------------------------------------

ZIP_TIME = (2026, 10, 1, 12, 0, 0)


def zip_bytes(files: list[tuple[str, str]]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in files:
            zi = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.create_system = 0
            zi.external_attr = 0
            z.writestr(zi, data.encode("utf-8"))
    return buf.getvalue()


def docx(blocks: list) -> bytes:
    """blocks: str (paragraph), ("h", str) (bold heading) or ("table", rows)."""
    body = []
    for b in blocks:
        if isinstance(b, str):
            body.append(f'<w:p><w:r><w:t xml:space="preserve">{xesc(b)}</w:t></w:r></w:p>')
        elif b[0] == "h":
            body.append(
                f'<w:p><w:r><w:rPr><w:b/><w:sz w:val="28"/></w:rPr><w:t xml:space="preserve">{xesc(b[1])}</w:t></w:r></w:p>'
            )
        elif b[0] == "table":
            rows = b[1]
            ncol = max(len(r) for r in rows)
            grid = "".join('<w:gridCol w:w="3000"/>' for _ in range(ncol))
            trs = []
            for r in rows:
                tcs = "".join(
                    f'<w:tc><w:tcPr><w:tcW w:w="3000" w:type="dxa"/></w:tcPr><w:p><w:r><w:t xml:space="preserve">{xesc(c)}</w:t></w:r></w:p></w:tc>'
                    for c in r
                )
                trs.append(f"<w:tr>{tcs}</w:tr>")
            body.append(
                f'<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/></w:tblPr><w:tblGrid>{grid}</w:tblGrid>{"".join(trs)}</w:tbl>'
            )
    doc = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>'
        + "".join(body)
        + "<w:sectPr/></w:body></w:document>"
    )
    ctypes = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
        "</Types>"
    )
    rels = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
        "</Relationships>"
    )
    return zip_bytes(
        [("[Content_Types].xml", ctypes), ("_rels/.rels", rels), ("word/document.xml", doc)]
    )


def _col(i: int) -> str:
    return "ABCDEFGHIJ"[i]


def xlsx(rows: list[list], sheet_name: str = "Budget") -> bytes:
    """rows of cells: str -> inline string, int -> number, ("=", formula, value) -> formula."""
    xml_rows = []
    for ri, row in enumerate(rows, start=1):
        cells = []
        for ci, c in enumerate(row):
            ref = f"{_col(ci)}{ri}"
            if c is None or c == "":
                continue
            if isinstance(c, tuple):
                cells.append(f'<c r="{ref}"><f>{xesc(c[1])}</f><v>{c[2]}</v></c>')
            elif isinstance(c, (int, float)):
                cells.append(f'<c r="{ref}"><v>{c}</v></c>')
            else:
                cells.append(
                    f'<c r="{ref}" t="inlineStr"><is><t xml:space="preserve">{xesc(c)}</t></is></c>'
                )
        xml_rows.append(f'<row r="{ri}">{"".join(cells)}</row>')
    sheet = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
        + "".join(xml_rows)
        + "</sheetData></worksheet>"
    )
    wb = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
        'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
        f'<sheets><sheet name="{xesc(sheet_name)}" sheetId="1" r:id="rId1"/></sheets></workbook>'
    )
    wbrels = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
        "</Relationships>"
    )
    ctypes = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
        '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
        "</Types>"
    )
    rels = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
        "</Relationships>"
    )
    return zip_bytes(
        [
            ("[Content_Types].xml", ctypes),
            ("_rels/.rels", rels),
            ("xl/workbook.xml", wb),
            ("xl/_rels/workbook.xml.rels", wbrels),
            ("xl/worksheets/sheet1.xml", sheet),
        ]
    )


def _pdf_str(s: str) -> str:
    out = []
    for byte in s.encode("cp1252"):
        ch = chr(byte)
        if ch in "()\\":
            out.append("\\" + ch)
        elif byte < 32 or byte > 126:
            out.append(f"\\{byte:03o}")
        else:
            out.append(ch)
    return "(" + "".join(out) + ")"


def pdf(lines: list[tuple[str, str]], compress: bool = True, title: str = "") -> bytes:
    """lines: (style, text) with style 'h' (bold 14), 'b' (bold 11) or 'n' (11)."""
    ops = ["BT", "56 780 Td", "16 TL"]
    for style, t in lines:
        font = {"h": "/F2 14 Tf", "b": "/F2 11 Tf", "n": "/F1 11 Tf"}[style]
        ops.append(font)
        ops.append(f"{_pdf_str(t)} Tj T*")
    ops.append("ET")
    stream = ("\n".join(ops) + "\n").encode("latin-1")
    if compress:
        data = zlib.compress(stream, 9)
        sdict = f"<< /Length {len(data)} /Filter /FlateDecode >>"
    else:
        data = stream
        sdict = f"<< /Length {len(data)} >>"
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R /F2 5 0 R >> >> /Contents 6 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>",
        sdict.encode("ascii") + b"\nstream\n" + data + b"\nendstream",
        f"<< /Title {_pdf_str(title)} /Producer (LibreOffice 24.2) /CreationDate (D:20261010150000+02'00') >>".encode(
            "latin-1"
        ),
    ]
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, o in enumerate(objs, start=1):
        offsets.append(len(out))
        out += f"{i} 0 obj\n".encode("ascii") + o + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode("ascii")
    for off in offsets:
        out += f"{off:010d} 00000 n \n".encode("ascii")
    out += f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R /Info 7 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode(
        "ascii"
    )
    return bytes(out)


def png(width: int, height: int) -> bytes:
    """A small club badge: a green disc with a yellow ring on white."""
    rows = []
    cx, cy = width / 2, height / 2
    for y in range(height):
        row = bytearray(b"\x00")
        for x in range(width):
            r2 = (x - cx + 0.5) ** 2 + (y - cy + 0.5) ** 2
            if r2 < (width * 0.30) ** 2:
                row += bytes((20, 110, 50))
            elif r2 < (width * 0.42) ** 2:
                row += bytes((240, 200, 30))
            else:
                row += bytes((255, 255, 255))
        rows.append(bytes(row))
    raw = b"".join(rows)

    def chunk(tag: bytes, data: bytes) -> bytes:
        return len(data).to_bytes(4, "big") + tag + data + zlib.crc32(tag + data).to_bytes(4, "big")

    ihdr = width.to_bytes(4, "big") + height.to_bytes(4, "big") + bytes((8, 2, 0, 0, 0))
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", ihdr)
        + chunk(b"IDAT", zlib.compress(raw, 9))
        + chunk(b"IEND", b"")
    )


# --------------------------------------------------------------------------------------------
# the bot's receipt (only ever quoted in followups/autoreplies)
# --------------------------------------------------------------------------------------------

GUIDE = {
    "association": "Förening eller grupp: vad föreningen/gruppen heter och några rader om er, t.ex. antal medlemmar",
    "contact": "Kontaktperson: namn och e-post eller telefon till den som vi kan kontakta",
    "activity": "Aktivitet: vad ni ska göra, när och hur det bidrar till utvecklingen i bygden",
    "anchoring": "Lokal förankring: hur idén är förankrad i byn, t.ex. ett bymöte, en enkät eller samarbete med andra föreningar",
    "budget": "Budget: en översiktlig budget med kostnadsposter och belopp",
}


def receipt_text(case: str, missing: list[str], variant: int = 0) -> str:
    lines = [
        "Hej!",
        "",
        f"Tack för er ansökan om idéslanten! Vi har tagit emot den och gett den ärendenummer {case}.",
    ]
    if missing:
        lines += [
            "",
            "Vi saknar följande i er ansökan:"
            if variant == 0
            else "För att vi ska kunna handlägga ansökan behöver vi också få:",
        ]
        lines += [f"– {GUIDE[m]}" for m in missing]
        lines += [
            "",
            "Svara gärna på det här mejlet med det som saknas, så läggs det till i ärendet.",
        ]
    else:
        lines += ["", "Ansökan innehåller de delar vi behöver och går nu vidare till handläggaren."]
    lines += [
        "",
        "Vänliga hälsningar",
        "Idéslanten – Region Kalmar län",
        "(Detta är ett automatiskt svar. Handläggaren nås på landsbygdsutvecklare@example.se.)",
    ]
    return "\n".join(lines)


def receipt_id(case: str) -> str:
    return f"<ideslanten.{case}.receipt@example.se>"


def receipt_subject(orig: str, case: str) -> str:
    return f"Re: {orig} [Idéslanten {case}]"


# --------------------------------------------------------------------------------------------
# labels
# --------------------------------------------------------------------------------------------


def EL(a: bool, c: bool, ac: bool, an: bool, b: bool) -> dict:
    return {"association": a, "contact": c, "activity": ac, "anchoring": an, "budget": b}


NOEL = EL(False, False, False, False, False)


def FA(**kw) -> dict:
    for k in kw:
        assert k in FACT_KEYS, k
    base = dict.fromkeys(FACT_KEYS)
    base.update(kw)
    return base


def lab(kind: str, lang: str, elements: dict, facts: dict, notes: str) -> dict:
    return {"kind": kind, "language": lang, "elements": elements, "facts": facts, "notes": notes}


MAILS: list[dict] = []


def add(slug: str, date: dt.datetime, raw: bytes, label: dict) -> None:
    MAILS.append({"slug": slug, "date": date, "raw": raw, "label": label})


# Organisation numbers (all invented, Luhn-valid)
ORG = {
    "kristdala": orgnr("802437-191"),
    "fliseryd": orgnr("802519-433"),
    "virserum": orgnr("825601-118"),
    "loftahammar": orgnr("889201-357"),
    "lottorp": orgnr("802470-662"),
    "soderakra": orgnr("735001-226"),
    "sodravi": orgnr("802501-980"),
    "bergkvara": orgnr("802488-304"),
    "orrefors": orgnr("802455-713"),
    "degerhamn": orgnr("802512-845"),
    "vissefjarda": orgnr("802462-159"),
    "lackeby": orgnr("802530-376"),
    "frodinge": orgnr("736000-418"),
    "byxelkrok": orgnr("802499-627"),
}

# Message-IDs of the applications (referenced by followups, autoreplies and bounces)
MID = {
    "kristdala": "<5a1c0e2b-93f1-4e0a-b7d2-1201aa01@example.com>",
    "paryd": "<B3E1F0A2-7C44-4D1B-9E55-6F2A1C0D0202@example.com>",
    "fliseryd": "<000001dc3a5f$1e2b3c40$5a6b7c80$@example.net>",
    "grasgard": "<20261005203112.GA4471@example.com>",
    "virserum": "<d41f3c55aa0e4c8b9b1e2f00virserum@example.org>",
    "langasjo": "<CAF7x+Q2mWhitfield0Lq8Zr9p@example.com>",
    "loftahammar": "<AM8PR07MB7Strand0447@example.com>",
    "alsterbro": "<webmail.20261009100211.61523@example.org>",
    "lottorp": "<e8b0c1d2-lottorp-4f6a-8a1b-20261010@example.net>",
    "soderakra": "<DB9PR02MB6611A0C3Lindqvist@example.com>",
    "sodravi": "<CAJ9sV-ViSjoberg77q@example.com>",
    "trekanten": "<trekanten2030.20261014121000@example.net>",
    "ruda": "<0B6A33E1C2D94F05AE6Bholm@example.com>",
    "bergkvara": "<20261016184007.hamn.7713@example.org>",
    "edsbruk": "<CAEk-LG20261017103011x0Q@example.net>",
    "storebro": "<CAGkerstin-fwd-20261018@example.com>",
    "blomstermala": "<1729363500.hemflytt.0420@example.com>",
    "orrefors": "<7e4d2a10-a1b5-orrefors-1020@example.org>",
    "degerhamn": "<CAKronvall-degerhamn-2110@example.net>",
    "vissefjarda": "<HE1PR04MB3322Fransson@example.com>",
    "lackeby": "<a7a7c3c4.lackeby.2310@example.com>",
    "fagelfors": "<CAA-alva-film-20261024@example.com>",
    "frodinge": "<f3e2d1c0-repaircafe-frodinge@example.net>",
    "berga": "<20261027120230.kjell.dahl@example.com>",
    "timmernabben": "<sjogren.20261028193012@example.org>",
    "byxelkrok": "<2e6f9d8c.byxelkrok.3010@example.com>",
}

# Case numbers the bot gave (only the quoted ones matter)
CASE = {
    "paryd": "2026-0042",
    "grasgard": "2026-0044",
    "langasjo": "2026-0046",
    "loftahammar": "2026-0047",
    "alsterbro": "2026-0048",
    "sodravi": "2026-0051",
    "trekanten": "2026-0052",
    "bergkvara": "2026-0054",
    "edsbruk": "2026-0055",
    "orrefors": "2026-0058",
    "degerhamn": "2026-0059",
    "lackeby": "2026-0061",
    "berga": "2026-0064",
}


# ============================================================================================
# APPLICATIONS
# ============================================================================================

# --- Kristdala: retired teacher, formal letter with headings (complete) -----------------------
SUBJ_KRISTDALA = "Ansökan om regional bygdepeng - idéslanten 2026, Kristdala Hembygdsförening"
t = f"""Till
Region Kalmar län
Landsbygdsutvecklaren

Kristdala den 1 oktober 2026


ANSÖKAN OM REGIONAL BYGDEPENG – IDÉSLANTEN

Härmed får jag, å Kristdala Hembygdsförenings vägnar, inkomma med en ansökan om medel ur regional bygdepeng (idéslanten) för år 2026. Ansökan följer den disposition som anges på regionens webbplats.


1. Sökande förening

Kristdala Hembygdsförening, org.nr {ORG["kristdala"]}, bildades 1931 och förvaltar hembygdsgården vid kyrkan samt Kvarnstugan vid ån. Föreningen har i dag 87 betalande medlemmar, de flesta bosatta i Kristdala socken. Ordförande är Bertil Sandahl.


2. Kontaktperson

Undertecknad, Ingrid Wallén (sekreterare)
Telefon 0491-520 13, mobil 070-388 41 27
E-post ingrid.wallen@example.com


3. Aktiviteten och hur den främjar lokal utveckling

Vi avser att under vintern 2026–2027 genomföra en föreläsnings- och samtalsserie under rubriken "Kristdala förr, nu och sedan". Serien omfattar fyra kvällar i Kristdala bygdegård:

  a) 12 november: Skogen och sågarna – sockens näringsliv 1850–1950 (fil.dr Agneta Lund)
  b) 10 december: Utvandringen till Amerika och de som kom tillbaka
  c) 21 januari: Skolorna i socknen – en samtalskväll där äldre och yngre berättar
  d) 18 februari: Kristdala 2040 – öppen dialog om hur vi vill att bygden ska utvecklas, med kommunens landsbygdsstrateg

Varje kväll inleds med ett föredrag och avslutas med samtal över en kopp kaffe. Syftet är att knyta samman gammal och ny kunskap om bygden, att ge nyinflyttade en väg in i gemenskapen och att den sista kvällen samla idéer som föreningen tillsammans med byalaget kan arbeta vidare med. Kvällarna är öppna för alla, kvinnor som män, unga som gamla, och är avgiftsfria.


4. Lokal förankring

Förslaget väcktes av medlemmar och antogs enhälligt vid föreningens årsmöte den 14 mars 2026, där 41 personer deltog. Serien planeras tillsammans med Kristdala Byalag och föräldraföreningen vid Kristdala skola, som ansvarar för var sin kväll (kväll c respektive d). Ett tiotal medlemmar har anmält sig som värdar och sköter kaffeservering, affischering och teknik.


5. Översiktlig budget

  Lokalhyra bygdegården, 4 kvällar à 600 kr            2 400 kr
  Föreläsararvoden, 4 st à 2 500 kr                   10 000 kr
  Annonsering i lokaltidningen och affischer             800 kr
  Kaffe och bröd                                       1 200 kr
  ----------------------------------------------------------
  Summa                                               14 400 kr

Vi söker således 14 400 kronor. Föreningen bidrar därutöver med ideellt arbete. Inga medel går till löner eller inköp av inventarier.


Med vänlig hälsning

Ingrid Wallén
Sekreterare, Kristdala Hembygdsförening
"""
add(
    "kristdala-hembygd-formell",
    when(1, 9, 12, 40),
    message(
        base_headers(
            addr("Ingrid Wallén", "ingrid.wallen@example.com"),
            addr(BOT_NAME, BOT),
            SUBJ_KRISTDALA,
            when(1, 9, 12, 40),
            MID["kristdala"],
            subject_charset="iso-8859-1",
            extra=[
                (
                    "User-Agent",
                    "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.3.0",
                ),
                ("Content-Language", "sv-SE"),
            ],
        ),
        text(t, charset="iso-8859-1", cte="quoted-printable", params="; format=flowed"),
    ),
    lab(
        "application",
        "sv",
        EL(True, True, True, True, True),
        FA(
            association_name="Kristdala Hembygdsförening",
            org_number=ORG["kristdala"],
            contact_name="Ingrid Wallén",
            contact_email="ingrid.wallen@example.com",
            contact_phone="0491-520 13",
            members=87,
            ort="Kristdala",
            amount_sek=14400,
            women_and_men=True,
            salary_costs=False,
            physical_investment=False,
        ),
        "Retired teacher's formal letter with numbered headings that mirror the region's five points, ISO-8859-1 quoted-printable body and a Q-encoded ISO-8859-1 subject. Complete: named association with org.nr and 87 members; the signer gives two phones (the first, the landline 0491-520 13, is recorded); four dated evenings with topics and a stated local purpose; anchoring by an annual-meeting decision with 41 present plus two partner groups and volunteers; an aligned budget table summing to 14 400 kr, which is also the amount applied for. 'kvinnor som män' gives women_and_men true; lecturer fees are not salary and 'inga inköp av inventarier' confirms no investment. Ordförande Bertil Sandahl is mentioned but the contact is the signer.",
    ),
)

# --- Påryd: young mother on her phone (missing anchoring) ------------------------------------
SUBJ_PARYD = "Ansökan bygdepeng!!"
t = """Hej!!

Jag heter Emma och är med i Påryds föräldranätverk 😊 vi är 14 medlemmar nu (mest mammor men några pappor också haha) och vi vill starta ett föräldrakafé i bygdegården i Påryd!

Tanken är varannan lördag 10-12 från 7 nov till och med 13 feb (8 ggr) där man kan komma med sina småbarn, fika, leka och lära känna andra föräldrar. En gång ska en barnsjuksköterska från vårdcentralen komma och prata om sömn och mat. Det finns inget sånt här i byn nu och många som flyttat hit känner ingen, så det blir ett ställe att träffas oavsett om man är mamma eller pappa 👶☕

Kostnader
Hyra bygdegården 300 kr x 8 = 2400
Fika ca 1500
Barnsjuksköterskan 2000 (arvode)

Alla jag pratat med tycker det är en superbra idé så jag tror det blir fullt varje gång!!

Mvh Emma Karlsson
070-612 48 93

Skickat från min iPhone"""
add(
    "paryd-foraldrakafe-mobil",
    when(2, 21, 47, 5),
    message(
        base_headers(
            addr("Emma Karlsson", "emmakarlsson93@example.com"),
            BOT,
            SUBJ_PARYD,
            when(2, 21, 47, 5),
            MID["paryd"],
            extra=[("X-Mailer", "iPhone Mail (22A3354)")],
        ),
        text(t, charset="utf-8", cte="quoted-printable"),
    ),
    lab(
        "application",
        "sv",
        EL(True, True, True, False, True),
        FA(
            association_name="Påryds föräldranätverk",
            contact_name="Emma Karlsson",
            contact_email="emmakarlsson93@example.com",
            contact_phone="070-612 48 93",
            members=14,
            ort="Påryd",
            amount_sek=5900,
            women_and_men=True,
            salary_costs=False,
            physical_investment=False,
        ),
        "Young mother writing from her iPhone: emojis, double exclamation marks, 'haha', utf-8 QP with 4-byte emoji. Association true (named network with 14 members); contact true (full name, own address, mobile). Activity true: eight dated Saturday cafés in the bygdegård, one with a nurse, with a stated local need. Anchoring FALSE: 'Alla jag pratat med tycker det är en superbra idé' is a hope/claim, not a meeting, survey, partner or volunteer list. Budget true (three items); amount = 2400+1500+2000 = 5900. 'mamma eller pappa' gives women_and_men true; the nurse's fee is a speaker fee, not salary.",
    ),
)

# --- Fliseryd: one endless paragraph (complete) ----------------------------------------------
t = f"Hej jag skriver för Fliseryds Byalag som är en ideell förening med org nr {ORG['fliseryd']} och 62 medlemmar i Fliseryd med omnejd och vi har sedan affären stängde för två år sedan inte haft någon affär i byn vilket är ett stort problem särskilt för de äldre som inte kör bil så nu vill vi göra en studieresa lördagen den 14 november med buss till Bäckebo där byborna själva driver byaaffären som ekonomisk förening sedan flera år och vi ska få träffa deras styrelse och höra hur de fick ihop kapitalet och hur de får det att gå runt och sedan ha ett öppet möte i Fliseryds bygdegård den 28 november där de som åkt berättar för resten av byn så att vi kan ta ställning till om vi ska starta en egen byaaffär, och detta har vi redan pratat om på byastämman den 19 september där det kom 46 personer och det var full enighet om att byalaget ska göra resan och att Fliseryds IF och PRO Fliseryd ska få skicka med folk, det är tänkt att 40 personer åker både kvinnor och män och i alla åldrar, budgeten är buss 6 500 kr, lunch 40 personer à 120 kr blir 4 800 kr, guidning och lokalhyra hos dem 1 000 kr och fika på mötet efteråt 700 kr vilket blir 13 000 kr totalt som vi söker, hör av er om ni undrar något jag nås enklast på 073-556 20 18 eller på den här mejlen. Lennart Åberg ordförande Fliseryds byalag\n"
add(
    "fliseryd-studieresa-ett-stycke",
    when(3, 7, 58, 31),
    message(
        base_headers(
            addr("Lennart Åberg", "lennart.aberg@example.net"),
            addr(BOT_NAME, BOT),
            "ansokan ideslanten Fliseryds byalag",
            when(3, 7, 58, 31),
            MID["fliseryd"],
            extra=[
                ("X-Mailer", "Microsoft Outlook 16.0"),
                ("Thread-Index", "AdtC3n1f2Lw0q8mXQmK1"),
            ],
        ),
        text(t, charset="windows-1252", cte="quoted-printable"),
    ),
    lab(
        "application",
        "sv",
        EL(True, True, True, True, True),
        FA(
            association_name="Fliseryds Byalag",
            org_number=ORG["fliseryd"],
            contact_name="Lennart Åberg",
            contact_email="lennart.aberg@example.net",
            contact_phone="073-556 20 18",
            members=62,
            ort="Fliseryd",
            amount_sek=13000,
            women_and_men=True,
            salary_costs=False,
            physical_investment=False,
        ),
        "One single paragraph with no line breaks (windows-1252, quoted-printable soft breaks) and an ASCII subject without å/ä/ö. Everything is there but buried in one sentence: named byalag with org.nr and 62 members; dated study trip to a village-run shop plus a follow-up open meeting, with the local purpose (no shop in the village); anchoring by a byastämma with 46 present and two other local groups joining; budget items in prose (6 500 + 4 800 + 1 000 + 700 = 13 000, also the amount applied for); signer with phone and own address. The trip destination Bäckebo is not the ort: the application concerns Fliseryd. 'både kvinnor och män' -> true.",
    ),
)

# --- Gräsgård: farmer, dialect and typos, unnamed group (missing association) -----------------
t = """Hej

De ä Göte Nilsson på Gräsgård söder på ön som skrivr. Vi ä några här på byn, mest bönder å pensjonärer å nåra nyinflyttade, som har pratat om att dä behövs ett möte om fibern. Hälften av gårdarna här har ingen ordentlig uppkoppling än å folk vet int va dom ska göra.

Så vi vill ha en kväll i gamla skolan i Gräsgård i slutet av novembär, 26:e tror vi, dä kommunens bredbandssamordnare å nån från fiberbolaget kommer å förklarar hur man går tillväga, va dä kostar å om man kan gå ihop flera gårdar så dä blir billigare. Sen fika å prata. Dä gör att fler kan bo kvar å jobba hemifrån å så, både karlar å kvinnfolk.

Vi tog upp dä på byamötet i augusti, dä var ett 30-tal där, å alla va me på att vi skulle ordna dä. Sen har lantbrukarnas lokalavdelning lovat å gå ut me inbjudan till sina medlemmar här söderut.

Dä kostar ungefär
hyra av lokalen 500 kr
kaffe å bullar till 50 pers 1500 kr
annons i tidningen 900
å så behövs en ny kaffebryggare te lokalen för den gamla ä sönder, 1200 kr

Ring om dä ä nåt, 0485-320 57 eller mobilen 070-947 15 62. Ja ä mest ute på gårn på dan så kvällstid ä bäst.

Göte"""
add(
    "grasgard-fibermote-dialekt",
    when(5, 20, 31, 12),
    message(
        base_headers(
            addr("Göte Nilsson", "gote.nilsson.grasgard@example.com"),
            BOT,
            "bygdepengen",
            when(5, 20, 31, 12),
            MID["grasgard"],
            extra=[("User-Agent", "Mutt/2.2.9 (2022-11-12)")],
        ),
        text(t, charset="iso-8859-1", cte="8bit"),
    ),
    lab(
        "application",
        "sv",
        EL(False, True, True, True, True),
        FA(
            contact_name="Göte Nilsson",
            contact_email="gote.nilsson.grasgard@example.com",
            contact_phone="0485-320 57",
            ort="Gräsgård",
            amount_sek=4100,
            women_and_men=True,
            salary_costs=False,
            physical_investment=True,
        ),
        "Öland farmer writing dialect with typos ('skrivr', 'novembär', 'dä', 'int', 'kvinnfolk'), ISO-8859-1 8bit. Association FALSE: 'Vi ä några här på byn' is an unnamed group, and the farmers' local branch that will send invitations is a partner, not the applicant; so no association_name and no members. Contact true (full name in the opening line, signs 'Göte' from his own address, two phones; the landline is first). Activity true (fibre information evening in the old school on 26 November with the municipality's broadband coordinator, so more can stay and work from home). Anchoring true (village meeting in August, about 30 present, all agreed). Budget true (four items, 500+1500+900+1200 = 4100). The new coffee maker is buying equipment, so physical_investment true. 'både karlar å kvinnfolk' -> women_and_men true.",
    ),
)

# --- Virserum: treasurer pastes a spreadsheet as TSV (missing activity + anchoring) -----------
t = f"""Hej,

Kassören i Virserums Folkets Husförening här (org.nr {ORG["virserum"]}, 54 medlemmar). Ordföranden bad mig skicka in vår ansökan eftersom det är jag som har siffrorna.

Vi söker bidrag till höstens och vinterns aktiviteter enligt verksamhetsplanen. Beslutat på styrelsemöte 2026-09-22 § 7.

Budget (klistrat från vårt kalkylark):

Post\tAntal\tà-pris\tSumma
Lokalhyra stora salen\t5\t800\t4000
Arvode föreläsare\t2\t3000\t6000
Annonsering\t\t1200\t1200
Fika\t5\t300\t1500
Arvode kassör/administration\t\t2000\t2000
Summa\t\t\t14700

Ansökt belopp: 14 700 kr

Ha det bra!
Gunnel Ekström
Kassör
Virserums Folkets Husförening
tel 0495-300 71
"""
add(
    "virserum-kassor-kalkylark",
    when(6, 16, 5, 44),
    message(
        base_headers(
            addr("Gunnel Ekström", "gunnel.ekstrom@example.org"),
            addr(BOT_NAME, BOT),
            "Bidragsansökan idéslanten - Virserums Folkets Husförening",
            when(6, 16, 5, 44),
            MID["virserum"],
            extra=[("X-Mailer", "Apple Mail (2.3774.600.62)")],
        ),
        text(t, charset="utf-8", cte="8bit"),
    ),
    lab(
        "application",
        "sv",
        EL(True, True, False, False, True),
        FA(
            association_name="Virserums Folkets Husförening",
            org_number=ORG["virserum"],
            contact_name="Gunnel Ekström",
            contact_email="gunnel.ekstrom@example.org",
            contact_phone="0495-300 71",
            members=54,
            ort="Virserum",
            amount_sek=14700,
            women_and_men=None,
            salary_costs=True,
            physical_investment=False,
        ),
        "Treasurer who pastes the budget from a spreadsheet as tab-separated columns (tabs in an 8bit utf-8 body). Sounds concrete but isn't: association (name, org.nr, 54 members), contact (signer from own address with phone) and budget (itemised, 14 700) are fine, but activity is FALSE – 'höstens och vinterns aktiviteter enligt verksamhetsplanen' never says what will be done, and budget lines like 'Lokalhyra' and 'Arvode föreläsare' do not describe an activity – and anchoring is FALSE: a board decision (styrelsemöte § 7) is the association's internal decision, not local backing. 'Arvode kassör/administration 2000' pays the association's own treasurer for work, so salary_costs true.",
    ),
)

# --- Långasjö: English-speaking newcomer (complete, en) ---------------------------------------
SUBJ_LANGASJO = "Application – Långasjö welcome evenings (idéslanten)"
t = """Dear Sir or Madam,

I hope it is fine to write in English – my Swedish is improving but not yet good enough for an application.

About us: "Långasjö Neighbours" (Långasjö Grannar) is an informal group started in 2025 by people who have moved to Långasjö from abroad and from other parts of Sweden, together with long-time residents. We now have 18 members (we keep a member list and a small membership fee of 50 kr). We do not have an organisation number yet.

What we want to do: welcome evenings in Långasjö bygdegård every second Thursday from 5 November 2026 to 25 March 2027, skipping New Year's Eve (10 evenings, 18.30–20.30). Each evening starts with a short talk about something local – the history of the parish (given by Långasjö Hembygdsförening), how the fire brigade and the school work, hunting and fishing rules – followed by "language café" time where newcomers and locals speak Swedish together over coffee. The goal is that people who move here stay, get to know their neighbours and join the associations, which the village needs to keep its school and shop.

Local support: Långasjö Hembygdsförening will host two of the evenings and the parish lends us chairs and a projector. At the harvest market in September we put out a list and 23 residents signed up to come or to help.

Budget:
- Rent of the bygdegård: 10 evenings x 250 SEK = 2,500 SEK
- Coffee and cake: 10 x 200 SEK = 2,000 SEK
- Printing posters and flyers: 500 SEK
Total: 5,000 SEK

The evenings are for everyone – women and men, young and old.

Contact: Sarah Whitfield, phone +46 72 514 38 06, sarah.whitfield@example.com

Kind regards,
Sarah Whitfield
Långasjö"""
html = html_page(
    html_from_text(t)
    .replace("<p>About us:", "<p><b>About us:</b>")
    .replace("<p>What we want to do:", "<p><b>What we want to do:</b>")
    .replace("<p>Local support:", "<p><b>Local support:</b>")
)
add(
    "langasjo-newcomer-english",
    when(7, 11, 20, 3),
    message(
        base_headers(
            addr("Sarah Whitfield", "sarah.whitfield@example.com"),
            addr(BOT_NAME, BOT),
            SUBJ_LANGASJO,
            when(7, 11, 20, 3),
            MID["langasjo"],
            extra=[("Content-Language", "en-GB")],
        ),
        multipart(
            "alternative",
            "000000000000a1b2c3d4e5f60617",
            [
                text(t, charset="utf-8", cte="quoted-printable"),
                text(html, subtype="html", charset="utf-8", cte="quoted-printable"),
            ],
        ),
    ),
    lab(
        "application",
        "en",
        EL(True, True, True, True, True),
        FA(
            association_name="Långasjö Neighbours",
            contact_name="Sarah Whitfield",
            contact_email="sarah.whitfield@example.com",
            contact_phone="+46 72 514 38 06",
            members=18,
            ort="Långasjö",
            amount_sek=5000,
            women_and_men=True,
            salary_costs=False,
            physical_investment=False,
        ),
        "English-speaking newcomer, polite British style, multipart/alternative (plain + HTML, both QP). Complete: an informal but named group with 18 members and a member list (no org.nr, so null); ten dated welcome evenings with local talks and language café, explicitly aimed at keeping newcomers and the school/shop; anchoring by the hembygdsförening hosting two evenings, the parish lending equipment and 23 residents signing up; budget in three items, total 5 000 SEK (thousand separator is a comma); named contact with +46 phone. Borrowing a projector is not an investment. 'women and men' -> true.",
    ),
)

# --- Loftahammar: pastes the region's web text, answers each point (missing anchoring, budget)
SUBJ_LOFTA = "Ansökan Idéslanten - Loftahammars Båtklubb"
t = f"""Hej!

Jag har kopierat in texten från er hemsida och svarar under varje punkt.

"Beskriv kort i mejlet:
1. Uppgifter om föreningen/gruppen"
Svar: Loftahammars Båtklubb, ideell förening sedan 1968, ca 140 medlemmar (familjemedlemskap räknas som ett). Org.nr {ORG["loftahammar"]}.

"2. En kontaktperson"
Svar: Per-Olof Strand, 070-233 19 84, po.strand@example.com

"3. Vilken aktivitet ni vill genomföra och hur den främjar lokal utveckling"
Svar: En sjösäkerhetsdag i gästhamnen i Loftahammar lördagen den 22 maj 2027 för barn och vuxna i bygden. Sjöräddningssällskapets frivilliga visar livräddning och hur man tar sig upp ur vattnet, och alla barn får prova flytväst i vattnet under uppsikt. Många i Loftahammar lever med och av havet, och fler fritidsboende blir nu åretruntboende och har båt men liten erfarenhet. Ett säkrare båtliv gör bygden tryggare och mer attraktiv att bo i.

"4. Hur aktiviteten är förankrad lokalt"
Svar: Aktiviteten är väl förankrad lokalt.

"5. En översiktlig budget"
Svar: Vi söker 15 000 kr.

Hälsningar
Per-Olof Strand
Sekreterare, Loftahammars Båtklubb
"""
add(
    "loftahammar-webbtext-punkter",
    when(8, 13, 44, 20),
    message(
        base_headers(
            addr("Per-Olof Strand", "po.strand@example.com"),
            addr(BOT_NAME, BOT),
            SUBJ_LOFTA,
            when(8, 13, 44, 20),
            MID["loftahammar"],
            extra=[
                ("X-Mailer", "Microsoft Outlook 16.0"),
                ("X-MS-Has-Attach", ""),
                ("Content-Language", "sv-SE"),
            ],
        ),
        text(t, charset="utf-8", cte="quoted-printable"),
    ),
    lab(
        "application",
        "sv",
        EL(True, True, True, False, False),
        FA(
            association_name="Loftahammars Båtklubb",
            org_number=ORG["loftahammar"],
            contact_name="Per-Olof Strand",
            contact_email="po.strand@example.com",
            contact_phone="070-233 19 84",
            members=140,
            ort="Loftahammar",
            amount_sek=15000,
            women_and_men=None,
            salary_costs=False,
            physical_investment=False,
        ),
        "Writer who pastes the region's web text (in quotation marks, not '>' quoting) and answers 'Svar:' under each point, so all five headings are present but two answers are empty. Association, contact and activity are real (club with org.nr and ca 140 members; named contact; dated sea-safety day with a local rationale). Anchoring FALSE: 'Aktiviteten är väl förankrad lokalt' is the word without content. Budget FALSE: 'Vi söker 15 000 kr' is a bare total; it still gives amount_sek 15000. 'barn och vuxna' says nothing about gender -> women_and_men null.",
    ),
)

# --- Alsterbro: "hyra 2000, fika 1500, föreläsare 4000", shared mailbox, first name only ------
SUBJ_ALSTER = "Idéslanten - energikväll i Alsterbro"
t = """Hej

Alsterbro byaförening vill söka idéslanten till en energikväll för villaägare och lantbrukare i byn torsdag 19 november i Alsterbro skolas matsal. En energirådgivare från kommunen och en solcellsinstallatör föreläser om solceller, värmepumpar och hur man minskar elräkningen, sen frågestund. Många i byn har gamla hus med direktel och elpriset har slagit hårt, så det handlar om att folk ska ha råd att bo kvar.

Vi gjorde en enkät i somras som gick ut till alla hushåll, 38 svarade och energi/elpris kom högst på listan över vad folk ville ha hjälp med.

Föreningen har 45 medlemmar.

Budget: hyra 2000, fika 1500, föreläsare 4000, annonser 500

/Anders"""
add(
    "alsterbro-energikvall-kortbudget",
    when(9, 10, 2, 11),
    message(
        base_headers(
            addr("Alsterbro Byaförening", "alsterbrobya@example.org"),
            BOT,
            SUBJ_ALSTER,
            when(9, 10, 2, 11),
            MID["alsterbro"],
            extra=[("User-Agent", "Roundcube Webmail/1.6.7")],
        ),
        text(t, charset="utf-8", cte="base64"),
    ),
    lab(
        "application",
        "sv",
        EL(True, False, True, True, True),
        FA(
            association_name="Alsterbro byaförening",
            members=45,
            ort="Alsterbro",
            amount_sek=8000,
            women_and_men=None,
            salary_costs=False,
            physical_investment=False,
        ),
        "The budget written as one line 'hyra 2000, fika 1500, föreläsare 4000, annonser 500' (budget true, amount = 8000). Sent from the association's shared mailbox (display name = the association) and signed only '/Anders': no named, reachable person, so contact FALSE and contact facts null. Association true (named, 45 members), activity true (dated energy evening with speakers and a local reason), anchoring true (survey to all households, 38 answers, energy top). Body is utf-8 base64 from webmail.",
    ),
)

# --- Löttorp: budget only in a PDF (complete) ------------------------------------------------
t = f"""Hej!

Löttorps Samhällsförening (org.nr {ORG["lottorp"]}) söker idéslanten för en serie med tre dialogmöten under vintern om hur Löttorp ska fungera när sommargästerna har åkt: kollektivtrafik, vinteröppen service och skolans framtid. Mötena hålls i Löttorps bygdegård 14 november, 16 januari och 13 mars. Till varje möte bjuder vi in länstrafiken, Borgholms kommun och berörda företagare, och en extern samtalsledare leder mötet så att alla kommer till tals. Efter sista mötet sammanställer vi förslagen och lämnar dem till kommunen.

Föreningen har 112 medlemmar, både kvinnor och män, året-runt-boende i Böda och Högby socknar. Vi ordnar mötena tillsammans med Löttorps IK och PRO Norra Öland, och i våras skrev över 200 personer på vårt upprop för ett levande Löttorp året runt.

Budgeten finns i bifogad PDF.

Kontakt: jag själv, Helena Borg, vice ordförande, 070-861 22 45.

Vänliga hälsningar
Helena Borg
Löttorps Samhällsförening
"""
pdf_lottorp = pdf(
    [
        ("h", "Budget – dialogmöten Löttorp vintern 2026/27"),
        ("n", "Löttorps Samhällsförening"),
        ("n", ""),
        ("b", "Kostnadspost                                   Belopp"),
        ("n", "Lokalhyra bygdegården, 3 möten à 800 kr         2 400 kr"),
        ("n", "Samtalsledare, arvode 3 × 3 000 kr               9 000 kr"),
        ("n", "Annons i lokaltidningen                          1 500 kr"),
        ("n", "Fika, 3 × 700 kr                                 2 100 kr"),
        ("b", "Summa                                          15 000 kr"),
        ("n", ""),
        ("n", "Sökt belopp ur idéslanten: 15 000 kr"),
        ("n", "Föreningen står för ideellt arbete med inbjudningar och dokumentation."),
    ],
    compress=True,
    title="Budget dialogmöten Löttorp",
)
add(
    "lottorp-dialogmoten-pdfbudget",
    when(10, 15, 30, 9),
    message(
        base_headers(
            addr("Helena Borg", "helena.borg@example.net"),
            addr(BOT_NAME, BOT),
            "Ansökan idéslanten – Löttorp",
            when(10, 15, 30, 9),
            MID["lottorp"],
            extra=[
                (
                    "User-Agent",
                    "Mozilla/5.0 (Macintosh; Intel Mac OS X 14.6; rv:128.0) Gecko/20100101 Thunderbird/128.2.3",
                )
            ],
        ),
        multipart(
            "mixed",
            "------------7RkQ2pNf0Lw1Zb3Xc9Vd",
            [
                text(t, charset="UTF-8", cte="8bit"),
                attachment(pdf_lottorp, "application/pdf", "Budget Löttorp dialogmöten.pdf"),
            ],
            preamble="This is a multi-part message in MIME format.",
        ),
    ),
    lab(
        "application",
        "sv",
        EL(True, True, True, True, True),
        FA(
            association_name="Löttorps Samhällsförening",
            org_number=ORG["lottorp"],
            contact_name="Helena Borg",
            contact_email="helena.borg@example.net",
            contact_phone="070-861 22 45",
            members=112,
            ort="Löttorp",
            amount_sek=15000,
            women_and_men=True,
            salary_costs=False,
            physical_investment=False,
        ),
        "Budget only in an attached PDF (hand-built, Helvetica/WinAnsi, Flate-compressed text stream, RFC 2231 filename with ö). The body says only 'Budgeten finns i bifogad PDF'; the PDF is readable and itemised (2 400 + 9 000 + 1 500 + 2 100 = 15 000, 'Sökt belopp 15 000 kr'), so budget true. Association with org.nr and 112 members, named contact with phone, three dated dialogue meetings with a local purpose, anchoring through two partner groups and a 200-signature petition. The moderator's fee is a fee, not salary. 'både kvinnor och män' -> true.",
    ),
)

# --- Söderåkra: Outlook, budget in .xlsx (complete) ------------------------------------------
t = f"""God morgon,

Bifogar vår ansökan om idéslanten. Budgeten ligger i Excel-filen.

Söderåkra Bygdegårdsförening, org.nr {ORG["soderakra"]}, 96 medlemmar, äger och driver bygdegården mitt i Söderåkra.

Aktivitet: "Digitala fixarkvällar" – sex tisdagskvällar mellan 3 november och 8 december där gymnasieungdomar från byn hjälper äldre med mobilen, BankID, Kivra, 1177 och Swish. En handledare från studieförbundet håller i kvällarna. Många äldre i Söderåkra har inte längre någon bank eller vårdcentral på orten och behöver klara ärendena digitalt för att kunna bo kvar, och ungdomarna får ett sätt att engagera sig i byn.

Förankring: idén kom från PRO Söderåkra, som står som medarrangör, och kommunens ungdomsråd har hjälpt oss få ihop tio ungdomar som ställer upp frivilligt. Kvällarna är öppna för alla, både kvinnor och män.

Kontaktperson: Tomas Lindqvist, ordförande, 0486-401 88, tomas.lindqvist@example.com

Mvh
Tomas Lindqvist
"""
xl_soderakra = xlsx(
    [
        ["Budget Digitala fixarkvällar, Söderåkra Bygdegårdsförening"],
        [],
        ["Post", "Antal", "à-pris (kr)", "Summa (kr)"],
        ["Lokalhyra bygdegården", 6, 400, ("=", "B4*C4", 2400)],
        ["Handledare studieförbundet (arvode)", 6, 1000, ("=", "B5*C5", 6000)],
        ["Fika", 6, 350, ("=", "B6*C6", 2100)],
        ["Affischer och utskick", 1, 500, ("=", "B7*C7", 500)],
        ["Summa", "", "", ("=", "SUM(D4:D7)", 11000)],
    ]
)
html = html_page(
    '<div style="font-family:Calibri,sans-serif;font-size:11pt">' + html_from_text(t) + "</div>",
    charset="iso-8859-1",
)
add(
    "soderakra-fixarkvallar-xlsx",
    when(12, 8, 15, 2),
    message(
        base_headers(
            addr("Tomas Lindqvist", "tomas.lindqvist@example.com"),
            addr(BOT_NAME, BOT),
            "Ansökan idéslanten Söderåkra Bygdegårdsförening",
            when(12, 8, 15, 2),
            MID["soderakra"],
            subject_charset="iso-8859-1",
            extra=[
                ("X-Mailer", "Microsoft Outlook 16.0"),
                ("Thread-Index", "AdtF0x9kLq3mN2pRTa6Wm0c"),
                ("Content-Language", "sv-SE"),
            ],
        ),
        multipart(
            "mixed",
            "_004_DB9PR02MB6611A0C3_",
            [
                multipart(
                    "alternative",
                    "_000_DB9PR02MB6611A0C3_",
                    [
                        text(t, charset="iso-8859-1", cte="quoted-printable"),
                        text(html, subtype="html", charset="iso-8859-1", cte="quoted-printable"),
                    ],
                ),
                attachment(
                    xl_soderakra,
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                    "Budget fixarkvallar.xlsx",
                ),
            ],
        ),
    ),
    lab(
        "application",
        "sv",
        EL(True, True, True, True, True),
        FA(
            association_name="Söderåkra Bygdegårdsförening",
            org_number=ORG["soderakra"],
            contact_name="Tomas Lindqvist",
            contact_email="tomas.lindqvist@example.com",
            contact_phone="0486-401 88",
            members=96,
            ort="Söderåkra",
            amount_sek=11000,
            women_and_men=True,
            salary_costs=False,
            physical_investment=False,
        ),
        "Outlook mail (multipart/mixed > alternative, ISO-8859-1 QP, encoded subject) with the budget only in an .xlsx (inline strings, formula cells with cached values). Complete: association with org.nr and 96 members; six dated evenings where local youth help older residents with digital services, with a stated local-development reason; anchoring through PRO as co-organiser and ten youth volunteers recruited via the youth council; readable spreadsheet budget summing to 11 000 (no applied amount stated, so the total). The course leader's fee from a study association is a fee, not salary. 'både kvinnor och män' -> true.",
    ),
)

# --- Södra Vi: everything in a .docx, budget 'bifogas senare' (missing budget) ---------------
doc_sodravi = docx(
    [
        ("h", "Ansökan regional bygdepeng – idéslanten 2026"),
        "",
        ("h", "Sökande"),
        f"Södra Vi Bygderåd (ideell förening), org.nr {ORG['sodravi']}.",
        "Bygderådet samlar föreningar, företagare och boende i Södra Vi socken. Vi har 31 medlemmar, varav 9 föreningar och 22 enskilda.",
        ("h", "Kontaktperson"),
        "Maria Sjöberg, sekreterare, 073-418 27 60, maria.sjoberg@example.com",
        ("h", "Aktivitet"),
        '"Vi i Vi" – en bygdedag lördag 21 november i Södra Vi sporthall där alla föreningar i socknen visar upp sig, nyinflyttade välkomnas särskilt och man kan anmäla sig som medlem eller volontär. Kommunen informerar om lediga tomter och hyresrätter. Målet är fler aktiva i föreningslivet och att de som flyttar hit stannar.',
        ("h", "Lokal förankring"),
        "Beslut på bygderådets stämma 2 september, där 14 föreningar var representerade. Hittills har 11 föreningar anmält att de ställer ut.",
        ("h", "Budget"),
        "Budgeten är inte klar ännu – den skickas senare när vi har fått besked om hyran för sporthallen.",
    ]
)
t = """Hej!

Här kommer ansökan från Södra Vi Bygderåd, se bifogat dokument.

Hälsningar
Maria"""
add(
    "sodravi-bygdedag-docx",
    when(13, 19, 22, 50),
    message(
        base_headers(
            addr("Maria Sjöberg", "maria.sjoberg@example.com"),
            addr(BOT_NAME, BOT),
            "Ansökan – Vi i Vi",
            when(13, 19, 22, 50),
            MID["sodravi"],
        ),
        multipart(
            "mixed",
            "00000000000088e1f4062b0d5c9a",
            [
                multipart(
                    "alternative",
                    "00000000000088e1f2062b0d5c98",
                    [
                        text(t, charset="UTF-8", cte="quoted-printable"),
                        text(
                            html_page(html_from_text(t)),
                            subtype="html",
                            charset="UTF-8",
                            cte="quoted-printable",
                        ),
                    ],
                ),
                attachment(
                    doc_sodravi,
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                    "Ansökan idéslanten Södra Vi.docx",
                ),
            ],
        ),
    ),
    lab(
        "application",
        "sv",
        EL(True, True, True, True, False),
        FA(
            association_name="Södra Vi Bygderåd",
            org_number=ORG["sodravi"],
            contact_name="Maria Sjöberg",
            contact_email="maria.sjoberg@example.com",
            contact_phone="073-418 27 60",
            members=31,
            ort="Södra Vi",
            amount_sek=None,
            women_and_men=None,
            salary_costs=False,
            physical_investment=False,
        ),
        "The whole application is in a .docx (Gmail multipart/mixed, RFC 2231 filename); the body only says 'se bifogat dokument'. The document gives association (org.nr, 31 members counted as 9 member associations + 22 individuals), contact (named with phone and e-mail), a concrete village day on 21 November with a local aim, and anchoring (decision at the bygderåd's meeting with 14 associations, 11 exhibiting). Budget FALSE: 'Budgeten är inte klar ännu – den skickas senare'. No amount anywhere -> null.",
    ),
)

# --- Trekanten: HTML-only project jargon (missing activity + anchoring) ----------------------
html = html_page("""<div style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#222">
<h2 style="color:#1b5e20">Projektansökan: Trekanten 2030 &ndash; M&ouml;tesplats &amp; Framtid</h2>
<h3>S&ouml;kande</h3>
<p>Trekantens Framtidsgrupp, ideell f&ouml;rening bildad 2024, 24 medlemmar.</p>
<h3>Projektansvarig</h3>
<p>Jonas Berg<br>jonas.berg@example.net<br>070-155 90 32</p>
<h3>Vision</h3>
<p><i>Trekanten ska vara Kalmar kommuns mest attraktiva landsbygdsort &aring;r 2030.</i></p>
<h3>Syfte och m&aring;l</h3>
<ul>
<li>St&auml;rka den sociala sammanh&aring;llningen</li>
<li>&Ouml;ka ortens attraktivitet f&ouml;r boende och bes&ouml;kare</li>
<li>Skapa f&ouml;ruts&auml;ttningar f&ouml;r h&aring;llbar tillv&auml;xt</li>
</ul>
<h3>Aktiviteter</h3>
<p>Under projektperioden genomf&ouml;rs ett antal inspirerande tr&auml;ffar och insatser som st&auml;rker bygdens attraktivitet och engagemang. Formerna utvecklas l&ouml;pande tillsammans med m&aring;lgruppen.</p>
<h3>Tidsplan</h3>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>Fas</th><th>Period</th></tr>
<tr><td>Uppstart och behovsinventering</td><td>Q1 2027</td></tr>
<tr><td>Genomf&ouml;rande</td><td>Q2&ndash;Q3 2027</td></tr>
<tr><td>Utv&auml;rdering och spridning</td><td>Q4 2027</td></tr>
</table>
<h3>M&aring;lgrupp</h3>
<p>Alla boende i Trekanten, oavsett &aring;lder, k&ouml;n och bakgrund.</p>
<h3>F&ouml;rankring</h3>
<p>Projektet &auml;r f&ouml;rankrat i Region Kalmar l&auml;ns regionala utvecklingsstrategi och i Kalmar kommuns landsbygdsprogram, och ligger v&auml;l i linje med Agenda 2030.</p>
<h3>Budget</h3>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>Kostnadspost</th><th>Belopp (kr)</th></tr>
<tr><td>Lokalhyra</td><td align="right">4 000</td></tr>
<tr><td>Processledare (arvode)</td><td align="right">6 000</td></tr>
<tr><td>Marknadsf&ouml;ring</td><td align="right">2 500</td></tr>
<tr><td>F&ouml;rt&auml;ring</td><td align="right">2 500</td></tr>
<tr><td><b>Totalt</b></td><td align="right"><b>15 000</b></td></tr>
</table>
<p>Med v&auml;nlig h&auml;lsning<br>Jonas Berg<br>Trekantens Framtidsgrupp</p>
</div>""")
add(
    "trekanten-projektsprak-html",
    when(14, 12, 10, 33),
    message(
        base_headers(
            addr("Jonas Berg", "jonas.berg@example.net"),
            addr(BOT_NAME, BOT),
            "Projektansökan: Trekanten 2030 – Mötesplats & Framtid",
            when(14, 12, 10, 33),
            MID["trekanten"],
            extra=[("X-Mailer", "Microsoft Outlook 16.0")],
        ),
        text(html, subtype="html", charset="utf-8", cte="quoted-printable"),
    ),
    lab(
        "application",
        "sv",
        EL(True, True, False, False, True),
        FA(
            association_name="Trekantens Framtidsgrupp",
            contact_name="Jonas Berg",
            contact_email="jonas.berg@example.net",
            contact_phone="070-155 90 32",
            members=24,
            ort="Trekanten",
            amount_sek=15000,
            women_and_men=True,
            salary_costs=False,
            physical_investment=False,
        ),
        "HTML-only mail in polished project jargon (headings, list, two tables, HTML entities for åäö). Sounds concrete but isn't: activity FALSE – vision, goals, a quarter-by-quarter timetable and a target group, but the only description is 'ett antal inspirerande träffar och insatser … Formerna utvecklas löpande'; anchoring FALSE – references to the regional strategy, the municipal programme and Agenda 2030 are policy, not local backing. Association (named, 24 members), contact (named with e-mail and phone) and budget (four items, total 15 000) are true. 'oavsett ålder, kön och bakgrund' clearly means all genders -> women_and_men true. The process leader's fee is a fee, not salary.",
    ),
)

# --- Ruda: casual, no punctuation – sounds loose but is complete -------------------------------
t = """hej hej

jag är sekreterare i Ruda bygdegårdsförening vi är ca 80 medlemmar o har bygdegården vid gamla affären. vi har pratat länge om att göra nåt på vinterkvällarna o nu har vi bestämt oss

tanken är att köra en kväll i månaden jan feb mars april (första tisdagen i månaden) där nån från byn visar nåt den kan. vi har redan fått ja från Sture som ska visa hur man sköter motorsågen, Leila som bakar surdegsbröd o Karl-Erik som kan allt om släktforskning, fjärde kvällen blir nog att ungdomarna visar spel o mobiler för oss gamla. efter blir det fika o snack. poängen är ju att folk träffas o lär känna varandra, det har blivit mycket folk som bara sitter hemma sen affären stängde, o nyinflyttade får chans att lära känna byn. för alla, både karlar o kvinnor

vi pratade om det på årsmötet i våras o alla räckte upp handen, o syjuntan o Ruda IF har lovat fixa fikat varannan gång

kostnader blir väl mest fika o lite annonser o så ska de som visar få ett litet presentkort som tack
fika 4 kvällar ca 500 kr = 2000
affischer o annons 800
presentkort till de som visar 4 x 250 = 1000
totalt 3800

ring gärna 070-274 61 90 om nåt är oklart
birgitta holm"""
add(
    "ruda-kvallar-lost-men-konkret",
    when(15, 22, 3, 17),
    message(
        base_headers(
            addr("Birgitta Holm", "birgitta.holm@example.com"),
            BOT,
            "idéslanten ruda",
            when(15, 22, 3, 17),
            MID["ruda"],
            subject_charset="windows-1252",
            extra=[("X-Mailer", "Microsoft Windows Live Mail 16.4.3528.331")],
        ),
        text(t, charset="windows-1252", cte="quoted-printable"),
    ),
    lab(
        "application",
        "sv",
        EL(True, True, True, True, True),
        FA(
            association_name="Ruda bygdegårdsförening",
            contact_name="Birgitta Holm",
            contact_email="birgitta.holm@example.com",
            contact_phone="070-274 61 90",
            members=80,
            ort="Ruda",
            amount_sek=3800,
            women_and_men=True,
            salary_costs=False,
            physical_investment=False,
        ),
        "Sounds loose but is complete: lower case, 'o' for 'och', hardly any punctuation, windows-1252 QP body and a windows-1252 encoded-word subject. Association (named, ca 80 members -> 80); contact (signer in lower case from her own address with mobile); activity concrete (first Tuesday Jan–Apr, named villagers teaching chainsaw care, sourdough, genealogy, youth showing phones; explicit aim that people meet after the shop closed); anchoring concrete (annual meeting voted for it, sewing circle and Ruda IF will run the coffee); budget with three items, total 3 800. Small gift cards as thanks are not salary. 'både karlar o kvinnor' -> true.",
    ),
)

# --- Bergkvara: signed 'Styrelsen' from the association mailbox (missing contact) --------------
t = f"""Hej,

Bergkvara Hamnförening (org.nr {ORG["bergkvara"]}, 73 medlemmar) ansöker härmed om 9 600 kr ur idéslanten.

Vad: Två öppna dialogmöten, "Hamnmagasinen – vad vill vi?", i Bergkvara Folkets hus den 10 november och den 1 december. Kommunens planarkitekt presenterar förutsättningarna för de gamla magasinen i hamnen, och sedan arbetar vi i smågrupper med förslag – saluhall, föreningslokaler, ateljéer eller något helt annat. Förslagen lämnas till Torsås kommun inför arbetet med detaljplanen. Hamnen är byns hjärta och vi vill att bybornas röst hörs innan något bestäms.

Förankring: Mötena arrangeras tillsammans med Bergkvara Båtklubb och Bergkvara Fiskeförening. På sommarens hamndag samlade vi 160 namnunderskrifter för att magasinen ska förbli öppna för allmänheten.

Budget:
Lokalhyra Folkets hus 2 x 1 200 kr = 2 400 kr
Processledare, arvode 2 x 2 500 kr = 5 000 kr
Annonsering 1 000 kr
Fika 2 x 600 kr = 1 200 kr
Summa 9 600 kr

Med vänliga hälsningar
Styrelsen
Bergkvara Hamnförening
"""
html = html_page(html_from_text(t), charset="iso-8859-1")
add(
    "bergkvara-hamnmagasin-styrelsen",
    when(16, 18, 40, 7),
    message(
        base_headers(
            addr("Bergkvara Hamnförening", "bergkvarahamn@example.org"),
            addr(BOT_NAME, BOT),
            "Ansökan idéslanten: Hamnmagasinen",
            when(16, 18, 40, 7),
            MID["bergkvara"],
            extra=[("X-Mailer", "Microsoft Outlook 16.0")],
        ),
        multipart(
            "alternative",
            "----=_NextPart_000_0017_01DB2F3A.5C1E8B70",
            [
                text(t, charset="iso-8859-1", cte="quoted-printable"),
                text(html, subtype="html", charset="iso-8859-1", cte="quoted-printable"),
            ],
            preamble="This is a multipart message in MIME format.",
        ),
    ),
    lab(
        "application",
        "sv",
        EL(True, False, True, True, True),
        FA(
            association_name="Bergkvara Hamnförening",
            org_number=ORG["bergkvara"],
            members=73,
            ort="Bergkvara",
            amount_sek=9600,
            women_and_men=None,
            salary_costs=False,
            physical_investment=False,
        ),
        "Well-written, complete-looking application signed only 'Styrelsen / Bergkvara Hamnförening' from the association's shared mailbox: no named person, so contact FALSE and contact facts null. Association (org.nr, 73 members), activity (two dated dialogue meetings on the harbour warehouses with the planning architect, results to the municipality), anchoring (two local co-organisers and 160 signatures) and budget (itemised, 9 600 = amount applied for) are true. Outlook multipart/alternative, ISO-8859-1 QP. The receipt to this mailbox later bounces.",
    ),
)

# --- Edsbruk: name only in From header, bare total (missing contact + budget) ------------------
SUBJ_EDSBRUK = "HLR-kurs i Edsbruk"
t = """Hej!

Vi i Edsbruks Intresseförening (33 medlemmar) vill ordna en kurs i hjärt-lungräddning och första hjälpen för byborna. Det är långt till närmaste ambulans och hemtjänsten hinner inte alltid, så det känns viktigt att så många som möjligt i Edsbruk kan rycka in om något händer. Kursen blir två kvällar, 7 och 8 november, i Edsbruks bygdegård med en instruktör från Röda Korset, max 24 deltagare per kväll.

Det kom upp på byamötet i september (28 personer var där) och vi har redan en lista med 22 som vill gå.

Vi söker 9 000 kr.

Hälsningar från oss i Edsbruks Intresseförening"""
add(
    "edsbruk-hlr-osignerad",
    when(17, 10, 30, 58),
    message(
        base_headers(
            addr("Lars-Göran Ek", "lg.ek@example.net"),
            addr(BOT_NAME, BOT),
            SUBJ_EDSBRUK,
            when(17, 10, 30, 58),
            MID["edsbruk"],
        ),
        text(t, charset="UTF-8", cte="8bit"),
    ),
    lab(
        "application",
        "sv",
        EL(True, False, True, True, False),
        FA(
            association_name="Edsbruks Intresseförening",
            members=33,
            ort="Edsbruk",
            amount_sek=9000,
            women_and_men=None,
            salary_costs=False,
            physical_investment=False,
        ),
        "Unsigned Gmail-style mail: the name Lars-Göran Ek appears only in the From header and the mail ends 'Hälsningar från oss i Edsbruks Intresseförening', so contact FALSE (README: a name only in From does not count) and contact facts null. Budget FALSE: 'Vi söker 9 000 kr' is a bare total (amount_sek 9000). Association (named, 33 members), activity (two dated CPR course evenings with a Red Cross instructor, local safety reason) and anchoring (village meeting with 28 present, 22 signed up) are true.",
    ),
)

# --- Storebro: wife pastes husband's text, unnamed neighbours (missing association) ------------
t = """Hej, här kommer min mans ansökan. Han har ingen egen mejl så jag klistrar in det han skrivit här under.
/Kerstin

----------------------------------------

Till Region Kalmar län

Vi är några grannar i Storebro som tycker att det är synd att så många cyklar står och rostar i garagen. Vi vill ha en cykelverkstad en lördag i månaden november–april i gamla brandstationen (kommunen låter oss hyra den billigt), där den som kan laga visar den som inte kan, och barnen kan få hjälp att fixa sina cyklar till skolan. Det blir också ett ställe att träffas för oss som är hemma på dagarna.

Vi satte upp en lapp på affären och på anslagstavlan vid skolan, och 31 personer har skrivit upp sig för att komma eller hjälpa till.

Kostnader:
Hyra brandstationen 6 ggr à 200 kr = 1 200 kr
Verktygssats och reparationsställ 3 000 kr
Fika 800 kr
Summa 5 000 kr

Ring mig gärna på 0492-201 64.

Sven Gustafsson
Storebro"""
add(
    "storebro-cykelverkstad-inklistrad",
    when(18, 14, 12, 26),
    message(
        base_headers(
            addr("Kerstin Gustafsson", "kerstin.g@example.com"),
            BOT,
            "Ansökan cykelverkstad Storebro",
            when(18, 14, 12, 26),
            MID["storebro"],
            extra=[("X-Mailer", "Yahoo Mail for Android")],
        ),
        text(t, charset="utf-8", cte="quoted-printable"),
    ),
    lab(
        "application",
        "sv",
        EL(False, True, True, True, True),
        FA(
            contact_name="Sven Gustafsson",
            contact_phone="0492-201 64",
            ort="Storebro",
            amount_sek=5000,
            women_and_men=None,
            salary_costs=False,
            physical_investment=True,
        ),
        "A wife sends her husband's text pasted under a short note (he has no e-mail). The pasted application counts as the mail's own text. Association FALSE: 'Vi är några grannar i Storebro' is an unnamed group (no members fact). Contact true: Sven Gustafsson signs with a phone number; he has no e-mail of his own and the From address is his wife's, so contact_email null; Kerstin, who only passes the text on and signs '/Kerstin', is not the contact person. Activity (monthly bike workshop Nov–Apr in the old fire station) and anchoring (notices in the shop and school, 31 signed up) are true; budget itemised, total 5 000. Buying a tool kit and repair stand is equipment -> physical_investment true.",
    ),
)

# --- Blomstermåla: unnamed young returnees, partner organisations (missing association) --------
t = """Hej Region Kalmar!

Vi är ett gäng 25–35-åringar som har flyttat hem till Blomstermåla efter studier och jobb i storstan, och vi märker att det är svårt att hitta in i bygden igen och att många i vår ålder funderar på att flytta igen. Vi är inte en förening (än!) men funderar på att bilda en nästa år.

Vi vill ordna tre "Hemflyttarkvällar" i Blomstermåla Folkets hus (21/11, 23/1, 20/3) med mingel, presentation av föreningarna i byn, lokala företagare som berättar om jobb och praktik, och en kväll om hur man får tag i bostad här. Alla som flyttat hit eller funderar på det är välkomna, tjejer som killar, med eller utan barn.

Blomstermåla Hembygdsförening och Blomstermåla IK står bakom idén. Hembygdsföreningen lånar ut kaffeservisen och IK tar hand om fikat. Vi har också fått 40 svar på en enkät i byns Facebookgrupp där de flesta ville ha något sådant.

Budget:
Hyra Folkets hus 3 x 900 = 2 700
Mat/fika 3 x 1 500 = 4 500
Affischer och annonsering 800
Totalt 8 000 kr

Hör av er!
Johanna Mörk
072-905 33 18"""
add(
    "blomstermala-hemflyttare-ingen-forening",
    when(19, 20, 45, 0),
    message(
        base_headers(
            addr("Johanna Mörk", "johanna.mork@example.com"),
            addr(BOT_NAME, BOT),
            "Hemflyttarkvällar i Blomstermåla",
            when(19, 20, 45, 0),
            MID["blomstermala"],
        ),
        text(t, charset="utf-8", cte="base64"),
    ),
    lab(
        "application",
        "sv",
        EL(False, True, True, True, True),
        FA(
            contact_name="Johanna Mörk",
            contact_email="johanna.mork@example.com",
            contact_phone="072-905 33 18",
            ort="Blomstermåla",
            amount_sek=8000,
            women_and_men=True,
            salary_costs=False,
            physical_investment=False,
        ),
        "Unnamed group of young returnees ('ett gäng 25–35-åringar … inte en förening än'), body in utf-8 base64. Association FALSE: the named Hembygdsförening and IK are partners backing the idea, not the applicant – which is exactly why anchoring is TRUE (two local associations behind it plus 40 survey answers). Activity true (three dated evenings with concrete content, aim to keep returnees). Budget true (three items, 8 000). Contact true (named signer, own address, phone). No members. 'tjejer som killar' -> true.",
    ),
)

# --- Orrefors: 'Se bifogad budget' with nothing attached (missing budget) ---------------------
t = f"""Hej!

Orrefors Samhällsförening, org.nr {ORG["orrefors"]}, med 128 medlemmar, ansöker om medel ur regional bygdepeng.

Sedan bruket lade ned står flera av de gamla bruksbyggnaderna tomma. Vi vill under vintern hålla tre öppna idékvällar i Orrefors Folkets hus (12 november, 14 januari och 11 mars) där vi tillsammans med fastighetsägaren och Nybro kommun tar fram idéer om vad lokalerna kan användas till: hantverk, föreningsliv, småföretag. Varje kväll leds av en extern processledare och idéerna sammanställs i en skrift som delas ut till alla hushåll.

Förankring: vi skickade i våras ut en enkät till samtliga ca 300 hushåll i Orrefors, 151 svarade, och fyra av fem vill att byggnaderna ska fyllas med verksamhet. Bruksmuseets vänförening och Orrefors IF är med och arrangerar.

Kontaktperson: Stig Albinsson, ordförande, tel 0481-301 52, stig.albinsson@example.org

Se bifogad budget.

Med vänlig hälsning
Stig Albinsson
"""
SUBJ_ORREFORS = "Ansökan regional bygdepeng, Orrefors"
add(
    "orrefors-idekvallar-bilaga-saknas",
    when(20, 9, 5, 14),
    message(
        base_headers(
            addr("Stig Albinsson", "stig.albinsson@example.org"),
            addr(BOT_NAME, BOT),
            SUBJ_ORREFORS,
            when(20, 9, 5, 14),
            MID["orrefors"],
            extra=[
                (
                    "User-Agent",
                    "Mozilla/5.0 (X11; Linux x86_64; rv:115.0) Gecko/20100101 Thunderbird/115.16.0",
                )
            ],
        ),
        text(t, charset="windows-1252", cte="8bit"),
    ),
    lab(
        "application",
        "sv",
        EL(True, True, True, True, False),
        FA(
            association_name="Orrefors Samhällsförening",
            org_number=ORG["orrefors"],
            contact_name="Stig Albinsson",
            contact_email="stig.albinsson@example.org",
            contact_phone="0481-301 52",
            members=128,
            ort="Orrefors",
            amount_sek=None,
            women_and_men=None,
            salary_costs=False,
            physical_investment=False,
        ),
        "'Se bifogad budget.' but the mail is a single text/plain part (windows-1252 8bit) with no attachment at all, so budget FALSE and no amount. Association (org.nr, 128 members), contact (named, phone, e-mail), activity (three dated idea evenings on the empty works buildings with a process leader, a written summary to all households) and anchoring (survey to ~300 households with 151 answers; two local co-organisers) are true. The writer sends the budget 42 minutes later as a followup.",
    ),
)

# --- Degerhamn: budget in a broken .xlsx (missing budget) -------------------------------------
t = f"""Hej,

Här kommer en ansökan från Degerhamns Byalag (org.nr {ORG["degerhamn"]}, 58 medlemmar).

Vi vill ordna en temadag om kalkbrottet och cementfabriken lördag 28 november i Degerhamns bygdegård: föredrag av en geolog och en tidigare fabriksarbetare, guidad promenad längs brottkanten och en utställning med gamla bilder som byborna lånat ut. Syftet är att lyfta fram Degerhamns industrihistoria, som många nyinflyttade inte känner till, och att samla idéer kring hur brottet kan bli ett besöksmål som ger jobb i byn.

Dagen planeras av byalaget tillsammans med hembygdsföreningen, och över 30 bybor har redan lämnat in bilder till utställningen. På byalagets höstmöte 4 oktober ställde sig alla 37 närvarande bakom planen.

Vi söker 12 500 kr. Budgeten bifogas som Excel-fil.

Kontakt: Anette Kronvall, 070-418 55 30

Hälsningar
Anette
"""
SUBJ_DEGERHAMN = "Ansökan temadag Degerhamn"
good = xlsx(
    [
        ["Post", "Belopp"],
        ["Föredrag geolog", 3000],
        ["Föredrag f.d. fabriksarbetare", 1500],
        ["Lokalhyra", 1200],
        ["Utställning", 2800],
        ["Annons", 1000],
        ["Fika och soppa", 3000],
        ["Summa", ("=", "SUM(B2:B7)", 12500)],
    ]
)
broken_xlsx = good[: len(good) * 2 // 5]
add(
    "degerhamn-temadag-trasig-xlsx",
    when(21, 17, 50, 36),
    message(
        base_headers(
            addr("Anette Kronvall", "anette.kronvall@example.net"),
            addr(BOT_NAME, BOT),
            SUBJ_DEGERHAMN,
            when(21, 17, 50, 36),
            MID["degerhamn"],
        ),
        multipart(
            "mixed",
            "0000000000002c7a5f062b5e11d3",
            [
                text(t, charset="UTF-8", cte="quoted-printable"),
                attachment(
                    broken_xlsx,
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                    "budget_temadag.xlsx",
                ),
            ],
        ),
    ),
    lab(
        "application",
        "sv",
        EL(True, True, True, True, False),
        FA(
            association_name="Degerhamns Byalag",
            org_number=ORG["degerhamn"],
            contact_name="Anette Kronvall",
            contact_email="anette.kronvall@example.net",
            contact_phone="070-418 55 30",
            members=58,
            ort="Degerhamn",
            amount_sek=12500,
            women_and_men=None,
            salary_costs=False,
            physical_investment=False,
        ),
        "The budget is said to be in an attached .xlsx, and one is attached, but the file is truncated (a zip without its central directory) and cannot be opened; the MIME structure itself is valid. An officer cannot read it, so budget FALSE; 'Vi söker 12 500 kr' is a bare total that still gives amount_sek 12500. Association (org.nr, 58 members), contact (named with phone, signs 'Anette' from her own address), activity (dated theme day with talks, walk and photo exhibition, aim of a visitor attraction) and anchoring (autumn meeting with 37 behind it, 30+ villagers lent photos, hembygdsförening co-organises) are true. She resends the budget as CSV the next morning.",
    ),
)

# --- Vissefjärda: dates and numbers but no content (missing activity) --------------------------
t = f"""Hej,

Vissefjärda Sockenråd (org.nr {ORG["vissefjarda"]}, 47 medlemmar) söker 12 000 kr ur idéslanten.

Tidsplan:
12/11 kl 18.30 – träff 1, församlingshemmet
10/12 kl 18.30 – träff 2, församlingshemmet
14/1 kl 18.30 – träff 3, församlingshemmet
11/2 kl 18.30 – träff 4, församlingshemmet
Förväntat antal deltagare: ca 40 per tillfälle.

Syftet är att stärka gemenskapen och utveckla bygden. Vad träffarna ska innehålla bestämmer vi tillsammans längre fram.

Förankring: Sockenrådet består av representanter för nio av socknens föreningar, bl.a. hembygdsföreningen, idrottsföreningen och PRO. På sockenrådets öppna möte i augusti deltog 52 personer och planen fick stöd.

Budget:
Lokalhyra 4 x 750 = 3 000 kr
Fika 4 x 1 000 = 4 000 kr
Föreläsare/medverkande 4 x 1 250 = 5 000 kr
Summa 12 000 kr

Kontaktperson: Ola Fransson, 0471-502 36

Mvh Ola Fransson
Vissefjärda Sockenråd
"""
add(
    "vissefjarda-traffar-utan-innehall",
    when(22, 11, 11, 11),
    message(
        base_headers(
            addr("Ola Fransson", "ola.fransson@example.com"),
            addr(BOT_NAME, BOT),
            "Idéslanten 2026 – Vissefjärda Sockenråd",
            when(22, 11, 11, 11),
            MID["vissefjarda"],
            extra=[("X-Mailer", "Microsoft Outlook 16.0")],
        ),
        multipart(
            "alternative",
            "_000_HE1PR04MB3322Fransson_",
            [
                text(t, charset="utf-8", cte="8bit"),
                text(html_page(html_from_text(t)), subtype="html", charset="utf-8", cte="base64"),
            ],
        ),
    ),
    lab(
        "application",
        "sv",
        EL(True, True, False, True, True),
        FA(
            association_name="Vissefjärda Sockenråd",
            org_number=ORG["vissefjarda"],
            contact_name="Ola Fransson",
            contact_email="ola.fransson@example.com",
            contact_phone="0471-502 36",
            members=47,
            ort="Vissefjärda",
            amount_sek=12000,
            women_and_men=None,
            salary_costs=False,
            physical_investment=False,
        ),
        "Sounds concrete but isn't: four dated meetings with times, venue and expected attendance, yet 'Vad träffarna ska innehålla bestämmer vi tillsammans längre fram' and the purpose is the vague 'stärka gemenskapen och utveckla bygden' -> activity FALSE (the officer would have to ask what will be done). Anchoring true (council of nine local associations, open meeting with 52 present backed it), budget true (three items, 12 000 = amount applied for), association and contact true. Attendance (40, 52) is not membership: members 47.",
    ),
)

# --- Läckeby: 'mycket stark lokal förankring' = a described need (missing anchoring) ------------
t = f"""Hej!

Läckeby Byaförening (org.nr {ORG["lackeby"]}, 39 medlemmar) söker 7 200 kr för en kurs i gamla hantverk: fem lördagar i Läckeby bygdegård (7/11, 21/11, 5/12, 16/1 och 30/1) där en hantverkare från hemslöjden lär ut korgflätning, knyppling och täljning. Byn har ingen mötesplats kvar sedan skolan stängde och kursen blir ett sätt för gamla och nya bybor att träffas, kvinnor som män. Deltagarna visar sedan upp och säljer det de gjort på byns julmarknad, till förmån för bygdegården.

Lokal förankring:
Projektet har en mycket stark lokal förankring. Behovet är stort – Läckeby har vuxit med över 200 invånare på tio år men saknar mötesplatser, och intresset för hantverk är stort i hela Kalmarbygden. Vi är övertygade om att många kommer att vilja delta.

Budget:
Kursledare (arvode via hemslöjden) 5 x 900 kr = 4 500 kr
Lokalhyra 5 x 300 kr = 1 500 kr
Material (vide, tråd, trä) 1 200 kr
Summa 7 200 kr

Programmet bifogas.

Malin Åkesson
kassör, Läckeby Byaförening
070-830 14 76
"""
SUBJ_LACKEBY = "Ansökan idéslanten Läckeby Byaförening"
program = """HANTVERKSLÖRDAGAR I LÄCKEBY BYGDEGÅRD – PROGRAM

Lördag 7 november 10–15    Korgflätning i vide, del 1
Lördag 21 november 10–15   Korgflätning i vide, del 2
Lördag 5 december 10–15    Knyppling för nybörjare
Lördag 16 januari 10–15    Täljning: smörknivar och slevar
Lördag 30 januari 10–15    Täljning, fortsättning och avslutning

Kursledare från hemslöjden. Max 12 deltagare per gång. Ta med egen kniv till täljningen.
Soppa och kaffe serveras. Anmälan till byaföreningen.
"""
add(
    "lackeby-hantverk-tom-forankring",
    when(23, 14, 25, 40),
    message(
        base_headers(
            addr("Malin Åkesson", "malin.akesson@example.com"),
            addr(BOT_NAME, BOT),
            SUBJ_LACKEBY,
            when(23, 14, 25, 40),
            MID["lackeby"],
            subject_charset="iso-8859-1",
            extra=[("X-Mailer", "Apple Mail (2.3826.200.121)")],
        ),
        multipart(
            "mixed",
            "Apple-Mail=_5C1D7E2A-9B3F-4E11-A0C2-8D7F6E5B4A39",
            [
                text(t, charset="iso-8859-1", cte="quoted-printable"),
                Part(
                    [
                        'Content-Disposition: attachment;\n filename="program hantverkslordagar.txt"',
                        'Content-Type: text/plain;\n name="program hantverkslordagar.txt";\n charset="utf-8"',
                        "Content-Transfer-Encoding: base64",
                    ],
                    encode_body(program.encode("utf-8"), "base64"),
                ),
            ],
        ),
    ),
    lab(
        "application",
        "sv",
        EL(True, True, True, False, True),
        FA(
            association_name="Läckeby Byaförening",
            org_number=ORG["lackeby"],
            contact_name="Malin Åkesson",
            contact_email="malin.akesson@example.com",
            contact_phone="070-830 14 76",
            members=39,
            ort="Läckeby",
            amount_sek=7200,
            women_and_men=True,
            salary_costs=False,
            physical_investment=False,
        ),
        "Anchoring sounds concrete but isn't: a heading 'Lokal förankring' followed by 'mycket stark lokal förankring', population growth, a described need and a conviction that many will come – no meeting, survey, partner or volunteers, so anchoring FALSE. Everything else is present: association with org.nr and 39 members, signer with phone, five dated craft Saturdays with a teacher and a local purpose (plus a .txt programme attachment, base64 utf-8), itemised budget 7 200 = amount applied for. Craft materials are consumables and the teacher's fee is not salary. 'kvinnor som män' -> true. Apple Mail, ISO-8859-1 QP.",
    ),
)

# --- Fågelfors: teenager, not an association, one rough figure (missing association, budget) ---
t = """hej!! jag heter Alva Persson och är 16 år. vi är ett gäng ungdomar i Fågelfors (typ 12 st som fixar det) och det finns ju ingenting att göra här på helgerna så folk bara sitter hemma eller åker iväg

vi vill ha filmkväll varannan fredag i Folkets hus i vinter (från 6 nov) för alla mellan 13 och 19, tjejer o killar, med film på storbild, popcorn och brädspel. fritidsledaren på fritidsgården har sagt att hon kan vara med som vuxen och kyrkan lånar ut sin projektor. vi har 40 namn på en lista från skolan av folk som vill komma!!

vi behöver typ 5000 kr för hyra och snacks

/Alva 073-612 09 47"""
add(
    "fagelfors-filmkvallar-tonaring",
    when(24, 16, 40, 2),
    message(
        base_headers(
            addr("Alva Persson", "alva.p2010@example.com"),
            BOT,
            "filmkvällar i fågelfors",
            when(24, 16, 40, 2),
            MID["fagelfors"],
            extra=[("X-Mailer", "Samsung Email 6.1")],
        ),
        text(t, charset="utf-8", cte="8bit"),
    ),
    lab(
        "application",
        "sv",
        EL(False, True, True, True, False),
        FA(
            contact_name="Alva Persson",
            contact_email="alva.p2010@example.com",
            contact_phone="073-612 09 47",
            ort="Fågelfors",
            amount_sek=5000,
            women_and_men=True,
            salary_costs=False,
            physical_investment=False,
        ),
        "16-year-old on her phone. Association FALSE: 'ett gäng ungdomar … typ 12 st som fixar det' is an unnamed group; the 12 are organisers, not members (members null). Contact true (full name in the first line, own address, phone). Activity true (film nights every other Friday from 6 Nov in Folkets hus for 13–19-year-olds, a concrete place to meet). Anchoring true (youth leader joins, church lends a projector, 40 names on a list). Budget FALSE: 'typ 5000 kr för hyra och snacks' is one rough figure for two things, no items with amounts; it still counts as amount_sek 5000. Borrowing a projector is not an investment. 'tjejer o killar' -> true.",
    ),
)

# --- Frödinge: Dutch newcomer, English with Swedish words, buys tools (complete) ---------------
t = f"""Hej hej!

Sorry, I write in English, my Swedish is still "lite grann". I am in the styrelse of Frödinge Bygdegårdsförening (org.nr {ORG["frodinge"]}, about 70 members – 68 exactly on the last list).

We want to start a Repair Café in Frödinge bygdegård: every third Saturday 10–14, starting 21 November, six times until April. Volunteers help people repair clothes, small electrical things, bikes and toys instead of throwing them away. There is fika and people meet – in a small village like ours that is half the point! It is for everyone, women and men, old and young.

Why we think it works: we did a test day on 19 September and 50 people came, and 12 people from the village signed up as volunteer fixers. Frödinge hembygdsförening will also help us with the advertising.

Budget (SEK):
Hyra – we pay the bygdegård's own low rate: 6 x 500 = 3 000
Annonsering/posters: 1 000
Fika: 6 x 200 = 1 200
Basic tools (soldering station, sewing machine service kit, bike tools): 2 500
Total: 7 700

Contact: me, Femke de Vries, 076-207 81 15

Tack så mycket!
Femke"""
add(
    "frodinge-repaircafe-blandsprak",
    when(26, 10, 15, 45),
    message(
        base_headers(
            addr("Femke de Vries", "femke.devries@example.net"),
            addr(BOT_NAME, BOT),
            "Repair Café Frödinge – ansökan idéslanten",
            when(26, 10, 15, 45),
            MID["frodinge"],
            extra=[
                (
                    "User-Agent",
                    "Mozilla/5.0 (Windows NT 10.0; rv:128.0) Gecko/20100101 Thunderbird/128.3.1",
                ),
                ("Content-Language", "en-US"),
            ],
        ),
        text(t, charset="UTF-8", cte="quoted-printable", params="; format=flowed"),
    ),
    lab(
        "application",
        "en",
        EL(True, True, True, True, True),
        FA(
            association_name="Frödinge Bygdegårdsförening",
            org_number=ORG["frodinge"],
            contact_name="Femke de Vries",
            contact_email="femke.devries@example.net",
            contact_phone="076-207 81 15",
            members=68,
            ort="Frödinge",
            amount_sek=7700,
            women_and_men=True,
            salary_costs=False,
            physical_investment=True,
        ),
        "Dutch newcomer writing English sprinkled with Swedish words ('styrelse', 'lite grann', 'Hyra', 'fika'). Complete: board member of a named bygdegårdsförening with org.nr and 'about 70 members – 68 exactly' (the exact 68 is recorded); six dated repair-café Saturdays with a stated local purpose; anchoring by a test day with 50 visitors, 12 volunteer fixers and the hembygdsförening helping; itemised budget 7 700; contact named with phone. Buying basic tools is equipment -> physical_investment true. First date after the switch to winter time (+0100).",
    ),
)

# --- Berga: very short, PNG logo (missing activity + anchoring) -------------------------------
t = """Hej
Berga IF:s supporterklubb söker pengar till en resa i vår. 25 medl.
Budget buss 8000 mat 3000.
/Kjell Dahl 070-345 67 21
"""
add(
    "berga-supporterklubb-kort",
    when(27, 12, 2, 30),
    message(
        base_headers(
            addr("Kjell Dahl", "kjelle.dahl@example.com"),
            BOT,
            "pengar till resa",
            when(27, 12, 2, 30),
            MID["berga"],
        ),
        multipart(
            "mixed",
            "=-Xq3kP0a9LmN7rT2vW5yZ",
            [
                text(t, charset="utf-8", cte="8bit"),
                attachment(png(48, 48), "image/png", "logga.png"),
            ],
        ),
    ),
    lab(
        "application",
        "sv",
        EL(True, True, False, False, True),
        FA(
            association_name="Berga IF:s supporterklubb",
            contact_name="Kjell Dahl",
            contact_email="kjelle.dahl@example.com",
            contact_phone="070-345 67 21",
            members=25,
            ort="Berga",
            amount_sek=11000,
            women_and_men=None,
            salary_costs=False,
            physical_investment=False,
        ),
        "Four-line mail with the club logo as a PNG attachment (no text in it). Association true (named supporters' club, '25 medl.'), contact true (named signer with phone from his own address), budget true (two items: bus 8 000, food 3 000 -> 11 000). Activity FALSE: 'en resa i vår' – no destination, date or purpose, nothing about local development. Anchoring FALSE: nothing at all. The receipt to this address bounces (mailbox full).",
    ),
)

# --- Timmernabben: 'no formal meeting' but door-to-door canvass (sounds loose, is complete) -----
t = """Hej,

Jag vet inte riktigt om det här är rätt sätt att söka, men jag gör ett försök.

Jag är ordförande i Timmernabbens Byalag. Vi är 91 medlemmar, de flesta i själva samhället. Organisationsnumret har jag inte till hands just nu.

Det har varit flera inbrott i förråd och båthus här i höst och många, särskilt äldre, känner sig otrygga. Därför vill vi starta grannsamverkan. Torsdag 19 november blir det en informationskväll i Timmernabbens skolas matsal där kommunpolisen berättar hur grannsamverkan fungerar, och sedan två kvällar (3 och 10 december) då ett tiotal kontaktombud, ett per gata, utbildas av polisen och kommunens brottsförebyggande samordnare. Målet är en tryggare by där grannar känner varandra och håller koll – det gör också att fler vill flytta hit.

Något formellt möte har vi inte haft om detta, vi har inte haft något sedan årsmötet i mars. Men jag och två till i styrelsen gick runt och knackade dörr hos alla 64 hushåll längs Strandvägen, Kyrkvägen och Skolgatan i september, och 51 av dem vill vara med. Tolv personer har sagt att de kan tänka sig att bli kontaktombud.

Vad det kostar ungefär:
hyra skolans matsal tre kvällar, 3 x 400 = 1 200
fika första kvällen (60 pers) 1 500, de andra två 2 x 300 = 600
tryck av informationsblad till alla hushåll 900
det blir 4 200 kr

Ring mig om något är oklart, 0499-213 40.

Rune Sjögren"""
add(
    "timmernabben-grannsamverkan-dorrknack",
    when(28, 19, 30, 12),
    message(
        base_headers(
            addr("Rune Sjögren", "rune.sjogren@example.org"),
            addr(BOT_NAME, BOT),
            "Ang. idéslanten",
            when(28, 19, 30, 12),
            MID["timmernabben"],
            extra=[("X-Mailer", "Microsoft Outlook Express 6.00.2900.5512")],
        ),
        text(t, charset="utf-8", cte="base64"),
    ),
    lab(
        "application",
        "sv",
        EL(True, True, True, True, True),
        FA(
            association_name="Timmernabbens Byalag",
            contact_name="Rune Sjögren",
            contact_email="rune.sjogren@example.org",
            contact_phone="0499-213 40",
            members=91,
            ort="Timmernabben",
            amount_sek=4200,
            women_and_men=None,
            salary_costs=False,
            physical_investment=False,
        ),
        "Sounds loose but is complete: an unsure writer ('Jag vet inte riktigt om det här är rätt sätt'), no org.nr ('har jag inte till hands', org_number null), and 'Något formellt möte har vi inte haft' – but the anchoring is real: a door-to-door canvass of all 64 households on three streets, 51 want to take part, 12 volunteer as contact persons -> anchoring TRUE. Activity concrete (neighbourhood-watch information evening 19 Nov plus two training evenings, local safety reason). Budget in prose lines: 1 200 + 1 500 + 600 + 900 = 4 200. Contact named signer with phone. Body utf-8 base64.",
    ),
)

# --- Byxelkrok: crisp bullets, rented recording gear (complete) --------------------------------
t = f"""Hej,

Ansökan om idéslanten – "Röster från norra udden"

• Sökande: Byxelkroks Byalag, ideell förening, org.nr {ORG["byxelkrok"]}, 57 medlemmar (helårs- och fritidsboende i Byxelkrok med omnejd).
• Kontaktperson: Camilla Åström, sekreterare, 070-552 90 14, camilla.astrom@example.com
• Aktivitet: Fyra berättarkvällar i Byxelkroks missionshus (februari–maj 2027) där äldre bybor berättar om fisket, stenbrotten och livet på norra Öland. Högstadieelever från skolan i Böda intervjuar och spelar in berättelserna, som sedan blir ett ljudarkiv på bibliotekets webbplats och spelas upp på sommarens hamnkvällar. Projektet för samman generationerna och ger besökare ett skäl att stanna i byn.
• Förankring: Idén togs fram på byalagets öppna stormöte 30 augusti (35 deltagare). Skolan och hembygdsföreningen är med; skolan har lagt in intervjuerna i elevernas svenskundervisning.
• Budget:
   – Hyra av missionshuset 4 x 500 kr = 2 000 kr
   – Hyra av inspelningsutrustning från studieförbundet 1 500 kr
   – Ljudtekniker, redigering (studieförbundet fakturerar) 3 000 kr
   – Fika 4 x 600 kr = 2 400 kr
   – Annonsering 600 kr
   Summa 9 500 kr
• Kvällarna är öppna för alla, kvinnor som män.

Vänliga hälsningar
Camilla Åström
Byxelkroks Byalag"""
add(
    "byxelkrok-berattarkvallar-punktlista",
    when(30, 8, 40, 19),
    message(
        base_headers(
            addr("Camilla Åström", "camilla.astrom@example.com"),
            addr(BOT_NAME, BOT),
            "Ansökan idéslanten – Röster från norra udden",
            when(30, 8, 40, 19),
            MID["byxelkrok"],
            extra=[("X-Mailer", "Spark 3.18")],
        ),
        multipart(
            "alternative",
            "b1_2e6f9d8c0b4a5e7f9c1d3a5b7e9f1a2c",
            [
                text(t, charset="utf-8", cte="base64"),
                text(html_page(html_from_text(t)), subtype="html", charset="utf-8", cte="base64"),
            ],
        ),
    ),
    lab(
        "application",
        "sv",
        EL(True, True, True, True, True),
        FA(
            association_name="Byxelkroks Byalag",
            org_number=ORG["byxelkrok"],
            contact_name="Camilla Åström",
            contact_email="camilla.astrom@example.com",
            contact_phone="070-552 90 14",
            members=57,
            ort="Byxelkrok",
            amount_sek=9500,
            women_and_men=True,
            salary_costs=False,
            physical_investment=False,
        ),
        "Crisp bullet-point application ('•' bullets, '–' sub-items), multipart/alternative with both parts base64. Complete: association with org.nr and 57 members, contact with phone and e-mail, four story-telling evenings recorded by pupils into a sound archive (dated period, local purpose), anchoring by an open meeting with 35 participants plus school and hembygdsförening, itemised budget 9 500. Renting recording equipment is not an investment and a sound technician invoiced by the study association is a bought service, not salary. 'kvinnor som män' -> true.",
    ),
)


# ============================================================================================
# FOLLOWUPS
# ============================================================================================

# --- Påryd followup: anchoring supplied, iPhone bottom quoting -------------------------------
rc = receipt_text(CASE["paryd"], ["anchoring"])
t = f"""Ah okej! Förlåt 🙈

Vi hade ett föräldramöte på förskolan i Påryd 17 sept där vi var ca 20 föräldrar och alla ville vara med, och 9 st har sagt att de kan ta varsin lördag och ha hand om fikat. Bygdegårdsföreningen har också sagt ja till alla datumen.

/Emma Karlsson

Skickat från min iPhone

Den 2 okt. 2026 kl. 21:48 skrev {BOT_NAME} <{BOT}>:

{quote(rc)}
"""
add(
    "re-paryd-forankring",
    when(3, 9, 30, 44),
    message(
        base_headers(
            addr("Emma Karlsson", "emmakarlsson93@example.com"),
            addr(BOT_NAME, BOT),
            receipt_subject(SUBJ_PARYD, CASE["paryd"]),
            when(3, 9, 30, 44),
            "<8D2E61C9-4A0B-4F77-93A1-0C5E2B7F0303@example.com>",
            in_reply_to=receipt_id(CASE["paryd"]),
            references=[MID["paryd"], receipt_id(CASE["paryd"])],
            extra=[("X-Mailer", "iPhone Mail (22A3354)")],
        ),
        text(t, charset="utf-8", cte="quoted-printable"),
    ),
    lab(
        "followup",
        "sv",
        EL(False, True, False, True, False),
        FA(
            contact_name="Emma Karlsson",
            contact_email="emmakarlsson93@example.com",
            ort="Påryd",
            salary_costs=False,
            physical_investment=False,
        ),
        "iPhone reply above the quoted receipt ('Den 2 okt. 2026 kl. 21:48 skrev …' then '> ' lines). New text supplies the missing anchoring: a parents' meeting at the preschool with about 20 parents all in favour, 9 volunteers for the coffee, the bygdegård association agreeing to the dates -> anchoring true. Signed '/Emma Karlsson' from her own address -> contact true (no phone in the new text). The quoted receipt's guidance lines make nothing true. Attendance is not membership.",
    ),
)

# --- Loftahammar followup: budget only, Outlook header-block quoting --------------------------
rc = receipt_text(CASE["loftahammar"], ["anchoring", "budget"], variant=1)
t = f"""Hej,

Här kommer budgeten som ni bad om:

Hyra av servicehuset i gästhamnen                        1 500 kr
Reseersättning till SSRS frivilliga instruktörer         2 000 kr
Annonsering och affischer                                1 500 kr
Korv, bröd och fika till deltagarna                      3 000 kr
20 barnflytvästar som klubben köper in och sedan lånar ut 7 000 kr
Summa                                                   15 000 kr

Mvh
Per-Olof Strand
Sekreterare, Loftahammars Båtklubb
070-233 19 84

Från: {BOT_NAME} <{BOT}>
Skickat: den 8 oktober 2026 13:45
Till: Per-Olof Strand <po.strand@example.com>
Ämne: {receipt_subject(SUBJ_LOFTA, CASE["loftahammar"])}

{rc}
"""
html = html_page(
    html_from_text(t.split("Från: ")[0])
    + '<div style="border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0 0 0">'
    + html_from_text("Från: " + t.split("Från: ", 1)[1])
    + "</div>",
    charset="iso-8859-1",
)
add(
    "re-loftahammar-budget-flytvastar",
    when(11, 19, 5, 2),
    message(
        base_headers(
            addr("Per-Olof Strand", "po.strand@example.com"),
            addr(BOT_NAME, BOT),
            "SV: " + receipt_subject(SUBJ_LOFTA, CASE["loftahammar"]),
            when(11, 19, 5, 2),
            "<AM8PR07MB7Strand0611@example.com>",
            in_reply_to=receipt_id(CASE["loftahammar"]),
            references=[MID["loftahammar"], receipt_id(CASE["loftahammar"])],
            extra=[("X-Mailer", "Microsoft Outlook 16.0")],
        ),
        multipart(
            "alternative",
            "_000_AM8PR07MB7Strand0611_",
            [
                text(t, charset="iso-8859-1", cte="quoted-printable"),
                text(html, subtype="html", charset="iso-8859-1", cte="quoted-printable"),
            ],
        ),
    ),
    lab(
        "followup",
        "sv",
        EL(False, True, False, False, True),
        FA(
            association_name="Loftahammars Båtklubb",
            contact_name="Per-Olof Strand",
            contact_email="po.strand@example.com",
            contact_phone="070-233 19 84",
            amount_sek=15000,
            salary_costs=False,
            physical_investment=True,
        ),
        "Outlook 'SV:' reply with the receipt below an unprefixed 'Från:/Skickat:/Till:/Ämne:' header block (no '>' quoting, so the quoted receipt must be recognised by the header block). Supplies only the budget (five items, 15 000) -> budget true; the also-requested anchoring is ignored, so anchoring stays false. Signed by the secretary from his own address with phone -> contact true. The club name in the signature is not association details. Buying 20 life jackets to lend out is equipment -> physical_investment true; travel compensation to volunteer instructors is not salary.",
    ),
)

# --- Alsterbro followup: contact supplied interleaved, from shared mailbox ---------------------
rc = receipt_text(CASE["alsterbro"], ["contact"])
rc_lines = rc.split("\n")
idx = next(i for i, line in enumerate(rc_lines) if line.startswith("– Kontaktperson"))
t = (
    f"Den 9 okt. 2026 kl. 10:03 skrev {BOT_NAME}:\n"
    + quote("\n".join(rc_lines[: idx + 1]))
    + "\n\n"
    + "Kontaktperson är jag, Anders Lövgren (ordförande), mobil 070-491 03 26, mejl anders.lovgren@example.com. Det var jag som skrev ansökan från föreningens adress.\n\n"
    + quote("\n".join(rc_lines[idx + 1 :]))
    + "\n\n"
    + "Mvh Anders Lövgren\nAlsterbro byaförening\n"
)
add(
    "re-alsterbro-kontaktperson-inflikat",
    when(9, 14, 30, 9),
    message(
        base_headers(
            addr("Alsterbro Byaförening", "alsterbrobya@example.org"),
            addr(BOT_NAME, BOT),
            receipt_subject(SUBJ_ALSTER, CASE["alsterbro"]),
            when(9, 14, 30, 9),
            "<webmail.20261009143009.71740@example.org>",
            in_reply_to=receipt_id(CASE["alsterbro"]),
            references=[MID["alsterbro"], receipt_id(CASE["alsterbro"])],
            extra=[("User-Agent", "Roundcube Webmail/1.6.7")],
        ),
        text(t, charset="utf-8", cte="quoted-printable", params="; format=flowed"),
    ),
    lab(
        "followup",
        "sv",
        EL(False, True, False, False, False),
        FA(
            association_name="Alsterbro byaförening",
            contact_name="Anders Lövgren",
            contact_email="anders.lovgren@example.com",
            contact_phone="070-491 03 26",
            salary_costs=False,
            physical_investment=False,
        ),
        "Interleaved (inline) reply from the association's shared mailbox: the new sentence sits between quoted receipt lines. It names the contact person with mobile and personal e-mail -> contact true, and contact_email is the address he states (not the shared From address). Nothing else is supplied; the quoted receipt lines before and after do not count.",
    ),
)

# --- Edsbruk followup: nothing useful ---------------------------------------------------------
rc = receipt_text(CASE["edsbruk"], ["contact", "budget"])
t = f"""Tack för snabbt svar! Vi återkommer med budgeten när vi har pratat med instruktören från Röda Korset, hon är bortrest till mitten av november.

Den lör 17 okt. 2026 kl 10:31 skrev {BOT_NAME} <{BOT}>:

{quote(rc)}
"""
add(
    "re-edsbruk-aterkommer",
    when(19, 9, 10, 51),
    message(
        base_headers(
            addr("Lars-Göran Ek", "lg.ek@example.net"),
            addr(BOT_NAME, BOT),
            receipt_subject(SUBJ_EDSBRUK, CASE["edsbruk"]),
            when(19, 9, 10, 51),
            "<CAEk-LG20261019091051y7R@example.net>",
            in_reply_to=receipt_id(CASE["edsbruk"]),
            references=[MID["edsbruk"], receipt_id(CASE["edsbruk"])],
        ),
        multipart(
            "alternative",
            "000000000000f5e6d7062b1a0b4c",
            [
                text(t, charset="UTF-8", cte="quoted-printable"),
                text(
                    html_page(
                        html_from_text(t.split("\n\nDen lör")[0])
                        + '<div class="gmail_quote"><blockquote>'
                        + html_from_text(rc)
                        + "</blockquote></div>"
                    ),
                    subtype="html",
                    charset="UTF-8",
                    cte="quoted-printable",
                ),
            ],
        ),
    ),
    lab(
        "followup",
        "sv",
        EL(False, False, False, False, False),
        FA(salary_costs=False, physical_investment=False),
        "Gmail reply in the thread that supplies nothing useful: 'Vi återkommer med budgeten' is a promise (budget kommer senare -> false), and the mail is again unsigned, so the name in the From header still gives no contact. All elements false; the quoted receipt ('> – Kontaktperson …', '> – Budget …') must not make anything true.",
    ),
)

# --- Orrefors followup: forgotten attachment (.docx budget) -----------------------------------
rc = receipt_text(CASE["orrefors"], ["budget"])
t = f"""Hej igen,

Jag glömde visst bilagan, här kommer den. Totalt blir det 15 500 kr men vi söker 15 000 kr, resten tar föreningen.

Stig Albinsson
Orrefors Samhällsförening
tel 0481-301 52

Den 2026-10-20 kl. 09:05, skrev {BOT_NAME}:
{quote(rc)}
"""
doc_orrefors = docx(
    [
        ("h", "Budget – idékvällar om bruksbyggnaderna i Orrefors 2026/27"),
        (
            "table",
            [
                ["Kostnadspost", "Belopp"],
                ["Processledare, 3 kvällar à 3 000 kr", "9 000 kr"],
                ["Lokalhyra Folkets hus, 3 × 1 000 kr", "3 000 kr"],
                ["Tryck av idéskrift till alla hushåll (300 ex)", "2 000 kr"],
                ["Fika, 3 × 500 kr", "1 500 kr"],
                ["Summa", "15 500 kr"],
            ],
        ),
        "Sökt belopp ur idéslanten: 15 000 kr. Resterande 500 kr betalar Orrefors Samhällsförening.",
    ]
)
add(
    "re-orrefors-glomd-bilaga",
    when(20, 9, 47, 3),
    message(
        base_headers(
            addr("Stig Albinsson", "stig.albinsson@example.org"),
            addr(BOT_NAME, BOT),
            receipt_subject(SUBJ_ORREFORS, CASE["orrefors"]),
            when(20, 9, 47, 3),
            "<7e4d2a10-a1b5-orrefors-1020b@example.org>",
            in_reply_to=receipt_id(CASE["orrefors"]),
            references=[MID["orrefors"], receipt_id(CASE["orrefors"])],
            extra=[
                (
                    "User-Agent",
                    "Mozilla/5.0 (X11; Linux x86_64; rv:115.0) Gecko/20100101 Thunderbird/115.16.0",
                )
            ],
        ),
        multipart(
            "mixed",
            "------------dR0bJ7Yq2Lk9Wf1Mz8Tc",
            [
                text(t, charset="UTF-8", cte="8bit"),
                attachment(
                    doc_orrefors,
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                    "Budget idékvällar Orrefors.docx",
                ),
            ],
            preamble="This is a multi-part message in MIME format.",
        ),
    ),
    lab(
        "followup",
        "sv",
        EL(False, True, False, False, True),
        FA(
            association_name="Orrefors Samhällsförening",
            contact_name="Stig Albinsson",
            contact_email="stig.albinsson@example.org",
            contact_phone="0481-301 52",
            ort="Orrefors",
            amount_sek=15000,
            salary_costs=False,
            physical_investment=False,
        ),
        "Thunderbird reply with the forgotten attachment: a .docx with a budget table (four items, 15 500) and 'Sökt belopp 15 000 kr' -> budget true, amount_sek 15000 (the applied amount, not the 15 500 total). Signed from his own address with phone -> contact true. Printing a summary for every household is a consumable, not an investment.",
    ),
)

# --- Degerhamn followup: budget resent as CSV -------------------------------------------------
rc = receipt_text(CASE["degerhamn"], ["budget"])
csv_text = """Post;Belopp (kr)
Föredrag geolog;3000
Föredrag f.d. fabriksarbetare;1500
Lokalhyra bygdegården;1200
Utställning: kopiering och förstoring av bilder;2800
Annons i lokaltidningen;1000
Fika och soppa till deltagarna;3000
Summa;12500
"""
t = f"""Hej, filen verkar ha gått sönder på vägen, här är budgeten som csv istället.

Anette Kronvall
Degerhamns Byalag

Den ons 21 okt. 2026 17:51{BOT_NAME} <{BOT}> skrev:
{quote(rc)}
"""
add(
    "re-degerhamn-budget-csv",
    when(22, 8, 2, 27),
    message(
        base_headers(
            addr("Anette Kronvall", "anette.kronvall@example.net"),
            addr(BOT_NAME, BOT),
            receipt_subject(SUBJ_DEGERHAMN, CASE["degerhamn"]),
            when(22, 8, 2, 27),
            "<CAKronvall-degerhamn-2210@example.net>",
            in_reply_to=receipt_id(CASE["degerhamn"]),
            references=[MID["degerhamn"], receipt_id(CASE["degerhamn"])],
        ),
        multipart(
            "mixed",
            "000000000000b8c9d0062b6f22e4",
            [
                text(t, charset="UTF-8", cte="quoted-printable"),
                Part(
                    [
                        'Content-Type: text/csv; charset="UTF-8"; name="budget_temadag.csv"',
                        'Content-Disposition: attachment; filename="budget_temadag.csv"',
                        "Content-Transfer-Encoding: base64",
                    ],
                    encode_body(csv_text.encode("utf-8"), "base64"),
                ),
            ],
        ),
    ),
    lab(
        "followup",
        "sv",
        EL(False, True, False, False, True),
        FA(
            association_name="Degerhamns Byalag",
            contact_name="Anette Kronvall",
            contact_email="anette.kronvall@example.net",
            amount_sek=12500,
            salary_costs=False,
            physical_investment=False,
        ),
        "Gmail-on-Android reply (the quote header even lacks a space before the sender) that resends the budget as a semicolon-separated .csv attachment: six items summing to 12 500 -> budget true. Signed with full name from her own address -> contact true. Printing exhibition photos and food are consumables.",
    ),
)

# --- Södra Vi followup: a rough total only (nothing useful) -----------------------------------
rc = receipt_text(CASE["sodravi"], ["budget"])
t = f"""Hej,
Vi har fått en preliminär siffra på hyran nu. Vi landar på ungefär 14 000 kr totalt för hela bygdedagen, det mesta är hyran av sporthallen. En uppdelad budget skickar jag när den riktiga offerten kommit.

Hälsningar
Maria Sjöberg
Södra Vi Bygderåd

-----Ursprungligt meddelande-----
Från: {BOT_NAME} <{BOT}>
Skickat: tisdag 13 oktober 2026 19:23
Till: maria.sjoberg@example.com
Ämne: {receipt_subject("Ansökan – Vi i Vi", CASE["sodravi"])}

{rc}
"""
add(
    "re-sodravi-bara-totalsumma",
    when(26, 21, 0, 40),
    message(
        base_headers(
            addr("Maria Sjöberg", "maria.sjoberg@example.com"),
            addr(BOT_NAME, BOT),
            "Sv: " + receipt_subject("Ansökan – Vi i Vi", CASE["sodravi"]),
            when(26, 21, 0, 40),
            "<CAJ9sV-ViSjoberg91z@example.com>",
            in_reply_to=receipt_id(CASE["sodravi"]),
            references=[MID["sodravi"], receipt_id(CASE["sodravi"])],
            extra=[("X-Mailer", "Samsung Email 6.1")],
        ),
        text(t, charset="utf-8", cte="base64"),
    ),
    lab(
        "followup",
        "sv",
        EL(False, True, False, False, False),
        FA(
            association_name="Södra Vi Bygderåd",
            contact_name="Maria Sjöberg",
            contact_email="maria.sjoberg@example.com",
            amount_sek=14000,
            salary_costs=False,
            physical_investment=False,
        ),
        "'Sv:' reply with the receipt under '-----Ursprungligt meddelande-----' (body base64). It gives only 'ungefär 14 000 kr totalt … det mesta är hyran' and promises a split budget later: a bare total, so budget stays FALSE (amount_sek 14000 as the single rough figure). Signed by name from her own address -> contact true. Nothing else new.",
    ),
)


# ============================================================================================
# QUESTIONS
# ============================================================================================

t = """Hej!

En fråga om idéslanten. Köpingsviks Byalag fick 6 000 kr i våras till vår vårstädning med grillkväll. Nu vill några i byn ordna en julmarknad. Får vi söka igen i år, eller är taket 15 000 kr per ort och år så att det bara finns 9 000 kvar för Köpingsvik? Och om idrottsföreningen här söker för något eget, räknas det också mot samma ort?

Tack på förhand!
Eva Lindahl
kassör, Köpingsviks Byalag"""
add(
    "fraga-kopingsvik-tak-per-ort",
    when(4, 10, 20, 55),
    message(
        base_headers(
            addr("Eva Lindahl", "eva.lindahl@example.com"),
            OFFICER,
            "Fråga om idéslanten – samma ort två gånger?",
            when(4, 10, 20, 55),
            "<a1f0e9d8-kopingsvik-q@example.com>",
        ),
        text(t, charset="utf-8", cte="quoted-printable"),
    ),
    lab(
        "question",
        "sv",
        NOEL,
        FA(
            association_name="Köpingsviks Byalag",
            contact_name="Eva Lindahl",
            contact_email="eva.lindahl@example.com",
            ort="Köpingsvik",
        ),
        "Question to the officer about the per-locality cap: a previous grant of 6 000 kr, whether 9 000 remains, whether another association in the same place counts against it. It mentions a new idea (a Christmas market) but applies for nothing. 6 000, 9 000 and 15 000 are a past grant and rule amounts, not an amount applied for -> amount_sek null. Elements all false.",
    ),
)

t = """Hej,

Kan man använda idéslanten till att köpa en åkgräsklippare? Vi i Totebo bygdegårdsförening sköter tomten runt bygdegården helt ideellt, men vår gamla klippare har gått sönder och en ny kostar runt 25 000 kr. Går det att få bidrag till en del av den, eller får vi leta någon annanstans?

Mvh Bengt Ottosson
Totebo bygdegårdsförening
0490-501 77"""
add(
    "fraga-totebo-grasklippare",
    when(12, 13, 0, 8),
    message(
        base_headers(
            addr("Bengt Ottosson", "bengt.ottosson@example.net"),
            addr(BOT_NAME, BOT),
            "Fråga - gräsklippare?",
            when(12, 13, 0, 8),
            "<20261012130008.4F2A.bengt@example.net>",
            subject_charset="iso-8859-1",
        ),
        text(t, charset="iso-8859-1", cte="8bit"),
    ),
    lab(
        "question",
        "sv",
        NOEL,
        FA(
            association_name="Totebo bygdegårdsförening",
            contact_name="Bengt Ottosson",
            contact_email="bengt.ottosson@example.net",
            contact_phone="0490-501 77",
            ort="Totebo",
            physical_investment=True,
        ),
        "Question whether the grant can pay for a ride-on lawnmower (25 000 kr). Not an application. The question itself proposes buying a machine, so physical_investment true (salary null); the mower's price is not an amount applied for -> amount_sek null. ISO-8859-1 8bit body and Q-encoded ISO-8859-1 subject.",
    ),
)

t = """Hej! När är sista dagen för att söka idéslanten i år? Vi i Gamleby hembygdsförening funderar på en julmarknad på hembygdsgården i december men styrelsen hinner inte träffas förrän 12 nov. Går det att söka efter det?
Lisa

Skickat från min Galaxy"""
add(
    "fraga-gamleby-sista-dag",
    when(27, 15, 20, 31),
    message(
        base_headers(
            addr("Lisa Hammar", "lisahammar@example.com"),
            BOT,
            "Sista dag?",
            when(27, 15, 20, 31),
            "<CAHammar-gamleby-q2710@example.com>",
            extra=[("X-Mailer", "Samsung Email 6.1")],
        ),
        text(t, charset="utf-8", cte="8bit"),
    ),
    lab(
        "question",
        "sv",
        NOEL,
        FA(
            association_name="Gamleby hembygdsförening",
            contact_name="Lisa Hammar",
            contact_email="lisahammar@example.com",
            ort="Gamleby",
        ),
        "Phone question about the deadline. It names an association and a possible Christmas market, which could lure an extractor into treating it as an application, but it asks and applies for nothing. Signed 'Lisa' from her own address (full name in From).",
    ),
)


# ============================================================================================
# AUTOREPLIES
# ============================================================================================

rc = receipt_text(CASE["langasjo"], [])
t = """Thank you for your email. I am travelling in the UK until 19 October with only occasional access to email. I will reply as soon as I can after my return.

Best wishes,
Sarah Whitfield"""
add(
    "autosvar-langasjo-out-of-office",
    when(7, 11, 21, 10),
    message(
        base_headers(
            addr("Sarah Whitfield", "sarah.whitfield@example.com"),
            addr(BOT_NAME, BOT),
            "Out of Office: " + receipt_subject(SUBJ_LANGASJO, CASE["langasjo"]),
            when(7, 11, 21, 10),
            "<CAF7x+Q2mWhitfield0OOO1@example.com>",
            in_reply_to=receipt_id(CASE["langasjo"]),
            references=[MID["langasjo"], receipt_id(CASE["langasjo"])],
            extra=[("X-Autoreply", "yes"), ("Precedence", "auto_reply")],
        ),
        text(t, charset="UTF-8", cte="7bit"),
    ),
    lab(
        "autoreply",
        "en",
        NOEL,
        FA(),
        "English out-of-office answering the bot's receipt, marked with X-Autoreply: yes and Precedence: auto_reply (no Auto-Submitted). Threaded to the application with In-Reply-To/References but it is not a followup; the bot must not answer it.",
    ),
)

t = """Tack för ditt mejl!

Jag är på konferens och har begränsad tillgång till e-post till och med fredag 16 oktober. Vid brådskande ärenden, ring 070-155 90 32.

Jonas Berg"""
officer_mid = "<rkl.landsbygd.20261014155800.trekanten@example.se>"
add(
    "autosvar-trekanten-outlook",
    when(14, 16, 2, 0),
    message(
        base_headers(
            addr("Jonas Berg", "jonas.berg@example.net"),
            addr(OFFICER_NAME, OFFICER),
            f"Automatiskt svar: Er ansökan {CASE['trekanten']} – vad blir det för träffar?",
            when(14, 16, 2, 0),
            "<trekanten2030.autoreply.20261014160200@example.net>",
            in_reply_to=officer_mid,
            references=[MID["trekanten"], officer_mid],
            extra=[
                ("Auto-Submitted", "auto-replied"),
                ("X-Auto-Response-Suppress", "All"),
                ("X-MS-Exchange-Inbox-Rules-Loop", "jonas.berg@example.net"),
            ],
        ),
        text(t, charset="utf-8", cte="quoted-printable"),
    ),
    lab(
        "autoreply",
        "sv",
        NOEL,
        FA(),
        "Outlook 'Automatiskt svar' to the officer's own question about the Trekanten application (In-Reply-To the officer's message, References include the application). Auto-Submitted: auto-replied and X-Auto-Response-Suppress. The phone number in it is not a contact fact: all facts null for autoreplies.",
    ),
)

rc = receipt_text(CASE["lackeby"], ["anchoring"])
t = f"""Hej!

Jag är ledig och läser inte min mejl förrän måndag 2 november. Är det något brådskande om byaföreningen kan du ringa vår ordförande på 070-221 34 08.

Hälsningar
Malin Åkesson

{quote(rc)}
"""
add(
    "autosvar-lackeby-utan-huvud",
    when(23, 14, 26, 12),
    message(
        base_headers(
            addr("Malin Åkesson", "malin.akesson@example.com"),
            addr(BOT_NAME, BOT),
            "Ledig: " + receipt_subject(SUBJ_LACKEBY, CASE["lackeby"]),
            when(23, 14, 26, 12),
            "<a7a7c3c4.lackeby.2310.ledig@example.com>",
            in_reply_to=receipt_id(CASE["lackeby"]),
            references=[MID["lackeby"], receipt_id(CASE["lackeby"])],
        ),
        text(t, charset="iso-8859-1", cte="quoted-printable"),
    ),
    lab(
        "autoreply",
        "sv",
        NOEL,
        FA(),
        "Vacation reply WITHOUT any automation header (no Auto-Submitted, X-Autoreply or Precedence), subject prefixed 'Ledig:', threaded to the receipt and quoting it including 'Vi saknar följande i er ansökan'. Only the wording ('Jag är ledig och läser inte min mejl förrän …') shows it is automatic; it adds nothing to the application and must not be answered.",
    ),
)


# ============================================================================================
# BOUNCES
# ============================================================================================


def dsn(reporting: str, recipient: str, status: str, diag: str, arrival: dt.datetime) -> Part:
    body = (
        f"Reporting-MTA: dns; {reporting}\nX-Postfix-Queue-ID: 4Rk2Lq0x7Fz9\nArrival-Date: {format_datetime(arrival)}\n\n"
        f"Final-Recipient: rfc822; {recipient}\nOriginal-Recipient: rfc822;{recipient}\nAction: failed\nStatus: {status}\n"
        f"Remote-MTA: dns; mx.example.org\nDiagnostic-Code: smtp; {diag}\n"
    )
    return Part(
        ["Content-Description: Delivery report", "Content-Type: message/delivery-status"],
        body.encode("ascii"),
    )


def orig_headers(to: str, subject: str, date: dt.datetime, case: str, app_mid: str) -> Part:
    hs = base_headers(
        addr(BOT_NAME, BOT),
        to,
        subject,
        date,
        receipt_id(case),
        in_reply_to=app_mid,
        references=[app_mid],
        extra=[("Auto-Submitted", "auto-replied")],
    )
    body = "\n".join(f"{k}: {v}" for k, v in hs) + "\n"
    return Part(
        ["Content-Description: Undelivered Message Headers", "Content-Type: text/rfc822-headers"],
        body.encode("ascii"),
    )


t = """This is the mail system at host mx1.example.se.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<bergkvarahamn@example.org>: host mx.example.org[192.0.2.25] said: 550 5.1.1
    <bergkvarahamn@example.org>: Recipient address rejected: User unknown in
    virtual alias table (in reply to RCPT TO command)
"""
add(
    "studs-bergkvara-okand-mottagare",
    when(16, 18, 41, 2),
    message(
        base_headers(
            addr("Mail Delivery System", "MAILER-DAEMON@example.se"),
            BOT,
            "Undelivered Mail Returned to Sender",
            when(16, 18, 41, 2),
            "<20261016164102.7D1E2F30A1@example.se>",
            extra=[("Auto-Submitted", "auto-replied")],
        ),
        multipart(
            "report",
            "7D1E2F30A1.1729097462/mx1.example.se",
            [
                Part(
                    [
                        "Content-Description: Notification",
                        "Content-Type: text/plain; charset=us-ascii",
                    ],
                    t.encode("ascii"),
                ),
                dsn(
                    "mx1.example.se",
                    "bergkvarahamn@example.org",
                    "5.1.1",
                    "550 5.1.1 <bergkvarahamn@example.org>: Recipient address rejected: User unknown in virtual alias table",
                    when(16, 18, 40, 59),
                ),
                orig_headers(
                    "bergkvarahamn@example.org",
                    receipt_subject("Ansökan idéslanten: Hamnmagasinen", CASE["bergkvara"]),
                    when(16, 18, 40, 58),
                    CASE["bergkvara"],
                    MID["bergkvara"],
                ),
            ],
            params=" report-type=delivery-status;",
            preamble="This is a MIME-encapsulated message.",
        ),
    ),
    lab(
        "bounce",
        "en",
        NOEL,
        FA(),
        "Postfix multipart/report DSN from MAILER-DAEMON: the receipt to the Bergkvara association's shared mailbox was rejected (5.1.1 user unknown). The returned headers name the application's Message-ID and the receipt subject, but it is a bounce, never a followup, and must not be answered.",
    ),
)

t = """Leveransen misslyckades till följande mottagare:

kjelle.dahl@example.com
Mottagarens postlåda är full och kan inte ta emot meddelanden just nu. Försök att skicka meddelandet senare eller kontakta mottagaren på annat sätt.

Diagnostisk information för administratörer:
Genererad av server: mx2.example.com
Fjärrserver returnerade '552 5.2.2 Mailbox full - quota exceeded'
"""
add(
    "studs-berga-postlada-full",
    when(27, 12, 3, 1),
    message(
        base_headers(
            addr("Postmaster", "postmaster@example.com"),
            BOT,
            hval("Det gick inte att leverera: Re: pengar till resa [Idéslanten 2026-0064]"),
            when(27, 12, 3, 1),
            "<postmaster.20261027110301.5522@example.com>",
            extra=[("Auto-Submitted", "auto-replied"), ("X-MS-Exchange-Message-Is-Ndr", "")],
        ),
        multipart(
            "report",
            "_ndr_5522_20261027_",
            [
                text(t, charset="utf-8", cte="quoted-printable"),
                dsn(
                    "mx2.example.com",
                    "kjelle.dahl@example.com",
                    "5.2.2",
                    "552 5.2.2 Mailbox full - quota exceeded",
                    when(27, 12, 2, 59),
                ),
                orig_headers(
                    "kjelle.dahl@example.com",
                    receipt_subject("pengar till resa", CASE["berga"]),
                    when(27, 12, 2, 58),
                    CASE["berga"],
                    MID["berga"],
                ),
            ],
            params=" report-type=delivery-status;",
        ),
    ),
    lab(
        "bounce",
        "sv",
        NOEL,
        FA(),
        "Exchange-style Swedish non-delivery report ('Det gick inte att leverera'), multipart/report with a utf-8 QP human part: the receipt to the Berga applicant failed because his mailbox is full (5.2.2). Bounce; never answered.",
    ),
)


# ============================================================================================
# NEWSLETTERS
# ============================================================================================

t = """BYGDENYTT – OKTOBER 2026
Nyhetsbrev från Bygdenätverket i Kalmar län

1. SÖK IDÉSLANTEN INNAN ÅRET ÄR SLUT!
Regionens idéslanten ger upp till 15 000 kr per ort och år till föreningar och grupper med minst tio medlemmar. Tänk på att beskriva förening, kontaktperson, aktivitet, förankring och en enkel budget – till exempel "hyra 2 000, fika 1 500, föreläsare 4 000". Mejla landsbygdsutvecklaren, så kommer ett kvitto direkt.

2. HÖSTENS NÄTVERKSTRÄFFAR
Vi träffas i Högsby 5 november och i Vimmerby 19 november. Temat är hur små orter kan behålla sin service. Anmäl dig på vår webb.

3. NYTT LANDSBYGDSPROGRAM
Kommunerna i länet arbetar med nya landsbygdsprogram. Vi samlar synpunkter från byalag och bygdegårdsföreningar – svara på vår enkät senast 15 november.

Du får det här brevet för att du är med i Bygdenätverkets utskickslista.
Avregistrera dig: https://nyhetsbrev.example.org/avregistrera?lista=bygdenytt&id=88231
"""
html = html_page(
    '<table width="600" align="center" style="font-family:Georgia,serif"><tr><td>'
    '<h1 style="color:#6a4c1b">Bygdenytt – oktober 2026</h1>'
    + html_from_text(t.split("\n", 2)[2])
    + '<img src="https://nyhetsbrev.example.org/open.gif?id=88231" width="1" height="1" alt=""></td></tr></table>'
)
add(
    "nyhetsbrev-bygdenytt-oktober",
    when(1, 15, 40, 0),
    message(
        base_headers(
            addr("Bygdenätverket Kalmar län", "nyhetsbrev@example.org"),
            "landsbygdsutvecklare@example.se",
            "Bygdenytt oktober: Sök idéslanten, höstens träffar och nya landsbygdsprogram",
            when(1, 15, 40, 0),
            "<bygdenytt.2026-10.88231@example.org>",
            extra=[
                ("List-Id", "Bygdenytt <bygdenytt.example.org>"),
                (
                    "List-Unsubscribe",
                    "<https://nyhetsbrev.example.org/avregistrera?lista=bygdenytt&id=88231>,\n <mailto:avregistrera@example.org?subject=bygdenytt>",
                ),
                ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
                ("Precedence", "bulk"),
            ],
        ),
        multipart(
            "alternative",
            "=_bygdenytt_88231_alt",
            [
                text(t, charset="utf-8", cte="quoted-printable"),
                text(html, subtype="html", charset="utf-8", cte="quoted-printable"),
            ],
        ),
    ),
    lab(
        "newsletter",
        "sv",
        NOEL,
        FA(),
        "Monthly bulk newsletter with List-Id, List-Unsubscribe (+ One-Click) and Precedence: bulk. It advertises idéslanten itself and even quotes an example budget line ('hyra 2 000, fika 1 500, föreläsare 4 000') and the five elements – a trap for keyword matching. Not an application; never answered; facts null.",
    ),
)

t = """Vinterns cirklar nära dig – anmäl dig nu!

HÖGSBY: Släktforskning för nybörjare, start 10 november
NYBRO: Bokcirkel – Småland i litteraturen, start 12 november
EMMABODA: Styrelsearbete i ideella föreningar – budget, protokoll och bidragsansökningar, start 17 november

Alla cirklar kostar 0 kr för medlemmar i våra medlemsföreningar. Ledaren får arvode från oss.

Studieförbundet Bildningsbygd, Kalmar län
Vill du inte längre få våra utskick? https://kurser.example.net/unsubscribe?u=lbu-region
"""
add(
    "nyhetsbrev-studieforbund-cirklar",
    when(20, 11, 0, 0),
    message(
        base_headers(
            addr("Studieförbundet Bildningsbygd", "kurser@example.net"),
            "landsbygdsutvecklare@example.se",
            "Vinterns cirklar i Högsby, Nybro och Emmaboda – anmäl dig nu!",
            when(20, 11, 0, 0),
            "<mailer.cirklar.2026w.0042@example.net>",
            extra=[
                ("List-Unsubscribe", "<https://kurser.example.net/unsubscribe?u=lbu-region>"),
                ("X-Mailer", "Mailchimp Mailer - **CID2f4a9c**"),
            ],
        ),
        text(t, charset="utf-8", cte="base64"),
    ),
    lab(
        "newsletter",
        "sv",
        NOEL,
        FA(),
        "Course newsletter from a study association with List-Unsubscribe only (no Precedence, no List-Id), plain text base64. Mentions budgets, grant applications and a leader's fee, but it is bulk mail, not an application.",
    ),
)


# ============================================================================================
# SPAM
# ============================================================================================

html = html_page("""<div style="font-family:Segoe UI,Arial,sans-serif;max-width:560px;border:1px solid #ccc;padding:16px">
<p style="font-size:18px;color:#b00020"><b>&Aring;tg&auml;rd kr&auml;vs: Din e-postl&aring;da har n&aring;tt sin gr&auml;ns (99,8 %)</b></p>
<p>Hej landsbygdsutvecklare,</p>
<p>Din postl&aring;da <b>landsbygdsutvecklare@example.se</b> kommer att st&auml;ngas inom 24 timmar och inkommande meddelanden (t.ex. ans&ouml;kningar) kommer att avvisas.</p>
<p>Verifiera ditt konto nu f&ouml;r att beh&aring;lla dina meddelanden:</p>
<p><a href="https://regionkalmar-sakerhet.example.net/owa/verify?u=landsbygdsutvecklare" style="background:#0078d4;color:#fff;padding:8px 16px;text-decoration:none">Beh&aring;ll mina meddelanden</a></p>
<p style="font-size:11px;color:#777">IT-support Region Kalmar l&auml;n &copy; 2026</p>
</div>""")
add(
    "skrap-phishing-postlada-full",
    when(8, 2, 13, 44),
    message(
        base_headers(
            addr("IT-support Region Kalmar län", "it-support@example.net"),
            OFFICER,
            "Åtgärd krävs: Din e-postlåda har nått sin gräns",
            when(8, 2, 13, 44),
            "<5f1e.9a7b.phish.20261008@example.net>",
            extra=[("Reply-To", "helpdesk-verify@example.com"), ("X-Priority", "1 (Highest)")],
        ),
        text(html, subtype="html", charset="utf-8", cte="base64"),
    ),
    lab(
        "spam",
        "sv",
        NOEL,
        FA(),
        "Credential phishing posing as the region's IT support (HTML-only base64, Reply-To on another domain, urgent priority, 'verify' link to a look-alike host). It even mentions 'ansökningar' being rejected. Spam; never answered.",
    ),
)

t = """Hej!

Visste du att 7 av 10 ansökningar om bygdepeng saknar något viktigt?

Vi på Bidragsexperten skriver era föreningars ansökningar om idéslanten, Leader-stöd och kommunala bidrag – GARANTERAT beviljade eller pengarna tillbaka. Fast pris 4 900 kr + moms per ansökan.

Tipsa gärna föreningarna i länet om oss! Som tack får du ett presentkort på 500 kr för varje förening som anlitar oss.

Boka ett kostnadsfritt samtal: https://bidragsexperten.example.com/boka

Med vänlig hälsning
Team Bidragsexperten

Du får detta mejl eftersom din adress finns i en offentlig förteckning. Svara STOPP för att slippa fler utskick.
"""
add(
    "skrap-bidragsexperten",
    when(29, 3, 44, 18),
    message(
        base_headers(
            addr("Bidragsexperten", "info@example.com"),
            OFFICER,
            "Fler beviljade ansökningar om bygdepeng? 💰",
            when(29, 3, 44, 18),
            "<be.campaign.20261029.77120@example.com>",
        ),
        text(t, charset="utf-8", cte="quoted-printable"),
    ),
    lab(
        "spam",
        "sv",
        NOEL,
        FA(),
        "Unsolicited commercial mail to the officer offering to write grant applications for a fee and offering her kickbacks (gift cards) for referrals. Uses all the grant vocabulary (bygdepeng, idéslanten, ansökningar, 4 900 kr) but is spam; the 4 900 kr is a price, not an amount applied for. Emoji in an encoded-word subject.",
    ),
)


# ============================================================================================
# write + self-check
# ============================================================================================


def all_text_of(msg: email.message.EmailMessage) -> str:
    chunks = [str(k) + ": " + str(v) for k, v in msg.items()]
    for part in msg.walk():
        if part.is_multipart():
            continue
        payload = part.get_payload(decode=True)
        if payload is None:
            payload = part.get_payload()
            if isinstance(payload, list):
                chunks.append(" ".join(str(p) for p in payload))
                continue
            chunks.append(str(payload))
            continue
        if part.get_content_type() in (
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        ):
            try:
                with zipfile.ZipFile(io.BytesIO(payload)) as z:
                    for n in z.namelist():
                        chunks.append(z.read(n).decode("utf-8"))
            except zipfile.BadZipFile:
                pass
            continue
        if part.get_content_type() == "application/pdf":
            m = re.search(rb"stream\n(.*?)\nendstream", payload, re.S)
            if m:
                data = m.group(1)
                if b"/FlateDecode" in payload:
                    data = zlib.decompress(data)
                chunks.append(data.decode("latin-1"))
            continue
        charset = part.get_content_charset() or "ascii"
        chunks.append(payload.decode(charset, errors="replace"))
    return "\n".join(chunks)


def main() -> int:
    OUT.mkdir(parents=True, exist_ok=True)
    for old in OUT.glob("*.eml"):
        old.unlink()
    mails = sorted(MAILS, key=lambda m: m["date"])
    assert len(mails) == 45, len(mails)
    labels: dict[str, dict] = {}
    names: list[str] = []
    for i, m in enumerate(mails):
        name = f"{FIRST_NUMBER + i:04d}-{m['slug']}.eml"
        (OUT / name).write_bytes(m["raw"])
        labels[name] = m["label"]
        names.append(name)
    (OUT / "labels.json").write_text(
        json.dumps(labels, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
    )
    return check(names, labels)


def check(names: list[str], labels: dict) -> int:
    errors: list[str] = []
    files = sorted(p.name for p in OUT.glob("*.eml"))
    if files != sorted(labels):
        errors.append("labels.json keys differ from files")
    app_mids: dict[str, str] = {}
    parsed = {}
    for name in files:
        raw = (OUT / name).read_bytes()
        if b"\r" in raw:
            errors.append(f"{name}: CR in file")
        if not re.fullmatch(r"\d{4}-[a-z0-9-]+\.eml", name):
            errors.append(f"{name}: bad file name")
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        parsed[name] = msg
        for part in msg.walk():
            if part.defects:
                errors.append(f"{name}: defects {part.defects}")
            if part.get_content_maintype() == "text" and not part.is_multipart():
                try:
                    part.get_content()
                except Exception as exc:  # noqa: BLE001
                    errors.append(f"{name}: cannot decode text part: {exc}")
                cte = str(part.get("Content-Transfer-Encoding", "7bit")).lower()
                if cte in ("8bit", "7bit"):
                    for line in part.get_payload().split("\n"):
                        if len(line.encode("utf-8", "surrogateescape")) > 998:
                            errors.append(f"{name}: 8bit line > 998")
        for line in raw.split(b"\n"):
            if len(line) > 998:
                errors.append(f"{name}: raw line > 998 octets")
                break
        lab_ = labels[name]
        if set(lab_) != {"kind", "language", "elements", "facts", "notes"}:
            errors.append(f"{name}: label fields {sorted(lab_)}")
        if lab_["kind"] not in KINDS:
            errors.append(f"{name}: kind {lab_['kind']}")
        if lab_["language"] not in ("sv", "en"):
            errors.append(f"{name}: language")
        if list(lab_["elements"]) != ELEMENT_KEYS or not all(
            isinstance(v, bool) for v in lab_["elements"].values()
        ):
            errors.append(f"{name}: elements schema")
        if list(lab_["facts"]) != FACT_KEYS:
            errors.append(f"{name}: facts schema")
        f = lab_["facts"]
        if f["org_number"] is not None and not luhn_ok(f["org_number"]):
            errors.append(f"{name}: org number {f['org_number']} not Luhn-valid")
        if lab_["kind"] in ("application", "followup"):
            if not isinstance(f["salary_costs"], bool) or not isinstance(
                f["physical_investment"], bool
            ):
                errors.append(f"{name}: salary/physical must be bool")
        if lab_["kind"] in ("autoreply", "bounce", "newsletter", "spam"):
            if any(v is not None for v in f.values()):
                errors.append(f"{name}: machine mail with non-null facts")
        if lab_["kind"] not in ("application", "followup") and any(lab_["elements"].values()):
            errors.append(f"{name}: non-application with true elements")
        if not lab_["notes"] or "\n" in lab_["notes"]:
            errors.append(f"{name}: notes must be one paragraph")
        if lab_["kind"] == "application":
            app_mids[str(msg["Message-ID"]).strip()] = name
        body = all_text_of(msg)
        for m in re.finditer(r"[A-Za-z0-9._%+=-]+@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)", body):
            if m.group(1).lower() not in ALLOWED_DOMAINS:
                errors.append(f"{name}: address or id outside the example domains: {m.group(0)}")
        for org in re.findall(r"\b(\d{6}-\d{4})\b", body):
            if org.startswith(("7", "8")) and not luhn_ok(org):
                errors.append(f"{name}: org number in text {org} not Luhn-valid")
        if f["contact_email"] and f["contact_email"].split("@")[1] not in ALLOWED_DOMAINS:
            errors.append(f"{name}: contact_email domain")
        d = parsedate_to_datetime(str(msg["Date"]))
        if d.year != 2026:
            errors.append(f"{name}: date not 2026")
    # numbering follows Date order
    dates = [parsedate_to_datetime(str(parsed[n]["Date"])) for n in files]
    if dates != sorted(dates):
        errors.append("file numbering does not follow Date order")
    nums = [int(n[:4]) for n in files]
    if nums != list(range(FIRST_NUMBER, FIRST_NUMBER + len(files))):
        errors.append("numbers not consecutive")
    # threading of followups
    for name in files:
        lab_ = labels[name]
        msg = parsed[name]
        if lab_["kind"] == "followup":
            irt = str(msg.get("In-Reply-To", "")).strip()
            refs = str(msg.get("References", "")).split()
            if irt in app_mids:
                target = app_mids[irt]
            elif irt.startswith("<ideslanten.") and any(r in app_mids for r in refs):
                target = next(app_mids[r] for r in refs if r in app_mids)
            else:
                errors.append(f"{name}: followup not threaded to an application")
                continue
            if target > name:
                errors.append(f"{name}: followup precedes its application")
            subj = str(msg["Subject"])
            if not re.match(r"(?i)(re|sv):", subj):
                errors.append(f"{name}: followup subject lacks Re:/SV:")
    counts: dict[str, int] = {}
    for lab_ in labels.values():
        counts[lab_["kind"]] = counts.get(lab_["kind"], 0) + 1
    apps = [v for v in labels.values() if v["kind"] == "application"]
    complete = sum(all(v["elements"].values()) for v in apps)
    missing = {k: sum(not v["elements"][k] for v in apps) for k in ELEMENT_KEYS}
    if errors:
        print("\n".join(errors))
        print(f"{len(errors)} problem(s)")
        return 1
    print(f"OK: {len(files)} mails in {OUT}")
    print("kinds:", counts)
    print(f"applications complete: {complete}/{len(apps)}; missing per element: {missing}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
