"""Generate the own35 corpus: 40 labelled, entirely fictional e-mails (4801-4840) to the
Idéslanten intake bot of Region Kalmar län, with the emphasis on LANGUAGE.

About half of the mails are written in English (British, American and newcomers from the
Netherlands, Germany, Poland, Syria and Ukraine writing English as a second language, with
their own idioms and errors), about a quarter in mixed Swedish/English (code-switching, Swedish
words such as "bygdegård", "byalag", "fika", "förening", "årsmöte") and about a quarter in simple
learner's Swedish. Budgets are written with "SEK", "kr", "kronor", "k", and with both comma and
point thousands separators. Followups answer the bot's Swedish receipt in English. The usual
spread of kinds (applications, followups, questions, autoreplies, bounces, newsletters, spam)
and MIME shapes (utf-8/iso-8859-1/windows-1252, 8bit/quoted-printable/base64, HTML-only,
multipart/alternative, .docx/.xlsx/.pdf/.csv/.txt/.png attachments) is kept.

The output (NNNN-slug.eml files and labels.json in tests/data/own35/) is byte-identical on every
run: Message-IDs, MIME boundaries and zip timestamps are fixed. Regenerate with

    /work/main/.venv/bin/python tests/data/tools/make_own35.py

(run from /work/main). The script checks its own output at the end and exits non-zero on error.
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
from email import message_from_bytes, policy
from email.utils import formataddr, parsedate_to_datetime
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "own35"
BOT_ADDR = "ideslanten@example.se"
BOT = formataddr(("Idéslanten – Region Kalmar län", BOT_ADDR), charset="utf-8")
OFFICER_ADDR = "landsbygdsutvecklare@example.se"
OFFICER = formataddr(("Landsbygdsutvecklare Region Kalmar län", OFFICER_ADDR))
ALLOWED_DOMAINS = {"example.se", "example.com", "example.org", "example.net"}
MACHINE = {"autoreply", "bounce", "newsletter", "spam"}

# --------------------------------------------------------------------------- header helpers


def ew(text: str, charset: str = "utf-8", enc: str = "q") -> str:
    """RFC 2047 encoded-word(s) for a header value (split in short words, folded)."""
    if all(ord(c) < 128 for c in text):
        return text
    words = []
    chunk = 18 if enc == "q" else 30
    for i in range(0, len(text), chunk):
        piece = text[i : i + chunk].encode(charset)
        if enc == "b":
            words.append(f"=?{charset}?B?{base64.b64encode(piece).decode()}?=")
        else:
            out = []
            for b in piece:
                ch = chr(b)
                if ch == " ":
                    out.append("_")
                elif ch.isalnum() and b < 128:
                    out.append(ch)
                elif ch in "!*+-/" and b < 128:
                    out.append(ch)
                else:
                    out.append(f"={b:02X}")
            words.append(f"=?{charset}?Q?{''.join(out)}?=")
    return "\n ".join(words)


def addr(name: str, email: str) -> str:
    if not name:
        return email
    return formataddr((name, email), charset="utf-8")


def date(day: str, hm: str, tz: str | None = None) -> str:
    """RFC 5322 date; tz defaults to Swedish time (CET / CEST 29 Mar - 25 Oct 2026)."""
    d = dt.date.fromisoformat(day)
    if tz is None:
        tz = "+0200" if dt.date(2026, 3, 29) <= d < dt.date(2026, 10, 25) else "+0100"
    hh, mm = hm.split(":")[:2]
    ss = hm.split(":")[2] if hm.count(":") == 2 else "00"
    wd = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"][d.weekday()]
    mon = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"][
        d.month - 1
    ]
    return f"{wd}, {d.day} {mon} {d.year} {hh}:{mm}:{ss} {tz}"


def mid(num: int, tag: str, domain: str = "example.com") -> str:
    return f"<{tag}.{num}@{domain}>"


def rmid(case: str) -> str:
    """Message-ID of the bot's receipt for case 2026-00NN."""
    return f"<kvitto.{case}.idl@example.se>"


# --------------------------------------------------------------------------- MIME helpers


class Part:
    def __init__(self, headers: list[tuple[str, str]], body: bytes):
        self.headers = headers
        self.body = body

    def render(self) -> bytes:
        head = "".join(f"{k}: {v}\n" for k, v in self.headers).encode("ascii")
        return head + b"\n" + self.body


def text(
    body: str,
    subtype: str = "plain",
    charset: str | None = "utf-8",
    cte: str = "8bit",
    fmt: str = "",
) -> Part:
    raw = body.encode(charset or "ascii")
    if cte == "quoted-printable":
        data = quopri.encodestring(raw)
    elif cte == "base64":
        data = base64.encodebytes(raw)
    else:
        data = raw
    if not data.endswith(b"\n"):
        data += b"\n"
    ctype = f"text/{subtype}"
    if charset:
        ctype += f'; charset="{charset}"' if subtype == "html" else f"; charset={charset}"
    if fmt:
        ctype += f"; {fmt}"
    return Part([("Content-Type", ctype), ("Content-Transfer-Encoding", cte)], data)


def attach(filename: str, data: bytes, ctype: str, inline: bool = False) -> Part:
    disp = "inline" if inline else "attachment"
    if all(ord(c) < 128 for c in filename):
        name_p = f'name="{filename}"'
        disp_p = f'filename="{filename}"'
    else:
        q = "".join(
            c
            if c.isascii() and (c.isalnum() or c in "._-")
            else "".join(f"%{b:02X}" for b in c.encode())
            for c in filename
        )
        name_p = f"name*=utf-8''{q}"
        disp_p = f"filename*=utf-8''{q}"
    return Part(
        [
            ("Content-Type", f"{ctype}; {name_p}"),
            ("Content-Transfer-Encoding", "base64"),
            ("Content-Disposition", f"{disp}; {disp_p}"),
        ],
        base64.encodebytes(data),
    )


def multi(subtype: str, parts: list[Part], boundary: str, extra: str = "") -> Part:
    b = boundary.encode()
    body = b"This is a multi-part message in MIME format.\n\n" if subtype == "mixed" else b""
    for p in parts:
        body += b"--" + b + b"\n" + p.render() + b"\n"
    body += b"--" + b + b"--\n"
    ctype = f'multipart/{subtype}; boundary="{boundary}"' + (f"; {extra}" if extra else "")
    return Part([("Content-Type", ctype)], body)


def message(headers: list[tuple[str, str]], part: Part, mime: bool = True) -> bytes:
    hs = list(headers)
    if mime:
        hs.append(("MIME-Version", "1.0"))
    hs.extend(part.headers)
    head = "".join(f"{k}: {v}\n" for k, v in hs).encode("ascii")
    return head + b"\n" + part.body


def std_headers(
    num: int,
    frm: str,
    subject: str,
    when: str,
    msgid: str,
    to: str = BOT,
    subj_enc: str = "q",
    extra: list[tuple[str, str]] | None = None,
) -> list[tuple[str, str]]:
    hs = [
        ("From", frm),
        ("To", to),
        ("Subject", ew(subject, enc=subj_enc)),
        ("Date", when),
        ("Message-ID", msgid),
    ]
    return hs + (extra or [])


def quote(body: str, prefix: str = "> ") -> str:
    return "\n".join(
        (prefix + line).rstrip() if line else prefix.rstrip()
        for line in body.rstrip("\n").split("\n")
    )


# --------------------------------------------------------------------------- document builders

ZIP_TIME = (2026, 1, 1, 0, 0, 0)


def zip_bytes(files: list[tuple[str, str]]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in files:
            zi = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data.encode("utf-8"))
    return buf.getvalue()


def xml_esc(s: str) -> str:
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


def docx(blocks: list) -> bytes:
    """blocks: str (paragraph) or list of rows (table)."""
    W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'

    def para(t: str) -> str:
        return f'<w:p><w:r><w:t xml:space="preserve">{xml_esc(t)}</w:t></w:r></w:p>'

    body = []
    for b in blocks:
        if isinstance(b, str):
            body.append(para(b))
        else:
            rows = "".join(
                "<w:tr>" + "".join(f"<w:tc>{para(str(c))}</w:tc>" for c in r) + "</w:tr>" for r in b
            )
            body.append(f"<w:tbl>{rows}</w:tbl>")
    doc = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document {W}><w:body>{"".join(body)}</w:body></w:document>'
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
    return zip_bytes(
        [("[Content_Types].xml", ct), ("_rels/.rels", rels), ("word/document.xml", doc)]
    )


def xlsx(rows: list[list], sheet: str = "Budget") -> bytes:
    def col(i: int) -> str:
        return chr(ord("A") + i)

    xr = []
    for r, row in enumerate(rows, 1):
        cells = []
        for c, v in enumerate(row):
            ref = f"{col(c)}{r}"
            if v is None or v == "":
                continue
            if isinstance(v, (int, float)):
                cells.append(f'<c r="{ref}"><v>{v}</v></c>')
            else:
                cells.append(
                    f'<c r="{ref}" t="inlineStr"><is><t xml:space="preserve">{xml_esc(v)}</t></is></c>'
                )
        xr.append(f'<row r="{r}">{"".join(cells)}</row>')
    S = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
    R = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
    sheet_xml = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet {S}><sheetData>{"".join(xr)}</sheetData></worksheet>'
    wb = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook {S} {R}><sheets><sheet name="{xml_esc(sheet)}" sheetId="1" r:id="rId1"/></sheets></workbook>'
    wb_rels = (
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
    return zip_bytes(
        [
            ("[Content_Types].xml", ct),
            ("_rels/.rels", rels),
            ("xl/workbook.xml", wb),
            ("xl/_rels/workbook.xml.rels", wb_rels),
            ("xl/worksheets/sheet1.xml", sheet_xml),
        ]
    )


def pdf(lines: list[str], compress: bool = True) -> bytes:
    """One-page PDF, Helvetica, WinAnsiEncoding; text stays extractable."""

    def esc(s: str) -> bytes:
        return (
            s.encode("cp1252").replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")
        )

    ops = [b"BT", b"/F1 11 Tf", b"14 TL", b"56 790 Td"]
    for ln in lines:
        ops.append(b"(" + esc(ln) + b") Tj T*")
    ops.append(b"ET")
    stream = b"\n".join(ops) + b"\n"
    if compress:
        data = zlib.compress(stream, 9)
        sdict = f"<< /Length {len(data)} /Filter /FlateDecode >>".encode()
    else:
        data = stream
        sdict = f"<< /Length {len(data)} >>".encode()
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        sdict + b"\nstream\n" + data + b"\nendstream",
    ]
    out = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += f"{i} 0 obj\n".encode() + o + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode()
    for o in offs:
        out += f"{o:010d} 00000 n \n".encode()
    out += f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return out


def png(width: int, height: int, seed: int) -> bytes:
    """Small deterministic greyscale PNG (a 'photo' nobody can read text from)."""
    rows = []
    x = seed
    for y in range(height):
        row = bytearray([0])
        for _ in range(width):
            x = (x * 1103515245 + 12345) & 0x7FFFFFFF
            row.append(180 + (x >> 16) % 60 if (y // 6) % 2 else 230 + (x >> 16) % 20)
        rows.append(bytes(row))
    raw = b"".join(rows)

    def chunk(t: bytes, d: bytes) -> bytes:
        return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xFFFFFFFF)

    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0))
        + chunk(b"IDAT", zlib.compress(raw, 9))
        + chunk(b"IEND", b"")
    )


DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"

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
ELEMENTS = {"A": "association", "C": "contact", "T": "activity", "N": "anchoring", "B": "budget"}


def label(kind: str, language: str, present: str, notes: str, **facts) -> dict:
    unknown = set(facts) - set(FACT_KEYS)
    if unknown:
        raise ValueError(f"unknown facts {unknown}")
    f = {k: facts.get(k) for k in FACT_KEYS}
    if kind in ("application", "followup"):
        for k in ("salary_costs", "physical_investment"):
            if f[k] is None:
                f[k] = False
    return {
        "kind": kind,
        "language": language,
        "elements": {name: (code in present) for code, name in ELEMENTS.items()},
        "facts": f,
        "notes": notes,
    }


def machine(kind: str, language: str, notes: str) -> dict:
    return label(kind, language, "", notes)


# --------------------------------------------------------------------------- bot receipt

GUIDE = {
    "A": "– Förening/grupp: föreningens eller gruppens namn och några uppgifter om den (t.ex. organisationsnummer, antal medlemmar)",
    "C": "– Kontaktperson: namn och e-post eller telefon till den som vi kan kontakta",
    "T": "– Aktivitet: vad ni vill göra, när och hur, och hur det främjar utvecklingen på orten",
    "N": "– Lokal förankring: hur aktiviteten är förankrad i byn (t.ex. möte, enkät, samarbete med andra föreningar)",
    "B": "– Budget: en översiktlig budget med kostnadsposter och belopp",
}


def receipt(case: str, missing: str, variant: int = 0) -> str:
    lines = [GUIDE[c] for c in missing]
    if variant == 0:
        head = f"Hej!\n\nTack för er ansökan om idéslanten! Vi har tagit emot den och gett den ärendenummer {case}.\n\nVi saknar följande i er ansökan:\n"
        tail = "\nSvara gärna på det här mejlet med de uppgifter som saknas, så går ärendet vidare till handläggaren.\n\nVänliga hälsningar\nIdéslanten – Region Kalmar län\n(automatiskt svar)"
    elif variant == 1:
        head = f"Hej,\n\ntack för ansökan om regional bygdepeng – idéslanten. Den har fått ärendenummer {case}.\n\nFör att vi ska kunna behandla den behöver vi också:\n"
        tail = "\nSkicka de saknade delarna som svar på detta mejl (behåll ämnesraden).\n\nMed vänlig hälsning\nIdéslanten, Region Kalmar län\nDetta mejl är skickat automatiskt."
    else:
        head = f"Tack för er ansökan om idéslanten! Vi har registrerat den med ärendenummer {case}.\n\nVi saknar följande i er ansökan:\n"
        tail = "\nSvara gärna på det här mejlet så kompletterar vi ärendet.\n\nHälsningar\nIdéslanten – Region Kalmar län"
    return head + "\n".join(lines) + "\n" + tail + "\n"


# --------------------------------------------------------------------------- registry

MAILS: list[tuple[int, str, object]] = []


def mail(num: int, slug: str):
    def deco(fn):
        MAILS.append((num, slug, fn))
        return fn

    return deco


# =========================================================================== mails 4801-4840


@mail(4801, "kristdala-then-and-now")
def m4801():
    body = """Dear Sir or Madam,

I am writing on behalf of the Kristdala Village Association (Kristdala Byalag, org. no.
802431-5619) to apply for this year's idéslanten. We are a non-profit association of 46
members, most of them living in or around Kristdala; my husband and I moved here from
Yorkshire six years ago and I have been the association's secretary since 2024.

What we would like to do
------------------------
"Kristdala Then and Now" - four evenings in the bygdegård between February and May 2026:

  1. 19 February - talk by local historian Per-Erik Sandell on the quarries and the old mill
  2. 19 March    - an evening where the old Kristdala families and us newcomers swap stories
                   and photographs (we will scan them on the night)
  3. 16 April    - second talk by Per-Erik: farms and emigration to America
  4. 21 May      - we put together a small exhibition that will then hang in the library
                   over the summer, so that summer visitors see it as well

The evenings are open to everyone, women and men, young and old. The point is quite simply
that people who have lived here all their lives and people who have just arrived get to
know each other. Several new families have bought houses here in the last two years and we
would very much like them to stay - and to feel this is their village too.

How it is anchored
------------------
The idea was put to our annual meeting (årsmöte) on 24 November 2025. 31 members attended
and it was agreed unanimously. Kristdala Hembygdsförening will co-host the evenings and lend
us their photo archive, and the class 5/6 at Kristdala school will make drawings for the
exhibition. Eight members have signed up to help with coffee and setting up.

Budget
------
Hire of the bygdegård, 4 evenings x 750 SEK        3,000 SEK
Lecturer's fee, Per-Erik Sandell, 2 x 2,000 SEK    4,000 SEK
Coffee and buns (fika), 4 x 450 SEK                1,800 SEK
Posters and leaflets                                  900 SEK
Printing of photographs for the exhibition          1,300 SEK
                                                   ----------
Total                                              11,000 SEK

We are therefore applying for 11,000 SEK. None of it goes to wages, and we are not buying
any equipment.

Please do not hesitate to contact me if anything is unclear.

Kind regards,

Gillian Hartley
Secretary, Kristdala Byalag
Tel. +46 (0)70 312 45 88
gillian.hartley@example.com
"""
    hs = std_headers(
        4801,
        addr("Gillian Hartley", "gillian.hartley@example.com"),
        "Application for idéslanten 2026 - Kristdala Village Association",
        date("2026-01-12", "09:14:03"),
        mid(4801, "a1f3c2.gh"),
    )
    hs.append(("X-Mailer", "Microsoft Outlook 16.0"))
    raw = message(hs, text(body))
    lab = label(
        "application",
        "en",
        "ACTNB",
        "Complete application in careful British English (retired secretary who moved from Yorkshire). Association named with org.nr and 46 members; contact is the named signer from her own address with phone; four dated evenings with clear local benefit (newcomers and old families); anchoring via årsmöte (31 attended, unanimous), co-host hembygdsförening, school class, 8 volunteers; budget with five items using comma thousands separators ('3,000 SEK'), total 11,000 SEK applied for. Lecturer's fee is not salary; nothing bought. Tests English with Swedish loanwords (bygdegård, årsmöte, fika) and comma thousand separators.",
        association_name="Kristdala Byalag",
        org_number="802431-5619",
        contact_name="Gillian Hartley",
        contact_email="gillian.hartley@example.com",
        contact_phone="+46 (0)70 312 45 88",
        members=46,
        ort="Kristdala",
        amount_sek=11000,
        women_and_men=True,
        salary_costs=False,
        physical_investment=False,
    )
    return raw, lab


@mail(4802, "fliseryd-matkvall")
def m4802():
    body = """Hej

Jag heter Khaled Al-Hassan. Jag bor i Fliseryd sedan 2019. Jag är ordförande i förening
"Fliseryds Internationella Kulturförening". Vi är 23 medlemmar, svenskar och nya svenskar.

Jag vill söka pengar för matkväll. Vi vill laga mat från Syrien, Eritrea och Småland
tillsammans. En gång i månad, mars till juni, i Fliseryds bygdegård (4 gånger). Alla i byn
kan komma, kvinnor och män, barn också. Så vi lär känna varandra och byn blir mer levande
och folk stannar i Fliseryd.

Många i byn tycker det är bra ide.

Vi söker 12000 kr.

Tack så mycket
Khaled
telefon 073-481 22 90
"""
    hs = std_headers(
        4802,
        addr("Khaled Al-Hassan", "khaled.alhassan@example.com"),
        "Ansökan matkväll Fliseryd",
        date("2026-01-15", "21:47:12"),
        mid(4802, "k9d2m", "example.com"),
    )
    raw = message(hs, text(body, charset="iso-8859-1", cte="quoted-printable"))
    lab = label(
        "application",
        "sv",
        "ACT",
        "Learner's Swedish from a Syrian newcomer (short sentences, missing articles: 'i förening', 'En gång i månad'), iso-8859-1 quoted-printable. Association named with 23 members; contact is the signer Khaled from his own address with phone; activity concrete (four cooking evenings March-June in the bygdegård, integration, people stay in the village). Anchoring false: 'Många i byn tycker det är bra ide' is an empty claim with no meeting, survey or partner. Budget false: only a bare total 'Vi söker 12000 kr', which is the amount. Both women and men stated.",
        association_name="Fliseryds Internationella Kulturförening",
        contact_name="Khaled Al-Hassan",
        contact_email="khaled.alhassan@example.com",
        contact_phone="073-481 22 90",
        members=23,
        ort="Fliseryd",
        amount_sek=12000,
        women_and_men=True,
    )
    return raw, lab


@mail(4803, "loftahammar-hallbar-turism")
def m4803():
    body = """Hej!

Jag heter Elin Strand och är sekreterare i Föreningen Levande Loftahammar (org.nr
802519-3437). Jag flyttade hem igen från London förra året so sorry om min svenska är lite
all over the place ;) Vi är typ 74 medlemmar, so it's a pretty active förening, mest
bofasta men också några sommarboende.

Vad vi vill göra: två workshops om hållbar besöksnäring i Loftahammars bygdegård, den 18
april och 16 maj. Vi hyr in Karin Ek som driver en liten consultancy för hållbar turism, hon
leder båda träffarna. Honestly the summer season här är super kort, och vi vill att
företagarna, föreningarna och alla som bara bor här gör en gemensam plan för sommaren 2026
– typ gemensamma öppettider, en karta över vandringslederna, och loppis-helger som drar folk
även i september. Det ska vara för alla, kvinnor och män, företagare och icke-företagare.

Förankring: vi körde en enkät i Facebookgruppen "Loftahammar – vi som bor här" i december,
58 personer svarade och 47 av dem ville ha något sånt här. Loftahammars IF och
hembygdsföreningen är med och bjuder in, och campingen lånar ut sitt tält om det blir
fullt.

Budget finns i bifogade Excel-filen, totalt 10 600 kr som vi söker. Inga löner, vi köper
inget.

Tack på förhand & hörs!
Elin Strand
070-244 19 03
"""
    sheet = xlsx(
        [
            ["Budget – workshops hållbar besöksnäring, Loftahammar 2026", None, None],
            ["Post", "Antal", "Belopp (kr)"],
            ["Arvode workshopledare Karin Ek (2 x 3 500)", 2, 7000],
            ["Hyra bygdegården (2 x 600)", 2, 1200],
            ["Fika ca 40 pers (2 x 800)", 2, 1600],
            ["Tryck affischer + annons i Loftahammarsbladet", 1, 800],
            ["Summa", None, 10600],
        ]
    )
    part = multi(
        "mixed",
        [text(body, cte="quoted-printable"), attach("Budget_Loftahammar_2026.xlsx", sheet, XLSX)],
        "----=_Part_4803_1180431.1768910700000",
    )
    hs = std_headers(
        4803,
        addr("Elin Strand", "elin.strand@example.se"),
        "Ansökan idéslanten – workshops hållbar turism Loftahammar",
        date("2026-01-20", "13:05:44"),
        mid(4803, "CAE7x3p0", "example.se"),
    )
    raw = message(hs, part)
    lab = label(
        "application",
        "sv",
        "ACTNB",
        "Complete application in Swedish/English code-switching (young woman back from London: 'so it's a pretty active förening', 'Honestly the summer season här är super kort'); Swedish dominates, so language sv. Association named with org.nr and 'typ 74 medlemmar'; contact is the signer from her own address with phone; activity concrete (two dated workshops with a hired leader, joint summer plan); anchoring by a Facebook-group survey (58 answers, 47 for) plus IF and hembygdsförening as co-hosts; budget in the attached .xlsx (four items, total 10 600 kr, applied amount). Workshop leader's fee is not salary; nothing bought.",
        association_name="Föreningen Levande Loftahammar",
        org_number="802519-3437",
        contact_name="Elin Strand",
        contact_email="elin.strand@example.se",
        contact_phone="070-244 19 03",
        members=74,
        ort="Loftahammar",
        amount_sek=10600,
        women_and_men=True,
    )
    return raw, lab


@mail(4804, "question-allotment-group")
def m4804():
    body = """Hello,

I hope this is the right address. A few of us in Soderakra (about 15 allotment holders at
the kolonilotter behind the old dairy) would like to do something together this spring,
probably a course on growing vegetables in our sandy soil, with an invited speaker.

We are not a registered association though, just a loose group. Two questions:

1) Can an informal group like ours apply for the idea money at all, or do we have to form a
   proper association (forening) first?
2) Is there a deadline, or can we apply any time during the year?

Many thanks in advance,
Martin Cole
Soderakra
"""
    hs = std_headers(
        4804,
        addr("Martin Cole", "m.cole@example.org"),
        "Question about the village grant (Soderakra)",
        date("2026-01-23", "17:32:09"),
        mid(4804, "mc.q1"),
    )
    raw = message(hs, text(body, charset="us-ascii", cte="7bit"))
    lab = label(
        "question",
        "en",
        "",
        "Question in British English, pure us-ascii 7bit (the writer leaves out å/ä/ö: 'Soderakra', 'forening'). Asks whether an unregistered allotment group may apply and about the deadline; applies for nothing, so all elements false. Facts: only what the mail states (ort Söderåkra, which the writer types as Soderakra; the asker's name and address); 'about 15 allotment holders' is not a membership of an association, so members null.",
        contact_name="Martin Cole",
        contact_email="m.cole@example.org",
        ort="Söderåkra",
    )
    return raw, lab


@mail(4805, "byxelkrok-community-dinners")
def m4805():
    html = """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Application</title></head>
<body style="font-family: Arial, sans-serif; font-size: 14px;">
<p>Hi there!</p>
<p>We're <b>Norra Ölands Byalag</b>, the village association for Byxelkrok and the villages around
it at the very top of Öland. We have around 90 member households and we've been around since 1987
(org.nr 802455-7657).</p>
<p>We'd love to apply for the idéslanten for something we're calling <b>&quot;Supper &amp; Stories&quot;</b>:
three Saturday community dinners in March (7th, 14th and 21st) at Byxelkrok bygdegård. Each night a
storyteller tells stories about fishing, the lighthouse and the limestone, and people bring old photos.
Winter up here is LONG and honestly pretty lonely &ndash; half the houses are dark from September to
May. The dinners are for everyone, men, women and kids, year-rounders and the few summer folks who stay.
We hope it'll get people talking about what we can do together next summer too.</p>
<p>We did a little survey at the ICA store in December and got 64 answers, almost everyone said yes.
The church (Böda församling) is helping with tables and the fishing association is donating fish for
the first night.</p>
<p><u>Budget</u></p>
<ul>
<li>Venue rental: 3 x 1.5k = 4.5k</li>
<li>Storyteller fee: 3 x 2k = 6k</li>
<li>Food &amp; ingredients: 3k</li>
</ul>
<p>So 13.5k kr total, that's what we're applying for.</p>
<p>Thanks so much, y'all are awesome!</p>
<p>Best,<br>The Board of Norra Ölands Byalag</p>
</body></html>
"""
    hs = std_headers(
        4805,
        addr("Norra Ölands Byalag", "norraolandsbyalag@example.org"),
        "Supper & Stories – application",
        date("2026-01-27", "20:11:37"),
        mid(4805, "nob.2026.01"),
    )
    raw = message(hs, text(html, subtype="html", cte="quoted-printable"))
    lab = label(
        "application",
        "en",
        "ATNB",
        "HTML-only mail in American English ('Hi there!', 'y'all are awesome') from a shared association mailbox, signed only 'The Board of Norra Ölands Byalag': contact false and contact facts null (no named person, shared mailbox). Association named with org.nr, since 1987, ~90 member households (members 90). Activity concrete (three dated dinners with a storyteller). Anchoring: survey at the ICA store (64 answers) plus church and fishing association helping. Budget as a list with amounts in 'k' notation (1.5k, 2k, 3k), total 13.5k = 13 500 kr. Storyteller fee is not salary; venue is rented.",
        association_name="Norra Ölands Byalag",
        org_number="802455-7657",
        members=90,
        ort="Byxelkrok",
        amount_sek=13500,
        women_and_men=True,
    )
    return raw, lab


@mail(4806, "gullabo-study-trip")
def m4806():
    plain = """Dear Idéslanten,

My name is Joost van den Berg, I am the chairman of Intresseföreningen Gullabo (org.nr
802476-7686). We are with 14 members at the moment, half of us new in Gullabo (from
Holland, Germany and Stockholm) and half of us people who are living here their whole life.
We started the association in 2025 because the shop in Gullabo closed and we want to do
something about it.

We would like to make a study trip on Saturday 25 April with a hired minibus to Långasjö,
to see how the people there run their village shop as a cooperative and how they use the
bygdegård as café in the summer. After the trip we do an open evening in Gullabo to tell
everybody what we saw and to discuss if we can start a summer café/shop here. This is for
everyone in Gullabo, men and women, old and young.

At our byamöte on 17 January there were 26 people and all voted for this plan, it was very
gezellig. Also the jaktlag and the church council (kyrkorådet) will join the open evening.

The budget I will send you later, we have to make the calculation still. Probably it will
be around 8.000 kronor.

I hope it is okay so.

Met vriendelijke groet / Med vänlig hälsning
Joost van den Berg
+46 72 551 08 17
"""
    html = (
        "<html><body>"
        + "".join(f"<p>{p.replace(chr(10), '<br>')}</p>" for p in plain.strip().split("\n\n"))
        + "</body></html>\n"
    )
    part = multi(
        "alternative",
        [text(plain), text(html, subtype="html", cte="quoted-printable")],
        "000000000000a4c1f2064b7d9e20",
    )
    hs = std_headers(
        4806,
        addr("Joost van den Berg", "joost.vandenberg@example.net"),
        "Application study trip Gullabo",
        date("2026-02-02", "10:02:51"),
        "<CAHx4806gull+Q@example.net>",
    )
    raw = message(hs, part)
    lab = label(
        "application",
        "en",
        "ACTN",
        "English with Dutch idioms ('We are with 14 members', 'it was very gezellig', 'we have to make the calculation still', 'I hope it is okay so'), multipart/alternative. Association named with org.nr and 14 members; contact Joost signs from his own address with phone; activity concrete (dated minibus study trip to Långasjö's cooperative shop + open evening). Anchoring: byamöte with 26 people who voted for it, jaktlag and kyrkoråd join. Budget false: 'The budget I will send you later', only a rough total 'around 8.000 kronor' (point as thousands separator), which counts as amount_sek 8000. Hiring a minibus is renting, not an investment. Followup 4810 supplies the budget.",
        association_name="Intresseföreningen Gullabo",
        org_number="802476-7686",
        contact_name="Joost van den Berg",
        contact_email="joost.vandenberg@example.net",
        contact_phone="+46 72 551 08 17",
        members=14,
        ort="Gullabo",
        amount_sek=8000,
        women_and_men=True,
    )
    return raw, lab


@mail(4807, "morlunda-sykurs")
def m4807():
    body = """Hej,

jag heter Agnieszka Nowak och jag bor i Mörlunda 4 år, jag kommer från Polen. Vi är grupp
av kvinnor i Mörlunda, vi är 12. Vi träffas varje torsdag i församlingshemmet och pratar,
dricker kaffe.

Jag vill söka pengar för sykurs. Kursledare är Birgitta från Hultsfred, hon lär oss sy och
laga kläder. 8 gånger på hösten, september och oktober, torsdag kväll. Kursen är bara för
kvinnor, många kvinnor här är ensam hemma och nya i Sverige. Så vi lär känna varandra, vi
pratar svenska och vi lagar kläder istället för köpa nytt.

Vi hade möte i församlingshemmet 14 januari, 15 kvinnor kom och alla ville ha kurs. Svenska
kyrkan i Mörlunda hjälper oss, vi får lokal gratis.

Budget:
Kursledare 8 x 600 kr = 4800 kr
Två symaskiner 2 x 2500 kr = 5000 kr
Tyg och tråd 1200 kr
Totalt 11000 kr

Tack och hälsningar
Agnieszka Nowak
tel 072 903 11 46
"""
    hs = std_headers(
        4807,
        addr("Agnieszka Nowak", "agnieszka.nowak@example.com"),
        "Ansökan pengar för sykurs Mörlunda",
        date("2026-02-05", "19:26:40"),
        mid(4807, "an.sy"),
    )
    hs[2] = ("Subject", ew("Ansökan pengar för sykurs Mörlunda", charset="windows-1252", enc="q"))
    raw = message(hs, text(body, charset="windows-1252", cte="8bit"))
    lab = label(
        "application",
        "sv",
        "CTNB",
        "Learner's Swedish from a Polish woman (word order 'Efter ... vi', 'jag bor i Mörlunda 4 år', missing articles), windows-1252 8bit body and windows-1252 Q-encoded subject. Association false: 'Vi är grupp av kvinnor i Mörlunda' is an unnamed group (members 12 still stated). Contact, activity (8 dated course evenings with a course leader), anchoring (meeting 14 Jan with 15 women, church gives the room) and budget (three items, total 11000 kr) are present. Rule-breaking facts: the course is 'bara för kvinnor' so women_and_men false, and two sewing machines are bought, so physical_investment true. The course leader's fee is not salary.",
        contact_name="Agnieszka Nowak",
        contact_email="agnieszka.nowak@example.com",
        contact_phone="072 903 11 46",
        members=12,
        ort="Mörlunda",
        amount_sek=11000,
        women_and_men=False,
        salary_costs=False,
        physical_investment=True,
    )
    return raw, lab


@mail(4808, "vissefjarda-repair-cafe")
def m4808():
    body = """Dear Sir or Madam,

hereby we, the Vissefjärda Sockenråd (org.nr 802502-1349), would like to apply for the
idéslanten 2026. The Sockenråd is the common association of the villages in Vissefjärda
parish, we have 63 members at the moment. I am the chairman since last year, I come
originally from Bavaria and live in Vissefjärda since 2017.

We would like to make a Repair Café in the bygdegård, four times in autumn 2026 (the first
Saturday of September, October, November and December, each time 10-15 o'clock). People
bring their broken things - toaster, bicycle, trousers, lamp - and together with
volunteers and two guest repairers from Emmaboda Återbruk we repair them. Visitors can
become a coffee while they wait. So the old people can teach the young ones, new and old
inhabitants come together, and less things land on the tip. It is for all people, women
and men, every age.

The decision was made at our member meeting (medlemsmöte) on 27 January 2026, there were
22 persons and all agreed. PRO Vissefjärda and the elevråd of the school help us with the
advertising, and already 9 volunteers with repair skills have registered by me.

The costs lay at ca. 9.450 kronor, the budget you find in the attached PDF. We do not pay
wages and we do not buy tools or machines, the volunteers bring their own.

With friendly greetings
Matthias Krüger
Chairman Vissefjärda Sockenråd
Handy: 070-618 27 35
"""
    doc = pdf(
        [
            "Vissefjärda Sockenråd – Repair Café 2026",
            "Budget (overview)",
            "",
            "Rent bygdegård, 4 x 500 kr ........................ 2.000 kr",
            "Fee guest repairers Emmaboda Återbruk, 4 x 1.200 kr ... 4.800 kr",
            "Consumables (screws, glue, thread, fuses) ......... 1.150 kr",
            "Fika, 4 x 250 kr .................................. 1.000 kr",
            "Advertising (flyers, Emmaboda-Tidningen) ............ 500 kr",
            "",
            "Total ............................................. 9.450 kr",
            "",
            "Applied amount from idéslanten: 9.450 kr",
        ]
    )
    part = multi(
        "mixed",
        [
            text(body, cte="quoted-printable"),
            attach("Budget_Repair_Cafe_Vissefjaerda.pdf", doc, "application/pdf"),
        ],
        "=_5f1e0c2a8b7d4808",
    )
    hs = std_headers(
        4808,
        addr("Matthias Krüger", "matthias.krueger@example.net"),
        "Application idéslanten – Repair Café Vissefjärda",
        date("2026-02-10", "08:41:17"),
        mid(4808, "mk.repair", "example.net"),
    )
    hs.append(("User-Agent", "Mozilla Thunderbird 128.6.0"))
    raw = message(hs, part)
    lab = label(
        "application",
        "en",
        "ACTNB",
        "Complete application in German-flavoured English ('hereby we', 'The costs lay at ca. 9.450 kronor', 'Visitors can become a coffee', 'Handy:', 'With friendly greetings'). Association named with org.nr and 63 members; contact is the named signer from his own address with phone; four dated Repair Café days with guest repairers and local benefit; anchoring: member meeting 27 Jan (22 present), PRO and the school's elevråd, 9 volunteers. Budget in an attached PDF (Helvetica text) with five items in point-thousands notation, total 9.450 kr = 9450. Consumables are not an investment, guest repairers' fee is not salary, tools are the volunteers' own.",
        association_name="Vissefjärda Sockenråd",
        org_number="802502-1349",
        contact_name="Matthias Krüger",
        contact_email="matthias.krueger@example.net",
        contact_phone="070-618 27 35",
        members=63,
        ort="Vissefjärda",
        amount_sek=9450,
        women_and_men=True,
    )
    return raw, lab


@mail(4809, "halltorp-something-for-the-village")
def m4809():
    body = """Hi!

My name is Sara Lindqvist, I grew up in Canada but my mamma is from Halltorp and I moved
back here in 2023, so excuse my English-svenska mix. I'm kassör in Halltorps Byalag, we're
38 members right now, mostly families in Halltorp and Hagby.

Our byalag had its årsmöte on 8 February and everyone said ja to applying for the
idéslanten this year - 27 people came, which is a lot for us, and Halltorps IK and the
hembygdsförening said they want to be part of it. We want to make Halltorp more levande,
something that brings people together and makes it nicer to live here. Maybe a fika-kväll,
maybe something in the bygdegård or outdoors, we haven't decided exactly what yet - we'll
figure it out in the styrelse this spring.

Rough budget:
- hyra bygdegården 2 000 kr
- fika 1 500 kr
- maybe a föreläsare 4 000 kr
= 7 500 kr

Thanks!! / Tack!
Sara Lindqvist
Halltorps Byalag
076-119 84 02
"""
    hs = std_headers(
        4809,
        addr("Sara Lindqvist", "sara.lindqvist@example.org"),
        "Idéslanten application - Halltorps Byalag",
        date("2026-02-12", "22:15:03"),
        mid(4809, "sl.halltorp", "example.org"),
        subj_enc="b",
    )
    raw = message(hs, text(body, cte="base64"))
    lab = label(
        "application",
        "en",
        "ACNB",
        "English-dominant mail with Swedish words (mamma, kassör, årsmöte, ja, levande, fika-kväll, styrelse), utf-8 base64 body, B-encoded subject. Activity false: only a vague wish ('make Halltorp more levande', 'maybe a fika-kväll, maybe something in the bygdegård ... we haven't decided'). Anchoring true: the årsmöte on 8 Feb with 27 present backed applying and Halltorps IK and the hembygdsförening want to take part. Budget true: three cost items with amounts (2 000 + 1 500 + 4 000 = 7 500 kr). Association named with 38 members; contact is the signer from her own address with phone. Gender not mentioned.",
        association_name="Halltorps Byalag",
        contact_name="Sara Lindqvist",
        contact_email="sara.lindqvist@example.org",
        contact_phone="076-119 84 02",
        members=38,
        ort="Halltorp",
        amount_sek=7500,
    )
    return raw, lab


@mail(4810, "re-gullabo-budget")
def m4810():
    rec = receipt("2026-0014", "B", 0)
    body = (
        """Hello,

Hereby the budget for our study trip, sorry that it took so long.

Minibus hire (Torsås Buss, 17 seats, incl. driver)    4.200 kr
Guided tour village shop + bygdegård Långasjö           1.500 kr (15 x 100 kr)
Lunch in Långasjö                                       1.425 kr (15 x 95 kr)
Open evening Gullabo: rent of bygdegård                   500 kr
Open evening Gullabo: coffee and cake                     375 kr
Total                                                   8.000 kr

So we apply for 8.000 kronor like I wrote. If you need more, just say it.

Groetjes,
Joost van den Berg
+46 72 551 08 17

On Mon, 2 Feb 2026 at 10:04, Idéslanten – Region Kalmar län <ideslanten@example.se> wrote:

"""
        + quote(rec)
        + "\n"
    )
    hs = std_headers(
        4810,
        addr("Joost van den Berg", "joost.vandenberg@example.net"),
        "Re: Application study trip Gullabo [Idéslanten 2026-0014]",
        date("2026-02-16", "18:30:22"),
        "<CAHx4810gull+R@example.net>",
        extra=[
            ("In-Reply-To", rmid("2026-0014")),
            ("References", "<CAHx4806gull+Q@example.net> " + rmid("2026-0014")),
        ],
    )
    raw = message(hs, text(body, cte="quoted-printable"))
    lab = label(
        "followup",
        "en",
        "CB",
        "Followup to 4806 in Dutch-flavoured English ('Hereby the budget', 'Groetjes'), replying to the bot's Swedish receipt (In-Reply-To the receipt, References the application), Gmail quoting. New text supplies the missing budget: five items in point-thousands notation, total 8.000 kr. Contact true: signed by Joost from his own address with phone. The quoted receipt lists 'Budget' as missing but quoted text never makes anything true. The hired minibus incl. driver is a rented service, not salary. Association/activity/anchoring are not in the new text.",
        contact_name="Joost van den Berg",
        contact_email="joost.vandenberg@example.net",
        contact_phone="+46 72 551 08 17",
        ort="Gullabo",
        amount_sek=8000,
    )
    return raw, lab


@mail(4811, "langasjo-language-cafe")
def m4811():
    body = """Hello!

We are group "Ukrainian-Swedish Friends of Långasjö". We are 17 members, 9 Ukrainian
families and 8 Swedish families from village. In our village live now 9 families from
Ukraine, they came in 2022 and 2023, many children go to school in Långasjö.

We want to make language café every second Saturday, April until June (6 times), in
the small room of Långasjö bygdegård. Ukrainian people practise Swedish with Swedish
neighbours, Swedish people learn little bit about Ukraine. Two times we invite guest
speaker - one from Emmaboda kommun about work and one from LRF about farms in the area,
because many Ukrainian men and women want to work here and stay in village. We will cook
borscht and Swedish people make fika. It will be useful for all - for men and for women,
for children also.

We collected 41 signatures in village for this idea (we can send the list). Långasjö
församling gives us tables and the hembygdsförening helps with the posters.

Budget:
Rent of room 6 x 300 kr = 1.800 kr
Guest speakers 2 x 1.500 kr = 3.000 kr
Food products 6 x 400 kr = 2.400 kr
Printing posters in two languages 450 kr
All together 7.650 kr

With respect,
Ukrainian-Swedish Friends of Långasjö
"""
    hs = std_headers(
        4811,
        addr("Olena Kovalenko", "olena.kovalenko@example.com"),
        "Application language café Långasjö",
        date("2026-02-19", "11:48:05"),
        mid(4811, "ok.cafe"),
    )
    raw = message(hs, text(body, cte="quoted-printable"))
    lab = label(
        "application",
        "en",
        "ATNB",
        "Ukrainian learner's English (missing articles: 'We are group', 'from village', 'We want to make language café'; 'With respect'), utf-8 quoted-printable. Contact false: the mail is signed only with the group's name; Olena Kovalenko appears only in the From header and no phone is given, so contact facts are null. Association named with 17 members (9+8 families); activity concrete (six Saturdays with two guest speakers, integration and people staying in the village); anchoring: 41 signatures, church and hembygdsförening help; budget four items with point-thousands ('1.800 kr'), total 7.650 kr. Men and women explicitly. Followup 4814 supplies the contact.",
        association_name="Ukrainian-Swedish Friends of Långasjö",
        members=17,
        ort="Långasjö",
        amount_sek=7650,
        women_and_men=True,
    )
    return raw, lab


@mail(4812, "fagelfors-fotbollsturnering")
def m4812():
    body = """Hej

Vi är Fågelfors FK, fotbollsklubb i Fågelfors, vi har 48 medlemmar, mest barn och
ungdomar och föräldrar.

Vi vill göra fotbollsturnering för tjejer och killar 13 juni på Fågelfors IP. Vi bjuder lag
från Berga och Högsby. Samma dag byns loppis och grill vid planen, så hela byn kommer.
Ungdomar har inte mycket att göra i Fågelfors, dom åker till stan. Nu dom stannar och hjälper
till i byn.

Det är viktigt för byn och alla behöver det.

Kostnad:
Domare 3 x 500 kr = 1500
Hyra tält 1200
Priser och medaljer 900
Korv och bröd 1400
Totalt 5000 kr

Hälsning Fågelfors FK ungdom

Skickat från min iPhone
"""
    hs = std_headers(
        4812,
        addr("Fågelfors FK", "info.fagelforsfk@example.se"),
        "Ansökan turnering",
        date("2026-02-24", "16:07:31"),
        "<6A0F2C1E-4812-4B7A-9C1D-FK2026@example.se>",
    )
    hs.append(("X-Mailer", "iPhone Mail (21D61)"))
    raw = message(hs, text(body))
    lab = label(
        "application",
        "sv",
        "ATB",
        "Short learner's Swedish iPhone mail (V2 errors: 'Nu dom stannar', 'Samma dag byns loppis') from the club's shared mailbox, signed only 'Fågelfors FK ungdom': contact false, contact facts null. Association named (football club, 48 members). Activity concrete (tournament 13 June for girls and boys with teams from Berga and Högsby, loppis and grill for the village). Anchoring false: 'Det är viktigt för byn och alla behöver det' is a described need, nothing concrete. Budget four items, total 5000 kr. Referees' fees are paid services, not wages of employees; prizes and food are consumables; the tent is rented.",
        association_name="Fågelfors FK",
        members=48,
        ort="Fågelfors",
        amount_sek=5000,
        women_and_men=True,
    )
    return raw, lab


@mail(4813, "kopingsvik-village-conversations")
def m4813():
    body = """Good afternoon,

Please find attached our application for idéslanten 2026 (Word document) - three village
conversations about the future of the harbour area in Köpingsvik.

Best wishes,

Hugh Pemberton
Köpingsviks Samhällsförening
Mobile +46 73 804 61 29
"""
    doc = docx(
        [
            "Application for regional bygdepeng – idéslanten 2026",
            "1. The applicant",
            "Köpingsviks Samhällsförening (the Köpingsvik residents' association), org.nr 802488-3483. Founded in 1962, 112 members (households and individuals), non-profit, open to everybody who lives or has a house in Köpingsvik.",
            "2. Contact person",
            "Hugh Pemberton, board member (chair of the harbour working group), hugh.pemberton@example.net, mobile +46 73 804 61 29.",
            "3. The activity",
            "Three public 'village conversations' (bydialoger) in the community hall on 15 April, 6 May and 27 May 2026, led by an invited facilitator from Borgholm, with a short talk by a planner on what the harbour area could become. Residents, summer residents, the harbour businesses and the young people meet to agree on a village plan for the harbour (benches, the old kiosk, the path to the beach, the boat ramp). The result is written up as a short village plan and handed to Borgholm municipality. The conversations are open to all residents, women and men alike, of every age.",
            "4. Local anchoring",
            "The idea was decided at our annual general meeting (årsmöte) on 7 March 2026 with 41 members present. Köpingsviks Båtklubb and the hembygdsförening are co-organisers, and we have put a leaflet through every letterbox in the village.",
            "5. Budget",
            [
                ["Item", "Amount (SEK)"],
                ["Facilitator's fee, 3 x 2,500", "7,500"],
                ["Hire of community hall, 3 x 900", "2,700"],
                ["Refreshments, 3 x 600", "1,800"],
                ["Printing of the village plan", "1,500"],
                ["Total applied for", "13,500"],
            ],
            "No salaries are paid and nothing is purchased other than printing and refreshments.",
        ]
    )
    part = multi(
        "mixed",
        [
            text(body, charset="us-ascii" if body.isascii() else "utf-8"),
            attach("Idéslanten application Köpingsvik.docx", doc, DOCX),
        ],
        "Apple-Mail=_4813E2F1-0C7B-4D9A-A1B3-5D62E0A9F113",
    )
    hs = std_headers(
        4813,
        addr("Hugh Pemberton", "hugh.pemberton@example.net"),
        "Idéslanten 2026 - Köpingsvik",
        date("2026-03-02", "14:22:48"),
        mid(4813, "hp.kv", "example.net"),
    )
    raw = message(hs, part)
    lab = label(
        "application",
        "en",
        "ACTNB",
        "Complete British-English application where the body is only a cover note and the whole application sits in an attached .docx (non-ASCII filename, RFC 2231) with the five numbered sections and a budget table using comma thousands ('7,500'). Association with org.nr, founded 1962, 112 members; contact Hugh Pemberton from his own address with mobile, repeated in the .docx; three dated village conversations with a facilitator and a village plan; anchoring via årsmöte with 41 present, båtklubb and hembygdsförening co-organising, leaflet to every letterbox. Total 13,500 SEK applied for. Facilitator fee is not salary.",
        association_name="Köpingsviks Samhällsförening",
        org_number="802488-3483",
        contact_name="Hugh Pemberton",
        contact_email="hugh.pemberton@example.net",
        contact_phone="+46 73 804 61 29",
        members=112,
        ort="Köpingsvik",
        amount_sek=13500,
        women_and_men=True,
    )
    return raw, lab


@mail(4814, "re-langasjo-contact")
def m4814():
    rec = receipt("2026-0021", "C", 1)
    body = (
        """Good day!

Thank you for your letter. I used Google Translate for your letter, I understand you need
contact person for our application about language café. Sorry, I forgot to write it.

Contact person is me - Olena Kovalenko, telephone 073-655 20 18, e-mail this one.
Second contact is Lars Nilsson (he is Swedish member of our group), 0471-202 33.

With respect,
Olena Kovalenko
Ukrainian-Swedish Friends of Långasjö

________________________________
From: Idéslanten – Region Kalmar län <ideslanten@example.se>
Sent: Thursday, 19 February 2026 11:49
To: Olena Kovalenko <olena.kovalenko@example.com>
Subject: Re: Application language café Långasjö [Idéslanten 2026-0021]

"""
        + rec
    )
    hs = std_headers(
        4814,
        addr("Olena Kovalenko", "olena.kovalenko@example.com"),
        "RE: Application language café Långasjö [Idéslanten 2026-0021]",
        date("2026-03-04", "09:55:13"),
        mid(4814, "ok.re1"),
        extra=[
            ("In-Reply-To", rmid("2026-0021")),
            ("References", mid(4811, "ok.cafe") + " " + rmid("2026-0021")),
            ("Thread-Topic", ew("Application language café Långasjö")),
            ("X-MS-Has-Attach", ""),
        ],
    )
    raw = message(hs, text(body, cte="quoted-printable"))
    lab = label(
        "followup",
        "en",
        "C",
        "Followup to 4811 in Ukrainian learner's English ('I used Google Translate for your letter', 'you need contact person'), Outlook-style top-posting with the Swedish receipt below an unprefixed From/Sent/To/Subject block. New text supplies the contact: Olena Kovalenko with phone (first number 073-655 20 18) from her own address; a second contact follows. The group name in the signature is only a name, so association stays false in this followup; the quoted receipt adds nothing.",
        association_name="Ukrainian-Swedish Friends of Långasjö",
        contact_name="Olena Kovalenko",
        contact_email="olena.kovalenko@example.com",
        contact_phone="073-655 20 18",
    )
    return raw, lab


@mail(4815, "rockneby-lan-kvall")
def m4815():
    body = """Hejj!! 👋

Vi är några ungdomar i Rockneby, typ 15 st, 14-17 år, tjejer och killar. Vi har pratat om
det här i flera veckor och nu kör vi lol. Basically det finns literally ingenting att göra
här för oss som inte har körkort, bussen går typ varannan timme och sen är det dött.

Så vi vill köra en LAN + brädspelskväll i Rockneby bygdegård fredag 24 april kl 18-24 och
bjuda in kids från Läckeby och Påryd också. Spel, turnering i Mario Kart, brädspel för
dom som inte gamear, pizza. Så folk lär känna varandra across byarna och vi får en anledning
att hänga här istället för att åka in till Kalmar hela tiden.

Alla vi pratat med tycker det är super nice så det kommer bli fullt 💯

Budget:
hyra bygdegården 1200 kr
pizza ca 50 pers 2500 kr
hyra projektor + ljud 800 kr
priser till turneringen 500 kr
= 5000 kr

Min mamma Jenny Berg är med som vuxen ansvarig hela kvällen.

/Wilma Berg
073-550 91 44
"""
    hs = std_headers(
        4815,
        addr("Wilma Berg", "wilma.berg@example.se"),
        "LAN-kväll i Rockneby 🎮 ansökan",
        date("2026-03-09", "21:58:02"),
        "<CAKw4815rock=y@example.se>",
        subj_enc="b",
    )
    raw = message(hs, text(body))
    lab = label(
        "application",
        "sv",
        "CTB",
        "Teenager's Swedish/English code-switching ('Basically det finns literally ingenting', 'across byarna', 'super nice', 'gamear'), emoji in body and in a B-encoded subject; Swedish dominates, so sv. Association false: 'några ungdomar i Rockneby, typ 15 st' is an unnamed group (members 15 as stated). Contact: Wilma signs from her own address with phone. Activity concrete (dated LAN/board-game night, youth from three villages meet). Anchoring false: 'Alla vi pratat med tycker det är super nice' is an empty claim. Budget four items, 5000 kr. Girls and boys. Projector and sound are rented, prizes are consumables.",
        contact_name="Wilma Berg",
        contact_email="wilma.berg@example.se",
        contact_phone="073-550 91 44",
        members=15,
        ort="Rockneby",
        amount_sek=5000,
        women_and_men=True,
    )
    return raw, lab


@mail(4816, "timmernabben-movie-nights")
def m4816():
    body = """Hi,

I'm Dana Whitfield, secretary of Timmernabbens Samhällsförening (org.nr 802537-8855,
57 members). My family moved here from Minnesota three years ago and honestly this harbor
is the best thing that ever happened to us, so I volunteered to write this application.

What we want to do: three outdoor movie nights at the harbor on the Fridays August 7, 14
and 21. We rent a big inflatable screen and a projector, the Mönsterås film club picks the
movies and gives a short intro each night, and people bring blankets. It brings the summer
folks and the year-round families together, and the teens get to run something themselves.
It's meant for families, teens and seniors alike.

We talked it through at the samhällsförening's spring meeting on March 4th (about 30 people
were there) and everybody was on board. Timmernabbens fritidsgård will run the popcorn
stand and the boat club lets us use the harbor area for free.

I took a picture of our budget (attached) because my scanner is broken, sorry about that!
It comes to 11,800 kronor in total.

Thanks a bunch,
Dana Whitfield
+46 76 032 18 57
"""
    part = multi(
        "mixed",
        [text(body), attach("IMG_20260316_0915.png", png(64, 48, 4816), "image/png")],
        "------------0F8A2B4C6D1E3F5A7B9C4816",
    )
    hs = std_headers(
        4816,
        addr("Dana Whitfield", "dana.whitfield@example.com"),
        "Movie nights at the harbor - Timmernabben",
        date("2026-03-16", "09:21:40"),
        mid(4816, "dw.movies"),
    )
    raw = message(hs, part)
    lab = label(
        "application",
        "en",
        "ACTN",
        "American English ('Thanks a bunch', 'everybody was on board', 'harbor'). Association with org.nr and 57 members; contact Dana signs from her own address with phone; activity concrete (three dated movie nights with film-club intros, summer and year-round residents meet); anchoring via spring meeting (~30 people) plus fritidsgård and boat club. Budget false: the only budget is a photo (PNG image) nobody can read, and the body gives only the total '11,800 kronor' (comma thousands) = amount_sek 11800. Screen and projector are rented, not bought. Gender not mentioned ('families, teens and seniors'), so women_and_men null. Followup 4823 sends the budget as a spreadsheet.",
        association_name="Timmernabbens Samhällsförening",
        org_number="802537-8855",
        contact_name="Dana Whitfield",
        contact_email="dana.whitfield@example.com",
        contact_phone="+46 76 032 18 57",
        members=57,
        ort="Timmernabben",
        amount_sek=11800,
    )
    return raw, lab


@mail(4817, "sv-fliseryd-budget")
def m4817():
    rec = receipt("2026-0006", "NB", 0)
    body = (
        """Hej

Tack för mejl. Här är budget för matkväll:

Hyra bygdegård 4 x 500 kr = 2000 kr
Mat 4 x 2000 kr = 8000 kr
Kaffe och kaka 1500 kr
Affisch och papper 500 kr
Totalt 12000 kr

Om förankring, jag förstår inte vad betyder det. Men alla i byn tycker det är bra, jag
lovar.

Hälsning
Khaled Al-Hassan
073-481 22 90

Den fre 16 jan. 2026 kl 08:03 skrev Idéslanten – Region Kalmar län <ideslanten@example.se>:

"""
        + quote(rec, ">")
        + "\n"
    )
    hs = std_headers(
        4817,
        addr("Khaled Al-Hassan", "khaled.alhassan@example.com"),
        "SV: Ansökan matkväll Fliseryd [Idéslanten 2026-0006]",
        date("2026-03-20", "20:04:55"),
        mid(4817, "k9d2m.re"),
        extra=[
            ("In-Reply-To", rmid("2026-0006")),
            ("References", mid(4802, "k9d2m") + " " + rmid("2026-0006")),
        ],
    )
    raw = message(hs, text(body))
    lab = label(
        "followup",
        "sv",
        "CB",
        "Learner's Swedish followup to 4802 ('jag förstår inte vad betyder det'), '>' quoting without space. New text supplies the budget (four items, total 12000 kr) and is signed by Khaled from his own address with phone, so contact true. Anchoring stays false: he does not understand the word and repeats the empty claim 'alla i byn tycker det är bra'. The quoted receipt lists anchoring and budget as missing; quoted text counts for nothing.",
        contact_name="Khaled Al-Hassan",
        contact_email="khaled.alhassan@example.com",
        contact_phone="073-481 22 90",
        amount_sek=12000,
    )
    return raw, lab


@mail(4818, "ruda-linedance")
def m4818():
    body = """Hej!

Jag heter Pranee Johansson. Jag kommer från Thailand, jag bor i Ruda 11 år nu. Jag är
kassör i Ruda Bygdeförening. Org nummer 802414-1577. Vi är 31 medlemmar.

Vi vill ha linedance kurs i Ruda bygdegård. 10 gånger, tisdag kväll, april till juni.
Lärare heter Monica, hon kommer från Nybro. Alla kan dansa, män och kvinnor, gamla och
unga. Ruda är liten by, på vinter folk sitter hemma, ingen träffar någon. Nu vi träffas
och dansar och dricker kaffe. Kanske nya människor flytta hit när byn är levande.

På årsmöte i februari 19 personer var där, alla sa ja till kurs. Ruda IF och PRO hjälper
med kaffe och stolar.

Budget
Danslärare 10 x 700 kr = 7 000 kr
Hyra bygdegård 10 x 300 kr = 3 000 kr
Hyra musikanläggning 1 000 kr
Kaffe 800 kr
Summa 11 800 kr

Tack
Pranee Johansson
070-381 55 12
"""
    hs = std_headers(
        4818,
        addr("Pranee Johansson", "pranee.johansson@example.se"),
        "Linedance Ruda",
        date("2026-03-26", "10:33:27"),
        mid(4818, "pj.dans", "example.se"),
    )
    raw = message(hs, text(body, charset="windows-1252", cte="quoted-printable"))
    lab = label(
        "application",
        "sv",
        "ACTNB",
        "Complete application in simple learner's Swedish (Thai-born writer; 'Nu vi träffas', 'på vinter folk sitter hemma', 'Kanske nya människor flytta hit'), windows-1252 quoted-printable. Association with org.nr and 31 members; contact Pranee signs from her own address with phone; activity: ten line-dance evenings April-June with a named teacher, against winter loneliness; anchoring: årsmöte in February (19 present, all yes), Ruda IF and PRO help; budget four items, 11 800 kr. Dance teacher's fee is not salary; the sound system is rented.",
        association_name="Ruda Bygdeförening",
        org_number="802414-1577",
        contact_name="Pranee Johansson",
        contact_email="pranee.johansson@example.se",
        contact_phone="070-381 55 12",
        members=31,
        ort="Ruda",
        amount_sek=11800,
        women_and_men=True,
    )
    return raw, lab


@mail(4819, "orrefors-glass-evenings")
def m4819():
    body = """Dear Sir/Madam,

I am writing to you with request for money from idéslanten. My name is Tomasz Wiśniewski,
I am working as glassblower in Orrefors since 2011 and I am member of board in Föreningen
Glasbyn Orrefors (org.nr 802469-9889). We have 29 members.

We want organise two open evenings in Folkets hus in Orrefors, 9 May and 23 May. Two old
glassblowers will tell about history of glassworks and show how they worked, with photos
and old tools. After second evening we make guided walk in village for people from
Orrefors and for tourists, with printed map of old glass houses. In this moment many
houses in Orrefors are empty. We want that people see our village is alive and maybe
somebody moves here. It is for women and men, for everybody.

Everybody in Orrefors knows glass, so for sure people will come.

Budget is in attached file (csv, I hope you can open).

Best regards
Tomasz Wiśniewski
tel. 072-118 40 66
"""
    csv_data = "Post;Kostnad (kr)\nHyra Folkets hus 2 kvällar;1 600\nArvode 2 glasblåsare (föredrag);4 000\nTryck karta till vandring;1 200\nKaffe och kaka;1 000\nTotal;7 800\n"
    part = multi(
        "mixed",
        [
            text(body, cte="quoted-printable"),
            Part(
                [
                    ("Content-Type", 'text/csv; charset=utf-8; name="budget_orrefors.csv"'),
                    ("Content-Transfer-Encoding", "base64"),
                    ("Content-Disposition", 'attachment; filename="budget_orrefors.csv"'),
                ],
                base64.encodebytes(csv_data.encode()),
            ),
        ],
        "_004_DB9PR04MB4819_",
    )
    hs = std_headers(
        4819,
        addr("Tomasz Wiśniewski", "tomasz.wisniewski@example.com"),
        "Request idéslanten - Orrefors glass evenings",
        date("2026-04-01", "19:12:40"),
        mid(4819, "tw.glas"),
    )
    raw = message(hs, part)
    lab = label(
        "application",
        "en",
        "ACTB",
        "Polish learner's English ('I am writing to you with request', 'We want organise', 'In this moment', missing articles). Association with org.nr and 29 members; contact Tomasz signs from his own address with phone; activity concrete (two dated evenings with old glassblowers + guided walk, against empty houses). Anchoring false: 'Everybody in Orrefors knows glass, so for sure people will come' is a hope, with no meeting, survey or partner. Budget in a semicolon-separated .csv attachment (text/csv, base64) with four items, total 7 800 kr. Glassblowers' talk fee is not salary.",
        association_name="Föreningen Glasbyn Orrefors",
        org_number="802469-9889",
        contact_name="Tomasz Wiśniewski",
        contact_email="tomasz.wisniewski@example.com",
        contact_phone="072-118 40 66",
        members=29,
        ort="Orrefors",
        amount_sek=7800,
        women_and_men=True,
    )
    return raw, lab


@mail(4820, "fraga-grasklippare")
def m4820():
    body = """Hej!

Jag heter Mehmet Yilmaz och jag bor i Lönneberga. Jag är med i Lönneberga
Hembygdsförening. Vi har stor gräsmatta vid hembygdsgården och gammal gräsklippare är
sönder.

Kan man söka idéslanten för att köpa ny gräsklippare? Den kostar ca 9000 kr. Eller
pengar bara för kurs och möte?

Tack för svar
Mehmet
"""
    hs = std_headers(
        4820,
        addr("Mehmet Yilmaz", "mehmet.yilmaz@example.org"),
        "Fråga",
        date("2026-04-03", "07:45:19"),
        mid(4820, "my.q"),
    )
    raw = message(hs, text(body, cte="base64"))
    lab = label(
        "question",
        "sv",
        "",
        "Question in learner's Swedish (Turkish-born writer, missing articles: 'Vi har stor gräsmatta', 'gammal gräsklippare är sönder'), utf-8 base64, bare subject 'Fråga'. Asks whether a new lawnmower can be funded: not an application, all elements false. The question itself proposes buying a machine, so physical_investment true; salary_costs null. The price 'ca 9000 kr' is what the mower costs in a question, not an amount applied for, so amount_sek null. Names the hembygdsförening he belongs to.",
        association_name="Lönneberga Hembygdsförening",
        contact_name="Mehmet Yilmaz",
        contact_email="mehmet.yilmaz@example.org",
        ort="Lönneberga",
        physical_investment=True,
    )
    return raw, lab


@mail(4821, "storebro-inflyttarkvallar")
def m4821():
    plain = """Hello Idéslanten!

Since many new inhabitants in Storebro are from Germany and the Netherlands, our styrelse
decided that we practise our English, so I write this application in English. Ursäkta
the svengelska.

We are Storebro Byaråd, ideell förening, org.nr 802520-2584, with 84 members. I am
ordförande since 2024.

The activity: two "inflyttarkvällar" (welcome evenings for new inhabitants) in Bruksgården,
on 17 September and 15 October 2026. The föreningar in Storebro present themselves, the
bruk and two local företag tell about jobs, and we end with soppa and a guided walk along
Stångån. We hire a tolk for German and Dutch so nobody is left outside. The goal is that
new families find their place, join föreningar and stay in Storebro - for kvinnor och män,
all ages.

Förankring: we asked the question at our årsmöte on 12 March, 36 members were there and
all said yes. Storebro IF, the hembygdsförening and the school's föräldraförening are
co-arrangers, and 6 members have volunteered as "faddrar" for the new families.

Budget:
Lokalhyra Bruksgården 2 x 1 000 kr = 2 000 kr
Tolk 2 x 1 800 kr = 3 600 kr
Soppa och bröd 2 x 1 500 kr = 3 000 kr
Trycksaker på tre språk 1 200 kr
Total: 9 800 kr

Med vänliga hälsningar / Best regards
Anders Gustafsson
Ordförande, Storebro Byaråd
0492-310 27 / 070-845 62 10
"""
    html = (
        '<html><head></head><body style="font-family:Calibri,sans-serif">'
        + "".join(f"<p>{p.replace(chr(10), '<br>')}</p>" for p in plain.strip().split("\n\n"))
        + "</body></html>\n"
    )
    part = multi(
        "alternative",
        [text(plain, cte="quoted-printable"), text(html, subtype="html", cte="quoted-printable")],
        "_000_VI1PR4821storebro_",
    )
    hs = std_headers(
        4821,
        addr("Anders Gustafsson", "anders.gustafsson@example.se"),
        "Application: inflyttarkvällar i Storebro",
        date("2026-04-08", "12:01:55"),
        mid(4821, "ag.sb", "example.se"),
    )
    raw = message(hs, part)
    lab = label(
        "application",
        "en",
        "ACTNB",
        "Complete application from a Swede writing English 'to practise', with many Swedish words (styrelse, ordförande, inflyttarkvällar, föreningar, tolk, soppa, Förankring, årsmöte): English sentence structure dominates, so en. multipart/alternative, both parts quoted-printable. Association with org.nr and 84 members; contact the signing chairman from his own address, two phone numbers (first, the landline 0492-310 27, recorded); two dated welcome evenings with interpreter; anchoring: årsmöte 12 March (36 present), three co-arranging groups, 6 volunteer faddrar; budget four items, total 9 800 kr. Interpreter's fee is a bought service, not salary.",
        association_name="Storebro Byaråd",
        org_number="802520-2584",
        contact_name="Anders Gustafsson",
        contact_email="anders.gustafsson@example.se",
        contact_phone="0492-310 27",
        members=84,
        ort="Storebro",
        amount_sek=9800,
        women_and_men=True,
    )
    return raw, lab


@mail(4822, "alsterbro-barn-och-foraldrar")
def m4822():
    body = """Hej.

Jag heter Rasha Haddad. Jag bor Alsterbro med min familj sedan 2020. Vi är några mammor
och pappor i Alsterbro.

Jag vill söka pengar för att göra något bra för barn och föräldrar i Alsterbro. Många
familjer bor här och inget finns för dom. Vi vill att byn blir bättre för alla, mammor och
pappor och barn.

Vi har pratat med 20 familjer på skolan och 18 skrev namn på lista att dom vill vara med.
Alsterbro IF säger vi kan vara i deras klubbstuga.

Pengar:
Hyra klubbstuga 6 gånger 1800 kr
Fika 1200 kr
Material pyssel 1000 kr
Totalt 4000 kr

Tack
Rasha Haddad
070-926 13 58
"""
    hs = std_headers(
        4822,
        addr("Rasha Haddad", "rasha.haddad@example.com"),
        "ansökan",
        date("2026-04-13", "13:26:08"),
        mid(4822, "rh.barn"),
    )
    raw = message(hs, text(body, charset="iso-8859-1", cte="8bit"))
    lab = label(
        "application",
        "sv",
        "CNB",
        "Learner's Swedish (Syrian-born mother: 'Jag bor Alsterbro', 'inget finns för dom'), iso-8859-1 8bit, lowercase bare subject. Association false: 'Vi är några mammor och pappor i Alsterbro' is an unnamed group. Activity false: only a wish to 'göra något bra för barn och föräldrar' with no what/when/how. Anchoring true: 18 of 20 families signed a list and Alsterbro IF lends its club house. Budget true: three items, total 4000 kr. Contact Rasha signs from her own address with phone. 'mammor och pappor' = both women and men.",
        contact_name="Rasha Haddad",
        contact_email="rasha.haddad@example.com",
        contact_phone="070-926 13 58",
        ort="Alsterbro",
        amount_sek=4000,
        women_and_men=True,
    )
    return raw, lab


@mail(4823, "re-timmernabben-budget-sheet")
def m4823():
    rec = receipt("2026-0029", "B", 2)
    body = (
        """Hi again,

Here's the budget as a spreadsheet, hope that works better than my blurry photo lol.
Same total as before, 11,800 kronor.

Dana

On Mon, Mar 16, 2026 at 9:23 AM Idéslanten – Region Kalmar län <ideslanten@example.se> wrote:

"""
        + quote(rec)
        + "\n"
    )
    sheet = xlsx(
        [
            ["Timmernabben Movie Nights 2026", None],
            ["Item", "SEK"],
            ["Inflatable screen rental, 3 nights x 1,900", 5700],
            ["Projector + sound rental, 3 x 900", 2700],
            ["Public screening licence, 3 films x 800", 2400],
            ["Posters & ads", 1000],
            ["TOTAL", 11800],
        ],
        sheet="Sheet1",
    )
    part = multi(
        "mixed",
        [text(body), attach("movie_nights_budget.xlsx", sheet, XLSX)],
        "000000000000b7e30a064d4823ff",
    )
    hs = std_headers(
        4823,
        addr("Dana Whitfield", "dana.whitfield@example.com"),
        "Re: Movie nights at the harbor - Timmernabben [Idéslanten 2026-0029]",
        date("2026-04-15", "16:40:09"),
        mid(4823, "dw.movies.re"),
        extra=[
            ("In-Reply-To", rmid("2026-0029")),
            ("References", mid(4816, "dw.movies") + " " + rmid("2026-0029")),
        ],
    )
    raw = message(hs, part)
    lab = label(
        "followup",
        "en",
        "B",
        "American-English followup to 4816 answering the Swedish receipt (Gmail quoting). The new budget is in an attached .xlsx: four items (screen and projector rental, screening licence, posters) = 11,800 SEK, so budget true. Signed only 'Dana' from her own address: relabelled to the corpus-wide convention (a first name alone, with no phone and the surname only in the From header, is not a named contact), so contact false and contact facts null. Rental is not an investment; a screening licence is not salary.",
        amount_sek=11800,
    )
    return raw, lab


@mail(4824, "sodra-vi-dorpsgesprek")
def m4824():
    body = """Hello,

My name is Marieke de Vries, I am living in Södra Vi since 2019 and I am in the board of
Södra Vi Bygdegårdsförening (org.nr 769634-4428, 140 members). Here is our application,
the budget is in the Word file.

Our bygdegård is big and old and it is only used maybe 10 times in the year. We want to make
a "dorpsgesprek" - how you say it, a bydialog - two evenings in the bygdegård (3 and 17
September) where the people of Södra Vi talk together what the building can be used for:
a café, a gym, a place for the youth, rooms for rent for small companies. A person from
Hela Sverige ska leva Kalmar län leads the evenings. In between, on 12 September, we make
a study trip with a rented bus to Mörlunda, where they turned their bygdegård into a café
and training room, to see how they did it. It is for men and women, all ages - who knows
it says it!

In February we had an enquête in the Södra Vi-bladet and 73 households answered, 61 want
more use of the bygdegård. The byalag and Södra Vi IF participate in the evenings.

Hartelijke groeten,
Marieke de Vries
070-772 45 03
"""
    doc = docx(
        [
            "Södra Vi Bygdegårdsförening – budget bydialog 2026",
            [
                ["Post", "Kronor"],
                ["Facilitator Hela Sverige ska leva, 2 x 2.000", "4.000"],
                ["Bus rental study trip Mörlunda", "3.500"],
                ["Lunch study trip, 25 x 110", "2.750"],
                ["Fika dialogue evenings, 2 x 400", "800"],
                ["Total", "11.050"],
            ],
        ]
    )
    part = multi(
        "mixed",
        [text(body, cte="quoted-printable"), attach("Budget bygdegard Sodra Vi.docx", doc, DOCX)],
        "----=_NextPart_000_0012_01DCB4824.7A3E9F10",
    )
    hs = std_headers(
        4824,
        addr("Marieke de Vries", "marieke.devries@example.net"),
        "Application bydialog Södra Vi",
        date("2026-04-20", "20:47:33"),
        mid(4824, "mdv.sv", "example.net"),
    )
    raw = message(hs, part)
    lab = label(
        "application",
        "en",
        "ACTNB",
        "Complete application in Dutch-flavoured English ('I am living in Södra Vi since 2019', 'dorpsgesprek - how you say it', 'enquête', 'who knows it says it', 'Hartelijke groeten'). Association (bygdegårdsförening, org.nr 769634-4428 of an economic association, 140 members); contact signs from her own address with phone; activity: two dated dialogue evenings with a facilitator plus a study trip to Mörlunda; anchoring: survey with 73 households answering, byalag and IF take part. Budget only in the attached .docx table with point thousands ('11.050') = 11050; the body has no amounts. Bus is rented.",
        association_name="Södra Vi Bygdegårdsförening",
        org_number="769634-4428",
        contact_name="Marieke de Vries",
        contact_email="marieke.devries@example.net",
        contact_phone="070-772 45 03",
        members=140,
        ort="Södra Vi",
        amount_sek=11050,
        women_and_men=True,
    )
    return raw, lab


@mail(4825, "automatic-reply-kopingsvik")
def m4825():
    body = """Thank you for your email.

I am walking the Coast to Coast path in England and will be back on Monday 4 May, with
very limited access to e-mail until then.

For anything urgent concerning Köpingsviks Samhällsförening, please contact our chair,
Birgitta Holm, on 0485-123 40.

Best wishes,
Hugh Pemberton
"""
    hs = [
        ("From", addr("Hugh Pemberton", "hugh.pemberton@example.net")),
        ("To", OFFICER),
        ("Subject", ew("Automatic reply: Re: Idéslanten 2026 - Köpingsvik [Idéslanten 2026-0031]")),
        ("Date", date("2026-04-22", "10:15:02")),
        ("Message-ID", mid(4825, "hp.ooo", "example.net")),
        ("In-Reply-To", "<handl.2026-0031.1@example.se>"),
        ("References", mid(4813, "hp.kv", "example.net") + " <handl.2026-0031.1@example.se>"),
        ("Auto-Submitted", "auto-replied"),
        ("X-Auto-Response-Suppress", "All"),
    ]
    raw = message(hs, text(body))
    lab = machine(
        "autoreply",
        "en",
        "English out-of-office ('Automatic reply:' subject) answering the officer's reply to application 4813, with Auto-Submitted: auto-replied and X-Auto-Response-Suppress; In-Reply-To/References include the application's Message-ID, but it adds nothing and must never be answered. Mentions the association and another phone number; all facts null for autoreplies.",
    )
    return raw, lab


@mail(4826, "degerhamn-harbour-days")
def m4826():
    body = """Hej hej!

Vi i Degerhamns Byalag (org.nr 802491-6002) vill söka idéslanten för "Degerhamn Harbour
Days" den 8–9 augusti. Byalaget bildades 1994 och vi är runt 65 medlemmar, mest
åretruntboende i Degerhamn och Gräsgård men också en del sommarfolk.

Planen: en föreläsning i hamnmagasinet om cementfabrikens historia med en inbjuden
föreläsare från Ölands museum, loppis på kajen, och en guidad vandring ut på alvaret med
en naturguide på söndagen. Honestly it's a no-brainer – Degerhamn är så mycket mer än ett
ställe man kör förbi på väg till Ottenby, och vi vill att både bybor och besökare ska
upptäcka det. Basically vill vi få fler att stanna, handla lokalt och kanske flytta hit.
Alla är välkomna, kvinnor och män, barn och gamlingar.

Vi hade ett öppet byamöte den 21 mars, 40 pers kom och alla var super peppade. Södra
Ölands Fiskeförening och Degerhamns IF är med och arrangerar, IF:et sköter parkeringen.

Budgeten kommer senare, we're still waiting on quotes från föreläsaren och guiden – men
vi tror totalt runt 14k.

Vänliga hälsningar
Styrelsen, Degerhamns Byalag
"""
    hs = std_headers(
        4826,
        addr("Degerhamns Byalag", "degerhamnsbyalag@example.se"),
        "Ansökan – Degerhamn Harbour Days 8–9 aug",
        date("2026-04-28", "14:10:36"),
        mid(4826, "dby.hd", "example.se"),
        subj_enc="b",
    )
    raw = message(hs, text(body))
    lab = label(
        "application",
        "sv",
        "ATN",
        "Swedish with English code-switching ('Honestly it's a no-brainer', 'Basically vill vi', 'we're still waiting on quotes', 'super peppade'); Swedish dominates. Contact false: shared association mailbox signed 'Styrelsen, Degerhamns Byalag', no named person, contact facts null. Budget false: 'Budgeten kommer senare' with only a rough total 'runt 14k' = amount_sek 14000. Association named with org.nr, founded 1994, ~65 members; activity concrete (dated harbour days with lecture, loppis, guided alvar walk); anchoring: open byamöte 21 March with 40 people, fishing association and IF co-arrange. B-encoded utf-8 subject with en dashes. Followup 4829 supplies a contact but still no budget.",
        association_name="Degerhamns Byalag",
        org_number="802491-6002",
        members=65,
        ort="Degerhamn",
        amount_sek=14000,
        women_and_men=True,
    )
    return raw, lab


@mail(4827, "bounce-orrefors-unknown-user")
def m4827():
    expl = """This is the mail system at host mx1.example.se.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<tomasz.wisnewski@example.com>: host mx.example.com[192.0.2.25] said: 550 5.1.1
    <tomasz.wisnewski@example.com>: Recipient address rejected: User unknown in
    virtual mailbox table (in reply to RCPT TO command)
"""
    status = """Reporting-MTA: dns; mx1.example.se
X-Postfix-Queue-ID: 4F2A31C0B7
X-Postfix-Sender: rfc822; landsbygdsutvecklare@example.se
Arrival-Date: Mon,  4 May 2026 08:02:11 +0200 (CEST)

Final-Recipient: rfc822; tomasz.wisnewski@example.com
Original-Recipient: rfc822;tomasz.wisnewski@example.com
Action: failed
Status: 5.1.1
Remote-MTA: dns; mx.example.com
Diagnostic-Code: smtp; 550 5.1.1 <tomasz.wisnewski@example.com>: Recipient
    address rejected: User unknown in virtual mailbox table
"""
    orig = f"""Return-Path: <landsbygdsutvecklare@example.se>
From: {OFFICER}
To: tomasz.wisnewski@example.com
Subject: =?utf-8?Q?Re=3A_Request_id=C3=A9slanten_-_Orrefors_glass_evenings?=
Date: Mon, 4 May 2026 08:02:10 +0200
Message-ID: <handl.2026-0035.2@example.se>
In-Reply-To: <tw.glas.4819@example.com>
References: <tw.glas.4819@example.com>
"""
    part = multi(
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
        "4F2A31C0B7.1777874531/mx1.example.se",
        extra="report-type=delivery-status",
    )
    hs = [
        ("From", "MAILER-DAEMON@example.se (Mail Delivery System)"),
        ("To", OFFICER_ADDR),
        ("Subject", "Undelivered Mail Returned to Sender"),
        ("Date", date("2026-05-04", "08:02:12")),
        ("Message-ID", "<20260504060212.4F2A31C0B7@example.se>"),
        ("Auto-Submitted", "auto-replied"),
    ]
    raw = message(hs, part)
    lab = machine(
        "bounce",
        "en",
        "English Postfix bounce (multipart/report; report-type=delivery-status with text/plain notice, message/delivery-status and text/rfc822-headers). The officer replied to application 4819 but mistyped the address (wisnewski); the returned headers carry In-Reply-To/References to 4819's Message-ID. Machine mail: all elements false, all facts null, never to be answered.",
    )
    return raw, lab


@mail(4828, "blomstermala-families")
def m4828():
    html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"></head>
<body dir="ltr"><div style="font-family:Calibri,Arial,sans-serif;font-size:12pt">
<p>Dear Respected Officer,</p>
<p>I hope this message finds you well.</p>
<p>I am Ahmad Khalil, pharmacist, living in Blomstermåla with my family since 2017. We are a group of
families in Blomstermåla from different backgrounds &ndash; Arabic, Swedish and Somali.</p>
<p>Kindly, we wish to apply for the idéslanten to do activities that will strengthen the cohesion of
our beloved village and make benefit for all the inhabitants, men and women, Inshallah.</p>
<p>We had a meeting in the library on 2 May, 34 persons attended, and before that we made a survey in
the village with 52 answers. Blomstermåla IK and Mönsterås bibliotek are supporting us.</p>
<p>The budget:<br>
Rent of hall 4 x 600 = 2,400.00 SEK<br>
Refreshments 2,000.00 SEK<br>
Printing 600.00 SEK<br>
Lecturer 3,000.00 SEK<br>
Total: 8,000.00 SEK</p>
<p>Please accept my best regards and thanks in advance,</p>
<p>Ahmad Khalil<br>Mobile: 0046 73 402 19 66</p>
</div></body></html>
"""
    hs = std_headers(
        4828,
        addr("Ahmad Khalil", "ahmad.khalil@example.org"),
        "Request for support – Blomstermåla",
        date("2026-05-07", "23:02:44"),
        mid(4828, "ak.blm", "example.org"),
    )
    raw = message(hs, text(html, subtype="html", charset="windows-1252", cte="quoted-printable"))
    lab = label(
        "application",
        "en",
        "CNB",
        "HTML-only windows-1252 quoted-printable mail in Syrian-flavoured formal English ('Dear Respected Officer', 'I hope this message finds you well', 'Kindly', 'make benefit', 'Inshallah'). Association false: 'a group of families in Blomstermåla' is unnamed. Activity false: 'activities that will strengthen the cohesion of our beloved village' is a vague wish. Anchoring true: meeting on 2 May with 34 people, survey with 52 answers, IK and library supporting. Budget true: four items written with comma thousands and point decimals ('2,400.00 SEK'), total 8,000.00 SEK = 8000. Contact: Ahmad signs from his own address with a 0046 mobile number. 'men and women' stated. The lecturer's fee is not salary.",
        contact_name="Ahmad Khalil",
        contact_email="ahmad.khalil@example.org",
        contact_phone="0046 73 402 19 66",
        ort="Blomstermåla",
        amount_sek=8000,
        women_and_men=True,
    )
    return raw, lab


@mail(4829, "sv-degerhamn-kontaktperson")
def m4829():
    rec = receipt("2026-0047", "CB", 1)
    body = (
        """Hej igen!

Sorry, vi glömde ju kontaktperson 🙈 Det är jag: Lena Öberg, sekreterare i byalaget,
lena.oberg@example.se, 070-263 88 14.

Budgeten kommer efter årsmötet i maj, we still have to vote on it.

/Lena

> 28 apr. 2026 kl. 14:12 skrev Idéslanten – Region Kalmar län <ideslanten@example.se>:
>
"""
        + quote(rec)
        + "\n"
    )
    hs = std_headers(
        4829,
        addr("Lena Öberg", "lena.oberg@example.se"),
        "Sv: Ansökan – Degerhamn Harbour Days 8–9 aug [Idéslanten 2026-0047]",
        date("2026-05-12", "07:31:50"),
        "<7C1E2B90-4829-4D1F-8E77-LENA0B3RG@example.se>",
        extra=[
            ("In-Reply-To", rmid("2026-0047")),
            ("References", mid(4826, "dby.hd", "example.se") + " " + rmid("2026-0047")),
            ("X-Mailer", "Apple Mail (2.3774.500.171)"),
        ],
    )
    raw = message(hs, text(body, cte="quoted-printable"))
    lab = label(
        "followup",
        "sv",
        "C",
        "Swedish/English followup to 4826 (Apple Mail quoting, attribution line inside the quote, emoji, 'we still have to vote on it'). New text supplies the contact: Lena Öberg with e-mail and phone, writing from her own address. Budget still false: 'Budgeten kommer efter årsmötet' is a promise, not a budget. The quoted receipt lists Kontaktperson and Budget as missing but counts for nothing.",
        contact_name="Lena Öberg",
        contact_email="lena.oberg@example.se",
        contact_phone="070-263 88 14",
    )
    return raw, lab


@mail(4830, "berga-kulturdag")
def m4830():
    body = """Hej!

Jag heter Iryna Melnyk. Jag kommer från Ukraina, från Charkiv. Nu jag bor i Berga 3 år.
Jag är sekreterare i Berga Byalag, org nr 802447-3103. Vi har 52 medlemmar.

Vi vill göra "Berga kulturdag" lördag 5 september i Berga bygdegård. Det blir utställning
med handarbete, ukrainskt och svenskt. Anna från Högsby bibliotek har föredrag om Bergas
historia. Sen konsert med kör från Högsby. Alla från byn kan komma, kvinnor och män och
barn. Vi vill att gamla och nya Bergabor träffas, pratar, och att byn känns som ett hem för
alla.

Byamöte var 20 april, 27 personer var där och alla sa ja. Berga kyrkokör sjunger också och
hembygdsföreningen lånar ut gamla saker till utställning. 8 personer hjälper med kaffe.

Budget jag skickar i fil.

Tack!
Iryna Melnyk
073-819 02 47
"""
    budget = """BUDGET Berga kulturdag 5 september 2026

Hyra bygdegård 1 dag            900 kr
Föreläsare arvode (Anna)      2 000 kr
Kör arvode                    3 000 kr
Affischer                       400 kr
Kaffe och kakor               1 200 kr
-----------------------------------
Summa                         7 500 kr
"""
    att = Part(
        [
            ("Content-Type", 'text/plain; charset=utf-8; name="budget.txt"'),
            ("Content-Transfer-Encoding", "base64"),
            ("Content-Disposition", 'attachment; filename="budget.txt"'),
        ],
        base64.encodebytes(budget.encode()),
    )
    part = multi("mixed", [text(body), att], "=-berga4830kulturdag-=")
    hs = std_headers(
        4830,
        addr("Iryna Melnyk", "iryna.melnyk@example.com"),
        "Ansökan Berga kulturdag",
        date("2026-05-18", "18:19:27"),
        mid(4830, "im.berga"),
    )
    raw = message(hs, part)
    lab = label(
        "application",
        "sv",
        "ACTNB",
        "Complete application in learner's Swedish (Ukrainian writer: 'Nu jag bor i Berga 3 år', 'Budget jag skickar i fil'). Association with org.nr and 52 members; contact Iryna signs from her own address with phone; activity: dated culture day with exhibition, talk and choir concert, old and new residents meet; anchoring: byamöte 20 April (27 present), church choir and hembygdsförening take part, 8 helpers. Budget in an attached .txt file (text/plain attachment, base64): five items, 7 500 kr. Speaker's and choir's fees are not salary.",
        association_name="Berga Byalag",
        org_number="802447-3103",
        contact_name="Iryna Melnyk",
        contact_email="iryna.melnyk@example.com",
        contact_phone="073-819 02 47",
        members=52,
        ort="Berga",
        amount_sek=7500,
        women_and_men=True,
    )
    return raw, lab


@mail(4831, "fraga-per-ort-eller-forening")
def m4831():
    body = """Hej!

Quick question – gäller 15 000 kr per ort eller per förening? Vi är två föreningar i
Kalmar Ljungby, byalaget och IF:et, och båda vill söka this year. Kan vi båda få full
amount eller får vi dela på det? Och räknas Kalmar Ljungby och Trekanten som samma ort?

Tack på förhand!
/Jonas Ek
Kalmar Ljungby Byalag
"""
    hs = std_headers(
        4831,
        addr("Jonas Ek", "jonas.ek@example.se"),
        "Fråga om 15 000 per ort",
        date("2026-05-25", "12:48:30"),
        mid(4831, "je.q", "example.se"),
    )
    raw = message(hs, text(body))
    lab = label(
        "question",
        "sv",
        "",
        "Short Swedish/English question ('Quick question – gäller 15 000 kr per ort', 'this year', 'full amount'), Swedish dominant. Asks about the per-locality cap and whether two villages count as one ort; applies for nothing, so all elements false. The 15 000 kr is the rule amount asked about, not an amount applied for, so amount_sek null. Facts from the mail: ort Kalmar Ljungby, the asker and his byalag.",
        association_name="Kalmar Ljungby Byalag",
        contact_name="Jonas Ek",
        contact_email="jonas.ek@example.se",
        ort="Kalmar Ljungby",
    )
    return raw, lab


@mail(4832, "franvaro-out-of-office-degerhamn")
def m4832():
    body = """Hej!

Jag är på semester till och med 2 augusti och läser inte mejl. Brådskande ärenden om
Degerhamns Byalag: ring Kjell Andersson på 070-514 22 09.

Hi! I'm on vacation until August 2nd and not reading e-mail. For urgent matters concerning
Degerhamns Byalag, please call Kjell Andersson, +46 70 514 22 09.

/Lena Öberg
"""
    hs = [
        ("From", addr("Lena Öberg", "lena.oberg@example.se")),
        ("To", OFFICER),
        (
            "Subject",
            ew(
                "Frånvaro / Out of office: Sv: Ansökan – Degerhamn Harbour Days 8–9 aug [Idéslanten 2026-0047]"
            ),
        ),
        ("Date", date("2026-06-29", "09:00:41")),
        ("Message-ID", "<autoreply.4832.lena@example.se>"),
        ("In-Reply-To", "<handl.2026-0047.3@example.se>"),
        (
            "References",
            mid(4826, "dby.hd", "example.se")
            + " <7C1E2B90-4829-4D1F-8E77-LENA0B3RG@example.se> <handl.2026-0047.3@example.se>",
        ),
        ("X-Autoreply", "yes"),
    ]
    raw = message(hs, text(body, cte="quoted-printable"))
    lab = machine(
        "autoreply",
        "sv",
        "Bilingual Swedish/English vacation reply ('Frånvaro / Out of office' subject), marked only with X-Autoreply: yes. Answers the officer's mail in the Degerhamn thread (References include application 4826 and followup 4829), but adds nothing and must not be answered. Swedish comes first, so language sv. All facts null.",
    )
    return raw, lab


@mail(4833, "pataholm-harbour-society")
def m4833():
    body = """Hello there,

We're the Pataholm Harbour Society (Pataholms Hamnförening), 30-odd members, and we look
after the old harbour and the salt warehouse. We'd like to apply for idéslanten this year
for something down at the harbour.

Will send particulars once the committee has met.

Cheers,
Nigel Ashworth
070-398 14 72

Sent from my iPad
"""
    hs = std_headers(
        4833,
        addr("Nigel Ashworth", "nigel.ashworth@example.com"),
        "Idéslanten",
        date("2026-08-10", "18:03:12"),
        "<A7D8E9F0-4833-4C21-9B3A-NA2026@example.com>",
    )
    hs.append(("X-Mailer", "iPad Mail (22F76)"))
    raw = message(hs, text(body, cte="quoted-printable", fmt="format=flowed"))
    lab = label(
        "application",
        "en",
        "AC",
        "Very short British iPad mail ('30-odd members', 'Cheers', 'particulars'), utf-8 quoted-printable with format=flowed, bare subject 'Idéslanten'. Association true: named society with what it does and a member count ('30-odd' read as 30). Contact true: Nigel signs from his own address with phone. Activity false ('something down at the harbour'), anchoring false (nothing) and budget false (nothing, no amount): three elements missing. Followup 4835 supplies nothing useful.",
        association_name="Pataholms Hamnförening",
        contact_name="Nigel Ashworth",
        contact_email="nigel.ashworth@example.com",
        contact_phone="070-398 14 72",
        members=30,
        ort="Pataholm",
    )
    return raw, lab


@mail(4834, "newsletter-rural-europe-digest")
def m4834():
    plain = """RURAL EUROPE DIGEST - August 2026
News for local action groups, village associations and rural officers

1. Small grants, big effects
Across Europe, micro-grants of a few thousand euros are helping villages run study trips,
dialogue evenings and festivals. Read how a village in Finland used 1,200 EUR to bring
back its summer market.

2. Call for applications: Village Futures Lab
Applications for the autumn cohort close on 30 September. Budget templates, a checklist
of what to include (association details, contact person, activity, local anchoring and
budget) and a webinar recording are on our website.

3. Save the date
European Rural Parliament side event, 14-15 October, online.

You are receiving this newsletter because you subscribed at example.org.
Unsubscribe: https://example.org/digest/unsubscribe?u=4834
"""
    html = (
        "<html><body><h1>Rural Europe Digest &ndash; August 2026</h1>"
        + "".join(f"<p>{p.replace(chr(10), '<br>')}</p>" for p in plain.strip().split("\n\n")[1:])
        + "</body></html>\n"
    )
    part = multi(
        "alternative",
        [
            text(plain, charset="us-ascii", cte="7bit"),
            text(html, subtype="html", cte="quoted-printable"),
        ],
        "b1_digest_2026_08_4834",
    )
    hs = [
        ("From", addr("Rural Europe Digest", "digest@example.org")),
        ("To", OFFICER_ADDR),
        ("Subject", "Rural Europe Digest - August 2026: small grants, big effects"),
        ("Date", date("2026-08-24", "06:00:00", "+0000")),
        ("Message-ID", "<digest.2026-08.4834@example.org>"),
        ("List-Id", "Rural Europe Digest <digest.example.org>"),
        (
            "List-Unsubscribe",
            "<https://example.org/digest/unsubscribe?u=4834>, <mailto:unsubscribe@example.org?subject=unsubscribe>",
        ),
        ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
        ("Precedence", "bulk"),
    ]
    raw = message(hs, part)
    lab = machine(
        "newsletter",
        "en",
        "English bulk newsletter (List-Id, List-Unsubscribe with One-Click, Precedence: bulk, multipart/alternative). Talks about micro-grants, applications, budgets and even lists the five elements an application should contain, which must not make it an application. Sent in UTC (+0000). Never answered; all facts null.",
    )
    return raw, lab


@mail(4835, "re-pataholm-in-english-please")
def m4835():
    rec = receipt("2026-0063", "TNB", 0)
    body = (
        """Could you possibly send this in English please? I'm afraid Google Translate makes a
complete hash of it.

Sent from my iPad

> On 10 Aug 2026, at 18:05, Idéslanten – Region Kalmar län <ideslanten@example.se> wrote:
>
"""
        + quote(rec)
        + "\n"
    )
    hs = std_headers(
        4835,
        addr("Nigel Ashworth", "nigel.ashworth@example.com"),
        "Re: Idéslanten [Idéslanten 2026-0063]",
        date("2026-08-26", "08:12:47"),
        "<B2C4D6E8-4835-4A0B-8C1D-NA2026@example.com>",
        extra=[
            ("In-Reply-To", rmid("2026-0063")),
            ("References", "<A7D8E9F0-4833-4C21-9B3A-NA2026@example.com> " + rmid("2026-0063")),
            ("X-Mailer", "iPad Mail (22F76)"),
        ],
    )
    raw = message(hs, text(body, cte="quoted-printable"))
    lab = label(
        "followup",
        "en",
        "",
        "Followup to 4833 that supplies nothing: the British writer only asks for the Swedish receipt in English. Unsigned apart from 'Sent from my iPad'; his name is only in the From header, so contact false and contact facts null. Every element false although the quoted receipt lists Aktivitet, Lokal förankring and Budget with guidance lines (quoted text never counts).",
    )
    return raw, lab


@mail(4836, "spam-mailbox-quota")
def m4836():
    html = """<html><body style="font-family:Segoe UI,Arial">
<table width="560" style="border:1px solid #ddd"><tr><td style="padding:20px">
<p style="font-size:18px;color:#0078d4"><b>Microsoft 365</b></p>
<p>Dear user landsbygdsutvecklare,</p>
<p>Your mailbox has reached <b>99%</b> of its storage limit. Incoming messages for
<b>landsbygdsutvecklare@example.se</b> will be rejected after 24 hours.</p>
<p>To keep receiving e-mail, please verify your account and upgrade your storage free of charge:</p>
<p><a href="http://example.net/o365/verify?id=4836" style="background:#0078d4;color:#fff;padding:8px 16px">Verify Now</a></p>
<p>Microsoft respects your privacy. This is a mandatory service communication.</p>
</td></tr></table>
</body></html>
"""
    hs = [
        ("From", addr("Microsoft 365 Admin", "no-reply@example.net")),
        ("To", OFFICER_ADDR),
        ("Subject", "Action required: Mailbox storage full - verify within 24 hours"),
        ("Date", date("2026-09-07", "03:41:19", "-0700")),
        ("Message-ID", "<0d9f4836.a1b2c3@example.net>"),
        ("Reply-To", "support-desk@example.net"),
    ]
    raw = message(hs, text(html, subtype="html", charset="iso-8859-1", cte="7bit"))
    lab = machine(
        "spam",
        "en",
        "English phishing in HTML only (iso-8859-1 declared, 7bit): fake Microsoft 365 'mailbox storage full' with a Verify Now link and a Reply-To to another address, sent at night in -0700. Not about the grant at all; never answered; all facts null.",
    )
    return raw, lab


@mail(4837, "parental-leave-halltorp")
def m4837():
    orig = receipt("2026-0019", "T", 2)
    body = (
        """Hi! I'm on parental leave until January 2027 and I don't read this inbox very often.
For Halltorps Byalag, please contact our ordförande Bengt Karlsson, 0480-650 12.

Hej! Jag är föräldraledig till januari 2027. Kontakta Bengt Karlsson, 0480-650 12.

/Sara

-----Original message-----
From: Landsbygdsutvecklare Region Kalmar län <landsbygdsutvecklare@example.se>
Sent: Monday, 14 September 2026 10:30
Subject: Påminnelse: Idéslanten application - Halltorps Byalag [Idéslanten 2026-0019]

Hej Sara! Jag påminner om att vi fortfarande saknar en del i er ansökan.

"""
        + orig
    )
    hs = [
        ("From", addr("Sara Lindqvist", "sara.lindqvist@example.org")),
        ("To", OFFICER),
        (
            "Subject",
            ew("Re: Påminnelse: Idéslanten application - Halltorps Byalag [Idéslanten 2026-0019]"),
        ),
        ("Date", date("2026-09-14", "10:30:58")),
        ("Message-ID", mid(4837, "sl.away", "example.org")),
        ("In-Reply-To", "<handl.2026-0019.2@example.se>"),
        ("References", mid(4809, "sl.halltorp", "example.org") + " <handl.2026-0019.2@example.se>"),
    ]
    raw = message(hs, text(body, cte="quoted-printable"))
    lab = machine(
        "autoreply",
        "en",
        "Parental-leave auto reply WITHOUT any automation header (no Auto-Submitted, X-Autoreply or Precedence) and with a plain 'Re:' subject, sent 58 seconds after the officer's reminder. It quotes the officer's mail including 'Vi saknar följande i er ansökan' and the Aktivitet guidance line, and References application 4809, so it looks like a followup, but it adds nothing: autoreply, never answered. English first (the Swedish line repeats it), so en. All facts null.",
    )
    return raw, lab


@mail(4838, "bounce-blomstermala-mailbox-full")
def m4838():
    expl = """** Message not delivered **

Your message to ahmad.khalil@example.org couldn't be delivered because the
recipient's mailbox is full.

The response from the remote server was:
552 5.2.2 The email account that you tried to reach is over quota.
"""
    status = """Reporting-MTA: dns; mail-out.example.org
Arrival-Date: Tue, 29 Sep 2026 11:20:03 +0200

Final-Recipient: rfc822; ahmad.khalil@example.org
Action: failed
Status: 5.2.2
Remote-MTA: dns; mx.example.org
Diagnostic-Code: smtp; 552 5.2.2 The email account that you tried to reach is over quota.
Last-Attempt-Date: Tue, 29 Sep 2026 11:20:05 +0200
"""
    inner_body = """Hej Ahmad / Dear Ahmad,

Thank you for the application from Blomstermåla. Vi saknar följande i er ansökan:
– Förening/grupp: the name of your group and a few facts about it
– Aktivitet: what you will do, when and how

Could you please send this? Tack!

Landsbygdsutvecklare, Region Kalmar län
"""
    inner = message(
        [
            ("From", OFFICER),
            ("To", addr("Ahmad Khalil", "ahmad.khalil@example.org")),
            ("Subject", ew("Re: Request for support – Blomstermåla [Idéslanten 2026-0052]")),
            ("Date", "Tue, 29 Sep 2026 11:20:02 +0200"),
            ("Message-ID", "<handl.2026-0052.2@example.se>"),
            ("In-Reply-To", mid(4828, "ak.blm", "example.org")),
            ("References", mid(4828, "ak.blm", "example.org")),
        ],
        text(inner_body, cte="quoted-printable"),
    )
    part = multi(
        "report",
        [
            text(expl, charset="UTF-8", cte="7bit"),
            Part([("Content-Type", "message/delivery-status")], status.encode()),
            Part([("Content-Type", "message/rfc822")], inner),
        ],
        "000000000000dsn4838e0a1f2b3c",
        extra="report-type=delivery-status",
    )
    hs = [
        ("From", addr("Mail Delivery Subsystem", "mailer-daemon@example.org")),
        ("To", OFFICER_ADDR),
        ("Subject", "Delivery Status Notification (Failure)"),
        ("Date", date("2026-09-29", "11:20:06")),
        ("Message-ID", "<dsn.4838.mailer-daemon@example.org>"),
        ("Auto-Submitted", "auto-replied"),
    ]
    raw = message(hs, part)
    lab = machine(
        "bounce",
        "en",
        "Gmail-style 'Delivery Status Notification (Failure)' (mailbox over quota, 552 5.2.2) as multipart/report with the full returned message as message/rfc822. The returned officer's mail is bilingual and contains 'Vi saknar följande i er ansökan' with two guidance lines and references application 4828; none of it is new applicant text. Machine mail: all false/null.",
    )
    return raw, lab


@mail(4839, "bygdebrevet-oktober")
def m4839():
    body = """BYGDEBREVET - oktober 2026
Nyheter för byalag, bygdegårdar och föreningar i Kalmar län

* Höstens träffar för byalag
  Den 7 november träffas byalag från hela länet i Mörlunda bygdegård. Tema: hur får vi
  fler unga i styrelserna? Fika ingår, anmälan senast 30 oktober.

* Rural Youth Summit - save the date!
  This year's summit is held in English and Swedish, 21 November in Kalmar. Young people
  15-25 from small villages are welcome; travel costs are covered.

* Glöm inte idéslanten
  Regional bygdepeng - idéslanten - kan sökas hela året, högst 15 000 kr per ort och år.
  Tips: skriv vilka ni är, vem vi kan kontakta, vad ni vill göra, hur det är förankrat i
  byn och en enkel budget.

Du får Bygdebrevet eftersom du anmält dig på example.se/bygdebrevet.
Avregistrera: https://example.se/bygdebrevet/avsluta?id=4839
"""
    hs = [
        ("From", addr("Bygdebrevet Kalmar län", "nyhetsbrev@example.se")),
        ("To", OFFICER_ADDR),
        (
            "Subject",
            ew(
                "Bygdebrevet oktober: höstträffar, Rural Youth Summit och idéslanten",
                charset="iso-8859-1",
            ),
        ),
        ("Date", date("2026-10-15", "07:30:00")),
        ("Message-ID", "<bygdebrevet.2026-10.4839@example.se>"),
        ("List-Unsubscribe", "<https://example.se/bygdebrevet/avsluta?id=4839>"),
        ("Precedence", "bulk"),
    ]
    raw = message(hs, text(body, charset="iso-8859-1", cte="quoted-printable"))
    lab = machine(
        "newsletter",
        "sv",
        "Swedish newsletter with an English section (Rural Youth Summit), iso-8859-1 quoted-printable with an iso-8859-1 Q-encoded subject; List-Unsubscribe and Precedence: bulk but no List-Id. It describes idéslanten and the five things to include, which must not be read as an application. Never answered; all facts null.",
    )
    return raw, lab


@mail(4840, "spam-eu-landsbygdsstod")
def m4840():
    body = """Kära mottagare,

Vi är glada meddela att er förening har valts ut för EU landsbygd stöd på 2.500.000 SEK
genom programmet för bygdeutveckling 2026.

För att få utbetalning vänligen skicka oss inom 48 timmar:
- fullständigt namn och personnummer
- bank konto nummer och clearingnummer
- behandling avgift 450 SEK till vår agent (instruktioner följer)

Om ni inte svarar går stödet till annan förening.

Med vänliga hälsningar
Dr. Richard Weber
Avdelningen för utbetalningar, EU Landsbygdsfonden
"""
    hs = [
        ("From", addr("EU Landsbygdsfonden", "utbetalning@example.com")),
        ("To", addr("", BOT_ADDR)),
        ("Reply-To", "r.weber.agent@example.net"),
        ("Subject", ew("GRATTIS! Er förening har beviljats 2.500.000 SEK", enc="b")),
        ("Date", date("2026-11-03", "02:14:55", "+0300")),
        ("Message-ID", "<20261103021455.4840.spam@example.com>"),
    ]
    raw = message(hs, text(body, cte="base64"))
    lab = machine(
        "spam",
        "sv",
        "Advance-fee scam in machine-translated Swedish ('Vi är glada meddela', 'bank konto nummer', 'behandling avgift'), utf-8 base64 with a B-encoded subject, a Reply-To to another domain and a +0300 night-time date. Uses grant vocabulary (förening, stöd, SEK, bygdeutveckling) but is fraud: spam, never answered, all facts null.",
    )
    return raw, lab


# =========================================================================== end of mails

# --------------------------------------------------------------------------- self-check

ORG_RE = re.compile(r"\b\d{6}-\d{4}\b")
ADDR_RE = re.compile(r"[A-Za-z0-9._%+=-]+@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)")
MALFORMED: set[str] = set()


def luhn_ok(org: str) -> bool:
    digits = [int(c) for c in org if c.isdigit()]
    if len(digits) != 10:
        return False
    total = 0
    for i, d in enumerate(digits):
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def readable_texts(msg) -> list[str]:
    """Decoded text of every part, including the text inside docx/xlsx/pdf attachments."""
    out = []
    for part in msg.walk():
        if part.is_multipart():
            continue
        ctype = part.get_content_type()
        data = part.get_payload(decode=True) or b""
        name = part.get_filename() or ""
        if ctype.startswith("text/") or ctype.startswith("message/"):
            cs = part.get_content_charset() or "us-ascii"
            out.append(data.decode(cs))  # strict: must decode cleanly
        elif name.endswith((".docx", ".xlsx")):
            with zipfile.ZipFile(io.BytesIO(data)) as z:
                for n in z.namelist():
                    out.append(re.sub(r"<[^>]+>", " ", z.read(n).decode("utf-8")))
        elif name.endswith(".pdf"):
            m = re.search(rb"stream\n(.*)\nendstream", data, re.S)
            raw = m.group(1) if m else b""
            if b"/FlateDecode" in data:
                raw = zlib.decompress(raw)
            out.append(raw.decode("cp1252"))
    return out


def check() -> list[str]:
    errors: list[str] = []
    labels = json.loads((OUT / "labels.json").read_text(encoding="utf-8"))
    files = sorted(p.name for p in OUT.glob("*.eml"))
    if sorted(labels) != files:
        errors.append("labels.json keys do not match the .eml files")
    msgs = {}
    for name in files:
        raw = (OUT / name).read_bytes()
        if b"\r" in raw:
            errors.append(f"{name}: CR in file")
        if not re.fullmatch(r"\d{4}-[a-z0-9-]+\.eml", name):
            errors.append(f"{name}: bad file name")
        msg = message_from_bytes(raw, policy=policy.default)
        msgs[name] = msg
        if name not in MALFORMED:
            for part in msg.walk():
                if part.defects:
                    errors.append(f"{name}: defects {part.defects}")
        try:
            texts = readable_texts(msg)
        except Exception as exc:  # noqa: BLE001
            errors.append(f"{name}: cannot decode: {exc!r}")
            texts = []
        head = raw.split(b"\n\n", 1)[0].decode("ascii", "replace")
        for t in [head, *texts]:
            for m in ADDR_RE.finditer(t):
                if m.group(1).lower() not in ALLOWED_DOMAINS:
                    errors.append(f"{name}: address with bad domain {m.group(0)}")
            for org in ORG_RE.findall(t):
                if not luhn_ok(org):
                    errors.append(f"{name}: org number {org} fails Luhn")
    # labels schema
    for name, lab in labels.items():
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
            errors.append(f"{name}: language {lab['language']}")
        if set(lab["elements"]) != set(ELEMENTS.values()) or not all(
            isinstance(v, bool) for v in lab["elements"].values()
        ):
            errors.append(f"{name}: elements")
        if set(lab["facts"]) != set(FACT_KEYS):
            errors.append(f"{name}: facts keys")
        if not lab["notes"].strip():
            errors.append(f"{name}: empty notes")
        f = lab["facts"]
        if f["org_number"] is not None and not luhn_ok(f["org_number"]):
            errors.append(f"{name}: org_number {f['org_number']} fails Luhn")
        if (
            f["contact_email"] is not None
            and f["contact_email"].split("@")[-1].lower() not in ALLOWED_DOMAINS
        ):
            errors.append(f"{name}: contact_email domain")
        if lab["kind"] in MACHINE:
            if any(lab["elements"].values()) or any(v is not None for v in f.values()):
                errors.append(f"{name}: machine mail with elements/facts")
        if lab["kind"] in ("question", "autoreply", "bounce", "newsletter", "spam") and any(
            lab["elements"].values()
        ):
            errors.append(f"{name}: non-application with elements")
        if lab["kind"] in ("application", "followup"):
            if not isinstance(f["salary_costs"], bool) or not isinstance(
                f["physical_investment"], bool
            ):
                errors.append(f"{name}: salary/physical must be bool")
        for k in ("members", "amount_sek"):
            if f[k] is not None and not isinstance(f[k], int):
                errors.append(f"{name}: {k} not int")
    # date order
    prev = None
    for name in files:
        d = parsedate_to_datetime(str(msgs[name]["Date"]))
        if d.year != 2026:
            errors.append(f"{name}: date not in 2026")
        if prev is not None and d <= prev:
            errors.append(f"{name}: Date not after previous file")
        prev = d
    # threading
    app_ids = {
        str(msgs[n]["Message-ID"]).strip(): n
        for n in files
        if labels.get(n, {}).get("kind") == "application"
    }
    for name in files:
        if labels.get(name, {}).get("kind") != "followup":
            continue
        irt = str(msgs[name]["In-Reply-To"] or "").strip()
        refs = str(msgs[name]["References"] or "").split()
        subj = str(msgs[name]["Subject"])
        if not re.match(r"(?i)(re|sv|aw|vs):", subj):
            errors.append(f"{name}: followup subject without Re:/SV:")
        ref_apps = [app_ids[r] for r in refs if r in app_ids]
        if irt in app_ids:
            ref_apps.append(app_ids[irt])
        elif not (irt.startswith("<kvitto.") and ref_apps):
            errors.append(
                f"{name}: In-Reply-To names neither an application nor a receipt with the application in References"
            )
        if not ref_apps:
            errors.append(f"{name}: no application referenced")
        for a in ref_apps:
            if a >= name:
                errors.append(f"{name}: refers to later application {a}")
    ids = [str(m["Message-ID"]) for m in msgs.values()]
    if len(set(ids)) != len(ids):
        errors.append("duplicate Message-IDs")
    return errors


def main() -> int:
    OUT.mkdir(parents=True, exist_ok=True)
    for old in OUT.glob("*.eml"):
        old.unlink()
    labels = {}
    nums = [n for n, _, _ in MAILS]
    if len(set(nums)) != len(nums):
        print("duplicate mail numbers", file=sys.stderr)
        return 1
    for num, slug, fn in sorted(MAILS, key=lambda m: m[0]):
        raw, lab = fn()
        name = f"{num}-{slug}.eml"
        (OUT / name).write_bytes(raw)
        labels[name] = lab
    (OUT / "labels.json").write_text(
        json.dumps(labels, ensure_ascii=False, indent=2, sort_keys=True) + "\n", encoding="utf-8"
    )
    errors = check()
    for e in errors:
        print("ERROR:", e, file=sys.stderr)
    kinds: dict[str, int] = {}
    for lab in labels.values():
        kinds[lab["kind"]] = kinds.get(lab["kind"], 0) + 1
    print(f"wrote {len(labels)} mails to {OUT}: {kinds}")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
