"""Generator for the own29 development corpus: "an ordinary winter 2026-27".

Forty entirely fictional e-mails (files 3801-3840) of the kind that reach the rural development
officer of Region Kalmar län about the micro-grant "regional bygdepeng – idéslanten", written
in November–December 2026: 24 applications (8 complete), 6 threaded followups, 3 questions,
2 autoreplies (one without any automation header), 1 bounce, 2 newsletters and 2 spam mails,
together with labels.json following /work/shared/corpus/README.md.

All people, associations, organisation numbers and phone numbers are invented; all addresses
use example.se / example.com / example.org / example.net. The output is byte-identical on
every run (fixed Message-IDs, MIME boundaries and zip timestamps).

Regenerate (writes tests/data/own29/*.eml and labels.json, then checks them):

    /work/main/.venv/bin/python /work/main/tests/data/tools/make_own29.py
"""

# ruff: noqa: E501

from __future__ import annotations

import base64
import datetime as dt
import email
import email.policy
import email.utils
import io
import json
import quopri
import re
import struct
import sys
import zipfile
import zlib
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "own29"

BOT = "=?utf-8?q?Id=C3=A9slanten_=E2=80=93_Region_Kalmar_l=C3=A4n?= <ideslanten@example.se>"
BOT_PLAIN = "Idéslanten – Region Kalmar län <ideslanten@example.se>"
OFFICER = "landsbygdsutvecklare@example.se"

MAILS: list[tuple[str, bytes, dict]] = []

# ---------------------------------------------------------------- helpers: org numbers


def luhn_ok(digits: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def orgnr(first9: str) -> str:
    """Complete 'NNNNNN-NNN' with its Luhn check digit."""
    digits = first9.replace("-", "")
    for c in "0123456789":
        if luhn_ok(digits + c):
            return f"{digits[:6]}-{digits[6:]}{c}"
    raise ValueError(first9)


# ---------------------------------------------------------------- helpers: MIME

MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]


def date(month: int, day: int, hh: int, mm: int, ss: int = 0, tz: str = "+0100") -> str:
    d = dt.date(2026, month, day)
    return (
        f"{DAYS[d.weekday()]}, {day:02d} {MONTHS[month - 1]} 2026 {hh:02d}:{mm:02d}:{ss:02d} {tz}"
    )


def ew(text: str, charset: str = "utf-8", enc: str = "q") -> str:
    """RFC 2047 encoded words, split into chunks so that each word stays short."""
    words = []
    for i in range(0, len(text), 18):
        raw = text[i : i + 18].encode(charset)
        if enc == "b":
            words.append(f"=?{charset}?b?{base64.b64encode(raw).decode()}?=")
            continue
        out = []
        for b in raw:
            ch = chr(b)
            if ch == " ":
                out.append("_")
            elif ch.isalnum() and b < 128:
                out.append(ch)
            else:
                out.append(f"={b:02X}")
        words.append(f"=?{charset}?q?{''.join(out)}?=")
    return "\n ".join(words)


def addr(name: str, mail: str, charset: str = "utf-8") -> str:
    if not name:
        return mail
    if all(ord(c) < 128 for c in name):
        if re.search(r"[,.;:()]", name):
            return f'"{name}" <{mail}>'
        return f"{name} <{mail}>"
    return f"{ew(name, charset)} <{mail}>"


def b64lines(data: bytes) -> bytes:
    enc = base64.b64encode(data)
    return b"\n".join(enc[i : i + 76] for i in range(0, len(enc), 76)) + b"\n"


def body_bytes(text: str, charset: str, cte: str) -> bytes:
    raw = text.replace("\r\n", "\n").encode(charset)
    if cte == "base64":
        return b64lines(raw)
    if cte == "quoted-printable":
        q = quopri.encodestring(raw)
        return q if q.endswith(b"\n") else q + b"\n"
    return raw if raw.endswith(b"\n") else raw + b"\n"


class Part:
    def __init__(self, headers: list[tuple[str, str]], body: bytes):
        self.headers = headers
        self.body = body

    def render(self) -> bytes:
        h = "".join(f"{k}: {v}\n" for k, v in self.headers)
        return h.encode("ascii") + b"\n" + self.body


def text(
    body: str,
    charset: str | None = "utf-8",
    cte: str = "quoted-printable",
    subtype: str = "plain",
    extra: str = "",
) -> Part:
    ct = f"text/{subtype}"
    if charset:
        ct += f'; charset="{charset}"' if extra == "quoted" else f"; charset={charset}"
    if extra == "flowed":
        ct += "; format=flowed"
    return Part(
        [("Content-Type", ct), ("Content-Transfer-Encoding", cte)],
        body_bytes(body, charset or "ascii", cte),
    )


def attach(filename: str, ctype: str, data: bytes, cte: str = "base64") -> Part:
    if all(ord(c) < 128 for c in filename):
        fn = f'"{filename}"'
        ctp = f'{ctype}; name="{filename}"'
    else:
        fn = f'"{ew(filename)}"'
        ctp = f"{ctype}; name={fn}"
    body = b64lines(data) if cte == "base64" else data
    return Part(
        [
            ("Content-Type", ctp),
            ("Content-Disposition", f"attachment; filename={fn}"),
            ("Content-Transfer-Encoding", cte),
        ],
        body,
    )


def multi(subtype: str, boundary: str, parts: list[Part], extra_params: str = "") -> Part:
    chunks = [b"This is a multi-part message in MIME format.\n"] if subtype == "mixed" else []
    for p in parts:
        chunks.append(f"--{boundary}\n".encode())
        chunks.append(p.render())
    chunks.append(f"--{boundary}--\n".encode())
    return Part(
        [("Content-Type", f'multipart/{subtype}; boundary="{boundary}"{extra_params}')],
        b"".join(chunks),
    )


def html_of(paragraphs: list[str], style: str = "font-family:Calibri,sans-serif") -> str:
    out = [f'<html><head><meta charset="utf-8"></head><body style="{style}">']
    for p in paragraphs:
        out.append("<p>" + p.replace("\n", "<br>\n") + "</p>")
    out.append("</body></html>")
    return "\n".join(out)


def mail(
    fname: str,
    headers: list[tuple[str, str]],
    body: Part,
    label: dict,
) -> None:
    hdrs = list(headers)
    if not any(k == "MIME-Version" for k, _ in hdrs):
        hdrs.append(("MIME-Version", "1.0"))
    top = Part(hdrs + body.headers, body.body)
    MAILS.append((fname, top.render(), label))


# ---------------------------------------------------------------- helpers: documents

ZIPDATE = (2026, 1, 1, 0, 0, 0)


def _zip(files: list[tuple[str, str]]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, content in files:
            info = zipfile.ZipInfo(name, date_time=ZIPDATE)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            z.writestr(info, content.encode("utf-8"))
    return buf.getvalue()


def _x(s: str) -> str:
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


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


def xlsx(rows: list[list], sheet: str = "Budget") -> bytes:
    def col(i: int) -> str:
        return "ABCDEFGHIJ"[i]

    xr = []
    for r, row in enumerate(rows, 1):
        cells = []
        for c, v in enumerate(row):
            ref = f"{col(c)}{r}"
            if v is None or v == "":
                continue
            if isinstance(v, (int, float)):
                cells.append(f'<c r="{ref}"><v>{v}</v></c>')
            elif isinstance(v, str) and v.startswith("="):
                cells.append(f'<c r="{ref}"><f>{_x(v[1:])}</f></c>')
            else:
                cells.append(f'<c r="{ref}" t="inlineStr"><is><t>{_x(str(v))}</t></is></c>')
        xr.append(f'<row r="{r}">{"".join(cells)}</row>')
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
    """One-page PDF, Helvetica/WinAnsi; a line starting with '# ' is set larger."""
    ops = ["BT", "/F1 11 Tf", "14 TL", "56 780 Td"]
    for ln in lines:
        big = ln.startswith("# ")
        t = ln[2:] if big else ln
        esc = t.encode("cp1252").replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")
        if big:
            ops.append("/F1 14 Tf")
        ops.append("(" + esc.decode("latin-1") + ") Tj T*")
        if big:
            ops.append("/F1 11 Tf")
    ops.append("ET")
    stream = "\n".join(ops).encode("latin-1")
    if compress:
        stream = zlib.compress(stream, 9)
        sdict = f"<< /Length {len(stream)} /Filter /FlateDecode >>"
    else:
        sdict = f"<< /Length {len(stream)} >>"
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        sdict.encode() + b"\nstream\n" + stream + b"\nendstream",
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
    out += f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return bytes(out)


def png(w: int, h: int, seed: int = 7) -> bytes:
    """Small deterministic RGB PNG (a blurry 'photo')."""
    rows = []
    for y in range(h):
        row = bytearray([0])
        for x in range(w):
            row += bytes([(x * 5 + seed * 11) % 256, (y * 7 + x * 3) % 256, (x * y + seed) % 256])
        rows.append(bytes(row))
    raw = zlib.compress(b"".join(rows), 9)

    def chunk(t: bytes, d: bytes) -> bytes:
        return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xFFFFFFFF)

    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
        + chunk(b"IDAT", raw)
        + chunk(b"IEND", b"")
    )


# ---------------------------------------------------------------- helpers: labels

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
ELEM_KEYS = ["association", "contact", "activity", "anchoring", "budget"]


def els(present: str) -> dict:
    """Letters of present elements: a=association c=contact v=activity n=anchoring b=budget."""
    letters = {"association": "a", "contact": "c", "activity": "v", "anchoring": "n", "budget": "b"}
    return {k: letters[k] in present for k in ELEM_KEYS}


def label(kind: str, lang: str, present: str, notes: str, **facts) -> dict:
    f = {k: None for k in FACT_KEYS}
    if kind in ("application", "followup"):
        f["salary_costs"] = False
        f["physical_investment"] = False
    for k, v in facts.items():
        if k not in f:
            raise KeyError(k)
        f[k] = v
    return {"kind": kind, "language": lang, "elements": els(present), "facts": f, "notes": notes}


def receipt(case: str, subject: str, missing: list[str], variant: int = 0) -> str:
    """Text of the bot's automatic receipt (for quoting in followups)."""
    guide = {
        "association": "Föreningen/gruppen: namn och lite om er (vad ni är, var, gärna org.nr och antal medlemmar).",
        "contact": "Kontaktperson: namn och e-post eller telefon till den som vi kan kontakta.",
        "activity": "Aktiviteten: vad ni ska göra, när och hur, och hur det främjar utvecklingen i bygden.",
        "anchoring": "Lokal förankring: hur idén är förankrad i byn, t.ex. ett bymöte, en enkät eller samarbete med andra föreningar.",
        "budget": "Budget: en översiktlig budget med kostnadsposter och belopp.",
    }
    lines = [
        "Hej!",
        "",
        "Tack för er ansökan om idéslanten! Vi har tagit emot den och gett den ärendenummer "
        + case
        + ".",
        "",
    ]
    if variant == 0:
        lines.append("Vi saknar följande i er ansökan:")
    else:
        lines.append(
            "När vi läste igenom ansökan hittade vi inte följande delar, som behövs innan den kan bedömas:"
        )
    for m in missing:
        lines.append("– " + guide[m])
    lines += [
        "",
        "Svara gärna på det här mejlet med det som saknas, så kompletterar vi ärendet.",
        "",
        "Vänliga hälsningar",
        "Idéslanten – Region Kalmar län",
        "(automatiskt svar – ärende " + case + ", " + subject + ")",
    ]
    return "\n".join(lines)


def quote(s: str, prefix: str = "> ") -> str:
    return "\n".join((prefix + ln).rstrip() if ln else prefix.rstrip() for ln in s.split("\n"))


# ---------------------------------------------------------------- the mails


def m3801() -> None:
    org = orgnr("802457-316")
    body = f"""Hej!

Böda Byalag vill härmed söka idéslanten för vintern 2026/2027.

Om oss: Böda Byalag är en ideell förening på norra Öland (org.nr {org}) som
arbetar för att det ska gå att bo och leva året runt i Böda socken. Vi har i
dag 87 medlemmar, både fastboende och sådana som bor här halva året.

Kontaktperson: Ingela Sandström, sekreterare, tel 070-318 44 26,
ingela.sandstrom@example.com

Aktiviteten: "Vinterkvällar i Böda" – tre torsdagskvällar i januari–mars 2027
i Böda bygdegård. Varje kväll har ett tema och en inbjuden föreläsare:
 1. Kronoparkens och sågverkens historia i Böda (21 januari)
 2. Att starta och driva ett litet företag här uppe året runt (18 februari)
 3. Kommunens översiktsplanerare om bostäder för unga och nyinflyttade,
    följt av öppen diskussion (18 mars)
Efter varje kväll samlar vi förslagen i en "idébok" som styrelsen tar vidare
till kommunen. När turisterna har åkt är det tyst här uppe, och kvällarna ska
ge oss bofasta – kvinnor och män, unga som gamla – en mötesplats och nya idéer
för hur socknen kan utvecklas.

Förankring: Idén kom upp på byalagets höstmöte den 20 september, där 31
personer var med och mötet beslöt att vi skulle söka. Böda IF och Böda
hembygdsförening är medarrangörer och står för fika och affischering.

Budget:
  Föreläsararvoden 3 x 2 500 kr ........ 7 500 kr
  Hyra Böda bygdegård 3 x 800 kr ........ 2 400 kr
  Annonsering (lokaltidning, affischer)    600 kr
  Fika                                     900 kr
  Summa                                 11 400 kr

Vi söker alltså 11 400 kr.

Med vänliga hälsningar
Ingela Sandström
för Böda Byalag
"""
    mail(
        "3801-boda-vinterkvallar.eml",
        [
            ("Message-ID", "<6f1c2a90-3b7e-4d1a-9e55-0b7a2c11d801@example.com>"),
            ("Date", date(11, 2, 19, 42, 11)),
            ("From", addr("Ingela Sandström", "ingela.sandstrom@example.com")),
            ("To", OFFICER),
            ("Subject", ew("Ansökan idéslanten – Vinterkvällar i Böda")),
            ("User-Agent", "Mozilla Thunderbird"),
            ("Content-Language", "sv-SE"),
        ],
        text(body, "utf-8", "quoted-printable", extra="flowed"),
        label(
            "application",
            "sv",
            "acvnb",
            "Complete, well-structured application from a village association on northern Öland (Borgholm). All five elements present under headings: named association with org.nr and 87 members; named contact with phone and e-mail; three dated theme evenings with lecturers and a stated local benefit; anchoring via an autumn meeting (31 present) that decided to apply plus two co-organising local associations; itemised budget summing to 11 400 kr, which is also the amount applied for. 'Kvinnor och män' gives women_and_men true. Lecturer fees are not salary, hall rent is not an investment. Thunderbird, utf-8 quoted-printable, format=flowed, encoded-word subject.",
            association_name="Böda Byalag",
            org_number=org,
            contact_name="Ingela Sandström",
            contact_email="ingela.sandstrom@example.com",
            contact_phone="070-318 44 26",
            members=87,
            ort="Böda",
            amount_sek=11400,
            women_and_men=True,
        ),
    )


def m3802() -> None:
    body = """Hej

Jag skriver för Djursdala Sockenråd som är en förening för oss som bor i Djursdala socken norr om Vimmerby vi är ett sextiotal medlemmar och har funnits sen 1987.

Vår affär la ner i somras och nu vill vi åka på studieresa till Asby i Ydre där byborna själva driver sin butik sen några år. Resan blir en lördag i mars, ca 30 personer med buss, vi får visning av deras styrelse hur dom har ordnat det med varor och frivilliga och sen har vi ett möte på hemvägen om hur vi kan göra här i Djursdala. Målet är att vi ska ha en egen bybutik igen inom ett par år så att dom gamla slipper åka till stan för mjölk och tidningen.

Vi hade bymöte i bygdegården 12 oktober det kom 40 personer och alla var för att vi skulle göra detta. Det är Lisbeth Ohlsson och jag som ordnar med resan.

Vi söker 15 000 kr till resan.

Mvh Sven-Olof Karlgren
ordförande Djursdala Sockenråd
tel 0492-310 57
"""
    mail(
        "3802-djursdala-studieresa.eml",
        [
            ("Message-ID", "<000a01dc4b21$5e8f2c30$1bad8490$@example.net>"),
            ("Date", date(11, 3, 10, 7, 52)),
            ("From", addr("Sven-Olof Karlgren", "so.karlgren@example.net")),
            ("To", addr("Landsbygdsutvecklare", OFFICER)),
            ("Subject", "studieresa"),
            ("X-Mailer", "Microsoft Outlook 14.0"),
            ("Thread-Index", "AdxLIV6PLDAbrYSQRl2kq3vQ1c8F0g=="),
            ("Content-Language", "sv"),
        ],
        text(body, "windows-1252", "8bit"),
        label(
            "application",
            "sv",
            "acvn",
            "Older writer, long run-on sentences, windows-1252 8bit, Outlook 2010, bare subject 'studieresa' (Djursdala, Vimmerby). Association named with members ('ett sextiotal' = 60) and history; signer from own address with phone = contact; activity concrete (bus study trip in March to a village-run shop, meeting on the way home, aim of reopening a village shop); anchoring = village meeting 12 October with 40 people (attendance, not members). Budget missing: only a bare total of 15 000 kr, which is the amount. No gender statement, so women_and_men null.",
            association_name="Djursdala Sockenråd",
            contact_name="Sven-Olof Karlgren",
            contact_email="so.karlgren@example.net",
            contact_phone="0492-310 57",
            members=60,
            ort="Djursdala",
            amount_sek=15000,
        ),
    )


def m3803() -> None:
    html = """<html><body style="font-family:Arial">
<table width="520" style="border:1px solid #ccc;padding:16px"><tr><td>
<h2 style="color:#c00">Mailbox storage limit reached (99.7%)</h2>
<p>Dear user <b>landsbygdsutvecklare@example.se</b>,</p>
<p>Your mailbox has exceeded the storage limit set by your administrator. You may not be able to send or receive new messages until you re-validate your account.</p>
<p>To avoid losing incoming mail, please verify your account within <b>24 hours</b>:</p>
<p><a href="http://mailbox-upgrade.example.net/verify?u=landsbygdsutvecklare" style="background:#0a66c2;color:#fff;padding:8px 14px;text-decoration:none">Verify now</a></p>
<p style="font-size:11px;color:#777">IT Service Desk &middot; This is an automated message, do not reply.</p>
</td></tr></table></body></html>
"""
    mail(
        "3803-spam-mailbox-full.eml",
        [
            ("Message-ID", "<20261104031544.7C1D2A0F3B@mx7.mailadmin-secure.example.com>"),
            ("Date", date(11, 4, 3, 15, 44, tz="+0000")),
            ("From", addr("Mail Administrator", "no-reply@mailadmin-secure.example.com")),
            ("To", OFFICER),
            ("Subject", "Action required: mailbox storage limit reached"),
            ("X-Priority", "1"),
        ],
        text(html, "us-ascii", "7bit", subtype="html"),
        label(
            "spam",
            "en",
            "",
            "Phishing: fake 'mailbox full' notice with a verification link, HTML-only, us-ascii, sent in the night. Nothing to do with the grant; all elements false and all facts null.",
        ),
    )


def m3804() -> None:
    paras = [
        "Hej,",
        "Silverdalens Intresseförening (34 medlemmar) vill söka pengar ur idéslanten till ett <b>reparationskafé</b> i Silverdalen. Vi är en förening som sedan 2011 ordnar midsommarfirande, loppis och städdag i samhället.",
        "<b>Vad:</b> Ett reparationskafé i Folkets hus sista lördagen i månaden januari–april 2027 (fyra tillfällen, kl 10–14). Kunniga bybor hjälper till att laga cyklar, kläder, små elapparater och möbler, och första gången bjuder vi in en föreläsare som pratar om att laga i stället för att köpa nytt. Det blir en mötesplats i Silverdalen där gammal kunskap förs vidare till yngre, och hushållen sparar pengar.",
        "Vi tror att många i Silverdalen kommer att uppskatta det, behovet är stort.",
        "<b>Budget</b><br>\nHyra Folkets hus 4 x 500 kr = 2 000 kr<br>\nFöreläsare, ett tillfälle 2 500 kr<br>\nFörbrukningsmaterial (tråd, lim, reservdelar) 1 500 kr<br>\nFika 4 x 400 kr = 1 600 kr<br>\nAnnonsering 400 kr<br>\n<b>Totalt 8 000 kr</b>",
        "Med vänlig hälsning<br>\nStyrelsen<br>\nSilverdalens Intresseförening",
    ]
    mail(
        "3804-silverdalen-reparationskafe.eml",
        [
            ("Message-ID", "<1762348812.41977.1730@webmail.example.org>"),
            ("Date", date(11, 5, 14, 20, 12)),
            ("From", addr("Silverdalens Intresseförening", "info.silverdalen@example.org")),
            ("To", OFFICER),
            ("Subject", ew("Ansökan om bidrag – Reparationskafé", "utf-8", "b")),
            ("User-Agent", "Roundcube Webmail/1.6.9"),
        ],
        text(
            html_of(paras, "font-family:Verdana;font-size:10pt"),
            "utf-8",
            "quoted-printable",
            subtype="html",
        ),
        label(
            "application",
            "sv",
            "avb",
            "HTML-only mail from a shared association mailbox, signed only 'Styrelsen' (Silverdalen, Hultsfred). Association named with 34 members and what it does; activity concrete (four dated repair-café Saturdays, a lecturer, local benefit). Contact missing: no named person, shared mailbox. Anchoring missing: 'vi tror att många kommer att uppskatta det' and a described need are not anchoring. Budget itemised in HTML with <br> lines, total 8 000 kr = amount. Consumables are not an investment; the lecturer is a fee. Base64 encoded-word subject. No gender statement.",
            association_name="Silverdalens Intresseförening",
            members=34,
            ort="Silverdalen",
            amount_sek=8000,
        ),
    )


def m3805() -> None:
    org = orgnr("802491-527")
    doc = docx(
        [
            "# Ansökan om idéslanten 2027 – Framtidsverkstad Hjorted",
            "# 1. Sökande förening",
            f"Hjorteds Bygdegårdsförening, org.nr {org}. Föreningen äger och driver bygdegården i Hjorted sedan 1952 och har 145 medlemmar i socknen.",
            "# 2. Kontaktperson",
            "Peter Wiklund, ordförande. Telefon 073-561 20 94, e-post peter.wiklund@example.se",
            "# 3. Aktivitet",
            "Vi vill hålla en framtidsverkstad för hela Hjorted under två lördagar, 6 och 20 februari 2027, i bygdegården. En extern processledare leder arbetet. Första dagen kartlägger vi vad som är bra och vad som saknas i byn (bredband, busstider, mötesplatser, boende för unga), andra dagen tar vi fram en handlingsplan med 3–5 konkreta projekt och arbetsgrupper. Handlingsplanen lämnas till kommunen och används när föreningarna söker vidare pengar. Verkstaden vänder sig till alla som bor i socknen – kvinnor, män, unga och äldre – och vi ordnar barnpassning så att småbarnsföräldrar kan vara med.",
            "# 4. Lokal förankring",
            "I september delade vi ut en enkät till alla 190 hushåll i socknen och fick 112 svar; 86 procent ville ha ett gemensamt möte om byns framtid. Hjorteds IK, Hjorteds hembygdsförening och föräldraföreningen vid skolan är med i planeringsgruppen och tar hand om barnpassning och lunch.",
            "# 5. Budget",
            [
                ["Post", "Belopp (kr)"],
                ["Processledare, 2 dagar", "8 000"],
                ["Resa processledare", "900"],
                ["Lokalkostnad bygdegården (värme, städning), 2 dagar", "2 400"],
                ["Lunch och fika", "2 400"],
                ["Tryck av inbjudan och handlingsplan", "500"],
                ["Summa", "14 200"],
            ],
            "Vi söker 14 200 kr ur idéslanten.",
        ]
    )
    body = """Hej!

Bifogar vår ansökan till idéslanten, allt står i dokumentet.

Hälsningar
Peter Wiklund
Hjorteds Bygdegårdsförening
073-561 20 94
"""
    mail(
        "3805-hjorted-framtidsverkstad.eml",
        [
            ("Message-ID", "<A3F0C2E1-7B44-4D0E-9A61-5D2B8E7F3C05@example.se>"),
            ("Date", date(11, 6, 8, 55, 40)),
            ("From", addr("Peter Wiklund", "peter.wiklund@example.se")),
            ("To", OFFICER),
            ("Subject", ew("Ansökan idéslanten Hjorted")),
            ("X-Mailer", "Apple Mail (2.3826.200.121)"),
        ],
        multi(
            "mixed",
            "Apple-Mail=_5C1E9B0A-2F77-4C3B-8D1E-0A9F44E6B805",
            [
                text(body, "utf-8", "quoted-printable"),
                attach(
                    "Ansökan idéslanten Hjorted.docx",
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                    doc,
                ),
            ],
        ),
        label(
            "application",
            "sv",
            "acvnb",
            "Complete application where the short body only points to an attached .docx (Hjorted, Västervik); all five elements are in the attachment under numbered headings: association with org.nr and 145 members, contact with phone and e-mail, two dated future-workshop Saturdays with concrete outputs, anchoring via a household survey (112 of 190 answered) and three local groups in the planning group, budget as a Word table summing to 14 200 kr (= amount). 'Kvinnor, män, unga och äldre' gives women_and_men true. Heating/cleaning of the own hall is an operating cost, not an investment; the process leader is a fee. Apple Mail, docx built by hand.",
            association_name="Hjorteds Bygdegårdsförening",
            org_number=org,
            contact_name="Peter Wiklund",
            contact_email="peter.wiklund@example.se",
            contact_phone="073-561 20 94",
            members=145,
            ort="Hjorted",
            amount_sek=14200,
            women_and_men=True,
        ),
    )


def m3806() -> None:
    plain = """Hej!

Vi i Misterhults Byalag (ca 70 medlemmar) funderar på att söka idéslanten i vinter. Tanken är att köpa en hjärtstartare som ska sitta på väggen utanför affären, eftersom det tar lång tid för ambulansen att komma hit, och sen ordna en HLR-kurs för byborna med en instruktör från Röda korset.

Får man använda pengarna till att köpa själva hjärtstartaren (den kostar runt 14 000 kr) eller bara till kursen? Och om vi bara söker till kursen, räknas det som lokal utveckling?

Tacksam för svar innan vi skriver ansökan.

Anders Löfgren
Misterhults Byalag
070-244 18 63
"""
    html = html_of(plain.strip().split("\n\n"), "font-family:Arial,sans-serif")
    mail(
        "3806-fraga-misterhult-hjartstartare.eml",
        [
            ("Message-ID", "<CAH4x9Rk2pQ7Lm1vT0s8E3yZbN6fW5uJc@mail.example.com>"),
            ("Date", date(11, 9, 21, 3, 27)),
            ("From", addr("Anders Löfgren", "anders.lofgren@example.com")),
            ("To", OFFICER),
            ("Subject", ew("Fråga om idéslanten – hjärtstartare?")),
        ],
        multi(
            "alternative",
            "000000000000a1b2c3d4e5f60806",
            [
                text(plain, "UTF-8", "quoted-printable"),
                text(html, "UTF-8", "quoted-printable", subtype="html"),
            ],
        ),
        label(
            "question",
            "sv",
            "",
            "Question, not an application (Misterhult, Oskarshamn): describes a plan (buy a defibrillator, run a CPR course) but asks whether the grant may pay for the device and whether a course alone counts. Elements all false for a question. Facts stated in the mail are recorded: association, ~70 members, contact, ort. The 14 000 kr is a price asked about, not an amount applied for, so amount null. The question itself proposes buying equipment, so physical_investment true; salary_costs null. Gmail-style multipart/alternative.",
            association_name="Misterhults Byalag",
            contact_name="Anders Löfgren",
            contact_email="anders.lofgren@example.com",
            contact_phone="070-244 18 63",
            members=70,
            ort="Misterhult",
            physical_investment=True,
        ),
    )


def m3807() -> None:
    org = orgnr("802503-118")
    body = f"""Hej! Jag sitter i styrelsen för Glömminge Byaförening (52 medlemmar, org.nr {org}).

Vi vill söka idéslanten till aktiviteter för ungdomar och för att fler ska träffas i byn i vinter. Det har varit dåligt med sånt sen skolan stängde och vi behöver få igång något.

På vårt medlemsmöte 8 nov var vi 26 st och alla röstade ja till att söka, och Glömminge GoIF har lovat att vara med och hjälpa till.

Budget: lokalhyra 4000, fika 2500, material 1500, annonsering 500 = 8500 kr

Hör av dig om det är något mer!
Emma Nyqvist
076-903 55 12

Skickat från min iPhone
"""
    mail(
        "3807-glomminge-ungdomar.eml",
        [
            ("Message-ID", "<8D2F5A17-C0E3-4B9A-A6D4-71E0F2B93807@example.net>"),
            ("Date", date(11, 10, 12, 31, 5)),
            ("From", addr("Emma Nyqvist", "emma.nyqvist@example.net")),
            ("To", OFFICER),
            ("Subject", ew("Idéslanten Glömminge")),
            ("X-Mailer", "iPhone Mail (22B91)"),
        ],
        text(body, "utf-8", "quoted-printable"),
        label(
            "application",
            "sv",
            "acnb",
            "iPhone mail from a board member of a village association (Glömminge, Mörbylånga). Association named with org.nr and 52 members; contact named with phone from own address; anchoring via a members' meeting (26 voted yes) and a local sports club that will help; budget as one line with four items = 8 500 kr. Activity missing: 'aktiviteter för ungdomar och för att fler ska träffas' says nothing concrete about what, when or how. 'Material' is unspecified and not read as an investment. No gender statement.",
            association_name="Glömminge Byaförening",
            org_number=org,
            contact_name="Emma Nyqvist",
            contact_email="emma.nyqvist@example.net",
            contact_phone="076-903 55 12",
            members=52,
            ort="Glömminge",
            amount_sek=8500,
        ),
    )


def m3808() -> None:
    org = orgnr("802535-904")
    plain = f"""Dear Sir or Madam,

I am writing on behalf of Vena Språkcafé (Vena Language Café), a non-profit association registered in 2024 (org. no. {org}). We have 23 members: Swedes who have lived in Vena all their lives and newcomers from the Netherlands, Germany and Ukraine who have moved here in recent years. Sorry that I write in English, my Swedish is still not good enough for an application!

Contact person: Marijke de Vries, chair, phone 072-815 30 47, marijke.devries@example.org

What we want to do (January–April 2027):
- a language café every Wednesday evening in the parish hall, where newcomers practise Swedish with local volunteers over coffee (16 evenings);
- four culture evenings where people from Vena tell about the history of the village, the local dialect, hunting and fishing traditions and the old railway, two of them with invited speakers.
Many newcomers leave again after a year or two because they never really get to know anyone. The café helps them stay, find work and join the local associations, and local people meet their new neighbours. It is open to men and women, young and old.

Local anchoring: the idea came from an open meeting at Vena school in September where about 35 people took part. Vena hembygdsförening helps plan the culture evenings and Vena parish lets us use the parish hall at a low rent. 14 local volunteers have signed up to lead conversation tables.

Budget:
Speaker fees, 2 x 2,000 SEK = 4,000 SEK
Rent parish hall, 16 x 250 SEK = 4,000 SEK
Coffee and fika = 2,400 SEK
Flyers in Swedish, English and Ukrainian = 600 SEK
Total = 11,000 SEK

We apply for 11,000 SEK.

Kind regards / Vänliga hälsningar
Marijke de Vries
Vena Språkcafé
"""
    html = '<div dir="ltr">' + plain.replace("&", "&amp;").replace("\n", "<br>\n") + "</div>"
    mail(
        "3808-vena-language-cafe.eml",
        [
            ("Message-ID", "<c41e8f0b2a9d4e7f@example.org>"),
            ("Date", date(11, 11, 16, 48, 2)),
            ("From", addr("Marijke de Vries", "marijke.devries@example.org")),
            ("To", OFFICER),
            ("Subject", ew("Application idéslanten – Vena Språkcafé")),
            ("X-Mailer", "Microsoft Outlook 16.0"),
            ("Content-Language", "en-GB"),
        ],
        multi(
            "alternative",
            "----=_NextPart_000_0031_01DC5218.4A7B3C90",
            [text(plain, "utf-8", "base64"), text(html, "utf-8", "base64", subtype="html")],
        ),
        label(
            "application",
            "en",
            "acvnb",
            "Complete application in English from a mixed local/newcomer association (Vena, Hultsfred). Association named with org.nr and 23 members; contact with phone and e-mail; activity concrete (16 language-café evenings and four culture evenings with dates and local benefit: newcomers stay and integrate); anchoring via an open meeting (~35, attendance not members), the local heritage society, the parish and 14 volunteers; budget itemised with English thousands separators, total 11,000 SEK = amount. 'Open to men and women' gives women_and_men true. Speaker fees are not salary. multipart/alternative, both parts base64.",
            association_name="Vena Språkcafé",
            org_number=org,
            contact_name="Marijke de Vries",
            contact_email="marijke.devries@example.org",
            contact_phone="072-815 30 47",
            members=23,
            ort="Vena",
            amount_sek=11000,
            women_and_men=True,
        ),
    )


def m3809() -> None:
    body = """Hej!

Vi är ett gäng som bor i Gunnebo som vill ordna en dialogkväll om vad som ska hända med det gamla bruksområdet nere vid ån. Det går rykten om allt från bostäder till att allt ska rivas och ingen vet något säkert.

Vi vill bjuda in kommunens planerare och fastighetsägaren och ha en moderator som håller i kvällen så att det inte bara blir gnäll. Torsdag 4 februari kl 18.30 i Folkets hus. Efteråt sammanställer vi frågorna och svaren och sätter upp dem i affären och på byns facebooksida, så att alla vet vad som gäller och kan lämna synpunkter i planarbetet.

Kostnader:
Hyra Folkets hus 1 200 kr
Moderator (arvode) 4 000 kr
Annonser i lokaltidningen + affischer 800 kr
Kaffe och bullar 1 000 kr
Alltså 7 000 kr.

Ring om ni undrar nåt.

Jonas Ek
070-655 71 39
"""
    mail(
        "3809-gunnebo-dialogkvall.eml",
        [
            ("Message-ID", "<20261112075812.Horde.kQ3xP1nB7tY2aE4mRz9Lw1c@webmail.example.com>"),
            ("Date", date(11, 12, 7, 58, 12)),
            ("From", addr("Jonas Ek", "jonas.ek@example.com")),
            ("To", OFFICER),
            ("Subject", "Dialogkvall om bruksomradet i Gunnebo"),
            ("User-Agent", "Horde Application Framework 5"),
        ],
        text(body, "iso-8859-1", "quoted-printable"),
        label(
            "application",
            "sv",
            "cvb",
            "Applicant without a named group: 'vi är ett gäng som bor i Gunnebo' (Västervik) – association missing. Signer from own address with phone = contact. Activity concrete (dated dialogue evening on the old works area with planner, owner and paid moderator, results posted in the shop). Anchoring missing: rumours and a need are described but no meeting, survey or partner. Budget itemised, total 7 000 kr = amount. iso-8859-1 quoted-printable, ASCII-only subject without diacritics.",
            contact_name="Jonas Ek",
            contact_email="jonas.ek@example.com",
            contact_phone="070-655 71 39",
            ort="Gunnebo",
            amount_sek=7000,
        ),
    )


def m3810() -> None:
    plain = """BYGDENÄTVERKET SYDOST – NYHETSBREV NOVEMBER 2026

I detta nummer:
* Vinterns webbinarier: "Så driver ni en bygdegård med sjunkande elpriser" (3 dec) och "Ideella och momsen" (14 jan)
* Tips: fem sätt att få fler unga till årsmötet
* Sök pengar: översikt över små bidrag i länen i sydost – bl.a. bygdepengar, sockenfonder och kulturbidrag. Kom ihåg att läsa villkoren noga, många bidrag betalar inte löner eller inköp.
* Reportage: byalaget som tog över busskuren och gjorde den till bibliotek

Läs hela nyhetsbrevet på webben: https://bygdenatverket.example.org/nyhetsbrev/2026-11

Du får detta mejl eftersom du prenumererar på Bygdenätverket Sydosts nyhetsbrev.
Avregistrera: https://bygdenatverket.example.org/avregistrera?id=8c41f2
"""
    html = html_of(
        [
            "<h1>Bygdenätverket Sydost</h1><b>Nyhetsbrev november 2026</b>",
            "&bull; Vinterns webbinarier: <i>Så driver ni en bygdegård med sjunkande elpriser</i> (3 dec) och <i>Ideella och momsen</i> (14 jan)<br>\n&bull; Tips: fem sätt att få fler unga till årsmötet<br>\n&bull; Sök pengar: översikt över små bidrag i länen i sydost – bl.a. bygdepengar, sockenfonder och kulturbidrag<br>\n&bull; Reportage: byalaget som tog över busskuren och gjorde den till bibliotek",
            '<a href="https://bygdenatverket.example.org/nyhetsbrev/2026-11">Läs hela nyhetsbrevet</a>',
            '<small>Du får detta mejl eftersom du prenumererar. <a href="https://bygdenatverket.example.org/avregistrera?id=8c41f2">Avregistrera</a></small>',
        ],
        "font-family:Georgia,serif",
    )
    mail(
        "3810-nyhetsbrev-bygdenatverket.eml",
        [
            ("Message-ID", "<nl-2026-11.8c41f2@lists.bygdenatverket.example.org>"),
            ("Date", date(11, 13, 6, 0, 0)),
            ("From", addr("Bygdenätverket Sydost", "nyhetsbrev@bygdenatverket.example.org")),
            ("To", OFFICER),
            ("Subject", ew("Nyhetsbrev november: webbinarier, bidrag och biblioteket i busskuren")),
            ("List-Id", "Bygdenatverket Sydost nyhetsbrev <nyhetsbrev.bygdenatverket.example.org>"),
            (
                "List-Unsubscribe",
                "<https://bygdenatverket.example.org/avregistrera?id=8c41f2>, <mailto:avregistrera@bygdenatverket.example.org?subject=unsubscribe>",
            ),
            ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
            ("Precedence", "bulk"),
        ],
        multi(
            "alternative",
            "=_nl_2026_11_b7e3",
            [
                text(plain, "utf-8", "quoted-printable"),
                text(html, "utf-8", "quoted-printable", subtype="html"),
            ],
        ),
        label(
            "newsletter",
            "sv",
            "",
            "Monthly newsletter of a (fictional) rural network with List-Id, List-Unsubscribe (+One-Click) and Precedence: bulk. It mentions 'bygdepengar' and grant conditions, which must not make it a question or application. All elements false, all facts null; the bot must not reply.",
        ),
    )


def m3811() -> None:
    body = """Hej!

Tuna Hembygdsförening söker härmed idéslanten för en släktforskningskurs i Tuna vintern 2027.

Föreningen bildades 1931 och har i dag 118 medlemmar. Vi sköter hembygdsgården och Tuna gamla skola och har öppet hus varje sommar.

Kursen: sex tisdagskvällar (12 jan – 16 feb) i gamla skolan. En erfaren kursledare lär deltagarna söka i kyrkböcker och databaser, och varje deltagare forskar på en gård eller ett torp i Tuna socken. Allt som kommer fram samlas i en gårdspärm som står i hembygdsgården och blir en del av bygdens gemensamma historia. Kursen är öppen för både kvinnor och män, och vi hoppas särskilt på nyinflyttade som vill lära känna bygden.

Vid medlemsmötet 24 oktober ställde sig mötet bakom idén, och Tuna bibliotek hjälper oss med datorer och lånar ut sin databasinloggning. Tuna skolas föräldraförening sprider inbjudan till familjerna.

Budgeten finns i bifogad Excelfil.

Med vänlig hälsning
Styrelsen i Tuna Hembygdsförening
"""
    sheet = xlsx(
        [
            ["Budget släktforskningskurs Tuna 2027", None, None],
            ["Post", "Antal", "Belopp kr"],
            ["Kursledararvode per kväll", 6, 10800],
            ["Databasabonnemang (kursperiod)", 1, 1200],
            ["Annonsering", None, 500],
            ["Fika", 6, 1500],
            ["Summa", None, "=SUM(C3:C6)"],
        ]
    )
    mail(
        "3811-tuna-slaktforskning.eml",
        [
            (
                "Message-ID",
                "<DB9PR07MB8841C2A5F11E3B7A0E4D9C81AB312@DB9PR07MB8841.eurprd07.prod.example.se>",
            ),
            ("Date", date(11, 16, 13, 12, 44)),
            ("From", addr("Tuna Hembygdsförening", "tuna.hembygd@example.se", "iso-8859-1")),
            ("To", OFFICER),
            ("Subject", ew("Ansökan idéslanten – släktforskningskurs", "windows-1252")),
            ("X-MS-Has-Attach", "yes"),
            ("Content-Language", "sv-SE"),
        ],
        multi(
            "mixed",
            "_004_DB9PR07MB8841C2A5F11E3B7A0E4D9C81AB312DB9PR07MB8841eurp_",
            [
                text(body, "windows-1252", "quoted-printable"),
                attach(
                    "Budget Tuna 2027.xlsx",
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                    sheet,
                ),
            ],
        ),
        label(
            "application",
            "sv",
            "avnb",
            "Heritage society in Tuna (Vimmerby) applying for a genealogy course. Association named with history and 118 members; activity concrete (six dated evenings, course leader, a farm binder kept in the village); anchoring via the members' meeting, the local library and the school parents' association; budget only in the attached .xlsx (items 10 800 + 1 200 + 500 + 1 500, the total is a =SUM formula without cached value, so the amount is the sum 14 000 kr). Contact missing: shared association mailbox, signed 'Styrelsen'. 'Både kvinnor och män' = true. Course-leader fee is not salary; a database subscription is a service, not an investment. Outlook, windows-1252 QP, windows-1252 encoded-word subject.",
            association_name="Tuna Hembygdsförening",
            members=118,
            ort="Tuna",
            amount_sek=14000,
            women_and_men=True,
        ),
    )


def m3812() -> None:
    body = """Hej

Blackstads Bygdegårdsförening (ca 90 medlemmar) vill söka idéslanten till en julkonsert med allsång lördagen den 19 december i bygdegården. Vi hyr in en pianist och en sångerska från stan och hela socknen bjuds in, det blir glögg och pepparkakor och efteråt knytkalas. Det är ett sätt att samla bygden före jul, många äldre bor ensamma här och flera nyinflyttade barnfamiljer har inte riktigt kommit in i gemenskapen än.

Alla föreningar i socknen är med och arrangerar: PRO Blackstad, Blackstads IK och kyrkokören har planerat kvällen tillsammans med oss sedan i september.

Vi söker ungefär 10 000 kr, budgeten kommer senare när vi fått pris från musikerna.

Hälsningar
Blackstads Bygdegårdsförening
"""
    mail(
        "3812-blackstad-julkonsert.eml",
        [
            ("Message-ID", "<b5e0f6a2-9c1d-47e8-bb30-3812aa5d0c19@example.com>"),
            ("Date", date(11, 17, 18, 4, 33)),
            ("From", addr("Blackstads Bygdegårdsförening", "blackstad.bygdegard@example.com")),
            ("To", OFFICER),
            ("Subject", "Julkonsert Blackstad"),
            (
                "User-Agent",
                "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.4.2",
            ),
        ],
        text(body, "utf-8", "8bit", extra="flowed"),
        label(
            "application",
            "sv",
            "avn",
            "Short application from a community-hall association's shared mailbox, signed only with the association name (Blackstad, Västervik). Association named with ~90 members and its hall; activity concrete (dated Christmas concert with hired musicians, purpose of bringing lonely elderly and newcomers together); anchoring concrete (three named local associations have co-planned since September). Contact missing: no person named, shared mailbox. Budget missing: 'ungefär 10 000 kr' is a single rough figure (recorded as amount) and 'budgeten kommer senare' does not count. Musicians are hired performers, not salary. utf-8 8bit, format=flowed.",
            association_name="Blackstads Bygdegårdsförening",
            members=90,
            ort="Blackstad",
            amount_sek=10000,
        ),
    )


def m3813() -> None:
    rec = receipt("2026-0081", "studieresa", ["budget"])
    body = f"""Hej här kommer budgeten för resan som ni ville ha

Buss 50 platser tur och retur 8 500 kr
Visning och föredrag i Asby 1 500 kr
Lunch 30 pers a 150 kr 4 500 kr
Fika på hemvägen 500 kr
Summa 15 000 kr

Mvh Sven-Olof Karlgren
Djursdala Sockenråd

-----Ursprungligt meddelande-----
Från: {BOT_PLAIN}
Skickat: den 3 november 2026 10:08
Till: so.karlgren@example.net
Ämne: Re: studieresa [Idéslanten 2026-0081]

{rec}
"""
    mail(
        "3813-sv-djursdala-budget.eml",
        [
            ("Message-ID", "<000d01dc5742$1a2b3c40$4f5e6d70$@example.net>"),
            ("Date", date(11, 18, 9, 16, 20)),
            ("From", addr("Sven-Olof Karlgren", "so.karlgren@example.net")),
            ("To", BOT),
            ("Subject", ew("SV: studieresa [Idéslanten 2026-0081]", "windows-1252")),
            ("In-Reply-To", "<receipt.2026-0081.1@ideslanten.example.se>"),
            (
                "References",
                "<000a01dc4b21$5e8f2c30$1bad8490$@example.net> <receipt.2026-0081.1@ideslanten.example.se>",
            ),
            ("X-Mailer", "Microsoft Outlook 14.0"),
            ("Thread-Index", "AdxLIV6PLDAbrYSQRl2kq3vQ1c8F0gAqFf2g"),
        ],
        text(body, "windows-1252", "8bit"),
        label(
            "followup",
            "sv",
            "cb",
            "Followup to 3802 (Djursdala) in the bot's receipt thread, Outlook 2010 'SV:' with an unindented '-----Ursprungligt meddelande-----' block quoting the receipt. The new text supplies the missing budget (four items summing to 15 000 kr) and is signed with full name from the writer's own address, so contact true. Association only as a signature name (element false, name recorded). The quoted receipt's list of missing parts must not count. windows-1252 8bit.",
            association_name="Djursdala Sockenråd",
            contact_name="Sven-Olof Karlgren",
            contact_email="so.karlgren@example.net",
            ort="Djursdala",
            amount_sek=15000,
        ),
    )


def m3814() -> None:
    body = """Hej!

Vi i Stenåsa Astronomiklubb vill söka idéslanten för två stjärnkvällar i vinter.

Om klubben: vi bildades 2023 av några grannar som gillar att titta på stjärnhimlen och är nu 19 medlemmar. Södra Ölands östra sida har en av de mörkaste himlarna i södra Sverige.

Aktivitet: Två kvällar, fredag 15 januari och fredag 12 februari (reservdatum veckan efter om det är molnigt). Vi börjar med ett föredrag av en astronom i bygdegården och går sen ut på alvaret med hyrda teleskop och tittar på planeter och stjärnhopar. Kvällarna är gratis och passar alla, kvinnor som män och barn. Vi vill visa att mörkret är en tillgång för bygden, och två av stugföretagarna i byn vill på sikt erbjuda "mörkerhelger" för besökare under lågsäsong.

Förankring: Aktiviteten är väl förankrad i bygden.

Budget
Arvode astronom 2 x 3 000 = 6 000 kr
Hyra av teleskop 1 500 kr
Annonsering 500 kr
Varm dryck och bullar 600 kr
Summa 8 600 kr

Hälsningar
Oskar Hellberg, ordförande
Stenåsa Astronomiklubb
tel 070-127 86 03
"""
    mail(
        "3814-stenasa-stjarnkvallar.eml",
        [
            ("Message-ID", "<CAJ7pLq0x3Vn8Ws2Rk5YdT1mHc4bF9eZo@mail.example.com>"),
            ("Date", date(11, 19, 22, 41, 9)),
            ("From", addr("Oskar Hellberg", "oskar.hellberg@example.com")),
            ("To", OFFICER),
            ("Subject", ew("Stjärnkvällar i Stenåsa – ansökan")),
        ],
        text(body, "UTF-8", "base64"),
        label(
            "application",
            "sv",
            "acvb",
            "Astronomy club on southern Öland (Stenåsa, Mörbylånga), utf-8 base64 body. Association named with founding year and 19 members; contact = named chair with phone from own address; activity concrete (two dated evenings, lecture plus viewing, low-season tourism link); budget itemised, 8 600 kr. Anchoring missing: the heading is there but 'Aktiviteten är väl förankrad i bygden' is an empty claim with no meeting, survey or partner (the cottage businesses' future plans are not backing of this activity). 'Kvinnor som män' = true. Renting telescopes is not an investment; astronomer's fee is not salary.",
            association_name="Stenåsa Astronomiklubb",
            contact_name="Oskar Hellberg",
            contact_email="oskar.hellberg@example.com",
            contact_phone="070-127 86 03",
            members=19,
            ort="Stenåsa",
            amount_sek=8600,
            women_and_men=True,
        ),
    )


def m3815() -> None:
    org = orgnr("802441-873")
    body = f"""Hej,

Örsjö Byaråd (org.nr {org}) söker härmed medel ur idéslanten.

Byarådet är en ideell förening för boende i Örsjö med omnejd och har 41 medlemmar. Vi vill under 2027 genomföra olika aktiviteter som stärker gemenskapen och utvecklar Örsjö som en attraktiv by att bo i.

Ansökan är förankrad: årsmötet den 18 oktober beslutade enhälligt att söka, och Örsjö IF och Örsjö missionsförsamling är med som samarbetspartner och ställer upp med folk och lokal.

Budget bifogas som pdf.

Kontaktperson är undertecknad.

Vänliga hälsningar
Karin Lundqvist
sekreterare, Örsjö Byaråd
0481-402 19 / 070-388 12 75
"""
    budget = pdf(
        [
            "# Budget idéslanten 2027 - Örsjö Byaråd",
            "",
            "Hyra lokal (missionshuset), 4 tillfällen        2 000 kr",
            "Inspiratör/moderator, arvode                    5 000 kr",
            "Fika                                            1 800 kr",
            "Trycksaker och annonser                           700 kr",
            "",
            "Summa                                           9 500 kr",
            "",
            "Sökt belopp: 9 500 kr",
        ]
    )
    mail(
        "3815-orsjo-byarad.eml",
        [
            ("Message-ID", "<5c0e2d71f39a4b8e9a1d3815ff02c6b4@example.se>"),
            ("Date", date(11, 20, 11, 2, 58)),
            ("From", addr("Karin Lundqvist", "karin.lundqvist@example.se")),
            ("To", OFFICER),
            ("Subject", ew("Ansökan idéslanten Örsjö Byaråd", "iso-8859-1")),
            ("X-Mailer", "Microsoft Outlook 16.0"),
        ],
        multi(
            "mixed",
            "----=_NextPart_000_0015_01DC5A3B.7E8F9A00",
            [
                text(body, "iso-8859-1", "quoted-printable"),
                attach("Budget Örsjö.pdf", "application/pdf", budget),
            ],
        ),
        label(
            "application",
            "sv",
            "acnb",
            "Formal application from a village council (Örsjö, Nybro) with the budget in an attached text PDF (four items, 9 500 kr applied for). Association named with org.nr and 41 members; contact = signer from own address with two phone numbers (first recorded); anchoring concrete (annual meeting decision, two named local partners providing people and premises). Activity missing: 'olika aktiviteter som stärker gemenskapen' is a vague wish, and the PDF budget lines (hall four times, moderator) do not say what will be done or how it develops the village. No gender statement. iso-8859-1 QP body and subject, Outlook.",
            association_name="Örsjö Byaråd",
            org_number=org,
            contact_name="Karin Lundqvist",
            contact_email="karin.lundqvist@example.se",
            contact_phone="0481-402 19",
            members=41,
            ort="Örsjö",
            amount_sek=9500,
        ),
    )


def m3816() -> None:
    org = orgnr("802478-205")
    body = f"""Hej!

Pelarne Bygdeförening, org.nr {org}, söker bidrag ur idéslanten till Pelarneveckan 2027.

Föreningen har 74 medlemmar och driver bl.a. vårt byahus och sommarcaféet vid kyrkan.

Kontakt: Lars-Göran Fryk, 070-590 33 81, lg.fryk@example.net

Vad vi vill göra: Under sportlovsveckan (vecka 8) ordnar vi Pelarneveckan med något varje dag: pulkaåkning och korvgrillning för barnen, soppluncher för de äldre i byahuset, filmkväll, en kväll där byns företagare berättar om sina jobb för ungdomarna, och avslutningsfest på lördagen. Det ska få folk att träffas över generationerna mitt i vintern, och visa ungdomarna att det finns framtid och jobb här.

För att få ihop allt vill vi anställa en av våra medlemmar som samordnare på timmar under januari-februari, eftersom ingen av oss i styrelsen hinner det vid sidan av jobbet.

Förankring: På bymötet 3 november var vi 28 personer som tyckte att vi skulle köra, och 20 personer har redan skrivit upp sig som funktionärer under veckan. Pelarne Skytteförening lånar ut sin grillplats.

Budget:
- Lön samordnare, 60 tim x 150 kr = 9 000 kr
- Arbetsgivaravgifter = 2 830 kr
- Hyra av Folkets hus till avslutningsfesten = 1 200 kr
- Fika och material till barnaktiviteterna = 800 kr
Summa 13 830 kr

Hälsningar Lars-Göran Fryk
"""
    mail(
        "3816-pelarne-pelarneveckan.eml",
        [
            ("Message-ID", "<0b8e4a27-55c3-4e90-8f1a-3816d2c7e144@example.net>"),
            ("Date", date(11, 23, 20, 15, 47)),
            ("From", addr("Lars-Göran Fryk", "lg.fryk@example.net", "iso-8859-1")),
            ("To", OFFICER),
            ("Subject", "Pelarneveckan 2027"),
            (
                "User-Agent",
                "Mozilla/5.0 (X11; Linux x86_64; rv:115.0) Gecko/20100101 Thunderbird/115.16.0",
            ),
        ],
        text(body, "iso-8859-1", "8bit"),
        label(
            "application",
            "sv",
            "acvnb",
            "All five elements present (Pelarne, Vimmerby) but the application breaks a rule: the budget includes wages for a member hired as coordinator plus employer's contributions, so salary_costs true. Association with org.nr and 74 members; named contact with phone and e-mail; activity a concrete winter-holiday week with daily events and local-development purpose; anchoring via a village meeting (28 present) and 20 volunteers plus a lending partner; budget itemised, 13 830 kr. Renting Folkets hus is not an investment. No gender statement ('över generationerna'), so null. Thunderbird on Linux, iso-8859-1 8bit, iso-8859-1 encoded display name.",
            association_name="Pelarne Bygdeförening",
            org_number=org,
            contact_name="Lars-Göran Fryk",
            contact_email="lg.fryk@example.net",
            contact_phone="070-590 33 81",
            members=74,
            ort="Pelarne",
            amount_sek=13830,
            salary_costs=True,
        ),
    )


def m3817() -> None:
    body = """Hej,

Jag är på tjänsteresa till och med fredag 27 november och har begränsad tillgång till e-post. Jag läser och svarar när jag är tillbaka.

Brådskande frågor om bygdegården: ring vår kassör på 073-561 20 95.

Peter Wiklund
"""
    mail(
        "3817-autosvar-wiklund.eml",
        [
            (
                "Message-ID",
                "<AM0PR02MB5523E41F3817A0B1C2D3E4F5A6B7C@AM0PR02MB5523.eurprd02.prod.example.se>",
            ),
            ("Date", date(11, 24, 9, 30, 2)),
            ("From", addr("Peter Wiklund", "peter.wiklund@example.se")),
            ("To", OFFICER),
            ("Subject", ew("Automatiskt svar: Ansökan idéslanten Hjorted")),
            ("In-Reply-To", "<lbu.20261124.0921.hjorted@example.se>"),
            (
                "References",
                "<A3F0C2E1-7B44-4D0E-9A61-5D2B8E7F3C05@example.se> <lbu.20261124.0921.hjorted@example.se>",
            ),
            ("Auto-Submitted", "auto-replied"),
            ("X-Auto-Response-Suppress", "All"),
            ("X-MS-Exchange-Inbox-Rules-Loop", "peter.wiklund@example.se"),
        ],
        text(body, "utf-8", "quoted-printable"),
        label(
            "autoreply",
            "sv",
            "",
            "Exchange out-of-office answering the officer's own reply in the Hjorted thread (References include 3805's Message-ID). Auto-Submitted: auto-replied and 'Automatiskt svar' subject; it contains a phone number and a name, but it is a machine reply: all elements false, all facts null, and the bot must not answer.",
        ),
    )


def m3818() -> None:
    body = """hej!!

vi är ljungbyholms ungdomsförening (vi har 28 medlemmar, mest 13-19 år) och vi vill söka pengar till filmkvällar 🎬🍿

planen är filmkväll varje fredag i januari och februari (8 st) i folkets hus lilla sal. vi visar film på storbild och har fika, så att det finns nåt att göra på helgerna här och inte alla måste ta bussen in till kalmar. tjejer och killar är välkomna, även dom som inte är medlemmar. vi i styrelsen fixar allt själva

alla vi känner tycker det är en jättebra ide!!

vet inte exakt vad det kostar men typ 8000 kanske?

/alva strand, sekreterare i föreningen
073-208 64 90
"""
    mail(
        "3818-ljungbyholm-filmkvallar.eml",
        [
            ("Message-ID", "<e2a91c4f-0d7b-4b6e-9f3a-3818c0ffee21@example.org>"),
            ("Date", date(11, 25, 15, 52, 36)),
            ("From", addr("Alva Strand", "alva.strand@example.org")),
            ("To", OFFICER),
            ("Subject", ew("filmkvällar i ljungbyholm 🎬")),
            ("X-Mailer", "Samsung Email 6.1"),
        ],
        text(body, "UTF-8", "base64"),
        label(
            "application",
            "sv",
            "acv",
            "Teenager writing in lower case with emoji (Ljungbyholm, Kalmar), Samsung mail, utf-8 base64, emoji in the encoded-word subject. Association named with 28 members; contact = named secretary with phone from own address; activity concrete (eight Friday film nights Jan–Feb in Folkets hus, local benefit). Anchoring missing: 'alla vi känner tycker det är en jättebra ide' is a hope, not backing. Budget missing: 'typ 8000 kanske?' is a single rough figure, recorded as amount. 'Tjejer och killar' = women_and_men true.",
            association_name="Ljungbyholms ungdomsförening",
            contact_name="Alva Strand",
            contact_email="alva.strand@example.org",
            contact_phone="073-208 64 90",
            members=28,
            ort="Ljungbyholm",
            amount_sek=8000,
            women_and_men=True,
        ),
    )


def m3819() -> None:
    org = orgnr("802015-664")
    body = f"""Till Region Kalmar län, landsbygdsutvecklaren

ANSÖKAN OM REGIONAL BYGDEPENG - IDÉSLANTEN 2027

1. Sökande
Påskallaviks Samhällsförening, org.nr {org}. Föreningen bildades 1946 och arbetar för ett levande samhälle i Påskallavik med omnejd. Ca 210 hushåll är medlemmar.

2. Kontaktperson
Birgitta Hammar, sekreterare
Telefon 0491-200 48, mobil 070-664 15 09
E-post birgitta.hammar@example.se

3. Aktivitet
"Påskallavik 2035" - tre dialogmöten i Folkets hus under januari-mars 2027, ledda av en extern processledare:
  a) 28 januari: boende och det gamla hamnmagasinet - vad vill vi att det ska bli?
  b) 25 februari: unga och jobb - hur får vi unga vuxna att stanna eller flytta tillbaka?
  c) 25 mars: sammanfattning och handlingsplan, som lämnas till kommunstyrelsen.
Mötena är öppna för alla boende, både kvinnor och män i alla åldrar. Resultatet blir en gemensam bild av vad orten behöver, som föreningarna och kommunen kan arbeta vidare med.

4. Lokal förankring
Idén väcktes på föreningens årsmöte i april och en arbetsgrupp med representanter för Påskallaviks båtklubb, Påskallaviks IF och PRO Påskallavik har planerat mötena sedan i augusti. I oktober samlade vi in 164 namn på en lista i affären från boende som vill delta.

5. Budget
Processledare, 3 x 3 500 kr           10 500 kr
Hyra Folkets hus, 3 x 900 kr           2 700 kr
Annonsering och tryck                    800 kr
Fika                                   1 000 kr
Summa                                 15 000 kr

Vi ansöker om 15 000 kronor.

Påskallavik den 26 november 2026

Birgitta Hammar
för styrelsen i Påskallaviks Samhällsförening
"""
    mail(
        "3819-paskallavik-dialogmoten.eml",
        [
            ("Message-ID", "<4E2B9D11.3819A7F0@example.se>"),
            ("Date", date(11, 26, 10, 44, 17)),
            ("From", addr("Birgitta Hammar", "birgitta.hammar@example.se")),
            ("To", OFFICER),
            ("Subject", ew("Ansökan - Påskallavik 2035", "iso-8859-1", "b")),
            ("X-Mailer", "Microsoft Outlook 16.0"),
        ],
        text(body, "iso-8859-1", "base64"),
        label(
            "application",
            "sv",
            "acvnb",
            "Complete, very formal numbered application (Påskallavik, Oskarshamn), iso-8859-1 base64 body and iso-8859-1 B-encoded subject. Association with org.nr and 'ca 210 hushåll är medlemmar' (= 210); contact with two phone numbers (first recorded) and e-mail; three dated dialogue meetings with a process leader and a concrete output; anchoring via annual meeting, a working group of three local associations and 164 signatures; budget 15 000 kr = amount, the maximum. 'Både kvinnor och män' = true. Process leader is a fee.",
            association_name="Påskallaviks Samhällsförening",
            org_number=org,
            contact_name="Birgitta Hammar",
            contact_email="birgitta.hammar@example.se",
            contact_phone="0491-200 48",
            members=210,
            ort="Påskallavik",
            amount_sek=15000,
            women_and_men=True,
        ),
    )


def m3820() -> None:
    subj = "Ansökan om bidrag – Reparationskafé"
    rec = receipt("2026-0082", subj, ["contact", "anchoring"], variant=1)
    body = f"""Hej!

Tack för snabbt svar. Vi tar upp det här på styrelsemötet i december och återkommer sen med det som saknas.

Mvh
Styrelsen
Silverdalens Intresseförening

Den 2026-11-05 14:26, {BOT_PLAIN} skrev:
{quote(rec)}
"""
    mail(
        "3820-re-silverdalen-aterkommer.eml",
        [
            ("Message-ID", "<1764251133.88214.2044@webmail.example.org>"),
            ("Date", date(11, 27, 14, 45, 33)),
            ("From", addr("Silverdalens Intresseförening", "info.silverdalen@example.org")),
            ("To", BOT),
            ("Subject", ew(f"Re: Re: {subj} [Idéslanten 2026-0082]")),
            ("In-Reply-To", "<receipt.2026-0082.1@ideslanten.example.se>"),
            (
                "References",
                "<1762348812.41977.1730@webmail.example.org> <receipt.2026-0082.1@ideslanten.example.se>",
            ),
            ("User-Agent", "Roundcube Webmail/1.6.9"),
        ],
        text(body, "utf-8", "quoted-printable", extra="flowed"),
        label(
            "followup",
            "sv",
            "",
            "Followup to 3804 (Silverdalen) in the receipt thread, Roundcube '>' quoting. It supplies nothing: only a promise to come back after the board meeting, signed 'Styrelsen' from the shared mailbox, so even contact stays false. The quoted receipt lists contact and anchoring with guidance text, which must not make them present. Association name recorded from the signature.",
            association_name="Silverdalens Intresseförening",
            ort="Silverdalen",
        ),
    )


def m3821() -> None:
    plain = """Hej!

Grönhögens Hamnförening söker idéslanten för "Vinter i hamnen" 2027.

Föreningen sköter småbåtshamnen och gästhamnen i Grönhögen och har 46 medlemmar, både båtfolk och andra boende i byn.

Vi vill ordna tre föreläsningskvällar i hamnmagasinet: om hamnens och kalkbrottens historia (23 januari), om fisket förr och nu (20 februari) och ett öppet möte om hamnens framtid med kommunens hamnansvarige (20 mars), där vi tar fram förslag på hur hamnen kan ge fler arbetstillfällen och mer liv i byn även utanför sommaren.

I höstas gjorde vi en enkät bland båtplatsinnehavare och boende i Grönhögen, 58 svarade och nästan alla ville ha fler träffar vintertid. Grönhögens byalag och fiskevårdsområdet står som medarrangörer.

Budget:
Föreläsare 3 x 2 000 kr = 6 000 kr
Hyra hamnmagasinet 3 x 600 kr = 1 800 kr
Affischer 400 kr
Fika 1 200 kr
Totalt 9 400 kr

Mvh
Grönhögens Hamnförening
"""
    html = html_of(plain.strip().split("\n\n"), "font-family:-apple-system,Helvetica")
    mail(
        "3821-gronhogen-vinter-i-hamnen.eml",
        [
            ("Message-ID", "<F7A19C3E-2D44-4B7A-8E90-3821B6C5D4E3@example.net>"),
            ("Date", date(11, 30, 19, 7, 51)),
            ("From", addr("Lennart Ask", "lennart.ask@example.net")),
            ("To", OFFICER),
            ("Subject", ew("Vinter i hamnen – Grönhögen")),
            ("X-Mailer", "iPad Mail (22B83)"),
        ],
        multi(
            "alternative",
            "Apple-Mail-3821-5E1B7C0A",
            [
                text(plain, "utf-8", "quoted-printable"),
                text(html, "utf-8", "quoted-printable", subtype="html"),
            ],
        ),
        label(
            "application",
            "sv",
            "avnb",
            "Harbour association (Grönhögen, Mörbylånga), iPad multipart/alternative. Association named with 46 members and what it runs; activity concrete (three dated evenings and an open meeting on the harbour's future); anchoring via a survey (58 answers, respondents are not members) and two co-organisers; budget itemised, 9 400 kr. Contact missing: the body is signed only with the association name; the person's name appears only in the From header, which does not count, so contact facts are null. No gender statement.",
            association_name="Grönhögens Hamnförening",
            members=46,
            ort="Grönhögen",
            amount_sek=9400,
        ),
    )


def m3822() -> None:
    human = """This is the mail system at host mx1.example.se.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<lisbeth.ohlson@example.net>: host mx.example.net[192.0.2.41] said: 550 5.1.1
    <lisbeth.ohlson@example.net>: Recipient address rejected: User unknown in
    virtual mailbox table (in reply to RCPT TO command)
"""
    status = Part(
        [("Content-Type", "message/delivery-status")],
        b"""Reporting-MTA: dns; mx1.example.se
X-Postfix-Queue-ID: 4Q8mZk3sN1z9T
Arrival-Date: Tue,  1 Dec 2026 08:12:40 +0100 (CET)

Final-Recipient: rfc822; lisbeth.ohlson@example.net
Original-Recipient: rfc822;lisbeth.ohlson@example.net
Action: failed
Status: 5.1.1
Remote-MTA: dns; mx.example.net
Diagnostic-Code: smtp; 550 5.1.1 <lisbeth.ohlson@example.net>: Recipient
    address rejected: User unknown in virtual mailbox table
""",
    )
    orig = Part(
        [("Content-Type", "text/rfc822-headers")],
        b"""Return-Path: <landsbygdsutvecklare@example.se>
Message-ID: <lbu.20261201.0812.djursdala@example.se>
Date: Tue, 1 Dec 2026 08:12:38 +0100
From: Landsbygdsutvecklare Region Kalmar lan <landsbygdsutvecklare@example.se>
To: lisbeth.ohlson@example.net
Cc: so.karlgren@example.net
Subject: Studieresan Djursdala - fragor om bussen
In-Reply-To: <000d01dc5742$1a2b3c40$4f5e6d70$@example.net>
References: <000a01dc4b21$5e8f2c30$1bad8490$@example.net>
 <000d01dc5742$1a2b3c40$4f5e6d70$@example.net>
""",
    )
    mail(
        "3822-bounce-user-unknown.eml",
        [
            ("Message-ID", "<20261201071241.4Q8mZk3sN1z9T@mx1.example.se>"),
            ("Date", date(12, 1, 8, 12, 41)),
            ("From", addr("Mail Delivery System", "MAILER-DAEMON@mx1.example.se")),
            ("To", OFFICER),
            ("Subject", "Undelivered Mail Returned to Sender"),
            ("Auto-Submitted", "auto-replied"),
        ],
        multi(
            "report",
            "4Q8mZk3sN1z9T.1796109161/mx1.example.se",
            [text(human, "us-ascii", "7bit"), status, orig],
            "; report-type=delivery-status",
        ),
        label(
            "bounce",
            "en",
            "",
            "Postfix multipart/report bounce (user unknown) for the officer's mail to a misspelt co-organiser address in the Djursdala thread; the returned headers reference 3802 and 3813. Machine mail: all elements false, all facts null; never answer, never treat as a followup.",
        ),
    )


def m3823() -> None:
    body = """Hej! Rumskulla Bygdegårdsförening vill söka idéslanten. Vi är 64 medlemmar och har bygdegården mitt i byn sen 1949. Vill göra nåt kul i vinter för byn, vi har inte riktigt bestämt vad än.
Ring mig om ni vill veta mer.
Gunvor Ekdahl 070-341 92 58

Skaffa Outlook för Android
"""
    mail(
        "3823-rumskulla-nagot-kul.eml",
        [
            (
                "Message-ID",
                "<VI1PR09MB4417F9C3823D5E6A7B8C9D0E1F2A3@VI1PR09MB4417.eurprd09.prod.example.com>",
            ),
            ("Date", date(12, 2, 7, 14, 5)),
            ("From", addr("Gunvor Ekdahl", "gunvor.ekdahl@example.com")),
            ("To", OFFICER),
            ("Subject", "Rumskulla"),
            ("X-Mailer", "Outlook for Android"),
        ],
        text(body, "utf-8", "8bit"),
        label(
            "application",
            "sv",
            "ac",
            "Very short mobile mail (Rumskulla, Vimmerby), Outlook for Android, utf-8 8bit, one-word subject. Association named with 64 members and its hall; contact = named signer with phone from own address. Activity missing ('nåt kul i vinter', not decided), anchoring missing (nothing), budget missing (no amounts at all, amount null). No gender statement.",
            association_name="Rumskulla Bygdegårdsförening",
            contact_name="Gunvor Ekdahl",
            contact_email="gunvor.ekdahl@example.com",
            contact_phone="070-341 92 58",
            members=64,
            ort="Rumskulla",
        ),
    )


def m3824() -> None:
    org = orgnr("802462-930")
    body = f"""Hej!

Eriksmåla Intresseförening (org.nr {org}) söker idéslanten för projektet "Glasbrukets röster".

Vi är en förening med 46 medlemmar som jobbar för att Eriksmåla ska vara en levande by, vi ordnar bl.a. valborgsfirande och julmarknad.

Kontaktperson: Jan-Erik Thörn, 0471-502 36, janerik.thorn@example.com

Projektet: Det finns fortfarande ett tjugotal personer i byn som jobbade på glasbruket innan det lades ner. Under tre kvällar i Folkets hus (februari, mars, april 2027) får de berätta om arbetet, bruksmiljön och livet i byn, i samtal som leds av en etnolog från länsmuseet. En ljudtekniker spelar in och inspelningarna lämnas till hembygdsföreningen och spelas upp på bymässan i maj. Kvällarna är öppna för alla, kvinnor och män, och vi bjuder särskilt in skolan och de nyinflyttade familjerna så att de får en länk till byns historia. Det stärker gemenskapen och stoltheten över orten.

Förankring: Eriksmåla hembygdsförening och PRO Eriksmåla är med och planerar, och tolv före detta glasarbetare har redan lovat att vara med och berätta. Idén presenterades på vårt medlemsmöte i oktober där den fick fullt stöd.

Budgeten finns i bifogad fil (csv).

Hälsningar
Jan-Erik Thörn
ordförande, Eriksmåla Intresseförening
"""
    csv = "Post;Belopp (kr)\r\nArvode etnolog, 3 kvällar;6000\r\nLjudtekniker, 3 kvällar;3000\r\nHyra Folkets hus, 3 kvällar;1500\r\nFika;1200\r\nAffischer och utskick;300\r\nSumma;12000\r\n"
    mail(
        "3824-eriksmala-glasbrukets-roster.eml",
        [
            ("Message-ID", "<a7c2e9d0-4f18-4b3d-9e62-3824e1b0c5f7@example.com>"),
            ("Date", date(12, 3, 20, 33, 12)),
            ("From", addr("Jan-Erik Thörn", "janerik.thorn@example.com")),
            ("To", OFFICER),
            ("Subject", ew("Glasbrukets röster – ansökan idéslanten Eriksmåla")),
            ("User-Agent", "Mozilla Thunderbird"),
        ],
        multi(
            "mixed",
            "------------9P3kLq2rT7vW4xY1zA6bC8dE",
            [
                text(body, "utf-8", "quoted-printable"),
                attach(
                    "budget_eriksmala.csv", "text/csv; charset=windows-1252", csv.encode("cp1252")
                ),
            ],
        ),
        label(
            "application",
            "sv",
            "acvnb",
            "Complete application (Eriksmåla, Emmaboda) with the budget only in an attached semicolon CSV (windows-1252, CRLF inside the base64 attachment): five items, total 12 000 kr = amount. Association with org.nr and 46 members; contact block with phone and e-mail; oral-history evenings with dates, ethnologist and recordings given to the heritage society; anchoring via two partner associations, twelve former glassworkers committed and a members' meeting. 'Kvinnor och män' = true. Ethnologist's and sound technician's fees are hired services, not salary.",
            association_name="Eriksmåla Intresseförening",
            org_number=org,
            contact_name="Jan-Erik Thörn",
            contact_email="janerik.thorn@example.com",
            contact_phone="0471-502 36",
            members=46,
            ort="Eriksmåla",
            amount_sek=12000,
            women_and_men=True,
        ),
    )


def m3825() -> None:
    subj = "filmkvällar i ljungbyholm 🎬"
    rec = receipt("2026-0090", subj, ["anchoring", "budget"])
    body = f"""hej igen!

här är budgeten:
filmlicens 8 ggr x 450 = 3600
snacks och dricka 1500
affischer 400
= 5500 kr totalt

och vi har pratat med fritidsgården i ljungbyholm, fritidsledaren Sanna är med oss varje fredag och fritidsgården lånar ut projektor och högtalare. vi hade också möte med elevrådet på skolan och 12 st har lovat hjälpa till med fika och städning 👍

alva strand

Den ons 25 nov. 2026 kl 16:01 skrev {BOT_PLAIN}:

{quote(rec)}
"""
    mail(
        "3825-re-ljungbyholm-budget.eml",
        [
            ("Message-ID", "<CAF9s2Lp4Wq7Rt1Yu8Io3Pa6Sd5Fg0Hj2K-3825@mail.example.org>"),
            ("Date", date(12, 4, 16, 20, 44)),
            ("From", addr("Alva Strand", "alva.strand@example.org")),
            ("To", BOT),
            ("Subject", ew(f"Re: Re: {subj} [Idéslanten 2026-0090]")),
            ("In-Reply-To", "<receipt.2026-0090.1@ideslanten.example.se>"),
            (
                "References",
                "<e2a91c4f-0d7b-4b6e-9f3a-3818c0ffee21@example.org> <receipt.2026-0090.1@ideslanten.example.se>",
            ),
            ("X-Mailer", "Samsung Email 6.1"),
        ],
        text(body, "UTF-8", "base64"),
        label(
            "followup",
            "sv",
            "cnb",
            "Followup to 3818 (Ljungbyholm) quoting the receipt Gmail-style ('Den ons 25 nov. 2026 kl 16:01 skrev ...' and '>'). New text supplies the budget (three items, 5 500 kr) and real anchoring (youth centre leader joins every Friday and lends equipment, meeting with the pupils' council, 12 helpers); signed with full name from her own address = contact. Borrowing a projector is not an investment. No gender statement in the new text. utf-8 base64, emoji.",
            contact_name="Alva Strand",
            contact_email="alva.strand@example.org",
            ort="Ljungbyholm",
            amount_sek=5500,
        ),
    )


def m3826() -> None:
    body = """FÖRENINGSSERVICE KALMAR LÄN – MEDLEMSINFO DECEMBER 2026

God jul och gott nytt år från oss alla på Föreningsservice!

KURSER I VÅR
- Föreningsteknik för nya styrelseledamöter, 23 januari, digitalt
- Kassörsskolan del 1 och 2, 6 och 20 februari, Nybro
- Att skriva en bra bidragsansökan, 13 mars, digitalt

PÅMINNELSE
Glöm inte att skicka in verksamhetsberättelse och årsbokslut senast 31 mars om er förening får föreningsbidrag.

ÖPPETTIDER I JUL
Kontoret är stängt 23 december – 6 januari.

------------------------------------------------------------
Du får detta utskick som kontaktperson i en medlemsförening.
Vill du inte ha fler utskick? Svara med "avregistrera" till
utskick@foreningsservice.example.com
"""
    mail(
        "3826-medlemsinfo-foreningsservice.eml",
        [
            ("Message-ID", "<utskick-2026-12-0047.3826@foreningsservice.example.com>"),
            ("Date", date(12, 7, 7, 30, 0)),
            (
                "From",
                addr(
                    "Föreningsservice Kalmar län",
                    "utskick@foreningsservice.example.com",
                    "iso-8859-1",
                ),
            ),
            ("To", addr("Medlemsföreningar", "medlemmar@foreningsservice.example.com")),
            (
                "Subject",
                ew("Medlemsinfo december – kurser i vår och öppettider i jul", "windows-1252"),
            ),
            ("Precedence", "bulk"),
            (
                "List-Unsubscribe",
                "<mailto:utskick@foreningsservice.example.com?subject=avregistrera>",
            ),
            ("X-Mailer", "Foreningsservice utskick 2.4"),
        ],
        text(body, "windows-1252", "quoted-printable"),
        label(
            "newsletter",
            "sv",
            "",
            "Plain-text member mailing from a (fictional) association service, windows-1252 QP, sent to a list address with the officer in Bcc: Precedence: bulk and a mailto-only List-Unsubscribe, no List-Id. Mentions a course on writing grant applications, which must not make it a question. All elements false, all facts null; no reply.",
        ),
    )


def m3827() -> None:
    plain = """Hej!

Vi är ett gäng föräldrar i Hagby som vill göra något åt att kommunen utreder att lägga ner Hagby skola. I stället för att bara protestera vill vi samla byn kring vad skolan betyder och vad vi själva kan göra.

Vi planerar två kvällar i församlingshemmet:
* Tisdag 19 januari: en föreläsare från en by i Blekinge där föräldrarna räddade sin skola genom att starta en föräldrakooperativ fritids och locka nya familjer. Hon berättar hur de gjorde.
* Tisdag 9 februari: workshop där vi tar fram förslag på hur Hagby kan locka fler barnfamiljer (tomter, pendling, förskola), som vi sen lämnar till kommunen.

Sedan i oktober har 230 personer skrivit på vår lista för att behålla skolan, och Hagby IF och Hagby hembygdsförening har lovat att hjälpa till med lokal och fika.

Kostnader
Föreläsare arvode 3 000
Hennes resa 800
Hyra församlingshemmet 2 x 500 = 1 000
Fika 1 200
Tryck av inbjudningar 300
Summa 6 300 kr

Hälsningar
Sofia Berglund
070-812 47 36
"""
    html = html_of(
        plain.strip().split("\n\n"), "font-family:Aptos,Calibri,sans-serif;font-size:12pt"
    )
    mail(
        "3827-hagby-skolan.eml",
        [
            (
                "Message-ID",
                "<GV1P189MB1764A3827B9C0D1E2F3A4B5C6D7E8@GV1P189MB1764.EURP189.PROD.example.com>",
            ),
            ("Date", date(12, 8, 21, 47, 30)),
            ("From", addr("Sofia Berglund", "sofia.berglund@example.com")),
            ("To", OFFICER),
            ("Subject", "Hagby skola - kvallar for byn"),
            ("X-MS-Has-Attach", ""),
            ("Content-Language", "sv-SE"),
        ],
        multi(
            "alternative",
            "_000_GV1P189MB1764A3827B9C0D1E2F3A4B5C_",
            [
                text(plain, "iso-8859-1", "quoted-printable"),
                text(
                    html.replace('charset="utf-8"', 'charset="iso-8859-1"'),
                    "iso-8859-1",
                    "quoted-printable",
                    subtype="html",
                ),
            ],
        ),
        label(
            "application",
            "sv",
            "cvnb",
            "Parents in Hagby (Kalmar) with no named group: 'ett gäng föräldrar' – association missing, members null. Contact = named signer with phone from own address; activity concrete (two dated evenings, speaker from a village that saved its school, workshop with proposals to the municipality); anchoring concrete (230 signatures, two local associations helping); budget itemised, 6 300 kr. The speaker's fee and travel are not salary. No gender statement. Outlook.com multipart/alternative in iso-8859-1 QP, ASCII subject without diacritics.",
            contact_name="Sofia Berglund",
            contact_email="sofia.berglund@example.com",
            contact_phone="070-812 47 36",
            ort="Hagby",
            amount_sek=6300,
        ),
    )


def m3828() -> None:
    body = """Hej,

jag är kassör i Kronobäcks Byalag. Vi tänker söka idéslanten för en lyktvandring med berättare genom byn i januari, men jag har ett par frågor först.

Kronobäcks IK funderar också på att söka, till en tränarutbildning. Gäller taket på 15 000 kr per ort eller per förening? Alltså, om vi båda söker i Kronobäck, får vi dela på 15 000?

Och kan man söka för något som börjar innan ni har hunnit besluta, eller måste vi vänta med vandringen?

Tack på förhand!
Maria Sjöholm
Kronobäcks Byalag
0499-210 86
"""
    mail(
        "3828-fraga-kronoback-tak-per-ort.eml",
        [
            ("Message-ID", "<CAN2r8Tq5Yx1Kp7Wm3Vb6Zc0Ld4Hs9Fj-3828@mail.example.net>"),
            ("Date", date(12, 9, 12, 5, 19)),
            ("From", addr("Maria Sjöholm", "maria.sjoholm@example.net")),
            ("To", OFFICER),
            ("Subject", ew("Fråga om taket per ort")),
        ],
        text(body, "UTF-8", "8bit"),
        label(
            "question",
            "sv",
            "",
            "Question (Kronobäck, Mönsterås): the writer mentions a planned lantern walk only as background and asks whether the 15 000 kr cap is per locality or per association, and whether an activity may start before a decision. Not an application: all elements false. Stated facts recorded (association, contact, ort); the 15 000 kr is the rule amount asked about, so amount null. No costs proposed, so salary and investment null.",
            association_name="Kronobäcks Byalag",
            contact_name="Maria Sjöholm",
            contact_email="maria.sjoholm@example.net",
            contact_phone="0499-210 86",
            ort="Kronobäck",
        ),
    )


def m3829() -> None:
    org = orgnr("802548-371")
    paras = [
        "Hej!",
        f"Föreningen <b>Kvinnor i Flygsfors</b> (org.nr {org}) söker härmed idéslanten. Vi bildades 2025 och är 27 medlemmar, alla bosatta i Flygsfors med omnejd.",
        "<b>Kontaktperson:</b> Hanna Ström, 072-930 41 18, hanna.strom@example.org",
        "<b>Aktivitet:</b> Fyra kvällar januari–april 2027 i byalagets lokal för kvinnor i Flygsfors som driver eller vill starta ett litet företag (hantverk, bed &amp; breakfast, hundpensionat m.m.). Varje kväll har en föreläsare – bl.a. en rådgivare från nyföretagarcentrum och en redovisningskonsult – och sedan nätverkande. Målet är fler företag och arbetstillfällen i byn. Kvällarna är bara för kvinnor, eftersom vi märkt att många inte kommer till de vanliga företagarträffarna.",
        "<b>Förankring:</b> Idén kom från en tjejfika i oktober där 22 kvinnor från byn var med, och åtta har redan anmält sig till alla kvällarna. Flygsfors byalag lånar ut sin lokal gratis och hjälper till med annonsering.",
        "<b>Budget</b>",
        '<table border="1" cellpadding="4" style="border-collapse:collapse"><tr><th>Post</th><th>Kr</th></tr><tr><td>Föreläsare 4 x 2 500</td><td>10 000</td></tr><tr><td>Fika</td><td>1 200</td></tr><tr><td>Annonsering</td><td>600</td></tr><tr><td><b>Summa</b></td><td><b>11 800</b></td></tr></table>',
        "Med vänliga hälsningar<br>\nHanna Ström<br>\nordförande, Kvinnor i Flygsfors",
    ]
    html = html_of(paras, "font-family:Segoe UI,sans-serif;font-size:11pt")
    plain = f"""Hej!

Föreningen Kvinnor i Flygsfors (org.nr {org}) söker härmed idéslanten. Vi bildades 2025 och är 27 medlemmar, alla bosatta i Flygsfors med omnejd.

Kontaktperson: Hanna Ström, 072-930 41 18, hanna.strom@example.org

Aktivitet: Fyra kvällar januari–april 2027 i byalagets lokal för kvinnor i Flygsfors som driver eller vill starta ett litet företag (hantverk, bed & breakfast, hundpensionat m.m.). Varje kväll har en föreläsare – bl.a. en rådgivare från nyföretagarcentrum och en redovisningskonsult – och sedan nätverkande. Målet är fler företag och arbetstillfällen i byn. Kvällarna är bara för kvinnor, eftersom vi märkt att många inte kommer till de vanliga företagarträffarna.

Förankring: Idén kom från en tjejfika i oktober där 22 kvinnor från byn var med, och åtta har redan anmält sig till alla kvällarna. Flygsfors byalag lånar ut sin lokal gratis och hjälper till med annonsering.

Budget
Post                      Kr
Föreläsare 4 x 2 500  10 000
Fika                   1 200
Annonsering              600
Summa                 11 800

Med vänliga hälsningar
Hanna Ström
ordförande, Kvinnor i Flygsfors
"""
    mail(
        "3829-flygsfors-kvinnor-foretagande.eml",
        [
            ("Message-ID", "<3f9d0a6c-71be-4e25-8d3c-3829ab47e0d2@example.org>"),
            ("Date", date(12, 10, 18, 26, 3)),
            ("From", addr("Hanna Ström", "hanna.strom@example.org")),
            ("To", OFFICER),
            ("Subject", ew("Ansökan: Företagarkvällar för kvinnor i Flygsfors")),
            ("X-Mailer", "Microsoft Outlook 16.0"),
        ],
        multi(
            "alternative",
            "----=_NextPart_000_00A2_01DC6A1F.3829B0C0",
            [
                text(plain, "utf-8", "quoted-printable"),
                text(html, "utf-8", "quoted-printable", subtype="html"),
            ],
        ),
        label(
            "application",
            "sv",
            "acvnb",
            "All five elements present (Flygsfors, Nybro) but the activity is explicitly for women only ('bara för kvinnor'), so women_and_men false – a rule breach the facts must show. Association with org.nr and 27 members; contact with phone and e-mail; four evenings with lecturers and a local-business goal; anchoring via a meeting of 22 women (attendance), eight sign-ups and the village association lending its room; budget as an HTML table (and aligned plain text), 11 800 kr. multipart/alternative from Outlook.",
            association_name="Kvinnor i Flygsfors",
            org_number=org,
            contact_name="Hanna Ström",
            contact_email="hanna.strom@example.org",
            contact_phone="072-930 41 18",
            members=27,
            ort="Flygsfors",
            amount_sek=11800,
            women_and_men=False,
        ),
    )


def m3830() -> None:
    body = """HEJ

FÅRBO BYALAG SÖKER IDÉSLANTEN TILL SNÖRÖJNINGSGÄNGET.

Byalaget har 58 medlemmar och har funnits sen 1978. Vi är ett gäng som turas om att hålla gångvägen till busshållplatsen, postlådorna och trapporna hos de äldre fria från snö hela vintern, så att de gamla kan bo kvar hemma och de som pendlar kommer till bussen. Vi skottar varje morgon när det snöat, enligt ett schema från december till mars.

På bymötet 14 november bestämde vi att köra igång och 15 personer har skrivit upp sig på schemat.

Vi behöver köpa en snöslunga för att orka med.
Snöslunga 12 900 kr
Bensin för vintern 600 kr
Reflexvästar och skyltar 500 kr
Summa 14 000 kr

Rune Axelsson
Fårbo Byalag
tel 070-473 20 61
"""
    mail(
        "3830-farbo-snoslunga.eml",
        [
            ("Message-ID", "<20261211064412.3830.runeax@example.se>"),
            ("Date", date(12, 11, 6, 44, 12)),
            ("From", addr("Rune Axelsson", "rune.axelsson@example.se")),
            ("To", OFFICER),
            ("Subject", ew("SNÖRÖJNINGSGÄNGET FÅRBO", "iso-8859-1")),
            ("X-Mailer", "Telia Webmail"),
        ],
        text(body, "iso-8859-1", "base64"),
        label(
            "application",
            "sv",
            "acvnb",
            "Elderly writer partly in capitals (Fårbo, Oskarshamn), iso-8859-1 base64. All five elements present: association named with 58 members and founding year; named signer with phone from own address; concrete volunteer snow-clearing with schedule, routes and local benefit; anchoring via village meeting decision and 15 volunteers; itemised budget 14 000 kr. Breaks a rule: buying a snow blower is a physical investment (physical_investment true). Petrol and reflective vests are consumables. No gender statement.",
            association_name="Fårbo Byalag",
            contact_name="Rune Axelsson",
            contact_email="rune.axelsson@example.se",
            contact_phone="070-473 20 61",
            members=58,
            ort="Fårbo",
            amount_sek=14000,
            physical_investment=True,
        ),
    )


def m3831() -> None:
    subj = "Julkonsert Blackstad"
    rec = receipt("2026-0087", subj, ["contact", "budget"])
    body = f"""Hej!

Kontaktperson för julkonserten är vår ordförande Bertil Holm, tel 0490-240 17, bertil.holm@example.com.

Budgeten håller kassören på med, den kommer före jul.

Hälsningar
Blackstads Bygdegårdsförening

Den 2026-11-17 kl. 18:10, {BOT_PLAIN} skrev:
{quote(rec)}
"""
    mail(
        "3831-re-blackstad-kontaktperson.eml",
        [
            ("Message-ID", "<91d3c7a4-2b6e-4f08-a5d1-3831bb6e0f72@example.com>"),
            ("Date", date(12, 14, 10, 3, 55)),
            ("From", addr("Blackstads Bygdegårdsförening", "blackstad.bygdegard@example.com")),
            ("To", BOT),
            ("Subject", ew(f"Re: Re: {subj} [Idéslanten 2026-0087]")),
            ("In-Reply-To", "<receipt.2026-0087.1@ideslanten.example.se>"),
            (
                "References",
                "<b5e0f6a2-9c1d-47e8-bb30-3812aa5d0c19@example.com> <receipt.2026-0087.1@ideslanten.example.se>",
            ),
            (
                "User-Agent",
                "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.5.0",
            ),
        ],
        text(body, "utf-8", "8bit", extra="flowed"),
        label(
            "followup",
            "sv",
            "c",
            "Followup to 3812 (Blackstad) from the shared association mailbox, Thunderbird quoting. New text names a contact person with phone and e-mail, so contact true even though the mailbox is shared; the budget is again only promised ('kommer före jul'), so budget stays false. Quoted receipt guidance lines do not count.",
            association_name="Blackstads Bygdegårdsförening",
            contact_name="Bertil Holm",
            contact_email="bertil.holm@example.com",
            contact_phone="0490-240 17",
            ort="Blackstad",
        ),
    )


def m3832() -> None:
    body = """Hej!

Kristvalla Byaförening söker 12 000 kr ur idéslanten till en teaterverkstad i vinter.

Vi är 38 medlemmar och föreningen driver bygdegården och ordnar midsommar och höstmarknad i Kristvalla.

Sex lördagar mellan 16 januari och 20 mars träffas vi i bygdegården och jobbar med en inhyrd regissör. Vi skriver och repeterar tillsammans en revy om Kristvallas historia – flottningen, skolan, handlarn – som vi spelar för hela bygden i april. Alla från 10 till 90 år får vara med, kvinnor som män, tjejer som killar. Det blir något att samlas kring i den mörka tiden och en chans för nya och gamla Kristvallabor att lära känna varandra.

Revyidén kom upp på bymötet i september och 25 personer har redan anmält sig. Skolan och Kristvalla IK hjälper till med kulisser och fika.

Se bifogad budget!

Mvh
Mikael Oskarsson
ordf. Kristvalla Byaförening
0480-671 24, 070-219 58 03
"""
    mail(
        "3832-kristvalla-teaterverkstad.eml",
        [
            ("Message-ID", "<2B7E1D90-A4C3-4F5E-9B18-3832D6E7F0A1@example.se>"),
            ("Date", date(12, 15, 22, 18, 40)),
            ("From", addr("Mikael Oskarsson", "mikael.oskarsson@example.se")),
            ("To", OFFICER),
            ("Subject", ew("Teaterverkstad i Kristvalla – idéslanten")),
            ("X-Mailer", "Apple Mail (2.3826.300.87.4.3)"),
        ],
        multi(
            "mixed",
            "Apple-Mail=_0F6C2A3B-3832-4E9D-8A7B-1C2D3E4F5A6B",
            [
                text(body, "utf-8", "quoted-printable"),
                attach("affisch_teaterverkstad.png", "image/png", png(48, 64, 32)),
            ],
        ),
        label(
            "application",
            "sv",
            "acvn",
            "Theatre workshop (Kristvalla, Nybro), Apple Mail. Association named with 38 members and what it runs; contact = chair with two phone numbers (first recorded) from own address; activity concrete (six dated Saturdays with a hired director, a revue for the whole village); anchoring via the village meeting, 25 sign-ups, school and sports club helping. Budget missing: 'se bifogad budget' but the only attachment is a small poster image with no budget; 12 000 kr is a bare total (the amount). 'Kvinnor som män' = true. Director's fee is not salary.",
            association_name="Kristvalla Byaförening",
            contact_name="Mikael Oskarsson",
            contact_email="mikael.oskarsson@example.se",
            contact_phone="0480-671 24",
            members=38,
            ort="Kristvalla",
            amount_sek=12000,
            women_and_men=True,
        ),
    )


def m3833() -> None:
    plain = """Hej!

Ert bidrag på 14 850 kr har beviljats och är redo för utbetalning.

Innan utbetalningen kan ske måste ni bekräfta föreningens bankuppgifter och BankID senast 18 december. Annars återgår beloppet till staten.

Bekräfta här: https://bidrag-utbetalning.example.net/bekrafta?ref=SE-88412

Med vänlig hälsning
Handläggningsenheten för bidrag
"""
    html = html_of(
        [
            "Hej!",
            "Ert bidrag på <b>14 850 kr</b> har beviljats och är redo för utbetalning.",
            "Innan utbetalningen kan ske måste ni bekräfta föreningens bankuppgifter och BankID senast <b>18 december</b>. Annars återgår beloppet till staten.",
            '<a href="https://bidrag-utbetalning.example.net/bekrafta?ref=SE-88412">BEKRÄFTA UTBETALNING</a>',
            "Med vänlig hälsning<br>Handläggningsenheten för bidrag",
        ],
        "font-family:Arial",
    )
    mail(
        "3833-spam-bidrag-utbetalning.eml",
        [
            ("Message-ID", "<0102019c3833a7f4-8e1d2c3b-SE88412@eu-west-1.mailer.example.net>"),
            ("Date", date(12, 16, 4, 51, 27, tz="+0000")),
            ("From", addr("Utbetalning Bidrag", "noreply@bidrag-utbetalning.example.net")),
            ("Reply-To", "handlaggning@bidrag-utbetalning.example.net"),
            ("To", OFFICER),
            ("Subject", ew("Ert bidrag på 14 850 kr väntar på utbetalning", "utf-8", "b")),
        ],
        multi(
            "alternative",
            "b1_7f3e9a2c4d5b6e8f0a1c3833",
            [text(plain, "utf-8", "base64"), text(html, "utf-8", "base64", subtype="html")],
        ),
        label(
            "spam",
            "sv",
            "",
            "Swedish phishing dressed as a grant payout ('ert bidrag har beviljats', confirm bank details and BankID via a link), with an amount near the grant cap to tempt a grant bot. Not an application or followup: all elements false, all facts null.",
        ),
    )


def m3834() -> None:
    body = """Hej,

Torsås Bygdekör söker bidrag till en sånghelg i Torsås 13–14 februari 2027.

Kören har 31 medlemmar och har sjungit i Torsås sedan 1994.

En inhyrd körledare från Kalmar leder en workshop lördag och söndag förmiddag för alla i Torsås som vill sjunga, oavsett om man har sjungit förut. Söndag eftermiddag avslutar vi med en gratis konsert i Torsås kyrka för hela bygden. Vi vill få in nya sångare, både kvinnor och män, och skapa en mötesplats mitt i vintern.

Vi gör det tillsammans med Torsås församling, som ställer kyrkan och församlingshemmet till förfogande, och Kulturskolan, som lånar ut sina elever som musiker. 40 personer har redan anmält sig.

Vi söker 9 000 kr totalt.

Vänliga hälsningar
Eva-Lena Petersson
sekreterare
0486-133 72
"""
    mail(
        "3834-torsas-sanghelg.eml",
        [
            ("Message-ID", "<d1e6a3b8-7c20-4f94-b5e1-3834f0c9a2d6@example.net>"),
            ("Date", date(12, 17, 13, 37, 8)),
            ("From", addr("Eva-Lena Petersson", "evalena.petersson@example.net")),
            ("To", OFFICER),
            ("Subject", ew("Sånghelg i Torsås")),
            ("User-Agent", "Microsoft-MacOutlook/16.91.24111020"),
        ],
        text(body, "utf-8", "quoted-printable"),
        label(
            "application",
            "sv",
            "acvn",
            "Concise application from a choir (Torsås), Outlook for Mac. Association named with 31 members and history; contact = secretary with phone from own address; activity concrete (dated singing weekend with hired choir leader and free church concert); anchoring via parish and music school cooperation and 40 sign-ups. Budget missing: only a bare total 'Vi söker 9 000 kr totalt' (amount 9 000). 'Både kvinnor och män' = true. Choir leader's fee is not salary.",
            association_name="Torsås Bygdekör",
            contact_name="Eva-Lena Petersson",
            contact_email="evalena.petersson@example.net",
            contact_phone="0486-133 72",
            members=31,
            ort="Torsås",
            amount_sek=9000,
            women_and_men=True,
        ),
    )


def m3835() -> None:
    rec = receipt("2026-0093", "Rumskulla", ["activity", "anchoring", "budget"])
    body = f"""Hej igen. Nu har vi bestämt oss.
Trettondagsfest 6 januari i bygdegården med julgransplundring för barnen, och sen en fackelvandring till Kvilleken lördag 23 januari där en guide från hembygdsföreningen berättar om eken och sockenhistorien. Det ska få folk i hela Rumskulla att komma ut och träffas i vintermörkret, det är många som sitter ensamma.
Kostnader: arvode guide 2 000, facklor 900, fika båda gångerna 1 500, lekledare till barnen 1 200. Summa 5 600 kr.
Gunvor Ekdahl

Skaffa Outlook för Android

________________________________
Från: {BOT_PLAIN}
Skickat: onsdag 2 december 2026 07:20
Till: Gunvor Ekdahl <gunvor.ekdahl@example.com>
Ämne: Re: Rumskulla [Idéslanten 2026-0093]

{rec}
"""
    mail(
        "3835-sv-rumskulla-trettondagen.eml",
        [
            (
                "Message-ID",
                "<VI1PR09MB4417A3835E6F7A8B9C0D1E2F3A4B5@VI1PR09MB4417.eurprd09.prod.example.com>",
            ),
            ("Date", date(12, 18, 17, 2, 46)),
            ("From", addr("Gunvor Ekdahl", "gunvor.ekdahl@example.com")),
            ("To", BOT),
            ("Subject", ew("SV: Rumskulla [Idéslanten 2026-0093]")),
            ("In-Reply-To", "<receipt.2026-0093.1@ideslanten.example.se>"),
            (
                "References",
                "<VI1PR09MB4417F9C3823D5E6A7B8C9D0E1F2A3@VI1PR09MB4417.eurprd09.prod.example.com> <receipt.2026-0093.1@ideslanten.example.se>",
            ),
            ("X-Mailer", "Outlook for Android"),
        ],
        text(body, "utf-8", "8bit"),
        label(
            "followup",
            "sv",
            "cvb",
            "Followup to 3823 (Rumskulla), top-posted from Outlook for Android above an unindented header block quoting the receipt. New text supplies a concrete activity (Twelfth-night party and a dated torch walk with a guide, purpose stated) and a budget (four items, 5 600 kr); signed with full name from own address = contact. Anchoring is still missing: loneliness is a need, not backing, and the guide is a hired fee. The game leader's fee is not salary; torches are consumables.",
            contact_name="Gunvor Ekdahl",
            contact_email="gunvor.ekdahl@example.com",
            ort="Rumskulla",
            amount_sek=5600,
        ),
    )


def m3836() -> None:
    body = """Hej!

Tack för ditt mejl. Jag är ledig över jul och nyår och läser inte min e-post förrän 7 januari.

Gäller det företagarkvällarna kan du ringa vår kassör Maja på 072-930 55 40.

God jul!
Hanna
"""
    mail(
        "3836-ledig-flygsfors.eml",
        [
            ("Message-ID", "<7a0c3e59-2d18-4f6b-9c41-3836e5f2a0b7@example.org>"),
            ("Date", date(12, 21, 9, 6, 14)),
            ("From", addr("Hanna Ström", "hanna.strom@example.org")),
            ("To", OFFICER),
            (
                "Subject",
                ew("Ledig till 7 januari – Re: Ansökan: Företagarkvällar för kvinnor i Flygsfors"),
            ),
            ("In-Reply-To", "<lbu.20261221.0905.flygsfors@example.se>"),
            (
                "References",
                "<3f9d0a6c-71be-4e25-8d3c-3829ab47e0d2@example.org> <lbu.20261221.0905.flygsfors@example.se>",
            ),
        ],
        text(body, "utf-8", "quoted-printable"),
        label(
            "autoreply",
            "sv",
            "",
            "Vacation reply set up by hand in a webmail, WITHOUT any automation header (no Auto-Submitted, X-Autoreply or Precedence). It answers the officer's mail in the Flygsfors thread (References include 3829) one minute later, and the subject starts 'Ledig till 7 januari – Re: ...'. Recognisable only from wording and timing; it adds nothing to the application. All elements false, all facts null; the bot must not reply.",
        ),
    )


def m3837() -> None:
    body = """Hej!

Vidarebefordrar Åsas utkast till ansökan, hon är med hos oss och har skrivit ihop det. Hoppas det räcker så här, annars ring mig.

Per Lindgren
070-386 21 57

---------- Forwarded message ---------
Från: Åsa Nord <asa.nord@example.com>
Date: sön 20 dec. 2026 kl 21:12
Subject: utkast idéslanten
To: Per Lindgren <per.lindgren@example.org>


Hej Per, här är mitt utkast:

Vi i föreningen vill ordna soppkvällar i Almvik en gång i månaden januari–april. Varje kväll äter vi soppa tillsammans i båtklubbens stuga och någon håller en kort dragning om något som rör byn: det gamla tegelbruket, skärgårdsbåtarna, den nya cykelvägen, och i mars kommer kommunens beredskapssamordnare och pratar om hur vi i byn kan hjälpa varandra vid strömavbrott och stormar. Vi vill bygga ett nätverk i byn så att ingen blir ensam när det händer något, och samtidigt få folk att träffas över vintern.

På julmarknaden skrev 48 personer upp sig som intresserade, och Almviks båtklubb lånar ut sin stuga gratis. Tre av grannarna lagar soppan.

Budget:
Arvode föredragshållare (en kväll) 2 000
Råvaror soppa 4 x 900 = 3 600
Annonser och lappar 600
Summa 6 200 kr

/Åsa
"""
    mail(
        "3837-fwd-almvik-soppkvallar.eml",
        [
            ("Message-ID", "<CAM5t1Xw8Rz2Qn6Lp4Vb9Ks3Jd7Hf0Gc-3837@mail.example.org>"),
            ("Date", date(12, 22, 8, 40, 3)),
            ("From", addr("Per Lindgren", "per.lindgren@example.org")),
            ("To", OFFICER),
            ("Subject", ew("Fwd: utkast idéslanten")),
        ],
        text(body, "UTF-8", "quoted-printable"),
        label(
            "application",
            "sv",
            "cvnb",
            "Forwarded draft (Almvik, Västervik): the sender forwards a member's text as the application, so the forwarded part counts as the mail's own text. Activity concrete (monthly soup evenings with talks, crisis-preparedness evening, village network); anchoring concrete (48 sign-ups at the Christmas market, boat club lends its hut, neighbours cook); budget itemised, 6 200 kr. Contact = the forwarder, named with phone from his own address. Association missing: neither the forward note nor the draft ever names the group ('hos oss', 'vi i föreningen'); the boat club is a partner, not the applicant. Gmail-style forward header block, utf-8 QP.",
            contact_name="Per Lindgren",
            contact_email="per.lindgren@example.org",
            contact_phone="070-386 21 57",
            ort="Almvik",
            amount_sek=6200,
        ),
    )


def m3838() -> None:
    body = """Hello,

I'm the treasurer of Ukna Hembygdsförening (we are about 60 members). Two quick questions about idéslanten:

1. When is the last day to apply for 2027?
2. We received idéslanten in spring 2026 for our walking-trail evenings. Can we apply again in January, or is it only once per association? I understood the limit is per locality and calendar year, but I'm not sure.

Tack så mycket!
Kenneth Brooks
Ukna Hembygdsförening
+46 70 452 18 09
"""
    mail(
        "3838-question-ukna-deadline.eml",
        [
            (
                "Message-ID",
                "<DM6PR11MB4508F3838C9D0E1F2A3B4C5D6E7F@DM6PR11MB4508.namprd11.prod.example.net>",
            ),
            ("Date", date(12, 28, 11, 19, 37)),
            ("From", addr("Kenneth Brooks", "kenneth.brooks@example.net")),
            ("To", OFFICER),
            ("Subject", ew("Question about idéslanten 2027")),
            ("X-Mailer", "Microsoft Outlook 16.0"),
        ],
        text(body, "utf-8", "8bit"),
        label(
            "question",
            "en",
            "",
            "English question (Ukna, Västervik) about the 2027 deadline and whether a group funded in 2026 may apply again; mentions the per-locality rule. Not an application: all elements false. Stated facts recorded (association, ~60 members, contact with an international-format phone, ort); no amount, no proposed costs, so salary and investment null. utf-8 8bit.",
            association_name="Ukna Hembygdsförening",
            contact_name="Kenneth Brooks",
            contact_email="kenneth.brooks@example.net",
            contact_phone="+46 70 452 18 09",
            members=60,
            ort="Ukna",
        ),
    )


def m3839() -> None:
    subj = "Vinter i hamnen – Grönhögen"
    rec = receipt("2026-0092", subj, ["contact"], variant=1)
    body = f"""Hej, förlåt, glömde visst skriva namn!

Kontaktperson är jag, Lennart Ask, kassör i Grönhögens Hamnförening. Tel 0485-660 21 eller 070-518 93 44.

God fortsättning!
Lennart

Skickat från min iPad

> 30 nov. 2026 kl. 19:13 skrev {BOT_PLAIN}:
>
{quote(rec)}
"""
    mail(
        "3839-re-gronhogen-kontakt.eml",
        [
            ("Message-ID", "<E4B82F61-9A3C-4D07-B1E5-3839C2D4F6A8@example.net>"),
            ("Date", date(12, 29, 10, 12, 26)),
            ("From", addr("Lennart Ask", "lennart.ask@example.net")),
            ("To", BOT),
            ("Subject", ew(f"Re: {subj} [Idéslanten 2026-0092]")),
            ("In-Reply-To", "<receipt.2026-0092.1@ideslanten.example.se>"),
            (
                "References",
                "<F7A19C3E-2D44-4B7A-8E90-3821B6C5D4E3@example.net> <receipt.2026-0092.1@ideslanten.example.se>",
            ),
            ("X-Mailer", "iPad Mail (22C152)"),
        ],
        text(body, "utf-8", "quoted-printable"),
        label(
            "followup",
            "sv",
            "c",
            "Followup to 3821 (Grönhögen) in the receipt thread, iPad Apple-Mail quoting. The new text supplies exactly the missing contact: named person with two phone numbers (first recorded), writing from his own address. Nothing else is added; association only mentioned by name (element false).",
            association_name="Grönhögens Hamnförening",
            contact_name="Lennart Ask",
            contact_email="lennart.ask@example.net",
            contact_phone="0485-660 21",
            ort="Grönhögen",
        ),
    )


def m3840() -> None:
    org = orgnr("802427-059")
    body = f"""Hej!

Vickleby Byalag (org.nr {org}, 112 medlemmar) söker idéslanten för 2027.

Vi vill genomföra kulturaktiviteter under året som lyfter byn och gör Vickleby mer attraktivt för både boende och besökare.

Byalagets årsmöte den 14 november beslöt enhälligt att söka, och Vickleby IF och Vickleby församling är med och stöttar med lokaler och folk.

Budget i bifogad fil.

Hälsningar
Vickleby Byalag
"""
    budget = "BUDGET VICKLEBY BYALAG 2027\n\nArvoden föreläsare/musiker   7 000 kr\nLokalhyra                     2 500 kr\nMarknadsföring                1 000 kr\nFika                          1 500 kr\n-------------------------------------\nSumma                        12 000 kr\n"
    att = Part(
        [
            ("Content-Type", 'text/plain; charset=iso-8859-1; name="budget.txt"'),
            ("Content-Disposition", 'attachment; filename="budget.txt"'),
            ("Content-Transfer-Encoding", "quoted-printable"),
        ],
        body_bytes(budget, "iso-8859-1", "quoted-printable"),
    )
    mail(
        "3840-vickleby-kulturaktiviteter.eml",
        [
            ("Message-ID", "<3840.1767096712.vickleby@example.se>"),
            ("Date", date(12, 30, 13, 11, 52)),
            ("From", addr("Vickleby Byalag", "byalaget.vickleby@example.se")),
            ("To", OFFICER),
            ("Subject", ew("Ansökan idéslanten 2027 – Vickleby Byalag")),
            ("X-Mailer", "Zimbra 10.1.2_GA_4672"),
        ],
        multi("mixed", "=_3840_vickleby_a91f", [text(body, "utf-8", "quoted-printable"), att]),
        label(
            "application",
            "sv",
            "anb",
            "Association mailbox (Vickleby, Mörbylånga) with the budget in a readable .txt attachment (iso-8859-1 QP): four items, 12 000 kr. Association named with org.nr and 112 members; anchoring via the annual meeting decision and two named local partners providing premises and people. Activity missing: 'kulturaktiviteter under året som lyfter byn' is vague (the budget lines hint at lecturers/musicians but say nothing of what, when or how). Contact missing: shared mailbox, signed only with the association name. No gender statement.",
            association_name="Vickleby Byalag",
            org_number=org,
            members=112,
            ort="Vickleby",
            amount_sek=12000,
        ),
    )


# ---------------------------------------------------------------- check and main

ALLOWED = ("example.se", "example.com", "example.org", "example.net")


def parse_date(v: str) -> dt.datetime:
    return email.utils.parsedate_to_datetime(v)


def check() -> None:
    labels = json.loads((OUT / "labels.json").read_text("utf-8"))
    files = sorted(p.name for p in OUT.glob("*.eml"))
    assert files == sorted(labels), "labels.json keys do not match the files"
    msgs = {}
    for name in files:
        raw = (OUT / name).read_bytes()
        assert b"\r" not in raw, name
        assert re.fullmatch(r"\d{4}-[a-z0-9-]+\.eml", name), name
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        lab = labels[name]
        malformed = lab["notes"].startswith("Malformed:")
        for part in msg.walk():
            if part.defects and not malformed:
                raise AssertionError(f"{name}: defects {part.defects}")
            if not part.is_multipart() and not malformed:
                part.get_content()
        texts = [raw.decode("latin-1")] + [str(v) for v in msg.values()]
        for part in msg.walk():
            if part.get_content_maintype() == "text" and not malformed:
                texts.append(part.get_content())
        for t in texts:
            for dom in re.findall(r"[A-Za-z0-9._%+=$-]+@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)", t):
                if "=" in dom or dom.lower() in ("examp",):
                    continue
                assert dom.lower().endswith(ALLOWED), f"{name}: domain {dom}"
        d = parse_date(msg["Date"])
        assert d.year == 2026, name
        msgs[name] = (msg, d)
        # schema
        assert set(lab) == {"kind", "language", "elements", "facts", "notes"}, name
        assert lab["kind"] in (
            "application",
            "followup",
            "question",
            "autoreply",
            "bounce",
            "newsletter",
            "spam",
        )
        assert lab["language"] in ("sv", "en")
        assert list(lab["elements"]) == ELEM_KEYS and all(
            isinstance(v, bool) for v in lab["elements"].values()
        ), name
        assert list(lab["facts"]) == FACT_KEYS, name
        f = lab["facts"]
        if f["org_number"] is not None:
            assert re.fullmatch(r"\d{6}-\d{4}", f["org_number"]), name
            assert luhn_ok(f["org_number"].replace("-", "")), name
        if lab["kind"] in ("application", "followup"):
            assert isinstance(f["salary_costs"], bool) and isinstance(
                f["physical_investment"], bool
            ), name
        else:
            assert not any(lab["elements"].values()), name
        if lab["kind"] in ("autoreply", "bounce", "newsletter", "spam"):
            assert all(v is None for v in f.values()), name
        assert len(lab["notes"]) > 80, name
    # numbering follows Date order
    order = sorted(files, key=lambda n: int(n[:4]))
    dates = [msgs[n][1] for n in order]
    assert dates == sorted(dates) and len(set(dates)) == len(dates), (
        "numbering does not follow Date"
    )
    assert [int(n[:4]) for n in order] == list(range(3801, 3801 + len(order))), "numbering gap"
    # threading
    app_ids = {
        msgs[n][0]["Message-ID"].strip(): n for n in files if labels[n]["kind"] == "application"
    }
    for n in files:
        if labels[n]["kind"] != "followup":
            continue
        m = msgs[n][0]
        irt = (m["In-Reply-To"] or "").strip()
        refs = (m["References"] or "").split()
        assert re.match(r"(?i)(re|sv|aw):", m["Subject"]), n
        if irt in app_ids:
            target = app_ids[irt]
        else:
            hits = [r for r in refs if r in app_ids]
            assert hits and irt in refs, f"{n}: thread does not name an application"
            target = app_ids[hits[0]]
        assert target < n, n
    # Message-IDs unique
    ids = [msgs[n][0]["Message-ID"] for n in files]
    assert len(set(ids)) == len(ids), "duplicate Message-ID"
    kinds: dict[str, int] = {}
    for n in files:
        kinds[labels[n]["kind"]] = kinds.get(labels[n]["kind"], 0) + 1
    apps = [labels[n] for n in files if labels[n]["kind"] == "application"]
    complete = sum(all(a["elements"].values()) for a in apps)
    missing = {k: sum(not a["elements"][k] for a in apps) for k in ELEM_KEYS}
    print(f"{len(files)} mails OK: {kinds}; complete applications {complete}; missing {missing}")


def main() -> None:
    for name in sorted(g for g in globals() if re.fullmatch(r"m\d{4}", g)):
        globals()[name]()
    OUT.mkdir(parents=True, exist_ok=True)
    for old in OUT.glob("*.eml"):
        old.unlink()
    labels = {}
    for fname, raw, lab in MAILS:
        (OUT / fname).write_bytes(raw)
        labels[fname] = lab
    (OUT / "labels.json").write_text(
        json.dumps(labels, ensure_ascii=False, indent=2) + "\n", "utf-8"
    )
    check()


if __name__ == "__main__":
    sys.exit(main())
