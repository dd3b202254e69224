"""Generator for the own22 development corpus of the Idéslanten intake bot.

own22 ("conversations") holds 40 entirely fictional e-mails, numbered 3001-3040 in Date order,
sent to the Region Kalmar län micro-grant "regional bygdepeng – idéslanten": 16 applications,
16 followups in their threads (point-by-point answers to the bot's receipt, an attachment-only
reply, a reply from the spouse's address, an amount correction, a forwarded letter of support,
"is it complete now?", an English reply, inline answers between quoted lines, a phone reply
"ring mig"), 5 questions, 2 autoreplies in threads and 1 bounce of a receipt. labels.json holds
the expected labels (schema: /work/shared/corpus/README.md).

Regenerate (byte-identical on every run, the script checks itself afterwards):

    /work/main/.venv/bin/python tests/data/tools/make_own22.py
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

OUT = Path(__file__).resolve().parent.parent / "own22"
FIRST_NUMBER = 3001

BOT = "ideslanten@example.se"
BOT_NAME = "Idéslanten – Region Kalmar län"
OFFICER = "landsbygdsutvecklare@example.se"

ELEMENT_KEYS = ("association", "contact", "activity", "anchoring", "budget")
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


# ---------------------------------------------------------------- small helpers


def dt(month: int, day: int, hour: int, minute: int, second: int = 0) -> datetime:
    """A local Swedish time in 2026 (CET, CEST from 29 March)."""
    cest = (month, day) >= (3, 29) and (month, day) < (10, 25)
    tz = timezone(timedelta(hours=2 if cest else 1))
    return datetime(2026, month, day, hour, minute, second, tzinfo=tz)


def orgnr(first9: str) -> str:
    """Swedish organisation number with a Luhn check digit: NNNNNN-NNNN."""
    digits = [int(c) for c in first9]
    total = 0
    for i, d in enumerate(digits):
        v = d * (2 if i % 2 == 0 else 1)
        total += v - 9 if v > 9 else v
    check = (10 - total % 10) % 10
    s = first9 + str(check)
    return s[:6] + "-" + s[6:]


def luhn_ok(nr: str) -> bool:
    s = nr.replace("-", "")
    if not re.fullmatch(r"\d{10}", s):
        return False
    total = 0
    for i, c in enumerate(s):
        v = int(c) * (2 if i % 2 == 0 else 1)
        total += v - 9 if v > 9 else v
    return total % 10 == 0


def ew(text: str, charset: str = "utf-8", enc: str = "B") -> str:
    """RFC 2047 encoded word (only when needed)."""
    if text.isascii():
        return text
    # split into chunks of whole characters so that each encoded word stays short
    chunks, cur = [], ""
    for ch in text:
        if len((cur + ch).encode(charset)) > (39 if enc == "B" else 22):
            chunks.append(cur)
            cur = ""
        cur += ch
    chunks.append(cur)
    words = []
    for chunk in chunks:
        raw = chunk.encode(charset)
        if enc == "B":
            words.append(f"=?{charset}?B?{base64.b64encode(raw).decode()}?=")
            continue
        out = []
        for b in raw:
            c = chr(b)
            if c == " ":
                out.append("_")
            elif c.isalnum() and b < 128:
                out.append(c)
            else:
                out.append(f"={b:02X}")
        words.append(f"=?{charset}?Q?{''.join(out)}?=")
    return "\n ".join(words)


def addr(name: str | None, mail: str, charset: str = "utf-8", enc: str = "B") -> str:
    if not name:
        return mail
    if name.isascii():
        if re.search(r"[,.()<>@;:\"]", name):
            return f'"{name}" <{mail}>'
        return f"{name} <{mail}>"
    return f"{ew(name, charset, enc)} <{mail}>"


SV_DAYS = ["mån", "tis", "ons", "tors", "fre", "lör", "sön"]
SV_MONTHS = [
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
SV_MONTHS_LONG = [
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


def quote(text: str, prefix: str = "> ") -> str:
    lines = text.rstrip("\n").split("\n")
    return "\n".join((prefix + ln).rstrip() if ln else prefix.rstrip() for ln in lines) + "\n"


# ---------------------------------------------------------------- MIME building


class Part:
    def __init__(self, headers: list[tuple[str, str]], body: bytes):
        self.headers = headers
        self.body = body

    def render(self) -> bytes:
        head = "".join(f"{k}: {v}\n" for k, v in self.headers)
        return head.encode("ascii") + b"\n" + self.body


def text(
    body: str,
    subtype: str = "plain",
    charset: str | None = "utf-8",
    cte: str = "8bit",
    flowed: bool = False,
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
    ctype = f"text/{subtype}"
    if charset:
        ctype += f'; charset="{charset}"' if subtype == "html" else f"; charset={charset}"
    if flowed:
        ctype += "; format=flowed"
    return Part([("Content-Type", ctype), ("Content-Transfer-Encoding", cte)], payload)


def attachment(filename: str, ctype: str, data: bytes, inline: bool = False) -> Part:
    disp = "inline" if inline else "attachment"
    return Part(
        [
            ("Content-Type", f'{ctype}; name="{filename}"'),
            ("Content-Disposition", f'{disp}; filename="{filename}"'),
            ("Content-Transfer-Encoding", "base64"),
        ],
        base64.encodebytes(data),
    )


def multipart(
    subtype: str, parts: list[Part], boundary: str, extra: str = "", preamble: str = ""
) -> Part:
    body = preamble.encode() + (b"\n" if preamble else b"")
    for p in parts:
        body += f"--{boundary}\n".encode() + p.render() + b"\n"
    body += f"--{boundary}--\n".encode()
    return Part([("Content-Type", f'multipart/{subtype}; boundary="{boundary}"{extra}')], body)


DOCX_CT = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
XLSX_CT = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def _zip(files: list[tuple[str, str]]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, content in files:
            info = zipfile.ZipInfo(name, date_time=(2026, 1, 1, 12, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            z.writestr(info, content.encode("utf-8"))
    return buf.getvalue()


def _x(s: str) -> str:
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def docx(paragraphs: list[str], table: list[list[str]] | None = None) -> bytes:
    """Minimal .docx; a paragraph starting with '#' is bold, the table follows the paragraphs."""
    body = []
    for p in paragraphs:
        if p.startswith("#"):
            body.append(
                f'<w:p><w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">{_x(p[1:].strip())}</w:t></w:r></w:p>'
            )
        else:
            body.append(f'<w:p><w:r><w:t xml:space="preserve">{_x(p)}</w:t></w:r></w:p>')
    if table:
        rows = []
        for row in table:
            cells = "".join(
                f'<w:tc><w:p><w:r><w:t xml:space="preserve">{_x(c)}</w:t></w:r></w:p></w:tc>'
                for c in row
            )
            rows.append(f"<w:tr>{cells}</w:tr>")
        body.append("<w:tbl>" + "".join(rows) + "</w:tbl><w:p/>")
    doc = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>'
        + "".join(body)
        + "</w:body></w:document>"
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
            ("word/document.xml", doc),
        ]
    )


def _col(i: int) -> str:
    return "ABCDEFGHIJ"[i]


def xlsx(rows: list[list[str | int]], sheet: str = "Budget") -> bytes:
    """Minimal .xlsx with inline strings and numbers."""
    xr = []
    for r, row in enumerate(rows, start=1):
        cells = []
        for c, v in enumerate(row):
            ref = f"{_col(c)}{r}"
            if isinstance(v, int):
                cells.append(f'<c r="{ref}"><v>{v}</v></c>')
            elif v != "":
                cells.append(f'<c r="{ref}" t="inlineStr"><is><t>{_x(v)}</t></is></c>')
        xr.append(f'<row r="{r}">{"".join(cells)}</row>')
    sheet_xml = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
        + "".join(xr)
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
                f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="{_x(sheet)}" sheetId="1" r:id="rId1"/></sheets></workbook>',
            ),
            (
                "xl/_rels/workbook.xml.rels",
                '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>',
            ),
            ("xl/worksheets/sheet1.xml", sheet_xml),
        ]
    )


def pdf(lines: list[str], title: str = "Budget") -> bytes:
    """One-page PDF, Helvetica/WinAnsi, uncompressed text stream (text is extractable)."""

    def esc(s: str) -> bytes:
        return (
            s.encode("cp1252").replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")
        )

    stream = b"BT /F1 11 Tf 56 790 Td 15 TL\n"
    for ln in lines:
        stream += b"(" + esc(ln) + b") Tj T*\n"
    stream += b"ET\n"
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"endstream",
        b"<< /Title ("
        + esc(title)
        + b") /Producer (Hand made) /CreationDate (D:20260101120000+01'00') >>",
    ]
    out = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"
    offsets = []
    for i, o in enumerate(objs, start=1):
        offsets.append(len(out))
        out += f"{i} 0 obj\n".encode() + o + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode()
    for off in offsets:
        out += f"{off:010d} 00000 n \n".encode()
    out += f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R /Info 6 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return out


def png(width: int = 240, height: int = 160, seed: int = 7) -> bytes:
    """A small grey 'photo of a paper' PNG: deterministic noise with darker 'lines of text'."""
    rows = []
    x = seed
    for y in range(height):
        row = bytearray([0])
        ink = (y // 6) % 3 == 1 and 20 < y < height - 20
        for col in range(width):
            x = (x * 1103515245 + 12345) & 0x7FFFFFFF
            v = 200 + (x >> 16) % 40
            if ink and 24 < col < width - 30 and (x >> 8) % 3:
                v -= 120
            row += bytes([v, v, max(v - 12, 0)])
        rows.append(bytes(row))
    raw = zlib.compress(b"".join(rows), 9)

    def chunk(tag: bytes, data: bytes) -> bytes:
        return (
            struct.pack(">I", len(data))
            + tag
            + data
            + struct.pack(">I", zlib.crc32(tag + data) & 0xFFFFFFFF)
        )

    ihdr = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", raw) + chunk(b"IEND", b"")


# ---------------------------------------------------------------- messages, receipts, labels

MAILS: list[dict] = []
APPS: dict[str, dict] = {}


def message(
    key: str,
    slug: str,
    date: datetime,
    frm: str,
    subject: str,
    body: Part,
    label: dict,
    *,
    to: str | None = None,
    msgid: str | None = None,
    in_reply_to: str | None = None,
    references: list[str] | None = None,
    extra: list[tuple[str, str]] | None = None,
    subject_raw: bool = False,
) -> str:
    """Register one mail; returns its Message-ID."""
    if msgid is None:
        dom = frm.rsplit("@", 1)[1].rstrip(">")
        msgid = f"<{date:%Y%m%d%H%M%S}.{key}@mail.{dom}>"
    headers: list[tuple[str, str]] = [
        ("Date", format_datetime(date)),
        ("From", frm),
        ("To", to or addr(BOT_NAME, BOT)),
        ("Subject", subject if subject_raw else ew(subject)),
        ("Message-ID", msgid),
    ]
    if in_reply_to:
        headers.append(("In-Reply-To", in_reply_to))
    if references:
        headers.append(("References", " ".join(references)))
    headers += extra or []
    headers.append(("MIME-Version", "1.0"))
    raw = "".join(f"{k}: {v}\n" for k, v in headers).encode("ascii") + body.render()
    MAILS.append(
        {"key": key, "slug": slug, "date": date, "raw": raw, "label": label, "msgid": msgid}
    )
    return msgid


def lab(kind: str, lang: str, el: str, notes: str, **facts) -> dict:
    """el: letters a=association c=contact v=activity f=anchoring (förankring) b=budget."""
    letters = dict(zip("acvfb", ELEMENT_KEYS, strict=True))
    for ch in el:
        assert ch in letters, el
    elements = {letters[ch]: ch in el for ch in "acvfb"}
    out = {k: None for k in FACT_KEYS}
    if kind in ("application", "followup"):
        out["salary_costs"] = False
        out["physical_investment"] = False
    for k, v in facts.items():
        assert k in FACT_KEYS, k
        out[k] = v
    return {"kind": kind, "language": lang, "elements": elements, "facts": out, "notes": notes}


GUIDE = {
    "association": "Förening: föreningens eller gruppens namn och några rader om den (t.ex. antal medlemmar, org.nr)",
    "contact": "Kontaktperson: namn och e-post eller telefon till den som vi kan kontakta",
    "activity": "Aktivitet: vad ni ska göra, när och hur det bidrar till utvecklingen i bygden",
    "anchoring": "Lokal förankring: hur aktiviteten är förankrad i byn, t.ex. byamöte, enkät eller samarbete med andra föreningar",
    "budget": "Budget: en översiktlig budget med kostnadsposter och belopp",
}


def receipt_text(case: str, missing: list[str], variant: int = 0) -> str:
    if not missing:
        return (
            "Hej!\n\n"
            f"Tack för er ansökan om idéslanten! Vi har tagit emot den och gett den ärendenummer {case}.\n\n"
            "Vi har gått igenom ansökan och hittar alla fem delarna (förening, kontaktperson, aktivitet, "
            "lokal förankring och budget). Landsbygdsutvecklaren läser den och återkommer med besked, "
            "oftast inom tre veckor.\n\n"
            "Med vänliga hälsningar\nIdéslanten – Region Kalmar län\n"
            "(Det här är ett automatiskt svar. Frågor? Skriv till landsbygdsutvecklare@example.se)\n"
        )
    lines = "\n".join("– " + GUIDE[m] for m in missing)
    if variant == 1:
        return (
            "Hej och tack!\n\n"
            f"Er ansökan om idéslanten har kommit fram och fått ärendenummer {case}.\n"
            "För att vi ska kunna pröva den behöver vi lite mer. Vi saknar följande i er ansökan:\n\n"
            f"{lines}\n\n"
            "Svara gärna på det här mejlet med det som fattas, så kopplas svaret till ärendet.\n\n"
            "Vänliga hälsningar\nIdéslanten – Region Kalmar län\n"
        )
    return (
        "Hej!\n\n"
        f"Tack för er ansökan om idéslanten! Vi har tagit emot den och gett den ärendenummer {case}.\n\n"
        "Vi saknar följande i er ansökan:\n"
        f"{lines}\n\n"
        "Svara gärna på det här mejlet och komplettera med det som saknas. Ni behöver inte skicka "
        "om hela ansökan.\n\n"
        "Med vänliga hälsningar\nIdéslanten – Region Kalmar län\n"
    )


def application(
    key: str,
    slug: str,
    date: datetime,
    frm: str,
    subject: str,
    body: Part,
    label: dict,
    case: str,
    missing: list[str],
    variant: int = 0,
    **kw,
) -> str:
    mid = message(key, slug, date, frm, subject, body, label, **kw)
    got = [k for k in ELEMENT_KEYS if not label["elements"][k]]
    assert got == missing, (key, got, missing)
    rdate = date + timedelta(minutes=2, seconds=17)
    APPS[key] = {
        "msgid": mid,
        "subject": subject,
        "date": date,
        "case": case,
        "receipt_id": f"<kvitto-{case}@ideslanten.example.se>",
        "receipt_subject": f"Re: {subject} [Idéslanten {case}]",
        "receipt_date": rdate,
        "receipt": receipt_text(case, missing, variant),
        "from": frm,
    }
    return mid


def thread(app: str, to_receipt: bool = True) -> dict:
    a = APPS[app]
    if to_receipt:
        return {"in_reply_to": a["receipt_id"], "references": [a["msgid"], a["receipt_id"]]}
    return {"in_reply_to": a["msgid"], "references": [a["msgid"]]}


def attribution(style: str, when: datetime, who: str = f"{BOT_NAME} <{BOT}>") -> str:
    if style == "gmail":
        return f"Den {SV_DAYS[when.weekday()]} {when.day} {SV_MONTHS[when.month - 1]} 2026 kl {when:%H:%M} skrev {who}:"
    if style == "apple":
        return f"{when.day} {SV_MONTHS[when.month - 1]} 2026 kl. {when:%H.%M} skrev {who}:"
    if style == "tbird_en":
        return f"On {when:%Y-%m-%d %H:%M}, {who.split(' <')[0]} wrote:"
    if style == "en":
        return f"On {when:%a, %b} {when.day}, 2026 at {when:%H:%M}, {who} wrote:"
    raise ValueError(style)


def outlook_header(a: dict, to: str) -> str:
    w = a["receipt_date"]
    return (
        "________________________________\n"
        f"Från: {BOT_NAME} <{BOT}>\n"
        f"Skickat: den {w.day} {SV_MONTHS_LONG[w.month - 1]} 2026 {w:%H:%M}\n"
        f"Till: {to}\n"
        f"Ämne: {a['receipt_subject']}\n"
    )


def quoted_receipt(app: str, style: str = "gmail") -> str:
    a = APPS[app]
    return attribution(style, a["receipt_date"]) + "\n\n" + quote(a["receipt"])


# ---------------------------------------------------------------- writing and checking

ALLOWED_DOMAINS = ("example.se", "example.com", "example.org", "example.net")
MALFORMED: set[str] = set()


def domain_ok(d: str) -> bool:
    d = d.lower().rstrip(".")
    return any(d == a or d.endswith("." + a) for a in ALLOWED_DOMAINS)


def texts_of(msg) -> list[str]:
    out = []
    for part in msg.walk():
        if part.is_multipart():
            continue
        ctype = part.get_content_type()
        if ctype.startswith("text/") or ctype == "message/delivery-status":
            payload = part.get_payload(decode=True) or b""
            out.append(payload.decode(part.get_content_charset() or "utf-8", "replace"))
        elif ctype in (DOCX_CT, XLSX_CT):
            with zipfile.ZipFile(io.BytesIO(part.get_payload(decode=True))) as z:
                for n in z.namelist():
                    out.append(z.read(n).decode("utf-8"))
        elif ctype == "application/pdf":
            out.append(part.get_payload(decode=True).decode("latin-1"))
    return out


def check(files: dict[str, bytes], labels: dict) -> None:
    errors: list[str] = []
    assert sorted(files) == sorted(labels), "labels.json keys differ from files"
    on_disk = sorted(p.name for p in OUT.glob("*.eml"))
    if on_disk != sorted(files):
        errors.append(f"stray files in {OUT}: {set(on_disk) ^ set(files)}")
    ids: dict[str, tuple[str, str]] = {}
    prev = None
    for i, name in enumerate(sorted(files)):
        assert re.fullmatch(r"\d{4}-[a-z0-9-]+\.eml", name), name
        assert int(name[:4]) == FIRST_NUMBER + i, name
        raw = files[name]
        if b"\r" in raw:
            errors.append(f"{name}: CR in file")
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        lab_ = labels[name]
        if name not in MALFORMED:
            for part in msg.walk():
                if part.defects:
                    errors.append(f"{name}: defects {part.defects}")
            for k, v in msg.items():
                if getattr(v, "defects", None):
                    errors.append(f"{name}: header {k} defects {v.defects}")
        date = parsedate_to_datetime(msg["Date"])
        if prev and date <= prev:
            errors.append(f"{name}: Date not after previous file")
        prev = date
        ids[msg["Message-ID"].strip()] = (name, lab_["kind"])
        # schema
        if set(lab_) != {"kind", "language", "elements", "facts", "notes"}:
            errors.append(f"{name}: label fields {set(lab_)}")
        if lab_["kind"] not in KINDS or lab_["language"] not in ("sv", "en"):
            errors.append(f"{name}: kind/language")
        if tuple(lab_["elements"]) != ELEMENT_KEYS or not all(
            isinstance(v, bool) for v in lab_["elements"].values()
        ):
            errors.append(f"{name}: elements")
        if tuple(lab_["facts"]) != FACT_KEYS:
            errors.append(f"{name}: facts keys")
        f = lab_["facts"]
        if lab_["kind"] in ("application", "followup"):
            if not isinstance(f["salary_costs"], bool) or not isinstance(
                f["physical_investment"], bool
            ):
                errors.append(f"{name}: salary/investment must be bool")
        else:
            if any(lab_["elements"].values()):
                errors.append(f"{name}: non-application with true element")
        if lab_["kind"] in ("autoreply", "bounce", "newsletter", "spam") and any(
            v is not None for v in f.values()
        ):
            errors.append(f"{name}: machine mail with facts")
        if f["org_number"] is not None and not luhn_ok(f["org_number"]):
            errors.append(f"{name}: org number {f['org_number']} fails Luhn")
        if f["contact_email"] is not None and not domain_ok(f["contact_email"].split("@")[1]):
            errors.append(f"{name}: contact_email domain")
        if not lab_["notes"] or len(lab_["notes"]) < 80:
            errors.append(f"{name}: notes too short")
        # every address used, in headers and in readable text
        blob = raw.decode("utf-8", "replace") + "\n".join(texts_of(msg))
        for m in re.finditer(r"[A-Za-z0-9._%+'-]+@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)", blob):
            if not domain_ok(m.group(1)):
                errors.append(f"{name}: address/domain {m.group(0)}")
        for m in re.finditer(r"\b(?:https?://|www\.)([A-Za-z0-9.-]+)", blob):
            if not domain_ok(m.group(1)) and m.group(1) != "schemas.openxmlformats.org":
                errors.append(f"{name}: url {m.group(0)}")
        if "2025" in msg["Date"] or "2027" in msg["Date"]:
            errors.append(f"{name}: year")
    # threading
    for name in sorted(files):
        if labels[name]["kind"] != "followup":
            continue
        msg = email.message_from_bytes(files[name], policy=email.policy.default)
        irt = (msg["In-Reply-To"] or "").strip()
        refs = (msg["References"] or "").split()
        if not re.match(r"(Re|RE|SV|Sv|Aw|AW):", str(msg["Subject"])):
            errors.append(f"{name}: followup subject {msg['Subject']}")
        apps = [r for r in refs if r in ids and ids[r][1] == "application" and ids[r][0] < name]
        if not apps:
            errors.append(f"{name}: References names no earlier application")
        if irt not in refs or not (irt in apps or irt.startswith("<kvitto-")):
            errors.append(f"{name}: In-Reply-To {irt} is neither the application nor its receipt")
    if errors:
        print("\n".join(errors))
        sys.exit(1)


def main() -> None:
    build_all()
    MAILS.sort(key=lambda m: m["date"])
    keys = [m["key"] for m in MAILS]
    assert len(set(keys)) == len(keys), "duplicate keys"
    OUT.mkdir(parents=True, exist_ok=True)
    for old in OUT.glob("*.eml"):
        old.unlink()
    files: dict[str, bytes] = {}
    labels: dict[str, dict] = {}
    for i, m in enumerate(MAILS):
        name = f"{FIRST_NUMBER + i:04d}-{m['slug']}.eml"
        files[name] = m["raw"]
        labels[name] = m["label"]
        (OUT / name).write_bytes(m["raw"])
    (OUT / "labels.json").write_text(
        json.dumps(labels, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
    )
    check(files, labels)
    kinds: dict[str, int] = {}
    for v in labels.values():
        kinds[v["kind"]] = kinds.get(v["kind"], 0) + 1
    apps = [v for v in labels.values() if v["kind"] == "application"]
    complete = sum(all(v["elements"].values()) for v in apps)
    missing = {k: sum(not v["elements"][k] for v in apps) for k in ELEMENT_KEYS}
    print(
        f"wrote {len(files)} mails to {OUT}: {kinds}; complete applications {complete}/{len(apps)}; missing {missing}"
    )


# ---------------------------------------------------------------- the mails


def build_all() -> None:
    batch1()
    batch2()
    batch3()
    batch4()
    batch5()
    batch6()
    batch7()
    batch8()
    batch9()
    batch10()


def batch1() -> None:
    # --- Q1 Gamleby: question, iso-8859-1 8bit
    message(
        "q-gamleby",
        "fraga-igen-gamleby",
        dt(1, 8, 10, 41),
        addr("Birgitta Holmqvist", "birgitta.holmqvist@example.com", "iso-8859-1", "Q"),
        "Fråga om att söka igen",
        text(
            "Hej!\n\n"
            "Jag är kassör i Gamleby Vävstuga. Vi fick pengar från idéslanten förra året till en\n"
            "studiecirkel i bandvävning, det blev jättebra och vi är tacksamma.\n\n"
            "Nu undrar några av oss om vi får söka igen i år till en fortsättning, eller om det bara\n"
            "går en gång per förening? Och är det något sista datum i år?\n\n"
            "Tacksam för svar\n"
            "Birgitta Holmqvist\n",
            charset="iso-8859-1",
        ),
        lab(
            "question",
            "sv",
            "",
            "Question from a treasurer asking whether the association may apply again after last year's grant and whether there is a deadline; it applies for nothing this year (no activity, budget or amount), so kind question with all elements false. Facts: the mail states the association, the signer from her own address and Gamleby. Tests an iso-8859-1 8bit body and a Q-encoded iso-8859-1 display name; the subject word 'söka' must not make it an application.",
            association_name="Gamleby Vävstuga",
            contact_name="Birgitta Holmqvist",
            contact_email="birgitta.holmqvist@example.com",
            ort="Gamleby",
        ),
    )

    # --- A1 Kristdala: shared mailbox, "Styrelsen", budget later -> missing contact, budget
    org1 = orgnr("802417390")
    application(
        "a-kristdala",
        "berattarkvallar-kristdala",
        dt(1, 12, 19, 5),
        addr("Kristdala Hembygdsförening", "hembygd.kristdala@example.org"),
        "Berättarkvällar i Kristdala",
        text(
            "Hej,\n\n"
            "Kristdala hembygdsförening vill söka idéslanten för 2026.\n\n"
            "Om oss: Föreningen bildades 1931 och har i dag ca 160 medlemmar, de flesta boende i "
            f"Kristdala socken. Vi förvaltar hembygdsgården vid kyrkan och Tingshuset. Org.nr {org1}.\n\n"
            "Vad vi vill göra: Fyra berättarkvällar i Tingshuset, en i månaden februari–maj "
            "(preliminärt torsdagarna 19/2, 19/3, 16/4 och 21/5 kl. 18.30). Äldre Kristdalabor berättar "
            "om hur det var att leva och arbeta i socknen – stenhuggeriet, mejeriet, skolan och alla "
            "affärer som fanns. Elever i åk 6 på Kristdala skola intervjuar berättarna och kvällarna "
            "spelas in. Inspelningarna hamnar i föreningens arkiv och blir till sommaren en ljudvandring "
            "genom byn, så att nyinflyttade och sommargäster lär känna orten. Kvällarna är öppna för "
            "alla, unga som gamla, kvinnor som män.\n\n"
            "Förankring: Förslaget kom upp på årsmötet i november där 27 medlemmar var med, och alla "
            "ställde sig bakom det. Kristdala skola (åk 6 och deras lärare) är med, och PRO Kristdala "
            "hjälper till med fika och med att hitta berättare.\n\n"
            "Budgeten är inte riktigt klar ännu, men vi räknar med att det landar på ungefär 12 000 kr. "
            "Vi återkommer med den.\n\n"
            "Hälsningar\n"
            "Styrelsen, Kristdala hembygdsförening\n",
            cte="quoted-printable",
        ),
        lab(
            "application",
            "sv",
            "avf",
            "Application from the association's shared mailbox signed only 'Styrelsen': association (name, founded 1931, 160 members, org.nr), a concrete activity (four dated storytelling evenings, recorded by pupils, a sound walk for newcomers) and anchoring (annual meeting of 27 backed it, school and PRO take part) are given; contact is false because no person is named and the mailbox is shared, so contact_* are null. Budget is false: 'budgeten är inte klar', only a rough total – which still counts as amount_sek 12000. Quoted-printable utf-8.",
            association_name="Kristdala hembygdsförening",
            org_number=org1,
            members=160,
            ort="Kristdala",
            amount_sek=12000,
            women_and_men=True,
        ),
        case="2026-0004",
        missing=["contact", "budget"],
    )

    # --- F1a Kristdala: top-posted point-by-point answer
    a = APPS["a-kristdala"]
    message(
        "f-kristdala",
        "svar-punkter-kristdala",
        dt(1, 15, 9, 12),
        addr("Gunnel Svensson", "gunnel.svensson@example.com"),
        a["receipt_subject"],
        text(
            "Hej!\n"
            "Jag är sekreterare i hembygdsföreningen och svarar på era punkter:\n\n"
            "1. Kontaktperson: Gunnel Svensson, gunnel.svensson@example.com, tel 0491-214 37 (kvällar) "
            "eller 070-614 22 58\n"
            "2. Budget:\n"
            "   Hyra Tingshuset 4 kvällar à 500 kr – 2 000 kr\n"
            "   Arvode till inhyrd ljudtekniker som spelar in och klipper (faktura från hans firma) – 4 500 kr\n"
            "   Hyra av inspelningsutrustning – 1 900 kr\n"
            "   Tryck av affischer och folder till ljudvandringen – 1 800 kr\n"
            "   Fika 4 kvällar à 450 kr – 1 800 kr\n"
            "   Summa: 12 000 kr\n\n"
            "Hör av er om något mer behövs.\n\n"
            "Gunnel Svensson\n"
            "Sekreterare, Kristdala hembygdsförening\n\n" + quoted_receipt("a-kristdala", "gmail"),
            cte="quoted-printable",
        ),
        lab(
            "followup",
            "sv",
            "cb",
            "Top-posted reply that answers the receipt's list point by point ('1. Kontaktperson: … 2. Budget: …'): contact (named person, own address, two phones – the first, 0491-214 37, is recorded) and budget (five items summing to 12 000) are supplied. The association is only named in the signature, with nothing about it, so association is false; activity and anchoring are not repeated. The hired sound technician is invoiced from his firm (a fee, not salary); renting recording gear is not an investment. The quoted receipt lists 'Kontaktperson'/'Budget' but must not count.",
            association_name="Kristdala hembygdsförening",
            contact_name="Gunnel Svensson",
            contact_email="gunnel.svensson@example.com",
            contact_phone="0491-214 37",
            ort="Kristdala",
            amount_sek=12000,
        ),
        **thread("a-kristdala"),
    )


def batch2() -> None:
    # --- A2 Figeholm: budget "in a separate mail" -> missing budget; windows-1252 QP
    org2 = orgnr("802433561")
    application(
        "a-figeholm",
        "studieresa-figeholm",
        dt(1, 19, 14, 1),
        addr("Anders Lind", "anders.lind@example.net"),
        "Ansökan idéslanten – studieresa Figeholm",
        text(
            "Hej!\n\n"
            "Figeholms Samhällsförening ansöker härmed om bidrag ur idéslanten.\n\n"
            "Föreningen: ideell förening för alla boende i Figeholm med omnejd, 85 medlemmar "
            f"(hushåll räknas som en medlem). Org.nr {org2}. Vi driver bl.a. badplatsen och midsommarfirandet.\n\n"
            "Aktiviteten: En studieresa lördag 18 april till Ankarsrum, där bygden sedan några år driver "
            "lanthandeln som kooperativ. Vi vill lära oss hur de organiserade det, eftersom vår egen affär "
            "i Figeholm riskerar att stänga när nuvarande handlare går i pension 2027. Ca 30 deltagare, både "
            "kvinnor och män, unga och äldre. På kvällen efter resan har vi ett öppet möte i Folkets hus där "
            "vi berättar vad vi lärt oss och diskuterar om ett kooperativ är något för Figeholm.\n\n"
            "Förankring: Frågan om affären var huvudpunkt på byamötet 23 november (ca 70 personer). Mötet gav "
            "samhällsföreningen i uppdrag att undersöka kooperativspåret. Figeholms Båtklubb och Figeholms IF "
            "står bakom och har anmält deltagare.\n\n"
            "Vi söker ca 9 000 kr. Budgeten skickar jag i ett separat mejl, den ligger i ett Excelark hos kassören.\n\n"
            "Kontakt: Anders Lind, ordförande, 070-322 81 45\n\n"
            "Med vänlig hälsning\n"
            "Anders Lind\n"
            "Figeholms Samhällsförening\n",
            charset="windows-1252",
            cte="quoted-printable",
        ),
        lab(
            "application",
            "sv",
            "acvf",
            "Well-structured application missing only the budget: it says the budget comes 'i ett separat mejl' and gives one rough figure (ca 9 000 kr), which is amount_sek but not a budget. Association (name, 85 members, org.nr, what it does), contact (named chairman from own address with phone), concrete activity (dated study trip to the village-shop co-operative in Ankarsrum plus an open evening meeting) and anchoring (village meeting of ~70 gave the mandate; boat club and IF back it) are present. windows-1252 quoted-printable body; the trip goes to another locality but the application concerns Figeholm.",
            association_name="Figeholms Samhällsförening",
            org_number=org2,
            contact_name="Anders Lind",
            contact_email="anders.lind@example.net",
            contact_phone="070-322 81 45",
            members=85,
            ort="Figeholm",
            amount_sek=9000,
            women_and_men=True,
        ),
        case="2026-0006",
        missing=["budget"],
    )

    # --- F2a Figeholm: reply that only attaches an .xlsx
    a = APPS["a-figeholm"]
    sheet = xlsx(
        [
            ["Budget studieresa Ankarsrum 18/4", ""],
            ["Post", "Kr"],
            ["Buss Figeholm–Ankarsrum t/r (offert)", 5200],
            ["Guidning och föredrag, kooperativet", 1500],
            ["Fika förmiddag", 900],
            ["Hyra Folkets hus, kvällsmöte", 600],
            ["Affischer och annons", 800],
            ["Summa", 9000],
        ]
    )
    message(
        "f-figeholm",
        "bara-bilaga-figeholm",
        dt(1, 20, 21, 47),
        addr("Anders Lind", "anders.lind@example.net"),
        a["receipt_subject"],
        multipart(
            "mixed",
            [
                text(
                    "\n\n" + quote(attribution("apple", a["receipt_date"]) + "\n\n" + a["receipt"]),
                    flowed=False,
                ),
                attachment("Budget studieresa.xlsx", XLSX_CT, sheet),
            ],
            "Apple-Mail=_6E0C2B1A-4F7D-4A51-9C1E-2B7F3D8A0F42",
        ),
        lab(
            "followup",
            "sv",
            "b",
            "Reply that only attaches a file: the text part holds nothing but the quoted receipt (Apple Mail style, '>' including the attribution line), and an .xlsx budget (five items, Summa 9 000) is attached. Budget is true from the attachment and amount_sek 9000 from its total. Contact is false: the mail is not signed, the name appears only in the From header, so contact_* are null. Tests that a reply with no new words still supplies an element via a readable attachment, and that the quoted 'Vi saknar följande' is ignored.",
            ort="Figeholm",
            amount_sek=9000,
        ),
        **thread("a-figeholm"),
    )

    # --- A3 Gullabo: complete, elderly writer, multipart/alternative
    org3 = orgnr("802391275")
    body3 = (
        "Hej på er i Kalmar.\n\n"
        "Undertecknad är ordförande i Gullabo byalag sedan många år och skriver nu för att söka den så kallade idéslanten.\n\n"
        "Byalaget är en ideell förening som bildades 1978 och har idag 38 betalande medlemmar. Vi sköter bl a "
        f"badplatsen vid ån och ordnar valborg och julmarknad. Orgnummer {org3}.\n\n"
        "Nu till saken. Sedan skolan lades ner och bussen drogs in på helgerna har det pratats mycket om vart byn är "
        "på väg. Vi vill därför ordna tre dialogkvällar i bygdegården under våren (5 mars, 9 april och 7 maj) med "
        'rubriken "Gullabo 2035". Första kvällen kommer en föreläsare från Hushållningssällskapet och berättar om hur '
        "andra byar har gjort, andra kvällen pratar vi boende och tomter med en tjänsteman från kommunen, och tredje "
        "kvällen tar vi fram en handlingsplan tillsammans. Kvällarna är öppna för alla i byn, kvinnor som män, unga som "
        "gamla, och frivilliga från IF:et passar barnen så att småbarnsföräldrar också kan komma.\n\n"
        "Förankringen: på byastämman i november var vi 41 personer som enades om att det här är det viktigaste just nu. "
        "Vi har också delat ut en enkät i alla brevlådor (112 hushåll, 64 svar) där boende och kommunikationer kom högst. "
        "Gullabo IF och Gullabo missionsförsamling är med och ordnar fika och lokal.\n\n"
        "Budget\n"
        "Föreläsare, arvode och resa: 2 x 3 000 kr = 6 000 kr\n"
        "Fika 3 kvällar: 1 500 kr\n"
        "Material (blädderblock, pennor, utskrifter): 600 kr\n"
        "Annonsering i lokaltidningen och affischer: 800 kr\n"
        "Summa: 8 900 kr\n\n"
        "Kontaktperson är undertecknad, Bengt Ek, telefon 0486-411 52 eller mobil 070-588 14 07.\n\n"
        "Med vänliga hälsningar\n"
        "Bengt Ek\n"
        "ordf. Gullabo byalag\n"
    )
    html3 = (
        "<html><body>"
        + "".join(f"<p>{p.replace(chr(10), '<br>')}</p>" for p in body3.split("\n\n"))
        + "</body></html>"
    )
    application(
        "a-gullabo",
        "dialogkvallar-gullabo",
        dt(1, 26, 16, 33),
        addr("Bengt Ek", "bengt.ek@example.com"),
        "Ansökan om bygdepeng, Gullabo byalag",
        multipart(
            "alternative",
            [text(body3, cte="quoted-printable"), text(html3, "html", cte="quoted-printable")],
            "----=_Part_118_904411.1769441580000",
        ),
        lab(
            "application",
            "sv",
            "acvfb",
            "Complete application in an elderly chairman's formal style, multipart/alternative: association (founded 1978, 38 members, org.nr), contact (signer Bengt Ek from own address, first phone 0486-411 52), a concrete activity (three dated dialogue evenings 'Gullabo 2035' with lecturer, municipal officer, action plan), strong anchoring (village meeting of 41, mailbox survey 64 of 112 households, IF and congregation) and a budget with four items totalling 8 900. Volunteers mind the children, so no salary; lecturer's fee is not salary.",
            association_name="Gullabo byalag",
            org_number=org3,
            contact_name="Bengt Ek",
            contact_email="bengt.ek@example.com",
            contact_phone="0486-411 52",
            members=38,
            ort="Gullabo",
            amount_sek=8900,
            women_and_men=True,
        ),
        case="2026-0009",
        missing=[],
    )

    # --- Q2 Mörlunda: HTML-only question proposing an equipment purchase
    message(
        "q-morlunda",
        "fraga-projektor-morlunda",
        dt(1, 29, 20, 14),
        addr("Jonas Karlsson", "jonas.karlsson@example.org"),
        "Får man köpa projektor?",
        text(
            '<!DOCTYPE html><html><head><meta charset="utf-8"></head><body>'
            "<div>Hej</div><div><br></div>"
            "<div>Vi i Mörlunda bygdegårdsförening funderar på att söka idéslanten till filmkvällar i bygdegården "
            "till hösten. Går det att <b>köpa</b> en projektor och duk för pengarna (runt 8 000 kr) eller måste vi hyra?</div>"
            "<div><br></div><div>Vi är ca 60 medlemmar om det spelar roll.</div><div><br></div>"
            "<div>Mvh Jonas Karlsson<br>kassör</div></body></html>",
            "html",
            cte="quoted-printable",
        ),
        lab(
            "question",
            "sv",
            "",
            "HTML-only question whether the grant may buy a projector and screen (~8 000 kr) for film evenings; no application is made (no activity plan, budget, anchoring), so kind question, all elements false. Since the question itself proposes buying equipment, physical_investment is true; salary_costs stays null. The 8 000 is a price asked about, not an amount applied for, so amount_sek is null. Members 60 is stated ('ca 60 medlemmar').",
            association_name="Mörlunda bygdegårdsförening",
            contact_name="Jonas Karlsson",
            contact_email="jonas.karlsson@example.org",
            members=60,
            ort="Mörlunda",
            physical_investment=True,
        ),
    )

    # --- F3a Gullabo: reply from the spouse's address
    a = APPS["a-gullabo"]
    message(
        "f-gullabo",
        "svar-fran-frun-gullabo",
        dt(2, 2, 8, 6),
        addr("Karin Ek", "karin.ek@example.com", "windows-1252", "Q"),
        "SV: " + a["receipt_subject"],
        text(
            "Hej!\n\n"
            "Det är Karin Ek, Bengts fru, som skriver från min mejl. Bengt ramlade på isen i fredags och har brutit "
            "handleden, så han kan varken skriva eller köra bil på ett tag. Han bad mig meddela att ni ska kontakta "
            "mig i stället om ansökan för byalaget – jag sitter som sekreterare i styrelsen så jag har koll på allt.\n\n"
            "Jag nås på 073-912 40 66 eller den här adressen.\n\n"
            "Vänliga hälsningar\n"
            "Karin Ek\n"
            "Gullabo byalag\n\n" + outlook_header(a, "Bengt Ek") + "\n" + a["receipt"],
            charset="windows-1252",
            cte="8bit",
        ),
        lab(
            "followup",
            "sv",
            "c",
            "Reply to the (complete) receipt from the applicant's spouse at her own address, Outlook-style quote header without '>' prefixes: she names herself as the new contact person with phone and e-mail, so contact is true with her details (contact_email is her From address). Nothing else is supplied; 'Gullabo byalag' under her name is only a name, so association is false. windows-1252 8bit body, Q-encoded windows-1252 display name. Tests that a different sender in the thread still counts as a followup.",
            association_name="Gullabo byalag",
            contact_name="Karin Ek",
            contact_email="karin.ek@example.com",
            contact_phone="073-912 40 66",
            ort="Gullabo",
        ),
        **thread("a-gullabo"),
    )


def batch3() -> None:
    # --- A4 Bergkvara: complete, base64 body
    org4 = orgnr("802450118")
    application(
        "a-bergkvara",
        "hamnens-dag-bergkvara",
        dt(2, 4, 13, 20),
        addr("Lena Holm", "lena.holm@example.net"),
        "Idéslanten: Hamnens dag i Bergkvara 13 juni",
        text(
            "Hej,\n\n"
            f"Bergkvara Hamnförening (org.nr {org4}) söker härmed 14 500 kr ur idéslanten.\n\n"
            "Om föreningen: Vi är en ideell förening med 64 medlemmar – fritidsfiskare, båtägare, boende runt "
            "hamnen och några företagare. Vi sköter gästhamnen och hamnfesten.\n\n"
            'Aktivitet: Lördag 13 juni ordnar vi "Hamnens dag", ett öppet dialogmöte i tält på kajen om hur den '
            "gamla hamnplanen ska användas när kommunen säljer magasinet. Förmiddag: föredrag av en inhyrd "
            "föreläsare som arbetat med hamnomvandling i andra små kustorter. Eftermiddag: samtal i grupper "
            "medan barnen fiskar krabba. Kväll: sill och musik. Det som kommer fram lämnas till kommunen som "
            "medborgarförslag. Dagen riktar sig till alla i Bergkvara, kvinnor som män, och till sommargästerna.\n\n"
            "Förankring: Beslut på medlemsmötet 20 januari. Vi gör dagen tillsammans med Bergkvara IF (som "
            "sköter grillen) och Bergkvara byalag (som delar ut inbjudan i alla brevlådor). 12 frivilliga har "
            "redan anmält sig.\n\n"
            "Budget:\n"
            "Hyra tält ............................ 3 500\n"
            "Föreläsare, arvode + resa ............ 5 000\n"
            "Annonser/affischer ................... 2 000\n"
            "Fika och sill ........................ 2 500\n"
            "Hyra ljudanläggning .................. 1 500\n"
            "Totalt                               14 500 kr\n\n"
            "Kontaktperson: Lena Holm, kassör, 070-455 19 82, lena.holm@example.net\n\n"
            "Hälsningar\nLena\n",
            cte="base64",
        ),
        lab(
            "application",
            "sv",
            "acvfb",
            "Complete application, utf-8 base64 body: association (64 members, what it does, org.nr), contact (Lena Holm with phone and e-mail, own address), concrete activity (dated open dialogue day on the harbour's future with lecturer and group talks, result to the municipality), anchoring (members' meeting decision, IF and byalag co-organise, 12 volunteers) and a dotted-leader budget of five items totalling 14 500 = the amount applied for. Tent and sound system are rented, not investments. A later followup (the correction) lowers the amount; this file keeps 14 500.",
            association_name="Bergkvara Hamnförening",
            org_number=org4,
            contact_name="Lena Holm",
            contact_email="lena.holm@example.net",
            contact_phone="070-455 19 82",
            members=64,
            ort="Bergkvara",
            amount_sek=14500,
            women_and_men=True,
        ),
        case="2026-0011",
        missing=[],
    )

    # --- AR1 Bergkvara: out-of-office answering the receipt, with Auto-Submitted
    a = APPS["a-bergkvara"]
    message(
        "ar-bergkvara",
        "franvaro-bergkvara",
        dt(2, 4, 13, 23, 5),
        addr("Lena Holm", "lena.holm@example.net"),
        "Frånvaromeddelande: " + a["receipt_subject"],
        text(
            "Hej!\n\nJag är bortrest till och med måndag 9 februari och läser inte min e-post.\n"
            "Gäller det gästhamnen, ring hamnkaptenen på 0486-210 40.\n\nVänliga hälsningar\nLena Holm\n",
            cte="quoted-printable",
        ),
        lab(
            "autoreply",
            "sv",
            "",
            "Out-of-office reply to the bot's receipt from the applicant's own address, with Auto-Submitted: auto-replied and In-Reply-To/References naming the receipt and the application. It is in the thread and signed by the applicant, but it is a machine answer: kind autoreply, all elements false and every fact null. The bot must not answer it.",
        ),
        in_reply_to=a["receipt_id"],
        references=[a["msgid"], a["receipt_id"]],
        extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
    )

    # --- A5 Löttorp: young writer, lowercase; missing anchoring, budget
    org5 = orgnr("802478224")
    application(
        "a-lottorp",
        "valkomstkvallar-lottorp",
        dt(2, 9, 22, 51),
        addr("Maja Öberg", "maja.oberg@example.com"),
        "ansökan välkomstkvällar löttorp",
        text(
            "hej!\n\n"
            "vi i Löttorps Byaförening vill söka idéslanten 🙂 föreningen har 52 medlemmar och jobbar för att det "
            f"ska finnas liv i löttorp året runt (org nr {org5})\n\n"
            "vi tänker ordna tre välkomstkvällar för nyinflyttade i bygdegården, torsdagarna 16 april, 7 maj och "
            "28 maj. varje kväll: guidad promenad i byn kl 17, sen soppa och så presenterar sig byns föreningar "
            "(IF:et, hembygdsföreningen, PRO och scouterna) så att de nya hittar in och kanske vill engagera sig. "
            "sista kvällen kommer en föreläsare och pratar om att starta företag på norra öland. det har flyttat in "
            "typ 20 familjer på två år men många känner ingen. alla är välkomna, tjejer och killar, unga och gamla\n\n"
            "vi tror verkligen att många kommer uppskatta det och att det behövs!!\n\n"
            "vi söker 15 000 kr\n\n"
            "/maja öberg, sekreterare\n"
            "073-281 55 04\n",
            flowed=True,
        ),
        lab(
            "application",
            "sv",
            "acv",
            "Lower-case, emoji, few full stops. Association (named, 52 members, purpose, org nr), contact (signer Maja Öberg from own address with phone) and a concrete activity (three dated welcome evenings: walk, soup, local associations present themselves, a lecture) are given. Anchoring is false: the listed associations are who will present, not backers, and the rest is a described need and a hope ('vi tror att många kommer uppskatta det'). Budget false: bare total 'vi söker 15 000 kr', which is amount_sek. 'tjejer och killar' -> women_and_men true. utf-8 8bit format=flowed.",
            association_name="Löttorps Byaförening",
            org_number=org5,
            contact_name="Maja Öberg",
            contact_email="maja.oberg@example.com",
            contact_phone="073-281 55 04",
            members=52,
            ort="Löttorp",
            amount_sek=15000,
            women_and_men=True,
        ),
        case="2026-0013",
        missing=["anchoring", "budget"],
        variant=1,
    )

    # --- F4a Bergkvara: "the previous mail was wrong" – corrected budget and amount
    message(
        "f-bergkvara",
        "rattelse-belopp-bergkvara",
        dt(2, 10, 7, 58),
        addr("Lena Holm", "lena.holm@example.net"),
        a["receipt_subject"],
        text(
            "Hej igen!\n\n"
            "Nu är jag hemma och ser att det blev fel i budgeten jag skickade. Jag hade tagit med tältet från förra "
            "årets offert, men vi får låna IF:ets tält gratis, och ljudanläggningen blev billigare. Däremot behöver "
            "vi hyra en toalettvagn. Rätt budget:\n\n"
            "Föreläsare, arvode + resa   5 000\n"
            "Annonser/affischer          2 000\n"
            "Fika och sill               2 500\n"
            "Hyra ljudanläggning         1 000\n"
            "Hyra toalettvagn            1 500\n"
            "Summa                      12 000 kr\n\n"
            "Vi söker alltså 12 000 kr och inte 14 500 kr som det stod i förra mejlet. Ber om ursäkt för strulet!\n\n"
            "Lena Holm\nBergkvara Hamnförening\n070-455 19 82\n\n"
            + quoted_receipt("a-bergkvara", "gmail"),
            cte="quoted-printable",
        ),
        lab(
            "followup",
            "sv",
            "cb",
            "Correction: the sender says the previous mail was wrong and gives a new budget (five items, Summa 12 000) and says the applied amount is 12 000, not 14 500. Budget true, amount_sek 12000 (the corrected figure; 14 500 appears only as the wrong old one). Contact true: signed with name and phone from her own address. The association is only named in the signature. Renting a toilet trailer and sound system is not an investment.",
            association_name="Bergkvara Hamnförening",
            contact_name="Lena Holm",
            contact_email="lena.holm@example.net",
            contact_phone="070-455 19 82",
            ort="Bergkvara",
            amount_sek=12000,
        ),
        **thread("a-bergkvara"),
    )


def batch4() -> None:
    # --- A6 Alsterbro: shared mailbox, "Styrelsen", costs later -> missing contact, budget
    org6 = orgnr("802402113")
    application(
        "a-alsterbro",
        "mat-fran-bygden-alsterbro",
        dt(2, 12, 10, 15),
        addr("Alsterbro Intresseförening", "info.alsterbro@example.org", "iso-8859-1", "Q"),
        "Ansökan om idéslanten 2026",
        text(
            "Till Region Kalmar län, landsbygdsutveckling\n\n"
            "ANSÖKAN OM IDÉSLANTEN 2026\n\n"
            f"Sökande: Alsterbro Intresseförening, org.nr {org6}, bildad 1994. Föreningen har 110 medlemmar och "
            "arbetar för service, boende och trivsel i Alsterbro med omnejd.\n\n"
            'Aktivitet: Studiecirkeln "Mat från bygden" - fem träffar i skolans matsal (mars-maj) om lokal '
            "matproduktion, där byns odlare, jägare och biodlare delar med sig av sina kunskaper, samt ett "
            "studiebesök på ett gårdsmejeri i Mortorp. Målet är att starta en REKO-utlämning i Alsterbro så att "
            "lokala producenter får avsättning och byborna kan köpa närproducerad mat. Cirkeln vänder sig till "
            "alla, kvinnor som män.\n\n"
            "Förankring: Under hösten gick en enkät ut till alla 120 hushåll i byn; 63 svarade och 41 av dem vill "
            "kunna köpa lokal mat. Alsterbro jaktlag och odlarföreningen Gröna Alsterbro medverkar som cirkelledare.\n\n"
            "Vi återkommer med kostnaderna när vi har fått offert på bussen.\n\n"
            "Med vänlig hälsning\n"
            "Styrelsen\n"
            "Alsterbro Intresseförening\n",
            charset="iso-8859-1",
            cte="quoted-printable",
        ),
        lab(
            "application",
            "sv",
            "avf",
            "Formal application from the association's shared info mailbox signed 'Styrelsen': association (org.nr, founded 1994, 110 members, purpose), concrete activity (five study-circle meetings on local food plus a farm-dairy visit, aim a REKO pick-up point) and anchoring (survey of 120 households with 63 answers, hunting club and growers' association lead the circle). Contact false (no named person, shared mailbox) and budget false ('vi återkommer med kostnaderna'), no amount. iso-8859-1 quoted-printable, Q-encoded iso-8859-1 From name.",
            association_name="Alsterbro Intresseförening",
            org_number=org6,
            members=110,
            ort="Alsterbro",
            women_and_men=True,
        ),
        case="2026-0015",
        missing=["contact", "budget"],
    )

    # --- F6a Alsterbro: "is the application complete now?" – supplies nothing
    a = APPS["a-alsterbro"]
    message(
        "f-alsterbro-1",
        "ar-den-komplett-alsterbro",
        dt(2, 13, 11, 2),
        addr("Alsterbro Intresseförening", "info.alsterbro@example.org", "iso-8859-1", "Q"),
        "SV: " + a["receipt_subject"],
        text(
            "Hej!\n"
            "Vi fick ert mejl men förstår inte riktigt. Är ansökan komplett nu? Vi skickade ju allt vi hade.\n"
            "Mvh Styrelsen Alsterbro Intresseförening\n\n"
            "-----Ursprungligt meddelande-----\n"
            f"Från: {BOT_NAME} <{BOT}>\n"
            f"Skickat: den {a['receipt_date'].day} februari 2026 {a['receipt_date']:%H:%M}\n"
            "Till: info.alsterbro@example.org\n"
            f"Ämne: {a['receipt_subject']}\n\n" + a["receipt"],
            charset="windows-1252",
            cte="quoted-printable",
        ),
        lab(
            "followup",
            "sv",
            "",
            "Reply in the thread that only asks whether the application is now complete; it supplies nothing, so every element is false (the quoted receipt below '-----Ursprungligt meddelande-----' lists Kontaktperson and Budget, which must not count). Signed 'Styrelsen' from the shared mailbox, so no contact. Still a followup (Re/SV subject, In-Reply-To the receipt), not a question about the grant. Tests that a followup may add nothing.",
            association_name="Alsterbro Intresseförening",
            ort="Alsterbro",
        ),
        **thread("a-alsterbro"),
    )

    # --- F5a Löttorp: forwards a letter of support from another association
    a = APPS["a-lottorp"]
    message(
        "f-lottorp-1",
        "stodbrev-lottorp",
        dt(2, 16, 12, 30),
        addr("Maja Öberg", "maja.oberg@example.com"),
        a["receipt_subject"],
        text(
            "hej igen! här kommer stödbrevet från IF:et, hoppas det räcker som förankring\n\n"
            "/Maja Öberg\n\n"
            "---------- Forwarded message ---------\n"
            "Från: Löttorps IF <styrelsen.lottorpsif@example.com>\n"
            "Date: mån 16 feb. 2026 kl 11:02\n"
            "Subject: Stödbrev välkomstkvällar\n"
            "To: Maja Öberg <maja.oberg@example.com>\n\n"
            "Till Region Kalmar län\n\n"
            "Löttorps IF ställer sig helt bakom Löttorps Byaförenings välkomstkvällar för nyinflyttade. Vi tog upp "
            "saken på styrelsemötet den 10 februari och beslutade att låna ut klubbstugan till den andra kvällen, att "
            "sex av våra ledare är med som värdar och att vi presenterar fotbollen och gymnastiken för de nya "
            "familjerna. Flera av de nyinflyttade barnen har redan börjat hos oss, och vi ser kvällarna som ett sätt "
            "att få med föräldrarna också.\n\n"
            "Löttorp den 16 februari 2026\n"
            "För Löttorps IF\n"
            "Karl-Erik Sjöberg, ordförande\n\n" + quoted_receipt("a-lottorp", "gmail"),
        ),
        lab(
            "followup",
            "sv",
            "cf",
            "Reply that forwards a letter of support from another local association (Gmail 'Forwarded message' block): the forwarded letter is new content sent to the officer and gives concrete anchoring (the IF's board decided to lend its clubhouse and provide six hosts), so anchoring is true. Contact true: signed 'Maja Öberg' from her own address (no phone in this mail). Association false: Löttorps IF is a supporter, not the applicant; the applicant is only named. The forwarded letter's signer is not the contact person. Budget still missing.",
            association_name="Löttorps Byaförening",
            contact_name="Maja Öberg",
            contact_email="maja.oberg@example.com",
            ort="Löttorp",
        ),
        **thread("a-lottorp"),
    )

    # --- A7 Påryd: newcomers' simple Swedish; vague activity, no budget
    org7 = orgnr("802521338")
    application(
        "a-paryd",
        "grannar-paryd",
        dt(2, 17, 19, 10),
        addr("Joost van Dijk", "joost.vandijk@example.net"),
        "Ansökan pengar Påryds Grannar",
        text(
            "Hej\n\n"
            "Vi är förening Påryds Grannar, ideell förening för gamla och nya invånare i Påryd. Vi har 23 medlemmar, "
            "många är från Nederländerna och Tyskland och flyttat hit senaste fem år, och några är född här. "
            f"Orgnr {org7}.\n\n"
            "Vi vill söka pengar för att göra träffar för att lära känna varandra bättre och göra byn bättre.\n\n"
            "Vi hade möte i Påryds skola den 2 februari och 30 personer kom, både svenska och nya. Alla tyckte det är "
            "bra idé att vi gör detta, och Påryds hembygdsförening vill hjälpa oss med lokal.\n\n"
            "Kontakt: Joost van Dijk, 076-118 90 23, joost.vandijk@example.net\n\n"
            "Med vänliga hälsningar\n"
            "Joost van Dijk\n",
            cte="quoted-printable",
        ),
        lab(
            "application",
            "sv",
            "acf",
            "Application in learner's Swedish: association (named, 23 members, who they are, org.nr), contact (Joost van Dijk with phone and e-mail), anchoring (a meeting in the school on 2 February with 30 residents backed it, the local heritage society offers a venue). Activity is false: 'träffar för att lära känna varandra och göra byn bättre' has no what/when/how. Budget false and no amount. The English followup supplies both.",
            association_name="Påryds Grannar",
            org_number=org7,
            contact_name="Joost van Dijk",
            contact_email="joost.vandijk@example.net",
            contact_phone="076-118 90 23",
            members=23,
            ort="Påryd",
        ),
        case="2026-0016",
        missing=["activity", "budget"],
    )

    # --- F6b Alsterbro: a named person answers with contact + prose budget
    a = APPS["a-alsterbro"]
    message(
        "f-alsterbro-2",
        "svar-kostnader-alsterbro",
        dt(2, 18, 18, 40),
        addr("Eva Nygren", "eva.nygren@example.org"),
        "Re: " + a["receipt_subject"],
        text(
            "Hej,\n\n"
            "Jag heter Eva Nygren och är ordförande i intresseföreningen. Styrelsen bad mig svara eftersom ni behöver "
            "en kontaktperson, och det blir alltså jag: eva.nygren@example.org eller 070-266 31 09.\n\n"
            "Nu har vi fått offert på bussen, så här är kostnaderna för cirkeln: arvode till två externa "
            "cirkelledare 2 x 2 000 = 4 000 kr (övriga leder ideellt), buss till gårdsmejeriet i Mortorp 3 500 kr, "
            "råvaror till provlagningen 1 500 kr och hyra av skolans matsal 5 x 300 = 1 500 kr. Totalt 10 500 kr.\n\n"
            "Vänligen\n"
            "Eva Nygren\n\n" + quoted_receipt("a-alsterbro", "gmail"),
            cte="quoted-printable",
        ),
        lab(
            "followup",
            "sv",
            "cb",
            "Second reply in the Alsterbro thread, this time from the chair at her own address: she names herself as contact person (e-mail and phone) and gives the budget as prose with four items and a total of 10 500, so contact and budget are true and amount_sek 10500. Circle leaders' fees are not salary; food ingredients are consumables. Tests a budget written inside a sentence rather than as a list.",
            contact_name="Eva Nygren",
            contact_email="eva.nygren@example.org",
            contact_phone="070-266 31 09",
            ort="Alsterbro",
            amount_sek=10500,
        ),
        **thread("a-alsterbro"),
    )


def batch5() -> None:
    # --- F7a Påryd: reply in English to a Swedish receipt
    a = APPS["a-paryd"]
    message(
        "f-paryd",
        "reply-english-paryd",
        dt(2, 20, 20, 55),
        addr("Joost van Dijk", "joost.vandijk@example.net"),
        "Re: " + a["receipt_subject"],
        text(
            "Hi,\n\n"
            "Sorry, my Swedish is not good enough for writing this, so I answer in English. I hope that is OK.\n\n"
            'Activity: We will hold six "language café" evenings in Påryd bygdegård, every second Tuesday from '
            "10 March to 19 May, 18.30-20.30. Newcomers practise Swedish with people who have lived here all their "
            "lives, and every evening has a theme - the history of the village, the forest, the local associations, "
            "how things work at the municipality. One evening a guest speaker from the municipality talks about jobs "
            "and starting a business. The goal is that the newcomers stay in Påryd and join the associations, so "
            "that the village gets people who can take over when older members step down. Open to everyone, men "
            "and women.\n\n"
            "Budget:\n"
            "Rent of the bygdegård, 6 evenings x 500 SEK = 3 000\n"
            "Fee for the guest speaker = 2 000\n"
            "Coffee and food, 6 x 400 = 2 400\n"
            "Printing flyers (Swedish/English/Dutch) = 600\n"
            "Total: 8 000 SEK\n\n"
            "Kind regards,\n"
            "Joost van Dijk\n"
            "Påryds Grannar\n"
            "076-118 90 23\n\n"
            + attribution("tbird_en", a["receipt_date"])
            + "\n"
            + quote(a["receipt"]),
            flowed=True,
        ),
        lab(
            "followup",
            "en",
            "cvb",
            "Reply written in English to the Swedish receipt (Thunderbird 'On … wrote:' attribution): it supplies the concrete activity (six dated language-café evenings with themes and a guest speaker, aimed at keeping newcomers in the village) and a budget (four items, total 8 000 SEK), and is signed by the contact from his own address with phone. Association is only a name in the signature. Language en even though the quoted receipt is Swedish. 'men and women' -> women_and_men true.",
            association_name="Påryds Grannar",
            contact_name="Joost van Dijk",
            contact_email="joost.vandijk@example.net",
            contact_phone="076-118 90 23",
            ort="Påryd",
            amount_sek=8000,
            women_and_men=True,
        ),
        **thread("a-paryd"),
    )

    # --- Q3 Läckeby: English question
    message(
        "q-lackeby",
        "question-informal-group-lackeby",
        dt(2, 23, 9, 27),
        addr("Sarah Whitfield", "sarah.whitfield@example.com"),
        "Question about idéslanten for an informal group",
        text(
            "Hello,\n\n"
            "I moved to Läckeby with my family last year. Some of us parents would like to start an outdoor "
            "playgroup and a monthly swap market at the old school yard. There are 14 of us in the group, but we "
            "are not a registered association and have no organisation number.\n\n"
            "Can an informal group like ours apply for idéslanten, or do we have to form an association first? "
            "And do all members have to live in Läckeby itself, or does Rockneby count too?\n\n"
            "Thank you in advance!\n"
            "Sarah Whitfield\n",
            cte="quoted-printable",
        ),
        lab(
            "question",
            "en",
            "",
            "Question in English whether an informal group without an organisation number may apply and whether members must live in the village; the playgroup idea is only background, no application is made (no budget, no plan), so kind question and all elements false. Facts as stated: signer from her own address, 14 in the group, Läckeby; salary/investment null since none is proposed.",
            contact_name="Sarah Whitfield",
            contact_email="sarah.whitfield@example.com",
            members=14,
            ort="Läckeby",
        ),
    )

    # --- A8 Storebro: unnamed group, budget later -> missing association, budget
    application(
        "a-storebro",
        "reparationskafe-storebro",
        dt(2, 24, 21, 12),
        addr("Sofia Berg", "sofia.berg@example.com"),
        "Reparationskaféer i Storebro – ansökan",
        text(
            "Hej!\n\n"
            "Vi är några i Storebro som vill starta reparationskaféer – tre lördagar i höst (12 sept, 10 okt och "
            "14 nov) i Folkets hus. Dit kan vem som helst komma med trasiga cyklar, kläder, lampor och "
            "småelektronik, och byns händiga pensionärer och ungdomar hjälper till att laga dem tillsammans. Det "
            "blir fika och en byteshörna för barnkläder. Tanken är att byborna träffas över generationsgränserna, "
            "att vi slänger mindre och att de som är nya i byn lär känna folk.\n\n"
            "Vi har samlat 45 namnunderskrifter på listan vid affären, och Storebro PRO och Storebro IK är med – "
            "PRO bakar och IK lånar ut bord. Sju personer har lovat att stå och laga.\n\n"
            "Budget får vi ta fram men det blir inte mycket, vi söker max 5 000 kr.\n\n"
            "Hälsningar\n"
            "Sofia Berg\n"
            "070-841 66 20\n",
        ),
        lab(
            "application",
            "sv",
            "cvf",
            "Application from 'några i Storebro' without a group name: association is false. Contact (Sofia Berg, own address, phone), a concrete activity (three dated repair cafés with clothes swap, meeting across generations) and anchoring (45 signatures, PRO and IK take part, seven volunteer repairers) are present. Budget false: 'budget får vi ta fram', only 'max 5 000 kr', which is the rough amount_sek. Plain utf-8 8bit. Repair consumables are not investments.",
            contact_name="Sofia Berg",
            contact_email="sofia.berg@example.com",
            contact_phone="070-841 66 20",
            ort="Storebro",
            amount_sek=5000,
        ),
        case="2026-0018",
        missing=["association", "budget"],
    )

    # --- F5b Löttorp: budget as .docx
    a = APPS["a-lottorp"]
    doc = docx(
        ["#Budget välkomstkvällar Löttorp 2026", "Löttorps Byaförening"],
        [
            ["Post", "Kr"],
            [
                "Hyra bygdegården, kväll 1 och 3 (kväll 2 i IF:s klubbstuga, gratis), 2 x 1 500",
                "3 000",
            ],
            ["Soppa och bröd, 3 x 1 200", "3 600"],
            ["Guide till byvandringen, 3 x 800", "2 400"],
            ["Föreläsare: starta företag på norra Öland", "4 000"],
            ["Tryck och utskick av inbjudan till nyinflyttade", "2 000"],
            ["Summa", "15 000"],
        ],
    )
    message(
        "f-lottorp-2",
        "budget-docx-lottorp",
        dt(2, 25, 17, 4),
        addr("Maja Öberg", "maja.oberg@example.com"),
        a["receipt_subject"],
        multipart(
            "mixed",
            [
                text(
                    "och här kommer budgeten! se bifogat\n\n/Maja Öberg\n073-281 55 04\n\n"
                    + quoted_receipt("a-lottorp", "gmail")
                ),
                attachment("budget_valkomstkvallar.docx", DOCX_CT, doc),
            ],
            "000000000000a1b2c3d4e5f60718",
        ),
        lab(
            "followup",
            "sv",
            "cb",
            "Second followup in the Löttorp thread: a one-line body plus a .docx with a budget table (five items, Summa 15 000), so budget is true and amount_sek 15000. Contact true (named signer, own address, phone). The docx heading names the association but says nothing about it, so association is false; anchoring was supplied by the earlier forwarded letter and is not repeated here.",
            association_name="Löttorps Byaförening",
            contact_name="Maja Öberg",
            contact_email="maja.oberg@example.com",
            contact_phone="073-281 55 04",
            ort="Löttorp",
            amount_sek=15000,
        ),
        **thread("a-lottorp"),
    )


def batch6() -> None:
    # --- F8a Storebro: answers between the quoted lines, no blank lines
    a = APPS["a-storebro"]
    org8 = orgnr("802488017")
    answers = {
        "– Förening": f"Vi heter Storebro Byalag, ideell förening sedan 2011, 31 medlemmar, org.nr {org8}. Det är byalaget som står för reparationskaféerna.",
        "– Budget": "Lokalhyra Folkets hus 3 x 400 = 1200, affischer o annons 500, fika 3 x 500 = 1500, förbrukning (lim, tråd, reservdelar, lödtenn) 1800. Summa 5000 kr",
    }
    lines = []
    for ln in a["receipt"].rstrip("\n").split("\n"):
        lines.append(("> " + ln).rstrip())
        for k, v in answers.items():
            if ln.startswith(k):
                lines.append(v)
    message(
        "f-storebro",
        "svar-mellan-raderna-storebro",
        dt(2, 27, 7, 41),
        addr("Sofia Berg", "sofia.berg@example.com"),
        a["receipt_subject"],
        text(
            "Hej! Svarar i ert mejl\n"
            + attribution("gmail", a["receipt_date"])
            + "\n"
            + "\n".join(lines)
            + "\n/Sofia Berg\n",
            cte="quoted-printable",
        ),
        lab(
            "followup",
            "sv",
            "acb",
            "Inline reply: the sender answers between the quoted lines of the receipt with no blank lines around her answers – after '> – Förening' the association (Storebro Byalag, since 2011, 31 members, org.nr) and after '> – Budget' a budget of four items, Summa 5000. Only those unquoted lines are new text: association and budget true; contact true because she signs '/Sofia Berg' from her own address (no phone here). Tests separating '>' lines from interleaved answers.",
            association_name="Storebro Byalag",
            org_number=org8,
            contact_name="Sofia Berg",
            contact_email="sofia.berg@example.com",
            members=31,
            ort="Storebro",
            amount_sek=5000,
        ),
        **thread("a-storebro"),
    )

    # --- A9 Ruda: shared mailbox, budget in PDF -> missing contact
    org9 = orgnr("802444327")
    budget_pdf = pdf(
        [
            'Ruda Bygdeförening – budget "Bio & prat i Ruda" hösten 2026',
            "",
            "Filmlicenser, 5 visningar à 900 kr ............ 4 500 kr",
            "Arvode samtalsledare, 5 x 1 000 kr ............ 5 000 kr",
            "Lokalhyra Folkets hus, 5 x 400 kr ............. 2 000 kr",
            "Fika, 5 x 240 kr .............................. 1 200 kr",
            "Affischer ........................................... 500 kr",
            "",
            "Summa ............................................. 13 200 kr",
        ],
        "Budget Bio och prat",
    )
    application(
        "a-ruda",
        "bio-och-prat-ruda",
        dt(3, 2, 17, 31),
        addr("Ruda Bygdeförening", "rudabygd@example.se"),
        "Idéslanten – Bio & prat i Ruda",
        multipart(
            "mixed",
            [
                text(
                    "Hej!\n\n"
                    f'Ruda Bygdeförening (ca 90 medlemmar, org.nr {org9}) söker 13 200 kr ur idéslanten till "Bio & prat '
                    'i Ruda": fem filmkvällar i Folkets hus under hösten, en i månaden från september, där vi visar filmer '
                    "om livet på landsbygden. Efter varje film leder en inbjuden samtalsledare ett samtal om Rudas framtid – "
                    "pendlingen, skolan, fritidshusen som står tomma. Kvällarna är för alla åldrar och för både kvinnor och "
                    "män, och vi ordnar samåkning från byarna runt omkring.\n\n"
                    "Idén kommer från medborgardialogen som kommunen höll i Ruda i oktober (ett femtiotal deltagare). Vi gör "
                    "kvällarna ihop med Ruda IF och Folkets husföreningen, som ger oss lokalen till halva priset.\n\n"
                    "Budgeten finns i bifogad pdf.\n\n"
                    "Vänliga hälsningar\n"
                    "Ruda Bygdeförening\n",
                    cte="quoted-printable",
                ),
                attachment("Budget Bio och prat.pdf", "application/pdf", budget_pdf),
            ],
            "=_9f2c1e7b8a0d4c6e",
        ),
        lab(
            "application",
            "sv",
            "avfb",
            "Application from the association's own mailbox signed only with the association name: no person is named anywhere, so contact is false and contact_* null. Association (ca 90 members, org.nr), a concrete activity (five monthly film evenings with led conversations on the village's future, car-pooling), anchoring (idea from the municipal citizens' dialogue with ~50 participants, done with Ruda IF and the Folkets hus association) and a budget in an attached text PDF (five items, Summa 13 200 = amount applied for). Film licences and fees are not salary.",
            association_name="Ruda Bygdeförening",
            org_number=org9,
            members=90,
            ort="Ruda",
            amount_sek=13200,
            women_and_men=True,
        ),
        case="2026-0021",
        missing=["contact"],
    )

    # --- F9a Ruda: phone reply "ring mig"
    a = APPS["a-ruda"]
    message(
        "f-ruda",
        "ring-mig-ruda",
        dt(3, 3, 7, 52),
        addr("Per-Olof Gustavsson", "po.gustavsson@example.com"),
        a["receipt_subject"],
        text(
            "ring mig 070-341 22 90\n\nPer-Olof Gustavsson\n\nSkickat från min iPhone\n\n"
            + quote(attribution("apple", a["receipt_date"]) + "\n\n" + a["receipt"]),
            cte="quoted-printable",
        ),
        lab(
            "followup",
            "sv",
            "c",
            "Phone reply that only says 'ring mig 070-341 22 90' and is signed with a full name from the sender's own address ('Skickat från min iPhone', Apple-style quote). A named, reachable person: contact true, contact_email his From address, phone as written. Nothing else is supplied. Tests a minimal mobile reply that still completes the missing contact element.",
            contact_name="Per-Olof Gustavsson",
            contact_email="po.gustavsson@example.com",
            contact_phone="070-341 22 90",
            ort="Ruda",
        ),
        **thread("a-ruda"),
    )

    # --- A10 Timmernabben: complete, application in .docx
    org10 = orgnr("802419560")
    app_doc = docx(
        [
            "#Ansökan om idéslanten 2026 – Timmernabbens Samhällsförening",
            f"Föreningen: Timmernabbens Samhällsförening är en ideell förening för boende i Timmernabben med omnejd. Vi har 140 medlemmar. Org.nr {org10}.",
            "Kontaktperson: Hans Petersson, ordförande, hans.petersson@example.org, 0499-230 18",
            'Aktivitet: "Sundets kustkultur" – tre föreläsningskvällar i Strandgården (17 september, 1 oktober och 15 oktober) om fisket i Kalmarsund, båtbyggartraditionen och hur kusten kan locka besökare året runt. Efter varje föreläsning samtalar vi om hur Timmernabben kan ta vara på sin kustkultur, t.ex. guidade hamnvisningar som byborna själva håller i. Kvällarna är för alla åldrar, kvinnor som män.',
            "Förankring: Beslutat på årsmötet 8 februari (35 närvarande). Vi samarbetar med Timmernabbens Båtklubb och biblioteket i Timmernabben, och åtta frivilliga har anmält sig.",
            "Budget:",
        ],
        [
            ["Kostnad", "Belopp"],
            ["Föreläsare, 3 x 2 500 kr", "7 500 kr"],
            ["Lokalhyra Strandgården, 3 x 600 kr", "1 800 kr"],
            ["Annonsering", "900 kr"],
            ["Fika", "1 200 kr"],
            ["Summa", "11 400 kr"],
        ],
    )
    application(
        "a-timmernabben",
        "kustkultur-timmernabben",
        dt(3, 5, 10, 2),
        addr("Hans Petersson", "hans.petersson@example.org"),
        "Ansökan: Kustkulturkvällar Timmernabben",
        multipart(
            "mixed",
            [
                text(
                    "Hej,\n\nbifogar vår ansökan om idéslanten.\n\nHälsningar\nHans Petersson\nTimmernabbens Samhällsförening\n"
                ),
                attachment("Ansokan_ideslanten_Timmernabben.docx", DOCX_CT, app_doc),
            ],
            "------------mX3qv0Bq1pZkP9cYl7sT2e4f",
            preamble="This is a multi-part message in MIME format.",
        ),
        lab(
            "application",
            "sv",
            "acvfb",
            "Complete application where the short body only says the application is attached; the .docx holds all five elements: association (140 members, org.nr), contact (Hans Petersson with e-mail and phone 0499-230 18), a concrete activity (three dated lectures on coastal culture with conversations afterwards), anchoring (annual meeting of 35, boat club and library, eight volunteers) and a budget table summing to 11 400. Tests reading the whole application from a Word attachment.",
            association_name="Timmernabbens Samhällsförening",
            org_number=org10,
            contact_name="Hans Petersson",
            contact_email="hans.petersson@example.org",
            contact_phone="0499-230 18",
            members=140,
            ort="Timmernabben",
            amount_sek=11400,
            women_and_men=True,
        ),
        case="2026-0022",
        missing=[],
    )

    # --- AR2 Timmernabben: autoreply WITHOUT automation headers
    a = APPS["a-timmernabben"]
    message(
        "ar-timmernabben",
        "autosvar-timmernabben",
        dt(3, 5, 10, 4, 40),
        addr("Hans Petersson", "hans.petersson@example.org"),
        "Automatiskt svar: " + a["receipt_subject"],
        text(
            "Tack för ditt mejl!\n\n"
            "Jag är på semester till och med 16 mars och har begränsad tillgång till e-post. Ärenden som gäller "
            "samhällsföreningen kan under tiden skickas till vår sekreterare.\n\n"
            "Hälsningar\nHans\n",
            charset="iso-8859-1",
        ),
        lab(
            "autoreply",
            "sv",
            "",
            "Vacation autoreply to the bot's receipt with NO automation header (no Auto-Submitted, X-Autoreply or Precedence); only the subject prefix 'Automatiskt svar:' and the out-of-office wording show what it is. It is threaded (In-Reply-To the receipt, References the application) and comes from the applicant's address, but it is not a followup: all elements false, all facts null, and the bot must not reply. iso-8859-1 8bit body.",
        ),
        in_reply_to=a["receipt_id"],
        references=[a["msgid"], a["receipt_id"]],
    )


def batch7() -> None:
    # --- A11 Virserum: unnamed group, vague activity -> missing association, activity
    body11 = (
        "Hej!\n\n"
        "Vi är ett gäng föräldrar och pensionärer i Virserum som tycker att centrum har blivit så tomt sen "
        "banken och caféet stängde. Vi vill göra något för att få liv i centrum igen, kanske olika träffar och "
        "aktiviteter för alla åldrar.\n\n"
        "Vi har pratat med många och 52 personer har skrivit på vår lista. Virserums hembygdsförening och "
        "konsthallen har sagt att de vill vara med och hjälpa till, konsthallen lånar ut sin gård.\n\n"
        "Vi har räknat på ungefär vad det kostar:\n"
        "- hyra av scen och ljud 4 000 kr\n"
        "- musiker/underhållning 3 500 kr\n"
        "- annonsering 1 000 kr\n"
        "- fika/saft till barnen 1 500 kr\n"
        "- hyra marknadsstånd 1 000 kr\n"
        "Totalt 11 000 kr\n\n"
        "Linnea Kvist\n"
        "tel 072-904 13 57\n"
    )
    application(
        "a-virserum",
        "liv-i-centrum-virserum",
        dt(3, 9, 12, 18),
        addr("Linnea Kvist", "linnea.kvist@example.net"),
        "Ansökan liv i Virserum",
        multipart(
            "alternative",
            [
                text(body11, cte="quoted-printable"),
                text(
                    '<div dir="ltr">' + body11.replace("\n", "<br>\n") + "</div>",
                    "html",
                    cte="quoted-printable",
                ),
            ],
            "00000000000042d9f1061a3b7c2e",
        ),
        lab(
            "application",
            "sv",
            "cfb",
            "'Ett gäng föräldrar och pensionärer' with no group name: association false. Activity false: 'göra något för att få liv i centrum, kanske olika träffar' is a vague wish with no what/when/how (the budget lines hint at a stage and market but do not describe an activity). Contact (signer with phone, own address), anchoring (52 signatures, heritage society and art hall join, courtyard lent) and a five-item budget totalling 11 000 are present. multipart/alternative.",
            contact_name="Linnea Kvist",
            contact_email="linnea.kvist@example.net",
            contact_phone="072-904 13 57",
            ort="Virserum",
            amount_sek=11000,
        ),
        case="2026-0024",
        missing=["association", "activity"],
    )

    # --- Q4 Orrefors: question about the per-locality cap, base64 alternative
    qt = (
        "Hej,\n\nbåde vi i Orrefors Bruksorkester och hembygdsföreningen funderar på att söka idéslanten i år. "
        "Om båda föreningarna söker för Orrefors, får vi dela på 15 000 kr då, eller gäller taket per förening?\n\n"
        "Hälsningar\nKenneth Ström\nOrrefors Bruksorkester\n"
    )
    message(
        "q-orrefors",
        "fraga-tak-per-ort-orrefors",
        dt(3, 11, 15, 36),
        addr("Kenneth Ström", "kenneth.strom@example.se"),
        "Fråga: två föreningar på samma ort",
        multipart(
            "alternative",
            [
                text(qt, cte="base64"),
                text(
                    "<p>" + qt.replace("\n\n", "</p><p>").replace("\n", "<br>") + "</p>",
                    "html",
                    cte="base64",
                ),
            ],
            "b1_4f0c9a2e7d35b6a8c1e0f9d2",
        ),
        lab(
            "question",
            "sv",
            "",
            "Question whether two associations in the same locality share the 15 000 kr cap; the 15 000 is the rule amount asked about, not an amount applied for, so amount_sek is null. No application: all elements false. Facts stated: signer from own address, his association, Orrefors. multipart/alternative with both parts base64.",
            association_name="Orrefors Bruksorkester",
            contact_name="Kenneth Ström",
            contact_email="kenneth.strom@example.se",
            ort="Orrefors",
        ),
    )

    # --- F11a Virserum: Outlook-style top post that describes the activity
    a = APPS["a-virserum"]
    message(
        "f-virserum",
        "svar-aktivitet-virserum",
        dt(3, 12, 19, 20),
        addr("Linnea Kvist", "linnea.kvist@example.net"),
        "SV: " + a["receipt_subject"],
        text(
            "Hej,\n\n"
            "Här kommer en bättre beskrivning av vad vi ska göra:\n\n"
            'Vi ordnar "Levande torg" fyra lördagar i sommar (13 juni, 11 juli, 8 augusti och 5 september) kl. '
            "10-14 på torget och i konsthallens gård. Varje gång blir det en liten marknad där byns odlare och "
            'hantverkare säljer, en scen med lokala musiker, lekar för barnen och ett "öppet bord" där kommunens '
            "centrumutvecklare och byborna pratar om vad som kan hända med de tomma lokalerna. Målet är att folk "
            "ska börja röra sig i centrum igen och att någon kanske vågar öppna café eller butik i en av lokalerna. "
            "För både kvinnor och män, barn och äldre.\n\n"
            "Vi är fortfarande ingen förening, men vi jobbar på det.\n\n"
            "Hälsningar\nLinnea Kvist\n072-904 13 57\n\n"
            + outlook_header(a, "Linnea Kvist")
            + "\n"
            + a["receipt"],
            charset="windows-1252",
            cte="quoted-printable",
        ),
        lab(
            "followup",
            "sv",
            "cv",
            "Outlook-style top-posted reply (Från/Skickat/Till/Ämne block, receipt unprefixed below a line) that supplies the concrete activity: four dated 'Levande torg' Saturdays with market, stage, children's games and an open table with the municipality's centre developer, aimed at reviving the empty premises. Contact true (signed with phone, own address). Association still false – they say outright they are not an association yet. The unprefixed quoted receipt (which lists Förening and Aktivitet) must not count. windows-1252 QP.",
            contact_name="Linnea Kvist",
            contact_email="linnea.kvist@example.net",
            contact_phone="072-904 13 57",
            ort="Virserum",
            women_and_men=True,
        ),
        **thread("a-virserum"),
    )

    # --- A12 Loftahammar: missing anchoring, budget; windows-1252 base64
    org12 = orgnr("802465299")
    application(
        "a-loftahammar",
        "guidekurs-loftahammar",
        dt(3, 16, 8, 47),
        addr("Ulf Sandberg", "ulf.sandberg@example.net"),
        "Ansökan idéslanten – guidekurs i skärgården",
        text(
            "Hej!\n\n"
            f"Loftahammars Skärgårdsförening (org.nr {org12}) har 75 medlemmar, mest bofasta på öarna och i "
            "Loftahammar, och arbetar för att skärgården ska leva året runt.\n\n"
            "Vi vill ordna en guidekurs för bybor: tre kvällar i april i hembygdsgården där en kursledare från "
            "Västerviks museum lär ut skärgårdens natur- och kulturhistoria och hur man leder en grupp, och en "
            "avslutande båtdag 9 maj då deltagarna provar att guida på Idö och Sladö. Målet är att fler här kan "
            "guida besökare i sommar, så att turisterna stannar längre och handlar i byn och att några bybor får "
            "en extra inkomst.\n\n"
            "Vi tror att intresset är stort och att kursen kommer att uppskattas.\n\n"
            "Budget bifogas senare.\n\n"
            "Med vänliga hälsningar\n"
            "Ulf Sandberg, sekreterare\n"
            "0493-612 09\n",
            charset="windows-1252",
            cte="base64",
        ),
        lab(
            "application",
            "sv",
            "acv",
            "Association (75 members, who they are, org.nr), contact (signer with phone, own address) and a concrete activity (three April course evenings with a museum lecturer plus a guiding boat day on 9 May, aimed at locals guiding tourists) are given. Anchoring false – only 'vi tror att intresset är stort'. Budget false – 'Budget bifogas senare', no amount. women_and_men null: not stated. windows-1252 base64 body.",
            association_name="Loftahammars Skärgårdsförening",
            org_number=org12,
            contact_name="Ulf Sandberg",
            contact_email="ulf.sandberg@example.net",
            contact_phone="0493-612 09",
            members=75,
            ort="Loftahammar",
        ),
        case="2026-0026",
        missing=["anchoring", "budget"],
    )

    # --- F12a Loftahammar: budget only as a photo -> unreadable
    a = APPS["a-loftahammar"]
    message(
        "f-loftahammar-1",
        "budget-foto-loftahammar",
        dt(3, 18, 20, 9),
        addr("Ulf Sandberg", "ulf.sandberg@example.net"),
        "Sv: " + a["receipt_subject"],
        multipart(
            "mixed",
            [
                text(
                    "Hej, här är budgeten. Tog kort på papperet, hoppas det går att läsa.\n\nUlf Sandberg\n\n"
                    + quoted_receipt("a-loftahammar", "gmail")
                ),
                attachment("IMG_4411.png", "image/png", png(seed=4411)),
            ],
            "--_004_budgetfoto_",
        ),
        lab(
            "followup",
            "sv",
            "c",
            "Reply whose budget is only a photo of a paper (PNG attachment): nothing readable, so budget is false and amount_sek null. Contact true: signed 'Ulf Sandberg' from his own address. Anchoring is not addressed. Tests that 'här är budgeten' plus an image does not make a budget.",
            contact_name="Ulf Sandberg",
            contact_email="ulf.sandberg@example.net",
            ort="Loftahammar",
        ),
        **thread("a-loftahammar"),
    )


def batch8() -> None:
    # --- A13 Degerhamn: unsigned, unnamed group -> missing association, contact, anchoring
    application(
        "a-degerhamn",
        "kalkbrottet-degerhamn",
        dt(3, 23, 22, 5),
        addr("Helena N", "h.nilsson@example.com"),
        "söker idéslanten degerhamn",
        text(
            "Hej\n\n"
            "Vi vill söka pengar till tre samtalskvällar i Folkets hus i Degerhamn i maj om vad det gamla "
            "kalkbrottet och fabriksområdet kan bli när bolaget lämnar. Första kvällen berättar en geolog om "
            "området och alvaret, andra kvällen kommer två företagare som startat verksamhet i gamla industrier "
            "på andra ställen, tredje kvällen ritar vi tillsammans på en karta vad vi bybor vill ha där – bad, "
            "naturstig, verkstäder. Det vi kommer fram till lämnar vi till kommunen inför detaljplanen.\n\n"
            "Kostnader:\n"
            "föreläsare 2 st a 3000 = 6000\n"
            "lokal 3 kvällar a 500 = 1500\n"
            "annons i Ölandsbladet 700\n"
            "fika 1200\n"
            "= 9400 kr\n",
        ),
        lab(
            "application",
            "sv",
            "vb",
            "Unsigned mail from a personal address whose display name is 'Helena N': the name exists only in the From header, so contact is false and contact_* null. No group is named ('vi'), so association false. Anchoring false: nothing about local backing. Activity is concrete (three May evenings with geologist, entrepreneurs and a map workshop, result to the municipality) and the budget has four items summing to 9 400 = amount_sek. Three elements missing.",
            ort="Degerhamn",
            amount_sek=9400,
        ),
        case="2026-0029",
        missing=["association", "contact", "anchoring"],
    )

    # --- F13a Degerhamn: association and contact, but an empty anchoring claim
    a = APPS["a-degerhamn"]
    org13 = orgnr("802534117")
    message(
        "f-degerhamn",
        "svar-forening-degerhamn",
        dt(3, 24, 12, 48),
        addr("Helena N", "h.nilsson@example.com"),
        "Sv: " + a["receipt_subject"],
        text(
            "Hej\n\n"
            "Ok här kommer det som saknades:\n\n"
            f"Förening: Vi heter Degerhamns Framtidsgrupp, en ideell förening som bildades förra året. Vi är 19 "
            f"medlemmar. Org nr {org13}\n"
            "Kontakt: Helena Nilsson, 070-583 20 47\n"
            "Förankring: det är väl förankrat i byn, alla vi pratat med tycker det är en bra idé.\n\n"
            "Mvh Helena\n\n" + quoted_receipt("a-degerhamn", "gmail"),
        ),
        lab(
            "followup",
            "sv",
            "ac",
            "Reply that answers the three missing points with labels: association true (Degerhamns Framtidsgrupp, ideell förening founded last year, 19 members, org nr), contact true (Helena Nilsson with phone, from her own address). Anchoring stays false: 'det är väl förankrat i byn, alla vi pratat med tycker det är en bra idé' is an empty claim with no meeting, survey, partners or volunteers. Tests that a labelled 'Förankring:' line is judged on content.",
            association_name="Degerhamns Framtidsgrupp",
            org_number=org13,
            contact_name="Helena Nilsson",
            contact_email="h.nilsson@example.com",
            contact_phone="070-583 20 47",
            members=19,
            ort="Degerhamn",
        ),
        **thread("a-degerhamn"),
    )

    # --- A14 Vissefjärda: complete, HTML only
    org14 = orgnr("802380211")
    rows = [
        ("Spelmän, arvode (4 musiker)", "6 000"),
        ("Processledare till 3 möten, 3 x 1 800", "5 400"),
        ("Annonsering och affischer", "1 200"),
        ("Fika till 4 tillfällen", "2 200"),
        ("Summa", "14 800"),
    ]
    table = "".join(
        f'<tr><td>{k}</td><td style="text-align:right">{v} kr</td></tr>' for k, v in rows
    )
    application(
        "a-vissefjarda",
        "bygdegardens-framtid-vissefjarda",
        dt(3, 26, 14, 55),
        addr("Margareta Lundqvist", "margareta.lundqvist@example.org"),
        "Ansökan – Bygdegårdens framtid, Vissefjärda",
        text(
            '<html><body style="font-family:Calibri,sans-serif">'
            "<p>Hej!</p>"
            f"<p><b>Vissefjärda Hembygdsförening</b> (org.nr {org14}) ansöker om 14 800 kr ur idéslanten. Föreningen har "
            "210 medlemmar och äger bygdegården i Vissefjärda, som hyrs ut till fester, föreningar och kurser.</p>"
            "<p><b>Aktivitet:</b> Bygdegården behöver nya användare om den ska överleva. Under hösten håller vi tre "
            "öppna möten (22 sept, 13 okt och 3 nov) med en inhyrd processledare där byborna tar fram idéer på hur "
            "huset kan användas – t.ex. kontorsplatser för distansarbetare, ungdomskvällar och matlagning. Vi avslutar "
            "med en spelmanskväll i december där idéerna presenteras. Alla är välkomna, kvinnor och män i alla åldrar.</p>"
            "<p><b>Förankring:</b> Frågan lyftes på bystämman i januari där 48 personer deltog och röstade för att "
            "hembygdsföreningen driver arbetet. Vissefjärda PRO, Vissefjärda GoIF och Svenska kyrkan är med i en "
            "arbetsgrupp som planerar mötena.</p>"
            f'<p><b>Budget</b></p><table border="1" cellpadding="4">{table}</table>'
            "<p>Kontaktperson: Margareta Lundqvist, ordförande, tel. 0471-501 38<br>"
            "margareta.lundqvist@example.org</p>"
            "<p>Med vänlig hälsning<br>Margareta Lundqvist</p></body></html>",
            "html",
            cte="quoted-printable",
        ),
        lab(
            "application",
            "sv",
            "acvfb",
            "Complete HTML-only application with bold headings and a budget <table>: association (210 members, owns the bygdegård, org.nr), contact (chair with phone and e-mail), concrete activity (three dated open meetings with a process leader on new uses of the house, closing fiddlers' evening), anchoring (village meeting of 48 voted for it; PRO, GoIF and the church in the working group) and budget of four items, Summa 14 800 = amount applied for. The fiddlers' and process leader's fees are not salary.",
            association_name="Vissefjärda Hembygdsförening",
            org_number=org14,
            contact_name="Margareta Lundqvist",
            contact_email="margareta.lundqvist@example.org",
            contact_phone="0471-501 38",
            members=210,
            ort="Vissefjärda",
            amount_sek=14800,
            women_and_men=True,
        ),
        case="2026-0030",
        missing=[],
    )

    # --- F12b Loftahammar: HTML-only reply with anchoring and a budget table
    a = APPS["a-loftahammar"]
    brows = [
        ("Kursledare, 3 kvällar x 2 500", "7 500"),
        ("Bränsle till båtdagen", "1 200"),
        ("Lokalhyra hembygdsgården, 3 x 500", "1 500"),
        ("Kursmaterial och sjökort (kopior)", "800"),
        ("Fika", "1 000"),
        ("Summa", "12 000"),
    ]
    btable = "".join(f"<tr><td>{k}</td><td>{v}</td></tr>" for k, v in brows)
    rq = a["receipt"].replace("\n", "<br>\n")
    message(
        "f-loftahammar-2",
        "budget-och-forankring-loftahammar",
        dt(3, 30, 9, 14),
        addr("Ulf Sandberg", "ulf.sandberg@example.net"),
        "Sv: " + a["receipt_subject"],
        text(
            "<html><body><div>Hej igen!</div><div>Landsbygdsutvecklaren ringde och sa att bilden inte gick att läsa, "
            "så här kommer budgeten som text. Och lite om förankringen som ni också frågade efter:</div><br>"
            "<div>På skärgårdsmötet i Loftahammar den 14 februari (ca 60 personer) ställde sig mötet bakom kursen. "
            "Loftahammars hembygdsförening hyr ut gården billigt och Loftahammars båtklubb ställer upp med båt och "
            "skeppare till båtdagen utan kostnad. Elva personer har redan anmält intresse för kursen.</div><br>"
            f"<table>{btable}</table><br>"
            "<div>Hälsningar<br>Ulf Sandberg<br>0493-612 09</div><br>"
            f'<div class="gmail_quote">{attribution("gmail", a["receipt_date"])}<br>'
            f'<blockquote class="gmail_quote" style="margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex">{rq}</blockquote></div>'
            "</body></html>",
            "html",
            cte="quoted-printable",
        ),
        lab(
            "followup",
            "sv",
            "cfb",
            "HTML-only followup (quoted receipt in a <blockquote>) after the unreadable photo: anchoring true (archipelago meeting of ~60 backed it, heritage society and boat club contribute, eleven interested) and a budget table of five items, Summa 12 000, so budget true and amount_sek 12000. Contact true (signed with phone, own address). Boat fuel is a consumable, not an investment. Tests HTML tables and a blockquote that must be ignored.",
            contact_name="Ulf Sandberg",
            contact_email="ulf.sandberg@example.net",
            contact_phone="0493-612 09",
            ort="Loftahammar",
            amount_sek=12000,
        ),
        **thread("a-loftahammar"),
    )


def batch9() -> None:
    # --- A15 Fliseryd: vague activity, bare total -> missing activity, budget; iso-8859-1 8bit
    org15 = orgnr("802411708")
    body15 = (
        "Till Region Kalmar län\n\n"
        "Ansökan idéslanten Fliseryds Sockenråd\n\n"
        f"Fliseryds Sockenråd, org.nr {org15}, är en ideell förening med ett fyrtiotal medlemmar som sedan 1989 "
        "samlar föreningar, företagare och boende i Fliseryds socken.\n\n"
        "Vi vill under året genomföra olika insatser som stärker bygden och gör Fliseryd mer attraktivt att bo "
        "och verka i.\n\n"
        "Förankring: Sockenmötet den 8 mars (ett fyrtiotal närvarande) beslöt enhälligt att sockenrådet ska söka "
        "medlen. Fliseryds IK och Emåns fiskevårdsförening har lovat att ställa upp med folk.\n\n"
        "Vi söker 15 000 kr.\n\n"
        "Kontaktperson: Kjell Åberg, ordförande, 0499-240 66, kjell.aberg@example.com\n\n"
        "Med vänliga hälsningar\n"
        "Kjell Åberg\n"
    )
    application(
        "a-fliseryd",
        "sockenradet-fliseryd",
        dt(4, 1, 9, 14),
        addr("Kjell Åberg", "kjell.aberg@example.com", "iso-8859-1", "Q"),
        "Ansökan idéslanten Fliseryds Sockenråd",
        text(body15, charset="iso-8859-1"),
        lab(
            "application",
            "sv",
            "acf",
            "Formal application with association (org.nr, 'ett fyrtiotal medlemmar' = 40, what it is), contact (chair with phone and e-mail) and anchoring (parish meeting of about forty decided unanimously; IK and fishing-care association promise people). Activity false: 'olika insatser som stärker bygden' is the README's example of a vague wish. Budget false: bare total 'Vi söker 15 000 kr' (amount_sek 15000). The members' 'fyrtiotal' and the attendance 'fyrtiotal närvarande' are separate numbers. iso-8859-1 8bit body and Q-encoded name.",
            association_name="Fliseryds Sockenråd",
            org_number=org15,
            contact_name="Kjell Åberg",
            contact_email="kjell.aberg@example.com",
            contact_phone="0499-240 66",
            members=40,
            ort="Fliseryd",
            amount_sek=15000,
        ),
        case="2026-0033",
        missing=["activity", "budget"],
    )

    # --- F15a Fliseryd: reply to his own sent mail, "forgot the budget", CSV attachment
    a = APPS["a-fliseryd"]
    csv_data = (
        "Post;Belopp (kr)\r\nFöreläsare vårmöte;4000\r\nHyra Folkets hus 3 ggr;2400\r\nAnnonsering/affischer;1600\r\n"
        "Fika;2000\r\nStudiebesök buss;5000\r\nSumma;15000\r\n"
    ).encode("windows-1252")
    message(
        "f-fliseryd",
        "glomde-budget-fliseryd",
        dt(4, 1, 11, 30),
        addr("Kjell Åberg", "kjell.aberg@example.com", "iso-8859-1", "Q"),
        "Re: " + a["subject"],
        multipart(
            "mixed",
            [
                text(
                    "Glömde bifoga budgeten! Se bifogad fil.\n\nMvh Kjell Åberg\n\n"
                    + attribution("gmail", a["date"], "Kjell Åberg <kjell.aberg@example.com>")
                    + "\n\n"
                    + quote(body15),
                    charset="iso-8859-1",
                    cte="quoted-printable",
                ),
                attachment("budget.csv", "text/csv; charset=windows-1252", csv_data),
            ],
            "------------A1E6F2B9C0D3E4F5",
        ),
        lab(
            "followup",
            "sv",
            "cb",
            "Reply to the applicant's own sent application (In-Reply-To the application, not the receipt), two hours later: 'Glömde bifoga budgeten!' with a semicolon CSV (windows-1252) of five items, Summa 15000, so budget true and amount_sek 15000. Contact true (signed by name, own address). The quoted original below (with association, contact and anchoring) must not count; activity is still vague and not supplied – cost lines like 'Studiebesök buss' are not an activity description.",
            contact_name="Kjell Åberg",
            contact_email="kjell.aberg@example.com",
            ort="Fliseryd",
            amount_sek=15000,
        ),
        **thread("a-fliseryd", to_receipt=False),
    )

    # --- Q5 Södra Vi: question proposing a wage, phone signature
    message(
        "q-sodravi",
        "fraga-lon-sodravi",
        dt(4, 7, 16, 22),
        addr("Amira Haddad", "amira.haddad@example.net"),
        "Lön till ungdomsledare?",
        text(
            "Hej! Får man använda idéslanten till att betala lön till en ungdomsledare? Vi vill starta ett "
            "fritidsgäng för 13-16 åringar i Södra Vi, typ 10 timmar i månaden, och det är svårt att få "
            "ideella att ställa upp varje vecka.\n\n"
            "/Amira Haddad, Södra Vi Ungdomsråd\n\n"
            "Skickat från Outlook för Android\n",
            flowed=True,
        ),
        lab(
            "question",
            "sv",
            "",
            "Short mobile question ('Skickat från Outlook för Android') whether the grant may pay a wage to a youth leader; no application (no budget, no plan beyond the idea), all elements false. Because the question itself proposes a salary, salary_costs is true; physical_investment null. Facts as stated: signer, her group, Södra Vi.",
            association_name="Södra Vi Ungdomsråd",
            contact_name="Amira Haddad",
            contact_email="amira.haddad@example.net",
            ort="Södra Vi",
            salary_costs=True,
        ),
    )


def batch10() -> None:
    # --- A16 Byxelkrok: complete, budget/program in a .txt attachment, Reply-To with a typo
    org16 = orgnr("802497323")
    prog = (
        "Studieresa Fårö 10–12 oktober 2026 – Byxelkroks Bygdeförening\n\n"
        "Program\n"
        "Lör 10/10  Buss från Byxelkrok 06.30, färja Oskarshamn–Visby, vidare till Fårö\n"
        "Sön 11/10  Möte med Fårö sockenråd, besök i affären och på macken, samtal med två företagare\n"
        "Mån 12/10  Hemresa\n"
        "Lör 24/10  Öppen redovisning i hamnmagasinet för hela norra udden\n\n"
        "Budget\n"
        "Buss inkl. färja                                  6 200 kr\n"
        "Logi 2 nätter vandrarhem (resten egen avgift)     4 800 kr\n"
        "Föredrag och guidning på Fårö                     1 500 kr\n"
        "Hyra hamnmagasinet 24/10                            500 kr\n"
        "Fika redovisningskvällen                          1 000 kr\n"
        "Summa                                            14 000 kr\n"
    )
    application(
        "a-byxelkrok",
        "studieresa-byxelkrok",
        dt(4, 9, 13, 37),
        addr("Gun-Britt Åkesson", "gunbritt.akesson@example.com"),
        "Ansökan om idéslanten, Byxelkroks Bygdeförening",
        multipart(
            "mixed",
            [
                text(
                    "Hej!\n\n"
                    "Byxelkroks Bygdeförening söker 14 000 kr till en studieresa.\n\n"
                    "Vi är 48 medlemmar, i stort sett alla som bor i Byxelkrok året runt och en del fritidsboende, "
                    f"org.nr {org16}.\n\n"
                    "Resan: 10–12 oktober åker 20 personer (både kvinnor och män, från 19 till 81 år) till Fårö, där "
                    "man lyckats hålla affären, skolan och macken öppna året runt genom att bygden driver service "
                    "ihop med turistnäringen. Vi träffar Fårö sockenråd och två företagare. Hemma håller vi en öppen "
                    "redovisning i hamnmagasinet den 24 oktober för hela norra udden, där vi diskuterar vad vi kan "
                    "göra likadant här, t.ex. gemensam vinteröppen service.\n\n"
                    "Förankring: Vi frågade alla hushåll i byn i somras (67 svar), och service på vintern var den "
                    "stora frågan. Beslutet att söka togs på höstmötet, och Böda hembygdsförening och Byxelkroks "
                    "hamnförening skickar med var sin deltagare.\n\n"
                    "Program och budget finns i bifogad fil.\n\n"
                    "Ring gärna: 0485-280 17\n"
                    "Gun-Britt Åkesson, kassör\n"
                ),
                attachment(
                    "program och budget.txt", "text/plain; charset=utf-8", prog.encode("utf-8")
                ),
            ],
            "=-=-=_byx_7781_=-=-=",
        ),
        lab(
            "application",
            "sv",
            "acvfb",
            "Complete application whose budget and program are in a .txt attachment (five items, Summa 14 000 = amount applied for). Body gives association (48 members, who they are, org.nr), contact (signer Gun-Britt Åkesson with phone; contact_email is her From address, not the mistyped Reply-To), a concrete study trip with a dated public report-back evening, and anchoring (household survey with 67 answers, autumn meeting decision, two other associations join). The Reply-To typo makes the bot's receipt bounce (next file).",
            association_name="Byxelkroks Bygdeförening",
            org_number=org16,
            contact_name="Gun-Britt Åkesson",
            contact_email="gunbritt.akesson@example.com",
            contact_phone="0485-280 17",
            members=48,
            ort="Byxelkrok",
            amount_sek=14000,
            women_and_men=True,
        ),
        case="2026-0035",
        missing=[],
        extra=[("Reply-To", "gunbritt.akeson@example.com")],
    )

    # --- B1 bounce of the receipt to the mistyped Reply-To
    a = APPS["a-byxelkrok"]
    rd = a["receipt_date"]
    receipt_msg = Part(
        [
            ("Date", format_datetime(rd)),
            ("From", addr(BOT_NAME, BOT)),
            ("To", "gunbritt.akeson@example.com"),
            ("Subject", ew(a["receipt_subject"])),
            ("Message-ID", a["receipt_id"]),
            ("In-Reply-To", a["msgid"]),
            ("References", a["msgid"]),
            ("Auto-Submitted", "auto-replied"),
            ("MIME-Version", "1.0"),
            ("Content-Type", "text/plain; charset=utf-8"),
            ("Content-Transfer-Encoding", "8bit"),
        ],
        a["receipt"].encode("utf-8"),
    )
    arrival = format_datetime(rd)
    dsn = (
        "Reporting-MTA: dns; mx1.example.se\n"
        "X-Postfix-Queue-ID: 4dK2vT1x3Qz9\n"
        "X-Postfix-Sender: rfc822; ideslanten@example.se\n"
        f"Arrival-Date: {arrival}\n\n"
        "Final-Recipient: rfc822; gunbritt.akeson@example.com\n"
        "Original-Recipient: rfc822;gunbritt.akeson@example.com\n"
        "Action: failed\n"
        "Status: 5.1.1\n"
        "Remote-MTA: dns; mx.example.com\n"
        "Diagnostic-Code: smtp; 550 5.1.1 <gunbritt.akeson@example.com>: Recipient address rejected: User unknown in virtual mailbox table\n"
    )
    message(
        "b-byxelkrok",
        "bounce-kvitto-byxelkrok",
        rd + timedelta(seconds=41),
        addr("Mail Delivery System", "MAILER-DAEMON@mx1.example.se"),
        "Undelivered Mail Returned to Sender",
        multipart(
            "report",
            [
                text(
                    "This is the mail system at host mx1.example.se.\n\n"
                    "I'm sorry to have to inform you that your message could not\n"
                    "be delivered to one or more recipients. It's attached below.\n\n"
                    "For further assistance, please send mail to postmaster.\n\n"
                    "                   The mail system\n\n"
                    "<gunbritt.akeson@example.com>: host mx.example.com said: 550 5.1.1\n"
                    "    <gunbritt.akeson@example.com>: Recipient address rejected: User unknown in\n"
                    "    virtual mailbox table (in reply to RCPT TO command)\n",
                    charset="us-ascii",
                    cte="7bit",
                ),
                Part([("Content-Type", "message/delivery-status")], dsn.encode()),
                Part(
                    [
                        ("Content-Type", "message/rfc822"),
                        ("Content-Description", "Undelivered Message"),
                    ],
                    receipt_msg.render(),
                ),
            ],
            "4dK2vT1x3Qz9.1775734680/mx1.example.se",
            extra="; report-type=delivery-status",
        ),
        lab(
            "bounce",
            "en",
            "",
            "Postfix delivery status notification (multipart/report; report-type=delivery-status) for the bot's receipt to the Byxelkrok application, sent to the mistyped Reply-To address: the returned receipt is attached as message/rfc822 and carries In-Reply-To/References to the application. It is a machine mail, not a followup: kind bounce, all elements false, all facts null, and the bot must not answer it.",
        ),
        to=BOT,
        msgid="<20260409114041.4dK2vT1x3Qz9@mx1.example.se>",
        extra=[("Auto-Submitted", "auto-replied")],
    )


if __name__ == "__main__":
    main()
