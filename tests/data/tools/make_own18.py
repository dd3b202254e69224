"""Generator for the own18 development corpus of the Idéslanten intake bot (Region Kalmar län).

own18 holds 40 entirely fictional, labelled e-mails (files 2401–2440) on the theme
"the elements in odd places": an activity that is only in the subject line plus one body
line, an association that is only in an HTML signature table, budgets in HTML tables with
rowspan/colspan, in two-sheet .xlsx workbooks, in two-column PDFs, in CSV files with quoted
Swedish decimals and on one line ("Hyra: 1500 / Fika: 800"), whole applications in .docx
tables or behind a bare "Se bifogad ansökan", forms with empty answers, anchoring that is only
in an attached letter of support, and contact persons that are only in a vCard (.vcf).
A vCard alone never makes the contact element true: the labels treat contact as present only
when the body or a readable document names the person with a phone number or e-mail.

Regenerate (byte-identical on every run, stdlib only):

    /work/main/.venv/bin/python tests/data/tools/make_own18.py

It writes tests/data/own18/*.eml (LF line endings) and tests/data/own18/labels.json, and then
checks its own output (MIME defects, label schema, Luhn-valid organisation numbers, example.*
addresses only, numbering in Date order, followup threading).
"""

# ruff: noqa: E501

from __future__ import annotations

import base64
import email
import email.policy
import email.utils
import json
import quopri
import re
import sys
import zipfile
import zlib
from datetime import datetime, timedelta, timezone
from email.header import Header
from io import BytesIO
from pathlib import Path
from urllib.parse import quote

OUT = Path(__file__).resolve().parent.parent / "own18"
FIRST, LAST = 2401, 2440

BOT_NAME = "Idéslanten – Region Kalmar län"
BOT_ADDR = "ideslanten@example.se"
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

MAILS: list[tuple[int, str, bytes]] = []
LABELS: dict[str, dict] = {}

# ---------------------------------------------------------------------------
# small helpers
# ---------------------------------------------------------------------------


def orgnr(nine: str) -> str:
    """Append the Luhn check digit to nine digits, formatted NNNNNN-NNNN."""
    digits = [int(c) for c in nine if c.isdigit()]
    assert len(digits) == 9
    total = 0
    for i, d in enumerate(digits):
        v = d * (2 if i % 2 == 0 else 1)
        total += v - 9 if v > 9 else v
    check = (10 - total % 10) % 10
    s = "".join(map(str, digits)) + str(check)
    return s[:6] + "-" + s[6:]


def luhn_ok(org: str) -> bool:
    if not re.fullmatch(r"\d{6}-\d{4}", org):
        return False
    digits = [int(c) for c in org if c.isdigit()]
    total = 0
    for i, d in enumerate(digits):
        v = d * (2 if i % 2 == 0 else 1)
        total += v - 9 if v > 9 else v
    return total % 10 == 0


def when(month: int, day: int, hh: int, mm: int, ss: int = 0) -> str:
    """RFC 5322 date in Swedish local time (CET, CEST from 29 March 2026)."""
    cest = (month, day) >= (3, 29) and (month, day) < (10, 25)
    tz = timezone(timedelta(hours=2 if cest else 1))
    return email.utils.format_datetime(datetime(2026, month, day, hh, mm, ss, tzinfo=tz))


def addr(name: str | None, address: str) -> str:
    if not name:
        return address
    return email.utils.formataddr((name, address), charset="utf-8")


BOT_HDR = addr(BOT_NAME, BOT_ADDR)
OFFICER_HDR = addr("Landsbygdsutvecklare Region Kalmar län", OFFICER)


def hval(s: str) -> str:
    """Header value: plain ASCII as is, otherwise RFC 2047 encoded words."""
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, "utf-8", maxlinelen=76).encode()


def hval_q(s: str, charset: str = "iso-8859-1") -> str:
    """Header value as Q-encoded words in a given charset (what older clients send)."""
    return Header(s, charset, maxlinelen=76).encode()


# ---------------------------------------------------------------------------
# MIME parts (rendered by hand so that encodings and boundaries are fixed)
# ---------------------------------------------------------------------------


class Part:
    def __init__(
        self,
        headers: list[tuple[str, str]],
        body: bytes | None = None,
        parts: list[Part] | None = None,
        boundary: str | None = None,
        preamble: str = "",
    ):
        self.headers = headers
        self.body = body
        self.parts = parts
        self.boundary = boundary
        self.preamble = preamble

    def render(self) -> bytes:
        out = b"".join(f"{k}: {v}\n".encode("ascii") for k, v in self.headers) + b"\n"
        if self.parts is None:
            body = self.body or b""
            if body and not body.endswith(b"\n"):
                body += b"\n"
            return out + body
        b = self.boundary.encode("ascii")
        if self.preamble:
            out += self.preamble.encode("ascii") + b"\n"
        for p in self.parts:
            out += b"--" + b + b"\n" + p.render()
        out += b"--" + b + b"--\n"
        return out


def encode_body(raw: bytes, cte: str) -> bytes:
    if cte in ("8bit", "7bit"):
        return raw
    if cte == "quoted-printable":
        return quopri.encodestring(raw)
    if cte == "base64":
        return base64.encodebytes(raw)
    raise ValueError(cte)


def T(
    text: str, sub: str = "plain", cs: str = "utf-8", cte: str = "8bit", params: str = ""
) -> Part:
    """A text part. cs=None leaves out the charset parameter."""
    if not text.endswith("\n"):
        text += "\n"
    raw = text.encode(cs or "ascii")
    ctype = f"text/{sub}"
    if cs:
        ctype += f'; charset="{cs}"' if sub == "html" else f"; charset={cs}"
    if params:
        ctype += "; " + params
    return Part(
        [("Content-Type", ctype), ("Content-Transfer-Encoding", cte)], encode_body(raw, cte)
    )


def fname_params(filename: str) -> tuple[str, str]:
    try:
        filename.encode("ascii")
        return f'name="{filename}"', f'filename="{filename}"'
    except UnicodeEncodeError:
        enc = Header(filename, "utf-8").encode()
        return f'name="{enc}"', "filename*=utf-8''" + quote(filename, safe="")


def A(
    data: bytes | str,
    ctype: str,
    filename: str,
    cte: str = "base64",
    inline: bool = False,
    cs: str | None = None,
) -> Part:
    """An attachment part."""
    if isinstance(data, str):
        data = data.encode(cs or "utf-8")
    name_p, file_p = fname_params(filename)
    ct = ctype + (f"; charset={cs}" if cs else "") + "; " + name_p
    disp = ("inline" if inline else "attachment") + "; " + file_p
    return Part(
        [("Content-Type", ct), ("Content-Disposition", disp), ("Content-Transfer-Encoding", cte)],
        encode_body(data, cte),
    )


def M(sub: str, parts: list[Part], boundary: str, preamble: str = "", extra: str = "") -> Part:
    ct = f'multipart/{sub}; boundary="{boundary}"' + (f"; {extra}" if extra else "")
    return Part([("Content-Type", ct)], parts=parts, boundary=boundary, preamble=preamble)


# ---------------------------------------------------------------------------
# documents: .docx, .xlsx, .pdf, .vcf built by hand
# ---------------------------------------------------------------------------

ZIP_TIME = (2026, 3, 1, 9, 0, 0)


def xesc(s: str) -> str:
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


def make_zip(files: list[tuple[str, str]], month_day: tuple[int, int] = (3, 1)) -> bytes:
    buf = BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for name, content in files:
            zi = zipfile.ZipInfo(name, date_time=(2026, month_day[0], month_day[1], 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.create_system = 0
            zi.external_attr = 0
            z.writestr(zi, content.encode("utf-8"))
    return buf.getvalue()


W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships"
OFFDOC = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument"


def _w_par(text: str, bold: bool = False, size: int | None = None) -> str:
    rpr = ""
    if bold or size:
        rpr = (
            "<w:rPr>"
            + ("<w:b/>" if bold else "")
            + (f'<w:sz w:val="{size}"/>' if size else "")
            + "</w:rPr>"
        )
    if not text:
        return "<w:p/>"
    return f'<w:p><w:r>{rpr}<w:t xml:space="preserve">{xesc(text)}</w:t></w:r></w:p>'


def docx(blocks: list[tuple], month_day: tuple[int, int] = (3, 1)) -> bytes:
    """blocks: ("h", text) | ("p", text) | ("b", text) | ("table", rows, bold_first_col)."""
    body = []
    for blk in blocks:
        kind = blk[0]
        if kind == "h":
            body.append(_w_par(blk[1], bold=True, size=32))
        elif kind == "b":
            body.append(_w_par(blk[1], bold=True))
        elif kind == "p":
            for line in blk[1].split("\n"):
                body.append(_w_par(line))
        elif kind == "table":
            rows, bold_first = blk[1], blk[2]
            ncol = max(len(r) for r in rows)
            grid = "".join(f'<w:gridCol w:w="{9000 // ncol}"/>' for _ in range(ncol))
            trs = []
            for r in rows:
                tcs = []
                for ci, cell in enumerate(r):
                    paras = "".join(
                        _w_par(line, bold=bold_first and ci == 0) for line in str(cell).split("\n")
                    )
                    tcs.append(
                        f'<w:tc><w:tcPr><w:tcW w:w="{9000 // ncol}" w:type="dxa"/></w:tcPr>{paras or "<w:p/>"}</w:tc>'
                    )
                trs.append("<w:tr>" + "".join(tcs) + "</w:tr>")
            borders = "".join(
                f'<w:{s} w:val="single" w:sz="4" w:space="0" w:color="000000"/>'
                for s in ("top", "left", "bottom", "right", "insideH", "insideV")
            )
            body.append(
                f'<w:tbl><w:tblPr><w:tblW w:w="9000" w:type="dxa"/><w:tblBorders>{borders}</w:tblBorders></w:tblPr><w:tblGrid>{grid}</w:tblGrid>{"".join(trs)}</w:tbl><w:p/>'
            )
    doc = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document xmlns:w="{W_NS}"><w:body>{"".join(body)}<w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr></w:body></w:document>'
    ctypes = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
        "</Types>"
    )
    rels = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="{REL_NS}"><Relationship Id="rId1" Type="{OFFDOC}" Target="word/document.xml"/></Relationships>'
    return make_zip(
        [("[Content_Types].xml", ctypes), ("_rels/.rels", rels), ("word/document.xml", doc)],
        month_day,
    )


def _col(i: int) -> str:
    s = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s


def xlsx(sheets: list[tuple[str, list[list]]], month_day: tuple[int, int] = (3, 1)) -> bytes:
    """sheets: (name, rows); a cell is str, int/float, None, or ("=FORMULA", cached_value)."""
    SS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    files = []
    sheet_tags, wb_rels, overrides = [], [], []
    for si, (name, rows) in enumerate(sheets, start=1):
        xml_rows = []
        for ri, row in enumerate(rows, start=1):
            cells = []
            for ci, v in enumerate(row):
                ref = f"{_col(ci)}{ri}"
                if v is None or v == "":
                    continue
                if isinstance(v, tuple):
                    cells.append(f'<c r="{ref}"><f>{xesc(v[0].lstrip("="))}</f><v>{v[1]}</v></c>')
                elif isinstance(v, (int, float)):
                    cells.append(f'<c r="{ref}"><v>{v}</v></c>')
                else:
                    cells.append(
                        f'<c r="{ref}" t="inlineStr"><is><t xml:space="preserve">{xesc(v)}</t></is></c>'
                    )
            xml_rows.append(f'<row r="{ri}">{"".join(cells)}</row>')
        files.append(
            (
                f"xl/worksheets/sheet{si}.xml",
                f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="{SS}"><sheetData>{"".join(xml_rows)}</sheetData></worksheet>',
            )
        )
        sheet_tags.append(f'<sheet name="{xesc(name)}" sheetId="{si}" r:id="rId{si}"/>')
        wb_rels.append(
            f'<Relationship Id="rId{si}" Type="{R}/worksheet" Target="worksheets/sheet{si}.xml"/>'
        )
        overrides.append(
            f'<Override PartName="/xl/worksheets/sheet{si}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
        )
    wb = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="{SS}" xmlns:r="{R}"><sheets>{"".join(sheet_tags)}</sheets></workbook>'
    ctypes = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
        + "".join(overrides)
        + "</Types>"
    )
    rels = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="{REL_NS}"><Relationship Id="rId1" Type="{OFFDOC}" Target="xl/workbook.xml"/></Relationships>'
    wbrels = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="{REL_NS}">{"".join(wb_rels)}</Relationships>'
    return make_zip(
        [
            ("[Content_Types].xml", ctypes),
            ("_rels/.rels", rels),
            ("xl/workbook.xml", wb),
            ("xl/_rels/workbook.xml.rels", wbrels),
        ]
        + files,
        month_day,
    )


def _pdf_str(s: str) -> bytes:
    raw = s.encode("cp1252")
    return b"(" + raw.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)") + b")"


def pdf(pages: list[list[tuple]], compress: bool = False, title: str = "") -> bytes:
    """pages: list of items (x, y, size, text[, bold]); Helvetica, WinAnsiEncoding."""
    objs: list[bytes] = []
    objs.append(b"<< /Type /Catalog /Pages 2 0 R >>")
    objs.append(b"")  # pages, filled later
    objs.append(
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"
    )
    objs.append(
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>"
    )
    kids = []
    for items in pages:
        lines = []
        for it in items:
            x, y, size, text = it[:4]
            font = b"/F2" if len(it) > 4 and it[4] else b"/F1"
            lines.append(
                b"BT " + font + b" %d Tf %d %d Td " % (size, x, y) + _pdf_str(text) + b" Tj ET"
            )
        content = b"\n".join(lines) + b"\n"
        if compress:
            data = zlib.compress(content, 9)
            objs.append(
                b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(data)
                + data
                + b"\nendstream"
            )
        else:
            objs.append(b"<< /Length %d >>\nstream\n" % len(content) + content + b"endstream")
        content_no = len(objs)
        objs.append(
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R /F2 4 0 R >> >> /Contents %d 0 R >>"
            % content_no
        )
        kids.append(len(objs))
    objs[1] = (
        b"<< /Type /Pages /Kids ["
        + b" ".join(b"%d 0 R" % k for k in kids)
        + b"] /Count %d >>" % len(kids)
    )
    info = b"<< /Producer (own18 handmade PDF) /CreationDate (D:20260301090000+01'00')"
    if title:
        info += b" /Title " + _pdf_str(title)
    objs.append(info + b" >>")
    out = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"
    offsets = []
    for i, o in enumerate(objs, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + o + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    for off in offsets:
        out += b"%010d 00000 n \n" % off
    out += b"trailer\n<< /Size %d /Root 1 0 R /Info %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objs) + 1,
        len(objs),
        xref,
    )
    return out


def text_pdf(lines: list[str], title: str = "", compress: bool = False, size: int = 11) -> bytes:
    """A simple one-column PDF; lines starting with '#' are bold headings."""
    pages, cur, y = [], [], 790
    for line in lines:
        if y < 60:
            pages.append(cur)
            cur, y = [], 790
        if line.startswith("#"):
            cur.append((56, y, size + 2, line.lstrip("# "), True))
            y -= size + 9
        else:
            if line:
                cur.append((56, y, size, line))
            y -= size + 4
    pages.append(cur)
    return pdf(pages, compress=compress, title=title)


def vcard(
    fn: str, org: str = "", tel: str = "", mail: str = "", title: str = "", adr: str = ""
) -> bytes:
    parts = fn.split(" ", 1)
    lines = ["BEGIN:VCARD", "VERSION:3.0", f"N:{parts[-1]};{parts[0]};;;", f"FN:{fn}"]
    if org:
        lines.append(f"ORG:{org}")
    if title:
        lines.append(f"TITLE:{title}")
    if tel:
        lines.append(f"TEL;TYPE=CELL:{tel}")
    if mail:
        lines.append(f"EMAIL;TYPE=INTERNET:{mail}")
    if adr:
        lines.append(f"ADR;TYPE=HOME:;;{adr}")
    lines.append("END:VCARD")
    return ("\r\n".join(lines) + "\r\n").encode("utf-8")


# ---------------------------------------------------------------------------
# labels, messages, the bot's receipt
# ---------------------------------------------------------------------------


def L(kind: str, lang: str, el: str, notes: str, **facts) -> dict:
    """el: five 0/1 flags in the order association, contact, activity, anchoring, budget."""
    assert kind in KINDS and lang in ("sv", "en") and len(el) == 5 and set(el) <= {"0", "1"}
    unknown = set(facts) - set(FACT_KEYS)
    assert not unknown, unknown
    f = {k: facts.get(k) for k in FACT_KEYS}
    if kind in ("application", "followup"):
        for k in ("salary_costs", "physical_investment"):
            if f[k] is None:
                f[k] = False
    return {
        "kind": kind,
        "language": lang,
        "elements": {k: el[i] == "1" for i, k in enumerate(ELEMENT_KEYS)},
        "facts": f,
        "notes": " ".join(notes.split()),
    }


def add(
    num: int,
    slug: str,
    *,
    frm: str,
    subject: str,
    date: str,
    mid: str,
    body: Part,
    label: dict,
    to: str = BOT_HDR,
    extra: list[tuple[str, str]] | None = None,
    cc: str | None = None,
    raw_subject: bool = False,
) -> None:
    """Render one message and record its label. Header order: the client's usual order."""
    headers = [("From", frm), ("To", to)]
    if cc:
        headers.append(("Cc", cc))
    headers.append(("Subject", subject if raw_subject else hval(subject)))
    headers += [("Date", date), ("Message-ID", mid)]
    headers += list(extra or [])
    headers.append(("MIME-Version", "1.0"))
    top = Part(
        headers + body.headers,
        body=body.body,
        parts=body.parts,
        boundary=body.boundary,
        preamble=body.preamble,
    )
    name = f"{num}-{slug}.eml"
    MAILS.append((num, name, top.render()))
    LABELS[name] = label


MISSING_TEXT = {
    "association": (
        "Föreningsuppgifter",
        "föreningens eller gruppens namn och kort om den (t.ex. antal medlemmar, org.nr)",
    ),
    "contact": ("Kontaktperson", "namn och e-post eller telefon till den som vi kan kontakta"),
    "activity": (
        "Aktivitet",
        "vad ni vill göra, när och hur det bidrar till utvecklingen på orten",
    ),
    "anchoring": (
        "Lokal förankring",
        "hur idén är förankrad i byn, t.ex. byamöte, enkät eller samarbete med andra",
    ),
    "budget": ("Budget", "en översiktlig budget med kostnadsposter och belopp"),
}


def receipt(case: str, missing: list[str], variant: int = 0) -> str:
    """The bot's automatic receipt, as an applicant's mail client would quote it."""
    if variant == 0:
        head = f"Tack för er ansökan om idéslanten! Vi har tagit emot den och gett den ärendenummer {case}."
        lead = "Vi saknar följande i er ansökan:"
        tail = "Svara gärna på det här mejlet med de uppgifter som saknas, så kompletterar vi ärendet. Ange ärendenumret om ni skriver i en ny tråd."
    elif variant == 1:
        head = f"Hej och tack! Er ansökan om regional bygdepeng – idéslanten har fått ärendenummer {case}."
        lead = "För att vi ska kunna pröva ansökan behöver vi också:"
        tail = "Svara på det här mejlet så hamnar kompletteringen i rätt ärende."
    else:
        head = f"Tack för ert mejl. Ansökan om idéslanten är registrerad med ärendenummer {case}."
        lead = "Följande delar hittade vi inte i ansökan:"
        tail = "Komplettera gärna genom att svara på detta mejl. Har ni frågor når ni landsbygdsutvecklaren på landsbygdsutvecklare@example.se."
    lines = [head, "", lead]
    for m in missing:
        title, guide = MISSING_TEXT[m]
        lines.append(f"– {title}: {guide}")
    lines += [
        "",
        tail,
        "",
        "Med vänlig hälsning",
        "Idéslanten – Region Kalmar län",
        "(Detta är ett automatiskt svar.)",
    ]
    return "\n".join(lines)


def receipt_mid(case: str) -> str:
    return f"<ideslanten-{case}@example.se>"


def quote_gt(text: str) -> str:
    return "\n".join((">" + (" " + ln if ln else "")) for ln in text.split("\n"))


# ===== mails start here =====
# --- 2401 Kristdala: the activity is in the subject line plus one body line -------------
ORG_2401 = orgnr("802417553")
add(
    2401,
    "kristdala-kyrkstigsvandring",
    frm=addr("Bengt-Åke Lindqvist", "bengtake.lindqvist@example.se"),
    subject="Idéslanten: Kyrkstigsvandring med berättarkväll i Kristdala lördag 16 maj",
    date=when(3, 2, 8, 14, 37),
    mid="<5d1f0a2e-7c41-4b8e-9f2a-240100000001@example.se>",
    body=T(
        f"""Hej!

Kristdala hembygdsförening (org.nr {ORG_2401}) söker härmed bidrag ur idéslanten.
Föreningen bildades 1931, har 112 medlemmar och sköter hembygdsgården vid kyrkan.

Vandringen slutar med en berättarkväll i hembygdsgården där äldre Kristdalabor berättar om stigen och gårdarna längs den, så att nyinflyttade och gamla bybor lär känna bygden och varandra.

Idén kom upp på årsmötet den 22 februari, där de 38 närvarande ställde sig bakom den. Kristdala IF sköter parkeringen och Kristdala församling lånar ut stolar och bord. Vandringen är öppen för alla, kvinnor som män, unga som gamla.

Kostnader
Arvode till berättare 2 000 kr
Hyrd minibuss för den som inte orkar gå hela vägen 3 200 kr
Soppa och kaffe 1 800 kr
Annons i Kristdalabladet 700 kr
Summa 7 700 kr

Med vänliga hälsningar

Bengt-Åke Lindqvist
ordförande, Kristdala hembygdsförening
0491-201 34 / 070-318 22 45
"""
    ),
    label=L(
        "application",
        "sv",
        "11111",
        """Complete. Tests an activity that is only in the subject line ("Kyrkstigsvandring med
        berättarkväll i Kristdala lördag 16 maj": what and when) plus one body line (the
        storytelling evening and the local benefit: newcomers and old residents get to know the
        village); together they are a concrete activity, so activity is true. Association named
        with org.nr, founding year and 112 members; contact is the named signer from his own
        address with two phone numbers (first recorded); anchoring: annual meeting backed it, the
        sports club and parish take part; budget has four items, total 7 700 (amount). A hired
        minibus is rental, not an investment. "kvinnor som män" gives women_and_men true.""",
        association_name="Kristdala hembygdsförening",
        org_number=ORG_2401,
        contact_name="Bengt-Åke Lindqvist",
        contact_email="bengtake.lindqvist@example.se",
        contact_phone="0491-201 34",
        members=112,
        ort="Kristdala",
        amount_sek=7700,
        women_and_men=True,
    ),
)

# --- 2402 Alsterbro: the association is only in the HTML signature table ------------------
ORG_2402 = orgnr("802503117")
add(
    2402,
    "alsterbro-cykelverkstad",
    frm=addr("Malin Petrusson", "malin.petrusson@example.com"),
    subject="Cykelverkstad i Alsterbro – ansökan idéslanten",
    date=when(3, 2, 19, 40, 5),
    mid="<AM9P192MB0831A7D2E4F5B6C7@AM9P192MB0831.example.com>",
    body=T(
        f"""<html><head><meta charset="utf-8"></head><body style="font-family:Calibri,sans-serif;font-size:11pt">
<p>Hej landsbygdsutvecklaren!</p>
<p>Vi skulle vilja söka idéslanten för <b>Cykelverkstad i Alsterbro</b>. Vi hyr lokalen i Folkets hus
tre lördagar i april (11, 18 och 25 april, kl 10–14) och anlitar en cykelmekaniker från Nybro som lär ut hur
man lagar punktering, byter kedja och ställer in växlar. Tanken är att fler i byn ska kunna cykla till bussen
istället för att ta bilen, och att unga och vuxna får en träffpunkt på lördagarna när det annars är helt dött här.</p>
<p>Vi tror att det här blir jättepopulärt och att många i byn kommer att gilla det!</p>
<p>Kostnader: lokalhyra 3 x 500 kr = 1 500 kr, arvode till cykelmekanikern 3 x 1 800 kr = 5 400 kr,
slangar, lagningssatser och kedjeolja 1 200 kr, fika 900 kr. Totalt 9 000 kr.</p>
<p>Hälsningar</p>
<table cellpadding="4" style="border-top:2px solid #2e7d32;font-size:9pt;color:#333">
<tr><td rowspan="3"><img src="cid:logo-alsterbro" alt="[logga]" width="48"></td>
<td><b>Malin Petrusson</b><br>Sekreterare</td><td>Tel 073-562 18 09<br>malin.petrusson@example.com</td></tr>
<tr><td colspan="2"><b>Alsterbro Byalag</b> – ideell förening för byn och bygden runt Alsterbro, Nybro kommun</td></tr>
<tr><td>Org.nr {ORG_2402}</td><td>64 medlemmar</td></tr>
</table>
</body></html>
""",
        sub="html",
        cte="quoted-printable",
    ),
    label=L(
        "application",
        "sv",
        "11101",
        """HTML-only mail (quoted-printable). Tests an association that is given only in the HTML
        signature table (Alsterbro Byalag, what it is, org.nr, 64 members); the body only says
        "vi", so a reader who drops the signature misses it. Contact: Malin Petrusson, named in
        the signature with phone, writing from her own address. Activity concrete (three Saturdays
        in April, bike mechanic teaching repairs, fewer car trips, a meeting point). Anchoring
        false: only a hope that people will like it. Budget: four items in prose, total 9 000
        (amount). Tubes and chain oil are consumables, not an investment.""",
        association_name="Alsterbro Byalag",
        org_number=ORG_2402,
        contact_name="Malin Petrusson",
        contact_email="malin.petrusson@example.com",
        contact_phone="073-562 18 09",
        members=64,
        ort="Alsterbro",
        amount_sek=9000,
    ),
)


# --- 2403 Fliseryd: budget in an HTML table with rowspan/colspan and a bold header row ----
ORG_2403 = orgnr("802460871")
add(
    2403,
    "fliseryd-framtidsdialog",
    frm=addr("Fliseryds Bygdegårdsförening", "bygdegarden.fliseryd@example.org"),
    subject="Ansökan – Framtidsdialog Fliseryd 2030",
    date=when(3, 3, 10, 22, 48),
    mid="<20260303102248.4f1c9@bygdegarden.fliseryd.example.org>",
    body=T(
        f"""<!DOCTYPE html>
<html><body>
<div>Till landsbygdsutvecklaren, Region Kalmar län</div>
<div><br></div>
<div><b>Sökande:</b> Fliseryds Bygdegårdsförening, org.nr {ORG_2403}. Föreningen äger bygdegården vid
Emån och har 210 medlemmar (hushållsmedlemskap).</div>
<div><br></div>
<div><b>Aktivitet:</b> Framtidsdialog Fliseryd 2030 – tre kvällsdialoger i bygdegården (15 april, 6 maj
och 27 maj) med en extern processledare. Teman: boende för unga och äldre, skolskjutsarna och vad som
kan ersätta den nedlagda affären. Kvällarna sammanfattas i en skrift som lämnas till Mönsterås kommuns
landsbygdsråd, så att byns egna förslag kommer med i kommunens planering.</div>
<div><br></div>
<div><b>Förankring:</b> Hösten 2025 gjorde vi en enkät till alla hushåll i Fliseryd; 146 svarade och
"en mötesplats för att prata om byns framtid" kom högst. Dialogen görs tillsammans med Fliseryds IK,
PRO Fliseryd och föräldraföreningen på skolan, som var och en tar ansvar för att bjuda in sina medlemmar.
Vi vill särskilt få med både kvinnor och män i alla åldrar.</div>
<div><br></div>
<div><b>Budget</b></div>
<table border="1" cellspacing="0" cellpadding="3" style="border-collapse:collapse">
<tr><td><b>Post</b></td><td><b>Delpost</b></td><td><b>Kostnad (kr)</b></td></tr>
<tr><td rowspan="2">Processledare</td><td>Arvode 3 kvällar</td><td align="right">6 000</td></tr>
<tr><td>Resor</td><td align="right">600</td></tr>
<tr><td>Lokal</td><td>Hyra av skolans matsal för barnpassning, 3 kvällar</td><td align="right">1 500</td></tr>
<tr><td rowspan="2">Förtäring</td><td>Kaffe och smörgås</td><td align="right">2 100</td></tr>
<tr><td>Soppa sista kvällen</td><td align="right">1 200</td></tr>
<tr><td>Information</td><td>Utskick till alla hushåll</td><td align="right">1 400</td></tr>
<tr><td colspan="2"><b>Summa / sökt belopp</b></td><td align="right"><b>12 800</b></td></tr>
</table>
<div><br></div>
<div>Kontaktperson: Yvonne Ek, kassör – yvonne.ek@example.org, 0499-230 17</div>
<div><br></div>
<div>Vänliga hälsningar<br>Styrelsen genom Yvonne Ek</div>
</body></html>
""",
        sub="html",
        cte="base64",
    ),
    label=L(
        "application",
        "sv",
        "11111",
        """Complete; HTML-only, base64. Tests a budget that exists only as an HTML table with
        rowspan (Processledare, Förtäring span two rows), colspan (the total row) and a header row
        in bold; a flattening that loses the spanned cells would misread the rows. Sent from the
        association's shared mailbox, but Yvonne Ek is named with her own e-mail and phone, so
        contact is true with her address. Anchoring: household survey with 146 answers plus three
        cooperating local groups. Amount 12 800 (total = applied). "både kvinnor och män" gives
        women_and_men true. Renting the school dining hall is rental.""",
        association_name="Fliseryds Bygdegårdsförening",
        org_number=ORG_2403,
        contact_name="Yvonne Ek",
        contact_email="yvonne.ek@example.org",
        contact_phone="0499-230 17",
        members=210,
        ort="Fliseryd",
        amount_sek=12800,
        women_and_men=True,
    ),
)

# --- 2404 Löttorp: budget in a two-sheet .xlsx; no contact person -------------------------
ORG_2404 = orgnr("802437690")
XLSX_2404 = xlsx(
    [
        (
            "Försättsblad",
            [
                ["Ansökan om regional bygdepeng – idéslanten 2026"],
                [],
                ["Sökande", "Löttorps Samhällsförening"],
                ["Org.nr", ORG_2404],
                ["Projekt", "Löttorp året runt"],
                ["Kontaktperson", ""],
                ["Datum", "2026-03-04"],
                [],
                ["Budgeten finns på fliken Budget."],
            ],
        ),
        (
            "Budget",
            [
                ["Post", "Antal", "À-pris", "Summa"],
                ["Lokalhyra skolans matsal", 4, 400, ("=B2*C2", 1600)],
                ["Arvode inbjuden talare", 4, 1500, ("=B3*C3", 6000)],
                ["Fika", 4, 450, ("=B4*C4", 1800)],
                ["Affischer och annons i Ölandsbladet", 1, 1100, ("=B5*C5", 1100)],
                ["Summa", None, None, ("=SUM(D2:D5)", 10500)],
            ],
        ),
    ],
    month_day=(3, 3),
)
add(
    2404,
    "lottorp-aret-runt",
    frm=addr("Löttorps Samhällsförening", "info.lottorp@example.net"),
    subject="Ansökan idéslanten – Löttorp året runt",
    date=when(3, 4, 10, 57, 12),
    mid="<CAB3r9Yq+LoTT0rp4x2Vd=kq0w@mail.example.net>",
    body=M(
        "mixed",
        [
            T(
                """Hej,

Löttorps Samhällsförening söker idéslanten för "Löttorp året runt" – fyra byakvällar (oktober, november, december och januari) i skolans matsal där fastboende och fritidsboende möts och planerar hur byn ska hållas levande när turisterna har åkt hem: affärens öppettider på vintern, samåkning till Borgholm och vinteraktiviteter för barnfamiljer. Varje kväll har en inbjuden talare, t.ex. från Byxelkroks hamnförening och Borgholms kommuns näringslivsenhet.

Föreningen har 180 medlemmar och har funnits sedan 1972.

På byastämman i januari röstade de 52 närvarande för förslaget, och Löttorps IF och Norra Ölands företagarförening hjälper till med inbjudningar och fika.

Budgeten finns i bifogad Excelfil (flik 2).

Hälsningar
Styrelsen, Löttorps Samhällsförening
""",
                cte="quoted-printable",
            ),
            A(
                XLSX_2404,
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                "Lottorp_aret_runt_budget.xlsx",
            ),
        ],
        "----=_Part_2404_1183726.1772618232000",
    ),
    label=L(
        "application",
        "sv",
        "10111",
        """Tests a budget in a two-sheet .xlsx: the first sheet is a cover sheet (applicant,
        org.nr, an EMPTY "Kontaktperson" cell), the budget is on the second sheet with formula
        cells (cached values) and a total of 10 500 (amount). Contact false: the mail comes from
        the association's shared mailbox and is signed "Styrelsen"; nobody is named anywhere,
        and the cover sheet's contact cell is blank. Association: name, org.nr, 180 members,
        founded 1972. Activity concrete (four village evenings with speakers, winter life of
        the village); anchoring: village meeting vote with 52 present plus two local partners.""",
        association_name="Löttorps Samhällsförening",
        org_number=ORG_2404,
        members=180,
        ort="Löttorp",
        amount_sek=10500,
    ),
)

# --- 2405 Södra Vi: question about a bus trip and the per-locality cap ------------------
add(
    2405,
    "sodra-vi-fraga-bussresa",
    frm=addr("Ingrid Fransson", "ingrid.fransson@example.com"),
    subject="Fråga om idéslanten – bussresa och två föreningar i samma by",
    date=when(3, 4, 20, 3, 51),
    mid="<f3b2a1c0-2405-4e11-8d7e-0a9b8c7d6e5f@example.com>",
    body=T(
        """Hej!

Jag sitter i styrelsen för Södra Vi hembygdsförening och vi funderar på att söka idéslanten i höst.
Två frågor innan vi sätter igång:

1. Får pengarna gå till att hyra en buss för en studieresa, eller räknas det inte som en "aktivitet"?
2. Vi-bygdens byalag har sagt att de också tänker söka. Gäller taket på 15 000 kr för hela Södra Vi, så att vi måste dela, eller per förening?

Och finns det något sista ansökningsdatum?

Tack på förhand!
Ingrid Fransson
Södra Vi
""",
        cs="iso-8859-1",
        cte="quoted-printable",
    ),
    label=L(
        "question",
        "sv",
        "00000",
        """A question (latin-1, quoted-printable): may the grant pay a hired bus for a study trip,
        does the 15 000 cap apply per locality or per association when two associations in Södra
        Vi apply, and is there a deadline. Nothing is applied for, so all elements are false; the
        15 000 is a rule amount asked about, not an amount applied for (null). Facts keep what the
        mail states: the writer, her association and the locality.""",
        association_name="Södra Vi hembygdsförening",
        contact_name="Ingrid Fransson",
        contact_email="ingrid.fransson@example.com",
        ort="Södra Vi",
    ),
)


# --- 2406 Påryd: PDF whose page has the text in two columns (budget on the right) --------
ORG_2406 = orgnr("802455226")


def _two_columns(
    left: list[tuple[str, bool]], right: list[tuple[str, str, bool]], top: int
) -> list[tuple]:
    """Lay out two columns row by row (left cell then right cell), as many PDF writers do."""
    items = []
    for i in range(max(len(left), len(right))):
        y = top - i * 15
        if i < len(left) and left[i][0]:
            items.append((56, y, 10, left[i][0], left[i][1]))
        if i < len(right) and (right[i][0] or right[i][1]):
            item, amount, bold = right[i]
            items.append((330, y, 10, item, bold))
            if amount:
                items.append((500, y, 10, amount, bold))
    return items


PDF_2406 = pdf(
    [
        [
            (56, 790, 15, "Ansökan idéslanten 2026 – Påryds Byaförening", True),
            (
                56,
                770,
                9,
                f"Org.nr {ORG_2406}  ·  73 medlemmar  ·  Kontakt: Sara Nilsson, 070-291 64 38, sara.nilsson@example.se",
            ),
        ]
        + _two_columns(
            [
                ("Vad vi vill göra", True),
                ("Affären i Påryd stängde i höstas. Vi vill", False),
                ("därför göra en studieresa med buss lördagen", False),
                ("9 maj till Vissefjärda och Gullabo, där", False),
                ("byarna själva driver lanthandel och", False),
                ("bygdegårdscafé. 30 bybor åker med och får", False),
                ("träffa dem som driver butikerna.", False),
                ("", False),
                ("Den 23 maj håller vi en återträff i Påryds", False),
                ("bygdegård där resenärerna berättar för resten", False),
                ("av byn, och vi bestämmer om vi ska starta", False),
                ("en egen byabutik.", False),
                ("", False),
                ("Förankring", True),
                ("Byamötet 12 februari (41 deltagare) valde en", False),
                ("arbetsgrupp för frågan. Påryds IF och Kalmar", False),
                ("kommuns landsbygdsråd är med och planerar.", False),
                ("Resan är öppen för alla i byn, kvinnor och", False),
                ("män, unga och äldre.", False),
            ],
            [
                ("Budget", "kr", True),
                ("Hyrd buss med förare", "6 500", False),
                ("Guidning, 2 x 1 000", "2 000", False),
                ("Lunch 30 pers x 120 kr", "3 600", False),
                ("Fika på återträffen", "800", False),
                ("", "", False),
                ("Summa", "12 900", True),
                ("Sökt belopp", "12 900", True),
            ],
            735,
        )
    ],
    compress=True,
    title="Ansökan idéslanten Påryd",
)
add(
    2406,
    "paryd-studieresa-byabutik",
    frm=addr("Sara Nilsson", "sara.nilsson@example.se"),
    subject="Ansökan idéslanten Påryds Byaförening",
    date=when(3, 5, 13, 9, 26),
    mid="<9E8C7A61-2406-4B2D-A5F0-7C3D1E2F4A50@example.se>",
    body=M(
        "mixed",
        [
            T(
                "Hej!\n\nHär kommer vår ansökan om idéslanten som pdf.\n\nHälsningar\nSara Nilsson\nsekreterare, Påryds Byaförening\n"
            ),
            A(PDF_2406, "application/pdf", "Ansökan idéslanten Påryd.pdf"),
        ],
        "Apple-Mail=_2406C1D2-E3F4-4A5B-9C6D-7E8F90A1B2C3",
    ),
    label=L(
        "application",
        "sv",
        "11111",
        """Complete. Tests a PDF (Flate-compressed text, Helvetica/WinAnsi) laid out in two
        columns: description and anchoring on the left, the budget on the right. The content
        stream is written row by row, so plain text extraction interleaves the columns
        ("Affären i Påryd stängde ... Hyrd buss med förare 6 500"); a human reads two clean
        columns. Association (name, org.nr, 73 members) and contact (Sara Nilsson with phone
        and e-mail) are in the PDF header line; she also signs from her own address. Activity:
        study trip 9 May to two villages with community-run shops plus a report-back meeting;
        anchoring: village meeting with 41 people chose a working group, IF and the rural
        council take part. Budget four items, total and applied 12 900. A hired bus with
        driver is rental, not salary. "kvinnor och män" gives women_and_men true.""",
        association_name="Påryds Byaförening",
        org_number=ORG_2406,
        contact_name="Sara Nilsson",
        contact_email="sara.nilsson@example.se",
        contact_phone="070-291 64 38",
        members=73,
        ort="Påryd",
        amount_sek=12900,
        women_and_men=True,
    ),
)

# --- 2407 Gullabo: the whole application as a .docx table, one row per element ------------
ORG_2407 = orgnr("802418064")
DOCX_2407 = docx(
    [
        ("h", "Ansökan om idéslanten 2026 – Gullabo"),
        (
            "table",
            [
                ["Del", "Uppgifter"],
                [
                    "1. Förening/grupp",
                    f"Gullabo Bygdegårdsförening, org.nr {ORG_2407}. Bildad 1948, 96 medlemmar. Äger och driver bygdegården i Gullabo, Torsås kommun.",
                ],
                [
                    "2. Kontaktperson",
                    "Lennart Holm, ordförande\n0486-402 11\nlennart.holm@example.org",
                ],
                [
                    "3. Aktivitet och lokal utveckling",
                    "Berättarcafé Gullabo: fyra torsdagskvällar (19/3, 2/4, 16/4, 30/4) i bygdegården med en släktforskare från Torsås som föreläsare. Vi skannar och sätter namn på byns gamla foton tillsammans. Materialet läggs ut på byns hemsida och används i en byvandring för sommargäster. Nyinflyttade får lära känna byn och äldre får en träffpunkt.",
                ],
                [
                    "4. Lokal förankring",
                    "Beslut på medlemsmötet 14 januari. 14 frivilliga har anmält sig att ta med foton, baka och skanna. Samarbete med Gullabo skytteförening och Torsås släktforskarförening.",
                ],
                [
                    "5. Budget",
                    "Föreläsararvode 4 x 1 200 kr = 4 800 kr\nHyra av fotoskanner 500 kr\nFika 4 x 300 kr = 1 200 kr\nInbjudningar och annons 600 kr\nSumma 7 100 kr",
                ],
                ["Sökt belopp", "7 100 kr"],
                ["Målgrupp", "Alla i byn, kvinnor och män, gamla och nyinflyttade."],
            ],
            True,
        ),
    ],
    month_day=(3, 5),
)
add(
    2407,
    "gullabo-berattarcafe-docx",
    frm=addr("Lennart Holm", "lennart.holm@example.org"),
    subject="Ansökan Gullabo Bygdegårdsförening",
    date=when(3, 6, 9, 31, 2),
    mid="<000f01dca2b4$7e81c3a0$7b854ae0$@example.org>",
    body=M(
        "mixed",
        [
            T(
                "Hej Region Kalmar!\n\nVi skickar vår ansökan som wordfil, allt står i tabellen.\n\n/Lennart Holm\nGullabo Bygdegårdsförening\n",
                cs="windows-1252",
                cte="8bit",
            ),
            A(
                DOCX_2407,
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                "Ansökan idéslanten Gullabo.docx",
            ),
        ],
        "----=_NextPart_000_0010_01DCA2B4.7E81C3A0",
        preamble="This is a multi-part message in MIME format.",
    ),
    label=L(
        "application",
        "sv",
        "11111",
        """Complete. windows-1252 body, Outlook-style multipart. Tests a .docx that holds the
        whole application as a two-column table, one row per element (labels in bold in the
        first column); each element must be read from its row. Association: name, org.nr, 96
        members; contact Lennart Holm with phone and e-mail (he also signs from that address);
        activity: four storytelling/photo evenings with dates and local benefit; anchoring:
        member meeting decision, 14 volunteers, two local partner groups; budget: items totalling
        7 100, applied 7 100. Renting a photo scanner is rental, not an investment. Target group
        row says "kvinnor och män": women_and_men true.""",
        association_name="Gullabo Bygdegårdsförening",
        org_number=ORG_2407,
        contact_name="Lennart Holm",
        contact_email="lennart.holm@example.org",
        contact_phone="0486-402 11",
        members=96,
        ort="Gullabo",
        amount_sek=7100,
        women_and_men=True,
    ),
)


# --- 2408 Virserum: budget only in a CSV with quoted Swedish decimals; vague activity ------
CSV_2408 = (
    "\ufeff"
    + "\r\n".join(
        [
            '"Post","Belopp (kr)","Kommentar"',
            '"Hyra av scen och ljudanläggning","4 500,00","från uthyrare i Hultsfred"',
            '"Artistarvode","6 000,00","två band från trakten"',
            '"Annonsering","1 250,00","affischer + Facebook"',
            '"Korv och dricka till funktionärer","800,00",""',
            '"Summa","12 550,00",""',
        ]
    )
    + "\r\n"
)
add(
    2408,
    "virserum-musikforening-csv",
    frm=addr("Jonas Ek", "jonas.ek.virserum@example.com"),
    subject="idéslanten ansökan",
    date=when(3, 6, 22, 47, 40),
    mid="<CAJ8xv2Pq0RrT5nK2408mUs1cV1rs3rum@mail.example.com>",
    body=M(
        "mixed",
        [
            M(
                "alternative",
                [
                    T(
                        "Hej!\n\nVirserums Musikförening (ca 40 medlemmar) vill söka idéslanten. Vi vill göra något kul för byn i sommar, det har varit för lite som händer här.\n\nBudget bifogas som csv (exporterad från kalkylarket).\n\nJonas Ek\n076-118 40 52\n",
                        params="format=flowed",
                    ),
                    T(
                        '<div dir="ltr">Hej!<br><br>Virserums Musikförening (ca 40 medlemmar) vill söka idéslanten. Vi vill göra något kul för byn i sommar, det har varit för lite som händer här.<br><br>Budget bifogas som csv (exporterad från kalkylarket).<br><br>Jonas Ek<br>076-118 40 52</div>\n',
                        sub="html",
                        cte="quoted-printable",
                    ),
                ],
                "000000000000a1b2c3062408e5f6",
            ),
            A(CSV_2408, "text/csv", "budget_virserum.csv"),
        ],
        "000000000000a1b2c4062408e5f6",
    ),
    label=L(
        "application",
        "sv",
        "11001",
        """Tests a budget given only as a CSV attachment (UTF-8 with BOM, CRLF, comma
        separators, every field quoted, Swedish decimals with space thousands and comma "4 500,00").
        The text/csv part carries no charset parameter although its bytes are UTF-8.
        Budget true: four items with amounts; the total 12 550 is the amount. Activity false:
        "något kul för byn i sommar" is a vague wish; the CSV items hint at a concert but the mail
        never says what, when or how it helps the village. Anchoring false: nothing. Association:
        named with about 40 members; contact Jonas Ek signs from his own address with phone.
        The artists' fee is a performer's fee, not salary; renting stage and sound is rental.""",
        association_name="Virserums Musikförening",
        contact_name="Jonas Ek",
        contact_email="jonas.ek.virserum@example.com",
        contact_phone="076-118 40 52",
        members=40,
        ort="Virserum",
        amount_sek=12550,
    ),
)

# --- 2409 Löttorp followup: supplies the contact person (Outlook quoting) -----------------
R_2404 = receipt("2026-0043", ["contact"], 0)
add(
    2409,
    "lottorp-svar-kontaktperson",
    frm=addr("Gunilla Axelsson", "gunilla.axelsson@example.net"),
    to=BOT_HDR,
    subject="SV: Ansökan idéslanten – Löttorp året runt [Idéslanten 2026-0043]",
    date=when(3, 9, 7, 58, 3),
    mid="<DB8PR09MB2409C0FFEE1A2B3C@DB8PR09MB2409.eurprd09.example.net>",
    extra=[
        ("In-Reply-To", receipt_mid("2026-0043")),
        ("References", "<CAB3r9Yq+LoTT0rp4x2Vd=kq0w@mail.example.net> " + receipt_mid("2026-0043")),
        ("Thread-Topic", hval("Ansökan idéslanten – Löttorp året runt [Idéslanten 2026-0043]")),
    ],
    body=T(
        f"""Hej!

Kontaktperson för vår ansökan blir jag, Gunilla Axelsson, kassör i samhällsföreningen. Jag nås på 070-845 21 90 eller på den här adressen. Styrelsen skickade från föreningens gemensamma adress, förlåt för det.

Mvh Gunilla

________________________________
Från: {BOT_NAME} <{BOT_ADDR}>
Skickat: den 4 mars 2026 11:02
Till: info.lottorp@example.net
Ämne: Re: Ansökan idéslanten – Löttorp året runt [Idéslanten 2026-0043]

{R_2404}
""",
        cte="quoted-printable",
    ),
    label=L(
        "followup",
        "sv",
        "01000",
        """Followup to 2404 (In-Reply-To is the bot's receipt, References has the application).
        Outlook style: the receipt is quoted under a "Från:/Skickat:" block without ">" marks;
        its list of missing parts must not count. New text supplies the contact person: Gunilla
        Axelsson, phone, writing from her own address. She only calls the applicant "samhällsföreningen",
        so association stays false for this mail.""",
        contact_name="Gunilla Axelsson",
        contact_email="gunilla.axelsson@example.net",
        contact_phone="070-845 21 90",
    ),
)

# --- 2410 Ruda: body is just "Se bifogad ansökan"; the .docx has everything -----------------
ORG_2410 = orgnr("802493302")
DOCX_2410 = docx(
    [
        ("h", "Ansökan om regional bygdepeng – idéslanten"),
        ("b", "Sökande"),
        (
            "p",
            f"Ruda Byaförening, org.nr {ORG_2410}, Ruda i Högsby kommun. Föreningen har 58 medlemmar och arbetar för service och trivsel i byn.",
        ),
        ("b", "Kontaktperson"),
        ("p", "Kerstin Wahlberg, 072-410 55 83, kerstin.wahlberg@example.com"),
        ("b", "Vad vi vill göra"),
        (
            "p",
            "Två kvällar med kurs i hjärt-lungräddning och första hjälpen i Ruda Folkets hus, 21 och 28 april. Det tar över 25 minuter för ambulansen att komma till Ruda, så ju fler i byn som kan HLR, desto tryggare blir det att bo och åldras här. Kursen visar också hur man använder hjärtstartaren som redan sitter i affären. Kursen riktar sig till alla vuxna, både kvinnor och män.",
        ),
        ("b", "Förankring"),
        (
            "p",
            "Vi frågade i byns Facebookgrupp och på en lapp i affären: 57 svarade och 49 vill gå kursen. Ruda IF lånar ut sina ledare som hjälper till vid övningarna, och räddningsvärnet i Högsby ställer upp med en instruktör på plats.",
        ),
        ("b", "Budget"),
        (
            "p",
            "Kursledare, arvode 2 x 2 500 kr = 5 000 kr\nHyra av övningsdockor 800 kr\nLokalhyra Folkets hus 2 x 400 kr = 800 kr\nFika 600 kr\nSumma: 7 200 kr",
        ),
        ("p", "Vi söker 7 200 kr."),
    ],
    month_day=(3, 8),
)
add(
    2410,
    "ruda-hlr-bifogad-ansokan",
    frm=addr("Kerstin Wahlberg", "kerstin.wahlberg@example.com"),
    subject="Ansökan",
    date=when(3, 9, 12, 15, 44),
    mid="<2410.1773054944.sgx@mobile.example.com>",
    body=M(
        "mixed",
        [
            T("Se bifogad ansökan\n\nSkickat från min Galaxy\n"),
            A(
                DOCX_2410,
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                "Ansökan Ruda.docx",
            ),
        ],
        "--_com.samsung.android.email_2410_88211905420176",
    ),
    label=L(
        "application",
        "sv",
        "11111",
        """Complete. The body is only "Se bifogad ansökan" plus a phone signature and the subject
        is just "Ansökan"; everything is in the attached .docx (headed paragraphs). Association:
        Ruda Byaförening, org.nr, 58 members; contact Kerstin Wahlberg with phone and e-mail;
        activity: two CPR/first-aid evenings on fixed dates, motivated by the ambulance distance;
        anchoring: poll with 57 answers, local club and fire volunteers take part; budget four
        items, total 7 200 = applied. Renting training dummies is rental; the defibrillator
        already exists (no purchase). "både kvinnor och män": women_and_men true.""",
        association_name="Ruda Byaförening",
        org_number=ORG_2410,
        contact_name="Kerstin Wahlberg",
        contact_email="kerstin.wahlberg@example.com",
        contact_phone="072-410 55 83",
        members=58,
        ort="Ruda",
        amount_sek=7200,
        women_and_men=True,
    ),
)


TRAILING_SPACE = " "  # the form's empty answers keep the space after the colon

# --- 2411 Vissefjärda: plain-text form with two empty answers ----------------------------
ORG_2411 = orgnr("802477208")
add(
    2411,
    "vissefjarda-formular-tomma-svar",
    frm=addr("Anders Lundgren", "ante.lundgren@example.org"),
    subject="ANSÖKAN IDÉSLANTEN 2026 - Vissefjärda",
    date=when(3, 10, 18, 2, 30),
    mid="<8d41f0e2b7a94c3e2411@ante-laptop.example.org>",
    body=T(
        f"""ANSÖKAN IDÉSLANTEN 2026
(mall från regionens hemsida)

Förening/grupp: Vissefjärda Sockenråd, org.nr {ORG_2411}. Ca 230 medlemmar (hushåll som betalat sockenrådsavgiften).

Kontaktperson: Anders "Ante" Lundgren, 070-654 33 12, ante.lundgren@example.org

Aktivitet (vad, när, hur det gynnar orten): Öppet hus i sockenstugan söndag 26 april med byvandring på förmiddagen och en föreläsning på eftermiddagen om Vissefjärda som glasbruks- och skogsbygd. Vi bjuder särskilt in fritidshusägarna och hoppas att fler ska vilja bo här året runt.

Förankring:{TRAILING_SPACE}

Budget (översikt):{TRAILING_SPACE}

Sökt belopp: 12 000 kr

/Ante
""",
        cs="iso-8859-1",
        cte="8bit",
    ),
    label=L(
        "application",
        "sv",
        "11100",
        """latin-1, 8bit. Tests a filled-in plain-text form where two answers are left empty:
        "Förankring: " and "Budget (översikt): " are followed by nothing, so anchoring and
        budget are false (a field label is not content). "Sökt belopp: 12 000 kr" is a bare total:
        budget stays false but the amount is 12 000. Association: Vissefjärda Sockenråd with
        org.nr and about 230 members; contact Anders Lundgren with phone and e-mail; activity:
        open house with village walk and lecture on a fixed Sunday, aimed at getting holiday-home
        owners to settle.""",
        association_name="Vissefjärda Sockenråd",
        org_number=ORG_2411,
        contact_name="Anders Lundgren",
        contact_email="ante.lundgren@example.org",
        contact_phone="070-654 33 12",
        members=230,
        ort="Vissefjärda",
        amount_sek=12000,
    ),
)

# --- 2412 Bergkvara: the budget on one line; no association -------------------------------
add(
    2412,
    "bergkvara-foraldrakvall",
    frm=addr("Emelie Karlsson", "emelie.k91@example.com"),
    subject="söka pengar föreläsning Bergkvara",
    date=when(3, 11, 21, 36, 19),
    mid="<1773261379.2412.emelie@webmail.example.com>",
    body=T(
        """hej!
vi är några föräldrar i Bergkvara som vill ordna en föreläsning om ungas psykiska hälsa och skärmtid, torsdag 7 maj kl 18.30 i matsalen på Bergkvara skola, och efteråt en samtalskväll där föräldrar kan prata med varandra och med fritidsgården. Det finns inget sånt här nere vid kusten, man måste åka till Kalmar för allt.

på föräldramötet i februari var det 31 föräldrar som ville att vi skulle ordna det, och skolan och Bergkvara IF hjälper till att sprida det. det är för både mammor och pappor (och andra vuxna såklart)

Hyra: 1500 / Fika: 800 / Föreläsare: 2500

mvh Emelie Karlsson
073-980 12 45
""",
        cte="quoted-printable",
    ),
    label=L(
        "application",
        "sv",
        "01111",
        """Lower-case, informal. Tests a budget written on one line with slashes ("Hyra: 1500 /
        Fika: 800 / Föreläsare: 2500"): three items with amounts, budget true, sum 4 800 is the
        amount. Association false: "några föräldrar i Bergkvara" is an unnamed group with nothing
        about it. Contact: Emelie Karlsson signs from her own address with phone. Activity
        concrete (lecture and parents' evening, date, place, local benefit); anchoring: 31
        parents at the parents' meeting asked for it, school and sports club help. "både mammor
        och pappor": women_and_men true. The lecturer's fee is not salary.""",
        contact_name="Emelie Karlsson",
        contact_email="emelie.k91@example.com",
        contact_phone="073-980 12 45",
        ort="Bergkvara",
        amount_sek=4800,
        women_and_men=True,
    ),
)

# --- 2413 Figeholm: anchoring only in an attached letter of support (.txt) ----------------
ORG_2413 = orgnr("802426115")
LETTER_2413 = """STÖDBREV

Till Region Kalmar län, idéslanten

Figeholms Båtklubb stöder Figeholms Byalags ansökan om pengar till Hamnkvällar i Figeholm.

På vårt styrelsemöte den 2 mars beslutade vi att upplåta klubbhuset vid gästhamnen gratis för de tre kvällarna och att sex av klubbens medlemmar hjälper till med grillen och guidar bryggvandringen. Båtklubben har 210 medlemmar och vi ser fram emot att hamnen blir en mötesplats för hela byn och inte bara för oss som har båt.

Figeholm den 3 mars 2026

Per Hägg
ordförande, Figeholms Båtklubb
"""
add(
    2413,
    "figeholm-hamnkvallar-stodbrev",
    frm=addr("Helena Sjöberg", "helena.sjoberg@example.se"),
    subject="Ansökan om idéslanten: Hamnkvällar i Figeholm",
    date=when(3, 12, 14, 5, 0),
    mid="<em2413.7f3a9c11-0b6e-4d52-a0c8-figeholm@example.se>",
    body=M(
        "mixed",
        [
            T(
                f"""Hej!

Figeholms Byalag (org.nr {ORG_2413}, 140 medlemmar) söker idéslanten för Hamnkvällar i Figeholm.

Vi vill ordna tre kvällar i juni (4, 11 och 18 juni) vid gästhamnen: en föreläsning om Figeholms historia som lastageplats och fiskeläge, en bryggvandring, och en dialogkväll om hur hamnområdet kan användas året runt – för café, marknad och föreningsliv. Målet är att hamnen ska bli en mötesplats för alla i byn och att fler sommargäster ska lära känna Figeholm.

Budget
Föreläsare, arvode 3 000 kr
Föreläsarens resa 800 kr
Grillmat och kaffe 3 kvällar 2 400 kr
Affischer och utskick 500 kr
Totalt 6 700 kr

Se bifogat stödbrev från Figeholms Båtklubb.

Vänliga hälsningar
Helena Sjöberg, sekreterare i byalaget
0491-310 72
""",
                cte="quoted-printable",
            ),
            A(
                LETTER_2413,
                "text/plain",
                "stodbrev_batklubben.txt",
                cte="quoted-printable",
                cs="iso-8859-1",
            ),
        ],
        "=_2413_figeholm_boundary_7f3a9c11",
    ),
    label=L(
        "application",
        "sv",
        "11111",
        """Complete. Tests anchoring that is given only in an attached letter of support (.txt,
        latin-1 quoted-printable): the boat club's board decided to lend its clubhouse and six
        members help out – concrete cooperation with another local group, so anchoring is true
        although the body only says "se bifogat stödbrev". The letter's 210 members belong to the
        boat club, not the applicant: members is 140. Contact Helena Sjöberg signs from her own
        address with phone. Activity: three June evenings with dates and purpose; budget four
        items, total 6 700 (amount). Lecturer fee is not salary.""",
        association_name="Figeholms Byalag",
        org_number=ORG_2413,
        contact_name="Helena Sjöberg",
        contact_email="helena.sjoberg@example.se",
        contact_phone="0491-310 72",
        members=140,
        ort="Figeholm",
        amount_sek=6700,
    ),
)


# --- 2414 Timmernabben: the contact person is only in a vCard ----------------------------
ORG_2414 = orgnr("802471524")
add(
    2414,
    "timmernabben-samakning-vcard",
    frm=addr("Timmernabbens Byalag", "byalaget.timmernabben@example.se"),
    subject="Idéslanten – ansökan från Timmernabbens Byalag",
    date=when(3, 12, 19, 12, 54),
    mid="<a7c2e9f0-2414-11f0-9b3d-timmernabben@example.se>",
    body=M(
        "mixed",
        [
            T(
                f"""Hej,

Timmernabbens Byalag (org.nr {ORG_2414}) har 88 medlemmar och arbetar för service, kommunikationer och trivsel i Timmernabben.

Vi söker idéslanten för en föreläsningskväll och två arbetsmöten om samåkning. Den 16 april kommer en föreläsare från en by i Småland som har startat en samåkningsapp för landsbygden och berättar hur de gjorde. Den 7 och 21 maj håller vi arbetsmöten i Folkets hus där vi lägger upp hur samåkningen till Kalmar och Mönsterås ska fungera här. Bussen går sällan och många unga och äldre saknar bil.

I byalagets enkät sommaren 2025 svarade 112 hushåll, och "bättre möjligheter att ta sig till jobb och vård" kom först. Timmernabbens IF och PRO Timmernabben är med och bjuder in.

Budget:
- föreläsare inkl. resa 4 000 kr
- lokalhyra Folkets hus 3 x 450 kr = 1 350 kr
- fika 3 kvällar 1 500 kr
- annons och flygblad 650 kr
Summa 7 500 kr

Kontaktuppgifter finns i bifogat visitkort.

Hälsningar
Styrelsen i Timmernabbens Byalag
""",
                cte="quoted-printable",
            ),
            A(
                vcard(
                    "Per-Olof Nyqvist",
                    org="Timmernabbens Byalag",
                    tel="+46 70 233 81 07",
                    mail="perolof.nyqvist@example.se",
                    title="Ordförande",
                ),
                "text/vcard",
                "Per-Olof Nyqvist.vcf",
                cs="utf-8",
            ),
        ],
        "------------2414mBx9qLkTnR0dVcJ7",
    ),
    label=L(
        "application",
        "sv",
        "11111",
        """Tests a contact person who exists only in a vCard attachment (.vcf with FN, TEL,
        EMAIL). The mail comes from the association's shared mailbox and is signed "Styrelsen";
        the body names nobody. Relabelled: an officer who opens the attached business card sees a
        named person with phone and e-mail, so contact is true with the card's facts (first
        written as false on the guess that the bot would ignore vCards). Association named with org.nr and 88
        members; activity: lecture on a date plus two working meetings on car-pooling, with local
        need; anchoring: survey with 112 households and two partner groups; budget four items,
        total 7 500 (amount).""",
        association_name="Timmernabbens Byalag",
        org_number=ORG_2414,
        contact_name="Per-Olof Nyqvist",
        contact_email="perolof.nyqvist@example.se",
        contact_phone="+46 70 233 81 07",
        members=88,
        ort="Timmernabben",
        amount_sek=7500,
    ),
)

# --- 2415 Virserum followup: supplies activity and anchoring (Gmail quoting) --------------
R_2408 = receipt("2026-0046", ["activity", "anchoring"], 1)
add(
    2415,
    "virserum-svar-konsert",
    frm=addr("Jonas Ek", "jonas.ek.virserum@example.com"),
    subject="Re: idéslanten ansökan [Idéslanten 2026-0046]",
    date=when(3, 13, 17, 20, 8),
    mid="<CAJ8xv2Pq0RrT5nK2415re2Vp@mail.example.com>",
    extra=[
        ("In-Reply-To", receipt_mid("2026-0046")),
        (
            "References",
            "<CAJ8xv2Pq0RrT5nK2408mUs1cV1rs3rum@mail.example.com> " + receipt_mid("2026-0046"),
        ),
    ],
    body=T(
        f"""Hej igen, sorry för att det blev luddigt!

Det vi vill göra är en gratis sommarkonsert i Folkets park i Virserum lördag 27 juni, med två band från trakten och allsång på slutet. Parken har stått tom de senaste somrarna och vi vill visa att den kan användas igen, så att fler föreningar vågar ordna saker där. Virserums IF driver caféet och får behålla intäkterna till ungdomsverksamheten.

Vi tog upp det på Virserums byaråds möte den 10 mars och alla där var för. Byarådet, IF och hembygdsföreningen ställer upp med ca 20 funktionärer.

/Jonas

Den fre 6 mars 2026 kl 23:01 skrev {BOT_NAME} <{BOT_ADDR}>:

{quote_gt(R_2408)}
""",
        params="format=flowed",
        cte="quoted-printable",
    ),
    label=L(
        "followup",
        "sv",
        "00110",
        """Followup to 2408 in Gmail style ("Den fre 6 mars 2026 kl 23:01 skrev ..." and ">"
        quoting of the receipt). New text supplies the missing activity (free summer concert in
        the park on 27 June, why it helps the village) and anchoring (backed at the village
        council meeting, three local groups with about 20 volunteers). Contact false: Jonas signs
        with his first name only and no phone (relabelled to the corpus-wide convention: a first
        name with the surname only in the From header is not a named contact). No budget or
        association in the new text.""",
        association_name=None,
        ort="Virserum",
    ),
)

# --- 2416 autoreply with Auto-Submitted, in the thread of 2402 ----------------------------
add(
    2416,
    "autosvar-alsterbro-semester",
    frm=addr("Malin Petrusson", "malin.petrusson@example.com"),
    to=OFFICER_HDR,
    subject="Automatiskt svar: Cykelverkstad i Alsterbro – ansökan idéslanten [Idéslanten 2026-0039]",
    date=when(3, 13, 17, 41, 22),
    mid="<AM9P192MB0831AUTO2416@AM9P192MB0831.example.com>",
    extra=[
        ("In-Reply-To", "<officer-2026-0039-1@example.se>"),
        (
            "References",
            "<AM9P192MB0831A7D2E4F5B6C7@AM9P192MB0831.example.com> <officer-2026-0039-1@example.se>",
        ),
        ("Auto-Submitted", "auto-replied"),
        ("X-Auto-Response-Suppress", "All"),
    ],
    body=T(
        """Hej!

Jag är på semester till och med 22 mars och läser inte min e-post. Ärenden som rör Alsterbro Byalag kan vänta tills jag är tillbaka.

Hälsningar
Malin Petrusson
""",
        cte="quoted-printable",
    ),
    label=L(
        "autoreply",
        "sv",
        "00000",
        """Out-of-office reply with Auto-Submitted: auto-replied and X-Auto-Response-Suppress,
        answering the officer's message in the thread of 2402 (References carries 2402's
        Message-ID, subject carries the case number). It is a machine reply, not a followup: all
        elements false, all facts null, the bot must not answer.""",
    ),
)


# --- 2417 Orrefors: young writer, vCard plus a body signature with phone; budget later ------
add(
    2417,
    "orrefors-kortfilm-unga",
    frm=addr("Alva Sundin", "alva.sundin@example.com"),
    subject="ansökan idéslanten orrefors",
    date=when(3, 16, 23, 48, 31),
    mid="<DU2PR02MB2417F1E2D3C4B5A6@DU2PR02MB2417.example.com>",
    body=M(
        "mixed",
        [
            T(
                """Hejsan!

Vi i Orrefors Skate & Kultur vill ansöka om idéslanten. Föreningen startade 2023 och vi är 24 medlemmar mest mellan 15 och 25 år, vi har typ hand om skateparken vid gamla bruket.

Vi tänkte göra en kortfims-workshop tre helger i maj (9-10, 16-17, 23-24 maj) där en filmare från Nybro lär oss göra film, och vi gör korta filmer om hur det är att vara ung i Orrefors. Filmerna visas på bygdegården 13 juni för hela byn. Vi vill visa att det händer saker här och att man inte måste flytta till stan, för tjejer och killar båda.

Vi hade ett möte på fritidsgården med 19 st och glasbruksmuseets vänförening + Orrefors IK har sagt ja att vara med och hjälpa till med visningen.

Budget kommer senare, vi väntar på offert från filmaren. Max 12 000 kr typ.

Ring mig om ni undrar nåt / Alva Sundin 070-417 93 26
(mitt visitkort ligger med)
""",
                cs="windows-1252",
                cte="8bit",
            ),
            A(
                vcard(
                    "Alva Sundin",
                    org="Orrefors Skate & Kultur",
                    tel="070-417 93 26",
                    mail="alva.sundin@example.com",
                ),
                "text/x-vcard",
                "Alva Sundin.vcf",
            ),
        ],
        "_002_DU2PR02MB2417F1E2D3C4B5A6DU2PR02MB2417_",
    ),
    label=L(
        "application",
        "sv",
        "11110",
        """windows-1252, 8bit, young writer with typos ("kortfims-workshop") and shorthand.
        Tests a vCard that is NOT the only contact source: the body itself names Alva Sundin
        with phone and she writes from her own address, so contact is true (the .vcf repeats
        it). Budget false: "Budget kommer senare" plus a rough ceiling; "Max 12 000 kr typ" is a
        single rough figure and counts as the amount (12 000). Association: named, founded 2023,
        24 members; activity: short-film workshop on three weekends with screening on 13 June and
        local benefit; anchoring: meeting with 19 young people, two local groups have agreed to
        take part. "tjejer och killar": women_and_men true.""",
        association_name="Orrefors Skate & Kultur",
        contact_name="Alva Sundin",
        contact_email="alva.sundin@example.com",
        contact_phone="070-417 93 26",
        members=24,
        ort="Orrefors",
        amount_sek=12000,
        women_and_men=True,
    ),
)

# --- 2418 Tvärskog: letter of support as PDF; vague activity, bare total ------------------
ORG_2418 = orgnr("802446662")
PDF_2418 = text_pdf(
    [
        "# Tvärskogs IK",
        "Idrottsvägen 4, Tvärskog",
        "",
        "Till Region Kalmar län",
        "",
        "# Intyg om samarbete",
        "",
        "Tvärskogs IK stöder Tvärskogs Bygdeförenings ansökan om idéslanten.",
        "Styrelsen beslutade den 9 mars 2026 att ställa klubbstugan och fem av",
        "våra ledare till förfogande för bygdeföreningens träffar under året,",
        "och vi informerar våra medlemmar om träffarna i klubbens utskick.",
        "",
        "Tvärskog den 10 mars 2026",
        "",
        "Maria Lind",
        "ordförande, Tvärskogs IK",
    ],
    title="Intyg Tvärskogs IK",
)
add(
    2418,
    "tvarskog-stodbrev-pdf",
    frm=addr("Göran Ahl", "goran.ahl@example.net"),
    subject="Ansökan idéslanten Tvärskogs Bygdeförening",
    date=when(3, 17, 9, 3, 15),
    mid="<000a01dcb5f3$2418c0d0$6a1b2c3d$@example.net>",
    body=M(
        "mixed",
        [
            T(
                f"""Hej,

Tvärskogs Bygdeförening, org.nr {ORG_2418}, har 67 medlemmar och driver bygdegården i Tvärskog.

Vi vill söka idéslanten för att stärka gemenskapen i Tvärskog genom olika träffar under året. Vi söker 9 000 kr.

Bifogar ett brev från Tvärskogs IK som visar att vi har stöd.

Med vänlig hälsning
Göran Ahl
kassör, Tvärskogs Bygdeförening
0480-360 48
""",
                cs="windows-1252",
                cte="quoted-printable",
            ),
            A(PDF_2418, "application/pdf", "Intyg Tvarskogs IK.pdf"),
        ],
        "----=_NextPart_000_000B_01DCB5F3.2418C0D0",
        preamble="This is a multi-part message in MIME format.",
    ),
    label=L(
        "application",
        "sv",
        "11010",
        """Tests anchoring that is given only in an attached letter of support as a PDF
        (uncompressed text): the sports club's board decided to provide its clubhouse and five
        leaders – concrete local cooperation, anchoring true. Activity false: "stärka gemenskapen
        ... genom olika träffar under året" is vague (no what, when or how). Budget false: only a
        bare total ("Vi söker 9 000 kr"), which is the amount. Association named with org.nr and
        67 members; contact Göran Ahl signs from his own address with phone.""",
        association_name="Tvärskogs Bygdeförening",
        org_number=ORG_2418,
        contact_name="Göran Ahl",
        contact_email="goran.ahl@example.net",
        contact_phone="0480-360 48",
        members=67,
        ort="Tvärskog",
        amount_sek=9000,
    ),
)

# --- 2419 Målilla: English mail, budget in a two-sheet .xlsx; no anchoring ----------------
ORG_2419 = orgnr("802519477")
XLSX_2419 = xlsx(
    [
        (
            "Cover",
            [
                ["Application – Idéslanten 2026"],
                ["Applicant", "Målilla International Friends"],
                ["Org. no.", ORG_2419],
                ["Project", "Språkcafé Målilla / Language café"],
                ["See sheet 2 for the budget"],
            ],
        ),
        (
            "Budget",
            [
                ["Item", "Qty", "Unit (SEK)", "Total (SEK)"],
                ["Swedish teacher, fee per session", 6, 900, 5400],
                ["Room rent, library meeting room", 6, 200, 1200],
                ["Coffee and snacks", 6, 250, 1500],
                ["Hall rent for final potluck", 1, 800, 800],
                ["Flyers", 1, 400, 400],
                ["Total", None, None, ("=SUM(D2:D6)", 9300)],
            ],
        ),
    ],
    month_day=(3, 16),
)
add(
    2419,
    "malilla-language-cafe-xlsx",
    frm=addr("Femke de Vries", "femke.devries@example.org"),
    subject="Application Idéslanten – language café in Målilla",
    date=when(3, 17, 15, 44, 9),
    mid="<3f9e1c2a-2419-4d7b-8e6a-9c0b1d2e3f40@example.org>",
    body=M(
        "mixed",
        [
            T(
                f"""Dear rural development officer,

Sorry for writing in English, my Swedish is not good enough yet for an application!

Målilla International Friends (org. no. {ORG_2419}) is an association of newcomers and locals in Målilla. We have 34 members from eight countries, Swedes included.

We would like to run six Saturday language cafés (5 September to 10 October) in the meeting room of Målilla library, led by a hired Swedish teacher, and finish with a potluck dinner for the whole village. Newcomers who speak Swedish find jobs, start businesses and stay in Målilla, and locals get to know the families who moved here. It is for women and men, and children are welcome.

We believe many people in Målilla would appreciate this.

The budget is in the attached Excel file (sheet 2). We apply for 9 300 SEK.

Kind regards,
Femke de Vries
chair, Målilla International Friends
+46 73 814 20 66
""",
                cte="base64",
            ),
            A(
                XLSX_2419,
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                "Budget Malilla language cafe.xlsx",
            ),
        ],
        "Apple-Mail=_2419A0B1-C2D3-4E5F-8A9B-0C1D2E3F4A5B",
    ),
    label=L(
        "application",
        "en",
        "11101",
        """English application, base64 body. Budget in a two-sheet .xlsx: the first sheet
        ("Cover") only names the applicant and points to sheet 2, where the items and a formula
        total (9 300) are; applied amount 9 300. Anchoring false: "We believe many people ...
        would appreciate this" is a hope, no meeting, survey or partner. Association named with
        org.nr and 34 members; contact Femke de Vries signs from her own address with phone;
        activity: six dated language cafés plus a potluck, with local benefit. A teacher's
        session fee is a course leader's fee, not salary. "for women and men": women_and_men true.""",
        association_name="Målilla International Friends",
        org_number=ORG_2419,
        contact_name="Femke de Vries",
        contact_email="femke.devries@example.org",
        contact_phone="+46 73 814 20 66",
        members=34,
        ort="Målilla",
        amount_sek=9300,
        women_and_men=True,
    ),
)


# --- 2420 Bergkvara followup: supplies the association (iPhone quoting) -------------------
ORG_2420 = orgnr("802508629")
R_2412 = receipt("2026-0049", ["association"], 2)
add(
    2420,
    "bergkvara-svar-forening",
    frm=addr("Emelie Karlsson", "emelie.k91@example.com"),
    subject="Re: söka pengar föreläsning Bergkvara [Idéslanten 2026-0049]",
    date=when(3, 18, 12, 7, 55),
    mid="<B7E2C1D0-2420-4F3A-9E8D-7C6B5A4F3E2D@example.com>",
    extra=[
        ("In-Reply-To", receipt_mid("2026-0049")),
        ("References", "<1773261379.2412.emelie@webmail.example.com> " + receipt_mid("2026-0049")),
    ],
    body=T(
        f"""Hej! vi kör det genom Bergkvara Hem och Skola-förening, den har funnits länge och har 46 medlemmar, org nr {ORG_2420}. styrelsen sa ok igår

/Emelie

Skickat från min iPhone

> 11 mars 2026 kl. 21:37 skrev {BOT_NAME} <{BOT_ADDR}>:
>
{quote_gt(R_2412)}
""",
        cte="quoted-printable",
    ),
    label=L(
        "followup",
        "sv",
        "10000",
        """Followup to 2412 with iPhone quoting ("> 11 mars 2026 kl. 21:37 skrev ..."). The new
        text supplies the missing association: Bergkvara Hem och Skola-förening, 46 members,
        org.nr. Contact false: Emelie signs with her first name only and no phone (relabelled to
        the corpus-wide convention). The quoted receipt's list of missing parts does not count.""",
        association_name="Bergkvara Hem och Skola-förening",
        org_number=ORG_2420,
        members=46,
    ),
)

# --- 2421 Degerhamn: two private persons, budget in a quoted-decimal CSV without total ----
CSV_2421 = (
    "\r\n".join(
        [
            '"Post","Kostnad"',
            '"Guide/geolog, arvode","3 000,00"',
            '"Hyra av Södra Möckleby bygdegård","1 200,00"',
            '"Fika till 40 personer","950,00"',
            '"Affischer och annons i Ölandsbladet","350,00"',
        ]
    )
    + "\r\n"
)
add(
    2421,
    "degerhamn-kalkbrottet-csv",
    frm=addr("Lars-Erik Öhman", "larserik.ohman@example.se"),
    subject="Idéslanten - kalkbrottskväll i Degerhamn",
    date=when(3, 19, 10, 30, 41),
    mid="<20260319093041.GA2421@larserik.example.se>",
    body=M(
        "mixed",
        [
            T(
                """Hej!

Jag och min granne Karin Holmgren vill ordna en kalkbrottskväll i Degerhamn lördag 30 maj: en geolog guidar oss runt i det gamla kalkbrottet och berättar om cementfabriken, och efteråt har vi ett samtal i bygdegården om att göra en vandringsled med skyltar, så att turister stannar i Degerhamn istället för att bara köra förbi till Ottenby.

Södra Ölands hembygdsförening och Degerhamns IF hjälper till, och på byamötet 2 mars var vi 25 stycken som tyckte det var en bra idé.

Kostnaderna ligger i bifogad fil.

Hälsningar
Lars-Erik Öhman
0485-662 19
""",
                cte="8bit",
            ),
            A(CSV_2421, "text/csv", "kostnader.csv", cte="quoted-printable", cs="utf-8"),
        ],
        "=-2421-Mutt-boundary-Degerhamn",
    ),
    label=L(
        "application",
        "sv",
        "01111",
        """Tests association false when the applicants are two private neighbours ("Jag och min
        granne") with no group behind them; the hembygdsförening and IF are helpers, not the
        applicant. Budget only in a CSV (comma separators, quoted Swedish decimals, no total
        row, CRLF, quoted-printable): four items, the sum 5 500 is the amount. Contact:
        Lars-Erik Öhman signs from his own address with phone. Activity: guided evening on a
        fixed date plus a talk about a trail, with local benefit; anchoring: village meeting with
        25 people and two helping groups (25 is attendance, not members).""",
        contact_name="Lars-Erik Öhman",
        contact_email="larserik.ohman@example.se",
        contact_phone="0485-662 19",
        ort="Degerhamn",
        amount_sek=5500,
    ),
)

# --- 2422 Lönneberga: the activity is only a vague word in the subject and one body line ---
ORG_2422 = orgnr("802431891")
add(
    2422,
    "lonneberga-studiebesok",
    frm=addr("Marianne Gustavsson", "marianne.gustavsson@example.net"),
    subject=hval_q("Ansökan idéslanten - studiebesök", "iso-8859-1"),
    raw_subject=True,
    date=when(3, 20, 14, 2, 12),
    mid="<4A1B2C3D.2422.5E6F@example.net>",
    body=T(
        f"""Hej!

Lönneberga Hembygdsförening, org.nr {ORG_2422}, 150 medlemmar, söker bidrag ur idéslanten.

Vi vill åka på studiebesök.

Det beslutades på årsmötet den 8 februari där 45 medlemmar var med, och vi gör det tillsammans med Lönneberga Byaråd och Silverådalens fiskevårdsområde som också skickar med folk.

Budget:
Bussresa 5 500 kr
Entréer 30 x 80 kr = 2 400 kr
Fika 900 kr
Summa 8 800 kr

Kontakt: Marianne Gustavsson, 0495-410 27, marianne.gustavsson@example.net

Med vänlig hälsning
Marianne Gustavsson
Lönneberga Hembygdsförening
""",
        cs="iso-8859-1",
        cte="quoted-printable",
    ),
    label=L(
        "application",
        "sv",
        "11011",
        """latin-1 quoted-printable body, Q-encoded iso-8859-1 subject. Counterpart to 2401:
        here the subject ("studiebesök") and the one body line ("Vi vill åka på studiebesök.")
        are the only activity text, and together they say neither where, when nor how the trip
        helps the village, so activity is false. Everything else is given: association with
        org.nr and 150 members; contact with phone and e-mail; anchoring: annual-meeting decision
        and two local partners; budget three items, total 8 800 (amount).""",
        association_name="Lönneberga Hembygdsförening",
        org_number=ORG_2422,
        contact_name="Marianne Gustavsson",
        contact_email="marianne.gustavsson@example.net",
        contact_phone="0495-410 27",
        members=150,
        ort="Lönneberga",
        amount_sek=8800,
    ),
)


# --- 2423 Söderåkra: mobile mail, budget on one line with slashes; complete ---------------
ORG_2423 = orgnr("802465193")
add(
    2423,
    "soderakra-nyinflyttarkvall",
    frm=addr("Gun-Britt Mårtensson", "gunbritt.martensson@example.se"),
    subject="Idéslanten Söderåkra",
    date=when(3, 21, 8, 51, 3),
    mid="<6C5D4E3F-2423-4A1B-8C9D-0E1F2A3B4C5D@example.se>",
    body=T(
        f"""Hej!
Söderåkra Bygdegårdsförening (org nr {ORG_2423}, 120 medl) söker idéslanten till en nyinflyttarkväll fredag 24 april i bygdegården. Nya Söderåkrabor får träffa byns föreningar, företagare och grannar, och vi bjuder på mat och en trubadur. Ca 40 hushåll har flyttat hit sen 2023 och många vet inte vad som finns.
Alla sju föreningar i byn står bakom och har varsitt bord, det bestämdes på bygderådets möte i februari.
Lokalhyra 2000 / Fika 1200 / Annonsering 600 / Trubadur 3000
Mvh Gun-Britt Mårtensson
0486-213 40

Skickat från min iPhone""",
        params="format=flowed; delsp=yes",
        cte="base64",
    ),
    label=L(
        "application",
        "sv",
        "11111",
        """Complete; iPhone mail, base64, format=flowed, no blank lines between parts and short
        forms ("120 medl", "org nr"). Tests a budget written on one line separated by slashes
        ("Lokalhyra 2000 / Fika 1200 / Annonsering 600 / Trubadur 3000"): four items, sum 6 800
        is the amount (no total stated). Association: name, org.nr, 120 members; contact:
        Gun-Britt Mårtensson signs from her own address with phone; activity: newcomers' evening
        on a fixed date with local benefit; anchoring: all seven village associations take part,
        decided at the village council meeting. The troubadour's fee is a performer's fee.""",
        association_name="Söderåkra Bygdegårdsförening",
        org_number=ORG_2423,
        contact_name="Gun-Britt Mårtensson",
        contact_email="gunbritt.martensson@example.se",
        contact_phone="0486-213 40",
        members=120,
        ort="Söderåkra",
        amount_sek=6800,
    ),
)

# --- 2424 Vissefjärda followup: one-line budget, anchoring promised later ----------------
R_2411 = receipt("2026-0048", ["anchoring", "budget"], 0)
add(
    2424,
    "vissefjarda-svar-budget",
    frm=addr("Anders Lundgren", "ante.lundgren@example.org"),
    subject="Re: ANSÖKAN IDÉSLANTEN 2026 - Vissefjärda [Idéslanten 2026-0048]",
    date=when(3, 23, 19, 15, 27),
    mid="<1b9e7d3c-2424-4f0a-b6c1-ante-laptop@example.org>",
    extra=[
        ("In-Reply-To", receipt_mid("2026-0048")),
        (
            "References",
            "<8d41f0e2b7a94c3e2411@ante-laptop.example.org> " + receipt_mid("2026-0048"),
        ),
        (
            "User-Agent",
            "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Thunderbird/128.8.0",
        ),
    ],
    body=T(
        f"""Hej!

Här kommer budgeten för öppet hus 26 april:

Hyra: 1500 / Fika: 800 / Föreläsare: 2500

Vi söker alltså mindre än vi skrev först. Förankringen får vi återkomma med efter styrelsemötet 31 mars.

Hälsningar
Anders (Ante) Lundgren
Vissefjärda Sockenråd

Den 2026-03-10 kl. 18:09, {BOT_NAME} skrev:
{quote_gt(R_2411)}
""",
        cs="utf-8",
        cte="8bit",
        params="format=flowed",
    ),
    label=L(
        "followup",
        "sv",
        "01001",
        """Followup to 2411 in Thunderbird style ("Den 2026-03-10 kl. 18:09, ... skrev:" and
        ">" quoting). The new text supplies the budget on one line with slashes – the exact
        "Hyra: 1500 / Fika: 800 / Föreläsare: 2500" shape – so budget is true (sum 4 800,
        recorded as the amount of this mail). Anchoring is only promised for later, so it stays
        false. Contact true: Anders (Ante) Lundgren signs from his own address. The association
        is only named in the signature, with nothing new about it: association false.""",
        association_name="Vissefjärda Sockenråd",
        contact_name="Anders Lundgren",
        contact_email="ante.lundgren@example.org",
        ort="Vissefjärda",
        amount_sek=4800,
    ),
)


# --- 2425 Loftahammar: association only in the HTML signature table (plain part lacks it) ---
ORG_2425 = orgnr("802440400")
TXT_2425 = """Hej!

Vi vill söka idéslanten för två träffar om att bo kvar i skärgården året runt. Den 5 maj håller vi ett kvällsmöte i Loftahammars bygdegård med en föreläsare från Västerviks kommuns skärgårdsenhet om båtskjuts och vintervägar, och den 19 maj en workshop där helårsboende på öarna och i samhället tar fram förslag som vi lämnar till kommunen.

Öbornas förening och Loftahammars företagarförening ordnar träffarna tillsammans med oss, och 35 helårsboende har skrivit på listan i affären om att de vill vara med.

Budget: kommer senare, vi har inte fått pris på lokalen än.

Med vänlig hälsning

--
Tomas Brink
"""
HTML_2425 = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body>
<p>Hej!</p>
<p>Vi vill söka idéslanten för två träffar om att bo kvar i skärgården året runt. Den 5 maj håller vi ett kvällsmöte i Loftahammars bygdegård med en föreläsare från Västerviks kommuns skärgårdsenhet om båtskjuts och vintervägar, och den 19 maj en workshop där helårsboende på öarna och i samhället tar fram förslag som vi lämnar till kommunen.</p>
<p>Öbornas förening och Loftahammars företagarförening ordnar träffarna tillsammans med oss, och 35 helårsboende har skrivit på listan i affären om att de vill vara med.</p>
<p>Budget: kommer senare, vi har inte fått pris på lokalen än.</p>
<p>Med vänlig hälsning</p>
<div class="signature">
<table style="font-family:Arial;font-size:8pt;color:#0b3d5c" cellspacing="0" cellpadding="2">
<tr><td colspan="2" style="font-size:10pt"><b>Tomas Brink</b></td></tr>
<tr><td>Ordförande</td><td><b>Loftahammars Skärgårdsförening</b></td></tr>
<tr><td>Mobil</td><td>070-526 71 30</td></tr>
<tr><td>Förening</td><td>Ideell förening för boende i Loftahammar med skärgård · 140 medlemmar · Org.nr {ORG_2425}</td></tr>
</table>
</div>
</body></html>
"""
add(
    2425,
    "loftahammar-bo-kvar-skargard",
    frm=addr("Tomas Brink", "tomas.brink@example.com"),
    subject="Ansökan idéslanten – Bo kvar i skärgården",
    date=when(3, 24, 16, 25, 37),
    mid="<CAHt2425Loft4hamm4rXq9w@mail.example.com>",
    body=M(
        "alternative",
        [T(TXT_2425, cte="quoted-printable"), T(HTML_2425, sub="html", cte="quoted-printable")],
        "00000000000024257a1b2c3d4e5f",
    ),
    label=L(
        "application",
        "sv",
        "11110",
        """multipart/alternative. Tests an association given only in the HTML signature table
        (Loftahammars Skärgårdsförening, what it is, 140 members, org.nr); the text/plain
        alternative stops at "-- Tomas Brink" and has no table, so a reader that only looks at
        text/plain misses both the association and the phone. An officer reading the mail sees
        the HTML, so association is true. Contact: Tomas Brink from his own address (phone in
        the HTML table). Activity: two dated meetings with a speaker and a workshop on year-round
        living; anchoring: two co-organising local groups and 35 residents on a list. Budget
        false: "kommer senare". No amount anywhere.""",
        association_name="Loftahammars Skärgårdsförening",
        org_number=ORG_2425,
        contact_name="Tomas Brink",
        contact_email="tomas.brink@example.com",
        contact_phone="070-526 71 30",
        members=140,
        ort="Loftahammar",
    ),
)

# --- 2426 Gräsgård: form from a shared mailbox with empty contact and anchoring answers ----
ORG_2426 = orgnr("802452264")
add(
    2426,
    "grasgard-fiskelaget-formular",
    frm=addr("Gräsgårds Bygdegårdsförening", "grasgard.bygdegard@example.org"),
    subject="Ansökan idéslanten 2026 Gräsgård",
    date=when(3, 25, 11, 0, 0),
    mid="<gbf.2426.20260325110000@example.org>",
    body=T(
        f"""1. Förening/grupp:
Gräsgårds Bygdegårdsförening, org.nr {ORG_2426}. 77 medlemmar. Föreningen förvaltar bygdegården och hamnmagasinet i Gräsgård på sydöstra Öland.

2. Kontaktperson:

3. Aktivitet och hur den främjar den lokala utvecklingen:
"Fiskeläget Gräsgård" – tre visningskvällar vid hamnen 2, 9 och 16 juli med en föreläsare om fiskelägets historia och ett samtal om hur de gamla bodarna kan bevaras och användas. Bofasta och sommarboende möts, och vi vill att fler ska se hamnen som en resurs för byn.

4. Lokal förankring:

5. Budget:
Föreläsare 2 x 2 000 kr = 4 000 kr
Hyra av tält 1 500 kr
Kaffe och våfflor 900 kr
Summa 6 400 kr

Sökt belopp: 6 400 kr
""",
        cte="base64",
    ),
    label=L(
        "application",
        "sv",
        "10101",
        """utf-8 base64, a numbered form sent from the association's shared mailbox with no
        signature. Tests empty form answers: "2. Kontaktperson:" and "4. Lokal förankring:" have
        nothing under them, so contact and anchoring are false (contact facts null: the shared
        mailbox is not a contact). Association: name, org.nr, 77 members, what it does; activity:
        three dated evenings with purpose; budget three items, total and applied 6 400. Renting a
        tent is rental. The lecturer fee is not salary.""",
        association_name="Gräsgårds Bygdegårdsförening",
        org_number=ORG_2426,
        members=77,
        ort="Gräsgård",
        amount_sek=6400,
    ),
)


# --- 2427 Storebro: HTML budget table with a colspan heading; vague activity --------------
ORG_2427 = orgnr("802449112")
add(
    2427,
    "storebro-bruksmiljon-tabell",
    frm=addr("Johan Lindahl", "johan.lindahl@example.se"),
    subject="Idéslanten – Storebro Bruks Intresseförening",
    date=when(3, 26, 20, 14, 6),
    mid="<2427-b1c8e0d4-storebro@webmail.example.se>",
    body=M(
        "alternative",
        [
            T(
                f"""Hej!

Storebro Bruks Intresseförening (org.nr {ORG_2427}, 55 medlemmar) söker idéslanten. Vi vill ha fler träffar i byn och få liv i bruksmiljön.

Vid byastämman 15 februari var 33 personer där och alla ställde sig bakom att föreningen söker. Storebro IF och Storebro hembygdsförening är med och hjälper till.

Kostnader 2026
Post    Antal x pris    Belopp
Lokalhyra    3 x 800    2 400
Föreläsare    2 x 2 500    5 000
Fika        1 500
Totalt        8 900

Hälsningar
Johan Lindahl, 0492-300 58
""",
                cte="quoted-printable",
            ),
            T(
                f"""<html><body>
<p>Hej!</p>
<p>Storebro Bruks Intresseförening (org.nr {ORG_2427}, 55 medlemmar) söker idéslanten. Vi vill ha fler träffar i byn och få liv i bruksmiljön.</p>
<p>Vid byastämman 15 februari var 33 personer där och alla ställde sig bakom att föreningen söker. Storebro IF och Storebro hembygdsförening är med och hjälper till.</p>
<table border="1" cellpadding="3" cellspacing="0">
<tr><th colspan="3">Kostnader 2026</th></tr>
<tr><td><b>Post</b></td><td><b>Antal × pris</b></td><td><b>Belopp</b></td></tr>
<tr><td>Lokalhyra</td><td>3 × 800</td><td>2 400</td></tr>
<tr><td>Föreläsare</td><td>2 × 2 500</td><td>5 000</td></tr>
<tr><td>Fika</td><td></td><td>1 500</td></tr>
<tr><td colspan="2"><b>Totalt</b></td><td><b>8 900</b></td></tr>
</table>
<p>Hälsningar<br>Johan Lindahl, 0492-300 58</p>
</body></html>
""",
                sub="html",
                cte="quoted-printable",
            ),
        ],
        "=_alt_2427_storebro",
    ),
    label=L(
        "application",
        "sv",
        "11011",
        """multipart/alternative; the HTML part has the budget as a table with a colspan heading
        row, a bold header row and a colspan total row; the plain part has a space-aligned copy.
        Budget true (three items, total 8 900 = amount). Activity false: "fler träffar i byn och få
        liv i bruksmiljön" is a wish – the budget's "Föreläsare" line does not say what, when or
        how. Anchoring: village meeting with 33 present backed it, two local groups help (33 is
        attendance). Association with org.nr and 55 members; contact Johan Lindahl signs from his
        own address with phone.""",
        association_name="Storebro Bruks Intresseförening",
        org_number=ORG_2427,
        contact_name="Johan Lindahl",
        contact_email="johan.lindahl@example.se",
        contact_phone="0492-300 58",
        members=55,
        ort="Storebro",
        amount_sek=8900,
    ),
)

# --- 2428 Fågelfors: .docx table of fields; "Förankring: Ja, förankrat i byn." -------------
ORG_2428 = orgnr("802487510")
DOCX_2428 = docx(
    [
        ("h", "Idéslanten – ansökan"),
        (
            "table",
            [
                ["Föreningens namn", "Fågelfors Framtid"],
                [
                    "Om föreningen",
                    f"Ideell förening i Fågelfors, Högsby kommun, bildad 2021. 41 medlemmar. Org.nr {ORG_2428}.",
                ],
                ["Kontaktperson", "Ove Sandberg"],
                ["Telefon", "070-962 04 81"],
                ["E-post", "ove.sandberg@example.net"],
                [
                    "Aktivitet",
                    "Två workshopkvällar (12 och 26 maj) i Folkets hus där bybor ritar in stigar, badplatser och sevärdheter på en karta över Fågelfors. En grafiker gör sedan en tryckt cykel- och vandringskarta.",
                ],
                [
                    "Hur det utvecklar orten",
                    "Kartan delas ut på macken och vid badplatsen och läggs ut på nätet, så att besökare stannar i Fågelfors och bybor hittar nya promenader.",
                ],
                ["Förankring", "Ja, förankrat i byn."],
                [
                    "Budget",
                    "Grafiker, arvode: 4 000 kr\nLokalhyra 2 x 300 kr: 600 kr\nTryck av 500 kartor: 3 200 kr\nFika: 700 kr",
                ],
                ["Sökt belopp", "8 500 kr"],
            ],
            True,
        ),
    ],
    month_day=(3, 26),
)
add(
    2428,
    "fagelfors-karta-docx",
    frm=addr("Ove Sandberg", "ove.sandberg@example.net"),
    subject="Ansökan idéslanten Fågelfors Framtid",
    date=when(3, 27, 8, 7, 49),
    mid="<2428.ove.1774595269@example.net>",
    body=M(
        "mixed",
        [
            T("Hej! Ansökan i bifogad fil.\nMvh Ove\n", cs="iso-8859-1", cte="quoted-printable"),
            A(
                DOCX_2428,
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                "idéslanten fågelfors.docx",
            ),
        ],
        "------------2428FagelforsX0a1b2c3",
    ),
    label=L(
        "application",
        "sv",
        "11101",
        """Tests a .docx field table (one row per field, RFC 2231 encoded non-ASCII file name).
        The "Förankring" row says only "Ja, förankrat i byn." – the word without content – so
        anchoring is false. Association, contact (name, phone, e-mail in separate rows; he also
        signs "Ove" from that address), activity (two dated workshops and a map, with local
        benefit) and budget (four items, applied 8 500) are true. Printing maps is a consumable
        service, not an investment; the graphic designer's fee is not salary.""",
        association_name="Fågelfors Framtid",
        org_number=ORG_2428,
        contact_name="Ove Sandberg",
        contact_email="ove.sandberg@example.net",
        contact_phone="070-962 04 81",
        members=41,
        ort="Fågelfors",
        amount_sek=8500,
    ),
)

# --- 2429 Timmernabben followup: again only a vCard, from the shared mailbox ---------------
R_2414 = receipt("2026-0051", ["contact"], 1)
add(
    2429,
    "timmernabben-svar-visitkort",
    frm=addr("Timmernabbens Byalag", "byalaget.timmernabben@example.se"),
    subject="SV: Idéslanten – ansökan från Timmernabbens Byalag [Idéslanten 2026-0051]",
    date=when(3, 30, 9, 12, 40),
    mid="<a7c2e9f0-2429-11f0-9b3d-timmernabben@example.se>",
    extra=[
        ("In-Reply-To", receipt_mid("2026-0051")),
        (
            "References",
            "<a7c2e9f0-2414-11f0-9b3d-timmernabben@example.se> " + receipt_mid("2026-0051"),
        ),
    ],
    body=M(
        "mixed",
        [
            T(
                f"""Hej,

Kontaktpersonen står i visitkortet som vi bifogade, vi skickar det igen.

Hälsningar
Styrelsen i Timmernabbens Byalag

-----Ursprungligt meddelande-----
Från: {BOT_NAME} <{BOT_ADDR}>
Skickat: torsdag 12 mars 2026 19:20
Ämne: Re: Idéslanten – ansökan från Timmernabbens Byalag [Idéslanten 2026-0051]

{R_2414}
""",
                cte="quoted-printable",
            ),
            A(
                vcard(
                    "Per-Olof Nyqvist",
                    org="Timmernabbens Byalag",
                    tel="+46 70 233 81 07",
                    mail="perolof.nyqvist@example.se",
                    title="Ordförande",
                ),
                "text/vcard",
                "Per-Olof Nyqvist.vcf",
                cs="utf-8",
            ),
        ],
        "------------2429mBx9qLkTnR0dVcJ7",
    ),
    label=L(
        "followup",
        "sv",
        "01000",
        """Followup to 2414 that points again to the attached vCard and is signed "Styrelsen"
        from the shared mailbox. Relabelled: the attached business card names a person with
        phone and e-mail, which an officer would accept, so contact is true with the card's facts.
        The receipt is quoted in "-----Ursprungligt meddelande-----" style.""",
        association_name=None,
        contact_name="Per-Olof Nyqvist",
        contact_email="perolof.nyqvist@example.se",
        contact_phone="+46 70 233 81 07",
        ort=None,
    ),
)

# --- 2430 Byxelkrok: mixed English/Swedish, budget in a two-column PDF; no group, no anchoring
PDF_2430 = pdf(
    [
        [
            (56, 790, 14, "Trollskogen walks & winter café talk – Byxelkrok", True),
            (56, 772, 9, "Katrin Bauer · 072-301 88 54 · katrin.bauer@example.com"),
        ]
        + _two_columns(
            [
                ("Plan", True),
                ("Three Saturdays in October (3, 10 and 17", False),
                ("Oct): a guided nature walk in Trollskogen", False),
                ("with a local guide, then soup and a talk in", False),
                ("the harbour café about keeping one café in", False),
                ("Byxelkrok open in winter.", False),
                ("Mer liv i byn efter säsongen.", False),
            ],
            [
                ("Kostnader", "SEK", True),
                ("Guide 3 x 1 500", "4 500", False),
                ("Soppa 3 x 900", "2 700", False),
                ("Hyra café 3 x 500", "1 500", False),
                ("Affischer", "300", False),
                ("Total", "9 000", True),
            ],
            735,
        )
    ],
    title="Byxelkrok budget",
)
add(
    2430,
    "byxelkrok-trollskogen-pdf",
    frm=addr("Katrin Bauer", "katrin.bauer@example.com"),
    subject="Idéslanten application / ansökan – Byxelkrok",
    date=when(3, 31, 13, 36, 2),
    mid="<0f1e2d3c-2430-4b5a-8697-byxelkrok@example.com>",
    body=M(
        "mixed",
        [
            T(
                """Hi / Hej!

We are a few neighbours in Byxelkrok who want to do something about the village being so empty after the summer. Vi har skrivit ihop en plan och en budget, see the attached pdf. We apply for 9 000 kr.

Tack!
Katrin Bauer
072-301 88 54
""",
                cte="quoted-printable",
            ),
            A(PDF_2430, "application/pdf", "byxelkrok_plan.pdf"),
        ],
        "b1_2430_byxelkrok_0f1e2d3c",
    ),
    label=L(
        "application",
        "en",
        "01101",
        """Mostly English with Swedish bits. The plan and the budget are in a two-column PDF
        (uncompressed; plan on the left, budget on the right, written row by row so extraction
        interleaves them). Activity true: three dated guided walks with a talk about keeping a
        café open in winter, for more life in the village. Budget true: four items, total 9 000
        (also applied). Association false: "a few neighbours in Byxelkrok" is an unnamed group.
        Anchoring false: nothing about local backing. Contact: Katrin Bauer signs from her own
        address with phone. The guide's fee is not salary; renting the café is rental.""",
        contact_name="Katrin Bauer",
        contact_email="katrin.bauer@example.com",
        contact_phone="072-301 88 54",
        ort="Byxelkrok",
        amount_sek=9000,
    ),
)


# --- 2431 Långasjö: very short, no group, signed with an initial, no budget ----------------
add(
    2431,
    "langasjo-biodling-kort",
    frm="m.langasjo77@example.net",
    subject="pengar",
    date=when(4, 1, 22, 4, 17),
    mid="<BY2431PR.LANGASJO.77a1@example.net>",
    body=T(
        """hej vi vill söka pengar till en föreläsning om biodling i långasjö 16 maj i församlingshemmet så att fler här börjar med bin och vi kan sälja honung på långasjö marknad. vi har pratat med biodlarföreningen i emmaboda o de är med o lånar ut utrustning till visningen. hur mkt kan man få?
/M
""",
        cte="base64",
    ),
    label=L(
        "application",
        "sv",
        "00110",
        """Very short, all lower case, base64, subject just "pengar", From without display name.
        Activity true: a lecture on beekeeping on 16 May in the parish hall, so that more
        villagers keep bees and sell honey at the local market. Anchoring true (just): the
        beekeepers' association has agreed to take part and lend equipment – cooperation with
        another group. Association false: an unnamed "vi"; contact false: signed only "/M" from a
        private address; budget false and no amount (it asks how much one can get).""",
        ort="Långasjö",
    ),
)

# --- 2432 Edsbruk: "se bifogad ansökan"; the docx points to a budget that is not attached ---
ORG_2432 = orgnr("802429960")
DOCX_2432 = docx(
    [
        ("h", "Ansökan idéslanten – Edsbruks Byaförening"),
        (
            "p",
            f"Edsbruks Byaförening, org.nr {ORG_2432}, har 92 medlemmar och arbetar för att Edsbruk ska vara en levande by med service, båtliv och föreningsliv.",
        ),
        ("p", "Kontaktperson: Birgitta Holm, 0493-410 23, birgitta.holm@example.se"),
        ("b", "Aktivitet"),
        (
            "p",
            "Vi vill ordna en studieresa med hyrd buss till Misterhult och Kristdala lördag 19 september för att se hur två andra byar har startat byalagsdrivna bensinmackar och laddstolpar. Edsbrukmacken riskerar att läggas ned, och resan ska ge oss underlag för att ta över den. Efter resan redovisar vi på ett öppet byamöte.",
        ),
        ("b", "Förankring"),
        (
            "p",
            "Frågan om macken togs upp på ett extrainsatt byamöte den 1 mars med 64 deltagare, som gav styrelsen i uppdrag att undersöka saken. Edsbruks Båtklubb och Västrums hembygdsförening åker med.",
        ),
        ("b", "Budget"),
        ("p", "Se bifogad budget (Excel). Vi söker 14 000 kr."),
    ],
    month_day=(4, 1),
)
add(
    2432,
    "edsbruk-studieresa-macken",
    frm=addr("Birgitta Holm", "birgitta.holm@example.se"),
    subject="Idéslanten",
    date=when(4, 2, 10, 41, 55),
    mid="<5E4D3C2B1A09-2432@edsbruk.example.se>",
    body=M(
        "mixed",
        [
            T(
                "Hej,\nse bifogad ansökan.\n\nHälsningar\nBirgitta Holm\nEdsbruks Byaförening\n",
                cs="windows-1252",
                cte="quoted-printable",
            ),
            A(
                DOCX_2432,
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                "Ansokan_Edsbruk.docx",
            ),
        ],
        "----=_NextPart_000_2432_01DCC2A1.5E4D3C2B",
        preamble="This is a multi-part message in MIME format.",
    ),
    label=L(
        "application",
        "sv",
        "11110",
        """Body "se bifogad ansökan"; the attached .docx has association (org.nr, 92 members),
        contact (Birgitta Holm with phone and e-mail, who also signs from that address), a
        concrete activity (study trip on a fixed date to two villages running their own petrol
        stations, with a report-back meeting) and anchoring (extra village meeting with 64
        people, two local groups join). Budget false: the document says "Se bifogad budget
        (Excel)" but no spreadsheet is attached; only the bare total "Vi söker 14 000 kr" remains,
        which is the amount.""",
        association_name="Edsbruks Byaförening",
        org_number=ORG_2432,
        contact_name="Birgitta Holm",
        contact_email="birgitta.holm@example.se",
        contact_phone="0493-410 23",
        members=92,
        ort="Edsbruk",
        amount_sek=14000,
    ),
)

# --- 2433 Läckeby: complete, but the budget pays a member a wage ---------------------------
ORG_2433 = orgnr("802462083")
add(
    2433,
    "lackeby-byaplan-lon",
    frm=addr("Peter Engström", "peter.engstrom@example.org"),
    subject="Ansökan om idéslanten – byaplan för Läckeby",
    date=when(4, 6, 9, 18, 44),
    mid="<ab12cd34-2433-4e5f-a6b7-c8d9e0f1a2b3@example.org>",
    body=M(
        "alternative",
        [
            T(
                f"""Hej!

Läckeby Byalag (org.nr {ORG_2433}) har 134 medlemmar och ansöker om 15 000 kr ur idéslanten.

Vi vill ta fram en byaplan för Läckeby: tre öppna kvällsmöten i Läckeby skola (22 april, 13 maj och 3 juni) där alla som bor här får säga vad byn behöver – gång- och cykelväg till Rockneby, en mötesplats och bättre busstider. Planen lämnas till Kalmar kommun.

Byalagets årsmöte beslutade om byaplanen i mars, och Läckeby IF och föräldraföreningen på skolan är med och bjuder in. Mötena är för alla, både kvinnor och män.

Budget:
Lön till projektledare (en av våra medlemmar), 40 timmar x 200 kr: 8 000 kr
Arvode till processledare från Hela Sverige ska leva: 4 000 kr
Fika tre kvällar: 2 100 kr
Tryck av byaplanen: 900 kr
Summa: 15 000 kr

Med vänliga hälsningar
Peter Engström, ordförande Läckeby Byalag
0480-621 37
""",
                cte="quoted-printable",
            ),
            T(
                f"""<html><body><p>Hej!</p><p>Läckeby Byalag (org.nr {ORG_2433}) har 134 medlemmar och ansöker om 15 000 kr ur idéslanten.</p><p>Vi vill ta fram en byaplan för Läckeby: tre öppna kvällsmöten i Läckeby skola (22 april, 13 maj och 3 juni) där alla som bor här får säga vad byn behöver – gång- och cykelväg till Rockneby, en mötesplats och bättre busstider. Planen lämnas till Kalmar kommun.</p><p>Byalagets årsmöte beslutade om byaplanen i mars, och Läckeby IF och föräldraföreningen på skolan är med och bjuder in. Mötena är för alla, både kvinnor och män.</p><p>Budget:<br>Lön till projektledare (en av våra medlemmar), 40 timmar x 200 kr: 8 000 kr<br>Arvode till processledare från Hela Sverige ska leva: 4 000 kr<br>Fika tre kvällar: 2 100 kr<br>Tryck av byaplanen: 900 kr<br>Summa: 15 000 kr</p><p>Med vänliga hälsningar<br>Peter Engström, ordförande Läckeby Byalag<br>0480-621 37</p></body></html>
""",
                sub="html",
                cte="base64",
            ),
        ],
        "----=_Part_2433_lackeby.1775459924",
    ),
    label=L(
        "application",
        "sv",
        "11111",
        """Complete but not eligible: the budget has "Lön till projektledare (en av våra
        medlemmar)", a wage to a member, so salary_costs is true (the process leader's fee is
        not salary). All five elements are present: association with org.nr and 134 members,
        contact Peter Engström signing from his own address with phone, three dated open meetings
        for a village plan, anchoring through the annual meeting and two local partners, budget
        with four items. Applied 15 000. "både kvinnor och män": women_and_men true.
        multipart/alternative with a base64 HTML part.""",
        association_name="Läckeby Byalag",
        org_number=ORG_2433,
        contact_name="Peter Engström",
        contact_email="peter.engstrom@example.org",
        contact_phone="0480-621 37",
        members=134,
        ort="Läckeby",
        amount_sek=15000,
        women_and_men=True,
        salary_costs=True,
    ),
)


# --- 2434 Gräsgård followup: contact in the body, anchoring in an attached letter ----------
R_2426 = receipt("2026-0058", ["contact", "anchoring"], 2)
LETTER_2434 = """Gräsgårds Båtlag
Till Region Kalmar län

Gräsgårds Båtlag ställer sig bakom bygdegårdsföreningens visningskvällar vid hamnen i juli. På vårt vårmöte den 28 mars beslutade vi att hålla våra bodar öppna under kvällarna och att åtta av medlemmarna berättar om fisket och visar båtarna.

Gräsgård 29 mars 2026
Sven Olsson, ordförande
"""
add(
    2434,
    "grasgard-svar-kontakt-stodbrev",
    frm=addr("Inga-Lill Persson", "ingalill.persson@example.org"),
    subject="SV: Ansökan idéslanten 2026 Gräsgård [Idéslanten 2026-0058]",
    date=when(4, 7, 15, 2, 33),
    mid="<VI1PR04MB2434E6F7A8B9C0D1@VI1PR04MB2434.example.org>",
    extra=[
        ("In-Reply-To", receipt_mid("2026-0058")),
        ("References", "<gbf.2426.20260325110000@example.org> " + receipt_mid("2026-0058")),
        ("Thread-Topic", hval("Ansökan idéslanten 2026 Gräsgård [Idéslanten 2026-0058]")),
    ],
    body=M(
        "mixed",
        [
            T(
                f"""Hej,

Förlåt, formuläret gick iväg innan det var klart. Kontaktperson är jag, Inga-Lill Persson, sekreterare i bygdegårdsföreningen, tel 0485-340 15, e-post ingalill.persson@example.org.

Förankringen: se bifogat brev från Gräsgårds Båtlag.

Vänliga hälsningar
Inga-Lill Persson

Från: {BOT_NAME} <{BOT_ADDR}>
Skickat: onsdag 25 mars 2026 11:03
Till: Gräsgårds Bygdegårdsförening <grasgard.bygdegard@example.org>
Ämne: Re: Ansökan idéslanten 2026 Gräsgård [Idéslanten 2026-0058]

{R_2426}
""",
                cs="windows-1252",
                cte="quoted-printable",
            ),
            A(LETTER_2434, "text/plain", "Brev från Båtlaget.txt", cs="utf-8", cte="base64"),
        ],
        "_004_VI1PR04MB2434E6F7A8B9C0D1_",
    ),
    label=L(
        "followup",
        "sv",
        "01010",
        """Followup to 2426 (Outlook style quoting of the receipt, windows-1252 body). The new
        text supplies the missing contact (Inga-Lill Persson with phone and e-mail, from her own
        address) and the missing anchoring – but only through the attached .txt letter from the
        local boat club, whose spring meeting decided to open their sheds and let eight members
        guide. The body itself only says "se bifogat brev", so the letter must be read.""",
        contact_name="Inga-Lill Persson",
        contact_email="ingalill.persson@example.org",
        contact_phone="0485-340 15",
        ort="Gräsgård",
    ),
)

# --- 2435 Frödinge: complete, but buys a projector (physical investment); HTML-only cp1252 --
ORG_2435 = orgnr("802421597")
add(
    2435,
    "frodinge-filmkvallar-projektor",
    frm=addr("Annika Björk", "annika.bjork@example.com"),
    subject="Ansökan idéslanten – Filmkvällar i Frödinge",
    date=when(4, 8, 11, 27, 8),
    mid="<2435.frodinge.1775640428@example.com>",
    body=T(
        f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"></head><body>
<p><b>Sökande:</b> Frödinge Byaförening, org.nr {ORG_2435}, 101 medlemmar.<br>
<b>Kontakt:</b> Annika Björk, 076-552 80 13, annika.bjork@example.com</p>
<p><b>Aktivitet:</b> Filmkvällar i Frödinge bygdegård första fredagen varje månad september–december, med ett samtal efter filmen om byns framtid (en kväll om skolan, en om bredband, en om äldreboendet, en om föreningslivet). Det finns ingen biograf närmare än Vimmerby och äldre utan bil kommer sällan ut på kvällarna.</p>
<p><b>Förankring:</b> Förslaget kom från en enkät i byabladet där 88 hushåll svarade. Frödinge PRO och Frödinge IK ordnar skjuts och fika.</p>
<p><b>Budget:</b></p>
<ul><li>Projektor och filmduk (köp) – 6 500 kr</li><li>Licens för offentlig filmvisning – 2 000 kr</li><li>Fika 4 kvällar – 1 500 kr</li></ul>
<p>Summa 10 000 kr, vilket är det belopp vi söker.</p>
<p>Hälsningar<br>Annika Björk</p>
</body></html>
""",
        sub="html",
        cs="windows-1252",
        cte="quoted-printable",
    ),
    label=L(
        "application",
        "sv",
        "11111",
        """Complete but not eligible: the budget buys a projector and screen ("köp", 6 500 kr),
        equipment that the association keeps – physical_investment true. HTML-only, windows-1252,
        quoted-printable, bold field labels and a bulleted budget. Association with org.nr and 101
        members; contact with phone and e-mail; activity: monthly film evenings with a discussion
        on the village's future; anchoring: survey with 88 households and two local groups; budget
        three items, total and applied 10 000.""",
        association_name="Frödinge Byaförening",
        org_number=ORG_2435,
        contact_name="Annika Björk",
        contact_email="annika.bjork@example.com",
        contact_phone="076-552 80 13",
        members=101,
        ort="Frödinge",
        amount_sek=10000,
        physical_investment=True,
    ),
)

# --- 2436 autoreply WITHOUT automation headers, "SV:" subject in the thread of 2418 --------
add(
    2436,
    "tvarskog-franvaro-utan-huvud",
    frm=addr("Göran Ahl", "goran.ahl@example.net"),
    to=OFFICER_HDR,
    subject="SV: Ansökan idéslanten Tvärskogs Bygdeförening [Idéslanten 2026-0052]",
    date=when(4, 9, 8, 0, 12),
    mid="<000c01dcc7e2$2436a0b0$6a1b2c3d$@example.net>",
    extra=[
        ("In-Reply-To", "<officer-2026-0052-2@example.se>"),
        (
            "References",
            "<000a01dcb5f3$2418c0d0$6a1b2c3d$@example.net> <officer-2026-0052-2@example.se>",
        ),
    ],
    body=T(
        """Tack för ditt mejl!

Jag är bortrest till och med 19 april och har begränsad tillgång till e-post. Ditt meddelande läses när jag är tillbaka.

Göran Ahl
""",
        cs="windows-1252",
        cte="quoted-printable",
    ),
    label=L(
        "autoreply",
        "sv",
        "00000",
        """An out-of-office reply WITHOUT any automation header (no Auto-Submitted, no
        X-Autoreply, no Precedence) and with an ordinary "SV:" subject and case number in the
        thread of 2418, so it looks like a followup. Only the wording ("Jag är bortrest ... läses
        när jag är tillbaka") shows it is automatic. Not a followup: all elements false, all facts
        null, and the bot must not answer.""",
    ),
)


# --- 2437 Bäckebo: encoded-word subject, for the village's women only; vague activity -------
ORG_2437 = orgnr("802497154")
add(
    2437,
    "backebo-kvinnocafe",
    frm=addr("Sofia Lindqvist", "sofia.lindqvist@example.se"),
    subject="Ansökan idéslanten – Bäckebo Kvinnocafé",
    date=when(4, 10, 14, 33, 20),
    mid="<CAKb2437Kv1nn0caf3Zq@mail.example.se>",
    body=M(
        "alternative",
        [
            T(
                f"""Hej!

Bäckebo Kvinnocafé är en förening med 26 medlemmar (org.nr {ORG_2437}) som träffas i Bäckebo sedan 2019.

Vi vill ha träffar för byns kvinnor under hösten för att stärka oss och varandra.

Bäckebo hembygdsförening lånar ut hembygdsgården gratis, och 30 kvinnor i byn har skrivit upp sig på listan som sitter i kyrkans vapenhus.

Vi behöver ca 10 000 kr.

Sofia Lindqvist
ordförande
0481-510 22
""",
                cte="quoted-printable",
            ),
            T(
                f"""<div>Hej!</div><div><br></div><div>Bäckebo Kvinnocafé är en förening med 26 medlemmar (org.nr {ORG_2437}) som träffas i Bäckebo sedan 2019.</div><div><br></div><div>Vi vill ha träffar för byns kvinnor under hösten för att stärka oss och varandra.</div><div><br></div><div>Bäckebo hembygdsförening lånar ut hembygdsgården gratis, och 30 kvinnor i byn har skrivit upp sig på listan som sitter i kyrkans vapenhus.</div><div><br></div><div>Vi behöver ca 10 000 kr.</div><div><br></div><div>Sofia Lindqvist<br>ordförande<br>0481-510 22</div>
""",
                sub="html",
                cte="quoted-printable",
            ),
        ],
        "0000000000002437b7c8d9e0f1a2",
    ),
    label=L(
        "application",
        "sv",
        "11010",
        """Encoded-word (UTF-8) subject, multipart/alternative. The activity targets the
        village's women only ("träffar för byns kvinnor"): women_and_men false, which breaks the
        rule on benefiting both women and men. Activity false as well: "träffar ... för att stärka
        oss och varandra" under the autumn says nothing concrete. Budget false: only "ca 10 000
        kr", a rough figure that is the amount. Association (26 members, org.nr, since 2019);
        contact Sofia Lindqvist signs from her own address with phone; anchoring: the local
        heritage association lends its house and 30 women signed a list (signatures, not members).""",
        association_name="Bäckebo Kvinnocafé",
        org_number=ORG_2437,
        contact_name="Sofia Lindqvist",
        contact_email="sofia.lindqvist@example.se",
        contact_phone="0481-510 22",
        members=26,
        ort="Bäckebo",
        amount_sek=10000,
        women_and_men=False,
    ),
)

# --- 2438 Runsten: question in English that proposes buying a grill ------------------------
add(
    2438,
    "runsten-question-grill",
    frm=addr("Pieter Jansen", "pieter.jansen@example.org"),
    subject="Question about Idéslanten – can we buy a grill?",
    date=when(4, 13, 9, 45, 0),
    mid="<9a8b7c6d-2438-4e3f-a2b1-runsten@example.org>",
    body=T(
        """Hello,

I am on the board of Runsten Bygdegårdsförening on Öland. Before we apply I have two questions:

- Could we use the money to buy a large gas grill for the bygdegård, which we would use at our summer evenings for the whole village?
- If the answer is no: can we rent one instead and have that in the budget?

And is the 15 000 kr per association or for all of Runsten?

Best regards,
Pieter Jansen
""",
        cte="7bit",
    ),
    label=L(
        "question",
        "en",
        "00000",
        """A question in English, not an application: may the grant buy a gas grill, may renting
        one be budgeted, and does the 15 000 cap apply per association or per locality. Elements
        false. Because the question itself proposes buying equipment, physical_investment is true;
        salary_costs stays null (not proposed). 15 000 is the rule amount asked about, so
        amount_sek is null. Facts keep the writer, his association and Runsten.""",
        association_name="Runsten Bygdegårdsförening",
        contact_name="Pieter Jansen",
        contact_email="pieter.jansen@example.org",
        ort="Runsten",
        physical_investment=True,
    ),
)

# --- 2439 newsletter: bulk mail with List-Unsubscribe, talks about idéslanten ----------------
add(
    2439,
    "nyhetsbrev-bygdebrevet-april",
    frm=addr("Bygdebrevet Kalmar län", "nyhetsbrev@example.org"),
    to=addr(None, OFFICER),
    subject="Bygdebrevet april 2026: Så fick Kristdala sin kyrkstigsvandring",
    date=when(4, 14, 6, 0, 0),
    mid="<nl-2026-04.2439.bygdebrevet@example.org>",
    extra=[
        ("List-Id", "Bygdebrevet <bygdebrevet.example.org>"),
        (
            "List-Unsubscribe",
            "<https://bygdebrevet.example.org/avsluta?id=2439>, <mailto:avsluta@example.org?subject=avsluta>",
        ),
        ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
        ("Precedence", "bulk"),
    ],
    body=M(
        "alternative",
        [
            T(
                """BYGDEBREVET – april 2026
Nyheter för föreningar på landsbygden i Kalmar län

* Så fick Kristdala sin kyrkstigsvandring
Kristdala hembygdsförening fick pengar ur idéslanten till en vandring och en berättarkväll. "Vi hade en budget på fyra rader: arvode 2 000, minibuss 3 200, soppa 1 800 och annons 700", berättar ordföranden.

* Tips: så skriver ni en bra ansökan
Berätta vem ni är, vem vi ska kontakta, vad ni vill göra, hur byn står bakom och vad det kostar.

* Kalendarium
18 april: Byaträff i Alsterbro. 25 april: Vårstämma för Hela Sverige ska leva Kalmar län.

Du får det här brevet för att du prenumererar på Bygdebrevet. Avsluta: https://bygdebrevet.example.org/avsluta?id=2439
""",
                cte="quoted-printable",
            ),
            T(
                """<html><body style="font-family:Georgia,serif"><h1>BYGDEBREVET – april 2026</h1><p>Nyheter för föreningar på landsbygden i Kalmar län</p><h2>Så fick Kristdala sin kyrkstigsvandring</h2><p>Kristdala hembygdsförening fick pengar ur idéslanten till en vandring och en berättarkväll. "Vi hade en budget på fyra rader: arvode 2 000, minibuss 3 200, soppa 1 800 och annons 700", berättar ordföranden.</p><h2>Tips: så skriver ni en bra ansökan</h2><p>Berätta vem ni är, vem vi ska kontakta, vad ni vill göra, hur byn står bakom och vad det kostar.</p><h2>Kalendarium</h2><p>18 april: Byaträff i Alsterbro. 25 april: Vårstämma för Hela Sverige ska leva Kalmar län.</p><p style="font-size:8pt">Du får det här brevet för att du prenumererar på Bygdebrevet. <a href="https://bygdebrevet.example.org/avsluta?id=2439">Avsluta</a></p></body></html>
""",
                sub="html",
                cte="quoted-printable",
            ),
        ],
        "==bygdebrevet-2439-alt==",
    ),
    label=L(
        "newsletter",
        "sv",
        "00000",
        """Bulk newsletter (List-Id, List-Unsubscribe with one-click, Precedence: bulk) sent to
        the officer. It tells the story of a funded application, with budget items, an
        association name and a locality, and gives tips on the five elements – none of it is an
        application. All elements false, all facts null; the bot must not answer.""",
    ),
)

# --- 2440 spam: phishing "payout of the grant, confirm with BankID" ------------------------
add(
    2440,
    "spam-utbetalning-bankid",
    frm=addr("Region Kalmar Län Bidrag", "utbetalning@bidrag-kalmar.example.net"),
    subject="Utbetalning av idéslanten 15 000 kr – bekräfta inom 24 timmar",
    date=when(4, 15, 3, 17, 45),
    mid="<20260415011745.2440.x9q7@bidrag-kalmar.example.net>",
    extra=[("Reply-To", "support@bidrag-kalmar.example.net")],
    body=T(
        """<html><body><p>Hej!</p><p>Er ansökan om <b>idéslanten</b> är beviljad och <b>15 000 kr</b> väntar på utbetalning. För att pengarna ska kunna betalas ut måste ni bekräfta föreningens kontonummer med BankID inom 24 timmar, annars går beloppet tillbaka.</p><p><a href="https://bidrag-kalmar.example.net/bankid/verify?ref=2440">Bekräfta utbetalning med BankID</a></p><p>Med vänlig hälsning<br>Region Kalmar Län, Bidragsenheten</p></body></html>
""",
        sub="html",
        cte="base64",
    ),
    label=L(
        "spam",
        "sv",
        "00000",
        """Phishing that imitates the region: a fake payout of the grant that asks for BankID
        confirmation through a look-alike domain within 24 hours. It mentions idéslanten and an
        amount but is no application: all elements false, all facts null, no reply.""",
    ),
)


# ===== mails end here =====


# ---------------------------------------------------------------------------
# self-check and main
# ---------------------------------------------------------------------------

EMAIL_RE = re.compile(r"[A-Za-z0-9._%+-]+@([A-Za-z0-9-]+\.)+[A-Za-z]{2,}")
ALLOWED = ("example.se", "example.com", "example.org", "example.net")


def _texts_of(part) -> list[str]:
    """Every readable text of a leaf part, including the insides of zip and PDF files."""
    data = part.get_payload(decode=True) or b""
    out = [data.decode("latin-1")]
    if data[:2] == b"PK":
        with zipfile.ZipFile(BytesIO(data)) as z:
            out += [z.read(n).decode("utf-8") for n in z.namelist()]
    if data[:5] == b"%PDF-":
        for m in re.finditer(rb"/Filter /FlateDecode >>\nstream\n(.*?)\nendstream", data, re.S):
            out.append(zlib.decompress(m.group(1)).decode("latin-1"))
    if part.get_content_maintype() == "text":
        out.append(part.get_content())
    return out


def check(files: dict[str, bytes]) -> list[str]:
    errs: list[str] = []
    names = sorted(files)
    if set(names) != set(LABELS):
        errs.append(f"labels/file mismatch: {set(names) ^ set(LABELS)}")
    nums = [int(n[:4]) for n in names]
    if nums != list(range(FIRST, FIRST + len(names))):
        errs.append(f"numbering not contiguous: {nums}")
    app_ids: dict[str, str] = {}
    parsed = {}
    for n in names:
        raw = files[n]
        if b"\r" in raw.split(b"\n\n", 1)[0]:
            errs.append(f"{n}: CR in headers")
        if not re.fullmatch(r"\d{4}-[a-z0-9-]+\.eml", n):
            errs.append(f"{n}: bad file name")
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        parsed[n] = msg
        for k in set(msg.keys()):
            for v in msg.get_all(k):
                if getattr(v, "defects", None):
                    errs.append(f"{n}: header {k} defects {v.defects}")
        for part in msg.walk():
            if part.defects:
                errs.append(f"{n}: defects {part.defects}")
        texts = [raw.decode("latin-1")] + [
            str(msg[h]) for h in ("From", "To", "Cc", "Reply-To") if msg[h]
        ]
        for part in msg.walk():
            if not part.is_multipart():
                texts += _texts_of(part)
        for t in texts:
            for m in EMAIL_RE.finditer(t):
                dom = m.group(0).split("@", 1)[1].lower()
                if not dom.endswith(ALLOWED):
                    errs.append(f"{n}: non-example address {m.group(0)}")
        if LABELS.get(n, {}).get("kind") == "application":
            app_ids[n] = msg["Message-ID"].strip()
    dates = [email.utils.parsedate_to_datetime(str(parsed[n]["Date"])) for n in names]
    for a, b, na in zip(dates, dates[1:], names[1:], strict=False):
        if b < a:
            errs.append(f"{na}: Date earlier than the previous file")
    for n in names:
        lab = LABELS.get(n)
        if lab is None:
            continue
        if set(lab) != {"kind", "language", "elements", "facts", "notes"}:
            errs.append(f"{n}: label keys {set(lab)}")
        if set(lab["elements"]) != set(ELEMENT_KEYS) or set(lab["facts"]) != set(FACT_KEYS):
            errs.append(f"{n}: element/fact keys")
        if not all(isinstance(v, bool) for v in lab["elements"].values()):
            errs.append(f"{n}: non-bool element")
        f = lab["facts"]
        if f["org_number"] is not None and not luhn_ok(f["org_number"]):
            errs.append(f"{n}: org number {f['org_number']} not Luhn-valid")
        for k in ("members", "amount_sek"):
            if f[k] is not None and not isinstance(f[k], int):
                errs.append(f"{n}: {k} not int")
        if lab["kind"] not in ("application", "followup"):
            if any(lab["elements"].values()):
                errs.append(f"{n}: non-application with elements")
        if lab["kind"] in ("application", "followup"):
            if not isinstance(f["salary_costs"], bool) or not isinstance(
                f["physical_investment"], bool
            ):
                errs.append(f"{n}: salary/investment must be bool")
        if lab["kind"] in ("autoreply", "bounce", "newsletter", "spam") and any(
            v is not None for v in f.values()
        ):
            errs.append(f"{n}: facts must be null")
        if f["contact_email"] and not f["contact_email"].endswith(ALLOWED):
            errs.append(f"{n}: contact_email domain")
        if not lab["notes"]:
            errs.append(f"{n}: empty notes")
        if lab["kind"] == "followup":
            msg = parsed[n]
            refs = (str(msg["References"] or "") + " " + str(msg["In-Reply-To"] or "")).split()
            if not msg["In-Reply-To"] or not any(r in app_ids.values() for r in refs):
                errs.append(f"{n}: followup does not reference an application")
            if not re.match(r"(?i)(re|sv|aw):", str(msg["Subject"])):
                errs.append(f"{n}: followup subject lacks Re:/SV:")
            irt = str(msg["In-Reply-To"]).strip()
            if irt not in app_ids.values() and not (
                irt.startswith("<ideslanten-") and any(r in app_ids.values() for r in refs)
            ):
                errs.append(f"{n}: In-Reply-To is neither an application nor a receipt")
    return errs


def main() -> int:
    nums = [m[0] for m in MAILS]
    assert len(set(nums)) == len(nums), "duplicate numbers"
    OUT.mkdir(parents=True, exist_ok=True)
    for old in OUT.glob("*.eml"):
        old.unlink()
    files = {}
    for _num, name, raw in sorted(MAILS):
        (OUT / name).write_bytes(raw)
        files[name] = raw
    ordered = {k: LABELS[k] for k in sorted(LABELS)}
    (OUT / "labels.json").write_text(
        json.dumps(ordered, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
    )
    errs = check(files)
    for e in errs:
        print("ERROR:", e, file=sys.stderr)
    kinds: dict[str, int] = {}
    for lab in LABELS.values():
        kinds[lab["kind"]] = kinds.get(lab["kind"], 0) + 1
    apps = [lab for lab in LABELS.values() if lab["kind"] == "application"]
    complete = sum(all(lab["elements"].values()) for lab in apps)
    missing = {k: sum(not lab["elements"][k] for lab in apps) for k in ELEMENT_KEYS}
    print(
        f"wrote {len(files)} mails to {OUT}: {kinds}; complete applications {complete}; missing per element {missing}"
    )
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main())
