"""Held-out corpus holdout6 – "a year of mail, January to December 2026".

Forty entirely fictional e-mails (files 2201–2240) of the kind that reach the rural development
officer of Region Kalmar län about the micro-grant "regional bygdepeng – idéslanten", in the
proportions an officer would see over one year: 24 applications (8 complete), 6 followups,
3 questions, 2 autoreplies (one without any automation header), 1 bounce, 2 newsletters and
2 spam mails. Labels follow /work/shared/corpus/README.md and were set by hand, as a strict but
fair officer would set them, never from any program's output.

Regenerate (deterministic, byte-identical on every run; stdlib only):

    /work/main/.venv/bin/python tests/data/tools/make_holdout6.py

Output: tests/data/holdout6/NNNN-slug.eml and tests/data/holdout6/labels.json. The script checks
its own output at the end (parsing, schema, Luhn, example domains, date order, threading).
"""

# ruff: noqa: E501

from __future__ import annotations

import base64
import datetime as dt
import io
import json
import quopri
import re
import struct
import sys
import zipfile
import zlib
from dataclasses import dataclass, field
from email import policy
from email.header import Header
from email.parser import BytesParser
from email.utils import parsedate_to_datetime
from pathlib import Path
from urllib.parse import quote as urlquote

OUT = Path(__file__).resolve().parent.parent / "holdout6"
BOT_NAME = "Idéslanten – Region Kalmar län"
OFFICER = "landsbygdsutvecklare@example.se"

# ---------------------------------------------------------------- small helpers


def luhn_org(first9: str) -> str:
    """Return a Swedish organisation number NNNNNN-NNNN with a valid Luhn check digit."""
    digits = [int(c) for c in first9 if c.isdigit()]
    assert len(digits) == 9
    total = 0
    for i, d in enumerate(digits):
        v = d * 2 if i % 2 == 0 else d
        total += v - 9 if v > 9 else v
    check = (10 - total % 10) % 10
    s = "".join(map(str, digits)) + str(check)
    return s[:6] + "-" + s[6:]


def luhn_ok(org: str) -> bool:
    if not re.fullmatch(r"\d{6}-\d{4}", org):
        return False
    digits = [int(c) for c in org if c.isdigit()]
    total = 0
    for i, d in enumerate(digits):
        v = d * 2 if i % 2 == 0 else d
        total += v - 9 if v > 9 else v
    return total % 10 == 0


def date(m: int, d: int, hh: int, mm: int, ss: int = 0) -> str:
    """RFC 5322 date in Swedish local time 2026 (CEST from 29 March to 25 October)."""
    t = dt.datetime(2026, m, d, hh, mm, ss)
    summer = dt.datetime(2026, 3, 29, 2) <= t < dt.datetime(2026, 10, 25, 3)
    off = "+0200" if summer else "+0100"
    return t.strftime("%a, %d %b %Y %H:%M:%S ") + off


def addr(name: str | None, email: str, charset: str = "utf-8") -> str:
    if not name:
        return email
    try:
        name.encode("ascii")
        if re.search(r'[(),.:;<>@\[\]"]', name):
            return f'"{name}" <{email}>'
        return f"{name} <{email}>"
    except UnicodeEncodeError:
        return f"{Header(name, charset).encode()} <{email}>"


def ew(text: str, charset: str = "utf-8") -> str:
    """Header value, encoded-word only when needed (folded by email.header)."""
    try:
        text.encode("ascii")
        return text
    except UnicodeEncodeError:
        return Header(text, charset, maxlinelen=76).encode(linesep="\n")


BOT = addr(BOT_NAME, "ideslanten@example.se")

# ---------------------------------------------------------------- MIME model


@dataclass
class Leaf:
    ctype: str
    text: str | bytes
    charset: str | None = "utf-8"
    cte: str = "8bit"
    filename: str | None = None
    disposition: str | None = None
    extra: list[tuple[str, str]] = field(default_factory=list)
    ctype_params: str = ""

    def render(self) -> bytes:
        raw = self.text.encode(self.charset or "ascii") if isinstance(self.text, str) else self.text
        ct = self.ctype
        if self.charset and isinstance(self.text, str):
            ct += f"; charset={self.charset}"
        if self.ctype_params:
            ct += self.ctype_params
        fparam = None
        if self.filename:
            try:
                self.filename.encode("ascii")
                fparam = f'filename="{self.filename}"'
                nparam = f'name="{self.filename}"'
            except UnicodeEncodeError:
                fparam = f"filename*=utf-8''{urlquote(self.filename)}"
                nparam = f"name*=utf-8''{urlquote(self.filename)}"
            ct += f"; {nparam}"
        h = [f"Content-Type: {ct}"]
        if self.cte == "base64":
            body = base64.encodebytes(raw)
        elif self.cte == "quoted-printable":
            body = quopri.encodestring(raw)
            if not body.endswith(b"\n"):
                body += b"\n"
        else:
            body = raw if raw.endswith(b"\n") else raw + b"\n"
        h.append(f"Content-Transfer-Encoding: {self.cte}")
        if self.disposition:
            d = self.disposition
            if fparam:
                d += f"; {fparam}"
            h.append(f"Content-Disposition: {d}")
        for k, v in self.extra:
            h.append(f"{k}: {v}")
        return ("\n".join(h) + "\n\n").encode("ascii") + body


@dataclass
class Multi:
    subtype: str
    parts: list
    boundary: str
    params: str = ""
    preamble: str = ""

    def render(self) -> bytes:
        out = [
            f'Content-Type: multipart/{self.subtype}; boundary="{self.boundary}"{self.params}\n\n'.encode()
        ]
        if self.preamble:
            out.append(self.preamble.encode("ascii") + b"\n")
        for p in self.parts:
            out.append(f"--{self.boundary}\n".encode())
            out.append(p.render())
        out.append(f"--{self.boundary}--\n".encode())
        return b"".join(out)


def message(headers: list[tuple[str, str]], body: Leaf | Multi, mime: bool = True) -> bytes:
    lines = []
    for k, v in headers:
        lines.append(f"{k}: {ew(v) if k in ('Subject', 'Thread-Topic') else v}")
    if mime:
        lines.append("MIME-Version: 1.0")
    head = ("\n".join(lines) + "\n").encode("ascii")
    return head + body.render()


def plain(text: str, charset: str = "utf-8", cte: str = "8bit", flowed: bool = False) -> Leaf:
    return Leaf("text/plain", text, charset, cte, ctype_params="; format=flowed" if flowed else "")


def html(text: str, charset: str = "utf-8", cte: str = "quoted-printable") -> Leaf:
    return Leaf("text/html", text, charset, cte)


def attach(ctype: str, data: bytes, filename: str, cte: str = "base64") -> Leaf:
    return Leaf(ctype, data, None, cte, filename=filename, disposition="attachment")


def quote(text: str, prefix: str = "> ") -> str:
    return "".join(
        (prefix + ln).rstrip() + "\n" if ln else prefix.rstrip() + "\n" for ln in text.splitlines()
    )


# ---------------------------------------------------------------- office documents

ZIP_TIME = (2026, 1, 1, 0, 0, 0)


def _zip(files: list[tuple[str, str]]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, content in files:
            zi = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, content.encode("utf-8"))
    return buf.getvalue()


def _x(s: str) -> str:
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def docx(paragraphs: list[str | list[list[str]]]) -> bytes:
    """Minimal .docx: strings become paragraphs ("# " = bold heading), lists of rows become tables."""
    body = []
    for p in paragraphs:
        if isinstance(p, list):
            rows = []
            for row in p:
                cells = "".join(
                    f'<w:tc><w:p><w:r><w:t xml:space="preserve">{_x(c)}</w:t></w:r></w:p></w:tc>'
                    for c in row
                )
                rows.append(f"<w:tr>{cells}</w:tr>")
            body.append("<w:tbl>" + "".join(rows) + "</w:tbl>")
        elif p.startswith("# "):
            body.append(
                f'<w:p><w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">{_x(p[2:])}</w:t></w:r></w:p>'
            )
        else:
            body.append(f'<w:p><w:r><w:t xml:space="preserve">{_x(p)}</w:t></w:r></w:p>')
    doc = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>'
        + "".join(body)
        + "</w:body></w:document>"
    )
    ct = (
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
    return _zip([("[Content_Types].xml", ct), ("_rels/.rels", rels), ("word/document.xml", doc)])


def _col(i: int) -> str:
    return "ABCDEFGHIJ"[i]


def xlsx(rows: list[list[str | int | float | None]], sheet: str = "Budget") -> bytes:
    """Minimal .xlsx with inline strings and numbers."""
    xrows = []
    for r, row in enumerate(rows, 1):
        cells = []
        for c, v in enumerate(row):
            ref = f"{_col(c)}{r}"
            if v is None:
                continue
            if isinstance(v, (int, float)):
                cells.append(f'<c r="{ref}"><v>{v}</v></c>')
            else:
                cells.append(f'<c r="{ref}" t="inlineStr"><is><t>{_x(v)}</t></is></c>')
        xrows.append(f'<row r="{r}">' + "".join(cells) + "</row>")
    sheet_xml = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
        + "".join(xrows)
        + "</sheetData></worksheet>"
    )
    wb = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
        'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
        f'<sheets><sheet name="{_x(sheet)}" sheetId="1" r:id="rId1"/></sheets></workbook>'
    )
    wbrels = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
        "</Relationships>"
    )
    ct = (
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
            ("[Content_Types].xml", ct),
            ("_rels/.rels", rels),
            ("xl/workbook.xml", wb),
            ("xl/_rels/workbook.xml.rels", wbrels),
            ("xl/worksheets/sheet1.xml", sheet_xml),
        ]
    )


def pdf(lines: list[str], title: str = "") -> bytes:
    """One-page PDF, Helvetica/WinAnsi, zlib text stream; text is extractable."""

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
    stream = zlib.compress(b"\n".join(ops) + b"\n", 9)
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
        b"<< /Title (" + esc(title) + b") /Producer (Skrivare) /CreationDate (D:20260101000000) >>",
    ]
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(out.tell())
        out.write(f"{i} 0 obj\n".encode() + o + b"\nendobj\n")
    xref = out.tell()
    out.write(f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode())
    for o in offs:
        out.write(f"{o:010d} 00000 n \n".encode())
    out.write(
        f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R /Info 6 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    )
    return out.getvalue()


def png(width: int = 64, height: int = 48, seed: int = 7) -> bytes:
    """Small greyscale PNG with a deterministic scribble (a 'photo' of a handwritten note)."""
    rows = []
    x = seed
    for y in range(height):
        row = bytearray([0])
        for _ in range(width):
            x = (x * 1103515245 + 12345) & 0x7FFFFFFF
            ink = (y % 8 in (3, 4)) and (x >> 16) % 5 == 0
            row.append(40 if ink else 235 - (x >> 20) % 12)
        rows.append(bytes(row))

    def chunk(tag: bytes, data: bytes) -> bytes:
        return (
            struct.pack(">I", len(data))
            + tag
            + data
            + struct.pack(">I", zlib.crc32(tag + data) & 0xFFFFFFFF)
        )

    ihdr = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", ihdr)
        + chunk(b"IDAT", zlib.compress(b"".join(rows), 9))
        + chunk(b"IEND", b"")
    )


# ---------------------------------------------------------------- labels

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
EL_KEYS = ["association", "contact", "activity", "anchoring", "budget"]


def lab(kind: str, lang: str, el: str, notes: str, **facts) -> dict:
    """el is a five-character string over association, contact, activity, anchoring, budget: 1/0."""
    assert len(el) == 5 and set(el) <= {"0", "1"}
    f = {k: None for k in FACT_KEYS}
    if kind in ("application", "followup"):
        f["salary_costs"] = False
        f["physical_investment"] = False
    for k, v in facts.items():
        assert k in f, k
        f[k] = v
    return {
        "kind": kind,
        "language": lang,
        "elements": {k: el[i] == "1" for i, k in enumerate(EL_KEYS)},
        "facts": f,
        "notes": " ".join(notes.split()),
    }


MAILS: list[tuple[str, bytes, dict]] = []
MID: dict[int, str] = {}


def mail(num: int, slug: str, data: bytes, label: dict) -> None:
    MAILS.append((f"{num}-{slug}.eml", data, label))


BUILDERS: list = []


def reg(fn):
    BUILDERS.append(fn)
    return fn


def receipt_id(case: str) -> str:
    return f"<kvitto.{case}@ideslanten.example.se>"


# ---------------------------------------------------------------- mails, January – February


@reg
def m2201():
    mid = "<nb-2026-01.8812f0@lists.example.org>"
    MID[2201] = mid
    text = """BYANÄTET KALMAR LÄN – NYHETSBREV 1/2026
========================================

Gott nytt år alla byalag, bygdegårdar och hembygdsföreningar!

I DET HÄR NUMRET
* Kurs: Så skriver du en bra bidragsansökan (digitalt, 4 februari)
* Glöm inte: idéslanten och andra små bidrag öppnar igen
* Månadens by: Bockara och den nya kvarnföreningen
* Kalendern: årsmötestider i länet

KURS 4 FEBRUARI
Vi kör en kvällskurs på Zoom om hur man skriver en ansökan som en
handläggare förstår. Anmälan via vår webb senast 30 januari.

SMÅ BIDRAG 2026
Region Kalmar läns idéslanten (bygdepeng) finns kvar även i år. Läs
villkoren noga – det är max 15 000 kr per ort och år och pengarna får
inte gå till löner eller inköp av saker. Frågor om bidraget ställer ni
till regionen, inte till oss.

MÅNADENS BY
I Bockara har ett tjugotal eldsjälar rustat upp den gamla skvaltkvarnen
med egna händer och sponsrat virke. Läs hela reportaget på webben.

Med vänliga hälsningar
Redaktionen, Byanätet Kalmar län

--
Du får det här brevet eftersom din förening är med i Byanätets register.
Avsluta prenumerationen: https://byanatet.example.org/avsluta?id=55120
"""
    body_html = """<html><body style="font-family:Georgia,serif;color:#222">
<h1 style="color:#2d5b2a">Byanätet Kalmar län – Nyhetsbrev 1/2026</h1>
<p>Gott nytt år alla byalag, bygdegårdar och hembygdsföreningar!</p>
<h2>I det här numret</h2>
<ul><li>Kurs: Så skriver du en bra bidragsansökan (digitalt, 4 februari)</li>
<li>Glöm inte: idéslanten och andra små bidrag öppnar igen</li>
<li>Månadens by: Bockara och den nya kvarnföreningen</li>
<li>Kalendern: årsmötestider i länet</li></ul>
<h2>Kurs 4 februari</h2><p>Vi kör en kvällskurs på Zoom om hur man skriver en ansökan som en handläggare förstår. Anmälan via vår webb senast 30 januari.</p>
<h2>Små bidrag 2026</h2><p>Region Kalmar läns idéslanten (bygdepeng) finns kvar även i år. Läs villkoren noga – det är max 15&nbsp;000 kr per ort och år och pengarna får inte gå till löner eller inköp av saker. Frågor om bidraget ställer ni till regionen, inte till oss.</p>
<h2>Månadens by</h2><p>I Bockara har ett tjugotal eldsjälar rustat upp den gamla skvaltkvarnen med egna händer och sponsrat virke.</p>
<p>Med vänliga hälsningar<br>Redaktionen, Byanätet Kalmar län</p>
<p style="font-size:11px;color:#777">Du får det här brevet eftersom din förening är med i Byanätets register. <a href="https://byanatet.example.org/avsluta?id=55120">Avsluta prenumerationen</a></p>
</body></html>
"""
    hdr = [
        ("Return-Path", "<bounce-55120@lists.example.org>"),
        ("From", addr("Byanätet Kalmar län", "nyhetsbrev@byanatet.example.org")),
        ("To", OFFICER),
        (
            "Subject",
            ew("Nyhetsbrev 1/2026: Kurs i ansökningsskrivande, idéslanten och månadens by"),
        ),
        ("Date", date(1, 8, 7, 30)),
        ("Message-ID", mid),
        ("List-Id", "Byanatet nyhetsbrev <nyhetsbrev.byanatet.example.org>"),
        (
            "List-Unsubscribe",
            "<https://byanatet.example.org/avsluta?id=55120>, <mailto:avsluta@byanatet.example.org?subject=avsluta>",
        ),
        ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
        ("Precedence", "bulk"),
        ("X-Mailer", "Nyhetsbrevsverktyget 4.2"),
    ]
    body = Multi(
        "alternative", [plain(text, cte="quoted-printable"), html(body_html)], "=_nb2026_01_a7c3"
    )
    mail(
        2201,
        "nyhetsbrev-byanatet-januari",
        message(hdr, body),
        lab(
            "newsletter",
            "sv",
            "00000",
            """Bulk newsletter from a (fictional) village network with List-Id, List-Unsubscribe (one-click)
            and Precedence: bulk; multipart/alternative with quoted-printable text and HTML. It mentions
            idéslanten, the 15 000 kr cap and a village, and talks about members-like "ett tjugotal
            eldsjälar", but it applies for nothing: all elements false and all facts null. Tests that
            grant vocabulary in bulk mail does not make it a question or application.""",
        ),
    )


@reg
def m2202():
    mid = "<6a1f0c2e-91b4-4d7e-8f33-2202aa01@example.com>"
    MID[2202] = mid
    org = luhn_org("802471-536")
    text = f"""Hej!

Rumskulla Bygdegårdsförening söker härmed idéslanten för 2026.

OM FÖRENINGEN
Rumskulla Bygdegårdsförening (org.nr {org}) äger och driver
bygdegården i Rumskulla sedan 1949. Vi har 84 medlemmar, de flesta
bofasta i socknen men också en del sommarboende.

VAD VI VILL GÖRA
Vi vill hålla tre kvällsdialoger i bygdegården under våren: 12 mars,
9 april och 7 maj, kl 18.30–21. Teman är (1) skolskjutsar och
kollektivtrafik, (2) hur vi tar emot nyinflyttade och (3) om bygdegården
kan bli ett "bygdens vardagsrum" med öppet hus en kväll i veckan.
Vi hyr in en erfaren samtalsledare från ett studieförbund som leder
kvällarna och sammanställer en kort handlingsplan efteråt som vi
lämnar till kommunen och använder i föreningens arbete. Kvällarna är
öppna för alla i socknen, kvinnor som män, unga och gamla.

FÖRANKRING
Förslaget kommer från höstmötet 2025-11-16 där 38 personer var med och
beslutade att gå vidare. Rumskulla IF och kyrkokören är med och bjuder
in sina medlemmar, och IF:s ungdomssektion ordnar fikat kväll nummer
två. Vi har även satt upp lappar på macken och i anslagstavlan vid
kyrkan.

BUDGET
Samtalsledare, arvode 3 kvällar      6 000 kr
Lokalhyra bygdegården 3 x 800        2 400 kr
Fika och enkel kvällsmat             1 800 kr
Annonsering i lokaltidningen           900 kr
--------------------------------------------
Summa                               11 100 kr

Vi söker 11 100 kr.

KONTAKT
Ingegerd Sjöholm, ordförande
ingegerd.sjoholm@example.com
070-318 44 92

Med vänliga hälsningar
Ingegerd Sjöholm
Rumskulla Bygdegårdsförening
"""
    hdr = [
        ("From", addr("Ingegerd Sjöholm", "ingegerd.sjoholm@example.com")),
        ("To", OFFICER),
        ("Subject", ew("Ansökan idéslanten – kvällsdialoger i Rumskulla bygdegård")),
        ("Date", date(1, 13, 19, 42, 10)),
        ("Message-ID", mid),
        (
            "User-Agent",
            "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.6.0",
        ),
        ("Content-Language", "sv-SE"),
    ]
    mail(
        2202,
        "kvallsdialoger-rumskulla",
        message(hdr, plain(text, flowed=True)),
        lab(
            "application",
            "sv",
            "11111",
            f"""Complete, well-structured Thunderbird application (utf-8 8bit, format=flowed). Association:
            named with org.nr, age and 84 members. Contact: named chairperson with e-mail and phone. Activity:
            three dated dialogue evenings with hired moderator, concrete themes and a plan handed to the
            municipality. Anchoring: autumn meeting with 38 attendees (attendance, not members), cooperation
            with IF and church choir. Budget: four items summing to 11 100 kr. The samtalsledare's fee is not
            salary; renting the own bygdegård is not an investment. Org nr {org}. Ort Rumskulla (Vimmerby).""",
            association_name="Rumskulla Bygdegårdsförening",
            org_number=org,
            contact_name="Ingegerd Sjöholm",
            contact_email="ingegerd.sjoholm@example.com",
            contact_phone="070-318 44 92",
            members=84,
            ort="Rumskulla",
            amount_sek=11100,
            women_and_men=True,
        ),
    )


@reg
def m2203():
    mid = "<C4E1A9B2-7F0D-4B5E-9C21-3E8F2203D0AA@example.com>"
    MID[2203] = mid
    text = """Hej!!

Vi e Gärdslösa ungdomsråd, vi är 15 st mellan 13 och 19 år och har
funnits sen i våras, vi har ett rum i gamla skolan som vi får låna av
hembygdsföreningen.

Vi vill åka på studieresa lördag 21 mars till ungdomscaféet i Vimmerby
(dom har drivit ett eget café i 6 år) för att lära oss hur man startar
och driver ett sånt. Sen vill vi starta ett eget café i gamla skolan
i Gärdslösa på fredagskvällar så att det finns nåt att göra här för
tjejer och killar och man inte måste åka till Borgholm hela tiden.

Alla tycker det e en jättebra ide!!

Bussen kostar typ 6000 kr tror vi

Hälsningar Elvira Nordqvist (ordförande typ)
0735-62 19 08

Skickat från min iPhone
"""
    hdr = [
        ("From", addr("Elvira Nordqvist", "elvira.nordqvist@example.com")),
        ("To", OFFICER),
        ("Subject", "studieresa ungdomsrådet"),
        ("Date", date(1, 21, 16, 5, 47)),
        ("Message-ID", mid),
        ("X-Mailer", "iPhone Mail (22C152)"),
    ]
    mail(
        2203,
        "ungdomsradet-gardslosa",
        message(hdr, plain(text, cte="quoted-printable")),
        lab(
            "application",
            "sv",
            "11100",
            """Teenager writing from an iPhone (quoted-printable, spoken style "vi e", "typ"). Association: a
            named youth council with 15 members and a short description – true. Contact: named signer from
            her own address with a mobile number – true. Activity: dated study trip to a youth café with a
            concrete local follow-up (Friday café in the old school) – true. Anchoring: "Alla tycker det e en
            jättebra ide" is an empty claim; borrowing a room is not backing for the trip – false. Budget: one
            rough figure for the bus – false, but it counts as amount_sek 6000. "tjejer och killar" gives
            women_and_men true. Ort Gärdslösa (Borgholm).""",
            association_name="Gärdslösa ungdomsråd",
            contact_name="Elvira Nordqvist",
            contact_email="elvira.nordqvist@example.com",
            contact_phone="0735-62 19 08",
            members=15,
            ort="Gärdslösa",
            amount_sek=6000,
            women_and_men=True,
        ),
    )


GUIDE = {
    "association": "Föreningen/gruppen: namn och några uppgifter om er (t.ex. org.nr, antal medlemmar)",
    "contact": "Kontaktperson: namn och e-post eller telefon till den som vi kan kontakta",
    "activity": "Aktiviteten: vad ni ska göra, när och hur det bidrar till utvecklingen på orten",
    "anchoring": "Lokal förankring: hur idén är förankrad i byn, t.ex. byamöte, enkät eller samarbete",
    "budget": "Budget: en översiktlig budget med kostnadsposter och belopp",
}


def receipt_text(case: str, missing: list[str], variant: int = 0) -> str:
    items = "\n".join(f"– {GUIDE[m]}" for m in missing)
    if variant == 0:
        return (
            f"Tack för er ansökan om idéslanten! Vi har tagit emot den och gett den ärendenummer {case}.\n\n"
            f"Vi saknar följande i er ansökan:\n{items}\n\n"
            "Svara gärna på det här mejlet med de uppgifter som saknas, så kopplas svaret till ert ärende.\n\n"
            "Vänliga hälsningar\nIdéslanten – Region Kalmar län\n(automatiskt svar, landsbygdsutvecklare@example.se)\n"
        )
    return (
        f"Hej och tack för ansökan om idéslanten! Den är registrerad med ärendenummer {case}.\n\n"
        f"För att vi ska kunna pröva ansökan behöver vi också:\n{items}\n\n"
        "Svara på det här mejlet så hamnar kompletteringen i rätt ärende. Har du frågor går det bra att\n"
        "skriva till landsbygdsutvecklaren.\n\n"
        "Med vänlig hälsning\nIdéslanten – Region Kalmar län\n"
    )


@reg
def m2204():
    mid = "<000801dc9110$4be2a7c0$e3a7f740$@example.net>"
    MID[2204] = mid
    text = """Hej

Jag heter Sune Gustafsson och sitter i styrelsen för Hallingebergs Byalag sedan många år. Vi läste i tidningen om idéslanten och har ett par frågor innan vi sätter oss och skriver.

1. Är det 15 000 kr per förening eller per by? Det finns nämligen både byalaget och hembygdsföreningen här i Hallingeberg och vi vill inte trampa varandra på tårna.

2. Vi har funderat på att köpa in en röjsåg som byalaget kan låna ut till dem som sköter stigarna runt sjön, skulle det gå att söka till det? Den kostar runt 9 000 kr.

3. När ska ansökan vara inne? Vi har årsmöte i mars.

Tacksam för svar.

Sune Gustafsson
Hallingeberg
Tel 0490-210 57
"""
    hdr = [
        ("From", addr("Sune Gustafsson", "sune.g@example.net")),
        ("To", OFFICER),
        ("Subject", ew("Fråga om idéslanten", "iso-8859-1")),
        ("Date", date(1, 29, 10, 12, 33)),
        ("Message-ID", mid),
        ("X-Mailer", "Microsoft Outlook 16.0"),
        ("Thread-Index", "AdyREEviW6fA46f3QFCJ6sUx2204Aw=="),
    ]
    mail(
        2204,
        "fragor-hallingeberg",
        message(hdr, plain(text, charset="windows-1252", cte="quoted-printable")),
        lab(
            "question",
            "sv",
            "00000",
            """Question from an older board member (Outlook, windows-1252 quoted-printable, long unwrapped
            lines, iso-8859-1 encoded-word subject). He asks whether the cap is per association or per
            village, whether a brush cutter (röjsåg, ~9 000 kr) can be funded, and the deadline. He applies
            for nothing: all elements false. Facts: the question itself proposes buying equipment, so
            physical_investment true; salary_costs null. The 9 000 kr is a price asked about, not an amount
            applied for – amount_sek null. Ort Hallingeberg (Västervik). Name/phone read as stated.""",
            association_name="Hallingebergs Byalag",
            contact_name="Sune Gustafsson",
            contact_email="sune.g@example.net",
            contact_phone="0490-210 57",
            ort="Hallingeberg",
            physical_investment=True,
        ),
    )


@reg
def m2205():
    mid = "<3b9d7e04-5a2c-48f1-b0e6-2205c0ffee01@example.se>"
    MID[2205] = mid
    org = luhn_org("802503-917")
    doc = docx(
        [
            "# Ansökan om idéslanten 2026",
            "# Sökande",
            f"Föreningen Grönhögens Hamn och Bygd, org.nr {org}. Ideell förening bildad 2019 för att ta hand om hamnområdet och hålla liv i byn året runt. 56 medlemmar (31 kvinnor, 25 män).",
            "# Kontaktperson",
            "Kerstin Alm, sekreterare, kerstin.alm@example.se, 0485-66 20 13 / 073-910 22 45",
            "# Aktivitet",
            "Vi anordnar en föreläsningsserie i fyra delar om Grönhögens hamn – kalkbrytningen, fisket, färjetrafiken och hamnens framtid – i Grönhögens missionshus under april–maj. Den fjärde kvällen (28 maj) blir ett dialogmöte där vi bjuder in kommunens hamnansvarige och byns företagare för att ta fram förslag på hur hamnen kan locka fler besökare utan att bli en sommarstad. Föreläsarna är två lokalhistoriker och en forskare från Linnéuniversitetet.",
            "Hamnen är byns mötesplats och några av de få arbetstillfällena här finns kring den; kvällarna ska ge underlag för ett gemensamt hamnprogram som föreningen lämnar till kommunen i höst.",
            "# Förankring",
            "Idén togs fram på en öppen hamnträff i november 2025 där 44 boende och sommargäster deltog. Grönhögens Båtklubb och Södra Ölands hembygdsförening står som medarrangörer och sprider inbjudan. Tolv medlemmar har anmält sig som värdar och fikafolk.",
            "# Budget",
            [
                ["Post", "Belopp (kr)"],
                ["Föreläsararvoden 3 x 2 500", "7 500"],
                ["Resersättning föreläsare", "1 400"],
                ["Hyra missionshuset 4 kvällar", "2 000"],
                ["Trycksaker och annonser", "1 100"],
                ["Fika", "1 000"],
                ["Summa", "13 000"],
            ],
            "Vi söker 13 000 kr ur idéslanten.",
        ]
    )
    text = "Hej!\n\nHär kommer vår ansökan, se bifogat dokument.\n\nHälsningar\nKerstin Alm\nFöreningen Grönhögens Hamn och Bygd\n"
    hdr = [
        ("From", addr("Kerstin Alm", "kerstin.alm@example.se")),
        ("To", OFFICER),
        ("Subject", "Ansökan - Grönhögens hamnkvällar"),
        ("Date", date(2, 3, 8, 51, 2)),
        ("Message-ID", mid),
        ("User-Agent", "Microsoft-MacOutlook/16.93.25011212"),
    ]
    body = Multi(
        "mixed",
        [
            plain(text, cte="quoted-printable"),
            attach(
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                doc,
                "Ansokan_ideslanten_Gronhogen.docx",
            ),
        ],
        "B_3852691062_1904718217",
    )
    mail(
        2205,
        "hamnkvallar-gronhogen",
        message(hdr, body),
        lab(
            "application",
            "sv",
            "11111",
            f"""Complete application where the body is two lines and everything is in an attached .docx (headings,
            prose and a budget table). Association: named, org.nr {org}, 56 members. Contact: Kerstin Alm with
            e-mail and two phones (first recorded). Activity: four-part lecture series with a dated dialogue
            evening and a harbour programme for the municipality. Anchoring: open meeting with 44 attendees,
            two co-organising local associations, twelve volunteers. Budget: table summing to 13 000 kr; lecture
            fees are not salary, renting the missionshus is not an investment. women_and_men null (the
            gender split of members is not a statement that the activity targets both). Ort Grönhögen
            (Mörbylånga).""",
            association_name="Föreningen Grönhögens Hamn och Bygd",
            org_number=org,
            contact_name="Kerstin Alm",
            contact_email="kerstin.alm@example.se",
            contact_phone="0485-66 20 13",
            members=56,
            ort="Grönhögen",
            amount_sek=13000,
        ),
    )


@reg
def m2206():
    mid = "<AM9P192MB1044E2206B7C1D3F4A5@AM9P192MB1044.example.se>"
    MID[2206] = mid
    body_html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body><div style="font-family:Calibri,Arial,sans-serif;font-size:11pt">
<p>Hej,</p>
<p>Eriksmåla Samhällsförening vill söka idéslanten för en bygdekväll om <b>fiber och mobiltäckning</b>.
Föreningen har funnits sedan 1974 och ca 70 hushåll är medlemmar. Vi driver bl.a. badplatsen och julmarknaden.</p>
<p>Många här har fortfarande dålig täckning och vet inte vad som gäller för fiberanslutning efter att
nätbolaget bytt ägare. Vi vill därför bjuda in en föreläsare från Byanätsforum som håller en
kväll i Folkets hus torsdagen den 23 april kl 19 om hur man bildar en fiberförening och vilka stöd som finns,
följt av frågestund med kommunens bredbandssamordnare. Målet är att fler hushåll ska kunna jobba hemifrån
och att barnfamiljer ska vilja flytta hit.</p>
<p>Vi tror att många kommer att uppskatta kvällen.</p>
<table border="1" cellpadding="4" cellspacing="0" style="border-collapse:collapse">
<tr><th align="left">Kostnad</th><th align="right">Kr</th></tr>
<tr><td>Föreläsararvode</td><td align="right">4 000</td></tr>
<tr><td>Hyra Folkets hus</td><td align="right">1 500</td></tr>
<tr><td>Kaffe och bullar</td><td align="right">1 000</td></tr>
<tr><td>Affischer och utskick</td><td align="right">500</td></tr>
<tr><td><b>Totalt</b></td><td align="right"><b>7 000</b></td></tr>
</table>
<p>Med vänlig hälsning<br>
Styrelsen<br>
Eriksmåla Samhällsförening<br>
<a href="mailto:info@eriksmala-sf.example.se">info@eriksmala-sf.example.se</a></p>
</div></body></html>
"""
    hdr = [
        ("From", addr("Eriksmåla Samhällsförening", "info@eriksmala-sf.example.se")),
        ("To", OFFICER),
        ("Subject", "Bidragsansökan bygdekväll fiber"),
        ("Date", date(2, 9, 13, 27, 55)),
        ("Message-ID", mid),
        ("X-MS-Has-Attach", ""),
        ("Content-Language", "sv-SE"),
    ]
    mail(
        2206,
        "bygdekvall-fiber-eriksmala",
        message(hdr, html(body_html)),
        lab(
            "application",
            "sv",
            "10101",
            """HTML-only Outlook mail (quoted-printable) with the budget as an HTML table. Association: named,
            founded 1974, "ca 70 hushåll är medlemmar" = 70 members – true. Contact: signed "Styrelsen" from a
            shared association mailbox, no person named – false, and contact facts null. Activity: dated
            evening with a named kind of lecturer, topic and local benefit – true. Anchoring: "Vi tror att
            många kommer att uppskatta kvällen" is only a hope – false. Budget: four items, 7 000 kr – true.
            Ort Eriksmåla (Emmaboda). Case 2026-0004 in the followup thread.""",
            association_name="Eriksmåla Samhällsförening",
            members=70,
            ort="Eriksmåla",
            amount_sek=7000,
        ),
    )


@reg
def m2207():
    mid = "<autosvar.20260210T0814.77a1@eriksmala-sf.example.se>"
    officer_mid = "<handl.2026-0004.1@region.example.se>"
    text = """Tack för ditt mejl!

Föreningens brevlåda läses normalt en gång i veckan. Vi återkommer så
snart vi kan. Gäller det uthyrning av Folkets hus, ring bokningen på
0471-404 18 (vardagar 17–19).

Eriksmåla Samhällsförening
"""
    hdr = [
        ("From", addr("Eriksmåla Samhällsförening", "info@eriksmala-sf.example.se")),
        ("To", addr("Landsbygdsutvecklare Region Kalmar län", OFFICER)),
        ("Subject", "Automatiskt svar: Ang. er ansökan om idéslanten (2026-0004)"),
        ("Date", date(2, 10, 8, 14, 3)),
        ("Message-ID", mid),
        ("In-Reply-To", officer_mid),
        ("References", f"{MID[2206]} {officer_mid}"),
        ("Auto-Submitted", "auto-replied"),
        ("X-Auto-Response-Suppress", "All"),
    ]
    mail(
        2207,
        "autosvar-eriksmala",
        message(hdr, plain(text)),
        lab(
            "autoreply",
            "sv",
            "00000",
            """Auto-reply from the shared mailbox of the Eriksmåla association (Auto-Submitted: auto-replied,
            X-Auto-Response-Suppress) to the officer's message about case 2026-0004. References include the
            application's Message-ID and the subject names the case, but it is a machine answer, not a
            followup; the phone number belongs to venue booking. Everything false/null; the bot must not
            reply.""",
        ),
    )


@reg
def m2208():
    mid = "<DB7PR09MB2208A1B2C3D4E5F6@DB7PR09MB2208.example.com>"
    rec = receipt_id("2026-0004")
    quoted = receipt_text("2026-0004", ["contact", "anchoring"])
    text = f"""Hej!

Jag är kassör i Eriksmåla Samhällsförening och tar hand om ansökan om fiberkvällen, det var jag som skickade från föreningens adress. Ni kan kontakta mig:

Per-Olof Strand
per-olof.strand@example.com
0471-402 77 eller 070-655 31 08

Om förankringen: på byastämman i Folkets hus den 2 februari var vi 31 personer och alla röstade för att vi skulle ordna kvällen. Eriksmåla IK ställer upp med folk som hjälper till med kaffet, och vägföreningen skickar ut inbjudan tillsammans med sitt utskick till alla fastigheter.

Vänliga hälsningar
Per-Olof Strand

Från: Idéslanten – Region Kalmar län <ideslanten@example.se>
Skickat: den 9 februari 2026 13:28
Till: info@eriksmala-sf.example.se
Ämne: Re: Bidragsansökan bygdekväll fiber [Idéslanten 2026-0004]

{quoted}"""
    hdr = [
        ("From", addr("Per-Olof Strand", "per-olof.strand@example.com")),
        ("To", BOT),
        ("Subject", "SV: Bidragsansökan bygdekväll fiber [Idéslanten 2026-0004]"),
        ("Date", date(2, 17, 21, 3, 40)),
        ("Message-ID", mid),
        ("In-Reply-To", rec),
        ("References", f"{MID[2206]} {rec}"),
        ("Thread-Topic", "Bidragsansökan bygdekväll fiber [Idéslanten 2026-0004]"),
        ("X-MS-Exchange-Organization-SCL", "1"),
    ]
    mail(
        2208,
        "sv-kontakt-forankring-eriksmala",
        message(hdr, plain(text, cte="quoted-printable")),
        lab(
            "followup",
            "sv",
            "01010",
            """Outlook-style followup ("SV:", Från/Skickat/Till/Ämne block, no > quoting) to the receipt for case
            2026-0004, threaded via In-Reply-To/References to 2206. The treasurer gives a named contact with
            own e-mail and two phones (first recorded) and concrete anchoring: a village meeting with 31
            people (attendance, not members) and two cooperating local groups. The quoted receipt lists the
            missing elements but does not itself make any element true. Association, activity and budget
            are not re-stated – false.""",
            association_name="Eriksmåla Samhällsförening",
            contact_name="Per-Olof Strand",
            contact_email="per-olof.strand@example.com",
            contact_phone="0471-402 77",
        ),
    )


@reg
def m2209():
    mid = "<1771936020.2209.kristvalla@example.com>"
    MID[2209] = mid
    text = """Hej!

Vi är några kvinnor i Kristvalla med omnejd som har börjat träffas på
tisdagarna i församlingshemmet för att sticka, prata och hjälpa varandra.
Många av oss är ensamma efter att männen gått bort eller barnen flyttat,
och det finns ingenting annat i byn för oss sedan affären stängde.

Nu vill vi göra det lite större och bjuda in alla kvinnor i bygden till
en serie på fem träffar under hösten (en i månaden, start i september)
där vi varje gång har en inbjuden gäst: en sjuksköterska om
att åldras friskt, en från kommunens färdtjänst, en textilkonstnär från
Orrefors och en som berättar om hur man kan söka hjälp med hus och
trädgård. Sista gången ska vi planera vad vi vill göra nästa år.

Vi har satt upp en lista på anslagstavlan vid pizzerian och där har
23 personer skrivit upp sig som intresserade, och prästen har lovat att
vi får låna församlingshemmet till självkostnadspris.

Kostnader:
Arvoden till gästerna, 4 x 875 kr = 3 500 kr
Hyra församlingshemmet 5 x 400 kr = 2 000 kr
Fika 1 200 kr
Garn och material till en gemensam bonad 800 kr
Totalt 7 500 kr

Med vänliga hälsningar
Birgitta Håkansson
Gamla vägen 4, Kristvalla
tel 0481-530 62
"""
    hdr = [
        ("From", addr("Birgitta Håkansson", "birgitta.hakansson@example.com", "iso-8859-1")),
        ("To", OFFICER),
        ("Subject", ew("Ansökan om pengar till kvinnoträffar i Kristvalla", "iso-8859-1")),
        ("Date", date(2, 24, 15, 47, 0)),
        ("Message-ID", mid),
        ("X-Mailer", "Telia Webbmail 7.3"),
    ]
    mail(
        2209,
        "kvinnotraffar-kristvalla",
        message(hdr, plain(text, charset="iso-8859-1", cte="quoted-printable")),
        lab(
            "application",
            "sv",
            "01111",
            """iso-8859-1 quoted-printable webmail from an older woman. Association: "Vi är några kvinnor i
            Kristvalla" – an unnamed group with no name at all – false; no member count (the 23 on the list
            are interested people, not members). Contact: named signer from own address, phone – true.
            Activity: five monthly meetings with named kinds of guests from September – true. Anchoring:
            23 names on a list at the pizzeria and the priest lending the parish hall – true. Budget: four
            items, 7 500 kr; yarn for a joint wall-hanging is consumable material, not an investment. The
            activity targets women only, so women_and_men false (rule breach shows in facts). Ort
            Kristvalla (Nybro). Case 2026-0005.""",
            contact_name="Birgitta Håkansson",
            contact_email="birgitta.hakansson@example.com",
            contact_phone="0481-530 62",
            ort="Kristvalla",
            amount_sek=7500,
            women_and_men=False,
        ),
    )


@reg
def m2210():
    mid = "<CAJx8nV0q2210mLocknevi+ek9Rw@mail.example.com>"
    MID[2210] = mid
    text = """Hej,

Locknevi Byalag (112 medlemmar, alla hushåll i Locknevi by och de närmaste gårdarna är med) vill söka idéslanten till en framtidsverkstad.

Lördagen den 18 april kör vi en heldag i Locknevi bygdegård där vi tillsammans med en inhyrd processledare tar fram en byaplan för de kommande fem åren: vad vi vill ha kvar (skolskjutsen, badplatsen, lanthandelns ombud), vad vi vill bygga upp (t.ex. en gemensam hemsida och ett välkomstpaket för nyinflyttade) och vem som gör vad. Byaplanen blir ett underlag när vi pratar med kommunen och när vi söker andra pengar.

Innan vi bestämde oss skickade vi ut en enkät till alla 60 hushåll och fick 41 svar. 35 ville ha en framtidsverkstad. Den är för alla åldrar och kön, och vi ordnar barnpassning så att småbarnsföräldrar kan vara med.

Vi söker ca 12 000 kr. Budgeten håller vi på att räkna på och den kommer senare.

Mvh
Jonas Ek
sekreterare, Locknevi Byalag
072-244 90 31
"""
    h = html(
        '<div dir="ltr">'
        + "".join(f"<div>{ln or '<br>'}</div>" for ln in text.splitlines())
        + "</div>\n"
    )
    hdr = [
        ("From", addr("Jonas Ek", "jonas.ek@example.com")),
        ("To", OFFICER),
        ("Subject", "Idéslanten - framtidsverkstad Locknevi"),
        ("Date", date(3, 2, 19, 4, 18)),
        ("Message-ID", mid),
    ]
    body = Multi(
        "alternative", [plain(text, cte="quoted-printable"), h], "000000000000a1b2c3d4e5f60622210"
    )
    mail(
        2210,
        "framtidsverkstad-locknevi",
        message(hdr, body),
        lab(
            "application",
            "sv",
            "11110",
            """Gmail-style multipart/alternative (plain + div-per-line HTML, both quoted-printable). Association:
            named with 112 members – true. Contact: named secretary from own address with phone – true.
            Activity: dated workshop day with hired process leader producing a village plan, concrete local
            use – true. Anchoring: survey to 60 households, 41 answers, 35 in favour – true (respondents are not
            members). Budget: "ca 12 000 kr ... kommer senare" is a bare figure and a promise – false; the
            rough figure gives amount_sek 12000. "alla åldrar och kön" gives women_and_men true. Ort Locknevi
            (Vimmerby). Case 2026-0006; the budget arrives in 2213.""",
            association_name="Locknevi Byalag",
            contact_name="Jonas Ek",
            contact_email="jonas.ek@example.com",
            contact_phone="072-244 90 31",
            members=112,
            ort="Locknevi",
            amount_sek=12000,
            women_and_men=True,
        ),
    )


@reg
def m2211():
    mid = "<20260306031522.7F3A1@mailer.regionkalmar-utbetalning.example.net>"
    body_html = """<html><body style="font-family:Arial">
<table width="600" style="border:1px solid #ccc"><tr><td style="background:#00507a;color:#fff;padding:12px">
<b>Region Kalmar län – Ekonomiavdelningen</b></td></tr>
<tr><td style="padding:16px">
<p>Bästa mottagare,</p>
<p>Ett beviljat bidrag (<b>regional bygdepeng 2026</b>) på <b>14 850 SEK</b> väntar på utbetalning till er förening.
På grund av nya säkerhetsregler måste mottagarens bankuppgifter verifieras inom <b>48 timmar</b>, annars
återgår beloppet till regionen.</p>
<p style="text-align:center"><a href="http://regionkalmar-utbetalning.example.net/verifiera?ref=BP-2026-88412"
style="background:#e07b00;color:#fff;padding:10px 18px;text-decoration:none">VERIFIERA MED BANKID</a></p>
<p>Ärende: BP-2026-88412<br>Detta meddelande går inte att besvara.</p>
</td></tr></table></body></html>
"""
    hdr = [
        (
            "From",
            addr(
                "Region Kalmar län Utbetalningar", "no-reply@regionkalmar-utbetalning.example.net"
            ),
        ),
        ("To", OFFICER),
        ("Subject", "⚠ Åtgärd krävs: Utbetalning av bygdepeng 14 850 SEK pausad"),
        ("Date", date(3, 6, 3, 15, 22)),
        ("Message-ID", mid),
        ("X-Priority", "1 (Highest)"),
    ]
    mail(
        2211,
        "phishing-utbetalning",
        message(hdr, html(body_html, cte="base64")),
        lab(
            "spam",
            "sv",
            "00000",
            """Phishing that impersonates the region's finance department (look-alike example.net domain,
            base64 HTML-only, emoji in a utf-8 encoded-word subject, X-Priority 1): a "granted bygdepeng"
            payment must be verified with BankID within 48 hours. Uses the grant's vocabulary and an amount,
            but is fraud – kind spam, all elements false, all facts null (the 14 850 SEK is not an amount
            applied for).""",
        ),
    )


# ---------------------------------------------------------------- mails, March – April


@reg
def m2212():
    mid = "<f1e2d3c4-2212-4b6a-9e7d-pelarne0310@example.org>"
    MID[2212] = mid
    org = luhn_org("802532-114")
    text = f"""Dear Sir or Madam,

I hope it is all right that I write in English – my Swedish is still at
the "fika and weather" level, although I am taking classes.

APPLICANT
Pelarne Nya & Gamla is a non-profit association (ideell förening, org.
no. {org}) that we started in 2024 to bring together people who have
lived in Pelarne all their lives and those of us who have moved here
from the cities or from abroad. We have 27 paying members today:
Swedish, Dutch, German and Polish households.

CONTACT
Anneke de Vries, chairperson
anneke.devries@example.org, +46 76 402 18 55

WHAT WE WANT TO DO
Six "Grannkvällar" (neighbour evenings) in Pelarne bygdegård, every
second Thursday from 1 October to 10 December 2026. Each evening has a
short talk in easy Swedish by a hired teacher from the study association
about one local subject (the school, the forest, the hunting year, the
church, the old railway, the Christmas traditions), followed by
language café at small tables where old-timers and newcomers talk.
Pelarne needs every family it can keep – the school has 19 pupils –
and newcomers who feel at home stay, start businesses and join the
fire brigade and the sports club. The evenings are open to men and
women and whole families; there is a children's corner.

LOCAL ANCHORING
The idea came from the Pelarne hembygdsförening, who will host two of
the evenings and tell the railway and church stories. The parish lends
us chairs and the sports club will spread the invitation. 18 volunteers
(9 old-timers, 9 newcomers) have signed up to host tables and bake.

BUDGET
- Teacher's fee, 6 evenings x 1 200 SEK: 7 200 SEK
- Rent of the bygdegård, 6 x 500 SEK: 3 000 SEK
- Coffee, bread, materials: 1 800 SEK
- Printed invitations in four languages: 600 SEK
Total: 12 600 SEK, which is the amount we apply for.

Thank you for considering our application!

Kind regards,
Anneke de Vries
Pelarne Nya & Gamla
"""
    hdr = [
        ("From", addr("Anneke de Vries", "anneke.devries@example.org")),
        ("To", OFFICER),
        ("Subject", "Application idéslanten – neighbour evenings in Pelarne"),
        ("Date", date(3, 10, 20, 31, 9)),
        ("Message-ID", mid),
        ("User-Agent", "Roundcube Webmail/1.6.9"),
    ]
    mail(
        2212,
        "grannkvallar-pelarne",
        message(hdr, plain(text)),
        lab(
            "application",
            "en",
            "11111",
            f"""Complete application in English from a Dutch newcomer (Roundcube, utf-8 8bit, Swedish terms
            mixed in). Association: named ideell förening with org.no. {org} and 27 paying members. Contact:
            named chair with e-mail and an international-format phone. Activity: six dated neighbour evenings
            with a hired teacher (fee, not salary) and a clear local-development purpose (keeping families,
            the school). Anchoring: hembygdsförening co-hosts, parish and sports club involved, 18 named-role
            volunteers. Budget: four items, total 12 600 SEK applied for. "open to men and women" –
            women_and_men true. Ort Pelarne (Vimmerby).""",
            association_name="Pelarne Nya & Gamla",
            org_number=org,
            contact_name="Anneke de Vries",
            contact_email="anneke.devries@example.org",
            contact_phone="+46 76 402 18 55",
            members=27,
            ort="Pelarne",
            amount_sek=12600,
            women_and_men=True,
        ),
    )


@reg
def m2213():
    mid = "<CAJx8nV3r2213mLocknevi+budget7Q@mail.example.com>"
    rec = receipt_id("2026-0006")
    sheet = xlsx(
        [
            ["Budget framtidsverkstad Locknevi 18 april 2026", None],
            ["Post", "Kronor"],
            ["Processledare, arvode heldag", 6500],
            ["Processledare, resa", 900],
            ["Hyra Locknevi bygdegård", 1200],
            ["Lunch och fika 45 pers", 2800],
            ["Barnpassning (material, mellanmål)", 500],
            ["Tryck av byaplanen", 500],
            ["Summa", 12400],
        ]
    )
    quoted = receipt_text("2026-0006", ["budget"], variant=1)
    text = f"""Hej, här kommer budgeten som utlovat. Det blev 12 400 totalt, lite mer än vi trodde pga resan för processledaren.

Hälsningar
Jonas Ek, Locknevi Byalag

Den mån 2 mars 2026 kl 19:05 skrev {BOT_NAME} <ideslanten@example.se>:

{quote(quoted)}"""
    hdr = [
        ("From", addr("Jonas Ek", "jonas.ek@example.com")),
        ("To", BOT),
        ("Subject", "Re: Idéslanten - framtidsverkstad Locknevi [Idéslanten 2026-0006]"),
        ("Date", date(3, 16, 7, 58, 31)),
        ("Message-ID", mid),
        ("In-Reply-To", rec),
        ("References", f"{MID[2210]} {rec}"),
    ]
    body = Multi(
        "mixed",
        [
            plain(text, cte="quoted-printable"),
            attach(
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                sheet,
                "budget_framtidsverkstad.xlsx",
            ),
        ],
        "000000000000f0e1d2c3b4a59682213",
    )
    mail(
        2213,
        "re-budget-locknevi",
        message(hdr, body),
        lab(
            "followup",
            "sv",
            "01001",
            """Gmail reply with "Den ... skrev" attribution and > quoting of the receipt for case 2026-0006,
            threaded to 2210. New text: a short note and an .xlsx budget with six items summing to 12 400 kr
            – budget true. Signed by Jonas Ek from his own address – contact true (no phone in the new text).
            Association is only named in the signature without anything about it – false. Childcare
            material and snacks are consumables. Ort Locknevi from the spreadsheet title.""",
            association_name="Locknevi Byalag",
            contact_name="Jonas Ek",
            contact_email="jonas.ek@example.com",
            ort="Locknevi",
            amount_sek=12400,
        ),
    )


@reg
def m2214():
    mid = "<002a01dcbaa7$11c0f520$3542df60$@example.se>"
    MID[2214] = mid
    org = luhn_org("802437-260")
    text = f"""Hej!

Vi i Kvilla Bygdeförening vill söka pengar från idéslanten. Föreningen bildades 1987 och har idag 45 medlemmar, org nr {org}. Vi har hand om bygdegården och ordnar valborg och julgransplundring.

Vi vill göra något för att fler ska vilja bo kvar i byn och flytta hit, typ olika aktiviteter och träffar under året så att folk lär känna varandra. Det har blivit tyst i Kvilla på senare år.

Vi söker 15 000 kr.

Hälsningar
Lena Mårtensson
ordf Kvilla Bygdeförening
tel 0486-301 95
"""
    hdr = [
        ("From", addr("Lena Mårtensson", "lena.martensson@example.se", "iso-8859-1")),
        ("To", OFFICER),
        ("Subject", ew("Ansökan bygdepeng Kvilla", "windows-1252")),
        ("Date", date(3, 23, 11, 20, 14)),
        ("Message-ID", mid),
        ("X-Mailer", "Microsoft Outlook 16.0"),
    ]
    mail(
        2214,
        "bygdeforening-kvilla",
        message(hdr, plain(text, charset="windows-1252", cte="8bit")),
        lab(
            "application",
            "sv",
            "11000",
            f"""Short Outlook mail in windows-1252 8bit. Association: named, founded 1987, 45 members, org nr
            {org} – true. Contact: named chair from own address with phone – true. Activity: "något för att
            fler ska vilja bo kvar ... typ olika aktiviteter och träffar" is a vague wish – false. Anchoring:
            nothing beyond a described need ("det har blivit tyst") – false. Budget: only a bare total "Vi
            söker 15 000 kr" – false, but amount_sek 15000. Ort Kvilla (Torsås). Case 2026-0008; the
            followup 2233 adds to it.""",
            association_name="Kvilla Bygdeförening",
            org_number=org,
            contact_name="Lena Mårtensson",
            contact_email="lena.martensson@example.se",
            contact_phone="0486-301 95",
            members=45,
            ort="Kvilla",
            amount_sek=15000,
        ),
    )


@reg
def m2215():
    mid = "<e8c1a2215.vickleby.0401@example.net>"
    MID[2215] = mid
    org = luhn_org("802418-735")
    doc = pdf(
        [
            "# Vickleby Bygdelag - budget bygdedagen 2026",
            "",
            "Post                                         Kronor",
            "Hyra av partytält 8x12 m (två dagar)          4 200",
            "Arvode moderator för cykelvägsdialogen        3 000",
            "Arvode spelmanslag (underhållning)            2 500",
            "Hyra toaletter och ljudanläggning             2 300",
            "Annonsering och affischer                     1 200",
            "Fika och saft till barnaktiviteterna          1 300",
            "-----------------------------------------------------",
            "Summa                                        14 500",
            "",
            "Sökt belopp ur idéslanten: 14 500 kr",
            "Ideella timmar (ej i budget): ca 120 timmar",
        ],
        title="Budget bygdedagen Vickleby",
    )
    text = f"""Hej!

Vickleby Bygdelag, org.nr {org}, söker härmed idéslanten för Vickleby bygdedag lördagen den 22 augusti 2026.

Bygdelaget är en ideell förening för hela Vickleby socken med 140 medlemmar. Vi ordnar midsommarfirande, underhåller badplatsen vid Vickleby strand och har drivit frågan om en cykelväg längs landsvägen i många år.

Bygdedagen hålls på ängen vid Vickleby gamla skola. Mitt på dagen har vi en öppen dialog i tältet med kommunens trafikplanerare och Trafikverket om cykelvägen till Färjestaden, ledd av en inhyrd moderator. Runt omkring finns föreningsbord där byns föreningar och företag visar upp sig för nyinflyttade, barnaktiviteter och spelmanslag. Syftet är att samla bygden kring cykelvägen och att nya invånare ska hitta in i föreningslivet, kvinnor och män, barn och pensionärer.

Förankring: årsmötet den 14 mars 2026 beslutade att genomföra dagen. En arbetsgrupp med representanter från bygdelaget, Vickleby församling, föräldraföreningen på skolan och Vickleby IF planerar tillsammans, och ett tjugotal medlemmar har anmält sig som funktionärer.

Budgeten finns i bifogad pdf (summa 14 500 kr).

Kontaktperson är jag:
Mats Oskarsson, kassör
mats.oskarsson@example.net
0485-360 48

Vänliga hälsningar
Mats Oskarsson
"""
    hdr = [
        ("From", addr("Mats Oskarsson", "mats.oskarsson@example.net")),
        ("To", OFFICER),
        ("Subject", "Vickleby bygdedag 22/8 - ansökan"),
        ("Date", date(4, 1, 9, 15, 0)),
        ("Message-ID", mid),
        (
            "User-Agent",
            "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Thunderbird/128.8.1",
        ),
    ]
    body = Multi(
        "mixed",
        [
            plain(text, cte="quoted-printable"),
            attach("application/pdf", doc, "budget_bygdedag_vickleby.pdf"),
        ],
        "------------V1ckl3byB0undary2215",
    )
    mail(
        2215,
        "bygdedag-vickleby",
        message(hdr, body),
        lab(
            "application",
            "sv",
            "11111",
            f"""Complete application with the budget in an attached PDF (Helvetica, zlib text stream). Association:
            named, org.nr {org}, 140 members, what it does. Contact: named treasurer with e-mail and phone.
            Activity: dated village day with a moderated dialogue on the cycle path plus association tables for
            newcomers. Anchoring: annual-meeting decision, working group with four local organisations, about
            twenty volunteers. Budget: PDF with six items, 14 500 kr. Renting a tent, toilets and sound
            equipment is rental, not investment; moderator and folk-music group fees are not salary.
            "kvinnor och män" – women_and_men true. Ort Vickleby (Mörbylånga).""",
            association_name="Vickleby Bygdelag",
            org_number=org,
            contact_name="Mats Oskarsson",
            contact_email="mats.oskarsson@example.net",
            contact_phone="0485-360 48",
            members=140,
            ort="Vickleby",
            amount_sek=14500,
            women_and_men=True,
        ),
    )


@reg
def m2216():
    mid = "<5f0b8d1e2216.hagby@post.example.se>"
    MID[2216] = mid
    text = """Hej

Vi i byn har länge pratat om att Hagby behöver en egen affär igen. På byamötet i bystugan den 15 mars kom 40 personer och vi bestämde att först åka och titta på hur andra har gjort.

Därför vill vi göra en studieresa lördag 16 maj med buss till den kooperativa byabutiken i Ljungbyholm och till en bygdebutik på Öland som drivs ideellt. Vi får en guidad visning och träffar styrelserna där och pratar om ekonomi, ideella krafter och vilka tillstånd som behövs. Efteråt har vi en träff i bystugan där vi bestämmer om vi ska starta en arbetsgrupp för en butik i Hagby.

Kostnader
Buss 35 platser heldag 7 500 kr
Guidning/studiebesök 2 x 750 kr 1 500 kr
Lunch 35 x 110 kr 3 850 kr
Summa 12 850 kr

Hälsningar från Hagby
"""
    hdr = [
        ("From", addr("Hagby byalag", "hagby.byalag@example.se")),
        ("To", OFFICER),
        ("Subject", "Ansökan studieresa byabutik"),
        ("Date", date(4, 8, 18, 33, 45)),
        ("Message-ID", mid),
        ("X-Mailer", "Apple Mail (2.3826.400.131.1.6)"),
    ]
    mail(
        2216,
        "studieresa-byabutik-hagby",
        message(hdr, plain(text, cte="quoted-printable")),
        lab(
            "application",
            "sv",
            "00111",
            """Application sent from a shared mailbox whose display name is "Hagby byalag", signed only "Hälsningar
            från Hagby". Association: the body only says "Vi i byn" – the name appears only in the From
            header – false. Contact: no person named anywhere – false, contact facts null. Activity: dated
            study trip to two village shops with a concrete follow-up meeting – true. Anchoring: village
            meeting on 15 March with 40 attendees that decided the trip – true (attendance, not members).
            Budget: three items with amounts, 12 850 kr – true. Ort Hagby (Kalmar). A later officer reply to
            this mailbox bounces (2221).""",
            ort="Hagby",
            amount_sek=12850,
        ),
    )


@reg
def m2217():
    mid = "<4D2217A1.3090807@example.com>"
    MID[2217] = mid
    text = """Goddag!

Ja ska försöka skriva en ansökan, fast ja ä int så van vid datorn så ni får ursäkta om dä blir lite tokit. Barnbarnet har visat mej hur man gör.

Vi ä Misterhults Sockengille, en hembygdsförening som har hållit på sen 1958 å vi ä ett sextiotal medlemmar nu, mest äldre men några yngre har kommit till på senare år. Vi har hand om gamla sockenstugan å skolmuseet.

Nu har vi tänkt att göra nôtt om kvarnarna längs ån. Dä fanns elva kvarnar i socknen en gång i tiden å nästan ingen vet om dä längre. Vi vill ha två föreläsningskvällar i sockenstugan i oktober med Holger Rydén som ä hembygdsforskare i Oskarshamn å som kan allt om kvarnarna, å sen en kvarnvandring en lördag där vi går mellan fyra av kvarnställena å han berättar. Vi ska göra skyltar själva av gammalt virke som vi har, å vi hoppas att dä blir en vandringsled som turisterna kan gå å att dom då stannar å handlar i affären å äter på gästgiveriet. Dä behövs möcke i Misterhult.

Dä ä för alla, karar å kvinnfolk å ungar.

Alla i socknen vet ju vem vi ä så dä ä ingen som ä emot.

Vad dä kostar:
Holger tar 2 500 kr för en kväll, två kvällar blir 5 000 kr
Vandringen gör han gratis
Annons i Oskarshamns-Tidningen 700 kr
Hyra av sockenstugan 600 kr gången, 2 gånger 1 200 kr
Kaffe å kakor 900 kr
Dä blir 7 800 kr om ja räknat rätt

Med vänlig hälsning
Gun-Britt Karlsson
sekreterare i Misterhults Sockengille
Telefon 0491-710 34 (hemma, bäst på förmiddan)
"""
    hdr = [
        ("From", addr("Gun-Britt Karlsson", "gunbritt.karlsson@example.com", "iso-8859-1")),
        ("To", OFFICER),
        ("Subject", ew("ansökan kvarnarna", "iso-8859-1")),
        ("Date", date(4, 14, 10, 2, 56)),
        ("Message-ID", mid),
        ("User-Agent", "Mozilla/5.0 (Windows NT 6.1; rv:52.0) Gecko/20100101 Thunderbird/52.9.1"),
    ]
    mail(
        2217,
        "kvarnarna-misterhult",
        message(hdr, plain(text, charset="iso-8859-1", cte="8bit")),
        lab(
            "application",
            "sv",
            "11101",
            """Long chatty mail from an elderly secretary in Småland dialect (ja, dä, nôtt, möcke, karar å
            kvinnfolk), iso-8859-1 8bit, old Thunderbird. Association: named hembygdsförening since 1958,
            "ett sextiotal" = 60 members – true. Contact: named signer from own address, landline – true.
            Activity: two lecture evenings in October and a mill walk with a named local historian, aiming at
            a walking trail that brings visitors to the shop and inn – true. Anchoring: "Alla i socknen vet
            ju vem vi ä så dä ä ingen som ä emot" is an empty claim – false. Budget: items in prose/list,
            7 800 kr – true. Signs made from wood they already own are not a purchase – physical_investment
            false. "karar å kvinnfolk å ungar" = men and women – women_and_men true. Ort Misterhult
            (Oskarshamn).""",
            association_name="Misterhults Sockengille",
            contact_name="Gun-Britt Karlsson",
            contact_email="gunbritt.karlsson@example.com",
            contact_phone="0491-710 34",
            members=60,
            ort="Misterhult",
            amount_sek=7800,
            women_and_men=True,
        ),
    )


@reg
def m2218():
    mid = "<a9f3c7d2-2218-4e0b-8a61-byxelkrok@example.se>"
    MID[2218] = mid
    org = luhn_org("802526-481")
    text = f"""Hej!

Föreningen Byxelkrok Hamnliv ({org}) söker idéslanten 2026.

Om oss: vi är en ideell förening med 73 medlemmar, bofasta och
fritidsboende, som driver hamnkiosken på sommaren och ordnar
sillafton och hamnfest. Överskottet går tillbaka till hamnen.

Vad vi vill göra: Byxelkrok ligger fem mil från närmaste sjukhus och
ambulansen tar lång tid, särskilt på sommaren när här är tiotusentals
turister. Vi vill köpa en hjärtstartare som sätts upp i ett
värmeskåp på hamnkioskens vägg och registreras i
hjärtstartarregistret, och sedan ordna två kvällar med HLR-utbildning
(maj och juni) i Byxelkroks bystuga för boende och säsongsanställda,
så att det alltid finns folk i byn som kan hjälpa till.

Förankring: på föreningens vårmöte 28 mars röstade alla 29
närvarande för förslaget. Böda hembygdsförening och campingen i
Byxelkrok står för halva kostnaden för värmeskåpet, och Böda IK
ordnar deltagare till kurserna.

Budget:
Hjärtstartare inkl. skylt: 14 000 kr
Värmeskåp (vår andel): 1 800 kr
HLR-instruktör 2 kvällar: 3 000 kr
Summa: 18 800 kr
Vi söker 15 000 kr, resten tar föreningen från kioskens överskott.

Kontaktperson:
Anders Widell, ordförande
anders.widell@example.se
0485-280 63

Vänliga hälsningar
Anders Widell
"""
    hdr = [
        ("From", addr("Anders Widell", "anders.widell@example.se")),
        ("To", OFFICER),
        ("Subject", "Ansökan: Hjärtstartare och HLR-kurs i Byxelkrok"),
        ("Date", date(4, 20, 22, 10, 4)),
        ("Message-ID", mid),
        ("User-Agent", "K-9 Mail for Android"),
    ]
    mail(
        2218,
        "hjartstartare-byxelkrok",
        message(hdr, plain(text, cte="base64")),
        lab(
            "application",
            "sv",
            "11111",
            f"""Complete application (K-9 Mail, utf-8 base64 body) that nevertheless breaks the rules: it buys a
            defibrillator and a share of a heated cabinet – physical_investment true. All five elements are
            given: named association with org.nr {org} and 73 members; named chair with e-mail and phone;
            concrete activity (defibrillator plus two dated CPR evenings, why it matters in a remote harbour);
            anchoring (spring meeting with 29 present voting yes, two local organisations co-funding, sports
            club recruiting participants); budget with three items totalling 18 800 kr. amount_sek is the
            applied 15 000 kr, not the total. The CPR instructor's fee is not salary. Ort Byxelkrok
            (Borgholm).""",
            association_name="Föreningen Byxelkrok Hamnliv",
            org_number=org,
            contact_name="Anders Widell",
            contact_email="anders.widell@example.se",
            contact_phone="0485-280 63",
            members=73,
            ort="Byxelkrok",
            amount_sek=15000,
            physical_investment=True,
        ),
    )


@reg
def m2219():
    mid = "<7c1e2219.0427.semester@example.net>"
    officer_mid = "<handl.2026-0009.1@region.example.se>"
    text = """Hej!

Jag är på semester och är tillbaka måndag 4 maj. Jag läser inte mejlen
under tiden.

Gäller det bygdelaget kan du kontakta vår ordförande Annika på
0485-361 20.

/Mats
"""
    hdr = [
        ("From", addr("Mats Oskarsson", "mats.oskarsson@example.net")),
        ("To", OFFICER),
        ("Subject", "Re: Vickleby bygdedag 22/8 - ansökan"),
        ("Date", date(4, 27, 13, 40, 12)),
        ("Message-ID", mid),
        ("In-Reply-To", officer_mid),
        ("References", f"{MID[2215]} {officer_mid}"),
    ]
    mail(
        2219,
        "semester-vickleby",
        message(hdr, plain(text)),
        lab(
            "autoreply",
            "sv",
            "00000",
            """Out-of-office reply WITHOUT any automation header (no Auto-Submitted, X-Autoreply or Precedence),
            with an ordinary "Re:" subject and References to application 2215 – it looks like a followup from
            the applicant but only says he is on holiday until 4 May and gives the chair's phone. Must be
            recognised from the text alone; the bot must not answer it. Everything false/null.""",
        ),
    )


# ---------------------------------------------------------------- mails, May – July


@reg
def m2220():
    mid = "<000c01dcdb9e$2220a0b0$silverdalen@example.org>"
    MID[2220] = mid
    text = """Hej!

Silverdalens Intresseförening söker härmed bidrag ur idéslanten.

Föreningen startades 2011 när bruket lades ner och har i dag 38 medlemmar. Vi jobbar för att Silverdalen ska vara en levande ort med service och aktiviteter.

Vi planerar Silverdalsdagen lördag 29 augusti på bruksplanen. Under förmiddagen har vi ett öppet samtal med Hultsfreds kommun och fastighetsägaren om vad det gamla bruksområdet kan användas till (verkstäder, föreningslokaler, boende), och på eftermiddagen blir det loppis, ponnyridning och ett inhyrt bluegrassband. Vi vill visa att det finns framtidstro här och få fram förslag som kommunen kan ta med i sin översiktsplan.

Dagen görs tillsammans med Silverdalens IK, som sköter parkering och grillen, och PRO Silverdalen, som har hand om kaffeserveringen. Hembygdsföreningen visar bruksmuseet.

Vi söker 12 000 kr. Se bifogad budget.

Med vänlig hälsning
Styrelsen genom sekreteraren
Silverdalens Intresseförening
"""
    hdr = [
        ("From", addr("Silverdalens Intresseförening", "silverdalen.if@example.org")),
        ("To", OFFICER),
        ("Subject", "Silverdalsdagen 2026"),
        ("Date", date(5, 4, 20, 18, 27)),
        ("Message-ID", mid),
        ("X-Mailer", "Microsoft Outlook 16.0"),
    ]
    img = Leaf(
        "image/png",
        png(72, 96, 2220),
        None,
        "base64",
        filename="IMG_20260504_195512.png",
        disposition="attachment",
    )
    body = Multi(
        "mixed",
        [plain(text, charset="iso-8859-1", cte="quoted-printable"), img],
        "----=_NextPart_000_0012_01DCDB9E.2220A0B0",
    )
    mail(
        2220,
        "silverdalsdagen",
        message(hdr, body),
        lab(
            "application",
            "sv",
            "10110",
            """Outlook mail (iso-8859-1 quoted-printable) from a shared association mailbox, with "Se bifogad
            budget" where the only attachment is a PNG photo (of a handwritten sheet) – nothing readable, so
            budget false; "Vi söker 12 000 kr" gives amount_sek 12000. Association: named, founded 2011, 38
            members – true. Contact: "Styrelsen genom sekreteraren" names no one – false, contact facts null.
            Activity: dated day with an open dialogue with the municipality on the old works area plus
            programme – true. Anchoring: concrete roles for three other local associations – true. The
            bluegrass band's fee is a performer's fee, not salary. Ort Silverdalen (Hultsfred).""",
            association_name="Silverdalens Intresseförening",
            members=38,
            ort="Silverdalen",
            amount_sek=12000,
        ),
    )


@reg
def m2221():
    mid = "<20260511091207.4C1F2221@mx1.example.se>"
    officer_mid = "<handl.2026-0010.2@region.example.se>"
    report = """This is the mail system at host mx1.example.se.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<hagby.byalag@example.se>: host mx.post.example.se[192.0.2.41] said: 550 5.1.1
    <hagby.byalag@example.se>: Recipient address rejected: User unknown in
    virtual mailbox table (in reply to RCPT TO command)
"""
    dsn = """Reporting-MTA: dns; mx1.example.se
X-Postfix-Queue-ID: 4C1F2221
X-Postfix-Sender: rfc822; landsbygdsutvecklare@example.se
Arrival-Date: Mon, 11 May 2026 09:12:05 +0200 (CEST)

Final-Recipient: rfc822; hagby.byalag@example.se
Original-Recipient: rfc822;hagby.byalag@example.se
Action: failed
Status: 5.1.1
Remote-MTA: dns; mx.post.example.se
Diagnostic-Code: smtp; 550 5.1.1 <hagby.byalag@example.se>: Recipient address
    rejected: User unknown in virtual mailbox table
"""
    orig_headers = f"""Return-Path: <landsbygdsutvecklare@example.se>
From: Landsbygdsutvecklare Region Kalmar =?utf-8?q?l=C3=A4n?= <landsbygdsutvecklare@example.se>
To: hagby.byalag@example.se
Subject: =?utf-8?q?Ang=2E_er_ans=C3=B6kan_om_id=C3=A9slanten_2026-0010?=
Date: Mon, 11 May 2026 09:12:01 +0200
Message-ID: {officer_mid}
In-Reply-To: {MID[2216]}
References: {MID[2216]}
"""
    hdr = [
        ("Return-Path", "<>"),
        ("From", "MAILER-DAEMON@mx1.example.se (Mail Delivery System)"),
        ("To", OFFICER),
        ("Subject", "Undelivered Mail Returned to Sender"),
        ("Date", date(5, 11, 9, 12, 7)),
        ("Message-ID", mid),
        ("Auto-Submitted", "auto-replied"),
    ]
    body = Multi(
        "report",
        [
            Leaf(
                "text/plain",
                report,
                "us-ascii",
                "7bit",
                extra=[("Content-Description", "Notification")],
            ),
            Leaf(
                "message/delivery-status",
                dsn,
                None,
                "7bit",
                extra=[("Content-Description", "Delivery report")],
            ),
            Leaf(
                "text/rfc822-headers",
                orig_headers,
                None,
                "7bit",
                extra=[("Content-Description", "Undelivered Message Headers")],
            ),
        ],
        "4C1F2221.1778483527/mx1.example.se",
        params="; report-type=delivery-status",
        preamble="This is a MIME-encapsulated message.",
    )
    mail(
        2221,
        "bounce-hagby",
        message(hdr, body),
        lab(
            "bounce",
            "en",
            "00000",
            """Postfix-style multipart/report (delivery-status) from MAILER-DAEMON: the officer's reply about case
            2026-0010 to the shared Hagby mailbox of application 2216 was rejected (550 5.1.1 user unknown).
            The returned headers carry In-Reply-To/References to 2216, which must not make it a followup.
            English machine text; all elements false, all facts null.""",
        ),
    )


@reg
def m2222():
    mid = "<000d01dce6a4$2222b1c0$silverdalen@example.org>"
    rec = receipt_id("2026-0011")
    quoted = receipt_text("2026-0011", ["contact", "budget"])
    text = f"""Hej

Tack för svaret. Vi tar upp det på nästa styrelsemöte och återkommer med budget och kontaktperson efter det.

Styrelsen
Silverdalens Intresseförening

-----Ursprungligt meddelande-----
Från: {BOT_NAME} <ideslanten@example.se>
Skickat: den 4 maj 2026 20:19
Till: silverdalen.if@example.org
Ämne: Re: Silverdalsdagen 2026 [Idéslanten 2026-0011]

{quoted}"""
    hdr = [
        ("From", addr("Silverdalens Intresseförening", "silverdalen.if@example.org")),
        ("To", BOT),
        ("Subject", "SV: Silverdalsdagen 2026 [Idéslanten 2026-0011]"),
        ("Date", date(5, 18, 19, 55, 30)),
        ("Message-ID", mid),
        ("In-Reply-To", rec),
        ("References", f"{MID[2220]} {rec}"),
        ("X-Mailer", "Microsoft Outlook 16.0"),
    ]
    mail(
        2222,
        "sv-aterkommer-silverdalen",
        message(hdr, plain(text, charset="windows-1252", cte="quoted-printable")),
        lab(
            "followup",
            "sv",
            "00000",
            """Followup in the thread of 2220 (case 2026-0011), older Outlook "-----Ursprungligt meddelande-----"
            quoting, windows-1252 quoted-printable. It supplies nothing useful: only a promise to return with budget and contact person after
            the next board meeting, again signed "Styrelsen" from the shared mailbox. The quoted receipt's list
            of missing items (kontaktperson, budget) must not make anything true. All elements false; facts
            only the association name from the signature.""",
            association_name="Silverdalens Intresseförening",
        ),
    )


@reg
def m2223():
    mid = "<HE1PR0702MB2223C0A7B1E9F2D4@HE1PR0702MB2223.example.org>"
    MID[2223] = mid
    org = luhn_org("802480-062")
    rows = [
        ("Föreläsare kustkväll 1 (arvode + resa)", "3 200"),
        ("Föreläsare kustkväll 2 (arvode + resa)", "3 200"),
        ("Hyra Påskallaviks folkets hus, 3 kvällar", "2 100"),
        ("Buss till Figeholm t/r (studiebesök)", "2 400"),
        ("Fika och enkel lunch", "1 600"),
        ("Annonser och affischer", "700"),
    ]
    plain_rows = "\n".join(f"{a:<46}{b:>8} kr" for a, b in rows)
    intro = f"""Hej!

Påskallaviks Bygdeförening (org.nr {org}) vill söka idéslanten för projektet "Kustkvällar – hamnen åt alla".

Om föreningen: vi bildades 1992 och har 95 medlemmar. Vi sköter midsommarstången, julbelysningen längs hamngatan och arrangerar hamndagen varje sommar.

Aktiviteten: Under hösten håller vi två kustkvällar i folkets hus (16 september och 14 oktober) med föreläsare om småbåtshamnar som drivs av föreningar och om kustfiskets framtid, och ett avslutande bymöte 11 november där vi bestämmer om vi ska ta över driften av gästbryggan från kommunen. Däremellan gör vi en studieresa med buss till Figeholm (3 oktober) och träffar föreningen som driver gästhamnen där. Om vi tar över bryggan kan vi hålla den öppen, få in hamnavgifter till byn och locka båtturister som handlar i kiosken och på restaurangen.

Förankring: frågan väcktes på bymötet 19 april där 48 personer deltog, och Påskallaviks Båtklubb och Sjöräddningssällskapets frivilliga i Påskallavik är med och planerar. Vi har dessutom en lista med 112 namnunderskrifter för att gästbryggan ska vara kvar.

Budget:"""
    outro = """Kontaktperson: Eva Lindquist, sekreterare
E-post: eva.lindquist@example.org
Mobil: 076-118 52 40

Hälsningar
Eva Lindquist
Påskallaviks Bygdeförening
"""
    text = intro + "\n" + plain_rows + f"\n{'Summa':<46}{'13 200':>8} kr\n\n" + outro
    trs = "".join(
        f"<tr><td style='padding:2px 8px'>{a}</td><td style='padding:2px 8px;text-align:right'>{b} kr</td></tr>"
        for a, b in rows
    )
    paras = "".join(f"<p class=MsoNormal>{p}</p>\n" for p in intro.split("\n\n"))
    body_html = (
        '<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><meta http-equiv=Content-Type content="text/html; charset=utf-8">'
        '<style>p.MsoNormal{margin:0cm;font-size:11.0pt;font-family:"Aptos",sans-serif}</style></head><body lang=SV>\n'
        + paras
        + "<table border=1 cellspacing=0 cellpadding=0 style='border-collapse:collapse'>"
        + trs
        + "<tr><td style='padding:2px 8px'><b>Summa</b></td><td style='padding:2px 8px;text-align:right'><b>13 200 kr</b></td></tr></table>\n"
        + "".join(f"<p class=MsoNormal>{ln}</p>\n" for ln in outro.splitlines() if ln)
        + "</body></html>\n"
    )
    hdr = [
        ("From", addr("Eva Lindquist", "eva.lindquist@example.org")),
        ("To", OFFICER),
        ("Subject", "Ansökan idéslanten: Kustkvällar – hamnen åt alla (Påskallavik)"),
        ("Date", date(5, 25, 12, 6, 44)),
        ("Message-ID", mid),
        ("Content-Language", "sv-SE"),
        ("X-MS-Has-Attach", ""),
    ]
    body = Multi(
        "alternative",
        [plain(text, cte="quoted-printable"), html(body_html)],
        "_000_HE1PR0702MB2223C0A7B1E9F2D4HE1PR0702MB2223_",
    )
    mail(
        2223,
        "kustkvallar-paskallavik",
        message(hdr, body),
        lab(
            "application",
            "sv",
            "11111",
            f"""Complete Outlook application, multipart/alternative with a padded plain-text table and an HTML
            table (MsoNormal styling). Association: named, org.nr {org}, founded 1992, 95 members. Contact:
            named secretary with e-mail and mobile. Activity: two dated lecture evenings, a study trip to
            Figeholm and a decision meeting on taking over the guest jetty, with local economic benefit.
            Anchoring: village meeting with 48 present, two local organisations planning, 112 signatures
            (none of these are members). Budget: six items, 13 200 kr. Taking over operation of a jetty is
            not buying or building anything – physical_investment false. Ort Påskallavik (Oskarshamn).""",
            association_name="Påskallaviks Bygdeförening",
            org_number=org,
            contact_name="Eva Lindquist",
            contact_email="eva.lindquist@example.org",
            contact_phone="076-118 52 40",
            members=95,
            ort="Påskallavik",
            amount_sek=13200,
        ),
    )


@reg
def m2224():
    mid = "<trinity.2224.b7e4a0c1@example.net>"
    text = """Hello,

My husband and I have had a summer house near Grönskåra (Högsby
kommun) since 2009 and spend May to September there. About twenty of
the houses around the lake belong to summer residents like us, from
Germany, Denmark and Stockholm, and we have an informal
"Sommargäster i Grönskåra" group that meets every July.

We would love to do something together with the year-round residents –
perhaps a lecture about the lake and a joint clean-up day. Before we
put together an application, two questions:

1) Can a group of mostly seasonal residents apply for the idéslanten,
   or must the applicants live in the village all year? We are not a
   registered association yet.
2) Do summer residents count towards the 10 members?

Many thanks and best regards from Hamburg,
Ulrike Brandt
"""
    hdr = [
        ("From", addr("Ulrike Brandt", "ulrike.brandt@example.net")),
        ("To", OFFICER),
        ("Subject", "Question: summer residents and the idéslanten grant"),
        ("Date", date(6, 1, 9, 21, 37)),
        ("Message-ID", mid),
        ("X-Mailer", "Open-Xchange Mailer v7.10.6"),
    ]
    mail(
        2224,
        "question-summer-residents-gronskara",
        message(hdr, plain(text, cte="quoted-printable")),
        lab(
            "question",
            "en",
            "00000",
            """Question in English from a German summer resident (Open-Xchange, quoted-printable). She asks
            whether a mostly seasonal, unregistered group may apply and whether summer residents count
            towards the 10-member rule. It sketches a possible activity but applies for nothing – all elements
            false. Facts: ort Grönskåra (Högsby); the 10 members is the rule asked about and "about twenty of
            the houses" is not a member count – members null; salary/investment null as nothing such is
            proposed. The informal group name and the writer are recorded as stated.""",
            association_name="Sommargäster i Grönskåra",
            contact_name="Ulrike Brandt",
            contact_email="ulrike.brandt@example.net",
            ort="Grönskåra",
        ),
    )


@reg
def m2225():
    mid = "<CAF2225kq9+LangemalaVildsvin=x8@mail.example.com>"
    MID[2225] = mid
    text = """Hej. Vi vill hyra in en föreläsare från Svenska Jägareförbundet om vildsvin till Långemåla bygdegård en kväll i oktober (prel 8/10). Öppet för alla markägare, jägare och boende. Vildsvinen bökar sönder vallar och trädgårdar i hela byn och vi måste samordna jakten och utfodringen bättre så att odlarna kan vara kvar.
Föreläsaren kostar 4000, hyra av bygdegården 1200 och annonsering 300.
Mvh Tobias Lind 070-861 27 14

Skickat från min Galaxy
"""
    hdr = [
        ("From", addr("Tobias Lind", "tobias.lind@example.com")),
        ("To", OFFICER),
        ("Subject", "vildsvinskväll långemåla"),
        ("Date", date(6, 8, 6, 47, 2)),
        ("Message-ID", mid),
    ]
    mail(
        2225,
        "vildsvinskvall-langemala",
        message(hdr, plain(text, cte="base64")),
        lab(
            "application",
            "sv",
            "01101",
            """Very short mail from an Android phone (utf-8 base64), one paragraph with no line breaks.
            Association: only "Vi" – no group named – false. Contact: named signer from own address with
            phone – true. Activity: lecture evening on wild boar with a provisional date, open to all, with a
            concrete local purpose (coordinating hunting so growers can stay) – true. Anchoring: nothing said
            about local backing – false. Budget: three items in prose (4000, 1200, 300) – true; amount_sek is
            their sum 5 500. Ort Långemåla (Högsby). Case 2026-0015; 2229 adds the missing parts.""",
            contact_name="Tobias Lind",
            contact_email="tobias.lind@example.com",
            contact_phone="070-861 27 14",
            ort="Långemåla",
            amount_sek=5500,
        ),
    )


@reg
def m2226():
    mid = "<juninytt.2026.0615.9912@utskick.example.com>"
    text = """FÖRENINGSFORUM SYDOST - JUNINYTT 2026
--------------------------------------

Hej föreningsvän!

Sommaren är här och många av er planerar höstens verksamhet. Här är
några tips från oss:

>> Sök bidrag i tid
   Flera kommuner och regionen har ansökningsperioder som stänger
   efter sommaren. Kolla villkoren: lön och inköp av utrustning är
   sällan bidragsberättigat, men arvoden och lokalhyra brukar gå bra.

>> Ny mall för verksamhetsplan
   Ladda ner vår mall på föreningsforum.example.com/mallar.

>> Webbinarium 27 augusti: GDPR för små föreningar
   Gratis för medlemsföreningar, 150 kr för övriga.

Trevlig sommar!
Föreningsforum Sydost

Du får detta utskick som kontaktperson för en förening i vårt register.
Avregistrera dig: https://foreningsforum.example.com/avreg?u=8812
"""
    hdr = [
        ("From", addr("Föreningsforum Sydost", "info@foreningsforum.example.com", "iso-8859-1")),
        ("Reply-To", "noreply@foreningsforum.example.com"),
        ("To", "medlemmar@foreningsforum.example.com"),
        ("Subject", ew("Juninytt: Sök bidrag i tid, ny mall och webbinarium", "iso-8859-1")),
        ("Date", date(6, 15, 10, 0, 0)),
        ("Message-ID", mid),
        ("Precedence", "bulk"),
        ("List-Unsubscribe", "<https://foreningsforum.example.com/avreg?u=8812>"),
    ]
    mail(
        2226,
        "juninytt-foreningsforum",
        message(hdr, plain(text, charset="iso-8859-1", cte="8bit")),
        lab(
            "newsletter",
            "sv",
            "00000",
            """Plain-text bulk newsletter in iso-8859-1 8bit, addressed to a list address (the officer is Bcc'd),
            with Precedence: bulk and List-Unsubscribe but no List-Id. It gives general advice about grants,
            fees, wages and equipment – none of it is an application or a question to the officer. All
            elements false, all facts null.""",
        ),
    )


@reg
def m2227():
    mid = "<ukna.bgf.2227.0622@example.se>"
    MID[2227] = mid
    org = luhn_org("802455-398")
    txt = f"""ANSÖKAN OM IDÉSLANTEN 2026

Sökande: Ukna Bygdegårdsförening, org.nr {org}
Föreningen äger Ukna bygdegård (byggd 1938) och har 61 medlemmar.

Aktivitet:
"Berättarkvällar och framtidssamtal i Ukna bygdegård". Tre kvällar i
september, oktober och november. Varje kväll börjar med att en inbjuden
berättare (en lokal författare, en före detta lantbrukare och en
skogsarbetare) berättar om Ukna förr, sedan samtalar vi i grupper om
hur bygdegården kan användas mer: som samlingslokal för föreningarna,
för uthyrning till fester och som kontor för distansarbetare. Resultatet
blir en verksamhetsplan för 2027–2029 som antas på årsmötet.

Förankring:
En arbetsgrupp med folk från bygdegårdsföreningen, Ukna hembygdsförening
och 4H-gården i Ukna har tagit fram idén under våren. Hembygdsföreningen
bidrar med bilder och föremål och 4H-ungdomarna ordnar servering.

Budget:
Kostnaden beräknas till ca 10 000 kr totalt.

Kontakt: styrelsen via ukna.bygdegard@example.se
"""
    text = "Ansökan bifogas.\n\n/Ukna Bygdegårdsförening\n"
    hdr = [
        ("From", addr("Ukna Bygdegårdsförening", "ukna.bygdegard@example.se")),
        ("To", OFFICER),
        ("Subject", "Ansökan"),
        ("Date", date(6, 22, 17, 2, 19)),
        ("Message-ID", mid),
        ("User-Agent", "Microsoft-MacOutlook/16.86.24062313"),
    ]
    body = Multi(
        "mixed",
        [
            plain(text, cte="8bit"),
            Leaf(
                "text/plain",
                txt,
                "windows-1252",
                "quoted-printable",
                filename="ansokan_ukna.txt",
                disposition="attachment",
            ),
        ],
        "B_3927812539_2227",
    )
    mail(
        2227,
        "berattarkvallar-ukna",
        message(hdr, body),
        lab(
            "application",
            "sv",
            "10110",
            f"""Two-line body with the application in an attached .txt file (windows-1252, quoted-printable).
            Association: named, org.nr {org}, owns the bygdegård, 61 members – true. Contact: only "styrelsen
            via" the association's shared mailbox, no person – false, contact facts null. Activity: three
            storytelling and future-dialogue evenings with a concrete outcome (operating plan) – true.
            Anchoring: working group with two other local organisations, contributions described – true.
            Budget: "ca 10 000 kr totalt" is a bare total – false; it counts as amount_sek 10000. Ort Ukna
            (Västervik).""",
            association_name="Ukna Bygdegårdsförening",
            org_number=org,
            members=61,
            ort="Ukna",
            amount_sek=10000,
        ),
    )


@reg
def m2228():
    mid = "<a7b1c2d3.2228.fliseryd@example.net>"
    MID[2228] = mid
    text = """Hej!

Jag skriver för ett nätverk av oss som bor längs Emån i och runt Fliseryd. Vi är allt från pensionerade lantbrukare till barnfamiljer som flyttat hit från Stockholm och Göteborg, och vi brinner för ån och bygden.

Vi vill söka pengar för att utveckla bygden kring Emån, med fokus på natur, friluftsliv och turism. Tanken är att göra insatser som gör Fliseryd mer attraktivt för både boende och besökare, och vi har många idéer som vi vill jobba vidare med under hösten.

Vi har samlat 64 underskrifter från boende i Fliseryd som stöder initiativet, och både Fliseryds hembygdsförening och fiskevårdsområdesföreningen har skrivit att de vill samarbeta med oss (se stödbrevet nedan).

Preliminär kostnad:
- processledare för workshops: 5 000 kr
- lokalhyra: 2 000 kr
- material och kartor: 1 000 kr
- fika: 800 kr

--- Stödbrev ---
Fliseryds hembygdsförening ställer sig bakom initiativet och upplåter hembygdsgården för träffar.
/ Styrelsen, Fliseryds hembygdsförening

Varma hälsningar
Sanna Holmqvist
073-504 66 91
"""
    hdr = [
        ("From", addr("Sanna Holmqvist", "sanna.holmqvist@example.net")),
        ("To", OFFICER),
        ("Subject", "Emån och Fliseryd – ansökan"),
        ("Date", date(7, 1, 22, 48, 13)),
        ("Message-ID", mid),
        (
            "User-Agent",
            "Mozilla/5.0 (Macintosh; Intel Mac OS X 10.15; rv:128.0) Gecko/20100101 Thunderbird/128.11.0",
        ),
    ]
    mail(
        2228,
        "eman-fliseryd",
        message(hdr, plain(text, charset="utf-8", cte="quoted-printable", flowed=True)),
        lab(
            "application",
            "sv",
            "01011",
            """Enthusiastic but vague application (Thunderbird, format=flowed, quoted-printable). Association: "ett
            nätverk av oss som bor längs Emån" – no name – false; the hembygdsförening and fishing association
            are supporters, not the applicant. Contact: named signer from own address with phone – true.
            Activity: "insatser som gör Fliseryd mer attraktivt ... många idéer" – no what/when/how – false,
            even though the budget mentions workshops. Anchoring: 64 signatures and written support from two
            local organisations – true. Budget: four items, sum 8 800 kr – true (amount_sek is the sum).
            Ort Fliseryd (Mönsterås).""",
            contact_name="Sanna Holmqvist",
            contact_email="sanna.holmqvist@example.net",
            contact_phone="073-504 66 91",
            ort="Fliseryd",
            amount_sek=8800,
        ),
    )


@reg
def m2229():
    mid = "<CAF2229kq9+LangemalaSvar=b4@mail.example.com>"
    rec = receipt_id("2026-0015")
    quoted = receipt_text("2026-0015", ["association", "anchoring"], variant=1)
    text = f"""Hej igen. Vi som står bakom är Långemåla Viltvårdsområdesförening, 34 medlemmar (markägare och jägare i Långemåla och Grönskåra), ordf är jag. Ni når mig på 070-861 27 14.
På vvo-stämman 12 juni beslutade vi att ordna kvällen och Långemåla byalag hjälper till att bjuda in alla hushåll och håller i fikat. Lantbrukarna i LRF-avdelningen kommer också.
/Tobias Lind

Skickat från min Galaxy

-------- Originalmeddelande --------
Från: {BOT_NAME} <ideslanten@example.se>
Datum: 2026-06-08 06:48 (GMT+01:00)
Till: tobias.lind@example.com
Ämne: Re: vildsvinskväll långemåla [Idéslanten 2026-0015]

{quoted}"""
    hdr = [
        ("From", addr("Tobias Lind", "tobias.lind@example.com")),
        ("To", BOT),
        ("Subject", "Sv: vildsvinskväll långemåla [Idéslanten 2026-0015]"),
        ("Date", date(7, 6, 21, 12, 50)),
        ("Message-ID", mid),
        ("In-Reply-To", rec),
        ("References", f"{MID[2225]} {rec}"),
    ]
    mail(
        2229,
        "sv-vvo-langemala",
        message(hdr, plain(text, cte="base64")),
        lab(
            "followup",
            "sv",
            "11010",
            """Samsung-mail followup ("Sv:", "-------- Originalmeddelande --------" block, base64 utf-8) to the
            receipt of case 2026-0015, threaded to 2225. New text names the applicant (a game management
            association with 34 members) – association true; signed "/Tobias Lind" from his own address with a
            phone in the text, and he was the named signer of the application – contact true. Anchoring:
            decision at the association's meeting on 12 June, the byalag invites all households and runs the
            coffee, the LRF group joins – true. Activity and budget not repeated – false.""",
            association_name="Långemåla Viltvårdsområdesförening",
            contact_name="Tobias Lind",
            contact_email="tobias.lind@example.com",
            contact_phone="070-861 27 14",
            members=34,
            ort="Långemåla",
        ),
    )


@reg
def m2230():
    mid = "<EU-RDF-2230-558211@grants-eu-rural.example.com>"
    text = """Dear Beneficiary,

We are pleased to inform you that your organisation has been SELECTED
to receive a grant of EUR 25,000.00 from the European Rural
Development Fund Programme 2026 (Reference: ERDF/SE/2026/0991).

To release the funds, a one-time administrative processing fee of
EUR 185.00 must be paid within 5 working days. Please reply with:

  - Full name of the responsible person
  - Organisation name and bank account (IBAN)
  - Copy of passport or national ID

Failure to respond will result in cancellation of the award.

Yours faithfully,
Dr. Martin Okafor
Director of Disbursement
European Rural Development Fund
"""
    hdr = [
        (
            "From",
            addr("European Rural Development Fund", "disbursement@grants-eu-rural.example.com"),
        ),
        ("Reply-To", "m.okafor.claims@example.com"),
        ("To", "undisclosed-recipients:;"),
        ("Subject", "CONGRATULATIONS!!! Your organisation is SELECTED for EUR 25,000 RURAL GRANT"),
        ("Date", date(7, 20, 4, 33, 9)),
        ("Message-ID", mid),
        ("X-Mailer", "PHPMailer 5.2.22"),
    ]
    mail(
        2230,
        "spam-eu-grant",
        message(hdr, plain(text, charset="us-ascii", cte="7bit")),
        lab(
            "spam",
            "en",
            "00000",
            """Classic advance-fee scam in English (PHPMailer, us-ascii, undisclosed recipients, different
            Reply-To): a "selected" EU rural grant released against a processing fee and a passport copy.
            Grant vocabulary, but unsolicited fraud – kind spam, everything false/null.""",
        ),
    )


# ---------------------------------------------------------------- mails, August – September


@reg
def m2231():
    mid = "<orsjo.byf.2231.20260810@example.com>"
    MID[2231] = mid
    sheet = xlsx(
        [
            ["Örsjö Byförening", None, None],
            ["Budget idéslanten hösten 2026", None, None],
            ["Kostnadsslag", "Antal", "Belopp"],
            ["Hyra Örsjö skola matsal", 4, 2400],
            ["Arvode inbjudna gäster", 3, 5400],
            ["Marknadsföring (annonser, flygblad)", None, 1500],
            ["Förtäring", None, 2200],
            ["Summa", None, 11500],
        ],
        sheet="Blad1",
    )
    text = """Hej!

Örsjö Byförening skickar härmed en ansökan om idéslanten för hösten 2026.

Föreningen bildades 1979 och har idag 74 medlemmar från Örsjö med omnejd. Vi har hand om fotbollsplanen och elljusspåret och ordnar Örsjödagen i juni.

Vi vill genomföra insatser för att stärka sammanhållningen och locka nya invånare till Örsjö under hösten, i olika former beroende på vad som passar. Det handlar om att skapa mötesplatser och göra Örsjö mer känt som en bra plats att bo på.

Förslaget togs upp på årsmötet den 8 mars 2026 där 27 medlemmar deltog och beslöt enhälligt att föreningen ska söka pengar för detta. Vi har också pratat med Örsjö församling och Örsjö Skytteförening som gärna är med.

Budget bifogas som Excel-fil. Vi söker 11 500 kr.

Kontaktperson
Marie Lönn
marie.lonn@example.com
0481-620 09

Med vänlig hälsning
Marie Lönn
Kassör, Örsjö Byförening
"""
    hdr = [
        ("From", addr("Marie Lönn", "marie.lonn@example.com")),
        ("To", OFFICER),
        ("Subject", "Ansökan om idéslanten från Örsjö Byförening"),
        ("Date", date(8, 10, 14, 30, 51)),
        ("Message-ID", mid),
        ("X-Mailer", "Microsoft Outlook 16.0"),
    ]
    body = Multi(
        "mixed",
        [
            plain(text, charset="windows-1252", cte="quoted-printable"),
            attach(
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                sheet,
                "Budget Örsjö.xlsx",
            ),
        ],
        "----=_NextPart_000_0031_01DD0A2C.2231F3E0",
    )
    mail(
        2231,
        "byforening-orsjo",
        message(hdr, body),
        lab(
            "application",
            "sv",
            "11011",
            """Formal Outlook application (windows-1252 quoted-printable) with an .xlsx budget. Association:
            named, founded 1979, 74 members – true. Contact: named treasurer with e-mail and phone – true.
            Activity: "insatser för att stärka sammanhållningen ... i olika former beroende på vad som passar"
            is vague even though the spreadsheet lists rent and guest fees – false. Anchoring: annual-meeting
            decision with 27 members present and two local organisations willing to join – true. Budget:
            spreadsheet with four items totalling 11 500 kr – true. Ort Örsjö (Nybro). Tests a polished mail
            whose only gap is the activity itself.""",
            association_name="Örsjö Byförening",
            contact_name="Marie Lönn",
            contact_email="marie.lonn@example.com",
            contact_phone="0481-620 09",
            members=74,
            ort="Örsjö",
            amount_sek=11500,
        ),
    )


@reg
def m2232():
    mid = "<001901dd0e34$2232c0d0$algutsboda@example.se>"
    MID[2232] = mid
    org = luhn_org("802446-725")
    text = f"""Till Region Kalmar län, landsbygdsutvecklaren

ANSÖKAN OM REGIONAL BYGDEPENG – IDÉSLANTEN 2026

1. Sökande
Algutsboda Sockenråd, org.nr {org}. Sockenrådet är en ideell
förening som samlar bygdens föreningar och enskilda för att bevaka
frågor om service, skola och kommunikationer i Algutsboda socken.
Sockenrådet har 212 enskilda medlemmar.

2. Kontaktperson
Göran Fält, vice ordförande
goran.falt@example.se
Tel. 0471-510 88, mobil 070-377 12 60

3. Aktivitet och hur den främjar lokal utveckling
Sedan lanthandeln stängde 2024 saknar socknen paketombud, apoteksombud
och ställe att köpa det nödvändigaste. Vi vill undersöka om en
servicepunkt som drivs av en ekonomisk förening är möjlig. Den 10
oktober gör vi en studieresa med 25 deltagare till en by i Blekinge
som driver en sådan servicepunkt sedan 2019. Vi träffar deras
styrelse och personal och får en genomgång av ekonomi, avtal med
ombudsföretag och ideella insatser. Resultatet redovisas på ett öppet
sockenmöte i Algutsboda bygdegård i november, där vi beslutar om att
gå vidare.

4. Lokal förankring
Frågan har behandlats på sockenrådets årsmöte 2026-04-12. I en enkät
som delades ut till samtliga hushåll i maj svarade 143 hushåll, varav
118 vill ha en servicepunkt. Algutsboda hembygdsförening, Algutsboda
IF och pensionärsföreningen har utsett var sin representant till
resan. Resan är öppen för både kvinnor och män i alla åldrar.

5. Budget
Busshyra heldag                          6 500 kr
Avgift studiebesök                       1 500 kr
Lunch 25 pers à 120 kr                   3 000 kr
Tryck av rapport till sockenmötet          500 kr
Summa                                   11 500 kr

Sökt belopp: 11 500 kr

Algutsboda den 17 augusti 2026

Göran Fält
Vice ordförande, Algutsboda Sockenråd
"""
    hdr = [
        ("From", addr("Göran Fält", "goran.falt@example.se", "iso-8859-1")),
        ("To", OFFICER),
        ("Subject", ew("Ansökan regional bygdepeng – Algutsboda Sockenråd", "windows-1252")),
        ("Date", date(8, 17, 8, 5, 0)),
        ("Message-ID", mid),
        ("X-Mailer", "Microsoft Outlook 16.0"),
        ("Importance", "Normal"),
    ]
    mail(
        2232,
        "servicepunkt-algutsboda",
        message(hdr, plain(text, charset="windows-1252", cte="quoted-printable")),
        lab(
            "application",
            "sv",
            "11111",
            f"""Complete, formal application numbered by the five elements (Outlook, windows-1252 quoted-printable,
            windows-1252 encoded-word subject with an en dash). Association: named, org.nr {org}, 212 individual
            members. Contact: vice chair with e-mail and two phones (first is the landline). Activity: dated
            study trip to a village service point and a follow-up public meeting. Anchoring: annual meeting,
            household survey (143 answers – respondents, not members), three local organisations sending
            representatives. Budget: four items, 11 500 kr. "både kvinnor och män" – women_and_men true.
            Ort Algutsboda (Emmaboda).""",
            association_name="Algutsboda Sockenråd",
            org_number=org,
            contact_name="Göran Fält",
            contact_email="goran.falt@example.se",
            contact_phone="0471-510 88",
            members=212,
            ort="Algutsboda",
            amount_sek=11500,
            women_and_men=True,
        ),
    )


@reg
def m2233():
    mid = "<003b01dd13a1$2233d0e0$kvilla@example.se>"
    rec = receipt_id("2026-0008")
    quoted = receipt_text("2026-0008", ["activity", "anchoring", "budget"])
    text = f"""Hej igen!

Förlåt att det dröjt, det blev sommar. Nu har vi i styrelsen bestämt oss för vad vi vill göra:

Vi ordnar "Kvilla-kvällar" i bygdegården första fredagen varje månad oktober–december (2/10, 6/11, 4/12). Varje kväll har vi soppa och en inbjuden gäst som berättar om något som rör bygden: en mäklare om hur husmarknaden ser ut i Kvilla och vad som gör att folk flyttar hit, en företagare som startat eget på landet och en från kommunen om detaljplanen för de nya tomterna. Nyinflyttade får en personlig inbjudan. Vi vill att folk ska lära känna varandra och att fler stannar kvar.

Kostnader:
Gäster/föreläsare 3 st à 2 000 kr = 6 000 kr
Soppa och bröd 3 kvällar = 2 400 kr
Hyra bygdegården 3 x 700 kr = 2 100 kr
Inbjudningar och annonser = 900 kr
Summa 11 400 kr

Alla i byn tycker att det är ett jättebra initiativ så det kommer nog att bli fullt.

Hälsningar
Lena Mårtensson
Kvilla Bygdeförening

________________________________
Från: {BOT_NAME} <ideslanten@example.se>
Skickat: den 23 mars 2026 11:21
Till: Lena Mårtensson <lena.martensson@example.se>
Ämne: Re: Ansökan bygdepeng Kvilla [Idéslanten 2026-0008]

{quoted}"""
    hdr = [
        ("From", addr("Lena Mårtensson", "lena.martensson@example.se", "iso-8859-1")),
        ("To", BOT),
        ("Subject", ew("SV: Ansökan bygdepeng Kvilla [Idéslanten 2026-0008]", "windows-1252")),
        ("Date", date(8, 24, 20, 14, 37)),
        ("Message-ID", mid),
        ("In-Reply-To", rec),
        ("References", f"{MID[2214]} {rec}"),
        ("X-Mailer", "Microsoft Outlook 16.0"),
    ]
    mail(
        2233,
        "sv-kvilla-kvallar",
        message(hdr, plain(text, charset="windows-1252", cte="8bit")),
        lab(
            "followup",
            "sv",
            "01101",
            """Outlook followup (windows-1252 8bit, underscore separator and Från/Skickat/Till/Ämne block) to the
            receipt for case 2026-0008, threaded to 2214 five months later. New text gives a concrete activity
            (three dated soup evenings with named kinds of guests, newcomers invited) – true – and a budget
            with four items, 11 400 kr – true. Anchoring is again only "Alla i byn tycker att det är ett
            jättebra initiativ" – false. Named signer from her own address – contact true (no phone in the
            new text). Association only named in the signature – false. Guest fees are not salary.""",
            association_name="Kvilla Bygdeförening",
            contact_name="Lena Mårtensson",
            contact_email="lena.martensson@example.se",
            ort="Kvilla",
            amount_sek=11400,
        ),
    )


@reg
def m2234():
    mid = "<0100019a2234fagerhult-d8e2-4c1b@email.example.net>"
    MID[2234] = mid
    body_html = """<!DOCTYPE html><html><head><meta charset="utf-8"></head><body>
<div style="font-family: -apple-system, Helvetica, Arial; font-size: 15px;">
<p>Hej!</p>
<p>Vi är några föräldrar med barn på Fagerhults skola som har gått ihop efter att kommunen började prata om att lägga ner skolan. Vi vill två saker i höst:</p>
<ol>
<li><b>Föreläsning 8 oktober</b> i skolans gympasal med en föreläsare om ungas psykiska hälsa på landsbygden – hur barnen påverkas av långa skolresor och av att kompisarna flyttar. Öppen för alla i Fagerhult, mammor och pappor, far- och morföräldrar.</li>
<li><b>Dialogkväll 5 november</b> i bygdegården där vi bjuder in barn- och utbildningsnämndens ordförande och pratar om vad som krävs för att skolan ska vara kvar, och vad byn själv kan göra (t.ex. locka barnfamiljer, erbjuda tomter).</li>
</ol>
<p>På föräldramötet 27 augusti ställde sig ca 40 föräldrar bakom planen, och Fagerhults IF och hembygdsföreningen hjälper till med lokal och fika. Vi har även en namninsamling för skolan med över 300 namn.</p>
<p>Föreläsaren tar 8 000 kr.</p>
<p>Kram och tack på förhand!<br>
Josefin Åberg<br>
070-245 81 19</p>
</div></body></html>
"""
    hdr = [
        ("From", addr("Josefin Åberg", "josefin.aberg@example.net")),
        ("To", OFFICER),
        ("Subject", "Skolan i Fagerhult – föreläsning och dialogkväll"),
        ("Date", date(9, 2, 21, 37, 26)),
        ("Message-ID", mid),
        ("X-Mailer", "Apple Mail (2.3826.600.51.1.1)"),
    ]
    mail(
        2234,
        "skolan-fagerhult",
        message(hdr, html(body_html, cte="base64")),
        lab(
            "application",
            "sv",
            "01110",
            """HTML-only mail (base64) with an ordered list, from a parent. Association: "några föräldrar med barn
            på Fagerhults skola" – an unnamed group; IF and hembygdsförening are helpers, not the applicant –
            false. Contact: named signer from own address with phone – true. Activity: two dated events with
            clear content and local purpose (keeping the school) – true. Anchoring: parents' meeting with ~40
            backing it, two local associations helping, a 300-name petition – true. Budget: a single item
            "Föreläsaren tar 8 000 kr" is one figure, not a budget – false; it counts as amount_sek 8000.
            "mammor och pappor" – women_and_men true. Ort Fagerhult (Högsby).""",
            contact_name="Josefin Åberg",
            contact_email="josefin.aberg@example.net",
            contact_phone="070-245 81 19",
            ort="Fagerhult",
            amount_sek=8000,
            women_and_men=True,
        ),
    )


@reg
def m2235():
    mid = "<blomstermala.kf.2235@example.org>"
    text = """hej,
vi i Blomstermåla Kulturförening funderar på att söka idéslanten till vårens sångcirkel och konserter.
två frågor:
- när är sista dag att söka för aktiviteter som börjar i februari 2027?
- vår kassör lägger ner väldigt mycket tid på administrationen, kan vi betala ut en liten lön till henne (ca 3000 kr) från bidraget?

tack
Rasmus Gill
Blomstermåla Kulturförening
"""
    hdr = [
        ("From", addr("Rasmus Gill", "rasmus.gill@example.org")),
        ("To", OFFICER),
        ("Subject", "frågor idéslanten"),
        ("Date", date(9, 14, 12, 1, 8)),
        ("Message-ID", mid),
        ("User-Agent", "Proton Mail"),
    ]
    mail(
        2235,
        "fragor-blomstermala",
        message(hdr, plain(text, cte="quoted-printable")),
        lab(
            "question",
            "sv",
            "00000",
            """Short lower-case question (quoted-printable): the deadline for activities starting in February
            2027 and whether a small wage (~3 000 kr) may be paid to the treasurer. Not an application – all
            elements false. The question itself proposes a wage, so salary_costs true; physical_investment
            null. The 3 000 kr is a proposed wage, not an amount applied for – amount_sek null. Ort
            Blomstermåla (Mönsterås).""",
            association_name="Blomstermåla Kulturförening",
            contact_name="Rasmus Gill",
            contact_email="rasmus.gill@example.org",
            ort="Blomstermåla",
            salary_costs=True,
        ),
    )


# ---------------------------------------------------------------- mails, September – December


@reg
def m2236():
    mid = "<AS8PR2236lennart.fwd.0928@example.com>"
    MID[2236] = mid
    org = luhn_org("802507-348")
    text = f"""Hej, skickar vidare vår ansökan enligt vad vi pratade om på telefon.

Skaffa Outlook för Android<https://aka.example.com/ghei36>

________________________________
From: Segerstads Byaråd <byaradet.segerstad@example.se>
Sent: Sunday, September 27, 2026 7:14:52 PM
To: l.ohman@example.com <l.ohman@example.com>
Subject: ansökan idéslanten till regionen

Ansökan om idéslanten – Segerstads Byaråd

Segerstads Byaråd (org.nr {org}) är en ideell förening för boende
i Segerstad med omnejd på södra Öland. Vi har 48 medlemmar och
arbetar med frågor om service, vägar och natur på södra Ölands östra
sida.

Ett bolag planerar en vindkraftspark på alvaret söder om byn och har
lovat en årlig "bygdepeng" till orten om parken byggs. Vi vill ordna
ett öppet dialogmöte i Segerstads bygdegård torsdag 15 oktober kl
18.30 med en opartisk inhyrd moderator, där bolaget presenterar
planerna och boende får ställa frågor, och där vi tillsammans
diskuterar hur en eventuell bygdepeng ska förvaltas så att den
gynnar hela byn. Mötet dokumenteras och protokollet skickas till
kommunen inför samrådet.

Budget tas fram på nästa styrelsemöte.

Med vänlig hälsning
Byarådet
"""
    hdr = [
        ("From", addr("Lennart Öhman", "l.ohman@example.com")),
        ("To", OFFICER),
        ("Subject", "Fwd: ansökan idéslanten till regionen"),
        ("Date", date(9, 28, 7, 3, 11)),
        ("Message-ID", mid),
        ("X-Mailer", "Outlook for Android"),
    ]
    mail(
        2236,
        "fwd-dialogmote-vindkraft-segerstad",
        message(hdr, plain(text, cte="quoted-printable")),
        lab(
            "application",
            "sv",
            "10100",
            f"""Application forwarded from Outlook for Android: the forwarder writes one line and no signature; the
            forwarded text (which counts as the mail's own text) is the application, signed only "Byarådet"
            from the association's shared mailbox. Association: named, org.nr {org}, 48 members – true.
            Contact: the forwarder's name appears only in the From header and the inner mail names no person
            – false, contact facts null. Activity: dated, moderated dialogue meeting on the wind farm and
            community money, minutes sent to the municipality – true. Anchoring: nothing about local backing
            – false. Budget: "tas fram på nästa styrelsemöte" – false; no amount at all. Ort Segerstad
            (Mörbylånga). Case 2026-0021; 2237 adds contact and budget.""",
            association_name="Segerstads Byaråd",
            org_number=org,
            members=48,
            ort="Segerstad",
        ),
    )


@reg
def m2237():
    mid = "<AS8PR2237lennart.re.1012@example.com>"
    rec = receipt_id("2026-0021")
    quoted = receipt_text("2026-0021", ["contact", "anchoring", "budget"], variant=1)
    text = f"""Hej

Kontaktperson för ansökan blir jag, Lennart Öhman, ordförande i byarådet. Tel 0485-430 22, mejl den här adressen.

Budget för dialogmötet:
Moderator arvode 5 000 kr
Hyra bygdegården 1 000 kr
Kaffe och smörgås 1 500 kr
Annons i Ölandsbladet 600 kr
Totalt 8 100 kr

Mötet blev flyttat till 22 oktober pga moderatorns schema.

Lennart

Skaffa Outlook för Android<https://aka.example.com/ghei36>

________________________________
From: {BOT_NAME} <ideslanten@example.se>
Sent: Monday, September 28, 2026 7:04:02 AM
To: Lennart Öhman <l.ohman@example.com>
Subject: Re: Fwd: ansökan idéslanten till regionen [Idéslanten 2026-0021]

{quoted}"""
    hdr = [
        ("From", addr("Lennart Öhman", "l.ohman@example.com")),
        ("To", BOT),
        ("Subject", "Re: Fwd: ansökan idéslanten till regionen [Idéslanten 2026-0021]"),
        ("Date", date(10, 12, 18, 44, 0)),
        ("Message-ID", mid),
        ("In-Reply-To", rec),
        ("References", f"{MID[2236]} {rec}"),
        ("X-Mailer", "Outlook for Android"),
    ]
    mail(
        2237,
        "re-kontakt-budget-segerstad",
        message(hdr, plain(text, cte="quoted-printable")),
        lab(
            "followup",
            "sv",
            "01001",
            """Followup from Outlook for Android with an English From/Sent/To/Subject quote header (phone set to
            English), threaded to 2236 via the receipt for case 2026-0021. New text: named contact (chair)
            with phone and "mejl den här adressen" – contact true; a four-item budget totalling 8 100 kr –
            budget true. The date change is not anchoring, which is still missing – false. Association and
            activity are not re-described – false.""",
            association_name="Segerstads Byaråd",
            contact_name="Lennart Öhman",
            contact_email="l.ohman@example.com",
            contact_phone="0485-430 22",
            amount_sek=8100,
        ),
    )


@reg
def m2238():
    mid = "<b3d8e2238.graham@example.net>"
    MID[2238] = mid
    text = """Hej hej,

Mitt namn är Graham Hutchins, jag är engelsman men har bott i Timmernabben i 11 år
och sitter i styrelsen för Timmernabbens Båt- och Bygdeförening (88 medlemmar, vi
har hamnen, sjöboden och hamnmagasinet). Sorry för min svenska, I do my best :)

Vi vill göra "Vinterkvällar i hamnmagasinet" – fyra föreläsningar om kustens
historia, jan–mars 2027, sista torsdagen varje månad plus en extra i mars:
 * skeppsbyggeriet i Timmernabben (lokalhistoriker)
 * sillfisket och strömmingen
 * glasbruken och hamnen som utskeppning
 * framtiden: fritidsbåtar, turism och nya företag i hamnen (panel)
Tanken är att få liv i hamnen också på vintern, när allt är stängt, och att
den sista kvällen blir en start på ett "hamnråd" för dem som vill driva saker
vidare.

Vi gör det tillsammans med Timmernabbens hembygdsförening, som har bilderna och
föremålen, och 12 volontärer har sagt ja att ha hand om kaffe, ljud och
uppdukning. Hembygdsföreningen tog beslut på sitt möte i september.

Vi söker 9 000 kr. Budget: see attached.

Cheers / Hälsningar
Graham Hutchins
Timmernabbens Båt- och Bygdeförening
+46 70 912 55 03
"""
    hdr = [
        ("From", addr("Graham Hutchins", "graham.hutchins@example.net")),
        ("To", OFFICER),
        ("Subject", "Ansökan: Vinterkvällar i hamnmagasinet, Timmernabben"),
        ("Date", date(10, 26, 19, 20, 45)),
        ("Message-ID", mid),
        ("User-Agent", "Mutt/2.2.12 (2023-09-09)"),
    ]
    mail(
        2238,
        "vinterkvallar-timmernabben",
        message(hdr, plain(text, cte="quoted-printable")),
        lab(
            "application",
            "sv",
            "11110",
            """Mutt mail from an Englishman writing Swedish with English asides. Association: named, 88 members,
            what it runs – true. Contact: named signer from own address with an international phone – true.
            Activity: four themed lecture evenings in winter 2027 with a concrete local aim (life in the
            harbour, a harbour council) – true. Anchoring: co-organised with the hembygdsförening (its meeting
            decided), 12 volunteers – true. Budget: "Budget: see attached" but the mail has no attachment at
            all – false; "Vi söker 9 000 kr" gives amount_sek 9000. First mail after the switch to winter
            time (+0100). Ort Timmernabben (Mönsterås).""",
            association_name="Timmernabbens Båt- och Bygdeförening",
            contact_name="Graham Hutchins",
            contact_email="graham.hutchins@example.net",
            contact_phone="+46 70 912 55 03",
            members=88,
            ort="Timmernabben",
            amount_sek=9000,
        ),
    )


@reg
def m2239():
    mid = "<2239.vena.byalag.1109@example.org>"
    MID[2239] = mid
    org = luhn_org("802492-613")
    csv = """Post;Antal;A-pris;Summa
Arvode energirådgivare (3 studiekvällar);3;2000;6000
Arvode föreläsare från solelkooperativ (studiebesök/föredrag);1;2500;2500
Hyra Vena bygdegård;3;600;1800
Studiematerial och kopiering;1;700;700
Fika;3;500;1500
Annonsering Vimmerby Tidning/Hultsfreds-bladet;1;900;900
Totalt;;;13400
"""
    text = f"""Hej!

Vena Byalag ({org}) söker 13 400 kr ur idéslanten till en studiecirkel om solel och energigemenskap i Vena.

Om oss: Vena Byalag är en ideell förening med 131 medlemmar i Vena och byarna runt omkring. Vi driver badplatsen vid Venasjön, ordnar valborgsbrasa och skötte insamlingen till den nya lekplatsen.

Aktiviteten: tre studiekvällar i Vena bygdegård (19 januari, 9 februari och 2 mars 2027) tillsammans med kommunens energi- och klimatrådgivare och en föreläsare från ett solelkooperativ i Småland. Vi går igenom hur en energigemenskap fungerar, vad det kostar, vilka regler som gäller och om det finns tak och mark i Vena som passar. Efter tredje kvällen bestämmer deltagarna om vi ska bilda en ekonomisk förening. Målet är lägre elkostnader för hushåll och gårdar och att pengarna stannar i bygden. Cirkeln är öppen för alla – kvinnor och män, unga och gamla. Vi köper ingenting i det här skedet, det är bara kunskap och samtal.

Förankring: i somras gjorde vi en enkät bland byns hushåll där 74 hushåll svarade och 61 ville veta mer om gemensam solel. Förslaget klubbades på byalagets höstmöte 4 oktober. Vena hembygdsförening och Vena skytteförening har erbjudit sina tak för en eventuell anläggning och är med i planeringen.

Budget: se bifogad fil (csv). Kort:
arvoden 8 500 kr, lokalhyra 1 800 kr, material 700 kr, fika 1 500 kr, annonser 900 kr = 13 400 kr.

Kontakt:
Helena Ståhl, vice ordförande
helena.stahl@example.org
073-390 41 77

Tack på förhand!
Helena Ståhl
Vena Byalag
"""
    hdr = [
        ("From", addr("Helena Ståhl", "helena.stahl@example.org")),
        ("To", OFFICER),
        ("Subject", "Studiecirkel solel Vena – ansökan idéslanten"),
        ("Date", date(11, 9, 10, 45, 30)),
        ("Message-ID", mid),
        (
            "User-Agent",
            "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:140.0) Gecko/20100101 Thunderbird/140.4.0",
        ),
    ]
    body = Multi(
        "mixed",
        [
            plain(text, cte="8bit", flowed=True),
            Leaf(
                "text/csv",
                csv,
                "windows-1252",
                "quoted-printable",
                filename="budget_vena.csv",
                disposition="attachment",
            ),
        ],
        "------------0Vena2239sOlelBoundary",
    )
    mail(
        2239,
        "solel-studiecirkel-vena",
        message(hdr, body),
        lab(
            "application",
            "sv",
            "11111",
            f"""Complete application (Thunderbird, utf-8 8bit format=flowed) with a semicolon CSV budget in
            windows-1252 plus a one-line summary in the body. Association: named, org.nr {org}, 131 members.
            Contact: named vice chair with e-mail and phone. Activity: three dated study evenings on an energy
            community with a decision at the end. Anchoring: household survey (74 answers, respondents not
            members), autumn-meeting decision, two local associations offering roofs. Budget: six items,
            13 400 kr. Solar panels are only discussed ("Vi köper ingenting i det här skedet") –
            physical_investment false; adviser and lecturer fees are not salary. "kvinnor och män" –
            women_and_men true. Ort Vena (Hultsfred).""",
            association_name="Vena Byalag",
            org_number=org,
            contact_name="Helena Ståhl",
            contact_email="helena.stahl@example.org",
            contact_phone="073-390 41 77",
            members=131,
            ort="Vena",
            amount_sek=13400,
            women_and_men=True,
        ),
    )


@reg
def m2240():
    mid = "<ljungbyholm.if.2240.1207@example.se>"
    MID[2240] = mid
    text = """Hej!

Ljungbyholms Intresseförening söker idéslanten för 2027 års verksamhet.

Föreningen har ca 260 medlemmar och har funnits sedan 1988. Vi arbetar för att Ljungbyholm ska vara ett bra ställe att bo och verka på, och har bl.a. drivit frågan om gång- och cykelväg till Kalmar och ordnat julmarknaden i 25 år.

Under 2027 planerar vi att göra olika saker för att utveckla orten och stärka gemenskapen, till exempel träffar, föreläsningar och annat som medlemmarna önskar. Exakt vad bestäms under våren.

På medlemsmötet 20 november var 52 personer närvarande och ställde sig enhälligt bakom att vi söker. Ljungbyholms GoIF och Ljungby hembygdsförening har lovat att vara med och dela på arrangemangen.

Budget 2027
Lokalhyror 3 000 kr
Föreläsare 6 000 kr
Marknadsföring 2 000 kr
Fika och förtäring 2 500 kr
Summa 13 500 kr

Med vänliga hälsningar
Styrelsen
Ljungbyholms Intresseförening
"""
    body_html = (
        "<html><body>"
        + "".join(f"<p>{p.replace(chr(10), '<br>')}</p>" for p in text.split("\n\n"))
        + "</body></html>\n"
    )
    subj = (
        "=?UTF-8?B?"
        + base64.b64encode("Ansökan idéslanten 2027 – Ljungbyholm".encode()).decode()
        + "?="
    )
    hdr = [
        ("From", addr("Ljungbyholms Intresseförening", "styrelsen@ljungbyholm-if.example.se")),
        ("To", OFFICER),
        ("Subject", subj),
        ("Date", date(12, 7, 16, 58, 4)),
        ("Message-ID", mid),
        ("X-Mailer", "One.com Webmail"),
    ]
    body = Multi(
        "alternative",
        [plain(text, cte="8bit"), html(body_html, cte="base64")],
        "=_2240ljungbyholm7f1c",
    )
    mail(
        2240,
        "verksamhet-2027-ljungbyholm",
        message(hdr, body),
        lab(
            "application",
            "sv",
            "10011",
            """Webmail multipart/alternative (utf-8 8bit text, base64 HTML) with a base64 encoded-word subject,
            sent in December for next year. Association: named, since 1988, "ca 260 medlemmar" = 260 – true.
            Contact: signed "Styrelsen" from a styrelsen@ mailbox – no person – false, contact facts null.
            Activity: "olika saker ... till exempel träffar, föreläsningar och annat ... Exakt vad bestäms under
            våren" – vague – false. Anchoring: member meeting with 52 present backing it and two local
            associations sharing arrangements – true. Budget: four items, 13 500 kr – true. Ort Ljungbyholm
            (Kalmar).""",
            association_name="Ljungbyholms Intresseförening",
            members=260,
            ort="Ljungbyholm",
            amount_sek=13500,
        ),
    )


# ---------------------------------------------------------------- check

ALLOWED = {"example.se", "example.com", "example.org", "example.net"}
ADDR_RE = re.compile(rb"[A-Za-z0-9._%+=-]+@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)")


def _texts(msg) -> list[bytes]:
    out = []
    for part in msg.walk():
        if part.is_multipart():
            continue
        data = part.get_payload(decode=True) or b""
        out.append(data)
        if data[:2] == b"PK":
            try:
                with zipfile.ZipFile(io.BytesIO(data)) as z:
                    out += [z.read(n) for n in z.namelist()]
            except zipfile.BadZipFile:
                out.append(b"unreadable zip attachment")
        if data[:4] == b"%PDF":
            m = re.search(rb"stream\n(.*?)\nendstream", data, re.S)
            if m:
                out.append(zlib.decompress(m.group(1)))
    return out


def check(folder: Path, labels: dict) -> None:
    errors = []
    files = sorted(p.name for p in folder.glob("*.eml"))
    if sorted(labels) != files:
        errors.append("labels.json keys do not match files")
    prev = None
    mids = {}
    parsed = {}
    for name in files:
        raw = (folder / name).read_bytes()
        if b"\r" in raw:
            errors.append(f"{name}: CR in file")
        msg = BytesParser(policy=policy.default).parsebytes(raw)
        parsed[name] = msg
        malformed = labels[name]["notes"].startswith("Malformed:")
        for part in msg.walk():
            defects = list(part.defects)
            for _k, v in part.items():
                defects += list(getattr(v, "defects", []))
            if not part.is_multipart():
                try:
                    part.get_content()
                except Exception as e:  # noqa: BLE001
                    defects.append(e)
            if defects and not malformed:
                errors.append(f"{name}: defects {defects}")
        d = parsedate_to_datetime(msg["Date"])
        if d.year != 2026:
            errors.append(f"{name}: date not in 2026")
        if prev and d <= prev:
            errors.append(f"{name}: Date not after previous file")
        prev = d
        mids[str(msg["Message-ID"]).strip()] = name
        blobs = (
            [raw.split(b"\n\n", 1)[0]] + [str(v).encode() for _k, v in msg.items()] + _texts(msg)
        )
        for b in blobs:
            for m in ADDR_RE.finditer(b):
                dom = m.group(1).decode().lower()
                if not any(dom == a or dom.endswith("." + a) for a in ALLOWED):
                    errors.append(f"{name}: non-example address {m.group(0)!r}")
    for name, lab_ in labels.items():
        if set(lab_) != {"kind", "language", "elements", "facts", "notes"}:
            errors.append(f"{name}: label fields")
        if list(lab_["elements"]) != EL_KEYS or list(lab_["facts"]) != FACT_KEYS:
            errors.append(f"{name}: element/fact keys")
        f = lab_["facts"]
        if f["org_number"] and not luhn_ok(f["org_number"]):
            errors.append(f"{name}: org number not Luhn-valid")
        if f["contact_email"] and f["contact_email"].split("@")[1] not in ALLOWED:
            errors.append(f"{name}: contact_email domain")
        k = lab_["kind"]
        if k not in ("application", "followup") and any(lab_["elements"].values()):
            errors.append(f"{name}: non-application with elements")
        if k in ("autoreply", "bounce", "newsletter", "spam") and any(
            v is not None for v in f.values()
        ):
            errors.append(f"{name}: machine/spam mail with facts")
        if k in ("application", "followup") and (
            not isinstance(f["salary_costs"], bool)
            or not isinstance(f["physical_investment"], bool)
        ):
            errors.append(f"{name}: salary/investment must be bool")
        if k == "application" and f["org_number"]:
            # the org number must appear somewhere in the mail or its attachments
            if not any(
                f["org_number"].encode() in b
                for b in [(folder / name).read_bytes()] + _texts(parsed[name])
            ):
                errors.append(f"{name}: org number not found in mail")
    for name, msg in parsed.items():
        if labels[name]["kind"] != "followup":
            continue
        refs = (str(msg.get("References", "")) + " " + str(msg.get("In-Reply-To", ""))).split()
        targets = [mids.get(r) for r in refs if mids.get(r)]
        if not any(labels[t]["kind"] == "application" for t in targets):
            errors.append(f"{name}: followup does not reference an application")
        if not str(msg["Subject"]).lower().startswith(("re:", "sv:")):
            errors.append(f"{name}: followup subject")
    if errors:
        print("\n".join(errors))
        sys.exit(1)


def build() -> dict[str, bytes]:
    MAILS.clear()
    MID.clear()
    for fn in BUILDERS:
        fn()
    return {n: d for n, d, _ in MAILS}


def main() -> None:
    first = build()
    labels = {n: lab_ for n, _, lab_ in MAILS}
    second = build()
    assert first == second, "generator is not deterministic"
    OUT.mkdir(parents=True, exist_ok=True)
    for old in OUT.glob("*.eml"):
        old.unlink()
    for name, data in first.items():
        (OUT / name).write_bytes(data)
    (OUT / "labels.json").write_text(
        json.dumps(labels, ensure_ascii=False, indent=2, sort_keys=False) + "\n", encoding="utf-8"
    )
    check(OUT, labels)
    kinds: dict[str, int] = {}
    for lab_ in labels.values():
        kinds[lab_["kind"]] = kinds.get(lab_["kind"], 0) + 1
    apps = [lab_ for lab_ in labels.values() if lab_["kind"] == "application"]
    complete = sum(all(lab_["elements"].values()) for lab_ in apps)
    missing = {k: sum(not lab_["elements"][k] for lab_ in apps) for k in EL_KEYS}
    print(
        f"wrote {len(first)} mails to {OUT}: {kinds}; complete applications {complete}; missing {missing}"
    )


if __name__ == "__main__":
    main()
