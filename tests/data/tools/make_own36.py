"""Corpus own36 – 40 labelled, entirely fictional intake mails (4901–4940) for the idéslanten bot.

Emphasis: ATTACHMENTS and where the five elements live. Many mails are a one-line cover note with
the whole application in a hand-built .docx, .pdf, .xlsx (sometimes with a second sheet
"Beskrivning"), .txt or .csv; others split the elements between body and attachment, attach
something that is not the application (a poster, annual-meeting minutes holding the anchoring
decision, a letter of support), send two attachments, use a wrong file extension or content type,
forward the application with its attachment, or attach something unreadable (an image, a scanned
PDF without a text layer, a password-protected file, a corrupt file) whose supposed content does
not count. The usual spread of kinds (application, followup, question, autoreply, bounce,
newsletter, spam) is kept.

Everything is built with the standard library only: .docx/.xlsx are zip files of minimal XML,
PDFs use the standard Type1 font Helvetica with WinAnsiEncoding so the text is extractable. The
output is byte-identical on every run (fixed Message-IDs, MIME boundaries and zip timestamps).

Regenerate (writes tests/data/own36/*.eml and labels.json, then checks them):

    /work/main/.venv/bin/python tests/data/tools/make_own36.py
"""

# ruff: noqa: E501

from __future__ import annotations

import base64
import datetime as dt
import json
import quopri
import re
import struct
import sys
import zipfile
import zlib
from email import message_from_bytes, policy
from email.utils import parsedate_to_datetime
from pathlib import Path
from xml.sax.saxutils import escape

OUT = Path(__file__).resolve().parent.parent / "own36"
BOT_ADDR = "ideslanten@example.se"
OFFICER_ADDR = "landsbygdsutvecklare@example.se"
BOT_NAME = "Idéslanten – Region Kalmar län"
OFFICER_NAME = "Landsbygdsutvecklare Region Kalmar län"

# --------------------------------------------------------------------------- small helpers


def orgnr(first9: str) -> str:
    """Return a Luhn-valid Swedish organisation number NNNNNN-NNNN from its first nine digits."""
    digits = [int(c) for c in first9 if c.isdigit()]
    assert len(digits) == 9
    total = 0
    for i, d in enumerate(digits):
        p = d * (2 if i % 2 == 0 else 1)
        total += p - 9 if p > 9 else p
    check = (10 - total % 10) % 10
    s = "".join(map(str, digits)) + str(check)
    return s[:6] + "-" + s[6:]


def luhn_ok(nr: str) -> bool:
    d = nr.replace("-", "")
    if not re.fullmatch(r"\d{6}-\d{4}", nr):
        return False
    return orgnr(d[:9]) == nr


def when(month: int, day: int, hh: int, mm: int, ss: int = 0) -> dt.datetime:
    # Swedish time: CEST from 29 March to 25 October 2026
    summer = (month, day) >= (3, 29) and (month, day) < (10, 25)
    tz = dt.timezone(dt.timedelta(hours=2 if summer else 1))
    return dt.datetime(2026, month, day, hh, mm, ss, tzinfo=tz)


def rfcdate(t: dt.datetime) -> str:
    days = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
    months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
    off = t.utcoffset()
    mins = int(off.total_seconds() // 60)
    sign = "+" if mins >= 0 else "-"
    return f"{days[t.weekday()]}, {t.day:02d} {months[t.month - 1]} {t.year} {t:%H:%M:%S} {sign}{abs(mins) // 60:02d}{abs(mins) % 60:02d}"


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


def ew(s: str, charset: str = "utf-8", enc: str = "Q") -> str:
    """RFC 2047 encoded words (split so that each stays below 75 characters)."""
    if all(ord(c) < 128 for c in s):
        return s
    words, cur = [], ""
    for ch in s:
        trial = cur + ch
        if len(_ew1(trial, charset, enc)) > 74:
            words.append(_ew1(cur, charset, enc))
            cur = ch
        else:
            cur = trial
    if cur:
        words.append(_ew1(cur, charset, enc))
    return "\n ".join(words)


def _ew1(s: str, charset: str, enc: str) -> str:
    b = s.encode(charset)
    if enc.upper() == "B":
        return f"=?{charset}?B?{base64.b64encode(b).decode()}?="
    out = []
    for byte in b:
        c = chr(byte)
        if c == " ":
            out.append("_")
        elif byte < 128 and (c.isalnum() or c in "!*+-/"):
            out.append(c)
        else:
            out.append(f"={byte:02X}")
    return f"=?{charset}?Q?{''.join(out)}?="


def addr(name: str | None, email: str, charset: str = "utf-8", enc: str = "Q") -> str:
    if not name:
        return email
    if all(ord(c) < 128 for c in name):
        if re.search(r"[,.;:@()<>\[\]\"]", name):
            return f'"{name}" <{email}>'
        return f"{name} <{email}>"
    return f"{ew(name, charset, enc)} <{email}>"


BOT_FROM = addr(BOT_NAME, BOT_ADDR)
OFFICER_FROM = addr(OFFICER_NAME, OFFICER_ADDR)

# --------------------------------------------------------------------------- MIME builders


def _hdr(lines: list[str]) -> bytes:
    return ("\n".join(lines) + "\n").encode("ascii")


def text_part(
    text: str,
    subtype: str = "plain",
    charset: str = "utf-8",
    cte: str = "8bit",
    charset_param: bool = True,
    extra: tuple[str, ...] = (),
    ct_extra: str = "",
) -> bytes:
    raw = text.encode(charset)
    if cte == "quoted-printable":
        body = quopri.encodestring(raw)
    elif cte == "base64":
        body = base64.encodebytes(raw)
    else:
        body = raw
    if not body.endswith(b"\n"):
        body += b"\n"
    ct = f"text/{subtype}" + (f"; charset={charset}" if charset_param else "") + ct_extra
    return _hdr([f"Content-Type: {ct}", f"Content-Transfer-Encoding: {cte}", *extra]) + b"\n" + body


def att_part(
    data: bytes,
    filename: str | None,
    ctype: str,
    disposition: str = "attachment",
    name_in_ct: bool = True,
    cte: str = "base64",
    extra: tuple[str, ...] = (),
) -> bytes:
    lines = []
    if filename is None:
        lines.append(f"Content-Type: {ctype}")
        lines.append(f"Content-Disposition: {disposition}")
    elif all(ord(c) < 128 for c in filename):
        lines.append(
            f'Content-Type: {ctype}; name="{filename}"' if name_in_ct else f"Content-Type: {ctype}"
        )
        lines.append(f'Content-Disposition: {disposition}; filename="{filename}"')
    else:
        enc = "".join(
            ch
            if (ch.isascii() and (ch.isalnum() or ch in ".-_"))
            else "".join(f"%{b:02X}" for b in ch.encode("utf-8"))
            for ch in filename
        )
        lines.append(
            f'Content-Type: {ctype}; name="{ew(filename)}"'
            if name_in_ct
            else f"Content-Type: {ctype}"
        )
        lines.append(f"Content-Disposition: {disposition};\n filename*=utf-8''{enc}")
    lines.append(f"Content-Transfer-Encoding: {cte}")
    lines.extend(extra)
    body = base64.encodebytes(data) if cte == "base64" else data
    if not body.endswith(b"\n"):
        body += b"\n"
    return _hdr(lines) + b"\n" + body


def multipart(
    subtype: str, parts: list[bytes], boundary: str, preamble: str | None = None, params: str = ""
) -> bytes:
    out = _hdr([f'Content-Type: multipart/{subtype}; boundary="{boundary}"{params}']) + b"\n"
    if preamble:
        out += preamble.encode("ascii") + b"\n"
    for p in parts:
        out += b"--" + boundary.encode() + b"\n" + p
    out += b"--" + boundary.encode() + b"--\n"
    return out


def rfc822_part(msg: bytes, filename: str | None = None) -> bytes:
    lines = ["Content-Type: message/rfc822" + (f'; name="{filename}"' if filename else "")]
    if filename:
        lines.append(f'Content-Disposition: attachment; filename="{filename}"')
    return _hdr(lines) + b"\n" + msg


def message(headers: list[tuple[str, str]], part: bytes, mime: bool = True) -> bytes:
    lines = [f"{k}: {v}" for k, v in headers]
    if mime:
        lines.append("MIME-Version: 1.0")
    return _hdr(lines) + part


def std_headers(
    frm: str,
    to: str,
    subject: str,
    t: dt.datetime,
    mid: str,
    extra: list[tuple[str, str]] | None = None,
    subj_charset: str = "utf-8",
    subj_enc: str = "Q",
) -> list[tuple[str, str]]:
    h = [
        ("From", frm),
        ("To", to),
        ("Subject", ew(subject, subj_charset, subj_enc)),
        ("Date", rfcdate(t)),
        ("Message-ID", mid),
    ]
    return h + (extra or [])


def quote(text: str, prefix: str = "> ") -> str:
    return "\n".join((prefix + ln) if ln else prefix.rstrip() for ln in text.split("\n"))


# --------------------------------------------------------------------------- documents


def _zip(
    files: list[tuple[str, str | bytes]], t: tuple[int, ...] = (2026, 1, 1, 12, 0, 0)
) -> bytes:
    import io

    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for name, content in files:
            zi = zipfile.ZipInfo(name, date_time=t)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, content.encode("utf-8") if isinstance(content, str) else content)
    return buf.getvalue()


X = escape
W_NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
XML_DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
DOCX_STYLES = (
    XML_DECL
    + f"""<w:styles {W_NS}><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Calibri" w:hAnsi="Calibri"/><w:sz w:val="22"/><w:lang w:val="sv-SE"/></w:rPr></w:rPrDefault></w:docDefaults>
<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:pPr><w:spacing w:after="120"/></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/><w:rPr><w:b/><w:sz w:val="40"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:pPr><w:keepNext/><w:spacing w:before="240"/><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/><w:sz w:val="30"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/><w:pPr><w:keepNext/><w:spacing w:before="200"/><w:outlineLvl w:val="1"/></w:pPr><w:rPr><w:b/><w:sz w:val="26"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="ListParagraph"><w:name w:val="List Paragraph"/><w:basedOn w:val="Normal"/><w:pPr><w:ind w:left="720"/></w:pPr></w:style>
<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/><w:tblPr><w:tblBorders><w:top w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:left w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:bottom w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:right w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:insideH w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:insideV w:val="single" w:sz="4" w:space="0" w:color="auto"/></w:tblBorders></w:tblPr></w:style>
</w:styles>"""
)
DOCX_NUMBERING = (
    XML_DECL
    + f"""<w:numbering {W_NS}><w:abstractNum w:abstractNumId="0"><w:multiLevelType w:val="singleLevel"/><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="\u2022"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="720" w:hanging="360"/></w:pPr></w:lvl></w:abstractNum>
<w:abstractNum w:abstractNumId="1"><w:multiLevelType w:val="singleLevel"/><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="720" w:hanging="360"/></w:pPr></w:lvl></w:abstractNum>
<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num></w:numbering>"""
)


def _run(text: str, bold: bool = False) -> str:
    rpr = "<w:rPr><w:b/></w:rPr>" if bold else ""
    return f'<w:r>{rpr}<w:t xml:space="preserve">{X(text)}</w:t></w:r>'


def _para(text: str, style: str | None = None, num: int | None = None, bold: bool = False) -> str:
    ppr = ""
    if style or num:
        ppr = (
            "<w:pPr>"
            + (f'<w:pStyle w:val="{style}"/>' if style else "")
            + (f'<w:numPr><w:ilvl w:val="0"/><w:numId w:val="{num}"/></w:numPr>' if num else "")
            + "</w:pPr>"
        )
    runs = []
    # **bold** segments inside a paragraph
    for i, seg in enumerate(re.split(r"\*\*", text)):
        if seg:
            runs.append(_run(seg, bold or i % 2 == 1))
    return f"<w:p>{ppr}{''.join(runs)}</w:p>"


def _table(rows: list[list[str]], widths: list[int] | None = None) -> str:
    n = len(rows[0])
    widths = widths or [9000 // n] * n
    grid = "".join(f'<w:gridCol w:w="{w}"/>' for w in widths)
    trs = []
    for ri, row in enumerate(rows):
        tcs = "".join(
            f'<w:tc><w:tcPr><w:tcW w:w="{widths[ci]}" w:type="dxa"/></w:tcPr>{_para(cell, bold=(ri == 0))}</w:tc>'
            for ci, cell in enumerate(row)
        )
        trs.append(f"<w:tr>{tcs}</w:tr>")
    return f'<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="0" w:type="auto"/></w:tblPr><w:tblGrid>{grid}</w:tblGrid>{"".join(trs)}</w:tbl>'


def docx(
    blocks: list[tuple],
    title: str = "",
    author: str = "",
    t: tuple[int, ...] = (2026, 1, 1, 12, 0, 0),
) -> bytes:
    """blocks: ("title"|"h1"|"h2"|"p"|"bullet"|"num", text) or ("table", rows[, widths]) or ("pagebreak",)."""
    body = []
    for b in blocks:
        kind = b[0]
        if kind == "title":
            body.append(_para(b[1], "Title"))
        elif kind == "h1":
            body.append(_para(b[1], "Heading1"))
        elif kind == "h2":
            body.append(_para(b[1], "Heading2"))
        elif kind == "p":
            body.append(_para(b[1]))
        elif kind == "bullet":
            body.append(_para(b[1], "ListParagraph", num=1))
        elif kind == "num":
            body.append(_para(b[1], "ListParagraph", num=2))
        elif kind == "table":
            body.append(_table(b[1], b[2] if len(b) > 2 else None))
            body.append("<w:p/>")
        elif kind == "pagebreak":
            body.append('<w:p><w:r><w:br w:type="page"/></w:r></w:p>')
        else:
            raise ValueError(kind)
    doc = (
        XML_DECL
        + f'<w:document {W_NS}><w:body>{"".join(body)}<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1417" w:right="1417" w:bottom="1417" w:left="1417" w:header="708" w:footer="708" w:gutter="0"/></w:sectPr></w:body></w:document>'
    )
    stamp = "{:04d}-{:02d}-{:02d}T{:02d}:{:02d}:{:02d}Z".format(*t)
    core = (
        XML_DECL
        + f'<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>{X(title)}</dc:title><dc:creator>{X(author)}</dc:creator><dcterms:created xsi:type="dcterms:W3CDTF">{stamp}</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">{stamp}</dcterms:modified></cp:coreProperties>'
    )
    ctypes = (
        XML_DECL
        + '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/><Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/><Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/></Types>'
    )
    rels = (
        XML_DECL
        + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/></Relationships>'
    )
    drels = (
        XML_DECL
        + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/></Relationships>'
    )
    return _zip(
        [
            ("[Content_Types].xml", ctypes),
            ("_rels/.rels", rels),
            ("docProps/core.xml", core),
            ("word/document.xml", doc),
            ("word/_rels/document.xml.rels", drels),
            ("word/styles.xml", DOCX_STYLES),
            ("word/numbering.xml", DOCX_NUMBERING),
        ],
        t,
    )


def _col(i: int) -> str:
    s = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s


def xlsx(
    sheets: list[tuple[str, list[list], list[float] | None]],
    t: tuple[int, ...] = (2026, 1, 1, 12, 0, 0),
) -> bytes:
    """sheets: (name, rows, column widths). A cell is str, int/float, None or ("=FORMULA", cached)."""
    ns = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
    files = []
    sheet_entries, wb_rels, overrides = [], [], []
    for si, (name, rows, widths) in enumerate(sheets, start=1):
        xml_rows = []
        for ri, row in enumerate(rows, start=1):
            cells = []
            for ci, v in enumerate(row):
                ref = f"{_col(ci)}{ri}"
                if v is None or v == "":
                    continue
                if isinstance(v, tuple):
                    cells.append(f'<c r="{ref}"><f>{X(v[0].lstrip("="))}</f><v>{v[1]}</v></c>')
                elif isinstance(v, (int, float)):
                    cells.append(f'<c r="{ref}"><v>{v}</v></c>')
                else:
                    cells.append(
                        f'<c r="{ref}" t="inlineStr"><is><t xml:space="preserve">{X(v)}</t></is></c>'
                    )
            xml_rows.append(f'<row r="{ri}">{"".join(cells)}</row>')
        cols = ""
        if widths:
            cols = (
                "<cols>"
                + "".join(
                    f'<col min="{i}" max="{i}" width="{w}" customWidth="1"/>'
                    for i, w in enumerate(widths, start=1)
                )
                + "</cols>"
            )
        files.append(
            (
                f"xl/worksheets/sheet{si}.xml",
                XML_DECL
                + f"<worksheet {ns}>{cols}<sheetData>{''.join(xml_rows)}</sheetData></worksheet>",
            )
        )
        sheet_entries.append(f'<sheet name="{X(name)}" sheetId="{si}" r:id="rId{si}"/>')
        wb_rels.append(
            f'<Relationship Id="rId{si}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet{si}.xml"/>'
        )
        overrides.append(
            f'<Override PartName="/xl/worksheets/sheet{si}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
        )
    n = len(sheets)
    wb_rels.append(
        f'<Relationship Id="rId{n + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>'
    )
    styles = (
        XML_DECL
        + '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>'
    )
    ctypes = (
        XML_DECL
        + '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
        + "".join(overrides)
        + "</Types>"
    )
    rels = (
        XML_DECL
        + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>'
    )
    wb = XML_DECL + f"<workbook {ns}><sheets>{''.join(sheet_entries)}</sheets></workbook>"
    wbr = (
        XML_DECL
        + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        + "".join(wb_rels)
        + "</Relationships>"
    )
    return _zip(
        [
            ("[Content_Types].xml", ctypes),
            ("_rels/.rels", rels),
            ("xl/workbook.xml", wb),
            ("xl/_rels/workbook.xml.rels", wbr),
            ("xl/styles.xml", styles),
            *files,
        ],
        t,
    )


def _pdfstr(s: str) -> str:
    out = []
    for b in s.encode("cp1252"):
        c = chr(b)
        if c in "()\\":
            out.append("\\" + c)
        elif b < 32 or b > 126:
            out.append(f"\\{b:03o}")
        else:
            out.append(c)
    return "(" + "".join(out) + ")"


def pdf_page(lines: list[tuple], top: float = 790, left: float = 64) -> str:
    """Lay out a page top-down. Items: ("h1"|"h2"|"p"|"b"|"small", text) – "b" is bold text;
    ("row", [(x, text, bold), ...]) one line of positioned cells; ("gap", pts); ("rule",)."""
    sizes = {
        "h1": (16, "F2", 24),
        "h2": (12.5, "F2", 19),
        "p": (10.5, "F1", 14),
        "b": (10.5, "F2", 14),
        "small": (8.5, "F1", 11),
    }
    y = top
    ops = []
    for it in lines:
        k = it[0]
        if k == "gap":
            y -= it[1]
        elif k == "rule":
            ops.append(f"0.5 w {left} {y + 4:.1f} m 531 {y + 4:.1f} l S")
            y -= 6
        elif k == "row":
            for x, text, bold in it[1]:
                ops.append(
                    f"BT /{'F2' if bold else 'F1'} 10.5 Tf {x} {y:.1f} Td {_pdfstr(text)} Tj ET"
                )
            y -= 14
        else:
            size, font, lead = sizes[k]
            ops.append(f"BT /{font} {size} Tf {left} {y:.1f} Td {_pdfstr(it[1])} Tj ET")
            y -= lead
    return "\n".join(ops) + "\n"


def ptext(x: float, y: float, size: float, text: str, bold: bool = False) -> str:
    """One positioned line of text for hand-made page layouts (posters, letters)."""
    return f"BT /{'F2' if bold else 'F1'} {size} Tf {x} {y} Td {_pdfstr(text)} Tj ET\n"


def pdf(
    pages: list[str],
    title: str = "",
    producer: str = "Microsoft® Word för Microsoft 365",
    compress: bool = False,
    images: dict[int, tuple[int, int, bytes]] | None = None,
) -> bytes:
    """pages: content streams. images: page index -> (w, h, 8-bit gray pixels) drawn full page (a scan)."""
    objs: list[bytes] = []

    def add(b: bytes) -> int:
        objs.append(b)
        return len(objs)

    add(b"")  # 1 catalog
    add(b"")  # 2 pages
    f1 = add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
    f2 = add(
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>"
    )
    info = add(
        f"<< /Title {_pdfstr(title)} /Producer {_pdfstr(producer)} /CreationDate (D:20260101120000+01'00') >>".encode(
            "latin-1"
        )
    )
    kids = []
    for pi, content in enumerate(pages):
        xobj = ""
        if images and pi in images:
            w, h, px = images[pi]
            data = zlib.compress(px, 9)
            im = add(
                f"<< /Type /XObject /Subtype /Image /Width {w} /Height {h} /ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /FlateDecode /Length {len(data)} >>\nstream\n".encode()
                + data
                + b"\nendstream"
            )
            xobj = f" /XObject << /Im1 {im} 0 R >>"
            content = "q 595 0 0 842 0 0 cm /Im1 Do Q\n" + content
        raw = content.encode("latin-1")
        if compress:
            raw = zlib.compress(raw, 9)
            c = add(
                f"<< /Length {len(raw)} /Filter /FlateDecode >>\nstream\n".encode()
                + raw
                + b"\nendstream"
            )
        else:
            c = add(f"<< /Length {len(raw)} >>\nstream\n".encode() + raw + b"\nendstream")
        p = add(
            f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 {f1} 0 R /F2 {f2} 0 R >>{xobj} >> /Contents {c} 0 R >>".encode()
        )
        kids.append(p)
    objs[0] = b"<< /Type /Catalog /Pages 2 0 R >>"
    objs[1] = (
        f"<< /Type /Pages /Kids [{' '.join(f'{k} 0 R' for k in kids)}] /Count {len(kids)} >>".encode()
    )
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, o in enumerate(objs, start=1):
        offsets.append(len(out))
        out += f"{i} 0 obj\n".encode() + o + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode()
    for off in offsets:
        out += f"{off:010d} 00000 n \n".encode()
    out += f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R /Info {info} 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return bytes(out)


def noise(n: int, seed: int) -> bytes:
    """Deterministic pseudo-random bytes (LCG)."""
    x = seed & 0xFFFFFFFF
    out = bytearray()
    for _ in range(n):
        x = (1103515245 * x + 12345) & 0x7FFFFFFF
        out.append((x >> 16) & 0xFF)
    return bytes(out)


def scan_pixels(w: int, h: int, seed: int) -> bytes:
    """A grey 'scanned page': light paper noise with dark streaks where lines of text would be."""
    rnd = noise(w * h, seed)
    px = bytearray()
    for yy in range(h):
        texty = (yy % 9) in (3, 4) and 12 < yy < h - 20
        for xx in range(w):
            r = rnd[yy * w + xx]
            if texty and 10 < xx < w - 14 and r % 3:
                px.append(40 + r % 60)
            else:
                px.append(225 + r % 25)
    return bytes(px)


def png(w: int, h: int, pixels: bytes) -> bytes:
    def chunk(tag: bytes, data: bytes) -> bytes:
        return (
            struct.pack(">I", len(data))
            + tag
            + data
            + struct.pack(">I", zlib.crc32(tag + data) & 0xFFFFFFFF)
        )

    raw = b"".join(b"\x00" + pixels[y * w : (y + 1) * w] for y in range(h))
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 0, 0, 0, 0))
        + chunk(b"IDAT", zlib.compress(raw, 9))
        + chunk(b"IEND", b"")
    )


def encrypted_office(seed: int, size: int = 6144) -> bytes:
    """Looks like a password-protected Office file (an OLE compound file holding EncryptedPackage)."""
    head = (
        bytes.fromhex("D0CF11E0A1B11AE1")
        + bytes(16)
        + bytes.fromhex("3E000300FEFF0900060000000000000000000000")
    )
    marker = (
        "EncryptionInfo".encode("utf-16-le") + bytes(4) + "EncryptedPackage".encode("utf-16-le")
    )
    body = noise(size - len(head) - len(marker), seed)
    return head + body[:600] + marker + body[600:]


# --------------------------------------------------------------------------- receipts and quoting

MISSING_LINES = {
    "association": (
        "Uppgifter om föreningen/gruppen",
        "namn på föreningen eller gruppen och lite om den, t.ex. ort, antal medlemmar och organisationsnummer",
    ),
    "contact": ("Kontaktperson", "namn och e-post eller telefon till den som vi kan kontakta"),
    "activity": (
        "Aktiviteten",
        "vad ni vill göra, när och hur det bidrar till utvecklingen på orten",
    ),
    "anchoring": (
        "Lokal förankring",
        "hur idén är förankrad i bygden, t.ex. beslut på ett byamöte, en enkät eller samarbete med andra föreningar",
    ),
    "budget": (
        "Översiktlig budget",
        "kostnadsposter med belopp, t.ex. lokalhyra, föreläsare, resa",
    ),
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
            h, g = MISSING_LINES[m]
            lines.append(f"– {h}: {g}")
        lines.append("")
        lines.append(
            "Svara gärna på det här mejlet med det som saknas, så läggs det till i ärendet."
        )
    else:
        lines.append("Hej!")
        lines.append("")
        lines.append(
            f"Vi har fått er ansökan om regional bygdepeng – idéslanten. Ärendenummer: {case}."
        )
        lines.append("För att vi ska kunna pröva ansökan behöver vi också:")
        lines.append("")
        for m in missing:
            h, g = MISSING_LINES[m]
            lines.append(f"  * {h} ({g})")
        lines.append("")
        lines.append("Skicka det som ett svar på detta mejl (behåll ärendenumret i ämnesraden).")
    lines.append("")
    lines.append("Vänliga hälsningar")
    lines.append("Idéslanten – Region Kalmar län")
    lines.append("Detta är ett automatiskt svar.")
    return "\n".join(lines)


def receipt_id(case: str) -> str:
    return f"<kvitto-{case}@ideslanten.example.se>"


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
ELEMENTS = ["association", "contact", "activity", "anchoring", "budget"]
KINDS = {"application", "followup", "question", "autoreply", "bounce", "newsletter", "spam"}


def label(kind: str, lang: str, el: str, notes: str, **facts) -> dict:
    """el: five characters in the order association, contact, activity, anchoring, budget – '1' present, '0' missing."""
    assert len(el) == 5 and set(el) <= {"0", "1"}
    for k in facts:
        assert k in FACT_KEYS, k
    f = {k: facts.get(k) for k in FACT_KEYS}
    if kind in ("application", "followup"):
        f["salary_costs"] = bool(f["salary_costs"])
        f["physical_investment"] = bool(f["physical_investment"])
    return {
        "kind": kind,
        "language": lang,
        "elements": {e: c == "1" for e, c in zip(ELEMENTS, el, strict=True)},
        "facts": f,
        "notes": notes,
    }


MAILS: dict[int, tuple[str, callable]] = {}


def mail(num: int, slug: str):
    def deco(fn):
        assert num not in MAILS
        MAILS[num] = (slug, fn)
        return fn

    return deco


def mid(num: int, host: str = "mail.example.se") -> str:
    return f"<own36.{num}.{num * 7919 % 100000:05d}@{host}>"


# =========================================================================== mails

# --------------------------------------------------------------------------- 4901 Kristdala: one-line cover note, everything in a .docx
ORG_4901 = orgnr("802457316")


@mail(4901, "kristdala-bifogat-docx")
def m4901():
    doc = docx(
        [
            ("title", "Ansökan om regional bygdepeng – idéslanten 2026"),
            ("p", "Kristdala Byalag"),
            ("h1", "1. Om föreningen"),
            (
                "p",
                f"Kristdala Byalag är en ideell förening som arbetar för att Kristdala ska vara en levande bygd att bo och verka i. Föreningen bildades 1991 och har i dag 86 medlemmar. Organisationsnummer {ORG_4901}.",
            ),
            ("h1", "2. Kontaktperson"),
            ("p", "Lena Karlsson, sekreterare"),
            ("p", "Telefon 070-174 06 12, e-post lena.karlsson@example.se"),
            ("h1", "3. Aktiviteten – Kristdalakvällar"),
            ("p", "Vi vill under hösten 2026 ordna tre temakvällar i Kristdala bygdegård:"),
            (
                "bullet",
                "15 september: Solel och energi på gården – föreläsning av en energirådgivare, frågestund",
            ),
            (
                "bullet",
                "13 oktober: Att jobba på distans från Kristdala – erfarenheter från tre inflyttade familjer och en föreläsare om coworking på landsbygden",
            ),
            (
                "bullet",
                "17 november: Dialogkväll med Oskarshamns kommun om skolskjutsar och busstider",
            ),
            (
                "p",
                "Kvällarna vänder sig till alla i bygden, kvinnor som män, unga som gamla. Syftet är att nya och gamla kristdalabor ska mötas, att vi får kunskap som gör det lättare att bo kvar och flytta hit, och att byns frågor lyfts direkt med kommunen. Det som kommer fram samlas i en idébank som byalaget arbetar vidare med.",
            ),
            ("h1", "4. Lokal förankring"),
            (
                "p",
                "Idén kom upp på byalagets årsmöte den 14 mars 2026 där 41 personer deltog, och årsmötet gav styrelsen i uppdrag att söka pengar. Kristdala IF lånar ut sina bord och PRO Kristdala ansvarar för fikat alla tre kvällarna.",
            ),
            ("h1", "5. Budget"),
            (
                "table",
                [
                    ["Kostnadspost", "Belopp (kr)"],
                    ["Lokalhyra bygdegården, 3 kvällar à 900 kr", "2 700"],
                    ["Föreläsararvoden, 2 föreläsare", "6 000"],
                    ["Reseersättning föreläsare", "1 200"],
                    ["Annonsering i Kristdalabladet och affischer", "1 400"],
                    ["Fika", "1 500"],
                    ["Summa", "12 800"],
                ],
                [6500, 2500],
            ),
            ("p", "Vi söker 12 800 kr ur idéslanten."),
            ("p", "Kristdala den 20 mars 2026"),
            ("p", "Lena Karlsson, för styrelsen"),
        ],
        title="Ansökan idéslanten",
        author="Lena Karlsson",
        t=(2026, 3, 20, 19, 42, 10),
    )
    body = text_part("Hej, här kommer vår ansökan, se bifogat. /Lena\n")
    part = multipart(
        "mixed",
        [
            body,
            att_part(
                doc,
                "Ansökan idéslanten Kristdala byalag.docx",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            ),
        ],
        "----=_Part_4901_1180.1774032130",
    )
    hdrs = std_headers(
        addr("Lena Karlsson", "lena.karlsson@example.se"),
        OFFICER_ADDR,
        "Ansökan idéslanten",
        when(3, 21, 8, 2, 11),
        mid(4901),
        [("X-Mailer", "Microsoft Outlook 16.0")],
    )
    return message(hdrs, part), label(
        "application",
        "sv",
        "11111",
        "Complete application where the body is only the one-line cover note 'Hej, här kommer vår ansökan, se bifogat. /Lena' and everything lives in the .docx (RFC 2231 file name with å): headings 1–5, named association with founding year, members and org.nr; contact Lena Karlsson with phone and e-mail; activity as a bullet list of three dated theme evenings with local benefit; anchoring = annual meeting 14 March with 41 attending that mandated the application plus Kristdala IF and PRO helping; budget as a Word table summing to 12 800 kr which is also the applied amount. 'kvinnor som män' -> women_and_men true; lecturer fees are not salary; venue rent is not an investment. Members 86 (the 41 at the meeting are attendance).",
        association_name="Kristdala Byalag",
        org_number=ORG_4901,
        contact_name="Lena Karlsson",
        contact_email="lena.karlsson@example.se",
        contact_phone="070-174 06 12",
        members=86,
        ort="Kristdala",
        amount_sek=12800,
        women_and_men=True,
        salary_costs=False,
        physical_investment=False,
    )


# --------------------------------------------------------------------------- 4902 Figeholm: two-page PDF, anchoring only an empty claim
ORG_4902 = orgnr("817603224")


@mail(4902, "figeholm-studieresa-pdf")
def m4902():
    p1 = pdf_page(
        [
            ("h1", "Figeholms Båtklubb"),
            ("p", "Ansökan om regional bygdepeng – idéslanten 2026"),
            ("rule",),
            ("gap", 6),
            ("h2", "Sökande förening"),
            (
                "p",
                f"Figeholms Båtklubb, org.nr {ORG_4902}. Klubben bildades 1962 och sköter bryggorna",
            ),
            (
                "p",
                "och gästhamnen i Figeholm. Vi är 54 medlemmar, de flesta bofasta i Figeholm med omnejd.",
            ),
            ("gap", 6),
            ("h2", "Kontaktperson"),
            ("p", "Göran Ek, kassör, tel. 070-174 06 27, goran.ek@example.com"),
            ("gap", 6),
            ("h2", "Vad vi vill göra"),
            (
                "p",
                "Lördagen den 23 maj 2026 gör vi en studieresa med buss till Byxelkrok på norra Öland. Där",
            ),
            (
                "p",
                "tar Byxelkroks hamnförening emot oss och berättar hur de driver gästhamn, servicehus och",
            ),
            (
                "p",
                "sommarkafé helt ideellt. Vi har samma läge i Figeholm: gästhamnen har för få besökare och",
            ),
            (
                "p",
                "caféet på Kajen har stått tomt i två somrar. Efter resan håller vi en kväll i klubbstugan där",
            ),
            (
                "p",
                "vi gör en plan för hur gästhamnen kan locka fler båtgäster redan sommaren 2027, vilket ger",
            ),
            (
                "p",
                "mer liv i byn och kunder till handlaren. Resan är öppen för alla medlemmar, både kvinnor och män.",
            ),
            ("gap", 6),
            ("h2", "Förankring"),
            (
                "p",
                "Vi tror att många i Figeholm kommer att uppskatta resan och att det behövs något som lyfter",
            ),
            ("p", "hamnen. Resan blir förhoppningsvis välbesökt."),
        ]
    )
    p2 = pdf_page(
        [
            ("h2", "Budget"),
            ("gap", 4),
            ("row", [(64, "Kostnadspost", True), (360, "Antal", True), (450, "Belopp", True)]),
            ("rule",),
            (
                "row",
                [
                    (64, "Bussresa Figeholm–Byxelkrok t/r", False),
                    (360, "1", False),
                    (450, "7 800 kr", False),
                ],
            ),
            (
                "row",
                [
                    (64, "Föredrag och guidning, Byxelkroks hamnförening", False),
                    (360, "1", False),
                    (450, "1 500 kr", False),
                ],
            ),
            ("row", [(64, "Lunch", False), (360, "30 à 120 kr", False), (450, "3 600 kr", False)]),
            (
                "row",
                [
                    (64, "Kopiering av planeringsmaterial", False),
                    (360, "", False),
                    (450, "300 kr", False),
                ],
            ),
            ("rule",),
            (
                "row",
                [(64, "Summa / sökt belopp", True), (360, "", False), (450, "13 200 kr", True)],
            ),
            ("gap", 30),
            ("p", "Figeholm 2026-04-02"),
            ("p", "Göran Ek"),
            ("small", "Figeholms Båtklubb · Hamnvägen · Figeholm"),
        ]
    )
    doc = pdf(
        [p1, p2], title="Ansökan idéslanten Figeholms Båtklubb", producer="Microsoft® Word 2016"
    )
    body = text_part(
        "Hej!\n\nAnsökan bifogas som pdf.\n\nMvh Göran Ek\n",
        charset="iso-8859-1",
        cte="quoted-printable",
    )
    part = multipart(
        "mixed",
        [body, att_part(doc, "Ansokan_Figeholms_Batklubb.pdf", "application/pdf")],
        "=_4902_mixed_7Qe2",
    )
    hdrs = std_headers(
        addr("Göran Ek", "goran.ek@example.com", "iso-8859-1"),
        OFFICER_ADDR,
        "Ansökan idéslanten - Figeholms Båtklubb",
        when(4, 2, 21, 17, 40),
        MID_4902,
        [("X-Mailer", "Microsoft Outlook 16.0")],
        subj_charset="iso-8859-1",
    )
    return message(hdrs, part), label(
        "application",
        "sv",
        "11101",
        "Two-page PDF (Helvetica, WinAnsi, budget drawn as aligned text columns with rules) under a short iso-8859-1 quoted-printable cover note. Association: Figeholms Båtklubb with org.nr, founding year, 54 members. Contact: Göran Ek with phone and e-mail in the PDF, also signer from his own address. Activity: concrete dated study trip to Byxelkrok's harbour association plus a planning evening, with clear local benefit (guest harbour, café, shop). Anchoring FALSE: the 'Förankring' heading holds only a hope that people will appreciate it. Budget: four items summing to 13 200 kr = applied amount. Lunch is consumables, not an investment; 'både kvinnor och män' -> true. Ort Figeholm although the trip goes to Byxelkrok.",
        association_name="Figeholms Båtklubb",
        org_number=ORG_4902,
        contact_name="Göran Ek",
        contact_email="goran.ek@example.com",
        contact_phone="070-174 06 27",
        members=54,
        ort="Figeholm",
        amount_sek=13200,
        women_and_men=True,
        salary_costs=False,
        physical_investment=False,
    )


MID_4902 = "<6a1f0c2e-4902-4b7d-9c1e-figeholm@mail.example.com>"


# --------------------------------------------------------------------------- 4903 Fagerhult: xlsx with Budget + Beskrivning sheets, shared mailbox, no named contact
ORG_4903 = orgnr("802012845")


@mail(4903, "fagerhult-excel-tva-flikar")
def m4903():
    budget = [
        ["Budget – Fagerhult 2030, dialogkvällar hösten 2026", None],
        [None, None],
        ["Post", "Kronor"],
        ["Inhyrd samtalsledare (faktura), 3 kvällar", 6000],
        ["Uppvärmning och städning bygdegården, 3 x 600", 1800],
        ["Fika, 3 x 700", 2100],
        ["Annonser och utskick till hushållen", 900],
        ["Summa", ("=SUM(B4:B7)", 10800)],
        [None, None],
        ["Sökt belopp ur idéslanten", 10800],
    ]
    besk = [
        ["Ansökan idéslanten 2026", None],
        [None, None],
        [
            "Förening",
            f"Fagerhults bygdegårdsförening, bildad 1948, äger och driver bygdegården i Fagerhult, Högsby kommun. 112 medlemmar. Org.nr {ORG_4903}.",
        ],
        [
            "Aktivitet",
            "”Fagerhult 2030” – tre dialogkvällar i bygdegården (24 sept, 22 okt, 19 nov) där boende tillsammans med Högsby kommun pratar om kollektivtrafiken, skolan och tomter för nya hus. En inhyrd samtalsledare leder kvällarna. Resultatet blir en gemensam handlingsplan för byn som lämnas till kommunen i december.",
        ],
        [
            "Förankring",
            "Enkät till alla hushåll i februari 2026, 64 svar – de flesta ville ha ett öppet forum om byns framtid. Fagerhults IK och hembygdsföreningen är med och bjuder in.",
        ],
        ["Målgrupp", "Alla som bor i Fagerhult med omnejd, kvinnor och män i alla åldrar."],
        ["Kontakt", "styrelsen.fagerhult@example.org"],
    ]
    book = xlsx(
        [("Budget", budget, [48, 14]), ("Beskrivning", besk, [14, 110])], t=(2026, 4, 9, 10, 5, 0)
    )
    text = "Hej!\n\nBifogar vår ansökan i Excel. Själva texten står på fliken Beskrivning, budgeten på första fliken.\n\nHälsningar\nStyrelsen, Fagerhults bygdegårdsförening\n"
    body = text_part(text, cte="quoted-printable")
    part = multipart(
        "mixed",
        [
            body,
            att_part(
                book,
                "idéslanten fagerhult.xlsx",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            ),
        ],
        "b1_4903fagerhult",
    )
    hdrs = std_headers(
        addr("Fagerhults Bygdegårdsförening", "styrelsen.fagerhult@example.org"),
        OFFICER_ADDR,
        "ansökan idéslanten",
        when(4, 9, 10, 12, 3),
        mid(4903, "example.org"),
        [("User-Agent", "Mozilla Thunderbird")],
    )
    return message(hdrs, part), label(
        "application",
        "sv",
        "10111",
        "Cover note plus an .xlsx whose first sheet is the budget (items, SUM formula with cached 10 800) and whose second sheet 'Beskrivning' holds the application text. Association: named, founding year, 112 members, org.nr. Activity: three dated dialogue evenings with a hired facilitator and a concrete result (action plan). Anchoring: household survey with 64 answers plus cooperation with Fagerhults IK and the local heritage society. Contact FALSE: the only address is the board's shared mailbox and the mail is signed 'Styrelsen' – no named person anywhere. A facilitator invoiced per evening is a fee, not salary. Members 112; survey answers are not members.",
        association_name="Fagerhults bygdegårdsförening",
        org_number=ORG_4903,
        members=112,
        ort="Fagerhult",
        amount_sek=10800,
        women_and_men=True,
        salary_costs=False,
        physical_investment=False,
    )


# --------------------------------------------------------------------------- 4904 Påryd: question about the per-locality cap, multipart/alternative
@mail(4904, "paryd-fraga-tak-per-ort")
def m4904():
    plain = (
        "Hej!\n\nJag sitter i styrelsen för Påryds bygdegårdsförening. Vi funderar på att söka idéslanten "
        "till en föreläsningskväll i höst, men vi hörde att Påryds byalag redan har fått pengar i år.\n\n"
        "Gäller taket på 15 000 kr per ort och år för alla föreningar i Påryd tillsammans, eller per förening? "
        "Och räknas Påryd och Hagby som samma ort?\n\nTack på förhand!\n\nSofia Lindqvist\n"
        "Påryds bygdegårdsförening\n0480-174 06 55\n"
    )
    html = (
        '<html><body style="font-family:Calibri,sans-serif"><p>Hej!</p>'
        "<p>Jag sitter i styrelsen för Påryds bygdegårdsförening. Vi funderar på att söka idéslanten till en "
        "föreläsningskväll i höst, men vi hörde att Påryds byalag redan har fått pengar i år.</p>"
        "<p>Gäller taket på 15&nbsp;000 kr per ort och år för <b>alla</b> föreningar i Påryd tillsammans, eller per "
        "förening? Och räknas Påryd och Hagby som samma ort?</p><p>Tack på förhand!</p>"
        "<p>Sofia Lindqvist<br>Påryds bygdegårdsförening<br>0480-174 06 55</p></body></html>\n"
    )
    part = multipart(
        "alternative",
        [text_part(plain, cte="quoted-printable"), text_part(html, "html", cte="quoted-printable")],
        "000000000000a4f2b1064904paryd",
    )
    hdrs = std_headers(
        addr("Sofia Lindqvist", "sofia.lindqvist@example.com"),
        OFFICER_ADDR,
        "Fråga om taket per ort",
        when(4, 14, 13, 48, 20),
        "<CAF4904pAryd+Q2x7c1o@mail.example.com>",
    )
    return message(hdrs, part), label(
        "question",
        "sv",
        "00000",
        "A question, not an application: asks whether the 15 000 kr cap per locality and year is shared by all associations in Påryd and whether Påryd and Hagby count as one locality. Mentions a planned lecture evening only as background. The 15 000 kr is the rule amount asked about, so amount_sek is null. Facts stated by the mail (association, signer, e-mail, phone, ort) are filled in; salary/investment null because no such cost is proposed. multipart/alternative, both parts quoted-printable.",
        association_name="Påryds bygdegårdsförening",
        contact_name="Sofia Lindqvist",
        contact_email="sofia.lindqvist@example.com",
        contact_phone="0480-174 06 55",
        ort="Påryd",
    )


# --------------------------------------------------------------------------- 4905 Alsterbro: body application + event poster as PDF (not a budget)
@mail(4905, "alsterbro-affisch-pdf")
def m4905():
    poster = (
        "0.93 0.88 0.78 rg 30 30 535 782 re f 0 0 0 rg\n"
        + ptext(70, 720, 38, "HÖSTMARKNAD", True)
        + ptext(70, 675, 30, "& BERÄTTARCAFÉ", True)
        + ptext(70, 610, 20, "Gamla skolan i Alsterbro")
        + ptext(70, 580, 20, "Lördag 26 september kl 11–15")
        + ptext(70, 510, 16, "Lokala hantverkare · loppis · chokladhjul")
        + ptext(70, 485, 16, "kl 13: Föredrag ”Glasbruken längs Alsterån”")
        + ptext(70, 420, 24, "Fri entré · Fika 20 kr · Lotteri", True)
        + ptext(70, 120, 18, "Välkomna!")
        + ptext(70, 95, 14, "Alsterbro Hembygdsförening")
    )
    doc = pdf([poster], title="Affisch höstmarknad", producer="Canva")
    text = (
        "Hej\n\nAlsterbro Hembygdsförening (ca 70 medlemmar, vi har gamla skolan i Alsterbro som föreningslokal) "
        "vill söka idéslanten till vår höstmarknad med berättarcafé lördagen 26 september.\n\n"
        "Vi bjuder in lokala hantverkare och odlare att sälja gratis, och kl 13 håller en inhyrd föreläsare "
        "ett föredrag om glasbruken längs Alsterån. Tanken är att visa upp vad som finns i byn och få folk "
        "från Nybro och Kalmar att upptäcka Alsterbro – flera hus står till salu och vi vill att fler ska "
        "flytta hit.\n\nVi är säkra på att det blir uppskattat i byn.\n\n"
        "Vi söker 8 000 kr till föreläsare och hyra av tält. Affischen bifogas.\n\n"
        "Med vänlig hälsning\nBirgitta Sjöö\nsekreterare\ntel 0481-174 06 61\n"
    )
    body = text_part(text, charset="windows-1252", cte="quoted-printable")
    part = multipart(
        "mixed",
        [body, att_part(doc, "affisch_hostmarknad_2026.pdf", "application/pdf")],
        "=_NextPart_4905_01DCB1A2.3E77F1C0",
    )
    hdrs = std_headers(
        addr("Birgitta Sjöö", "birgitta.sjoo@example.se", "windows-1252"),
        OFFICER_ADDR,
        "Ansökan höstmarknad Alsterbro",
        when(4, 20, 9, 31, 2),
        mid(4905),
        [("X-Mailer", "Microsoft Outlook 15.0")],
    )
    return message(hdrs, part), label(
        "application",
        "sv",
        "11100",
        "Application in a windows-1252 quoted-printable body; the attachment is only an event poster (PDF), not the application. Association: Alsterbro Hembygdsförening, ~70 members, owns the old school. Contact: Birgitta Sjöö signs from her own address with phone. Activity: dated market with local crafts and a hired lecturer, aimed at attracting visitors and new residents. Anchoring FALSE: only 'Vi är säkra på att det blir uppskattat i byn'. Budget FALSE: a bare total of 8 000 kr with two unpriced purposes, and the poster holds only visitor prices ('Fri entré · Fika 20 kr'), which are not cost items. amount_sek 8000 (single figure). Genders not mentioned -> null. Renting a tent is not an investment.",
        association_name="Alsterbro Hembygdsförening",
        contact_name="Birgitta Sjöö",
        contact_email="birgitta.sjoo@example.se",
        contact_phone="0481-174 06 61",
        members=70,
        ort="Alsterbro",
        amount_sek=8000,
        women_and_men=None,
        salary_costs=False,
        physical_investment=False,
    )


# --------------------------------------------------------------------------- 4906 Löttorp: two attachments – annual-meeting minutes (PDF) + application (.txt)
ORG_4906 = orgnr("802519307")


@mail(4906, "lottorp-protokoll-och-txt")
def m4906():
    prot = pdf_page(
        [
            ("h1", "Protokoll"),
            (
                "p",
                "fört vid Löttorps Byalags årsmöte lördagen den 7 mars 2026 i Löttorps bygdegård",
            ),
            ("gap", 8),
            ("p", "Närvarande: 38 medlemmar enligt bifogad närvarolista."),
            ("gap", 6),
            ("b", "§ 1  Mötets öppnande"),
            ("p", "Ordföranden Ingrid Alm hälsade välkommen och förklarade mötet öppnat."),
            ("b", "§ 2–7  Formalia"),
            (
                "p",
                "Dagordningen godkändes. Verksamhets- och revisionsberättelse lades till handlingarna.",
            ),
            (
                "p",
                "Styrelsen beviljades ansvarsfrihet. Byalaget hade 143 medlemmar vid årsskiftet.",
            ),
            ("b", "§ 8  Val"),
            ("p", "Ingrid Alm omvaldes som ordförande. Till kassör valdes Nils Hallberg."),
            ("b", "§ 9  Byns livsmedelsbutik"),
            (
                "p",
                "Butiken i Löttorp riskerar att stänga året runt. Efter diskussion beslutade årsmötet enhälligt",
            ),
            (
                "p",
                "att byalaget ska ordna ett öppet möte om butikens framtid, bjuda in Borgholms kommun och en",
            ),
            (
                "p",
                "rådgivare om kooperativ, samt söka regional bygdepeng (idéslanten) för kostnaderna.",
            ),
            (
                "p",
                "Löttorps IF och Böda hembygdsförening erbjöd sig att hjälpa till med marknadsföringen.",
            ),
            ("b", "§ 10  Mötets avslutande"),
            ("gap", 20),
            ("p", "Vid protokollet: Nils Hallberg          Justeras: Ingrid Alm, Maj-Britt Öberg"),
        ]
    )
    minutes = pdf([prot], title="Protokoll årsmöte 2026", producer="LibreOffice 7.6", compress=True)
    txt = (
        "ANSÖKAN IDÉSLANTEN 2026 – LÖTTORPS BYALAG\r\n\r\n"
        f"Förening: Löttorps Byalag, org.nr {ORG_4906}, 143 medlemmar. Ideell förening för hela Löttorp på norra Öland.\r\n"
        "Kontaktperson: Nils Hallberg, kassör, 070-174 06 48, nils.hallberg@example.se\r\n\r\n"
        "AKTIVITET\r\n"
        "Öppet byamöte ”Vår butik – vår by” i bygdegården tisdagen den 12 maj kl 18.30.\r\n"
        "- rådgivare från Coompanion-rörelsen berättar hur andra byar tagit över sin butik som kooperativ\r\n"
        "- Borgholms kommun är inbjuden och svarar på frågor\r\n"
        "- gruppdiskussioner: vad behöver vi för att butiken ska gå runt även på vintern?\r\n"
        "Målet är en arbetsgrupp som tar fram ett förslag till butiksägarna före sommaren. Utan butik\r\n"
        "försvinner ombudet för apotek och post, och det blir svårare för både äldre och barnfamiljer att bo kvar.\r\n\r\n"
        "FÖRANKRING\r\n"
        "Beslut på årsmötet 7 mars, se § 9 i bifogat protokoll.\r\n\r\n"
        "BUDGET\r\n"
        "Arvode rådgivare inkl. resa      4 500 kr\r\n"
        "Hyra bygdegården                 1 200 kr\r\n"
        "Annonser Ölandsbladet            2 300 kr\r\n"
        "Utskick till alla hushåll        1 600 kr\r\n"
        "Fika 80 pers                     1 400 kr\r\n"
        "--------------------------------------------\r\n"
        "Totalt                          11 000 kr\r\n"
    )
    att_txt = att_part(txt.encode("utf-8"), "ansokan_lottorp.txt", "text/plain; charset=utf-8")
    body = text_part(
        "Hej\n\nBifogar ansökan (txt-fil) och protokollet från årsmötet där vi tog beslutet.\n\nHälsningar\nNils Hallberg\nLöttorps Byalag\n",
        cte="base64",
    )
    part = multipart(
        "mixed",
        [body, att_part(minutes, "Protokoll årsmöte 2026-03-07.pdf", "application/pdf"), att_txt],
        "------------Lottorp4906x0aB3",
    )
    hdrs = std_headers(
        addr("Nils Hallberg", "nils.hallberg@example.se"),
        OFFICER_ADDR,
        "Idéslanten - Löttorps Byalag",
        when(4, 23, 20, 5, 44),
        mid(4906),
        [("User-Agent", "Mozilla/5.0 (Macintosh) Thunderbird/128.3")],
    )
    return message(hdrs, part), label(
        "application",
        "sv",
        "11111",
        "Complete, spread over two attachments: the application is a CRLF .txt (association with org.nr and 143 members, contact Nils Hallberg, concrete dated open village meeting about saving the food shop, budget as aligned text summing to 11 000 kr) while the anchoring lives in the other attachment, the zlib-compressed PDF minutes of the annual meeting (§ 9: unanimous decision to hold the meeting and apply for idéslanten; Löttorps IF and Böda hembygdsförening help). The txt only says 'se § 9 i bifogat protokoll'. Members 143 (the 38 present are attendance). The cooperative adviser's fee is not salary. Body base64 utf-8. Genders not mentioned ('både äldre och barnfamiljer' is about age) -> null.",
        association_name="Löttorps Byalag",
        org_number=ORG_4906,
        contact_name="Nils Hallberg",
        contact_email="nils.hallberg@example.se",
        contact_phone="070-174 06 48",
        members=143,
        ort="Löttorp",
        amount_sek=11000,
        women_and_men=None,
        salary_costs=False,
        physical_investment=False,
    )


# --------------------------------------------------------------------------- 4907 autoreply without any automation header (to the receipt of 4902)
@mail(4907, "figeholm-franvaro-utan-header")
def m4907():
    text = (
        "Hej,\n\nJag är på sjön och läser inte mejl förrän måndag 4 maj.\n"
        "Gäller det båtplatser, ring hamnkaptenen på 070-174 06 99.\n\nGöran Ek\n"
    )
    officer_mid = "<b7e2c9a0-4907-officer@region.example.se>"
    hdrs = std_headers(
        addr("Göran Ek", "goran.ek@example.com"),
        OFFICER_FROM,
        "Frånvaro: SV: Ansökan idéslanten - Figeholms Båtklubb [Idéslanten 2026-0031]",
        when(4, 24, 10, 2, 51),
        "<auto.4907.8841@mail.example.com>",
        [
            ("In-Reply-To", officer_mid),
            ("References", f"{MID_4902}\n {receipt_id('2026-0031')}\n {officer_mid}"),
        ],
    )
    return message(hdrs, text_part(text)), label(
        "autoreply",
        "sv",
        "00000",
        "Out-of-office reply from Göran Ek to the officer's personal reply in the thread of 4902 (In-Reply-To/References include the application's Message-ID), WITHOUT any Auto-Submitted, X-Autoreply or Precedence header; only the 'Frånvaro:' subject and the wording show it is automatic. Must not be answered and is not a followup. All facts null.",
    )


# --------------------------------------------------------------------------- 4908 Virserum: .docx sent as application/octet-stream, budget only a bare total
@mail(4908, "virserum-docx-octet-stream")
def m4908():
    doc = docx(
        [
            ("title", "Ansökan – Samåkning Virserum"),
            ("h1", "Föreningen"),
            (
                "p",
                "Virserum Framåt är en ideell förening som startades 2021 av boende i Virserum för att förbättra service och kommunikationer i orten. Vi har 31 medlemmar.",
            ),
            ("h1", "Kontakt"),
            ("p", "Emir Hadžić, 070-174 06 33, emir.hadzic@example.net"),
            ("h1", "Vad vill vi göra?"),
            (
                "p",
                "Bussen mellan Virserum och Hultsfred går bara sex gånger om dagen och inte alls på kvällar och helger. Många som inte har bil, både unga och äldre, kommer inte till jobb, gymnasium eller vården. Vi vill starta en samåkningsgrupp för Virserum:",
            ),
            (
                "bullet",
                "Två informationskvällar i Folkets hus i Virserum i september, där en föreläsare från ett samåkningsprojekt i Jämtland berättar hur de gjorde.",
            ),
            (
                "bullet",
                "En workshop i oktober där vi bygger upp gruppen: regler, en chatt i appen och en anslagstavla vid Coop.",
            ),
            ("bullet", "Uppföljningsträff i december om hur det har fungerat."),
            ("p", "Målet är att minst 40 hushåll är med i samåkningen till årsskiftet."),
            ("h1", "Förankring"),
            (
                "p",
                "Vi har samlat 212 namnunderskrifter för bättre kollektivtrafik i Virserum. PRO Virserum och Virserums Musikförening är med och sprider inbjudan, musikföreningen vill ha skjuts till repetitionerna.",
            ),
            ("h1", "Budget"),
            ("p", "Vi söker 15 000 kr totalt för hela projektet."),
        ],
        title="ansökan virserum",
        author="Emir",
        t=(2026, 4, 26, 22, 10, 0),
    )
    body = text_part("hej! här kommer ansökan från Virserum Framåt.\n\nmvh Emir\n")
    part = multipart(
        "mixed",
        [body, att_part(doc, "ansokan_virserum.docx", "application/octet-stream")],
        "Apple-Mail=_4908C1D2-VIRSERUM",
    )
    hdrs = std_headers(
        addr("Emir Hadžić", "emir.hadzic@example.net"),
        OFFICER_ADDR,
        "ansökan",
        when(4, 27, 7, 41, 9),
        mid(4908, "example.net"),
    )
    return message(hdrs, part), label(
        "application",
        "sv",
        "11110",
        "One-line cover note; the application is a .docx sent with the generic content type application/octet-stream (readable, so it counts). Association: Virserum Framåt, founded 2021, 31 members (no org.nr). Contact: Emir Hadžić with phone and e-mail in the document. Activity: concrete carpooling start-up with two information evenings, a workshop and a follow-up, local benefit stated. Anchoring: 212 signatures and two cooperating local associations. Budget FALSE: the Budget heading holds only 'Vi söker 15 000 kr totalt' – a bare total; amount_sek 15000. Genders not mentioned -> null. Subject is just 'ansökan'.",
        association_name="Virserum Framåt",
        contact_name="Emir Hadžić",
        contact_email="emir.hadzic@example.net",
        contact_phone="070-174 06 33",
        members=31,
        ort="Virserum",
        amount_sek=15000,
        women_and_men=None,
        salary_costs=False,
        physical_investment=False,
    )


# --------------------------------------------------------------------------- 4909 followup to 4902: anchoring, with a letter of support as PDF, Outlook quoting
@mail(4909, "figeholm-svar-stodbrev")
def m4909():
    letter = (
        ptext(64, 770, 16, "Figeholms Byalag", True)
        + ptext(64, 752, 9, "Ideell förening för Figeholm med omnejd")
        + ptext(380, 700, 10.5, "Figeholm den 28 april 2026")
        + ptext(64, 650, 13, "Stödbrev", True)
        + ptext(
            64,
            620,
            10.5,
            "Figeholms Byalag ställer sig bakom Figeholms Båtklubbs ansökan om idéslanten för en",
        )
        + ptext(
            64,
            606,
            10.5,
            "studieresa till Byxelkrok. Byalagets styrelse behandlade frågan den 27 april och ser",
        )
        + ptext(
            64,
            592,
            10.5,
            "resan som en viktig del i arbetet med att få liv i hamnen och caféet på Kajen.",
        )
        + ptext(
            64,
            566,
            10.5,
            "Byalaget kommer att bjuda in alla byalagsmedlemmar till planeringskvällen efter resan",
        )
        + ptext(64, 552, 10.5, "och hjälpa till att genomföra de idéer som kommer fram.")
        + ptext(64, 510, 10.5, "Med vänlig hälsning")
        + ptext(64, 470, 10.5, "Eva Strand")
        + ptext(64, 456, 10.5, "ordförande, Figeholms Byalag")
    )
    doc = pdf([letter], title="Stödbrev", producer="Microsoft® Word för Microsoft 365")
    quoted = (
        "Från: Idéslanten – Region Kalmar län <ideslanten@example.se>\n"
        "Skickat: den 2 april 2026 21:18\n"
        "Till: Göran Ek <goran.ek@example.com>\n"
        "Ämne: Re: Ansökan idéslanten - Figeholms Båtklubb [Idéslanten 2026-0031]\n\n"
        + receipt("2026-0031", ["anchoring"])
    )
    text = (
        "Hej!\n\nNu är jag hemma igen. Om förankringen som saknades:\n\n"
        "Vi hade ett öppet möte i klubbstugan den 12 mars dit hela byn var inbjuden via Facebookgruppen "
        "och lappar på affären. 31 personer kom och alla ställde sig bakom resan. Figeholms Byalag står "
        "också bakom, se bifogat brev från deras ordförande.\n\n"
        "Mvh\nGöran Ek\nKassör, Figeholms Båtklubb\n070-174 06 27\n\n" + quoted + "\n"
    )
    part = multipart(
        "mixed",
        [
            text_part(text, cte="quoted-printable"),
            att_part(doc, "Stödbrev Figeholms Byalag.pdf", "application/pdf"),
        ],
        "_004_4909DB6PR07MB_",
    )
    hdrs = std_headers(
        addr("Göran Ek", "goran.ek@example.com"),
        BOT_FROM,
        "SV: Ansökan idéslanten - Figeholms Båtklubb [Idéslanten 2026-0031]",
        when(5, 5, 8, 14, 37),
        "<DB6PR07MB4909.goran@mail.example.com>",
        [
            ("In-Reply-To", receipt_id("2026-0031")),
            ("References", f"{MID_4902}\n {receipt_id('2026-0031')}"),
            ("Thread-Topic", ew("Ansökan idéslanten - Figeholms Båtklubb")),
            ("X-Mailer", "Microsoft Outlook 16.0"),
        ],
    )
    return message(hdrs, part), label(
        "followup",
        "sv",
        "01010",
        "Followup to 4902 (In-Reply-To the bot's receipt, References the application), Outlook style with the receipt quoted below an 'Från:/Skickat:/Till:/Ämne:' block – the quoted list of missing items must not count. New text supplies the anchoring: an open meeting on 12 March with 31 people backing the trip, plus a PDF letter of support from Figeholms Byalag (the attachment is a support letter, not an application). Contact true: Göran Ek signs with phone from his own address. Association false: the club is only named in the signature. No activity or budget in the new text. Facts from the new text only: 31 is attendance, not members.",
        association_name="Figeholms Båtklubb",
        contact_name="Göran Ek",
        contact_email="goran.ek@example.com",
        contact_phone="070-174 06 27",
        ort="Figeholm",
        salary_costs=False,
        physical_investment=False,
    )


# --------------------------------------------------------------------------- 4910 Gräsgård: forwarded as attachment (message/rfc822) holding the .docx
ORG_4910 = orgnr("802478160")


@mail(4910, "grasgard-vidarebefordrad-bilaga")
def m4910():
    doc = docx(
        [
            ("h1", "Idéslanten 2026 – Gräsgårds Fiskelägesförening"),
            ("h2", "Om oss"),
            (
                "p",
                f"Gräsgårds Fiskelägesförening (org.nr {ORG_4910}) samlar fastighetsägare, fiskare och andra som vill att fiskeläget i Gräsgård på sydöstra Öland ska leva vidare. Vi är 47 medlemmar.",
            ),
            ("h2", "Kontaktperson"),
            ("p", "Karin Öhman, sekreterare – karin.ohman@example.net – 0485-174 06 84"),
            ("h2", "Aktivitet"),
            ("p", "”Bodarna berättar” – hösten 2026:"),
            (
                "num",
                "Två föreläsningskvällar (3 och 17 oktober) i församlingshemmet med en antikvarie från länsmuseet om fiskebodarnas historia och hur de kan bevaras.",
            ),
            ("num", "En guidad byvandring bland bodarna för boende och besökare."),
            (
                "num",
                "En workshop där vi tillsammans tar fram idéer för hur fiskeläget kan användas för småskalig besöksnäring utan att förlora sin karaktär.",
            ),
            (
                "p",
                "Aktiviteterna är öppna för alla, både kvinnor och män. De ska ge fler bofasta och sommarboende kunskap och lust att ta hand om fiskeläget, och idéerna från workshopen lämnas till Mörbylånga kommun inför den nya översiktsplanen.",
            ),
            ("h2", "Förankring"),
            (
                "p",
                "Idén togs fram på ett byamöte i Gräsgård den 22 februari 2026 med 26 deltagare. Södra Ölands hembygdsförening står som medarrangör av byvandringen.",
            ),
            ("h2", "Budget"),
            (
                "table",
                [
                    ["Post", "Kr"],
                    ["Föreläsare länsmuseet, 2 kvällar", "4 000"],
                    ["Guide byvandring", "2 000"],
                    ["Hyra församlingshemmet 2 x 500", "1 000"],
                    ["Annonser och affischer", "800"],
                    ["Fika", "1 200"],
                    ["Totalt", "9 000"],
                ],
                [6000, 3000],
            ),
        ],
        title="Bodarna berättar",
        author="Karin Öhman",
        t=(2026, 5, 4, 17, 30, 0),
    )
    inner_body = text_part(
        "Hej Bertil!\n\nHär är ansökan färdig. Kan du skicka in den till regionen? Jag hittar inte adressen.\n\nKram Karin\n",
        charset="iso-8859-1",
        cte="quoted-printable",
    )
    inner = message(
        std_headers(
            addr("Karin Öhman", "karin.ohman@example.net", "iso-8859-1"),
            addr("Bertil Nyman", "bertil.nyman@example.com"),
            "ansökan idéslanten",
            when(5, 4, 17, 41, 5),
            "<1746372065.4910.karin@webmail.example.net>",
            subj_charset="iso-8859-1",
        ),
        multipart(
            "mixed",
            [
                inner_body,
                att_part(
                    doc,
                    "Bodarna berattar - ansokan.docx",
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                ),
            ],
            "inner4910_Qx81",
        ),
    )
    outer_text = "Hej!\n\nVidarebefordrar vår sekreterares mejl med ansökan om idéslanten, se bifogat.\n\n/Bertil Nyman\nordf. Gräsgårds Fiskelägesförening\n"
    part = multipart(
        "mixed",
        [text_part(outer_text), rfc822_part(inner, "ansokan ideslanten.eml")],
        "outer4910_Zp2v",
    )
    hdrs = std_headers(
        addr("Bertil Nyman", "bertil.nyman@example.com"),
        OFFICER_ADDR,
        "VB: ansökan idéslanten",
        when(5, 6, 11, 3, 20),
        mid(4910, "example.com"),
    )
    return message(hdrs, part), label(
        "application",
        "sv",
        "11111",
        "Complete application forwarded as an attachment: the outer mail is a short note from the chair, the attached message/rfc822 is the secretary's mail to him, and that holds the .docx with headings, a numbered list and a budget table. Forwarded application text counts as the mail's own. Association with org.nr and 47 members; contact Karin Öhman (named in the document with e-mail and phone, so she is the contact rather than the forwarder); activity three concrete autumn events with local benefit; anchoring village meeting 22 Feb with 26 people plus a co-organising heritage society; budget table totalling 9 000 kr. 'både kvinnor och män' -> true.",
        association_name="Gräsgårds Fiskelägesförening",
        org_number=ORG_4910,
        contact_name="Karin Öhman",
        contact_email="karin.ohman@example.net",
        contact_phone="0485-174 06 84",
        members=47,
        ort="Gräsgård",
        amount_sek=9000,
        women_and_men=True,
        salary_costs=False,
        physical_investment=False,
    )


# --------------------------------------------------------------------------- 4911 Ruda: budget only as a photo (image) – unreadable
MID_4911 = "<A1B2C3D4-4911-4E5F-RUDA-0A0B0C0D0E0F@example.net>"


@mail(4911, "ruda-budget-som-foto")
def m4911():
    photo = png(160, 120, scan_pixels(160, 120, 4911))
    text = (
        "Hej!\n\nVi i Ruda Idrotts- och Byaförening (runt 140 medlemmar, vi sköter idrottsplatsen och bystugan i Ruda) "
        "vill söka bygdepeng till en studieresa.\n\n"
        "Ruda skola hotas av nedläggning. Lördagen 6 juni åker vi med två hyrda minibussar till Gullabo och träffar "
        "föräldrakooperativet som driver byskolan där, för att lära oss hur de gjorde. Efteråt har vi ett öppet möte "
        "i bystugan där vi bestämmer om vi ska gå vidare med ett eget kooperativ. Får vi behålla skolan kan "
        "barnfamiljerna bo kvar och nya flytta hit.\n\n"
        "Det var på föräldramötet i skolan 4 mars som 35 föräldrar, mammor som pappor, sa att de ville åka. "
        "Ruda hembygdsförening och lanthandeln backar upp oss.\n\n"
        "Budgeten skrev jag på ett papper, bild bifogad. Vi söker ca 9000 kr.\n\n"
        "Jonas Wikström\n070-174 06 41\n\nSkickat från min iPhone\n"
    )
    part = multipart(
        "mixed",
        [
            text_part(text, ct_extra="; format=flowed"),
            att_part(photo, "IMG_4417.PNG", "image/png", "inline"),
        ],
        "Apple-Mail-4911-RUDA-8F1E",
    )
    hdrs = std_headers(
        addr("Jonas Wikström", "jonas.wikstrom@example.net"),
        OFFICER_ADDR,
        "Bygdepeng Ruda",
        when(5, 8, 18, 33, 47),
        MID_4911,
        [("X-Mailer", "iPhone Mail (22E240)")],
    )
    return message(hdrs, part), label(
        "application",
        "sv",
        "11110",
        "Mobile mail: the body holds association (Ruda Idrotts- och Byaförening, ~140 members, runs the sports ground and village hall), contact (Jonas Wikström with phone from his own address), a concrete dated study trip with local benefit, and anchoring (parents' meeting with 35 parents, support from the heritage society and the village shop). The budget is said to be in a photo of a handwritten note; the attached PNG is an image with no readable budget, so budget is FALSE. 'ca 9000 kr' is a single rough figure -> amount_sek 9000. 'mammor som pappor' -> women_and_men true. Hired minibuses are rental, not investment. 35 parents are attendance, not members.",
        association_name="Ruda Idrotts- och Byaförening",
        contact_name="Jonas Wikström",
        contact_email="jonas.wikstrom@example.net",
        contact_phone="070-174 06 41",
        members=140,
        ort="Ruda",
        amount_sek=9000,
        women_and_men=True,
        salary_costs=False,
        physical_investment=False,
    )


# --------------------------------------------------------------------------- 4912 Rälla: scanned PDF without text layer
@mail(4912, "ralla-inskannad-pdf")
def m4912():
    w, h = 124, 176
    scan = pdf(
        [""],
        title="",
        producer="Canon iR-ADV C5535 PDF",
        images={0: (w, h, scan_pixels(w, h, 4912))},
    )
    text = (
        "Hej!\n\nHär kommer ansökan från Rälla Byaförening. Vi är ca 60 medlemmar och håller till i gamla "
        "skolan i Rälla. Ansökan skrev vi för hand på styrelsemötet så jag har skannat in den.\n\n"
        "Mvh Kjell Persson\n0485-174 06 70\n"
    )
    part = multipart(
        "mixed",
        [
            text_part(text, charset="iso-8859-1"),
            att_part(scan, "scan_20260511_0912.pdf", "application/pdf"),
        ],
        "----=_Part_4912_RALLA.1778485920",
    )
    hdrs = std_headers(
        addr("Kjell Persson", "kjell.persson@example.com"),
        OFFICER_ADDR,
        "Ansökan idéslanten Rälla",
        when(5, 11, 9, 14, 2),
        mid(4912, "example.com"),
    )
    return message(hdrs, part), label(
        "application",
        "sv",
        "11000",
        "Body (iso-8859-1, 8bit) gives only the association (Rälla Byaförening, ~60 members, meets in the old school) and the contact (Kjell Persson with phone, own address). The application itself is a scanned PDF: one page holding only a grey image, no text layer, so whatever is handwritten on it does not count -> activity, anchoring and budget FALSE. No amount stated. Tests a PDF that a text extractor reads as empty.",
        association_name="Rälla Byaförening",
        contact_name="Kjell Persson",
        contact_email="kjell.persson@example.com",
        contact_phone="0485-174 06 70",
        members=60,
        ort="Rälla",
        women_and_men=None,
        salary_costs=False,
        physical_investment=False,
    )


# --------------------------------------------------------------------------- 4913 Timmernabben: budget in a password-protected xlsx
MID_4913 = "<4913.timmernabben.1778658300@mail.example.se>"


@mail(4913, "timmernabben-losenordsskyddad-xlsx")
def m4913():
    locked = encrypted_office(4913)
    text = (
        'Hej!\n\nTimmernabbens Samhällsförening söker idéslanten för projektet "Timmernabben berättar".\n\n'
        "Om oss: ideell förening för Timmernabben sedan 1978, 95 medlemmar. Vi ordnar midsommar, julmarknad och "
        "sköter badplatsen.\n\n"
        "Vad: fyra berättarkvällar i Folkets hus under hösten (tisdagar i september-oktober) där äldre och yngre "
        "timmernabbsbor berättar om varvet, sjöfarten och byn förr och nu. En inhyrd berättarpedagog leder kvällarna "
        "och berättelserna spelas in. Våren 2027 blir det en utställning i hamnmagasinet. Kvällarna är för kvinnor och "
        "män i alla åldrar och ska få nyinflyttade och gamla timmernabbsbor att mötas.\n\n"
        "Förankring: vi gör det tillsammans med Timmernabbens hembygdsförening och biblioteket i Mönsterås, och 22 "
        "personer har redan anmält sig som berättare.\n\n"
        "Budgeten ligger i bifogade Excel-fil. Den är lösenordsskyddad (vi skyddar alla föreningens filer), "
        "lösenordet skickar jag i ett sms om ni ringer. Vi söker 14 500 kr.\n\n"
        "Vänliga hälsningar\nUlla Bengtsson\nkassör\n0499-174 06 52\n"
    )
    part = multipart(
        "mixed",
        [
            text_part(text, charset="iso-8859-1"),
            att_part(
                locked,
                "Budget Timmernabben berättar.xlsx",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            ),
        ],
        "=_4913_timmernabben_boundary",
    )
    hdrs = std_headers(
        addr("Ulla Bengtsson", "ulla.bengtsson@example.se"),
        OFFICER_ADDR,
        "Timmernabben berättar – ansökan idéslanten",
        when(5, 13, 9, 45, 0),
        MID_4913,
        [("X-Mailer", "Microsoft Outlook 16.0")],
        subj_enc="B",
    )
    return message(hdrs, part), label(
        "application",
        "sv",
        "11110",
        "Everything but the budget is in the iso-8859-1 8bit body: association (founded 1978, 95 members, what it does), contact Ulla Bengtsson with phone from her own address, a concrete autumn series of storytelling evenings with a recorded result and an exhibition, anchoring via cooperation with the heritage society and library and 22 volunteer storytellers. The budget is in an attached .xlsx that is password-protected (an OLE/EncryptedPackage container that cannot be opened), so budget is FALSE; 'Vi söker 14 500 kr' gives amount_sek 14500. A storytelling educator's fee is not salary. 'kvinnor och män' -> true. Base64 encoded-word subject.",
        association_name="Timmernabbens Samhällsförening",
        contact_name="Ulla Bengtsson",
        contact_email="ulla.bengtsson@example.se",
        contact_phone="0499-174 06 52",
        members=95,
        ort="Timmernabben",
        amount_sek=14500,
        women_and_men=True,
        salary_costs=False,
        physical_investment=False,
    )


# --------------------------------------------------------------------------- 4914 bounce of the officer's reply to 4905
@mail(4914, "studsad-brevlada-full")
def m4914():
    officer_mid = "<c41e7a22-4914-officer@region.example.se>"
    human = (
        "This is the mail system at host mx1.example.se.\n\n"
        "I'm sorry to have to inform you that your message could not\nbe delivered to one or more recipients. "
        "It's attached below.\n\nFor further assistance, please send mail to postmaster.\n\n"
        "                   The mail system\n\n"
        "<birgitta.sjoo@example.se>: host mail.example.se[192.0.2.25] said: 552 5.2.2\n"
        "    Mailbox full - quota exceeded (in reply to RCPT TO command)\n"
    )
    status = (
        "Reporting-MTA: dns; mx1.example.se\nX-Postfix-Queue-ID: 4F2A11C4914\n"
        "X-Postfix-Sender: rfc822; landsbygdsutvecklare@example.se\nArrival-Date: Wed, 13 May 2026 14:02:10 +0200\n\n"
        "Final-Recipient: rfc822; birgitta.sjoo@example.se\nOriginal-Recipient: rfc822;birgitta.sjoo@example.se\n"
        "Action: failed\nStatus: 5.2.2\nRemote-MTA: dns; mail.example.se\n"
        "Diagnostic-Code: smtp; 552 5.2.2 Mailbox full - quota exceeded\n"
    )
    orig = (
        f"From: {OFFICER_FROM}\nTo: =?windows-1252?Q?Birgitta_Sj=F6=F6?= <birgitta.sjoo@example.se>\n"
        "Subject: =?utf-8?Q?SV:_Ans=C3=B6kan_h=C3=B6stmarknad_Alsterbro?=\n"
        "Date: Wed, 13 May 2026 14:02:08 +0200\n"
        f"Message-ID: {officer_mid}\nIn-Reply-To: {mid(4905)}\nReferences: {mid(4905)}\n"
    )
    parts = [
        _hdr(["Content-Description: Notification", "Content-Type: text/plain; charset=us-ascii"])
        + b"\n"
        + human.encode(),
        _hdr(["Content-Description: Delivery report", "Content-Type: message/delivery-status"])
        + b"\n"
        + status.encode(),
        _hdr(
            [
                "Content-Description: Undelivered Message Headers",
                "Content-Type: text/rfc822-headers",
            ]
        )
        + b"\n"
        + orig.encode(),
    ]
    part = multipart(
        "report",
        parts,
        "4F2A11C4914.1778673730/mx1.example.se",
        preamble="This is a MIME-encapsulated message.",
        params="; report-type=delivery-status",
    )
    hdrs = [
        ("Return-Path", "<>"),
        ("Date", rfcdate(when(5, 13, 14, 2, 10))),
        ("From", "MAILER-DAEMON@mx1.example.se (Mail Delivery System)"),
        ("Subject", "Undelivered Mail Returned to Sender"),
        ("To", OFFICER_ADDR),
        ("Auto-Submitted", "auto-replied"),
        ("Message-ID", "<20260513120210.4F2A11C4914@mx1.example.se>"),
    ]
    return message(hdrs, part), label(
        "bounce",
        "en",
        "00000",
        "Postfix-style multipart/report (report-type=delivery-status) from MAILER-DAEMON: the officer's reply to the Alsterbro applicant (4905) bounced with 5.2.2 mailbox full. The original headers part names 4905's Message-ID, but the mail is a bounce, never a followup; the notification text is English Postfix system text, so language en. All facts null, no elements.",
    )


# --------------------------------------------------------------------------- 4915 Söderåkra: corrupt (truncated) .docx
MID_4915 = "<4915.soderakra.cykelfest@mail.example.org>"
ORG_4915 = orgnr("802433590")


@mail(4915, "soderakra-trasig-docx")
def m4915():
    full = docx(
        [
            ("h1", "Cykelfest i Söderåkra 26 september"),
            ("p", "Program, upplägg och budget – se nedan."),
            (
                "table",
                [["Post", "Kr"], ["Hyra av scen", "3 000"], ["Musik", "4 000"], ["Mat", "5 000"]],
                [6000, 3000],
            ),
        ],
        title="Cykelfest",
        author="Anders Petersson",
        t=(2026, 5, 17, 21, 0, 0),
    )
    # cut inside the compressed word/document.xml, so that not even a lenient reader recovers the text
    broken = full[: full.find(b"word/document.xml") + 60]
    text = (
        f"Hej!\n\nSöderåkra Byalag (org.nr {ORG_4915}, 58 medlemmar) söker idéslanten för vår cykelfest i höst. "
        "Allt om upplägget och budgeten står i bifogade dokument.\n\n"
        "Vi beslutade om detta på byamötet 3 februari där 28 personer var med, och Söderåkra IK hjälper till "
        "med att bemanna stationerna.\n\n"
        "Kontakt: Anders Petersson 070-174 06 77\n\n/Anders\n"
    )
    part = multipart(
        "mixed",
        [
            text_part(text, cte="quoted-printable"),
            att_part(
                broken,
                "Cykelfest Söderåkra.docx",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            ),
        ],
        "------------soderakra4915mix",
    )
    hdrs = std_headers(
        addr("Anders Petersson", "anders.petersson@example.org"),
        OFFICER_ADDR,
        "Cykelfest Söderåkra - idéslanten",
        when(5, 18, 7, 55, 31),
        MID_4915,
        [("User-Agent", "Mozilla Thunderbird")],
    )
    return message(hdrs, part), label(
        "application",
        "sv",
        "11010",
        "The attached .docx is corrupt (a zip cut off inside word/document.xml, no central directory), so its supposed programme and budget do not count. From the body: association (Söderåkra Byalag, org.nr, 58 members), contact Anders Petersson with phone from his own address, anchoring (village meeting 3 Feb with 28 people and Söderåkra IK staffing the stations). Activity FALSE: 'vår cykelfest i höst' names an event but says nothing about what will be done or how it develops the village – the details are 'i bifogade dokument'. Budget FALSE. No amount. 28 attendees are not members.",
        association_name="Söderåkra Byalag",
        org_number=ORG_4915,
        contact_name="Anders Petersson",
        contact_email="anders.petersson@example.org",
        contact_phone="070-174 06 77",
        members=58,
        ort="Söderåkra",
        women_and_men=None,
        salary_costs=False,
        physical_investment=False,
    )


# --------------------------------------------------------------------------- 4916 Orrefors: English cover note + English PDF, complete
ORG_4916 = orgnr("802540118")


@mail(4916, "orrefors-english-pdf")
def m4916():
    pg = pdf_page(
        [
            ("h1", "Application – Regional bygdepeng (idéslanten) 2026"),
            ("p", "Applicant: Nya & Gamla Orreforsare – Newcomers and Neighbours of Orrefors"),
            ("rule",),
            ("h2", "1. About us"),
            (
                "p",
                f"A non-profit association (ideell förening, org.nr {ORG_4916}) founded in 2024 by families who moved",
            ),
            (
                "p",
                "to Orrefors from the Netherlands, Germany and Syria together with born-and-raised orreforsare.",
            ),
            ("p", "We have 23 members."),
            ("h2", "2. Contact person"),
            ("p", "Hannah Verbeek, chair – hannah.verbeek@example.org – +46 70 174 06 90"),
            ("h2", "3. Activity"),
            (
                "p",
                "Language café and village dialogue, Thursdays 17 September – 5 November 2026 in Orrefors",
            ),
            (
                "p",
                "Folkets Hus (eight evenings). Local volunteers help newcomers practise Swedish over coffee.",
            ),
            (
                "p",
                "Two of the evenings have invited speakers from Nybro municipality and a local entrepreneur",
            ),
            (
                "p",
                "on finding work and starting a business in the village. The aim is that newcomers stay, find",
            ),
            (
                "p",
                "jobs and join the local clubs. Open to everyone – women and men, newcomers and locals.",
            ),
            ("h2", "4. Local support"),
            (
                "p",
                "The idea was raised at the open village meeting in Orrefors on 9 April 2026 (about 45 people).",
            ),
            (
                "p",
                "We plan it together with Orrefors Hembygdsförening and Orrefors IK, and 17 locals have",
            ),
            ("p", "signed up as language buddies."),
            ("h2", "5. Budget"),
            ("row", [(64, "Item", True), (420, "SEK", True)]),
            ("rule",),
            (
                "row",
                [(64, "Room rent Folkets Hus, 8 evenings x 400", False), (420, "3 200", False)],
            ),
            ("row", [(64, "Speaker fees, 2 x 2 500", False), (420, "5 000", False)]),
            ("row", [(64, "Study material and printing", False), (420, "900", False)]),
            ("row", [(64, "Coffee and snacks, 8 x 250", False), (420, "2 000", False)]),
            ("row", [(64, "Posters and ads", False), (420, "600", False)]),
            ("rule",),
            ("row", [(64, "Total – amount applied for", True), (420, "11 700", True)]),
        ]
    )
    doc = pdf(
        [pg],
        title="Application idéslanten Orrefors",
        producer="Google Docs Renderer",
        compress=True,
    )
    text = (
        "Hi,\n\nPlease find attached our application for the idéslanten micro-grant. We are a new association "
        "and most of us are still learning Swedish, so I hope it is OK that we write in English.\n\n"
        "Best regards,\nHannah Verbeek\nNya & Gamla Orreforsare\n"
    )
    html = (
        '<div dir="ltr"><div>Hi,</div><div><br></div><div>Please find attached our application for the idéslanten '
        "micro-grant. We are a new association and most of us are still learning Swedish, so I hope it is OK that we "
        "write in English.</div><div><br></div><div>Best regards,</div><div>Hannah Verbeek</div><div>Nya &amp; Gamla "
        "Orreforsare</div></div>\n"
    )
    alt = multipart(
        "alternative",
        [text_part(text), text_part(html, "html", cte="quoted-printable")],
        "0000000000004916b0e7alt",
    )
    part = multipart(
        "mixed",
        [alt, att_part(doc, "Idéslanten application Orrefors.pdf", "application/pdf")],
        "0000000000004916b0e9mix",
    )
    hdrs = std_headers(
        addr("Hannah Verbeek", "hannah.verbeek@example.org"),
        OFFICER_ADDR,
        "Application idéslanten – Orrefors",
        when(5, 20, 20, 12, 8),
        "<CAH4916orrefors=xY7u_mQ@mail.example.org>",
    )
    return message(hdrs, part), label(
        "application",
        "en",
        "11111",
        "Complete English application: short multipart/alternative cover note, everything in a zlib-compressed PDF with numbered headings and a budget drawn as aligned columns. Association with org.nr, founding year and 23 members; contact Hannah Verbeek with e-mail and phone; activity eight dated language-café evenings plus speakers with a clear local aim; anchoring = open village meeting (about 45 people), two partner associations and 17 volunteers; budget five items totalling 11 700 SEK = applied amount. 'women and men' -> true; speaker fees are not salary; room rent not investment.",
        association_name="Nya & Gamla Orreforsare",
        org_number=ORG_4916,
        contact_name="Hannah Verbeek",
        contact_email="hannah.verbeek@example.org",
        contact_phone="+46 70 174 06 90",
        members=23,
        ort="Orrefors",
        amount_sek=11700,
        women_and_men=True,
        salary_costs=False,
        physical_investment=False,
    )


# --------------------------------------------------------------------------- 4917 Vissefjärda: budget as .csv, shared mailbox signed 'Styrelsen'
MID_4917 = "<4917-vissefjarda-0522@mail.example.se>"


@mail(4917, "vissefjarda-csv-styrelsen")
def m4917():
    csv = (
        "Kostnad;Belopp kr\r\nHyra bygdegården;1500\r\nMusiker (arvode);3000\r\nSoppa och bröd 120 portioner;3600\r\n"
        "Inbjudningskort till alla hushåll;1800\r\nAffischer;400\r\nSumma;10300\r\n"
    ).encode("windows-1252")
    text = (
        "Hej!\n\nVissefjärda Byalag (ca 90 medlemmar) söker idéslanten till en välkomstkväll för nyinflyttade "
        "lördagen den 10 oktober i Vissefjärda bygdegård.\n\n"
        "Förra året flyttade 19 nya hushåll till socknen, men få hittar in i föreningslivet. På kvällen "
        "presenterar sig byns föreningar, vi bjuder på soppa och en lokal musiker spelar. Alla nya får en "
        "byakarta och en lista över föreningar och företag. Målet är att fler nyinflyttade blir aktiva och "
        "stannar kvar.\n\n"
        "Vi gör kvällen tillsammans med Vissefjärda IF, Svenska kyrkan i Vissefjärda och hembygdsföreningen, "
        "och 14 frivilliga har redan anmält sig för att laga mat och ta emot.\n\n"
        "Budgeten finns i bifogad csv-fil (öppnas i Excel).\n\n"
        "Hälsningar\nStyrelsen\nVissefjärda Byalag\n"
    )
    part = multipart(
        "mixed",
        [
            text_part(text, charset="windows-1252", cte="quoted-printable"),
            att_part(csv, "budget_valkomstkvall.csv", "text/csv; charset=windows-1252"),
        ],
        "----=_NextPart_000_4917_01DCC9F1.77A1B2C0",
    )
    hdrs = std_headers(
        addr("Vissefjärda Byalag", "vissefjarda.byalag@example.se", "windows-1252"),
        OFFICER_ADDR,
        "Välkomstkväll Vissefjärda",
        when(5, 22, 16, 40, 12),
        MID_4917,
        [("X-Mailer", "Microsoft Outlook 16.0")],
        subj_charset="windows-1252",
    )
    return message(hdrs, part), label(
        "application",
        "sv",
        "10111",
        "Windows-1252 quoted-printable body from the association's shared mailbox, signed only 'Styrelsen' – no named contact person, so contact FALSE and contact facts null. Association: Vissefjärda Byalag, ~90 members. Activity: dated welcome evening for newcomers with concrete content and local aim. Anchoring: cooperation with the sports club, the church and the heritage society plus 14 volunteers. Budget: a semicolon-separated windows-1252 CSV with five items and a sum of 10 300 kr -> amount_sek 10300. A musician's fee is a performer's fee, not salary. Genders not mentioned -> null.",
        association_name="Vissefjärda Byalag",
        members=90,
        ort="Vissefjärda",
        amount_sek=10300,
        women_and_men=None,
        salary_costs=False,
        physical_investment=False,
    )


# --------------------------------------------------------------------------- 4918 followup to 4911: typed budget, Apple Mail quoting
@mail(4918, "ruda-svar-budget-inskriven")
def m4918():
    quoted = quote(
        "\n".join(
            [
                "8 maj 2026 kl. 18:34 skrev Idéslanten – Region Kalmar län <ideslanten@example.se>:",
                "",
                receipt("2026-0044", ["budget"], 1),
            ]
        )
    )
    text = (
        "Hej, här är budgeten inskriven då:\n\n"
        "Hyra 2 minibussar 1 dag 3800\nBränsle 1200\nLunch i Gullabo 40 pers 2800\nFika på mötet 600\n"
        "Annons i Högsbynytt 600\n= 9000 kr\n\nJonas Wikström\n\nSkickat från min iPhone\n\n"
        + quoted
        + "\n"
    )
    hdrs = std_headers(
        addr("Jonas Wikström", "jonas.wikstrom@example.net"),
        BOT_FROM,
        "Sv: Bygdepeng Ruda [Idéslanten 2026-0044]",
        when(5, 25, 12, 6, 58),
        "<F2E1D0C9-4918-RUDA-B7A6@example.net>",
        [
            ("In-Reply-To", receipt_id("2026-0044")),
            ("References", f"{MID_4911}\n {receipt_id('2026-0044')}"),
            ("X-Mailer", "iPhone Mail (22E240)"),
        ],
    )
    return message(hdrs, text_part(text, cte="quoted-printable")), label(
        "followup",
        "sv",
        "01001",
        "Followup to 4911 (whose budget was only a photo), replying to the bot's receipt with Apple-Mail '>' quoting. New text: five cost items with amounts summing to 9 000 kr -> budget true, amount_sek 9000. Contact true: Jonas Wikström signs in full from his own address (no phone in the new text). Everything else is only in the quoted receipt or the earlier mail. Minibus hire is rental, fuel and lunch consumables -> no investment.",
        contact_name="Jonas Wikström",
        contact_email="jonas.wikstrom@example.net",
        ort="Ruda",
        amount_sek=9000,
        salary_costs=False,
        physical_investment=False,
    )


# --------------------------------------------------------------------------- 4919 newsletter
@mail(4919, "nyhetsbrev-bygdenatverket")
def m4919():
    text = (
        "BYGDENÄTVERKET I KALMAR LÄN – NYHETSBREV JUNI 2026\n\n"
        "* Sök idéslanten före sommaruppehållet\n"
        "Regionens mikrostöd för byar och föreningar (högst 15 000 kr per ort och år) går att söka hela året. "
        "Tänk på att beskriva förening, kontaktperson, aktivitet, förankring och budget.\n\n"
        "* Tips: så gör du en enkel budget\n"
        "Lista varje kostnad för sig – lokalhyra, föreläsare, annonser – med belopp. Löner och inköp av utrustning "
        "kan inte få stöd.\n\n"
        "* Kalendarium\n"
        "13 juni: Bygdegårdarnas dag i hela länet\n"
        "24 aug: Träff för byalag i Mönsterås\n\n"
        "Du får det här brevet eftersom du prenumererar på Bygdenätverkets nyheter.\n"
        "Avsluta prenumerationen: https://bygdenatverket.example.org/avregistrera?id=L4919\n"
    )
    html = (
        '<!DOCTYPE html><html><body style="margin:0;background:#f2efe6"><table width="100%" cellpadding="0" cellspacing="0">'
        '<tr><td style="background:#2f5d3a;color:#fff;padding:18px;font:bold 20px Arial">Bygdenätverket i Kalmar län – juni 2026</td></tr>'
        '<tr><td style="padding:18px;font:15px Arial"><h2>Sök idéslanten före sommaruppehållet</h2>'
        "<p>Regionens mikrostöd för byar och föreningar (högst 15&nbsp;000 kr per ort och år) går att söka hela året. "
        "Tänk på att beskriva förening, kontaktperson, aktivitet, förankring och budget.</p>"
        "<h2>Tips: så gör du en enkel budget</h2><p>Lista varje kostnad för sig – lokalhyra, föreläsare, annonser – med belopp. "
        "Löner och inköp av utrustning kan inte få stöd.</p><h2>Kalendarium</h2><ul><li>13 juni: Bygdegårdarnas dag i hela länet</li>"
        "<li>24 aug: Träff för byalag i Mönsterås</li></ul></td></tr>"
        '<tr><td style="padding:12px;font:11px Arial;color:#666">Du får det här brevet eftersom du prenumererar på Bygdenätverkets nyheter. '
        '<a href="https://bygdenatverket.example.org/avregistrera?id=L4919">Avsluta prenumerationen</a></td></tr></table></body></html>\n'
    )
    part = multipart(
        "alternative",
        [text_part(text, cte="quoted-printable"), text_part(html, "html", cte="base64")],
        "=-=-=_nl4919_ALT",
    )
    hdrs = std_headers(
        addr("Bygdenätverket i Kalmar län", "nyhetsbrev@bygdenatverket.example.org"),
        OFFICER_ADDR,
        "Nyhetsbrev juni: sök idéslanten, budgettips och kalendarium",
        when(5, 27, 6, 0, 4),
        "<nl.2026-06.4919@bygdenatverket.example.org>",
        [
            ("List-Id", "Bygdenatverket nyheter <nyheter.bygdenatverket.example.org>"),
            (
                "List-Unsubscribe",
                "<https://bygdenatverket.example.org/avregistrera?id=L4919>, <mailto:avregistrera@bygdenatverket.example.org>",
            ),
            ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
            ("Precedence", "bulk"),
        ],
    )
    return message(hdrs, part), label(
        "newsletter",
        "sv",
        "00000",
        "Bulk newsletter (List-Id, List-Unsubscribe with one-click, Precedence: bulk; text part QP, HTML part base64). It talks about idéslanten, the five elements and budget rules, but it applies for nothing and must never be answered. All facts null.",
    )


# --------------------------------------------------------------------------- 4920 Loftahammar: .xlsx under a wrong name/type (budget.xls, application/vnd.ms-excel), projector purchase
@mail(4920, "loftahammar-xls-fel-filandelse")
def m4920():
    book = xlsx(
        [
            (
                "Budget",
                [
                    ["Bygdebio Loftahammar okt 2026 – mars 2027", None, None],
                    ["Post", "Antal", "Kr"],
                    ["Projektor (inköp)", 1, 4500],
                    ["Filmlicenser", 6, 3600],
                    ["Annonsering Västerviks-Tidningen + affischer", None, 800],
                    ["Popcorn och fika", 6, 1200],
                    ["Totalt", None, ("=SUM(C3:C6)", 10100)],
                ],
                [44, 8, 10],
            )
        ],
        t=(2026, 6, 1, 21, 14, 0),
    )
    text = (
        "Hej\n\nLoftahammars Bygdegårdsförening (76 medlemmar) vill starta Bygdebio i bygdegården. En fredag i "
        "månaden oktober–mars visar vi en film och har fika och filmsnack efteråt.\n\n"
        "På vintern är det väldigt tomt i Loftahammar när sommargästerna har åkt och det finns ingenstans att "
        "ses, särskilt för ungdomar och äldre som inte kör bil. Bion ska vara för alla, tjejer och killar, unga "
        "och gamla, och ge bygden en mötesplats hela vintern.\n\nBudget se bifogad fil.\n\n"
        "Mvh Mikael Strömberg\nordf\n070-174 06 21\n"
    )
    part = multipart(
        "mixed",
        [text_part(text, cte="base64"), att_part(book, "budget.xls", "application/vnd.ms-excel")],
        "------=_Part_4920_loft.1780427700",
    )
    hdrs = std_headers(
        addr("Mikael Strömberg", "mikael.stromberg@example.com"),
        OFFICER_ADDR,
        "Bygdebio Loftahammar",
        when(6, 2, 7, 15, 0),
        mid(4920, "example.com"),
    )
    return message(hdrs, part), label(
        "application",
        "sv",
        "11101",
        "Body (utf-8 base64) gives association (76 members), contact Mikael Strömberg with phone from his own address, and a concrete monthly village cinema with local benefit. The budget is an Office Open XML workbook sent as 'budget.xls' with the legacy type application/vnd.ms-excel – wrong extension and content type, but readable, so budget true: four items, SUM 10 100 kr. The first item is buying a projector -> physical_investment TRUE. Anchoring FALSE: only a described need (empty winters), no meeting, survey, partners or volunteers. 'tjejer och killar' -> women_and_men true.",
        association_name="Loftahammars Bygdegårdsförening",
        contact_name="Mikael Strömberg",
        contact_email="mikael.stromberg@example.com",
        contact_phone="070-174 06 21",
        members=76,
        ort="Loftahammar",
        amount_sek=10100,
        women_and_men=True,
        salary_costs=False,
        physical_investment=True,
    )


# --------------------------------------------------------------------------- 4921 Ankarsrum: elements split – activity/anchoring in the body, association + budget in the .docx
ORG_4921 = orgnr("802492881")


@mail(4921, "ankarsrum-delat-kropp-och-bilaga")
def m4921():
    doc = docx(
        [
            ("h1", "Föreningsfakta"),
            (
                "table",
                [
                    ["Förening", "Ankarsrums Intresseförening"],
                    ["Organisationsnummer", ORG_4921],
                    ["Bildad", "1996"],
                    ["Medlemmar", "128 (hushåll och enskilda)"],
                    [
                        "Verksamhet",
                        "Driver Bruksgården som samlingslokal, ordnar bruksdagen och arbetar för service i Ankarsrum",
                    ],
                ],
                [3000, 6000],
            ),
            ("h1", "Budget Bruksdagen 2026"),
            (
                "table",
                [
                    ["Kostnad", "Kronor"],
                    ["Guide, industrivandring", "2 500"],
                    ["Föreläsare om industriarv", "3 000"],
                    ["Tälthyra", "2 800"],
                    ["Annonser och affischer", "1 000"],
                    ["Fika till dialogmötet", "1 200"],
                    ["Summa", "10 500"],
                ],
                [6000, 3000],
            ),
        ],
        title="Föreningsfakta och budget",
        author="Helena Forsberg",
        t=(2026, 6, 3, 19, 0, 0),
    )
    text = (
        "Hej!\n\nHär kommer vår ansökan om idéslanten. Föreningsfakta och budget ligger i Word-filen, resten skriver jag här.\n\n"
        "AKTIVITET\nLördagen den 22 augusti ordnar vi Bruksdagen i Ankarsrum: en guidad industrivandring genom det gamla "
        "bruksområdet, ett föredrag om hur andra bruksorter har fått nytt liv i sina gamla industrilokaler, och på "
        "eftermiddagen ett dialogmöte med Västerviks kommun om vad de tomma lokalerna vid ån kan användas till "
        "(hantverk, småföretag, ungdomsgård). Det som kommer fram blir underlag för en ansökan till kommunen.\n\n"
        "FÖRANKRING\nPå byamötet i Bruksgården den 15 april kom 52 personer och alla röstade för Bruksdagen. "
        "Ankarsrums Hembygdsförening håller i vandringen och Ankarsrums IF sköter parkeringen.\n\n"
        "Hälsningar\nHelena Forsberg\nsekreterare\n070-174 06 95\n"
    )
    part = multipart(
        "mixed",
        [
            text_part(text),
            att_part(
                doc,
                "Föreningsfakta och budget.docx",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            ),
        ],
        "==4921==ankarsrum==",
    )
    hdrs = std_headers(
        addr("Helena Forsberg", "helena.forsberg@example.se"),
        OFFICER_ADDR,
        "Ansökan idéslanten – Bruksdagen Ankarsrum",
        when(6, 4, 12, 30, 45),
        mid(4921),
    )
    return message(hdrs, part), label(
        "application",
        "sv",
        "11111",
        "Complete, with the elements split: the body has the activity (dated bruksdag with guided walk, lecture and dialogue meeting with the municipality, result used for a proposal) and the anchoring (village meeting 15 April with 52 people voting for it, two local associations taking part) and the signature contact Helena Forsberg with phone from her own address; the .docx has the association as a two-column fact table (name, org.nr, founded, 128 members, activities) and the budget table summing to 10 500 kr. Genders not mentioned -> null. 52 attendees are not members.",
        association_name="Ankarsrums Intresseförening",
        org_number=ORG_4921,
        contact_name="Helena Forsberg",
        contact_email="helena.forsberg@example.se",
        contact_phone="070-174 06 95",
        members=128,
        ort="Ankarsrum",
        amount_sek=10500,
        women_and_men=None,
        salary_costs=False,
        physical_investment=False,
    )


# --------------------------------------------------------------------------- 4922 Södra Vi: question proposing a salary, HTML-only base64
@mail(4922, "sodra-vi-fraga-lon-pdf")
def m4922():
    html = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
        "<p>Hej!</p><p>Två frågor från Södra Vi Hembygdsförening:</p><ol>"
        "<li>Kan vi använda idéslanten till att anställa en projektledare på deltid i sommar som samordnar "
        "byns aktiviteter? Det skulle vara lön för ungefär två månader.</li>"
        "<li>Får ansökan skickas som pdf-bilaga, eller måste allt stå i själva mejlet?</li></ol>"
        "<p>Tacksam för svar!</p><p>Gunnel Axelsson<br>kassör, Södra Vi Hembygdsförening<br>0492-174 06 36</p></body></html>\n"
    )
    hdrs = std_headers(
        addr("Gunnel Axelsson", "gunnel.axelsson@example.se"),
        OFFICER_ADDR,
        "Frågor om idéslanten",
        when(6, 8, 10, 22, 40),
        mid(4922),
    )
    return message(hdrs, text_part(html, "html", cte="base64")), label(
        "question",
        "sv",
        "00000",
        "HTML-only (base64) question: may the grant pay a part-time project leader's wages, and may the application be sent as a PDF attachment? No application. Because the question itself proposes a salary, salary_costs is true; physical_investment null. Stated facts (association, signer, e-mail, phone, ort) filled in; no amount.",
        association_name="Södra Vi Hembygdsförening",
        contact_name="Gunnel Axelsson",
        contact_email="gunnel.axelsson@example.se",
        contact_phone="0492-174 06 36",
        ort="Södra Vi",
        salary_costs=True,
    )


# --------------------------------------------------------------------------- 4923 Bergkvara: HTML-only body + a letter of support (.docx) instead of the promised budget
ORG_4923 = orgnr("802467735")


@mail(4923, "bergkvara-html-stodbrev-docx")
def m4923():
    letter = docx(
        [
            ("p", "Bergkvara den 8 juni 2026"),
            ("h1", "Stödbrev – Hamnens dag i Bergkvara"),
            (
                "p",
                "Bergkvara Hembygdsförening och Bergkvara IF stöder Bergkvara Byalags ansökan om idéslanten för Hamnens dag den 8 augusti 2026.",
            ),
            (
                "p",
                "Hembygdsföreningen visar sin utställning om Bergkvaras sjöfart i magasinet under dagen, och idrottsföreningens ungdomar sköter parkering och fiskdamm.",
            ),
            (
                "p",
                "Vi ser dagen som ett bra sätt att samla hela byn och visa upp hamnen för besökare.",
            ),
            ("p", "Maria Holm, ordförande Bergkvara Hembygdsförening"),
            ("p", "Tobias Nord, ordförande Bergkvara IF"),
        ],
        title="Stödbrev",
        author="Maria Holm",
        t=(2026, 6, 8, 18, 20, 0),
    )
    html = (
        '<html><body style="font-family:Verdana;font-size:13px">'
        "<p>Hej!</p><p><b>Bergkvara Byalag</b> (bildat 1985, ca 170 medlemmar, org.nr "
        + ORG_4923
        + ") söker idéslanten för "
        "<b>Hamnens dag</b> lördagen den 8 augusti.</p>"
        "<p>Dagen ska samla byn i den gamla hamnen: lokala odlare och fiskare säljer sina varor, Sjöräddningssällskapet "
        "visar båtarna och kör korta turer, och en inhyrd föreläsare berättar om Bergkvaras sjöfartshistoria. Vi vill "
        "visa att hamnen kan bli en mötesplats för både bybor och turister och få fler att starta verksamhet där.</p>"
        "<p>Vi har frågat i byns Facebookgrupp och 112 personer svarade att de vill ha en hamndag. Hembygdsföreningen och "
        "Bergkvara IF är med – se deras stödbrev.</p>"
        "<p>Vi söker 12&nbsp;000 kr. Budget bifogas.</p>"
        "<p>Hälsningar<br>Bergkvara Byalag</p></body></html>\n"
    )
    part = multipart(
        "mixed",
        [
            text_part(html, "html", charset="windows-1252", cte="quoted-printable"),
            att_part(
                letter,
                "Stodbrev_hamnens_dag.docx",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            ),
        ],
        "----=_NextPart_4923_BERGKVARA",
    )
    hdrs = std_headers(
        addr("Bergkvara Byalag", "info.bergkvarabyalag@example.se"),
        OFFICER_ADDR,
        "Hamnens dag Bergkvara - idéslanten",
        when(6, 10, 21, 44, 18),
        mid(4923),
    )
    return message(hdrs, part), label(
        "application",
        "sv",
        "10110",
        "HTML-only body (windows-1252 QP) followed by a .docx that is NOT the application but a letter of support from the heritage society and the sports club. Association: named, founded 1985, ~170 members, org.nr. Activity: dated harbour day with concrete content and local aim. Anchoring: Facebook-group poll with 112 answers plus the support letter. Contact FALSE: sent from the association's info mailbox, signed only 'Bergkvara Byalag'; the letter names two chairs of partner organisations, who are not the applicant's contact. Budget FALSE: 'Budget bifogas' but the only attachment is the support letter; 'Vi söker 12 000 kr' -> amount_sek 12000. Genders not mentioned.",
        association_name="Bergkvara Byalag",
        org_number=ORG_4923,
        members=170,
        ort="Bergkvara",
        amount_sek=12000,
        women_and_men=None,
        salary_costs=False,
        physical_investment=False,
    )


# --------------------------------------------------------------------------- 4924 followup to 4913: the budget again, now as a readable xlsx; Thunderbird quoting
@mail(4924, "timmernabben-svar-xlsx-utan-losenord")
def m4924():
    book = xlsx(
        [
            (
                "Blad1",
                [
                    ["Timmernabben berättar – budget", None],
                    [None, None],
                    ["Berättarpedagog, 4 kvällar à 2 000", 8000],
                    ["Hyra Folkets hus, 4 x 600", 2400],
                    ["Hyra av inspelningsutrustning", 1500],
                    ["Annonser och affischer", 1200],
                    ["Fika", 1400],
                    ["Summa", ("=SUM(B3:B7)", 14500)],
                ],
                [40, 10],
            )
        ],
        t=(2026, 6, 11, 8, 50, 0),
    )
    quoted = "Den 2026-05-13 kl. 09:46, skrev Idéslanten – Region Kalmar län:\n" + quote(
        receipt("2026-0047", ["budget"])
    )
    text = (
        "Hej,\n\nförlåt, jag förstod inte att ni inte kunde öppna filen. Här kommer budgeten utan lösenord.\n\n"
        "Vänliga hälsningar\nUlla Bengtsson\nTimmernabbens Samhällsförening\n\n" + quoted + "\n"
    )
    part = multipart(
        "mixed",
        [
            text_part(text, cte="quoted-printable", ct_extra="; format=flowed"),
            att_part(
                book,
                "Budget Timmernabben berattar utan losenord.xlsx",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            ),
        ],
        "------------4924TB0Q7x2",
    )
    hdrs = std_headers(
        addr("Ulla Bengtsson", "ulla.bengtsson@example.se"),
        BOT_FROM,
        "Re: Timmernabben berättar – ansökan idéslanten [Idéslanten 2026-0047]",
        when(6, 11, 8, 52, 3),
        "<4924.ub.1781160723@mail.example.se>",
        [
            ("In-Reply-To", receipt_id("2026-0047")),
            ("References", f"{MID_4913}\n {receipt_id('2026-0047')}"),
            ("User-Agent", "Mozilla Thunderbird"),
        ],
    )
    return message(hdrs, part), label(
        "followup",
        "sv",
        "01001",
        "Followup to 4913 whose budget was in a password-protected workbook. Thunderbird-style reply ('Den 2026-05-13 kl. 09:46, skrev …' with '>' quoting of the receipt, which does not count). New content: a readable .xlsx with five items and a SUM of 14 500 kr -> budget true, amount_sek 14500. Contact true: Ulla Bengtsson signs from her own address. Association only named in the signature -> false. Renting recording equipment is rental, not investment; the storytelling educator's fee is not salary.",
        association_name="Timmernabbens Samhällsförening",
        contact_name="Ulla Bengtsson",
        contact_email="ulla.bengtsson@example.se",
        ort="Timmernabben",
        amount_sek=14500,
        salary_costs=False,
        physical_investment=False,
    )


# --------------------------------------------------------------------------- 4925 phishing with an .htm attachment
@mail(4925, "phishing-bidrag-beviljat")
def m4925():
    html = (
        '<html><body><table width="600"><tr><td style="font-family:Arial">'
        '<h2 style="color:#003d7c">Ditt bidrag är beviljat</h2>'
        "<p>Hej,</p><p>Er förening har beviljats <b>15 000 kr</b> i regional bygdepeng. För att utbetalningen ska kunna ske "
        "måste ni bekräfta era bankuppgifter och BankID inom 24 timmar, annars går beslutet förlorat.</p>"
        '<p><a href="https://region-kalmar-bidrag.example.net/verifiera?ref=4925" style="background:#003d7c;color:#fff;padding:10px 18px">BEKRÄFTA UTBETALNING</a></p>'
        "<p>Se bifogat beslut.</p><p>Med vänliga hälsningar<br>Utbetalningsenheten</p></td></tr></table></body></html>\n"
    )
    att = (
        b'<html><head><meta http-equiv="refresh" content="0; url=https://region-kalmar-bidrag.example.net/login"></head>'
        b"<body>Laddar beslut...</body></html>\n"
    )
    part = multipart(
        "mixed",
        [
            text_part(html, "html", cte="base64"),
            att_part(att, "Beslut_bidrag_2026.htm", "text/html"),
        ],
        "b1_phish4925_x",
    )
    hdrs = std_headers(
        addr("Region Kalmar län Utbetalning", "noreply@utbetalning-region.example.net"),
        OFFICER_ADDR,
        "Ditt bidrag är beviljat – bekräfta bankuppgifter inom 24 timmar",
        when(6, 12, 3, 17, 9),
        "<20260612011709.4925.phx@utbetalning-region.example.net>",
        [("Reply-To", "support@utbetalning-region.example.net")],
    )
    return message(hdrs, part), label(
        "spam",
        "sv",
        "00000",
        "Phishing imitating the region: claims a 15 000 kr grant has been approved and demands bank details and BankID within 24 hours via a look-alike link; the .htm attachment is only a redirect to a login page. Not an application despite the grant vocabulary; must never be answered. All facts null.",
    )


# --------------------------------------------------------------------------- 4926 Storebro: two attachments – application .docx + budget .pdf; body iso-8859-1 base64
ORG_4926 = orgnr("802501246")


@mail(4926, "storebro-docx-och-budget-pdf")
def m4926():
    doc = docx(
        [
            ("title", "Skolhuset – Storebros mötesplats"),
            ("h1", "Sökande"),
            (
                "p",
                f"Storebro Byalag, org.nr {ORG_4926}. Byalaget bildades 1979 och samlar boende i Storebro med omnejd i Vimmerby kommun. 104 medlemmar.",
            ),
            ("p", "Kontaktperson: Lars-Göran Blom, ordförande, 0492-174 06 38, lg.blom@example.se"),
            ("h1", "Vad vi vill göra"),
            (
                "p",
                "Den gamla skolan i Storebro står tom sedan skolan flyttade. Vi vill ta reda på om byn kan ta över huset och göra det till en mötesplats med lokal för föreningar, café och kontorsplatser. Under hösten 2026:",
            ),
            (
                "bullet",
                "två studiekvällar i bygdegården (7 och 21 oktober) med en föreläsare som har hjälpt andra byar att ta över fastigheter",
            ),
            (
                "bullet",
                "en studieresa med buss till Gullringen den 14 november för att se hur de gjort om sin bygdegård till servicepunkt",
            ),
            (
                "bullet",
                "ett avslutande byamöte där vi beslutar om byalaget ska lägga ett bud på huset",
            ),
            ("p", "Kvällarna och resan är öppna för alla boende, både kvinnor och män."),
            ("h1", "Förankring"),
            (
                "p",
                "146 personer har skrivit på byalagets namninsamling för att rädda skolhuset. Storebro IF och Storebro Hembygdsförening är med och planerar.",
            ),
            ("h1", "Budget"),
            ("p", "Se separat bilaga (pdf)."),
        ],
        title="Skolhuset",
        author="Lars-Göran Blom",
        t=(2026, 6, 15, 20, 3, 0),
    )
    pg = pdf_page(
        [
            ("h1", "Budget – Skolhuset, Storebro Byalag"),
            ("gap", 8),
            ("row", [(64, "Föreläsare, 2 kvällar inkl. resa", False), (430, "4 000 kr", False)]),
            ("row", [(64, "Bussresa Storebro–Gullringen t/r", False), (430, "3 800 kr", False)]),
            ("row", [(64, "Hyra bygdegården, 2 x 500 kr", False), (430, "1 000 kr", False)]),
            ("row", [(64, "Fika", False), (430, "1 500 kr", False)]),
            ("row", [(64, "Trycksaker och annonser", False), (430, "500 kr", False)]),
            ("rule",),
            ("row", [(64, "Summa – sökt belopp", True), (430, "10 800 kr", True)]),
        ]
    )
    budget = pdf([pg], title="Budget Skolhuset", producer="Microsoft® Excel® 2019")
    body = text_part(
        "Hej!\n\nBifogar ansökan och budget från Storebro Byalag.\n\nHälsningar\nLG\n",
        charset="iso-8859-1",
        cte="base64",
    )
    part = multipart(
        "mixed",
        [
            body,
            att_part(
                doc,
                "Ansokan Skolhuset Storebro.docx",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            ),
            att_part(budget, "Budget Skolhuset.pdf", "application/pdf"),
        ],
        "----=_Part_4926_STOREBRO",
    )
    hdrs = std_headers(
        addr("Lars-Göran Blom", "lg.blom@example.se", "iso-8859-1"),
        OFFICER_ADDR,
        "Ansökan bygdepeng Storebro",
        when(6, 16, 19, 8, 26),
        mid(4926),
        subj_charset="iso-8859-1",
    )
    return message(hdrs, part), label(
        "application",
        "sv",
        "11111",
        "Complete, in two attachments under an iso-8859-1 base64 cover note: the .docx holds association (org.nr, 1979, 104 members), contact Lars-Göran Blom with phone and e-mail, the activity as a dated bullet list (study evenings, study trip, decision meeting about taking over the empty school) and anchoring (petition with 146 signatures, two partner associations); its Budget heading points to the separate PDF, which lists five items summing to 10 800 kr = applied amount. 'både kvinnor och män' -> true. The possible later purchase of the school is not part of this budget -> no investment.",
        association_name="Storebro Byalag",
        org_number=ORG_4926,
        contact_name="Lars-Göran Blom",
        contact_email="lg.blom@example.se",
        contact_phone="0492-174 06 38",
        members=104,
        ort="Storebro",
        amount_sek=10800,
        women_and_men=True,
        salary_costs=False,
        physical_investment=False,
    )


# --------------------------------------------------------------------------- 4927 Kastlösa: application as a windows-1252 .txt; an informal group, no association details
@mail(4927, "kastlosa-txt-gang-utan-forening")
def m4927():
    txt = (
        "Ansökan idéslanten\r\n\r\n"
        "Vi är ett gäng i Kastlösa, ett tiotal personer, som vill ordna Alvarkvällar i höst.\r\n\r\n"
        "Fyra kvällar i Kastlösa bygdegård (onsdagar i september) med en guide från naturum som berättar om "
        "alvarets växter, fåglar och historia, och en avslutande vandring ute på Stora alvaret i oktober. "
        "Målet är att fler av oss som bor här ska kunna visa turister runt och kanske starta något inom "
        "naturturism, så att det blir fler jobb i byn. Kvällarna är för alla, både kvinnor och män.\r\n\r\n"
        "Vi frågade på byamötet i maj och 30 personer skrev upp sig som intresserade. Kastlösa hembygdsförening "
        "lånar ut bygdegården gratis.\r\n\r\n"
        "Budget:\r\nGuide 4 kvällar x 1 500 = 6 000 kr\r\nGuide vandringen 1 500 kr\r\nFika 4 x 300 = 1 200 kr\r\n"
        "Annonser 500 kr\r\nTotalt 9 200 kr\r\n\r\nKontakt: Maja Lindgren 070-174 06 58\r\n"
    ).encode("windows-1252")
    body = text_part("hej här kommer en ansökan från oss i Kastlösa, se textfilen\n/Maja\n")
    part = multipart(
        "mixed",
        [body, att_part(txt, "alvarkvallar.txt", "text/plain; charset=windows-1252")],
        "=_kastlosa_4927_5a",
    )
    hdrs = std_headers(
        addr("Maja Lindgren", "maja.lindgren@example.net"),
        OFFICER_ADDR,
        "alvarkvällar",
        when(6, 22, 22, 47, 3),
        mid(4927, "example.net"),
    )
    return message(hdrs, part), label(
        "application",
        "sv",
        "01111",
        "One-line lowercase cover note; the application is a CRLF windows-1252 .txt. Association FALSE: only 'ett gäng i Kastlösa, ett tiotal personer' – no name, not an association (the heritage society only lends the hall). Contact: Maja Lindgren with phone, also the sender. Activity: four dated evenings with a naturum guide and a walk, aiming at nature-tourism jobs. Anchoring: 30 people signed up at the village meeting and the heritage society lends the hall for free. Budget: items summing to 9 200 kr. members 10 from 'ett tiotal personer' (the group's own size; the 30 are interested people, not members). 'både kvinnor och män' -> true.",
        contact_name="Maja Lindgren",
        contact_email="maja.lindgren@example.net",
        contact_phone="070-174 06 58",
        members=10,
        ort="Kastlösa",
        amount_sek=9200,
        women_and_men=True,
        salary_costs=False,
        physical_investment=False,
    )


# --------------------------------------------------------------------------- 4928 autoreply with Auto-Submitted + X-Autoreply, in the thread of 4921
@mail(4928, "ankarsrum-semester-autosvar")
def m4928():
    officer_mid = "<5d0c1f88-4928-officer@region.example.se>"
    text = (
        "Tack för ditt mejl!\n\nJag har semester till och med den 2 augusti och läser inte e-post.\n"
        "Brådskande frågor om Bruksgården: ring uthyrningen på 070-174 06 96.\n\nHelena Forsberg\n"
    )
    hdrs = std_headers(
        addr("Helena Forsberg", "helena.forsberg@example.se"),
        OFFICER_FROM,
        "Automatiskt svar: SV: Ansökan idéslanten – Bruksdagen Ankarsrum",
        when(6, 29, 9, 30, 12),
        "<autosvar.4928.hf@mail.example.se>",
        [
            ("In-Reply-To", officer_mid),
            ("References", f"{mid(4921)}\n {officer_mid}"),
            ("Auto-Submitted", "auto-replied"),
            ("X-Autoreply", "yes"),
            ("X-Auto-Response-Suppress", "All"),
        ],
    )
    return message(hdrs, text_part(text, cte="quoted-printable")), label(
        "autoreply",
        "sv",
        "00000",
        "Vacation autoreply from the Ankarsrum applicant (4921) to the officer's reply, with Auto-Submitted: auto-replied and X-Autoreply: yes; threaded to 4921's Message-ID but not a followup. Mentions a phone number, but autoreply facts stay null.",
    )


# --------------------------------------------------------------------------- 4929 Pataholm: mobile cover note + phone-made PDF 'Dokument 1.pdf'; complete but only 8 members
ORG_4929 = orgnr("802533402")


@mail(4929, "pataholm-mobil-pdf-atta-medlemmar")
def m4929():
    pg = pdf_page(
        [
            ("h1", "Ansökan idéslanten"),
            ("p", "Pataholms Vänner"),
            ("gap", 6),
            ("b", "Föreningen"),
            (
                "p",
                f"Ideell förening, org.nr {ORG_4929}, bildad i fjol för att värna och visa upp den gamla",
            ),
            ("p", "handelsplatsen Pataholm. Vi är 8 medlemmar än så länge."),
            ("b", "Kontakt"),
            ("p", "Sara Nilsson, 070-174 06 63, sara.nilsson@example.com"),
            ("b", "Aktivitet"),
            (
                "p",
                "Kulturnatt i Pataholm lördagen 15 augusti kl 17–23: öppna gårdar med lokala hantverkare,",
            ),
            (
                "p",
                "föredrag om handelsplatsens historia och en trubadur vid bryggan. Vi vill locka besökare",
            ),
            (
                "p",
                "till byn, visa upp de gamla handelsgårdarna och få fler att vilja bo och driva verksamhet här.",
            ),
            ("b", "Förankring"),
            (
                "p",
                "Alla 30 hushåll i byn fick en lapp i brevlådan, 21 svarade ja till att ha öppen gård.",
            ),
            ("p", "Ålems hembygdsförening står för föredraget och guidningen."),
            ("b", "Budget"),
            ("row", [(64, "Trubadur, arvode", False), (380, "3 500", False)]),
            ("row", [(64, "Föreläsare", False), (380, "2 000", False)]),
            ("row", [(64, "Hyra tält", False), (380, "2 700", False)]),
            ("row", [(64, "Hyra toalettvagn", False), (380, "1 600", False)]),
            ("row", [(64, "Affischer och annonser", False), (380, "900", False)]),
            ("row", [(64, "Summa", True), (380, "10 700", True)]),
        ]
    )
    doc = pdf([pg], title="Dokument 1", producer="Microsoft Word for Android", compress=True)
    body = text_part(
        "Hej! Här är vår ansökan.\n\nSkaffa Outlook för Android<https://aka.example.com/ghei36>\n"
    )
    part = multipart(
        "mixed", [body, att_part(doc, "Dokument 1.pdf", "application/pdf")], "_000_4929AM6PR0402MB_"
    )
    hdrs = std_headers(
        addr("Sara Nilsson", "sara.nilsson@example.com"),
        OFFICER_ADDR,
        "Ansökan",
        when(7, 6, 14, 21, 55),
        "<AM6PR0402MB4929.sara@mail.example.com>",
    )
    return message(hdrs, part), label(
        "application",
        "sv",
        "11111",
        "Mobile mail (Outlook for Android footer) with a bare 'Hej! Här är vår ansökan.' and a phone-made PDF called 'Dokument 1.pdf' holding all five elements: association with org.nr and 8 members, contact Sara Nilsson, a dated culture night with local aim, anchoring (letter to all 30 households, 21 yes, heritage society takes part) and a six-line budget of 10 700 kr. Complete, but with only 8 members it breaks the 10-member rule – eligibility shows in the facts (members 8), not in the elements. Troubadour's and lecturer's fees are not salary; renting a tent and a toilet trailer is not investment.",
        association_name="Pataholms Vänner",
        org_number=ORG_4929,
        contact_name="Sara Nilsson",
        contact_email="sara.nilsson@example.com",
        contact_phone="070-174 06 63",
        members=8,
        ort="Pataholm",
        amount_sek=10700,
        women_and_men=None,
        salary_costs=False,
        physical_investment=False,
    )


# --------------------------------------------------------------------------- 4930 followup to 4917: a named contact person, OWA-style quoting
@mail(4930, "vissefjarda-svar-kontaktperson")
def m4930():
    quoted = (
        "________________________________\n"
        "Från: Idéslanten – Region Kalmar län <ideslanten@example.se>\n"
        "Skickat: den 22 maj 2026 16:40\n"
        "Till: Vissefjärda Byalag <vissefjarda.byalag@example.se>\n"
        "Ämne: Re: Välkomstkväll Vissefjärda [Idéslanten 2026-0049]\n\n"
        + receipt("2026-0049", ["contact"], 1)
    )
    text = (
        "Hej!\n\nStyrelsen skickade ert svar vidare till mig. Det är jag som är kontaktperson för välkomstkvällen:\n\n"
        "Maria Lund, vice ordförande i Vissefjärda Byalag\ntel 0471-174 06 80 eller 070-174 06 81\n\n"
        "Ring gärna kvällstid.\n\nMaria\n\n" + quoted + "\n"
    )
    hdrs = std_headers(
        addr("Maria Lund", "maria.lund@example.com"),
        BOT_FROM,
        "SV: Välkomstkväll Vissefjärda [Idéslanten 2026-0049]",
        when(7, 8, 19, 2, 44),
        "<HE1PR07MB4930.maria.lund@mail.example.com>",
        [
            ("In-Reply-To", receipt_id("2026-0049")),
            ("References", f"{MID_4917}\n {receipt_id('2026-0049')}"),
        ],
    )
    return message(hdrs, text_part(text, cte="quoted-printable")), label(
        "followup",
        "sv",
        "01000",
        "Followup to 4917 (which came from the shared board mailbox): a board member replies from her own address with Outlook-on-the-web quoting (underscore line + Från/Skickat/Till/Ämne) and names herself as contact with two phone numbers -> contact true, contact_phone is the first one. Nothing else new: the association is only named in her title, so association false. Quoted receipt does not count.",
        association_name="Vissefjärda Byalag",
        contact_name="Maria Lund",
        contact_email="maria.lund@example.com",
        contact_phone="0471-174 06 80",
        ort="Vissefjärda",
        salary_costs=False,
        physical_investment=False,
    )


# --------------------------------------------------------------------------- 4931 Lönneberga: xlsx Budget + Beskrivning, but the activity is only a vague wish
ORG_4931 = orgnr("802446907")
MID_4931 = "<CAL4931lonneberga_q8Zr+Tw@mail.example.se>"


@mail(4931, "lonneberga-excel-vag-aktivitet")
def m4931():
    book = xlsx(
        [
            (
                "Budget",
                [
                    ["Post", "Belopp"],
                    ["Lokalhyra", 2000],
                    ["Föreläsare/underhållning", 4000],
                    ["Annonser", 1000],
                    ["Fika", 1500],
                    ["Summa", ("=SUM(B2:B5)", 8500)],
                ],
                [30, 12],
            ),
            (
                "Beskrivning",
                [
                    [
                        "Förening",
                        f"Lönneberga Byalag, org.nr {ORG_4931}, 66 medlemmar. Byalaget arbetar för service och gemenskap i Lönneberga socken.",
                    ],
                    ["Kontakt", "Per Sandberg, 070-174 06 44"],
                    [
                        "Vad",
                        "Vi vill göra något roligt för byn under sommaren och hösten som får folk att träffas och stärker bygden. Exakt vad bestämmer vi senare tillsammans.",
                    ],
                    [
                        "Förankring",
                        "Byastämma 24 januari 2026 där 40 personer röstade för att byalaget ska söka pengar för aktiviteter i byn.",
                    ],
                    ["För vem", "Alla i Lönneberga, kvinnor och män."],
                ],
                [12, 100],
            ),
        ],
        t=(2026, 8, 9, 20, 0, 0),
    )
    plain = "Hej, ansökan finns i bifogad Excel, fliken Beskrivning.\n\nMvh Per Sandberg\nLönneberga Byalag\n070-174 06 44\n"
    html = "<div>Hej, ansökan finns i bifogad Excel, fliken Beskrivning.</div><div><br></div><div>Mvh Per Sandberg</div><div>Lönneberga Byalag</div><div>070-174 06 44</div>\n"
    alt = multipart(
        "alternative",
        [text_part(plain), text_part(html, "html", cte="quoted-printable")],
        "000000000000lonn4931alt",
    )
    part = multipart(
        "mixed",
        [
            alt,
            att_part(
                book,
                "Lönneberga idéslanten.xlsx",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            ),
        ],
        "000000000000lonn4931mix",
    )
    hdrs = std_headers(
        addr("Per Sandberg", "per.sandberg@example.se"),
        OFFICER_ADDR,
        "Idéslanten Lönneberga",
        when(8, 10, 14, 2, 30),
        MID_4931,
    )
    return message(hdrs, part), label(
        "application",
        "sv",
        "11011",
        "multipart/alternative cover note plus an .xlsx with a Budget sheet (four items, SUM 8 500) and a 'Beskrivning' sheet. Association (org.nr, 66 members, purpose) and contact (Per Sandberg, phone; also signer from own address) present; anchoring = village assembly 24 Jan with 40 voting for it. Activity FALSE: 'Vi vill göra något roligt för byn … Exakt vad bestämmer vi senare' is a vague wish with no what/when/how. Budget true (items with amounts, although generic). 'kvinnor och män' -> true. 40 voters are not members.",
        association_name="Lönneberga Byalag",
        org_number=ORG_4931,
        contact_name="Per Sandberg",
        contact_email="per.sandberg@example.se",
        contact_phone="070-174 06 44",
        members=66,
        ort="Lönneberga",
        amount_sek=8500,
        women_and_men=True,
        salary_costs=False,
        physical_investment=False,
    )


# --------------------------------------------------------------------------- 4932 Halltorp: PDF attached with no file extension; unnamed women's group; women only
@mail(4932, "halltorp-pdf-utan-filandelse")
def m4932():
    pg = pdf_page(
        [
            ("h1", "Frukostträffar för företagande kvinnor i Halltorp"),
            ("gap", 6),
            (
                "p",
                "Vi är några kvinnor i Halltorp med omnejd som driver eller vill starta företag på landet.",
            ),
            ("gap", 6),
            ("b", "Aktivitet"),
            (
                "p",
                "Tre frukostträffar i Halltorps bygdegård (lördagar 19 september, 17 oktober och 14 november)",
            ),
            (
                "p",
                "med inbjudna föreläsare om bokföring för småföretag, marknadsföring i sociala medier och",
            ),
            (
                "p",
                "gårdsförsäljning. Träffarna är för traktens kvinnor och ska ge fler kvinnor på landsbygden",
            ),
            (
                "p",
                "mod och kunskap att starta och driva företag här, så att fler kan bo och försörja sig i byn.",
            ),
            ("b", "Förankring"),
            (
                "p",
                "Idén kommer från en enkät som LRF Halltorp gjorde i vintras (38 svar). LRF-avdelningen",
            ),
            ("p", "är medarrangör och bjuder in via sina kanaler."),
            ("b", "Budget"),
            ("row", [(64, "Föreläsare 3 x 2 000", False), (360, "6 000 kr", False)]),
            ("row", [(64, "Frukost 3 x 900", False), (360, "2 700 kr", False)]),
            ("row", [(64, "Lokalhyra 3 x 400", False), (360, "1 200 kr", False)]),
            ("row", [(64, "Totalt", True), (360, "9 900 kr", True)]),
            ("gap", 10),
            ("b", "Kontakt"),
            ("p", "Johanna Sundberg, 070-174 06 24, johanna.sundberg@example.org"),
        ]
    )
    doc = pdf([pg], title="Frukostträffar", producer="macOS Version 15.5 Quartz PDFContext")
    body = text_part(
        "Hej!\nBifogar vår ansökan om idéslanten.\nHälsningar Johanna\n",
        charset="iso-8859-1",
        cte="quoted-printable",
    )
    part = multipart(
        "mixed",
        [body, att_part(doc, "Ansokan", "application/pdf")],
        "Apple-Mail=_4932-HALLTORP-77E1",
    )
    hdrs = std_headers(
        addr("Johanna Sundberg", "johanna.sundberg@example.org"),
        OFFICER_ADDR,
        "Frukostträffar Halltorp",
        when(8, 12, 6, 48, 15),
        mid(4932, "example.org"),
        [("X-Mailer", "Apple Mail (2.3826)")],
    )
    return message(hdrs, part), label(
        "application",
        "sv",
        "01111",
        "The PDF is attached under the bare name 'Ansokan' with no extension (content type application/pdf, readable). Association FALSE: 'Vi är några kvinnor i Halltorp' – an unnamed group; LRF Halltorp is a partner, not the applicant. Contact: Johanna Sundberg with phone and e-mail in the PDF, sender from own address. Activity: three dated breakfast meetings with lecturers and a local-development aim. Anchoring: LRF survey with 38 answers and LRF as co-organiser. Budget three items = 9 900 kr. Explicitly 'för traktens kvinnor' -> women_and_men FALSE (breaks the rule, shown in the facts). Members unknown.",
        contact_name="Johanna Sundberg",
        contact_email="johanna.sundberg@example.org",
        contact_phone="070-174 06 24",
        ort="Halltorp",
        amount_sek=9900,
        women_and_men=False,
        salary_costs=False,
        physical_investment=False,
    )


# --------------------------------------------------------------------------- 4933 bounce (Exchange style, whole original attached) of the officer's mail to a mistyped address
@mail(4933, "studsad-okand-mottagare")
def m4933():
    officer_mid = "<9a7d3e10-4933-officer@region.example.se>"
    orig = message(
        std_headers(
            OFFICER_FROM,
            "sara.nilson@example.com",
            "SV: Ansökan",
            when(8, 13, 10, 15, 0),
            officer_mid,
            [
                ("In-Reply-To", "<AM6PR0402MB4929.sara@mail.example.com>"),
                ("References", "<AM6PR0402MB4929.sara@mail.example.com>"),
            ],
        ),
        text_part(
            "Hej Sara!\n\nTack för ansökan om Kulturnatt i Pataholm. Jag ser att föreningen har 8 medlemmar – för idéslanten\nkrävs minst 10. Har ni fått fler medlemmar sedan ni skickade ansökan?\n\nVänliga hälsningar\nLandsbygdsutvecklaren\n",
            cte="quoted-printable",
        ),
    )
    human = (
        "Det gick inte att leverera till de här mottagarna eller grupperna:\n\n"
        "sara.nilson@example.com\nE-postadressen du angav hittades inte. Kontrollera mottagarens e-postadress och försök skicka meddelandet igen.\n\n"
        "Diagnostisk information för administratörer:\n\nGenererande server: MX2.example.se\n\n"
        "sara.nilson@example.com\nRemote Server returned '550 5.1.1 RESOLVER.ADR.RecipNotFound; not found'\n"
    )
    status = (
        "Reporting-MTA: dns;MX2.example.se\nReceived-From-MTA: dns;region.example.se\nArrival-Date: Thu, 13 Aug 2026 08:15:01 +0000\n\n"
        "Final-Recipient: rfc822;sara.nilson@example.com\nAction: failed\nStatus: 5.1.1\nDiagnostic-Code: smtp;550 5.1.1 RESOLVER.ADR.RecipNotFound; not found\n"
    )
    parts = [
        text_part(human, cte="quoted-printable"),
        _hdr(["Content-Type: message/delivery-status"]) + b"\n" + status.encode(),
        rfc822_part(orig),
    ]
    part = multipart("report", parts, "_4933_NDR_b7c1e0f2_", params="; report-type=delivery-status")
    hdrs = [
        ("From", "postmaster@example.se"),
        ("To", OFFICER_ADDR),
        ("Date", rfcdate(when(8, 13, 10, 15, 3))),
        ("Subject", ew("Det gick inte att leverera: SV: Ansökan")),
        ("Message-ID", "<4933ndr.c0a8.postmaster@example.se>"),
        ("Auto-Submitted", "auto-replied"),
        ("Content-Language", "sv-SE"),
    ]
    return message(hdrs, part), label(
        "bounce",
        "sv",
        "00000",
        "Exchange-style Swedish non-delivery report from postmaster (multipart/report with message/delivery-status and the whole original as message/rfc822): the officer's reply to the Pataholm applicant (4929) went to a mistyped address and failed with 5.1.1. The attached original is the officer's own text about the 10-member rule – not an application. All facts null.",
    )


# --------------------------------------------------------------------------- 4934 followup to 4931 that adds nothing useful (Gmail quoting)
@mail(4934, "lonneberga-svar-inget-nytt")
def m4934():
    quoted = (
        "Den mån 10 aug. 2026 kl 14:03 skrev Idéslanten – Region Kalmar län <ideslanten@example.se>:\n\n"
        + quote(receipt("2026-0061", ["activity"]))
    )
    text = (
        "Hej\n\nVad menar ni med att aktiviteten saknas? Det står ju i Excelfilen på andra fliken. "
        "Vi återkommer när styrelsen har bestämt mer.\n\n/Per Sandberg\n\n" + quoted + "\n"
    )
    alt = multipart(
        "alternative",
        [
            text_part(text),
            text_part(
                '<div dir="ltr">'
                + text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\n", "<br>\n")
                + "</div>\n",
                "html",
                cte="quoted-printable",
            ),
        ],
        "00000000000093f2lonn4934",
    )
    hdrs = std_headers(
        addr("Per Sandberg", "per.sandberg@example.se"),
        BOT_FROM,
        "Re: Idéslanten Lönneberga [Idéslanten 2026-0061]",
        when(8, 14, 9, 11, 5),
        "<CAL4934lonneberga_r2Kp@mail.example.se>",
        [
            ("In-Reply-To", receipt_id("2026-0061")),
            ("References", f"{MID_4931}\n {receipt_id('2026-0061')}"),
        ],
    )
    return message(hdrs, alt), label(
        "followup",
        "sv",
        "01000",
        "Followup to 4931 in Gmail style (multipart/alternative, 'Den mån 10 aug. 2026 kl 14:03 skrev …' and '>' quoting). It protests that the activity is in the Excel file and promises to come back, but supplies nothing new: activity stays false (the earlier sheet was a vague wish and nothing is attached now). Only contact is true – Per Sandberg signs from his own address. The quoted receipt must not make anything true.",
        contact_name="Per Sandberg",
        contact_email="per.sandberg@example.se",
        ort="Lönneberga",
        salary_costs=False,
        physical_investment=False,
    )


# --------------------------------------------------------------------------- 4935 Rockneby: everything in the body except the budget, which is a .txt
@mail(4935, "rockneby-budget-som-txt")
def m4935():
    budget = (
        "BUDGET Cykelvägsdialogen Rockneby\n\n"
        "Lokalhyra Rockneby bygdegård, 2 kvällar   1200\n"
        "Trafikplanerare, föreläsning               3500\n"
        "Kartor och tryck                           1100\n"
        "Annons i Barometern                        2400\n"
        "Fika                                        900\n"
        "                                          -----\n"
        "SUMMA                                      9100\n"
    ).encode()
    text = (
        "Hej!\n\n"
        "Rockneby Byaförening söker idéslanten. Vi är 210 medlemmar (mest hushåll) i Rockneby och Kolboda och "
        "arbetar med trafik, service och gemenskap i byn.\n\n"
        "Vad vi ska göra: barn och vuxna i Rockneby har ingen säker väg att cykla till Kalmar eller till skolan "
        "i Läckeby, bara E22:ans vägren. I september gör vi tre kvällsvandringar längs sträckan där boende pekar "
        "ut de farligaste ställena, och den 8 oktober har vi ett dialogmöte i bygdegården med en inhyrd "
        "trafikplanerare, Kalmar kommun och Trafikverket. Allt som kommer fram samlas i en karta som lämnas "
        "till kommunen. Mötena är öppna för alla, kvinnor och män, barn och vuxna.\n\n"
        "Förankring: 389 personer har skrivit på vår namninsamling för en gång- och cykelväg, och vi gör det "
        "tillsammans med Rockneby IK och föräldraföreningen på skolan.\n\n"
        "Budgeten ligger som textfil.\n\n"
        "Med vänlig hälsning\nAhmed Karimi\nsekreterare Rockneby Byaförening\n070-174 06 86\n"
    )
    part = multipart(
        "mixed",
        [
            text_part(text, charset="windows-1252", cte="quoted-printable"),
            att_part(budget, "budget.txt", "text/plain; charset=utf-8"),
        ],
        "----=_NextPart_000_4935_ROCKNEBY",
    )
    hdrs = std_headers(
        addr("Ahmed Karimi", "ahmed.karimi@example.se"),
        OFFICER_ADDR,
        "Idéslanten – cykelvägsdialog Rockneby",
        when(8, 18, 17, 26, 0),
        mid(4935),
        [("X-Mailer", "Microsoft Outlook 16.0")],
    )
    return message(hdrs, part), label(
        "application",
        "sv",
        "11111",
        "Complete: windows-1252 QP body gives association (210 members, area and purpose), contact Ahmed Karimi with phone from his own address, a concrete dated activity (three walks, a dialogue meeting with municipality and Trafikverket, a map handed over) and anchoring (petition with 389 names, two local partners). The budget is only in the attached utf-8 .txt: five aligned items, SUMMA 9 100. 'kvinnor och män' -> true. The hired traffic planner's lecture fee is not salary.",
        association_name="Rockneby Byaförening",
        contact_name="Ahmed Karimi",
        contact_email="ahmed.karimi@example.se",
        contact_phone="070-174 06 86",
        members=210,
        ort="Rockneby",
        amount_sek=9100,
        women_and_men=True,
        salary_costs=False,
        physical_investment=False,
    )


# --------------------------------------------------------------------------- 4936 Fågelfors: a petition (PDF name list) is the attachment; no association, budget 'later'
@mail(4936, "fagelfors-namnlista-pdf")
def m4936():
    names = [
        "Ronny Johansson",
        "Anita Gren",
        "Leif Svensson",
        "Malin Åberg",
        "Hassan Ali",
        "Kerstin Bäck",
        "Ove Lindahl",
        "Lisa Rydén",
        "Bengt Fors",
        "Elin Holmqvist",
        "Kurt Nyberg",
        "Marie Ståhl",
        "Tore Vik",
        "Amina Yusuf",
        "Jan-Erik Sand",
        "Ylva Berg",
        "Rolf Åkesson",
        "Petra Lind",
        "Nils Ekman",
        "Sanna Kvist",
        "Gösta Hed",
        "Linnéa Strand",
        "Mats Björk",
        "Inger Dahl",
        "Viktor Moberg",
        "Eva-Lena Ås",
        "Hugo Norén",
    ]
    rows = [
        ("h1", "Namnlista – Vi vill ha reparationskafé i Fågelfors"),
        (
            "p",
            "Vi som skriver under vill att det startas ett reparationskafé i Folkets hus i Fågelfors.",
        ),
        ("gap", 6),
        ("row", [(64, "Namn", True), (300, "Ort", True)]),
        ("rule",),
    ]
    for n in names:
        rows.append(("row", [(64, n, False), (300, "Fågelfors", False)]))
    doc = pdf([pdf_page(rows)], title="Namnlista", producer="HP Smart")
    text = (
        "Hej\n\nVi är några eldsjälar i Fågelfors som vill starta ett reparationskafé. Fyra lördagar i höst "
        "(12 sept, 10 okt, 7 nov, 5 dec) hyr vi Folkets hus och där kan alla ta med cyklar, kläder och "
        "småelektronik och laga dem tillsammans med frivilliga fixare. Första gången kommer en föreläsare och "
        "pratar om återbruk. Det blir en mötesplats i byn och hjälper folk som har det tight att få saker lagade.\n\n"
        "Bifogar namnlistan, 27 personer har skrivit på att de vill ha det.\n\n"
        "Budget tar vi fram senare, det blir runt 12 000.\n\n"
        "Ronny Johansson\n070-174 06 57\n"
    )
    part = multipart(
        "mixed",
        [text_part(text, cte="8bit"), att_part(doc, "namnlista.pdf", "application/pdf")],
        "--==_mimepart_4936fagelfors",
    )
    hdrs = std_headers(
        addr("Ronny Johansson", "ronny.johansson@example.net"),
        OFFICER_ADDR,
        "reparationskafé fågelfors",
        when(8, 20, 21, 3, 33),
        mid(4936, "example.net"),
    )
    return message(hdrs, part), label(
        "application",
        "sv",
        "01110",
        "The attachment is a petition (PDF name list with 27 signatures from Fågelfors), which together with the volunteers makes the anchoring true. Body: contact Ronny Johansson with phone from his own address; activity concrete (four dated repair-café Saturdays in Folkets hus, a lecture, local benefit). Association FALSE: 'några eldsjälar i Fågelfors' – unnamed. Budget FALSE: 'Budget tar vi fram senare, det blir runt 12 000' – later, with a rough figure that still counts as amount_sek 12000. Members unknown (signatories are not members). Renting the hall is not investment; nothing is bought.",
        contact_name="Ronny Johansson",
        contact_email="ronny.johansson@example.net",
        contact_phone="070-174 06 57",
        ort="Fågelfors",
        amount_sek=12000,
        women_and_men=None,
        salary_costs=False,
        physical_investment=False,
    )


# --------------------------------------------------------------------------- 4937 Byxelkrok: short us-ascii question written without å/ä/ö
@mail(4937, "byxelkrok-fraga-excel")
def m4937():
    text = (
        "Hej.\nKan man skicka budgeten som Excel-fil eller maste den sta i mejlet? Och ar det 15000 per ort eller "
        "per forening? Vi ar Byxelkroks Hamnforening och funderar pa att soka till en studieresa.\n\nmvh Stig Olofsson\n"
    )
    hdrs = std_headers(
        addr("Stig Olofsson", "stig.olofsson@example.com"),
        OFFICER_ADDR,
        "fraga om bidraget",
        when(8, 24, 8, 5, 12),
        "<4937.stig.olofsson@mail.example.com>",
    )
    return message(hdrs, text_part(text, charset="us-ascii", cte="7bit")), label(
        "question",
        "sv",
        "00000",
        "Short us-ascii question typed without å/ä/ö ('maste', 'ar', 'forening'): may the budget be an Excel file, and is the 15 000 cap per locality or per association? Only mentions a possible study trip – no application. The 15 000 is the rule amount -> amount_sek null; no salary/investment proposed -> null.",
        association_name="Byxelkroks Hamnförening",
        contact_name="Stig Olofsson",
        contact_email="stig.olofsson@example.com",
        ort="Byxelkrok",
    )


# --------------------------------------------------------------------------- 4938 English out-of-office with X-Autoreply and Precedence: auto_reply
@mail(4938, "orrefors-out-of-office-en")
def m4938():
    officer_mid = "<2e6b9c51-4938-officer@region.example.se>"
    text = (
        "Thank you for your e-mail. I am travelling in the Netherlands until 7 September with limited access to e-mail.\n"
        "For questions about the language café, please contact Orrefors Folkets Hus.\n\nKind regards,\nHannah Verbeek\n"
    )
    hdrs = std_headers(
        addr("Hannah Verbeek", "hannah.verbeek@example.org"),
        OFFICER_FROM,
        "Out of Office: SV: Application idéslanten – Orrefors",
        when(8, 26, 13, 40, 2),
        "<CAH4938ooo.hannah@mail.example.org>",
        [
            ("In-Reply-To", officer_mid),
            ("References", f"<CAH4916orrefors=xY7u_mQ@mail.example.org>\n {officer_mid}"),
            ("X-Autoreply", "yes"),
            ("Precedence", "auto_reply"),
        ],
    )
    return message(hdrs, text_part(text, cte="quoted-printable")), label(
        "autoreply",
        "en",
        "00000",
        "English 'Out of Office' from the Orrefors applicant (4916) answering the officer's reply, marked with X-Autoreply: yes and Precedence: auto_reply (no Auto-Submitted). Threaded to 4916 but not a followup; never answer. All facts null.",
    )


# --------------------------------------------------------------------------- 4939 Tvärskog: forwarded inline (Gmail 'Vidarebefordrat meddelande') with the budget PDF carried along
@mail(4939, "tvarskog-vidarebefordrad-inline")
def m4939():
    pg = pdf_page(
        [
            ("h2", "Trygg i Tvärskog – budget"),
            ("gap", 4),
            ("row", [(64, "Föreläsare, Samverkan mot brott", False), (400, "2 500 kr", False)]),
            ("row", [(64, "Hyra bygdegården 2 kvällar à 700 kr", False), (400, "1 400 kr", False)]),
            (
                "row",
                [(64, "Tryck informationsblad till alla hushåll", False), (400, "1 800 kr", False)],
            ),
            ("row", [(64, "Fika", False), (400, "1 000 kr", False)]),
            ("row", [(64, "Annonser", False), (400, "900 kr", False)]),
            ("rule",),
            ("row", [(64, "Totalt", True), (400, "7 600 kr", True)]),
        ]
    )
    doc = pdf([pg], title="budget", producer="LibreOffice 24.2", compress=True)
    text = (
        "Hej!\n\nVidarebefordrar ansökan från Tomas i styrelsen, med budgeten som bilaga. Jag är kontaktperson "
        "om ni undrar något.\n\nEva Lundqvist\nordförande Tvärskogs Byalag\n070-174 06 31\n\n"
        "---------- Vidarebefordrat meddelande ---------\n"
        "Från: Tomas Berg <tomas.berg@example.net>\n"
        "Date: tors 27 aug. 2026 kl 20:14\n"
        "Subject: Idéslanten\n"
        "To: Eva Lundqvist <eva.lundqvist@example.se>\n\n\n"
        "Hej Eva! Här är texten till ansökan, kan du skicka in den? Budgeten har jag lagt i en pdf.\n\n"
        "Tvärskogs Byalag, ca 130 medlemmar, söker idéslanten för ”Trygg i Tvärskog”. Två kvällar i Tvärskogs "
        "bygdegård i oktober: första kvällen berättar kommunpolisen och en föreläsare från Samverkan mot brott hur "
        "grannsamverkan fungerar, andra kvällen delar vi in byn i områden och utser kontaktombud. Målet är att alla "
        "delar av Tvärskog har en fungerande grannsamverkan före jul, så att äldre som bor ensamma känner sig "
        "tryggare och nyinflyttade lär känna sina grannar.\n\n"
        "Vi har inte hunnit ta upp det på något möte än men jag tror de flesta är positiva.\n\n/Tomas\n"
    )
    alt = multipart(
        "alternative",
        [
            text_part(text, cte="quoted-printable"),
            text_part(
                '<div dir="ltr">'
                + text.replace("<", "&lt;").replace(">", "&gt;").replace("\n", "<br>\n")
                + "</div>\n",
                "html",
                cte="quoted-printable",
            ),
        ],
        "0000000000004939tv_alt",
    )
    part = multipart(
        "mixed",
        [alt, att_part(doc, "budget trygg i tvarskog.pdf", "application/pdf")],
        "0000000000004939tv_mix",
    )
    hdrs = std_headers(
        addr("Eva Lundqvist", "eva.lundqvist@example.se"),
        OFFICER_ADDR,
        "Fwd: Idéslanten",
        when(8, 31, 7, 58, 40),
        "<CAE4939tvarskog+fwd_9Lq@mail.example.se>",
    )
    return message(hdrs, part), label(
        "application",
        "sv",
        "11101",
        "Gmail inline forward: the chair's short note on top, then the board member's original mail (Vidarebefordrat meddelande header block) holding the application text, with the budget PDF carried along as an attachment. Forwarded application text counts as the mail's own. Association Tvärskogs Byalag ~130 members; contact Eva Lundqvist (names herself as contact, phone, own address); activity two concrete October evenings setting up neighbourhood watch with local benefit; budget PDF five items = 7 600 kr. Anchoring FALSE: 'Vi har inte hunnit ta upp det på något möte än men jag tror de flesta är positiva' – an explicit lack of backing plus a hope.",
        association_name="Tvärskogs Byalag",
        contact_name="Eva Lundqvist",
        contact_email="eva.lundqvist@example.se",
        contact_phone="070-174 06 31",
        members=130,
        ort="Tvärskog",
        amount_sek=7600,
        women_and_men=None,
        salary_costs=False,
        physical_investment=False,
    )


# --------------------------------------------------------------------------- 4940 followup to 4915: the corrupt .docx resent in working order
@mail(4940, "soderakra-svar-ny-docx")
def m4940():
    doc = docx(
        [
            ("title", "Cykelfest i Söderåkra 26 september"),
            ("h1", "Så går det till"),
            (
                "p",
                "Deltagarna cyklar i lag om fyra mellan tre gårdar i byn: förrätt, huvudrätt och efterrätt hos olika värdar. Lagen blandas så att nya och gamla söderåkrabor hamnar tillsammans. Kvällen avslutas i Söderåkra bygdegård med musik.",
            ),
            ("bullet", "kl 17 samling vid bygdegården"),
            ("bullet", "kl 17.30–22 tre rätter på tre gårdar"),
            ("bullet", "kl 22 avslutning i bygdegården med levande musik"),
            ("h1", "Varför"),
            (
                "p",
                "Söderåkra har fått många nya invånare de senaste åren som inte känner någon. Cykelfesten är ett lätt sätt att lära känna grannar, och vi vill att fler ska engagera sig i byalaget och byns föreningar.",
            ),
            ("h1", "Budget"),
            (
                "table",
                [
                    ["Post", "Kr"],
                    ["Hyra bygdegården", "1 500"],
                    ["Musiker, arvode", "3 000"],
                    ["Råvaror till värdgårdarna", "4 500"],
                    ["Annonser", "600"],
                    ["Tryck av kartor", "400"],
                    ["Summa", "10 000"],
                ],
                [6000, 3000],
            ),
        ],
        title="Cykelfest",
        author="Anders Petersson",
        t=(2026, 9, 2, 20, 40, 0),
    )
    quoted = "Den 2026-05-18 kl. 07:56, skrev Idéslanten – Region Kalmar län:\n" + quote(
        receipt("2026-0052", ["activity", "budget"])
    )
    text = (
        "Hej!\n\nUrsäkta sent svar, jag har varit bortrest hela sommaren. Här kommer dokumentet igen, den förra "
        "filen verkar ha gått sönder.\n\nAnders Petersson\n070-174 06 77\n\n" + quoted + "\n"
    )
    part = multipart(
        "mixed",
        [
            text_part(text, cte="quoted-printable", ct_extra="; format=flowed"),
            att_part(
                doc,
                "Cykelfest Söderåkra v2.docx",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            ),
        ],
        "------------4940soderakraV2",
    )
    hdrs = std_headers(
        addr("Anders Petersson", "anders.petersson@example.org"),
        BOT_FROM,
        "Re: Cykelfest Söderåkra - idéslanten [Idéslanten 2026-0052]",
        when(9, 3, 18, 25, 9),
        "<4940.ap.soderakra.v2@mail.example.org>",
        [
            ("In-Reply-To", receipt_id("2026-0052")),
            ("References", f"{MID_4915}\n {receipt_id('2026-0052')}"),
            ("User-Agent", "Mozilla Thunderbird"),
        ],
    )
    return message(hdrs, part), label(
        "followup",
        "sv",
        "01101",
        "Followup to 4915 (whose .docx was corrupt), Thunderbird quoting of the receipt that asked for activity and budget. The new, readable .docx gives the activity (dated cycle party with programme and a local aim: newcomers get to know neighbours and join the associations) and a budget table totalling 10 000 kr. Contact true: Anders Petersson signs with phone from his own address. Association and anchoring are not in the new text (the byalag is named only in the earlier mail). Food for the hosts is consumables; the musician's fee is not salary.",
        contact_name="Anders Petersson",
        contact_email="anders.petersson@example.org",
        contact_phone="070-174 06 77",
        ort="Söderåkra",
        amount_sek=10000,
        women_and_men=None,
        salary_costs=False,
        physical_investment=False,
    )


# =========================================================================== END OF MAILS
ALLOWED_DOMAINS = ("example.se", "example.com", "example.org", "example.net")
EMAIL_RE = re.compile(rb"[A-Za-z0-9._%+-]+@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)")


def _texts_of(msg) -> list[bytes]:
    """All decoded bytes of a message: raw parts, and the XML inside zip attachments."""
    out = []
    for part in msg.walk():
        if part.is_multipart() or part.get_content_type() == "message/rfc822":
            continue
        data = part.get_payload(decode=True) or b""
        out.append(data)
        if data[:2] == b"PK":
            import io

            try:
                with zipfile.ZipFile(io.BytesIO(data)) as z:
                    out.extend(z.read(n) for n in z.namelist())
            except zipfile.BadZipFile:
                pass
    return out


def check(labels: dict) -> list[str]:
    errs: list[str] = []
    files = sorted(p.name for p in OUT.glob("*.eml"))
    if set(files) != set(labels):
        errs.append(f"labels/files mismatch: {set(files) ^ set(labels)}")
    ids: dict[str, str] = {}
    parsed = {}
    prev_date = None
    for name in files:
        raw = (OUT / name).read_bytes()
        if b"\r" in raw:
            errs.append(f"{name}: CR in file")
        if not re.fullmatch(r"\d{4}-[a-z0-9-]+\.eml", name):
            errs.append(f"{name}: bad file name")
        msg = message_from_bytes(raw, policy=policy.default)
        parsed[name] = msg
        lab = labels.get(name, {})
        malformed = lab.get("notes", "").startswith("Malformed:")
        for part in msg.walk():
            if part.defects and not malformed:
                errs.append(f"{name}: defects {part.defects} in {part.get_content_type()}")
            if part.get_content_maintype() == "text" and not malformed:
                try:
                    part.get_content()
                except Exception as e:  # noqa: BLE001
                    errs.append(f"{name}: cannot decode text part: {e}")
        for k in ("From", "Date", "Message-ID", "Subject"):
            if msg[k] is None:
                errs.append(f"{name}: no {k}")
        d = parsedate_to_datetime(msg["Date"])
        if d.year != 2026:
            errs.append(f"{name}: date not 2026")
        if prev_date and d <= prev_date:
            errs.append(f"{name}: Date not after previous file")
        prev_date = d
        ids[name] = msg["Message-ID"].strip()
        blobs = [raw, *_texts_of(msg)]
        for b in blobs:
            for m in EMAIL_RE.finditer(b):
                dom = m.group(1).decode("ascii", "replace").lower().rstrip(".")
                if not dom.endswith(ALLOWED_DOMAINS) and not dom.endswith(".local"):
                    # Message-ID-like hosts are also held to example domains
                    errs.append(f"{name}: non-example address/domain {m.group(0)[:60]!r}")
        for b in blobs:
            for y in re.findall(rb"\b(20[0-9]{2})-[01][0-9]-[0-3][0-9]\b", b):
                if y != b"2026":
                    errs.append(f"{name}: date in another year {y!r}")
    app_ids = {ids[n] for n in files if labels.get(n, {}).get("kind") == "application"}
    for name in files:
        lab = labels.get(name)
        if lab is None:
            continue
        if set(lab) != {"kind", "language", "elements", "facts", "notes"}:
            errs.append(f"{name}: label fields {sorted(lab)}")
            continue
        if lab["kind"] not in KINDS or lab["language"] not in ("sv", "en"):
            errs.append(f"{name}: kind/language")
        if list(lab["elements"]) != ELEMENTS or not all(
            isinstance(v, bool) for v in lab["elements"].values()
        ):
            errs.append(f"{name}: elements")
        if list(lab["facts"]) != FACT_KEYS:
            errs.append(f"{name}: facts keys")
        f = lab["facts"]
        if f["org_number"] is not None and not luhn_ok(f["org_number"]):
            errs.append(f"{name}: org number {f['org_number']} not Luhn-valid")
        if f["contact_email"] is not None and not f["contact_email"].endswith(ALLOWED_DOMAINS):
            errs.append(f"{name}: contact_email domain")
        for k in ("members", "amount_sek"):
            if f[k] is not None and not isinstance(f[k], int):
                errs.append(f"{name}: {k} not int")
        if lab["kind"] in ("application", "followup"):
            if not isinstance(f["salary_costs"], bool) or not isinstance(
                f["physical_investment"], bool
            ):
                errs.append(f"{name}: salary/physical must be bool")
        else:
            if any(lab["elements"].values()):
                errs.append(f"{name}: non-application with elements")
            if lab["kind"] in ("autoreply", "bounce", "newsletter", "spam") and any(
                v is not None for v in f.values()
            ):
                errs.append(f"{name}: machine mail with facts")
        if not lab["notes"].strip():
            errs.append(f"{name}: empty notes")
        if lab["kind"] == "followup":
            msg = parsed[name]
            refs = (msg.get("References", "") + " " + msg.get("In-Reply-To", "")).split()
            if not any(r in app_ids for r in refs):
                errs.append(f"{name}: followup not threaded to an application")
            if not re.match(r"(Re|RE|SV|Sv|Svar|AW):", str(msg["Subject"])):
                errs.append(f"{name}: followup subject")
        # every org number written in a mail must be Luhn-valid
        for b in [parsed[name].as_bytes(), *_texts_of(parsed[name])]:
            for m in re.finditer(rb"(?<![\d-])(\d{6})-(\d{4})(?![\d-])", b):
                nr = m.group(0).decode()
                if (
                    nr[0] in "2589" or b"org" in b[max(0, m.start() - 40) : m.start()].lower()
                ) and not luhn_ok(nr):
                    errs.append(f"{name}: org-number-like {nr} not Luhn-valid")
    return errs


def main() -> int:
    OUT.mkdir(parents=True, exist_ok=True)
    for old in OUT.glob("*.eml"):
        old.unlink()
    labels = {}
    for num in sorted(MAILS):
        slug, fn = MAILS[num]
        data, lab = fn()
        name = f"{num}-{slug}.eml"
        (OUT / name).write_bytes(data)
        labels[name] = lab
    (OUT / "labels.json").write_text(
        json.dumps(labels, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
    )
    errs = check(labels)
    for e in errs:
        print("CHECK:", e, file=sys.stderr)
    kinds: dict[str, int] = {}
    for lab in labels.values():
        kinds[lab["kind"]] = kinds.get(lab["kind"], 0) + 1
    print(
        f"wrote {len(labels)} mails to {OUT}: {kinds}; {'OK' if not errs else f'{len(errs)} problems'}"
    )
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main())
