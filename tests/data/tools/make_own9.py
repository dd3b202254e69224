"""Generator for the own9 development corpus of the Idéslanten intake bot.

own9 – "mail clients and formats nobody planned for": 45 entirely fictional e-mails
(files 1101–1145) about Region Kalmar län's micro-grant "regional bygdepeng – idéslanten",
written in the styles of many mail clients: Outlook desktop HTML (MsoNormal paragraphs, nested
tables, inline logo), Gmail HTML with div/br, Apple Mail format=flowed, Android Gmail top-posting,
Outlook mobile, Telia- and Bredband2-style HTML-only webmail, an empty plain part next to a full
HTML part, whole applications in .docx/.pdf with a one-line body, numbered five-point forms,
forwarded chains (municipality clerk, chairperson "se nedan"), inline answers, followups from
another board member and in English, mixed languages, long signatures with disclaimers, many
phone/org number/member/amount spellings, autoreplies without automation headers, a Microsoft
365 NDR, a postfix bounce, newsletters and a phishing mail.

Labels (labels.json) follow /work/shared/corpus/README.md and were set by hand.

Regenerate (byte-identical on every run; the script checks itself afterwards):

    /work/main/.venv/bin/python /work/main/tests/data/tools/make_own9.py

Stdlib only: .docx/.xlsx are built as zip files of minimal XML, PDFs by hand (Helvetica,
WinAnsiEncoding), the PNG logo with zlib.
"""

# ruff: noqa: E501
from __future__ import annotations

import base64
import io
import json
import quopri
import re
import struct
import sys
import urllib.parse
import zipfile
import zlib
from datetime import UTC, datetime, timedelta, timezone
from email import message_from_bytes, policy
from email.header import Header
from email.utils import format_datetime, formataddr, parsedate_to_datetime
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "own9"
FIRST_NUMBER = 1101

# ---------------------------------------------------------------------------
# small helpers
# ---------------------------------------------------------------------------

ATTACHMENT_TEXTS: list[str] = []  # text put into binary attachments (checked for addresses)


def luhn_ok(digits: str) -> bool:
    total = 0
    for i, ch in enumerate(digits):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def org(nine: str) -> str:
    """Complete nine digits to a Luhn-valid organisation number NNNNNN-NNNN."""
    assert len(nine) == 9 and nine.isdigit()
    for c in "0123456789":
        if luhn_ok(nine + c):
            return f"{nine[:6]}-{nine[6:]}{c}"
    raise AssertionError(nine)


def date(s: str) -> str:
    d = datetime.strptime(s, "%Y-%m-%d %H:%M:%S")
    summer = datetime(2026, 3, 29, 2) <= d < datetime(2026, 10, 25, 3)
    return format_datetime(d.replace(tzinfo=timezone(timedelta(hours=2 if summer else 1))))


def date_utc(s: str) -> str:
    d = datetime.strptime(s, "%Y-%m-%d %H:%M:%S")
    return format_datetime(d.replace(tzinfo=UTC))


def addr(name: str | None, email: str, charset: str = "utf-8") -> str:
    if not name:
        return email
    return formataddr((name, email), charset=charset)


def enc_header(s: str, charset: str = "utf-8", name: str = "Subject") -> str:
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, charset, header_name=name).encode(maxlinelen=76)


class Part:
    def __init__(self, hdrs: list[str], body: bytes):
        self.hdrs = hdrs
        self.body = body

    def render(self) -> bytes:
        return ("\n".join(self.hdrs) + "\n\n").encode("ascii") + self.body


def _enc(data: bytes, cte: str) -> bytes:
    if cte in ("7bit", "8bit"):
        out = data
    elif cte == "quoted-printable":
        out = quopri.encodestring(data)
    elif cte == "base64":
        out = base64.encodebytes(data)
    else:
        raise ValueError(cte)
    if not out.endswith(b"\n"):
        out += b"\n"
    return out


def text(
    body: str,
    subtype: str = "plain",
    charset: str | None = "utf-8",
    cte: str = "8bit",
    params: str = "",
    extra: list[str] | None = None,
    quote_charset: bool = True,
) -> Part:
    data = body.encode(charset or "ascii")
    if charset:
        cs = f'"{charset}"' if quote_charset else charset
        ct = f"Content-Type: text/{subtype}; charset={cs}{params}"
    else:
        ct = f"Content-Type: text/{subtype}{params}"
    hdrs = [ct, f"Content-Transfer-Encoding: {cte}"] + (extra or [])
    return Part(hdrs, _enc(data, cte))


def _fn_param(key: str, filename: str) -> str:
    try:
        filename.encode("ascii")
        return f'{key}="{filename}"'
    except UnicodeEncodeError:
        return f"{key}*=utf-8''{urllib.parse.quote(filename)}"


def attachment(
    data: bytes,
    ctype: str,
    filename: str,
    disposition: str = "attachment",
    extra: list[str] | None = None,
) -> Part:
    hdrs = [
        f"Content-Type: {ctype}; {_fn_param('name', filename)}",
        f"Content-Disposition: {disposition}; {_fn_param('filename', filename)}",
        "Content-Transfer-Encoding: base64",
    ] + (extra or [])
    return Part(hdrs, _enc(data, "base64"))


def multi(
    subtype: str,
    boundary: str,
    parts: list[Part],
    params: str = "",
    preamble: str | None = None,
    extra: list[str] | None = None,
) -> Part:
    hdrs = [f'Content-Type: multipart/{subtype};{params} boundary="{boundary}"'] + (extra or [])
    body = b""
    if preamble:
        body += preamble.encode("ascii") + b"\n\n"
    for p in parts:
        body += b"--" + boundary.encode() + b"\n" + p.render()
        if not body.endswith(b"\n"):
            body += b"\n"
    body += b"--" + boundary.encode() + b"--\n"
    return Part(hdrs, body)


def build(headers: list[tuple[str, str]], part: Part, mime_version: bool = True) -> bytes:
    lines = [f"{k}: {v}" for k, v in headers]
    if mime_version:
        lines.append("MIME-Version: 1.0")
    raw = ("\n".join(lines + part.hdrs) + "\n\n").encode("ascii") + part.body
    return raw


def H(
    frm: str,
    to: str,
    subject: str,
    when: str,
    mid: str,
    *extra: tuple[str, str],
    cc: str | None = None,
    subject_charset: str = "utf-8",
) -> list[tuple[str, str]]:
    h = [("From", frm), ("To", to)]
    if cc:
        h.append(("Cc", cc))
    h += [("Subject", enc_header(subject, subject_charset)), ("Date", when), ("Message-ID", mid)]
    h += list(extra)
    return h


def flowed(s: str, width: int = 72) -> str:
    """Wrap paragraphs as format=flowed (soft line breaks end in a space)."""
    out: list[str] = []
    for line in s.split("\n"):
        if len(line) <= width or line.startswith(">"):
            out.append(line)
            continue
        words = line.split(" ")
        cur = ""
        for w in words:
            if cur and len(cur) + 1 + len(w) > width:
                out.append(cur + " ")
                cur = w
            else:
                cur = f"{cur} {w}" if cur else w
        out.append(cur)
    return "\n".join(out)


def quote(s: str, prefix: str = "> ") -> str:
    return "\n".join(prefix + line if line else prefix.rstrip() for line in s.split("\n"))


def html_escape(s: str) -> str:
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


# ---------------------------------------------------------------------------
# binary attachments
# ---------------------------------------------------------------------------

ZIP_DT = (2026, 1, 1, 12, 0, 0)


def zip_bytes(files: list[tuple[str, str]]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for name, content in files:
            zi = zipfile.ZipInfo(name, ZIP_DT)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zi.create_system = 0
            z.writestr(zi, content.encode("utf-8"))
    return buf.getvalue()


def xml_escape(s: str) -> str:
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


def docx(blocks: list) -> bytes:
    """blocks: str (paragraph), ("h", str) bold heading, ("table", [[cell, ...], ...])."""
    W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    body = []

    def para(t: str, bold: bool = False) -> str:
        ATTACHMENT_TEXTS.append(t)
        rpr = "<w:rPr><w:b/></w:rPr>" if bold else ""
        return f'<w:p><w:r>{rpr}<w:t xml:space="preserve">{xml_escape(t)}</w:t></w:r></w:p>'

    for b in blocks:
        if isinstance(b, str):
            body.append(para(b))
        elif b[0] == "h":
            body.append(para(b[1], bold=True))
        elif b[0] == "table":
            rows = []
            for row in b[1]:
                cells = "".join(
                    f'<w:tc><w:tcPr><w:tcW w:w="4000" w:type="dxa"/></w:tcPr>{para(c)}</w:tc>'
                    for c in row
                )
                rows.append(f"<w:tr>{cells}</w:tr>")
            body.append(
                '<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="0" w:type="auto"/></w:tblPr>'
                '<w:tblGrid><w:gridCol w:w="4000"/><w:gridCol w:w="4000"/></w:tblGrid>'
                + "".join(rows)
                + "</w:tbl>"
            )
    document = (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document xmlns:w="{W}"><w:body>'
        + "".join(body)
        + '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr></w:body></w:document>'
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
        [("[Content_Types].xml", ctypes), ("_rels/.rels", rels), ("word/document.xml", document)]
    )


def col_letter(i: int) -> str:
    return "ABCDEFGH"[i]


def xlsx(rows: list[list], sheet: str = "Budget") -> bytes:
    """rows of str / int / ("=", formula, cached int)."""
    xr = []
    for r, row in enumerate(rows, 1):
        cells = []
        for c, v in enumerate(row):
            ref = f"{col_letter(c)}{r}"
            if isinstance(v, tuple):
                cells.append(f'<c r="{ref}"><f>{v[1]}</f><v>{v[2]}</v></c>')
            elif isinstance(v, int):
                cells.append(f'<c r="{ref}"><v>{v}</v></c>')
            elif v is None or v == "":
                continue
            else:
                ATTACHMENT_TEXTS.append(v)
                cells.append(f'<c r="{ref}" t="inlineStr"><is><t>{xml_escape(v)}</t></is></c>')
        xr.append(f'<row r="{r}">{"".join(cells)}</row>')
    ws = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
        '<cols><col min="1" max="1" width="42" customWidth="1"/><col min="2" max="3" width="14" customWidth="1"/></cols>'
        f"<sheetData>{''.join(xr)}</sheetData></worksheet>"
    )
    wb = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
        'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
        f'<sheets><sheet name="{xml_escape(sheet)}" sheetId="1" r:id="rId1"/></sheets></workbook>'
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
            ("xl/worksheets/sheet1.xml", ws),
        ]
    )


def pdf(lines: list[str], title: str, compress: bool = True) -> bytes:
    """One-page PDF; lines starting with '# ' are set in Helvetica-Bold."""
    assert len(lines) <= 54, len(lines)

    def esc(s: str) -> str:
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")

    ops = ["BT", "14 TL", "56 790 Td"]
    for ln in lines:
        ATTACHMENT_TEXTS.append(ln)
        if ln.startswith("# "):
            ops.append(f"/F2 12 Tf ({esc(ln[2:])}) Tj T*")
        else:
            ops.append(f"/F1 10.5 Tf ({esc(ln)}) Tj T*")
    ops.append("ET")
    content = ("\n".join(ops) + "\n").encode("cp1252")
    if compress:
        stream = zlib.compress(content, 9)
        sdict = f"<< /Length {len(stream)} /Filter /FlateDecode >>".encode()
    else:
        stream = content
        sdict = f"<< /Length {len(stream)} >>".encode()
    info_title = esc(title).encode("cp1252")
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R /F2 5 0 R >> >> /Contents 6 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>",
        sdict + b"\nstream\n" + stream + b"\nendstream",
        b"<< /Title ("
        + info_title
        + b") /Producer (Skrivare PDF 2.1) /CreationDate (D:20260301120000+01'00') >>",
    ]
    out = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"
    offsets = []
    for i, o in enumerate(objs, 1):
        offsets.append(len(out))
        out += f"{i} 0 obj\n".encode() + o + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode()
    for off in offsets:
        out += f"{off:010d} 00000 n \n".encode()
    out += f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R /Info 7 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return out


def png(w: int, h: int, fg: tuple[int, int, int], bg: tuple[int, int, int]) -> bytes:
    rows = []
    for y in range(h):
        row = bytearray(b"\x00")
        for x in range(w):
            inside = (x - w // 4) ** 2 + (y - h // 2) ** 2 < (h // 3) ** 2 or (
                w // 2 < x < w - 4 and h // 3 < y < 2 * h // 3
            )
            row += bytes(fg if inside else bg)
        rows.append(bytes(row))

    def chunk(t: bytes, d: bytes) -> bytes:
        return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xFFFFFFFF)

    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
        + chunk(b"IDAT", zlib.compress(b"".join(rows), 9))
        + chunk(b"IEND", b"")
    )


# ---------------------------------------------------------------------------
# labels
# ---------------------------------------------------------------------------

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


def label(kind: str, lang: str, present: str, notes: str, **facts) -> dict:
    names = present.split()
    for n in names:
        assert n in ELEMENTS, n
    for k in facts:
        assert k in FACTS, k
    return {
        "kind": kind,
        "language": lang,
        "elements": {e: e in names for e in ELEMENTS},
        "facts": {f: facts.get(f) for f in FACTS},
        "notes": notes,
    }


NULL_LABEL_KINDS = ("autoreply", "bounce", "newsletter", "spam")

# ---------------------------------------------------------------------------
# shared actors: the bot, the officer, receipts
# ---------------------------------------------------------------------------

BOT = addr("Idéslanten – Region Kalmar län", "ideslanten@example.se")
BOT_NAME = "Idéslanten – Region Kalmar län"
OFFICER = addr("Landsbygdsutvecklare Region Kalmar län", "landsbygdsutvecklare@example.se")
OFFICER_ADDR = "landsbygdsutvecklare@example.se"

GUIDE = {
    "association": [
        "Förening/grupp: föreningens eller gruppens namn och något om den (vad den gör, organisationsnummer, antal medlemmar).",
        "Uppgifter om föreningen – namn, gärna organisationsnummer och hur många medlemmar ni är.",
    ],
    "contact": [
        "Kontaktperson: namn och e-post eller telefon till den som vi kan kontakta om ansökan.",
        "En kontaktperson – namn och telefonnummer eller e-postadress.",
    ],
    "activity": [
        "Aktivitet: vad ni vill göra, när och hur, och hur det bidrar till utvecklingen på orten.",
        "En beskrivning av aktiviteten – vad, när, hur – och vad den betyder för bygden.",
    ],
    "anchoring": [
        "Lokal förankring: hur idén är förankrad i byn, t.ex. byamöte, enkät, samarbete med andra föreningar eller frivilliga.",
        "Hur aktiviteten är förankrad lokalt (till exempel beslut på ett möte, en enkät eller samarbete med andra i byn).",
    ],
    "budget": [
        "Budget: en översiktlig budget med kostnadsposter och belopp.",
        "En översiktlig budget där det framgår vad pengarna ska användas till och ungefärliga belopp.",
    ],
}


def receipt(case: str, missing: list[str], v: int = 0) -> str:
    intro = [
        f"Tack för er ansökan om idéslanten! Vi har tagit emot den och gett den ärendenummer {case}.",
        f"Hej och tack för ansökan om regional bygdepeng – idéslanten. Ärendet har fått nummer {case}.",
    ][v % 2]
    head = [
        "Vi saknar följande i er ansökan:",
        "För att vi ska kunna behandla ansökan behöver vi också:",
    ][v % 2]
    lines = [intro, "", head]
    for m in missing:
        lines.append("– " + GUIDE[m][v % 2])
    lines += [
        "",
        [
            "Svara gärna på det här mejlet med det som saknas, så kompletterar vi ärendet.",
            "Svara på det här meddelandet så läggs kompletteringen till i ärendet.",
        ][v % 2],
        "",
        "Vänliga hälsningar",
        BOT_NAME,
        "(automatiskt svar – frågor besvaras av landsbygdsutvecklaren, landsbygdsutvecklare@example.se)",
    ]
    return "\n".join(lines)


def receipt_id(case: str) -> str:
    return f"<receipt.{case}.ideslanten@example.se>"


MAILS: list[tuple[str, bytes, dict]] = []


def mail(fn):
    slug, raw, lab = fn()
    MAILS.append((slug, raw, lab))
    return fn


# ---------------------------------------------------------------------------
# the mails, in Date order (file numbers follow this order)
# ---------------------------------------------------------------------------

MID = {
    "kristdala": "<AM9PR07MB7142C1D0A5E94B1F8E3A2C55D11A0@AM9PR07MB7142.eurprd07.prod.outlook.example.com>",
    "fliseryd": "<CAKq7vRz3Jd0x9mWc2Fh4tLpQe81nYb5sTr0uGk6aVo2Xw@mail.gmail.example.com>",
    "lottorp": "<6E1B4C2A-93F0-4D7E-B1A8-0C5F27D93E41@example.net>",
    "figeholm": "<VI1P189MB0623B4E1F0C72A5D90E3F1A2B8C4E0@VI1P189MB0623.EURP189.PROD.OUTLOOK.example.net>",
    "ruda": "<e41b7c3f09a2d5b8c6f1e0a9d3b27c14@webmail.example.com>",
    "fagerhult": "<20260305101522.3f8a1c@skrivbordet.example.se>",
    "loftahammar": "<A1C93E7F-2B84-4F60-9D15-6E0B3C8A72F9@example.org>",
    "soderakra_clerk": "<GV1P194MB1822A7C0E3D5B6F9@GV1P194MB1822.EURP194.PROD.OUTLOOK.example.se>",
    "kopingsvik": "<CAFx2nVh8qR3tLk1mW0pYz5dJc7eGb4sUo9iHa6Tf3Ne@mail.gmail.example.com>",
    "degerhamn": "<CAN8pQw1zX4rT7vKm2LbJc9fHd5sGe0yUa3iOn6Wt1Rq@mail.gmail.example.com>",
    "vissefjarda": "<1746.ellak09.202604282211@mobil.example.com>",
    "timmernabben": "<DB9PR02MB7263E0A9F14C2B8D5A7E3F06C91B@DB9PR02MB7263.eurprd02.prod.outlook.example.org>",
    "edsbruk": "<5b2e9d10c4a7f3e8@edsbruk.example.org>",
}


@mail
def m_kristdala():
    o = org("802441735")
    plain = f"""Hej!

Kristdala Hembygdsförening vill härmed söka regional bygdepeng – idéslanten för 2026.

Om föreningen
Kristdala Hembygdsförening, org.nr {o}, bildades 1931 och sköter hembygdsgården mitt i byn. Vi är ca 60 st medlemmar, de flesta boende i Kristdala socken.

Vad vi vill göra
”Kristdala förr, nu och sen” – tre kvällar i Kristdala Folkets hus under hösten (17 september, 15 oktober och 12 november). De två första kvällarna föreläser en lokalhistoriker om handelsplatsen och marknaderna i Kristdala, den tredje kvällen är en öppen bygdedialog om vad vi vill använda den gamla skolan till när kommunen säljer den. Kvällarna är öppna för alla i bygden, kvinnor som män, unga och gamla. Vi vill att fler ska känna till byns historia och vara med och bestämma om framtiden – skolhuset kan bli en samlingslokal om tillräckligt många vill.

Förankring
Idén togs upp och beslutades på vårt årsmöte den 23 november 2025 (29 närvarande). Kristdala IF och Kristdala församling är med och ordnar dialogkvällen, och PRO Kristdala hjälper till med fika.

Budget
Föreläsararvode, 2 kvällar à 3 750 kr\t7 500 kr
Hyra Kristdala Folkets hus, 3 kvällar à 600 kr\t1 800 kr
Affischer och annons i Oskarshamns-Tidningen\t900 kr
Fika\t1 200 kr
Summa\t11 400 kr

Vi söker alltså 11 400 kr.

Med vänlig hälsning

Birgitta Holmqvist
Sekreterare | Kristdala Hembygdsförening
Tel 0491-710 23 | Mobil 070-312 45 86
birgitta.holmqvist@example.se
[cid:image001.png@01DC8A1B.5E2F3C40]
"""
    rows = [
        ("Föreläsararvode, 2 kvällar à 3 750 kr", "7 500 kr"),
        ("Hyra Kristdala Folkets hus, 3 kvällar à 600 kr", "1 800 kr"),
        ("Affischer och annons i Oskarshamns-Tidningen", "900 kr"),
        ("Fika", "1 200 kr"),
    ]
    trs = "".join(
        f"<tr><td width=320 valign=top style='width:240.0pt;border:solid #BFBFBF 1.0pt;padding:0cm 5.4pt 0cm 5.4pt'><p class=MsoNormal>{html_escape(a)}<o:p></o:p></p></td>"
        f"<td width=120 valign=top style='width:90.0pt;border:solid #BFBFBF 1.0pt;border-left:none;padding:0cm 5.4pt 0cm 5.4pt'><p class=MsoNormal align=right style='text-align:right'>{b}<o:p></o:p></p></td></tr>\n"
        for a, b in rows
    )
    html = f"""<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40"><head><meta http-equiv=Content-Type content="text/html; charset=utf-8"><meta name=Generator content="Microsoft Word 15 (filtered medium)"><!--[if !mso]><style>v\\:* {{behavior:url(#default#VML);}}
o\\:* {{behavior:url(#default#VML);}}
</style><![endif]--><style><!--
/* Font Definitions */
@font-face
\t{{font-family:"Cambria Math";
\tpanose-1:2 4 5 3 5 4 6 3 2 4;}}
@font-face
\t{{font-family:Aptos;}}
/* Style Definitions */
p.MsoNormal, li.MsoNormal, div.MsoNormal
\t{{margin:0cm;
\tfont-size:12.0pt;
\tfont-family:"Aptos",sans-serif;
\tmso-ligatures:standardcontextual;
\tmso-fareast-language:EN-US;}}
span.E-postmall17
\t{{mso-style-type:personal-compose;
\tfont-family:"Aptos",sans-serif;
\tcolor:windowtext;}}
.MsoChpDefault
\t{{mso-style-type:export-only;
\tmso-fareast-language:EN-US;}}
@page WordSection1
\t{{size:612.0pt 792.0pt;
\tmargin:70.85pt 70.85pt 70.85pt 70.85pt;}}
div.WordSection1
\t{{page:WordSection1;}}
--></style><!--[if gte mso 9]><xml>
<o:shapedefaults v:ext="edit" spidmax="1026" />
</xml><![endif]--><!--[if gte mso 9]><xml>
<o:shapelayout v:ext="edit">
<o:idmap v:ext="edit" data="1" />
</o:shapelayout></xml><![endif]--></head><body lang=SV link="#467886" vlink="#96607D" style='word-wrap:break-word'><div class=WordSection1><p class=MsoNormal>Hej!<o:p></o:p></p><p class=MsoNormal><o:p>&nbsp;</o:p></p>
<p class=MsoNormal>Kristdala Hembygdsförening vill härmed söka regional bygdepeng – idéslanten för 2026.<o:p></o:p></p><p class=MsoNormal><o:p>&nbsp;</o:p></p>
<p class=MsoNormal><b>Om föreningen<o:p></o:p></b></p>
<p class=MsoNormal>Kristdala Hembygdsförening, org.nr {o}, bildades 1931 och sköter hembygdsgården mitt i byn. Vi är ca 60 st medlemmar, de flesta boende i Kristdala socken.<o:p></o:p></p><p class=MsoNormal><o:p>&nbsp;</o:p></p>
<p class=MsoNormal><b>Vad vi vill göra<o:p></o:p></b></p>
<p class=MsoNormal>”Kristdala förr, nu och sen” – tre kvällar i Kristdala Folkets hus under hösten (17 september, 15 oktober och 12 november). De två första kvällarna föreläser en lokalhistoriker om handelsplatsen och marknaderna i Kristdala, den tredje kvällen är en öppen bygdedialog om vad vi vill använda den gamla skolan till när kommunen säljer den. Kvällarna är öppna för alla i bygden, kvinnor som män, unga och gamla. Vi vill att fler ska känna till byns historia och vara med och bestämma om framtiden – skolhuset kan bli en samlingslokal om tillräckligt många vill.<o:p></o:p></p><p class=MsoNormal><o:p>&nbsp;</o:p></p>
<p class=MsoNormal><b>Förankring<o:p></o:p></b></p>
<p class=MsoNormal>Idén togs upp och beslutades på vårt årsmöte den 23 november 2025 (29 närvarande). Kristdala IF och Kristdala församling är med och ordnar dialogkvällen, och PRO Kristdala hjälper till med fika.<o:p></o:p></p><p class=MsoNormal><o:p>&nbsp;</o:p></p>
<p class=MsoNormal><b>Budget<o:p></o:p></b></p>
<table class=MsoNormalTable border=0 cellspacing=0 cellpadding=0 style='border-collapse:collapse'><tr><td valign=top style='padding:0cm 0cm 0cm 0cm'>
<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0 style='border-collapse:collapse;border:none'>
{trs}<tr><td width=320 valign=top style='width:240.0pt;border:solid #BFBFBF 1.0pt;border-top:none;padding:0cm 5.4pt 0cm 5.4pt'><p class=MsoNormal><b>Summa<o:p></o:p></b></p></td><td width=120 valign=top style='width:90.0pt;border-top:none;border-left:none;border-bottom:solid #BFBFBF 1.0pt;border-right:solid #BFBFBF 1.0pt;padding:0cm 5.4pt 0cm 5.4pt'><p class=MsoNormal align=right style='text-align:right'><b>11 400 kr<o:p></o:p></b></p></td></tr>
</table></td></tr></table>
<p class=MsoNormal><o:p>&nbsp;</o:p></p><p class=MsoNormal>Vi söker alltså 11 400 kr.<o:p></o:p></p><p class=MsoNormal><o:p>&nbsp;</o:p></p>
<p class=MsoNormal>Med vänlig hälsning<o:p></o:p></p><p class=MsoNormal><o:p>&nbsp;</o:p></p>
<table class=MsoNormalTable border=0 cellspacing=0 cellpadding=0 style='border-collapse:collapse'><tr><td width=90 valign=top style='width:67.5pt;padding:0cm 5.4pt 0cm 0cm'><p class=MsoNormal><img width=64 height=32 style='width:.6666in;height:.3333in' id="Bild_x0020_1" src="cid:image001.png@01DC8A1B.5E2F3C40" alt="Kristdala Hembygdsförening"><o:p></o:p></p></td>
<td valign=top style='padding:0cm 0cm 0cm 5.4pt'><table class=MsoNormalTable border=0 cellspacing=0 cellpadding=0><tr><td style='padding:0cm'><p class=MsoNormal><b><span style='color:#385623'>Birgitta Holmqvist</span></b><o:p></o:p></p></td></tr>
<tr><td style='padding:0cm'><p class=MsoNormal><span style='font-size:9.0pt'>Sekreterare | Kristdala Hembygdsförening</span><o:p></o:p></p></td></tr>
<tr><td style='padding:0cm'><p class=MsoNormal><span style='font-size:9.0pt'>Tel 0491-710 23 | Mobil 070-312 45 86</span><o:p></o:p></p></td></tr>
<tr><td style='padding:0cm'><p class=MsoNormal><span style='font-size:9.0pt'><a href="mailto:birgitta.holmqvist@example.se">birgitta.holmqvist@example.se</a></span><o:p></o:p></p></td></tr></table></td></tr></table>
<p class=MsoNormal><o:p>&nbsp;</o:p></p></div></body></html>
"""
    logo = png(64, 32, (56, 86, 35), (255, 255, 255))
    alt = multi(
        "alternative",
        "_000_AM9PR07MB7142C1D0A5E94B1F8E3A2C55D11A0AM9PR07MB7142eurp_",
        [
            text(plain, cte="quoted-printable", quote_charset=False),
            text(html, "html", cte="quoted-printable", quote_charset=False),
        ],
    )
    img = attachment(
        logo,
        "image/png",
        "image001.png",
        disposition="inline",
        extra=["Content-ID: <image001.png@01DC8A1B.5E2F3C40>"],
    )
    rel = multi(
        "related",
        "_004_AM9PR07MB7142C1D0A5E94B1F8E3A2C55D11A0AM9PR07MB7142eurp_",
        [alt, img],
        params=' type="multipart/alternative";',
    )
    hdr = H(
        addr("Birgitta Holmqvist", "birgitta.holmqvist@example.se"),
        OFFICER,
        "Ansökan idéslanten – Kristdala hembygdsförening",
        date("2026-01-12 09:41:17"),
        MID["kristdala"],
        (
            "Thread-Topic",
            enc_header("Ansökan idéslanten – Kristdala hembygdsförening", name="Thread-Topic"),
        ),
        ("Thread-Index", "AdyDx4kZ0ZpQ3m6rTbuyA8l1c2f9Qw=="),
        ("Accept-Language", "sv-SE, en-US"),
        ("Content-Language", "sv-SE"),
        ("X-MS-Has-Attach", "yes"),
        ("X-MS-TNEF-Correlator", ""),
    )
    return (
        "kristdala-outlook-html",
        build(hdr, rel),
        label(
            "application",
            "sv",
            "association contact activity anchoring budget",
            "Complete application in Outlook desktop HTML: MsoNormal paragraphs with <o:p>, the budget as a table nested inside a layout table, a signature laid out as a nested table with an inline cid: logo (multipart/related around multipart/alternative). Association = name + org.nr + founded + 'ca 60 st' members (=60). Contact = signer Birgitta Holmqvist from her own address, first phone is the landline 0491-710 23. Activity = three dated evenings with lecturer and a dialogue on the school building; anchoring = annual meeting decision (29 present) + Kristdala IF, församling, PRO. Budget = four items summing to 11 400, also stated as applied amount. Lecturer fee is not salary; renting Folkets hus is not an investment. 'kvinnor som män' → women_and_men true.",
            association_name="Kristdala Hembygdsförening",
            org_number=o,
            contact_name="Birgitta Holmqvist",
            contact_email="birgitta.holmqvist@example.se",
            contact_phone="0491-710 23",
            members=60,
            ort="Kristdala",
            amount_sek=11400,
            women_and_men=True,
            salary_costs=False,
            physical_investment=False,
        ),
    )


@mail
def m_newsletter_idrott():
    plain = """Idrottsförbundet Sydost – Nyhetsbrev januari 2026
Visa i webbläsaren: https://nyhetsbrev.example.org/sydost/2026-01

Hej föreningsledare!

Nu drar säsongen igång och vi har samlat det viktigaste för dig som leder en idrottsförening i Kalmar län.

LOK-STÖD VÅREN 2026
Sista dag att redovisa höstens sammankomster är 25 februari. Kom ihåg att registrera deltagarna i IdrottOnline senast två veckor efter aktiviteten.

UTBILDNING: SÄKRA SOCIALA MEDIER
Webbinarium 4 februari kl 18.30–20.00. Anmälan via länken nedan. Gratis för medlemsföreningar.

FÖRENINGSBIDRAG – DET FINNS MER ATT HÄMTA
Många föreningar på landsbygden missar att de kan söka andra bidrag än idrottens egna: kommunala aktivitetsbidrag, stiftelser och regionens landsbygdsmedel. Läs vår genomgång på hemsidan. Vi hjälper gärna till om ni vill söka – men ansökan görs alltid av föreningen själv.

ÅRETS LEDARE 2025
Grattis till Sara Jönsson, Mönsterås BK, som utsetts till Årets ledare i distriktet! Över 40 nomineringar kom in.

KALENDER
4 feb – Webbinarium sociala medier
25 feb – Sista dag LOK-stöd
14 mars – Distriktsstämma, Kalmar

Idrottsförbundet Sydost
Box 123, 391 23 Kalmar
info@example.org

Du får det här mejlet eftersom din förening är medlem i Idrottsförbundet Sydost.
Avsluta prenumerationen: https://nyhetsbrev.example.org/sydost/avsluta?id=8812-22
"""
    html = (
        '<!DOCTYPE html><html><head><meta charset="utf-8"><title>Nyhetsbrev januari 2026</title></head><body style="margin:0;background:#eef2f5"><table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr><td align="center"><table role="presentation" width="600" style="background:#ffffff;font-family:Arial,sans-serif;font-size:15px;color:#1d2b36">'
        + "".join(
            f'<tr><td style="padding:12px 24px">{html_escape(p).replace(chr(10), "<br>")}</td></tr>'
            for p in plain.split("\n\n")
        )
        + "</table></td></tr></table></body></html>\n"
    )
    part = multi(
        "alternative",
        "----=_NmP-7f1c0a9e2b3d4c58-Part_1",
        [text(plain, cte="quoted-printable"), text(html, "html", cte="quoted-printable")],
    )
    hdr = H(
        addr("Idrottsförbundet Sydost", "nyhetsbrev@example.org"),
        "ordforande.fliseryd-if@example.com",
        "Nyhetsbrev januari: LOK-stöd, webbinarium och föreningsbidrag",
        date("2026-01-15 07:00:02"),
        "<20260115060002.8812-22.nyhetsbrev@mailer.example.org>",
        ("List-Id", "Idrottsforbundet Sydost nyhetsbrev <sydost.nyhetsbrev.example.org>"),
        (
            "List-Unsubscribe",
            "<https://nyhetsbrev.example.org/sydost/avsluta?id=8812-22>, <mailto:avsluta@example.org?subject=avsluta-8812-22>",
        ),
        ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
        ("Precedence", "bulk"),
        ("X-Mailer", "NewsMailer 5.2"),
    )
    return (
        "nyhetsbrev-idrottsforbund",
        build(hdr, part),
        label(
            "newsletter",
            "sv",
            "",
            "Sports federation newsletter (List-Id, List-Unsubscribe, Precedence: bulk) sent to a club in Fliseryd. It talks about grants and 'regionens landsbygdsmedel' and gives a Box address and an example.org mailbox, but it applies for nothing; all elements false and all facts null. Tests that grant vocabulary in bulk mail does not make it an application or question.",
        ),
    )


@mail
def m_fliseryd():
    plain = """Hej!

Vi i Fliseryds Byalag vill söka pengar från idéslanten. Byalaget är ett femtiotal medlemmar och vi jobbar för att det ska vara trevligt att bo i Fliseryd, vi sköter bl.a. badplatsen vid Emån och ordnar valborg.

Det vi vill göra är en studieresa lördag 25 april med hyrd buss till Kristdala och Figeholm för att titta på hur de har fått igång byalagsdriven turistinfo och sommarkiosk. Efteråt har vi en workshop i Fliseryds bygdegård där vi går igenom vad vi kan göra här, t.ex. en kiosk vid Emån på sommaren. Resan är öppen för alla i byn, både kvinnor och män.

Kostnader:
Buss (hyra inkl chaufför) 4 500:-
Lunch i Figeholm 2 200:-
Hyra bygdegården för workshopen 800:-
Totalt 7.500:-

Vi tror att många i byn kommer vilja hänga med!

--
Jonas Ek
Fliseryds Byalag
0739451208
"""
    html = """<div dir="ltr">Hej!<div><br></div><div>Vi i Fliseryds Byalag vill söka pengar från idéslanten. Byalaget är ett femtiotal medlemmar och vi jobbar för att det ska vara trevligt att bo i Fliseryd, vi sköter bl.a. badplatsen vid Emån och ordnar valborg.</div><div><br></div><div>Det vi vill göra är en studieresa lördag 25 april med hyrd buss till Kristdala och Figeholm för att titta på hur de har fått igång byalagsdriven turistinfo och sommarkiosk. Efteråt har vi en workshop i Fliseryds bygdegård där vi går igenom vad vi kan göra här, t.ex. en kiosk vid Emån på sommaren. Resan är öppen för alla i byn, både kvinnor och män.</div><div><br></div><div>Kostnader:</div><div>Buss (hyra inkl chaufför) 4 500:-<br>Lunch i Figeholm 2 200:-<br>Hyra bygdegården för workshopen 800:-<br><b>Totalt 7.500:-</b></div><div><br></div><div>Vi tror att många i byn kommer vilja hänga med!</div><div><br clear="all"></div><div><br></div><span class="gmail_signature_prefix">-- </span><br><div dir="ltr" class="gmail_signature" data-smartmail="gmail_signature"><div dir="ltr">Jonas Ek<div>Fliseryds Byalag</div><div>0739451208</div></div></div></div>
"""
    part = multi(
        "alternative",
        "000000000000a41f5e0648d2c3b1",
        [
            text(plain, charset="UTF-8", cte="quoted-printable", quote_charset=False),
            text(html, "html", charset="UTF-8", cte="quoted-printable", quote_charset=False),
        ],
    )
    hdr = H(
        addr("Jonas Ek", "jonas.ek@example.com"),
        "ideslanten@example.se",
        "Studieresa Fliseryds byalag",
        date("2026-01-20 21:13:52"),
        MID["fliseryd"],
    )
    return (
        "fliseryd-gmail-html",
        build(hdr, part),
        label(
            "application",
            "sv",
            "association contact activity budget",
            "Gmail multipart/alternative with div/br HTML and a '-- ' gmail_signature. Association = Fliseryds Byalag + what it does + 'ett femtiotal' members (=50). Contact = signer Jonas Ek from his own Gmail address with a mobile written without spaces (0739451208). Activity = dated study trip with hired bus plus workshop, local benefit (summer kiosk by Emån). Budget = three items in the '4 500:-' style with 'Totalt 7.500:-' (amount 7500). Anchoring false: only a hope that many will come along. Bus hire and venue rent are not investments. 'både kvinnor och män' → true.",
            association_name="Fliseryds Byalag",
            contact_name="Jonas Ek",
            contact_email="jonas.ek@example.com",
            contact_phone="0739451208",
            members=50,
            ort="Fliseryd",
            amount_sek=7500,
            women_and_men=True,
            salary_costs=False,
            physical_investment=False,
        ),
    )


@mail
def m_lottorp():
    body = """Hej,

Jag skriver för Löttorps Bygdeförening på norra Öland. Vi är drygt 40 medlemmar och föreningen har funnits sedan 1978, mest känd för midsommarfirandet vid bygdegården.

Vi skulle vilja ordna "Sommarkvällar i Löttorp" – tre dialogmöten i bygdegården i juni, juli och augusti om hur vi får fler att bo kvar i Löttorp året runt. Varje kväll har ett tema: bostäder, service (affären och bensinmacken) och jobb på distans. Vi bjuder in en föreläsare till första kvällen och sedan leder vi själva samtalen i mindre grupper. Det ska mynna ut i en lista med förslag som vi lämnar till Borgholms kommun.

Idén kom ur enkäten vi gjorde i höstas där 86 hushåll svarade, och nästan alla tog upp att det blir för tomt på vintern. Löttorps Företagarförening och Böda församling står bakom och hjälper till att bjuda in.

Vi söker sjutusen kronor totalt för det här.

Hälsningar
Annika Strand
Löttorps Bygdeförening
+46 70 223 19 54
"""
    part = text(flowed(body), cte="8bit", params="; format=flowed", quote_charset=False)
    hdr = H(
        addr("Annika Strand", "annika.strand@example.net"),
        OFFICER,
        "Ansökan Sommarkvällar i Löttorp",
        date("2026-01-26 10:02:44"),
        MID["lottorp"],
        ("X-Mailer", "Apple Mail (2.3826.400.131.1.6)"),
    )
    return (
        "lottorp-apple-flowed",
        build(hdr, part),
        label(
            "application",
            "sv",
            "association contact activity anchoring",
            "Apple Mail text/plain format=flowed (soft line breaks ending in a space, 8bit utf-8). Association = Löttorps Bygdeförening with 'drygt 40' members (=40) and history. Contact = Annika Strand signing from her own address, phone in +46 format. Activity = three themed dialogue evenings June–August with a lecturer and a list of proposals to the municipality. Anchoring = survey with 86 households + Företagarförening and Böda församling backing it. Budget false: only a bare total written in words, 'sjutusen kronor', which still gives amount_sek 7000. Women/men unstated → null.",
            association_name="Löttorps Bygdeförening",
            contact_name="Annika Strand",
            contact_email="annika.strand@example.net",
            contact_phone="+46 70 223 19 54",
            members=40,
            ort="Löttorp",
            amount_sek=7000,
            women_and_men=None,
            salary_costs=False,
            physical_investment=False,
        ),
    )


@mail
def m_fliseryd_followup():
    case = "2026-0012"
    rec = receipt(case, ["anchoring"], 0)
    new = """Hej! Vi hade byamöte i söndags i bygdegården här i Fliseryd, 27 st kom och alla röstade för studieresan. Fliseryds IF och PRO-föreningen vill också hänga med och hjälper till att sprida inbjudan.

/Jonas Ek"""
    plain = (
        new
        + "\n\nDen tis 20 jan. 2026 kl 21:14 skrev "
        + BOT_NAME
        + " <\nideslanten@example.se>:\n\n"
        + quote(rec)
        + "\n"
    )
    html = (
        '<div dir="auto">'
        + html_escape(new)
        .replace("\n\n", '</div><div dir="auto"><br></div><div dir="auto">')
        .replace("\n", "<br>")
        + "</div>"
        + '<br><div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">Den tis 20 jan. 2026 kl 21:14 skrev '
        + html_escape(BOT_NAME)
        + ' &lt;<a href="mailto:ideslanten@example.se">ideslanten@example.se</a>&gt;:<br></div><blockquote class="gmail_quote" style="margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex">'
        + html_escape(rec).replace("\n", "<br>")
        + "</blockquote></div>\n"
    )
    part = multi(
        "alternative",
        "000000000000c3d92a0648e7f4a2",
        [
            text(plain, charset="UTF-8", cte="quoted-printable", quote_charset=False),
            text(html, "html", charset="UTF-8", cte="quoted-printable", quote_charset=False),
        ],
    )
    hdr = H(
        addr("Jonas Ek", "jonas.ek@example.com"),
        BOT,
        f"Re: Studieresa Fliseryds byalag [Idéslanten {case}]",
        date("2026-01-28 19:47:05"),
        "<CAKq7vRw9Ls2pXc4Tn0mHb6Yd1eJf8uQa3kGz5iVr7Oy@mail.gmail.example.com>",
        ("In-Reply-To", receipt_id(case)),
        ("References", f"{MID['fliseryd']} {receipt_id(case)}"),
    )
    return (
        "fliseryd-svar-android",
        build(hdr, part),
        label(
            "followup",
            "sv",
            "contact anchoring",
            "Android Gmail top-post answering the bot's receipt for 1103 (missing anchoring); the receipt is quoted below with '>' and in a gmail_quote blockquote and must not count. New text gives anchoring: village meeting with 27 attendees voting for the trip, Fliseryds IF and PRO joining. Signed 'Jonas Ek' from his own address → contact true (no phone in the new text). Attendance 27 is not members. Nothing else is supplied.",
            contact_name="Jonas Ek",
            contact_email="jonas.ek@example.com",
            ort="Fliseryd",
            salary_costs=False,
            physical_investment=False,
        ),
    )


@mail
def m_kastlosa_fraga():
    body = """Hej

Jag är kassör i Kastlösa Byalag på södra Öland. Vi funderar på att söka idéslanten i vår men har två frågor innan:

1. Går det att söka för att hyra en buss till en studieresa? Vi vill åka och titta på hur andra byar på Öland har ordnat med gemensam tvättstuga och verkstad.
2. Ni skriver 15 000 kr per ort och år. Här i Kastlösa finns både byalaget och hembygdsföreningen - betyder det att vi delar på 15 000 eller kan båda söka var för sig?

Tacksam för svar!

Sven-Erik Karlsson
Kastlösa Byalag
0485-422 18
"""
    part = text(body, charset="iso-8859-1", cte="8bit")
    hdr = H(
        addr("Sven-Erik Karlsson", "sven-erik.karlsson@example.net"),
        OFFICER,
        "Fråga om idéslanten - buss och 15 000 per ort?",
        date("2026-02-02 14:20:31"),
        "<000001dc9410$5a2b7c90$0e8275b0$@example.net>",
        subject_charset="iso-8859-1",
    )
    return (
        "kastlosa-fraga",
        build(hdr, part),
        label(
            "question",
            "sv",
            "",
            "Question in iso-8859-1 8bit with a Q-encoded iso-8859-1 subject. Asks whether a bus for a study trip is eligible and how the 15 000 per ort cap works for two associations; applies for nothing (no activity date, no budget). The 15 000 is a rule amount asked about, so amount_sek null. Facts the mail states: the writer, his association, landline and the ort. Salary/investment null (bus hire is renting anyway).",
            association_name="Kastlösa Byalag",
            contact_name="Sven-Erik Karlsson",
            contact_email="sven-erik.karlsson@example.net",
            contact_phone="0485-422 18",
            ort="Kastlösa",
        ),
    )


@mail
def m_figeholm():
    plain = """Hej!

Vi är några i Figeholm som vill starta en bybutik igen nu när Konsum har stängt. Vi vill ha en kurs om hur man startar en ekonomisk förening och driver butik ideellt, med en kursledare från Coompanion Kalmar län. Två kvällar, 10 och 24 mars, i hamnmagasinet som vi hyr. Blir det en butik får byn tillbaka en mötesplats och folk slipper åka till Oskarshamn för mjölk.

Kostnad ungefär:
Kursledare 2 kvällar x 3000 = 6000
Hyra magasinet 2 x 600 = 1200
Kaffe/smörgås 500
= 7700 kr

Malin Sjöberg
070 455 12 90

Hämta Outlook för iOS
"""
    html = """<html><head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body><div dir="ltr"></div><div dir="ltr" style="font-family: Aptos, Aptos_EmbeddedFont, Aptos_MSFontService, Calibri, Helvetica, sans-serif; font-size: 12pt;">Hej!</div><div dir="ltr" style="font-size: 12pt;"><br></div><div dir="ltr" style="font-size: 12pt;">Vi är några i Figeholm som vill starta en bybutik igen nu när Konsum har stängt. Vi vill ha en kurs om hur man startar en ekonomisk förening och driver butik ideellt, med en kursledare från Coompanion Kalmar län. Två kvällar, 10 och 24 mars, i hamnmagasinet som vi hyr. Blir det en butik får byn tillbaka en mötesplats och folk slipper åka till Oskarshamn för mjölk.</div><div dir="ltr" style="font-size: 12pt;"><br></div><div dir="ltr" style="font-size: 12pt;">Kostnad ungefär:</div><div dir="ltr" style="font-size: 12pt;">Kursledare 2 kvällar x 3000 = 6000</div><div dir="ltr" style="font-size: 12pt;">Hyra magasinet 2 x 600 = 1200</div><div dir="ltr" style="font-size: 12pt;">Kaffe/smörgås 500</div><div dir="ltr" style="font-size: 12pt;">= 7700 kr</div><div dir="ltr" style="font-size: 12pt;"><br></div><div dir="ltr" style="font-size: 12pt;">Malin Sjöberg</div><div dir="ltr" style="font-size: 12pt;">070 455 12 90</div><div dir="ltr"><br></div><div id="ms-outlook-mobile-signature" dir="ltr">Hämta Outlook för iOS</div></body></html>
"""
    part = multi(
        "alternative",
        "_000_VI1P189MB0623B4E1F0C72A5D90E3F1A2B8C4E0VI1P189MB0623EURP_",
        [
            text(plain, charset="us-ascii" if False else "utf-8", cte="quoted-printable"),
            text(html, "html", cte="quoted-printable"),
        ],
    )
    hdr = H(
        addr("Malin Sjöberg", "malin.sjoberg@example.net"),
        OFFICER,
        "Kurs om bybutik i Figeholm",
        date("2026-02-05 12:31:09"),
        MID["figeholm"],
        ("X-MS-Has-Attach", ""),
        ("Content-Language", "sv-SE"),
    )
    return (
        "figeholm-outlook-mobil",
        build(hdr, part),
        label(
            "application",
            "sv",
            "contact activity budget",
            "Outlook for iOS (div dir=ltr, 'Hämta Outlook för iOS' signature, Outlook MIME boundary). Association false: only 'vi är några i Figeholm'. Contact = Malin Sjöberg signing from her own address with a spaced mobile number. Activity = two dated course evenings with a Coompanion course leader towards a village shop, clear local benefit. Anchoring false: a described need (shop closed) but no meeting, survey or partners. Budget = three items '= 7700 kr' (amount 7700). Course leader fee is not salary; renting the harbour warehouse is not an investment.",
            contact_name="Malin Sjöberg",
            contact_email="malin.sjoberg@example.net",
            contact_phone="070 455 12 90",
            ort="Figeholm",
            amount_sek=7700,
            salary_costs=False,
            physical_investment=False,
        ),
    )


@mail
def m_alsterbro():
    o = org("802477120")
    digits = o.replace("-", "")
    html = f"""<!DOCTYPE html>
<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"></head><body>
<p style="font-family:Arial;font-size:13px">Hej Landsbygdsutvecklaren!</p>
<p style="font-family:Arial;font-size:13px">Jag heter Rolf Gustavsson och är ordförande i Alsterbro Pensionärsförening, orgnr {digits}. Föreningen har funnits sedan 1972 och vi träffas varje månad i bygdegården. Medlemsantal: 112, ungefär lika många damer som herrar.</p>
<p style="font-family:Arial;font-size:13px">Många av oss har svårt med bank-id, Kivra och att boka vård på nätet och det finns ingen bank eller post kvar i Alsterbro. Vi vill därför ordna <b>&quot;Digital vardag i Alsterbro&quot;</b>: fyra träffkvällar i Alsterbro bygdegård i april och maj där en föreläsare från studieförbundet går igenom mobilen, bank-id och 1177, och där vi som kan lite mer hjälper grannarna. Träffarna är öppna för alla i byn, inte bara medlemmar, både kvinnor och män.</p>
<p style="font-family:Arial;font-size:13px">Vi tog upp saken på månadsmötet den 3 februari och 38 medlemmar skrev upp sig direkt. Alsterbro IK lånar ut sin projektor och hjälper till med uppkoppling, och Alsterbro Bygdegårdsförening ger oss kvällarna till självkostnadspris.</p>
<p style="font-family:Arial;font-size:13px">Budget<br>
Föreläsare 2 tillfällen, totalt 7500 SEK<br>
Hyra av Alsterbro bygdegård 4 kvällar à 500 SEK = 2000 SEK<br>
Kaffe och bröd 1200 SEK<br>
Summa 10700 SEK</p>
<p style="font-family:Arial;font-size:13px">Med vänlig hälsning<br>Rolf Gustavsson<br>Alsterbro Pensionärsförening<br>tel 0481-501 22</p>
</body></html>
"""
    part = text(html, "html", charset="iso-8859-1", cte="quoted-printable")
    hdr = H(
        addr("Rolf Gustavsson", "rolf.gustavsson@example.se"),
        addr(None, OFFICER_ADDR),
        "Ansökan från Alsterbro Pensionärsförening",
        date("2026-02-09 16:05:40"),
        "<1707486340.118224.1770649540218@webmail.example.se>",
        ("X-Mailer", "Telia Webmail 9.4"),
        ("X-Originating-IP", "[192.0.2.44]"),
    )
    return (
        "alsterbro-telia-html",
        build(hdr, part),
        label(
            "application",
            "sv",
            "association contact activity anchoring budget",
            "Telia-style webmail, HTML-only (no text/plain part), iso-8859-1 quoted-printable, paragraphs as <p> with inline styles and <br> lines. Complete: association with org nr written without hyphen (label normalised to NNNNNN-NNNN) and 'Medlemsantal: 112'; contact Rolf Gustavsson signing from his own address with landline 0481-501 22; activity four evenings of digital help with lecturer; anchoring = monthly meeting where 38 signed up + Alsterbro IK and the bygdegård association; budget in 'SEK' style summing to 10 700. 'både kvinnor och män' and 'lika många damer som herrar' → true. Lecturer is a fee, not salary; borrowed projector is not bought.",
            association_name="Alsterbro Pensionärsförening",
            org_number=o,
            contact_name="Rolf Gustavsson",
            contact_email="rolf.gustavsson@example.se",
            contact_phone="0481-501 22",
            members=112,
            ort="Alsterbro",
            amount_sek=10700,
            women_and_men=True,
            salary_costs=False,
            physical_investment=False,
        ),
    )


@mail
def m_lottorp_followup():
    case = "2026-0013"
    rec = receipt(case, ["budget"], 1)
    body = (
        "Hej,\nBudgeten kommer när vi har fått offert från föreläsaren, troligen i mars. Vi har inte bestämt lokal heller än, men hör av oss!\n\n"
        "Annika Strand\nLöttorps Bygdeförening\n\nSkickat från min iPhone\n\n"
        f"> 26 jan. 2026 kl. 10:03 skrev {BOT_NAME} <ideslanten@example.se>:\n>\n"
        + quote(rec)
        + "\n"
    )
    part = text(body, cte="quoted-printable", quote_charset=False)
    hdr = H(
        addr("Annika Strand", "annika.strand@example.net"),
        BOT,
        f"Re: Ansökan Sommarkvällar i Löttorp [Idéslanten {case}]",
        date("2026-02-11 18:22:10"),
        "<4C0D9A3E-7B21-4E55-8F6A-D2E91B0C3A77@example.net>",
        ("In-Reply-To", receipt_id(case)),
        ("References", f"{MID['lottorp']} {receipt_id(case)}"),
        ("X-Mailer", "iPhone Mail (23C71)"),
    )
    return (
        "lottorp-svar-iphone",
        build(hdr, part),
        label(
            "followup",
            "sv",
            "contact",
            "iPhone Mail reply to the receipt for 1104 (missing budget), Apple quoting ('> 26 jan. 2026 kl. 10:03 skrev …:'), quoted-printable. The new text supplies nothing useful: 'budgeten kommer … troligen i mars' is not a budget. Only contact is true because Annika Strand signs from her own address. Tests that a followup can add nothing.",
            association_name="Löttorps Bygdeförening",
            contact_name="Annika Strand",
            contact_email="annika.strand@example.net",
            salary_costs=False,
            physical_investment=False,
        ),
    )


@mail
def m_ruda():
    html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8" /></head><body style='font-size: 10pt; font-family: Verdana,Geneva,sans-serif'>
<p>Hej</p>
<p>Ruda Byaförening söker härmed bidrag ur idéslanten.</p>
<p>Om oss: Ruda Byaförening är en ideell förening för alla som bor i Ruda med omnejd. Ca 200 hushåll är medlemmar. Vi ordnar bland annat julmarknad och valborgsbrasa.</p>
<p>Aktiviteten: Lördagen den 6 juni vill vi hyra Ruda Folkets hus och ha en Bygdedag. Alla föreningar i byn visar upp sig, det blir information om fiberutbyggnaden och på kvällen ett öppet samtal om busstrafiken och skolskjutsarna, som många är oroliga för. Vi vill att nyinflyttade ska hitta in i föreningslivet och att vi tillsammans tar fram synpunkter till Högsby kommun. Dagen är för alla åldrar och både kvinnor och män.</p>
<p>Förankring: Beslut om Bygdedagen togs på årsmötet 22 januari där 31 personer var närvarande. Ruda IF, Ruda Skytteförening och Svenska kyrkan medverkar med egna bord.</p>
<p>Vi söker ca 9 000 kr.</p>
<p>Med vänliga hälsningar<br />Styrelsen<br />Ruda Byaförening</p>
<div id="signature"></div>
</body></html>
"""
    part = text(html, "html", charset="UTF-8", cte="quoted-printable", quote_charset=False)
    hdr = H(
        addr("Ruda Byaförening", "rudabyaforening@example.com"),
        OFFICER,
        "Idéslanten Bygdedag i Ruda",
        date("2026-02-16 20:48:13"),
        MID["ruda"],
        ("User-Agent", "Roundcube Webmail/1.6.9"),
    )
    return (
        "ruda-webmail-html",
        build(hdr, part),
        label(
            "application",
            "sv",
            "association activity anchoring",
            "Bredband2/Roundcube-style webmail, HTML-only, UTF-8 quoted-printable, Verdana body style and an empty signature div. Association = Ruda Byaförening, 'Ca 200 hushåll är medlemmar' (=200). Contact false: signed 'Styrelsen' from the association's shared mailbox, no person. Activity = dated Bygdedag with fiber info and an open talk on bus traffic. Anchoring = annual meeting decision (31 present, not members) + three local associations. Budget false: only 'ca 9 000 kr' (amount_sek 9000). Contact facts null because a shared mailbox is not a contact e-mail.",
            association_name="Ruda Byaförening",
            members=200,
            ort="Ruda",
            amount_sek=9000,
            women_and_men=True,
            salary_costs=False,
            physical_investment=False,
        ),
    )


@mail
def m_figeholm_autoreply():
    body = """Hej!

Tack för ditt mejl. Jag är på semester till och med den 1 mars och läser inte mejlen under tiden. Gäller det bybutiken i Figeholm kan du vänta till dess, jag svarar så fort jag är tillbaka.

Soliga hälsningar
Malin
"""
    part = text(body, cte="8bit", quote_charset=False)
    hdr = H(
        addr("Malin Sjöberg", "malin.sjoberg@example.net"),
        OFFICER,
        "Re: Kurs om bybutik i Figeholm",
        date("2026-02-18 09:12:55"),
        "<VI1P189MB0623A9D4C21F0E7B3A6C9E18F2D0B1@VI1P189MB0623.EURP189.PROD.OUTLOOK.example.net>",
        ("In-Reply-To", "<officer.20260218.0911.figeholm@example.se>"),
        ("References", f"{MID['figeholm']} <officer.20260218.0911.figeholm@example.se>"),
    )
    return (
        "figeholm-semester-autosvar",
        build(hdr, part),
        label(
            "autoreply",
            "sv",
            "",
            "Swedish out-of-office reply WITHOUT any automation header (no Auto-Submitted, X-Autoreply or Precedence) and with an ordinary 'Re:' subject; it answers the officer's manual reply to 1107 and carries 1107's Message-ID in References. Only the body ('Jag är på semester till och med den 1 mars') shows it is automatic. Must not be treated as a followup; all facts null.",
        ),
    )


@mail
def m_orrefors():
    o = org("802455216")
    html = f"""<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
</head>
<body>
<div style="font-family: Calibri, Arial, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">
Hej,</div>
<div style="font-family: Calibri, Arial, Helvetica, sans-serif; font-size: 12pt;"><br>
</div>
<div style="font-family: Calibri, Arial, Helvetica, sans-serif; font-size: 12pt;">
Här kommer en ansökan om idéslanten från <b>Orrefors Samhällsförening</b> (org nr: {o}). Vi har 93 medlemmar och arbetar för att Orrefors ska vara ett levande samhälle även efter att glasbruket lagts ned.</div>
<div style="font-family: Calibri, Arial, Helvetica, sans-serif; font-size: 12pt;"><br>
</div>
<div style="font-family: Calibri, Arial, Helvetica, sans-serif; font-size: 12pt;">
<u>Aktivitet</u><br>
"Glasbruksbygdens framtid": en öppen dialogkväll i Orrefors Folkets hus den 16 april med en processledare, och en studieresa den 9 maj till Mörlunda, där bygdeföreningen har tagit över järnvägsstationen som mötesplats. Målet är att vi ska ha en plan för en egen mötesplats i gamla bruksmagasinet före sommaren. Både män och kvinnor, gamla och nyinflyttade, är välkomna.</div>
<div style="font-family: Calibri, Arial, Helvetica, sans-serif; font-size: 12pt;"><br>
</div>
<div style="font-family: Calibri, Arial, Helvetica, sans-serif; font-size: 12pt;">
<u>Förankring</u><br>
Ett medborgarmöte i februari med 45 deltagare gav oss uppdraget. Orrefors IF och Glasbruksmuseets vänner ingår i arbetsgruppen.</div>
<div style="font-family: Calibri, Arial, Helvetica, sans-serif; font-size: 12pt;"><br>
</div>
<div style="font-family: Calibri, Arial, Helvetica, sans-serif; font-size: 12pt;">
<u>Budget</u>
<ul>
<li>Busshyra studieresa: 3 800 kr</li>
<li>Processledare (arvode): 4 000 kr</li>
<li>Hyra Folkets hus: 1 000 kr</li>
<li>Förtäring: 1 700 kr</li>
</ul>
Totalt 10 500 kr</div>
<div style="font-family: Calibri, Arial, Helvetica, sans-serif; font-size: 12pt;"><br>
</div>
<div id="Signature">
<div style="font-family: Calibri, Arial, Helvetica, sans-serif; font-size: 11pt;">
Petra Lundin<br>
Orrefors Samhällsförening<br>
+46703451290</div>
</div>
</body>
</html>
"""
    part = multi(
        "alternative",
        "_000_DU0P191MB1955E8C1B04F7A2D6C3E9B50F1A7DU0P191MB1955EURP_",
        [
            text("\n", charset="iso-8859-1", cte="quoted-printable"),
            text(html, "html", cte="quoted-printable"),
        ],
    )
    hdr = H(
        addr("Petra Lundin", "petra.lundin@example.org"),
        OFFICER,
        "Ansökan – Orrefors Samhällsförening",
        date("2026-02-23 11:18:27"),
        "<DU0P191MB1955E8C1B04F7A2D6C3E9B50F1A7@DU0P191MB1955.EURP191.PROD.OUTLOOK.example.org>",
    )
    return (
        "orrefors-tom-textdel",
        build(hdr, part),
        label(
            "application",
            "sv",
            "association contact activity anchoring budget",
            "multipart/alternative whose text/plain part is EMPTY (just a newline, iso-8859-1) while the text/html part holds the whole application (Outlook web style divs, <u> headings, a <ul> budget list). The bot must fall back to the HTML. Complete: Orrefors Samhällsförening with 'org nr:' and 93 members; Petra Lundin signing from her own address with +46703451290; dated dialogue evening with processledare and a study trip; anchoring = citizens' meeting (45 attendees) + IF and museum friends in the working group; budget four items, total 10 500. Processledare fee is not salary, bus hire not an investment. 'Både män och kvinnor' → true.",
            association_name="Orrefors Samhällsförening",
            org_number=o,
            contact_name="Petra Lundin",
            contact_email="petra.lundin@example.org",
            contact_phone="+46703451290",
            members=93,
            ort="Orrefors",
            amount_sek=10500,
            women_and_men=True,
            salary_costs=False,
            physical_investment=False,
        ),
    )


@mail
def m_ruda_followup():
    case = "2026-0016"
    rec = receipt(case, ["contact", "budget"], 1)
    new = """Hej!

Jag sitter i styrelsen i byaföreningen och har tagit över ansökan om Bygdedagen. Det är jag som är kontaktperson:
Eva Lindqvist, 0491-912 45 eller 076-112 33 09, eva.lindqvist@example.net

Budget för Bygdedagen 6 juni:
Hyra Ruda Folkets hus, hela dagen – 1 500 kr
Föreläsare om fiber och bredband (arvode) – 3 000 kr
Annonser i lokaltidningen – 1 200 kr
Affischer och flygblad – 400 kr
Fika och korv till besökarna – 2 900 kr
Summa 9 000 kr

Vänliga hälsningar
Eva Lindqvist"""
    sep = (
        "________________________________\nFrån: "
        + BOT_NAME
        + " <ideslanten@example.se>\nSkickat: den 16 februari 2026 20:49\n"
        "Till: Ruda Byaförening <rudabyaforening@example.com>\nÄmne: Re: Idéslanten Bygdedag i Ruda [Idéslanten "
        + case
        + "]\n\n"
    )
    plain = new + "\n\n" + sep + rec + "\n"
    html = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><style type="text/css" style="display:none;"> P {margin-top:0;margin-bottom:0;} </style></head><body dir="ltr">'
        + "".join(
            f'<div style="font-family: Aptos, Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">{html_escape(ln) or "<br>"}</div>'
            for ln in new.split("\n")
        )
        + '<div id="appendonsend"></div><hr style="display:inline-block;width:98%" tabindex="-1"><div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt" color="#000000">'
        + f"<b>Från:</b> {html_escape(BOT_NAME)} &lt;ideslanten@example.se&gt;<br><b>Skickat:</b> den 16 februari 2026 20:49<br><b>Till:</b> Ruda Byaförening &lt;rudabyaforening@example.com&gt;<br><b>Ämne:</b> Re: Idéslanten Bygdedag i Ruda [Idéslanten {case}]</font><div>&nbsp;</div></div>"
        + '<div class="BodyFragment"><font size="2"><span style="font-size:11pt;"><div class="PlainText">'
        + html_escape(rec).replace("\n", "<br>")
        + "</div></span></font></div></body></html>\n"
    )
    part = multi(
        "alternative",
        "_000_AS8P190MB1160D2A7B0E44C19F3E8A5B6C2D1AS8P190MB1160EURP_",
        [text(plain, cte="quoted-printable"), text(html, "html", cte="quoted-printable")],
    )
    hdr = H(
        addr("Eva Lindqvist", "eva.lindqvist@example.net"),
        BOT,
        f"SV: Idéslanten Bygdedag i Ruda [Idéslanten {case}]",
        date("2026-02-25 13:30:02"),
        "<AS8P190MB1160D2A7B0E44C19F3E8A5B6C2D1@AS8P190MB1160.EURP190.PROD.OUTLOOK.example.net>",
        ("In-Reply-To", receipt_id(case)),
        ("References", f"{MID['ruda']} {receipt_id(case)}"),
        (
            "Thread-Topic",
            enc_header(f"Idéslanten Bygdedag i Ruda [Idéslanten {case}]", name="Thread-Topic"),
        ),
    )
    return (
        "ruda-svar-annan-styrelseledamot",
        build(hdr, part),
        label(
            "followup",
            "sv",
            "contact budget",
            "Outlook on the web 'SV:' reply from a DIFFERENT board member (Eva Lindqvist, own address) to the receipt that went to the association's shared mailbox for 1110 (missing contact and budget). The receipt is below an Outlook '____ Från:/Skickat:/Till:/Ämne:' separator, NOT '>'-quoted, and must still not count. New text supplies a named contact with two phones (first = 0491-912 45) and a five-item budget summing to 9 000. Association false: only 'byaföreningen', no name. Lecturer fee is not salary.",
            contact_name="Eva Lindqvist",
            contact_email="eva.lindqvist@example.net",
            contact_phone="0491-912 45",
            ort="Ruda",
            amount_sek=9000,
            salary_costs=False,
            physical_investment=False,
        ),
    )


@mail
def m_grasgard():
    o = org("802463391")
    doc = docx(
        [
            ("h", "Ansökan om regional bygdepeng – idéslanten 2026"),
            ("h", "Sökande"),
            f"Gräsgårds Byalag, org.nr {o}. Byalaget samlar boende i Gräsgård och Segerstad på sydöstra Öland och har ett sextiotal medlemmar. Vi sköter bl.a. hamnplanen och badbryggan.",
            ("h", "Kontaktperson"),
            "Lars Öhman, lars.ohman@example.se, tel 0485-66 12 30",
            ("h", "Aktivitet"),
            "Sjöbodskvällar i Gräsgårds hamn: fyra kvällar i juli och augusti med samtal om hamnens framtid, där fisket har minskat och sjöbodarna står tomma. Vi bjuder in en marinbiolog som föreläser om kustfisket och Östersjöns torsk och en representant för kommunens hamnplanering. Varje kväll avslutas med en öppen dialog om vad sjöbodarna kan användas till – hantverk, kafé, uthyrning till fritidsfiskare – så att hamnen blir en levande mötesplats för både kvinnor och män i alla åldrar, bofasta som sommargäster.",
            ("h", "Förankring"),
            "Idén beslutades på byastämman den 18 januari där 34 personer deltog. Gräsgårds Hamnförening och Södra Ölands Fiskelag står bakom och ordnar varsin kväll, och ett tiotal frivilliga har anmält sig för att laga mat och ställa i ordning.",
            ("h", "Budget"),
            (
                "table",
                [
                    ["Post", "Kronor"],
                    ["Föreläsare, marinbiolog (arvode inkl. resa)", "4 000"],
                    ["Hyra av tält och bänkar, 4 kvällar", "2 500"],
                    ["Annonsering och affischer", "800"],
                    ["Förtäring", "2 200"],
                    ["Summa", "9 500"],
                ],
            ),
            "Vi söker 9 500 kr.",
        ]
    )
    body = "Hej, här kommer vår ansökan, se bifogad fil.\n/Lars Öhman\n"
    part = multi(
        "mixed",
        "------------Gr4sg4rd0x7bA1C9E2",
        [
            text(body, cte="8bit"),
            attachment(
                doc,
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                "Ansökan idéslanten Gräsgård.docx",
            ),
        ],
        preamble="This is a multi-part message in MIME format.",
    )
    hdr = H(
        addr("Lars Öhman", "lars.ohman@example.se"),
        OFFICER,
        "Ansökan idéslanten",
        date("2026-03-02 08:55:21"),
        "<f3a6b1c0-2e7d-4c55-9b10-8a4e6d2f0c31@example.se>",
        ("User-Agent", "Mozilla Thunderbird"),
        ("Content-Language", "sv-SE"),
    )
    return (
        "grasgard-docx",
        build(hdr, part),
        label(
            "application",
            "sv",
            "association contact activity anchoring budget",
            "One-line body ('se bifogad fil') with the WHOLE application in a .docx (non-ASCII file name via RFC 2231, budget as a Word table). Everything must be read from the attachment: Gräsgårds Byalag with org.nr and 'ett sextiotal' (=60) members; contact Lars Öhman with e-mail and 0485 landline; four dated-period evenings with marine biologist and dialogue on the empty boat houses; anchoring = byastämma (34 present) + hamnförening + fiskelag + ten volunteers; budget table summing to 9 500, also the applied amount. Renting a tent is not an investment; lecturer fee not salary. 'både kvinnor och män' → true.",
            association_name="Gräsgårds Byalag",
            org_number=o,
            contact_name="Lars Öhman",
            contact_email="lars.ohman@example.se",
            contact_phone="0485-66 12 30",
            members=60,
            ort="Gräsgård",
            amount_sek=9500,
            women_and_men=True,
            salary_costs=False,
            physical_investment=False,
        ),
    )


@mail
def m_fagerhult():
    o = org("802489012")
    doc = pdf(
        [
            "# Ansökan om idéslanten 2026 – Fagerhults Intresseförening",
            "",
            "# 1. Föreningen",
            f"Fagerhults Intresseförening, organisationsnummer {o}",
            "Ideell förening för boende i Fagerhult med omnejd, Högsby kommun. Medlemmar: 47.",
            "",
            "# 2. Kontaktperson",
            "Karin Bäck, telefon 0491-330 41, e-post karin.back@example.com",
            "",
            "# 3. Aktivitet",
            "Vi vill starta en lokal REKO-ring (försäljning direkt från producent) i Fagerhult så att",
            "småbrukare i bygden kan sälja till grannarna och vi får en ny mötesplats varannan vecka.",
            "Vi ordnar två kvällar i Fagerhults skola, 8 och 22 april: en föreläsning av en",
            "REKO-samordnare från Hushållningssällskapet, och en workshop där producenter och",
            "köpare planerar första utlämningen i maj.",
            "",
            "# 4. Förankring",
            "Vi tror att det finns ett stort intresse i bygden.",
            "",
            "# 5. Budget",
            "Föreläsare, arvode och resa ........................ 3 500 kr",
            "Lokalhyra skolan, 2 kvällar à 400 kr ............... 800 kr",
            "Annonsering (lokaltidning, affischer) .............. 600 kr",
            "Fika ............................................... 900 kr",
            "Summa .............................................. 5 800 kr",
        ],
        "Ansökan idéslanten Fagerhult",
    )
    body = "Ansökan bifogas som pdf.\n\nMvh Karin Bäck\nFagerhults Intresseförening\n"
    part = multi(
        "mixed",
        "=_7c1d2e9f0a3b4c5d6e7f8091a2b3c4d5",
        [
            text(body, charset="windows-1252", cte="quoted-printable"),
            attachment(doc, "application/pdf", "ansokan_fagerhult_2026.pdf"),
        ],
    )
    hdr = H(
        addr("Karin Bäck", "karin.back@example.com"),
        OFFICER,
        "Idéslanten – ansökan Fagerhult",
        date("2026-03-05 10:15:22"),
        MID["fagerhult"],
    )
    return (
        "fagerhult-pdf",
        build(hdr, part),
        label(
            "application",
            "sv",
            "association contact activity budget",
            "Body is one line plus signature (windows-1252 QP); the application is a hand-built PDF (Helvetica, WinAnsi, Flate stream) using the region's five numbered headings. Association = Fagerhults Intresseförening, org nr, 'Medlemmar: 47'. Contact = Karin Bäck with 0491 landline and e-mail (also the sender). Activity = two dated evenings starting a REKO ring. Anchoring FALSE: point 4 only says 'Vi tror att det finns ett stort intresse' – a hope, no meeting/survey/partners. Budget = four items with dotted leaders, total 5 800.",
            association_name="Fagerhults Intresseförening",
            org_number=o,
            contact_name="Karin Bäck",
            contact_email="karin.back@example.com",
            contact_phone="0491-330 41",
            members=47,
            ort="Fagerhult",
            amount_sek=5800,
            women_and_men=None,
            salary_costs=False,
            physical_investment=False,
        ),
    )


@mail
def m_phishing():
    html = """<html><body style="font-family:Arial,sans-serif;font-size:14px">
<table width="560" cellpadding="0" cellspacing="0" style="border:1px solid #ddd"><tr><td style="background:#00548c;color:#fff;padding:14px;font-size:18px"><b>Region Kalmar Iän</b> | Utbetalningar</td></tr>
<tr><td style="padding:18px">
<p>Hej,</p>
<p>Er ansökan om <b>regional bygdepeng – idéslanten</b> har <b>beviljats med 15 000 kr</b>. För att pengarna ska kunna betalas ut måste föreningens bankuppgifter bekräftas inom <b style="color:#c00">24 timmar</b>, annars återgår beloppet till regionen.</p>
<p style="text-align:center"><a href="https://idelanten-utbetalning.example.net/verifiera?ref=KLM-2026-8812" style="background:#00548c;color:#fff;padding:10px 22px;text-decoration:none;border-radius:4px">BEKRÄFTA MED BANK-ID</a></p>
<p>Ha ditt kontonummer och BankID redo. Svara inte på detta mejl.</p>
<p>Med vänlig hälsning<br>Ekonomiavdelningen<br>Region Kalmar län</p>
</td></tr></table>
</body></html>
"""
    part = text(html, "html", cte="base64")
    hdr = H(
        addr("Region Kalmar län Utbetalningar", "no-reply@example.net"),
        "undisclosed-recipients:;",
        "Idéslanten: Ert bidrag är beviljat – bekräfta utbetalning inom 24 timmar",
        date_utc("2026-03-09 03:12:44"),
        "<20260309031244.A7F3C2@bulk7.example.net>",
        ("Reply-To", "utbetalning.region@example.com"),
        ("X-Priority", "1 (Highest)"),
    )
    return (
        "phishing-bidrag-beviljat",
        build(hdr, part),
        label(
            "spam",
            "sv",
            "",
            "Phishing: HTML-only (base64) mail pretending to be the region's payment unit ('Kalmar Iän' with a capital I), claims the idéslanten grant of 15 000 kr is approved and asks for BankID confirmation via a look-alike link within 24 hours; Reply-To differs from From, sent at 03:12 UTC to undisclosed recipients. Mentions the grant by name, so keyword matching alone would misfile it. Not an application; all facts null.",
        ),
    )


@mail
def m_virserum():
    o = org("802420553")
    body = f"""Hej!
Här kommer vår ansökan enligt era fem punkter.

1. Förening: Virserums Musikförening, org.nr {o}, 38 medlemmar. Vi har funnits sedan 1994 och ordnar konserter och musikcafé i Virserum.

2. Kontaktperson: Ove Petersson, 0495-301 45, ove.p@example.com

3. Aktivitet: "Musik på stationen" – sex öppna musikkvällar i gamla järnvägsstationen i Virserum, varannan torsdag 4 juni–13 augusti. En inhyrd ledare håller i allsång och jam för ungdomar och vuxna, och i pausen samlar vi in idéer om vad stationshuset ska användas till resten av året. Målet är att stationen ska bli en mötesplats i byn igen. Både tjejer och killar, kvinnor och män i alla åldrar är välkomna.

4. Förankring: Beslutat på medlemsmöte 2 mars. Vi samarbetar med Virserums Hembygdsförening som äger huset och med Virserums Köpmannaförening. Drygt 60 bybor har skrivit på en lista att de vill ha liv i stationen.

5. Budget:
- Arvode ledare 6 kvällar: 4 000 kr
- Hyra ljudanläggning: 1 500 kr
- Annonsering: 800 kr
- Fika: 1 200 kr
Totalt 7,5 tkr

Hälsningar Ove
"""
    part = text(body, cte="base64")
    hdr = H(
        addr("Ove Petersson", "ove.p@example.com"),
        OFFICER,
        "Idéslanten 2026 – Virserums Musikförening",
        date("2026-03-12 19:40:02"),
        "<c2b8e1a4-5d3f-4b9a-8e70-1f6c9d2a4b85@example.com>",
        ("User-Agent", "Mozilla Thunderbird"),
    )
    return (
        "virserum-numrerat-formular",
        build(hdr, part),
        label(
            "application",
            "sv",
            "association contact activity anchoring budget",
            "Plain utf-8 in base64, written as the region's numbered five-point form ('1. Förening: … 2. Kontaktperson: …'). Complete: association with org.nr and 38 members; contact in point 2 with 0495 landline and e-mail; activity = six dated music evenings at the old station with idea collection; anchoring = member meeting + Hembygdsförening and Köpmannaförening + 60 signatures; budget four items with the total written '7,5 tkr' (amount 7500, equal to the item sum). The hired leader's fee is not salary; renting sound equipment is not an investment. 'Både tjejer och killar' → true. Signed only 'Ove' but point 2 names him.",
            association_name="Virserums Musikförening",
            org_number=o,
            contact_name="Ove Petersson",
            contact_email="ove.p@example.com",
            contact_phone="0495-301 45",
            members=38,
            ort="Virserum",
            amount_sek=7500,
            women_and_men=True,
            salary_costs=False,
            physical_investment=False,
        ),
    )


@mail
def m_loftahammar():
    o = org("802436674")
    body = f"""1. Förening: Loftahammars Skärgårdsförening, ca 140 medlemmar, orgnr {o}
2. Kontaktperson: Hanna Nyberg 0046 70 612 88 14
3. Aktivitet: Skärgårdsdialog ”Bo kvar i skärgården” – två öppna möten i Loftahammars bygdegård 9 och 23 maj med föreläsare om åretruntboende, båtpendling och distansarbete. Efter mötena bildar vi arbetsgrupper som tar fram förslag till Västerviks kommun om båtlinjer och bostäder, så att fler unga familjer kan bo kvar på öarna.
4. Förankring: -
5. Budget: kommer nästa vecka

Skickat från min iPhone
"""
    part = text(body, cte="quoted-printable", quote_charset=False)
    hdr = H(
        addr("Hanna Nyberg", "hanna.nyberg@example.org"),
        BOT,
        "Ansökan idéslanten Loftahammar",
        date("2026-03-16 07:38:50"),
        MID["loftahammar"],
        ("X-Mailer", "iPhone Mail (23D60)"),
    )
    return (
        "loftahammar-formular-ofullstandigt",
        build(hdr, part),
        label(
            "application",
            "sv",
            "association contact activity",
            "iPhone mail filling the five-point form but leaving point 4 as '-' and point 5 as 'kommer nästa vecka'. Association = Loftahammars Skärgårdsförening, 'ca 140' members, orgnr. Contact = Hanna Nyberg with a phone in 0046 format (also her own From address). Activity = two dated open meetings with lecturer and working groups. Anchoring false (empty dash) and budget false ('kommer nästa vecka'); no amount at all → amount_sek null. Tests headings present but empty.",
            association_name="Loftahammars Skärgårdsförening",
            org_number=o,
            contact_name="Hanna Nyberg",
            contact_email="hanna.nyberg@example.org",
            contact_phone="0046 70 612 88 14",
            members=140,
            ort="Loftahammar",
            amount_sek=None,
            women_and_men=None,
            salary_costs=False,
            physical_investment=False,
        ),
    )


NAMNLISTA = [
    "Karin Bäck",
    "Per Bäck",
    "Gunilla Nord",
    "Sten Nord",
    "Ahmad Rahimi",
    "Lisa Rahimi",
    "Erik Sand",
    "Märta Sand",
    "Tove Ek",
    "Olle Holm",
    "Barbro Holm",
    "Jimmy Frisk",
    "Sanna Frisk",
    "Göte Lager",
    "Aina Lager",
    "Mats Roos",
    "Helena Roos",
    "Kjell Ryd",
    "Inger Ryd",
    "Peter Dal",
    "Emma Dal",
    "Yusuf Demir",
    "Leyla Demir",
    "Bertil Strid",
    "Elsa Strid",
    "Nils Berg",
    "Maja Berg",
    "Arne Lund",
    "Siv Lund",
    "Fredrik Hallin",
    "Josefin Hallin",
]


@mail
def m_fagerhult_followup():
    case = "2026-0019"
    rec = receipt(case, ["anchoring"], 0)
    new = """Hej!

Här kommer svar om förankringen. Vi hade ett öppet möte i Fagerhults skola den 16 mars där 22 personer kom, både producenter och köpare, och alla tyckte vi skulle köra. Fagerhults byalag och jaktlaget hjälper till med utlämningsplatsen vid skolan. Jag bifogar namnlistan med de 31 som har skrivit under att de stöder REKO-ringen.

Karin Bäck
Fagerhults Intresseförening
0491-330 41
"""
    body = new + "\nDen 2026-03-05 kl. 10:16, skrev " + BOT_NAME + ":\n" + quote(rec) + "\n"
    lista = (
        "Namnlista – vi stöder en REKO-ring i Fagerhult\r\n\r\n"
        + "\r\n".join(f"{i}. {n}, Fagerhult" for i, n in enumerate(NAMNLISTA, 1))
        + "\r\n"
    )
    ATTACHMENT_TEXTS.append(lista)
    part = multi(
        "mixed",
        "------------0aB7cD9eF1gH3iJ5kL7mN9pQ",
        [
            text(body, cte="8bit", params="; format=flowed", quote_charset=False),
            Part(
                [
                    'Content-Type: text/plain; charset=UTF-8; name="namnlista.txt"',
                    'Content-Disposition: attachment; filename="namnlista.txt"',
                    "Content-Transfer-Encoding: base64",
                ],
                _enc(lista.encode("utf-8"), "base64"),
            ),
        ],
        preamble="This is a multi-part message in MIME format.",
    )
    hdr = H(
        addr("Karin Bäck", "karin.back@example.com"),
        BOT,
        f"Re: Idéslanten – ansökan Fagerhult [Idéslanten {case}]",
        date("2026-03-18 21:04:33"),
        "<8d1f0e2a-9b3c-4d5e-a6f7-0b1c2d3e4f50@example.com>",
        ("In-Reply-To", receipt_id(case)),
        ("References", f"{MID['fagerhult']} {receipt_id(case)}"),
        ("User-Agent", "Mozilla Thunderbird"),
    )
    return (
        "fagerhult-svar-namnlista",
        build(hdr, part),
        label(
            "followup",
            "sv",
            "contact anchoring",
            "Thunderbird reply ('Den 2026-03-05 kl. 10:16, skrev …:' and '>' quoting) to the receipt for 1115 (anchoring missing), with a .txt attachment (CRLF lines inside base64) listing 31 supporters. New text gives anchoring: open meeting 16 March (22 attendees), byalag and hunting team helping, signature list. Contact = Karin Bäck from her own address with phone. The association is named only in the signature → element false (name recorded). 22 attendees and 31 signatures are not members.",
            association_name="Fagerhults Intresseförening",
            contact_name="Karin Bäck",
            contact_email="karin.back@example.com",
            contact_phone="0491-330 41",
            ort="Fagerhult",
            salary_costs=False,
            physical_investment=False,
        ),
    )


@mail
def m_loftahammar_followup():
    case = "2026-0021"
    rec = receipt(case, ["anchoring", "budget"], 0)
    rl = rec.split("\n")
    out = [f"Den mån 16 mars 2026 kl 07:39 skrev {BOT_NAME} <ideslanten@example.se>:", ""]
    for ln in rl:
        out.append("> " + ln if ln else ">")
        if ln.startswith("– Lokal förankring"):
            out += [
                "",
                "Vi bestämde det på årsmötet 28 februari, 41 st var där och alla var för. Vi gör mötena ihop med Loftahammars Företagarförening och hembygdsföreningen, och Skärgårdsstiftelsen lånar ut båten så öborna kan komma.",
                "",
            ]
        if ln.startswith("– Budget"):
            out += [
                "",
                "Föreläsare 2 x 3 000 kr = 6 000 kr",
                "Hyra bygdegården 2 x 700 kr = 1 400 kr",
                "Annons i Västerviks-Tidningen 1 100 kr",
                "Fika 1 500 kr",
                "Summa 10 000 kr",
                "",
            ]
    body = "Hej! Svarar i texten nedan.\n\nHanna Nyberg\n\n" + "\n".join(out) + "\n"
    part = text(body, cte="quoted-printable", quote_charset=False)
    hdr = H(
        addr("Hanna Nyberg", "hanna.nyberg@example.org"),
        BOT,
        f"Re: Ansökan idéslanten Loftahammar [Idéslanten {case}]",
        date("2026-03-20 12:02:17"),
        "<CAHn9Rk2Lp0Wq4Xe7Tz1Mb6Vc3Yd8Ns5Jf2Gu0Ai9Oh@mail.gmail.example.com>",
        ("In-Reply-To", receipt_id(case)),
        ("References", f"{MID['loftahammar']} {receipt_id(case)}"),
    )
    return (
        "loftahammar-svar-inline",
        build(hdr, part),
        label(
            "followup",
            "sv",
            "contact anchoring budget",
            "Reply with INLINE answers: the quoted receipt for 1118 ('>' lines) is interleaved with unquoted answers placed right under the 'Lokal förankring' and 'Budget' bullet points; the short top says 'Svarar i texten nedan' and is signed Hanna Nyberg (own address) → contact true. The unquoted lines are new text: anchoring = annual meeting (41 present) + Företagarförening, hembygdsförening, Skärgårdsstiftelsen; budget = four items, Summa 10 000. Quoted guidance lines must not count on their own.",
            contact_name="Hanna Nyberg",
            contact_email="hanna.nyberg@example.org",
            ort="Loftahammar",
            amount_sek=10000,
            salary_costs=False,
            physical_investment=False,
        ),
    )


@mail
def m_soderakra():
    body = """Hej!

Den här kom in till kommunens servicecenter men jag tror den ska till er – det gäller väl idéslanten? Jag skickar den vidare. Gunnar vet om att jag gör det.

Vänliga hälsningar
Maria Ek
Handläggare, Näringsliv och landsbygd
Torsås kommun
0486-331 00 (växel)


Från: Gunnar Axelsson <gunnar.axelsson@example.com>
Skickat: den 23 mars 2026 18:12
Till: Kommun <kommun@example.se>
Ämne: Pengar till välkomstträffar i Söderåkra

Hej

Vi i Söderåkra Bygdegårdsförening skulle behöva lite hjälp med pengar. Föreningen äger och driver bygdegården i Söderåkra och har ett 75-tal medlemmar.

Det har flyttat in många nya familjer till Söderåkra de senaste åren men de flesta känner ingen här. Vi vill därför ordna ”Välkommen till Söderåkra” – tre träffar under hösten (september, oktober, november) med guidad byavandring, presentation av föreningarna och gemensam middag i bygdegården. Nyinflyttade och gamla Söderåkrabor, kvinnor som män, ska lära känna varandra och hitta in i föreningarna så att de stannar kvar.

Idén kommer från bygdegårdsföreningens medlemsmöte i februari. Söderåkra IK och Svenska kyrkan hjälper till, och ett 15-tal frivilliga har lovat att laga mat.

Budget får vi återkomma med, men vi tänker oss runt 10 000 kr.

Mvh
Gunnar Axelsson
Söderåkra Bygdegårdsförening
0486-201 34 / 070-588 31 22
"""
    part = text(body, charset="windows-1252", cte="quoted-printable")
    hdr = H(
        addr("Maria Ek", "maria.ek@example.se"),
        OFFICER,
        "VB: Pengar till välkomstträffar i Söderåkra",
        date("2026-03-24 09:47:12"),
        MID["soderakra_clerk"],
        (
            "Thread-Topic",
            enc_header("Pengar till välkomstträffar i Söderåkra", name="Thread-Topic"),
        ),
        ("Content-Language", "sv-SE"),
        ("X-MS-Has-Attach", ""),
    )
    return (
        "soderakra-vidarebefordrad-kommun",
        build(hdr, part),
        label(
            "application",
            "sv",
            "association contact activity anchoring",
            "Application FORWARDED by a municipality clerk ('VB:', Outlook plain text, windows-1252 QP): the clerk's note and signature come first, then the original mail under an unquoted 'Från:/Skickat:/Till:/Ämne:' block. The forwarded text is the application. Contact is the applicant Gunnar Axelsson (his own address in the forwarded header, named signer, phones) – NOT the clerk Maria Ek or the municipality switchboard. Association = Söderåkra Bygdegårdsförening, 'ett 75-tal' members (=75). Activity = three autumn welcome evenings; anchoring = member meeting + IK, kyrkan, 15 volunteers. Budget false ('återkomma med'); 'runt 10 000 kr' is a single rough figure → amount 10000.",
            association_name="Söderåkra Bygdegårdsförening",
            contact_name="Gunnar Axelsson",
            contact_email="gunnar.axelsson@example.com",
            contact_phone="0486-201 34",
            members=75,
            ort="Söderåkra",
            amount_sek=10000,
            women_and_men=True,
            salary_costs=False,
            physical_investment=False,
        ),
    )


@mail
def m_ndr_m365():
    host = "GV1P194MB1822.EURP194.PROD.OUTLOOK.example.se"
    plain = f"""Det gick inte att leverera meddelandet till de här mottagarna eller grupperna:

gunnar.axelson@example.com<mailto:gunnar.axelson@example.com>
Den e-postadress du angav hittades inte. Kontrollera mottagarens e-postadress och försök att skicka meddelandet igen. Kontakta supportavdelningen om problemet kvarstår.







Diagnostisk information för administratörer:

Genererad av server: {host}

gunnar.axelson@example.com
Remote Server  returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'

Ursprungliga meddelanderubriker:

From: Landsbygdsutvecklare Region Kalmar län <landsbygdsutvecklare@example.se>
To: "gunnar.axelson@example.com" <gunnar.axelson@example.com>
Subject: SV: Pengar till välkomstträffar i Söderåkra
Date: Wed, 25 Mar 2026 08:30:09 +0000
Message-ID: <officer.20260325.0930.soderakra@example.se>
"""
    html = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body><p><b><font color="#000066" size="3" face="Arial">'
        'Det gick inte att leverera meddelandet till de här mottagarna eller grupperna:</font></b></p><font color="#000000" size="2" face="Tahoma"><p>'
        '<a href="mailto:gunnar.axelson@example.com">gunnar.axelson@example.com</a><br></font><font color="#000000" size="3" face="Arial">'
        "Den e-postadress du angav hittades inte. Kontrollera mottagarens e-postadress och försök att skicka meddelandet igen.</font></p>"
        f'<p><font face="Tahoma" size="2">Genererad av server: {host}</font></p></body></html>\n'
    )
    dsn = f"""Reporting-MTA: dns;{host}
Received-From-MTA: dns;{host}
Arrival-Date: Wed, 25 Mar 2026 08:30:09 +0000

Final-Recipient: rfc822;gunnar.axelson@example.com
Action: failed
Status: 5.1.10
Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup
X-Display-Name: gunnar.axelson@example.com
"""
    orig_headers = [
        ("From", OFFICER),
        ("To", '"gunnar.axelson@example.com" <gunnar.axelson@example.com>'),
        ("Subject", enc_header("SV: Pengar till välkomstträffar i Söderåkra")),
        ("Date", "Wed, 25 Mar 2026 08:30:09 +0000"),
        ("Message-ID", "<officer.20260325.0930.soderakra@example.se>"),
        ("In-Reply-To", MID["soderakra_clerk"]),
        ("References", MID["soderakra_clerk"]),
    ]
    orig_body = text(
        "Hej Gunnar!\n\nTorsås kommun har skickat vidare er ansökan om idéslanten till mig. Kan ni skicka en enkel budget med kostnadsposter? Sedan kan vi gå vidare.\n\nHälsningar\nLandsbygdsutvecklaren, Region Kalmar län\n",
        cte="quoted-printable",
    )
    orig = build(orig_headers, orig_body)
    part = multi(
        "report",
        "_ndr_3f0a2b1c-9e8d-4c7b-a6f5-e4d3c2b1a090_",
        [
            multi(
                "alternative",
                "_alt_3f0a2b1c-9e8d-4c7b-a6f5-e4d3c2b1a090_",
                [text(plain, cte="quoted-printable"), text(html, "html", cte="quoted-printable")],
            ),
            Part(["Content-Type: message/delivery-status"], dsn.encode("ascii")),
            Part(["Content-Type: message/rfc822"], orig),
        ],
        params=" report-type=delivery-status;",
    )
    hdr = H(
        addr("Microsoft Outlook", "MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@example.se"),
        OFFICER,
        "Det gick inte att leverera: SV: Pengar till välkomstträffar i Söderåkra",
        "Wed, 25 Mar 2026 08:30:11 +0000",
        f"<d7c3a5e1-8b2f-4a90-b6e4-0c1d2e3f4a5b@{host}>",
        ("In-Reply-To", "<officer.20260325.0930.soderakra@example.se>"),
        ("References", f"{MID['soderakra_clerk']} <officer.20260325.0930.soderakra@example.se>"),
        ("Content-Language", "sv-SE"),
        ("X-MS-Exchange-Message-Is-Ndr", ""),
        ("Auto-Submitted", "auto-replied"),
    )
    return (
        "ndr-microsoft365",
        build(hdr, part),
        label(
            "bounce",
            "sv",
            "",
            "Microsoft 365 non-delivery report in Swedish ('Det gick inte att leverera:'): multipart/report; report-type=delivery-status with a multipart/alternative explanation, message/delivery-status (Status 5.1.10 RecipientNotFound) and the officer's original reply as message/rfc822, which itself quotes an application subject and asks for a budget. The officer mistyped the applicant's address. The embedded message must not make this a followup; all facts null.",
        ),
    )


@mail
def m_bergkvara():
    o = org("802418826")
    plain = f"""Hej!

Se nedan. Det här är vad vi i Bergkvara Båtklubb vill söka idéslanten för. Klubben har ca 85 medlemmar och sköter småbåtshamnen i Bergkvara, org.nr {o}. Anders i styrelsen har skrivit ihop förslaget. Hör av dig om något saknas!

Göran Lind
ordförande Bergkvara Båtklubb
070-844 12 09

---------- Forwarded message ---------
Från: Anders Nilsson <anders.nilsson@example.net>
Date: tis 24 mars 2026 kl 21:40
Subject: idéslanten
To: Göran Lind <goran.lind@example.net>


Hej Göran,
här är mitt förslag till ansökan:

Öppen hamn lördag 13 juni: vi bjuder in hela Bergkvara till hamnen. Prova-på-segling i klubbens jollar för barn och vuxna med instruktörer från seglarförbundet, visning av gästhamnen och på eftermiddagen ett dialogmöte om hur gästhamnen kan locka fler besökare till byn och affären. För alla – tjejer och killar, damer och herrar.

Kostnader:
Hyra partytält 2 000
Instruktörsarvode 3 000
Annonsering 1 000
Korv och dricka 1 500
Summa 7 500 kr

/Anders
"""
    top, fwd = plain.split("---------- Forwarded message ---------\n", 1)
    html = (
        '<div dir="ltr">'
        + html_escape(top.strip()).replace("\n", "<br>")
        + '<br><br><div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">---------- Forwarded message ---------<br>'
        + html_escape(fwd.split("\n\n\n", 1)[0]).replace("\n", "<br>")
        + '<br></div><br><br><div dir="ltr">'
        + html_escape(fwd.split("\n\n\n", 1)[1].strip()).replace("\n", "<br>")
        + "</div></div></div>\n"
    )
    part = multi(
        "alternative",
        "000000000000e5b7a10649a1c2d3",
        [
            text(plain, charset="UTF-8", cte="quoted-printable", quote_charset=False),
            text(html, "html", charset="UTF-8", cte="quoted-printable", quote_charset=False),
        ],
    )
    hdr = H(
        addr("Göran Lind", "goran.lind@example.net"),
        OFFICER,
        "Fwd: idéslanten",
        date("2026-03-30 17:05:48"),
        "<CAJm4Tq8Xr1Vn6Lc0Pz3Wb9Ke2Ys7Hd5Gf1Ua4Ni8Ol@mail.gmail.example.com>",
    )
    return (
        "bergkvara-ordforande-se-nedan",
        build(hdr, part),
        label(
            "application",
            "sv",
            "association contact activity budget",
            "Chairperson forwards a board member's internal draft to the officer with 'Se nedan' (Gmail 'Fwd:', '---------- Forwarded message ---------' block). The chair's top text gives the association (Bergkvara Båtklubb, ca 85 members, org.nr, runs the harbour) and himself as named contact with mobile from his own address; the forwarded draft counts as the mail's own text and gives the dated activity (Öppen hamn with try-sailing and a dialogue on the guest harbour) and a four-item budget, Summa 7 500. Anchoring false: 'vi bjuder in hela Bergkvara' is an invitation, no meeting, survey or partners. Instructor fee is not salary; renting a party tent is not an investment. 'tjejer och killar, damer och herrar' → true.",
            association_name="Bergkvara Båtklubb",
            org_number=o,
            contact_name="Göran Lind",
            contact_email="goran.lind@example.net",
            contact_phone="070-844 12 09",
            members=85,
            ort="Bergkvara",
            amount_sek=7500,
            women_and_men=True,
            salary_costs=False,
            physical_investment=False,
        ),
    )


@mail
def m_kopingsvik():
    plain = """Hej! / Hi!

Sorry, my Swedish is not so good yet, so I write mostly in English. Vi hoppas att det går bra!

We are "Köpingsviks Nya & Gamla Grannar", a small ideell förening started in 2025 in Köpingsvik on Öland. We have 35 members (35 medlemmar) – Swedes who have lived here all their lives and newcomers from the Netherlands, Germany and Syria.

What we want to do: a språkcafé and "meet your village" evenings every second Tuesday from September to December in Köpingsviks bygdegård. Each evening one local person or association presents something – the fishing harbour, the hembygdsförening, how the school works – and then we talk in small mixed groups, Swedish practice for the newcomers and new friends for everybody. When newcomers know people and the associations, they stay, and the associations get new members. Kvinnor och män, all ages.

Förankring: we started after a byamöte in January where about 40 people came. Köpingsviks hembygdsförening and Borgholm municipality's integration unit support us, and we have 12 volunteers who will host the evenings.

Budget: we will send it when we know the rent for the bygdegård.

Tack! / Thank you!
Sanne de Vries
+46 76 234 55 10
"""
    html = (
        '<div dir="ltr">'
        + "".join(f"<div>{html_escape(ln) or '<br>'}</div>" for ln in plain.strip().split("\n"))
        + "</div>\n"
    )
    part = multi(
        "alternative",
        "000000000000f1a2b30649c4d5e6",
        [
            text(plain, charset="UTF-8", cte="quoted-printable", quote_charset=False),
            text(html, "html", charset="UTF-8", cte="quoted-printable", quote_charset=False),
        ],
    )
    hdr = H(
        addr("Sanne de Vries", "sanne.devries@example.com"),
        BOT,
        "Ansökan / application idéslanten – Köpingsvik",
        date("2026-04-07 20:14:31"),
        MID["kopingsvik"],
    )
    return (
        "kopingsvik-blandat-sprak",
        build(hdr, part),
        label(
            "application",
            "en",
            "association contact activity anchoring",
            "Mixed-language application, mostly English with Swedish words and sentences (språkcafé, ideell förening, Förankring, Kvinnor och män); language labelled 'en' as the dominant one. Association = Köpingsviks Nya & Gamla Grannar, 35 members. Contact = Sanne de Vries (own address, +46 mobile). Activity = fortnightly evenings Sept–Dec with presentations and language groups, clear local benefit. Anchoring = byamöte (~40 attendees, not members) + hembygdsförening, municipality's integration unit, 12 volunteers. Budget false: 'we will send it when we know the rent'; no amount.",
            association_name="Köpingsviks Nya & Gamla Grannar",
            contact_name="Sanne de Vries",
            contact_email="sanne.devries@example.com",
            contact_phone="+46 76 234 55 10",
            members=35,
            ort="Köpingsvik",
            amount_sek=None,
            women_and_men=True,
            salary_costs=False,
            physical_investment=False,
        ),
    )


@mail
def m_byxelkrok_question():
    body = """Hi,

My name is Tom Harris and I moved to Byxelkrok last year. A few of us (maybe 12 people, Swedish and English speakers) would like to start evening meetings about how to keep the village alive in winter, and someone told me about your "ideslanten" grant.

Two questions before we apply:
- Do we need to be a registered association with an organisation number, or can an informal group apply?
- Is there a deadline in 2026, or can we apply any time?

Many thanks,
Tom Harris
Byxelkrok
"""
    part = text(body, charset="us-ascii", cte="7bit")
    hdr = H(
        addr("Tom Harris", "tom.harris@example.org"),
        OFFICER,
        "Question about idéslanten (Byxelkrok)",
        date("2026-04-09 10:44:03"),
        "<a91e7c22-0d5b-4f1a-9c33-6b2e8d0f4a17@example.org>",
    )
    return (
        "byxelkrok-question-english",
        build(hdr, part),
        label(
            "question",
            "en",
            "",
            "English question (us-ascii 7bit body, UTF-8 encoded-word subject) from a newcomer in Byxelkrok: asks whether an informal group may apply and whether there is a deadline. No activity is described beyond an intention, no budget; it is explicitly 'before we apply'. The '12 people' are an informal group, not stated members → members null. Facts: writer name/e-mail and ort only.",
            contact_name="Tom Harris",
            contact_email="tom.harris@example.org",
            ort="Byxelkrok",
        ),
    )


@mail
def m_degerhamn():
    o = org("802450613")
    body = f"""Dear rural development officer,

Please find below our application for the regional bygdepeng – idéslanten.

Applicant: Degerhamn Village Forum (Degerhamns Byaråd), a registered non-profit association, org. no. {o}. We have 52 members and work for a living village in Degerhamn on southern Öland.

Contact: Emily Carter, chair. Phone +46 (0)73-612 40 88, e-mail emily.carter@example.org

Activity: "What next for the cement works?" – a series of three community dialogues in the Degerhamn community hall on 16 May, 13 June and 12 September about the future of the old cement works site, led by an external facilitator. Between the first two dialogues we make a study visit by bus to Grönhögen to see how their harbour association turned an old industrial area into workshops and a café. The result will be a written proposal from the village to Mörbylånga municipality. The dialogues are open to all residents, women and men, young and old.

Local anchoring: the idea was agreed at our open village meeting on 8 March, attended by 61 residents. Degerhamns IF and Södra Ölands Hembygdsförening co-host the dialogues, and eight volunteers will run the coffee and childcare.

Budget:
Facilitator fee, 3 dialogues – SEK 6,000
Rent of community hall, 3 × SEK 500 – SEK 1,500
Bus for the study visit – SEK 2,800
Refreshments – SEK 1,200
Total – SEK 11,500

We apply for SEK 11,500.

Kind regards,
Emily Carter
Degerhamn Village Forum
"""
    part = text(body, cte="base64", quote_charset=False)
    hdr = H(
        addr("Emily Carter", "emily.carter@example.org"),
        OFFICER,
        "Application – Degerhamn Village Forum",
        date("2026-04-14 08:27:55"),
        MID["degerhamn"],
    )
    return (
        "degerhamn-application-english",
        build(hdr, part),
        label(
            "application",
            "en",
            "association contact activity anchoring budget",
            "Complete application written in English, plain utf-8 in base64, amounts in the 'SEK 6,000' style with comma thousands separators (11,500 = 11500). Association = Degerhamn Village Forum (Swedish name in brackets), org. no., 52 members. Contact = Emily Carter with phone in '+46 (0)73-…' form. Activity = three dated dialogues + study visit with a written proposal. Anchoring = open village meeting (61 residents, not members) + IF and hembygdsförening + volunteers. Facilitator fee is not salary; bus and hall are rented. 'women and men' → true.",
            association_name="Degerhamn Village Forum",
            org_number=o,
            contact_name="Emily Carter",
            contact_email="emily.carter@example.org",
            contact_phone="+46 (0)73-612 40 88",
            members=52,
            ort="Degerhamn",
            amount_sek=11500,
            women_and_men=True,
            salary_costs=False,
            physical_investment=False,
        ),
    )


@mail
def m_kopingsvik_followup():
    case = "2026-0024"
    rec = receipt(case, ["budget"], 1)
    new = """Hi again,

Here is our budget for the språkcafé / meet your village evenings (Sept–Dec, 8 evenings):

Rent of Köpingsviks bygdegård: 8 evenings × 400 kr = 3 200 kr
Coffee and cake: 8 × 250 kr = 2 000 kr
Printing, posters and name tags: 600 kr
Guest speaker from Kalmar (fee): 1 500 kr
Total: 7 300 kr

So we apply for 7 300 kr. Tack så mycket!

Best regards,
Sanne de Vries
"""
    q = (
        f"From: {BOT_NAME} <ideslanten@example.se>\nDate: Tuesday, 7 April 2026 at 20:15\nTo: Sanne de Vries <sanne.devries@example.com>\n"
        f"Subject: Re: Ansökan / application idéslanten – Köpingsvik [Idéslanten {case}]\n\n"
    )
    part = text(new + "\n" + q + rec + "\n", cte="quoted-printable")
    hdr = H(
        addr("Sanne de Vries", "sanne.devries@example.com"),
        BOT,
        f"Re: Ansökan / application idéslanten – Köpingsvik [Idéslanten {case}]",
        date("2026-04-16 21:51:09"),
        "<B3E6C1A2-4F7D-4D8B-9A2C-5E1F0D3B7C64@example.com>",
        ("In-Reply-To", receipt_id(case)),
        ("References", f"{MID['kopingsvik']} {receipt_id(case)}"),
        ("User-Agent", "Microsoft-MacOutlook/16.95.25041326"),
        (
            "Thread-Topic",
            enc_header(
                f"Ansökan / application idéslanten – Köpingsvik [Idéslanten {case}]",
                name="Thread-Topic",
            ),
        ),
    )
    return (
        "kopingsvik-followup-english",
        build(hdr, part),
        label(
            "followup",
            "en",
            "contact budget",
            "English followup from Outlook for Mac to the receipt for 1124 (budget missing); the Swedish receipt follows an unquoted 'From:/Date:/To:/Subject:' block (no '>' prefixes). New text supplies a four-item budget with '8 × 400 kr' multiplications, total 7 300, and states the applied amount. Signed by Sanne de Vries from her own address → contact true (no phone in the new text). Guest speaker fee is not salary.",
            contact_name="Sanne de Vries",
            contact_email="sanne.devries@example.com",
            ort="Köpingsvik",
            amount_sek=7300,
            salary_costs=False,
            physical_investment=False,
        ),
    )


@mail
def m_langasjo():
    o = org("802427707")
    new = f"""Hej,

Jag sitter som kassör i Långasjö Byalag (orgnr {o}, ca 110 medlemmar) och skriver från jobbet, hoppas det går bra.

Vi i byalaget vill söka idéslanten för att göra något som stärker gemenskapen i byn och lockar fler att flytta hit. Vi har inte bestämt exakt vad än – kanske föreläsningar, kanske någon form av träffar – men pengarna behövs.

På byastämman i mars var vi ett 40-tal och alla var positiva till att byalaget söker. Långasjö IF och Långasjö församling har sagt att de vill vara med och hjälpa till.

Ungefärlig budget:
Föreläsare 5 000 kr
Lokalhyra 1 500 kr
Marknadsföring 1 500 kr
Fika 2 000 kr
Totalt 10 000 kr

Hälsningar
"""
    sig = """Johan Pettersson
Platschef
Långasjö Trä & Bygg AB
Besöksadress: Industrivägen 4, Långasjö
Tel: +46 (0)471-520 40
Mobil: +46 70 563 21 98
johan.pettersson@example.com | www.example.com

Följ oss på Facebook och Instagram!

KONFIDENTIALITET: Detta e-postmeddelande och eventuella bilagor kan innehålla konfidentiell information och är endast avsett för den angivna mottagaren. Om du har fått meddelandet av misstag, vänligen meddela avsändaren omedelbart och radera meddelandet. Otillåten användning, spridning eller kopiering är förbjuden.
CONFIDENTIALITY NOTICE: This e-mail and any attachments may contain confidential information intended solely for the addressee. If you have received this e-mail in error, please notify the sender and delete it. Any unauthorised use, disclosure or copying is prohibited.
Vi behandlar personuppgifter enligt GDPR. Läs mer på www.example.com/integritet
Tänk på miljön innan du skriver ut detta mejl.
"""
    plain = new + sig
    sig_html = (
        '<table cellpadding="0" cellspacing="0" style="font-family:Arial;font-size:9pt;color:#333"><tr><td style="padding-right:12px;border-right:2px solid #8a5a2b">'
        '<img src="cid:logo_lanbygg@01DC9B2E" width="90" height="45" alt="Långasjö Trä &amp; Bygg"></td><td style="padding-left:12px">'
        '<b style="font-size:11pt;color:#8a5a2b">Johan Pettersson</b><br>Platschef<br>Långasjö Trä &amp; Bygg AB<br>Besöksadress: Industrivägen 4, Långasjö<br>'
        'Tel: +46 (0)471-520 40<br>Mobil: +46 70 563 21 98<br><a href="mailto:johan.pettersson@example.com">johan.pettersson@example.com</a> | <a href="https://www.example.com">www.example.com</a></td></tr></table>'
        '<p style="font-family:Arial;font-size:8pt;color:#0a7d2c">Följ oss på Facebook och Instagram!</p>'
        '<p style="font-family:Arial;font-size:7pt;color:#888">'
        + html_escape(sig.split("Instagram!\n\n", 1)[1]).replace("\n", "<br>")
        + "</p>"
    )
    html = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body><div style="font-family:Calibri,sans-serif;font-size:11pt">'
        + html_escape(new).replace("\n", "<br>\n")
        + "</div>"
        + sig_html
        + "</body></html>\n"
    )
    logo = png(90, 45, (138, 90, 43), (250, 246, 240))
    rel = multi(
        "related",
        "----=_Part_88213_1209384321.1776763330118",
        [
            multi(
                "alternative",
                "----=_Part_88214_803712244.1776763330118",
                [text(plain, cte="quoted-printable"), text(html, "html", cte="quoted-printable")],
            ),
            attachment(
                logo,
                "image/png",
                "logo_langasjo_tra_bygg.png",
                disposition="inline",
                extra=["Content-ID: <logo_lanbygg@01DC9B2E>"],
            ),
        ],
        params=' type="multipart/alternative";',
    )
    hdr = H(
        addr("Johan Pettersson", "johan.pettersson@example.com"),
        OFFICER,
        "Idéslanten Långasjö byalag",
        date("2026-04-21 11:02:18"),
        "<1119830422.88215.1776763330121@mail.example.com>",
    )
    return (
        "langasjo-lang-signatur",
        build(hdr, rel),
        label(
            "application",
            "sv",
            "association contact anchoring budget",
            "Sent from the writer's work account: HTML + plain in multipart/related with an inline company logo (PNG) and a very long signature with company address, two phones, social media line and Swedish + English confidentiality disclaimers and a GDPR line. The company (Långasjö Trä & Bygg AB) is NOT the applicant; the applicant is Långasjö Byalag (orgnr, ca 110 members). Contact = Johan Pettersson, first phone in the signature is the work line +46 (0)471-520 40. Activity FALSE: explicitly undecided ('kanske föreläsningar, kanske någon form av träffar'), only a wish to strengthen the village. Anchoring = byastämma (~40 present) backing the application + IF and församling. Budget = four items, total 10 000.",
            association_name="Långasjö Byalag",
            org_number=o,
            contact_name="Johan Pettersson",
            contact_email="johan.pettersson@example.com",
            contact_phone="+46 (0)471-520 40",
            members=110,
            ort="Långasjö",
            amount_sek=10000,
            women_and_men=None,
            salary_costs=False,
            physical_investment=False,
        ),
    )


@mail
def m_degerhamn_autoreply():
    body = """Thank you for your email.

I am away from 22 April until 4 May with limited access to email and will reply when I am back. For urgent matters regarding Degerhamn Village Forum, please contact our vice chair Peter Lund at peter.lund@example.org.

Best wishes,
Emily Carter
"""
    part = text(body, charset="UTF-8", cte="7bit", quote_charset=False)
    hdr = H(
        addr("Emily Carter", "emily.carter@example.org"),
        OFFICER,
        "Re: Application – Degerhamn Village Forum",
        date("2026-04-22 14:03:40"),
        "<CAN8pQw7Lc2Vr9Xk1Mh4Tb0Jd6sFe3yUa8iOn2Wq5Rz@mail.gmail.example.com>",
        ("In-Reply-To", "<officer.20260422.1403.degerhamn@example.se>"),
        ("References", f"{MID['degerhamn']} <officer.20260422.1403.degerhamn@example.se>"),
    )
    return (
        "degerhamn-out-of-office-english",
        build(hdr, part),
        label(
            "autoreply",
            "en",
            "",
            "English out-of-office WITHOUT automation headers and with a plain 'Re:' subject, sent within seconds of the officer's reply to 1126 (References carries 1126's Message-ID). Only the wording ('I am away from 22 April until 4 May') reveals it. It names a substitute contact person with an e-mail address – that must not be read as a contact for an application. All facts null.",
        ),
    )


@mail
def m_vissefjarda():
    body = """hej!! vi e ett gäng ungdomar i vissefjärda typ 15 st o vi vill ha hängkvällar i bygdegården varje fredag i höst (sept-nov, 12 ggr) me film o spel o pingis så att vi har nåt ställe att va på o inte måste åka in till emmaboda hela tiden. både tjejer o killar

de skulle kosta typ:
hyra lokal 300kr/kväll x 12 = 3600
snacks o läsk 1500
filmlicens 900
= 6000 kr

mvh ella karlsson 072-303 88 41

skickat från min samsung
"""
    part = text(body, cte="8bit", quote_charset=False)
    hdr = H(
        addr("ella k", "ellak09@example.com"),
        BOT,
        "idéslanten??",
        date("2026-04-28 22:11:07"),
        MID["vissefjarda"],
    )
    return (
        "vissefjarda-ungdomar",
        build(hdr, part),
        label(
            "application",
            "sv",
            "contact activity budget",
            "Teenager on a phone: no capitals, 'e', 'o', 'me', 'va', shorthand, Samsung footer, display name 'ella k'. Association false: 'ett gäng ungdomar … typ 15 st' is an unnamed group (and the 15 are not stated members → members null). Contact = Ella Karlsson signing with name and mobile from her own address. Activity = concrete: Friday hang-out evenings Sept–Nov, 12 times, in the bygdegård, with a local benefit (somewhere to be instead of going to Emmaboda). Anchoring false. Budget = three items '= 6000 kr'. Renting the hall and a screening licence are not investments. 'både tjejer o killar' → true.",
            contact_name="Ella Karlsson",
            contact_email="ellak09@example.com",
            contact_phone="072-303 88 41",
            ort="Vissefjärda",
            amount_sek=6000,
            women_and_men=True,
            salary_costs=False,
            physical_investment=False,
        ),
    )


@mail
def m_berga():
    o = org("802430057")
    body = f"""HEJ.

JAG SKRIVER FÖR BERGA BYGDEGÅRDSFÖRENING I HÖGSBY KOMMUN. ORG NR {o}. VI ÄR 64 MEDLEMMAR OCH HAR HAFT BYGDEGÅRDEN SEDAN 1948.

VI VILL HA EN BYGDENS DAG LÖRDAGEN DEN 15 AUGUSTI VID BYGDEGÅRDEN I BERGA MED UTSTÄLLNING OM BYNS HISTORIA, FÖREDRAG AV EN HEMBYGDSFORSKARE OCH PÅ EFTERMIDDAGEN ETT SAMTAL MED KOMMUNEN OM BUSSARNA OCH OM EN SERVICEPUNKT NU NÄR AFFÄREN ÄR BORTA. DET ÄR FÖR ALLA I BYGDEN, KARLAR SOM KVINNOR, SÅ ATT VI KAN BO KVAR HÄR.

DETTA BESLUTADES PÅ ÅRSMÖTET DEN 12 APRIL, 28 NÄRVARANDE. BERGA IF OCH BERGA SKYTTEGILLE HJÄLPER TILL MED TÄLT OCH PARKERING.

KOSTNADER
HYRA AV TÄLT 2500
FÖREDRAGSHÅLLARE 2000
ANNONSER 1200
KAFFE OCH BRÖD 1800
SUMMA 7500 KR

MED VÄNLIG HÄLSNING
INGVAR SVENSSON
KASSÖR
TEL 0491-203 51
"""
    part = text(body, charset="windows-1252", cte="8bit")
    hdr = H(
        addr("INGVAR SVENSSON", "ingvar.svensson@example.net"),
        OFFICER,
        "ANSÖKAN BYGDENS DAG BERGA",
        date("2026-05-05 08:14:29"),
        "<000c01dcdc3a$1f2e3d40$5d6b7c80$@example.net>",
        ("X-Mailer", "Microsoft Outlook 14.0"),
        subject_charset="iso-8859-1",
    )
    return (
        "berga-versaler-cp1252",
        build(hdr, part),
        label(
            "application",
            "sv",
            "association contact activity anchoring budget",
            "Elderly writer in ALL CAPITALS, windows-1252 8bit body, old Outlook 2010 X-Mailer, iso-8859-1 encoded subject. Complete: Berga Bygdegårdsförening (Högsby kommun), ORG NR, 64 members; contact INGVAR SVENSSON, kassör, 0491 landline, own address; activity = Bygdens dag 15 August with exhibition, lecture and a talk with the municipality on buses and a service point; anchoring = annual meeting decision (28 present) + IF and skyttegille; budget four items SUMMA 7500 KR. Tent hire is renting; lecturer fee not salary. 'KARLAR SOM KVINNOR' → true. Names kept as written (caps).",
            association_name="BERGA BYGDEGÅRDSFÖRENING",
            org_number=o,
            contact_name="INGVAR SVENSSON",
            contact_email="ingvar.svensson@example.net",
            contact_phone="0491-203 51",
            members=64,
            ort="Berga",
            amount_sek=7500,
            women_and_men=True,
            salary_costs=False,
            physical_investment=False,
        ),
    )


@mail
def m_vissefjarda_followup():
    case = "2026-0027"
    rec = receipt(case, ["association", "anchoring"], 0)
    new = """Hej!

Jag är Ellas mamma och skriver för ungdomarna, som bett mig hjälpa till med det ni saknade.

Ungdomarna har bildat gruppen "Unga i Vissefjärda", som är en ungdomssektion inom Vissefjärda Byalag. Gruppen har 17 medlemmar mellan 13 och 18 år.

Byalagets styrelse beslutade den 4 maj att stå bakom hängkvällarna i bygdegården. Tre föräldrar turas om att vara vuxna på plats varje fredag, och Vissefjärda IF lånar ut sitt pingisbord.

Kontakta gärna mig om något är oklart.

Med vänlig hälsning
Lena Karlsson
0471-401 27
"""
    sep = (
        f"Från: {BOT_NAME} <ideslanten@example.se>\nSkickat: den 28 april 2026 22:12\nTill: ellak09@example.com\n"
        f"Ämne: Re: idéslanten?? [Idéslanten {case}]\n\n"
    )
    plain = new + "\n" + sep + rec + "\n"
    html = (
        '<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns="http://www.w3.org/TR/REC-html40"><head><meta http-equiv=Content-Type content="text/html; charset=windows-1252">'
        '<style><!-- p.MsoNormal {margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;} --></style></head><body lang=SV><div class=WordSection1>'
        + "".join(
            f"<p class=MsoNormal>{html_escape(ln) if ln else '<o:p>&nbsp;</o:p>'}</p>"
            for ln in new.strip().split("\n")
        )
        + "<p class=MsoNormal><o:p>&nbsp;</o:p></p><div><div style='border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm'><p class=MsoNormal><b>Från:</b> "
        + html_escape(BOT_NAME)
        + " &lt;ideslanten@example.se&gt; <br><b>Skickat:</b> den 28 april 2026 22:12<br><b>Till:</b> ellak09@example.com<br><b>Ämne:</b> Re: idéslanten?? [Idéslanten "
        + case
        + "]</p></div></div><p class=MsoNormal><o:p>&nbsp;</o:p></p>"
        + "".join(
            f"<p class=MsoNormal>{html_escape(ln) if ln else '<o:p>&nbsp;</o:p>'}</p>"
            for ln in rec.split("\n")
        )
        + "</div></body></html>\n"
    )
    part = multi(
        "alternative",
        "----=_NextPart_000_0041_01DCDE2F.7A3B5C10",
        [
            text(plain, charset="windows-1252", cte="quoted-printable"),
            text(html, "html", charset="windows-1252", cte="quoted-printable"),
        ],
        preamble="This is a multipart message in MIME format.",
    )
    hdr = H(
        addr("Lena Karlsson", "lena.karlsson@example.se"),
        BOT,
        f"SV: idéslanten?? [Idéslanten {case}]",
        date("2026-05-07 20:36:44"),
        "<004101dcde2f$7a3b5c10$6eb21430$@example.se>",
        ("In-Reply-To", receipt_id(case)),
        ("References", f"{MID['vissefjarda']} {receipt_id(case)}"),
        ("X-Mailer", "Microsoft Outlook 16.0"),
        ("Thread-Index", "AQHc2B1vQ0x9Z1cKR0a4nW3bEo2m5Q=="),
        ("Content-Language", "sv"),
    )
    return (
        "vissefjarda-svar-foralder-outlook",
        build(hdr, part),
        label(
            "followup",
            "sv",
            "association contact anchoring",
            "Outlook desktop 'SV:' reply (windows-1252 QP, MsoNormal HTML + plain, Outlook 'Från:/Skickat:/Till:/Ämne:' block without '>' quoting) written by the teenager's MOTHER from her own address – a different person from the applicant of 1130. New text supplies the missing association (group 'Unga i Vissefjärda', a youth section of Vissefjärda Byalag, 17 members) and anchoring (byalag board decision 4 May, parents as volunteer hosts, IF lending a table tennis table). Contact = Lena Karlsson with landline. Borrowing the table is not an investment.",
            association_name="Unga i Vissefjärda",
            contact_name="Lena Karlsson",
            contact_email="lena.karlsson@example.se",
            contact_phone="0471-401 27",
            members=17,
            ort="Vissefjärda",
            salary_costs=False,
            physical_investment=False,
        ),
    )


@mail
def m_timmernabben():
    o = org("802445851")
    body = f"""Hej!

Timmernabbens Byalag (org.nr {o}) söker härmed idéslanten för Kustdagen 2026. Byalaget bildades 1987 och ca 180 hushåll är medlemmar.

Kustdagen blir lördag 22 augusti vid hamnen i Timmernabben: guidad kustvandring med en naturguide på förmiddagen, och på eftermiddagen ett öppet möte om strandpromenaden och hur hamnområdet kan utvecklas med kafé och gästplatser för besökare. Alla åldrar, både kvinnor och män, är välkomna.

Förankring: Vi gjorde en enkät i byalagets Facebookgrupp i mars där 74 personer svarade, och kustdagen fick flest röster. Timmernabbens IF och Timmernabbens Båtklubb ordnar varsin del av dagen.

Budget, se bifogad Excelfil.

Med vänlig hälsning
Styrelsen, Timmernabbens Byalag
"""
    sheet = xlsx(
        [
            ["Budget Kustdagen 2026 – Timmernabbens Byalag"],
            ["Post", "Belopp (kr)"],
            ["Naturguide, arvode", 2000],
            ["Hyra Timmernabbens Folkets hus (regnplan)", 1500],
            ["Hyra ljudanläggning", 1200],
            ["Annonsering", 900],
            ["Förtäring", 2400],
            ["Summa", ("=", "SUM(B3:B7)", 8000)],
            [],
            ["Sökt belopp ur idéslanten", ("=", "B8", 8000)],
        ]
    )
    part = multi(
        "mixed",
        "_002_DB9PR02MB7263E0A9F14C2B8D5A7E3F06C91BDB9PR02MB7263eurp_",
        [
            text(body, cte="quoted-printable", quote_charset=False),
            attachment(
                sheet,
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                "Budget Kustdagen 2026.xlsx",
            ),
        ],
    )
    hdr = H(
        addr("Timmernabbens Byalag", "info.timmernabben@example.org"),
        OFFICER,
        "Ansökan idéslanten – Kustdagen 2026",
        date("2026-05-12 15:22:51"),
        MID["timmernabben"],
        ("X-MS-Has-Attach", "yes"),
        ("Content-Language", "sv-SE"),
    )
    return (
        "timmernabben-xlsx",
        build(hdr, part),
        label(
            "application",
            "sv",
            "association activity anchoring budget",
            "Outlook mail from the association's shared mailbox with the budget in an .xlsx (inline strings, SUM formula with cached value 8000, applied-amount row). Association = Timmernabbens Byalag, org.nr, founded 1987, 'ca 180 hushåll är medlemmar' (=180). Contact FALSE: signed 'Styrelsen' from info.timmernabben@, no named person → contact facts null. Activity = dated Kustdagen with guided walk and open meeting; anchoring = Facebook-group survey (74 answers) + IF and båtklubb. Budget readable in the spreadsheet: five items, total 8 000. Guide fee not salary; hall and sound system are rented.",
            association_name="Timmernabbens Byalag",
            org_number=o,
            members=180,
            ort="Timmernabben",
            amount_sek=8000,
            women_and_men=True,
            salary_costs=False,
            physical_investment=False,
        ),
    )


@mail
def m_newsletter_landsbygd():
    plain = """LANDSBYGDSNYTT SYDOST · nr 5 · maj 2026

I detta nummer
- Idéslanten 2026: så har det gått hittills
- Fiberföreningarnas dag i Mönsterås
- Tips: så skriver ni en bra budget
- Kalender

IDÉSLANTEN 2026: SÅ HAR DET GÅTT HITTILLS
Över trettio föreningar och byalag i länet har hittills sökt regional bygdepeng – idéslanten i år, från Byxelkrok i norr till Bergkvara i söder. Kom ihåg: högst 15 000 kr per ort och år, minst tio medlemmar, inga löner och inga fysiska investeringar. Ansökan skickas med e-post till regionens landsbygdsutvecklare.

TIPS: SÅ SKRIVER NI EN BRA BUDGET
Dela upp kostnaderna i poster – lokalhyra, arvode till föreläsare, annonsering, fika – och skriv ett belopp för varje. En summa räcker inte.

KALENDER
3 juni – Fiberföreningarnas dag, Mönsterås
9 juni – Webbträff om byaplaner

Landsbygdsnytt Sydost ges ut av Landsbygdsnätverket Sydost.
Du får nyhetsbrevet för att du har anmält dig på vår webbplats.
Avregistrera: https://landsbygd.example.net/avregistrera?u=55120
"""
    html = (
        '<!DOCTYPE html><html lang="sv"><head><meta charset="utf-8"></head><body style="background:#f4f1ea;margin:0"><center><table width="620" style="background:#fff;font-family:Georgia,serif;color:#2b2b2b">'
        + "".join(
            f'<tr><td style="padding:10px 28px;font-size:15px;line-height:1.5">{html_escape(p).replace(chr(10), "<br>")}</td></tr>'
            for p in plain.split("\n\n")
        )
        + '</table></center><img src="https://landsbygd.example.net/o/55120.gif" width="1" height="1" alt=""></body></html>\n'
    )
    part = multi(
        "alternative",
        "b1_5a0f3e2d1c4b7a698877665544332211",
        [text(plain, cte="base64"), text(html, "html", cte="base64")],
    )
    hdr = H(
        addr("Landsbygdsnytt Sydost", "nyhetsbrev@example.net"),
        addr(None, OFFICER_ADDR),
        "Landsbygdsnytt nr 5: Idéslanten 2026 – så har det gått hittills",
        date("2026-05-18 06:30:00"),
        "<55120.20260518.nr5@landsbygd.example.net>",
        ("List-Unsubscribe", "<https://landsbygd.example.net/avregistrera?u=55120>"),
        ("List-Id", "<landsbygdsnytt.landsbygd.example.net>"),
        ("Precedence", "bulk"),
        ("Feedback-ID", "nr5:landsbygdsnytt:sydost"),
    )
    return (
        "nyhetsbrev-landsbygdsnytt",
        build(hdr, part),
        label(
            "newsletter",
            "sv",
            "",
            "Regional rural network newsletter (base64 plain + HTML with a tracking pixel, List-Id, List-Unsubscribe, Precedence: bulk) that is ABOUT idéslanten: it repeats the rules (15 000 kr per ort, ten members, no wages, no investments) and gives budget tips with example cost items. None of this is an application, a question or a budget; all elements false, all facts null.",
        ),
    )


@mail
def m_pataholm():
    body = """Hej

Vi är några grannar i Pataholm (ett tjugotal hushåll runt gamla handelsplatsen) som vill ordna tre "sillfrukost-dialoger" i magasinet vid hamnen, en i juni, en i juli och en i augusti, om vad vi ska göra med den gamla handelsboden som står tom. Vid första träffen berättar en byggnadsantikvarie om husen, sedan pratar vi om att öppna sommarkafé och hantverksbod där så att Pataholm får liv igen.

Vi hade möte i magasinet den 2 maj där 26 personer kom och alla skrev på att de vill vara med. Pataholms Hembygdsförening lånar ut magasinet gratis.

Budgeten ligger i bifogad fil.

Hälsningar
Kjell Andersson
0499-241 07
"""
    csv = "Post;Belopp kr\r\nByggnadsantikvarie, arvode;3000\r\nSill, potatis och dricka (3 tillfällen);2400\r\nAnnonser;600\r\nHyra stolar och bord;500\r\nSumma;6500\r\n"
    ATTACHMENT_TEXTS.append(csv)
    part = multi(
        "mixed",
        "=-=-=Pataholm-20260525-0x5c1e=-=-=",
        [
            text(body, charset="iso-8859-1", cte="quoted-printable"),
            Part(
                [
                    'Content-Type: text/csv; charset=windows-1252; name="budget pataholm.csv"',
                    'Content-Disposition: attachment; filename="budget pataholm.csv"',
                    "Content-Transfer-Encoding: base64",
                ],
                _enc(csv.encode("cp1252"), "base64"),
            ),
        ],
    )
    hdr = H(
        addr("Kjell Andersson", "kjell.andersson@example.com"),
        OFFICER,
        "Sillfrukost-dialoger i Pataholm",
        date("2026-05-25 18:09:14"),
        "<87a1c3e5b7d9.20260525180914@example.com>",
        ("User-Agent", "Evolution 3.50.2"),
    )
    return (
        "pataholm-csv-budget",
        build(hdr, part),
        label(
            "application",
            "sv",
            "contact activity anchoring budget",
            "Evolution mail, iso-8859-1 QP body, budget in a semicolon CSV attachment (windows-1252, CRLF). Association FALSE: 'några grannar i Pataholm (ett tjugotal hushåll)' is an unnamed group; Pataholms Hembygdsförening only lends the venue (a partner, not the applicant); households are not members → members null. Contact = Kjell Andersson with 0499 landline, own address. Activity = three dated-by-month dialogues with a building conservator about the empty trading house. Anchoring = meeting 2 May (26 came and signed up) + hembygdsförening lending the warehouse. Budget = CSV items, Summa 6500. Renting chairs is not an investment.",
            contact_name="Kjell Andersson",
            contact_email="kjell.andersson@example.com",
            contact_phone="0499-241 07",
            ort="Pataholm",
            amount_sek=6500,
            women_and_men=None,
            salary_costs=False,
            physical_investment=False,
        ),
    )


@mail
def m_storebro():
    body = """Hej hej

Vi i Storebro Bygdeförening ä ett trettital medlemmar, ett trettiotal alltså, o vi har hållt på sen 80-tale mä midsommar o julgransplundring.

Dä ä ju så att dä händer int nåe i byn längre, affärn ä stängd o ungdomarna flyttar. Vi vill göra nåt för att få liv i byn igen, nåe för alla, dä ä vi överens om. Vad dä blir får vi se när vi vet om vi får pengar.

På årsmöte i mars va vi 22 st som röstade för att vi ska söka, o Storebro IF vill va mä o hjälpa te.

Pengar:
hyra 2 000
fika 1 500
annonsera 800
= 4 300 kr

Hälsningar Bengt Ohlsson
0492-300 18
"""
    part = text(body, charset="iso-8859-1", cte="8bit")
    hdr = H(
        addr("Bengt Ohlsson", "bengt.ohlsson@example.se"),
        OFFICER,
        "pengar till storebro",
        date("2026-06-01 13:55:36"),
        "<5f3e2a1b-7c9d-4e8f-a0b1-c2d3e4f5a6b7@example.se>",
    )
    return (
        "storebro-dialekt-latin1",
        build(hdr, part),
        label(
            "application",
            "sv",
            "association contact anchoring budget",
            "Dialect-coloured Småland Swedish ('ä' for 'är', 'dä', 'int nåe', 'mä', 'te'), iso-8859-1 8bit. Association = Storebro Bygdeförening, members written 'ett trettital … ett trettiotal alltså' (=30), active since the 80s. Contact = Bengt Ohlsson with 0492 landline, own address. Activity FALSE: 'göra nåt för att få liv i byn igen … Vad dä blir får vi se' is a vague wish. Anchoring = annual meeting vote (22 present) + Storebro IF. Budget = three items '= 4 300 kr'.",
            association_name="Storebro Bygdeförening",
            contact_name="Bengt Ohlsson",
            contact_email="bengt.ohlsson@example.se",
            contact_phone="0492-300 18",
            members=30,
            ort="Storebro",
            amount_sek=4300,
            women_and_men=None,
            salary_costs=False,
            physical_investment=False,
        ),
    )


@mail
def m_timmernabben_autoreply():
    plain = """Tack för ditt mejl till Timmernabbens Byalag!

Under sommaren (juni–augusti) läses byalagets brevlåda ungefär en gång i veckan. Vi återkommer så snart vi kan.

Hälsningar
Styrelsen, Timmernabbens Byalag
"""
    html = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body><div style="font-family:Aptos,Calibri,sans-serif;font-size:12pt">'
        + html_escape(plain).replace("\n", "<br>")
        + "</div></body></html>\n"
    )
    part = multi(
        "alternative",
        "_000_DB9PR02MB72631F0B2C3D4E5F6A7B8C9D0E1FDB9PR02MB7263eurp_",
        [text(plain, cte="quoted-printable"), text(html, "html", cte="quoted-printable")],
    )
    hdr = H(
        addr("Timmernabbens Byalag", "info.timmernabben@example.org"),
        OFFICER,
        "Automatiskt svar: Ansökan idéslanten – Kustdagen 2026",
        date("2026-06-03 10:41:07"),
        "<DB9PR02MB72631F0B2C3D4E5F6A7B8C9D0E1F@DB9PR02MB7263.eurprd02.prod.outlook.example.org>",
        ("In-Reply-To", "<officer.20260603.1040.timmernabben@example.se>"),
        ("References", f"{MID['timmernabben']} <officer.20260603.1040.timmernabben@example.se>"),
        ("Auto-Submitted", "auto-generated"),
        ("X-Auto-Response-Suppress", "All"),
        ("X-MS-Exchange-Inbox-Rules-Loop", "info.timmernabben@example.org"),
        ("Content-Language", "sv-SE"),
    )
    return (
        "timmernabben-automatiskt-svar",
        build(hdr, part),
        label(
            "autoreply",
            "sv",
            "",
            "Microsoft 365 'Automatiskt svar:' from the shared mailbox of 1133 answering the officer's reply, WITH automation headers (Auto-Submitted: auto-generated, X-Auto-Response-Suppress, X-MS-Exchange-Inbox-Rules-Loop) and the application's Message-ID in References. Summer reading-schedule notice signed 'Styrelsen'; all facts null.",
        ),
    )


@mail
def m_sodra_vi():
    o = org("802472514")
    body = f"""Hej!

Södra Vi Bygderåd ansöker om 12 000 kronor ur idéslanten för projektet "Södra Vi 2030".

Om oss: Södra Vi Bygderåd är en ideell förening som samlar föreningar och boende i Södra Vi socken. Org.nr: {o.replace("-", "")}. Vi har 128 medlemmar (varav 61 kvinnor).

Aktivitet: Två workshopkvällar i Södra Vi Folkets hus, 15 och 29 oktober, där en processledare hjälper oss ta fram en byaplan: vad behöver Södra Vi för att fler ska flytta hit – bostäder, barnomsorg, kollektivtrafik? Mellan kvällarna gör vi en studieresa med buss till Mörlunda, som redan har gjort en byaplan. Byaplanen lämnas sedan till Vimmerby kommun. Alla i socknen är välkomna, kvinnor och män, unga och äldre.

Förankring: I våras gjorde vi en enkät som 140 hushåll besvarade, och bostäder och barnomsorg kom högst. Södra Vi IF, Hembygdsföreningen och Företagarna i Södra Vi är med i arbetsgruppen.

Budget:
Processledare 2 kvällar x 3 000 kr = 6 000 kr
Hyra Folkets hus 2 x 600 kr = 1 200 kr
Busshyra studieresa = 3 500 kr
Fika = 1 300 kr
Summa 12 000 kr

Kontaktperson är jag, Sofia Åberg (se nedan). Vid frågor om ekonomin kan ni även ringa vår kassör Ulf Berg, 0046 73 512 09 88.

Vänliga hälsningar
--
Sofia Åberg
ordförande, Södra Vi Bygderåd
Mobil: 070-381 27 64
Hem: 0492-420 15
Jobb: +46 492 76 900
"""
    part = text(flowed(body), cte="quoted-printable", params="; format=flowed", quote_charset=False)
    hdr = H(
        addr("Sofia Åberg", "sofia.aberg@example.se"),
        OFFICER,
        "Ansökan idéslanten: Södra Vi 2030",
        date("2026-06-10 21:33:05"),
        "<b7e5c3a1-9f2d-4b60-8e1c-3a5d7f9b1c2e@example.se>",
        ("User-Agent", "Mozilla Thunderbird"),
        ("Content-Language", "sv-SE"),
    )
    return (
        "sodra-vi-telefonnummer",
        build(hdr, part),
        label(
            "application",
            "sv",
            "association contact activity anchoring budget",
            "Thunderbird format=flowed in quoted-printable with a '-- ' signature holding three phone numbers in different formats (070-…, 0492 landline, +46 492 …), and the TREASURER's number in 0046 format appearing EARLIER in the body: contact_phone is the contact person Sofia Åberg's first number (070-381 27 64), not Ulf Berg's. Org.nr written as ten digits without hyphen; '128 medlemmar (varav 61 kvinnor)' → 128. Complete: byaplan workshops with processledare + study trip, anchoring via survey of 140 households and partners in the working group, budget with 'x' multiplications summing to the 12 000 applied for. Processledare fee not salary; bus and hall rented.",
            association_name="Södra Vi Bygderåd",
            org_number=o,
            contact_name="Sofia Åberg",
            contact_email="sofia.aberg@example.se",
            contact_phone="070-381 27 64",
            members=128,
            ort="Södra Vi",
            amount_sek=12000,
            women_and_men=True,
            salary_costs=False,
            physical_investment=False,
        ),
    )


@mail
def m_ralla_question():
    plain = "Hej! Kan man få idéslanten för att köpa en hjärtstartare till byn? Vi i Rälla Byalag har pratat om det länge, den skulle sitta vid bygdegården.\n\n/Peter Holm\n\nSkaffa Outlook för Android\n"
    html = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body><div dir="auto">Hej! Kan man få idéslanten för att köpa en hjärtstartare till byn? Vi i Rälla Byalag har pratat om det länge, den skulle sitta vid bygdegården.</div>'
        '<div dir="auto"><br></div><div dir="auto">/Peter Holm</div><div dir="auto"><br></div><div dir="auto">Skaffa Outlook för Android</div></body></html>\n'
    )
    part = multi(
        "alternative",
        "_000_PA4P195MB12877E1D0C9B8A7F6E5D4C3B2A10PA4P195MB1287EURP_",
        [text(plain, cte="base64"), text(html, "html", cte="base64")],
    )
    hdr = H(
        addr("Peter Holm", "peter.holm@example.com"),
        OFFICER,
        "Hjärtstartare?",
        date("2026-06-15 17:20:48"),
        "<PA4P195MB12877E1D0C9B8A7F6E5D4C3B2A10@PA4P195MB1287.EURP195.PROD.OUTLOOK.example.com>",
    )
    return (
        "ralla-fraga-outlook-android",
        build(hdr, part),
        label(
            "question",
            "sv",
            "",
            "Outlook for Android, base64 plain + HTML, one-sentence question whether the grant can pay for BUYING a defibrillator for the village. It is a question, not an application (no budget, no activity, no request as such). Because the question itself proposes equipment purchase, physical_investment is true; salary_costs null. Facts stated: Peter Holm, his address, Rälla Byalag, Rälla.",
            association_name="Rälla Byalag",
            contact_name="Peter Holm",
            contact_email="peter.holm@example.com",
            ort="Rälla",
            physical_investment=True,
        ),
    )


@mail
def m_gamleby():
    o = org("802461148")
    plain = f"""Hej!

Gamleby Framtid är en ideell förening (org nr {o}) med 58 medlemmar som arbetar för handeln och föreningslivet i Gamleby.

Vi söker idéslanten för "Bygdevärd i Gamleby" hösten 2026. Vi vill anställa en ungdom från orten som bygdevärd på deltid i åtta veckor (september–oktober). Bygdevärden håller öppet i den gamla turistbyrån vid torget, tipsar besökare om föreningarnas aktiviteter och ordnar tillsammans med oss tre torgkvällar med dialog om hur handeln i Gamleby kan överleva. Torgkvällarna är för alla – kvinnor och män, unga och äldre.

Idén togs fram på ett stormöte i Gamleby Folkets hus i juni med 52 deltagare. Gamleby Hembygdsförening och Gamleby Företagarförening står bakom och bemannar torgkvällarna tillsammans med oss.

Budget
Lön bygdevärd inkl. arbetsgivaravgifter\t9 800 kr
Hyra av scen och ljud, 3 kvällar\t1 500 kr
Annonsering\t1 200 kr
Fika\t1 500 kr
Summa\t14 000 kr

Med vänlig hälsning
Nils Forsberg
Sekreterare, Gamleby Framtid
0493-104 56
"""
    html = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"><style><!-- p.MsoNormal {margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;} --></style></head><body lang=SV><div class=WordSection1>'
        + "".join(
            f"<p class=MsoNormal>{html_escape(ln).replace(chr(9), '&nbsp;&nbsp;&nbsp;') if ln else '&nbsp;'}</p>"
            for ln in plain.strip().split("\n")
        )
        + "</div></body></html>\n"
    )
    part = multi(
        "alternative",
        "----=_NextPart_000_0017_01DD2A4B.3C5D6E70",
        [
            text(plain, charset="windows-1252", cte="quoted-printable"),
            text(html, "html", charset="windows-1252", cte="quoted-printable"),
        ],
        preamble="This is a multipart message in MIME format.",
    )
    hdr = H(
        addr("Nils Forsberg", "nils.forsberg@example.net"),
        OFFICER,
        "Ansökan idéslanten – Bygdevärd i Gamleby",
        date("2026-08-10 10:12:37"),
        "<001701dd2a4b$3c5d6e70$b5184b50$@example.net>",
        ("X-Mailer", "Microsoft Outlook 16.0"),
        ("Thread-Index", "AdzbQ0kY8f1n3p5r7t9v1x3z5b7d9A=="),
    )
    return (
        "gamleby-lonekostnad",
        build(hdr, part),
        label(
            "application",
            "sv",
            "association contact activity anchoring budget",
            "Outlook 16 multipart/alternative in windows-1252 QP with tab-separated budget. Formally COMPLETE (all five elements present) but INELIGIBLE: the budget's main item is a wage for an employed youth host ('Lön bygdevärd inkl. arbetsgivaravgifter 9 800 kr') → salary_costs true. Association = Gamleby Framtid, org nr, 58 members; contact Nils Forsberg with 0493 landline; activity = host at the old tourist office + three dialogue evenings; anchoring = open meeting (52 attendees) + hembygdsförening and företagarförening; budget four items, Summa 14 000. Scene and sound are rented → no investment. 'kvinnor och män' → true.",
            association_name="Gamleby Framtid",
            org_number=o,
            contact_name="Nils Forsberg",
            contact_email="nils.forsberg@example.net",
            contact_phone="0493-104 56",
            members=58,
            ort="Gamleby",
            amount_sek=14000,
            women_and_men=True,
            salary_costs=True,
            physical_investment=False,
        ),
    )


@mail
def m_edsbruk():
    o = org("802458301")
    body = f"""Hej!

Edsbruks Byalag, organisationsnummer {o}, söker idéslanten. Vi är ca 90 medlemmar och sköter bland annat badplatsen vid kanalen.

Vi vill ha en stor städ- och arbetsdag vid badplatsen lördagen den 12 september med grillning efteråt, och sedan kunna hålla gräset och slänten kring badplatsen i ordning hela säsongen utan att låna folks egna maskiner. Badplatsen är byns viktigaste mötesplats på sommaren för både barnfamiljer och pensionärer.

Förra årets städdag samlade 35 frivilliga, och Edsbruks IF och fiskevårdsföreningen är med även i år.

Budget:
Gräsklippare (åkbar, begagnad) 9 000 kr
Trimmer 2 500 kr
Grillkol, korv och bröd 1 000 kr
Sopsäckar och handskar 500 kr
Totalt 13 000 kr

Hälsningar
Styrelsen, Edsbruks Byalag
"""
    part = text(body, cte="quoted-printable", quote_charset=False)
    hdr = H(
        addr("Edsbruks Byalag", "edsbruks.byalag@example.org"),
        OFFICER,
        "Idéslanten Edsbruk – badplatsen",
        date("2026-08-17 19:45:03"),
        MID["edsbruk"],
        ("User-Agent", "Roundcube Webmail/1.5.8"),
    )
    return (
        "edsbruk-grasklippare",
        build(hdr, part),
        label(
            "application",
            "sv",
            "association activity anchoring budget",
            "Plain QP mail from the association's shared mailbox signed 'Styrelsen' → contact false, contact facts null. Association = Edsbruks Byalag, organisationsnummer, ca 90 members. Activity = dated clean-up day at the bathing place + season-long upkeep, local meeting place. Anchoring = last year's 35 volunteers + IF and fiskevårdsförening. Budget = four items, total 13 000. INELIGIBLE content: buying a ride-on mower and a trimmer → physical_investment true (consumables like charcoal and bin bags are not investments). Women/men not stated as such ('barnfamiljer och pensionärer') → null.",
            association_name="Edsbruks Byalag",
            org_number=o,
            members=90,
            ort="Edsbruk",
            amount_sek=13000,
            women_and_men=None,
            salary_costs=False,
            physical_investment=True,
        ),
    )


@mail
def m_bounce_postfix():
    report = """This is the mail system at host mx2.example.se.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<edsbruks.byalag@example.org>: host mx.example.org[192.0.2.25] said: 552 5.2.2
    <edsbruks.byalag@example.org>: Recipient address rejected: Mailbox full
    (in reply to RCPT TO command)
"""
    dsn = """Reporting-MTA: dns; mx2.example.se
X-Postfix-Queue-ID: 4dK7Zq1m5Tz3wX9
X-Postfix-Sender: rfc822; landsbygdsutvecklare@example.se
Arrival-Date: Tue, 18 Aug 2026 08:02:11 +0200 (CEST)

Final-Recipient: rfc822; edsbruks.byalag@example.org
Original-Recipient: rfc822;edsbruks.byalag@example.org
Action: failed
Status: 5.2.2
Remote-MTA: dns; mx.example.org
Diagnostic-Code: smtp; 552 5.2.2 <edsbruks.byalag@example.org>: Recipient
    address rejected: Mailbox full
"""
    orig = f"""From: {OFFICER}
To: {addr("Edsbruks Byalag", "edsbruks.byalag@example.org")}
Subject: {enc_header("SV: Idéslanten Edsbruk – badplatsen")}
Date: Tue, 18 Aug 2026 08:02:09 +0200
Message-ID: <officer.20260818.0802.edsbruk@example.se>
In-Reply-To: {MID["edsbruk"]}
References: {MID["edsbruk"]}
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit
"""
    part = multi(
        "report",
        "4dK7Zq1m5Tz3wX9.1787032931/mx2.example.se",
        [
            Part(
                ["Content-Description: Notification", "Content-Type: text/plain; charset=us-ascii"],
                report.encode("ascii"),
            ),
            Part(
                ["Content-Description: Delivery report", "Content-Type: message/delivery-status"],
                dsn.encode("ascii"),
            ),
            Part(
                [
                    "Content-Description: Undelivered Message Headers",
                    "Content-Type: text/rfc822-headers",
                ],
                orig.encode("ascii"),
            ),
        ],
        params=" report-type=delivery-status;",
        preamble="This is a MIME-encapsulated message.",
    )
    hdr = [
        ("Return-Path", "<>"),
        ("Date", "Tue, 18 Aug 2026 08:02:11 +0200 (CEST)"),
        ("From", "MAILER-DAEMON@mx2.example.se (Mail Delivery System)"),
        ("Subject", "Undelivered Mail Returned to Sender"),
        ("To", "landsbygdsutvecklare@example.se"),
        ("Auto-Submitted", "auto-replied"),
        ("Message-ID", "<20260818060211.7C1A52E0411@mx2.example.se>"),
    ]
    return (
        "bounce-postfix-brevlada-full",
        build(hdr, part),
        label(
            "bounce",
            "en",
            "",
            "Classic Postfix bounce from MAILER-DAEMON (Return-Path <>, 'Undelivered Mail Returned to Sender'): multipart/report with the English notification, message/delivery-status (5.2.2 mailbox full) and text/rfc822-headers of the officer's 'SV:' reply to 1141, whose In-Reply-To names 1141. It has no In-Reply-To of its own. All facts null.",
        ),
    )


@mail
def m_overum():
    body = """Hej!

Jag skriver för nätverket Kvinnor i Överum. Vi är 26 medlemmar, alla kvinnor som bor i Överum med omnejd, och vi träffas en gång i månaden sedan 2023.

Vi vill ordna fyra kvällsträffar för traktens kvinnor i Överums Folkets hus i september och oktober om att starta och driva eget företag på landsbygden. Första kvällen föreläser en rådgivare från Almi, sedan berättar kvinnor från bygden som redan driver företag, och sista kvällen gör vi upp egna affärsplaner. Målet är fler företag och arbetstillfällen i Överum så att fler kan bo kvar.

Vi samarbetar med Överums Bruks Hembygdsförening, som ställer upp med kaffet, och Överums Företagarförening. På sommarmarknaden anmälde 19 kvinnor intresse på en lista.

Vi har inte räknat på allt än men tänker oss runt 8 000 kr.

Vänliga hälsningar
Anna-Karin Lund
0768123456

Skickat från Yahoo Mail för Android
"""
    part = text(body, cte="quoted-printable", quote_charset=False)
    hdr = H(
        addr("Anna-Karin Lund", "annakarin.lund@example.net"),
        OFFICER,
        "Kvinnor i Överum – ansökan",
        date("2026-08-24 07:58:30"),
        "<1787551110.4412033.1787551110552@mail.example.net>",
    )
    return (
        "overum-kvinnor",
        build(hdr, part),
        label(
            "application",
            "sv",
            "association contact activity anchoring",
            "Yahoo Mail for Android, plain QP. Association = network 'Kvinnor i Överum', 26 members, meets monthly. Contact = Anna-Karin Lund, mobile without spaces. Activity = four evenings Sept–Oct on starting a business, with an Almi adviser. Anchoring = cooperation with hembygdsförening and företagarförening + 19 women signing up. Budget FALSE: 'inte räknat på allt än men … runt 8 000 kr' is a single rough figure (amount_sek 8000). Targets women only ('för traktens kvinnor') → women_and_men FALSE, breaking the both-genders rule.",
            association_name="Kvinnor i Överum",
            contact_name="Anna-Karin Lund",
            contact_email="annakarin.lund@example.net",
            contact_phone="0768123456",
            members=26,
            ort="Överum",
            amount_sek=8000,
            women_and_men=False,
            salary_costs=False,
            physical_investment=False,
        ),
    )


@mail
def m_totebo():
    o = org("802423615")
    body = f"""Hej,

Totebo Byaförening vill söka idéslanten. Vi har org nr {o} och är 34 medlemmar.

Vi vill göra något för att byn ska leva vidare och för att fler ska vilja flytta hit. Det är viktigt för oss att Totebo inte dör ut.

Förankringen i byn är god.

Kostnader
Hyra av lokal 1 200 kr
Föreläsare 3 500 kr
Fika 800 kr

Mvh
Gun Eriksson
Totebo Byaförening
0490-500 12
"""
    part = text(body, charset="windows-1252", cte="base64")
    hdr = H(
        addr("Gun Eriksson", "gun.eriksson@example.se"),
        OFFICER,
        "Totebo Byaförening söker",
        date("2026-09-01 16:27:45"),
        "<20260901162745.GA11872@example.se>",
        ("User-Agent", "Mutt/2.2.12 (2023-09-09)"),
    )
    return (
        "totebo-base64-cp1252",
        build(hdr, part),
        label(
            "application",
            "sv",
            "association contact budget",
            "Mutt mail with a windows-1252 body in base64. Association = Totebo Byaförening, org nr, 34 members; contact = Gun Eriksson with 0490 landline, own address. Activity FALSE: only a vague wish ('göra något för att byn ska leva vidare'). Anchoring FALSE: 'Förankringen i byn är god' is the word without content. Budget = three items without a total (sum 5 500 → amount_sek 5500).",
            association_name="Totebo Byaförening",
            org_number=o,
            contact_name="Gun Eriksson",
            contact_email="gun.eriksson@example.se",
            contact_phone="0490-500 12",
            members=34,
            ort="Totebo",
            amount_sek=5500,
            women_and_men=None,
            salary_costs=False,
            physical_investment=False,
        ),
    )


@mail
def m_alem():
    body = """Hej!!

Ja vi är alltså ett antal som bor i Ålem och som är väldigt ledsna och arga över att affären stängde i våras, nu måste man åka till Mönsterås eller Kalmar för minsta lilla sak och det går ju inte för de äldre som inte har bil, och bussen går ju som den går. Vi har pratat och pratat om det i flera månader, på Facebook och vid brevlådorna och i kyrkan, och nu tycker vi att det är dags att göra något själva istället för att bara klaga.

Så det vi vill är att i september hyra Ålems bygdegård tre kvällar (vi tänker onsdagar 9, 16 och 23 september) och bjuda in en föreläsare från Coompanion som kan berätta hur man startar en bykooperativ butik, och någon från en annan by som redan har gjort det. Sista kvällen ska vi bestämma om vi kör och i så fall bilda en förening. Då skulle Ålem få en affär och en mötesplats igen och de äldre kunde handla här.

Vi samlade in 212 namn på en namnlista när affären skulle läggas ner, och Ålems IK och syföreningen i kyrkan har lovat att hjälpa till med fika och att sprida inbjudan.

Vad det kostar vet vi inte riktigt, men kanske 15 000?

Hoppas ni kan hjälpa oss!!

/Vi i byn
"""
    part = text(body, charset="iso-8859-1", cte="quoted-printable")
    hdr = H(
        addr("Ålemsbygden", "alemsbygden@example.com"),
        OFFICER,
        "Ansökan – Ålem behöver en affär igen!!",
        date("2026-09-14 23:04:12"),
        "<a7d3e9f1c5b2.20260914230412@example.com>",
    )
    return (
        "alem-kodad-rubrik-pratig",
        build(hdr, part),
        label(
            "application",
            "sv",
            "activity anchoring",
            "Long, rambling, emotional mail (iso-8859-1 QP) with a UTF-8 encoded-word subject and an encoded display name ('Ålemsbygden', a shared address). Association FALSE: 'ett antal som bor i Ålem' – they have not even formed a group yet. Contact FALSE: signed '/Vi i byn' from a shared address, no person → contact facts null. Activity = three dated evenings in Ålems bygdegård with a Coompanion lecturer towards a cooperative village shop. Anchoring = 212-name petition + Ålems IK and the church sewing circle helping. Budget FALSE: 'kanske 15 000?' is a single rough figure → amount_sek 15000. Members null.",
            ort="Ålem",
            amount_sek=15000,
            women_and_men=None,
            salary_costs=False,
            physical_investment=False,
        ),
    )


# ---------------------------------------------------------------------------
# self-checks and output
# ---------------------------------------------------------------------------

ALLOWED_DOMAINS = ("example.se", "example.com", "example.org", "example.net")
ADDR_RE = re.compile(r"[A-Za-z0-9._%+$-]+@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)")
ID_RE = re.compile(r"<[^<>\s]+@[^<>\s]+>")
CID_RE = re.compile(
    r"(?i)(cid:|content-id:\s*<)[^>\"'\s]+"
)  # inline-image Content-IDs are not addresses
MALFORMED: set[str] = set()  # no deliberately malformed mails in own9


def domain_ok(dom: str) -> bool:
    dom = dom.lower().rstrip(".")
    return any(dom == d or dom.endswith("." + d) for d in ALLOWED_DOMAINS)


def all_texts(msg) -> list[str]:
    out = [f"{k}: {v}" for k, v in msg.items()]
    for part in msg.walk():
        out += [f"{k}: {v}" for k, v in part.items()]
        if part.get_content_maintype() == "text":
            out.append(part.get_content())
    return out


def check(files: dict[str, bytes], labels: dict[str, dict]) -> None:
    assert set(files) == set(labels), "labels.json keys must match the files"
    assert len(files) == 45, len(files)
    names = sorted(files)
    msgids: dict[str, str] = {}
    parsed = {}
    for name in names:
        raw = files[name]
        assert b"\r\n" not in raw.split(b"\n\n", 1)[0], f"{name}: CRLF in headers"
        assert re.fullmatch(r"\d{4}-[a-z0-9-]+\.eml", name), name
        msg = message_from_bytes(raw, policy=policy.default)
        parsed[name] = msg
        if name not in MALFORMED:
            for part in msg.walk():
                assert not part.defects, f"{name}: {part.get_content_type()} {part.defects}"
                for k, v in part.items():
                    assert not getattr(v, "defects", None), f"{name}: header {k} {v.defects}"
        texts = all_texts(msg) + [raw.decode("latin-1")]
        for t in texts:
            t = CID_RE.sub("", t)
            for m in ADDR_RE.finditer(t):
                assert domain_ok(m.group(1)), (
                    f"{name}: address outside example domains: {m.group(0)}"
                )
        mid = str(msg["Message-ID"]).strip()
        assert mid not in msgids.values(), f"duplicate Message-ID {mid}"
        msgids[name] = mid
    for t in ATTACHMENT_TEXTS:
        for m in ADDR_RE.finditer(t):
            assert domain_ok(m.group(1)), (
                f"attachment address outside example domains: {m.group(0)}"
            )
    # numbering follows Date order, all in 2026
    prev = None
    for i, name in enumerate(names):
        assert int(name[:4]) == FIRST_NUMBER + i, name
        d = parsedate_to_datetime(str(parsed[name]["Date"]))
        assert d.year == 2026, name
        if prev is not None:
            assert d > prev, f"{name}: Date not after previous file"
        prev = d
    app_ids = {msgids[n]: n for n in names if labels[n]["kind"] == "application"}
    for name in names:
        lab = labels[name]
        assert set(lab) == {"kind", "language", "elements", "facts", "notes"}, name
        assert lab["kind"] in (
            "application",
            "followup",
            "question",
            "autoreply",
            "bounce",
            "newsletter",
            "spam",
        ), name
        assert lab["language"] in ("sv", "en"), name
        assert list(lab["elements"]) == list(ELEMENTS) and all(
            isinstance(v, bool) for v in lab["elements"].values()
        ), name
        assert list(lab["facts"]) == list(FACTS), name
        assert isinstance(lab["notes"], str) and len(lab["notes"]) > 40, name
        f = lab["facts"]
        if f["org_number"] is not None:
            assert re.fullmatch(r"\d{6}-\d{4}", f["org_number"]) and luhn_ok(
                f["org_number"].replace("-", "")
            ), name
        for k in ("members", "amount_sek"):
            assert f[k] is None or (isinstance(f[k], int) and not isinstance(f[k], bool)), name
        if f["contact_email"] is not None:
            assert domain_ok(f["contact_email"].split("@")[1]), name
        if lab["kind"] in ("application", "followup"):
            assert isinstance(f["salary_costs"], bool) and isinstance(
                f["physical_investment"], bool
            ), name
        if lab["kind"] in NULL_LABEL_KINDS + ("question",):
            assert not any(lab["elements"].values()), name
        if lab["kind"] in NULL_LABEL_KINDS:
            assert all(v is None for v in f.values()), name
        msg = parsed[name]
        refs = ID_RE.findall(str(msg.get("In-Reply-To", "")) + " " + str(msg.get("References", "")))
        if lab["kind"] == "followup":
            subj = str(msg["Subject"])
            assert re.match(r"(Re|RE|SV|Sv|AW):", subj), name
            irt = ID_RE.findall(str(msg.get("In-Reply-To", "")))
            assert irt, name
            target = [app_ids[r] for r in refs if r in app_ids]
            assert target, f"{name}: followup must reference an application in the folder"
            assert irt[0] in app_ids or irt[0].startswith("<receipt."), name
            assert target[0] < name, name
    # org numbers appearing in any text are Luhn-valid
    for name, msg in parsed.items():
        for t in all_texts(msg):
            for m in re.finditer(r"\b(80\d{4})-?(\d{4})\b", t):
                assert luhn_ok(m.group(1) + m.group(2)), f"{name}: org nr {m.group(0)}"


def generate() -> tuple[dict[str, bytes], dict[str, dict]]:
    files, labels = {}, {}
    for i, (slug, raw, lab) in enumerate(MAILS):
        name = f"{FIRST_NUMBER + i}-{slug}.eml"
        assert b"\r\n" not in raw.split(b"\n\n", 1)[0]
        files[name] = raw
        labels[name] = lab
    return files, labels


def main() -> int:
    files, labels = generate()
    check(files, labels)
    OUT.mkdir(parents=True, exist_ok=True)
    for old in OUT.glob("*.eml"):
        if old.name not in files:
            old.unlink()
    for name, raw in files.items():
        (OUT / name).write_bytes(raw)
    (OUT / "labels.json").write_text(
        json.dumps(labels, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
    )
    # re-read from disk and check again
    disk = {p.name: p.read_bytes() for p in sorted(OUT.glob("*.eml"))}
    disk_labels = json.loads((OUT / "labels.json").read_text(encoding="utf-8"))
    check(disk, disk_labels)
    kinds: dict[str, int] = {}
    for lab in labels.values():
        kinds[lab["kind"]] = kinds.get(lab["kind"], 0) + 1
    apps = [lab for lab in labels.values() if lab["kind"] == "application"]
    complete = sum(all(lab["elements"].values()) for lab in apps)
    missing = {e: sum(not lab["elements"][e] for lab in apps) for e in ELEMENTS}
    print(
        f"wrote {len(files)} mails to {OUT}: {kinds}; complete applications {complete}/{len(apps)}; missing per element {missing}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
