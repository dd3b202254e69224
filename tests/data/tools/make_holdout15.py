"""Generator for the held-out intake corpus ``tests/data/holdout15`` (mails 5201-5240).

The corpus is 40 entirely fictional e-mails to the intake bot of Region Kalmar län about the
micro-grant "regional bygdepeng – idéslanten", set in the northern half of the county
(Västervik, Vimmerby, Hultsfred, Oskarshamn, Mönsterås, Högsby, Borgholm) over the whole of
2026: applications (about a third of them borderline cases), threaded followups, questions,
autoreplies, bounces, newsletters and spam, with labels in ``labels.json`` following
``shared/corpus/README.md``. It is a held-out test set: scored, not read by the developers.

Everything (Message-IDs, MIME boundaries, zip timestamps, PDF/PNG bytes) is fixed, so the output
is byte-identical on every run. Regenerate with:

    /work/main/.venv/bin/python tests/data/tools/make_holdout15.py

The script writes the .eml files and labels.json and then checks its own output.
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
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "holdout15"

BOT = "ideslanten@example.se"
BOT_NAME = "Idéslanten – Region Kalmar län"
OFFICER = "landsbygdsutvecklare@example.se"
ALLOWED_DOMAINS = ("example.se", "example.com", "example.org", "example.net")


# ---------------------------------------------------------------------------
# small helpers
# ---------------------------------------------------------------------------


def orgnr(first9: str) -> str:
    """Return a Luhn-valid Swedish organisation number NNNNNN-NNNN from its first nine digits."""
    digits = [int(c) for c in first9 if c.isdigit()]
    assert len(digits) == 9
    total = 0
    for i, d in enumerate(digits):
        v = d * (2 if i % 2 == 0 else 1)
        total += v - 9 if v > 9 else v
    check = (10 - total % 10) % 10
    s = "".join(map(str, digits)) + str(check)
    return s[:6] + "-" + s[6:]


def luhn_ok(nr: str) -> bool:
    if not re.fullmatch(r"\d{6}-\d{4}", nr):
        return False
    return orgnr(nr[:10].replace("-", "")[:9]) == nr


def when(s: str) -> datetime:
    d = datetime.strptime(s, "%Y-%m-%d %H:%M:%S")
    summer = date(2026, 3, 29) <= d.date() < date(2026, 10, 25)
    return d.replace(tzinfo=timezone(timedelta(hours=2 if summer else 1)))


def fmt_date(s: str) -> str:
    return email.utils.format_datetime(when(s))


_Q_SAFE = set(b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789!*+-/")


def ew(text: str, charset: str = "utf-8", mode: str = "q") -> str:
    """RFC 2047 encoded words (each at most 75 chars), separated by folding whitespace."""
    words: list[str] = []
    chunk = ""
    prefix = f"=?{charset}?{mode}?"

    def enc(s: str) -> str:
        data = s.encode(charset)
        if mode.lower() == "b":
            return base64.b64encode(data).decode()
        out = []
        for b in data:
            if b == 0x20:
                out.append("_")
            elif b in _Q_SAFE:
                out.append(chr(b))
            else:
                out.append(f"={b:02X}")
        return "".join(out)

    for ch in text:
        if len(prefix) + len(enc(chunk + ch)) + 2 > 75:
            words.append(prefix + enc(chunk) + "?=")
            chunk = ch
        else:
            chunk += ch
    if chunk:
        words.append(prefix + enc(chunk) + "?=")
    return "\n ".join(words)


def fold(name: str, value: str) -> str:
    """Fold a header at spaces so that lines stay under 78 characters."""
    if "\n" in value or len(name) + 2 + len(value) <= 78:
        return f"{name}: {value}"
    lines: list[str] = []
    cur = f"{name}:"
    for tok in value.split(" "):
        if len(cur) + 1 + len(tok) > 76 and cur.strip() and not cur.endswith(":"):
            lines.append(cur)
            cur = " " + tok
        else:
            cur = cur + " " + tok
    lines.append(cur)
    return "\n".join(lines)


def addr(
    name: str | None, mail: str, charset: str = "utf-8", mode: str = "q", quote: bool = False
) -> str:
    if not name:
        return mail
    try:
        name.encode("ascii")
    except UnicodeEncodeError:
        return f"{ew(name, charset, mode)} <{mail}>"
    if quote or any(c in name for c in ",.;:()"):
        return f'"{name}" <{mail}>'
    return f"{name} <{mail}>"


# ---------------------------------------------------------------------------
# MIME parts
# ---------------------------------------------------------------------------


class Part:
    def __init__(self, headers: list[str], body: bytes, texts: list[str] | None = None):
        self.headers = headers
        self.body = body
        self.texts = texts or []

    def render(self) -> bytes:
        return ("\n".join(self.headers) + "\n\n").encode("ascii") + self.body


def encode_body(data: bytes, cte: str) -> bytes:
    if cte in ("7bit", "8bit"):
        return data if data.endswith(b"\n") else data + b"\n"
    if cte == "quoted-printable":
        out = quopri.encodestring(data)
        return out if out.endswith(b"\n") else out + b"\n"
    if cte == "base64":
        return base64.encodebytes(data)
    raise ValueError(cte)


def text(
    body: str,
    subtype: str = "plain",
    charset: str | None = "utf-8",
    cte: str = "8bit",
    extra: str = "",
    disposition: str | None = None,
) -> Part:
    if not body.endswith("\n"):
        body += "\n"
    data = body.encode(charset or "ascii")
    ct = f"Content-Type: text/{subtype}"
    if charset:
        ct += f'; charset="{charset}"' if extra != "noquote" else f"; charset={charset}"
    if extra and extra != "noquote":
        ct += extra
    headers = [ct, f"Content-Transfer-Encoding: {cte}"]
    if disposition:
        headers.append(f"Content-Disposition: {disposition}")
    return Part(headers, encode_body(data, cte), [body])


def attach(
    data: bytes,
    ctype: str,
    filename: str,
    texts: list[str] | None = None,
    cte: str = "base64",
    inline: bool = False,
) -> Part:
    disp = "inline" if inline else "attachment"
    try:
        filename.encode("ascii")
        ct = f'Content-Type: {ctype}; name="{filename}"'
        cd = f'Content-Disposition: {disp}; filename="{filename}"'
    except UnicodeEncodeError:
        q = "".join(
            c
            if c.isascii() and (c.isalnum() or c in ".-_")
            else "".join(f"%{b:02X}" for b in c.encode("utf-8"))
            for c in filename
        )
        ct = f'Content-Type: {ctype}; name="{ew(filename)}"'
        cd = f"Content-Disposition: {disp};\n filename*=utf-8''{q}"
    return Part([ct, f"Content-Transfer-Encoding: {cte}", cd], encode_body(data, cte), texts or [])


def multi(subtype: str, boundary: str, parts: list[Part], preamble: str | None = None) -> Part:
    b = boundary.encode("ascii")
    body = b""
    if preamble:
        body += preamble.encode("ascii") + b"\n"
    for p in parts:
        body += b"--" + b + b"\n" + p.render()
    body += b"--" + b + b"--\n"
    texts = [t for p in parts for t in p.texts]
    return Part([f'Content-Type: multipart/{subtype};\n boundary="{boundary}"'], body, texts)


class Mail:
    def __init__(
        self,
        num: int,
        slug: str,
        date_s: str,
        frm: str,
        to: str,
        subject: str,
        mid: str,
        *,
        irt: str | None = None,
        refs: list[str] | None = None,
        cc: str | None = None,
        extra: list[str] | None = None,
        subject_raw: bool = False,
        order: str = "std",
    ):
        self.num, self.slug, self.date = num, slug, date_s
        self.frm, self.to, self.cc = frm, to, cc
        self.subject, self.subject_raw = subject, subject_raw
        self.mid, self.irt, self.refs = mid, irt, refs
        self.extra = extra or []
        self.order = order

    @property
    def name(self) -> str:
        return f"{self.num:04d}-{self.slug}.eml"

    def render(self, root: Part) -> bytes:
        subj = self.subject
        if not self.subject_raw:
            try:
                subj.encode("ascii")
            except UnicodeEncodeError:
                subj = ew(subj)
        h = [
            fold("From", self.frm),
            fold("To", self.to),
        ]
        if self.cc:
            h.append(fold("Cc", self.cc))
        h.append(fold("Subject", subj))
        h.append(f"Date: {fmt_date(self.date)}")
        h.append(f"Message-ID: {self.mid}")
        if self.irt:
            h.append(f"In-Reply-To: {self.irt}")
        if self.refs:
            h.append("References: " + "\n ".join(self.refs))
        if self.order == "rev":
            h.reverse()
        h.extend(self.extra)
        h.append("MIME-Version: 1.0")
        self.texts = root.texts + [self.frm, self.to, self.cc or ""] + self.extra
        return ("\n".join(h) + "\n").encode("ascii") + root.render()


# ---------------------------------------------------------------------------
# attachments built by hand: docx, xlsx, pdf, png
# ---------------------------------------------------------------------------

ZIP_TIME = (2026, 1, 1, 0, 0, 0)


def _zip(files: list[tuple[str, str]]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, content in files:
            zi = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, content.encode("utf-8"))
    return buf.getvalue()


def _x(s: str) -> str:
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def docx(blocks: list) -> tuple[bytes, list[str]]:
    """blocks: str (paragraph), ("h", str) (bold heading), ("table", [[cells]])."""
    W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    body = []
    texts = []

    def para(s: str, bold: bool = False) -> str:
        rpr = "<w:rPr><w:b/></w:rPr>" if bold else ""
        return f'<w:p><w:r>{rpr}<w:t xml:space="preserve">{_x(s)}</w:t></w:r></w:p>'

    for b in blocks:
        if isinstance(b, str):
            body.append(para(b))
            texts.append(b)
        elif b[0] == "h":
            body.append(para(b[1], True))
            texts.append(b[1])
        elif b[0] == "table":
            rows = []
            for row in b[1]:
                cells = "".join(f"<w:tc>{para(c)}</w:tc>" for c in row)
                rows.append(f"<w:tr>{cells}</w:tr>")
                texts.append("\t".join(row))
            body.append(
                '<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/></w:tblPr>'
                + "".join(rows)
                + "</w:tbl>"
            )
    doc = (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document {W}><w:body>'
        + "".join(body)
        + "<w:sectPr/></w:body></w:document>"
    )
    ct = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>'
    rels = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>'
    return _zip(
        [("[Content_Types].xml", ct), ("_rels/.rels", rels), ("word/document.xml", doc)]
    ), texts


def _col(i: int) -> str:
    return "ABCDEFGHIJ"[i]


def xlsx(rows: list[list], sheet: str = "Budget") -> tuple[bytes, list[str]]:
    """rows of cells: str, int/float, or ("=", formula, cached_value)."""
    out = []
    texts = []
    for r, row in enumerate(rows, 1):
        cells = []
        for c, v in enumerate(row):
            ref = f"{_col(c)}{r}"
            if v is None:
                continue
            if isinstance(v, tuple):
                cells.append(f'<c r="{ref}"><f>{_x(v[1])}</f><v>{v[2]}</v></c>')
            elif isinstance(v, (int, float)):
                cells.append(f'<c r="{ref}"><v>{v}</v></c>')
            else:
                cells.append(
                    f'<c r="{ref}" t="inlineStr"><is><t xml:space="preserve">{_x(v)}</t></is></c>'
                )
        out.append(f'<row r="{r}">' + "".join(cells) + "</row>")
        texts.append(
            "\t".join("" if v is None else str(v[2] if isinstance(v, tuple) else v) for v in row)
        )
    ws = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
        + "".join(out)
        + "</sheetData></worksheet>"
    )
    wb = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="{_x(sheet)}" sheetId="1" r:id="rId1"/></sheets></workbook>'
    wbrels = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>'
    ct = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>'
    rels = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>'
    data = _zip(
        [
            ("[Content_Types].xml", ct),
            ("_rels/.rels", rels),
            ("xl/workbook.xml", wb),
            ("xl/_rels/workbook.xml.rels", wbrels),
            ("xl/worksheets/sheet1.xml", ws),
        ]
    )
    return data, texts


def _pdf_str(s: str) -> str:
    out = []
    for b in s.encode("cp1252"):
        if b in (0x28, 0x29, 0x5C):
            out.append("\\" + chr(b))
        elif b < 0x20 or b > 0x7E:
            out.append(f"\\{b:03o}")
        else:
            out.append(chr(b))
    return "(" + "".join(out) + ")"


def pdf(pages: list[list[str]], compress: bool = True, title: str = "") -> tuple[bytes, list[str]]:
    """pages: lists of lines; a line starting with '# ' is set in Helvetica-Bold."""
    objs: list[bytes] = []
    n_pages = len(pages)
    page_ids = [5 + 2 * i for i in range(n_pages)]
    objs.append(b"<< /Type /Catalog /Pages 2 0 R >>")
    objs.append(
        (
            "<< /Type /Pages /Kids ["
            + " ".join(f"{i} 0 R" for i in page_ids)
            + f"] /Count {n_pages} >>"
        ).encode()
    )
    objs.append(
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"
    )
    objs.append(
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>"
    )
    texts = []
    for i, lines in enumerate(pages):
        ops = ["BT", "50 790 Td", "15 TL"]
        for line in lines:
            if line.startswith("# "):
                ops.append("/F2 12 Tf")
                ops.append(_pdf_str(line[2:]) + " Tj T*")
                texts.append(line[2:])
            else:
                ops.append("/F1 10.5 Tf")
                ops.append(_pdf_str(line) + " Tj T*")
                texts.append(line)
        ops.append("ET")
        stream = ("\n".join(ops) + "\n").encode("latin-1")
        if compress:
            stream = zlib.compress(stream, 9)
            content = (
                f"<< /Length {len(stream)} /Filter /FlateDecode >>\nstream\n".encode()
                + stream
                + b"\nendstream"
            )
        else:
            content = f"<< /Length {len(stream)} >>\nstream\n".encode() + stream + b"endstream"
        page = f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R /F2 4 0 R >> >> /Contents {page_ids[i] + 1} 0 R >>".encode()
        objs.append(page)
        objs.append(content)
    info = (
        f"<< /Producer (idéslanten holdout15) /Title {_pdf_str(title)} >>".encode("latin-1")
        if title
        else b"<< /Producer (holdout15) >>"
    )
    objs.append(info)
    out = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"
    offsets = []
    for i, o in enumerate(objs, 1):
        offsets.append(len(out))
        out += f"{i} 0 obj\n".encode() + o + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objs) + 1}\n".encode() + b"0000000000 65535 f \n"
    for off in offsets:
        out += f"{off:010d} 00000 n \n".encode()
    out += f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R /Info {len(objs)} 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return out, texts


def png(
    width: int,
    height: int,
    rects: list[tuple[int, int, int, int, tuple[int, int, int]]],
    bg: tuple[int, int, int],
) -> bytes:
    rows = []
    for y in range(height):
        row = bytearray([0])
        for x in range(width):
            col = bg
            for x0, y0, x1, y1, c in rects:
                if x0 <= x < x1 and y0 <= y < y1:
                    col = c
            row.extend(col)
        rows.append(bytes(row))
    raw = b"".join(rows)

    def chunk(tag: bytes, data: bytes) -> bytes:
        return (
            struct.pack(">I", len(data))
            + tag
            + data
            + struct.pack(">I", zlib.crc32(tag + data) & 0xFFFFFFFF)
        )

    ihdr = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", ihdr)
        + chunk(b"IDAT", zlib.compress(raw, 9))
        + chunk(b"IEND", b"")
    )


# ---------------------------------------------------------------------------
# labels, receipts, quoting
# ---------------------------------------------------------------------------

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
ELEMENT_KEYS = ("association", "contact", "activity", "anchoring", "budget")
KINDS = ("application", "followup", "question", "autoreply", "bounce", "newsletter", "spam")


def lab(kind: str, lang: str, el: str, notes: str, **facts) -> dict:
    assert kind in KINDS and lang in ("sv", "en") and re.fullmatch(r"[01]{5}", el)
    unknown = set(facts) - set(FACT_KEYS)
    assert not unknown, unknown
    f = {k: facts.get(k) for k in FACT_KEYS}
    if kind in ("application", "followup"):
        f["salary_costs"] = bool(f["salary_costs"])
        f["physical_investment"] = bool(f["physical_investment"])
    else:
        assert el == "00000"
    return {
        "kind": kind,
        "language": lang,
        "elements": {k: el[i] == "1" for i, k in enumerate(ELEMENT_KEYS)},
        "facts": f,
        "notes": notes,
    }


GUIDE = {
    "association": "Uppgifter om föreningen eller gruppen: namn och något om er, t.ex. organisationsnummer och antal medlemmar",
    "contact": "Kontaktperson: namn och e-post eller telefon till den som vi kan kontakta",
    "activity": "Aktiviteten: vad ni ska göra, när och hur, och hur det främjar utvecklingen på orten",
    "anchoring": "Lokal förankring: hur idén är förankrad i bygden, t.ex. byamöte, enkät eller samarbete med andra",
    "budget": "Översiktlig budget: kostnadsposterna med belopp",
}


def receipt(case: str, missing: list[str], variant: int = 0) -> str:
    lines = []
    if variant == 0:
        lines.append(
            f"Tack för er ansökan om idéslanten! Vi har tagit emot den och gett den ärendenummer {case}."
        )
        lines.append("")
        lines.append("Vi saknar följande i er ansökan:")
        for m in missing:
            lines.append(f"– {GUIDE[m]}")
        lines.append("")
        lines.append(
            "Svara gärna på det här mejlet med det som saknas, så kompletterar vi ärendet."
        )
    else:
        lines.append(f"Hej och tack för ert mejl! Ansökan är registrerad med ärendenummer {case}.")
        lines.append("")
        lines.append("För att vi ska kunna pröva ansökan behöver vi också:")
        for m in missing:
            lines.append(f"* {GUIDE[m]}")
        lines.append("")
        lines.append(
            "Skicka kompletteringen som svar på detta mejl (behåll ärendenumret i ämnesraden)."
        )
    lines.append("")
    lines.append("Vänliga hälsningar")
    lines.append("Idéslanten – Region Kalmar län")
    lines.append("Detta är ett automatiskt svar från Regionens e-posttjänst för idéslanten.")
    return "\n".join(lines)


def quote(s: str, prefix: str = "> ") -> str:
    return "\n".join(
        (prefix + line).rstrip() if line else prefix.rstrip() for line in s.split("\n")
    )


def rcpt_id(case: str) -> str:
    return f"<kvitto.{case}@ideslanten.example.se>"


# ---------------------------------------------------------------------------
# the mails
# ---------------------------------------------------------------------------

MAILS: list = []


def mail(fn):
    MAILS.append(fn)
    return fn


# ids of applications that followups refer to
MID = {
    "loftahammar": "<9f1c2e7a-5202-loftahammar@mail.example.com>",
    "kristdala": "<CAKr7dQ0x9Lm2b_5204kristdala@mail.example.net>",
    "virserum": "<5205.musikvanner.0203@webmail.example.org>",
    "fagelfors": "<c1b7e0f2-5209-4a51-9d1e-fagelfors@example.net>",
    "timmernabben": "<DB9PR05MB5210TIMMER@eur.example.se>",
    "storebro": "<a3f0d6b2-5214-storebro@mail.example.org>",
    "ankarsrum": "<5216.sture.k.20260408@example.net>",
    "pataholm": "<0c9e1d44-5219-pataholm@smtp.example.com>",
    "figeholm": "<5226.alvin.n.Kp2@mail.example.com>",
    "sodravi": "<4b8d2f6e-5228-sodravi@example.net>",
    "blomstermala": "<5230.pro.blomstermala.1208@webmail.example.org>",
    "kopingsvik": "<CAHb5234kopingsvikHB0x@mail.example.se>",
}


@mail
def m5201():
    m = Mail(
        5201,
        "bygdsam-nyhetsbrev-januari",
        "2026-01-08 07:30:05",
        addr("Bygdsam Kalmar län", "nyhetsbrev@example.org"),
        "ideslanten@example.se",
        "Nyhetsbrev januari: byastämmor, idéslanten och vinterns kurser",
        "<nb-2026-01.4471@lists.example.org>",
        extra=[
            "List-Id: Bygdsam nyhetsbrev <nyhetsbrev.lists.example.org>",
            "List-Unsubscribe: <https://www.example.org/avregistrera?u=44719>,\n <mailto:avregistrera@example.org?subject=avregistrera>",
            "List-Unsubscribe-Post: List-Unsubscribe=One-Click",
            "Precedence: bulk",
            "X-Mailer: Bygdsam Utskick 3.2",
        ],
    )
    plain = """BYGDSAM KALMAR LÄN – NYHETSBREV JANUARI 2026

Gott nytt år alla byalag, bygdegårdar och hembygdsföreningar!

1. Byastämmor i norra länet
Under februari och mars ordnar vi byastämmor i Gamleby, Vimmerby och
Högsby. Där kan ni träffa andra föreningar och prata om hur man får
fler att engagera sig. Anmälan via vår webbplats.

2. Sök idéslanten 2026
Region Kalmar län öppnar idéslanten (regional bygdepeng) igen. Små
föreningar kan söka upp till 15 000 kr per ort och år för t.ex.
föreläsare, lokalhyra eller en studieresa. Tänk på att beskriva hur
aktiviteten är förankrad i byn – det är där många ansökningar brister.

3. Kurs: Styrelsearbete för nybörjare
Digital kvällskurs i tre delar, start 3 februari. Kostnadsfri för
medlemsföreningar.

Vill du inte längre få nyhetsbrevet? Avregistrera dig här:
https://www.example.org/avregistrera?u=44719

Bygdsam Kalmar län · Storgatan 1 · 593 00 Västervik
"""
    html = """<!DOCTYPE html>
<html lang="sv"><head><meta charset="utf-8"><title>Nyhetsbrev januari</title></head>
<body style="font-family:Arial,sans-serif;background:#f4f1ea">
<table width="600" align="center" style="background:#ffffff"><tr><td style="padding:20px">
<h1 style="color:#2f5d3a">Bygdsam Kalmar län</h1>
<p><b>Nyhetsbrev januari 2026</b></p>
<p>Gott nytt år alla byalag, bygdegårdar och hembygdsföreningar!</p>
<h2>Byastämmor i norra länet</h2>
<p>Under februari och mars ordnar vi byastämmor i Gamleby, Vimmerby och Högsby. Där kan ni träffa andra föreningar och prata om hur man får fler att engagera sig.</p>
<h2>Sök idéslanten 2026</h2>
<p>Region Kalmar län öppnar idéslanten (regional bygdepeng) igen. Små föreningar kan söka upp till <b>15&nbsp;000 kr per ort och år</b> för t.ex. föreläsare, lokalhyra eller en studieresa.</p>
<h2>Kurs: Styrelsearbete för nybörjare</h2>
<p>Digital kvällskurs i tre delar, start 3 februari.</p>
<p style="font-size:11px;color:#777">Vill du inte längre få nyhetsbrevet? <a href="https://www.example.org/avregistrera?u=44719">Avregistrera dig här</a>.<br>Bygdsam Kalmar län · Storgatan 1 · 593 00 Västervik</p>
</td></tr></table></body></html>
"""
    root = multi(
        "alternative",
        "=_bygdsam_2601_alt_7f3a",
        [text(plain, cte="quoted-printable"), text(html, "html", cte="quoted-printable")],
    )
    raw = m.render(root)
    return (
        m,
        raw,
        lab(
            "newsletter",
            "sv",
            "00000",
            "Bulk newsletter from a regional rural network (List-Id, List-Unsubscribe with one-click, Precedence: bulk), multipart/alternative in quoted-printable. It mentions idéslanten and the 15 000 kr cap, which must not make it a question or application; all facts null and the bot must never reply.",
        ),
    )


@mail
def m5202():
    on = orgnr("802412376")
    m = Mail(
        5202,
        "loftahammar-bykvallar-hamnen",
        "2026-01-14 19:42:10",
        addr("Bengt-Åke Lindqvist", "bengtake.lindqvist@example.com"),
        addr(BOT_NAME, BOT),
        "Ansökan idéslanten – bykvällar om Loftahammars hamn",
        MID["loftahammar"],
        extra=["X-Mailer: Microsoft Outlook 16.0"],
    )
    body = f"""Hej!

Loftahammars Byalag vill härmed ansöka om idéslanten för 2026.

OM FÖRENINGEN
Loftahammars Byalag bildades 1994 och är en ideell förening för alla som bor
eller har fritidshus i Loftahammar med omnejd. Vi har i dag 86 betalande
medlemmar. Organisationsnummer {on}.

VAD VI VILL GÖRA
Hamnen är hjärtat i Loftahammar, men framtiden för gästhamnen och sjöboden är
oklar sedan kommunen sagt att den vill sälja. Vi vill ordna tre bykvällar i
bygdegården, torsdagarna 19 februari, 19 mars och 16 april kl. 18.30. Första
kvällen bjuder vi in en föreläsare som har arbetat med föreningsdrivna hamnar
i Östergötlands skärgård och berättar hur andra orter har gjort. Sedan
samtalar vi i mindre grupper om vad vi själva vill med hamnen, och sista
kvällen sammanställer vi ett förslag som byn står bakom inför samtalen med
kommunen. Vi hoppas också hitta folk som vill ta ansvar för gästhamnen
framåt. Kvällarna är öppna för alla – kvinnor som män, fast- och
fritidsboende, unga som gamla.

FÖRANKRING
Idén kom upp på byalagets årsmöte den 22 november 2025, där ett fyrtiotal
personer var med och mötet gav styrelsen i uppdrag att gå vidare.
Loftahammars IF och Loftahammars Båtklubb är medarrangörer och sprider
inbjudan bland sina medlemmar, och Handlarn sätter upp affischer.

BUDGET
Lokalhyra bygdegården, 3 kvällar à 800 kr      2 400 kr
Föreläsare, arvode inkl. resa                  4 500 kr
Annonsering och affischer                        900 kr
Fika, 3 kvällar                                1 800 kr
Summa                                          9 600 kr

Vi söker alltså 9 600 kr.

Med vänliga hälsningar

Bengt-Åke Lindqvist
ordförande, Loftahammars Byalag
Tel 070-174 06 12
bengtake.lindqvist@example.com
"""
    raw = m.render(text(body, cte="quoted-printable"))
    return (
        m,
        raw,
        lab(
            "application",
            "sv",
            "11111",
            "Complete, well-structured application in quoted-printable utf-8 with an encoded-word subject. Association named with founding year, members (86) and org.nr; contact is the signing chairman with own address and phone; activity is three dated village evenings with a lecturer and group talks aimed at a local harbour proposal; anchoring is the annual meeting that backed it plus two co-organising local clubs; budget has four items summing to 9 600 kr, which is also the amount applied for. 'kvinnor som män' gives women_and_men true; lecturer fee is not salary and hiring the venue is not an investment.",
            association_name="Loftahammars Byalag",
            org_number=on,
            contact_name="Bengt-Åke Lindqvist",
            contact_email="bengtake.lindqvist@example.com",
            contact_phone="070-174 06 12",
            members=86,
            ort="Loftahammar",
            amount_sek=9600,
            women_and_men=True,
            salary_costs=False,
            physical_investment=False,
        ),
    )


@mail
def m5203():
    m = Mail(
        5203,
        "fraga-frodinge-samma-ort",
        "2026-01-20 11:05:47",
        addr("Karin Öst", "karin.ost@example.net", "iso-8859-1"),
        BOT,
        "Fråga om idéslanten",
        "<000a01dc8a1f$3b2e4c10$b18ae430$@example.net>",
        extra=["X-Mailer: Microsoft Outlook 15.0"],
    )
    m.subject = ew("Fråga om idéslanten", "iso-8859-1")
    m.subject_raw = True
    body = """Hej,

Jag sitter i styrelsen för Frödinge hembygdsförening och har ett par frågor
innan vi skickar in något.

Byalaget här i Frödinge funderar också på att söka. Om båda föreningarna får
pengar, delar vi då på 15 000 kr eftersom det är samma ort? Och räknas de
gårdar som ligger ute vid sjön men hör till Frödinge socken som samma ort,
eller är det bara själva samhället?

När måste ansökan vara inne för att vi ska hinna med något till våren?

Tack på förhand!

Karin Öst
sekreterare, Frödinge hembygdsförening
"""
    raw = m.render(text(body, charset="iso-8859-1", cte="8bit"))
    return (
        m,
        raw,
        lab(
            "question",
            "sv",
            "00000",
            "A question, not an application: asks whether two associations in the same village share the per-locality cap, what counts as the same ort, and the deadline. 8bit iso-8859-1 body and an iso-8859-1 encoded-word subject. The 15 000 kr is a rule amount asked about, so amount_sek is null; the stated sender and association are recorded, ort is Frödinge, salary/investment null.",
            association_name="Frödinge hembygdsförening",
            contact_name="Karin Öst",
            contact_email="karin.ost@example.net",
            ort="Frödinge",
        ),
    )


@mail
def m5204():
    on = orgnr("802011458")
    m = Mail(
        5204,
        "kristdala-studieresa-byaffar",
        "2026-01-27 21:13:52",
        addr("Marie Svensson", "marie.svensson@example.net"),
        BOT,
        "Ansökan idéslanten Kristdala",
        MID["kristdala"],
    )
    body = f"""Hej
Kristdala Bygdegårdsförening söker pengar ur idéslanten.

Vi är en förening med ca 140 medlemmar som äger och driver bygdegården mitt i
Kristdala. Org nr {on}.

Kristdala har tappat macken och banken och nu pratar handlaren om att sluta
2027. Vi vill därför göra en studieresa lördagen den 18 april med buss till
två byar i Kronobergs län där byborna själva tagit över sina lanthandlar som
ekonomisk förening. Där träffar vi dem som driver affärerna och får höra hur
de gjorde med pengar, personal och varor. På kvällen har vi möte i
bygdegården där alla som åkte med och alla andra som vill berättar vad vi
lärde oss och vi diskuterar om Kristdala kan göra samma sak. Ca 25 platser i
bussen.

I höstas skickade vi en enkät till alla hushåll i Kristdala socken. 63 svarade
och nästan alla tyckte att affären är det viktigaste att ha kvar i byn, och
19 skrev att de kan tänka sig att hjälpa till ideellt.

Vi söker 12 000 kr till bussen, guidningen och fika.

Hälsningar
Marie Svensson
kassör Kristdala Bygdegårdsförening
070-174 06 23
"""
    raw = m.render(text(body, charset="windows-1252", cte="quoted-printable"))
    return (
        m,
        raw,
        lab(
            "application",
            "sv",
            "11110",
            "Application in quoted-printable windows-1252. Association (named, ~140 members read as 140, org.nr), contact (signing cashier from own address, phone), activity (dated study trip to two villages that run their own shops plus an evening meeting at home, clear local purpose) and anchoring (household survey with 63 answers and 19 volunteers) are all there. Budget is missing: 'Vi söker 12 000 kr till bussen, guidningen och fika' names cost items but gives no amounts per item, so it is a bare total; amount_sek 12000. Gender not mentioned, so women_and_men null.",
            association_name="Kristdala Bygdegårdsförening",
            org_number=on,
            contact_name="Marie Svensson",
            contact_email="marie.svensson@example.net",
            contact_phone="070-174 06 23",
            members=140,
            ort="Kristdala",
            amount_sek=12000,
            women_and_men=None,
            salary_costs=False,
            physical_investment=False,
        ),
    )


@mail
def m5205():
    on = orgnr("802463019")
    m = Mail(
        5205,
        "virserum-spelkvallar-docx",
        "2026-02-03 10:02:18",
        addr("Virserums Musikvänner", "musikvanner.virserum@example.org", "iso-8859-1"),
        BOT,
        "Ansökan om idéslanten – spelkvällar i Virserum",
        MID["virserum"],
        extra=["User-Agent: Roundcube Webmail/1.6.9"],
    )
    body = """Hej!

Här kommer vår ansökan om idéslanten. Hela ansökan med budget och
kontaktuppgifter finns i det bifogade dokumentet.

Kort sagt vill vi ordna sex öppna spelkvällar med folkmusik i Virserum
under våren, som avslutas med en dans för hela samhället.

Med vänlig hälsning
Styrelsen
Virserums Musikvänner
"""
    doc, dtexts = docx(
        [
            ("h", "Ansökan om idéslanten 2026 – Öppna spelkvällar i Virserum"),
            ("h", "1. Föreningen"),
            f"Föreningen Virserums Musikvänner, org.nr {on}, bildades 2011. Vi är 34 medlemmar i åldrarna 9 till 84 år och samlas kring folkmusik och gammaldans i Virserum.",
            ("h", "2. Kontaktperson"),
            "Jonas Bergqvist, kassör, tel 070-174 06 31, jonas.bergqvist@example.com",
            ("h", "3. Aktivitet"),
            "Sex öppna spelkvällar i Folkets hus i Virserum, varannan onsdag från 11 mars till 20 maj kl. 18–20. En inhyrd spelledare lär ut låtar från trakten och alla som vill kan vara med – nybörjare som vana, kvinnor och män, barn och vuxna. Vi vill att fler ska hitta in i föreningslivet och att Virserums låttradition lever vidare. Sista kvällen blir en dans i Folkets hus som är öppen för hela samhället.",
            ("h", "4. Förankring"),
            "Kvällarna görs tillsammans med Virserums hembygdsförening, som lånar ut sina gamla notböcker och bjuder in till dansen, och med kulturskolan som sprider inbjudan till sina elever. 15 av våra medlemmar har lovat att hjälpa till med fika, lokal och affischer.",
            ("h", "5. Budget"),
            (
                "table",
                [
                    ["Post", "Kronor"],
                    ["Spelledare, arvode 6 x 1 000 kr", "6 000"],
                    ["Lokalhyra Folkets hus 6 x 500 kr", "3 000"],
                    ["Noter och kopiering", "600"],
                    ["Fika", "1 200"],
                    ["Summa", "10 800"],
                ],
            ),
            "Vi söker 10 800 kr.",
        ]
    )
    root = multi(
        "mixed",
        "----=_Part_5205_1675832.1770109338",
        [
            text(body, cte="8bit"),
            attach(
                doc,
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                "Ansökan idéslanten Virserums Musikvänner.docx",
                dtexts,
            ),
        ],
    )
    raw = m.render(root)
    return (
        m,
        raw,
        lab(
            "application",
            "sv",
            "11111",
            "Borderline contact: the body comes from a shared association mailbox signed only 'Styrelsen', which alone would not be a contact, but the attached .docx (non-ASCII RFC 2231 filename) names Jonas Bergqvist with phone and e-mail, so contact is true and the contact facts come from the attachment. The attachment also carries association (34 members, org.nr), a dated activity with local benefit, anchoring (co-organised with the hembygdsförening and the kulturskola, 15 volunteers) and a table budget of 10 800 kr. Spelledare fee is not salary; 'kvinnor och män' gives women_and_men true.",
            association_name="Virserums Musikvänner",
            org_number=on,
            contact_name="Jonas Bergqvist",
            contact_email="jonas.bergqvist@example.com",
            contact_phone="070-174 06 31",
            members=34,
            ort="Virserum",
            amount_sek=10800,
            women_and_men=True,
            salary_costs=False,
            physical_investment=False,
        ),
    )


@mail
def m5206():
    case = "2026-0008"
    subj = "Automatiskt svar: Re: Ansökan om idéslanten – spelkvällar i Virserum [Idéslanten 2026-0008]"
    m = Mail(
        5206,
        "autosvar-virserum-brevlada",
        "2026-02-03 10:04:40",
        addr("Virserums Musikvänner", "musikvanner.virserum@example.org", "iso-8859-1"),
        addr(BOT_NAME, BOT),
        subj,
        "<autosvar.5206.0203@webmail.example.org>",
        irt=rcpt_id(case),
        refs=[MID["virserum"], rcpt_id(case)],
        extra=["User-Agent: Roundcube Webmail/1.6.9"],
    )
    body = """Tack för ditt mejl till Virserums Musikvänner!

Föreningens brevlåda läses av styrelsen ungefär en gång i veckan, så det kan
dröja några dagar innan du får svar. Gäller det våra spelkvällar finns
information på anslagstavlan i Folkets hus.

Hälsningar
Virserums Musikvänner
"""
    raw = m.render(text(body, charset="iso-8859-1", cte="quoted-printable"))
    return (
        m,
        raw,
        lab(
            "autoreply",
            "sv",
            "00000",
            "Autoreply WITHOUT any automation header (no Auto-Submitted, X-Autoreply or Precedence): a shared association mailbox answers the bot's receipt to 5205 within minutes. Subject 'Automatiskt svar: Re: ...' and In-Reply-To/References point at the receipt and the application, which must not make it a followup; a reply would start a mail loop. All facts null.",
        ),
    )


@mail
def m5207():
    case = "2026-0006"
    subj = "Re: Ansökan idéslanten Kristdala [Idéslanten 2026-0006]"
    m = Mail(
        5207,
        "sv-kristdala-budget",
        "2026-02-12 18:31:09",
        addr("Marie Svensson", "marie.svensson@example.net"),
        addr(BOT_NAME, BOT),
        subj,
        "<CAKr7dQ3pW8-5207-budget@mail.example.net>",
        irt=rcpt_id(case),
        refs=[MID["kristdala"], rcpt_id(case)],
    )
    new = """Hej igen, här kommer budgeten för studieresan:

Buss tur och retur inkl. chaufför   7 800 kr
Guidning i de två byarna 2 x 1 000  2 000 kr
Fika på vägen och på kvällsmötet    1 400 kr
Tryck av inbjudan till alla hushåll   800 kr
Summa                              12 000 kr

Lunchen betalar var och en själv.

Hälsningar Marie Svensson
Kristdala Bygdegårdsförening
"""
    rc = receipt(case, ["budget"])
    plain = (
        new
        + "\nDen tis 27 jan. 2026 kl 21:14 skrev Idéslanten – Region Kalmar län <\nideslanten@example.se>:\n\n"
        + quote(rc)
        + "\n"
    )
    html_new = new.replace("&", "&amp;").replace("\n", "<br>\n")
    html = (
        '<div dir="ltr">'
        + html_new
        + '</div><br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">Den tis 27 jan. 2026 kl 21:14 skrev Idéslanten – Region Kalmar län &lt;<a href="mailto:ideslanten@example.se">ideslanten@example.se</a>&gt;:<br></div>'
        '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">'
        + rc.replace("\n", "<br>\n")
        + "</blockquote></div>\n"
    )
    root = multi(
        "alternative",
        "000000000000a4c1e2064a5207",
        [text(plain, cte="quoted-printable"), text(html, "html", cte="quoted-printable")],
    )
    raw = m.render(root)
    return (
        m,
        raw,
        lab(
            "followup",
            "sv",
            "01001",
            "Gmail-style followup (multipart/alternative, gmail_quote) to 5204 answering the bot receipt that asked for a budget. The new text gives four cost items summing to 12 000 kr, so budget true and amount_sek 12000; signed by Marie Svensson from her own address, so contact true. Nothing else is new; the quoted receipt must not count. The bus price includes the driver, which is a bought service, not salary.",
            association_name="Kristdala Bygdegårdsförening",
            contact_name="Marie Svensson",
            contact_email="marie.svensson@example.net",
            ort="Kristdala",
            amount_sek=12000,
            salary_costs=False,
            physical_investment=False,
        ),
    )


@mail
def m5208():
    m = Mail(
        5208,
        "rumskulla-language-cafe-en",
        "2026-02-19 20:47:33",
        addr("Anneke van den Berg", "anneke.vandenberg@example.com"),
        BOT,
        "Application idéslanten - language café and village walks in Rumskulla",
        "<7E2B9C41-5208-4F0A-A1D3-RUMSKULLA@example.com>",
        extra=["X-Mailer: Apple Mail (2.3826.400.131.1.6)"],
    )
    body = """Hello,

My name is Anneke van den Berg and I am writing on behalf of Rumskulla
Grannträff. I hope it is okay to write in English – my Swedish is getting
better but not good enough for an application yet!

About us
Rumskulla Grannträff is not a registered association (yet). We are
neighbours in Rumskulla parish, Swedes and newcomers from the Netherlands,
Germany and Poland, who have met once a month in the old school since the
autumn of 2024. We keep a simple member list with a yearly fee of 50 kr and
are 23 members from 16 households right now. We plan to register as a
förening at our meeting in May.

What we want to do
From 5 March to 11 June we want to run a "språkcafé" every second Thursday
evening (8 evenings) in the old school, where newcomers practise Swedish
with local residents over coffee. Four of the evenings end with a short
village walk led by someone from the hembygdsförening who tells about the
farms and their history. Many newcomers in the area leave again after a year
or two because they never get to know anyone; we want them to stay, start
businesses and put their children in the village school. Everybody is
welcome, men and women, old and new residents.

Local anchoring
The idea came from a meeting in the församlingshem in November where about
30 people came. Rumskulla hembygdsförening lets us use the old school for
free and will lead the walks, and six local residents have promised to be
"språkvänner" at every café.

Budget
- Coffee and baking, 8 evenings x 150 kr = 1 200 kr
- Teaching material and printed word lists = 800 kr
- Fee for a Swedish teacher from Vimmerby who helps us plan
  the evenings (2 visits) = 2 000 kr
- Room: free (hembygdsföreningen)
Total: 4 000 kr

Best regards,
Anneke van den Berg
Rumskulla Grannträff
+46 70 174 06 44
"""
    raw = m.render(text(body, cte="base64"))
    return (
        m,
        raw,
        lab(
            "application",
            "en",
            "11111",
            "English application, base64 utf-8 body, Apple Mail. Borderline association: the group says it is not a registered association yet, but it is named, has a member list with a fee and states 23 members from 16 households, so a fair officer accepts it as 'details of the group' (members 23, not the 16 households). Contact is the signer from her own address with phone. Activity: eight dated language cafés plus village walks with a stated local benefit (newcomers staying). Anchoring: village meeting of ~30, hembygdsförening lends the room and leads walks, six volunteers. Budget items sum to 4 000 kr; the teacher's fee is not salary. 'men and women' gives women_and_men true.",
            association_name="Rumskulla Grannträff",
            contact_name="Anneke van den Berg",
            contact_email="anneke.vandenberg@example.com",
            contact_phone="+46 70 174 06 44",
            members=23,
            ort="Rumskulla",
            amount_sek=4000,
            women_and_men=True,
            salary_costs=False,
            physical_investment=False,
        ),
    )


@mail
def m5209():
    on = orgnr("802477215")
    m = Mail(
        5209,
        "fagelfors-bruksdagen-html",
        "2026-02-26 13:20:51",
        addr("Fågelfors Byalag", "fagelfors.byalag@example.net"),
        BOT,
        "Bruksdagen i Fågelfors - ansökan",
        MID["fagelfors"],
    )
    m.subject = ew("Bruksdagen i Fågelfors - ansökan", "utf-8", "b")
    m.subject_raw = True
    html = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"></head>
<body style="font-family:Calibri,sans-serif;font-size:11pt">
<p>Hej!</p>
<p>Fågelfors Byalag (org.nr {on}) är en ideell förening med 58 medlemmar som jobbar för att Fågelfors ska vara en levande ort. Vi söker härmed idéslanten till <b>Bruksdagen</b>.</p>
<p>Bruksdagen blir lördagen den 22 augusti vid gamla bruksområdet. Under dagen blir det guidade vandringar om brukstiden, en marknad där traktens småföretagare och hantverkare kan sälja och visa upp sig, och aktiviteter för barnen. Tanken är att folk utifrån ska upptäcka Fågelfors och att de lokala företagen ska få nya kunder.</p>
<p>Vi tror att väldigt många i Fågelfors kommer att uppskatta en sådan dag, det behövs verkligen något positivt här nu.</p>
<table border="1" cellpadding="4" cellspacing="0" style="border-collapse:collapse">
<tr><th align="left">Kostnad</th><th align="right">Kr</th></tr>
<tr><td>Guide, arvode</td><td align="right">3 000</td></tr>
<tr><td>Hyra av tält</td><td align="right">2 500</td></tr>
<tr><td>Annonsering</td><td align="right">1 500</td></tr>
<tr><td>Hyra av ljudanläggning</td><td align="right">2 000</td></tr>
<tr><td><b>Summa</b></td><td align="right"><b>9 000</b></td></tr>
</table>
<p>Med vänliga hälsningar<br>Styrelsen<br>Fågelfors Byalag</p>
</body></html>
"""
    raw = m.render(text(html, "html", charset="windows-1252", cte="quoted-printable"))
    return (
        m,
        raw,
        lab(
            "application",
            "sv",
            "10101",
            "HTML-only mail (windows-1252, quoted-printable) with a base64 encoded-word subject and an HTML table budget. Association true (named, org.nr, 58 members), activity true (dated market and guided walks day with local business benefit), budget true (four items, 9 000 kr). Contact false: sent from the byalag's shared mailbox and signed only 'Styrelsen'. Anchoring false: 'vi tror att väldigt många kommer att uppskatta' is a hope and a described need, not backing. No gender statement.",
            association_name="Fågelfors Byalag",
            org_number=on,
            members=58,
            ort="Fågelfors",
            amount_sek=9000,
            women_and_men=None,
            salary_costs=False,
            physical_investment=False,
        ),
    )


@mail
def m5210():
    on = orgnr("802501664")
    m = Mail(
        5210,
        "timmernabben-hamndialog",
        "2026-03-04 07:55:02",
        addr("Roger Helin", "roger.helin@example.se"),
        addr(BOT_NAME, BOT),
        "Ansökan: dialogmöten om hamnplanen i Timmernabben",
        MID["timmernabben"],
        extra=["X-MS-Has-Attach: ", "X-Mailer: Microsoft Outlook 16.0"],
    )
    plain = f"""Hej,

Timmernabbens Samhällsförening vill söka idéslanten för en serie
dialogmöten om den nya detaljplanen för hamnområdet.

Föreningen
Timmernabbens Samhällsförening, org.nr {on}, 112 medlemmar. Vi jobbar
med frågor som rör hela samhället: trafik, badplatsen, julmarknaden m.m.

Aktiviteten
Kommunen håller på med en ny detaljplan för hamnen och många vet inte vad
den innebär. Vi ordnar tre öppna dialogmöten i Folkets hus den 17 mars,
14 april och 12 maj kl 19. Kommunens planarkitekt kommer första gången och
förklarar planen. En extern samtalsledare leder diskussionerna så att alla
kommer till tals, och i maj gör vi en gemensam vandring runt hamnen. Det
vi kommer fram till lämnar vi som samrådsyttrande från samhället.

Förankring
Vi tog upp det på medlemsmötet den 5 februari. 27 personer var där och
alla var för.

Budget
Lokalhyra Folkets hus 3 x 600 kr = 1 800 kr
Annons i lokaltidningen = 2 400 kr
Fika 3 x 700 kr = 2 100 kr
Samtalsledare = väntar på offert, pris kommer

Vi söker ca 9 000 kr totalt.

Mvh
Roger Helin
sekreterare Timmernabbens Samhällsförening
0701740657
"""
    html = (
        '<html><body><div style="font-family:Aptos,sans-serif">'
        + "".join(f"<p>{p.replace(chr(10), '<br>')}</p>" for p in plain.strip().split("\n\n"))
        + "</div></body></html>\n"
    )
    root = multi(
        "alternative",
        "_000_DB9PR05MB5210TIMMER_",
        [
            text(plain, charset="utf-8", cte="quoted-printable"),
            text(html, "html", charset="utf-8", cte="quoted-printable"),
        ],
    )
    raw = m.render(root)
    return (
        m,
        raw,
        lab(
            "application",
            "sv",
            "11111",
            "Borderline budget and thin anchoring, labelled complete. Budget: three cost items with amounts and a fourth (samtalsledare) whose price is still awaited – still an overview budget with items and amounts, so true; amount_sek is the stated 'ca 9 000 kr' applied for (not the 5 700 sum). Anchoring is short but real: a members' meeting on a named date with 27 attendees backed it (attendance is not members; members 112). Activity: three dated dialogue meetings plus a walk feeding a consultation reply. Contact is the signer with phone written without spaces. Outlook multipart/alternative, QP. No gender statement; the moderator's fee is not salary.",
            association_name="Timmernabbens Samhällsförening",
            org_number=on,
            contact_name="Roger Helin",
            contact_email="roger.helin@example.se",
            contact_phone="0701740657",
            members=112,
            ort="Timmernabben",
            amount_sek=9000,
            women_and_men=None,
            salary_costs=False,
            physical_investment=False,
        ),
    )


@mail
def m5211():
    m = Mail(
        5211,
        "bounce-fagelfors-mailbox-full",
        "2026-03-09 08:14:07",
        addr("Mail Delivery System", "MAILER-DAEMON@mx.example.net"),
        OFFICER,
        "Undelivered Mail Returned to Sender",
        "<20260309071407.4dQk2N1sZbz9vB@mx.example.net>",
        extra=["Auto-Submitted: auto-replied"],
    )
    human = """This is the mail system at host mx.example.net.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<fagelfors.byalag@example.net>: host mailstore.example.net[192.0.2.25] said:
    552 5.2.2 Mailbox full, quota exceeded (in reply to RCPT TO command)
"""
    status = """Reporting-MTA: dns; mx.example.net
X-Postfix-Queue-ID: 4dQk2N1sZbz9vB
X-Postfix-Sender: rfc822; landsbygdsutvecklare@example.se
Arrival-Date: Mon,  9 Mar 2026 08:14:02 +0100 (CET)

Final-Recipient: rfc822; fagelfors.byalag@example.net
Original-Recipient: rfc822;fagelfors.byalag@example.net
Action: failed
Status: 5.2.2
Remote-MTA: dns; mailstore.example.net
Diagnostic-Code: smtp; 552 5.2.2 Mailbox full, quota exceeded
"""
    orig = """Return-Path: <landsbygdsutvecklare@example.se>
From: Landsbygdsutvecklare Region Kalmar län <landsbygdsutvecklare@example.se>
To: fagelfors.byalag@example.net
Subject: SV: Bruksdagen i Fågelfors - ansökan [Idéslanten 2026-0014]
Date: Mon, 9 Mar 2026 08:13:58 +0100
Message-ID: <AM0PR09MB4411.5211@eur.example.se>
In-Reply-To: <c1b7e0f2-5209-4a51-9d1e-fagelfors@example.net>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
"""
    orig = orig.replace(
        "Landsbygdsutvecklare Region Kalmar län", ew("Landsbygdsutvecklare Region Kalmar län")
    ).replace(
        "SV: Bruksdagen i Fågelfors - ansökan [Idéslanten 2026-0014]",
        ew("SV: Bruksdagen i Fågelfors - ansökan [Idéslanten 2026-0014]"),
    )
    p1 = Part(
        ["Content-Description: Notification", "Content-Type: text/plain; charset=us-ascii"],
        human.encode("ascii"),
        [human],
    )
    p2 = Part(
        ["Content-Description: Delivery report", "Content-Type: message/delivery-status"],
        status.encode("ascii"),
        [status],
    )
    p3 = Part(
        ["Content-Description: Undelivered Message Headers", "Content-Type: text/rfc822-headers"],
        orig.encode("ascii"),
        [orig],
    )
    root = multi(
        "report",
        "4dQk2N1sZbz9vB.1773040447/mx.example.net",
        [p1, p2, p3],
        preamble="This is a MIME-encapsulated message.",
    )
    root.headers = [
        'Content-Type: multipart/report; report-type=delivery-status;\n boundary="4dQk2N1sZbz9vB.1773040447/mx.example.net"',
        "Content-Description: Delivery Notification",
    ]
    raw = m.render(root)
    return (
        m,
        raw,
        lab(
            "bounce",
            "en",
            "00000",
            "Postfix bounce (multipart/report with message/delivery-status and text/rfc822-headers): the officer's reply to 5209 could not be delivered because the byalag's shared mailbox is full. The returned headers mention the case number and the application's Message-ID, but it is a machine message: never a followup, never answered, all facts null. The notice is English Postfix boilerplate, so language en.",
        ),
    )


@mail
def m5212():
    m = Mail(
        5212,
        "lottorp-forelasning-iphone",
        "2026-03-16 22:08:41",
        addr("Jessica Öhman", "jessica.ohman@example.se"),
        BOT,
        "Söka idéslanten för föreläsning i Löttorp",
        "<A1F3C2D8-5212-4E6B-9B0C-LOTTORP@example.se>",
        extra=["X-Mailer: iPhone Mail (22D82)"],
    )
    body = """Hej!
Vi vill söka idéslanten. Vi e några småföretagare o föreningsmänniskor här i Löttorp som vill ordna en föreläsningskväll på bygdegården den 23 april om hur vi kan få säsongen längre på norra Öland. Föreläsaren har jobbat med besöksnäring i skärgården i många år. Tanken e att restauranger, campingar o stugvärdar ska börja samarbeta om vår o höst så att fler kan leva på det här året runt o inte bara i juli. Öppet för alla.
Tror det blir runt 6000 för föreläsaren o lokalen.
Hör av dig om nåt saknas!
Mvh Jessica Öhman
070-174 06 78

Skickat från min iPhone
"""
    raw = m.render(text(body, cte="quoted-printable"))
    return (
        m,
        raw,
        lab(
            "application",
            "sv",
            "01100",
            "Short iPhone mail with long unwrapped lines and shorthand ('e', 'o', 'nåt'). Association false: 'några småföretagare o föreningsmänniskor' is an unnamed group. Contact true: named signer from own address with phone. Activity true: a dated lecture evening on extending the tourist season with a stated local benefit. Anchoring false: nothing about backing. Budget false (borderline): 'runt 6000 för föreläsaren o lokalen' lumps two items into one rough figure, not items with amounts; that single figure is amount_sek 6000. 'Öppet för alla' does not say women and men, so women_and_men null.",
            contact_name="Jessica Öhman",
            contact_email="jessica.ohman@example.se",
            contact_phone="070-174 06 78",
            ort="Löttorp",
            amount_sek=6000,
            women_and_men=None,
            salary_costs=False,
            physical_investment=False,
        ),
    )


@mail
def m5213():
    m = Mail(
        5213,
        "question-byxelkrok-summer-residents",
        "2026-03-23 09:41:16",
        addr("Thomas Keller", "thomas.keller@example.com"),
        BOT,
        "Question about the village grant - summer residents in Byxelkrok",
        "<5213.keller.byxelkrok@example.com>",
    )
    body = """Hello,

We are a German family with a summer house in Byxelkrok since 2015. Together
with about twenty other summer households (Swedish, German and Danish) we
are thinking about organising something for the village next summer, maybe
a beach clean-up day and a talk about the Baltic Sea.

Before we start planning I have two questions:

1. Can a group apply when most of its members are summer residents and not
   registered in Sweden? We have no association, only a WhatsApp group.
2. Is the maximum of 15 000 kronor per group or per village? The local
   byalag may also apply for something.

Thank you very much and kind regards,
Thomas Keller
"""
    raw = m.render(text(body, charset="us-ascii", cte="7bit"))
    return (
        m,
        raw,
        lab(
            "question",
            "en",
            "00000",
            "English question in plain us-ascii 7bit. A summer-resident group only thinking about an activity asks whether it may apply and whether the 15 000 kr cap is per group or per village; no application is made, so kind question. The cap is a rule amount (amount_sek null); sender and locality recorded, salary/investment null.",
            contact_name="Thomas Keller",
            contact_email="thomas.keller@example.com",
            ort="Byxelkrok",
        ),
    )


@mail
def m5214():
    on = orgnr("802519047")
    m = Mail(
        5214,
        "storebro-framtidsverkstad-xlsx",
        "2026-03-30 16:12:30",
        addr("Mikael Forsberg", "mikael.forsberg@example.org"),
        addr(BOT_NAME, BOT),
        "Idéslanten – Framtidsverkstad Storebro",
        MID["storebro"],
        extra=["User-Agent: Mozilla Thunderbird"],
    )
    body = f"""Hej,

Storebro Byaråd söker idéslanten 2026 för "Framtidsverkstad Storebro".

Om oss
Byarådet är en ideell förening (org.nr {on}) där både enskilda och
föreningar i Storebro är medlemmar, i dag 45 enskilda medlemmar och fyra
föreningar: Storebro IF, Storebro hembygdsförening, PRO Storebro och
föräldraföreningen vid Storebro skola.

Vad vi ska göra
Två workshopkvällar i skolans matsal, onsdag 22 april och onsdag 20 maj
kl. 18–21, ledda av en inhyrd processledare. Första kvällen samlar vi idéer
om vad Storebro behöver de kommande tio åren (boende, busstrafik,
mötesplatser, service). Andra kvällen prioriterar vi och skriver ihop en
byutvecklingsplan som vi lämnar till Vimmerby kommun och använder i vårt
eget arbete. Alla i Storebro, kvinnor och män, unga och gamla, bjuds in.

Förankring
Framtidsverkstaden beslutades på byarådets årsmöte den 8 mars. De fyra
medlemsföreningarna sprider inbjudan till sina medlemmar, vi lägger en
inbjudan i alla 310 brevlådor i samhället och föräldraföreningen ordnar
barnpassning under kvällarna.

Budget
Se bifogad Excel-fil. Vi söker 11 800 kr.

Kontakt
Mikael Forsberg, ordförande
070-174 06 09
mikael.forsberg@example.org
"""
    data, xtexts = xlsx(
        [
            ["Budget Framtidsverkstad Storebro 2026"],
            ["Post", "Antal", "à-pris", "Summa"],
            ["Processledare, arvode", 2, 3500, ("=", "B3*C3", 7000)],
            ["Lokalhyra skolans matsal", 2, 400, ("=", "B4*C4", 800)],
            ["Fika", 2, 1200, ("=", "B5*C5", 2400)],
            ["Tryck och utskick av inbjudan", 1, 1600, ("=", "B6*C6", 1600)],
            ["Summa", None, None, ("=", "SUM(D3:D6)", 11800)],
        ]
    )
    root = multi(
        "mixed",
        "------------5ybQq0hT8A1n2Fj0S5214",
        [
            text(body, cte="base64"),
            attach(
                data,
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                "Budget Framtidsverkstad Storebro.xlsx",
                xtexts,
            ),
        ],
    )
    raw = m.render(root)
    return (
        m,
        raw,
        lab(
            "application",
            "sv",
            "11111",
            "Complete application, Thunderbird, base64 utf-8 body with the budget only in an .xlsx attachment (formula cells with cached values: process leader 7 000, hall 800, fika 2 400, printing 1 600 = 11 800). Association: named byaråd with org.nr, 45 individual members plus four member associations (members 45, the associations are not persons). Activity: two dated workshop evenings producing a village plan. Anchoring: decided at the annual meeting, four local associations spread it, invitation to 310 letterboxes, childcare by the parents' association. Contact block with name, phone and own address. 'kvinnor och män' gives women_and_men true.",
            association_name="Storebro Byaråd",
            org_number=on,
            contact_name="Mikael Forsberg",
            contact_email="mikael.forsberg@example.org",
            contact_phone="070-174 06 09",
            members=45,
            ort="Storebro",
            amount_sek=11800,
            women_and_men=True,
            salary_costs=False,
            physical_investment=False,
        ),
    )


@mail
def m5215():
    m = Mail(
        5215,
        "sv-fagelfors-kontaktperson-outlook",
        "2026-04-02 12:47:55",
        addr("Gunnel Åberg", "gunnel.aberg@example.com"),
        BOT,
        "SV: Bruksdagen i Fågelfors - ansökan",
        "<HE1PR0702MB5215GUNNEL@eur.example.com>",
        irt=MID["fagelfors"],
        refs=[MID["fagelfors"]],
        extra=[
            "Thread-Topic: Bruksdagen i =?utf-8?q?F=C3=A5gelfors?= - ansökan".replace(
                "ansökan", "=?utf-8?q?ans=C3=B6kan?="
            ),
            "X-MS-Has-Attach: ",
        ],
    )
    body = """Hej!

Vi skickade ansökan nedan i februari men har inte hört något. Vår
föreningsbrevlåda har varit full, så om ni har svarat har vi nog inte fått
det. Kan ni skicka svaren till mig i stället?

Jag är ordförande i byalaget och kontaktperson för Bruksdagen:
Gunnel Åberg, 070-174 06 86, gunnel.aberg@example.com

Vänliga hälsningar
Gunnel Åberg
Ordförande Fågelfors Byalag

________________________________
Från: Fågelfors Byalag <fagelfors.byalag@example.net>
Skickat: den 26 februari 2026 13:20
Till: ideslanten@example.se <ideslanten@example.se>
Ämne: Bruksdagen i Fågelfors - ansökan

Hej!

Fågelfors Byalag (org.nr 802477-2150) är en ideell förening med 58 medlemmar som jobbar för att Fågelfors ska vara en levande ort. Vi söker härmed idéslanten till Bruksdagen.

Bruksdagen blir lördagen den 22 augusti vid gamla bruksområdet. Under dagen blir det guidade vandringar om brukstiden, en marknad där traktens småföretagare och hantverkare kan sälja och visa upp sig, och aktiviteter för barnen. Tanken är att folk utifrån ska upptäcka Fågelfors och att de lokala företagen ska få nya kunder.

Vi tror att väldigt många i Fågelfors kommer att uppskatta en sådan dag, det behövs verkligen något positivt här nu.

Kostnad Kr
Guide, arvode 3 000
Hyra av tält 2 500
Annonsering 1 500
Hyra av ljudanläggning 2 000
Summa 9 000

Med vänliga hälsningar
Styrelsen
Fågelfors Byalag
"""
    body = body.replace("802477-2150", orgnr("802477215"))
    raw = m.render(text(body, charset="iso-8859-1", cte="base64"))
    return (
        m,
        raw,
        lab(
            "followup",
            "sv",
            "01000",
            "Outlook-style followup to 5209 (In-Reply-To the application itself, no receipt quoted because the byalag's mailbox bounced, see 5211). The earlier application is quoted below an Outlook 'Från:/Skickat:' header block WITHOUT '>' markers, so its association, activity and budget are quoted text and do not count. New text only supplies a named contact (the chair, own address, phone), so contact true and everything else false; amount_sek null because 9 000 appears only in the quote. base64 iso-8859-1 body.",
            association_name="Fågelfors Byalag",
            contact_name="Gunnel Åberg",
            contact_email="gunnel.aberg@example.com",
            contact_phone="070-174 06 86",
            ort="Fågelfors",
            salary_costs=False,
            physical_investment=False,
        ),
    )


@mail
def m5216():
    on = orgnr("802189552")
    m = Mail(
        5216,
        "ankarsrum-liv-i-bygden",
        "2026-04-08 10:22:14",
        addr("Sture Karlsson", "sture.karlsson@example.net"),
        BOT,
        "Ansökan från Ankarsrums Intresseförening",
        MID["ankarsrum"],
        extra=["X-Mailer: Microsoft Windows Live Mail 16.4.3528.331"],
    )
    m.subject = ew("Ansökan från Ankarsrums Intresseförening", "iso-8859-1")
    m.subject_raw = True
    body = f"""Hej !

Jag skriver å Ankarsrums Intresseförenings vägnar. Föreningen bildades 1987 och har idag omkring 200 medlemmar , de flesta boende i Ankarsrum men även en del utflyttade som har sommarstugor här. Vårt org.nr är {on}.

Ankarsrum var en gång ett livligt brukssamhälle med järnbruk och sedan fabrik , och det var folk i rörelse från morgon till kväll. Idag är det annorlunda , det är tyst på kvällarna och ungdomarna flyttar till Västervik eller längre bort. Vi i styrelsen har länge tänkt att vi måste göra något för att få liv i bygden igen.

På byamötet den 14 mars kom det ett 40-tal personer , vilket var mycket glädjande , och där bestämdes att vi ska söka pengar och att en arbetsgrupp med nio personer ska ta hand om saken. Både Ankarsrums IF och kyrkans syförening har lovat att vara med.

Pengarna ska gå till aktiviteter under året som kan samla folk och göra Ankarsrum mer attraktivt att bo i. Exakt vad det blir får arbetsgruppen arbeta fram.

Vi söker hela beloppet , 15 000 kr.

Med vänlig hälsning
Sture Karlsson
Kassör
Tel. 070 - 174 06 90
"""
    raw = m.render(text(body, charset="iso-8859-1", cte="8bit"))
    return (
        m,
        raw,
        lab(
            "application",
            "sv",
            "11010",
            "Older writer, Windows Live Mail, 8bit iso-8859-1 with an iso-8859-1 encoded-word subject, unwrapped paragraphs and spaces before commas. Association true (named, founded 1987, 'omkring 200 medlemmar' = 200, org.nr); contact true (signer from own address, phone in odd spacing). Anchoring true: a dated village meeting of ~40 that decided to apply, a working group of nine, and two local groups committed. Activity false: 'aktiviteter under året som kan samla folk', with the content left to the working group, is a vague wish. Budget false: only the bare total 15 000 kr (amount_sek 15000).",
            association_name="Ankarsrums Intresseförening",
            org_number=on,
            contact_name="Sture Karlsson",
            contact_email="sture.karlsson@example.net",
            contact_phone="070 - 174 06 90",
            members=200,
            ort="Ankarsrum",
            amount_sek=15000,
            women_and_men=None,
            salary_costs=False,
            physical_investment=False,
        ),
    )


@mail
def m5217():
    on = orgnr("802036771")
    m = Mail(
        5217,
        "berga-traffpunkt-pdf",
        "2026-04-15 14:36:08",
        addr("Kerstin Holm", "kerstin.holm@example.se"),
        BOT,
        "Ansökan idéslanten Träffpunkt Berga",
        "<20260415123608.5217.kholm@mail.example.se>",
    )
    body = """Hej!

Bifogar ansökan från Berga Bygdegårdsförening om idéslanten för Träffpunkt
Berga i höst. Hör av er om ni undrar något.

Kerstin Holm
070-174 06 15
"""
    data, ptexts = pdf(
        [
            [
                "# Ansökan om regional bygdepeng – idéslanten 2026",
                "",
                "# Sökande",
                f"Berga Bygdegårdsförening, org.nr {on}",
                "Föreningen har 72 medlemmar och äger bygdegården i Berga, Högsby kommun.",
                "",
                "# Kontaktperson",
                "Kerstin Holm, sekreterare, tel 070-174 06 15",
                "",
                "# Aktivitet",
                "Träffpunkt Berga: fyra lunchträffar i bygdegården torsdagarna 17 september, 15 oktober,",
                "12 november och 10 december kl. 12–14. Varje gång bjuder vi in en föreläsare om något",
                "som rör livet i bygden: bredband och digitala tjänster, skogsbruk och viltvård,",
                "föreningslivet och hur nya boende kan komma in i bygden. Syftet är att bryta ensamheten",
                "bland äldre, att nyinflyttade får träffa ortsborna och att nya idéer för Berga kommer fram.",
                "Träffarna är öppna för alla, kvinnor och män i alla åldrar.",
                "",
                "# Lokal förankring",
                "Aktiviteten är väl förankrad i bygden och har ett brett stöd bland invånarna.",
                "",
                "# Budget",
                "Föreläsare, arvode 4 x 1 500 kr ............ 6 000 kr",
                "Matråvaror till lunch 4 x 1 000 kr ........ 4 000 kr",
                "Annonsering ................................... 800 kr",
                "Lokal .................................... 0 kr (egen)",
                "Summa ................................... 10 800 kr",
                "",
                "Sökt belopp: 10 800 kr",
            ]
        ],
        title="Ansökan Träffpunkt Berga",
    )
    root = multi(
        "mixed",
        "=-=-=5217=-=berga=-=-=",
        [
            text(body, cte="8bit"),
            attach(data, "application/pdf", "Ansokan_Traffpunkt_Berga.pdf", ptexts),
        ],
    )
    raw = m.render(root)
    return (
        m,
        raw,
        lab(
            "application",
            "sv",
            "11101",
            "Short covering mail with the whole application in a PDF (Helvetica, WinAnsi, Flate-compressed text stream). Association (72 members, org.nr), contact (signer with phone from own address, repeated in the PDF), activity (four dated lunch talks with named topics and local purpose) and budget (items summing to 10 800 kr) are present. Anchoring false (borderline): the form's heading is filled with the empty claim 'väl förankrad i bygden och har ett brett stöd' with no meeting, survey, partner or volunteers. 'kvinnor och män' gives women_and_men true; food for the lunches is a consumable.",
            association_name="Berga Bygdegårdsförening",
            org_number=on,
            contact_name="Kerstin Holm",
            contact_email="kerstin.holm@example.se",
            contact_phone="070-174 06 15",
            members=72,
            ort="Berga",
            amount_sek=10800,
            women_and_men=True,
            salary_costs=False,
            physical_investment=False,
        ),
    )


@mail
def m5218():
    officer_mid = "<AM0PR09MB4411.5218@eur.example.se>"
    m = Mail(
        5218,
        "franvaro-storebro-auto-submitted",
        "2026-04-22 09:03:12",
        addr("Mikael Forsberg", "mikael.forsberg@example.org"),
        addr("Landsbygdsutvecklare Region Kalmar län", OFFICER),
        "Frånvaro: SV: Idéslanten – Framtidsverkstad Storebro",
        "<auto.5218.mforsberg@mail.example.org>",
        irt=officer_mid,
        refs=[MID["storebro"], officer_mid],
        extra=["Auto-Submitted: auto-replied", "X-Autoreply: yes", "X-Auto-Response-Suppress: All"],
    )
    body = """Hej!

Jag är på semester till och med 3 maj och läser inte mejl under tiden.

Brådskande frågor om byarådet: kontakta vice ordförande Sara Nyqvist,
070-174 06 02.

/Mikael Forsberg
"""
    raw = m.render(text(body, cte="quoted-printable"))
    return (
        m,
        raw,
        lab(
            "autoreply",
            "sv",
            "00000",
            "Classic out-of-office with Auto-Submitted: auto-replied and X-Autoreply, answering the officer's reply in the thread of application 5214 (References include the application's Message-ID). It names a stand-in with phone, but it is a machine reply: all facts null, never a followup, never answered.",
        ),
    )


@mail
def m5219():
    m = Mail(
        5219,
        "pataholm-hamndagen-txt-budget",
        "2026-05-04 20:15:43",
        addr("Pataholms vänner", "pataholms.vanner@example.com"),
        BOT,
        "idéslanten – Hamndagen i Pataholm 18 juli",
        MID["pataholm"],
    )
    body = """Hej!

Vi är Pataholms vänner, en lös sammanslutning av fastboende och
sommargäster i Pataholm som sedan 2019 ordnar hamndagen och städdagen i
hamnen. Vi har ingen formell förening och alltså inga medlemmar, men ett
trettiotal står på vår sändlista och brukar hjälpa till.

I år vill vi göra Hamndagen lite större, lördagen den 18 juli: en guidad
vandring om Pataholms gamla handelsplats och tullhus, en hantverksmarknad
på kajen med folk från trakten, och på eftermiddagen ett öppet samtal om vad
vi vill med hamnen och magasinet framöver – så att Pataholm lever även
efter sommaren.

I mars skickade vi en liten enkät på sändlistan, 22 svarade och alla ville
att hamndagen blir av igen. Flera önskade just samtalet om hamnens framtid.

Budget finns i bifogad fil.

Hälsningar
Ulla & Kjell
Pataholms vänner
"""
    budget = """Budget Hamndagen 2026

Guide, historisk vandring      2 500 kr
Hyra partytält 2 st             3 000 kr
Annonsering/affischer           1 200 kr
Hyra toalettvagn                1 800 kr
-----------------------------------------
Summa                           8 500 kr
"""
    att = attach(
        budget.encode("utf-8"),
        'text/plain; charset="utf-8"',
        "budget hamndagen.txt",
        [budget],
        cte="quoted-printable",
    )
    att.headers[0] = 'Content-Type: text/plain; charset="utf-8"; name="budget hamndagen.txt"'
    root = multi("mixed", "b1_5219_pataholm_0c9e1d44", [text(body, cte="8bit"), att])
    raw = m.render(root)
    return (
        m,
        raw,
        lab(
            "application",
            "sv",
            "10111",
            "Borderline association: 'Pataholms vänner' says it is no formal association and has no members, but it is a named, long-running group (since 2019, organises the harbour day) with about thirty on its mailing list – named group plus something about it, so association true; members null because the mailing list is explicitly not membership. Contact false: shared group mailbox, signed only 'Ulla & Kjell'. Activity: dated harbour day with walk, craft market and a talk on the harbour's future. Anchoring: survey on the list, 22 answers. Budget in a readable .txt attachment (quoted-printable) summing to 8 500 kr.",
            association_name="Pataholms vänner",
            ort="Pataholm",
            amount_sek=8500,
            women_and_men=None,
            salary_costs=False,
            physical_investment=False,
        ),
    )


@mail
def m5220():
    on = orgnr("802099113")
    m = Mail(
        5220,
        "malilla-fonsterkurs-csv",
        "2026-05-11 08:49:27",
        addr("Lars-Erik Nord", "lenord@example.se"),
        BOT,
        "Ansökan idéslanten – fönsterkurs Målilla",
        "<000001dcc1a2$5220malilla$@example.se>",
    )
    body = f"""Hej

Målilla Hembygdsförening vill söka idéslanten för en kurs i
fönsterrenovering.

Föreningen har 164 medlemmar och sköter hembygdsgården i Målilla (org nr
{on}). Många gamla hus i Målilla med omnejd har fina gamla fönster som byts
mot plastfönster för att folk inte vet hur man tar hand om dem.

Kursen blir tre lördagar i september (5, 12 och 19 sept) på hembygdsgården
med en fönsterhantverkare som lär ut kittning, målning med linoljefärg och
glasbyte. Max 12 deltagare, kvinnor och män, och tanken är att deltagarna
sedan hjälper grannar så att husen i samhället behåller sin karaktär. Vi
köper in en uppsättning verktyg som blir kvar i föreningen och som bybor
kan låna.

Kursen görs tillsammans med Målilla Samhällsförening som står för
inbjudan, och på listan vid affären har redan 12 personer skrivit upp sig.

Budget i bifogad fil (csv från kalkylprogrammet).

Lars-Erik Nord
ordf Målilla Hembygdsförening
070-174 06 38
"""
    csv = "Post;Belopp (kr)\nKursledare arvode 3 dagar;5000\nVerktyg (kittknivar, infravärmare m.m.) – köps in;4500\nMaterial linolja, kitt, glas;1500\nFika;800\nSumma;11800\n"
    att = attach(
        csv.encode("windows-1252"),
        'text/csv; charset="windows-1252"',
        "budget_fonsterkurs.csv",
        [csv],
    )
    att.headers[0] = 'Content-Type: text/csv; charset="windows-1252"; name="budget_fonsterkurs.csv"'
    root = multi(
        "mixed",
        "----=_NextPart_000_0007_01DCC1A2.5220",
        [text(body, charset="windows-1252", cte="8bit"), att],
    )
    raw = m.render(root)
    return (
        m,
        raw,
        lab(
            "application",
            "sv",
            "11111",
            "Complete by the five elements but not eligible: the budget (base64 windows-1252 .csv attachment) includes buying a tool set that stays with the association (4 500 kr), so physical_investment true. Association with 164 members and org.nr, contact signer with phone, activity three dated course Saturdays with a local purpose, anchoring co-organised with the local community association plus 12 sign-ups. Course leader's fee is not salary; linseed oil, putty and glass are consumables. 'kvinnor och män' gives women_and_men true. Amount 11 800 kr = the stated sum.",
            association_name="Målilla Hembygdsförening",
            org_number=on,
            contact_name="Lars-Erik Nord",
            contact_email="lenord@example.se",
            contact_phone="070-174 06 38",
            members=164,
            ort="Målilla",
            amount_sek=11800,
            women_and_men=True,
            salary_costs=False,
            physical_investment=True,
        ),
    )


@mail
def m5221():
    m = Mail(
        5221,
        "gamleby-torgkvallar-lon",
        "2026-05-19 13:58:36",
        addr("Per Andersson", "per.andersson@example.com"),
        BOT,
        "Torgkvällar i Gamleby sommaren 2026",
        "<CAJx5221torgPerA.k2Lq@mail.example.com>",
    )
    plain = """Hej!

Jag driver Torgcaféet i Gamleby och tillsammans med några andra företagare
runt torget vill vi få mer liv i centrum i sommar.

Idén är "Torgkvällar" varje torsdag i juli (4 kvällar) kl 18–21 med lokal
musik, loppis och matförsäljning från föreningar i Gamleby, så att folk
stannar i samhället i stället för att åka in till Västervik. Föreningarna
får tjäna pengar på sin försäljning.

För att det ska bli av behöver vi någon som håller i allt, så vi vill
anställa en ungdom från Gamleby som sommarjobbare i fyra veckor.

Budget:
Lön sommarjobbare 4 veckor     10 000 kr
Arbetsgivaravgifter             3 100 kr
Affischer och annonser          1 100 kr
Hyra scen och ljud                800 kr
Summa                          15 000 kr

Vi söker 15 000 kr.

Mvh
Per Andersson
Torgcaféet, Gamleby
070-174 06 51
"""
    html = (
        '<div style="font-family:Verdana,sans-serif;font-size:10pt">'
        + plain.replace("&", "&amp;").replace("\n\n", "</p><p>").replace("\n", "<br>")
        + "</div>\n"
    )
    html = "<p>" + html + "</p>"
    root = multi(
        "alternative",
        "0000000000005221e7b3f10652a4",
        [text(plain, cte="base64"), text(html, "html", cte="base64")],
    )
    raw = m.render(root)
    return (
        m,
        raw,
        lab(
            "application",
            "sv",
            "01101",
            "Café owner applying for summer square evenings; multipart/alternative with both parts base64. Association false: the applicant is 'jag och några andra företagare' – a business name in the signature is not an applying association or group. Contact true (signer, own address, phone). Activity true (four dated evenings, local music/flea market, keeps people in Gamleby). Anchoring false: nothing about meetings, surveys or partners backing it (associations selling food is part of the plan, not backing). Budget true with four items; it pays a wage and employer's contributions, so salary_costs true. Amount 15 000.",
            contact_name="Per Andersson",
            contact_email="per.andersson@example.com",
            contact_phone="070-174 06 51",
            ort="Gamleby",
            amount_sek=15000,
            women_and_men=None,
            salary_costs=True,
            physical_investment=False,
        ),
    )


@mail
def m5222():
    case = "2026-0024"
    m = Mail(
        5222,
        "sv-ankarsrum-aktiviteten",
        "2026-05-26 19:40:02",
        addr("Sture Karlsson", "sture.karlsson@example.net"),
        addr(BOT_NAME, BOT),
        "Re: Ansökan från Ankarsrums Intresseförening [Idéslanten 2026-0024]",
        "<5222.sture.k.20260526@example.net>",
        irt=rcpt_id(case),
        refs=[MID["ankarsrum"], rcpt_id(case)],
        extra=["X-Mailer: Microsoft Windows Live Mail 16.4.3528.331"],
    )
    m.subject = "Re: " + ew(
        "Ansökan från Ankarsrums Intresseförening [Idéslanten 2026-0024]", "iso-8859-1"
    )
    m.subject_raw = True
    new = """Hej igen !

Arbetsgruppen har nu träffats två gånger och bestämt vad vi vill göra.

Vi ordnar "Ankarsrumskvällar" i Folkets Hus första fredagen i månaden från september till december , alltså fyra kvällar. Varje kväll får ett tema: 1) brukets historia med visning av gamla filmer från fabriken , 2) en föreläsning om att starta och driva företag på landsbygden , 3) en kväll där ungdomarna själva får säga vad som saknas i Ankarsrum och vad de skulle vilja göra , 4) julmarknad med lokala hantverkare. Vi tror att det får folk att träffas över generationerna och att nya idéer för orten kommer fram. Alla är välkomna , män och kvinnor , gamla och unga.

Budgeten återkommer vi med när vi fått in priser från föreläsarna.

Med vänlig hälsning
Sture Karlsson
"""
    rc = receipt(case, ["activity", "budget"], 1)
    body = (
        new
        + "\n\nDen 2026-04-08 kl. 10:23, Idéslanten – Region Kalmar län skrev:\n"
        + quote(rc)
        + "\n"
    ).replace("–", "-")
    raw = m.render(text(body, charset="iso-8859-1", cte="quoted-printable"))
    return (
        m,
        raw,
        lab(
            "followup",
            "sv",
            "01100",
            "Followup to 5216 from the same older writer (iso-8859-1 QP, encoded-word 'Re:' subject), quoting the bot's receipt that asked for activity and budget. New text gives a concrete activity (four themed evenings on the first Friday of Sep–Dec in Folkets Hus, with local purpose), so activity true; budget stays false ('återkommer vi med'). Signed by name from his own address, so contact true. 'män och kvinnor' gives women_and_men true. No amount in the new text.",
            contact_name="Sture Karlsson",
            contact_email="sture.karlsson@example.net",
            ort="Ankarsrum",
            women_and_men=True,
            salary_costs=False,
            physical_investment=False,
        ),
    )


@mail
def m5223():
    m = Mail(
        5223,
        "hembygdsnatverket-utskick-juni",
        "2026-06-03 06:00:00",
        addr("Hembygdsnätverket Kalmar län", "utskick@example.net"),
        "undisclosed-recipients:;",
        "Medlemsutskick juni – sommarens hembygdsdagar",
        "<utskick-2026-06.0603.118@example.net>",
        extra=[
            "Precedence: bulk",
            "List-Unsubscribe: <mailto:utskick-avsluta@example.net>",
            "X-Campaign: juni2026",
        ],
    )
    body = """MEDLEMSUTSKICK JUNI 2026
Hembygdsnätverket Kalmar län

Hej alla hembygdsvänner!

Sommaren är här och hembygdsgårdarna öppnar. Några datum att notera:

  * 6 juni  Nationaldagsfirande på många hembygdsgårdar i länet
  * 14 juni Hembygdsdagen i Högsby med slöjdmarknad
  * 27 juni Midsommarvaka i Kristdala
  * 8 aug   Kulturarvsdag i Borgholm

TIPS OM BIDRAG
Flera medlemsföreningar fick förra året idéslanten från Region Kalmar län
till berättarkvällar och studieresor. Läs mer på regionens webbplats.

MEDLEMSAVGIFTEN
Glöm inte att betala medlemsavgiften för 2026 senast 30 juni.

Du får detta utskick för att din förening är medlem i Hembygdsnätverket.
Vill du inte ha fler utskick, svara med "avsluta" till
utskick-avsluta@example.net.
"""
    raw = m.render(text(body, charset="windows-1252", cte="quoted-printable"))
    return (
        m,
        raw,
        lab(
            "newsletter",
            "sv",
            "00000",
            "Bulk member mailing with Precedence: bulk and a mailto-only List-Unsubscribe but no List-Id, sent to undisclosed-recipients, windows-1252 QP. Mentions idéslanten and several localities, which must not make it a question or application. All facts null, never answered.",
        ),
    )


@mail
def m5224():
    on = orgnr("802330588")
    m = Mail(
        5224,
        "boda-berattarkvallar-affisch",
        "2026-06-09 11:27:45",
        addr("Elin Gustafsson", "elin.gustafsson@example.org"),
        BOT,
        "Berättarkvällar i Böda – idéslanten",
        "<e7c1a9b0-5224-boda@mail.example.org>",
    )
    plain = f"""Hej!

Böda Hembygdsförening (95 medlemmar, org.nr {on}) söker idéslanten för
"Bödakvällar" – fyra berättarkvällar i Böda bygdegård torsdagarna 10 och 24
september och 8 och 22 oktober.

Äldre Bödabor berättar om livet i socknen förr – fisket, sågen, skolan – och
ungdomar från Böda skola filmar och gör korta filmer som sedan visas på
hembygdsgården och läggs ut så att alla kan se dem. Vi vill att unga och
gamla ska mötas och att Bödas historia finns kvar när de som minns den inte
längre finns. Kvällarna är gratis och öppna för alla.

Vi gör det tillsammans med föräldraföreningen på Böda skola och PRO Böda,
som hjälper till att hitta berättare och publik.

Kostnader: lokalhyra 1 200 kr, affischer (se bifogad affisch), fika och
hyra av mikrofoner. Vi söker 4 000 kr.

Hälsningar
Elin Gustafsson
sekreterare Böda Hembygdsförening
070-174 06 27
"""
    html = (
        "<html><body>"
        + "".join(f"<p>{p.replace(chr(10), ' ')}</p>" for p in plain.strip().split("\n\n"))
        + "</body></html>\n"
    )
    poster = png(
        90,
        128,
        [
            (0, 0, 90, 30, (31, 78, 121)),
            (8, 40, 82, 44, (240, 200, 60)),
            (8, 52, 70, 56, (40, 40, 40)),
            (8, 62, 76, 66, (40, 40, 40)),
            (8, 72, 60, 76, (40, 40, 40)),
            (20, 92, 70, 118, (190, 90, 50)),
        ],
        (246, 242, 230),
    )
    alt = multi(
        "alternative",
        "alt-5224-boda-e7c1a9b0",
        [text(plain, cte="quoted-printable"), text(html, "html", cte="quoted-printable")],
    )
    root = multi(
        "mixed",
        "mix-5224-boda-e7c1a9b0",
        [alt, attach(poster, "image/png", "affisch_bodakvallar.png")],
    )
    raw = m.render(root)
    return (
        m,
        raw,
        lab(
            "application",
            "sv",
            "11110",
            "Nested multipart/mixed(alternative + PNG poster image). Association (95 members, org.nr), contact (secretary, phone, own address), activity (four dated storytelling evenings filmed by pupils, clear local purpose) and anchoring (co-organised with the school's parents' association and PRO Böda) are present. Budget false (borderline): only one of four cost items has an amount (lokalhyra 1 200 kr); posters, fika and microphone hire are unpriced and the image is a poster, not a budget – together with the bare 'Vi söker 4 000 kr' this is not an overview budget. amount_sek 4000. 'öppna för alla' is not a gender statement; hiring microphones is not an investment.",
            association_name="Böda Hembygdsförening",
            org_number=on,
            contact_name="Elin Gustafsson",
            contact_email="elin.gustafsson@example.org",
            contact_phone="070-174 06 27",
            members=95,
            ort="Böda",
            amount_sek=4000,
            women_and_men=None,
            salary_costs=False,
            physical_investment=False,
        ),
    )


@mail
def m5225():
    m = Mail(
        5225,
        "phishing-bidrag-bankuppgifter",
        "2026-06-16 03:12:55",
        addr("Region Kalmar Län Utbetalning", "bidrag-utbetalning@example.net"),
        BOT,
        "Ditt bidrag har beviljats - bekräfta bankuppgifter inom 48 timmar",
        "<20260616011255.5225.qXz@bulk7.example.net>",
        extra=["Reply-To: utbetalning.verifiera@example.com", "X-Priority: 1"],
    )
    plain = """Bästa sökande,

Vi är glada att meddela att din ansökan om Bygdepeng 2026 har BEVILJATS med
beloppet 15 000 SEK.

För att utbetalningen ska ske måste du bekräfta dina bankuppgifter inom 48
timmar, annars går bidraget till nästa sökande.

Bekräfta här: https://regionkalmar-utbetalning.example.net/verifiera?id=88120

Med vänlig hälsning
Avdelningen för bidragsutbetalning
Region Kalmar Län
"""
    html = """<html><body style="font-family:Arial">
<p><img src="https://regionkalmar-utbetalning.example.net/logo.png" alt="Region Kalmar Län" width="180"></p>
<p>Bästa sökande,</p>
<p>Vi är glada att meddela att din ansökan om <b>Bygdepeng 2026</b> har <span style="color:green"><b>BEVILJATS</b></span> med beloppet <b>15 000 SEK</b>.</p>
<p>För att utbetalningen ska ske måste du bekräfta dina bankuppgifter inom <b>48 timmar</b>, annars går bidraget till nästa sökande.</p>
<p><a href="https://regionkalmar-utbetalning.example.net/verifiera?id=88120" style="background:#0a5;color:#fff;padding:8px 16px">BEKRÄFTA BANKUPPGIFTER</a></p>
<p>Med vänlig hälsning<br>Avdelningen för bidragsutbetalning<br>Region Kalmar Län</p>
</body></html>
"""
    root = multi(
        "alternative",
        "===============5225771203==",
        [text(plain, cte="base64"), text(html, "html", cte="base64")],
    )
    raw = m.render(root)
    return (
        m,
        raw,
        lab(
            "spam",
            "sv",
            "00000",
            "Phishing that imitates the region: claims the grant was approved and asks for bank details via a link within 48 hours, odd Reply-To, X-Priority 1, sent at 03:12, base64 multipart/alternative. Mentions the grant and 15 000 SEK but is fraud: all facts null, never answered.",
        ),
    )


@mail
def m5226():
    m = Mail(
        5226,
        "figeholm-unga-sommarfest",
        "2026-06-24 23:51:19",
        addr("Alvin Nilsson", "alvin.nilsson@example.com"),
        BOT,
        "sommarfest figeholm",
        MID["figeholm"],
        extra=["X-Mailer: Outlook for Android"],
    )
    body = """tjena!

vi e ett gäng unga i figeholm som kallar oss Figeholm Unga. vi e 12 pers mellan 15 o 22 år o har hållit på sen förra sommaren med typ filmkvällar o städdag i hamnen. ingen registrerad förening men vi har en styrgrupp på 3 pers o en lista på alla som e med.

vi vill köra en sommarfest för alla unga i figeholm lördag 15 augusti på hamnplan kl 18-23, med dj, grill o lite tävlingar. de finns typ inget för unga att göra här på sommaren o många drar in till oskarshamn, vi vill visa att de går att ha kul i byn så folk vill bo kvar. tjejer o killar, alla e välkomna, även äldre om dom vill lol

vi var på Figeholms båtklubbs möte i maj o dom röstade ja till att låna ut klubbstugan o toaletterna gratis, o två fritidsledare från fritidsgården kommer o hjälper till

budget:
dj 3000
hyra ljud o ljus 2000
korv, bröd o dricka 1500
= 6500 kr

/Alvin Nilsson (19)
070 174 06 95

Skickat från Outlook för Android
"""
    raw = m.render(text(body, cte="8bit"))
    return (
        m,
        raw,
        lab(
            "application",
            "sv",
            "11111",
            "Youth writer, all lower case, slang and no punctuation, Outlook for Android, 8bit utf-8. Borderline association: 'Figeholm Unga' is not registered, but it is named, has 12 people with a steering group of three and a member list, and has run activities since last summer – named group plus something about it, so true, members 12. Anchoring thin but real: the boat club's meeting voted to lend its clubhouse and two youth leaders will help. Activity dated with a local purpose; budget three items = 6 500 kr; 'tjejer o killar' gives women_and_men true; DJ fee is not salary, hired sound is not an investment.",
            association_name="Figeholm Unga",
            contact_name="Alvin Nilsson",
            contact_email="alvin.nilsson@example.com",
            contact_phone="070 174 06 95",
            members=12,
            ort="Figeholm",
            amount_sek=6500,
            women_and_men=True,
            salary_costs=False,
            physical_investment=False,
        ),
    )


@mail
def m5227():
    case = "2026-0031"
    m = Mail(
        5227,
        "re-pataholm-inget-nytt-ipad",
        "2026-07-02 08:06:31",
        addr("Pataholms vänner", "pataholms.vanner@example.com"),
        addr(BOT_NAME, BOT),
        "Re: idéslanten – Hamndagen i Pataholm 18 juli [Idéslanten 2026-0031]",
        "<1B0E7F3A-5227-4C2D-8E61-PATAHOLM@example.com>",
        irt=rcpt_id(case),
        refs=[MID["pataholm"], rcpt_id(case)],
        extra=["X-Mailer: iPad Mail (22F76)"],
    )
    rc = receipt(case, ["contact"])
    body = (
        "Hej! Tack för svaret. Vi ska prata ihop oss om vem som blir kontaktperson, men de flesta är bortresta nu så det blir nog efter Hamndagen. Hoppas det går bra ändå.\n\nHälsningar Ulla & Kjell\nPataholms vänner\n\nSkickat från min iPad\n\n> 4 maj 2026 kl. 20:16 skrev Idéslanten – Region Kalmar län <ideslanten@example.se>:\n> \n"
        + quote(rc)
        + "\n"
    )
    raw = m.render(text(body, cte="quoted-printable"))
    return (
        m,
        raw,
        lab(
            "followup",
            "sv",
            "00000",
            "iPad (Apple Mail) followup to 5219 quoting the receipt that asked for a contact person. It supplies nothing: it only promises a contact later, from the shared mailbox, signed 'Ulla & Kjell' without surnames – contact still false, all elements false. The quoted receipt's guidance lines must not count. Facts: only the group name and ort are stated.",
            association_name="Pataholms vänner",
            ort="Pataholm",
            salary_costs=False,
            physical_investment=False,
        ),
    )


@mail
def m5228():
    on = orgnr("802250133")
    m = Mail(
        5228,
        "sodra-vi-studieresa-docx",
        "2026-07-20 10:31:04",
        addr("Anna-Karin Eriksson", "annakarin.eriksson@example.net"),
        BOT,
        "Ansökan idéslanten Södra Vi – studieresa 19 september",
        MID["sodravi"],
    )
    plain = """Hej!

Här kommer Södra Vi Bygdeförenings ansökan om idéslanten för en
studieresa i september. Själva ansökan finns i bifogat Word-dokument.

Mvh
Anna-Karin Eriksson
ordförande Södra Vi Bygdeförening
070-174 06 71
"""
    html = (
        "<div>"
        + plain.replace("\n\n", "</div><div><br></div><div>").replace("\n", "<br>")
        + "</div>\n"
    )
    doc, dtexts = docx(
        [
            ("h", "Ansökan om idéslanten 2026"),
            (
                "table",
                [
                    ["Sökande", "Södra Vi Bygdeförening"],
                    ["Org.nr", on],
                    ["Medlemmar", "120"],
                    [
                        "Kontaktperson",
                        "Anna-Karin Eriksson, 070-174 06 71, annakarin.eriksson@example.net",
                    ],
                ],
            ),
            ("h", "Aktivitet"),
            "Lördagen den 19 september gör vi en studieresa med buss till två orter i Kinda kommun som har lyckats behålla sin skola och sin affär genom bygdens eget engagemang. Vi träffar byaföreningarna där och får höra hur de organiserat sig. På kvällen samlas vi i Södra Vi bygdegård och diskuterar vad vi kan ta med oss hem, särskilt när det gäller skolan och bostäder för barnfamiljer.",
            ("h", "Förankring"),
            "Resan beslutades på medlemsmötet den 14 juni. 31 personer har redan anmält sig, och Södra Vi IF och företagarföreningen i Södra Vi åker med och delar på planeringen.",
            ("h", "Budget"),
            (
                "table",
                [
                    ["Post", "Belopp"],
                    ["Bussresa", "9 000 kr"],
                    ["Guidning/föredrag på plats", "1 500 kr"],
                    ["Fika", "1 000 kr"],
                    ["Lunch", "deltagarna betalar själva"],
                    ["Summa", "11 500 kr"],
                ],
            ),
        ]
    )
    alt = multi(
        "alternative",
        "Apple-Mail=_alt_5228_4B8D2F6E",
        [text(plain, cte="quoted-printable"), text(html, "html", cte="quoted-printable")],
    )
    root = multi(
        "mixed",
        "Apple-Mail=_mix_5228_4B8D2F6E",
        [
            alt,
            attach(
                doc,
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                "Ansökan Södra Vi.docx",
                dtexts,
            ),
        ],
    )
    raw = m.render(root)
    return (
        m,
        raw,
        lab(
            "application",
            "sv",
            "11111",
            "Complete application with the content in a .docx whose facts sit in two tables (applicant/org.nr/members/contact and the budget); the body is a short covering note in multipart/alternative. Activity: dated study trip to two villages that kept school and shop plus an evening debrief at home. Anchoring: decided at a members' meeting, 31 sign-ups, two local associations share the planning. Budget 9 000 + 1 500 + 1 000 = 11 500 kr (lunch self-paid, no amount, does not break it). members 120; no gender statement.",
            association_name="Södra Vi Bygdeförening",
            org_number=on,
            contact_name="Anna-Karin Eriksson",
            contact_email="annakarin.eriksson@example.net",
            contact_phone="070-174 06 71",
            members=120,
            ort="Södra Vi",
            amount_sek=11500,
            women_and_men=None,
            salary_costs=False,
            physical_investment=False,
        ),
    )


@mail
def m5229():
    m = Mail(
        5229,
        "ndr-figeholm-user-unknown",
        "2026-08-05 09:40:19",
        addr("Microsoft Outlook", "postmaster@example.se"),
        addr("Landsbygdsutvecklare Region Kalmar län", OFFICER),
        "Kan inte levereras: SV: sommarfest figeholm",
        "<5229.ndr.AM0PR09MB4411@eur.example.se>",
        extra=["Auto-Submitted: auto-replied", "X-MS-Exchange-Message-Is-Ndr: "],
    )
    human = """Det gick inte att leverera meddelandet till de här mottagarna eller grupperna:

alvin.nilson@example.com
Det gick inte att hitta e-postadressen som du angav. Kontrollera
mottagarens e-postadress och försök skicka meddelandet igen.

Diagnostisk information för administratörer:

Genererande server: AM0PR09MB4411.eurprd09.prod.example.se

alvin.nilson@example.com
Fjärrserver returnerade '550 5.1.1 <alvin.nilson@example.com>: Recipient
address rejected: User unknown'
"""
    status = """Reporting-MTA: dns;AM0PR09MB4411.eurprd09.prod.example.se
Received-From-MTA: dns;AM0PR09MB4411.eurprd09.prod.example.se
Arrival-Date: Wed, 5 Aug 2026 07:40:11 +0000

Final-Recipient: rfc822;alvin.nilson@example.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp;550 5.1.1 <alvin.nilson@example.com>: Recipient address
 rejected: User unknown
Remote-MTA: dns;mx.example.com
"""
    inner_body = """Hej Alvin!

Tack för er ansökan om idéslanten till sommarfesten i Figeholm. Ansökan är
beviljad med 6 500 kr. Skicka gärna en kort redovisning med några bilder
efter festen.

Lycka till den 15 augusti!

Hälsningar
Landsbygdsutvecklaren, Region Kalmar län
"""
    inner = (
        "From: " + addr("Landsbygdsutvecklare Region Kalmar län", OFFICER) + "\n"
        'To: "alvin.nilson@example.com" <alvin.nilson@example.com>\n'
        "Subject: SV: sommarfest figeholm\n"
        "Date: Wed, 5 Aug 2026 09:40:11 +0200\n"
        "Message-ID: <AM0PR09MB4411.5229@eur.example.se>\n"
        f"In-Reply-To: {MID['figeholm']}\n"
        f"References: {MID['figeholm']}\n"
        "MIME-Version: 1.0\n"
        'Content-Type: text/plain; charset="utf-8"\n'
        "Content-Transfer-Encoding: quoted-printable\n\n"
    ).encode("ascii") + quopri.encodestring(inner_body.encode("utf-8"))
    p1 = text(human, cte="quoted-printable")
    p2 = Part(["Content-Type: message/delivery-status"], status.encode("ascii"), [status])
    p3 = Part(["Content-Type: message/rfc822"], inner, [inner_body])
    root = multi("report", "_000_5229ndrAM0PR09MB4411_", [p1, p2, p3])
    root.headers = [
        'Content-Type: multipart/report; report-type=delivery-status;\n boundary="_000_5229ndrAM0PR09MB4411_"'
    ]
    raw = m.render(root)
    return (
        m,
        raw,
        lab(
            "bounce",
            "sv",
            "00000",
            "Exchange-style NDR in Swedish (multipart/report with message/delivery-status and the full returned message/rfc822): the officer's approval of 5226 went to a misspelt address (nilson for nilsson), 550 5.1.1 user unknown. The returned message carries In-Reply-To/References to the Figeholm application and the amount 6 500 kr, but this is a machine bounce: no facts, never answered.",
        ),
    )


@mail
def m5230():
    m = Mail(
        5230,
        "blomstermala-pro-digitala-vardagen",
        "2026-08-12 15:04:52",
        addr("PRO Blomstermåla", "pro.blomstermala@example.org"),
        BOT,
        "Digitala vardagen – ansökan till idéslanten",
        MID["blomstermala"],
    )
    plain = """Hej!

PRO Blomstermåla har ca 150 medlemmar i Blomstermåla med omnejd och vi vill
söka idéslanten för "Digitala vardagen" – sex träffar på tisdagar i oktober
och november (6/10–10/11) kl 14–16 i Folkets hus. En cirkelledare lär ut
BankID, Swish, 1177 och hur man handlar och beställer resor på nätet. Sedan
banken och apoteket stängt måste äldre klara vardagen digitalt för att
kunna bo kvar i Blomstermåla. Träffarna är öppna även för den som inte är
medlem, kvinnor som män.

Vi samarbetar med biblioteket i Blomstermåla som lånar ut datorer och
surfplattor under träffarna, och studieförbundet hjälper oss att hitta en
cirkelledare.

Kostnaden beräknas till ca 8 000 kr.

Med vänlig hälsning
Styrelsen PRO Blomstermåla
""".replace("–", "-")
    html = (
        '<html><body><font face="Arial" size="2">'
        + plain.replace("\n\n", "<br><br>\n").replace("\n", " ")
        + "</font></body></html>\n"
    )
    root = multi(
        "alternative",
        "=_5230_pro_blomstermala_alt",
        [
            text(plain, charset="iso-8859-1", cte="quoted-printable"),
            text(html, "html", charset="iso-8859-1", cte="quoted-printable"),
        ],
    )
    raw = m.render(root)
    return (
        m,
        raw,
        lab(
            "application",
            "sv",
            "10110",
            "Pensioners' association, multipart/alternative in iso-8859-1 QP from a shared mailbox signed 'Styrelsen', so contact false. Association true ('ca 150 medlemmar' = 150, no org.nr). Activity true (six dated afternoons teaching BankID/Swish/1177, so older people can stay in the village). Anchoring true: concrete cooperation with the local library (lends computers) and the study association. Budget false: 'ca 8 000 kr' is a single rough figure, read as amount_sek 8000. 'kvinnor som män' gives women_and_men true; the circle leader's fee is not salary.",
            association_name="PRO Blomstermåla",
            members=150,
            ort="Blomstermåla",
            amount_sek=8000,
            women_and_men=True,
            salary_costs=False,
            physical_investment=False,
        ),
    )


@mail
def m5231():
    m = Mail(
        5231,
        "fraga-paskallavik-hjartstartare",
        "2026-08-25 17:22:06",
        addr("Britt Sjögren", "britt.sjogren@example.se"),
        BOT,
        "Hjärtstartare?",
        "<PAXP5231brittSj0g@eur.example.se>",
        extra=["X-Mailer: Outlook for Android"],
    )
    body = """Hej, kan vi i Påskallaviks Byalag söka idéslanten för att köpa en hjärtstartare till hamnen? Det har hänt att folk fått hjärtstopp vid bryggan och ambulansen tar lång tid hit. En kostar ca 18 000 kr med skåp. Och när är sista dag att söka i år?

Mvh Britt Sjögren
Påskallaviks Byalag

Skaffa Outlook för Android
"""
    raw = m.render(text(body, cte="base64"))
    return (
        m,
        raw,
        lab(
            "question",
            "sv",
            "00000",
            "Question from a phone (base64 utf-8): may the byalag use the grant to buy a defibrillator for the harbour, and what is the deadline. Nothing is applied for; the proposed purchase is equipment, so physical_investment true even for a question, salary null. The ~18 000 kr is the price of the device, not an amount applied for, so amount_sek null. Sender, association and ort Påskallavik recorded.",
            association_name="Påskallaviks Byalag",
            contact_name="Britt Sjögren",
            contact_email="britt.sjogren@example.se",
            ort="Påskallavik",
            physical_investment=True,
        ),
    )


@mail
def m5232():
    m = Mail(
        5232,
        "jarnforsen-hostmarknad",
        "2026-09-03 07:12:44",
        addr("Lena Pettersson", "lena.pettersson@example.net"),
        BOT,
        "Höstmarknad i Järnforsen",
        "<5232.lenap.0903@example.net>",
    )
    body = """Hej!

Jag och min granne Eva vill ordna en höstmarknad i Järnforsen lördag den 10
oktober kl 10–15 på skolgården. Lokala producenter – honung, ägg, kött,
hantverk – får ställa ut och sälja gratis, och kl 13 blir det en föreläsning
om närproducerad mat och hur man kan starta en REKO-ring här i trakten.

Sedan affären lade ner måste alla åka till Hultsfred för att handla, och vi
tror att det finns ett stort behov av något sånt här. Vi vill att det ska
bli en mötesplats för alla i byn.

Budget
Hyra tält                                2 000 kr
Föreläsare                               2 500 kr
Annonser i lokaltidningen och affischer  1 000 kr
Hyra av bajamajor                        1 500 kr
Totalt                                   7 000 kr

Hälsningar
Lena Pettersson
Järnforsen
tel 070-174 06 19
"""
    raw = m.render(text(body, cte="base64"))
    return (
        m,
        raw,
        lab(
            "application",
            "sv",
            "01101",
            "Two neighbours applying as private persons (base64 utf-8). Association false: 'jag och min granne Eva' is no association or named group. Contact true: signer from own address with phone. Activity true: dated autumn market for local producers plus a talk on starting a local food ring. Anchoring false: the closed shop and 'vi tror att det finns ett stort behov' describe a need, not backing. Budget true: four items totalling 7 000 kr. No gender statement ('alla i byn').",
            contact_name="Lena Pettersson",
            contact_email="lena.pettersson@example.net",
            contact_phone="070-174 06 19",
            ort="Järnforsen",
            amount_sek=7000,
            women_and_men=None,
            salary_costs=False,
            physical_investment=False,
        ),
    )


@mail
def m5233():
    case = "2026-0047"
    m = Mail(
        5233,
        "sv-blomstermala-budget-xlsx",
        "2026-09-14 10:18:27",
        addr("PRO Blomstermåla", "pro.blomstermala@example.org"),
        BOT,
        "SV: Digitala vardagen – ansökan till idéslanten [Idéslanten 2026-0047]",
        "<5233.pro.blomstermala.0914@webmail.example.org>",
        irt=rcpt_id(case),
        refs=[MID["blomstermala"], rcpt_id(case)],
        extra=["X-Mailer: Microsoft Outlook 14.0"],
    )
    rc = receipt(case, ["contact", "budget"])
    body = f"""Hej!

Här kommer kompletteringen. Vår kontaktperson för Digitala vardagen är
Göran Lund (kassör), tel 070-174 06 49, goran.lund@example.org.

Budgeten bifogas som Excel-fil, totalt 7 000 kr – lite lägre än vi först
trodde eftersom biblioteket lånar ut datorerna gratis.

Hälsningar
PRO Blomstermåla / Göran

-----Ursprungligt meddelande-----
Från: Idéslanten – Region Kalmar län [mailto:ideslanten@example.se]
Skickat: den 12 augusti 2026 15:05
Till: PRO Blomstermåla
Ämne: Re: Digitala vardagen – ansökan till idéslanten [Idéslanten {case}]

{rc}
"""
    data, xtexts = xlsx(
        [
            ["Post", "Kronor"],
            ["Cirkelledare, arvode 6 x 600 kr", 3600],
            ["Lokalhyra Folkets hus 6 x 300 kr", 1800],
            ["Fika", 1200],
            ["Utskrifter och material", 400],
            ["Summa", ("=", "SUM(B2:B5)", 7000)],
        ],
        sheet="Digitala vardagen",
    )
    root = multi(
        "mixed",
        "----=_NextPart_000_0012_01DD2441.5233",
        [
            text(body, cte="quoted-printable"),
            attach(
                data,
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                "Budget digitala vardagen.xlsx",
                xtexts,
            ),
        ],
    )
    raw = m.render(root)
    return (
        m,
        raw,
        lab(
            "followup",
            "sv",
            "01001",
            "Followup to 5230 in the old Outlook style ('-----Ursprungligt meddelande-----' with the receipt unprefixed below it). From the shared mailbox, but the new text names Göran Lund with phone and his own e-mail as contact person, so contact true. Budget true from the .xlsx (four items, SUM formula 7 000 kr), amount_sek 7000. The receipt's guidance lines below the separator are quoted and do not count.",
            association_name="PRO Blomstermåla",
            contact_name="Göran Lund",
            contact_email="goran.lund@example.org",
            contact_phone="070-174 06 49",
            ort="Blomstermåla",
            amount_sek=7000,
            salary_costs=False,
            physical_investment=False,
        ),
    )


@mail
def m5234():
    on = orgnr("802104327")
    m = Mail(
        5234,
        "kopingsvik-motesplats-vinter",
        "2026-09-22 21:37:15",
        addr("Hans Berglund", "hans.berglund@example.se"),
        BOT,
        "Idéslanten – Mötesplats Köpingsvik",
        MID["kopingsvik"],
    )
    body = f"""Hej,

Köpingsviks Byalag (org.nr {on}) söker härmed idéslanten för 2026.
Byalaget har 210 medlemmar, både åretruntboende och fritidsboende.

När turisterna åkt hem blir Köpingsvik väldigt tomt, och vi vill att byn
inte ska dö under vintern. Därför vill vi ha träffar i bygdegården varannan
vecka under vinterhalvåret (november–mars) med föreläsare eller kurser av
olika slag. Exakt vilka är inte bestämt än.

På årsmötet den 28 augusti beslutade vi att söka, och 14 personer anmälde
sig till en arbetsgrupp som ska hålla i träffarna.

Budget:
Lokalhyra                        4 000 kr
Fika                             2 000 kr
Föreläsare/kursledare            6 000 kr
Summa                           12 000 kr

Hälsningar
Hans Berglund
vice ordf. Köpingsviks Byalag
070-174 06 33
"""
    raw = m.render(text(body, cte="8bit"))
    return (
        m,
        raw,
        lab(
            "application",
            "sv",
            "11011",
            "Borderline activity, labelled false: place and rough timing are given (bygdegården, every other week Nov–Mar) and the purpose is stated, but the content is 'föreläsare eller kurser av olika slag, exakt vilka är inte bestämt' – a strict officer cannot tell what will be done. Anchoring true (annual meeting decision, 14 volunteers in a working group); budget true (three items, 12 000 kr); association with org.nr and 210 members; contact vice chair with phone. Plain 8bit utf-8.",
            association_name="Köpingsviks Byalag",
            org_number=on,
            contact_name="Hans Berglund",
            contact_email="hans.berglund@example.se",
            contact_phone="070-174 06 33",
            members=210,
            ort="Köpingsvik",
            amount_sek=12000,
            women_and_men=None,
            salary_costs=False,
            physical_investment=False,
        ),
    )


@mail
def m5235():
    on = orgnr("802522314")
    m = Mail(
        5235,
        "fliseryd-lasecirkel-forfattarkvall",
        "2026-10-01 14:02:50",
        addr("Margareta Ekdahl", "margareta.ekdahl@example.com"),
        BOT,
        "Författarkväll i Fliseryd",
        "<5235.mekdahl.1001.AE3F@example.com>",
    )
    body = f"""Hej!

Vi är Fliseryds Läsecirkel, nio medlemmar som har träffats varannan vecka
sedan 2016 och sedan förra året är en ideell förening (org.nr {on}).

Torsdagen den 12 november kl. 19 vill vi bjuda in en författare som skriver
om Småland och Kalmar län till en öppen författarkväll i biblioteket i
Fliseryd. Det blir uppläsning och samtal, och efteråt kan alla som vill vara
med och starta en ny läsecirkel. Vi vill att biblioteket ska fortsätta vara
en mötesplats i Fliseryd och att fler ska hitta dit.

Biblioteket lånar ut lokalen gratis och sätter upp affischer.

Budgeten bifogas. Vi söker 5 500 kr.

Vänliga hälsningar
Margareta Ekdahl
ordförande Fliseryds Läsecirkel
tel 070-174 06 82
"""
    raw = m.render(text(body, charset="iso-8859-1", cte="quoted-printable"))
    return (
        m,
        raw,
        lab(
            "application",
            "sv",
            "11110",
            "Small reading circle (nine members – below the rule's 10, which shows in members 9 but is not an element) applying for an author evening at the village library. Association, contact, dated activity with local purpose present; anchoring thin but real: the library lends the room free and puts up posters (a concrete local partner), so true. Budget false: 'Budgeten bifogas' but the mail has no attachment at all, leaving only the bare 'Vi söker 5 500 kr' (amount_sek 5500). iso-8859-1 QP.",
            association_name="Fliseryds Läsecirkel",
            org_number=on,
            contact_name="Margareta Ekdahl",
            contact_email="margareta.ekdahl@example.com",
            contact_phone="070-174 06 82",
            members=9,
            ort="Fliseryd",
            amount_sek=5500,
            women_and_men=None,
            salary_costs=False,
            physical_investment=False,
        ),
    )


@mail
def m5236():
    on = orgnr("802476621")
    m = Mail(
        5236,
        "edsbruk-foreningsmassa-html",
        "2026-10-14 09:26:38",
        addr("Edsbruks Samhällsförening", "edsbruks.samhallsforening@example.org"),
        BOT,
        "Ansökan – Föreningsmässa i Edsbruk",
        "<5236.edsbruk.1014.sf@example.org>",
    )
    plain = f"""Hej!

Edsbruks Samhällsförening, org.nr {on}, har 76 medlemmar och arbetar för
att Edsbruk ska vara en bra plats att bo på.

Vi vill ordna en föreningsmässa i Edsbruks bygdegård lördagen den 21
november kl 11–15. Alla föreningar i Edsbruk får ett bord och visar upp sin
verksamhet för nyinflyttade och andra som vill engagera sig. Kl 12 håller
en inbjuden föreläsare ett föredrag om ideellt engagemang på landsbygden,
och vi bjuder på soppa. Målet är att fler ska hitta in i föreningslivet så
att föreningarna överlever och de nya trivs och stannar.

Många nyinflyttade har frågat hur man kommer in i föreningslivet här, och
vi är säkra på att mässan kommer att bli mycket uppskattad.

Budget
Föreläsare, arvode     3 500 kr
Lokalhyra              1 500 kr
Soppa och bröd         2 000 kr
Trycksaker             1 000 kr
Summa                  8 000 kr

Med vänlig hälsning
Styrelsen
Edsbruks Samhällsförening
"""
    rows = [
        ("Föreläsare, arvode", "3 500 kr"),
        ("Lokalhyra", "1 500 kr"),
        ("Soppa och bröd", "2 000 kr"),
        ("Trycksaker", "1 000 kr"),
        ("<b>Summa</b>", "<b>8 000 kr</b>"),
    ]
    head, _, tail = plain.partition("Budget\n")
    tail_sign = tail.split("\n\n", 1)[1]
    html = (
        '<html><body style="font-family:Georgia,serif">'
        + "".join(f"<p>{p.replace(chr(10), ' ')}</p>" for p in head.strip().split("\n\n"))
        + '<p><b>Budget</b></p><table style="border:1px solid #999">'
        + "".join(f'<tr><td>{a}</td><td style="text-align:right">{b}</td></tr>' for a, b in rows)
        + "</table>"
        + "<p>"
        + tail_sign.strip().replace("\n", "<br>")
        + "</p></body></html>\n"
    )
    root = multi(
        "alternative",
        "--=_Part_5236_edsbruk",
        [text(plain, cte="quoted-printable"), text(html, "html", cte="quoted-printable")],
    )
    raw = m.render(root)
    return (
        m,
        raw,
        lab(
            "application",
            "sv",
            "10101",
            "multipart/alternative where the HTML part renders the budget as a table. Association true (org.nr, 76 members), activity true (dated association fair with a talk, aimed at getting newcomers into local associations), budget true (four items, 8 000 kr). Contact false: shared association mailbox signed 'Styrelsen'. Anchoring false (borderline): newcomers having asked and 'vi är säkra på att mässan kommer att bli mycket uppskattad' is a described need and a hope; no meeting, survey, partner or volunteer backing is stated (the other associations are invited guests, not stated partners).",
            association_name="Edsbruks Samhällsförening",
            org_number=on,
            members=76,
            ort="Edsbruk",
            amount_sek=8000,
            women_and_men=None,
            salary_costs=False,
            physical_investment=False,
        ),
    )


@mail
def m5237():
    case = "2026-0053"
    m = Mail(
        5237,
        "sv-kopingsvik-programmet-galaxy",
        "2026-10-27 12:41:09",
        addr("Hans Berglund", "hans.berglund@example.se"),
        BOT,
        "Sv: Idéslanten – Mötesplats Köpingsvik [Idéslanten 2026-0053]",
        "<5237.hberglund.Galaxy.1027@mail.example.se>",
        irt=rcpt_id(case),
        refs=[MID["kopingsvik"], rcpt_id(case)],
    )
    rc = receipt(case, ["activity"], 1)
    body = f"""Hej! Nu har arbetsgruppen bestämt vintern, allt i bygdegården kl 18.30:
- 12 nov föreläsning om att driva företag året runt på Öland
- 26 nov byakväll med soppa där vi planerar vårens arbetsdagar i hamnen
- 10 dec julpyssel där barnfamiljer och äldre gör saker tillsammans
- jan-mars varannan torsdag kurs i mobilfoto och sociala medier för byns företag och föreningar (6 ggr) med inhyrd kursledare
Poängen är att fler ska kunna bo kvar året runt och att åretrunt- och fritidsboende lär känna varandra.
/Hans Berglund

Skickat från min Galaxy


-------- Originalmeddelande --------
Från: Idéslanten – Region Kalmar län <ideslanten@example.se>
Datum: 2026-09-22 21:38 (GMT+02:00)
Till: hans.berglund@example.se
Ämne: Re: Idéslanten – Mötesplats Köpingsvik [Idéslanten {case}]

{rc}
"""
    raw = m.render(text(body, cte="base64"))
    return (
        m,
        raw,
        lab(
            "followup",
            "sv",
            "01100",
            "Samsung phone followup to 5234 (base64 utf-8, 'Sv:' subject, '-------- Originalmeddelande --------' quoting the receipt that asked for the activity). The new text lists dated evenings with content and a stated local purpose, so activity true; signed by name from his own address, so contact true. Nothing else new; no amounts in the new text.",
            contact_name="Hans Berglund",
            contact_email="hans.berglund@example.se",
            ort="Köpingsvik",
            salary_costs=False,
            physical_investment=False,
        ),
    )


@mail
def m5238():
    m = Mail(
        5238,
        "ruda-vavstugan-kvinnor-html",
        "2026-11-10 19:55:30",
        addr("Vävstugan i Ruda", "vavstugan.ruda@example.net"),
        BOT,
        "Vävkurs i Ruda - ansökan idéslanten",
        "<5238.vavstugan.ruda.1110@example.net>",
    )
    html = """<html><head><meta charset="utf-8"></head><body>
<div style="font-family:'Comic Sans MS',sans-serif;color:#552255">
<p>Hej!</p>
<p>Vi är Vävstugan i Ruda, en studiecirkel som blivit en liten förening. Vi är 14 medlemmar och har vävt tillsammans i gamla skolan i Ruda sedan 2009.</p>
<p>I vinter vill vi ha en vävkurs för traktens kvinnor med en väverska från Ålem, fyra lördagar: 21 och 28 november samt 5 och 12 december kl 10-15. Vi ska lära oss väva trasmattor och handdukar efter gamla mönster från Ruda och Högsby socken. Det håller hantverket levande och det blir en mötesplats för kvinnor i alla åldrar här i byn, många bor ensamma.</p>
<p>Ruda byalag upplåter lokalen i gamla skolan till oss utan kostnad och vi visar upp det vi vävt på byalagets julmarknad.</p>
<p><u>Budget</u><br>
Arvode väverska 4 x 2 000 kr = 8 000 kr<br>
Garn och varp 2 500 kr<br>
Lokal 0 kr<br>
Summa 10 500 kr</p>
<p>Varma hälsningar<br>Birgitta<br>Vävstugan i Ruda</p>
</div></body></html>
"""
    raw = m.render(text(html, "html", cte="base64"))
    return (
        m,
        raw,
        lab(
            "application",
            "sv",
            "10111",
            "HTML-only mail, base64 utf-8, from the group's shared mailbox. Association true: named study circle turned small association, 14 members, since 2009. Contact false: signed only 'Birgitta' from a shared mailbox, no surname or phone. Activity true (four dated Saturdays with a weaver, local craft and meeting place); anchoring true (the byalag lends the old school and hosts the display at its Christmas market); budget true (items, 10 500 kr). Targets 'traktens kvinnor' only, so women_and_men false (eligibility issue, not an element). Yarn is a consumable; the weaver's fee is not salary.",
            association_name="Vävstugan i Ruda",
            members=14,
            ort="Ruda",
            amount_sek=10500,
            women_and_men=False,
            salary_costs=False,
            physical_investment=False,
        ),
    )


@mail
def m5239():
    m = Mail(
        5239,
        "fwd-tuna-bygdegard-budget-senare",
        "2026-11-24 08:33:52",
        addr("Åsa Lindberg", "asa.lindberg@example.com"),
        BOT,
        "Fwd: Ansökan idéslanten Tuna bygdegård",
        "<CAOq5239asaLfwd=Tuna@mail.example.com>",
    )
    body = """Hej!

Vidarebefordrar vår sekreterares text som vår ansökan, hon kommer inte åt
föreningens mejl just nu. Budget kommer senare när vi vet vad det kostar.

Mvh Åsa Lindberg
ordförande Tuna Bygdegårdsförening
070-174 06 58

---------- Forwarded message ---------
Från: Ingrid Svahn <ingrid.svahn@example.com>
Date: sön 22 nov. 2026 kl 20:11
Subject: Ansökan idéslanten Tuna bygdegård
To: Åsa Lindberg <asa.lindberg@example.com>


Hej Åsa, här är texten till ansökan:

Tuna Bygdegårdsförening bildades 1948 och har 67 medlemmar. Bygdegården är
den enda samlingslokalen i Tuna socken sedan skolan stängde, och vi vill att
den ska användas mer.

Vi vill ordna träffar av olika slag under nästa år så att fler hittar till
bygdegården och bygden håller ihop, till exempel något för barnfamiljerna
och något för de äldre.

I september gjorde vi en enkät bland medlemmarna. 48 svarade och de flesta
ville ha fler träffar i bygdegården, gärna på helgerna.

/Ingrid
"""
    raw = m.render(text(body, cte="quoted-printable"))
    return (
        m,
        raw,
        lab(
            "application",
            "sv",
            "11010",
            "Forwarded application (Gmail 'Forwarded message' block): the forwarded text is offered as the application itself, so it counts as the mail's own text. Association true (founded 1948, 67 members), contact true (the forwarding chair signs with phone from her own address), anchoring true (member survey with 48 answers). Activity false: 'träffar av olika slag ... något för barnfamiljerna och något för de äldre' is a vague wish. Budget false: 'Budget kommer senare'. No amount anywhere, so amount_sek null.",
            association_name="Tuna Bygdegårdsförening",
            contact_name="Åsa Lindberg",
            contact_email="asa.lindberg@example.com",
            contact_phone="070-174 06 58",
            members=67,
            ort="Tuna",
            amount_sek=None,
            women_and_men=None,
            salary_costs=False,
            physical_investment=False,
        ),
    )


@mail
def m5240():
    m = Mail(
        5240,
        "hjorted-byamote-utan-namn",
        "2026-12-08 22:14:03",
        addr("Bo Ek", "bo.ek@example.net"),
        BOT,
        "idéslanten nästa år",
        "<5240.boek.1208@example.net>",
    )
    body = """hej
vi i Hjorted vill söka idéslanten till nästa år. på byamötet 29 november röstade alla 23 som var där för att vi ska söka och att pengarna ska gå till någon form av aktivitet för byn nästa år.
budget: hyra av bygdegården 3000, föreläsare 5000, fika 1000, summa 9000
"""
    raw = m.render(text(body, charset="windows-1252", cte="8bit"))
    return (
        m,
        raw,
        lab(
            "application",
            "sv",
            "00011",
            "Terse application without greeting or signature, 8bit windows-1252. Association false ('vi i Hjorted' names no group). Contact false: no signature, the name appears only in the From header. Activity false: 'någon form av aktivitet för byn'. Anchoring true: a dated village meeting where all 23 present voted to apply (attendance, not members). Budget true: three items with amounts in prose, summa 9 000 kr = amount_sek.",
            ort="Hjorted",
            amount_sek=9000,
            women_and_men=None,
            salary_costs=False,
            physical_investment=False,
        ),
    )


# ===========================================================================
# MAILS-END (new mails go above this line)
# ===========================================================================

ADDR_RE = re.compile(r"[A-Za-z0-9._%+=-]+@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,})")


def domain_ok(dom: str) -> bool:
    dom = dom.lower()
    return any(dom == d or dom.endswith("." + d) for d in ALLOWED_DOMAINS)


def check(built: list[tuple[Mail, bytes, dict]]) -> list[str]:
    errors: list[str] = []
    labels = json.loads((OUT / "labels.json").read_text(encoding="utf-8"))
    files = sorted(p.name for p in OUT.glob("*.eml"))
    if sorted(labels) != files:
        errors.append("labels.json keys do not match the files")
    app_ids: dict[str, str] = {}
    prev = None
    nums = []
    for m, raw, lb in built:
        name = m.name
        nums.append(m.num)
        if not re.fullmatch(r"\d{4}-[a-z0-9]+(?:-[a-z0-9]+)*\.eml", name):
            errors.append(f"{name}: bad file name")
        if b"\r" in raw:
            errors.append(f"{name}: CR in file")
        disk = (OUT / name).read_bytes()
        if disk != raw:
            errors.append(f"{name}: file differs from build")
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        malformed = lb["notes"].startswith("Malformed:")
        defects = list(msg.defects)
        for _k, v in msg.items():
            defects.extend(getattr(v, "defects", ()))
        for part in msg.walk():
            defects.extend(part.defects)
            if not part.is_multipart():
                try:
                    part.get_content()
                except Exception as exc:  # noqa: BLE001
                    defects.append(exc)
        if defects and not malformed:
            errors.append(f"{name}: defects {defects}")
        d = email.utils.parsedate_to_datetime(msg["Date"])
        if d.year != 2026:
            errors.append(f"{name}: date not in 2026")
        if prev and d <= prev:
            errors.append(f"{name}: Date not after previous file")
        prev = d
        if msg["Message-ID"] != m.mid:
            errors.append(f"{name}: Message-ID mismatch")
        if lb["kind"] == "application":
            app_ids[m.mid] = name
        # label schema
        if set(lb) != {"kind", "language", "elements", "facts", "notes"}:
            errors.append(f"{name}: label fields")
        if set(lb["elements"]) != set(ELEMENT_KEYS) or set(lb["facts"]) != set(FACT_KEYS):
            errors.append(f"{name}: element/fact keys")
        on = lb["facts"]["org_number"]
        if on is not None and not luhn_ok(on):
            errors.append(f"{name}: org number {on} not Luhn-valid")
        if on is not None and not any(on in t for t in m.texts):
            errors.append(f"{name}: org number {on} not in text")
        if lb["kind"] in ("autoreply", "bounce", "newsletter", "spam"):
            if any(v is not None for v in lb["facts"].values()):
                errors.append(f"{name}: machine mail with facts")
        if lb["kind"] in ("application", "followup"):
            for k in ("salary_costs", "physical_investment"):
                if not isinstance(lb["facts"][k], bool):
                    errors.append(f"{name}: {k} not bool")
        if not lb["notes"] or len(lb["notes"]) < 40:
            errors.append(f"{name}: notes too short")
        # addresses
        hay = [raw.decode("latin-1")] + m.texts
        for h in hay:
            for dom in ADDR_RE.findall(h):
                if not domain_ok(dom):
                    errors.append(f"{name}: address domain {dom}")
        em = lb["facts"]["contact_email"]
        if em is not None and not any(em in t for t in hay):
            errors.append(f"{name}: contact_email {em} not in mail")
    if nums != list(range(5201, 5201 + len(nums))):
        errors.append("numbering is not consecutive from 5201")
    for m, raw, lb in built:
        if lb["kind"] != "followup":
            continue
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        refs = (msg["References"] or "").split()
        irt = (msg["In-Reply-To"] or "").strip()
        apps = [r for r in refs if r in app_ids]
        if not apps:
            errors.append(f"{m.name}: followup References name no application")
        elif irt not in refs:
            errors.append(f"{m.name}: In-Reply-To not among References")
        elif irt not in app_ids and not irt.startswith("<kvitto."):
            errors.append(f"{m.name}: In-Reply-To is neither application nor receipt")
        if not re.match(
            r"(?i)(re|sv|aw):", m.subject if m.subject_raw is False else str(msg["Subject"])
        ):
            errors.append(f"{m.name}: followup subject without Re:/SV:")
    return errors


def main() -> int:
    OUT.mkdir(parents=True, exist_ok=True)
    built: list[tuple[Mail, bytes, dict]] = []
    for fn in MAILS:
        m, raw, lb = fn()
        built.append((m, raw, lb))
    names = {m.name for m, _, _ in built}
    assert len(names) == len(built)
    for p in OUT.glob("*.eml"):
        if p.name not in names:
            p.unlink()
    labels = {}
    for m, raw, lb in built:
        (OUT / m.name).write_bytes(raw)
        labels[m.name] = lb
    (OUT / "labels.json").write_text(
        json.dumps(labels, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
    )
    errors = check(built)
    for e in errors:
        print("ERROR", e)
    kinds: dict[str, int] = {}
    for _, _, lb in built:
        kinds[lb["kind"]] = kinds.get(lb["kind"], 0) + 1
    print(f"wrote {len(built)} mails to {OUT}: {kinds}")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
