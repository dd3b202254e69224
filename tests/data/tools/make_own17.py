"""Development corpus own17 – "unusual but real situations" (mails 2301–2340).

Forty entirely fictional e-mails to the intake bot of Region Kalmar län's micro-grant
"regional bygdepeng – idéslanten", with labels in labels.json (schema: shared corpus README).
Theme: odd but realistic situations – two activities in one mail, a re-application referring to
last year, mails sent to many recipients (officer in Cc, Bcc with undisclosed recipients), a
municipal official writing for a village group, a "rättad version" sent as a new mail, a budget
only in the subject line, half application / half complaint, a withdrawal, an application pasted
twice, a third-person application by a secretary, an association-only signature, a reply that
quotes the applicant's own application and adds one line, very long subject lines and a Swedish
mail with an English machine-translated part.

Regenerate (deterministic, byte-identical on every run; checks itself at the end):

    /work/main/.venv/bin/python tests/data/tools/make_own17.py

Output: tests/data/own17/NNNN-slug.eml (LF line endings) and tests/data/own17/labels.json.
"""

# ruff: noqa: E501

from __future__ import annotations

import base64
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

OUT = Path(__file__).resolve().parent.parent / "own17"

BOT = ("Idéslanten – Region Kalmar län", "ideslanten@example.se")
OFFICER = ("Landsbygdsutvecklare Region Kalmar län", "landsbygdsutvecklare@example.se")

MAILS: list[tuple[str, bytes, dict]] = []

# ---------------------------------------------------------------------------
# Header helpers
# ---------------------------------------------------------------------------


def ew(text: str, charset: str = "utf-8", enc: str = "B", first_room: int = 62) -> str:
    """RFC 2047 encode `text` as encoded words, folded between the words."""

    def encode(s: str) -> str:
        raw = s.encode(charset)
        if enc == "B":
            payload = base64.b64encode(raw).decode("ascii")
        else:
            out = []
            for b in raw:
                ch = chr(b)
                if ch == " ":
                    out.append("_")
                elif ch.isascii() and (ch.isalnum() or ch in "!*+-/"):
                    out.append(ch)
                else:
                    out.append(f"={b:02X}")
            payload = "".join(out)
        return f"=?{charset}?{enc}?{payload}?="

    words: list[str] = []
    cur = ""
    room = first_room
    for ch in text:
        if cur and len(encode(cur + ch)) > room:
            words.append(encode(cur))
            cur, room = ch, 74
        else:
            cur += ch
    if cur:
        words.append(encode(cur))
    return "\n ".join(words)


def fold_ascii(value: str, first: int = 60) -> str:
    """Fold a long ASCII header value at spaces."""
    out, line, limit = [], "", first
    for word in value.split(" "):
        if line and len(line) + 1 + len(word) > limit:
            out.append(line)
            line, limit = word, 76
        else:
            line = f"{line} {word}" if line else word
    out.append(line)
    return "\n ".join(out)


def subj(text: str, charset: str = "utf-8", enc: str = "B") -> str:
    if text.isascii():
        return fold_ascii(text)
    words = text.split(" ")
    n = 0
    while n < len(words) - 1 and words[n].isascii():
        n += 1
    if n:  # keep a leading ASCII part ("SV: Re:") readable, like most clients do
        prefix = " ".join(words[:n])
        return prefix + " " + ew(" ".join(words[n:]), charset, enc, max(20, 62 - len(prefix)))
    return ew(text, charset, enc)


def addr(name: str | None, mail: str, charset: str = "utf-8", enc: str = "B") -> str:
    if not name:
        return mail
    if name.isascii():
        if re.search(r"[^A-Za-z0-9 !#$%&'*+/=?^_`{|}~-]", name):
            return f'"{name}" <{mail}>'
        return f"{name} <{mail}>"
    return f"{ew(name, charset, enc, 74)} <{mail}>"


def addrs(*pairs: tuple[str | None, str]) -> str:
    return ",\n ".join(addr(n, m) for n, m in pairs)


# ---------------------------------------------------------------------------
# MIME parts
# ---------------------------------------------------------------------------


class Part:
    def __init__(self, headers: list[tuple[str, str]], body: bytes):
        self.headers = headers
        self.body = body

    def render(self) -> bytes:
        head = "".join(f"{k}: {v}\n" for k, v in self.headers)
        return head.encode("ascii") + b"\n" + self.body


def _encode_body(data: bytes, cte: str) -> bytes:
    if cte == "base64":
        return base64.encodebytes(data)
    if cte == "quoted-printable":
        out = quopri.encodestring(data)
        return out if out.endswith(b"\n") else out + b"=\n"
    return data if data.endswith(b"\n") else data + b"\n"


def text(
    body: str,
    subtype: str = "plain",
    charset: str | None = "utf-8",
    cte: str = "8bit",
    params: str = "",
) -> Part:
    data = body.encode(charset or "ascii")
    ct = f"text/{subtype}"
    if charset:
        ct += f"; charset={charset if charset != 'utf-8' else 'utf-8'}"
    ct += params
    headers = [("Content-Type", ct)]
    if cte != "7bit" or not data.isascii():
        headers.append(("Content-Transfer-Encoding", cte))
    return Part(headers, _encode_body(data, cte))


def _fname_params(filename: str) -> tuple[str, str]:
    if filename.isascii():
        return f'; name="{filename}"', f'; filename="{filename}"'
    q = "".join(
        c
        if (c.isascii() and (c.isalnum() or c in ".-_"))
        else "".join(f"%{b:02X}" for b in c.encode("utf-8"))
        for c in filename
    )
    return f"; name*=utf-8''{q}", f"; filename*=utf-8''{q}"


def attachment(
    data: bytes, ctype: str, filename: str, cte: str = "base64", inline: bool = False
) -> Part:
    name_p, file_p = _fname_params(filename)
    disp = "inline" if inline else "attachment"
    return Part(
        [
            ("Content-Type", ctype + name_p),
            ("Content-Disposition", disp + file_p),
            ("Content-Transfer-Encoding", cte),
        ],
        _encode_body(data, cte),
    )


def multi(subtype: str, parts: list[Part], boundary: str, preamble: str = "") -> Part:
    chunks = [preamble.encode("ascii")] if preamble else []
    for p in parts:
        chunks.append(f"--{boundary}\n".encode("ascii") + p.render())
        if not chunks[-1].endswith(b"\n"):
            chunks[-1] += b"\n"
    chunks.append(f"--{boundary}--\n".encode("ascii"))
    return Part([("Content-Type", f'multipart/{subtype}; boundary="{boundary}"')], b"".join(chunks))


def message(headers: list[tuple[str, str]], part: Part) -> bytes:
    head = [(k, v) for k, v in headers if v is not None]
    head.append(("MIME-Version", "1.0"))
    return Part(head + part.headers, part.body).render()


def std_headers(
    frm: str,
    to: str,
    subject: str,
    date: str,
    mid: str,
    cc: str | None = None,
    irt: str | None = None,
    refs: str | None = None,
    extra: list[tuple[str, str]] | None = None,
) -> list[tuple[str, str]]:
    h = [("From", frm), ("To", to)]
    if cc:
        h.append(("Cc", cc))
    h += [("Subject", subject), ("Date", date), ("Message-ID", mid)]
    if irt:
        h.append(("In-Reply-To", irt))
    if refs:
        h.append(("References", refs))
    h += extra or []
    return h


def dt(stamp: str) -> str:
    """'2026-02-05 14:12:09' -> RFC 5322 date in Swedish local time (CET/CEST)."""
    import datetime as _d

    t = _d.datetime.strptime(stamp, "%Y-%m-%d %H:%M:%S")
    off = 2 if _d.datetime(2026, 3, 29, 2) <= t < _d.datetime(2026, 10, 25, 3) else 1
    t = t.replace(tzinfo=_d.timezone(_d.timedelta(hours=off)))
    return email.utils.format_datetime(t)


def quote(body: str, prefix: str = "> ") -> str:
    return "\n".join(
        (prefix + line).rstrip() if line else prefix.rstrip() for line in body.split("\n")
    )


# ---------------------------------------------------------------------------
# Attachment builders (.docx, .xlsx, .pdf, .png) – deterministic
# ---------------------------------------------------------------------------

ZIP_DATE = (2026, 1, 1, 0, 0, 0)


def _zip(files: list[tuple[str, str]]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, content in files:
            info = zipfile.ZipInfo(name, ZIP_DATE)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            z.writestr(info, content.encode("utf-8"))
    return buf.getvalue()


def _x(s: str) -> str:
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def docx(
    paragraphs: list,
) -> bytes:
    """paragraphs: str (a paragraph, '# ' prefix = bold heading) or list of rows (a table)."""
    body = []
    for p in paragraphs:
        if isinstance(p, list):
            rows = "".join(
                "<w:tr>"
                + "".join(
                    f'<w:tc><w:p><w:r><w:t xml:space="preserve">{_x(c)}</w:t></w:r></w:p></w:tc>'
                    for c in row
                )
                + "</w:tr>"
                for row in p
            )
            body.append(f'<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/></w:tblPr>{rows}</w:tbl>')
        elif p.startswith("# "):
            body.append(
                f'<w:p><w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">{_x(p[2:])}</w:t></w:r></w:p>'
            )
        else:
            body.append(f'<w:p><w:r><w:t xml:space="preserve">{_x(p)}</w:t></w:r></w:p>')
    doc = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>'
        + "".join(body)
        + "<w:sectPr/></w:body></w:document>"
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


def xlsx(rows: list[list], sheet: str = "Budget") -> bytes:
    xml_rows = []
    for r, row in enumerate(rows, 1):
        cells = []
        for c, v in enumerate(row):
            ref = f"{_col(c)}{r}"
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
        xml_rows.append(f'<row r="{r}">' + "".join(cells) + "</row>")
    sheet_xml = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
        + "".join(xml_rows)
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


def pdf(lines: list[str], title: str = "Budget", compress: bool = False) -> bytes:
    """One-page PDF, Helvetica/WinAnsi; a line starting with '# ' is set larger (bold look)."""
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
    info_title = (
        title.encode("cp1252").replace(b"(", b"\\(").replace(b")", b"\\)").decode("latin-1")
    )
    objs = [
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>",
        None,
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        f"<< /Title ({info_title}) /Producer (Skrivare) /CreationDate (D:20260101000000) >>",
    ]
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, o in enumerate(objs, 1):
        offsets.append(len(out))
        if o is None:
            out += (
                f"{i} 0 obj\n{sdict}\nstream\n".encode("latin-1")
                + stream
                + b"\nendstream\nendobj\n"
            )
        else:
            out += f"{i} 0 obj\n{o}\nendobj\n".encode("latin-1")
    xref = len(out)
    out += f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode("ascii")
    for off in offsets:
        out += f"{off:010d} 00000 n \n".encode("ascii")
    out += f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R /Info 6 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode(
        "ascii"
    )
    return bytes(out)


def png(width: int = 64, height: int = 48, seed: int = 7) -> bytes:
    """A small greyish 'photo' (deterministic noise)."""
    rows = []
    v = seed
    for _y in range(height):
        row = bytearray([0])
        for _x in range(width):
            v = (v * 1103515245 + 12345) & 0x7FFFFFFF
            g = 200 + (v >> 16) % 40
            row += bytes([g, g, g - 10])
        rows.append(bytes(row))
    raw = zlib.compress(b"".join(rows), 9)

    def chunk(tag: bytes, data: bytes) -> bytes:
        return (
            struct.pack(">I", len(data))
            + tag
            + data
            + struct.pack(">I", zlib.crc32(tag + data) & 0xFFFFFFFF)
        )

    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
        + chunk(b"IDAT", raw)
        + chunk(b"IEND", b"")
    )


DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


# ---------------------------------------------------------------------------
# Labels, org numbers, bot receipts
# ---------------------------------------------------------------------------

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


def luhn_ok(digits: str) -> bool:
    total = 0
    for i, ch in enumerate(digits):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        total += d - 9 if d > 9 else d
    return total % 10 == 0


def org(first9: str) -> str:
    """Swedish organisation number from its first nine digits ('NNNNNN-NNN')."""
    d = first9.replace("-", "")
    for c in "0123456789":
        if luhn_ok(d + c):
            return f"{d[:6]}-{d[6:]}{c}"
    raise ValueError(first9)


def label(kind: str, lang: str, el: str, notes: str, **facts) -> dict:
    """el: five characters for association, contact, activity, anchoring, budget ('1'/'0')."""
    f = {k: None for k in FACTS}
    if kind in ("application", "followup"):
        f["salary_costs"] = False
        f["physical_investment"] = False
    for k, v in facts.items():
        assert k in FACTS, k
        f[k] = v
    return {
        "kind": kind,
        "language": lang,
        "elements": {e: c == "1" for e, c in zip(ELEMENTS, el, strict=True)},
        "facts": f,
        "notes": notes,
    }


def add(num: int, slug: str, raw: bytes, lab: dict) -> None:
    MAILS.append((f"{num}-{slug}.eml", raw, lab))


GUIDE = {
    "association": (
        "Uppgifter om föreningen/gruppen",
        "vad den heter, var den finns och gärna antal medlemmar",
    ),
    "contact": ("Kontaktperson", "namn och e-post eller telefon till den som vi kan kontakta"),
    "activity": (
        "Aktiviteten",
        "vad ni ska göra, när och hur det bidrar till utvecklingen på orten",
    ),
    "anchoring": (
        "Lokal förankring",
        "hur aktiviteten är förankrad i byn, t.ex. ett möte, en enkät eller samarbete med andra",
    ),
    "budget": ("Budget", "en översiktlig budget med kostnadsposter och belopp"),
}


def receipt(case: str, missing: list[str], variant: int = 0) -> str:
    if variant == 0:
        lines = [
            "Tack för er ansökan om idéslanten!",
            "",
            f"Vi har tagit emot den och gett den ärendenummer {case}.",
        ]
        if missing:
            lines += ["", "Vi saknar följande i er ansökan:"]
            lines += [f"– {GUIDE[m][0]}: {GUIDE[m][1]}" for m in missing]
            lines += [
                "",
                "Svara gärna på det här mejlet med de uppgifter som saknas, så går ärendet vidare.",
            ]
        else:
            lines += ["", "Ansökan ser komplett ut och går nu vidare till handläggning."]
    else:
        lines = [
            "Hej!",
            "",
            f"Er ansökan om idéslanten är registrerad med ärendenummer {case}.",
        ]
        if missing:
            lines += ["", "För att vi ska kunna pröva ansökan behöver vi också:"]
            lines += [f"  * {GUIDE[m][0]} – {GUIDE[m][1]}" for m in missing]
            lines += [
                "",
                "Skicka uppgifterna som svar på detta mejl (behåll ärendenumret i ämnesraden).",
            ]
    lines += [
        "",
        "Vänliga hälsningar",
        "Idéslanten – Region Kalmar län",
        "(automatiskt svar, det går bra att svara på mejlet)",
    ]
    return "\n".join(lines)


def receipt_subject(orig: str, case: str) -> str:
    return f"Re: {orig} [Idéslanten {case}]"


def bot_from() -> str:
    return addr(*BOT)


# ---------------------------------------------------------------------------
# Self-check and main
# ---------------------------------------------------------------------------

MALFORMED: set[str] = set()  # file names of deliberately malformed mails (none in own17)
ALLOWED = ("example.se", "example.com", "example.org", "example.net")
ADDR_RE = re.compile(r"[A-Za-z0-9._%+-]+@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)")


def _all_text(msg) -> str:
    chunks = [str(v) for v in msg.values()]
    for part in msg.walk():
        if part.is_multipart():
            continue
        payload = part.get_payload(decode=True) or b""
        ctype = part.get_content_type()
        if ctype.startswith("text/") or ctype.startswith("message/"):
            chunks.append(payload.decode(part.get_content_charset() or "latin-1", "replace"))
        elif ctype in (DOCX, XLSX):
            with zipfile.ZipFile(io.BytesIO(payload)) as z:
                chunks += [z.read(n).decode("utf-8") for n in z.namelist()]
        elif ctype == "application/pdf":
            chunks.append(payload.decode("latin-1"))
    return "\n".join(chunks)


def check(folder: Path) -> None:
    errors: list[str] = []
    labels = json.loads((folder / "labels.json").read_text("utf-8"))
    files = sorted(p.name for p in folder.glob("*.eml"))
    if sorted(labels) != files:
        errors.append("labels.json keys do not match the files")
    parsed = {}
    for name in files:
        raw = (folder / name).read_bytes()
        if not re.fullmatch(r"\d{4}-[a-z0-9-]+\.eml", name):
            errors.append(f"{name}: bad file name")
        if b"\r" in raw:
            errors.append(f"{name}: CR in file")
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        parsed[name] = msg
        defects = []
        for part in msg.walk():
            defects += part.defects
            for k, v in part.items():
                defects += getattr(v, "defects", ())
                if k.lower() == "content-type" and part.get_content_maintype() == "text":
                    part.get_content()
        if defects and name not in MALFORMED:
            errors.append(f"{name}: defects {defects}")
        for m in ADDR_RE.finditer(_all_text(msg)):
            dom = m.group(1).lower()
            if not dom.endswith(ALLOWED):
                errors.append(f"{name}: non-example domain {m.group(0)}")
    # labels schema
    for name, lab in labels.items():
        if set(lab) != {"kind", "language", "elements", "facts", "notes"}:
            errors.append(f"{name}: label fields {sorted(lab)}")
            continue
        if set(lab["elements"]) != set(ELEMENTS) or set(lab["facts"]) != set(FACTS):
            errors.append(f"{name}: element/fact keys")
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
        if not all(isinstance(v, bool) for v in lab["elements"].values()):
            errors.append(f"{name}: element not bool")
        f = lab["facts"]
        if lab["kind"] not in ("application", "followup") and any(lab["elements"].values()):
            errors.append(f"{name}: non-application with elements")
        if lab["kind"] in ("autoreply", "bounce", "newsletter", "spam") and any(
            v is not None for v in f.values()
        ):
            errors.append(f"{name}: machine mail with facts")
        if lab["kind"] in ("application", "followup") and not (
            isinstance(f["salary_costs"], bool) and isinstance(f["physical_investment"], bool)
        ):
            errors.append(f"{name}: salary/investment must be bool")
        on = f["org_number"]
        if on is not None and not (
            re.fullmatch(r"\d{6}-\d{4}", on) and luhn_ok(on.replace("-", ""))
        ):
            errors.append(f"{name}: org number {on}")
        for k in ("members", "amount_sek"):
            if f[k] is not None and not isinstance(f[k], int):
                errors.append(f"{name}: {k} not int")
        if not lab["notes"].strip():
            errors.append(f"{name}: empty notes")
    # date order
    dates = [(email.utils.parsedate_to_datetime(parsed[n]["Date"]), n) for n in files]
    for (d1, n1), (d2, n2) in zip(dates, dates[1:], strict=False):
        if d2 <= d1:
            errors.append(f"date order: {n1} {d1} >= {n2} {d2}")
    if any(d.year != 2026 for d, _ in dates):
        errors.append("date outside 2026")
    # threading of followups
    app_ids = {
        parsed[n]["Message-ID"].strip()
        for n in files
        if labels.get(n, {}).get("kind") == "application"
    }
    for n in files:
        if labels.get(n, {}).get("kind") != "followup":
            continue
        ids = set(
            re.findall(
                r"<[^>]+>", (parsed[n]["In-Reply-To"] or "") + " " + (parsed[n]["References"] or "")
            )
        )
        if not ids & app_ids:
            errors.append(f"{n}: followup not threaded to an application")
        if not re.match(r"(?i)(re|sv|svar|aw):", str(parsed[n]["Subject"])):
            errors.append(f"{n}: followup subject not a reply")
        irt = (parsed[n]["In-Reply-To"] or "").strip()
        if not irt:
            errors.append(f"{n}: followup without In-Reply-To")
    mids = [parsed[n]["Message-ID"] for n in files]
    if len(set(mids)) != len(mids):
        errors.append("duplicate Message-IDs")
    for n in files:
        if labels[n]["kind"] == "bounce" and parsed[n].get_content_type() != "multipart/report":
            errors.append(f"{n}: bounce is not multipart/report")
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
        f"own17: {len(files)} mails OK – {kinds}; complete applications {complete}; missing {missing}"
    )


def main() -> None:
    build()
    OUT.mkdir(parents=True, exist_ok=True)
    for old in OUT.glob("*.eml"):
        old.unlink()
    labels = {}
    for name, raw, lab in sorted(MAILS):
        (OUT / name).write_bytes(raw)
        labels[name] = lab
    (OUT / "labels.json").write_text(
        json.dumps(labels, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
    )
    check(OUT)


# ---------------------------------------------------------------------------
# The mails
# ---------------------------------------------------------------------------


def mail_2301() -> None:
    body = """Hej!

Löttorps byalag söker härmed idéslanten för TVÅ aktiviteter i år. Vi tänkte att det var enklast att skicka båda i samma mejl, tillsammans håller vi oss under taket på 15 000 kr för Löttorp.

Om oss: Löttorps byalag (org.nr {org}) bildades 1987 och har 64 medlemmar, mest hushåll i Löttorp, Högby och Hagskog. Vi ordnar julmarknaden, sköter badplatsen och anslagstavlan vid affären.

AKTIVITET 1 – Föreläsningskväll "Alvaret och vi" (torsdag 16 april)
En kväll i Högby bygdegård med en biolog som berättar om norra Ölands alvarmarker och betesdjuren. Efteråt samtal i smågrupper om hur vi kan få besökare att stanna i byn under försäsongen – vandringsslingor, skyltning och vilka företagare som vill vara med. Öppet för alla, kvinnor som män, unga och gamla.

AKTIVITET 2 – Studieresa till Kristdala (lördag 19 september)
En dag med buss (ca 35 personer) för att besöka byalaget i Kristdala som driver byabutik och mötesplats tillsammans. Vi vill lära oss hur de organiserat det, eftersom vår affär kan stänga om några år. Resan avslutas med ett uppföljningsmöte hemma i bygdegården där vi bestämmer nästa steg.

Förankring: båda idéerna kom upp på årsmötet 18 januari (41 personer på plats) och årsmötet beslutade att vi skulle söka. Högby hembygdsförening och PRO Löttorp hjälper till med anmälan och fika.

Budget
Aktivitet 1: föreläsararvode 4 000 kr, hyra Högby bygdegård 1 200 kr, annons i lokaltidningen 800 kr = 6 000 kr
Aktivitet 2: bussresa 7 200 kr, guidning/entré 1 300 kr = 8 500 kr
Totalt söker vi 14 500 kr. Mat betalar var och en själv.

Kontaktperson är jag:
Kerstin Öhman, ordförande
070-318 42 96
kerstin.ohman@example.com

Vänliga hälsningar
Kerstin
""".format(org=org("802517-364"))
    raw = message(
        std_headers(
            addr("Kerstin Öhman", "kerstin.ohman@example.com"),
            addr(*BOT),
            subj("Ansökan idéslanten – två aktiviteter, Löttorps byalag"),
            "Mon, 02 Feb 2026 19:42:10 +0100",
            "<5c1e0a77-2301-4d8e-9a3b-lottorp@mail.example.com>",
            extra=[("User-Agent", "Mozilla Thunderbird")],
        ),
        text(body, charset="utf-8", cte="8bit", params="; format=flowed"),
    )
    add(
        2301,
        "lottorp-tva-aktiviteter",
        raw,
        label(
            "application",
            "sv",
            "11111",
            "Complete application for two activities at once (a lecture evening and a study trip) in one mail. Association named with org.nr and 64 members; contact named with phone and own address; both activities concrete with dates and local benefit; anchoring = annual meeting of 41 people that decided to apply plus two local partner groups; budget itemised per activity, applied amount stated as 14 500 kr (the sum of both activities, still under the cap). Tests that a bot does not treat the mail as two applications or take only the first activity's 6 000 kr. Attendance (41, ca 35) must not be read as members.",
            association_name="Löttorps byalag",
            org_number=org("802517-364"),
            contact_name="Kerstin Öhman",
            contact_email="kerstin.ohman@example.com",
            contact_phone="070-318 42 96",
            members=64,
            ort="Löttorp",
            amount_sek=14500,
            women_and_men=True,
        ),
    )


FIGEHOLM_SUBJ = "Ansökan idéslanten 2026 – Hamnsamtalen i Figeholm (igen!)"
FIGEHOLM_ID = "<CAF3gx+2302.hamn@mail.example.net>"
FIGEHOLM_BODY = """Hej Region Kalmar!

Förra året fick Figeholms Intresseförening 11 500 kr ur idéslanten till "Hamnsamtalen" – tre kvällar i Sjöboden om hamnens och byns framtid. Det blev väldigt lyckat, ca 120 personer kom sammanlagt och vi fick igång en arbetsgrupp för gästhamnen. Nu vill vi göra en andra upplaga sommaren 2026 och söker därför igen.

Föreningen: Figeholms Intresseförening är en ideell förening för alla som bor eller har sommarhus i Figeholm. Vi är ungefär 90 medlemmar.

Vad vi vill göra: Tre samtalskvällar i Sjöboden vid hamnen, 11 juni, 9 juli och 6 augusti. Teman i år: 1) bostäder för unga och inflyttare, 2) gästhamnen och sommarturismen, 3) hur byn kan samarbeta med företagen kring Simpevarp om pendling och samåkning. Till varje kväll bjuder vi in en inledare (t.ex. någon från kommunens bostadsbolag). Kvällarna är öppna för alla, kvinnor som män, helårsboende och sommarboende.

Förankring: Förslaget om en andra omgång kom från deltagarna själva i utvärderingen förra året. Figeholms båtklubb och Figeholms IF är med och arrangerar, och arbetsgruppen består av nio frivilliga.

Budget: ungefär som förra året, runt 12 000 kr.

Kontakt: Gunnel Sandberg, sekreterare, 0491-230 57 eller gunnel.sandberg@example.net

Hälsningar
Gunnel Sandberg
Figeholms Intresseförening
"""


def mail_2302() -> None:
    raw = message(
        std_headers(
            addr("Gunnel Sandberg", "gunnel.sandberg@example.net"),
            addr(None, "ideslanten@example.se"),
            subj(FIGEHOLM_SUBJ),
            "Tue, 03 Feb 2026 10:05:33 +0100",
            FIGEHOLM_ID,
        ),
        multi(
            "alternative",
            [
                text(FIGEHOLM_BODY, charset="utf-8", cte="quoted-printable"),
                text(
                    '<div dir="ltr">'
                    + FIGEHOLM_BODY.replace("&", "&amp;")
                    .replace("\n\n", "</div><div><br></div><div>")
                    .replace("\n", "<br>")
                    + "</div>\n",
                    subtype="html",
                    charset="utf-8",
                    cte="quoted-printable",
                ),
            ],
            "000000000000a1b2c3d4e5f6figeholm",
        ),
    )
    add(
        2302,
        "figeholm-andra-upplagan",
        raw,
        label(
            "application",
            "sv",
            "11110",
            "Re-application for next year's edition, referring to last year's grant (11 500 kr) and last year's attendance. Association named with ~90 members; contact named with phone and e-mail; activity concrete (three dated evenings, themes, speakers); anchoring = proposal came from last year's participants' evaluation, boat club and sports club co-arrange, nine volunteers. Budget is only 'ungefär som förra året, runt 12 000 kr' – a bare rough total, so budget false while amount_sek is 12000 (a single rough figure counts). Last year's 11 500 and attendance 120 are traps for amount and members. Gmail-style multipart/alternative, quoted-printable.",
            association_name="Figeholms Intresseförening",
            contact_name="Gunnel Sandberg",
            contact_email="gunnel.sandberg@example.net",
            contact_phone="0491-230 57",
            members=90,
            ort="Figeholm",
            amount_sek=12000,
            women_and_men=True,
        ),
    )


def mail_2303() -> None:
    plain = """LANDSBYGDSNÄTVERKET KALMAR LÄN – NYHETSBREV FEBRUARI 2026

I detta nummer:
* Dags att söka idéslanten 2026 – så gör ni
* Bygdegårdarnas energidag i Nybro 14 mars
* Ny rapport: service på landsbygden i sydöstra Sverige

DAGS ATT SÖKA IDÉSLANTEN
Region Kalmar läns micro-stöd "regional bygdepeng – idéslanten" är öppet för ansökningar. Föreningar med minst tio medlemmar kan söka upp till 15 000 kr per ort och år för t.ex. lokalhyra, föreläsare eller en studieresa. Mejla en beskrivning till regionens landsbygdsutvecklare.

BYGDEGÅRDARNAS ENERGIDAG
Lördag 14 mars i Nybro. Anmälan senast 5 mars via vår webbplats.

Du får detta nyhetsbrev eftersom du anmält dig till Landsbygdsnätverkets utskick.
Avsluta prenumerationen: https://nyhetsbrev.example.org/avsluta?id=88121
"""
    html = """<html><body style="font-family:Arial,sans-serif">
<h1 style="color:#2a6f3b">Landsbygdsnätverket Kalmar län</h1>
<p><b>Nyhetsbrev februari 2026</b></p>
<h2>Dags att söka idéslanten</h2>
<p>Region Kalmar läns micro-stöd &quot;regional bygdepeng – idéslanten&quot; är öppet för ansökningar. Föreningar med minst tio medlemmar kan söka upp till 15 000 kr per ort och år för t.ex. lokalhyra, föreläsare eller en studieresa.</p>
<h2>Bygdegårdarnas energidag</h2>
<p>Lördag 14 mars i Nybro. Anmälan senast 5 mars.</p>
<p style="font-size:11px;color:#777">Du får detta nyhetsbrev eftersom du anmält dig. <a href="https://nyhetsbrev.example.org/avsluta?id=88121">Avsluta prenumerationen</a></p>
</body></html>
"""
    raw = message(
        std_headers(
            addr("Landsbygdsnätverket Kalmar län", "nyhetsbrev@example.org"),
            addr(None, "ideslanten@example.se"),
            subj("Nyhetsbrev februari: Dags att söka idéslanten 2026!"),
            "Wed, 04 Feb 2026 07:00:02 +0100",
            "<nb-2026-02.88121@nyhetsbrev.example.org>",
            extra=[
                ("List-Id", "Landsbygdsnatverket Kalmar lan <nyhetsbrev.example.org>"),
                (
                    "List-Unsubscribe",
                    "<https://nyhetsbrev.example.org/avsluta?id=88121>, <mailto:avsluta@example.org?subject=unsubscribe>",
                ),
                ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
                ("Precedence", "bulk"),
            ],
        ),
        multi(
            "alternative",
            [
                text(plain, cte="quoted-printable"),
                text(html, subtype="html", cte="quoted-printable"),
            ],
            "=_nb_2026_02_88121",
        ),
    )
    add(
        2303,
        "nyhetsbrev-landsbygdsnatverket",
        raw,
        label(
            "newsletter",
            "sv",
            "00000",
            "Bulk newsletter (List-Id, List-Unsubscribe, Precedence: bulk) whose lead item is about applying for idéslanten – it repeats the rules (ten members, 15 000 kr per ort) but applies for nothing. Must not be answered; all facts null.",
        ),
    )


VIRSERUM_SUBJ = "Ansökan om stöd – Välkomstdag för nyinflyttade i Virserum lördag 25 april (skickas till kommunen, Leader och Region Kalmar samtidigt)"
VIRSERUM_ID = "<DB9PR10MB4731A2F0E1C2304VIRS@DB9PR10MB4731.eurprd10.prod.example.com>"
VIRSERUM_CASE = "2026-0041"
VIRSERUM_BODY = """Hej alla!

Vi skickar den här ansökan till flera möjliga finansiärer på en gång (Hultsfreds kommun, Leader och Region Kalmar län), så ni ser varandra i mottagarraden. Säg till om ni hellre vill dela på kostnaden!

Om oss
Framtid Virserum är en ideell förening som startade 2019 för att få fler att flytta till och stanna i Virserum. Vi har 152 medlemmar.

Vad vi vill göra
En välkomstdag för nyinflyttade lördag 25 april i Folkets hus i Virserum, 11–16. Programmet:
– presentation av föreningar, skola och vårdcentral (bord i foyern)
– föreläsning om att starta eget företag på landsbygden (inbjuden föreläsare)
– byavandring med guide från hembygdsföreningen
– gemensam fika och samtal i grupper om vad nyinflyttade saknar i Virserum
Vi har tolk på plats för arabiska och ukrainska. Dagen riktar sig till alla nyinflyttade, kvinnor och män, barnfamiljer och pensionärer. Målet är att de som flyttat hit ska hitta in i föreningslivet och att vi får veta vad som behövs för att fler ska stanna.

Kostnader
Hyra Folkets hus 2 500 kr
Föreläsare 5 000 kr
Tolkar 2 x 1 000 kr = 2 000 kr
Fika 1 500 kr
Summa 11 000 kr

Vi tror att många i Virserum kommer att uppskatta det här.

Kontaktperson: Ahmad Karimi, 073-655 20 14, ahmad.karimi@example.com

Med vänlig hälsning
Ahmad Karimi
sekreterare, Framtid Virserum
"""


def mail_2304() -> None:
    html = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body><div class="WordSection1">'
        + "".join(
            f'<p class="MsoNormal">{line or "&nbsp;"}</p>' for line in VIRSERUM_BODY.split("\n")
        )
        + "</div></body></html>\n"
    )
    raw = message(
        std_headers(
            addr("Ahmad Karimi", "ahmad.karimi@example.com"),
            addrs(
                ("Näringslivskontoret Hultsfreds kommun", "naringsliv@hultsfred.example.se"),
                ("Leader Kalmar län", "info@leader.example.org"),
                ("Idéslanten", "ideslanten@example.se"),
            ),
            subj(VIRSERUM_SUBJ),
            dt("2026-02-05 14:12:09"),
            VIRSERUM_ID,
            cc=addrs(OFFICER, ("Kerstin Wall", "kerstin.wall@example.com")),
            extra=[
                ("Thread-Topic", subj("Ansökan om stöd – Välkomstdag")),
                ("X-MS-Has-Attach", ""),
                ("Content-Language", "sv-SE"),
            ],
        ),
        multi(
            "alternative",
            [
                text(VIRSERUM_BODY, cte="quoted-printable"),
                text(html, subtype="html", cte="quoted-printable"),
            ],
            "_000_DB9PR10MB4731A2F0E1C2304VIRS_",
        ),
    )
    add(
        2304,
        "virserum-manga-mottagare",
        raw,
        label(
            "application",
            "sv",
            "11101",
            "Application sent to many recipients at once: To = the municipality, Leader and the bot, Cc = the rural development officer and a board member; very long subject line. Association named with 152 members; contact named with phone and own address; activity concrete (date, venue, programme, benefit for newcomers staying); itemised budget summing to 11 000 kr (no separate amount for idéslanten, so the total). Anchoring false: only 'vi tror att många kommer att uppskatta det' – a hope, no meeting, survey or partner (the local history society only guides a walk, mentioned as programme). Interpreters' and lecturer's fees are not salary.",
            association_name="Framtid Virserum",
            contact_name="Ahmad Karimi",
            contact_email="ahmad.karimi@example.com",
            contact_phone="073-655 20 14",
            members=152,
            ort="Virserum",
            amount_sek=11000,
            women_and_men=True,
        ),
    )


def mail_2305() -> None:
    body = (
        "Glömde budgeten: hyra Sjöboden 3 x 1 500 = 4 500 kr, inledare 3 x 2 000 = 6 000 kr, annonser 900 kr, fika 600 kr, summa 12 000 kr.\n\n"
        "Den tis 3 feb. 2026 kl 10:05 skrev Gunnel Sandberg <gunnel.sandberg@example.net>:\n\n"
        + quote(FIGEHOLM_BODY.rstrip("\n"), ">")
        + "\n"
    )
    raw = message(
        std_headers(
            addr("Gunnel Sandberg", "gunnel.sandberg@example.net"),
            addr(None, "ideslanten@example.se"),
            subj("Re: " + FIGEHOLM_SUBJ),
            dt("2026-02-06 08:31:47"),
            "<CAF3gx+2305.hamn.re@mail.example.net>",
            irt=FIGEHOLM_ID,
            refs=FIGEHOLM_ID,
        ),
        text(body, cte="quoted-printable"),
    )
    add(
        2305,
        "figeholm-en-rad-budget",
        raw,
        label(
            "followup",
            "sv",
            "00001",
            "Followup: the applicant replies to her OWN sent application (not to a bot receipt), quotes all of it with '>' and adds one new line – the budget with four items and amounts (12 000 kr). Only that line is new text: budget true, amount 12000. Contact false because the new text has no signature (the name is only in the From header and in the quoted part); association, activity and anchoring are only in the quote, so false.",
            amount_sek=12000,
        ),
    )


def mail_2306() -> None:
    body = """Hej!

Jag skriver på uppdrag av Fågelfors Bygdeförening, som bad mig hjälpa till med att skicka in en ansökan om idéslanten. Föreningen har inte så stor vana vid ansökningar, så jag har skrivit ihop det vi pratade om på deras styrelsemöte.

Föreningen
Fågelfors Bygdeförening är en ideell förening i Fågelfors (Högsby kommun) med 38 medlemmar. Föreningen äger inget hus men ordnar bl.a. midsommarfirandet och brukskvällarna.

Aktiviteten
Två kvällsmöten, "Framtidskväll Fågelfors", i Folkets hus i Fågelfors den 17 mars och 21 april. Det handlar om vad som ska hända med den gamla skolbyggnaden och hur byn kan locka barnfamiljer. En processledare leder mötena och sammanställer förslagen, som sedan lämnas till kommunen. Mötena är öppna för alla i byn, både kvinnor och män.

Förankring
Föreningen har under hösten samlat in 112 namnunderskrifter från boende i Fågelfors för att skolbyggnaden ska användas till något för byn, och bruksmuseets vänförening är med och ordnar mötena.

Budget
Processledare (arvode) 6 000 kr
Lokalhyra Folkets hus 2 x 600 kr = 1 200 kr
Fika 1 000 kr
Utskick till hushållen 800 kr
Totalt 9 000 kr

Kontaktperson: Jag är själv bara behjälplig och kan inte vara kontaktperson för föreningens ansökan. Föreningens ordförande Sven-Olof Nyberg har inte e-post och jag har inte fått lov att lämna ut hans telefonnummer – han återkommer till er själv.

Med vänliga hälsningar

Maria Lindqvist
Landsbygdsutvecklare
Högsby kommun
Tel. växel 0491-290 00
maria.lindqvist@hogsby.example.se

Detta e-postmeddelande kan innehålla information som omfattas av sekretess. Om du fått meddelandet av misstag, vänligen meddela avsändaren och radera det.
"""
    html = (
        '<html><body style="font-family:Calibri,sans-serif;font-size:11pt">'
        + "".join(f"<p>{ln or '&nbsp;'}</p>" for ln in body.split("\n"))
        + "</body></html>\n"
    )
    raw = message(
        std_headers(
            addr("Lindqvist Maria", "maria.lindqvist@hogsby.example.se", "windows-1252", "Q"),
            addr(None, "ideslanten@example.se"),
            subj("Ansökan idéslanten för Fågelfors Bygdeförening", "windows-1252", "Q"),
            dt("2026-02-09 11:20:45"),
            "<8F2C3B1A4E6D2306@EXCH01.hogsby.example.se>",
            extra=[("X-Mailer", "Microsoft Outlook 16.0")],
        ),
        multi(
            "alternative",
            [
                text(body, charset="windows-1252", cte="quoted-printable"),
                text(html, subtype="html", charset="windows-1252", cte="quoted-printable"),
            ],
            "----=_NextPart_000_0012_01DC99A1.2306F0C0",
        ),
    )
    add(
        2306,
        "fagelfors-kommunen-skriver",
        raw,
        label(
            "application",
            "sv",
            "10111",
            "A municipal official (landsbygdsutvecklare, Högsby kommun) writes on behalf of a village group, windows-1252 quoted-printable Outlook mail. Association, activity (two dated meetings with a process leader), anchoring (112 signatures, the museum friends' association co-arranges) and an itemised budget (9 000 kr) are all given. Contact false: the official explicitly says she is not the contact person, and the group's own chairman is named but not reachable (no e-mail, no phone) – so contact facts are null. The municipal switchboard number and the official's address must not be read as the group's contact.",
            association_name="Fågelfors Bygdeförening",
            members=38,
            ort="Fågelfors",
            amount_sek=9000,
            women_and_men=True,
        ),
    )


KASTLOSA_APP = """Ansökan om idéslanten – Kastlösa Bygdegårdsförening

Föreningen: Kastlösa Bygdegårdsförening, org.nr {org}, driver bygdegården i Kastlösa på södra Öland. Vi har 47 medlemmar.

Kontaktperson: Lars-Göran Ek, kassör, tel 070-552 81 30, lg.ek@example.org

Aktivitet: En serie med tre "Kastlösakvällar" i bygdegården (14 april, 12 maj, 9 juni) om hur vi får fler att bo här året runt. Första kvällen kommer en mäklare och pratar om fritidshus som kan bli permanentboende, andra kvällen kommunens planarkitekt om tomter, tredje kvällen berättar unga familjer som flyttat hit. Varje kväll avslutas med att vi skriver ner konkreta förslag som vi lämnar till kommunen. Kvällarna är för både kvinnor och män i alla åldrar.

Förankring: I januari delade vi ut en enkät till alla 140 hushåll i Kastlösa med omnejd och fick 63 svar – "fler året-runt-boende" var det som flest tyckte var viktigast. Kastlösa hembygdsförening och Alby byalag står som medarrangörer.

Budget:
Arvoden till inledare 3 x 1 500 kr = 4 500 kr
Reseersättning inledare 900 kr
Affischer och annonsering 700 kr
Fika 3 x 400 kr = 1 200 kr
Summa 7 300 kr, vilket är det vi söker.
""".format(org=org("802459-718"))


def mail_2307() -> None:
    flat = KASTLOSA_APP.replace("\n\n", "\n").replace(":\n", ": ")
    body = (
        "Hej\n\nHär kommer vår ansökan, hoppas det blev rätt.\n\n"
        + KASTLOSA_APP
        + "\n"
        + flat
        + "\nHälsningar\nLars-Göran Ek\nKastlösa Bygdegårdsförening\n\nSkickat från min iPad\n"
    )
    raw = message(
        std_headers(
            addr("Lars-Göran Ek", "lg.ek@example.org"),
            addr(None, "ideslanten@example.se"),
            subj("Ansökan idéslanten Kastlösa"),
            dt("2026-02-10 21:58:02"),
            "<A7D1E2F0-2307-4C55-B0B7-8E1F2C3D4A5B@example.org>",
            extra=[("X-Mailer", "iPad Mail (21D61)")],
        ),
        text(body, cte="base64"),
    )
    add(
        2307,
        "kastlosa-inklistrad-tva-ganger",
        raw,
        label(
            "application",
            "sv",
            "11111",
            "Complete application pasted twice by mistake (iPad mail, base64 utf-8): the second copy has lost its blank lines. Association with org.nr and 47 members; named contact with phone and own address; three dated evenings with speakers and concrete output; anchoring = survey to 140 households with 63 answers and two co-arranging local groups; itemised budget 7 300 kr which is the amount applied for. Tests that amounts and members are not doubled (7 300 not 14 600) and that 140 households / 63 answers are not read as members.",
            association_name="Kastlösa Bygdegårdsförening",
            org_number=org("802459-718"),
            contact_name="Lars-Göran Ek",
            contact_email="lg.ek@example.org",
            contact_phone="070-552 81 30",
            members=47,
            ort="Kastlösa",
            amount_sek=7300,
            women_and_men=True,
        ),
    )


def mail_2308() -> None:
    body = """Hej!

Jag sitter i styrelsen för Frödinge Sockenråd och har två frågor om idéslanten innan vi skickar in något.

1. Får man söka för två olika aktiviteter i samma ansökan, eller måste det vara en ansökan per aktivitet?
2. Ni skriver 15 000 kr per ort och år. Gäller det per förening eller för hela orten? Både vi och Frödinge IK vill söka i år och vi vill inte ta pengar från varandra.

Tacksam för svar!

Birgitta Holm
Frödinge Sockenråd
"""
    raw = message(
        std_headers(
            addr("Birgitta Holm", "birgitta.holm@example.net"),
            addr(None, "ideslanten@example.se"),
            subj("Fråga om idéslanten - två aktiviteter och taket per ort", "iso-8859-1", "Q"),
            dt("2026-02-11 16:40:19"),
            "<20260211154019.2308.birgitta@webmail.example.net>",
        ),
        text(body, charset="iso-8859-1", cte="8bit"),
    )
    add(
        2308,
        "frodinge-fraga-tva-aktiviteter",
        raw,
        label(
            "question",
            "sv",
            "00000",
            "Question, iso-8859-1 8bit body with a Q-encoded iso-8859-1 subject: asks whether two activities can go in one application and whether the 15 000 kr cap is per association or per locality. Applies for nothing, so all elements false; the 15 000 kr is a rule amount asked about, not an amount applied for. Facts stated: the sender's association, her name and address, ort Frödinge.",
            association_name="Frödinge Sockenråd",
            contact_name="Birgitta Holm",
            contact_email="birgitta.holm@example.net",
            ort="Frödinge",
        ),
    )


def mail_2309() -> None:
    rsubj = receipt_subject(VIRSERUM_SUBJ, VIRSERUM_CASE)
    new = """Hej igen,

Här kommer det som saknades om förankringen:

Idén till välkomstdagen kom från ett öppet möte i Folkets hus den 3 februari där 27 personer var med, bland dem flera som själva flyttat hit de senaste åren. Mötet valde en arbetsgrupp på sex personer. Virserums Företagarförening, Svenska kyrkan i Virserum och SFI-klassen är med och planerar, och 14 frivilliga har anmält sig för att hjälpa till under dagen.

Jag lägger kommunen och Leader på kopia igen så alla har samma underlag.

Med vänlig hälsning
Ahmad Karimi
Framtid Virserum
073-655 20 14
"""
    quoted = (
        "\n________________________________\n"
        f"Från: {BOT[0]} <{BOT[1]}>\n"
        "Skickat: den 5 februari 2026 14:13\n"
        "Till: Ahmad Karimi <ahmad.karimi@example.com>\n"
        f"Ämne: {rsubj}\n\n" + receipt(VIRSERUM_CASE, ["anchoring"]) + "\n"
    )
    body = new + quoted
    rid = "<receipt.2026-0041.1@ideslanten.example.se>"
    raw = message(
        std_headers(
            addr("Ahmad Karimi", "ahmad.karimi@example.com"),
            addr("Idéslanten – Region Kalmar län", "ideslanten@example.se"),
            subj("SV: " + rsubj),
            dt("2026-02-12 09:02:55"),
            "<DB9PR10MB4731B7C2309VIRS@DB9PR10MB4731.eurprd10.prod.example.com>",
            cc=addrs(
                OFFICER,
                ("Näringslivskontoret Hultsfreds kommun", "naringsliv@hultsfred.example.se"),
                ("Leader Kalmar län", "info@leader.example.org"),
            ),
            irt=rid,
            refs=f"{VIRSERUM_ID}\n {rid}",
            extra=[
                ("Thread-Topic", subj("Ansökan om stöd – Välkomstdag")),
                ("Content-Language", "sv-SE"),
            ],
        ),
        text(body, cte="quoted-printable"),
    )
    add(
        2309,
        "virserum-svar-alla-forankring",
        raw,
        label(
            "followup",
            "sv",
            "01010",
            "Followup to 2304 in Outlook style (reply above, 'Från:/Skickat:/Till:/Ämne:' header block, receipt quoted without '>' prefixes), again sent with the officer, the municipality and Leader in Cc. New text supplies the missing anchoring (open meeting 3 Feb with 27 people, working group, three local partners, 14 volunteers) and is signed by the named sender from his own address with phone → contact true. The quoted receipt names 'Lokal förankring' as missing and must not count. 27 attendees and 14 volunteers are not members.",
            contact_name="Ahmad Karimi",
            contact_email="ahmad.karimi@example.com",
            contact_phone="073-655 20 14",
            association_name="Framtid Virserum",
            ort="Virserum",
        ),
    )


SODERAKRA_BODY_V1 = """Hej!

Söderåkra Byaförening vill söka idéslanten för ett projekt om en cykel- och vandringsled mellan Söderåkra och Bergkvara längs den gamla banvallen.

Om föreningen: Söderåkra Byaförening är en ideell förening med 55 medlemmar som jobbar för att Söderåkra ska vara en levande by, vi har t.ex. hand om Valborg och byns julgran.

Aktiviteten: Vi vill hyra in en ledplanerare som håller i en inventeringsvandring längs banvallen (lördag 18 april) och två kvällsmöten i bygdegården (april och maj) där vi tillsammans tar fram ett förslag på sträckning, rastplatser och skyltning. Förslaget lämnar vi till kommunen och markägarna. En led skulle ge motion och naturupplevelser för både kvinnor och män i alla åldrar och locka besökare till byn och till Bergkvara hamn.

Förankring: Byamötet den 2 februari (37 närvarande) ställde sig bakom idén, och Bergkvara Byalag är med som samarbetspart. Flera markägare har redan sagt att de är positiva.

Budget: den håller jag fortfarande på med, den kommer i ett separat mejl! Vi räknar med att söka runt 10 000 kr.

Kontaktperson:
Johan Berg
076-201 44 85
johan.berg@example.com

Mvh Johan Berg, ordförande
"""


def mail_2310() -> None:
    raw = message(
        std_headers(
            addr("Johan Berg", "johan.berg@example.com"),
            addr(None, "ideslanten@example.se"),
            subj("Idéslanten – Söderåkra Byaförening"),
            dt("2026-02-13 19:15:30"),
            "<b7e1c0d2-2310-soderakra@mail.example.com>",
        ),
        text(SODERAKRA_BODY_V1, cte="8bit"),
    )
    add(
        2310,
        "soderakra-forsta-versionen",
        raw,
        label(
            "application",
            "sv",
            "11110",
            "First version of an application that is later re-sent as a new mail ('rättad version', 2311). Association with 55 members, named contact with phone and own address, concrete activity (inventory walk and two meetings with a hired route planner, proposal to municipality and landowners – planning, not building, so no physical investment), anchoring = village meeting of 37 and a partner association. Budget false: 'den kommer i ett separat mejl'; the rough 'runt 10 000 kr' is still the amount (single rough figure).",
            association_name="Söderåkra Byaförening",
            contact_name="Johan Berg",
            contact_email="johan.berg@example.com",
            contact_phone="076-201 44 85",
            members=55,
            ort="Söderåkra",
            amount_sek=10000,
            women_and_men=True,
        ),
    )


def mail_2311() -> None:
    body = (
        "Hej igen!\n\nHär kommer en RÄTTAD VERSION av vår ansökan från i fredags, nu med budget (bifogad som Excel). Den här ersätter den förra – bortse gärna från den. Vi söker 9 000 kr, alltså lite mindre än jag trodde.\n\n"
        + SODERAKRA_BODY_V1.replace("Hej!\n\n", "").replace(
            "Budget: den håller jag fortfarande på med, den kommer i ett separat mejl! Vi räknar med att söka runt 10 000 kr.",
            "Budget: se bifogad fil Budget_Soderakra_led.xlsx. Vi söker 9 000 kr.",
        )
    )
    sheet = xlsx(
        [
            ["Budget – förstudie cykel- och vandringsled Söderåkra–Bergkvara", None, None],
            [None, None, None],
            ["Post", "Antal", "Kronor"],
            ["Ledplanerare, arvode (vandring + 2 möten)", 1, 6000],
            ["Lokalhyra bygdegården", 2, 1000],
            ["Tryck av karta och inbjudan till hushållen", 1, 1200],
            ["Fika", 3, 800],
            ["Summa", None, "=SUM(C4:C7)"],
            [None, None, None],
            ["Sökt belopp idéslanten", None, 9000],
        ]
    )
    raw = message(
        std_headers(
            addr("Johan Berg", "johan.berg@example.com"),
            addr(None, "ideslanten@example.se"),
            subj("Idéslanten – Söderåkra Byaförening – RÄTTAD VERSION (ersätter tidigare mejl)"),
            dt("2026-02-16 07:48:12"),
            "<c91f77aa-2311-soderakra-rattad@mail.example.com>",
        ),
        multi(
            "mixed",
            [
                text(body, cte="quoted-printable"),
                attachment(sheet, XLSX, "Budget_Soderakra_led.xlsx"),
            ],
            "------------0RW2311soderakraRATTAD",
            preamble="This is a multi-part message in MIME format.\n",
        ),
    )
    add(
        2311,
        "soderakra-rattad-version",
        raw,
        label(
            "application",
            "sv",
            "11111",
            "A second, complete version of 2310 sent as a NEW mail (no In-Reply-To/References, subject 'RÄTTAD VERSION (ersätter tidigare mejl)') – so it is labelled application, not followup. Full text repeated with the budget now in an .xlsx (route planner fee 6 000, venue 1 000, printing 1 200, fika 800, sum formula, applied 9 000). All five elements present; amount 9000 replaces the earlier rough 10 000. Printing maps/invitations is a consumable, not an investment.",
            association_name="Söderåkra Byaförening",
            contact_name="Johan Berg",
            contact_email="johan.berg@example.com",
            contact_phone="076-201 44 85",
            members=55,
            ort="Söderåkra",
            amount_sek=9000,
            women_and_men=True,
        ),
    )


TVARSKOG_SUBJ = "Ansökan om idéslanten - Trygg väg genom Tvärskog"
TVARSKOG_ID = "<000a01dca0b1$2312f0e0$6f38d2a0$@example.se>"
TVARSKOG_CASE = "2026-0052"


def mail_2312() -> None:
    body = """Till Region Kalmar län, idéslanten

Tvärskogs Samhällsförening ansöker om 5 600 kr ur idéslanten.

Om föreningen
Samhällsföreningen har funnits sedan 1972 och har ca 110 medlemmar. Vi arbetar med allt som rör byn: lekplatsen, julgransplundringen, kontakter med kommunen.

Vad vi vill göra
"Trygg väg genom Tvärskog" – en trygghetsvandring genom byn en kväll i april tillsammans med kommunpolisen och kommunens trafikplanerare, följd av ett möte i bygdegården där vi samlar ihop alla synpunkter om trafiken på väg 546, skolvägen och busshållplatserna. Sammanställningen lämnas till kommunen och Trafikverket. Inbjudan går till alla i byn, kvinnor som män, barn, föräldrar och äldre.

Lokal förankring
Idén kom upp på medlemsmötet den 20 januari där 44 personer var med. Föräldraföreningen på Tvärskogs skola och Tvärskogs IK är med och bjuder in sina medlemmar.

Budget
Arvode trafikexpert (extern föreläsare) 3 000 kr
Lokalhyra bygdegården 800 kr
Kartor och utskick 600 kr
Fika till vandring och möte 1 200 kr
Summa 5 600 kr

Med vänlig hälsning

Tvärskogs Samhällsförening
Skolvägen 4
388 96 Tvärskog
Tel. 0480-620 10
"""
    raw = message(
        std_headers(
            addr(
                "Tvärskogs Samhällsförening",
                "samhallsforeningen.tvarskog@example.se",
                "windows-1252",
                "Q",
            ),
            addr(None, "ideslanten@example.se"),
            subj(TVARSKOG_SUBJ, "windows-1252", "Q"),
            dt("2026-02-17 10:01:37"),
            TVARSKOG_ID,
            extra=[
                ("X-Mailer", "Microsoft Outlook 16.0"),
                ("Thread-Index", "AdygsRIvj2l0wQ2312TvarskogAA=="),
            ],
        ),
        text(body, charset="Windows-1252", cte="8bit"),
    )
    add(
        2312,
        "tvarskog-bara-foreningens-adress",
        raw,
        label(
            "application",
            "sv",
            "10111",
            "Sent from the association's shared mailbox and signed only with the association's name, postal address and phone number – no person anywhere. Contact therefore false and all contact facts null (the association phone is not a contact person's phone). Everything else is present: association with ~110 members, concrete safety walk + meeting with output to municipality, anchoring = member meeting of 44 and two partner groups, itemised budget 5 600 kr (also the stated amount). windows-1252 8bit with charset written 'Windows-1252'.",
            association_name="Tvärskogs Samhällsförening",
            members=110,
            ort="Tvärskog",
            amount_sek=5600,
            women_and_men=True,
        ),
    )


LOFTA_SUBJ = "Ansökan idéslanten: Kulturkvällar på gamla stationen i Loftahammar hösten 2026 - föreläsningar, musik och samtal om byns historia och framtid för alla som bor här året om eller på sommaren"
LOFTA_ID = "<20260218201455.2313.evalena@webmail.example.com>"
LOFTA_CASE = "2026-0057"


def mail_2313() -> None:
    body = """Hej!

Vi är några i Loftahammar som vill ordna kulturkvällar på gamla stationshuset i höst och undrar om vi kan få pengar från idéslanten.

Planen är fyra kvällar, torsdagar 17/9, 15/10, 5/11 och 26/11. Två kvällar med föredrag (en lokalhistoriker om skärgårdsbygdens fiske och båtbyggeri, och en om hur byar i Tjust har lockat nya företag), en musikkväll med visor från trakten och en avslutande samtalskväll om vad Loftahammar behöver för att fler ska bo kvar året runt. Allt är öppet för alla, kvinnor och män, bofasta och sommargäster. Idéerna från sista kvällen skickar vi till kommunens översiktsplan.

Vi frågade i Facebookgruppen "Loftahammar just nu" (ca 1 200 medlemmar) om folk ville ha kulturkvällar och 180 svarade ja i omröstningen. Hembygdsföreningen lånar ut stationshuset gratis och Loftahammars Företagarförening hjälper till med marknadsföringen.

Budget:
föreläsare 2 st x 2 500 kr = 5 000 kr
musiker arvode 3 000 kr
hyra ljudanläggning 1 200 kr
annonser och affischer 800 kr
totalt 10 000 kr

Hälsningar
Eva-Lena Strand
070-480 11 62
"""
    raw = message(
        std_headers(
            addr("Eva-Lena Strand", "evalena.strand@example.com"),
            addr(None, "ideslanten@example.se"),
            subj(LOFTA_SUBJ, "iso-8859-1", "Q"),
            dt("2026-02-18 20:14:55"),
            LOFTA_ID,
        ),
        text(body.replace("–", "-"), charset="iso-8859-1", cte="quoted-printable"),
    )
    add(
        2313,
        "loftahammar-mycket-lang-amnesrad",
        raw,
        label(
            "application",
            "sv",
            "01111",
            "Very long subject line (Q-encoded iso-8859-1, folded over several lines) that itself summarises the activity; body iso-8859-1 quoted-printable. Association false: the applicants are only 'några i Loftahammar' – no named group. Contact true (named signer with phone, own address). Activity concrete (four dated evenings, programme, output to the municipal plan); anchoring = a poll in the village Facebook group with 180 yes votes plus the local history society lending the station house and the business association helping. Budget itemised, total 10 000 kr. Members null: the 1 200 Facebook group members are not members of an applicant.",
            contact_name="Eva-Lena Strand",
            contact_email="evalena.strand@example.com",
            contact_phone="070-480 11 62",
            ort="Loftahammar",
            amount_sek=10000,
            women_and_men=True,
        ),
    )


def mail_2314() -> None:
    html = """<html><body style="font-family:Verdana">
<p><img src="https://cdn.example.net/regionlogo.png" alt="Region Kalmar"></p>
<p>Bästa mottagare,</p>
<p>Ert beviljade bidrag <b>Idéslanten 2026</b> på <b>14 800 SEK</b> kan inte betalas ut eftersom era bankuppgifter är ofullständiga. För att undvika att beslutet makuleras måste ni verifiera er med BankID inom 24 timmar.</p>
<p style="text-align:center"><a href="https://region-kalmar-utbetalning.example.net/verifiera?id=77412" style="background:#0067a5;color:#fff;padding:10px 20px;text-decoration:none">VERIFIERA UTBETALNING</a></p>
<p>Med vänliga hälsningar<br>Ekonomiavdelningen Region Kalmar län<br>Detta är ett automatiskt meddelande, svara ej.</p>
</body></html>
"""
    raw = message(
        std_headers(
            addr("Region Kalmar Ekonomi", "no-reply@region-kalmar-utbetalning.example.net"),
            addr(None, "ideslanten@example.se"),
            subj("ÅTGÄRD KRÄVS: Utbetalning av bidrag stoppad – verifiera inom 24 timmar"),
            dt("2026-02-19 03:17:40"),
            "<20260219021740.77412@mx.region-kalmar-utbetalning.example.net>",
            extra=[("X-Priority", "1 (Highest)")],
        ),
        text(html, subtype="html", cte="base64"),
    )
    add(
        2314,
        "phishing-utbetalning-stoppad",
        raw,
        label(
            "spam",
            "sv",
            "00000",
            "Phishing, HTML-only base64: impersonates the region's finance department, claims a granted idéslanten payout of 14 800 SEK is blocked and asks for BankID verification via a look-alike link. Mentions the grant and an amount but is spam; all elements false and all facts null.",
        ),
    )


def mail_2315() -> None:
    rsubj = receipt_subject(TVARSKOG_SUBJ, TVARSKOG_CASE)
    body = (
        "Hej,\n\nVi glömde visst kontaktpersonen. Det blir vår ordförande:\n\nAnneli Holmberg\n070-914 23 08\nanneli.holmberg@example.com\n\nHon svarar helst på kvällstid.\n\n"
        "Tvärskogs Samhällsförening\n\n"
        f"Den 2026-02-17 kl. 10:02, skrev {BOT[0]}:\n"
        + quote(receipt(TVARSKOG_CASE, ["contact"], variant=1))
        + "\n"
    )
    rid = "<receipt.2026-0052.1@ideslanten.example.se>"
    raw = message(
        std_headers(
            addr("Tvärskogs Samhällsförening", "samhallsforeningen.tvarskog@example.se"),
            addr(*BOT),
            subj(rsubj),
            dt("2026-02-20 18:40:03"),
            "<9a1d2315-0e4b-4b7e-8c2a-tvarskog@example.se>",
            irt=rid,
            refs=f"{TVARSKOG_ID} {rid}",
            extra=[("User-Agent", "Mozilla Thunderbird")],
        ),
        text(body, cte="8bit", params="; format=flowed"),
    )
    add(
        2315,
        "tvarskog-kontaktperson",
        raw,
        label(
            "followup",
            "sv",
            "01000",
            "Followup to 2312 from the same shared association mailbox (Thunderbird, '>' quoting of the bot's receipt, variant wording). The new text names the chairman with phone and her own e-mail, so contact is now true even though the From address is the shared mailbox; contact_email is her own address, not the From address. Nothing else is supplied; the quoted receipt must not count.",
            association_name="Tvärskogs Samhällsförening",
            contact_name="Anneli Holmberg",
            contact_email="anneli.holmberg@example.com",
            contact_phone="070-914 23 08",
        ),
    )


def mail_2316() -> None:
    body = """Hej.

Jag skriver både för att söka igen och för att säga vad vi tycker om förra årets beslut.

Förra året sökte Ankarsrums Byaråd idéslanten för Bruksdagen och fick avslag med motiveringen att "den lokala förankringen inte framgick". Det tycker vi var orättvist. Vi har bott här i generationer och alla i Ankarsrum vet vad byarådet gör, det borde inte behöva bevisas på papper. Vi vill gärna veta vem som fattade beslutet och om det går att överklaga i efterhand. Det kändes som att ni inte ens läst ansökan ordentligt.

I alla fall söker vi igen i år. Ankarsrums Byaråd har ett 70-tal medlemmar och har funnits sedan 1994.

Bruksdagen blir lördag 22 augusti på bruksområdet vid Ankarsrums herrgård. En föreläsare från länsmuseet berättar om bruksepoken, smeder från trakten visar smide, och på eftermiddagen har vi ett öppet samtal om hur de tomma bruksbyggnaderna kan användas för nya företag och föreningar. Vi räknar med 200 besökare.

Förankringen är densamma som förra året, alla här känner till Bruksdagen.

Vi söker 15 000 kr, det räcker knappt som det är.

Bengt-Åke Karlsson
ordf. Ankarsrums Byaråd
tel 0490-501 33
"""
    raw = message(
        std_headers(
            addr("Bengt-Åke Karlsson", "bengtake.karlsson@example.net", "windows-1252", "Q"),
            addr("Idéslanten", "ideslanten@example.se", "windows-1252", "Q"),
            subj(
                "Ansökan 2026 + synpunkter på förra årets avslag (Ankarsrum)", "windows-1252", "Q"
            ),
            dt("2026-02-23 13:05:48"),
            "<000001dca4f2$2316aa10$0b7c1e30$@example.net>",
            extra=[("X-Mailer", "Microsoft Outlook 14.0")],
        ),
        text(body, charset="windows-1252", cte="base64"),
    )
    add(
        2316,
        "ankarsrum-halft-klagomal",
        raw,
        label(
            "application",
            "sv",
            "11100",
            "Half application, half complaint about last year's rejection (asks who decided and whether it can be appealed). windows-1252 body in base64. Association named (~70 members, since 1994); contact = named chairman signing from his own address with phone; activity concrete (dated Bruksdagen, lecture, smithing, open talk about reusing the empty mill buildings). Anchoring false: only 'alla här känner till Bruksdagen' / 'vi har bott här i generationer' – exactly the empty claim that was rejected last year. Budget false: bare 'vi söker 15 000 kr'. The 200 expected visitors are not members. women_and_men unstated.",
            association_name="Ankarsrums Byaråd",
            contact_name="Bengt-Åke Karlsson",
            contact_email="bengtake.karlsson@example.net",
            contact_phone="0490-501 33",
            members=70,
            ort="Ankarsrum",
            amount_sek=15000,
        ),
    )


BERGKVARA_SUBJ = "Ansökan idéslanten – Sillens dag i Bergkvara hamn"
BERGKVARA_ID = "<4e2b9d6f-2317-4a1c-bergkvara@mail.example.org>"
BERGKVARA_CASE = "2026-0066"


def mail_2317() -> None:
    doc = docx(
        [
            "# Ansökan om regional bygdepeng – idéslanten 2026",
            "# 1. Sökande",
            f"Bergkvara Kulturförening, org.nr {org('802488-205')}. Ideell förening som sedan 2011 ordnar kulturarrangemang i Bergkvara. 83 medlemmar.",
            "# 2. Kontaktperson",
            "Sofia Nyman, sekreterare, 070-733 18 52, sofia.nyman@example.org",
            "# 3. Aktivitet",
            "Sillens dag lördag 20 juni i Bergkvara hamn: föreläsning om Bergkvaras fiske- och skeppsbyggnadshistoria, guidad visning av det gamla hamnmagasinet och ett öppet samtal om hur hamnen kan bli en mötesplats året runt (café, kajakuthyrning, gästhamn). Dagen är gratis och riktar sig till både kvinnor och män, barnfamiljer och äldre. Förslagen från samtalet lämnas till Torsås kommun.",
            "# 4. Lokal förankring",
            "Idén togs fram tillsammans med Bergkvara Båtklubb och Bergkvara Hembygdsförening, som båda står som medarrangörer. Byamötet 9 februari (31 deltagare) ställde sig bakom dagen och 12 personer har anmält sig som funktionärer.",
            "# 5. Budget",
            [
                ["Post", "Kronor"],
                ["Föreläsare, arvode inkl. resa", "3 500"],
                ["Hyra av tält", "2 800"],
                ["Hyra av ljudanläggning", "1 500"],
                ["Annonsering och affischer", "1 200"],
                ["Fika", "1 000"],
                ["Summa / sökt belopp", "10 000"],
            ],
        ]
    )
    body = """Hej!

Bifogar vår ansökan om idéslanten för Sillens dag. Den går samtidigt till våra samarbetsparter för kännedom, därav dold mottagarlista.

Hälsningar
Sofia Nyman
Bergkvara Kulturförening
070-733 18 52
"""
    raw = message(
        std_headers(
            addr("Sofia Nyman", "sofia.nyman@example.org"),
            "undisclosed-recipients:;",
            subj(BERGKVARA_SUBJ),
            dt("2026-02-24 22:10:05"),
            BERGKVARA_ID,
            extra=[
                (
                    "User-Agent",
                    "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.7.0",
                )
            ],
        ),
        multi(
            "mixed",
            [
                text(body, cte="8bit"),
                attachment(doc, DOCX, "Ansökan idéslanten Bergkvara 2026.docx"),
            ],
            "------------Bk2317x0aF9c2d1e",
            preamble="This is a multi-part message in MIME format.\n",
        ),
    )
    add(
        2317,
        "bergkvara-dold-mottagarlista",
        raw,
        label(
            "application",
            "sv",
            "11111",
            "Sent with Bcc to everyone: To is 'undisclosed-recipients:;', the bot only appears as a hidden recipient. Short body; the full application is a .docx (non-ASCII file name, RFC 2231) with the five numbered sections and a budget table (10 000 kr). Association with org.nr and 83 members; contact named with phone and her own From address; dated activity with local benefit; anchoring = two co-arranging local associations, village meeting of 31 and 12 volunteers. Tent and sound system are rented, not bought.",
            association_name="Bergkvara Kulturförening",
            org_number=org("802488-205"),
            contact_name="Sofia Nyman",
            contact_email="sofia.nyman@example.org",
            contact_phone="070-733 18 52",
            members=83,
            ort="Bergkvara",
            amount_sek=10000,
            women_and_men=True,
        ),
    )


def mail_2318() -> None:
    rsubj = receipt_subject(BERGKVARA_SUBJ, BERGKVARA_CASE)
    body = """Hej!

Jag är ledig till och med den 8 mars och läser inte min e-post. Ärenden som rör Bergkvara Kulturförening kan ni ta med vår ordförande efter den 1 mars.

Vänliga hälsningar
Sofia Nyman
"""
    rid = "<receipt.2026-0066.1@ideslanten.example.se>"
    raw = message(
        std_headers(
            addr("Sofia Nyman", "sofia.nyman@example.org"),
            addr(*BOT),
            subj("Automatiskt svar: " + rsubj),
            dt("2026-02-24 22:11:20"),
            "<autoreply.2318.sofia.nyman@mail.example.org>",
            irt=rid,
            refs=f"{BERGKVARA_ID} {rid}",
            extra=[
                ("Auto-Submitted", "auto-replied"),
                ("X-Autoreply", "yes"),
                ("Precedence", "auto_reply"),
            ],
        ),
        text(body, cte="quoted-printable"),
    )
    add(
        2318,
        "bergkvara-automatiskt-svar",
        raw,
        label(
            "autoreply",
            "sv",
            "00000",
            "Vacation autoreply from the Bergkvara applicant (2317) to the bot's receipt, arriving one minute later, with Auto-Submitted, X-Autoreply and Precedence headers, threaded to the application and the receipt. It carries a person's name and mentions the association but is an autoreply: no elements, all facts null, never to be answered.",
        ),
    )


def mail_2319() -> None:
    html = """<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><style>p.MsoNormal{margin:0;font-family:"Calibri",sans-serif;font-size:11pt}</style></head>
<body lang="SV"><div class="WordSection1">
<p class="MsoNormal">Hej,</p><p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Jag är landsbygdsutvecklare i Mönsterås kommun och har hjälpt <b>Pataholms Byalag</b> att formulera en ansökan om idéslanten. Byalaget har gett mig i uppdrag att skicka in den. Jag är alltså inte sökande, men svarar gärna på frågor om kommunens del.</p><p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal"><b>Sökande:</b> Pataholms Byalag, ideell förening för boende i Pataholm och Kristvik, 29 medlemmar.</p>
<p class="MsoNormal"><b>Kontaktperson i byalaget:</b> Ingrid Sjöö, ordförande, tel. 070-260 74 19, e-post ingrid.sjoo@example.net</p><p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal"><b>Aktivitet:</b> ”Pataholm 2030” – två workshopkvällar (21 april och 19 maj) i Pataholms gamla magasin med en bebyggelseantikvarie från länsmuseet, plus en guidad vandring i den gamla köpingen. Syftet är att ta fram idéer för hur kulturmiljön kan användas för besöksnäring och småföretag, så att fler kan bo och verka i byn. Kvällarna är öppna för alla, kvinnor som män.</p>
<p class="MsoNormal"><b>Förankring:</b> Byalagets årsmöte i januari beslutade om satsningen. Samtliga hushåll i gamla köpingen har fått en personlig inbjudan, och Ålems hembygdsförening är medarrangör.</p><p class="MsoNormal">&nbsp;</p>
<table border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse">
<tr><td><b>Budget</b></td><td><b>kr</b></td></tr>
<tr><td>Arvode bebyggelseantikvarie (2 kvällar + vandring)</td><td>5 500</td></tr>
<tr><td>Hyra magasinet</td><td>1 500</td></tr>
<tr><td>Tryck av inbjudningar</td><td>700</td></tr>
<tr><td>Fika</td><td>900</td></tr>
<tr><td><b>Summa</b></td><td><b>8 600</b></td></tr>
</table><p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Med vänlig hälsning</p>
<p class="MsoNormal">Peter Åkesson<br>Landsbygdsutvecklare<br>Mönsterås kommun<br>0499-170 00 (växel)</p>
</div></body></html>
"""
    raw = message(
        std_headers(
            addr("Peter Åkesson", "peter.akesson@monsteras.example.se"),
            addr(None, "ideslanten@example.se"),
            subj("Ansökan idéslanten – Pataholms Byalag (inskickad av Mönsterås kommun)"),
            dt("2026-02-26 15:33:21"),
            "<GV1P190MB2319A0C4D6E8@GV1P190MB2319.EURP190.PROD.example.se>",
            extra=[("Content-Language", "sv-SE"), ("X-MS-Has-Attach", "")],
        ),
        text(html, subtype="html", cte="quoted-printable"),
    )
    add(
        2319,
        "pataholm-kommunen-namner-kontakt",
        raw,
        label(
            "application",
            "sv",
            "11111",
            "HTML-only Outlook mail (quoted-printable) in which a municipal official sends an application on behalf of a village group – the counterpart of 2306. Here the group's own contact person is named with phone and e-mail, so contact is true and the contact facts are hers (not the official's From address or the municipal switchboard). Association with 29 members; two dated workshops plus a guided walk with a clear local purpose; anchoring = annual meeting decision, personal invitations to all households, co-arranging local history society; budget as an HTML table (8 600 kr).",
            association_name="Pataholms Byalag",
            contact_name="Ingrid Sjöö",
            contact_email="ingrid.sjoo@example.net",
            contact_phone="070-260 74 19",
            members=29,
            ort="Pataholm",
            amount_sek=8600,
            women_and_men=True,
        ),
    )


def mail_2320() -> None:
    rsubj = receipt_subject(LOFTA_SUBJ, LOFTA_CASE)
    new = """Hej!

Ni skrev att det saknades uppgifter om föreningen. Vi var bara ett gäng när vi sökte, men i lördags (28 februari) hade vi bildningsmöte på stationen och nu finns Kulturföreningen Stationen i Loftahammar med stadgar och styrelse. Vi är 23 medlemmar hittills och har sökt organisationsnummer hos Skatteverket. Jag är ordförande.

Hälsningar
Eva-Lena Strand
070-480 11 62
"""
    rid = "<receipt.2026-0057.1@ideslanten.example.se>"
    body = (
        new
        + f"\nDen ons 18 feb. 2026 kl 20:15 skrev {BOT[0]} <{BOT[1]}>:\n\n"
        + quote(receipt(LOFTA_CASE, ["association"]))
        + "\n"
    )
    raw = message(
        std_headers(
            addr("Eva-Lena Strand", "evalena.strand@example.com"),
            addr(*BOT),
            subj("Re: " + rsubj.removeprefix("Re: "), "iso-8859-1", "Q"),
            dt("2026-03-02 19:27:40"),
            "<20260302192740.2320.evalena@webmail.example.com>",
            irt=rid,
            refs=f"{LOFTA_ID} {rid}",
        ),
        text(body.replace("–", "-"), charset="iso-8859-1", cte="quoted-printable"),
    )
    add(
        2320,
        "loftahammar-ny-forening",
        raw,
        label(
            "followup",
            "sv",
            "11000",
            "Followup to 2313 (very long Q-encoded subject kept with 'Re:' and case number; Gmail-style 'Den ... skrev' attribution and '>' quoting of the receipt). The new text supplies the missing association: a newly founded, named association with 23 members whose org.nr is only applied for (so org_number null). Signed by the named chairman from her own address with phone → contact true. Nothing about activity, anchoring or budget in the new text.",
            association_name="Kulturföreningen Stationen i Loftahammar",
            contact_name="Eva-Lena Strand",
            contact_email="evalena.strand@example.com",
            contact_phone="070-480 11 62",
            members=23,
            ort="Loftahammar",
        ),
    )


def mail_2321() -> None:
    body = """Hej!

Budgeten står i ämnesraden, resten här:

Långasjö Sockenförening (61 medlemmar) vill ordna en föreläsning och samtalskväll i Långasjö bygdegård torsdag 23 april om hur vi kan få en bygdeservice i byn – paketutlämning, apoteksombud och kanske drivmedel – nu när affären bara har öppet tre dagar i veckan. En föreläsare från en by i Småland som redan har startat en bygdeservice berättar hur de gjorde, sedan diskuterar vi i grupper och väljer en arbetsgrupp. Alla är välkomna, kvinnor som män.

Förankring: sockenstämman (vårt öppna årsmöte) 10 februari, där 52 personer var med, sa ja till att vi går vidare. Långasjö IF och kyrkans syförening hjälper till med fika och att sprida inbjudan.

Vi söker alltså 8 500 kr.

/Rune Svensson, vice ordf.
073-118 40 27
"""
    raw = message(
        std_headers(
            addr("Rune Svensson", "rune.svensson@example.se"),
            addr(None, "ideslanten@example.se"),
            subj(
                "Idéslanten Långasjö – budget: hyra bygdegården 2 400 kr, föreläsare inkl resa 5 000 kr, fika 1 100 kr, summa 8 500 kr"
            ),
            dt("2026-03-03 12:02:16"),
            "<ab55e1c4-2321-langasjo@mail.example.se>",
        ),
        text(body, cte="quoted-printable"),
    )
    add(
        2321,
        "langasjo-budget-i-amnesraden",
        raw,
        label(
            "application",
            "sv",
            "11111",
            "The budget is ONLY in the (long, B-encoded) subject line: venue 2 400, lecturer incl. travel 5 000, fika 1 100, sum 8 500; the body says 'Budgeten står i ämnesraden'. A careful officer reads the subject as part of what the applicant wrote, so budget is true (cost items with amounts) – a bot that ignores the subject would wrongly ask for a budget. The body only repeats the total 8 500. Association with 61 members, named signer with phone and own address, concrete dated activity, anchoring = open parish meeting of 52 plus two local helpers.",
            association_name="Långasjö Sockenförening",
            contact_name="Rune Svensson",
            contact_email="rune.svensson@example.se",
            contact_phone="073-118 40 27",
            members=61,
            ort="Långasjö",
            amount_sek=8500,
            women_and_men=True,
        ),
    )


ORREFORS_ID = "<1f9e0c2b.2322.orrefors@mail.example.net>"


def mail_2322() -> None:
    body = """Till Region Kalmar län
Landsbygdsutvecklaren / idéslanten

ANSÖKAN OM REGIONAL BYGDEPENG – IDÉSLANTEN 2026

Orrefors Byalag (nedan byalaget), org.nr {org}, får härmed ansöka om 11 800 kronor ur idéslanten.

Byalagets sekreterare Maj-Britt Ek har på uppdrag av styrelsen sammanställt och översänder denna ansökan. Kontaktperson för ansökan är byalagets ordförande Torbjörn Ahl, telefon 0481-301 12, e-post torbjorn.ahl@example.com.

Om byalaget
Byalaget är en ideell förening som verkar för Orrefors utveckling som boende- och besöksort. Byalaget har 96 medlemmar.

Aktiviteten
Byalaget avser att anordna en dialogdag, "Glasbygden efter bruket", lördagen den 9 maj i Orrefors Folkets hus. Två inbjudna talare (från ett glasbruksnätverk och från en ort som ställt om efter en bruksnedläggning) inleder, varefter deltagarna i workshops tar fram förslag om hur byns lokaler, hyttan och besökarna kan tas tillvara. Dagen vänder sig till samtliga boende, kvinnor såväl som män. Förslagen sammanställs av byalaget och överlämnas till Nybro kommun.

Förankring
Frågan behandlades vid ett stormöte den 26 januari, där 58 personer deltog och där det beslutades att dialogdagen ska genomföras. Orrefors hembygdsförening och Orrefors IF deltar i planeringen.

Budget
Talare, arvoden 2 x 3 000 kr = 6 000 kr
Lokalhyra Folkets hus 1 800 kr
Annonsering 1 000 kr
Lunch och fika 3 000 kr
Summa 11 800 kr

Byalaget tackar för prövningen av ansökan.

För Orrefors Byalag

Maj-Britt Ek
sekreterare
""".format(org=org("802431-590"))
    raw = message(
        std_headers(
            addr("Maj-Britt Ek", "majbritt.ek@example.net"),
            addr("Idéslanten Region Kalmar", "ideslanten@example.se"),
            subj("Ansökan om regional bygdepeng – idéslanten 2026 – Orrefors Byalag"),
            dt("2026-03-04 09:14:02"),
            ORREFORS_ID,
        ),
        text(body, cte="quoted-printable"),
    )
    add(
        2322,
        "orrefors-sekreterare-tredje-person",
        raw,
        label(
            "application",
            "sv",
            "11111",
            "Formal application written entirely in the third person by the association's secretary ('Byalagets sekreterare Maj-Britt Ek har på uppdrag av styrelsen sammanställt …'). The designated contact is the chairman with phone and e-mail, so the contact facts are his – not the secretary's From address. Association with org.nr and 96 members; dated dialogue day with workshops and output to the municipality; anchoring = big meeting of 58 that decided it plus two local associations; itemised budget equal to the applied 11 800 kr. Lunch/fika is a consumable.",
            association_name="Orrefors Byalag",
            org_number=org("802431-590"),
            contact_name="Torbjörn Ahl",
            contact_email="torbjorn.ahl@example.com",
            contact_phone="0481-301 12",
            members=96,
            ort="Orrefors",
            amount_sek=11800,
            women_and_men=True,
        ),
    )


TIMMER_SUBJ = "Ansökan idéslanten - ungdomsträffar Timmernabben"
TIMMER_ID = "<CAJ5w2323timmer+Xq@mail.example.com>"
TIMMER_CASE = "2026-0078"


def mail_2323() -> None:
    html = """<div dir="ltr"><div>Hej!</div><div><br></div>
<div>Vi i <b>Timmernabbens Intresseförening</b> (45 medlemmar, ideell förening som bl.a. driver sommarcaféet vid hamnen) vill söka idéslanten för en serie ungdomsträffar.</div><div><br></div>
<div>Planen: fem träffar på onsdagskvällar i april–maj i föreningslokalen för ungdomar 13–19 år, tjejer och killar. Vi hyr in en ledare från ett studieförbund som hjälper ungdomarna att själva ta fram vad de vill ha i Timmernabben (en mötesplats, aktiviteter på sommaren) och göra en presentation för kommunens fritidsnämnd i juni.</div><div><br></div>
<div>Det finns nästan inget för ungdomar att göra här och många åker till Kalmar eller Mönsterås varje helg. Behovet är stort.</div><div><br></div>
<div>Budgeten tar vi fram när vi vet vilken ledare vi får.</div><div><br></div>
<div>Mvh<br>Linnea Fors<br>Timmernabbens Intresseförening<br>072-559 30 81</div></div>
"""
    raw = message(
        std_headers(
            addr("Linnea Fors", "linnea.fors@example.com"),
            addr(None, "ideslanten@example.se"),
            subj(TIMMER_SUBJ),
            dt("2026-03-05 17:45:30"),
            TIMMER_ID,
        ),
        text(html, subtype="html", cte="quoted-printable"),
    )
    add(
        2323,
        "timmernabben-html-ungdomstraffar",
        raw,
        label(
            "application",
            "sv",
            "11100",
            "HTML-only Gmail-style mail (div soup). Association named with 45 members; named signer with phone from her own address; activity concrete (five youth evenings with a hired leader, presentation to the municipal committee). Anchoring false: only a described need ('nästan inget för ungdomar att göra', 'behovet är stort') – no meeting, survey or partner. Budget false and amount null: 'Budgeten tar vi fram när vi vet vilken ledare vi får'. 'tjejer och killar' → women_and_men true. The group later withdraws the application (2327).",
            association_name="Timmernabbens Intresseförening",
            contact_name="Linnea Fors",
            contact_email="linnea.fors@example.com",
            contact_phone="072-559 30 81",
            members=45,
            ort="Timmernabben",
            women_and_men=True,
        ),
    )


def mail_2324() -> None:
    body = """Hi,

My husband and I moved to Byxelkrok two years ago and together with some neighbours (Dutch, German and Swedish families) we would like to start a monthly "open house" evening in the old school. Before we write an application I have two questions:

1. Do we need to be a registered association with an organisation number to apply for idéslanten, or can an informal group apply?
2. Is there a deadline for 2026, or can we apply any time during the year?

Sorry for writing in English, my Swedish is still not good enough for official things.

Kind regards,
Marieke de Vries
Byxelkrok
"""
    raw = message(
        std_headers(
            addr("Marieke de Vries", "marieke.devries@example.net"),
            addr(None, "ideslanten@example.se"),
            subj("Question about idéslanten for a new group in Byxelkrok"),
            dt("2026-03-09 10:22:08"),
            "<CAM2324byx+kE0q@mail.example.net>",
        ),
        text(body, cte="7bit" if body.isascii() else "quoted-printable"),
    )
    add(
        2324,
        "byxelkrok-question-english",
        raw,
        label(
            "question",
            "en",
            "00000",
            "Question in English from a newcomer in Byxelkrok: whether an informal group without organisation number may apply, and whether there is a deadline. Describes a planned 'open house' evening only as background and explicitly says they have not applied yet – so question, not application; all elements false. Facts: her name and address, ort Byxelkrok.",
            contact_name="Marieke de Vries",
            contact_email="marieke.devries@example.net",
            ort="Byxelkrok",
        ),
    )


def mail_2325() -> None:
    body = """Hej!

Södra Vi Framtidsgrupp söker pengar ur idéslanten till ett språkcafé. Vi är en förening med 34 medlemmar, både gamla Södra Vi-bor och nyinflyttade.

Själva beskrivningen har vår medlem Jane skrivit på engelska och jag har kört den genom Google Översätt. Jag klistrar in både översättningen och originalet så att inget blir fel.

--- Översatt av Google ---
Vi vill köra ett språkkafé varannan onsdag från mars till juni (10 gånger) i församlingshemmet i Södra Vi. En betald kursledare från ett studieförbund leder samtalet så att nya invånare från Nederländerna, Tyskland, Storbritannien och Ukraina kan öva svenska med långvariga invånare. Målet är att nykomlingar hittar arbete, föreningar och vänner och stannar i byn. Alla är välkomna, både kvinnor och män.
--- Original ---
We want to run a language café every second Wednesday from March to June (10 times) in the parish hall in Södra Vi. A paid course leader from a study association leads the conversation so that new residents from the Netherlands, Germany, the UK and Ukraine can practise Swedish with long-time residents. The goal is that newcomers find work, associations and friends and stay in the village. Everyone is welcome, both women and men.
---

Vi tror att det här är något som hela byn kommer att tycka om.

Budget:
Kursledare (arvode via studieförbundet) 10 x 600 kr = 6 000 kr
Hyra församlingshemmet 10 x 200 kr = 2 000 kr
Fika 1 500 kr
Material (ordlistor, kopior) 500 kr
Summa: 10 000 kr

Kontakt: Annika Gustavsson, 070-377 90 12, annika.gustavsson@example.org

Hälsningar
Annika Gustavsson
Södra Vi Framtidsgrupp
"""
    raw = message(
        std_headers(
            addr("Annika Gustavsson", "annika.gustavsson@example.org"),
            addr(None, "ideslanten@example.se"),
            subj("Ansökan idéslanten: Språkcafé i Södra Vi"),
            dt("2026-03-10 20:36:44"),
            "<e21c2325-77f0-4b1d-sodravi@mail.example.org>",
        ),
        multi(
            "alternative",
            [
                text(body, cte="base64"),
                text(
                    '<html><body><pre style="font-family:inherit">'
                    + body.replace("&", "&amp;")
                    + "</pre></body></html>\n",
                    subtype="html",
                    cte="base64",
                ),
            ],
            "b1_2325sodravi_7f1e0c",
        ),
    )
    add(
        2325,
        "sodra-vi-google-oversatt",
        raw,
        label(
            "application",
            "sv",
            "11101",
            "Swedish mail with a machine-translated part: the activity description is given twice, as Google-translated Swedish and as the English original (language stays sv). Association named with 34 members; contact named with phone and e-mail; activity concrete (10 dated-range language café evenings, course leader, integration goal); itemised budget 10 000 kr. Anchoring false: only 'vi tror att hela byn kommer att tycka om' – a hope. The 'paid course leader' is a course leader's fee via a study association, not salary. base64 multipart/alternative.",
            association_name="Södra Vi Framtidsgrupp",
            contact_name="Annika Gustavsson",
            contact_email="annika.gustavsson@example.org",
            contact_phone="070-377 90 12",
            members=34,
            ort="Södra Vi",
            amount_sek=10000,
            women_and_men=True,
        ),
    )


def mail_2326() -> None:
    lines = [
        "# Ansökan om idéslanten 2026 – Alsterbro Samhällsförening",
        "",
        "# Föreningen",
        f"Alsterbro Samhällsförening, org.nr {org('802470-113')}, ideell förening i Alsterbro, Nybro kommun.",
        "Föreningen har 72 medlemmar och driver bl.a. badplatsen och midsommarfirandet.",
        "",
        "# Kontaktperson",
        "Mikael Fransson, kassör, 070-842 66 07, mikael.fransson@example.com",
        "",
        "# Aktivitet",
        "Studieresa lördag 16 maj med hyrd buss till Vena i Hultsfreds kommun, där byborna driver ett",
        "byahus med café, gym och uthyrning i den gamla skolan. Vi vill lära oss hur de organiserat",
        "ekonomi och frivilliga, eftersom skolan i Alsterbro står tom. Resan följs upp med ett öppet",
        "möte i Alsterbro 28 maj där vi bestämmer om vi ska ta fram ett förslag till kommunen.",
        "Resan är öppen för alla i Alsterbro, kvinnor och män, och max 40 deltagare.",
        "",
        "# Lokal förankring",
        "Enkät till alla hushåll i Alsterbro i december: 88 svar, 71 av dem vill att skolan blir ett",
        "byahus. Alsterbro IF och Alsterbro Församlingskrets är med i arbetsgruppen.",
        "",
        "# Budget",
        "Hyra av buss med chaufför            6 500 kr",
        "Guidning och lokalhyra i Vena        1 200 kr",
        "Fika under resan                       800 kr",
        "Lokalhyra uppföljningsmöte             400 kr",
        "Summa (sökt belopp)                  8 900 kr",
    ]
    body = """Hej!
Här kommer vår ansökan som PDF.
Mvh Mikael Fransson
Alsterbro Samhällsförening
070-842 66 07
"""
    raw = message(
        std_headers(
            addr("Mikael Fransson", "mikael.fransson@example.com"),
            addr(None, "ideslanten@example.se"),
            subj("Ansökan Alsterbro"),
            dt("2026-03-11 07:55:19"),
            "<7ac3e0f1-2326-alsterbro@mail.example.com>",
        ),
        multi(
            "mixed",
            [
                text(body, cte="8bit"),
                attachment(
                    pdf(lines, "Ansökan idéslanten Alsterbro", compress=True),
                    "application/pdf",
                    "ansokan_alsterbro.pdf",
                ),
            ],
            "Apple-Mail=_2326A1B2-C3D4-E5F6-0718-293A4B5C6D7E",
        ),
    )
    add(
        2326,
        "alsterbro-pdf",
        raw,
        label(
            "application",
            "sv",
            "11111",
            "Three-line body; the whole application is a zlib-compressed PDF (Helvetica, WinAnsi, extractable text). Association with org.nr and 72 members; contact with phone and e-mail (also the signer); study trip with date, destination, learning goal and follow-up meeting; anchoring = household survey (88 answers, not members) and two partner groups; itemised budget 8 900 kr = applied amount. Renting a bus with driver is a service, not salary or investment.",
            association_name="Alsterbro Samhällsförening",
            org_number=org("802470-113"),
            contact_name="Mikael Fransson",
            contact_email="mikael.fransson@example.com",
            contact_phone="070-842 66 07",
            members=72,
            ort="Alsterbro",
            amount_sek=8900,
            women_and_men=True,
        ),
    )


def mail_2327() -> None:
    rsubj = receipt_subject(TIMMER_SUBJ, TIMMER_CASE)
    rid = "<receipt.2026-0078.1@ideslanten.example.se>"
    body = (
        "Hej!\n\nVi drar tillbaka ansökan. Kommunens fritidsgård ska starta ungdomsträffar i Timmernabben i höst så vi behöver inte pengarna just nu. Tack ändå för snabbt svar!\n\n"
        "Mvh\nLinnea Fors\nTimmernabbens Intresseförening\n\n"
        f"Den tors 5 mars 2026 kl 17:46 skrev {BOT[0]} <{BOT[1]}>:\n\n"
        + quote(receipt(TIMMER_CASE, ["anchoring", "budget"]))
        + "\n"
    )
    html = (
        '<div dir="ltr">'
        + body.split("\n\nDen tors")[0].replace("\n", "<br>")
        + '</div><br><div class="gmail_quote"><blockquote class="gmail_quote" style="margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex">'
        + receipt(TIMMER_CASE, ["anchoring", "budget"]).replace("\n", "<br>")
        + "</blockquote></div>\n"
    )
    raw = message(
        std_headers(
            addr("Linnea Fors", "linnea.fors@example.com"),
            addr(*BOT),
            subj(rsubj),
            dt("2026-03-12 12:10:51"),
            "<CAJ5w2327timmer+Re@mail.example.com>",
            irt=rid,
            refs=f"{TIMMER_ID} {rid}",
        ),
        multi(
            "alternative",
            [
                text(body, cte="quoted-printable"),
                text(html, subtype="html", cte="quoted-printable"),
            ],
            "0000000000002327timmernabbenre",
        ),
    )
    add(
        2327,
        "timmernabben-drar-tillbaka",
        raw,
        label(
            "followup",
            "sv",
            "01000",
            "Withdrawal in the thread of 2323: 'Vi drar tillbaka ansökan' – a followup that supplies nothing for the application (the quoted receipt asks for anchoring and budget; neither is given). Labelled by its new text only: contact true because it is signed by the named applicant from her own address (README rule for followups), everything else false. The withdrawal itself is something the officer must notice but is not an element.",
            association_name="Timmernabbens Intresseförening",
            contact_name="Linnea Fors",
            contact_email="linnea.fors@example.com",
            ort="Timmernabben",
        ),
    )


ROCKNEBY_SUBJ = "bilpool rockneby"
ROCKNEBY_ID = "<E3F1A2B4-2328-4D6E-9F01-ROCKNEBY@example.se>"
ROCKNEBY_CASE = "2026-0091"


def mail_2328() -> None:
    body = """hej! vi e några i rockneby som vill ha en kväll om att starta bilpool i byn. tänkte tisdag 7 april i bygdegården, bjuda in nån från bilpoolen i kalmar som berättar hur det funkar o vad det kostar, sen röstar vi om vi ska köra igång. många här har bara en bil o bussen går typ 3 ggr om dagen så det skulle göra det lättare att bo kvar
vet inte exakt vad det kostar, kanske 5000?
/Jonna Lind 070-224 61 93

Skickat från min iPhone
"""
    raw = message(
        std_headers(
            addr("Jonna Lind", "jonna.lind@example.se"),
            addr(None, "ideslanten@example.se"),
            subj(ROCKNEBY_SUBJ),
            dt("2026-03-16 21:04:12"),
            ROCKNEBY_ID,
            extra=[("X-Mailer", "iPhone Mail (22D72)")],
        ),
        text(body, cte="quoted-printable"),
    )
    add(
        2328,
        "rockneby-mobil-bilpool",
        raw,
        label(
            "application",
            "sv",
            "01100",
            "Very short lower-case iPhone mail with a four-word subject. Activity true: dated evening in the village hall, invited car-pool speaker, a vote on starting – and the local benefit (one car per household, few buses). Contact true: named signer with phone from her own address. Association false ('vi e några i rockneby' – unnamed), anchoring false (nothing beyond a need), budget false ('kanske 5000?' – a single rough figure, which still gives amount_sek 5000). Members and women_and_men unstated.",
            contact_name="Jonna Lind",
            contact_email="jonna.lind@example.se",
            contact_phone="070-224 61 93",
            ort="Rockneby",
            amount_sek=5000,
        ),
    )


DEGERHAMN_SUBJ = "Application for idéslanten – Degerhamns Vänner"
DEGERHAMN_ID = "<0102018e2329degerhamn-7c1f@mail.example.com>"


def mail_2329() -> None:
    body = """Dear Sir or Madam,

We are writing to apply for the idéslanten grant on behalf of Degerhamns Vänner (Friends of Degerhamn), a small association that was formed last autumn. We have about 25 members; many of us have moved to Degerhamn from the UK, Germany and the Netherlands in recent years, and some are born and bred here.

We would like to do something that brings people together and makes Degerhamn a better place to live, perhaps some events during the year. We are still discussing exactly what.

On 14 February we held an open meeting at the harbour café with 19 residents, where everyone agreed that the association should apply. Södra Ölands hembygdsförening has said it will support us and lend us its premises.

We do not have a budget yet, but we think we will need around 15,000 SEK.

Please contact me if you have any questions.

Best wishes,
Helen Parker
Chair, Degerhamns Vänner
+46 70 611 25 93
"""
    raw = message(
        std_headers(
            addr("Helen Parker", "helen.parker@example.com"),
            addr(None, "ideslanten@example.se"),
            subj(DEGERHAMN_SUBJ),
            dt("2026-03-17 11:48:30"),
            DEGERHAMN_ID,
        ),
        text(body, charset="utf-8", cte="quoted-printable"),
    )
    add(
        2329,
        "degerhamn-english-vague",
        raw,
        label(
            "application",
            "en",
            "11010",
            "Application in English (utf-8 quoted-printable, encoded subject because of 'idéslanten'). Association named with ~25 members; contact = named chair signing from her own address with an international-format phone. Activity false: 'do something that brings people together … perhaps some events' – a vague wish, still undecided. Anchoring true: open meeting of 19 residents that backed the application and the local history society's support. Budget false: 'around 15,000 SEK' is a rough total only (amount_sek 15000). The bot's receipt to this mail later bounces (2334).",
            association_name="Degerhamns Vänner",
            contact_name="Helen Parker",
            contact_email="helen.parker@example.com",
            contact_phone="+46 70 611 25 93",
            members=25,
            ort="Degerhamn",
            amount_sek=15000,
        ),
    )


def mail_2330() -> None:
    body = """Hej

Målilla Byalag ansöker om medel ur idéslanten 2026.

Målilla Byalag är en ideell förening med 130 medlemmar som arbetar för Målilla som ort att bo och verka på.

Vi vill genomföra insatser som stärker bygden och gör Målilla mer attraktivt, främst under sommarhalvåret.

Frågan har diskuterats på medlemsmötet 12 mars, där 33 medlemmar deltog och beslutade att föreningen ska söka. Vi samarbetar med Målilla Hembygdsförening och Målilla Företagarförening.

Budget
Lokalhyra 3 000 kr
Marknadsföring 2 500 kr
Arvoden till inbjudna gäster 4 000 kr
Förtäring 1 500 kr
Summa 11 000 kr

Kontaktperson
Gunilla Axelsson
0495-200 48
gunilla.axelsson@example.se

Med vänlig hälsning
Gunilla Axelsson
Målilla Byalag
"""
    raw = message(
        std_headers(
            addr("Gunilla Axelsson", "gunilla.axelsson@example.se", "iso-8859-1", "Q"),
            addr(None, "ideslanten@example.se"),
            subj("Ansökan idéslanten 2026 Målilla Byalag", "iso-8859-1", "Q"),
            dt("2026-03-18 14:30:05"),
            "<20260318133005.2330@malilla.example.se>",
        ),
        text(body, charset="iso-8859-1", cte="8bit"),
    )
    add(
        2330,
        "malilla-vag-aktivitet",
        raw,
        label(
            "application",
            "sv",
            "11011",
            "iso-8859-1 8bit body, Q-encoded subject and display name. Formally tidy application where everything but the activity is there: association with 130 members, named contact with phone and e-mail, anchoring (member meeting of 33 that decided, two partner associations), itemised budget 11 000 kr. Activity false: 'insatser som stärker bygden och gör Målilla mer attraktivt' – exactly the vague wish the rules reject; a budget alone does not make it concrete. The 33 attending members are not the member count. women_and_men unstated.",
            association_name="Målilla Byalag",
            contact_name="Gunilla Axelsson",
            contact_email="gunilla.axelsson@example.se",
            contact_phone="0495-200 48",
            members=130,
            ort="Målilla",
            amount_sek=11000,
        ),
    )


def mail_2331() -> None:
    rsubj = receipt_subject(ROCKNEBY_SUBJ, ROCKNEBY_CASE)
    rid = "<receipt.2026-0091.1@ideslanten.example.se>"
    body = (
        "ok tack! vi ska prata ihop oss o återkommer 👍\n\nSkickat från min iPhone\n\n"
        f"> 16 mars 2026 kl. 21:05 skrev {BOT[0]} <{BOT[1]}>:\n>\n"
        + quote(receipt(ROCKNEBY_CASE, ["association", "anchoring", "budget"], variant=1))
        + "\n"
    )
    raw = message(
        std_headers(
            addr("Jonna Lind", "jonna.lind@example.se"),
            addr(*BOT),
            subj(rsubj),
            dt("2026-03-19 07:12:44"),
            "<5B7C9D1E-2331-4F20-8A3B-ROCKNEBY@example.se>",
            irt=rid,
            refs=f"{ROCKNEBY_ID} {rid}",
            extra=[("X-Mailer", "iPhone Mail (22D72)")],
        ),
        text(body, cte="quoted-printable"),
    )
    add(
        2331,
        "rockneby-svar-utan-innehall",
        raw,
        label(
            "followup",
            "sv",
            "00000",
            "Followup to 2328 that supplies nothing: 'ok tack! vi ska prata ihop oss o återkommer' with an emoji and iPhone quoting of the receipt (which lists association, anchoring and budget as missing). No signature in the new text (name only in From), so contact false too; every element false, facts null except the mandatory booleans.",
        ),
    )


def mail_2332() -> None:
    rsubj = receipt_subject(DEGERHAMN_SUBJ, "2026-0093")
    explain = """This is the mail system at host mx2.example.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<helen.parker@example.com>: host mail.example.com[192.0.2.44] said: 552 5.2.2
    Mailbox full, message delivery failed after 5 days (in reply to RCPT TO
    command)
"""
    status = """Reporting-MTA: dns; mx2.example.com
X-Postfix-Queue-ID: 4Tq2332Zx1z9
Arrival-Date: Tue, 17 Mar 2026 11:49:02 +0100 (CET)

Final-Recipient: rfc822; helen.parker@example.com
Original-Recipient: rfc822;helen.parker@example.com
Action: failed
Status: 5.2.2
Remote-MTA: dns; mail.example.com
Diagnostic-Code: smtp; 552 5.2.2 Mailbox full
"""
    orig = message(
        std_headers(
            addr(*BOT),
            addr("Helen Parker", "helen.parker@example.com"),
            subj(rsubj),
            "Tue, 17 Mar 2026 11:49:01 +0100",
            "<receipt.2026-0093.1@ideslanten.example.se>",
            irt=DEGERHAMN_ID,
            refs=DEGERHAMN_ID,
            extra=[("Auto-Submitted", "auto-replied")],
        ),
        text(receipt("2026-0093", ["activity", "budget"]), cte="quoted-printable"),
    )
    report = multi(
        "report; report-type=delivery-status",
        [
            Part(
                [
                    ("Content-Description", "Notification"),
                    ("Content-Type", "text/plain; charset=us-ascii"),
                ],
                explain.encode("ascii"),
            ),
            Part(
                [
                    ("Content-Description", "Delivery report"),
                    ("Content-Type", "message/delivery-status"),
                ],
                status.encode("ascii"),
            ),
            Part(
                [
                    ("Content-Description", "Undelivered Message"),
                    ("Content-Type", "message/rfc822"),
                ],
                orig,
            ),
        ],
        "4Tq2332Zx1z9.1774176720/mx2.example.com",
    )
    raw = message(
        std_headers(
            addr("Mail Delivery System", "MAILER-DAEMON@mx2.example.com"),
            addr(None, "ideslanten@example.se"),
            "Undelivered Mail Returned to Sender",
            dt("2026-03-22 11:52:00"),
            "<20260322105200.4Tq2332Zx1z9@mx2.example.com>",
            extra=[("Auto-Submitted", "auto-replied")],
        ),
        report,
    )
    add(
        2332,
        "bounce-kvittens-degerhamn",
        raw,
        label(
            "bounce",
            "en",
            "00000",
            "Postfix multipart/report delivery-status bounce from MAILER-DAEMON: the bot's receipt to the Degerhamn application (2329) could not be delivered after 5 days (mailbox full). The returned message/rfc822 part contains the receipt with 'Vi saknar följande i er ansökan' and the applicant's name – still a bounce, no elements, all facts null, never answered.",
        ),
    )


def mail_2333() -> None:
    csv_text = "Post;Belopp (kr)\r\nFöreläsare Storebro bruks historia;3000\r\nHyra kajaker och flytvästar (prova-på);2500\r\nAnnonser och affischer;900\r\nFika;1100\r\nSumma;7500\r\n"
    body = """Hej,

vi vill söka idéslanten till årets Storebrodag lördag 13 juni.

Programmet: på förmiddagen en föreläsning om Storebro bruk och båtbyggeriets historia i Folkets hus, efter lunch prova-på-paddling på Stångån med hyrda kajaker och en ledare, och på eftermiddagen ett öppet möte om var byn ska få en ny badplats sedan den gamla stängts. Dagen är för alla åldrar, både kvinnor och män, och ska visa upp Storebro för nya och gamla invånare.

Storebro IF och Storebro Hembygdsförening är med och arrangerar, och 15 frivilliga har redan anmält sig som funktionärer.

Budgeten ligger i bifogad fil (exporterad från Excel).

Mvh
Hasse Ljung
070-611 02 58
"""
    raw = message(
        std_headers(
            addr("Hasse Ljung", "hasse.ljung@example.net"),
            addr(None, "ideslanten@example.se"),
            subj("idéslanten storebrodagen"),
            dt("2026-03-23 18:20:37"),
            "<2333.storebro.1f0e@mail.example.net>",
        ),
        multi(
            "mixed",
            [
                text(body, charset="iso-8859-1", cte="quoted-printable"),
                attachment(
                    csv_text.encode("windows-1252"),
                    "text/csv; charset=windows-1252",
                    "budget_storebrodagen.csv",
                ),
            ],
            "=_2333_storebro_mixed",
        ),
    )
    add(
        2333,
        "storebro-csv-budget",
        raw,
        label(
            "application",
            "sv",
            "01111",
            "Application with the budget in a semicolon-separated windows-1252 .csv attachment (CRLF lines inside the base64, as Excel exports it): lecturer 3 000, kayak rental 2 500, ads 900, fika 1 100, sum 7 500. Activity concrete (dated programme, meeting about a new bathing place); anchoring = two co-arranging local associations and 15 volunteers; contact = named signer with phone, own address. Association false: the mail never says who applies – Storebro IF and the local history society are partners, not the applicant. Renting kayaks and life jackets is not an investment. Members unknown.",
            contact_name="Hasse Ljung",
            contact_email="hasse.ljung@example.net",
            contact_phone="070-611 02 58",
            ort="Storebro",
            amount_sek=7500,
            women_and_men=True,
        ),
    )


def mail_2334() -> None:
    app = """ANSÖKAN IDÉSLANTEN 2026 - EDSBRUKS BYGDEFÖRENING

Sökande: Edsbruks Bygdeförening, ideell förening i Edsbruk (Västerviks kommun), 58 medlemmar.

Aktivitet: Bygdeträff om kollektivtrafik och samåkning torsdag 23 april kl 18 i bygdegården. En representant från länstrafiken berättar om anropsstyrd trafik och en föreläsare visar hur samåkningsappar fungerar. Sedan startar vi en samåkningsgrupp för pendlare till Västervik. Träffen är öppen för alla, kvinnor och män.

Förankring: Vi gjorde en enkät i Edsbruks Facebookgrupp och med lappar i affären i februari, 67 svarade och nästan alla ville ha bättre möjligheter att ta sig till jobb och skola. Edsbruks IF hjälper till att sprida inbjudan.

Budget:
Lokalhyra bygdegården 1 000 kr
Arvode föreläsare 2 000 kr
Annons 700 kr
Fika 800 kr
Totalt 4 500 kr

Kontakt: via föreningens mejl.
"""
    body = "Hej!\nSe bifogad ansökan.\n\nMvh\nStyrelsen\nEdsbruks Bygdeförening\n"
    raw = message(
        std_headers(
            addr("Edsbruks Bygdeförening", "edsbruks.bygdeforening@example.org"),
            addr(None, "ideslanten@example.se"),
            subj("Ansökan idéslanten Edsbruk"),
            dt("2026-03-24 08:03:58"),
            "<2334edsbruk.0c7e@mail.example.org>",
        ),
        multi(
            "mixed",
            [
                text(body, cte="8bit"),
                attachment(
                    app.encode("iso-8859-1"),
                    "text/plain; charset=iso-8859-1",
                    "ansokan_edsbruk.txt",
                    cte="quoted-printable",
                ),
            ],
            "----=_Part_2334_118277.1774335838",
        ),
    )
    add(
        2334,
        "edsbruk-txt-styrelsen",
        raw,
        label(
            "application",
            "sv",
            "10111",
            "Two-line body signed 'Styrelsen' from the association's shared mailbox; the application is a .txt attachment (iso-8859-1, quoted-printable). Association with 58 members; activity concrete (dated meeting, speakers, a car-sharing group started); anchoring = survey with 67 answers plus a partner club; itemised budget 4 500 kr. Contact false: 'Kontakt: via föreningens mejl' and 'Styrelsen' name no person, and a shared mailbox is not a contact e-mail – contact facts null.",
            association_name="Edsbruks Bygdeförening",
            members=58,
            ort="Edsbruk",
            amount_sek=4500,
            women_and_men=True,
        ),
    )


BERGA_SUBJ = "Ansökan idéslanten – Berga Bygdegårdsförening"
BERGA_ID = "<9d3e2335-berga-41b0-a3c2@mail.example.com>"
BERGA_CASE = "2026-0101"


def mail_2335() -> None:
    body = """Hej!

Berga Bygdegårdsförening i Berga (Högsby kommun) vill söka idéslanten. Vi har 40 medlemmar och driver bygdegården sedan 1956.

Vi ska ha en "Bergakväll" den 8 maj: en föreläsning om hur andra byar fått igång uthyrning av sina bygdegårdar till företag och kurser, och sedan ett samtal om hur vår bygdegård kan användas mer än några gånger om året. Det skulle ge föreningen inkomster och byn en levande mötesplats. Alla i Berga är välkomna, både kvinnor och män.

På årsmötet i mars (26 personer) bestämdes att vi ska göra detta, och Berga IK och PRO Berga bjuder in sina medlemmar.

Budgeten har jag skrivit för hand, ser ni på bilden. Totalt blir det ca 9 000 kr.

Mvh
Karin Olausson
kassör
070-198 54 20
"""
    raw = message(
        std_headers(
            addr("Karin Olausson", "karin.olausson@example.com"),
            addr(None, "ideslanten@example.se"),
            subj(BERGA_SUBJ),
            dt("2026-03-26 19:40:25"),
            BERGA_ID,
        ),
        multi(
            "mixed",
            [
                text(body, cte="quoted-printable"),
                attachment(png(64, 48, 2335), "image/png", "IMG_4471.PNG"),
            ],
            "Apple-Mail=_2335B9C0-D1E2-F3A4-B5C6-D7E8F9A0B1C2",
        ),
    )
    add(
        2335,
        "berga-budget-som-bild",
        raw,
        label(
            "application",
            "sv",
            "11110",
            "The budget is a photo of a handwritten sheet (PNG attachment) – not readable text, so budget false; the body gives only 'Totalt blir det ca 9 000 kr' (amount_sek 9000). Everything else present: association with 40 members, named treasurer with phone from her own address, dated evening with a clear local purpose, anchoring = annual meeting of 26 that decided plus two local associations inviting members. The budget is supplied as text in 2339.",
            association_name="Berga Bygdegårdsförening",
            contact_name="Karin Olausson",
            contact_email="karin.olausson@example.com",
            contact_phone="070-198 54 20",
            members=40,
            ort="Berga",
            amount_sek=9000,
            women_and_men=True,
        ),
    )


def mail_2336() -> None:
    body = """Hej,

Jag arbetar som landsbygdssamordnare på Emmaboda kommun. Vissefjärda Byaråd har bett kommunen om hjälp att söka idéslanten för en framtidsdag i Vissefjärda.

Två frågor innan vi går vidare:
– Kan kommunen skicka in ansökan för föreningens räkning, eller måste den komma från föreningen själv?
– Om kommunen står för en del av kostnaderna, påverkar det hur mycket föreningen kan få ur idéslanten?

Tack på förhand!

Vänliga hälsningar
Tobias Wennerberg
Landsbygdssamordnare, Emmaboda kommun
tobias.wennerberg@emmaboda.example.se
"""
    raw = message(
        std_headers(
            addr("Wennerberg Tobias", "tobias.wennerberg@emmaboda.example.se"),
            addr(*OFFICER),
            subj("Fråga: kan kommunen söka idéslanten åt en byförening? (Vissefjärda)"),
            dt("2026-03-30 10:05:11"),
            "<AM0PR08MB2336E1F2@AM0PR08MB2336.eurprd08.prod.example.se>",
            extra=[("Content-Language", "sv-SE")],
        ),
        text(body, cte="quoted-printable"),
    )
    add(
        2336,
        "vissefjarda-kommunen-fragar",
        raw,
        label(
            "question",
            "sv",
            "00000",
            "Question from a municipal coordinator (Emmaboda kommun) sent straight to the officer's address: may the municipality submit an application on behalf of a village council, and does municipal co-funding affect the grant? Mentions a planned future day only in passing; no application, all elements false. Facts as stated: the village council named, the sender's name and address, ort Vissefjärda. Pairs with the municipal-official applications 2306 and 2319.",
            association_name="Vissefjärda Byaråd",
            contact_name="Tobias Wennerberg",
            contact_email="tobias.wennerberg@emmaboda.example.se",
            ort="Vissefjärda",
        ),
    )


LACKEBY_SUBJ = "Ansökan från Läckeby Intresseförening"
LACKEBY_ID = "<2337.lackeby.8e1f0a@mail.example.se>"
LACKEBY_CASE = "2026-0108"


def mail_2337() -> None:
    body = """Hej!

Läckeby Intresseförening vill söka idéslanten för 2026. Föreningen har 48 medlemmar och har funnits sedan 2004, vi håller bl.a. i valborgsfirandet vid skolan.

Vi vill utveckla byn och göra något kul för alla, både kvinnor och män, gamla och unga. Exakt vad vi ska göra bestämmer vi på nästa styrelsemöte.

Aktiviteten är väl förankrad i byn.

Budget:
Hyra 2 000 kr
Föreläsare 4 000 kr
Fika 1 000 kr
Summa 7 000 kr

Vänliga hälsningar
Per Håkansson
ordförande Läckeby Intresseförening
0480-380 77
"""
    raw = message(
        std_headers(
            addr("Per Håkansson", "per.hakansson@example.se"),
            addr(None, "ideslanten@example.se"),
            subj(LACKEBY_SUBJ),
            dt("2026-03-31 21:17:09"),
            LACKEBY_ID,
        ),
        text(body, cte="base64"),
    )
    add(
        2337,
        "lackeby-vag-och-forankrad",
        raw,
        label(
            "application",
            "sv",
            "11001",
            "base64 utf-8 plain mail. Association with 48 members; named chairman with phone from his own address; itemised budget 7 000 kr. Activity false: 'utveckla byn och göra något kul för alla … exakt vad bestämmer vi senare' – vague. Anchoring false: 'Aktiviteten är väl förankrad i byn' is the bare claim without content. 'både kvinnor och män' → women_and_men true. Followed up in 2340.",
            association_name="Läckeby Intresseförening",
            contact_name="Per Håkansson",
            contact_email="per.hakansson@example.se",
            contact_phone="0480-380 77",
            members=48,
            ort="Läckeby",
            amount_sek=7000,
            women_and_men=True,
        ),
    )


def mail_2338() -> None:
    body = """Hej,

Tack för ditt mejl. Jag är bortrest till och med 13 april och har begränsad tillgång till e-post. Brådskande frågor om Orrefors Byalag kan ställas till sekreteraren Maj-Britt Ek.

Torbjörn Ahl
"""
    oid = "<officer.2026-04-01.orrefors@example.se>"
    raw = message(
        std_headers(
            addr("Torbjörn Ahl", "torbjorn.ahl@example.com"),
            addr(*OFFICER),
            subj(
                "Frånvaromeddelande: SV: Ansökan om regional bygdepeng – idéslanten 2026 – Orrefors Byalag"
            ),
            dt("2026-04-01 08:41:37"),
            "<2338.ahl.oof@mail.example.com>",
            irt=oid,
            refs=f"{ORREFORS_ID} {oid}",
        ),
        text(body, charset="iso-8859-1", cte="quoted-printable"),
    )
    add(
        2338,
        "orrefors-franvaro-utan-huvud",
        raw,
        label(
            "autoreply",
            "sv",
            "00000",
            "Out-of-office reply WITHOUT any automation header (no Auto-Submitted, X-Autoreply or Precedence) from the Orrefors contact person, answering the officer's reply in the thread of 2322 (References carry the application's Message-ID). Only the 'Frånvaromeddelande:' subject and the away text show that it is automatic. Not a followup; no elements, all facts null.",
        ),
    )


def mail_2339() -> None:
    rsubj = receipt_subject(BERGA_SUBJ, BERGA_CASE)
    rid = "<receipt.2026-0101.1@ideslanten.example.se>"
    new = """Hej igen!

Förstår att bilden var svår att läsa. Här är budgeten i text:

Lokalhyra (vi betalar hyra till bygdegårdens fastighetskassa) 1 500 kr
Föreläsare inkl. resa 4 500 kr
Annonsering och affischer 1 200 kr
Fika och smörgåsar 2 000 kr
Summa 9 200 kr

Så det blev lite mer än de 9 000 jag skrev först, vi söker alltså 9 200 kr.

Mvh
Karin Olausson
"""
    quoted = (
        "\n-----Ursprungligt meddelande-----\n"
        f"Från: {BOT[0]} <{BOT[1]}>\n"
        "Skickat: torsdag 26 mars 2026 19:41\n"
        "Till: karin.olausson@example.com\n"
        f"Ämne: {rsubj}\n\n" + receipt(BERGA_CASE, ["budget"], variant=1) + "\n"
    )
    raw = message(
        std_headers(
            addr("Karin Olausson", "karin.olausson@example.com"),
            addr(*BOT),
            subj("SV: " + rsubj),
            dt("2026-04-02 16:25:48"),
            "<9d3e2339-berga-re-77a1@mail.example.com>",
            irt=rid,
            refs=f"{BERGA_ID} {rid}",
        ),
        text(new + quoted, charset="windows-1252", cte="quoted-printable"),
    )
    add(
        2339,
        "berga-budget-i-text",
        raw,
        label(
            "followup",
            "sv",
            "01001",
            "Followup to 2335 (windows-1252 quoted-printable, '-----Ursprungligt meddelande-----' quoting). Supplies the budget the photo could not give: four items, sum 9 200 kr, and says the amount applied for is now 9 200 (not the earlier 9 000). Signed by the named treasurer from her own address → contact true. The venue rent paid to the association's own property fund is still rent, not an investment.",
            contact_name="Karin Olausson",
            contact_email="karin.olausson@example.com",
            amount_sek=9200,
        ),
    )


def mail_2340() -> None:
    rsubj = receipt_subject(LACKEBY_SUBJ, LACKEBY_CASE)
    rid = "<receipt.2026-0108.1@ideslanten.example.se>"
    new = """Hej

Nu har styrelsen bestämt vad vi ska göra. Vi ordnar en "Läckebykväll" torsdag 14 maj i skolans matsal, om planerna på en pendlarparkering vid busshållplatsen och en cykelväg mot Rockneby och Kalmar. Vi bjuder in en trafikplanerare som föreläser (det är föreläsararvodet i budgeten), sedan får alla rita in på en stor karta var de vill ha vägen och parkeringen. Kartan och synpunkterna lämnar vi till kommunen före sommaren. Det gör det lättare att bo i Läckeby och pendla.

Förankringen är som sagt god, alla i byn tycker det är bra.

Mvh Per Håkansson
"""
    quoted = "\n" + quote(
        f"{BOT[0]} skrev 2026-03-31 21:18:\n\n" + receipt(LACKEBY_CASE, ["activity", "anchoring"])
    )
    raw = message(
        std_headers(
            addr("Per Håkansson", "per.hakansson@example.se", "iso-8859-1", "Q"),
            addr(*BOT),
            subj("Sv: " + rsubj.removeprefix("Re: "), "iso-8859-1", "Q"),
            dt("2026-04-07 20:02:33"),
            "<2340.lackeby.re.4b2c@mail.example.se>",
            irt=rid,
            refs=f"{LACKEBY_ID} {rid}",
        ),
        text((new + quoted + "\n").replace("–", "-"), charset="iso-8859-1", cte="quoted-printable"),
    )
    add(
        2340,
        "lackeby-aktivitet-nu-bestamd",
        raw,
        label(
            "followup",
            "sv",
            "01100",
            "Followup to 2337 (iso-8859-1 QP, 'Sv:' prefix, '>' quoting of the receipt asking for activity and anchoring). New text supplies a concrete activity (dated evening, invited traffic planner, map exercise, output to the municipality, commuting benefit) → activity true. Anchoring still false: 'alla i byn tycker det är bra' is an empty claim. Signed 'Mvh Per Håkansson' from his own address → contact true.",
            contact_name="Per Håkansson",
            contact_email="per.hakansson@example.se",
            ort="Läckeby",
        ),
    )


def build() -> None:
    for name in sorted(n for n in globals() if n.startswith("mail_")):
        globals()[name]()


if __name__ == "__main__":
    main()
