"""Held-out test corpus 10 for the Idéslanten intake bot: 40 fictional e-mails 4201–4240.

The mails are what the rural development officer of Region Kalmar län might receive during
2026 about the micro-grant "regional bygdepeng – idéslanten": applications (complete and
incomplete, one malformed), threaded followups, questions, autoreplies, bounces, newsletters and
phishing. Every person, association, organisation number and phone number is invented; all
addresses use example.se/.com/.org/.net. labels.json holds the expected answers following
/work/shared/corpus/README.md.

This set is a held-out test set: it is scored, not read, by the developers.

Regenerate (byte-identical output, then a self-check):

    /work/main/.venv/bin/python tests/data/tools/make_holdout10.py

Stdlib only: .docx/.xlsx are hand-built zip files, .pdf files hand-built with Helvetica/WinAnsi.
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
from email.utils import format_datetime, parsedate_to_datetime
from pathlib import Path
from xml.sax.saxutils import escape as xml_escape

OUT = Path(__file__).resolve().parents[1] / "holdout10"
FIRST_NUMBER = 4201
ALLOWED_DOMAINS = {"example.se", "example.com", "example.org", "example.net"}
OFFICER = "landsbygdsutvecklare@example.se"
BOT_ADDR = "ideslanten@example.se"

# --------------------------------------------------------------------------- header helpers


def ew(text: str, charset: str = "utf-8", enc: str = "Q") -> str:
    """RFC 2047 encoded word(s) for text if it is not plain ASCII, folded with LF + space."""
    if all(ord(c) < 128 for c in text):
        return text
    words: list[str] = []
    chunk = ""
    for ch in text:
        trial = chunk + ch
        if len(_ew_one(trial, charset, enc)) > 74 and chunk:
            words.append(_ew_one(chunk, charset, enc))
            chunk = ch
        else:
            chunk = trial
    if chunk:
        words.append(_ew_one(chunk, charset, enc))
    return "\n ".join(words)


def _ew_one(text: str, charset: str, enc: str) -> str:
    data = text.encode(charset)
    if enc.upper() == "B":
        return f"=?{charset}?B?{base64.b64encode(data).decode()}?="
    out = []
    for b in data:
        c = chr(b)
        if c.isascii() and (c.isalnum() or c in "!*+-/"):
            out.append(c)
        elif c == " ":
            out.append("_")
        else:
            out.append(f"={b:02X}")
    return f"=?{charset}?Q?{''.join(out)}?="


def addr(name: str | None, address: str, charset: str = "utf-8", enc: str = "Q") -> str:
    if not name:
        return address
    if all(ord(c) < 128 for c in name):
        if re.search(r'[,.;:()<>@"]', name):
            return f'"{name}" <{address}>'
        return f"{name} <{address}>"
    return f"{ew(name, charset, enc)} <{address}>"


BOT_FROM = addr("Idéslanten – Region Kalmar län", BOT_ADDR)
OFFICER_FROM = addr("Landsbygdsutvecklare Region Kalmar län", OFFICER)


def date(month: int, day: int, hour: int, minute: int, second: int = 0) -> str:
    """Swedish local time in 2026 (CET, CEST between 29 March and 25 October)."""
    naive = datetime(2026, month, day, hour, minute, second)
    dst = datetime(2026, 3, 29, 2) <= naive < datetime(2026, 10, 25, 3)
    tz = timezone(timedelta(hours=2 if dst else 1))
    return format_datetime(naive.replace(tzinfo=tz))


# --------------------------------------------------------------------------- MIME helpers


class Part:
    def __init__(self, headers: list[str], body: bytes):
        self.headers = headers
        self.body = body if body.endswith(b"\n") else body + b"\n"


def encode_body(data: bytes, cte: str) -> bytes:
    if cte == "quoted-printable":
        return quopri.encodestring(data)
    if cte == "base64":
        return base64.encodebytes(data)
    return data


def text(
    body: str,
    subtype: str = "plain",
    charset: str | None = "utf-8",
    cte: str = "8bit",
    params: str = "",
    extra: list[str] | None = None,
) -> Part:
    data = body.encode(charset or "ascii")
    ctype = f"text/{subtype}" + (f"; charset={charset}" if charset else "") + params
    headers = [f"Content-Type: {ctype}", f"Content-Transfer-Encoding: {cte}"] + (extra or [])
    return Part(headers, encode_body(data, cte))


def attachment(
    data: bytes,
    ctype: str,
    filename: str,
    cte: str = "base64",
    inline: bool = False,
    extra: list[str] | None = None,
) -> Part:
    disp = "inline" if inline else "attachment"
    if all(ord(c) < 128 for c in filename):
        name_param = f'name="{filename}"'
        disp_param = f'filename="{filename}"'
    else:
        quoted = "".join(
            chr(b) if chr(b).isascii() and (chr(b).isalnum() or chr(b) in "-_.") else f"%{b:02X}"
            for b in filename.encode("utf-8")
        )
        name_param = f"name*=utf-8''{quoted}"
        disp_param = f"filename*=utf-8''{quoted}"
    headers = [
        f"Content-Type: {ctype};\n {name_param}",
        f"Content-Disposition: {disp};\n {disp_param}",
        f"Content-Transfer-Encoding: {cte}",
    ] + (extra or [])
    return Part(headers, encode_body(data, cte))


def multipart(
    subtype: str,
    boundary: str,
    parts: list[Part],
    preamble: str = "",
    epilogue: str = "",
    params: str = "",
) -> Part:
    out = io.BytesIO()
    if preamble:
        out.write(preamble.encode() + b"\n")
    for p in parts:
        out.write(f"--{boundary}\n".encode())
        out.write("\n".join(p.headers).encode("ascii") + b"\n\n")
        out.write(p.body)
    out.write(f"--{boundary}--\n".encode())
    if epilogue:
        out.write(epilogue.encode())
    return Part(
        [f'Content-Type: multipart/{subtype};{params}\n boundary="{boundary}"'], out.getvalue()
    )


def rfc822(raw: bytes) -> Part:
    return Part(["Content-Type: message/rfc822", "Content-Disposition: attachment"], raw)


def message(headers: list[str], root: Part, mime_version: bool = True) -> bytes:
    top = list(headers)
    if mime_version:
        top.append("MIME-Version: 1.0")
    top += root.headers
    raw = "\n".join(top).encode("ascii") + b"\n\n" + root.body
    assert b"\r" not in raw
    return raw


# --------------------------------------------------------------------------- document builders

ZIP_TIME = (2026, 1, 2, 8, 0, 0)


def _zip(files: list[tuple[str, str]]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        for name, content in files:
            info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            info.create_system = 0
            zf.writestr(info, content.encode("utf-8"))
    return buf.getvalue()


def docx(blocks: list) -> bytes:
    """blocks: str paragraphs ("# " prefix = bold heading) or list-of-rows tables."""
    body = []
    for b in blocks:
        if isinstance(b, str):
            bold = b.startswith("# ")
            t = xml_escape(b[2:] if bold else b)
            rpr = "<w:rPr><w:b/></w:rPr>" if bold else ""
            body.append(f'<w:p><w:r>{rpr}<w:t xml:space="preserve">{t}</w:t></w:r></w:p>')
        else:
            rows = []
            for row in b:
                cells = "".join(
                    f'<w:tc><w:tcPr><w:tcW w:w="3000" w:type="dxa"/></w:tcPr><w:p><w:r><w:t xml:space="preserve">{xml_escape(str(c))}</w:t></w:r></w:p></w:tc>'
                    for c in row
                )
                rows.append(f"<w:tr>{cells}</w:tr>")
            body.append(
                '<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/></w:tblPr>'
                + "".join(rows)
                + "</w:tbl><w:p/>"
            )
    document = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>'
        + "".join(body)
        + '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr></w:body></w:document>'
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
            ("word/document.xml", document),
        ]
    )


def xlsx(rows: list[list], sheet: str = "Blad1") -> bytes:
    def col(i: int) -> str:
        s = ""
        i += 1
        while i:
            i, r = divmod(i - 1, 26)
            s = chr(65 + r) + s
        return s

    xrows = []
    for r, row in enumerate(rows, 1):
        cells = []
        for c, v in enumerate(row):
            ref = f"{col(c)}{r}"
            if v is None or v == "":
                continue
            if isinstance(v, tuple):  # (formula, cached value)
                cells.append(f'<c r="{ref}"><f>{xml_escape(v[0])}</f><v>{v[1]}</v></c>')
            elif isinstance(v, (int, float)):
                cells.append(f'<c r="{ref}"><v>{v}</v></c>')
            elif isinstance(v, str) and v.startswith("="):
                cells.append(f'<c r="{ref}"><f>{xml_escape(v[1:])}</f></c>')
            else:
                cells.append(
                    f'<c r="{ref}" t="inlineStr"><is><t xml:space="preserve">{xml_escape(str(v))}</t></is></c>'
                )
        xrows.append(f'<row r="{r}">{"".join(cells)}</row>')
    sheet_xml = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
        + "".join(xrows)
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
                f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="{xml_escape(sheet)}" sheetId="1" r:id="rId1"/></sheets></workbook>',
            ),
            (
                "xl/_rels/workbook.xml.rels",
                '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>',
            ),
            ("xl/worksheets/sheet1.xml", sheet_xml),
        ]
    )


def _pdf_str(s: str) -> bytes:
    out = bytearray(b"(")
    for b in s.encode("cp1252"):
        if b in b"()\\":
            out += b"\\" + bytes([b])
        elif b < 32 or b == 127:
            out += f"\\{b:03o}".encode()
        else:
            out.append(b)
    return bytes(out + b")")


def pdf(lines: list[str], compress: bool = False, title: str = "") -> bytes:
    """One A4 page; lines starting with '# ' are set in Helvetica-Bold."""
    ops = [b"BT", b"14 TL", b"56 790 Td"]
    for ln in lines:
        if ln.startswith("# "):
            ops.append(b"/F2 12 Tf " + _pdf_str(ln[2:]) + b" Tj T*")
        else:
            ops.append(b"/F1 10.5 Tf " + _pdf_str(ln) + b" Tj T*")
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
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R /F2 5 0 R >> >> /Contents 6 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>",
        sdict + b"\nstream\n" + stream + b"\nendstream",
        b"<< /Title "
        + _pdf_str(title)
        + b" /Producer (Microsoft Word 2016) /CreationDate (D:20260101080000+01'00') >>",
    ]
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, o in enumerate(objs, 1):
        offsets.append(len(out))
        out += f"{i} 0 obj\n".encode() + o + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode()
    for off in offsets:
        out += f"{off:010d} 00000 n \n".encode()
    out += f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R /Info {len(objs)} 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return bytes(out)


def png(width: int, height: int, seed: int) -> bytes:
    """A small deterministic greyscale PNG (looks like a grainy photo of a sheet of paper)."""
    rows = []
    x = seed
    for y in range(height):
        row = bytearray([0])
        for i in range(width):
            x = (x * 1103515245 + 12345) & 0x7FFFFFFF
            line = 60 if (y % 9 == 4 and 6 < i < width - 8 and (i // 5 + y) % 4) else 0
            row.append(max(0, 225 - line - (x >> 16) % 24 - (i * 20) // width))
        rows.append(bytes(row))
    raw = b"".join(rows)

    def chunk(kind: bytes, data: bytes) -> bytes:
        return (
            struct.pack(">I", len(data))
            + kind
            + data
            + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
        )

    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0))
        + chunk(b"IDAT", zlib.compress(raw, 9))
        + chunk(b"IEND", b"")
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
ELEMENT_KEYS = ["association", "contact", "activity", "anchoring", "budget"]
NONE_E = "00000"


def facts(**kw) -> dict:
    unknown = set(kw) - set(FACT_KEYS)
    assert not unknown, unknown
    return {k: kw.get(k) for k in FACT_KEYS}


def app_facts(**kw) -> dict:
    kw.setdefault("salary_costs", False)
    kw.setdefault("physical_investment", False)
    return facts(**kw)


def label(kind: str, lang: str, elements: str, fa: dict, notes: str) -> dict:
    assert len(elements) == 5 and set(elements) <= {"0", "1"}
    return {
        "kind": kind,
        "language": lang,
        "elements": {k: v == "1" for k, v in zip(ELEMENT_KEYS, elements, strict=True)},
        "facts": fa,
        "notes": " ".join(notes.split()),
    }


# --------------------------------------------------------------------------- bot receipt (quoted in followups)

MISSING_TEXT = {
    "association": "Förening/grupp: namnet på er förening eller grupp och några rader om den (t.ex. organisationsnummer och antal medlemmar)",
    "contact": "Kontaktperson: namn och e-post eller telefon till den som vi kan kontakta",
    "activity": "Aktivitet: vad ni vill göra, när och hur, och hur det bidrar till utvecklingen på orten",
    "anchoring": "Lokal förankring: hur idén är förankrad i bygden, t.ex. ett byamöte som ställt sig bakom den eller samarbete med andra föreningar",
    "budget": "Budget: en översiktlig budget med kostnadsposter och belopp",
}


def receipt_lines(case: str, missing: list[str], variant: int = 0) -> list[str]:
    intro = [
        f"Tack för er ansökan om idéslanten! Vi har tagit emot den och gett den ärendenummer {case}.",
        f"Tack för ert mejl om idéslanten. Ansökan är registrerad med ärendenummer {case}.",
        f"Hej! Vi har fått er ansökan om regional bygdepeng – idéslanten och registrerat den som ärende {case}.",
    ][variant % 3]
    out = [intro, "", "Vi saknar följande i er ansökan:"]
    out += [f"– {MISSING_TEXT[m]}" for m in missing]
    out += [
        "",
        [
            "Svara gärna på det här mejlet med det som saknas, så lägger vi till det i ärendet.",
            "Svara på det här mejlet med kompletteringen så kopplas den till ert ärende.",
            "Ni kan komplettera genom att svara på det här mejlet. Behåll gärna ärendenumret i ämnesraden.",
        ][variant % 3],
        "",
        "Med vänliga hälsningar",
        "Idéslanten – Region Kalmar län",
        "(automatiskt svar från ideslanten@example.se)",
    ]
    return out


def quote(lines: list[str], prefix: str = "> ") -> str:
    return "\n".join((prefix + ln).rstrip() if ln else prefix.rstrip() for ln in lines)


# --------------------------------------------------------------------------- the mails

MAILS: list = []  # in Date order; each entry returns (slug, raw bytes, label)


def mail(fn):
    MAILS.append(fn)
    return fn


@mail
def m_newsletter_byalagsforum():
    plain = """Byalagsforum Kalmar län – Nyhetsbrev 1/2026
============================================

Gott nytt år, alla byalag, bygdegårdar och hembygdsföreningar!

I DET HÄR NUMRET
* Nya stödformer 2026 – idéslanten, föreningsbidrag och Leader
* Kurs: Styrelsearbete för nybörjare (Nybro, 7 februari)
* Så lyckades Fågelfors med sin bygdedag
* Kalendarium

NYA STÖDFORMER 2026
Regionens idéslanten finns kvar även i år: högst 15 000 kronor per ort och år
till små aktiviteter som utvecklar bygden. Läs villkoren noga innan ni
ansöker – ansökan skickas till regionens landsbygdsutvecklare, inte till oss.

KURS: STYRELSEARBETE FÖR NYBÖRJARE
Lördag 7 februari kl. 10–15 i Nybro. Anmälan senast 30 januari via vår
webbplats: https://byalagsforum.example.org/kurser

SÅ LYCKADES FÅGELFORS
Över 400 besökare kom till bygdedagen i september. Ordföranden berättar om
hur de fick med sig skolan, bruksmuseet och pingstkyrkan.

--
Du får det här nyhetsbrevet eftersom din adress finns i vårt register över
föreningar i Kalmar län. Avregistrera dig:
https://byalagsforum.example.org/avregistrera?id=ideslanten-4471
Byalagsforum Kalmar län, Box 118, 382 00 Nybro
"""
    html = """<!DOCTYPE html>
<html lang="sv"><head><meta charset="utf-8"><title>Nyhetsbrev 1/2026</title></head>
<body style="margin:0;background:#eef2ea;font-family:Arial,sans-serif">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="600" cellpadding="18" style="background:#ffffff">
<tr><td style="background:#3b6b35;color:#fff"><h1 style="margin:0;font-size:22px">Byalagsforum Kalmar län</h1>Nyhetsbrev 1/2026</td></tr>
<tr><td><p>Gott nytt år, alla byalag, bygdegårdar och hembygdsföreningar!</p>
<h2 style="font-size:17px">Nya stödformer 2026</h2>
<p>Regionens <b>idéslanten</b> finns kvar även i år: högst 15&nbsp;000 kronor per ort och år till små aktiviteter som utvecklar bygden. Läs villkoren noga innan ni ansöker – ansökan skickas till regionens landsbygdsutvecklare, inte till oss.</p>
<h2 style="font-size:17px">Kurs: Styrelsearbete för nybörjare</h2>
<p>Lördag 7 februari kl. 10–15 i Nybro. <a href="https://byalagsforum.example.org/kurser">Anmäl dig här</a> senast 30 januari.</p>
<h2 style="font-size:17px">Så lyckades Fågelfors</h2>
<p>Över 400 besökare kom till bygdedagen i september. Ordföranden berättar om hur de fick med sig skolan, bruksmuseet och pingstkyrkan.</p>
</td></tr>
<tr><td style="font-size:11px;color:#777">Du får det här nyhetsbrevet eftersom din adress finns i vårt register över föreningar i Kalmar län.
<a href="https://byalagsforum.example.org/avregistrera?id=ideslanten-4471">Avregistrera dig</a>.<br>Byalagsforum Kalmar län, Box 118, 382 00 Nybro</td></tr>
</table></td></tr></table>
<img src="https://byalagsforum.example.org/o.gif?m=4471" width="1" height="1" alt="">
</body></html>
"""
    root = multipart(
        "alternative",
        "==BF_nl_2026_01_b7c1==",
        [text(plain, cte="quoted-printable"), text(html, "html", cte="quoted-printable")],
    )
    raw = message(
        [
            "Return-Path: <bounce-4471@example.org>",
            f"From: {addr('Byalagsforum Kalmar län', 'nyhetsbrev@example.org')}",
            f"To: {BOT_ADDR}",
            f"Subject: {ew('Nyhetsbrev 1/2026: Nya stödformer, styrelsekurs och bygdedagen i Fågelfors')}",
            f"Date: {date(1, 8, 7, 30)}",
            "Message-ID: <nl-2026-01.4471@example.org>",
            "List-Id: Byalagsforum nyhetsbrev <nyhetsbrev.byalagsforum.example.org>",
            "List-Unsubscribe: <https://byalagsforum.example.org/avregistrera?id=ideslanten-4471>,\n <mailto:avregistrera@example.org?subject=unsubscribe-4471>",
            "List-Unsubscribe-Post: List-Unsubscribe=One-Click",
            "Precedence: bulk",
            "X-Mailer: Mailkit Campaigns 4.2",
        ],
        root,
    )
    notes = """Newsletter from a (fictional) county network of village associations: multipart/alternative
    with quoted-printable utf-8 plain and HTML, List-Id, List-Unsubscribe (+ One-Click) and
    Precedence: bulk. It mentions idéslanten, the 15 000 kr cap and "ansöker", which must not
    turn it into a question or application; the bot must not reply. All facts null."""
    return "nyhetsbrev-byalagsforum", raw, label("newsletter", "sv", NONE_E, facts(), notes)


@mail
def m_kristdala_hembygd():
    body = """Till landsbygdsutvecklaren, Region Kalmar län

ANSÖKAN OM REGIONAL BYGDEPENG – IDÉSLANTEN 2026

Kristdala hembygdsförening ansöker härmed om 12 400 kronor ur idéslanten för
föreläsningsserien "Kristdala förr och nu", som vi vill genomföra under
våren 2026.

1. Föreningen
Kristdala hembygdsförening (organisationsnummer 802417-5369) bildades 1921
och förvaltar hembygdsgården och dess samlingar. Föreningen har i dag 142
medlemmar, ungefär lika många kvinnor som män, i åldrarna 19 till 94 år.

2. Kontaktperson
Margareta Ljung, föreningens sekreterare
E-post: margareta.ljung@example.com
Telefon: 070-174 06 12 (bäst efter kl. 16)

3. Aktiviteten och hur den utvecklar bygden
Vi planerar fyra kvällsföreläsningar i Kristdala bygdegård, en i månaden
från februari till maj: om stenhuggerierna i socknen, om emigrationen till
Amerika, om byskolornas historia och slutligen en kväll om framtidens
Kristdala. Den sista kvällen blir ett dialogmöte där deltagarna i mindre
grupper tar fram förslag på vad bygden behöver de kommande tio åren;
förslagen lämnas sedan till samhällsföreningen och kommunen.

Föreläsningarna är öppna och kostnadsfria för alla, kvinnor som män, gamla
som unga. Vi vill särskilt nå de många nyinflyttade familjerna, så att de
lär känna bygden och dess människor. Erfarenheten säger oss att den som
känner till en plats historia också vill vara med och forma dess framtid.

4. Lokal förankring
Idén kommer från den enkät som vi delade ut till hushållen i socknen
hösten 2025 och som 74 hushåll besvarade; "fler träffar och föredrag"
var det vanligaste önskemålet. Årsmötet den 22 november 2025, där 38
medlemmar deltog, ställde sig enhälligt bakom förslaget. Kristdala
samhällsförening står som medarrangör av dialogkvällen, och PRO Kristdala
ordnar kaffet vid samtliga tillfällen.

5. Budget
Föreläsararvoden, 3 föreläsare à 2 000 kr            6 000 kr
Samtalsledare till dialogkvällen                      2 000 kr
Hyra av bygdegården, 4 kvällar à 600 kr              2 400 kr
Annonser i lokaltidningen och affischer              1 400 kr
Tryckning av program                                   600 kr
Summa                                                12 400 kr

Inga lönekostnader och inga inköp av inventarier ingår. Kaffet bekostas
av PRO Kristdala.

Vi ser fram emot ert besked och svarar gärna på frågor.

Med vänlig hälsning

Margareta Ljung
Sekreterare, Kristdala hembygdsförening
"""
    raw = message(
        [
            f"From: {addr('Margareta Ljung', 'margareta.ljung@example.com')}",
            f"To: {BOT_ADDR}",
            f"Subject: {ew('Ansökan om regional bygdepeng – idéslanten 2026, Kristdala hembygdsförening')}",
            f"Date: {date(1, 14, 10, 2, 41)}",
            "Message-ID: <5e1c0b2a-77d1-4c1e-9a60-kristdala01@example.com>",
            "User-Agent: Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.6.0",
            "Content-Language: sv-SE",
        ],
        text(body, cte="quoted-printable"),
    )
    notes = """Complete application written like a formal letter by a retired teacher, utf-8
    quoted-printable, numbered sections 1–5 following the call. Association: named hembygdsförening
    with org.nr, founding year and 142 members. Contact: Margareta Ljung with e-mail and phone
    (first phone recorded). Activity: four lectures Feb–May plus a dialogue evening, concrete, with
    local benefit. Anchoring: household survey (74 answers), annual meeting decision and
    co-organisers. Budget: five items summing to 12 400 kr, which is also the applied amount.
    "Kvinnor som män" -> women_and_men true; lecturer fees are not salary; nothing bought."""
    fa = app_facts(
        association_name="Kristdala hembygdsförening",
        org_number="802417-5369",
        contact_name="Margareta Ljung",
        contact_email="margareta.ljung@example.com",
        contact_phone="070-174 06 12",
        members=142,
        ort="Kristdala",
        amount_sek=12400,
        women_and_men=True,
    )
    return "kristdala-hembygd-forelasningar", raw, label("application", "sv", "11111", fa, notes)


@mail
def m_question_kopingsvik_en():
    body = """Hi,

I hope it is ok that I write in English, my Swedish is still at the "hej och tack"
level :)

My husband and I moved to Köpingsvik from Leipzig last spring. We have started
talking with some neighbours about a community garden / "odlingslott" thing
on the empty plot behind the old dairy, maybe with a course or two for
beginners. Someone at the library told me about the idéslanten, so I have
a few questions before we try to apply:

1. Do we have to be a registered association (with an organisation number)
   or can an informal group of neighbours apply?
2. Is there a deadline, or can you apply all year?
3. Can the money pay for a gardening teacher who comes to hold a course?

Thank you very much for your help!

Best regards,
Katrin Vogel
Köpingsvik, Öland
+46 70 174 06 48
"""
    html = (
        '<div dir="ltr">'
        + "".join(
            f"<div>{xml_escape(ln) if ln else '<br>'}</div>" for ln in body.rstrip("\n").split("\n")
        )
        + "</div>\n"
    )
    root = multipart(
        "alternative",
        "000000000000c4e1f8062a9b3d71",
        [text(body, cte="quoted-printable"), text(html, "html", cte="quoted-printable")],
    )
    raw = message(
        [
            f"From: {addr('Katrin Vogel', 'katrin.vogel@example.net')}",
            f"Date: {date(1, 22, 20, 47, 13)}",
            "Message-ID: <CAH7kV0gq3T5mXo9b2f0vE1sP8yK2w@example.net>",
            "Subject: Question about the ideslanten grant",
            f"To: {BOT_ADDR}",
        ],
        root,
    )
    notes = """Question in English from a newcomer (Gmail-style multipart/alternative, QP): asks
    whether an informal group may apply, about the deadline and whether a gardening teacher's fee
    can be paid. No application: there is no named group, no budget, the garden is only an idea.
    Facts as stated: contact Katrin Vogel with her own address and phone, ort Köpingsvik. A
    teacher's fee is not a salary cost and no investment is proposed, so those stay null."""
    fa = facts(
        contact_name="Katrin Vogel",
        contact_email="katrin.vogel@example.net",
        contact_phone="+46 70 174 06 48",
        ort="Köpingsvik",
    )
    return "question-kopingsvik-english", raw, label("question", "en", NONE_E, fa, notes)


@mail
def m_orrefors_byalag_word():
    html = """<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns="http://www.w3.org/TR/REC-html40">
<head><meta http-equiv=Content-Type content="text/html; charset=windows-1252"><meta name=Generator content="Microsoft Word 15 (filtered medium)">
<style><!--
p.MsoNormal, li.MsoNormal, div.MsoNormal {margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;}
h2 {mso-style-link:"Rubrik 2 Char";margin-top:2.0pt;font-size:13.0pt;font-family:"Calibri Light",sans-serif;color:#2F5496;font-weight:normal;}
table.MsoTableGrid {border:solid windowtext 1.0pt;font-size:11.0pt;}
@page WordSection1 {size:595.3pt 841.9pt;margin:70.85pt 70.85pt 70.85pt 70.85pt;}
div.WordSection1 {page:WordSection1;}
--></style></head>
<body lang=SV link="#0563C1" vlink="#954F72" style='word-wrap:break-word'>
<div class=WordSection1>
<p class=MsoNormal>Hej,<o:p></o:p></p>
<p class=MsoNormal>h&auml;r kommer Orrefors Byalags ans&ouml;kan om id&eacute;slanten, jag har klistrat in den fr&aring;n v&aring;rt styrelseprotokoll-dokument s&aring; formateringen kanske blir lite konstig.<o:p></o:p></p>
<p class=MsoNormal><o:p>&nbsp;</o:p></p>
<h2>Ansökan – regional bygdepeng idéslanten 2026<o:p></o:p></h2>
<p class=MsoNormal><b>Sökande förening<o:p></o:p></b></p>
<p class=MsoNormal>Orrefors Byalag, org.nr 802503-1181. Ideell förening bildad 1979 som verkar för en levande bruksort. 87 medlemshushåll (2025).<o:p></o:p></p>
<p class=MsoNormal><o:p>&nbsp;</o:p></p>
<p class=MsoNormal><b>Kontaktperson<o:p></o:p></b></p>
<p class=MsoNormal>Anneli Sjöberg, sekreterare, tel 070&#8209;174 06 27, <a href="mailto:anneli.sjoberg@example.com">anneli.sjoberg@example.com</a><o:p></o:p></p>
<p class=MsoNormal><o:p>&nbsp;</o:p></p>
<p class=MsoNormal><b>Aktivitet: ”Orrefors 2030” – tre byakvällar<o:p></o:p></b></p>
<p class=MsoNormal>Sedan glasbruket lade ned har många frågat sig vart orten är på väg. Vi vill hålla tre öppna byakvällar i Folkets hus under mars–maj 2026:<o:p></o:p></p>
<p class=MsoNormal style='margin-left:36.0pt;text-indent:-18.0pt'>·&nbsp;&nbsp;&nbsp;&nbsp; 19 mars: Föreläsning av en inbjuden processledare som arbetat med bygdeutveckling i andra bruksorter, därefter samtal i grupper.<o:p></o:p></p>
<p class=MsoNormal style='margin-left:36.0pt;text-indent:-18.0pt'>·&nbsp;&nbsp;&nbsp;&nbsp; 16 april: Workshop om tre områden som kom upp på medlemsmötet: mötesplats för unga, sommarturism och service (affär/post).<o:p></o:p></p>
<p class=MsoNormal style='margin-left:36.0pt;text-indent:-18.0pt'>·&nbsp;&nbsp;&nbsp;&nbsp; 21 maj: Vi sammanställer en handlingsplan som lämnas till Nybro kommun och som byalaget arbetar vidare med.<o:p></o:p></p>
<p class=MsoNormal>Kvällarna är öppna för alla boende, kvinnor och män, unga och äldre. Det ska bli lättare för fler att engagera sig och vi vill få fram konkreta projekt som gör orten mer attraktiv att bo i.<o:p></o:p></p>
<p class=MsoNormal><o:p>&nbsp;</o:p></p>
<p class=MsoNormal><b>Lokal förankring<o:p></o:p></b></p>
<p class=MsoNormal>Förslaget togs fram på byalagets medlemsmöte 12 januari 2026 där 46 personer deltog och beslutade att söka. Orrefors IF, PRO Orrefors och föräldraföreningen på skolan är med och bjuder in sina medlemmar, och IF:s ungdomsledare håller i en av grupperna den 16 april.<o:p></o:p></p>
<p class=MsoNormal><o:p>&nbsp;</o:p></p>
<p class=MsoNormal><b>Budget<o:p></o:p></b></p>
<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0 style='border-collapse:collapse;border:none'>
<tr><td width=302 valign=top style='width:226.5pt;padding:0cm 5.4pt 0cm 5.4pt'><p class=MsoNormal>Hyra Folkets hus, 3 kvällar à 800 kr<o:p></o:p></p></td><td width=113 valign=top style='width:85.0pt;padding:0cm 5.4pt 0cm 5.4pt'><p class=MsoNormal align=right style='text-align:right'>2&nbsp;400 kr<o:p></o:p></p></td></tr>
<tr><td width=302 valign=top style='width:226.5pt;padding:0cm 5.4pt 0cm 5.4pt'><p class=MsoNormal>Arvode processledare inkl. resa<o:p></o:p></p></td><td width=113 valign=top style='width:85.0pt;padding:0cm 5.4pt 0cm 5.4pt'><p class=MsoNormal align=right style='text-align:right'>7&nbsp;000 kr<o:p></o:p></p></td></tr>
<tr><td width=302 valign=top style='width:226.5pt;padding:0cm 5.4pt 0cm 5.4pt'><p class=MsoNormal>Annonsering, affischer, utskick<o:p></o:p></p></td><td width=113 valign=top style='width:85.0pt;padding:0cm 5.4pt 0cm 5.4pt'><p class=MsoNormal align=right style='text-align:right'>900 kr<o:p></o:p></p></td></tr>
<tr><td width=302 valign=top style='width:226.5pt;padding:0cm 5.4pt 0cm 5.4pt'><p class=MsoNormal>Fika och material till workshop<o:p></o:p></p></td><td width=113 valign=top style='width:85.0pt;padding:0cm 5.4pt 0cm 5.4pt'><p class=MsoNormal align=right style='text-align:right'>1&nbsp;200 kr<o:p></o:p></p></td></tr>
<tr><td width=302 valign=top style='width:226.5pt;padding:0cm 5.4pt 0cm 5.4pt'><p class=MsoNormal><b>Summa / sökt belopp<o:p></o:p></b></p></td><td width=113 valign=top style='width:85.0pt;padding:0cm 5.4pt 0cm 5.4pt'><p class=MsoNormal align=right style='text-align:right'><b>11&nbsp;500 kr<o:p></o:p></b></p></td></tr>
</table>
<p class=MsoNormal><o:p>&nbsp;</o:p></p>
<p class=MsoNormal>Vänliga hälsningar<o:p></o:p></p>
<p class=MsoNormal>Anneli Sjöberg<o:p></o:p></p>
<p class=MsoNormal>för styrelsen i Orrefors Byalag<o:p></o:p></p>
</div></body></html>
"""
    raw = message(
        [
            f"From: {addr('Orrefors Byalag', 'orrefors.byalag@example.se')}",
            f"To: {addr('Idéslanten', BOT_ADDR)}",
            f"Subject: {ew('Ansökan idéslanten – Orrefors Byalag', 'windows-1252')}",
            "Thread-Topic: =?windows-1252?Q?Ans=F6kan_id=E9slanten_=96_Orrefors_Byalag?=",
            "Thread-Index: AdyT0k3ZcJ8p2vQmS1iA7u4mAq9Wbg==",
            f"Date: {date(2, 2, 19, 41, 7)}",
            "Message-ID: <DB9PR07MB8841C2A7E1F3D0B6A41C9E12B7552@example.se>",
            "Accept-Language: sv-SE, en-US",
            "Content-Language: sv-SE",
            "X-MS-Has-Attach:",
            "X-Mailer: Microsoft Outlook 16.0",
        ],
        text(html, "html", "windows-1252", "quoted-printable"),
    )
    notes = """Complete application pasted from Word into Outlook by the club secretary: HTML-only
    (MsoNormal, o:p, a budget table), windows-1252 quoted-printable with a mix of literal and
    entity-encoded letters, curly quotes and a non-breaking hyphen in the phone number. Sent from
    the association's shared mailbox, but the text names Anneli Sjöberg with her own e-mail and
    phone, so contact is true and contact_email is her address. Association: name, org.nr, 87
    member households (members 87). Activity: three dated village evenings leading to an action
    plan. Anchoring: member meeting of 46 people decided, three local clubs co-operate. Budget
    table with four items, total = applied 11 500. Women and men stated; no salary/investment."""
    fa = app_facts(
        association_name="Orrefors Byalag",
        org_number="802503-1181",
        contact_name="Anneli Sjöberg",
        contact_email="anneli.sjoberg@example.com",
        contact_phone="070-174 06 27",
        members=87,
        ort="Orrefors",
        amount_sek=11500,
        women_and_men=True,
    )
    return "orrefors-byalag-word-html", raw, label("application", "sv", "11111", fa, notes)


LANGASJO_APP = "<AS8PR03MB6917B1A4D0C2F7E5@example.com>"
LANGASJO_RECEIPT = "<ideslanten.2026-0019.r@example.se>"
LANGASJO_OFFICER = "<GV1P192MB0488A7F2@example.se>"


@mail
def m_langasjo_tvarader():
    body = """Hej!
Långasjö bygdeförening vill söka idéslanten till en studieresa i vår. Vi är ett 60-tal medlemmar och har funnits sen 1987.
Mer info kommer när styrelsen har haft möte!

Hälsningar Gunnel Håkansson, kassör
"""
    raw = message(
        [
            f"From: {addr('Gunnel Håkansson', 'gunnel.hakansson@example.com')}",
            f"To: {BOT_ADDR}",
            f"Subject: {ew('idéslanten')}",
            f"Date: {date(2, 9, 13, 58, 22)}",
            f"Message-ID: {LANGASJO_APP}",
            "X-Mailer: Microsoft Outlook 16.0",
        ],
        text(body),
    )
    notes = """A two-line application promising more later (utf-8 8bit, lowercase encoded-word
    subject). Association true: Långasjö bygdeförening with "ett 60-tal medlemmar" (members 60) and
    founding year. Contact true: named signer Gunnel Håkansson writing from her own address (no
    phone). Activity false: "en studieresa i vår" says neither where, what or how it helps the
    village. Anchoring and budget absent ("mer info kommer"). Nothing about genders or costs."""
    fa = app_facts(
        association_name="Långasjö bygdeförening",
        contact_name="Gunnel Håkansson",
        contact_email="gunnel.hakansson@example.com",
        members=60,
        ort="Långasjö",
    )
    return "langasjo-tva-rader", raw, label("application", "sv", "11000", fa, notes)


@mail
def m_autoreply_langasjo():
    body = """Hej!

Jag är på sportlovsresa 10–20 februari och läser inte min e-post.
Gäller det bygdeföreningen kan du ringa vår ordförande Sten-Åke Lind
på 070-174 06 33.

Gunnel Håkansson
"""
    raw = message(
        [
            f"From: {addr('Gunnel Håkansson', 'gunnel.hakansson@example.com')}",
            f"To: {OFFICER_FROM}",
            f"Subject: {ew('Automatiskt svar: SV: idéslanten [Idéslanten 2026-0019]')}",
            f"Date: {date(2, 10, 9, 14, 51)}",
            "Message-ID: <AS8PR03MB6917B1A4D0C2F7E6.auto@example.com>",
            f"In-Reply-To: {LANGASJO_OFFICER}",
            f"References: {LANGASJO_APP}\n {LANGASJO_OFFICER}",
            "Auto-Submitted: auto-replied",
            "X-Auto-Response-Suppress: All",
            "X-MS-Exchange-Inbox-Rules-Loop: gunnel.hakansson@example.com",
        ],
        text(body, cte="quoted-printable"),
    )
    notes = """Out-of-office reply (Auto-Submitted: auto-replied, X-Auto-Response-Suppress) to the
    officer's personal question in the Långasjö thread; In-Reply-To/References point into the
    application's thread and it names the chair with a phone number, but it is an autoreply, not a
    followup. Elements false, all facts null; the bot must not answer it."""
    return "autosvar-sportlov-langasjo", raw, label("autoreply", "sv", NONE_E, facts(), notes)


@mail
def m_langasjo_komplettering():
    new = """Hej igen!

Nu har styrelsen haft möte (19/2) så här kommer det som saknades.

Resan: vi vill åka buss till Ålem lördagen den 18 april och besöka
bybutiken där, som drivs som ekonomisk förening av byborna. Vår affär i
Långasjö stängde i höstas och många vill att vi försöker starta något
liknande. Bybutikens styrelse tar emot oss, berättar hur de kom igång och
vad man ska tänka på. Efteråt har vi ett samtal på bussen hem om vad vi
kan göra här. Resan är öppen för alla i socknen, både kvinnor och män,
35 platser.

Förankring: på byastämman i januari var vi ca 50 personer och affären var
det stora ämnet, stämman bad bygdeföreningen att ta reda på hur andra
byar gjort. Långasjö IF och kyrkans syförening hjälper till med anmälan
och fika.

Budget:
Buss t/r Långasjö–Ålem (35 pl)    8 500 kr
Ersättning till bybutikens föreläsare  1 500 kr
Fika på bussen                       700 kr
Summa                             10 700 kr
Lunchen betalar var och en själv.

Hälsningar
Gunnel Håkansson
kassör, Långasjö bygdeförening

"""
    quoted = "\n".join(
        [
            "________________________________",
            "Från: Idéslanten – Region Kalmar län <ideslanten@example.se>",
            "Skickat: den 9 februari 2026 14:05",
            "Till: Gunnel Håkansson <gunnel.hakansson@example.com>",
            "Ämne: Re: idéslanten [Idéslanten 2026-0019]",
            "",
        ]
        + receipt_lines("2026-0019", ["activity", "anchoring", "budget"], 0)
    )
    raw = message(
        [
            f"From: {addr('Gunnel Håkansson', 'gunnel.hakansson@example.com', 'windows-1252')}",
            f"To: {addr('Idéslanten – Region Kalmar län', BOT_ADDR, 'windows-1252')}",
            f"Subject: {ew('SV: idéslanten [Idéslanten 2026-0019]', 'windows-1252')}",
            "Thread-Topic: =?windows-1252?Q?id=E9slanten_[Id=E9slanten_2026-0019]?=",
            f"Date: {date(2, 24, 21, 3, 40)}",
            "Message-ID: <AS8PR03MB6917C90E3B@example.com>",
            f"In-Reply-To: {LANGASJO_RECEIPT}",
            f"References: {LANGASJO_APP}\n {LANGASJO_RECEIPT}",
            "X-Mailer: Microsoft Outlook 16.0",
        ],
        text(new + quoted + "\n", charset="windows-1252", cte="quoted-printable"),
    )
    notes = """Followup to the Långasjö two-liner, replying to the bot's receipt in Outlook style
    (top-posted, receipt below an underscore line and a Från/Skickat/Till/Ämne block with no '>'
    prefixes; windows-1252 QP). New text supplies activity (bus trip 18 April to the village shop
    in Ålem, why), anchoring (byastämma of ~50 asked for it, two local groups help) and a budget of
    three items = 10 700 kr. Contact true: named signer from her own address. Association false:
    only the name in the signature. The quoted receipt (listing the missing parts) gives nothing."""
    fa = app_facts(
        association_name="Långasjö bygdeförening",
        contact_name="Gunnel Håkansson",
        contact_email="gunnel.hakansson@example.com",
        ort="Långasjö",
        amount_sek=10700,
        women_and_men=True,
    )
    return "sv-langasjo-studieresa-alem", raw, label("followup", "sv", "01111", fa, notes)


@mail
def m_virserum_musik_xlsx():
    body = """Hej!

Virserums musikförening söker härmed 13 500 kr ur idéslanten till
"Sommarkvällar i hembygdsparken".

Vi är en ideell förening (org.nr 802482-2663) med 54 medlemmar som sedan
2009 ordnar konserter och spelkvällar i Virserum.

Vad vi vill göra:
Tre onsdagskvällar i juli (8, 15 och 22 juli) med musik i hembygdsparken.
Varje kväll börjar med "öppen scen" där unga från orten och kulturskolan får
spela inför publik, sedan spelar ett band från trakten. Fri entré. Vi vill
skapa en mötesplats på sommaren när det annars är ganska dött i samhället,
locka sommarboende och turister till orten och ge unga musiker en scen.
Kvällarna är för alla åldrar och både kvinnor och män.

Förankring:
Hembygdsföreningen upplåter parken gratis och sköter kaffeserveringen,
Virserums IK ordnar parkeringen. I fjol provade vi med en kväll som
lockade runt 200 besökare, och medlemsmötet den 14 februari beslutade
enhälligt att söka för tre kvällar i år.

Budget: se bifogad Excel-fil.

Med vänlig hälsning
Leif Gustavsson
Ordförande, Virserums musikförening
Tel 070-174 06 19
"""
    sheet = xlsx(
        [
            ["Budget Sommarkvällar i hembygdsparken 2026"],
            ["Post", "Antal", "À-pris", "Summa"],
            ["Artistarvode band", 3, 2500, ("B3*C3", 7500)],
            ["Hyra ljudanläggning inkl. tekniker", 3, 1200, ("B4*C4", 3600)],
            ["Affischer och annonser", 1, 1500, ("B5*C5", 1500)],
            ["STIM-avgift", 1, 900, ("B6*C6", 900)],
            ["Summa", None, None, ("SUM(D3:D6)", 13500)],
            [],
            ["Sökt belopp från idéslanten", None, None, ("D7", 13500)],
        ],
        sheet="Budget",
    )
    root = multipart(
        "mixed",
        "------------090205030607010408060902",
        [
            text(body, charset="iso-8859-1"),
            attachment(
                sheet,
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                "budget sommarkvallar 2026.xlsx",
            ),
        ],
        preamble="This is a multi-part message in MIME format.",
    )
    raw = message(
        [
            f"From: {addr('Leif Gustavsson', 'leif.gustavsson@example.net', 'iso-8859-1')}",
            f"To: {BOT_ADDR}",
            f"Subject: {ew('Ansökan idéslanten Virserums musikförening', 'iso-8859-1')}",
            f"Date: {date(3, 3, 18, 26, 5)}",
            "Message-ID: <0b3e7d1a-5c2f-9e84-virserum@example.net>",
            "User-Agent: Mozilla/5.0 (Windows NT 6.1; rv:102.0) Gecko/20100101 Thunderbird/102.15.1",
        ],
        root,
    )
    notes = """Complete application, iso-8859-1 8bit body with an ISO-8859-1 Q-encoded subject and
    the budget in an .xlsx attachment (formulas with cached values). Association: name, org.nr,
    54 members. Contact: Leif Gustavsson, own address, phone. Activity: three dated summer evenings
    with open stage for young people and a local band, local benefit stated. Anchoring:
    hembygdsförening and sports club cooperate, last year's trial, member meeting decision. Budget
    readable in the spreadsheet (four items, total 13 500 = applied). Performer fees and renting
    sound equipment are neither salary nor investment. "Både kvinnor och män" -> true."""
    fa = app_facts(
        association_name="Virserums musikförening",
        org_number="802482-2663",
        contact_name="Leif Gustavsson",
        contact_email="leif.gustavsson@example.net",
        contact_phone="070-174 06 19",
        members=54,
        ort="Virserum",
        amount_sek=13500,
        women_and_men=True,
    )
    return "virserum-musikforening-xlsx", raw, label("application", "sv", "11111", fa, notes)


@mail
def m_mortorp_bydag_base64():
    body = """Hej,

Vi är några grannar i Mortorp som har pratat om att ordna en bydag i sommar, och min svärmor tipsade om idéslanten.

Planen är "Mortorpsdagen" lördag 22 augusti på gamla skolgården. Loppis där alla får ställa ut gratis, tipspromenad runt byn, kanske kan räddningsvärnet visa sin bil (vi har inte frågat än), och företagen i byn (gårdsbutiken, snickeriet, ridskolan) ska få visa upp sig. På kvällen knytkalas. Tanken är att folk ska lära känna varandra, särskilt alla nya som flyttat in i husen vid Bäckvägen, och att fler ska se vad som faktiskt finns i byn.

Vi tror att väldigt många kommer att gilla det, det var länge sedan det hände något sånt här.

Det vi behöver pengar till:
- hyra av partytält 2 500 kr
- hyra av hoppborg till barnen 1 800 kr
- hyra av ljudanläggning 900 kr
- annonser/flyers 800 kr
Totalt 6 000 kr

Hör av er om ni undrar något!

Emil Rask
070-174 06 71
"""
    html = (
        '<html><body style="font-family:Verdana;font-size:13px">'
        + "".join(
            f"<p>{xml_escape(par).replace(chr(10), '<br>')}</p>"
            for par in body.strip().split("\n\n")
        )
        + "</body></html>\n"
    )
    root = multipart(
        "alternative",
        "=_9f3c1e0b7a5d4e2f8c6b1a0d3e5f7a9b",
        [text(body, cte="base64"), text(html, "html", cte="base64")],
    )
    raw = message(
        [
            f"Date: {date(3, 10, 22, 15, 36)}",
            f"From: {addr('Emil Rask', 'emil.rask88@example.net')}",
            f"To: {BOT_ADDR}",
            f"Subject: {ew('Bidrag till bydag i Mortorp', enc='B')}",
            "Message-ID: <1773177336.417829.mortorp@example.net>",
            "X-Mailer: Webmail 9.3",
        ],
        root,
    )
    notes = """Webmail multipart/alternative, both parts base64 utf-8, B-encoded subject. Association
    false: "några grannar i Mortorp" is an unnamed group. Contact true: Emil Rask signs from his own
    address with a phone. Activity true: dated village day with concrete programme and stated local
    benefit (newcomers, local firms). Anchoring false: only a hope that many will like it. Budget
    true: four rental/advertising items = 6 000 kr (amount). Renting tent and bouncy castle is not
    an investment. "Alla nya" does not state genders, so women_and_men null; members unknown."""
    fa = app_facts(
        contact_name="Emil Rask",
        contact_email="emil.rask88@example.net",
        contact_phone="070-174 06 71",
        ort="Mortorp",
        amount_sek=6000,
    )
    return "mortorp-bydag-grannar", raw, label("application", "sv", "01101", fa, notes)


@mail
def m_spam_utbetalning():
    html = """<html><head><meta charset="utf-8"></head><body style="font-family:Arial">
<div style="border-top:6px solid #00539b;padding:16px;max-width:560px">
<p style="font-size:18px;color:#00539b"><b>Region Kalmar Iän – Bidragsenheten</b></p>
<p>Bästa mottagare,</p>
<p>Ert föreningsbidrag på <b>14 850 SEK</b> har beviljats men utbetalningen har <b>stoppats</b> på grund av ofullständiga bankuppgifter.</p>
<p>För att undvika att beslutet annulleras måste ni bekräfta era uppgifter inom <b>48 timmar</b>:</p>
<p style="text-align:center"><a href="https://regionkalmar-utbetalning.example.net/verifiera?id=SE-884120" style="background:#00539b;color:#fff;padding:10px 22px;text-decoration:none">BEKRÄFTA UTBETALNING</a></p>
<p>Ha BankID och föreningens kontonummer redo. Observera att detta är sista påminnelsen.</p>
<p>Med vänlig hälsning,<br>Handläggare Bidrag &amp; Stöd<br>Region Kalmar Iän</p>
<p style="font-size:10px;color:#999">Detta meddelande är automatiskt genererat, svara ej. Ärende SE-884120.</p>
</div></body></html>
"""
    raw = message(
        [
            f"From: {addr('Region Kalmar Iän Bidrag', 'utbetalning-noreply@example.net')}",
            "Reply-To: handlaggare.bidrag@example.com",
            f"To: {BOT_ADDR}",
            f"Subject: {ew('Åtgärd krävs: Utbetalning av föreningsbidrag stoppad (SE-884120)', enc='B')}",
            f"Date: {date(3, 12, 4, 7, 58)}",
            "Message-ID: <20260312030758.7F1A2B3C4D@example.net>",
            "X-Priority: 1 (Highest)",
        ],
        text(html, "html", cte="base64"),
    )
    notes = """Phishing: HTML-only base64, sender pretends to be "Region Kalmar Iän" (capital I for l)
    and urges the recipient to confirm bank details for a stopped grant payout via a link, 48-hour
    deadline, Reply-To elsewhere. It talks about a grant amount but is neither an application nor
    a question; kind spam, all elements false and all facts null."""
    return "phishing-bidrag-stoppad", raw, label("spam", "sv", NONE_E, facts(), notes)


ALSTERBRO_APP = "<8d41f0c2-ab77-4a6e-b3c9-alsterbro@example.se>"
ALSTERBRO_RECEIPT = "<ideslanten.2026-0042.r@example.se>"


@mail
def m_alsterbro_slatter_dialekt():
    body = """Hej på er

Vi i Alsterbro byalag har tänkt å ordna en slåtterdag i sommar å undrar om vi
kan få lite pengar ur idéslanten till dä.

Byalaget har hållit på sen 1994, vi ä 58 medlemmar nu å vi har hand om
bygdegården å badplatsen vid ån.

Dä ä så att ängen vid gamla skolan håller på å växa igen, å dä finns knappt
nån kvar som kan slå med lie. Så vi tänkte lörda den 11 juli: en kunnig
kursledare från hembygdsrörelsen lär ut lieslåtter på förmiddan, sen slår vi
ängen ihop å räfsar, å på kvällen blir dä slåtterfest i bygdegården me
knytkalas å spelmän. Dä ä för hela bygda, karar å kärngar, pôjkar å jäntor,
gamla å unga. Vi vill att di unga ska lära sej å att ängen blir en fin plats
för alla igen, å så ä dä gött å träffas.

Vi tog upp dä på byastämman i februari, där va ett trettital å alla tyckte
dä va en bra idé. Hembygdsföreningen å jaktlaget ställer upp me folk å grejer.

Pengarna:
kursledare lieslåtter 3 000 kr
spelmän 1 500 kr
hyra bygdegården 800 kr
hyra å slipning av lier 1 200 kr
annons i tidningen 500 kr
= 7 000 kr

Hälsningar
Styrelsen i Alsterbro byalag
"""
    raw = message(
        [
            f"From: {addr('Alsterbro Byalag', 'alsterbro.byalag@example.se')}",
            f"To: {BOT_ADDR}",
            "Subject: =?iso-8859-1?Q?Ans=F6kan_sl=E5tterdag_Alsterbro?=",
            f"Date: {date(3, 18, 16, 20, 44)}",
            f"Message-ID: {ALSTERBRO_APP}",
            "X-Mailer: Microsoft Windows Live Mail 16.4.3528.331",
        ],
        text(body, charset="iso-8859-1", cte="quoted-printable"),
    )
    notes = """Application in broad Småland dialect ("vi ä", "å", "dä", "karar å kärngar, pôjkar å
    jäntor" = men and women, boys and girls), iso-8859-1 QP from an old Windows Live Mail. Signed
    only "Styrelsen i Alsterbro byalag" from the shared association mailbox: contact false, contact
    facts null. Association true (name, since 1994, 58 members, runs the village hall). Activity
    true: scythe course and mowing on Saturday 11 July plus evening party, local benefit stated.
    Anchoring true: byastämma of about thirty backed it, two local associations help. Budget: five
    items = 7 000 kr. Renting and sharpening scythes is not an investment; women_and_men true."""
    fa = app_facts(
        association_name="Alsterbro byalag",
        members=58,
        ort="Alsterbro",
        amount_sek=7000,
        women_and_men=True,
    )
    return "alsterbro-slatterdag-dialekt", raw, label("application", "sv", "10111", fa, notes)


@mail
def m_alsterbro_kontaktperson():
    new = """Hej.
Kontaktperson för slåtterdagen blir jag, Bengt-Göran Petersson, kassör i
Alsterbro byalag. Nås på 070-174 06 58 eller bengan.petersson@example.com
(kollar den oftare än byalagets adress).

/B-G

"""
    quoted = "Den 2026-03-18 kl. 16:21, skrev Idéslanten – Region Kalmar län:\n" + quote(
        receipt_lines("2026-0042", ["contact"], 1)
    )
    raw = message(
        [
            f"From: {addr('Alsterbro Byalag', 'alsterbro.byalag@example.se')}",
            f"To: {addr('Idéslanten – Region Kalmar län', BOT_ADDR)}",
            f"Subject: {ew('Re: Ansökan slåtterdag Alsterbro [Idéslanten 2026-0042]')}",
            f"Date: {date(3, 20, 8, 5, 12)}",
            "Message-ID: <3c2a9e51-0f4d-4b8e-a1d7-alsterbro2@example.se>",
            f"In-Reply-To: {ALSTERBRO_RECEIPT}",
            f"References: {ALSTERBRO_APP}\n {ALSTERBRO_RECEIPT}",
            "User-Agent: Mozilla Thunderbird",
            "Content-Language: sv",
        ],
        text(new + quoted + "\n", params="; format=flowed", cte="8bit"),
    )
    notes = """Followup in the Alsterbro thread (Thunderbird, format=flowed, receipt quoted with '>'),
    from the same shared mailbox. The new text names Bengt-Göran Petersson, treasurer, with phone
    and his own e-mail, so contact is true and those are the contact facts even though From is the
    association mailbox. Nothing else is supplied; the quoted receipt lists only the contact."""
    fa = app_facts(
        association_name="Alsterbro byalag",
        contact_name="Bengt-Göran Petersson",
        contact_email="bengan.petersson@example.com",
        contact_phone="070-174 06 58",
    )
    return "re-alsterbro-kontaktperson", raw, label("followup", "sv", "01000", fa, notes)


@mail
def m_loftahammar_docx():
    body = """Hej!

Bifogat finns vår ansökan om idéslanten för 2026. Hör av dig om något är oklart.

Mvh
Johan Ek
ordförande, Föreningen Levande Loftahammar
070-174 06 22
"""
    doc = docx(
        [
            "# Ansökan om regional bygdepeng – idéslanten 2026",
            "# 1. Förening",
            "Föreningen Levande Loftahammar, org.nr 802511-9432. Bildad 2011 för att utveckla Loftahammar som en levande ort året runt. 212 medlemmar (privatpersoner och 14 företag).",
            "# 2. Kontaktperson",
            "Johan Ek, ordförande, johan.ek@example.org, 070-174 06 22",
            "# 3. Aktivitet: Välkommen till Loftahammar",
            "Det flyttar in fler barnfamiljer och distansarbetare än på länge, men många säger att det är svårt att komma in i bygden. Vi ordnar två välkomstkvällar i bygdegården (25 april och 17 oktober) där ortens föreningar, företag och kommunens servicepunkt presenterar sig, följt av en guidad vandring i hamnen och gemensam middag. Vi tar också fram en välkomstfolder med kontaktuppgifter till alla föreningar som delas ut till alla nyinflyttade. Målet är att nya invånare, kvinnor och män i alla åldrar, snabbt hittar sammanhang och vill stanna kvar.",
            "# 4. Förankring",
            "Idén kommer från Loftahammars föreningsråd där nio föreningar ingår; rådet beslutade på sitt möte 3 mars 2026 att stå bakom välkomstkvällarna och alla nio medverkar. En enkät till nyinflyttade som vi gjorde i höstas (23 svar) visade att det viktigaste var att lära känna föreningslivet.",
            "# 5. Budget",
            [
                ["Post", "Belopp"],
                ["Hyra bygdegården, 2 kvällar à 1 000 kr", "2 000 kr"],
                ["Guide hamnvandring, 2 × 1 500 kr", "3 000 kr"],
                ["Tryck av välkomstfolder (500 ex)", "3 500 kr"],
                ["Annonsering", "1 200 kr"],
                ["Middag, 2 × 1 500 kr", "3 000 kr"],
                ["Summa (sökt belopp)", "12 700 kr"],
            ],
            "Inga lönekostnader eller investeringar ingår.",
        ]
    )
    root = multipart(
        "mixed",
        "Apple-Mail=_6A2F14D3-9C0B-4E7A-8D51-2B3C4D5E6F70",
        [
            text(body, charset="utf-8", cte="quoted-printable"),
            attachment(
                doc,
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                "Ansökan_idéslanten_2026.docx",
            ),
        ],
    )
    raw = message(
        [
            f"From: {addr('Johan Ek', 'johan.ek@example.org')}",
            f"Subject: {ew('Ansökan idéslanten – Levande Loftahammar')}",
            f"Date: {date(3, 26, 7, 12, 30)}",
            "Message-ID: <6A2F14D3-9C0B-4E7A-8D51-loftahammar@example.org>",
            f"To: {BOT_ADDR}",
            "X-Mailer: Apple Mail (2.3826.400.131.1.6)",
        ],
        root,
    )
    notes = """Complete application in a .docx attachment (non-ASCII file name via RFC 2231 and an
    encoded name parameter), short QP covering note from Apple Mail. Everything is in the document:
    association with org.nr and 212 members, contact Johan Ek (also signer from his own address),
    two dated welcome evenings plus a folder for newcomers with local benefit, anchoring through the
    local association council of nine groups (decision 3 March) and a survey, and a budget table of
    five items = 12 700 kr applied. Women and men stated; no salary/investment."""
    fa = app_facts(
        association_name="Föreningen Levande Loftahammar",
        org_number="802511-9432",
        contact_name="Johan Ek",
        contact_email="johan.ek@example.org",
        contact_phone="070-174 06 22",
        members=212,
        ort="Loftahammar",
        amount_sek=12700,
        women_and_men=True,
    )
    return "loftahammar-valkomstkvallar-docx", raw, label("application", "sv", "11111", fa, notes)


FLISERYD_APP = "<4B1F2C3D-8E9A-4F0B-9C1D-FLISERYD1@example.com>"
FLISERYD_RECEIPT = "<ideslanten.2026-0057.r@example.se>"


@mail
def m_fliseryd_iphone():
    body = """Hej! Skriver från bilen (står still lovar) så ursäkta kortheten

Jag är sekreterare i Fliseryds föräldraförening, vi är 34 medlemmar (familjer). Vi vill söka pengar till en prova på dag vid Emån lördag 9 maj för barn och föräldrar. Kanotpaddling med instruktör, fiske och grillning. Så att barnfamiljerna lär känna varandra och upptäcker naturen runt byn, vill att fler ska vilja bo kvar här. För både tjejer och killar och vuxna såklart.

Det kostar typ 8000 med instruktör och hyra av kanoter, ska räkna på det exakt.

Jessica Nyberg
070 174 06 45

Skickat från min iPhone
"""
    raw = message(
        [
            "Content-Type: text/plain;\n\tcharset=utf-8",
            "Content-Transfer-Encoding: quoted-printable",
            f"From: {addr('Jessica Nyberg', 'jessica.nyberg@example.com')}",
            "Mime-Version: 1.0 (1.0)",
            f"Date: {date(4, 2, 17, 41, 9)}",
            "Subject: Ansokan ideslanten fliseryd",
            f"Message-Id: {FLISERYD_APP}",
            f"To: {BOT_ADDR}",
            "X-Mailer: iPhone Mail (22D72)",
        ],
        Part([], quopri.encodestring(body.encode())),
        mime_version=False,
    )
    notes = """Parent writing from the car on an iPhone (Apple's header order, Mime-Version "1.0
    (1.0)", QP body, subject without å/ä/ö). Association true: Fliseryds föräldraförening with 34
    member families (members 34). Contact true: Jessica Nyberg signs with phone from her own address.
    Activity true: try-out day at Emån on 9 May with canoe instructor, fishing, barbecue, and why.
    Anchoring false: nothing about local backing. Budget false: only a rough "typ 8000" with two
    cost types but no item amounts; that single figure is the amount. "Tjejer och killar och
    vuxna" -> women_and_men true. Renting canoes is not an investment."""
    fa = app_facts(
        association_name="Fliseryds föräldraförening",
        contact_name="Jessica Nyberg",
        contact_email="jessica.nyberg@example.com",
        contact_phone="070 174 06 45",
        members=34,
        ort="Fliseryd",
        amount_sek=8000,
        women_and_men=True,
    )
    return "fliseryd-prova-pa-dag-iphone", raw, label("application", "sv", "11100", fa, notes)


@mail
def m_fliseryd_budget():
    new = """Hej här är budgeten!!

Instruktör kanot 3000
Hyra 8 kanoter 3200
Fiskekort till barnen 400
Korv bröd dricka 800
Annons + lappar 600
Blir 8000 kr

Jessica Nyberg

Skickat från min iPhone

"""
    quoted = (
        "> 2 apr. 2026 kl. 17:43 skrev Idéslanten – Region Kalmar län <ideslanten@example.se>:\n>\n"
        + quote(receipt_lines("2026-0057", ["anchoring", "budget"], 2))
    )
    raw = message(
        [
            "Content-Type: text/plain;\n\tcharset=utf-8",
            "Content-Transfer-Encoding: quoted-printable",
            f"From: {addr('Jessica Nyberg', 'jessica.nyberg@example.com')}",
            "Mime-Version: 1.0 (1.0)",
            f"Date: {date(4, 3, 7, 55, 40)}",
            f"Subject: {ew('Re: Ansokan ideslanten fliseryd [Idéslanten 2026-0057]')}",
            "Message-Id: <9D0E1F2A-3B4C-4D5E-8F60-FLISERYD2@example.com>",
            f"References: {FLISERYD_APP} {FLISERYD_RECEIPT}",
            f"In-Reply-To: {FLISERYD_RECEIPT}",
            f"To: {addr('Idéslanten – Region Kalmar län', BOT_ADDR)}",
            "X-Mailer: iPhone Mail (22D72)",
        ],
        Part([], quopri.encodestring((new + quoted + "\n").encode())),
        mime_version=False,
    )
    notes = """iPhone followup to the Fliseryd receipt, which asked for anchoring and budget. The new
    text gives only a budget (five items without "kr", total 8 000) and the signer's name from her
    own address (contact true). Anchoring is still missing; the quoted receipt's guidance lines do
    not count. Fishing licences and food are consumables, not investments."""
    fa = app_facts(
        contact_name="Jessica Nyberg",
        contact_email="jessica.nyberg@example.com",
        amount_sek=8000,
    )
    return "re-fliseryd-budget", raw, label("followup", "sv", "01001", fa, notes)


@mail
def m_question_kastlosa_scen():
    body = """Hej Region Kalmar,vi i Kastlösa bygdegårdsförening funderar på att söka idéslanten för att köpa en ny scen till bygdegården, den gamla är rutten och farlig att stå på,går det att söka till det eller är det bara till aktiviteter ? Och hur mycket kan man få ? Vi är ca 70 medlemmar så det är inget problem med antalet.

Tacksam för svar

Bertil Öhman
ordf. Kastlösa bygdegårdsförening
"""
    raw = message(
        [
            f"From: {addr('Bertil Öhman', 'bertil.ohman@example.se', 'iso-8859-1')}",
            f"To: {BOT_ADDR}",
            f"Subject: {ew('Fråga om scen', 'iso-8859-1')}",
            f"Date: {date(4, 9, 11, 3, 55)}",
            "Message-ID: <000001dcc8a4$2e5f1b20$8b1d5160$@example.se>",
            "X-Mailer: Microsoft Outlook 14.0",
            "Thread-Index: AdzIpC3x0Y7k2B9QRZmA4u1VNnP6wQ==",
        ],
        text(body, charset="windows-1252", cte="8bit"),
    )
    notes = """Question, windows-1252 8bit, older writer with commas and spaces in odd places: asks
    whether the grant can pay for buying a new stage for the village hall and how much one can get.
    Not an application (asks whether it is allowed; no activity, no budget). Facts as stated:
    association, contact Bertil Öhman from his own address, about 70 members, ort Kastlösa. The
    question itself proposes buying a stage, so physical_investment is true; salary_costs null.
    The rule amount is only asked about, so amount_sek is null."""
    fa = facts(
        association_name="Kastlösa bygdegårdsförening",
        contact_name="Bertil Öhman",
        contact_email="bertil.ohman@example.se",
        members=70,
        ort="Kastlösa",
        physical_investment=True,
    )
    return "fraga-kastlosa-scen", raw, label("question", "sv", NONE_E, fa, notes)


@mail
def m_gullabo_grasklippare():
    body = """Hej

Gullabo Sportklubb vill söka idéslanten till att köpa en åkgräsklippare till
idrottsplatsen.

Om oss: Gullabo SK, org nr 802462-7054, bildad 1946, 96 medlemmar. Vi har ett
damlag och ett herrlag i fotboll och två ungdomslag, plus att vi sköter
idrottsplatsen som hela byn använder.

Vad vi vill göra: Vår gamla klippare gick sönder i höstas och det kostar för
mycket att hyra in någon. Med en egen åkklippare kan våra ideella klippa varje
vecka maj till september. Idrottsplatsen används av skolan på dagtid, av alla
fyra lagen och för midsommarfirandet och skördefesten, så det gynnar hela
Gullabo, både damer och herrar, barn och gamla.

Alla i byn vet hur viktig idrottsplatsen är.

Kostnader:
Åkgräsklippare (Stiga Estate, offert från maskinhandlaren) 24 900 kr
Bensin och service första säsongen 1 500 kr
Summa 26 400 kr
Vi söker 15 000 kr, resten tar klubben från kiosken.

Tack på förhand!
Roger Holm
Kassör Gullabo SK
0701-74 06 37
"""
    raw = message(
        [
            f"From: {addr('Roger Holm', 'roger.holm@example.com')}",
            f"To: {BOT_ADDR}",
            f"Subject: {ew('Ansökan idéslanten gräsklippare Gullabo SK', 'windows-1252')}",
            f"Date: {date(4, 15, 12, 31, 2)}",
            "Message-ID: <PR3P191MB1204E7A6C3@example.com>",
            "X-Mailer: Microsoft Outlook 16.0",
        ],
        text(body, charset="windows-1252", cte="8bit"),
    )
    notes = """Application that misunderstands the grant: a sports club wants a ride-on lawnmower
    (windows-1252 8bit). Elements are judged on content, not eligibility: association true (name,
    org.nr, 96 members), contact true (Roger Holm, own address, phone), activity true (concrete:
    weekly volunteer mowing so school, four teams and village festivities can use the ground),
    budget true (two items with amounts, total 26 400, applied 15 000 = amount_sek). Anchoring false:
    "alla i byn vet hur viktig idrottsplatsen är" is an empty claim. Buying a machine ->
    physical_investment true; "damer och herrar" -> women_and_men true."""
    fa = app_facts(
        association_name="Gullabo Sportklubb",
        org_number="802462-7054",
        contact_name="Roger Holm",
        contact_email="roger.holm@example.com",
        contact_phone="0701-74 06 37",
        members=96,
        ort="Gullabo",
        amount_sek=15000,
        women_and_men=True,
        physical_investment=True,
    )
    return "gullabo-sk-akgrasklippare", raw, label("application", "sv", "11101", fa, notes)


VISSEFJARDA_APP = "<DU0P190MB1766F1C0A2E4B3D5@example.com>"
VISSEFJARDA_RECEIPT = "<ideslanten.2026-0066.r@example.se>"
VISSEFJARDA_OFFICER = "<GV1P192MB0488B91E@example.se>"


@mail
def m_vissefjarda_english():
    body = """Dear rural development officer,

We would like to apply for the idéslanten grant for our language café in
Vissefjärda. I hope it is fine to write in English.

About us: Vissefjärda Nya Grannar (Vissefjärda New Neighbours) was registered
as an ideell förening last autumn, organisation number 802529-4748. We are 27
members, both Swedish families who have lived here for generations and
newcomers from the Netherlands, Germany, Syria and Eritrea.

What we want to do: a language café every second Tuesday evening from
8 September to 15 December (8 evenings) in the bygdegård, where newcomers
practise Swedish with local volunteers over coffee. We will also hold two
"open kitchen" evenings where families cook dishes from their home countries
together. Many houses around Vissefjärda have been sold to families from
abroad in recent years; if they learn the language and get to know their
neighbours, they stay, start businesses and put their children in the local
school. It is open to everyone, women and men, young and old.

Local support: the idea came from an open meeting in the parish hall on
14 February where 31 people came, locals and newcomers. Vissefjärda
hembygdsförening and the local Red Cross group have promised volunteers,
and the school will spread the invitations to all parents.

Budget: we are still waiting for prices from the bygdegård, so I will send
the budget later. We think it will be around 12 000 SEK.

Kind regards,
Sanne de Vries
Chair, Vissefjärda Nya Grannar
+46 70 174 06 81
"""
    html = (
        '<html><head><style>p{margin:0}</style></head><body><div style="font-family:Aptos,Calibri,sans-serif;font-size:12pt">'
        + "".join(
            f"<p>{xml_escape(ln) if ln else '&nbsp;'}</p>" for ln in body.rstrip("\n").split("\n")
        )
        + "</div></body></html>\n"
    )
    root = multipart(
        "alternative",
        "_000_DU0P190MB1766F1C0A2E4B3D5_",
        [
            text(body, charset="iso-8859-1", cte="quoted-printable"),
            text(html, "html", "iso-8859-1", "quoted-printable"),
        ],
    )
    raw = message(
        [
            f"From: {addr('Sanne de Vries', 'sanne.devries@example.com')}",
            f"To: {BOT_ADDR}",
            f"Subject: {ew('Application idéslanten – language café Vissefjärda')}",
            f"Date: {date(4, 21, 21, 9, 33)}",
            f"Message-ID: {VISSEFJARDA_APP}",
            "Content-Language: en-GB",
            "X-MS-Exchange-Organization-SCL: -1",
        ],
        root,
    )
    notes = """Application in English from a newcomer (Outlook.com multipart/alternative, iso-8859-1
    QP, UTF-8 encoded subject). Association true (registered ideell förening, org.nr, 27 members),
    contact true (Sanne de Vries, own address, phone), activity true (8 dated language-café
    evenings + 2 open-kitchen evenings, local benefit explained), anchoring true (open meeting of
    31 people, hembygdsförening and Red Cross volunteers, school). Budget false: "will send the
    budget later", only a rough "around 12 000 SEK", which is the amount. Women and men stated."""
    fa = app_facts(
        association_name="Vissefjärda Nya Grannar",
        org_number="802529-4748",
        contact_name="Sanne de Vries",
        contact_email="sanne.devries@example.com",
        contact_phone="+46 70 174 06 81",
        members=27,
        ort="Vissefjärda",
        amount_sek=12000,
        women_and_men=True,
    )
    return "vissefjarda-language-cafe-english", raw, label("application", "en", "11110", fa, notes)


@mail
def m_bounce_vissefjarda():
    original = message(
        [
            f"From: {OFFICER_FROM}",
            f"To: {addr('Sanne de Vries', 'sanne.devries@example.com')}",
            "Cc: pieter.devires@example.com",
            f"Subject: {ew('SV: Application idéslanten – language café Vissefjärda')}",
            f"Date: {date(4, 28, 9, 40, 11)}",
            f"Message-ID: {VISSEFJARDA_OFFICER}",
            f"In-Reply-To: {VISSEFJARDA_APP}",
            f"References: {VISSEFJARDA_APP}",
        ],
        text(
            """Hi Sanne,

Thank you for the application, it looks very good. Send the budget as soon as
you have the prices from the bygdegård and we will take it up in May.

Best regards
Landsbygdsutvecklare, Region Kalmar län
""",
            cte="8bit",
        ),
    )
    notice = """This is the mail system at host mx2.example.se.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<pieter.devires@example.com>: host mx.example.com[192.0.2.25] said: 550 5.1.1
    <pieter.devires@example.com>: Recipient address rejected: User unknown in
    virtual mailbox table (in reply to RCPT TO command)
"""
    status = """Reporting-MTA: dns; mx2.example.se
X-Postfix-Queue-ID: 4Ft7Qk2Zx1z9tRb
X-Postfix-Sender: rfc822; landsbygdsutvecklare@example.se
Arrival-Date: Tue, 28 Apr 2026 09:40:12 +0200 (CEST)

Final-Recipient: rfc822; pieter.devires@example.com
Original-Recipient: rfc822;pieter.devires@example.com
Action: failed
Status: 5.1.1
Remote-MTA: dns; mx.example.com
Diagnostic-Code: smtp; 550 5.1.1 <pieter.devires@example.com>: Recipient
    address rejected: User unknown in virtual mailbox table
"""
    root = multipart(
        "report",
        "4Ft7Qk2Zx1z9tRb.1777362013/mx2.example.se",
        [
            Part(
                ["Content-Description: Notification", "Content-Type: text/plain; charset=us-ascii"],
                notice.encode(),
            ),
            Part(
                ["Content-Description: Delivery report", "Content-Type: message/delivery-status"],
                status.encode(),
            ),
            Part(
                ["Content-Description: Undelivered Message", "Content-Type: message/rfc822"],
                original,
            ),
        ],
        preamble="This is a MIME-encapsulated message.",
        params=" report-type=delivery-status;",
    )
    raw = message(
        [
            "Return-Path: <>",
            f"Date: {date(4, 28, 9, 40, 13)}",
            "From: MAILER-DAEMON@example.se (Mail Delivery System)",
            "Subject: Undelivered Mail Returned to Sender",
            f"To: {OFFICER}",
            "Auto-Submitted: auto-replied",
            "Message-Id: <20260428074013.9C2E1A0B44@example.se>",
            f"References: {VISSEFJARDA_APP} {VISSEFJARDA_OFFICER}",
        ],
        root,
    )
    notes = """Postfix bounce (multipart/report; delivery-status) for the officer's reply in the
    Vissefjärda thread, which had been copied to a misspelt co-applicant address. The returned
    message carries In-Reply-To/References to the application and words like "application" and
    "budget", but this is a bounce: elements false, facts null, never answered."""
    return "bounce-vissefjarda-cc", raw, label("bounce", "en", NONE_E, facts(), notes)


@mail
def m_vissefjarda_budget_txt():
    new = """Hi again,

Sorry for the delay – we finally got the prices from the bygdegård. Here
is our budget, attached as a text file (I hope that is OK). In short we
apply for 11 600 SEK.

Best,
Sanne de Vries
"""
    quoted = (
        "On Tue, Apr 21, 2026 at 9:10 PM Idéslanten – Region Kalmar län <ideslanten@example.se> wrote:\n\n"
        + quote(receipt_lines("2026-0066", ["budget"], 1))
    )
    plain = new + "\n" + quoted + "\n"
    html = (
        '<div dir="ltr">'
        + "<br>".join(xml_escape(ln) for ln in new.rstrip().split("\n"))
        + '</div><br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">On Tue, Apr 21, 2026 at 9:10 PM Idéslanten – Region Kalmar län &lt;<a href="mailto:ideslanten@example.se">ideslanten@example.se</a>&gt; wrote:<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">'
        + "<br>".join(xml_escape(ln) for ln in receipt_lines("2026-0066", ["budget"], 1))
        + "</blockquote></div>\n"
    )
    budget = """Budget - Language cafe and open kitchen, Vissefjärda autumn 2026

Rent bygdegården, 8 evenings x 450 SEK          3 600
Rent bygdegården incl. kitchen, 2 x 900 SEK     1 800
Books and material for the language cafe        1 200
Ingredients for the two open kitchen evenings   2 000
Fee for a local storyteller (one evening)       1 500
Posters and flyers (Swedish/English/Arabic)     1 500
-------------------------------------------------------
Total                                          11 600 SEK

No salaries, no equipment bought. Coffee is brought by the volunteers.
"""
    root = multipart(
        "mixed",
        "000000000000f3a91b062c4d1e20",
        [
            multipart(
                "alternative",
                "000000000000f3a919062c4d1e1e",
                [text(plain, cte="quoted-printable"), text(html, "html", cte="quoted-printable")],
            ),
            attachment(
                budget.encode("utf-8"), 'text/plain; charset="UTF-8"', "budget_language_cafe.txt"
            ),
        ],
    )
    raw = message(
        [
            f"From: {addr('Sanne de Vries', 'sanne.devries@example.com')}",
            f"Date: {date(5, 5, 20, 17, 48)}",
            "Message-ID: <CAPq2vT8sZx4-k0L1mNbQ7rW9fYh3J@example.com>",
            f"Subject: {ew('Re: Application idéslanten – language café Vissefjärda [Idéslanten 2026-0066]')}",
            f"In-Reply-To: {VISSEFJARDA_RECEIPT}",
            f"References: {VISSEFJARDA_APP}\n {VISSEFJARDA_RECEIPT}",
            f"To: {addr('Idéslanten – Region Kalmar län', BOT_ADDR)}",
        ],
        root,
    )
    notes = """English Gmail followup to the Vissefjärda receipt: multipart/mixed with a
    multipart/alternative body (Gmail "On ... wrote:" quote, blockquote in HTML) and the budget as a
    base64 .txt attachment with six items totalling 11 600 SEK (applied amount). Budget true;
    contact true (signed by Sanne de Vries from her own address). Nothing else is supplied."""
    fa = app_facts(
        contact_name="Sanne de Vries",
        contact_email="sanne.devries@example.com",
        ort="Vissefjärda",
        amount_sek=11600,
    )
    return "re-vissefjarda-budget-txt", raw, label("followup", "en", "01001", fa, notes)


@mail
def m_degerhamn_pdf():
    body = """Hej!

Degerhamns Intresseförening söker pengar ur idéslanten för alvarsvandringar
och en kalkbrottskväll sommaren 2026.

Om föreningen: Degerhamns Intresseförening (802445-8302) har sedan 1998 jobbat
för att södra Öland ska vara en levande bygd året runt. Vi har ca 120
medlemmar.

Aktiviteten: Tre guidade vandringar på Stora alvaret (30 maj, 13 juni och
27 juni) med en botaniker som guide, och en kväll den 8 juli i Folkets hus
om cementfabrikens och kalkbrottets historia med en lokal historiker. Vi
trycker också en enkel karta över vandringslederna runt Degerhamn som vi
hoppas kunna lägga ut på campingen och i affären. Syftet är att fler besökare
ska stanna i Degerhamn i stället för att bara köra förbi till Ottenby, vilket
gynnar affären, caféet och campingen, och att vi som bor här lär oss mer om
vår egen bygd.

Vi tror att intresset är stort, både bland bofasta och sommargäster.

Budget bifogas som pdf. Vi söker 13 500 kr.

Kontakt: Ulla Bengtsson, ordförande
ulla.bengtsson@example.se
070-174 06 05
"""
    doc = pdf(
        [
            "# Budget – Alvarsvandringar och kalkbrottskväll 2026",
            "Degerhamns Intresseförening, org.nr 802445-8302",
            "",
            "Guidearvode botaniker, 3 vandringar à 2 000 kr ............ 6 000 kr",
            "Föredragshållare, kalkbrottskvällen ............................ 2 500 kr",
            "Hyra Folkets hus ...................................................... 1 000 kr",
            "Tryck av karta över vandringsleder (1 000 ex) ............. 3 000 kr",
            "Annonsering ............................................................. 1 000 kr",
            "",
            "# Summa / sökt belopp: 13 500 kr",
            "",
            "Degerhamn 10 maj 2026, Ulla Bengtsson, ordförande",
        ],
        compress=True,
        title="Budget alvarsvandringar",
    )
    root = multipart(
        "mixed",
        "----=_Part_112233_1357924680.1778580000000",
        [text(body), attachment(doc, "application/pdf", "Budget alvarsvandringar 2026.pdf")],
    )
    raw = message(
        [
            f"Date: {date(5, 12, 9, 26, 17)}",
            f"From: {addr('Ulla Bengtsson', 'ulla.bengtsson@example.se')}",
            f"To: {BOT_ADDR}",
            "Message-ID: <1778580377.112233.degerhamn@example.se>",
            f"Subject: {ew('Idéslanten – Degerhamns Intresseförening')}",
        ],
        root,
    )
    notes = """Application with the budget in a FlateDecode-compressed PDF (Helvetica/WinAnsi, dotted
    leaders). Association true (name, org.nr, since 1998, "ca 120 medlemmar" = 120). Contact true
    (Ulla Bengtsson with e-mail and phone). Activity true: three dated guided walks, a history
    evening and a printed trail map, with clear local benefit. Anchoring false: only "vi tror att
    intresset är stort". Budget true via the PDF (five items = 13 500 kr = applied). Printing a map
    is not an investment; the guide's fee is not salary. No gender statement -> null."""
    fa = app_facts(
        association_name="Degerhamns Intresseförening",
        org_number="802445-8302",
        contact_name="Ulla Bengtsson",
        contact_email="ulla.bengtsson@example.se",
        contact_phone="070-174 06 05",
        members=120,
        ort="Degerhamn",
        amount_sek=13500,
    )
    return "degerhamn-alvarsvandringar-pdf", raw, label("application", "sv", "11101", fa, notes)


RUDA_APP = "<CAGx7pLm2Qw9Rk4-ruda-0519@example.com>"


RUDA_BODY = """Hej!

Ruda bygdegårdsförening (73 medlemmar, org.nr 802476-0129) vill söka
idéslanten för "Teknikcafé i Ruda".

Vad: 10 träffar i bygdegården på onsdagar kl 15–17 från 2 september, där
gymnasieungdomar från byn hjälper äldre med mobilen, BankID, Swish, Kivra och
att boka tider via 1177. Varför: Ruda har ingen bank kvar och bussen går
sällan. Om de äldre klarar de digitala tjänsterna kan de bo kvar längre, och
ungdomarna får en meningsfull uppgift i byn. Det är öppet för alla, kvinnor
som män.

Förankring: PRO Ruda och Ruda IF:s ungdomssektion står bakom, och när vi
bjöd in till ett möte i bygdegården den 2 maj kom 22 personer, varav 8
ungdomar som vill vara med som hjälpare.

Budgeten ser ni på bilden (fotade av den, skannern krånglar). Vi söker
ungefär 9 000 kr.

Kerstin Alm, sekreterare
070-174 06 90
"""


@mail
def m_ruda_teknikcafe_bild():
    root = multipart(
        "mixed",
        "00000000000077d2a1062d9e0b5c",
        [
            text(RUDA_BODY, cte="quoted-printable"),
            attachment(png(96, 128, 4471), "image/png", "IMG_4471.PNG"),
        ],
    )
    raw = message(
        [
            f"From: {addr('Kerstin Alm', 'kerstin.alm@example.com')}",
            f"Date: {date(5, 19, 10, 2, 6)}",
            f"Message-ID: {RUDA_APP}",
            f"Subject: {ew('Teknikcafé i Ruda – ansökan idéslanten')}",
            f"To: {BOT_ADDR}",
        ],
        root,
    )
    notes = """Application whose budget is only a phone photo (image/png attachment, a small grainy
    picture with no legible text): budget false; "ungefär 9 000 kr" is the amount. Association true
    (name, 73 members, org.nr), contact true (Kerstin Alm, own address, phone), activity true (ten
    dated digital-help sessions by local youths for elderly, why it matters), anchoring true (PRO
    and sports club youth section behind it, meeting of 22 with 8 young helpers). Women and men
    stated. Helpers are not paid."""
    fa = app_facts(
        association_name="Ruda bygdegårdsförening",
        org_number="802476-0129",
        contact_name="Kerstin Alm",
        contact_email="kerstin.alm@example.com",
        contact_phone="070-174 06 90",
        members=73,
        ort="Ruda",
        amount_sek=9000,
        women_and_men=True,
    )
    return "ruda-teknikcafe-budget-bild", raw, label("application", "sv", "11110", fa, notes)


@mail
def m_ruda_budget_text():
    new = """Hej igen!
Fick ert svar att budgeten saknades, bilden blev visst för suddig. Här
kommer den i text:

Hyra av bygdegården 10 x 300 kr = 3 000 kr
Fika 10 x 250 kr = 2 500 kr
Hyra av projektor och skärm = 1 000 kr
Föreläsning för hjälparna av kommunens digitala guide = 1 500 kr
Annonser och lappar = 1 000 kr
Summa 9 000 kr

/Kerstin Alm

"""
    quoted = "Den tis 19 maj 2026 10:02Kerstin Alm <kerstin.alm@example.com> skrev:\n" + quote(
        RUDA_BODY.rstrip("\n").split("\n")
    )
    raw = message(
        [
            f"From: {addr('Kerstin Alm', 'kerstin.alm@example.com')}",
            f"Date: {date(5, 27, 16, 44, 51)}",
            "Message-ID: <CAGx7pLm5Tz1Wd8-ruda-0527@example.com>",
            f"Subject: {ew('Re: Teknikcafé i Ruda – ansökan idéslanten')}",
            f"In-Reply-To: {RUDA_APP}",
            f"References: {RUDA_APP}",
            f"To: {BOT_ADDR}",
        ],
        text(new + quoted + "\n", cte="base64"),
    )
    notes = """Followup that replies to the applicant's own application (not to the receipt), Gmail
    for Android quoting ("Den tis 19 maj 2026 10:02Kerstin Alm ... skrev:" with '>' lines), body
    base64. New text: a five-item budget = 9 000 kr (budget true) and the signer's name from her own
    address (contact true). The quoted application must not make association, activity or
    anchoring true again. Renting a projector is not an investment."""
    fa = app_facts(
        contact_name="Kerstin Alm",
        contact_email="kerstin.alm@example.com",
        amount_sek=9000,
    )
    return "re-ruda-budget-i-text", raw, label("followup", "sv", "01001", fa, notes)


BERGKVARA_APP = "<a7c90e12-4b3f-4d21-9e5a-bergkvara@example.net>"
BERGKVARA_OFFICER = "<GV1P192MB0488C3D4@example.se>"


@mail
def m_bergkvara_batklubb_csv():
    body = """Hej,

Bergkvara Båtklubb ansöker om 8 000 kr ur regional bygdepeng – idéslanten
för "Säker på sjön" – en sjösäkerhetsdag och öppen hamn den 13 juni.

Föreningen
Bergkvara Båtklubb, org.nr 802538-1610, grundad 1962, 164 medlemmar. Klubben
sköter småbåtshamnen i Bergkvara med 140 bryggplatser.

Aktiviteten
Lördag 13 juni håller vi öppen hamn för alla i Bergkvara med omnejd: två
kortkurser i sjösäkerhet (förmiddag och eftermiddag) med en certifierad
instruktör, prova-på i flytväst i hamnbassängen med Sjöräddningssällskapets
frivilliga, och en avslutande hamnfest. Många som flyttat hit har köpt båt
men vet lite om säkerhet, och hamnen är byns viktigaste mötesplats på
sommaren. Kursen riktar sig till alla – vi vill särskilt få med fler
kvinnor, som i dag är få bland klubbens båtförare, men också män och
ungdomar.

Förankring
Medlemsmötet 20 maj beslutade att genomföra dagen. Sjöräddningssällskapets
station i Bergkvara och Bergkvara Företagarförening är medarrangörer, och
ett tjugotal medlemmar har anmält sig som funktionärer.

Budget
Se bifogad fil (csv från Excel).

Med vänliga hälsningar

--
Per-Olof "Pelle" Sandberg
Sekreterare, Bergkvara Båtklubb
Mobil: 070-174 06 14
"""
    csv = """Kostnadspost;Antal;Pris;Belopp (kr)
Instruktör sjösäkerhetskurs;2;2000;4000
Hyra av tält till hamnfesten;1;1500;1500
Annonsering lokaltidning;1;800;800
Trycksaker (affischer, program);1;700;700
Fika och grillkorv till deltagare;1;1000;1000
Summa;;;8000
"""
    root = multipart(
        "mixed",
        "------------m1Xq8tUe0bVj3RkQ2sWa5Fz9",
        [
            text(body, params="; format=flowed"),
            attachment(
                csv.replace("\n", "\r\n").encode("windows-1252"),
                "text/csv; charset=windows-1252",
                "budget_sakerpasjon.csv",
            ),
        ],
        preamble="This is a multi-part message in MIME format.",
    )
    raw = message(
        [
            f"Date: {date(6, 3, 19, 7, 40)}",
            f"From: {addr('Pelle Sandberg', 'pelle.sandberg@example.net')}",
            f"To: {BOT_ADDR}",
            f"Subject: {ew('Ansökan idéslanten – Säker på sjön, Bergkvara Båtklubb')}",
            f"Message-ID: {BERGKVARA_APP}",
            "User-Agent: Mozilla Thunderbird",
            "Content-Language: sv-SE",
        ],
        root,
    )
    notes = """Complete application with the budget in a semicolon CSV attachment (windows-1252, CRLF
    lines inside base64) from Thunderbird with a "-- " signature block. Association: name, org.nr,
    164 members, runs the harbour. Contact: Pelle Sandberg, own address, mobile. Activity: dated
    sea-safety day with courses and harbour party, local benefit. Anchoring: member meeting
    decision, two local co-organisers, ~20 volunteers. Budget: five items = 8 000 kr = applied.
    Targets everyone with extra outreach to women -> women_and_men true. Renting a tent is not an
    investment; the instructor's fee is not salary."""
    fa = app_facts(
        association_name="Bergkvara Båtklubb",
        org_number="802538-1610",
        contact_name='Per-Olof "Pelle" Sandberg',
        contact_email="pelle.sandberg@example.net",
        contact_phone="070-174 06 14",
        members=164,
        ort="Bergkvara",
        amount_sek=8000,
        women_and_men=True,
    )
    return "bergkvara-batklubb-sjosakerhet-csv", raw, label("application", "sv", "11111", fa, notes)


@mail
def m_newsletter_leader():
    body = """JUNINYTT FRÅN LEADER KUST & GLASRIKE
-------------------------------------

Hej alla föreningar och företagare!

* Ny utlysning: Lokala initiativ 2026
  Har du en idé som utvecklar din bygd? Nu kan föreningar söka
  projektstöd på 20 000–300 000 kr. Ansök senast 15 september.
  Läs mer: https://leader-kustglasrike.example.org/utlysning

* Tips! Mindre aktiviteter (föreläsningar, byamöten, studieresor)
  passar ofta bättre för regionens idéslanten, max 15 000 kr per ort.
  Skicka inte samma ansökan till båda.

* Projektträff i Kalmar Ljungby 25 juni kl 18.00
  Vi bjuder på smörgåstårta. Anmälan till projektträff@example.org

* Månadens projekt: Fiber och framtid i Totebo
  Byalaget i Totebo berättar hur de fick 96 % av hushållen anslutna.

Trevlig sommar!
Leaderkontoret

Du får detta utskick eftersom du prenumererar på Leader Kust & Glasrikes
nyheter. Avsluta prenumerationen:
https://leader-kustglasrike.example.org/avsluta?u=8831
"""
    raw = message(
        [
            f"From: {addr('Leader Kust & Glasrike', 'nyheter@example.org')}",
            f"To: {addr('Prenumeranter', 'nyheter@example.org')}",
            f"Subject: {ew('Juninytt: ny utlysning, projektträff i Kalmar Ljungby och fiber i Totebo')}",
            f"Date: {date(6, 10, 13, 0, 2)}",
            "Message-ID: <juninytt-2026.8831@example.org>",
            "Precedence: bulk",
            "List-Unsubscribe: <https://leader-kustglasrike.example.org/avsluta?u=8831>",
            "X-Mailer: Sendinblue",
        ],
        text(body, cte="quoted-printable"),
    )
    notes = """Plain-text newsletter (QP) sent to a subscriber list, with Precedence: bulk and
    List-Unsubscribe but no List-Id; To is the list itself, the bot mailbox is only a Bcc. It
    invites applications ("Ansök senast", "Skicka inte samma ansökan") and mentions idéslanten and
    real localities, so it tests that bulk mail is not read as a question or application. All
    facts null; never answered."""
    return "nyhetsbrev-leader-juni", raw, label("newsletter", "sv", NONE_E, facts(), notes)


@mail
def m_ankarsrum_lan_android():
    body = """hej! vi e ankarsrums ungdomsråd (14 st medlemmar, 15-19 år) o vi vill ha en LAN o spelkväll i folkets hus 28 aug kl 18-02 så unga här har nåt o göra istället för att åka in till västervik hela tiden. brädspel för dom som inte gillar datorer, alla e välkomna tjejer o killar

vi söker 7000kr typ för hyra av lokalen, pizza o priser

mvh Alva Lindqvist
070-174 06 52

Skickat från min Galaxy
"""
    raw = message(
        [
            f"From: {addr('Alva Lindqvist', 'alva.lindqvist07@example.com')}",
            f"To: {BOT_ADDR}",
            f"Subject: {ew('LAN kväll ankarsrum', enc='B')}",
            f"Date: {date(6, 16, 23, 48, 19)}",
            "Message-ID: <h3k2v9p1x8-ankarsrum@example.com>",
            "X-Mailer: Samsung Email",
        ],
        text(body, cte="base64"),
    )
    notes = """Teenager writing from an Android phone (base64 utf-8, lowercase, "o" for och, no
    punctuation). Association true: Ankarsrums ungdomsråd, 14 members aged 15–19. Contact true:
    Alva Lindqvist, own address, phone. Activity true: LAN/board-game night at Folkets hus on 28 Aug
    18–02 so young people have something to do locally. Anchoring false: nothing at all about
    local backing. Budget false:
    "7000kr typ" with three cost types but no amounts -> amount 7000. "Tjejer o killar" -> true."""
    fa = app_facts(
        association_name="Ankarsrums ungdomsråd",
        contact_name="Alva Lindqvist",
        contact_email="alva.lindqvist07@example.com",
        contact_phone="070-174 06 52",
        members=14,
        ort="Ankarsrum",
        amount_sek=7000,
        women_and_men=True,
    )
    return "ankarsrum-lan-kvall-mobil", raw, label("application", "sv", "11100", fa, notes)


@mail
def m_autoreply_bergkvara_utan_header():
    body = """Hej och tack för ditt mejl!

Jag har semester till och med 9 augusti och läser inte mejl regelbundet.
Brådskande ärenden som gäller hamnen: ring hamnkaptenen på 070-174 06 99.

Hi and thank you for your e-mail! I am on holiday until 9 August.
For urgent matters regarding the harbour, please call 070-174 06 99.

/Pelle Sandberg
Bergkvara Båtklubb
"""
    raw = message(
        [
            f"From: {addr('Pelle Sandberg', 'pelle.sandberg@example.net')}",
            f"To: {OFFICER_FROM}",
            f"Subject: {ew('Re: Beslut om idéslanten – Bergkvara Båtklubb')}",
            f"Date: {date(7, 7, 10, 15, 3)}",
            "Message-ID: <b81f3e22-7d6a-4c19-a0e4-bergkvara-ooo@example.net>",
            f"In-Reply-To: {BERGKVARA_OFFICER}",
            f"References: {BERGKVARA_APP}\n {BERGKVARA_OFFICER}",
            "User-Agent: Mozilla Thunderbird",
        ],
        text(body, params="; format=flowed"),
    )
    notes = """Vacation reply WITHOUT any automation header (no Auto-Submitted, X-Autoreply or
    Precedence), set up by hand in Thunderbird: a normal-looking "Re:" subject and In-Reply-To/
    References into the Bergkvara thread, bilingual Swedish/English text about being on holiday.
    Only the content shows it is an autoreply; it must not be taken as a followup. All elements
    false, all facts null."""
    return "semester-bergkvara-utan-header", raw, label("autoreply", "sv", NONE_E, facts(), notes)


@mail
def m_lottorp_repair_cafe_mixed():
    body = """Hej!

Jag heter Tom och bor i Löttorp sedan 2024. Förlåt, min svenska är inte så
bra ännu, so I will continue in English if that is OK.

A handful of us neighbours here in Löttorp want to start a repair café this
autumn. We are not a förening (yet), just people who like to fix things.

The plan: three Saturdays (19 September, 17 October and 14 November), 11–15,
in Löttorps bygdegård. People bring broken things – clothes, bikes, lamps,
toasters – and volunteer "fixare" help them repair them for free. On one of
the days a textile conservator from Borgholm holds a mending workshop. In
autumn and winter the north of Öland gets very quiet when the summer guests
leave; we want a place where people meet, learn from each other and throw
away less. Everyone is welcome, men and women, old and young.

Förankring: we held an open meeting in the bygdegård on 2 August and about
25 people came. Nine of them signed up as volunteer fixers, and Löttorps
hembygdsförening lets us use the bygdegård at a reduced rent. The ICA shop
will put up our posters.

Budget:
Hyra bygdegården 3 x 500 kr = 1 500 kr
Reservdelar, tråd, cykelslangar etc. = 1 200 kr
Arvode textilkonservator (workshop) = 1 500 kr
Affischer = 600 kr
Kaffe och bullar = 600 kr
Totalt 5 400 kr

Tack så mycket!
Tom Whitfield
070-174 06 63
"""
    raw = message(
        [
            f"From: {addr('Tom Whitfield', 'tom.whitfield@example.org')}",
            f"To: {BOT_ADDR}",
            f"Subject: {ew('Repair café in Löttorp – idéslanten')}",
            f"Date: {date(8, 11, 8, 52, 30)}",
            "Message-ID: <7c1e5d90-3f2b-4a8e-b6d1-lottorp@example.org>",
            "User-Agent: Fastmail Web",
        ],
        text(body, cte="quoted-printable"),
    )
    notes = """Newcomer mixing Swedish and English (mostly English, so language en), utf-8 QP.
    Association false: "a handful of us neighbours", explicitly not a förening and unnamed.
    Contact true: Tom Whitfield from his own address with phone. Activity true: three dated repair
    café Saturdays with a mending workshop and stated local benefit. Anchoring true: open meeting of
    ~25, nine volunteers, hembygdsförening lends the hall, shop helps. Budget true: five items
    (Swedish) = 5 400 kr. Spare parts and thread are consumables; the conservator's fee is not
    salary. "Men and women" -> true. No member count."""
    fa = app_facts(
        contact_name="Tom Whitfield",
        contact_email="tom.whitfield@example.org",
        contact_phone="070-174 06 63",
        ort="Löttorp",
        amount_sek=5400,
        women_and_men=True,
    )
    return "lottorp-repair-cafe-blandsprak", raw, label("application", "en", "01111", fa, notes)


@mail
def m_sodra_vi_kvinnoforum_html():
    html = """<html><body><div style="font-family: Georgia, serif; font-size: 14px;">Hej!<br><br>
Södra Vi Kvinnoforum söker härmed <b>13 700 kr</b> ur idéslanten.<br><br>
<b>Om oss</b><br>
Södra Vi Kvinnoforum är en ideell förening (org.nr 802519-3577) som sedan 2019 samlar kvinnor i Södra Vi med omnejd kring företagande, hälsa och föreningsliv. Vi har 38 medlemmar.<br><br>
<b>Aktiviteten: "Starta eget i Södra Vi"</b><br>
Fyra kvällar i bibliotekets lokal under oktober–november (7/10, 21/10, 4/11, 18/11) för traktens kvinnor som funderar på att starta eller utveckla ett företag: affärsidé, ekonomi och skatt, marknadsföring i sociala medier och ett avslutande nätverksmöte med kvinnliga företagare från bygden. Flera kvinnor här driver redan hantverk, hästverksamhet och omsorg i liten skala men vågar inte ta nästa steg. Fler företag i byn ger arbetstillfällen, service och gör att unga kvinnor vill flytta hit eller stanna kvar.<br><br>
<b>Förankring</b><br>
I våras gjorde vi en enkät bland kvinnor i Södra Vi som 42 svarade på, och 29 ville gå en sådan kurs. Södra Vi Företagarförening medverkar på nätverkskvällen och biblioteket upplåter lokalen till självkostnadspris.<br><br>
<b>Budget</b><br>
Föreläsare, 4 kvällar à 2 500 kr: 10 000 kr<br>
Lokalhyra biblioteket, 4 × 400 kr: 1 600 kr<br>
Annonsering: 900 kr<br>
Fika, 4 × 300 kr: 1 200 kr<br>
<b>Totalt: 13 700 kr</b><br><br>
Kontaktperson: Maria Engström, 070-174 06 76, maria.engstrom@example.se<br><br>
Varma hälsningar<br>
Maria Engström<br>
ordförande, Södra Vi Kvinnoforum</div></body></html>
"""
    raw = message(
        [
            f"From: {addr('Maria Engström', 'maria.engstrom@example.se')}",
            f"To: {BOT_ADDR}",
            f"Subject: {ew('Ansökan från Södra Vi Kvinnoforum')}",
            f"Date: {date(8, 18, 14, 37, 55)}",
            "Message-ID: <webmail.5517.1787049475.sodravi@example.se>",
            "X-Mailer: Roundcube Webmail/1.6.9",
        ],
        text(html, "html", cte="8bit"),
    )
    notes = """HTML-only application (utf-8 8bit, <br>-formatted webmail) that is complete in form but
    targets women only ("för traktens kvinnor"): women_and_men false, which the rule check should
    catch. Association: name, org.nr, since 2019, 38 members. Contact: Maria Engström with phone and
    e-mail. Activity: four dated evenings on starting a business, local benefit. Anchoring: survey
    (42 answers, 29 interested), co-operation with the local business association and library.
    Budget: four items = 13 700 kr = applied. Speaker fees are not salary."""
    fa = app_facts(
        association_name="Södra Vi Kvinnoforum",
        org_number="802519-3577",
        contact_name="Maria Engström",
        contact_email="maria.engstrom@example.se",
        contact_phone="070-174 06 76",
        members=38,
        ort="Södra Vi",
        amount_sek=13700,
        women_and_men=False,
    )
    return "sodra-vi-kvinnoforum-html", raw, label("application", "sv", "11111", fa, notes)


@mail
def m_paryd_framtidsverkstad():
    body = """Till Region Kalmar län, landsbygdsutvecklaren

Ang. ansökan om regional bygdepeng (idéslanten) för Påryds Byalag.

Sökande: Påryds Byalag, org.nr 802401-6449. Byalaget bildades 1988 och har
f.n. 203 medlemmar. Vi arbetar med trafiksäkerhet, badplatsen och
gemensamma arr. i byn.

Kontaktperson: Sven-Erik Nilsson, kassör, tel. 070-174 06 03,
e-post sven-erik.nilsson@example.net

Aktivitet: "Framtidsverkstad Påryd" lördag den 3 oktober kl. 10-16 i
Påryds bygdegård. En extern processledare leder dagen. Kommunens
tjänstemän för skola, trafik och bygglov är inbjudna. Vi arbetar i
grupper kring boende, skola, trafik/busshållplats och mötesplatser.
Resultatet sammanställs till en utvecklingsplan för Påryd som byalaget
sedan driver gentemot kommunen. Alla bybor, både kvinnor och män, i alla
åldrar, inbjuds.

Förankring: Byalagets årsmöte 14 mars beslutade att ta fram en
utvecklingsplan. En enkät delades ut till byns 310 hushåll i maj (118
svar), som underlag för dagens teman. Påryds IF och föräldraföreningen
vid Påryds skola är medarrangörer.

Budget:
Processledare, arvode inkl. resa ........ 6.000:-
Hyra bygdegården ......................... 1.200:-
Lunch o fika, ca 60 pers ................. 3.600:-
Annonsering o utskick till hushållen ..... 1.500:-
Tryckning av utvecklingsplanen ........... 1.200:-
S:a                                       13.500:-

Vi söker 13.500:- ur idéslanten.

M.v.h.
Sven-Erik Nilsson
Påryds Byalag
"""
    raw = message(
        [
            f"From: {addr('Sven-Erik Nilsson', 'sven-erik.nilsson@example.net')}",
            f"To: {BOT_ADDR}",
            "Subject: =?ISO-8859-1?Q?Id=E9slanten_-_P=E5ryds_Byalag_-_Framtidsverkstad?=",
            f"Date: {date(8, 25, 7, 5, 44)}",
            "Message-ID: <002101dd3481$9c3f7e80$d4be7b80$@example.net>",
            "X-Mailer: Microsoft Outlook 15.0",
        ],
        text(body, charset="ISO-8859-1", cte="quoted-printable"),
    )
    notes = """Complete application from an older treasurer in a terse business style ("Ang.",
    "f.n.", "S:a", "M.v.h.", amounts written "6.000:-"), ISO-8859-1 QP body and an upper-case
    ISO-8859-1 Q-encoded subject. Association: name, org.nr, 203 members. Contact: Sven-Erik
    Nilsson, phone and own e-mail. Activity: dated future workshop with a process leader, result an
    action plan. Anchoring: annual meeting decision, household survey (118 answers), two local
    co-organisers. Budget: five items = 13.500:- = applied 13 500. Process leader's fee is not a
    salary. Both women and men stated."""
    fa = app_facts(
        association_name="Påryds Byalag",
        org_number="802401-6449",
        contact_name="Sven-Erik Nilsson",
        contact_email="sven-erik.nilsson@example.net",
        contact_phone="070-174 06 03",
        members=203,
        ort="Påryd",
        amount_sek=13500,
        women_and_men=True,
    )
    return "paryd-framtidsverkstad", raw, label("application", "sv", "11111", fa, notes)


RUNSTEN_APP = "<f2b6a0d4-91c3-4e7f-8a25-runsten@example.net>"
RUNSTEN_RECEIPT = "<ideslanten.2026-0143.r@example.se>"


@mail
def m_runsten_berattarkvallar_lang():
    body = """Hej där på Regionen!

Jag heter Ingvar Persson och är ordförande i Runstens bygdeförening sedan några år tillbaka (jag tog över efter Gösta när han flyttade in till Borgholm, han hälsar förresten om någon på regionen kommer ihåg honom, han satt i något landsbygdsråd på 90-talet). Vi är 91 medlemmar nu, vilket är rekord, och föreningen har org.nr 802430-9810 om ni behöver det. Jag skriver för att vi vill söka idéslanten till något som jag tror blir riktigt bra för bygden.

Bakgrunden är den att vi i vintras satt på bygdegården efter en begravning och kom att prata om hur mycket som försvinner när de gamla går bort. Min farfar kunde berätta om när de körde sten till kalkugnarna och om när kriget kom och karlarna var inkallade, men det är ingen som har skrivit ned något av det. Och alla nya som flyttat hit, och det är faktiskt en hel del nu, särskilt barnfamiljer i de gamla lantbruken längs landsvägen, vet ju ingenting om sånt. Så vi tänkte så här.

Vi ordnar fyra berättarkvällar i gamla skolan i Runsten, torsdagarna 5, 12, 19 och 26 november kl 18.30. Varje kväll bjuder vi in två–tre av de äldsta i socknen som får berätta om ett tema: jordbruket och kalkbrotten, skolan och kyrkan, krigsåren, och "när turisterna kom". Ungdomar från byn intervjuar dem och spelar in samtalen (vi lånar inspelningsutrustning av studieförbundet), och inspelningarna läggs sedan ut så att alla kan lyssna, och en kopia lämnas till hembygdsarkivet. Efter varje kväll blir det kaffe och hembakat och man får prata fritt. Det är öppet för alla, både gubbar och gummor och ungdomar och nyinflyttade, och vi hoppas att det gör att gamla och nya Runstensbor lär känna varandra och att de nya får en känsla för var de bor, så att de vill stanna kvar och engagera sig.

På höstmötet den 24 augusti var vi 27 stycken och alla röstade ja till att köra. Runstens hembygdsförening hjälper till att leta fram berättare och fotografier, och fem ungdomar från IF:ets ungdomssektion har lovat att vara intervjuare. Prästen har också sagt att vi får låna församlingshemmets projektor för bilderna.

Budgeten tar vi fram till nästa styrelsemöte i september, men det rör sig nog om runt 10 000 kr med lokal, fika, annonsering och en liten gåva till berättarna.

Ja, det var väl det hela. Vädret har varit underbart här ute den här sommaren, hoppas ni också har haft det bra. Hör av er om något är oklart!

Med vänliga hälsningar
Ingvar Persson
Runstens bygdeförening
070-174 06 28
"""
    raw = message(
        [
            f"From: {addr('Ingvar Persson', 'ingvar.persson@example.net')}",
            f"To: {BOT_ADDR}",
            f"Subject: {ew('Berättarkvällar i Runsten - ansökan')}",
            f"Date: {date(9, 1, 22, 31, 15)}",
            f"Message-ID: {RUNSTEN_APP}",
            "X-Mailer: Webbmail 4.1",
        ],
        text(body),
    )
    notes = """Long, rambling application from an enthusiastic chair (utf-8 8bit, one long unwrapped
    line per paragraph, anecdotes and weather talk). Association true (Runstens bygdeförening, 91
    members, org.nr), contact true (Ingvar Persson, own address, phone), activity true (four dated
    storytelling evenings recorded by local youths, clear local benefit), anchoring true (autumn
    meeting of 27 voted yes, hembygdsförening helps, five youth volunteers). Budget false: "tar vi
    fram till nästa styrelsemöte", only a rough "runt 10 000 kr" (the amount). Recording equipment
    and a projector are borrowed, not bought. "Både gubbar och gummor" -> women_and_men true."""
    fa = app_facts(
        association_name="Runstens bygdeförening",
        org_number="802430-9810",
        contact_name="Ingvar Persson",
        contact_email="ingvar.persson@example.net",
        contact_phone="070-174 06 28",
        members=91,
        ort="Runsten",
        amount_sek=10000,
        women_and_men=True,
    )
    return "runsten-berattarkvallar-lang", raw, label("application", "sv", "11110", fa, notes)


@mail
def m_runsten_aterkommer():
    new = """Tack för svaret!

Budgeten kommer, vi har styrelsemöte den 22 september och då spikar vi den.
Jag skickar den direkt efter.

Hälsningar
Ingvar Persson

"""
    quoted = (
        "\n".join(
            [
                "----- Ursprungligt meddelande -----",
                "Från: Idéslanten – Region Kalmar län <ideslanten@example.se>",
                "Till: ingvar.persson@example.net",
                "Skickat: tisdag, 1 september 2026 22:32",
                "Ämne: Re: Berättarkvällar i Runsten - ansökan [Idéslanten 2026-0143]",
                "",
            ]
        )
        + "\n"
        + quote(receipt_lines("2026-0143", ["budget"], 0))
    )
    raw = message(
        [
            f"From: {addr('Ingvar Persson', 'ingvar.persson@example.net')}",
            f"To: {addr('Idéslanten – Region Kalmar län', BOT_ADDR)}",
            f"Subject: {ew('SV: Re: Berättarkvällar i Runsten - ansökan [Idéslanten 2026-0143]')}",
            f"Date: {date(9, 8, 19, 2, 27)}",
            "Message-ID: <8a4c2e6f-0b1d-4f3a-9c57-runsten2@example.net>",
            f"In-Reply-To: {RUNSTEN_RECEIPT}",
            f"References: {RUNSTEN_APP} {RUNSTEN_RECEIPT}",
            "X-Mailer: Webbmail 4.1",
        ],
        text(new + quoted + "\n", cte="quoted-printable"),
    )
    notes = """Followup in the Runsten thread that supplies nothing useful: it only promises the
    budget after the board meeting on 22 September. Webmail "SV: Re:" subject, header block plus
    '>'-quoted receipt (which lists the budget as missing). Contact true only because it is signed
    by the named applicant from his own address; budget false ("budgeten kommer")."""
    fa = app_facts(contact_name="Ingvar Persson", contact_email="ingvar.persson@example.net")
    return "sv-runsten-budget-kommer", raw, label("followup", "sv", "01000", fa, notes)


@mail
def m_timmernabben_vidarebefordrad():
    inner_body = """Hej Linnea!

Här är utkastet till ansökan om idéslanten för julmarknaden. Läs igenom och
skicka vidare till regionen om du tycker att det ser bra ut.

Förening: Timmernabbens Samhällsförening, org.nr 802550-2934. Vi har 310
medlemmar och arbetar för service, trivsel och näringsliv i Timmernabben.

Kontaktperson: Ove Karlsson, sekreterare, ove.karlsson@example.com,
070-174 06 40

Aktivitet: Timmernabbens julmarknad i hamnen lördag 28 november kl 12-17.
Cirka 25 lokala utställare (hantverkare, gårdsbutiker, föreningar),
luciatåg med skolans barn, julgransdans och glögg. Marknaden ska stärka
de små företagen på orten inför julhandeln och samla byn, både gamla och
nya invånare, kvinnor och män, till något gemensamt mitt i mörka
november.

Förankring: Samhällsföreningens medlemsmöte 18 augusti beslutade att
ordna marknaden. 18 utställare har redan anmält intresse, Timmernabbens IF
sköter parkeringen och skolans föräldraförening ordnar luciatåget.

Budget: jag bifogar den separat när jag fått offerten på hyra av
marknadstält. Vi tänker söka hela 15 000 kr.

/Ove
"""
    inner = message(
        [
            f"From: {addr('Ove Karlsson', 'ove.karlsson@example.com')}",
            f"To: {addr('Linnea Forsberg', 'linnea.forsberg@example.se')}",
            "Subject: Utkast ansokan ideslanten julmarknad",
            f"Date: {date(9, 13, 20, 14, 0)}",
            "Message-ID: <c5d7e9f1-2a4b-4c6d-8e0f-timmernabben0@example.com>",
        ],
        text(inner_body, cte="quoted-printable"),
    )
    outer = """Hej,

jag vidarebefordrar vår ansökan som Ove skrev (se bifogat mejl). Budgeten
kommer från honom när offerten är klar.

Linnea Forsberg
ordförande, Timmernabbens Samhällsförening
"""
    root = multipart(
        "mixed",
        "----=_NextPart_000_0A1B_01DD4512.7C3E9F40",
        [text(outer, cte="quoted-printable"), rfc822(inner)],
        preamble="This is a multipart message in MIME format.",
    )
    raw = message(
        [
            f"From: {addr('Linnea Forsberg', 'linnea.forsberg@example.se')}",
            f"To: {BOT_ADDR}",
            f"Subject: {ew('VB: Utkast ansokan ideslanten julmarknad')}",
            f"Date: {date(9, 15, 12, 48, 9)}",
            "Message-ID: <000a01dd4512$7c3e9f40$74badec0$@example.se>",
            "X-Mailer: Microsoft Outlook 16.0",
        ],
        root,
    )
    notes = """Application forwarded as an attached message/rfc822 (Outlook "VB:" forward) by the
    chair; the attached draft is the application and counts as the mail's own text. Association
    true (name, org.nr, 310 members). Contact true: the draft names Ove Karlsson as contact person
    with e-mail and phone (he is used for the contact facts; the forwarding chair is also a named
    signer). Activity true: dated Christmas market with programme and local benefit. Anchoring
    true: member meeting decision, 18 exhibitors, two local groups. Budget false: "bifogar den
    separat" and nothing attached; "hela 15 000 kr" is the amount. Renting tents is not investment."""
    fa = app_facts(
        association_name="Timmernabbens Samhällsförening",
        org_number="802550-2934",
        contact_name="Ove Karlsson",
        contact_email="ove.karlsson@example.com",
        contact_phone="070-174 06 40",
        members=310,
        ort="Timmernabben",
        amount_sek=15000,
        women_and_men=True,
    )
    return (
        "timmernabben-julmarknad-vidarebefordrad",
        raw,
        label("application", "sv", "11110", fa, notes),
    )


@mail
def m_question_rockneby_per_ort():
    body = """Hej!

Både Rockneby IK och Rockneby hembygdsförening vill söka idéslanten i höst.
Gäller 15 000 kr per förening eller delar vi på 15 000 för hela Rockneby?
Och räknas Rockneby och Läckeby som samma ort eller olika?? Vi vill inte
att den ena ansökan förstör för den andra.

Mvh
Camilla Strand
sekreterare Rockneby IK
070-174 06 84
"""
    raw = message(
        [
            f"From: {addr('Camilla Strand', 'camilla.strand@example.com')}",
            f"To: {BOT_ADDR}",
            f"Subject: {ew('Fråga: 15 000 per ort?')}",
            f"Date: {date(9, 22, 12, 9, 38)}",
            "Message-ID: <CAM9rS7d-QwE1tY5uI3oP-rockneby@example.com>",
        ],
        text(body, cte="quoted-printable"),
    )
    notes = """Question about the per-locality cap: do two associations in Rockneby share 15 000 kr,
    and do Rockneby and Läckeby count as the same locality? The 15 000 is the rule amount asked
    about, not an amount applied for (amount_sek null). Facts as stated: Rockneby IK, contact
    Camilla Strand with own address and phone, ort Rockneby; cost facts null."""
    fa = facts(
        association_name="Rockneby IK",
        contact_name="Camilla Strand",
        contact_email="camilla.strand@example.com",
        contact_phone="070-174 06 84",
        ort="Rockneby",
    )
    return "fraga-rockneby-per-ort", raw, label("question", "sv", NONE_E, fa, notes)


@mail
def m_gamleby_projektledare():
    plain = """Hej,

Föreningen Gamleby Framåt ansöker om 14 500 kr ur idéslanten för projektet
"Gamleby 2027".

Föreningen Gamleby Framåt (org.nr 802467-3314) bildades 2021 av boende och
företagare som vill se en mer levande ort. Vi har 64 medlemmar.

Projektet ska genomföra insatser som stärker Gamleby som ort och gör den mer
attraktiv för boende och besökare. Vi vill skapa engagemang, framtidstro
och nya samarbeten i bygden.

Idén förankrades på ett öppet byamöte i Folkets hus den 15 september där
ett 40-tal personer deltog. Gamleby Företagarförening och Gamleby
hembygdsförening stöder projektet och har utsett var sin representant till
styrgruppen.

Budget
Lön till projektledare (deltid okt–nov)   10 000 kr
Lokalhyra                                   2 000 kr
Marknadsföring                              2 500 kr
Summa                                      14 500 kr

Med vänlig hälsning
Anders Ljungqvist
Kassör, Föreningen Gamleby Framåt
070-174 06 35 | anders.ljungqvist@example.com
"""
    rows = plain.split("Budget\n")[1].split("\n\nMed vänlig")[0].split("\n")
    table = "".join(
        "<tr><td>"
        + xml_escape(r.rsplit("  ", 1)[0].strip())
        + '</td><td style="text-align:right">'
        + xml_escape(r.rsplit("  ", 1)[1].strip())
        + "</td></tr>"
        for r in rows
    )
    head, tail = plain.split("Budget\n")
    sig = tail.split("\n\n", 1)[1]
    html = (
        '<html><body style="font-family:Calibri,Arial;font-size:11pt">'
        + "".join(
            f"<p>{xml_escape(p).replace(chr(10), ' ')}</p>" for p in head.strip().split("\n\n")
        )
        + f'<p><b>Budget</b></p><table border="1" cellpadding="4" style="border-collapse:collapse">{table}</table>'
        + "".join(
            f"<p>{xml_escape(p).replace(chr(10), '<br>')}</p>" for p in sig.strip().split("\n\n")
        )
        + "</body></html>\n"
    )
    root = multipart(
        "alternative",
        "B_3870775324_1289443512",
        [text(plain, cte="quoted-printable"), text(html, "html", cte="quoted-printable")],
    )
    raw = message(
        [
            f"Date: {date(10, 6, 15, 22, 4)}",
            f"To: {BOT_ADDR}",
            f"From: {addr('Anders Ljungqvist', 'anders.ljungqvist@example.com')}",
            f"Subject: {ew('Ansökan idéslanten – Gamleby 2027')}",
            "Message-ID: <5F0C3A7E-9D2B-4C6E-8A1F-GAMLEBY2027@example.com>",
            "X-Mailer: Microsoft Outlook for Mac 16.89",
        ],
        root,
    )
    notes = """Polished but hollow application (multipart/alternative, QP, budget as an HTML table):
    the activity is only "insatser som stärker Gamleby ... engagemang och framtidstro" with no what,
    when or how -> activity false. Association true (name, org.nr, 64 members), contact true (Anders
    Ljungqvist, own address, phone), anchoring true (open village meeting of ~40, two local
    associations in the steering group), budget true (three items = 14 500 = applied). The budget
    pays a part-time project leader's wage -> salary_costs true. No gender statement."""
    fa = app_facts(
        association_name="Föreningen Gamleby Framåt",
        org_number="802467-3314",
        contact_name="Anders Ljungqvist",
        contact_email="anders.ljungqvist@example.com",
        contact_phone="070-174 06 35",
        members=64,
        ort="Gamleby",
        amount_sek=14500,
        salary_costs=True,
    )
    return "gamleby-framat-projektledare", raw, label("application", "sv", "11011", fa, notes)


@mail
def m_byxelkrok_vinterbad_osignerad():
    body = """Hej!

Vi har startat föreningen Norra Uddens Vinterbad i Byxelkrok och vill söka
idéslanten för bastu- och vinterbadsträffar i hamnen i vinter. Vi startade
i fjol och är 7 medlemmar än så länge, men fler är på väg.

Så här tänker vi: varannan lördag från 7 november till 13 februari (8
gånger) hyr vi in en mobil vedeldad bastu som står på bryggan kl 10–15.
Alla är välkomna, kvinnor och män, bofasta och sommarboende som kommer upp
över helgerna. På vintern är Byxelkrok nästan tomt och det finns ingenstans
att träffas när caféet och krogen har stängt, så bastun blir en mötesplats
när det behövs som mest. Vi bjuder på kaffe och har en anslagstavla för
samåkning och "hjälp-en-granne".

Hamnföreningen har sagt ja till att vi står på bryggan och håller med el,
och byalaget ställde sig bakom idén på sitt möte i september, där ett
tjugotal var med.

Budget:
Hyra mobil bastu 8 lördagar x 900 kr = 7 200 kr
Ved = 800 kr
Annonsering = 500 kr
Summa 8 500 kr

Hälsningar från Byxelkrok!
"""
    raw = message(
        [
            f"From: {addr('Åsa Lindgren', 'asa.lindgren@example.org')}",
            f"To: {BOT_ADDR}",
            f"Subject: {ew('Vinterbad Byxelkrok')}",
            f"Date: {date(10, 13, 18, 11, 22)}",
            "Message-ID: <0f9e8d7c-6b5a-4493-8271-byxelkrok@example.org>",
            "User-Agent: Mozilla/5.0 (Macintosh; Intel Mac OS X 10.15; rv:128.0) Gecko/20100101 Thunderbird/128.3.1",
        ],
        text(body, params="; format=flowed", cte="quoted-printable"),
    )
    notes = """Unsigned application: the only name is "Åsa Lindgren" in the From header, so contact is
    false and the contact facts are null. Association true: Norra Uddens Vinterbad, started last
    year, 7 members (below the 10-member rule; members 7). Activity true: eight dated sauna Saturdays
    in the harbour as a winter meeting place. Anchoring true: harbour association agreed and the
    village association backed it at a meeting of about twenty. Budget true: three items = 8 500 kr.
    Renting a mobile sauna is not an investment, firewood is a consumable. Women and men stated."""
    fa = app_facts(
        association_name="Norra Uddens Vinterbad",
        members=7,
        ort="Byxelkrok",
        amount_sek=8500,
        women_and_men=True,
    )
    return "byxelkrok-vinterbad-osignerad", raw, label("application", "sv", "10111", fa, notes)


HOLMSJO_APP = "<CAKp0Rt9-holmsjo-Xy7Ab3Cd5Ef@example.com>"
HOLMSJO_OFFICER = "<GV1P192MB0488E5F6@example.se>"


@mail
def m_holmsjo_trasig_bilaga():
    body = """Hej!

Holmsjö Byalag (org.nr 802543-8709, 48 medlemmar) söker idéslanten för 2026.
Allt om aktiviteten, förankringen och budgeten står i bifogade dokument.

Kontakt: Lars Wikström, 070-174 06 11, lars.wikstrom@example.com

Hälsningar
Lars Wikström
Holmsjö Byalag
"""
    doc = docx(
        [
            "# Holmsjö Byalag – ansökan idéslanten 2026",
            "Aktivitet: Byakvällar om Holmsjös framtid med inbjudna talare, november 2026 – februari 2027.",
            "Förankring: beslut på byalagets årsmöte, samarbete med Holmsjö IF och skolans föräldraförening.",
            [
                ["Post", "Belopp"],
                ["Talare", "6 000 kr"],
                ["Lokalhyra", "2 400 kr"],
                ["Annonsering", "1 100 kr"],
                ["Summa", "9 500 kr"],
            ],
        ]
    )
    boundary = "000000000000a8c3e2062f1d4b77"
    full = message(
        [
            f"From: {addr('Lars Wikström', 'lars.wikstrom@example.com')}",
            f"Date: {date(10, 20, 20, 56, 3)}",
            f"Message-ID: {HOLMSJO_APP}",
            f"Subject: {ew('Ansökan idéslanten Holmsjö Byalag')}",
            f"To: {BOT_ADDR}",
        ],
        multipart(
            "mixed",
            boundary,
            [
                text(body, cte="quoted-printable"),
                attachment(
                    doc,
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                    "Holmsjo_ansokan_2026.docx",
                ),
            ],
        ),
    )
    start = full.index(b"Content-Transfer-Encoding: base64\n\n") + len(
        b"Content-Transfer-Encoding: base64\n\n"
    )
    raw = full[: start + 1000 + 37]  # cut mid-line inside the base64, no closing boundary
    assert not raw.endswith(b"\n")
    raw += b"\n"
    notes = """Malformed: the message is cut off inside the base64 .docx attachment (mid-line, no
    closing boundary), so the document that holds activity, anchoring and budget is unreadable and
    those three elements are false. The body itself gives the association (name, org.nr, 48
    members) and a named contact with phone and own e-mail (Lars Wikström, also the signer), so
    association and contact are true. No amount or gender information in the readable text."""
    fa = app_facts(
        association_name="Holmsjö Byalag",
        org_number="802543-8709",
        contact_name="Lars Wikström",
        contact_email="lars.wikstrom@example.com",
        contact_phone="070-174 06 11",
        members=48,
        ort="Holmsjö",
    )
    return "holmsjo-trasig-bilaga", raw, label("application", "sv", "11000", fa, notes)


@mail
def m_bounce_holmsjo_exchange():
    plain = """Det gick inte att leverera till följande mottagare:

lars.wikstrom@example.com
Mottagarens postlåda är full och kan inte ta emot meddelanden just nu.
Försök skicka meddelandet igen senare eller kontakta mottagaren på annat sätt.

Diagnostikinformation för administratörer:

Genererande server: AM9PR01MB7321.eurprd01.prod.example.se

lars.wikstrom@example.com
Remote server returned '552 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException'

Ursprungliga meddelanderubriker:

Subject: SV: Ansökan idéslanten Holmsjö Byalag
"""
    html = '<html><body><p><b><font color="#000066" size="3">Det gick inte att leverera till följande mottagare:</font></b></p><p><a href="mailto:lars.wikstrom@example.com">lars.wikstrom@example.com</a><br>Mottagarens postlåda är full och kan inte ta emot meddelanden just nu.</p><p>Försök skicka meddelandet igen senare eller kontakta mottagaren på annat sätt.</p></body></html>\n'
    status = """Reporting-MTA: dns;AM9PR01MB7321.eurprd01.prod.example.se
Received-From-MTA: dns;AM9PR01MB7321.eurprd01.prod.example.se
Arrival-Date: Wed, 21 Oct 2026 08:12:40 +0000

Final-Recipient: rfc822;lars.wikstrom@example.com
Action: failed
Status: 5.2.2
Diagnostic-Code: smtp;552 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException
Remote-MTA: dns;mx.example.com
"""
    headers = f"""From: {OFFICER_FROM}
To: {addr("Lars Wikström", "lars.wikstrom@example.com")}
Subject: {ew("SV: Ansökan idéslanten Holmsjö Byalag")}
Date: {date(10, 21, 10, 12, 38)}
Message-ID: {HOLMSJO_OFFICER}
In-Reply-To: {HOLMSJO_APP}
References: {HOLMSJO_APP}
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
"""
    root = multipart(
        "report",
        "_000_AM9PR01MB73214F2C1D0E9A8B7C6D5E4FAM9PR01MB7321_",
        [
            multipart(
                "alternative",
                "_001_AM9PR01MB73214F2C1D0E9A8B7C6D5E4FAM9PR01MB7321_",
                [text(plain, cte="base64"), text(html, "html", cte="base64")],
            ),
            Part(["Content-Type: message/delivery-status"], status.encode()),
            Part(["Content-Type: text/rfc822-headers"], headers.encode()),
        ],
        params=" report-type=delivery-status;",
    )
    raw = message(
        [
            "From: Microsoft Outlook\n <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@example.se>",
            f"To: {OFFICER}",
            f"Date: {date(10, 21, 10, 12, 41)}",
            f"Subject: {ew('Det gick inte att leverera: SV: Ansökan idéslanten Holmsjö Byalag')}",
            "Message-ID: <4f2c1d0e-9a8b-7c6d-5e4f-ndr-holmsjo@example.se>",
            f"In-Reply-To: {HOLMSJO_OFFICER}",
            f"References: {HOLMSJO_APP}\n {HOLMSJO_OFFICER}",
            "Auto-Submitted: auto-replied",
            "X-MS-Exchange-Message-Is-Ndr:",
            "Content-Language: sv-SE",
        ],
        root,
    )
    notes = """Swedish Exchange/Outlook non-delivery report ("Det gick inte att leverera", mailbox
    full, 552 5.2.2) for the officer's reply in the Holmsjö thread: multipart/report with a base64
    multipart/alternative notice, message/delivery-status and text/rfc822-headers. In-Reply-To and
    References point into the application's thread and the subject names the application, but it
    is a bounce: elements false, facts null, never answered."""
    return "ndr-holmsjo-postlada-full", raw, label("bounce", "sv", NONE_E, facts(), notes)


@mail
def m_edsbruk_studieresa_over_tak():
    body = """Hej!

Edsbruks Byalag söker 22 000 kr ur idéslanten för en studieresa i vår. Hela
ansökan med budget finns i bifogad pdf.

Vänliga hälsningar
Karin Blomqvist
sekreterare, Edsbruks Byalag
070-174 06 57
"""
    doc = pdf(
        [
            "# Ansökan om regional bygdepeng – idéslanten",
            "",
            "# Sökande",
            "Edsbruks Byalag, org.nr 802488-1255. Ideell förening sedan 1991, 77 medlemmar.",
            "",
            "# Kontaktperson",
            "Karin Blomqvist, sekreterare, karin.blomqvist@example.com, 070-174 06 57",
            "",
            "# Aktivitet",
            "Tvådagars studieresa med buss 17–18 april 2027 för 40 bybor till Runsten på Öland och",
            "Bergkvara, där byarna har startat egna mötesplatser och en gemensam hamnfest. Vi träffar",
            "föreningarna, ser hur de organiserat sig och tar med idéer hem till Edsbruk, där skolan",
            "och affären har stängt. Resan är öppen för alla bybor, kvinnor och män. Efter resan",
            "håller vi en byakväll där deltagarna redovisar vad vi kan göra här.",
            "",
            "# Förankring",
            "Byastämman 4 november 2026 (31 deltagare) beslutade om resan. Edsbruks IF och",
            "hembygdsföreningen hjälper till med planering och anmälningar.",
            "",
            "# Budget",
            "Buss två dagar ............................................. 14 000 kr",
            "Övernattning vandrarhem, 40 personer ............. 6 000 kr",
            "Guider och föredrag hos värdföreningarna ........ 2 000 kr",
            "Summa ...................................................... 22 000 kr",
        ],
        compress=False,
        title="Ansökan idéslanten Edsbruks Byalag",
    )
    root = multipart(
        "mixed",
        "Apple-Mail=_0C9B8A76-5D4E-4F3A-B2C1-EDSBRUK20261110",
        [
            text(body, cte="7bit" if body.isascii() else "quoted-printable"),
            attachment(doc, "application/pdf", "Ansökan idéslanten Edsbruks Byalag.pdf"),
        ],
    )
    raw = message(
        [
            f"From: {addr('Karin Blomqvist', 'karin.blomqvist@example.com')}",
            f"Subject: {ew('Studieresa – Edsbruks Byalag')}",
            f"Date: {date(11, 10, 13, 40, 21)}",
            "Message-ID: <0C9B8A76-5D4E-4F3A-B2C1-EDSBRUK@example.com>",
            f"To: {BOT_ADDR}",
            "X-Mailer: Apple Mail (2.3826.500.181.1.5)",
        ],
        root,
    )
    notes = """Complete application with everything in an uncompressed PDF (Helvetica/WinAnsi) and a
    short covering note. All five elements are there (association with org.nr and 77 members;
    contact Karin Blomqvist; dated two-day study trip for 40 villagers with follow-up evening;
    byastämma decision of 31 plus two local groups; three-item budget). It applies for 22 000 kr,
    above the 15 000 kr cap, which the facts expose (amount_sek 22000). Accommodation and bus are
    neither salary nor investment. Women and men stated."""
    fa = app_facts(
        association_name="Edsbruks Byalag",
        org_number="802488-1255",
        contact_name="Karin Blomqvist",
        contact_email="karin.blomqvist@example.com",
        contact_phone="070-174 06 57",
        members=77,
        ort="Edsbruk",
        amount_sek=22000,
        women_and_men=True,
    )
    return "edsbruk-studieresa-over-taket", raw, label("application", "sv", "11111", fa, notes)


@mail
def m_malilla_foraldrar_1252():
    body = """Hej!

Vi är ett gäng föräldrar i Målilla som vill ordna en ljusfest den 12 december
och undrar om vi kan få pengar från idéslanten.

Planen: kl 16 går vi fackeltåg från skolan till torget där lokala företag
och föreningar har julmarknadsbord. Sen blir det julpyssel för barnen och
glögg och pepparkakor för alla i Folkets hus, och kommunens
samhällsplanerare kommer och svarar på frågor om nya förskolan och
bostadsplanerna. Vi vill visa att det finns massor av barnfamiljer som vill
bo kvar i Målilla, och att byn lever även i december. För alla familjer,
mammor och pappor, tjejer och killar.

Vi tog upp det på föräldramötet i skolan i oktober, 30 familjer skrev upp
sig för att hjälpa till, och Målilla hembygdsförening lånar ut sina
julmarknadsbord.

Kostnader
Hyra Folkets hus                 1 500 kr
Facklor 200 st                   2 400 kr
Pysselmaterial                   1 200 kr
Annonsering                        600 kr
Glögg och pepparkakor            1 300 kr
Totalt                           7 000 kr

Hälsningar
Föräldragruppen
"""
    raw = message(
        [
            f"From: {addr('Målilla föräldrar', 'malilla.foraldrar@example.com', 'windows-1252')}",
            f"To: {BOT_ADDR}",
            f"Subject: {ew('Ljusfest i Målilla 12/12', 'windows-1252')}",
            f"Date: {date(11, 24, 21, 26, 50)}",
            "Message-ID: <DM6PR14MB4471A0B1C2D3E4F5-malilla@example.com>",
            "X-Mailer: Microsoft Outlook 16.0",
        ],
        text(body, charset="windows-1252", cte="8bit"),
    )
    notes = """Windows-1252 8bit application from a shared parents' mailbox signed "Föräldragruppen".
    Association false: "ett gäng föräldrar i Målilla" is an unnamed group. Contact false: no named
    person, shared mailbox; contact facts null. Activity true: dated light festival with torch
    procession, market, crafts and a Q&A with the municipality, local benefit stated. Anchoring
    true: raised at the school's parents' meeting, 30 families signed up to help, hembygdsförening
    lends tables. Budget true: five items = 7 000 kr. Torches, craft material and food are
    consumables. "Mammor och pappor, tjejer och killar" -> women_and_men true."""
    fa = app_facts(ort="Målilla", amount_sek=7000, women_and_men=True)
    return "malilla-ljusfest-foraldragrupp", raw, label("application", "sv", "00111", fa, notes)


# ===== END OF MAILS =====

# --------------------------------------------------------------------------- build and check


def build() -> tuple[dict[str, bytes], dict[str, dict]]:
    files: dict[str, bytes] = {}
    labels: dict[str, dict] = {}
    for i, fn in enumerate(MAILS):
        slug, raw, lab = fn()
        name = f"{FIRST_NUMBER + i:04d}-{slug}.eml"
        files[name] = raw
        labels[name] = lab
    return files, labels


def luhn_ok(org: str) -> bool:
    if not re.fullmatch(r"\d{6}-\d{4}", org):
        return False
    digits = org.replace("-", "")
    total = 0
    for i, ch in enumerate(digits):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        total += d // 10 + d % 10
    return total % 10 == 0


ADDR_RE = re.compile(r"[A-Za-z0-9._%+=-]+@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)")
MSGID_RE = re.compile(r"<[^<>\s]+@[^<>\s]+>")


def _texts(msg) -> list[str]:
    """Decoded text of all parts, including zipped XML and PDF bytes, for the address check."""
    out = []
    for part in msg.walk():
        out += [f"{k}: {v}" for k, v in part.raw_items()]
        if part.is_multipart():
            continue
        payload = part.get_payload(decode=True) or b""
        ctype = part.get_content_type()
        if ctype.startswith("text/") or ctype.startswith("message/"):
            out.append(payload.decode(part.get_content_charset() or "latin-1", "replace"))
        elif payload[:2] == b"PK":
            try:
                with zipfile.ZipFile(io.BytesIO(payload)) as zf:
                    out += [zf.read(n).decode("utf-8", "replace") for n in zf.namelist()]
            except zipfile.BadZipFile:
                pass
        else:
            out.append(payload.decode("latin-1"))
    return out


def check(files: dict[str, bytes], labels: dict[str, dict]) -> list[str]:
    errors: list[str] = []
    on_disk = sorted(p.name for p in OUT.glob("*.eml"))
    if on_disk != sorted(files) or sorted(labels) != sorted(files):
        errors.append("labels.json keys, generated files and files on disk differ")
    parser = email.parser.BytesParser(policy=email.policy.default)
    msgs = {}
    for name, raw in files.items():
        if not re.fullmatch(r"\d{4}-[a-z0-9]+(?:-[a-z0-9]+)*\.eml", name):
            errors.append(f"{name}: bad file name")
        if b"\r" in raw:
            errors.append(f"{name}: CR in file")
        if (OUT / name).read_bytes() != raw:
            errors.append(f"{name}: file on disk differs")
        msg = parser.parsebytes(raw)
        msgs[name] = msg
        lab = labels[name]
        defects = []
        for part in msg.walk():
            defects += [type(d).__name__ for d in part.defects]
            for _k, v in part.items():
                defects += [type(d).__name__ for d in getattr(v, "defects", ())]
        malformed = lab["notes"].startswith("Malformed:")
        if defects and not malformed:
            errors.append(f"{name}: defects {defects}")
        if malformed and not defects:
            errors.append(f"{name}: labelled malformed but parses cleanly")
        for k in ("From", "Date", "Message-ID", "Subject"):
            if msg[k] is None:
                errors.append(f"{name}: no {k}")
        # addresses: headers + decoded content
        hay = "\n".join(_texts(msg))
        for m in ADDR_RE.finditer(hay):
            if m.group(1).lower() not in ALLOWED_DOMAINS:
                errors.append(f"{name}: foreign address {m.group(0)}")
        # label schema
        if set(lab) != {"kind", "language", "elements", "facts", "notes"}:
            errors.append(f"{name}: label fields {sorted(lab)}")
            continue
        if lab["kind"] not in {
            "application",
            "followup",
            "question",
            "autoreply",
            "bounce",
            "newsletter",
            "spam",
        }:
            errors.append(f"{name}: kind {lab['kind']}")
        if lab["language"] not in {"sv", "en"}:
            errors.append(f"{name}: language")
        if list(lab["elements"]) != ELEMENT_KEYS or not all(
            isinstance(v, bool) for v in lab["elements"].values()
        ):
            errors.append(f"{name}: elements schema")
        if list(lab["facts"]) != FACT_KEYS:
            errors.append(f"{name}: facts schema")
        fa = lab["facts"]
        if fa["org_number"] is not None and not luhn_ok(fa["org_number"]):
            errors.append(f"{name}: org number {fa['org_number']} not Luhn-valid NNNNNN-NNNN")
        for k in ("members", "amount_sek"):
            if fa[k] is not None and not isinstance(fa[k], int):
                errors.append(f"{name}: {k} not int")
        if (
            fa["contact_email"] is not None
            and fa["contact_email"].split("@")[-1] not in ALLOWED_DOMAINS
        ):
            errors.append(f"{name}: contact_email domain")
        if lab["kind"] in {"application", "followup"}:
            for k in ("salary_costs", "physical_investment"):
                if not isinstance(fa[k], bool):
                    errors.append(f"{name}: {k} must be bool")
        else:
            if any(lab["elements"].values()):
                errors.append(f"{name}: non-application with elements")
        if lab["kind"] in {"autoreply", "bounce", "newsletter", "spam"} and any(
            v is not None for v in fa.values()
        ):
            errors.append(f"{name}: machine/spam mail with facts")
        if not lab["notes"]:
            errors.append(f"{name}: empty notes")
    # date order
    names = sorted(files)
    stamps = [parsedate_to_datetime(str(msgs[n]["Date"])) for n in names]
    for a, b, n in zip(stamps, stamps[1:], names[1:], strict=False):
        if not a < b:
            errors.append(f"{n}: Date not after the previous file")
    numbers = [int(n[:4]) for n in names]
    if numbers != list(range(FIRST_NUMBER, FIRST_NUMBER + len(names))):
        errors.append("numbering not contiguous")
    # threading
    app_ids = {
        str(msgs[n]["Message-ID"]).strip(): i
        for i, n in enumerate(names)
        if labels[n]["kind"] == "application"
    }
    for i, n in enumerate(names):
        if labels[n]["kind"] != "followup":
            continue
        msg = msgs[n]
        irt = str(msg["In-Reply-To"] or "")
        refs = MSGID_RE.findall(str(msg["References"] or "")) + MSGID_RE.findall(irt)
        hit = [r for r in refs if r in app_ids]
        if not irt or not hit:
            errors.append(f"{n}: followup not threaded to an application")
        elif any(app_ids[h] >= i for h in hit):
            errors.append(f"{n}: followup before its application")
        if irt.strip() not in app_ids and not msg["References"]:
            errors.append(f"{n}: reply to receipt without References")
        if not re.match(r"(?i)(re|sv|aw):", str(msg["Subject"])):
            errors.append(f"{n}: followup subject lacks Re:/SV:")
    return errors


def main() -> int:
    files, labels = build()
    again, labels2 = build()
    if again != files or json.dumps(labels2) != json.dumps(labels):
        print("NOT deterministic", file=sys.stderr)
        return 1
    OUT.mkdir(parents=True, exist_ok=True)
    for old in OUT.glob("*.eml"):
        if old.name not in files:
            old.unlink()
    for name, raw in files.items():
        (OUT / name).write_bytes(raw)
    (OUT / "labels.json").write_text(
        json.dumps(labels, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
    )
    errors = check(files, labels)
    for e in errors:
        print("ERROR", e, file=sys.stderr)
    kinds: dict[str, int] = {}
    for lab in labels.values():
        kinds[lab["kind"]] = kinds.get(lab["kind"], 0) + 1
    print(f"wrote {len(files)} mails to {OUT}: {kinds}")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
