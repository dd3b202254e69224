"""Held-out test corpus 13 for the idéslanten intake bot: 40 fictional e-mails 5001–5040.

The mails are what the rural development officer (landsbygdsutvecklare) of Region Kalmar län
might receive about "regional bygdepeng – idéslanten" during one year (2026): applications
(complete and incomplete), threaded followups to the bot's receipts, questions, autoreplies,
bounces, newsletters and phishing, spread over all twelve municipalities of Kalmar län. Every
person, association, organisation number and phone number is invented; all addresses use
example.se / example.com / example.org / example.net.

The script writes tests/data/holdout13/NNNN-slug.eml (LF line endings) and labels.json
(schema: /work/shared/corpus/README.md), byte-identically on every run, and then checks its
own output (parsing without defects, label schema, Luhn-valid org numbers, example domains
only, numbering in Date order, followup threading).

Regenerate with:

    /work/main/.venv/bin/python tests/data/tools/make_holdout13.py
"""

# ruff: noqa: E501
from __future__ import annotations

import base64
import email
import email.policy
import io
import json
import quopri
import random
import re
import struct
import sys
import textwrap
import zipfile
import zlib
from datetime import datetime
from email.utils import parsedate_to_datetime
from pathlib import Path
from xml.sax.saxutils import escape as xesc

OUT = Path(__file__).resolve().parent.parent / "holdout13"
BOT_ADDR = "ideslanten@example.se"
BOT_NAME = "Idéslanten – Region Kalmar län"
OFFICER = "landsbygdsutvecklare@example.se"

# --------------------------------------------------------------------------- text helpers


def t(s: str) -> str:
    """Dedent a triple-quoted body and make it start at its first line."""
    return textwrap.dedent(s).lstrip("\n")


def date(stamp: str, tz: str | None = None) -> str:
    """RFC 5322 date from 'YYYY-MM-DD HH:MM:SS'; Swedish local offset unless tz is given."""
    dt = datetime.strptime(stamp, "%Y-%m-%d %H:%M:%S")
    if tz is None:
        summer = datetime(2026, 3, 29, 2) <= dt < datetime(2026, 10, 25, 3)
        tz = "+0200" if summer else "+0100"
    days = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
    months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
    return f"{days[dt.weekday()]}, {dt.day:02d} {months[dt.month - 1]} {dt.year} {dt:%H:%M:%S} {tz}"


def ew(s: str, charset: str = "utf-8", enc: str = "q") -> str:
    """RFC 2047 encoded words (folded) for a header value; ASCII is returned unchanged."""
    if all(ord(c) < 128 for c in s):
        return s
    first = next(i for i, c in enumerate(s) if ord(c) >= 128)
    cut = s.rfind(" ", 0, first) + 1
    if cut and "=?" not in s[:cut]:
        return s[:cut] + ew(s[cut:], charset, enc)

    def word(chunk: str) -> str:
        b = chunk.encode(charset)
        if enc == "b":
            return f"=?{charset}?B?{base64.b64encode(b).decode()}?="
        out = []
        for byte in b:
            ch = chr(byte)
            if ch == " ":
                out.append("_")
            elif byte < 128 and (ch.isalnum() or ch in "!*+-/"):
                out.append(ch)
            else:
                out.append(f"={byte:02X}")
        return f"=?{charset}?Q?{''.join(out)}?="

    words, cur = [], ""
    for c in s:
        if cur and len(word(cur + c)) > 74:
            words.append(word(cur))
            cur = c
        else:
            cur += c
    words.append(word(cur))
    return "\n ".join(words)


def ad(name: str | None, addr: str, charset: str = "utf-8", enc: str = "q") -> str:
    """A mailbox header value: name <addr>, quoted or encoded as needed."""
    if not name:
        return addr
    if all(ord(c) < 128 for c in name):
        if re.search(r"[(),.:;<>@\[\]\"]", name):
            return f'"{name}" <{addr}>'
        return f"{name} <{addr}>"
    return f"{ew(name, charset, enc)} <{addr}>"


def quote(text: str, prefix: str = "> ") -> str:
    return "".join(
        (prefix + line).rstrip() + "\n" if line else prefix.rstrip() + "\n"
        for line in text.splitlines()
    )


# --------------------------------------------------------------------------- MIME helpers


class Part:
    def __init__(self, headers: list[tuple[str, str]], body: bytes):
        self.headers = headers
        self.body = body

    def render(self) -> bytes:
        head = "".join(f"{k}: {v}\n" for k, v in self.headers).encode("ascii")
        return head + b"\n" + self.body


def encode_body(raw: bytes, cte: str) -> bytes:
    if cte in ("7bit", "8bit", "binary"):
        return raw if raw.endswith(b"\n") else raw + b"\n"
    if cte == "quoted-printable":
        out = quopri.encodestring(raw)
        return out if out.endswith(b"\n") else out + b"\n"
    if cte == "base64":
        b = base64.b64encode(raw).decode("ascii")
        return ("\n".join(b[i : i + 76] for i in range(0, len(b), 76)) + "\n").encode("ascii")
    raise ValueError(cte)


def text(
    body: str,
    subtype: str = "plain",
    charset: str | None = "utf-8",
    cte: str = "8bit",
    params: str = "",
    extra: list | None = None,
    declare: bool = True,
) -> Part:
    ct = f"text/{subtype}"
    if charset and declare:
        ct += f'; charset="{charset}"' if subtype == "html" else f"; charset={charset}"
    ct += params
    raw = body.encode(charset or "ascii")
    headers = [("Content-Type", ct), ("Content-Transfer-Encoding", cte)] + (extra or [])
    return Part(headers, encode_body(raw, cte))


def attach(
    filename: str, ctype: str, data: bytes, cte: str = "base64", inline: bool = False
) -> Part:
    if all(ord(c) < 128 for c in filename):
        fn = f'name="{filename}"'
        disp = f'filename="{filename}"'
    else:
        pct = "".join(
            c
            if c.isascii() and (c.isalnum() or c in ".-_")
            else "".join(f"%{b:02X}" for b in c.encode())
            for c in filename
        )
        fn = "name*=utf-8''" + pct
        disp = "filename*=utf-8''" + pct
    kind = "inline" if inline else "attachment"
    headers = [
        ("Content-Type", f"{ctype};\n {fn}"),
        ("Content-Disposition", f"{kind};\n {disp}"),
        ("Content-Transfer-Encoding", cte),
    ]
    return Part(headers, encode_body(data, cte))


def multi(
    subtype: str, boundary: str, parts: list[Part], preamble: str = "", params: str = ""
) -> Part:
    body = preamble.encode("ascii")
    for p in parts:
        body += f"--{boundary}\n".encode("ascii") + p.render()
        if not body.endswith(b"\n"):
            body += b"\n"
    body += f"--{boundary}--\n".encode("ascii")
    return Part([("Content-Type", f'multipart/{subtype};{params}\n boundary="{boundary}"')], body)


def message(headers: list[tuple[str, str]], part: Part, mime_version: bool = True) -> bytes:
    hs = [(k, ew(v)) for k, v in headers if v is not None]
    if mime_version:
        hs.append(("MIME-Version", "1.0"))
    return Part(hs + part.headers, part.body).render()


def hdrs(
    d: str,
    frm: str,
    to: str,
    subject: str,
    mid: str,
    irt: str | None = None,
    refs: list[str] | None = None,
    cc: str | None = None,
    extra: list | None = None,
    first: list | None = None,
) -> list[tuple[str, str]]:
    hs = list(first or [])
    hs += [("Date", d), ("From", frm), ("To", to)]
    if cc:
        hs.append(("Cc", cc))
    hs += [("Subject", ew(subject)), ("Message-ID", mid)]
    if irt:
        hs.append(("In-Reply-To", irt))
    if refs:
        hs.append(("References", "\n ".join(refs)))
    return hs + list(extra or [])


# --------------------------------------------------------------------------- attachments


def _zip(files: list[tuple[str, bytes]], when: tuple = (2026, 1, 1, 12, 0, 0)) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for name, data in files:
            info = zipfile.ZipInfo(name, date_time=when)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            info.create_system = 0
            z.writestr(info, data)
    return buf.getvalue()


def docx(paragraphs: list, when: tuple = (2026, 1, 1, 12, 0, 0)) -> bytes:
    """Minimal .docx; items are strings (paragraphs) or lists of rows (tables)."""
    body = []
    for item in paragraphs:
        if isinstance(item, str):
            body.append(f'<w:p><w:r><w:t xml:space="preserve">{xesc(item)}</w:t></w:r></w:p>')
        else:
            rows = "".join(
                "<w:tr>"
                + "".join(
                    f'<w:tc><w:p><w:r><w:t xml:space="preserve">{xesc(str(c))}</w:t></w:r></w:p></w:tc>'
                    for c in row
                )
                + "</w:tr>"
                for row in item
            )
            body.append(f"<w:tbl>{rows}</w:tbl>")
    doc = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>'
        + "".join(body)
        + "</w:body></w:document>"
    ).encode()
    ctypes = b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>'
    rels = b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>'
    return _zip(
        [("[Content_Types].xml", ctypes), ("_rels/.rels", rels), ("word/document.xml", doc)], when
    )


def _col(i: int) -> str:
    s = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s


def xlsx(rows: list[list], sheet: str = "Blad1", when: tuple = (2026, 1, 1, 12, 0, 0)) -> bytes:
    """Minimal .xlsx with inline strings; a cell '=SUM(B2:B5)|1234' is a formula with cached value."""
    xr = []
    for r, row in enumerate(rows, 1):
        cells = []
        for c, v in enumerate(row):
            ref = f"{_col(c)}{r}"
            if v is None or v == "":
                continue
            if isinstance(v, (int, float)):
                cells.append(f'<c r="{ref}"><v>{v}</v></c>')
            elif v.startswith("=") and "|" in v:
                f, cached = v[1:].split("|")
                cells.append(f'<c r="{ref}"><f>{xesc(f)}</f><v>{cached}</v></c>')
            else:
                cells.append(
                    f'<c r="{ref}" t="inlineStr"><is><t xml:space="preserve">{xesc(v)}</t></is></c>'
                )
        xr.append(f'<row r="{r}">{"".join(cells)}</row>')
    ws = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
        + "".join(xr)
        + "</sheetData></worksheet>"
    ).encode()
    wb = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="{xesc(sheet)}" sheetId="1" r:id="rId1"/></sheets></workbook>'.encode()
    ctypes = b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>'
    rels = b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>'
    wrels = b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>'
    return _zip(
        [
            ("[Content_Types].xml", ctypes),
            ("_rels/.rels", rels),
            ("xl/workbook.xml", wb),
            ("xl/_rels/workbook.xml.rels", wrels),
            ("xl/worksheets/sheet1.xml", ws),
        ],
        when,
    )


def pdf(lines: list[str], compress: bool = False, size: int = 11) -> bytes:
    """One-page PDF, Helvetica with WinAnsiEncoding, text extractable."""

    def esc(s: str) -> str:
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")

    ops = [f"BT /F1 {size} Tf {size + 4} TL 56 790 Td"]
    for line in lines:
        ops.append(f"({esc(line)}) Tj T*")
    ops.append("ET")
    stream = "\n".join(ops).encode("cp1252")
    sdict = f"<< /Length {len(stream)} >>"
    if compress:
        stream = zlib.compress(stream, 9)
        sdict = f"<< /Length {len(stream)} /Filter /FlateDecode >>"
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        sdict.encode() + b"\nstream\n" + stream + b"\nendstream",
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


def png(w: int, h: int, seed: int) -> bytes:
    """A small deterministic RGB picture (a blurry 'photo')."""
    rnd = random.Random(seed)
    base = [rnd.randint(60, 200) for _ in range(3)]
    raw = b""
    for y in range(h):
        raw += b"\x00" + bytes(
            max(0, min(255, base[(x + y) % 3] + (x * 3 - y * 2) % 40 + rnd.randint(-6, 6)))
            for x in range(w)
            for _ in range(3)
        )

    def chunk(tag: bytes, data: bytes) -> bytes:
        return (
            struct.pack(">I", len(data))
            + tag
            + data
            + struct.pack(">I", zlib.crc32(tag + data) & 0xFFFFFFFF)
        )

    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
        + chunk(b"IDAT", zlib.compress(raw, 9))
        + chunk(b"IEND", b"")
    )


# --------------------------------------------------------------------------- the bot's receipts

RECEIPT_FOR: dict[str, str] = {}  # receipt Message-ID -> application Message-ID

GUIDE = {
    "association": "Föreningen/gruppen: namn och några rader om er (t.ex. org.nr och antal medlemmar)",
    "contact": "Kontaktperson: namn och e-post eller telefon till den som vi kan kontakta",
    "activity": "Aktiviteten: vad ni vill göra, när och hur, och hur det utvecklar orten",
    "anchoring": "Lokal förankring: hur idén är förankrad i byn (byamöte, enkät, samarbete med andra lokala grupper ...)",
    "budget": "Budget: en översiktlig budget med kostnadsposter och belopp",
}


def receipt_id(case: int, app_mid: str) -> str:
    mid = f"<ideslanten.2026-{case:04d}.kvitto@ideslanten.example.se>"
    RECEIPT_FOR[mid] = app_mid
    return mid


def receipt_text(case: int, missing: list[str], variant: int = 0) -> str:
    lines = [
        [
            "Hej!",
            "",
            f"Tack för er ansökan om idéslanten! Vi har tagit emot den och gett den ärendenummer 2026-{case:04d}.",
            "",
            "Vi saknar följande i er ansökan:",
        ],
        [
            "Hej och tack för ert mejl!",
            "",
            f"Er ansökan om regional bygdepeng – idéslanten är registrerad med ärendenummer 2026-{case:04d}.",
            "",
            "För att vi ska kunna pröva ansökan behöver vi också:",
        ],
    ][variant]
    for m in missing:
        lines.append(f"– {GUIDE[m]}")
    lines += [
        "",
        "Svara gärna på det här mejlet med det som saknas, så läggs det till i samma ärende.",
        "",
        "Med vänlig hälsning",
        BOT_NAME,
        "(automatiskt svar – landsbygdsutvecklare@example.se når handläggaren)",
    ]
    return "\n".join(lines) + "\n"


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
ELEMENT_KEYS = {
    "A": "association",
    "C": "contact",
    "T": "activity",
    "N": "anchoring",
    "B": "budget",
}


def lab(kind: str, els: str, notes: str, lang: str = "sv", **facts) -> dict:
    """els lists the present elements: A association, C contact, T activity, N anchoring, B budget."""
    unknown = set(facts) - set(FACT_KEYS)
    if unknown:
        raise ValueError(f"unknown facts {unknown}")
    return {
        "kind": kind,
        "language": lang,
        "elements": {name: letter in els for letter, name in ELEMENT_KEYS.items()},
        "facts": {k: facts.get(k) for k in FACT_KEYS},
        "notes": " ".join(notes.split()),
    }


MAILS: list = []


def mail(num: int, slug: str):
    def deco(fn):
        MAILS.append((num, slug, fn))
        return fn

    return deco


# --------------------------------------------------------------------------- build and check


def luhn_ok(org: str) -> bool:
    if not re.fullmatch(r"\d{6}-\d{4}", org):
        return False
    digits = [int(c) for c in org.replace("-", "")]
    total = 0
    for i, dg in enumerate(digits[:9]):
        v = dg * (2 if i % 2 == 0 else 1)
        total += v // 10 + v % 10
    return (10 - total % 10) % 10 == digits[9]


def build() -> dict[str, tuple[bytes, dict]]:
    RECEIPT_FOR.clear()
    out = {}
    for num, slug, fn in sorted(MAILS, key=lambda m: m[0]):
        data, label = fn()
        out[f"{num}-{slug}.eml"] = (data, label)
    return out


ADDR_RE = re.compile(rb"[A-Za-z0-9._%+-]+@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)")


def _texts(msg) -> list[bytes]:
    """Decoded payloads of all leaf parts plus the text inside zip-based attachments."""
    out = []
    for part in msg.walk():
        if part.is_multipart():
            continue
        payload = part.get_payload(decode=True)
        if not payload:
            continue
        out.append(payload)
        if payload[:2] == b"PK":
            with zipfile.ZipFile(io.BytesIO(payload)) as z:
                for n in z.namelist():
                    out.append(z.read(n))
        if payload[:5] == b"%PDF-" and b"FlateDecode" in payload:
            m = re.search(rb"stream\n(.*?)\nendstream", payload, re.S)
            out.append(zlib.decompress(m.group(1)))
    return out


def check(files: dict[str, tuple[bytes, dict]]) -> None:
    errors = []
    names = sorted(files)
    nums = [int(n[:4]) for n in names]
    if nums != list(range(5001, 5001 + len(names))):
        errors.append(f"numbering not contiguous: {nums}")
    app_ids, dates = {}, []
    parsed = {}
    for name in names:
        data, label = files[name]
        if not re.fullmatch(r"\d{4}-[a-z0-9-]+\.eml", name):
            errors.append(f"{name}: bad file name")
        if b"\r" in data:
            errors.append(f"{name}: CR in file")
        msg = email.message_from_bytes(data, policy=email.policy.default)
        parsed[name] = msg
        for part in msg.walk():
            if part.defects:
                errors.append(f"{name}: defects {part.defects}")
            for k, v in part.items():
                if getattr(v, "defects", None):
                    errors.append(f"{name}: header {k} defects {v.defects}")
            if not part.is_multipart():
                part.get_content()
        for h in ("Date", "From", "To", "Subject", "Message-ID"):
            if len(msg.get_all(h, [])) != 1:
                errors.append(f"{name}: header {h} count {len(msg.get_all(h, []))}")
        d = parsedate_to_datetime(msg["Date"])
        if d.year != 2026:
            errors.append(f"{name}: date not 2026")
        dates.append(d)
        if label["kind"] == "application":
            app_ids[str(msg["Message-ID"]).strip()] = name
        # addresses: only example domains
        blobs = [data] + _texts(msg)
        for blob in blobs:
            for m in ADDR_RE.finditer(blob):
                dom = m.group(1).decode().lower().rstrip(".")
                if not re.search(r"(^|\.)example\.(se|com|org|net)$", dom):
                    errors.append(f"{name}: non-example address {m.group(0)!r}")
        # schema
        if set(label) != {"kind", "language", "elements", "facts", "notes"}:
            errors.append(f"{name}: label fields {sorted(label)}")
        if label["kind"] not in {
            "application",
            "followup",
            "question",
            "autoreply",
            "bounce",
            "newsletter",
            "spam",
        }:
            errors.append(f"{name}: kind {label['kind']}")
        if label["language"] not in {"sv", "en"}:
            errors.append(f"{name}: language")
        if set(label["elements"]) != set(ELEMENT_KEYS.values()) or set(label["facts"]) != set(
            FACT_KEYS
        ):
            errors.append(f"{name}: element/fact keys")
        f = label["facts"]
        if f["org_number"] is not None and not luhn_ok(f["org_number"]):
            errors.append(f"{name}: org number {f['org_number']} not Luhn-valid")
        if f["contact_email"] and not re.search(
            r"@(.+\.)?example\.(se|com|org|net)$", f["contact_email"]
        ):
            errors.append(f"{name}: contact_email domain")
        if label["kind"] in {"application", "followup"}:
            if not isinstance(f["salary_costs"], bool) or not isinstance(
                f["physical_investment"], bool
            ):
                errors.append(f"{name}: salary/physical must be bool")
        else:
            if any(label["elements"].values()):
                errors.append(f"{name}: non-application with elements")
        if label["kind"] in {"autoreply", "bounce", "newsletter", "spam"} and any(
            v is not None for v in f.values()
        ):
            errors.append(f"{name}: machine mail with facts")
        if not label["notes"]:
            errors.append(f"{name}: empty notes")
        for org in re.findall(rb"\b\d{6}-\d{4}\b", b"\n".join(blobs)):
            if org.startswith((b"80", b"71", b"76", b"84", b"85")) and not luhn_ok(org.decode()):
                errors.append(f"{name}: org number in text {org!r} not Luhn-valid")
    for a, b, na, nb in zip(dates, dates[1:], names, names[1:], strict=False):
        if not a < b:
            errors.append(f"Date order: {na} ({a}) !< {nb} ({b})")
    for name in names:
        if files[name][1]["kind"] != "followup":
            continue
        msg = parsed[name]
        irt = str(msg.get("In-Reply-To", "")).strip()
        refs = str(msg.get("References", "")).split()
        target = None
        if irt in app_ids:
            target = irt
        elif irt in RECEIPT_FOR and RECEIPT_FOR[irt] in refs and RECEIPT_FOR[irt] in app_ids:
            target = RECEIPT_FOR[irt]
        if target is None:
            errors.append(f"{name}: followup does not thread to an application here")
        elif app_ids[target] > name:
            errors.append(f"{name}: followup before its application")
        if not re.match(r"(?i)(re|sv|svar|aw):", str(msg["Subject"])):
            errors.append(f"{name}: followup subject without Re:/SV:")
    if errors:
        print("\n".join(errors))
        sys.exit(1)


def main() -> None:
    files = build()
    again = build()
    if {k: v[0] for k, v in files.items()} != {k: v[0] for k, v in again.items()}:
        sys.exit("not deterministic")
    check(files)
    OUT.mkdir(parents=True, exist_ok=True)
    for old in OUT.glob("*.eml"):
        if old.name not in files:
            old.unlink()
    for name, (data, _) in files.items():
        (OUT / name).write_bytes(data)
    labels = {name: label for name, (_, label) in sorted(files.items())}
    (OUT / "labels.json").write_text(
        json.dumps(labels, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
    )
    kinds: dict[str, int] = {}
    for lb in labels.values():
        kinds[lb["kind"]] = kinds.get(lb["kind"], 0) + 1
    print(f"wrote {len(files)} mails to {OUT}: {kinds}")


# =========================================================================== the mails


@mail(5001, "fraga-pro-lottorp")
def m5001():
    body = t("""
        Hej!

        Jag är kassör i PRO Löttorp och fick höra på vårt månadsmöte att Regionen
        har något som heter idéslanten. Finns den även i år, 2026, och när kan man
        i så fall söka? Vi är 140 medlemmar, de flesta damer men en del herrar också.

        Vi har funderat på att kanske ordna en föreläsning om bedrägerier mot äldre
        framåt hösten, men vet inte om en pensionärsförening får söka eller om det
        måste vara en byaförening. Det står inte så tydligt på hemsidan tycker jag.

        Tacksam för svar.

        Vänliga hälsningar
        Inga-Britt Svensson
        Kassör PRO Löttorp
        tel 0485-201 33
        """)
    hs = hdrs(
        date("2026-01-07 10:41:09"),
        ad("Inga-Britt Svensson", "ingabritt.svensson@example.com"),
        OFFICER,
        "Idéslanten 2026?",
        "<5c1e0a7b-3f2d-4b9e-a1c4-1f0e7d2b5001@example.com>",
        extra=[("X-Mailer", "Microsoft Outlook 16.0")],
    )
    return message(hs, text(body)), lab(
        "question",
        "",
        """Question: asks whether the grant exists in 2026, when to apply and whether a pensioners'
        association may apply. The lecture idea is a passing thought ("kanske", "vet inte om"), not an
        application, so all elements are false. Facts as stated: PRO Löttorp, 140 members, signer with
        own address and phone, ort Löttorp. The member mix (mostly women, some men) describes the
        membership, not whom an activity targets, so women_and_men is null; no costs proposed, so
        salary/investment null. Tests a question that mentions an activity idea and a member count.""",
        association_name="PRO Löttorp",
        contact_name="Inga-Britt Svensson",
        contact_email="ingabritt.svensson@example.com",
        contact_phone="0485-201 33",
        members=140,
        ort="Löttorp",
    )


@mail(5002, "kristdala-dialogkvallar")
def m5002():
    body = t("""
        Hej Idéslanten!

        Härmed ansöker Byaföreningen Kristdala Framåt om regional bygdepeng för 2026.

        1. Föreningen
        Byaföreningen Kristdala Framåt, org.nr 802423-2327, bildades 2011 och arbetar
        för service, boende och gemenskap i Kristdala med omnejd (Oskarshamns kommun).
        Vi har 86 medlemmar.

        2. Kontaktperson
        Jonas Åberg, ordförande
        jonas.aberg@example.org
        070-318 22 45

        3. Aktiviteten
        "Bo i Kristdala" – tre dialogkvällar i Medborgarhuset den 12 mars, 9 april och
        7 maj kl 18.30–21. Vi bjuder in nyinflyttade, fastighetsägare med tomma hus,
        en mäklare och kommunens tillväxtenhet. En extern processledare leder kvällarna.
        Målet är en handlingsplan för fler åretruntboende och en välkomstgrupp som tar
        emot nya familjer. Kvällarna är öppna för alla, kvinnor som män, unga som gamla.

        4. Förankring
        Idén kom upp på årsmötet den 8 januari där 34 personer var med, och mötet
        ställde sig bakom den enhälligt. Kristdala IF och hembygdsföreningen är med och
        ordnar fikat en kväll var, och Kristdala skola sätter upp affischer.

        5. Budget
        Hyra Medborgarhuset, 3 kvällar à 1 200 kr   3 600 kr
        Processledare (arvode enligt offert)        6 000 kr
        Annonser och affischer                      1 400 kr
        Fika 3 kvällar                              2 400 kr
        Summa                                      13 400 kr

        Vi söker alltså 13 400 kr.

        Med vänliga hälsningar
        Maria Lind
        sekreterare, Byaföreningen Kristdala Framåt
        """)
    hs = hdrs(
        date("2026-01-15 20:17:52"),
        ad("Maria Lind", "maria.lind@example.com"),
        OFFICER,
        "Ansökan idéslanten – Byaföreningen Kristdala Framåt",
        "<8f3a9c21-7d44-4e0b-9b6f-kristdala@example.com>",
        extra=[("User-Agent", "Mozilla Thunderbird")],
    )
    return message(hs, text(body, cte="quoted-printable", params="; format=flowed")), lab(
        "application",
        "ACTNB",
        """Complete application with the five numbered headings. The mail is sent and signed by the
        secretary Maria Lind, but a different person is named as contact (Jonas Åberg), so the
        contact facts are Jonas's, not the From address. Activity is concrete (three dated evenings,
        facilitator, action plan), anchoring concrete (annual meeting of 34 backed it, IF and
        hembygdsförening co-host), budget itemised with a sum. 34 at the meeting is attendance, the
        86 members is the member count. Processledare fee is a fee, not salary. Quoted-printable
        utf-8 with format=flowed and an encoded-word subject.""",
        association_name="Byaföreningen Kristdala Framåt",
        org_number="802423-2327",
        contact_name="Jonas Åberg",
        contact_email="jonas.aberg@example.org",
        contact_phone="070-318 22 45",
        members=86,
        ort="Kristdala",
        amount_sek=13400,
        women_and_men=True,
        salary_costs=False,
        physical_investment=False,
    )


@mail(5003, "byxelkrok-hamnkvallar")
def m5003():
    html = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body><div style="font-family: Calibri, Arial, sans-serif; font-size: 11pt">
        <p>Hej,</p>
        <p>Vi i <b>Byxelkroks Byalag</b> vill söka idéslanten för sommarens <b>hamnkvällar</b>.
        Byalaget bildades 1987 och 52 hushåll är medlemmar, vi sköter bl.a. badplatsen och midsommarfirandet.</p>
        <p>Planen är fyra torsdagskvällar i juli (2, 9, 16 och 23 juli) vid hamnmagasinet med lokala
        musiker, en kväll med föreläsning om Blå Jungfrun och en kväll med berättarafton där de äldre
        i byn berättar om fisket förr. Tanken är att åretruntboende och sommarboende ska lära känna
        varandra och att fler ska hitta till hamnen och hamnkiosken även efter säsongen – kiosken
        har varit nära att lägga ner två år i rad.</p>
        <p>I januari skickade vi ut en enkät till alla hushåll i Byxelkrok och Skäftekärr, 61 hushåll svarade
        och nästan alla ville ha fler gemensamma aktiviteter. Hamnföreningen upplåter magasinet gratis
        och ett tiotal bybor har redan anmält sig att hjälpa till med servering och uppställning.</p>
        <p>Vi söker 15 000 kr som ska gå till musiker, föreläsare, annonsering och lite fika.
        Kvällarna är gratis och för alla åldrar.</p>
        <p>Hör av dig till mig om något är oklart!</p>
        <p>Ulrika Nordström<br>sekreterare Byxelkroks Byalag<br>073-944 10 87</p>
        </div></body></html>
        """)
    hs = hdrs(
        date("2026-01-22 13:05:30"),
        ad("Ulrika Nordström", "ulrika.nordstrom@example.se"),
        ad("Landsbygdsutvecklare Region Kalmar län", OFFICER),
        ew("Hamnkvällar i Byxelkrok", enc="b"),
        "<DB9PR03MB7713E1A04C2B5003@DB9PR03MB7713.eurprd03.prod.example.net>",
        extra=[("X-MS-Has-Attach", ""), ("Content-Language", "sv-SE")],
    )
    return message(hs, text(html, subtype="html", cte="base64")), lab(
        "application",
        "ACTN",
        """HTML-only (base64) application missing only the budget: "Vi söker 15 000 kr som ska gå
        till musiker, föreläsare, annonsering och lite fika" names cost items but no amounts per item,
        so it is a bare total; amount_sek is 15 000. Association named with founding year and members
        (52 households are members -> 52). Contact is the named signer from her own address with phone.
        Activity concrete (four dated evenings, content, effect on the kiosk), anchoring concrete
        (household survey with 61 answers, hamnföreningen lends the venue, ten volunteers). "För alla
        åldrar" says nothing about gender, so women_and_men is null.""",
        association_name="Byxelkroks Byalag",
        contact_name="Ulrika Nordström",
        contact_email="ulrika.nordstrom@example.se",
        contact_phone="073-944 10 87",
        members=52,
        ort="Byxelkrok",
        amount_sek=15000,
        women_and_men=None,
        salary_costs=False,
        physical_investment=False,
    )


@mail(5004, "nyhetsbrev-landsbygdsnatverket-feb")
def m5004():
    plain = t("""
        LANDSBYGDSNÄTVERKET SYDOST – NYHETSBREV FEBRUARI 2026

        Hej alla eldsjälar!

        * Nu är det dags att söka! Region Kalmar läns idéslanten (regional bygdepeng)
          ger upp till 15 000 kr per ort och år till små utvecklingsaktiviteter.
          Tips: skriv tydligt vad ni ska göra, hur byn står bakom och gör en enkel budget.

        * Webbinarium 24 februari kl 18: "Så startar ni ett bygdeföretag"
          Anmälan: https://landsbygdsnatverket-sydost.example.org/webbinarium

        * Årets byagrupp i Kalmar län – nominera senast 31 mars.

        * Kurs i föreningsekonomi i Högsby 14 mars, i Vimmerby 21 mars.

        Vänliga hälsningar
        Redaktionen, Landsbygdsnätverket Sydost

        Du får det här brevet för att du är prenumerant.
        Avregistrera dig: https://landsbygdsnatverket-sydost.example.org/avregistrera?u=4471
        """)
    html = t("""
        <html><body style="font-family:Georgia,serif;background:#f4f1ea">
        <table width="600" align="center" style="background:#fff"><tr><td style="padding:20px">
        <h1 style="color:#2d5a27">Landsbygdsnätverket Sydost</h1>
        <h2>Nyhetsbrev februari 2026</h2>
        <p>Hej alla eldsjälar!</p>
        <h3>Nu är det dags att söka idéslanten</h3>
        <p>Region Kalmar läns idéslanten (regional bygdepeng) ger upp till 15&nbsp;000 kr per ort och år
        till små utvecklingsaktiviteter. Tips: skriv tydligt vad ni ska göra, hur byn står bakom och gör en enkel budget.</p>
        <h3>Webbinarium 24 februari kl 18</h3>
        <p>"Så startar ni ett bygdeföretag" – <a href="https://landsbygdsnatverket-sydost.example.org/webbinarium">anmäl dig här</a>.</p>
        <h3>Årets byagrupp</h3><p>Nominera senast 31 mars.</p>
        <h3>Kurs i föreningsekonomi</h3><p>Högsby 14 mars, Vimmerby 21 mars.</p>
        <p style="font-size:11px;color:#777">Du får det här brevet för att du är prenumerant.
        <a href="https://landsbygdsnatverket-sydost.example.org/avregistrera?u=4471">Avregistrera</a></p>
        </td></tr></table></body></html>
        """)
    frm = ad("Landsbygdsnätverket Sydost", "nyhetsbrev@landsbygdsnatverket-sydost.example.org")
    hs = hdrs(
        date("2026-02-02 07:00:03"),
        frm,
        OFFICER,
        "Nyhetsbrev februari: dags att söka idéslanten!",
        "<nl.2026-02.4471.8c1d@mailer.landsbygdsnatverket-sydost.example.org>",
        extra=[
            ("List-Id", "Nyhetsbrev <nyhetsbrev.landsbygdsnatverket-sydost.example.org>"),
            (
                "List-Unsubscribe",
                "<mailto:avregistrera@landsbygdsnatverket-sydost.example.org?subject=unsubscribe>,\n <https://landsbygdsnatverket-sydost.example.org/avregistrera?u=4471>",
            ),
            ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
            ("Precedence", "bulk"),
            ("X-Mailer", "Mailkit Campaigns 4.2"),
        ],
    )
    body = multi(
        "alternative",
        "=_nl_4471_b0undary",
        [text(plain, cte="quoted-printable"), text(html, subtype="html", cte="quoted-printable")],
    )
    return message(hs, body), lab(
        "newsletter",
        "",
        """Newsletter with List-Id, List-Unsubscribe (mailto and https), one-click post and Precedence:
        bulk. It talks about idéslanten, the 15 000 kr cap and what to write in an application, which
        must not turn it into a question or application. All elements false, all facts null; the bot
        must not answer.""",
    )


@mail(5005, "vissefjarda-studieresa-docx")
def m5005():
    body = t("""
        Hej!

        Bifogar vår ansökan om idéslanten för studieresan i april. Hör gärna av er om
        ni behöver något mer.

        Mvh
        Per-Olof Gustavsson
        Vissefjärda Bygdegårdsförening
        0471-503 12
        """)
    when = (2026, 2, 4, 21, 12, 0)
    doc = docx(
        [
            "Ansökan om regional bygdepeng – idéslanten 2026",
            "Sökande: Vissefjärda Bygdegårdsförening, org.nr 805834-0624. Föreningen äger och driver bygdegården i Vissefjärda sedan 1948 och har 118 medlemmar.",
            "Kontaktperson: Per-Olof Gustavsson, po.gustavsson@example.com, 0471-503 12",
            "Aktivitet: Studieresa med buss lördag 18 april 2026 till två bygdegårdar i Blekinge som driver bygdecafé med frivilliga. Vi får visning, hör hur de har organiserat schema, hygienregler och ekonomi, och äter lunch på caféet. Målet är att starta ett bygdecafé i Vissefjärda bygdegård varje torsdag från september, som ska bli en mötesplats nu när affären har stängt. Resan är öppen för alla i socknen, kvinnor och män.",
            "Förankring: Idén om bygdecafé togs upp på byamötet 20 januari (41 deltagare) som gav styrelsen i uppdrag att gå vidare. Vissefjärda IK och kyrkans syförening är med i planeringen och 25 personer har redan anmält sig till resan.",
            "Budget:",
            [
                ["Post", "Kronor"],
                ["Buss Vissefjärda–Blekinge t/r", "7 800"],
                ["Föredrag och visning, två bygdegårdar", "1 500"],
                ["Lunch (del som inte täcks av deltagaravgift)", "2 900"],
                ["Summa kostnader", "12 200"],
                ["Deltagaravgift 25 x 100 kr", "-2 500"],
                ["Sökt belopp", "9 700"],
            ],
            "Vissefjärda 4 februari 2026, styrelsen genom Per-Olof Gustavsson",
        ],
        when,
    )
    hs = hdrs(
        date("2026-02-05 08:02:47"),
        ad("Per-Olof Gustavsson", "po.gustavsson@example.com"),
        OFFICER,
        "Ansökan idéslanten",
        "<002101dc9671$4a7b2c10$df718430$@example.com>",
        extra=[
            ("X-Mailer", "Microsoft Outlook 16.0"),
            ("Thread-Index", "AdyWcUp7LBDfcYQwSr2Kq1mT0cXB1w=="),
        ],
    )
    parts = [
        text(body, cte="quoted-printable"),
        attach(
            "Ansökan idéslanten Vissefjärda 2026.docx",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            doc,
        ),
    ]
    return message(
        hs,
        multi(
            "mixed",
            "----=_NextPart_000_0022_01DC9671.4A7B2C10",
            parts,
            preamble="This is a multi-part message in MIME format.\n\n",
        ),
    ), lab(
        "application",
        "ACTNB",
        """Complete application where everything is in the attached .docx (with a non-ASCII file
        name in RFC 2231 form); the body only says "bifogar vår ansökan". The docx gives association
        with org.nr and 118 members, contact, a dated study trip with a clear local goal (bygdecafé),
        anchoring (byamöte of 41, IK and syförening, 25 signed up) and a budget table. amount_sek is
        the applied 9 700 after the participants' fee, not the 12 200 total. 41 and 25 are not
        members. Lunch on a study trip is a consumable, not an investment.""",
        association_name="Vissefjärda Bygdegårdsförening",
        org_number="805834-0624",
        contact_name="Per-Olof Gustavsson",
        contact_email="po.gustavsson@example.com",
        contact_phone="0471-503 12",
        members=118,
        ort="Vissefjärda",
        amount_sek=9700,
        women_and_men=True,
        salary_costs=False,
        physical_investment=False,
    )


@mail(5006, "gullabo-digital-vardag")
def m5006():
    body = t("""
        Hej

        Gullabo Byalag vill söka pengar ur idéslanten till en kurs som vi kallar
        "Digital vardag". Byalaget har 47 medlemmar och jobbar för att Gullabo ska
        vara en levande by, vi har bl.a. hand om bystugan och julmarknaden.

        Kursen blir tre kvällar i bystugan i oktober (6, 13 och 20 okt) med en
        kursledare från studieförbundet. Man får lära sig BankID, Swish, 1177,
        att boka färdtjänst och att handla mat på nätet. Det är viktigt här ute
        eftersom banken och affären har stängt och bussen går sällan. Kursen är
        för både kvinnor och män i alla åldrar men vi tänker oss mest äldre.

        Vi tror att många kommer att uppskatta det och behovet är stort då många
        äldre bor ensamma.

        Kostnader:
        Kursledare 3 kvällar á 1 500 kr = 4 500 kr
        Hyra bystugan (el och städ) 3 x 500 = 1 500 kr
        Fika 900 kr
        Annons i Torsås-bladet 600 kr
        Totalt 7 500 kr

        Hälsningar
        Styrelsen i Gullabo Byalag
        """)
    hs = hdrs(
        date("2026-02-09 19:44:15"),
        ad("Gullabo Byalag", "gullabo.byalag@example.com"),
        OFFICER,
        "Ansökan från Gullabo Byalag",
        "<20260209184415.7C21A3E0B2@webmail.example.com>",
        extra=[("User-Agent", "Roundcube Webmail/1.6.9")],
    )
    return message(hs, text(body, charset="windows-1252", cte="8bit")), lab(
        "application",
        "ATB",
        """windows-1252 8bit application from the association's shared mailbox, signed only
        "Styrelsen i Gullabo Byalag": no named contact person, so contact is false and all contact
        facts null (the shared mailbox is not a contact e-mail). Anchoring is false: "vi tror att
        många kommer att uppskatta det" and the described need are hope and need, not backing.
        Association (name, 47 members, what they do), activity (three dated evenings, content, why it
        matters locally) and an itemised budget (7 500) are present. "För både kvinnor och män" ->
        women_and_men true. Course leader fee is not salary.""",
        association_name="Gullabo Byalag",
        members=47,
        ort="Gullabo",
        amount_sek=7500,
        women_and_men=True,
        salary_costs=False,
        physical_investment=False,
    )


@mail(5007, "sv-gullabo-kontaktperson")
def m5007():
    app_mid = "<20260209184415.7C21A3E0B2@webmail.example.com>"
    rid = receipt_id(4, app_mid)
    new = t("""
        Hej!

        Det är jag som är kontaktperson för Gullabo Byalag, Gunnel Holm. Ni når mig
        på tel 0486-211 09 eller mobil 070-655 13 02, eller på den här mejlen.

        Angående förankringen så kan jag säga att alla i Gullabo tycker det är en
        jättebra idé, det är många som har frågat efter något sånt.

        Mvh Gunnel Holm
        """)
    quoted = t(f"""
        Från: {BOT_NAME} <{BOT_ADDR}>
        Skickat: den 9 februari 2026 19:44
        Till: Gullabo Byalag <gullabo.byalag@example.com>
        Ämne: Re: Ansökan från Gullabo Byalag [Idéslanten 2026-0004]

        """) + receipt_text(4, ["contact", "anchoring"])
    plain = new + "\n" + quoted
    html = (
        "<html><body><div>"
        + "".join(f"<p>{xesc(p)}</p>" for p in new.split("\n\n"))
        + '</div><hr><div style="border-top:1px solid #E1E1E1">'
        + "".join(f"<p>{xesc(p)}</p>" for p in quoted.split("\n\n"))
        + "</div></body></html>"
    )
    hs = hdrs(
        date("2026-02-12 11:20:04"),
        ad("Gunnel Holm", "gunnel.holm@example.com"),
        ad(BOT_NAME, BOT_ADDR),
        "SV: Re: Ansökan från Gullabo Byalag [Idéslanten 2026-0004]",
        "<AM0PR07MB41285D1E0A0C9B5007@AM0PR07MB4128.eurprd07.prod.example.net>",
        irt=rid,
        refs=[app_mid, rid],
        extra=[("Thread-Topic", "Ansökan från Gullabo Byalag"), ("Content-Language", "sv-SE")],
    )
    body = multi(
        "alternative",
        "_000_AM0PR07MB41285D1E0A0C9B5007_",
        [text(plain, cte="quoted-printable"), text(html, subtype="html", cte="quoted-printable")],
    )
    return message(hs, body), lab(
        "followup",
        "C",
        """Outlook followup (SV: Re: ..., In-Reply-To the bot's receipt, References the application)
        answering a receipt that asked for contact and anchoring. It supplies a named contact with two
        phone numbers (first recorded) from her own address -> contact true. The anchoring answer
        "alla i Gullabo tycker det är en jättebra idé" is an empty claim, so anchoring stays false.
        The quoted receipt (Outlook header block, no > prefixes) must not count. Association name
        appears but with nothing about the group, so association false.""",
        association_name="Gullabo Byalag",
        contact_name="Gunnel Holm",
        contact_email="gunnel.holm@example.com",
        contact_phone="0486-211 09",
        ort="Gullabo",
        salary_costs=False,
        physical_investment=False,
    )


@mail(5008, "fliseryd-emadagen-iphone")
def m5008():
    body = t("""
        Hej!
        Vi är ett gäng i Fliseryd som vill ordna en temadag vid Emån lördag 15 augusti om laxfisket och bruket förr, med guidad vandring längs ån, föredrag av en lokal historiker och fika i gamla kvarnen. Tanken är att visa upp byn för alla nyinflyttade och för folk utifrån så fler får upp ögonen för Fliseryd.

        Vi har pratat ihop oss med hembygdsföreningen och fiskevårdsområdet som ställer upp med guider, och på byamötet i februari var ett 30-tal där och alla tyckte det var toppen.

        Budget skickar jag senare när vi fått in offerter, men vi söker runt 10 000.

        /Emma Sjöberg
        072-504 88 19

        Skickat från min iPhone
        """)
    hs = hdrs(
        date("2026-02-18 22:03:11"),
        ad("Emma Sjöberg", "emma.sjoberg@example.com"),
        OFFICER,
        "Ansökan bygdepeng Fliseryd",
        "<E4B1C7A2-9D3F-4C1A-B8E2-5F0A6D2C5008@example.com>",
        extra=[("X-Mailer", "iPhone Mail (23D5104)")],
    )
    return message(hs, text(body, cte="quoted-printable")), lab(
        "application",
        "CTN",
        """iPhone mail (quoted-printable, long unwrapped lines) missing association and budget. "Vi är ett
        gäng i Fliseryd" is an unnamed group; hembygdsföreningen and fiskevårdsområdet are partners,
        not the applicant, so association false and association_name null. "Budget skickar jag senare"
        -> budget false, but "runt 10 000" is a single rough figure, so amount_sek 10 000. Activity is
        concrete (date, guided walk, talk, purpose), anchoring concrete (partners supply guides, a
        byamöte of about 30 backed it; 30 is attendance, not members). Named signer from own address
        with phone -> contact true.""",
        contact_name="Emma Sjöberg",
        contact_email="emma.sjoberg@example.com",
        contact_phone="072-504 88 19",
        ort="Fliseryd",
        amount_sek=10000,
        salary_costs=False,
        physical_investment=False,
    )


@mail(5009, "ruda-framtidsdag-xlsx")
def m5009():
    body = t("""
        Hej,

        Ruda Intresseförening (org.nr 805042-1471) söker idéslanten till en
        framtidsdag i Ruda lördag 25 april. Föreningen samlar byns företag och
        boende kring gemensamma frågor, ca 120 hushåll är medlemmar.

        Dagen börjar med en föreläsning av en landsbygdsforskare om orter som
        växer igen, sedan workshops i tre grupper: kollektivtrafiken, tomma hus
        och vad ungdomarna saknar. Varje grupp ska komma fram till en sak som vi
        gör redan i år. Dagen är för alla i Ruda – kvinnor, män, barn och unga.

        Vi planerar dagen tillsammans med Ruda IF, PRO Ruda och föräldraföreningen
        på skolan, och en arbetsgrupp på tolv frivilliga har redan träffats två
        gånger. Folkets hus ställer upp med lokal till självkostnad.

        Budgeten finns i bifogat Excel-ark, totalt 14 500 kr som vi söker.

        Hälsningar
        Henrik Ståhl
        kassör, Ruda Intresseförening
        076-120 34 56
        """)
    sheet = xlsx(
        [
            ["Budget framtidsdag Ruda 25/4 2026", ""],
            ["Post", "Belopp (kr)"],
            ["Lokalhyra Folkets hus", 2000],
            ["Föreläsare, arvode inkl. resa", 5500],
            ["Workshopledare", 3000],
            ["Fika och lunch", 3200],
            ["Tryck och annons", 800],
            ["Summa", "=SUM(B3:B7)|14500"],
        ],
        sheet="Budget",
        when=(2026, 2, 23, 19, 30, 0),
    )
    hs = hdrs(
        date("2026-02-24 09:15:40"),
        ad("Henrik Ståhl", "henrik.stahl@example.com"),
        OFFICER,
        "Idéslanten – framtidsdag i Ruda",
        "<CAH4x+8sQ2pLr9mZ_Ruda7f3W0K@mail.example.com>",
    )
    parts = [
        multi(
            "alternative",
            "000000000000a1b2c3d4e5f65009",
            [
                text(body),
                text(
                    '<div dir="ltr">'
                    + xesc(body).replace("\n\n", "</div><div><br></div><div>").replace("\n", "<br>")
                    + "</div>",
                    subtype="html",
                ),
            ],
        ),
        attach(
            "budget_framtidsdag.xlsx",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            sheet,
        ),
    ]
    return message(hs, multi("mixed", "000000000000f6e5d4c3b2a15009", parts)), lab(
        "application",
        "ACTNB",
        """Complete Gmail-style application (mixed: alternative text/html + .xlsx). The budget is only
        in the spreadsheet (five items with a SUM formula, cached 14 500), the body gives just the
        total. Association with org.nr and "ca 120 hushåll är medlemmar" -> 120. Activity concrete
        (date, lecture, three workshops with concrete outputs), anchoring concrete (IF, PRO,
        föräldraförening, twelve volunteers, Folkets hus). Women, men, children -> true.""",
        association_name="Ruda Intresseförening",
        org_number="805042-1471",
        contact_name="Henrik Ståhl",
        contact_email="henrik.stahl@example.com",
        contact_phone="076-120 34 56",
        members=120,
        ort="Ruda",
        amount_sek=14500,
        women_and_men=True,
        salary_costs=False,
        physical_investment=False,
    )


@mail(5010, "phishing-utbetalning-bidrag")
def m5010():
    html = t("""
        <html><body style="font-family:Arial">
        <img src="https://regionkalmar-bidrag.example.net/logo.png" alt="Region Kalmar län" width="180">
        <p>Bästa mottagare,</p>
        <p>Ert bidrag <b>Regional bygdepeng 2026</b> har <b>BEVILJATS</b> med 15 000 SEK.
        För att utbetalning ska kunna ske måste ni bekräfta era bankuppgifter inom <b>48 timmar</b>,
        annars kommer beslutet att återkallas.</p>
        <p style="text-align:center"><a href="https://regionkalmar-bidrag.example.net/verifiera?ref=RK2026-88341"
        style="background:#0057a8;color:#fff;padding:10px 24px;text-decoration:none">BEKRÄFTA UTBETALNING</a></p>
        <p>Logga in med BankID för att verifiera er identitet och ert kontonummer.</p>
        <p>Med vänliga hälsningar,<br>Ekonomiavdelningen<br>Region Kalmar Län</p>
        <p style="font-size:9px;color:#999">Detta är ett automatiskt meddelande, svara inte.</p>
        </body></html>
        """)
    hs = hdrs(
        date("2026-03-03 04:12:55", tz="+0000"),
        ad("Region Kalmar Län - Utbetalningar", "no-reply@regionkalmar-bidrag.example.net"),
        OFFICER,
        "Ert bidrag är beviljat – bekräfta utbetalning inom 48 timmar",
        "<20260303041255.3d9f1a7c@srv417.example.net>",
        first=[
            (
                "Received",
                "from srv417.example.net (unknown [203.0.113.77])\n by mx2.example.se with ESMTP id 4f7Q1x2kz9;\n Tue, 03 Mar 2026 05:12:58 +0100",
            )
        ],
        extra=[("Reply-To", "utbetalning.regionkalmar@example.com"), ("X-Priority", "1")],
    )
    return message(hs, text(html, subtype="html", cte="quoted-printable")), lab(
        "spam",
        "",
        """Phishing dressed as the region's finance department: claims the bygdepeng has been granted
        and asks for bank details via a look-alike domain within 48 hours, Reply-To elsewhere, sent at
        night in UTC. Mentions the grant and 15 000 SEK but is fraud, not an application or question;
        all elements false, all facts null, never answer.""",
    )


@mail(5011, "malilla-byarad-vag")
def m5011():
    body = t("""
        Till landsbygdsutvecklaren

        Ansökan om regional bygdepeng - idéslanten

        Föreningen Målilla Byaråd, org.nr 805245-3787, har 31 medlemmar och är en
        ideell förening som verkar för utvecklingen av Målilla med omnejd.

        Vi vill under året genomföra insatser som stärker bygden och gör Målilla
        mer attraktivt att bo och verka i, bl.a. genom olika träffar och
        aktiviteter för både kvinnor och män. Aktiviteten är väl förankrad i
        bygden.

        Budget
        Lokalhyra               3 000 kr
        Föreläsare              4 000 kr
        Marknadsföring          1 500 kr
        Förtäring               2 500 kr
        Summa                  11 000 kr

        Kontaktperson: Rolf Axelsson, rolf.axelsson@example.net, 0495-203 40

        Målilla den 9 mars 2026
        Rolf Axelsson, ordförande
        """)
    hs = hdrs(
        date("2026-03-09 15:31:02"),
        ad("Rolf Axelsson", "rolf.axelsson@example.net"),
        OFFICER,
        ew("Ansökan bygdepeng Målilla Byaråd", "iso-8859-1"),
        "<6a1f2e0c-5011-4c3e-9d2b-malilla@example.net>",
        extra=[
            (
                "User-Agent",
                "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.6.0",
            )
        ],
    )
    return message(hs, text(body, charset="iso-8859-1", cte="quoted-printable")), lab(
        "application",
        "ACB",
        """Formal, template-like iso-8859-1 quoted-printable application (subject in iso-8859-1
        encoded words) missing activity and anchoring: "insatser som stärker bygden ... olika träffar
        och aktiviteter" is a vague wish with no what/when, and "Aktiviteten är väl förankrad i bygden"
        is the empty word, not backing. Association (name, org.nr, 31 members), contact and an itemised
        budget (11 000) are there; the budget lines alone do not make the activity concrete. "För både
        kvinnor och män" -> women_and_men true.""",
        association_name="Målilla Byaråd",
        org_number="805245-3787",
        contact_name="Rolf Axelsson",
        contact_email="rolf.axelsson@example.net",
        contact_phone="0495-203 40",
        members=31,
        ort="Målilla",
        amount_sek=11000,
        women_and_men=True,
        salary_costs=False,
        physical_investment=False,
    )


@mail(5012, "degerhamn-language-cafe-en")
def m5012():
    body = t("""
        Dear rural development officer,

        We would like to apply for the idéslanten grant for 2026.

        About us: Södra Ölands Vänner (South Öland Friends) is a non-profit association
        in Degerhamn, org. no. 805565-1593, started in 2023 by newcomers from the
        Netherlands, Germany and the UK together with people born here. We have 27 members.

        What we want to do: six "language café" evenings in Degerhamn's bygdegård on
        Thursdays between 16 April and 21 May, where newcomers practise Swedish and locals
        practise English or German over coffee, plus one guided walk on the alvar on
        Saturday 23 May with a local guide who tells about the limestone quarry and the
        village history. Many newcomers stay only one or two years because they never get
        into village life. We want them to join the byalag, the choir and the fire brigade
        (brandvärnet), and to stay year-round. Everyone is welcome – women and men,
        newcomers and those born here.

        Local support: we presented the idea at the Degerhamn byalag meeting on 11 February
        (about 35 people). The byalag supports it and lends us the venue at a reduced rent,
        and the church group in Södra Möckleby will bake for two of the evenings.

        Budget:
        - Venue rent, 6 evenings x 400 SEK: 2,400 SEK
        - Guide fee for the alvar walk: 2,000 SEK
        - Coffee and cake, 6 x 350 SEK: 2,100 SEK
        - Posters and flyers: 500 SEK
        Total: 7,000 SEK – this is the amount we apply for.

        Contact: Sanne de Vries, chair, sanne.devries@example.net, +46 73 812 44 09

        Kind regards / Vänliga hälsningar
        Sanne de Vries
        """)
    html = (
        "<html><body>"
        + "".join(f"<p>{xesc(p).replace(chr(10), '<br>')}</p>" for p in body.split("\n\n"))
        + "</body></html>"
    )
    hs = hdrs(
        date("2026-03-12 17:48:26"),
        ad("Sanne de Vries", "sanne.devries@example.net"),
        OFFICER,
        "Application idéslanten – language café Degerhamn",
        "<a93b1e44-0c5e-4b0d-8e71-5012degerhamn@example.net>",
        extra=[("User-Agent", "Mozilla Thunderbird"), ("Content-Language", "en-GB")],
    )
    body_part = multi(
        "alternative",
        "------------Xk3vT9qPz0bLm5012",
        [text(body), text(html, subtype="html")],
        preamble="This is a multi-part message in MIME format.\n",
    )
    return message(hs, body_part), lab(
        "application",
        "ACTNB",
        """Complete application in English (multipart/alternative, utf-8 8bit) with the Swedish grant
        name in the subject. Association named with org.nr and 27 members; contact named with e-mail
        and an international-format phone; activity concrete (six dated evenings, a guided walk,
        integration goal); anchoring concrete (byalag meeting of ~35 backed it, byalag lends venue,
        church group bakes); itemised budget with thousands written with commas, total 7,000 SEK ->
        7000. "women and men" -> true. Guide fee is a fee, not salary.""",
        lang="en",
        association_name="Södra Ölands Vänner",
        org_number="805565-1593",
        contact_name="Sanne de Vries",
        contact_email="sanne.devries@example.net",
        contact_phone="+46 73 812 44 09",
        members=27,
        ort="Degerhamn",
        amount_sek=7000,
        women_and_men=True,
        salary_costs=False,
        physical_investment=False,
    )


@mail(5013, "re-malilla-aktivitet-forankring")
def m5013():
    app_mid = "<6a1f2e0c-5011-4c3e-9d2b-malilla@example.net>"
    rid = receipt_id(7, app_mid)
    new = t("""
        Hej igen,

        Tack för snabbt svar. Här kommer mer om vad vi ska göra och hur det är
        förankrat.

        Aktiviteten: tre Målillakvällar i hembygdsgården:
        - 16 april: hur man startar företag på landsbygden, med en rådgivare från
          Almi och två lokala företagare som berättar.
        - 21 maj: bykväll om trafiksäkerheten genom samhället, där vi bjuder in
          Trafikverket och kommunen.
        - 10 september: ungdomskväll tillsammans med speedwayklubben om vad unga
          saknar i Målilla.
        Varje kväll avslutas med att vi samlar förslagen, och byarådet driver dem
        vidare mot kommunen under hösten.

        Förankring: i januari hade vi en enkät i Målillabladet som 84 personer
        svarade på, och de här tre ämnena var de som flest ville ha. Speedway-
        klubben och Målilla Företagarförening är medarrangörer och hembygds-
        föreningen upplåter gården.

        Hälsningar
        Rolf Axelsson
        Målilla Byaråd
        """)
    quoted = quote(receipt_text(7, ["activity", "anchoring"]))
    plain = new + "\nDen 2026-03-09 kl. 15:31, skrev Idéslanten – Region Kalmar län:\n" + quoted
    hs = hdrs(
        date("2026-03-17 08:55:13"),
        ad("Rolf Axelsson", "rolf.axelsson@example.net"),
        ad(BOT_NAME, BOT_ADDR),
        "Re: Ansökan bygdepeng Målilla Byaråd [Idéslanten 2026-0007]",
        "<0d7c22b1-5013-49aa-8f0e-malilla2@example.net>",
        irt=rid,
        refs=[app_mid, rid],
        extra=[("User-Agent", "Mozilla Thunderbird"), ("Content-Language", "sv-SE")],
    )
    return message(hs, text(plain, params="; format=flowed")), lab(
        "followup",
        "CTN",
        """Thunderbird followup with >-quoted receipt, threaded to the receipt with the application in
        References. The new text supplies what the receipt asked for: a concrete activity (three
        dated evenings with content and a follow-through) and concrete anchoring (newspaper survey
        with 84 answers, two co-organisers, venue lent). Signed by the named applicant from his own
        address -> contact true (no phone in the new text). No association details or budget in the
        new text. 84 respondents are not members.""",
        association_name="Målilla Byaråd",
        contact_name="Rolf Axelsson",
        contact_email="rolf.axelsson@example.net",
        ort="Målilla",
        salary_costs=False,
        physical_investment=False,
    )


ORREFORS_MID = "<3F2B8A41-7C0E-4D59-9B1A-5014ORREFORS@example.se>"


@mail(5014, "orrefors-vavhelg-pages")
def m5014():
    body = t("""
        Hej!

        Orrefors Vävare söker idéslanten till en öppen vävhelg 9–10 maj.

        Vi är en förening med tjugofyra medlemmar som väver ihop varje tisdag i
        gamla disponentkontoret sedan 1996. Under vävhelgen bjuder vi in en
        vävlärare från Hemslöjden, alla får prova på att väva band och trasmattor,
        och vi visar en liten utställning om textilhistorien i brukssamhället.
        Vi vill locka besökare under Glasrikets säsongsstart och få fler, både
        kvinnor och män, att börja väva – vi skulle gärna få in fler män och unga.

        Vi samarbetar med Orrefors Hembygdsförening och Orrefors Byalag. Byalaget
        tog upp det på sitt möte den 5 mars och ställde sig bakom, och åtta personer
        från byn har anmält sig som värdar under helgen.

        Budgeten finns i bifogad fil. Vi söker 12 000 kr.

        Kontakt: Lisa Karlsson, 070-883 21 05

        Hälsningar
        Lisa Karlsson
        Orrefors Vävare
        """)
    rnd = random.Random(5014)
    blob = bytes(rnd.randrange(256) for _ in range(2400))
    pages = _zip(
        [
            ("Index/Document.iwa", blob),
            ("Metadata/DocumentIdentifier", b"7E1C0A2B-5014-4F3A-9C1D-0B2E3F4A5B6C"),
            ("preview.jpg", bytes(rnd.randrange(256) for _ in range(600))),
        ],
        (2026, 3, 23, 18, 20, 0),
    )
    hs = hdrs(
        date("2026-03-23 18:40:19"),
        ad("Lisa Karlsson", "lisa.karlsson@example.se"),
        OFFICER,
        "Vävhelg i Orrefors – ansökan",
        ORREFORS_MID,
        extra=[("X-Mailer", "Apple Mail (2.3826.400.131.1.6)")],
    )
    parts = [
        text(body, cte="quoted-printable"),
        attach("Budget vävhelg.pages", "application/x-iwork-pages-sffpages", pages),
    ]
    return message(
        hs, multi("mixed", "Apple-Mail=_6A0F2C3E-5014-4B8D-A1E2-93C4D5E6F708", parts)
    ), lab(
        "application",
        "ACTN",
        """Apple Mail application whose budget is only "i bifogad fil" – an Apple Pages file (a zip of
        binary .iwa data) that the officer cannot open, so budget is false; "Vi söker 12 000 kr" is a
        bare total and gives amount_sek. Members written as a word ("tjugofyra" -> 24). Activity and
        anchoring concrete (dated weekend, teacher, exhibition; byalag meeting backed it, two partner
        groups, eight hosts). Contact named with phone from her own address. Wants "både kvinnor och
        män" -> true.""",
        association_name="Orrefors Vävare",
        contact_name="Lisa Karlsson",
        contact_email="lisa.karlsson@example.se",
        contact_phone="070-883 21 05",
        members=24,
        ort="Orrefors",
        amount_sek=12000,
        women_and_men=True,
        salary_costs=False,
        physical_investment=False,
    )


@mail(5015, "autosvar-orrefors-utan-header")
def m5015():
    rid = receipt_id(9, ORREFORS_MID)
    body = t("""
        Hej!

        Tack för ditt mejl. Jag är på resa till och med måndag 6 april och läser
        inte min e-post regelbundet. Jag svarar så snart jag är hemma igen.

        Vänliga hälsningar
        Lisa Karlsson
        """)
    hs = hdrs(
        date("2026-03-23 18:41:02"),
        ad("Lisa Karlsson", "lisa.karlsson@example.se"),
        ad(BOT_NAME, BOT_ADDR),
        "Re: Vävhelg i Orrefors – ansökan [Idéslanten 2026-0009]",
        "<B1D0E2F3-5015-4A6B-8C7D-9E0F1A2B3C4D@example.se>",
        irt=rid,
        refs=[ORREFORS_MID, rid],
    )
    return message(hs, text(body, charset="iso-8859-1", cte="8bit")), lab(
        "autoreply",
        "",
        """Vacation reply to the bot's receipt with NO automation header at all (no Auto-Submitted,
        X-Autoreply or Precedence) and an ordinary "Re:" subject, threaded to the receipt and the
        application. Only the wording ("Jag är på resa till och med ... svarar så snart jag är
        hemma") shows it is an out-of-office. Must not be taken as a followup or answered. All facts
        null. iso-8859-1 8bit.""",
    )


@mail(5016, "fwd-loftahammar-skargardsstamma")
def m5016():
    body = t("""
        Hej!
        Vidarebefordrar ansökan från vår ordförande Göran, han har krångel med
        mejlen på sin dator just nu. Svara gärna till honom direkt.
        /Karin

        ---------- Vidarebefordrat meddelande ---------
        Från: Göran Lundqvist <goran.lundqvist@example.com>
        Date: tis 31 mars 2026 kl 20:14
        Subject: idéslanten
        To: Karin Wester <karin.wester@example.se>


        Hej Karin, kan du skicka detta till regionen? /G

        Ansökan till idéslanten från Loftahammars Skärgårdsförening

        Vi är en förening för bofasta och fritidsboende i Loftahammar och
        skärgården utanför, org.nr 802760-6030, med 64 medlemmar.

        Vi vill hålla en skärgårdsstämma lördag 6 juni i Loftahammars bygdegård.
        Förmiddag: föredrag om skärgårdstrafiken och om fiber ut till öarna.
        Eftermiddag: samtal med kommunpolitiker om bryggor och båtturer, och
        information för den som vill starta sommarföretag i skärgården. Syftet
        är att fler ska kunna bo kvar året runt och att fritidsboendes kunnande
        kommer bygden till nytta.

        Vi hoppas att många kommer och tror att stämman kommer att engagera hela
        bygden.

        Budget
        Hyra bygdegården            2 500
        Hyra ljud och scen          3 000
        Arvode moderator            4 000
        Annonsering VT              2 000
        Kaffe och smörgås           1 500
        Summa                      13 000 kr

        Kontaktperson är jag, Göran Lundqvist, tel 070-221 45 90,
        goran.lundqvist@example.com

        Göran Lundqvist
        ordf. Loftahammars Skärgårdsförening
        """)
    hs = hdrs(
        date("2026-04-02 09:12:37"),
        ad("Karin Wester", "karin.wester@example.se"),
        OFFICER,
        "Fwd: idéslanten",
        "<CAKw7Rj2_5016pQ3xLofta+Zt8mV@mail.example.se>",
    )
    return message(hs, text(body)), lab(
        "application",
        "ACTB",
        """A forwarded application: Karin forwards the chair's text (Gmail-style forward header), which
        counts as the mail's own text. Association (name, org.nr, 64 members, who they are), contact
        (Göran named with phone and his own e-mail; not Karin, who only forwards), concrete activity
        (dated stämma, programme, purpose) and itemised budget (13 000) are present. Anchoring is
        false: "Vi hoppas att många kommer och tror att stämman kommer att engagera hela bygden" is hope.
        Moderator fee is not salary; renting sound is not an investment.""",
        association_name="Loftahammars Skärgårdsförening",
        org_number="802760-6030",
        contact_name="Göran Lundqvist",
        contact_email="goran.lundqvist@example.com",
        contact_phone="070-221 45 90",
        members=64,
        ort="Loftahammar",
        amount_sek=13000,
        women_and_men=None,
        salary_costs=False,
        physical_investment=False,
    )


@mail(5017, "paryd-sommarkvallar-1252")
def m5017():
    body = t("""
        Hej!

        Påryds Byalag (org.nr 804432-8543) söker 15 000 kr ur idéslanten för
        "Sommarkväll i Påryd", fem torsdagskvällar i folkparken mellan 25 juni och
        23 juli. Vi är ett sextiotal medlemmar och har funnits sedan 1979.

        Varje kväll: lokala musiker och en ungdomsscen där traktens tjejer och killar
        får uppträda, och byns föreningar turas om att sälja fika till sin egen kassa.
        Sedan kafét stängde har Påryd saknat en plats där man träffas på sommaren,
        och vi vill också att sommargästerna ska lära känna byn. Kvällarna är för
        alla – kvinnor och män, unga och gamla.

        Idén kommer från hushållsenkäten vi gjorde i höstas (112 svar, "en mötesplats
        på sommaren" kom högst). Påryds IF och hembygdsföreningen är med och ordnar,
        och en arbetsgrupp på 15 frivilliga sköter scen, parkering och städning.

        Budget:
        Artistarvoden 5 kvällar á 2 000\t10 000 kr
        Hyra scen och ljudanläggning\t 4 000 kr
        Hyra toaletter (bajamaja)\t 1 600 kr
        Annonser och affischer\t 1 200 kr
        Tillstånd och städmaterial\t 1 600 kr
        Summa kostnader\t18 400 kr
        Egen insats (fikaförsäljning, sponsorer)\t-3 400 kr
        Sökt belopp\t15 000 kr

        Kontaktperson: Anders Nyqvist, 070-412 77 30

        Med vänlig hälsning
        Anders Nyqvist
        Påryds Byalag
        """)
    hs = hdrs(
        date("2026-04-08 21:06:45"),
        ad("Anders Nyqvist", "anders.nyqvist@example.se"),
        OFFICER,
        ew("Ansökan idéslanten – Sommarkväll i Påryd", "windows-1252"),
        "<000c01dcc7a9$5017a2b0$0f3e1c90$@example.se>",
        extra=[("X-Mailer", "Microsoft Outlook 15.0")],
    )
    return message(hs, text(body, charset="windows-1252", cte="quoted-printable")), lab(
        "application",
        "ACTNB",
        """Complete windows-1252 quoted-printable application with a tab-separated budget (tabs survive
        QP). Total costs 18 400, own contribution 3 400, applied 15 000: amount_sek is the applied
        15 000. "Ett sextiotal medlemmar" -> 60. Anchoring is concrete (household survey with 112
        answers, IF and hembygdsförening, 15 volunteers – none of which are members). "Tjejer och
        killar" and "kvinnor och män" -> true. Performer fees are not salary, renting stage and
        toilets is not an investment.""",
        association_name="Påryds Byalag",
        org_number="804432-8543",
        contact_name="Anders Nyqvist",
        contact_email="anders.nyqvist@example.se",
        contact_phone="070-412 77 30",
        members=60,
        ort="Påryd",
        amount_sek=15000,
        women_and_men=True,
        salary_costs=False,
        physical_investment=False,
    )


@mail(5018, "re-orrefors-budget-pdf")
def m5018():
    rid = "<ideslanten.2026-0009.kvitto@ideslanten.example.se>"
    RECEIPT_FOR[rid] = ORREFORS_MID
    new = t("""
        Hej!

        Nu är jag hemma igen. Här kommer budgeten som pdf, jag förstod att ni
        inte kunde öppna den förra filen.

        Hälsningar
        Lisa Karlsson
        Orrefors Vävare
        """)
    quoted = quote(receipt_text(9, ["budget"], variant=1))
    plain = (
        new
        + "\n> 23 mars 2026 kl. 18:40 skrev Idéslanten – Region Kalmar län <ideslanten@example.se>:\n> \n"
        + quoted
    )
    pdf_data = pdf(
        [
            "Orrefors Vävare",
            "Budget – Öppen vävhelg i Orrefors 9–10 maj 2026",
            "",
            "Vävlärare, arvode 2 dagar                 6 000 kr",
            "Resa och logi vävlärare                   1 200 kr",
            "Hyra lokal (gamla disponentkontoret)       2 000 kr",
            "Garn och varp till prova-på                1 300 kr",
            "Annonser och affischer                       900 kr",
            "Fika till värdar och besökare                600 kr",
            "",
            "Summa                                    12 000 kr",
            "Sökt belopp ur idéslanten:                12 000 kr",
        ]
    )
    hs = hdrs(
        date("2026-04-14 10:02:51"),
        ad("Lisa Karlsson", "lisa.karlsson@example.se"),
        ad(BOT_NAME, BOT_ADDR),
        "Re: Vävhelg i Orrefors – ansökan [Idéslanten 2026-0009]",
        "<7D3E9F10-5018-4C2B-A6D1-E8F9A0B1C2D3@example.se>",
        irt=rid,
        refs=[ORREFORS_MID, rid],
        extra=[("X-Mailer", "Apple Mail (2.3826.400.131.1.6)")],
    )
    parts = [
        text(plain, cte="quoted-printable"),
        attach("Budget vävhelg.pdf", "application/pdf", pdf_data),
    ]
    return message(
        hs, multi("mixed", "Apple-Mail=_9B2C4D6E-5018-4F1A-8B3C-5D7E9F1A2B3C", parts)
    ), lab(
        "followup",
        "CB",
        """Apple Mail followup after the vacation reply (5015): threaded to the receipt, quoting it with
        > and Apple's "skrev" line, and attaching the budget as an extractable PDF (Helvetica,
        WinAnsi, uncompressed) with six cost items summing to 12 000. Budget true; contact true (named
        signer, own address). The receipt text quoted below asks for the budget and must not count.
        Yarn for try-outs is a consumable, not an investment.""",
        association_name="Orrefors Vävare",
        contact_name="Lisa Karlsson",
        contact_email="lisa.karlsson@example.se",
        ort="Orrefors",
        amount_sek=12000,
        salary_costs=False,
        physical_investment=False,
    )


@mail(5019, "fraga-eriksmala-grasklippare")
def m5019():
    body = t("""
        Hej.

        Eriksmåla bygdegårdsförening undrar två saker.

        1) Kan vi söka idéslanten till en ny åkgräsklippare till bygdegårdens tomt?
        Den gamla gick sönder i höstas och det är många som använder tomten till
        midsommar och loppis.

        2) Flera av oss är också med i en förening i Algutsboda. Kan man få 15 000
        till Eriksmåla och 15 000 till Algutsboda samma år eller räknas det ihop?

        Mvh
        Sven-Erik Petersson
        ordf. Eriksmåla bygdegårdsförening
        """)
    hs = hdrs(
        date("2026-04-20 07:15:00"),
        ad("Sven-Erik Petersson", "se.petersson@example.net"),
        OFFICER,
        "Fraga om bidrag",
        "<000801c5019a$eriksmala$0a00a8c0@example.net>",
        extra=[("X-Mailer", "Microsoft Outlook Express 6.00.2900.5931")],
    )
    return message(hs, text(body, charset="iso-8859-1", declare=False)), lab(
        "question",
        "",
        """Question in Latin-1 8bit bytes with NO charset parameter (old Outlook Express; the å/ä/ö
        will only decode if the reader guesses the charset). Asks whether a ride-on lawnmower can be
        funded and whether two localities can each get 15 000. The lawnmower is a physical investment
        the question itself proposes -> physical_investment true; salary null. 15 000 is the rule
        amount asked about, not applied for -> amount_sek null. Ort is Eriksmåla (Algutsboda is only
        mentioned). All elements false.""",
        association_name="Eriksmåla bygdegårdsförening",
        contact_name="Sven-Erik Petersson",
        contact_email="se.petersson@example.net",
        ort="Eriksmåla",
        physical_investment=True,
    )


@mail(5020, "edsbruk-utan-signatur")
def m5020():
    body = t("""
        Hej!

        Vi i Edsbruks Intresseförening vill söka idéslanten för i år. Föreningen
        startade 2003, har 38 medlemmar och org.nr 802742-6454. Vi jobbar för att
        Edsbruk ska fortsätta vara en levande bruksort.

        Vi vill under året ha olika aktiviteter som får fler att engagera sig i
        Edsbruk och som gör orten mer levande och attraktiv.

        Vi hade ett öppet möte i Folkets hus den 12 april där 27 personer kom, och
        där bildades en arbetsgrupp med folk från Edsbruks IF, pensionärsföreningen
        och oss. Mötet var enigt om att vi ska söka.

        Budget:
        Lokalhyra 4 x 600 kr = 2 400 kr
        Föreläsare/kursledare 2 x 2 500 kr = 5 000 kr
        Annonsering 1 000 kr
        Fika 1 600 kr
        Summa 10 000 kr

        Tack på förhand!
        """)
    html = (
        "<div>"
        + "".join(f"<p>{xesc(p).replace(chr(10), '<br>')}</p>" for p in body.split("\n\n"))
        + "</div>"
    )
    hs = hdrs(
        date("2026-04-27 12:33:08"),
        ad("Bengt Karlsson", "bengt.k@example.com"),
        OFFICER,
        "Ansökan idéslanten Edsbruk",
        "<1745750000.5020.edsbruk@webmail.example.com>",
        extra=[("X-Mailer", "Webmail 7.3")],
    )
    body_part = multi(
        "alternative",
        "=_edsbruk_5020_alt",
        [text(body, cte="base64"), text(html, subtype="html", cte="base64")],
    )
    return message(hs, body_part), lab(
        "application",
        "ANB",
        """Webmail mail (alternative, both parts base64) with no signature at all: the only name is
        "Bengt Karlsson" in the From header, which does not make a contact person, so contact false
        and contact facts null. The activity is a vague wish ("olika aktiviteter som får fler att
        engagera sig"), so activity false even though the budget names lecturers. Association (name,
        year, 38 members, org.nr), anchoring (open meeting of 27 that was unanimous, working group
        with IF and pensioners) and an itemised budget (10 000) are present.""",
        association_name="Edsbruks Intresseförening",
        org_number="802742-6454",
        members=38,
        ort="Edsbruk",
        amount_sek=10000,
        salary_costs=False,
        physical_investment=False,
    )


@mail(5021, "frodinge-bio-projektor")
def m5021():
    body = t("""
        Hej!

        Vi i Frödinge Framtid – föreningen för Frödinge by (org.nr 804494-6294,
        92 medlemmar) vill starta "Bio i bygdegården": en filmkväll första fredagen
        i månaden september–december. Efter varje film blir det samtal om ett tema
        som rör byn (t.ex. efter en film om en nedlagd skola pratar vi om vår egen
        skola), och ungdomsgruppen säljer popcorn till sin lägerkassa. Det finns
        ingen bio närmare än Vimmerby och många unga har ingenstans att ta vägen
        på fredagskvällarna. Kvällarna är för alla oavsett ålder och kön.

        Förslaget kom från ungdomsgruppen och fick stöd på byamötet den 19 april
        där 38 personer var med. Bygdegårdsföreningen upplåter lokalen gratis.

        För att kunna visa film behöver vi köpa in en projektor och en duk som
        sedan blir kvar i bygdegården.

        Budget
        Projektor (Epson, offert)      7 990 kr
        Filmduk 3 m                    2 490 kr
        Visningslicenser 4 x 450 kr    1 800 kr
        Annonsering                      720 kr
        Summa                         13 000 kr

        Vi söker 13 000 kr.

        Med vänliga hälsningar
        Camilla Frid
        sekreterare Frödinge Framtid
        073-660 41 28
        """)
    html = (
        '<html><body style="font-family:Verdana">'
        + "".join(f"<p>{xesc(p).replace(chr(10), '<br>')}</p>" for p in body.split("\n\n"))
        + "</body></html>"
    )
    hs = hdrs(
        date("2026-05-04 16:27:33"),
        ad("Camilla Frid", "camilla.frid@example.org"),
        OFFICER,
        ew("Bio i Frödinge – ansökan om idéslanten", enc="b"),
        "<trinity-5021-frodinge-4c2a@3c-app-webde-bap52.example.org>",
    )
    body_part = multi(
        "alternative",
        "=_5021_frodinge_boundary",
        [text(body, cte="quoted-printable"), text(html, subtype="html", cte="quoted-printable")],
    )
    return message(hs, body_part), lab(
        "application",
        "ACTNB",
        """Complete application (all five elements present) that breaks a rule: the budget buys a
        projector and a screen that stay in the bygdegård -> physical_investment true. Tests that
        eligibility is a fact, not an element. Subject in base64 encoded words. Association (org.nr,
        92 members), named contact with phone, concrete monthly film nights with a local theme,
        anchoring (byamöte of 38 backed it, bygdegårdsförening lends the hall) and itemised budget.
        "Oavsett ålder och kön" -> women_and_men true.""",
        association_name="Frödinge Framtid",
        org_number="804494-6294",
        contact_name="Camilla Frid",
        contact_email="camilla.frid@example.org",
        contact_phone="073-660 41 28",
        members=92,
        ort="Frödinge",
        amount_sek=13000,
        women_and_men=True,
        salary_costs=False,
        physical_investment=True,
    )


ALSTERBRO_MID = "<CAPm4q9xZ_5022alsterbroT7k2@mail.example.com>"


@mail(5022, "alsterbro-byalag-kort")
def m5022():
    body = t("""
        hej

        vi i alsterbro byalag har snackat om att vi vill göra nåt för att fler ska vilja bo kvar här i byn o att dom unga inte ska flytta.. vi va 40 st på byastämman i april o alla va med på att söka pengar. vi söker 12000 kr

        alsterbro byalag har typ 70 medlemmar o har funnits sen 80talet, vi har hand om badplatsen o valborgsfirandet

        ring mej om ni undrar
        mvh Tommy Lindgren 070 543 21 19
        """)
    hs = hdrs(
        date("2026-05-11 06:48:20"),
        ad("Tommy Lindgren", "tommy.lindgren@example.com"),
        OFFICER,
        "bygdepeng alsterbro",
        ALSTERBRO_MID,
        extra=[("Reply-To", "alsterbrobyalag@example.com")],
    )
    return message(hs, text(body)), lab(
        "application",
        "ACN",
        """Short, unpunctuated mail with dialect/shorthand ("o", "va", "nåt", "typ 70"). Association
        named with something about it (about 70 members -> 70, since the 80s, runs the beach) and
        contact (named signer from own address, phone with spaces) are present. Activity false: "göra
        nåt för att fler ska vilja bo kvar" is a wish with no what/when. Anchoring true: a byastämma of
        40 (attendance, not members) unanimously backed applying. Budget false: only "vi söker 12000
        kr", which gives amount_sek. Reply-To points to an old association mailbox (see the bounce).""",
        association_name="alsterbro byalag",
        contact_name="Tommy Lindgren",
        contact_email="tommy.lindgren@example.com",
        contact_phone="070 543 21 19",
        members=70,
        ort="Alsterbro",
        amount_sek=12000,
        salary_costs=False,
        physical_investment=False,
    )


@mail(5023, "bounce-alsterbro-user-unknown")
def m5023():
    rid = receipt_id(14, ALSTERBRO_MID)
    orig = message(
        hdrs(
            date("2026-05-11 06:48:31"),
            ad(BOT_NAME, BOT_ADDR),
            "alsterbrobyalag@example.com",
            "Re: bygdepeng alsterbro [Idéslanten 2026-0014]",
            rid,
            irt=ALSTERBRO_MID,
            refs=[ALSTERBRO_MID],
            extra=[("Auto-Submitted", "auto-replied")],
        ),
        text(receipt_text(14, ["activity", "budget"]), cte="quoted-printable"),
    )
    notice = t("""
        This is the mail system at host smtp.example.se.

        I'm sorry to have to inform you that your message could not
        be delivered to one or more recipients. It's attached below.

        For further assistance, please send mail to postmaster.

        If you do so, please include this problem report. You can
        delete your own text from the attached returned message.

                           The mail system

        <alsterbrobyalag@example.com>: host mx1.example.com[192.0.2.25] said: 550
            5.1.1 <alsterbrobyalag@example.com>: Recipient address rejected: User
            unknown in virtual mailbox table (in reply to RCPT TO command)
        """)
    status = t("""
        Reporting-MTA: dns; smtp.example.se
        X-Postfix-Queue-ID: 4fK2nQ0x3Tz5023
        X-Postfix-Sender: rfc822; ideslanten@example.se
        Arrival-Date: Mon, 11 May 2026 06:48:31 +0200 (CEST)

        Final-Recipient: rfc822; alsterbrobyalag@example.com
        Original-Recipient: rfc822;alsterbrobyalag@example.com
        Action: failed
        Status: 5.1.1
        Remote-MTA: dns; mx1.example.com
        Diagnostic-Code: smtp; 550 5.1.1 <alsterbrobyalag@example.com>: Recipient
            address rejected: User unknown in virtual mailbox table
        """)
    parts = [
        text(
            notice, charset="us-ascii", cte="7bit", extra=[("Content-Description", "Notification")]
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
            orig,
        ),
    ]
    hs = hdrs(
        date("2026-05-11 06:48:33"),
        "MAILER-DAEMON@smtp.example.se (Mail Delivery System)",
        BOT_ADDR,
        "Undelivered Mail Returned to Sender",
        "<20260511044833.4fK2nQ0x3Tz5023@smtp.example.se>",
        first=[("Return-Path", "<>")],
        extra=[("Auto-Submitted", "auto-replied")],
    )
    return message(
        hs,
        multi(
            "report",
            "4fK2nQ0x3Tz5023.1778474913/smtp.example.se",
            parts,
            preamble="This is a MIME-encapsulated message.\n\n",
            params=" report-type=delivery-status;",
        ),
    ), lab(
        "bounce",
        "",
        """Postfix bounce (multipart/report with notification, message/delivery-status and the full
        returned message/rfc822) for the bot's receipt to 5022, which went to the old association
        mailbox in 5022's Reply-To. The returned receipt names the application's Message-ID and lists
        missing elements; none of that counts. All elements false, facts null, never answer.""",
    )


@mail(5024, "bergkvara-kustkulturvecka-pdf")
def m5024():
    body = t("""
        Hej!

        Bergkvara Hamn- och Byförening (org.nr 805789-2773) söker idéslanten för
        en kustkulturvecka, "Bergkvara förr och nu", 3–9 augusti 2026.
        Föreningen har 73 medlemmar och sköter gästhamnen och byns gemensamma
        aktiviteter.

        Under veckan blir det guidade hamnvandringar varje kväll, en föreläsning
        om skeppsbyggeriet i Bergkvara, barnens fiskedag på piren och öppet hus
        i sjöfartsmuseet. Vi vill visa upp Bergkvara för sommargäster och nya
        invånare, och få igång fler som vill engagera sig i hamnen året runt.

        Veckan togs upp på årsmötet i mars (29 närvarande) som beslöt att vi ska
        genomföra den. Sjöfartsmuseets vänner och fiskeklubben är med som
        medarrangörer och turistbyrån i Torsås hjälper till med marknadsföringen.

        Eftersom det blir mycket att samordna vill vi anställa en av våra
        medlemmar som samordnare under veckan, se budgeten i bifogad pdf.

        Kontaktperson: Malin Ek, malin.ek@example.se, 0486-304 55

        Vänliga hälsningar
        Malin Ek
        """)
    pdf_data = pdf(
        [
            "Bergkvara Hamn- och Byförening – budget kustkulturvecka 3–9 augusti 2026",
            "",
            "Lön samordnare (40 tim inkl. sociala avgifter)     6 000 kr",
            "Föreläsare skeppsbyggeriet, arvode                 3 000 kr",
            "Hyra tält till piren                               2 500 kr",
            "Annonsering och affischer                          1 500 kr",
            "Fiskedagen: maskar, krokar, priser                   800 kr",
            "Fika vid vandringarna                              1 200 kr",
            "",
            "Summa                                             15 000 kr",
            "Vi söker 15 000 kr.",
        ],
        compress=True,
    )
    hs = hdrs(
        date("2026-05-19 13:14:09"),
        ad("Malin Ek", "malin.ek@example.se"),
        OFFICER,
        "Ansökan idéslanten Bergkvara",
        "<a7e2c9d0-5024-4b61-9f3a-bergkvara@example.se>",
        extra=[("User-Agent", "Microsoft-MacOutlook/16.89.25011917")],
    )
    parts = [
        text(body, cte="quoted-printable"),
        attach("Budget kustkulturveckan.pdf", "application/pdf", pdf_data),
    ]
    return message(
        hs,
        multi(
            "mixed",
            "B_3855054849_5024",
            parts,
            preamble="> This message is in MIME format. Since your mail reader does not understand\nthis format, some or all of this message may not be legible.\n\n",
        ),
    ), lab(
        "application",
        "ACTNB",
        """Complete application with the budget only in a FlateDecode-compressed PDF. The budget's
        first line is a wage for a member employed as coordinator ("Lön samordnare ... inkl. sociala
        avgifter"), and the body says "anställa en av våra medlemmar" -> salary_costs true, while the
        lecturer fee is a fee. Tent hire is renting, bait/hooks/prizes are consumables ->
        physical_investment false. Anchoring: annual meeting decision (29 present, not members),
        co-organisers. Audience is children, summer guests, residents: women_and_men null.""",
        association_name="Bergkvara Hamn- och Byförening",
        org_number="805789-2773",
        contact_name="Malin Ek",
        contact_email="malin.ek@example.se",
        contact_phone="0486-304 55",
        members=73,
        ort="Bergkvara",
        amount_sek=15000,
        women_and_men=None,
        salary_costs=True,
        physical_investment=False,
    )


@mail(5025, "alem-manstraff-latin1")
def m5025():
    body = t("""
        Hej!

        Vi är ett gäng gubbar i Ålem, mest pensionärer, som träffas på fredagarna
        och fikar. Nu vill vi starta en mansträff med föredrag en gång i månaden
        för byns äldre män. Många sitter ensamma hemma sedan frun gått bort och
        kommer inte ut.

        Första träffen blir fredag 4 september i hembygdsgården, sedan första
        fredagen i oktober, november och december. Ämnen: matlagning för
        ensamstående, Ålem förr i tiden, fiske i Alsterån och hur man håller sig
        frisk efter 70. Efter föredraget fikar vi och pratar.

        Vi tror att det är många gubbar som behöver det här.

        Vad det kostar:
        hyra hembygdsgården 4 ggr à 500 kr = 2 000 kr
        föredragshållare 4 ggr à 1 500 kr = 6 000 kr
        kaffe och bröd 1 200 kr
        annons i tidningen 800 kr
        Summa 10 000 kr

        Hälsningar
        Lennart Johansson
        tel 0499-210 44
        """)
    hs = hdrs(
        date("2026-06-02 10:22:47"),
        ad("Lennart Johansson", "lennart.johansson@example.net"),
        OFFICER,
        ew("Mansträff i Ålem", "iso-8859-1"),
        "<4B2E8A10.5025@example.net>",
        extra=[
            (
                "User-Agent",
                "Mozilla/5.0 (Windows NT 6.1; rv:52.0) Gecko/20100101 Thunderbird/52.9.1",
            )
        ],
    )
    return message(hs, text(body, charset="iso-8859-1", cte="8bit")), lab(
        "application",
        "CTB",
        """iso-8859-1 8bit application from an older man (old Thunderbird). Association false: "ett
        gäng gubbar i Ålem" is an unnamed group; renting the hembygdsgård is not a partnership, and the
        hembygdsförening is not the applicant. Anchoring false: "Vi tror att det är många gubbar som
        behöver det här" is a described need. Activity concrete (four dated Fridays, topics),
        itemised budget 10 000, named signer with phone from own address. Targets "byns äldre män"
        only -> women_and_men false (rule breach).""",
        contact_name="Lennart Johansson",
        contact_email="lennart.johansson@example.net",
        contact_phone="0499-210 44",
        ort="Ålem",
        amount_sek=10000,
        women_and_men=False,
        salary_costs=False,
        physical_investment=False,
    )


ROCKNEBY_MID = "<CAB8f2Lq_5026Rockneby_w9Xh1mZ@mail.example.com>"


@mail(5026, "rockneby-gamla-gardar-base64")
def m5026():
    body = t("""
        Hej,

        Jag skriver för Rockneby Byförening som har 133 medlemmar (org.nr 802432-8133).
        Vi jobbar med allt från vägföreningsfrågor till julmarknad.

        Vi vill göra ett projekt i augusti som heter "Rocknebys gamla gårdar": tre
        kvällsvandringar (5, 12 och 19 augusti) där några av de äldsta i byn berättar
        om gårdarna längs gamla landsvägen. Vi filmar berättelserna och visar dem
        på en utställning i kyrkskolan i oktober, så att nyinflyttade får veta
        var de bor och de äldre får dela med sig innan kunskapen försvinner.

        Vi har pratat med några i byn som tycker det låter kul.

        Kostnaden blir ungefär 10 000 kr totalt.

        Hälsningar
        Anders Ek
        Rockneby Byförening
        070-288 15 63
        """)
    hs = hdrs(
        date("2026-06-22 21:40:12"),
        ad("Anders Ek", "anders.ek@example.com"),
        OFFICER,
        "Ansökan: Rocknebys gamla gårdar",
        ROCKNEBY_MID,
    )
    return message(hs, text(body, cte="base64")), lab(
        "application",
        "ACT",
        """text/plain utf-8 in base64 (the text is invisible in the raw file). Association (name, 133
        members, org.nr, what they do), contact (named signer, own address, phone) and a concrete
        activity (three dated walks, filming, exhibition, purpose) are present. Anchoring false: "Vi
        har pratat med några i byn som tycker det låter kul" is not backing. Budget false: "ungefär
        10 000 kr totalt" is a single rough figure, which still gives amount_sek 10 000.""",
        association_name="Rockneby Byförening",
        org_number="802432-8133",
        contact_name="Anders Ek",
        contact_email="anders.ek@example.com",
        contact_phone="070-288 15 63",
        members=133,
        ort="Rockneby",
        amount_sek=10000,
        salary_costs=False,
        physical_investment=False,
    )


@mail(5027, "autosvar-rockneby-semester")
def m5027():
    rid = receipt_id(17, ROCKNEBY_MID)
    plain = t("""
        Hej! Jag har semester vecka 26–32 och läser inte mejl. Vid brådskande
        ärenden om Rockneby Byförening, ring Eva på 070-919 02 44.

        Hi! I am on vacation weeks 26–32 and will not read e-mail.

        /Anders
        """)
    html = (
        "<html><body><p>"
        + xesc(plain).replace("\n\n", "</p><p>").replace("\n", " ")
        + "</p></body></html>"
    )
    hs = hdrs(
        date("2026-06-22 21:40:58"),
        ad("Anders Ek", "anders.ek@example.com"),
        ad(BOT_NAME, BOT_ADDR),
        "Automatiskt svar: Re: Ansökan: Rocknebys gamla gårdar [Idéslanten 2026-0017]",
        "<autoreply.5027.b1c2@mail.example.com>",
        irt=rid,
        refs=[ROCKNEBY_MID, rid],
        extra=[
            ("Auto-Submitted", "auto-replied"),
            ("X-Autoreply", "yes"),
            ("Precedence", "auto_reply"),
            ("X-Auto-Response-Suppress", "All"),
        ],
    )
    body_part = multi(
        "alternative",
        "=_autoreply_5027",
        [text(plain, cte="quoted-printable"), text(html, subtype="html", cte="quoted-printable")],
    )
    return message(hs, body_part), lab(
        "autoreply",
        "",
        """Bilingual out-of-office reply to the receipt for 5026, with every automation header
        (Auto-Submitted, X-Autoreply, Precedence: auto_reply) and an "Automatiskt svar:" subject,
        threaded to receipt and application. It names another person and phone number, but an
        autoreply has no facts: all null, all elements false, never answer. Language sv (Swedish
        first).""",
    )


@mail(5028, "kastlosa-studieresa-mobil")
def m5028():
    body = t("""
        Hej! Vi vill söka pengar ur idéslanten till en studieresa lördag 19 sept med buss till Österlen för att titta på två bybutiker som drivs ideellt av byborna. Vi vill få igång en butik i Kastlösa igen sen Handlarn stängde, och vill lära oss hur de gjort med ekonomi, frivilliga och leverantörer.
        Buss 6500, guidning i butikerna 1500, lunch 2000. Blir 10 000 kr.
        /K

        Skickat från min Galaxy
        """)
    hs = hdrs(
        date("2026-07-06 14:09:51"),
        "kastlosa2026@example.com",
        OFFICER,
        "Studieresa",
        "<Vk2Lq8mR-5028-kastlosa-Galaxy@email.android.example.com>",
        extra=[("X-Mailer", "Samsung Email")],
    )
    return message(hs, text(body, cte="quoted-printable")), lab(
        "application",
        "TB",
        """Very short Android mail with three elements missing. No association ("Vi" only), no contact
        (signed "/K" from an address without a name), no anchoring at all. The activity is concrete
        (dated study trip, two volunteer-run shops, goal of reopening a shop in Kastlösa) and the
        budget has three items with amounts (10 000). Subject says only "Studieresa".""",
        ort="Kastlösa",
        amount_sek=10000,
        salary_costs=False,
        physical_investment=False,
    )


@mail(5029, "nyhetsbrev-bygdegardsdistriktet-sommar")
def m5029():
    html = t("""
        <!DOCTYPE html><html><head><meta charset="utf-8"><title>Sommarbrev</title></head>
        <body style="margin:0;background:#fffbe6;font-family:Helvetica,Arial,sans-serif">
        <div style="max-width:620px;margin:auto;padding:24px">
        <h1>Sommarbrev från bygdegårdsdistriktet</h1>
        <p>Hej bygdegårdsvänner i Kalmar län!</p>
        <p>Nu har de flesta bygdegårdar sommaruppehåll, men här är några saker att ha koll på inför hösten:</p>
        <ul>
        <li><b>Ansök om bidrag i tid.</b> Kommunernas föreningsbidrag, Boverkets bidrag till samlingslokaler
        och Region Kalmar läns idéslanten har olika sista dagar – titta i kalendern på vår webb.</li>
        <li><b>Brandskyddskurs</b> för bygdegårdsstyrelser 12 september i Mönsterås.</li>
        <li><b>Distriktsstämman</b> hålls 17 oktober i Ankarsrums bygdegård.</li>
        </ul>
        <p>Glad sommar!<br>Distriktsstyrelsen</p>
        <hr><p style="font-size:11px">Du får detta utskick som kontaktperson för en medlemsförening.
        <a href="https://bygdegardsdistriktet.example.org/u/8812">Avsluta prenumerationen</a></p>
        </div></body></html>
        """)
    hs = hdrs(
        date("2026-07-20 08:30:00"),
        ad("Bygdegårdsdistriktet Kalmar län", "info@bygdegardsdistriktet.example.org"),
        "landsbygdsutvecklare@example.se",
        ew("Sommarbrev från bygdegårdsdistriktet 🌻", enc="b"),
        "<sommarbrev-2026.8812@news.bygdegardsdistriktet.example.org>",
        extra=[
            ("List-Id", "Distriktsnytt <distriktsnytt.bygdegardsdistriktet.example.org>"),
            ("List-Unsubscribe", "<https://bygdegardsdistriktet.example.org/u/8812>"),
        ],
    )
    return message(hs, text(html, subtype="html", cte="base64")), lab(
        "newsletter",
        "",
        """HTML-only (base64) newsletter with an emoji in a base64 encoded-word subject, List-Id and
        List-Unsubscribe but no Precedence header. Mentions idéslanten among other grants and
        deadlines. All elements false, facts null; no reply.""",
    )


@mail(5030, "virserum-snickardag-lang")
def m5030():
    plain = t("""
        Bästa landsbygdsutvecklare!

        Jag heter Ingrid Svensson och är sekreterare i Föreningen Virserums Bygdegille sedan
        många år tillbaka, min man Gösta var ordförande i nästan tjugo år innan han gick bort
        2019, och nu har jag fått i uppdrag av styrelsen att skriva den här ansökan eftersom
        jag är den som är "bäst på datorn", vilket inte säger så mycket kanske. Ni får ursäkta
        om det blir långt.

        Föreningen Virserums Bygdegille har org.nr 804990-5998 och vi är 212 medlemmar. Vi
        arbetar för att bevara och levandegöra Virserums historia och för att det ska hända
        saker i samhället. Som ni säkert vet var Virserum en gång Sveriges möbelcentrum, med
        ett fyrtiotal snickerier, och många av oss äldre har arbetat i industrin.

        Nu vill vi ordna en hantverksdag som vi kallar "Virserum snickrar" lördagen den
        26 september 2026 i och utanför Möbelindustrimuseet. Det blir:
        - visning där några av de gamla snickarna visar hur man gjorde stolar och byråer förr,
        - en föreläsning om möbelindustrins historia av en historiker från Linnéuniversitetet,
        - barnsnickeri där barnen får bygga en fågelholk att ta hem,
        - spelmanslaget spelar och det serveras soppa och kaffe.
        Vi vill att unga och inflyttade ska förstå vad Virserum har varit och kan bli, och vi
        hoppas att några ska få upp ögonen för hantverk och kanske starta något eget här. Dagen
        är till för både damer och herrar, barn och gamla.

        Vi har pratat ihop oss med Möbelindustrimuseets vänförening, Virserums spelmanslag och
        föräldraföreningen på skolan, som alla är med och arbetar under dagen. På vårt
        medlemsmöte i juni (vi var 46 stycken) röstade alla för att vi skulle göra detta.

        Så här har vi räknat:
        Föreläsare, arvode och resa            4 000 kr
        Hyra av museets lokaler                3 000 kr
        Hyra tält                              3 000 kr
        Annonser i lokaltidningarna            2 500 kr
        Virke och spik till barnsnickeriet     2 500 kr
        Spelmanslaget, arvode                  3 000 kr
        Soppa, bröd och kaffe                  4 000 kr
        Summa                                 22 000 kr

        Vi söker alltså 22 000 kronor. Vi förstår om vi inte kan få hela beloppet, i så fall
        får vi skära ner på tältet.

        Jag bifogar affischen som mitt barnbarn har gjort.

        Ni når mig på telefon 0495-301 87 (hemma, helst förmiddagar) eller på den här
        mejladressen.

        Med vänlig hälsning
        Ingrid Svensson
        sekreterare, Föreningen Virserums Bygdegille
        """)
    html = (
        "<html><body style=\"font-family:'Times New Roman'\">"
        + "".join(f"<p>{xesc(p).replace(chr(10), '<br>')}</p>" for p in plain.split("\n\n"))
        + "</body></html>"
    )
    alt = multi(
        "alternative",
        "----=_NextPart_001_5030_01DD28A1.7E3C4B20",
        [
            text(plain, charset="windows-1252", cte="quoted-printable"),
            text(html, subtype="html", charset="windows-1252", cte="quoted-printable"),
        ],
    )
    img = attach("affisch virserum snickrar.png", "image/png", png(96, 64, 5030))
    hs = hdrs(
        date("2026-08-10 10:05:17"),
        ad("Ingrid Svensson", "ingrid.svensson@example.se"),
        OFFICER,
        "Ansökan om bidrag - Virserum snickrar",
        "<001a01dd28a1$7e3c4b20$5030$@example.se>",
        extra=[("X-Mailer", "Microsoft Outlook 14.0")],
    )
    return message(
        hs,
        multi(
            "mixed",
            "----=_NextPart_000_5030_01DD28A1.7E3C4B20",
            [alt, img],
            preamble="This is a multi-part message in MIME format.\n\n",
        ),
    ), lab(
        "application",
        "ACTNB",
        """Long, chatty complete application from an elderly writer (windows-1252 QP, alternative text
        and html, plus a PNG poster that carries no needed information). All five elements present.
        It applies for 22 000 kr, above the 15 000 cap (amount_sek 22 000, a rule the facts catch).
        212 members; the 46 at the June meeting are attendance. Wood and nails for birdhouses the
        children take home are consumables, tent hire is renting -> physical_investment false;
        lecturer and fiddlers' fees are not salary. "Både damer och herrar" -> true. "Ett fyrtiotal
        snickerier" is history, not a member count.""",
        association_name="Föreningen Virserums Bygdegille",
        org_number="804990-5998",
        contact_name="Ingrid Svensson",
        contact_email="ingrid.svensson@example.se",
        contact_phone="0495-301 87",
        members=212,
        ort="Virserum",
        amount_sek=22000,
        women_and_men=True,
        salary_costs=False,
        physical_investment=False,
    )


@mail(5031, "re-rockneby-aterkommer")
def m5031():
    rid = "<ideslanten.2026-0017.kvitto@ideslanten.example.se>"
    RECEIPT_FOR[rid] = ROCKNEBY_MID
    new = t("""
        Hej, nu är jag tillbaka från semestern. Förankring och budget tar vi upp på
        styrelsemötet i september, så jag återkommer efter det.

        Mvh Anders Ek
        """)
    plain = (
        new
        + "\nDen mån 22 juni 2026 kl 21:40 skrev Idéslanten – Region Kalmar län <\nideslanten@example.se>:\n\n"
        + quote(receipt_text(17, ["anchoring", "budget"]))
    )
    html = (
        '<div dir="ltr">'
        + xesc(new).replace("\n", "<br>")
        + '</div><br><div class="gmail_quote"><blockquote class="gmail_quote" style="margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex">'
        + xesc(receipt_text(17, ["anchoring", "budget"])).replace("\n", "<br>")
        + "</blockquote></div>"
    )
    hs = hdrs(
        date("2026-08-17 07:58:40"),
        ad("Anders Ek", "anders.ek@example.com"),
        ad(BOT_NAME, BOT_ADDR),
        "Re: Ansökan: Rocknebys gamla gårdar [Idéslanten 2026-0017]",
        "<CAB8f2Lq_5031Rockneby_sept_k3Wd@mail.example.com>",
        irt=rid,
        refs=[ROCKNEBY_MID, rid],
    )
    body_part = multi(
        "alternative",
        "00000000000077aa5031bb",
        [text(plain, cte="quoted-printable"), text(html, subtype="html", cte="quoted-printable")],
    )
    return message(hs, body_part), lab(
        "followup",
        "C",
        """Gmail followup to the receipt for 5026 that supplies nothing: "Förankring och budget tar vi
        upp på styrelsemötet i september, så jag återkommer" – anchoring and budget stay false. Only
        contact is true (named signer, own address). The Gmail quote header is wrapped across two
        lines and the receipt (listing the missing anchoring and budget) is >-quoted and in a
        gmail_quote blockquote; none of it counts.""",
        contact_name="Anders Ek",
        contact_email="anders.ek@example.com",
        salary_costs=False,
        physical_investment=False,
    )


STOREBRO_MID = "<5032.storebro.8d1e4f@example.se>"


@mail(5032, "storebro-samhallsforening-vag")
def m5032():
    body = t("""
        Hej!

        Storebro Samhällsförening, org.nr 805829-3732, ansöker härmed om medel ur
        idéslanten. Vi har 58 medlemmar och arbetar för ett levande Storebro.

        Vi vill stärka gemenskapen i Storebro genom olika aktiviteter under hösten
        och vintern, för att göra Storebro till en ännu bättre plats att bo på.

        Samhällsföreningen, Storebro IF och hembygdsgruppen vid bruket har bildat en
        gemensam arbetsgrupp för detta, och på medlemsmötet den 12 augusti röstade
        31 av 33 närvarande ja till att söka.

        Budget:
        Lokalhyra 3 000 kr
        Föreläsare 5 000 kr
        Fika 2 000 kr
        Annonser 1 000 kr
        Totalt 11 000 kr

        Frågor? Ring eller mejla mig.
        Kerstin Wall, 0492-400 12
        """)
    hs = hdrs(
        date("2026-08-24 19:51:26"),
        ad("Kerstin Wall", "kerstin.wall@example.se"),
        OFFICER,
        "Ansökan Storebro Samhällsförening",
        STOREBRO_MID,
        extra=[("User-Agent", "Mozilla Thunderbird")],
    )
    return message(hs, text(body, cte="quoted-printable")), lab(
        "application",
        "ACNB",
        """Well-formed application missing only the activity: "stärka gemenskapen i Storebro genom
        olika aktiviteter under hösten och vintern" has no what or when (the budget's "Föreläsare"
        line does not make it concrete). Anchoring is concrete (joint working group with IF and
        hembygdsgrupp, members' meeting voted 31 of 33). Association (org.nr, 58 members), contact
        (named signer with phone, own address), itemised budget 11 000.""",
        association_name="Storebro Samhällsförening",
        org_number="805829-3732",
        contact_name="Kerstin Wall",
        contact_email="kerstin.wall@example.se",
        contact_phone="0492-400 12",
        members=58,
        ort="Storebro",
        amount_sek=11000,
        salary_costs=False,
        physical_investment=False,
    )


@mail(5033, "fagerhult-skogsdag-csv")
def m5033():
    body = t("""
        Hej

        Fagerhults Byaförening i Högsby kommun söker idéslanten till en skogsdag
        lördag 3 oktober. Vi är 19 medlemmar, de flesta skogsägare här i byn.

        Under dagen går vi en skogsvandring med en skogskonsulent om hyggesfritt
        skogsbruk och viltvård, sedan svampkurs och grillning vid vindskyddet.
        Många gårdar har fått nya ägare som bor i stan, och vi vill att de ska
        lära känna byn och varandra och ta hand om skogen tillsammans med oss som
        bor här. Dagen är öppen för alla, kvinnor som män.

        Det finns ett stort intresse för skogen här.

        Budget se bifogad fil (csv).

        Johan Blom
        070-377 62 90
        """)
    csv = "Post;Belopp (kr)\nSkogskonsulent, arvode;3500\nSvampkursledare;2000\nHyra vindskydd/grillplats;500\nKorv, bröd och kaffe;1500\nAnnonsering;500\nSumma;8000\n"
    hs = hdrs(
        date("2026-09-01 20:02:14"),
        ad("Johan Blom", "johan.blom@example.com"),
        OFFICER,
        "Skogsdag Fagerhult",
        "<5033fagerhult.2b7c@mail.example.com>",
    )
    parts = [text(body), attach("budget skogsdag.csv", "text/csv", csv.encode("windows-1252"))]
    return message(hs, multi("mixed", "=_mixed_5033_fagerhult", parts)), lab(
        "application",
        "ACTB",
        """Application with the budget in a semicolon-separated CSV attachment (windows-1252, base64,
        no charset parameter) – readable, five items summing to 8 000, so budget true. Anchoring
        false: "Det finns ett stort intresse för skogen här" is a described interest/need, not local
        backing. Association named with 19 members, contact named with phone from own address,
        concrete dated forest day with a local purpose. "Kvinnor som män" -> true.""",
        association_name="Fagerhults Byaförening",
        contact_name="Johan Blom",
        contact_email="johan.blom@example.com",
        contact_phone="070-377 62 90",
        members=19,
        ort="Fagerhult",
        amount_sek=8000,
        women_and_men=True,
        salary_costs=False,
        physical_investment=False,
    )


@mail(5034, "question-grasgard-english")
def m5034():
    body = t("""
        Hi,

        My name is Pieter van Dijk and I moved to Gräsgård on Öland last year with my
        family. A few of us newcomers (and some neighbours who were born here) would like
        to organise a village walk and a potluck dinner next spring.

        Three questions about idéslanten:
        1. Do we need a registered association with an organisation number, or can an
           informal group apply?
        2. Is it OK to write the application in English?
        3. How many members do we need?

        Thanks a lot!
        Pieter
        """)
    hs = hdrs(
        date("2026-09-08 11:37:02"),
        ad("Pieter van Dijk", "pieter.vandijk@example.org"),
        OFFICER,
        "Question about idéslanten",
        "<CAFp9d2K_5034grasgard_Q8@mail.example.org>",
    )
    return message(hs, text(body)), lab(
        "question",
        "",
        """English question from a newcomer about eligibility (org number, language, minimum members)
        with a loose idea for next spring; nothing is applied for, no budget. All elements false.
        Facts as stated: contact (named signer with own address), ort Gräsgård; no association
        name, member count or amount.""",
        lang="en",
        contact_name="Pieter van Dijk",
        contact_email="pieter.vandijk@example.org",
        ort="Gräsgård",
    )


FIGEHOLM_MID = "<5035-figeholm-hamnens-dag.9e3b@example.se>"


@mail(5035, "figeholm-hamnens-dag-budget-saknas")
def m5035():
    body = t("""
        Hej,

        Figeholms Hamnförening (org.nr 802393-3529) söker idéslanten för
        Hamnens dag lördag 10 oktober. Föreningen bildades 1952, har 141
        medlemmar och förvaltar hamnen och hamnmagasinet i Figeholm.

        Hamnens dag: öppet hus i hamnmagasinet, prova-på-segling för barn med
        seglarskolan, föredrag om kustfiskets framtid av en fiskeexpert från
        länsstyrelsen och fiskrökning på kajen. Vi vill visa att hamnen är till
        för alla i Figeholm, inte bara båtägarna, och locka fler barnfamiljer
        till föreningslivet. Alla är välkomna, kvinnor och män, stora och små.

        Dagen planeras tillsammans med Figeholms Båtklubb och Figeholms
        Skärgårdsförening, och på höstmötet 7 september (52 närvarande) ställde
        sig medlemmarna bakom den.

        Budget bifogas. Vi söker 14 000 kr.

        Hälsningar
        Figeholms Hamnförening
        """)
    hs = hdrs(
        date("2026-09-21 18:22:45"),
        ad("Figeholms Hamnförening", "info.figeholmshamn@example.se"),
        OFFICER,
        "Hamnens dag i Figeholm – idéslanten",
        FIGEHOLM_MID,
    )
    return message(hs, text(body)), lab(
        "application",
        "ATN",
        """Sent from the association's shared mailbox and signed only with the association's name ->
        no contact person, contact facts null. "Budget bifogas" but nothing is attached -> budget
        false; "Vi söker 14 000 kr" gives amount_sek. Association (org.nr, founded 1952, 141
        members), concrete dated activity and anchoring (two partner clubs, autumn meeting of 52
        backed it) are present. "Kvinnor och män" -> true.""",
        association_name="Figeholms Hamnförening",
        org_number="802393-3529",
        members=141,
        ort="Figeholm",
        amount_sek=14000,
        women_and_men=True,
        salary_costs=False,
        physical_investment=False,
    )


@mail(5036, "re-storebro-aktiviteterna")
def m5036():
    new = t("""
        Hej igen!

        Fick ert svar att vi måste beskriva aktiviteterna bättre, förlåt. Så här
        blir det:

        Torsdag 8 oktober: föreläsning med kommunens energirådgivare om hur man
        sänker elkostnaden i de gamla brukshusen – många här har höga elräkningar
        och några funderar på att flytta.
        Torsdag 12 november: "Storebro berättar", en kväll där äldre bybor berättar
        om bruket och båtvarvet, och där vi samlar in bilder till ett byarkiv.
        Torsdag 10 december: julkväll med luciatåg från skolan, där alla föreningar
        i Storebro visar upp sig så att nyinflyttade hittar in i föreningslivet.

        Alla kvällar i Folkets hus kl 18.30.

        Kerstin Wall
        Storebro Samhällsförening
        """)
    orig = (STOREBRO_MID, "Ansökan Storebro Samhällsförening")
    quoted_app = quote(
        t("""
        Hej!

        Storebro Samhällsförening, org.nr 805829-3732, ansöker härmed om medel ur
        idéslanten. Vi har 58 medlemmar och arbetar för ett levande Storebro.

        Vi vill stärka gemenskapen i Storebro genom olika aktiviteter under hösten
        och vintern, för att göra Storebro till en ännu bättre plats att bo på.

        Samhällsföreningen, Storebro IF och hembygdsgruppen vid bruket har bildat en
        gemensam arbetsgrupp för detta, och på medlemsmötet den 12 augusti röstade
        31 av 33 närvarande ja till att söka.

        Budget:
        Lokalhyra 3 000 kr
        Föreläsare 5 000 kr
        Fika 2 000 kr
        Annonser 1 000 kr
        Totalt 11 000 kr

        Frågor? Ring eller mejla mig.
        Kerstin Wall, 0492-400 12
        """)
    )
    plain = new + "\nDen 2026-08-24 kl. 19:51, skrev Kerstin Wall:\n" + quoted_app
    hs = hdrs(
        date("2026-09-29 09:40:03"),
        ad("Kerstin Wall", "kerstin.wall@example.se"),
        OFFICER,
        "Re: " + orig[1],
        "<5036.storebro.re.a4c9e2@example.se>",
        irt=orig[0],
        refs=[orig[0]],
        extra=[("User-Agent", "Mozilla Thunderbird")],
    )
    return message(hs, text(plain, cte="quoted-printable")), lab(
        "followup",
        "CT",
        """Followup threaded to the applicant's OWN earlier mail (In-Reply-To/References = 5032), not
        to the receipt: she replies to her sent application and quotes it in full with >. The new
        text supplies the missing activity (three dated evenings with content and local purpose) and
        is signed by her from her own address -> contact true. The quoted application contains
        association, anchoring and budget, which must not count for this mail.""",
        association_name="Storebro Samhällsförening",
        contact_name="Kerstin Wall",
        contact_email="kerstin.wall@example.se",
        ort="Storebro",
        salary_costs=False,
        physical_investment=False,
    )


@mail(5037, "kopingsvik-vinterliv-nio-medlemmar")
def m5037():
    body = t("""
        Hej!

        Föreningen Köpingsviks Vinterliv söker idéslanten för vintern 2026.

        Vi bildade föreningen i våras för att Köpingsvik inte ska vara en
        spökby från september till maj. Vi är nio medlemmar än så länge, alla
        åretruntboende, och org.nr är sökt hos Skatteverket.

        Vi vill ordna soppkvällar i bygdegården lördagarna 7 november,
        28 november och 16 januari, där man äter tillsammans och vi berättar om
        vad som finns i byn på vintern, samt en vintermarknad på torget
        lördag 12 december där öländska producenter och hantverkare säljer.
        Det är för alla som bor här året runt och för dem som funderar på att
        flytta hit.

        I somras samlade vi 86 namnunderskrifter bland åretruntboende för att
        något ska hända i byn på vintern, och Köpingsviks Byalag står bakom
        oss och lånar ut sina marknadsstånd.

        Budgeten ligger i bifogad textfil.

        Kontakt: Therese Holm, therese.holm@example.com, 070-566 31 72

        Vänliga hälsningar
        Therese Holm
        """)
    budget = t("""
        BUDGET KÖPINGSVIKS VINTERLIV 2026

        Hyra bygdegården 3 kvällar x 800 kr      2 400 kr
        Hyra tält vintermarknaden                2 000 kr
        Musik vintermarknaden (arvode)           2 500 kr
        Annonser och affischer                   1 100 kr
        Råvaror soppa 3 kvällar                  2 000 kr
        ---------------------------------------------
        Totalt                                  10 000 kr
        """)
    hs = hdrs(
        date("2026-10-12 19:03:55"),
        ad("Therese Holm", "therese.holm@example.com"),
        OFFICER,
        ew("Ansökan idéslanten - Köpingsviks Vinterliv", "iso-8859-1"),
        "<5037.koepingsvik.7fe1@mail.example.com>",
    )
    parts = [
        text(body, charset="iso-8859-1", cte="quoted-printable"),
        attach("budget.txt", "text/plain; charset=utf-8", budget.encode()),
    ]
    return message(hs, multi("mixed", "=_koepingsvik_5037", parts)), lab(
        "application",
        "ACTNB",
        """Complete application (iso-8859-1 QP body, iso-8859-1 encoded-word subject) with the budget
        only in a utf-8 .txt attachment. The
        association has only nine members ("nio medlemmar" -> 9, below the rule's 10) and no org.nr
        yet ("sökt" -> null). Anchoring concrete (petition with 86 signatures – not members – and the
        byalag backs and lends stalls). Audience "alla som bor här året runt" -> women_and_men null.
        Soup ingredients are consumables; tent hire is renting.""",
        association_name="Köpingsviks Vinterliv",
        contact_name="Therese Holm",
        contact_email="therese.holm@example.com",
        contact_phone="070-566 31 72",
        members=9,
        ort="Köpingsvik",
        amount_sek=10000,
        women_and_men=None,
        salary_costs=False,
        physical_investment=False,
    )


@mail(5038, "sv-figeholm-kontakt-budget-xlsx")
def m5038():
    rid = receipt_id(22, FIGEHOLM_MID)
    new = t("""
        Hej!

        Jag är kassör i Figeholms Hamnförening och kontaktperson för vår ansökan
        om Hamnens dag: Per Sandberg, 070-845 19 37, per.sandberg@example.se.

        Budgeten blev visst aldrig bifogad förra gången, ber om ursäkt. Den kommer
        här i Excel.

        Mvh
        Per Sandberg
        """)
    quoted = t(f"""
        -----Ursprungligt meddelande-----
        Från: {BOT_NAME} <{BOT_ADDR}>
        Skickat: den 21 september 2026 18:22
        Till: Figeholms Hamnförening <info.figeholmshamn@example.se>
        Ämne: Re: Hamnens dag i Figeholm – idéslanten [Idéslanten 2026-0022]

        """) + receipt_text(22, ["contact", "budget"], variant=1)
    sheet = xlsx(
        [
            ["Hamnens dag Figeholm 10/10 2026", "", ""],
            ["Kostnad", "Kr", "Kommentar"],
            ["Föredrag fiskeexpert", 3000, "arvode inkl. resa"],
            ["Seglarskolans instruktörer", 3000, "arvode"],
            ["Hyra rökugn", 1500, ""],
            ["Fisk och ved", 2500, ""],
            ["Annonsering", 1500, "Oskarshamns-Tidningen + affischer"],
            ["Fika", 2500, ""],
            ["Summa", "=SUM(B3:B8)|14000", ""],
        ],
        sheet="Budget",
        when=(2026, 10, 25, 21, 10, 0),
    )
    hs = hdrs(
        date("2026-10-26 08:15:29"),
        ad("Per Sandberg", "per.sandberg@example.se"),
        ad(BOT_NAME, BOT_ADDR),
        "SV: Re: Hamnens dag i Figeholm – idéslanten [Idéslanten 2026-0022]",
        "<000d01dd4520$5038c1a0$1f0e3d90$@example.se>",
        irt=rid,
        refs=[FIGEHOLM_MID, rid],
        extra=[
            ("X-Mailer", "Microsoft Outlook 16.0"),
            ("Thread-Index", "AdtFIFA4waAfDj2Q5038kK1mT0c="),
        ],
    )
    parts = [
        text(new + "\n" + quoted, cte="quoted-printable"),
        attach(
            "Budget Hamnens dag.xlsx",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            sheet,
        ),
    ]
    return message(
        hs,
        multi(
            "mixed",
            "----=_NextPart_000_000E_01DD4520.5038C1A0",
            parts,
            preamble="This is a multi-part message in MIME format.\n\n",
        ),
    ), lab(
        "followup",
        "CB",
        """Outlook followup ("SV: Re: ...", older "-----Ursprungligt meddelande-----" quote block
        without > prefixes) to the receipt for 5035, from a board member's own address. It supplies
        the two missing elements: a named contact with phone and e-mail, and the budget as an .xlsx
        (six items, SUM 14 000). Renting a smoking oven is renting; fish and firewood are
        consumables -> no investment. Instructor and speaker fees are not salary.""",
        association_name="Figeholms Hamnförening",
        contact_name="Per Sandberg",
        contact_email="per.sandberg@example.se",
        contact_phone="070-845 19 37",
        amount_sek=14000,
        salary_costs=False,
        physical_investment=False,
    )


LANGASJO_MID = "<5039.langasjo.html.0c7d@mail.example.com>"


@mail(5039, "langasjo-foraldrar-html")
def m5039():
    html = t("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"></head>
        <body><font face="Arial" size="2">
        <p>Hej!</p>
        <p>Vi är några föräldrar i Långasjö som vill ordna en föräldrakväll i Långasjö skola
        torsdag 17 december kl 18–20. En föreläsare kommer och pratar om barn, skärmar och spel, och
        efteråt har vi samtal om hur vi kan få till fler aktiviteter för barnen på kvällar och helger
        här i byn – idag måste alla skjutsa till Emmaboda för allt. Kvällen är för mammor och pappor,
        mor- och farföräldrar.</p>
        <p>Vi skickade en enkät till alla familjer på skolan och 34 av 41 familjer svarade att de vill vara
        med. Långasjö IF och Långasjö hembygdsförening har lovat att komma och berätta vad de kan
        erbjuda barnen.</p>
        <p><b>Budget</b><br>
        Föreläsare 4&nbsp;500 kr<br>
        Fika 800 kr<br>
        Affischer 200 kr<br>
        Lokalen får vi låna gratis av skolan.<br>
        Summa 5&nbsp;500 kr</p>
        <p>Kontakt: Sara Lindqvist, 076-231 90 48, sara.lindqvist@example.com</p>
        <p>Tack på förhand!<br>Sara</p>
        </font></body></html>
        """)
    hs = hdrs(
        date("2026-12-02 13:26:40"),
        ad("Sara Lindqvist", "sara.lindqvist@example.com"),
        OFFICER,
        "Föräldrakväll Långasjö",
        LANGASJO_MID,
    )
    return message(
        hs, text(html, subtype="html", charset="windows-1252", cte="quoted-printable")
    ), lab(
        "application",
        "CTNB",
        """HTML-only windows-1252 QP application missing only the association: "Vi är några föräldrar i
        Långasjö" is an unnamed group, and Långasjö IF and the hembygdsförening are supporters, not
        the applicant -> association false, name and members null. Activity concrete (dated evening,
        lecture, follow-up conversation), anchoring concrete (school survey, 34 of 41 families; two
        local clubs take part), budget itemised in HTML with &nbsp; thousands (5 500). "Mammor och
        pappor" -> women_and_men true.""",
        contact_name="Sara Lindqvist",
        contact_email="sara.lindqvist@example.com",
        contact_phone="076-231 90 48",
        ort="Långasjö",
        amount_sek=5500,
        women_and_men=True,
        salary_costs=False,
        physical_investment=False,
    )


@mail(5040, "bounce-langasjo-mailbox-full")
def m5040():
    rid = receipt_id(24, LANGASJO_MID)
    notice = t("""
        This message was created automatically by mail delivery software.

        A message that you sent could not be delivered to one or more of its
        recipients. This is a permanent error. The following address(es) failed:

          sara.lindqvist@example.com
            host mx.example.com [198.51.100.14]
            SMTP error from remote mail server after RCPT TO:<sara.lindqvist@example.com>:
            552 5.2.2 Mailbox full - user is over quota
        """)
    status = t("""
        Reporting-MTA: dns; out2.example.se

        Action: failed
        Final-Recipient: rfc822;sara.lindqvist@example.com
        Status: 5.2.2
        Remote-MTA: dns; mx.example.com
        Diagnostic-Code: smtp; 552 5.2.2 Mailbox full - user is over quota
        """)
    orig_headers = t(f"""
        Return-path: <ideslanten@example.se>
        Date: {date("2026-12-02 13:26:51")}
        From: =?utf-8?Q?Id=C3=A9slanten_=E2=80=93_Region_Kalmar_l=C3=A4n?= <ideslanten@example.se>
        To: sara.lindqvist@example.com
        Subject: Re: =?utf-8?Q?F=C3=B6r=C3=A4ldrakv=C3=A4ll_L=C3=A5ngasj=C3=B6_=5BId=C3=A9slanten_2026-0024=5D?=
        Message-ID: {rid}
        In-Reply-To: {LANGASJO_MID}
        References: {LANGASJO_MID}
        Auto-Submitted: auto-replied
        MIME-Version: 1.0
        Content-Type: text/plain; charset=utf-8
        Content-Transfer-Encoding: quoted-printable
        """)
    parts = [
        text(notice, charset="us-ascii", cte="7bit"),
        Part([("Content-Type", "message/delivery-status")], status.encode()),
        Part([("Content-Type", "text/rfc822-headers")], orig_headers.encode()),
    ]
    hs = hdrs(
        date("2026-12-02 13:26:53"),
        ad("Mail Delivery System", "Mailer-Daemon@out2.example.se"),
        BOT_ADDR,
        "Mail delivery failed: returning message to sender",
        "<E1vQx8C-0005Zq-5040@out2.example.se>",
        first=[("Return-path", "<>"), ("Envelope-to", BOT_ADDR)],
        extra=[
            ("X-Failed-Recipients", "sara.lindqvist@example.com"),
            ("Auto-Submitted", "auto-replied"),
        ],
    )
    return message(
        hs,
        multi("report", "1764678413-eximdsn-5040", parts, params=" report-type=delivery-status;"),
    ), lab(
        "bounce",
        "",
        """Exim-style bounce (multipart/report with message/delivery-status and only the returned
        headers as text/rfc822-headers) for the receipt to 5039: mailbox full (552 5.2.2). The
        returned headers name the application's Message-ID. All elements false, facts null, never
        answer.""",
    )


if __name__ == "__main__":
    main()
