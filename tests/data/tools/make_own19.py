"""Development corpus own19: "Öland and the Kalmar coast through a year".

Forty entirely fictional, labelled e-mails (files 2601–2640) of the kind that reach the rural
development officer of Region Kalmar län about the micro-grant *regional bygdepeng – idéslanten*.
The mails follow one calendar year (January–December 2026) in villages of Borgholm, Mörbylånga,
Kalmar, Torsås and Mönsterås municipalities: 24 applications (8 complete), 6 followups in the
threads of applications in this set, 3 questions, 2 autoreplies (one without any automation
header), 1 bounce, 2 newsletters and 2 spam mails. Labels follow
/work/shared/corpus/README.md; every label carries a note explaining it.

Regenerate (byte-identical on every run, stdlib only):

    /work/main/.venv/bin/python tests/data/tools/make_own19.py

The script writes tests/data/own19/NNNN-slug.eml and tests/data/own19/labels.json and then checks
its own output (parsing without defects, label schema, Luhn-valid org numbers, example domains
only, numbering in Date order, followup threading).
"""

# ruff: noqa: E501

from __future__ import annotations

import base64
import email
import email.policy
import io
import json
import quopri
import re
import struct
import sys
import zipfile
import zlib
from datetime import datetime, timedelta, timezone
from email.header import Header
from email.utils import format_datetime, parsedate_to_datetime
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "own19"

BOT = ("Idéslanten – Region Kalmar län", "ideslanten@example.se")
OFFICER = ("Landsbygdsutvecklare Region Kalmar län", "landsbygdsutvecklare@example.se")

# --------------------------------------------------------------------------- headers


def ew(s: str, charset: str = "utf-8") -> str:
    """Encode a header value as RFC 2047 encoded words when it is not plain ASCII."""
    if s.isascii():
        return s
    return Header(s, charset, maxlinelen=76).encode(linesep="\n")


def addr(name: str | None, mail: str, charset: str = "utf-8") -> str:
    if not name:
        return mail
    if name.isascii():
        if re.search(r"[(),.:;<>@\[\]\"]", name):
            return f'"{name}" <{mail}>'
        return f"{name} <{mail}>"
    return f"{ew(name, charset)} <{mail}>"


def cet(y: int, mo: int, d: int, h: int, mi: int, s: int = 0) -> datetime:
    """Swedish local time (CET/CEST, 2026 DST from 29 March to 25 October)."""
    naive = datetime(y, mo, d, h, mi, s)
    summer = datetime(2026, 3, 29, 2) <= naive < datetime(2026, 10, 25, 3)
    return naive.replace(tzinfo=timezone(timedelta(hours=2 if summer else 1)))


def date(dt: datetime) -> str:
    return format_datetime(dt)


# --------------------------------------------------------------------------- MIME parts


class Part:
    def __init__(self, headers: list[tuple[str, str]], body: bytes):
        self.headers = headers
        self.body = body

    def render(self) -> bytes:
        head = "".join(f"{k}: {v}\n" for k, v in self.headers).encode("ascii")
        body = self.body if self.body.endswith(b"\n") else self.body + b"\n"
        return head + b"\n" + body


def text(
    s: str,
    charset: str | None = "utf-8",
    cte: str = "8bit",
    subtype: str = "plain",
    extra: str = "",
) -> Part:
    raw = s.encode(charset or "ascii")
    if cte == "quoted-printable":
        body = quopri.encodestring(raw)
    elif cte == "base64":
        body = base64.encodebytes(raw)
    else:
        body = raw
    ct = f"text/{subtype}"
    if charset:
        ct += f'; charset="{charset}"' if subtype == "html" else f"; charset={charset}"
    ct += extra
    return Part([("Content-Type", ct), ("Content-Transfer-Encoding", cte)], body)


def html_of(paragraphs: str, font: str = "Calibri, sans-serif") -> str:
    """Turn blank-line separated paragraphs into a simple HTML document."""
    out = []
    for para in paragraphs.strip("\n").split("\n\n"):
        lines = para.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").split("\n")
        out.append("<p>" + "<br>\n".join(lines) + "</p>")
    return (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>\n'
        f'<body><div style="font-family: {font}; font-size: 11pt">\n'
        + "\n".join(out)
        + "\n</div></body></html>\n"
    )


def attachment(data: bytes, ctype: str, filename: str, inline: bool = False) -> Part:
    if filename.isascii():
        disp = f'{"inline" if inline else "attachment"}; filename="{filename}"'
        ct = f'{ctype}; name="{filename}"'
    else:
        quoted = "".join(
            c
            if c.isascii() and c.isalnum() or c in ".-_"
            else "".join(f"%{b:02X}" for b in c.encode())
            for c in filename
        )
        disp = f"{'inline' if inline else 'attachment'}; filename*=utf-8''{quoted}"
        ct = f'{ctype}; name="{ew(filename)}"'
    return Part(
        [
            ("Content-Type", ct),
            ("Content-Disposition", disp),
            ("Content-Transfer-Encoding", "base64"),
        ],
        base64.encodebytes(data),
    )


def multipart(
    subtype: str, parts: list[Part], boundary: str, extra: str = "", preamble: str = ""
) -> Part:
    chunks = [preamble.encode()] if preamble else []
    for p in parts:
        chunks.append(f"--{boundary}\n".encode() + p.render())
    chunks.append(f"--{boundary}--\n".encode())
    return Part(
        [("Content-Type", f'multipart/{subtype}; boundary="{boundary}"{extra}')], b"".join(chunks)
    )


def message(headers: list[tuple[str, str]], body: Part) -> bytes:
    """headers: top-level headers (From, To, ...); MIME-Version and the body's headers follow."""
    hs = list(headers) + [("MIME-Version", "1.0")] + body.headers
    return Part(hs, body.body).render()


# --------------------------------------------------------------------------- documents

ZIP_TIME = (2026, 1, 1, 0, 0, 0)


def _zip(files: list[tuple[str, str]]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for name, content in files:
            info = zipfile.ZipInfo(name, ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            z.writestr(info, content.encode("utf-8"))
    return buf.getvalue()


def _x(s: str) -> str:
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def docx(blocks: list) -> bytes:
    """blocks: strings (paragraphs; '# ' prefix = heading) or lists of rows (tables)."""
    body = []
    for b in blocks:
        if isinstance(b, str):
            bold = b.startswith("# ")
            t = b[2:] if bold else b
            rpr = "<w:rPr><w:b/></w:rPr>" if bold else ""
            body.append(f'<w:p><w:r>{rpr}<w:t xml:space="preserve">{_x(t)}</w:t></w:r></w:p>')
        else:
            rows = []
            for row in b:
                cells = "".join(
                    f'<w:tc><w:p><w:r><w:t xml:space="preserve">{_x(str(c))}</w:t></w:r></w:p></w:tc>'
                    for c in row
                )
                rows.append(f"<w:tr>{cells}</w:tr>")
            body.append("<w:tbl>" + "".join(rows) + "</w:tbl>")
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


def xlsx(rows: list[list], sheet: str = "Blad1") -> bytes:
    xml_rows = []
    for r, row in enumerate(rows, 1):
        cells = []
        for c, v in enumerate(row):
            ref = f"{_col(c)}{r}"
            if v is None or v == "":
                continue
            if isinstance(v, (int, float)):
                cells.append(f'<c r="{ref}"><v>{v}</v></c>')
            elif isinstance(v, str) and v.startswith("="):
                cells.append(f'<c r="{ref}"><f>{_x(v[1:])}</f></c>')
            else:
                cells.append(f'<c r="{ref}" t="inlineStr"><is><t>{_x(str(v))}</t></is></c>')
        xml_rows.append(f'<row r="{r}">{"".join(cells)}</row>')
    ws = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
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
            ("xl/worksheets/sheet1.xml", ws),
        ]
    )


def pdf(lines: list[str], title: str = "") -> bytes:
    """One-page PDF, Helvetica/WinAnsi, zlib-compressed text stream; '# ' lines are bold-ish (larger)."""
    ops = ["BT", "/F1 11 Tf", "14 TL", "56 790 Td"]
    for ln in lines:
        size = 14 if ln.startswith("# ") else 11
        t = ln[2:] if ln.startswith("# ") else ln
        esc = t.encode("cp1252").replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")
        ops.append(f"/F1 {size} Tf".encode().decode())
        ops.append("(" + esc.decode("latin-1") + ") Tj T*")
    ops.append("ET")
    stream = zlib.compress("\n".join(ops).encode("latin-1"), 9)
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Length "
        + str(len(stream)).encode()
        + b" /Filter /FlateDecode >>\nstream\n"
        + stream
        + b"\nendstream",
        b"<< /Title ("
        + title.encode("cp1252")
        + b") /Producer (Microsoft Word 2016) /CreationDate (D:20260301120000+01'00') >>",
    ]
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += f"{i} 0 obj\n".encode() + o + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode()
    for o in offs:
        out += f"{o:010d} 00000 n \n".encode()
    out += f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R /Info 6 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return bytes(out)


def png(width: int, height: int, seed: int) -> bytes:
    """Small grey-scale PNG with deterministic pseudo-handwriting noise (an unreadable photo)."""
    rows = []
    x = seed
    for yy in range(height):
        row = bytearray([0])
        for xx in range(width):
            x = (x * 1103515245 + 12345) & 0x7FFFFFFF
            ink = (yy % 9 in (3, 4)) and (x >> 16) % 5 != 0 and xx % 37 < 30
            row.append(60 + (x >> 20) % 40 if ink else 225 + (x >> 24) % 30)
        rows.append(bytes(row))
    raw = zlib.compress(b"".join(rows), 9)

    def chunk(tag: bytes, data: bytes) -> bytes:
        return (
            struct.pack(">I", len(data))
            + tag
            + data
            + struct.pack(">I", zlib.crc32(tag + data) & 0xFFFFFFFF)
        )

    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0))
        + chunk(b"IDAT", raw)
        + chunk(b"IEND", b"")
    )


# --------------------------------------------------------------------------- bot receipt

GUIDE = {
    "association": (
        "Föreningen",
        "namnet på föreningen eller gruppen och något om den, t.ex. organisationsnummer eller antal medlemmar",
    ),
    "contact": ("Kontaktperson", "namn och e-post eller telefon till den som vi kan kontakta"),
    "activity": (
        "Aktiviteten",
        "vad ni ska göra, när och hur, och hur det bidrar till bygdens utveckling",
    ),
    "anchoring": (
        "Lokal förankring",
        "hur idén är förankrad i bygden, t.ex. ett bymöte, en enkät eller samarbete med andra föreningar",
    ),
    "budget": ("Budget", "en översiktlig budget med kostnadsposter och belopp"),
}


def receipt(case: str, missing: list[str], variant: int = 0) -> str:
    lines = []
    for m in missing:
        head, guide = GUIDE[m]
        lines.append(f"– {head}: {guide}")
    if variant == 0:
        return (
            "Hej!\n\nTack för er ansökan om idéslanten! Vi har tagit emot den och gett den ärendenummer "
            f"{case}.\n\nVi saknar följande i er ansökan:\n"
            + "\n".join(lines)
            + "\n\nSvara gärna på det här mejlet "
            "med det som saknas, så lägger vi till det i ärendet.\n\nVänliga hälsningar\nIdéslanten – Region Kalmar län\n"
            "(automatiskt svar, landsbygdsutvecklare@example.se)\n"
        )
    return (
        f"Tack! Er ansökan om regional bygdepeng – idéslanten är registrerad som ärende {case}.\n\n"
        "För att vi ska kunna bedöma ansökan behöver vi också:\n"
        + "\n".join(lines)
        + "\n\nDet går bra att "
        "svara direkt på detta mejl. Behåll ärendenumret i ämnesraden.\n\nHälsningar\nIdéslanten, Region Kalmar län\n"
    )


def quote(s: str, prefix: str = "> ") -> str:
    return (
        "\n".join(
            (prefix + ln).rstrip() if ln else prefix.rstrip() for ln in s.rstrip("\n").split("\n")
        )
        + "\n"
    )


# --------------------------------------------------------------------------- labels

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
ELEMENTS = ["association", "contact", "activity", "anchoring", "budget"]


def label(kind: str, lang: str, els: str, notes: str, **facts) -> dict:
    """els: five characters 1/0 for association, contact, activity, anchoring, budget."""
    assert len(els) == 5 and set(els) <= {"0", "1"}, els
    for k in facts:
        assert k in FACT_KEYS, k
    return {
        "kind": kind,
        "language": lang,
        "elements": {e: c == "1" for e, c in zip(ELEMENTS, els, strict=True)},
        "facts": {k: facts.get(k) for k in FACT_KEYS},
        "notes": notes,
    }


MAILS: list[tuple[str, bytes, dict]] = []
MSGIDS: dict[int, str] = {}


def mid(n: int, local: str, domain: str = "example.se") -> str:
    """Fixed Message-ID for mail number n (also used to thread followups)."""
    m = f"<{local}@{domain}>"
    MSGIDS[n] = m
    return m


def add(n: int, slug: str, raw: bytes, lab: dict) -> None:
    MAILS.append((f"{n}-{slug}.eml", raw, lab))


# =========================================================================== mails
# --- 2601 Löttorp: complete, formal, text/plain utf-8 8bit --------------------------------
def m2601():
    n = 2601
    body = """Hej!

Löttorps Bygdegårdsförening vill härmed ansöka om regional bygdepeng – idéslanten för 2026.

1. Föreningen
Löttorps Bygdegårdsförening (org.nr 802081-8368) äger och driver bygdegården mitt i Löttorp på norra Öland. Vi har 134 medlemmar, de flesta bofasta i Löttorp, Högby och Källa socknar. Föreningen bildades 1947.

2. Kontaktperson
Birgitta Nordström, sekreterare
birgitta.nordstrom@example.com
tel 0485-201 37 eller 070-314 22 85

3. Aktiviteten
Vi vill ordna "Vinterkvällar i Löttorp", tre föreläsningskvällar i bygdegården torsdagarna 5 februari, 26 februari och 19 mars kl. 18.30:
- Stenhuggarna i Bödabukten – om stenindustrin och människorna som arbetade där (föreläsare från Kalmar läns museum)
- Långe Erik och fyrvaktarnas liv på Norra udden
- Vad händer med Löttorp när sommargästerna åkt hem? – samtal om service, bussar och bredband med en inbjuden gäst från kommunens näringslivsenhet
Efter varje föreläsning fikar vi och samlar in idéer om vad byn vill göra de kommande åren. På vintern är Löttorp tyst och många bofasta träffas knappt. Kvällarna ger en mötesplats under årets mörkaste del, och idélistan lämnas till byalaget som underlag inför vårens arbete. Kvällarna är öppna för alla, både kvinnor och män, unga och gamla.

4. Förankring
Förslaget kom upp på bymötet den 24 november 2025 där 31 personer var med och alla tyckte att vi skulle köra. Böda-Högby hembygdsförening lånar ut bilder och arkivmaterial till de två första kvällarna och Löttorps IF:s damlag sköter fikat mot att de får ha lotteri.

5. Budget
Föreläsararvoden 3 x 2 500 kr = 7 500 kr
Fika och kaffe = 1 200 kr
Affischer och annons i Ölandsbladet = 1 100 kr
Summa 9 800 kr

Vi söker alltså 9 800 kr.

Med vänlig hälsning
Birgitta Nordström
för styrelsen i Löttorps Bygdegårdsförening
"""
    raw = message(
        [
            ("From", addr("Birgitta Nordström", "birgitta.nordstrom@example.com")),
            ("To", addr(*OFFICER)),
            ("Subject", ew("Ansökan om idéslanten – Vinterkvällar i Löttorp")),
            ("Date", date(cet(2026, 1, 8, 9, 14, 22))),
            ("Message-ID", mid(n, "9f3b21c0-5d2e-4a61-8c11-2601aa01", "example.com")),
            (
                "User-Agent",
                "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.6.0",
            ),
            ("Content-Language", "sv-SE"),
        ],
        text(body, "utf-8", "8bit", extra="; format=flowed"),
    )
    add(
        n,
        "lottorp-vinterkvallar",
        raw,
        label(
            "application",
            "sv",
            "11111",
            "Complete, textbook-structured application with numbered headings (Thunderbird, utf-8 8bit). Association: name, org.nr, 134 members, history. Contact: named secretary with own address and two phones (first recorded). Activity: three dated lecture evenings with topics and a stated local benefit (winter meeting place, idea list to the byalag). Anchoring: village meeting 24 Nov 2025 with 31 present (attendance, not members) plus cooperation with the hembygdsförening and the IF. Budget: three items with amounts summing to 9 800, also the applied amount. 'både kvinnor och män' gives women_and_men true; lecturer fees are not salary; nothing bought.",
            association_name="Löttorps Bygdegårdsförening",
            org_number="802081-8368",
            contact_name="Birgitta Nordström",
            contact_email="birgitta.nordstrom@example.com",
            contact_phone="0485-201 37",
            members=134,
            ort="Löttorp",
            amount_sek=9800,
            women_and_men=True,
            salary_costs=False,
            physical_investment=False,
        ),
    )


m2601()


# --- 2602 newsletter: Hela Sverige ska leva, multipart/alternative ------------------------
def m2602():
    n = 2602
    plain = """BYGDEBREVET – januari 2026
Nyheter för byalag och bygdeföreningar i Kalmar län

* Gott nytt bygdeår!
Nu drar vi igång ett nytt år med kurser, nätverksträffar och stöd. Läs mer på webben.

* Idéslanten 2026 är öppen
Region Kalmar län delar ut regional bygdepeng – idéslanten även i år, högst 15 000 kr per ort. Skicka er ansökan till regionens landsbygdsutvecklare. Tänk på att beskriva föreningen, kontaktperson, aktiviteten, förankringen och en budget.

* Digital nätverksträff 28 januari kl 19
Tema: Hur får vi fler unga till styrelserna? Anmäl dig senast 26/1.

* Kalender
14 feb – Länsstämma i Nybro
7 mars – Kurs i föreningsekonomi, Vimmerby

Du får detta nyhetsbrev eftersom din förening är medlem i Hela Sverige ska leva Kalmar län.
Avregistrera: https://nyhetsbrev.example.org/avreg?u=5521&l=bygdebrevet
"""
    html = """<html><body style="font-family:Georgia,serif;background:#f4f1ea">
<table width="600" align="center" cellpadding="12" style="background:#ffffff"><tr><td>
<h1 style="color:#3c6e47">BYGDEBREVET – januari 2026</h1>
<p><i>Nyheter för byalag och bygdeföreningar i Kalmar län</i></p>
<h2>Gott nytt bygdeår!</h2>
<p>Nu drar vi igång ett nytt år med kurser, nätverksträffar och stöd. <a href="https://nyhetsbrev.example.org/l/1">Läs mer på webben</a>.</p>
<h2>Idéslanten 2026 är öppen</h2>
<p>Region Kalmar län delar ut regional bygdepeng – idéslanten även i år, högst 15&nbsp;000 kr per ort. Skicka er ansökan till regionens landsbygdsutvecklare. Tänk på att beskriva föreningen, kontaktperson, aktiviteten, förankringen och en budget.</p>
<h2>Digital nätverksträff 28 januari kl 19</h2>
<p>Tema: Hur får vi fler unga till styrelserna? Anmäl dig senast 26/1.</p>
<h2>Kalender</h2>
<ul><li>14 feb – Länsstämma i Nybro</li><li>7 mars – Kurs i föreningsekonomi, Vimmerby</li></ul>
<p style="font-size:9pt;color:#777">Du får detta nyhetsbrev eftersom din förening är medlem i Hela Sverige ska leva Kalmar län.<br>
<a href="https://nyhetsbrev.example.org/avreg?u=5521&amp;l=bygdebrevet">Avregistrera</a></p>
</td></tr></table></body></html>
"""
    raw = message(
        [
            ("From", addr("Hela Sverige ska leva Kalmar län", "nyhetsbrev@example.org")),
            ("Reply-To", "kansli@example.org"),
            ("To", addr(*OFFICER)),
            ("Subject", ew("Bygdebrevet januari: Idéslanten öppen, nätverksträff och kalender")),
            ("Date", date(cet(2026, 1, 14, 7, 0, 3))),
            ("Message-ID", mid(n, "bygdebrevet.2026-01.5521.7f2a", "example.org")),
            ("List-Id", "Bygdebrevet <bygdebrevet.nyhetsbrev.example.org>"),
            (
                "List-Unsubscribe",
                "<https://nyhetsbrev.example.org/avreg?u=5521&l=bygdebrevet>, <mailto:avreg@example.org?subject=avreg-5521>",
            ),
            ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
            ("Precedence", "bulk"),
            ("X-Mailer", "Nyhetsbrevsverktyget 4.2"),
        ],
        multipart(
            "alternative",
            [
                text(plain, "utf-8", "quoted-printable"),
                text(html, "utf-8", "quoted-printable", "html"),
            ],
            "=_nb_2026_01_5521_alt",
        ),
    )
    add(
        n,
        "nyhetsbrev-bygdebrevet",
        raw,
        label(
            "newsletter",
            "sv",
            "00000",
            "Bulk newsletter (List-Id, List-Unsubscribe with one-click, Precedence: bulk), multipart/alternative quoted-printable. It mentions idéslanten, the 15 000 kr cap and the five elements, which must not make it an application or a question; all facts null and the bot must not reply.",
        ),
    )


m2602()


# --- 2603 Grönhögen: complete but buys floating jetty sections; iso-8859-1 QP, Outlook ---
def m2603():
    n = 2603
    body = """Hej

Jag skriver för Grönhögens Båt- och Hamnförening på södra Öland, org nr 802584-9293. Föreningen har 48 medlemmar och sköter den lilla gästhamnen i Grönhögen sedan kommunen lämnade över den 1998.

Vi söker pengar till två saker som hänger ihop.

Dels vill vi ordna "Hamnens dag" lördagen den 13 juni med öppen hamn, sillfrukost, visning av fiskebodarna och tipspromenad för barnen. Det är en dag då byborna, kvinnor som män, och sommargästerna träffas och det ger liv åt hamnen och kiosken.

Dels behöver vi köpa två nya sektioner flytbrygga eftersom de gamla gick sönder i stormen i oktober, utan dem får inte besökande båtar plats och då dör hamnen.

Hamnfrågan var uppe på årsmötet 12 oktober 2025 (22 närvarande) och alla var överens. Grönhögens byalag ordnar frukosten och yrkesfiskarna visar sina bodar.

Kostnader
Två flytbryggsektioner  9 600:-
Kätting och förankring  1 900:-
Hyra av tält till hamndagen  1 500:-
Annonsering  600:-
Totalt 13 600:-

Vänligen
Sven-Olof Karlsson
kassör
Grönhögens Båt- och Hamnförening
tel. 0485-662 14
"""
    raw = message(
        [
            ("From", addr("Sven-Olof Karlsson", "sven-olof.karlsson@example.net")),
            ("To", addr(*OFFICER, charset="iso-8859-1")),
            ("Subject", ew("Ansökan idéslanten - Grönhögens hamn", "iso-8859-1")),
            ("Date", date(cet(2026, 1, 19, 20, 41, 5))),
            ("Message-ID", mid(n, "000001dc8a11$4e2f1a30$ea8d4e90$", "example.net")),
            ("X-Mailer", "Microsoft Outlook 14.0"),
            ("Thread-Index", "AdyKEU4tX0jv1pGgQ8KcYt2B6fE3Nw=="),
            ("Content-Language", "sv"),
        ],
        text(body, "iso-8859-1", "quoted-printable"),
    )
    add(
        n,
        "gronhogen-hamnens-dag",
        raw,
        label(
            "application",
            "sv",
            "11111",
            "Complete but ineligible: Outlook 2010, iso-8859-1 quoted-printable. Association named with org.nr, 48 members and role; contact is the named treasurer writing from his own address with a phone. Activity: dated harbour day with concrete content and local benefit. Anchoring: annual meeting with 22 present (attendance, not members) plus the byalag and fishermen taking part. Budget: four items totalling 13 600. Buying two floating jetty sections and chain is a physical investment (true); renting the tent is not. 'kvinnor som män' gives women_and_men true.",
            association_name="Grönhögens Båt- och Hamnförening",
            org_number="802584-9293",
            contact_name="Sven-Olof Karlsson",
            contact_email="sven-olof.karlsson@example.net",
            contact_phone="0485-662 14",
            members=48,
            ort="Grönhögen",
            amount_sek=13600,
            women_and_men=True,
            salary_costs=False,
            physical_investment=True,
        ),
    )


m2603()


# --- 2604 question Kvilla: few members, windows-1252 8bit ---------------------------------
def m2604():
    n = 2604
    body = """Hej!

Jag undrar en sak om idéslanten. Vi är Kvilla syförening i Torsås kommun men vi är bara 8 medlemmar kvar nu, de flesta över 75.
Kan vi söka ändå om vi gör något tillsammans med bygdegårdsföreningen, eller måste det vara 10 medlemmar i den förening som söker?

Tacksam för svar.

Hälsningar
Ingrid Bengtsson
Kvilla
"""
    raw = message(
        [
            ("From", addr("Ingrid Bengtsson", "ingrid.bengtsson@example.com", "iso-8859-1")),
            ("To", OFFICER[1]),
            ("Subject", ew("Fråga om medlemsantal", "windows-1252")),
            ("Date", date(cet(2026, 1, 23, 10, 2, 40))),
            ("Message-ID", mid(n, "CAF7k2x-Lq9wR3uT8b0e1Y_kvilla2604", "example.com")),
            ("X-Mailer", "Microsoft Windows Live Mail 16.4.3528.331"),
        ],
        text(body, "windows-1252", "8bit"),
    )
    add(
        n,
        "kvilla-fraga-medlemmar",
        raw,
        label(
            "question",
            "sv",
            "00000",
            "Question, not an application: asks whether an 8-member group may apply together with another association. windows-1252 8bit body from Windows Live Mail. All elements false for a question; the stated facts (name, 8 members, Kvilla, signer) are recorded as written; no amount or costs proposed, so amount, salary and investment are null.",
            association_name="Kvilla syförening",
            contact_name="Ingrid Bengtsson",
            contact_email="ingrid.bengtsson@example.com",
            members=8,
            ort="Kvilla",
        ),
    )


m2604()


# --- 2605 Bergkvara: HTML-only, study trip; anchoring and budget missing -----------------
def m2605():
    n = 2605
    html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><style>p{margin:0}</style></head>
<body dir="ltr"><div style="font-family: Aptos, Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">
<p>Hej,</p><p>&nbsp;</p>
<p>Vi i <b>Föreningen Bergkvara Kustby</b> (ett sextiotal medlemmar, mest fastboende runt hamnen i Bergkvara) skulle vilja söka idéslanten för en studieresa.</p><p>&nbsp;</p>
<p>Planen är att en buss med ca 25 personer åker två dagar i slutet av april till fiskelägena på Österlen (Kivik och Kåseberga) och tittar på hur de driver sina hamnmarknader och gästhamnar. Vi vill starta en sillmarknad i Bergkvara hamn hösten 2027 och behöver lära oss hur andra gjort, vad det kostar och hur de får med företagarna. Det ska ge mer liv i hamnen och fler besökare till caféet och fiskrökeriet.</p><p>&nbsp;</p>
<p>Vi tror att många i byn kommer vilja följa med.</p><p>&nbsp;</p>
<p>Budgeten kommer senare när vi fått offert från bussbolaget, men vi räknar med att söka hela 15 000.</p><p>&nbsp;</p>
<p>Mvh</p>
<p>Anders Sjöberg<br>Föreningen Bergkvara Kustby<br>0486-210 48</p>
</div></body></html>
"""
    raw = message(
        [
            ("From", addr("Anders Sjöberg", "anders.sjoberg@example.com")),
            ("To", addr(*OFFICER)),
            ("Subject", "Studieresa Bergkvara"),
            ("Date", date(cet(2026, 2, 2, 13, 55, 12))),
            ("Message-ID", mid(n, "DB9PR07MB7121A3C4F0D1E2B55", "example.com")),
            ("Accept-Language", "sv-SE, en-US"),
            ("Content-Language", "sv-SE"),
            ("X-MS-Has-Attach", ""),
        ],
        text(html, "utf-8", "quoted-printable", "html"),
    )
    add(
        n,
        "bergkvara-studieresa",
        raw,
        label(
            "application",
            "sv",
            "11100",
            "HTML-only Outlook mail (quoted-printable, no text part). Association: named with approximate size ('ett sextiotal' = 60) and where members live. Contact: named signer from own address with phone. Activity: concrete two-day study trip, when, where, why and the local benefit (planned herring market). Anchoring false: 'vi tror att många vill följa med' is only a hope. Budget false: 'budgeten kommer senare' with a single rough figure; that figure (15 000) is the amount. Gender not stated.",
            association_name="Föreningen Bergkvara Kustby",
            contact_name="Anders Sjöberg",
            contact_email="anders.sjoberg@example.com",
            contact_phone="0486-210 48",
            members=60,
            ort="Bergkvara",
            amount_sek=15000,
            women_and_men=None,
            salary_costs=False,
            physical_investment=False,
        ),
    )


m2605()


# --- 2606 Timmernabben: complete, budget only in .xlsx; Gmail mixed/alternative -----------
def m2606():
    n = 2606
    plain = """Hej!

Timmernabbens Intresseförening (org.nr 802154-0995) söker idéslanten för "Framtidsverkstad Timmernabben 2030".

Om oss: ideell förening som jobbar för service, badplatser och gemenskap i Timmernabben. Ca 210 medlemshushåll.

Vad: två kvällar i Folkets hus, torsdag 12 mars och torsdag 16 april kl 18-21. En processledare från Hushållningssällskapet leder arbetet. Kväll 1 samlar vi idéer om vad Timmernabben behöver (boende för unga, båtplatser, gång- och cykelväg mot Mönsterås). Kväll 2 väljer vi tre saker att driva vidare och utser arbetsgrupper. Resultatet lämnas som synpunkt till kommunens översiktsplan. Alla i Timmernabben, kvinnor och män, unga och äldre, bjuds in.

Förankring: I december gjorde vi en enkät i alla brevlådor, 143 hushåll svarade och 118 ville ha en sådan träff. Timmernabbens IF, PRO Timmernabben och hembygdsföreningen är med och bjuder in sina medlemmar.

Budgeten finns i bifogad Excelfil, totalt 12 200 kr.

Kontakt: Maria Lindgren, 073-842 19 06, maria.lindgren@example.org

Hälsningar
Maria Lindgren
ordförande
"""
    html = html_of(plain, "Arial, Helvetica, sans-serif")
    budget = xlsx(
        [
            ["Budget Framtidsverkstad Timmernabben 2030", None, None, None],
            ["Post", "Antal", "À-pris", "Summa"],
            ["Lokalhyra Folkets hus", 2, 900, "=B3*C3"],
            ["Processledare, arvode", 2, 3500, "=B4*C4"],
            ["Fika", 2, 1000, "=B5*C5"],
            ["Tryck och utskick inbjudan", 1, 1400, "=B6*C6"],
            ["Summa", None, None, "=SUM(D3:D6)"],
            ["Sökt belopp", None, None, 12200],
        ],
        "Budget",
    )
    raw = message(
        [
            ("From", addr("Maria Lindgren", "maria.lindgren@example.org")),
            ("To", OFFICER[1]),
            ("Subject", ew("Ansökan idéslanten: Framtidsverkstad Timmernabben")),
            ("Date", date(cet(2026, 2, 9, 21, 17, 48))),
            ("Message-ID", mid(n, "CAH0q8mPz3W+Yc1v6xk2Lr9T_5dF0aNn7b4GqkVt2606", "example.org")),
        ],
        multipart(
            "mixed",
            [
                multipart(
                    "alternative",
                    [
                        text(plain, "UTF-8", "quoted-printable"),
                        text(html, "UTF-8", "quoted-printable", "html"),
                    ],
                    "000000000000a1b2c3d4e5f60606",
                ),
                attachment(
                    budget,
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                    "Budget framtidsverkstad.xlsx",
                ),
            ],
            "000000000000a1b2c3d4e5f70606",
        ),
    )
    add(
        n,
        "timmernabben-framtidsverkstad",
        raw,
        label(
            "application",
            "sv",
            "11111",
            "Complete; Gmail-style multipart/mixed with alternative text/html and the budget only in an .xlsx attachment (items with quantity and unit price, SUM formula, stated applied amount 12 200). Association: name, org.nr, purpose, 'ca 210 medlemshushåll' read as 210 members. Contact: named chair with phone and own address. Activity: two dated workshop evenings with content and outcome. Anchoring: mailbox survey with 143 responding households plus three local partner associations. Processledare fee is a fee, not salary; nothing bought.",
            association_name="Timmernabbens Intresseförening",
            org_number="802154-0995",
            contact_name="Maria Lindgren",
            contact_email="maria.lindgren@example.org",
            contact_phone="073-842 19 06",
            members=210,
            ort="Timmernabben",
            amount_sek=12200,
            women_and_men=True,
            salary_costs=False,
            physical_investment=False,
        ),
    )


m2606()


# --- 2607 Kastlösa: shared mailbox signed Styrelsen, rough figure only --------------------
def m2607():
    n = 2607
    body = """Hej!
Kastlösa byalag vill söka idéslanten. Vi är ca 90 medlemmar i Kastlösa med omnejd.

Vi vill ha en alvarkväll torsdag 23 april i bygdegården där en guide från naturskyddsföreningen berättar om alvarets orkidéer och fåglar, och sen en guidad vandring ute på Stora alvaret lördag 16 maj. Tanken är att nyinflyttade och vi som bott här länge ska lära känna vår natur bättre och kunna visa den för turister och gäster, många hyr ut stugor och frågar oss vart de ska gå.

Vi tog upp det på årsmötet 25 januari och alla var för, naturskyddsföreningens lokalkrets ställer upp med guiden.

Vi räknar med att det kostar runt 6000.

Hälsningar
Styrelsen, Kastlösa byalag

Skickat från min Galaxy
"""
    raw = message(
        [
            ("From", addr("Kastlösa byalag", "kastlosa.byalag@example.com")),
            ("To", OFFICER[1]),
            ("Subject", ew("Alvarkväll i Kastlösa")),
            ("Date", date(cet(2026, 2, 13, 18, 3, 31))),
            ("Message-ID", mid(n, "a7c1e0f2-2607-4e8b-9d3a-galaxy.kastlosa", "example.com")),
            ("User-Agent", "Android"),
        ],
        text(body, "utf-8", "quoted-printable"),
    )
    add(
        n,
        "kastlosa-alvarkvall",
        raw,
        label(
            "application",
            "sv",
            "10110",
            "Mobile mail (Samsung, utf-8 QP) from the association's shared mailbox, signed only 'Styrelsen' – contact false, and the shared mailbox is not a contact e-mail, so contact facts are null. Association: named with ~90 members. Activity: dated evening and walk with guide and local benefit. Anchoring: annual meeting agreed and the local nature club provides the guide. Budget false: only 'runt 6000', a single rough figure, which is recorded as amount_sek. Gender not stated.",
            association_name="Kastlösa byalag",
            members=90,
            ort="Kastlösa",
            amount_sek=6000,
            women_and_men=None,
            salary_costs=False,
            physical_investment=False,
        ),
    )


m2607()


# --- 2608 Ålem: window course, windows-1252 QP body + .docx budget; anchoring missing -----
def m2608():
    n = 2608
    body = """Hej!

Ålems Hembygdsförening söker härmed idéslanten för en kurs i att renovera gamla fönster.

Vi är en förening med 160 medlemmar som sköter hembygdsgården i Ålem och ordnar bl.a. slåtter och julmarknad.

Kursen blir tre lördagar, 21 mars, 11 april och 25 april, i hembygdsgårdens loge. En byggnadsvårdare från Kalmar leder och deltagarna tar med egna fönsterbågar hemifrån. Man lär sig skrapa, kitta och linoljemåla. I Ålem och runt Emån finns massor av gamla hus från 1800-talet där fönstren byts ut mot plastfönster, och kunskapen om att laga dem håller på att försvinna. Kursen är öppen för alla, män och kvinnor.

Vi tror att intresset är stort eftersom det finns så många gamla hus i Ålem.

Budgeten bifogas (Word).

Med vänlig hälsning

Kjell Åberg
Ålems Hembygdsförening
0499-231 70
kjell.aberg@example.net
"""
    budget = docx(
        [
            "# Budget – Fönsterkurs i Ålem våren 2026",
            "Ålems Hembygdsförening",
            [
                ["Kostnad", "Belopp (kr)"],
                ["Kursledare, byggnadsvårdare, 3 dagar à 3 000 kr", "9 000"],
                ["Linolja, linoljekitt, färg, skrapor (förbrukning)", "1 800"],
                ["Lokal (egen hembygdsgård)", "0"],
                ["Annons Mönsteråstidningen + affischer", "700"],
                ["Summa", "11 500"],
            ],
            "Sökt belopp från idéslanten: 11 500 kr",
        ]
    )
    raw = message(
        [
            ("From", addr("Kjell Åberg", "kjell.aberg@example.net", "iso-8859-1")),
            ("To", addr(*OFFICER, charset="iso-8859-1")),
            (
                "Subject",
                ew("Ansökan idéslanten Ålems hembygdsförening - fönsterkurs", "windows-1252"),
            ),
            ("Date", date(cet(2026, 2, 20, 11, 26, 9))),
            ("Message-ID", mid(n, "004501dca24f$7b1c2e80$71538b80$", "example.net")),
            ("X-Mailer", "Microsoft Outlook 16.0"),
            ("Content-Language", "sv"),
        ],
        multipart(
            "mixed",
            [
                text(body, "windows-1252", "quoted-printable"),
                attachment(
                    budget,
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                    "Budget fönsterkurs.docx",
                ),
            ],
            "----=_NextPart_000_0046_01DCA257.DD80F280",
            preamble="This is a multi-part message in MIME format.\n\n",
        ),
    )
    add(
        n,
        "alem-fonsterkurs",
        raw,
        label(
            "application",
            "sv",
            "11101",
            "Outlook 16, windows-1252 quoted-printable body with the budget in a .docx table (RFC 2231 non-ASCII filename). Association: name, 160 members, what it does. Contact: named signer with phone and own address. Activity: three dated Saturdays, how, and why it matters locally (old houses, vanishing skills). Anchoring false: only an assumed interest ('vi tror att intresset är stort') – a described need is not anchoring. Budget: docx items totalling 11 500, also the applied amount. Course leader fee is not salary; linseed oil, putty and paint are consumables, not an investment. 'män och kvinnor' gives women_and_men true.",
            association_name="Ålems Hembygdsförening",
            contact_name="Kjell Åberg",
            contact_email="kjell.aberg@example.net",
            contact_phone="0499-231 70",
            members=160,
            ort="Ålem",
            amount_sek=11500,
            women_and_men=True,
            salary_costs=False,
            physical_investment=False,
        ),
    )


m2608()


# --- 2609 followup to 2605 Bergkvara: budget supplied, Outlook top-post over receipt ------
def m2609():
    n = 2609
    rec = receipt("2026-0004", ["anchoring", "budget"])
    new = """Hej,

Nu har vi fått offerten från bussbolaget så här kommer budgeten för studieresan:

Buss Bergkvara–Österlen t/r, 2 dagar: 7 800 kr
Övernattning vandrarhem Kivik (föreningens del): 4 500 kr
Guidning i Kåseberga hamn: 1 200 kr
Studiematerial och kopiering: 500 kr
Summa: 14 000 kr

Så vi söker 14 000 kr och inte 15 000 som jag skrev först. Deltagarna betalar själva mat.

Mvh
Anders Sjöberg
0486-210 48
"""
    quoted = (
        "\n________________________________\n"
        "Från: Idéslanten – Region Kalmar län <ideslanten@example.se>\n"
        "Skickat: den 2 februari 2026 14:03\n"
        "Till: Anders Sjöberg <anders.sjoberg@example.com>\n"
        "Ämne: Re: Studieresa Bergkvara [Idéslanten 2026-0004]\n\n" + rec
    )
    plain = new + quoted
    html = html_of(new, "Aptos, Calibri, Helvetica, sans-serif").replace(
        "</div></body></html>",
        '<hr style="display:inline-block;width:98%"><div id="divRplyFwdMsg"><b>Från:</b> Idéslanten – Region Kalmar län &lt;ideslanten@example.se&gt;<br><b>Skickat:</b> den 2 februari 2026 14:03<br><b>Till:</b> Anders Sjöberg &lt;anders.sjoberg@example.com&gt;<br><b>Ämne:</b> Re: Studieresa Bergkvara [Idéslanten 2026-0004]</div>\n<div>'
        + rec.replace("\n", "<br>\n")
        + "</div></div></body></html>",
    )
    raw = message(
        [
            ("From", addr("Anders Sjöberg", "anders.sjoberg@example.com")),
            ("To", addr(*BOT)),
            ("Subject", ew("SV: Re: Studieresa Bergkvara [Idéslanten 2026-0004]")),
            ("Date", date(cet(2026, 2, 27, 8, 12, 55))),
            ("Message-ID", mid(n, "DB9PR07MB71219E0B2C7F4D19A", "example.com")),
            ("In-Reply-To", "<receipt.2026-0004.1@example.se>"),
            ("References", f"{MSGIDS[2605]} <receipt.2026-0004.1@example.se>"),
            ("Thread-Topic", ew("Studieresa Bergkvara [Idéslanten 2026-0004]")),
            ("Content-Language", "sv-SE"),
        ],
        multipart(
            "alternative",
            [
                text(plain, "utf-8", "quoted-printable"),
                text(html, "utf-8", "quoted-printable", "html"),
            ],
            "_000_DB9PR07MB71219E0B2C7F4D19A_",
        ),
    )
    add(
        n,
        "bergkvara-sv-budget",
        raw,
        label(
            "followup",
            "sv",
            "01001",
            "Followup to 2605 (In-Reply-To the bot's receipt, References includes the application), Outlook top-posting above a quoted receipt in 'Från:/Skickat:' style, multipart/alternative. New text gives a four-item budget (14 000, now the applied amount) and is signed by a named person from his own address with phone, so contact true. Anchoring, which the receipt asked for, is still not supplied; the quoted receipt's guidance lines must not count as any element.",
            contact_name="Anders Sjöberg",
            contact_email="anders.sjoberg@example.com",
            contact_phone="0486-210 48",
            ort="Bergkvara",
            amount_sek=14000,
            salary_costs=False,
            physical_investment=False,
        ),
    )


m2609()


# --- 2610 spam: phishing posing as grant payout ------------------------------------------
def m2610():
    n = 2610
    html = """<html><body style="font-family:Arial;font-size:14px">
<div style="background:#00587a;color:#fff;padding:14px;font-size:20px">Region Kalmar län – Utbetalningsavdelningen</div>
<p>Bästa mottagare,</p>
<p>Ett bidrag på <b>14 850 SEK</b> (Regional bygdepeng 2026) har beviljats till er förening men utbetalningen har <b>stoppats</b> på grund av ofullständiga bankuppgifter.</p>
<p>För att undvika att bidraget återkallas måste ni bekräfta era uppgifter med BankID inom <b>24 timmar</b>.</p>
<p style="text-align:center"><a href="http://region-kalmar-utbetalning.example.net/verify?id=88213" style="background:#e4002b;color:#fff;padding:10px 24px;text-decoration:none">BEKRÄFTA UTBETALNING</a></p>
<p>Med vänliga hälsningar,<br>Ekonomiavdelningen<br>Region Kalmar Län</p>
<p style="font-size:10px;color:#999">Detta e-post har skickats automatiskt, svara inte.</p>
</body></html>
"""
    raw = message(
        [
            ("From", addr("Region Kalmar Län Utbetalning", "no-reply.utbetalning@example.net")),
            ("To", OFFICER[1]),
            ("Subject", ew("⚠ Utbetalning av bidrag stoppad – åtgärd krävs")),
            ("Date", date(cet(2026, 3, 4, 3, 47, 12))),
            ("Message-ID", mid(n, "20260304024712.88213.qx7", "example.net")),
            ("X-Priority", "1 (Highest)"),
            ("X-Mailer", "PHPMailer 6.0.7"),
        ],
        text(html, "utf-8", "base64", "html"),
    )
    add(
        n,
        "spam-utbetalning-stoppad",
        raw,
        label(
            "spam",
            "sv",
            "00000",
            "Phishing imitating the region's payout department: HTML-only base64, urgent BankID link to a look-alike domain, emoji in an encoded-word subject, PHPMailer. It mentions the grant and an amount, but it is spam; all facts null and no reply.",
        ),
    )


m2610()


# --- 2611 Köpingsvik: English, unnamed group; association and anchoring missing -----------
def m2611():
    n = 2611
    body = """Hej!

Sorry for writing in English, my Swedish is not good enough yet for this kind of letter.

We are a group of about 15 neighbours in Köpingsvik, mostly people who moved here in the last few years from the Netherlands, Germany and Poland, plus some Swedes who want to help. We would like to start a language café ("språkcafé") in Köpingsvik, where newcomers can practise Swedish with locals and learn how things work in the village – the school, the volunteer fire brigade, the boat club, the harbour. Many of us want to stay all year and take part, but it is hard to get into village life without the language.

Plan: every second Tuesday evening from 14 April to 23 June (6 meetings), 18.30–20.30, in the small hall of the church parish home in Köpingsvik, which we rent. Each evening has a theme and a local guest (someone from the fire brigade, the fishing association, the school) who talks for 20 minutes, then coffee and conversation in small groups.

Costs:
- rent of the hall, 6 x 400 SEK = 2 400 SEK
- coffee and cake, 6 x 300 SEK = 1 800 SEK
- printed flyers in Swedish/English/German = 500 SEK
Total 4 700 SEK

We think it will be very popular.

Med vänliga hälsningar / kind regards
Henk de Vries
Köpingsvik
+46 70 558 21 40
"""
    raw = message(
        [
            ("From", addr("Henk de Vries", "henk.devries@example.com")),
            ("To", OFFICER[1]),
            ("Subject", ew("Application idéslanten – language café Köpingsvik")),
            ("Date", date(cet(2026, 3, 10, 19, 30, 2))),
            ("Message-ID", mid(n, "7E1C44A9-2611-4D1B-A0C5-5B93C1D4E7F2", "example.com")),
            ("X-Mailer", "Apple Mail (2.3826.400.131.1.6)"),
            ("Content-Language", "en-GB"),
        ],
        text(body, "utf-8", "quoted-printable"),
    )
    add(
        n,
        "kopingsvik-language-cafe",
        raw,
        label(
            "application",
            "en",
            "01101",
            "English application (Apple Mail, utf-8 QP) from a newcomer. Association false: 'a group of about 15 neighbours' is unnamed; the group size 15 is recorded as members. Contact: named signer from own address with an international-format phone. Activity: six dated evenings, place, format and clear local benefit (integration into village life). Anchoring false: 'we think it will be very popular' is a hope; the local guests are programme content, not backing from a meeting or partner groups. Budget: three items summing to 4 700. Gender not stated.",
            contact_name="Henk de Vries",
            contact_email="henk.devries@example.com",
            contact_phone="+46 70 558 21 40",
            members=15,
            ort="Köpingsvik",
            amount_sek=4700,
            women_and_men=None,
            salary_costs=False,
            physical_investment=False,
        ),
    )


m2611()


# --- 2612 Rockneby: complete, multipart/alternative with HTML budget table ----------------
def m2612():
    n = 2612
    plain = """Hej Region Kalmar län!

Rockneby Byaförening, org.nr 802966-7493, söker 13 900 kr ur idéslanten till Rocknebys första Kulturnatt lördag 19 september 2026.

Föreningen: byaförening för Rockneby och Ljungnäs med ca 320 medlemmar. Vi sköter badplatsen och ordnar valborg.

Kulturnatten: kl 17–23 öppnar vi byn. Musik i kyrkan, konstutställning i skolans matsal, öppna trädgårdar längs Byvägen, berättarvandring om Rocknebys sjöfart och fiskeläget i Ljungnäs, och en scen vid bygdegården med lokala band. Rockneby har vuxit med många nya villor men de nya och de gamla byborna möts sällan. En kväll där alla är ute i byn ska ge nya kontakter och fler som vill engagera sig i föreningarna.

Förankring: Idén togs fram i en arbetsgrupp med sex föreningar i byn: byaföreningen, Rockneby IF, hembygdsföreningen, Rockneby församling, föräldraföreningen på Rocknebyskolan och Ljungnäs båtklubb. Hittills har 41 frivilliga anmält sig att hjälpa till.

Budget:
Hyra ljudanläggning och scen: 4 500 kr
Arvode band och musiker: 5 000 kr
Guide berättarvandring: 1 200 kr
Affischer, flyers, annons Barometern: 2 200 kr
Skyltar och vägvisning (tryck): 1 000 kr
Summa: 13 900 kr

Kulturnatten vänder sig till alla: barn, unga, kvinnor och män.

Kontaktperson: Petra Håkansson, 0480-321 55, petra.hakansson@example.se

Vänliga hälsningar
Petra Håkansson
sekreterare, Rockneby Byaförening
"""
    rows = [
        ("Hyra ljudanläggning och scen", "4 500 kr"),
        ("Arvode band och musiker", "5 000 kr"),
        ("Guide berättarvandring", "1 200 kr"),
        ("Affischer, flyers, annons Barometern", "2 200 kr"),
        ("Skyltar och vägvisning (tryck)", "1 000 kr"),
        ("<b>Summa</b>", "<b>13 900 kr</b>"),
    ]
    table = (
        '<table border="1" cellspacing="0" cellpadding="4">'
        + "".join(f'<tr><td>{a}</td><td align="right">{b}</td></tr>' for a, b in rows)
        + "</table>"
    )
    before, after = plain.split("Budget:\n")
    after = after.split("Summa: 13 900 kr\n", 1)[1]
    html = html_of(before, "Verdana, sans-serif").replace(
        "</div></body></html>",
        "<p><b>Budget:</b></p>\n"
        + table
        + "\n"
        + html_of(after, "Verdana").split('11pt">\n', 1)[1],
    )
    raw = message(
        [
            ("From", addr("Petra Håkansson", "petra.hakansson@example.se")),
            ("To", addr(*OFFICER)),
            ("Subject", ew("Idéslanten – Kulturnatt i Rockneby 19/9")),
            ("Date", date(cet(2026, 3, 16, 12, 4, 37))),
            ("Message-ID", mid(n, "1773659077.512.rockneby.kulturnatt", "example.se")),
            ("X-Mailer", "Zimbra 10.0.6_GA_0166 (ZimbraWebClient - FF128 (Win)/10.0.6_GA_0166)"),
        ],
        multipart(
            "alternative",
            [
                text(plain, "utf-8", "quoted-printable"),
                text(html, "utf-8", "quoted-printable", "html"),
            ],
            "=_7c2a9e1f-rockneby-2612",
        ),
    )
    add(
        n,
        "rockneby-kulturnatt",
        raw,
        label(
            "application",
            "sv",
            "11111",
            "Complete, multipart/alternative (Zimbra webmail) with the budget as a list in text and as an HTML table. Association: name, org.nr, ~320 members, what it does. Contact: named secretary with phone and own address. Activity: dated culture night with concrete programme and local benefit (new and old residents meeting). Anchoring: working group of six named local associations and 41 volunteers (volunteers are not members). Budget: five items, 13 900, equal to the applied amount. Band fees are performer fees, not salary; rented sound system is not an investment; printed signs are consumables. 'kvinnor och män' gives women_and_men true.",
            association_name="Rockneby Byaförening",
            org_number="802966-7493",
            contact_name="Petra Håkansson",
            contact_email="petra.hakansson@example.se",
            contact_phone="0480-321 55",
            members=320,
            ort="Rockneby",
            amount_sek=13900,
            women_and_men=True,
            salary_costs=False,
            physical_investment=False,
        ),
    )


m2612()


# --- 2613 autoreply (Auto-Submitted) from the Grönhögen treasurer -------------------------
def m2613():
    n = 2613
    body = """Tack för ditt mejl.

Jag är bortrest och läser inte e-post förrän måndag 6 april. För brådskande hamnärenden, ring hamnvärden Stig på 070-880 12 45.

Sven-Olof Karlsson
Grönhögens Båt- och Hamnförening
"""
    raw = message(
        [
            ("From", addr("Sven-Olof Karlsson", "sven-olof.karlsson@example.net")),
            ("To", addr(*OFFICER, charset="iso-8859-1")),
            ("Subject", ew("Automatiskt svar: Ansökan idéslanten - Grönhögens hamn", "iso-8859-1")),
            ("Date", date(cet(2026, 3, 20, 14, 31, 0))),
            ("Message-ID", mid(n, "000a01dcb86c$1f0e2d40$5d2a87c0$", "example.net")),
            ("In-Reply-To", "<officer.2026-0002.reply1@example.se>"),
            ("References", f"{MSGIDS[2603]} <officer.2026-0002.reply1@example.se>"),
            ("Auto-Submitted", "auto-replied"),
            ("X-Auto-Response-Suppress", "All"),
            ("X-Mailer", "Microsoft Outlook 14.0"),
        ],
        text(body, "iso-8859-1", "quoted-printable"),
    )
    add(
        n,
        "gronhogen-automatiskt-svar",
        raw,
        label(
            "autoreply",
            "sv",
            "00000",
            "Outlook out-of-office ('Automatiskt svar:') with Auto-Submitted: auto-replied and X-Auto-Response-Suppress, answering the officer's reply in the thread of 2603 (References include that application). Not a followup even though it is threaded; it contains a phone number and a name but all facts stay null. The bot must not answer it.",
        ),
    )


m2613()


# --- 2614 Söderåkra: everything in a PDF, one-line body ------------------------------------
def m2614():
    n = 2614
    body = "Hej, se bifogad ansökan från Söderåkra byalag.\n/Eva\n"
    doc = pdf(
        [
            "# Ansökan om regional bygdepeng – idéslanten 2026",
            "",
            "Sökande: Söderåkra Byalag, org.nr 802826-3898",
            "Byalaget samlar boende i Söderåkra samhälle och kringliggande byar i Torsås kommun.",
            "Antal medlemmar: 75",
            "",
            "Kontaktperson: Eva Jonsson, tel 0486-402 18, e-post eva.jonsson@example.com",
            "",
            "# Aktivitet: Reparationskafé och bytesdag i Söderåkra",
            "Fyra lördagar 2026 (9 maj, 12 september, 10 oktober, 14 november) kl 10–14 i bygdegården.",
            "Frivilliga i byn lagar cyklar, kläder och små elapparater, och en textilpedagog från",
            "studieförbundet leder en sy- och lagningsverkstad. Samtidigt bytesdag för barnkläder.",
            "Syftet är att skapa en återkommande mötesplats i Söderåkra efter att banken och posten",
            "försvunnit, ta tillvara kunnandet hos äldre bybor och spara pengar för barnfamiljer.",
            "Kvinnor och män i alla åldrar är välkomna, både som besökare och som reparatörer.",
            "",
            "# Lokal förankring",
            "I januari låg en enkät i Söderåkra lanthandel, 60 personer svarade och 52 ville ha",
            "ett reparationskafé. Svenska kyrkan i Söderåkra lånar ut församlingshemmets symaskiner",
            "och PRO Söderåkra ordnar fika. 12 frivilliga reparatörer har redan anmält sig.",
            "",
            "# Budget",
            "Lokalhyra bygdegården 4 x 600 kr                 2 400 kr",
            "Arvode textilpedagog 4 x 1 500 kr               6 000 kr",
            "Reservdelar, tråd, lagningsmaterial (förbrukning)  1 200 kr",
            "Annonsering                                         800 kr",
            "Fika                                              1 000 kr",
            "Summa                                            11 400 kr",
            "",
            "Söderåkra 20 mars 2026",
            "Eva Jonsson, ordförande",
        ],
        "Ansökan idéslanten Söderåkra byalag",
    )
    raw = message(
        [
            ("From", addr("Eva Jonsson", "eva.jonsson@example.com")),
            ("To", OFFICER[1]),
            ("Subject", ew("Ansökan idéslanten Söderåkra")),
            ("Date", date(cet(2026, 3, 25, 7, 58, 19))),
            ("Message-ID", mid(n, "trinity-5f1e8c2a-2614-soderakra-8b21", "example.com")),
            ("User-Agent", "Roundcube Webmail/1.6.9"),
        ],
        multipart(
            "mixed",
            [
                text(body, "UTF-8", "7bit" if body.isascii() else "8bit"),
                attachment(doc, "application/pdf", "Ansökan idéslanten Söderåkra.pdf"),
            ],
            "=_b41d8f0c2e7a6d915c0a2614",
        ),
    )
    add(
        n,
        "soderakra-reparationskafe-pdf",
        raw,
        label(
            "application",
            "sv",
            "11111",
            "Complete application entirely inside a text PDF (Helvetica/WinAnsi, Flate stream); the body is one line signed '/Eva'. Association: name, org.nr, what it is, 75 members. Contact: named in the PDF with phone and the same address as From. Activity: four dated Saturdays with content and local benefit. Anchoring: shop survey (60 respondents, not members), church and PRO cooperation, 12 volunteers. Budget: five items summing to 11 400. Textile teacher's fee is not salary; spare parts and thread are consumables. 'Kvinnor och män' gives women_and_men true.",
            association_name="Söderåkra Byalag",
            org_number="802826-3898",
            contact_name="Eva Jonsson",
            contact_email="eva.jonsson@example.com",
            contact_phone="0486-402 18",
            members=75,
            ort="Söderåkra",
            amount_sek=11400,
            women_and_men=True,
            salary_costs=False,
            physical_investment=False,
        ),
    )


m2614()


# --- 2615 Degerhamn: bird mornings, binoculars bought; contact missing (shared mailbox) -----
def m2615():
    n = 2615
    body = """Hej!

Södra Ölands Fågelgrupp är en ideell förening i Degerhamn med 52 medlemmar. Vi ordnar fågelskådning och inventeringar på södra Öland sedan 2009.

I maj vill vi ordna "Flyttfågelmorgnar" för bybor i Degerhamn och Grönhögen: fem söndagsmorgnar (3, 10, 17, 24 och 31 maj) kl 6-9 vid Ottenby och Schäferiängen, med en guide från fågelstationen. Många som bor här året runt har aldrig varit ute på udden under flyttningen, trots att folk kommer från hela Europa för att se den. Vi vill att de som bor här ska känna sig som en del av det och kunna guida gäster själva. Alla är välkomna, både tjejer och killar, kvinnor och män.

Vi vill också köpa fyra kikare som föreningen lånar ut till de som inte har egen.

Beslut om detta togs på vårt medlemsmöte 3 mars. Degerhamns skola skickar med inbjudan till alla familjer och Södra Möckleby hembygdsförening bjuder på frukost sista söndagen.

Kostnader
4 kikare à 1 800 kr = 7 200 kr
Guidearvode 5 morgnar = 2 000 kr
Kaffe och frukost = 800 kr
Totalt 10 000 kr

Hälsningar
Södra Ölands Fågelgrupp
"""
    raw = message(
        [
            (
                "From",
                addr(
                    "Södra Ölands Fågelgrupp", "fagelgruppen.sodraoland@example.org", "iso-8859-1"
                ),
            ),
            ("To", OFFICER[1]),
            ("Subject", ew("Flyttfågelmorgnar Degerhamn - ansökan", "iso-8859-1")),
            ("Date", date(cet(2026, 4, 1, 22, 10, 44))),
            ("Message-ID", mid(n, "5f0c2e1a.2615.degerhamn.mail", "example.org")),
            (
                "User-Agent",
                "Mozilla/5.0 (X11; Linux x86_64; rv:115.0) Gecko/20100101 Thunderbird/115.18.0",
            ),
        ],
        text(body, "iso-8859-1", "8bit", extra="; format=flowed"),
    )
    add(
        n,
        "degerhamn-flyttfagelmorgnar",
        raw,
        label(
            "application",
            "sv",
            "10111",
            "Thunderbird on Linux, iso-8859-1 8bit with format=flowed. Sent from the association's shared mailbox and signed only with the association name – no named person, so contact false and contact facts null. Association: named, where, 52 members, since 2009. Activity: five dated mornings with guide and local benefit. Anchoring: members' meeting decision plus school and hembygdsförening cooperation. Budget: three items totalling 10 000. Buying four binoculars to lend out is a physical investment (true). 'tjejer och killar, kvinnor och män' gives women_and_men true.",
            association_name="Södra Ölands Fågelgrupp",
            members=52,
            ort="Degerhamn",
            amount_sek=10000,
            women_and_men=True,
            salary_costs=False,
            physical_investment=True,
        ),
    )


m2615()


# --- 2616 followup to 2607 Kastlösa: contact supplied, Gmail bottom quote --------------------
def m2616():
    n = 2616
    rec = receipt("2026-0006", ["contact", "budget"], 1)
    new = """Hej igen!

Kontaktperson för alvarkvällen blir jag, Lotta Ek, 070-612 45 90, lotta.ek@example.com.
Budgeten får vi återkomma om när vi pratat klart med guiden om vad han tar.

/Lotta Ek
Kastlösa byalag
"""
    body = (
        new
        + "\nDen fre 13 feb. 2026 kl 18:05 skrev Idéslanten – Region Kalmar län <\nideslanten@example.se>:\n\n"
        + quote(rec)
    )
    raw = message(
        [
            ("From", addr("Kastlösa byalag", "kastlosa.byalag@example.com")),
            ("To", addr(*BOT)),
            ("Subject", ew("Re: Alvarkväll i Kastlösa [Idéslanten 2026-0006]")),
            ("Date", date(cet(2026, 4, 7, 9, 45, 3))),
            ("Message-ID", mid(n, "CAJx9Rk2m4TqLw8Pp0d5Vz_kastlosa2616", "example.com")),
            ("In-Reply-To", "<receipt.2026-0006.1@example.se>"),
            ("References", f"{MSGIDS[2607]} <receipt.2026-0006.1@example.se>"),
        ],
        text(body, "UTF-8", "quoted-printable"),
    )
    add(
        n,
        "kastlosa-re-kontakt",
        raw,
        label(
            "followup",
            "sv",
            "01000",
            "Followup to 2607 from the same shared mailbox, Gmail-style bottom quote with a wrapped 'Den fre 13 feb. 2026 kl 18:05 skrev' line over a quoted receipt (wording variant). New text names Lotta Ek with phone and her own e-mail, so contact true (her address, not the shared From, is the contact e-mail). Budget, the other missing element, is explicitly postponed: false. Association name appears only in the signature without anything about it: false.",
            association_name="Kastlösa byalag",
            contact_name="Lotta Ek",
            contact_email="lotta.ek@example.com",
            contact_phone="070-612 45 90",
            ort="Kastlösa",
            salary_costs=False,
            physical_investment=False,
        ),
    )


m2616()


# --- 2617 Pataholm: lowercase, no charset parameter; activity/anchoring/budget missing ----
def m2617():
    n = 2617
    body = """hej
vi i pataholms byförening vill söka pengar från idéslanten. vi e ett 30tal medlemmar o har hållt på sen 70talet med midsommar o sånt.
vi vill göra nåt kul i sommar för byn så det blir liv i hamnen igen, kanske nåt med musik eller så. vet inte vad det kostar än

mvh Gunnar Holm
tel 070 221 45 63
"""
    raw = message(
        [
            ("From", addr("gunnar holm", "gunnar.holm47@example.net")),
            ("To", OFFICER[1]),
            ("Subject", "pengar till pataholm"),
            ("Date", date(cet(2026, 4, 12, 16, 20, 51))),
            ("Message-ID", mid(n, "20260412162051.GH2617.pataholm", "example.net")),
            ("X-Mailer", "Telia Webmail"),
        ],
        Part(
            [("Content-Type", "text/plain"), ("Content-Transfer-Encoding", "8bit")],
            body.encode("iso-8859-1"),
        ),
    )
    add(
        n,
        "pataholm-pengar",
        raw,
        label(
            "application",
            "sv",
            "11000",
            "Very short, all lowercase, no punctuation to speak of; text/plain WITHOUT any charset parameter and iso-8859-1 8bit bytes (the reader must guess the charset). Association: named with 'ett 30tal medlemmar' (30) and history since the 70s. Contact: full name signer from own address with phone. Activity false: 'nåt kul i sommar … kanske nåt med musik' is a vague wish. Anchoring false: nothing. Budget false: 'vet inte vad det kostar än'; no amount at all. Gender not stated.",
            association_name="Pataholms byförening",
            contact_name="Gunnar Holm",
            contact_email="gunnar.holm47@example.net",
            contact_phone="070 221 45 63",
            members=30,
            ort="Pataholm",
            women_and_men=None,
            salary_costs=False,
            physical_investment=False,
        ),
    )


m2617()


# --- 2618 question Hagby: fiddler's fee and deadline; multipart/alternative ----------------
def m2618():
    n = 2618
    plain = """Hej!

Två frågor om idéslanten från Hagby hembygdsförening:

1. Får man använda pengarna till arvode åt en spelman som spelar till dansen på midsommarafton?
2. Finns det något sista datum för att skicka in ansökan i år, eller går det bra hela året?

Vi har inte bestämt oss än om vi ska söka, vill veta först.

Tack på förhand!
Lena Pettersson
Hagby
"""
    raw = message(
        [
            ("From", addr("Lena Pettersson", "lena.pettersson@example.se")),
            ("To", OFFICER[1]),
            ("Subject", ew("Frågor om idéslanten (spelman, sista dag)")),
            ("Date", date(cet(2026, 4, 20, 20, 2, 16))),
            ("Message-ID", mid(n, "0102019e5b8a3c11-hagby-2618-lp", "example.se")),
            ("X-Mailer", "iPad Mail (22E240)"),
        ],
        multipart(
            "alternative",
            [
                text(plain, "utf-8", "quoted-printable"),
                text(
                    html_of(plain, "-apple-system, Helvetica"), "utf-8", "quoted-printable", "html"
                ),
            ],
            "Apple-Mail-7B2E1F0A-2618",
        ),
    )
    add(
        n,
        "hagby-fragor",
        raw,
        label(
            "question",
            "sv",
            "00000",
            "Question (iPad Mail, multipart/alternative): whether a fiddler's fee may be funded and whether there is a deadline; explicitly not applying yet. All elements false. Stated facts: association, signer, ort Hagby. A performer's fee is not a salary cost and nothing else is proposed, so salary_costs and physical_investment stay null; no amount.",
            association_name="Hagby hembygdsförening",
            contact_name="Lena Pettersson",
            contact_email="lena.pettersson@example.se",
            ort="Hagby",
        ),
    )


m2618()


# --- 2619 Vickleby: iPhone base64; unnamed group of artists (association missing) ----------
def m2619():
    n = 2619
    body = """Hej!

Vi är fjorton konstnärer och hantverkare som bor och har ateljé i Vickleby och vi vill söka idéslanten för Öppna ateljéer under Kristi himmelsfärdshelgen 14–17 maj.

Alla fjorton håller öppet kl 11–17 alla fyra dagarna, och i bygdegården blir det en gemensam utställning där man får en karta över byn. Vi trycker en karta och sätter ut skyltar längs Landsvägen. Det ger besökare till byn innan turistsäsongen drar igång och gårdsbutiken och caféet får kunder, och vi vill visa att Vickleby är en levande by året runt.

Vickleby byalag står bakom oss och ordnar parkering på fotbollsplanen, och byalaget tog upp saken på sitt medlemsmöte i mars.

Kostnader
Hyra bygdegården 4 dagar 2000
Tryck av karta 3000
Skyltar (tryckta) 1500
Annons Ölandsbladet + Barometern 2500
= 9000 kr

Hälsningar
Karin Malm
076-119 80 24

Skickat från min iPhone"""
    raw = message(
        [
            ("From", addr("Karin Malm", "karin.malm@example.com")),
            ("To", OFFICER[1]),
            ("Subject", ew("Öppna ateljéer i Vickleby")),
            ("Date", date(cet(2026, 4, 28, 7, 12, 40))),
            ("Message-ID", mid(n, "B2C7D1E4-9A3F-4E10-8C6B-2619F0A1D2E3", "example.com")),
            ("X-Mailer", "iPhone Mail (22E252)"),
        ],
        text(body, "utf-8", "base64"),
    )
    add(
        n,
        "vickleby-oppna-ateljeer",
        raw,
        label(
            "application",
            "sv",
            "01111",
            "iPhone mail, utf-8 base64 body with no final newline and 'Skickat från min iPhone'. Association false: 'vi är fjorton konstnärer och hantverkare' is an unnamed group (Vickleby byalag is a supporting organisation, not the applicant); the group size 14 is recorded as members. Contact: named signer from own address with mobile. Activity: dated open-studio weekend with concrete content and local benefit. Anchoring: the byalag backs it, discussed at its members' meeting, and provides parking. Budget: four items summing to 9 000 (printed signs are consumables). Gender not stated.",
            contact_name="Karin Malm",
            contact_email="karin.malm@example.com",
            contact_phone="076-119 80 24",
            members=14,
            ort="Vickleby",
            amount_sek=9000,
            women_and_men=None,
            salary_costs=False,
            physical_investment=False,
        ),
    )


m2619()


# --- 2620 Byxelkrok: complete but pays a salary; utf-8 base64 webmail ----------------------
def m2620():
    n = 2620
    body = """Hej!

Här kommer vår ansökan om idéslanten.

FÖRENINGEN
Byxelkroks Sommarteater, ideell förening, org.nr 802791-8781. Vi har 38 medlemmar, mest familjer i Byxelkrok och Böda, och har spelat sommarteater vid gamla hamnen sedan 2015.

KONTAKT
Ulrika Strand, ordförande
ulrika.strand@example.org
0485-280 17 / 072-904 33 61

AKTIVITET
I sommar sätter vi upp "Stenbrottet", en pjäs om kalkstensbrytarna på norra Öland och familjerna som levde av stenen. Manuset bygger på intervjuer med äldre i Byxelkrok och Böda. 22 ungdomar mellan 12 och 19 år, tjejer och killar, spelar och bygger kulisser tillsammans med vuxna i byn. Åtta föreställningar 8–25 juli vid hamnen. Ungdomarna får ett sommarjobb-liknande sammanhang hemma i byn i stället för att åka in till Borgholm, och byns historia förs vidare.

FÖRANKRING
Byxelkroks byalag och hamnföreningen är medarrangörer: hamnföreningen upplåter platsen och byalaget sköter biljettförsäljningen. Föräldramötet i april samlade 30 föräldrar som delat upp arbetet med kostymer och fika.

BUDGET
Lön till ungdomsledare (timanställd juni–juli): 5 500 kr
Tyg och material till kostymer: 2 000 kr
Hyra av läktare: 3 000 kr
Annonsering och affischer: 1 500 kr
Summa: 12 000 kr

Vänliga hälsningar
Ulrika Strand
Byxelkroks Sommarteater
"""
    raw = message(
        [
            ("From", addr("Ulrika Strand", "ulrika.strand@example.org")),
            ("To", addr(*OFFICER)),
            ("Subject", ew('Ansökan idéslanten – Sommarteater Byxelkrok "Stenbrottet"')),
            ("Date", date(cet(2026, 5, 5, 10, 33, 8))),
            ("Message-ID", mid(n, "1746434.2620.1778000000.webmail.byxelkrok", "example.org")),
            ("User-Agent", "Outlook-Web (one.com)"),
        ],
        text(body, "utf-8", "base64"),
    )
    add(
        n,
        "byxelkrok-sommarteater",
        raw,
        label(
            "application",
            "sv",
            "11111",
            "Complete but ineligible: utf-8 base64 webmail with capitalised section headings. Association: name, org.nr, 38 members, history. Contact: named chair, own address, two phones (first recorded). Activity: dated play with content and local benefit. Anchoring: byalag and harbour association as co-organisers, parents' meeting (30 parents is attendance, not members). Budget: four items, 12 000. 'Lön till ungdomsledare (timanställd)' is a wage: salary_costs true. Rented stands and costume fabric are not investments. 'tjejer och killar' gives women_and_men true.",
            association_name="Byxelkroks Sommarteater",
            org_number="802791-8781",
            contact_name="Ulrika Strand",
            contact_email="ulrika.strand@example.org",
            contact_phone="0485-280 17",
            members=38,
            ort="Byxelkrok",
            amount_sek=12000,
            women_and_men=True,
            salary_costs=True,
            physical_investment=False,
        ),
    )


m2620()


# --- 2621 followup to 2611 Köpingsvik: association formed; Apple Mail quote, English -------
def m2621():
    n = 2621
    rec = receipt("2026-0009", ["association", "anchoring"], 1)
    new = """Hej! Tack för svaret.

Good news: at a meeting on 28 April we formed an association, "Språkcafé Köpingsvik" (ideell förening). We have 19 members now, newcomers and Swedes from the village, and adopted statutes. The board is me (chair), Agnieszka Nowak and Lars-Erik Öhman. We have applied for an organisation number from Skatteverket but not received it yet.

Best regards
Henk de Vries
+46 70 558 21 40

"""
    body = (
        new
        + "> On 10 Mar 2026, at 19:32, Idéslanten – Region Kalmar län <ideslanten@example.se> wrote:\n>\n"
        + quote(rec)
    )
    raw = message(
        [
            ("From", addr("Henk de Vries", "henk.devries@example.com")),
            ("To", addr(*BOT)),
            (
                "Subject",
                ew("Re: Application idéslanten – language café Köpingsvik [Idéslanten 2026-0009]"),
            ),
            ("Date", date(cet(2026, 5, 11, 21, 4, 27))),
            ("Message-ID", mid(n, "0C5A8E21-2621-4F7B-9E3D-7A1B2C3D4E5F", "example.com")),
            ("In-Reply-To", "<receipt.2026-0009.1@example.se>"),
            ("References", f"{MSGIDS[2611]} <receipt.2026-0009.1@example.se>"),
            ("X-Mailer", "Apple Mail (2.3826.400.131.1.6)"),
        ],
        text(body, "utf-8", "quoted-printable"),
    )
    add(
        n,
        "kopingsvik-re-forening",
        raw,
        label(
            "followup",
            "en",
            "11000",
            "English followup to 2611 (Apple Mail, 'On … wrote:' quote of a Swedish receipt). New text supplies the association: named, ideell förening, 19 members, board, statutes (org.nr pending, so null). Signed by the named sender from his own address with phone: contact true. Anchoring, also asked for, is not supplied – founding an association is not local backing for the activity.",
            association_name="Språkcafé Köpingsvik",
            contact_name="Henk de Vries",
            contact_email="henk.devries@example.com",
            contact_phone="+46 70 558 21 40",
            members=19,
            ort="Köpingsvik",
            salary_costs=False,
            physical_investment=False,
        ),
    )


m2621()


# --- 2622 Läckeby: budget only as a photo (PNG) – budget missing ----------------------------
def m2622():
    n = 2622
    body = """Hej!

Läckeby Hembygdsförening (112 medlemmar) söker 12 000 kr ur idéslanten för "Läckeby vid havet" – en kustvandring och en berättarkväll på nationaldagen lördag 6 juni.

På förmiddagen går vi längs kusten från Läckeby kyrka ut mot Skäggenäs med stopp vid gamla lastageplatser och båtvarv, där guider från föreningen berättar. På kvällen blir det berättarkväll i bygdegården där äldre bybor berättar om sjöfarten, skutorna och fisket, och vi visar bilder. Det nya bostadsområdet vid Läckeby har gjort att många inflyttade inte vet något om byns historia, och vi vill att de ska känna sig hemma här.

Under vintern har vi spelat in berättelser från 17 äldre bybor. Läckeby byalag ordnar korv och kaffe och scoutkåren sköter vägvisningen på vandringen.

Budgeten skrev jag på ett papper, jag tog ett kort på den och bifogar.

Göran Axelsson
Läckeby Hembygdsförening
0480-604 12
"""
    raw = message(
        [
            ("From", addr("Göran Axelsson", "goran.axelsson@example.net")),
            ("To", OFFICER[1]),
            ("Subject", ew("Ansökan idéslanten - Läckeby vid havet")),
            ("Date", date(cet(2026, 5, 18, 15, 48, 2))),
            ("Message-ID", mid(n, "6a1d2e3f.2622.laeckeby.hembygd", "example.net")),
            ("X-Mailer", "Microsoft Outlook 16.0"),
        ],
        multipart(
            "mixed",
            [
                text(body, "utf-8", "8bit"),
                attachment(png(240, 180, 2622), "image/png", "IMG_20260518_153904.png"),
            ],
            "----=_NextPart_000_0012_01DCE6D4.5A7C2B10",
        ),
    )
    add(
        n,
        "lackeby-vid-havet-foto",
        raw,
        label(
            "application",
            "sv",
            "11110",
            "Outlook, utf-8 8bit body plus a PNG photo of a handwritten budget that no text extraction can read. Association: name and 112 members. Contact: named signer from own address with phone. Activity: dated walk and storytelling evening with local benefit for newcomers. Anchoring: 17 recorded elders, byalag and scouts taking part. Budget false: the only budget is an unreadable image; the stated 12 000 is the applied amount. Gender not stated.",
            association_name="Läckeby Hembygdsförening",
            contact_name="Göran Axelsson",
            contact_email="goran.axelsson@example.net",
            contact_phone="0480-604 12",
            members=112,
            ort="Läckeby",
            amount_sek=12000,
            women_and_men=None,
            salary_costs=False,
            physical_investment=False,
        ),
    )


m2622()


# --- 2623 bounce: mailbox full for the Vickleby applicant ----------------------------------
def m2623():
    n = 2623
    expl = """This is the mail system at host mx1.example.se.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<karin.malm@example.com>: host mx.example.com[192.0.2.25] said: 552 5.2.2
    <karin.malm@example.com>: Mailbox full, quota exceeded (in reply to RCPT
    TO command)
"""
    status = """Reporting-MTA: dns; mx1.example.se
X-Postfix-Queue-ID: 4fQk2B1x7Zz2623
Arrival-Date: Mon, 25 May 2026 09:14:02 +0200 (CEST)

Final-Recipient: rfc822; karin.malm@example.com
Original-Recipient: rfc822;karin.malm@example.com
Action: failed
Status: 5.2.2
Remote-MTA: dns; mx.example.com
Diagnostic-Code: smtp; 552 5.2.2 <karin.malm@example.com>: Mailbox full, quota
    exceeded
"""
    orig = f"""Return-Path: <landsbygdsutvecklare@example.se>
From: {addr(*OFFICER)}
To: Karin Malm <karin.malm@example.com>
Subject: {ew("Re: Öppna ateljéer i Vickleby")}
Date: Mon, 25 May 2026 09:13:58 +0200
Message-ID: <officer.2026-0017.reply1@example.se>
In-Reply-To: {MSGIDS[2619]}
References: {MSGIDS[2619]}
"""
    body = multipart(
        "report",
        [
            Part(
                [
                    ("Content-Description", "Notification"),
                    ("Content-Type", "text/plain; charset=us-ascii"),
                ],
                expl.encode(),
            ),
            Part(
                [
                    ("Content-Description", "Delivery report"),
                    ("Content-Type", "message/delivery-status"),
                ],
                status.encode(),
            ),
            Part(
                [
                    ("Content-Description", "Undelivered Message Headers"),
                    ("Content-Type", "text/rfc822-headers"),
                ],
                orig.encode(),
            ),
        ],
        "4fQk2B1x7Zz2623.1779693243/mx1.example.se",
        extra="; report-type=delivery-status",
        preamble="This is a MIME-encapsulated message.\n\n",
    )
    raw = message(
        [
            ("Return-Path", "<>"),
            ("From", "MAILER-DAEMON@example.se (Mail Delivery System)"),
            ("To", OFFICER[1]),
            ("Subject", "Undelivered Mail Returned to Sender"),
            ("Date", date(cet(2026, 5, 25, 9, 14, 3))),
            ("Message-ID", mid(n, "20260525071403.9C1A23E0623", "example.se")),
            ("Auto-Submitted", "auto-replied"),
        ],
        body,
    )
    add(
        n,
        "bounce-vickleby-mailbox-full",
        raw,
        label(
            "bounce",
            "en",
            "00000",
            "Postfix delivery status notification (multipart/report; report-type=delivery-status with message/delivery-status and text/rfc822-headers) for the officer's reply to 2619: 552 mailbox full. The returned headers reference the application's Message-ID, but it is a bounce, never a followup; all facts null and no reply.",
        ),
    )


m2623()


# --- 2624 Gullabo: vague activity, everything else present; iso-8859-1 8bit ---------------
def m2624():
    n = 2624
    body = """Hej!

Gullabo Bygdegårdsförening (org.nr 802642-7743) har 64 medlemmar och äger bygdegården i Gullabo sedan 1952.

Vi vill göra mer i bygdegården i sommar så att folk i Gullabo träffas mer, det har varit alldeles för lite på sistone sen affären stängde. Det ska vara för alla i bygden, kvinnor och män, gamla och unga.

På vårmötet 19 april röstade alla ja till att söka, och Gullabo IF och Gullabo hembygdsförening vill vara med och hjälpa till.

Budget
Arvoden                6 000
Hyra ljudanläggning    2 000
Annonser                 800
Fika                   1 200
Summa                 10 000 kr

Med vänliga hälsningar
Rune Persson, kassör
0486-520 33
rune.persson@example.net
"""
    raw = message(
        [
            ("From", addr("Rune Persson", "rune.persson@example.net")),
            ("To", OFFICER[1]),
            ("Subject", ew("Ansökan från Gullabo bygdegårdsförening", "iso-8859-1")),
            ("Date", date(cet(2026, 6, 2, 19, 22, 10))),
            ("Message-ID", mid(n, "3d9e1b7c-2624-gullabo.bygdegard", "example.net")),
            (
                "User-Agent",
                "Mozilla/5.0 (Windows NT 10.0; rv:115.0) Gecko/20100101 Thunderbird/115.12.2",
            ),
        ],
        text(body, "iso-8859-1", "8bit"),
    )
    add(
        n,
        "gullabo-sommar-bygdegarden",
        raw,
        label(
            "application",
            "sv",
            "11011",
            "Thunderbird, iso-8859-1 8bit, budget as a space-aligned table. Association: name, org.nr, 64 members, owns the hall since 1952. Contact: named treasurer, own address, phone. Activity false: 'göra mer i bygdegården i sommar så att folk träffas mer' says neither what, when nor how – the budget's 'Arvoden' and sound hire hint at events but do not describe them. Anchoring: spring meeting vote plus the IF and hembygdsförening joining. Budget: four items summing to 10 000. 'kvinnor och män' gives women_and_men true.",
            association_name="Gullabo Bygdegårdsförening",
            org_number="802642-7743",
            contact_name="Rune Persson",
            contact_email="rune.persson@example.net",
            contact_phone="0486-520 33",
            members=64,
            ort="Gullabo",
            amount_sek=10000,
            women_and_men=True,
            salary_costs=False,
            physical_investment=False,
        ),
    )


m2624()


# --- 2625 Fliseryd: river day, buys fishing rods; budget without amounts ------------------
def m2625():
    n = 2625
    body = """Hej,

Fliseryds Fiskevårdsförening vill söka idéslanten för Emådagen
lördag 15 augusti. Föreningen har 85 medlemmar och sköter fisket i
Emån mellan Fliseryd och Blomstermåla.

Emådagen: på förmiddagen guidade vandringar längs ån vid Fliseryds
bruk där en guide berättar om kvarnarna, flottningen och ålfisket.
På eftermiddagen fiskeskola för barn och unga, tjejer och killar,
med föreningens medlemmar som ledare. Vi vill att fler i Fliseryd
ska upptäcka ån och att några av de unga blir nästa generation
fiskevårdare. Vi vill också köpa tio fiskespön med rullar som
föreningen lånar ut vid fiskeskolan och efteråt.

Årsmötet i februari beslutade om Emådagen. Fliseryds skola
bjuder in alla elever och Fliseryds hembygdsförening håller
sockenstugan öppen med kaffe.

Det vi behöver pengar till är fiskespön, guide, annonser och fika,
ungefär 14 000 totalt.

Hälsningar
Tomas Gustafsson
070-345 88 12 (kvällar)
"""
    raw = message(
        [
            ("From", addr("Tomas Gustafsson", "tomas.gustafsson@example.org")),
            ("To", addr(*OFFICER)),
            ("Subject", ew("Emådagen i Fliseryd – idéslanten")),
            ("Date", date(cet(2026, 6, 9, 21, 50, 33))),
            ("Message-ID", mid(n, "e1f0a2b3-2625-4c5d-fliseryd-fvf", "example.org")),
            ("User-Agent", "Mozilla Thunderbird"),
        ],
        text(body, "utf-8", "8bit", extra="; format=flowed"),
    )
    add(
        n,
        "fliseryd-emadagen",
        raw,
        label(
            "application",
            "sv",
            "11110",
            "Thunderbird, hard-wrapped utf-8 8bit. Association: name, 85 members, what it does. Contact: named signer from own address with phone. Activity: dated river day with walks, fishing school and local benefit. Anchoring: annual meeting decision, school and hembygdsförening cooperation. Budget false: cost items are listed without amounts and only a rough total is given; that 'ungefär 14 000' is the amount. Buying ten fishing rods with reels to lend is a physical investment (true). 'tjejer och killar' gives women_and_men true.",
            association_name="Fliseryds Fiskevårdsförening",
            contact_name="Tomas Gustafsson",
            contact_email="tomas.gustafsson@example.org",
            contact_phone="070-345 88 12",
            members=85,
            ort="Fliseryd",
            amount_sek=14000,
            women_and_men=True,
            salary_costs=False,
            physical_investment=True,
        ),
    )


m2625()


# --- 2626 newsletter: summer calendar, text only, Precedence: bulk, no List-Id -------------
def m2626():
    n = 2626
    body = """SOMMARBREVET FRÅN ÖLANDS BYGDENÄTVERK - juni 2026
=================================================

Hej alla byalag och föreningar på Öland!

Här kommer sommarens kalender. Skicka gärna vidare till era medlemmar.

20 juni   Midsommarfirande i bl.a. Löttorp, Gårdby och Degerhamn
27 juni   Bygdegårdarnas dag - öppet hus i 14 bygdegårdar
4 juli    Hamnfest i Byxelkrok
18 juli   Loppis längs landsvägen, Köpingsvik-Löttorp
8 aug     Alvarvandring för nyinflyttade, Stenåsa

Skördefesten 24-27 september: vill er förening vara med i programbladet?
Ansök om plats senast 1 juli via formuläret på vår webb.

Trevlig sommar!
Bygdenätverket

--
Du får Sommarbrevet för att din förening är ansluten till nätverket.
Vill du inte ha fler utskick: https://bygdenatverket.example.net/avsluta?id=oland-1188
"""
    raw = message(
        [
            ("From", addr("Ölands Bygdenätverk", "utskick@example.net", "iso-8859-1")),
            ("To", "undisclosed-recipients:;"),
            ("Subject", ew("Sommarbrevet juni 2026", "iso-8859-1")),
            ("Date", date(cet(2026, 6, 15, 6, 30, 0))),
            ("Message-ID", mid(n, "sommarbrevet-2026-06-oland-1188", "example.net")),
            ("Precedence", "bulk"),
            ("List-Unsubscribe", "<https://bygdenatverket.example.net/avsluta?id=oland-1188>"),
            ("X-Mailer", "sendy 6.1"),
        ],
        text(body, "iso-8859-1", "quoted-printable"),
    )
    add(
        n,
        "nyhetsbrev-sommarbrevet",
        raw,
        label(
            "newsletter",
            "sv",
            "00000",
            "Plain-text iso-8859-1 QP bulk mail to undisclosed recipients with Precedence: bulk and List-Unsubscribe but no List-Id. It names several localities and asks associations to 'ansök om plats' in a festival programme - not a grant application. All facts null; no reply.",
        ),
    )


m2626()


# --- 2627 Påryd: study trip; signed Styrelsen from shared mailbox, bare total ----------------
def m2627():
    n = 2627
    plain = """Hej!

Påryds Byaråd, org.nr 802756-8206, är en samverkansförening för byarna runt Påryd. Ca 140 hushåll är medlemmar och sex föreningar i byn är anslutna.

Vi vill göra en studieresa lördag 26 september till Kristdala i Oskarshamns kommun. Där har byborna själva startat en servicepunkt med paketutlämning, apoteksombud och café i bygdegården. Vi har ingen affär kvar i Påryd och vill se hur de gjort, vad det kostar att driva och hur de fått kommunen med sig. Ett 30-tal personer åker, och vi redovisar det vi lärt oss på ett öppet möte i Påryds bygdegård i oktober.

Byastämman den 12 mars, där 41 personer var med, gav byarådet i uppdrag att ordna resan och söka pengar.

Vi söker 15 000 kr.

Vänliga hälsningar
Styrelsen Påryds Byaråd
"""
    raw = message(
        [
            ("From", addr("Påryds Byaråd", "paryds.byarad@example.se")),
            ("To", OFFICER[1]),
            ("Subject", ew("Studieresa till Kristdala – Påryds Byaråd")),
            ("Date", date(cet(2026, 6, 22, 14, 5, 57))),
            ("Message-ID", mid(n, "AM7P190MB0612.2627.paryd.byarad", "example.se")),
            ("X-MS-Exchange-Organization-SCL", "-1"),
        ],
        multipart(
            "alternative",
            [text(plain, "utf-8", "base64"), text(html_of(plain), "utf-8", "base64", "html")],
            "_000_AM7P190MB06122627_",
        ),
    )
    add(
        n,
        "paryd-studieresa-kristdala",
        raw,
        label(
            "application",
            "sv",
            "10110",
            "Outlook/Exchange multipart/alternative with both parts base64. Sent from the byaråd's shared mailbox and signed 'Styrelsen' – no named person: contact false, contact facts null. Association: name, org.nr, what it is, 'ca 140 hushåll är medlemmar' = 140. Activity: dated study trip with purpose, size and a follow-up meeting. Anchoring: byastämma mandate (41 present is attendance). Budget false: 'Vi söker 15 000 kr' is a bare total; it is the amount. Gender not stated.",
            association_name="Påryds Byaråd",
            org_number="802756-8206",
            members=140,
            ort="Påryd",
            amount_sek=15000,
            women_and_men=None,
            salary_costs=False,
            physical_investment=False,
        ),
    )


m2627()


# --- 2628 autoreply WITHOUT automation headers: Byxelkrok chair on holiday -------------------
def m2628():
    n = 2628
    body = """Hej!

Jag är på semester (och på teatern vid hamnen!) till och med 10 augusti och läser mejl bara sporadiskt.

Gäller det biljetter till Stenbrottet, ring byalaget på 0485-280 90.

Sommarhälsningar
Ulrika Strand
"""
    raw = message(
        [
            ("From", addr("Ulrika Strand", "ulrika.strand@example.org")),
            ("To", addr(*OFFICER)),
            (
                "Subject",
                ew('Semester! Re: Ansökan idéslanten – Sommarteater Byxelkrok "Stenbrottet"'),
            ),
            ("Date", date(cet(2026, 7, 3, 11, 0, 12))),
            ("Message-ID", mid(n, "vacation.2628.1783069212.byxelkrok", "example.org")),
            ("In-Reply-To", "<officer.2026-0019.reply1@example.se>"),
            ("References", f"{MSGIDS[2620]} <officer.2026-0019.reply1@example.se>"),
        ],
        text(body, "utf-8", "8bit"),
    )
    add(
        n,
        "byxelkrok-semester",
        raw,
        label(
            "autoreply",
            "sv",
            "00000",
            "Vacation reply WITHOUT any automation header (no Auto-Submitted, X-Autoreply or Precedence), recognisable only from the 'Semester!' subject and the away text; threaded to the officer's reply on 2620. Not a followup; all facts null; the bot must not answer it.",
        ),
    )


m2628()


# --- 2629 Böda: beach clean-up by unnamed group, no signature ------------------------------
def m2629():
    n = 2629
    body = """Hej

Vi är några fastboende och stugägare i Böda som varje sommar ser hur mycket skräp som flyter i land på Böda sand, och nu vill vi göra något åt det tillsammans.

Lördag 15 augusti ordnar vi en strandstädardag längs Böda sand från Böda hamn till Ängjärnsudden. Vi börjar kl 9 med en kort föreläsning av en marinbiolog om var skräpet kommer ifrån, sen städar vi i lag och avslutar med grillkorv vid hamnen. Det blir en dag där sommargäster och vi som bor här året runt gör något ihop för stranden som hela bygden lever av.

Böda hembygdsförening och två av campingarna ställer upp med säckar och transport, och hittills har 20 frivilliga anmält sig.

Kostnader:
Föreläsararvode marinbiolog 2 500 kr
Hyra av släpvagn för skräpet 800 kr
Handskar och säckar 700 kr
Grillkorv och dricka 1 000 kr
Summa 5 000 kr

Tack!
"""
    raw = message(
        [
            ("From", addr("MB Lindqvist", "mb.lindqvist@example.com")),
            ("To", OFFICER[1]),
            ("Subject", ew("Strandstädardag Böda sand")),
            ("Date", date(cet(2026, 7, 8, 8, 41, 19))),
            ("Message-ID", mid(n, "2629.strand.boda.1783492879", "example.com")),
            ("User-Agent", "K-9 Mail for Android"),
        ],
        text(body, "utf-8", "8bit"),
    )
    add(
        n,
        "boda-strandstadardag",
        raw,
        label(
            "application",
            "sv",
            "00111",
            "K-9 Mail on Android, utf-8 8bit, no signature at all. Association false: 'några fastboende och stugägare' is an unnamed group (the hembygdsförening is a supporter). Contact false: the only name is the From display name 'MB Lindqvist' – a name only in the From header does not count, so contact facts are null. Activity: dated beach clean-up with lecture and local benefit. Anchoring: hembygdsförening and campsites take part, 20 volunteers. Budget: four items, 5 000 (marine biologist's fee is not salary; trailer is rented; gloves and bags are consumables).",
            ort="Böda",
            amount_sek=5000,
            women_and_men=None,
            salary_costs=False,
            physical_investment=False,
        ),
    )


m2629()


# --- 2630 spam: English grant-writing consultancy ------------------------------------------
def m2630():
    n = 2630
    body = """Dear Rural Development Officer,

Are your applicants struggling to secure funding? FundWin Consulting has helped
over 1,200 associations across Europe win EU and regional grants, with a 97%
success rate.

* Full application writing from EUR 490
* Guaranteed approval or your money back*
* Free eligibility check - reply YES today!

Our next intake closes Friday. Book a free 15-minute call here:
http://fundwin-consulting.example.com/book?ref=kalmar2630

Best regards,
Sarah Mitchell
Senior Grant Strategist, FundWin Consulting Ltd

*Terms apply. To stop receiving these emails reply STOP.
"""
    raw = message(
        [
            ("From", addr("Sarah Mitchell", "sarah.mitchell@example.com")),
            ("To", OFFICER[1]),
            ("Subject", "Your applicants deserve 97% success - free eligibility check"),
            ("Date", date(cet(2026, 7, 20, 16, 2, 44))),
            ("Message-ID", mid(n, "fw.2630.20260720140244.kalmar", "example.com")),
            ("X-Mailer", "Mailvelocity 3.1"),
        ],
        text(body, "us-ascii", "7bit"),
    )
    add(
        n,
        "spam-fundwin",
        raw,
        label(
            "spam",
            "en",
            "00000",
            "Unsolicited English sales mail (us-ascii 7bit) for a grant-writing consultancy, using grant vocabulary ('eligibility', 'applicants'). Not a question or application; all facts null.",
        ),
    )


m2630()


# --- 2631 followup to 2622 Läckeby: budget typed out; Outlook 'Ursprungligt meddelande' ---
def m2631():
    n = 2631
    rec = receipt("2026-0021", ["budget"])
    new = """Hej igen

Fotot gick visst inte att läsa, här är budgeten utskriven:

Hyra bygdegården berättarkvällen   1 500
Utskrift av foton till utställning 2 500
Ljudtekniker inspelning/redigering (arvode) 4 000
Annonsering och affischer          1 500
Fika, korv och kaffe               2 500
Summa                             12 000 kr

Hälsningar
Göran Axelsson
0480-604 12
"""
    quoted = (
        "\n-----Ursprungligt meddelande-----\n"
        "Från: Idéslanten – Region Kalmar län <ideslanten@example.se>\n"
        "Skickat: den 18 maj 2026 15:52\n"
        "Till: goran.axelsson@example.net\n"
        "Ämne: Re: Ansökan idéslanten - Läckeby vid havet [Idéslanten 2026-0021]\n\n" + rec
    )
    raw = message(
        [
            ("From", addr("Göran Axelsson", "goran.axelsson@example.net")),
            ("To", addr(*BOT)),
            (
                "Subject",
                ew("SV: Re: Ansökan idéslanten - Läckeby vid havet [Idéslanten 2026-0021]"),
            ),
            ("Date", date(cet(2026, 8, 3, 10, 7, 30))),
            ("Message-ID", mid(n, "6a1d2e40.2631.laeckeby.hembygd", "example.net")),
            ("In-Reply-To", "<receipt.2026-0021.1@example.se>"),
            ("References", f"{MSGIDS[2622]} <receipt.2026-0021.1@example.se>"),
            ("X-Mailer", "Microsoft Outlook 16.0"),
        ],
        text(new + quoted, "windows-1252", "quoted-printable"),
    )
    add(
        n,
        "lackeby-sv-budget",
        raw,
        label(
            "followup",
            "sv",
            "01001",
            "Followup to 2622 (threaded via the receipt, References include the application), Outlook plain text windows-1252 QP with '-----Ursprungligt meddelande-----' quote. New text types out the budget that was only a photo: five items summing to 12 000 (technician's fee for recording is a fee, not salary). Signed by the named sender from his own address with phone: contact true.",
            contact_name="Göran Axelsson",
            contact_email="goran.axelsson@example.net",
            contact_phone="0480-604 12",
            ort="Läckeby",
            amount_sek=12000,
            salary_costs=False,
            physical_investment=False,
        ),
    )


m2631()


# --- 2632 Alböke: complete in a .docx, short body ------------------------------------------
def m2632():
    n = 2632
    body = """Hej!
Bifogar vår ansökan om idéslanten för Äppeldagen i Alböke under Skördefesten.
Hör av er om något är oklart.

Per-Olof Nyberg
Alböke Byalag
070-271 93 05
"""
    doc = docx(
        [
            "# Ansökan om regional bygdepeng – idéslanten",
            "# 1. Sökande förening",
            "Alböke Byalag, org.nr 802310-7678. Byalaget bildades 1981 och har 58 medlemmar i Alböke och Kappeltorp på Ölands östra sida.",
            "# 2. Kontaktperson",
            "Per-Olof Nyberg, 070-271 93 05, per-olof.nyberg@example.se",
            "# 3. Aktivitet",
            "Äppeldagen i Alböke lördag 26 september, under Ölands Skördefest. Vi hyr ett mobilt musteri som står vid bystugan hela dagen. Byborna tar med äpplen från sina trädgårdar och får must på bag-in-box; resten säljs till besökare. På eftermiddagen håller vi en bystämma om en vandringsled mellan Alböke och Köpingsvik. Dagen tar tillvara fallfrukt som annars ruttnar, lockar skördefestbesökare till byn och samlar kvinnor och män, barn och äldre kring något gemensamt.",
            "# 4. Lokal förankring",
            "Idén kommer från byalagets äppelgrupp där 15 hushåll är med. Förslaget godkändes på byalagets årsmöte 8 mars. Föra hembygdsförening och Alböke kyrkliga syförening ansvarar för kaffeservering och loppis.",
            "# 5. Budget",
            [
                ["Post", "Kronor"],
                ["Hyra mobilt musteri inkl. operatör, 1 dag", "6 500"],
                ["Bag-in-box och etiketter (förbrukning)", "2 500"],
                ["Hyra tält", "1 600"],
                ["Annons i skördefestprogrammet", "900"],
                ["Summa / sökt belopp", "11 500"],
            ],
        ]
    )
    raw = message(
        [
            ("From", addr("Per-Olof Nyberg", "per-olof.nyberg@example.se")),
            ("To", OFFICER[1]),
            ("Subject", ew("Äppeldagen i Alböke – ansökan")),
            ("Date", date(cet(2026, 8, 12, 17, 36, 5))),
            ("Message-ID", mid(n, "9bd0a7e5-2632-49f1-a6c8-alboke-byalag", "example.se")),
            (
                "User-Agent",
                "Mozilla/5.0 (Macintosh; Intel Mac OS X 14.6; rv:128.0) Gecko/20100101 Thunderbird/128.1.0",
            ),
        ],
        multipart(
            "mixed",
            [
                text(body, "UTF-8", "8bit", extra="; format=flowed"),
                attachment(
                    doc,
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                    "Ansokan_Appeldagen_Alboke.docx",
                ),
            ],
            "------------Qz3m1VbT8rKp0aY2632",
            preamble="This is a multi-part message in MIME format.\n",
        ),
    )
    add(
        n,
        "alboke-appeldagen-docx",
        raw,
        label(
            "application",
            "sv",
            "11111",
            "Complete; the application is a .docx with numbered headings and a budget table, the body only a short covering note (Thunderbird on Mac). Association: name, org.nr, founded 1981, 58 members. Contact: named in body and document with phone and the From address. Activity: dated apple day with musteri and village meeting, local benefit explained. Anchoring: apple group of 15 households, annual meeting approval, hembygdsförening and church sewing circle involved. Budget: four items, 11 500 = applied amount. The musteri is hired (not an investment); bag-in-box are consumables. 'kvinnor och män' gives women_and_men true.",
            association_name="Alböke Byalag",
            org_number="802310-7678",
            contact_name="Per-Olof Nyberg",
            contact_email="per-olof.nyberg@example.se",
            contact_phone="070-271 93 05",
            members=58,
            ort="Alböke",
            amount_sek=11500,
            women_and_men=True,
            salary_costs=False,
            physical_investment=False,
        ),
    )


m2632()


# --- 2633 Blomstermåla: vague activity; Gmail app multipart/alternative ----------------------
def m2633():
    n = 2633
    plain = """Hej!

Blomstermåla Samhällsförening söker idéslanten. Vi är en ideell förening med 120 medlemmar som jobbar för att Blomstermåla ska vara en bra ort att bo i.

Vi vill få liv i centrum igen efter att flera butiker stängt, med olika aktiviteter under hösten som samlar folk.

I våras gjorde vi en enkät där 95 Blomstermålabor svarade och nästan alla ville ha mer som händer i centrum. Blomstermåla Företagarförening och Ålems pastorat är med på idén och har lovat lokal och marknadsföring.

Budget:
Hyra av gamla Konsumlokalen 3 000 kr
Föreläsare 4 000 kr
Annonsering 1 000 kr
Fika 1 000 kr
Totalt 9 000 kr

Hälsningar
Sofia Berg
Blomstermåla Samhällsförening
073-660 27 14
"""
    raw = message(
        [
            ("From", addr("Sofia Berg", "sofia.berg@example.com")),
            ("To", OFFICER[1]),
            ("Subject", ew("Idéslanten Blomstermåla")),
            ("Date", date(cet(2026, 8, 20, 12, 18, 41))),
            ("Message-ID", mid(n, "CAPb7vN0Q2633xYt4R8mBlomstermala", "example.com")),
        ],
        multipart(
            "alternative",
            [
                text(plain, "UTF-8", "quoted-printable"),
                text(html_of(plain, "sans-serif"), "UTF-8", "quoted-printable", "html"),
            ],
            "00000000000026332e5f7a9b0c1d",
        ),
    )
    add(
        n,
        "blomstermala-centrum",
        raw,
        label(
            "application",
            "sv",
            "11011",
            "Gmail multipart/alternative QP. Association: name, 120 members, purpose. Contact: named signer, own address, phone. Activity false: 'få liv i centrum igen med olika aktiviteter under hösten' gives no what, when or how; the budget lines (lecturer, hall) do not describe the activity. Anchoring: survey with 95 respondents plus the business association and parish backing. Budget: four items, 9 000. Gender not stated.",
            association_name="Blomstermåla Samhällsförening",
            contact_name="Sofia Berg",
            contact_email="sofia.berg@example.com",
            contact_phone="073-660 27 14",
            members=120,
            ort="Blomstermåla",
            amount_sek=9000,
            women_and_men=None,
            salary_costs=False,
            physical_investment=False,
        ),
    )


m2633()


# --- 2634 followup to 2617 Pataholm: nothing useful added; webmail quote -------------------
def m2634():
    n = 2634
    rec = receipt("2026-0015", ["activity", "anchoring", "budget"])
    new = """hej igen
ja vet inte riktigt va ni menar med förankring, alla i byn vet om det ju. vi ska ha dans o lotterier i hamnen nån gång i september om vädret e bra.
kostnaden vet vi inte än

Gunnar Holm
"""
    body = (
        new
        + "\n\n----- Ursprungligt meddelande -----\nFrån: Idéslanten – Region Kalmar län <ideslanten@example.se>\nTill: gunnar.holm47@example.net\nSkickat: 2026-04-12 16:24\nÄmne: Re: pengar till pataholm [Idéslanten 2026-0015]\n\n"
        + rec
    )
    raw = message(
        [
            ("From", addr("gunnar holm", "gunnar.holm47@example.net")),
            ("To", BOT[1]),
            ("Subject", ew("Re: pengar till pataholm [Idéslanten 2026-0015]")),
            ("Date", date(cet(2026, 8, 27, 18, 55, 0))),
            ("Message-ID", mid(n, "20260827185500.GH2634.pataholm", "example.net")),
            ("In-Reply-To", "<receipt.2026-0015.1@example.se>"),
            ("References", f"{MSGIDS[2617]} <receipt.2026-0015.1@example.se>"),
            ("X-Mailer", "Telia Webmail"),
        ],
        text(body.replace("–", "-"), "iso-8859-1", "quoted-printable"),
    )
    add(
        n,
        "pataholm-re-inget-nytt",
        raw,
        label(
            "followup",
            "sv",
            "01000",
            "Followup to 2617 that supplies nothing useful: iso-8859-1 QP webmail reply over an unmarked 'Ursprungligt meddelande' quote of the receipt. 'alla i byn vet om det' is an empty claim (anchoring false); 'dans o lotterier i hamnen nån gång i september' is still no concrete activity with local benefit (false); cost unknown (budget false). Signed with full name from his own address: contact true (no phone in the new text).",
            contact_name="Gunnar Holm",
            contact_email="gunnar.holm47@example.net",
            ort="Pataholm",
            salary_costs=False,
            physical_investment=False,
        ),
    )


m2634()


# --- 2635 question Resmo: per-locality cap; HTML-only windows-1252 --------------------------
def m2635():
    n = 2635
    html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"></head><body>
<div>Hej,</div><div><br></div>
<div>Resmo byalag fick idéslanten i våras för sin slåtterdag. Nu funderar vi i Resmo IF på att söka för en höstaktivitet för barn och unga.</div>
<div><br></div>
<div>Gäller taket på 15 000 kr per ort även om det är en annan förening som söker? Och hur mycket fick i så fall byalaget, så vi vet hur mycket som finns kvar för Resmo?</div>
<div><br></div>
<div>Mvh<br>Jens Olofsson<br>Resmo IF</div>
</body></html>
"""
    raw = message(
        [
            ("From", addr("Jens Olofsson", "jens.olofsson@example.org")),
            ("To", OFFICER[1]),
            ("Subject", ew("Fråga: taket per ort – Resmo", "windows-1252")),
            ("Date", date(cet(2026, 9, 7, 8, 30, 16))),
            ("Message-ID", mid(n, "resmo.if.2635.q1", "example.org")),
        ],
        text(html, "windows-1252", "quoted-printable", "html"),
    )
    add(
        n,
        "resmo-fraga-tak-per-ort",
        raw,
        label(
            "question",
            "sv",
            "00000",
            "Question in an HTML-only windows-1252 QP mail: whether the 15 000 kr per-locality cap applies when another association in Resmo applies. The 15 000 is a rule amount asked about, not an amount applied for (amount null). All elements false; stated signer, association and ort recorded; costs null.",
            association_name="Resmo IF",
            contact_name="Jens Olofsson",
            contact_email="jens.olofsson@example.org",
            ort="Resmo",
        ),
    )


m2635()


# --- 2636 Stenåsa: complete, budget in a semicolon CSV; men only ----------------------------
def m2636():
    n = 2636
    body = """Hej!

Stenåsa Bygdeförening (org.nr 802401-3461, 47 medlemmar) söker 8 400 kr ur idéslanten.

Vi vill ordna en kroppkakskurs för byns män, fyra tisdagskvällar i november (3, 10, 17 och 24/11) i bygdegårdens kök. Kursen leds av Elsa Gustavsson i Stenåsa som gjort ölandskroppkakor i sextio år och tar ett litet arvode. Många äldre män i Stenåsa bor ensamma, äter dåligt och träffar nästan ingen under vintern. Kursen ger dem en plats att träffas och lära sig laga något ordentligt, och receptet och kunskapen stannar i byn.

Idén kom från mansträffen som PRO Stenåsa har varannan månad. 16 män har redan skrivit upp sig på listan i affären, och Stenåsa församling lånar oss sitt stora kök om bygdegårdens inte räcker till.

Budgeten ligger i bifogad fil.

Kontakt: Bertil Lund, 0485-431 06, bertil.lund@example.se

Hälsningar
Bertil Lund
Stenåsa Bygdeförening
"""
    csv_text = "Post;Antal;A-pris;Summa\r\nKursledare arvode (kvällar);4;1200;4800\r\nRåvaror potatis, fläsk, mjöl, lök;;;2400\r\nLokalhyra bygdegården;4;300;1200\r\nSumma;;;8400\r\n"
    raw = message(
        [
            ("From", addr("Bertil Lund", "bertil.lund@example.se")),
            ("To", OFFICER[1]),
            ("Subject", ew("Kroppkakskurs i Stenåsa - idéslanten")),
            ("Date", date(cet(2026, 9, 15, 14, 2, 29))),
            ("Message-ID", mid(n, "stenasa.2636.5d1c8e20b4", "example.se")),
            ("User-Agent", "Microsoft-MacOutlook/16.89.24091630"),
        ],
        multipart(
            "mixed",
            [
                text(body, "utf-8", "quoted-printable"),
                attachment(csv_text.encode("windows-1252"), "text/csv", "budget_kroppkakskurs.csv"),
            ],
            "B_3840558149_2636",
        ),
    )
    add(
        n,
        "stenasa-kroppkakskurs-csv",
        raw,
        label(
            "application",
            "sv",
            "11111",
            "Complete, but targets men only: Outlook for Mac, utf-8 QP body and a windows-1252 semicolon CSV budget (CRLF rows inside a base64 attachment). Association: name, org.nr, 47 members. Contact: named with phone and own address. Activity: four dated evenings, who leads, local benefit (isolated older men). Anchoring: idea from the PRO men's group, 16 signed up, parish lends kitchen. Budget: three items, 8 400 = applied amount. 'för byns män' gives women_and_men false. Course leader's fee is not salary; food is a consumable.",
            association_name="Stenåsa Bygdeförening",
            org_number="802401-3461",
            contact_name="Bertil Lund",
            contact_email="bertil.lund@example.se",
            contact_phone="0485-431 06",
            members=47,
            ort="Stenåsa",
            amount_sek=8400,
            women_and_men=False,
            salary_costs=False,
            physical_investment=False,
        ),
    )


m2636()


# --- 2637 Tvärskog: digital café, buys tablets; budget in .txt; anchoring missing -----------
def m2637():
    n = 2637
    plain = """Hej!

Tvärskogs Bygdegårdsförening vill söka idéslanten för ett Digitalkafé för seniorer i Tvärskog i höst.

Om föreningen: vi driver bygdegården i Tvärskog och har 95 medlemmar.

Digitalkaféet blir åtta onsdagar från 14 oktober till 2 december, kl 14–16 i bygdegården. En cirkelledare från studieförbundet lär ut BankID, Swish, 1177, Kalmar länstrafiks app och videosamtal med barnbarnen. Vi köper in fem surfplattor så att de som inte har egen kan vara med. Sedan banken och vårdcentralen försvunnit från bygden måste man klara det mesta digitalt, och många äldre i Tvärskog blir annars beroende av andra.

Det finns ett stort behov bland de äldre i Tvärskog.

Budget se bifogad fil.

Hälsningar
Annika Sandberg
kassör, Tvärskogs Bygdegårdsförening
070-908 44 71
"""
    budget = """BUDGET DIGITALKAFÉ TVÄRSKOG HÖSTEN 2026

Cirkelledare 8 ggr x 900 kr ......... 7 200 kr
Surfplattor 5 st x 1 490 kr ......... 7 450 kr
Fika 8 ggr x 150 kr ................. 1 200 kr
-------------------------------------------
Summa ............................... 15 850 kr
Sökt från idéslanten ................ 15 000 kr
(resten betalar föreningen)
"""
    raw = message(
        [
            ("From", addr("Annika Sandberg", "annika.sandberg@example.net")),
            ("To", OFFICER[1]),
            ("Subject", ew("Ansökan Digitalkafé Tvärskog")),
            ("Date", date(cet(2026, 10, 6, 9, 51, 3))),
            ("Message-ID", mid(n, "PAXP251MB0377.2637.tvarskog", "example.net")),
            ("X-Mailer", "Outlook.com"),
        ],
        multipart(
            "mixed",
            [
                multipart(
                    "alternative",
                    [
                        text(plain, "utf-8", "quoted-printable"),
                        text(
                            html_of(plain, "Segoe UI, sans-serif"),
                            "utf-8",
                            "quoted-printable",
                            "html",
                        ),
                    ],
                    "_000_PAXP251MB03772637alt_",
                ),
                attachment(
                    budget.encode("utf-8"), "text/plain; charset=utf-8", "budget digitalkafe.txt"
                ),
            ],
            "_004_PAXP251MB03772637_",
        ),
    )
    add(
        n,
        "tvarskog-digitalkafe",
        raw,
        label(
            "application",
            "sv",
            "11101",
            "Outlook.com multipart/mixed (alternative text/html) with the budget in a .txt attachment using dot leaders. Association: name, 95 members, runs the hall. Contact: named treasurer, own address, phone. Activity: eight dated sessions, content, leader and local benefit. Anchoring false: 'stort behov bland de äldre' is a described need, not backing. Budget: three items (15 850) with an explicit applied amount of 15 000, which is recorded. Buying five tablets is a physical investment (true); circle leader fee is not salary. Gender not stated.",
            association_name="Tvärskogs Bygdegårdsförening",
            contact_name="Annika Sandberg",
            contact_email="annika.sandberg@example.net",
            contact_phone="070-908 44 71",
            members=95,
            ort="Tvärskog",
            amount_sek=15000,
            women_and_men=None,
            salary_costs=False,
            physical_investment=True,
        ),
    )


m2637()


# --- 2638 followup to 2633 Blomstermåla: activity supplied; Gmail quote ---------------------
def m2638():
    n = 2638
    rec = receipt("2026-0031", ["activity"], 1)
    new = """Hej!

Nu har vi bestämt vad vi gör. "Blomstermåla framåt" blir tre torsdagskvällar i gamla Konsumlokalen:

5 november: föreläsning om hur andra småorter fått tillbaka handel och service, med en föreläsare från Coompanion.
12 november: kväll med företagarna om ett gemensamt nätverk och en gemensam skyltning i centrum.
19 november: marknadskväll med lokala producenter, hantverkare och föreningar som visar upp sig.

Tanken är att fler ska handla och engagera sig lokalt och att de tomma lokalerna ska få nya hyresgäster.

Hälsningar
Sofia Berg
073-660 27 14
"""
    body = (
        new
        + "\nDen tors 20 aug. 2026 kl 12:21 skrev Idéslanten – Region Kalmar län <ideslanten@example.se>:\n\n"
        + quote(rec)
    )
    raw = message(
        [
            ("From", addr("Sofia Berg", "sofia.berg@example.com")),
            ("To", addr(*BOT)),
            ("Subject", ew("Re: Idéslanten Blomstermåla [Idéslanten 2026-0031]")),
            ("Date", date(cet(2026, 10, 19, 20, 13, 52))),
            ("Message-ID", mid(n, "CAPb7vN0Q2638zKs1L3nBlomstermala", "example.com")),
            ("In-Reply-To", "<receipt.2026-0031.1@example.se>"),
            ("References", f"{MSGIDS[2633]} <receipt.2026-0031.1@example.se>"),
        ],
        multipart(
            "alternative",
            [
                text(body, "UTF-8", "quoted-printable"),
                text(html_of(body, "sans-serif"), "UTF-8", "quoted-printable", "html"),
            ],
            "00000000000026382e5f7a9b0c1d",
        ),
    )
    add(
        n,
        "blomstermala-re-aktivitet",
        raw,
        label(
            "followup",
            "sv",
            "01100",
            "Followup to 2633 (Gmail, multipart/alternative, quoted receipt variant below 'Den tors … skrev'). New text supplies the missing activity: three dated evenings with content and local benefit. Signed by the named sender from her own address with phone: contact true. Nothing else new.",
            contact_name="Sofia Berg",
            contact_email="sofia.berg@example.com",
            contact_phone="073-660 27 14",
            ort="Blomstermåla",
            salary_costs=False,
            physical_investment=False,
        ),
    )


m2638()


# --- 2639 Gärdslösa: unnamed Christmas-market group, rough figure; HTML-only cp1252 ---------
def m2639():
    n = 2639
    html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"></head>
<body><font face="Times New Roman" size="3">
Hej!<br><br>
Vi är ett gäng i Gärdslösa som har ordnat julmarknaden i prästgårdsladan de senaste tre åren, och i år vill vi söka idéslanten för att göra den lite större.<br><br>
Marknaden blir söndag 6 december kl 11–16 (andra advent). Det kommer 25 lokala producenter och hantverkare från norra och mellersta Öland, barnen i Gärdslösa skola har luciatåg kl 14 och det blir julgransförsäljning från bönderna runt byn. Marknaden gör att folk handlar lokalt och att byn får en samlingspunkt i mörkret.<br><br>
Gärdslösa församling upplåter ladan gratis, hembygdsföreningen sköter kaffet och alla 25 producenterna har redan anmält sig.<br><br>
Vi har inte räknat klart på kostnaderna men det blir väl runt 8 000 kr, mest belysning och annonser.<br><br>
Julhälsningar<br>
Ewa Sjögren<br>
070-184 62 39
</font></body></html>
"""
    raw = message(
        [
            ("From", addr("Ewa Sjögren", "ewa.sjogren@example.com", "iso-8859-1")),
            ("To", OFFICER[1]),
            ("Subject", ew("Julmarknad Gärdslösa 2026", "windows-1252")),
            ("Date", date(cet(2026, 11, 10, 19, 48, 11))),
            ("Message-ID", mid(n, "gardslosa.jul.2639.a41f", "example.com")),
            ("X-Mailer", "Microsoft Windows Mail 16.0"),
        ],
        text(html, "windows-1252", "quoted-printable", "html"),
    )
    add(
        n,
        "gardslosa-julmarknad",
        raw,
        label(
            "application",
            "sv",
            "01110",
            "HTML-only windows-1252 QP with <font> markup. Association false: 'ett gäng i Gärdslösa' is unnamed (church and hembygdsförening are supporters). Contact: named signer from own address with phone. Activity: dated market with programme and local benefit. Anchoring: parish provides the barn, hembygdsförening runs the café, 25 producers signed up. Budget false: 'inte räknat klart … runt 8 000 kr' is one rough figure (recorded as amount); 'belysning' here is vague and not stated as a purchase, so no investment. No member count; gender not stated.",
            contact_name="Ewa Sjögren",
            contact_email="ewa.sjogren@example.com",
            contact_phone="070-184 62 39",
            ort="Gärdslösa",
            amount_sek=8000,
            women_and_men=None,
            salary_costs=False,
            physical_investment=False,
        ),
    )


m2639()


# --- 2640 Trekanten: vague activity, shared mailbox signed Styrelsen ------------------------
def m2640():
    n = 2640
    body = """Hej!

Trekantens Vinterbadare är en ideell förening med 140 medlemmar som badar året runt vid badbryggan i Trekanten sedan 2017.

Vi vill utveckla vinterbadet och göra det mer tillgängligt för fler i Trekanten under vintern, både kvinnor och män.

På höstmötet 8 november, där 60 medlemmar var med, röstade vi ja till att söka. Trekantens IK och Trekantens byalag stöttar oss.

Budget
Bastuhyra (mobil bastu, januari–mars) 4 000 kr
Föreläsning om säkerhet i kallt vatten 3 000 kr
Marknadsföring 1 500 kr
Summa 8 500 kr

Hälsningar
Styrelsen
Trekantens Vinterbadare
"""
    raw = message(
        [
            ("From", addr("Trekantens Vinterbadare", "trekantens.vinterbadare@example.org")),
            ("To", OFFICER[1]),
            ("Subject", ew("❄️ Ansökan idéslanten – Trekantens Vinterbadare")),
            ("Date", date(cet(2026, 12, 1, 7, 5, 40))),
            ("Message-ID", mid(n, "tvb.2640.1796105140.vinterbad", "example.org")),
            ("User-Agent", "Proton Mail"),
        ],
        text(body, "utf-8", "base64"),
    )
    add(
        n,
        "trekanten-vinterbad",
        raw,
        label(
            "application",
            "sv",
            "10011",
            "utf-8 base64 plain text with an emoji encoded-word subject. Association: name, 140 members (the 60 at the autumn meeting are attendance), since 2017. Contact false: shared club mailbox signed 'Styrelsen', no named person; contact facts null. Activity false: 'utveckla vinterbadet och göra det mer tillgängligt' is a vague aim; the budget lines hint at a sauna and a lecture but nothing says what will be done, when or how. Anchoring: autumn meeting vote plus IK and byalag support. Budget: three items, 8 500; the mobile sauna is rented, not bought. 'både kvinnor och män' gives women_and_men true.",
            association_name="Trekantens Vinterbadare",
            members=140,
            ort="Trekanten",
            amount_sek=8500,
            women_and_men=True,
            salary_costs=False,
            physical_investment=False,
        ),
    )


m2640()


# === END OF MAILS ===

# --------------------------------------------------------------------------- check

ALLOWED = {"example.se", "example.com", "example.org", "example.net"}


def luhn_ok(org: str) -> bool:
    if not re.fullmatch(r"\d{6}-\d{4}", org):
        return False
    digits = org.replace("-", "")
    total = 0
    for i, c in enumerate(digits):
        d = int(c) * (2 if i % 2 == 0 else 1)
        total += d // 10 + d % 10
    return total % 10 == 0


def _texts(msg) -> list[str]:
    out = []
    for part in msg.walk():
        if part.is_multipart():
            continue
        if part.get_content_maintype() == "text":
            out.append(part.get_content())
    return out


def check() -> None:
    labels = json.loads((OUT / "labels.json").read_text(encoding="utf-8"))
    files = sorted(p.name for p in OUT.glob("*.eml"))
    assert files == sorted(labels), "labels.json keys do not match the files"
    assert len(files) == len(MAILS)
    apps = {}
    parsed = {}
    for name in files:
        raw = (OUT / name).read_bytes()
        assert b"\r" not in raw, name
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        for part in msg.walk():
            assert not part.defects, (name, part.defects)
        texts = _texts(msg)
        for part in msg.walk():
            if not part.is_multipart():
                part.get_payload(decode=True)
        found = re.findall(rb"[\w.+-]+@([\w-]+(?:\.[\w-]+)+)", raw)
        found += [
            m.encode() for t in texts for m in re.findall(r"[\w.+-]+@([\w-]+(?:\.[\w-]+)+)", t)
        ]
        for dom in found:
            assert dom.decode().lower() in ALLOWED, (name, dom)
        parsed[name] = msg
        lab = labels[name]
        assert set(lab) == {"kind", "language", "elements", "facts", "notes"}, name
        assert set(lab["elements"]) == set(ELEMENTS), name
        assert set(lab["facts"]) == set(FACT_KEYS), name
        assert lab["language"] in ("sv", "en"), name
        assert lab["notes"].strip(), name
        f = lab["facts"]
        if f["org_number"] is not None:
            assert luhn_ok(f["org_number"]), (name, f["org_number"])
        if lab["kind"] in ("question", "autoreply", "bounce", "newsletter", "spam"):
            assert not any(lab["elements"].values()), name
        if lab["kind"] in ("autoreply", "bounce", "newsletter", "spam"):
            assert all(v is None for v in f.values()), name
        if lab["kind"] in ("application", "followup"):
            assert isinstance(f["salary_costs"], bool) and isinstance(
                f["physical_investment"], bool
            ), name
        if f["contact_email"]:
            assert f["contact_email"].split("@")[1] in ALLOWED, name
        if lab["kind"] == "application":
            apps[msg["Message-ID"].strip()] = name
    # numbering follows Date order
    dates = [parsedate_to_datetime(parsed[n]["Date"]) for n in files]
    assert all(a < b for a, b in zip(dates, dates[1:], strict=False)), (
        "file numbering does not follow Date"
    )
    assert all(d.year == 2026 for d in dates)
    for name in files:
        if labels[name]["kind"] == "followup":
            msg = parsed[name]
            refs = (msg.get("References", "") + " " + msg.get("In-Reply-To", "")).split()
            hit = [apps[r] for r in refs if r in apps]
            assert hit, f"{name}: followup not threaded to an application"
            assert hit[0] < name, name
            assert re.match(r"(Re|SV|Sv|RE|AW):", msg["Subject"]), name
    counts: dict[str, int] = {}
    for lab in labels.values():
        counts[lab["kind"]] = counts.get(lab["kind"], 0) + 1
    complete = sum(
        1
        for lab in labels.values()
        if lab["kind"] == "application" and all(lab["elements"].values())
    )
    missing = {
        e: sum(
            1 for lab in labels.values() if lab["kind"] == "application" and not lab["elements"][e]
        )
        for e in ELEMENTS
    }
    print(f"ok: {len(files)} mails {counts}; complete applications {complete}; missing {missing}")


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for old in OUT.glob("*.eml"):
        old.unlink()
    labels = {}
    for name, raw, lab in sorted(MAILS):
        (OUT / name).write_bytes(raw)
        labels[name] = lab
    (OUT / "labels.json").write_text(
        json.dumps(labels, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
    )
    check()


if __name__ == "__main__":
    main()
    sys.exit(0)
