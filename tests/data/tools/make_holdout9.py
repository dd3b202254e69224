"""Held-out corpus holdout9: 40 fictional e-mails (files 3201-3240) for the idéslanten intake bot.

Theme: the first weeks after Region Kalmar län announced "regional bygdepeng – idéslanten" for
2026 in February 2026 – ordinary mail from ordinary people: 24 applications (8 complete), 6
followups in existing threads, 3 questions, 2 autoreplies (one without any automation header),
1 bounce, 2 newsletters and 2 spam/phishing mails. All people, groups, organisation numbers and
phone numbers are invented; all addresses use example.se/.com/.org/.net.

Regenerate (deterministic, byte-identical on every run, checks itself afterwards):

    /work/main/.venv/bin/python tests/data/tools/make_holdout9.py

Output: tests/data/holdout9/NNNN-slug.eml and tests/data/holdout9/labels.json.
"""

# ruff: noqa: E501

from __future__ import annotations

import base64
import binascii
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
from email.utils import parsedate_to_datetime
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "holdout9"

BOT = "ideslanten@example.se"
BOT_NAME = "Idéslanten – Region Kalmar län"
OFFICER = "landsbygdsutvecklare@example.se"

ELEMENTS = ("association", "contact", "activity", "anchoring", "budget")
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

MAILS: list[tuple[int, str, bytes, dict]] = []


# ---------------------------------------------------------------- helpers: identifiers


def orgnr(nine: str) -> str:
    """Swedish organisation number NNNNNN-NNNN with a Luhn check digit appended to nine digits."""
    total = 0
    for i, ch in enumerate(nine):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        total += d - 9 if d > 9 else d
    check = (10 - total % 10) % 10
    full = nine + str(check)
    return full[:6] + "-" + full[6:]


def luhn_ok(num: str) -> bool:
    digits = num.replace("-", "")
    if not re.fullmatch(r"\d{10}", digits):
        return False
    total = 0
    for i, ch in enumerate(digits):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        total += d - 9 if d > 9 else d
    return total % 10 == 0


def receipt_id(case: str) -> str:
    return f"<kvitto-{case}@ideslanten.example.se>"


# ---------------------------------------------------------------- helpers: headers

_Q_SAFE = set(b"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789!*+-/")


def ew(text: str, charset: str = "utf-8", enc: str = "Q") -> str:
    """RFC 2047 encoded words (folded with LF + space) when text is not plain ASCII."""
    if all(ord(c) < 128 for c in text):
        return text
    prefix = f"=?{charset}?{enc}?"
    words: list[str] = []
    cur = b""

    def enc_bytes(b: bytes) -> str:
        if enc.upper() == "B":
            return base64.b64encode(b).decode("ascii")
        out = []
        for byte in b:
            if byte == 0x20:
                out.append("_")
            elif byte in _Q_SAFE:
                out.append(chr(byte))
            else:
                out.append(f"={byte:02X}")
        return "".join(out)

    for ch in text:
        nb = ch.encode(charset)
        if len(prefix) + len(enc_bytes(cur + nb)) + 2 > 70 and cur:
            words.append(prefix + enc_bytes(cur) + "?=")
            cur = b""
        cur += nb
    if cur:
        words.append(prefix + enc_bytes(cur) + "?=")
    return "\n ".join(words)


def addr(name: str | None, address: str, charset: str = "utf-8", enc: str = "Q") -> str:
    if not name:
        return address
    if all(ord(c) < 128 for c in name):
        if re.search(r"[,.;:()<>@\[\]\"]", name):
            return f'"{name}" <{address}>'
        return f"{name} <{address}>"
    return f"{ew(name, charset, enc)} <{address}>"


# ---------------------------------------------------------------- helpers: MIME parts


class Part:
    def __init__(self, headers: list[str], body: bytes):
        self.headers = headers
        self.body = body

    def render(self) -> bytes:
        return ("\n".join(self.headers) + "\n\n").encode("ascii") + self.body


def _encode_payload(raw: bytes, cte: str) -> bytes:
    if cte == "quoted-printable":
        out = quopri.encodestring(raw)
    elif cte == "base64":
        out = base64.encodebytes(raw)
    else:
        out = raw
    if not out.endswith(b"\n"):
        out += b"\n"
    return out


def text(
    body: str,
    subtype: str = "plain",
    charset: str | None = "utf-8",
    cte: str | None = "8bit",
    ct_extra: str = "",
    disposition: str | None = None,
) -> Part:
    raw = body.encode(charset or "ascii")
    ct = f"text/{subtype}"
    if charset:
        ct += f'; charset="{charset}"' if charset != "us-ascii" else "; charset=us-ascii"
    ct += ct_extra
    headers = [f"Content-Type: {ct}"]
    if cte:
        headers.append(f"Content-Transfer-Encoding: {cte}")
    if disposition:
        headers.append(f"Content-Disposition: {disposition}")
    return Part(headers, _encode_payload(raw, cte or "7bit"))


def attachment(data: bytes, ctype: str, filename: str, cte: str = "base64") -> Part:
    if all(ord(c) < 128 for c in filename):
        ct = f'{ctype}; name="{filename}"'
        cd = f'attachment; filename="{filename}"'
    else:
        quoted = "".join(
            chr(b) if (chr(b).isalnum() and b < 128) or chr(b) in ".-_" else f"%{b:02X}"
            for b in filename.encode("utf-8")
        )
        ct = f'{ctype}; name="{ew(filename)}"'
        cd = f"attachment;\n filename*=utf-8''{quoted}"
    return Part(
        [f"Content-Type: {ct}", f"Content-Disposition: {cd}", f"Content-Transfer-Encoding: {cte}"],
        _encode_payload(data, cte),
    )


def multipart(
    subtype: str, parts: list[Part], boundary: str, preamble: str = "", extra: str = ""
) -> Part:
    chunks = []
    if preamble:
        chunks.append(preamble.encode("ascii") + b"\n")
    for p in parts:
        chunks.append(f"--{boundary}\n".encode("ascii") + p.render())
    chunks.append(f"--{boundary}--\n".encode("ascii"))
    return Part(
        [f'Content-Type: multipart/{subtype}; boundary="{boundary}"{extra}'], b"".join(chunks)
    )


def message(headers: list[tuple[str, str]], part: Part, mime_version: bool = True) -> bytes:
    lines = [f"{k}: {v}" for k, v in headers]
    if mime_version:
        lines.append("MIME-Version: 1.0")
    head = "\n".join(lines + part.headers) + "\n\n"
    return head.encode("ascii") + part.body


def std_headers(
    frm: str,
    to: str,
    subject: str,
    date: str,
    msgid: str,
    in_reply_to: str | None = None,
    references: str | None = None,
    extra: list[tuple[str, str]] | None = None,
) -> list[tuple[str, str]]:
    h = [("From", frm), ("To", to), ("Subject", subject), ("Date", date), ("Message-ID", msgid)]
    if in_reply_to:
        h.append(("In-Reply-To", in_reply_to))
    if references:
        h.append(("References", references))
    h.extend(extra or [])
    return h


# ---------------------------------------------------------------- helpers: documents

ZIP_DATE = (2026, 2, 1, 12, 0, 0)


def _zip(files: list[tuple[str, str]], date=ZIP_DATE) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for name, content in files:
            info = zipfile.ZipInfo(name, date_time=date)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            info.create_system = 0
            z.writestr(info, content.encode("utf-8"))
    return buf.getvalue()


def _x(s: str) -> str:
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def docx(paragraphs: list[str], date=ZIP_DATE) -> bytes:
    """Minimal .docx; a paragraph starting with '# ' is bold, '\t' separates table-ish columns."""
    body = []
    for p in paragraphs:
        if p.startswith("# "):
            body.append(
                f'<w:p><w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">{_x(p[2:])}</w:t></w:r></w:p>'
            )
        else:
            runs = []
            for i, seg in enumerate(p.split("\t")):
                if i:
                    runs.append("<w:r><w:tab/></w:r>")
                runs.append(f'<w:r><w:t xml:space="preserve">{_x(seg)}</w:t></w:r>')
            body.append("<w:p>" + "".join(runs) + "</w:p>")
    doc = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>'
        + "".join(body)
        + "</w:body></w:document>"
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
        [("[Content_Types].xml", ctypes), ("_rels/.rels", rels), ("word/document.xml", doc)], date
    )


def _col(i: int) -> str:
    return "ABCDEFGHIJ"[i]


def xlsx(rows: list[list], sheet: str = "Blad1", date=ZIP_DATE) -> bytes:
    """Minimal .xlsx with inline strings and numbers (a str starting with '=' becomes a formula)."""
    xml_rows = []
    for r, row in enumerate(rows, start=1):
        cells = []
        for c, val in enumerate(row):
            ref = f"{_col(c)}{r}"
            if val is None or val == "":
                continue
            if isinstance(val, (int, float)):
                cells.append(f'<c r="{ref}"><v>{val}</v></c>')
            elif isinstance(val, tuple):  # (formula, cached value)
                cells.append(f'<c r="{ref}"><f>{_x(val[0])}</f><v>{val[1]}</v></c>')
            else:
                cells.append(
                    f'<c r="{ref}" t="inlineStr"><is><t xml:space="preserve">{_x(val)}</t></is></c>'
                )
        xml_rows.append(f'<row r="{r}">' + "".join(cells) + "</row>")
    sheet_xml = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
        + "".join(xml_rows)
        + "</sheetData></worksheet>"
    )
    workbook = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
        'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
        f'<sheets><sheet name="{_x(sheet)}" sheetId="1" r:id="rId1"/></sheets></workbook>'
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
    wb_rels = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
        "</Relationships>"
    )
    return _zip(
        [
            ("[Content_Types].xml", ctypes),
            ("_rels/.rels", rels),
            ("xl/workbook.xml", workbook),
            ("xl/_rels/workbook.xml.rels", wb_rels),
            ("xl/worksheets/sheet1.xml", sheet_xml),
        ],
        date,
    )


def pdf(lines: list[str], title: str = "Dokument", compress: bool = False) -> bytes:
    """One-page PDF, Helvetica with WinAnsiEncoding; a line starting with '# ' is set larger."""
    ops = ["BT", "/F1 11 Tf", "14 TL", "56 790 Td"]
    for ln in lines:
        size = 14 if ln.startswith("# ") else 11
        t = ln[2:] if ln.startswith("# ") else ln
        esc = t.encode("cp1252").replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")
        ops.append(f"/F1 {size} Tf")
        ops.append("(" + esc.decode("latin-1") + ") Tj T*")
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
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>",
        sdict.encode("ascii") + b"\nstream\n" + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Title (" + title.encode("cp1252") + b") /Producer (Skrivare) >>",
    ]
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, o in enumerate(objs, start=1):
        offsets.append(len(out))
        out += f"{i} 0 obj\n".encode("ascii") + o + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode("ascii")
    for off in offsets:
        out += f"{off:010d} 00000 n \n".encode("ascii")
    out += f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R /Info 6 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode(
        "ascii"
    )
    return bytes(out)


def png(width: int, height: int, seed: int = 7) -> bytes:
    """Small greyscale PNG with a deterministic 'handwriting-like' noise pattern (no text)."""
    rows = []
    v = seed
    for y in range(height):
        row = bytearray([0])
        for x in range(width):
            v = (v * 1103515245 + 12345) & 0x7FFFFFFF
            ink = (y % 9 in (3, 4)) and ((v >> 8) % 5 != 0) and 6 < x < width - 6
            row.append(40 + (v >> 16) % 30 if ink else 235 - (v >> 20) % 12)
        rows.append(bytes(row))
    raw = zlib.compress(b"".join(rows), 9)

    def chunk(kind: bytes, data: bytes) -> bytes:
        return (
            struct.pack(">I", len(data))
            + kind
            + data
            + struct.pack(">I", binascii.crc32(kind + data) & 0xFFFFFFFF)
        )

    ihdr = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", raw) + chunk(b"IEND", b"")


# ---------------------------------------------------------------- helpers: receipts and quoting

GUIDE = {
    "association": "Föreningen/gruppen: namn och kort om er (vad ni är, var, hur många medlemmar)",
    "contact": "Kontaktperson: namn och e-post eller telefon till den som vi kan kontakta",
    "activity": "Aktiviteten: vad ni vill göra, när och hur det bidrar till utvecklingen på orten",
    "anchoring": "Lokal förankring: hur idén är förankrad i byn (t.ex. byamöte, enkät, samarbete med andra föreningar)",
    "budget": "Översiktlig budget: kostnadsposter med belopp",
}


def receipt_text(case: str, missing: list[str], variant: int = 0) -> str:
    lines = []
    if variant == 0:
        lines.append("Hej!")
        lines.append("")
        lines.append(
            f"Tack för er ansökan om idéslanten! Vi har tagit emot den och gett den ärendenummer {case}."
        )
    else:
        lines.append("Hej och tack för ert mejl!")
        lines.append("")
        lines.append(f"Er ansökan om idéslanten är registrerad med ärendenummer {case}.")
    lines.append("")
    lines.append("Vi saknar följande i er ansökan:")
    for m in missing:
        lines.append(f"– {GUIDE[m]}")
    lines.append("")
    lines.append(
        "Svara gärna på det här mejlet med det som saknas, så kompletterar vi ärendet. Behåll ärendenumret i ämnesraden."
    )
    lines.append("")
    lines.append("Vänliga hälsningar")
    lines.append("Idéslanten – Region Kalmar län")
    lines.append("(automatiskt svar – landsbygdsutvecklaren läser alla ärenden)")
    return "\n".join(lines)


def quote(txt: str, prefix: str = "> ") -> str:
    return "\n".join((prefix + ln) if ln else prefix.rstrip() for ln in txt.split("\n"))


# ---------------------------------------------------------------- labels


def label(kind: str, lang: str, present: str, notes: str, **facts) -> dict:
    """present: five 0/1 characters in the order association, contact, activity, anchoring, budget."""
    assert len(present) == 5 and set(present) <= {"0", "1"}
    f = {k: None for k in FACT_KEYS}
    if kind in ("application", "followup"):
        f["salary_costs"] = False
        f["physical_investment"] = False
    for k, v in facts.items():
        assert k in f, k
        f[k] = v
    return {
        "kind": kind,
        "language": lang,
        "elements": {e: present[i] == "1" for i, e in enumerate(ELEMENTS)},
        "facts": f,
        "notes": notes,
    }


def add(num: int, slug: str, raw: bytes, lab: dict) -> None:
    MAILS.append((num, slug, raw, lab))


# ================================================================= the mails

# ---- 3201 newsletter: network newsletter announcing the grant (multipart/alternative, QP)
_nl1_plain = """BYGDEBREVET – februari 2026
Nyheter från Bygdenätverket i Kalmar län

NU ÖPPNAR IDÉSLANTEN 2026
Region Kalmar län har öppnat årets regionala bygdepeng – idéslanten. Byalag, bygdegårds-
föreningar och andra lokala grupper kan söka upp till 15 000 kronor per ort och år för
små aktiviteter: hyra lokal, boka en föreläsare, ordna dialogmöten eller åka på studieresa.

Våra tips inför ansökan:
* Berätta vilka ni är och hur många medlemmar ni har.
* Skriv vem som är kontaktperson.
* Beskriv aktiviteten konkret – vad, när och varför det är bra för bygden.
* Visa att byn står bakom idén.
* Bifoga en enkel budget.

Obs! Skicka inte din ansökan till oss – den ska till regionen.

KALENDARIUM
19/2  Digital träff: Bygdegården som mötesplats (Teams, kl 19)
7/3   Vårstämma för bygdegårdsföreningar i norra länet, Totebo
28/3  Kurs: Att leda ett byamöte, Mönsterås

Du får det här brevet eftersom du prenumererar på Bygdebrevet.
Avregistrera: https://bygdenatverket.example.org/avregistrera?u=ideslanten
Bygdenätverket i Kalmar län, nyhetsbrev@bygdenatverket.example.org
"""
_nl1_html = """<!DOCTYPE html>
<html lang="sv"><head><meta charset="utf-8"><title>Bygdebrevet februari 2026</title></head>
<body style="font-family:Georgia,serif;background:#f4efe6;margin:0">
<table width="600" align="center" cellpadding="0" cellspacing="0" style="background:#ffffff">
<tr><td style="background:#5b7f3a;color:#fff;padding:18px 24px"><h1 style="margin:0;font-size:26px">BYGDEBREVET</h1>
<p style="margin:4px 0 0">Nyheter från Bygdenätverket i Kalmar län &middot; februari 2026</p></td></tr>
<tr><td style="padding:20px 24px">
<h2 style="color:#5b7f3a">Nu öppnar idéslanten 2026</h2>
<p>Region Kalmar län har öppnat årets regionala bygdepeng &ndash; <b>idéslanten</b>. Byalag,
bygdegårdsföreningar och andra lokala grupper kan söka upp till 15&nbsp;000 kronor per ort och år
för små aktiviteter: hyra lokal, boka en föreläsare, ordna dialogmöten eller åka på studieresa.</p>
<h3>Våra tips inför ansökan</h3>
<ul>
<li>Berätta vilka ni är och hur många medlemmar ni har.</li>
<li>Skriv vem som är kontaktperson.</li>
<li>Beskriv aktiviteten konkret &ndash; vad, när och varför det är bra för bygden.</li>
<li>Visa att byn står bakom idén.</li>
<li>Bifoga en enkel budget.</li>
</ul>
<p style="background:#fff6d5;padding:8px"><b>Obs!</b> Skicka inte din ansökan till oss &ndash; den ska till regionen.</p>
<h3>Kalendarium</h3>
<table cellpadding="4">
<tr><td>19/2</td><td>Digital träff: Bygdegården som mötesplats (Teams, kl 19)</td></tr>
<tr><td>7/3</td><td>Vårstämma för bygdegårdsföreningar i norra länet, Totebo</td></tr>
<tr><td>28/3</td><td>Kurs: Att leda ett byamöte, Mönsterås</td></tr>
</table>
</td></tr>
<tr><td style="font-size:11px;color:#777;padding:12px 24px">Du får det här brevet eftersom du prenumererar på Bygdebrevet.
<a href="https://bygdenatverket.example.org/avregistrera?u=ideslanten">Avregistrera</a></td></tr>
</table></body></html>
"""
add(
    3201,
    "bygdebrevet-februari",
    message(
        std_headers(
            addr("Bygdenätverket i Kalmar län", "nyhetsbrev@bygdenatverket.example.org"),
            BOT,
            ew("Bygdebrevet februari: Nu öppnar idéslanten 2026!"),
            "Mon, 9 Feb 2026 09:12:44 +0100",
            "<nl.2026-02.88213.ideslanten@sendout.bygdenatverket.example.org>",
            extra=[
                ("List-Id", "Bygdebrevet <bygdebrevet.bygdenatverket.example.org>"),
                (
                    "List-Unsubscribe",
                    "<https://bygdenatverket.example.org/avregistrera?u=ideslanten>,\n <mailto:avregistrera@bygdenatverket.example.org?subject=avregistrera>",
                ),
                ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
                ("Precedence", "bulk"),
                ("X-Mailer", "Sendout 4.2"),
            ],
        ),
        multipart(
            "alternative",
            [
                text(_nl1_plain, cte="quoted-printable"),
                text(_nl1_html, "html", cte="quoted-printable"),
            ],
            "=_bygdebrevet_0209_a81f",
        ),
    ),
    label(
        "newsletter",
        "sv",
        "00000",
        "Newsletter from a (fictional) county network announcing idéslanten 2026, with List-Id, List-Unsubscribe, List-Unsubscribe-Post and Precedence: bulk, multipart/alternative in quoted-printable. It lists the five things an application should contain (members, contact person, activity, backing, budget) as tips, so element keywords appear without any application; all elements false and all facts null because it is bulk mail. Tests that bulk headers win over grant vocabulary and that the bot never answers it.",
    ),
)

# ---- 3202 application, complete: Vena byalag, Thunderbird plain utf-8 8bit, numbered
_vena_org = orgnr("802471563")
_vena = f"""Hej!

Vena Byalag söker härmed idéslanten 2026. Vi har försökt följa punkterna på er hemsida.

1. Förening
Vena Byalag, org.nr {_vena_org}. Ideell förening som bildades 1987 och jobbar för att det ska
gå att bo och leva i Vena med omnejd (Hultsfreds kommun). Vi har 64 medlemmar.

2. Kontaktperson
Margareta Holmqvist, sekreterare
margareta.holmqvist@example.se
tel 0495-410 27 eller 070-318 44 02

3. Aktivitet
"Framtidskvällar i Vena" – tre kvällar i bygdegården under våren:
 - 12 mars: föreläsning om hur andra byar har tagit fram en lokal utvecklingsplan
   (vi har pratat med en föreläsare från Östergötland som gjort det i sin by).
 - 16 april: dialogkväll med kommunens näringslivsenhet och företagarna i byn om de tomma
   butikslokalerna vid torget. Affären stängde 2024 och vi vill hitta en lösning för
   service i byn, t.ex. ett ombud eller en obemannad butik.
 - 21 maj: workshop där vi skriver ihop en byaplan som vi sedan jobbar efter.
Kvällarna är öppna för alla boende, kvinnor och män, unga och äldre. Målet är att vi ska
ha en gemensam plan för service och boende i Vena som vi kan visa kommunen.

4. Förankring
I höstas delade vi ut en enkät till alla ca 140 hushåll, 82 svarade och nästan alla tog upp
service och mötesplatser. På årsmötet den 1 februari (31 närvarande) beslutades att vi ska
söka idéslanten för kvällarna. Vena IF och Vena hembygdsförening är med som medarrangörer
och ställer upp med folk till fika och uppdukning.

5. Budget
Lokalhyra bygdegården 3 kvällar x 900 kr      2 700 kr
Föreläsare, arvode inkl. resa                   4 500 kr
Fika/soppa 3 kvällar                            2 400 kr
Affischer och utskick                             650 kr
Summa                                          10 250 kr

Vi söker alltså 10 250 kr.

Med vänlig hälsning
Margareta Holmqvist
Sekreterare, Vena Byalag
"""
add(
    3202,
    "vena-byalag-framtidskvallar",
    message(
        std_headers(
            addr("Margareta Holmqvist", "margareta.holmqvist@example.se"),
            BOT,
            ew("Ansökan idéslanten – Vena Byalag"),
            "Tue, 10 Feb 2026 07:48:12 +0100",
            "<3b0e5a1c-7d24-4f0e-9a55-0c9e2d61b7a4@example.se>",
            extra=[("User-Agent", "Mozilla Thunderbird"), ("Content-Language", "sv-SE")],
        ),
        text(_vena, ct_extra="; format=flowed", cte="8bit"),
    ),
    label(
        "application",
        "sv",
        "11111",
        "Complete application following the five numbered points, Thunderbird plain text utf-8 8bit. Association: Vena Byalag with org.nr, founding year and 64 members. Contact: named secretary with e-mail and two phones (first one recorded). Activity: three dated evenings with concrete content tied to the closed shop and a village plan. Anchoring: household survey (82 of 140), annual-meeting decision and two co-organising local associations – survey respondents and attendees are not members. Budget: four items summing to 10 250 kr, which is also the stated amount. Lecturer fee is not salary; renting the hall is no investment. Explicitly open to women and men.",
        association_name="Vena Byalag",
        org_number=_vena_org,
        contact_name="Margareta Holmqvist",
        contact_email="margareta.holmqvist@example.se",
        contact_phone="0495-410 27",
        members=64,
        ort="Vena",
        amount_sek=10250,
        women_and_men=True,
    ),
)

# ---- 3203 question: scout leader on an iPhone, QP
_scout = """hej! s=C3=A5g p=C3=A5 fb att man kan s=C3=B6ka id=C3=A9slanten. kan en scoutk=C3=A5r s=C3=B6ka eller =
m=C3=A5ste man va byalag? vi e ca 30 medlemmar h=C3=A4r i Timmernabben o skulle vilja ha en =
hajk helg f=C3=B6r hela byn typ. o n=C3=A4r e sista dag att s=C3=B6ka?

mvh Jonny

Skickat fr=C3=A5n min iPhone
"""
add(
    3203,
    "fraga-scoutkar-timmernabben",
    message(
        std_headers(
            addr("Jonny Axelsson", "jonny.axelsson77@example.com"),
            BOT,
            "Fraga",
            "Tue, 10 Feb 2026 21:33:05 +0100",
            "<A7C1E0F2-55B3-4C1D-8E2A-1F9D33B0C6E1@example.com>",
            extra=[("X-Mailer", "iPhone Mail (22D63)")],
        ),
        Part(
            [
                "Content-Type: text/plain;\n\tcharset=utf-8",
                "Content-Transfer-Encoding: quoted-printable",
            ],
            _scout.encode("ascii"),
        ),
    ),
    label(
        "question",
        "sv",
        "00000",
        "Question from a phone (iPhone Mail, hand-made soft-wrapped quoted-printable, ASCII subject 'Fraga' without the å): may a scout troop apply instead of a village association, and what is the deadline? The hiking weekend is only an idea mentioned in passing, no application is made, so it is a question with all elements false. Facts record what is stated: Timmernabben, about 30 members, the first-name signer and his address; no amount is asked for.",
        contact_name="Jonny",
        contact_email="jonny.axelsson77@example.com",
        members=30,
        ort="Timmernabben",
    ),
)


# ---- 3204 application: Ruda, elderly writer, iso-8859-1 QP, Windows Live Mail; no anchoring, bare total
_ruda = """Hej

Jag skriver för Ruda Intresseförening som jag varit ordförande i sedan många år. Vi är ett 40 tal medlemmar och vi ordnar bland annat midsommarfirandet och julmarknaden här i Ruda.

Nu har vi tänkt göra en studieresa en lördag i maj med hyrd buss till Kristdala där dom har startat en bygdebutik som sköts av frivilliga. Vi vill se hur dom har gjort med frivilliga och ekonomin och om det går att göra något liknande här. Vi har ju inte haft någon affär i Ruda sen Konsum lade ner och många äldre har svårt att ta sig in till Högsby och handla. Dom i Kristdala har lovat att visa oss runt och berätta.

Jag tror att det är många som tycker det är en bra ide.

Det kommer kosta ungefär 12000 kr med allt.

Hälsningar
Sven-Olof Karlsson
Ruda
tel 0491-230 15
"""
add(
    3204,
    "ruda-studieresa-bygdebutik",
    message(
        std_headers(
            addr("Sven-Olof Karlsson", "svenolof.karlsson@example.net"),
            BOT,
            "Bidrag till resa",
            "Wed, 11 Feb 2026 10:05:37 +0100",
            "<6A2F0B1C7E3D4B55A1D09C2E@pc.example.net>",
            extra=[("X-Mailer", "Microsoft Windows Live Mail 16.4.3528.331")],
        ),
        text(_ruda, charset="iso-8859-1", cte="quoted-printable"),
    ),
    label(
        "application",
        "sv",
        "11100",
        "Elderly chairman writing long unbroken lines (iso-8859-1, quoted-printable, Windows Live Mail, plain ASCII subject 'Bidrag till resa'). Association: Ruda Intresseförening with 'ett 40 tal' members and what it does. Contact: named signer with phone from his own address. Activity: concrete study trip by hired bus in May to a volunteer-run village shop, tied to Ruda having no shop. Anchoring false: 'jag tror att det är många som tycker det är en bra ide' is only a hope. Budget false: one rough figure 'ungefär 12000 kr med allt', which still counts as amount_sek. Gender not mentioned, so women_and_men null.",
        association_name="Ruda Intresseförening",
        contact_name="Sven-Olof Karlsson",
        contact_email="svenolof.karlsson@example.net",
        contact_phone="0491-230 15",
        members=40,
        ort="Ruda",
        amount_sek=12000,
    ),
)

# ---- 3205 application, complete: Fagerhult, Outlook HTML-only (windows-1252 QP) with a budget table
_fag_html = """<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word">
<head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252">
<style><!-- p.MsoNormal {margin:0cm; font-size:11.0pt; font-family:"Calibri",sans-serif;} --></style></head>
<body lang="SV" link="#0563C1">
<div class="WordSection1">
<p class="MsoNormal">Hej!</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Fagerhults Bygdegårdsförening vill söka idéslanten för en kurs i fönsterrenovering. Föreningen äger och driver bygdegården i Fagerhult (Högsby kommun) och har 112 medlemmar.</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal"><b>Vad vi vill göra</b></p>
<p class="MsoNormal">Två kurshelger, 18–19 april och 25–26 april, där en hyrd hantverkare lär ut hur man renoverar gamla spröjsade fönster med linoljefärg och kitt. Deltagarna tar med ett eget fönster från sitt hus. Många hus i byn är från 1800-talet och flera står till salu – välskötta hus gör det lättare att sälja till folk som vill bo här året runt, och kunskapen stannar i byn. Kursen är öppen för både kvinnor och män.</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal"><b>Förankring</b></p>
<p class="MsoNormal">Idén kom upp på byamötet i november (26 personer). Sedan januari har en intresselista suttit i lanthandeln och 19 hushåll har skrivit upp sig. Fagerhults hembygdsförening lånar ut sin snickarbod och två av deras medlemmar hjälper till som värdar.</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal"><b>Budget</b></p>
<table border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse">
<tr><td>Kursledare, arvode 2 helger</td><td align="right">7&nbsp;000 kr</td></tr>
<tr><td>Hyra bygdegården 2 helger</td><td align="right">2&nbsp;000 kr</td></tr>
<tr><td>Förbrukningsmaterial (linolja, kitt, färg)</td><td align="right">1&nbsp;800 kr</td></tr>
<tr><td>Annons i Högsbybladet och affischer</td><td align="right">500 kr</td></tr>
<tr><td><b>Summa</b></td><td align="right"><b>11&nbsp;300 kr</b></td></tr>
</table>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Med vänliga hälsningar</p>
<p class="MsoNormal">Lena Sandberg<br>Ordförande, Fagerhults Bygdegårdsförening<br>Tel 070-644 81 19<br>lena.sandberg@example.se</p>
</div></body></html>
"""
add(
    3205,
    "fagerhult-fonsterkurs",
    message(
        std_headers(
            addr("Lena Sandberg", "lena.sandberg@example.se"),
            BOT,
            ew("Ansökan idéslanten Fagerhult - fönsterrenovering", "windows-1252"),
            "Wed, 11 Feb 2026 16:40:02 +0100",
            "<AM0PR07MB5512E1C4D0A4B7F1A2C3E9D1B@AM0PR07MB5512.eurprd07.prod.example.com>",
            extra=[
                ("X-Mailer", "Microsoft Outlook 16.0"),
                ("Thread-Index", "AdyaQk3l0XqB7m1xT2u9vYc0aFZkbA=="),
            ],
        ),
        text(_fag_html, "html", charset="windows-1252", cte="quoted-printable"),
    ),
    label(
        "application",
        "sv",
        "11111",
        "Complete application as HTML-only Outlook mail (windows-1252, quoted-printable, Word markup) with the budget in an HTML table. Association: Fagerhults Bygdegårdsförening, runs the hall, 112 members. Contact: chair with phone and own e-mail. Activity: two dated course weekends in window restoration with a hired craftsperson, linked to selling and keeping old houses in the village. Anchoring: village meeting idea, interest list with 19 households, the local heritage society lends its workshop. Budget: four items = 11 300 kr. Course leader fee is not salary; linseed oil and putty are consumables, not an investment. 'både kvinnor och män' gives women_and_men true.",
        association_name="Fagerhults Bygdegårdsförening",
        contact_name="Lena Sandberg",
        contact_email="lena.sandberg@example.se",
        contact_phone="070-644 81 19",
        members=112,
        ort="Fagerhult",
        amount_sek=11300,
        women_and_men=True,
    ),
)

# ---- 3206 application in English: Löttorp language café, Gmail multipart/alternative; budget later
_lott_id = "<CAJx9pQ2mV8b=Kd4rT1o_sN3yWq7LzH0fE5aU6cB2gR8nXt@mail.example.com>"
_lott_plain = """Hello,

I am writing on behalf of Löttorps Språkcafé to apply for the idéslanten grant.

About us: Löttorps Språkcafé is an informal group that started in 2024. We are 27 members,
about half of us have moved to northern Öland in the last few years (from the Netherlands,
Germany, Syria and Stockholm) and half are people who grew up here.

What we want to do: a language café every Thursday evening from 5 March to 18 June (16 evenings)
where newcomers practise Swedish and locals practise English/German, plus two "meet your
neighbour" dinners, one in April and one in June. Many newcomers run small businesses or
want to start one, and they stay longer when they know people and can follow what happens in
the village. It is open to everyone, men and women, young and old.

Local support: we ran a trial evening in January and 17 people came. Löttorps IF lets us use
their clubhouse for free and the parish puts our posters in the church and the parish hall.

Budget: we have not made a proper budget yet but we think around 6 000 SEK. I will send it
next week.

Best regards,
Marieke de Vries
Löttorps Språkcafé
+46 73 550 12 48
"""
_lott_html = (
    '<div dir="ltr">'
    + "".join(
        (
            "<div>"
            + (ln.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;") or "<br>")
            + "</div>"
        )
        for ln in _lott_plain.split("\n")
    )
    + "</div>\n"
)
add(
    3206,
    "lottorp-language-cafe",
    message(
        std_headers(
            addr("Marieke de Vries", "marieke.devries@example.com"),
            BOT,
            ew("Application idéslanten – language café in Löttorp"),
            "Thu, 12 Feb 2026 08:20:51 +0100",
            _lott_id,
        ),
        multipart(
            "alternative",
            [
                text(_lott_plain, cte="quoted-printable"),
                text(_lott_html, "html", cte="quoted-printable"),
            ],
            "000000000000a3f1c2061b8e4d07",
        ),
    ),
    label(
        "application",
        "en",
        "11110",
        "English application from a newcomer (Gmail-style multipart/alternative, quoted-printable, UTF-8 Q-encoded subject). Association: Löttorps Språkcafé, informal group since 2024 with 27 members. Contact: named signer with phone from her own address. Activity: 16 dated Thursday evenings plus two dinners, with a stated local benefit (newcomers staying and running businesses). Anchoring: trial evening with 17 participants, the sports club lends its clubhouse and the parish spreads posters – concrete backing (the 17 are attendance, not members). Budget false: 'around 6 000 SEK', 'I will send it next week' – a rough figure that is nevertheless amount_sek. 'men and women' gives women_and_men true.",
        association_name="Löttorps Språkcafé",
        contact_name="Marieke de Vries",
        contact_email="marieke.devries@example.com",
        contact_phone="+46 73 550 12 48",
        members=27,
        ort="Löttorp",
        amount_sek=6000,
        women_and_men=True,
    ),
)


# ---- 3207 application from Outlook for Android: Pataholm, "några i byn", no anchoring, no budget
_pata = """Hej! Vi är några i Pataholm som vill ha ett öppet möte i gamla handelsboden lördag 28 mars kl 11 om hur vi kan få igång uthyrning av kajaker och gästplatser vid hamnen till sommaren, så att fler båtfolk och turister stannar och handlar i byn. Vi bjuder på soppa. Kan vi få pengar till det? Hyran är inte dyr.

Hälsningar Petra Lund
0703-22 19 84

Skaffa Outlook för Android<https://aka.example.com/ghei36>
"""
_pata_html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body><div dir="auto">Hej! Vi är några i Pataholm som vill ha ett öppet möte i gamla handelsboden lördag 28 mars kl 11 om hur vi kan få igång uthyrning av kajaker och gästplatser vid hamnen till sommaren, så att fler båtfolk och turister stannar och handlar i byn. Vi bjuder på soppa. Kan vi få pengar till det? Hyran är inte dyr.</div><div dir="auto"><br></div><div dir="auto">Hälsningar Petra Lund</div><div dir="auto">0703-22 19 84</div><div dir="auto"><br></div><div dir="auto">Skaffa <a href="https://aka.example.com/ghei36">Outlook för Android</a></div></body></html>
"""
add(
    3207,
    "pataholm-hamnmote",
    message(
        std_headers(
            addr("Petra Lund", "petra.lund@example.com"),
            BOT,
            ew("Pengar till möte om hamnen i Pataholm", "utf-8", "B"),
            "Thu, 12 Feb 2026 19:02:18 +0100",
            "<PAXP193MB1734C0D2E5F8A61B9E7C4A3DB2F09@PAXP193MB1734.EURP193.PROD.example.com>",
        ),
        multipart(
            "alternative",
            [text(_pata, cte="quoted-printable"), text(_pata_html, "html", cte="base64")],
            "_000_PAXP193MB1734C0D2E5F8A61B9E7C4A3DB2F09PAXP193MB1734EURP_",
        ),
    ),
    label(
        "application",
        "sv",
        "01100",
        "Short mobile application (Outlook for Android, multipart/alternative with QP plain and base64 HTML, B-encoded subject). Activity true: a dated open meeting in the old trading post about starting kayak rental and guest berths, with a stated benefit (visitors stay and shop). Contact true: named signer with phone from her own address. Association false: 'vi är några i Pataholm' is an unnamed group. Anchoring false: nothing about who backs it. Budget false and amount null: 'Hyran är inte dyr' has no figures. No member count, gender unstated.",
        contact_name="Petra Lund",
        contact_email="petra.lund@example.com",
        contact_phone="0703-22 19 84",
        ort="Pataholm",
    ),
)

# ---- 3208 spam: grant-themed phishing pretending to be the region
_phish = """<html><body style="font-family:Arial">
<img src="https://regionkalmar-bidrag.example.net/logo.png" alt="Region Kalmar län" width="180">
<p>Bästa mottagare,</p>
<p>Ert bidrag från <b>Regional bygdepeng – idéslanten</b> på <b>15 000 SEK</b> har beviljats och är redo för utbetalning.
För att slutföra utbetalningen måste ni verifiera föreningens bankuppgifter med BankID inom <b>48 timmar</b>,
annars kommer bidraget att återgå till regionen.</p>
<p style="text-align:center"><a href="https://regionkalmar-bidrag.example.net/verifiera?ref=IDL-44821"
style="background:#0b5ea8;color:#fff;padding:12px 26px;text-decoration:none;border-radius:4px">VERIFIERA UTBETALNING</a></p>
<p>Ärende: IDL-44821<br>Handläggare: Bidragsenheten</p>
<p style="font-size:10px;color:#999">Detta är ett automatiskt meddelande, vänligen svara inte.</p>
</body></html>
"""
add(
    3208,
    "phishing-utbetalning-bidrag",
    message(
        std_headers(
            addr("Region Kalmar län – Bidragsenheten", "no-reply@bidrag-utbetalning.example.net"),
            BOT,
            ew("Utbetalning av beviljat bidrag 15 000 SEK – åtgärd krävs"),
            "Fri, 13 Feb 2026 11:15:40 +0100",
            "<20260213101540.7731.qx@bidrag-utbetalning.example.net>",
            extra=[("Reply-To", "support@bidrag-utbetalning.example.net"), ("X-Priority", "1")],
        ),
        text(_phish, "html", cte="base64"),
    ),
    label(
        "spam",
        "sv",
        "00000",
        "Phishing that imitates the region: claims an idéslanten grant of 15 000 SEK has been approved and asks for bank details via BankID within 48 hours, link to a look-alike domain, base64 HTML-only, X-Priority 1. Mentions the grant name and an amount but applies for nothing; spam with all elements false and all facts null, and the bot must not reply.",
    ),
)

# ---- 3209 followup to 3206: budget sent in English, Gmail quoting the bot receipt
_lott_case = "2026-0007"
_f1 = (
    """Hi again,

Here is the budget for the language café in Löttorp, as promised:

- Coffee, tea and fika for 16 evenings: 16 x 150 = 2 400 SEK
- Food for the two neighbour dinners: 2 x 1 200 = 2 400 SEK
- Printed worksheets and word games: 800 SEK
- Posters and flyers: 400 SEK
Total: 6 000 SEK

The clubhouse is free, so there is no rent.

Best regards,
Marieke

On Thu, 12 Feb 2026 at 08:21, Idéslanten – Region Kalmar län <ideslanten@example.se> wrote:

"""
    + quote(receipt_text(_lott_case, ["budget"]))
    + "\n"
)
add(
    3209,
    "re-lottorp-budget",
    message(
        std_headers(
            addr("Marieke de Vries", "marieke.devries@example.com"),
            addr(BOT_NAME, BOT),
            ew(f"Re: Application idéslanten – language café in Löttorp [Idéslanten {_lott_case}]"),
            "Sat, 14 Feb 2026 13:27:09 +0100",
            "<CAJx9pQ0tY3s+W1kq8HnF2o_aLc9DfE4vR7bM6uZ1jP5eGx@mail.example.com>",
            in_reply_to=receipt_id(_lott_case),
            references=f"{_lott_id}\n {receipt_id(_lott_case)}",
        ),
        text(_f1, cte="quoted-printable"),
    ),
    label(
        "followup",
        "en",
        "01001",
        "English followup in the thread of 3206, replying to the bot's receipt (In-Reply-To the receipt, References the application), Gmail 'On ... wrote:' with '>' quoting. New text supplies the missing budget: four cost items with amounts totalling 6 000 SEK, so budget true and amount 6000. Contact true: signed by Marieke from her own address (the full name is in the From header and known from the thread). The quoted receipt lists what was missing and must not make anything true. No association details, activity or anchoring in the new text.",
        contact_name="Marieke de Vries",
        contact_email="marieke.devries@example.com",
        ort="Löttorp",
        amount_sek=6000,
    ),
)


# ---- 3210 application, complete: Alsterbro, short body + .docx with the whole application
_als_org = orgnr("802503118")
_als_docx = docx(
    [
        "# Ansökan om regional bygdepeng – idéslanten 2026",
        "# Sökande",
        f"Alsterbro Bygdeförening, org.nr {_als_org}. Föreningen arbetar för service, boende och fritid i Alsterbro och byarna runt omkring i Nybro kommun. 87 medlemmar.",
        "# Kontaktperson",
        "Jörgen Nilsson, kassör. Telefon 073-905 26 61, e-post jorgen.nilsson@example.se",
        "# Aktivitet: ”Ån som resurs”",
        "Två föreläsningskvällar i bygdegården (onsdag 15 april och onsdag 6 maj) om hur andra orter har utvecklat fisketurism längs sina åar, och en guidad vandring längs Alsterån lördag 16 maj tillsammans med en fiskebiolog. Efter vandringen håller vi ett öppet dialogmöte med markägare och boende om försäljning av fiskekort och enkla övernattningar för besökande sportfiskare.",
        "Syftet är att ån ska ge fler besökare och mer inkomster i byn – till stugägare, gårdsbutiken och föreningarna. Kvällarna är för alla, kvinnor och män, fiskare och icke-fiskare.",
        "# Lokal förankring",
        "Alsterbro fiskevårdsområdesförening är medarrangör. På deras möte i januari ställde sig 14 markägare bakom att prova fiskekortsförsäljning. Alsterbro IF lånar ut sin parkering och står för grillen vid vandringen.",
        "# Budget",
        "Föreläsare 2 kvällar à 3 000 kr\t6 000 kr",
        "Guide/fiskebiolog vid vandringen\t2 000 kr",
        "Lokalhyra 2 kvällar à 600 kr\t1 200 kr",
        "Fika och grillkorv\t1 500 kr",
        "Annonsering och affischer\t800 kr",
        "Summa\t11 500 kr",
        "Vi söker 11 500 kr.",
    ],
    date=(2026, 2, 15, 20, 41, 10),
)
_als_body = """Hej,

Här kommer Alsterbro Bygdeförenings ansökan om idéslanten, se bifogat dokument.
Hör av er om något är oklart.

Vänliga hälsningar
Jörgen Nilsson
kassör, Alsterbro Bygdeförening
073-905 26 61
"""
add(
    3210,
    "alsterbro-an-som-resurs",
    message(
        std_headers(
            addr("Jörgen Nilsson", "jorgen.nilsson@example.se"),
            BOT,
            ew("Ansökan idéslanten från Alsterbro", "iso-8859-1"),
            "Mon, 16 Feb 2026 09:00:26 +0100",
            "<0F1E7C2B-8D4A-4A7B-B1E6-55C2A9D30F71@example.se>",
            extra=[("X-Mailer", "Apple Mail (2.3826.300.87.4.3)")],
        ),
        multipart(
            "mixed",
            [
                text(_als_body, charset="utf-8", cte="quoted-printable"),
                attachment(
                    _als_docx,
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                    "Ansökan idéslanten Alsterbro.docx",
                ),
            ],
            "Apple-Mail=_6C1D2E3F-4A5B-4C6D-8E7F-90A1B2C3D4E5",
        ),
    ),
    label(
        "application",
        "sv",
        "11111",
        "Complete application where the body only says 'se bifogat dokument' and the .docx (non-ASCII file name, RFC 2231 encoded) holds everything: Alsterbro Bygdeförening with org.nr and 87 members; contact Jörgen Nilsson with phone and e-mail (also signer from his own address); activity with two dated lecture evenings, a guided walk and a dialogue meeting on fishing tourism; anchoring through the fishing-water association as co-organiser, 14 landowners backing it and the sports club; budget with five items summing to 11 500 kr (tab-separated lines). Lecturer and guide fees are not salary. 'kvinnor och män' gives women_and_men true. Tests reading a Word attachment.",
        association_name="Alsterbro Bygdeförening",
        org_number=_als_org,
        contact_name="Jörgen Nilsson",
        contact_email="jorgen.nilsson@example.se",
        contact_phone="073-905 26 61",
        members=87,
        ort="Alsterbro",
        amount_sek=11500,
        women_and_men=True,
    ),
)

# ---- 3211 application: Kastlösa, shared mailbox signed "Styrelsen", windows-1252 8bit -> no contact
_kast = """Till landsbygdsutvecklaren, Region Kalmar län

Kastlösa Byalag ansöker om idéslanten för en alvarsdag lördagen den 9 maj 2026.

Om oss: Kastlösa Byalag är en ideell förening för boende och fritidsboende i Kastlösa på södra Öland. Vi har ca 95 medlemmar och sköter bl a byns badplats och midsommarfirande.

Alvarsdagen: På förmiddagen går vi en guidad vandring på Stora Alvaret med en inhyrd biolog som berättar om betet och växterna. Efter lunch blir det föreläsning och samtal i bygdegården om hur byn och lantbrukarna kan ta hand om betesmarkerna och samtidigt ta emot fler besökare på ett sätt som gynnar byn – guidning, gårdsförsäljning och boende. Vi hoppas att dagen leder till en gemensam plan för sommarens besöksverksamhet.

Förankring: Dagen planeras tillsammans med Kastlösa hembygdsförening och tre av byns lantbrukare. Förslaget lades fram på byastämman den 24 januari där 38 personer var med och det fick stöd av alla.

Kostnader:
Guide/biolog, arvode     3 500 kr
Föreläsare               2 500 kr
Hyra av bygdegården        800 kr
Fika och lunchsoppa      1 200 kr
Affischer                  400 kr
Totalt                   8 400 kr

Med vänlig hälsning
Styrelsen
Kastlösa Byalag
"""
add(
    3211,
    "kastlosa-alvarsdag",
    message(
        std_headers(
            addr("Kastlösa Byalag", "kastlosa.byalag@example.se", "windows-1252"),
            BOT,
            ew("Ansökan om idéslanten – Alvarsdag i Kastlösa", "windows-1252"),
            "Mon, 16 Feb 2026 14:44:51 +0100",
            "<000001dc9f21$4a7b2c10$df6f8430$@example.se>",
            extra=[("X-Mailer", "Microsoft Outlook 14.0"), ("Content-Language", "sv")],
        ),
        text(_kast, charset="windows-1252", cte="8bit"),
    ),
    label(
        "application",
        "sv",
        "10111",
        "Formal application in windows-1252 8bit (old Outlook, windows-1252 Q-encoded subject and From name) sent from the association's shared mailbox and signed only 'Styrelsen' – contact false and contact facts null (a shared mailbox is not a contact e-mail). Association: Kastlösa Byalag, about 95 members, what it does. Activity: dated alvar day with guided walk, lecture and talk about grazing land and visitors, with local benefit. Anchoring: planned with the heritage society and three farmers, backed at the village meeting (38 present). Budget: five items, total 8 400 kr. Guide and lecturer fees are not salary. No mention of gender.",
        association_name="Kastlösa Byalag",
        members=95,
        ort="Kastlösa",
        amount_sek=8400,
    ),
)

# ---- 3212 autoreply with Auto-Submitted: Vena secretary away, answering the officer's reply to 3202
add(
    3212,
    "franvaro-vena",
    message(
        std_headers(
            addr("Margareta Holmqvist", "margareta.holmqvist@example.se"),
            addr("Landsbygdsutvecklare Region Kalmar län", OFFICER),
            ew("Frånvaro: SV: Ansökan idéslanten – Vena Byalag [Idéslanten 2026-0003]"),
            "Tue, 17 Feb 2026 10:31:14 +0100",
            "<autoreply.20260217103114.5521@example.se>",
            in_reply_to="<handl.2026-0003.1@regionkalmar.example.se>",
            references="<3b0e5a1c-7d24-4f0e-9a55-0c9e2d61b7a4@example.se>\n <handl.2026-0003.1@regionkalmar.example.se>",
            extra=[("Auto-Submitted", "auto-replied")],
        ),
        text(
            "Tack för ditt mejl!\n\nJag är bortrest och tillbaka måndag 23 februari. Mejlen läses inte under tiden.\nBrådskande frågor om Vena Byalag kan ställas till ordföranden på telefon 0495-410 90.\n\nMargareta Holmqvist\n",
            cte="8bit",
        ),
    ),
    label(
        "autoreply",
        "sv",
        "00000",
        "Out-of-office from the Vena secretary answering the officer's reply in the thread of 3202 (References contain the application's Message-ID, subject 'Frånvaro: SV: ...' with the case number) and carrying Auto-Submitted: auto-replied. Mentions the association and a phone number but adds nothing to the application; it is an autoreply, not a followup, all elements false and all facts null, and the bot must not answer it.",
    ),
)


# ---- 3213 application: Berga, "ett gäng", vague activity, budget in .xlsx (Apple Mail)
_berga_xlsx = xlsx(
    [
        ["Budget idéslanten Berga 2026", None],
        ["Post", "Kronor"],
        ["Lokalhyra 4 träffar", 2400],
        ["Föreläsare", 3000],
        ["Fika", 1600],
        ["Annonsering", 500],
        ["Summa", ("SUM(B3:B6)", 7500)],
    ],
    sheet="Budget",
    date=(2026, 2, 17, 19, 52, 0),
)
_berga = """Hej!

Vi är ett gäng i Berga som vill att det ska hända mer här. Vi vill stärka gemenskapen och göra Berga till en levande by där fler vill bo och flytta till. Pengarna ska gå till träffar och föreläsningar under året.

Vi har pratat med Berga bygdegårdsförening och Berga IK som båda vill vara med och hjälpa till, och på byamötet i januari röstade alla som var där för att vi ska söka.

Budgeten ligger i bifogad fil.

Hälsn
Tobias Gren
076-118 40 93
"""
add(
    3213,
    "berga-traffar",
    message(
        std_headers(
            addr("Tobias Gren", "tobias.gren@example.com"),
            BOT,
            ew("Idéslanten Berga", "utf-8"),
            "Tue, 17 Feb 2026 20:10:33 +0100",
            "<9E3B1A77-0C52-4F6A-9D18-B2E4C7A05D33@example.com>",
            extra=[("X-Mailer", "Apple Mail (2.3776.700.51)")],
        ),
        multipart(
            "mixed",
            [
                text(_berga, cte="quoted-printable"),
                attachment(
                    _berga_xlsx,
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                    "budget berga.xlsx",
                ),
            ],
            "Apple-Mail=_A1B2C3D4-E5F6-4789-9ABC-DEF012345678",
        ),
    ),
    label(
        "application",
        "sv",
        "01011",
        "Application from 'ett gäng i Berga' (Apple Mail, QP body, budget as .xlsx with a SUM formula). Association false: an unnamed group, the bygdegård association and sports club are supporters, not the applicant. Contact true: named signer with phone from his own address. Activity false: 'stärka gemenskapen', 'träffar och föreläsningar under året' – no what/when/how; the spreadsheet items do not make it concrete. Anchoring true: two local associations will take part and a village meeting voted for applying. Budget true: four items in the spreadsheet totalling 7 500 kr, which is amount_sek. No members or gender stated.",
        contact_name="Tobias Gren",
        contact_email="tobias.gren@example.com",
        contact_phone="076-118 40 93",
        ort="Berga",
        amount_sek=7500,
    ),
)

# ---- 3214 application: Gullabo youth group, teenager with emoji, Gmail mobile; no budget
_gull = """hej!! 👋

vi är Gullabo Unga, en förening för oss unga i Gullabo, vi e 14 medlemmar mellan 13 och 19 år och vi startade förra året 😊

vi vill ha en bykväll i bygdegården fredag 17 april. ett band från trakten spelar och innan det har vi en workshop där alla unga (och vuxna får också va med) får säga vad dom vill ha i Gullabo, typ ett ställe att hänga på och bättre busstider. sen presenterar vi det för byalaget och kommunen 💪 det e för alla, tjejer o killar!!

vi gjorde en enkät på snap o insta som 43 pers svarade på och typ alla ville ha nåt sånt. Gullabo byalag har lovat att vi får låna bygdegården och att några vuxna hjälper till

vi behöver typ 5000 till band och ljud och sen mat

/Elin Persson, ordförande Gullabo Unga
072-340 77 15
"""
add(
    3214,
    "gullabo-unga-bykvall",
    message(
        std_headers(
            addr("Elin Persson", "elin.persson.08@example.com"),
            BOT,
            ew("ansökan!! 🎸 bykväll i Gullabo", "utf-8", "B"),
            "Wed, 18 Feb 2026 15:55:12 +0100",
            "<CAF3kq9Ld0xP7n2R_u8YwZ4mT1sVc6Hb9oJ5gE2aK7fQ3iN@mail.example.com>",
        ),
        text(_gull, cte="8bit"),
    ),
    label(
        "application",
        "sv",
        "11110",
        "Teenager's application with emoji in body and a base64 encoded-word subject containing an emoji, plain utf-8 8bit. Association: Gullabo Unga, youth association with 14 members aged 13–19. Contact: named chair with phone from her own address. Activity: dated village evening with a local band and a workshop whose result goes to the village association and the municipality. Anchoring: survey with 43 answers (respondents, not members) and the village association lends the hall and volunteers. Budget false: 'typ 5000 till band och ljud och sen mat' is one rough lump plus an unpriced item; 5000 is recorded as amount_sek. Band fee is a performer's fee, not salary. 'tjejer o killar' gives women_and_men true.",
        association_name="Gullabo Unga",
        contact_name="Elin Persson",
        contact_email="elin.persson.08@example.com",
        contact_phone="072-340 77 15",
        members=14,
        ort="Gullabo",
        amount_sek=5000,
        women_and_men=True,
    ),
)

# ---- 3215 question: Påryd, two associations and the per-locality cap, windows-1252 QP
_paryd = """Hej,

Vi är två föreningar i Påryd som båda funderar på att söka idéslanten i år, Påryds hembygdsförening (där jag är kassör) och Påryds bygdegårdsförening.

Gäller taket 15 000 kr per förening eller per ort? Om det är per ort, hur gör ni om båda söker - delar ni på pengarna eller är det först till kvarn?

Tacksam för svar innan vårt styrelsemöte den 3 mars.

Bengt Åström
Kassör, Påryds hembygdsförening
0480-620 44
"""
add(
    3215,
    "fraga-paryd-tak-per-ort",
    message(
        std_headers(
            addr("Bengt Åström", "bengt.astrom@example.net", "windows-1252"),
            BOT,
            ew("Fråga om idéslanten, två föreningar på samma ort", "windows-1252"),
            "Thu, 19 Feb 2026 09:37:48 +0100",
            "<003b01dca15e$9c2d1e40$d48759c0$@example.net>",
            extra=[("X-Mailer", "Microsoft Outlook 16.0")],
        ),
        text(_paryd, charset="windows-1252", cte="quoted-printable"),
    ),
    label(
        "question",
        "sv",
        "00000",
        "Question about the per-locality cap: two associations in Påryd want to know whether 15 000 kr is per association or per locality and how it is shared. Windows-1252 quoted-printable body and Q-encoded subject/From name. No activity is applied for and the 15 000 is a rule amount asked about, so amount_sek null; all elements false. Facts record the stated locality and the signer (treasurer of Påryds hembygdsförening) with first phone.",
        association_name="Påryds hembygdsförening",
        contact_name="Bengt Åström",
        contact_email="bengt.astrom@example.net",
        contact_phone="0480-620 44",
        ort="Påryd",
    ),
)


# ---- 3216 application, complete: Bergkvara, body with association/contact, PDF with the rest
_bk_org = orgnr("802499027")
_bk_pdf = pdf(
    [
        "# Idéslanten 2026 - Föreningen Bergkvara Framåt",
        "",
        "# Aktivitet: Vad gör vi med hamnmagasinet?",
        "Det gamla hamnmagasinet i Bergkvara har stått tomt sedan 2019. Vi vill ordna två öppna",
        "dialogmöten i Folkets hus (tisdag 14 april och tisdag 12 maj kl 18.30) med boende,",
        "fiskare, företagare och kommunens planavdelning, ledda av en inhyrd processledare.",
        "Mellan mötena gör vi en studieresa med hyrd minibuss till Timmernabben för att se hur",
        "de har gjort om sitt gamla varvsområde till mötesplats och sommarcafé.",
        "Målet är ett gemensamt förslag till kommunen om hur magasinet kan bli en mötesplats",
        "med café och lokaler för småföretag, så att hamnen lever året runt.",
        "",
        "# Lokal förankring",
        "Hösten 2025 skrev 212 personer på vår namninsamling för att rädda magasinet.",
        "Bergkvara båtklubb och Bergkvara hembygdsförening står bakom mötena och båtklubben",
        "lånar ut sin klubbstuga som samlingspunkt vid studieresan.",
        "",
        "# Budget",
        "Lokalhyra Folkets hus, 2 möten x 700 kr ............ 1 400 kr",
        "Processledare, arvode ................................ 4 000 kr",
        "Hyra minibuss, studieresa ........................... 2 200 kr",
        "Fika vid mötena ....................................... 1 600 kr",
        "Tryck av inbjudningar ................................. 600 kr",
        "Summa ................................................. 9 800 kr",
    ],
    title="Idéslanten Bergkvara",
)
_bk_body = f"""Hej!

Föreningen Bergkvara Framåt (org.nr {_bk_org}) söker idéslanten för dialogmöten om det gamla hamnmagasinet. Vi är en ideell förening i Bergkvara, Torsås kommun, med 58 medlemmar som jobbar för att hamnen och samhället ska leva året runt.

Aktivitet, förankring och budget finns i bifogad pdf. Vi söker 9 800 kr.

Kontaktperson är jag:
Annika Ström
annika.strom@example.org
0486-212 58

Mvh Annika
"""
add(
    3216,
    "bergkvara-hamnmagasinet",
    message(
        std_headers(
            addr("Annika Ström", "annika.strom@example.org"),
            BOT,
            ew("Idéslanten 2026 - Bergkvara Framåt", "utf-8", "B"),
            "Thu, 19 Feb 2026 12:12:40 +0100",
            "<5f0d2c8a-31b7-4e9a-b6c4-8a7d1e0f2b93@example.org>",
            extra=[("User-Agent", "Mozilla Thunderbird"), ("Content-Language", "sv-SE")],
        ),
        multipart(
            "mixed",
            [
                text(_bk_body, ct_extra="; format=flowed", cte="8bit"),
                attachment(_bk_pdf, "application/pdf", "Idéslanten_Bergkvara_2026.pdf"),
            ],
            "------------0mZ2Qy7kD3bV9sWn1xT4hR8c",
        ),
    ),
    label(
        "application",
        "sv",
        "11111",
        "Complete application split between body and PDF (Thunderbird, B-encoded subject, PDF with Helvetica/WinAnsi text and non-ASCII RFC 2231 file name). Body: Föreningen Bergkvara Framåt with org.nr and 58 members, named contact with e-mail and phone, amount 9 800 kr. PDF: two dated dialogue meetings led by a hired facilitator plus a study trip by rented minibus, aimed at a joint proposal for the empty harbour warehouse; anchoring via a 212-name petition (signatures, not members) and two backing local clubs; budget of five items = 9 800 kr. Facilitator fee is not salary; renting a minibus is not an investment. No gender wording, so women_and_men null. Tests reading a PDF attachment.",
        association_name="Föreningen Bergkvara Framåt",
        org_number=_bk_org,
        contact_name="Annika Ström",
        contact_email="annika.strom@example.org",
        contact_phone="0486-212 58",
        members=58,
        ort="Bergkvara",
        amount_sek=9800,
    ),
)

# ---- 3217 application: Södra Vi Sockenråd, shared mailbox, 'se bifogad budget' but nothing attached
_svi_id = "<000a01dca2e7$61f03b20$25d0b160$@example.se>"
_svi_case = "2026-0015"
_svi = """Hej!

Södra Vi Sockenråd söker 14 500 kr ur idéslanten.

Sockenrådet är en samarbetsorganisation för föreningarna och de boende i Södra Vi socken i Vimmerby kommun. Vi har ca 180 medlemmar.

Vi vill ordna en "Flyttlördag" den 18 april. Under dagen visar vi lediga hus, gårdar och lägenheter i socknen, en föreläsare berättar om att starta och driva företag på landsbygden, och intresserade inflyttare får åka med på en guidad busstur runt socknen med stopp vid skolan, förskolan, affären och några företag. Skolan har tappat elever och vi behöver fler barnfamiljer som flyttar hit.

Arbetsgruppen består av folk från sex föreningar i socknen, bland annat Södra Vi IF, hembygdsföreningen och skolans föräldraförening. Idén togs upp på sockenstämman den 25 januari där 54 personer var med och alla tyckte vi skulle köra.

Se bifogad budget.

Hälsningar
Sockenrådet i Södra Vi
"""
add(
    3217,
    "sodra-vi-flyttlordag",
    message(
        std_headers(
            addr("Södra Vi Sockenråd", "sockenradet@example.se"),
            BOT,
            ew("Ansökan idéslanten - Flyttlördag i Södra Vi"),
            "Fri, 20 Feb 2026 08:03:55 +0100",
            _svi_id,
            extra=[("X-Mailer", "Microsoft Outlook 16.0")],
        ),
        multipart(
            "alternative",
            [
                text(_svi, cte="quoted-printable"),
                text(
                    "<html><body>"
                    + "".join(
                        f"<p>{p.replace(chr(10), '<br>')}</p>" for p in _svi.strip().split("\n\n")
                    )
                    + "</body></html>\n",
                    "html",
                    cte="quoted-printable",
                ),
            ],
            "----=_NextPart_000_000B_01DCA2E7.61F03B20",
        ),
    ),
    label(
        "application",
        "sv",
        "10110",
        "Application from a shared mailbox signed 'Sockenrådet i Södra Vi' (Outlook multipart/alternative, QP). Association: Södra Vi Sockenråd, umbrella organisation, about 180 members. Contact false: no named person anywhere. Activity: dated 'Flyttlördag' with house viewings, a lecture on rural businesses and a guided bus tour for prospective residents, tied to the school losing pupils. Anchoring: working group from six local associations and backing at the parish meeting (54 present, attendance). Budget false: 'Se bifogad budget' but nothing is attached; the amount applied for, 14 500 kr, is stated. No gender wording.",
        association_name="Södra Vi Sockenråd",
        members=180,
        ort="Södra Vi",
        amount_sek=14500,
    ),
)

# ---- 3218 followup to 3217: budget as .xlsx, Outlook quoting (no '>'), signed by a named treasurer
_svi_xlsx = xlsx(
    [
        ["Flyttlördag Södra Vi 18/4", None, None],
        ["Kostnad", "Belopp", "Kommentar"],
        ["Föreläsare inkl resa", 4500, "företagande på landsbygden"],
        ["Hyra buss med chaufför", 5200, "busstur 3 tim"],
        ["Lokalhyra Folkets hus", 1200, None],
        ["Fika/lunch", 2400, "ca 60 pers"],
        ["Annonsering, tidning och affischer", 1200, None],
        ["Summa", ("SUM(B3:B7)", 14500), None],
    ],
    sheet="Flyttlördag",
    date=(2026, 2, 20, 16, 58, 0),
)
_f2 = (
    f"""Hej,

Förlåt, budgeten ramlade bort i förra mejlet. Här kommer den bifogad.

Mvh
Birgitta Holm
kassör, Södra Vi Sockenråd
070-552 13 08

Från: {BOT_NAME} <{BOT}>
Skickat: den 20 februari 2026 08:04
Till: Södra Vi Sockenråd <sockenradet@example.se>
Ämne: Re: Ansökan idéslanten - Flyttlördag i Södra Vi [Idéslanten {_svi_case}]

"""
    + receipt_text(_svi_case, ["contact", "budget"], variant=1)
    + "\n"
)
add(
    3218,
    "sv-sodra-vi-budget",
    message(
        std_headers(
            addr("Södra Vi Sockenråd", "sockenradet@example.se"),
            addr(BOT_NAME, BOT),
            ew(f"SV: Ansökan idéslanten - Flyttlördag i Södra Vi [Idéslanten {_svi_case}]"),
            "Fri, 20 Feb 2026 17:26:03 +0100",
            "<001c01dca336$0b7e4f90$227aeeb0$@example.se>",
            in_reply_to=receipt_id(_svi_case),
            references=f"{_svi_id}\n {receipt_id(_svi_case)}",
            extra=[("X-Mailer", "Microsoft Outlook 16.0")],
        ),
        multipart(
            "mixed",
            [
                text(_f2, cte="quoted-printable"),
                attachment(
                    _svi_xlsx,
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                    "Budget flyttlördag.xlsx",
                ),
            ],
            "----=_NextPart_000_001D_01DCA336.0B7E4F90",
        ),
    ),
    label(
        "followup",
        "sv",
        "01001",
        "Followup to 3217 in reply to the bot's receipt (SV: subject with case number, In-Reply-To the receipt, References the application), Outlook header-block quoting without '>' so the quoted receipt sits unmarked below the new text. New text: the forgotten budget as .xlsx with five items summing to 14 500 kr (budget true) and a signature by the named treasurer with phone – contact true even though the From is still the shared mailbox, so contact_email is null and the phone is recorded. The quoted receipt's list of missing items must not make anything true.",
        association_name="Södra Vi Sockenråd",
        ort="Södra Vi",
        contact_name="Birgitta Holm",
        contact_phone="070-552 13 08",
        amount_sek=14500,
    ),
)


# ---- 3219 application, complete: Edsbruk, long and formal, utf-8 base64 (Roundcube)
_eds_org = orgnr("802468471")
_eds = f"""Till Region Kalmar län, landsbygdsutvecklaren

Ansökan om regional bygdepeng – idéslanten 2026

Edsbruks Samhällsförening (org.nr {_eds_org}) är en ideell förening som sedan 1974 arbetar för att
Edsbruk och byarna runt Eds bruk ska vara bra att bo, arbeta och semestra i. Föreningen har 140
medlemmar och driver bland annat badplatsen och julmarknaden i bruksparken.

Vad vi vill göra
Vi vill starta sommarguidningar i den gamla bruksmiljön med bygdevärdar från orten. För att lära
oss hur man gör vill vi
  a) åka på studieresa lördag 25 april med hyrd buss till Ankarsrums bruk, där vi träffar
     bruksföreningen som har drivit guidningar och café i många år, och
  b) hålla två kvällsträffar i maj (7 och 21 maj) i föreningslokalen med en inhyrd guide som
     utbildar våra blivande bygdevärdar i berättarteknik och säkerhet.
Från midsommar ska bygdevärdarna kunna ta emot grupper och sommargäster två kvällar i veckan.
Guidningarna ger fler besökare till caféet, campingen och gårdsbutikerna och ger ett
sammanhang för alla som flyttat hit de senaste åren. Utbildningen riktar sig till alla
boende, kvinnor som män.

Lokal förankring
Förslaget presenterades på byamötet den 7 februari och fick brett stöd. Tolv personer har
redan anmält sig som bygdevärdar. Edsbruks hembygdsförening bidrar med bilder och material ur
sitt arkiv och campingföreningen marknadsför guidningarna till sina gäster.

Budget
  Bussresa Edsbruk–Ankarsrum t/r            6 800 kr
  Guide/instruktör, 2 kvällar               3 600 kr
  Lunch studieresan, 22 pers x 110 kr       2 420 kr
  Tryck av enkel guidefolder                  900 kr
  -------------------------------------------------
  Summa                                    13 720 kr

Föreningslokalen är vår egen, så ingen lokalhyra behövs.

Kontaktperson
Karl-Johan Wiik, ordförande
karljohan.wiik@example.se
0490-370 12

Med vänliga hälsningar
Karl-Johan Wiik
Edsbruks Samhällsförening
"""
add(
    3219,
    "edsbruk-bygdevardar",
    message(
        std_headers(
            addr("Karl-Johan Wiik", "karljohan.wiik@example.se"),
            BOT,
            ew("Ansökan om idéslanten – Edsbruks Samhällsförening", "utf-8", "B"),
            "Mon, 23 Feb 2026 07:15:22 +0100",
            "<e1c0a4d6f27b93c58e0d1f4a2b6c7d80@webmail.example.se>",
            extra=[("User-Agent", "Roundcube Webmail/1.6.9")],
        ),
        text(_eds, cte="base64"),
    ),
    label(
        "application",
        "sv",
        "11111",
        "Complete, long and formal application in a base64-encoded utf-8 body (Roundcube, B-encoded subject). Association: Edsbruks Samhällsförening with org.nr, history and 140 members. Contact: chair with e-mail and phone. Activity: dated study trip by hired bus and two training evenings for local guides, with a clear local benefit (visitors to café, camping, farm shops). Anchoring: village meeting, twelve volunteers signed up, heritage and camping associations contributing. Budget: four items summing to 13 720 kr. Guide/instructor fee is not salary; a printed folder is not an investment. 'kvinnor som män' gives women_and_men true.",
        association_name="Edsbruks Samhällsförening",
        org_number=_eds_org,
        contact_name="Karl-Johan Wiik",
        contact_email="karljohan.wiik@example.se",
        contact_phone="0490-370 12",
        members=140,
        ort="Edsbruk",
        amount_sek=13720,
        women_and_men=True,
    ),
)

# ---- 3220 application: Läckeby repair café from a private person; no association, no anchoring
_lack = """Hej

Jag heter Hanna Wikström och bor i Läckeby. Jag och några grannar vill starta ett reparationscafé i Läckeby, första lördagen i månaden mars-juni (4 gånger) kl 10-14 i matsalen på Läckeby skola som vi kan hyra. Frivilliga hjälper folk att laga kläder, cyklar och enklare elprylar och det blir kaffe. Sen kaféet i byn stängde finns det ingenstans att ses på helgerna, och det här blir både en mötesplats och ett sätt att slänga mindre.

Jag tror att många skulle vilja komma.

Kostnader:
hyra matsalen 4 ggr x 500 = 2000
annonser i lokaltidningen o lappar = 800
reservdelar o förbrukning (tråd, lim, cykelslangar mm) = 1500
Totalt 4300 kr

Hälsningar
Hanna Wikström
073-661 08 32
"""
add(
    3220,
    "lackeby-reparationscafe",
    message(
        std_headers(
            addr("Hanna Wikström", "hanna.wikstrom@example.net"),
            BOT,
            ew("reparationscafé i Läckeby", "iso-8859-1"),
            "Mon, 23 Feb 2026 22:48:10 +0100",
            "<1771883290.4417.1@mobil.example.net>",
            extra=[("User-Agent", "K-9 Mail for Android")],
        ),
        text(_lack, cte="8bit"),
    ),
    label(
        "application",
        "sv",
        "01101",
        "Application from a private person for a repair café (K-9 Mail, utf-8 8bit body, iso-8859-1 Q-encoded subject). Association false: 'jag och några grannar' is no named group and no member count. Contact true: she names herself with phone from her own address. Activity true: four dated Saturdays at the school dining hall with what happens and the local benefit (meeting place after the café closed, less waste). Anchoring false: 'Jag tror att många skulle vilja komma' is a hope. Budget true: three items totalling 4 300 kr. Spare parts, thread and glue are consumables, not an investment; the volunteers are unpaid. Gender unstated.",
        contact_name="Hanna Wikström",
        contact_email="hanna.wikstrom@example.net",
        contact_phone="073-661 08 32",
        ort="Läckeby",
        amount_sek=4300,
    ),
)

# ---- 3221 bounce: officer's reply to the Kastlösa shared mailbox (3211) bounces, mailbox full
_bounce_human = """This is the mail system at host mx1.example.se.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<kastlosa.byalag@example.se>: host mail.example.se[192.0.2.25] said: 552 5.2.2
    <kastlosa.byalag@example.se>: Mailbox full (in reply to RCPT TO command)
"""
_bounce_status = """Reporting-MTA: dns; mx1.example.se
X-Postfix-Queue-ID: 4fK2mP1xQbz3wH
X-Postfix-Sender: rfc822; landsbygdsutvecklare@example.se
Arrival-Date: Tue, 24 Feb 2026 11:01:47 +0100 (CET)

Final-Recipient: rfc822; kastlosa.byalag@example.se
Original-Recipient: rfc822;kastlosa.byalag@example.se
Action: failed
Status: 5.2.2
Remote-MTA: dns; mail.example.se
Diagnostic-Code: smtp; 552 5.2.2 <kastlosa.byalag@example.se>: Mailbox full
"""
_bounce_headers = (
    """Return-Path: <landsbygdsutvecklare@example.se>
Received: from regionkalmar.example.se (regionkalmar.example.se [192.0.2.10])
\tby mx1.example.se (Postfix) with ESMTPS id 4fK2mP1xQbz3wH
\tfor <kastlosa.byalag@example.se>; Tue, 24 Feb 2026 11:01:47 +0100 (CET)
From: Landsbygdsutvecklare Region Kalmar lan <landsbygdsutvecklare@example.se>
To: Kastlosa Byalag <kastlosa.byalag@example.se>
Subject: """
    + ew("SV: Ansökan om idéslanten – Alvarsdag i Kastlösa [Idéslanten 2026-0011]")
    + """
Date: Tue, 24 Feb 2026 11:01:44 +0100
Message-ID: <handl.2026-0011.1@regionkalmar.example.se>
In-Reply-To: <000001dc9f21$4a7b2c10$df6f8430$@example.se>
References: <000001dc9f21$4a7b2c10$df6f8430$@example.se>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
"""
)
add(
    3221,
    "bounce-kastlosa-mailbox-full",
    message(
        std_headers(
            addr("Mail Delivery System", "MAILER-DAEMON@mx1.example.se"),
            OFFICER,
            "Undelivered Mail Returned to Sender",
            "Tue, 24 Feb 2026 11:02:03 +0100",
            "<20260224100203.7C1D41A0F3@mx1.example.se>",
            extra=[("Auto-Submitted", "auto-replied")],
        ),
        multipart(
            "report",
            [
                text(_bounce_human, charset="us-ascii", cte=None, disposition=None),
                Part(
                    [
                        "Content-Description: Delivery report",
                        "Content-Type: message/delivery-status",
                    ],
                    _bounce_status.encode("ascii"),
                ),
                Part(
                    [
                        "Content-Description: Undelivered Message Headers",
                        "Content-Type: text/rfc822-headers",
                    ],
                    _bounce_headers.encode("ascii"),
                ),
            ],
            "4fK2mP1xQbz3wH.1771927323/mx1.example.se",
            preamble="This is a MIME-encapsulated message.",
            extra="; report-type=delivery-status",
        ),
    ),
    label(
        "bounce",
        "en",
        "00000",
        "Postfix delivery status notification (multipart/report with text/plain, message/delivery-status and text/rfc822-headers) for the officer's reply to the Kastlösa application 3211: the shared mailbox is full (552 5.2.2). The returned headers reference 3211's Message-ID and carry the Q-encoded subject with the case number, but it is a bounce from MAILER-DAEMON – all elements false, all facts null, never answered.",
    ),
)


# ---- 3222 application: Degerhamn, three lines – association and contact only
_deg_id = "<1718926.2283011.1772007540122@mail.yahoo.example.com>"
_deg_case = "2026-0019"
add(
    3222,
    "degerhamn-framtidsgrupp",
    message(
        std_headers(
            addr("Anders Lindqvist", "anders.lindqvist55@example.com"),
            BOT,
            ew("Ang. idéslanten"),
            "Wed, 25 Feb 2026 09:19:00 +0100",
            _deg_id,
            extra=[("X-Mailer", "WebService/1.1.25117 YMailNorrin")],
        ),
        text(
            "Hej\nVi i Degerhamns Framtidsgrupp (ca 35 medl) vill söka idéslanten för att utveckla södra Öland. Hör av er vad ni behöver!\n\n/Anders Lindqvist\n070-287 90 14\n",
            cte="quoted-printable",
        ),
    ),
    label(
        "application",
        "sv",
        "11000",
        "Three-line application (Yahoo-style webmail, QP). Association true: Degerhamns Framtidsgrupp with about 35 members ('ca 35 medl' = 35). Contact true: named signer with phone from his own address. Activity false: 'utveckla södra Öland' is a vague wish. Anchoring false and budget false: nothing given, no amount. Tests that a real but thin application is still an application and that the bot asks for three elements.",
        association_name="Degerhamns Framtidsgrupp",
        contact_name="Anders Lindqvist",
        contact_email="anders.lindqvist55@example.com",
        contact_phone="070-287 90 14",
        members=35,
        ort="Degerhamn",
    ),
)

# ---- 3223 application, complete: Storebro oral history, multipart/alternative plain+html
_sto_org = orgnr("802511924")
_sto = f"""Hej!

Storebro Intresseförening ansöker om idéslanten 2026 för projektet "Storebro berättar".

FÖRENINGEN
Storebro Intresseförening, org.nr {_sto_org}, Vimmerby kommun. Föreningen bildades 1992, har
73 medlemmar och driver bland annat badplatsen vid Stångån och vårt årliga bruksmarknad.

AKTIVITETEN
Fyra berättarkvällar i Bruksgården (10 mars, 24 mars, 14 april och 28 april) där äldre
Storebrobor berättar om livet kring bruket och båtvarvet. En inhyrd lokalhistoriker leder
samtalen och skriver ihop berättelserna till ett häfte som trycks i 150 exemplar och säljs i
kiosken och på marknaden. Kvällarna är öppna för alla – både kvinnor och män berättar – och
är tänkta att knyta ihop gamla och nya Storebrobor. Häftet ska också användas när vi tar emot
besöksgrupper.

FÖRANKRING
Beslut om att söka togs på medlemsmötet 2 februari. Storebro hembygdsförening och PRO Storebro
står bakom och sprider inbjudan, och nio äldre har redan lovat att berätta.

BUDGET
Lokalhistoriker, arvode 4 kvällar x 1 500 kr    6 000 kr
Hyra Bruksgården 4 kvällar x 400 kr             1 600 kr
Tryck av häfte, 150 ex                          3 800 kr
Fika                                            1 200 kr
Totalt                                         12 600 kr

KONTAKT
Per-Erik Sundin, ordförande
per-erik.sundin@example.org, 0492-302 71

Vänligen
Per-Erik Sundin
"""
_sto_html = (
    "<html><head><style>body{font-family:Verdana;font-size:10pt}</style></head><body>"
    + "".join(
        f"<p>{blk.replace(chr(10), '<br>')}</p>"
        for blk in _sto.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .strip()
        .split("\n\n")
    )
    + "</body></html>\n"
)
add(
    3223,
    "storebro-berattar",
    message(
        std_headers(
            addr("Per-Erik Sundin", "per-erik.sundin@example.org"),
            BOT,
            ew('Idéslanten 2026: "Storebro berättar"', "iso-8859-1"),
            "Wed, 25 Feb 2026 13:40:29 +0100",
            "<a73c2e91b0d54f8c9e61d07f3b25a4c8@mail.example.org>",
            extra=[("X-Mailer", "eM Client 10.1.4588.0")],
        ),
        multipart(
            "alternative",
            [text(_sto, cte="quoted-printable"), text(_sto_html, "html", cte="quoted-printable")],
            "--=_MBB1D2A7C4-3E5F-4A61-8B9C-0D1E2F3A4B5C",
        ),
    ),
    label(
        "application",
        "sv",
        "11111",
        "Complete application with capitalised section headings (eM Client, multipart/alternative, QP, iso-8859-1 Q-encoded subject with quotes). Association: Storebro Intresseförening with org.nr, founding year and 73 members. Contact: chair with e-mail and phone. Activity: four dated story evenings led by a hired local historian, printed booklet, linking old and new residents and visitor groups. Anchoring: member-meeting decision, heritage society and pensioners' club backing, nine storytellers committed. Budget: four items = 12 600 kr. Historian's fee is not salary; printing a booklet is not a physical investment. 'både kvinnor och män' gives women_and_men true.",
        association_name="Storebro Intresseförening",
        org_number=_sto_org,
        contact_name="Per-Erik Sundin",
        contact_email="per-erik.sundin@example.org",
        contact_phone="0492-302 71",
        members=73,
        ort="Storebro",
        amount_sek=12600,
        women_and_men=True,
    ),
)

# ---- 3224 application: Totebo, budget only as a photographed image -> budget false
_tot_id = "<D41E8B07-6A2C-4F93-B5D1-3C8E0A7F2196@example.se>"
_tot_case = "2026-0021"
_tot = """Hej!

Totebo Bygdegårdsförening (48 medlemmar) vill söka idéslanten till en välkomstkväll för nyinflyttade i Totebo fredag 24 april i bygdegården. Byns föreningar och företag presenterar sig, vi bjuder på mat från gårdarna runt omkring och en föreläsare berättar om hur andra byar fått inflyttare att stanna. Det har flyttat in ett tiotal familjer senaste året och vi vill att de ska känna sig hemma och engagera sig i byn.

Vi gör det ihop med föräldraföreningen på Totebo skola och jaktlaget, och elva föreningar och företag har redan tackat ja till att vara med och presentera sig.

Budgeten har jag fotat och bifogat, totalt blir det 9 400 kr.

Malin Ekholm
sekreterare Totebo Bygdegårdsförening
070-914 55 20

Skickat från min iPhone
"""
add(
    3224,
    "totebo-valkomstkvall",
    message(
        std_headers(
            addr("Malin Ekholm", "malin.ekholm@example.se"),
            BOT,
            ew("Välkomstkväll Totebo – idéslanten"),
            "Thu, 26 Feb 2026 18:05:47 +0100",
            _tot_id,
            extra=[("X-Mailer", "iPhone Mail (22D72)")],
        ),
        multipart(
            "mixed",
            [
                text(_tot, cte="quoted-printable"),
                attachment(png(96, 72, seed=2244), "image/png", "IMG_2231.png"),
            ],
            "Apple-Mail-7D0E9A31-22B4-4C5E-8F61-0A3B9C2D7E45",
        ),
    ),
    label(
        "application",
        "sv",
        "11110",
        "iPhone application whose budget is only a photographed page (a small PNG with no readable text). Association: Totebo Bygdegårdsförening with 48 members. Contact: named secretary with phone from her own address. Activity: dated welcome evening for newcomers with presentations, local food and a lecturer, with a clear local aim. Anchoring: co-organised with the school parents' association and the hunting team, eleven associations and firms signed up. Budget false: the image is unreadable as a budget and the body only gives the total 9 400 kr (recorded as amount_sek). Gender unstated.",
        association_name="Totebo Bygdegårdsförening",
        contact_name="Malin Ekholm",
        contact_email="malin.ekholm@example.se",
        contact_phone="070-914 55 20",
        members=48,
        ort="Totebo",
        amount_sek=9400,
    ),
)

# ---- 3225 followup to 3222: nothing useful, just "we'll get back"
_f3 = (
    "Hej, tack för svaret. Vi ska prata ihop oss i gruppen och återkommer när vi vet mer.\n\n/Anders\n\n\n"
    + "----- Ursprungligt meddelande -----\n"
    + f"Från: {BOT_NAME} <{BOT}>\nTill: Anders Lindqvist <anders.lindqvist55@example.com>\n"
    + "Skickat: onsdag 25 februari 2026 09:20\n"
    + f"Ämne: Re: Ang. idéslanten [Idéslanten {_deg_case}]\n\n"
    + receipt_text(_deg_case, ["activity", "anchoring", "budget"])
    + "\n"
)
add(
    3225,
    "sv-degerhamn-aterkommer",
    message(
        std_headers(
            addr("Anders Lindqvist", "anders.lindqvist55@example.com"),
            addr(BOT_NAME, BOT),
            ew(f"Sv: Ang. idéslanten [Idéslanten {_deg_case}]"),
            "Fri, 27 Feb 2026 10:10:13 +0100",
            "<1902233.2459981.1772183413870@mail.yahoo.example.com>",
            in_reply_to=receipt_id(_deg_case),
            references=f"{_deg_id}\n {receipt_id(_deg_case)}",
            extra=[("X-Mailer", "WebService/1.1.25117 YMailNorrin")],
        ),
        text(_f3, cte="quoted-printable"),
    ),
    label(
        "followup",
        "sv",
        "01000",
        "Followup to 3222 in reply to the bot's receipt (Yahoo-style 'Ursprungligt meddelande' block, Sv: subject with case number). The new text supplies nothing: 'vi ... återkommer när vi vet mer'. Contact true only because it is signed by Anders from his own address; activity, anchoring and budget stay false even though the quoted receipt names them with guidance lines. Tests that a followup without content is recognised and adds nothing.",
        contact_name="Anders Lindqvist",
        contact_email="anders.lindqvist55@example.com",
    ),
)


# ---- 3226 newsletter: study association programme, HTML-only, List-Id + List-Unsubscribe, no Precedence
_nl2 = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>Marsprogram</title></head>
<body style="margin:0;background:#eef2f5;font-family:Helvetica,Arial,sans-serif">
<div style="max-width:620px;margin:auto;background:#fff;padding:24px">
<p style="font-size:12px;color:#888">Visas mejlet konstigt? <a href="https://bygdochbildning.example.org/webbversion/2026-03">Öppna i webbläsaren</a></p>
<h1 style="color:#1d4f73">Studieförbundet Bygd &amp; Bildning – mars 2026</h1>
<h2>Skriv en bra ansökan – vi hjälper er!</h2>
<p>Många föreningar söker just nu <b>idéslanten</b> hos Region Kalmar län. Vår cirkelledare hjälper
er gratis att formulera aktivitet, förankring och budget. Boka en kväll för styrelsen!</p>
<p><a href="https://bygdochbildning.example.org/boka" style="background:#1d4f73;color:#fff;padding:10px 18px;text-decoration:none">Boka cirkelledare</a></p>
<h2>Nya cirklar i mars</h2>
<ul>
<li>Motorsågskörkort, Högsby – start 7 mars</li>
<li>Sy om gamla kläder, Mönsterås – start 10 mars</li>
<li>Släktforskning för nybörjare, Vimmerby – start 12 mars</li>
<li>Att leda möten, digitalt – start 16 mars</li>
</ul>
<hr>
<p style="font-size:11px;color:#888">Studieförbundet Bygd &amp; Bildning, Kalmar län<br>
Du får det här utskicket som kontakt hos oss. <a href="https://bygdochbildning.example.org/u/7f3a9c">Avsluta prenumerationen</a></p>
</div></body></html>
"""
add(
    3226,
    "studieforbund-marsprogram",
    message(
        std_headers(
            addr("Studieförbundet Bygd & Bildning", "program@bygdochbildning.example.org"),
            BOT,
            ew("Marsprogrammet är här + hjälp med er idéslanten-ansökan"),
            "Mon, 2 Mar 2026 08:30:00 +0100",
            "<0100019c8a7e5f21-3b7c9e2d-55aa-4c1f-9b0e-6d2a81f0c3e7-000000@utskick.example.org>",
            extra=[
                ("List-Id", "<marsprogram.bygdochbildning.example.org>"),
                ("List-Unsubscribe", "<https://bygdochbildning.example.org/u/7f3a9c>"),
                ("X-Campaign-Id", "2026-03-program"),
            ],
        ),
        text(_nl2, "html", cte="quoted-printable"),
    ),
    label(
        "newsletter",
        "sv",
        "00000",
        "HTML-only programme newsletter from a (fictional) study association with List-Id and List-Unsubscribe but no Precedence header. It offers help with writing idéslanten applications (activity, anchoring, budget) and lists courses in several places, but applies for nothing: newsletter, all elements false, facts null, never answered.",
    ),
)

# ---- 3227 application: Rockneby, project jargon, anchoring only claimed
_rock_org = orgnr("802455664")
_rock = f"""Hej,

Härmed ansöker Rockneby Hembygdsförening (org.nr {_rock_org}) om medel ur regional bygdepeng – idéslanten.

Föreningen har ca 120 medlemmar och förvaltar hembygdsgården och föreningens arkiv i Rockneby, Kalmar kommun.

Projektet "Ängen tillbaka" syftar till att öka kunskapen om traktens ängar och hagmarker och skapa förutsättningar för att fler markägare restaurerar och sköter sina marker, vilket i förlängningen kan ge underlag för naturturism i området. Projektet genomförs i form av tre föreläsningskvällar i hembygdsgården (19 mars, 9 april och 7 maj) med en inhyrd ängsbiolog samt en guidad ängsvandring i juni. Målgrupp är markägare, boende och sommarboende.

Projektet är väl förankrat i bygden och har ett stort stöd bland invånarna.

Budget:
Föreläsararvode 3 x 2 500 kr = 7 500 kr
Guidad vandring, arvode = 1 800 kr
Annonsering = 700 kr
Förtäring = 1 500 kr
Summa: 11 500 kr

Kontaktperson: Ingrid Palm, ingrid.palm@example.se, 0480-45 12 90

Med vänlig hälsning
Ingrid Palm
Sekreterare, Rockneby Hembygdsförening

--
Detta e-postmeddelande kan innehålla konfidentiell information och är endast avsett för adressaten.
"""
add(
    3227,
    "rockneby-angen-tillbaka",
    message(
        std_headers(
            addr("Ingrid Palm", "ingrid.palm@example.se"),
            BOT,
            ew("Ansökan regional bygdepeng - idéslanten: Ängen tillbaka", "iso-8859-1", "Q"),
            "Mon, 2 Mar 2026 14:15:36 +0100",
            "<f8b29d04-6c1e-4a37-9e53-2d7a0b8c41f6@example.se>",
            extra=[("User-Agent", "Mozilla Thunderbird"), ("Content-Language", "sv-SE")],
        ),
        text(_rock, cte="quoted-printable"),
    ),
    label(
        "application",
        "sv",
        "11101",
        "Application in project jargon (Thunderbird, QP, iso-8859-1 Q-encoded subject, confidentiality footer). Association: Rockneby Hembygdsförening with org.nr and about 120 members. Contact: named secretary with e-mail and phone. Activity: three dated lecture evenings with a hired meadow biologist and a guided walk, aimed at restoration and nature tourism. Anchoring false: 'väl förankrat i bygden och har ett stort stöd bland invånarna' is an empty claim with no meeting, survey or partner. Budget: four items = 11 500 kr. Lecturer and guide fees are not salary. Gender not stated (target group is landowners and residents).",
        association_name="Rockneby Hembygdsförening",
        org_number=_rock_org,
        contact_name="Ingrid Palm",
        contact_email="ingrid.palm@example.se",
        contact_phone="0480-45 12 90",
        members=120,
        ort="Rockneby",
        amount_sek=11500,
    ),
)

# ---- 3228 followup to 3224: budget typed out, Apple Mail '>' quoting of the receipt
_f4 = (
    """Hej igen! Bilden gick visst inte att läsa, här kommer budgeten inskriven:

Hyra bygdegården 1 500 kr
Föreläsare 3 500 kr
Mat från gårdarna 3 000 kr
Annonsering 900 kr
Blommor och pynt 500 kr
= 9 400 kr

Malin

Skickat från min iPhone

> 26 feb. 2026 kl. 18:06 skrev Idéslanten – Region Kalmar län <ideslanten@example.se>:
>
"""
    + quote(receipt_text(_tot_case, ["budget"], variant=1))
    + "\n"
)
add(
    3228,
    "sv-totebo-budget",
    message(
        std_headers(
            addr("Malin Ekholm", "malin.ekholm@example.se"),
            addr(BOT_NAME, BOT),
            ew(f"Sv: Välkomstkväll Totebo – idéslanten [Idéslanten {_tot_case}]"),
            "Tue, 3 Mar 2026 09:50:19 +0100",
            "<8C2F1A6D-0B3E-4D75-A9C1-E4F7B2D05A38@example.se>",
            in_reply_to=receipt_id(_tot_case),
            references=f"{_tot_id} {receipt_id(_tot_case)}",
            extra=[("X-Mailer", "iPhone Mail (22D72)")],
        ),
        text(_f4, cte="quoted-printable"),
    ),
    label(
        "followup",
        "sv",
        "01001",
        "Followup to 3224 from an iPhone, top-posted above the Apple Mail '>'-quoted receipt (Sv: subject with case number). New text types out the budget that was only a photo: five items = 9 400 kr, so budget true and amount 9400. Contact true: signed 'Malin' from her own address. Nothing else new.",
        contact_name="Malin Ekholm",
        contact_email="malin.ekholm@example.se",
        amount_sek=9400,
    ),
)


# ---- 3229 application, complete but buys a projector: Mörlunda, dialect, windows-1252 QP
_mor_org = orgnr("802480191")
_mor = f"""Hejsan!

Mörlunda Bygdeförening vill söka idéslanten. Vi e 66 medlemmar och föreningen har funnits sen 1998, org.nr {_mor_org}. Vi håller på mä allt möjligt här i Mörlunda, valborgsbrasa, loppis å skötsel av badplatsen vid Emån.

Nu tänkte vi köra igång med filmkvällar å dialog. Fem torsdagar i vår (12/3, 26/3, 9/4, 23/4 å 7/5) visar vi dokumentärfilmer om livet på landsbygden i Missionshuset, å efter filmen pratar vi om vad vi vill med Mörlunda – skolan, bussarna, tomma hus. Det vi kommer fram till skriver vi ihop å lämnar till kommunen i juni. Det ska va för alla, både karlar å kvinnfolk, unga å gamla.

Vi har snackat ihop oss mä missionsförsamlingen som hyr ut lokalen billigt å Mörlunda IF som hjälper till mä fika. På byamötet 30 januari var vi 27 stycken å alla tyckte det va en gôtt idé.

Budget:
Projektor å högtalare (köpa) 4 500 kr
Hyra Missionshuset 5 ggr à 300 kr = 1 500 kr
Visningsrätt filmer 1 250 kr
Fika 1 000 kr
Summa 8 250 kr

Ring mig om nåt e oklart!
Leif Gustavsson, ordf
070-277 61 03
"""
add(
    3229,
    "morlunda-filmkvallar",
    message(
        std_headers(
            addr("Leif Gustavsson", "leif.gustavsson@example.net", "windows-1252"),
            BOT,
            ew("Idéslanten Mörlunda filmkvällar", "windows-1252"),
            "Tue, 3 Mar 2026 20:20:41 +0100",
            "<002801dcab3d$5e9f7a30$1bde6e90$@example.net>",
            extra=[("X-Mailer", "Microsoft Outlook 16.0")],
        ),
        text(_mor, charset="windows-1252", cte="quoted-printable"),
    ),
    label(
        "application",
        "sv",
        "11111",
        "Complete application in Småland dialect spelling ('mä', 'å', 'gôtt', 'karlar å kvinnfolk'), windows-1252 quoted-printable with windows-1252 encoded-word subject and From name. Association: Mörlunda Bygdeförening, 66 members, founded 1998, org.nr. Contact: chair with phone from his own address. Activity: five dated film-and-dialogue evenings with a written result for the municipality. Anchoring: mission church and sports club cooperating, village meeting with 27 present. Budget: four items = 8 250 kr. Eligibility issue: buying a projector and speakers is a physical investment (true); renting the hall and film screening rights are not. 'både karlar å kvinnfolk' gives women_and_men true.",
        association_name="Mörlunda Bygdeförening",
        org_number=_mor_org,
        contact_name="Leif Gustavsson",
        contact_email="leif.gustavsson@example.net",
        contact_phone="070-277 61 03",
        members=66,
        ort="Mörlunda",
        amount_sek=8250,
        women_and_men=True,
        physical_investment=True,
    ),
)

# ---- 3230 application, complete, forwarded by a member; includes a salary to a member
_vir = """Hej Gustav! Kan du skicka det här till regionen? Min mejl krånglar fortfarande.

Ansökan idéslanten 2026 – Virserums Hantverksgille

Vi är Virserums Hantverksgille, en ideell förening med 19 medlemmar som arbetar med trä, textil och keramik i Virserum. Gillet startade 2021.

Aktivitet: "Hantverkshelger i gamla apoteket". Fyra lördagar i april och maj (11/4, 25/4, 9/5, 23/5) håller vi öppna kurser i gamla apoteket vid torget som står tomt. Inhyrda kursledare lär ut täljning, vävning och drejning för nybörjare. Samtidigt provar vi om lokalen kan bli en gemensam hantverksbutik som håller öppet året runt, vilket skulle ge liv åt torget och en försäljningsplats för traktens hantverkare. Kurserna är för både kvinnor och män.

Förankring: Virserums köpmannaförening och hembygdsföreningen står bakom idén och fastighetsägaren lånar ut lokalen till självkostnad. På informationsmötet i januari kom ett 40-tal Virserumsbor.

Budget
Kursledare, arvode 4 lördagar   3 000 kr
Hyra apoteket (el, städ)        2 000 kr
Lön projektledare (en av medlemmarna, 40 tim)   4 000 kr
Marknadsföring                  1 000 kr
Summa                          10 000 kr

Kontaktperson: Ylva Andersson, ordförande, ylva.andersson@example.net, 070-433 92 57

/Ylva
"""
_vir_fwd = f"""Hej!
Vidarebefordrar ansökan från Hantverksgillet åt Ylva. Svara henne direkt.
Mvh Gustav Berg

---------- Forwarded message ---------
Från: Ylva Andersson <ylva.andersson@example.net>
Date: tis 3 mars 2026 kl 22:14
Subject: Idéslanten
To: Gustav Berg <gustav.berg@example.com>


{_vir}"""
add(
    3230,
    "fwd-virserum-hantverksgille",
    message(
        std_headers(
            addr("Gustav Berg", "gustav.berg@example.com"),
            BOT,
            ew("Fwd: Idéslanten"),
            "Wed, 4 Mar 2026 11:11:58 +0100",
            "<CAG7vN2e0yQp4Tz+Kx1mD9rW8sJ3uF6bH5aL2cE0oR7iV9n@mail.example.com>",
        ),
        multipart(
            "alternative",
            [
                text(_vir_fwd, cte="quoted-printable"),
                text(
                    '<div dir="ltr">'
                    + _vir_fwd.replace("&", "&amp;")
                    .replace("<", "&lt;")
                    .replace(">", "&gt;")
                    .replace("\n", "<br>\n")
                    + "</div>\n",
                    "html",
                    cte="quoted-printable",
                ),
            ],
            "0000000000007c4e1f061c2a9b3d",
        ),
    ),
    label(
        "application",
        "sv",
        "11111",
        "Complete application forwarded by a member (Gmail 'Forwarded message' block, multipart/alternative, QP). The forwarded text is the application itself, so it counts. Association: Virserums Hantverksgille, 19 members, what they do. Contact: chair Ylva Andersson with e-mail and phone; she is the contact, not the forwarder, so contact_email is her address. Activity: four dated course Saturdays in an empty pharmacy testing a shared craft shop on the square. Anchoring: merchants' association and heritage society backing, owner lends the premises, information meeting with ~40 (attendance). Budget: four items = 10 000 kr. Eligibility issue: 'Lön projektledare (en av medlemmarna)' is a salary cost (true); course leaders' fees are not. 'både kvinnor och män' gives women_and_men true.",
        association_name="Virserums Hantverksgille",
        contact_name="Ylva Andersson",
        contact_email="ylva.andersson@example.net",
        contact_phone="070-433 92 57",
        members=19,
        ort="Virserum",
        amount_sek=10000,
        women_and_men=True,
        salary_costs=True,
    ),
)

# ---- 3231 question: Blomstermåla, may we buy a coffee maker and tables? iso-8859-1 8bit
add(
    3231,
    "fraga-blomstermala-kaffebryggare",
    message(
        std_headers(
            addr("Gun-Britt Olsson", "gunbritt.olsson@example.se", "iso-8859-1"),
            BOT,
            ew("fråga om idéslanten", "iso-8859-1"),
            "Thu, 5 Mar 2026 16:00:07 +0100",
            "<20260305160007.GA4418@example.se>",
            extra=[("User-Agent", "Mutt/2.2.13 (2024-03-09)")],
        ),
        text(
            "Hej!\n\nJag sitter i styrelsen för bygdegårdsföreningen i Blomstermåla. Får man använda idéslanten till\natt köpa en ny kaffebryggare och ett par fällbord till bygdegården? Den gamla bryggaren har\ngett upp och vi har många möten där.\n\nOm inte, vad får man använda pengarna till då?\n\nGun-Britt Olsson\n",
            charset="iso-8859-1",
            cte="8bit",
        ),
    ),
    label(
        "question",
        "sv",
        "00000",
        "Question from a board member in Blomstermåla (Mutt, iso-8859-1 8bit, iso-8859-1 Q-encoded subject): may the grant buy a coffee maker and folding tables for the hall? Nothing is applied for and no amount is given, so all elements false. The question itself proposes buying equipment, so physical_investment is true; salary_costs stays null. Facts: locality and signer.",
        contact_name="Gun-Britt Olsson",
        contact_email="gunbritt.olsson@example.se",
        ort="Blomstermåla",
        physical_investment=True,
    ),
)


# ---- 3232 application: Långasjö, pasted minutes only – anchoring and budget, nothing else
_lang = """Hej!

Här kommer utdrag ur protokollet från byamötet, som ansökan.

------------------------------------------------------------
Utdrag ur protokoll fört vid byamöte i Långasjö bygdegård
tisdagen den 3 februari 2026
Närvarande: 29 personer

§ 5  Idéslanten
Ordföranden informerade om att Region Kalmar län har öppnat
idéslanten för 2026. Mötet diskuterade vad pengarna kan användas
till och flera förslag kom upp.

Mötet beslöt
att  söka idéslanten för aktiviteter som utvecklar Långasjö,
att  uppdra åt arbetsgruppen att skicka in ansökan.

Preliminär budget:
  Lokalhyra          3 000 kr
  Föreläsare         4 000 kr
  Förtäring          2 000 kr
  Annonsering          500 kr
  Summa              9 500 kr

Vid protokollet        Justeras
Sekreteraren           L-Å B.   S. N.
------------------------------------------------------------

/sekr.
"""
add(
    3232,
    "langasjo-protokollsutdrag",
    message(
        std_headers(
            addr("Byamötet Långasjö", "byamotet.langasjo@example.net", "iso-8859-1"),
            BOT,
            ew("Idéslanten Långasjö, protokollsutdrag", "iso-8859-1"),
            "Fri, 6 Mar 2026 10:45:33 +0100",
            "<69E9C2A1.3080706@example.net>",
            extra=[
                (
                    "User-Agent",
                    "Mozilla/5.0 (Windows NT 10.0; rv:115.0) Gecko/20100101 SeaMonkey/2.53.20",
                )
            ],
        ),
        text(_lang, charset="iso-8859-1", cte="8bit"),
    ),
    label(
        "application",
        "sv",
        "00011",
        "Application consisting only of a pasted minutes excerpt (SeaMonkey, iso-8859-1 8bit). Anchoring true: a village meeting with 29 present decided to apply (attendance, not members). Budget true: four items = 9 500 kr. Association false: a 'byamöte' and an 'arbetsgrupp' are not a named applying association. Contact false: signed '/sekr.' and 'Sekreteraren', initials only, from a generic meeting mailbox. Activity false: 'aktiviteter som utvecklar Långasjö' is a vague wish. Tests that formal-looking text does not imply elements.",
        ort="Långasjö",
        amount_sek=9500,
    ),
)

# ---- 3233 application: Figeholm, shared mailbox, vague activity, bare total; HTML-only webmail
_fig_id = "<trinity-4b1e7c2a-9d03-4f56-8a21-c7e0b5d3f912-1773043080431@webmail.example.org>"
_fig_case = "2026-0029"
_fig_html = """<html><head></head><body><div style="font-family: Verdana;font-size: 12.0px;"><div>Hej!</div>

<div>&nbsp;</div>

<div>Figeholms Framtid &auml;r en f&ouml;rening som bildades 2023 av boende i Figeholm. Vi &auml;r 31 medlemmar.</div>

<div>&nbsp;</div>

<div>Vi vill g&ouml;ra n&aring;got f&ouml;r att fler ska vilja flytta hit och f&ouml;r att h&aring;lla liv i hamnen &auml;ven p&aring; vintern. Vi har massor av id&eacute;er!</div>

<div>&nbsp;</div>

<div>Vi hade stormöte i Folkets hus den 18 januari d&auml;r 48 personer kom och alla ville att vi s&ouml;ker, och vi samarbetar med Figeholms b&aring;tklubb och Figeholms IF som &auml;r med i planeringen.</div>

<div>&nbsp;</div>

<div>Vi s&ouml;ker hela beloppet, 15 000 kr.</div>

<div>&nbsp;</div>

<div>H&auml;lsningar</div>

<div>Figeholms Framtid</div></div></body></html>
"""
add(
    3233,
    "figeholms-framtid",
    message(
        std_headers(
            addr("Figeholms Framtid", "info.figeholmsframtid@example.org"),
            BOT,
            ew("Ansökan idéslanten - Figeholms Framtid"),
            "Mon, 9 Mar 2026 07:58:00 +0100",
            _fig_id,
            extra=[("Importance", "normal"), ("Sensitivity", "Normal")],
        ),
        text(_fig_html, "html", charset="UTF-8", cte="quoted-printable"),
    ),
    label(
        "application",
        "sv",
        "10010",
        "HTML-only webmail application (HTML entities plus one raw 'ö', quoted-printable) from the association's info mailbox signed only with the association name. Association true: Figeholms Framtid, founded 2023, 31 members. Contact false: no person named, shared mailbox, so contact facts null. Activity false: 'göra något för att fler ska vilja flytta hit ... massor av idéer' is vague. Anchoring true: open meeting with 48 attendees backing it and two local clubs in the planning. Budget false: only 'hela beloppet, 15 000 kr', which is amount_sek. Gender unstated.",
        association_name="Figeholms Framtid",
        members=31,
        ort="Figeholm",
        amount_sek=15000,
    ),
)

# ---- 3234 autoreply WITHOUT automation headers: Läckeby applicant on leave
add(
    3234,
    "autosvar-lackeby-ledig",
    message(
        std_headers(
            addr("Hanna Wikström", "hanna.wikstrom@example.net"),
            addr("Landsbygdsutvecklare Region Kalmar län", OFFICER),
            ew("Automatiskt svar: SV: reparationscafé i Läckeby [Idéslanten 2026-0017]"),
            "Mon, 9 Mar 2026 12:30:08 +0100",
            "<1773055808.9921.2@mobil.example.net>",
            in_reply_to="<handl.2026-0017.1@regionkalmar.example.se>",
            references="<1771883290.4417.1@mobil.example.net>\n <handl.2026-0017.1@regionkalmar.example.se>",
        ),
        text(
            "Hej och tack för ditt meddelande!\n\nJag är ledig till och med söndag 15 mars och har begränsad tillgång till mejl. Jag svarar när jag är tillbaka.\n\nHälsningar\nHanna\n",
            cte="8bit",
        ),
    ),
    label(
        "autoreply",
        "sv",
        "00000",
        "Out-of-office reply WITHOUT any automation header (no Auto-Submitted, X-Autoreply or Precedence): only the subject 'Automatiskt svar: SV: ...' and the wording show it. It answers the officer's reply in the thread of 3220 (References include that application's Message-ID) but adds nothing; autoreply, all elements false, all facts null, and the bot must not reply.",
    ),
)


# ---- 3235 application: Vissefjärda women's network, budget as CSV, anchoring only a belief
_vis_csv = (
    (
        "Post;Antal;Belopp kr\n"
        "Föreläsare;3 x 2 000;6000\n"
        "Frukost;3 x 900;2700\n"
        "Hyra församlingshemmet;3 x 400;1200\n"
        "Annonsering;;600\n"
        "Summa;;10500\n"
    )
    .replace("\n", "\r\n")
    .encode("cp1252")
)
_vis = """Hej!

Nätverket Kvinnor i Vissefjärda söker idéslanten för tre företagarfrukostar i vår.

Vi är ett nätverk med 24 medlemmar, kvinnor som driver eller vill starta eget i Vissefjärda med omnejd. Vi har träffats sedan 2022.

Frukostarna blir lördagarna 14 mars, 18 april och 16 maj kl 9–11 i församlingshemmet. Varje gång kommer en föreläsare: om att starta företag, om sociala medier och om att sälja till turister på sommaren. Frukostarna är för traktens kvinnor och vi hoppas att fler ska våga starta något här hemma i stället för att pendla till Emmaboda eller Nybro.

Vi tror att det finns ett stort behov av det här i bygden.

Budget finns i bifogad fil (10 500 kr).

Vänliga hälsningar
Sara Nordin
070-860 24 41
"""
add(
    3235,
    "vissefjarda-foretagarfrukost",
    message(
        std_headers(
            addr("Sara Nordin", "sara.nordin@example.com"),
            BOT,
            ew("Företagarfrukostar Vissefjärda – ansökan", "utf-8", "B"),
            "Tue, 10 Mar 2026 15:20:44 +0100",
            "<DB8P191MB0742A1E3C5F70B2D9E4A6C1FB8D02@DB8P191MB0742.EURP191.PROD.example.com>",
        ),
        multipart(
            "mixed",
            [
                text(_vis, cte="base64"),
                attachment(_vis_csv, "text/csv; charset=windows-1252", "budget_frukostar.csv"),
            ],
            "_004_DB8P191MB0742A1E3C5F70B2D9E4A6C1FB8D02DB8P191MB0742EURP_",
        ),
    ),
    label(
        "application",
        "sv",
        "11101",
        "Application from a women's business network (base64 utf-8 body, B-encoded subject, budget as a windows-1252 semicolon CSV attachment with CRLF rows inside base64). Association: Nätverket Kvinnor i Vissefjärda, 24 members since 2022. Contact: named signer with phone from her own address. Activity: three dated breakfast meetings with named lecture topics and a local aim. Anchoring false: 'Vi tror att det finns ett stort behov' is a described need, not backing. Budget true: four items in the CSV totalling 10 500 kr. Eligibility issue: explicitly 'för traktens kvinnor', so women_and_men false. Lecturer fees are not salary.",
        association_name="Nätverket Kvinnor i Vissefjärda",
        contact_name="Sara Nordin",
        contact_email="sara.nordin@example.com",
        contact_phone="070-860 24 41",
        members=24,
        ort="Vissefjärda",
        amount_sek=10500,
        women_and_men=False,
    ),
)

# ---- 3236 spam in English: grant-writing service
_spam2 = """Dear Grant Manager,

Are you struggling to find time to write strong funding applications?

GrantBoost Nordic has helped over 1,200 associations across Europe win EU, national and regional
grants, with a 98% success rate. Our certified writers prepare your full application - activity
plan, budget and impact statement - in 72 hours, for a fixed fee of only EUR 349.

Reply "YES" today and get a FREE eligibility check for your next call.

Kind regards,
Daniel Harper
Senior Funding Consultant, GrantBoost Nordic
https://grantboost.example.com

You received this email because your address is publicly listed. To stop receiving messages,
reply with "remove".
"""
add(
    3236,
    "spam-grant-writing-service",
    message(
        std_headers(
            addr("Daniel Harper", "daniel.harper@grantboost.example.com"),
            BOT,
            "Win more funding in 2026 - free eligibility check",
            "Wed, 11 Mar 2026 19:45:02 +0000",
            "<e7c1a0b4.5f2d.4e8a.b913.0c6d2f7a8e41@grantboost.example.com>",
        ),
        text(_spam2, charset="us-ascii", cte="7bit"),
    ),
    label(
        "spam",
        "en",
        "00000",
        "Unsolicited English sales mail for a grant-writing service (us-ascii 7bit, Date in +0000). Speaks of applications, budgets and fees but applies for nothing and names no local group; spam, all elements false, all facts null.",
    ),
)

# ---- 3237 application: Halltorp, ASCII writer without å/ä/ö, no charset, 7 members, signed "/K"
_hall = """Hej

Halltorps Bygdegardsforening vill soka ideslanten for var Skordemarknad lordag 19 september.
Foreningen ager bygdegarden i Halltorp och har 7 medlemmar, men manga fler brukar komma pa
vara arrangemang.

Pa marknaden saljer lokala odlare och hantverkare sina varor, en inhyrd tradgardsradgivare
haller foredrag om kallarforvaring och odling pa smaskala, och det blir aktiviteter for barnen.
Marknaden ar byns storsta traff pa aret och visar att man kan forsorja sig lite pa odling har.

Vi gor det tillsammans med Halltorps odlarforening och 4H-klubben som har djurhagen. Forra
arets marknad hade runt 300 besokare.

Kostnader:
Foredrag tradgardsradgivare   2 500
Hyra av talt                   3 000
Annonsering                    1 200
Barnaktiviteter (material)       800
Summa                          7 500 kr

/K
"""
add(
    3237,
    "halltorp-skordemarknad",
    message(
        std_headers(
            "halltorps.bygdegard@example.com",
            BOT,
            "ideslanten Halltorp",
            "Thu, 12 Mar 2026 09:05:50 +0100",
            "<7.1.0.9.2.20260312090550.0a4c2e80@example.com>",
            extra=[("X-Mailer", "QUALCOMM Windows Eudora Version 7.1.0.9")],
        ),
        text(_hall, charset=None, cte=None),
    ),
    label(
        "application",
        "sv",
        "10111",
        "Application typed without å/ä/ö in a plain Content-Type: text/plain with no charset and no transfer-encoding header (Eudora, bare From address). Association: Halltorps Bygdegardsforening, owns the hall, 7 members – below the 10-member rule, which the facts show. Contact false: signed only '/K' from the association's shared mailbox. Activity: dated harvest market with local sellers, a hired garden adviser's talk and children's activities, with a local benefit. Anchoring: run with the growers' association and the 4-H club (last year's 300 visitors are attendance). Budget: four items = 7 500 kr; renting a tent is not an investment, craft material is consumable, the adviser's fee is not salary. Gender unstated.",
        association_name="Halltorps Bygdegardsforening",
        members=7,
        ort="Halltorp",
        amount_sek=7500,
    ),
)


# ---- 3238 followup to 3233: Figeholm supplies activity and budget, still no named contact
_f5 = (
    """Hej!

Här kommer mer om vad vi vill göra. Vi har pratat ihop oss i styrelsen.

Vi ordnar tre öppna kvällar i Folkets hus i Figeholm under våren, torsdag 9 april, torsdag 7 maj
och torsdag 4 juni, med en inbjuden föreläsare varje gång:
- hur man kan jobba på distans från en liten ort och om ett gemensamt kontor i hamnen,
- hur byar fått till hyresrätter för unga och nyinflyttade,
- hur man driver café och uthyrning i hamnen även på vintern.
Efter varje föreläsning delar vi upp oss i grupper som tar fram förslag, och i juni lämnar vi
en lista till kommunen och hamnföreningen.

Budget:
Föreläsare 3 x 3 500 kr = 10 500 kr
Lokalhyra Folkets hus 3 x 800 kr = 2 400 kr
Fika 1 500 kr
Annonsering 600 kr
Summa 15 000 kr

Hälsningar
Lotta, Figeholms Framtid

Den 9 mars 2026 07:59 skrev Idéslanten – Region Kalmar län <ideslanten@example.se>:
"""
    + quote(receipt_text(_fig_case, ["contact", "activity", "budget"]))
    + "\n"
)
add(
    3238,
    "re-figeholm-aktivitet-budget",
    message(
        std_headers(
            addr("Figeholms Framtid", "info.figeholmsframtid@example.org"),
            addr(BOT_NAME, BOT),
            ew(f"Re: Ansökan idéslanten - Figeholms Framtid [Idéslanten {_fig_case}]"),
            "Fri, 13 Mar 2026 14:30:12 +0100",
            "<trinity-0a9d3e51-7c24-4b8f-96e1-f2a5c8d0b374-1773408612215@webmail.example.org>",
            in_reply_to=receipt_id(_fig_case),
            references=f"{_fig_id}\n {receipt_id(_fig_case)}",
        ),
        text(_f5, cte="quoted-printable"),
    ),
    label(
        "followup",
        "sv",
        "00101",
        "Followup to 3233 replying to the bot's receipt ('>'-quoted below 'Den ... skrev'). New text supplies a concrete activity (three dated open evenings with named lecture topics and a written result for the municipality and harbour association) and a budget of four items = 15 000 kr. Contact stays false: still sent from the shared info mailbox and signed only 'Lotta, Figeholms Framtid' with no surname, phone or own address – although the receipt asked for a contact person. Association false in the new text (only the name). The quoted receipt must not count.",
        association_name="Figeholms Framtid",
        ort="Figeholm",
        amount_sek=15000,
    ),
)

# ---- 3239 application: Byxelkrok, unnamed group, vague activity, 22 000 kr budget (over the cap)
_byx = """Hej!

Vi i norra byarna runt Byxelkrok vill söka pengar från idéslanten.

Vi vill satsa på norra udden i år – evenemang, möten och sånt under hela året som gör att folk stannar här och inte bara åker förbi upp till fyren. Alla vi har pratat med tycker att det är jättebra.

Vår budget:
Föreläsare 6 000 kr
Hyra av lokaler 5 000 kr
Marknadsföring 4 000 kr
Musik och underhållning 4 000 kr
Fika 3 000 kr
Totalt 22 000 kr

Mvh
Johan Sjöberg
0485-283 16
"""
_byx_html = (
    '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body dir="ltr">'
    + "".join(
        f'<div style="font-family: Aptos, Calibri, sans-serif; font-size: 12pt;">{ln or "<br>"}</div>'
        for ln in _byx.split("\n")
    )
    + "</body></html>\n"
)
add(
    3239,
    "byxelkrok-norra-udden",
    message(
        std_headers(
            addr("Johan Sjöberg", "johan.sjoberg@example.com"),
            BOT,
            ew("Idéslanten norra Öland"),
            "Mon, 16 Mar 2026 10:00:31 +0100",
            "<GV1P192MB1871F0C3A2E5B7D94C6A8E2FD1B07@GV1P192MB1871.EURP192.PROD.example.com>",
        ),
        multipart(
            "alternative",
            [text(_byx, cte="base64"), text(_byx_html, "html", cte="base64")],
            "_000_GV1P192MB1871F0C3A2E5B7D94C6A8E2FD1B07GV1P192MB1871EURP_",
        ),
    ),
    label(
        "application",
        "sv",
        "01001",
        "Outlook-on-the-web style multipart/alternative with both parts base64. Association false: 'Vi i norra byarna runt Byxelkrok' is no named group. Contact true: named signer with phone from his own address. Activity false: 'evenemang, möten och sånt under hela året' has no what/when/how. Anchoring false: 'Alla vi har pratat med tycker att det är jättebra' is not concrete backing. Budget true: five items totalling 22 000 kr – above the 15 000 kr cap, which amount_sek shows. Performers' and lecturers' fees are not salary; renting premises is not an investment.",
        contact_name="Johan Sjöberg",
        contact_email="johan.sjoberg@example.com",
        contact_phone="0485-283 16",
        ort="Byxelkrok",
        amount_sek=22000,
    ),
)

# ---- 3240 followup to 3204: Ruda chairman adds anchoring, still no budget; Windows Live Mail quoting
_ruda_case = "2026-0005"
_f6 = (
    f"""Hej igen

Nu har vi haft möte i bygdegården söndag 8 mars och där var 22 personer och alla ville åka med till Kristdala. PRO Ruda och Ruda Hembygdsförening följer också med och vi delar på bussen.

Budget har jag inte gjort men det blir runt 12000 som jag skrev.

Hälsningar
Sven-Olof Karlsson

-----Ursprungligt meddelande-----
From: {BOT_NAME}
Sent: Wednesday, February 11, 2026 10:06 AM
To: svenolof.karlsson@example.net
Subject: Re: Bidrag till resa [Idéslanten {_ruda_case}]

"""
    + receipt_text(_ruda_case, ["anchoring", "budget"], variant=1)
    + "\n"
).replace("–", "-")  # the latin-1 client degraded the dashes
add(
    3240,
    "sv-ruda-mote-bygdegarden",
    message(
        std_headers(
            addr("Sven-Olof Karlsson", "svenolof.karlsson@example.net"),
            addr(BOT_NAME, BOT),
            ew(f"SV: Bidrag till resa [Idéslanten {_ruda_case}]", "iso-8859-1"),
            "Tue, 17 Mar 2026 08:45:16 +0100",
            "<9B7C44E0D21F4A83B6E5F0A1@pc.example.net>",
            in_reply_to=receipt_id(_ruda_case),
            references=f"<6A2F0B1C7E3D4B55A1D09C2E@pc.example.net> {receipt_id(_ruda_case)}",
            extra=[("X-Mailer", "Microsoft Windows Live Mail 16.4.3528.331")],
        ),
        text(_f6, charset="iso-8859-1", cte="quoted-printable"),
    ),
    label(
        "followup",
        "sv",
        "01010",
        "Followup to 3204 from the elderly chairman (Windows Live Mail, iso-8859-1 QP, iso-8859-1 encoded SV: subject, Outlook-style 'Ursprungligt meddelande' block with the receipt unindented below). New text supplies the anchoring: a meeting in the hall on 8 March with 22 present who all want to go, and two local associations joining. Budget still false: 'Budget har jag inte gjort men det blir runt 12000' is a bare rough figure (amount 12000). Contact true: named signer from his own address. The receipt's guidance lines about anchoring and budget are quoted text and do not count.",
        contact_name="Sven-Olof Karlsson",
        contact_email="svenolof.karlsson@example.net",
        ort="Ruda",
        amount_sek=12000,
    ),
)


# === END OF MAILS ===


# ---------------------------------------------------------------- writing and checking

ADDR_RE = re.compile(rb"[A-Za-z0-9._%+\-]+@([A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)+)")


def write() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for old in OUT.glob("*.eml"):
        old.unlink()
    labels = {}
    for num, slug, raw, lab in sorted(MAILS, key=lambda m: m[0]):
        name = f"{num:04d}-{slug}.eml"
        (OUT / name).write_bytes(raw)
        labels[name] = lab
    (OUT / "labels.json").write_text(
        json.dumps(labels, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
    )


def _leaf_texts(msg) -> list[bytes]:
    out = []
    for part in msg.walk():
        if part.is_multipart():
            continue
        payload = part.get_payload(decode=True) or b""
        fname = (part.get_filename() or "").lower()
        if fname.endswith((".docx", ".xlsx")):
            with zipfile.ZipFile(io.BytesIO(payload)) as z:
                for n in z.namelist():
                    out.append(z.read(n))
        else:
            out.append(payload)
    return out


def check() -> None:
    errors: list[str] = []
    labels = json.loads((OUT / "labels.json").read_text(encoding="utf-8"))
    files = sorted(p.name for p in OUT.glob("*.eml"))
    if sorted(labels) != files:
        errors.append("labels.json keys do not match files")
    nums = [int(f[:4]) for f in files]
    if nums != list(range(3201, 3201 + len(files))):
        errors.append(f"numbering not contiguous: {nums}")
    msgid_kind: dict[str, str] = {}
    parsed = {}
    prev = None
    for f in files:
        raw = (OUT / f).read_bytes()
        if b"\r" in raw:
            errors.append(f"{f}: CR in file")
        if not re.fullmatch(r"\d{4}-[a-z0-9-]+\.eml", f):
            errors.append(f"{f}: bad file name")
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        parsed[f] = msg
        lab = labels[f]
        malformed = lab["notes"].startswith("Malformed:")
        for part in msg.walk():
            if part.defects and not malformed:
                errors.append(f"{f}: defects {part.defects}")
            if not part.is_multipart():
                try:
                    part.get_content()
                except Exception as exc:  # noqa: BLE001
                    errors.append(f"{f}: content error {exc}")
        for k in ("From", "To", "Subject", "Date", "Message-ID"):
            if msg[k] is None:
                errors.append(f"{f}: missing {k}")
        dt = parsedate_to_datetime(msg["Date"])
        if dt.year != 2026:
            errors.append(f"{f}: date not in 2026")
        if prev and dt < prev:
            errors.append(f"{f}: Date out of order")
        prev = dt
        msgid_kind[msg["Message-ID"].strip()] = lab["kind"]
        # addresses
        blobs = [raw] + _leaf_texts(msg)
        for blob in blobs:
            for m in ADDR_RE.finditer(blob):
                dom = m.group(1).decode("ascii", "replace").lower()
                if not re.search(r"(^|\.)example\.(se|com|org|net)$", dom):
                    errors.append(f"{f}: non-example address domain {dom}")
        # label schema
        if set(lab) != {"kind", "language", "elements", "facts", "notes"}:
            errors.append(f"{f}: label fields {sorted(lab)}")
        if lab["kind"] not in (
            "application",
            "followup",
            "question",
            "autoreply",
            "bounce",
            "newsletter",
            "spam",
        ):
            errors.append(f"{f}: bad kind")
        if lab["language"] not in ("sv", "en"):
            errors.append(f"{f}: bad language")
        if set(lab["elements"]) != set(ELEMENTS) or not all(
            isinstance(v, bool) for v in lab["elements"].values()
        ):
            errors.append(f"{f}: bad elements")
        if set(lab["facts"]) != set(FACT_KEYS):
            errors.append(f"{f}: bad facts keys")
        fa = lab["facts"]
        if fa["org_number"] is not None and not luhn_ok(fa["org_number"]):
            errors.append(f"{f}: org number fails Luhn")
        for on in re.findall(rb"\b\d{6}-\d{4}\b", b"\n".join(blobs)):
            if not luhn_ok(on.decode()):
                errors.append(f"{f}: org-like number {on!r} fails Luhn")
        if lab["kind"] in ("application", "followup"):
            for k in ("salary_costs", "physical_investment"):
                if not isinstance(fa[k], bool):
                    errors.append(f"{f}: {k} must be bool")
        if lab["kind"] in ("autoreply", "bounce", "newsletter", "spam"):
            if any(v is not None for v in fa.values()):
                errors.append(f"{f}: facts must be null for {lab['kind']}")
        if lab["kind"] not in ("application", "followup") and any(lab["elements"].values()):
            errors.append(f"{f}: elements must be false for {lab['kind']}")
        if not lab["notes"] or len(lab["notes"]) < 40:
            errors.append(f"{f}: notes too short")
    for f in files:
        if labels[f]["kind"] != "followup":
            continue
        msg = parsed[f]
        irt = (msg["In-Reply-To"] or "").split()
        refs = (msg["References"] or "").split()
        apps = [r for r in irt + refs if msgid_kind.get(r) == "application"]
        if not apps:
            errors.append(f"{f}: followup does not reference an application in the folder")
        if irt and msgid_kind.get(irt[0]) != "application" and not irt[0].startswith("<kvitto-"):
            errors.append(f"{f}: In-Reply-To neither application nor receipt")
        if not re.match(r"(?i)(re|sv|aw):", str(msg["Subject"])):
            errors.append(f"{f}: followup subject lacks Re:/SV:")
    if errors:
        print("\n".join(errors))
        sys.exit(1)
    kinds: dict[str, int] = {}
    for lab in labels.values():
        kinds[lab["kind"]] = kinds.get(lab["kind"], 0) + 1
    apps = [lab for lab in labels.values() if lab["kind"] == "application"]
    complete = sum(all(lab["elements"].values()) for lab in apps)
    missing = {e: sum(not lab["elements"][e] for lab in apps) for e in ELEMENTS}
    print(
        f"OK: {len(files)} mails, kinds {kinds}, complete applications {complete}, missing {missing}"
    )


def main() -> None:
    write()
    check()


if __name__ == "__main__":
    main()
