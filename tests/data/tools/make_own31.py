"""Corpus own31: 40 fictional, labelled e-mails (4001-4040) to the idéslanten intake bot.

Region Kalmar län's micro-grant "regional bygdepeng – idéslanten" (max 15 000 SEK per ort and
year). The mails are applications, threaded followups, questions, autoreplies, bounces, a
newsletter and spam. This corpus stresses the ANCHORING and BUDGET elements in forms that are
easy to misread: anchoring as a list of households, door-knocking, a Facebook poll, school and
church joining, an annual meeting, a pasted letter of support – against empty claims and
backing from outside the village; budgets in running prose, "tusenlappar", HTML tables, tab
columns, .xlsx/.csv/.pdf/.docx attachments, an unreadable photo, per-person costs, total with
own contribution, "budgeten bifogas" without attachment and bare amounts.

All people, associations, organisation numbers and phone numbers are invented; all addresses
use example.se/.com/.org/.net; all dates are in 2026.

Regenerate (byte-identical on every run, then self-check):

    /work/main/.venv/bin/python tests/data/tools/make_own31.py

Output: tests/data/own31/NNNN-slug.eml and tests/data/own31/labels.json
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
import sys
import zipfile
import zlib
from datetime import datetime, timedelta, timezone
from email.utils import format_datetime
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "own31"
FIRST = 4001

BOT = "ideslanten@example.se"
BOT_NAME = "Idéslanten – Region Kalmar län"
OFFICER = "landsbygdsutvecklare@example.se"
ALLOWED_DOMAINS = {"example.se", "example.com", "example.org", "example.net"}

# ---------------------------------------------------------------- small helpers


def orgnr(nine: str) -> str:
    """Complete nine digits to a Luhn-valid Swedish organisation number NNNNNN-NNNN."""
    digits = [int(c) for c in nine]
    total = 0
    for i, dgt in enumerate(digits):
        v = dgt * 2 if i % 2 == 0 else dgt
        total += v - 9 if v > 9 else v
    check = (10 - total % 10) % 10
    s = nine + str(check)
    return s[:6] + "-" + s[6:]


def luhn_ok(org: str) -> bool:
    if not re.fullmatch(r"\d{6}-\d{4}", org):
        return False
    return orgnr(org.replace("-", "")[:9]) == org


def date(spec: str) -> str:
    """'2026-03-05 14:12' -> RFC 5322 date, CET or CEST as in Sweden 2026."""
    dt = datetime.strptime(spec, "%Y-%m-%d %H:%M")
    summer = datetime(2026, 3, 29, 2) <= dt < datetime(2026, 10, 25, 3)
    tz = timezone(timedelta(hours=2 if summer else 1))
    return format_datetime(dt.replace(tzinfo=tz))


def ew(text: str, charset: str = "utf-8", enc: str = "q", width: int = 45) -> str:
    """RFC 2047 encoded word (only if needed)."""
    try:
        text.encode("ascii")
        return text
    except UnicodeEncodeError:
        pass
    raw = text.encode(charset)
    if enc == "b":
        chunk = 36
        out, pos = [], 0
        while pos < len(raw):
            part = raw[pos : pos + chunk]
            while (
                charset == "utf-8"
                and pos + len(part) < len(raw)
                and (raw[pos + len(part)] & 0xC0) == 0x80
            ):
                part = part[:-1]
            out.append(f"=?{charset}?B?{base64.b64encode(part).decode()}?=")
            pos += len(part)
        return "\n ".join(out)
    out, cur = [], ""
    for ch in text:
        b = ch.encode(charset)
        if ch == " ":
            piece = "_"
        elif re.fullmatch(r"[A-Za-z0-9!*+/-]", ch):
            piece = ch
        else:
            piece = "".join(f"={x:02X}" for x in b)
        if len(cur) + len(piece) > width:
            out.append(cur)
            cur = ""
        cur += piece
    out.append(cur)
    return "\n ".join(f"=?{charset}?Q?{w}?=" for w in out)


def addr(name: str | None, mail: str, charset: str = "utf-8") -> str:
    if not name:
        return mail
    try:
        name.encode("ascii")
        if re.search(r"[,.;:()<>@\"]", name):
            return f'"{name}" <{mail}>'
        return f"{name} <{mail}>"
    except UnicodeEncodeError:
        return f"{ew(name, charset, width=62)} <{mail}>"


# ---------------------------------------------------------------- MIME parts
# A part is (header_lines: list[str], body: bytes). Multiparts are built from parts.


def text_part(
    text: str,
    subtype: str = "plain",
    charset: str | None = "utf-8",
    cte: str = "8bit",
    flowed: bool = False,
) -> tuple[list[str], bytes]:
    raw = text.replace("\r\n", "\n").encode(charset or "ascii")
    ct = f"text/{subtype}"
    if charset:
        ct += f'; charset="{charset}"'
    if flowed:
        ct += "; format=flowed"
    if cte == "quoted-printable":
        body = quopri.encodestring(raw)
    elif cte == "base64":
        body = base64.encodebytes(raw)
    else:
        body = raw
    if not body.endswith(b"\n"):
        body += b"\n"
    return [f"Content-Type: {ct}", f"Content-Transfer-Encoding: {cte}"], body


def attachment(
    filename: str, ctype: str, data: bytes, inline: bool = False
) -> tuple[list[str], bytes]:
    try:
        filename.encode("ascii")
        fn = f'"{filename}"'
        cd = f'{"inline" if inline else "attachment"}; filename="{filename}"'
    except UnicodeEncodeError:
        fn = '"' + ew(filename, "utf-8", "b").replace("\n ", "") + '"'
        cd = f"{'inline' if inline else 'attachment'}; filename={fn}"
    return [
        f"Content-Type: {ctype}; name={fn}",
        "Content-Transfer-Encoding: base64",
        f"Content-Disposition: {cd}",
    ], base64.encodebytes(data)


def multipart(
    subtype: str, boundary: str, parts: list[tuple[list[str], bytes]], extra: str = ""
) -> tuple[list[str], bytes]:
    out = b""
    for hdrs, body in parts:
        out += f"--{boundary}\n".encode() + "\n".join(hdrs).encode() + b"\n\n" + body
        if not body.endswith(b"\n"):
            out += b"\n"
    out += f"--{boundary}--\n".encode()
    return [f'Content-Type: multipart/{subtype}; boundary="{boundary}"{extra}'], out


def message(
    headers: list[tuple[str, str]], part: tuple[list[str], bytes], mime: bool = True
) -> bytes:
    lines = [f"{k}: {v}" for k, v in headers]
    if mime:
        lines.append("MIME-Version: 1.0")
    lines += part[0]
    return "\n".join(lines).encode("ascii") + b"\n\n" + part[1]


def hdrs(
    dt: str,
    frm: str,
    to: str,
    subject: str,
    mid: str,
    irt: str | None = None,
    refs: str | None = None,
    extra: list[tuple[str, str]] | None = None,
    cc: str | None = None,
) -> list[tuple[str, str]]:
    h = [("Date", date(dt)), ("From", frm), ("To", to)]
    if cc:
        h.append(("Cc", cc))
    h.append(("Subject", ew(subject)))
    h.append(("Message-ID", mid))
    if irt:
        h.append(("In-Reply-To", irt))
    if refs:
        h.append(("References", refs))
    h += extra or []
    return h


def bot_to() -> str:
    return addr(BOT_NAME, BOT)


# ---------------------------------------------------------------- documents


ZIP_DATE = (2026, 1, 1, 0, 0, 0)


def _zip(files: list[tuple[str, str]]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, content in files:
            zi = zipfile.ZipInfo(name, ZIP_DATE)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, content.encode("utf-8"))
    return buf.getvalue()


def _x(s: str) -> str:
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


def docx(blocks: list) -> bytes:
    """blocks: str (paragraph), ('h', str) heading-ish bold paragraph, ('t', rows) table."""
    body = []
    for b in blocks:
        if isinstance(b, str):
            body.append(f'<w:p><w:r><w:t xml:space="preserve">{_x(b)}</w:t></w:r></w:p>')
        elif b[0] == "h":
            body.append(
                f'<w:p><w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">{_x(b[1])}</w:t></w:r></w:p>'
            )
        else:
            rows = "".join(
                "<w:tr>"
                + "".join(
                    f'<w:tc><w:p><w:r><w:t xml:space="preserve">{_x(c)}</w:t></w:r></w:p></w:tc>'
                    for c in r
                )
                + "</w:tr>"
                for r in b[1]
            )
            body.append(f'<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/></w:tblPr>{rows}</w:tbl>')
    doc = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>'
        + "".join(body)
        + "<w:sectPr/></w:body></w:document>"
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
    s = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s


def xlsx(rows: list[list], sheet: str = "Blad1") -> bytes:
    xr = []
    for ri, row in enumerate(rows, 1):
        cells = []
        for ci, v in enumerate(row):
            ref = f"{_col(ci)}{ri}"
            if v is None or v == "":
                continue
            if isinstance(v, (int, float)):
                cells.append(f'<c r="{ref}"><v>{v}</v></c>')
            elif isinstance(v, str) and v.startswith("="):
                cells.append(f'<c r="{ref}"><f>{_x(v[1:])}</f></c>')
            else:
                cells.append(
                    f'<c r="{ref}" t="inlineStr"><is><t xml:space="preserve">{_x(str(v))}</t></is></c>'
                )
        xr.append(f'<row r="{ri}">' + "".join(cells) + "</row>")
    sheet_xml = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
        + "".join(xr)
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


def pdf(lines: list[str], compress: bool = False) -> bytes:
    """One-page (or more) PDF with Helvetica/WinAnsi text, extractable."""
    pages, per = [], 46
    for i in range(0, max(len(lines), 1), per):
        pages.append(lines[i : i + per])
    objs: list[bytes] = []
    n_pages = len(pages)
    # 1 catalog, 2 pages, 3 font, then (page, content) pairs
    kids = " ".join(f"{4 + 2 * i} 0 R" for i in range(n_pages))
    objs.append(b"<< /Type /Catalog /Pages 2 0 R >>")
    objs.append(f"<< /Type /Pages /Kids [{kids}] /Count {n_pages} >>".encode())
    objs.append(
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"
    )
    for i, pl in enumerate(pages):
        stream = b"BT /F1 11 Tf 14 TL 56 790 Td\n"
        for ln in pl:
            esc = ln.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
            stream += b"(" + esc.encode("cp1252") + b") Tj T*\n"
        stream += b"ET\n"
        objs.append(
            f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents {5 + 2 * i} 0 R >>".encode()
        )
        if compress:
            data = zlib.compress(stream, 9)
            objs.append(
                f"<< /Length {len(data)} /Filter /FlateDecode >>\nstream\n".encode()
                + data
                + b"\nendstream"
            )
        else:
            objs.append(f"<< /Length {len(stream)} >>\nstream\n".encode() + stream + b"endstream")
    out = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"
    offsets = []
    for i, o in enumerate(objs, 1):
        offsets.append(len(out))
        out += f"{i} 0 obj\n".encode() + o + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode()
    for off in offsets:
        out += f"{off:010d} 00000 n \n".encode()
    out += f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return out


def png_blur(w: int = 96, h: int = 72, seed: int = 7) -> bytes:
    """A small grey, blurry 'photo' with no readable text (deterministic)."""
    rows = b""
    x = seed
    for y in range(h):
        rows += b"\x00"
        for _ in range(w):
            x = (x * 1103515245 + 12345) & 0x7FFFFFFF
            v = 150 + (x >> 16) % 40 - (y * 30 // h)
            rows += bytes([v, v, max(v - 8, 0)])

    def chunk(t: bytes, d: bytes) -> bytes:
        return len(d).to_bytes(4, "big") + t + d + zlib.crc32(t + d).to_bytes(4, "big")

    ihdr = w.to_bytes(4, "big") + h.to_bytes(4, "big") + bytes([8, 2, 0, 0, 0])
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", ihdr)
        + chunk(b"IDAT", zlib.compress(rows, 9))
        + chunk(b"IEND", b"")
    )


# ---------------------------------------------------------------- labels, receipts, quoting

ELEMS = ("association", "contact", "activity", "anchoring", "budget")
FACT_KEYS = (
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


def label(kind: str, lang: str, el: str, notes: str, **facts) -> dict:
    """el: five characters 1/0 for association, contact, activity, anchoring, budget."""
    assert len(el) == 5 and set(el) <= {"0", "1"}
    unknown = set(facts) - set(FACT_KEYS)
    assert not unknown, unknown
    return {
        "kind": kind,
        "language": lang,
        "elements": {k: v == "1" for k, v in zip(ELEMS, el, strict=True)},
        "facts": {k: facts.get(k) for k in FACT_KEYS},
        "notes": notes,
    }


def machine(kind: str, lang: str, notes: str) -> dict:
    return label(kind, lang, "00000", notes)


GUIDE = {
    "association": (
        "Förening/grupp",
        "föreningens eller gruppens namn och lite om den, t.ex. organisationsnummer och antal medlemmar",
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


def receipt(case: str, missing: list[str], variant: int = 0) -> str:
    lines = [GUIDE[m] for m in missing]
    if variant == 0:
        body = (
            f"Hej!\n\nTack för er ansökan om idéslanten! Vi har tagit emot den och gett den ärendenummer {case}.\n\n"
            "Vi saknar följande i er ansökan:\n\n"
        )
        body += "".join(f"– {a}: {b}\n" for a, b in lines)
        body += (
            "\nSvara gärna på det här mejlet med det som saknas, så läggs det till i samma ärende.\n\n"
            "Vänliga hälsningar\nIdéslanten – Region Kalmar län\n(automatiskt svar)"
        )
    elif variant == 1:
        body = (
            f"Hej och tack!\n\nEr ansökan om regional bygdepeng (idéslanten) är registrerad med ärendenummer {case}.\n"
            "För att vi ska kunna pröva den behöver vi också:\n\n"
        )
        body += "".join(f"  * {a} – {b}\n" for a, b in lines)
        body += (
            "\nDet enklaste är att svara direkt på det här mejlet. Behåll gärna ärendenumret i ämnesraden.\n\n"
            "Med vänlig hälsning\nRegion Kalmar län, landsbygdsutveckling\nDetta mejl skickades automatiskt."
        )
    else:
        body = (
            f"Tack för er ansökan om idéslanten! Den har fått nummer {case}.\n\n"
            "Vi saknar följande i er ansökan:\n"
        )
        body += "".join(f"- {a}: {b}\n" for a, b in lines)
        body += "\nSvara på detta mejl så kompletteras ärendet.\n\nIdéslanten – Region Kalmar län"
    return body


SV_WD = ["mån", "tis", "ons", "tors", "fre", "lör", "sön"]
SV_MON = [
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
SV_MONTH_FULL = [
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


def gt(text: str, prefix: str = "> ") -> str:
    return "\n".join(prefix + ln if ln else prefix.rstrip() for ln in text.split("\n"))


def gmail_attr(spec: str, who: str) -> str:
    dt = datetime.strptime(spec, "%Y-%m-%d %H:%M")
    return f"Den {SV_WD[dt.weekday()]} {dt.day} {SV_MON[dt.month - 1]} {dt.year} kl. {dt:%H:%M} skrev {who}:"


def outlook_block(spec: str, frm: str, to: str, subject: str) -> str:
    dt = datetime.strptime(spec, "%Y-%m-%d %H:%M")
    return (
        f"Från: {frm}\nSkickat: den {dt.day} {SV_MONTH_FULL[dt.month - 1]} {dt.year} {dt:%H:%M}\n"
        f"Till: {to}\nÄmne: {subject}"
    )


# ---------------------------------------------------------------- registry

MAILS: list = []


def mail(fn):
    MAILS.append(fn)
    return fn


# ================================================================ MAILS


@mail
def m_newsletter_jan():
    txt = """LANDSBYGDSBREVET – januari 2026
Nyheter för bygder, byalag och föreningar i Kalmar län

I detta nummer:
1. Idéslanten 2026 är öppen – så skriver ni en bra ansökan
2. Bygdegårdsdagen 14 mars i Mönsterås
3. Webbinarium: Att driva byalag utan att bränna ut sig

1. IDÉSLANTEN 2026
Regional bygdepeng – idéslanten – kan sökas löpande under året, högst 15 000 kr per ort och år.
Tips från handläggarna: beskriv hur idén är förankrad i byn (ett byamöte, en enkät, samarbete
med skolan eller kyrkan) och skicka en översiktlig budget med poster och belopp. "Alla tycker
det är bra" räcker inte som förankring!

2. BYGDEGÅRDSDAGEN
Träffa andra bygdegårdsföreningar, föreläsningar om energi och uthyrning.

3. WEBBINARIUM 4 februari kl. 18.30
Anmälan på webben.

Du får detta brev eftersom du anmält dig till Landsbygdsbrevet.
Avregistrera: https://example.org/landsbygdsbrevet/avregistrera?id=88213
"""
    html = """<html><body style="font-family:Arial">
<h1 style="color:#2d6a4f">LANDSBYGDSBREVET – januari 2026</h1>
<p>Nyheter för bygder, byalag och föreningar i Kalmar län</p>
<h2>1. Idéslanten 2026 är öppen</h2>
<p>Regional bygdepeng – idéslanten – kan sökas löpande under året, högst 15&nbsp;000 kr per ort och år.
Tips från handläggarna: beskriv hur idén är förankrad i byn (ett byamöte, en enkät, samarbete med skolan
eller kyrkan) och skicka en översiktlig budget med poster och belopp. &quot;Alla tycker det är bra&quot; räcker
inte som förankring!</p>
<h2>2. Bygdegårdsdagen 14 mars i Mönsterås</h2>
<p>Träffa andra bygdegårdsföreningar, föreläsningar om energi och uthyrning.</p>
<h2>3. Webbinarium 4 februari kl. 18.30</h2>
<p>Anmälan på webben.</p>
<hr><p style="font-size:11px">Du får detta brev eftersom du anmält dig till Landsbygdsbrevet.
<a href="https://example.org/landsbygdsbrevet/avregistrera?id=88213">Avregistrera</a></p>
</body></html>
"""
    part = multipart(
        "alternative",
        "==lb-2026-01-alt-7731==",
        [
            text_part(txt, cte="quoted-printable"),
            text_part(html, "html", cte="quoted-printable"),
        ],
    )
    h = hdrs(
        "2026-01-08 07:30",
        addr("Landsbygdsbrevet Kalmar län", "nyhetsbrev@example.org"),
        BOT,
        ew("Landsbygdsbrevet januari: Idéslanten 2026 är öppen!"),
        "<lb-2026-01.88213@example.org>",
        extra=[
            ("List-Id", "Landsbygdsbrevet <landsbygdsbrevet.example.org>"),
            (
                "List-Unsubscribe",
                "<https://example.org/landsbygdsbrevet/avregistrera?id=88213>, <mailto:avregistrera@example.org?subject=88213>",
            ),
            ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
            ("Precedence", "bulk"),
        ],
    )
    return (
        "nyhetsbrev-landsbygdsbrevet",
        message(h, part),
        machine(
            "newsletter",
            "sv",
            "Bulk newsletter with List-Id, List-Unsubscribe and Precedence: bulk, multipart/alternative in quoted-printable. It talks about idéslanten, förankring and budget and even quotes an empty anchoring claim, but it is not an application: all elements false, all facts null. The bot must not answer it.",
        ),
    )


ORG_KRISTDALA = orgnr("802462731")
MID_KRISTDALA = "<CAKr1std4la.9901.gunnel@example.com>"


@mail
def m_kristdala():
    body = f"""Hej!

Jag skriver för Kristdala Bygdeförening, som har funnits sedan 1987 och har 85 medlemmar. Vi sköter
bygdegården vid kyrkan och ordnar midsommar och julmarknad. Organisationsnummer {ORG_KRISTDALA}.

Vi vill söka idéslanten för tre "Framtidskvällar" i bygdegården nu i vår, den 12 mars, 9 april och
7 maj kl 18.30. Varje kväll har ett tema: skolan och barnfamiljerna, handlarn och servicen, och
bostäder för unga och äldre. En samtalsledare från studieförbundet leder kvällarna och det vi kommer
fram till sammanfattas och lämnas till kommunens landsbygdsråd. Vi tror det kan få fler att flytta
hit och att de som bor här tar egna initiativ. Kvällarna är öppna för alla i bygden, unga som gamla,
kvinnor och män.

Vi har lagt en lista hos Handlarn före jul där man kunde skriva upp sig om man ville vara med och
planera eller komma. De här hushållen har skrivit upp sig hittills:

  Ekström, Kristdala by
  Johansson/Nilsson, Bråbo
  Petersson, Stora Ramsebo
  Lindqvist, Kristdala by
  Ali och Hussein, Kristdala by
  Karlsson, Sörtorp
  Hultgren, Ålhult
  Svensson, Kristdala by
  Berg, Gersebo
  Åkesson, Bråbo
  Mattsson, Kristdala by
  de Vries, Ljungnäs
  Olofsson, Sörtorp
  Eriksson, Kristdala by

Fjorton hushåll alltså, och flera av dem har lovat att baka eller hjälpa till med lokalen.

Pengarna: hyran för bygdegården är 600 kr per kväll, så 1 800 kr för tre kvällar. Samtalsledaren
tar 2 500 kr per kväll, alltså 7 500 kr. Sen lägger vi 1 100 kr på fika och ungefär 400 kr på
affischer och utskick. Det blir 10 800 kr och det är det vi söker.

Hör av er om något är oklart!

Vänliga hälsningar
Gunnel Ekström
kassör, Kristdala Bygdeförening
070-312 45 87
"""
    h = hdrs(
        "2026-01-14 19:42",
        addr("Gunnel Ekström", "gunnel.ekstrom@example.com"),
        BOT,
        ew("Ansökan idéslanten – Framtidskvällar i Kristdala"),
        MID_KRISTDALA,
    )
    return (
        "kristdala-framtidskvallar",
        message(h, text_part(body)),
        label(
            "application",
            "sv",
            "11111",
            "Complete application in plain utf-8 8bit. Anchoring is given as a list of fourteen named households who signed up at the shop (concrete local backing, true). The budget is written in running prose with several amounts (600 kr x 3 = 1 800, 2 500 x 3 = 7 500, fika 1 100, affischer 400) and a total of 10 800 that is also the amount applied for. Members 85; the moderator's fee is not a salary; kvinnor och män gives women_and_men true.",
            association_name="Kristdala Bygdeförening",
            org_number=ORG_KRISTDALA,
            contact_name="Gunnel Ekström",
            contact_email="gunnel.ekstrom@example.com",
            contact_phone="070-312 45 87",
            members=85,
            ort="Kristdala",
            amount_sek=10800,
            women_and_men=True,
            salary_costs=False,
            physical_investment=False,
        ),
    )


@mail
def m_spam_quota():
    body = """Bäste användare,

Din e-post kvot har överskridits 98% och inkommande meddelanden kommer att avvisas inom 24 timmar.
För att undvika förlust av dina ansökningar och dokument, vänligen verifiera ditt konto nu:

https://example.net/owa-verifiering/login?user=ideslanten

Om du inte verifierar kommer kontot att stängas av permanent.

Tack,
IT-Helpdesk Administratör
© 2026 Microsoft Exchange Säkerhet
"""
    h = hdrs(
        "2026-01-20 03:17",
        addr("IT-Helpdesk", "no-reply@example.net"),
        BOT,
        ew("VARNING: Din brevlåda är full (98%)", "utf-8", "b"),
        "<20260120031701.55ab@example.net>",
        extra=[("X-Priority", "1")],
    )
    return (
        "spam-brevlada-full",
        message(h, text_part(body, charset="windows-1252", cte="quoted-printable")),
        machine(
            "spam",
            "sv",
            "Phishing: a fake 'mailbox full' warning with a verification link, windows-1252 quoted-printable body and a base64 encoded-word subject. Mentions ansökningar but is no grant mail. All elements false, all facts null.",
        ),
    )


ORG_FLISERYD = orgnr("802447158")


@mail
def m_fliseryd():
    html = f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"></head>
<body style="font-family:Calibri,sans-serif;font-size:11pt">
<p>Hej landsbygdsutvecklaren!</p>
<p><b>Fliseryds Intresseförening</b> (org.nr {ORG_FLISERYD}) har 140 medlemmar och driver Folkets hus i Fliseryd.
Vi söker idéslanten för fyra <b>bygdecaféer</b> i Folkets hus under våren: 5 mars, 26 mars, 16 april och 7 maj kl 18&ndash;20.
Varje kväll bjuder vi in en föreläsare kring ett ämne som byn själv valt: fisketurism vid Emån, fiber och
distansarbete, att starta eget på landet och Fliseryds bruksmiljö. Efter föredraget fikar vi och samlar idéer
som vi sen arbetar vidare med i intresseföreningen. Målet är fler mötesplatser och att nya företag och
initiativ ska växa fram i byn.</p>
<p><b>Så har vi förankrat det:</b> vi gjorde en omröstning i Facebookgruppen &rdquo;Fliseryd &ndash; vi som bor här&rdquo;
(ca 1&nbsp;100 medlemmar) i december. Frågan &rdquo;Ska vi starta bygdecaféer i Folkets hus?&rdquo; fick 87 ja, 3 nej och
12 kanske. I en andra omröstning om ämnen fick Emån 54 röster, fiber 31, starta eget 29 och bruksmiljön 22 &ndash;
de fyra ämnena blev alltså de som byborna röstade fram.</p>
<p><b>Budget</b></p>
<table border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse">
<tr><th align="left">Kostnadspost</th><th align="left">Beräkning</th><th align="right">Kronor</th></tr>
<tr><td>Lokalhyra Folkets hus</td><td>4 &times; 500</td><td align="right">2&nbsp;000</td></tr>
<tr><td>Föreläsararvoden</td><td>4 &times; 1&nbsp;500</td><td align="right">6&nbsp;000</td></tr>
<tr><td>Resor föreläsare</td><td></td><td align="right">800</td></tr>
<tr><td>Fika</td><td>4 &times; 400</td><td align="right">1&nbsp;600</td></tr>
<tr><td>Annonser och affischer</td><td></td><td align="right">900</td></tr>
<tr><td><b>Summa / sökt belopp</b></td><td></td><td align="right"><b>11&nbsp;300</b></td></tr>
</table>
<p>Med vänlig hälsning<br>
Jonas Berglund<br>
Ordförande, Fliseryds Intresseförening<br>
Tel 073-551 20 64</p>
</body></html>
"""
    h = hdrs(
        "2026-01-27 21:05",
        addr("Jonas Berglund", "jonas.berglund@example.net"),
        BOT,
        ew("Bygdecaféer i Fliseryd – ansökan"),
        "<0f3a91c2-5d1e-4b7a-9a77-fliseryd@example.net>",
    )
    return (
        "fliseryd-bygdecafeer",
        message(h, text_part(html, "html", cte="quoted-printable")),
        label(
            "application",
            "sv",
            "11111",
            "HTML-only mail (quoted-printable). Anchoring is a Facebook poll with concrete numbers (87 ja, 3 nej, 12 kanske, topics voted on) – true. Budget is an HTML table with entities (&times;, &nbsp;) that must be read as items with amounts; total 11 300 is the amount applied for. Members 140 – the Facebook group's 1 100 members are not association members. Genders not mentioned, so women_and_men null.",
            association_name="Fliseryds Intresseförening",
            org_number=ORG_FLISERYD,
            contact_name="Jonas Berglund",
            contact_email="jonas.berglund@example.net",
            contact_phone="073-551 20 64",
            members=140,
            ort="Fliseryd",
            amount_sek=11300,
            women_and_men=None,
            salary_costs=False,
            physical_investment=False,
        ),
    )


MID_LOTTORP = "<000a01dc95b2$4c1e2f10$e45a8d30$@example.se>"
SUBJ_LOTTORP = "ansökan om pengar till murkurs"


@mail
def m_lottorp():
    body = """Hej

Jag heter Bertil Öhman och är ordförande i Löttorps Byalag på norra Öland vi är ett sextiotal
medlemmar och har funnits sedan sjuttiotalet.

VI VILL ORDNA EN KURS I ATT LAGA STENMURAR. Det finns massor med gamla kalkstensmurar runt byn
som rasar och ingen kan längre hur man gör. Vi har fått tag på en murare från Gotland som kan
komma helgen 16-17 maj och lära ut, vi håller till vid bygdegården och ute vid murarna längs
byvägen. Tanken är att byns kvinnor och män ska kunna ta hand om murarna själva efteråt och
att det ska bli fint för oss och för turisterna som kommer hit på sommaren, och kanske kan det
bli en årlig murdag.

Alla i byn tycker det är bra, det är inget problem med det.

Kostnader: muraren vill ha sex tusenlappar för helgen, båten och resan från Gotland blir runt
två tusenlappar, hyra av bygdegården en tusenlapp, sen en femhundring till fika och en
femhundring till annonser i Ölandsbladet. Vi söker alltså tio tusen.

Hälsningar Bertil Öhman
Löttorps Byalag
tel 0485-201 33
"""
    h = hdrs(
        "2026-02-03 10:12",
        addr("Bertil Öhman", "bertil.ohman@example.se", "iso-8859-1"),
        BOT,
        ew(SUBJ_LOTTORP, "iso-8859-1"),
        MID_LOTTORP,
    )
    return (
        "lottorp-murkurs",
        message(h, text_part(body, charset="iso-8859-1", cte="8bit")),
        label(
            "application",
            "sv",
            "11101",
            "iso-8859-1 8bit body with an encoded-word subject, older writer with shouting caps and run-on sentences. Anchoring is only the empty claim 'Alla i byn tycker det är bra' – false. The budget is written in 'tusenlappar' and 'en femhundring' (6 000 + 2 000 + 1 000 + 500 + 500): several cost items with amounts, so true; 'tio tusen' = 10 000 applied for. 'ett sextiotal' = 60 members. A course leader's fee is not salary; repairing walls by hand in a course is not a bought investment.",
            association_name="Löttorps Byalag",
            org_number=None,
            contact_name="Bertil Öhman",
            contact_email="bertil.ohman@example.se",
            contact_phone="0485-201 33",
            members=60,
            ort="Löttorp",
            amount_sek=10000,
            women_and_men=True,
            salary_costs=False,
            physical_investment=False,
        ),
    )


@mail
def m_question_byxelkrok():
    body = """Hej!

Jag är sekreterare i SPF Seniorerna Norra Öland, vi är ca 130 medlemmar och de flesta bor runt
Byxelkrok och Böda. Vi funderar på att söka idéslanten till en studieresa till Gotland i höst
för att se hur byalagen där har ordnat turistinformation i små byar.

Två frågor:
1. Går det att få pengar till en studieresa som går utanför länet?
2. Räknas färjebiljetterna som en resekostnad, eller är det bara buss som godkänns?

Vi har inte bestämt något än så vi skickar en riktig ansökan senare om det går.

Tack på förhand!
Margareta Lund
0485-284 10
"""
    h = hdrs(
        "2026-02-09 14:48",
        addr("Margareta Lund", "margareta.lund@example.org"),
        BOT,
        "Fraga om studieresa",
        "<5b1c8e0d-byxelkrok-spf@example.org>",
    )
    return (
        "fraga-studieresa-byxelkrok",
        message(h, text_part(body, cte="quoted-printable")),
        label(
            "question",
            "sv",
            "00000",
            "Question, not an application: asks whether a study trip outside the county and ferry tickets can be funded and says a real application will come later. ASCII-only subject without diacritics. Elements all false; stated facts are recorded (association, signer, phone, ~130 members, Byxelkrok). No salary or investment is proposed, so those are null.",
            association_name="SPF Seniorerna Norra Öland",
            org_number=None,
            contact_name="Margareta Lund",
            contact_email="margareta.lund@example.org",
            contact_phone="0485-284 10",
            members=130,
            ort="Byxelkrok",
            amount_sek=None,
            women_and_men=None,
            salary_costs=None,
            physical_investment=None,
        ),
    )


ORG_GULLABO = orgnr("802511964")
MID_GULLABO = "<CAGu11ab0-Lindahl-77Q@example.se>"
SUBJ_GULLABO = "Ansökan: Workshops om Gullabo skola"
CASE_GULLABO = "2026-0014"


@mail
def m_gullabo():
    body = f"""Hej,

Här kommer vår ansökan om idéslanten.

Förening: Gullabo Byförening, org.nr {ORG_GULLABO}, 47 medlemmar. Vi är en ideell förening för
alla som bor i Gullabo med omnejd i Torsås kommun.

Vad vi vill göra: Torsås kommun vill sälja gamla Gullabo skola. Vi vill ordna två workshopkvällar,
15 och 22 april i församlingshemmet, där byborna tillsammans tar fram förslag på vad huset kan bli
(t.ex. bygdens hus, verkstad, boende). En processledare från Hela Sverige ska leva håller i
kvällarna och vi gör också ett studiebesök i Vissefjärda som har gjort något liknande. Förslagen
lämnas till kommunen före sommaren.

Förankring: Vi knackade dörr i hela byn i januari. Sex av oss gick runt till 52 hushåll och 41
sa att de vill vara med på kvällarna, nio erbjöd sig att hjälpa till.

Budgeten bifogas. Vi söker 14 000 kr.

Kontakt: Sara Lindahl, sekreterare, sara.lindahl@example.se, 0486-311 92

Tack!
Sara
"""
    h = hdrs(
        "2026-02-12 08:55",
        addr("Sara Lindahl", "sara.lindahl@example.se"),
        BOT,
        SUBJ_GULLABO,
        MID_GULLABO,
    )
    return (
        "gullabo-workshops-skolan",
        message(h, text_part(body, cte="quoted-printable")),
        label(
            "application",
            "sv",
            "11110",
            "Quoted-printable utf-8 with labelled sections. Anchoring is door-knocking with numbers (52 households visited, 41 want to take part, 9 volunteers) – true. 'Budgeten bifogas' but nothing is attached and no items are given, only the bare amount 14 000 kr – budget false, amount_sek 14000. The followup later in this folder supplies the budget.",
            association_name="Gullabo Byförening",
            org_number=ORG_GULLABO,
            contact_name="Sara Lindahl",
            contact_email="sara.lindahl@example.se",
            contact_phone="0486-311 92",
            members=47,
            ort="Gullabo",
            amount_sek=14000,
            women_and_men=None,
            salary_costs=False,
            physical_investment=False,
        ),
    )


@mail
def m_gullabo_followup():
    rsubj = f"Re: {SUBJ_GULLABO} [Idéslanten {CASE_GULLABO}]"
    quoted = outlook_block(
        "2026-02-12 08:56", f"{BOT_NAME} <{BOT}>", "Sara Lindahl <sara.lindahl@example.se>", rsubj
    )
    quoted += "\n\n" + receipt(CASE_GULLABO, ["budget"], 0)
    body = f"""Hej igen!

Oj, budgeten kom visst aldrig med, filen vägrade fastna i mejlet. Jag klistrar in den här istället:

Processledare, 2 kvällar à 3 500 kr      7 000 kr
Hyra församlingshemmet, 2 x 900 kr     1 800 kr
Fika och material (blädderblock m.m.)  1 700 kr
Hyrbuss till studiebesöket i Vissefjärda  3 500 kr
---------------------------------------------
Summa                                  14 000 kr

Hälsningar
Sara Lindahl
Gullabo Byförening

{quoted}
"""
    h = hdrs(
        "2026-02-13 12:20",
        addr("Sara Lindahl", "sara.lindahl@example.se"),
        bot_to(),
        "SV: " + rsubj,
        "<CAGu11ab0-Lindahl-78R@example.se>",
        irt=f"<kvitto-{CASE_GULLABO}@example.se>",
        refs=f"{MID_GULLABO} <kvitto-{CASE_GULLABO}@example.se>",
        extra=[("Thread-Topic", ew(SUBJ_GULLABO)), ("X-Mailer", "Microsoft Outlook 16.0")],
    )
    return (
        "sv-gullabo-budget",
        message(h, text_part(body, cte="quoted-printable")),
        label(
            "followup",
            "sv",
            "01001",
            "Followup in the Gullabo thread (In-Reply-To the bot's receipt, application in References), Outlook style with the receipt quoted below an unprefixed Från/Skickat block. The new text pastes the missing budget as aligned columns (four items, sum 14 000) – budget true. Signed by Sara Lindahl from her own address – contact true. The association is only named in the signature, so association false; the quoted receipt adds nothing.",
            association_name="Gullabo Byförening",
            org_number=None,
            contact_name="Sara Lindahl",
            contact_email="sara.lindahl@example.se",
            contact_phone=None,
            members=None,
            ort="Gullabo",
            amount_sek=14000,
            women_and_men=None,
            salary_costs=False,
            physical_investment=False,
        ),
    )


ORG_VISSEFJARDA = orgnr("802419377")


@mail
def m_vissefjarda():
    body = f"""Till Region Kalmar län, landsbygdsutveckling

Ansökan om regional bygdepeng – idéslanten 2026

Vissefjärda Samhällsförening (org.nr {ORG_VISSEFJARDA}) är en ideell förening med ca 200 medlemmar
som arbetar för att Vissefjärda ska vara en levande ort att bo och verka i.

Aktivitet: Kulturhelgen "Vissefjärda berättar" 6–7 juni 2026. Under våren intervjuar eleverna i
åk 4–6 på Vissefjärda skola äldre bybor om hur det var att växa upp här. På lördagskvällen framförs
berättelserna i Vissefjärda kyrka, på söndagen blir det en berättarvandring genom byn som avslutas
med soppa i hembygdsgården. Berättelserna samlas i ett häfte som lämnas till biblioteket och
hembygdsarkivet. Helgen är för alla åldrar, både kvinnor och män, och ska knyta ihop generationer
och göra byn mer känd utåt.

Förankring: Vissefjärda skola deltar med tre klasser och deras lärare, och Vissefjärda församling
upplåter kyrkan och kyrkvärdarna hjälper till under lördagen. Hembygdsföreningen lånar ut gården
och sina arkivbilder. Samarbetet beslutades på ett gemensamt möte i skolans matsal den 20 januari.

Budget
Post\tKostnad (kr)
Hyra ljud och ljus\t2 400
Berättarcoach, arvode\t4 000
Tryck av häfte, 100 ex\t3 200
Soppa och fika söndag\t1 500
Annonsering\t600
Totalt\t11 700

Vi söker 11 700 kr.

Med vänlig hälsning
Styrelsen
Vissefjärda Samhällsförening
"""
    h = hdrs(
        "2026-02-18 16:31",
        addr("Vissefjärda Samhällsförening", "info.vissefjarda@example.org", "windows-1252"),
        BOT,
        ew("Ansökan idéslanten – Vissefjärda berättar", "windows-1252"),
        "<vsf.20260218.163102@example.org>",
    )
    return (
        "vissefjarda-berattar",
        message(h, text_part(body, charset="windows-1252", cte="8bit")),
        label(
            "application",
            "sv",
            "10111",
            "windows-1252 8bit body (en dash in the heading). Anchoring: the school and the church both take part, the hembygdsförening lends its farm, decided at a joint meeting – concrete cooperation, true. The budget is tab-separated columns with a total 11 700 = amount applied for – true. Contact is missing: sent from a shared association mailbox and signed only 'Styrelsen', no named person, so contact false and contact facts null. Members ca 200; both women and men stated.",
            association_name="Vissefjärda Samhällsförening",
            org_number=ORG_VISSEFJARDA,
            contact_name=None,
            contact_email=None,
            contact_phone=None,
            members=200,
            ort="Vissefjärda",
            amount_sek=11700,
            women_and_men=True,
            salary_costs=False,
            physical_investment=False,
        ),
    )


@mail
def m_rockneby():
    body = """Hej!

Vi i Rocknebygdens Framtidsgrupp vill söka idéslanten. Gruppen bildades 2024 och har 23
medlemmar, vi är en arbetsgrupp under Rockneby Byalag men har egen kassa.

Det vi vill göra heter "Trygg väg till skolan": tre öppna möten i Rockneby bygdegård (april, maj
och september) om en säker gång- och cykelväg mellan byn och skolan, med en trafikplanerare som
föreläser på två av mötena, och ett studiebesök med hyrd buss till Bergkvara som fick sin
cykelväg byggd efter att byn drivit frågan. Efter mötena skriver vi ihop ett förslag till Kalmar
kommun och Trafikverket. Det gör det lättare för barnfamiljer att bo kvar och flytta hit.

Idén kom från årsmötet i bygdegården den 8 februari. 31 personer var där och årsmötet gav oss i
uppdrag att driva frågan och söka pengar till mötena. Protokollet kan skickas om ni vill.

Budgeten ligger i bifogad Excel-fil. Vi söker 12 900 kr.

Kontaktperson är jag:
Linnea Qvist
076-818 02 45
linnea.qvist@example.com
"""
    sheet = xlsx(
        [
            ["Budget – Trygg väg till skolan (Rocknebygdens Framtidsgrupp)"],
            [],
            ["Post", "Antal", "À-pris", "Summa"],
            ["Hyra bygdegården", 3, 700, 2100],
            ["Föreläsare trafikplanerare", 2, 2500, 5000],
            ["Hyrbuss studiebesök Bergkvara", 1, 3800, 3800],
            ["Fika", 3, 450, 1350],
            ["Trycksaker/affischer", 1, 650, 650],
            ["Totalt", None, None, 12900],
        ],
        "Budget",
    )
    part = multipart(
        "mixed",
        "----=_Part_20260224_rockneby_0",
        [
            text_part(body, cte="base64"),
            attachment(
                "Budget Trygg väg.xlsx",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                sheet,
            ),
        ],
    )
    h = hdrs(
        "2026-02-24 20:14",
        addr("Linnea Qvist", "linnea.qvist@example.com"),
        BOT,
        ew("Ansökan bygdepeng – Trygg väg till skolan, Rockneby", "utf-8", "b"),
        "<rockneby.tvts.1@example.com>",
    )
    return (
        "rockneby-trygg-vag",
        message(h, part),
        label(
            "application",
            "sv",
            "11111",
            "Complete. Base64 utf-8 text with the budget ONLY in an .xlsx attachment (non-ASCII file name as an encoded word; rows with antal, à-pris, summa and total 12 900) – budget true. Anchoring: 'Idén kom från årsmötet' with 31 present and a mandate from the meeting – true. The group is a working group of the byalag with 23 members. A hired bus is renting, not investment.",
            association_name="Rocknebygdens Framtidsgrupp",
            org_number=None,
            contact_name="Linnea Qvist",
            contact_email="linnea.qvist@example.com",
            contact_phone="076-818 02 45",
            members=23,
            ort="Rockneby",
            amount_sek=12900,
            women_and_men=None,
            salary_costs=False,
            physical_investment=False,
        ),
    )


MID_ALSTERBRO = "<A7D1E0B2-33F1-4C1B-9E0A-ALSTERBRO@example.se>"
SUBJ_ALSTERBRO = "Bygdepeng marknadsdag Alsterbro"
CASE_ALSTERBRO = "2026-0023"


@mail
def m_alsterbro():
    body = """Hej! Vi i Alsterbro Byaråd (ca 70 medl) vill söka bygdepeng till en loppis och marknadsdag vid gamla glasbruket lördag 15 aug. Hyrda tält, en trubadur och lokala hantverkare som får sälja gratis, så att folk från Nybro och Kalmar upptäcker byn och våra småföretagare får kunder.

Förankringen är god.

Budgeten tog jag kort på, se bild.

Mvh Kent Holm
070-644 18 02

Skickat från min iPhone"""
    part = multipart(
        "mixed",
        "Apple-Mail-5E2B1C7A-0A11-4F3D-ALSTERBRO",
        [
            text_part(body, charset="utf-8", cte="quoted-printable"),
            attachment("IMG_0412.PNG", "image/png", png_blur()),
        ],
    )
    h = hdrs(
        "2026-03-02 07:48",
        addr("Kent Holm", "kent.holm@example.se"),
        BOT,
        SUBJ_ALSTERBRO,
        MID_ALSTERBRO,
        extra=[("X-Mailer", "iPhone Mail (20H115)")],
    )
    return (
        "alsterbro-marknadsdag",
        message(h, part),
        label(
            "application",
            "sv",
            "11100",
            "Short mobile mail with one long paragraph line and an image attachment. Association (named byaråd, ca 70 members), contact (Kent Holm, phone) and activity (market day 15 Aug at the old glassworks, rented tents, troubadour, local sellers, visitors) are given. 'Förankringen är god' is an empty claim – anchoring false. The budget is only a photo that is an unreadable blurry image with no text – budget false; no amount is stated, so amount_sek null. Rented tents are not an investment.",
            association_name="Alsterbro Byaråd",
            org_number=None,
            contact_name="Kent Holm",
            contact_email="kent.holm@example.se",
            contact_phone="070-644 18 02",
            members=70,
            ort="Alsterbro",
            amount_sek=None,
            women_and_men=None,
            salary_costs=False,
            physical_investment=False,
        ),
    )


@mail
def m_autoreply_fliseryd():
    body = """Hej!

Tack för ditt mejl. Jag är på fjällsemester vecka 10 och läser inte min e-post förrän måndag 9 mars.

Brådskande ärenden om Folkets hus eller Fliseryds Intresseförening: ring vice ordförande
Anna Sjöberg, 070-227 81 40.

/Jonas
"""
    h = hdrs(
        "2026-03-04 09:02",
        addr("Jonas Berglund", "jonas.berglund@example.net"),
        addr("Landsbygdsutvecklare Region Kalmar län", OFFICER),
        "Frånvaro: Re: Bygdecaféer i Fliseryd – ansökan",
        "<auto.0304.jb.1183@example.net>",
        irt="<handl.20260304.0855.fliseryd@example.se>",
        refs="<0f3a91c2-5d1e-4b7a-9a77-fliseryd@example.net> <handl.20260304.0855.fliseryd@example.se>",
    )
    return (
        "franvaro-fliseryd",
        message(h, text_part(body)),
        machine(
            "autoreply",
            "sv",
            "Out-of-office reply to the officer's mail in the Fliseryd thread WITHOUT any automation header (no Auto-Submitted, X-Autoreply or Precedence); only the subject 'Frånvaro:' and the text show it. It names a deputy with a phone number and carries References to the application, but it is not a followup and must not be answered. All elements false, all facts null.",
        ),
    )


@mail
def m_alsterbro_followup():
    rsubj = f"Re: {SUBJ_ALSTERBRO} [Idéslanten {CASE_ALSTERBRO}]"
    rec = receipt(CASE_ALSTERBRO, ["anchoring", "budget"], 1)
    new = """Hej bilden blev visst suddig sorry. Här är budgeten:

tält hyra 3000
trubadur 2500
hyra bajamajor 1500
annonser Barometern + affischer 1200
fika till funktionärerna 500
summa 8700 kr

Angående förankringen så är det som sagt ingen i byn som är emot, alla vi pratat med tycker det är jättebra.

Kent Holm"""
    attr = gmail_attr("2026-03-02 07:49", f"{BOT_NAME} <{BOT}>")
    text = new + "\n\n" + attr + "\n\n" + gt(rec) + "\n"
    html = (
        '<div dir="ltr">'
        + new.replace("\n", "<br>")
        + '</div><br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">'
        + attr.replace("<", "&lt;").replace(">", "&gt;")
        + '<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">'
        + rec.replace("\n", "<br>")
        + "</blockquote></div>\n"
    )
    part = multipart(
        "alternative",
        "000000000000a1b2c3d4e5f6alst",
        [text_part(text, cte="quoted-printable"), text_part(html, "html", cte="quoted-printable")],
    )
    h = hdrs(
        "2026-03-05 18:40",
        addr("Kent Holm", "kent.holm@example.se"),
        bot_to(),
        rsubj,
        "<CAK3ntH0lm+reply=alsterbro@example.se>",
        irt=f"<kvitto-{CASE_ALSTERBRO}@example.se>",
        refs=f"{MID_ALSTERBRO} <kvitto-{CASE_ALSTERBRO}@example.se>",
    )
    return (
        "re-alsterbro-budget",
        message(h, part),
        label(
            "followup",
            "sv",
            "01001",
            "Gmail-style followup (multipart/alternative, gmail_quote blockquote, '>' quoting of the receipt) in the Alsterbro thread. The new text types out the budget that was an unreadable photo: five lowercase items with bare numbers, sum 8 700 – budget true. For anchoring it only repeats an empty claim ('ingen i byn är emot, alla vi pratat med tycker det är jättebra') – anchoring still false. Signed by Kent Holm from his own address – contact true. The quoted receipt mentions förankring and budget but adds nothing. The new body never names the village (only the inherited subject does), so ort is null.",
            association_name=None,
            org_number=None,
            contact_name="Kent Holm",
            contact_email="kent.holm@example.se",
            contact_phone=None,
            members=None,
            ort=None,
            amount_sek=8700,
            women_and_men=None,
            salary_costs=False,
            physical_investment=False,
        ),
    )


ORG_DEGERHAMN = orgnr("802503218")


@mail
def m_degerhamn():
    body = f"""Hej!

Degerhamns Samhällsförening, org.nr {ORG_DEGERHAMN}, söker härmed idéslanten för "Kalkbrottets dag"
lördag 22 augusti 2026.

Om oss: vi är 112 medlemmar på södra Öland och arbetar med allt från julgran på torget till
kontakt med kommunen om hamnen.

Aktiviteten: en dag om Degerhamns historia som cement- och kalkbruksort. På förmiddagen guidade
vandringar i det gamla kalkbrottet, på eftermiddagen en föreläsning av en geolog i Folkets hus
och på kvällen sjunger Södra Ölands kör bruksvisor. Vi vill att fler ska få upp ögonen för
bygden, att besökare stannar längre här i stället för att bara åka förbi till fyren, och att
de som bor här ska känna stolthet. Dagen är gratis och öppen för alla, både kvinnor och män,
barn och gamla.

Förankring – vi klistrar in stödbrevet från hembygdsföreningen:

  ----------------------------------------------------------------
  Till Region Kalmar län

  Södra Möckleby hembygdsförening ställer sig bakom Degerhamns
  Samhällsförenings ansökan om idéslanten för Kalkbrottets dag.
  Vi kommer att hålla i guidningarna vid kalkugnarna och låna ut
  vår utställning om bruket till Folkets hus. Beslutat på
  styrelsemöte den 2 mars 2026.

  Ingrid Wahlström, ordförande
  Södra Möckleby hembygdsförening
  ----------------------------------------------------------------

Budget
  Geolog, arvode inkl. resa ............ 4 500 kr
  Kören, arvode ......................... 2 000 kr
  Hyra Folkets hus ...................... 1 500 kr
  Hyra ljudanläggning ................... 1 200 kr
  Annonser och trycksaker ............... 1 800 kr
  Skyttelbuss från Färjestaden (hyrd) ... 3 000 kr
  Kaffeservering, råvaror ............... 1 500 kr
  Summa kostnader                        15 500 kr
  Egen insats (kaffeförsäljning m.m.)    -3 000 kr
  Sökt belopp                            12 500 kr

Kontaktperson: Maj-Britt Fors, sekreterare
majbritt.fors@example.se / 0485-662 07 / 070-918 33 12

Vänliga hälsningar
Maj-Britt Fors
"""
    h = hdrs(
        "2026-03-10 11:26",
        addr("Maj-Britt Fors", "majbritt.fors@example.se"),
        BOT,
        "Ansökan Kalkbrottets dag, Degerhamn",
        "<ba7e10c4-degerhamn-kalk@example.se>",
    )
    return (
        "degerhamn-kalkbrottets-dag",
        message(h, text_part(body, cte="8bit", flowed=True)),
        label(
            "application",
            "sv",
            "11111",
            "Complete, format=flowed 8bit. Anchoring is a pasted letter of support from the local hembygdsförening (decided at its board meeting, will lead the guided walks) – true. The budget has dotted leaders, a total of 15 500, an own contribution of -3 000 and 'Sökt belopp 12 500': amount_sek is the applied 12 500, not the total. Two phone numbers – the first (0485-662 07) is recorded. Fees for the geologist and the choir are not salaries; a hired shuttle bus is not an investment.",
            association_name="Degerhamns Samhällsförening",
            org_number=ORG_DEGERHAMN,
            contact_name="Maj-Britt Fors",
            contact_email="majbritt.fors@example.se",
            contact_phone="0485-662 07",
            members=112,
            ort="Degerhamn",
            amount_sek=12500,
            women_and_men=True,
            salary_costs=False,
            physical_investment=False,
        ),
    )


@mail
def m_virserum():
    body = """Hej,

Virserums Byaråd (38 medlemmar) ansöker om idéslanten till en studieresa.

Vi åker med hyrd buss lördag 18 april till Österbymo i Ydre kommun för att lära oss hur deras
byautvecklingsbolag har fått igång en lanthandel och bostäder i byn. Vi får en guidning och
träffar styrelsen där. När vi kommer hem redovisar vi på ett öppet möte i Virserums Folkets hus
vad vi lärt oss och vad vi kan göra här. 24 personer är anmälda, lika många kvinnor som män.

Förankring: Projektet stöds av Hultsfreds kommuns näringslivsenhet och av Smålands Turism i
Växjö, och vår riksorganisation har skrivit att de tycker det är en bra idé.

Kostnader per person:
 buss 380 kr
 lunch 145 kr
 guidning 60 kr
 fika på vägen 20 kr
= 605 kr per person x 24 personer = 14 520 kr, det är vad vi söker.

Peter Sandberg
sekreterare Virserums Byaråd
peter.sandberg@example.org
0495-301 48
"""
    h = hdrs(
        "2026-03-16 13:07",
        addr("Peter Sandberg", "peter.sandberg@example.org"),
        BOT,
        "Studieresa Virserums Byaråd",
        "<20260316130712.virserum.ps@example.org>",
    )
    return (
        "virserum-studieresa",
        message(h, text_part(body, charset="iso-8859-1", cte="quoted-printable")),
        label(
            "application",
            "sv",
            "11101",
            "iso-8859-1 quoted-printable. Anchoring is given by organisations outside the village (the municipality's business unit, a tourism body in Växjö, a national organisation) – not local backing in Virserum, so false. The budget is per person (buss 380, lunch 145, guidning 60, fika 20 = 605 kr x 24 = 14 520): items with amounts, true; amount 14 520. Members 38 – the 24 travellers are participants, not members. 'lika många kvinnor som män' gives women_and_men true.",
            association_name="Virserums Byaråd",
            org_number=None,
            contact_name="Peter Sandberg",
            contact_email="peter.sandberg@example.org",
            contact_phone="0495-301 48",
            members=38,
            ort="Virserum",
            amount_sek=14520,
            women_and_men=True,
            salary_costs=False,
            physical_investment=False,
        ),
    )


MID_RUDA = "<CAF-ruda-ruf-wj-0319@example.com>"
SUBJ_RUDA = "söka pengar"
CASE_RUDA = "2026-0031"


@mail
def m_ruda():
    body = """hej!
vi är Ruda ungdomsförening (RUF), vi är typ 25 medlemmar mellan 13 och 19 år och vi har funnits sen 2023. vi vill söka pengar för att göra nåt kul för ungdomarna i ruda för det händer typ ingenting här. för alla tjejer och killar i byn alltså

vi har 12 st som lovat att hjälpa till: Elin, Moa, Hampus, Leo, Sam, Wilma, Nora, Ibbe, Alva, Theo, Liam och My. plus att Elins pappa kan köra om vi behöver åka nånstans

vi söker 15000kr

Wilma Jakobsson
072-505 66 19
"""
    h = hdrs(
        "2026-03-19 16:58",
        addr("Wilma Jakobsson", "wilma.jakobsson@example.com"),
        BOT,
        SUBJ_RUDA,
        MID_RUDA,
    )
    return (
        "ruda-ungdomar",
        message(h, text_part(body, cte="base64")),
        label(
            "application",
            "sv",
            "11010",
            "Teenager's mail, base64 utf-8, lowercase and no punctuation. Association named (RUF, ~25 members, founded 2023) and contact (Wilma Jakobsson, phone, own address) are given. Activity is only a vague wish ('göra nåt kul för ungdomarna') – false. Anchoring: twelve named young volunteers who promised to help (plus a parent who drives) – many local volunteers, true. Budget is only a bare amount 15000kr – false, amount_sek 15000. 'tjejer och killar' gives women_and_men true.",
            association_name="Ruda ungdomsförening",
            org_number=None,
            contact_name="Wilma Jakobsson",
            contact_email="wilma.jakobsson@example.com",
            contact_phone="072-505 66 19",
            members=25,
            ort="Ruda",
            amount_sek=15000,
            women_and_men=True,
            salary_costs=False,
            physical_investment=False,
        ),
    )


@mail
def m_bounce_vissefjarda():
    text = """This is the mail system at host mx1.example.org.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

<info.vissefjarda@example.org>: host mx1.example.org said: 552 5.2.2
    Mailbox full - quota exceeded (in reply to RCPT TO command)
"""
    status = """Reporting-MTA: dns; mx1.example.org
X-Postfix-Queue-ID: 4Q2xk71Lzbz9sWp
Arrival-Date: Mon, 23 Mar 2026 10:14:51 +0100

Final-Recipient: rfc822; info.vissefjarda@example.org
Original-Recipient: rfc822;info.vissefjarda@example.org
Action: failed
Status: 5.2.2
Remote-MTA: dns; mx1.example.org
Diagnostic-Code: smtp; 552 5.2.2 Mailbox full - quota exceeded
"""
    orig = f"""Date: Mon, 23 Mar 2026 10:14:50 +0100
From: {addr("Landsbygdsutvecklare Region Kalmar län", OFFICER)}
To: info.vissefjarda@example.org
Subject: {ew("Re: Ansökan idéslanten – Vissefjärda berättar [Idéslanten 2026-0017]")}
Message-ID: <handl.20260323.1014.vissefjarda@example.se>
In-Reply-To: <vsf.20260218.163102@example.org>
References: <vsf.20260218.163102@example.org>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
"""
    part = multipart(
        "report",
        "4Q2xk71Lzbz9sWp.1774257291/mx1.example.org",
        [
            (
                [
                    "Content-Description: Notification",
                    'Content-Type: text/plain; charset="us-ascii"',
                ],
                text.encode(),
            ),
            (
                ["Content-Description: Delivery report", "Content-Type: message/delivery-status"],
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
        extra="; report-type=delivery-status",
    )
    h = hdrs(
        "2026-03-23 10:14",
        addr("Mail Delivery System", "MAILER-DAEMON@example.org"),
        OFFICER,
        "Undelivered Mail Returned to Sender",
        "<20260323091451.4Q2xk71Lzbz9sWp@example.org>",
        extra=[("Auto-Submitted", "auto-replied")],
    )
    return (
        "bounce-vissefjarda-full",
        message(h, part),
        machine(
            "bounce",
            "en",
            "Postfix-style multipart/report (delivery-status) from MAILER-DAEMON: the officer's reply to the Vissefjärda shared mailbox bounced because the mailbox is full. The returned headers name the Vissefjärda application's Message-ID, but a bounce is never a followup. All elements false, all facts null.",
        ),
    )


@mail
def m_ruda_followup():
    rsubj = f"Re: {SUBJ_RUDA} [Idéslanten {CASE_RUDA}]"
    rec = receipt(CASE_RUDA, ["activity", "budget"], 2)
    body = f"""vad menar ni med budget?? vi skrev ju 15000. och aktiviteten är att göra nåt kul för ungdomarna typ, kanske en discokväll eller så köper vi ett pingisbord till fritidsgården, vi har inte bestämt än

Wilma Jakobsson

Skickat från min iPhone

> 19 mars 2026 kl. 16:59 skrev {BOT_NAME} <{BOT}>:
>
{gt(rec)}
"""
    h = hdrs(
        "2026-03-25 21:33",
        addr("Wilma Jakobsson", "wilma.jakobsson@example.com"),
        bot_to(),
        rsubj,
        "<E1C2-RUDA-WJ-REPLY-0325@example.com>",
        irt=f"<kvitto-{CASE_RUDA}@example.se>",
        refs=f"{MID_RUDA} <kvitto-{CASE_RUDA}@example.se>",
    )
    return (
        "re-ruda-vad-menar-ni",
        message(h, text_part(body, cte="quoted-printable")),
        label(
            "followup",
            "sv",
            "01000",
            "iPhone-style followup in the Ruda thread that supplies nothing useful: it repeats the bare amount 15000 (budget still false) and the activity is still undecided ('kanske en discokväll eller så köper vi ett pingisbord') – activity false. Signed with full name from her own address – contact true. The new text proposes buying a table-tennis table, so physical_investment true even though nothing is decided.",
            association_name=None,
            org_number=None,
            contact_name="Wilma Jakobsson",
            contact_email="wilma.jakobsson@example.com",
            contact_phone=None,
            members=None,
            ort=None,
            amount_sek=15000,
            women_and_men=None,
            salary_costs=False,
            physical_investment=True,
        ),
    )


@mail
def m_loftahammar():
    body = """Dear Sir or Madam,

We are writing on behalf of Loftahammar International Friends, a non-profit association of 31
members, most of us Dutch, German and Swedish families who have moved to the Loftahammar area in
recent years. Our aim is to help newcomers become part of village life.

We would like to apply for the idéslanten grant for "Språkcafé Loftahammar": ten evenings this
autumn (every second Thursday from 3 September) in the library room at Loftahammar bygdegård,
where newcomers and people who have lived here all their lives meet to speak Swedish, drink
coffee and talk about local matters such as the school bus, the harbour and the archipelago
boats. A retired teacher from the village will lead the evenings for a small fee. We believe
this will help new families stay, start businesses and join local associations. It is open to
women and men of all ages.

We have big support for this in the community, and everybody we have talked to thinks it is a
great idea.

Please find our budget attached as a CSV file. We apply for 9 800 SEK.

Kind regards,
Annelies van Dijk
Chair, Loftahammar International Friends
+46 70 412 93 85
"""
    csv_text = "Item;Amount SEK\r\nRoom rent bygdegården 10 x 350;3500\r\nFee conversation leader 10 x 400;4000\r\nCoffee and bread 10 x 150;1500\r\nPosters and ads (Västerviks-Tidningen);800\r\nTotal;9800\r\n"
    part = multipart(
        "mixed",
        "=_5f1a9c0e2b7d4e31_loft",
        [
            text_part(body, charset="utf-8", cte="quoted-printable"),
            attachment("budget_sprakcafe.csv", "text/csv", csv_text.encode("utf-8")),
        ],
    )
    h = hdrs(
        "2026-04-01 09:41",
        addr("Annelies van Dijk", "annelies.vandijk@example.net"),
        BOT,
        "Grant application - Språkcafé Loftahammar",
        "<d81f3b2a.loftahammar.friends@example.net>",
    )
    return (
        "loftahammar-sprakcafe",
        message(h, part),
        label(
            "application",
            "en",
            "11101",
            "English application with a CSV budget attachment (semicolon-separated, CRLF lines inside the base64 attachment: room rent, leader's fee, coffee, ads, total 9 800) – budget true. Activity is concrete (ten language-café evenings from 3 Sept, place, local benefit). Anchoring is the empty claim 'We have big support ... everybody we have talked to thinks it is a great idea' – false. Members 31; 'women and men of all ages' → true. A conversation leader's fee is not a salary.",
            association_name="Loftahammar International Friends",
            org_number=None,
            contact_name="Annelies van Dijk",
            contact_email="annelies.vandijk@example.net",
            contact_phone="+46 70 412 93 85",
            members=31,
            ort="Loftahammar",
            amount_sek=9800,
            women_and_men=True,
            salary_costs=False,
            physical_investment=False,
        ),
    )


ORG_TIMMERNABBEN = orgnr("802476605")


@mail
def m_timmernabben():
    body = """Hej!

Bifogar vår ansökan till idéslanten som pdf.

Mvh
Håkan Ek
Timmernabbens Byalag
"""
    lines = [
        "ANSÖKAN OM REGIONAL BYGDEPENG – IDÉSLANTEN 2026",
        "",
        "1. Sökande",
        f"Timmernabbens Byalag, org.nr {ORG_TIMMERNABBEN}",
        "Ideell förening bildad 1979, 96 medlemmar. Verkar för service, kultur och",
        "boende i Timmernabben i Mönsterås kommun.",
        "",
        "2. Kontaktperson",
        "Håkan Ek, kassör, tel 0499-232 71, hakan.ek@example.se",
        "",
        "3. Aktivitet",
        "Kustkulturkvällar om båtbyggartraditionen i Timmernabben: fyra kvällar i juni",
        "och juli 2026 – en föreläsning om varvens historia, en berättarkväll med äldre",
        "båtbyggare, en guidad vandring i hamnen och en kväll där unga och gamla",
        "tillsammans planerar en liten utställning i sjöboden. Syftet är att föra",
        "kunskapen vidare, locka besökare och skapa en ny mötesplats i byn.",
        "",
        "4. Lokal förankring",
        "I byalagets höstutskick i november ställde vi frågan vad byn vill göra 2026.",
        "60 hushåll svarade, varav 47 ville ha kvällar om båtbyggarhistorien.",
        "Timmernabbens Båtklubb upplåter hamnen och sjöboden, och PRO Timmernabben",
        "ordnar kaffet på berättarkvällen.",
        "",
        "5. Budget",
        "Föreläsare, arvode och resa                 3 800 kr",
        "Berättarkväll, arvode till två berättare     2 000 kr",
        "Guide hamnvandring                           1 200 kr",
        "Hyra bygdegården 3 kvällar                   2 400 kr",
        "Utställningsmaterial (förbrukning)           1 800 kr",
        "Marknadsföring                               1 000 kr",
        "Fika                                         1 400 kr",
        "Summa                                       13 600 kr",
        "",
        "Sökt belopp: 13 600 kr",
        "",
        "Timmernabben den 6 april 2026",
        "Håkan Ek",
    ]
    part = multipart(
        "mixed",
        "------------0E1A7C5B2D9F3A4B6C8D0E1F",
        [
            text_part(body, cte="8bit"),
            attachment(
                "Ansökan idéslanten Timmernabbens Byalag.pdf", "application/pdf", pdf(lines)
            ),
        ],
    )
    h = hdrs(
        "2026-04-07 08:15",
        addr("Håkan Ek", "hakan.ek@example.se"),
        BOT,
        "Ansökan idéslanten",
        "<7c0b5e19-5a3f-timmernabben@example.se>",
        extra=[("User-Agent", "Mozilla Thunderbird")],
    )
    return (
        "timmernabben-kustkultur-pdf",
        message(h, part),
        label(
            "application",
            "sv",
            "11111",
            "Complete, but everything is in a PDF attachment (Helvetica/WinAnsi, extractable text, non-ASCII filename); the body only says 'Bifogar vår ansökan'. Anchoring: a survey in the autumn mailing (60 households answered, 47 wanted this) plus the boat club and PRO taking part – true. Budget: a column list with total 13 600 – true. Contact Håkan Ek with phone and e-mail in the PDF and as signer. Exhibition material is consumables, not an investment.",
            association_name="Timmernabbens Byalag",
            org_number=ORG_TIMMERNABBEN,
            contact_name="Håkan Ek",
            contact_email="hakan.ek@example.se",
            contact_phone="0499-232 71",
            members=96,
            ort="Timmernabben",
            amount_sek=13600,
            women_and_men=None,
            salary_costs=False,
            physical_investment=False,
        ),
    )


MID_PARYD = "<a3e4b5c6-paryd-energi@example.se>"
SUBJ_PARYD = "Energikväll i Påryd"
CASE_PARYD = "2026-0044"


@mail
def m_paryd():
    body = """Hej.

Vi är några i Påryd som vill ordna en energikväll i bygdegården onsdag 3 juni kl 19. En
energi- och klimatrådgivare berättar om solceller, värmepumpar och hur man kan dela på
laddstolpar, sen en workshop där vi ser om flera hushåll kan gå ihop och köpa in tillsammans.
Det sänker kostnaderna för alla som bor här och kan bli början på en energigemenskap i byn.
Vi vill också köpa en projektor som byn sedan kan låna till andra träffar.

Idén togs upp på byamötet i Påryd den 12 mars, 30 personer var där och alla röstade för att
vi skulle gå vidare.

Budget: ungefär 15 000, mest hyra, föreläsare och projektorn.

Johan Nyberg
070-733 51 09
"""
    h = hdrs(
        "2026-04-14 19:01",
        addr("Johan Nyberg", "johan.nyberg@example.se"),
        BOT,
        SUBJ_PARYD,
        MID_PARYD,
    )
    return (
        "paryd-energikvall",
        message(h, text_part(body, charset="iso-8859-1", cte="8bit")),
        label(
            "application",
            "sv",
            "01110",
            "iso-8859-1 8bit. No association: 'Vi är några i Påryd' is an unnamed group – association false. Anchoring: raised at the village meeting on 12 March, 30 present, all voted for it – true. 'Budget: ungefär 15 000, mest hyra, föreläsare och projektorn' names items but gives no amounts – budget false; the rough figure 15 000 is the amount. Buying a projector is a physical investment – true. The followup later supplies the association and a budget.",
            association_name=None,
            org_number=None,
            contact_name="Johan Nyberg",
            contact_email="johan.nyberg@example.se",
            contact_phone="070-733 51 09",
            members=None,
            ort="Påryd",
            amount_sek=15000,
            women_and_men=None,
            salary_costs=False,
            physical_investment=True,
        ),
    )


@mail
def m_question_kopingsvik():
    body = """Hi,

I'm the treasurer of Köpingsviks Segelsällskap (the sailing club in Köpingsvik on Öland). Both we
and the village association here are thinking about applying for idéslanten this year – we for
a sailing day for local kids, they for a village walk.

Is the 15 000 SEK limit per association or per village? If it is per village, do we have to
agree between us who applies? And can we apply already in December for activities next spring?

Thanks a lot,
Tom Whitfield
"""
    h = hdrs(
        "2026-04-16 22:10",
        addr("Tom Whitfield", "tom.whitfield@example.com"),
        BOT,
        "Question about the 15 000 limit",
        "<CAtw-kopingsvik-q1@example.com>",
    )
    return (
        "question-limit-kopingsvik",
        message(h, text_part(body, cte="8bit")),
        label(
            "question",
            "en",
            "00000",
            "English question about the per-locality cap (is 15 000 per association or per village?) and about applying in December. Not an application; the 15 000 is a rule amount asked about, so amount_sek null. Stated facts: the sailing club, the signer, Köpingsvik. No cost is proposed, so salary and investment null.",
            association_name="Köpingsviks Segelsällskap",
            org_number=None,
            contact_name="Tom Whitfield",
            contact_email="tom.whitfield@example.com",
            contact_phone=None,
            members=None,
            ort="Köpingsvik",
            amount_sek=None,
            women_and_men=None,
            salary_costs=None,
            physical_investment=None,
        ),
    )


ORG_FIGEHOLM = orgnr("802439920")


@mail
def m_figeholm():
    body = """Hej!

Här kommer Figeholms Intresseförenings ansökan om idéslanten, se bifogat Word-dokument.
Hör gärna av dig om något behöver kompletteras.

Hälsningar
Eva Strand
Figeholms Intresseförening
0491-310 27
"""
    doc = docx(
        [
            ("h", "Ansökan om idéslanten 2026 – Hamnens dag i Figeholm"),
            ("h", "Sökande förening"),
            f"Figeholms Intresseförening, org.nr {ORG_FIGEHOLM}. Föreningen har 150 medlemmar och arbetar för service, föreningsliv och turism i Figeholm.",
            ("h", "Kontaktperson"),
            "Eva Strand, ordförande, eva.strand@example.org, 0491-310 27",
            ("h", "Aktivitet"),
            "Hamnens dag lördag 4 juli 2026 i Figeholms hamn: yrkesfiskare berättar om fisket förr och nu, rökning av strömming visas, guidade turer med hyrd passagerarbåt ut i skärgården och en kvällsträff i Sjöboden om hur hamnen kan utvecklas. Dagen ska locka besökare, ge de lokala näringsidkarna kunder och samla byns kvinnor och män kring hamnens framtid.",
            ("h", "Lokal förankring"),
            "Dagen planeras tillsammans med Figeholms Båtklubb, Figeholms Fiskevårdsområdesförening och Figeholms skola, vars elever gör skyltar om fiskarter. Tjugo frivilliga har anmält sig till servering, parkering och båtturer.",
            ("h", "Budget"),
            (
                "t",
                [
                    ["Post", "Kronor"],
                    ["Hyra passagerarbåt (3 turer)", "4 800"],
                    ["Arvode berättare/föreläsare", "3 000"],
                    ["Hyra ljudanläggning och tält", "2 600"],
                    ["Affischer och annonser", "1 500"],
                    ["Råvaror rökning och fika", "2 300"],
                    ["Summa", "14 200"],
                ],
            ),
            "Vi söker 14 200 kr.",
        ]
    )
    part = multipart(
        "mixed",
        "_004_HE1PR07MB3321FIGEHOLM_",
        [
            text_part(body, cte="quoted-printable"),
            attachment(
                "Ansokan Hamnens dag Figeholm.docx",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                doc,
            ),
        ],
    )
    h = hdrs(
        "2026-04-21 10:33",
        addr("Eva Strand", "eva.strand@example.org"),
        BOT,
        "Ansökan Hamnens dag – Figeholm",
        "<HE1PR07MB3321.FIGEHOLM.0421@example.org>",
        extra=[("X-MS-Has-Attach", "yes")],
    )
    return (
        "figeholm-hamnens-dag-docx",
        message(h, part),
        label(
            "application",
            "sv",
            "11111",
            "Complete application in a .docx attachment (hand-built Word XML with headings and a budget table); the body only introduces it. Anchoring: planned with the boat club, the fishing-water association and the school, plus twenty volunteers – true. Budget table with total 14 200 – true. Renting a boat, sound and tents is not an investment; smoking ingredients are consumables. 'kvinnor och män' → women_and_men true.",
            association_name="Figeholms Intresseförening",
            org_number=ORG_FIGEHOLM,
            contact_name="Eva Strand",
            contact_email="eva.strand@example.org",
            contact_phone="0491-310 27",
            members=150,
            ort="Figeholm",
            amount_sek=14200,
            women_and_men=True,
            salary_costs=False,
            physical_investment=False,
        ),
    )


@mail
def m_paryd_followup():
    rsubj = f"Re: {SUBJ_PARYD} [Idéslanten {CASE_PARYD}]"
    rec = receipt(CASE_PARYD, ["association", "budget"], 0)
    body = f"""Hej igen.

Förlåt, jag glömde att skriva vilken förening det gäller. Vi söker som Påryds Byalag, en ideell
förening som funnits sedan 1998 och har 34 medlemmar. Byalaget sköter badplatsen och ordnar
valborg och byamötena.

Budgeten finns i bifogad fil (csv från Google Sheets).

Johan Nyberg

Den 2026-04-14 kl. 19:02, skrev {BOT_NAME}:
{gt(rec)}
"""
    csv_text = "Kostnad,Belopp (kr)\nHyra bygdegården,1200\nEnergirådgivare arvode,3500\nFika,900\nProjektor,6990\nAnnonser och lappar,600\nSumma,13190\n"
    part = multipart(
        "mixed",
        "------------sF3kQ9rT2vB7nW1xP0aYd4Lm",
        [
            text_part(body, cte="8bit", flowed=True),
            attachment("Budget energikväll - Blad1.csv", "text/csv", csv_text.encode("utf-8")),
        ],
    )
    h = hdrs(
        "2026-04-23 07:12",
        addr("Johan Nyberg", "johan.nyberg@example.se"),
        bot_to(),
        rsubj,
        "<b9c8d7e6-paryd-energi-2@example.se>",
        irt=f"<kvitto-{CASE_PARYD}@example.se>",
        refs=f"{MID_PARYD} <kvitto-{CASE_PARYD}@example.se>",
        extra=[("User-Agent", "Mozilla Thunderbird")],
    )
    return (
        "re-paryd-forening-budget",
        message(h, part),
        label(
            "followup",
            "sv",
            "11001",
            "Thunderbird-style followup in the Påryd thread ('Den 2026-04-14 kl. 19:02, skrev ...:' and '>' quoting). New text supplies the association (Påryds Byalag, since 1998, 34 members, what it does) – true, and a budget as a comma-separated CSV attachment (items with amounts, sum 13 190) – true. Signed by Johan Nyberg from his own address – contact true. The budget still contains buying a projector (6 990), so physical_investment true. Nothing new on activity or anchoring.",
            association_name="Påryds Byalag",
            org_number=None,
            contact_name="Johan Nyberg",
            contact_email="johan.nyberg@example.se",
            contact_phone=None,
            members=34,
            ort=None,
            amount_sek=13190,
            women_and_men=None,
            salary_costs=False,
            physical_investment=True,
        ),
    )


MID_STOREBRO = "<001b01dcd7c0$storebro$gl@example.com>"
SUBJ_STOREBRO = "Filmkvällar Storebro"
CASE_STOREBRO = "2026-0049"


@mail
def m_storebro():
    body = """Hej

Storebro Bruks Hembygdsgille har 57 medlemmar och har funnits sedan 1952, vi har bland annat
hand om brukets gamla disponentbostad och arkivet.

Vi vill visa gamla filmer från bruket och byn på tre kvällar i Storebro Folkets hus i maj
(7, 14 och 21 maj), där äldre som var med berättar om vad som syns på filmen. Det ska locka
inflyttade och unga att lära känna bygden och kanske vilja engagera sig i gillet och byn.
Filmerna digitaliseras så att de sen kan visas på skolan och på bruksdagen.

Vi har stort stöd i bygden.

Digitaliseringen hos filmarkivet kostar 3 200 kr, hyran för Folkets hus är 500 kr per kväll
alltså 1 500, fika 900 och annonser i Vimmerby Tidning 700, sammanlagt 6 300 kr.

Hälsningar från Storebro
"""
    h = hdrs(
        "2026-04-29 15:50",
        addr("Göran Lindh", "goran.lindh@example.com"),
        BOT,
        SUBJ_STOREBRO,
        MID_STOREBRO,
    )
    return (
        "storebro-filmkvallar",
        message(h, text_part(body, charset="windows-1252", cte="quoted-printable")),
        label(
            "application",
            "sv",
            "10101",
            "windows-1252 quoted-printable. No signature at all ('Hälsningar från Storebro'): the name appears only in the From header, so contact false and contact facts null. Anchoring is the empty claim 'Vi har stort stöd i bygden' – false. Budget is running prose with four amounts and a total 6 300 – true, amount 6 300. Digitising films is a bought service, not equipment. The followup later adds contact and anchoring.",
            association_name="Storebro Bruks Hembygdsgille",
            org_number=None,
            contact_name=None,
            contact_email=None,
            contact_phone=None,
            members=57,
            ort="Storebro",
            amount_sek=6300,
            women_and_men=None,
            salary_costs=False,
            physical_investment=False,
        ),
    )


@mail
def m_spam_grants():
    text = """Dear Association Board,

Did you know that 9 out of 10 village associations MISS OUT on regional and EU funding every year?

FundingPro Nordic writes your grant application for you:
 * 95% success rate with Swedish regional grants (bygdepeng, Leader, Boverket)
 * We guarantee approval or your money back*
 * Only 4 900 SEK one-time start fee – pay today and get a free budget template!

Reply with your association's bank details and organisation number and we start this week.

Best regards,
Michael Brandt
Senior Funding Consultant
FundingPro Nordic
* conditions apply

To stop receiving these offers reply STOP.
"""
    html = (
        "<html><body><p>"
        + text.replace("&", "&amp;").replace("\n\n", "</p><p>").replace("\n", "<br>")
        + "</p></body></html>\n"
    )
    part = multipart(
        "alternative",
        "b1_8f2e0c7a4d1b3e5f6a7c9d0e2f4a6b8c",
        [text_part(text, cte="quoted-printable"), text_part(html, "html", cte="base64")],
    )
    h = hdrs(
        "2026-05-05 06:02",
        addr("FundingPro Nordic", "offers@example.com"),
        BOT,
        "Your association can get 15 000 SEK - guaranteed!",
        "<fp.20260505.0602.x91@example.com>",
    )
    return (
        "spam-fundingpro",
        message(h, part),
        machine(
            "spam",
            "en",
            "Unsolicited English sales/phishing mail that promises guaranteed grants and asks for bank details and the organisation number; it mentions bygdepeng and 15 000 SEK. Not an application or a question. multipart/alternative with a base64 HTML part. All elements false, all facts null.",
        ),
    )


ORG_BERGKVARA = orgnr("802488135")


@mail
def m_bergkvara():
    text = f"""Hej!

Bergkvara Byalag söker idéslanten 2026.

Om föreningen
 - Bergkvara Byalag, org.nr {ORG_BERGKVARA}
 - 78 medlemmar, bildat 1991
 - arbetar för hamnen, stranden och samhällsservicen i Bergkvara

Aktiviteten
 - "Mat från bygden": tre kvällar i hamnmagasinet i september om att starta en REKO-ring och en
   liten lördagsmarknad i hamnen
 - kväll 1: en REKO-samordnare från Blekinge berättar hur de gjort
 - kväll 2: studiebesök med hyrbuss hos lokala odlare och fiskare
 - kväll 3: bildande av REKO-ring och planering av marknaden
 - mål: lokala producenter får nya kunder, fler mötesplatser i byn, för både kvinnor och män,
   unga och äldre

Förankring
 - enkät i alla brevlådor i Bergkvara i mars: 112 svar av ca 160 hushåll, 84 % vill ha en
   lokal matmarknad
 - sju lokala producenter har redan sagt att de vill vara med

Budget (tkr)
 - lokalhyra hamnmagasinet 2,5
 - föreläsare inkl. resa 6
 - hyrbuss studiebesök 3
 - annonsering 0,8
 - fika 1,2
 - summa 13,5 tkr = sökt belopp 13 500 kr

Kontakt: Fredrik Åberg, 0486-214 09, fredrik.aberg@example.se

/Fredrik Åberg, sekreterare
"""
    html = (
        '<html><body><pre style="font-family:Verdana">'
        + text.replace("&", "&amp;").replace("<", "&lt;")
        + "</pre></body></html>\n"
    )
    part = multipart(
        "alternative",
        "=_alt_bergkvara_20260506",
        [text_part(text, cte="quoted-printable"), text_part(html, "html", cte="quoted-printable")],
    )
    h = hdrs(
        "2026-05-06 12:30",
        addr("Fredrik Åberg", "fredrik.aberg@example.se"),
        BOT,
        ew("Idéslanten – Mat från bygden, Bergkvara", "utf-8", "b"),
        "<mfb.bergkvara.2026@example.se>",
    )
    return (
        "bergkvara-mat-fran-bygden",
        message(h, part),
        label(
            "application",
            "sv",
            "11111",
            "Complete, bulleted multipart/alternative. Anchoring: a mailbox survey with numbers (112 of ~160 households answered, 84 % in favour) and seven local producers joining – true. The budget is given in tkr with decimal commas (2,5 + 6 + 3 + 0,8 + 1,2 = 13,5 tkr) – items with amounts, true; amount 13 500. Hired bus is renting, not investment.",
            association_name="Bergkvara Byalag",
            org_number=ORG_BERGKVARA,
            contact_name="Fredrik Åberg",
            contact_email="fredrik.aberg@example.se",
            contact_phone="0486-214 09",
            members=78,
            ort="Bergkvara",
            amount_sek=13500,
            women_and_men=True,
            salary_costs=False,
            physical_investment=False,
        ),
    )


@mail
def m_storebro_followup():
    rsubj = f"Re: {SUBJ_STOREBRO} [Idéslanten {CASE_STOREBRO}]"
    rec = receipt(CASE_STOREBRO, ["contact", "anchoring"], 1)
    body = f"""Hej,

Förlåt, jag glömde visst skriva vem ni ska kontakta. Det är jag:
Göran Lindh, ordförande i hembygdsgillet, tel 0492-200 14, goran.lindh@example.com

Om stödet i bygden: vi tog upp filmkvällarna på gillets vårmöte den 18 april, 22 medlemmar var
där och alla var för. Storebro skola vill visa filmerna för mellanstadiet och Storebro IF har
lovat att sköta kaffet på kvällarna.

Göran Lindh
Storebro Bruks Hembygdsgille

-----Ursprungligt meddelande-----
Från: {BOT_NAME} <{BOT}>
Skickat: den 29 april 2026 15:51
Till: Göran Lindh <goran.lindh@example.com>
Ämne: {rsubj}

{rec}
"""
    h = hdrs(
        "2026-05-12 08:04",
        addr("Göran Lindh", "goran.lindh@example.com"),
        bot_to(),
        "SV: " + rsubj,
        "<002c01dcd7c0$storebro$gl@example.com>",
        irt=f"<kvitto-{CASE_STOREBRO}@example.se>",
        refs=f"{MID_STOREBRO} <kvitto-{CASE_STOREBRO}@example.se>",
    )
    return (
        "sv-storebro-kontakt-forankring",
        message(h, text_part(body, charset="windows-1252", cte="quoted-printable")),
        label(
            "followup",
            "sv",
            "01010",
            "Outlook followup ('-----Ursprungligt meddelande-----', windows-1252 QP) in the Storebro thread. New text supplies the contact (Göran Lindh, phone, e-mail) – true – and concrete anchoring: the spring meeting on 18 April with 22 members all in favour, the school and the sports club taking part – true. The association is only named in the signature – false. The quoted receipt lists the missing parts but adds nothing.",
            association_name="Storebro Bruks Hembygdsgille",
            org_number=None,
            contact_name="Göran Lindh",
            contact_email="goran.lindh@example.com",
            contact_phone="0492-200 14",
            members=None,
            ort="Storebro",
            amount_sek=None,
            women_and_men=None,
            salary_costs=False,
            physical_investment=False,
        ),
    )


@mail
def m_gamleby():
    body = """ANSÖKAN IDÉSLANTEN

Förening: Gamlebygdens Kulturförening, 44 medlemmar, ideell förening i Gamleby sedan 2009.
Vi ordnar konserter, teater och utställningar i Gamleby med omnejd.

Kontaktperson: Lena Ahlström, 070-190 62 33, lena.ahlstrom@example.net

Aktivitet: Visfestival på torget i Gamleby lördag 29 augusti kl 14–22. Lokala musiker och körer
uppträder, allsång på kvällen, och föreningarna i byn får sälja fika och lotter. Vi vill visa att
det händer saker i Gamleby och få folk från hela kommunen att komma hit, och att de lokala
föreningarna får in pengar. För att orka med planeringen vill vi betala vår sekreterare lön
för ca 20 timmars samordning.

Förankring: se ovan.

Budget: Budgeten kommer senare när vi fått offert på scen och ljud. Ungefär 15 000 kr.

Mvh Lena
"""
    h = hdrs(
        "2026-05-19 22:47",
        addr("Lena Ahlström", "lena.ahlstrom@example.net"),
        BOT,
        "ANSÖKAN – Visfestival Gamleby",
        "<lena.ah.visfest.0519@example.net>",
    )
    return (
        "gamleby-visfestival",
        message(h, text_part(body, cte="base64")),
        label(
            "application",
            "sv",
            "11100",
            "Form-like application with headed fields, base64 utf-8. 'Förankring: se ovan' points to text that contains no local backing (the activity description only hopes people come) – anchoring false. 'Budgeten kommer senare ... Ungefär 15 000 kr' – budget false, the rough figure 15 000 is the amount. The description proposes paying the association's own secretary a salary – salary_costs true.",
            association_name="Gamlebygdens Kulturförening",
            org_number=None,
            contact_name="Lena Ahlström",
            contact_email="lena.ahlstrom@example.net",
            contact_phone="070-190 62 33",
            members=44,
            ort="Gamleby",
            amount_sek=15000,
            women_and_men=None,
            salary_costs=True,
            physical_investment=False,
        ),
    )


@mail
def m_autoreply_figeholm():
    body = """Hej,

Jag är bortrest till och med måndag 8 juni och har begränsad tillgång till e-post.
Ditt mejl kommer inte att vidarebefordras.

Frågor om Hamnens dag kan ställas till Figeholms Intresseförening via hemsidan.

Vänliga hälsningar
Eva Strand
"""
    h = hdrs(
        "2026-05-26 13:15",
        addr("Eva Strand", "eva.strand@example.org"),
        addr("Landsbygdsutvecklare Region Kalmar län", OFFICER),
        "Automatiskt svar: Ansökan Hamnens dag – Figeholm",
        "<HE1PR07MB3321.AUTO.0526@example.org>",
        irt="<handl.20260526.1314.figeholm@example.se>",
        refs="<HE1PR07MB3321.FIGEHOLM.0421@example.org> <handl.20260526.1314.figeholm@example.se>",
        extra=[
            ("Auto-Submitted", "auto-replied"),
            ("X-Auto-Response-Suppress", "All"),
            ("X-MS-Exchange-Inbox-Rules-Loop", "eva.strand@example.org"),
        ],
    )
    return (
        "automatiskt-svar-figeholm",
        message(h, text_part(body, cte="quoted-printable")),
        machine(
            "autoreply",
            "sv",
            "Exchange out-of-office reply ('Automatiskt svar:') with Auto-Submitted: auto-replied and X-Auto-Response-Suppress, answering the officer's mail in the Figeholm thread (References contain the application). Signed by a named person but it is an autoreply: all elements false, all facts null, never answered.",
        ),
    )


@mail
def m_kastlosa():
    body = """Hej!

Vi är ett gäng i Kastlösa, 8 st, som gillar att vandra och vill visa andra hur fint alvaret är.
Vi vill ordna tre guidade alvarvandringar lördagarna 13, 20 och 27 juni med en naturguide från
Mörbylånga, med start vid Kastlösa kyrka och avslutning med kaffe i bygdegården. Vandringarna
är gratis för alla och vi vill att både bybor och sommargäster ska lära sig om världsarvet och
att fler ska upptäcka byn och handla hos gårdsbutikerna.

I bifogad fil finns namnlistan från byborna som stödjer vandringarna och vår budget.

Hälsningar
Stina Ottosson
073-902 14 55
"""
    att = """NAMNLISTA – Vi bybor i Kastlösa stöder alvarvandringarna sommaren 2026
(insamlad vid brevlådorna och på loppisen 9 maj)

 1. Agneta Holm
 2. Per-Olof Kjellberg
 3. Mariam Haddad
 4. Sven Ottosson
 5. Birgitta Ek
 6. Jonas Ek
 7. Lars Hultman
 8. Ewa Sandström
 9. Karl-Erik Lund
10. Fatima Yusuf
11. Gun Abrahamsson
12. Nils Abrahamsson
13. Ronja Kjellberg
14. Tord Wiman
15. Helena Wiman
16. Margit Ståhl
17. Oskar Lind
18. Ulrika Berg
19. Henrik Berg

BUDGET
Naturguide 3 vandringar x 1 500 kr ........ 4 500 kr
Hyra bygdegården (kaffe efteråt) 3 x 300 ... 900 kr
Kaffe och bullar ........................... 1 200 kr
Affischer + annons Ölandsbladet ............ 900 kr
Summa ...................................... 7 500 kr
"""
    part = multipart(
        "mixed",
        "--_kastlosa_vandring_4f2a",
        [
            text_part(body, cte="8bit"),
            (
                [
                    'Content-Type: text/plain; charset="utf-8"; name="namnlista_och_budget.txt"',
                    "Content-Transfer-Encoding: base64",
                    'Content-Disposition: attachment; filename="namnlista_och_budget.txt"',
                ],
                base64.encodebytes(att.encode("utf-8")),
            ),
        ],
    )
    h = hdrs(
        "2026-06-02 17:22",
        addr("Stina Ottosson", "stina.ottosson@example.com"),
        BOT,
        "Alvarvandringar i Kastlösa",
        "<so.kastlosa.alvar.0602@example.com>",
    )
    return (
        "kastlosa-alvarvandringar",
        message(h, part),
        label(
            "application",
            "sv",
            "01111",
            "No association: 'ett gäng i Kastlösa, 8 st' is an unnamed group – association false; 8 is still recorded as members (fewer than the rule's 10). Anchoring and budget are both ONLY in a .txt attachment: a petition list of nineteen named residents (true) and a dotted budget with total 7 500 (true). Activity concrete (three guided walks on given Saturdays, local benefit).",
            association_name=None,
            org_number=None,
            contact_name="Stina Ottosson",
            contact_email="stina.ottosson@example.com",
            contact_phone="073-902 14 55",
            members=8,
            ort="Kastlösa",
            amount_sek=7500,
            women_and_men=None,
            salary_costs=False,
            physical_investment=False,
        ),
    )


@mail
def m_question_edsbruk():
    body = """Hej!

Jag sitter i styrelsen för Edsbruks Bygdegårdsförening. Vi undrar om man kan söka idéslanten
för att köpa en hjärtstartare som ska sitta på bygdegårdens vägg, så att hela byn kan använda den.
Eller gäller pengarna bara aktiviteter? Vi skulle i så fall kunna ordna en HLR-kurs också.

Tacksam för svar
Ulla Fredriksson
0493-402 18
"""
    h = hdrs(
        "2026-06-09 10:40",
        addr("Ulla Fredriksson", "ulla.fredriksson@example.se", "iso-8859-1"),
        BOT,
        ew("Hjärtstartare?", "iso-8859-1"),
        "<uf.edsbruk.hlr@example.se>",
    )
    return (
        "fraga-hjartstartare-edsbruk",
        message(h, text_part(body, charset="iso-8859-1", cte="quoted-printable")),
        label(
            "question",
            "sv",
            "00000",
            "Question (iso-8859-1 QP, encoded-word subject) whether a defibrillator for the village hall can be bought with idéslanten. Not an application. The question itself proposes buying equipment, so physical_investment true; salary stays null. Stated facts: association, signer, phone, Edsbruk.",
            association_name="Edsbruks Bygdegårdsförening",
            org_number=None,
            contact_name="Ulla Fredriksson",
            contact_email="ulla.fredriksson@example.se",
            contact_phone="0493-402 18",
            members=None,
            ort="Edsbruk",
            amount_sek=None,
            women_and_men=None,
            salary_costs=None,
            physical_investment=True,
        ),
    )


ORG_MORTORP = orgnr("802530447")


@mail
def m_mortorp():
    body = f"""Hej,

Mortorps Byförening ({ORG_MORTORP}) söker bidrag ur idéslanten. Vi har 41 medlemmar och
ansvarar för bygdegården och badplatsen vid Mortorpasjön.

Vad: "Prata om Mortorp" – fyra samtalskvällar i bygdegården under hösten (17/9, 8/10, 29/10,
19/11) om hur vi får fler att bo kvar: kollektivtrafik, barnomsorg, lediga hus och jobb på
hemmaplan. Till två av kvällarna bjuder vi in gäster: en från kommunens bostadsbolag och en
som har startat en bygdepool i Småland. Efter sista kvällen gör vi en handlingsplan för byn.
Kvällarna riktar sig till både kvinnor och män och till de som funderar på att flytta hit.

Förankring: Idén växte fram i en studiecirkel om bygdens framtid som vi hade i vintras med 14
deltagare från byn, och på byföreningens årsmöte i mars beslöts att vi skulle genomföra den.

Budgeten finns i bifogad pdf. Vi söker 8 600 kr.

Vänliga hälsningar
Emil Sjögren, ordförande
Mortorps Byförening
emil.sjogren@example.com
0480-441 23
"""
    pdf_lines = [
        'Mortorps Byförening – budget "Prata om Mortorp" hösten 2026',
        "",
        "Kostnad                                   Kr",
        "Gästföreläsare 2 st, arvode           3 000",
        "Reseersättning gäster                   800",
        "Hyra bygdegården 4 kvällar            2 000",
        "Fika 4 kvällar                        1 600",
        "Trycksaker och utskick                1 200",
        "Summa                                 8 600",
        "",
        "Sökt belopp ur idéslanten: 8 600 kr",
    ]
    part = multipart(
        "mixed",
        "Apple-Mail=_8C1E4A9B-MORTORP-2026",
        [
            text_part(body, cte="quoted-printable"),
            attachment(
                "Budget Prata om Mortorp.pdf", "application/pdf", pdf(pdf_lines, compress=True)
            ),
        ],
    )
    h = hdrs(
        "2026-08-11 09:05",
        addr("Emil Sjögren", "emil.sjogren@example.com"),
        BOT,
        "Prata om Mortorp – ansökan idéslanten",
        "<8C1E4A9B-MORTORP-ES-0811@example.com>",
        extra=[("X-Mailer", "Apple Mail (2.3774)")],
    )
    return (
        "mortorp-prata-om-mortorp",
        message(h, part),
        label(
            "application",
            "sv",
            "11111",
            "Complete; the budget is only in a PDF whose text stream is zlib-compressed (FlateDecode) – still extractable, items with amounts, total 8 600 – true. Anchoring: the idea grew out of a study circle with 14 villagers and the annual meeting decided to carry it out – true. Guest speakers' fees are not salaries. Both women and men stated.",
            association_name="Mortorps Byförening",
            org_number=ORG_MORTORP,
            contact_name="Emil Sjögren",
            contact_email="emil.sjogren@example.com",
            contact_phone="0480-441 23",
            members=41,
            ort="Mortorp",
            amount_sek=8600,
            women_and_men=True,
            salary_costs=False,
            physical_investment=False,
        ),
    )


MID_LONNEBERGA = "<lb-byalag-ab-0818@example.org>"


@mail
def m_lonneberga():
    text = """Hej!

Lönneberga Byalag söker pengar ur idéslanten. Byalaget har 65 medlemmar och har funnits sedan
1983, vi ordnar bl.a. midsommarfirandet och skötseln av elljusspåret.

Vi söker pengar till aktiviteter i Lönneberga under hösten som ska stärka bygden och
gemenskapen.

Förankring: Vi hade ett öppet möte på Lönneberga skola den 3 mars. 26 personer kom och det var
tydligt att man ville ha mer som händer i byn, flera lovade att hjälpa till.

Budget:
| Post                                  | Kr    |
|---------------------------------------|-------|
| Föreläsare                            | 3 000 |
| Hyra lokal                            | 1 500 |
| Annonser                              |   500 |
| Lön till vår projektledare (medlem)   | 4 000 |
| Summa                                 | 9 000 |

Mvh
Annika Björk
Lönneberga Byalag
0495-401 77
"""
    rows = [
        ("Föreläsare", "3 000"),
        ("Hyra lokal", "1 500"),
        ("Annonser", "500"),
        ("Lön till vår projektledare (medlem)", "4 000"),
        ("<b>Summa</b>", "<b>9 000</b>"),
    ]
    html = (
        "<html><body><p>Hej!</p><p>Lönneberga Byalag söker pengar ur idéslanten. Byalaget har 65 medlemmar och har funnits sedan 1983, "
        "vi ordnar bl.a. midsommarfirandet och skötseln av elljusspåret.</p>"
        "<p>Vi söker pengar till aktiviteter i Lönneberga under hösten som ska stärka bygden och gemenskapen.</p>"
        "<p>Förankring: Vi hade ett öppet möte på Lönneberga skola den 3 mars. 26 personer kom och det var tydligt att man "
        'ville ha mer som händer i byn, flera lovade att hjälpa till.</p><p>Budget:</p><table border="1">'
        "<tr><th>Post</th><th>Kr</th></tr>"
        + "".join(f'<tr><td>{a}</td><td align="right">{b}</td></tr>' for a, b in rows)
        + "</table><p>Mvh<br>Annika Björk<br>Lönneberga Byalag<br>0495-401 77</p></body></html>\n"
    )
    part = multipart(
        "alternative",
        "----=_NextPart_000_0019_01DD2F3A.LB",
        [text_part(text, cte="quoted-printable"), text_part(html, "html", cte="quoted-printable")],
    )
    h = hdrs(
        "2026-08-18 14:22",
        addr("Annika Björk", "annika.bjork@example.org"),
        BOT,
        "Ansökan Lönneberga Byalag",
        MID_LONNEBERGA,
    )
    return (
        "lonneberga-hosten",
        message(h, part),
        label(
            "application",
            "sv",
            "11011",
            "multipart/alternative with a Markdown-style pipe table in the plain part and an HTML table. The activity is only a vague wish ('aktiviteter ... som ska stärka bygden och gemenskapen') – false, even though the budget mentions a lecturer. Anchoring: open meeting at the school with 26 attending and helpers – true. Budget table with sum 9 000 – true. 'Lön till vår projektledare (medlem)' is a salary cost – true.",
            association_name="Lönneberga Byalag",
            org_number=None,
            contact_name="Annika Björk",
            contact_email="annika.bjork@example.org",
            contact_phone="0495-401 77",
            members=65,
            ort="Lönneberga",
            amount_sek=9000,
            women_and_men=None,
            salary_costs=True,
            physical_investment=False,
        ),
    )


@mail
def m_langasjo():
    html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"></head>
<body><div style="font-family:Tahoma;font-size:10pt">
<p>Hej!</p>
<p>Långasjö Byalag har ca 90 medlemmar och arbetar för att byn ska leva, vi har hand om
Långasjö bygdegård och badplatsen vid Ottersjön.</p>
<p>Vi vill göra olika saker under hösten och vintern för att stärka gemenskapen i byn och
få fler engagerade.</p>
<p>14 hushåll har redan skrivit upp sig på listan som sitter på anslagstavlan vid affären om att
de vill vara med och hjälpa till.</p>
<p>Vi söker 12 000 kr.</p>
<p>Mvh<br>Långasjö Byalag</p>
</div></body></html>
"""
    h = hdrs(
        "2026-08-25 20:03",
        addr("Långasjö Byalag", "langasjo.byalag@example.se", "windows-1252"),
        BOT,
        ew("Ansökan från Långasjö", "windows-1252"),
        "<LB.langasjo.20260825@example.se>",
    )
    return (
        "langasjo-ansokan",
        message(h, text_part(html, "html", charset="windows-1252", cte="quoted-printable")),
        label(
            "application",
            "sv",
            "10010",
            "HTML-only, windows-1252 quoted-printable, from a shared association mailbox signed only 'Långasjö Byalag' – contact false, contact facts null. Activity is vague ('olika saker ... stärka gemenskapen') – false. Anchoring: fourteen households signed up on the list at the shop to help – true. Budget is a bare amount 12 000 – false, amount 12000. Association has a name, ~90 members and what it does – true.",
            association_name="Långasjö Byalag",
            org_number=None,
            contact_name=None,
            contact_email=None,
            contact_phone=None,
            members=90,
            ort="Långasjö",
            amount_sek=12000,
            women_and_men=None,
            salary_costs=False,
            physical_investment=False,
        ),
    )


@mail
def m_bounce_lonneberga():
    text = """Leveransen misslyckades till följande mottagare eller grupper:

anika.bjork@example.org
Den e-postadress du angav hittades inte. Kontrollera mottagarens e-postadress och försök skicka meddelandet igen.

Diagnostisk information för administratörer:
Genererande server: EX01.example.se
anika.bjork@example.org
Remote Server returned '550 5.1.1 RESOLVER.ADR.RecipNotFound; not found'
"""
    status = """Reporting-MTA: dns;EX01.example.se
Received-From-MTA: dns;EX01.example.se
Arrival-Date: Tue, 1 Sep 2026 09:30:12 +0000

Final-Recipient: rfc822;anika.bjork@example.org
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp;550 5.1.1 RESOLVER.ADR.RecipNotFound; not found
"""
    orig_body = """Hej Annika!

Tack för er ansökan. Vi saknar följande i er ansökan:

– Aktivitet: vad ni vill göra, när och hur, och hur det bidrar till utvecklingen på orten

Lön till en medlem kan tyvärr inte finansieras med idéslanten.

Vänliga hälsningar
Landsbygdsutvecklaren, Region Kalmar län
"""
    orig = message(
        hdrs(
            "2026-09-01 11:30",
            addr("Landsbygdsutvecklare Region Kalmar län", OFFICER),
            "anika.bjork@example.org",
            "Re: Ansökan Lönneberga Byalag",
            "<handl.20260901.1130.lonneberga@example.se>",
            irt=MID_LONNEBERGA,
            refs=MID_LONNEBERGA,
        ),
        text_part(orig_body, cte="quoted-printable"),
    )
    part = multipart(
        "report",
        "_000_EX01_bounce_lonneberga_",
        [
            text_part(text, cte="quoted-printable"),
            (["Content-Type: message/delivery-status"], status.encode()),
            (["Content-Type: message/rfc822"], orig),
        ],
        extra="; report-type=delivery-status",
    )
    h = hdrs(
        "2026-09-01 11:30",
        addr("Microsoft Outlook", "postmaster@example.se"),
        OFFICER,
        "Olevererbart: Re: Ansökan Lönneberga Byalag",
        "<EX01-NDR-20260901-0930@example.se>",
        extra=[("Auto-Submitted", "auto-replied"), ("X-MS-Exchange-Message-Is-Ndr", "")],
    )
    return (
        "olevererbart-lonneberga",
        message(h, part),
        machine(
            "bounce",
            "sv",
            "Exchange-style NDR ('Olevererbart:') from postmaster as multipart/report with message/delivery-status and the whole original as message/rfc822. The returned officer mail is a reply to the Lönneberga application and contains 'Vi saknar följande i er ansökan' – still a bounce, not a followup. All elements false, all facts null.",
        ),
    )


ORG_ALEM = orgnr("802452207")
MID_ALEM = "<kl.alem.hostmarknad.0908@example.net>"
SUBJ_ALEM = "Höstmarknad Ålem"
CASE_ALEM = "2026-0087"


@mail
def m_alem():
    body = f"""Hej!

Ålems Byalag (org.nr {ORG_ALEM}) har 52 medlemmar och jobbar för att det ska hända saker i Ålem,
vi har bl.a. hand om julmarknaden och boulebanan.

Vi vill ordna en höstmarknad lördag 10 oktober i och utanför Ålems bygdegård med lokala
hantverkare, odlare och föreningar som säljer, och musik av ett spelmanslag. Det ska ge
hantverkarna och odlarna i bygden en chans att sälja och få folk att stanna i Ålem i stället för
att åka till Kalmar.

Vi hoppas att många kommer och att det blir en tradition!

Budget:
  Partytält 6x12 m (köp, kan användas varje år)   4 500 kr
  Spelmanslaget                                   2 000 kr
  Annonser                                          800 kr
  Fika och saft                                     700 kr
  Tot                                             8 000 kr

/Ålems Byalag
"""
    h = hdrs(
        "2026-09-08 18:16",
        addr("Kerstin Lund", "kerstin.lund@example.net"),
        BOT,
        SUBJ_ALEM,
        MID_ALEM,
    )
    return (
        "alem-hostmarknad",
        message(h, text_part(body, cte="8bit")),
        label(
            "application",
            "sv",
            "10101",
            "Signed only '/Ålems Byalag': the person's name is only in the From header – contact false, contact facts null. Anchoring is a hope ('Vi hoppas att många kommer och att det blir en tradition') – false. Budget list with total 8 000 – true; it includes BUYING a party tent (4 500), so physical_investment true. Association named with org.nr and 52 members.",
            association_name="Ålems Byalag",
            org_number=ORG_ALEM,
            contact_name=None,
            contact_email=None,
            contact_phone=None,
            members=52,
            ort="Ålem",
            amount_sek=8000,
            women_and_men=None,
            salary_costs=False,
            physical_investment=True,
        ),
    )


@mail
def m_alem_followup():
    rsubj = f"Re: {SUBJ_ALEM} [Idéslanten {CASE_ALEM}]"
    rec = receipt(CASE_ALEM, ["contact", "anchoring"], 0)
    body = f"""Hej! Det är jag Kerstin Lund som är kassör i byalaget, ni når mig på 076-330 84 21 eller den här mejlen.

Om förankringen: vi gjorde en omröstning i facebookgruppen "Vi i Ålem" förra veckan, "Ska byalaget ordna höstmarknad vid bygdegården?" 62 röstade ja och 4 nej. Skärmdump bifogad. Hembygdsföreningen och Ålems IK ska ha egna bord på marknaden.

Mvh Kerstin



Skickat från min Galaxy


-------- Originalmeddelande --------
Från: {BOT_NAME} <{BOT}>
Datum: 2026-09-08 18:17 (GMT+02:00)
Till: Kerstin Lund <kerstin.lund@example.net>
Ämne: {rsubj}

{rec}
"""
    part = multipart(
        "mixed",
        "--_com.samsung.android.email_2931442857093410",
        [
            text_part(body, cte="base64"),
            attachment(
                "Screenshot_20260915-201244_Facebook.png", "image/png", png_blur(80, 140, 31)
            ),
        ],
    )
    h = hdrs(
        "2026-09-15 20:14",
        addr("Kerstin Lund", "kerstin.lund@example.net"),
        bot_to(),
        rsubj,
        "<2jx7kq.samsung.alem.0915@example.net>",
        irt=f"<kvitto-{CASE_ALEM}@example.se>",
        refs=f"{MID_ALEM} <kvitto-{CASE_ALEM}@example.se>",
    )
    return (
        "re-alem-kontakt-omrostning",
        message(h, part),
        label(
            "followup",
            "sv",
            "01010",
            "Android (Samsung) followup, base64 body, receipt quoted under '-------- Originalmeddelande --------' without '>'. New text supplies a named contact with phone from her own address – contact true – and anchoring as a Facebook poll with numbers typed in the text (62 ja, 4 nej) plus two local clubs taking part – true. The attached screenshot itself is an unreadable image; the anchoring rests on the typed numbers.",
            association_name=None,
            org_number=None,
            contact_name="Kerstin Lund",
            contact_email="kerstin.lund@example.net",
            contact_phone="076-330 84 21",
            members=None,
            ort="Ålem",
            amount_sek=None,
            women_and_men=None,
            salary_costs=False,
            physical_investment=False,
        ),
    )


ORG_OVERUM = orgnr("802541394")


@mail
def m_overum():
    body = f"""Hi / Hej!

My name is Joris Bakker, I'm the chairman of Föreningen Överums Framtid (org.nr {ORG_OVERUM}),
a village association in Överum with 64 members – both people born here and us "nyinflyttade".
Sorry that I write in English, my Swedish is still not good enough for a formal application.

THE ACTIVITY: "Laga & Lära" – a repair café and skills exchange on four Saturdays this autumn
(3 Oct, 24 Oct, 14 Nov, 5 Dec) in the old brukskontoret. Older villagers teach how to repair
bikes, clothes and small machines, and newcomers teach languages and help with phones and
computers. Tools are borrowed from members. The goal is a new meeting place, less waste, and
that new families feel at home and stay in Överum. For men and women, young and old.

LOCAL SUPPORT: We presented the idea at the byastämma in Överums Folkets Hus on 24 August.
41 people came and 38 voted for it. Överums Bruksmuseum lends us the room for a low rent and
the local Hyresgästförening will spread the word.

BUDGET
| Item                                      |    SEK |
| Rent brukskontoret 4 x 1 500              |  6 000 |
| Fee instructors 4 x 1 000                 |  4 000 |
| Spare parts & consumables                 |  3 000 |
| Fika                                      |  2 000 |
| Posters, ads                              |  1 000 |
| Study visit Repair café Västervik (hired minibus) | 2 000 |
| Total                                     | 18 000 |

We apply for 18 000 SEK. (We read that max is 15 000 per ort – tell us if we should cut!)

Med vänliga hälsningar / Kind regards
Joris Bakker
+46 73 661 02 98
joris.bakker@example.com
"""
    h = hdrs(
        "2026-09-16 07:55",
        addr("Joris Bakker", "joris.bakker@example.com"),
        BOT,
        "Application idéslanten – Laga & Lära, Överum",
        "<jb.overum.lagalara.0916@example.com>",
    )
    return (
        "overum-laga-lara",
        message(h, text_part(body, cte="quoted-printable")),
        label(
            "application",
            "en",
            "11111",
            "Complete application mostly in English with Swedish words (byastämma, brukskontoret, nyinflyttade), QP utf-8. Anchoring: presented at the village meeting with 41 present and 38 votes for, plus local partners – true. Budget is a pipe table with a total of 18 000 – true. The amount applied for, 18 000, exceeds the 15 000 cap (an eligibility issue, not an element). Borrowed tools and consumables are not investments; instructors' fees are not salaries. 'For men and women' → true.",
            association_name="Föreningen Överums Framtid",
            org_number=ORG_OVERUM,
            contact_name="Joris Bakker",
            contact_email="joris.bakker@example.com",
            contact_phone="+46 73 661 02 98",
            members=64,
            ort="Överum",
            amount_sek=18000,
            women_and_men=True,
            salary_costs=False,
            physical_investment=False,
        ),
    )


@mail
def m_soderakra():
    body = """Hej!

Vi är några kvinnor i Söderåkra som träffas varannan tisdag, vi är 16 stycken nu. Vi skulle vilja
göra saker tillsammans som stärker oss kvinnor här ute på landet, det kan bli föreläsningar eller
något studiebesök, vi får se vad som passar.

Söderåkra församling har sagt att vi får vara i församlingshemmet gratis och Röda korset i
Söderåkra vill vara med och bjuda in fler, så det är flera i byn som står bakom.

Ungefärliga kostnader: föreläsare 2 gånger à 2 000 kr, fika 10 gånger à 150 kr och resor till
studiebesök ca 1 800 kr.

Vänliga hälsningar
Ingegerd Nilsson
0486-520 11
ingegerd.nilsson@example.org
"""
    h = hdrs(
        "2026-09-22 11:48",
        addr("Ingegerd Nilsson", "ingegerd.nilsson@example.org"),
        BOT,
        ew("Kvinnoträffar i Söderåkra", "iso-8859-1", "b"),
        "<in.soderakra.0922@example.org>",
    )
    return (
        "soderakra-kvinnotraffar",
        message(h, text_part(body, charset="iso-8859-1", cte="base64")),
        label(
            "application",
            "sv",
            "01011",
            "iso-8859-1 base64 body, base64 encoded-word subject. No named association ('några kvinnor i Söderåkra', 16 of them) – association false; 16 recorded as members. Activity undecided ('det kan bli föreläsningar eller något studiebesök, vi får se') – false. Anchoring: the parish lends its hall and the local Red Cross joins – cooperation with local groups, true. Budget in prose with per-occasion amounts (2 x 2 000, 10 x 150, 1 800 → 7 300) – true; amount is the sum 7 300. Targets women only → women_and_men false.",
            association_name=None,
            org_number=None,
            contact_name="Ingegerd Nilsson",
            contact_email="ingegerd.nilsson@example.org",
            contact_phone="0486-520 11",
            members=16,
            ort="Söderåkra",
            amount_sek=7300,
            women_and_men=False,
            salary_costs=False,
            physical_investment=False,
        ),
    )


# ================================================================ END MAILS

ADDR_RE = re.compile(r"[A-Za-z0-9._%+'-]+@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)")


def _texts(msg) -> list[str]:
    """Decoded text of every part, including zip members and PDF bytes."""
    out = []
    for part in msg.walk():
        if part.is_multipart():
            continue
        payload = part.get_payload(decode=True) or b""
        ctype = part.get_content_type()
        if ctype.startswith("text/") or ctype in ("message/delivery-status",):
            cs = part.get_content_charset() or "ascii"
            out.append(payload.decode(cs, errors="strict" if cs != "ascii" else "replace"))
        elif payload[:2] == b"PK":
            with zipfile.ZipFile(io.BytesIO(payload)) as z:
                for n in z.namelist():
                    out.append(z.read(n).decode("utf-8"))
        elif payload[:4] == b"%PDF":
            out.append(payload.decode("latin-1"))
        elif ctype == "message/rfc822" or ctype.startswith("text/rfc822"):
            out.append(payload.decode("utf-8", errors="replace"))
    return out


def check(files: dict[str, bytes], labels: dict) -> list[str]:
    errs: list[str] = []
    names = sorted(files)
    if sorted(labels) != names:
        errs.append("labels.json keys do not match the files")
    mids: dict[str, str] = {}
    dates = []
    parsed = {}
    for i, name in enumerate(names):
        data = files[name]
        if not re.fullmatch(rf"{FIRST + i}-[a-z0-9-]+\.eml", name):
            errs.append(f"{name}: bad file name / numbering")
        if b"\r" in data:
            errs.append(f"{name}: CR in file")
        for pol in (email.policy.default, email.policy.compat32):
            msg = email.message_from_bytes(data, policy=pol)
            for part in msg.walk():
                if part.defects:
                    errs.append(f"{name}: defects {part.defects}")
        msg = email.message_from_bytes(data, policy=email.policy.default)
        parsed[name] = msg
        try:
            texts = _texts(msg)
        except Exception as exc:  # noqa: BLE001
            errs.append(f"{name}: cannot decode: {exc}")
            texts = []
        raw = data.decode("latin-1")
        for dom in ADDR_RE.findall(raw + "\n".join(texts)):
            if dom.lower() not in ALLOWED_DOMAINS:
                errs.append(f"{name}: foreign domain {dom}")
        mids[name] = str(msg["Message-ID"]).strip()
        dates.append(email.utils.parsedate_to_datetime(str(msg["Date"])))
        lab = labels.get(name)
        if not lab:
            continue
        if set(lab) != {"kind", "language", "elements", "facts", "notes"}:
            errs.append(f"{name}: label fields")
        if lab["kind"] not in KINDS or lab["language"] not in ("sv", "en"):
            errs.append(f"{name}: kind/language")
        if set(lab["elements"]) != set(ELEMS) or set(lab["facts"]) != set(FACT_KEYS):
            errs.append(f"{name}: elements/facts keys")
        f = lab["facts"]
        if f["org_number"] is not None and not luhn_ok(f["org_number"]):
            errs.append(f"{name}: org number not Luhn-valid")
        if (
            f["contact_email"] is not None
            and f["contact_email"].split("@")[1] not in ALLOWED_DOMAINS
        ):
            errs.append(f"{name}: contact email domain")
        if lab["kind"] in ("application", "followup"):
            if not isinstance(f["salary_costs"], bool) or not isinstance(
                f["physical_investment"], bool
            ):
                errs.append(f"{name}: salary/investment must be bool")
        elif lab["kind"] != "question":
            if any(lab["elements"].values()) or any(v is not None for v in f.values()):
                errs.append(f"{name}: machine/spam mail must have no elements/facts")
        else:
            if any(lab["elements"].values()):
                errs.append(f"{name}: question with elements")
        if not lab["notes"].strip():
            errs.append(f"{name}: empty notes")
    for a, b, n in zip(dates, dates[1:], names[1:], strict=False):
        if b < a:
            errs.append(f"{n}: Date earlier than previous file")
    if len(set(mids.values())) != len(mids):
        errs.append("duplicate Message-IDs")
    app_mids = {mids[n] for n in names if labels.get(n, {}).get("kind") == "application"}
    for n in names:
        if labels.get(n, {}).get("kind") != "followup":
            continue
        msg = parsed[n]
        irt = str(msg.get("In-Reply-To", "")).strip()
        refs = str(msg.get("References", "")).split()
        if irt in app_mids:
            continue
        if irt and any(r in app_mids for r in refs):
            continue
        errs.append(f"{n}: followup not threaded to an application in this folder")
        subj = str(msg["Subject"])
        if not re.match(r"(?i)(re|sv|aw):", subj):
            errs.append(f"{n}: followup subject without Re:/SV:")
    return errs


def build() -> tuple[dict[str, bytes], dict]:
    files, labels = {}, {}
    for i, fn in enumerate(MAILS):
        slug, data, lab = fn()
        name = f"{FIRST + i}-{slug}.eml"
        files[name] = data
        labels[name] = lab
    return files, labels


def main() -> int:
    files, labels = build()
    OUT.mkdir(parents=True, exist_ok=True)
    for old in OUT.glob("*.eml"):
        old.unlink()
    for name, data in files.items():
        (OUT / name).write_bytes(data)
    (OUT / "labels.json").write_text(
        json.dumps(labels, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
    )
    errs = check(files, labels)
    for e in errs:
        print("ERROR", e)
    kinds: dict[str, int] = {}
    for lab in labels.values():
        kinds[lab["kind"]] = kinds.get(lab["kind"], 0) + 1
    apps = [lab for lab in labels.values() if lab["kind"] == "application"]
    complete = sum(all(lab["elements"].values()) for lab in apps)
    missing = {e: sum(not lab["elements"][e] for lab in apps) for e in ELEMS}
    print(f"{len(files)} mails written to {OUT}: {kinds}")
    print(f"applications complete: {complete}/{len(apps)}; missing per element: {missing}")
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main())
