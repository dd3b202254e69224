#!/usr/bin/env python3
"""Build the retired held-out corpus tests/data/retired-holdout2/ (files 501-536, labels.json).

    .venv/bin/python tests/data/tools/make_holdout2.py

Self-contained and deterministic: every Message-ID, MIME boundary and attachment byte is
derived from fixed strings, and zip-based attachments (.docx, .xlsx) get fixed timestamps, so
two runs give byte-identical files. MIME is assembled by hand (not by the email package's
generator) so that each mail has exactly the charset, transfer encoding and layout its client
would produce. After writing, the script checks the result (see check()).

It was held out (never read, never tuned on) until it had been scored blind; since then it
is a development corpus. See ../README.md.
"""

# Mail bodies are written one paragraph per line, as people type them.
# ruff: noqa: E501

from __future__ import annotations

import base64
import hashlib
import html
import io
import json
import quopri
import re
import struct
import sys
import zipfile
import zlib
from datetime import datetime
from email import message_from_bytes, policy
from email.header import Header
from email.utils import format_datetime, formataddr, parsedate_to_datetime
from pathlib import Path
from urllib.parse import quote
from zoneinfo import ZoneInfo

SIG_DASHES = "-- "  # the usenet signature delimiter, with its trailing space

OUT = Path(__file__).resolve().parents[1] / "retired-holdout2"
TZ = ZoneInfo("Europe/Stockholm")
BOT = "ideslanten@example.se"
BOT_NAME = "Idéslanten – Region Kalmar län"
OFFICER = "landsbygdsutvecklare@example.se"
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

# ---------------------------------------------------------------------------------------------
# Small deterministic helpers
# ---------------------------------------------------------------------------------------------


def h(seed: str, n: int = 40) -> str:
    """Deterministic hex string."""
    out = ""
    i = 0
    while len(out) < n:
        out += hashlib.sha256(f"{seed}/{i}".encode()).hexdigest()
        i += 1
    return out[:n]


def digits(seed: str, n: int) -> str:
    return "".join(str(int(c, 16) % 10) for c in h(seed, n))


def dt(value: str) -> datetime:
    return datetime.strptime(value, "%Y-%m-%d %H:%M:%S").replace(tzinfo=TZ)


def luhn_digit(nine: str) -> str:
    total = 0
    for i, ch in enumerate(nine):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        total += d - 9 if d > 9 else d
    return str((10 - total % 10) % 10)


def org(first6: str, next3: str) -> str:
    return f"{first6}-{next3}{luhn_digit(first6 + next3)}"


def luhn_ok(number: str) -> bool:
    ds = number.replace("-", "")
    if not re.fullmatch(r"\d{10}", ds) or int(ds[2]) < 2:
        return False
    return luhn_digit(ds[:9]) == ds[9]


# Message-IDs in the style of each client -----------------------------------------------------


def mid_thunderbird(seed: str, domain: str) -> str:
    x = h(seed)
    return f"<{x[:8]}-{x[8:12]}-{x[12:16]}-{x[16:20]}-{x[20:32]}@{domain}>"


def mid_apple(seed: str, domain: str) -> str:
    x = h(seed).upper()
    return f"<{x[:8]}-{x[8:12]}-{x[12:16]}-{x[16:20]}-{x[20:32]}@{domain}>"


def mid_gmail(seed: str) -> str:
    raw = base64.b64encode(bytes.fromhex(h(seed, 56))).decode().rstrip("=")
    return f"<CA+{raw[:20]}={raw[20:34]}-{raw[34:]}@mail.example.com>"


def mid_outlook(seed: str) -> str:
    x = h(seed, 32).upper()
    host = f"DB9PR07MB{digits(seed + 'h', 4)}"
    return f"<{host}{x}@{host}.eurprd07.prod.example.com>"


def mid_webmail(seed: str, domain: str) -> str:
    return f"<{h(seed, 32)}@webmail.{domain}>"


def mid_bot(seed: str, when: datetime) -> str:
    stamp = int(when.timestamp() * 100) + int(digits(seed, 2))
    return f"<{stamp}.{digits(seed + 'p', 4)}.{digits(seed + 'r', 19)}.ideslanten@example.se>"


# Encodings ------------------------------------------------------------------------------------

CODECS = {
    "us-ascii": "ascii",
    "utf-8": "utf-8",
    "iso-8859-1": "latin-1",
    "windows-1252": "cp1252",
    None: "ascii",
}


def qp(raw: bytes) -> bytes:
    return quopri.encodestring(raw, quotetabs=False)


def b64(raw: bytes) -> bytes:
    return base64.encodebytes(raw)


def hdr(value: str, charset: str = "utf-8") -> str:
    """A header value, RFC 2047-encoded when it is not ASCII."""
    if value.isascii():
        return value
    return Header(value, charset, maxlinelen=76).encode(linesep="\n")


def addr(name: str, address: str, charset: str = "utf-8") -> str:
    if not name:
        return address
    if name.isascii():
        return formataddr((name, address))
    return f"{Header(name, charset).encode()} <{address}>"


def rfc2231(value: str) -> str:
    return "utf-8''" + quote(value, safe="")


class Part:
    def __init__(self, headers: list[tuple[str, str]], body: bytes):
        self.headers = headers
        self.body = body if body.endswith(b"\n") else body + b"\n"

    def head_bytes(self) -> bytes:
        return "".join(f"{k}: {v}\n" for k, v in self.headers).encode("ascii")

    def to_bytes(self) -> bytes:
        return self.head_bytes() + b"\n" + self.body


def text(
    body: str,
    subtype: str = "plain",
    charset: str | None = "utf-8",
    cte: str = "quoted-printable",
    params: str = "",
    extra: list | None = None,
) -> Part:
    raw = body.encode(CODECS[charset.lower() if charset else None])
    if cte == "quoted-printable":
        payload = qp(raw)
    elif cte == "base64":
        payload = b64(raw)
    else:
        payload = raw
    ct = f"text/{subtype}" + (f"; charset={charset}" if charset else "") + params
    headers = [("Content-Type", ct), ("Content-Transfer-Encoding", cte)]
    return Part(headers + (extra or []), payload)


def attachment(
    data: bytes, ctype: str, filename: str, cte: str = "base64", charset: str | None = None
) -> Part:
    if filename.isascii():
        name_ct = f'; name="{filename}"'
        name_cd = f'; filename="{filename}"'
    else:
        name_ct = f"; name*={rfc2231(filename)}"
        name_cd = f"; filename*={rfc2231(filename)}"
    ct = ctype + (f"; charset={charset}" if charset else "") + name_ct
    payload = b64(data) if cte == "base64" else qp(data)
    return Part(
        [
            ("Content-Type", ct),
            ("Content-Disposition", "attachment" + name_cd),
            ("Content-Transfer-Encoding", cte),
        ],
        payload,
    )


def multipart(
    subtype: str, parts: list[Part], boundary: str, params: str = "", preamble: str | None = None
) -> Part:
    body = b""
    if preamble:
        body += preamble.encode() + b"\n"
    for p in parts:
        body += f"--{boundary}\n".encode() + p.to_bytes() + b"\n"
    body += f"--{boundary}--\n".encode()
    return Part([("Content-Type", f'multipart/{subtype}; boundary="{boundary}"{params}')], body)


def message(headers: list[tuple[str, str]], root: Part) -> bytes:
    head = "".join(f"{k}: {v}\n" for k, v in headers) + "MIME-Version: 1.0\n"
    return head.encode("ascii") + root.to_bytes()


def fold_ids(ids: list[str]) -> str:
    return "\n ".join(ids)


# Text layout helpers ---------------------------------------------------------------------------


def T(s: str) -> str:
    """Strip the leading newline of a triple-quoted block."""
    return s[1:] if s.startswith("\n") else s


def flowed(body: str, width: int = 72) -> str:
    """format=flowed wrapping as Thunderbird does it (soft breaks end in a space)."""
    out: list[str] = []
    for line in body.split("\n"):
        if line == "-- ":
            out.append(line)
            continue
        prefix = ""
        m = re.match(r"^(>+ ?)", line)
        if m:
            prefix = m.group(1)
        content = line[len(prefix) :].rstrip(" ")
        if not prefix and (content.startswith(" ") or content.startswith("From ")):
            content = " " + content  # space-stuffing, RFC 3676 4.4
        if len(prefix) + len(content) <= width:
            out.append(prefix + content)
            continue
        cur = ""
        for word in content.split(" "):
            if cur and len(prefix) + len(cur) + 1 + len(word) > width:
                out.append(prefix + cur + " ")
                cur = word
            else:
                cur = word if not cur else cur + " " + word
        out.append(prefix + cur)
    return "\n".join(out)


def quote_lines(body: str, mark: str = "> ") -> str:
    return "\n".join((mark + line) if line else mark.rstrip() for line in body.split("\n"))


def esc(s: str) -> str:
    return html.escape(s, quote=False)


def gmail_html(body: str, quote_attr: str | None = None, quoted: str | None = None) -> str:
    divs = []
    for line in body.split("\n"):
        divs.append(f"<div>{esc(line)}</div>" if line else "<div><br></div>")
    out = '<div dir="ltr">' + "".join(divs) + "</div>"
    if quote_attr and quoted is not None:
        q = "<br>".join(esc(x) for x in quoted.split("\n"))
        out += (
            '<br><div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">'
            f'{esc(quote_attr)}<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px '
            '0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">'
            + q
            + "</blockquote></div>"
        )
    return out + "\n"


def apple_html(body: str) -> str:
    divs = []
    for line in body.split("\n"):
        divs.append(f"<div>{esc(line)}</div>" if line else "<div><br></div>")
    return (
        '<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
        '<body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: '
        'after-white-space;">' + "\n".join(divs) + "</body></html>\n"
    )


# Bot receipts (as the bot's templates render them) -------------------------------------------

MISSING_SV = {
    "association": "uppgifter om föreningen eller gruppen (namn, vad ni är, var ni finns, antal medlemmar)",
    "contact": "en kontaktperson med namn och telefonnummer eller e-postadress",
    "activity": "en beskrivning av aktiviteten: vad ni ska göra, när och hur den bidrar till utvecklingen i bygden",
    "anchoring": "hur aktiviteten är förankrad i bygden (till exempel ett bymöte, en enkät eller samarbete med andra föreningar)",
    "budget": "en översiktlig budget med kostnadsposter och belopp",
}


def receipt_subject(ref: str) -> str:
    return f"[Idéslanten {ref}] Vi har tagit emot er ansökan – det saknas uppgifter"


def receipt_body(ref: str, missing: list[str]) -> str:
    lines = [
        "Hej!",
        "",
        f"Tack för er ansökan om regional bygdepeng – idéslanten. Den har fått ärendenummer {ref}.",
        "",
        "Vi saknar följande i er ansökan:",
        *[f"- {MISSING_SV[m]}" for m in missing],
        "",
        "Svara på det här mejlet med det som saknas, så går ansökan vidare till",
        "handläggning. Ni behöver inte skicka om det ni redan har skickat.",
        "",
        "Har ni frågor går det bra att skriva till Landsbygdsutvecklaren, landsbygdsutvecklare@example.se.",
        "",
        "Med vänliga hälsningar",
        "Idéslanten – Region Kalmar län",
        "(Detta är ett automatiskt svar.)",
    ]
    return "\n".join(lines)


def complete_body_en(ref: str) -> str:
    return "\n".join(
        [
            "Hello,",
            "",
            f"Thank you for your application for regional bygdepeng – idéslanten. Its case number is {ref}.",
            "",
            "Your application contains everything we need and is now with the officer.",
            "",
            "Kind regards",
            "Idéslanten – Region Kalmar län",
            "(This is an automatic reply.)",
        ]
    )


SV_DAYS = ["måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag"]
SV_MONTHS = [
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

# ---------------------------------------------------------------------------------------------
# Labels
# ---------------------------------------------------------------------------------------------


def label(kind: str, language: str, present: str, notes: str, **facts) -> dict:
    """present: space-separated element names that are present."""
    names = set(present.split())
    assert names <= set(ELEMENTS), names
    f = {k: None for k in FACTS}
    for k, v in facts.items():
        assert k in f, k
        f[k] = v
    if kind in ("application", "followup"):
        assert isinstance(f["salary_costs"], bool) and isinstance(f["physical_investment"], bool)
    if kind in ("autoreply", "bounce", "newsletter", "spam"):
        assert not names and all(v is None for v in f.values())
    if kind == "question":
        assert not names
    return {
        "kind": kind,
        "language": language,
        "elements": {e: e in names for e in ELEMENTS},
        "facts": f,
        "notes": notes,
    }


MAILS: list[tuple[str, bytes, dict]] = []
IDS: dict[str, str] = {}  # application key -> Message-ID
RECEIPTS: dict[str, tuple[str, datetime, str, list[str]]] = {}  # key -> (msgid, when, ref, missing)


def add(name: str, data: bytes, lab: dict) -> None:
    MAILS.append((name, data, lab))


def bot_receipt(key: str, when: str, ref: str, missing: list[str]) -> None:
    w = dt(when)
    RECEIPTS[key] = (mid_bot("receipt" + key, w), w, ref, missing)


def thread(key: str) -> list[tuple[str, str]]:
    rid = RECEIPTS[key][0]
    return [("In-Reply-To", rid), ("References", fold_ids([IDS[key], rid]))]


# ---------------------------------------------------------------------------------------------
# Attachments
# ---------------------------------------------------------------------------------------------

FIXED_W3C = "2026-01-15T09:00:00Z"


def normalize_zip(data: bytes, when: tuple[int, int, int, int, int, int]) -> bytes:
    """Rewrite an OOXML zip with fixed timestamps and fixed document dates."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            content = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                stamp = datetime(*when).strftime("%Y-%m-%dT%H:%M:%SZ").encode()
                content = re.sub(
                    rb"(<dcterms:(created|modified)[^>]*>)[^<]*(</dcterms:)",
                    rb"\g<1>" + stamp + rb"\g<3>",
                    content,
                )
            zi = zipfile.ZipInfo(info.filename, date_time=when)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            dst.writestr(zi, content)
    return out.getvalue()


def make_docx(author: str, blocks: list, when: tuple) -> bytes:
    """blocks: ("h", text, level) | ("p", text) | ("b", label, text) | ("t", rows)."""
    import docx

    d = docx.Document()
    for block in blocks:
        kind = block[0]
        if kind == "h":
            d.add_heading(block[1], level=block[2])
        elif kind == "p":
            d.add_paragraph(block[1])
        elif kind == "b":
            p = d.add_paragraph()
            p.add_run(block[1]).bold = True
            p.add_run(block[2])
        elif kind == "t":
            rows = block[1]
            table = d.add_table(rows=len(rows), cols=len(rows[0]))
            table.style = "Table Grid"
            for r, row in enumerate(rows):
                for c, val in enumerate(row):
                    table.cell(r, c).text = val
    cp = d.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.title = ""
    cp.revision = 3
    cp.created = datetime(*when)
    cp.modified = datetime(*when)
    buf = io.BytesIO()
    d.save(buf)
    return normalize_zip(buf.getvalue(), when)


def make_xlsx(
    author: str, rows: list[list], widths: dict[str, int], when: tuple, bold_rows: tuple = ()
) -> bytes:
    from openpyxl import Workbook
    from openpyxl.styles import Font

    wb = Workbook()
    ws = wb.active
    ws.title = "Budget"
    for row in rows:
        ws.append(row)
    for r in bold_rows:
        for cell in ws[r]:
            cell.font = Font(bold=True)
    for col, w in widths.items():
        ws.column_dimensions[col].width = w
    for row in ws.iter_rows(min_row=1):
        for cell in row:
            if isinstance(cell.value, (int, float)):
                cell.number_format = "# ##0"
    wb.properties.creator = author
    wb.properties.lastModifiedBy = author
    wb.properties.created = datetime(*when)
    wb.properties.modified = datetime(*when)
    buf = io.BytesIO()
    wb.save(buf)
    return normalize_zip(buf.getvalue(), when)


def pdf_string(s: str) -> str:
    out = []
    for b in s.encode("cp1252"):
        ch = chr(b)
        if ch in "()\\":
            out.append("\\" + ch)
        elif 32 <= b < 127:
            out.append(ch)
        else:
            out.append(f"\\{b:03o}")
    return "(" + "".join(out) + ")"


def make_pdf(
    lines: list[tuple[str, int, int, int]], title: str, author: str, created: str
) -> bytes:
    """A one-page PDF with Helvetica text. lines: (text, x, y, size); size 0 = bold 14."""
    ops = ["BT"]
    for txt, x, y, size in lines:
        font = "/F2 14" if size == 0 else f"/F1 {size}"
        ops.append(f"{font} Tf 1 0 0 1 {x} {y} Tm {pdf_string(txt)} Tj")
    ops.append("ET")
    stream = "\n".join(ops).encode("latin-1")
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R "
        b"/F2 5 0 R >> >> /Contents 6 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"\nendstream",
        (
            "<< /Title "
            + pdf_string(title)
            + " /Author "
            + pdf_string(author)
            + f" /Producer (Microsoft\\256 Word 2016) /CreationDate (D:{created}) >>"
        ).encode("latin-1"),
    ]
    out = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"
    offsets = []
    for i, body in enumerate(objs, start=1):
        offsets.append(len(out))
        out += f"{i} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode()
    for off in offsets:
        out += f"{off:010d} 00000 n \n".encode()
    out += (
        f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R /Info 7 0 R >>\nstartxref\n{xref}\n%%EOF\n"
    ).encode()
    return out


def make_png(width: int, height: int, seed: str) -> bytes:
    """A small greyscale picture: blurry rows of 'text-like' dashes, nothing machine-readable."""
    noise = bytes.fromhex(h(seed, width * height * 2))
    rows = b""
    for y in range(height):
        row = bytearray([0])
        for x in range(width):
            line = (y % 6) in (2, 3) and x % 23 < 17 and 4 < x < width - 4
            v = 70 + noise[(y * width + x) % len(noise)] % 40 if line else 235 + noise[x % 16] % 20
            row.append(min(v, 255))
        rows += bytes(row)

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
        + chunk(b"IDAT", zlib.compress(rows, 9))
        + chunk(b"IEND", b"")
    )


# ---------------------------------------------------------------------------------------------
# The mails, in Date order
# ---------------------------------------------------------------------------------------------

TB_UA = "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.7.1"
OUTLOOK = [("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "sv")]
IPHONE = [("X-Mailer", "iPhone Mail (22D72)")]


def m501() -> None:
    when = dt("2026-02-03 09:12:41")
    o = org("802447", "351")
    body = T(f"""
Hej!

Här kommer Hjorteds Bygdegårdsförenings ansökan om regional bygdepeng (idéslanten) för 2026.

FÖRENINGEN
Hjorteds Bygdegårdsförening, org.nr {o}. Vi äger och driver bygdegården mitt i Hjorted i Västerviks kommun. Föreningen bildades 1948 och har i dag 64 medlemmar.

KONTAKTPERSON
Lars-Göran Wik, ordförande
Telefon 070-318 22 45
E-post lg.wik@example.se

AKTIVITET
Vi vill ordna en höstmarknad med loppis lördagen den 26 september 2026 i och runt bygdegården. Lokala odlare, hantverkare och föreningar får bordsplats utan kostnad. Syftet är att visa upp vad som finns i bygden, ge småföretagarna en försäljningsdag efter sommarsäsongen och få fler att hitta till bygdegården, som måste användas mer om vi ska kunna hålla den öppen. Marknaden är till för alla åldrar, kvinnor som män, och det blir tipspromenad för barnen.

FÖRANKRING
Förslaget togs upp på årsmötet den 14 januari. 31 medlemmar var där och alla var för. Hjorteds IF sköter parkering och korvförsäljning, och kyrkans syförening har lovat att driva en kaffestuga. Hittills har 12 personer anmält sig som funktionärer.

BUDGET
Hyra av tält (2 st)           3 500 kr
Annonsering och affischer     2 200 kr
El, renhållning, toaletter    1 800 kr
Spelmän, arvode               3 000 kr
----------------------------------------
Summa                        10 500 kr

Vi söker alltså 10 500 kronor.

Tack på förhand!

{SIG_DASHES}
Lars-Göran Wik
Hjorteds Bygdegårdsförening
070-318 22 45
""")
    mid = mid_thunderbird("501", "example.se")
    headers = [
        ("Message-ID", mid),
        ("Date", format_datetime(when)),
        ("User-Agent", TB_UA),
        ("Content-Language", "sv-SE"),
        ("To", BOT),
        ("From", addr("Lars-Göran Wik", "lg.wik@example.se")),
        ("Subject", hdr("Ansökan regional bygdepeng – Höstmarknad i Hjorted")),
    ]
    IDS["501"] = mid
    root = text(flowed(body), charset="utf-8", cte="8bit", params="; format=flowed")
    add(
        "501-hostmarknad-hjorted.eml",
        message(headers, root),
        label(
            "application",
            "sv",
            "association contact activity anchoring budget",
            "Complete. Thunderbird, UTF-8 8bit format=flowed, capitalised section headings and a "
            "space-aligned budget table with a dashed rule. Association named with org.nr and 64 "
            "members; contact named with phone and own address; activity concrete (autumn market, "
            "gives small producers a sales day and keeps the bygdegård in use); anchoring = annual "
            "meeting (31 present, all for) plus Hjorteds IF, the church sewing circle and 12 volunteers "
            "(31 and 12 are not members). Budget items sum to 10 500, stated as the amount applied for. "
            "'kvinnor som män' -> women_and_men true. Tent and toilet hire are rentals, musicians' "
            "fee is a performer fee: no investment, no salary. Signature after '-- '.",
            association_name="Hjorteds Bygdegårdsförening",
            org_number=o,
            contact_name="Lars-Göran Wik",
            contact_email="lg.wik@example.se",
            contact_phone="070-318 22 45",
            members=64,
            ort="Hjorted",
            amount_sek=10500,
            women_and_men=True,
            salary_costs=False,
            physical_investment=False,
        ),
    )


def m502() -> None:
    when = dt("2026-02-05 19:40:12")
    body = T("""
Hej,

Vissefjärda Sockenråd vill söka bidrag ur regional bygdepeng – idéslanten.

Sockenrådet är en ideell paraplyförening för föreningarna och de boende i Vissefjärda socken. Vi har ett femtiotal medlemmar, både privatpersoner och föreningar.

Vad vi vill göra:
Det har flyttat in många nya familjer i socknen de senaste åren, men många hittar aldrig in i föreningslivet. Vi vill därför ordna två inflyttarkvällar under 2026, en i maj och en i oktober, i Vissefjärda bygdegård. Där presenterar sig föreningarna, kommunens näringslivsenhet berättar om service och bredband, och vi gör en busstur i socknen med guide från hembygdsföreningen så att de nya ser var allt finns. Målet är att fler nyinflyttade ska stanna kvar, engagera sig och kanske starta något eget här.

Förankring:
Idén kom upp på sockenrådets stormöte den 22 januari, där elva föreningar var representerade och alla ställde sig bakom. Skolans föräldraförening och Vissefjärda IK står som medarrangörer och tar hand om barnaktiviteterna.

Vi söker 12 000 kr. Någon budget har vi inte kunnat göra klart än eftersom vi väntar på offert från bussbolaget, men den skickar vi så fort vi kan.

Med vänliga hälsningar
Camilla Berg
Sekreterare, Vissefjärda Sockenråd
072-310 55 81
""")
    headers = [
        ("From", addr("Camilla Berg", "camilla.berg@example.com")),
        ("To", BOT),
        ("Subject", hdr("Ansökan idéslanten - Inflyttarkväll i Vissefjärda")),
        ("Date", format_datetime(when)),
        ("Message-ID", mid502 := mid_outlook("502")),
        ("Thread-Topic", hdr("Ansökan idéslanten - Inflyttarkväll i Vissefjärda")),
        ("Thread-Index", "AQHcm" + base64.b64encode(bytes.fromhex(h("ti502", 28))).decode()),
        *OUTLOOK,
    ]
    IDS["502"] = mid502
    bot_receipt("502", "2026-02-05 19:41:03", "2026-0007", ["budget"])
    add(
        "502-inflyttarkvall-vissefjarda.eml",
        message(headers, text(body, cte="base64")),
        label(
            "application",
            "sv",
            "association contact activity anchoring",
            "Missing budget. Outlook plain text, UTF-8 base64. Only a bare total ('Vi söker 12 000 kr') "
            "and 'budgeten skickar vi så fort vi kan' -> budget false; 12 000 is the amount. "
            "'ett femtiotal medlemmar' = 50. Anchoring: stormöte with eleven associations behind it and "
            "two named co-organisers. Bus tour with guide is a hired service. Gender not mentioned -> "
            "women_and_men null. 'kommunens näringslivsenhet' is not the applicant. Receipt 2026-0007 "
            "is answered by 507.",
            association_name="Vissefjärda Sockenråd",
            contact_name="Camilla Berg",
            contact_email="camilla.berg@example.com",
            contact_phone="072-310 55 81",
            members=50,
            ort="Vissefjärda",
            amount_sek=12000,
            salary_costs=False,
            physical_investment=False,
        ),
    )


def m503() -> None:
    when = dt("2026-02-09 08:55:30")
    body = T("""
Hello,

I hope it is OK to write in English, my Swedish is still not good enough for official things.

My husband and I moved to Målilla two years ago. Together with some neighbours we have started a small association, "Målilla Trädgårdsvänner", for people who want to grow vegetables together and share seeds and tools. We are 8 members at the moment, but more have said they are interested.

I read on the Region's website about regional bygdepeng – idéslanten. Before we write a real application I would like to ask:

1. Can a new association with fewer than 10 members apply, or do we have to wait until we are more?
2. Do we need an organisation number? We have not registered with Skatteverket yet.
3. When is the last day to apply this year?

Thank you very much for your help!

Best regards,
Katrin Vogel
Målilla
+46 72 905 31 64
""")
    b = "000000000000" + h("b503", 16)
    root = multipart(
        "alternative",
        [
            text(body, charset="UTF-8", cte="quoted-printable"),
            text(gmail_html(body), "html", "UTF-8", "quoted-printable"),
        ],
        b,
    )
    headers = [
        ("Date", format_datetime(when)),
        ("Message-ID", mid_gmail("503")),
        ("Subject", hdr("Question about the idéslanten grant")),
        ("From", addr("Katrin Vogel", "katrin.vogel@example.com")),
        ("To", OFFICER),
    ]
    add(
        "503-question-malilla-english.eml",
        message(headers, root),
        label(
            "question",
            "en",
            "",
            "Question in English (Gmail, multipart/alternative, QP). Asks whether an 8-member "
            "association may apply, whether an org.nr is needed, and the deadline; applies for "
            "nothing, so all elements false and amount null. Facts as stated: the association, the "
            "asker as contact (own address, first phone), members 8 (below the rule minimum), ort "
            "Målilla. 'share seeds and tools' proposes no purchase -> physical_investment null.",
            association_name="Målilla Trädgårdsvänner",
            contact_name="Katrin Vogel",
            contact_email="katrin.vogel@example.com",
            contact_phone="+46 72 905 31 64",
            members=8,
            ort="Målilla",
        ),
    )


def m504() -> None:
    when = dt("2026-02-10 07:00:04")
    body = T("""
BYGDEBREVET – februari 2026
Nyheter för byalag, bygdegårdar och föreningar i Kalmar län

Visa nyhetsbrevet i webbläsaren: https://nyhetsbrev.example.org/v/2026-02

*** Pengar att söka i vår ***

Idéslanten öppnar igen
Region Kalmar län påminner om den regionala bygdepengen – idéslanten. Föreningar med minst tio medlemmar kan söka upp till 15 000 kronor per ort och år till aktiviteter som utvecklar bygden. Lön och investeringar går inte att söka för. Läs mer på regionens webbplats.

Så här kan en enkel budget se ut
Lokalhyra 2 000 kr, annonsering 1 500 kr, föreläsare 3 000 kr och fika 800 kr – summa 7 300 kr. Skriv hellre en budget för mycket än ingen alls!

*** Träffar ***

Bygdeforum i Nybro 14 mars
En dag om hur vi håller liv i bygdegårdarna. Anmälan senast 1 mars.

Digital föreningskväll 24 februari
Vi går igenom hur man gör en enkel hemsida för föreningen. Länk skickas till alla anmälda.

*** Tips från en förening ***
”Vi frågade alla i byn vad de ville ha – och fick 60 svar!” Läs hur ett byalag i norra länet gjorde sin enkät.

--
Du får Bygdebrevet eftersom du har anmält dig till vårt utskick.
Avregistrera dig: https://nyhetsbrev.example.org/avregistrera?u=3f9a27c1
Landsbygdsnätverket Sydost, Box 123, 392 31 Kalmar
""")
    html_body = (
        '<!DOCTYPE html><html lang="sv"><head><meta charset="utf-8"><title>Bygdebrevet februari 2026'
        '</title></head><body style="margin:0;background:#f2efe8;font-family:Georgia,serif">'
        '<table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">'
        '<table role="presentation" width="600" style="background:#ffffff"><tr><td style="padding:24px">'
        '<p style="font-size:12px;color:#777">Nyheter för byalag, bygdegårdar och föreningar i Kalmar län'
        ' · <a href="https://nyhetsbrev.example.org/v/2026-02">Visa i webbläsaren</a></p>'
        '<h1 style="color:#3b5d2a">BYGDEBREVET – februari 2026</h1>'
        "<h2>Pengar att söka i vår</h2><h3>Idéslanten öppnar igen</h3>"
        "<p>Region Kalmar län påminner om den regionala bygdepengen – idéslanten. Föreningar med minst "
        "tio medlemmar kan söka upp till 15&nbsp;000 kronor per ort och år till aktiviteter som "
        "utvecklar bygden. Lön och investeringar går inte att söka för. Läs mer på regionens webbplats.</p>"
        '<h3>Så här kan en enkel budget se ut</h3><table cellpadding="4" style="border-collapse:collapse">'
        '<tr><td>Lokalhyra</td><td align="right">2 000 kr</td></tr>'
        '<tr><td>Annonsering</td><td align="right">1 500 kr</td></tr>'
        '<tr><td>Föreläsare</td><td align="right">3 000 kr</td></tr>'
        '<tr><td>Fika</td><td align="right">800 kr</td></tr>'
        '<tr><td><b>Summa</b></td><td align="right"><b>7 300 kr</b></td></tr></table>'
        "<p>Skriv hellre en budget för mycket än ingen alls!</p>"
        "<h2>Träffar</h2><h3>Bygdeforum i Nybro 14 mars</h3><p>En dag om hur vi håller liv i "
        "bygdegårdarna. Anmälan senast 1 mars.</p><h3>Digital föreningskväll 24 februari</h3><p>Vi går "
        "igenom hur man gör en enkel hemsida för föreningen. Länk skickas till alla anmälda.</p>"
        "<h2>Tips från en förening</h2><p>”Vi frågade alla i byn vad de ville ha – och fick 60 svar!” "
        '<a href="https://nyhetsbrev.example.org/r/enkat">Läs hur ett byalag i norra länet gjorde sin '
        'enkät.</a></p><hr><p style="font-size:11px;color:#777">Du får Bygdebrevet eftersom du har '
        'anmält dig till vårt utskick. <a href="https://nyhetsbrev.example.org/avregistrera?u=3f9a27c1">'
        "Avregistrera dig</a><br>Landsbygdsnätverket Sydost, Box 123, 392 31 Kalmar</p>"
        '<img src="https://nyhetsbrev.example.org/o/3f9a27c1.gif" width="1" height="1" alt="">'
        "</td></tr></table></td></tr></table></body></html>\n"
    )
    root = multipart("alternative", [text(body), text(html_body, "html")], "=_nb_" + h("b504", 24))
    headers = [
        ("Return-Path", "<bounce-3f9a27c1@nyhetsbrev.example.org>"),
        ("From", addr("Bygdebrevet", "nyhetsbrev@example.org")),
        ("Reply-To", "redaktionen@example.org"),
        ("To", BOT),
        ("Subject", hdr("Bygdebrevet februari: pengar att söka, bygdeforum och en lyckad enkät")),
        ("Date", format_datetime(when)),
        ("Message-ID", f"<nb.2026-02.3f9a27c1.{h('m504', 12)}@nyhetsbrev.example.org>"),
        (
            "List-Unsubscribe",
            "<https://nyhetsbrev.example.org/avregistrera?u=3f9a27c1>,\n "
            "<mailto:avregistrera@example.org?subject=avregistrera%203f9a27c1>",
        ),
        ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
        ("X-Mailer", "Utskick 4.2"),
    ]
    add(
        "504-nyhetsbrev-bygdebrevet.eml",
        message(headers, root),
        label(
            "newsletter",
            "sv",
            "",
            "Newsletter with List-Unsubscribe (+ List-Unsubscribe-Post), no Precedence header. "
            "multipart/alternative with a layout-table HTML part. It describes idéslanten (15 000 kr per "
            "ort, minst tio medlemmar) and even shows an example budget table and a survey anecdote – all "
            "of which must not be read as an application. Never to be answered; all facts null.",
        ),
    )


def m505() -> None:
    when = dt("2026-02-12 21:17:55")
    o = org("802418", "604")
    body = T(f"""
Hej

Kristdala Byalag vill söka pengar ur idéslanten för i år. Vi vill göra insatser som stärker bygden och gör Kristdala mer levande för alla som bor här, det behövs verkligen. Vi är väl förankrade i bygden.

Lite om oss: byalaget startade 1994, har 96 medlemmar och org.nr {o}.

Budget
material 3000
hyra 2500
marknadsföring 1500
fika 1000
Tot 8000 kr

Bengt Karlsson kassör
070 661 24 93

Skickat från min Samsung Galaxy-smartphone.
""")
    html_body = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head>'
        '<body><div dir="auto">'
        + "<br>".join(esc(x) for x in body.split("\n"))
        + "</div></body></html>\n"
    )
    root = multipart(
        "alternative",
        [text(body, charset="UTF-8", cte="base64"), text(html_body, "html", "UTF-8", "base64")],
        "--_com.samsung.android.email_" + digits("b505", 15),
    )
    mid = f"<{h('m505', 8)}-{h('m505b', 4)}@email.android.example.net>"
    IDS["505"] = mid
    headers = [
        ("Date", format_datetime(when)),
        ("Subject", "Bygdepeng Kristdala"),
        ("Message-ID", mid),
        ("X-Android-Message-ID", mid),
        ("From", addr("Bengt Karlsson", "bengt.a.karlsson@example.net")),
        ("To", BOT),
        ("Importance", "Normal"),
    ]
    bot_receipt("505", "2026-02-12 21:18:30", "2026-0011", ["activity", "anchoring"])
    add(
        "505-kristdala-vagt.eml",
        message(headers, root),
        label(
            "application",
            "sv",
            "association contact budget",
            "Missing activity and anchoring. Samsung Android mail, multipart/alternative, both parts "
            "base64. 'insatser som stärker bygden och gör Kristdala mer levande' is a vague wish -> "
            "activity false; 'Vi är väl förankrade i bygden' is an empty claim -> anchoring false. "
            "Association: named, founded 1994, 96 members, org.nr. Contact: named signer (kassör) with "
            "phone, writing from his own address. Budget: four lower-case items and 'Tot 8000 kr'. "
            "'material' is unspecified, not described as equipment or building -> physical_investment "
            "false. The receipt to this mail bounces (506).",
            association_name="Kristdala Byalag",
            org_number=o,
            contact_name="Bengt Karlsson",
            contact_email="bengt.a.karlsson@example.net",
            contact_phone="070 661 24 93",
            members=96,
            ort="Kristdala",
            amount_sek=8000,
            salary_costs=False,
            physical_investment=False,
        ),
    )


def receipt_message(key: str, to: str, lang: str = "sv") -> tuple[list[tuple[str, str]], str, str]:
    rid, when, ref, missing = RECEIPTS[key]
    if lang == "sv":
        subject, body = receipt_subject(ref), receipt_body(ref, missing)
    else:
        subject = f"[Idéslanten {ref}] Your application is complete and is now with the officer"
        body = complete_body_en(ref)
    headers = [
        ("From", addr(BOT_NAME, BOT)),
        ("To", to),
        ("Subject", hdr(subject)),
        ("Date", format_datetime(when)),
        ("Message-ID", rid),
        ("In-Reply-To", IDS[key]),
        ("References", IDS[key]),
        ("Auto-Submitted", "auto-replied"),
        ("X-Auto-Response-Suppress", "All"),
    ]
    return headers, subject, body


def m506() -> None:
    when = dt("2026-02-12 21:18:33")
    rh, subject, rbody = receipt_message("505", "bengt.a.karlsson@example.net")
    rhead = (
        "".join(f"{k}: {v}\n" for k, v in rh) + "MIME-Version: 1.0\n"
        'Content-Type: text/plain; charset="utf-8"\nContent-Transfer-Encoding: 8bit\n'
    )
    received = (
        f"Received: from intake.example.se (intake.example.se [198.51.100.24])\n"
        f"\tby mx2.example.net (Postfix) with ESMTPS id 4dW3kT0xYzz2\n"
        f"\tfor <bengt.a.karlsson@example.net>; {format_datetime(RECEIPTS['505'][1])}\n"
    )
    notice = T("""
Det här är ett automatiskt meddelande från e-postsystemet hos mx2.example.net.

Ditt meddelande kunde inte levereras till en eller flera mottagare.
Mottagarens brevlåda är full. Försök igen senare eller kontakta
mottagaren på annat sätt.

This is the mail system at host mx2.example.net.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

                   The mail system

<bengt.a.karlsson@example.net>: host mailstore3.example.net[192.0.2.41] said:
    552 5.2.2 <bengt.a.karlsson@example.net>: Mailbox full: quota exceeded
    (in reply to RCPT TO command)
""")
    status = T(f"""
Reporting-MTA: dns; mx2.example.net
X-Postfix-Queue-ID: 4dW3kT0xYzz2
X-Postfix-Sender: rfc822; ideslanten@example.se
Arrival-Date: {format_datetime(RECEIPTS["505"][1])}

Final-Recipient: rfc822; bengt.a.karlsson@example.net
Original-Recipient: rfc822;bengt.a.karlsson@example.net
Action: failed
Status: 5.2.2
Remote-MTA: dns; mailstore3.example.net
Diagnostic-Code: smtp; 552 5.2.2 <bengt.a.karlsson@example.net>: Mailbox full:
    quota exceeded
""")
    parts = [
        Part(
            [
                ("Content-Description", "Notification"),
                ("Content-Type", "text/plain; charset=utf-8"),
                ("Content-Transfer-Encoding", "8bit"),
            ],
            notice.encode(),
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
                ("Content-Description", "Undelivered Message"),
                ("Content-Type", "message/rfc822"),
                ("Content-Transfer-Encoding", "8bit"),
            ],
            (received + rhead + "\n" + rbody + "\n").encode(),
        ),
    ]
    root = multipart(
        "report",
        parts,
        f"4dW3kT0xYzz2.{int(when.timestamp())}/mx2.example.net",
        params="; report-type=delivery-status",
        preamble="This is a MIME-encapsulated message.",
    )
    headers = [
        ("Return-Path", "<>"),
        ("Date", format_datetime(when)),
        ("From", addr("Mail Delivery System", "MAILER-DAEMON@mx2.example.net")),
        ("Subject", "Undelivered Mail Returned to Sender"),
        ("To", BOT),
        ("Auto-Submitted", "auto-replied"),
        ("Message-Id", "<20260212201833.7A1C2E0153@mx2.example.net>"),
    ]
    add(
        "506-bounce-kristdala.eml",
        message(headers, root),
        label(
            "bounce",
            "sv",
            "",
            "Bounce: Postfix multipart/report (report-type=delivery-status) from MAILER-DAEMON, "
            "Swedish + English notice, status 5.2.2 mailbox full. The returned message is the bot's "
            "receipt to 505, so it contains 'Vi saknar följande i er ansökan:' with '- ' lines and "
            "In-Reply-To/References naming 505 inside the message/rfc822 part. Not a followup; must "
            "never be answered; all facts null.",
        ),
    )


def outlook_quote_header(key: str, to: str) -> str:
    rid, when, ref, missing = RECEIPTS[key]
    return (
        f"Från: {BOT_NAME} <{BOT}>\n"
        f"Skickat: den {when.day} {SV_MONTHS[when.month - 1]} {when.year} {when:%H:%M}\n"
        f"Till: {to}\n"
        f"Ämne: {receipt_subject(ref)}"
    )


def m507() -> None:
    when = dt("2026-02-13 16:20:09")
    new = T("""
Hej!

Nu har vi fått offerten på bussen, så här kommer budgeten för inflyttarkvällarna. Den ligger i bifogad Excelfil.

Hör av er om något är oklart.

Hälsningar
Camilla Berg
Vissefjärda Sockenråd
072-310 55 81
""")
    rid, _, ref, missing = RECEIPTS["502"]
    qhead = outlook_quote_header("502", "Camilla Berg <camilla.berg@example.com>")
    plain = new + "\n" + "_" * 32 + "\n" + qhead + "\n\n" + receipt_body(ref, missing) + "\n"
    html_body = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><style>'
        'p.MsoNormal{margin:0cm;font-size:11.0pt;font-family:"Aptos",sans-serif;}</style></head>'
        '<body lang="SV" style="word-wrap:break-word"><div class="WordSection1">'
        + "".join(f'<p class="MsoNormal">{esc(x) if x else "&nbsp;"}</p>' for x in new.split("\n"))
        + '<div id="appendonsend"></div><hr style="display:inline-block;width:98%" tabindex="-1">'
        '<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt">'
        + "<br>".join(esc(x) for x in qhead.split("\n"))
        .replace("Från:", "<b>Från:</b>")
        .replace("Skickat:", "<b>Skickat:</b>")
        .replace("Till:", "<b>Till:</b>")
        .replace("Ämne:", "<b>Ämne:</b>")
        + "</font><div>&nbsp;</div></div><div><pre>"
        + esc(receipt_body(ref, missing))
        + "</pre></div></div></body></html>\n"
    )
    rows = [
        ["Budget inflyttarkvällar Vissefjärda 2026", None, None, None],
        [None, None, None, None],
        ["Post", "Kväll 1 (maj)", "Kväll 2 (oktober)", "Summa"],
        ["Busstur med guide (hyra av buss)", 2400, 2400, 4800],
        ["Lokalhyra bygdegården", 800, 800, 1600],
        ["Mat och fika (ca 60 pers)", 1900, 1900, 3800],
        ["Annonsering, affischer, utskick", 900, 500, 1400],
        ["Barnaktiviteter, pysselmaterial", 200, 200, 400],
        ["Summa", 6200, 5800, 12000],
        [None, None, None, None],
        ["Vi söker 12 000 kr", None, None, None],
    ]
    xlsx = make_xlsx(
        "Camilla Berg",
        rows,
        {"A": 36, "B": 15, "C": 18, "D": 12},
        (2026, 2, 13, 15, 58, 0),
        bold_rows=(1, 3, 9),
    )
    alt = multipart(
        "alternative",
        [text(plain), text(html_body, "html")],
        "_000_" + h("b507a", 30).upper() + "_",
    )
    root = multipart(
        "mixed",
        [
            alt,
            attachment(
                xlsx,
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                "Budget inflyttarkvällar.xlsx",
            ),
        ],
        "_004_" + h("b507m", 30).upper() + "_",
    )
    subject = "SV: " + receipt_subject(ref)
    headers = [
        ("From", addr("Camilla Berg", "camilla.berg@example.com")),
        ("To", addr(BOT_NAME, BOT)),
        ("Subject", hdr(subject)),
        ("Thread-Topic", hdr(receipt_subject(ref))),
        (
            "Thread-Index",
            "AQHcm"
            + base64.b64encode(bytes.fromhex(h("ti502", 28))).decode()
            + "gAGXr"
            + base64.b64encode(bytes.fromhex(h("ti507", 8))).decode(),
        ),
        ("Date", format_datetime(when)),
        ("Message-ID", mid_outlook("507")),
        *thread("502"),
        *OUTLOOK,
        ("X-MS-Has-Attach", "yes"),
    ]
    add(
        "507-sv-budget-vissefjarda.eml",
        message(headers, root),
        label(
            "followup",
            "sv",
            "contact budget",
            "Followup to 502 (In-Reply-To = the bot's receipt, References = 502 + receipt). Outlook "
            "top-posted reply with the receipt quoted below an underscore rule and a Från:/Skickat:/"
            "Till:/Ämne: block (no '>' marks) – the quoted 'Vi saknar följande' list must be ignored. "
            "New content: the budget in an .xlsx (items per evening, total 12 000) -> budget true, "
            "amount 12000; signed by Camilla Berg with phone from her own address -> contact true. "
            "The association is only named in the signature (no details) -> association false, but the "
            "name is recorded as a fact. Ort from the sheet title. Bus hire and craft materials: no "
            "investment.",
            association_name="Vissefjärda Sockenråd",
            contact_name="Camilla Berg",
            contact_email="camilla.berg@example.com",
            contact_phone="072-310 55 81",
            ort="Vissefjärda",
            amount_sek=12000,
            salary_costs=False,
            physical_investment=False,
        ),
    )


def outlook_html(paragraphs: list[str], charset: str) -> str:
    """paragraphs are already HTML (inline markup allowed)."""
    ps = "\n".join(
        f'<p class="MsoNormal">{p}<o:p></o:p></p>' if not p.startswith("<table") else p
        for p in paragraphs
    )
    return (
        '<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
        'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/'
        '2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n'
        f'<meta http-equiv="Content-Type" content="text/html; charset={charset}">\n'
        '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n<style><!--\n'
        '@font-face\n\t{font-family:"Cambria Math";}\n@font-face\n\t{font-family:Calibri;}\n'
        "p.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0cm;\n\tfont-size:11.0pt;\n\t"
        'font-family:"Calibri",sans-serif;\n\tmso-fareast-language:EN-US;}\n'
        ".MsoChpDefault\n\t{mso-style-type:export-only;}\n@page WordSection1\n\t{size:612.0pt 792.0pt;"
        "\n\tmargin:70.85pt 70.85pt 70.85pt 70.85pt;}\ndiv.WordSection1\n\t{page:WordSection1;}\n"
        '--></style>\n</head>\n<body lang="SV" link="#0563C1" vlink="#954F72" '
        'style="word-wrap:break-word">\n<div class="WordSection1">\n'
        + ps
        + "\n</div>\n</body>\n</html>\n"
    )


def outlook_table(rows: list[list[str]], bold_last: bool = True) -> str:
    out = [
        '<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0" '
        'style="border-collapse:collapse;border:none">'
    ]
    for i, row in enumerate(rows):
        cells = []
        for j, val in enumerate(row):
            v = esc(val)
            if i == 0 or (bold_last and i == len(rows) - 1):
                v = f"<b>{v}</b>"
            align = ' align="right" style="text-align:right"' if j > 0 else ""
            cells.append(
                f'<td width="{260 if j == 0 else 110}" valign="top" style="border:solid '
                f'windowtext 1.0pt;padding:0cm 5.4pt 0cm 5.4pt"><p class="MsoNormal"{align}>'
                f"{v}<o:p></o:p></p></td>"
            )
        out.append("<tr>" + "".join(cells) + "</tr>")
    out.append("</table>")
    return "\n".join(out)


def m508() -> None:
    when = dt("2026-02-17 10:05:17")
    o = org("802439", "118")
    paras = [
        "Hej!",
        "&nbsp;",
        "Påryds Byalag ansöker härmed om <b>11 400 kr</b> ur regional bygdepeng – idéslanten för "
        "föreläsningsserien ”Bo kvar i Påryd”.",
        "&nbsp;",
        "<b><u>Om föreningen</u></b>",
        "Påryds Byalag är en ideell förening som arbetar för att Påryd ska vara en levande by att bo "
        f"och verka i. Vi har ett åttiotal medlemshushåll. Org.nr {o}.",
        "&nbsp;",
        "<b><u>Aktiviteten</u></b>",
        "Under hösten 2026 ordnar vi tre kvällar i Påryds bygdegård för alla som bor i byn och "
        "omnejd – kvinnor och män, unga som gamla:",
        "1.&nbsp;Energi i gamla hus – så sänker man elräkningen (energi- och klimatrådgivare)",
        "2.&nbsp;Solceller – lönar det sig på landet? (föreläsare från en installatör, ingen försäljning)",
        "3.&nbsp;Bygga nytt eller bygga om på landet – bygglov, enskilt avlopp och vatten",
        "Kvällarna ska göra det lättare för både nyinflyttade och de som bott här länge att bo kvar och "
        "rusta sina hus, och samtidigt vara en mötesplats i byn under den mörka delen av året.",
        "&nbsp;",
        "<b><u>Förankring</u></b>",
        "I byalagets medlemsutskick i november gjorde vi en enkät om vad folk ville att byalaget skulle "
        "ordna. 46 hushåll svarade och energi och boende kom högst. PRO Påryd och Påryds IK hjälper "
        "till med fika och med att sprida inbjudan.",
        "&nbsp;",
        "<b><u>Budget</u></b>",
        outlook_table(
            [
                ["Post", "Belopp"],
                ["Föreläsararvoden, 3 kvällar à 2 500 kr", "7 500 kr"],
                ["Lokalhyra bygdegården, 3 × 600 kr", "1 800 kr"],
                ["Fika", "1 200 kr"],
                ["Annonser och affischer", "900 kr"],
                ["Summa", "11 400 kr"],
            ]
        ),
        "&nbsp;",
        "Kontaktperson: Annika Strand, sekreterare, tel 0480-45 12 30, "
        '<a href="mailto:annika.strand@example.se">annika.strand@example.se</a>',
        "&nbsp;",
        "Med vänlig hälsning",
        "Annika Strand",
        "Påryds Byalag",
    ]
    root = text(outlook_html(paras, "windows-1252"), "html", "windows-1252", "quoted-printable")
    mid = mid_outlook("508")
    IDS["508"] = mid
    headers = [
        ("From", addr("Annika Strand", "annika.strand@example.se")),
        ("To", addr("Idéslanten", BOT, "windows-1252")),
        ("Subject", hdr("Ansökan om bygdepeng - Påryds Byalag", "windows-1252")),
        ("Date", format_datetime(when)),
        ("Message-ID", mid),
        *OUTLOOK,
        ("Thread-Index", "AdyfE" + base64.b64encode(bytes.fromhex(h("ti508", 20))).decode()),
    ]
    add(
        "508-paryd-bo-kvar-html.eml",
        message(headers, root),
        label(
            "application",
            "sv",
            "association contact activity anchoring budget",
            "Complete. HTML-only Outlook mail (Word-generated markup), windows-1252 quoted-printable, "
            "windows-1252 encoded-word subject and To name. Underlined bold headings, a numbered list "
            "written as '1.&nbsp;' paragraphs, and an HTML table budget (5 rows, Summa 11 400 = amount "
            "applied for). 'ett åttiotal medlemshushåll' = 80 members. Anchoring = survey with 46 "
            "households answering + PRO Påryd and Påryds IK. 'kvinnor och män' -> true. Lecturer fees "
            "are not salary; solar panels are only a lecture topic, nothing is bought -> no investment.",
            association_name="Påryds Byalag",
            org_number=o,
            contact_name="Annika Strand",
            contact_email="annika.strand@example.se",
            contact_phone="0480-45 12 30",
            members=80,
            ort="Påryd",
            amount_sek=11400,
            women_and_men=True,
            salary_costs=False,
            physical_investment=False,
        ),
    )


def m509() -> None:
    when = dt("2026-02-19 20:30:44")
    body = T("""
Hej!

Vi är några föräldrar med barn på Rockneby skola som vill ordna en cykelskola i maj för barnen i årskurs 1–3. Många barn här cyklar aldrig till skolan eftersom föräldrarna tycker att vägarna är för osäkra, och det vill vi ändra på.

Så här har vi tänkt:
– Fyra lördagsförmiddagar i maj på grusplanen vid Rockneby IK:s klubbstuga
– En cykelinstruktör lär barnen trafikregler, att bromsa, svänga och titta bakåt
– Sista gången cyklar vi tillsammans den säkraste vägen till skolan och avslutar med fika och diplom
– Tjejer och killar i samma grupper, vi räknar med ca 40 barn

Tanken är att fler barn ska kunna ta sig själva till skolan och till fritidsaktiviteterna i byn, och att vi föräldrar lär känna varandra.

Skolans föräldraråd ställde sig bakom idén på sitt möte den 9 februari, Rockneby IK lånar ut planen och klubbstugan gratis och 22 föräldrar har redan anmält sig som funktionärer.

Kostnader:
Instruktörsarvode 4 x 750 kr = 3 000 kr
Hyra av lånecyklar och hjälmar till barn som inte har egna: 2 500 kr
Försäkring för dagarna: 800 kr
Frukt och fika: 900 kr
Tryck av diplom: 400 kr
Totalt 7 600 kr

Hör gärna av dig om du har frågor!

Malin Sjöberg
070-812 34 56
""")
    mid = mid_gmail("509")
    IDS["509"] = mid
    headers = [
        ("Date", format_datetime(when)),
        ("Message-ID", mid),
        ("Subject", hdr("Cykelskola för barnen i Rockneby")),
        ("From", addr("Malin Sjöberg", "malin.sjoberg@example.com")),
        ("To", BOT),
    ]
    root = text(body, charset="UTF-8", cte="quoted-printable")
    add(
        "509-cykelskola-rockneby.eml",
        message(headers, root),
        label(
            "application",
            "sv",
            "contact activity anchoring budget",
            "Missing association: 'några föräldrar med barn på Rockneby skola' is an unnamed group; "
            "Rockneby IK only lends the ground (partner, not applicant). Gmail plain text, UTF-8 QP, "
            "en-dash bullet list. Contact = named signer with phone from her own address. Activity "
            "concrete (four Saturdays, instructor, ride to school). Anchoring = parents' council "
            "decision, Rockneby IK, 22 volunteer parents (not members). Budget items sum to 7 600. "
            "'Tjejer och killar' -> true. Instructor fee is not salary; bikes and helmets are hired "
            "-> no investment. ~40 children are participants, not members.",
            contact_name="Malin Sjöberg",
            contact_email="malin.sjoberg@example.com",
            contact_phone="070-812 34 56",
            ort="Rockneby",
            amount_sek=7600,
            women_and_men=True,
            salary_costs=False,
            physical_investment=False,
        ),
    )


def simple_html(body: str) -> str:
    return [esc(line) if line else "&nbsp;" for line in body.split("\n")]


def m510() -> None:
    when = dt("2026-02-23 11:11:20")
    body = T("""
Till Region Kalmar län, landsbygdsutvecklaren

Storebro Trädgårdssällskap ansöker om regional bygdepeng – idéslanten 2026.

Om oss
Storebro Trädgårdssällskap bildades 2011 och samlar odlingsintresserade i Storebro med omnejd. Föreningen har 79 medlemmar. Vi ordnar växtbytardagar och trädgårdsvisningar.

Vad vi vill göra
I Storebro finns många gamla fruktträdgårdar med äppelsorter som knappt finns någon annanstans, men träden är ofta oskötta. Vi vill
• hålla en beskärningskurs i två delar, vårbeskärning i april och sommarbeskärning i augusti, i medlemmarnas trädgårdar med en pomolog som kursledare
• ordna en äppeldag i oktober vid hembygdsgården där alla kan ta med frukt för sortbestämning och få den mustad på plats (vi hyr ett mobilt musteri)
• sammanställa en enkel lista över de gamla sorterna i byn
Syftet är att rädda bygdens gamla sorter, få fler att sköta sina träd och ge byn en återkommande höstfest.

Förankring
På vårt årsmöte den 21 februari (28 närvarande) beslutades att söka. Storebro Hembygdsförening upplåter hembygdsgården till äppeldagen och skolans klass 4 ska vara med och plocka och märka frukt. 30 personer har redan anmält intresse till beskärningskursen.

Budget
Kursledararvode pomolog, 2 tillfällen: 4 800 kr
Sortbestämning på äppeldagen (arvode): 2 000 kr
Hyra mobilt musteri: 3 500 kr
Annonsering: 900 kr
Tryck av sortlista: 1 200 kr
Summa: 12 400 kr

Med vänliga hälsningar
Styrelsen
Storebro Trädgårdssällskap
""")
    alt = multipart(
        "alternative",
        [text(body), text(outlook_html(simple_html(body), "utf-8"), "html")],
        "_000_" + h("b510", 30).upper() + "_",
    )
    mid = mid_outlook("510")
    IDS["510"] = mid
    headers = [
        ("From", addr("Storebro Trädgårdssällskap", "storebro.tradgard@example.se")),
        ("To", BOT),
        ("Subject", hdr("Ansökan – Äppeldag och beskärningskurs i Storebro")),
        ("Date", format_datetime(when)),
        ("Message-ID", mid),
        *OUTLOOK,
    ]
    bot_receipt("510", "2026-02-23 11:12:06", "2026-0015", ["contact"])
    add(
        "510-appeldag-storebro.eml",
        message(headers, alt),
        label(
            "application",
            "sv",
            "association activity anchoring budget",
            "Missing contact: sent from the association's shared mailbox and signed 'Styrelsen' – no "
            "named person anywhere, so contact false and all contact facts null. Outlook "
            "multipart/alternative, '•' bullets, plain headings without colons. Association: founded "
            "2011, 79 members. Activity: pruning course, apple day, list of old varieties. Anchoring: "
            "annual meeting decision, Storebro Hembygdsförening, class 4, 30 interested (28 and 30 are "
            "not members). Budget sums to 12 400. Pomologist's course fee is a course-leader fee (not "
            "salary); the cider press is hired (no investment). Gender unstated. Followup 512 adds "
            "the contact.",
            association_name="Storebro Trädgårdssällskap",
            members=79,
            ort="Storebro",
            amount_sek=12400,
            salary_costs=False,
            physical_investment=False,
        ),
    )


def m511() -> None:
    when = dt("2026-02-26 13:40:02")
    o = org("802451", "272")
    body = T(f"""
Hej!

Jag skriver för Timmernabbens Båtklubb. Vi är en ideell förening med 112 medlemmar som sköter småbåtshamnen i Timmernabben, org nr {o}.

Varje sommar ordnar vi fiskedagar för barn och ungdomar på gästbryggan, för tjejer och killar från hela samhället och för sommargästernas barn också. Men bryggan är så rutten nu att vi har fått spärra av yttersta delen, och då får inte alla barnen plats. Vi vill därför bygga om den yttre delen av bryggan (ca 12 meter) under en arbetshelg i maj, och sedan hålla fyra fiskedagar under sommarlovet med fiskekunniga medlemmar som ledare. Bryggan är också en mötesplats för de äldre som sitter där på kvällarna, och det är ett av få ställen i Timmernabben där folk träffas utan att det kostar något.

Samfällighetsföreningen, som äger marken, sa ja på sin stämma i december, och Timmernabbens Fiskevårdsförening ställer upp med ledare till fiskedagarna. 15 medlemmar har lovat att vara med på arbetshelgen.

Kostnaderna ser ut ungefär så här: tryckimpregnerat virke 7 800 kr, skruv och beslag 1 300 kr och två flytbryggor 4 500 kr, alltså 13 600 kr. Bete och korv till fiskedagarna står klubben för själv.

Ring eller mejla om ni undrar något.

Hälsningar
Jonny Fransson, ordförande
Timmernabbens Båtklubb
mob 070-552 18 09
""")
    alt = multipart(
        "alternative",
        [text(body, charset="UTF-8"), text(gmail_html(body), "html", "UTF-8")],
        "000000000000" + h("b511", 16),
    )
    mid = mid_gmail("511")
    IDS["511"] = mid
    headers = [
        ("Date", format_datetime(when)),
        ("Message-ID", mid),
        ("Subject", hdr("Ansökan bygdepeng: ny brygga till barnfisket i Timmernabben")),
        ("From", addr("Jonny Fransson", "jonny.fransson@example.com")),
        ("To", BOT),
    ]
    add(
        "511-brygga-timmernabben.eml",
        message(headers, alt),
        label(
            "application",
            "sv",
            "association contact activity anchoring budget",
            "Complete but breaks a rule: rebuilding 12 m of jetty with timber, fittings and two floating "
            "pontoons is a physical investment -> physical_investment true. Gmail "
            "multipart/alternative. Written as running prose: association (112 members, org nr), "
            "activity (rebuild + four children's fishing days, meeting place), anchoring (joint "
            "property association's meeting said yes, Fiskevårdsförening provides leaders, 15 "
            "volunteers), budget as prose with three amounts summing to 13 600. 'tjejer och killar' -> "
            "true. Contact: chair with 'mob' phone, own address.",
            association_name="Timmernabbens Båtklubb",
            org_number=o,
            contact_name="Jonny Fransson",
            contact_email="jonny.fransson@example.com",
            contact_phone="070-552 18 09",
            members=112,
            ort="Timmernabben",
            amount_sek=13600,
            women_and_men=True,
            salary_costs=False,
            physical_investment=True,
        ),
    )


def m512() -> None:
    when = dt("2026-03-02 08:47:13")
    rid, rwhen, ref, missing = RECEIPTS["510"]
    new = T("""
Hej!

Förlåt, det glömde vi. Kontaktperson för ansökan är vår kassör Maj-Britt Holm. Hon nås på 0492-201 58 eller 070-244 80 13, och på mejl majbritt.holm@example.se.

Vänliga hälsningar
Storebro Trädgårdssällskap
""")
    abbr = ["mån", "tis", "ons", "tors", "fre", "lör", "sön"][rwhen.weekday()]
    attr = (
        f"Den {abbr} {rwhen.day} {SV_MONTHS[rwhen.month - 1][:3]}. {rwhen.year} kl {rwhen:%H:%M} "
        f"skrev {BOT_NAME} <{BOT}>:"
    )
    rb = receipt_body(ref, missing)
    plain = new + "\n" + attr + "\n\n" + quote_lines(rb) + "\n"
    alt = multipart(
        "alternative",
        [
            text(plain, charset="UTF-8"),
            text(gmail_html(new.rstrip("\n"), attr, rb), "html", "UTF-8"),
        ],
        "000000000000" + h("b512", 16),
    )
    headers = [
        ("Date", format_datetime(when)),
        ("References", fold_ids([IDS["510"], rid])),
        ("In-Reply-To", rid),
        ("Message-ID", mid_gmail("512")),
        ("Subject", hdr("Re: " + receipt_subject(ref))),
        ("From", addr("Storebro Trädgårdssällskap", "storebro.tradgard@example.se")),
        ("To", addr(BOT_NAME, BOT)),
    ]
    add(
        "512-re-kontakt-storebro.eml",
        message(headers, alt),
        label(
            "followup",
            "sv",
            "contact",
            "Followup to 510, again from the shared association mailbox, Gmail 'Re:' with the receipt "
            "quoted under 'Den mån 23 feb. 2026 kl 11:12 skrev …:' and '> ' lines (and a gmail_quote "
            "blockquote in HTML). The new text names a contact person with two phones and her own "
            "e-mail -> contact true; contact_email is her given address (not the shared From), "
            "contact_phone the first number. Signed only with the association name -> association false "
            "(name recorded as a fact; ort via the name).",
            association_name="Storebro Trädgårdssällskap",
            contact_name="Maj-Britt Holm",
            contact_email="majbritt.holm@example.se",
            contact_phone="0492-201 58",
            ort="Storebro",
            salary_costs=False,
            physical_investment=False,
        ),
    )


def m513() -> None:
    when = dt("2026-03-04 14:22:38")
    o = org("802462", "093")
    body = T("""
Hej!

Bifogar vår ansökan om regional bygdepeng för sommarlovsaktiviteter i Fågelfors.

Mvh Susanne Ek
Fågelfors Intresseförening
""")
    docx_bytes = make_docx(
        "Susanne Ek",
        [
            ("h", "Ansökan om regional bygdepeng – idéslanten 2026", 1),
            (
                "b",
                "Sökande förening: ",
                f"Fågelfors Intresseförening, org.nr {o}. Föreningen arbetar "
                "för service, trivsel och aktiviteter i bruksorten Fågelfors. Vi är ca 35 medlemmar.",
            ),
            ("b", "Kontaktperson: ", "Susanne Ek, 0491-210 45, susanne.ek@example.se"),
            ("h", "Aktivitet: Sommarlov i Fågelfors", 2),
            (
                "p",
                "Under fyra veckor i juni och juli ordnar vi aktiviteter tre dagar i veckan för barn "
                "7–12 år, både flickor och pojkar: fiske i sjön, bruksvandring, pyssel, fotboll och en "
                "utflykt med buss. Många barn i Fågelfors har långt till andra aktiviteter och alla "
                "familjer har inte råd att resa bort på sommaren. Aktiviteterna ska ge barnen ett bra "
                "sommarlov på hemmaplan och göra Fågelfors till en ort där barnfamiljer vill bo.",
            ),
            ("h", "Förankring", 2),
            (
                "p",
                "Idén kom från föräldrarna på ett föräldramöte i skolan i höstas. Fågelfors IF lånar "
                "ut fotbollsplanen och klubbstugan, och hembygdsföreningen håller i bruksvandringen.",
            ),
            ("h", "Budget", 2),
            (
                "t",
                [
                    ["Post", "Kronor"],
                    ["Lön till två ungdomsledare (sommarjobb, 4 veckor), 2 × 4 000 kr", "8 000"],
                    ["Pysselmaterial och fiskebete", "2 200"],
                    ["Busstransport till utflykten", "2 600"],
                    ["Mellanmål", "2 100"],
                    ["Summa", "14 900"],
                ],
            ),
            ("p", "Vi söker 14 900 kronor."),
        ],
        (2026, 3, 4, 13, 50, 0),
    )
    alt = multipart(
        "alternative",
        [text(body), text(outlook_html(simple_html(body), "utf-8"), "html")],
        "_000_" + h("b513a", 30).upper() + "_",
    )
    root = multipart(
        "mixed",
        [
            alt,
            attachment(
                docx_bytes,
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                "Ansökan bygdepeng 2026 Fågelfors.docx",
            ),
        ],
        "_004_" + h("b513m", 30).upper() + "_",
    )
    mid = mid_outlook("513")
    IDS["513"] = mid
    headers = [
        ("From", addr("Susanne Ek", "susanne.ek@example.se")),
        ("To", BOT),
        ("Subject", hdr("Ansökan idéslanten Fågelfors Intresseförening")),
        ("Date", format_datetime(when)),
        ("Message-ID", mid),
        *OUTLOOK,
        ("X-MS-Has-Attach", "yes"),
    ]
    add(
        "513-sommarlov-fagelfors-docx.eml",
        message(headers, root),
        label(
            "application",
            "sv",
            "association contact activity anchoring budget",
            "Complete, but everything except a two-line cover note is in the .docx (RFC 2231 file "
            "name with å/ö): headings, bold lead-ins and a Word table budget. Association with org.nr "
            "and 'ca 35' members; contact with phone and the same address as From; activity = four "
            "weeks of summer-holiday activities; anchoring = parents' meeting, Fågelfors IF, local "
            "heritage society. Budget table sums to 14 900 (amount). 'Lön till två ungdomsledare' is "
            "salary -> salary_costs true (a rule breach). Craft materials and bait are consumables, "
            "bus is a service -> no investment. 'både flickor och pojkar' -> true.",
            association_name="Fågelfors Intresseförening",
            org_number=o,
            contact_name="Susanne Ek",
            contact_email="susanne.ek@example.se",
            contact_phone="0491-210 45",
            members=35,
            ort="Fågelfors",
            amount_sek=14900,
            women_and_men=True,
            salary_costs=True,
            physical_investment=False,
        ),
    )


def m514() -> None:
    when = dt("2026-03-06 03:14:09")
    page = T("""
<!DOCTYPE html>
<html><head><meta charset="utf-8"></head>
<body style="font-family:Segoe UI,Arial,sans-serif;font-size:14px;color:#222">
<div style="max-width:560px;margin:auto;border:1px solid #ddd;padding:20px">
<img src="https://kvot-uppgradering.example.net/img/logo-region.png" alt="Region Kalmar län" width="140">
<h2 style="color:#c00000">Din brevlåda är nästan full</h2>
<p>Hej ideslanten,</p>
<p>Din brevlåda <b>ideslanten@example.se</b> har nått <b>98 %</b> av sin lagringsgräns (4,9 GB av 5 GB).</p>
<p>Inkommande e-post, inklusive ansökningar och bilagor, kommer att <b>avvisas inom 24 timmar</b> om du inte uppgraderar din kvot. Uppgraderingen är gratis för anställda.</p>
<p style="text-align:center;margin:28px 0">
<a href="https://kvot-uppgradering.example.net/owa/verify?u=ideslanten%40example.se" style="background:#0067b8;color:#fff;padding:12px 28px;text-decoration:none">UPPGRADERA KVOT NU</a></p>
<div style="background:#f3f3f3;height:14px;width:100%"><div style="background:#c00000;height:14px;width:98%"></div></div>
<p style="font-size:12px">Vänligen bekräfta ditt konto nu för att undvika förlust av viktiga meddelanden. Om du inte verifierar ditt konto kommer det att inaktiveras permanent.</p>
<p style="font-size:12px">Med vänlig hälsning,<br>IT-Support<br>Region Kalmar län</p>
<p style="font-size:10px;color:#888">Detta meddelande skickades automatiskt från postlådeservern. © 2026 Microsoft Corporation. Alla rättigheter förbehållna.</p>
</div></body></html>
""")
    root = text(page, "html", "utf-8", "base64")
    headers = [
        ("Return-Path", "<srv-notice@mailer.example.net>"),
        (
            "Received",
            "from [203.0.113.87] (unknown [203.0.113.87])\n\tby mx.example.se with ESMTP "
            "id 9F2D01A044\n\tfor <ideslanten@example.se>; " + format_datetime(when),
        ),
        ("From", addr("IT-Support Region Kalmar län", "it-support@kvot-uppgradering.example.net")),
        ("Reply-To", "helpdesk.verify@example.com"),
        ("To", BOT),
        ("Subject", hdr("VARNING: Din brevlåda ideslanten@example.se är 98% full – åtgärd krävs")),
        ("Date", format_datetime(when)),
        ("Message-ID", f"<{h('m514', 24)}@kvot-uppgradering.example.net>"),
        ("X-Priority", "1 (Highest)"),
        ("Importance", "High"),
    ]
    add(
        "514-phishing-brevlada-full.eml",
        message(headers, root),
        label(
            "spam",
            "sv",
            "",
            "Phishing: fake 'IT-Support Region Kalmar län' mailbox-quota warning, HTML-only in base64, "
            "X-Priority 1, look-alike sender domain and a different Reply-To, link to a fake OWA "
            "'verify' page. Mentions 'ansökningar och bilagor' but applies for nothing. Never to be "
            "answered; all facts null.",
        ),
    )


def m515() -> None:
    when = dt("2026-03-09 18:02:27")
    body = T("""
Hej!
Vi är ett gäng i Eriksmåla som saknar att kunna gå på bio utan att åka till Kalmar eller Växjö. Därför vill vi ordna fyra filmkvällar i höst i Folkets hus, en i månaden sept–dec, med en barnfilm på eftermiddagen och en film för vuxna på kvällen. Både för tjejer och killar, gamla som unga. Det blir ett ställe att träffas på när det är mörkt och inget annat händer i byn.

På bymötet i januari var vi 34 st och alla röstade för, och Folkets husföreningen lånar ut lokalen gratis. Scouterna säljer fika och tar in lite till sin kassa.

Kostnader
Hyra projektor och duk 4 x 500 = 2000
Visningslicenser 4 x 1200 = 4800
Annonser 700
Popcorn, kaffe 1000
Summa 8500 kr

Hälsningar från oss i Eriksmåla

Skickat från min iPhone
""")
    mid = mid_apple("515", "example.com")
    IDS["515"] = mid
    headers = [
        ("From", addr("Familjen Lind", "familjen.lind@example.com")),
        ("Date", format_datetime(when)),
        ("Subject", hdr("Filmkvällar Eriksmåla")),
        ("Message-Id", mid),
        ("To", BOT),
        *IPHONE,
    ]
    bot_receipt("515", "2026-03-09 18:03:10", "2026-0019", ["association", "contact"])
    add(
        "515-filmkvallar-eriksmala-iphone.eml",
        message(headers, text(body, charset="utf-8")),
        label(
            "application",
            "sv",
            "activity anchoring budget",
            "Missing association and contact. iPhone plain text, UTF-8 QP. 'ett gäng i Eriksmåla' is an "
            "unnamed group; Folkets husföreningen and the scouts are partners, not the applicant. Sent "
            "from a family mailbox, signed 'Hälsningar från oss i Eriksmåla' – no named person. Activity "
            "concrete (four film evenings Sept–Dec, children's and adults' showings). Anchoring: village "
            "meeting with 34 present all voting for (34 is attendance, not members) + lending of the "
            "hall. Budget: four items, 'Summa 8500 kr'. 'Både för tjejer och killar' -> true. The "
            "projector and screen are hired -> no investment. Kalmar/Växjö are distractors. Followup "
            "517 supplies association and contact.",
            ort="Eriksmåla",
            amount_sek=8500,
            women_and_men=True,
            salary_costs=False,
            physical_investment=False,
        ),
    )


def m516() -> None:
    when = dt("2026-03-10 10:30:51")
    body = T("""
Hej,

Jag är kassör i Rumskulla Bygdegårdsförening. Taket på bygdegården läcker och vi har fått en offert på ungefär 60 000 kr för att byta det. Går det att söka idéslanten för en del av det? Eller finns det något annat bidrag som passar bättre?

Och när måste ansökan vara inne i så fall?

Tacksam för svar.

Göran Sundberg
Rumskulla Bygdegårdsförening
tel 0492-410 77
""")
    headers = [
        ("Date", format_datetime(when)),
        ("From", addr("Göran Sundberg", "goran.sundberg@example.net", "iso-8859-1")),
        ("To", OFFICER),
        ("Subject", hdr("Fråga om bidrag till tak", "iso-8859-1")),
        ("Message-ID", mid_webmail("516", "example.net")),
        ("User-Agent", "Roundcube Webmail/1.6.9"),
    ]
    add(
        "516-fraga-tak-rumskulla.eml",
        message(headers, text(body, charset="iso-8859-1")),
        label(
            "question",
            "sv",
            "",
            "Question (Roundcube webmail, ISO-8859-1 QP body and Q-encoded ISO-8859-1 subject and From "
            "name) sent to the officer's address. Asks whether a new roof on the bygdegård can be funded "
            "and about the deadline. The question itself proposes a roof replacement -> "
            "physical_investment true; salary null. 60 000 kr is a quote for the roof, not an amount "
            "applied for -> amount null. Asker recorded as contact.",
            association_name="Rumskulla Bygdegårdsförening",
            contact_name="Göran Sundberg",
            contact_email="goran.sundberg@example.net",
            contact_phone="0492-410 77",
            ort="Rumskulla",
            physical_investment=True,
        ),
    )


def m517() -> None:
    when = dt("2026-03-11 21:45:06")
    rid, rwhen, ref, missing = RECEIPTS["515"]
    new = T("""
Hej igen! Förlåt, vi skrev lite slarvigt. Vi är en förening sedan i höstas, Eriksmåla Filmklubb, med stadgar och styrelse och allt. Vi är 14 medlemmar än så länge, org.nr har vi sökt men inte fått än.

Kontaktperson blir jag, Tove Lind, 073-390 12 86, tove.lind@example.com

/Tove

Skickat från min iPhone
""")
    attr = (
        f"{rwhen.day} {SV_MONTHS[rwhen.month - 1]} {rwhen.year} kl. {rwhen:%H:%M} skrev "
        f"{BOT_NAME} <{BOT}>:"
    )
    plain = new + "\n> " + attr + "\n> \n" + quote_lines(receipt_body(ref, missing)) + "\n"
    headers = [
        ("From", addr("Tove Lind", "tove.lind@example.com")),
        ("Date", format_datetime(when)),
        ("Subject", hdr("Sv: " + receipt_subject(ref))),
        ("Message-Id", mid_apple("517", "example.com")),
        ("References", fold_ids([IDS["515"], rid])),
        ("In-Reply-To", rid),
        ("To", addr(BOT_NAME, BOT)),
        *IPHONE,
    ]
    add(
        "517-sv-forening-eriksmala.eml",
        message(headers, text(plain, charset="utf-8")),
        label(
            "followup",
            "sv",
            "association contact",
            "Followup to 515 from an iPhone ('Sv:' subject, receipt quoted after 'Skickat från min "
            "iPhone' under '> 9 mars 2026 kl. 18:03 skrev …:'), now from the writer's own address. New "
            "text gives the association (name, formed last autumn with statutes and board, 14 members; "
            "org.nr applied for but not given -> null) and a contact person with phone and e-mail. "
            "Signed '/Tove' but the full name is in the text. Ort via the association name.",
            association_name="Eriksmåla Filmklubb",
            contact_name="Tove Lind",
            contact_email="tove.lind@example.com",
            contact_phone="073-390 12 86",
            members=14,
            ort="Eriksmåla",
            salary_costs=False,
            physical_investment=False,
        ),
    )


def m518() -> None:
    when = dt("2026-03-13 20:51:40")
    o = org("802426", "845")
    body = T(f"""
Hej!

Gullabo Bygdegårdsförening söker bygdepeng till Gullabodagen lördagen den 15 augusti 2026.

Föreningen: Gullabo Bygdegårdsförening, 51 medlemmar, org.nr {o}. Vi driver bygdegården i Gullabo i Torsås kommun, som används till fester, möten och loppisar.

Vad: En heldag vid bygdegården med visning av veterantraktorer, hantverksmarknad för lokala hantverkare, knallelotteri och barnaktiviteter. På eftermiddagen blir det en öppen frågestund med kommunen om bredband och kollektivtrafik. Vi vill visa att Gullabo lever, ge hantverkarna en chans att sälja och få fram de boendes synpunkter till kommunen.

Varför: Det finns ett stort behov av mötesplatser i Gullabo sedan affären lade ner, och vi hoppas att många kommer att tycka om dagen.

Vi söker 15 000:-

Kontakt: Henrik Sandberg, ordförande, 0486-401 22, henrik.sandberg@example.se

Hälsningar
Henrik
""")
    mid = mid_thunderbird("518", "example.se")
    IDS["518"] = mid
    headers = [
        ("Message-ID", mid),
        ("Date", format_datetime(when)),
        ("User-Agent", TB_UA),
        ("Content-Language", "sv"),
        ("To", BOT),
        ("From", addr("Henrik Sandberg", "henrik.sandberg@example.se")),
        ("Subject", "Ansokan bygdepeng Gullabodagen 2026"),
    ]
    bot_receipt("518", "2026-03-13 20:52:25", "2026-0021", ["anchoring", "budget"])
    root = text(flowed(body), charset="iso-8859-1", cte="8bit", params="; format=flowed")
    add(
        "518-gullabodagen.eml",
        message(headers, root),
        label(
            "application",
            "sv",
            "association contact activity",
            "Missing anchoring and budget. Thunderbird, ISO-8859-1 8bit format=flowed body, ASCII-only "
            "subject ('Ansokan'). 'Föreningen:/Vad:/Varför:' lead-ins. The 'Varför' paragraph is a "
            "described need plus a hope that people will like it -> anchoring false. 'Vi söker "
            "15 000:-' is a bare total -> budget false, amount 15000 (exactly the cap). Association "
            "with org.nr and 51 members; contact line with phone and e-mail (same as From), signed "
            "with first name. Gender unstated. Followup 523 supplies anchoring and budget.",
            association_name="Gullabo Bygdegårdsförening",
            org_number=o,
            contact_name="Henrik Sandberg",
            contact_email="henrik.sandberg@example.se",
            contact_phone="0486-401 22",
            members=51,
            ort="Gullabo",
            amount_sek=15000,
            salary_costs=False,
            physical_investment=False,
        ),
    )


def m519() -> None:
    when = dt("2026-03-16 16:40:22")
    o = org("802430", "517")
    body = T(f"""
Hej

Alsterbro Samhällsförening ansöker härmed om regional bygdepeng för 2026, vi söker 14 tkr.

Alsterbro Samhällsförening (org.nr {o}) har 58 medlemmar och jobbar för att Alsterbro ska vara en trevlig ort att bo i. Vi sköter bl.a. badplatsen och julgranständningen.

Vi vill i år göra något för byn som samlar folk och gör Alsterbro mer attraktivt att bo i. Vi har flera idéer och exakt vad det blir bestämmer vi på ett medlemsmöte i april.

Frågan om att söka togs upp på bymötet den 2 februari där ett 40-tal personer kom, och alla var överens om att samhällsföreningen ska söka. Vi samarbetar också med Alsterbro IF och Alsterbro Hembygdsförening som har lovat att ställa upp med folk.

Preliminär budget
Lokalhyra 2 000
Musik/artistarvode 6 000
Annonsering 2 500
Förtäring 3 500
Summa 14 000:-

Med vänlig hälsning
Kenneth Olsson
Ordförande Alsterbro Samhällsförening
0481-310 20
""")
    mid = mid_outlook("519")
    IDS["519"] = mid
    headers = [
        ("From", addr("Kenneth Olsson", "kenneth.olsson@example.se")),
        ("To", addr("Idéslanten", BOT, "windows-1252")),
        ("Subject", hdr("Ansökan regional bygdepeng Alsterbro Samhällsförening", "windows-1252")),
        ("Date", format_datetime(when)),
        ("Message-ID", mid),
        *OUTLOOK,
    ]
    bot_receipt("519", "2026-03-16 16:41:02", "2026-0024", ["activity"])
    add(
        "519-alsterbro-vag-aktivitet.eml",
        message(headers, text(body, charset="windows-1252")),
        label(
            "application",
            "sv",
            "association contact anchoring budget",
            "Missing activity: 'göra något för byn som samlar folk … exakt vad det blir bestämmer vi i "
            "april' is a vague wish even though a budget is attached to it. Outlook plain text, "
            "windows-1252 QP, windows-1252 encoded-word subject. Anchoring: village meeting (~40 "
            "attending, not members) agreed the association should apply, plus Alsterbro IF and the "
            "heritage society promising people -> true. Budget with four items, 'Summa 14 000:-', "
            "amount also given as '14 tkr'. Artist fee is a performer fee -> no salary. Contact: named "
            "chair with phone, own address. The autoreply 520 answers the receipt.",
            association_name="Alsterbro Samhällsförening",
            org_number=o,
            contact_name="Kenneth Olsson",
            contact_email="kenneth.olsson@example.se",
            contact_phone="0481-310 20",
            members=58,
            ort="Alsterbro",
            amount_sek=14000,
            salary_costs=False,
            physical_investment=False,
        ),
    )


def m520() -> None:
    when = dt("2026-03-16 16:41:19")
    rid, rwhen, ref, missing = RECEIPTS["519"]
    body = T("""
Hej!

Jag är på semester till och med den 29 mars och läser inte min e-post. Vid brådskande ärenden som gäller Alsterbro Samhällsförening går det bra att ringa vice ordförande Eva Lund på 070-233 61 08.

Med vänlig hälsning
Kenneth Olsson
""")
    html_body = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
        '<body><div style="font-family:Calibri,sans-serif;font-size:11pt">'
        + "".join(f"<p>{esc(x)}</p>" if x else "" for x in body.split("\n"))
        + "</div></body></html>\n"
    )
    alt = multipart(
        "alternative", [text(body), text(html_body, "html")], "_000_" + h("b520", 30).upper() + "_"
    )
    headers = [
        ("From", addr("Kenneth Olsson", "kenneth.olsson@example.se")),
        ("To", addr(BOT_NAME, BOT)),
        ("Subject", hdr("Automatiskt svar: " + receipt_subject(ref))),
        ("Thread-Topic", hdr(receipt_subject(ref))),
        ("Date", format_datetime(when)),
        ("Message-ID", mid_outlook("520")),
        ("In-Reply-To", rid),
        ("References", fold_ids([IDS["519"], rid])),
        ("Auto-Submitted", "auto-generated"),
        ("X-Auto-Response-Suppress", "All"),
        ("X-MS-Exchange-Inbox-Rules-Loop", "kenneth.olsson@example.se"),
        ("Content-Language", "sv-SE"),
    ]
    add(
        "520-automatiskt-svar-alsterbro.eml",
        message(headers, alt),
        label(
            "autoreply",
            "sv",
            "",
            "Exchange out-of-office ('Automatiskt svar:' subject, Auto-Submitted: auto-generated, "
            "X-Auto-Response-Suppress) answering the receipt to 519; In-Reply-To/References name the "
            "receipt and 519. The body names the association and a person with a phone number – a "
            "trap: it is still an autoreply, never a followup, and all facts are null.",
        ),
    )


def m521() -> None:
    when = dt("2026-03-18 22:05:31")
    o = org("802511", "386")
    body = T(f"""
Dear Sir or Madam,

Please find below our application for the regional bygdepeng – idéslanten 2026.

About us
Norra Ölands Vinterbadare is a non-profit association founded in 2022 by year-round residents in Byxelkrok and the villages around. We have about 30 members, Swedes and newcomers like me. Organisation number {o}.

What we want to do
On Saturday 7 November 2026 we want to hold "Kalla dagen", a winter bathing day at Byxelkrok harbour. We will rent a mobile wood-fired sauna for the day, offer guided first dips for beginners together with our experienced members, and serve hot soup on the quay. Byxelkrok is almost empty after the tourist season, and the day is meant to bring the year-round residents together, give the café and the fish shop a good day in November, and show that the north of Öland is a place to live in all year. The day is open to everyone, women and men, young and old.

Local support
We presented the idea at the autumn meeting (bystämma) of Byxelkrok Samhällsförening on 18 November 2025 and it got full support. The harbour association lets us use the pier for free, the café will open extra that day, and eight of our members are trained in cold-water safety and will act as hosts.

Budget
- Mobile sauna rental, 1 day incl. transport: 5,000 SEK
- Firewood: 800 SEK
- Event insurance: 1,200 SEK
- Soup ingredients and bread: 1,400 SEK
- Posters and adverts: 600 SEK
Total: 9,000 SEK

Contact person: Ellen van Dijk (chair), phone +46 73 412 90 17, ellen.vandijk@example.org

Kind regards,
Ellen van Dijk
Norra Ölands Vinterbadare
""")
    html_parts = []
    for block in body.split("\n\n"):
        lines = block.split("\n")
        if lines[0] == "Budget":
            items = "".join(f"<li>{esc(x[2:])}</li>" for x in lines[1:] if x.startswith("- "))
            html_parts.append(f"<p><b>Budget</b></p><ul>{items}</ul><p>{esc(lines[-1])}</p>")
        elif lines[0] in ("About us", "What we want to do", "Local support"):
            html_parts.append(f"<p><b>{esc(lines[0])}</b><br>{esc(' '.join(lines[1:]))}</p>")
        else:
            html_parts.append("<p>" + "<br>".join(esc(x) for x in lines) + "</p>")
    html_body = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
        '<style type="text/css" style="display:none;"> P {margin-top:0;margin-bottom:0;} '
        '</style></head><body dir="ltr"><div class="elementToProof" style="font-family: '
        'Aptos, Calibri, Helvetica, sans-serif; font-size: 12pt;">'
        + "".join(html_parts)
        + "</div></body></html>\n"
    )
    alt = multipart(
        "alternative", [text(body), text(html_body, "html")], "_000_" + h("b521", 30).upper() + "_"
    )
    mid = f"<{h('m521', 6).upper()}{digits('m521', 4)}VI0P195MB{digits('m521b', 4)}{h('m521c', 10).upper()}@AS8P195MB{digits('m521b', 4)}.EURP195.PROD.EXAMPLE.COM>"
    IDS["521"] = mid
    headers = [
        ("From", addr("Ellen van Dijk", "ellen.vandijk@example.org")),
        ("To", BOT),
        ("Subject", hdr("Application – winter bathing day in Byxelkrok (regional bygdepeng)")),
        ("Date", format_datetime(when)),
        ("Message-ID", mid),
        ("Accept-Language", "en-GB, nl-NL, sv-SE"),
        ("Content-Language", "en-GB"),
    ]
    RECEIPTS["521"] = (
        mid_bot("complete521", dt("2026-03-18 22:06:12")),
        dt("2026-03-18 22:06:12"),
        "2026-0026",
        [],
    )
    add(
        "521-winter-bathing-byxelkrok-en.eml",
        message(headers, alt),
        label(
            "application",
            "en",
            "association contact activity anchoring budget",
            "Complete application in English (Outlook.com web, multipart/alternative, HTML with a <ul> "
            "budget). Association founded 2022, 'about 30 members', org number. Activity: winter "
            "bathing day with rented sauna, aimed at off-season life. Anchoring: presented at the "
            "samhällsförening's meeting with full support, harbour association and café cooperate, 8 "
            "hosts. Budget with comma thousands separators, 'Total: 9,000 SEK'. 'women and men' -> "
            "true. Sauna is rented, firewood and soup are consumables -> no investment. Contact "
            "explicitly given, same address as From. The bot's English 'complete' reply gets the "
            "autoreply 522.",
            association_name="Norra Ölands Vinterbadare",
            org_number=o,
            contact_name="Ellen van Dijk",
            contact_email="ellen.vandijk@example.org",
            contact_phone="+46 73 412 90 17",
            members=30,
            ort="Byxelkrok",
            amount_sek=9000,
            women_and_men=True,
            salary_costs=False,
            physical_investment=False,
        ),
    )


def m522() -> None:
    when = dt("2026-03-18 22:06:40")
    rid, rwhen, ref, _ = RECEIPTS["521"]
    subject = f"[Idéslanten {ref}] Your application is complete and is now with the officer"
    body = T("""
Hi,

Thank you for your email. I'm away visiting family in the Netherlands until 6 April and will only read my mail now and then. I will answer when I'm back.

If it's about the winter bathing, you can also call me on +46 73 412 90 17.

Best wishes,
Ellen
""")
    headers = [
        ("From", addr("Ellen van Dijk", "ellen.vandijk@example.org")),
        ("To", addr(BOT_NAME, BOT)),
        ("Subject", hdr("Automatic reply: " + subject)),
        ("Date", format_datetime(when)),
        (
            "Message-ID",
            f"<{h('m522', 6).upper()}{digits('m522', 4)}VI0P195MB{digits('m521b', 4)}{h('m522c', 10).upper()}@AS8P195MB{digits('m521b', 4)}.EURP195.PROD.EXAMPLE.COM>",
        ),
        ("In-Reply-To", rid),
        ("References", fold_ids([IDS["521"], rid])),
        ("Auto-Submitted", "auto-replied"),
        ("Content-Language", "en-GB"),
    ]
    add(
        "522-automatic-reply-byxelkrok-en.eml",
        message(headers, text(body, charset="us-ascii", cte="7bit")),
        label(
            "autoreply",
            "en",
            "",
            "English out-of-office ('Automatic reply:' subject, Auto-Submitted: auto-replied) to the "
            "bot's English 'complete' reply for 521; threaded to it. us-ascii 7bit body. Mentions the "
            "winter bathing and a phone number, but is never to be answered; all facts null.",
        ),
    )


def m523() -> None:
    when = dt("2026-03-20 19:10:58")
    rid, rwhen, ref, missing = RECEIPTS["518"]
    rb = receipt_body(ref, missing).split("\n")
    i_anch = rb.index("- " + MISSING_SV["anchoring"])
    i_budget = rb.index("- " + MISSING_SV["budget"])
    head = quote_lines("\n".join(rb[: i_anch + 1]))
    answer1 = T("""

Gullabodagen bestämdes på ett öppet bymöte i bygdegården här i Gullabo den 3 mars, 27 personer kom. Gullabo Hembygdsförening ordnar hantverksmarknaden, veterantraktorklubben i Torsås tar med sina traktorer och Gullabo IF sköter parkeringen. Ett tjugotal har anmält sig som funktionärer.
""")
    middle = quote_lines("\n".join(rb[i_anch + 1 : i_budget + 1]))
    answer2 = T("""

Tälthyra                      4 500 kr
Ljud och scen (hyra)          3 000 kr
Annonsering, lokaltidning
och affischer                 2 500 kr
Hoppborg till barnen (hyra)   2 000 kr
Toaletter (hyra)              1 500 kr
Lotterivinster                1 500 kr
                             ---------
Summa                        15 000 kr
""")
    tail = quote_lines("\n".join(rb[i_budget + 1 :]))
    plain = (
        "Hej!\n\nSvar på era frågor nedan.\n\n"
        f"Den {rwhen:%Y-%m-%d} kl. {rwhen:%H:%M}, skrev {BOT_NAME}:\n"
        + head
        + "\n"
        + answer1
        + "\n"
        + middle
        + "\n"
        + answer2
        + "\n"
        + tail
        + "\n\nHälsningar\nStyrelsen\n"
    )
    headers = [
        ("Message-ID", mid_thunderbird("523", "example.se")),
        ("Date", format_datetime(when)),
        ("User-Agent", TB_UA),
        ("Subject", hdr("Re: " + receipt_subject(ref))),
        ("To", addr(BOT_NAME, BOT)),
        ("References", fold_ids([IDS["518"], rid])),
        ("Content-Language", "sv"),
        ("From", addr("Gullabo Bygdegårdsförening", "gullabo.bygdegard@example.se")),
        ("In-Reply-To", rid),
    ]
    root = text(flowed(plain), charset="UTF-8", cte="8bit", params="; format=flowed")
    add(
        "523-re-inline-gullabo.eml",
        message(headers, root),
        label(
            "followup",
            "sv",
            "anchoring budget",
            "Followup to 518, Thunderbird 'Re:' with answers written inline under each quoted '- ' line "
            "of the receipt ('Den 2026-03-13 kl. 20:52, skrev …:'), UTF-8 8bit format=flowed. The "
            "unquoted text between the '> ' blocks is new: anchoring (open village meeting, 27 came, "
            "three local groups, ~20 volunteers) and a space-aligned budget with a wrapped item name, "
            "Summa 15 000 -> amount 15000. Sent from the association's shared mailbox and signed "
            "'Styrelsen' -> contact false, contact facts null; the association is only in the From "
            "display name -> association false and name null. All budget items are hires, prizes "
            "or services -> no investment, no salary.",
            ort="Gullabo",
            amount_sek=15000,
            salary_costs=False,
            physical_investment=False,
        ),
    )


def m524() -> None:
    when = dt("2026-03-23 09:30:15")
    page = T("""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>
<div style="font-family: Verdana, sans-serif; font-size: 13px;">
<h2 style="color:#1f4e79">Ansökan om regional bygdepeng 2026</h2>
<p><b>Förening:</b> Degerhamns Boulesällskap, en ideell förening med 38 st medlemmar som spelar boule på banorna vid hamnen i Degerhamn från april till oktober.</p>
<p><b>Aktivitet:</b> Vi vill ordna ”Boule &amp; Bygd”, en öppen bouleturnering med gemensam lunch lördagen den 13 juni. Alla som bor på södra Öland bjuds in, och lagen lottas så att bofasta, sommarboende och nyinflyttade hamnar i samma lag. Damer och herrar spelar i mixade lag. Målet är att folk ska lära känna varandra över gränserna och att hamnområdet används mer.</p>
<p><b>Förankring:</b> Turneringen ordnas tillsammans med PRO Södra Öland och Degerhamns Byalag. På byalagets möte den 12 mars fick förslaget ett enhälligt ja, och byalaget ordnar lunchen.</p>
<p><b>Budget:</b> Vi räknar med att behöva ca 9 000 kronor. Budget kommer senare när vi fått in priser.</p>
<p>Med vänliga hälsningar<br>Styrelsen<br>Degerhamns Boulesällskap</p>
</div>
</body></html>
""")
    mid = mid_webmail("524", "example.se")
    IDS["524"] = mid
    headers = [
        ("Date", format_datetime(when)),
        ("From", addr("Degerhamns Boulesällskap", "boule.degerhamn@example.se")),
        ("To", BOT),
        ("Subject", hdr("Ansökan idéslanten – öppen bouleturnering i Degerhamn")),
        ("Message-ID", mid),
        ("X-Mailer", "Open-Xchange Mailer v7.10.6-Rev62"),
    ]
    add(
        "524-boule-degerhamn-html.eml",
        message(headers, text(page, "html", "utf-8")),
        label(
            "application",
            "sv",
            "association activity anchoring",
            "Missing contact and budget. HTML-only webmail (Open-Xchange), UTF-8 QP, bold lead-ins per "
            "paragraph. Shared club mailbox signed 'Styrelsen' -> no contact, contact facts null. "
            "'ca 9 000 kronor' + 'Budget kommer senare' -> budget false; the single rough figure is the "
            "amount. '38 st medlemmar'. Activity: open tournament with lunch, mixed teams. Anchoring: "
            "PRO Södra Öland, Degerhamns Byalag's unanimous yes. 'Damer och herrar' -> "
            "women_and_men true.",
            association_name="Degerhamns Boulesällskap",
            members=38,
            ort="Degerhamn",
            amount_sek=9000,
            women_and_men=True,
            salary_costs=False,
            physical_investment=False,
        ),
    )


def m525() -> None:
    when = dt("2026-03-25 14:30:20")
    body = T("""
Hej!

Figeholms Hembygdsförening har ca 150 medlemmar och har sedan 1970-talet samlat in gamla fotografier från Figeholm och trakten runt omkring – från varvet, fisket, skolan och vardagslivet. I dag ligger över 3 000 bilder i kartonger i vårt arkiv, och bara ett fåtal vet vad de föreställer.

Därför vill vi under hösten 2026 hålla sex fotokvällar i föreningslokalen. Vi visar bilderna på storbild och låter de äldre i byn berätta vilka personerna är och vad som hände, medan yngre medlemmar skriver ner uppgifterna och skannar bilderna. Bilderna läggs sedan ut på föreningens webbplats så att alla, också utflyttade figeholmare, kan ta del av dem. Det blir både en mötesplats mellan generationerna och ett sätt att rädda byns historia innan den försvinner.

Vi söker max, alltså 15 000 kr. Budget bifogas.

Hälsningar
Figeholms Hembygdsförening
""")
    mid = mid_webmail("525", "example.se")
    IDS["525"] = mid
    headers = [
        ("Date", format_datetime(when)),
        ("From", addr("Figeholms Hembygdsförening", "hembygd.figeholm@example.se")),
        ("To", BOT),
        ("Subject", hdr("Ansökan: Bilder berättar – fotokvällar i Figeholm")),
        ("Message-ID", mid),
        ("User-Agent", "Roundcube Webmail/1.5.3"),
    ]
    bot_receipt("525", "2026-03-25 14:31:04", "2026-0028", ["contact", "anchoring", "budget"])
    add(
        "525-fotokvallar-figeholm.eml",
        message(headers, text(body, charset="UTF-8", cte="base64")),
        label(
            "application",
            "sv",
            "association activity",
            "Missing contact, anchoring and budget. Roundcube, UTF-8 base64 plain text, no section "
            "headings. Association: named, ~150 members, collecting photos since the 1970s. Activity: "
            "six photo evenings, scanning, web publication, meeting between generations. No anchoring "
            "is described at all. 'Budget bifogas' but nothing is attached; 'max, alltså 15 000 kr' is a "
            "bare total -> budget false, amount 15000. Shared mailbox signed with the association name "
            "-> no contact. Scanning is mentioned but no purchase is described -> "
            "physical_investment false here (the followup 529 adds a scanner).",
            association_name="Figeholms Hembygdsförening",
            members=150,
            ort="Figeholm",
            amount_sek=15000,
            salary_costs=False,
            physical_investment=False,
        ),
    )


def m526() -> None:
    when = dt("2026-03-27 11:00:03")
    o = org("802405", "729")
    body = T(f"""
Hej!

Här kommer vår ansökan till idéslanten.

1. Förening
Syföreningen Flitiga Händer i Orrefors, bildad 1961. Vi har tjugoåtta medlemmar och träffas varje tisdag i församlingshemmet. Org.nr {o}.

2. Kontaktperson
Gunnel Axelsson, ordförande
Tel 0481-300 13, mobil 070-419 85 62
gunnel.axelsson@example.net

3. Vad vi vill göra
Vi vill starta ett Kvinnocafé en gång i månaden från september till maj, för traktens kvinnor. Många kvinnor här, särskilt de som blivit ensamma eller nyss flyttat hit, har ingen naturlig mötesplats. Varje gång har ett tema: hälsa, privatekonomi och pension, hantverk och brukets historia, och vid två tillfällen kommer en föreläsare. I maj gör vi en gemensam resa till Kalmar läns museum. Kaféet ska hjälpa kvinnorna att hitta varandra och vilja bo kvar i bygden.

4. Förankring
Idén kommer från en enkät som vi delade ut på kyrkkaffet och i affären i höstas. 41 kvinnor svarade och nästan alla ville vara med. Orrefors församling lånar ut församlingshemmet gratis och Orrefors Hembygdsförening hjälper till med kvällen om brukets historia.

5. Budget
Föreläsare 2 x 1500 kr = 3000 kr
Garn och material till hantverkskvällarna 1200 kr
Fika 1200 kr
Annonsering 500 kr
Bussresa till Kalmar (hyrd buss) 4000 kr
Summa 9900 kr

Vänliga hälsningar
Gunnel Axelsson
""")
    mid = f"<{digits('m526', 9)}.{digits('m526b', 5)}.{digits('m526c', 13)}@app.ox.example.net>"
    IDS["526"] = mid
    headers = [
        ("Date", format_datetime(when)),
        ("From", addr("Gunnel Axelsson", "gunnel.axelsson@example.net")),
        ("To", addr("Idéslanten", BOT, "iso-8859-1")),
        ("Message-ID", mid),
        ("Subject", hdr("Ansökan bygdepeng - Kvinnocafé i Orrefors", "iso-8859-1")),
        ("X-Priority", "3"),
        ("Importance", "Normal"),
        ("X-Mailer", "Open-Xchange Mailer v7.10.6-Rev62"),
    ]
    add(
        "526-kvinnocafe-orrefors.eml",
        message(headers, text(body, charset="iso-8859-1")),
        label(
            "application",
            "sv",
            "association contact activity anchoring budget",
            "Complete but breaks the gender rule: a café 'för traktens kvinnor' -> women_and_men false. "
            "Webmail, ISO-8859-1 QP body and Q-encoded subject/To. Numbered sections 1–5. 'tjugoåtta "
            "medlemmar' = 28. Two phones given; the first (0481-300 13) is recorded. Anchoring: survey "
            "with 41 answers (respondents, not members), parish lends the hall, heritage society "
            "helps. Budget items sum to 9 900. Lecturer fees, yarn (consumable) and a hired bus -> no "
            "salary, no investment. Kalmar / Kalmar läns museum are destination distractors.",
            association_name="Syföreningen Flitiga Händer i Orrefors",
            org_number=o,
            contact_name="Gunnel Axelsson",
            contact_email="gunnel.axelsson@example.net",
            contact_phone="0481-300 13",
            members=28,
            ort="Orrefors",
            amount_sek=9900,
            women_and_men=False,
            salary_costs=False,
            physical_investment=False,
        ),
    )


def m527() -> None:
    when = dt("2026-03-30 20:15:47")
    body = T("""
Hej,

Min mamma Ingrid Holmqvist har inte e-post, så hon bad mig skicka hennes ansökan. Jag har skrivit av den precis som hon skrev den på papper:

Till Region Kalmar län

Vi är några grannar i Vickleby som vill ordna en slåtterdag på ängen nedanför byn lördagen den 11 juli. En kunnig kursledare lär ut hur man slår med lie och hur man räfsar och torkar höet, och efteråt äter vi tillsammans. Slåtterängar var förr en stor del av Öland men nu växer de igen, och vi vill att fler, också unga, ska lära sig sköta en äng så att blommorna kommer tillbaka. Det är viktigt att bevara ängarna, det tycker nog alla här.

Liar har de flesta av oss själva, så det som kostar är kursledarens arvode 2 500 kr, hyra av en toalettvagn 1 200 kr, annonser i lokaltidningen 800 kr och fika för ungefär 1 000 kr. Sammanlagt 5 500 kr.

Kontaktperson: Ingrid Holmqvist, Vickleby, telefon 0485-360 12. Ring helst på förmiddagen.

Ingrid Holmqvist

Tack på förhand!
Stefan Holmqvist
""")
    html_body = gmail_html(body.rstrip("\n"))
    alt = multipart(
        "alternative",
        [text(body, charset="UTF-8"), text(html_body, "html", "UTF-8")],
        "000000000000" + h("b527", 16),
    )
    mid = mid_gmail("527")
    IDS["527"] = mid
    headers = [
        ("Date", format_datetime(when)),
        ("Message-ID", mid),
        ("Subject", hdr("Ansökan från min mamma – slåtterdag i Vickleby")),
        ("From", addr("Stefan Holmqvist", "stefan.holmqvist@example.com")),
        ("To", BOT),
    ]
    add(
        "527-slatterdag-vickleby.eml",
        message(headers, alt),
        label(
            "application",
            "sv",
            "contact activity budget",
            "Missing association and anchoring. A son sends his mother's handwritten application, "
            "retyped in the body (it is the application itself, so it counts as new text). 'några "
            "grannar i Vickleby' is an unnamed group -> association false. 'Det är viktigt att bevara "
            "ängarna, det tycker nog alla här' is an empty claim -> anchoring false. Contact: the mother "
            "is explicitly the contact person with a phone but no e-mail -> contact_email null (the "
            "son's From address is not hers). Budget in prose with four amounts, 'Sammanlagt 5 500 "
            "kr'. Course leader's fee is not salary; participants use their own scythes -> no "
            "investment. Gender unstated.",
            contact_name="Ingrid Holmqvist",
            contact_phone="0485-360 12",
            ort="Vickleby",
            amount_sek=5500,
            salary_costs=False,
            physical_investment=False,
        ),
    )


def m528() -> None:
    when = dt("2026-04-01 13:05:26")
    body = T("""
Hej!

Jag sitter i styrelsen för Bergkvara Ungdomsförening. Vi funderar på att söka idéslanten för sommarkvällar för ungdomar nere vid hamnen, men vi har hört att Bergkvara Byalag också tänker söka i år.

Gäller taket på 15 000 kr per förening eller per ort? Alltså, om båda söker, får Bergkvara bara 15 000 kr totalt?

En fråga till: vi skulle vilja betala vår fritidsledare timlön för kvällarna. Går det att ta med det i budgeten?

Tack för hjälpen!
Sofia Nordin
Bergkvara Ungdomsförening
070-655 21 40
""")
    alt = multipart(
        "alternative",
        [text(body), text(outlook_html(simple_html(body), "utf-8"), "html")],
        "_000_" + h("b528", 30).upper() + "_",
    )
    headers = [
        ("From", addr("Sofia Nordin", "sofia.nordin@example.se")),
        ("To", addr("Idéslanten", BOT)),
        ("Subject", hdr("Frågor om idéslanten – två föreningar i Bergkvara")),
        ("Date", format_datetime(when)),
        ("Message-ID", mid_outlook("528")),
        *OUTLOOK,
    ]
    add(
        "528-fraga-tak-per-ort-bergkvara.eml",
        message(headers, alt),
        label(
            "question",
            "sv",
            "",
            "Question (Outlook multipart/alternative). Asks whether the 15 000 kr cap is per association "
            "or per locality, and whether a leisure leader's hourly wage can be budgeted. 15 000 is a "
            "rule amount asked about -> amount null. The question itself proposes 'timlön' -> "
            "salary_costs true; physical_investment null. Bergkvara Byalag is another association "
            "mentioned, not the asker's. Asker recorded as contact.",
            association_name="Bergkvara Ungdomsförening",
            contact_name="Sofia Nordin",
            contact_email="sofia.nordin@example.se",
            contact_phone="070-655 21 40",
            ort="Bergkvara",
            salary_costs=True,
        ),
    )


def m529() -> None:
    when = dt("2026-04-07 10:20:33")
    rid, rwhen, ref, missing = RECEIPTS["525"]
    new = T("""
Hej!

Jag är sekreterare i Figeholms Hembygdsförening och tar över kontakten om ansökan om fotokvällarna. Här kommer det som saknades.

Kontaktperson: Birgitta Nyman, tel 0491-930 44, birgitta.nyman@example.se

Förankring: Fotokvällarna bestämdes på vårt årsmöte den 15 mars. Vi gör dem tillsammans med Figeholms Båtklubb, som har många bilder från varvet, och med skolan, där klass 6 ska intervjua de äldre. Ett tiotal äldre figeholmare har redan lovat att komma och berätta.

Budget:
Skanner för foton och negativ     3 900 kr
Hyra av projektor, 6 kvällar      3 000 kr
Webbplats och lagring, 2 år       1 800 kr
Annonsering                       1 300 kr
Fika, 6 kvällar                   3 000 kr
Arkivkartonger och handskar       2 000 kr
Summa                            15 000 kr

Hälsningar
Birgitta Nyman
""")
    qhead = (
        f"-----Ursprungligt meddelande-----\n"
        f"Från: {BOT_NAME} <{BOT}>\n"
        f"Skickat: {SV_DAYS[rwhen.weekday()]} den {rwhen.day} {SV_MONTHS[rwhen.month - 1]} "
        f"{rwhen.year} {rwhen:%H:%M}\n"
        f"Till: hembygd.figeholm@example.se\n"
        f"Ämne: {receipt_subject(ref)}\n"
    )
    plain = new + "\n" + quote_lines(qhead + "\n" + receipt_body(ref, missing)) + "\n"
    headers = [
        ("Date", format_datetime(when)),
        ("From", addr("Birgitta Nyman", "birgitta.nyman@example.se")),
        ("To", addr(BOT_NAME, BOT, "windows-1252")),
        ("Subject", hdr("SV: " + receipt_subject(ref), "windows-1252")),
        ("Message-ID", f"<{digits('m529', 10)}.{digits('m529b', 6)}@webmail.example.se>"),
        ("In-Reply-To", rid),
        ("References", fold_ids([IDS["525"], rid])),
        ("X-Mailer", "Telia Webmail"),
    ]
    add(
        "529-sv-budget-figeholm.eml",
        message(headers, text(plain, charset="windows-1252")),
        label(
            "followup",
            "sv",
            "contact anchoring budget",
            "Followup to 525 from the secretary's own address (webmail, windows-1252 QP body and "
            "Q-encoded subject). The whole receipt is quoted with '> ' under a '-----Ursprungligt "
            "meddelande-----' block. New text supplies all three missing elements: named contact "
            "with phone and e-mail, anchoring (annual meeting decision, boat club, school class, ~10 "
            "elders), and a space-aligned budget summing to 15 000. The budget includes buying a "
            "scanner -> physical_investment true (hidden in a followup). Association only named -> "
            "association false.",
            association_name="Figeholms Hembygdsförening",
            contact_name="Birgitta Nyman",
            contact_email="birgitta.nyman@example.se",
            contact_phone="0491-930 44",
            ort="Figeholm",
            amount_sek=15000,
            salary_costs=False,
            physical_investment=True,
        ),
    )


def m530() -> None:
    when = dt("2026-04-09 19:00:12")
    o = org("802421", "960")
    body = T("""
Hej!

Vi i Virserums Motorveteraner vill söka tiotusen kronor ur idéslanten. Vi vill utveckla vår verksamhet och nå fler i bygden, framför allt unga.

Vi har ett bra samarbete med Virserums Hembygdsförening, som låter oss ha våra träffar på hembygdsgården, och Virserums Företagarförening är med och planerar säsongen. På förra årets sommarträff kom 200 besökare.

Mer om föreningen står i bifogad fil.

Mvh
Roger Karlsson
070-280 47 19
""")
    about = T(f"""
VIRSERUMS MOTORVETERANER

Ideell förening bildad 1987 för alla som gillar gamla bilar, motorcyklar, mopeder och traktorer.

Säte:            Virserum, Hultsfreds kommun
Org.nr:          {o}
Antal medlemmar: 32 (per 2025-12-31)
Styrelse:        Roger Karlsson (ordf), Anita Karlsson (kassör), Lennart Fors (sekr)

Verksamhet: månadsträffar april–september, sommarträff i juli, mekkvällar i klubblokalen under vintern.
""").replace("\n", "\r\n")
    root = multipart(
        "mixed",
        [
            text(body, charset="utf-8", cte="quoted-printable"),
            attachment(
                about.encode("cp1252"),
                "text/plain",
                "Om föreningen.txt",
                cte="base64",
                charset="windows-1252",
            ),
        ],
        "------------" + digits("b530", 24),
    )
    mid = mid_thunderbird("530", "example.se")
    IDS["530"] = mid
    headers = [
        ("Message-ID", mid),
        ("Date", format_datetime(when)),
        ("User-Agent", TB_UA),
        ("Content-Language", "sv-SE"),
        ("To", BOT),
        ("From", addr("Roger Karlsson", "roger.karlsson@example.se")),
        ("Subject", hdr("Ansökan bygdepeng Virserum")),
    ]
    add(
        "530-motorveteraner-virserum-txt.eml",
        message(headers, root),
        label(
            "application",
            "sv",
            "association contact anchoring",
            "Missing activity and budget. Thunderbird multipart/mixed; the association details are "
            "only in an attached windows-1252 .txt with CRLF lines (RFC 2231 file name) -> association "
            "true (org.nr, 32 members, founded 1987). 'utveckla vår verksamhet och nå fler i bygden' is "
            "vague -> activity false. 'tiotusen kronor' is a bare amount -> budget false, amount 10000. "
            "Anchoring: cooperation with the heritage society and the business association -> true. "
            "200 visitors are not members. Contact: named signer with phone, own address. Gender "
            "unstated.",
            association_name="Virserums Motorveteraner",
            org_number=o,
            contact_name="Roger Karlsson",
            contact_email="roger.karlsson@example.se",
            contact_phone="070-280 47 19",
            members=32,
            ort="Virserum",
            amount_sek=10000,
            salary_costs=False,
            physical_investment=False,
        ),
    )


def m531() -> None:
    when = dt("2026-04-13 07:48:19")
    body = T("""
Hej! Vi vill söka bygdepengen för Ruda i år.

Budget:
Hyra lokal 3000
Annonser 1000
Mat 4000
Musik 5000
= 13 000 kr

Mvh Lena Ström
0703841592

Skickat från min iPhone
""")
    mid = mid_apple("531", "example.se")
    IDS["531"] = mid
    headers = [
        ("From", addr("Lena Ström", "lena.strom@example.se")),
        ("Date", format_datetime(when)),
        ("Subject", "Bygdepeng Ruda"),
        ("Message-Id", mid),
        ("To", BOT),
        *IPHONE,
    ]
    bot_receipt("531", "2026-04-13 07:49:01", "2026-0034", ["association", "activity", "anchoring"])
    add(
        "531-ruda-kort-iphone.eml",
        message(headers, text(body, charset="utf-8")),
        label(
            "application",
            "sv",
            "contact budget",
            "Missing association, activity and anchoring: a three-line iPhone mail (UTF-8 QP). Only a "
            "budget (four items, '= 13 000 kr') and a named signer with an unspaced mobile number from "
            "her own address. 'Vi' is unnamed; nothing says what will be done or who backs it. Music is "
            "a performer cost, the venue is hired -> no salary, no investment.",
            contact_name="Lena Ström",
            contact_email="lena.strom@example.se",
            contact_phone="0703841592",
            ort="Ruda",
            amount_sek=13000,
            salary_costs=False,
            physical_investment=False,
        ),
    )


def m532() -> None:
    when = dt("2026-04-13 07:49:22")
    rid, rwhen, ref, missing = RECEIPTS["531"]
    body = (
        T("""
Hej!

Jag är ledig till och med 26 april och läser inte min mejl. Är det bråttom går det bra att ringa mig efter kl 17.

Lena Ström

""")
        + quote_lines(receipt_body(ref, missing))
        + "\n"
    )
    headers = [
        ("From", addr("Lena Ström", "lena.strom@example.se")),
        ("To", BOT),
        ("Subject", hdr("Sv: " + receipt_subject(ref))),
        ("Date", format_datetime(when)),
        ("Message-ID", f"<{when:%Y%m%d%H%M%S}.{digits('m532', 12)}@mail.example.se>"),
        ("In-Reply-To", rid),
        ("References", fold_ids([IDS["531"], rid])),
    ]
    add(
        "532-ledig-ruda-utan-huvud.eml",
        message(headers, text(body, charset="utf-8")),
        label(
            "autoreply",
            "sv",
            "",
            "Autoreply WITHOUT any automation header (no Auto-Submitted, X-Autoreply or Precedence): a "
            "provider's vacation responder with a plain 'Sv:' subject, threaded to the receipt for 531 "
            "and quoting it, including 'Vi saknar följande i er ansökan:' and its '- ' lines. Only the "
            "wording ('Jag är ledig till och med 26 april och läser inte min mejl') and the timing "
            "(21 seconds after the receipt) show it is automatic. Not a followup; never to be "
            "answered; all facts null.",
        ),
    )


def m533() -> None:
    when = dt("2026-04-15 15:33:50")
    body = T("""
Hej!

Böda Byaråd söker 13 000 kr från regional bygdepeng – idéslanten till projektet ”Digitalt för alla i Böda”.

Om Böda Byaråd
Byarådet är en ideell förening för alla som bor eller har fritidshus i Böda socken på norra Öland. Vi har 87 medlemmar och driver frågor om väg, service och bredband mot kommunen.

Projektet
Under hösten och vintern 2026–2027 håller vi ”digitala fikor” varannan onsdag i Böda bygdegård. Tre gymnasieungdomar från byn hjälper de äldre med BankID, Swish, 1177 och att boka färdtjänst i mobilen. De äldre ska klara vardagen själva och kunna bo kvar i Böda även när bank och apotek bara finns på nätet, och ungdomarna får ett extrajobb hemma i byn.

Förankring
Idén kommer från en enkät som vi skickade ut med byarådets nyhetsblad i januari. 64 hushåll svarade och 40 av dem ville ha hjälp med digitala tjänster. Biblioteket i Löttorp lånar ut surfplattor till träffarna och Böda Bygdegårdsförening upplåter lokalen gratis.

Budget
Timlön till tre ungdomar, 120 kr/tim × 90 tim: 10 800 kr
Fika: 1 500 kr
Annonser och affischer: 700 kr
Summa: 13 000 kr

Med vänlig hälsning
Böda Byaråd
""")
    alt = multipart(
        "alternative",
        [text(body, charset="utf-8"), text(apple_html(body), "html", "utf-8")],
        "Apple-Mail=_"
        + h("b533", 32).upper()[:8]
        + "-"
        + h("b533", 32).upper()[8:12]
        + "-"
        + h("b533", 32).upper()[12:16]
        + "-"
        + h("b533", 32).upper()[16:20]
        + "-"
        + h("b533", 32).upper()[20:32],
    )
    mid = mid_apple("533", "example.se")
    IDS["533"] = mid
    headers = [
        ("From", addr("Anders Ljung", "anders.ljung@example.se")),
        ("Subject", hdr("Ansökan idéslanten – Digitalt för alla i Böda")),
        ("Message-Id", mid),
        ("Date", format_datetime(when)),
        ("To", BOT),
        ("X-Mailer", "Apple Mail (2.3826.400.131.1.6)"),
    ]
    add(
        "533-digitalt-boda-apple.eml",
        message(headers, alt),
        label(
            "application",
            "sv",
            "association activity anchoring budget",
            "Missing contact: the only personal name is in the From header (Anders Ljung); the mail is "
            "signed 'Böda Byaråd' and no person is named in the body -> contact false, contact facts "
            "null. Apple Mail multipart/alternative, UTF-8 QP. Association: 87 members, what it does. "
            "Activity: fortnightly digital-help cafés run by three upper-secondary students. "
            "Anchoring: survey (64 households answered) + library and bygdegård association. Budget "
            "sums to 13 000. 'Timlön till tre ungdomar' is a wage -> salary_costs true. Tablets are "
            "lent, not bought -> no investment. Löttorp is a locality distractor.",
            association_name="Böda Byaråd",
            members=87,
            ort="Böda",
            amount_sek=13000,
            salary_costs=True,
            physical_investment=False,
        ),
    )


def m534() -> None:
    when = dt("2026-04-20 20:10:05")
    o = org("802404", "158")
    body = T(f"""
Hej!

Södra Vi Hembygdsförening vill söka 13 400 kr ur regional bygdepeng – idéslanten till årets sommarteater. Budgeten finns i bifogad pdf.

Om oss: Södra Vi Hembygdsförening har 210 medlemmar och sköter hembygdsgården i Södra Vi. Org.nr {o}.

Teatern: I juli spelar vi tre föreställningar av ”Sista dansen på logen”, en pjäs som en av våra medlemmar har skrivit om när de unga flyttade från socknen till städerna på 1950-talet. Skådespelarna är amatörer från socknen, 25 personer mellan 9 och 84 år. Teatern ska locka besökare till Södra Vi, ge sommarboende och bofasta något att göra tillsammans och få unga och gamla att mötas kring bygdens historia.

Förankring: Alla 25 medverkande har anmält sig efter ett upprop på anslagstavlorna och i byns Facebookgrupp. Södra Vi IF sköter parkering och servering, och klass 6 på skolan gör affischerna.

Hör av dig om något är oklart!

Per-Olof Ring
ordförande, Södra Vi Hembygdsförening
0492-300 41
""")
    pdf = make_pdf(
        [
            ("Budget – Sommarteater 2026", 60, 780, 0),
            ("Södra Vi Hembygdsförening", 60, 760, 11),
            ("Kostnadspost", 60, 720, 11),
            ("Kronor", 420, 720, 11),
            ("Hyra av ljud- och ljusutrustning", 60, 700, 11),
            ("6 000", 420, 700, 11),
            ("Tyg och material till kostymer", 60, 684, 11),
            ("2 800", 420, 684, 11),
            ("Affischer och annonser", 60, 668, 11),
            ("1 900", 420, 668, 11),
            ("Hyra av extra stolar (150 st)", 60, 652, 11),
            ("1 500", 420, 652, 11),
            ("Tryck av programblad", 60, 636, 11),
            ("1 200", 420, 636, 11),
            ("Summa", 60, 612, 0),
            ("13 400", 420, 612, 0),
            ("Fri entré, frivillig kollekt till hembygdsföreningen.", 60, 580, 10),
        ],
        "Budget sommarteater 2026",
        "Per-Olof Ring",
        "20260420194512+02'00'",
    )
    alt = multipart(
        "alternative",
        [text(body, charset="UTF-8"), text(gmail_html(body.rstrip("\n")), "html", "UTF-8")],
        "000000000000" + h("b534a", 16),
    )
    root = multipart(
        "mixed",
        [alt, attachment(pdf, "application/pdf", "Budget sommarteater 2026.pdf")],
        "000000000000" + h("b534m", 16),
    )
    mid = mid_gmail("534")
    IDS["534"] = mid
    headers = [
        ("Date", format_datetime(when)),
        ("Message-ID", mid),
        ("Subject", hdr("Ansökan idéslanten 2026 – sommarteater på hembygdsgården i Södra Vi")),
        ("From", addr("Per-Olof Ring", "perolof.ring@example.com")),
        ("To", BOT),
    ]
    add(
        "534-sommarteater-sodra-vi-pdf.eml",
        message(headers, root),
        label(
            "application",
            "sv",
            "association contact activity anchoring budget",
            "Complete. Gmail multipart/mixed with the budget only in a one-page PDF (extractable "
            "WinAnsi text, five items, Summa 13 400 = the amount stated in the body). 'Om oss:/"
            "Teatern:/Förankring:' lead-ins. Association with org.nr and 210 members. Activity: three "
            "amateur performances of a play about emigration from the parish. Anchoring: 25 "
            "volunteers from the parish (not members), Södra Vi IF and the school class. Contact: "
            "named chair with phone, own address. Equipment and chairs are hired; fabric is "
            "consumable -> no investment. Gender not stated (ages 9–84 only) -> null.",
            association_name="Södra Vi Hembygdsförening",
            org_number=o,
            contact_name="Per-Olof Ring",
            contact_email="perolof.ring@example.com",
            contact_phone="0492-300 41",
            members=210,
            ort="Södra Vi",
            amount_sek=13400,
            salary_costs=False,
            physical_investment=False,
        ),
    )


def m535() -> None:
    when = dt("2026-04-22 12:02:44")
    inner_when = dt("2026-04-21 21:14:09")
    app = T("""
Hej!

Loftahammars Intresseförening söker bidrag till Skärgårdens dag lördagen den 8 augusti 2026.

Föreningen har ungefär 140 medlemmar, både bofasta och sommarboende, och arbetar för service och aktiviteter i Loftahammar.

Skärgårdens dag: yrkesfiskare visar fångsten och berättar om fisket, vi kör båtturer ut till öarna så att fler, framför allt unga, får se hur livet i skärgården ser ut, och det blir marknad för lokala producenter i hamnen. Dagen ska förlänga säsongen för handlarna och visa att skärgården går att leva och jobba i.

Förankringen är god i bygden och vi tror att väldigt många kommer att uppskatta dagen. Behovet är stort eftersom säsongen blir kortare för varje år.

Budget
• Båtskjuts, hyra av taxibåt: 4 000 kr
• Scen och ljud, hyra: 3 500 kr
• Annonsering i lokaltidningen: 2 500 kr
• Affischer och tejp: 600 kr
• Fika till funktionärer: 800 kr
Totalt: 11 400 kr

Kontaktperson
Mikael Lundqvist, kassör
0490-330 18 / 076-118 27 40
mikael.lundqvist@example.com

Eva Sjöholm
ordförande
""")
    abbr = ["mån", "tis", "ons", "tors", "fre", "lör", "sön"][inner_when.weekday()]
    fwd_head = (
        "---------- Vidarebefordrat meddelande ---------\n"
        "Från: Eva Sjöholm <eva.sjoholm@example.se>\n"
        f"Date: {abbr} {inner_when.day} {SV_MONTHS[inner_when.month - 1][:3]}. {inner_when.year} "
        f"kl. {inner_when:%H:%M}\n"
        "Subject: Ansökan Skärgårdens dag\n"
        "To: Mikael Lundqvist <mikael.lundqvist@example.com>\n"
    )
    top = (
        "Hej! Vidarebefordrar vår ansökan som Eva skrev ihop igår. Jag är kontaktperson.\n/Mikael\n"
    )
    plain = top + "\n" + fwd_head + "\n\n" + app
    html_body = (
        gmail_html(top.rstrip("\n")) + '<br><div class="gmail_quote"><div dir="ltr" '
        'class="gmail_attr">'
        + "<br>".join(esc(x) for x in fwd_head.rstrip("\n").split("\n"))
        + "<br></div><br><br>"
        + gmail_html(app.rstrip("\n"))
        + "</div>\n"
    )
    alt = multipart(
        "alternative",
        [text(plain, charset="UTF-8"), text(html_body, "html", "UTF-8")],
        "000000000000" + h("b535", 16),
    )
    mid = mid_gmail("535")
    IDS["535"] = mid
    headers = [
        ("Date", format_datetime(when)),
        ("References", mid_gmail("535inner")),
        ("In-Reply-To", mid_gmail("535inner")),
        ("Message-ID", mid),
        ("Subject", hdr("Fwd: Ansökan Skärgårdens dag")),
        ("From", addr("Mikael Lundqvist", "mikael.lundqvist@example.com")),
        ("To", BOT),
    ]
    add(
        "535-fwd-skargardens-dag-loftahammar.eml",
        message(headers, alt),
        label(
            "application",
            "sv",
            "association contact activity budget",
            "Missing anchoring. A Gmail forward ('Fwd:', '---------- Vidarebefordrat meddelande "
            "---------' header block) of the chair's draft; the forwarded text is the application "
            "itself and counts as new text. 'Förankringen är god i bygden och vi tror att väldigt många "
            "kommer att uppskatta dagen' plus a described need -> anchoring false. Association: ~140 "
            "members, purpose. Activity: archipelago day with fishermen, boat trips, producers' "
            "market. Budget: '•' bullets with colons, 'Totalt: 11 400 kr'. Contact: the forwarder, "
            "named as kontaktperson with two phones (first recorded) and his own address (also the "
            "From). The forwarded header and Eva's signature are distractors. Boat taxi, stage and "
            "sound are hired -> no investment. Gender unstated. In-Reply-To/References point to the "
            "internal draft, not to anything in this corpus.",
            association_name="Loftahammars Intresseförening",
            contact_name="Mikael Lundqvist",
            contact_email="mikael.lundqvist@example.com",
            contact_phone="0490-330 18",
            members=140,
            ort="Loftahammar",
            amount_sek=11400,
            salary_costs=False,
            physical_investment=False,
        ),
    )


def m536() -> None:
    when = dt("2026-04-28 09:45:37")
    body = T("""
Hi,

I'm writing on behalf of Fliseryd Nature Walkers (Fliseryds Naturvandrare), a small non-profit walking group in Fliseryd. We are 19 members, roughly half Swedes and half people who moved here from the UK, Germany and the Netherlands.

What we would like to do:
From May to September 2026 we will organise a guided walk every second Sunday along Emån and in the forests around Fliseryd. Each walk has a local guide – a retired forester, a fishing guide or someone from the hembygdsförening – who talks about the history and nature of the place. We will also print a simple map of the routes in Swedish and English. The aim is to get newcomers and people who have lived here all their lives to meet, and to show visitors what Fliseryd has to offer. The walks are for everyone, women and men, young and old.

Local support:
The routes were worked out together with Fliseryds Hembygdsförening and the local fishing association, and we presented the idea at the village meeting in Fliseryd in January, where about 35 people came and backed it. The landowners along the paths have given their permission.

We apply for 7,500 SEK. Please see the budget in the attached picture.

Contact: Simon Hartley, +46 76 123 40 55, simon.hartley@example.net

Cheers,
Simon
""")
    png = make_png(120, 48, "budget536")
    root = multipart(
        "mixed",
        [
            text(body, charset="UTF-8", cte="8bit"),
            Part(
                [
                    ("Content-Type", 'image/png; name="budget.png"'),
                    ("Content-Disposition", 'attachment; filename="budget.png"'),
                    ("Content-Transfer-Encoding", "base64"),
                ],
                b64(png),
            ),
        ],
        "=-"
        + base64.b64encode(bytes.fromhex(h("b536", 30)))
        .decode()
        .replace("/", "x")
        .replace("+", "y"),
    )
    headers = [
        ("Subject", "Ideslanten application - Fliseryd Nature Walks"),
        ("From", addr("Simon Hartley", "simon.hartley@example.net")),
        ("To", BOT),
        ("Date", format_datetime(when)),
        ("Message-ID", f"<{h('m536', 40)}.camel@example.net>"),
        ("User-Agent", "Evolution 3.50.3-1"),
    ]
    add(
        "536-nature-walks-fliseryd-en-png.eml",
        message(headers, root),
        label(
            "application",
            "en",
            "association contact activity anchoring",
            "Missing budget. English application (Evolution, UTF-8 8bit, ASCII subject). 'Please see "
            "the budget in the attached picture' – the only attachment is a small PNG with no readable "
            "text -> budget false; '7,500 SEK' is the amount. Association: named (with Swedish name), "
            "19 members. Activity: fortnightly guided walks along Emån and a route map. Anchoring: "
            "routes made with the heritage society and fishing association, village meeting (~35 "
            "attending, not members) backed it, landowners' permission. 'women and men' -> true. "
            "Contact named with phone and own address, signed 'Simon'. Printing maps is a service.",
            association_name="Fliseryd Nature Walkers",
            contact_name="Simon Hartley",
            contact_email="simon.hartley@example.net",
            contact_phone="+46 76 123 40 55",
            members=19,
            ort="Fliseryd",
            amount_sek=7500,
            women_and_men=True,
            salary_costs=False,
            physical_investment=False,
        ),
    )


# ---------------------------------------------------------------------------------------------
# Writing and checking
# ---------------------------------------------------------------------------------------------

MUNICIPALITY = {
    "Hjorted": "Västervik",
    "Loftahammar": "Västervik",
    "Vissefjärda": "Emmaboda",
    "Eriksmåla": "Emmaboda",
    "Målilla": "Hultsfred",
    "Virserum": "Hultsfred",
    "Kristdala": "Oskarshamn",
    "Figeholm": "Oskarshamn",
    "Påryd": "Kalmar",
    "Rockneby": "Kalmar",
    "Storebro": "Vimmerby",
    "Södra Vi": "Vimmerby",
    "Rumskulla": "Vimmerby",
    "Timmernabben": "Mönsterås",
    "Fliseryd": "Mönsterås",
    "Fågelfors": "Högsby",
    "Ruda": "Högsby",
    "Gullabo": "Torsås",
    "Bergkvara": "Torsås",
    "Alsterbro": "Nybro",
    "Orrefors": "Nybro",
    "Byxelkrok": "Borgholm",
    "Böda": "Borgholm",
    "Degerhamn": "Mörbylånga",
    "Vickleby": "Mörbylånga",
}
EXAMPLE_DOMAIN = re.compile(r"(^|\.)example\.(se|com|org|net)$", re.I)


def extract_text(msg) -> str:
    """All human-readable text of a parsed message: text parts, HTML stripped, attachments."""
    import docx
    import openpyxl
    import pypdf

    out = []
    for part in msg.walk():
        ctype = part.get_content_type()
        if part.is_multipart() or ctype == "message/rfc822":
            continue
        data = part.get_payload(decode=True) or b""
        fname = part.get_filename() or ""
        if fname.endswith(".docx"):
            d = docx.Document(io.BytesIO(data))
            out += [p.text for p in d.paragraphs]
            out += [c.text for t in d.tables for r in t.rows for c in r.cells]
        elif fname.endswith(".xlsx"):
            wb = openpyxl.load_workbook(io.BytesIO(data))
            out += [
                str(c.value)
                for ws in wb
                for row in ws.iter_rows()
                for c in row
                if c.value is not None
            ]
        elif ctype == "application/pdf":
            out += [p.extract_text() for p in pypdf.PdfReader(io.BytesIO(data)).pages]
        elif ctype.startswith("text/"):
            s = part.get_content()
            if ctype == "text/html":
                s = html.unescape(re.sub(r"<[^>]+>", " ", s))
            out.append(s)
    return "\n".join(out)


def check(files: list[Path], labels: dict) -> list[str]:
    errors: list[str] = []
    names = sorted(p.name for p in files)
    if names != sorted(labels):
        errors.append("labels.json keys differ from the files")
    by_id: dict[str, str] = {}
    parsed = {}
    prev_date = None
    for p in sorted(files):
        raw = p.read_bytes()
        if b"\r" in raw:
            errors.append(f"{p.name}: CR in file")
        if any(len(line) > 998 for line in raw.split(b"\n")):
            errors.append(f"{p.name}: line over 998 octets")
        if not re.fullmatch(r"5(0[1-9]|[12]\d|3[0-6])-[a-z0-9-]+\.eml", p.name):
            errors.append(f"{p.name}: bad file name")
        msg = message_from_bytes(raw, policy=policy.default)
        for part in msg.walk():
            if part.defects:
                errors.append(f"{p.name}: defects {part.defects} in {part.get_content_type()}")
        parsed[p.name] = msg
        by_id[msg["Message-ID"].strip()] = p.name
        d = parsedate_to_datetime(msg["Date"])
        if d.year != 2026:
            errors.append(f"{p.name}: not 2026")
        if prev_date and d < prev_date:
            errors.append(f"{p.name}: Date out of order")
        prev_date = d
        # only example domains
        head = raw.split(b"\n\n", 1)[0].decode("latin-1")
        flat = head + "\n" + extract_text(msg)
        for dom in re.findall(r"[\w.+-]+@([\w-]+(?:\.[\w-]+)+)", flat):
            if not EXAMPLE_DOMAIN.search(dom):
                errors.append(f"{p.name}: non-example domain {dom}")
        for dom in re.findall(r"https?://([\w.-]+)", flat):
            if not EXAMPLE_DOMAIN.search(dom) and dom not in (
                "www.w3.org",
                "schemas.microsoft.com",
            ):
                errors.append(f"{p.name}: non-example URL host {dom}")
    for name, lab in labels.items():
        if set(lab) != {"kind", "language", "elements", "facts", "notes"}:
            errors.append(f"{name}: label fields {sorted(lab)}")
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
        if list(lab["elements"]) != list(ELEMENTS) or not all(
            isinstance(v, bool) for v in lab["elements"].values()
        ):
            errors.append(f"{name}: elements")
        if list(lab["facts"]) != list(FACTS):
            errors.append(f"{name}: facts fields")
        f = lab["facts"]
        if f["org_number"] is not None and not luhn_ok(f["org_number"]):
            errors.append(f"{name}: org number {f['org_number']} invalid")
        for k in ("members", "amount_sek"):
            if f[k] is not None and not isinstance(f[k], int):
                errors.append(f"{name}: {k} not int")
        msg = parsed.get(name)
        if msg is None:
            continue
        txt = extract_text(msg)
        for k in ("association_name", "org_number", "contact_name", "contact_phone", "ort"):
            if f[k] is not None and f[k] not in txt:
                errors.append(f"{name}: {k} {f[k]!r} not found in the text")
        if f["contact_email"] is not None and f["contact_email"] not in txt + str(msg["From"]):
            errors.append(f"{name}: contact_email not found")
        if lab["kind"] == "followup":
            subj = str(msg["Subject"])
            if not re.match(r"(Re|SV|Sv):", subj):
                errors.append(f"{name}: followup subject {subj}")
            refs = (str(msg.get("References", "")) + " " + str(msg.get("In-Reply-To", ""))).split()
            targets = [by_id.get(r) for r in refs if by_id.get(r)]
            if not any(labels[t]["kind"] == "application" for t in targets):
                errors.append(f"{name}: followup not threaded to a holdout2 application")
            if "Vi saknar följande i er ansökan:" not in txt:
                errors.append(f"{name}: followup does not quote the receipt")
        if lab["kind"] in ("autoreply", "bounce", "newsletter", "spam"):
            if any(lab["elements"].values()) or any(v is not None for v in f.values()):
                errors.append(f"{name}: machine mail with elements/facts")
        if lab["kind"] == "application" and f["ort"] not in MUNICIPALITY:
            errors.append(f"{name}: ort {f['ort']} not in the municipality table")
    # attachments that must yield text
    for name, needle in (
        ("507", "Busstur"),
        ("513", "Lön till två"),
        ("534", "13 400"),
        ("530", "Antal medlemmar"),
    ):
        fname = next(n for n in parsed if n.startswith(name))
        msg = parsed[fname]
        att_text = extract_text(msg)
        if needle not in att_text:
            errors.append(f"{fname}: attachment text {needle!r} not extracted")
    # mix
    kinds = [lab["kind"] for lab in labels.values()]
    want = {
        "application": 22,
        "followup": 5,
        "question": 3,
        "autoreply": 3,
        "bounce": 1,
        "newsletter": 1,
        "spam": 1,
    }
    for k, n in want.items():
        if kinds.count(k) != n:
            errors.append(f"{kinds.count(k)} {k}, want {n}")
    apps = [lab for lab in labels.values() if lab["kind"] == "application"]
    complete = [a for a in apps if all(a["elements"].values())]
    if len(complete) != 7:
        errors.append(f"{len(complete)} complete applications, want 7")
    for a in apps:
        missing = sum(not v for v in a["elements"].values())
        if missing > 3:
            errors.append("an application misses more than 3 elements")
    for e in ELEMENTS:
        if sum(not a["elements"][e] for a in apps) < 3:
            errors.append(f"{e} missing in fewer than 3 applications")
    munis = {MUNICIPALITY[a["facts"]["ort"]] for a in apps}
    if len(munis) != 12:
        errors.append(f"applications cover {len(munis)} municipalities")
    return errors


def main() -> int:
    for i in range(501, 537):
        globals()[f"m{i}"]()
    OUT.mkdir(parents=True, exist_ok=True)
    wanted = {name for name, _, _ in MAILS}
    for old in OUT.glob("*.eml"):
        if old.name not in wanted:
            old.unlink()
    labels = {}
    for name, data, lab in MAILS:
        (OUT / name).write_bytes(data)
        labels[name] = lab
    labels = dict(sorted(labels.items()))
    (OUT / "labels.json").write_text(
        json.dumps(labels, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
    )
    errors = check(sorted(OUT.glob("*.eml")), labels)
    for e in errors:
        print("ERROR:", e, file=sys.stderr)
    apps = [lab for lab in labels.values() if lab["kind"] == "application"]
    print(f"wrote {len(MAILS)} mails to {OUT}")
    for k in ("application", "followup", "question", "autoreply", "bounce", "newsletter", "spam"):
        print(f"  {k:12} {sum(lab['kind'] == k for lab in labels.values())}")
    print(f"  complete applications: {sum(all(a['elements'].values()) for a in apps)}")
    for e in ELEMENTS:
        print(f"  {e:12} missing in {sum(not a['elements'][e] for a in apps)} applications")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
