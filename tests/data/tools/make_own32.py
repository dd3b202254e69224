"""Labelled corpus own32: 40 fictional e-mails (4401–4440) to the idéslanten intake bot.

Emphasis: telling KINDS apart where it is hard – detailed questions that do not apply yet,
applications that also ask something, followups that ask back about the receipt or carry a
whole new application in the thread, forwarded applications (a municipality officer, a member
forwarding the chair's draft), out-of-office replies in Swedish and English with and without
automation headers (some quoting the original), colleagues' vacation replies, delivery status
notifications in several MTA styles, newsletters (Leader, Hela Sverige ska leva, a study
association, a municipality) and spam/phishing. About half the mails are applications or
followups with the usual spread of missing elements.

Everything (people, associations, org numbers, phone numbers) is invented; all addresses use
example.se/.com/.org/.net. The script is self-contained (stdlib only) and writes the .eml files
and labels.json byte-identically on every run, then checks its own output.

Regenerate:
    /work/main/.venv/bin/python tests/data/tools/make_own32.py
(from /work/main; output goes to tests/data/own32/).
"""

# ruff: noqa: E501

from __future__ import annotations

import base64
import binascii
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

OUT = Path(__file__).resolve().parent.parent / "own32"
FIRST = 4401

BOT = "ideslanten@example.se"
BOT_NAME = "Idéslanten – Region Kalmar län"
OFFICER = "landsbygdsutvecklare@example.se"

# --------------------------------------------------------------------------- helpers


def luhn_org(prefix9: str) -> str:
    """Complete 'NNNNNN-NNN' to a Luhn-valid Swedish organisation number."""
    digits = prefix9.replace("-", "")
    assert len(digits) == 9
    total = 0
    for i, ch in enumerate(digits):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        total += d - 9 if d > 9 else d
    check = (10 - total % 10) % 10
    return f"{digits[:6]}-{digits[6:]}{check}"


def luhn_ok(org: str) -> bool:
    if not re.fullmatch(r"\d{6}-\d{4}", org):
        return False
    return luhn_org(org[:10]) == org


def date(y: int, mo: int, d: int, h: int, mi: int, s: int = 0, tz: int | None = None) -> str:
    if tz is None:
        summer = dt.date(2026, 3, 29) <= dt.date(y, mo, d) < dt.date(2026, 10, 25)
        tz = 2 if summer else 1
    t = dt.datetime(y, mo, d, h, mi, s, tzinfo=dt.timezone(dt.timedelta(hours=tz)))
    return email.utils.format_datetime(t)


def ew(s: str, charset: str = "utf-8", enc: str = "q", chunk: int | None = None) -> str:
    """RFC 2047 encoded words (only when needed), folded between words."""
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        pass
    words: list[str] = []
    if chunk is None:
        chunk = 18 if enc == "q" else 24
    for i in range(0, len(s), chunk):
        raw = s[i : i + chunk].encode(charset)
        if enc == "b":
            words.append(f"=?{charset}?B?{base64.b64encode(raw).decode()}?=")
        else:
            out = []
            for b in raw:
                c = chr(b)
                if c == " ":
                    out.append("_")
                elif c.isascii() and (c.isalnum() or c in "!*+-/"):
                    out.append(c)
                else:
                    out.append(f"={b:02X}")
            words.append(f"=?{charset}?Q?{''.join(out)}?=")
    return "\n ".join(words)


def addr(name: str | None, mail: str, charset: str = "utf-8", enc: str = "q") -> str:
    if not name:
        return mail
    try:
        name.encode("ascii")
        if re.search(r"[,.;:()]", name):
            return f'"{name}" <{mail}>'
        return f"{name} <{mail}>"
    except UnicodeEncodeError:
        # display names are one encoded word: some parsers keep the folding space between words in phrases
        return f"{ew(name, charset, enc, chunk=len(name))} <{mail}>"


BOT_ADDR = addr(BOT_NAME, BOT)


def encode_body(text: str | bytes, charset: str | None, cte: str) -> bytes:
    raw = text if isinstance(text, bytes) else text.encode(charset or "ascii")
    if cte in ("8bit", "7bit"):
        if not raw.endswith(b"\n"):
            raw += b"\n"
        return raw
    if cte == "quoted-printable":
        enc = quopri.encodestring(raw)
        if not enc.endswith(b"\n"):
            enc += b"\n"
        return enc
    if cte == "base64":
        return base64.encodebytes(raw)
    raise ValueError(cte)


class Part:
    def __init__(
        self,
        headers: list[tuple[str, str]],
        body: bytes = b"",
        parts: list[Part] | None = None,
        boundary: str | None = None,
        preamble: str = "",
    ):
        self.headers = headers
        self.body = body
        self.parts = parts
        self.boundary = boundary
        self.preamble = preamble

    def render_body(self) -> bytes:
        if self.parts is None:
            return self.body
        out = self.preamble.encode() if self.preamble else b""
        for p in self.parts:
            out += f"--{self.boundary}\n".encode()
            out += render_headers(p.headers) + b"\n" + p.render_body()
            if not out.endswith(b"\n"):
                out += b"\n"
        out += f"--{self.boundary}--\n".encode()
        return out


def render_headers(headers: list[tuple[str, str]]) -> bytes:
    return "".join(f"{k}: {v}\n" for k, v in headers).encode("ascii")


def text(
    s: str,
    subtype: str = "plain",
    charset: str | None = "utf-8",
    cte: str = "8bit",
    extra: list[tuple[str, str]] | None = None,
) -> Part:
    ct = f"text/{subtype}" + (f"; charset={charset}" if charset else "")
    if charset and charset != "utf-8":
        ct = f'text/{subtype}; charset="{charset}"'
    hs = [("Content-Type", ct), ("Content-Transfer-Encoding", cte)] + (extra or [])
    return Part(hs, encode_body(s, charset, cte))


def attachment(
    data: bytes, ctype: str, filename: str, cte: str = "base64", inline: bool = False
) -> Part:
    try:
        filename.encode("ascii")
        fn = f'filename="{filename}"'
        nm = f'name="{filename}"'
    except UnicodeEncodeError:
        q = "".join(
            c
            if c.isascii() and (c.isalnum() or c in "._-")
            else "".join(f"%{b:02X}" for b in c.encode())
            for c in filename
        )
        fn = f"filename*=utf-8''{q}"
        nm = f"name*=utf-8''{q}"
    disp = "inline" if inline else "attachment"
    hs = [
        ("Content-Type", f"{ctype}; {nm}"),
        ("Content-Disposition", f"{disp}; {fn}"),
        ("Content-Transfer-Encoding", cte),
    ]
    return Part(hs, encode_body(data, None, cte))


def multi(
    subtype: str, parts: list[Part], boundary: str, extra: str = "", preamble: str = ""
) -> Part:
    ct = f'multipart/{subtype}; boundary="{boundary}"' + extra
    return Part([("Content-Type", ct)], parts=parts, boundary=boundary, preamble=preamble)


def message(headers: list[tuple[str, str]], body: Part, mime_version: bool = True) -> bytes:
    hs = list(headers)
    if mime_version:
        hs.append(("MIME-Version", "1.0"))
    return render_headers(hs + body.headers) + b"\n" + body.render_body()


# --------------------------------------------------------------------------- documents

ZIP_TIME = (2026, 1, 1, 12, 0, 0)


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


def make_docx(blocks: list) -> bytes:
    """blocks: str (paragraph), ('h', str) heading-ish bold paragraph, or ('t', rows) table."""
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
                    f'<w:tc><w:p><w:r><w:t xml:space="preserve">{_x(str(c))}</w:t></w:r></w:p></w:tc>'
                    for c in r
                )
                + "</w:tr>"
                for r in b[1]
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


def _col(i: int) -> str:
    s = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s


def make_xlsx(rows: list[list], sheet: str = "Budget") -> bytes:
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
        xr.append(f'<row r="{ri}">{"".join(cells)}</row>')
    ws = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
        + "".join(xr)
        + "</sheetData></worksheet>"
    )
    wb = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="{_x(sheet)}" sheetId="1" r:id="rId1"/></sheets></workbook>'
    wbrels = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>'
    ct = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>'
    rels = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>'
    return _zip(
        [
            ("[Content_Types].xml", ct),
            ("_rels/.rels", rels),
            ("xl/workbook.xml", wb),
            ("xl/_rels/workbook.xml.rels", wbrels),
            ("xl/worksheets/sheet1.xml", ws),
        ]
    )


def _pdf_str(s: str) -> str:
    out = []
    for b in s.encode("cp1252"):
        c = chr(b)
        if c in "()\\":
            out.append("\\" + c)
        elif 32 <= b < 127:
            out.append(c)
        else:
            out.append(f"\\{b:03o}")
    return "(" + "".join(out) + ")"


def make_pdf(lines: list, compress: bool = False) -> bytes:
    """One A4 page; lines are str or ('b', str) for bold. Helvetica, WinAnsiEncoding."""
    ops = ["BT", "/F1 11 Tf", "15 TL", "56 790 Td"]
    for ln in lines:
        if isinstance(ln, tuple):
            ops += ["/F2 12 Tf", f"{_pdf_str(ln[1])} Tj", "T*", "/F1 11 Tf"]
        else:
            ops += [f"{_pdf_str(ln)} Tj", "T*"]
    ops.append("ET")
    stream = ("\n".join(ops) + "\n").encode("latin-1")
    filt = ""
    if compress:
        stream = zlib.compress(stream, 9)
        filt = " /Filter /FlateDecode"
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R /F2 5 0 R >> >> /Contents 6 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>",
        f"<< /Length {len(stream)}{filt} >>\nstream\n".encode() + stream + b"\nendstream",
    ]
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


def make_png(w: int, h: int, seed: int = 1) -> bytes:
    rows = b""
    for y in range(h):
        row = bytearray([0])
        for x in range(w):
            row += bytes(
                ((x * 7 + seed * 31) % 256, (y * 5 + seed * 17) % 256, ((x + y) * 3 + seed) % 256)
            )
        rows += bytes(row)

    def chunk(t: bytes, d: bytes) -> bytes:
        return (
            struct.pack(">I", len(d))
            + t
            + d
            + struct.pack(">I", binascii.crc32(t + d) & 0xFFFFFFFF)
        )

    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
        + chunk(b"IDAT", zlib.compress(rows, 9))
        + chunk(b"IEND", b"")
    )


# --------------------------------------------------------------------------- receipts and quoting

GUIDE = {
    "association": (
        "Uppgifter om föreningen/gruppen",
        "namn, vad ni är för förening eller grupp och hur många medlemmar ni är",
    ),
    "contact": ("Kontaktperson", "namn och e-post eller telefon till den som vi kan kontakta"),
    "activity": ("Aktiviteten", "vad ni ska göra, när, och hur det främjar utvecklingen på orten"),
    "anchoring": (
        "Lokal förankring",
        "hur idén är förankrad i byn, t.ex. ett bymöte, en enkät eller samarbete med andra föreningar",
    ),
    "budget": ("Budget", "en översiktlig budget med kostnadsposter och belopp"),
}


def receipt_text(ticket: str, missing: list[str], variant: int = 0) -> str:
    if variant == 0:
        head = f"Tack för er ansökan om idéslanten! Vi har tagit emot den och gett den ärendenummer {ticket}."
        tail = "Svara gärna på det här mejlet med det som saknas, så kompletterar vi ärendet.\n\nVänliga hälsningar\nIdéslanten – Region Kalmar län\n(automatiskt svar)"
    else:
        head = f"Hej och tack för ansökan om regional bygdepeng – idéslanten. Ärendet har fått nummer {ticket}."
        tail = "Komplettera genom att svara på detta mejl (behåll ärendenumret i ämnesraden).\n\nMed vänlig hälsning\nIdéslanten, Region Kalmar län\nDetta meddelande är skickat automatiskt."
    if not missing:
        mid = "Ansökan innehåller alla delar vi behöver. Landsbygdsutvecklaren återkommer efter bedömning."
    else:
        mid = "Vi saknar följande i er ansökan:\n" + "\n".join(
            f"– {GUIDE[m][0]}: {GUIDE[m][1]}" for m in missing
        )
    return f"{head}\n\n{mid}\n\n{tail}"


def receipt_mid(ticket: str) -> str:
    return f"<kvitto-{ticket}@example.se>"


def quote(s: str, prefix: str = "> ") -> str:
    return "\n".join((prefix + ln).rstrip() if ln else prefix.rstrip() for ln in s.split("\n"))


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
KINDS = {"application", "followup", "question", "autoreply", "bounce", "newsletter", "spam"}
MACHINE = {"autoreply", "bounce", "newsletter", "spam"}


def label(kind: str, lang: str, el: str, notes: str, **facts) -> dict:
    assert kind in KINDS and lang in ("sv", "en") and len(el) == 5
    for k in facts:
        assert k in FACT_KEYS, k
    return {
        "kind": kind,
        "language": lang,
        "elements": {k: c == "1" for k, c in zip(ELEMENT_KEYS, el, strict=True)},
        "facts": {k: facts.get(k) for k in FACT_KEYS},
        "notes": notes,
    }


MAILS: list = []


def mail(slug: str):
    def deco(fn):
        MAILS.append((slug, fn))
        return fn

    return deco


def std_headers(
    frm: str, to: str, subject: str, when: str, mid: str, extra: list[tuple[str, str]] | None = None
) -> list[tuple[str, str]]:
    subject = ew(subject)
    return [
        ("From", frm),
        ("To", to),
        ("Subject", subject),
        ("Date", when),
        ("Message-ID", mid),
    ] + (extra or [])


# =========================================================================== mails


@mail("leader-nyhetsbrev-januari")
def m4401():
    plain = """NYHETSBREV FRÅN LEADER KUST & SKOG – januari 2026

Hej föreningar, byalag och eldsjälar!

Nu öppnar vi utlysningen "Lokala initiativ 2026". Ni kan söka projektstöd på
mellan 30 000 och 200 000 kr för att utveckla er bygd – till exempel
förstudier, mötesplatser, besöksnäring eller digital service i byn.
Sista ansökningsdag är den 15 april 2026.

INFORMATIONSTRÄFFAR
* 24 februari kl 18.30, bygdegården i Ruda
* 3 mars kl 18.30, Folkets hus i Gamleby
* 10 mars kl 12.00, digitalt (länk på vår webb)

TIPS: Har ni en liten idé? Då kan regional bygdepeng – idéslanten från
Region Kalmar län passa bättre. Den ger upp till 15 000 kr per ort och år.

Vi ses i bygderna!
Helena Sjöstrand, verksamhetsledare
Leader Kust & Skog

Du får det här mejlet eftersom du anmält dig till vårt nyhetsbrev.
Avregistrera: https://example.org/leader/avregistrera?u=ideslanten
"""
    html = """<html><body style="font-family:Arial">
<h1 style="color:#2b6a3c">Leader Kust &amp; Skog – januari 2026</h1>
<p>Hej föreningar, byalag och eldsjälar!</p>
<p>Nu öppnar vi utlysningen <b>&quot;Lokala initiativ 2026&quot;</b>. Ni kan söka projektstöd på
mellan 30 000 och 200 000 kr för att utveckla er bygd – till exempel förstudier, mötesplatser,
besöksnäring eller digital service i byn. Sista ansökningsdag är den 15 april 2026.</p>
<h2>Informationsträffar</h2>
<ul><li>24 februari kl 18.30, bygdegården i Ruda</li><li>3 mars kl 18.30, Folkets hus i Gamleby</li>
<li>10 mars kl 12.00, digitalt</li></ul>
<p><i>Tips:</i> Har ni en liten idé? Då kan regional bygdepeng – idéslanten från Region Kalmar län passa
bättre. Den ger upp till 15 000 kr per ort och år.</p>
<p>Vi ses i bygderna!<br>Helena Sjöstrand, verksamhetsledare<br>Leader Kust &amp; Skog</p>
<p style="font-size:10px;color:#888">Du får det här mejlet eftersom du anmält dig till vårt nyhetsbrev.
<a href="https://example.org/leader/avregistrera?u=ideslanten">Avregistrera</a></p>
</body></html>
"""
    body = multi(
        "alternative",
        [text(plain, cte="quoted-printable"), text(html, "html", cte="quoted-printable")],
        "=_leader_nb_2601_alt",
    )
    hs = std_headers(
        addr("Leader Kust & Skog", "nyhetsbrev@example.org"),
        BOT,
        ew("Nyhetsbrev januari: Nu öppnar utlysningen för lokala initiativ"),
        date(2026, 1, 12, 7, 30),
        "<nb.2026-01.4711@example.org>",
        [
            ("List-Id", "Leader Kust och Skog nyhetsbrev <nyhetsbrev.leader.example.org>"),
            (
                "List-Unsubscribe",
                "<mailto:avregistrera@example.org?subject=avregistrera>, <https://example.org/leader/avregistrera?u=ideslanten>",
            ),
            ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
            ("Precedence", "bulk"),
        ],
    )
    return message(hs, body), label(
        "newsletter",
        "sv",
        "00000",
        "Newsletter from a (fictional) Leader area, multipart/alternative with QP text and HTML, List-Id, List-Unsubscribe and Precedence: bulk. It talks about applying, project grants, byar and even mentions idéslanten and the 15 000 kr cap, so word-based detection would take it for a question or application; the headers make it a newsletter. All elements false and all facts null (machine mail).",
    )


@mail("kan-en-kor-soka-gullabo")
def m4402():
    body = """Hej!

Jag heter Margareta och är sekreterare i Gullabo Sångarglädje. Vi är en liten kör med 24 medlemmar, mest damer men även fyra herrar, och vi övar varje torsdag i Gullabo bygdegård.

Vi har pratat om att ordna en sångdag i bygdegården till hösten, med en inhyrd körledare från Karlskrona, öppen för alla i Gullabo och grannbyarna, och avsluta med en liten konsert och soppa. Vi har inte räknat på det ordentligt ännu.

Innan vi skickar in något undrar vi:
1. Kan en kör söka idéslanten, eller måste det vara byalaget som står som sökande?
2. Gäller taket på 15 000 kr för hela Gullabo, alltså om byalaget redan har sökt i år?

Tacksam för svar!

Vänliga hälsningar
Margareta Ekholm
sekreterare, Gullabo Sångarglädje
0486-501 23
"""
    hs = std_headers(
        addr("Margareta Ekholm", "margareta.ekholm@example.com"),
        BOT,
        "Kan en kör söka?",
        date(2026, 1, 19, 14, 2),
        "<CAf3e9a1b2c.kor.gullabo@example.com>",
    )
    return message(hs, text(body)), label(
        "question",
        "sv",
        "00000",
        "Question, not an application: a choir describes a planned song day in some detail (venue, hired choir leader, open to everyone) but explicitly writes 'Innan vi skickar in något undrar vi' and asks whether a choir may apply and how the per-locality cap works. All elements false because it is not an application. Facts stated in the mail are filled in (choir name, 24 members, Gullabo in Torsås municipality, signer with phone); amount null because 15 000 kr is the rule amount asked about and nothing is applied for; women_and_men null (the members are described, the gender of the target group is not stated beyond 'alla'); salary/investment null (no cost proposed).",
        association_name="Gullabo Sångarglädje",
        contact_name="Margareta Ekholm",
        contact_email="margareta.ekholm@example.com",
        contact_phone="0486-501 23",
        members=24,
        ort="Gullabo",
    )


ORG_FIGEHOLM = luhn_org("802417-693")
MID_4403 = "<5f1c2a90-77e1-4c0e-9a3b-figeholm@example.net>"


@mail("ansokan-figeholms-hamn-och-byforening")
def m4403():
    body = f"""Hej!

Figeholms Hamn- och Byförening (org.nr {ORG_FIGEHOLM}) ansöker härmed om 14 200 kr ur regional bygdepeng – idéslanten.

OM OSS
Ideell förening bildad 1987 med 63 medlemmar, både bofasta och fritidsboende. Vi sköter gästhamnen, ordnar midsommarfirandet och håller i byns anslagstavlor.

VAD VI VILL GÖRA
Tre kvällsträffar i april–maj 2026 under rubriken "Varvstomten – vad vill vi?". Första kvällen berättar en inbjuden föreläsare om hur andra kustbyar har utvecklat gamla hamnområden, de två följande kvällarna leds av en processledare där byborna i grupper tar fram en gemensam skiss för hur den tomma varvstomten vid hamnen kan användas (mötesplats, båtuppläggning, sommarcafé?). Skissen lämnas sedan till Oskarshamns kommun som underlag. Träffarna är öppna för alla i Figeholm, kvinnor som män, unga som gamla.

FÖRANKRING
Frågan kom upp på byamötet den 18 januari där 41 personer var med, och mötet gav föreningen i uppdrag att ordna träffarna. Figeholms IF och PRO Figeholm är med och sprider inbjudan och sköter fikat.

BUDGET
Processledare, 2 kvällar à 2 500 kr ........ 5 000 kr
Föreläsare inkl. resa ....................... 4 500 kr
Hyra Folkets hus, 3 kvällar à 800 kr ........ 2 400 kr
Tryck av inbjudan och affischer ............. 1 300 kr
Fika och material ........................... 1 000 kr
Summa                                        14 200 kr

En fråga bara: processledaren är medlem i föreningen men fakturerar via sin enskilda firma – är det ok eller räknas det som lön?

Kontaktperson: Tomas Bergqvist, ordförande
070-312 44 18
tomas.bergqvist@example.net

Med vänlig hälsning
Tomas Bergqvist
Figeholms Hamn- och Byförening
"""
    hs = std_headers(
        addr("Tomas Bergqvist", "tomas.bergqvist@example.net"),
        BOT_ADDR,
        "Ansökan idéslanten – Figeholms Hamn- och Byförening",
        date(2026, 1, 27, 21, 15),
        MID_4403,
    )
    return message(hs, text(body, cte="quoted-printable")), label(
        "application",
        "sv",
        "11111",
        "Complete application that also contains a question (whether a member invoicing via his own firm counts as salary) – the question does not make it a question mail. Association named with org.nr, founding year and 63 members; contact named with phone and e-mail; activity concrete (three evenings, lecturer + process leader, sketch handed to the municipality); anchoring concrete (village meeting 18 Jan with 41 present gave the mandate, two other local associations help); budget itemised, total 14 200 kr = applied amount. Process leader invoicing a fee is not a salary cost; no investment. UTF-8 quoted-printable.",
        association_name="Figeholms Hamn- och Byförening",
        org_number=ORG_FIGEHOLM,
        contact_name="Tomas Bergqvist",
        contact_email="tomas.bergqvist@example.net",
        contact_phone="070-312 44 18",
        members=63,
        ort="Figeholm",
        amount_sek=14200,
        women_and_men=True,
        salary_costs=False,
        physical_investment=False,
    )


MID_4404 = "<000a01dc93f2$4b1e2c30$e15a8490$@example.com>"
T_4404 = "2026-0007"


@mail("bygdegarden-fliseryd-kurs")
def m4404():
    body = """Hej

Jag skriver för Fliseryds Bygdegårdsförening, vi har 38 medlemmar och har skött bygdegården nere vid Emån sen 1952.

Nu vill vi ansöka om pengar till en kurs i mars-april. Det blir 4 kvällar med en cirkelledare här från trakten om hur man lagar och sköter äldre trähus, fönster, linoljefärg och så vidare. Många torpägare och villaägare i Fliseryd har frågat efter nåt sånt och det finns ju massor med gamla hus här som förfaller. Kursen är öppen för alla både män och kvinnor och efteråt gör vi en liten skrift om husen i byn som vi delar ut.

Vi tror att det kommer att uppskattas av många i byn.

Vi söker ca 9000 kr, budgeten skickar jag senare när kassören har räknat klart.

Med vänliga hälsningar
Gunnel Åström
Fliseryds Bygdegårdsförening
tel 0499-210 45
"""
    hs = std_headers(
        addr("Gunnel Åström", "gunnel.astrom@example.com", "windows-1252"),
        BOT,
        "ansökan bygdepeng",
        date(2026, 2, 2, 10, 41),
        MID_4404,
        [("X-Mailer", "Microsoft Outlook 16.0")],
    )
    return message(hs, text(body, charset="windows-1252", cte="8bit")), label(
        "application",
        "sv",
        "11100",
        "Application in windows-1252 8bit from an older writer. Association named with 38 members and history; contact Gunnel Åström signs from her own address with phone; activity concrete (four evenings on repairing old wooden houses, a printed booklet afterwards). Anchoring false: 'many have asked for it' is a described need and 'vi tror att det uppskattas' is a hope – no meeting, survey or partner. Budget false: only 'ca 9000 kr' and 'budgeten skickar jag senare'; the rough figure is still amount_sek. Circle leader fee is not salary; no investment.",
        association_name="Fliseryds Bygdegårdsförening",
        contact_name="Gunnel Åström",
        contact_email="gunnel.astrom@example.com",
        contact_phone="0499-210 45",
        members=38,
        ort="Fliseryd",
        amount_sek=9000,
        women_and_men=True,
        salary_costs=False,
        physical_investment=False,
    )


@mail("sv-fliseryd-budget-och-forankring")
def m4405():
    new = """Hej igen!

Här kommer budgeten som kassören Bengt Holm har gjort, den ligger i bifogad fil.

Angående förankringen: vi tog upp kursen på årsmötet söndagen den 1 februari där 27 medlemmar var med och alla röstade för. Fliseryds hembygdsförening lånar oss sina gamla fotografier på husen och två av deras medlemmar visar sina egna hus under sista kvällen.

Hälsningar
Gunnel Åström
0499-210 45
"""
    quoted = f"""-----Ursprungligt meddelande-----
Från: Idéslanten – Region Kalmar län <{BOT}>
Skickat: den 2 februari 2026 10:42
Till: gunnel.astrom@example.com
Ämne: Re: ansökan bygdepeng [Idéslanten {T_4404}]

""" + receipt_text(T_4404, ["anchoring", "budget"])
    xlsx = make_xlsx(
        [
            ["Budget kurs i husvård, Fliseryds Bygdegårdsförening", None],
            ["Post", "Belopp (kr)"],
            ["Cirkelledare 4 kvällar à 1 200 kr", 4800],
            ["El och städning bygdegården", 1200],
            ["Studiematerial och kopiering", 900],
            ["Tryck av skriften om byns hus, 100 ex", 1600],
            ["Fika", 500],
            ["Summa", 9000],
        ]
    )
    body = multi(
        "mixed",
        [
            text(new + "\n" + quoted, charset="windows-1252", cte="quoted-printable"),
            attachment(
                xlsx,
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                "Budget_husvårdskurs.xlsx",
            ),
        ],
        "----=_NextPart_000_0013_01DC93F2.5A7C1E40",
    )
    hs = std_headers(
        addr("Gunnel Åström", "gunnel.astrom@example.com", "iso-8859-1", "b"),
        BOT,
        f"SV: ansökan bygdepeng [Idéslanten {T_4404}]",
        date(2026, 2, 5, 16, 3),
        "<000b01dc9612$8e4f1a70$aaed4f50$@example.com>",
        [
            ("In-Reply-To", receipt_mid(T_4404)),
            ("References", f"{MID_4404} {receipt_mid(T_4404)}"),
            ("X-Mailer", "Microsoft Outlook 16.0"),
        ],
    )
    return message(hs, body), label(
        "followup",
        "sv",
        "01011",
        "Followup to 4404 (Outlook 'SV:' with the receipt quoted under '-----Ursprungligt meddelande-----'). New text gives anchoring (annual meeting 1 Feb, 27 members voted for it; the local heritage society lends photos and shows houses) and the budget as an .xlsx attachment with a non-ASCII RFC 2231 file name (items summing to 9 000 kr). Signed by Gunnel Åström with phone from her own address, so contact true. The quoted receipt lists anchoring/budget as missing and must not count. Members: 27 is attendance, not membership, so null. windows-1252 QP body, B-encoded iso-8859-1 display name.",
        contact_name="Gunnel Åström",
        contact_email="gunnel.astrom@example.com",
        contact_phone="0499-210 45",
        ort="Fliseryd",
        amount_sek=9000,
        salary_costs=False,
        physical_investment=False,
    )


@mail("faktura-foreningsregistret")
def m4406():
    html = """<html><body style="font-family:Verdana;font-size:12px">
<p><b>PÅMINNELSE – Faktura 2026-11873</b></p>
<p>Bästa kund,</p>
<p>Enligt våra register har er förening ännu inte betalat årsavgiften för registrering i <b>Nordiska Föreningsregistret</b>.
Registreringen krävs för att kunna söka kommunala och regionala bidrag 2026.</p>
<p>Belopp att betala: <b>4 850 kr</b><br>Förfallodag: <b>2026-02-16</b><br>Bankgiro: 5512-0094</p>
<p>Vid utebliven betalning överlämnas ärendet till inkasso och en avgift om 180 kr tillkommer.</p>
<p>Se bifogad faktura. Frågor? Svara inte på detta mejl.</p>
<p>Med vänlig hälsning<br>Ekonomiavdelningen<br>Nordiska Föreningsregistret</p>
</body></html>
"""
    pdf = make_pdf(
        [
            ("b", "FAKTURA 2026-11873"),
            "Nordiska Föreningsregistret",
            "",
            "Avser: Årsavgift registrering 2026",
            "Belopp: 4 850,00 SEK",
            "Förfallodag: 2026-02-16",
            "Bankgiro: 5512-0094",
            "OCR: 20261187300",
            "",
            "Betala i tid för att undvika inkassoavgift.",
        ]
    )
    body = multi(
        "mixed",
        [
            text(html, "html", cte="base64"),
            attachment(pdf, "application/pdf", "Faktura_2026-11873.pdf"),
        ],
        "b1_7c4e0e2f9d3a8b51",
    )
    hs = std_headers(
        addr("Ekonomiavdelningen", "faktura.noreply@example.com"),
        BOT,
        "Faktura 2026-11873 förfaller – registrering 2026",
        date(2026, 2, 9, 3, 17, tz=0),
        "<20260209031702.11873@example.com>",
        [("Reply-To", "inkasso-nfr@example.net")],
    )
    return message(hs, body), label(
        "spam",
        "sv",
        "00000",
        "Fake invoice (fraud): an unknown 'Nordiska Föreningsregistret' claims a registration fee is needed to apply for regional grants and attaches a PDF invoice with bankgiro/OCR, threatens debt collection, Reply-To on another domain. HTML-only body (base64) plus PDF. Mentions bidrag and förening, so it must not be taken for an application or question. All elements false, all facts null.",
    )


MID_4407 = "<GV1P189MB2231E3A4C1D0F9B2A7E5C3D1A9E2@GV1P189MB2231.example.se>"
T_4407 = "2026-0009"


@mail("vb-ansokan-malilla-fran-kommunen")
def m4407():
    body = """Hej!

Jag vidarebefordrar en ansökan från Målilla Byalag som kom till mig på kommunen – de visste inte riktigt vart de skulle skicka den. Kontaktperson hos dem är Per-Erik, se nedan. Jag har inte ändrat något i texten.

Vänliga hälsningar

Johanna Lind
Näringslivsutvecklare
Hultsfreds kommun
Tfn 0495-240 17
johanna.lind@example.se

Från: Per-Erik Sandberg <pererik.sandberg@example.com>
Skickat: den 10 februari 2026 19:44
Till: Lind Johanna <johanna.lind@example.se>
Ämne: Ansökan bygdepeng Målilla

Hej Johanna,
här kommer vår ansökan om den regionala bygdepengen, hoppas det är rätt.

Sökande: Målilla Byalag, ideell förening sedan 2009, 85 medlemmar (hushåll och enskilda). Vi ordnar Målilladagen och sköter badplatsen vid Silverån.

Aktivitet: Sedan Konsum stängde i höstas har Målilla ingen livsmedelsbutik. Vi vill ordna tre dialogkvällar i april–maj i Målilla Folkets hus där vi bjuder in en föreläsare från en by som driver egen butik som ekonomisk förening, och där vi sedan i grupper går igenom hur en ortsbutik eller ett ombud skulle kunna drivas här. Målet är att bilda en arbetsgrupp som tar fram en affärsplan till hösten. Kvällarna är öppna för kvinnor och män i alla åldrar.

Förankring: I december samlade vi in 212 namnunderskrifter från Målillabor som vill ha en butik tillbaka. Målilla Hembygdsförening och Målilla Motorklubb står bakom och hjälper till med lokal och annonsering.

Vi söker 12 000 kr till föreläsare, lokalhyra och annonsering.

Kontakt: Per-Erik Sandberg, 070-266 31 90, pererik.sandberg@example.com

Mvh Per-Erik Sandberg
ordförande Målilla Byalag
"""
    hs = std_headers(
        addr("Lind Johanna", "johanna.lind@example.se"),
        BOT,
        "VB: Ansökan bygdepeng Målilla",
        date(2026, 2, 12, 8, 55),
        MID_4407,
        [
            ("Thread-Topic", ew("Ansökan bygdepeng Målilla")),
            ("X-MS-Has-Attach", ""),
            ("Content-Language", "sv-SE"),
        ],
    )
    return message(hs, text(body, cte="quoted-printable")), label(
        "application",
        "sv",
        "11110",
        "Application forwarded by a municipality business officer (Outlook 'VB:' with Från/Skickat/Till/Ämne block). The forwarded text is the application and counts as the mail's own text. Association: Målilla Byalag with history and 85 members. Contact is the group's chair Per-Erik Sandberg with phone and e-mail, NOT the forwarding officer (her phone and address come first in the mail and must not be taken). Activity concrete (three dialogue evenings about a village shop, working group, business plan); anchoring concrete (212 signatures, two local associations). Budget false: 'Vi söker 12 000 kr till föreläsare, lokalhyra och annonsering' names items without amounts – a bare total; amount_sek 12000.",
        association_name="Målilla Byalag",
        contact_name="Per-Erik Sandberg",
        contact_email="pererik.sandberg@example.com",
        contact_phone="070-266 31 90",
        members=85,
        ort="Målilla",
        amount_sek=12000,
        women_and_men=True,
        salary_costs=False,
        physical_investment=False,
    )


@mail("franvaro-kommunen-svar-pa-kvitto")
def m4409():
    quoted = receipt_text(T_4407, ["budget"], 1)
    body = f"""Tack för ditt mejl!

Jag är tjänstledig 12–27 februari och läser inte min e-post under tiden. För brådskande ärenden kontakta Hultsfreds kommuns växel, 0495-240 00, eller naringsliv@example.se.

Med vänlig hälsning
Johanna Lind
Näringslivsutvecklare, Hultsfreds kommun

________________________________
Från: Idéslanten – Region Kalmar län <{BOT}>
Skickat: den 12 februari 2026 08:56
Till: Lind Johanna <johanna.lind@example.se>
Ämne: Re: VB: Ansökan bygdepeng Målilla [Idéslanten {T_4407}]

{quoted}
"""
    hs = std_headers(
        addr("Lind Johanna", "johanna.lind@example.se"),
        BOT,
        f"Frånvaromeddelande: Re: VB: Ansökan bygdepeng Målilla [Idéslanten {T_4407}]",
        date(2026, 2, 12, 8, 56, 41),
        "<GV1P189MB2231F0C2@GV1P189MB2231.example.se>",
        [("In-Reply-To", receipt_mid(T_4407)), ("References", f"{MID_4407} {receipt_mid(T_4407)}")],
    )
    return message(hs, text(body, charset="windows-1252", cte="quoted-printable")), label(
        "autoreply",
        "sv",
        "00000",
        "Out-of-office reply WITHOUT any automation header (no Auto-Submitted, X-Autoreply or Precedence) from the municipality officer who forwarded 4407, answering the bot's receipt. Subject 'Frånvaromeddelande: Re: …[Idéslanten 2026-0009]', threaded to the application and the receipt, and it quotes the receipt including 'Vi saknar följande i er ansökan' – yet it is an autoreply, not a followup, and must never be answered. All elements false, all facts null.",
    )


@mail("fragor-innan-studieresa-loftahammar")
def m4408():
    body = """Hej!

Vi i Loftahammars Skärgårdsförening funderar på att söka idéslanten till en studieresa, men innan vi skickar in något undrar vi några saker.

Planen är en dagsresa i maj med hyrd buss till Sankt Anna skärgård för att se hur de driver sin bygdebutik och sina gemensamma bryggor. Vi räknar med ca 30 deltagare, buss ca 9 500 kr, guidning 2 000 kr, lunch betalar var och en själv. Efteråt vill vi ha ett öppet möte i Loftahammar där vi berättar vad vi lärt oss.

Frågorna:
1. Föreningen är nystartad och har bara 9 betalande medlemmar än så länge, men hela byn är välkommen på resan. Räcker det, eller måste vi vara 10 när vi söker?
2. Får resan gå utanför Kalmar län?
3. Kan vi söka i efterhand om vi inte hinner före maj?

Tack på förhand!
Ingrid Sjöberg
Loftahammars Skärgårdsförening
073-880 12 54
"""
    hs = std_headers(
        addr("Ingrid Sjöberg", "ingrid.sjoberg@example.org"),
        BOT,
        "Frågor innan vi söker – studieresa",
        date(2026, 2, 16, 12, 20),
        "<a3c0d9e7-5b21-4f6e-9d2c-1f0e8b7a6c55@example.org>",
        [("User-Agent", "Mozilla Thunderbird")],
    )
    return message(hs, text(body, cte="base64")), label(
        "question",
        "sv",
        "00000",
        "Detailed question that does not apply: a study-trip plan with costs (bus ~9 500, guide 2 000) and an after-meeting, but 'innan vi skickar in något undrar vi' and three numbered questions (9 members enough? trip outside the county? apply afterwards?). Kind question, all elements false. Stated facts filled in: association, 9 members, Loftahammar, signer Ingrid Sjöberg with phone. amount_sek null (costs are a sketch, nothing applied for); salary/investment null (none proposed). UTF-8 base64 body.",
        association_name="Loftahammars Skärgårdsförening",
        contact_name="Ingrid Sjöberg",
        contact_email="ingrid.sjoberg@example.org",
        contact_phone="073-880 12 54",
        members=9,
        ort="Loftahammar",
    )


@mail("reparationskafe-ruda")
def m4410():
    html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body><div style="font-family:Calibri,sans-serif">
<p>Hej!</p>
<p>Vi är ett gäng grannar i Ruda som vill starta ett <b>reparationskafé</b>. Vi vill hyra Ruda Folkets hus fyra lördagar i höst (12 sept, 10 okt, 7 nov och 5 dec) mellan 10 och 14. Där kan alla i byn komma med trasiga cyklar, kläder, lampor och småprylar och laga dem tillsammans med kunniga pensionärer, och samtidigt fika och träffas. Det blir en ny mötesplats i byn nu när caféet har stängt, och folk slipper åka till Kalmar eller slänga saker.</p>
<p>I januari delade vi ut en lapp i alla brevlådor i Ruda. 64 hushåll svarade, 51 av dem ville ha ett reparationskafé och 12 personer har anmält sig som lagare. Kafét är för alla, kvinnor och män, unga som gamla.</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><th>Kostnad</th><th>Kr</th></tr>
<tr><td>Hyra Folkets hus 4 lördagar à 700 kr</td><td>2 800</td></tr>
<tr><td>Annonsering i lokaltidningen och affischer</td><td>1 200</td></tr>
<tr><td>Förbrukningsmaterial (tråd, lim, reservdelar)</td><td>3 000</td></tr>
<tr><td>Fika</td><td>1 600</td></tr>
<tr><td><b>Summa</b></td><td><b>8 600</b></td></tr>
</table>
<p>Vi köper inga verktyg, alla tar med sina egna.</p>
<p>Hälsningar från oss i Ruda!</p>
</div></body></html>
"""
    hs = std_headers(
        "ruda.grannar@example.com",
        BOT,
        "Reparationskafé i Ruda",
        date(2026, 2, 24, 19, 30),
        "<DB9PR02MB7325A1@DB9PR02MB7325.example.com>",
    )
    return message(hs, text(html, "html", cte="quoted-printable")), label(
        "application",
        "sv",
        "00111",
        "HTML-only application (UTF-8 QP, budget as an HTML table) from a nameless group mailbox. Association false: 'ett gäng grannar i Ruda' has no name. Contact false: nobody signs ('Hälsningar från oss i Ruda'), the From has no display name and is a shared mailbox. Activity concrete (four dated Saturdays, repair café, meeting place); anchoring concrete (leaflet survey: 64 households answered, 51 for, 12 volunteers); budget itemised, total 8 600 kr. Consumables and spare parts are not an investment, no tools are bought.",
        ort="Ruda",
        amount_sek=8600,
        women_and_men=True,
        salary_costs=False,
        physical_investment=False,
    )


ORG_ORREFORS = luhn_org("802009-471")
T_4411 = "2026-0013"
MID_4411 = "<7d2e1b0c.4411.orrefors@example.org>"


@mail("ansokan-orrefors-samhallsforening-word")
def m4411():
    body = """Hej,

bifogar vår ansökan om idéslanten som Word-fil. Hör av er om något behöver kompletteras.

Hälsningar
Lena Vikström
sekreterare, Orrefors Samhällsförening
"""
    docx = make_docx(
        [
            ("h", "Ansökan – regional bygdepeng, idéslanten 2026"),
            ("h", "1. Sökande"),
            f"Orrefors Samhällsförening, org.nr {ORG_ORREFORS}. Ideell förening för alla som bor i Orrefors, ca 140 medlemmar. Vi driver byns webbplats och ordnar Glasbruksmarknaden.",
            ("h", "2. Kontaktperson"),
            "Lena Vikström, sekreterare. Telefon 076-551 09 32, e-post lena.vikstrom@example.org",
            ("h", "3. Aktivitet"),
            "Studieresa lördag 16 maj 2026 med hyrd buss till Virserum, där vi tas emot av Virserums Hembygdsförening och får höra hur orten har arbetat med ortsutveckling, konsthallen och den gemensamma turistinformationen. Resan är öppen för alla i Orrefors, kvinnor och män. Den 28 maj har vi ett uppföljningsmöte i Orrefors där vi väljer två idéer att jobba vidare med.",
            ("h", "4. Förankring"),
            "Förslaget kommer från byavandringen i oktober 2025 där 35 orreforsare deltog. Orrefors IK och Kulturföreningen Glasporten är med och ordnar uppföljningsmötet tillsammans med oss.",
            ("h", "5. Budget"),
            (
                "t",
                [
                    ["Post", "Kronor"],
                    ["Bussresa Orrefors–Virserum t/r", "6 500"],
                    ["Guidning och ersättning till Virserums Hembygdsförening", "2 000"],
                    ["Lokalhyra uppföljningsmöte", "500"],
                    ["Tryck av sammanfattning", "800"],
                    ["Summa", "9 800"],
                ],
            ),
            "Lunch betalar deltagarna själva. Vi söker 9 800 kr.",
        ]
    )
    body_part = multi(
        "mixed",
        [
            text(body, charset="iso-8859-1", cte="quoted-printable"),
            attachment(
                docx,
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                "Ansokan_idéslanten_Orrefors.docx",
            ),
        ],
        "------------6B1D0F3E2C8A9D7E5F40A1B2",
    )
    hs = std_headers(
        addr("Lena Vikström", "lena.vikstrom@example.org"),
        BOT_ADDR,
        "Ansökan idéslanten Orrefors",
        date(2026, 3, 2, 11, 8),
        MID_4411,
        [
            (
                "User-Agent",
                "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.7.0",
            ),
            ("Content-Language", "sv"),
        ],
    )
    return message(hs, body_part), label(
        "application",
        "sv",
        "11111",
        "Complete application where the body is only a covering note (iso-8859-1 QP) and everything is in an attached .docx with headings 1–5 and a budget table. Association with org.nr and ~140 members; contact Lena Vikström with phone and e-mail; activity concrete (study trip 16 May to Virserum, follow-up meeting 28 May); anchoring concrete (village walk with 35 participants, two local associations co-organise); budget itemised, 9 800 kr applied for. Bus hire and a host fee are not salary or investment.",
        association_name="Orrefors Samhällsförening",
        org_number=ORG_ORREFORS,
        contact_name="Lena Vikström",
        contact_email="lena.vikstrom@example.org",
        contact_phone="076-551 09 32",
        members=140,
        ort="Orrefors",
        amount_sek=9800,
        women_and_men=True,
        salary_costs=False,
        physical_investment=False,
    )


@mail("undelivered-postfix-orrefors")
def m4412():
    notice = """This is the mail system at host smtp1.example.se.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<lena.vikstrom@example.org>: host mx1.example.org[192.0.2.25] said: 550 5.7.1
    Message rejected due to content restrictions (in reply to end of DATA
    command)
"""
    status = """Reporting-MTA: dns; smtp1.example.se
X-Postfix-Queue-ID: 4fQ2Lk0Zb7z9sWn
X-Postfix-Sender: rfc822; ideslanten@example.se
Arrival-Date: Mon,  2 Mar 2026 11:08:52 +0100 (CET)

Final-Recipient: rfc822; lena.vikstrom@example.org
Original-Recipient: rfc822;lena.vikstrom@example.org
Action: failed
Status: 5.7.1
Remote-MTA: dns; mx1.example.org
Diagnostic-Code: smtp; 550 5.7.1 Message rejected due to content restrictions
"""
    orig = f"""From: {ew(BOT_NAME)} <{BOT}>
To: lena.vikstrom@example.org
Subject: {ew("Re: Ansökan idéslanten Orrefors [Idéslanten " + T_4411 + "]")}
Date: Mon, 02 Mar 2026 11:08:51 +0100
Message-ID: {receipt_mid(T_4411)}
In-Reply-To: {MID_4411}
References: {MID_4411}
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
"""
    body = multi(
        "report",
        [
            Part(
                [
                    ("Content-Description", "Notification"),
                    ("Content-Type", "text/plain; charset=us-ascii"),
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
                    ("Content-Description", "Undelivered Message Headers"),
                    ("Content-Type", "text/rfc822-headers"),
                ],
                orig.encode(),
            ),
        ],
        "4fQ2Lk0Zb7z9sWn.1772446133/smtp1.example.se",
        extra="; report-type=delivery-status",
        preamble="This is a MIME-encapsulated message.\n\n",
    )
    hs = [
        ("Return-Path", "<>"),
        ("From", "MAILER-DAEMON@example.se (Mail Delivery System)"),
        ("To", BOT),
        ("Subject", "Undelivered Mail Returned to Sender"),
        ("Date", "Mon,  2 Mar 2026 11:08:53 +0100 (CET)"),
        ("Message-ID", "<20260302100853.7A1C41E0B2@smtp1.example.se>"),
        ("Auto-Submitted", "auto-replied"),
    ]
    return message(hs, body), label(
        "bounce",
        "en",
        "00000",
        "Postfix-style delivery status notification (multipart/report; report-type=delivery-status with text/plain notice, message/delivery-status and text/rfc822-headers): the bot's receipt to the Orrefors applicant (4411) was rejected with 550 5.7.1. The returned headers name the application's Message-ID and the ticket, but it is a bounce; never reply. The notice is English (language en). All elements false, all facts null.",
    )


@mail("hela-sverige-ska-leva-nyhetsbrev")
def m4413():
    body = """Hela Sverige ska leva Kalmar län – Medlemsnytt mars 2026
=========================================================

Hej alla lokala utvecklingsgrupper och byalag!

LANDSBYGDSDAGAR I MAJ
Den 22–23 maj samlas vi i Mönsterås för två dagar om service på landsbygden,
lokala butiker och hur byar kan samarbeta. Anmäl dig senast 30 april.

KURS: SÖK PENGAR TILL ER BYGD
Vi håller en kvällskurs (digitalt) den 7 april om hur man skriver en bra
ansökan – vad är förankring, hur gör man en budget, vad får man inte söka för?
Vi går igenom Leader, Boverkets stöd till samlingslokaler och Region Kalmar
läns idéslanten.

MEDLEMSAVGIFT 2026
Glöm inte att betala medlemsavgiften för 2026 (300 kr per förening).

Hälsningar
Hela Sverige ska leva Kalmar län

--
Du får detta utskick som medlem i Hela Sverige ska leva Kalmar län.
Avsluta prenumerationen: https://example.org/hssl-kalmar/unsubscribe?id=88213
"""
    hs = std_headers(
        addr("Hela Sverige ska leva Kalmar län", "medlemsnytt@example.org"),
        BOT,
        "Medlemsnytt mars: Landsbygdsdagar, kurs i att söka pengar",
        date(2026, 3, 9, 6, 0),
        "<mn-2026-03.88213@example.org>",
        [
            ("Precedence", "bulk"),
            ("List-Unsubscribe", "<https://example.org/hssl-kalmar/unsubscribe?id=88213>"),
            ("X-Mailer", "Utskick 4.2"),
        ],
    )
    return message(hs, text(body, cte="quoted-printable")), label(
        "newsletter",
        "sv",
        "00000",
        "Members' newsletter from the county branch of Hela Sverige ska leva: text/plain UTF-8 QP with Precedence: bulk and List-Unsubscribe (no List-Id). The text is full of grant vocabulary (ansökan, förankring, budget, idéslanten, byalag) but it is bulk mail. All elements false, facts null.",
    )


ORG_BYXELKROK = luhn_org("802521-338")


@mail("application-byxelkrok-harbour-friends")
def m4414():
    body = f"""Hello,

I hope it is okay to write in English – my Swedish is still not good enough for forms.

We are Byxelkroks Hamnvänner (Byxelkrok Harbour Friends), a non-profit association registered in 2019, org. no. {ORG_BYXELKROK}. We have 31 members, about half of us live here all year and the rest are summer residents from Sweden, Germany and the UK.

We would like to apply for the idéslanten grant to do something that brings the village together outside the summer season. Maybe a few events, maybe workshops or a talk – we will figure out the details with the members later this spring. Everyone in the village, men and women alike, would benefit. I am sure the locals will love it.

Rough budget:
- Hall rental, approx. 3,000 SEK
- Speaker fees, 5,000 SEK
- Advertising and posters, 1,500 SEK
- Coffee and snacks, 1,000 SEK
Total: 10,500 SEK

Contact: Mark Jennings, chairman
+46 70 418 27 63
mark.jennings@example.com

Best regards,
Mark
"""
    hs = std_headers(
        addr("Mark Jennings", "mark.jennings@example.com"),
        BOT,
        "Application - idéslanten - Byxelkrok",
        date(2026, 3, 11, 17, 45),
        "<CAKx9Fp2Lm0q+byx@example.com>",
    )
    return message(hs, text(body, cte="8bit")), label(
        "application",
        "en",
        "11001",
        "English application from an incomer. Association named with org.nr, year and 31 members; contact Mark Jennings with phone and e-mail; budget itemised (four items, total 10 500 SEK). Activity false: 'do something that brings the village together… maybe events, maybe workshops… details later' is a vague wish. Anchoring false: 'I am sure the locals will love it' is a hope, nothing concrete. women_and_men true ('men and women alike'). Speaker fees are not salary.",
        association_name="Byxelkroks Hamnvänner",
        org_number=ORG_BYXELKROK,
        contact_name="Mark Jennings",
        contact_email="mark.jennings@example.com",
        contact_phone="+46 70 418 27 63",
        members=31,
        ort="Byxelkrok",
        amount_sek=10500,
        women_and_men=True,
        salary_costs=False,
        physical_investment=False,
    )


T_4410 = "2026-0012"
MID_4410 = "<DB9PR02MB7325A1@DB9PR02MB7325.example.com>"


@mail("sv-ruda-maste-vi-vara-forening")
def m4415():
    rec = receipt_text(T_4410, ["association", "contact"])
    body = f"""Hej!

Ni skriver att det saknas uppgifter om föreningen och en kontaktperson. Måste vi vara en registrerad förening för att få söka? Vi är ju bara grannar som har gått ihop, vi har inga stadgar eller så. Och om vi är flera som håller i det, vem ska stå som kontakt då?

Vi vill inte krångla till det, säg bara vad som gäller så fixar vi det.

/Anders

Den tis 24 feb. 2026 kl. 19:31 skrev {BOT_NAME} <{BOT}>:

{quote(rec)}
"""
    hs = std_headers(
        "ruda.grannar@example.com",
        BOT,
        f"Re: Reparationskafé i Ruda [Idéslanten {T_4410}]",
        date(2026, 3, 13, 7, 12),
        "<CAHs7Vq0Ruda2ndMail+x@example.com>",
        [("In-Reply-To", receipt_mid(T_4410)), ("References", f"{MID_4410} {receipt_mid(T_4410)}")],
    )
    return message(hs, text(body)), label(
        "followup",
        "sv",
        "00000",
        "Followup to 4410 in Gmail quoting style that asks questions back about the receipt (must we be a registered association? who should be contact?) and supplies nothing. Association still false (no name), contact false: only a first name '/Anders' with no phone from the shared group mailbox. The quoted receipt lists the missing parts and must not make anything true. Kind followup (a reply in the thread about the application), not question. Only ort (Ruda, from the subject/thread) is filled.",
        ort="Ruda",
        salary_costs=False,
        physical_investment=False,
    )


@mail("brevladan-full-phishing")
def m4416():
    html = f"""<html><body>
<table width="600" style="font-family:Segoe UI,Arial;border:1px solid #ccc"><tr><td style="background:#0a64a4;color:#fff;padding:10px"><b>Microsoft 365 – Administratör</b></td></tr>
<tr><td style="padding:14px">
<p>Hej {BOT},</p>
<p>Din brevlåda har nått <b>99,8 %</b> av sin lagringskapacitet (49,9 GB av 50 GB). Inkommande meddelanden kommer att <b>avvisas</b> inom 24 timmar.</p>
<p>Your mailbox is almost full. Verify your account to receive 25 GB free extra storage.</p>
<p style="text-align:center"><a href="https://example.net/o365/verify?u=ideslanten" style="background:#0a64a4;color:#fff;padding:8px 20px;text-decoration:none">Verifiera konto nu</a></p>
<p style="font-size:11px;color:#777">Detta är ett automatiskt meddelande från IT-support. © 2026 Microsoft Corporation.</p>
</td></tr></table>
</body></html>
"""
    hs = std_headers(
        addr("IT-support Microsoft 365", "no-reply.mailadmin@example.net"),
        BOT,
        "Åtgärd krävs: Din brevlåda är full (99,8 %)",
        date(2026, 3, 16, 4, 44, tz=0),
        "<8d2b1f0e9c3a4b5d@example.net>",
        [("X-Priority", "1 (Highest)")],
    )
    return message(hs, text(html, "html", cte="quoted-printable")), label(
        "spam",
        "sv",
        "00000",
        "Phishing: fake 'mailbox full' notice imitating Microsoft 365 with a verify link on a foreign domain, HTML-only, mixed Swedish/English, X-Priority 1. It looks like a system message but is not a bounce or autoreply; it is spam. All elements false, all facts null.",
    )


ORG_SODERAKRA = luhn_org("802478-021")
MID_4417 = "<20260318203355.Horde.soderakra.Q1w2E3r4@example.org>"
T_4417 = "2026-0016"


@mail("ansokan-soderakra-berattarkvallar")
def m4417():
    body = f"""Hej!

Söderåkra Bygdegårdsförening (org nr {ORG_SODERAKRA}) ansöker härmed om 13 500 kronor ur idéslanten.

Föreningen har 57 medlemmar och äger och driver bygdegården i Söderåkra sedan 1948.

Projektet heter "Söderåkra berättar". Vi ordnar fem berättarkvällar i bygdegården från september till december 2026. Fyra kvällar berättar äldre söderåkrabor om fisket, järnvägen, mejeriet och byskolan, och den femte kvällen kommer en föreläsare från Kalmar läns museum och pratar om Torsås sockens historia. Tanken är att nyinflyttade och barnfamiljer ska lära känna byn och de äldre, och att berättelserna samlas i ett litet häfte som delas ut till alla hushåll. Kvällarna är öppna för alla, kvinnor som män.

Vi hoppas att många kommer!

Budget:
Föreläsare från museet: 3 000 kr
Hyra av ljudanläggning: 2 500 kr
Annonser i Östra Småland och affischer: 2 000 kr
Fika fem kvällar: 3 000 kr
Tryck av häftet: 3 000 kr
Totalt: 13 500 kr

Två frågor medan vi ändå skriver:
– Får vi ta hyra för bygdegården ur bidraget fast det är vår egen lokal? (Vi har inte tagit med det nu.)
– Kan man söka igen nästa år om vi vill göra en fortsättning?

Med vänliga hälsningar
Styrelsen
Söderåkra Bygdegårdsförening
"""
    hs = std_headers(
        addr("Söderåkra Bygdegårdsförening", "bygdegarden.soderakra@example.org"),
        BOT_ADDR,
        "Ansökan idéslanten 2026 – Söderåkra berättar",
        date(2026, 3, 18, 20, 33),
        MID_4417,
        [("Cc", "anna.karlberg@example.se"), ("User-Agent", "Horde Application Framework 5")],
    )
    return message(hs, text(body, cte="base64")), label(
        "application",
        "sv",
        "10101",
        "Real application that also asks two questions at the end (may we charge rent for our own hall? can we apply again next year?) – still an application, not a question. UTF-8 base64. Association named with org.nr, 57 members, history; activity concrete (five storytelling evenings Sep–Dec, museum lecturer, booklet to all households); budget itemised, total 13 500 kr. Contact false: signed 'Styrelsen' from the association's shared mailbox, no person named. Anchoring false: 'Vi hoppas att många kommer!' is only a hope. Renting sound equipment is not an investment; lecturer fee not salary.",
        association_name="Söderåkra Bygdegårdsförening",
        org_number=ORG_SODERAKRA,
        members=57,
        ort="Söderåkra",
        amount_sek=13500,
        women_and_men=True,
        salary_costs=False,
        physical_investment=False,
    )


@mail("automatic-reply-colleague-parental-leave")
def m4418():
    body = f"""Thank you for your e-mail.

I am on parental leave until 31 August 2026 and will not read my e-mail during this time.

For questions about idéslanten and other rural development grants, please contact {OFFICER}. For other matters, please call Region Kalmar län's switchboard, 0480-840 00.

Tack för ditt mejl! Jag är föräldraledig till och med 31 augusti 2026. Frågor om idéslanten: {OFFICER}.

Anna Karlberg
Regional utveckling, Region Kalmar län
"""
    hs = std_headers(
        addr("Anna Karlberg", "anna.karlberg@example.se"),
        BOT,
        f"Automatic reply: Re: Ansökan idéslanten 2026 – Söderåkra berättar [Idéslanten {T_4417}]",
        date(2026, 3, 18, 20, 35, 2),
        "<AM0PR09MB4417AB12CD@AM0PR09MB4417.example.se>",
        [
            ("In-Reply-To", receipt_mid(T_4417)),
            ("References", f"{MID_4417} {receipt_mid(T_4417)}"),
            ("Auto-Submitted", "auto-replied"),
            ("X-Auto-Response-Suppress", "All"),
            ("X-Autoreply", "yes"),
            ("Content-Language", "en-US"),
        ],
    )
    return message(hs, text(body, cte="quoted-printable")), label(
        "autoreply",
        "en",
        "00000",
        "Vacation (parental leave) auto-reply from a colleague of the officer at the region, who was on Cc of application 4417 and so got the bot's receipt too; English first with a Swedish line. Has Auto-Submitted: auto-replied, X-Autoreply and X-Auto-Response-Suppress, and is threaded to the application and receipt, but it is an autoreply and must not be answered. All elements false, facts null.",
    )


@mail("fwd-ordforandens-utkast-vissefjarda")
def m4419():
    draft = """UTKAST!! (kolla stavning innan ni skickar)

Vissefjärda Intresseförening, bildad 1994, 46 medlemmar. Vi sköter hembygdsparken, ordnar julmarknaden och valborgsfirandet.

Vad: Vi vill söka pengar för något kring ån och badplatsen, kanske en temadag eller några kvällar, det får vi diskutera på nästa styrelsemöte vad exakt.

Förankring: På medlemsmötet 12 mars var vi 22 personer och alla tyckte att ån och badplatsen ska lyftas. Vissefjärda hembygdsförening och fiskevårdsområdesföreningen har sagt att de vill vara med.

Budget: Kjell fixar

Kontakt: Karl-Göran Petersson, 0471-402 18, kg.petersson@example.com

/KG"""
    plain = f"""Hej!
Vår ordförande Karl-Göran bad mig skicka det här till er eftersom hans dator inte vill skicka mejl just nu. Det är hans utkast till ansökan, han sa att ni kan höra av er till honom direkt.
/Sofia Hedlund, kassör

Skickat från min iPhone

Början av vidarebefordrat meddelande:

> Från: Karl-Göran Petersson <kg.petersson@example.com>
> Datum: 22 mars 2026 kl. 20:14:33 CET
> Till: Sofia Hedlund <sofia.hedlund@example.net>
> Ämne: utkast idéslanten
>
{quote(draft)}
"""
    hdraft = (
        draft.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\n", "<br>\n")
    )
    html = f"""<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head><body dir="auto"><div dir="ltr">Hej!<div>Vår ordförande Karl-Göran bad mig skicka det här till er eftersom hans dator inte vill skicka mejl just nu. Det är hans utkast till ansökan, han sa att ni kan höra av er till honom direkt.</div><div>/Sofia Hedlund, kassör</div><br><div>Skickat från min iPhone</div></div><div dir="ltr"><br>Början av vidarebefordrat meddelande:<br><br></div><blockquote type="cite"><div dir="ltr"><b>Från:</b> Karl-Göran Petersson &lt;kg.petersson@example.com&gt;<br><b>Datum:</b> 22 mars 2026 kl. 20:14:33 CET<br><b>Till:</b> Sofia Hedlund &lt;sofia.hedlund@example.net&gt;<br><b>Ämne:</b> utkast idéslanten<br><br></div><div dir="ltr">{hdraft}</div></blockquote></body></html>
"""
    body = multi(
        "alternative",
        [text(plain, cte="quoted-printable"), text(html, "html", cte="quoted-printable")],
        "Apple-Mail-9F3C2B1A-77D4-4E0B-A1C2-5D6E7F8091A2",
    )
    hs = std_headers(
        addr("Sofia Hedlund", "sofia.hedlund@example.net"),
        BOT,
        "Fwd: utkast idéslanten",
        date(2026, 3, 24, 7, 58),
        "<9F3C2B1A-77D4-4E0B-A1C2-5D6E7F8091A2@example.net>",
        [("X-Mailer", "iPhone Mail (22D82)"), ("Content-Language", "sv-SE")],
    )
    return message(hs, body), label(
        "application",
        "sv",
        "11010",
        "A member (the treasurer) forwards the chair's draft from her iPhone (Apple Mail 'Början av vidarebefordrat meddelande', multipart/alternative, draft quoted with '>' / blockquote). Forwarded text sent as the application counts as the mail's own. Association: Vissefjärda Intresseförening, 1994, 46 members. Contact: the chair Karl-Göran Petersson with phone and e-mail in the draft (the forwarder says to contact him) – contact_email is his, not the sender's. Anchoring true (members' meeting 12 March, 22 present; two local associations want to join). Activity false: 'något kring ån och badplatsen, kanske en temadag eller några kvällar… vad exakt' is undecided. Budget false ('Kjell fixar'); no amount.",
        association_name="Vissefjärda Intresseförening",
        contact_name="Karl-Göran Petersson",
        contact_email="kg.petersson@example.com",
        contact_phone="0471-402 18",
        members=46,
        ort="Vissefjärda",
        salary_costs=False,
        physical_investment=False,
    )


@mail("question-defibrillator-alboke")
def m4420():
    body = """Hi,

Quick question before we put in an application.

I'm on the board of Alboke Byalag (about 40 members, north-east Oland). After a neighbour's heart attack last winter the village wants a defibrillator on the wall of the old school, plus a CPR evening for everyone in the village, led by an instructor from the Red Cross.

Can the ideslanten grant pay for buying the defibrillator (about 14,000 SEK), or only for the course? If only the course, is the instructor's fee okay?

Thanks!
Jonas Weber
Alboke Byalag
"""
    hs = std_headers(
        addr("Jonas Weber", "jonas.weber@example.net"),
        BOT,
        "Question: can the grant pay for a defibrillator?",
        date(2026, 3, 27, 13, 6),
        "<m2ab31c9f0e.fsf@example.net>",
    )
    return message(hs, text(body, charset="us-ascii", cte="7bit")), label(
        "question",
        "en",
        "00000",
        "English question ('before we put in an application'): can the grant buy a defibrillator or only pay for a CPR course and the instructor's fee? Nothing is applied for, so all elements false. Facts stated: Alböke Byalag, about 40 members, Alböke, signer Jonas Weber (no phone). physical_investment true because the question itself proposes buying equipment; salary_costs null (an instructor's fee is not salary). amount_sek null: the 14 000 is the price of the item asked about, not an applied amount. Plain us-ascii 7bit body: the writer has no Swedish keyboard and writes 'Alboke'/'ideslanten'; association_name is kept as written, ort is given in its normal spelling Alböke.",
        association_name="Alboke Byalag",
        contact_name="Jonas Weber",
        contact_email="jonas.weber@example.net",
        members=40,
        ort="Alböke",
        physical_investment=True,
    )


ORG_LACKEBY = luhn_org("802455-109")
MID_4421 = "<1743489021.77310.lackeby@example.com>"
T_4421 = "2026-0019"


@mail("framtidsverkstad-lackeby-pdf-budget")
def m4421():
    body = f"""Hej,

Läckeby Bygdeförening ansöker om 13 500 kr ur regional bygdepeng – idéslanten för en framtidsverkstad. Budgeten finns som PDF i bilagan.

Om föreningen
Läckeby Bygdeförening, org.nr {ORG_LACKEBY}, har 96 medlemmar och är paraplyorganisation för byns föreningar. Vi äger Läckeby bygdegård.

Aktiviteten
"Framtidsverkstad Läckeby 2030" – två lördagar (25 april och 16 maj) i bygdegården med en inhyrd processledare. Första dagen samlar vi idéer om vad byn behöver (busshållplats, mötesplatser för unga, cykelväg till Rockneby), andra dagen prioriterar vi och bildar arbetsgrupper som tar idéerna vidare. Resultatet sammanfattas i ett häfte som delas ut i alla brevlådor och lämnas till Kalmar kommun. Alla i byn är välkomna, kvinnor och män, unga och gamla; vi ordnar barnhörna så att föräldrar kan delta.

Förankring
Vi gjorde en webbenkät i februari som 112 läckebybor svarade på, och 78 % ville ha en framtidsverkstad. Idén godkändes på bymötet den 8 mars. Läckeby IF, Läckeby skolas föräldraförening och hembygdsföreningen är medarrangörer.

Kontakt
Ewa Lindgren, vice ordförande
070-655 83 20
ewa.lindgren@example.com

Tack på förhand!
Ewa Lindgren
"""
    pdf = make_pdf(
        [
            ("b", "Budget – Framtidsverkstad Läckeby 2030"),
            "Läckeby Bygdeförening, org.nr " + ORG_LACKEBY,
            "",
            "Processledare, arvode 2 lördagar                         6 000 kr",
            "Lokalhyra Läckeby bygdegård, 2 x 1 200 kr              2 400 kr",
            "Annonsering och inbjudningar                              1 500 kr",
            "Fika och enkel lunch, 2 dagar                             2 600 kr",
            "Tryck av häfte till alla hushåll                         1 000 kr",
            "",
            ("b", "Summa                                                          13 500 kr"),
            "",
            "Inga löner och inga inköp av utrustning ingår.",
        ],
        compress=True,
    )
    parts = multi(
        "mixed",
        [
            text(body, cte="quoted-printable"),
            attachment(pdf, "application/pdf", "Budget framtidsverkstad.pdf"),
        ],
        "000000000000b7e1f2061472a9c3",
    )
    hs = std_headers(
        addr("Ewa Lindgren", "ewa.lindgren@example.com"),
        BOT,
        "Ansökan idéslanten – Framtidsverkstad Läckeby",
        date(2026, 4, 1, 9, 10),
        MID_4421,
        [("Reply-To", "ewa.lindgrenn@example.com")],
    )
    return message(hs, parts), label(
        "application",
        "sv",
        "11111",
        "Complete application with the budget only in an attached PDF (Helvetica, FlateDecode stream, extractable text): five items summing to 13 500 kr. Body gives association with org.nr and 96 members, activity (two future-workshop Saturdays with dates, booklet to all households, results to the municipality), anchoring (web survey 112 answers, village meeting 8 March, three co-organising associations) and contact Ewa Lindgren with phone and e-mail. The Reply-To header has a typo (double n) – the bot's receipt bounces in 4422; contact_email is the correct From/body address. Facilitator fee is not salary.",
        association_name="Läckeby Bygdeförening",
        org_number=ORG_LACKEBY,
        contact_name="Ewa Lindgren",
        contact_email="ewa.lindgren@example.com",
        contact_phone="070-655 83 20",
        members=96,
        ort="Läckeby",
        amount_sek=13500,
        women_and_men=True,
        salary_costs=False,
        physical_investment=False,
    )


@mail("olevererbart-exchange-lackeby")
def m4422():
    subj = f"Re: Ansökan idéslanten – Framtidsverkstad Läckeby [Idéslanten {T_4421}]"
    plain = f"""Det gick inte att leverera meddelandet till de här mottagarna eller grupperna:

ewa.lindgrenn@example.com
E-postadressen du angav kunde inte hittas. Kontrollera mottagarens e-postadress och försök skicka meddelandet igen. Om problemet kvarstår kontaktar du supportavdelningen.

Diagnostisk information för administratörer:

Genererad av server: VI1PR08MB5320.eurprd08.prod.example.se

ewa.lindgrenn@example.com
Remote server returned '550 5.1.1 <ewa.lindgrenn@example.com>: Recipient address rejected: User unknown in virtual mailbox table'

Ursprungliga meddelanderubriker:

Subject: {subj}
Message-ID: {receipt_mid(T_4421)}
"""
    html = """<html><body><p><b><font color="#000066" size="3" face="Arial">ewa.lindgrenn@example.com</font></b></p>
<p><font size="2" face="Tahoma">E-postadressen du angav kunde inte hittas. Kontrollera mottagarens e-postadress och försök skicka meddelandet igen.</font></p>
<p><font size="2" face="Tahoma">Genererad av server: VI1PR08MB5320.eurprd08.prod.example.se</font></p>
<p><font size="2" face="Tahoma">Remote server returned '550 5.1.1 &lt;ewa.lindgrenn@example.com&gt;: Recipient address rejected: User unknown in virtual mailbox table'</font></p></body></html>
"""
    status = """Reporting-MTA: dns;VI1PR08MB5320.eurprd08.prod.example.se
Received-From-MTA: dns;smtp1.example.se
Arrival-Date: Wed, 1 Apr 2026 07:10:41 +0000

Final-Recipient: rfc822;ewa.lindgrenn@example.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp;550 5.1.1 <ewa.lindgrenn@example.com>: Recipient address rejected: User unknown in virtual mailbox table
Remote-MTA: dns;mx.example.com
X-Display-Name: ewa.lindgrenn@example.com
"""
    orig = message(
        std_headers(
            BOT_ADDR,
            "ewa.lindgrenn@example.com",
            subj,
            date(2026, 4, 1, 9, 10, 40),
            receipt_mid(T_4421),
            [
                ("In-Reply-To", MID_4421),
                ("References", MID_4421),
                ("Auto-Submitted", "auto-replied"),
            ],
        ),
        text(receipt_text(T_4421, [], 1), cte="quoted-printable"),
    )
    body = multi(
        "report",
        [
            multi(
                "alternative",
                [text(plain, cte="quoted-printable"), text(html, "html", cte="quoted-printable")],
                "_001_VI1PR08MB5320B6A9D4E2F0C1_alt",
            ),
            Part([("Content-Type", "message/delivery-status")], status.encode()),
            Part([("Content-Type", "message/rfc822")], orig),
        ],
        "_000_VI1PR08MB5320B6A9D4E2F0C1_",
        extra="; report-type=delivery-status",
    )
    hs = [
        (
            "From",
            addr(
                "Microsoft Outlook", "MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@example.se"
            ),
        ),
        ("To", BOT),
        ("Date", date(2026, 4, 1, 9, 10, 44)),
        ("Subject", ew("Olevererbart: " + subj)),
        ("Message-ID", "<5a7c1d0e-2b3f-4c8d-9e6f-0a1b2c3d4e5f@VI1PR08MB5320.example.se>"),
        ("Content-Language", "sv-SE"),
        ("X-MS-Exchange-Message-Is-Ndr", ""),
        ("In-Reply-To", receipt_mid(T_4421)),
        ("References", f"{MID_4421} {receipt_mid(T_4421)}"),
    ]
    return message(hs, body), label(
        "bounce",
        "sv",
        "00000",
        "Exchange/Outlook-style NDR in Swedish ('Olevererbart:'), From 'Microsoft Outlook' on a MicrosoftExchange… address, not MAILER-DAEMON: multipart/report with a multipart/alternative human part, message/delivery-status and the whole returned receipt as message/rfc822. The receipt to 4421 went to a mistyped Reply-To address (5.1.1 user unknown). It is threaded to the application with In-Reply-To/References, but it is a bounce. All elements false, all facts null.",
    )


@mail("sv-soderakra-ny-version-av-ansokan")
def m4423():
    new = f"""Hej!

Efter styrelsemötet i går har vi gjort om hela ansökan. Den här versionen ersätter den vi skickade den 18 mars, så titta gärna bara på den här.

SÖKANDE
Söderåkra Bygdegårdsförening, org nr {ORG_SODERAKRA}. 59 medlemmar (vi har fått två nya sedan sist). Föreningen äger och driver bygdegården i Söderåkra sedan 1948.

KONTAKTPERSON
Birgitta Nord, sekreterare, 0486-213 07, birgitta.nord@example.org

AKTIVITET – "Söderåkra berättar"
Fem berättarkvällar i bygdegården 17 september, 8 oktober, 29 oktober, 19 november och 10 december 2026. Fyra kvällar berättar äldre söderåkrabor om fisket i Bergkvara, järnvägen, mejeriet och byskolan. Femte kvällen föreläser Kalmar läns museum om Torsås sockens historia. Eleverna i Söderåkra skolas årskurs 6 intervjuar berättarna, och allt samlas i ett häfte som delas ut till alla hushåll i byn. Syftet är att nyinflyttade och barnfamiljer ska lära känna byn och de äldre. Öppet för alla, kvinnor som män.

FÖRANKRING
Vi presenterade idén på bygdegårdens öppet hus den 29 mars, där ca 40 personer var med. 15 personer har anmält att de vill berätta. PRO Söderåkra ordnar fikat och Söderåkra skola är med genom intervjuerna.

BUDGET
Föreläsare Kalmar läns museum        3 000 kr
Hyra av ljudanläggning               2 500 kr
Annonser och affischer               2 000 kr
Fika fem kvällar                     3 000 kr
Tryck av häftet, 400 ex              4 300 kr
Summa                               14 800 kr

Vi söker alltså 14 800 kr. Hyra för vår egen bygdegård tar vi inte med.

Med vänliga hälsningar
Birgitta Nord
för styrelsen i Söderåkra Bygdegårdsförening
"""
    quoted = f"""
________________________________
Från: Idéslanten – Region Kalmar län <{BOT}>
Skickat: den 18 mars 2026 20:34
Till: bygdegarden.soderakra@example.org
Kopia: anna.karlberg@example.se
Ämne: Re: Ansökan idéslanten 2026 – Söderåkra berättar [Idéslanten {T_4417}]

{receipt_text(T_4417, ["contact", "anchoring"], 1)}
"""
    full = new + quoted
    hfull = (
        '<html><body><div style="font-family:Calibri">'
        + new.replace("&", "&amp;").replace("\n", "<br>\n")
        + "</div><hr>"
        + quoted.replace("<", "&lt;").replace(">", "&gt;").replace("\n", "<br>\n")
        + "</body></html>\n"
    )
    body = multi(
        "alternative",
        [
            text(full, charset="windows-1252", cte="quoted-printable"),
            text(hfull, "html", charset="windows-1252", cte="quoted-printable"),
        ],
        "_000_HE1PR0701MB2795_soderakra_",
    )
    hs = std_headers(
        addr("Söderåkra Bygdegårdsförening", "bygdegarden.soderakra@example.org", "windows-1252"),
        BOT,
        f"SV: Ansökan idéslanten 2026 – Söderåkra berättar [Idéslanten {T_4417}]",
        date(2026, 4, 7, 10, 22),
        "<HE1PR0701MB2795C4F1@HE1PR0701MB2795.example.org>",
        [
            ("In-Reply-To", receipt_mid(T_4417)),
            ("References", f"{MID_4417} {receipt_mid(T_4417)}"),
            ("Thread-Index", "AQHcsoderakraQ2w3"),
        ],
    )
    return message(hs, body), label(
        "followup",
        "sv",
        "11111",
        "Followup in the thread of 4417 (Outlook 'SV:', windows-1252 QP, multipart/alternative) that contains a whole new, complete application replacing the first one. Kind stays followup (reply in the same thread about the same application). New text gives all five elements: association with org.nr and 59 members; contact Birgitta Nord with phone and e-mail (the From is still the shared mailbox, but a named person with her own address is given); activity with five dates and the school interviews; anchoring (open house 29 March ~40 present, 15 storytellers signed up, PRO and the school take part); budget itemised to 14 800 kr. The quoted receipt below does not count.",
        association_name="Söderåkra Bygdegårdsförening",
        org_number=ORG_SODERAKRA,
        contact_name="Birgitta Nord",
        contact_email="birgitta.nord@example.org",
        contact_phone="0486-213 07",
        members=59,
        ort="Söderåkra",
        amount_sek=14800,
        women_and_men=True,
        salary_costs=False,
        physical_investment=False,
    )


@mail("studieforbundet-varprogram")
def m4424():
    html = """<!DOCTYPE html><html lang="sv"><head><meta charset="utf-8"><title>Vårens program</title></head>
<body style="margin:0;background:#f3f1ec">
<div style="max-width:620px;margin:auto;background:#fff;font-family:Georgia,serif">
<div style="background:#7a2e3b;color:#fff;padding:18px"><h1 style="margin:0">Studieförbundet Bygd &amp; Bildning</h1><p style="margin:0">Kalmar län · april 2026</p></div>
<div style="padding:18px">
<h2>Starta en cirkel i din by!</h2>
<p>Vill er förening lära sig något tillsammans – byggnadsvård, släktforskning, matlagning eller att söka pengar till bygden? Vi hjälper er att starta en studiecirkel och står för cirkelledarutbildning och material. Minst tre deltagare, inga förkunskaper krävs.</p>
<h2>Kurser i vår</h2>
<ul><li>Föreningsekonomi för kassörer – Nybro, 14 april</li><li>Ansök om bidrag – så skriver ni en budget – Vimmerby, 21 april</li><li>Mötesledning för ordförande – Mörbylånga, 5 maj</li></ul>
<p>Tips: Region Kalmar läns idéslanten kan betala lokalhyra och föreläsare när er by ordnar möten och studieresor.</p>
<p><a href="https://example.com/bygdbildning/kalmar/kurser">Se hela programmet</a></p>
</div>
<div style="padding:12px;font-size:11px;color:#666">Du får detta nyhetsbrev eftersom er förening samarbetar med oss.
<a href="https://example.com/bygdbildning/avsluta?e=ideslanten%40example.se">Avsluta prenumeration</a></div>
</div></body></html>
"""
    hs = std_headers(
        addr("Studieförbundet Bygd & Bildning", "nyhetsbrev@example.com"),
        BOT,
        "Vårens program – starta en cirkel i din by",
        date(2026, 4, 9, 8, 0),
        "<20260409060000.c7d1.bygdbildning@example.com>",
        [
            ("List-Id", "<kalmar.nyhetsbrev.example.com>"),
            (
                "List-Unsubscribe",
                "<https://example.com/bygdbildning/avsluta?e=ideslanten%40example.se>",
            ),
            ("Feedback-ID", "kalmar:nyhetsbrev:bb"),
        ],
    )
    return message(hs, text(html, "html", cte="base64")), label(
        "newsletter",
        "sv",
        "00000",
        "HTML-only newsletter (base64) from a fictional study association: List-Id and List-Unsubscribe but NO Precedence header. Talks about föreningar, byar, budgets and idéslanten, but is bulk mail. All elements false, facts null.",
    )


@mail("hej-ang-bygdepeng-alsterbro-mobil")
def m4425():
    body = """hej ang bygdepengen

vi e några i alsterbro som vill ha en kväll med en föreläsare från räddningstjänsten om skogsbränder och hur man förbereder sig om strömmen går eller det brinner, vi bor ju mitt i skogen här och efter sommaren 2025 e många oroliga. lördag 9 maj kl 18 i alsterbro bygdegård, öppet för alla i byn karlar som kvinnor

föreläsare 3500
hyra bygdegården 800
fika 600
=4900kr

cc:ar Per på regionen som jag prata med på mässan

mvh Jimmy Karlsson
070-391 62 08

Skickat från min Galaxy
"""
    hs = std_headers(
        addr("Jimmy Karlsson", "jimmy.karlsson82@example.com"),
        BOT,
        "hej ang bygdepeng",
        date(2026, 4, 14, 22, 47),
        "<0f3e2a1b-mob-alsterbro-4425@example.com>",
        [("Cc", "per.lundin@example.se")],
    )
    return message(hs, text(body)), label(
        "application",
        "sv",
        "01101",
        "Short mobile mail, all lower case, dialect ('vi e', 'karlar som kvinnor'). Activity concrete (lecture by the rescue service on forest fires and preparedness, date/time/venue, why it matters here); budget three items with a sum (4 900 kr); contact Jimmy Karlsson with phone from his own address. Association false: 'vi e några i alsterbro' has no name. Anchoring false: 'många e oroliga' is a described need, no meeting, survey or partners. women_and_men true ('karlar som kvinnor'). Lecturer fee is not salary.",
        contact_name="Jimmy Karlsson",
        contact_email="jimmy.karlsson82@example.com",
        contact_phone="070-391 62 08",
        ort="Alsterbro",
        amount_sek=4900,
        women_and_men=True,
        salary_costs=False,
        physical_investment=False,
    )


@mail("automatiskt-svar-semester-kollega")
def m4426():
    body = f"""Hej!

Jag har semester och är tillbaka måndag 4 maj. Din e-post läses inte under tiden och vidarebefordras inte.

Gäller det idéslanten eller bygdepeng? Skriv till {OFFICER} så hjälper landsbygdsutvecklaren dig.

Vänliga hälsningar
Per Lundin
Samhällsplanerare, Regional utveckling
Region Kalmar län
"""
    hs = std_headers(
        addr("Per Lundin", "per.lundin@example.se"),
        BOT,
        "Automatiskt svar: Re: hej ang bygdepeng [Idéslanten 2026-0021]",
        date(2026, 4, 14, 22, 48, 9),
        "<AM6PR09MB2210F1@AM6PR09MB2210.example.se>",
        [
            ("Auto-Submitted", "auto-replied"),
            ("X-Autoreply", "yes"),
            ("Precedence", "auto_reply"),
            ("X-Auto-Response-Suppress", "All"),
        ],
    )
    return message(hs, text(body, charset="iso-8859-1", cte="quoted-printable")), label(
        "autoreply",
        "sv",
        "00000",
        "Swedish vacation auto-reply ('Automatiskt svar', semester) from the officer's colleague who was on Cc of 4425, answering the bot's receipt. Has Auto-Submitted, X-Autoreply and Precedence: auto_reply but NO In-Reply-To/References, and does not quote the original. It mentions idéslanten and bygdepeng; still an autoreply. iso-8859-1 QP. All elements false, facts null.",
    )


ORG_GAMLEBY = luhn_org("802462-785")


@mail("spela-i-gamleby-musikforening")
def m4427():
    body = f"""Hej!

Gamleby Musikförening söker bidrag ur idéslanten för "Spela i Gamleby" hösten 2026.

Föreningen bildades 1978, har org.nr {ORG_GAMLEBY} och 52 medlemmar i alla åldrar. Vi har en blåsorkester och ett husband som spelar på Gamlebyviken-dagarna.

Vad vi vill göra: en öppen musikverkstad sex lördagar 3 okt–7 nov i Gamleby Folkets hus, kl 10–13. Två musikpedagoger från Västerviks kulturskola leder, instrument lånar vi av kulturskolan. Vem som helst i byn kan komma och prova på – unga som gamla, tjejer och killar, kvinnor och män. Sista lördagen blir det gemensam konsert på torget. Vi vill skapa en ny mötesplats i centrum av Gamleby och få fler att börja spela i byns orkestrar.

Samarbete: Gamleby Hembygdsförening lånar ut scenen på torget, Gamleby IF och PRO Tjust sprider inbjudan, och 30 ungdomar har redan skrivit upp sig via Gamleby skola.

Budgeten ligger i bifogad Excel-fil. Vi söker 14 400 kr.

Mvh musikföreningen
"""
    xlsx = make_xlsx(
        [
            ["Spela i Gamleby – budget", None, None],
            ["Kostnad", "Antal", "Kronor"],
            ["Arvode musikpedagoger (faktura från kulturskolan)", "6 lördagar", 9000],
            ["Hyra Folkets hus", "6 x 400 kr", 2400],
            ["Hyra ljudanläggning konsert", "1", 1500],
            ["Affischer och annonser", "", 600],
            ["Fika", "", 900],
            ["Summa", "", 14400],
        ]
    )
    parts = multi(
        "mixed",
        [
            text(body, charset="windows-1252", cte="quoted-printable"),
            attachment(
                xlsx,
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                "budget spela i gamleby.xlsx",
            ),
        ],
        "=_NextPart_gamleby_2026_0421",
    )
    hs = std_headers(
        addr("Kristoffer Ahl", "gamleby.musik@example.com"),
        BOT,
        "Bidrag idéslanten – Spela i Gamleby",
        date(2026, 4, 21, 18, 3),
        "<000601dcb19b$gamleby$musik@example.com>",
    )
    return message(hs, parts), label(
        "application",
        "sv",
        "10111",
        "Application with windows-1252 QP body and the budget in an attached .xlsx (five items, total 14 400 kr = applied amount). Association named with year, org.nr and 52 members; activity concrete (six Saturdays open music workshop, concert, meeting place); anchoring concrete (three local associations, 30 young people signed up via the school). Contact false: the mail is signed only 'Mvh musikföreningen' from the association's mailbox; the name Kristoffer Ahl appears only in the From header. Teachers' fee invoiced by the culture school is not salary; borrowing/renting instruments and sound is not an investment.",
        association_name="Gamleby Musikförening",
        org_number=ORG_GAMLEBY,
        members=52,
        ort="Gamleby",
        amount_sek=14400,
        women_and_men=True,
        salary_costs=False,
        physical_investment=False,
    )


MID_4428 = "<4428.timmernabben.byalag.1777@example.se>"


@mail("racker-det-om-timmernabben")
def m4428():
    body = """Hej!

Vi i Timmernabbens Byalag (ca 120 medlemmar) håller på att skriva en ansökan om idéslanten till en kulturvandring längs kusten med en inhyrd guide i augusti, och en visning av gamla filmer från varvet i Folkets hus efteråt. Men innan vi skickar den vill vi veta två saker:

- Räcker det om vi bifogar protokollet från årsmötet som förankring, eller måste vi ha gjort en enkät också?
- Räcker det med en ungefärlig budget, typ "guide, lokal och annonser ca 8 000 kr", eller måste varje post ha ett belopp?

Vi vill inte skicka in något halvfärdigt.

Hälsningar
Lars-Åke Nyman
Timmernabbens Byalag
0499-230 61
"""
    hs = std_headers(
        addr("Lars-Åke Nyman", "lars-ake.nyman@example.se", "iso-8859-1"),
        BOT,
        "Räcker det om vi bifogar protokollet?",
        date(2026, 4, 27, 9, 34),
        MID_4428,
    )
    return message(hs, text(body, charset="iso-8859-1", cte="8bit")), label(
        "question",
        "sv",
        "00000",
        "Question in iso-8859-1 8bit: a village association is writing an application but asks first 'Räcker det om…' (is the annual-meeting minutes enough as anchoring? is a rough budget enough?). It even contains a budget-like phrase ('guide, lokal och annonser ca 8 000 kr') as an example of what they might send – a question about the rules, not an application. All elements false. Stated facts: association, ~120 members, Timmernabben, signer with phone; amount null (hypothetical example figure).",
        association_name="Timmernabbens Byalag",
        contact_name="Lars-Åke Nyman",
        contact_email="lars-ake.nyman@example.se",
        contact_phone="0499-230 61",
        members=120,
        ort="Timmernabben",
    )


@mail("bidragskonsult-erbjudande")
def m4429():
    plain = """Hej!

Visste ni att svenska föreningar varje år missar över 2 miljarder kronor i bidrag de har rätt till?

Vi på Bidragsexperterna Norden hjälper föreningar, byalag och bygdegårdar att hitta och söka rätt stöd – från Leader och Boverket till regionala småbidrag som bygdepeng. Vi skriver hela ansökan åt er, inklusive budget och förankringstext.

ERBJUDANDE I APRIL: Bidragsanalys för 2 995 kr (ord. pris 4 995 kr) + 12 % av beviljat belopp.

Boka ett kostnadsfritt samtal: https://example.net/bidragsexperterna/boka

Med vänliga hälsningar
Kevin Strand
Senior bidragsrådgivare, Bidragsexperterna Norden AB
08-123 456 00

Vill du inte ha fler erbjudanden? Svara STOPP.
"""
    html = (
        '<html><body style="font-family:Helvetica">'
        + plain.replace("&", "&amp;").replace("\n\n", "</p><p>").replace("\n", "<br>")
        + "</body></html>\n"
    )
    html = html.replace(
        '<body style="font-family:Helvetica">', '<body style="font-family:Helvetica"><p>', 1
    )
    body = multi(
        "alternative",
        [text(plain, cte="quoted-printable"), text(html, "html", cte="quoted-printable")],
        "--_com.example.mailer_7731_alt",
    )
    hs = std_headers(
        addr("Kevin Strand – Bidragsexperterna", "kevin.strand@example.net"),
        BOT,
        "Missar er förening bidrag? Vi skriver ansökan åt er",
        date(2026, 4, 29, 10, 15),
        "<bidragsexp.20260429.7731@example.net>",
    )
    return message(hs, body), label(
        "spam",
        "sv",
        "00000",
        "Unsolicited sales mail from a grant consultancy (no list headers, addressed personally, multipart/alternative). It talks about bidrag, byalag, bygdepeng, budget and förankring and contains a price – but it sells a service and applies for nothing: spam. All elements false, all facts null.",
    )


MID_4430 = "<5d3f.degerhamn.4430@example.com>"
T_4430 = "2026-0024"


@mail("hamnkvall-degerhamn")
def m4430():
    body = """Hej!

Ja skriver fra Degerhamns Bya- å Hamnförening, vi ä 34 medlemmar å har hållt på sen 2002 me hamnen å midsommarstången.

Vi vill ha en hamnkväll lördan den 15 augusti i gamla hamnmagasinet. Spelemän fra Mörbylånga spelar å så kommer en som berättar om kalkbrottet å cementfabriken, hur de va här förr när fabriken gick. Tanken e att vi som bor här nere på södra udden året runt å sommarfolket ska lära känna varann, de blir ju mer å mer tomt här på vintern. Alla ä välkomna karlar å kvinnfolk, unga å gamla.

Alla här nere tycker de ä en bra ide.

Pengar: vi behöver väl runt 10 tusen, ja har inte räknat på de riktit än.

Ring mej om de ä nåt
Berit Ljung
0485-661 20
"""
    hs = std_headers(
        addr("Berit Ljung", "berit.ljung@example.com"),
        BOT,
        "hamnkväll i Degerhamn",
        date(2026, 5, 4, 14, 1),
        MID_4430,
    )
    return message(hs, text(body)), label(
        "application",
        "sv",
        "11100",
        "Application in Öland dialect spelling ('ja', 'ä', 'å', 'fra', 'riktit'). Association: Degerhamns Bya- å Hamnförening, 34 members, since 2002. Contact: Berit Ljung signs with phone from her own address. Activity concrete (harbour evening 15 August in the old harbour warehouse, folk musicians, a talk on the limestone quarry; residents and summer people get to know each other). Anchoring false: 'Alla här nere tycker de ä en bra ide' is an empty claim. Budget false: only 'runt 10 tusen… inte räknat' – a single rough figure, so amount_sek 10000. women_and_men true ('karlar å kvinnfolk'). Musicians' and speaker's fees are not salary.",
        association_name="Degerhamns Bya- å Hamnförening",
        contact_name="Berit Ljung",
        contact_email="berit.ljung@example.com",
        contact_phone="0485-661 20",
        members=34,
        ort="Degerhamn",
        amount_sek=10000,
        women_and_men=True,
        salary_costs=False,
        physical_investment=False,
    )


@mail("sv-degerhamn-budget-csv")
def m4431():
    rec = receipt_text(T_4430, ["anchoring", "budget"])
    body = f"""Här ä budgeten som ni ville ha, min dotter har gjort den i datorn.

mvh B

Den 2026-05-04 kl. 14:02, skrev {BOT_NAME}:
{quote(rec)}
"""
    csv = "Post;Kronor\r\nSpelemän arvode;4000\r\nBerättare kalkbrottet arvode;2500\r\nHyra hamnmagasinet;1500\r\nAnnonser Ölandsbladet;800\r\nFika;1200\r\nSumma;10000\r\n"
    parts = multi(
        "mixed",
        [
            text(body),
            attachment(csv.encode("utf-8"), "text/csv; charset=utf-8", "budget_hamnkvall.csv"),
        ],
        "------------Bh2kQ0lZ3WmY8rT4vN6pC1xE",
    )
    hs = std_headers(
        addr("Berit Ljung", "berit.ljung@example.com"),
        BOT,
        f"Re: hamnkväll i Degerhamn [Idéslanten {T_4430}]",
        date(2026, 5, 11, 19, 40),
        "<8c1d2e3f.degerhamn.4431@example.com>",
        [
            ("In-Reply-To", receipt_mid(T_4430)),
            ("References", f"{MID_4430} {receipt_mid(T_4430)}"),
            ("User-Agent", "Mozilla Thunderbird"),
        ],
    )
    return message(hs, parts), label(
        "followup",
        "sv",
        "00001",
        "Followup to 4430 (Thunderbird 'Den … skrev' with '>' quoting) that adds only a budget as a .csv attachment (semicolon-separated, CRLF inside the base64 attachment, five items, Summa 10 000). Anchoring is still missing. Contact false: signed only 'mvh B' (an initial, no phone) – the full name is only in the From header. The quoted receipt lists anchoring/budget as missing and must not count. amount_sek 10000 from the new budget; ort from the thread subject.",
        ort="Degerhamn",
        amount_sek=10000,
        salary_costs=False,
        physical_investment=False,
    )


ORG_KASTLOSA = luhn_org("802533-946")
MID_4432 = "<b7e4c2a0-kastlosa-4432@example.net>"
T_4432 = "2026-0026"


@mail("application-kastlosa-alvar-walks")
def m4432():
    body = f"""Dear idéslanten team,

Kastlösa Byförening (Kastlösa Village Society), org. no. {ORG_KASTLOSA}, applies for SEK 11,200 from regional bygdepeng – idéslanten.

About us: a non-profit village society founded in 1991 with 48 members, both permanent residents and summer people. We run the village notice board, the Christmas market and the maypole.

What we will do: three guided walks on Stora Alvaret (23 May, 6 June, 20 June 2026) led by a local biologist, and an evening talk in Kastlösa bygdegård on 27 May about the World Heritage landscape. The walks are also training: eight local volunteers will walk along and learn enough to guide visitors themselves from next summer, which gives the village something to offer tourists and a reason to meet. Open to everyone in Kastlösa, women and men, residents and summer guests.

Local support: the plan was adopted at our annual meeting on 14 March (26 members present). Kastlösa hembygdsförening lends us old photographs for the evening talk, the parish lets us use the church meadow as the starting point, and the eight volunteers have already signed up.

The budget is in the attached text file.

Contact: Eva de Vries, chair, +46 73 620 11 84, eva.devries@example.net

Kind regards,
Eva de Vries
"""
    budget = """BUDGET - Kastlosa Byforening - alvar walks 2026

Biologist, fee for 3 guided walks (3 x 2 000)    6 000 SEK
Evening talk, speaker fee                         2 500 SEK
Hall rental Kastlosa bygdegard                      900 SEK
Printing of walk maps                             1 200 SEK
Coffee                                              600 SEK
-------------------------------------------------------
TOTAL                                            11 200 SEK
"""
    parts = multi(
        "mixed",
        [
            text(body, cte="quoted-printable"),
            attachment(
                budget.encode("ascii"), "text/plain; charset=us-ascii", "budget.txt", cte="7bit"
            ),
        ],
        "=-kastlosa-4432-mixed",
    )
    hs = std_headers(
        addr("Eva de Vries", "eva.devries@example.net"),
        BOT_ADDR,
        "Application: guided alvar walks in Kastlösa",
        date(2026, 5, 18, 6, 40),
        MID_4432,
    )
    return message(hs, parts), label(
        "application",
        "en",
        "11111",
        "Complete English application with the budget in a plain .txt attachment (7bit, five items, total 11 200 SEK = applied amount). Association with org.nr, 1991, 48 members; contact Eva de Vries with phone and e-mail; activity concrete (three dated guided walks + an evening talk; trains eight volunteer guides); anchoring concrete (annual meeting 14 March with 26 present, heritage society and parish help, volunteers signed up). Fees to a biologist and a speaker are not salary. The applicant's out-of-office answers the receipt in 4433.",
        association_name="Kastlösa Byförening",
        org_number=ORG_KASTLOSA,
        contact_name="Eva de Vries",
        contact_email="eva.devries@example.net",
        contact_phone="+46 73 620 11 84",
        members=48,
        ort="Kastlösa",
        amount_sek=11200,
        women_and_men=True,
        salary_costs=False,
        physical_investment=False,
    )


@mail("out-of-office-kastlosa-quoting")
def m4433():
    rec = receipt_text(T_4432, [])
    body = f"""I'm away hiking in the Alps until 8 June with no access to e-mail. Your message will not be forwarded.
For anything urgent about Kastlösa Byförening, please contact our secretary Lennart Öhman, 0485-420 33.

Eva de Vries

-----Original Message-----
From: {BOT_NAME} <{BOT}>
Sent: Monday, May 18, 2026 6:41 AM
To: eva.devries@example.net
Subject: Re: Application: guided alvar walks in Kastlösa [Idéslanten {T_4432}]

{rec}
"""
    hs = std_headers(
        addr("Eva de Vries", "eva.devries@example.net"),
        BOT,
        f"Out of Office: Re: Application: guided alvar walks in Kastlösa [Idéslanten {T_4432}]",
        date(2026, 5, 18, 6, 41, 30),
        "<ooo.b7e4c2a0.4433@example.net>",
        [("In-Reply-To", receipt_mid(T_4432)), ("References", f"{MID_4432} {receipt_mid(T_4432)}")],
    )
    return message(hs, text(body, cte="quoted-printable")), label(
        "autoreply",
        "en",
        "00000",
        "English out-of-office reply from the applicant of 4432, WITHOUT any automation header, threaded to the application and receipt and quoting the whole receipt under '-----Original Message-----'. It names a substitute contact with phone and the association, which must not make it a followup. All elements false, facts null.",
    )


@mail("mail-delivery-failed-exim-timmernabben")
def m4434():
    orig_subject = "Re: Räcker det om vi bifogar protokollet?"
    notice = """This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  lars-ake.nyman@example.se
    host mx2.example.se [198.51.100.14]
    SMTP error from remote mail server after RCPT TO:<lars-ake.nyman@example.se>:
    552 5.2.2 Mailbox full: quota exceeded
"""
    status = """Reporting-MTA: dns; out3.example.se

Action: failed
Final-Recipient: rfc822;lars-ake.nyman@example.se
Status: 5.2.2
Remote-MTA: dns; mx2.example.se
Diagnostic-Code: smtp; 552 5.2.2 Mailbox full: quota exceeded
"""
    answer = """Hej Lars-Åke!

Protokollet räcker bra som förankring om det framgår att årsmötet ställde sig bakom idén. En budget ska ha belopp för varje post, men det får vara ungefärliga belopp.

Vänliga hälsningar
Landsbygdsutvecklaren, Region Kalmar län
"""
    orig = message(
        std_headers(
            BOT_ADDR,
            "lars-ake.nyman@example.se",
            orig_subject,
            date(2026, 5, 20, 8, 15),
            "<svar.4428.0520@example.se>",
            [("In-Reply-To", MID_4428), ("References", MID_4428)],
        ),
        text(answer, cte="quoted-printable"),
    )
    body = multi(
        "report",
        [
            text(notice, charset="us-ascii", cte="7bit"),
            Part([("Content-Type", "message/delivery-status")], status.encode()),
            Part([("Content-Type", "message/rfc822")], orig),
        ],
        "1779257724-eximdsn-1804289383",
        extra="; report-type=delivery-status",
    )
    hs = [
        ("Return-path", "<>"),
        ("X-Failed-Recipients", "lars-ake.nyman@example.se"),
        ("Auto-Submitted", "auto-replied"),
        ("From", "Mail Delivery System <Mailer-Daemon@example.se>"),
        ("To", BOT),
        ("References", f"{MID_4428} <svar.4428.0520@example.se>"),
        ("Content-Transfer-Encoding", "7bit"),
        ("Subject", "Mail delivery failed: returning message to sender"),
        ("Message-Id", "<E1wQxYz-0007Ab-Kq@out3.example.se>"),
        ("Date", date(2026, 5, 20, 8, 15, 24)),
    ]
    return message(hs, body), label(
        "bounce",
        "en",
        "00000",
        "Exim-style bounce ('Mail delivery failed: returning message to sender', Mailer-Daemon, X-Failed-Recipients, Auto-Submitted) as multipart/report with the full returned message: the officer's answer to the question in 4428 (sent from the bot address) could not be delivered, 552 mailbox full. The returned message contains Swedish advice about förankring and budget and References names the question's Message-ID; still a bounce. All elements false, facts null.",
    )


@mail("vimmerby-kommun-foreningsnytt-juni")
def m4435():
    plain = """FÖRENINGSNYTT FRÅN VIMMERBY KOMMUN – juni 2026

Sök föreningsbidrag för hösten
Senast 15 september ska ansökan om aktivitetsstöd och lokalbidrag vara inne.
Blanketten finns i kommunens e-tjänst.

Landsbygdsträff i Södra Vi
Välkommen till kommunens landsbygdsträff den 27 augusti kl 18.30 i Södra Vi
bygdegård. Vi berättar om översiktsplanen, bredbandsutbyggnaden och vilka
bidrag byarna kan söka – kommunens egna, Leader och Region Kalmar läns
idéslanten.

Trygghetsvandringar
Vill er by göra en trygghetsvandring i höst? Kontakta kommunens folkhälsosamordnare.

Trevlig sommar!
Kultur- och fritidsförvaltningen, Vimmerby kommun

Du får detta nyhetsbrev eftersom din förening finns i kommunens föreningsregister.
Avregistrera: https://example.se/vimmerby/nyhetsbrev/avregistrera
"""
    html = """<html><body style="font-family:Arial;font-size:14px">
<h2 style="color:#005a9c">Föreningsnytt från Vimmerby kommun – juni 2026</h2>
<h3>Sök föreningsbidrag för hösten</h3><p>Senast 15 september ska ansökan om aktivitetsstöd och lokalbidrag vara inne. Blanketten finns i kommunens e-tjänst.</p>
<h3>Landsbygdsträff i Södra Vi</h3><p>Välkommen till kommunens landsbygdsträff den 27 augusti kl 18.30 i Södra Vi bygdegård. Vi berättar om översiktsplanen, bredbandsutbyggnaden och vilka bidrag byarna kan söka – kommunens egna, Leader och Region Kalmar läns idéslanten.</p>
<h3>Trygghetsvandringar</h3><p>Vill er by göra en trygghetsvandring i höst? Kontakta kommunens folkhälsosamordnare.</p>
<p>Trevlig sommar!<br>Kultur- och fritidsförvaltningen, Vimmerby kommun</p>
<p style="font-size:11px">Du får detta nyhetsbrev eftersom din förening finns i kommunens föreningsregister. <a href="https://example.se/vimmerby/nyhetsbrev/avregistrera">Avregistrera</a></p>
</body></html>
"""
    body = multi(
        "alternative",
        [
            text(plain, charset="windows-1252", cte="quoted-printable"),
            text(html, "html", charset="windows-1252", cte="quoted-printable"),
        ],
        "----=_Part_18842_1290344112.1780903200000",
    )
    hs = std_headers(
        addr("Vimmerby kommun", "foreningsnytt@example.se"),
        BOT,
        "Föreningsnytt juni 2026",
        date(2026, 6, 8, 9, 0),
        "<1780903200000.18842.foreningsnytt@example.se>",
        [
            ("Precedence", "list"),
            (
                "List-Unsubscribe",
                "<https://example.se/vimmerby/nyhetsbrev/avregistrera>, <mailto:foreningsnytt-unsubscribe@example.se>",
            ),
            ("List-Id", "Foreningsnytt Vimmerby kommun <foreningsnytt.example.se>"),
        ],
    )
    return message(hs, body), label(
        "newsletter",
        "sv",
        "00000",
        "Municipal newsletter (Vimmerby kommun's 'Föreningsnytt'), multipart/alternative in windows-1252 QP, with List-Id, List-Unsubscribe and Precedence: list (not bulk). Sender on the same example.se domain as the region, talks about applying for grants and idéslanten. Newsletter, all elements false, facts null.",
    )


MID_4436 = "<CAJm3x-lonneberga-affisch@example.com>"
T_4436 = "2026-0031"


@mail("lonneberga-se-affischen")
def m4436():
    body = """Hej!

Vi söker 6 000 kr för det som står på affischen, se bifogad bild.

Vi har pratat med Lönneberga hembygdsförening och Lönneberga IF som ska hjälpa till med parkering och servering, och på vårt öppna möte i bystugan den 20 maj var 35 personer och alla var positiva.

Budget
Hyra av scen och ljud 2 500 kr
Musiker, arvode 2 500 kr
Annonsering 1 000 kr
Summa 6 000 kr

Hälsningar
Maria Eklund
070-844 19 56
"""
    png = make_png(60, 84, seed=7)
    parts = multi(
        "mixed",
        [text(body), attachment(png, "image/png", "affisch_lonneberga.png")],
        "000000000000c3d4e5f60718293a4b",
    )
    hs = std_headers(
        addr("Maria Eklund", "maria.eklund@example.com"),
        BOT,
        "Ansökan Lönneberga",
        date(2026, 6, 15, 20, 5),
        MID_4436,
    )
    return message(hs, parts), label(
        "application",
        "sv",
        "01011",
        "Application whose activity is only 'det som står på affischen' – an attached PNG image the bot cannot read (and the image holds no text anyway), so activity false. Association false: only 'vi', no name. Contact true: Maria Eklund with phone from her own address. Anchoring true (two local associations help, open meeting 20 May with 35 present). Budget true (three items, 6 000 kr). Renting stage and sound is not an investment; musicians' fee not salary.",
        contact_name="Maria Eklund",
        contact_email="maria.eklund@example.com",
        contact_phone="070-844 19 56",
        ort="Lönneberga",
        amount_sek=6000,
        salary_costs=False,
        physical_investment=False,
    )


@mail("sv-lonneberga-syns-inte-affischen")
def m4437():
    rec = receipt_text(T_4436, ["association", "activity"], 1)
    body = f"""Hej igen

Ni skriver att aktiviteten saknas – syns inte affischen? Jag bifogade den som bild. Och att uppgifter om föreningen saknas, räcker det att vi finns i kommunens föreningsregister eller ska jag skicka stadgar?

Jag skriver i alla fall här också så det blir rätt:

Vi är Lönneberga Byråd, en ideell förening som bildades 2011 och har 64 medlemmar. Byrådet samlar byns föreningar och företagare och håller kontakten med Hultsfreds kommun.

Aktiviteten är "Lönnebergakvällen" lördag 22 augusti kl 17–22 på ängen vid bystugan: lokala musiker spelar, och i ett tält presenterar byrådet tre förslag för hur den gamla stationsbyggnaden kan användas (café, föreningslokal eller turistinfo) och alla får rösta och skriva egna idéer. Resultatet tar vi med till kommunen i september. Kvällen är för alla i Lönneberga med omnejd, kvinnor och män, barnfamiljer och pensionärer.

Maria Eklund
070-844 19 56

{quote(rec)}
"""
    hs = std_headers(
        addr("Maria Eklund", "maria.eklund@example.com"),
        BOT,
        f"Re: Ansökan Lönneberga [Idéslanten {T_4436}]",
        date(2026, 8, 10, 8, 12),
        "<CAJm3x-lonneberga-svar2@example.com>",
        [("In-Reply-To", receipt_mid(T_4436)), ("References", f"{MID_4436} {receipt_mid(T_4436)}")],
    )
    return message(hs, text(body, cte="quoted-printable")), label(
        "followup",
        "sv",
        "11100",
        "Followup to 4436 that both asks back about the receipt ('syns inte affischen?', is the municipal register enough?) and supplies what was missing: association (Lönneberga Byråd, 2011, 64 members, what it does) and a concrete activity (Lönnebergakvällen 22 August, musicians, vote on three proposals for the old station building, results to the municipality). Contact true: Maria Eklund with phone from her own address. No anchoring or budget in the new text (those were in 4436). Receipt quoted at the bottom with '>' must not count. Kind followup despite the questions.",
        association_name="Lönneberga Byråd",
        contact_name="Maria Eklund",
        contact_email="maria.eklund@example.com",
        contact_phone="070-844 19 56",
        members=64,
        ort="Lönneberga",
        women_and_men=True,
        salary_costs=False,
        physical_investment=False,
    )


@mail("congratulations-prize-winner")
def m4438():
    html = """<html><body style="font-family:Arial;text-align:center">
<h1 style="color:#d4a017">CONGRATULATIONS!!!</h1>
<p>Your e-mail address <b>ideslanten@example.se</b> has been selected in the <b>Nordic Community Lottery 2026</b>.</p>
<p>You have won <b>EUR 250,000.00</b> (two hundred and fifty thousand euro) to support your community projects.</p>
<p>To claim your prize, reply with your full name, address, telephone number and a copy of your ID to our claims agent Mr. Robert Hansen: <a href="mailto:claims.agent@example.com">claims.agent@example.com</a></p>
<p>Reference number: NCL/2026/0817/SE-442. A processing fee of EUR 95 applies.</p>
<p style="font-size:10px">This notification is confidential. Do not share it to avoid double claims.</p>
</body></html>
"""
    hs = std_headers(
        addr("Nordic Community Lottery", "winners@example.com"),
        "undisclosed-recipients:;",
        "You have WON! Claim your EUR 250,000 community prize",
        date(2026, 8, 17, 2, 33, tz=0),
        "<20260817023311.prize.442@example.com>",
        [("Bcc", ""), ("Reply-To", "claims.agent@example.com")],
    )
    hs = [h for h in hs if h[0] != "Bcc"]
    return message(hs, text(html, "html", charset="iso-8859-1", cte="7bit")), label(
        "spam",
        "en",
        "00000",
        "Classic lottery/prize scam in English, HTML-only, To 'undisclosed-recipients:;', Reply-To to a 'claims agent', asks for personal data and a processing fee. Mentions 'community projects' but is plainly spam. All elements false, facts null.",
    )


@mail("fraga-om-taket-berga")
def m4439():
    body = """Hej,

en fråga om taket på 15 000 kr per ort.

Berga Bygdegårdsförening fick 8 000 kr från idéslanten i våras till vårt bymöte om skolan. Nu vill vi i Berga Hembygdsförening (vi är 41 medlemmar, en annan förening än bygdegårdsföreningen) ordna en höstvandring till de gamla torpen i Bergaskogen med en inhyrd guide och en kväll med bildvisning i oktober. Det skulle kosta ungefär 6 500 kr.

Räknas det som samma ort, så att vi bara kan få 7 000 kr i år? Eller gäller taket per förening? Och om vi söker, ska vi vänta till januari?

Vi har inte skickat in någon ansökan än, vill veta först.

Med vänlig hälsning
Sven-Olof Karlsson
ordförande, Berga Hembygdsförening
tel 0491-520 88
"""
    hs = std_headers(
        addr("Sven-Olof Karlsson", "svenolof.karlsson@example.net"),
        BOT,
        "Fråga om taket 15 000 kr per ort",
        date(2026, 8, 24, 15, 50),
        "<20260824155012.berga.2291@example.net>",
    )
    return message(hs, text(body, charset="iso-8859-1", cte="quoted-printable")), label(
        "question",
        "sv",
        "00000",
        "Question about the per-locality cap: another association in Berga (Högsby municipality) got 8 000 kr this spring; may the heritage society still apply, and for how much? The mail sketches an activity and a cost (ca 6 500 kr) but says 'Vi har inte skickat in någon ansökan än, vill veta först'. All elements false. Stated facts: association, 41 members, Berga, signer with phone. amount_sek null: 6 500 is a cost estimate and 8 000 / 7 000 / 15 000 are amounts discussed, nothing is applied for. iso-8859-1 QP.",
        association_name="Berga Hembygdsförening",
        contact_name="Sven-Olof Karlsson",
        contact_email="svenolof.karlsson@example.net",
        contact_phone="0491-520 88",
        members=41,
        ort="Berga",
    )


ORG_STOREBRO = luhn_org("802490-562")


@mail("ansokan-sprakcafe-storebro")
def m4440():
    plain = f"""Hej!

Storebro Bruks Intresseförening ansöker om 12 600 kr ur regional bygdepeng, idéslanten.

Föreningen: ideell förening i Storebro, org.nr {ORG_STOREBRO}, 71 medlemmar. Vi driver bruksmuseet på somrarna och ordnar Storebrodagen.

Aktivitet: Ett språk- och välkomstcafé i Storebro bygdegård varannan torsdag kväll från 1 oktober till 10 december 2026 (sex träffar). Nyinflyttade (många har kommit hit för jobben på båtvarvet) får träffa gamla storebrobor, öva svenska och lära sig om byn, föreningarna och naturen. Två av kvällarna kommer en inbjuden föreläsare och berättar om brukets historia och om allemansrätten. Målet är att fler nyinflyttade stannar kvar och blir aktiva i byns föreningar. Caféet är för alla, kvinnor och män.

Förankring: Idén kom fram på bymötet i maj där 33 personer var med. Storebro IF, Svenska kyrkan i Södra Vi-Storebro och SFI i Vimmerby är med och bjuder in, och tolv storebrobor har lovat att vara värdar.

Budget:
- Hyra Storebro bygdegård, 6 kvällar à 600 kr: 3 600 kr
- Föreläsare, 2 kvällar à 2 500 kr: 5 000 kr
- Fika och enkel mat: 2 400 kr
- Inbjudningar på flera språk, tryck: 1 000 kr
- Studiematerial: 600 kr
Summa: 12 600 kr

Kontaktperson: Amira Haddad, sekreterare, 072-305 77 41, amira.haddad@example.org

Vänliga hälsningar
Amira Haddad
Storebro Bruks Intresseförening
"""
    rows = "".join(
        f'<tr><td>{a}</td><td align="right">{b}</td></tr>'
        for a, b in [
            ("Hyra Storebro bygdegård, 6 kvällar à 600 kr", "3 600 kr"),
            ("Föreläsare, 2 kvällar à 2 500 kr", "5 000 kr"),
            ("Fika och enkel mat", "2 400 kr"),
            ("Inbjudningar på flera språk, tryck", "1 000 kr"),
            ("Studiematerial", "600 kr"),
            ("<b>Summa</b>", "<b>12 600 kr</b>"),
        ]
    )
    intro, rest = plain.split("Budget:\n", 1)
    after = rest.split("Summa: 12 600 kr\n", 1)[1]
    html = (
        '<html><body><div style="font-family:Verdana;font-size:13px">'
        + intro.replace("\n\n", "</p><p>").replace("\n", "<br>")
        + '</p><p><b>Budget:</b></p><table border="1" cellspacing="0" cellpadding="3">'
        + rows
        + "</table><p>"
        + after.strip().replace("\n\n", "</p><p>").replace("\n", "<br>")
        + "</p></div></body></html>\n"
    )
    html = html.replace(
        '<div style="font-family:Verdana;font-size:13px">',
        '<div style="font-family:Verdana;font-size:13px"><p>',
        1,
    )
    body = multi(
        "alternative",
        [
            text(plain, charset="iso-8859-1", cte="quoted-printable"),
            text(html, "html", charset="iso-8859-1", cte="quoted-printable"),
        ],
        "=_storebro_4440_alt_b2c9",
    )
    hs = [
        ("From", addr("Amira Haddad", "amira.haddad@example.org")),
        ("To", BOT_ADDR),
        ("Subject", ew("Ansökan: Språkcafé i Storebro", "iso-8859-1", "b")),
        ("Date", date(2026, 9, 15, 21, 26)),
        ("Message-ID", "<e2a7f4c1-4440-storebro@example.org>"),
    ]
    return message(hs, body), label(
        "application",
        "sv",
        "11111",
        "Complete application in multipart/alternative (iso-8859-1 QP; the HTML part has the budget as a table) with a B-encoded iso-8859-1 subject and the bot's display name encoded in To. Association with org.nr and 71 members; contact Amira Haddad with phone and e-mail; activity concrete (six dated café evenings for newcomers, two lectures, aim: newcomers stay and join associations); anchoring concrete (village meeting in May with 33 present, three local partners, twelve volunteer hosts); budget five items, 12 600 kr. Lecture fees not salary, no investment.",
        association_name="Storebro Bruks Intresseförening",
        org_number=ORG_STOREBRO,
        contact_name="Amira Haddad",
        contact_email="amira.haddad@example.org",
        contact_phone="072-305 77 41",
        members=71,
        ort="Storebro",
        amount_sek=12600,
        women_and_men=True,
        salary_costs=False,
        physical_investment=False,
    )


# --- END OF MAILS ---

# =========================================================================== check and main

ADDR_RE = re.compile(r"[A-Za-z0-9._%+\-]+@([A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)+)")
ORG_RE = re.compile(r"(?<![\d-])\d{6}-\d{4}(?![\d-])")
OK_DOMAINS = ("example.se", "example.com", "example.org", "example.net")


def _texts(msg) -> list[str]:
    out = []
    for part in msg.walk():
        if part.is_multipart():
            continue
        ct = part.get_content_type()
        payload = part.get_payload(decode=True) or b""
        if ct.startswith("text/") or ct.startswith("message/"):
            cs = part.get_content_charset() or "utf-8"
            out.append(payload.decode(cs, errors="replace"))
        elif zipfile.is_zipfile(io.BytesIO(payload)):
            with zipfile.ZipFile(io.BytesIO(payload)) as z:
                for n in z.namelist():
                    out.append(z.read(n).decode("utf-8", errors="replace"))
        else:
            out.append(payload.decode("latin-1"))
    return out


def check(files: dict[str, bytes], labels: dict[str, dict]) -> None:
    errors: list[str] = []
    on_disk = sorted(p.name for p in OUT.glob("*.eml"))
    if on_disk != sorted(files) or sorted(labels) != sorted(files):
        errors.append("labels.json keys / files mismatch")
    mids: dict[str, str] = {}
    kinds: dict[str, str] = {}
    parsed = {}
    for name, raw in files.items():
        if b"\r" in raw:
            errors.append(f"{name}: CR in file")
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        parsed[name] = msg
        for part in msg.walk():
            if part.defects:
                errors.append(f"{name}: defects {part.defects}")
            if not part.is_multipart() and part.get_content_maintype() == "text":
                try:
                    part.get_content()
                except Exception as e:  # noqa: BLE001
                    errors.append(f"{name}: undecodable text part {e}")
        mids[name] = str(msg["Message-ID"]).strip()
        kinds[name] = labels[name]["kind"]
    prev = None
    for name in sorted(files):
        if not re.fullmatch(r"\d{4}-[a-z0-9-]+\.eml", name):
            errors.append(f"{name}: bad file name")
        msg = parsed[name]
        when = email.utils.parsedate_to_datetime(str(msg["Date"]))
        if when.year != 2026:
            errors.append(f"{name}: not 2026")
        if prev and when <= prev:
            errors.append(f"{name}: Date out of order")
        prev = when
        lab = labels[name]
        if set(lab) != {"kind", "language", "elements", "facts", "notes"}:
            errors.append(f"{name}: label fields")
        if list(lab["elements"]) != ELEMENT_KEYS or list(lab["facts"]) != FACT_KEYS:
            errors.append(f"{name}: element/fact keys")
        if not all(isinstance(v, bool) for v in lab["elements"].values()):
            errors.append(f"{name}: element not bool")
        if not lab["notes"] or len(lab["notes"]) < 80:
            errors.append(f"{name}: notes too short")
        kind = lab["kind"]
        if kind not in ("application", "followup") and any(lab["elements"].values()):
            errors.append(f"{name}: non-application with elements")
        if kind in MACHINE and any(v is not None for v in lab["facts"].values()):
            errors.append(f"{name}: machine mail with facts")
        if kind in ("application", "followup"):
            for k in ("salary_costs", "physical_investment"):
                if not isinstance(lab["facts"][k], bool):
                    errors.append(f"{name}: {k} must be bool")
        org = lab["facts"]["org_number"]
        if org is not None and not luhn_ok(org):
            errors.append(f"{name}: org number {org} not Luhn-valid")
        texts = _texts(msg)
        alltext = raw.decode("latin-1") + "\n".join(texts)
        for m in ADDR_RE.finditer(alltext):
            dom = m.group(1).lower().rstrip(".")
            if not (dom in OK_DOMAINS or dom.endswith(tuple("." + d for d in OK_DOMAINS))):
                errors.append(f"{name}: non-example address {m.group(0)}")
        for m in ORG_RE.finditer("\n".join(texts)):
            if not luhn_ok(m.group(0)):
                errors.append(f"{name}: org-number-like {m.group(0)} not Luhn-valid")
        if org is not None and org not in "\n".join(texts) and org not in raw.decode("latin-1"):
            errors.append(f"{name}: org number {org} not in mail")
        if kind == "followup":
            subj = str(msg["Subject"])
            if not re.match(r"(?i)(re|sv|aw|vs):", subj):
                errors.append(f"{name}: followup subject {subj!r}")
            irt = str(msg.get("In-Reply-To", "")).strip()
            refs = str(msg.get("References", "")).split()
            apps = {mids[n] for n in files if kinds[n] == "application" and n < name}
            if irt in apps:
                pass
            elif irt.startswith("<kvitto-") and any(r in apps for r in refs):
                pass
            else:
                errors.append(f"{name}: followup not threaded to an earlier application")
    if errors:
        for e in errors:
            print("CHECK:", e, file=sys.stderr)
        raise SystemExit(1)


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for old in OUT.glob("*.eml"):
        old.unlink()
    files: dict[str, bytes] = {}
    labels: dict[str, dict] = {}
    for i, (slug, fn) in enumerate(MAILS):
        raw, lab = fn()
        name = f"{FIRST + i:04d}-{slug}.eml"
        assert name not in files
        files[name] = raw
        labels[name] = lab
        (OUT / name).write_bytes(raw)
    (OUT / "labels.json").write_text(
        json.dumps(labels, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
    )
    check(files, labels)
    counts: dict[str, int] = {}
    for lab in labels.values():
        counts[lab["kind"]] = counts.get(lab["kind"], 0) + 1
    print(f"wrote {len(files)} mails to {OUT}: {counts}")


if __name__ == "__main__":
    main()
