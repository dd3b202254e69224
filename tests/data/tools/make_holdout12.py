"""Held-out test corpus 12 for the Idéslanten intake bot (mails 4601–4640).

Forty entirely fictional e-mails from an autumn (September–November 2026) in the
rural parts of Kalmar län – mostly Västervik, Vimmerby, Hultsfred, Högsby,
Oskarshamn and Nybro municipalities, plus a few elsewhere: archipelago byalag,
forest villages, glass-works villages in Glasriket, villages with newly arrived
families, a summer-house owners' association, youth groups, a local history
society, a village shop cooperative and a hunting team that wants to hold a
game dinner for the village.  Applications, threaded followups, questions,
autoreplies, bounces, newsletters and phishing, with labels in labels.json
following /work/shared/corpus/README.md.  This set is held out: it is scored
but must not be read while developing the bot.

Regenerate (deterministic, byte-identical output, stdlib only):

    /work/main/.venv/bin/python tests/data/tools/make_holdout12.py

The script writes tests/data/holdout12/NNNN-slug.eml and labels.json, then
checks itself (parsing, schema, Luhn, domains, date order, threading).
"""

# ruff: noqa: E501
from __future__ import annotations

import base64
import datetime as dt
import email
import json
import quopri
import re
import struct
import sys
import zipfile
import zlib
from email import policy
from email.utils import formataddr, parsedate_to_datetime
from io import BytesIO
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "holdout12"

BOT = "Idéslanten – Region Kalmar län <ideslanten@example.se>"
BOT_ADDR = "ideslanten@example.se"
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
ALLOWED_DOMAINS = {"example.se", "example.com", "example.org", "example.net"}

MAILS: list[tuple[str, bytes, dict]] = []
MSGIDS: dict[int, str] = {}


# --------------------------------------------------------------------------
# small helpers
# --------------------------------------------------------------------------


def date(month: int, day: int, hh: int, mm: int, ss: int = 0) -> str:
    """RFC 5322 date in Swedish local time (CEST until 25 Oct 2026)."""
    t = dt.datetime(2026, month, day, hh, mm, ss)
    off = "+0200" if t < dt.datetime(2026, 10, 25, 3, 0) else "+0100"
    return t.strftime("%a, %d %b %Y %H:%M:%S ") + off


def ew(text: str, charset: str = "utf-8", enc: str = "Q") -> str:
    """Encode a header value as one or more RFC 2047 encoded words."""
    words: list[str] = []
    chunk = ""
    for ch in text:
        cand = chunk + ch
        raw = cand.encode(charset)
        if enc == "B":
            size = len(base64.b64encode(raw))
        else:
            size = len(_q(raw))
        if size > 75 - len(charset) - 7 and chunk:
            words.append(chunk)
            chunk = ch
        else:
            chunk = cand
    if chunk:
        words.append(chunk)
    out = []
    for w in words:
        raw = w.encode(charset)
        if enc == "B":
            out.append(f"=?{charset}?B?{base64.b64encode(raw).decode()}?=")
        else:
            out.append(f"=?{charset}?Q?{_q(raw)}?=")
    return "\n ".join(out)


def _q(raw: bytes) -> str:
    s = []
    for b in raw:
        c = chr(b)
        if b == 0x20:
            s.append("_")
        elif c.isascii() and (c.isalnum() or c in "!*+-/"):
            s.append(c)
        else:
            s.append(f"={b:02X}")
    return "".join(s)


def addr(name: str, mail: str, charset: str = "utf-8") -> str:
    if not name:
        return mail
    try:
        name.encode("ascii")
        return formataddr((name, mail))
    except UnicodeEncodeError:
        return f"{ew(name, charset)} <{mail}>"


class Part:
    def __init__(self, headers: list[str], body: bytes):
        self.headers = headers
        self.body = body


def text(
    body: str,
    charset: str | None = "utf-8",
    cte: str = "8bit",
    subtype: str = "plain",
    extra: list[str] | None = None,
    fmt_flowed: bool = False,
) -> Part:
    enc = charset or "ascii"
    raw = body.replace("\r\n", "\n").encode(enc)
    ctype = f"text/{subtype}"
    if charset:
        ctype += f'; charset="{charset}"' if subtype == "html" else f"; charset={charset}"
    if fmt_flowed:
        ctype += "; format=flowed"
    if cte == "quoted-printable":
        data = quopri.encodestring(raw)
    elif cte == "base64":
        data = base64.encodebytes(raw)
    else:
        data = raw
    if not data.endswith(b"\n"):
        data += b"\n"
    hdrs = [f"Content-Type: {ctype}", f"Content-Transfer-Encoding: {cte}"]
    return Part(hdrs + (extra or []), data)


def attachment(data: bytes, ctype: str, filename: str, inline: bool = False) -> Part:
    try:
        filename.encode("ascii")
        fn = f'"{filename}"'
        params = f"filename={fn}"
        nparam = f"name={fn}"
    except UnicodeEncodeError:
        encoded = "".join(
            c
            if c.isascii() and c.isalnum() or c in ".-_"
            else "".join(f"%{b:02X}" for b in c.encode())
            for c in filename
        )
        params = f"filename*=utf-8''{encoded}"
        nparam = f'name="{ew(filename)}"'
    disp = "inline" if inline else "attachment"
    return Part(
        [
            f"Content-Type: {ctype};\n {nparam}",
            f"Content-Disposition: {disp};\n {params}",
            "Content-Transfer-Encoding: base64",
        ],
        base64.encodebytes(data),
    )


def multi(subtype: str, boundary: str, parts: list[Part], preamble: str = "") -> Part:
    out = b""
    if preamble:
        out += preamble.encode() + b"\n"
    for p in parts:
        out += f"--{boundary}\n".encode()
        out += ("\n".join(p.headers) + "\n\n").encode("ascii")
        out += p.body
        if not p.body.endswith(b"\n"):
            out += b"\n"
    out += f"--{boundary}--\n".encode()
    return Part([f'Content-Type: multipart/{subtype};\n boundary="{boundary}"'], out)


def label(
    kind: str,
    notes: str,
    lang: str = "sv",
    missing: tuple[str, ...] = (),
    present: tuple[str, ...] | None = None,
    **facts,
) -> dict:
    if kind == "application":
        els = {e: e not in missing for e in ELEMENTS}
    elif kind == "followup":
        els = {e: e in (present or ()) for e in ELEMENTS}
    else:
        els = dict.fromkeys(ELEMENTS, False)
    f = dict.fromkeys(FACTS)
    if kind in ("application", "followup"):
        f["salary_costs"] = False
        f["physical_investment"] = False
    for k, v in facts.items():
        assert k in FACTS, k
        f[k] = v
    return {"kind": kind, "language": lang, "elements": els, "facts": f, "notes": notes}


def mail(
    num: int,
    slug: str,
    *,
    date_: str,
    frm: str,
    to: str,
    subject: str,
    root: Part,
    msgid: str,
    lab: dict,
    pre: list[str] | None = None,
    extra: list[str] | None = None,
    in_reply_to: str | None = None,
    references: str | None = None,
    cc: str | None = None,
    mime_version: bool = True,
    raw_tail: bytes | None = None,
) -> None:
    hdrs = list(pre or [])
    hdrs.append(f"From: {frm}")
    hdrs.append(f"To: {to}")
    if cc:
        hdrs.append(f"Cc: {cc}")
    hdrs.append(f"Subject: {subject}")
    hdrs.append(f"Date: {date_}")
    hdrs.append(f"Message-ID: {msgid}")
    if in_reply_to:
        hdrs.append(f"In-Reply-To: {in_reply_to}")
    if references:
        hdrs.append(f"References: {references}")
    hdrs.extend(extra or [])
    if mime_version:
        hdrs.append("MIME-Version: 1.0")
    hdrs.extend(root.headers)
    data = ("\n".join(hdrs) + "\n\n").encode("ascii") + root.body
    if raw_tail is not None:
        data = raw_tail
    MSGIDS[num] = msgid
    MAILS.append((f"{num}-{slug}.eml", data, lab))


def receipt_sv(case: str, missing: list[tuple[str, str]], variant: int = 0) -> str:
    """The bot's receipt text as it would be quoted (plain lines, no quote marks)."""
    lines = []
    if variant == 0:
        lines.append("Hej!")
        lines.append("")
        lines.append("Tack för er ansökan om idéslanten! Vi har tagit emot den och gett den")
        lines.append(f"ärendenummer {case}.")
        lines.append("")
        lines.append("Vi saknar följande i er ansökan:")
    else:
        lines.append("Hej och tack för ert mejl!")
        lines.append("")
        lines.append(
            f"Er ansökan om regional bygdepeng – idéslanten är registrerad som ärende {case}."
        )
        lines.append("För att vi ska kunna pröva den behöver vi komplettering av:")
    for name, guide in missing:
        lines.append(f"– {name}: {guide}")
    lines.append("")
    lines.append("Svara gärna på det här mejlet med det som saknas, så kopplas svaret till")
    lines.append("ärendet automatiskt.")
    lines.append("")
    lines.append("Vänliga hälsningar")
    lines.append("Idéslanten – Region Kalmar län")
    lines.append("(automatiskt svar, landsbygdsutvecklaren läser alla ansökningar)")
    return "\n".join(lines)


GUIDE = {
    "association": (
        "Föreningen/gruppen",
        "namn på föreningen eller gruppen och lite om den (t.ex. antal medlemmar, org.nr)",
    ),
    "contact": ("Kontaktperson", "namn och e-post eller telefon till den som vi kan kontakta"),
    "activity": (
        "Aktiviteten",
        "vad ni ska göra, när och hur det bidrar till utvecklingen på orten",
    ),
    "anchoring": (
        "Lokal förankring",
        "hur idén är förankrad i bygden, t.ex. byastämma, enkät eller samarbete",
    ),
    "budget": ("Budget", "en översiktlig budget med kostnadsposter och belopp"),
}


def receipt_for(case: str, missing: tuple[str, ...], variant: int = 0) -> str:
    return receipt_sv(case, [GUIDE[m] for m in missing], variant)


def quote(s: str, prefix: str = "> ") -> str:
    return "\n".join(
        (prefix + line).rstrip() if line else prefix.rstrip() for line in s.split("\n")
    )


# --------------------------------------------------------------------------
# document builders (docx, xlsx, pdf, png) – deterministic, stdlib only
# --------------------------------------------------------------------------

ZIP_TIME = (2026, 1, 1, 0, 0, 0)


def _zip(files: list[tuple[str, str]], when: tuple = ZIP_TIME) -> bytes:
    buf = BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for name, content in files:
            info = zipfile.ZipInfo(name, date_time=when)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o600 << 16
            info.create_system = 0
            z.writestr(info, content.encode("utf-8"), compresslevel=6)
    return buf.getvalue()


def _x(s: str) -> str:
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def docx(blocks: list, when: tuple = ZIP_TIME) -> bytes:
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
                    f'<w:tc><w:tcPr><w:tcW w:w="4000" w:type="dxa"/></w:tcPr><w:p><w:r><w:t xml:space="preserve">{_x(str(c))}</w:t></w:r></w:p></w:tc>'
                    for c in row
                )
                rows.append(f"<w:tr>{cells}</w:tr>")
            body.append(
                '<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/></w:tblPr>'
                + "".join(rows)
                + "</w:tbl><w:p/>"
            )
    doc = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
        "<w:body>"
        + "".join(body)
        + '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr></w:body></w:document>'
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
    return _zip(
        [("[Content_Types].xml", ct), ("_rels/.rels", rels), ("word/document.xml", doc)], when
    )


def _col(i: int) -> str:
    s = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s


def xlsx(rows: list[list], sheet: str = "Blad1", when: tuple = ZIP_TIME) -> bytes:
    """rows of cells: str, int/float, or ('=FORMULA', cached_value)."""
    xml_rows = []
    for r, row in enumerate(rows, start=1):
        cells = []
        for c, v in enumerate(row):
            ref = f"{_col(c)}{r}"
            if v is None or v == "":
                continue
            if isinstance(v, tuple):
                cells.append(f'<c r="{ref}"><f>{_x(v[0].lstrip("="))}</f><v>{v[1]}</v></c>')
            elif isinstance(v, (int, float)):
                cells.append(f'<c r="{ref}"><v>{v}</v></c>')
            else:
                cells.append(
                    f'<c r="{ref}" t="inlineStr"><is><t xml:space="preserve">{_x(v)}</t></is></c>'
                )
        xml_rows.append(f'<row r="{r}">' + "".join(cells) + "</row>")
    sheet_xml = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
        "<sheetData>" + "".join(xml_rows) + "</sheetData></worksheet>"
    )
    wb = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
        'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
        f'<sheets><sheet name="{_x(sheet)}" sheetId="1" r:id="rId1"/></sheets></workbook>'
    )
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
    return _zip(
        [
            ("[Content_Types].xml", ct),
            ("_rels/.rels", rels),
            ("xl/workbook.xml", wb),
            ("xl/_rels/workbook.xml.rels", wb_rels),
            ("xl/worksheets/sheet1.xml", sheet_xml),
        ],
        when,
    )


def _pdf_str(s: str) -> str:
    raw = s.encode("cp1252")
    out = []
    for b in raw:
        if b in (0x28, 0x29, 0x5C):
            out.append("\\" + chr(b))
        elif b < 32 or b > 126:
            out.append(f"\\{b:03o}")
        else:
            out.append(chr(b))
    return "".join(out)


def pdf(lines: list[str], title: str = "", compress: bool = True, per_page: int = 48) -> bytes:
    """Minimal PDF, Helvetica/WinAnsi; '# ' prefix = bold (Helvetica-Bold) line."""
    pages = [lines[i : i + per_page] for i in range(0, max(len(lines), 1), per_page)]
    objs: list[bytes] = []
    n_pages = len(pages)
    # 1 catalog, 2 pages, 3 font, 4 bold font, then per page: page obj, content obj; last: info
    kids = " ".join(f"{5 + 2 * i} 0 R" for i in range(n_pages))
    objs.append(b"<< /Type /Catalog /Pages 2 0 R >>")
    objs.append(f"<< /Type /Pages /Kids [{kids}] /Count {n_pages} >>".encode())
    objs.append(
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"
    )
    objs.append(
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>"
    )
    for i, pg in enumerate(pages):
        ops = ["BT", "/F1 10 Tf", "14 TL", "56 790 Td"]
        for ln in pg:
            if ln.startswith("# "):
                ops.append(f"/F2 12 Tf ({_pdf_str(ln[2:])}) Tj T* /F1 10 Tf")
            else:
                ops.append(f"({_pdf_str(ln)}) Tj T*")
        ops.append("ET")
        stream = ("\n".join(ops) + "\n").encode("latin-1")
        page = f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R /F2 4 0 R >> >> /Contents {6 + 2 * i} 0 R >>"
        objs.append(page.encode())
        if compress:
            data = zlib.compress(stream, 6)
            objs.append(
                f"<< /Length {len(data)} /Filter /FlateDecode >>\nstream\n".encode()
                + data
                + b"\nendstream"
            )
        else:
            objs.append(f"<< /Length {len(stream)} >>\nstream\n".encode() + stream + b"endstream")
    objs.append(
        f"<< /Title ({_pdf_str(title)}) /Producer (Writer) /CreationDate (D:20260101000000) >>".encode()
    )
    out = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"
    offsets = []
    for n, o in enumerate(objs, start=1):
        offsets.append(len(out))
        out += f"{n} 0 obj\n".encode() + o + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode()
    for off in offsets:
        out += f"{off:010d} 00000 n \n".encode()
    out += f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R /Info {len(objs)} 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return out


def png(width: int, height: int, seed: int = 7) -> bytes:
    """A small grey-ish noise PNG (stands in for a phone photo of a paper)."""

    def chunk(tag: bytes, data: bytes) -> bytes:
        return (
            struct.pack(">I", len(data))
            + tag
            + data
            + struct.pack(">I", zlib.crc32(tag + data) & 0xFFFFFFFF)
        )

    rows = bytearray()
    x = seed
    for y in range(height):
        rows.append(0)
        for _ in range(width):
            x = (x * 1103515245 + 12345) & 0x7FFFFFFF
            v = 200 + (x >> 16) % 40 - (25 if (y // 6) % 3 == 0 and (x >> 8) % 3 == 0 else 0)
            rows += bytes((v, v, max(v - 8, 0)))
    ihdr = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", ihdr)
        + chunk(b"IDAT", zlib.compress(bytes(rows), 9))
        + chunk(b"IEND", b"")
    )


# ==========================================================================
# the mails
# ==========================================================================

# --- 4601 Hasselö: complete, formal retiree, plain utf-8 8bit ------------------------------
mail(
    4601,
    "hasselo-byalag-framtidsmote",
    date_=date(9, 1, 9, 12, 40),
    frm=addr("Bertil Sandström", "bertil.sandstrom@example.se"),
    to=addr("Idéslanten – Region Kalmar län", BOT_ADDR),
    subject=ew("Ansökan om idéslanten – Hasselö Byalag, framtidsmöte om året-runt-boende"),
    msgid="<5f1c2a90-7d3e-4b1a-9e55-0a3c2f7b6d11@example.se>",
    extra=["User-Agent: Mozilla Thunderbird"],
    root=text(
        """Till landsbygdsutvecklaren, Region Kalmar län

Härmed ansöker Hasselö Byalag om medel ur regional bygdepeng – idéslanten
för år 2026.

1. Om föreningen
Hasselö Byalag är en ideell förening som bildades 1987 och samlar bofasta
och fritidsboende på Hasselö i Västerviks skärgård. Vi har 47 betalande
medlemmar 2026, varav ett tiotal bor på ön året runt. Org.nr 802437-8153.
Byalaget sköter bl.a. gästbryggan, midsommarfirandet och kontakten med
kommunen i frågor om färja och vintertrafik.

2. Kontaktperson
Bertil Sandström, ordförande
bertil.sandstrom@example.se
tel. 0490-232 41 (hem), 070-318 22 06 (mobil)

3. Aktiviteten
Lördagen den 17 oktober håller vi ett framtidsmöte i gamla skolan på
Hasselö under rubriken "Kan man bo på Hasselö året runt?". En inbjuden
föreläsare från Skärgårdarnas Riksförbund berättar hur andra skärgårdsöar
har fått fler helårsboende. Därefter samtalar vi i grupper om båttrafiken
vintertid, bredbandet, skolskjuts och möjligheten att starta ett litet
sommarcafé i skolans kök. Dagen avslutas med gemensam middag.
Samtalen sammanfattas i en kort skrift som vi lämnar till Västerviks
kommun inför nästa upphandling av skärgårdstrafiken. Mötet vänder sig
till alla – kvinnor och män, bofasta och sommarboende, och inte minst
de barnfamiljer som funderar på att flytta ut.

4. Förankring
Idén kom upp på byalagets årsmöte den 6 juni, där 31 personer deltog och
mötet enhälligt gav styrelsen i uppdrag att ordna framtidsmötet. Västrums
hembygdsförening och Hasselö fiskevårdsområde står som medarrangörer, och
ett tiotal medlemmar har lovat att laga maten och köra båtskjuts från
fastlandet för dem som inte har egen båt.

5. Budget
Föreläsare, arvode inkl. resa ............ 4 500 kr
Taxibåt Västervik–Hasselö t/r ............ 3 200 kr
Hyra av skolan (el, ved, städning) ....... 1 200 kr
Livsmedel till gemensam middag ........... 3 600 kr
Tryck av inbjudan och sammanfattning ..... 1 100 kr
Summa .................................... 13 600 kr

Vi söker alltså 13 600 kronor. Byalaget har inga anställda och inga
lönekostnader ingår.

Med vänlig hälsning

Bertil Sandström
Ordförande, Hasselö Byalag
""",
        fmt_flowed=False,
    ),
    lab=label(
        "application",
        "Complete, textbook application from a retired chairman in the Västervik archipelago, numbered 1–5 like the call text. Association named with org.nr and 47 paying members; contact is the signer with own address and two phones (first = home number); activity is a dated future meeting with lecturer and concrete local outcome (paper to the municipality on ferry traffic); anchoring = annual meeting decision with 31 present (attendance, not members), two co-organising local groups, volunteers; budget is a dotted list with total 13 600 kr which is also the applied amount. Explicitly both women and men; lecturer fee is not salary; school rental is not investment.",
        association_name="Hasselö Byalag",
        org_number="802437-8153",
        contact_name="Bertil Sandström",
        contact_email="bertil.sandstrom@example.se",
        contact_phone="0490-232 41",
        members=47,
        ort="Hasselö",
        amount_sek=13600,
        women_and_men=True,
    ),
)

# --- 4602 Orrefors: HTML-only Outlook mail, budget "kommer senare" ------------------------------
_html_4602 = """<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word">
<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><meta name="Generator" content="Microsoft Word 15 (filtered medium)">
<style><!--p.MsoNormal{margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;}--></style></head>
<body lang="SV" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">
<div class="WordSection1">
<p class="MsoNormal">Hej!<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">Jag skriver å <b>Orrefors Samhällsförening</b> vägnar. Vi är en ideell förening för hela Orrefors med omnejd, ungefär 130 hushåll är medlemmar, och vi har funnits sedan 1970-talet. Vi sköter bland annat badplatsen vid Orranäsasjön, julmarknaden och vårstädningen av bruksområdet.<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal"><b>Vad vi vill göra:</b> Sedan hyttan slocknade har många i byn saknat en plats där bruksminnena förs vidare. I höst vill vi därför ordna fyra <i>glasbruksvandringar</i> (torsdagskvällar 1, 8, 15 och 22 oktober) genom det gamla bruksområdet, där två pensionerade glasblåsare berättar om arbetet i hyttan, och en avslutande träff i Folkets hus den 29 oktober där vi diskuterar vad bruksområdet kan användas till i framtiden – hantverkare, ateljéer, kanske ett glascafé. Vi hoppas att det ger nyinflyttade en väg in i byn och att fler kvinnor som män, unga som gamla, engagerar sig i frågan.<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal"><b>Förankring:</b> Vi hade ett öppet bymöte i Folkets hus den 20 augusti där ca 40 personer kom och alla ställde sig bakom idén. Orrefors IF ordnar fika vid vandringarna och Nybro hembygdsförening lånar ut gamla fotografier som vi visar upp.<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal"><b>Pengar:</b> Vi söker ca 12&nbsp;000 kr. En mer detaljerad budget skickar jag så fort vår kassör har räknat klart, hon är bortrest till mitten av september.<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">Vänliga hälsningar<o:p></o:p></p>
<p class="MsoNormal">Annika Ljungberg<o:p></o:p></p>
<p class="MsoNormal">sekreterare, Orrefors Samhällsförening<o:p></o:p></p>
<p class="MsoNormal">Tel 0481-300 12<o:p></o:p></p>
</div>
</body>
</html>
"""
mail(
    4602,
    "orrefors-glasbruksvandringar",
    date_=date(9, 2, 14, 3, 51),
    frm=addr("Annika Ljungberg", "annika.ljungberg@example.com"),
    to=addr("Idéslanten – Region Kalmar län", BOT_ADDR),
    subject=ew("Ansökan idéslanten, glasbruksvandringar i Orrefors", "utf-8", "B"),
    msgid="<DB9PR08MB6634A1F2C0E44B7D9F3E2A11C9452@example.com>",
    extra=[
        "X-MS-Has-Attach: ",
        "Content-Language: sv-SE",
        "Thread-Topic: " + ew("Ansökan idéslanten, glasbruksvandringar i Orrefors"),
    ],
    root=text(_html_4602, "utf-8", "quoted-printable", subtype="html"),
    lab=label(
        "application",
        "HTML-only Outlook mail (Word-generated markup, QP) from the secretary of a glass-works village association in Glasriket. Association named and described (about 130 member households → members 130); contact = signer from own address with phone; activity = four dated guided walks with retired glassblowers plus a future meeting on the bruk area; anchoring = open village meeting ~40 people (attendance, not members) plus Orrefors IF and the hembygdsförening. Budget missing: only a rough 'ca 12 000 kr' and a promise of a detailed budget later – the rough figure is still amount_sek. 'kvinnor som män' → women_and_men true.",
        missing=("budget",),
        association_name="Orrefors Samhällsförening",
        contact_name="Annika Ljungberg",
        contact_email="annika.ljungberg@example.com",
        contact_phone="0481-300 12",
        members=130,
        ort="Orrefors",
        amount_sek=12000,
        women_and_men=True,
    ),
)

# --- 4603 Frödinge: youth question from a phone ------------------------------
mail(
    4603,
    "frodinge-fraga-under-18",
    date_=date(9, 3, 21, 47, 9),
    frm=addr("Elsa", "elsalindqvist09@example.com"),
    to=BOT_ADDR,
    subject="Fraga",
    msgid="<A3C1E0F2-77B1-4C9D-8E3A-19F0B2D6C4E8@example.com>",
    extra=["X-Mailer: iPhone Mail (21G93)"],
    root=text(
        """hej! vi är några i frödinge som är 15-16 år och vill ordna filmkväll i bygdegården typ en gång i månaden. kan man söka idéslanten om man är under 18 eller måste det va en vuxen förening som söker? och räknas det om vi är 10 st men inte e nån förening

mvh elsa

Skickat från min iPhone""",
        "utf-8",
        "quoted-printable",
    ),
    lab=label(
        "question",
        "Question, not an application: a teenager on an iPhone asks whether under-18s without a formal association can apply, and whether ten people without an association count. Subject is just 'Fraga' (ASCII, no å). A film-night idea is mentioned but nothing is applied for, no amount, no budget. Facts: ort Frödinge (Vimmerby), the writer's first name and address; no rule amount asked; salary/investment null as nothing is proposed.",
        contact_name="Elsa",
        contact_email="elsalindqvist09@example.com",
        ort="Frödinge",
    ),
)


# --- 4604 Kristdala: short body, whole application in .docx; complete ------------------------------
_docx_4604 = docx(
    [
        "# Ansökan om regional bygdepeng – idéslanten 2026",
        "# Kristdala Hembygdsförening",
        "Kristdala Hembygdsförening, org.nr 802511-2643, bildades 1929 och har i dag 86 medlemmar. Föreningen förvaltar hembygdsgården Kulturgården i Kristdala, Oskarshamns kommun, och arbetar med bygdens historia, byggnader och berättelser.",
        "# Kontaktperson",
        "Margareta Öberg, ordförande. E-post margareta.oberg@example.se, telefon 0491-540 77.",
        "# Aktivitet: Utvandrarkvällar i Kristdala",
        "Runt 1 900 personer utvandrade från Kristdala socken till Amerika. Under hösten ordnar vi tre kvällar i församlingshemmet: 15 oktober föredrag om utvandringen från Kristdala, 5 november en släktforskarkväll där en kursledare hjälper deltagarna att hitta sina utvandrade släktingar, och 26 november en kväll då vi ringer upp ättlingar i Minnesota via storbild och läser ur bevarade brev.",
        "Kvällarna ska stärka bygdens identitet och locka fler att engagera sig i hembygdsföreningen, särskilt nyinflyttade och yngre. Materialet vi samlar in används sedan på Kristdaladagen och i en utställning som kan locka besökare till orten. Kvällarna är öppna för alla – kvinnor och män i alla åldrar.",
        "# Lokal förankring",
        "Medlemsmötet den 12 maj (38 närvarande) beslutade att ordna kvällarna. Vi samarbetar med Kristdala församling som upplåter församlingshemmet och med Kristdala byalag som sprider inbjudan i sitt utskick till alla hushåll. Sex medlemmar har anmält sig som värdar.",
        "# Budget",
        [
            ["Post", "Belopp (kr)"],
            ["Föreläsararvode, 15 oktober", "2 500"],
            ["Kursledare släktforskning, 5 november", "2 500"],
            ["Teknik för storbild, hyra", "1 200"],
            ["Hyra församlingshemmet, 3 kvällar à 600 kr", "1 800"],
            ["Annonsering och affischer", "900"],
            ["Fika", "1 200"],
            ["Summa", "10 100"],
        ],
        "Vi söker 10 100 kr. Inga lönekostnader och inga inköp av utrustning ingår.",
        "Kristdala den 4 september 2026",
        "Margareta Öberg",
    ],
    when=(2026, 9, 4, 20, 31, 12),
)
mail(
    4604,
    "kristdala-utvandrarkvallar",
    date_=date(9, 5, 10, 18, 2),
    frm=addr("Margareta Öberg", "margareta.oberg@example.se"),
    to=BOT_ADDR,
    subject=ew("Ansökan från Kristdala hembygdsförening", "iso-8859-1", "Q"),
    msgid="<000001dc1e2f$8a41b2c0$9ec51840$@example.se>",
    extra=["X-Mailer: Microsoft Outlook 16.0", "Content-Language: sv"],
    root=multi(
        "mixed",
        "----=_NextPart_000_0001_01DC1E2F.8A41B2C0",
        [
            text(
                "Hej,\n\nBifogar vår ansökan om idéslanten för utvandrarkvällarna i höst.\nHör av er om något är oklart.\n\nHälsningar\nMargareta Öberg\nKristdala hembygdsförening\n0491-540 77\n",
                "iso-8859-1",
                "quoted-printable",
            ),
            attachment(
                _docx_4604,
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                "Ansökan idéslanten Kristdala hembygdsförening.docx",
            ),
        ],
        preamble="This is a multipart message in MIME format.",
    ),
    lab=label(
        "application",
        "Complete application where the body is three lines and everything lives in a .docx (non-ASCII filename via RFC 2231, iso-8859-1 QP body). The document has headed sections: local history society with org.nr and 86 members; contact with e-mail and phone; three dated emigrant evenings with clear local benefit; anchoring = members' meeting decision (38 present, not members), parish and byalag cooperation, volunteer hosts; budget table summing to 10 100 kr = applied amount. Course leader and lecturer fees are not salary; renting screen equipment is not investment. 'kvinnor och män' → true.",
        association_name="Kristdala Hembygdsförening",
        org_number="802511-2643",
        contact_name="Margareta Öberg",
        contact_email="margareta.oberg@example.se",
        contact_phone="0491-540 77",
        members=86,
        ort="Kristdala",
        amount_sek=10100,
        women_and_men=True,
    ),
)

# --- 4605 Fågelfors: newly arrived writer, anchoring missing, multipart/alternative ------------------------------
_t4605 = """Hej

Jag heter Rasha Al-Hamwi och jag bor i Fågelfors sedan 2019. Jag skriver för vår grupp "Nya Vänner i Fågelfors". Vi är 23 medlemmar, familjer som kommit från Syrien, Eritrea och Afghanistan och också svenska som bor här länge. Vi är inte förening med organisationsnummer men vi har en styrelse med tre personer.

Vi vill göra språkcafé varje lördag i Folkets hus i Fågelfors från 3 oktober till 21 november (8 gånger). Där kan nya prata svenska med dem som bor här, och svenska kan lära känna nya grannar. En lördag vi gör matkväll, alla familjer lagar mat från sitt land och några svenska gör kåldolmar :) Sista gången vi åker buss till Kalmar läns museum tillsammans så barn och föräldrar lär sig om historia i Småland. Det är för kvinnor och män och barn, alla är välkommen.

Varför det är bra för Fågelfors: många hus var tomma förut, nu bor nya familjer där. Men vi känner inte varandra och barnen behöver svenska. Om vi blir vänner så familjer stannar i Fågelfors och skolan blir kvar. Jag tror alla i byn tycker det är bra idé.

Budget
- hyra Folkets hus 8 lördagar x 300 kr = 2400 kr
- mat till matkväll 2500 kr
- buss till Kalmar tur och retur 4000 kr
- fika och kaffe 1000 kr
Totalt 9900 kr

Tack så mycket och förlåt för min svenska
Rasha Al-Hamwi
073-962 14 58
"""
_h4605 = (
    '<div dir="ltr">'
    + "".join(
        f"<div>{ln}</div>" if ln else "<div><br></div>"
        for ln in _t4605.replace("&", "&amp;").replace("<", "&lt;").split("\n")
    )
    + "</div>\n"
)
mail(
    4605,
    "fagelfors-sprakcafe-nya-vanner",
    date_=date(9, 7, 19, 55, 30),
    frm=addr("Rasha Al-Hamwi", "rasha.alhamwi@example.com"),
    to=BOT_ADDR,
    subject=ew("Språkcafé i Fågelfors ansökan"),
    msgid="<CAJx9f3Qm2Lk7pB0vT5oR1sWq8eYh4nD6uA0zC3gF7iK2mN9bV@example.com>",
    root=multi(
        "alternative",
        "000000000000a3f1e2061c5d8b47",
        [
            text(_t4605, "UTF-8", "quoted-printable"),
            text(_h4605, "UTF-8", "quoted-printable", subtype="html"),
        ],
    ),
    lab=label(
        "application",
        "Gmail multipart/alternative from a writer with Arabic as first language (simple, slightly ungrammatical Swedish, apologises for her Swedish). Association true: named group, 23 members, described composition, a board of three (no org.nr needed). Contact: named signer, own address, phone. Activity: eight dated Saturday language cafés, a food evening and a museum bus trip, with stated local benefit (families stay, school survives). Budget: itemised list totalling 9 900 kr. Anchoring FALSE: only a described need and 'jag tror alla i byn tycker det är bra idé' – no meeting, survey or partner. 'för kvinnor och män' → true.",
        missing=("anchoring",),
        association_name="Nya Vänner i Fågelfors",
        contact_name="Rasha Al-Hamwi",
        contact_email="rasha.alhamwi@example.com",
        contact_phone="073-962 14 58",
        members=23,
        ort="Fågelfors",
        amount_sek=9900,
        women_and_men=True,
    ),
)

# --- 4606 Lönneberga hunting team: shared mailbox, no named contact ------------------------------
mail(
    4606,
    "lonneberga-jaktlag-viltmiddag",
    date_=date(9, 8, 6, 41, 17),
    frm=addr("Södra Lönneberga Jaktlag", "jaktlaget.sodralonneberga@example.com"),
    to=BOT_ADDR,
    subject="viltmiddag for byn",
    msgid="<20260908064117.3F2A1C0B77@example.com>",
    extra=["X-Mailer: Telia Webbmail"],
    root=text(
        """hej

vi i Södra Lönneberga Jaktlag vill söka pengar ur idéslanten. jaktlaget har 14 medlemmar och vi jagar älg och vildsvin på ca 1800 ha runt Lönneberga sen 1950 talet

vi tänkte ha en viltmiddag för hela byn lördag 14 november i Lönneberga bygdegård. vi bjuder på älgkött från årets jakt och så kommer en viltvårdskonsulent och pratar om vildsvinen som bökar upp vallarna och hur bönder och jägare och andra i byn kan hjälpas åt. det har varit mycke snack i byn om det så det behövs att man träffas och pratar i lugn och ro. vi vill att hela byn kommer, kvinnor o män, det är inte bara gubbar som jagar nu för tiden

Lönneberga byalag och hembygdsföreningen är med och ordnar, byalaget tog upp det på sitt möte i augusti och ville ha en sån kväll, hembygdsföreningen fixar med bakning och dukning

kostnader
hyra bygdegårn 1800
föredrag arvode 2500
potatis svamp lingon dricka mm 3200
annons i bygdebladet 500
= 8000 kr

köttet står vi för själva

hör av er till oss på den här adressen

mvh Jaktlaget
""",
        "iso-8859-1",
        "8bit",
    ),
    lab=label(
        "application",
        "Hunting team wants a game dinner for the whole village; written without capitals and with little punctuation, iso-8859-1 8bit body, ASCII subject without ö. Association true (named team, 14 members, hunting area, since the 1950s). Activity true: dated dinner with a wildlife adviser's talk on wild boar damage and cooperation between farmers, hunters and villagers. Anchoring true: byalaget raised it at its August meeting and co-organises, the hembygdsförening bakes and lays tables. Budget: four items summing to 8 000 kr. Contact FALSE: sent from the team's shared mailbox and signed only 'Jaktlaget' – no named person, so contact facts null. 'kvinnor o män' → true; speaker fee is not salary; own meat is not a cost.",
        missing=("contact",),
        association_name="Södra Lönneberga Jaktlag",
        members=14,
        ort="Lönneberga",
        amount_sek=8000,
        women_and_men=True,
    ),
)


# --- 4607 newsletter: rural network, multipart/alternative, bulk headers ------------------------------
_t4607 = """LANDSBYGDSNÄTVERKET KALMAR LÄN – NYHETSBREV SEPTEMBER 2026
Läs i webbläsaren: https://example.org/nyhetsbrev/2026-09

Hej alla byalag, hembygdsföreningar och bygdegårdar!

* Idéslanten – sök före jul
Region Kalmar läns regionala bygdepeng "idéslanten" är öppen hela året, men
potten brukar ta slut framåt december. Högst 15 000 kr per ort och år, minst
10 medlemmar, inga lönekostnader och inga investeringar. Skicka ansökan med
de fem delarna till ideslanten@example.se.

* Höstens träffar
- 22 sept, Virserum: "Så fixar ni laddstolpe till bygdegården" (digitalt + på plats)
- 6 okt, Gamleby: Nätverksträff för skärgårds- och kustbyar
- 10 nov, Nybro: Glasrikets byar – hur gör vi med de tomma bruksområdena?

* Tips: Enkät i byn på 10 minuter
Ett formulär på papper i lanthandeln ger ofta fler svar än ett digitalt.
Läs hur Ruda gjorde i våras på vår webb.

Du får det här brevet för att du är medlem i Landsbygdsnätverket Kalmar län.
Avregistrera: https://example.org/avregistrera?u=7f3a91c2
"""
_h4607 = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>Nyhetsbrev september 2026</title></head>
<body style="margin:0;background:#eef2ea"><table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="600" style="background:#ffffff;font-family:Arial,sans-serif;color:#263b22">
<tr><td style="padding:20px;background:#3d6b35;color:#fff"><h1 style="margin:0;font-size:22px">Landsbygdsnätverket Kalmar län</h1><p style="margin:4px 0 0">Nyhetsbrev september 2026</p></td></tr>
<tr><td style="padding:20px"><p>Hej alla byalag, hembygdsföreningar och bygdegårdar!</p>
<h2 style="font-size:18px">Idéslanten – sök före jul</h2>
<p>Region Kalmar läns regionala bygdepeng <i>idéslanten</i> är öppen hela året, men potten brukar ta slut framåt december. Högst 15&nbsp;000&nbsp;kr per ort och år, minst 10 medlemmar, inga lönekostnader och inga investeringar. Skicka ansökan med de fem delarna till <a href="mailto:ideslanten@example.se">ideslanten@example.se</a>.</p>
<h2 style="font-size:18px">Höstens träffar</h2>
<ul><li>22 sept, Virserum: ”Så fixar ni laddstolpe till bygdegården”</li><li>6 okt, Gamleby: Nätverksträff för skärgårds- och kustbyar</li><li>10 nov, Nybro: Glasrikets byar – hur gör vi med de tomma bruksområdena?</li></ul>
<h2 style="font-size:18px">Tips: Enkät i byn på 10 minuter</h2>
<p>Ett formulär på papper i lanthandeln ger ofta fler svar än ett digitalt. <a href="https://example.org/ruda-enkat">Läs hur Ruda gjorde</a>.</p></td></tr>
<tr><td style="padding:12px 20px;font-size:11px;color:#777">Du får det här brevet för att du är medlem i Landsbygdsnätverket Kalmar län. <a href="https://example.org/avregistrera?u=7f3a91c2">Avregistrera</a></td></tr>
</table></td></tr></table><img src="https://example.org/o/7f3a91c2.gif" width="1" height="1" alt=""></body></html>
"""
mail(
    4607,
    "nyhetsbrev-landsbygdsnatverket-sept",
    date_=date(9, 9, 7, 0, 3),
    frm=addr("Landsbygdsnätverket Kalmar län", "nyhetsbrev@example.org"),
    to=addr("Landsbygdsutvecklare", OFFICER),
    subject=ew("Nyhetsbrev september: Idéslanten, höstens träffar och enkättips"),
    msgid="<nl-2026-09.7f3a91c2@example.org>",
    pre=[
        "Return-Path: <bounce-7f3a91c2@example.org>",
        "Received: from mta3.example.org (mta3.example.org [198.51.100.23])\n\tby mx.example.se with ESMTPS id 4Q1a2B3c4D; Wed, 09 Sep 2026 07:00:05 +0200",
    ],
    extra=[
        "List-Id: Landsbygdsnatverket nyhetsbrev <nyhetsbrev.example.org>",
        "List-Unsubscribe: <mailto:avregistrera@example.org?subject=unsubscribe-7f3a91c2>,\n <https://example.org/avregistrera?u=7f3a91c2>",
        "List-Unsubscribe-Post: List-Unsubscribe=One-Click",
        "Precedence: bulk",
        "X-Mailer: Mailchimp-like Sender 4.2",
    ],
    root=multi(
        "alternative",
        "_----------=_MCPart_1843021977",
        [
            text(_t4607, "utf-8", "quoted-printable"),
            text(_h4607, "utf-8", "quoted-printable", subtype="html"),
        ],
    ),
    lab=label(
        "newsletter",
        "Bulk newsletter from a rural network (List-Id, List-Unsubscribe with one-click, Precedence: bulk, tracking pixel), multipart/alternative QP. It talks at length about idéslanten, its rules (15 000 kr, 10 members) and the bot's address, and mentions Kalmar län villages, but it applies for nothing and must never be answered. All elements false, all facts null.",
    ),
)

# --- 4608 Idö summer-house owners: complete but buys a defibrillator; windows-1252 QP ------------------------------
mail(
    4608,
    "ido-stugagare-sakerhetsdag",
    date_=date(9, 11, 22, 9, 44),
    frm=addr("Henrik Wallin", "henrik.wallin@example.net"),
    to=BOT_ADDR,
    subject=ew("Idö Stugägareförening – ansökan säkerhetsdag + hjärtstartare", "windows-1252", "Q"),
    msgid="<1e7b2f0a9c4d4e3a8b5f6c7d8e9f0a1b@example.net>",
    extra=["X-Mailer: Microsoft Outlook 16.0"],
    root=text(
        """Hej,

Idö Stugägareförening (org.nr 802503-7725) samlar fastighetsägarna på Idö och kringliggande holmar i Västerviks norra skärgård. Föreningen har 64 medlemmar, de flesta fritidsboende men också sju hushåll som bor här året runt. Vi sköter gemensam brygga, sophämtningsplatsen och vägen över ön.

Ansökan gäller en säkerhetsdag lördag 3 oktober, samma dag som höststädningen, och en hjärtstartare som placeras i ett värmeskåp vid gemensamma bryggan.

Upplägg:
– 10.00–12.00 HLR- och hjärtstartarutbildning med instruktör från Sjöräddningssällskapet i Västervik
– 13.00–14.30 Brandskydd på ön: genomgång med räddningstjänstens deltidsstyrka om vattentag, motorsprutan och vem som larmar vem när de fast boende är ensamma på ön vintertid
– Fika och samtal om en "ö-telefonlista" mellan bofasta och sommargäster

Ambulans tar 50–70 minuter hit. Dagen gör ön tryggare för dem som bor här året runt och knyter ihop bofasta och fritidsboende, vilket vi tror är avgörande för att fler ska våga bo kvar.

Förankring: Årsstämman 18 juli, där 41 fastigheter var representerade, beslutade enhälligt om säkerhetsdagen och om att söka bidrag till hjärtstartaren. Idö byalag (de bofasta) står bakom och sköter fikat. Ett 20-tal har redan anmält sig.

Budget
HLR-instruktör, arvode + båtresa        3 000 kr
Hjärtstartare inkl. värmeskåp          11 900 kr
Fika och lunch                            600 kr
Summa                                  15 500 kr

Vi söker 15 000 kr, resterande 500 kr tar föreningen ur egen kassa.

Kontakt: Henrik Wallin, kassör, 070-562 81 33, henrik.wallin@example.net

Med vänliga hälsningar
Henrik Wallin
Idö Stugägareförening
""",
        "windows-1252",
        "quoted-printable",
    ),
    lab=label(
        "application",
        "Summer-house owners' association in the Västervik archipelago; windows-1252 QP body and windows-1252 Q-encoded subject, en dashes as cp1252 0x96. All five elements present: org.nr + 64 members, named contact with phone/e-mail, dated safety day with concrete local purpose, anchoring by annual meeting decision (41 properties represented – not a member count) and the permanent residents' byalag, itemised budget 15 500 kr. Applied amount is 15 000 (stated) not the total. Complete but breaks a rule: the defibrillator with cabinet is equipment bought → physical_investment true. Instructor fee is not salary. Gender not mentioned → women_and_men null.",
        association_name="Idö Stugägareförening",
        org_number="802503-7725",
        contact_name="Henrik Wallin",
        contact_email="henrik.wallin@example.net",
        contact_phone="070-562 81 33",
        members=64,
        ort="Idö",
        amount_sek=15000,
        physical_investment=True,
    ),
)

# --- 4609 Målilla youth group: vague activity, only rough figure; base64 from Android ------------------------------
mail(
    4609,
    "malilla-ungdomsgruppen",
    date_=date(9, 12, 16, 20, 5),
    frm=addr("Alva Jonsson", "alvajonsson.08@example.com"),
    to=BOT_ADDR,
    subject=ew("söka pengar 🙏", "utf-8", "B"),
    msgid="<CAHb7pQx3r9N0aLkVe2ZtY4uW8oS1mJ6cD5fG0hR2iE7nT3qX@example.com>",
    extra=["X-Mailer: Gmail for Android"],
    root=text(
        """hejhej!! vi e Ungdomsgruppen i Målilla, vi e typ 15 pers mellan 13 och 17 år både tjejer o killar 😊 vi startade gruppen i våras o träffas på fritidsgården varje onsdag

vi vill göra nåt för oss unga i målilla för det finns liksom inget att göra här efter skolan, kanske nån kväll eller en resa eller nåt annat kul, vi har inte bestämt än. ni får gärna ge tips 😅

vi har snackat med Lena som e fritidsledare på fritidsgården o hon e med på det, o Målilla GoIF sa att vi får va i klubbstugan gratis om vi vill ha nåt där. föräldraföreningen på skolan kan också hjälpa till

vi tänkte typ 8000 kr?

/Alva Jonsson (ordförande lol) 076-418 90 27
""",
        "utf-8",
        "base64",
    ),
    lab=label(
        "application",
        "Teenager on Gmail for Android, base64 utf-8 body and emoji in a B-encoded subject. Association true: named youth group, ~15 members, ages, meets weekly. Contact true: named signer from own address with phone. Anchoring true: youth leader at the fritidsgård backs it, the football club lends its clubhouse, the parents' association helps – concrete local partners. Activity FALSE: only a vague wish ('nån kväll eller en resa eller nåt', 'inte bestämt än'). Budget FALSE: single rough figure 'typ 8000 kr?' – still recorded as amount_sek. 'både tjejer o killar' → women_and_men true.",
        missing=("activity", "budget"),
        association_name="Ungdomsgruppen i Målilla",
        contact_name="Alva Jonsson",
        contact_email="alvajonsson.08@example.com",
        contact_phone="076-418 90 27",
        members=15,
        ort="Målilla",
        amount_sek=8000,
        women_and_men=True,
    ),
)


# receipts the bot sent (ids only; the receipts themselves are not part of the corpus)
RECEIPT = {
    4602: ("2026-0071", "<ideslanten.2026-0071.kvitto@example.se>"),
    4606: ("2026-0074", "<ideslanten.2026-0074.kvitto@example.se>"),
    4609: ("2026-0077", "<ideslanten.2026-0077.kvitto@example.se>"),
}

# --- 4610 followup to 4602: Outlook reply with budget in .xlsx ------------------------------
_xlsx_4610 = xlsx(
    [
        ["Budget glasbruksvandringar Orrefors hösten 2026", None],
        [None, None],
        ["Kostnadspost", "Kronor"],
        ["Arvode berättare, 2 pers x 4 kvällar x 500 kr", 4000],
        ["Hyra Folkets hus 29/10", 1500],
        ["Hyra ljudanläggning avslutningskväll", 900],
        ["Kopiering av gamla fotografier, affischer", 1800],
        ["Fika och ficklampor/marschaller vid vandringarna", 1200],
        ["Annons i lokaltidningen", 2100],
        ["Summa", ("=SUM(B4:B9)", 11500)],
        [None, None],
        ["Sökt belopp från idéslanten", ("=B10", 11500)],
    ],
    sheet="Budget",
    when=(2026, 9, 13, 18, 22, 40),
)
_rc4602 = receipt_for("2026-0071", ("budget",))
_t4610 = (
    """Hej igen!

Nu är kassören hemma och här kommer budgeten för glasbruksvandringarna, se bifogad Excel-fil. Det landade på 11 500 kr i stället för ca 12 000 som jag skrev förra gången.

Vänliga hälsningar
Annika Ljungberg
sekreterare, Orrefors Samhällsförening
Tel 0481-300 12

________________________________
Från: Idéslanten – Region Kalmar län <ideslanten@example.se>
Skickat: den 2 september 2026 14:04
Till: Annika Ljungberg <annika.ljungberg@example.com>
Ämne: Re: Ansökan idéslanten, glasbruksvandringar i Orrefors [Idéslanten 2026-0071]

"""
    + _rc4602
    + "\n"
)
_h4610 = (
    '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body><div style="font-family:Calibri,sans-serif;font-size:11pt">'
    "<p>Hej igen!</p><p>Nu är kassören hemma och här kommer budgeten för glasbruksvandringarna, se bifogad Excel-fil. Det landade på 11&nbsp;500 kr i stället för ca 12&nbsp;000 som jag skrev förra gången.</p>"
    "<p>Vänliga hälsningar<br>Annika Ljungberg<br>sekreterare, Orrefors Samhällsförening<br>Tel 0481-300 12</p></div>"
    '<hr style="display:inline-block;width:98%"><div id="divRplyFwdMsg"><font face="Calibri" style="font-size:11pt"><b>Från:</b> Idéslanten – Region Kalmar län &lt;ideslanten@example.se&gt;<br><b>Skickat:</b> den 2 september 2026 14:04<br><b>Till:</b> Annika Ljungberg &lt;annika.ljungberg@example.com&gt;<br><b>Ämne:</b> Re: Ansökan idéslanten, glasbruksvandringar i Orrefors [Idéslanten 2026-0071]</font></div>'
    "<div>" + _rc4602.replace("\n", "<br>\n") + "</div></body></html>\n"
)
mail(
    4610,
    "orrefors-svar-budget-xlsx",
    date_=date(9, 14, 8, 37, 12),
    frm=addr("Annika Ljungberg", "annika.ljungberg@example.com"),
    to=addr("Idéslanten – Region Kalmar län", BOT_ADDR),
    subject=ew("SV: Re: Ansökan idéslanten, glasbruksvandringar i Orrefors [Idéslanten 2026-0071]"),
    msgid="<DB9PR08MB66347C21E0F3A4B5C6D7E8F9A0B1C@example.com>",
    in_reply_to=RECEIPT[4602][1],
    references=f"{MSGIDS[4602]}\n {RECEIPT[4602][1]}",
    extra=["X-MS-Has-Attach: yes", "Content-Language: sv-SE"],
    root=multi(
        "mixed",
        "_004_DB9PR08MB66347C21E0F3A4B5C6D7E8F9A0B1C_",
        [
            multi(
                "alternative",
                "_000_DB9PR08MB66347C21E0F3A4B5C6D7E8F9A0B1C_",
                [text(_t4610, "utf-8", "base64"), text(_h4610, "utf-8", "base64", subtype="html")],
            ),
            attachment(
                _xlsx_4610,
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                "Budget glasbruksvandringar.xlsx",
            ),
        ],
    ),
    lab=label(
        "followup",
        "Outlook reply (SV: Re: … [Idéslanten 2026-0071]) to the bot's receipt for 4602, In-Reply-To the receipt and References with the application. New text: a short note and an .xlsx budget with six items, a SUM formula with cached value 11 500 and the applied amount 11 500 – budget true. Signed by the named secretary from her own address with phone → contact true. The quoted receipt below the Outlook header block lists 'Budget' and its guidance line but must not count. Association only named in the signature (no details) → false; activity/anchoring not in the new text.",
        present=("budget", "contact"),
        association_name="Orrefors Samhällsförening",
        contact_name="Annika Ljungberg",
        contact_email="annika.ljungberg@example.com",
        contact_phone="0481-300 12",
        ort="Orrefors",
        amount_sek=11500,
    ),
)

# --- 4611 Gullabo: unnamed group of parents, otherwise fine ------------------------------
mail(
    4611,
    "gullabo-studieresa-forskola",
    date_=date(9, 15, 12, 58, 26),
    frm=addr("Johanna Karlsson", "johanna.k.gullabo@example.se"),
    to=BOT_ADDR,
    subject="Studieresa Gullabo",
    msgid="<7c2e91d4-2b8a-4f6e-b3c1-5a9d0e8f4c27@example.se>",
    root=text(
        """Hej!

Vi är ett gäng småbarnsföräldrar i Gullabo som vill söka pengar till en studieresa.

Förskolan i Gullabo har hotats av nedläggning två gånger och vi tror att byn dör om den försvinner. Lördag 24 oktober vill vi hyra en buss och åka till Kyrkhult i Blekinge och träffa byföreningen där som har drivit förskolan som föräldrakooperativ i många år. Vi vill lära oss hur de gjorde med ekonomin, personalen och kommunen. Veckan efter har vi ett öppet möte i Gullabo bygdegård där vi berättar vad vi lärt oss och tar ställning till om vi ska starta ett kooperativ här. Med på resan är både mammor och pappor, några mor- och farföräldrar och ett par lärare.

Vi har pratat ihop oss med Gullabo bygdegårdsförening som lånar ut lokalen gratis till mötet, och med föräldraföreningen på skolan. I Gullabo lanthandel har det legat en lista i tre veckor där 34 personer har skrivit på att de vill vara med och behålla förskolan.

Kostnader
Buss Gullabo–Kyrkhult t/r: 6 500 kr
Lunch för 30 personer à 110 kr: 3 300 kr
Totalt: 9 800 kr

Hälsningar
Johanna Karlsson
0486-301 55, kvällstid 072-310 45 80
""",
        "utf-8",
        "8bit",
    ),
    lab=label(
        "application",
        "Forest village in Torsås municipality (outside the six theme municipalities). Association FALSE: the applicant is 'ett gäng småbarnsföräldrar i Gullabo' – unnamed, no member count; the bygdegårdsförening and the parents' association are partners, not the applicant. Contact: named signer from own address, two phones (first 0486-301 55). Activity: dated study trip to a village that runs a parent cooperative preschool + open follow-up meeting, clear local purpose. Anchoring: bygdegård and parents' association cooperation plus a list with 34 signatures in the village shop (signatures are not members). Budget: two items, 9 800 kr. 'både mammor och pappor' → both women and men.",
        missing=("association",),
        contact_name="Johanna Karlsson",
        contact_email="johanna.k.gullabo@example.se",
        contact_phone="0486-301 55",
        ort="Gullabo",
        amount_sek=9800,
        women_and_men=True,
    ),
)

# --- 4612 followup to 4606: hunting team names a contact, ">"-quoting webmail ------------------------------
_rc4606 = receipt_for("2026-0074", ("contact",), variant=1)
mail(
    4612,
    "lonneberga-jaktlag-svar-kontakt",
    date_=date(9, 16, 19, 4, 51),
    frm=addr("Södra Lönneberga Jaktlag", "jaktlaget.sodralonneberga@example.com"),
    to=BOT_ADDR,
    subject=ew("Re: viltmiddag for byn [Idéslanten 2026-0074]", "iso-8859-1"),
    msgid="<20260916190451.8D4E2B1F03@example.com>",
    in_reply_to=RECEIPT[4606][1],
    references=f"{MSGIDS[4606]} {RECEIPT[4606][1]}",
    extra=["X-Mailer: Telia Webbmail"],
    root=text(
        """hej igen

kontaktperson blir jag, Göran Petersson, jag är jaktledare i laget. ring mej på 070-284 16 93 eller maila goran.petersson@example.com, den här adressen kollar vi inte så ofta

Göran

Den 8 sep. 2026 06:42 skrev Idéslanten – Region Kalmar län <ideslanten@example.se>:
"""
        + quote(_rc4606)
        + "\n",
        "windows-1252",
        "quoted-printable",
    ),
    lab=label(
        "followup",
        "Reply from the hunting team's shared mailbox to the receipt for 4606 (variant receipt wording quoted with '> '). The new text names a contact person – jaktledare Göran Petersson with phone and personal e-mail – which supplies the missing contact element even though the From address is the shared box; contact_email is his personal address, not the shared one. Nothing else new. windows-1252 QP.",
        present=("contact",),
        association_name=None,
        contact_name="Göran Petersson",
        contact_email="goran.petersson@example.com",
        contact_phone="070-284 16 93",
    ),
)


# --- 4613 Ruda village shop cooperative: complete, budget in .xlsx ------------------------------
_xlsx_4613 = xlsx(
    [
        ["Ruda Lanthandel ek. för. – Framtidskvällar och studiebesök 2026", None, None],
        ["Post", "Antal", "Kostnad kr"],
        ["Föreläsare från Coompanion, 2 kvällar", 2, 6000],
        ["Bussresa studiebesök (hyrd buss med chaufför)", 1, 4200],
        ["Lokalhyra Ruda bygdegård", 2, 1000],
        ["Fika", None, 800],
        ["Trycksaker, utskick till hushållen", None, 1500],
        ["Totalt", None, ("=SUM(C3:C7)", 13500)],
    ],
    sheet="Budget",
    when=(2026, 9, 17, 21, 5, 0),
)
mail(
    4613,
    "ruda-lanthandel-framtidskvallar",
    date_=date(9, 18, 7, 12, 33),
    frm=addr("Lars-Erik Nyman", "larserik.nyman@example.se"),
    to=BOT_ADDR,
    subject=ew("Ansökan idéslanten – Ruda Lanthandel ek. för."),
    msgid="<B4D1E8A2-3C6F-4F70-9E21-6A0D5B7C8E93@example.se>",
    extra=["X-Mailer: Apple Mail (2.3774.600.62)"],
    root=multi(
        "mixed",
        "Apple-Mail=_2F7A9C1E-5B3D-4E8F-A0B6-C1D2E3F4A5B6",
        [
            text(
                """Hej!

Ruda Lanthandel ekonomisk förening (org.nr 769630-1188) tog över byns affär 2019 när den förra handlaren gick i pension. Vi är 212 andelsägare, nästan vartannat hushåll i Ruda med omnejd, och butiken drivs av en föreståndare och ett trettiotal frivilliga.

Omsättningen har gått ner sedan pandemin och vi behöver hitta nya sätt att hålla butiken levande – paketutlämning, apoteksombud, kanske en liten servering. Därför vill vi ordna:

• Två framtidskvällar i Ruda bygdegård (8 och 29 oktober) med en föreläsare från Coompanion Kalmar län som berättar om hur andra kooperativa bybutiker har utvecklats. Efter föredraget jobbar vi i grupper med idéer för vår butik.
• Ett studiebesök lördag 14 november hos en kooperativ lanthandel i Kronobergs län som har öppnat kafé och ombudstjänster. Bussen tar 40 personer.

Idéerna sammanställs och tas upp på föreningsstämman i mars.

Förankring: Vi gjorde en enkät i butiken och i brevlådorna i juni – 96 hushåll svarade och de flesta ville ha paketutlämning och ett fik. Styrelsen fick uppdraget på extrastämman 27 augusti. Ruda IK och Ruda-Fagerhults hembygdsförening hjälper till med fika och skjuts till bygdegården.

Budgeten finns i bifogad fil. Vi söker 13 500 kr.

Kontakt: Lars-Erik Nyman, ordförande, 0491-710 38 / 070-655 20 14

Hälsningar
Lars-Erik
""",
                "utf-8",
                "quoted-printable",
            ),
            attachment(
                _xlsx_4613,
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                "budget_ruda_2026.xlsx",
            ),
        ],
    ),
    lab=label(
        "application",
        "Village shop cooperative (ekonomisk förening, org.nr starting with 7) in Ruda, Högsby; Apple Mail, QP body with bullets, budget in .xlsx with Antal column and a SUM formula (cached 13 500). All five present: association with org.nr and 212 andelsägare (members; ~30 volunteers are not members); contact named in a 'Kontakt:' line with two phones (first recorded) and own From address; dated future evenings + study visit with local purpose; anchoring via survey (96 households answered – respondents, not members), extra meeting mandate and two partner groups; budget in attachment. Women/men not mentioned → null. No salary (the shop's manager is not in the budget).",
        association_name="Ruda Lanthandel ekonomisk förening",
        org_number="769630-1188",
        contact_name="Lars-Erik Nyman",
        contact_email="larserik.nyman@example.se",
        contact_phone="0491-710 38",
        members=212,
        ort="Ruda",
        amount_sek=13500,
    ),
)

# --- 4614 question: second association in Orrefors, per-locality cap ------------------------------
mail(
    4614,
    "orrefors-fraga-tak-per-ort",
    date_=date(9, 20, 17, 26, 0),
    frm=addr("Sture Holm", "sture.holm43@example.net"),
    to=BOT_ADDR,
    subject=ew("Fråga om idéslanten och Orrefors", "iso-8859-1", "Q"),
    msgid="<003a01dc2912$5e8f1a20$1bad4e60$@example.net>",
    root=text(
        """Goddag.

Jag är kassör i SPF Seniorerna Orrefors-Flygsfors. Vi har förstått att Orrefors Samhällsförening redan har sökt pengar ur idéslanten i höst för sina glasbruksvandringar.

Nu undrar vi om det betyder att vi inte kan söka för vårt eget projekt nästa vår, eftersom det står att det är högst 15 000 kr per ort och år. Gäller det per förening eller för hela orten? Och räknas Flygsfors som en egen ort eller som en del av Orrefors, vi har ju medlemmar från båda?

Tacksam för svar.

Med vänlig hälsning
Sture Holm
Kassör, SPF Seniorerna Orrefors-Flygsfors
Tel. 0481-330 48
""",
        "iso-8859-1",
        "8bit",
    ),
    lab=label(
        "question",
        "A pensioners' association asks how the 15 000 kr cap per locality works when another association in Orrefors has already applied, and whether Flygsfors counts as its own locality. No application: the 15 000 is the rule amount, not an applied amount (amount_sek null). iso-8859-1 8bit body, iso-8859-1 Q-encoded subject. Facts: the asking association, signer and phone, ort Orrefors; salary/investment null.",
        association_name="SPF Seniorerna Orrefors-Flygsfors",
        contact_name="Sture Holm",
        contact_email="sture.holm43@example.net",
        contact_phone="0481-330 48",
        ort="Orrefors",
    ),
)

# --- 4615 Alsterbro: application in PDF, salary + furnace renovation, no anchoring ------------------------------
_pdf_4615 = pdf(
    [
        "# Ansökan om idéslanten 2026 – Hyttsillskvällar i Alsterbro",
        "",
        "# Sökande",
        "Föreningen Alsterbro Glasbruks Vänner, org.nr 802418-3967",
        "Ideell förening bildad 2011 för att bevara minnet av glasbruket i Alsterbro, Nybro kommun.",
        "Föreningen har 58 medlemmar.",
        "",
        "# Kontaktperson",
        "Per-Ola Svensson, ordförande",
        "E-post: perola.svensson@example.se   Mobil: 070-931 27 46",
        "",
        "# Aktiviteten",
        "Hyttsill var förr en fest i hyttan där bruksfolk och bybor åt sill och potatis som",
        "värmdes vid glasugnen. Vi vill återuppliva traditionen med tre hyttsillskvällar i den",
        "gamla hyttan (17 oktober, 14 november och 12 december). En glasblåsare visar",
        "glasblåsning, äldre bybor berättar om brukstiden och vi spelar gamla brukslåtar.",
        "Kvällarna ska ge Alsterbro en gemensam mötesplats igen och visa besökare att",
        "bruksbyn lever. På sikt hoppas vi kunna hyra ut hyttan till hantverkare.",
        "",
        "# Förankring",
        "Vi är övertygade om att hela bygden står bakom oss. Hyttsill är något alla i",
        "Alsterbro känner till och många har sagt att de saknar det.",
        "",
        "# Budget",
        "Renovering av gamla glasugnen (eldfast tegel, murning)      6 000 kr",
        "Projektledare, lön 40 tim à 100 kr                          4 000 kr",
        "Hyttsill: sill, potatis, bröd, 3 kvällar                    3 000 kr",
        "Arvode glasblåsare, demonstration                           2 000 kr",
        "Summa                                                      15 000 kr",
        "",
        "Alsterbro 21 september 2026",
        "Per-Ola Svensson",
    ],
    title="Ansökan idéslanten Alsterbro",
)
mail(
    4615,
    "alsterbro-hyttsill-pdf",
    date_=date(9, 22, 9, 3, 48),
    frm=addr("Per-Ola Svensson", "perola.svensson@example.se"),
    to=BOT_ADDR,
    subject=ew("Ansökan idéslanten – hyttsillskvällar i Alsterbro"),
    msgid="<c81f4a0e3b2d9e76a5f4b3c2d1e0f9a8@example.se>",
    extra=["User-Agent: Roundcube Webmail/1.6.7"],
    root=multi(
        "mixed",
        "=_b1c3e5a7d9f2e4c6a8b0d2f4e6a8c0e2",
        [
            text(
                "Hej\n\nHär kommer vår ansökan som pdf.\n\nMvh Per-Ola Svensson\nAlsterbro Glasbruks Vänner\n",
                "utf-8",
                "8bit",
                fmt_flowed=True,
            ),
            attachment(_pdf_4615, "application/pdf", "Ansokan_Alsterbro_hyttsill.pdf"),
        ],
    ),
    lab=label(
        "application",
        "Glasriket bruksby: the whole application is in a FlateDecode PDF (Helvetica/WinAnsi, extractable text), body is two lines (Roundcube, format=flowed). Association (org.nr, 58 members), contact (name, e-mail, mobile), activity (three dated hyttsill evenings with demonstration and storytelling, local meeting-place purpose) and budget (four items, 15 000 kr) are present. Anchoring FALSE: 'Vi är övertygade om att hela bygden står bakom oss' and 'många har sagt att de saknar det' are empty claims/described need, no meeting, survey or partner. Rule breaks: project leader wage → salary_costs true; renovating the furnace → physical_investment true. Gender not stated → null.",
        missing=("anchoring",),
        association_name="Föreningen Alsterbro Glasbruks Vänner",
        org_number="802418-3967",
        contact_name="Per-Ola Svensson",
        contact_email="perola.svensson@example.se",
        contact_phone="070-931 27 46",
        members=58,
        ort="Alsterbro",
        amount_sek=15000,
        salary_costs=True,
        physical_investment=True,
    ),
)


# --- 4616 Södra Vi: committee prose, shared mailbox + "Styrelsen", bare total ------------------------------
mail(
    4616,
    "sodra-vi-bygderad-framtidsverkstad",
    date_=date(9, 24, 13, 30, 2),
    frm=addr("Södra Vi Bygderåd", "info.sodravibygderad@example.se"),
    to=BOT_ADDR,
    subject=ew("Ansökan om regional bygdepeng – Framtidsverkstad Södra Vi 2026"),
    msgid="<0f9e8d7c-6b5a-4a39-8281-7f6e5d4c3b2a@example.se>",
    root=text(
        """Till Region Kalmar län, landsbygdsutveckling

Ansökan om regional bygdepeng – idéslanten

Södra Vi Bygderåd är en ideell samarbetsorganisation för föreningslivet, företagarna och de boende i Södra Vi socken i Vimmerby kommun. Bygderådet har 52 medlemmar, såväl enskilda som föreningar, och har sedan 2014 drivit frågor om bredband, kollektivtrafik och bostäder på landsbygden.

Under de senaste åren har ett trettiotal familjer, många från Nederländerna och Tyskland, flyttat till socknen. Samtidigt saknas lediga hyresbostäder och busstrafiken mot Vimmerby har glesats ut. Bygderådet vill därför genomföra en framtidsverkstad lördagen den 7 november 2026 kl. 10–16 i Södra Vi bygdegård. Dagen leds av en extern processledare och är uppdelad i tre pass: (1) var står vi i dag, (2) hur vill vi att Södra Vi ska se ut 2035, (3) vilka tre saker gör vi först. Samtalen tolkas vid behov till engelska så att nyinflyttade kan delta fullt ut. Resultatet blir en handlingsplan som bygderådet tar med till kommunens landsbygdsdialog i februari.

Förankring: Bygderådet genomförde i våras en enkät via bygdebladet som delas ut till samtliga hushåll; 112 hushåll svarade och bostäder, buss och mötesplatser kom högst. Södra Vi IF, Södra Vi hembygdsförening och Pingstkyrkan har lovat att skicka representanter och sprida inbjudan, och IF:s ungdomssektion ansvarar för lunchen.

Bygderådet ansöker om 15 000 kronor för arrangemanget.

Med vänliga hälsningar
Styrelsen
Södra Vi Bygderåd
""",
        "utf-8",
        "quoted-printable",
    ),
    lab=label(
        "application",
        "Formal committee prose from the bygderåd's shared mailbox. Association true (named, what it is, 52 members, since 2014). Activity true: dated future workshop with three passes, interpretation to English for newcomers, concrete output to the municipality. Anchoring true: household survey with 112 answering households (respondents, not members) and three named local partners. Contact FALSE: signed only 'Styrelsen' from a shared info@ mailbox – no named person, so contact facts null. Budget FALSE: only a bare total 'ansöker om 15 000 kronor' (recorded as amount_sek). The process leader's fee is a bought service, not salary. Gender not stated → null.",
        missing=("contact", "budget"),
        association_name="Södra Vi Bygderåd",
        members=52,
        ort="Södra Vi",
        amount_sek=15000,
    ),
)

# --- 4617 autoreply (with headers) to the officer's reply about 4615 ------------------------------
mail(
    4617,
    "autosvar-alsterbro-semester",
    date_=date(9, 25, 10, 15, 7),
    frm=addr("Per-Ola Svensson", "perola.svensson@example.se"),
    to=addr("Landsbygdsutvecklare Region Kalmar län", OFFICER),
    subject=ew("Automatiskt svar: Re: Ansökan idéslanten – hyttsillskvällar i Alsterbro"),
    msgid="<autoreply.5d2c9b1e@example.se>",
    in_reply_to="<lbu.20260925101455.4f1a@example.se>",
    references=f"{MSGIDS[4615]} <lbu.20260925101455.4f1a@example.se>",
    extra=[
        "Auto-Submitted: auto-replied",
        "X-Autoreply: yes",
        "X-Auto-Response-Suppress: All",
        "Precedence: auto_reply",
    ],
    root=text(
        """Hej!

Jag är på semester i Kroatien till och med söndag 4 oktober och läser inte min e-post.

Gäller det Alsterbro Glasbruks Vänner kan du kontakta vår kassör Eva Lind på 0481-402 19.

Per-Ola Svensson
""",
        "utf-8",
        "8bit",
    ),
    lab=label(
        "autoreply",
        "Vacation autoreply from the applicant of 4615 to the officer's personal reply (Auto-Submitted, X-Autoreply, Precedence: auto_reply; In-Reply-To the officer's mail, References include the application). It names the association and gives another person's phone number, but it is a machine reply: no elements, all facts null, never answer.",
    ),
)

# --- 4618 Storebro choir: complete, chatty elderly writer, iso-8859-1 QP ------------------------------
mail(
    4618,
    "storebro-bygdekoren-allsang",
    date_=date(9, 28, 15, 47, 33),
    frm=addr("Gunnel Ek", "gunnel.ek@example.se", "iso-8859-1"),
    to=BOT_ADDR,
    subject=ew("Allsång i Storebro - ansökan", "iso-8859-1", "Q"),
    msgid="<20260928154733.1A2B3C4D5E@example.se>",
    extra=["X-Mailer: Microsoft Windows Live Mail 16.4.3528.331"],
    root=text(
        """Hej där!

Jag heter Gunnel Ek och är ordförande i Bygdekören i Storebro (org.nr 802479-0514). Vi är 27 medlemmar, både damer och herrar - men alldeles för få tenorer, så om ni känner någon ... :-)  Kören startades 1986 och sjunger på alla högtider i bygden.

Nu vill vi bjuda in hela Storebro till ALLSÅNG! Fyra söndagseftermiddagar i bygdegården, 11 och 25 oktober samt 8 och 22 november kl 15, med en inhyrd körledare från Vimmerby som leder sångerna och spelar piano. Det är gratis och alla får vara med, kvinnor som män, gammal som ung. Många äldre här sitter ensamma hemma nu när det blir mörkt på eftermiddagarna och vi tror att sången och fikat gör stor skillnad. Den sista gången övar vi in ett par luciasånger tillsammans med barnen på Storebro skola som sedan sjunger med oss på luciamorgonen.

Vi har pratat med Storebro byalag som tog upp det på sitt möte i augusti och tyckte det var en strålande idé, de sköter fikat. Storebro skola är med och IF lånar ut sina stolar.

Så här har vi räknat:
Körledare arvode 4 x 1 500 kr = 6 000 kr
Hyra bygdegården 4 x 400 kr = 1 600 kr
Sånghäften och kopior 800 kr
Hyra av ljudanläggning 1 000 kr
Annons och affischer 600 kr
Summa 10 000 kr

Gud vad det ska bli trevligt!

Varma hälsningar
Gunnel Ek
Bygdekören i Storebro
Tel 0492-300 64
""",
        "iso-8859-1",
        "quoted-printable",
    ),
    lab=label(
        "application",
        "Complete application in a warm, chatty style from an elderly choir chair (Windows Live Mail, iso-8859-1 QP, iso-8859-1 encoded From name and subject). Association: named choir, org.nr, 27 members, since 1986. Contact: signer with own address and phone. Activity: four dated community sing-alongs against isolation in the dark season, with the school. Anchoring: byalaget backed it at its August meeting and handles fika, school and IF take part. Budget: five items = 10 000 kr (no separate applied amount → total). Choir leader's fee is not salary; renting sound equipment is not investment. 'kvinnor som män' → true.",
        association_name="Bygdekören i Storebro",
        org_number="802479-0514",
        contact_name="Gunnel Ek",
        contact_email="gunnel.ek@example.se",
        contact_phone="0492-300 64",
        members=27,
        ort="Storebro",
        amount_sek=10000,
        women_and_men=True,
    ),
)

# --- 4619 followup to 4609: teen says "ok", supplies nothing ------------------------------
_rc4609 = receipt_for("2026-0077", ("activity", "budget"))
_t4619 = (
    "ok tack! vi ska fixa det sen när vi bestämt vad vi ska göra 😊👍\n\nDen lör 12 sep. 2026 kl 16:21 skrev Idéslanten – Region Kalmar län <\nideslanten@example.se>:\n\n"
    + quote(_rc4609)
    + "\n"
)
_h4619 = (
    '<div dir="auto">ok tack! vi ska fixa det sen när vi bestämt vad vi ska göra 😊👍</div><br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">Den lör 12 sep. 2026 kl 16:21 skrev Idéslanten – Region Kalmar län &lt;<a href="mailto:ideslanten@example.se">ideslanten@example.se</a>&gt;:<br></div>'
    '<blockquote class="gmail_quote" style="margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex">'
    + _rc4609.replace("\n", "<br>")
    + "</blockquote></div>\n"
)
mail(
    4619,
    "malilla-svar-fixar-sen",
    date_=date(9, 30, 20, 12, 44),
    frm=addr("Alva Jonsson", "alvajonsson.08@example.com"),
    to=addr("Idéslanten – Region Kalmar län", BOT_ADDR),
    subject=ew("Re: söka pengar 🙏 [Idéslanten 2026-0077]", "utf-8", "B"),
    msgid="<CAHb7pQz0Lm4Xc8Vn2Bq6Ws1Er9Ty3Ui7Op5As0Df4Gh8Jk2@example.com>",
    in_reply_to=RECEIPT[4609][1],
    references=f"{MSGIDS[4609]} {RECEIPT[4609][1]}",
    extra=["X-Mailer: Gmail for Android"],
    root=multi(
        "alternative",
        "0000000000007b2c4d061d1e2f3a",
        [
            text(_t4619, "UTF-8", "quoted-printable"),
            text(_h4619, "UTF-8", "quoted-printable", subtype="html"),
        ],
    ),
    lab=label(
        "followup",
        "Gmail for Android reply to the receipt for 4609 that supplies nothing: 'ok tack! vi ska fixa det sen'. No signature (so no named contact in the new text despite her own address), no activity, no budget. The quoted receipt (with the guidance lines for Aktiviteten and Budget) must not make anything true. All elements false; salary/investment false; other facts null.",
        present=(),
    ),
)


# --- 4620 Virserum: elderly writer on iPad, unnamed group, need only ------------------------------
mail(
    4620,
    "virserum-it-cafe-pensionarer",
    date_=date(10, 2, 11, 6, 19),
    frm=addr("Ingrid Magnusson", "ingrid.magnusson37@example.net"),
    to=BOT_ADDR,
    subject="pengar till it kafe",
    msgid="<F0E1D2C3-B4A5-4968-8776-5A4B3C2D1E0F@example.net>",
    extra=["X-Mailer: iPad Mail (21H16)"],
    root=text(
        """hej jag skriver för oss som träffas på tisdagar i virserum, vi är en hel del pensionärer både damer och gubbar som har svårt med allt det nya med datorer och telefoner. nu ska man ha bankid till allt och swisha och kolla 1177 och posten kommer i kivra och inte i brevlådan. vi vill ha ett it kafe på tisdagseftermiddagar i folkets hus från 13 oktober till 1 december, 8 gånger, med en ledare från studieförbundet som visar hur man gör steg för steg och så hjälps vi åt. då kan vi klara oss själva och bo kvar här i virserum istället för att flytta in till stan när man inte kan sköta räkningarna. alla vi gamla behöver det verkligen. det kostar ungefär så här ledaren 800 kr gången x 8 = 6400 kr, hyra av projektor 500 kr och fika 1200 kr blir 8100 kr. vi hoppas ni kan hjälpa oss

hälsningar ingrid magnusson
tel 0495-312 08

Skickat från min iPad""",
        "utf-8",
        "quoted-printable",
    ),
    lab=label(
        "application",
        "One long paragraph in lower case from an elderly woman on an iPad (ASCII subject without é). Association FALSE: 'oss som träffas på tisdagar', 'en hel del pensionärer' – no name, no count. Anchoring FALSE: only a described need ('alla vi gamla behöver det'), no meeting, survey or partner (the study association is a hired provider). Contact: named signer with own address and phone. Activity: eight dated IT-café afternoons with concrete local benefit (older people can stay in Virserum). Budget in running prose with three amounts = 8 100 kr. 'både damer och gubbar' → true. Leader's fee is not salary; renting a projector is not investment.",
        missing=("association", "anchoring"),
        contact_name="Ingrid Magnusson",
        contact_email="ingrid.magnusson37@example.net",
        contact_phone="0495-312 08",
        ort="Virserum",
        amount_sek=8100,
        women_and_men=True,
    ),
)

# --- 4621 Gullringen: English application from Dutch newcomer, rough figure, no anchoring ------------------------------
mail(
    4621,
    "gullringen-newcomers-neighbour-dinners",
    date_=date(10, 5, 20, 41, 5),
    frm=addr("Maarten de Vries", "maarten.devries@example.com"),
    to=BOT_ADDR,
    subject="Application ideslanten - neighbour dinners in Gullringen",
    msgid="<9a8b7c6d-5e4f-4a3b-9c2d-1e0f9a8b7c6d@example.com>",
    root=text(
        """Hello,

Sorry for writing in English, my Swedish is not good enough yet for something like this.

We are "Gullringen Newcomers & Neighbours", an informal group of 19 members in Gullringen (Vimmerby kommun). Most of us are Dutch and German families who moved here in the last five years, but about a third are Swedes who grew up in the village and wanted to help us feel at home. We meet about once a month.

What we want to do: a series of three neighbour dinners in the bygdegård this autumn (Saturdays 14 November, 5 December and 16 January). Each family brings a dish, and every evening has a small theme: 1) Swedish autumn and Christmas traditions, explained by older villagers, 2) the history of Gullringen, with a talk by somebody from the local history society, 3) "how to join a Swedish förening" - the football club, the fire brigade, the church choir and the hunting team present themselves. The goal is that newcomers stay in Gullringen, learn the language and start taking part in the local associations, which all need new members. The dinners are open for men and women, families and singles.

We think many people in the village will like this idea.

We estimate the costs at around 10 000 SEK in total (rent, food, some printing).

Contact: Maarten de Vries, +46 70 481 22 95, maarten.devries@example.com

Kind regards / Met vriendelijke groet,
Maarten de Vries
Gullringen
""",
        "utf-8",
        "7bit",
    ),
    lab=label(
        "application",
        "Application in English from a Dutch newcomer (language en, ASCII subject with 'ideslanten' spelled without é, 7bit). Association true: named informal group, 19 members, composition described. Contact true: Contact line with international phone format. Activity true: three dated themed dinners with a clear local-development goal (newcomers stay, join associations). Anchoring FALSE: 'We think many people in the village will like this idea' is a hope, no meeting, survey or partner commitment (the local groups presenting themselves are part of the programme, not backing). Budget FALSE: one rough figure 'around 10 000 SEK in total (rent, food, some printing)' – items without amounts; amount_sek 10 000. 'for men and women' → true.",
        lang="en",
        missing=("anchoring", "budget"),
        association_name="Gullringen Newcomers & Neighbours",
        contact_name="Maarten de Vries",
        contact_email="maarten.devries@example.com",
        contact_phone="+46 70 481 22 95",
        members=19,
        ort="Gullringen",
        amount_sek=10000,
        women_and_men=True,
    ),
)

# --- 4622 bounce: Postfix, officer mistyped Gullabo address ------------------------------
_dsn_4622 = """Reporting-MTA: dns; smtp.example.se
X-Postfix-Queue-ID: 4Rk2Lm0TqYz9
X-Postfix-Sender: rfc822; landsbygdsutvecklare@example.se
Arrival-Date: Tue,  6 Oct 2026 09:58:40 +0200 (CEST)

Final-Recipient: rfc822; johanna.k.gulabo@example.se
Original-Recipient: rfc822;johanna.k.gulabo@example.se
Action: failed
Status: 5.1.1
Remote-MTA: dns; mx1.example.se
Diagnostic-Code: smtp; 550 5.1.1 <johanna.k.gulabo@example.se>: Recipient
    address rejected: User unknown in virtual mailbox table
"""
_hdrs_4622 = """Return-Path: <landsbygdsutvecklare@example.se>
Received: from lbu-pc17 (unknown [192.0.2.44])
\tby smtp.example.se (Postfix) with ESMTPSA id 4Rk2Lm0TqYz9
\tfor <johanna.k.gulabo@example.se>; Tue,  6 Oct 2026 09:58:40 +0200 (CEST)
From: Landsbygdsutvecklare Region Kalmar län <landsbygdsutvecklare@example.se>
To: johanna.k.gulabo@example.se
Subject: Re: Studieresa Gullabo
Date: Tue, 6 Oct 2026 09:58:37 +0200
Message-ID: <lbu.20261006095837.77c1@example.se>
In-Reply-To: <7c2e91d4-2b8a-4f6e-b3c1-5a9d0e8f4c27@example.se>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
"""
mail(
    4622,
    "bounce-gullabo-user-unknown",
    date_=date(10, 6, 9, 58, 41),
    frm="MAILER-DAEMON@example.se (Mail Delivery System)",
    to="landsbygdsutvecklare@example.se",
    subject="Undelivered Mail Returned to Sender",
    msgid="<20261006075841.5A1C3E0B22@example.se>",
    pre=[
        "Return-Path: <>",
        "Received: by smtp.example.se (Postfix)\n\tid 5A1C3E0B22; Tue,  6 Oct 2026 09:58:41 +0200 (CEST)",
    ],
    extra=["Auto-Submitted: auto-replied"],
    root=multi(
        "report; report-type=delivery-status",
        "4Rk2Lm0TqYz9.1791272321/smtp.example.se",
        [
            Part(
                ["Content-Description: Notification", "Content-Type: text/plain; charset=utf-8"],
                b"""This is the mail system at host smtp.example.se.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<johanna.k.gulabo@example.se>: host mx1.example.se[192.0.2.25] said: 550
    5.1.1 <johanna.k.gulabo@example.se>: Recipient address rejected: User
    unknown in virtual mailbox table (in reply to RCPT TO command)
""",
            ),
            Part(
                ["Content-Description: Delivery report", "Content-Type: message/delivery-status"],
                _dsn_4622.encode(),
            ),
            Part(
                [
                    "Content-Description: Undelivered Message Headers",
                    "Content-Type: text/rfc822-headers",
                    "Content-Transfer-Encoding: 8bit",
                ],
                _hdrs_4622.encode("utf-8"),
            ),
        ],
    ),
    lab=label(
        "bounce",
        "Postfix multipart/report (delivery-status + text/rfc822-headers) from MAILER-DAEMON: the officer's reply to the Gullabo applicant (4611) bounced because of a typo in the address (gulabo). The returned headers carry 'Re: Studieresa Gullabo' and In-Reply-To the application's Message-ID – still a bounce, not a followup. All elements false, all facts null.",
    ),
)


RECEIPT[4616] = ("2026-0083", "<ideslanten.2026-0083.kvitto@example.se>")
RECEIPT[4621] = ("2026-0090", "<ideslanten.2026-0090.kvitto@example.se>")

# --- 4623 Påryd: complete, bullet style, base64 utf-8 body ------------------------------
mail(
    4623,
    "paryd-byalag-seniorboende-dialog",
    date_=date(10, 8, 21, 14, 50),
    frm=addr("Mikael Franzén", "mikael.franzen@example.org"),
    to=BOT_ADDR,
    subject=ew("Idéslanten: Påryds Byalag – dialogkvällar om seniorboende", "utf-8", "B"),
    msgid="<e3d2c1b0-a9f8-4e7d-8c6b-5a4f3e2d1c0b@example.org>",
    extra=[
        "User-Agent: Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Thunderbird/128.3.1"
    ],
    root=text(
        """Hej!

Här kommer Påryds Byalags ansökan om idéslanten.

FÖRENINGEN
- Påryds Byalag, ideell förening, org.nr 802524-6037
- 95 medlemmar (hushåll och enskilda), Påryd i Kalmar kommun
- Vi driver bl.a. byns hemsida, julmarknaden och skötseln av badplatsen

KONTAKT
- Mikael Franzén, sekreterare
- mikael.franzen@example.org / 073-280 11 64

VAD VI VILL GÖRA
Många äldre i Påryd flyttar in till Kalmar när huset blir för stort, fast de helst vill bo kvar. Vi vill utreda om det går att få till ett litet seniorboende i byn, t.ex. som kooperativ hyresrätt.
- 3 dialogkvällar i Påryds bygdegård: 22 oktober, 12 november, 3 december
- Kväll 1: föreläsare från en kooperativ hyresrättsförening berättar hur andra byar gjort
- Kväll 2: kommunens landsbygdsutvecklare och en bank pratar om vad som krävs
- Kväll 3: vi bestämmer om vi ska bilda en boendeförening
- En arbetsgrupp på 3 kvinnor och 3 män förbereder kvällarna så att både kvinnor och män är med och formar det

FÖRANKRING
- Byastämman 14 september (58 närvarande) sa ja till att byalaget driver frågan
- Namninsamling i Påryds lanthandel: 71 namn på två veckor
- Påryds IK och Påryds hembygdsförening ingår i arbetsgruppen

BUDGET
- Föreläsare 2 st à 3 000 kr: 6 000 kr
- Lokalhyra 3 kvällar à 700 kr: 2 100 kr
- Fika: 1 500 kr
- Tryck/utskick: 800 kr
- TOTALT: 10 400 kr

Tack på förhand!
Mikael Franzén
Påryds Byalag
""",
        "utf-8",
        "base64",
    ),
    lab=label(
        "application",
        "Complete application in a structured bullet style with upper-case headings, base64 utf-8 body, B-encoded subject, Thunderbird. Association: org.nr, 95 members, activities. Contact: name, role, e-mail, phone. Activity: three dated dialogue evenings towards a senior housing cooperative, clear local purpose. Anchoring: byastämma (58 present – not members), petition with 71 names (not members), two local groups in the working group. Budget: four items, TOTALT 10 400 kr. Working group of 3 women and 3 men 'så att både kvinnor och män är med' → true.",
        association_name="Påryds Byalag",
        org_number="802524-6037",
        contact_name="Mikael Franzén",
        contact_email="mikael.franzen@example.org",
        contact_phone="073-280 11 64",
        members=95,
        ort="Påryd",
        amount_sek=10400,
        women_and_men=True,
    ),
)

# --- 4624 followup to 4616: Södra Vi names a contact (phone only), budget still missing ------------------------------
_rc4616 = receipt_for("2026-0083", ("contact", "budget"))
mail(
    4624,
    "sodra-vi-svar-kontakt-budget-senare",
    date_=date(10, 9, 8, 2, 27),
    frm=addr("Södra Vi Bygderåd", "info.sodravibygderad@example.se"),
    to=addr("Idéslanten – Region Kalmar län", BOT_ADDR),
    subject=ew(
        "Re: Ansökan om regional bygdepeng – Framtidsverkstad Södra Vi 2026 [Idéslanten 2026-0083]"
    ),
    msgid="<5b6c7d8e-9f0a-4b1c-8d2e-3f4a5b6c7d8e@example.se>",
    in_reply_to=RECEIPT[4616][1],
    references=f"{MSGIDS[4616]}\n {RECEIPT[4616][1]}",
    extra=["User-Agent: Mozilla Thunderbird"],
    root=text(
        """Hej,

Kontaktperson för ansökan är bygderådets ordförande Anneli Fransson, tel. 0492-210 77 (bäst efter kl. 16).

Den detaljerade budgeten återkommer vi med när kassören är tillbaka från sin resa i slutet av oktober.

Med vänlig hälsning
Anneli Fransson
ordförande, Södra Vi Bygderåd

Den 2026-09-24 kl. 13:30, skrev Idéslanten – Region Kalmar län:
"""
        + quote(_rc4616)
        + "\n",
        "utf-8",
        "8bit",
        fmt_flowed=True,
    ),
    lab=label(
        "followup",
        "Thunderbird reply (format=flowed, '> ' quoting) from the bygderåd's shared mailbox to the receipt for 4616. New text names a contact – the chair with phone – so contact true even though the mailbox is shared; no personal e-mail is given, so contact_email is null (the shared box is not a contact address). Budget still promised for later → false. The quoted receipt's 'Budget' line must not count.",
        present=("contact",),
        association_name="Södra Vi Bygderåd",
        contact_name="Anneli Fransson",
        contact_phone="0492-210 77",
    ),
)

# --- 4625 Degerhamn: application in a .txt attachment; unnamed group, vague activity ------------------------------
_txt_4625 = """ANSÖKAN IDÉSLANTEN 2026

Vi är ett gäng på södra Öland, främst i Degerhamn men också från Gräsgård och Kastlösa, som har engagerat oss för bygdens framtid sedan cementfabriken drog ner.

Vad vi vill göra:
Vi planerar olika aktiviteter under hösten och vintern för att utveckla Degerhamn, till exempel träffar och kanske en föreläsning. Syftet är att stärka gemenskapen och göra bygden mer attraktiv för både kvinnor och män, unga som gamla, och på sikt få fler att flytta hit.

Förankring:
Vi har haft två öppna möten i Degerhamns Folkets hus i augusti och september med 45 respektive 38 deltagare, och Södra Ölands Företagarförening och Degerhamns hamnförening står bakom och hjälper till med lokal och marknadsföring.

Budget:
Lokalhyra          3 000 kr
Föreläsare         5 000 kr
Marknadsföring     2 000 kr
Summa             10 000 kr

Kontakt:
Sofia Öhman
070-813 55 02
sofia.ohman@example.se
"""
mail(
    4625,
    "degerhamn-ansokan-txt",
    date_=date(10, 12, 14, 22, 8),
    frm=addr("Sofia Öhman", "sofia.ohman@example.se"),
    to=BOT_ADDR,
    subject=ew("ansökan södra öland"),
    msgid="<CAN2tYx8Qv1Lp5Rs9Uw3Zb7Cd0Ef4Gh6Ij8Kl2Mn5Op1Qr3@example.se>",
    root=multi(
        "mixed",
        "000000000000c5e6f70621a2b3c4",
        [
            text("Hej! Se bifogad fil.\n\n/Sofia\n", "UTF-8", "7bit"),
            Part(
                [
                    'Content-Type: text/plain; charset="windows-1252"; name="ansokan_ideslanten.txt"',
                    'Content-Disposition: attachment; filename="ansokan_ideslanten.txt"',
                    "Content-Transfer-Encoding: base64",
                ],
                base64.encodebytes(_txt_4625.encode("windows-1252")),
            ),
        ],
    ),
    lab=label(
        "application",
        "Mobile-short body ('Se bifogad fil. /Sofia') with the application in a windows-1252 .txt attachment (base64). Association FALSE: 'ett gäng på södra Öland' – no name, no member count. Activity FALSE: 'olika aktiviteter … till exempel träffar och kanske en föreläsning' to 'stärka gemenskapen' is vague – nothing dated or concrete. Anchoring true: two open meetings with attendance figures (not members) and two named local organisations backing it. Budget true: three items, 10 000 kr. Contact true: name, phone and e-mail in the file, same as From. 'både kvinnor och män' → true. Ort Degerhamn (Mörbylånga), outside the theme municipalities.",
        missing=("association", "activity"),
        contact_name="Sofia Öhman",
        contact_email="sofia.ohman@example.se",
        contact_phone="070-813 55 02",
        ort="Degerhamn",
        amount_sek=10000,
        women_and_men=True,
    ),
)


# --- 4626 spam: phishing pretending to be a grant payout ------------------------------
_h4626 = """<html><head><meta charset="utf-8"></head><body style="font-family:Verdana,sans-serif;font-size:13px">
<table width="560" align="center" style="border:1px solid #ccc"><tr><td style="background:#00467f;color:#fff;padding:14px;font-size:18px"><b>Region Kalmar län</b> | Utbetalningar</td></tr>
<tr><td style="padding:18px">
<p>Bästa mottagare,</p>
<p>Er förening har blivit <b>beviljad regional bygdepeng (idéslanten) på 14 850 SEK</b>. På grund av uppdatering av vårat ekonomisystem kan utbetalningen inte genomföras innan ni har verifiera era bankuppgifter.</p>
<p>Vänligen bekräfta med BankID inom <b style="color:#c00">48 timmar</b>, annars kommer beviljade medel att återgå till Regionen.</p>
<p style="text-align:center"><a href="https://example.net/regionkalmar-utbetalning/verifiera?id=SE-88412" style="background:#e3007d;color:#fff;padding:10px 22px;text-decoration:none">Verifiera med BankID</a></p>
<p>Ärende: RKL-2026-UTB-88412<br>Detta meddelande är automatiskt genererat, vänligen svara ej.</p>
<p>Med vänliga hälsningar,<br>Ekonomiavdelningen<br>Region Kalmar län</p>
</td></tr></table></body></html>
"""
mail(
    4626,
    "spam-utbetalning-bankid",
    date_=date(10, 13, 3, 17, 55),
    frm=addr("Region Kalmar län Utbetalningar", "utbetalning.regionkalmar@example.net"),
    to="undisclosed-recipients:;",
    subject=ew("⚠️ Åtgärd krävs: Utbetalning av bygdepeng väntar på verifiering", "utf-8", "B"),
    msgid="<20261013011755.66f1c0a8e2b7@example.net>",
    pre=[
        "Received: from unknown (HELO vps-4412) (203.0.113.77)\n\tby mx.example.se with SMTP; Tue, 13 Oct 2026 03:17:58 +0200"
    ],
    extra=["Reply-To: ekonomi-rkl@example.com", "X-Priority: 1 (Highest)"],
    root=text(_h4626, "utf-8", "base64", subtype="html"),
    lab=label(
        "spam",
        "Phishing disguised as a grant payout from the region: HTML-only base64, urgency (48 hours), BankID 'verification' link, mismatching Reply-To, undisclosed recipients, grammar slips ('vårat', 'har verifiera'), emoji in the B-encoded subject. Mentions idéslanten and an amount, but it is fraud: all elements false, all facts null.",
    ),
)

# --- 4627 Ankarsrum: application forwarded by the secretary; complete ------------------------------
_fw4627 = """Hej Region Kalmar!

Ankarsrums Hembygdsförening (org.nr 802492-6878) söker härmed idéslanten för projektet "Bruksberättelser".

Om oss: Föreningen bildades 1946, har 140 medlemmar och förvaltar hembygdsgården vid Ankarsrumssjön. Vi har en aktiv grupp som dokumenterar brukets historia.

Projektet: Bruket i Ankarsrum har format orten i över 350 år. Många som jobbade på gjuteriet och i fabriken är i dag över 80 och deras minnen håller på att försvinna. Vi ordnar fyra berättarcaféer i Folkets hus (onsdagar 4, 11, 18 och 25 november kl 14) där f.d. bruksarbetare berättar och yngre bybor ställer frågor. Berättelserna spelas in (med deras tillstånd) och blir en utställning i hembygdsgården till sommaren samt ett föredrag av en industrihistoriker i mars. Vi vill att fler, även nyinflyttade och unga, ska känna stolthet över orten och vilja engagera sig i den. Alla är välkomna, kvinnor som män – och det var ju många kvinnor som jobbade på bruket också!

Förankring: Ankarsrums Samhällsförening och PRO Ankarsrum står som medarrangörer, och högstadieeleverna i Ankarsrum intervjuar som en del av sin historiekurs efter överenskommelse med skolan. Styrelsen beslutade om projektet på medlemsmötet i september där 44 medlemmar var närvarande.

Budget:
Industrihistoriker, föreläsning: 3 500 kr
Hyra ljudutrustning för inspelning: 1 200 kr
Hyra av utställningsskärmar: 2 000 kr
Tryck av utställningstexter och affischer: 1 500 kr
Fika vid berättarcaféerna: 1 300 kr
Summa: 9 500 kr

Kontaktperson: Olle Bergkvist, ordförande, 070-226 84 19, olle.bergkvist@example.org

Med vänlig hälsning
Olle Bergkvist
"""
_t4627 = (
    "Hej!\n\nVidarebefordrar ansökan från vår ordförande Olle, hans mejl till er studsade visst. Svara gärna direkt till honom.\n\n/Kerstin Holmgren, sekr.\n\n"
    "---------- Vidarebefordrat meddelande ---------\nFrån: Olle Bergkvist <olle.bergkvist@example.org>\nDate: ons 14 okt. 2026 kl 22:03\nSubject: Ansökan idéslanten Bruksberättelser\nTo: Kerstin Holmgren <kerstin.holmgren@example.org>\n\n\n"
    + _fw4627
)
_h4627 = (
    '<div dir="ltr">Hej!<div><br></div><div>Vidarebefordrar ansökan från vår ordförande Olle, hans mejl till er studsade visst. Svara gärna direkt till honom.</div><div><br></div><div>/Kerstin Holmgren, sekr.</div><br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">---------- Vidarebefordrat meddelande ---------<br>Från: <strong class="gmail_sendername" dir="auto">Olle Bergkvist</strong> <span dir="auto">&lt;<a href="mailto:olle.bergkvist@example.org">olle.bergkvist@example.org</a>&gt;</span><br>Date: ons 14 okt. 2026 kl 22:03<br>Subject: Ansökan idéslanten Bruksberättelser<br>To: Kerstin Holmgren &lt;<a href="mailto:kerstin.holmgren@example.org">kerstin.holmgren@example.org</a>&gt;<br></div><br><br>'
    + "".join(f"<div>{ln}</div>" if ln else "<div><br></div>" for ln in _fw4627.split("\n"))
    + "</div></div>\n"
)
mail(
    4627,
    "ankarsrum-bruksberattelser-vidarebefordrad",
    date_=date(10, 15, 7, 48, 10),
    frm=addr("Kerstin Holmgren", "kerstin.holmgren@example.org"),
    to=BOT_ADDR,
    subject=ew("Fwd: Ansökan idéslanten Bruksberättelser"),
    msgid="<CAPf3xQ7Wm2Ls8Nv4Bt0Yc6Re1Uh9Io5Kj3Pa7Sd2Fg8Hl4@example.org>",
    root=multi(
        "alternative",
        "000000000000e1f2a3b40623c4d5",
        [
            text(_t4627, "UTF-8", "quoted-printable"),
            text(_h4627, "UTF-8", "quoted-printable", subtype="html"),
        ],
    ),
    lab=label(
        "application",
        "Complete application forwarded by the secretary (Gmail 'Forwarded message' block, multipart/alternative). Forwarded application text counts as the mail's own. Association: org.nr, 140 members, since 1946. Contact: the chair Olle Bergkvist, named in a Kontaktperson line with phone and e-mail – he is the contact, not the forwarding secretary, so contact_email is his address. Activity: four dated story cafés with recordings → exhibition and lecture. Anchoring: two co-organisers, the school, members' meeting (44 present). Budget: five items, 9 500 kr. 'kvinnor som män' → true; historian's fee not salary; rented equipment/screens not investment. Numbers like '350 år' and 'över 80' are distractors.",
        association_name="Ankarsrums Hembygdsförening",
        org_number="802492-6878",
        contact_name="Olle Bergkvist",
        contact_email="olle.bergkvist@example.org",
        contact_phone="070-226 84 19",
        members=140,
        ort="Ankarsrum",
        amount_sek=9500,
        women_and_men=True,
    ),
)

# --- 4628 followup to 4621 (English): anchoring + budget supplied, Apple Mail quoting ------------------------------
_rc4621 = receipt_for("2026-0090", ("anchoring", "budget"), variant=1)
mail(
    4628,
    "gullringen-reply-budget-anchoring",
    date_=date(10, 16, 18, 9, 31),
    frm=addr("Maarten de Vries", "maarten.devries@example.com"),
    to=addr("Idéslanten – Region Kalmar län", BOT_ADDR),
    subject=ew(
        "Re: Application ideslanten - neighbour dinners in Gullringen [Idéslanten 2026-0090]"
    ),
    msgid="<0C1D2E3F-4A5B-4C6D-9E7F-8A9B0C1D2E3F@example.com>",
    in_reply_to=RECEIPT[4621][1],
    references=f"{MSGIDS[4621]}\n {RECEIPT[4621][1]}",
    extra=["X-Mailer: Apple Mail (2.3826.300.87.4.3)"],
    root=text(
        """Hi,

Thank you for the quick answer (I used a translation app for it, I hope I understood correctly).

Local support: on 13 October we presented the idea at the autumn meeting of Gullringens Byalag. About 30 people were there and the meeting decided that the byalag will co-host the dinners and pay for the coffee. The hembygdsförening will give the history talk for free, and Gullringen IF lends us tables and chairs. Two Swedish neighbours are helping me with the Swedish invitations.

Budget (it became a bit lower than I first thought):
- Rent of bygdegården, 3 evenings x 800 SEK = 2 400 SEK
- Drinks, bread and dessert, 3 x 1 200 SEK = 3 600 SEK
- Printing invitations in Swedish, English, Dutch and German = 900 SEK
Total: 6 900 SEK

Best regards,
Maarten

> On 5 Oct 2026, at 20:42, Idéslanten – Region Kalmar län <ideslanten@example.se> wrote:
>
"""
        + quote(_rc4621)
        + "\n",
        "utf-8",
        "quoted-printable",
    ),
    lab=label(
        "followup",
        "English followup (Apple Mail, '> ' quoting of the Swedish receipt, QP) to 4621. New text supplies anchoring (byalag meeting on 13 October decided to co-host, hembygdsförening and IF help) and a budget with three items totalling 6 900 SEK. Signed only 'Maarten' from his own address – a named signer (same person as the application), so contact true. The ~30 meeting attendees are not members. Association, activity not restated. amount_sek 6 900 from the new total.",
        lang="en",
        present=("contact", "anchoring", "budget"),
        contact_name="Maarten de Vries",
        contact_email="maarten.devries@example.com",
        ort="Gullringen",
        amount_sek=6900,
    ),
)


RECEIPT[4629] = ("2026-0096", "<ideslanten.2026-0096.kvitto@example.se>")

# --- 4629 Totebo: name only in From, no anchoring, rough figure; text/plain WITHOUT charset ------------------------------
mail(
    4629,
    "totebo-if-bygdedag-vindkraft",
    date_=date(10, 19, 6, 55, 40),
    frm=addr("Kjell Åberg", "kjell.aberg@example.net", "iso-8859-1"),
    to=BOT_ADDR,
    subject="Bygdedag i Totebo",
    msgid="<20261019065540.GA31337@example.net>",
    root=Part(
        ["Content-Type: text/plain", "Content-Transfer-Encoding: 8bit"],
        """Hej

Totebo IF vill söka bidrag ur idéslanten. Vi är en idrottsförening med ca 120 medlemmar, fotboll på sommaren och skidor och motionsspår på vintern, och vi har funnits sedan 1931.

Lördag 28 november vill vi ha en bygdedag i gympasalen på Totebo skola. Alla föreningar i socknen får ett bord och visar vad de gör, lokala producenter säljer kött, honung och ägg, och på eftermiddagen blir det ett informationsmöte om den planerade vindkraftsparken vid Hjortedsvägen med en oberoende föreläsare, eftersom det är många frågor i byn om vad den betyder för oss och det behövs ett lugnt forum där alla kan fråga. Tanken är att fler ska hitta till föreningarna och att vi får ett bättre samtal i byn om vindkraften.

Kostnaderna blir nog runt 12 000 kr.

Totebo IF
""".encode("iso-8859-1"),
    ),
    lab=label(
        "application",
        "Sports club application in plain prose; text/plain with NO charset parameter but 8bit Latin-1 bytes (å/ä/ö unreadable as ASCII), iso-8859-1 encoded From name. Association true: named club, ~120 members, what it does, since 1931. Activity true: dated village day with association tables, local producers and an information meeting on a planned wind farm, with a stated local purpose. Contact FALSE: Kjell Åberg appears only in the From header; the mail is signed 'Totebo IF'. Anchoring FALSE: nothing about local backing (the other associations are invited participants, no meeting/survey/partners). Budget FALSE: 'runt 12 000 kr' is a single rough figure (amount_sek 12 000). Gender not stated → null.",
        missing=("contact", "anchoring", "budget"),
        association_name="Totebo IF",
        members=120,
        ort="Totebo",
        amount_sek=12000,
    ),
)

# --- 4630 autoreply WITHOUT automation headers: moose hunt ------------------------------
mail(
    4630,
    "totebo-algjakt-franvaro",
    date_=date(10, 20, 10, 31, 2),
    frm=addr("Kjell Åberg", "kjell.aberg@example.net", "iso-8859-1"),
    to=OFFICER,
    subject="Re: Bygdedag i Totebo",
    msgid="<20261020083102.GB40411@example.net>",
    in_reply_to="<lbu.20261020103058.9e2d@example.se>",
    references=f"{MSGIDS[4629]} <lbu.20261020103058.9e2d@example.se>",
    root=text(
        """Detta är ett automatiskt svar.

Jag är på älgjakt vecka 43 och läser inte mejl förrän måndag 26 oktober. Gäller det Totebo IF:s bokningar av klubbstugan, ring Birgitta på 0490-911 03.

/Kjell
""",
        "iso-8859-1",
        "quoted-printable",
    ),
    lab=label(
        "autoreply",
        "Out-of-office reply WITHOUT any automation header (no Auto-Submitted, X-Autoreply or Precedence), subject simply 'Re: Bygdedag i Totebo' and threaded on the officer's reply to 4629 with the application in References – it looks like a followup. Only the body ('Detta är ett automatiskt svar', away on moose hunt until 26 October) shows what it is. A phone number for club bookings is given but nothing is added to the application. All elements false, all facts null.",
    ),
)

# --- 4631 Mörlunda: women-only knitting café; complete but breaks the both-genders rule ------------------------------
_t4631 = """Hej!

Syföreningen Flitiga Händer i Mörlunda (org.nr 802530-4182) har funnits sedan 1958 och har 18 medlemmar, alla kvinnor i åldrarna 34 till 91 år.

Vi söker pengar till "Stickcafé för traktens kvinnor" i vinter:
* Varannan torsdag 5 november–25 februari träffas vi i Mörlunda församlingshem och stickar mössor och vantar till BVC och till äldreboendet i Mörlunda. Nya kvinnor i bygden, inte minst de som kommit hit från andra länder, bjuds in särskilt – det är ett andningshål för oss kvinnor och ett sätt att lära känna varandra över generationer och språk.
* En lördag i januari kommer en textilkonstnär och håller kurs i tvåändsstickning.
* I mars gör vi en studieresa med buss till ett ullspinneri i Östergötland.

Förankring: Mörlunda församling upplåter lokalen, hembygdsföreningens textilgrupp är med och planerar kursen, och på Mörlundadagen i augusti samlade vi in namn – 26 kvinnor har anmält intresse.

Budget:
Kursledare tvåändsstickning 3 000 kr
Buss till ullspinneriet 5 500 kr
Garn och stickor (förbrukning) 1 500 kr
Hyra församlingshemmet 1 200 kr
Summa 11 200 kr

Kontaktperson: Marianne Sjögren, 070-745 30 18

Stickiga hälsningar
Marianne Sjögren
kassör, Flitiga Händer
"""
mail(
    4631,
    "morlunda-stickcafe-kvinnor",
    date_=date(10, 22, 13, 2, 55),
    frm=addr("Marianne Sjögren", "marianne.sjogren@example.com"),
    to=BOT_ADDR,
    subject=ew("Ansökan – Stickcafé i Mörlunda"),
    msgid="<AM0PR04MB71181E2D3C4B5A69788F9E0D1C2B3@example.com>",
    extra=["X-Mailer: Outlook.com"],
    root=multi(
        "alternative",
        "_000_AM0PR04MB71181E2D3C4B5A69788F9E0D1C2B3_",
        [
            text(_t4631, "windows-1252", "quoted-printable"),
            text(
                '<html><head><meta http-equiv="Content-Type" content="text/html; charset=Windows-1252"></head><body><div style="font-family:Aptos,Calibri,Helvetica,sans-serif;font-size:12pt">'
                + _t4631.replace("\n\n", "</div><div><br></div><div>").replace("\n", "<br>")
                + "</div></body></html>\n",
                "windows-1252",
                "quoted-printable",
                subtype="html",
            ),
        ],
    ),
    lab=label(
        "application",
        "Complete application (Outlook.com multipart/alternative, windows-1252 QP) that breaks the gender rule: a women-only knitting café 'för traktens kvinnor', members all women → women_and_men false. Association: org.nr, 18 members, since 1958. Contact: Kontaktperson line with phone, own From address. Activity: dated fortnightly café, a course and a study trip. Anchoring: parish provides the room, hembygdsförening's textile group co-plans, 26 women signed interest at Mörlundadagen (not members). Budget: four items = 11 200 kr. Yarn is a consumable, not an investment; course leader fee not salary.",
        association_name="Syföreningen Flitiga Händer i Mörlunda",
        org_number="802530-4182",
        contact_name="Marianne Sjögren",
        contact_email="marianne.sjogren@example.com",
        contact_phone="070-745 30 18",
        members=18,
        ort="Mörlunda",
        amount_sek=11200,
        women_and_men=False,
    ),
)


# --- 4632 question in English: summer-house association, paying a student ------------------------------
mail(
    4632,
    "loftahammar-question-summer-residents",
    date_=date(10, 26, 16, 40, 12),
    frm=addr("Klaus Becker", "klaus.becker@example.com"),
    to=BOT_ADDR,
    subject="Question about the village grant (summer house association Loftahammar)",
    msgid="<8e7d6c5b-4a39-4281-b0c9-d8e7f6a5b4c3@example.com>",
    root=text(
        """Dear Sir or Madam,

I am the chairman of the "Stugföreningen Loftahammar Norra", a summer house association with 37 members, most of us from Germany and Stockholm. Our houses are near Loftahammar and many of us spend May to September there.

We are asking ourselves two things before we write an application:

1. Can a summer house association apply at all, when most members are not registered as living in Västervik kommun? We are of course very engaged in the village (we help with the midsommar celebration and the beach).

2. We would like to pay a local student from Loftahammar to coordinate a big beach and shore clean-up next spring together with the byalag, maybe 40 hours. Is this possible with the idéslanten money?

Thank you in advance for your answer.

With kind regards
Klaus Becker
Chairman, Stugföreningen Loftahammar Norra
""",
        "utf-8",
        "8bit",
    ),
    lab=label(
        "question",
        "Question in English from a German summer-house owner: may a summer-house association whose members are not registered residents apply, and may the grant pay a local student ~40 hours to coordinate a clean-up? Nothing is applied for yet ('before we write an application'). Facts: association, 37 members as stated, signer, ort Loftahammar; the proposed pay to a student is a wage → salary_costs true (the question itself proposes it); investment null.",
        lang="en",
        association_name="Stugföreningen Loftahammar Norra",
        contact_name="Klaus Becker",
        contact_email="klaus.becker@example.com",
        members=37,
        ort="Loftahammar",
        salary_costs=True,
    ),
)

# --- 4633 Gullaskruf: shared mailbox, vague activity, HTML table budget ------------------------------
_h4633 = """<html><head><meta charset="utf-8"></head><body style="font-family:Arial;font-size:14px">
<p>Hej Region Kalmar län,</p>
<p><b>Gullaskrufs Byalag</b> har 74 medlemmar och har funnits sedan 1992. Vi arbetar för att Gullaskruf ska vara en levande by i Glasriket även efter att glasbruket lades ner.</p>
<p>Vi vill fortsätta utveckla Gullaskruf och skapa framtidstro, så att fler väljer att bo kvar och flytta hit. Vi tänker oss olika insatser under året som stärker bygden och lyfter fram byns historia och natur.</p>
<p>På bystämman i augusti var vi ett sextiotal och alla ville att byalaget ska jobba vidare med detta. Vi samarbetar också med Gullaskrufs IF och glasbruksföreningen som lånar ut sina lokaler.</p>
<table border="1" cellpadding="4" cellspacing="0" style="border-collapse:collapse">
<tr><th align="left">Kostnad</th><th align="right">Kr</th></tr>
<tr><td>Hyra Folkets hus</td><td align="right">2 000</td></tr>
<tr><td>Föreläsare</td><td align="right">4 000</td></tr>
<tr><td>Annonsering</td><td align="right">1 000</td></tr>
<tr><td>Fika</td><td align="right">1 500</td></tr>
<tr><td><b>Summa</b></td><td align="right"><b>8 500</b></td></tr>
</table>
<p>Med vänlig hälsning<br>Byalaget i Gullaskruf</p>
</body></html>
"""
_t4633 = """Hej Region Kalmar län,

Gullaskrufs Byalag har 74 medlemmar och har funnits sedan 1992. Vi arbetar för att Gullaskruf ska vara en levande by i Glasriket även efter att glasbruket lades ner.

Vi vill fortsätta utveckla Gullaskruf och skapa framtidstro, så att fler väljer att bo kvar och flytta hit. Vi tänker oss olika insatser under året som stärker bygden och lyfter fram byns historia och natur.

På bystämman i augusti var vi ett sextiotal och alla ville att byalaget ska jobba vidare med detta. Vi samarbetar också med Gullaskrufs IF och glasbruksföreningen som lånar ut sina lokaler.

Kostnad Kr
Hyra Folkets hus 2 000
Föreläsare 4 000
Annonsering 1 000
Fika 1 500
Summa 8 500

Med vänlig hälsning
Byalaget i Gullaskruf
"""
mail(
    4633,
    "gullaskruf-byalag-framtidstro",
    date_=date(10, 28, 19, 25, 37),
    frm=addr("Gullaskrufs Byalag", "byalaget.gullaskruf@example.org"),
    to=BOT_ADDR,
    subject=ew("Ansökan bygdepeng Gullaskrufs Byalag", "iso-8859-1", "B"),
    msgid="<1730139937.8812.gullaskruf@example.org>",
    extra=["X-Mailer: One.com Webmail"],
    root=multi(
        "alternative",
        "=_1730139937_8812",
        [text(_t4633, "utf-8", "8bit"), text(_h4633, "utf-8", "quoted-printable", subtype="html")],
    ),
    lab=label(
        "application",
        "Glasriket village after the glass-works closed; multipart/alternative with an HTML table budget and a flattened plain-text twin. Association true (named, 74 members, since 1992). Anchoring true (bystämma with about sixty people – attendance, not members; IF and glasbruksföreningen cooperate). Budget true (four items, 8 500 kr). Activity FALSE: 'fortsätta utveckla Gullaskruf och skapa framtidstro … olika insatser under året' is a vague wish – no what/when even though a lecturer appears in the budget. Contact FALSE: shared byalag mailbox, signed 'Byalaget i Gullaskruf', no person. Gender not stated → null.",
        missing=("contact", "activity"),
        association_name="Gullaskrufs Byalag",
        members=74,
        ort="Gullaskruf",
        amount_sek=8500,
    ),
)

# --- 4634 followup to 4629: Totebo budget arrives, anchoring still an empty claim ------------------------------
_rc4629 = receipt_for("2026-0096", ("contact", "anchoring", "budget"))
mail(
    4634,
    "totebo-svar-budget",
    date_=date(10, 30, 21, 3, 18),
    frm=addr("Kjell Åberg", "kjell.aberg@example.net", "iso-8859-1"),
    to=BOT_ADDR,
    subject=ew("Re: Bygdedag i Totebo [Idéslanten 2026-0096]", "iso-8859-1"),
    msgid="<20261030200318.GC52260@example.net>",
    in_reply_to=RECEIPT[4629][1],
    references=f"{MSGIDS[4629]} {RECEIPT[4629][1]}",
    root=text(
        """Hej, tillbaka från jakten nu.

Budget för bygdedagen:
hyra gympasalen           1 500
föreläsare arvode+resa    5 000
annonser och affischer    1 800
soppa och fika            2 700
hyra ljudanläggning       1 000
summa                    12 000 kr

Föreningarna i byn tycker det är bra, tror jag.

Mvh
Kjell Åberg
ordf Totebo IF
070-349 72 80

Idéslanten – Region Kalmar län skrev 2026-10-19 06:56:
"""
        + quote(_rc4629, ">")
        + "\n",
        "windows-1252",
        "8bit",
    ),
    lab=label(
        "followup",
        "Reply to the receipt for 4629 after the moose hunt (the autoreply was 4630). New text: five-item budget summing to 12 000 kr → budget true; signed by Kjell Åberg, chair, with phone from his own address → contact true. Anchoring still FALSE: 'Föreningarna i byn tycker det är bra, tror jag' is an empty claim. Quoting with '>' without space; windows-1252 8bit (this time with charset).",
        present=("contact", "budget"),
        association_name="Totebo IF",
        contact_name="Kjell Åberg",
        contact_email="kjell.aberg@example.net",
        contact_phone="070-349 72 80",
        amount_sek=12000,
    ),
)


# --- 4635 Berga: "se bifogad budget" but the PDF is the event poster ------------------------------
_pdf_4635 = pdf(
    [
        "# TÅGKVÄLL I BERGA!",
        "",
        "Hur tar vi oss till jobb och skola med Stångådalsbanan?",
        "",
        "Tisdag 17 november kl 19.00 i gamla stationshuset",
        "Föredrag av en trafikplanerare från regionen",
        "Samtal om pendlarkaffe på perrongen och samåkning",
        "",
        "Kaffe och kaka 20 kr",
        "",
        "Alla är välkomna!",
        "Berga Byförening – Berga IF – Berga Hembygdsförening",
    ],
    title="Affisch tågkväll",
    compress=False,
)
mail(
    4635,
    "berga-tagkvall-affisch",
    date_=date(11, 3, 12, 11, 4),
    frm=addr("Emma Nilsson", "emma.nilsson.berga@example.se"),
    to=BOT_ADDR,
    subject=ew("Ansökan: Tågkvällar i Berga (Högsby)"),
    msgid="<f7e6d5c4-b3a2-4918-8776-e5d4c3b2a190@example.se>",
    root=multi(
        "mixed",
        "------------4JxGm2Qh7Rt0Vw3Yz6Bc9Df1",
        [
            text(
                """Hej,

Berga Byförening (org.nr 802455-1494) har 41 medlemmar och jobbar för att Berga ska vara en bra by att bo och pendla ifrån. Många här pendlar till Kalmar, Oskarshamn och Högsby, men tågen är glesa och stationen är obemannad och mörk.

Vi ordnar därför två tågkvällar i gamla stationshuset, 17 november och 19 januari. Första kvällen berättar en trafikplanerare från regionen om turlistan på Stångådalsbanan och vad som krävs för fler stopp, och vi pratar om samåkning och ett pendlarkaffe på perrongen på måndagsmorgnar. Andra kvällen startar vi en pendlargrupp som kan driva frågan vidare. Det gäller oss alla, kvinnor och män, unga som pendlar till gymnasiet och äldre som tar tåget till sjukhuset.

Förankring: Vi gjorde en enkät i byns Facebookgrupp i september, 87 svarade och pendling kom överst. Berga IF och Berga Hembygdsförening står som medarrangörer (se affischen).

Vi söker 9 000 kr, se bifogad budget.

Kontakt: Emma Nilsson, 070-662 04 91

Hälsningar
Emma Nilsson
sekreterare, Berga Byförening
""",
                "utf-8",
                "quoted-printable",
            ),
            attachment(_pdf_4635, "application/pdf", "affisch_tagkvall_berga.pdf"),
        ],
    ),
    lab=label(
        "application",
        "Everything is in the body except the budget: it says 'Vi söker 9 000 kr, se bifogad budget' but the attached (uncompressed, readable) PDF is the event poster – it holds no cost items, only 'Kaffe och kaka 20 kr'. Budget FALSE; amount_sek 9 000 from the stated applied amount. Association (org.nr, 41 members), contact (Kontakt line with phone, own From address), activity (two dated evenings at the station with concrete goals), anchoring (Facebook survey with 87 respondents – not members – and two co-organisers) are present. 'kvinnor och män' → true.",
        missing=("budget",),
        association_name="Berga Byförening",
        org_number="802455-1494",
        contact_name="Emma Nilsson",
        contact_email="emma.nilsson.berga@example.se",
        contact_phone="070-662 04 91",
        members=41,
        ort="Berga",
        amount_sek=9000,
        women_and_men=True,
    ),
)

# --- 4636 newsletter: Glasriket event calendar, HTML-only, List-Unsubscribe only ------------------------------
mail(
    4636,
    "glasriket-evenemang-november",
    date_=date(11, 5, 6, 30, 0),
    frm=addr("Glasriket Evenemang", "nyheter@example.com"),
    to=OFFICER,
    subject=ew(
        "Hyttsill, julmarknader och öppna hyttor – Glasriket i november", "windows-1252", "Q"
    ),
    msgid="<glasriket.nov2026.330194@example.com>",
    extra=[
        "List-Unsubscribe: <https://example.com/glasriket/unsub?m=330194>",
        "X-Campaign: glasriket-2026-11",
    ],
    root=text(
        """<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"></head>
<body style="background:#f4f7f9;font-family:Georgia,serif">
<div style="max-width:600px;margin:auto;background:#fff;padding:24px">
<h1 style="color:#1d5c7a">Glasriket i november</h1>
<p>Mörkret faller – och hyttorna lyser! Här är månadens evenemang i glasbruksbyarna.</p>
<h3>Hyttsill</h3>
<ul>
<li><b>Orrefors</b> fre 13 nov kl 18 – sill, potatis och glasblåsning (förköp 295 kr)</li>
<li><b>Alsterbro</b> lör 14 nov kl 18 – Glasbruks Vännerna bjuder in till hyttsill i gamla hyttan</li>
<li><b>Pukeberg</b> fre 27 nov – hyttsill med visor</li>
</ul>
<h3>Julmarknader</h3>
<p>Målerås 28–29 nov, Flygsfors 5 dec, Johansfors 6 dec. Lokala hantverkare, glas och kaffe.</p>
<h3>Öppna hyttor</h3>
<p>Under vintern har flera studios öppet torsdag–lördag. Se hela listan på <a href="https://example.com/glasriket/oppet">vår webb</a>.</p>
<hr><p style="font-size:11px;color:#888">Du får detta utskick för att du anmält dig till Glasrikets evenemangsbrev. <a href="https://example.com/glasriket/unsub?m=330194">Avsluta prenumeration</a> · Glasriket Evenemang, Box 12, Nybro</p>
</div></body></html>
""",
        "windows-1252",
        "quoted-printable",
        subtype="html",
    ),
    lab=label(
        "newsletter",
        "HTML-only event newsletter from Glasriket (windows-1252 QP, Q-encoded subject) with a List-Unsubscribe header but NO Precedence or List-Id. Mentions hyttsill in Alsterbro (cf. 4615), prices and villages, but it is bulk information. All elements false, all facts null.",
    ),
)


# --- 4637 Figeholm: cold-bathing friends, no group name, no person ------------------------------
mail(
    4637,
    "figeholm-kallbad-vinter",
    date_=date(11, 9, 7, 2, 45),
    frm="figeholm.kallbad@example.com",
    to=BOT_ADDR,
    subject="kallbad figeholm - soka ideslanten?",
    msgid="<CAK0wXy4Zp8Qs2Nt6Vu0Lm3Rb9Cd5Ef1Gh7Ij3Kl9Mn2Op6@example.com>",
    extra=["X-Mailer: Gmail for iOS"],
    root=text(
        """Tjena!

Vi är några kompisar i Figeholm som började kallbada i hamnen i fjol och nu har det blivit rätt stort 😄 Vi vill köra kallbadarträffar varje söndag kl 9 från 15 november till sista mars vid gamla ångbåtsbryggan, med kaffe efteråt. Killar och tjejer, unga och gamla – alla är välkomna, det är ett sätt att träffas i byn på vintern när allt annat är stängt.

Två söndagar (6 dec och 7 feb) kommer en sjuksköterska från vårdcentralen och pratar om kallbad, hjärta och säkerhet. Tre helger hyr vi en mobil vedeldad bastu som står vid bryggan.

Figeholms Båtklubb lånar ut bryggan och klubbhuset, Figeholms Samhällsförening har skrivit om det i byabladet och på första provbadet i oktober kom 40 pers.

Kostnader:
mobil bastu 3 helger x 2 500 = 7 500 kr
sjuksköterska 2 x 1 500 = 3 000 kr
kaffe, termosar i hyra, koppar 800 kr
= 11 300 kr

/gänget på bryggan
""",
        "utf-8",
        "quoted-printable",
    ),
    lab=label(
        "application",
        "Casual mail from a bare address (no display name) on Gmail for iOS; ASCII-fied subject. Association FALSE: 'några kompisar i Figeholm' – no name, no members. Contact FALSE: nobody is named anywhere; signed '/gänget på bryggan' from a group address. Activity true: weekly dated winter bathing meetups, two health talks, rented sauna weekends, with a village meeting-place purpose. Anchoring true: boat club lends jetty and clubhouse, samhällsförening publicised it, 40 came to the trial (attendance). Budget true: three lines = 11 300 kr. Renting the sauna is not an investment; the nurse's talk fee is not salary. 'Killar och tjejer' → true.",
        missing=("association", "contact"),
        ort="Figeholm",
        amount_sek=11300,
        women_and_men=True,
    ),
)

# --- 4638 bounce: Exchange NDR, mailbox full, original officer message attached ------------------------------
_orig_4638 = """From: Landsbygdsutvecklare Region Kalmar =?utf-8?Q?l=C3=A4n?= <landsbygdsutvecklare@example.se>
To: figeholm.kallbad@example.com
Subject: Re: kallbad figeholm - soka ideslanten?
Date: Thu, 12 Nov 2026 14:20:05 +0100
Message-ID: <lbu.20261112142005.b3e1@example.se>
In-Reply-To: <CAK0wXy4Zp8Qs2Nt6Vu0Lm3Rb9Cd5Ef1Gh7Ij3Kl9Mn2Op6@example.com>
References: <CAK0wXy4Zp8Qs2Nt6Vu0Lm3Rb9Cd5Ef1Gh7Ij3Kl9Mn2Op6@example.com>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Hej!

Roligt initiativ! Vi saknar följande i er ansökan:
– Föreningen/gruppen: vad heter ni och hur många är ni?
– Kontaktperson: namn och telefon eller e-post.

Vänliga hälsningar
Landsbygdsutvecklaren, Region Kalmar län
"""
mail(
    4638,
    "bounce-figeholm-mailbox-full",
    date_=date(11, 12, 14, 20, 9),
    frm=addr("Microsoft Outlook", "postmaster@example.com"),
    to="landsbygdsutvecklare@example.se",
    subject=ew("Olevererbart: Re: kallbad figeholm - soka ideslanten?"),
    msgid="<a1b2c3d4e5f6478899aabbccddeeff00@example.com>",
    in_reply_to="<lbu.20261112142005.b3e1@example.se>",
    extra=[
        "X-MS-Exchange-Message-Is-Ndr: ",
        "Content-Language: sv-SE",
        "Auto-Submitted: auto-generated",
    ],
    root=multi(
        "report; report-type=delivery-status",
        "b6a1c0d3-77e2-4f59-9d10-ndr4638",
        [
            multi(
                "alternative",
                "a8f2e6d4-1c3b-4e5a-b7c9-ndrtext",
                [
                    text(
                        """Det gick inte att leverera meddelandet till de här mottagarna eller grupperna:

figeholm.kallbad@example.com
Mottagarens postlåda är full och kan inte ta emot meddelanden just nu. Försök att skicka meddelandet senare eller kontakta mottagaren direkt.

Diagnostisk information för administratörer:
Genererande server: AM9P191MB1472.example.com
figeholm.kallbad@example.com
Remote server returned '552 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException'
""",
                        "utf-8",
                        "quoted-printable",
                    ),
                    text(
                        '<html><body><p><b><font color="#000066" size="3">Det gick inte att leverera meddelandet till de här mottagarna eller grupperna:</font></b></p><p><a href="mailto:figeholm.kallbad@example.com">figeholm.kallbad@example.com</a><br>Mottagarens postlåda är full och kan inte ta emot meddelanden just nu.</p></body></html>\n',
                        "utf-8",
                        "quoted-printable",
                        subtype="html",
                    ),
                ],
            ),
            Part(
                ["Content-Type: message/delivery-status"],
                b"""Reporting-MTA: dns;AM9P191MB1472.example.com
Received-From-MTA: dns;smtp.example.se
Arrival-Date: Thu, 12 Nov 2026 13:20:07 +0000

Final-Recipient: rfc822;figeholm.kallbad@example.com
Action: failed
Status: 5.2.2
Diagnostic-Code: smtp;552 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException
""",
            ),
            Part(["Content-Type: message/rfc822"], _orig_4638.encode("utf-8")),
        ],
    ),
    lab=label(
        "bounce",
        "Exchange-style NDR in Swedish ('Olevererbart:') from postmaster: mailbox full for the Figeholm group address (4637). multipart/report with a multipart/alternative human part, message/delivery-status and the officer's original message as message/rfc822 – which itself says 'Vi saknar följande i er ansökan' and lists missing parts. Still a bounce, never a followup. All elements false, facts null.",
    ),
)


# --- 4639 Järnforsen: vague idea, budget only as a screenshot image ------------------------------
mail(
    4639,
    "jarnforsen-byalag-emaan-bild",
    date_=date(11, 16, 18, 40, 22),
    frm=addr("Tomas Lindgren", "tomas.lindgren@example.net"),
    to=BOT_ADDR,
    subject=ew("Järnforsens Byalag söker idéslanten"),
    msgid="<3c4d5e6f-7a8b-4c9d-8e0f-1a2b3c4d5e6f@example.net>",
    extra=["X-Mailer: Microsoft Outlook 16.0"],
    root=multi(
        "mixed",
        "----=_NextPart_000_0042_01DD55A1.3F2E1D00",
        [
            multi(
                "alternative",
                "----=_NextPart_001_0043_01DD55A1.3F2E1D00",
                [
                    text(
                        """Hej

Järnforsens Byalag har 33 medlemmar och bildades 2005. Vi ordnar midsommar, vårstädning och en julgransplundring i byn och har hand om badplatsen vid Emån.

Vi vill göra något kring naturen och Emån runt Järnforsen som kan locka fler besökare och ge oss som bor här något att samlas kring. Vi har flera idéer men vill först samla byn och se vad det blir.

I oktober delade vi ut en enkät till alla hushåll i byn, 41 svarade och 35 av dem ville ha fler aktiviteter kring ån. Järnforsens hembygdsförening och Emåns fiskevårdsområde är med och markägarna längs ån har sagt ja till att vi får vara där.

Budgeten finns i bilden jag bifogar (tog en skärmbild från datorn).

Mvh
Tomas Lindgren
ordförande Järnforsens Byalag
0495-240 86
""",
                        "windows-1252",
                        "quoted-printable",
                    ),
                    text(
                        "<html><body><p>Hej</p><p>Järnforsens Byalag har 33 medlemmar och bildades 2005. Vi ordnar midsommar, vårstädning och en julgransplundring i byn och har hand om badplatsen vid Emån.</p><p>Vi vill göra något kring naturen och Emån runt Järnforsen som kan locka fler besökare och ge oss som bor här något att samlas kring. Vi har flera idéer men vill först samla byn och se vad det blir.</p><p>I oktober delade vi ut en enkät till alla hushåll i byn, 41 svarade och 35 av dem ville ha fler aktiviteter kring ån. Järnforsens hembygdsförening och Emåns fiskevårdsområde är med och markägarna längs ån har sagt ja till att vi får vara där.</p><p>Budgeten finns i bilden jag bifogar (tog en skärmbild från datorn).</p><p>Mvh<br>Tomas Lindgren<br>ordförande Järnforsens Byalag<br>0495-240 86</p></body></html>\n",
                        "windows-1252",
                        "quoted-printable",
                        subtype="html",
                    ),
                ],
            ),
            attachment(png(96, 64, seed=4639), "image/png", "Skärmbild 2026-11-16 183402.png"),
        ],
    ),
    lab=label(
        "application",
        "Outlook mixed/alternative (windows-1252 QP) with the budget only as a PNG screenshot with a non-ASCII filename (RFC 2231) – an image is not readable text, so budget FALSE and no amount can be read (amount_sek null). Activity FALSE: 'göra något kring naturen och Emån … vill först samla byn och se vad det blir' is a vague wish. Association true (named, 33 members, what it does), contact true (signer, own address, phone), anchoring true (household survey 41 answers/35 for – respondents, not members – plus hembygdsförening, fiskevårdsområde and landowners). Gender not stated → null.",
        missing=("activity", "budget"),
        association_name="Järnforsens Byalag",
        contact_name="Tomas Lindgren",
        contact_email="tomas.lindgren@example.net",
        contact_phone="0495-240 86",
        members=33,
        ort="Järnforsen",
    ),
)

# --- 4640 Edsbruk: MALFORMED – cut off inside the base64 budget attachment ------------------------------
_docx_4640 = docx(
    [
        "# Budget Edsbruks Byalag – Bymöte om bruksskolan",
        [
            ["Post", "Kr"],
            ["Föreläsare Bygdegårdarnas Riksförbund", "4 000"],
            ["Hyra lokal och ljud", "2 400"],
            ["Julmarknad, tält (hyra)", "3 000"],
            ["Annonsering", "1 200"],
            ["Fika och glögg", "1 800"],
            ["Summa", "12 400"],
        ],
    ],
    when=(2026, 11, 18, 22, 10, 0),
)
mail(
    4640,
    "edsbruk-bruksskolan-avbruten",
    date_=date(11, 19, 22, 14, 36),
    frm=addr("Lina Forsberg", "lina.forsberg@example.se"),
    to=BOT_ADDR,
    subject=ew("Ansökan Edsbruks Byalag – bymöte om bruksskolan"),
    msgid="<9d8c7b6a-5f4e-4d3c-8b2a-190f8e7d6c5b@example.se>",
    extra=["User-Agent: Mozilla Thunderbird"],
    root=multi(
        "mixed",
        "------------Ed5bRuK0bYa1aG9x2V7q",
        [
            text(
                """Hej!

Edsbruks Byalag (org.nr 802466-9304) har 61 medlemmar i Edsbruk med omnejd, Västerviks kommun.

Gamla bruksskolan har stått tom sedan kommunen sålde den och byalaget vill undersöka om den kan bli byns mötesplats. Lördag 5 december håller vi ett öppet bymöte i Edsbruks Folkets hus där en föreläsare från Bygdegårdarnas Riksförbund berättar hur andra byar har tagit över och drivit liknande lokaler, och vi röstar om en arbetsgrupp. Samma dag har vi en liten julmarknad utanför så att så många som möjligt kommer, både kvinnor och män, barnfamiljer och pensionärer.

Idén kommer från en namninsamling förra vintern (112 namn) och Edsbruks IK och Edsbruks Hembygdsförening är med och arrangerar.

Vi söker 12 400 kr enligt bifogad budget.

Kontakt: Lina Forsberg, 073-514 28 90

Hälsningar Lina Forsberg, Edsbruks Byalag
""",
                "utf-8",
                "8bit",
            ),
            attachment(
                _docx_4640,
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                "Budget Edsbruk.docx",
            ),
        ],
    ),
    lab=label(
        "application",
        "Malformed: the message is cut off in the middle of the base64 .docx budget attachment – no closing boundary, unreadable attachment. The body gives association (org.nr, 61 members), contact (Kontakt line, own address), activity (dated open village meeting on the empty bruksskola with lecturer, plus a small Christmas market) and anchoring (petition with 112 names – not members – and two co-organisers). Budget FALSE: 'enligt bifogad budget' but the attachment is truncated and cannot be read; the stated applied amount 12 400 kr is still amount_sek. 'både kvinnor och män' → true. Renting the tent is not an investment.",
        missing=("budget",),
        association_name="Edsbruks Byalag",
        org_number="802466-9304",
        contact_name="Lina Forsberg",
        contact_email="lina.forsberg@example.se",
        contact_phone="073-514 28 90",
        members=61,
        ort="Edsbruk",
        amount_sek=12400,
        women_and_men=True,
    ),
)
# cut the file inside the base64 attachment (as a broken upload/mail server would)
_n, _data, _lab = MAILS[-1]
_cut = (
    _data.index(b"Content-Transfer-Encoding: base64\n\n")
    + len(b"Content-Transfer-Encoding: base64\n\n")
    + 77 * 5
    + 31
)
MAILS[-1] = (_n, _data[:_cut], _lab)


# === END OF MAILS ===


# --------------------------------------------------------------------------
# self-check and main
# --------------------------------------------------------------------------


def luhn_ok(org: str) -> bool:
    if not re.fullmatch(r"\d{6}-\d{4}", org):
        return False
    digits = org.replace("-", "")
    tot = 0
    for i, ch in enumerate(digits):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        tot += d - 9 if d > 9 else d
    return tot % 10 == 0


def part_text(part) -> str:
    """Readable text of a leaf part, including docx/xlsx/pdf attachments (for the self-check)."""
    ctype = part.get_content_type()
    if part.get_content_maintype() == "text":
        return str(part.get_content())
    data = part.get_payload(decode=True) or b""
    if ctype.endswith(("wordprocessingml.document", "spreadsheetml.sheet")):
        with zipfile.ZipFile(BytesIO(data)) as z:
            xml = " ".join(z.read(n).decode("utf-8") for n in z.namelist() if n.endswith(".xml"))
        return re.sub(r"<[^>]+>", " ", xml).replace("&amp;", "&")
    if ctype == "application/pdf":
        chunks = []
        for m in re.finditer(rb"stream\n(.*?)\n?endstream", data, re.S):
            body = m.group(1)
            try:
                body = zlib.decompress(body)
            except zlib.error:
                pass
            for t in re.findall(rb"\(((?:[^()\\]|\\.)*)\) Tj", body):
                t = re.sub(rb"\\([0-7]{3})", lambda mm: bytes([int(mm.group(1), 8)]), t)
                t = re.sub(rb"\\(.)", rb"\1", t)
                chunks.append(t.decode("cp1252"))
        return "\n".join(chunks)
    return ""


EMAIL_RE = re.compile(rb"[A-Za-z0-9._%+\-]+@([A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)+)")


def check(labels: dict) -> list[str]:
    errs: list[str] = []
    files = sorted(p.name for p in OUT.glob("*.eml"))
    if sorted(labels) != files:
        errs.append("labels.json keys do not match the .eml files")
    kinds = {}
    ids_by_file = {}
    dates = []
    for name in files:
        raw = (OUT / name).read_bytes()
        lab = labels.get(name, {})
        if not re.fullmatch(r"\d{4}-[a-z0-9\-]+\.eml", name):
            errs.append(f"{name}: bad file name")
        if b"\r" in raw:
            errs.append(f"{name}: CR in file")
        msg = email.message_from_bytes(raw, policy=policy.default)
        malformed = lab.get("notes", "").startswith("Malformed:")
        defects = [d for part in msg.walk() for d in part.defects]
        for part in msg.walk():
            if not part.is_multipart():
                try:
                    part.get_content()
                except Exception as exc:  # noqa: BLE001
                    defects.append(exc)
                defects.extend(part.defects)
        if defects and not malformed:
            errs.append(f"{name}: defects {defects}")
        # schema
        if set(lab) != {"kind", "language", "elements", "facts", "notes"}:
            errs.append(f"{name}: label fields {sorted(lab)}")
            continue
        if set(lab["elements"]) != set(ELEMENTS) or set(lab["facts"]) != set(FACTS):
            errs.append(f"{name}: elements/facts keys")
        if lab["kind"] not in (
            "application",
            "followup",
            "question",
            "autoreply",
            "bounce",
            "newsletter",
            "spam",
        ):
            errs.append(f"{name}: kind")
        if lab["language"] not in ("sv", "en"):
            errs.append(f"{name}: language")
        if lab["kind"] not in ("application", "followup") and any(lab["elements"].values()):
            errs.append(f"{name}: elements true on non-application")
        if lab["kind"] in ("autoreply", "bounce", "newsletter", "spam") and any(
            v is not None for v in lab["facts"].values()
        ):
            errs.append(f"{name}: facts on machine/spam mail")
        if lab["kind"] in ("application", "followup"):
            for k in ("salary_costs", "physical_investment"):
                if not isinstance(lab["facts"][k], bool):
                    errs.append(f"{name}: {k} must be bool")
        org = lab["facts"]["org_number"]
        if org is not None and not luhn_ok(org):
            errs.append(f"{name}: org number {org} fails Luhn")
        if org is not None and not malformed:
            blob = " ".join(part_text(p) for p in msg.walk() if not p.is_multipart())
            if org not in blob:
                errs.append(f"{name}: org number {org} not visible in any part")
        decoded = (
            " ".join(part_text(p) for p in msg.walk() if not p.is_multipart())
            if not malformed
            else ""
        )
        for m in EMAIL_RE.finditer(decoded.encode("utf-8")):
            if m.group(1).decode().lower() not in ALLOWED_DOMAINS:
                errs.append(f"{name}: foreign address in decoded text {m.group(0)!r}")
        ce0 = lab["facts"]["contact_email"]
        if ce0 and not malformed and ce0.lower() not in (decoded + str(msg["From"])).lower():
            errs.append(f"{name}: contact_email {ce0} not found in mail")
        for m in EMAIL_RE.finditer(raw):
            if m.group(1).decode().lower() not in ALLOWED_DOMAINS:
                errs.append(f"{name}: foreign address {m.group(0)!r}")
        ce = lab["facts"]["contact_email"]
        if ce is not None and ce.split("@")[-1] not in ALLOWED_DOMAINS:
            errs.append(f"{name}: contact_email domain")
        for hdr in ("From", "To", "Message-ID", "Date", "Subject"):
            if msg[hdr] is None:
                errs.append(f"{name}: missing {hdr}")
        d = parsedate_to_datetime(msg["Date"])
        if d.year != 2026:
            errs.append(f"{name}: year")
        dates.append((name, d))
        kinds[name] = lab["kind"]
        ids_by_file[name] = msg["Message-ID"].strip()
    for (n1, d1), (n2, d2) in zip(dates, dates[1:], strict=False):
        if not d1 < d2:
            errs.append(f"date order {n1} !< {n2}")
    app_ids = {ids_by_file[n] for n in files if kinds.get(n) == "application"}
    for name in files:
        if kinds.get(name) != "followup":
            continue
        msg = email.message_from_bytes((OUT / name).read_bytes(), policy=policy.default)
        refs = set(
            re.findall(r"<[^>]+>", (msg["References"] or "") + " " + (msg["In-Reply-To"] or ""))
        )
        if not refs & app_ids:
            errs.append(f"{name}: followup without application reference")
        if not re.match(r"(?i)(re|sv|aw|vs):", msg["Subject"] or ""):
            errs.append(f"{name}: followup subject")
    return errs


def main() -> int:
    OUT.mkdir(parents=True, exist_ok=True)
    for old in OUT.glob("*.eml"):
        old.unlink()
    labels = {}
    nums = [int(n.split("-")[0]) for n, _, _ in MAILS]
    assert nums == sorted(nums) and len(set(nums)) == len(nums), nums
    for name, data, lab in MAILS:
        (OUT / name).write_bytes(data)
        labels[name] = lab
    (OUT / "labels.json").write_text(
        json.dumps(labels, ensure_ascii=False, indent=2, sort_keys=True) + "\n", encoding="utf-8"
    )
    errs = check(labels)
    for e in errs:
        print("CHECK:", e)
    counts: dict[str, int] = {}
    for lab in labels.values():
        counts[lab["kind"]] = counts.get(lab["kind"], 0) + 1
    print(f"wrote {len(labels)} mails to {OUT}: {counts}")
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main())
