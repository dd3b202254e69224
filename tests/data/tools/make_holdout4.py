"""Held-out corpus holdout4 – "a spring month in 2026: ordinary mail from ordinary people".

Forty entirely fictional e-mails (files 1601–1640, April 2026) of the everyday mix that reaches
the rural development officer of Region Kalmar län about the micro-grant "regional bygdepeng –
idéslanten": 24 applications (8 complete), 6 threaded followups, 3 questions, 2 autoreplies (one
without any automation header), 1 bounce, 2 newsletters and 2 spam mails, with labels.json
following /work/shared/corpus/README.md.

All people, associations, phone and organisation numbers are invented; only example.se /
example.com / example.org / example.net addresses are used. The script uses the standard library
only (docx/xlsx are built as zip files of minimal XML, PDFs by hand) and writes byte-identical
output on every run.

Regenerate (and self-check):

    /work/main/.venv/bin/python tests/data/tools/make_holdout4.py
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
import zipfile
import zlib
from datetime import datetime, timedelta, timezone
from email import policy
from email.header import Header
from email.parser import BytesParser
from email.utils import format_datetime, formataddr, parsedate_to_datetime
from pathlib import Path
from xml.sax.saxutils import escape

OUT = Path(__file__).resolve().parent.parent / "holdout4"
BOT = formataddr(("Idéslanten – Region Kalmar län", "ideslanten@example.se"), charset="utf-8")
OFFICER = "landsbygdsutvecklare@example.se"
CEST = timezone(timedelta(hours=2))
ZIPTIME = (2026, 4, 1, 8, 0, 0)
ALLOWED = {"example.se", "example.com", "example.org", "example.net"}
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
KINDS = {"application", "followup", "question", "autoreply", "bounce", "newsletter", "spam"}


# --------------------------------------------------------------------------- small helpers


def org(first9: str) -> str:
    """Return a Luhn-valid Swedish organisation number from its first nine digits ("802456-123")."""
    digits = [int(c) for c in first9 if c.isdigit()]
    assert len(digits) == 9
    total = 0
    for i, d in enumerate(digits):
        v = d * (2 if i % 2 == 0 else 1)
        total += v - 9 if v > 9 else v
    check = (10 - total % 10) % 10
    s = "".join(map(str, digits)) + str(check)
    return f"{s[:6]}-{s[6:]}"


def luhn_ok(number: str) -> bool:
    s = number.replace("-", "")
    if not re.fullmatch(r"\d{10}", s):
        return False
    total = 0
    for i, c in enumerate(s):
        v = int(c) * (2 if i % 2 == 0 else 1)
        total += v - 9 if v > 9 else v
    return total % 10 == 0


def date(day: int, hh: int, mm: int, ss: int = 0) -> str:
    return format_datetime(datetime(2026, 4, day, hh, mm, ss, tzinfo=CEST))


def who(name: str, address: str, charset: str = "utf-8") -> str:
    return formataddr((name, address), charset=charset) if name else address


def subj(text: str, charset: str = "utf-8") -> str:
    try:
        text.encode("ascii")
        return text
    except UnicodeEncodeError:
        return Header(text, charset, maxlinelen=76, header_name="Subject").encode()


def b64lines(data: bytes) -> bytes:
    return base64.encodebytes(data)


# --------------------------------------------------------------------------- MIME parts
# A part is (list of header lines, body bytes).


def text(
    body: str,
    charset: str | None = "utf-8",
    cte: str = "8bit",
    subtype: str = "plain",
    extra: list[str] | None = None,
    flowed: bool = False,
) -> tuple[list[str], bytes]:
    if not body.endswith("\n"):
        body += "\n"
    raw = body.encode(charset or "ascii")
    ctype = f"text/{subtype}" + (f'; charset="{charset}"' if charset else "")
    if flowed:
        ctype += "; format=flowed"
    if cte == "quoted-printable":
        data = quopri.encodestring(raw)
        if not data.endswith(b"\n"):
            data += b"\n"
    elif cte == "base64":
        data = b64lines(raw)
    else:
        data = raw
    hdrs = [f"Content-Type: {ctype}", f"Content-Transfer-Encoding: {cte}"]
    return hdrs + (extra or []), data


def attach(data: bytes, ctype: str, filename: str, inline: bool = False) -> tuple[list[str], bytes]:
    disp = "inline" if inline else "attachment"
    fn = filename
    try:
        filename.encode("ascii")
        fparam = f'filename="{fn}"'
        nparam = f'name="{fn}"'
    except UnicodeEncodeError:
        enc = Header(filename, "utf-8").encode()
        fparam = f'filename="{enc}"'
        nparam = f'name="{enc}"'
    hdrs = [
        f"Content-Type: {ctype}; {nparam}",
        f"Content-Disposition: {disp}; {fparam}",
        "Content-Transfer-Encoding: base64",
    ]
    return hdrs, b64lines(data)


def multi(
    subtype: str, boundary: str, parts: list[tuple[list[str], bytes]], preamble: str = ""
) -> tuple[list[str], bytes]:
    out = io.BytesIO()
    if preamble:
        out.write(preamble.encode("ascii") + b"\n")
    for hdrs, body in parts:
        out.write(f"--{boundary}\n".encode())
        out.write(("\n".join(hdrs) + "\n\n").encode("ascii"))
        out.write(body)
        if not body.endswith(b"\n"):
            out.write(b"\n")
    out.write(f"--{boundary}--\n".encode())
    params = {
        "report": "; report-type=delivery-status",
        "related": '; type="multipart/alternative"',
    }.get(subtype, "")
    return [f'Content-Type: multipart/{subtype}{params}; boundary="{boundary}"'], out.getvalue()


def message(headers: list[tuple[str, str]], part: tuple[list[str], bytes]) -> bytes:
    lines = [f"{k}: {v}" for k, v in headers]
    lines.append("MIME-Version: 1.0")
    lines += part[0]
    return ("\n".join(lines) + "\n\n").encode("ascii") + part[1]


# --------------------------------------------------------------------------- documents


def _zip(files: list[tuple[str, str]]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for name, content in files:
            info = zipfile.ZipInfo(name, date_time=ZIPTIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            z.writestr(info, content.encode("utf-8"))
    return buf.getvalue()


def docx(paragraphs: list[str]) -> bytes:
    """Minimal .docx; a paragraph starting with '# ' is bold, one containing '\\t' keeps the tab."""
    body = []
    for p in paragraphs:
        bold = p.startswith("# ")
        if bold:
            p = p[2:]
        runs = []
        for i, chunk in enumerate(p.split("\t")):
            if i:
                runs.append("<w:r><w:tab/></w:r>")
            rpr = "<w:rPr><w:b/></w:rPr>" if bold else ""
            runs.append(f'<w:r>{rpr}<w:t xml:space="preserve">{escape(chunk)}</w:t></w:r>')
        body.append(f"<w:p>{''.join(runs)}</w:p>")
    document = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
        f"<w:body>{''.join(body)}<w:sectPr/></w:body></w:document>"
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
    s = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s


def xlsx(rows: list[list[object]], sheet: str = "Budget") -> bytes:
    xml_rows = []
    for r, row in enumerate(rows, start=1):
        cells = []
        for c, v in enumerate(row):
            ref = f"{_col(c)}{r}"
            if v is None or v == "":
                continue
            if isinstance(v, (int, float)):
                cells.append(f'<c r="{ref}"><v>{v}</v></c>')
            else:
                cells.append(
                    f'<c r="{ref}" t="inlineStr"><is><t xml:space="preserve">{escape(str(v))}</t></is></c>'
                )
        xml_rows.append(f'<row r="{r}">{"".join(cells)}</row>')
    sheet_xml = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
        f"<sheetData>{''.join(xml_rows)}</sheetData></worksheet>"
    )
    workbook = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
        'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
        f'<sheets><sheet name="{escape(sheet)}" sheetId="1" r:id="rId1"/></sheets></workbook>'
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


def pdf(lines: list[str], compress: bool = False, title: str = "") -> bytes:
    """One-page PDF, Helvetica with WinAnsiEncoding, text extractable."""

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
    if compress:
        stream = zlib.compress(stream, 9)
        sdict = f"<< /Length {len(stream)} /Filter /FlateDecode >>".encode()
    else:
        sdict = f"<< /Length {len(stream)} >>".encode()
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        sdict + b"\nstream\n" + stream + b"\nendstream",
        b"<< /Title ("
        + esc(title)
        + b") /Producer (Skrivare 3.1) /CreationDate (D:20260401080000+02'00') >>",
    ]
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, o in enumerate(objs, start=1):
        offsets.append(out.tell())
        out.write(f"{i} 0 obj\n".encode() + o + b"\nendobj\n")
    xref = out.tell()
    out.write(f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode())
    for off in offsets:
        out.write(f"{off:010d} 00000 n \n".encode())
    out.write(
        f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R /Info 6 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    )
    return out.getvalue()


def png(width: int, height: int, seed: int) -> bytes:
    """A small deterministic greyscale PNG (a blurry 'photo' nobody can read)."""
    rows = []
    v = seed
    for y in range(height):
        row = bytearray([0])
        for x in range(width):
            v = (v * 1103515245 + 12345) & 0x7FFFFFFF
            base = 200 if (y // 6) % 2 else 215
            row.append(max(0, min(255, base - ((v >> 16) % 40) - (60 if (x + y) % 17 == 0 else 0))))
        rows.append(bytes(row))
    raw = b"".join(rows)

    def chunk(kind: bytes, data: bytes) -> bytes:
        return (
            struct.pack(">I", len(data))
            + kind
            + data
            + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
        )

    ihdr = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", ihdr)
        + chunk(b"IDAT", zlib.compress(raw, 9))
        + chunk(b"IEND", b"")
    )


# --------------------------------------------------------------------------- quoting helpers


def gt(body: str) -> str:
    return "\n".join(("> " + ln) if ln else ">" for ln in body.rstrip("\n").split("\n"))


MISSING_TEXT = {
    "association": "Förening/grupp: föreningens eller gruppens namn och kort om den (t.ex. org.nr, antal medlemmar)",
    "contact": "Kontaktperson: namn och e-post eller telefon till den som vi kan kontakta",
    "activity": "Aktivitet: vad ni ska göra, när och hur det bidrar till utvecklingen på orten",
    "anchoring": "Förankring: hur idén är förankrad i byn, t.ex. ett byamöte, en enkät eller samarbete med andra föreningar",
    "budget": "Budget: en översiktlig budget med kostnadsposter och belopp",
}


def receipt(case: str, missing: list[str], variant: int = 0) -> str:
    """The bot's automatic receipt as an applicant's mail client would quote it."""
    items = "\n".join(f"– {MISSING_TEXT[m]}" for m in missing)
    if variant == 0:
        return (
            f"Hej!\n\nTack för er ansökan om idéslanten! Vi har tagit emot den och gett den ärendenummer {case}.\n\n"
            f"Vi saknar följande i er ansökan:\n{items}\n\n"
            "Svara gärna på det här mejlet med det som saknas, så läggs det till i ärendet.\n\n"
            "Vänliga hälsningar\nIdéslanten – Region Kalmar län\n(Det här är ett automatiskt svar.)"
        )
    return (
        f"Hej,\n\ntack – vi har fått er ansökan om idéslanten (regional bygdepeng). Ärendenummer: {case}.\n\n"
        f"För att vi ska kunna behandla ansökan behöver vi komplettering med:\n{items}\n\n"
        "Det enklaste är att svara direkt på det här mejlet.\n\n"
        "Med vänlig hälsning\nLandsbygdsenheten, Region Kalmar län\nidéslanten – automatiskt mejl"
    )


# --------------------------------------------------------------------------- labels


def L(kind: str, lang: str, present: str = "", notes: str = "", **facts: object) -> dict:
    """present: letters A(ssociation) C(ontact) V (actiVity) F (förankring/anchoring) B(udget)."""
    assert kind in KINDS and lang in ("sv", "en")
    letters = dict(zip("ACVFB", ELEMENTS, strict=True))
    assert set(present) <= set(letters), present
    el = {e: False for e in ELEMENTS}
    for ch in present:
        el[letters[ch]] = True
    f: dict[str, object] = {k: None for k in FACTS}
    if kind in ("application", "followup"):
        f["salary_costs"] = False
        f["physical_investment"] = False
    for k, v in facts.items():
        assert k in FACTS, k
        f[k] = v
    assert notes, "every label needs notes"
    return {"kind": kind, "language": lang, "elements": el, "facts": f, "notes": notes}


MAILS: list[tuple[str, bytes, dict]] = []


def add(
    num: int, slug: str, headers: list[tuple[str, str]], part: tuple[list[str], bytes], label: dict
) -> None:
    MAILS.append((f"{num:04d}-{slug}.eml", message(headers, part), label))


# =========================================================================== mails
# Message-IDs of applications that later mails thread on.
MID = {
    1602: "<8d0c6f2e-4b1a-4f7e-9a51-kristdala@example.se>",
    1603: "<A7F3C2D1-55E0-4C1B-9B7A-0F6E1D2C3B4A@example.com>",
    1605: "<000001dc8c2f$7a41e2b0$6ec5a810$@example.net>",
    1606: "<wm7.20260404.102055.3391@example.org>",
    1612: "<CAG+kT9pWq3-bergkvara.batklubb.0412@example.com>",
    1615: "<3b1d9e5a-totebo-2026@example.se>",
    1617: "<CAM4mz=paryd-cirkus-xQ81@example.com>",
    1620: "<DU0P190MB1942.fagelfors.4A7E@example.se>",
    1624: "<20260416061502.lonneberga.9921@example.org>",
    1634: "<virserum-musik.20260424.1844@example.org>",
}
RCPT = {n: f"<receipt-{n}.ideslanten@example.se>" for n in range(1601, 1641)}


def batch1() -> None:
    # 1601 – newsletter, multipart/alternative
    nl_text = (
        "LANDSBYGDSBREVET – april 2026\n"
        "Nyheter för dig som driver utveckling på landsbygden i sydöstra Sverige\n\n"
        "* Vårens bygdegårdsträff hålls i Mönsterås den 9 maj. Anmäl dig senast 30 april.\n"
        "* Nytt stöd för laddstolpar på landsbygden – läs om vem som kan söka.\n"
        "* Tipsa oss! Har er förening gjort något som fler borde känna till? Skicka in en rad.\n"
        "* Glöm inte att regionens idéslanten (max 15 000 kr per ort och år) är öppen för ansökningar\n"
        "  hela året – skicka en beskrivning till regionens landsbygdsutvecklare.\n\n"
        "Du får det här brevet eftersom du prenumererar på Landsbygdsbrevet.\n"
        "Avsluta prenumeration: https://nyhetsbrev.example.org/avsluta?id=88213\n"
        "Landsbygdsnätverket Sydost, Box 17, 382 21 Nybro\n"
    )
    nl_html = (
        '<!DOCTYPE html><html><head><meta charset="utf-8"><title>Landsbygdsbrevet april 2026</title></head>'
        '<body style="font-family:Arial,sans-serif;background:#f3f1ea">'
        '<table width="600" align="center" style="background:#fff"><tr><td style="padding:20px">'
        '<h1 style="color:#3b6e2e">Landsbygdsbrevet – april 2026</h1>'
        "<p>Nyheter för dig som driver utveckling på landsbygden i sydöstra Sverige</p>"
        "<h2>Bygdegårdsträff i Mönsterås</h2><p>Vårens träff hålls den 9 maj. Anmäl dig senast 30 april.</p>"
        "<h2>Laddstolpar på landsbygden</h2><p>Nytt stöd – läs om vem som kan söka.</p>"
        "<h2>Tipsa oss!</h2><p>Har er förening gjort något som fler borde känna till? Skicka in en rad.</p>"
        "<p>Glöm inte att regionens <b>idéslanten</b> (max 15 000 kr per ort och år) är öppen för ansökningar hela året.</p>"
        '<p style="font-size:11px;color:#777">Du får det här brevet eftersom du prenumererar på Landsbygdsbrevet. '
        '<a href="https://nyhetsbrev.example.org/avsluta?id=88213">Avsluta prenumeration</a><br>'
        "Landsbygdsnätverket Sydost, Box 17, 382 21 Nybro</p></td></tr></table></body></html>"
    )
    add(
        1601,
        "landsbygdsbrevet-april",
        [
            ("Return-Path", "<bounce-88213@example.org>"),
            ("From", who("Landsbygdsnätverket Sydost", "nyhetsbrev@example.org")),
            ("To", OFFICER),
            ("Subject", subj("Landsbygdsbrevet april: bygdegårdsträff, laddstolpar och tips")),
            ("Date", date(1, 6, 30)),
            ("Message-ID", "<nl.2026-04.88213@example.org>"),
            ("List-Id", "Landsbygdsbrevet <landsbygdsbrevet.example.org>"),
            (
                "List-Unsubscribe",
                "<https://nyhetsbrev.example.org/avsluta?id=88213>, <mailto:avsluta@example.org?subject=88213>",
            ),
            ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
            ("Precedence", "bulk"),
            ("X-Mailer", "Utskicket 4.2"),
        ],
        multi(
            "alternative",
            "=_nl_88213_alt",
            [
                text(nl_text, cte="quoted-printable"),
                text(nl_html, cte="quoted-printable", subtype="html"),
            ],
        ),
        L(
            "newsletter",
            "sv",
            notes="Newsletter from a regional rural network: List-Id, List-Unsubscribe (+One-Click) and Precedence: bulk, "
            "multipart/alternative in quoted-printable. It mentions idéslanten, the 15 000 kr cap and 'ansökningar' in passing, "
            "which must not make it a question or application. All elements false, all facts null.",
        ),
    )

    # 1602 – complete application, Thunderbird, utf-8 8bit, numbered sections
    body = f"""Hej!

Kristdala hembygdsförening vill härmed söka idéslanten för 2026. Vi har försökt följa de fem punkterna
som står på regionens hemsida.

1. Föreningen
Kristdala hembygdsförening, org.nr {org("802009-764")}. Vi har 143 medlemmar (betalande 2025) och
förvaltar hembygdsgården Västergården mitt i Kristdala samt ett arkiv med foton och gårdsbeskrivningar.

2. Kontaktperson
Gunnel Åkesson, sekreterare
gunnel.akesson@example.se
tel 0491-410 27 eller 073-518 44 09

3. Aktiviteten
Under hösten 2026 vill vi ordna "Kristdala berättar" – fyra kvällar i bygdegården (september–november)
där en inhyrd föreläsare från Kalmar läns museum och äldre Kristdalabor berättar om byns gårdar,
stenhuggeriet och utvandringen. Varje kväll avslutas med att vi tillsammans skannar in foton som
folk tar med hemifrån, så att arkivet växer. Sista kvällen blir en byvandring med de nya kunskaperna.
Syftet är att nyinflyttade och gamla Kristdalabor, kvinnor som män och gärna unga, ska mötas och
att byns historia blir något vi kan visa upp för besökare framöver.

4. Förankring
Idén kom upp på byastämman i Kristdala den 22 februari där ett 40-tal personer var med och ställde
sig bakom den. Kristdala SK och PRO Kristdala hjälper till med fika och marknadsföring, och skolan
vill att mellanstadiet kommer på första kvällen.

5. Budget
Föreläsararvode museet, 2 kvällar      4 000 kr
Reseersättning föreläsare                800 kr
Hyra bygdegården, 4 kvällar            2 400 kr
Annonsering (lokaltidning, affischer)  1 100 kr
Fika (material)                        1 200 kr
Summa                                  9 500 kr

Vi söker alltså 9 500 kr. Inga löner, inga inköp av saker.

Tack på förhand!

Med vänlig hälsning
Gunnel Åkesson
Kristdala hembygdsförening
"""
    add(
        1602,
        "kristdala-berattar",
        [
            ("From", who("Gunnel Åkesson", "gunnel.akesson@example.se")),
            ("To", who("Idéslanten – Region Kalmar län", "ideslanten@example.se")),
            ("Subject", subj("Ansökan idéslanten 2026 – Kristdala hembygdsförening")),
            ("Date", date(1, 19, 42, 11)),
            ("Message-ID", MID[1602]),
            ("User-Agent", "Mozilla Thunderbird 115.9.0"),
            ("Content-Language", "sv-SE"),
        ],
        text(body, flowed=True),
        L(
            "application",
            "sv",
            "ACVFB",
            association_name="Kristdala hembygdsförening",
            org_number=org("802009-764"),
            contact_name="Gunnel Åkesson",
            contact_email="gunnel.akesson@example.se",
            contact_phone="0491-410 27",
            members=143,
            ort="Kristdala",
            amount_sek=9500,
            women_and_men=True,
            notes="Complete, textbook application following the five numbered points (Thunderbird, utf-8 8bit, format=flowed). "
            "Association named with org.nr and 143 members; contact with e-mail and two phones (first recorded); activity is "
            "four concrete autumn evenings with a museum lecturer and a village walk; anchoring is a village meeting (attendance 40 "
            "is not membership) plus cooperation with SK, PRO and the school; budget is an itemised table summing to 9 500. "
            "Lecturer fee is not salary; 'kvinnor som män' gives women_and_men true.",
        ),
    )

    # 1603 – youth group on Öland, iPhone, QP, missing anchoring + budget (rough figure only)
    body = """Hej!
Vi är Nordöns ungdomsförening i Byxelkrok, vi är 14 medlemmar mellan 15 och 22 år (tjejer och killar).
Vi vill köra filmkvällar i bygdegården i Byxelkrok varje fredag från 8 maj till 26 juni, alltså 8 kvällar. Vi hyr bygdegården och visar film på storbild med licens, säljer billig fika och så. Det finns typ inget att göra här för unga på vårkanten innan turisterna kommer så det blir ett ställe att ses på, även för dom som flyttat hit nyss.
Vi söker typ 10 000 kr.
Mvh Ebba Lindqvist
ebba.lindqvist@example.com
076-223 90 15

Skickat från min iPhone"""
    add(
        1603,
        "byxelkrok-filmkvallar",
        [
            ("From", who("Ebba Lindqvist", "ebba.lindqvist@example.com")),
            ("To", "ideslanten@example.se"),
            ("Subject", subj("Ansökan filmkvällar Byxelkrok")),
            ("Date", date(2, 16, 5, 48)),
            ("Message-ID", MID[1603]),
            ("X-Mailer", "iPhone Mail (21E236)"),
        ],
        text(body, cte="quoted-printable"),
        L(
            "application",
            "sv",
            "ACV",
            association_name="Nordöns ungdomsförening",
            contact_name="Ebba Lindqvist",
            contact_email="ebba.lindqvist@example.com",
            contact_phone="076-223 90 15",
            members=14,
            ort="Byxelkrok",
            amount_sek=10000,
            women_and_men=True,
            notes="Short iPhone mail (utf-8 quoted-printable, long unwrapped lines) from a named youth association with 14 members. "
            "Activity is concrete (8 Friday film nights 8 May–26 June in the rented village hall, meeting place for the young). "
            "Anchoring missing: only a described need ('inget att göra här'). Budget missing: 'typ 10 000 kr' is a single rough "
            "figure, which still counts as amount_sek. 'tjejer och killar' gives women_and_men true. Renting a film licence and "
            "the hall is no investment.",
        ),
    )


def batch2() -> None:
    # 1604 – phishing, HTML only, base64
    html = """<html><body style="font-family:Segoe UI,Arial">
<div style="border:1px solid #ccc;padding:18px;max-width:520px">
<h2 style="color:#0067b8">Microsoft 365</h2>
<p>Bästa användare <b>landsbygdsutvecklare@example.se</b>,</p>
<p>Din brevlåda har nått 99% av sin lagrings kapacitet. Inkommande meddelanden kommer att <b>avvisas</b> inom 24 timmar
om du inte bekräftar ditt konto. Vänligen verifiera din lösenord nedan för att behålla alla dina e-post.</p>
<p style="text-align:center"><a href="https://konto-verifiering.example.net/m365/login?u=landsbygdsutvecklare"
style="background:#0067b8;color:#fff;padding:10px 22px;text-decoration:none">Behåll mina meddelanden</a></p>
<p>Tack för att du använder Microsoft tjänster.<br>IT Support Team</p>
<p style="font-size:10px;color:#999">Detta meddelande skickades automatiskt, svara inte.</p>
</div></body></html>"""
    add(
        1604,
        "brevlada-full",
        [
            ("From", who("Microsoft 365 Administratör", "no-reply.m365@example.net")),
            ("To", OFFICER),
            ("Subject", subj("Åtgärd krävs: Din brevlåda är full (99%)")),
            ("Date", date(2, 22, 14, 3)),
            ("Message-ID", "<20260402201403.77Q1@example.net>"),
            ("X-Priority", "1 (Highest)"),
        ],
        text(html, cte="base64", subtype="html"),
        L(
            "spam",
            "sv",
            notes="Phishing: fake Microsoft 365 'mailbox full' warning with a password-harvesting link, HTML only in base64, "
            "broken Swedish ('din lösenord', 'lagrings kapacitet'). All elements false and all facts null.",
        ),
    )

    # 1605 – complete application in a .docx, very short body
    doc = docx(
        [
            "# Ansökan om idéslanten 2026",
            "# Fliseryds bygdegårdsförening",
            f"Org.nr: {org('802438-150')}",
            "Föreningen driver bygdegården i Fliseryd sedan 1952 och har ca 75 medlemmar. Vi ordnar danser, loppis, "
            "julmarknad och hyr ut lokalen till byns föreningar.",
            "# Kontaktperson",
            "Lars-Erik Blom, ordförande, tel 070-391 22 58, lars-erik.blom@example.net",
            "# Aktivitet",
            "Lördagen den 19 september gör vi en studieresa med buss till Ryssby och Hjortsberga i Kronobergs län. "
            "Där har byarna byggt upp gemensamma byaråd, en bytidning och en bokningsapp för bygdegården. Vi får "
            "en föreläsning av byarådets ordförande och går igenom hur de gjorde. Efter resan håller vi ett öppet "
            "möte i Fliseryds bygdegård (oktober) där deltagarna berättar och vi bestämmer om vi ska starta ett byaråd "
            "och en bytidning här. Resan är öppen för alla i Fliseryd, både kvinnor och män, unga och gamla.",
            "# Förankring",
            "Förslaget togs upp på vårt årsmöte 8 mars (31 närvarande) som beslöt att söka. Fliseryds IK och "
            "Fliseryds hembygdsförening är med och skickar var sin representant, och Mönsterås kommuns "
            "landsbygdsgrupp har lovat att komma på uppföljningsmötet.",
            "# Budget",
            "Bussresa Fliseryd–Ryssby t/r (offert)\t7 800 kr",
            "Föreläsningsarvode byarådet Ryssby\t2 000 kr",
            "Lunch 30 personer à 110 kr\t3 300 kr",
            "Fika och annonsering till uppföljningsmötet\t900 kr",
            "Totalt\t14 000 kr",
            "Vi söker 14 000 kr från idéslanten.",
        ]
    )
    body = """Hej

Bifogar vår ansökan om idéslanten för en studieresa. Hör av er om något är oklart.

Hälsningar
Lars-Erik Blom
Ordförande, Fliseryds bygdegårdsförening
070-391 22 58
"""
    add(
        1605,
        "fliseryd-studieresa",
        [
            ("From", who("Lars-Erik Blom", "lars-erik.blom@example.net")),
            ("To", "ideslanten@example.se"),
            (
                "Subject",
                "=?utf-8?Q?Ans=C3=B6kan_id=C3=A9slanten_-_Fliseryds_bygdeg=C3=A5rdsf=C3=B6rening?=",
            ),
            ("Date", date(3, 8, 40, 26)),
            ("Message-ID", MID[1605]),
            ("X-Mailer", "Microsoft Outlook 16.0"),
            ("Thread-Index", "AdqGmX0Lk3f5tQ2YTz2m1mE0u9Q2dw=="),
        ],
        multi(
            "mixed",
            "----=_NextPart_000_0017_01DA86A1.5C2B7E40",
            [
                text(body, charset="iso-8859-1", cte="quoted-printable"),
                attach(
                    doc,
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                    "Ansökan idéslanten Fliseryd.docx",
                ),
            ],
            preamble="This is a multi-part message in MIME format.",
        ),
        L(
            "application",
            "sv",
            "ACVFB",
            association_name="Fliseryds bygdegårdsförening",
            org_number=org("802438-150"),
            contact_name="Lars-Erik Blom",
            contact_email="lars-erik.blom@example.net",
            contact_phone="070-391 22 58",
            members=75,
            ort="Fliseryd",
            amount_sek=14000,
            women_and_men=True,
            notes="Complete application where the body only says 'bifogar vår ansökan' and everything sits in a .docx "
            "(RFC 2047 filename with å/ö, Outlook, iso-8859-1 QP body). The docx gives association (org.nr, 'ca 75' members), "
            "contact, a concrete study trip on 19 September plus a follow-up meeting, anchoring (annual meeting decision, "
            "two partner associations) and a tab-separated budget totalling 14 000. Lunch is a consumable, the bus is hired: "
            "no investment, no salary. 'både kvinnor och män' gives women_and_men true.",
        ),
    )

    # 1606 – HTML only from shared mailbox, signed Styrelsen: contact missing
    html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"></head><body>
<p><font face="Verdana" size="2">Hej!</font></p>
<p><font face="Verdana" size="2">Gullabo Byalag söker pengar ur idéslanten till <b>"Byadialog Gullabo 2030"</b>.</font></p>
<p><font face="Verdana" size="2"><u>Om oss:</u> Gullabo Byalag bildades 1998 och är en ideell förening för alla som bor och verkar i Gullabo med omnejd. Vi har 61 medlemmar (hushåll och enskilda) och ordnar bl.a. midsommarfirande och vårstädning av byn.</font></p>
<p><font face="Verdana" size="2"><u>Aktivitet:</u> Tre kvällsmöten i Gullabo skola (6 oktober, 3 november och 1 december) där vi med hjälp av en inhyrd samtalsledare från Hela Sverige ska leva går igenom vad byn behöver de närmaste åren – busstider, bredband, lokaler för unga och äldreboende. Varje kväll leder till en lista med förslag som lämnas till Torsås kommun och som byalaget sedan arbetar vidare med.</font></p>
<p><font face="Verdana" size="2"><u>Förankring:</u> På årsmötet den 14 mars beslutades enhälligt att genomföra dialogen. Gullabo IF och Gullabo Missionsförsamling är med och bjuder in sina medlemmar, och vi har redan 12 frivilliga som ställer upp med fika och lokaler.</font></p>
<p><font face="Verdana" size="2"><u>Budget:</u><br>
Samtalsledare, 3 kvällar &agrave; 2 000 kr = 6 000 kr<br>
Annonsering i Torsås-Nytt och affischer = 900 kr<br>
Fika (3 kvällar) = 1 500 kr<br>
Lokal = 0 kr (skolan lånas ut gratis)<br>
<b>Summa 8 400 kr</b></font></p>
<p><font face="Verdana" size="2">Med vänliga hälsningar<br>Styrelsen<br>Gullabo Byalag</font></p>
</body></html>"""
    add(
        1606,
        "gullabo-byadialog",
        [
            ("From", who("Gullabo Byalag", "info.gullabobyalag@example.org")),
            ("To", "ideslanten@example.se"),
            ("Subject", "Byadialog Gullabo 2030"),
            ("Date", date(4, 10, 20, 55)),
            ("Message-ID", MID[1606]),
            ("X-Mailer", "Webbmejl 7"),
        ],
        text(html, charset="windows-1252", cte="quoted-printable", subtype="html"),
        L(
            "application",
            "sv",
            "AVFB",
            association_name="Gullabo Byalag",
            members=61,
            ort="Gullabo",
            amount_sek=8400,
            notes="HTML-only windows-1252 QP mail (old <font> markup, &agrave; entity) from the association's shared mailbox, "
            "signed only 'Styrelsen': contact is false and contact facts null even though everything else is there. Association "
            "(named, founded 1998, 61 members), activity (three dated dialogue evenings with a hired facilitator), anchoring "
            "(unanimous annual meeting, two partner groups, 12 volunteers) and an itemised budget summing to 8 400 are all present. "
            "No gender wording: women_and_men null.",
        ),
    )

    # 1607 – question, elderly writer, windows-1252 8bit, no capitals much
    body = """Hej

Jag sitter i styrelsen för Ruda hembygdsförening och vi funderar på att söka era pengar till föreläsningar i höst.
Men nu hörde jag att Ruda IF också tänker söka, till någon ungdomsgrej. Hur blir det då, får vi dela på
15000 kr eller gäller det varje förening för sig ? Och spelar det någon roll vem som skickar in först ?

Tacksam för svar.

Hälsningar
Sven-Olof Karlsson
Ruda
0496-213 08
"""
    add(
        1607,
        "ruda-fraga-tak",
        [
            (
                "From",
                who("Sven-Olof Karlsson", "svenolof.karlsson@example.net", charset="iso-8859-1"),
            ),
            ("To", OFFICER),
            ("Subject", "fråga om bygdepengen".replace("å", "a")),
            ("Date", date(6, 9, 3, 40)),
            ("Message-ID", "<000a01dc8f3e$5b2e1c40$118a54c0$@example.net>"),
            ("X-Mailer", "Microsoft Outlook 14.0"),
        ],
        text(body, charset="windows-1252", cte="8bit"),
        L(
            "question",
            "sv",
            association_name="Ruda hembygdsförening",
            contact_name="Sven-Olof Karlsson",
            contact_email="svenolof.karlsson@example.net",
            contact_phone="0496-213 08",
            ort="Ruda",
            notes="Question (windows-1252 8bit, old Outlook, subject written without å): does the 15 000 kr cap per locality "
            "mean two associations in Ruda must share it, and does first-come matter? It mentions a possible activity "
            "('föreläsningar i höst') but applies for nothing; the 15 000 is a rule amount, so amount_sek is null. Elements all false.",
        ),
    )


def batch3() -> None:
    # 1608 – unnamed women's group in Alsterbro, iso-8859-1 QP; association + anchoring missing
    body = """Hej!

Vi är ett gäng kvinnor i Alsterbro med omnejd som äger eller har ärvt skog. Vi är ungefär tolv
stycken just nu. Vi märker att vi nästan aldrig är med när det pratas skog i bygden, det är
gubbarna som sköter det, så vi vill lära oss mer tillsammans.

Det här vill vi göra:
- Torsdag 21 maj kl 18-21 i Alsterbro bygdegård: föreläsning med en skogskonsulent om skogsbruksplan,
  gallring och hur man gör en virkesaffär utan att bli lurad.
- Lördag 12 september: exkursion i en skog vid Flerohopp där ägaren kör hyggesfritt, med samma
  konsulent som guide. Vi samåker.
Målet är att fler skogsägare i bygden tar egna beslut och anlitar de lokala entreprenörerna här
istället för att sälja allt på rot till bolagen.

Budget
Föreläsning konsulent 3 000
Guidning exkursion 3 500
Hyra bygdegården 800
Fika båda gångerna 700
= 8 000 kr

Vi tror att det finns många fler kvinnor i trakten som är intresserade.

Hälsningar
Maria Nyström
070-612 48 30
maria.nystrom@example.se
"""
    add(
        1608,
        "alsterbro-skogskvinnor",
        [
            ("From", who("Maria Nyström", "maria.nystrom@example.se", charset="iso-8859-1")),
            ("To", "ideslanten@example.se"),
            ("Subject", subj("Skogskväll för kvinnor i Alsterbro", "iso-8859-1")),
            ("Date", date(6, 20, 51, 9)),
            ("Message-ID", "<e2b7c1f0-0a1d-4e57-alsterbro@example.se>"),
            (
                "User-Agent",
                "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:115.0) Gecko/20100101 Thunderbird/115.8.1",
            ),
        ],
        text(body, charset="iso-8859-1", cte="quoted-printable"),
        L(
            "application",
            "sv",
            "CVB",
            contact_name="Maria Nyström",
            contact_email="maria.nystrom@example.se",
            contact_phone="070-612 48 30",
            members=12,
            ort="Alsterbro",
            amount_sek=8000,
            women_and_men=False,
            notes="iso-8859-1 QP mail with iso-8859-1 encoded-word subject. 'Ett gäng kvinnor i Alsterbro' is an unnamed group, "
            "so association is false (the stated head count of about twelve is still recorded as members). Contact, a concrete "
            "two-date activity with a local-development aim and an itemised budget (8 000) are present. Anchoring is only a hope "
            "('vi tror att det finns många fler') – false. Targets women only, so women_and_men false (a rule breach the bot "
            "should see). Consultant's fee is not salary.",
        ),
    )

    # 1609 – complete application in English, multipart/alternative
    body = f"""Dear Sir or Madam,

We would like to apply for the "idéslanten" micro-grant for our language café in Vissefjärda.

About us: Vissefjärda Newcomers Network is a non-profit association (ideell förening, org. no.
{org("802531-207")}) founded in 2023 by families who moved to Vissefjärda from the Netherlands,
Germany and Syria, together with Swedes who have lived here all their lives. We have 27 members.

Contact person: Sanne de Vries, sanne.devries@example.com, mobile +46 70 845 21 63.

The activity: From 8 September to 15 December we will run a Swedish–English language café every
second Tuesday evening (8 evenings) in the parish hall in Vissefjärda. Newcomers practise Swedish,
and locals who want to practise English or German are welcome too. Two of the evenings will have a
guest speaker from Vissefjärda hembygdsförening on the history of the parish, and the last evening
is a joint walk to the old glassworks. The aim is that new families stay in the village, find
work and join the local associations – the school has lost pupils for years and every family that
stays matters. Everyone is welcome, women and men, young and old.

Local anchoring: The idea came out of an open meeting at Vissefjärda school in January where about
30 residents took part. Vissefjärda hembygdsförening provides the speakers, the parish (Vissefjärda
församling) lends us the hall at a reduced rent, and ICA Vissefjärda puts up our posters.

Budget (SEK):
- Rent of parish hall, 8 evenings x 300: 2,400
- Fee for guest speaker, 2 evenings: 2,500
- Study material and printed word lists: 1,500
- Posters and advertising: 600
Total: 7,000 SEK, which is the amount we apply for.

No salaries are paid; all hosts are volunteers.

Kind regards,
Sanne de Vries
Chair, Vissefjärda Newcomers Network
"""
    html = (
        '<html><body><div style="font-family:Calibri,sans-serif;font-size:11pt">'
        + "".join(
            f"<p>{escape(p).replace(chr(10), '<br>')}</p>" for p in body.strip().split("\n\n")
        )
        + "</div></body></html>"
    )
    add(
        1609,
        "vissefjarda-language-cafe",
        [
            ("From", who("Sanne de Vries", "sanne.devries@example.com")),
            ("To", "ideslanten@example.se"),
            ("Subject", subj("Application idéslanten – language café Vissefjärda")),
            ("Date", date(7, 11, 30, 2)),
            ("Message-ID", "<AM9PR04MB8211.vissefjarda.27@example.com>"),
            ("X-Mailer", "Microsoft Outlook for Mac 16.83"),
            ("Content-Language", "en-GB"),
        ],
        multi(
            "alternative",
            "_000_AM9PR04MB8211vissefjarda_",
            [text(body, cte="quoted-printable"), text(html, cte="base64", subtype="html")],
        ),
        L(
            "application",
            "en",
            "ACVFB",
            association_name="Vissefjärda Newcomers Network",
            org_number=org("802531-207"),
            contact_name="Sanne de Vries",
            contact_email="sanne.devries@example.com",
            contact_phone="+46 70 845 21 63",
            members=27,
            ort="Vissefjärda",
            amount_sek=7000,
            women_and_men=True,
            notes="Complete application in English (Outlook for Mac, multipart/alternative with QP text and base64 HTML). "
            "Association with org.nr and 27 members, contact with an international-format phone, concrete fortnightly language "
            "café with local benefit (families staying, school), anchoring via an open meeting plus three local partners, "
            "itemised budget with English thousands separators (2,400 etc.) totalling 7,000. Attendance (30) is not membership. "
            "Speaker fee is not salary; rent is not investment.",
        ),
    )

    # 1610 – Södra Vi, vague activity and 'budget kommer senare', Outlook windows-1252 QP
    body = """Hej

Jag skriver för Södra Vi Företagarförening, vi är 32 medlemsföretag i Södra Vi med omnejd, allt från
enmansfirmor till sågverket.

Vi vill göra något som lyfter Södra Vi och gör orten mer attraktiv för inflyttare och besökare, t.ex.
olika aktiviteter och evenemang under året. Exakt vad är inte spikat än men vi har många idéer.

På medlemsmötet den 12 mars röstade 18 av 21 närvarande för att vi ska söka idéslanten och
Södra Vi hembygdsförening har sagt att de vill vara med.

Vi söker hela beloppet, 15 000 kr. Budget kommer så fort styrelsen har satt sig och räknat på det.

Med vänliga hälsningar

Peter Holm
Kassör, Södra Vi Företagarförening
Holms Bygg & Fönster AB
Tel: 0492-300 45 | Mobil: 070-228 19 64
peter.holm@example.se
"""
    add(
        1610,
        "sodra-vi-foretagare",
        [
            ("From", who("Peter Holm", "peter.holm@example.se")),
            ("To", who("Idéslanten – Region Kalmar län", "ideslanten@example.se")),
            ("Subject", subj("Ansökan från Södra Vi Företagarförening", "iso-8859-1")),
            ("Date", date(7, 15, 45, 37)),
            ("Message-ID", "<VI1PR07MB5523.sodravi.1203@example.se>"),
            ("X-Mailer", "Microsoft Outlook 16.0"),
            ("Content-Language", "sv-SE"),
        ],
        text(body, charset="windows-1252", cte="quoted-printable"),
        L(
            "application",
            "sv",
            "ACF",
            association_name="Södra Vi Företagarförening",
            contact_name="Peter Holm",
            contact_email="peter.holm@example.se",
            contact_phone="0492-300 45",
            members=32,
            ort="Södra Vi",
            amount_sek=15000,
            notes="windows-1252 QP (Outlook) from a named business association with 32 member companies. Contact is a named "
            "signer from his own address with two phones (first, the landline, is recorded). Activity is a vague wish ('något "
            "som lyfter Södra Vi … olika aktiviteter') – false. Anchoring true: a members' meeting vote (18 of 21) and a "
            "partner association. Budget false: a bare amount plus 'Budget kommer'; 15 000 is still amount_sek.",
        ),
    )

    # 1611 – autoreply with headers to the officer's mail about 1602
    body = """Hej!

Jag är på resa till och med måndag 20 april och läser inte min e-post regelbundet.
Brådskande frågor om Kristdala hembygdsförening kan ställas till ordförande Bo Ek, 0491-412 90.

Vänliga hälsningar
Gunnel Åkesson
"""
    add(
        1611,
        "franvaro-kristdala",
        [
            ("From", who("Gunnel Åkesson", "gunnel.akesson@example.se")),
            ("To", OFFICER),
            (
                "Subject",
                subj(
                    "Frånvaromeddelande: SV: Ansökan idéslanten 2026 – Kristdala hembygdsförening [Idéslanten 2026-0131]"
                ),
            ),
            ("Date", date(8, 9, 12, 44)),
            ("Message-ID", "<autoreply.8d0c6f2e.0408@example.se>"),
            ("In-Reply-To", "<officer.20260408.0911.kristdala@example.se>"),
            (
                "References",
                f"{MID[1602]} {RCPT[1602]} <officer.20260408.0911.kristdala@example.se>",
            ),
            ("Auto-Submitted", "auto-replied"),
            ("X-Autoreply", "yes"),
            ("X-Auto-Response-Suppress", "All"),
        ],
        text(body),
        L(
            "autoreply",
            "sv",
            notes="Out-of-office reply to the officer's manual mail in the Kristdala thread, with Auto-Submitted, X-Autoreply "
            "and X-Auto-Response-Suppress. Its References name application 1602, but it adds nothing and must never be "
            "answered. The chair's name and phone are not facts: all facts null.",
        ),
    )


def batch4() -> None:
    # 1612 – Bergkvara boat club, Gmail, xlsx budget, empty anchoring claim
    body = f"""Hej!

Bergkvara Båtklubb (org.nr {org("802467-318")}) söker idéslanten för en sjösäkerhetsdag i hamnen.
Klubben har 96 medlemmar och sköter gästhamnen och sjösättningen i Bergkvara.

Lördag 30 maj kl 10-15 i Bergkvara hamn:
* föreläsning av Sjöräddningssällskapet om flytvästar och kallt vatten
* prova-på kajak med inhyrd instruktör, för barn och vuxna, tjejer som killar
* övning med brandsläckare och livboj på bryggan
Dagen är öppen för alla i Bergkvara, inte bara medlemmar. Vi vill att fler bybor ska våga ut på
sjön och att hamnen blir en levande mötesplats för hela byn igen.

Förankring: Vi är övertygade om att dagen kommer att uppskattas av hela Bergkvara, idén är väl
förankrad.

Budgeten ligger i bifogad fil.

Kontakt: Tomas Berg, 0486-202 77, tomas.berg@example.com

/Tomas
"""
    html = (
        '<div dir="ltr">'
        + "".join(f"<div>{escape(ln) or '<br>'}</div>" for ln in body.rstrip().split("\n"))
        + "</div>"
    )
    sheet = xlsx(
        [
            ["Sjösäkerhetsdag Bergkvara 30 maj", None],
            ["Post", "Kronor"],
            ["Föreläsare Sjöräddningssällskapet", 2500],
            ["Kajakinstruktör (arvode)", 3000],
            ["Hyra 8 kajaker", 2400],
            ["Annonsering", 600],
            ["Korv och dricka", 1100],
            ["Summa", 9600],
        ]
    )
    add(
        1612,
        "bergkvara-sjosakerhet",
        [
            ("From", who("Tomas Berg", "tomas.berg@example.com")),
            ("To", "ideslanten@example.se"),
            ("Subject", subj("Sjösäkerhetsdag Bergkvara hamn – ansökan")),
            ("Date", date(8, 13, 5, 19)),
            ("Message-ID", MID[1612]),
        ],
        multi(
            "mixed",
            "000000000000a1b2c3061f4e9d01",
            [
                multi(
                    "alternative",
                    "000000000000a1b2bf061f4e9cff",
                    [
                        text(body, cte="quoted-printable"),
                        text(html, cte="quoted-printable", subtype="html"),
                    ],
                ),
                attach(
                    sheet,
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                    "budget sjösäkerhetsdag.xlsx",
                ),
            ],
        ),
        L(
            "application",
            "sv",
            "ACVB",
            association_name="Bergkvara Båtklubb",
            org_number=org("802467-318"),
            contact_name="Tomas Berg",
            contact_email="tomas.berg@example.com",
            contact_phone="0486-202 77",
            members=96,
            ort="Bergkvara",
            amount_sek=9600,
            women_and_men=True,
            notes="Gmail-style mixed(alternative + .xlsx). Association with org.nr and 96 members, contact line, a concrete dated "
            "safety day open to all with local benefit, and the budget only in the xlsx (items summing to 9 600, which is the "
            "amount as no separate applied amount is stated). Anchoring is the empty claim 'idén är väl förankrad' plus a hope – "
            "false. 'tjejer som killar' gives women_and_men true. Instructor fee is not salary, renting kayaks is no investment.",
        ),
    )

    # 1613 – followup to 1603 (iPhone), adds the budget only
    q = receipt("2026-0132", ["anchoring", "budget"])
    body = f"""Hej igen! Här kommer budgeten:

Filmlicens 8 kvällar à 450 kr = 3600
Hyra bygdegården 8 ggr à 500 = 4000
Popcorn o fika 1200
Affischer 400
Totalt 9200 kr

Förankring vet jag inte riktigt vad ni menar med??

/Ebba

Skickat från min iPhone

> 2 apr. 2026 kl. 16:06 skrev Idéslanten – Region Kalmar län <ideslanten@example.se>:
>
{gt(q)}
"""
    add(
        1613,
        "sv-byxelkrok-budget",
        [
            ("From", who("Ebba Lindqvist", "ebba.lindqvist@example.com")),
            ("To", BOT),
            ("Subject", subj("Re: Ansökan filmkvällar Byxelkrok [Idéslanten 2026-0132]")),
            ("Date", date(9, 18, 30, 4)),
            ("Message-ID", "<5E1B0C77-9A3D-4F2E-8C11-2B7D3E9F0A61@example.com>"),
            ("In-Reply-To", RCPT[1603]),
            ("References", f"{MID[1603]} {RCPT[1603]}"),
            ("X-Mailer", "iPhone Mail (21E236)"),
        ],
        text(body, cte="quoted-printable"),
        L(
            "followup",
            "sv",
            "CB",
            contact_name="Ebba Lindqvist",
            contact_email="ebba.lindqvist@example.com",
            amount_sek=9200,
            notes="iPhone reply to the bot's receipt for 1603 (Apple quoting '> … skrev …:'). New text adds an itemised budget "
            "(sum 9 200 = amount_sek) and asks what anchoring means – so anchoring stays false. Signed '/Ebba' from her own "
            "address, the same person named in the thread: contact true. The quoted receipt's list of missing items must not "
            "count. Budget items are hire and consumables: no investment.",
        ),
    )

    # 1614 – complete application, everything in a compressed PDF
    lines = [
        "# Ansökan om idéslanten – Timmernabbens Byalag",
        "",
        f"Förening: Timmernabbens Byalag, org.nr {org('802502-661')}, 54 medlemmar. Ideell förening",
        "som sedan 2011 arbetar för service, trivsel och samarbete i Timmernabben.",
        "Kontaktperson: Karin Håkansson, 070-455 61 02, karin.hakansson@example.org",
        "",
        "# Aktivitet: Reparationskafé i Folkets hus",
        "Fyra lördagar (5 och 26 september, 17 oktober, 7 november) kl 10-14 öppnar vi ett",
        "reparationskafé i Timmernabbens Folkets hus. Inhyrda handledare hjälper byborna att laga",
        "cyklar, kläder och småelektronik. Vi lånar verktyg av Timmernabbens Cykel & Motor.",
        "Syftet är en ny mötesplats i byn där kunskap delas mellan generationer och färre saker",
        "slängs. Om det går bra vill vi fortsätta med egna krafter.",
        "",
        "# Förankring",
        "Vi gjorde en enkät i byns Facebookgrupp och på anslagstavlan vid affären i februari.",
        "112 personer svarade och 89 ville ha ett reparationskafé. Timmernabbens IF och PRO",
        "Timmernabben står för fikat och 9 bybor har anmält sig som värdar.",
        "",
        "# Budget",
        "Arvode handledare, 4 lördagar x 1 500 kr ........ 6 000 kr",
        "Hyra Folkets hus, 4 x 400 kr ..................... 1 600 kr",
        "Reservdelar och förbrukning (tråd, slang, lim) .. 1 200 kr",
        "Annonsering ...................................... 700 kr",
        "Summa ............................................ 9 500 kr",
        "",
        "Sökt belopp: 9 500 kr",
    ]
    doc = pdf(lines, compress=True, title="Ansökan idéslanten Timmernabben")
    body = """Hej,

Här kommer Timmernabbens Byalags ansökan om idéslanten som pdf.

Vänligen
Karin Håkansson
sekreterare
"""
    add(
        1614,
        "timmernabben-reparationskafe",
        [
            ("From", who("Karin Håkansson", "karin.hakansson@example.org")),
            ("To", "ideslanten@example.se"),
            ("Subject", "Ansokan Timmernabbens Byalag"),
            ("Date", date(10, 10, 2, 51)),
            ("Message-ID", "<20260410080251.5541.timmernabben@example.org>"),
            ("User-Agent", "Roundcube Webmail/1.6.6"),
        ],
        multi(
            "mixed",
            "=_5a7c0e1b9d2f44b6a0c1e3f7d8b2a4c6",
            [
                text(body, cte="8bit", flowed=True),
                attach(doc, "application/pdf", "Ansokan_ideslanten_Timmernabben.pdf"),
            ],
        ),
        L(
            "application",
            "sv",
            "ACVFB",
            association_name="Timmernabbens Byalag",
            org_number=org("802502-661"),
            contact_name="Karin Håkansson",
            contact_email="karin.hakansson@example.org",
            contact_phone="070-455 61 02",
            members=54,
            ort="Timmernabben",
            amount_sek=9500,
            notes="Complete application carried entirely by a one-page PDF with a FlateDecode text stream (Helvetica, WinAnsi); "
            "Roundcube body just says 'här kommer ansökan som pdf', ASCII subject without å. PDF: association (org.nr, 54 members), "
            "contact, four dated repair-café Saturdays with local purpose, anchoring by a survey (112 answers – not members) and "
            "partners/volunteers, dotted-leader budget of 9 500. Borrowed tools and consumables are no investment; handledare fee "
            "is a fee, not salary. No gender wording: women_and_men null.",
        ),
    )


def batch5() -> None:
    # 1615 – Totebo, older writer, windows-1252 8bit, no name signed, rough figure only
    body = """Hej.

Jag skriver för Totebo intresseförening.Vi är en liten förening med 35 medlemmar som håller i
midsommarfirandet och Totebodagen och så sköter vi den gamla ängen vid hembygdsgården.

Nu har vi tänkt att ha en slåtterdag den 18 juli på ängen där vi hyr in en lärare som kan lära
ut lieslåtter och hur man sköter en äng,sen fika och en kort föreläsning om ängens blommor och
fåglar.Det är så att det inte är många kvar som kan det här och vi vill att de yngre i Totebo lär
sig så ängen inte växer igen.Dessutom kommer det folk från Gamleby och Västervik och tittar så det
blir lite liv i byn.

Vi har pratat med Totebo IF och med kyrkan och de vill båda vara med och ordna,IF tar hand om
parkering och kyrkan har redan lovat att lyssa ut det i församlingsbladet. På vårt årsmöte i
februari var alla för.

Vi räknar med att det går på ungefär 12000 kr.

Mvh
Styrelsen TIF
"""
    add(
        1615,
        "totebo-slatterdag",
        [
            ("From", who("Bertil Gustavsson", "b.gustavsson55@example.net")),
            ("To", "ideslanten@example.se"),
            ("Subject", subj("slåtterdag Totebo", "iso-8859-1")),
            ("Date", date(10, 21, 17, 33)),
            ("Message-ID", MID[1615]),
            ("X-Mailer", "Microsoft Windows Live Mail 16.4.3528.331"),
        ],
        text(body, charset="windows-1252", cte="8bit"),
        L(
            "application",
            "sv",
            "AVF",
            association_name="Totebo intresseförening",
            members=35,
            ort="Totebo",
            amount_sek=12000,
            notes="Older writer, Windows Live Mail, windows-1252 8bit, missing spaces after commas and full stops. Association "
            "named with 35 members and what it does; concrete activity (scything day 18 July with a hired teacher and a talk, "
            "passing on skills, visitors to the village); anchoring true (Totebo IF and the church co-organise, annual meeting "
            "backed it). Contact false: signed only 'Styrelsen TIF', the person's name appears only in the From header, so "
            "contact facts are null. Budget false: 'ungefär 12000 kr' is a single rough figure – it is the amount_sek.",
        ),
    )

    # 1616 – newsletter, plain text only, Precedence bulk + mailto List-Unsubscribe
    body = """BYGDEGÅRDSNYTT SYDOST nr 4/2026
==================================

Hej bygdegårdsvän!

I DET HÄR NUMRET
- Sök bidrag! Fem stöd som er förening kan söka i vår
- Energikartläggning av bygdegårdar – sista anmälningsdag 15 maj
- Försäkringen: vad gäller när lokalen hyrs ut till privatpersoner?
- Kalendarium

SÖK BIDRAG!
Många föreningar missar pengar som finns att söka. Här är fem tips: Boverkets stöd till
samlingslokaler, kommunernas föreningsbidrag, Leader-områdenas småprojekt, regionens
idéslanten för mindre aktiviteter (skriv en beskrivning av föreningen, aktiviteten,
förankringen och en budget) och Arvsfondens stöd för barn och unga.

KALENDARIUM
25 april  Distriktsstämma, Hultsfred
9 maj     Bygdegårdsträff, Mönsterås
30 maj    Öppen bygdegård – hela landet

--
Du får Bygdegårdsnytt Sydost eftersom din förening är medlem i distriktet.
Avregistrera: skicka ett mejl till avregistrera@example.org
"""
    add(
        1616,
        "bygdegardsnytt-4",
        [
            ("From", who("Bygdegårdsnytt Sydost", "bygdegardsnytt@example.org")),
            ("To", who("Undisclosed recipients", "bygdegardsnytt@example.org")),
            ("Subject", subj("Bygdegårdsnytt Sydost nr 4/2026 – Sök bidrag!")),
            ("Date", date(11, 7, 0, 0)),
            ("Message-ID", "<bgn-2026-04.list@example.org>"),
            ("Precedence", "bulk"),
            ("List-Unsubscribe", "<mailto:avregistrera@example.org?subject=avregistrera>"),
            ("X-Mailer", "Listserver 2.0"),
        ],
        text(body, cte="8bit"),
        L(
            "newsletter",
            "sv",
            notes="Plain-text newsletter (utf-8 8bit) with only Precedence: bulk and a mailto List-Unsubscribe, no List-Id, sent "
            "to an undisclosed list. It even lists the five parts of an idéslanten application and says 'Sök bidrag!' – still a "
            "newsletter: elements false, facts null.",
        ),
    )

    # 1617 – Påryd parents, Gmail, unsigned: association, contact and budget missing
    body = """hej!
vi är några föräldrar i Påryd som vill söka pengar till en cirkusdag för barnen i byn. lördag 6 juni på skolgården, vi hyr in en cirkuspedagog som lär ut jonglering, akrobatik och lindans hela dagen och sen blir det uppvisning kl 15 för föräldrar, mor- och farföräldrar och alla andra i Påryd. det är tänkt så att barnen i byn lär känna varandra över klasserna och att byn får en rolig dag tillsammans, det händer inte så mycket här annars.
på föräldramötet på skolan i mars röstade alla för det, och hembygdsföreningen lånar ut sina bord och bänkar. 30 barn har redan anmält sig.
vi tror det kostar runt 6000 kr
tack på förhand!!
"""
    html = (
        '<div dir="ltr">' + "<br>".join(escape(ln) for ln in body.rstrip().split("\n")) + "</div>"
    )
    add(
        1617,
        "paryd-cirkusdag",
        [
            ("From", "mammapaparyd@example.com"),
            ("To", "ideslanten@example.se"),
            ("Subject", subj("cirkusdag i påryd")),
            ("Date", date(13, 8, 15, 22)),
            ("Message-ID", MID[1617]),
        ],
        multi(
            "alternative",
            "0000000000004c7e2a061f9b3d55",
            [text(body, cte="base64"), text(html, cte="quoted-printable", subtype="html")],
        ),
        L(
            "application",
            "sv",
            "VF",
            ort="Påryd",
            amount_sek=6000,
            notes="Gmail multipart/alternative (base64 text, QP HTML), all lower case, unsigned and sent from a bare address. "
            "Association false ('några föräldrar' is unnamed), contact false (no name at all), budget false ('runt 6000 kr' is "
            "a rough figure, recorded as amount_sek). Activity true (dated circus day with a hired circus teacher, purpose for "
            "the village) and anchoring true (parents' meeting vote, hembygdsförening lends furniture). 30 children signed up "
            "are participants, not members. 'barnen' says nothing about gender: women_and_men null.",
        ),
    )

    # 1618 – complete but buys a defibrillator (physical investment), Outlook base64
    body = f"""Hej!

Mörlunda Bygdegårdsförening vill söka idéslanten 2026.

Om föreningen: Mörlunda Bygdegårdsförening, org.nr {org("802417-224")}, äger och driver Mörlunda
bygdegård. Vi har 88 medlemmar.

Kontaktperson: Anneli Forsberg, anneli.forsberg@example.se, 073-804 11 92

Vad vi vill göra: Det är 25 minuter för ambulansen till Mörlunda. Vi vill därför ordna tre
kurskvällar i hjärt-lungräddning (HLR) i bygdegården i september med en certifierad instruktör,
för 36 bybor – både kvinnor och män, gärna ungdomar från 15 år. Vi köper också en hjärtstartare
som sätts upp på bygdegårdens yttervägg så att den finns tillgänglig dygnet runt för hela byn.

Förankring: På byamötet den 2 februari (ca 45 personer) var det hjärtstartaren som flest ville
prioritera. Mörlunda IF och Mörlunda-Tveta hembygdsförening står bakom och har samlat 140
namnunderskrifter.

Budget:
HLR-instruktör 3 kvällar x 1 500 kr   4 500 kr
Hyra övningsdockor                       900 kr
Hjärtstartare med värmeskåp           12 900 kr
Annonsering                              400 kr
Totalt                                18 700 kr
Vi söker 15 000 kr, resten tar föreningen ur egen kassa.

Med vänlig hälsning
Anneli Forsberg
Mörlunda Bygdegårdsförening
"""
    add(
        1618,
        "morlunda-hlr-hjartstartare",
        [
            ("From", who("Anneli Forsberg", "anneli.forsberg@example.se")),
            ("To", "ideslanten@example.se"),
            ("Subject", subj("Ansökan – HLR och hjärtstartare i Mörlunda")),
            ("Date", date(13, 14, 40, 12)),
            ("Message-ID", "<HE1PR0701MB2211.morlunda.88@example.se>"),
            ("X-Mailer", "Microsoft Outlook 16.0"),
        ],
        text(body, cte="base64"),
        L(
            "application",
            "sv",
            "ACVFB",
            association_name="Mörlunda Bygdegårdsförening",
            org_number=org("802417-224"),
            contact_name="Anneli Forsberg",
            contact_email="anneli.forsberg@example.se",
            contact_phone="073-804 11 92",
            members=88,
            ort="Mörlunda",
            amount_sek=15000,
            women_and_men=True,
            physical_investment=True,
            notes="Complete application (utf-8 base64 body) that breaks a rule: besides CPR courses it buys a defibrillator "
            "with a heated cabinet, so physical_investment is true. All five elements present: association with org.nr and 88 "
            "members, contact, concrete courses with local reason (ambulance distance), anchoring by village meeting and 140 "
            "signatures (neither is members), itemised budget 18 700 of which 15 000 is applied for (amount_sek 15 000). "
            "Instructor fee is not salary.",
        ),
    )


def batch6() -> None:
    # 1619 – autoreply WITHOUT any automation header, Re: subject in the Bergkvara thread
    off = "<officer.20260414.0650.bergkvara@example.se>"
    body = """Hej,

Tack för ditt mejl. Jag är på semester 13–26 april och läser inte mejl.
Ditt meddelande läses när jag är tillbaka.

Tomas Berg
"""
    add(
        1619,
        "re-bergkvara-semester",
        [
            ("From", who("Tomas Berg", "tomas.berg@example.com")),
            ("To", OFFICER),
            (
                "Subject",
                subj("Re: Sjösäkerhetsdag Bergkvara hamn – ansökan [Idéslanten 2026-0136]"),
            ),
            ("Date", date(14, 6, 51, 30)),
            ("Message-ID", "<CAG+kT9r-semester-0414@example.com>"),
            ("In-Reply-To", off),
            ("References", f"{MID[1612]} {RCPT[1612]} {off}"),
        ],
        text(body, cte="quoted-printable"),
        L(
            "autoreply",
            "sv",
            notes="Vacation reply WITHOUT any automation header (no Auto-Submitted, X-Autoreply or Precedence): a Re: subject "
            "with the case number and References naming application 1612 make it look like a followup, but the text is a "
            "canned 'jag är på semester … läser inte mejl' arriving one minute after the officer's mail. Must not be answered. "
            "Elements false, facts null.",
        ),
    )

    # 1620 – Fågelfors, vague activity + empty anchoring, Outlook web multipart/alternative
    body = """Hej,

Fågelfors Framtid är en ideell förening som bildades hösten 2024 av folk som vill att det ska
hända mer i Fågelfors. Vi är 12 medlemmar idag.

Vi söker idéslanten för insatser som stärker bygden och gör Fågelfors mer attraktivt för unga
familjer, t.ex. föreläsningar och träffar. Förankringen i bygden är god.

Budget
Föreläsare – 5 000 kr
Lokalhyra – 2 000 kr
Marknadsföring – 3 000 kr
Summa – 10 000 kr

Med vänlig hälsning
Jonas Wikström
Fågelfors Framtid
072-310 58 46
"""
    html = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
        '<div style="font-family: Aptos, Calibri, Helvetica, sans-serif; font-size: 12pt">'
        + "".join(f"<div>{escape(ln) or '<br>'}</div>" for ln in body.rstrip().split("\n"))
        + "</div></body></html>"
    )
    add(
        1620,
        "fagelfors-framtid",
        [
            ("From", who("Jonas Wikström", "jonas.wikstrom@example.se")),
            ("To", "ideslanten@example.se"),
            ("Subject", subj("Ansökan idéslanten Fågelfors Framtid")),
            ("Date", date(14, 10, 12, 8)),
            ("Message-ID", MID[1620]),
            ("X-MS-Has-Attach", ""),
            ("X-MS-TNEF-Correlator", ""),
            ("Content-Language", "sv-SE"),
        ],
        multi(
            "alternative",
            "_000_DU0P190MB1942fagelfors4A7E_",
            [
                text(body, cte="quoted-printable"),
                text(html, cte="quoted-printable", subtype="html"),
            ],
        ),
        L(
            "application",
            "sv",
            "ACB",
            association_name="Fågelfors Framtid",
            contact_name="Jonas Wikström",
            contact_email="jonas.wikstrom@example.se",
            contact_phone="072-310 58 46",
            members=12,
            ort="Fågelfors",
            amount_sek=10000,
            notes="Outlook-web multipart/alternative (QP, en dash separators in the budget). Association (named, founded 2024, "
            "12 members), contact and an itemised budget (10 000) are present. Activity false: 'insatser som stärker bygden … "
            "t.ex. föreläsningar och träffar' has no what/when/how. Anchoring false: 'Förankringen i bygden är god' is an empty "
            "claim. Followup 1630 supplies the activity.",
        ),
    )

    # 1621 – followup to 1606 from the shared mailbox, names a contact person; Outlook quoting
    q = receipt("2026-0134", ["contact"], variant=1)
    body = f"""Hej!

Kontaktperson för Byadialog Gullabo 2030 är vår ordförande Ingrid Svensson,
tel 0486-400 12, e-post ingrid.svensson@example.net.

Hälsningar
Styrelsen, Gullabo Byalag

-----Ursprungligt meddelande-----
Från: Idéslanten – Region Kalmar län <ideslanten@example.se>
Skickat: den 4 april 2026 10:21
Till: Gullabo Byalag <info.gullabobyalag@example.org>
Ämne: Re: Byadialog Gullabo 2030 [Idéslanten 2026-0134]

{q}
"""
    add(
        1621,
        "sv-gullabo-kontakt",
        [
            ("From", who("Gullabo Byalag", "info.gullabobyalag@example.org")),
            ("To", BOT),
            ("Subject", subj("SV: Re: Byadialog Gullabo 2030 [Idéslanten 2026-0134]")),
            ("Date", date(15, 8, 30, 41)),
            ("Message-ID", "<wm7.20260415.083041.4410@example.org>"),
            ("In-Reply-To", RCPT[1606]),
            ("References", f"{MID[1606]} {RCPT[1606]}"),
            ("X-Mailer", "Webbmejl 7"),
        ],
        text(body, charset="windows-1252", cte="quoted-printable"),
        L(
            "followup",
            "sv",
            "C",
            association_name="Gullabo Byalag",
            contact_name="Ingrid Svensson",
            contact_email="ingrid.svensson@example.net",
            contact_phone="0486-400 12",
            notes="Followup to 1606 from the same shared mailbox, again signed 'Styrelsen', but the new text now names a contact "
            "person with phone and her own e-mail – contact true, and the contact facts are hers (not the shared From address). "
            "Outlook-style '-----Ursprungligt meddelande-----' quote of the receipt (variant wording), windows-1252 QP. Nothing "
            "else is added.",
        ),
    )

    # 1622 – Degerhamn, private person + neighbours: association missing; iso-8859-1 8bit
    body = """Hej!

Jag heter Åsa Lindgren och bor i Degerhamn sedan sju år. Jag och några grannar vill göra
"Kalkbrottets berättelser" i höst:

Tre söndagar (13 september, 4 oktober, 25 oktober) går vi guidade vandringar i det gamla kalkbrottet
och runt cementfabriken med en guide från Ölands museum, och efteråt blir det historiecafé i
Degerhamns bygdegård där äldre som jobbade på fabriken berättar. Vi spelar in berättelserna så att
skolan kan använda dem. Det handlar om att Degerhamn ska bli stolt över sin historia igen och att
fler besökare stannar här på södra Öland och inte bara åker förbi.

Vi hade ett öppet möte i bygdegården den 10 mars med ungefär 60 personer där idén fick stort
stöd, och Degerhamns samhällsförening och Södra Ölands hembygdsförening har lovat att hjälpa till
med lokalen och att sprida det.

Kostnader:
Guide Ölands museum 3 ggr à 1 800 kr = 5 400 kr
Hyra bygdegården 3 x 500 kr = 1 500 kr
Annonser och affischer 800 kr
Fika till historiecaféerna 900 kr
Summa 8 600 kr

Hälsningar
Åsa Lindgren
Degerhamn
0485-662 04
"""
    add(
        1622,
        "degerhamn-kalkbrottet",
        [
            ("From", who("Åsa Lindgren", "asa.lindgren@example.com", charset="iso-8859-1")),
            ("To", "ideslanten@example.se"),
            ("Subject", subj("Kalkbrottets berättelser - Degerhamn", "iso-8859-1")),
            ("Date", date(15, 19, 40, 15)),
            ("Message-ID", "<1d7e9c21-deg-0415@example.com>"),
            ("User-Agent", "Mozilla Thunderbird 128.3.1"),
        ],
        text(body, charset="iso-8859-1", cte="8bit"),
        L(
            "application",
            "sv",
            "CVFB",
            contact_name="Åsa Lindgren",
            contact_email="asa.lindgren@example.com",
            contact_phone="0485-662 04",
            ort="Degerhamn",
            amount_sek=8600,
            notes="iso-8859-1 8bit Thunderbird mail from a private person: 'jag och några grannar' is not a named applicant, and "
            "the two associations mentioned are supporting partners, not the applicant – association false, association_name "
            "null. Contact, a concrete three-Sunday activity with local purpose, anchoring (open meeting ~60, two partner "
            "associations; attendance is not members) and an itemised budget (8 600) are present. Guide fee is not salary.",
        ),
    )


def batch7() -> None:
    # 1623 – bounce of the bot's receipt to 1615 after five days in the queue (Postfix style)
    explanation = """This is the mail system at host mx2.example.se.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<b.gustavsson55@example.net>: delivery temporarily suspended: host
    mx.example.net[192.0.2.44] said: 452 4.2.2 Mailbox full (in reply to RCPT
    TO command); message delivery timed out after 5 days
"""
    status = """Reporting-MTA: dns; mx2.example.se
X-Postfix-Queue-ID: 4TgK1x0QwBz9vD
X-Postfix-Sender: rfc822; ideslanten@example.se
Arrival-Date: Fri, 10 Apr 2026 21:18:02 +0200 (CEST)

Final-Recipient: rfc822; b.gustavsson55@example.net
Original-Recipient: rfc822;b.gustavsson55@example.net
Action: failed
Status: 4.2.2
Remote-MTA: dns; mx.example.net
Diagnostic-Code: smtp; 452 4.2.2 Mailbox full
"""
    orig = f"""Return-Path: <ideslanten@example.se>
From: =?utf-8?q?Id=C3=A9slanten_=E2=80=93_Region_Kalmar_l=C3=A4n?= <ideslanten@example.se>
To: Bertil Gustavsson <b.gustavsson55@example.net>
Subject: =?utf-8?q?Re=3A_sl=C3=A5tterdag_Totebo_=5BId=C3=A9slanten_2026-0138=5D?=
Date: Fri, 10 Apr 2026 21:18:01 +0200
Message-ID: {RCPT[1615]}
In-Reply-To: {MID[1615]}
References: {MID[1615]}
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
"""
    add(
        1623,
        "undelivered-totebo",
        [
            ("Return-Path", "<>"),
            ("From", who("Mail Delivery System", "MAILER-DAEMON@example.se")),
            ("To", "ideslanten@example.se"),
            ("Subject", "Undelivered Mail Returned to Sender"),
            ("Date", date(15, 21, 31, 7)),
            ("Message-ID", "<20260415193107.4TgK1x0QwBz9vD@example.se>"),
            ("Auto-Submitted", "auto-replied"),
        ],
        multi(
            "report",
            "4TgK1x0QwBz9vD.1776281467/mx2.example.se",
            [
                (
                    [
                        "Content-Description: Notification",
                        "Content-Type: text/plain; charset=us-ascii",
                    ],
                    explanation.encode(),
                ),
                (
                    [
                        "Content-Description: Delivery report",
                        "Content-Type: message/delivery-status",
                    ],
                    status.encode(),
                ),
                (
                    [
                        "Content-Description: Undelivered Message Headers",
                        "Content-Type: text/rfc822-headers",
                    ],
                    orig.encode(),
                ),
            ],
            preamble="This is a MIME-encapsulated message.",
        ),
        L(
            "bounce",
            "en",
            notes="Postfix multipart/report (report-type=delivery-status) from MAILER-DAEMON: the bot's receipt to the Totebo "
            "applicant (1615) timed out after five days on a full mailbox (Status 4.2.2, Action failed). The returned headers "
            "carry In-Reply-To/References to application 1615 and the Re: subject, but it is a bounce: never answered, elements "
            "false, facts null.",
        ),
    )

    # 1624 – Lönneberga, Samsung phone, budget only as an unreadable photo
    body = """Hej!
Lönneberga byaråd söker idéslanten för en framtidsverkstad.
Byarådet är en ideell förening för hela Lönneberga socken, vi har 47 medlemmar.

Lördag–söndag 17–18 oktober i Lönneberga skolas matsal bjuder vi in alla som bor i socknen till en framtidsverkstad med en inhyrd processledare. Vi jobbar fram tre saker byn ska satsa på till 2030 (vi tror det blir kollektivtrafik, bredband och en träffpunkt för unga) och bildar arbetsgrupper som fortsätter efteråt.

Förankring: I vintras skickade vi en enkät till alla 210 hushåll i socknen och 87 svarade. Nästan alla ville ha en sån här träff. Lönneberga IF och hembygdsföreningen är med och bjuder in.

Budgeten ser ni på bilden, vi söker 14 500 kr.

Hälsningar Helena Sjöberg
ordf Lönneberga byaråd
070-590 33 71


Skickat från min Galaxy
"""
    add(
        1624,
        "lonneberga-framtidsverkstad",
        [
            ("From", who("Helena Sjöberg", "helena.sjoberg@example.org")),
            ("To", "ideslanten@example.se"),
            ("Subject", subj("Framtidsverkstad Lönneberga")),
            ("Date", date(16, 8, 15, 2)),
            ("Message-ID", MID[1624]),
        ],
        multi(
            "mixed",
            "--_com.samsung.android.email_1776320102514880",
            [
                text(body, cte="base64"),
                attach(png(96, 72, 1624), "image/png", "20260416_081233.png"),
            ],
        ),
        L(
            "application",
            "sv",
            "ACVF",
            association_name="Lönneberga byaråd",
            contact_name="Helena Sjöberg",
            contact_email="helena.sjoberg@example.org",
            contact_phone="070-590 33 71",
            members=47,
            ort="Lönneberga",
            amount_sek=14500,
            notes="Samsung-phone mail (base64 utf-8 body, mixed with a PNG). Association (named, 47 members), contact, a concrete "
            "two-day future workshop with a hired facilitator and follow-up groups, and anchoring by a survey to 210 households "
            "(87 answers – not members) plus two partners. Budget false: it exists only as a photo the bot cannot read ('Budgeten "
            "ser ni på bilden'); the stated 14 500 is the amount. Followup 1633 sends the budget as text.",
        ),
    )

    # 1625 – question in English from a summer resident, proposes paying the secretary
    body = """Hello,

My wife and I have a summer house near Loftahammar and I am the chairman of Loftahammars
Sommarboendeförening (about 60 member households, most of us are there May to September).

Two questions about idéslanten:
1. Can an association of summer residents apply at all, or must the members live there all year?
2. We are thinking of a study trip to Gotland to see how villages there work with summer
   residents. Would that qualify? And could a small part of the grant be used to pay our
   secretary for organising it (she would spend maybe 40 hours)?

Best regards,
Michael Brandt
+49 171 5524 880 / Sweden: 073-901 44 27
"""
    add(
        1625,
        "loftahammar-question",
        [
            ("From", who("Michael Brandt", "michael.brandt@example.net")),
            ("To", OFFICER),
            ("Subject", subj("Question regarding idéslanten – summer residents")),
            ("Date", date(17, 12, 0, 45)),
            ("Message-ID", "<CAJ7x0brandt=QLofta0417@example.net>"),
        ],
        text(body, cte="quoted-printable"),
        L(
            "question",
            "en",
            association_name="Loftahammars Sommarboendeförening",
            contact_name="Michael Brandt",
            contact_email="michael.brandt@example.net",
            contact_phone="+49 171 5524 880",
            members=60,
            ort="Loftahammar",
            salary_costs=True,
            notes="Question in English from a summer residents' association: may non-permanent residents apply, does a study "
            "trip to Gotland qualify, and may the secretary be paid. Applies for nothing, so kind question with all elements "
            "false. Because the question itself proposes paying the secretary for 40 hours, salary_costs is true; "
            "physical_investment stays null. No amount is asked for.",
        ),
    )


def batch8() -> None:
    # 1626 – Ålems SK from the club mailbox, signed with the club only; empty 'förankring'
    onr = org("802446-079")
    body = f"""Hej!

Ålems Sportklubb (org.nr {onr}) ansöker härmed om medel ur idéslanten.

Föreningen
Ålems SK är en allmän idrottsförening i Ålem med fotboll, gympa och sedan i fjol padel. Vi har
210 medlemmar.

Aktivitet
Söndag 24 maj ordnar vi "Hela Ålem spelar" – en prova-på-dag i padel på banorna vid Ålems
idrottsplats för damer och herrar i alla åldrar, särskilt de som aldrig varit med i någon förening.
Vi hyr in en licensierad tränare som håller i korta pass hela dagen, och på eftermiddagen blir det
en mixad turnering där lagen lottas så att nyinflyttade och gamla Ålembor spelar ihop.

Förankring
Aktiviteten är väl förankrad i bygden och vi har en bred förankring bland Ålemborna.

Budget
Tränararvode 1 dag               3 000 kr
Banhyra 6 banor x 2 tim           2 400 kr
Annonsering (Östran, affischer)     600 kr
Totalt                            6 000 kr

Mvh ÅSK
"""
    add(
        1626,
        "alem-padel",
        [
            ("From", who("Ålems SK Kansli", "alemsk.kansli@example.se")),
            ("To", "ideslanten@example.se"),
            (
                "Subject",
                "=?UTF-8?B?"
                + base64.b64encode("Ansökan idéslanten – Hela Ålem spelar".encode()).decode()
                + "?=",
            ),
            ("Date", date(17, 15, 22, 58)),
            ("Message-ID", "<a1e7b0d4-alem-0417-kansli@example.se>"),
            ("User-Agent", "Mozilla Thunderbird 115.10.1"),
        ],
        text(body),
        L(
            "application",
            "sv",
            "AVB",
            association_name="Ålems Sportklubb",
            org_number=onr,
            members=210,
            ort="Ålem",
            amount_sek=6000,
            women_and_men=True,
            notes="Base64 encoded-word subject, utf-8 8bit body from the club office mailbox, signed only 'Mvh ÅSK': contact false, "
            "contact facts null. Has a 'Förankring' heading whose content is an empty claim ('väl förankrad … bred förankring') – "
            "false. Association (org.nr, 210 members), concrete padel taster day with hired coach and a local-integration aim, "
            "and an itemised budget (6 000) are present. 'damer och herrar' gives women_and_men true; court hire is rent.",
        ),
    )

    # 1627 – Långasjö, complete, applies for more than the cap; windows-1252 QP + xlsx
    onr = org("802396-541")
    body = f"""Hej!

Långasjö Byalag (org.nr {onr}) söker idéslanten för en studieresa och ett byamöte om lanthandeln.

Om oss: Byalaget samlar byborna i Långasjö socken, ca 120 hushåll är medlemmar. Vi sköter badplatsen,
anslagstavlorna och ordnar valborgsfirandet.

Bakgrund och aktivitet: Lanthandeln i Långasjö stängde i januari. Lördag 12 september åker vi med buss
till Österbymo i Ydre, där byborna själva tagit över affären som ett kooperativ. Vi får en
genomgång av deras styrelse om ekonomi, frivilliga och leverantörer. Den 8 oktober håller vi sedan
ett öppet byamöte i Långasjö församlingshem där vi redovisar resan och röstar om att starta ett
kooperativ här. Allt för att Långasjö ska ha kvar en affär och en mötesplats.

Förankring: Byamötet den 1 februari (ca 70 personer) gav byalaget i uppdrag att undersöka saken, en
arbetsgrupp på elva frivilliga har bildats, och Långasjö hembygdsförening och Långasjö GoIF är med.

Budgeten finns i bifogad Excel-fil. Vi söker 18 000 kr.

Kontaktperson: Göran Petersson, 0471-503 19, goran.petersson@example.net

Med vänlig hälsning
Göran Petersson
Långasjö Byalag
"""
    sheet = xlsx(
        [
            ["Budget studieresa Österbymo + byamöte", None, None],
            ["Kostnadspost", "Antal", "Belopp (kr)"],
            ["Bussresa Långasjö–Österbymo t/r", 1, 9500],
            ["Föreläsning/guidning kooperativet", 1, 2500],
            ["Lunch à 95 kr", 45, 4275],
            ["Hyra församlingshemmet (byamöte)", 1, 600],
            ["Annonsering och utskick", 1, 1125],
            ["Summa", None, 18000],
        ]
    )
    add(
        1627,
        "langasjo-lanthandel",
        [
            ("From", who("Göran Petersson", "goran.petersson@example.net", charset="iso-8859-1")),
            ("To", "ideslanten@example.se"),
            ("Subject", subj("Idéslanten - Långasjö Byalag, studieresa", "iso-8859-1")),
            ("Date", date(20, 9, 4, 31)),
            ("Message-ID", "<000201dcd0a1$4f2e9b30$ed6bd190$@example.net>"),
            ("X-Mailer", "Microsoft Outlook 16.0"),
        ],
        multi(
            "mixed",
            "----=_NextPart_000_0002_01DCD0B2.10B7D6A0",
            [
                text(body, charset="windows-1252", cte="quoted-printable"),
                attach(
                    sheet,
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                    "Budget Långasjö.xlsx",
                ),
            ],
            preamble="This is a multipart message in MIME format.",
        ),
        L(
            "application",
            "sv",
            "ACVFB",
            association_name="Långasjö Byalag",
            org_number=onr,
            contact_name="Göran Petersson",
            contact_email="goran.petersson@example.net",
            contact_phone="0471-503 19",
            members=120,
            ort="Långasjö",
            amount_sek=18000,
            notes="Complete application that asks for more than the cap: 18 000 kr (over 15 000 per locality) – a rule breach "
            "visible in amount_sek, not an element. windows-1252 QP Outlook body with an .xlsx budget (numbers as numeric "
            "cells, a quantity column). 'ca 120 hushåll är medlemmar' = 120 members; 70 at the village meeting are attendance. "
            "Anchoring: village meeting mandate, eleven volunteers, two partner associations. No gender wording: null.",
        ),
    )

    # 1628 – advance-fee spam in English
    body = """Dear Beneficiary,

GRANT AWARD NOTIFICATION - RURAL COMMUNITY DEVELOPMENT FUND 2026

We are pleased to inform you that your organisation has been selected to receive a one-time grant
of EUR 250,000.00 (Two Hundred and Fifty Thousand Euros) under the European Rural Community
Development Programme. Your e-mail address was selected in our annual electronic ballot.

To release the funds, kindly provide the following within 5 working days:
1. Full name of organisation and registration number
2. Bank name, IBAN and SWIFT code
3. Copy of passport of the authorised signatory
4. Processing fee of EUR 480 (refundable) to be paid via our clearing agent

Treat as strictly confidential to avoid double claiming.

Yours faithfully,
Dr. Henrik Van der Berg
Director, Grant Disbursement Unit
award.office@example.net
"""
    add(
        1628,
        "grant-award-notification",
        [
            ("From", who("EU Rural Grants Office", "award.office@example.net")),
            ("Reply-To", "claims.department@example.com"),
            ("To", "undisclosed-recipients:;"),
            ("Subject", "GRANT AWARD NOTIFICATION - Ref: ERCDP/2026/0417/SE"),
            ("Date", date(20, 11, 48, 10)),
            ("Message-ID", "<0417.ercdp.20260420094810@example.net>"),
        ],
        text(body, charset="us-ascii", cte="7bit"),
        L(
            "spam",
            "en",
            notes="Advance-fee fraud in English dressed as a rural development grant award (EUR 250,000, bank details, passport, "
            "processing fee), Reply-To to another address, undisclosed recipients, us-ascii 7bit. Talks about grants and "
            "organisations but is spam: elements false, facts null.",
        ),
    )

    # 1629 – Kastlösa, written without å/ä/ö, no charset parameter; association + budget missing
    body = """Hej

Vi ar ett gang grannar i Kastlosa som oroar oss for vattnet. Flera brunnar sinade forra sommaren
och ingen vet riktigt vad man ska gora.

Vi vill ha ett oppet bymote i Kastlosa bygdegard onsdag 3 juni kl 19 dar en hydrogeolog fran
lansstyrelsen och en brunnsborrare berattar om grundvattnet pa Alvaret, vad man kan gora sjalv
och om man kan gora en gemensam vattenplan for byn. Alla i Kastlosa med omnejd ar valkomna.

Vi har samlat in 46 namnunderskrifter fran folk i byn som vill ha motet, och Kastlosa
bygdegardsforening lanar ut lokalen.

Vi tror det kostar ca 5000 kr.

Mvh Per-Olof Martensson
0485-420 55
(tangentbordet har inga prickar, sorry)
"""
    add(
        1629,
        "kastlosa-vattenmote",
        [
            ("From", who("Per-Olof Martensson", "po.martensson@example.com")),
            ("To", "ideslanten@example.se"),
            ("Subject", "Bymote om vattnet i Kastlosa"),
            ("Date", date(21, 7, 40, 0)),
            ("Message-ID", "<20260421074000.GA3912@example.com>"),
            ("User-Agent", "Mutt/2.2.12 (2023-09-09)"),
        ],
        text(body, charset=None, cte="7bit"),
        L(
            "application",
            "sv",
            "CVF",
            contact_name="Per-Olof Martensson",
            contact_email="po.martensson@example.com",
            contact_phone="0485-420 55",
            ort="Kastlösa",
            amount_sek=5000,
            notes="Mutt mail written entirely without å/ä/ö ('Kastlosa', 'bymote'), text/plain with no charset parameter, 7bit. "
            "Association false: 'ett gang grannar' is unnamed, and the bygdegårdsförening only lends the hall. Contact true "
            "(named signer, own address, phone). Activity true (dated open meeting with a hydrogeologist and a well driller, a "
            "common water plan). Anchoring true (46 signatures – not members – and a local partner). Budget false: 'ca 5000 kr' "
            "is one rough figure = amount_sek. Ort label is the normal spelling Kastlösa.",
        ),
    )


def batch9() -> None:
    # 1630 – followup to 1620: concrete activity now, anchoring still only an empty claim; Gmail quoting
    q = receipt("2026-0140", ["activity", "anchoring"])
    body = f"""Hej!

Här kommer mer om vad vi ska göra:

Tre torsdagskvällar i Fågelfors Folkets hus i höst, kl 18.30–20.30:
17 september – "Starta eget på landet", föreläsare från Almi Kalmar län
15 oktober – "Jobba på distans från Fågelfors", med två bybor som redan gör det + föreläsare
12 november – välkomstträff för nyinflyttade familjer med byvandring och soppa
Målet är att unga familjer ska få veta att det går att leva och jobba här, och att de som flyttat
hit nyss lär känna andra i byn.

Om förankringen: alla vi har pratat med i byn tycker att det är en jättebra idé!

/Jonas Wikström

Den tis 14 apr. 2026 kl 10:13 skrev Idéslanten – Region Kalmar län <ideslanten@example.se>:

{gt(q)}
"""
    add(
        1630,
        "sv-fagelfors-aktivitet",
        [
            ("From", who("Jonas Wikström", "jonas.wikstrom@example.se")),
            ("To", BOT),
            ("Subject", subj("Re: Ansökan idéslanten Fågelfors Framtid [Idéslanten 2026-0140]")),
            ("Date", date(21, 12, 30, 16)),
            ("Message-ID", "<CAFgfors+Re0421.jw@example.se>"),
            ("In-Reply-To", RCPT[1620]),
            ("References", f"{MID[1620]} {RCPT[1620]}"),
        ],
        text(body, cte="quoted-printable"),
        L(
            "followup",
            "sv",
            "CV",
            contact_name="Jonas Wikström",
            contact_email="jonas.wikstrom@example.se",
            notes="Gmail-style reply to the receipt for 1620 ('Den tis 14 apr. 2026 kl 10:13 skrev …:' then '>' quote). The new "
            "text supplies a concrete activity (three dated evenings with named topics and a purpose) – activity true – but "
            "anchoring is again only 'alla vi har pratat med tycker att det är en jättebra idé', which is not concrete backing: "
            "false. Signed by the applicant from his own address: contact true. Quoted receipt adds nothing.",
        ),
    )

    # 1631 – Rockneby, everything but a concrete activity; Outlook for Android
    onr = org("802477-705")
    body = f"""Hej,

Rockneby Bygdeförening vill ansöka om idéslanten för 2026.

Föreningen bildades 1987, har org.nr {onr} och 230 medlemmar i Rockneby med omnejd. Vi driver
Rockneby bygdegård och ger ut bygdebladet fyra gånger om året.

Vi vill ordna aktiviteter under året för att skapa gemenskap och få fler att engagera sig i byn,
både unga och äldre.

Årsmötet 28 februari beslöt att söka och vi samarbetar med Rockneby IK och Rockneby församling, som
hjälper till med lokaler och att nå ut.

Budget
Hyror 4 000 kr
Arvoden 6 000 kr
Annonsering 1 500 kr
Förtäring 2 000 kr
Summa 13 500 kr

Vänliga hälsningar
Ulla Nilsson, ordförande
Rockneby Bygdeförening
0480-612 30

Skaffa Outlook för Android
"""
    add(
        1631,
        "rockneby-aktiviteter",
        [
            ("From", who("Ulla Nilsson", "ulla.nilsson@example.se")),
            ("To", "ideslanten@example.se"),
            ("Subject", "Ansokan bygdepeng Rockneby"),
            ("Date", date(22, 10, 0, 33)),
            ("Message-ID", "<AS8P193MB1285.rockneby.0422@example.se>"),
        ],
        text(body, cte="quoted-printable"),
        L(
            "application",
            "sv",
            "ACFB",
            association_name="Rockneby Bygdeförening",
            org_number=onr,
            contact_name="Ulla Nilsson",
            contact_email="ulla.nilsson@example.se",
            contact_phone="0480-612 30",
            members=230,
            ort="Rockneby",
            amount_sek=13500,
            notes="Outlook-for-Android mail, utf-8 QP, ASCII subject. Everything is there except the activity: 'aktiviteter under "
            "året för att skapa gemenskap' gives no what/when/how – activity false. Anchoring true (annual meeting decision and "
            "two named partners), budget true (four items summing to 13 500, 'Arvoden' read as fees, not salary). 'unga och "
            "äldre' says nothing about gender: women_and_men null.",
        ),
    )

    # 1632 – Alböke, dialect, lower case, complete; iso-8859-1 quoted-printable
    body = """hej

dä e kjell på alböke. vi i Alböke byalag (vi e ett fyrtiotal medlemmar, mest bönner å
sommargäster som blitt kvar) vill sök dom här pengarna.

vad vi ska gör: två kvällar i byastugan i maj, 12e å 26e, me en turismkonsult från borgholm som
lär oss hur vi kan få turisterna å stanna i alböke istället för å bara åka förbi te böda. sen
söndan 16 augusti har vi "öppna gårdar" där gårdarna i byn visar upp sej, säljer grönsaker å
hantverk å har kaffe, så det blir lite inkomster te byn.

vi hade möte i byastugan 9 mars, 23 st kom å alla va me på't, å 9 gårdar har redan sagt ja te å
ha öppet. hembygdsföreningen i köpingsvik hjälper te me annonsering.

pengar:
konsulten 2 kvällar 5000
tryck av karta över byn me gårdarna 1800
annonser 1200
summa 8000

ring mej om ni undrar nåt
kjell svensson 070-218 64 09
"""
    add(
        1632,
        "alboke-oppna-gardar",
        [
            ("From", who("Kjell Svensson", "kjell.svensson.alboke@example.net")),
            ("To", "ideslanten@example.se"),
            ("Subject", subj("pengar te byn", "iso-8859-1")),
            ("Date", date(23, 6, 45, 20)),
            ("Message-ID", "<20260423044520.1132.kjell@example.net>"),
            ("X-Mailer", "Telia Webbmail"),
        ],
        text(body, charset="iso-8859-1", cte="quoted-printable"),
        L(
            "application",
            "sv",
            "ACVFB",
            association_name="Alböke byalag",
            contact_name="Kjell Svensson",
            contact_email="kjell.svensson.alboke@example.net",
            contact_phone="070-218 64 09",
            members=40,
            ort="Alböke",
            amount_sek=8000,
            notes="Complete application in Öland dialect, lower case, no punctuation to speak of (iso-8859-1 QP, odd subject 'pengar "
            "te byn'). Association named ('Alböke byalag', 'ett fyrtiotal medlemmar' = 40, who they are), contact named with phone "
            "from his own address, concrete activity (two dated consultant evenings plus an open-farms day with local income), "
            "anchoring (village meeting of 23, nine farms committed, partner association), and an item list summing to 8 000. "
            "A printed map is a consumable, not an investment.",
        ),
    )

    # 1633 – followup to 1624 with the budget as a .csv attachment
    q = receipt("2026-0141", ["budget"])
    body = f"""Hej!
Förlåt, bilden blev visst oläslig. Här kommer budgeten som fil istället.
/Helena Sjöberg, Lönneberga byaråd


Skickat från min Galaxy


-------- Originalmeddelande --------
Från: Idéslanten – Region Kalmar län <ideslanten@example.se>
Datum: 2026-04-16 08:16 (GMT+02:00)
Till: Helena Sjöberg <helena.sjoberg@example.org>
Ämne: Re: Framtidsverkstad Lönneberga [Idéslanten 2026-0141]

{q}
"""
    csv = (
        "Post;Belopp kr\n"
        "Processledare 2 dagar;9000\n"
        "Lunch och fika ca 70 pers;3500\n"
        "Annonsering och utskick till hushållen;1200\n"
        "Material (blädderblock, pennor, lappar);800\n"
        "Summa;14500\n"
    )
    add(
        1633,
        "sv-lonneberga-budget",
        [
            ("From", who("Helena Sjöberg", "helena.sjoberg@example.org")),
            ("To", BOT),
            ("Subject", subj("SV: Re: Framtidsverkstad Lönneberga [Idéslanten 2026-0141]")),
            ("Date", date(23, 19, 10, 55)),
            ("Message-ID", "<20260423191055.lonneberga.9944@example.org>"),
            ("In-Reply-To", RCPT[1624]),
            ("References", f"{MID[1624]} {RCPT[1624]}"),
        ],
        multi(
            "mixed",
            "--_com.samsung.android.email_1776964255118822",
            [
                text(body, cte="base64"),
                (
                    [
                        'Content-Type: text/csv; charset=utf-8; name="budget_framtidsverkstad.csv"',
                        'Content-Disposition: attachment; filename="budget_framtidsverkstad.csv"',
                        "Content-Transfer-Encoding: quoted-printable",
                    ],
                    quopri.encodestring(csv.encode("utf-8")),
                ),
            ],
        ),
        L(
            "followup",
            "sv",
            "CB",
            association_name="Lönneberga byaråd",
            contact_name="Helena Sjöberg",
            contact_email="helena.sjoberg@example.org",
            amount_sek=14500,
            notes="Samsung reply (SV: Re:) to the receipt for 1624, quoting it under '-------- Originalmeddelande --------'. The "
            "budget now arrives as a semicolon-separated .csv attachment (QP utf-8) summing to 14 500 – budget true. Signed by "
            "name from her own address – contact true. The quoted receipt only names what was missing. Workshop material is a "
            "consumable.",
        ),
    )


def batch10() -> None:
    # 1634 – Virserum music society, shared mailbox, name only in From header; Apple Mail alternative
    body = """Hej!

Virserums Musikförening söker idéslanten för "Allsång i parken".

Föreningen har 38 medlemmar och har sedan 1979 ordnat konserter och musikcaféer i Virserum.

Tre torsdagar i juli (9, 16 och 23 juli) blir det allsång i Virserums park med en inhyrd
kapellmästare och lokala körer och spelmän som gäster. Det är gratis och för alla, kvinnor och
män, unga som gamla, och vi vill att parken ska bli en samlingsplats igen på sommarkvällarna och
att sommargästerna och campinggästerna hittar in till byn.

Beslut om att söka togs på årsmötet 15 mars. Vi gör det tillsammans med Virserums hembygdsförening,
Virserums kyrkokör och PRO Virserum, som står för kaffeserveringen.

Budget:
Kapellmästare, arvode 3 kvällar à 1 500 kr: 4 500 kr
Hyra ljudanläggning 3 kvällar: 3 000 kr
Tryck av sånghäften: 900 kr
Annonsering: 600 kr
Summa: 9 000 kr

Hälsningar
Virserums Musikförening
"""
    html = (
        '<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
        '<body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;">'
        + "".join(f"<div>{escape(ln) or '<br>'}</div>" for ln in body.rstrip().split("\n"))
        + "</body></html>"
    )
    add(
        1634,
        "virserum-allsang",
        [
            ("From", who("Anders Ek", "virserum.musik@example.org")),
            ("To", "ideslanten@example.se"),
            ("Subject", subj("Allsång i parken – Virserums Musikförening")),
            ("Date", date(24, 18, 44, 9)),
            ("Message-ID", MID[1634]),
            ("X-Mailer", "Apple Mail (2.3774.500.171.1.1)"),
        ],
        multi(
            "alternative",
            "Apple-Mail=_3F2C7A1E-9B0D-4E55-A1C3-7D9E0B2F6A18",
            [
                text(body, cte="quoted-printable"),
                text(html, cte="quoted-printable", subtype="html"),
            ],
        ),
        L(
            "application",
            "sv",
            "AVFB",
            association_name="Virserums Musikförening",
            members=38,
            ort="Virserum",
            amount_sek=9000,
            women_and_men=True,
            notes="Apple Mail multipart/alternative (QP). Everything but the contact: the mail is signed only with the society's "
            "name and sent from its shared mailbox; the person's name 'Anders Ek' appears only in the From header – contact "
            "false, contact facts null. Association (38 members, since 1979), three dated sing-along evenings with local purpose, "
            "anchoring (annual meeting plus three partners) and an itemised budget (9 000) are present. Kapellmästare fee is not "
            "salary, hired sound system is rent. 'kvinnor och män' gives women_and_men true. Followup 1639 gives the contact.",
        ),
    )

    # 1635 – question: may we buy a ride-on mower? (proposes a physical investment); iPad
    body = """Hej!
Vi i Orrefors bygdegårdsförening undrar om man kan söka idéslanten till en åkgräsklippare? Vi klipper
bygdegårdens tomt och fotbollsplanen som hela byn använder och den gamla klipparen har gett upp.
Den kostar runt 35 000 så vi skulle inte söka allt från er.
Mvh Lisbeth Carlsson
Orrefors

Skickat från min iPad
"""
    add(
        1635,
        "orrefors-fraga-grasklippare",
        [
            ("From", who("Lisbeth Carlsson", "lisbeth.carlsson@example.com")),
            ("To", OFFICER),
            ("Subject", subj("Fråga om gräsklippare")),
            ("Date", date(27, 8, 30, 12)),
            ("Message-ID", "<9C1D2E3F-4A5B-4C6D-8E7F-orrefors0427@example.com>"),
            ("X-Mailer", "iPad Mail (21E236)"),
        ],
        text(body, cte="quoted-printable"),
        L(
            "question",
            "sv",
            association_name="Orrefors bygdegårdsförening",
            contact_name="Lisbeth Carlsson",
            contact_email="lisbeth.carlsson@example.com",
            ort="Orrefors",
            physical_investment=True,
            notes="iPad question: can the grant pay for a ride-on lawnmower for the village hall grounds and football pitch? It "
            "asks rather than applies (no activity, no budget), so kind question with all elements false. The question itself "
            "proposes buying equipment, so physical_investment is true; salary_costs null. The mower's price (35 000) is not an "
            "amount applied for: amount_sek null.",
        ),
    )

    # 1636 – forwarded proposal: unnamed group, no contact, no anchoring
    fwd = """Hej alla!

Några av oss i Ankarsrum har pratat om att göra en "Bruksvecka" i augusti. Tre kvällar, 11, 12 och 13
augusti, i Ankarsrums bruksmuseum (vi hyr lokalen): en föreläsare om bruket och järnhanteringen, en
om Ankarsrums skogar och kraftverket, och sista kvällen visar vi gamla filmer från orten med
berättare. Vi vill att folk som flyttat hit ska förstå varför byn ser ut som den gör och att fler
hittar till museet, som behöver besökare för att överleva.

Kostnader tror vi blir ungefär:
2 föreläsare à 2 000 kr = 4 000 kr
hyra museet 3 kvällar = 1 500 kr
annonser 500 kr
Totalt 6 000 kr

Hoppas många vill vara med!
/Lena & co
"""
    body = f"""Hej, vidarebefordrar detta, tänkte att det kunde passa för idéslanten? Hör av er.
/M

---------- Forwarded message ---------
Från: <bruksveckan2026@example.com>
Date: sön 26 apr. 2026 kl 20:14
Subject: Bruksveckan
To: <mk1962@example.net>

{fwd}
"""
    add(
        1636,
        "fwd-ankarsrum-bruksveckan",
        [
            ("From", "mk1962@example.net"),
            ("To", "ideslanten@example.se"),
            ("Subject", "Fwd: Bruksveckan"),
            ("Date", date(27, 13, 0, 40)),
            ("Message-ID", "<CAHx9=ankarsrum.fwd.0427@example.net>"),
        ],
        text(body, cte="8bit"),
        L(
            "application",
            "sv",
            "VB",
            ort="Ankarsrum",
            amount_sek=6000,
            notes="A forwarded mail offered as an application (Gmail '---------- Forwarded message ---------' block); the forwarded "
            "text counts as the mail's own. Activity true (three dated evenings in the bruksmuseum with speakers and old films, "
            "local purpose) and budget true (items summing to 6 000). Association false ('några av oss i Ankarsrum'), contact "
            "false (forwarder signs '/M' from a bare address, the forwarded mail is from a shared-looking address signed "
            "'/Lena & co' – nobody named and reachable), anchoring false (only 'hoppas många vill vara med').",
        ),
    )

    # 1637 – followup to 1617 that adds nothing, still unsigned
    q = receipt("2026-0139", ["association", "contact", "budget"])
    body = f"""hej igen, har ni fått vårt mejl? när får vi besked? det är ju snart juni och cirkuspedagogen vill veta

Den mån 13 apr. 2026 kl 08:16 skrev Idéslanten – Region Kalmar län <ideslanten@example.se>:

{gt(q)}
"""
    add(
        1637,
        "re-paryd-besked",
        [
            ("From", "mammapaparyd@example.com"),
            ("To", BOT),
            ("Subject", subj("Re: cirkusdag i påryd [Idéslanten 2026-0139]")),
            ("Date", date(28, 7, 50, 3)),
            ("Message-ID", "<CAM4mz=paryd-re-0428@example.com>"),
            ("In-Reply-To", RCPT[1617]),
            ("References", f"{MID[1617]} {RCPT[1617]}"),
        ],
        text(body, cte="quoted-printable"),
        L(
            "followup",
            "sv",
            notes="Reply in the 1617 thread that supplies nothing: it only asks whether the mail arrived and when a decision comes, "
            "still unsigned from the same bare address. Every element false, facts null apart from the required booleans. The "
            "quoted receipt lists the missing parts, which must not be read as content. A followup, not a question, because it "
            "is a Re: in an application's thread.",
        ),
    )

    # 1638 – Edsbruk, mixed English/Swedish, 8 members, no anchoring, budget later
    body = """Hi / Hej!

I am Katrin Vogel, we moved to Edsbruk from Hamburg three years ago. I write for Edsbruks
Grannförening, a small förening we started last autumn, we are 8 members so far (Swedes and
newcomers).

Our idea is "Meet your neighbours – Träffa grannen": four Thursday evenings in June (4, 11, 18, 25)
in the old school in Edsbruk. Everybody brings food (knytkalas), and each evening a local person
talks about their work – the beekeeper, a fisherman from Loftahammar, the kommun's
näringslivsutvecklare and the lady who runs the camping. So newcomers get to know the village and
maybe find work or start something here.

We think people will love it!

Budget: around 8000 kr, I will send the details later when I have the prices.

Best / Hälsningar
Katrin Vogel
+46 76 118 40 29
"""
    add(
        1638,
        "edsbruk-meet-neighbours",
        [
            ("From", who("Katrin Vogel", "katrin.vogel@example.org")),
            ("To", "ideslanten@example.se"),
            ("Subject", "Meet your neighbours - Edsbruk (ideslanten)"),
            ("Date", date(28, 21, 30, 48)),
            ("Message-ID", "<b3f0e6d2-9c41-edsbruk-0428@example.org>"),
            ("User-Agent", "Mozilla Thunderbird 128.4.0"),
            ("Content-Language", "de-DE"),
        ],
        text(body, cte="8bit", flowed=True),
        L(
            "application",
            "en",
            "ACV",
            association_name="Edsbruks Grannförening",
            contact_name="Katrin Vogel",
            contact_email="katrin.vogel@example.org",
            contact_phone="+46 76 118 40 29",
            members=8,
            ort="Edsbruk",
            amount_sek=8000,
            notes="Mostly English with Swedish words mixed in (förening, knytkalas, kommun), Thunderbird with de-DE language tag. "
            "Association named with 8 members – under the 10-member rule, which the facts show. Contact and a concrete activity "
            "(four dated evenings with local speakers) present. Anchoring false ('We think people will love it!'). Budget false: "
            "'around 8000 kr, details later' – the rough figure is amount_sek.",
        ),
    )


def batch11() -> None:
    # 1639 – followup to 1634 from the shared mailbox, now naming a contact; Apple quoting
    q = receipt("2026-0143", ["contact"], variant=1)
    body = f"""Hej,

Kontaktperson är jag, Anders Ek, ordförande i Virserums Musikförening.
Mobil 070-733 18 52, mejla gärna till min egen adress anders.ek@example.com
så missar jag inget.

Hälsningar
Anders

> 24 apr. 2026 kl. 18:45 skrev Idéslanten – Region Kalmar län <ideslanten@example.se>:
>
{gt(q)}
"""
    add(
        1639,
        "re-virserum-kontakt",
        [
            ("From", who("Anders Ek", "virserum.musik@example.org")),
            ("To", BOT),
            (
                "Subject",
                subj("Re: Allsång i parken – Virserums Musikförening [Idéslanten 2026-0143]"),
            ),
            ("Date", date(29, 10, 15, 27)),
            ("Message-ID", "<7B2E9F10-3C4D-4A5E-9F60-virserum0429@example.org>"),
            ("In-Reply-To", RCPT[1634]),
            ("References", f"{MID[1634]} {RCPT[1634]}"),
            ("X-Mailer", "Apple Mail (2.3774.500.171.1.1)"),
        ],
        text(body, cte="quoted-printable"),
        L(
            "followup",
            "sv",
            "C",
            association_name="Virserums Musikförening",
            contact_name="Anders Ek",
            contact_email="anders.ek@example.com",
            contact_phone="070-733 18 52",
            notes="Apple Mail reply to the receipt for 1634 (variant receipt wording quoted with '>'). Sent from the same shared "
            "mailbox, but the new text names the contact person with mobile and his own address – contact true, and "
            "contact_email is his personal address, not the shared From. Nothing else is added.",
        ),
    )

    # 1640 – complete application that pays a wage to a summer host; HTML table + text
    onr = org("802519-036")
    rows = [
        ("Lön sommarvärd (ungdom i byn), inkl. sociala avgifter", "6 500"),
        ("Arvode musiker, 5 kvällar", "3 000"),
        ("Hyra Halltorps gamla skola, 5 kvällar", "1 500"),
        ("Annonsering och affischer", "800"),
        ("Summa", "11 800"),
    ]
    text_budget = "\n".join(f"{a:<56}{b:>8} kr" for a, b in rows)
    body = f"""Hej!

Halltorps Byalag (org.nr {onr}, 64 medlemmar) söker idéslanten för "Sommarkvällar i Halltorp".
Byalaget bildades 2005 och verkar för att Halltorp ska vara en levande by, med bl.a. vårstädning,
julgransplundring och byns anslagstavla.

Aktivitet: Fem onsdagskvällar (24 juni – 19 augusti, varannan vecka) vid Halltorps gamla skola med
musik av lokala musiker, tipspromenad och grillning. Vi anställer en ungdom från byn som
sommarvärd som förbereder kvällarna, gör affischer och tar hand om lokalen. Kvällarna är för
alla åldrar, män som kvinnor, och ska ge byn en naturlig sommarmötesplats nu när campingen lagt ned.

Förankring: Byamötet den 22 mars ställde sig bakom förslaget, Halltorps hembygdsförening lånar
ut grillar och bord, och 15 bybor har skrivit upp sig som värdar en kväll var.

Budget:
{text_budget}

Vi söker 11 800 kr.

Kontaktperson: Sofia Andersson, 070-864 27 15, sofia.andersson@example.se

Vänliga hälsningar
Sofia Andersson, sekreterare
Halltorps Byalag
"""
    trs = "".join(
        f'<tr><td style="padding:2px 12px 2px 0">{escape(a)}</td><td style="text-align:right">{b} kr</td></tr>'
        for a, b in rows
    )
    pre, post = body.split(text_budget)
    html = (
        '<html><body><div style="font-family:Arial;font-size:10pt">'
        + "".join(f"<p>{escape(p).replace(chr(10), '<br>')}</p>" for p in pre.strip().split("\n\n"))
        + f"<table>{trs}</table>"
        + "".join(
            f"<p>{escape(p).replace(chr(10), '<br>')}</p>" for p in post.strip().split("\n\n")
        )
        + "</div></body></html>"
    )
    add(
        1640,
        "halltorp-sommarkvallar",
        [
            ("From", who("Sofia Andersson", "sofia.andersson@example.se")),
            ("To", who("Idéslanten – Region Kalmar län", "ideslanten@example.se")),
            ("Subject", subj("Ansökan: Sommarkvällar i Halltorp")),
            ("Date", date(30, 16, 20, 5)),
            ("Message-ID", "<PR3P189MB0977.halltorp.0430@example.se>"),
            ("X-Mailer", "Microsoft Outlook 16.0"),
        ],
        multi(
            "alternative",
            "_000_PR3P189MB0977halltorp0430_",
            [
                text(body, cte="quoted-printable"),
                text(html, cte="quoted-printable", subtype="html"),
            ],
        ),
        L(
            "application",
            "sv",
            "ACVFB",
            association_name="Halltorps Byalag",
            org_number=onr,
            contact_name="Sofia Andersson",
            contact_email="sofia.andersson@example.se",
            contact_phone="070-864 27 15",
            members=64,
            ort="Halltorp",
            amount_sek=11800,
            women_and_men=True,
            salary_costs=True,
            notes="Complete application (Outlook multipart/alternative; the HTML part carries the budget as a table, the text part "
            "as aligned columns) that breaks the no-salary rule: it employs a village youth as summer host, 'Lön … inkl. sociala "
            "avgifter' – salary_costs true (the musicians' fee alone would not be). All five elements present: association with "
            "org.nr and 64 members, contact, five dated evenings with local purpose, anchoring (village meeting, partner, 15 "
            "volunteers), itemised budget of 11 800. 'män som kvinnor' gives women_and_men true.",
        ),
    )


# =========================================================================== checks


def _leaf_texts(msg) -> list[str]:
    out = []
    for part in msg.walk():
        if part.is_multipart():
            continue
        payload = part.get_payload(decode=True) or b""
        ctype = part.get_content_type()
        name = (part.get_filename() or "").lower()
        if name.endswith((".docx", ".xlsx")):
            with zipfile.ZipFile(io.BytesIO(payload)) as z:
                for n in z.namelist():
                    out.append(z.read(n).decode("utf-8"))
        elif ctype.startswith("text/") or ctype.startswith("message/"):
            cs = part.get_content_charset() or "ascii"
            out.append(payload.decode(cs, errors="replace"))
        elif ctype == "application/pdf":
            out.append(payload.decode("latin-1"))
    return out


def check(files: dict[str, bytes], labels: dict[str, dict]) -> None:
    problems: list[str] = []
    assert set(files) == set(labels), "labels.json keys must match the files"
    ids: dict[str, str] = {}
    dates = []
    for name in sorted(files):
        data = files[name]
        lab = labels[name]
        if b"\r" in data:
            problems.append(f"{name}: CR in file")
        if not re.fullmatch(r"\d{4}-[a-z0-9-]+\.eml", name):
            problems.append(f"{name}: bad file name")
        msg = BytesParser(policy=policy.default).parsebytes(data)
        malformed = lab["notes"].startswith("Malformed:")
        for part in msg.walk():
            if not part.is_multipart():
                part.get_payload(decode=True)
            if part.defects and not malformed:
                problems.append(f"{name}: defects {part.defects}")
        mid = msg["Message-ID"]
        ids[str(mid)] = name
        d = parsedate_to_datetime(str(msg["Date"]))
        if d.year != 2026:
            problems.append(f"{name}: date not 2026")
        dates.append((name, d))
        # addresses
        blob = data.decode("latin-1") + "\n".join(_leaf_texts(msg))
        for dom in re.findall(r"[\w.+=-]+@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)", blob):
            if dom.lower() not in ALLOWED:
                problems.append(f"{name}: address domain {dom}")
        for onr in re.findall(r"(?<![\d-])\d{6}-\d{4}(?![\d-])", blob):
            if not luhn_ok(onr):
                problems.append(f"{name}: org number {onr} not Luhn-valid")
        # schema
        if set(lab) != {"kind", "language", "elements", "facts", "notes"}:
            problems.append(f"{name}: label fields {sorted(lab)}")
        if set(lab["elements"]) != set(ELEMENTS) or set(lab["facts"]) != set(FACTS):
            problems.append(f"{name}: element/fact keys")
        if lab["facts"]["org_number"] and not luhn_ok(lab["facts"]["org_number"]):
            problems.append(f"{name}: label org number not Luhn-valid")
        if lab["kind"] in ("question", "autoreply", "bounce", "newsletter", "spam") and any(
            lab["elements"].values()
        ):
            problems.append(f"{name}: non-application with elements")
        if lab["kind"] in ("autoreply", "bounce", "newsletter", "spam") and any(
            v is not None for v in lab["facts"].values()
        ):
            problems.append(f"{name}: machine/spam mail with facts")
        if lab["kind"] in ("application", "followup"):
            for k in ("salary_costs", "physical_investment"):
                if not isinstance(lab["facts"][k], bool):
                    problems.append(f"{name}: {k} must be bool")
    # numbering follows Date order
    ordered = sorted(dates, key=lambda t: t[0])
    for (n1, d1), (n2, d2) in zip(ordered, ordered[1:], strict=False):
        if not d1 < d2:
            problems.append(f"{n2}: Date not after {n1}")
    # followups thread on an application in this folder
    for name in sorted(files):
        if labels[name]["kind"] != "followup":
            continue
        msg = BytesParser(policy=policy.default).parsebytes(files[name])
        if not re.match(r"(?i)(re|sv|vs|aw):", str(msg["Subject"])):
            problems.append(f"{name}: followup subject without Re:/SV:")
        refs = re.findall(r"<[^>]+>", f"{msg['In-Reply-To'] or ''} {msg['References'] or ''}")
        apps = [ids[r] for r in refs if r in ids and labels[ids[r]]["kind"] == "application"]
        if not apps:
            problems.append(f"{name}: followup does not reference an application")
        elif any(a > name for a in apps):
            problems.append(f"{name}: followup before its application")
    if problems:
        print("\n".join(problems))
        sys.exit(1)


def main() -> None:
    batch1()
    batch2()
    batch3()
    batch4()
    batch5()
    batch6()
    batch7()
    batch8()
    batch9()
    batch11()
    batch10()
    OUT.mkdir(parents=True, exist_ok=True)
    for old in OUT.glob("*.eml"):
        old.unlink()
    files = {name: data for name, data, _ in MAILS}
    labels = {name: lab for name, _, lab in MAILS}
    assert len(files) == len(MAILS), "duplicate file names"
    for name, data in files.items():
        (OUT / name).write_bytes(data)
    (OUT / "labels.json").write_text(
        json.dumps(labels, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
    )
    check(files, labels)
    kinds: dict[str, int] = {}
    for lab in labels.values():
        kinds[lab["kind"]] = kinds.get(lab["kind"], 0) + 1
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
    print(
        f"{len(files)} mails written to {OUT}: {kinds}; complete applications {complete}; missing {missing}"
    )


if __name__ == "__main__":
    main()
