"""Development corpus own28 for the Idéslanten intake bot (Region Kalmar län).

An ordinary autumn 2026 (September–November) in the officer's inbox, with the attention on
*who applies* and *who to call*: 40 entirely fictional mails numbered 3701–3740 – 26
applications (8 complete), 6 followups, 3 questions, 2 autoreplies (one without any automation
header), 1 bounce, 1 newsletter and 1 phishing mail. The applying groups are presented in many
ways (names without a group word, English names, abbreviations, a name only in the org-number
line or only in the signature, study circles, cooperatives, informal networks, partner groups
named besides the applicant, a private person) and so are the contacts (signature blocks of
every shape, a contact line for someone else, phone only, e-mail only, name only, shared
mailboxes, Reply-To, a forwarded mail). About a third of the applications lack the association
or the contact in subtle ways.

Regenerate (deterministic, byte-identical output):

    /work/main/.venv/bin/python tests/data/tools/make_own28.py

It writes tests/data/own28/NNNN-slug.eml and tests/data/own28/labels.json and then checks
itself (MIME parses without defects, label schema, Luhn-valid org numbers, example.* addresses
only, numbering in Date order, followup threading).
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
from email.parser import BytesParser
from email.utils import format_datetime, parsedate_to_datetime
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "own28"
FIRST = 3701
BOT_ADDR = "ideslanten@example.se"
BOT_NAME = "Idéslanten – Region Kalmar län"
OFFICER = "landsbygdsutvecklare@example.se"
ELEMS = ("association", "contact", "activity", "anchoring", "budget")
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
KINDS = ("application", "followup", "question", "autoreply", "bounce", "newsletter", "spam")
ALLOWED_DOMAINS = {"example.se", "example.com", "example.org", "example.net"}

MAILS: list[dict] = []


# ----------------------------------------------------------------------------- helpers


def orgnr(first9: str) -> str:
    """Complete a nine-digit prefix to a Luhn-valid organisation number NNNNNN-NNNN."""
    assert len(first9) == 9 and first9.isdigit()
    total = 0
    for i, ch in enumerate(first9):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        total += d - 9 if d > 9 else d
    check = (10 - total % 10) % 10
    full = first9 + str(check)
    return full[:6] + "-" + full[6:]


def luhn_ok(nr: str) -> bool:
    digits = nr.replace("-", "")
    if not re.fullmatch(r"\d{10}", digits):
        return False
    total = 0
    for i, ch in enumerate(digits):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        total += d - 9 if d > 9 else d
    return total % 10 == 0


def when(s: str) -> datetime:
    """'2026-09-01 08:47' as Swedish local time (CEST until 25 Oct 2026 03:00, then CET)."""
    naive = datetime.strptime(s, "%Y-%m-%d %H:%M")
    off = 2 if naive < datetime(2026, 10, 25, 3, 0) else 1
    return naive.replace(tzinfo=timezone(timedelta(hours=off)))


def ew(text: str, charset: str = "utf-8", enc: str = "Q") -> str:
    """RFC 2047 encoded words (folded) for non-ASCII header text."""
    if all(ord(c) < 128 for c in text):
        return text
    chunks, cur = [], ""
    for ch in text:
        if len((cur + ch).encode(charset)) > 28:
            chunks.append(cur)
            cur = ""
        cur += ch
    chunks.append(cur)
    words = []
    for c in chunks:
        b = c.encode(charset)
        if enc == "B":
            s = base64.b64encode(b).decode()
        else:
            s = "".join(
                chr(x) if (x < 128 and chr(x).isalnum()) else ("_" if x == 32 else f"={x:02X}")
                for x in b
            )
        words.append(f"=?{charset}?{enc}?{s}?=")
    return "\n ".join(words)


def addr(name: str | None, email: str, charset: str = "utf-8", enc: str = "Q") -> str:
    if not name:
        return email
    if all(ord(c) < 128 for c in name):
        if re.search(r"[,.;:()@\"<>\[\]]", name):
            return f'"{name}" <{email}>'
        return f"{name} <{email}>"
    return f"{ew1(name, charset, enc)} <{email}>"


def ew1(text: str, charset: str = "utf-8", enc: str = "Q") -> str:
    """A single encoded word (display names must not be split: parsers insert spaces)."""
    b = text.encode(charset)
    s = (
        base64.b64encode(b).decode()
        if enc == "B"
        else "".join(
            chr(x) if (x < 128 and chr(x).isalnum()) else ("_" if x == 32 else f"={x:02X}")
            for x in b
        )
    )
    word = f"=?{charset}?{enc}?{s}?="
    if len(word) > 75 and enc == "Q":
        return ew1(text, charset, "B")
    assert len(word) <= 75, text
    return word


def mid(key: str) -> str:
    """A deterministic Message-ID for a mail of this corpus, in one of a few client styles."""
    c = zlib.crc32(key.encode())
    styles = [
        f"<CAK{c:010d}.{key}@mail.example.com>",
        f"<{c:08X}.{key}@example.se>",
        f"<{key}-{c:x}@smtp.example.net>",
        f"<AM0PR{c % 1000:03d}MB{c % 97:04d}.{key}@outlook.example.com>",
    ]
    return styles[c % 4]


def rid(case: str) -> str:
    """Message-ID of the bot's receipt for case 2026-00NN."""
    return f"<kvitto-{case}@ideslanten.example.se>"


def b64lines(data: bytes) -> bytes:
    s = base64.b64encode(data)
    return b"\n".join(s[i : i + 76] for i in range(0, len(s), 76)) + b"\n"


def text_part(
    text: str,
    subtype: str = "plain",
    charset: str | None = "utf-8",
    cte: str = "8bit",
    quoted_cs: bool = False,
):
    if not text.endswith("\n"):
        text += "\n"
    raw = text.encode(charset or "ascii")
    if cte == "quoted-printable":
        body = quopri.encodestring(raw)
    elif cte == "base64":
        body = b64lines(raw)
    else:
        body = raw
    if charset:
        cs = f'"{charset}"' if quoted_cs else charset
        ct = f"text/{subtype}; charset={cs}"
    else:
        ct = f"text/{subtype}"
    return ([("Content-Type", ct), ("Content-Transfer-Encoding", cte)], body)


def file_part(data: bytes, ctype: str, filename: str, inline: bool = False):
    if all(ord(c) < 128 for c in filename):
        name_p, fn_p = f'name="{filename}"', f'filename="{filename}"'
    else:
        q = "".join(
            ch
            if (ch.isascii() and (ch.isalnum() or ch in ".-_"))
            else "".join(f"%{b:02X}" for b in ch.encode())
            for ch in filename
        )
        name_p, fn_p = f"name*=utf-8''{q}", f"filename*=utf-8''{q}"
    disp = "inline" if inline else "attachment"
    return (
        [
            ("Content-Type", f"{ctype}; {name_p}"),
            ("Content-Disposition", f"{disp}; {fn_p}"),
            ("Content-Transfer-Encoding", "base64"),
        ],
        b64lines(data),
    )


def render(entity) -> bytes:
    hdrs, body = entity
    head = "".join(f"{k}: {v}\n" for k, v in hdrs).encode("ascii")
    return head + b"\n" + body


def multipart(
    subtype: str,
    parts: list,
    boundary: str,
    preamble: str | None = "This is a multi-part message in MIME format.\n",
):
    b = boundary.encode()
    out = (preamble or "").encode()
    for p in parts:
        out += b"--" + b + b"\n" + render(p) + b"\n"
    out += b"--" + b + b"--\n"
    return ([("Content-Type", f'multipart/{subtype}; boundary="{boundary}"')], out)


def html_to_text(html: str) -> str:
    t = re.sub(r"(?is)<(style|head)\b.*?</\1>", "", html)
    t = re.sub(r"(?i)<br\s*/?>", "\n", t)
    t = re.sub(r"(?i)</(p|div|h\d|tr|li|table)>", "\n", t)
    t = re.sub(r"(?i)</td>", "\t", t)
    t = re.sub(r"<[^>]+>", "", t)
    t = (
        t.replace("&nbsp;", " ")
        .replace("&amp;", "&")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&ndash;", "–")
    )
    t = re.sub(r"[ \t]+\n", "\n", t)
    t = re.sub(r"\n{3,}", "\n\n", t)
    return t.strip() + "\n"


def add(
    key,
    slug,
    date,
    frm,
    subject,
    body,
    label,
    *,
    to=None,
    extra=(),
    msgid=None,
    in_reply_to=None,
    references=None,
    subj_raw=False,
    cc=None,
    mime_version=True,
    subj_enc="Q",
    subj_cs="utf-8",
):
    d = when(date)
    hdrs = [("From", frm), ("To", to or f"{ew1(BOT_NAME)} <{BOT_ADDR}>")]
    if cc:
        hdrs.append(("Cc", cc))
    hdrs.append(("Subject", subject if subj_raw else ew(subject, subj_cs, subj_enc)))
    hdrs.append(("Date", format_datetime(d)))
    hdrs.append(("Message-ID", msgid or mid(key)))
    if in_reply_to:
        hdrs.append(("In-Reply-To", in_reply_to))
    if references:
        hdrs.append(("References", "\n ".join(references)))
    hdrs.extend(extra)
    if mime_version:
        hdrs.append(("MIME-Version", "1.0"))
    ehdrs, ebody = body
    raw = render((hdrs + ehdrs, ebody))
    MAILS.append(
        {
            "key": key,
            "slug": slug,
            "date": d,
            "raw": raw,
            "label": label,
            "msgid": msgid or mid(key),
        }
    )


def label(kind, lang, notes, *, missing=(), present=(), **facts):
    assert kind in KINDS
    if kind == "application":
        el = {e: e not in missing for e in ELEMS}
    elif kind == "followup":
        el = {e: e in present for e in ELEMS}
    else:
        el = dict.fromkeys(ELEMS, False)
    f = dict.fromkeys(FACTS)
    if kind in ("application", "followup"):
        f["salary_costs"] = False
        f["physical_investment"] = False
    for k, v in facts.items():
        assert k in FACTS, k
        f[k] = v
    return {"kind": kind, "language": lang, "elements": el, "facts": f, "notes": notes}


# ----------------------------------------------------------------------------- documents

ZDATE = (2026, 1, 1, 0, 0, 0)


def _zip(files: list[tuple[str, str]]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, content in files:
            zi = zipfile.ZipInfo(name, date_time=ZDATE)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, content.encode("utf-8"))
    return buf.getvalue()


def _x(s: str) -> str:
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def make_docx(blocks: list) -> bytes:
    """blocks: str = paragraph, list of row-lists = table."""
    body = []
    for b in blocks:
        if isinstance(b, str):
            body.append(f'<w:p><w:r><w:t xml:space="preserve">{_x(b)}</w:t></w:r></w:p>')
        else:
            rows = "".join(
                "<w:tr>"
                + "".join(
                    f'<w:tc><w:p><w:r><w:t xml:space="preserve">{_x(c)}</w:t></w:r></w:p></w:tc>'
                    for c in r
                )
                + "</w:tr>"
                for r in b
            )
            body.append(f"<w:tbl>{rows}</w:tbl>")
    doc = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>'
        + "".join(body)
        + "</w:body></w:document>"
    )
    ct = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>'
    rels = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>'
    return _zip([("[Content_Types].xml", ct), ("_rels/.rels", rels), ("word/document.xml", doc)])


def make_xlsx(rows: list[list]) -> bytes:
    def cell(ref, v):
        if isinstance(v, (int, float)):
            return f'<c r="{ref}"><v>{v}</v></c>'
        return f'<c r="{ref}" t="inlineStr"><is><t xml:space="preserve">{_x(str(v))}</t></is></c>'

    xr = []
    for i, r in enumerate(rows, 1):
        cells = "".join(cell(f"{chr(65 + j)}{i}", v) for j, v in enumerate(r) if v is not None)
        xr.append(f'<row r="{i}">{cells}</row>')
    sheet = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
        + "".join(xr)
        + "</sheetData></worksheet>"
    )
    wb = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Budget" sheetId="1" r:id="rId1"/></sheets></workbook>'
    wbrels = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>'
    rels = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>'
    ct = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>'
    return _zip(
        [
            ("[Content_Types].xml", ct),
            ("_rels/.rels", rels),
            ("xl/workbook.xml", wb),
            ("xl/_rels/workbook.xml.rels", wbrels),
            ("xl/worksheets/sheet1.xml", sheet),
        ]
    )


def make_pdf(lines: list[str], title: str = "") -> bytes:
    """One-page PDF, Helvetica / WinAnsiEncoding, zlib-compressed text stream."""

    def esc(s: str) -> str:
        out = []
        for b in s.encode("cp1252"):
            c = chr(b)
            if c in "\\()":
                out.append("\\" + c)
            elif b < 32 or b > 126:
                out.append(f"\\{b:03o}")
            else:
                out.append(c)
        return "".join(out)

    ops = ["BT", "/F1 11 Tf", "14 TL", "56 790 Td"]
    for ln in lines:
        ops.append(f"({esc(ln)}) Tj T*")
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
        ("<< /Title (" + esc(title) + ") /Producer (Skrivare) >>").encode("latin-1"),
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
    out += f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R /Info 6 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return out


def make_png(w: int, h: int, seed: int) -> bytes:
    """A greyish noisy 'photo' without any readable text."""
    x = seed
    rows = []
    for yy in range(h):
        row = bytearray([0])
        for xx in range(w):
            x = (1103515245 * x + 12345) & 0x7FFFFFFF
            base = 200 - (yy * 40) // h
            row.append(
                max(
                    0,
                    min(
                        255,
                        base
                        + (x >> 16) % 23
                        - 11
                        - (30 if (yy // 6) % 4 == 0 and 10 < xx < w - 20 and (x >> 8) % 3 else 0),
                    ),
                )
            )
        rows.append(bytes(row))
    raw = b"".join(rows)

    def chunk(t, d):
        return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xFFFFFFFF)

    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 0, 0, 0, 0))
        + chunk(b"IDAT", zlib.compress(raw, 9))
        + chunk(b"IEND", b"")
    )


# ----------------------------------------------------------------------------- the bot's receipt

GUIDE = {
    "association": (
        "Förening/grupp",
        "vilken förening eller grupp som söker och något om den, t.ex. org.nr och antal medlemmar.",
    ),
    "contact": ("Kontaktperson", "namn och e-post eller telefon till den som vi kan kontakta."),
    "activity": (
        "Aktivitet",
        "vad ni vill göra, när och hur det bidrar till utvecklingen i bygden.",
    ),
    "anchoring": (
        "Lokal förankring",
        "hur idén är förankrad i byn, t.ex. ett byamöte, en enkät eller samarbete med andra lokala föreningar.",
    ),
    "budget": ("Budget", "en översiktlig budget med kostnadsposter och belopp."),
}


def receipt(case: str, missing: list[str], variant: int = 0) -> str:
    lines = [GUIDE[m][0] + ": " + GUIDE[m][1] for m in missing]
    if variant == 0:
        head = f"Tack för er ansökan om idéslanten! Vi har tagit emot den och gett den ärendenummer {case}.\n\nVi saknar följande i er ansökan:\n"
        tail = "\nSvara gärna på det här mejlet med det som saknas, så kompletterar vi ärendet.\n\nVänliga hälsningar\nIdéslanten – Region Kalmar län\n(automatiskt svar)"
        return head + "".join(f"– {ln}\n" for ln in lines) + tail
    head = f"Hej!\n\nVi har tagit emot er ansökan om regional bygdepeng – idéslanten. Ärendenummer: {case}.\n\nFör att vi ska kunna pröva ansökan behöver vi också:\n"
    tail = "\nSkicka kompletteringen som svar på detta mejl (behåll ärendenumret i ämnesraden).\n\nMed vänlig hälsning\nLandsbygdsutveckling, Region Kalmar län"
    return head + "".join(f"* {ln}\n" for ln in lines) + tail


def quote(text: str, prefix: str = "> ") -> str:
    return "\n".join((prefix + ln).rstrip() if ln else prefix.rstrip() for ln in text.split("\n"))


# ----------------------------------------------------------------------------- mails (batches)


def batch01():
    # A1 – complete, classic signature, name without a group word ------------------------------
    org = orgnr("802503417")
    add(
        "fagelfors-framtid",
        "framtid-fagelfors-framtidsverkstad",
        "2026-09-01 08:47",
        addr("Henrik Sjöö", "henrik.sjoo@example.com"),
        "Ansökan idéslanten – Framtid Fågelfors, framtidsverkstad",
        text_part(
            f"""Hej!

Här kommer vår ansökan om idéslanten för hösten.

Om oss
Framtid Fågelfors är en ideell förening som bildades 2019 när affären i byn höll på att stänga. Vi har i dag 64 medlemmar, från tonåringar till pensionärer, och driver bland annat byns loppis i gamla järnhandeln och vinterbadet vid Fågelforsån. Org.nr {org}.

Vad vi vill göra
Vi vill ordna en framtidsverkstad i tre kvällar (8, 15 och 22 oktober) i Folkets hus. En processledare från Hultsfred leder kvällarna och målet är en gemensam handlingsplan för byn: vad gör vi med det tomma stationshuset, hur får vi fler att flytta hit och hur håller vi kvar kvällsbussen. Planen lämnas sedan till kommunen och blir grunden för vårt fortsatta arbete. Alla i Fågelfors är välkomna, kvinnor som män, unga som gamla.

Förankring
Idén kom upp på byamötet den 24 augusti där 38 personer var med, och mötet beslutade att vi skulle söka pengar. Fågelfors IK och PRO Fågelfors hjälper till att sprida inbjudan och står för fikat.

Budget
Processledare, arvode 3 kvällar: 7 500 kr
Hyra Folkets hus 3 kvällar: 2 400 kr
Tryck av inbjudan till alla hushåll: 1 800 kr
Fika och material: 2 500 kr
Summa: 14 200 kr

Vi söker alltså 14 200 kr.

Vänliga hälsningar

Henrik Sjöö
sekreterare, Framtid Fågelfors
070-318 44 62
henrik.sjoo@example.com
"""
        ),
        label(
            "application",
            "sv",
            "Complete application, plain utf-8 8bit. The group name 'Framtid Fågelfors' has no typical group word (förening/byalag) but the text says it is an ideell förening with 64 members and an org.nr, so association is true. Contact: classic multi-line signature with role, phone and own address. Activity: three dated evenings with a process leader and a concrete outcome (action plan). Anchoring: village meeting 24 Aug with 38 present that decided to apply, plus Fågelfors IK and PRO helping (38 is attendance, not members). Budget: four items with amounts; applied amount 14 200. The process leader's fee is a fee, not a salary.",
            association_name="Framtid Fågelfors",
            org_number=org,
            contact_name="Henrik Sjöö",
            contact_email="henrik.sjoo@example.com",
            contact_phone="070-318 44 62",
            members=64,
            ort="Fågelfors",
            amount_sek=14200,
            women_and_men=True,
        ),
    )

    # Newsletter -------------------------------------------------------------------------------
    nl_html = """<html><head><style>body{font-family:Arial}</style></head><body>
<h2>Landsbygdsnätverket Kalmar län &ndash; nyhetsbrev september 2026</h2>
<p>Hej alla bygdeaktiva!</p>
<p><b>Höstens bygdemöten.</b> Vi åker runt i länet och träffar byalag och föreningar: Virserum 15/9, Berga 22/9, Löttorp 29/9 och Edsbruk 6/10. Anmälan via vår webb.</p>
<p><b>Bredband på landsbygden.</b> Nytt stöd för byanät &ndash; läs om hur tre byar i Torsås kommun gjorde.</p>
<p><b>Glöm inte idéslanten!</b> Region Kalmar län ger upp till 15&nbsp;000 kr per ort och år till små aktiviteter som utvecklar bygden. Skicka er beskrivning till regionens landsbygdsutvecklare &ndash; fem delar ska vara med: förening, kontaktperson, aktivitet, förankring och budget.</p>
<p><b>Tips:</b> Studieförbunden hjälper gärna till med cirkelledare och lokal.</p>
<p style="font-size:11px;color:#777">Du får detta nyhetsbrev eftersom du anmält dig på landsbygdsnatverket.example.org. <a href="https://landsbygdsnatverket.example.org/avregistrera?u=88213">Avregistrera dig här</a>.</p>
</body></html>
"""
    add(
        "newsletter-sep",
        "nyhetsbrev-landsbygdsnatverket-september",
        "2026-09-03 06:00",
        addr("Landsbygdsnätverket Kalmar län", "nyhetsbrev@example.org"),
        "Nyhetsbrev september: bygdemöten, bredband och idéslanten",
        multipart(
            "alternative",
            [
                text_part(html_to_text(nl_html), cte="quoted-printable"),
                text_part(nl_html, "html", cte="quoted-printable"),
            ],
            "----=_NL_2026_09_88213",
        ),
        label(
            "newsletter",
            "sv",
            "Bulk newsletter (List-Id, List-Unsubscribe, Precedence: bulk, multipart/alternative QP). It mentions idéslanten, the 15 000 kr cap and the five elements, which must not make it an application or question. All facts null; the bot must not reply.",
        ),
        to="prenumeranter@example.org",
        extra=[
            ("List-Id", "Landsbygdsnatverket Kalmar lan <nyhetsbrev.example.org>"),
            (
                "List-Unsubscribe",
                "<https://landsbygdsnatverket.example.org/avregistrera?u=88213>, <mailto:avregistrera@example.org?subject=unsubscribe>",
            ),
            ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
            ("Precedence", "bulk"),
        ],
        msgid="<nl-2026-09.88213@example.org>",
    )

    # A2 – English, name in English, anchoring only a hope --------------------------------------
    add(
        "byxelkrok-swimmers",
        "byxelkrok-sea-swimmers-application",
        "2026-09-04 21:33",
        addr("Marieke van Dalen", "marieke.vandalen@example.net"),
        "Application – cold water swimming, Byxelkrok",
        text_part(
            """Dear rural development officer,

I hope it is fine to write in English – my Swedish is still at the "fika and tack" level after three years on Öland.

We are Byxelkrok Sea Swimmers, a small club of people who swim in the sea all year round from the old ferry pier in Byxelkrok. We started as four neighbours in 2023 and registered as a non-profit association last spring. Today we have 23 members, men and women between 19 and 81, locals as well as summer residents who now stay the winter.

What we would like to do this autumn and winter:
- a cold-water safety course on Saturday 17 October with a certified instructor from Kalmar (first aid, hypothermia, how to get someone out of the water)
- four open "dip days" on Sundays between November and February, when anyone in the village can try winter swimming with guidance and warm up in a rented mobile sauna afterwards

The idea is to give people in the north of the island a reason to meet outdoors in the dark half of the year, when the village is very quiet and most cafés are closed.

Budget (SEK)
Instructor fee, safety course ........ 4 500
Mobile sauna rental, 4 Sundays x 1 000  4 000
Hot drinks and soup for dip days ..... 1 300
Total ................................ 9 800

We are sure people in the village will love this once they try it!

Best regards,
Marieke van Dalen
Chair, Byxelkrok Sea Swimmers
+46 73 551 20 87
""",
            cte="quoted-printable",
        ),
        label(
            "application",
            "en",
            "English application with an English group name (no Swedish group word). Association true: named club, what it is, 23 members. Contact true: named signer with role and phone, from her own address. Activity true: dated safety course plus four open dip days, purpose stated. Anchoring FALSE: the only 'anchoring' is a hope that the village will love it – no meeting, survey or partner. Budget true: three items with amounts, total 9 800. Renting a sauna is not an investment; the instructor fee is not a salary.",
            missing=("anchoring",),
            association_name="Byxelkrok Sea Swimmers",
            contact_name="Marieke van Dalen",
            contact_email="marieke.vandalen@example.net",
            contact_phone="+46 73 551 20 87",
            members=23,
            ort="Byxelkrok",
            amount_sek=9800,
            women_and_men=True,
        ),
    )


def batch02():
    # A3 – abbreviation only, bare total -> budget missing; iso-8859-1 QP -----------------------
    add(
        "ralla-rbk",
        "rbk-boulecup-ralla",
        "2026-09-07 10:01",
        addr("Gösta Hellström", "gosta.hellstrom@example.se", "iso-8859-1"),
        "Ansökan från RBK",
        text_part(
            """Hej

Vi i RBK skulle vilja söka pengar ur idéslanten. RBK är bouleklubben här i Rälla, vi har 18 medlemmar och spelar på banan bakom gamla skolan varje tisdag och torsdag från maj till oktober.

Nu vill vi ordna en öppen boulecup för hela Rälla lördagen 26 september med grillning efteråt, och en inomhusträff i bygdegården i november där vi visar film från sommarens spel och bjuder in de nyinflyttade. Det blir ett sätt för nya och gamla Rällabor att lära känna varandra, damer som herrar.

Vi pratade igenom detta på vårt medlemsmöte i augusti och Rälla Byalag har lovat att sätta upp affischer och dela ut inbjudan i alla brevlådor.

Vi söker 6 000 kr.

Med vänlig hälsning
Gösta Hellström
sekr. RBK
""",
            charset="iso-8859-1",
            cte="quoted-printable",
        ),
        label(
            "application",
            "sv",
            "iso-8859-1 quoted-printable body and encoded From. The applicant is only ever called by its abbreviation 'RBK' (never expanded), but it is named and described (the boule club in Rälla, 18 members, where it plays), so association is true with name 'RBK'. Contact true: named signer 'Gösta Hellström, sekr. RBK' from his own address (e-mail only, no phone). Activity true: open cup 26 Sept with grill and an indoor evening in November for newcomers. Anchoring true: members' meeting plus Rälla Byalag distributing invitations. Budget FALSE: only a bare total 'Vi söker 6 000 kr', which is the amount. 'damer som herrar' = women and men.",
            missing=("budget",),
            association_name="RBK",
            contact_name="Gösta Hellström",
            contact_email="gosta.hellstrom@example.se",
            members=18,
            ort="Rälla",
            amount_sek=6000,
            women_and_men=True,
        ),
    )

    # A4 – name only in the org-number footer line; complete -------------------------------------
    org = orgnr("802441096")
    add(
        "mortorp-footer",
        "mortorp-berattarkvallar-stationen",
        "2026-09-08 19:20",
        addr("Kjell-Ove Bergman", "kob.mortorp@example.com"),
        "Idéslanten",
        text_part(
            f"""Hej!

Vi skulle vilja söka idéslanten för en serie kvällar om Mortorps historia inför att järnvägsstationen fyller 125 år nästa år.

Tanken är fyra torsdagskvällar i oktober och november i bygdegården: en om stationen och rallarna, en om skolorna i socknen, en där äldre Mortorpsbor berättar och en där vi samlar in gamla foton och skannar dem. Till två av kvällarna hyr vi in lokalhistorikern Ingrid Fahlén som föreläsare. Materialet blir en utställning på stationen till jubileet och ett häfte som går ut till alla hushåll, så att nyinflyttade får veta var de bor. Kvällarna är öppna för alla, kvinnor och män, och vi hoppas särskilt på barnfamiljerna.

Hur det är förankrat: vi hade ett öppet möte i bygdegården den 20 augusti med 27 besökare som tyckte att vi skulle köra. Mortorps skola låter eleverna i årskurs 5 intervjua sina mor- och farföräldrar till berättarkvällen och kyrkans syförening ordnar fikat.

Budget
– Föreläsararvode Ingrid Fahlén, 2 kvällar à 2 500 kr = 5 000 kr
– Hyra bygdegården 4 kvällar à 600 kr = 2 400 kr
– Hyra av fotoskanner = 800 kr
– Tryck av häfte, 350 ex = 4 200 kr
– Fika = 1 000 kr
Totalt 13 400 kr

Vi är 112 medlemmar och har funnits sedan 1948.

Hälsningar
Kjell-Ove Bergman
ordförande
0480-520 31 17

--------------------------------------------------------------
Ideell förening · Mortorps Sockenförening · org.nr {org} · Bankgiro 5512-0934
""",
            cte="quoted-printable",
        ),
        label(
            "application",
            "sv",
            "Complete. The body only ever says 'vi'; the applicant's NAME appears solely in the footer line with the org.nr and bankgiro ('Mortorps Sockenförening'), while the body gives 112 members and founding year – association true. Contact true: Kjell-Ove Bergman, ordförande, phone, writing from his own address. Activity: four concrete evenings, lecturer, exhibition and booklet. Anchoring: open meeting 20 Aug (27 visitors – attendance, not members), the school and the church sewing circle take part. Budget: five items, total 13 400. Renting a scanner is not an investment; printing is not either.",
            association_name="Mortorps Sockenförening",
            org_number=org,
            contact_name="Kjell-Ove Bergman",
            contact_email="kob.mortorp@example.com",
            contact_phone="0480-520 31 17",
            members=112,
            ort="Mortorp",
            amount_sek=13400,
            women_and_men=True,
        ),
    )

    # Q1 – question about the per-locality cap --------------------------------------------------
    add(
        "q-kopingsvik",
        "fraga-kopingsvik-per-ort",
        "2026-09-09 11:15",
        addr("Yvonne Carlberg", "yvonne.carlberg@example.com"),
        "Fråga om idéslanten och Köpingsvik",
        text_part(
            """Hej,

Jag sitter i styrelsen för Köpingsviks Samhällsförening. Vi funderar på att söka idéslanten till en föreläsningskväll om strandskydd och bygglov, men vi vet att Köpingsviks IF också tänker söka för något eget. Gäller 15 000 kr per ort för oss båda tillsammans, eller per förening? Och räknas Köpingsvik som en egen ort eller ingår vi i Borgholm?

Tacksam för svar innan vi skickar något.

Yvonne Carlberg
0485-721 09 44
""",
            charset="utf-8",
            cte="base64",
        ),
        label(
            "question",
            "sv",
            "Question (base64 utf-8 body): asks whether the 15 000 kr cap is per locality or per association and whether Köpingsvik counts as its own ort. It mentions a planned activity but applies for nothing ('innan vi skickar något'). All elements false; facts only what the mail states; 15 000 is the rule amount, not an applied amount.",
            association_name="Köpingsviks Samhällsförening",
            contact_name="Yvonne Carlberg",
            contact_email="yvonne.carlberg@example.com",
            contact_phone="0485-721 09 44",
            ort="Köpingsvik",
        ),
    )

    # F1 – followup to RBK supplying the budget, Gmail-style quote of the receipt ----------------
    rec = receipt("2026-0058", ["budget"]).replace("–", "-")  # Latin-1 client flattens dashes
    add(
        "ralla-rbk-budget",
        "sv-rbk-budget",
        "2026-09-10 16:40",
        addr("Gösta Hellström", "gosta.hellstrom@example.se", "iso-8859-1"),
        "Re: Ansökan från RBK [Idéslanten 2026-0058]",
        text_part(
            "Hej igen. Här är budgeten som saknades:\n\n"
            "Priser till cupen (presentkort i lanthandeln)  1 200\n"
            "Grillkol, korv och bröd                        1 400\n"
            "Hyra bygdegården i november                    1 000\n"
            "Hyra projektor till filmvisningen                600\n"
            "Affischer och utskick                            800\n"
            "Kaffe och kaka                                 1 000\n"
            "Summa                                          6 000 kr\n\n"
            "/Gösta Hellström\n\n"
            f"Den mån 7 sep. 2026 kl 10:02 skrev {BOT_NAME.replace('–', '-')} <{BOT_ADDR}>:\n"
            + quote(rec)
            + "\n",
            charset="iso-8859-1",
            cte="quoted-printable",
        ),
        label(
            "followup",
            "sv",
            "Followup in the RBK thread (In-Reply-To the receipt, References the application). New text gives a six-line budget summing to 6 000 – budget true. Signed by name from his own address – contact true. The quoted receipt lists the missing budget but makes nothing true. Gift cards as prizes and food are consumables, no investment.",
            present=("budget", "contact"),
            contact_name="Gösta Hellström",
            contact_email="gosta.hellstrom@example.se",
            amount_sek=6000,
        ),
        in_reply_to=rid("2026-0058"),
        references=[mid("ralla-rbk"), rid("2026-0058")],
    )

    # A5 – name only in signature with role; activity vague ---------------------------------------
    add(
        "gullabo-vague",
        "ansokan-bygdepeng-gullabo",
        "2026-09-12 14:05",
        addr("Ann-Charlotte Wiik", "acwiik@example.net"),
        "ansökan bygdepeng",
        text_part(
            """Hej!

Vi har pratat länge om att vi måste göra något för att Gullabo inte ska somna in. Skolan är borta sedan länge och bussen går två gånger om dagen. Vi vill använda idéslanten till insatser som stärker gemenskapen och gör byn mer attraktiv för barnfamiljer, och både kvinnor och män ska ha nytta av det.

Vi är 47 medlemmar och har ett bra samarbete med Gullabo missionsförsamling och jaktlaget, som båda har lovat att ställa upp med lokaler och folk. På årsmötet i mars fick styrelsen i uppdrag att söka pengar till detta.

Ungefärlig budget:
Lokalhyra 3 000
Annonsering och affischer 1 500
Föreläsare/inspiratör 5 000
Fika 1 500
= 11 000 kr

Hälsningar
Ann-Charlotte Wiik
ordf. Gullabo Byaråd
tel 0486-400 12 93
""",
            charset="windows-1252",
        ),
        label(
            "application",
            "sv",
            "windows-1252 8bit. The group's name appears ONLY in the signature together with the writer's role ('ordf. Gullabo Byaråd'); with '47 medlemmar' in the body that is enough for association true. Contact true (named signer, own address, phone). Activity FALSE: 'insatser som stärker gemenskapen' is a vague wish – no what/when/how, even though a lecturer appears in the budget. Anchoring true: the annual meeting's mandate and concrete cooperation with the mission church and the hunting team. Budget true: four items summing to 11 000.",
            missing=("activity",),
            association_name="Gullabo Byaråd",
            contact_name="Ann-Charlotte Wiik",
            contact_email="acwiik@example.net",
            contact_phone="0486-400 12 93",
            members=47,
            ort="Gullabo",
            amount_sek=11000,
            women_and_men=True,
        ),
    )


def batch03():
    # A6 – parents' network, shared mailbox without a name, rough figure only ---------------------
    html6 = """<html><body style="font-family:Calibri,sans-serif">
<p>Hej!</p>
<p>Vi är föräldragruppen vid Rockneby skola &ndash; inte en förening utan ett nätverk av föräldrar med barn i F&ndash;6 som träffas en gång i månaden i skolans matsal. Vi är ett 30-tal föräldrar i gruppen.</p>
<p>Sedan gamla E22 blev lokalväg kör folk alldeles för fort genom byn. Vi vill göra en <b>trafikvandring</b> en kväll i oktober där föräldrar, barn, äldre och kommunens trafikplanerare går skolvägen tillsammans och pekar ut farliga ställen, och en <b>cykeldag</b> i maj med cykelprov för barnen och en instruktör från NTF. Resultatet sammanställs och lämnas till Kalmar kommun och Trafikverket.</p>
<p>Vi har frågat alla föräldrar i en enkät via skolans app: 74 av 96 svarade att de vill vara med. Rockneby IK lånar ut klubbstugan till cykeldagen.</p>
<p>Vi räknar med att det kostar ungefär 8 000 kr.</p>
<p>Hälsningar<br>Föräldragruppen Rockneby skola</p>
</body></html>
"""
    add(
        "rockneby-foraldrar",
        "rockneby-trafikvandring-cykeldag",
        "2026-09-14 20:12",
        addr("Föräldragruppen Rockneby skola", "foraldragruppen.rockneby@example.com"),
        "Idéslanten – trafikvandring och cykeldag i Rockneby",
        multipart(
            "alternative",
            [
                text_part(html_to_text(html6), cte="quoted-printable"),
                text_part(html6, "html", cte="quoted-printable"),
            ],
            "=_alt_rockneby_7731",
            preamble=None,
        ),
        label(
            "application",
            "sv",
            "multipart/alternative. Applicant is a parents' group at the school, explicitly 'inte en förening' – a named group with what it is and size (ett 30-tal = 30), so association true. Contact FALSE: sent from a shared group mailbox and signed only 'Föräldragruppen Rockneby skola' – no person. Activity true (traffic walk in October with the municipality's planner, cycling day in May). Anchoring true: survey 74 of 96 parents (respondents, not members) and Rockneby IK lending its club house. Budget FALSE: only 'ungefär 8 000 kr' – a single rough figure, which is still the amount. No gender wording -> women_and_men null.",
            missing=("contact", "budget"),
            association_name="Föräldragruppen vid Rockneby skola",
            members=30,
            ort="Rockneby",
            amount_sek=8000,
        ),
    )

    # A7 – informal network with a name (Facebook group); complete -------------------------------
    add(
        "alem-hjalps-at",
        "alem-hjalps-at-lagakafe",
        "2026-09-16 07:55",
        addr("Sara Lindgren Haddad", "sara.haddad@example.org"),
        "Ansökan: Ålem Hjälps Åt – laga-tillsammans-kafé",
        text_part(
            """Hej Region Kalmar!

Jag skriver för nätverket Ålem Hjälps Åt. Vi är inte en registrerad förening utan en grupp grannar som startade under pandemin för att handla åt varandra. I dag har vi 212 medlemmar i vår Facebookgrupp och en kärna på ett tiotal som ordnar saker.

Idén: ett "laga-tillsammans-kafé" i Ålems församlingshem sista lördagen varje månad oktober–mars (6 tillfällen). Folk tar med trasiga saker – cyklar, kläder, lampor, leksaker – och får hjälp av grannar som kan laga. Vi hyr in en cykelmekaniker och en sömmerska som leder två av tillfällena. Det blir en mötesplats för gamla och nya ålembor, män som kvinnor, och vi hoppas att det blir starten på ett permanent reparationskafé i byn.

Förankring: Ålems församling upplåter lokalen till självkostnadspris, Ålems hembygdsförening och SPF Ålem är med och bemannar, och i en omröstning i Facebookgruppen sa 96 personer ja till idén. Ett tjugotal har anmält sig som frivilliga lagare.

Budget:
Lokalhyra 6 x 500 = 3 000 kr
Arvode cykelmekaniker och sömmerska, 2 x 2 000 = 4 000 kr
Förbrukningsmaterial (tråd, lappar, reservdelar, lim) 2 500 kr
Fika 6 x 400 = 2 400 kr
Affischer 600 kr
Totalt 12 500 kr

Kontakt: Sara Lindgren Haddad, 073-802 55 19, sara.haddad@example.org

/Sara
""",
            cte="quoted-printable",
        ),
        label(
            "application",
            "sv",
            "Complete. Applicant is an informal neighbours' network with a name ('Ålem Hjälps Åt'), explicitly not a registered association; named + described + 212 members of its Facebook group -> association true, members 212 (the 96 who voted and ~20 volunteers are not members). Contact: explicit contact line with name, phone and e-mail, signed '/Sara'. Activity: six dated repair cafés with hired leaders. Anchoring: parish, local history society and SPF involved, vote in the group, volunteers. Budget: five items, 12 500. Consumables (thread, spare parts) are not an investment; fees are not salaries.",
            association_name="Ålem Hjälps Åt",
            contact_name="Sara Lindgren Haddad",
            contact_email="sara.haddad@example.org",
            contact_phone="073-802 55 19",
            members=212,
            ort="Ålem",
            amount_sek=12500,
            women_and_men=True,
        ),
    )

    # F2 – Rockneby followup naming a contact (Outlook-style quote), budget still missing --------
    rec = receipt("2026-0061", ["contact", "budget"], variant=1)
    add(
        "rockneby-kontakt",
        "sv-rockneby-kontaktperson",
        "2026-09-17 18:30",
        addr("Föräldragruppen Rockneby skola", "foraldragruppen.rockneby@example.com"),
        "SV: Idéslanten – trafikvandring och cykeldag i Rockneby [Idéslanten 2026-0061]",
        text_part(
            "Hej!\n\nKontaktperson för oss blir Jenny Holm, mamma till två på skolan. Hon nås på 076-118 42 09 eller jenny.holm@example.com.\n\n"
            "Budgeten återkommer vi med när vi pratat med NTF om vad instruktören kostar.\n\n"
            "Hälsningar\nJenny för föräldragruppen\n\n"
            "________________________________\n"
            f"Från: {BOT_NAME} <{BOT_ADDR}>\n"
            "Skickat: den 14 september 2026 20:13\n"
            "Till: foraldragruppen.rockneby@example.com\n"
            "Ämne: Re: Idéslanten – trafikvandring och cykeldag i Rockneby [Idéslanten 2026-0061]\n\n"
            + rec
            + "\n",
            charset="windows-1252",
            cte="quoted-printable",
        ),
        label(
            "followup",
            "sv",
            "Followup from the same shared mailbox, Outlook-style unprefixed quote of the receipt (variant wording) below the '____' line. New text names a contact person with phone and personal e-mail -> contact true; contact_email is Jenny's address, not the shared mailbox. Budget still false ('återkommer') and nothing else added; the quoted receipt lists contact and budget but makes nothing true.",
            present=("contact",),
            contact_name="Jenny Holm",
            contact_email="jenny.holm@example.com",
            contact_phone="076-118 42 09",
        ),
        in_reply_to=rid("2026-0061"),
        references=[mid("rockneby-foraldrar"), rid("2026-0061")],
    )

    # A8 – partners named besides the applicant; vague activity and budget later ----------------
    add(
        "storebro-partners",
        "storebro-bruksvanner",
        "2026-09-18 13:22",
        addr("Per-Erik Lundqvist", "pe.lundqvist@example.se"),
        "Ansökan från Storebro Bruksvänner",
        text_part(
            """Hej,

Storebro Bruksvänner är en förening med 58 medlemmar som värnar om bruksmiljön i Storebro. Vi träffas i gamla kontorsbyggnaden vid ån.

Tillsammans med Storebro IF, föräldraföreningen på Storebro skola och Vimmerby kommuns kulturenhet vill vi under hösten och vintern göra något som lyfter bruksmiljön och bygden, så att fler ser vilka värden som finns här. Exakt form bestämmer vi i samråd med partnerna.

Samarbetet mellan de fyra organisationerna beslutades på ett gemensamt möte 2 september där 22 personer deltog, och vi har en arbetsgrupp med representanter från alla.

Budget kommer senare när vi vet mer, men vi tänker oss att söka hela beloppet, 15 000 kr.

Hälsningar
Per-Erik Lundqvist
Storebro Bruksvänner
070-655 38 01
""",
        ),
        label(
            "application",
            "sv",
            "Applicant Storebro Bruksvänner (58 members) with three partner organisations named besides it – the partners are not the applicant. Contact true (named signer, own address, phone). Activity FALSE: 'göra något som lyfter bruksmiljön', form to be decided – a vague wish. Anchoring true: joint meeting on 2 Sept and a working group with all four organisations. Budget FALSE: 'Budget kommer senare'; 15 000 is a bare figure and is the amount. No gender wording.",
            missing=("activity", "budget"),
            association_name="Storebro Bruksvänner",
            contact_name="Per-Erik Lundqvist",
            contact_email="pe.lundqvist@example.se",
            contact_phone="070-655 38 01",
            members=58,
            ort="Storebro",
            amount_sek=15000,
        ),
    )

    # A9 – only partner groups are named; the applicant is 'några föräldrar' --------------------
    add(
        "gamleby-bio",
        "gamleby-familjebio",
        "2026-09-21 22:47",
        addr("Linnea Åberg", "linnea.aberg@example.com"),
        "Ansökan idéslanten: familjebio i Gamleby",
        text_part(
            """Hej!

Vi är några föräldrar i Gamleby som saknar något att göra med barnen på vinterhelgerna nu när biografen är nedlagd. Vi vill ordna familjebio en söndag i månaden november–april (6 gånger) i Gamleby Folkets hus. Vi hyr lokalen, betalar visningslicens och säljer popcorn till självkostnadspris. Efter filmen blir det fika där föräldrar och andra bybor kan mötas. Det är för alla – mammor, pappor, mor- och farföräldrar.

Gamleby IF sköter kiosken, Folkets hus-föreningen ger oss rabatt på hyran och biblioteket i Gamleby gör en läshörna med böcker som hör ihop med filmerna. Vi har pratat med ett fyrtiotal familjer på skolgården och samlat 63 namnunderskrifter för att få igång bio igen.

Budget:
Hyra Folkets hus 6 x 900 = 5 400
Visningslicenser 6 x 1 100 = 6 600
Affischer 500
Summa 12 500 kr

Linnea Åberg
070-211 78 40
""",
        ),
        label(
            "application",
            "sv",
            "Association FALSE: the applicant is 'några föräldrar i Gamleby' – unnamed; Gamleby IF, the Folkets hus association and the library are partners, not the applicant. Contact true: named signer with phone from her own address. Activity true (monthly family cinema, 6 dates, what is paid). Anchoring true: 63 signatures and concrete partner roles. Budget true: three items, 12 500. 'mammor, pappor' -> women and men true.",
            missing=("association",),
            contact_name="Linnea Åberg",
            contact_email="linnea.aberg@example.com",
            contact_phone="070-211 78 40",
            ort="Gamleby",
            amount_sek=12500,
            women_and_men=True,
        ),
    )

    # F4 – English followup supplying anchoring, Apple Mail quote -------------------------------
    rec = receipt("2026-0052", ["anchoring"])
    add(
        "byxelkrok-anchoring",
        "re-byxelkrok-anchoring",
        "2026-09-22 09:10",
        addr("Marieke van Dalen", "marieke.vandalen@example.net"),
        "Re: Application – cold water swimming, Byxelkrok [Idéslanten 2026-0052]",
        text_part(
            "Hi again,\n\nThanks for the quick answer (Google Translate helped). About the local anchoring:\n\n"
            "On Saturday 19 September we held an open meeting at the harbour café, and 31 people from the village came. Everybody who spoke was in favour, and we wrote down 14 names of people who want to try the first dip day. "
            "Byxelkrok Hamnförening has said we can use their jetty and changing hut for free, and Böda Hembygdsförening will put the dip days in their newsletter.\n\n"
            "Best,\nMarieke\n\n"
            f"> 4 sep. 2026 kl. 21:34 skrev {BOT_NAME} <{BOT_ADDR}>:\n>\n" + quote(rec) + "\n",
            cte="quoted-printable",
        ),
        label(
            "followup",
            "en",
            "English followup in the Byxelkrok thread (Apple Mail '>' quote of the Swedish receipt). New text adds a concrete open meeting (31 attendees), named interested people and two local partners -> anchoring true. Signed only 'Marieke' from her own address: relabelled to the corpus-wide convention (a first name alone, with no phone and the surname only in the From header, is not a named contact) -> contact false, contact facts null. Nothing else new.",
            present=("anchoring",),
            ort="Byxelkrok",
        ),
        in_reply_to=rid("2026-0052"),
        references=[mid("byxelkrok-swimmers"), rid("2026-0052")],
    )

    # Q2 – question proposing a physical investment ----------------------------------------------
    add(
        "q-alsterbro",
        "fraga-hjartstartare-alsterbro",
        "2026-09-23 12:00",
        addr("Roger Nilsson", "roger.nilsson.alsterbro@example.net"),
        "går det att söka för hjärtstartare?",
        text_part(
            "Hej! vi i Alsterbro Bygdegårdsförening undrar om man kan söka idéslanten för att köpa en hjärtstartare som ska sitta på bygdegårdens vägg, den kostar ca 14 000 kr. Eller får man bara söka för kurser? då skulle vi i så fall söka för en HLR-kurs istället. mvh Roger\n\nSkickat från min Galaxy\n",
        ),
        label(
            "question",
            "sv",
            "Short mobile question: may the grant buy a defibrillator (a physical investment) or only courses? Applies for nothing. physical_investment true because the question itself proposes buying equipment; salary null. 14 000 is the price of the item asked about, not an applied amount -> amount null. Facts as stated (Roger from the From header).",
            association_name="Alsterbro Bygdegårdsförening",
            contact_name="Roger Nilsson",
            contact_email="roger.nilsson.alsterbro@example.net",
            ort="Alsterbro",
            physical_investment=True,
        ),
    )

    # A10 – contact line names someone else than the signer; complete ---------------------------
    org = orgnr("802017655")
    add(
        "timmernabben-lyktor",
        "timmernabben-lyktvandring",
        "2026-09-24 17:45",
        addr("Bengt Arvidsson", "bengt.arvidsson@example.se"),
        "Ansökan idéslanten 2026 – lyktvandring i Timmernabben",
        text_part(
            f"""Hej

Härmed ansöker Timmernabbens Samhällsförening (org.nr {org}, 94 medlemmar) om 11 300 kr ur idéslanten.

Aktivitet: Lyktvandring och berättarkväll längs gamla kustvägen lördag 31 oktober. Skolbarnen gör lyktor på fritids, vi hyr in en berättare från Kalmar som berättar sägner om kusten vid tre stopp, och kvällen avslutas med soppa i bygdegården. Syftet är att få folk att upptäcka den gamla gångstigen och att de som flyttat in i de nya husen i norra Timmernabben träffar resten av byn. Alla åldrar och kön välkomna.

Lokal förankring: Beslut på medlemsmöte 10 september (31 närvarande). Timmernabbens skola/fritids, Timmernabbens GoIF och församlingen är medarrangörer, och ca 25 frivilliga har anmält sig som lyktbärare och soppkokare.

Budget:
Berättare, arvode inkl. resa   4 800
Hyra bygdegården               1 200
Material till lyktor (papper, ljus, ståltråd) 1 900
Soppa och bröd för ca 150 pers 3 400
Summa                         11 300

Kontaktperson för ansökan är vår kassör Gunilla Ek, tel 0499-231 65 08. Hon har bäst koll på detaljerna.

Bengt Arvidsson
ordförande
""",
            charset="iso-8859-1",
        ),
        label(
            "application",
            "sv",
            "Complete, iso-8859-1 8bit. Tests a contact line for someone OTHER than the signer: the chairman Bengt writes from his own address but names the treasurer Gunilla Ek with a phone as the contact person – contact true, and the contact facts are Gunilla's (phone only, so contact_email null). Association: name, org.nr, 94 members. Activity, anchoring (members' meeting, three co-organisers, ~25 volunteers) and a four-item budget (11 300 = applied amount) all present. 'Alla åldrar och kön' -> women and men true.",
            association_name="Timmernabbens Samhällsförening",
            org_number=org,
            contact_name="Gunilla Ek",
            contact_phone="0499-231 65 08",
            members=94,
            ort="Timmernabben",
            amount_sek=11300,
            women_and_men=True,
        ),
    )


def batch04():
    # A11 – shared mailbox, phone-only contact in the last line; anchoring only a hope -----------
    add(
        "orrefors-orkester",
        "orrefors-bruksorkester-spela-med",
        "2026-09-28 10:30",
        addr("Orrefors Bruksorkester", "info.orreforsorkestern@example.org"),
        "Ansökan om idéslanten – spela-med-kväll och julkonsert",
        text_part(
            """Hej.

Orrefors Bruksorkester har spelat i byn sedan 1921 och har i dag 26 medlemmar.

Vi vill bjuda in till en öppen "spela-med-kväll" i Folkets hus lördag 14 november för alla som någon gång spelat ett instrument och lagt det på hyllan, och till en julkonsert med glögg på glasbruksområdet söndag 13 december. En gästdirigent från kulturskolan i Nybro leder spela-med-kvällen, och vi hoppas att några nya blir kvar i orkestern så att den inte dör ut.

Budget
Gästdirigent, arvode            3 500
Lokalhyra Folkets hus 2 x 1 200 2 400
Notmaterial (kopior, hyrnoter)  1 600
Glögg och pepparkakor           1 000
Summa                           8 500 kr

Vi tror att detta kommer att uppskattas av många i Orrefors.

Frågor? Ring Sture Karlsson 0481-303 77 16 (kvällar).
""",
            charset="windows-1252",
            cte="quoted-printable",
        ),
        label(
            "application",
            "sv",
            "Sent from the orchestra's shared mailbox, with no signature except the last line 'Ring Sture Karlsson 0481-303 77 16' – a named person with a phone, so contact true; the shared mailbox is not his e-mail (contact_email null). Association true (name, since 1921, 26 members). Activity true (two dated events, guest conductor). Anchoring FALSE: 'vi tror att detta kommer att uppskattas' is a hope, nothing concrete. Budget true, 8 500. Hired sheet music and copies are not investments; the conductor's fee is not a salary.",
            missing=("anchoring",),
            association_name="Orrefors Bruksorkester",
            contact_name="Sture Karlsson",
            contact_phone="0481-303 77 16",
            members=26,
            ort="Orrefors",
            amount_sek=8500,
        ),
    )

    # Bounce of the receipt to the Orrefors mailbox ---------------------------------------------
    orig_headers = (
        f"From: {ew1(BOT_NAME)} <{BOT_ADDR}>\n"
        "To: info.orreforsorkestern@example.org\n"
        f"Subject: {ew('Re: Ansökan om idéslanten – spela-med-kväll och julkonsert [Idéslanten 2026-0069]')}\n"
        "Date: Mon, 28 Sep 2026 10:30:41 +0200\n"
        f"Message-ID: {rid('2026-0069')}\n"
        f"In-Reply-To: {mid('orrefors-orkester')}\n"
        f"References: {mid('orrefors-orkester')}\n"
        "Auto-Submitted: auto-replied\n"
    )
    dsn = (
        "Reporting-MTA: dns; mx2.example.se\n"
        "X-Postfix-Queue-ID: 4Fh2Lq0T3Wz9kR\n"
        "Arrival-Date: Mon, 28 Sep 2026 10:30:42 +0200 (CEST)\n\n"
        "Final-Recipient: rfc822; info.orreforsorkestern@example.org\n"
        "Original-Recipient: rfc822;info.orreforsorkestern@example.org\n"
        "Action: failed\n"
        "Status: 5.2.2\n"
        "Remote-MTA: dns; mail.example.org\n"
        "Diagnostic-Code: smtp; 552 5.2.2 Mailbox full: info.orreforsorkestern@example.org is over quota\n"
    )
    add(
        "bounce-orrefors",
        "mailer-daemon-orrefors-mailbox-full",
        "2026-09-28 10:31",
        addr("Mail Delivery System", "MAILER-DAEMON@example.se"),
        "Undelivered Mail Returned to Sender",
        multipart(
            "report",
            [
                text_part(
                    "This is the mail system at host mx2.example.se.\n\nI'm sorry to have to inform you that your message could not\nbe delivered to one or more recipients. It's attached below.\n\n"
                    "                   The mail system\n\n<info.orreforsorkestern@example.org>: host mail.example.org said: 552 5.2.2\n    Mailbox full (in reply to RCPT TO command)\n",
                    charset="us-ascii",
                    cte="7bit",
                ),
                (
                    [
                        ("Content-Type", "message/delivery-status"),
                        ("Content-Description", "Delivery report"),
                    ],
                    dsn.encode(),
                ),
                (
                    [
                        ("Content-Type", "text/rfc822-headers"),
                        ("Content-Description", "Undelivered Message Headers"),
                    ],
                    orig_headers.encode(),
                ),
            ],
            "4Fh2Lq0T3Wz9kR.1790584302/mx2.example.se",
            preamble="This is a MIME-encapsulated message.\n",
        ),
        label(
            "bounce",
            "en",
            "Postfix-style bounce (multipart/report; report-type=delivery-status) of the bot's receipt 2026-0069 to the Orrefors orchestra's full mailbox. The returned headers carry the application's Message-ID and an idéslanten subject, but it is a bounce: no reply, all facts null.",
        ),
        to=BOT_ADDR,
        msgid="<20260928083102.9C1A21E04B@mx2.example.se>",
        extra=[("Auto-Submitted", "auto-replied")],
    )
    MAILS[-1]["raw"] = MAILS[-1]["raw"].replace(
        b'multipart/report; boundary="',
        b'multipart/report; report-type=delivery-status;\n boundary="',
        1,
    )

    # A12 – women only, vague activity, empty anchoring claim, e-mail-only contact --------------
    add(
        "soderakra-kis",
        "kis-soderakra",
        "2026-09-30 15:16",
        addr("Helena Roos", "helena.roos@example.com"),
        "KiS söker idéslanten",
        text_part(
            """Hej!

Kvinnor i Söderåkra, KiS, är en förening för kvinnor i alla åldrar i Söderåkra med omnejd. Vi har funnits sedan 2011 och är 31 medlemmar.

Vi skulle vilja göra mer för kvinnorna i bygden och hitta på aktiviteter som stärker oss och byn. Vi har många idéer och kommer att bestämma vilka vi kör på under hösten.

Förankringen är god eftersom vi känner alla i byn.

Vi söker 10 000 kr, fördelat ungefär så här: föreläsare 6 000 kr, lokal 2 000 kr, fika 2 000 kr.

Hälsningar Helena Roos
kassör KiS
""",
            cte="base64",
        ),
        label(
            "application",
            "sv",
            "base64 utf-8, encoded subject. Association true (Kvinnor i Söderåkra, abbreviated KiS, since 2011, 31 members). Contact true with e-mail only: named signer from her own address, no phone. Activity FALSE ('hitta på aktiviteter', ideas not yet chosen). Anchoring FALSE: 'Förankringen är god eftersom vi känner alla' is an empty claim. Budget true: three items with amounts in prose summing to the 10 000 applied for. Targets women only -> women_and_men false (rule breach visible in facts).",
            missing=("activity", "anchoring"),
            association_name="Kvinnor i Söderåkra",
            contact_name="Helena Roos",
            contact_email="helena.roos@example.com",
            members=31,
            ort="Söderåkra",
            amount_sek=10000,
            women_and_men=False,
        ),
        subj_enc="B",
    )

    # Autoreply with Auto-Submitted, in reply to the receipt --------------------------------------
    add(
        "auto-roos",
        "automatiskt-svar-helena-roos",
        "2026-09-30 15:17",
        addr("Helena Roos", "helena.roos@example.com"),
        "Automatiskt svar: KiS söker idéslanten [Idéslanten 2026-0074]",
        text_part(
            "Hej!\n\nJag är på resa till och med 12 oktober och läser inte min e-post. Brådskande frågor om KiS kan ställas till vår ordförande på 0486-210 45 77.\n\nHälsningar Helena\n",
        ),
        label(
            "autoreply",
            "sv",
            "Out-of-office answer to the bot's receipt (Auto-Submitted: auto-replied, X-Autoreply, In-Reply-To the receipt, References the application). It contains a phone number and association name but is a machine answer: all facts null, no reply.",
        ),
        in_reply_to=rid("2026-0074"),
        references=[mid("soderakra-kis"), rid("2026-0074")],
        extra=[("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes")],
    )

    # A13 – shared mailbox, 'Kontakt: name' without any way to reach; budget later --------------
    org = orgnr("802470231")
    add(
        "vissefjarda-torp",
        "vissefjarda-torpinventering",
        "2026-10-02 09:40",
        addr("Vissefjärda Hembygdsförening", "info.vissefjardahbf@example.org", "windows-1252"),
        "Ansökan om bygdepeng",
        text_part(
            f"""Till landsbygdsutvecklaren

Vissefjärda Hembygdsförening, org.nr {org}, med 140 medlemmar, ansöker om medel till en torpinventering under hösten och vintern.

Socknen har drygt 60 torp och backstugor där det i dag bara finns stenrösen och syrenbuskar kvar. Vi vill tillsammans med byborna kartlägga dem: en inledande kväll i bygdegården 5 november med en föreläsare från länsmuseet om hur man inventerar, sedan fyra lördagsvandringar till torpen där deltagarna fotograferar och skriver ner vad de äldre minns. Resultatet blir en karta och ett register som läggs ut på hembygdsföreningens hemsida och används av skolan.

Sockenrådet och Vissefjärda byalag står bakom idén, och på torpvandringen i juni skrev 45 personer upp sig för att vara med.

Kostnaden beräknas till omkring 12 000 kr. Detaljerad budget lämnas efter styrelsemötet.

Kontakt: Lars-Åke Nyberg

Vissefjärda Hembygdsförening
""",
            charset="windows-1252",
            cte="quoted-printable",
        ),
        label(
            "application",
            "sv",
            "windows-1252 QP from the association's shared mailbox. Association true (name, org.nr, 140 members). Contact FALSE: 'Kontakt: Lars-Åke Nyberg' gives a name only, with no phone or personal e-mail, and the From address is the shared mailbox – not reachable as a person; per the schema all contact facts are null. Activity true (dated evening with a museum lecturer + four walks, concrete result). Anchoring true (sockenråd and byalag behind it, 45 signed up). Budget FALSE: 'omkring 12 000 kr', detailed budget later – the rough figure is the amount.",
            missing=("contact", "budget"),
            association_name="Vissefjärda Hembygdsförening",
            org_number=org,
            members=140,
            ort="Vissefjärda",
            amount_sek=12000,
        ),
    )


def batch05():
    # A14 – From a shared mailbox, Reply-To the named chair; complete -----------------------------
    add(
        "totebo-soppa",
        "totebo-bystuga-soppsondagar",
        "2026-10-05 20:03",
        addr("Totebo Bystuga", "bystugan.totebo@example.org"),
        "Ansökan – soppsöndagar i Totebo bystuga",
        text_part(
            """Hej!

Vi som driver Totebo Bystuga – en ekonomisk förening med 73 medlemmar som köpte gamla skolan 2015 och driver den som samlingslokal – söker 9 600 kr ur idéslanten.

Aktivitet: Soppsöndagar varannan söndag november–februari (8 tillfällen) kl. 12–14 i bystugan. Varje gång bjuds en lokal företagare eller förening in att berätta tio minuter om vad de gör. Målet är en mötesplats för ensamboende och nyinflyttade, för både män och kvinnor, och att synliggöra de företag som finns i Totebo.

Förankring: Medlemsmötet 12 september beslutade enhälligt om soppsöndagarna. Totebo missionskyrka och Totebo byalag turas om att laga soppan, och 14 frivilliga står redan på schemat.

Budget:
- Råvaror soppa och bröd, 8 x 700 kr = 5 600 kr
- El och uppvärmning av bystugan, 8 x 250 kr = 2 000 kr
- Annonser i lokalbladet Totebonytt = 1 200 kr
- Arvode till två föredragshållare utifrån, 2 x 400 kr = 800 kr
Summa 9 600 kr

Hälsningar,
Åsa Strand
ordförande Totebo Bystuga ek. för.
tel 0490-440 73 26
""",
            cte="quoted-printable",
        ),
        label(
            "application",
            "sv",
            "Complete. From is the bystuga's shared mailbox, but the mail has a Reply-To to the chair's personal address and is signed by her with role and phone -> contact true, contact_email = the Reply-To address (not the shared mailbox). The applicant is an economic association (ek. för.), not an ideell förening – still a named group with members (73). Activity: 8 concrete Sundays; anchoring: unanimous members' meeting, mission church and byalag cooking, 14 volunteers; budget: four items = 9 600 (applied). Heating is running cost, not an investment.",
            association_name="Totebo Bystuga",
            contact_name="Åsa Strand",
            contact_email="asa.strand@example.com",
            contact_phone="0490-440 73 26",
            members=73,
            ort="Totebo",
            amount_sek=9600,
            women_and_men=True,
        ),
        extra=[("Reply-To", addr("Åsa Strand", "asa.strand@example.com"))],
    )

    # F3 – followup that supplies nothing -------------------------------------------------------
    rec = receipt("2026-0081", ["contact", "budget"])
    add(
        "vissefjarda-inget",
        "sv-vissefjarda-aterkommer",
        "2026-10-06 11:12",
        addr("Vissefjärda Hembygdsförening", "info.vissefjardahbf@example.org", "windows-1252"),
        "SV: Ansökan om bygdepeng [Idéslanten 2026-0081]",
        text_part(
            "Hej.\n\nTack för svaret. Vi återkommer med budget och kontaktuppgifter efter styrelsemötet i slutet av månaden.\n\nHälsningar Lars-Åke\n\n"
            "-----Ursprungligt meddelande-----\n"
            f"Från: {BOT_NAME} <{BOT_ADDR}>\n"
            "Skickat: den 2 oktober 2026 09:41\n"
            "Till: info.vissefjardahbf@example.org\n"
            "Ämne: Re: Ansökan om bygdepeng [Idéslanten 2026-0081]\n\n" + rec + "\n",
            charset="windows-1252",
        ),
        label(
            "followup",
            "sv",
            "Followup in the Vissefjärda thread that supplies nothing: it only promises budget and contact details later. Signed with a first name from the shared association mailbox -> still no reachable contact person. All elements false; the unprefixed quoted receipt (Outlook '-----Ursprungligt meddelande-----') must not count.",
        ),
        in_reply_to=rid("2026-0081"),
        references=[mid("vissefjarda-torp"), rid("2026-0081")],
    )

    # A15 – forwarded by a municipal officer; the forwarded text is the application; complete ---
    org = orgnr("802436810")
    add(
        "fagerhult-fwd",
        "vb-fagerhult-studieresa",
        "2026-10-07 08:30",
        addr("Malin Törnqvist", "malin.tornqvist@example.se"),
        "VB: Ansökan om idéslanten från Fagerhult",
        text_part(
            f"""Hej,

Detta kom in till oss på kommunen men hör nog hemma hos er. Vidarebefordrar, de vet att jag skickat det.

Malin Törnqvist
Näringslivsutvecklare, Högsby kommun
0491-291 00 00 (växel)

-------- Vidarebefordrat meddelande --------
Från: Jonas Ekdahl <jonas.ekdahl@example.net>
Datum: 2026-10-06 21:14
Till: naringsliv.hogsby@example.se
Ämne: Ansökan om idéslanten från Fagerhult

Hej!

Jag skriver för Fagerhult–Grönskåra Intresseförening (org.nr {org}), som har 86 medlemmar och bland annat sköter badplatsen och midsommarfirandet.

Vi vill göra en studieresa med buss lördag 14 november till Kristdala, där byborna har startat en bybutik med utlämning av matkassar. Vi vill lära oss hur de gjorde, eftersom affären i Fagerhult stängde i våras och vi funderar på något liknande. Efter resan har vi en redovisningskväll i bygdegården för alla som inte kunde följa med. Resan är öppen för alla i bygden, tjejer och killar, unga som gamla.

Förankring: På byastämman 27 september var 41 personer och alla ville att vi åker. 28 har redan anmält sig till resan. Fagerhults IK och församlingen är med och bjuder in.

Budget:
Buss tur och retur          7 800 kr
Guidning och föredrag i Kristdala 2 000 kr
Lunch 28 pers à 120 kr      3 360 kr
Summa                       13 160 kr

Jonas Ekdahl
ordförande, Fagerhult–Grönskåra Intresseförening
072-909 14 55
""",
        ),
        label(
            "application",
            "sv",
            "Forwarded application: a municipal business officer forwards a mail from the association's chair. The forwarded text counts as the mail's own text, and the contact is the original writer (Jonas Ekdahl, e-mail from the forwarded From line, phone in his signature) – NOT the forwarder or her switchboard number. Association: name, org.nr, 86 members. Activity: dated study trip with a clear purpose plus a report evening. Anchoring: village meeting of 41, 28 signed up, IK and parish invite. Budget: three items = 13 160. 'tjejer och killar' -> true.",
            association_name="Fagerhult–Grönskåra Intresseförening",
            org_number=org,
            contact_name="Jonas Ekdahl",
            contact_email="jonas.ekdahl@example.net",
            contact_phone="072-909 14 55",
            members=86,
            ort="Fagerhult",
            amount_sek=13160,
            women_and_men=True,
        ),
    )

    # A16 – HTML only, signed 'Styrelsen' from styrelsen@ – contact missing --------------------
    org = orgnr("802480057")
    html16 = f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Ansökan</title></head>
<body style="font-family:Georgia,serif;font-size:14px">
<h2 style="color:#2b5d34">Ansökan om idéslanten &ndash; Vinterträffar i Kastlösa</h2>
<p><b>Sökande:</b> Kastlösa Byalag, org.nr {org}. Byalaget har 57 medlemmar och äger gamla skolan i Kastlösa.</p>
<p><b>Aktivitet:</b> Fem vinterträffar i gamla skolan (torsdagar 14/1, 28/1, 11/2, 25/2 och 11/3) med föredrag om Södra Ölands natur: alvaret, fågelsträcket, orkidéerna, stenmurarna och kalkbruken. Föreläsare från naturum och länsmuseet. Träffarna är öppna för alla, män som kvinnor, och ska få bofasta och de som flyttat hit att mötas under den mörka delen av året.</p>
<p><b>Förankring:</b> Frågan väcktes på byalagets höstmöte 13 september (29 närvarande) som gav styrelsen i uppdrag att söka. I en enkät i byns Facebookgrupp svarade 52 personer, och 44 av dem ville ha föredrag om naturen.</p>
<p><b>Budget:</b></p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><th>Post</th><th>Belopp</th></tr>
<tr><td>Föreläsare 3 x 2 000 kr (två kvällar ideella)</td><td>6 000 kr</td></tr>
<tr><td>Hyra/el gamla skolan 5 x 500 kr</td><td>2 500 kr</td></tr>
<tr><td>Fika</td><td>1 500 kr</td></tr>
<tr><td>Annons i Ölandsbladet</td><td>700 kr</td></tr>
<tr><td><b>Summa</b></td><td><b>10 700 kr</b></td></tr>
</table>
<p>Med vänlig hälsning<br><i>Styrelsen i Kastlösa Byalag</i></p>
</body></html>
"""
    add(
        "kastlosa-html",
        "kastlosa-vintertraffar",
        "2026-10-09 19:55",
        addr("Kastlösa Byalag", "styrelsen.kastlosa@example.net"),
        "Ansökan idéslanten – vinterträffar i Kastlösa",
        text_part(html16, "html", cte="quoted-printable"),
        label(
            "application",
            "sv",
            "HTML-only mail (text/html QP) with the budget as an HTML table. Association true (name, org.nr, 57 members, owns the old school). Contact FALSE: sent from styrelsen@ and signed only 'Styrelsen i Kastlösa Byalag' – no named person. Activity true (five dated evenings, topics, lecturers). Anchoring true (autumn meeting mandate, survey 44/52 – respondents are not members). Budget true: four rows, 10 700. 'män som kvinnor' -> true.",
            missing=("contact",),
            association_name="Kastlösa Byalag",
            org_number=org,
            members=57,
            ort="Kastlösa",
            amount_sek=10700,
            women_and_men=True,
        ),
    )


def batch06():
    # A17 – whole application in a .docx; complete ----------------------------------------------
    org = orgnr("802502119")
    docx = make_docx(
        [
            "Ansökan om idéslanten 2026",
            f"Sökande: Påryds Motorhistoriska Sällskap (PMHS), org.nr {org}. Bildat 1996, 38 medlemmar. Vi samlar folk i Påryd med omnejd som gillar gamla bilar, mopeder och traktorer.",
            "Aktivitet: Mekkvällar för unga – åtta onsdagskvällar 4 november–16 december (och 13 januari) i ett medlemsgarage vid Påryds gamla mejeri, där ungdomar 13–19 år, tjejer som killar, lär sig skruva mopeder tillsammans med äldre medlemmar. Första kvällen håller en extern instruktör säkerhetsgenomgång. Serien avslutas med ett studiebesök på motormuseet i Kalmar. Påryd saknar fritidsgård och kvällarna bygger broar mellan generationerna.",
            "Förankring: Påryds byalag har gått ut med inbjudan till alla hushåll. Efter en informationsträff i bygdegården 3 oktober, dit 35 personer kom, har 14 ungdomar anmält sig. Sex medlemmar har lovat att vara handledare. Garaget lånas ut gratis av en medlem.",
            "Budget",
            [
                ["Post", "Belopp (kr)"],
                ["Förbrukningsmaterial (olja, tändstift, reservdelar)", "3 500"],
                ["Hyra av släp för transport av mopeder", "1 200"],
                ["Studiebesök Kalmar, buss och entré", "4 300"],
                ["Fika 8 kvällar à 300", "2 400"],
                ["Säkerhetsgenomgång, extern instruktör (arvode)", "2 000"],
                ["Summa", "13 400"],
            ],
            "Kontaktperson: Tomas Wennerholm, kassör, 070-412 86 30, tomas.wennerholm@example.com",
        ]
    )
    add(
        "paryd-docx",
        "paryd-mekkvallar-docx",
        "2026-10-12 21:14",
        addr("Tomas Wennerholm", "tomas.wennerholm@example.com"),
        "Ansökan idéslanten – mekkvällar i Påryd",
        multipart(
            "mixed",
            [
                text_part("Hej!\n\nBifogar vår ansökan som Word-fil.\n\nMvh Tomas\n", cte="8bit"),
                file_part(
                    docx,
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                    "Ansökan idéslanten Påryd.docx",
                ),
            ],
            "------------0A7C2E91D4B3F85610PMHS",
        ),
        label(
            "application",
            "sv",
            "Complete; the body is two lines and the whole application is in a .docx (RFC 2231 non-ASCII file name) with the budget as a Word table. The docx gives name + org.nr + 38 members, eight dated evenings for youth 'tjejer som killar', anchoring (byalag invitation, information meeting of 35, 14 youths signed up, six volunteer mentors) and a five-item budget of 13 400, plus a contact line with phone and e-mail. Consumables and renting a trailer are not investments; the instructor's fee is not a salary.",
            association_name="Påryds Motorhistoriska Sällskap",
            org_number=org,
            contact_name="Tomas Wennerholm",
            contact_email="tomas.wennerholm@example.com",
            contact_phone="070-412 86 30",
            members=38,
            ort="Påryd",
            amount_sek=13400,
            women_and_men=True,
        ),
    )

    # A18 – budget in .xlsx, anchoring only a described need -------------------------------------
    xlsx = make_xlsx(
        [
            ["Kulturkvarnen i Kristdala – budget hösten 2026", None],
            ["Post", "Belopp (kr)"],
            ["Artistarvoden 3 kvällar x 2 500", 7500],
            ["Hyra ljudanläggning", 1800],
            ["El och värme i kvarnen", 1200],
            ["Affischer och annonser", 800],
            ["Summa", 11300],
        ]
    )
    add(
        "kristdala-xlsx",
        "kulturkvarnen-kristdala",
        "2026-10-14 16:02",
        addr("Lisa Bengtsson", "lisa.bengtsson@example.net"),
        "idéslanten Kristdala",
        multipart(
            "mixed",
            [
                text_part(
                    """Hej,

vi i Kulturkvarnen – ett litet gäng på 15 medlemmar som sedan 2021 ordnar kulturkvällar i den gamla kvarnen i Kristdala – vill söka idéslanten för en höstserie.

Det blir tre lördagskvällar (7 november, 21 november och 5 december) med visor och poesi, där varje kväll börjar med en "öppen scen" på 30 minuter för unga musiker från trakten innan kvällens artist spelar. Vi vill att Kristdala ska ha ett eget kulturliv även på vintern, så att folk inte måste åka in till Oskarshamn.

Budgeten finns i bifogad Excel-fil.

Vi tror att många kommer att uppskatta det, behovet är stort eftersom det inte finns något kulturutbud i Kristdala på vintern.

Lisa Bengtsson
Kulturkvarnen
073-660 21 48
""",
                    charset="windows-1252",
                    cte="quoted-printable",
                ),
                file_part(
                    xlsx,
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                    "budget_kulturkvarnen.xlsx",
                ),
            ],
            "_004_kulturkvarnen_xlsx_",
        ),
        label(
            "application",
            "sv",
            "Budget in an .xlsx attachment (four items, total 11 300) -> budget true. Group name without a group word ('Kulturkvarnen'), described as 'ett litet gäng på 15 medlemmar' running cultural evenings in the old mill since 2021 -> association true. Contact true (signature with phone, own address). Activity true (three dated evenings with open stage). Anchoring FALSE: only a described need and a hope ('vi tror att många kommer att uppskatta det'). Renting sound equipment is not an investment.",
            missing=("anchoring",),
            association_name="Kulturkvarnen",
            contact_name="Lisa Bengtsson",
            contact_email="lisa.bengtsson@example.net",
            contact_phone="073-660 21 48",
            members=15,
            ort="Kristdala",
            amount_sek=11300,
        ),
    )

    # A19 – PDF application, mail signed 'styrelsen': name only in the From header -------------
    org = orgnr("802455873")
    pdf = make_pdf(
        [
            "Ansökan om regional bygdepeng – idéslanten 2026",
            "",
            f"Sökande: Degerhamns Cementhistoriska Förening, org.nr {org}",
            "Föreningen bildades 2008 och har 44 medlemmar. Vi bevarar minnet av",
            "cementfabriken och arbetarbostäderna i Degerhamn.",
            "",
            "Aktivitet: 'Fabriken och byn' – tre söndagsvandringar i oktober och november",
            "genom det gamla fabriksområdet och arbetarbostäderna, ledda av före detta",
            "fabriksarbetare, samt en föredragskväll i Degerhamns bygdegård 28 november",
            "med en forskare från Linnéuniversitetet. Målet är att nyinflyttade och unga",
            "ska lära känna byns historia och att fler engagerar sig i föreningen.",
            "Alla är välkomna, kvinnor och män.",
            "",
            "Förankring: Beslut på årsmötet i april. Degerhamns IF och Södra Ölands",
            "byalag samarbetar kring vandringarna, och åtta f.d. fabriksarbetare har",
            "lovat att guida.",
            "",
            "Budget:",
            "Föreläsararvode inkl. resa           4 000 kr",
            "Hyra bygdegården                       900 kr",
            "Tryck av vandringskarta, 500 ex      2 600 kr",
            "Fika vid vandringarna               1 500 kr",
            "Summa                                9 000 kr",
        ],
        title="Ansökan idéslanten Degerhamn",
    )
    add(
        "degerhamn-pdf",
        "degerhamn-fabriken-och-byn-pdf",
        "2026-10-19 11:48",
        addr("Birgitta Öhman", "birgitta.ohman@example.com"),
        "Ansökan idéslanten Degerhamn",
        multipart(
            "mixed",
            [
                text_part(
                    "Hej!\n\nBifogar ansökan från oss, se pdf.\n\nHälsningar\nstyrelsen\n",
                    charset="iso-8859-1",
                    cte="quoted-printable",
                ),
                file_part(pdf, "application/pdf", "ansokan_degerhamn.pdf"),
            ],
            "=-=-=__degerhamn_pdf__=-=-=",
        ),
        label(
            "application",
            "sv",
            "Application in a text PDF (Helvetica/WinAnsi). The PDF gives association (name, org.nr, 44 members), activity (three walks + a dated lecture), anchoring (annual meeting, IF and byalag, eight guides) and a four-item budget of 9 000. Contact FALSE: neither the PDF nor the body names a contact – the mail is signed 'styrelsen', and Birgitta Öhman's name appears only in the From header, which does not count; contact facts null.",
            missing=("contact",),
            association_name="Degerhamns Cementhistoriska Förening",
            org_number=org,
            members=44,
            ort="Degerhamn",
            amount_sek=9000,
            women_and_men=True,
        ),
    )

    # A20 – windows-1252, no punctuation, unnamed 'gäng pensionärer' ------------------------------
    add(
        "backebo-gang",
        "backebo-berattarkvallar",
        "2026-10-21 09:03",
        addr("Evert Sandberg", "evert.sandberg41@example.se", "windows-1252"),
        "pengar till berättarkvällar",
        text_part(
            """hej
vi är ett gäng pensionärer i Bäckebo som träffas varje onsdag i bygdegården och fikar ungefär 20 st. nu har vi tänkt att vi vill ha berättarkvällar i vinter om hur det var förr i Bäckebo med sågen och järnvägen och skogsbolaget, 6 kvällar från november till april och vi vill hyra in Nils-Göran Ljung från Nybro som är lokalhistoriker och kan berätta och visa bilder, alla i byn ska va välkomna gubbar som kärringar och ungdomar med
hembygdsföreningen lånar ut sina gamla bilder och Bäckebo syförening bakar till fikat och vi har pratat med lärarna på skolan så att sexorna kommer en kväll och berättar vad dom tagit reda på
kostnader
Nils-Göran 6 ggr 1500 = 9000
hyra bygdegården 6 ggr 400 = 2400
fika 1200
summa 12 600
hälsningar Evert Sandberg tel 0481-601 28 90
""",
            charset="windows-1252",
            subtype="plain",
        ),
        label(
            "application",
            "sv",
            "Elderly writer, windows-1252 8bit, almost no punctuation, dialect ('gubbar som kärringar' = men and women -> true). Association FALSE: 'ett gäng pensionärer i Bäckebo' is an unnamed group; the hembygdsförening and syförening are partners. About 20 who meet is not a member count of a named group -> members null. Contact true (signed name + phone, own address). Activity true (six evenings with a named local historian). Anchoring true (local history society lends pictures, sewing circle bakes, school class takes part). Budget true: three items, 12 600; the historian's fee is not a salary.",
            missing=("association",),
            contact_name="Evert Sandberg",
            contact_email="evert.sandberg41@example.se",
            contact_phone="0481-601 28 90",
            ort="Bäckebo",
            amount_sek=12600,
            women_and_men=True,
        ),
        subj_cs="iso-8859-1",
    )

    # A21 – mobile mail, plan in a .txt attachment, no anchoring ---------------------------------
    txt = """LÖNNEBERGA SPELMANSLAG – ansökan idéslanten

Om oss: Lönneberga spelmanslag har 19 medlemmar och spelar folkmusik i Lönneberga sedan 1978. Vi övar i bygdegården varje måndag.

Vad vi vill göra: En nybörjarkurs i fiol och nyckelharpa för alla åldrar, sex lördagar 7 november–12 december kl 10–13 i Lönneberga bygdegård, med en kursledare från Hultsfreds kulturskola. Kursen avslutas med en gammaldanskväll i bygdegården där kursdeltagarna spelar med spelmanslaget och alla i byn är välkomna att dansa. Instrument lånas från spelmanslaget.

Budget:
Kursledare arvode 6 x 1 500 = 9 000 kr
Hyra bygdegård 6 x 350 = 2 100 kr
Annonsering 600 kr
Fika på dansen 900 kr
Totalt 12 600 kr
"""
    add(
        "lonneberga-txt",
        "lonneberga-spelmanslag-txt",
        "2026-10-23 17:20",
        addr("Maja Lind", "maja.lind@example.com"),
        "Ansökan",
        multipart(
            "mixed",
            [
                text_part(
                    "Hej! Ansökan från Lönneberga spelmanslag ligger i filen. Ring om nåt är oklart /Maja Lind 070-845 19 62\n\nSkickat från min iPhone\n",
                    cte="quoted-printable",
                ),
                (
                    [
                        ("Content-Type", 'text/plain; charset=iso-8859-1; name="ansokan.txt"'),
                        ("Content-Disposition", 'attachment; filename="ansokan.txt"'),
                        ("Content-Transfer-Encoding", "base64"),
                    ],
                    b64lines(txt.replace("–", "-").encode("iso-8859-1")),
                ),
            ],
            "Apple-Mail-7D3A1F0C-51B2-4E8A-9C44-0F6E2B1D8A37",
            preamble=None,
        ),
        label(
            "application",
            "sv",
            "iPhone mail with a one-line body (name + phone) and the application in an iso-8859-1 .txt attachment. Association true (name, 19 members, since 1978). Contact true: 'Maja Lind 070-845 19 62' from her own address. Activity true (six dated course Saturdays + dance evening). Anchoring FALSE: nothing about local backing – no meeting, survey or partner. Budget true: four items, 12 600. 'alla åldrar'/'alla i byn' is not a gender statement -> women_and_men null.",
            missing=("anchoring",),
            association_name="Lönneberga spelmanslag",
            contact_name="Maja Lind",
            contact_email="maja.lind@example.com",
            contact_phone="070-845 19 62",
            members=19,
            ort="Lönneberga",
            amount_sek=12600,
        ),
        subj_cs="iso-8859-1",
    )


def batch07():
    # A22 – a private person applies 'för byns räkning'; budget as .csv ------------------------
    csv = "Post;Belopp (kr)\nBakingredienser, kaffe och te;2800\nArvode två gästföreläsare;3000\nAnnonsering och lappar;700\nStädmaterial;300\nSumma;6800\n"
    add(
        "loftahammar-privat",
        "loftahammar-torsdagscafe-csv",
        "2026-10-26 13:37",
        addr("Kerstin Ahlgren-Moberg", "kerstin.ahlgren@example.org"),
        "Idéslanten – torsdagscafé i Loftahammar",
        multipart(
            "mixed",
            [
                text_part(
                    """Hej!

Jag ansöker som privatperson, men för byns räkning. Jag flyttade till Loftahammar för två år sedan och märker att det blir väldigt tomt när sommargästerna har åkt.

Därför vill jag ordna ett torsdagscafé varje torsdag eftermiddag 5 november–17 december (7 gånger) i Loftahammars hembygdsgård, med en kort programpunkt varje gång: en bybo som berättar om sitt yrke, en bokcirkel, en stickträff, en kväll om laddbilar på landet och två gästföreläsare (skärgårdens historia och hur man startar företag på landsbygden). Caféet är för alla, både män och kvinnor, och målet är att bofasta och nyinflyttade ska lära känna varandra.

Hembygdsföreningen lånar ut gården gratis mot att jag städar, Handlarn i Loftahammar skänker kaffe till första gången, jag har satt upp lappar och 34 personer har skrivit upp sig som intresserade. Sex grannar hjälper till med bakning.

Budget i bifogad csv-fil.

Kerstin Ahlgren-Moberg
070-993 40 15
""",
                ),
                (
                    [
                        ("Content-Type", 'text/csv; charset=utf-8; name="budget.csv"'),
                        ("Content-Disposition", 'attachment; filename="budget.csv"'),
                        ("Content-Transfer-Encoding", "8bit"),
                    ],
                    csv.encode(),
                ),
            ],
            "b1_loftahammar_csv_2026",
        ),
        label(
            "application",
            "sv",
            "Association FALSE: the writer applies explicitly 'som privatperson, men för byns räkning' – there is no applying group; the hembygdsförening and Handlarn are helpers. Contact true (signed name + phone, own address). Activity true (seven dated café afternoons with a programme). Anchoring true (free venue from the local history society, shop donation, 34 interested names, six volunteers). Budget true: .csv attachment with four items, total 6 800. 'både män och kvinnor' -> true.",
            missing=("association",),
            contact_name="Kerstin Ahlgren-Moberg",
            contact_email="kerstin.ahlgren@example.org",
            contact_phone="070-993 40 15",
            ort="Loftahammar",
            amount_sek=6800,
            women_and_men=True,
        ),
    )

    # A23 – budget only as a photo (unreadable) -------------------------------------------------
    org = orgnr("802429161")
    add(
        "ruda-bild",
        "ruda-julmarknad-budget-bild",
        "2026-10-27 20:50",
        addr("Anders Fors", "anders.fors.ruda@example.net"),
        "Ansökan Ruda Intresseförening – julmarknad",
        multipart(
            "mixed",
            [
                text_part(
                    f"""Hej,

Ruda Intresseförening (org.nr {org}, ca 70 medlemmar) söker 10 000 kr ur idéslanten till en julmarknad i Ruda lördag 28 november.

Marknaden hålls på skolgården och i bygdegården med stånd för lokala producenter och hantverkare, tomtegröt och en folkmusiker som spelar. Syftet är att producenterna i bygden får sälja och visa upp sig och att byn samlas en gång innan jul, gamla som unga, kvinnor som män.

Marknaden beslutades på byamötet 22 september (33 personer). 18 lokala producenter har redan anmält sig, och Ruda hembygdsgille och Ruda IK står för lotterier och servering.

Budgeten ser ni på bilden, jag skrev den för hand på mötet.

Anders Fors
sekreterare
0491-522 84 07
""",
                    charset="iso-8859-1",
                ),
                file_part(make_png(96, 128, 4711), "image/png", "IMG_20260922_201455.png"),
            ],
            "----=_Part_5512_1829374650.1793126400000",
        ),
        label(
            "application",
            "sv",
            "Budget FALSE: 'se bilden' – the only budget is a PNG photo of a handwritten sheet, which cannot be read (no text, no OCR-able content). 10 000 kr is the applied amount. Association true (name, org.nr, ca 70 members). Contact true (signature with role and phone, own address). Activity true (dated market, content, purpose). Anchoring true (village meeting of 33, 18 producers, two local groups).",
            missing=("budget",),
            association_name="Ruda Intresseförening",
            org_number=org,
            contact_name="Anders Fors",
            contact_email="anders.fors.ruda@example.net",
            contact_phone="0491-522 84 07",
            members=70,
            ort="Ruda",
            amount_sek=10000,
            women_and_men=True,
        ),
    )

    # F6 – Ruda followup with the budget typed out (HTML + Gmail blockquote) --------------------
    rec = receipt("2026-0097", ["budget"], variant=1)
    rec_html = rec.replace("&", "&amp;").replace("\n", "<br>\n")
    html = f"""<div dir="ltr">Hej!<br><br>Här kommer budgeten i text istället:<br><br>
Folkmusiker, arvode 3 000 kr<br>
Hyra av partytält 2 500 kr<br>
Annonser och affischer 1 500 kr<br>
Gröt, skinka och fika 2 000 kr<br>
Hyra av bord och bänkar 1 000 kr<br>
Summa 10 000 kr<br><br>/Anders</div><br>
<div class="gmail_quote"><div dir="ltr" class="gmail_attr">Den tis 27 okt. 2026 kl 20:51 skrev {BOT_NAME} &lt;{BOT_ADDR}&gt;:<br></div>
<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">{rec_html}</blockquote></div>
"""
    plain = (
        "Hej!\n\nHär kommer budgeten i text istället:\n\nFolkmusiker, arvode 3 000 kr\nHyra av partytält 2 500 kr\nAnnonser och affischer 1 500 kr\nGröt, skinka och fika 2 000 kr\nHyra av bord och bänkar 1 000 kr\nSumma 10 000 kr\n\n/Anders\n\n"
        + f"Den tis 27 okt. 2026 kl 20:51 skrev {BOT_NAME} <{BOT_ADDR}>:\n"
        + quote(rec)
        + "\n"
    )
    add(
        "ruda-budget",
        "re-ruda-budget-text",
        "2026-10-29 08:15",
        addr("Anders Fors", "anders.fors.ruda@example.net"),
        "Re: Ansökan Ruda Intresseförening – julmarknad [Idéslanten 2026-0097]",
        multipart(
            "alternative",
            [
                text_part(plain, cte="quoted-printable"),
                text_part(html, "html", cte="quoted-printable"),
            ],
            "000000000000a1b2c3d4e5f60718",
        ),
        label(
            "followup",
            "sv",
            "Gmail-style followup (multipart/alternative, blockquote) in the Ruda thread. New text types out a five-item budget summing to 10 000 -> budget true; signed only '/Anders' from his own address: relabelled to the corpus-wide convention (a first name alone, with no phone and the surname only in the From header, is not a named contact) -> contact false, contact facts null. Renting a tent and tables is not an investment; the musician's fee is not a salary. The quoted receipt (variant wording) adds nothing.",
            present=("budget",),
            amount_sek=10000,
        ),
        in_reply_to=rid("2026-0097"),
        references=[mid("ruda-bild"), rid("2026-0097")],
    )

    # A24 – a study circle (not an association), base64 body; complete ------------------------
    add(
        "langasjo-cirkel",
        "langasjo-studiecirkel-studieresa",
        "2026-10-30 14:44",
        addr("Gun-Britt Holmqvist", "gunbritt.holmqvist@example.se"),
        "Ansökan från studiecirkeln Långasjö förr och nu",
        text_part(
            """Hej!

Vi är studiecirkeln "Långasjö förr och nu" som träffas varannan tisdag sedan 2024 genom Studieförbundet Vuxenskolan. Vi är ingen förening utan en cirkel med 11 deltagare, kvinnor och män mellan 34 och 88 år, och jag är cirkelledare.

I cirkeln har vi hittat över 400 personer som utvandrade från Långasjö socken till Amerika. Nu vill vi göra en studieresa med buss lördag 21 november till Utvandrarnas hus i Växjö, där vi får guidning i arkivet, och bussen är öppen för alla i Långasjö som vill följa med. I januari håller vi en redovisningskväll i Långasjö bygdegård där vi visar vad vi hittat, så att fler i byn får veta var deras släkt tog vägen och kanske vill forska själva.

Långasjö hembygdsförening och Långasjö församling står bakom resan och sprider inbjudan. Sockenrådet ställde sig bakom på sitt möte 1 oktober, och 19 bybor har redan anmält sig till bussen.

Budget
Buss Långasjö–Växjö t/r  8 900 kr
Entré och guidning 30 x 90 kr  2 700 kr
Hyra bygdegården, redovisningskväll  700 kr
Kopiering av material  600 kr
Summa 12 900 kr

Kontakt: Gun-Britt Holmqvist (cirkelledare), 0471-510 66 23
""",
            cte="base64",
        ),
        label(
            "application",
            "sv",
            "Complete, base64 utf-8 body. The applicant is a study circle, explicitly 'ingen förening' – a named group with what it is and 11 participants (members 11, just above the rule minimum). Contact line with name, role and phone, from her own address. Activity: dated study trip open to the village + report evening. Anchoring: local history society, parish and sockenråd behind it, 19 villagers signed up. Budget: four items, 12 900. The destination (Växjö) is outside the county; the ort is Långasjö.",
            association_name="Långasjö förr och nu",
            contact_name="Gun-Britt Holmqvist",
            contact_email="gunbritt.holmqvist@example.se",
            contact_phone="0471-510 66 23",
            members=11,
            ort="Långasjö",
            amount_sek=12900,
            women_and_men=True,
        ),
        subj_enc="B",
    )

    # A25 – Swedish/English mix; vague activity, no anchoring, buys paddles ---------------------
    app25 = """Hej!

Vi är Halltorp Pickleball Crew, ett gäng på 16 medlemmar (mest Halltorpsbor plus några expats som flyttat hit) som spelar pickleball på grusplanen vid skolan. We'd love to söka idéslanten för någon form av aktivitet som får fler i Halltorp att röra på sig och träffas, kanske events, kanske något för kidsen – we're open to ideas. Alla är välkomna, women and men, unga som gamla.

Budget:
Hyra av gympasalen på Halltorps skola, 10 x 300 = 3 000 kr
Köpa 10 lånerack (paddlar) att låna ut = 2 500 kr
Coach från Kalmar, 2 tillfällen = 3 000 kr
Totalt 8 500 kr

Cheers / Hälsningar
Jesper Lund
Halltorp Pickleball Crew
+46 70 377 52 18
"""
    add(
        "halltorp-pickleball",
        "halltorp-pickleball-crew",
        "2026-11-02 22:10",
        addr("Jesper Lund", "jesper.lund@example.com"),
        "Idéslanten – Halltorp Pickleball Crew",
        text_part(app25),
        label(
            "application",
            "sv",
            "Swedish–English mix (mostly Swedish frame, so language sv). Association true (English-style name, 16 members, what they do). Contact true (signature with +46 phone, own address). Activity FALSE: 'någon form av aktivitet … kanske events … we're open to ideas' is vague. Anchoring FALSE: nothing at all. Budget true: three items, 8 500. Buying ten paddles to lend out is buying equipment -> physical_investment true. 'women and men' -> true.",
            missing=("activity", "anchoring"),
            association_name="Halltorp Pickleball Crew",
            contact_name="Jesper Lund",
            contact_email="jesper.lund@example.com",
            contact_phone="+46 70 377 52 18",
            members=16,
            ort="Halltorp",
            amount_sek=8500,
            women_and_men=True,
            physical_investment=True,
        ),
    )

    # F5 – English followup quoting their own application Outlook-style; adds activity ----------
    fu = (
        "Hi,\n\nSorry, my mail last week was a bit thin. Here is what we actually plan:\n\n"
        '- Four "prova-på" Saturdays (9, 16, 23 and 30 January, 10-13) in the gym at Halltorps skola, open to everyone in Halltorp. A coach from Kalmar pickleball club teaches the basics on two of them.\n'
        "- A Wednesday after-school session for kids 10-15 in February, together with the school's fritids.\n\n"
        "The goal is to get more people in the village moving in winter and to meet neighbours. We also decided NOT to buy paddles - we can borrow 12 from the Kalmar club.\n\n"
        "So the budget is the same as before minus the paddles, 6 000 kr.\n\n"
        "Cheers\nJesper Lund\n+46 70 377 52 18\n\n"
        "________________________________\n"
        "From: Jesper Lund <jesper.lund@example.com>\n"
        "Sent: Monday, November 2, 2026 10:10 PM\n"
        f"To: {BOT_NAME} <{BOT_ADDR}>\n"
        "Subject: Idéslanten – Halltorp Pickleball Crew\n\n" + app25
    )
    add(
        "halltorp-activity",
        "re-halltorp-plan",
        "2026-11-05 19:30",
        addr("Jesper Lund", "jesper.lund@example.com"),
        "RE: Idéslanten – Halltorp Pickleball Crew",
        text_part(fu, cte="quoted-printable"),
        label(
            "followup",
            "en",
            "English followup in Outlook style ('RE:', unprefixed quote of the writer's OWN application under From/Sent/To/Subject). In-Reply-To/References name the application itself. New text gives a concrete, dated activity -> activity true; signed by name with phone from his own address -> contact true. Anchoring still absent; budget false (only 'same as before minus the paddles, 6 000 kr', a bare total; the quoted old budget does not count). Paddles dropped -> physical_investment false in the new text.",
            present=("activity", "contact"),
            contact_name="Jesper Lund",
            contact_email="jesper.lund@example.com",
            contact_phone="+46 70 377 52 18",
            ort="Halltorp",
            amount_sek=6000,
            women_and_men=None,
        ),
        in_reply_to=mid("halltorp-pickleball"),
        references=[mid("halltorp-pickleball")],
    )


def batch08():
    # A26 – cooperative shop; company-style signature without a person ---------------------------
    org = orgnr("769631048")
    html26 = f"""<html><body style="font-family:Verdana,sans-serif;font-size:13px">
<p>Hej!</p>
<p>Figeholms Handelsbod är en kooperativt ägd lanthandel (ekonomisk förening, org.nr {org}) med 186 delägare i Figeholm med omnejd. Vi tog över affären 2022 när den annars skulle ha lagts ner.</p>
<p>Nu vill vi ordna fyra <b>höstmiddagar</b> i Figeholms bystuga (fredagarna 20/11, 4/12, 15/1 och 29/1) med lokalt fångad fisk och ett kort föredrag varje gång: fisket förr, skärgårdsskolan, lotsarna och kärnkraftsbygget. Tanken är att samla byn när sommargästerna har åkt och att de som flyttat hit för jobb på Simpevarp ska komma in i bygden. Kvinnor och män, alla åldrar.</p>
<p>Figeholms båtklubb och Figeholms byalag är medarrangörer, och delägarstämman 19 september (48 närvarande) ställde sig bakom förslaget.</p>
<p>Budget:<br>
Föreläsare 4 x 1 500 kr = 6 000 kr<br>
Hyra Figeholms bystuga 4 x 800 kr = 3 200 kr<br>
Råvaror (subventionerad del) 4 x 1 000 kr = 4 000 kr<br>
Affischer 500 kr<br>
Summa 13 700 kr</p>
<p>Hälsningar</p>
<table style="border-top:2px solid #1f4e79;font-size:11px;color:#1f4e79"><tr><td><b>Figeholms Handelsbod ek. för.</b><br>Hamnvägen 2, 572 95 Figeholm<br>0491-310 22 40 &middot; handelsboden.figeholm@example.se<br>Öppet mån&ndash;fre 9&ndash;19, lör 9&ndash;14</td></tr></table>
</body></html>
"""
    add(
        "figeholm-kooperativ",
        "figeholm-handelsbod-hostmiddagar",
        "2026-11-06 10:05",
        addr("Figeholms Handelsbod", "handelsboden.figeholm@example.se"),
        "Ansökan Idéslanten – höstmiddagar i Figeholm",
        multipart(
            "alternative",
            [
                text_part(html_to_text(html26).replace("&middot;", "·"), cte="quoted-printable"),
                text_part(html26, "html", cte="quoted-printable"),
            ],
            "----=_Part_figeholm_0611",
        ),
        label(
            "application",
            "sv",
            "The applicant is a cooperative shop (ekonomisk förening) – a group that is not an ordinary association, named with org.nr (7-series) and 186 delägare (members). Contact FALSE: the mail ends with a company-style signature block (name of the shop, address, switchboard phone, shop mailbox, opening hours) but no person at all; a phone number without a person is not a contact person. Activity, anchoring (two co-organisers, general meeting of 48) and a four-item budget (13 700) are present. Subsidised raw food is not an investment. multipart/alternative.",
            missing=("contact",),
            association_name="Figeholms Handelsbod",
            org_number=org,
            members=186,
            ort="Figeholm",
            amount_sek=13700,
            women_and_men=True,
        ),
    )

    # Q3 – English question -----------------------------------------------------------------
    add(
        "q-edsbruk",
        "question-edsbruk-choir",
        "2026-11-10 12:25",
        addr("Tom Whitfield", "tom.whitfield@example.com"),
        "Question about the idéslanten grant",
        text_part(
            """Hello,

I moved to Edsbruk last year and a few of us are thinking about starting a community choir in the village hall. We are not an association yet – do we need to form one before we can apply, and is there a deadline for applications this year, or can we apply in January?

Also, could the grant pay for a choir leader to come once a week?

Thanks in advance,
Tom Whitfield
""",
            charset="utf-8",
        ),
        label(
            "question",
            "en",
            "English question: must they form an association first, is there a deadline, may a choir leader be paid. Applies for nothing – all elements false. A choir leader's fee is not a salary cost per the rules and no investment is proposed, so salary_costs and physical_investment stay null. Facts only as stated (ort Edsbruk, the writer).",
            contact_name="Tom Whitfield",
            contact_email="tom.whitfield@example.com",
            ort="Edsbruk",
        ),
    )

    # Autoreply without any automation header -------------------------------------------------
    add(
        "auto-wennerholm",
        "franvaro-tomas-wennerholm",
        "2026-11-12 08:00",
        addr("Tomas Wennerholm", "tomas.wennerholm@example.com"),
        "Frånvaro: Beslut om idéslanten – mekkvällar i Påryd",
        text_part(
            "Hej,\n\nJag är tjänstledig till och med 23 november och har begränsad tillgång till e-post. Gäller det mekkvällarna i PMHS, ring gärna vår ordförande Lennart på 070-255 61 39.\n\n/Tomas Wennerholm\n",
            charset="iso-8859-1",
            cte="quoted-printable",
        ),
        label(
            "autoreply",
            "sv",
            "Out-of-office reply to the officer's decision mail about the Påryd application, WITHOUT any automation header (no Auto-Submitted, X-Autoreply or Precedence); only the 'Frånvaro:' subject and the text show it. In-Reply-To is the officer's mail and References include the application, but it is not a followup and adds nothing. All facts null; no reply.",
        ),
        to=addr("Landsbygdsutvecklare Region Kalmar län", OFFICER),
        in_reply_to="<beslut-2026-0088.1@region.example.se>",
        references=[mid("paryd-docx"), "<beslut-2026-0088.1@region.example.se>"],
    )

    # Spam / phishing --------------------------------------------------------------------------
    spam_html = """<html><body style="font-family:Arial">
<table width="560" style="border:1px solid #ccc"><tr><td style="background:#00587a;color:#fff;padding:12px"><b>Region Kalmar län &ndash; Utbetalningar</b></td></tr>
<tr><td style="padding:12px">
<p>Bästa mottagare,</p>
<p>Ert beviljade bidrag <b>14 850 kr</b> (Idéslanten 2026) kunde inte betalas ut på grund av ofullständiga bankuppgifter.</p>
<p>För att undvika att beslutet återkallas måste ni bekräfta kontonummer och BankID-uppgifter inom 48 timmar:</p>
<p style="text-align:center"><a href="http://regionkalmar-utbetalning.example.net/verify?id=88120" style="background:#e07b00;color:#fff;padding:10px 18px;text-decoration:none">BEKRÄFTA UPPGIFTER</a></p>
<p>Med vänliga hälsningar<br>Ekonomiavdelningen</p>
</td></tr></table>
</body></html>
"""
    add(
        "spam-utbetalning",
        "spam-bekrafta-bankuppgifter",
        "2026-11-16 03:14",
        addr("Region Kalmar län – Utbetalningar", "utbetalning.rkl@example.net"),
        "Ditt bidrag 14 850 kr väntar – bekräfta bankuppgifter",
        multipart(
            "alternative",
            [
                text_part(html_to_text(spam_html), cte="base64"),
                text_part(spam_html, "html", cte="base64"),
            ],
            "_=_swift_1793247240_a0c3e_=_",
        ),
        label(
            "spam",
            "sv",
            "Phishing that impersonates the region's payment office, mentions idéslanten and a grant amount, and asks for bank and BankID details via a link (base64 multipart/alternative, sent at 03:14 from an outside domain). Not an application; all facts null; never answer.",
        ),
        to="undisclosed-recipients:;",
        extra=[("X-Mailer", "Swift Mailer 5.4")],
    )


# ============================================================================= END OF MAILS


def check(files: list[Path], labels: dict) -> list[str]:
    errs = []
    names = {f.name for f in files}
    if names != set(labels):
        errs.append(f"labels/files mismatch: {sorted(names ^ set(labels))}")
    app_ids, by_name = {}, {}
    prev = None
    for f in files:
        raw = f.read_bytes()
        if b"\r" in raw:
            errs.append(f"{f.name}: CR in file")
        if not re.fullmatch(r"\d{4}-[a-z0-9-]+\.eml", f.name):
            errs.append(f"{f.name}: bad file name")
        msg = BytesParser(policy=policy.default).parsebytes(raw)
        by_name[f.name] = msg
        for part in msg.walk():
            if part.defects:
                errs.append(f"{f.name}: defects {part.defects}")
            for k in part.keys():
                h = part[k]
                if getattr(h, "defects", None):
                    errs.append(f"{f.name}: header {k} defects {h.defects}")
            if not part.is_multipart():
                try:
                    part.get_content()
                except Exception as e:  # noqa: BLE001
                    errs.append(f"{f.name}: content error {e}")
        d = parsedate_to_datetime(msg["Date"])
        if d.year != 2026:
            errs.append(f"{f.name}: not 2026")
        if prev and d <= prev:
            errs.append(f"{f.name}: Date not after previous file")
        prev = d
        text = raw.decode("latin-1")
        for part in msg.walk():
            if part.get_content_maintype() == "text":
                text += part.get_content()
        for m in re.finditer(r"[\w.+-]+@([\w-]+(?:\.[\w-]+)+)", text):
            dom = m.group(1).lower()
            if dom not in ALLOWED_DOMAINS and not any(
                dom.endswith("." + a) for a in ALLOWED_DOMAINS
            ):
                errs.append(f"{f.name}: foreign address {m.group(0)}")
        for h in ("From", "To", "Cc", "Reply-To"):
            for a in getattr(msg[h], "addresses", ()) if msg[h] else ():
                if a.domain.lower() not in ALLOWED_DOMAINS:
                    errs.append(f"{f.name}: {h} address {a.addr_spec}")
        lab = labels.get(f.name)
        if lab is None:
            continue
        if set(lab) != {"kind", "language", "elements", "facts", "notes"}:
            errs.append(f"{f.name}: label fields {sorted(lab)}")
        if lab["kind"] not in KINDS or lab["language"] not in ("sv", "en"):
            errs.append(f"{f.name}: kind/language")
        if set(lab["elements"]) != set(ELEMS) or set(lab["facts"]) != set(FACTS):
            errs.append(f"{f.name}: element/fact keys")
        if not all(isinstance(v, bool) for v in lab["elements"].values()):
            errs.append(f"{f.name}: non-bool element")
        fa = lab["facts"]
        if fa["org_number"] is not None and not luhn_ok(fa["org_number"]):
            errs.append(f"{f.name}: org number {fa['org_number']} not Luhn-valid")
        if lab["kind"] in ("application", "followup"):
            if not isinstance(fa["salary_costs"], bool) or not isinstance(
                fa["physical_investment"], bool
            ):
                errs.append(f"{f.name}: salary/physical must be bool")
        else:
            if any(lab["elements"].values()):
                errs.append(f"{f.name}: non-application with true element")
        if lab["kind"] in ("autoreply", "bounce", "newsletter", "spam") and any(
            v is not None for v in fa.values()
        ):
            errs.append(f"{f.name}: machine/spam mail with facts")
        if fa["contact_email"] and fa["contact_email"].split("@")[1] not in ALLOWED_DOMAINS:
            errs.append(f"{f.name}: contact e-mail domain")
        if lab["kind"] == "application":
            app_ids[msg["Message-ID"].strip()] = f.name
        if not lab["notes"].strip():
            errs.append(f"{f.name}: empty notes")
    for name, msg in by_name.items():
        lab = labels.get(name)
        if lab and lab["kind"] == "followup":
            refs = ((msg["In-Reply-To"] or "") + " " + (msg["References"] or "")).split()
            hits = [app_ids[r] for r in refs if r in app_ids]
            if not hits:
                errs.append(f"{name}: followup does not reference an application")
            elif hits[0] >= name:
                errs.append(f"{name}: followup before its application")
            if not re.match(r"(?i)(re|sv):", str(msg["Subject"])):
                errs.append(f"{name}: followup subject")
    return errs


def main() -> int:
    for name in sorted(n for n in globals() if n.startswith("batch")):
        globals()[name]()
    MAILS.sort(key=lambda m: m["date"])
    keys = [m["key"] for m in MAILS]
    assert len(keys) == len(set(keys)), "duplicate keys"
    assert len({m["date"] for m in MAILS}) == len(MAILS), "duplicate dates"
    OUT.mkdir(parents=True, exist_ok=True)
    for old in OUT.glob("*.eml"):
        old.unlink()
    labels, files = {}, []
    for i, m in enumerate(MAILS):
        name = f"{FIRST + i:04d}-{m['slug']}.eml"
        p = OUT / name
        p.write_bytes(m["raw"])
        files.append(p)
        labels[name] = m["label"]
    (OUT / "labels.json").write_text(
        json.dumps(labels, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
    )
    errs = check(files, labels)
    for e in errs:
        print("ERROR:", e, file=sys.stderr)
    kinds: dict[str, int] = {}
    for lab in labels.values():
        kinds[lab["kind"]] = kinds.get(lab["kind"], 0) + 1
    apps = [lab for lab in labels.values() if lab["kind"] == "application"]
    complete = sum(all(lab["elements"].values()) for lab in apps)
    miss = {e: sum(not lab["elements"][e] for lab in apps) for e in ELEMS}
    print(
        f"{len(files)} mails written to {OUT}: {kinds}; complete applications {complete}/{len(apps)}; missing {miss}"
    )
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main())
