"""Held-out corpus holdout8: 40 fictional e-mails (files 2901-2940) to the Idéslanten intake bot.

Theme: late autumn 2026, the busiest weeks before the year's money runs out. Ordinary mail from
ordinary people about Region Kalmar län's micro-grant "regional bygdepeng – idéslanten": 24
applications (8 complete), 6 threaded followups, 3 questions, 2 autoreplies (one without any
automation header), 1 bounce, 2 newsletters and 2 spam mails. All people, associations,
organisation numbers and phone numbers are invented; all addresses use example.* domains.

Regenerate (byte-identical on every run; the script checks its own output at the end):

    /work/main/.venv/bin/python tests/data/tools/make_holdout8.py

Output: tests/data/holdout8/NNNN-slug.eml and tests/data/holdout8/labels.json.
Stdlib only: .docx/.xlsx are hand-made zips of minimal XML, PDFs hand-made with Helvetica/WinAnsi.
"""

# ruff: noqa: E501

from __future__ import annotations

import base64
import email
import email.policy
import json
import quopri
import re
import struct
import sys
import zipfile
import zlib
from datetime import datetime
from email.header import Header
from email.utils import formataddr, parsedate_to_datetime
from io import BytesIO
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "holdout8"

BOT = formataddr(("Idéslanten – Region Kalmar län", "ideslanten@example.se"), "utf-8")
BOT_ADDR = "ideslanten@example.se"
OFFICER = "landsbygdsutvecklare@example.se"

MAILS: list[tuple[str, bytes]] = []
LABELS: dict[str, dict] = {}
APP_IDS: dict[int, str] = {}  # file number -> Message-ID of applications

# ---------------------------------------------------------------------------
# small helpers


def orgnr(base9: str) -> str:
    """Append the Luhn check digit to nine digits and format as NNNNNN-NNNN."""
    digits = [int(c) for c in base9]
    total = 0
    for i, dgt in enumerate(digits):
        v = dgt * (2 if i % 2 == 0 else 1)
        total += v - 9 if v > 9 else v
    check = (10 - total % 10) % 10
    s = base9 + str(check)
    return s[:6] + "-" + s[6:]


def luhn_ok(org: str) -> bool:
    s = org.replace("-", "")
    if not re.fullmatch(r"\d{10}", s):
        return False
    total = 0
    for i, c in enumerate(s):
        v = int(c) * (2 if i % 2 == 0 else 1)
        total += v - 9 if v > 9 else v
    return total % 10 == 0


_DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
_MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def date(stamp: str, pad: bool = True) -> str:
    """'2026-10-05 09:14:22' (Swedish local time) -> RFC 5322 date with the right offset."""
    dt = datetime.strptime(stamp, "%Y-%m-%d %H:%M:%S")
    summer = dt < datetime(2026, 10, 25, 3, 0, 0) and dt >= datetime(2026, 3, 29, 2, 0, 0)
    tz = "+0200" if summer else "+0100"
    day = f"{dt.day:02d}" if pad else str(dt.day)
    return f"{_DAYS[dt.weekday()]}, {day} {_MONTHS[dt.month - 1]} {dt.year} {dt:%H:%M:%S} {tz}"


def addr(name: str | None, mail: str, charset: str = "utf-8") -> str:
    if not name:
        return mail
    return formataddr((name, mail), charset)


def enc_subject(text: str, charset: str = "utf-8") -> str:
    try:
        text.encode("ascii")
        return text
    except UnicodeEncodeError:
        return Header(text, charset).encode()


# ---------------------------------------------------------------------------
# MIME parts: (list of header lines, body bytes)

Part = tuple[list[str], bytes]


def text(
    body: str,
    subtype: str = "plain",
    charset: str | None = "utf-8",
    cte: str = "8bit",
    flowed: bool = False,
    disposition: str | None = None,
) -> Part:
    if not body.endswith("\n"):
        body += "\n"
    raw = body.encode(charset or "ascii")
    ct = f"Content-Type: text/{subtype}"
    if charset:
        ct += f'; charset="{charset}"' if subtype == "html" else f"; charset={charset}"
    if flowed:
        ct += "; format=flowed"
    if cte == "quoted-printable":
        data = quopri.encodestring(raw)
    elif cte == "base64":
        data = base64.encodebytes(raw)
    else:
        data = raw
    hdrs = [ct, f"Content-Transfer-Encoding: {cte}"]
    if disposition:
        hdrs.append(f"Content-Disposition: {disposition}")
    return hdrs, data


def attach(filename: str, ctype: str, data: bytes, name_param: bool = True) -> Part:
    ct = f'Content-Type: {ctype}; name="{filename}"' if name_param else f"Content-Type: {ctype}"
    hdrs = [
        ct,
        f'Content-Disposition: attachment; filename="{filename}"',
        "Content-Transfer-Encoding: base64",
    ]
    return hdrs, base64.encodebytes(data)


def raw_part(ctype: str, body: str) -> Part:
    if not body.endswith("\n"):
        body += "\n"
    return [f"Content-Type: {ctype}"], body.encode("ascii")


def multi(
    subtype: str, boundary: str, parts: list[Part], preamble: str = "", params: str = ""
) -> Part:
    out = BytesIO()
    if preamble:
        out.write(preamble.encode("ascii") + b"\n")
    for hdrs, body in parts:
        out.write(b"--" + boundary.encode() + b"\n")
        out.write("\n".join(hdrs).encode("ascii") + b"\n\n")
        out.write(body)
        if not body.endswith(b"\n"):
            out.write(b"\n")
    out.write(b"--" + boundary.encode() + b"--\n")
    ct = f'Content-Type: multipart/{subtype}; boundary="{boundary}"'
    if params:
        ct += "; " + params
    return [ct], out.getvalue()


def message(headers: list[tuple[str, str]], part: Part, mime_version: bool = True) -> bytes:
    lines = [f"{k}: {v}" for k, v in headers]
    if mime_version:
        lines.append("MIME-Version: 1.0")
    lines.extend(part[0])
    return ("\n".join(lines) + "\n\n").encode("ascii") + part[1]


# ---------------------------------------------------------------------------
# documents

_ZIP_DATE = (2026, 10, 1, 12, 0, 0)


def _zip(files: list[tuple[str, str]]) -> bytes:
    buf = BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        for name, content in files:
            info = zipfile.ZipInfo(name, date_time=_ZIP_DATE)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            info.create_system = 0
            zf.writestr(info, content.encode("utf-8"))
    return buf.getvalue()


def _x(s: str) -> str:
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def docx(
    paragraphs: list[str], table: list[list[str]] | None = None, table_after: int | None = None
) -> bytes:
    """Minimal .docx: paragraphs (lines starting with '# ' are bold) and an optional table."""

    def para(p: str) -> str:
        if p.startswith("# "):
            return f'<w:p><w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">{_x(p[2:])}</w:t></w:r></w:p>'
        return f'<w:p><w:r><w:t xml:space="preserve">{_x(p)}</w:t></w:r></w:p>'

    body = []
    for i, p in enumerate(paragraphs):
        body.append(para(p))
        if table and table_after == i:
            rows = []
            for row in table:
                cells = "".join(
                    f'<w:tc><w:tcPr><w:tcW w:w="3000" w:type="dxa"/></w:tcPr><w:p><w:r><w:t xml:space="preserve">{_x(c)}</w:t></w:r></w:p></w:tc>'
                    for c in row
                )
                rows.append(f"<w:tr>{cells}</w:tr>")
            body.append(
                '<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="0" w:type="auto"/></w:tblPr>'
                + "".join(rows)
                + "</w:tbl>"
            )
    document = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>'
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
    return _zip(
        [("[Content_Types].xml", ctypes), ("_rels/.rels", rels), ("word/document.xml", document)]
    )


def _col(i: int) -> str:
    return "ABCDEFGHIJ"[i]


def xlsx(rows: list[list[str | int | None]], sheet: str = "Blad1") -> bytes:
    """Minimal .xlsx with inline strings and numbers."""
    xr = []
    for r, row in enumerate(rows, start=1):
        cells = []
        for c, v in enumerate(row):
            ref = f"{_col(c)}{r}"
            if v is None:
                continue
            if isinstance(v, int):
                cells.append(f'<c r="{ref}"><v>{v}</v></c>')
            else:
                cells.append(f'<c r="{ref}" t="inlineStr"><is><t>{_x(v)}</t></is></c>')
        xr.append(f'<row r="{r}">{"".join(cells)}</row>')
    sheet_xml = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
        + "".join(xr)
        + "</sheetData></worksheet>"
    )
    workbook = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
        f'<sheets><sheet name="{_x(sheet)}" sheetId="1" r:id="rId1"/></sheets></workbook>'
    )
    wb_rels = (
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
    return _zip(
        [
            ("[Content_Types].xml", ctypes),
            ("_rels/.rels", rels),
            ("xl/workbook.xml", workbook),
            ("xl/_rels/workbook.xml.rels", wb_rels),
            ("xl/worksheets/sheet1.xml", sheet_xml),
        ]
    )


def pdf(lines: list[str], title: str = "") -> bytes:
    """Minimal PDF, Helvetica/WinAnsi, uncompressed text streams, 50 lines per page."""

    def esc(s: str) -> str:
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")

    pages = [lines[i : i + 50] for i in range(0, len(lines), 50)] or [[]]
    objs: list[bytes] = []
    n_pages = len(pages)
    # 1 catalog, 2 pages, 3 font, then (page, content) pairs, then info
    kids = " ".join(f"{4 + 2 * i} 0 R" for i in range(n_pages))
    objs.append(b"<< /Type /Catalog /Pages 2 0 R >>")
    objs.append(f"<< /Type /Pages /Kids [{kids}] /Count {n_pages} >>".encode())
    objs.append(
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"
    )
    for i, pl in enumerate(pages):
        ops = ["BT", "/F1 11 Tf", "14 TL", "56 790 Td"]
        for ln in pl:
            ops.append(f"({esc(ln)}) Tj T*")
        ops.append("ET")
        stream = "\n".join(ops).encode("cp1252")
        objs.append(
            f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents {5 + 2 * i} 0 R >>".encode()
        )
        objs.append(
            b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"\nendstream"
        )
    objs.append(
        b"<< /Title ("
        + esc(title).encode("cp1252")
        + b") /Producer (Skrivare) /CreationDate (D:20261001120000) >>"
    )
    out = BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for n, body in enumerate(objs, start=1):
        offsets.append(out.tell())
        out.write(f"{n} 0 obj\n".encode() + body + b"\nendobj\n")
    xref = out.tell()
    out.write(f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode())
    for off in offsets:
        out.write(f"{off:010d} 00000 n \n".encode())
    out.write(
        f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R /Info {len(objs)} 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    )
    return out.getvalue()


def png(width: int, height: int, colours: list[tuple[int, int, int]]) -> bytes:
    """A small striped RGB PNG (horizontal bands of the given colours)."""
    band = max(1, height // len(colours))
    rows = b""
    for y in range(height):
        r, g, b = colours[min(y // band, len(colours) - 1)]
        rows += b"\x00" + bytes([r, g, b]) * width

    def chunk(tag: bytes, data: bytes) -> bytes:
        return (
            struct.pack(">I", len(data))
            + tag
            + data
            + struct.pack(">I", zlib.crc32(tag + data) & 0xFFFFFFFF)
        )

    ihdr = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", ihdr)
        + chunk(b"IDAT", zlib.compress(rows, 9))
        + chunk(b"IEND", b"")
    )


# ---------------------------------------------------------------------------
# bot receipt (quoted in followups)

GUIDE = {
    "association": (
        "Förening/grupp",
        "namnet på föreningen eller gruppen och lite om den (t.ex. org.nr och antal medlemmar)",
    ),
    "contact": ("Kontaktperson", "namn och e-post eller telefon till den som vi kan kontakta"),
    "activity": (
        "Aktivitet",
        "vad ni ska göra, när och hur, och hur det bidrar till utvecklingen i er ort",
    ),
    "anchoring": (
        "Lokal förankring",
        "hur idén är förankrad i orten – t.ex. byamöte, enkät eller samarbete med andra föreningar",
    ),
    "budget": ("Budget", "en översiktlig budget med kostnadsposter och belopp"),
}


def receipt(case: str, missing: list[str], variant: int = 0) -> str:
    lines = []
    if variant == 0:
        lines.append(
            f"Tack för er ansökan om idéslanten! Vi har tagit emot den och gett den ärendenummer {case}."
        )
        lines.append("")
        lines.append("Vi saknar följande i er ansökan:")
    else:
        lines.append(f"Hej och tack för ansökan! Den är registrerad med ärendenummer {case}.")
        lines.append("")
        lines.append("För att vi ska kunna bedöma ansökan behöver vi komplettering med:")
    for m in missing:
        head, guide = GUIDE[m]
        lines.append(f"– {head}: {guide}")
    lines.append("")
    lines.append(
        "Svara gärna på det här mejlet med det som saknas, så kopplas det till ert ärende."
    )
    lines.append("")
    lines.append("Vänliga hälsningar")
    lines.append("Idéslanten – Region Kalmar län")
    lines.append("(Detta är ett automatiskt svar.)")
    return "\n".join(lines)


def quote(s: str, prefix: str = "> ") -> str:
    return "\n".join((prefix + ln) if ln else prefix.rstrip() for ln in s.split("\n"))


def receipt_id(case: str) -> str:
    return f"<kvitto.{case}@ideslanten.example.se>"


# ---------------------------------------------------------------------------
# labels

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
    """present: space separated element names that are true ('all' = every element)."""
    names = ELEMENTS if present == "all" else tuple(present.split())
    for n in names:
        assert n in ELEMENTS, n
    f = dict.fromkeys(FACTS)
    for k, v in facts.items():
        assert k in FACTS, k
        f[k] = v
    if kind in ("application", "followup"):
        for k in ("salary_costs", "physical_investment"):
            if f[k] is None:
                f[k] = False
    return {
        "kind": kind,
        "language": lang,
        "elements": {e: e in names for e in ELEMENTS},
        "facts": f,
        "notes": notes,
    }


def add(num: int, slug: str, raw: bytes, lab: dict) -> None:
    name = f"{num}-{slug}.eml"
    MAILS.append((name, raw))
    LABELS[name] = lab
    if lab["kind"] == "application":
        m = re.search(rb"^Message-ID: (<[^>]+>)", raw, re.M | re.I)
        assert m, name
        APP_IDS[num] = m.group(1).decode()


# ---------------------------------------------------------------------------
# the mails, in Date order

# 2901 – Misterhult: complete, formal, utf-8 quoted-printable
ORG_2901 = orgnr("802497361")
add(
    2901,
    "misterhult-aretrunt-kvallar",
    message(
        [
            ("Date", date("2026-10-05 08:47:12")),
            ("From", addr("Annika Strandberg", "annika.strandberg@example.com")),
            ("To", addr("Landsbygdsutvecklare Region Kalmar län", "ideslanten@example.se")),
            ("Subject", enc_subject('Ansökan idéslanten – "Året runt i Misterhult"')),
            ("Message-ID", "<a3f1c9e2-5b7d-4e08-9a61-2901misterhult@example.com>"),
            ("User-Agent", "Mozilla Thunderbird 128.3.1"),
            ("Content-Language", "sv-SE"),
        ],
        text(
            f"""Hej!

Misterhults Bygderåd ansöker härmed om idéslanten för 2026/2027.

Om föreningen
Misterhults Bygderåd är en ideell förening (org.nr {ORG_2901}) som bildades 1998 och
samlar boende i Misterhults socken, från Figeholmsvägen ut till öarna. Vi har 64
betalande medlemmar och arbetar med service, boende och kommunikationer i socknen.

Kontaktperson
Annika Strandberg, kassör
annika.strandberg@example.com, 070-318 44 27

Aktivitet
Tre dialogkvällar under rubriken "Året runt i Misterhult" i Misterhults bygdegård,
torsdagarna 21 januari, 18 februari och 18 mars 2027 kl. 18.30–21.
Vi har i dag över fyrtio hus som står tomma större delen av året. Kvällarna
samlar fritidshusägare, fastboende, kommunens översiktsplanerare och en inbjuden
föreläsare från ett bostadskooperativ i Halland som berättar hur de gjort om
sommarstugor till åretruntboende för unga familjer. Målet är en gemensam lista
över hus som kan hyras ut eller säljas till folk som vill bo här året runt, och
en arbetsgrupp som driver frågan vidare. Kvällarna är öppna för alla, kvinnor
som män, unga som gamla.

Förankring
Idén togs upp på årsmötet den 23 augusti, där 38 medlemmar var med och
enhälligt gav styrelsen i uppdrag att söka pengar. Misterhults hembygdsförening
och Misterhults IF står som medarrangörer och hjälper till med inbjudan och
fika, och Figeholms vägförening lånar ut sitt sändlistregister till
fritidshusägarna.

Budget
Hyra bygdegården, 3 kvällar à 1 200 kr      3 600 kr
Föreläsare, arvode inkl. resa             6 500 kr
Fika, 3 kvällar                          1 800 kr
Affischer och annons i Misterhultsbladet    900 kr
Summa                                   12 800 kr

Vi söker alltså 12 800 kr.

Med vänlig hälsning
Annika Strandberg
för Misterhults Bygderåd
""",
            cte="quoted-printable",
        ),
    ),
    label(
        "application",
        "sv",
        "all",
        "Complete application in a classic five-heading layout, utf-8 quoted-printable from Thunderbird. Association: named ideell förening with org.nr, founding year and 64 members. Contact: Annika Strandberg with own address and mobile. Activity: three dated dialogue evenings with a lecturer on turning empty holiday homes into year-round housing, concrete goal (list of houses, working group). Anchoring: annual meeting with 38 members backing it plus two named local co-organisers. Budget: four items with amounts, total 12 800 = applied amount. Lecturer fee is not salary, renting the bygdegård is not an investment. 'kvinnor som män' gives women_and_men true. Tests that the 38 meeting attendees are not read as members (64).",
        association_name="Misterhults Bygderåd",
        org_number=ORG_2901,
        contact_name="Annika Strandberg",
        contact_email="annika.strandberg@example.com",
        contact_phone="070-318 44 27",
        members=64,
        ort="Misterhult",
        amount_sek=12800,
        women_and_men=True,
    ),
)

# 2902 – Eriksmåla: budget missing (only a rough figure), older writer, iso-8859-1 QP, Outlook
add(
    2902,
    "eriksmala-bilpool-studieresa",
    message(
        [
            ("Message-ID", "<000801dc3581$4e2a1b90$ea7e52b0$@example.net>"),
            ("From", addr("Gösta Ekwall", "gosta.ekwall@example.net", "iso-8859-1")),
            ("To", "<ideslanten@example.se>"),
            ("Subject", enc_subject("Ansökan om idéslanten - Eriksmåla Byalag", "iso-8859-1")),
            ("Date", date("2026-10-06 10:01:55")),
            ("X-Mailer", "Microsoft Outlook 16.0"),
            ("Thread-Index", "AdxVgU4qG5DqflKwQ8eLr0eriksmala=="),
            ("Content-Language", "sv"),
        ],
        text(
            """God dag!

Jag skriver för Eriksmåla Byalag i Emmaboda kommun. Byalaget har funnits sedan 1974 och vi är ett åttiotal medlemmar, mest äldre men det har flyttat in flera barnfamiljer de senaste åren.

Sedan bussen slutade gå på lördagar har många svårt att ta sig till Emmaboda och Nybro utan egen bil. På byastämman den 13 september (31 personer närvarande) kom det upp att man kunde starta en bilpool i byn, och stämman beslöt enhälligt att byalaget skulle undersöka saken. Vi gjorde också en liten enkät i affären och 46 hushåll svarade, varav 19 sa att de kunde tänka sig att vara med i en bilpool.

Vi vill därför göra en studieresa med buss i mars 2027 till en by i Blekinge som har haft en gemensam bilpool med elbilar i sex år. Där får vi träffa deras styrelse, höra hur de löst försäkring, bokning och laddning och prova bokningssystemet. Vi räknar med ca 30 deltagare, både karlar och kvinnor, och efter resan ska vi ha ett öppet möte i bygdegården där deltagarna berättar för resten av byn och vi tar ställning till om vi ska starta en egen pool.

Budgeten kommer när vi har fått in offert på bussen men vi räknar med runt 14 000 kr.

Kontakta mig gärna om det är något.

Med vänlig hälsning

Gösta Ekwall
sekreterare, Eriksmåla Byalag
Tel. 0471-402 18 (bäst på förmiddagen)
""",
            charset="iso-8859-1",
            cte="quoted-printable",
        ),
    ),
    label(
        "application",
        "sv",
        "association contact activity anchoring",
        "Application missing only the budget: 'Budgeten kommer när vi har fått in offert' plus a single rough figure (runt 14 000 kr), which is not an overview budget but is the amount. Association: Eriksmåla Byalag, founded 1974, about eighty members ('ett åttiotal' = 80). Contact: signer Gösta Ekwall writing from his own address with a landline. Activity: study trip by bus in March 2027 to a village running an electric car pool, then an open meeting at home – concrete and tied to local transport needs. Anchoring: byastämma of 31 people decided unanimously plus a survey answered by 46 households (attendance and respondents are not members). 'både karlar och kvinnor' = women_and_men true. iso-8859-1 quoted-printable long paragraphs from Outlook with an encoded-word subject.",
        association_name="Eriksmåla Byalag",
        contact_name="Gösta Ekwall",
        contact_email="gosta.ekwall@example.net",
        contact_phone="0471-402 18",
        members=80,
        ort="Eriksmåla",
        amount_sek=14000,
        women_and_men=True,
    ),
)

# 2903 – newsletter from the county's bygdegård district, multipart/alternative, bulk headers
_NL1_TXT = """BYGDEGÅRDSNYTT – Höstbrev 4/2026
Bygdegårdsdistriktet i Kalmar län

Hej alla bygdegårdsföreningar!

* Styrelseutbildning 14 november i Mönsterås: om ekonomi, försäkringar och
  brandskydd. Anmälan senast 6 november via vår webb.
* Energikartläggning: 12 föreningar har nu gjort vår energikoll. Vill ni också?
  Hör av er till kansliet.
* Påminnelse: många bidrag för 2026 stänger i november och december – se över
  vilka ni hunnit söka. Region Kalmar läns idéslanten, kommunernas
  föreningsbidrag och Boverkets bidrag till samlingslokaler har olika datum.
* Julmarknadskalendern: skicka in er julmarknad senast 1 november så kommer den
  med i den gemensamma kalendern.

Trevlig höst!
Distriktskansliet

Du får det här brevet eftersom din förening är medlem i distriktet.
Avregistrera: https://nyhetsbrev.example.org/avsluta?id=bgd-kalmar-7731
"""
_NL1_HTML = """<!DOCTYPE html>
<html lang="sv"><head><meta charset="utf-8"><title>Bygdegårdsnytt 4/2026</title></head>
<body style="font-family:Georgia,serif;background:#f4efe6;margin:0;padding:0">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="600" cellpadding="16" style="background:#ffffff">
<tr><td style="background:#7a3b1d;color:#fff"><h1 style="margin:0">BYGDEGÅRDSNYTT</h1><p style="margin:0">Höstbrev 4/2026 – Bygdegårdsdistriktet i Kalmar län</p></td></tr>
<tr><td>
<p>Hej alla bygdegårdsföreningar!</p>
<h2>Styrelseutbildning 14 november</h2>
<p>I Mönsterås: ekonomi, försäkringar och brandskydd. Anmälan senast 6 november.</p>
<h2>Energikoll</h2>
<p>12 föreningar har nu gjort vår energikoll. Vill ni också? Hör av er till kansliet.</p>
<h2>Bidrag som stänger snart</h2>
<p>Många bidrag för 2026 stänger i november och december. Region Kalmar läns <b>idéslanten</b>, kommunernas föreningsbidrag och Boverkets bidrag till samlingslokaler har olika datum – se över vilka ni hunnit söka.</p>
<h2>Julmarknadskalendern</h2>
<p>Skicka in er julmarknad senast 1 november.</p>
<p>Trevlig höst!<br>Distriktskansliet</p>
</td></tr>
<tr><td style="font-size:11px;color:#777">Du får det här brevet eftersom din förening är medlem i distriktet. <a href="https://nyhetsbrev.example.org/avsluta?id=bgd-kalmar-7731">Avregistrera</a></td></tr>
</table></td></tr></table></body></html>
"""
add(
    2903,
    "nyhetsbrev-bygdegardsnytt",
    message(
        [
            ("Date", date("2026-10-07 06:30:00")),
            ("From", addr("Bygdegårdsnytt", "nyhetsbrev@example.org")),
            ("To", "ideslanten@example.se"),
            (
                "Subject",
                enc_subject(
                    "Bygdegårdsnytt 4/2026: styrelseutbildning, energikoll och bidrag som stänger"
                ),
            ),
            ("Message-ID", "<nl.2026-4.7731.ideslanten@mailer.example.org>"),
            ("List-Id", "Bygdegardsnytt Kalmar lan <bygdegardsnytt.example.org>"),
            (
                "List-Unsubscribe",
                "<https://nyhetsbrev.example.org/avsluta?id=bgd-kalmar-7731>, <mailto:avsluta@example.org?subject=avsluta-7731>",
            ),
            ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
            ("Precedence", "bulk"),
            ("X-Mailer", "Utskicket 3.2"),
        ],
        multi(
            "alternative",
            "=_nl_bgd_4_2026_a1",
            [
                text(_NL1_TXT, cte="quoted-printable"),
                text(_NL1_HTML, "html", cte="quoted-printable"),
            ],
        ),
    ),
    label(
        "newsletter",
        "sv",
        "",
        "Bulk newsletter from the county's bygdegård district with List-Id, List-Unsubscribe (+One-Click) and Precedence: bulk, multipart/alternative QP. It mentions idéslanten and deadlines, which must not make it a question or application; the bot must not reply. All elements false, all facts null.",
    ),
)


# 2904 – Ukna: complete, application in a .docx, includes buying a book scanner (investment)
ORG_2904 = orgnr("802011458")
_DOCX_2904 = docx(
    [
        "# Ansökan om regional bygdepeng – idéslanten 2026",
        "# 1. Sökande förening",
        f"Ukna Hembygdsförening, org.nr {ORG_2904}. Föreningen bildades 1946 och har 112 medlemmar i Ukna socken. Vi sköter sockenstugan och ett arkiv med gårdshandlingar och foton.",
        "# 2. Kontaktperson",
        "Margareta Lindkvist, sekreterare. E-post margareta.lindkvist@example.se, telefon 0490-230 71 eller 073-855 19 02.",
        "# 3. Aktivitet",
        "Kursen ”Släkt och gårdar i Ukna”: fyra kvällar i sockenstugan (12 och 26 november 2026, 14 januari och 11 februari 2027) där en arkivarie från länsarkivet lär deltagarna att söka i husförhörslängder, bouppteckningar och lantmäteriakter. Varje deltagare tar fram historien om sin egen gård eller sitt hus. Resultatet samlas i en gemensam pärm och visas på hembygdsdagen i juni. Nyinflyttade får på så sätt en väg in i bygden och äldre får berätta det de minns.",
        "Kursen är öppen för alla i socknen, män som kvinnor. Vi vill också köpa en bokskanner så att vi kan skanna in arkivets handlingar under kursen.",
        "# 4. Lokal förankring",
        "Kursen är planerad tillsammans med Ukna IF:s seniorsektion och kyrkans studiecirkel. På skördemarknaden i september skrev 22 personer upp sig på intresselistan, och styrelsen beslöt den 28 september att söka pengar.",
        "# 5. Budget",
    ],
    table=[
        ["Post", "Belopp (kr)"],
        ["Arvode arkivarie, 4 kvällar à 1 500", "6 000"],
        ["Resa arkivarie", "800"],
        ["Lokal, 4 kvällar à 400", "1 600"],
        ["Bokskanner", "4 900"],
        ["Fika", "1 000"],
        ["Summa / sökt belopp", "14 300"],
    ],
    table_after=10,
)
add(
    2904,
    "ukna-slakt-och-gardar",
    message(
        [
            ("Date", date("2026-10-08 19:22:40")),
            ("From", addr("Margareta Lindkvist", "margareta.lindkvist@example.se")),
            ("To", "ideslanten@example.se"),
            ("Subject", enc_subject("Ansökan från Ukna Hembygdsförening")),
            ("Message-ID", "<5d8e2c10-ukna-4f1a-b7e3-08c1d2e3f4a5@example.se>"),
            ("User-Agent", "Roundcube Webmail/1.6.9"),
        ],
        multi(
            "mixed",
            "=_5c1a0f7e9b2d4e6a8f1c3b5d7e9a0c2f",
            [
                text(
                    "Hej!\n\nHär kommer vår ansökan om idéslanten, se bifogat dokument.\n\nHälsningar\nMargareta Lindkvist\nsekreterare, Ukna Hembygdsförening\n0490-230 71\n",
                    cte="quoted-printable",
                ),
                attach(
                    "Ansokan_ideslanten_Ukna_HF.docx",
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                    _DOCX_2904,
                ),
            ],
        ),
    ),
    label(
        "application",
        "sv",
        "all",
        "Complete application carried almost entirely by a .docx attachment (the body only points to it). Association: Ukna Hembygdsförening with org.nr, 112 members, what it runs. Contact: Margareta Lindkvist, own address, first phone 0490-230 71. Activity: four dated course evenings with an archivist, concrete output and benefit for newcomers. Anchoring: co-planned with two named local groups, 22 on an interest list, board decision. Budget: Word table with five items, total 14 300. The budget buys a book scanner (4 900 kr) – physical_investment true, so the complete application breaks a rule; the archivist's fee is not salary. 'män som kvinnor' = women_and_men true.",
        association_name="Ukna Hembygdsförening",
        org_number=ORG_2904,
        contact_name="Margareta Lindkvist",
        contact_email="margareta.lindkvist@example.se",
        contact_phone="0490-230 71",
        members=112,
        ort="Ukna",
        amount_sek=14300,
        women_and_men=True,
        physical_investment=True,
    ),
)

# 2905 – Rumskulla: HTML-only, anchoring missing (only empty claims)
_HTML_2905 = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body><div dir="ltr"><div>Hej!</div><div><br></div>
<div>Vi i <b>Rumskulla Byaförening</b> vill söka idéslanten för "Digitala tisdagar" i Rumskulla.</div><div><br></div>
<div>Byaföreningen har 43 medlemmar och jobbar för att det ska gå att bo kvar i Rumskulla hela livet. Vi har bland annat ordnat snöröjning för äldre och en sommarfest varje år.</div><div><br></div>
<div><u>Vad vi vill göra:</u> fem tisdagskvällar i februari–mars 2027 i byagården där en cirkelledare från ett studieförbund hjälper äldre med mobilt BankID, Kivra, 1177, att swisha och att boka färdtjänst. Många har slutat kunna sköta sina ärenden när bankkontoret och apoteksombudet i Vimmerby försvann och måste be barnbarn om hjälp. Om fler klarar sina ärenden själva kan fler bo kvar i byn.</div><div><br></div>
<div>Vi tror att väldigt många kommer att uppskatta det här och förankringen i byn är god.</div><div><br></div>
<div><u>Budget</u></div>
<ul><li>Cirkelledare 5 kvällar x 900 kr = 4 500 kr</li><li>Hyra byagården 5 x 300 kr = 1 500 kr</li><li>Kaffe och bullar 750 kr</li><li>Annons i Vimmerby Tidning 400 kr</li></ul>
<div>Totalt 7 150 kr</div><div><br></div>
<div>Hör av er till mig om ni undrar något!</div><div><br></div>
<div>Jonna Ek<br>Rumskulla Byaförening<br>076-204 38 81</div></div></body></html>
"""
add(
    2905,
    "rumskulla-digitala-tisdagar",
    message(
        [
            ("MIME-Version", "1.0"),
            ("Date", date("2026-10-09 21:14:03")),
            ("Message-ID", "<CAF7rq2Zk9vJ3mXc1pLw8yT0RumskullaEk+Q@mail.example.com>"),
            ("Subject", "Digitala tisdagar i Rumskulla"),
            ("From", addr("Jonna Ek", "jonna.ek88@example.com")),
            ("To", "ideslanten@example.se"),
        ],
        text(_HTML_2905, "html", cte="quoted-printable"),
        mime_version=False,
    ),
    label(
        "application",
        "sv",
        "association contact activity budget",
        "HTML-only mail (no text/plain part) from a webmail client. Anchoring missing: only the empty claims 'vi tror att väldigt många kommer att uppskatta det' and 'förankringen i byn är god' – no meeting, survey, partners or volunteers. Association: Rumskulla Byaförening, 43 members, what it does. Contact: Jonna Ek signs from her own address with a mobile number. Activity: five February–March evenings with a study-circle leader helping elderly with digital services, with a stated local reason. Budget: HTML list with four items, total 7 150. Target group is the elderly with no gender wording, so women_and_men null. The circle leader's fee is not a salary.",
        association_name="Rumskulla Byaförening",
        contact_name="Jonna Ek",
        contact_email="jonna.ek88@example.com",
        contact_phone="076-204 38 81",
        members=43,
        ort="Rumskulla",
        amount_sek=7150,
    ),
)

# 2906 – Kvilla: contact missing (shared mailbox, signed by the board), windows-1252 8bit
ORG_2906 = orgnr("802520044")
add(
    2906,
    "kvilla-folkdans-helgkurs",
    message(
        [
            ("Received", "from [192.0.2.41] by smtp.example.org; " + date("2026-10-12 17:05:31")),
            ("From", addr("Kvilla Folkdansgille", "kvillafolkdans@example.org")),
            ("To", "ideslanten@example.se"),
            (
                "Subject",
                enc_subject(
                    "Ansökan: helgkurs i polska och öppen danskväll i Kvilla", "windows-1252"
                ),
            ),
            ("Date", date("2026-10-12 17:05:29")),
            ("Message-ID", "<20261012170529.4471.kvilla@example.org>"),
            ("X-Mailer", "Microsoft Windows Live Mail 16.4.3528.331"),
        ],
        text(
            f"""Hej,

Kvilla Folkdansgille (org.nr {ORG_2906}) söker bidrag ur idéslanten.

Vi är en förening i Kvilla i Torsås kommun med 27 medlemmar som dansar varje
onsdag i Kvilla bygdegård. Vi vill få fler i byn att dansa, och därför vill vi
ordna en helgkurs i polska den 6–7 februari 2027 med en danspedagog från Gotland,
och avsluta med en öppen danskväll med två spelmän på lördagskvällen där hela
bygden bjuds in – både tjejer och killar, unga som gamla. Danskvällen blir
också ett tillfälle för nyinflyttade att träffa folk.

Vi gör det här tillsammans med Kvilla hembygdsförening och föräldraföreningen på
skolan, som bjuder in barnfamiljerna. 15 personer har anmält sig som
frivilliga till fika, garderob och parkering.

Budget:
Danspedagog, arvode	5 000 kr
Resa danspedagog	1 200 kr
Spelmän 2 st à 1 500	3 000 kr
Hyra bygdegården	1 400 kr
Summa	10 600 kr

Med vänliga hälsningar
Styrelsen i Kvilla Folkdansgille
""",
            charset="windows-1252",
        ),
    ),
    label(
        "application",
        "sv",
        "association activity anchoring budget",
        "Contact missing: sent from the association's shared mailbox and signed only 'Styrelsen i Kvilla Folkdansgille' – no named person, so contact false and contact_name/email/phone null (the shared mailbox is not a contact e-mail). Everything else is there: named association with org.nr and 27 members; a dated weekend course plus an open dance evening with a local purpose; anchoring through two named local partners and 15 volunteers; a tab-separated budget totalling 10 600. windows-1252 8bit body, encoded-word subject in windows-1252, tabs in the budget. 'både tjejer och killar' = women_and_men true. Fees for the teacher and fiddlers are not salary.",
        association_name="Kvilla Folkdansgille",
        org_number=ORG_2906,
        members=27,
        ort="Kvilla",
        amount_sek=10600,
        women_and_men=True,
    ),
)

# 2907 – phishing pretending to be the region's IT support
_HTML_2907 = """<html><body style="font-family:Segoe UI,Arial">
<table width="560" style="border:1px solid #ccc"><tr><td style="background:#005a9c;color:white;padding:10px"><b>Region Kalmar län – IT-service</b></td></tr>
<tr><td style="padding:14px">
<p>Hej ideslanten@example.se,</p>
<p>Ditt lösenord för e-postkontot <b>går ut idag</b>. För att undvika att kontot stängs och att inkommande post raderas måste du bekräfta dina uppgifter inom 24 timmar.</p>
<p style="text-align:center"><a href="http://konto-verifiering.example.net/regionkalmar/login.php?u=ideslanten" style="background:#e8772e;color:white;padding:10px 24px;text-decoration:none">BEHÅLL MITT LÖSENORD</a></p>
<p>Med vänlig hälsning<br>IT-servicedesk</p>
<p style="font-size:10px;color:#999">Detta meddelande skickades automatiskt. Svara inte.</p>
</td></tr></table></body></html>
"""
add(
    2907,
    "spam-losenord-gar-ut",
    message(
        [
            ("Return-Path", "<bounce-88213@example.net>"),
            ("From", addr("Region Kalmar IT-Service", "it-servicedesk@example.net")),
            ("To", "ideslanten@example.se"),
            ("Subject", enc_subject("⚠ Ditt lösenord går ut idag – åtgärd krävs")),
            ("Date", date("2026-10-13 03:12:09")),
            ("Message-ID", "<8812abff.reg.it@konto-verifiering.example.net>"),
            ("X-Priority", "1"),
        ],
        multi(
            "alternative",
            "b1_8812abff7c",
            [
                text(
                    "Ditt lösenord går ut idag. Bekräfta dina uppgifter inom 24 timmar: http://konto-verifiering.example.net/regionkalmar/login.php?u=ideslanten\n\nIT-servicedesk\n",
                    cte="base64",
                ),
                text(_HTML_2907, "html", cte="base64"),
            ],
        ),
    ),
    label(
        "spam",
        "sv",
        "",
        "Phishing: a fake 'IT-service' of the region from an outside example.net domain, urgent password-expiry lure with a login link, warning symbol in the encoded subject, base64 multipart/alternative. Not an application or question; all elements false and all facts null.",
    ),
)

# 2908 – followup to 2902 (Eriksmåla): supplies the budget, Outlook quoting without '>'
add(
    2908,
    "eriksmala-budget-buss",
    message(
        [
            ("Message-ID", "<001a01dc3bd2$8f3e47a0$adbad6e0$@example.net>"),
            ("From", addr("Gösta Ekwall", "gosta.ekwall@example.net", "iso-8859-1")),
            ("To", addr("Idéslanten – Region Kalmar län", "ideslanten@example.se")),
            (
                "Subject",
                enc_subject(
                    "SV: Re: Ansökan om idéslanten - Eriksmåla Byalag [Idéslanten 2026-0131]",
                    "iso-8859-1",
                ),
            ),
            ("Date", date("2026-10-14 09:38:20")),
            ("In-Reply-To", receipt_id("2026-0131")),
            ("References", f"{APP_IDS[2902]} {receipt_id('2026-0131')}"),
            ("X-Mailer", "Microsoft Outlook 16.0"),
            ("Thread-Index", "AdxVgU4qG5DqflKwQ8eLr0eriksmala==AdxbzY8+"),
        ],
        text(
            """Hej igen,

Nu har offerten på bussen kommit. Här är budgeten för studieresan:

Buss Eriksmåla tur och retur, 1 dag        8 900 kr
Föredrag och visning hos bilpoolen        2 500 kr
Lunch 30 personer à 95 kr                 2 850 kr
Summa                                    14 250 kr

Vi söker alltså 14 250 kr.

Hälsningar
Gösta Ekwall
0471-402 18

Från: Idéslanten - Region Kalmar län <ideslanten@example.se>
Skickat: den 6 oktober 2026 10:02
Till: Gösta Ekwall <gosta.ekwall@example.net>
Ämne: Re: Ansökan om idéslanten - Eriksmåla Byalag [Idéslanten 2026-0131]

"""
            + receipt("2026-0131", ["budget"]).replace("–", "-"),
            charset="iso-8859-1",
            cte="quoted-printable",
        ),
    ),
    label(
        "followup",
        "sv",
        "contact budget",
        "Followup to 2902 in the receipt's thread (In-Reply-To the receipt, References the application). New text adds the missing budget: three items with amounts, total 14 250 – budget true; the amount is now 14 250. Signed by Gösta Ekwall from his own address with phone, so contact true. The Outlook-style quote (Från/Skickat/Till/Ämne block, no '>' markers) carries the bot's receipt with its budget guidance line, which must not count. Association, activity and anchoring are not in the new text. Lunch is a consumable, not an investment.",
        contact_name="Gösta Ekwall",
        contact_email="gosta.ekwall@example.net",
        contact_phone="0471-402 18",
        amount_sek=14250,
        ort="Eriksmåla",
    ),
)


# 2909 – Böda: complete, retired writer, one long block, utf-8 base64 (Android mail)
add(
    2909,
    "boda-vinterstamma-kollektivtrafik",
    message(
        [
            ("Date", date("2026-10-15 14:51:37", pad=False)),
            ("From", addr("Lasse Nyman", "lasse.nyman.boda@example.com")),
            ("To", "ideslanten@example.se"),
            ("Subject", enc_subject("idéslanten Böda Byalag")),
            ("Message-ID", "<1760532697.88104.boda@android.example.com>"),
            ("X-Mailer", "Samsung Email 6.1"),
        ],
        text(
            """Hej Lars-Erik Nyman heter jag och är ordförande i Böda Byalag på norra Öland, vi är en förening med ca 150 hushåll som är medlemmar och vi jobbar med allt från midsommarfirandet till att hålla efter badplatsen vid Böda hamn.
Efter säsongen blir det tyst här uppe, bussen går bara två gånger om dagen och apoteksombudet har stängt, och många äldre men också ungdomar som ska till gymnasiet i Borgholm har det besvärligt. I våras samlade vi in 212 namn på en lista om bättre vinterbussar och den lämnades till regionen. Nu vill vi ta nästa steg och ordna en "Vinterstämma" i Böda bygdegård lördagen den 23 januari 2027 från kl 10 till 15, där boende får sitta ner med kommunen, kollektivtrafiken och handlarna och gå igenom vad som behövs för att man ska kunna bo här året runt, inte bara på sommaren. Vi tar in en samtalsledare utifrån som leder dagen så att inte vi i byalaget styr allt och som skriver ihop en rapport efteråt med förslag som vi sedan jobbar vidare med. Stämman är för alla på norra Öland, kvinnor och män, gamla och unga. Böda församling och Böda IK är med och arrangerar och ungdomarna i IK sköter lunchen.
Kostnaderna räknar vi så här: samtalsledare arvode 5 000 kr, hyra bygdegården hela dagen 1 500 kr, lunch och kaffe för ca 60 personer 2 400 kr, annonser i Ölandsbladet och affischer 600 kr. Det blir 9 500 kr och det är det vi söker.
Ring mig gärna 0485-220 64 eller mobil 070-661 92 30.
Hälsningar Lasse Nyman Böda Byalag

Skickat från min Galaxy
""",
            cte="base64",
        ),
    ),
    label(
        "application",
        "sv",
        "all",
        "Complete application written as one long run-on block by a retired chairman on an Android phone, utf-8 base64. Association: Böda Byalag, 'ca 150 hushåll som är medlemmar' = 150. Contact: Lasse (Lars-Erik) Nyman from his own address, first phone the landline 0485-220 64. Activity: a dated 'Vinterstämma' with an external facilitator and a written report on year-round services. Anchoring: a 212-name petition (not members) and two named co-organisers. Budget: four items in prose, 9 500 applied. 'kvinnor och män' = women_and_men true. Facilitator's fee is not salary; renting the hall is not an investment. Lower-case subject from the phone.",
        association_name="Böda Byalag",
        contact_name="Lars-Erik Nyman",
        contact_email="lasse.nyman.boda@example.com",
        contact_phone="0485-220 64",
        members=150,
        ort="Böda",
        amount_sek=9500,
        women_and_men=True,
    ),
)

# 2910 – Vena: association missing (unnamed parents), iPhone
add(
    2910,
    "vena-reparationsdag-skolan",
    message(
        [
            ("Content-Type", "text/plain; charset=utf-8"),
            ("Content-Transfer-Encoding", "quoted-printable"),
            ("From", addr("Sara Johansson", "sara.j.vena@example.com")),
            ("Mime-Version", "1.0 (1.0)"),
            ("Date", date("2026-10-16 12:09:44")),
            ("Subject", enc_subject("Bytesdag och lagakafé i Vena")),
            ("Message-ID", "<F2A6C0E1-77B3-4C1D-9E2A-0A1B2C3D4E5F@example.com>"),
            ("To", "ideslanten@example.se"),
            ("X-Mailer", "iPhone Mail (22A3354)"),
        ],
        (
            [],
            quopri.encodestring(
                """Hej!
Vi är några föräldrar här i Vena som vill ordna en bytes- och lagadag i skolans matsal lördag 21 november kl 10-15. Folk tar med kläder, leksaker och cyklar att byta, och vi tar hit en cykelmekaniker och en sömmerska som visar hur man lagar själv. Det blir ett ställe där folk i byn träffas nu när både kiosken och macken är borta och det sparar pengar för barnfamiljerna.

Vi tog upp det på föräldramötet på skolan 1 oktober och 14 familjer har skrivit upp sig att hjälpa till, Vena IF lånar ut sitt kafé-kök och sina bord.

Kostnader
Cykelmekaniker 2500
Sömmerska 2000
Annonser/affischer 600
Fika 900
=6000 kr

Lokalen får vi låna gratis av skolan.

Mvh Sara Johansson
073-990 21 45

Skickat från min iPhone
""".encode()
            ),
        ),
        mime_version=False,
    ),
    label(
        "application",
        "sv",
        "contact activity anchoring budget",
        "Association missing: 'några föräldrar här i Vena' is an unnamed group with no name or details (Vena IF is a lender of equipment, not the applicant). Contact: Sara Johansson signs from her own address with a mobile. Activity: dated swap-and-repair day with a bike mechanic and a seamstress, local benefit stated. Anchoring: parents' meeting, 14 families volunteering and Vena IF lending its café kitchen. Budget: four items totalling 6 000. No member count. 'folk i byn'/'barnfamiljerna' has no gender wording, so women_and_men null. Fees to the mechanic and seamstress are not salary. iPhone mail with Apple header order ('Mime-Version: 1.0 (1.0)') and quoted-printable.",
        contact_name="Sara Johansson",
        contact_email="sara.j.vena@example.com",
        contact_phone="073-990 21 45",
        ort="Vena",
        amount_sek=6000,
    ),
)

# 2911 – question from Källa: is the cap per locality or per association?
add(
    2911,
    "kalla-fraga-tak-per-ort",
    message(
        [
            ("From", addr("Monica Hallberg", "monica.hallberg@example.org")),
            ("To", addr("Landsbygdsutvecklaren", "landsbygdsutvecklare@example.se")),
            ("Cc", "ideslanten@example.se"),
            ("Subject", enc_subject("Fråga om idéslanten – två föreningar i samma by?")),
            ("Date", date("2026-10-19 08:15:02")),
            ("Message-ID", "<d41f5e7a-3c2b-4a90-8f11-kalla2911@example.org>"),
            ("User-Agent", "Mozilla Thunderbird 115.16.0"),
        ],
        text(
            """Hej!

Jag sitter i styrelsen för Källa Hembygdsförening på Öland. Vi funderar på att
söka idéslanten till våren, men jag hörde att Källa hamnförening också tänker
söka till en sillfest i hamnen.

Gäller 15 000 kronor per förening eller per ort? Om hamnföreningen får sina
pengar först, finns det då något kvar för oss i Källa? Och räknas Källa och
Persnäs som samma ort?

Tacksam för svar innan vårt styrelsemöte den 2 november.

Vänliga hälsningar
Monica Hallberg
Källa Hembygdsförening
""",
            flowed=True,
        ),
    ),
    label(
        "question",
        "sv",
        "",
        "Question, not an application: asks whether the 15 000 cap is per association or per locality and whether two nearby villages count as one ort; nothing is applied for and no activity is described by the writer's own group. The 15 000 is the rule amount, so amount_sek null. Facts stated: the writer's association, her name and own address, ort Källa. Sent to the officer with the bot in Cc, format=flowed.",
        association_name="Källa Hembygdsförening",
        contact_name="Monica Hallberg",
        contact_email="monica.hallberg@example.org",
        ort="Källa",
    ),
)

# 2912 – Gladhammar: activity missing (vague), windows-1252 QP body + budget as .txt
ORG_2912 = orgnr("802436217")
_TXT_2912 = """BUDGET GLADHAMMARS BYGDEGARDSFORENING - IDESLANTEN

Lokalhyra                 2 000
Arvoden                   6 000
Marknadsföring            1 000
Förtäring                 2 000
-----------------------------
Totalt                   11 000 kr
"""
add(
    2912,
    "gladhammar-vintergemenskap",
    message(
        [
            ("Date", date("2026-10-20 16:40:18")),
            ("From", addr("Per-Olof Granath", "po.granath@example.se", "windows-1252")),
            ("To", "ideslanten@example.se"),
            ("Subject", "Ansokan Gladhammar"),
            (
                "Message-ID",
                "<DB9PR02MB73210C1E4F2A9B3D5E7F8A1B2C3D4@DB9PR02MB7321.eurprd02.prod.example.com>",
            ),
            ("X-MS-Has-Attach", "yes"),
            ("Content-Language", "sv-SE"),
        ],
        multi(
            "mixed",
            "_004_DB9PR02MB73210C1E4F2A9B3D5E7F8A1B2C3D4_",
            [
                text(
                    f"""Hej

Gladhammars Bygdegårdsförening, org nr {ORG_2912}, 58 medlemmar, söker
11 000 kr ur idéslanten.

Vi vill göra något under vintern som samlar byn och stärker gemenskapen, kanske
föreläsningar eller liknande, det är inte riktigt spikat än. Det viktiga är att
folk kommer ut och träffas.

Årsmötet den 12 september beslutade enhälligt att vi skulle söka och nio
medlemmar har lovat att ställa upp som funktionärer.

Budget bifogas som textfil.

Per-Olof Granath
Kassör
070-552 83 16
""",
                    charset="windows-1252",
                    cte="quoted-printable",
                ),
                attach(
                    "budget_gladhammar.txt",
                    "text/plain; charset=windows-1252",
                    _TXT_2912.encode("cp1252"),
                ),
            ],
        ),
    ),
    label(
        "application",
        "sv",
        "association contact anchoring budget",
        "Activity missing: 'vi vill göra något under vintern som samlar byn ... kanske föreläsningar eller liknande, det är inte riktigt spikat' is a vague wish with no what/when/how. Association: named with org.nr and 58 members. Contact: Per-Olof Granath from his own address with phone. Anchoring: unanimous annual-meeting decision and nine volunteers. Budget: four items with amounts in an attached windows-1252 .txt file (base64), total 11 000 = applied. Outlook-style headers, windows-1252 QP body, ASCII subject without å. No gender wording: women_and_men null.",
        association_name="Gladhammars Bygdegårdsförening",
        org_number=ORG_2912,
        contact_name="Per-Olof Granath",
        contact_email="po.granath@example.se",
        contact_phone="070-552 83 16",
        members=58,
        ort="Gladhammar",
        amount_sek=11000,
    ),
)

# 2913 – followup to 2906 (Kvilla): supplies the contact person, Gmail quoting
add(
    2913,
    "kvilla-kontaktperson",
    message(
        [
            ("MIME-Version", "1.0"),
            ("References", f"{APP_IDS[2906]} {receipt_id('2026-0135')}"),
            ("In-Reply-To", receipt_id("2026-0135")),
            ("From", addr("Birgitta Holmqvist", "bigge.holmqvist@example.com")),
            ("Date", date("2026-10-21 20:33:51", pad=False)),
            ("Message-ID", "<CAH3x9pQw2LmK7vR4sZt1Kvilla8uY5nE0dF6gH7jK8lM9n@mail.example.com>"),
            (
                "Subject",
                enc_subject(
                    "Re: Ansökan: helgkurs i polska och öppen danskväll i Kvilla [Idéslanten 2026-0135]"
                ),
            ),
            ("To", BOT),
        ],
        multi(
            "alternative",
            "000000000000a4c3d20613f1kvilla",
            [
                text(
                    "Hej!\n\nDet var jag som skulle ha skrivit under, förlåt. Kontaktperson för Kvilla Folkdansgille är jag:\n\nBirgitta Holmqvist (ordförande)\nbigge.holmqvist@example.com\n0486-213 57\n\nHälsningar Bigge\n\nDen mån 12 okt. 2026 kl 17:06 skrev Idéslanten – Region Kalmar län <ideslanten@example.se>:\n\n"
                    + quote(receipt("2026-0135", ["contact"], variant=1))
                    + "\n",
                    cte="quoted-printable",
                ),
                text(
                    '<div dir="ltr">Hej!<div><br></div><div>Det var jag som skulle ha skrivit under, förlåt. Kontaktperson för Kvilla Folkdansgille är jag:</div><div><br></div><div>Birgitta Holmqvist (ordförande)<br>bigge.holmqvist@example.com<br>0486-213 57</div><div><br></div><div>Hälsningar Bigge</div></div><br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">Den mån 12 okt. 2026 kl 17:06 skrev Idéslanten – Region Kalmar län &lt;ideslanten@example.se&gt;:<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">'
                    + receipt("2026-0135", ["contact"], variant=1).replace("\n", "<br>\n")
                    + "</blockquote></div>\n",
                    "html",
                    cte="quoted-printable",
                ),
            ],
        ),
        mime_version=False,
    ),
    label(
        "followup",
        "sv",
        "contact",
        "Gmail followup to 2906 threaded on the bot's receipt (References has the application). New text supplies exactly the missing contact: Birgitta Holmqvist, chair, own address and phone – contact true. It names the association only in passing ('Kontaktperson för Kvilla Folkdansgille'), which is not a description, so association false. Receipt quoted with '>' in text and a gmail_quote blockquote in HTML; the receipt's guidance lines must not count. multipart/alternative QP.",
        association_name="Kvilla Folkdansgille",
        contact_name="Birgitta Holmqvist",
        contact_email="bigge.holmqvist@example.com",
        contact_phone="0486-213 57",
    ),
)

# 2914 – Algutsboda: anchoring and budget missing; shared mailbox but named signer with phone
ORG_2914 = orgnr("802478907")
add(
    2914,
    "algutsboda-berattarkvallar-glasbruk",
    message(
        [
            ("Date", date("2026-10-22 10:27:05")),
            ("From", addr("Algutsboda Hembygdsförening", "algutsboda.hf@example.org")),
            ("To", "ideslanten@example.se"),
            ("Subject", enc_subject("Idéslanten – berättarkvällar om glasbruk och skogsarbete")),
            ("Message-ID", "<ee7b19d4c2a8f51e.algutsboda@webmail.example.org>"),
            ("User-Agent", "SquirrelMail/1.4.23"),
        ],
        text(
            f"""Hej,

Algutsboda Hembygdsförening (org.nr {ORG_2914}) har 96 medlemmar i Algutsboda
socken i Emmaboda kommun. Vi har hand om hembygdsgården och ger ut en årsskrift.

Vi söker 15 000 kr för en serie om fyra berättarkvällar i hembygdsgården under
januari–april 2027. På varje kväll berättar två äldre om hur det var att arbeta
på glasbruken och i skogen, och ungdomar från högstadiet spelar in samtalen med
mobilen och klipper ihop korta filmer som visas på hembygdsdagen och läggs ut på
föreningens sida. En erfaren samtalsledare från länsmuseet leder kvällarna. Det
ger de unga en bild av bygdens historia och de äldre en chans att föra den vidare.

Det här är väl förankrat i föreningen.

Budgeten får vi återkomma med.

Kerstin Wahlgren
ordförande
tel 0471-503 92
""",
        ),
    ),
    label(
        "application",
        "sv",
        "association contact activity",
        "Anchoring and budget missing. Anchoring: only 'väl förankrat i föreningen' – an empty claim with no meeting, survey, partner or volunteers. Budget: a bare 'söker 15 000 kr' plus 'budgeten får vi återkomma med' – amount 15 000 but no overview budget. Association: named, org.nr, 96 members, what it does. Contact: sent from the association's shared mailbox, but signed by a named person (Kerstin Wahlgren, ordförande) with a phone number, so she is a named reachable contact – contact true, contact_email null because the shared mailbox is not her address. Activity: four storytelling evenings with a facilitator and pupils filming, concrete. No gender wording: women_and_men null.",
        association_name="Algutsboda Hembygdsförening",
        org_number=ORG_2914,
        contact_name="Kerstin Wahlgren",
        contact_phone="0471-503 92",
        members=96,
        ort="Algutsboda",
        amount_sek=15000,
    ),
)


# 2915 – Påskallavik: complete, multipart/alternative with HTML budget table, bullet style
ORG_2915 = orgnr("802502315")
_TXT_2915 = f"""Hej,

Påskallaviks Samhällsförening söker 15 000 kr ur idéslanten för "Framtidsverkstad Stenhamnen".

FÖRENINGEN
- Påskallaviks Samhällsförening, org.nr {ORG_2915}
- 96 medlemmar, bildad 1987, driver bl.a. julmarknaden och badplatsen

KONTAKT
- Jessica Forsberg, vice ordf., jessica.forsberg@example.net, 073-441 60 09

VAD VI SKA GÖRA
- Två workshopkvällar (4 och 18 mars 2027) i Folkets hus med en inhyrd processledare, där boende tar fram förslag på hur den gamla stenhamnen kan användas: torgdagar, båtplatser för besökare, kajakuthyrning som lokala företag kan driva.
- En studieresa med buss 17 april 2027 till ett kustsamhälle i Östergötland som gjort om sin gamla hamn, för 30 personer.
- Resultatet blir en idéskiss som vi lämnar till Oskarshamns kommun inför hamnplanen. För alla i Påskallavik – kvinnor och män, unga och gamla.

FÖRANKRING
- Öppet möte i maj 2026 med ca 70 personer gav föreningen uppdraget.
- Enkät i september: 130 svar, 8 av 10 vill att stenhamnen används mer.
- Samarbete med Påskallaviks Båtklubb och Stenhuggeriföreningen.

BUDGET
Processledare 2 kvällar à 4 000 kr: 8 000 kr
Buss studieresa: 4 200 kr
Lokalhyra Folkets hus: 1 000 kr
Fika: 1 300 kr
Tryck av idéskiss: 500 kr
Summa: 15 000 kr

Vänliga hälsningar
Jessica Forsberg
"""
_HTML_2915 = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body style="font-family:Calibri,sans-serif;font-size:11pt">
<p>Hej,</p>
<p>Påskallaviks Samhällsförening söker 15 000 kr ur idéslanten för <i>"Framtidsverkstad Stenhamnen"</i>.</p>
<p><b>FÖRENINGEN</b></p><ul><li>Påskallaviks Samhällsförening, org.nr {ORG_2915}</li><li>96 medlemmar, bildad 1987, driver bl.a. julmarknaden och badplatsen</li></ul>
<p><b>KONTAKT</b></p><ul><li>Jessica Forsberg, vice ordf., jessica.forsberg@example.net, 073-441 60 09</li></ul>
<p><b>VAD VI SKA GÖRA</b></p><ul><li>Två workshopkvällar (4 och 18 mars 2027) i Folkets hus med en inhyrd processledare, där boende tar fram förslag på hur den gamla stenhamnen kan användas: torgdagar, båtplatser för besökare, kajakuthyrning som lokala företag kan driva.</li><li>En studieresa med buss 17 april 2027 till ett kustsamhälle i Östergötland som gjort om sin gamla hamn, för 30 personer.</li><li>Resultatet blir en idéskiss som vi lämnar till Oskarshamns kommun inför hamnplanen. För alla i Påskallavik – kvinnor och män, unga och gamla.</li></ul>
<p><b>FÖRANKRING</b></p><ul><li>Öppet möte i maj 2026 med ca 70 personer gav föreningen uppdraget.</li><li>Enkät i september: 130 svar, 8 av 10 vill att stenhamnen används mer.</li><li>Samarbete med Påskallaviks Båtklubb och Stenhuggeriföreningen.</li></ul>
<p><b>BUDGET</b></p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><th align="left">Post</th><th align="right">Kr</th></tr>
<tr><td>Processledare 2 kvällar à 4 000 kr</td><td align="right">8 000</td></tr>
<tr><td>Buss studieresa</td><td align="right">4 200</td></tr>
<tr><td>Lokalhyra Folkets hus</td><td align="right">1 000</td></tr>
<tr><td>Fika</td><td align="right">1 300</td></tr>
<tr><td>Tryck av idéskiss</td><td align="right">500</td></tr>
<tr><td><b>Summa</b></td><td align="right"><b>15 000</b></td></tr>
</table>
<p>Vänliga hälsningar<br>Jessica Forsberg</p>
</body></html>
"""
add(
    2915,
    "paskallavik-framtidsverkstad-stenhamnen",
    message(
        [
            ("From", addr("Jessica Forsberg", "jessica.forsberg@example.net")),
            ("To", addr("Idéslanten", "ideslanten@example.se")),
            (
                "Subject",
                enc_subject("Ansökan idéslanten: Framtidsverkstad Stenhamnen, Påskallavik"),
            ),
            (
                "Thread-Topic",
                enc_subject("Ansökan idéslanten: Framtidsverkstad Stenhamnen, Påskallavik"),
            ),
            ("Date", date("2026-10-23 11:02:44")),
            (
                "Message-ID",
                "<VI1PR07MB5512F0A3B4C5D6E7F8091A2B3C4D5@VI1PR07MB5512.eurprd07.prod.example.net>",
            ),
            ("Content-Language", "sv-SE"),
            ("X-MS-Has-Attach", ""),
        ],
        multi(
            "alternative",
            "_000_VI1PR07MB5512F0A3B4C5D6E7F8091A2B3C4D5_",
            [
                text(_TXT_2915, cte="quoted-printable"),
                text(_HTML_2915, "html", cte="quoted-printable"),
            ],
        ),
    ),
    label(
        "application",
        "sv",
        "all",
        "Complete application in a bullet-point Outlook style, multipart/alternative with the budget as an HTML table (and as lines in text/plain). Association with org.nr, 96 members and activities; contact Jessica Forsberg with own address and mobile; two dated workshops with a hired facilitator plus a study trip, with a concrete output to the municipality; anchoring by an open meeting (~70 attendees, not members), a survey with 130 answers and two named partner clubs; five budget items summing to 15 000 = applied amount (exactly the cap). 'kvinnor och män' = women_and_men true. Facilitator fee is not salary; bus hire and venue rent are not investments.",
        association_name="Påskallaviks Samhällsförening",
        org_number=ORG_2915,
        contact_name="Jessica Forsberg",
        contact_email="jessica.forsberg@example.net",
        contact_phone="073-441 60 09",
        members=96,
        ort="Påskallavik",
        amount_sek=15000,
        women_and_men=True,
    ),
)

# 2916 – autoreply (with Auto-Submitted) to the officer's personal mail to the 2912 writer
add(
    2916,
    "autosvar-granath-tjansteresa",
    message(
        [
            ("Date", date("2026-10-26 08:31:10")),
            ("From", addr("Per-Olof Granath", "po.granath@example.se", "windows-1252")),
            ("To", addr("Landsbygdsutvecklare", OFFICER)),
            (
                "Subject",
                enc_subject(
                    "Automatiskt svar: Angående er ansökan – vad vill ni göra i Gladhammar?"
                ),
            ),
            (
                "Message-ID",
                "<DB9PR02MB7321AUTO0A1B2C3D4E5F60718@DB9PR02MB7321.eurprd02.prod.example.com>",
            ),
            ("In-Reply-To", "<officer.20261026.0829.gladhammar@example.se>"),
            ("References", f"{APP_IDS[2912]} <officer.20261026.0829.gladhammar@example.se>"),
            ("Auto-Submitted", "auto-replied"),
            ("X-Auto-Response-Suppress", "All"),
            ("Content-Language", "sv-SE"),
        ],
        text(
            "Tack för ditt mejl. Jag är på kurs 26–30 oktober och läser inte e-post. Jag svarar när jag är tillbaka måndag 2 november.\n\nPer-Olof Granath\n",
            charset="windows-1252",
            cte="quoted-printable",
        ),
    ),
    label(
        "autoreply",
        "sv",
        "",
        "Out-of-office reply with Auto-Submitted: auto-replied and X-Auto-Response-Suppress, 'Automatiskt svar:' subject. It answers the officer's personal question to the writer of 2912 and carries that application's Message-ID in References, but it is a machine reply, not a followup; the bot must not answer it. All elements false, all facts null.",
    ),
)

# 2917 – Sandby (Öland): contact and budget missing; shared mailbox signed 'Byalaget'
add(
    2917,
    "sandby-borg-guidekurs",
    message(
        [
            ("Date", date("2026-10-27 19:48:26")),
            ("From", addr("Sandby Byalag", "sandbybyalag@example.net")),
            ("To", "ideslanten@example.se"),
            ("Subject", enc_subject("Ansökan – föreläsningar och guideutbildning om Sandby borg")),
            ("Message-ID", "<3b0f0a5c-2917-4f6e-a1d2-sandby.byalag@example.net>"),
            (
                "User-Agent",
                "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.3.0",
            ),
        ],
        text(
            """Hej!

Sandby Byalag på östra Öland (Mörbylånga kommun) har drygt 70 medlemmar och
ordnar bl.a. valborgsfirande, byavandringar och julgransplundring.

Varje sommar kommer många besökare till fornborgen Sandby borg men det finns
nästan ingen i byn som kan guida. Vi vill därför ordna tre föreläsningar i
Sandby bygdegård i februari och mars 2027 där en arkeolog berättar om borgen
och om järnåldersbygden runt omkring, och sedan en guidekurs i april ute vid
borgen. Målet är att ett tiotal boende ska kunna guida till sommaren och att
byn får del av besöksnäringen genom guidningar, kaffeservering och
hembygdsgårdens försäljning.

Sandby hembygdsförening och campingen står bakom och hjälper till, och 20
personer i byn har redan anmält sig till guidekursen.

Budgeten har vi inte riktigt klar men vi tänkte ca 12 000 kr.

Hälsningar
Byalaget
""",
        ),
    ),
    label(
        "application",
        "sv",
        "association activity anchoring",
        "Contact and budget missing. Contact: shared mailbox signed only 'Byalaget' – no named person. Budget: 'inte riktigt klar ... ca 12 000 kr' is a single rough figure, not an overview budget; it is recorded as amount_sek 12 000. Association: Sandby Byalag, 'drygt 70' = 70 members, what it does. Activity: three lectures with an archaeologist plus a guide course, with local economic benefit. Anchoring: hembygdsförening and the campsite back it, 20 residents signed up. No gender wording: women_and_men null. The archaeologist's fee is not salary.",
        association_name="Sandby Byalag",
        members=70,
        ort="Sandby",
        amount_sek=12000,
    ),
)

# 2918 – Hjorted: complete, in English, utf-8 QP
ORG_2918 = orgnr("802533492")
add(
    2918,
    "hjorted-language-cafe-english",
    message(
        [
            ("Date", date("2026-10-28 13:19:57")),
            ("From", addr("Hannah Brückner", "hannah.brueckner@example.org")),
            ("To", "ideslanten@example.se"),
            ("Subject", "Application Ideslanten - Language cafe in Hjorted"),
            ("Message-ID", "<7f3c1d2e-hjorted-4b5a-9c8d-2918e6f7a8b9@example.org>"),
            ("User-Agent", "Mozilla Thunderbird 128.3.1"),
            ("Content-Language", "en-GB"),
        ],
        text(
            f"""Dear rural development officer,

Sorry for writing in English – my Swedish is still too slow for a proper
application. I am the secretary of Hjorteds Bygdeförening (org. no.
{ORG_2918}), the village association of Hjorted in Västervik municipality. We
have 51 members and run the old school building as a meeting place.

The activity: a monthly language café in the old school, first Sunday of every
month from January to May 2027 (five times), where Swedish-speaking villagers
and newcomers (we now have Dutch, German and Ukrainian families here) meet over
coffee and practise Swedish. Twice we will invite a speaker: one evening on how
Swedish associations work and how to get involved, and one on allemansrätten
and local hunting and fishing rules. The aim is that new families stay, join
the local clubs and feel at home. It is open to everyone – women and men, young
and old.

Local anchoring: the idea came out of the village meeting on 3 October, where
26 people took part. Hjorted parish lends us chairs and tables, the school's
parents' group spreads the invitation, and eight members have volunteered as
hosts.

Budget:
- Rent of the old school hall, 5 x 500 SEK = 2,500 SEK
- Speakers' fees, 2 x 2,000 SEK = 4,000 SEK
- Refreshments, 5 x 400 SEK = 2,000 SEK
- Printing posters and flyers = 500 SEK
Total: 9,000 SEK, which is what we apply for.

Contact: Hannah Brückner, hannah.brueckner@example.org, +46 70 238 11 74

Kind regards,
Hannah Brückner
Hjorteds Bygdeförening
""",
            cte="quoted-printable",
        ),
    ),
    label(
        "application",
        "en",
        "all",
        "Complete application in English by an incomer (ASCII subject, utf-8 QP body). Association: Hjorteds Bygdeförening with org.nr and 51 members; contact with own address and an international-format phone; activity: five dated language cafés plus two talks, aimed at keeping new families; anchoring: village meeting with 26 participants, the parish and parents' group helping, eight volunteer hosts; budget: four items with English number formatting (2,500 SEK), total 9,000 = applied. 'women and men' = women_and_men true. Speakers' fees are not salary.",
        association_name="Hjorteds Bygdeförening",
        org_number=ORG_2918,
        contact_name="Hannah Brückner",
        contact_email="hannah.brueckner@example.org",
        contact_phone="+46 70 238 11 74",
        members=51,
        ort="Hjorted",
        amount_sek=9000,
        women_and_men=True,
    ),
)

# 2919 – followup to 2914 (Algutsboda): nothing useful, shared mailbox signed 'Styrelsen', Apple Mail
add(
    2919,
    "algutsboda-aterkommer",
    message(
        [
            ("From", addr("Algutsboda Hembygdsförening", "algutsboda.hf@example.org")),
            ("Content-Type", "text/plain; charset=utf-8"),
            ("Content-Transfer-Encoding", "quoted-printable"),
            ("Mime-Version", "1.0 (Mac OS X Mail 16.0 \\(3826.400.131.1.6\\))"),
            (
                "Subject",
                enc_subject(
                    "Re: Idéslanten – berättarkvällar om glasbruk och skogsarbete [Idéslanten 2026-0142]"
                ),
            ),
            ("Date", date("2026-10-29 18:02:13")),
            ("In-Reply-To", receipt_id("2026-0142")),
            ("References", f"{APP_IDS[2914]} {receipt_id('2026-0142')}"),
            ("To", BOT),
            ("Message-ID", "<B7C4E1A2-0F9D-4E3B-8A6C-2919ALGUTSBODA@example.org>"),
            ("X-Mailer", "Apple Mail (2.3826.400.131.1.6)"),
        ],
        (
            [],
            quopri.encodestring(
                (
                    "Tack för svaret. Vi tar upp det på nästa styrelsemöte och återkommer.\n\nMvh\nStyrelsen\n\n> 22 okt. 2026 kl. 10:27 skrev Idéslanten – Region Kalmar län <ideslanten@example.se>:\n> \n"
                    + quote(receipt("2026-0142", ["anchoring", "budget"]))
                    + "\n\n"
                ).encode()
            ),
        ),
        mime_version=False,
    ),
    label(
        "followup",
        "sv",
        "",
        "Followup in the thread of 2914 (Apple Mail, receipt quoted with '>') that supplies nothing: 'vi tar upp det på nästa styrelsemöte och återkommer', signed 'Styrelsen' from the shared mailbox – so contact false too. The quoted receipt lists anchoring and budget with guidance lines; none of that counts. Still a followup (threaded, Re: subject), so the bot may answer, but no element is present.",
    ),
)


# 2920 – Silverdalen: association and contact missing; unsigned teen mail, 8bit without charset
_BODY_2920 = """hej!
vi e ett gäng i silverdalen som vill ha en lan och e-sportkväll för ungdomar i folkets hus lördag 12 december kl 14-24. fritidsgården i hultsfred lånar ut skärmar och datorer och 30 ungdomar har redan anmält sig i vår discord, tjejer o killar. så ungdomarna har nåt att göra här i byn istället för att åka in till stan varje helg

kostnader
hyra folkets hus 1500
hyra ljud o nätverk 2000
pizza o dricka 1800
priser (presentkort ica) 700
tot 6000

mvh
"""
add(
    2920,
    "silverdalen-lan-kvall",
    message(
        [
            ("From", "mackan92@example.com"),
            ("To", "ideslanten@example.se"),
            ("Subject", "lan kvall silverdalen"),
            ("Date", date("2026-11-02 22:47:15", pad=False)),
            ("Message-ID", "<op.2920silverdalen.x7k2m9@mackan-pc.example.com>"),
            ("User-Agent", "Opera Mail/1.0 (Win32)"),
        ],
        (
            ["Content-Type: text/plain", "Content-Transfer-Encoding: 8bit"],
            _BODY_2920.encode("cp1252"),
        ),
    ),
    label(
        "application",
        "sv",
        "activity anchoring budget",
        "Association and contact missing. 'vi e ett gäng i silverdalen' is an unnamed group; the mail is signed only 'mvh' and the From address has no name, so there is no named contact (contact facts null). Activity: dated LAN/e-sport evening in Folkets hus with a local purpose. Anchoring: the municipal youth centre lends equipment and 30 young people have signed up. Budget: four items, total 6 000. 'tjejer o killar' = women_and_men true. Renting sound and network gear is not an investment; gift-card prizes are consumables. Technical test: Content-Type text/plain WITHOUT charset parameter although the 8bit body is windows-1252 (å/ä/ö as single bytes); lower-case chat style, ASCII subject.",
        ort="Silverdalen",
        amount_sek=6000,
        women_and_men=True,
    ),
)

# 2921 – Ålem: anchoring missing; budget in a PDF attachment
_PDF_2921 = pdf(
    [
        "Ålems Sportfiskeklubb",
        "Budget – idéslanten 2026/2027: Havsöringskvällar vid Alsterån",
        "",
        "Föreläsare fiskbiolog, 2 kvällar à 2 500 kr          5 000 kr",
        "Resa föreläsare                                             900 kr",
        "Hyra Ålems bygdegård, 2 kvällar                     1 200 kr",
        "Fältdag: hyra av vadarbyxor och håvar               1 500 kr",
        "Fika och korv                                               1 100 kr",
        "Annonsering                                                  600 kr",
        "",
        "Summa                                                   10 300 kr",
    ],
    title="Budget Alems Sportfiskeklubb",
)
add(
    2921,
    "alem-havsoring-alsteran",
    message(
        [
            ("Date", date("2026-11-03 17:56:02")),
            ("From", addr("Jonas Berg", "jonas.berg.alem@example.net")),
            ("To", "ideslanten@example.se"),
            ("Subject", enc_subject("Ansökan idéslanten Ålems Sportfiskeklubb")),
            ("Message-ID", "<20261103165602.GA7731@alem.example.net>"),
            ("User-Agent", "Mutt/2.2.12 (2023-09-09)"),
        ],
        multi(
            "mixed",
            "ZpW3kq9Yv0nTfH2a",
            [
                text(
                    """Hej,

Ålems Sportfiskeklubb i Mönsterås kommun söker pengar ur idéslanten.
Klubben har 34 medlemmar och har sedan 2009 arbetat med fiskevård i
Alsterån nedanför Ålem.

Vi vill ordna två kvällsföreläsningar i Ålems bygdegård i mars 2027 där en
fiskbiolog berättar om havsöringens lek i Alsterån och vad man kan göra för
att fler fiskar ska komma tillbaka, och en fältdag i maj vid ån där
deltagarna får räkna öringungar och lära sig om lekbottnar. Vi vill att fler
i Ålem, både kvinnor och män, ska lära känna ån och vara med i fiskevården,
och på sikt vill vi locka fisketurister som bor och äter i byn.

Vi hoppas att många ska komma.

Budget bifogas som pdf. Vi söker 10 300 kr.

Hälsningar
Jonas Berg, ordförande
072-118 40 63
""",
                    charset="utf-8",
                    cte="8bit",
                ),
                attach("Budget_Alems_SFK.pdf", "application/pdf", _PDF_2921),
            ],
        ),
    ),
    label(
        "application",
        "sv",
        "association contact activity budget",
        "Anchoring missing: 'vi hoppas att många ska komma' is a hope, and a described wish for more local involvement is not backing (no meeting, survey, partner group or volunteers). Association: Ålems Sportfiskeklubb, 34 members, since 2009. Contact: Jonas Berg, chairman, own address, phone. Activity: two dated lectures with a fish biologist and a field day, with a stated local benefit. Budget: readable PDF attachment (Helvetica/WinAnsi text) with six items, total 10 300 = applied. 'både kvinnor och män' = women_and_men true. Renting waders and nets is rental, not an investment; the biologist's fee is not salary. Mutt client.",
        association_name="Ålems Sportfiskeklubb",
        contact_name="Jonas Berg",
        contact_email="jonas.berg.alem@example.net",
        contact_phone="072-118 40 63",
        members=34,
        ort="Ålem",
        amount_sek=10300,
        women_and_men=True,
    ),
)

# 2922 – bounce: the officer's reply to 2920 could not be delivered (mailbox full)
_ORIG_HDRS_2922 = f"""Return-Path: <landsbygdsutvecklare@example.se>
Received: from mail.example.se (mail.example.se [198.51.100.20])
	by mx1.example.com (Postfix) with ESMTPS id 4Qx9T21kLmz3N
	for <mackan92@example.com>; {date("2026-11-04 09:15:02")}
From: Landsbygdsutvecklare <landsbygdsutvecklare@example.se>
To: mackan92@example.com
Subject: {enc_subject("Sv: lan kvall silverdalen – vem är ni?")}
Date: {date("2026-11-04 09:14:58")}
Message-ID: <officer.20261104.0914.silverdalen@example.se>
In-Reply-To: {APP_IDS[2920]}
References: {APP_IDS[2920]}
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
"""
_DSN_2922 = f"""Reporting-MTA: dns; mx1.example.com
X-Postfix-Queue-ID: 4Qx9T21kLmz3N
Arrival-Date: {date("2026-11-04 09:15:02")}

Final-Recipient: rfc822; mackan92@example.com
Original-Recipient: rfc822;mackan92@example.com
Action: failed
Status: 5.2.2
Diagnostic-Code: smtp; 552 5.2.2 <mackan92@example.com>: Mailbox full, quota exceeded
"""
add(
    2922,
    "bounce-mailbox-full",
    message(
        [
            ("Date", date("2026-11-04 09:15:04")),
            ("From", addr("Mail Delivery System", "MAILER-DAEMON@mx1.example.com")),
            ("To", OFFICER),
            ("Subject", "Undelivered Mail Returned to Sender"),
            ("Message-ID", "<20261104081504.7E1A3200C4@mx1.example.com>"),
            ("Auto-Submitted", "auto-replied"),
        ],
        multi(
            "report",
            "4Qx9T21kLmz3N.1793783704/mx1.example.com",
            [
                text(
                    """This is the mail system at host mx1.example.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<mackan92@example.com>: host mx1.example.com[203.0.113.9] said: 552 5.2.2
    <mackan92@example.com>: Mailbox full, quota exceeded (in reply to RCPT TO
    command)
""",
                    charset="us-ascii",
                    cte="7bit",
                    disposition="notification",
                ),
                raw_part("message/delivery-status", _DSN_2922),
                raw_part("text/rfc822-headers", _ORIG_HDRS_2922),
            ],
            params="report-type=delivery-status",
        ),
    ),
    label(
        "bounce",
        "en",
        "",
        "Postfix delivery status notification (multipart/report; report-type=delivery-status with message/delivery-status and text/rfc822-headers): the officer's question to the unsigned sender of 2920 bounced with 552 mailbox full. The returned headers carry 2920's Message-ID in In-Reply-To/References, but this is a bounce, never a followup. All elements false, all facts null.",
    ),
)

# 2923 – Örsjö: activity and anchoring missing; formal, Outlook multipart/alternative
ORG_2923 = orgnr("802455103")
_TXT_2923 = f"""Hej,

Örsjö Sockenråd, org.nr {ORG_2923}, ansöker härmed om 15 000 kr ur idéslanten för utvecklingsinsatser i Örsjö under 2027 som ska stärka bygden och göra Örsjö mer attraktivt att bo i.

Sockenrådet är en ideell förening med 88 medlemmar som verkar för hela Örsjö socken i Nybro kommun. Aktiviteten har god förankring.

Budget
Föreläsare 6 000 kr
Lokalhyra 3 000 kr
Marknadsföring 2 000 kr
Studieresa 4 000 kr
Summa 15 000 kr

Med vänlig hälsning

Rolf Axelsson
Ordförande Örsjö Sockenråd
Tel 0481-620 14
"""
_HTML_2923 = (
    '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><style>p.MsoNormal{margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;}</style></head><body lang="SV"><div class="WordSection1">'
    + "".join(
        f'<p class="MsoNormal">{ln if ln else "&nbsp;"}</p>'
        for ln in _TXT_2923.rstrip("\n").split("\n")
    )
    + "</div></body></html>\n"
)
add(
    2923,
    "orsjo-utvecklingsinsatser",
    message(
        [
            ("From", addr("Rolf Axelsson", "rolf.axelsson@example.se")),
            ("To", addr("ideslanten@example.se", "ideslanten@example.se")),
            ("Subject", enc_subject("Ansökan Örsjö Sockenråd")),
            ("Thread-Topic", enc_subject("Ansökan Örsjö Sockenråd")),
            ("Thread-Index", "AdxO2f3s0rsjoSockenrad1A2B3C4D=="),
            ("Date", date("2026-11-05 08:03:29")),
            (
                "Message-ID",
                "<AM6PR04MB4423C1D2E3F4A5B6C7D8E9F0A1B2C3@AM6PR04MB4423.eurprd04.prod.example.se>",
            ),
            ("Content-Language", "sv-SE"),
            ("X-MS-Has-Attach", ""),
        ],
        multi(
            "alternative",
            "_000_AM6PR04MB4423C1D2E3F4A5B6C7D8E9F0A1B2C3_",
            [
                text(_TXT_2923, cte="quoted-printable"),
                text(_HTML_2923, "html", cte="quoted-printable"),
            ],
        ),
    ),
    label(
        "application",
        "sv",
        "association contact budget",
        "Activity and anchoring missing. Activity: 'utvecklingsinsatser ... som ska stärka bygden och göra Örsjö mer attraktivt' is a vague goal; the budget headings (föreläsare, studieresa) do not say what, when or how. Anchoring: 'Aktiviteten har god förankring' is the word without content. Association: Örsjö Sockenråd with org.nr and 88 members; contact: chairman Rolf Axelsson from his own address with phone; budget: four items summing to 15 000 = applied. Outlook multipart/alternative with MsoNormal HTML. No gender wording: women_and_men null.",
        association_name="Örsjö Sockenråd",
        org_number=ORG_2923,
        contact_name="Rolf Axelsson",
        contact_email="rolf.axelsson@example.se",
        contact_phone="0481-620 14",
        members=88,
        ort="Örsjö",
        amount_sek=15000,
    ),
)


# 2924 – Vassmolösa: complete, cheerful, budget in .xlsx
_XLSX_2924 = xlsx(
    [
        ["Budget studieresa – Vassmolösa Byalag", None, None],
        ["Post", "Antal", "Belopp kr"],
        ["Hyra buss med chaufför, 1 dag", "1", 6500],
        ["Visning/föredrag på gårdar", "3 x 1000", 3000],
        ["Lunch", "35 x 110", 3850],
        ["Tryck av gårdsbutikskarta", "", 1200],
        ["Summa", "", 14550],
    ],
    sheet="Budget",
)
add(
    2924,
    "vassmolosa-gardsbutiker-studieresa",
    message(
        [
            ("Date", date("2026-11-06 15:24:48")),
            ("From", addr("Linnéa Gustafsson", "linnea.gustafsson@example.com")),
            ("To", "ideslanten@example.se"),
            (
                "Subject",
                enc_subject("Studieresa gårdsbutiker 🚌 Vassmolösa Byalag söker idéslanten"),
            ),
            ("Message-ID", "<CAJk2nR8vWq3yZ0p5sT6Vassmolosa4bC7dE9fG1hJ2k@mail.example.com>"),
        ],
        multi(
            "mixed",
            "000000000000f1e2d30614vassmo",
            [
                text(
                    """Hej hej!

Jag heter Linnéa Gustafsson och sitter i styrelsen för Vassmolösa Byalag söder om Kalmar. Vi är 47 medlemmar och ordnar bland annat midsommar, städdag och en höstmarknad.

I byn finns sex gårdar som säljer kött, ägg, grönsaker och honung, men nästan ingen vet om varandra 😊 Vi vill därför åka på studieresa lördag 8 maj 2027 med ca 35 personer, både tjejer och grabbar i alla åldrar, till tre gårdsbutiker och en REKO-ring på Öland och lära oss hur de samarbetar. Efter resan gör vi en gemensam karta över gårdsbutikerna i Vassmolösa och startar ett utlämningsställe vid bygdegården, så att det blir lättare att handla lokalt och gårdarna får fler kunder.

Idén kommer från medlemsmötet 14 oktober där alla sex gårdarna var med och ställde sig bakom, och 35 personer har redan skrivit upp sig på listan i bygdegården.

Budgeten ligger i bifogad Excel-fil, totalt 14 550 kr som vi söker.

Ring eller mejla om något är oklart!
Linnéa
070-993 04 58
""",
                    cte="quoted-printable",
                ),
                attach(
                    "budget_vassmolosa.xlsx",
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                    _XLSX_2924,
                ),
            ],
        ),
    ),
    label(
        "application",
        "sv",
        "all",
        "Complete, cheerful Gmail application with emoji (also in the encoded-word subject) and the budget in a readable .xlsx (four items, total 14 550 = applied). Association: Vassmolösa Byalag, 47 members, activities. Contact: Linnéa Gustafsson introduces herself and signs from her own address with mobile. Activity: dated study trip to farm shops and a REKO ring, followed by a local map and pick-up point. Anchoring: member meeting where all six farms backed it, 35 signed up (not members). 'både tjejer och grabbar' = women_and_men true. Bus hire and lunch are not investments; printing a map is a consumable.",
        association_name="Vassmolösa Byalag",
        contact_name="Linnéa Gustafsson",
        contact_email="linnea.gustafsson@example.com",
        contact_phone="070-993 04 58",
        members=47,
        ort="Vassmolösa",
        amount_sek=14550,
        women_and_men=True,
    ),
)

# 2925 – question in English from newcomers in Grönskåra
add(
    2925,
    "gronskara-question-english",
    message(
        [
            ("Date", date("2026-11-09 11:41:20")),
            ("From", addr("Maarten de Vries", "maarten.devries@example.net")),
            ("To", "ideslanten@example.se"),
            ("Subject", "Question about the ideslanten grant"),
            ("Message-ID", "<0b8e4f2a-91c7-4d3e-a6f5-gronskara2925@example.net>"),
            ("User-Agent", "Mozilla Thunderbird 128.3.1"),
        ],
        text(
            """Hello,

My wife and I moved to Grönskåra (Högsby municipality) two years ago. Together
with about twelve other families, Swedish and foreign, we meet now and then and
would like to organise something for the village next year.

Before we start planning, two questions:

1. We are not a registered association and have no organisation number. Can an
   informal group like ours apply at all, or do we need to form an association
   first?
2. Is there a deadline this year? Someone told us the money runs out in
   December.

Thank you very much!

Best regards,
Maarten de Vries
""",
            charset="utf-8",
            cte="quoted-printable",
        ),
    ),
    label(
        "question",
        "en",
        "",
        "Question in English from an informal newcomers' group: can an unregistered group apply, and is there a deadline this year. Nothing is applied for and no activity is described, so question, all elements false. Facts: the writer's name and own address, ort Grönskåra; 'about twelve other families' are not members of any association, so members null; no association name.",
        contact_name="Maarten de Vries",
        contact_email="maarten.devries@example.net",
        ort="Grönskåra",
    ),
)

# 2926 – Blackstad: budget missing (announced attachment is only a poster image)
ORG_2926 = orgnr("802561238")
add(
    2926,
    "blackstad-berattarkvallar-affisch",
    message(
        [
            ("Date", date("2026-11-10 20:05:51")),
            ("From", addr("Eva-Lena Sandqvist", "evalena.sandqvist@example.org")),
            ("To", "ideslanten@example.se"),
            ("Subject", enc_subject("Berättarkvällar i Blackstad – ansökan")),
            ("Message-ID", "<c1a7e0f3-2926-4b8d-9e2f-blackstad@example.org>"),
            (
                "User-Agent",
                "Mozilla/5.0 (Macintosh; Intel Mac OS X 10.15; rv:128.0) Gecko/20100101 Thunderbird/128.3.1",
            ),
        ],
        multi(
            "mixed",
            "------------Bl4ckst4dK8m2Qp0Zr7",
            [
                text(
                    f"""Hej!

Blackstads Kulturförening (org.nr {ORG_2926}) söker 9 000 kr ur idéslanten.

Vi är 39 medlemmar i Blackstad utanför Västervik och ordnar konserter,
filmkvällar och en sommarteater vartannat år.

Nu vill vi ha tre berättarkvällar i Blackstads församlingshem den 22 januari,
19 februari och 19 mars 2027. Till varje kväll bjuder vi in en berättare
utifrån och två ur bygden som berättar om sin by, sitt yrke eller en händelse
de minns. Kvällarna ska få folk från de olika byarna i socknen att träffas i
den mörkaste tiden, och berättelserna spelas in till hembygdsföreningens arkiv.

Vi planerade kvällarna på byamötet 20 september, och församlingen lånar ut
församlingshemmet gratis. Blackstads IF sköter serveringen.

Budgeten finns i bifogade filen.

Varma hälsningar
Eva-Lena Sandqvist
ordförande
070-415 27 88
""",
                    cte="8bit",
                ),
                attach(
                    "affisch_berattarkvallar.png",
                    "image/png",
                    png(48, 32, [(24, 32, 64), (220, 180, 90), (24, 32, 64)]),
                ),
            ],
        ),
    ),
    label(
        "application",
        "sv",
        "association contact activity anchoring",
        "Budget missing: the text says 'Budgeten finns i bifogade filen' but the only attachment is a small PNG poster with no budget, and the body has only the bare 9 000 kr – so budget false, amount_sek 9 000. Association: Blackstads Kulturförening with org.nr, 39 members, activities. Contact: Eva-Lena Sandqvist, own address, phone. Activity: three dated storytelling evenings with outside and local storytellers, recordings to the archive. Anchoring: planned at the village meeting, the parish lends the hall, the sports club runs the café. No gender wording: women_and_men null. Storytellers' fees are not salary.",
        association_name="Blackstads Kulturförening",
        org_number=ORG_2926,
        contact_name="Eva-Lena Sandqvist",
        contact_email="evalena.sandqvist@example.org",
        contact_phone="070-415 27 88",
        members=39,
        ort="Blackstad",
        amount_sek=9000,
    ),
)

# 2927 – followup to 2917 (Sandby): contact supplied, budget still 'later'; Outlook quoting
add(
    2927,
    "sandby-kontakt-budget-senare",
    message(
        [
            ("From", addr("Tomas Öberg", "tomas.oberg@example.com")),
            ("To", addr("Idéslanten – Region Kalmar län", "ideslanten@example.se")),
            (
                "Subject",
                enc_subject(
                    "SV: Ansökan – föreläsningar och guideutbildning om Sandby borg [Idéslanten 2026-0146]"
                ),
            ),
            ("Date", date("2026-11-11 07:12:36")),
            (
                "Message-ID",
                "<HE1PR03MB2871D4E5F6A7B8C9D0E1F2A3B4C5D6@HE1PR03MB2871.eurprd03.prod.example.com>",
            ),
            ("In-Reply-To", receipt_id("2026-0146")),
            ("References", f"{APP_IDS[2917]} {receipt_id('2026-0146')}"),
            ("Content-Language", "sv-SE"),
        ],
        text(
            "Hej,\n\nKontaktperson för Sandby Byalag blir jag, Tomas Öberg (kassör), tomas.oberg@example.com, tel 070-287 61 35.\n\nBudgeten återkommer vi med efter styrelsemötet den 18 november.\n\n/Tomas\n\n-----Ursprungligt meddelande-----\nFrån: Idéslanten – Region Kalmar län <ideslanten@example.se>\nSkickat: den 27 oktober 2026 19:49\nTill: Sandby Byalag <sandbybyalag@example.net>\nÄmne: Re: Ansökan – föreläsningar och guideutbildning om Sandby borg [Idéslanten 2026-0146]\n\n"
            + receipt("2026-0146", ["contact", "budget"]),
            cte="quoted-printable",
        ),
    ),
    label(
        "followup",
        "sv",
        "contact",
        "Followup to 2917 from a board member's own address (threaded on the bot's receipt, application in References); the receipt was sent to the shared mailbox and is quoted below an Outlook '-----Ursprungligt meddelande-----' block without '>' markers. New text supplies the contact person (Tomas Öberg, e-mail, phone) – contact true – but the budget only as 'återkommer vi med efter styrelsemötet', so budget false. The quoted budget guidance line must not count.",
        association_name="Sandby Byalag",
        contact_name="Tomas Öberg",
        contact_email="tomas.oberg@example.com",
        contact_phone="070-287 61 35",
    ),
)

# 2928 – Gullringen: association, anchoring and budget missing; short
add(
    2928,
    "gullringen-forelasning-starta-foretag",
    message(
        [
            ("Date", date("2026-11-12 12:31:09")),
            ("From", addr("Emil Sjöberg", "emil.sjoberg@example.net")),
            ("To", "ideslanten@example.se"),
            ("Subject", enc_subject("föreläsning i Gullringen")),
            ("Message-ID", "<1e5b0c7d-gullringen-2928@example.net>"),
            ("User-Agent", "Microsoft-MacOutlook/16.90.24101712"),
        ],
        text(
            """Hej,

Vi vill söka idéslanten för en föreläsning i Gullringens bygdegård torsdag 11 februari kl 19 om hur man startar och driver företag på landsbygden. Föreläsaren driver själv ett snickeri med fyra anställda i en by i Småland och berättar om finansiering, att hitta folk och att jobba hemifrån. Efteråt blir det mingel med kaffe där den som funderar på att starta något kan prata med kommunens näringslivsutvecklare. Öppen för alla, kvinnor som män. Vi hoppas att det leder till fler företag och jobb i Gullringen.

Det kostar ungefär 8 000 kr.

Emil Sjöberg
073-602 55 19
""",
            cte="8bit",
        ),
    ),
    label(
        "application",
        "sv",
        "contact activity",
        "Short application missing association, anchoring and budget. Association: only 'vi' – no named group. Anchoring: a hope that it leads to more businesses; the municipal business adviser attending the evening is part of the programme, not local backing. Budget: a single rough figure 'ungefär 8 000 kr' – amount 8 000, no items. Contact: Emil Sjöberg, own address, phone. Activity: a dated lecture on starting a rural business with networking afterwards – concrete. 'kvinnor som män' = women_and_men true. Mac Outlook, utf-8 8bit, lower-case subject.",
        contact_name="Emil Sjöberg",
        contact_email="emil.sjoberg@example.net",
        contact_phone="073-602 55 19",
        ort="Gullringen",
        amount_sek=8000,
        women_and_men=True,
    ),
)


# 2929 – newsletter from a membership-software vendor, HTML only, List-Unsubscribe but no Precedence
_HTML_2929 = """<!doctype html><html><head><meta charset="utf-8"><title>Föreningsnytt november</title></head>
<body style="margin:0;background:#eef3f7;font-family:Helvetica,Arial,sans-serif">
<div style="max-width:620px;margin:0 auto;background:#fff;padding:24px">
<img src="https://cdn.example.com/kassaboken/logo.png" alt="Kassaboken" width="140">
<h1 style="color:#1d4e89">Föreningsnytt – november 2026</h1>
<p>Hej föreningsvän!</p>
<p><b>Årsbokslutet närmar sig.</b> Med vår nya bokslutsguide stänger ni året på en kvart. Logga in och välj <i>Bokslut 2026</i>.</p>
<p><b>Nyhet: bidragsmallar.</b> Skriv ansökningar till kommun, region och stiftelser direkt i Kassaboken – budgeten hämtas automatiskt från er bokföring. Perfekt nu när många bidrag stänger vid årsskiftet!</p>
<p><b>Webbinarium 26 november kl 19:</b> "Digitala årsmöten – så gör ni".</p>
<p style="text-align:center"><a href="https://kassaboken.example.com/webbinarium?utm_source=nl1126" style="background:#1d4e89;color:#fff;padding:12px 28px;border-radius:4px;text-decoration:none">Anmäl dig här</a></p>
<p style="font-size:11px;color:#888">Kassaboken AB · Du får det här mejlet eftersom du har ett konto hos oss. <a href="https://kassaboken.example.com/u/ideslanten-9f2c">Avsluta prenumerationen</a></p>
</div></body></html>
"""
add(
    2929,
    "nyhetsbrev-kassaboken",
    message(
        [
            ("Date", date("2026-11-13 07:00:03")),
            ("From", addr("Kassaboken", "nyheter@kassaboken.example.com")),
            ("Reply-To", "support@kassaboken.example.com"),
            ("To", "ideslanten@example.se"),
            ("Subject", enc_subject("Bokslut på en kvart + nya bidragsmallar 📄")),
            ("Message-ID", "<20261113060003.nl1126.9f2c@send.kassaboken.example.com>"),
            ("List-Unsubscribe", "<https://kassaboken.example.com/u/ideslanten-9f2c>"),
            ("Feedback-ID", "nl1126:kassaboken:mailer"),
        ],
        text(_HTML_2929, "html", cte="quoted-printable"),
    ),
    label(
        "newsletter",
        "sv",
        "",
        "Commercial newsletter from a bookkeeping-software vendor, HTML only, with List-Unsubscribe but no Precedence or List-Id. It talks about grant applications and budgets ('bidragsmallar'), which must not make it an application or question. All elements false, all facts null.",
    ),
)

# 2930 – Långemåla: complete, older forest owner, iso-8859-1 base64
ORG_2930 = orgnr("802419882")
add(
    2930,
    "langemala-skogsdag-hyggesfritt",
    message(
        [
            ("Date", date("2026-11-16 09:44:30")),
            ("From", addr("Bertil Ståhl", "bertil.stahl@example.se", "iso-8859-1")),
            ("To", "ideslanten@example.se"),
            (
                "Subject",
                enc_subject("Ansökan idéslanten Långemåla Bygdegårdsförening", "iso-8859-1"),
            ),
            ("Message-ID", "<000c01dc57a8$1b2c3d40$51869ac0$@example.se>"),
            ("X-Mailer", "Microsoft Office Outlook 12.0"),
        ],
        text(
            f"""Hej!

Långemåla Bygdegårdsförening, org.nr {ORG_2930}, i Högsby kommun söker härmed
bidrag ur idéslanten. Föreningen äger och sköter bygdegården i Långemåla och har
61 medlemmar.

AKTIVITET: Två föreläsningskvällar i bygdegården (28 januari och 25 februari
2027) om hyggesfritt skogsbruk och om att sköta skog tillsammans med grannar,
med en skogskonsult som föreläsare, och en skogsdag lördag 24 april ute i ett
bestånd i byn där vi ser hur det ser ut i verkligheten. Här är nästan alla
skogsägare men många, inte minst kvinnor som ärvt skog, känner sig osäkra. Vi
vill att både kvinnor och män i bygden ska kunna ta egna beslut om sin skog och
att pengarna från skogen stannar i bygden.

FÖRANKRING: LRF-avdelningen i Långemåla och jaktlaget står som medarrangörer,
och 40 personer har redan anmält intresse på listan i bygdegården.

BUDGET:
Föreläsare/skogskonsult 2 kvällar a 3 500 kr = 7 000 kr
Skogsdagen, konsultens arvode = 2 000 kr
Lokalkostnad (el, städning) 2 x 600 = 1 200 kr
Fika = 1 500 kr
Annons Högsby-bladet = 800 kr
Summa = 12 500 kr

Kontaktperson: Bertil Ståhl, kassör
Tel. 0491-310 42, mobil 070-834 29 61
bertil.stahl@example.se

Med vänlig hälsning
Bertil Ståhl
""",
            charset="iso-8859-1",
            cte="base64",
        ),
    ),
    label(
        "application",
        "sv",
        "all",
        "Complete application from an older forest owner, iso-8859-1 base64 body (old Outlook), capitalised headings, 'a' instead of 'à'. Association with org.nr, 61 members and what it owns; contact Bertil Ståhl with address and two phones (first 0491-310 42); two dated lectures and a forest day with a consultant and a stated local purpose; anchoring through two named local co-organisers and 40 interested; five budget items summing to 12 500. 'både kvinnor och män' = women_and_men true. The consultant's fees are lecturer fees, not salary; the association owns the bygdegård but nothing is bought or built.",
        association_name="Långemåla Bygdegårdsförening",
        org_number=ORG_2930,
        contact_name="Bertil Ståhl",
        contact_email="bertil.stahl@example.se",
        contact_phone="0491-310 42",
        members=61,
        ort="Långemåla",
        amount_sek=12500,
        women_and_men=True,
    ),
)

# 2931 – followup to 2923 (Örsjö): activity and anchoring supplied, iPhone top-post
add(
    2931,
    "orsjo-komplettering-aktivitet",
    message(
        [
            ("Content-Type", "text/plain; charset=utf-8"),
            ("Content-Transfer-Encoding", "quoted-printable"),
            ("From", addr("Rolf Axelsson", "rolf.axelsson@example.se")),
            ("Mime-Version", "1.0 (1.0)"),
            ("Date", date("2026-11-17 21:26:14")),
            ("Subject", enc_subject("Re: Ansökan Örsjö Sockenråd [Idéslanten 2026-0153]")),
            ("Message-ID", "<9D2E7B41-6C3A-4F85-B0E1-2931ORSJO@example.se>"),
            ("References", f"{APP_IDS[2923]} {receipt_id('2026-0153')}"),
            ("In-Reply-To", receipt_id("2026-0153")),
            ("To", BOT),
            ("X-Mailer", "iPhone Mail (22B83)"),
        ],
        (
            [],
            quopri.encodestring(
                (
                    """Hej igen. Här kommer mer om vad vi ska göra.

Projektet heter "Örsjö 2030". Två kvällar i Örsjö bygdegård (10 februari och 10 mars 2027) med en föreläsare som jobbat med bygdeutveckling i andra socknar, där vi går igenom vad som finns och saknas i Örsjö: bredband, skolskjuts, tomter, service. I maj gör vi en studieresa med buss till en by i Kronoberg som startat ett bygdekooperativ som driver affär och drivmedel. I juni har vi en workshop där alla får välja tre saker som sockenrådet ska driva vidare.

Förankring: på ett öppet sockenmöte 10 november var 54 personer och röstade för upplägget. Örsjö IF och Örsjö hembygdsförening är med och arrangerar, och skolans föräldraförening bjuder in barnfamiljerna.

Rolf Axelsson

Skickat från min iPhone

> 5 nov. 2026 kl. 08:04 skrev Idéslanten – Region Kalmar län <ideslanten@example.se>:
>
"""
                    + quote(receipt("2026-0153", ["activity", "anchoring"]))
                    + "\n"
                ).encode()
            ),
        ),
        mime_version=False,
    ),
    label(
        "followup",
        "sv",
        "contact activity anchoring",
        "iPhone top-posted followup to 2923 supplying the two missing elements: activity (two dated evenings with a lecturer, a study trip to a village cooperative, a workshop to choose three priorities) and anchoring (open parish meeting with 54 attendees that voted for it, two named co-organising clubs and the parents' association). Signed 'Rolf Axelsson' from the same own address as the application's signer Rolf Axelsson – contact true. No budget in the new text; the receipt quoted with '>' below 'Skickat från min iPhone' must not count. The lecturer's fee is not salary.",
        contact_name="Rolf Axelsson",
        contact_email="rolf.axelsson@example.se",
        ort="Örsjö",
    ),
)

# 2932 – Vickleby: contact missing (name only in the From header), iso-8859-1 QP
ORG_2932 = orgnr("802488401")
add(
    2932,
    "vickleby-laga-mat-generationer",
    message(
        [
            ("Date", date("2026-11-18 16:37:52")),
            ("From", addr("Inger Fransson", "inger.fransson@example.com", "iso-8859-1")),
            ("To", "ideslanten@example.se"),
            ("Subject", enc_subject("Vickleby Byalag söker idéslanten", "iso-8859-1")),
            ("Message-ID", "<5a1e9f0c3b2d.vickleby.2932@example.com>"),
            ("User-Agent", "Roundcube Webmail/1.5.8"),
        ],
        text(
            f"""Vickleby Byalag, org.nr {ORG_2932}, har 44 medlemmar och arbetar för att
Vickleby på västra Öland ska vara en levande by även vintertid.

Vi ansöker om 11 400 kr till "Laga mat över generationerna": fyra
söndagseftermiddagar i Vickleby bygdegård (januari till april 2027) där en
kock lär ut mat från öländska råvaror och där äldre och barn lagar mat ihop.
Det blir ett sätt för barnfamiljer och pensionärer i byn att lära känna
varandra, och recepten samlas i ett häfte för hela byn. Öppet för alla,
kvinnor och män, gamla och unga.

Byastämman den 27 september beslutade att vi skulle söka, och 4H-klubben och
PRO Vickleby är med och arrangerar.

Budget:
Kock, arvode 4 x 1 800 kr = 7 200 kr
Råvaror 4 x 700 kr = 2 800 kr
Hyra bygdegården 4 x 350 kr = 1 400 kr
Summa 11 400 kr

Mvh
Vickleby Byalag
""",
            charset="iso-8859-1",
            cte="quoted-printable",
        ),
    ),
    label(
        "application",
        "sv",
        "association activity anchoring budget",
        "Contact missing: the body is signed only 'Vickleby Byalag'; the person's name appears only in the From header, which does not count, so contact false and contact facts null. Association with org.nr and 44 members; four cooking afternoons with a cook, mixing generations, concrete; anchoring by the byastämma decision and two co-organising local groups; budget with three items summing to 11 400 = applied. 'kvinnor och män' = women_and_men true. The cook's fee is a course leader's fee, not salary; food is consumable. iso-8859-1 quoted-printable, encoded-word From and Subject.",
        association_name="Vickleby Byalag",
        org_number=ORG_2932,
        members=44,
        ort="Vickleby",
        amount_sek=11400,
        women_and_men=True,
    ),
)

# 2933 – autoreply WITHOUT any automation header, subject looks like a normal reply
add(
    2933,
    "vickleby-bortrest-utan-huvud",
    message(
        [
            ("Date", date("2026-11-19 08:52:07")),
            ("From", addr("Inger Fransson", "inger.fransson@example.com", "iso-8859-1")),
            ("To", addr("Landsbygdsutvecklare", OFFICER)),
            ("Subject", enc_subject("Re: Vickleby Byalag – vem är kontaktperson?")),
            ("Message-ID", "<vac.2933.5a1e9f0c@example.com>"),
            ("In-Reply-To", "<officer.20261119.0851.vickleby@example.se>"),
            ("References", f"{APP_IDS[2932]} <officer.20261119.0851.vickleby@example.se>"),
        ],
        text(
            "Hej!\n\nJag är bortrest till och med den 29 november och har begränsad tillgång till e-post. Ditt mejl läses när jag kommer hem.\n\nVänliga hälsningar\nInger\n",
            charset="iso-8859-1",
            cte="8bit",
        ),
    ),
    label(
        "autoreply",
        "sv",
        "",
        "Vacation reply WITHOUT any automation header (no Auto-Submitted, X-Autoreply or Precedence) and with a 'Re:' subject identical to a real reply, answering the officer's question to the sender of 2932 (References carries 2932's Message-ID). Only the body ('bortrest till och med den 29 november ... läses när jag kommer hem') shows it is an out-of-office message. Not a followup: it adds nothing; all elements false, all facts null, and the bot must not reply.",
    ),
)

# 2934 – Kristvalla: anchoring and budget missing; HTML only (windows-1252); buys a party tent
add(
    2934,
    "kristvalla-julmarknad-talt",
    message(
        [
            ("Date", date("2026-11-20 13:10:45")),
            ("From", addr("Anders Lind", "anders.lind.kristvalla@example.net")),
            ("To", "ideslanten@example.se"),
            ("Subject", enc_subject("Julmarknad i Kristvalla 12/12", "windows-1252")),
            ("Message-ID", "<web.2934.kristvalla.7b3c@webmail.example.net>"),
            ("X-Mailer", "Webmail 9.4"),
        ],
        text(
            """<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"></head><body>
<div>Hej!</div><div>&nbsp;</div>
<div>Jag skriver från <b>Kristvalla Intresseförening</b> i Nybro kommun. Vi är 62 medlemmar och har hand om badplatsen och festplatsen vid sjön.</div><div>&nbsp;</div>
<div>Lördag 12 december 2026 ordnar vi julmarknad på festplatsen kl 11–15, med ett tjugotal bord för lokala hantverkare och odlare, luciatåg med skolbarnen, tomteverkstad för barnen och servering. Tanken är att folk handlar av varandra i byn i stället för att åka till köpcentrum och att de som säljer får nya kunder.</div><div>&nbsp;</div>
<div>Kostnaden landar runt 15 000 kr, det mesta går till ett nytt partytält 6x12 m som vi sen kan använda på alla våra arrangemang.</div><div>&nbsp;</div>
<div>Mvh<br>Anders Lind<br>ordf. Kristvalla Intresseförening<br>0480-471 26</div>
</body></html>
""",
            "html",
            charset="windows-1252",
            cte="quoted-printable",
        ),
    ),
    label(
        "application",
        "sv",
        "association contact activity",
        "HTML-only windows-1252 mail missing anchoring and budget. Anchoring: nothing about a meeting, survey, partners or volunteers (stallholders and the school's lucia are part of the event, not backing for the application). Budget: 'landar runt 15 000 kr' with one unpriced main item is a bare total – false; amount 15 000. The money mostly buys a new 6x12 m party tent, so physical_investment true. Association: Kristvalla Intresseförening, 62 members, what it runs. Contact: Anders Lind, own address, phone. Activity: dated Christmas market with stalls and a local-trade purpose. No gender wording: women_and_men null.",
        association_name="Kristvalla Intresseförening",
        contact_name="Anders Lind",
        contact_email="anders.lind.kristvalla@example.net",
        contact_phone="0480-471 26",
        members=62,
        ort="Kristvalla",
        amount_sek=15000,
        physical_investment=True,
    ),
)


# 2935 – followup to 2928 (Gullringen): association + budget (.xlsx), anchoring still missing
ORG_2935 = orgnr("802547914")
_XLSX_2935 = xlsx(
    [
        ["Kostnad", "Kronor"],
        ["Föreläsare arvode", 5000],
        ["Föreläsare resa", 1200],
        ["Hyra Gullringens bygdegård", 800],
        ["Kaffe och smörgås", 1000],
        ["Totalt", 8000],
    ]
)
add(
    2935,
    "gullringen-forening-och-budget",
    message(
        [
            ("Date", date("2026-11-23 19:58:40")),
            ("From", addr("Emil Sjöberg", "emil.sjoberg@example.net")),
            ("To", BOT),
            ("Subject", enc_subject("Re: föreläsning i Gullringen [Idéslanten 2026-0158]")),
            ("Message-ID", "<4c2f8a91-gullringen-2935@example.net>"),
            ("In-Reply-To", receipt_id("2026-0158")),
            ("References", f"{APP_IDS[2928]} {receipt_id('2026-0158')}"),
            ("User-Agent", "Microsoft-MacOutlook/16.90.24101712"),
        ],
        multi(
            "mixed",
            "B_3887213920_1029384756",
            [
                text(
                    f"""Hej,

Sorry, lite kort förra gången. Vi som står bakom är Gullringens Företagarförening, en ideell förening för småföretagare i och runt Gullringen. Vi har 23 medlemmar, org nr {ORG_2935}.

Budget bifogas (Excel), totalt 8 000 kr.

/Emil Sjöberg
073-602 55 19

Från: Idéslanten – Region Kalmar län <ideslanten@example.se>
Datum: torsdag, 12 november 2026 12:31
Till: Emil Sjöberg <emil.sjoberg@example.net>
Ämne: Re: föreläsning i Gullringen [Idéslanten 2026-0158]

"""
                    + receipt("2026-0158", ["association", "anchoring", "budget"], variant=1),
                    cte="quoted-printable",
                ),
                attach(
                    "Budget Gullringen.xlsx",
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                    _XLSX_2935,
                ),
            ],
        ),
    ),
    label(
        "followup",
        "sv",
        "association contact budget",
        "Mac Outlook followup to 2928 with an .xlsx budget. New text supplies the association (Gullringens Företagarförening, what it is, 23 members, org.nr) and the budget (four items in the spreadsheet, total 8 000); signed by Emil Sjöberg from his own address with phone, so contact true. Anchoring, also asked for in the quoted receipt, is still not given – anchoring false. Activity is not repeated in the new text. The quoted receipt (Från/Datum/Till/Ämne block) must not count.",
        association_name="Gullringens Företagarförening",
        org_number=ORG_2935,
        contact_name="Emil Sjöberg",
        contact_email="emil.sjoberg@example.net",
        contact_phone="073-602 55 19",
        members=23,
        ort="Gullringen",
        amount_sek=8000,
    ),
)

# 2936 – Hagby: activity missing (vague) in a long, formal mail; budget as .csv; utf-8 base64 body
ORG_2936 = orgnr("802403316")
_CSV_2936 = "Post;Belopp (kr)\r\nLokalhyra;3000\r\nArvoden föreläsare;5000\r\nAnnonsering;1500\r\nFika;2000\r\nMaterial;1000\r\nSumma;12500\r\n"
add(
    2936,
    "hagby-samhallsforening-gemenskap",
    message(
        [
            ("Date", date("2026-11-24 10:16:22")),
            ("From", addr("Birgit Nordström", "birgit.nordstrom@example.org")),
            ("To", "ideslanten@example.se"),
            (
                "Subject",
                enc_subject("Ansökan om regional bygdepeng (idéslanten) – Hagby Samhällsförening"),
            ),
            ("Message-ID", "<7e1d0c2b-hagby-4a9f-2936-b3c4d5e6f708@example.org>"),
            ("User-Agent", "Mozilla Thunderbird 115.16.0"),
        ],
        multi(
            "mixed",
            "------------HgBy2936xQ4wErT5yU",
            [
                text(
                    f"""Till landsbygdsutvecklaren, Region Kalmar län

Hagby Samhällsförening (org.nr {ORG_2936}) vill härmed ansöka om 12 500 kr ur
regional bygdepeng – idéslanten.

Föreningen bildades 1952 som en fortsättning på Hagby byalag och har i dag 210
medlemmar, de flesta i Hagby tätort men också i byarna runt omkring. Under
åren har vi drivit frågor om gång- och cykelväg till Kalmar, om att behålla
skolan och om bredband, och vi ordnar varje år nationaldagsfirande och
julmarknad. Föreningen har en styrelse på sju personer och ett aktivt
medlemsregister.

Under våren 2027 vill vi genomföra insatser för att stärka gemenskapen och
utveckla Hagby som boendeort. Vi ser att det behövs, eftersom många nya har
flyttat in i de nya husen vid skolan och inte hittat in i föreningslivet.

Förankringen är god: på stormötet i Hagby bygdegård den 4 oktober deltog ett
åttiotal boende, och mötet gav styrelsen i uppdrag att söka medel. Hagby IK,
föräldraföreningen vid Hagby skola och Hagby församling har lovat att vara med
och sprida information och hjälpa till praktiskt.

Budget bifogas som CSV-fil (totalt 12 500 kr).

Kontaktperson är undertecknad.

Med vänlig hälsning

Birgit Nordström
sekreterare, Hagby Samhällsförening
birgit.nordstrom@example.org
0480-340 19
""",
                    cte="base64",
                ),
                attach("budget_hagby.csv", "text/csv; charset=utf-8", _CSV_2936.encode("utf-8")),
            ],
        ),
    ),
    label(
        "application",
        "sv",
        "association contact anchoring budget",
        "Long, formal application missing only the activity: 'insatser för att stärka gemenskapen och utveckla Hagby som boendeort' plus a described need (newcomers) is not a concrete what/when/how; the budget headings do not make it one. Association: Hagby Samhällsförening, org.nr, 210 members, history. Contact: Birgit Nordström, 'kontaktperson är undertecknad', own address and phone. Anchoring: stormöte with about eighty residents (attendance, not members) that mandated the application, plus three named local partners. Budget: semicolon-separated CSV attachment (CRLF lines inside base64) with five items, total 12 500 = applied. utf-8 base64 body. No gender wording: women_and_men null. 'Material' is unspecified consumables, not an investment.",
        association_name="Hagby Samhällsförening",
        org_number=ORG_2936,
        contact_name="Birgit Nordström",
        contact_email="birgit.nordstrom@example.org",
        contact_phone="0480-340 19",
        members=210,
        ort="Hagby",
        amount_sek=12500,
    ),
)

# 2937 – spam: advance-fee 'EU rural fund' in English
add(
    2937,
    "spam-eu-rural-fund",
    message(
        [
            ("Date", date("2026-11-25 02:44:19")),
            ("From", addr("Dr. Martin Hughes", "m.hughes.eufund@example.com")),
            ("Reply-To", "claims.office.eu@example.org"),
            ("To", addr("Beneficiary", "undisclosed-recipients@example.net")),
            (
                "Subject",
                "URGENT: Unclaimed Rural Development Grant of EUR 850,000.00 in your favour",
            ),
            ("Message-ID", "<20261125014419.77412.qmail@relay7.example.com>"),
            ("X-Priority", "1 (Highest)"),
        ],
        text(
            """Attention: Beneficiary,

I am Dr. Martin Hughes, Director of Foreign Remittance at the European Rural
Development Compensation Office. Your organisation has been selected to
receive a rural development grant of EUR 850,000.00 (Eight Hundred and Fifty
Thousand Euros) which has remained unclaimed since 2019.

To release the funds before the end of the fiscal year you are required to
pay a processing and clearance fee of EUR 1,250 and send the following:

1. Full name of organisation
2. Bank account details and IBAN
3. Copy of ID of the chairman

Reply ONLY to claims.office.eu@example.org within 72 hours or the funds will be
returned to the treasury.

Yours faithfully,
Dr. Martin Hughes
""",
            charset="us-ascii",
            cte="7bit",
        ),
    ),
    label(
        "spam",
        "en",
        "",
        "Advance-fee fraud in English: an 'unclaimed rural development grant' with a processing fee, a different Reply-To and a 72-hour deadline, undisclosed recipients, us-ascii 7bit. It talks about grants and rural development but is spam; all elements false, all facts null.",
    ),
)

# 2938 – question from Pelarne: may the grant pay the choir leader's wage?
add(
    2938,
    "pelarne-fraga-lon-korledare",
    message(
        [
            ("Date", date("2026-11-26 18:21:05")),
            ("From", addr("Gunnel Ek", "gunnel.ek.pelarne@example.se")),
            ("To", "ideslanten@example.se"),
            ("Subject", enc_subject("fråga om bidraget")),
            ("Message-ID", "<2938.pelarne.0e4b6a@example.se>"),
            ("X-Mailer", "Apple Mail (2.3826.400.131.1.6)"),
        ],
        text(
            """Hej

Jag är kassör i Pelarne Bygdekör. Vi har en körledare som är anställd hos oss
några timmar i veckan och det blir ganska dyrt för oss. Får man använda
idéslanten till att betala hennes lön under våren? Och går det att köpa noter
för pengarna?

Hälsningar Gunnel Ek
""",
            cte="quoted-printable",
        ),
    ),
    label(
        "question",
        "sv",
        "",
        "Question, not an application: asks whether the grant may pay the wage of the choir's employed leader and buy sheet music; no activity, budget or amount is put forward. Because the question itself proposes a wage for an employee, salary_costs is true (a question proposing such a cost); sheet music is a consumable, so physical_investment stays null as nothing is to be bought or built. Facts: association, the writer's name and own address, ort Pelarne.",
        association_name="Pelarne Bygdekör",
        contact_name="Gunnel Ek",
        contact_email="gunnel.ek.pelarne@example.se",
        ort="Pelarne",
        salary_costs=True,
    ),
)


# 2939 – Flerohopp: complete, whole application in a PDF, near-empty body
ORG_2939 = orgnr("802392751")
_PDF_2939 = pdf(
    [
        "Ansökan om regional bygdepeng – idéslanten",
        "",
        "Sökande: Flerohopps Byalag, org.nr " + ORG_2939,
        "Byalaget bildades 1981, har 73 medlemmar och samlar boende i Flerohopp i Nybro kommun.",
        "",
        "Kontaktperson: Mikael Hedlund, ordförande, mikael.hedlund@example.com, 070-726 93 04",
        "",
        "Aktivitet: Föreningsskola i Flerohopp",
        "Tre kvällar i Flerohopps bygdegård (3 februari, 3 mars och 7 april 2027) där en",
        "cirkelledare från ett studieförbund går igenom styrelsearbete, enkel bokföring och",
        "hur man söker bidrag. Alla föreningar i byn har svårt att få nya styrelseledamöter.",
        "Efter kurserna ska varje förening ha minst två nya personer som kan ta en post,",
        "så att föreningslivet i Flerohopp klarar generationsskiftet. Kvällarna är öppna",
        "för alla som bor i byn, kvinnor som män.",
        "",
        "Förankring: Idén kommer från ett gemensamt möte den 15 oktober 2026 med fem",
        "föreningar i byn: byalaget, Flerohopps IK, PRO Flerohopp, jaktlaget och",
        "hembygdsföreningen. Alla fem står bakom och skickar deltagare.",
        "",
        "Budget:",
        "Cirkelledare, 3 kvällar à 2 500 kr          7 500 kr",
        "Lokalhyra, 3 kvällar à 500 kr               1 500 kr",
        "Kursmaterial (kopior, pärmar)                600 kr",
        "Fika                                             900 kr",
        "Summa sökt belopp                          10 500 kr",
    ],
    title="Ansokan Flerohopps Byalag",
)
add(
    2939,
    "flerohopp-foreningsskola-pdf",
    message(
        [
            ("Date", date("2026-11-27 14:03:38")),
            ("From", addr("Mikael Hedlund", "mikael.hedlund@example.com")),
            ("To", "ideslanten@example.se"),
            ("Subject", "Ansokan Flerohopp"),
            ("Message-ID", "<CAKm5tX0Flerohopp2939pQ7rS8uV9wX0yZ1aB2cD3eF4@mail.example.com>"),
        ],
        multi(
            "mixed",
            "0000000000003c9a7f0614flero",
            [
                text("Se bifogad pdf.\n\n/Mikael\n", cte="7bit", charset="utf-8"),
                attach("Ansokan_ideslanten_Flerohopp.pdf", "application/pdf", _PDF_2939),
            ],
        ),
    ),
    label(
        "application",
        "sv",
        "all",
        "Complete application carried entirely by a PDF attachment; the body is only 'Se bifogad pdf. /Mikael'. The PDF (Helvetica/WinAnsi, extractable text) gives the association (Flerohopps Byalag, org.nr, 73 members), the contact (Mikael Hedlund, e-mail, phone), a concrete activity (three dated course evenings on board work for all village associations), anchoring (joint meeting of five named local associations) and a four-item budget totalling 10 500. 'kvinnor som män' = women_and_men true. The circle leader's fee is not salary; copies and binders are consumables. Tests that everything may sit in an attachment.",
        association_name="Flerohopps Byalag",
        org_number=ORG_2939,
        contact_name="Mikael Hedlund",
        contact_email="mikael.hedlund@example.com",
        contact_phone="070-726 93 04",
        members=73,
        ort="Flerohopp",
        amount_sek=10500,
        women_and_men=True,
    ),
)

# 2940 – Odensvi: association and budget missing; elderly writer, typos, no capitals
add(
    2940,
    "odensvi-foredrag-bygdens-historia",
    message(
        [
            ("Date", date("2026-11-30 10:48:12")),
            ("From", addr("Ulla-Britt Karlsson", "ullabritt.k@example.se")),
            ("To", "ideslanten@example.se"),
            ("Subject", enc_subject("ansökan om pengar till förädrag")),
            ("Message-ID", "<002301dc60b9$aa41c3e0$fec54ba0$@example.se>"),
            ("X-Mailer", "Microsoft Outlook 15.0"),
        ],
        text(
            """hej

vi är några damer och herrar i odensvi som träffas på torsdagarna i församlingshemmet och fikar och pratar om gamla tider. nu har vi tänkt att vi vill bjuda in en som kan mycket om odensvis historia från länsmuséet i västervik att hålla förädrag i mars nästa år, om hur det var med gårdarna och sågen och skolan förr, och bjuda hela byn på kaffe. det kommer också många sommarboende som vill veta mer om bygden.

kyrkorådet har sagt ja till att vi får vara i församlingshemmet och hembygdsföreningen hjälper oss med inbjudan, och 25 stycken har redan sagt att de kommer.

vad det kostar vet vi inte riktigt än, kanske några tusen.

vänliga hälsningar
ulla-britt karlsson
tel 0493-510 66
""",
            charset="windows-1252",
            cte="quoted-printable",
        ),
    ),
    label(
        "application",
        "sv",
        "contact activity anchoring",
        "Elderly writer, no capitals, typos ('förädrag', 'länsmuséet'), windows-1252 QP from Outlook. Association missing: 'några damer och herrar i odensvi som träffas på torsdagarna' is an unnamed group (hembygdsföreningen and kyrkorådet are helpers, not the applicant). Budget missing: 'vet vi inte riktigt än, kanske några tusen' – no items and no usable figure, so amount_sek null. Contact: Ulla-Britt Karlsson signs from her own address with phone. Activity: a lecture in March by a county-museum expert on the village's history with coffee for the whole village – what, when, how and for whom. Anchoring: parish council lends the hall, the hembygdsförening helps with invitations, 25 have said they will come. 'damer och herrar' = women_and_men true.",
        contact_name="Ulla-Britt Karlsson",
        contact_email="ullabritt.k@example.se",
        contact_phone="0493-510 66",
        ort="Odensvi",
        women_and_men=True,
    ),
)


# === MAILS END ===


# ---------------------------------------------------------------------------
# self-check and output

EMAIL_RE = re.compile(r"[A-Za-z0-9._%+'-]+@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)")
ALLOWED = ("example.se", "example.com", "example.org", "example.net")


def _texts(msg: email.message.EmailMessage) -> list[str]:
    out = []
    for part in msg.walk():
        if part.is_multipart():
            continue
        ctype = part.get_content_type()
        payload = part.get_payload(decode=True) or b""
        if ctype.startswith("text/") or ctype.startswith("message/"):
            cs = part.get_content_charset() or "ascii"
            out.append(payload.decode(cs, errors="replace"))
        elif payload.startswith(b"PK"):
            with zipfile.ZipFile(BytesIO(payload)) as zf:
                for n in zf.namelist():
                    out.append(re.sub(r"<[^>]+>", " ", zf.read(n).decode("utf-8")))
        elif payload.startswith(b"%PDF"):
            out.append(payload.decode("cp1252", errors="replace"))
    return out


def check() -> None:
    errors: list[str] = []
    names = [n for n, _ in MAILS]
    if sorted(names) != sorted(LABELS):
        errors.append("labels and files differ")
    prev = None
    all_ids = {}
    for name, raw in MAILS:
        if b"\r" in raw:
            errors.append(f"{name}: CR in file")
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        for part in msg.walk():
            if part.defects:
                errors.append(f"{name}: defects {part.defects}")
        for part in msg.walk():
            if not part.is_multipart() and part.get_content_maintype() == "text":
                part.get_content()
        d = parsedate_to_datetime(msg["Date"])
        if d.year != 2026:
            errors.append(f"{name}: not 2026")
        if prev and d <= prev:
            errors.append(f"{name}: Date not after previous file")
        prev = d
        all_ids[name] = msg["Message-ID"]
        hay = raw.decode("latin-1") + "\n".join(_texts(msg))
        for h in msg.keys():
            hay += "\n" + str(msg[h])
        for m in EMAIL_RE.finditer(hay):
            dom = m.group(1).lower().rstrip(".")
            if not any(dom == a or dom.endswith("." + a) for a in ALLOWED):
                errors.append(f"{name}: foreign address {m.group(0)}")
        lab = LABELS[name]
        if set(lab) != {"kind", "language", "elements", "facts", "notes"}:
            errors.append(f"{name}: label keys")
        if set(lab["elements"]) != set(ELEMENTS) or set(lab["facts"]) != set(FACTS):
            errors.append(f"{name}: element/fact keys")
        if lab["kind"] not in (
            "application",
            "followup",
            "question",
            "autoreply",
            "bounce",
            "newsletter",
            "spam",
        ):
            errors.append(f"{name}: kind")
        if lab["language"] not in ("sv", "en"):
            errors.append(f"{name}: language")
        org = lab["facts"]["org_number"]
        if org is not None and (not re.fullmatch(r"\d{6}-\d{4}", org) or not luhn_ok(org)):
            errors.append(f"{name}: bad org number {org}")
        if org is not None and org not in hay:
            errors.append(f"{name}: org number not in mail")
        if lab["kind"] in ("application", "followup"):
            for k in ("salary_costs", "physical_investment"):
                if not isinstance(lab["facts"][k], bool):
                    errors.append(f"{name}: {k} must be bool")
        if lab["kind"] in ("question", "autoreply", "bounce", "newsletter", "spam") and any(
            lab["elements"].values()
        ):
            errors.append(f"{name}: non-application with elements")
        if lab["kind"] in ("autoreply", "bounce", "newsletter", "spam") and any(
            v is not None for v in lab["facts"].values()
        ):
            errors.append(f"{name}: machine mail with facts")
        if not lab["notes"]:
            errors.append(f"{name}: notes empty")
        if lab["kind"] == "followup":
            refs = (str(msg.get("In-Reply-To", "")) + " " + str(msg.get("References", ""))).split()
            apps = set(APP_IDS.values())
            if not any(r in apps for r in refs):
                errors.append(f"{name}: followup not threaded to an application")
            if not re.match(r"(?i)(re|sv|aw):", str(msg["Subject"])):
                errors.append(f"{name}: followup subject")
    nums = [int(n[:4]) for n in names]
    if nums != sorted(nums) or len(set(nums)) != len(nums):
        errors.append("file numbers not in order")
    if len(set(all_ids.values())) != len(all_ids):
        errors.append("duplicate Message-IDs")
    if errors:
        print("\n".join(errors))
        sys.exit(1)


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    check()
    wanted = {n for n, _ in MAILS}
    for old in OUT.glob("*.eml"):
        if old.name not in wanted:
            old.unlink()
    for name, raw in MAILS:
        (OUT / name).write_bytes(raw)
    (OUT / "labels.json").write_text(
        json.dumps(LABELS, ensure_ascii=False, indent=2, sort_keys=True) + "\n", encoding="utf-8"
    )
    kinds: dict[str, int] = {}
    for lab in LABELS.values():
        kinds[lab["kind"]] = kinds.get(lab["kind"], 0) + 1
    apps = [lab for lab in LABELS.values() if lab["kind"] == "application"]
    complete = sum(all(lab["elements"].values()) for lab in apps)
    missing = {e: sum(not lab["elements"][e] for lab in apps) for e in ELEMENTS}
    print(
        f"{len(MAILS)} mails written to {OUT}: {kinds}; complete applications {complete}; missing {missing}"
    )


if __name__ == "__main__":
    main()
