"""Held-out test corpus 11 for the Idéslanten intake bot (mails 4301–4340).

Forty entirely fictional e-mails of one busy spring (March–May 2026) reaching the rural
development officer of Region Kalmar län about the micro-grant "regional bygdepeng –
idéslanten": applications from sports clubs, hembygdsföreningar, byalag, PRO/SPF groups, a
parents' group, a church choir, fishing clubs, a theatre group and newcomers' networks, mostly
in Mörbylånga, Borgholm, Torsås and Emmaboda, some written by municipal or Leader staff on a
group's behalf; two threads where an application is built up over several followups; plus
questions, autoreplies, bounces, newsletters and phishing.  labels.json holds the expected
kind, elements and facts (schema: /work/shared/corpus/README.md).

The set is a held-out test set: it is scored, never read while developing the bot.

Regenerate (byte-identical on every run, output in tests/data/holdout11/):

    /work/main/.venv/bin/python tests/data/tools/make_holdout11.py

The script writes every .eml file and labels.json and then checks itself (MIME parses without
defects, label schema, Luhn-valid org numbers, example.* addresses only, numbering in Date
order, followup threading).  Only the standard library is used; .docx/.xlsx files are built
as zip files of minimal XML and PDFs by hand with Helvetica/WinAnsi text.
"""

# ruff: noqa: E501

from __future__ import annotations

import base64
import datetime as dt
import email.utils
import io
import json
import quopri
import re
import struct
import sys
import textwrap
import zipfile
import zlib
from email import policy
from email.parser import BytesParser
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "holdout11"

BOT = "ideslanten@example.se"
BOT_NAME = "Idéslanten – Region Kalmar län"
OFFICER = "landsbygdsutvecklare@example.se"

# ---------------------------------------------------------------------------
# small helpers


def d(s: str) -> str:
    """Dedent a triple-quoted body and drop the first newline."""
    return textwrap.dedent(s).lstrip("\n")


def luhn_ok(digits: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(digits)):
        n = int(ch)
        if i % 2 == 1:
            n *= 2
            if n > 9:
                n -= 9
        total += n
    return total % 10 == 0


def org(nine: str) -> str:
    """Complete nine digits to a Luhn-valid organisation number NNNNNN-NNNN."""
    for c in "0123456789":
        if luhn_ok(nine + c):
            return f"{nine[:6]}-{nine[6:]}{c}"
    raise ValueError(nine)


CEST_START = dt.datetime(2026, 3, 29, 1, 0, tzinfo=dt.UTC)
CEST_END = dt.datetime(2026, 10, 25, 1, 0, tzinfo=dt.UTC)


def date(month: int, day: int, hh: int, mm: int, ss: int = 0, tz: str | None = None) -> str:
    """RFC 5322 date in Swedish local time (CET/CEST), or in a given offset like '+0000'."""
    if tz is None:
        naive = dt.datetime(2026, month, day, hh, mm, ss)
        utc_guess = naive.replace(tzinfo=dt.timezone(dt.timedelta(hours=1)))
        off = 2 if CEST_START <= utc_guess < CEST_END else 1
        tzinfo = dt.timezone(dt.timedelta(hours=off))
    else:
        sign = 1 if tz[0] == "+" else -1
        tzinfo = dt.timezone(sign * dt.timedelta(hours=int(tz[1:3]), minutes=int(tz[3:5])))
    return email.utils.format_datetime(dt.datetime(2026, month, day, hh, mm, ss, tzinfo=tzinfo))


_Q_SAFE = set(b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789!*+-/")


def _ew1(s: str, charset: str, enc: str) -> str:
    data = s.encode(charset)
    if enc.lower() == "b":
        return f"=?{charset}?{enc}?{base64.b64encode(data).decode()}?="
    out = []
    for b in data:
        if b == 0x20:
            out.append("_")
        elif b in _Q_SAFE:
            out.append(chr(b))
        else:
            out.append(f"={b:02X}")
    return f"=?{charset}?{enc}?{''.join(out)}?="


def ew(s: str, charset: str = "utf-8", enc: str = "Q") -> str:
    """RFC 2047 encoded words (folded) for a non-ASCII header text; ASCII text is returned as is."""
    if s.isascii():
        return s
    words, cur = [], ""
    for ch in s:
        if cur and len(_ew1(cur + ch, charset, enc)) > 75:
            words.append(_ew1(cur, charset, enc))
            cur = ch
        else:
            cur += ch
    if cur:
        words.append(_ew1(cur, charset, enc))
    return "\n ".join(words)


def addr(name: str | None, email_addr: str, charset: str = "utf-8", enc: str = "Q") -> str:
    if not name:
        return email_addr
    if not name.isascii():
        return f"{ew(name, charset, enc)} <{email_addr}>"
    if re.search(r"[.,:;@()\"]", name):
        return f'"{name}" <{email_addr}>'
    return f"{name} <{email_addr}>"


BOT_ADDR = addr(BOT_NAME, BOT)

# ---------------------------------------------------------------------------
# MIME building: a part is (header lines, body bytes)

Part = tuple[list[str], bytes]


def text(
    body: str,
    subtype: str = "plain",
    charset: str | None = "utf-8",
    cte: str = "8bit",
    ct_extra: str = "",
    quote_cs: bool = False,
) -> Part:
    data = body.encode(charset or "ascii")
    if cte == "quoted-printable":
        payload = quopri.encodestring(data)
    elif cte == "base64":
        payload = base64.encodebytes(data)
    else:
        payload = data
    if not payload.endswith(b"\n"):
        payload += b"\n"
    if charset is None:
        ct = f"Content-Type: text/{subtype}{ct_extra}"
    elif quote_cs:
        ct = f'Content-Type: text/{subtype}; charset="{charset}"{ct_extra}'
    else:
        ct = f"Content-Type: text/{subtype}; charset={charset}{ct_extra}"
    return [ct, f"Content-Transfer-Encoding: {cte}"], payload


def att(data: bytes, ctype: str, filename: str, inline: bool = False) -> Part:
    disp = "inline" if inline else "attachment"
    if filename.isascii():
        hdrs = [
            f'Content-Type: {ctype}; name="{filename}"',
            f'Content-Disposition: {disp}; filename="{filename}"',
        ]
    else:
        quoted = "".join(
            chr(b) if chr(b).isalnum() and b < 128 or chr(b) in "-._" else f"%{b:02X}"
            for b in filename.encode("utf-8")
        )
        hdrs = [
            f'Content-Type: {ctype}; name="{ew(filename)}"',
            f"Content-Disposition: {disp}; filename*=utf-8''{quoted}",
        ]
    hdrs.append("Content-Transfer-Encoding: base64")
    return hdrs, base64.encodebytes(data)


def multi(
    subtype: str, parts: list[Part], boundary: str, preamble: str = "", ct_extra: str = ""
) -> Part:
    out = []
    if preamble:
        out.append(preamble.encode() + b"\n")
    for hdrs, body in parts:
        out.append(f"--{boundary}\n".encode())
        out.append(("\n".join(hdrs) + "\n\n").encode())
        out.append(body if body.endswith(b"\n") else body + b"\n")
    out.append(f"--{boundary}--\n".encode())
    return [f'Content-Type: multipart/{subtype}; boundary="{boundary}"{ct_extra}'], b"".join(out)


def raw_part(ctype_line: str, body: str) -> Part:
    """A part with a literal body (message/delivery-status, text/rfc822-headers …)."""
    return [ctype_line], body.encode("utf-8")


def build(headers: list[tuple[str, str]], part: Part, mime_version: bool = True) -> bytes:
    lines = [f"{k}: {v}" for k, v in headers]
    if mime_version:
        lines.append("MIME-Version: 1.0")
    lines.extend(part[0])
    return ("\n".join(lines) + "\n\n").encode() + part[1]


# ---------------------------------------------------------------------------
# attachments built by hand

ZIP_TIME = (2026, 3, 1, 12, 0, 0)


def _zip(files: list[tuple[str, str]]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for name, content in files:
            zi = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, content.encode("utf-8"))
    return buf.getvalue()


def _x(s: str) -> str:
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


def docx(
    paragraphs: list[str], table: list[list[str]] | None = None, table_after: int = -1
) -> bytes:
    """Minimal .docx: paragraphs (a leading '# ' makes it bold) and an optional table."""

    def para(p: str) -> str:
        if p.startswith("# "):
            return f'<w:p><w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">{_x(p[2:])}</w:t></w:r></w:p>'
        return f'<w:p><w:r><w:t xml:space="preserve">{_x(p)}</w:t></w:r></w:p>'

    def tbl(rows: list[list[str]]) -> str:
        trs = "".join(
            "<w:tr>"
            + "".join(f"<w:tc><w:p><w:r><w:t>{_x(c)}</w:t></w:r></w:p></w:tc>" for c in r)
            + "</w:tr>"
            for r in rows
        )
        return f'<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/></w:tblPr>{trs}</w:tbl>'

    body = []
    for i, p in enumerate(paragraphs):
        body.append(para(p))
        if table is not None and i == table_after:
            body.append(tbl(table))
    if table is not None and table_after < 0:
        body.append(tbl(table))
    document = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
        f"<w:body>{''.join(body)}<w:sectPr/></w:body></w:document>"
    )
    return _zip(
        [
            (
                "[Content_Types].xml",
                '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
                '<Default Extension="xml" ContentType="application/xml"/>'
                '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
                "</Types>",
            ),
            (
                "_rels/.rels",
                '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
                "</Relationships>",
            ),
            ("word/document.xml", document),
        ]
    )


def _col(i: int) -> str:
    s = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s


def xlsx(rows: list[list], sheet: str = "Blad1") -> bytes:
    """Minimal .xlsx with one sheet: inline strings, numbers, '=..' formulas, (formula, cached value) tuples."""
    xml_rows = []
    for r, row in enumerate(rows, start=1):
        cells = []
        for c, v in enumerate(row):
            ref = f"{_col(c)}{r}"
            if v is None:
                continue
            if isinstance(v, tuple):
                cells.append(f'<c r="{ref}"><f>{_x(v[0].lstrip("="))}</f><v>{v[1]}</v></c>')
            elif isinstance(v, (int, float)):
                cells.append(f'<c r="{ref}"><v>{v}</v></c>')
            elif v.startswith("="):
                cells.append(f'<c r="{ref}"><f>{_x(v[1:])}</f></c>')
            else:
                cells.append(
                    f'<c r="{ref}" t="inlineStr"><is><t xml:space="preserve">{_x(v)}</t></is></c>'
                )
        xml_rows.append(f'<row r="{r}">{"".join(cells)}</row>')
    sheet_xml = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
        f"<sheetData>{''.join(xml_rows)}</sheetData></worksheet>"
    )
    return _zip(
        [
            (
                "[Content_Types].xml",
                '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
                '<Default Extension="xml" ContentType="application/xml"/>'
                '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
                '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
                "</Types>",
            ),
            (
                "_rels/.rels",
                '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
                "</Relationships>",
            ),
            (
                "xl/workbook.xml",
                '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
                'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
                f'<sheets><sheet name="{_x(sheet)}" sheetId="1" r:id="rId1"/></sheets></workbook>',
            ),
            (
                "xl/_rels/workbook.xml.rels",
                '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
                "</Relationships>",
            ),
            ("xl/worksheets/sheet1.xml", sheet_xml),
        ]
    )


def _pdf_str(s: str) -> str:
    b = s.encode("cp1252")
    out = []
    for ch in b:
        if ch in b"()\\":
            out.append("\\" + chr(ch))
        elif ch < 32 or ch > 126:
            out.append(f"\\{ch:03o}")
        else:
            out.append(chr(ch))
    return "".join(out)


def pdf(lines: list[str], compress: bool = False, title: str = "") -> bytes:
    """A simple A4 PDF, 48 lines a page, Helvetica/WinAnsi; a leading '# ' prints the line bold."""
    pages = [lines[i : i + 48] for i in range(0, len(lines), 48)] or [[]]
    objs: list[bytes] = []
    n_pages = len(pages)
    kids = " ".join(f"{5 + 2 * i} 0 R" for i in range(n_pages))
    objs.append(b"<< /Type /Catalog /Pages 2 0 R >>")
    objs.append(f"<< /Type /Pages /Kids [{kids}] /Count {n_pages} >>".encode())
    objs.append(
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"
    )
    objs.append(
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>"
    )
    for i, page in enumerate(pages):
        ops = ["BT", "/F1 11 Tf", "15 TL", "56 790 Td"]
        for ln in page:
            if ln.startswith("# "):
                ops.append(f"/F2 12 Tf ({_pdf_str(ln[2:])}) ' /F1 11 Tf")
            else:
                ops.append(f"({_pdf_str(ln)}) '")
        ops.append("ET")
        stream = ("\n".join(ops) + "\n").encode("latin-1")
        objs.append(
            f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R /F2 4 0 R >> >> /Contents {6 + 2 * i} 0 R >>".encode()
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
    info_n = len(objs) + 1
    objs.append(f"<< /Title ({_pdf_str(title)}) /Producer (make_holdout11) >>".encode())
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for n, o in enumerate(objs, start=1):
        offsets.append(len(out))
        out += f"{n} 0 obj\n".encode() + o + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode()
    for off in offsets:
        out += f"{off:010d} 00000 n \n".encode()
    out += f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R /Info {info_n} 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return bytes(out)


def png(w: int = 16, h: int = 12, seed: int = 7) -> bytes:
    """A small grey-scale PNG (noise), stands in for a phone photo."""
    rows = []
    v = seed
    for _y in range(h):
        row = bytearray([0])
        for _x in range(w):
            v = (v * 1103515245 + 12345) & 0x7FFFFFFF
            row.append(180 + (v >> 16) % 60)
        rows.append(bytes(row))

    def chunk(tag: bytes, data: bytes) -> bytes:
        return (
            struct.pack(">I", len(data))
            + tag
            + data
            + struct.pack(">I", zlib.crc32(tag + data) & 0xFFFFFFFF)
        )

    ihdr = struct.pack(">IIBBBBB", w, h, 8, 0, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", ihdr)
        + chunk(b"IDAT", zlib.compress(b"".join(rows), 9))
        + chunk(b"IEND", b"")
    )


# ---------------------------------------------------------------------------
# labels

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
EL_KEYS = ("association", "contact", "activity", "anchoring", "budget")
MACHINE = {"autoreply", "bounce", "newsletter", "spam"}


def label(kind: str, lang: str, els: str, notes: str, **facts) -> dict:
    """els is a five-character string of 1/0 for association, contact, activity, anchoring, budget."""
    unknown = set(facts) - set(FACT_KEYS)
    if unknown:
        raise KeyError(unknown)
    f = {k: facts.get(k) for k in FACT_KEYS}
    if kind in ("application", "followup"):
        for k in ("salary_costs", "physical_investment"):
            if f[k] is None:
                f[k] = False
    return {
        "kind": kind,
        "language": lang,
        "elements": {k: c == "1" for k, c in zip(EL_KEYS, els, strict=True)},
        "facts": f,
        "notes": " ".join(notes.split()),
    }


MAILS: list = []


def mail(num: int, slug: str):
    def deco(fn):
        MAILS.append((num, slug, fn))
        return fn

    return deco


def receipt_quote(case: str, missing: list[str], variant: int = 0) -> str:
    """The bot's automatic receipt as it reads when quoted (without quote marks)."""
    guide = {
        "association": "Förening/grupp: föreningens eller gruppens namn och kort om er (vad ni är, var ni finns, antal medlemmar, gärna org.nr).",
        "contact": "Kontaktperson: namn och e-post eller telefon till den som vi kan kontakta om ansökan.",
        "activity": "Aktivitet: vad ni vill göra, när och hur, och hur det bidrar till utvecklingen i bygden.",
        "anchoring": "Lokal förankring: hur aktiviteten är förankrad i byn, t.ex. ett byamöte, en enkät eller samarbete med andra föreningar.",
        "budget": "Budget: en översiktlig budget med kostnadsposter och belopp.",
    }
    items = "\n".join(f"– {guide[m]}" for m in missing)
    if variant == 0:
        return (
            f"Tack för er ansökan om idéslanten! Vi har tagit emot den och gett den ärendenummer {case}.\n\n"
            f"Vi saknar följande i er ansökan:\n{items}\n\n"
            "Svara gärna på det här mejlet med det som saknas, så läggs det till i ärendet.\n\n"
            "Med vänliga hälsningar\nIdéslanten – Region Kalmar län\n"
            "(Detta är ett automatiskt svar. Landsbygdsutvecklaren går igenom alla ansökningar.)\n"
        )
    return (
        f"Hej och tack för ert mejl!\n\nVi har registrerat er ansökan om idéslanten med ärendenummer {case}. "
        f"För att vi ska kunna pröva den behöver vi också:\n{items}\n\n"
        "Skicka det som ett svar på detta mejl (behåll ärendenumret i ämnesraden).\n\n"
        "Vänliga hälsningar\nIdéslanten – Region Kalmar län\n"
    )


def quote(s: str, prefix: str = "> ") -> str:
    return (
        "\n".join((prefix + ln) if ln else prefix.rstrip() for ln in s.rstrip("\n").split("\n"))
        + "\n"
    )


# ===========================================================================
# mails (numbered in Date order)

ORG_GRASGARD = org("802473615")


@mail(4301, "grasgard-hembygd-alvaret")
def m4301():
    body = d(f"""
        Hej!

        Gräsgårds hembygdsförening ansöker härmed om regional bygdepeng (idéslanten) för 2026.

        Om föreningen
        Gräsgårds hembygdsförening bildades 1946 och har i dag 86 medlemmar, de flesta bosatta i Gräsgård, Seby och Hulterstad på sydöstra Öland. Vi sköter hembygdsgården vid kyrkan och ordnar bland annat valborgsbål, slåtterdag och julmarknad. Org.nr {ORG_GRASGARD}.

        Kontaktperson
        Margareta Holm, sekreterare
        tel. 070-318 44 52
        margareta.holm@example.se

        Vad vi vill göra
        Under april–juni vill vi ordna tre träffar på temat "Alvaret och vi":
        1. Torsdag 16 april: föreläsning i hembygdsgården om odlingslandskapet på Södra Öland, med en inhyrd föreläsare från länsmuseet.
        2. Torsdag 7 maj: berättarkväll där äldre bybor berättar om stenmursbygge, fiske och kalkbrott. Vi spelar in berättelserna så att de finns kvar i byn.
        3. Lördag 6 juni: guidad vandring längs stenmurarna mellan Gräsgård och Seby, med en auktoriserad guide.
        Syftet är att nyinflyttade och fritidsboende ska lära känna de äldre i byn och bygdens historia, och att vi tillsammans tar fram underlag till en vandringsslinga som kan locka besökare till byns café och gårdsbutiker.

        Förankring
        Förslaget togs upp på årsmötet den 15 februari där 41 medlemmar var med och beslutade enhälligt att vi skulle söka. Gräsgårds byalag och Seby byaförening är medarrangörer och ordnar fika och affischering, och ett tiotal frivilliga har redan anmält sig. Träffarna är öppna för alla – kvinnor som män, unga som gamla.

        Budget
        Föreläsararvode inkl. resa           4 500 kr
        Guidearvode, vandringen              2 000 kr
        Hyra av ljudanläggning               1 500 kr
        Fika, tre träffar                    2 400 kr
        Affischer och annons i lokaltidningen 1 600 kr
        Summa                               12 000 kr

        Vi söker alltså 12 000 kr. Inga löner och inga inköp av utrustning ingår.

        Med vänlig hälsning
        Margareta Holm
        Sekreterare, Gräsgårds hembygdsförening
        """)
    headers = [
        ("Message-ID", "<5c1e9a0f-2b7d-4e11-9c3a-gr4sg4rd01@example.se>"),
        ("Date", date(3, 2, 8, 14, 22)),
        ("From", addr("Margareta Holm", "margareta.holm@example.se")),
        ("To", BOT_ADDR),
        ("Subject", ew("Ansökan om idéslanten – Gräsgårds hembygdsförening")),
        (
            "User-Agent",
            "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:115.0) Gecko/20100101 Thunderbird/115.8.0",
        ),
        ("Content-Language", "sv-SE"),
    ]
    raw = build(headers, text(body, cte="quoted-printable", ct_extra="; format=flowed"))
    lab = label(
        "application",
        "sv",
        "11111",
        """Complete, well-ordered application in a Thunderbird quoted-printable utf-8 body with the
        five headings. Association: name, founding year, 86 members, villages, org.nr. Contact:
        Margareta Holm with phone and e-mail (also the From address). Activity: three dated events
        (lecture, storytelling evening, guided walk) with local benefit (newcomers meet elders,
        walking trail for visitors). Anchoring: annual meeting 15 Feb with 41 attendees (attendance,
        not members) backed it, byalag and byaförening co-arrange, volunteers. Budget: five items
        summing to 12 000. Lecturer's and guide's fees are not salary; renting sound equipment is not
        an investment. 'kvinnor som män' gives women_and_men true.""",
        association_name="Gräsgårds hembygdsförening",
        org_number=ORG_GRASGARD,
        contact_name="Margareta Holm",
        contact_email="margareta.holm@example.se",
        contact_phone="070-318 44 52",
        members=86,
        ort="Gräsgård",
        amount_sek=12000,
        women_and_men=True,
        salary_costs=False,
        physical_investment=False,
    )
    return raw, lab


@mail(4302, "bygdebrevet-mars")
def m4302():
    plain = d("""
        BYGDEBREVET – nyheter för Kalmar läns landsbygd, nr 3/2026
        ============================================================

        Vårens bygdeträffar
        Bygdenätverket åker runt i länet i april. Vi kommer till Vissefjärda (7/4), Löttorp (14/4) och Kristdala (21/4). Anmäl dig via vår webb.

        Glöm inte idéslanten!
        Region Kalmar läns lilla bygdepeng, idéslanten, kan ge upp till 15 000 kr per ort och år till föreningar och grupper som vill ordna möten, studieresor eller föreläsningar. Ansökan mejlas till regionens landsbygdsutvecklare. Tips: beskriv hur byn står bakom idén och skicka med en enkel budget!

        Kurs: Styrelsearbete för nybörjare
        Tre kvällar digitalt i maj för dig som är ny i en föreningsstyrelse. Kostnadsfritt för medlemsföreningar.

        Månadens by: Hägnad
        I Hägnad på södra Öland har byalaget rustat upp den gamla skolan till mötesplats – läs reportaget på webben.

        ------------------------------------------------------------
        Du får det här brevet eftersom din förening är medlem i Bygdenätverket i Kalmar län.
        Avregistrera: https://example.org/bygdebrevet/avregistrera?m=ideslanten
        Bygdenätverket i Kalmar län, Box 118, 382 22 Nybro
        """)
    html = d("""
        <!DOCTYPE html>
        <html lang="sv"><head><meta charset="utf-8"><title>Bygdebrevet 3/2026</title></head>
        <body style="font-family:Georgia,serif;background:#f4f1ea;margin:0">
        <table width="600" align="center" cellpadding="16" style="background:#ffffff">
        <tr><td style="background:#3d6b35;color:#fff"><h1 style="margin:0">BYGDEBREVET</h1><p style="margin:0">Nyheter för Kalmar läns landsbygd &middot; nr 3/2026</p></td></tr>
        <tr><td><h2>Vårens bygdeträffar</h2><p>Bygdenätverket åker runt i länet i april. Vi kommer till <b>Vissefjärda</b> (7/4), <b>Löttorp</b> (14/4) och <b>Kristdala</b> (21/4). <a href="https://example.org/bygdebrevet/traffar">Anmäl dig här</a>.</p></td></tr>
        <tr><td><h2>Glöm inte idéslanten!</h2><p>Region Kalmar läns lilla bygdepeng, idéslanten, kan ge upp till 15&nbsp;000 kr per ort och år till föreningar och grupper som vill ordna möten, studieresor eller föreläsningar. Ansökan mejlas till regionens landsbygdsutvecklare. <i>Tips: beskriv hur byn står bakom idén och skicka med en enkel budget!</i></p></td></tr>
        <tr><td><h2>Kurs: Styrelsearbete för nybörjare</h2><p>Tre kvällar digitalt i maj för dig som är ny i en föreningsstyrelse. Kostnadsfritt för medlemsföreningar.</p></td></tr>
        <tr><td><h2>Månadens by: Hägnad</h2><p>I Hägnad på södra Öland har byalaget rustat upp den gamla skolan till mötesplats. <a href="https://example.org/bygdebrevet/hagnad">Läs reportaget</a>.</p></td></tr>
        <tr><td style="font-size:11px;color:#777">Du får det här brevet eftersom din förening är medlem i Bygdenätverket i Kalmar län.<br>
        <a href="https://example.org/bygdebrevet/avregistrera?m=ideslanten">Avregistrera</a> &middot; Bygdenätverket i Kalmar län, Box 118, 382 22 Nybro</td></tr>
        </table></body></html>
        """)
    headers = [
        ("Message-ID", "<bygdebrevet-2026-03.ideslanten@example.org>"),
        ("Date", date(3, 3, 6, 0, 5)),
        ("From", addr("Bygdenätverket i Kalmar län", "nyhetsbrev@example.org")),
        ("Reply-To", "info@example.org"),
        ("To", BOT),
        ("Subject", ew("Bygdebrevet 3/2026: bygdeträffar, idéslanten och månadens by")),
        ("List-Id", "Bygdebrevet <bygdebrevet.example.org>"),
        (
            "List-Unsubscribe",
            "<https://example.org/bygdebrevet/avregistrera?m=ideslanten>, <mailto:avregistrera@example.org?subject=unsubscribe>",
        ),
        ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
        ("Precedence", "bulk"),
        ("X-Mailer", "Utskick 4.2"),
    ]
    part = multi(
        "alternative",
        [text(plain, cte="quoted-printable"), text(html, "html", cte="quoted-printable")],
        "=_bb3_2026_alt_7f21",
    )
    raw = build(headers, part)
    lab = label(
        "newsletter",
        "sv",
        "00000",
        """Monthly newsletter from a (fictional) rural network: multipart/alternative, List-Id,
        List-Unsubscribe (+Post) and Precedence: bulk. It mentions idéslanten, the 15 000 cap and
        what to include, and names villages, which must not make it a question or an application.
        All facts null.""",
    )
    return raw, lab


@mail(4303, "bergkvara-sportfiske-studieresa")
def m4303():
    body = d("""
        Hej

        Jag skriver för Bergkvara Sportfiskeklubb. Vi är en förening med 47 medlemmar , gubbar och kärringar och en del ungdomar , vi har funnits sen 1979 och har klubbstuga i gamla hamnmagasinet i Bergkvara.

        Vi vill söka pengar från idéslanten till en studieresa. Lördag 16 maj vill vi åka buss till Pataholm där fiskevårdsområdet har restaurerat våtmarker så att gäddan kan leka igen, dom har lovat visa oss runt och berätta hur dom gjorde med markägare och tillstånd. Sen på kvällen onsdagen efter har vi en träff i hamnmagasinet där vi berättar för hela byn vad vi sett och diskuterar om vi kan göra samma sak i Bergkvaraviken. Blir det gädda igen i viken så blir det mer folk i hamnen, fisketurister och ungdomar som fiskar, det är bra för hela Bergkvara.

        Resan och träffen är öppen för alla i byn, både kvinnor och män, inte bara medlemmar.

        Vi har pratat med Bergkvara Byalag och dom är med på det och ska sköta fikat på kvällsträffen. Vi hade också ett öppet möte i hamnmagasinet 22 februari där det kom 28 pers och alla tyckte det var en bra ide, det står i protokollet.

        Budgeten har kassören inte fått ihop än den skickar vi sen, det blir nog runt 13 000 kr totalt mest är det bussen.

        Hälsningar
        Bengt-Åke Persson
        ordf. Bergkvara Sportfiskeklubb
        0486-211 47
        """)
    headers = [
        ("Message-ID", "<000001dca9b2$4f1e2a30$ed5a7e90$@example.com>"),
        ("Date", date(3, 4, 19, 47, 3)),
        ("From", addr("Bengt-Åke Persson", "bengtake.persson@example.com", "iso-8859-1")),
        ("To", addr("Idéslanten", BOT, "iso-8859-1")),
        ("Subject", "Bidrag ideslanten Bergkvara sportfiskeklubb"),
        ("X-Mailer", "Microsoft Outlook 16.0"),
        ("Thread-Index", "AdypskvQeF1bKpYoTm6nA3Cw5x0Yzw=="),
        ("Content-Language", "sv"),
    ]
    raw = build(headers, text(body, charset="windows-1252", cte="8bit"))
    lab = label(
        "application",
        "sv",
        "11110",
        """windows-1252 8bit Outlook mail from an older writer (spaces before commas, 'gubbar och
        kärringar', few full stops). Association: name, 47 members, since 1979, clubhouse in
        Bergkvara. Contact: named chairman from his own address with phone. Activity: dated bus
        study trip to the restored pike wetlands in Pataholm plus a village evening, with local
        benefit (pike back in the bay, anglers, youth). Anchoring: open meeting 22 Feb with 28
        people (attendance) and Bergkvara Byalag co-operating. Budget missing: 'kassören skickar
        sen' with only a rough total of 13 000 – that figure is the amount. Open to 'både kvinnor
        och män'. Bus hire is not an investment.""",
        association_name="Bergkvara Sportfiskeklubb",
        contact_name="Bengt-Åke Persson",
        contact_email="bengtake.persson@example.com",
        contact_phone="0486-211 47",
        members=47,
        ort="Bergkvara",
        amount_sek=13000,
        women_and_men=True,
        salary_costs=False,
        physical_investment=False,
    )
    return raw, lab


@mail(4304, "pro-lottorp-fraga")
def m4304():
    body = d("""
        Hej!

        Jag är kassör i PRO Löttorp och vi har pratat i styrelsen om att söka idéslanten till höstens föreläsningar. Men vi är ju en avdelning i PRO och inte en egen förening i byn på samma sätt som byalaget, får vi söka ändå?
        Vi är ett 60-tal medlemmar och de flesta bor i Löttorp med omnejd.

        Och en sak till, får man ta med fika i budgeten eller räknas det inte?

        Tacksam för svar!

        Gun-Britt Åkesson
        PRO Löttorp
        """)
    headers = [
        ("Return-Path", "<gunbritt.akesson@example.net>"),
        ("Message-ID", "<1741180412.77231.gba@example.net>"),
        ("Date", date(3, 5, 14, 33, 32)),
        ("From", addr("Gun-Britt Åkesson", "gunbritt.akesson@example.net", "iso-8859-1")),
        ("To", BOT),
        ("Subject", ew("Fråga om idéslanten", "iso-8859-1")),
        ("X-Mailer", "Webmail 6.4"),
    ]
    raw = build(headers, text(body, charset="iso-8859-1", cte="quoted-printable"))
    lab = label(
        "question",
        "sv",
        "00000",
        """Question in an iso-8859-1 quoted-printable webmail body: may a PRO branch apply, and may
        coffee be in the budget. It names the group, members (60-tal = 60) and Löttorp, but applies
        for nothing yet ('vi har pratat om att söka'). Facts as stated; no cost type proposed, so
        salary/investment null.""",
        association_name="PRO Löttorp",
        contact_name="Gun-Britt Åkesson",
        contact_email="gunbritt.akesson@example.net",
        members=60,
        ort="Löttorp",
    )
    return raw, lab


ORG_VISSEFJARDA = org("802519904")
MID_4305 = "<vbl.20260306.0730.5521@example.se>"
RCPT_4305 = "<20260306063041.2026-0031.r1@example.se>"
RCPT_4307 = "<20260309090211.2026-0031.r2@example.se>"
MID_4307 = "<AM6PR07MB5561A2C4E1F0B39D9E1D2C8FA3B92@example.com>"
SUBJ_4305 = "Ansökan idéslanten – byadialoger i Vissefjärda"


@mail(4305, "vissefjarda-byadialoger")
def m4305():
    body = d(f"""
        Hej,

        Vissefjärda byalag vill söka idéslanten för 2026.

        Byalaget är en ideell förening som arbetar för att Vissefjärda ska vara en levande by att bo och verka i. Vi har 112 medlemmar och org.nr {ORG_VISSEFJARDA}.

        Under våren vill vi ordna tre byadialoger i bygdegården under rubriken "Vissefjärda 2030", där alla som bor i byn får säga vad de vill med orten:
        - tisdag 24 mars: skolan, förskolan och barnfamiljerna
        - tisdag 21 april: service, äldre och kollektivtrafik
        - tisdag 19 maj: föreningslivet och en ny mötesplats i gamla affären
        En extern samtalsledare håller i kvällarna. Det som kommer fram sammanställs till en byaplan som vi lämnar till Emmaboda kommun i juni och som byalaget ska arbeta efter de kommande åren.

        Med vänlig hälsning
        Styrelsen, Vissefjärda byalag
        """)
    headers = [
        ("Message-ID", MID_4305),
        ("Date", date(3, 6, 7, 30, 12)),
        ("From", addr("Vissefjärda byalag", "byalaget.vissefjarda@example.se")),
        ("To", BOT),
        ("Subject", ew(SUBJ_4305)),
        ("User-Agent", "Roundcube Webmail/1.6.6"),
    ]
    raw = build(headers, text(body, cte="quoted-printable", quote_cs=True))
    lab = label(
        "application",
        "sv",
        "10100",
        """Start of a thread (followups 4307, 4311). Association: named byalag, what it does, 112
        members, org.nr. Contact missing: signed only 'Styrelsen' from the association's shared
        mailbox. Activity: three dated dialogue evenings with a hired facilitator leading to a
        village plan. Anchoring missing (nothing about who backs it) and budget missing (no amounts
        at all, amount null). Nothing said about gender.""",
        association_name="Vissefjärda byalag",
        org_number=ORG_VISSEFJARDA,
        members=112,
        ort="Vissefjärda",
        salary_costs=False,
        physical_investment=False,
    )
    return raw, lab


@mail(4306, "vissefjarda-brevlada-autosvar")
def m4306():
    body = d("""
        Hej!

        Tack för att du hör av dig till Vissefjärda byalag. Brevlådan läses av styrelsen ungefär en gång i veckan, så det kan dröja några dagar innan du får svar.

        Gäller det hyra av bygdegården? Ring bokningen på 0471-301 20 (vardagar 17–19).

        Detta är ett automatiskt svar.

        Vissefjärda byalag
        """)
    headers = [
        ("Message-ID", "<auto.20260306063105.8812@example.se>"),
        ("Date", date(3, 6, 7, 31, 5)),
        ("From", addr("Vissefjärda byalag", "byalaget.vissefjarda@example.se")),
        ("To", BOT),
        ("Subject", ew("Tack för ditt mejl till Vissefjärda byalag")),
        ("In-Reply-To", RCPT_4305),
        ("References", f"{MID_4305} {RCPT_4305}"),
    ]
    raw = build(headers, text(body))
    lab = label(
        "autoreply",
        "sv",
        "00000",
        """Automatic acknowledgement from the byalag's shared mailbox, answering the bot's receipt to
        4305 within a minute. No Auto-Submitted, X-Autoreply or Precedence header at all and no
        'Re:' subject; only the wording ('Detta är ett automatiskt svar') shows it. Its
        References name application 4305, which must not make it a followup. All facts null.""",
    )
    return raw, lab


@mail(4307, "vissefjarda-sv-kontakt-forankring")
def m4307():
    rq = receipt_quote("2026-0031", ["contact", "anchoring", "budget"])
    body = (
        d("""
        Hej!

        Jag är ordförande i byalaget och har fått ert svar vidarebefordrat från föreningens brevlåda. Här kommer det som saknades, utom budgeten.

        Kontaktperson för ansökan blir jag:
        Lars-Göran Nilsson
        070-644 12 90
        lg.nilsson@example.com

        Förankring:
        Idén kommer från byamötet den 22 februari i bygdegården. 34 personer var där och röstade för att byalaget skulle ordna dialogerna. Vissefjärda IF, hembygdsföreningen och Svenska kyrkan sprider inbjudan till sina medlemmar, och föräldraföreningen på skolan ordnar barnpassning under kvällarna så att småbarnsföräldrar kan komma.

        Budgeten håller kassören Birgitta på med, den kommer nästa vecka.

        Hälsningar
        Lars-Göran

        """)
        + "\n"
        + d(f"""
        Från: Idéslanten – Region Kalmar län <{BOT}>
        Skickat: den 6 mars 2026 07:30
        Till: Vissefjärda byalag <byalaget.vissefjarda@example.se>
        Ämne: Re: {SUBJ_4305} [Idéslanten 2026-0031]

        """)
        + rq
    )
    headers = [
        ("Message-ID", MID_4307),
        ("Date", date(3, 9, 9, 1, 48)),
        ("From", addr("Lars-Göran Nilsson", "lg.nilsson@example.com")),
        ("To", BOT_ADDR),
        ("Subject", ew(f"SV: {SUBJ_4305} [Idéslanten 2026-0031]")),
        ("In-Reply-To", RCPT_4305),
        ("References", f"{MID_4305} {RCPT_4305}"),
        ("Thread-Topic", ew(f"{SUBJ_4305} [Idéslanten 2026-0031]")),
        ("X-MS-Has-Attach", ""),
        ("Content-Language", "sv-SE"),
    ]
    raw = build(headers, text(body, cte="base64"))
    lab = label(
        "followup",
        "sv",
        "01010",
        """First followup to 4305, from the chairman's own address, with the bot's receipt quoted
        Outlook-style below 'Från:/Skickat:' without quote marks (the receipt's guidance lines
        about contact, anchoring and budget must not count). New text gives a named contact with
        phone and e-mail, and anchoring (village meeting 22 Feb with 34 attendees voted for it,
        IF/hembygdsförening/church spread the invitation, parents' group babysits). Budget still
        missing ('kommer nästa vecka'). Association not described (only 'byalaget'), so
        association false and name null. base64 utf-8 body.""",
        contact_name="Lars-Göran Nilsson",
        contact_email="lg.nilsson@example.com",
        contact_phone="070-644 12 90",
        ort="Vissefjärda",
        salary_costs=False,
        physical_investment=False,
    )
    return raw, lab


ORG_KOPINGSVIK = org("802480117")


@mail(4308, "kopingsvik-teater-workshop")
def m4308():
    html = d(f"""
        <html><head>
        <meta http-equiv="Content-Type" content="text/html; charset=utf-8">
        <style type="text/css" style="display:none;"> P {{margin-top:0;margin-bottom:0;}} </style>
        </head>
        <body dir="ltr">
        <div style="font-family: Calibri, Arial, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">
        Hej!</div>
        <div style="font-family: Calibri, Arial, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);"><br></div>
        <div style="font-family: Calibri, Arial, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">
        <b>Köpingsviks Teaterförening</b> är en amatörteatergrupp i Köpingsvik (Borgholms kommun) som startade 2011. Vi har i dag 31 medlemmar mellan 12 och 78 år och spelar sommarteater i Köpingsviks bygdegård varje juli. Org.nr {ORG_KOPINGSVIK}.</div>
        <div style="font-family: Calibri, Arial, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);"><br></div>
        <div style="font-family: Calibri, Arial, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">
        Vi söker <b>9 800 kr</b> ur idéslanten till en <b>teaterhelg för byn 25–26 april</b>: en workshop i improvisation och berättande under ledning av en professionell regissör, öppen för alla i Köpingsvik med omnejd från 12 år – tjejer och killar, kvinnor och män. Helgen avslutas med en öppen visning på söndagskvällen där vi också samlar idéer till sommarens pjäs om Köpingsvik som vikingatida handelsplats. Målet är att få fler bybor, särskilt ungdomar och nyinflyttade, att vara med i sommarteatern. Föreställningarna drar runt 600 besökare varje sommar och betyder mycket för kaféet och campingen i byn.</div>
        <div style="font-family: Calibri, Arial, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);"><br></div>
        <div style="font-family: Calibri, Arial, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">
        <u>Förankring</u>: I februari gjorde vi en enkät i byns Facebookgrupp "Vi i Köpingsvik". 63 personer svarade och 22 av dem vill gå workshopen. Köpingsviks byalag hyr ut bygdegården till självkostnad för helgen och hembygdsföreningen bidrar med berättelser och gamla foton till pjäsen.</div>
        <div style="font-family: Calibri, Arial, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);"><br></div>
        <div style="font-family: Calibri, Arial, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);"><u>Budget</u></div>
        <table style="border-collapse:collapse; font-family: Calibri, Arial, sans-serif; font-size: 12pt;" border="1" cellpadding="4">
        <tbody>
        <tr><td>Regissör, arvode för workshophelgen</td><td align="right">6 000 kr</td></tr>
        <tr><td>Hyra bygdegården, två dagar</td><td align="right">1 200 kr</td></tr>
        <tr><td>Mat och fika för deltagarna</td><td align="right">1 800 kr</td></tr>
        <tr><td>Affischer och annonsering</td><td align="right">800 kr</td></tr>
        <tr><td><b>Summa</b></td><td align="right"><b>9 800 kr</b></td></tr>
        </tbody></table>
        <div style="font-family: Calibri, Arial, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);"><br></div>
        <div style="font-family: Calibri, Arial, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">
        Kontaktperson är jag, Sofie Lind (ordförande), 073-512 88 01.</div>
        <div style="font-family: Calibri, Arial, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);"><br></div>
        <div style="font-family: Calibri, Arial, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">
        Vänliga hälsningar<br>Sofie Lind<br>Köpingsviks Teaterförening</div>
        </body></html>
        """)
    headers = [
        ("Message-ID", "<DB9PR02MB7290E31C0A8F5D44B2E1A6C7D1F40@example.se>"),
        ("Date", date(3, 10, 21, 12, 40)),
        ("From", addr("Sofie Lind", "sofie.lind@example.se")),
        ("To", addr("Idéslanten", BOT)),
        ("Subject", ew("Ansökan: teaterhelg i Köpingsvik", enc="B")),
        ("Accept-Language", "sv-SE, en-US"),
        ("Content-Language", "sv-SE"),
        ("X-MS-Exchange-Organization-SCL", "1"),
    ]
    raw = build(headers, text(html, "html", cte="base64", quote_cs=True))
    lab = label(
        "application",
        "sv",
        "11111",
        """HTML-only mail (Outlook on the web, base64 body, B-encoded subject) with the budget as an
        HTML table. Association: name, place, started 2011, 31 members, org.nr. Contact: Sofie
        Lind with phone, from her own address. Activity: dated workshop weekend with a
        professional director, open showing, recruiting villagers to the summer theatre that brings
        visitors. Anchoring: survey in the village Facebook group (63 answers, 22 want to take
        part) and byalag/hembygdsförening cooperation. Budget: four items = 9 800, also the amount
        applied for. The director's fee is a course leader's fee, not salary. 'tjejer och killar,
        kvinnor och män' gives women_and_men true.""",
        association_name="Köpingsviks Teaterförening",
        org_number=ORG_KOPINGSVIK,
        contact_name="Sofie Lind",
        contact_email="sofie.lind@example.se",
        contact_phone="073-512 88 01",
        members=31,
        ort="Köpingsvik",
        amount_sek=9800,
        women_and_men=True,
        salary_costs=False,
        physical_investment=False,
    )
    return raw, lab


ORG_DEGERHAMN = org("802014562")
MID_4309 = "<CAH3kq9Zp1Lw0f6Rk+8xU2vT5mYb=degerhamn4309@example.com>"
SUBJ_4309 = "Ansökan bygdepeng Degerhamns IF - Byadag på IP"


@mail(4309, "degerhamns-if-byadag")
def m4309():
    body = d(f"""
        Hej!

        Degerhamns IF är en idrottsförening på södra Öland med fotboll och innebandy. Vi har ca 140 medlemmar varav ungefär 60 barn och ungdomar. Org.nr {ORG_DEGERHAMN}.

        Vi vill ordna en Byadag på Degerhamns IP lördag 30 maj kl 11-20. På dagen blir det prova-på för barn och vuxna (fotboll, gåfotboll för seniorer, boule) med instruktörer från distriktsförbundet, och grillning. På kvällen har vi ett öppet stormöte i klubbstugan om hur vi ska få fler vuxna ledare och hålla igång idrotten i Degerhamn nu när vi blir färre som bor här året runt. Vi hyr tält och högtalare för dagen.

        Vi är väl förankrade i bygden och tror att många kommer att uppskatta dagen.

        Budget se bifogad fil.

        Kontaktperson: Jonas Ek, kassör, 076-224 18 93

        /Jonas
        """)
    sheet = xlsx(
        [
            ["Budget Byadag Degerhamns IP 30/5 2026", None],
            ["Post", "Kronor"],
            ["Tälthyra inkl. uppsättning", 4500],
            ["Hyra högtalaranläggning", 1800],
            ["Instruktörer prova-på (arvode)", 2000],
            ["Korv, bröd och fika", 2200],
            ["Annonsering och affischer", 900],
            ["Summa", ("=SUM(B3:B7)", 11400)],
            [None, None],
            ["Sökt från idéslanten", 11400],
        ],
        sheet="Budget",
    )
    part = multi(
        "mixed",
        [
            multi(
                "alternative",
                [
                    text(body, cte="quoted-printable", quote_cs=True),
                    text(
                        '<div dir="ltr">'
                        + body.replace("&", "&amp;")
                        .replace("\n\n", '</div><div dir="ltr"><br></div><div dir="ltr">')
                        .replace("\n", "<br>")
                        + "</div>\n",
                        "html",
                        cte="quoted-printable",
                        quote_cs=True,
                    ),
                ],
                "000000000000a81f3d0647b1c2e4",
            ),
            att(
                sheet,
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                "Budget byadag Degerhamn.xlsx",
            ),
        ],
        "000000000000a81f3f0647b1c2e6",
    )
    headers = [
        ("MIME-Version", "1.0"),
        ("Date", date(3, 11, 22, 5, 17)),
        ("Message-ID", MID_4309),
        ("Subject", ew(SUBJ_4309)),
        ("From", addr("Jonas Ek", "jonas.ek@example.com")),
        ("To", BOT),
    ]
    raw = build(headers, part, mime_version=False)
    lab = label(
        "application",
        "sv",
        "11101",
        """Gmail-style multipart/mixed (alternative plain+HTML) with the budget in an .xlsx
        attachment whose total is a formula with a cached value. Association: Degerhamns IF, what it
        is, ca 140 members, org.nr. Contact: Jonas Ek, kassör, with phone, from his own address.
        Activity: dated village day with try-out sports and an open meeting on recruiting leaders.
        Anchoring missing: only the empty claim 'väl förankrade i bygden' and a hope that people
        will like it. Budget: five items in the attachment, 11 400, also the amount applied for.
        Instructors' fees are not salary; renting a tent and speakers is not an investment. Gender
        not stated ('barn och vuxna').""",
        association_name="Degerhamns IF",
        org_number=ORG_DEGERHAMN,
        contact_name="Jonas Ek",
        contact_email="jonas.ek@example.com",
        contact_phone="076-224 18 93",
        members=140,
        ort="Degerhamn",
        amount_sek=11400,
        salary_costs=False,
        physical_investment=False,
    )
    return raw, lab


@mail(4310, "ny-pa-norra-oland-english")
def m4310():
    body = d("""
        Dear rural development officer,

        I hope it is ok to write in English – my Swedish is still on SFI level :-)

        I am writing on behalf of "Ny på Norra Öland", a network for newcomers in Löttorp and the villages around. We started in 2024 and now have 27 members: families from the Netherlands, Germany, Poland and Syria, and also Swedes who have moved here from Stockholm and Göteborg. We are not a registered association yet (no org number), but we have a small board of three and meet every month in the Löttorp library.

        What we want to do: on four Thursday evenings in May and June (7/5, 21/5, 4/6 and 18/6) we want to hold "Bygdekväll" in Löttorps bygdegård. Each evening one local association presents itself and tells how you can get involved – the hembygdsförening, the volunteer fire brigade (brandvärn), the football club and the church choir – and afterwards we have coffee and Swedish conversation in small groups. Newcomers find their way into the local associations, which badly need new members and volunteers, and long-time residents get to know us. Everyone is welcome, women and men, old and young.

        How it is anchored: we presented the idea at the annual meeting of Löttorps byalag on 8 February and the meeting decided to support it; the byalag helps us book the bygdegård. All four associations have already said yes to present. At our own January meeting 31 people came.

        Budget: we have not made a detailed budget yet, sorry. We think it will be about 10 000 SEK in total (mostly hall rent and coffee). I can send it later if you need it.

        Contact person: me, Maartje van Dijk, phone +46 70 881 23 45.

        Best regards,
        Maartje van Dijk
        Ny på Norra Öland
        """)
    headers = [
        ("Date", date(3, 12, 10, 41, 9)),
        ("From", addr("Maartje van Dijk", "maartje.vandijk@example.net")),
        ("To", BOT),
        ("Message-ID", "<b7a0e2f4-8c31-4d0a-a2c5-0f19e77d4310@example.net>"),
        ("Subject", ew('Application idéslanten – "Ny på Norra Öland" newcomers evenings')),
        ("User-Agent", "Mozilla Thunderbird"),
        ("Content-Language", "en-GB"),
    ]
    raw = build(headers, text(body, cte="8bit", ct_extra="; format=flowed; delsp=yes"))
    lab = label(
        "application",
        "en",
        "11110",
        """English application from a newcomers' network (not registered, no org.nr – a named group
        with 27 members, board and meeting place still counts as association). Contact: Maartje van
        Dijk with phone, from her own address. Activity: four dated evenings where local
        associations present themselves plus Swedish conversation, with local benefit (newcomers
        join associations, which need volunteers). Anchoring: byalag annual meeting decided to
        support it, four associations have agreed. Budget missing: only a rough total of about
        10 000 SEK, detailed budget 'later' – that figure is the amount. 'women and men' gives
        women_and_men true. Attendance 31 is not members.""",
        association_name="Ny på Norra Öland",
        contact_name="Maartje van Dijk",
        contact_email="maartje.vandijk@example.net",
        contact_phone="+46 70 881 23 45",
        members=27,
        ort="Löttorp",
        amount_sek=10000,
        women_and_men=True,
        salary_costs=False,
        physical_investment=False,
    )
    return raw, lab


@mail(4311, "vissefjarda-re-budget-iphone")
def m4311():
    upd = d(f"""
        Tack för kompletteringen! Vi har lagt till den i ärende 2026-0031.

        Det som fortfarande saknas:
        – Budget: en översiktlig budget med kostnadsposter och belopp.

        Svara på det här mejlet när ni har den.

        Med vänliga hälsningar
        {BOT_NAME}
        """)
    body = d("""
        Hej! Här kommer budgeten för byadialogerna

        Samtalsledare 3 kvällar à 2500 = 7500
        Hyra bygdegården 3 x 600 = 1800
        Fika 3 ggr ca 50 pers = 2400
        Tryck inbjudan till alla hushåll 1300
        Summa 13 000 kr

        Vi söker hela summan 13 000.

        Mvh Birgitta Ek kassör

        Skickat från min iPhone

        > 9 mars 2026 kl. 10:02 skrev Idéslanten – Region Kalmar län <ideslanten@example.se>:
        >\x20
        """) + quote(upd)
    headers = [
        ("Content-Type", "text/plain; charset=utf-8"),
        ("Content-Transfer-Encoding", "quoted-printable"),
        ("From", addr("Birgitta Ek", "birgitta.ek@example.se")),
        ("Mime-Version", "1.0 (1.0)"),
        ("Date", date(3, 13, 18, 26, 51)),
        ("Subject", ew(f"Re: SV: {SUBJ_4305} [Idéslanten 2026-0031]")),
        ("Message-Id", "<4C9D2E71-0B5A-4F3E-9A61-7D3E2C18B0F4@example.se>"),
        ("References", f"{MID_4305} {RCPT_4305} {MID_4307} {RCPT_4307}"),
        ("In-Reply-To", RCPT_4307),
        ("To", BOT_ADDR),
        ("X-Mailer", "iPhone Mail (21D61)"),
    ]
    payload = quopri.encodestring(body.encode("utf-8"))
    raw = build(headers, ([], payload), mime_version=False)
    lab = label(
        "followup",
        "sv",
        "01001",
        """Second followup in the Vissefjärda thread (4305, 4307), sent from an iPhone (QP body,
        'Skickat från min iPhone', Apple's '>' quoting of the bot's update that still asks for a
        budget). New text: budget with four items and amounts, summing to 13 000, which is also the
        amount applied for. Signed by Birgitta Ek (kassör) from her own address, so contact true
        though no phone. No association details and no anchoring in the new text.""",
        contact_name="Birgitta Ek",
        contact_email="birgitta.ek@example.se",
        amount_sek=13000,
        salary_costs=False,
        physical_investment=False,
    )
    return raw, lab


@mail(4312, "phishing-utbetalning-bidrag")
def m4312():
    plain = d("""
        Region Kalmar län – Bidragsenheten

        Ärende: BYGDEPENG-2026-88412
        Status: BEVILJAT – 15 000 SEK

        Hej,

        Ert ärende om bygdepeng har beviljats. För att utbetalningen ska kunna genomföras måste föreningens kontoinformation verifieras inom 24 timmar. Om verifieringen inte görs i tid återgår medlen till staten.

        Verifiera här: https://example.net/regionkalmar-bidrag/verifiera?id=88412

        Ha ditt BankID och föreningens kontonummer tillgängligt.

        Med vänlig hälsning
        Bidragsenheten
        Region Kalmar län
        """)
    html = d("""
        <html><body style="font-family:Arial,sans-serif">
        <table width="560" style="border:1px solid #ccc"><tr><td style="background:#00457c;color:#fff;padding:12px"><b>Region Kalmar län</b> – Bidragsenheten</td></tr>
        <tr><td style="padding:12px">
        <p>Ärende: <b>BYGDEPENG-2026-88412</b><br>Status: <span style="color:green"><b>BEVILJAT – 15 000 SEK</b></span></p>
        <p>Hej,</p>
        <p>Ert ärende om bygdepeng har beviljats. För att utbetalningen ska kunna genomföras måste föreningens kontoinformation <b>verifieras inom 24 timmar</b>. Om verifieringen inte görs i tid återgår medlen till staten.</p>
        <p style="text-align:center"><a href="https://example.net/regionkalmar-bidrag/verifiera?id=88412" style="background:#00457c;color:#fff;padding:10px 24px;text-decoration:none">VERIFIERA UTBETALNING</a></p>
        <p>Ha ditt BankID och föreningens kontonummer tillgängligt.</p>
        <p>Med vänlig hälsning<br>Bidragsenheten<br>Region Kalmar län</p>
        </td></tr></table></body></html>
        """)
    headers = [
        ("Return-Path", "<bounce-88412@example.net>"),
        ("From", addr("Region Kalmar län – Utbetalningar", "utbetalning.regionkalmar@example.net")),
        ("Reply-To", "verifiering-bidrag@example.com"),
        ("To", BOT),
        (
            "Subject",
            ew("Ert bidrag är beviljat – bekräfta utbetalningsuppgifter inom 24 timmar", enc="B"),
        ),
        ("Date", date(3, 16, 3, 12, 44, tz="+0000")),
        ("Message-ID", "<20260316031244.88412.qx7@example.net>"),
        ("X-Priority", "1 (Highest)"),
    ]
    part = multi(
        "alternative",
        [text(plain, cte="base64"), text(html, "html", cte="base64")],
        "----=_Part_88412_1160935210.1773630764",
    )
    raw = build(headers, part)
    lab = label(
        "spam",
        "sv",
        "00000",
        """Phishing imitating the region's grant unit: 'bygdepeng beviljat 15 000', verify bank details
        and BankID within 24 hours via a link; lookalike sender, different Reply-To, X-Priority 1,
        base64 multipart/alternative. Mentions the grant and an amount but is not an application or
        a followup. All facts null.""",
    )
    return raw, lab


ORG_GULLABO = org("802421307")


@mail(4313, "gullabo-hembygd-pdf")
def m4313():
    body = d("""
        Hej,

        Bifogar vår ansökan om idéslanten som pdf. Hör av er om något är oklart.

        Hälsningar
        Karin Johansson
        Gullabo hembygdsförening
        """)
    lines = [
        "# Ansökan om regional bygdepeng – idéslanten 2026",
        "",
        "# 1. Sökande",
        "Gullabo hembygdsförening, org.nr " + ORG_GULLABO + ", bildad 1932.",
        "Föreningen har 64 medlemmar och sköter Gullabo hembygdsgård. Vi ordnar",
        "midsommarfest, slåttergille och julmarknad för byn.",
        "",
        "# 2. Kontaktperson",
        "Karin Johansson, ordförande",
        "Telefon 0486-400 73, e-post karin.johansson@example.org",
        "",
        "# 3. Aktivitet",
        "\u201dGullabo berättar\u201d – fyra kvällsträffar i april och maj 2026 där bybor samlar",
        "in och dokumenterar gårdarnas och torpens historia, tillsammans med en",
        "släktforskare som föreläser och handleder. Träffarna avslutas med en byvandring",
        "lördag 13 juni och en liten utställning i bygdegården under sommaren.",
        "Aktiviteten knyter ihop gamla och nya Gullabobor, lockar sommarboende och",
        "besökare och ger underlag till skyltar vid gårdarna längs byvägen.",
        "Alla är välkomna oavsett kön och ålder.",
        "",
        "# 4. Lokal förankring",
        "Idén kom fram på en idéträff i bygdegården i november 2025 med 26 deltagare.",
        "Årsmötet 1 mars 2026 beslutade att föreningen ska genomföra och söka stöd.",
        "Gullabo bygdegårdsförening upplåter lokalen och Gullabo byalag hjälper till",
        "med inbjudan till alla hushåll. Tolv personer har anmält att de vill intervjua",
        "äldre bybor.",
        "",
        "# 5. Budget",
        "Släktforskare, föreläsning och handledning 4 kvällar      6 400 kr",
        "Hyra bygdegården 5 tillfällen                             2 000 kr",
        "Kopiering och hyra av utställningsskärmar                 1 500 kr",
        "Fika                                                      1 600 kr",
        "Summa                                                    11 500 kr",
        "",
        "Sökt belopp: 11 500 kr. Inga löner, inga inköp av inventarier.",
        "",
        "Gullabo 15 mars 2026",
        "Karin Johansson",
    ]
    part = multi(
        "mixed",
        [
            text(body, charset="iso-8859-1", cte="8bit"),
            att(
                pdf(lines, compress=True, title="Ansökan idéslanten Gullabo"),
                "application/pdf",
                "Ansökan idéslanten Gullabo.pdf",
            ),
        ],
        "------------0D3F6A81B2C47E5910A2F8C3",
        preamble="This is a multi-part message in MIME format.",
    )
    headers = [
        ("Message-ID", "<7e21b6d0-4c9a-3f18-b0e2-1a5c9d4313aa@example.org>"),
        ("Date", date(3, 17, 11, 5, 58)),
        ("MIME-Version", "1.0"),
        ("User-Agent", "Mozilla Thunderbird"),
        ("Content-Language", "sv-SE"),
        ("To", BOT),
        ("From", addr("Karin Johansson", "karin.johansson@example.org")),
        ("Subject", ew("Ansökan idéslanten Gullabo hembygdsförening", "iso-8859-1")),
    ]
    raw = build(headers, part, mime_version=False)
    lab = label(
        "application",
        "sv",
        "11111",
        """Short iso-8859-1 8bit cover note; the whole application is in a PDF attachment (Helvetica,
        Flate-compressed text stream, non-ASCII file name in RFC 2231 form). The PDF gives all
        five parts under numbered headings: association (founded 1932, 64 members, org.nr),
        contact (Karin Johansson with phone and e-mail, also the sender), activity (four dated
        evenings with a genealogist, village walk, exhibition, local benefit), anchoring (idea
        meeting with 26 attendees, annual meeting decision, bygdegårdsförening and byalag
        cooperate, twelve volunteers) and budget (four items, 11 500 = amount applied for).
        'oavsett kön' counts as women_and_men true.""",
        association_name="Gullabo hembygdsförening",
        org_number=ORG_GULLABO,
        contact_name="Karin Johansson",
        contact_email="karin.johansson@example.org",
        contact_phone="0486-400 73",
        members=64,
        ort="Gullabo",
        amount_sek=11500,
        women_and_men=True,
        salary_costs=False,
        physical_investment=False,
    )
    return raw, lab


MID_4314 = "<0a1bb2c3-kor-langasjo-4314@example.se>"


@mail(4314, "langasjo-kyrkokor-sjung-med")
def m4314():
    body = d("""
        Hej!

        Långasjö kyrkokör är en blandad kör med 24 medlemmar som sjunger i Långasjö kyrka och på byns evenemang, vi har funnits sedan 1950-talet.

        Vi vill ordna "Sjung med i Långasjö" – fyra allsångskvällar i Långasjö bygdegård onsdagarna 15/4, 22/4, 29/4 och 6/5 kl. 19. En inbjuden gästdirigent lär ut enkla stämmor och kända sånger, och vi avslutar med en gemensam konsert i kyrkan på Kristi himmelsfärdsdag. Sedan affären stängde finns det inte så många ställen där man träffas i byn, och vi vill att både gamla och nya Långasjöbor, kvinnor och män, ska få en mötesplats. Kanske hittar vi några nya körsångare också!

        På kyrkkaffet i februari satte vi upp en lista och över 40 personer skrev upp sig på att de vill vara med. Långasjö hembygdsförening och bygdegårdsföreningen hjälper till med lokal och fika.

        Vi räknar med att det kostar ungefär 9 000 kr.

        Hälsningar från kören i Långasjö
        """)
    html = (
        '<html><body><div style="font-family:Verdana;font-size:13px">'
        + "".join(f"<p>{p.replace(chr(10), '<br>')}</p>" for p in body.strip().split("\n\n"))
        + "</div></body></html>\n"
    )
    headers = [
        ("From", addr("Långasjö kyrkokör", "kyrkokoren.langasjo@example.se")),
        ("To", BOT),
        ("Subject", "Ideslanten - Sjung med i Langasjo"),
        ("Date", date(3, 18, 9, 12, 3)),
        ("Message-ID", MID_4314),
        ("X-Mailer", "Apple Mail (2.3774.500.171.1.1)"),
    ]
    part = multi(
        "alternative",
        [text(body, cte="quoted-printable"), text(html, "html", cte="quoted-printable")],
        "Apple-Mail=_5B1C7E0A-2D9F-4C81-A3E6-0F7B9D21C4E8",
    )
    raw = build(headers, part)
    lab = label(
        "application",
        "sv",
        "10110",
        """Apple Mail multipart/alternative (QP) from the choir's shared mailbox with an ASCII-only
        subject. Association: named choir, 24 members, history. Activity: four dated sing-along
        evenings with a guest conductor and a concert, local benefit (meeting place after the shop
        closed). Anchoring: sign-up list at church coffee with 40+ names, hembygdsförening and
        bygdegårdsförening help. Contact missing: signed 'från kören' from a shared mailbox, nobody
        named. Budget missing: only a rough total 'ungefär 9 000 kr', which is the amount. The guest
        conductor's fee is not salary. 'kvinnor och män' gives women_and_men true.""",
        association_name="Långasjö kyrkokör",
        members=24,
        ort="Långasjö",
        amount_sek=9000,
        women_and_men=True,
        salary_costs=False,
        physical_investment=False,
    )
    return raw, lab


@mail(4315, "bounce-langasjo-mailbox-full")
def m4315():
    rq = receipt_quote("2026-0039", ["contact", "budget"], variant=1)
    notice = d("""
        This is the mail system at host mx1.example.se.

        I'm sorry to have to inform you that your message could not
        be delivered to one or more recipients. It's attached below.

        For further assistance, please send mail to postmaster.

        If you do so, please include this problem report. You can
        delete your own text from the attached returned message.

                           The mail system

        <kyrkokoren.langasjo@example.se>: host mx2.example.se[192.0.2.41] said: 552
            5.2.2 <kyrkokoren.langasjo@example.se>: Mailbox full - quota exceeded
            (in reply to RCPT TO command)
        """)
    dsn = d("""
        Reporting-MTA: dns; mx1.example.se
        X-Postfix-Queue-ID: 4fKq2T1x9Bz3yW
        X-Postfix-Sender: rfc822; ideslanten@example.se
        Arrival-Date: Wed, 18 Mar 2026 09:12:41 +0100 (CET)

        Final-Recipient: rfc822; kyrkokoren.langasjo@example.se
        Original-Recipient: rfc822;kyrkokoren.langasjo@example.se
        Action: failed
        Status: 5.2.2
        Remote-MTA: dns; mx2.example.se
        Diagnostic-Code: smtp; 552 5.2.2 <kyrkokoren.langasjo@example.se>: Mailbox full
            - quota exceeded
        """)
    orig_headers = [
        ("Message-ID", "<20260318081241.2026-0039.r1@example.se>"),
        ("Date", date(3, 18, 9, 12, 41)),
        ("From", BOT_ADDR),
        ("To", addr("Långasjö kyrkokör", "kyrkokoren.langasjo@example.se")),
        ("Subject", ew("Re: Ideslanten - Sjung med i Langasjo [Idéslanten 2026-0039]")),
        ("In-Reply-To", MID_4314),
        ("References", MID_4314),
        ("Auto-Submitted", "auto-replied"),
    ]
    orig = build(orig_headers, text(rq, cte="quoted-printable"))
    part = multi(
        "report",
        [
            text(notice, charset="us-ascii", cte="7bit", ct_extra="", quote_cs=False),
            raw_part(
                "Content-Description: Delivery report\nContent-Type: message/delivery-status", dsn
            ),
            (["Content-Description: Undelivered Message", "Content-Type: message/rfc822"], orig),
        ],
        "4fKq2T1x9Bz3yW.1773821562/mx1.example.se",
        preamble="This is a MIME-encapsulated message.",
        ct_extra="; report-type=delivery-status",
    )
    headers = [
        ("Return-Path", "<>"),
        ("Date", date(3, 18, 9, 12, 42)),
        ("From", "MAILER-DAEMON@example.se (Mail Delivery System)"),
        ("Subject", "Undelivered Mail Returned to Sender"),
        ("To", BOT),
        ("Auto-Submitted", "auto-replied"),
        ("Message-Id", "<20260318081242.5D1E83A0F2@example.se>"),
    ]
    raw = build(headers, part)
    lab = label(
        "bounce",
        "en",
        "00000",
        """Postfix delivery status notification (multipart/report with message/delivery-status and
        the returned message/rfc822): the bot's receipt to the choir's mailbox (4314) bounced with
        552 mailbox full. The returned receipt quotes 'För att vi ska kunna pröva den behöver vi
        också' and refers to 4314, which must not make it a followup. All facts null.""",
    )
    return raw, lab


ORG_SPF_BORGHOLM = org("802009871")


@mail(4316, "spf-borgholm-gemenskap")
def m4316():
    body = d(f"""
        Hej,

        Vi i SPF Seniorerna Borgholm (ca 210 medlemmar, org.nr {ORG_SPF_BORGHOLM}) vill söka idéslanten.

        Vi vill göra något under våren för att stärka gemenskapen och motverka ensamheten bland äldre i bygden, och gärna få med de yngre också. Vi har inte bestämt exakt vad än – kanske en resa eller några föreläsningar, det får medlemmarna tycka till om.

        Förankring: På medlemsmötet den 3 mars diskuterades saken och de 57 som var där ställde sig bakom att styrelsen söker. Vi har också pratat med Borgholms hembygdsförening och Röda korset i Borgholm som vill vara med och hjälpa till.

        Budget
        Lokalhyra 3 000 kr
        Buss 6 500 kr
        Föreläsare 3 500 kr
        Fika och förtäring 2 000 kr
        Summa 15 000 kr

        Kontaktperson: Ulf Bergström, ordförande, tel 070-277 61 08

        Med vänlig hälsning
        Ulf Bergström
        """)
    headers = [
        (
            "Received",
            "from smtp.example.com (smtp.example.com [198.51.100.23])\n\tby mx1.example.se (Postfix) with ESMTPS id 4fLr8b2VtQz1x\n\tfor <ideslanten@example.se>; Fri, 20 Mar 2026 15:40:11 +0100 (CET)",
        ),
        ("Message-ID", "<trinity-6a1f0c2e-9b7d-4b1a-8e55-spf4316@example.com>"),
        ("Date", date(3, 20, 15, 40, 2)),
        ("From", addr("Ulf Bergström", "ulf.bergstrom@example.com")),
        ("To", BOT),
        ("Subject", ew("Ansökan från SPF Seniorerna Borgholm")),
        ("Importance", "normal"),
        ("Sensitivity", "Normal"),
    ]
    raw = build(headers, text(body, charset="UTF-8", cte="quoted-printable"))
    lab = label(
        "application",
        "sv",
        "11011",
        """Tests a vague activity next to a tidy budget. Association: SPF branch, ca 210 members,
        org.nr. Contact: Ulf Bergström with phone from his own address. Activity missing: 'göra
        något … för att stärka gemenskapen', 'kanske en resa eller några föreläsningar' – nothing
        decided, no what/when/how; the budget's cost lines do not make it concrete. Anchoring:
        members' meeting backed it (57 attendees), hembygdsförening and Red Cross will help. Budget:
        four items, 15 000. 'öppet för alla'-type wording absent; gender not stated.""",
        association_name="SPF Seniorerna Borgholm",
        org_number=ORG_SPF_BORGHOLM,
        contact_name="Ulf Bergström",
        contact_email="ulf.bergstrom@example.com",
        contact_phone="070-277 61 08",
        members=210,
        ort="Borgholm",
        amount_sek=15000,
        salary_costs=False,
        physical_investment=False,
    )
    return raw, lab


ORG_KASTLOSA = org("802466052")


@mail(4317, "kastlosa-byalag-via-kommunen")
def m4317():
    body = d(f"""
        Hej!

        Jag vidarebefordrar en ansökan från Kastlösa byalag som jag har hjälpt dem att skriva ihop på ett möte i förra veckan. Per-Olof är kontaktperson och nås enklast på telefon. Säg till om ni behöver något mer från min sida.

        Hälsningar
        Anna Widén
        Landsbygdsutvecklare
        Mörbylånga kommun
        0485-470 23

        ---------- Vidarebefordrat meddelande ----------
        Från: Per-Olof Gustafsson <po.gustafsson@example.com>
        Date: fre 20 mars 2026 kl 16:02
        Subject: Ansökan idéslanten
        To: Anna Widén <anna.widen@example.org>


        Ansökan om idéslanten från Kastlösa byalag

        Sökande: Kastlösa byalag, org.nr {ORG_KASTLOSA}. Byalaget bildades 1998 och har 73 medlemmar. Vi ordnar valborg, midsommar och skötsel av badplatsen.

        Kontaktperson: Per-Olof Gustafsson, ordförande, tel 0485-421 80, e-post po.gustafsson@example.com

        Vad vi vill göra: Sedan affären stängde saknar Kastlösa en mötesplats. Vi vill undersöka om gamla skolan kan bli byns mötesplats med kafé, bokbyte och föreningslokal. I april åker vi med buss på studiebesök till Hägnad, där byalaget har gjort om sin skola till mötesplats, och lyssnar på hur de har gjort. I maj håller vi två workshopkvällar i skolan med en inhyrd processledare, där vi tar fram ett förslag på verksamhet och hur den ska drivas. Förslaget presenteras på byastämman i juni. Alla i byn är välkomna, både kvinnor och män i alla åldrar. Det blir inga byggkostnader nu – en ev. renovering är ett senare steg.

        Förankring: Byastämman den 8 mars (38 deltagare) beslutade att byalaget ska driva frågan. I vintras delade vi ut en enkät till alla 140 hushåll, 61 svarade och 48 av dem vill ha en mötesplats i skolan. Kastlösa hembygdsförening och Kastlösa IK är med i arbetsgruppen.

        Budget:
        Buss Kastlösa–Hägnad t/r, 30 personer   3 800 kr
        Processledare, två workshopkvällar    5 000 kr
        Värme och el i skolan                 1 200 kr
        Fika                                  1 500 kr
        Trycksaker                              500 kr
        Totalt                               12 000 kr

        Vi söker 12 000 kr.

        Per-Olof Gustafsson
        """)
    headers = [
        ("Message-ID", "<GV3P280MB0912D1E4F7A2B6C81E0F2A4B9C317@example.org>"),
        ("Date", date(3, 23, 8, 47, 30)),
        ("From", addr("Anna Widén", "anna.widen@example.org")),
        ("To", addr("Idéslanten – Region Kalmar län", BOT)),
        ("Cc", addr("Per-Olof Gustafsson", "po.gustafsson@example.com")),
        ("Subject", ew("VB: Ansökan idéslanten – Kastlösa byalag")),
        ("Thread-Topic", ew("Ansökan idéslanten – Kastlösa byalag")),
        ("Content-Language", "sv-SE"),
        ("X-MS-Has-Attach", "no"),
    ]
    raw = build(headers, text(body, charset="utf-8", cte="quoted-printable", quote_cs=True))
    lab = label(
        "application",
        "sv",
        "11111",
        """A municipal rural development officer forwards (VB:) a village association's application
        written on its behalf; the forwarded text is the application and counts as new text.
        Association: Kastlösa byalag, founded 1998, 73 members, org.nr. Contact: the byalag's
        chairman Per-Olof Gustafsson with phone and e-mail (named as contact by both) – not the
        forwarding officer, so contact_email is his, not the From address. Activity: study visit
        to Hägnad and two workshop evenings on turning the old school into a meeting place, with
        local benefit. Anchoring: village meeting decision (38 attendees), household survey (61 of
        140 answered), partners in the working group. Budget: five items, 12 000 = applied amount.
        'Inga byggkostnader' – no investment; process leader's fee is not salary.""",
        association_name="Kastlösa byalag",
        org_number=ORG_KASTLOSA,
        contact_name="Per-Olof Gustafsson",
        contact_email="po.gustafsson@example.com",
        contact_phone="0485-421 80",
        members=73,
        ort="Kastlösa",
        amount_sek=12000,
        women_and_men=True,
        salary_costs=False,
        physical_investment=False,
    )
    return raw, lab


@mail(4318, "bergkvara-hembygd-fraga-ortstak")
def m4318():
    body = d("""
        Hej jag hörde att sportfiskeklubben i Bergkvara har sökt idéslanten. Gäller 15000 per ort så att om vi i hembygdsföreningen också vill söka senare i år så finns det inget kvar då? Och räknas Bergkvara och Torsås som samma ort eller olika?

        Inger Sandberg
        Bergkvara hembygdsförening

        Skaffa Outlook för Android<https://aka.example.com/ghei36>
        """)
    headers = [
        ("Message-ID", "<PAXP193MB2178A3F0E6B1C9D27E4E1B0C6A9F8@example.net>"),
        ("Date", date(3, 24, 12, 2, 18)),
        ("From", addr("Inger Sandberg", "inger.sandberg@example.net")),
        ("To", addr("ideslanten@example.se", BOT)),
        ("Subject", ew("Fråga om 15000 per ort")),
        ("Content-Language", "sv-SE"),
    ]
    raw = build(headers, text(body, cte="base64"))
    lab = label(
        "question",
        "sv",
        "00000",
        """Short mobile question (Outlook for Android, base64): how the 15 000-per-locality cap works
        when another association in the same village has applied, and whether Bergkvara and Torsås
        count as one locality. Not an application and not a followup to 4303 (different sender, new
        thread). 15 000 is the rule amount asked about, so amount_sek null; ort Bergkvara.""",
        association_name="Bergkvara hembygdsförening",
        contact_name="Inger Sandberg",
        contact_email="inger.sandberg@example.net",
        ort="Bergkvara",
    )
    return raw, lab


MID_4319 = "<CAFx9Lq2m0Z7kH3sPq1a8wV4nT0yR6eJb5Uo2c9dK4319@example.com>"
RCPT_4319 = "<20260325191455.2026-0047.r1@example.se>"
SUBJ_4319 = "Idéslanten - föräldracafé om Söderåkra skola"


@mail(4319, "soderakra-foraldracafe")
def m4319():
    body = d("""
        Hej!

        Vi är några föräldrar med barn på Söderåkra skola och förskolan som är oroliga för att skolan ska läggas ner – kommunen ska utreda skolstrukturen i höst.

        Vi vill ordna tre föräldracaféer i skolans matsal, tisdagarna 14 april, 5 maj och 26 maj kl 18.30, dit alla i byn är välkomna: mammor, pappor, mor- och farföräldrar och alla andra som bryr sig. Första kvällen bjuder vi in en föreläsare som har jobbat med byskolor i andra kommuner och berättar vad som har fungerat där. Andra kvällen kommer kommunens skolchef och svarar på frågor. Tredje kvällen tar vi fram ett förslag på vad byn själv kan göra, t.ex. marknadsföra Söderåkra för barnfamiljer och ta fram ett "flytta hit"-paket med lediga hus och jobb. En levande skola är avgörande för att unga familjer ska vilja flytta hit.

        Jag är kontaktperson: Emma Karlsson, 073-901 22 47.

        Budget och sånt har vi inte riktigt koll på än, vad behöver ni?

        Mvh Emma
        """)
    headers = [
        ("MIME-Version", "1.0"),
        ("Date", date(3, 25, 20, 14, 37)),
        ("Message-ID", MID_4319),
        ("Subject", ew(SUBJ_4319)),
        ("From", addr("Emma Karlsson", "emma.karlsson84@example.com")),
        ("To", BOT),
    ]
    html = (
        '<div dir="ltr">'
        + "".join(
            f"<div>{p.replace(chr(10), '<br>')}</div><div><br></div>"
            for p in body.strip().split("\n\n")
        )
        + "</div>\n"
    )
    part = multi(
        "alternative",
        [
            text(body, cte="quoted-printable", quote_cs=True),
            text(html, "html", cte="quoted-printable", quote_cs=True),
        ],
        "0000000000003b7c4e0648c21f55",
    )
    raw = build(headers, part, mime_version=False)
    lab = label(
        "application",
        "sv",
        "01100",
        """Start of the Söderåkra thread (followups 4322, 4326, 4330). Association missing: 'några
        föräldrar' is an unnamed group. Contact: Emma Karlsson with phone, from her own address.
        Activity: three dated parents' cafés with a lecturer, the head of schools and a workshop on
        a move-here package, with clear local benefit. Anchoring missing (only the need is
        described). Budget missing ('inte riktigt koll på än'), no amount. 'mammor, pappor …' gives
        women_and_men true. Gmail multipart/alternative.""",
        contact_name="Emma Karlsson",
        contact_email="emma.karlsson84@example.com",
        contact_phone="073-901 22 47",
        ort="Söderåkra",
        women_and_men=True,
        salary_costs=False,
        physical_investment=False,
    )
    return raw, lab


ORG_ERIKSMALA = org("802433194")


@mail(4320, "eriksmala-bygdegard-soppkvallar")
def m4320():
    body = d(f"""
        Hej!!

        Eriksmåla Bygdegårdsförening (org nr {ORG_ERIKSMALA}) har 58 medlemmar och driver bygdegården mitt i Eriksmåla. Vi vill söka idéslanten till "Eriksmålakvällar"!

        Vi vill ha sex soppkvällar varannan torsdag från 9 april till 18 juni, där någon från byn berättar om något den kan – glasbruket förr, jakt och vilt, trädgård, släktforskning osv. Vi serverar soppa och bröd så att folk kommer direkt från jobbet. Målet är att fler ska träffas över generationerna och att de som flyttat hit på senare år ska lära känna byn. Alla är välkomna, både damer och herrar!

        På årsmötet den 28 februari var vi 30 st och alla röstade ja. PRO Eriksmåla och Eriksmåla IF turas om med oss att laga soppan!

        Budget:
        Ny diskmaskin till köket 8 500 kr (den gamla gick sönder i vintras!!)
        Råvaror soppa 6 kvällar 3 000 kr
        Arvode föredragshållare 6 x 500 = 3 000 kr
        Affischer och annonser 500 kr
        Summa 15 000 kr

        Kontaktperson: Eva Svensson, sekreterare, 0471-402 15 eller 070-219 87 60

        Hälsningar
        Eva Svensson
        Eriksmåla Bygdegårdsförening
        """)
    headers = [
        ("Message-ID", "<001201dcbd17$8a2e4f10$9e8aed30$@example.com>"),
        ("Date", date(3, 26, 19, 3, 12)),
        ("From", addr("Eva Svensson", "eva.svensson.eriksmala@example.com")),
        ("To", addr("Idéslanten", BOT, "windows-1252")),
        ("Subject", ew("Ansökan Idéslanten Eriksmåla bygdegård", "windows-1252")),
        ("X-Mailer", "Microsoft Outlook 16.0"),
        ("Content-Language", "sv"),
    ]
    raw = build(headers, text(body, charset="windows-1252", cte="quoted-printable", quote_cs=True))
    lab = label(
        "application",
        "sv",
        "11111",
        """Complete application that breaks a rule: the budget's biggest item is a new dishwasher for
        the kitchen (8 500 of 15 000), a physical investment. windows-1252 quoted-printable
        Outlook body and windows-1252 encoded-word subject. Association: name, org.nr, 58 members,
        runs the bygdegård. Contact: Eva Svensson with two phones (first recorded). Activity: six
        dated soup evenings with local speakers and a clear local aim. Anchoring: annual meeting
        (30 attendees) voted yes; PRO and the IF cook in turns. Budget: four items = 15 000.
        Speakers' fees are not salary. 'både damer och herrar' gives women_and_men true.""",
        association_name="Eriksmåla Bygdegårdsförening",
        org_number=ORG_ERIKSMALA,
        contact_name="Eva Svensson",
        contact_email="eva.svensson.eriksmala@example.com",
        contact_phone="0471-402 15",
        members=58,
        ort="Eriksmåla",
        amount_sek=15000,
        women_and_men=True,
        salary_costs=False,
        physical_investment=True,
    )
    return raw, lab


RCPT_4309 = "<20260311210521.2026-0034.r1@example.se>"


@mail(4321, "degerhamn-re-vad-menas-forankring")
def m4321():
    rq = receipt_quote("2026-0034", ["anchoring"])
    body = d("""
        Hej

        Vad menar ni med förankring? Vi är ju byns idrottsförening, alla här känner till oss och vet vad vi gör. Räcker inte det?

        Jonas Ek

        Den ons 11 mars 2026 kl 22:05 skrev Idéslanten – Region Kalmar län <
        ideslanten@example.se>:

        """) + quote(rq)
    html_top = '<div dir="ltr"><div>Hej</div><div><br></div><div>Vad menar ni med förankring? Vi är ju byns idrottsförening, alla här känner till oss och vet vad vi gör. Räcker inte det?</div><div><br></div><div>Jonas Ek</div></div><br>'
    html_q = (
        '<div class="gmail_quote"><div dir="ltr" class="gmail_attr">Den ons 11 mars 2026 kl 22:05 skrev Idéslanten – Region Kalmar län &lt;<a href="mailto:ideslanten@example.se">ideslanten@example.se</a>&gt;:<br></div>'
        '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">'
        + rq.replace("\n", "<br>\n")
        + "</blockquote></div>\n"
    )
    headers = [
        ("MIME-Version", "1.0"),
        ("References", f"{MID_4309} {RCPT_4309}"),
        ("In-Reply-To", RCPT_4309),
        ("Date", date(3, 27, 7, 58, 40)),
        ("Message-ID", "<CAH3kq9Zq8Rv2gT1Lm6Ys0pN4dXw=degerhamn4321@example.com>"),
        ("Subject", ew(f"Re: {SUBJ_4309} [Idéslanten 2026-0034]")),
        ("From", addr("Jonas Ek", "jonas.ek@example.com")),
        ("To", addr(BOT_NAME, BOT)),
    ]
    part = multi(
        "alternative",
        [
            text(body, cte="quoted-printable", quote_cs=True),
            text(html_top + html_q, "html", cte="quoted-printable", quote_cs=True),
        ],
        "000000000000f1e07a0648d4b2a1",
    )
    raw = build(headers, part, mime_version=False)
    lab = label(
        "followup",
        "sv",
        "01000",
        """Reply in the Degerhamns IF thread (4309) that supplies nothing useful: it asks what
        'förankring' means and claims everyone knows the club – an empty claim, so anchoring stays
        false. The receipt asking for anchoring is quoted Gmail-style ('>' lines in plain, a
        blockquote in HTML) and must not count. Signed with full name from his own address, so
        contact true by the rule; nothing else in the new text (no association details, no budget,
        amount null).""",
        contact_name="Jonas Ek",
        contact_email="jonas.ek@example.com",
        salary_costs=False,
        physical_investment=False,
    )
    return raw, lab


MID_4322 = "<CAFx9Lq3b7Hn2kW0Zt5e1Rp9sM4vQ8cUo6Yd3aJ4322@example.com>"
RCPT_4322 = "<20260330190341.2026-0047.r2@example.se>"


@mail(4322, "soderakra-sv-forening-bildad")
def m4322():
    rq = receipt_quote("2026-0047", ["association", "anchoring", "budget"], variant=1)
    body = d("""
        Hej igen!

        Nu har vi fixat det där med förening. Vi bildade Föräldraföreningen Söderåkra på ett möte i skolans matsal torsdagen den 19 mars. Vi är 23 medlemmar, föräldrar till barn på Söderåkra skola och förskolan Ekorren, och har en styrelse på fem personer. Vi har sökt organisationsnummer hos Skatteverket men inte fått det än.

        Förankring och budget återkommer vi med, vi håller på med en enkät.

        /Emma Karlsson, ordförande Föräldraföreningen Söderåkra

        Den ons 25 mars 2026 kl 20:14 skrev Idéslanten – Region Kalmar län <
        ideslanten@example.se>:

        """) + quote(rq)
    headers = [
        ("MIME-Version", "1.0"),
        ("References", f"{MID_4319} {RCPT_4319}"),
        ("In-Reply-To", RCPT_4319),
        ("Date", date(3, 30, 21, 2, 55)),
        ("Message-ID", MID_4322),
        ("Subject", ew(f"Re: {SUBJ_4319} [Idéslanten 2026-0047]")),
        ("From", addr("Emma Karlsson", "emma.karlsson84@example.com")),
        ("To", addr(BOT_NAME, BOT)),
    ]
    raw = build(headers, text(body, cte="8bit", quote_cs=True))
    lab = label(
        "followup",
        "sv",
        "11000",
        """First followup in the Söderåkra thread (4319): the parents have now formed a named
        association – Föräldraföreningen Söderåkra, founded 19 March, 23 members, board of five, org
        nr applied for – so association true. Signed by Emma Karlsson from her own address: contact
        true. 'vi håller på med en enkät' is a survey not yet done, so anchoring false; no budget.
        The quoted receipt (second wording variant, '>' quoting) lists the missing parts and must
        not count. Plain 8bit utf-8.""",
        association_name="Föräldraföreningen Söderåkra",
        contact_name="Emma Karlsson",
        contact_email="emma.karlsson84@example.com",
        members=23,
        ort="Söderåkra",
        salary_costs=False,
        physical_investment=False,
    )
    return raw, lab


@mail(4323, "byxelkrok-fiskedag-gang")
def m4323():
    body = d("""
        tjena!

        vi e ett gäng på ett 15-20 pers som fiskar ihop i byxelkrok, mest havsöring o lite torsk på vintern. vi har ingen förening o så men vi tänkte fråga om bidrag ändå

        vi vill ha en fiskedag för ungdomar o nyinflyttade lördag 9 maj nere vid hamnen. vi lär ut kastteknik, flugbindning o hur man rensar fisk, o sen blir det fiskrökning o fika på kvällen för hela byn. e du inte från byxelkrok e det svårt att veta var man ska fiska, o många ungdomar här har inget att göra på helgerna. vill ha in mer liv i hamnen helt enkelt

        hamnföreningen ställer upp med bryggan o rökeriet, o byalaget har lovat sprida det på anslagstavlorna o fb. ett 10-tal av oss ställer upp som ledare

        kostnader ungefär:
        hyra av spön o flytvästar 2500
        flugbindningsmaterial 1200
        fika o korv 1800
        rökflis o fisk 1000
        annonser 500
        =7000

        hörs
        Kentan Öberg 070-612 90 33
        """)
    headers = [
        ("Date", date(3, 31, 22, 47, 9)),
        ("From", addr("Kent Öberg", "kentan.oberg@example.se")),
        ("To", BOT),
        ("Subject", "pengar till fiskedag byxelkrok"),
        ("Message-ID", "<1e8c5a3b-7f02-4d96-b1e4-byx4323@example.se>"),
        ("X-Mailer", "Spark 3.12"),
    ]
    raw = build(headers, text(body, cte="base64"))
    lab = label(
        "application",
        "sv",
        "01111",
        """Lower-case, dialectal mail ('tjena', 'e', 'o', 'hörs') in a base64 utf-8 body. Association
        missing: 'ett gäng … vi har ingen förening' – an unnamed group, and the gang's size is not a
        member count (members null). Contact: Kentan Öberg with phone from his own address. Activity:
        dated fishing day for youth and newcomers with a village evening and a stated local
        benefit. Anchoring: the harbour association lends the jetty and smokehouse, the byalag
        spreads it, about ten volunteer leaders. Budget: five items summing to 7 000. Renting rods
        and life jackets is not an investment; fly-tying material is a consumable.""",
        contact_name="Kentan Öberg",
        contact_email="kentan.oberg@example.se",
        contact_phone="070-612 90 33",
        ort="Byxelkrok",
        amount_sek=7000,
        salary_costs=False,
        physical_investment=False,
    )
    return raw, lab


ORG_TORSASLK = org("802497228")


@mail(4324, "torsas-lk-spring-i-torsas")
def m4324():
    body = d(f"""
        Hej!

        Torsås Löparklubb är en ideell förening som bildades 2015. Vi har 52 medlemmar och håller till vid Torsås sporthall. Org.nr {ORG_TORSASLK}.

        Vi söker 15 000 kr till projektet "Torsås springer": en nybörjargrupp i löpning varje tisdag kl 18 från 14 april till 2 juni, med samling på torget. Gruppen avslutas med ett lokalt lopp, 5 km genom Torsås centrum, på nationaldagen 6 juni. Syftet är folkhälsa och en ny mötesplats, och att fler ska röra sig i centrum och stanna och handla. Gruppen är öppen för alla, kvinnor och män, oavsett ålder och form.

        Förankring: Vi tror att det finns ett stort intresse för löpning i Torsås och att många kommer att vilja vara med.

        Budget:
        Lön till projektledare (en av våra medlemmar, timanställd 40 h à 200 kr + sociala avgifter)   10 500 kr
        Hyra av tidtagningsutrustning till loppet   2 000 kr
        Startnummer och trycksaker   1 000 kr
        Vatten och fika   1 500 kr
        Summa   15 000 kr

        Kontaktperson: Johanna Lindqvist, sekreterare, 070-455 31 76

        Med vänlig hälsning
        Johanna Lindqvist
        Torsås Löparklubb
        """)
    headers = [
        ("Message-ID", "<9f3b2c71e0a84d56@example.org>"),
        ("Date", date(4, 1, 12, 30, 45)),
        ("From", addr("Johanna Lindqvist", "johanna.lindqvist@example.org")),
        ("To", BOT),
        ("Subject", ew('Ansökan idéslanten: "Torsås springer"')),
        ("User-Agent", "Microsoft-MacOutlook/16.83.24031120"),
        ("Thread-Topic", ew('Ansökan idéslanten: "Torsås springer"')),
    ]
    raw = build(headers, text(body, cte="quoted-printable"))
    lab = label(
        "application",
        "sv",
        "11101",
        """Tests salary costs: the largest budget item is wages for a member employed by the hour as
        project leader ('lön … timanställd … sociala avgifter'), so salary_costs true even though
        the application is otherwise tidy. Association: name, founded 2015, 52 members, org.nr.
        Contact: Johanna Lindqvist with phone from her own address. Activity: dated weekly beginners'
        group and a 5 km race with local aims. Anchoring missing: only 'vi tror att det finns ett
        stort intresse'. Budget: four items = 15 000 = amount. Renting timing equipment is not an
        investment. 'kvinnor och män' gives women_and_men true.""",
        association_name="Torsås Löparklubb",
        org_number=ORG_TORSASLK,
        contact_name="Johanna Lindqvist",
        contact_email="johanna.lindqvist@example.org",
        contact_phone="070-455 31 76",
        members=52,
        ort="Torsås",
        amount_sek=15000,
        women_and_men=True,
        salary_costs=True,
        physical_investment=False,
    )
    return raw, lab


@mail(4325, "resmo-byalag-mobil")
def m4325():
    body = d("""
        Hej! Resmo byalag söker 6000 kr från idéslanten.

        Vi är en ideell förening med 45 medlemmar som sköter badplatsen och ordnar midsommar i Resmo.

        Vi vill ha vårstädardag + byamöte "Resmo framåt" lör 25/4: städning av diken o badplats på fm, sen soppa och föredrag av en trafikplanerare om cykelväg Resmo-Mörbylånga och diskussion om hur byn ska driva frågan vidare. Cykelvägen är viktig för att barnfamiljer ska kunna bo kvar.

        Förslaget kom från förra byamötet i oktober (22 pers var där) och hembygdsföreningen och jaktlaget hjälper till med städningen.

        Budget: föreläsare 2500, soppa o fika 2000, sopsäckar, handskar o hyra av container 1500. Totalt 6000.

        Kontakt: Stina Berg 072-318 04 66

        /Stina

        Skickat från min Galaxy
        """)
    headers = [
        ("Message-ID", "<v1m7q2w9e-resmo-4325@example.se>"),
        ("Date", date(4, 2, 7, 14, 2)),
        ("From", addr("Stina Berg", "stina.berg@example.se")),
        ("To", BOT),
        ("Subject", "Bygdepeng Resmo"),
    ]
    raw = build(headers, text(body, cte="8bit", ct_extra="; format=flowed"))
    lab = label(
        "application",
        "sv",
        "11111",
        """Short phone mail that is nevertheless complete: association (Resmo byalag, ideell
        förening, 45 members, what it does), contact (Stina Berg with phone, own address), activity
        (dated clean-up day and village meeting on a cycle path with a traffic planner, with local
        benefit), anchoring (came from the October village meeting, hembygdsförening and hunting
        team help) and budget in prose with three amounts = 6 000. Bags and gloves are consumables,
        container is hired. No gender wording.""",
        association_name="Resmo byalag",
        contact_name="Stina Berg",
        contact_email="stina.berg@example.se",
        contact_phone="072-318 04 66",
        members=45,
        ort="Resmo",
        amount_sek=6000,
        salary_costs=False,
        physical_investment=False,
    )
    return raw, lab


MID_4326 = "<CAFx9Lq4cT1p8Zr3Nw6Hk0sY2bV7mE5dGq9Xu1oJ4326@example.com>"
RCPT_4326 = "<20260407183102.2026-0047.r3@example.se>"


@mail(4326, "soderakra-re-enkat-forankring")
def m4326():
    upd = d(f"""
        Tack för kompletteringen! Vi har lagt till den i ärende 2026-0047.

        Det som fortfarande saknas:
        – Lokal förankring: hur aktiviteten är förankrad i byn, t.ex. ett byamöte, en enkät eller samarbete med andra föreningar.
        – Budget: en översiktlig budget med kostnadsposter och belopp.

        Med vänliga hälsningar
        {BOT_NAME}
        """)
    body = d("""
        Hej! Här kommer förankringen.

        Vi har gjort en enkät till alla föräldrar på skolan och förskolan och lagt ut den i byns facebookgrupp "Söderåkra – vår by". 41 svarade, 38 vill komma på föräldracaféerna och 17 kan tänka sig att hjälpa till. Söderåkra IK lånar ut bord och stolar och hembygdsföreningen bjuder på kaffet första kvällen och sprider inbjudan till sina medlemmar.

        Budgeten kommer snart, lovar!

        Emma Karlsson

        Den mån 30 mars 2026 kl 21:03 skrev Idéslanten – Region Kalmar län <ideslanten@example.se>:

        """) + quote(upd)
    headers = [
        ("MIME-Version", "1.0"),
        ("References", f"{MID_4319} {RCPT_4319} {MID_4322} {RCPT_4322}"),
        ("In-Reply-To", RCPT_4322),
        ("Date", date(4, 7, 12, 48, 19)),
        ("Message-ID", MID_4326),
        ("Subject", ew(f"Re: {SUBJ_4319} [Idéslanten 2026-0047]")),
        ("From", addr("Emma Karlsson", "emma.karlsson84@example.com")),
        ("To", addr(BOT_NAME, BOT)),
    ]
    raw = build(headers, text(body, cte="quoted-printable", quote_cs=True))
    lab = label(
        "followup",
        "sv",
        "01010",
        """Second followup in the Söderåkra thread (4319, 4322), written on a phone in Gmail. New
        text: anchoring (survey among parents and in the village Facebook group, 41 answers, 17
        volunteers; sports club and hembygdsförening help). Budget still only promised. Signed
        Emma Karlsson from her own address: contact true. Quoted bot update still asks for anchoring
        and budget and must not count. Survey respondents are not members.""",
        contact_name="Emma Karlsson",
        contact_email="emma.karlsson84@example.com",
        ort="Söderåkra",
        salary_costs=False,
        physical_investment=False,
    )
    return raw, lab


ORG_IKF_EMMABODA = org("802502117")


@mail(4327, "emmaboda-kvinnoforening-sycafe")
def m4327():
    body = d(f"""
        Hej

        Jag heter Amal Haddad och jag är ordförande för Internationella kvinnoföreningen i Emmaboda. Vi har 34 medlemmar, kvinnor från 9 länder som bor i Emmaboda. Föreningen startade 2019, org.nr {ORG_IKF_EMMABODA}.

        Vi vill söka pengar för "Sy och prata" - sycafé för kvinnor varje lördag från 18 april till 20 juni (10 gånger) i Folkets hus i Emmaboda kl 13-16. Vi syr och lagar kläder tillsammans och pratar svenska. Många av oss sitter hemma och har inte kontakt med svenska kvinnor i byn, på sycafé vi lär känna varandra och kvinnorna får bättre svenska och kanske jobb. Kvinnor från Emmaboda syförening kommer också och lär ut.

        Förankring: på vårt medlemsmöte i januari 20 kvinnor sa ja till sycafé. Emmaboda syförening och Röda korset Emmaboda hjälper oss, och kommunens integrationsenhet har lånat oss lokal första gången.

        Budget:
        Hyra Folkets hus 10 x 300 kr = 3 000 kr
        Hyra 4 symaskiner från studieförbundet 2 000 kr
        Tyg, tråd, dragkedjor 2 500 kr
        Cirkelledare arvode 3 000 kr
        Fika 1 000 kr
        Summa 11 500 kr

        Kontakt: Amal Haddad 076-502 44 19, amal.haddad@example.net

        Bifogar vår inbjudan.

        Tack så mycket!
        Amal
        """)
    part = multi(
        "mixed",
        [
            text(body, charset="iso-8859-1", cte="quoted-printable"),
            att(png(24, 32, 4327), "image/png", "inbjudan.png"),
        ],
        "_004_AS8PR09MB61234327EXAMPLE_",
    )
    headers = [
        ("From", addr("Amal Haddad", "amal.haddad@example.net")),
        ("To", addr("ideslanten@example.se", BOT)),
        ("Subject", ew("ansökan idéslanten sycafé", "iso-8859-1")),
        ("Date", date(4, 8, 16, 20, 0)),
        ("Message-ID", "<AS8PR09MB6123E2F1A0B94C7D8E5F4327@example.net>"),
        ("Content-Language", "sv-SE"),
        ("X-MS-Has-Attach", "yes"),
    ]
    raw = build(headers, part)
    lab = label(
        "application",
        "sv",
        "11111",
        """Complete application in learner's Swedish (iso-8859-1 QP, a PNG invitation attached) that
        breaks the gender rule: a sewing café for women only ('sycafé för kvinnor'), so
        women_and_men false. Association: name, 34 members, founded 2019, org.nr. Contact: Amal
        Haddad with phone and e-mail. Activity: ten dated Saturdays with language practice and
        local benefit. Anchoring: members' meeting (20 said yes), local sewing club, Red Cross and
        the municipality's integration unit help. Budget: five items = 11 500. Renting sewing
        machines is not an investment; fabric and thread are consumables; circle leader's fee is
        not salary.""",
        association_name="Internationella kvinnoföreningen i Emmaboda",
        org_number=ORG_IKF_EMMABODA,
        contact_name="Amal Haddad",
        contact_email="amal.haddad@example.net",
        contact_phone="076-502 44 19",
        members=34,
        ort="Emmaboda",
        amount_sek=11500,
        women_and_men=False,
        salary_costs=False,
        physical_investment=False,
    )
    return raw, lab


ORG_RALLA = org("802433871")


@mail(4328, "ralla-oppna-gardar-bildbudget")
def m4328():
    body = d(f"""
        Hej,

        Rälla Bygdegårdsförening (org.nr {ORG_RALLA}, 88 medlemmar) söker 14 000 kr ur idéslanten.

        Lördag 16 maj ordnar vi "Öppna gårdar i Rälla": tolv gårdar, hantverkare och odlare i Rälla med omnejd håller öppet för bybor och besökare mellan kl 10 och 16. Vi hyr en minibuss med chaufför som kör en slinga mellan gårdarna hela dagen, och på kvällen har vi ett öppet möte i bygdegården om att starta ett gemensamt nätverk för gårdsförsäljning i Rälla. Det ger de små företagen i byn fler kunder och gör att fler stannar till i Rälla i stället för att köra förbi på väg 136.

        Alla tolv gårdar har skrivit på att de är med, och byamötet den 10 mars (ca 40 personer) ställde sig bakom idén. Rälla byalag sköter skyltningen längs vägarna.

        Budgeten finns i bifogad bild, jag fick inte till det i Excel.

        Kontakt: Henrik Nyberg, 070-388 12 64

        Mvh
        Henrik Nyberg
        kassör, Rälla Bygdegårdsförening
        """)
    part = multi(
        "mixed",
        [
            text(body, cte="quoted-printable"),
            att(png(40, 30, 4328), "image/png", "Skärmavbild 2026-04-14 kl. 20.11.png"),
        ],
        "Apple-Mail=_2E7B0C94-51A8-4D3F-B6C2-4328A1F0E9D7",
    )
    headers = [
        ("From", addr("Henrik Nyberg", "henrik.nyberg@example.se")),
        ("Content-Transfer-Encoding", "7bit"),
        ("Mime-Version", "1.0 (Mac OS X Mail 16.0 \\(3774.500.171.1.1\\))"),
        ("Subject", ew("Idéslanten – Öppna gårdar i Rälla")),
        ("Message-Id", "<3B7D91E2-0C4F-4A86-9F15-4328RALLA0001@example.se>"),
        ("Date", date(4, 14, 20, 16, 33)),
        ("To", BOT),
        ("X-Mailer", "Apple Mail (2.3774.500.171.1.1)"),
    ]
    raw = build(headers, part, mime_version=False)
    lab = label(
        "application",
        "sv",
        "11110",
        """Budget only as a screenshot: 'Budgeten finns i bifogad bild' with a PNG attachment (non-ASCII
        RFC 2231 file name) that carries no readable text, so budget false; the stated 14 000 is the
        amount applied for. Association: name, org.nr, 88 members. Contact: Henrik Nyberg with
        phone from his own address. Activity: dated open-farm day with a hired minibus and an
        evening meeting on a farm-sales network, clear local benefit. Anchoring: all twelve farms
        signed up, village meeting backed it, byalag handles signage. Minibus hire with driver is a
        hired service, not salary or investment.""",
        association_name="Rälla Bygdegårdsförening",
        org_number=ORG_RALLA,
        contact_name="Henrik Nyberg",
        contact_email="henrik.nyberg@example.se",
        contact_phone="070-388 12 64",
        members=88,
        ort="Rälla",
        amount_sek=14000,
        salary_costs=False,
        physical_investment=False,
    )
    return raw, lab


ORG_KRISTDALA = org("802458612")
MID_4329 = "<4329.1776265203.kristdala@example.org>"


@mail(4329, "kristdala-byalag-studieresa-virserum")
def m4329():
    body = d(f"""
        Till Region Kalmar län, landsbygdsutvecklaren

        Ansökan om medel ur regional bygdepeng (idéslanten)

        Kristdala Byalag, org.nr {ORG_KRISTDALA}, är en ideell förening med ca 150 medlemmar som verkar för service, boende och gemenskap i Kristdala med omnejd.

        Byalaget avser att genomföra en studieresa lördagen den 23 maj 2026 till Virserum, där bygden under flera år har drivit ett framgångsrikt arbete med lokal service, konsthall och föreningsdriven turism. Vi reser med hyrd buss, ca 40 deltagare, och tas emot av Virserums byalag som berättar om sitt arbete. Onsdagen den 3 juni hålls ett uppföljningsmöte i Kristdala Folkets Hus där resans lärdomar presenteras för alla intresserade och där vi väljer ut två idéer som byalaget ska arbeta vidare med under hösten.

        Vi tror att många i Kristdala kommer att vilja följa med och att resan kommer att ge nya idéer till bygden.

        Budget
        Bussresa Kristdala-Virserum t/r      7 800 kr
        Föredrag och guidning i Virserum     1 500 kr
        Fika under resan                     1 200 kr
        Lokal och fika vid uppföljningsmötet   700 kr
        Summa                               11 200 kr

        Med vänlig hälsning
        Styrelsen för Kristdala Byalag
        """)
    headers = [
        ("Date", date(4, 15, 17, 0, 3)),
        ("From", addr("Kristdala Byalag", "kristdala.byalag@example.org")),
        ("To", BOT),
        ("Subject", ew("Ansökan idéslanten - studieresa till Virserum", "iso-8859-1", "B")),
        ("Message-ID", MID_4329),
        ("X-Mailer", "Microsoft Windows Live Mail 16.4.3528.331"),
    ]
    ctype = 'Content-Type: text/plain; charset="iso-8859-1"; format=flowed; reply-type=original'
    raw = build(headers, ([ctype, "Content-Transfer-Encoding: 8bit"], body.encode("iso-8859-1")))
    lab = label(
        "application",
        "sv",
        "10101",
        """Formal letter-style application from the byalag's shared mailbox in an iso-8859-1 8bit
        body (Windows Live Mail, B-encoded iso-8859-1 subject). Association: name, org.nr, ca 150
        members, purpose. Activity: dated study trip by hired bus to Virserum plus a follow-up
        meeting that picks two ideas to pursue. Budget: four items = 11 200. Contact missing:
        signed 'Styrelsen' from the association mailbox, no person named. Anchoring missing: only
        'vi tror att många kommer att vilja följa med'; Virserums byalag receiving the visitors is the
        trip's host elsewhere, not backing in Kristdala. Virserum is in Hultsfred municipality, but
        the application concerns Kristdala (Oskarshamn).""",
        association_name="Kristdala Byalag",
        org_number=ORG_KRISTDALA,
        members=150,
        ort="Kristdala",
        amount_sek=11200,
        salary_costs=False,
        physical_investment=False,
    )
    return raw, lab


@mail(4330, "soderakra-sv-budget-docx")
def m4330():
    upd = d(f"""
        Tack för kompletteringen! Vi har lagt till den i ärende 2026-0047.

        Det som fortfarande saknas:
        – Budget: en översiktlig budget med kostnadsposter och belopp.

        Med vänliga hälsningar
        {BOT_NAME}
        """)
    body = (
        d("""
        Hej,

        Här kommer budgeten för föräldracaféerna som bifogad fil. Vi söker 9 500 kr.

        Skriver från jobbmejlen idag, men det är fortfarande jag som är kontaktperson.

        Vänliga hälsningar
        Emma Karlsson
        Föräldraföreningen Söderåkra
        073-901 22 47

        """)
        + "\n"
        + d(f"""
        Från: Idéslanten – Region Kalmar län <{BOT}>
        Skickat: den 7 april 2026 20:31
        Till: Emma Karlsson <emma.karlsson84@example.com>
        Ämne: Re: {SUBJ_4319} [Idéslanten 2026-0047]

        """)
        + upd
    )
    doc = docx(
        [
            "# Budget – Föräldracaféer i Söderåkra våren 2026",
            "Föräldraföreningen Söderåkra",
            "",
            "Sökt belopp från idéslanten: 9 500 kr",
            "Lokalen (skolans matsal) lånar vi gratis av kommunen.",
        ],
        table=[
            ["Kostnadspost", "Belopp (kr)"],
            ["Föreläsare kväll 1, arvode inkl. resa", "4 000"],
            ["Fika tre kvällar", "1 800"],
            ['Tryck av "flytta hit"-paket', "2 500"],
            ["Annonsering Facebook och lokaltidning", "1 200"],
            ["Summa", "9 500"],
        ],
        table_after=1,
    )
    part = multi(
        "mixed",
        [
            text(body, cte="quoted-printable", quote_cs=True),
            att(
                doc,
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                "Budget föräldracafé.docx",
            ),
        ],
        "_002_DU0P190MB1953C9A14330SODERAKRA_",
    )
    headers = [
        ("From", addr("Emma Karlsson", "emma.karlsson@example.org")),
        ("To", addr(BOT_NAME, BOT)),
        ("Subject", ew(f"SV: Re: {SUBJ_4319} [Idéslanten 2026-0047]")),
        ("Thread-Topic", ew(f"Re: {SUBJ_4319} [Idéslanten 2026-0047]")),
        ("Date", date(4, 16, 10, 22, 7)),
        ("Message-ID", "<DU0P190MB1953C9A1E04F7B2D3A6B4330@example.org>"),
        ("References", f"{MID_4319} {RCPT_4319} {MID_4322} {RCPT_4322} {MID_4326} {RCPT_4326}"),
        ("In-Reply-To", RCPT_4326),
        ("Content-Language", "sv-SE"),
        ("X-MS-Has-Attach", "yes"),
    ]
    raw = build(headers, part)
    lab = label(
        "followup",
        "sv",
        "01001",
        """Third followup in the Söderåkra thread (4319, 4322, 4326), from Emma's work address in
        Outlook with the bot's update quoted under 'Från:/Skickat:'. The budget is in a .docx table
        (four items = 9 500, the amount applied for). She signs with full name, association and
        phone and says she is still the contact: contact true (work address is her own). The
        association's name in the signature alone does not describe it, so association false, but
        association_name is stated. The lecturer's fee is not salary; printing is not an
        investment.""",
        association_name="Föräldraföreningen Söderåkra",
        contact_name="Emma Karlsson",
        contact_email="emma.karlsson@example.org",
        contact_phone="073-901 22 47",
        ort="Söderåkra",
        amount_sek=9500,
        salary_costs=False,
        physical_investment=False,
    )
    return raw, lab


ORG_PRO_LOFTA = org("802008543")
MID_4331 = "<a3f1c0de-4331-4b7e-9d2a-loftahammar@example.se>"
SUBJ_4331 = "Ansökan idéslanten PRO Loftahammar – Digital vardag"


@mail(4331, "pro-loftahammar-digital-vardag")
def m4331():
    body = d(f"""
        Hej!

        PRO Loftahammar ansöker om 11 400 kr ur idéslanten för studiecirkeln "Digital vardag".

        Om oss: PRO Loftahammar är en pensionärsförening med 95 medlemmar i Loftahammar med omnejd, org.nr {ORG_PRO_LOFTA}. Vi träffas varje månad i Loftahammars bygdegård.

        Vad vi vill göra: Fyra träffar i bygdegården, tisdagarna 12, 19 och 26 maj och 2 juni kl 14–16. En IT-handledare från studieförbundet lär ut BankID, Swish, 1177 och Kivra, och hur man bokar färdtjänst och beställer mat på nätet. Sedan banken och apoteket försvann från Loftahammar måste man klara mycket digitalt, och för många äldre är det det som avgör om de kan bo kvar i byn. Träffarna är öppna för alla äldre i Loftahammar, kvinnor som män, medlemmar eller inte.

        Förankring: Idén kom från en enkät vid julfesten där 48 av 61 svarande ville ha hjälp med det digitala. Medlemsmötet den 17 mars beslutade att vi ska genomföra cirkeln. Loftahammars byalag lånar oss bygdegården till reducerat pris och biblioteket i Västervik lånar ut surfplattor till dem som inte har egen. Sex yngre bybor har lovat att vara "digitala faddrar" under träffarna.

        Budgeten finns i bifogat Word-dokument.

        Kontaktperson: Gunnel Forsberg, sekreterare, tel 0493-610 52 eller 070-839 25 18.

        Med vänlig hälsning
        Gunnel Forsberg
        PRO Loftahammar
        """)
    html = (
        '<html><head><meta charset="utf-8"></head><body style="font-family:Arial;font-size:14px">'
        + "".join(f"<p>{p.replace(chr(10), '<br>')}</p>" for p in body.strip().split("\n\n"))
        + "</body></html>\n"
    )
    doc = docx(
        [
            "# PRO Loftahammar – Digital vardag 2026",
            "Budget",
            "Surfplattor lånas från biblioteket. Inga inköp av utrustning.",
            "Sökt belopp: 11 400 kr",
        ],
        table=[
            ["Post", "Antal", "Kronor"],
            ["IT-handledare, arvode", "4 träffar à 1 800", "7 200"],
            ["Hyra bygdegården", "4 x 400", "1 600"],
            ["Hyra av projektor och duk", "", "800"],
            ["Fika", "", "1 200"],
            ["Annons i lokaltidningen", "", "600"],
            ["Summa", "", "11 400"],
        ],
        table_after=1,
    )
    part = multi(
        "mixed",
        [
            multi(
                "alternative",
                [text(body, cte="quoted-printable"), text(html, "html", cte="quoted-printable")],
                "alt-4331-8d2e9f",
            ),
            att(
                doc,
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                "Budget Digital vardag.docx",
            ),
        ],
        "mixed-4331-77b1c0",
    )
    headers = [
        ("Message-ID", MID_4331),
        ("Date", date(4, 20, 9, 55, 14)),
        ("From", addr("Gunnel Forsberg", "gunnel.forsberg@example.se")),
        ("To", BOT),
        ("Subject", ew(SUBJ_4331)),
        (
            "User-Agent",
            "Mozilla/5.0 (Macintosh; Intel Mac OS X 10.15; rv:115.0) Gecko/20100101 Thunderbird/115.10.1",
        ),
    ]
    raw = build(headers, part)
    lab = label(
        "application",
        "sv",
        "11111",
        """Complete application with headed sections in a multipart/alternative body and the budget
        in a .docx table. Association: PRO branch, 95 members, org.nr, meeting place. Contact:
        Gunnel Forsberg with two phones (first recorded). Activity: four dated sessions with an IT
        tutor, local benefit (older people can stay in the village after the bank closed).
        Anchoring: survey at the Christmas party (48 of 61), members' meeting decision, byalag
        lends the hall, library lends tablets, six volunteers. Budget: five items = 11 400 =
        amount. Projector is hired, tablets borrowed: no investment; tutor's fee is not salary.
        'kvinnor som män' gives women_and_men true.""",
        association_name="PRO Loftahammar",
        org_number=ORG_PRO_LOFTA,
        contact_name="Gunnel Forsberg",
        contact_email="gunnel.forsberg@example.se",
        contact_phone="0493-610 52",
        members=95,
        ort="Loftahammar",
        amount_sek=11400,
        women_and_men=True,
        salary_costs=False,
        physical_investment=False,
    )
    return raw, lab


ORG_GRONHOGEN = org("802419871")


@mail(4332, "gronhogen-byalag-vagt")
def m4332():
    html = d(f"""
        <html><body>
        <p>Hej.</p>
        <p>Grönhögens Byalag har 67 medlemmar och har funnits sedan 1987. Vi jobbar för att Grönhögen ska vara en levande by även på vintern, när sommargästerna har åkt. Org.nr {ORG_GRONHOGEN}.</p>
        <p>Vi vill söka bidrag för insatser som stärker bygden och sammanhållningen under året. Det är mycket som behöver göras här och vi har många idéer.</p>
        <p>På vårt byamöte den 12 april var vi 27 st och alla var överens om att vi skulle söka. Grönhögens hamnförening och Grönhögens IF står bakom oss och vill hjälpa till.</p>
        <p>Vi behöver nog runt 15 000 kr.</p>
        <p>Mvh<br>Lasse Nord<br>ordf. Grönhögens Byalag<br>0485-66 21 30</p>
        </body></html>
        """)
    headers = [
        ("Message-ID", "<1387652910.4332.1776871200@example.com>"),
        ("Date", date(4, 22, 17, 20, 0)),
        ("From", addr("Lasse Nord", "lasse.nord@example.com")),
        ("To", BOT),
        ("Subject", ew("Ansökan Grönhögens Byalag", "windows-1252")),
        ("X-Mailer", "WebMail/3.2"),
    ]
    raw = build(headers, text(html, "html", charset="windows-1252", cte="quoted-printable"))
    lab = label(
        "application",
        "sv",
        "11010",
        """HTML-only windows-1252 quoted-printable mail. Association: name, 67 members, since 1987,
        purpose, org.nr. Contact: Lasse Nord with phone from his own address. Anchoring: village
        meeting 12 April (27 attendees) agreed, harbour association and IF back it. Activity
        missing: 'insatser som stärker bygden och sammanhållningen' is a vague wish with no
        what/when/how. Budget missing: only 'runt 15 000 kr', which counts as the amount.""",
        association_name="Grönhögens Byalag",
        org_number=ORG_GRONHOGEN,
        contact_name="Lasse Nord",
        contact_email="lasse.nord@example.com",
        contact_phone="0485-66 21 30",
        members=67,
        ort="Grönhögen",
        amount_sek=15000,
        salary_costs=False,
        physical_investment=False,
    )
    return raw, lab


@mail(4333, "johansfors-bruksdag-csv")
def m4333():
    body = d("""
        Hej!

        Vi är några eldsjälar i Johansfors som vill att bruksmiljön ska leva vidare nu när glasbruket är nedlagt sedan länge.

        Lördag 13 juni vill vi ordna en Bruksdag i Johansfors: guidad vandring genom det gamla bruksområdet och arbetarbostäderna, en glasblåsare som visar hantverket i en mobil ugn, och på eftermiddagen ett öppet möte om hur bruksmiljön kan användas för turism och småföretag. Det finns många stugor som står tomma halva året, och vi tror att bruksmiljön kan locka både besökare och nya invånare.

        Vid ett möte i gamla skolan 2 april var vi 25 personer som bestämde att vi skulle köra. Johansfors IF ordnar grillning och Bruksmuseets vänner håller i guidningen tillsammans med oss. Ett femtontal har anmält sig som funktionärer.

        Budgeten bifogar jag som fil.

        Per Axelsson
        0471-501 88
        """)
    csv_text = "Post;Belopp (kr)\nGlasblåsare, arvode och resa;4000\nGuide;1500\nHyra av tält;2500\nFika och grill;1200\nAnnonser och affischer;800\nSumma;10000\n"
    part = multi(
        "mixed",
        [
            text(body, cte="8bit"),
            (
                [
                    'Content-Type: text/csv; charset=utf-8; name="budget bruksdag.csv"',
                    'Content-Disposition: attachment; filename="budget bruksdag.csv"',
                    "Content-Transfer-Encoding: base64",
                ],
                base64.encodebytes(csv_text.encode("utf-8")),
            ),
        ],
        "=-=-=4333=-=-=",
    )
    headers = [
        ("From", addr("Per Axelsson", "per.axelsson@example.net")),
        ("To", BOT),
        ("Subject", "Bruksdag i Johansfors 13/6"),
        ("Date", date(4, 27, 21, 9, 41)),
        ("Message-ID", "<87y1kq3v9z.fsf@example.net>"),
        ("User-Agent", "Gnus/5.13 (Gnus v5.13)"),
    ]
    raw = build(headers, part)
    lab = label(
        "application",
        "sv",
        "01111",
        """Budget as a .csv attachment (semicolon-separated, five items = 10 000). Association
        missing: 'några eldsjälar i Johansfors' is an unnamed group; the IF and Bruksmuseets vänner
        are partners, not the applicant, so association_name null. Contact: Per Axelsson with phone
        from his own address. Activity: dated 'Bruksdag' with guided walk, glassblowing demo and an
        open meeting on tourism, with local benefit. Anchoring: meeting of 25 people decided, IF and
        museum friends' society co-organise, fifteen volunteers. Glassblower's and guide's fees are not
        salary; tent is hired.""",
        contact_name="Per Axelsson",
        contact_email="per.axelsson@example.net",
        contact_phone="0471-501 88",
        ort="Johansfors",
        amount_sek=10000,
        salary_costs=False,
        physical_investment=False,
    )
    return raw, lab


ORG_BODA = org("802447720")


@mail(4334, "boda-hembygd-slatterkurs")
def m4334():
    body = d(f"""
        Hej!

        Böda hembygdsförening söker idéslanten till en slåtter- och lieslipningskurs.

        Föreningen har ca 130 medlemmar och sköter hembygdsgården i Böda på norra Öland med ängen bakom gården. Org.nr {ORG_BODA}.

        Lördag 27 juni håller vi en heldagskurs på ängen med en erfaren kursledare: hur man slipar och slår med lie, räfsar och hässjar. Ängarna på norra Öland växer igen när ingen slår dem, och vi vill att fler i Böda – gamla som unga, kvinnor som män – ska kunna hjälpa till att hålla dem öppna. Det gynnar både blomsterängarna och turismen i socknen, och ängen blir byns gemensamma slåtterplats varje sommar.

        Vi gör kursen tillsammans med Böda byalag och Norra Ölands naturskyddsförening, som lånar ut liar och räfsor. 18 personer har redan skrivit upp sig på listan vid affären.

        Budget
        Kursledare, arvode och resa 3 500 kr
        Lunch och fika 2 000 kr
        Annonsering 500 kr
        Totalt 6 000 kr

        Hälsningar från oss i Böda hembygdsförening
        """)
    headers = [
        ("Message-ID", "<BODA.4334.20260504@example.se>"),
        ("Date", date(5, 4, 13, 37, 26)),
        ("From", addr("Annika Sjöberg", "boda.hembygd@example.se")),
        ("To", BOT),
        ("Subject", ew("Idéslanten – slåtterkurs i Böda")),
    ]
    raw = build(
        headers,
        (["Content-Type: text/plain", "Content-Transfer-Encoding: 8bit"], body.encode("utf-8")),
    )
    lab = label(
        "application",
        "sv",
        "10111",
        """Body declared text/plain without any charset parameter although it is utf-8 8bit. Contact
        missing: the only name, Annika Sjöberg, appears solely in the From header of the
        association's shared mailbox, and the mail is signed 'oss i Böda hembygdsförening'. All
        else given: association (ca 130 members, org.nr, what it does), activity (dated scything
        course with local benefit), anchoring (byalag and nature conservation society co-operate,
        18 signed up), budget (three items = 6 000). Borrowed scythes: no investment. 'kvinnor som
        män' gives women_and_men true.""",
        association_name="Böda hembygdsförening",
        org_number=ORG_BODA,
        members=130,
        ort="Böda",
        amount_sek=6000,
        women_and_men=True,
        salary_costs=False,
        physical_investment=False,
    )
    return raw, lab


@mail(4335, "runsten-filmklubb-question-en")
def m4335():
    body = d("""
        Hello,

        my wife and I moved to Runsten from Hamburg two years ago. We run a small film club in the Runsten bygdegård – we have 12 members now, Swedes and Germans, and we show a film with Swedish or English subtitles once a month.

        Our question: can the idéslanten be used to buy a projector and a good speaker for the film nights? At the moment we borrow an old projector from the school, but they want it back. It would cost about 9 000 SEK. Or is it only for events and meetings?

        Thank you and kind regards,
        Jürgen Brandt
        """)
    headers = [
        ("Date", date(5, 6, 19, 44, 10)),
        ("From", addr("Jürgen Brandt", "juergen.brandt@example.com")),
        ("To", BOT),
        ("Subject", "Question: projector for film club?"),
        ("Message-ID", "<e4b1d7a2-runsten-4335@example.com>"),
        (
            "User-Agent",
            "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Thunderbird/128.2.0",
        ),
        ("Content-Language", "de-DE"),
    ]
    raw = build(headers, text(body, cte="8bit", ct_extra="; format=flowed"))
    lab = label(
        "question",
        "en",
        "00000",
        """English question from a newcomer in Runsten: may the grant buy a projector and a speaker
        for a film club. Not an application (asks whether it is allowed). The question itself
        proposes buying equipment, so physical_investment true; salary not raised (null). The
        9 000 is a price of equipment asked about, not an amount applied for, so amount_sek null.
        12 members stated.""",
        association_name=None,
        contact_name="Jürgen Brandt",
        contact_email="juergen.brandt@example.com",
        members=12,
        ort="Runsten",
        physical_investment=True,
    )
    return raw, lab


ORG_STOREBRO = org("802471005")


@mail(4336, "storebro-byalag-via-leader")
def m4336():
    body = d(f"""
        Hej!

        Jag skriver på uppdrag av Storebro Byalag, som jag träffade på ett idémöte i förra veckan. De är inte så vana vid ansökningar, så jag har hjälpt dem att sätta ihop det här.

        Storebro Byalag är en ideell förening med ett åttiotal medlemmar i Storebro i Vimmerby kommun, org.nr {ORG_STOREBRO}. Byalaget ordnar bl.a. bruksdagen och sköter badplatsen vid Stångån.

        Byalaget vill utveckla bygden kring ån och bruket och har många idéer som de vill gå vidare med under året. Engagemanget i byn är stort.

        Preliminär budget:
        Lokalhyra  2 000 kr
        Föreläsare  4 000 kr
        Fika  1 500 kr
        Studiematerial  1 000 kr
        Summa  8 500 kr

        Kontaktperson i byalaget är Tomas Ljung, ordförande, tel 0492-300 48, tomas.ljung@example.com.

        Vänliga hälsningar
        Maria Holmqvist
        Verksamhetsledare, Leader Norra Kalmar län
        0492-159 70
        """)
    headers = [
        ("Message-ID", "<HE1PR0702MB3691B7D2E4F1A08C9D3E4336@example.org>"),
        ("Date", date(5, 11, 10, 5, 48)),
        ("From", addr("Maria Holmqvist", "maria.holmqvist@example.org")),
        ("To", BOT),
        ("Cc", addr("Tomas Ljung", "tomas.ljung@example.com")),
        ("Subject", ew("Ansökan idéslanten för Storebro Byalag")),
        ("Content-Language", "sv-SE"),
    ]
    raw = build(headers, text(body, cte="quoted-printable", quote_cs=True))
    lab = label(
        "application",
        "sv",
        "11001",
        """Written by a (fictional) Leader office's manager on a village association's behalf.
        Association: Storebro Byalag, ideell förening, 'ett åttiotal' = 80 members, org.nr, what it
        does. Contact: the byalag's chairman Tomas Ljung with phone and e-mail (not the Leader
        writer). Activity missing: 'vill utveckla bygden … har många idéer' is a vague wish.
        Anchoring missing: 'Engagemanget i byn är stort' is an empty claim. Budget: four items =
        8 500 ('preliminär' is still a budget with amounts). Lecturer's fee is not salary.""",
        association_name="Storebro Byalag",
        org_number=ORG_STOREBRO,
        contact_name="Tomas Ljung",
        contact_email="tomas.ljung@example.com",
        contact_phone="0492-300 48",
        members=80,
        ort="Storebro",
        amount_sek=8500,
        salary_costs=False,
        physical_investment=False,
    )
    return raw, lab


@mail(4337, "stenasa-picnic-mixed-language")
def m4337():
    body = d("""
        Hej hej!

        Sorry, my Swedish is not good enough for this, so jag skriver på engelska och lite svenska.

        We are a few families in Stenåsa who want to organise "Möt dina grannar" – a neighbours' picnic on Sunday 7 June, 12–17, on the old school yard in Stenåsa. There will be games for the kids, a walk to the runestone with a short talk about the history of the village, and a "swap table" for plants and books. Many people have moved to Stenåsa in the last years (like us) and we hardly know the people who have lived here for generations – and they don't know us. Everyone is welcome, kvinnor och män, barn och gamla!

        We asked in the Facebook group "Stenåsa by" and 35 households answered that they will come. Stenåsa hembygdsförening lends us tables and benches and will give the history talk, and the farm shop on the main road sponsors the juice.

        We would need about 5 000 kronor.

        Tack så mycket!
        Rachel Green-Nilsson
        073-664 02 81
        """)
    headers = [
        ("Date", date(5, 13, 21, 30, 55)),
        ("From", addr("Rachel Green-Nilsson", "rachel.greennilsson@example.net")),
        ("To", BOT),
        ("Subject", ew("Ansökan / application – neighbours' picnic in Stenåsa")),
        ("Message-ID", "<CABx7pQ0wT4e9Yk2Zr1mN6sV3fL8hJ5dGc0oU7iA4337@example.net>"),
        ("MIME-Version", "1.0"),
    ]
    html = (
        '<div dir="ltr">'
        + "".join(f"<p>{p.replace(chr(10), '<br>')}</p>" for p in body.strip().split("\n\n"))
        + "</div>\n"
    )
    part = multi(
        "alternative",
        [text(body, cte="base64"), text(html, "html", cte="base64")],
        "000000000000e5d1b40649a7c3f2",
    )
    raw = build(headers, part, mime_version=False)
    lab = label(
        "application",
        "en",
        "01110",
        """Mixed English/Swedish mail (mostly English, so language en), base64 multipart/alternative.
        Association missing: 'a few families in Stenåsa' is an unnamed group; the hembygdsförening
        is a partner, not the applicant. Contact: Rachel Green-Nilsson with phone from her own
        address. Activity: dated neighbours' picnic with history walk and swap table, aimed at
        bringing newcomers and old residents together. Anchoring: 35 households answered in the
        village Facebook group, hembygdsförening lends furniture and gives the talk, farm shop
        sponsors. Budget missing: only 'about 5 000 kronor', the amount. 'kvinnor och män' gives
        women_and_men true.""",
        contact_name="Rachel Green-Nilsson",
        contact_email="rachel.greennilsson@example.net",
        contact_phone="073-664 02 81",
        ort="Stenåsa",
        amount_sek=5000,
        women_and_men=True,
        salary_costs=False,
        physical_investment=False,
    )
    return raw, lab


@mail(4338, "loftahammar-franvaro")
def m4338():
    body = d("""
        Hej!

        Jag är på semester till och med måndag 1 juni och läser inte min e-post under tiden.
        Gäller det PRO Loftahammar kan du kontakta vår ordförande Sven-Erik Ström, 070-512 33 08.

        I am on holiday until 1 June and will not read my e-mail.

        Gunnel Forsberg
        """)
    officer_mid = "<VI1PR09MB4330F2A7C1D8E9B0A6F3B2C1D4E5@example.se>"
    headers = [
        ("Message-ID", "<auto-4338-7f3a9c21@example.se>"),
        ("Date", date(5, 18, 14, 2, 9)),
        ("From", addr("Gunnel Forsberg", "gunnel.forsberg@example.se")),
        ("To", addr("Landsbygdsutvecklare Region Kalmar län", OFFICER)),
        ("Subject", ew(f"Frånvaromeddelande: SV: {SUBJ_4331}")),
        ("In-Reply-To", officer_mid),
        ("References", f"{MID_4331} {officer_mid}"),
        ("Auto-Submitted", "auto-replied"),
        ("X-Autoreply", "yes"),
        ("X-Auto-Response-Suppress", "All"),
    ]
    raw = build(headers, text(body, cte="quoted-printable"))
    lab = label(
        "autoreply",
        "sv",
        "00000",
        """Out-of-office (Swedish with an English line) from the contact of 4331, answering the
        officer's own reply: Auto-Submitted: auto-replied and X-Autoreply headers, 'Frånvaromeddelande:
        SV:' subject, References naming application 4331. It names a person and phone but is a
        machine reply, not a followup; all facts null.""",
    )
    return raw, lab


@mail(4339, "bounce-kristdala-user-unknown")
def m4339():
    notice = d("""
        This message was created automatically by mail delivery software.

        A message that you sent could not be delivered to one or more of its
        recipients. This is a permanent error. The following address(es) failed:

          kristdala.byalag@example.org
            host mx.example.org [203.0.113.25]
            SMTP error from remote mail server after RCPT TO:<kristdala.byalag@example.org>:
            550 5.1.1 <kristdala.byalag@example.org>: Recipient address rejected: User unknown in virtual mailbox table
        """)
    dsn = d("""
        Reporting-MTA: dns; mx1.example.se

        Action: failed
        Final-Recipient: rfc822;kristdala.byalag@example.org
        Status: 5.1.1
        Remote-MTA: dns; mx.example.org
        Diagnostic-Code: smtp; 550 5.1.1 <kristdala.byalag@example.org>: Recipient address rejected: User unknown in virtual mailbox table
        """)
    orig = d(f"""
        Received: from [10.1.4.22] (helo=region.example.se)
        \tby mx1.example.se with esmtpsa (Exim 4.97)
        \tid 1vKp9T-0004xQ-2b
        \tfor kristdala.byalag@example.org; Wed, 20 May 2026 08:41:17 +0200
        Message-ID: <c5d0e1f2-4339-officer-kristdala@example.se>
        Date: Wed, 20 May 2026 08:41:15 +0200
        From: Landsbygdsutvecklare Region Kalmar =?utf-8?q?l=C3=A4n?= <{OFFICER}>
        To: Kristdala Byalag <kristdala.byalag@example.org>
        Subject: =?utf-8?q?SV=3A_Ans=C3=B6kan_id=C3=A9slanten_-_studieresa_till_Virserum?=
        In-Reply-To: {MID_4329}
        References: {MID_4329}
        MIME-Version: 1.0
        Content-Type: text/plain; charset=utf-8
        """)
    part = multi(
        "report",
        [
            text(notice, charset="us-ascii", cte="7bit"),
            raw_part("Content-Type: message/delivery-status", dsn),
            raw_part("Content-Type: text/rfc822-headers", orig),
        ],
        "1779259277-eximdsn-1422918851",
        ct_extra="; report-type=delivery-status",
    )
    headers = [
        ("Return-path", "<>"),
        ("X-Failed-Recipients", "kristdala.byalag@example.org"),
        ("Auto-Submitted", "auto-replied"),
        ("From", addr("Mail Delivery System", "Mailer-Daemon@example.se")),
        ("To", OFFICER),
        ("References", "<c5d0e1f2-4339-officer-kristdala@example.se>"),
        ("Content-Transfer-Encoding", "7bit"),
        ("Subject", "Mail delivery failed: returning message to sender"),
        ("Message-Id", "<E1vKp9T-0004xS-4c@example.se>"),
        ("Date", date(5, 20, 8, 41, 18)),
    ]
    raw = build(headers, part)
    lab = label(
        "bounce",
        "en",
        "00000",
        """Exim delivery failure (multipart/report with message/delivery-status and text/rfc822-headers):
        the officer's reply to the Kristdala application (4329) was rejected, 550 5.1.1 user unknown.
        The returned headers carry In-Reply-To/References to 4329 and an 'SV:' subject, which must
        not make it a followup. All facts null.""",
    )
    return raw, lab


@mail(4340, "leadernytt-maj")
def m4340():
    html = d("""
        <!DOCTYPE html>
        <html lang="sv"><head><meta charset="utf-8"><title>Leadernytt maj 2026</title></head>
        <body style="margin:0;background:#eef2f5;font-family:Helvetica,Arial,sans-serif">
        <div style="max-width:620px;margin:0 auto;background:#fff;padding:24px">
        <p style="font-size:12px;color:#888">Visas inte mejlet korrekt? <a href="https://example.com/leadernytt/2026-05">Öppna i webbläsaren</a></p>
        <h1 style="color:#1f5f8b">Leadernytt &ndash; maj 2026</h1>
        <h2>Nytt utlysningsbeslut</h2>
        <p>Styrelsen har beslutat om en ny utlysning för lokala mötesplatser. Sista dag att lämna in är 15 september. Läs mer på webben.</p>
        <h2>Från idé till ansökan</h2>
        <p>Har din förening en liten idé? Regionens idéslanten (upp till 15 000 kr per ort) passar bra för första steget – ett byamöte, en studieresa eller en föreläsning. Större projekt kan sedan söka Leader. I våras hjälpte vi bland annat byalaget i Storebro med en första ansökan.</p>
        <h2>Träffa oss</h2>
        <ul><li>2 juni – Hultsfred, föreningsfrukost</li><li>9 juni – Gamleby, projektverkstad</li><li>16 juni – Mönsterås, digital träff</li></ul>
        <hr>
        <p style="font-size:11px;color:#888">Du får Leadernytt eftersom du anmält dig till vårt nyhetsbrev.<br>
        <a href="https://example.com/leadernytt/unsubscribe?u=ide7731">Avsluta prenumerationen</a> | <a href="https://example.com/leadernytt/prefs?u=ide7731">Ändra inställningar</a></p>
        </div></body></html>
        """)
    headers = [
        ("Date", date(5, 27, 9, 0, 1, tz="+0000")),
        ("From", addr("Leader Norra Kalmar län", "nyhetsbrev@example.com")),
        ("To", addr("Idéslanten", BOT)),
        ("Subject", ew("Leadernytt maj: ny utlysning och från idé till ansökan")),
        ("Message-ID", "<20260527090001.ide7731.leadernytt@example.com>"),
        ("List-Id", "Leadernytt <leadernytt.example.com>"),
        ("List-Unsubscribe", "<https://example.com/leadernytt/unsubscribe?u=ide7731>"),
        ("X-Campaign", "leadernytt-2026-05"),
        ("Feedback-ID", "7731:leadernytt:mailer"),
    ]
    raw = build(headers, text(html, "html", cte="quoted-printable"))
    lab = label(
        "newsletter",
        "sv",
        "00000",
        """HTML-only newsletter from a (fictional) Leader office with List-Id and List-Unsubscribe but
        no Precedence header. It recommends idéslanten, states the 15 000 cap and mentions the
        Storebro byalag's application, none of which makes it a question, application or followup.
        All facts null.""",
    )
    return raw, lab


# === END OF MAILS ===

# ---------------------------------------------------------------------------
# generation and self-check

ADDR_RE = re.compile(r"[A-Za-z0-9._%+\-]+@([A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)+)")
ORG_RE = re.compile(r"(?<![\d-])(\d{6})-(\d{4})(?![\d-])")
ALLOWED = {"example.se", "example.com", "example.org", "example.net"}
MALFORMED: set[str] = set()  # file names of deliberately malformed mails (none in this set)


def _texts(msg) -> list[str]:
    out = [str(v) for _k, v in msg.items()]
    for part in msg.walk():
        out.extend(str(v) for _k, v in part.items())
        if part.is_multipart():
            continue
        ctype = part.get_content_type()
        payload = part.get_payload(decode=True) or b""
        if (
            ctype.startswith("text/")
            or ctype.startswith("message/")
            or ctype == "text/rfc822-headers"
        ):
            out.append(payload.decode(part.get_content_charset() or "utf-8", "replace"))
        elif ctype.endswith("wordprocessingml.document") or ctype.endswith("spreadsheetml.sheet"):
            with zipfile.ZipFile(io.BytesIO(payload)) as z:
                for n in z.namelist():
                    out.append(re.sub(r"<[^>]+>", " ", z.read(n).decode("utf-8")))
        elif ctype == "application/pdf":
            out.append(payload.decode("latin-1"))
            for m in re.finditer(rb"stream\n(.*?)\nendstream", payload, re.S):
                try:
                    out.append(zlib.decompress(m.group(1)).decode("latin-1"))
                except zlib.error:
                    pass
    return out


def check(files: dict[str, bytes], labels: dict[str, dict]) -> list[str]:
    errs: list[str] = []
    if set(files) != set(labels):
        errs.append(f"labels/files mismatch: {sorted(set(files) ^ set(labels))}")
    parsed = {}
    for name, raw in files.items():
        if not re.fullmatch(r"\d{4}-[a-z0-9-]+\.eml", name):
            errs.append(f"{name}: bad file name")
        if b"\r" in raw:
            errs.append(f"{name}: CR in file")
        msg = BytesParser(policy=policy.default).parsebytes(raw)
        parsed[name] = msg
        defects = [(p.get_content_type(), p.defects) for p in msg.walk() if p.defects]
        if defects and name not in MALFORMED:
            errs.append(f"{name}: defects {defects}")
        for part in msg.walk():
            if part.get_content_maintype() == "text" and not part.is_multipart():
                try:
                    part.get_content()
                except Exception as e:  # noqa: BLE001
                    errs.append(f"{name}: undecodable text part {e}")
        for t in _texts(msg):
            for m in ADDR_RE.finditer(t):
                if m.group(1).lower() not in ALLOWED:
                    errs.append(f"{name}: address outside example.*: {m.group(0)}")
            for m in ORG_RE.finditer(t):
                if not luhn_ok(m.group(1) + m.group(2)):
                    errs.append(f"{name}: org-like number not Luhn-valid: {m.group(0)}")
        if not msg["Message-ID"] or not msg["Date"]:
            errs.append(f"{name}: missing Message-ID/Date")
    # numbering follows Date
    names = sorted(files)
    when = [email.utils.parsedate_to_datetime(str(parsed[n]["Date"])) for n in names]
    for a, b, ta, tb in zip(names, names[1:], when, when[1:], strict=False):
        if not ta < tb:
            errs.append(f"date order: {a} ({ta}) !< {b} ({tb})")
    mids = {n: str(parsed[n]["Message-ID"]).strip() for n in names}
    if len(set(mids.values())) != len(mids):
        errs.append("duplicate Message-IDs")
    app_ids = {mids[n]: n for n in names if labels.get(n, {}).get("kind") == "application"}
    # labels
    kinds = {"application", "followup", "question", "autoreply", "bounce", "newsletter", "spam"}
    for n in names:
        lab = labels[n]
        if set(lab) != {"kind", "language", "elements", "facts", "notes"}:
            errs.append(f"{n}: label fields {sorted(lab)}")
            continue
        if lab["kind"] not in kinds or lab["language"] not in ("sv", "en"):
            errs.append(f"{n}: kind/language")
        if list(lab["elements"]) != list(EL_KEYS) or not all(
            isinstance(v, bool) for v in lab["elements"].values()
        ):
            errs.append(f"{n}: elements")
        if list(lab["facts"]) != list(FACT_KEYS):
            errs.append(f"{n}: facts keys")
        f = lab["facts"]
        if f["org_number"] is not None and not (
            re.fullmatch(r"\d{6}-\d{4}", f["org_number"])
            and luhn_ok(f["org_number"].replace("-", ""))
        ):
            errs.append(f"{n}: org_number {f['org_number']}")
        for k in ("members", "amount_sek"):
            if f[k] is not None and not isinstance(f[k], int):
                errs.append(f"{n}: {k} not int")
        if f["contact_email"] is not None and f["contact_email"].split("@")[-1] not in ALLOWED:
            errs.append(f"{n}: contact_email domain")
        if lab["kind"] in ("application", "followup"):
            if not (
                isinstance(f["salary_costs"], bool) and isinstance(f["physical_investment"], bool)
            ):
                errs.append(f"{n}: salary/investment must be bool")
        else:
            if any(lab["elements"].values()):
                errs.append(f"{n}: non-application with true element")
        if lab["kind"] in MACHINE and any(v is not None for v in f.values()):
            errs.append(f"{n}: machine mail with facts")
        if not lab["notes"]:
            errs.append(f"{n}: empty notes")
        if lab["kind"] == "followup":
            msg = parsed[n]
            irt = str(msg["In-Reply-To"] or "").strip()
            refs = str(msg["References"] or "").split()
            subj = str(msg["Subject"] or "")
            if not re.match(r"(?i)(re|sv|aw):", subj):
                errs.append(f"{n}: followup subject {subj!r}")
            ref_apps = [r for r in refs if r in app_ids]
            if not ref_apps:
                errs.append(f"{n}: followup References names no application")
            elif irt not in app_ids and irt in mids.values():
                errs.append(f"{n}: In-Reply-To names a non-application mail of the folder")
            for r in ref_apps:
                if app_ids[r] > n:
                    errs.append(f"{n}: refers to a later application")
    return errs


def main() -> int:
    OUT.mkdir(parents=True, exist_ok=True)
    files: dict[str, bytes] = {}
    labels: dict[str, dict] = {}
    nums = [m[0] for m in MAILS]
    if nums != sorted(nums) or len(set(nums)) != len(nums):
        print("mail numbers out of order or duplicated", file=sys.stderr)
        return 1
    for num, slug, fn in MAILS:
        raw, lab = fn()
        name = f"{num}-{slug}.eml"
        files[name] = raw
        labels[name] = lab
    for old in OUT.glob("*.eml"):
        if old.name not in files:
            old.unlink()
    for name, raw in files.items():
        (OUT / name).write_bytes(raw)
    (OUT / "labels.json").write_text(
        json.dumps(labels, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
    )
    errs = check(files, labels)
    for e in errs:
        print("CHECK:", e, file=sys.stderr)
    kinds: dict[str, int] = {}
    for lab in labels.values():
        kinds[lab["kind"]] = kinds.get(lab["kind"], 0) + 1
    print(f"wrote {len(files)} mails to {OUT}: {kinds}")
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main())
