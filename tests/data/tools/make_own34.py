"""Generator for the own34 intake corpus: 40 labelled, entirely fictional e-mails (4701-4740).

The corpus exercises the two extremes of writers to the idéslanten intake bot of Region Kalmar
län: (a) long rambling letters by elderly or enthusiastic people where the five elements are
buried in village history, family stories, complaints about the municipality and digressions,
and (b) very terse mails (phone mails, keyword lists, note-style fragments without verbs).
It also holds followups, questions, autoreplies, bounces, newsletters and spam.

Regenerate (byte-identical on every run) with:

    cd /work/main && .venv/bin/python tests/data/tools/make_own34.py

It writes tests/data/own34/NNNN-slug.eml and tests/data/own34/labels.json and then checks the
output (MIME parses without defects, label schema, Luhn-valid org numbers, example.* addresses
only, numbering in Date order, followup threading).
"""

# ruff: noqa: E501

from __future__ import annotations

import base64
import datetime as dt
import email
import email.policy
import io
import json
import quopri
import re
import struct
import sys
import textwrap
import urllib.parse
import zipfile
import zlib
from email.header import Header
from email.utils import format_datetime, formataddr
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "own34"
BOT = formataddr(("Idéslanten – Region Kalmar län", "ideslanten@example.se"), charset="utf-8")
BOT_ADDR = "ideslanten@example.se"
OFFICER = "landsbygdsutvecklare@example.se"
ALLOWED_DOMAINS = {"example.se", "example.com", "example.org", "example.net"}

MAILS: dict[str, tuple[bytes, dict]] = {}
MSGIDS: dict[str, str] = {}  # file name -> Message-ID
KINDS: dict[str, str] = {}
ATTACH_TEXTS: list[str] = []

# ---------------------------------------------------------------- helpers: text


def luhn_org(first9: str) -> str:
    """Return a Luhn-valid Swedish organisation number from 'NNNNNN-NNN'."""
    digits = first9.replace("-", "")
    total = 0
    for i, ch in enumerate(digits):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        total += d - 9 if d > 9 else d
    check = (10 - total % 10) % 10
    return f"{digits[:6]}-{digits[6:]}{check}"


def luhn_ok(org: str) -> bool:
    digits = org.replace("-", "")
    if not re.fullmatch(r"\d{10}", digits):
        return False
    total = 0
    for i, ch in enumerate(digits):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        total += d - 9 if d > 9 else d
    return total % 10 == 0


def fill(text: str, width: int = 72) -> str:
    """Dedent and rewrap paragraphs; paragraphs whose lines start with a marker stay as written."""
    text = textwrap.dedent(text).strip("\n")
    out = []
    for para in text.split("\n\n"):
        lines = para.split("\n")
        if para.startswith("§"):
            out.append(para[1:])
        elif (
            all(len(ln) < 45 for ln in lines)
            or any(ln[:1] in "->*|•–+ " or ln.startswith(("Vad:", "När:")) for ln in lines)
            or len(lines) == 1
            and len(para) <= width
        ):
            out.append(para)
        else:
            out.append(textwrap.fill(" ".join(ln.strip() for ln in lines), width))
    return "\n\n".join(out) + "\n"


def raw(text: str) -> str:
    """Dedent only (keep the writer's own line breaks)."""
    return textwrap.dedent(text).strip("\n") + "\n"


def longlines(text: str) -> str:
    """Dedent and join each paragraph into one long line (as webmail/phone clients send with QP).

    A paragraph starting with '§' keeps its line breaks (lists, signatures)."""
    text = textwrap.dedent(text).strip("\n")
    paras = [
        p[1:] if p.startswith("§") else " ".join(ln.strip() for ln in p.split("\n"))
        for p in text.split("\n\n")
    ]
    return "\n\n".join(paras) + "\n"


def quote(text: str, prefix: str = "> ") -> str:
    return (
        "\n".join((prefix + ln) if ln else prefix.rstrip() for ln in text.rstrip("\n").split("\n"))
        + "\n"
    )


def html_from(text: str, style: str = "font-family:Arial,sans-serif;font-size:14px") -> str:
    paras = textwrap.dedent(text).strip("\n").split("\n\n")
    body = "\n".join(
        "<p>" + "<br>\n".join(escape_html(ln.strip()) for ln in p.split("\n")) + "</p>"
        for p in paras
    )
    return f'<!DOCTYPE html>\n<html><head><meta charset="utf-8"></head>\n<body style="{style}">\n{body}\n</body></html>\n'


def escape_html(s: str) -> str:
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def date(y: int, mo: int, d: int, h: int, mi: int, s: int = 0, tz: int | None = None) -> str:
    """RFC 5322 date; Swedish local time (CET/CEST) unless tz hours are given."""
    if tz is None:
        tz = 2 if (mo, d) >= (3, 29) and mo < 10 or (mo == 10 and d < 25) else 1
    t = dt.datetime(y, mo, d, h, mi, s, tzinfo=dt.timezone(dt.timedelta(hours=tz)))
    return format_datetime(t)


def hdr(s: str, charset: str = "utf-8") -> str:
    """Header value; non-ASCII becomes RFC 2047 encoded words."""
    if all(ord(c) < 128 for c in s):
        return s
    return Header(s, charset, maxlinelen=76).encode(linesep="\n")


def addr(name: str, mail: str, charset: str = "utf-8") -> str:
    if not name:
        return mail
    return formataddr((name, mail), charset=charset)


# ---------------------------------------------------------------- helpers: MIME


def _encode_body(data: bytes, cte: str) -> bytes:
    if cte == "base64":
        return base64.encodebytes(data)
    if cte == "quoted-printable":
        enc = quopri.encodestring(data)
        return enc if enc.endswith(b"\n") else enc + b"\n"
    return data if data.endswith(b"\n") else data + b"\n"


def leaf(
    ctype: str,
    text: str | None = None,
    data: bytes | None = None,
    charset: str | None = "utf-8",
    cte: str = "8bit",
    filename: str | None = None,
    inline: bool = False,
    extra: tuple = (),
) -> bytes:
    """One MIME leaf part (headers + blank line + encoded body) as bytes."""
    if text is not None:
        data = text.encode(charset or "ascii")
    assert data is not None
    ct = ctype
    if charset and ctype.startswith("text/"):
        ct += f'; charset="{charset}"' if charset.islower() else f"; charset={charset}"
    lines = []
    if filename:
        if all(ord(c) < 128 for c in filename):
            ct += f'; name="{filename}"'
            disp = f'{"inline" if inline else "attachment"}; filename="{filename}"'
        else:
            q = urllib.parse.quote(filename)
            ct += f'; name="{hdr(filename)}"'
            disp = f"{'inline' if inline else 'attachment'}; filename*=utf-8''{q}"
        lines.append("Content-Type: " + ct)
        lines.append("Content-Disposition: " + disp)
    else:
        lines.append("Content-Type: " + ct)
    lines.append("Content-Transfer-Encoding: " + cte)
    lines.extend(extra)
    return ("\n".join(lines) + "\n\n").encode("ascii") + _encode_body(data, cte)


def multi(
    subtype: str, boundary: str, parts: list[bytes], params: str = "", preamble: str = ""
) -> bytes:
    out = f'Content-Type: multipart/{subtype}; boundary="{boundary}"{params}\n\n'.encode("ascii")
    if preamble:
        out += preamble.encode("ascii") + b"\n"
    for p in parts:
        out += f"--{boundary}\n".encode("ascii") + p
        if not out.endswith(b"\n"):
            out += b"\n"
    out += f"--{boundary}--\n".encode("ascii")
    return out


def message(headers: list[tuple[str, str]], body: bytes, mime_version: bool = True) -> bytes:
    h = "".join(f"{k}: {v}\n" for k, v in headers)
    if mime_version:
        h += "MIME-Version: 1.0\n"
    return h.encode("ascii") + body


def std_headers(
    frm: str,
    to: str,
    subject: str,
    when: str,
    msgid: str,
    extra: list[tuple[str, str]] | None = None,
    subject_charset: str = "utf-8",
) -> list[tuple[str, str]]:
    hs = [
        ("From", frm),
        ("To", to),
        ("Subject", hdr(subject, subject_charset)),
        ("Date", when),
        ("Message-ID", msgid),
    ]
    return hs + (extra or [])


# ---------------------------------------------------------------- helpers: attachments

FIXED_ZIP_TIME = (2026, 1, 1, 0, 0, 0)


def _zip(files: list[tuple[str, str]]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, content in files:
            info = zipfile.ZipInfo(name, date_time=FIXED_ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o600 << 16
            z.writestr(info, content.encode("utf-8"))
    return buf.getvalue()


def xml_esc(s: str) -> str:
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


def docx(paragraphs: list[str]) -> bytes:
    ATTACH_TEXTS.append("\n".join(paragraphs))
    ps = "".join(
        f'<w:p><w:r><w:t xml:space="preserve">{xml_esc(p)}</w:t></w:r></w:p>' if p else "<w:p/>"
        for p in paragraphs
    )
    doc = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
        f"<w:body>{ps}<w:sectPr/></w:body></w:document>"
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
        [("[Content_Types].xml", ctypes), ("_rels/.rels", rels), ("word/document.xml", doc)]
    )


def _col(i: int) -> str:
    s = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s


def xlsx(rows: list[list[str | int | None]], sheet: str = "Blad1") -> bytes:
    ATTACH_TEXTS.append("\n".join(" ".join(str(c) for c in r if c is not None) for r in rows))
    xml_rows = []
    for ri, row in enumerate(rows, start=1):
        cells = []
        for ci, v in enumerate(row):
            ref = f"{_col(ci)}{ri}"
            if v is None:
                continue
            if isinstance(v, int):
                cells.append(f'<c r="{ref}"><v>{v}</v></c>')
            else:
                cells.append(
                    f'<c r="{ref}" t="inlineStr"><is><t xml:space="preserve">{xml_esc(v)}</t></is></c>'
                )
        xml_rows.append(f'<row r="{ri}">{"".join(cells)}</row>')
    sheet_xml = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
        f"<sheetData>{''.join(xml_rows)}</sheetData></worksheet>"
    )
    wb = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
        'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
        f'<sheets><sheet name="{xml_esc(sheet)}" sheetId="1" r:id="rId1"/></sheets></workbook>'
    )
    wb_rels = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
        "</Relationships>"
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
    return _zip(
        [
            ("[Content_Types].xml", ctypes),
            ("_rels/.rels", rels),
            ("xl/workbook.xml", wb),
            ("xl/_rels/workbook.xml.rels", wb_rels),
            ("xl/worksheets/sheet1.xml", sheet_xml),
        ]
    )


def pdf(lines: list[str], size: int = 11, compress: bool = False) -> bytes:
    """Single-page PDF, Helvetica/WinAnsi, one text line per entry (extractable text)."""
    ATTACH_TEXTS.append("\n".join(lines))

    def esc(s: str) -> bytes:
        b = s.encode("cp1252")
        return b.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")

    content = b"BT\n/F1 %d Tf\n%d TL\n50 800 Td\n" % (size, size + 4)
    for ln in lines:
        content += b"(" + esc(ln) + b") Tj T*\n"
    content += b"ET\n"
    if compress:
        stream = zlib.compress(content, 9)
        sdict = b"<< /Length %d /Filter /FlateDecode >>" % len(stream)
    else:
        stream = content
        sdict = b"<< /Length %d >>" % len(stream)
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>",
        sdict + b"\nstream\n" + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
    ]
    out = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"
    offsets = []
    for i, o in enumerate(objs, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + o + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    for off in offsets:
        out += b"%010d 00000 n \n" % off
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref)
    return out


def png(width: int, height: int, seed: int = 7) -> bytes:
    """Small deterministic greyish PNG (a 'photo' nobody can read)."""
    rows = b""
    v = seed
    for y in range(height):
        rows += b"\x00"
        for x in range(width):
            v = (v * 1103515245 + 12345) & 0x7FFFFFFF
            g = 180 + (v >> 16) % 60 - (20 if (y // 4) % 3 == 0 and 4 < x < width - 4 else 0)
            rows += bytes((g, g, g - 10))

    def chunk(t: bytes, d: bytes) -> bytes:
        return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xFFFFFFFF)

    ihdr = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", ihdr)
        + chunk(b"IDAT", zlib.compress(rows, 9))
        + chunk(b"IEND", b"")
    )


# ---------------------------------------------------------------- labels and registry

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


def label(kind: str, lang: str, el: str, notes: str, **facts) -> dict:
    """el is a five-character string of 1/0 for association, contact, activity, anchoring, budget."""
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
        "elements": {k: el[i] == "1" for i, k in enumerate(ELEMENT_KEYS)},
        "facts": f,
        "notes": " ".join(textwrap.dedent(notes).split()),
    }


def machine(kind: str, notes: str, lang: str = "sv") -> dict:
    return label(kind, lang, "00000", notes)


def register(name: str, raw_bytes: bytes, lab: dict) -> None:
    assert name not in MAILS, name
    MAILS[name] = (raw_bytes, lab)
    m = re.search(rb"^Message-ID: (<[^>]+>)", raw_bytes, re.M | re.I)
    if m:
        MSGIDS[name] = m.group(1).decode()
    KINDS[name] = lab["kind"]


def app_id(prefix: str) -> str:
    """Message-ID of the mail whose file name starts with prefix (e.g. '4703')."""
    for name, mid in MSGIDS.items():
        if name.startswith(prefix):
            return mid
    raise KeyError(prefix)


def receipt_id(case: str) -> str:
    return f"<kvitto-{case}@example.se>"


GUIDE = {
    "association": "– Förening eller grupp: namnet på er förening/grupp och kort om den (t.ex. var ni finns, hur många medlemmar ni är, org.nr om ni har).",
    "contact": "– Kontaktperson: namn och e-post eller telefon till den som vi kan kontakta om ansökan.",
    "activity": "– Aktivitet: vad ni ska göra, när och hur, och hur det främjar utvecklingen i er bygd.",
    "anchoring": "– Lokal förankring: hur aktiviteten är förankrad i bygden, t.ex. byamöte, enkät eller samarbete med andra lokala föreningar.",
    "budget": "– Budget: en översiktlig budget med kostnadsposter och belopp.",
}


def receipt(case: str, missing: list[str], variant: int = 0) -> str:
    miss = "\n".join(GUIDE[m] for m in missing)
    if variant == 0:
        return (
            f"Hej!\n\nTack för er ansökan om idéslanten! Vi har tagit emot den och gett den ärendenummer {case}.\n\n"
            f"Vi saknar följande i er ansökan:\n{miss}\n\n"
            "Svara gärna på det här mejlet med det som saknas, så läggs det till i samma ärende.\n\n"
            "Vänliga hälsningar\nIdéslanten – Region Kalmar län\n(automatiskt svar)\n"
        )
    return (
        f"Tack för ert mejl om regional bygdepeng – idéslanten. Ansökan är registrerad med ärendenummer {case}.\n\n"
        f"För att vi ska kunna bedöma den behöver vi även:\n{miss}\n\n"
        "Svara på detta mejl (behåll ärendenumret i ämnesraden) så kompletteras ärendet.\n\n"
        "Med vänlig hälsning\nIdéslanten, Region Kalmar län\n"
    )


MAIL_FUNCS: list = []


def mail(fn):
    MAIL_FUNCS.append(fn)
    return fn


# ---------------------------------------------------------------- mails
@mail
def m4701():
    text = longlines("""
        Hej på er där på regionen!

        Jag heter Gunborg Svensson och är 81 år gammal, så ni får ursäkta om det blir lite långt. Min dotterson Elias har visat mig hur man skickar mejl men jag skriver på mitt eget sätt, som man skrev brev förr. Jag har bott i Kristdala sedan 1967 då jag gifte mig med Arvid, han var från en gård uppe vid Bråbo och spelade dragspel på varenda fest i socknen, och han gick bort för sex år sedan, så nu är det jag och katten Måns.

        Det var en helt annan by då ska ni veta. Vi hade två affärer, bank, postkontor, järnhandel och en bensinmack där ungdomarna hängde om kvällarna. Nu har vi affären kvar och skolan, som kommunen i Oskarshamn hela tiden pratar om att lägga ner. Vi skrev till kommunen om busslinjen 2019 och fick aldrig något svar, så jag hoppas att ni på regionen är lite vänligare mot oss på landet.

        Men nu till saken. Jag har suttit i styrelsen för Kristdala hembygdsförening i snart trettio år, vi har 112 medlemmar och sköter hembygdsgården vid kyrkan, och vi har länge pratat om att så mycket av byns historia försvinner när vi gamla försvinner. På årsmötet den 25 januari, vi var 34 stycken och det är många för oss, beslöt vi enhälligt att försöka ordna berättarkvällar. Tanken är fyra torsdagskvällar i bygdegården under mars och april, där en antikvarie från Kalmar läns museum berättar om torparna, marknaden och utvandringen till Amerika, och sedan får vi äldre berätta om våra minnen medan skolbarnen och de nyinflyttade lyssnar och frågar. Vi tror att det gör att de nya känner sig hemma och kanske blir kvar, och att de unga förstår var de kommer ifrån. Det ska vara öppet för alla, karlar som kvinnor, gamla som unga. Lärarna på skolan har lovat att ta med mellanstadiet en av kvällarna.

        Arvid brukade säga att en by utan historia är som ett träd utan rötter, och det var väl det enda klokt han sa om man ska vara ärlig (skämt).

        §Elias sa att jag måste skriva vad det kostar så här kommer det, kassören Rune har räknat:
        Antikvarien från museet, arvode 1 000 kr per kväll = 4 000 kr
        Hyra av bygdegården 500 kr per kväll = 2 000 kr
        Annons i bladet och affischer 800 kr
        Kaffe och bullar 1 200 kr
        Det blir 8 000 kronor och det är vad vi söker.

        Om vintern 1979 när snön låg till fönsterbrädena skulle jag kunna skriva en hel bok, men det får bli en annan gång. Ni når mig på telefon 0491-220 47 eller på den här mejladressen. Jag är hemma nästan jämt utom på tisdagarna då jag åker på vattengympa i Oskarshamn.

        §Med vänliga hälsningar
        Gunborg Svensson
        Kristdala hembygdsförening
        """)
    body = leaf("text/plain", text, charset="utf-8", cte="quoted-printable")
    h = std_headers(
        addr("Gunborg Svensson", "gunborg.svensson@example.com"),
        OFFICER,
        "Ansökan om bidrag till berättarkvällar i Kristdala",
        date(2026, 2, 2, 10, 47, 12),
        "<a7e3f1c2-5b8d-4e21-9f0a-4701c0ffee01@example.com>",
        [("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64) Thunderbird/115.6.0")],
    )
    register(
        "4701-kristdala-berattarkvallar.eml",
        message(h, body),
        label(
            "application",
            "sv",
            "11111",
            """
        Rambling letter by an 81-year-old: village history, late husband, complaints about Oskarshamn
        municipality. All five elements are present but buried in the middle of paragraphs:
        association (Kristdala hembygdsförening, 112 members, runs the hembygdsgård), contact (named
        signer from own address with phone), activity (four storytelling evenings in March-April with
        an antiquarian from the county museum, purpose: newcomers and young people rooted in the
        village), anchoring (annual meeting 25 January, 34 present, unanimous; school joins), budget
        (four cost items, 8 000 kr). The lecturer's fee is not salary. Tests finding elements inside
        long digressive prose; QP utf-8 with long lines.""",
            association_name="Kristdala hembygdsförening",
            contact_name="Gunborg Svensson",
            contact_email="gunborg.svensson@example.com",
            contact_phone="0491-220 47",
            members=112,
            ort="Kristdala",
            amount_sek=8000,
            women_and_men=True,
        ),
    )


@mail
def m4702():
    text = raw("""
        Vad: studieresa till Vissefjärda, se hur de driver sin bystuga med öppet kafé -> starta samma i Påryd (gamla mejeriet står tomt)
        När: lör 18 april
        Var: buss fr Påryds skola 08.00
        Vilka: Påryds byalag, 27 medl. Resan öppen för alla i byn, kvinnor o män
        Kostnad: buss 6 500, lunch 25 x 120 = 3 000, guidning 1 000. Summa 10 500
        Kontakt: Jonas Ek 0708-41 22 19

        /J
        """)
    body = leaf("text/plain", text, charset="utf-8", cte="8bit")
    h = std_headers(
        addr("Jonas Ek", "jonas.ek@example.net"),
        OFFICER,
        "idéslanten - Påryd",
        date(2026, 2, 3, 21, 5, 40),
        "<CAJk9p2x+Q4702studieresa@example.net>",
    )
    register(
        "4702-paryd-studieresa-nyckelord.eml",
        message(h, body),
        label(
            "application",
            "sv",
            "11101",
            """
        Terse keyword list (Vad/När/Var/Vilka/Kostnad) with fragments instead of sentences. Association
        (Påryds byalag, 27 members), contact (Jonas Ek with phone, own address), activity (study trip
        18 April to see a village café run in Vissefjärda, to start the same in the empty dairy in
        Påryd) and budget (bus, lunch, guide = 10 500) are present. Nothing says how the trip is
        anchored locally (no meeting, survey or partners; 'öppen för alla' is not backing), so
        anchoring is false. Lunch 25 x 120 are participants, not members.""",
            association_name="Påryds byalag",
            contact_name="Jonas Ek",
            contact_email="jonas.ek@example.net",
            contact_phone="0708-41 22 19",
            members=27,
            ort="Påryd",
            amount_sek=10500,
            women_and_men=True,
        ),
    )


@mail
def m4703():
    text = raw("""
        Hej! Vi i Gullabo IF (ca 60 medlemmar) vill söka idéslanten, vi tänker göra nåt kul för byn i höst så folk träffas mer. Behöver ca 10 000. Ring mig på 0736-55 81 02 så berättar jag mer!
        Anna Lindqvist

        Skickat från min iPhone
        """)
    body = leaf("text/plain", text, charset="utf-8", cte="base64")
    h = std_headers(
        addr("Anna Lindqvist", "annalindqvist82@example.com"),
        OFFICER,
        "Bidrag",
        date(2026, 2, 4, 7, 12, 3),
        "<5E0B2C1A-77D4-4F0E-9C1B-4703A1B2C3D4@example.com>",
        [("X-Mailer", "iPhone Mail (21D61)")],
    )
    register(
        "4703-gullabo-if-mobil.eml",
        message(h, body),
        label(
            "application",
            "sv",
            "11000",
            """
        Three lines from a phone (base64 utf-8). Association true: Gullabo IF with about 60 members.
        Contact true: named signer Anna Lindqvist from her own address plus a phone number. Activity
        false: 'göra nåt kul för byn i höst' is a vague wish with no what/when/how. Anchoring false:
        nothing. Budget false: a single rough figure is not a budget, but it counts as amount_sek
        (10 000). Gender not stated.""",
            association_name="Gullabo IF",
            contact_name="Anna Lindqvist",
            contact_email="annalindqvist82@example.com",
            contact_phone="0736-55 81 02",
            members=60,
            ort="Gullabo",
            amount_sek=10000,
        ),
    )


@mail
def m4704():
    text = raw("""
        Hej. Kan man söka idéslanten till en bastu vid badplatsen i Hägnad? Byalaget vill bygga en.
        /Olle
        """)
    h = std_headers(
        addr("Olle Bergqvist", "olle.b@example.org"),
        BOT,
        "fråga",
        date(2026, 2, 5, 18, 31, 9),
        "<20260205173109.4704@example.org>",
    )
    register(
        "4704-hagnad-fraga-bastu.eml",
        message(h, leaf("text/plain", text, charset="utf-8", cte="8bit")),
        label(
            "question",
            "sv",
            "00000",
            """
        Two-line question whether the grant can pay for building a sauna at the bathing place in
        Hägnad. Applies for nothing, so all elements false. The question itself proposes a building
        project, so physical_investment is true; salary is not mentioned (null). Tests a terse
        question that mentions a byalag but is not an application.""",
            contact_name="Olle",
            contact_email="olle.b@example.org",
            ort="Hägnad",
            physical_investment=True,
        ),
    )


@mail
def m4705():
    text = longlines("""
        Hej Region Kalmar!

        Jag ska försöka fatta mig kort men det har jag aldrig varit bra på, fråga min fru. Det gäller hamnen i Figeholm. Ni som sitter i Kalmar vet kanske inte att Figeholm en gång var en riktig hamn med både skutor och ångbåtstrafik till Stockholm, och min farfar lossade spannmål här på trettiotalet innan han fick jobb på sågen. Sedan kom kärnkraftverket uppe vid Simpevarp och många fick jobb där, det ska inte sägas något ont om det, men hamnen blev en sommarhamn och på vintern är det dött som i en gravkammare.

        Kommunen har haft en detaljplan för hamnområdet på remiss i tre år nu och ingen vet vad som händer, jag ringde till stadsbyggnadskontoret i november och blev kopplad runt fyra gånger innan jag gav upp. Så vi får väl göra något själva som vanligt.

        Figeholms samhällsförening, där jag sitter som sekreterare sedan 2011, är ett åttiotal medlemmar, både bofasta och fritidsboende, och vi sköter bland annat midsommarfirandet och julgranen på torget. När vi hade bystämma i Folkets hus i januari var vi över 40 personer och alla som sa något tyckte att vi måste få liv i hamnen året runt, och fiskeföreningen och båtklubben sa att de är med och hjälper till. Så om vi får pengarna skulle vi bjuda in en föreläsare från Sjöfartsmuseet i Oskarshamn som har hjälpt andra kustbyar, och ha två hamnkvällar i maj där vi först lyssnar på henne och sedan sitter i grupper och tar fram förslag på vad hamnen kan användas till, typ vinterbastu, fiskförsäljning, kajakuthyrning, så att vi kan gå till kommunen med något konkret.

        Föreläsaren tar 3 500 kronor plus resa 600, lokalen i Folkets hus får vi låna gratis, annonsering i tidningen och på anslagstavlan kanske 1 200 och fika för två kvällar ungefär 900. Det blir 6 200 om jag räknat rätt, min fru säger att jag alltid räknar fel.

        Förresten, om någon på regionen känner till var de gamla ritningarna på ångbåtsbryggan tog vägen så hör gärna av er, de fanns på hembygdsföreningen men försvann vid flytten 1998.

        §Hälsningar
        Bertil
        (sekreteraren, han med den blå snipan vid gästbryggan)
        """)
    h = std_headers(
        addr("Figeholms Samhällsförening", "samhallsforeningen.figeholm@example.se", "iso-8859-1"),
        BOT,
        "Ansökan om pengar till hamnkvällar",
        date(2026, 2, 9, 7, 55, 21),
        "<000c01dc9a1f$4705a2b0$0f1e2d3c@example.se>",
        [("X-Mailer", "Microsoft Outlook 16.0")],
        subject_charset="windows-1252",
    )
    body = leaf("text/plain", text, charset="windows-1252", cte="quoted-printable")
    register(
        "4705-figeholm-hamnkvallar.eml",
        message(h, body),
        label(
            "application",
            "sv",
            "10111",
            """
        Long digressive letter (harbour history, the nuclear plant, complaints about the municipality's
        plan, lost drawings) in windows-1252 QP. Association true: Figeholms samhällsförening, about 80
        members, what it does. Activity true although in conditional tense ('om vi får pengarna skulle
        vi'): two harbour evenings in May with a lecturer from the maritime museum and group work on
        concrete uses of the harbour. Anchoring true: village meeting in January with 40+ people, the
        fishing association and boat club will help. Budget true: several amounts in prose (3 500 +
        600 + 1 200 + 900 = 6 200). Contact false: sent from the association's shared mailbox and
        signed only 'Bertil' with no phone or own address.""",
            association_name="Figeholms samhällsförening",
            members=80,
            ort="Figeholm",
            amount_sek=6200,
        ),
    )


@mail
def m4706():
    org = luhn_org("802411-735")
    text = raw(f"""
        Ansökan idéslanten 2026

        Förening: Loftahammars bygdegårdsförening, org.nr {org}, 140 medl.
        Kontakt: Per Holm, ordf., 073-912 44 08, per.holm@example.com
        Aktivitet: två dialogkvällar "Loftahammar 2030" – bredband, kollektivtrafik, service. 15 + 29 april kl 19, bygdegården. Inbjudna: kommunens näringslivsenhet, Kalmar länstrafik. Mål: gemensam handlingsplan för byn. Öppet för alla – kvinnor och män, bofasta och fritidsboende.
        Förankring: enkät i byn jan–feb, 85 svar, 7 av 10 vill ha byadialog. Samarbete m. Loftahammars IF + hembygdsföreningen (fika, affischering).
        Budget:
          Moderator/processledare (arvode mot faktura)   5 000
          Annons + affischer                              1 500
          Fika 2 kvällar                                  1 500
          Lokal (egen)                                        0
          Summa                                           8 000

        /Per
        """)
    h = std_headers(
        addr("Per Holm", "per.holm@example.com"),
        BOT,
        "Ansökan idéslanten – Loftahammar",
        date(2026, 2, 10, 12, 2, 44),
        "<d41f0a9e-4706-loft@example.com>",
    )
    register(
        "4706-loftahammar-notisform.eml",
        message(h, leaf("text/plain", text, charset="utf-8", cte="8bit")),
        label(
            "application",
            "sv",
            "11111",
            """
        Note-style application of verbless fragments under headings. Complete: association (name,
        org.nr, 140 members), contact (Per Holm, phone and e-mail), activity (two dialogue evenings on
        15 and 29 April on broadband, transport and service leading to an action plan), anchoring
        (survey with 85 answers, cooperation with the sports club and the hembygdsförening), budget
        (itemised, 8 000). Moderator invoiced fee is not salary. Tests very terse but complete text.""",
            association_name="Loftahammars bygdegårdsförening",
            org_number=org,
            contact_name="Per Holm",
            contact_email="per.holm@example.com",
            contact_phone="073-912 44 08",
            members=140,
            ort="Loftahammar",
            amount_sek=8000,
            women_and_men=True,
        ),
    )


@mail
def m4707():
    rec = receipt("2026-0041", ["activity", "anchoring", "budget"])
    text = raw("""
        Hej igen! Det blir en höstfest m loppis o tipspromenad lör 12 sept på idrottsplatsen i Gullabo + en kväll m föreläsning om hur vi kan få fler att flytta hit (föreläsare fr Hela Sverige ska leva).
        Kostnad: föreläsare 4000, hyra tält 2500, annonsering 1000, priser tipspromenad 800, fika 1700 = 10 000
        Anna Lindqvist

        Skickat från min iPhone

        > 4 feb. 2026 kl. 07:14 skrev Idéslanten – Region Kalmar län <ideslanten@example.se>:
        >
        """) + quote(rec)
    h = std_headers(
        addr("Anna Lindqvist", "annalindqvist82@example.com"),
        BOT,
        "Re: Bidrag [Idéslanten 2026-0041]",
        date(2026, 2, 11, 19, 48, 30),
        "<9C2D41E8-4707-4B11-8E0A-77F1D2C3B4A5@example.com>",
        [
            ("In-Reply-To", receipt_id("2026-0041")),
            ("References", f"{app_id('4703')} {receipt_id('2026-0041')}"),
            ("X-Mailer", "iPhone Mail (21D61)"),
        ],
    )
    register(
        "4707-gullabo-svar-aktivitet-budget.eml",
        message(h, leaf("text/plain", text, charset="utf-8", cte="quoted-printable")),
        label(
            "followup",
            "sv",
            "01101",
            """
        Phone reply to the bot's receipt for 4703 (iPhone quoting with '>'). New text supplies the
        activity (autumn fair with flea market and quiz walk 12 September plus a lecture evening on
        attracting new residents) and a budget (five items = 10 000). Contact true: signed by Anna
        Lindqvist from her own address. Anchoring is still missing and the quoted receipt's guidance
        lines must not count. Association not restated.""",
            contact_name="Anna Lindqvist",
            contact_email="annalindqvist82@example.com",
            ort="Gullabo",
            amount_sek=10000,
        ),
    )


@mail
def m4708():
    text = fill("""
        Till Regionen

        Mitt namn är Holger Nilsson och jag är född och uppvuxen i Mörlunda, närmare bestämt i ett hus
        vid stationen som inte finns kvar längre, det revs 1974 när de drog om vägen. Min far var
        banvakt och min mor hade syjunta med halva socknen. Jag körde lastbil för sågen i fyrtio år
        och har sett det mesta av Småland från hytten.

        Jag skriver för att en granne sa att det finns pengar att söka från regionen. Det är inte varje
        dag man hör det. Kommunen i Hultsfred har inte gett oss en krona sedan de stängde biblioteksfilialen
        och snöröjningen på vår väg är en skandal, i januari kom plogbilen först vid lunch tre dagar i rad
        och då har man ändå betalat skatt i sextio år.

        Vi i PRO Mörlunda är 45 medlemmar, mest pensionärer förstås men några yngre också, och vi träffas
        på onsdagarna i församlingshemmet. Det vore ju trevligt om vi kunde samlas och prata om gamla
        tider och om hur det ska bli med byn framöver, på något sätt. Jag tror nog att folk skulle
        uppskatta det, det är många som sitter ensamma nu.

        Jag har ingen aning om vad sådant kostar, men kanske 5000 kronor räcker.

        Min fru Ingrid hälsar. Hon tycker att jag skriver för långt, men det får ni stå ut med.

        Holger Nilsson
        Mörlunda
        tel 0495-401 18
        """)
    h = std_headers(
        "holger.nilsson@example.net",
        OFFICER,
        "Pengar till Mörlunda",
        date(2026, 2, 12, 15, 20, 0),
        "<4708.holger.1770906000@example.net>",
    )
    register(
        "4708-morlunda-pro-vagt.eml",
        message(h, leaf("text/plain", text, charset="utf-8", cte="8bit")),
        label(
            "application",
            "sv",
            "11000",
            """
        Elderly man's letter full of memories and complaints about Hultsfred municipality; the actual
        request is only implied. Association true: PRO Mörlunda, 45 members, meets Wednesdays. Contact
        true: named signer from own address with phone. Activity false: 'samlas och prata om gamla
        tider ... på något sätt' has no concrete what/when/how. Anchoring false: 'jag tror nog att folk
        skulle uppskatta det' is a hope. Budget false: one rough figure, which still gives
        amount_sek 5000. From header has no display name.""",
            association_name="PRO Mörlunda",
            contact_name="Holger Nilsson",
            contact_email="holger.nilsson@example.net",
            contact_phone="0495-401 18",
            members=45,
            ort="Mörlunda",
            amount_sek=5000,
        ),
    )


@mail
def m4709():
    plain = fill("""
        LANDSBYGDSBREVET nr 2/2026 – nyheter för byalag och föreningar i Kalmar län

        * Workshop: Föreningsekonomi på en kväll. Högsby bygdegård 12 mars kl 18-21. Vi går igenom
        budget, bokslut och hur man skriver en ansökan med tydlig förankring. Anmälan senast 5 mars.

        * Tips: Regional bygdepeng – idéslanten. Kom ihåg att beskriva föreningen, kontaktperson,
        aktiviteten, den lokala förankringen och en enkel budget. Max 15 000 kr per ort och år.

        * Månadens by: Fågelfors, där byalaget ordnat laddstolpe-dialog med 60 deltagare.

        Du får det här brevet för att du anmält dig till Landsbygdsnätverkets utskick.
        Avregistrera: https://example.org/avregistrera?lista=landsbygdsbrevet
        """)
    html = html_from("""
        LANDSBYGDSBREVET nr 2/2026

        Workshop: Föreningsekonomi på en kväll – Högsby bygdegård 12 mars kl 18–21. Budget, bokslut och hur man skriver en ansökan med tydlig förankring. Anmälan senast 5 mars.

        Tips: Regional bygdepeng – idéslanten. Beskriv föreningen, kontaktperson, aktiviteten, den lokala förankringen och en enkel budget. Max 15 000 kr per ort och år.

        Månadens by: Fågelfors, där byalaget ordnat laddstolpe-dialog med 60 deltagare.

        Avregistrera: https://example.org/avregistrera?lista=landsbygdsbrevet
        """)
    body = multi(
        "alternative",
        "=_lbb_4709_alt",
        [
            leaf("text/plain", plain, charset="utf-8", cte="quoted-printable"),
            leaf("text/html", html, charset="utf-8", cte="quoted-printable"),
        ],
    )
    h = std_headers(
        addr("Landsbygdsnätverket Kalmar län", "nyhetsbrev@example.org"),
        OFFICER,
        "Landsbygdsbrevet 2/2026: workshop om föreningsekonomi + tips om idéslanten",
        date(2026, 2, 13, 6, 0, 0),
        "<lbb-2026-02.4709@example.org>",
        [
            ("List-Id", "Landsbygdsbrevet <landsbygdsbrevet.example.org>"),
            (
                "List-Unsubscribe",
                "<https://example.org/avregistrera?lista=landsbygdsbrevet>, <mailto:avregistrera@example.org>",
            ),
            ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
            ("Precedence", "bulk"),
        ],
    )
    register(
        "4709-nyhetsbrev-landsbygdsbrevet.eml",
        message(h, body),
        machine(
            "newsletter",
            """
        Bulk newsletter (List-Id, List-Unsubscribe, Precedence: bulk), multipart/alternative. It
        talks about budgets, förankring and the idéslanten cap, and names Fågelfors and Högsby, but it
        is a mailing-list item, not an application; the bot must not reply. All facts null.""",
        ),
    )


@mail
def m4710():
    text = raw("""
        Hi,

        Sorry for writing in English, my Swedish is still "lite grann".

        What: language café – Swedish/English conversation evenings for newcomers and locals, every second Tuesday April–June (7 evenings), in Alsterbro bygdegård. Goal: help new families settle and stay, and get old and new villagers to know each other.
        Who: we are about 15 families, Dutch, German and Swedish. Alsterbro byalag and the church in Alsterbro help us with the venue, and 12 volunteers have signed up as conversation hosts.
        Cost: rent 7 x 300 = 2 100, coffee/fika 1 600, course material 900. Total 4 600 SEK.
        Contact: Sanne de Vries, 076-218 40 93

        Thanks!
        Sanne
        """)
    h = std_headers(
        addr("Sanne de Vries", "sanne.devries@example.com"),
        BOT,
        "Application language cafe Alsterbro",
        date(2026, 2, 16, 20, 14, 55),
        "<CAF3x9-4710-sanne@example.com>",
    )
    register(
        "4710-alsterbro-english-keywords.eml",
        message(h, leaf("text/plain", text, charset="utf-8", cte="quoted-printable")),
        label(
            "application",
            "en",
            "01111",
            """
        Terse English keyword mail (What/Who/Cost/Contact) from a Dutch newcomer. Association false:
        the applicant is 'about 15 families', an unnamed group; Alsterbro byalag and the church are
        partners, not the applicant, so association_name is null and there is no member count.
        Contact, activity (seven conversation evenings April-June to help newcomers settle),
        anchoring (byalag and church cooperate, 12 volunteers) and budget (three items, 4 600) are
        present. Course material is a consumable, not an investment.""",
            contact_name="Sanne de Vries",
            contact_email="sanne.devries@example.com",
            contact_phone="076-218 40 93",
            ort="Alsterbro",
            amount_sek=4600,
        ),
    )


@mail
def m4711():
    rec = receipt("2026-0044", ["contact"], variant=1)
    text = (
        raw("""
        Hej igen,

        Ja, det var ju dumt av mig att inte skriva vem ni ska ringa, min fru sa det direkt när jag
        berättade att jag skickat iväg det. Hon har nästan alltid rätt, det ska gudarna veta.

        Ni kan ringa mig, Bertil Åkesson, på 0491-300 12 (hemma, bäst på förmiddagen) eller mejla
        mig på bertil.akesson@example.com. Den här adressen är föreningens och den läser kassören
        också, så det är säkrast att skriva direkt till mig.

        Apropå hamnen i Figeholm så var det isläggning förra veckan för första gången på tre år,
        ungarna var ute och åkte skridskor vid bryggan. Det var ett tag sedan.

        Hälsningar
        Bertil Åkesson
        sekreterare, Figeholms samhällsförening

        -----Ursprungligt meddelande-----
        Från: Idéslanten – Region Kalmar län <ideslanten@example.se>
        Skickat: den 9 februari 2026 07:56
        Till: samhallsforeningen.figeholm@example.se
        Ämne: Re: Ansökan om pengar till hamnkvällar [Idéslanten 2026-0044]

        """)
        + rec
    )
    h = std_headers(
        addr("Figeholms Samhällsförening", "samhallsforeningen.figeholm@example.se", "iso-8859-1"),
        BOT,
        "SV: Ansökan om pengar till hamnkvällar [Idéslanten 2026-0044]",
        date(2026, 2, 17, 9, 40, 2),
        "<001201dca01b$4711c3d0$0f1e2d3c@example.se>",
        [
            ("In-Reply-To", receipt_id("2026-0044")),
            ("References", f"{app_id('4705')} {receipt_id('2026-0044')}"),
            (
                "Thread-Topic",
                hdr("Ansökan om pengar till hamnkvällar [Idéslanten 2026-0044]", "iso-8859-1"),
            ),
            ("X-Mailer", "Microsoft Outlook 16.0"),
        ],
        subject_charset="windows-1252",
    )
    register(
        "4711-figeholm-svar-kontakt.eml",
        message(h, leaf("text/plain", text, charset="windows-1252", cte="8bit")),
        label(
            "followup",
            "sv",
            "01000",
            """
        Outlook reply (windows-1252 8bit, 'SV:' subject, Ursprungligt meddelande block with the
        unindented receipt below) to 4705. The new text supplies the missing contact: Bertil Åkesson
        with phone and a private e-mail address, although the mail itself comes from the shared
        association mailbox. Only an anecdote about ice on the harbour otherwise; the association is
        only named in the signature, so association false. The quoted receipt must not add anything.""",
            association_name="Figeholms samhällsförening",
            contact_name="Bertil Åkesson",
            contact_email="bertil.akesson@example.com",
            contact_phone="0491-300 12",
            ort="Figeholm",
        ),
    )


@mail
def m4712():
    html = html_from(
        """
        Hej hej!!

        Nu sitter jag här vid köksbordet i mormors gamla hus i Byxelkrok med kaffe och utsikt över sundet mot Blå Jungfrun och tänkte att nu MÅSTE jag skriva den här ansökan innan jag tappar modet 😊 Jag heter Moa Karlsson, är 34 år och flyttade hem hit från Göteborg för tre år sedan efter att ha bott i stan i femton år. Mormor drev pensionat här på sextiotalet när ångbåtarna fortfarande gick till Gotland och hon berättade alltid att det fanns fem affärer i Byxelkrok då. Nu finns det en, och den har öppet på sommaren.

        Ni vet säkert hur det är på norra Öland: på sommaren är det fullt av turister och campare och glass överallt, och i november är det typ jag, tre fiskare och tjugo pensionärer (kärlek till dem alla) 😅 Borgholms kommun pratar om året runt-boende i varenda plan men samtidigt funderar de på att lägga ner skolan i Böda, så man blir ju lite trött.

        Men! I höstas startade vi om Byxelkroks byalag som legat i träda sedan 2015, och vi är nu 52 medlemmar, alltifrån 19 till 91 år. Vi gjorde en enkät i byns Facebookgrupp i januari och 63 personer svarade, och det som toppade var: något ställe att ses på vintern, bostäder för unga familjer och att någon tar tag i hamnen. Fiskeföreningen har sagt att de hjälper till, och föräldragruppen på skolan i Böda likaså.

        Det vi vill göra är en Framtidsverkstad Byxelkrok: tre kvällar i oktober (6, 13 och 20 oktober) i Sjöboden vid hamnen, ledda av en processledare från Hushållningssällskapet, där vi tillsammans tar fram en handlingsplan med 3–5 konkreta saker byn kan göra själv, t.ex. vinteröppet kafé i föreningsregi och en bytesdag för bostäder/uthyrning. Alla är välkomna, kvinnor och män, unga och gamla, bofasta och deltidsboende, och vi kör barnpassning parallellt så att småbarnsföräldrar kan vara med.

        Pengamässigt ser det ut ungefär så här: processledaren tar 2 500 kr per kväll, alltså 7 500 kr, hyra av Sjöboden tre kvällar 1 500 kr, fika och soppa 1 800 kr och affischer/tryck 400 kr. Totalt 11 200 kr, vilket är vad vi söker.

        Mormor skulle ha älskat det här. Hon sa alltid att en by dör inte av att folk flyttar, den dör av att ingen bjuder in.

        Kram (ja, man får väl skriva så till regionen?)
        Moa Karlsson
        Byxelkroks byalag
        070-334 21 90
        """,
        style="font-family:Calibri,sans-serif;font-size:15px;color:#222",
    )
    h = std_headers(
        addr("Moa Karlsson", "moa.karlsson@example.se"),
        BOT,
        "Framtidsverkstad i Byxelkrok ✨",
        date(2026, 2, 18, 7, 31, 17),
        "<CAGz8q1moa4712Byx@example.se>",
    )
    register(
        "4712-byxelkrok-framtidsverkstad-html.eml",
        message(h, leaf("text/html", html, charset="utf-8", cte="quoted-printable")),
        label(
            "application",
            "sv",
            "11111",
            """
        HTML-only enthusiastic letter with emojis, grandmother's pension story, complaints about
        Borgholm municipality. Complete but scattered: association (Byxelkroks byalag restarted, 52
        members, ages 19-91), anchoring (Facebook-group survey with 63 answers, fishing association
        and school parents help), activity (three future-workshop evenings 6/13/20 October with a
        process leader, aiming at a concrete action plan), budget in prose (7 500 + 1 500 + 1 800 +
        400 = 11 200), contact (signer with phone, own address). Survey respondents are not members.
        Emoji in an encoded-word subject.""",
            association_name="Byxelkroks byalag",
            contact_name="Moa Karlsson",
            contact_email="moa.karlsson@example.se",
            contact_phone="070-334 21 90",
            members=52,
            ort="Byxelkrok",
            amount_sek=11200,
            women_and_men=True,
        ),
    )


@mail
def m4713():
    text = raw("""
        Hej,

        Jag är på fjällsemester till och med måndag 2 mars och läser inte mejl.
        Brådskande ärenden om bygdegården: ring kassören Maj-Britt Olofsson, 0490-360 22.

        Per Holm
        Loftahammars bygdegårdsförening
        """)
    h = std_headers(
        addr("Per Holm", "per.holm@example.com"),
        addr("Region Kalmar län landsbygdsutvecklare", OFFICER),
        "Automatiskt svar: Ansökan idéslanten – Loftahammar",
        date(2026, 2, 19, 10, 2, 30),
        "<auto-4713-per@example.com>",
        [
            ("In-Reply-To", "<handl-2026-0045-1@example.se>"),
            ("References", f"{app_id('4706')} <handl-2026-0045-1@example.se>"),
            ("Auto-Submitted", "auto-replied"),
            ("X-Autoreply", "yes"),
        ],
    )
    register(
        "4713-autosvar-loftahammar.eml",
        message(h, leaf("text/plain", text, charset="utf-8", cte="8bit")),
        machine(
            "autoreply",
            """
        Out-of-office reply to the officer's message about the Loftahammar application (4706), with
        Auto-Submitted and X-Autoreply headers and References to the application. It names the
        association and a phone number, but it is a machine reply; no reply, all facts null.""",
        ),
    )


@mail
def m4714():
    text = raw("""
        Hej
        Ruda hembygdsförening (52 medl) vill söka för studiebesök i Glasriket, Målerås och Orrefors. 22 pers ska åka 16 maj. Vi vill se hur de jobbat m besökare o hantverk så vi kan starta en hantverksmarknad i Ruda till hösten. Årsmötet 8 feb röstade ja, alla var för.
        Kostar runt 8000 allt som allt.
        Kent Rydh 070-611 29 47

        Skickat från min Samsung Galaxy-smartphone.
        """)
    h = std_headers(
        addr("Kent Rydh", "kentrydh@example.net"),
        BOT,
        "Studiebesök Ruda",
        date(2026, 2, 20, 17, 3, 44),
        "<0ae1c7b2-4714-ruda-android@example.net>",
    )
    register(
        "4714-ruda-studiebesok-mobil.eml",
        message(h, leaf("text/plain", text, charset="utf-8", cte="base64")),
        label(
            "application",
            "sv",
            "11110",
            """
        Android phone mail (base64). Association (Ruda hembygdsförening, 52 members), contact (Kent
        Rydh, phone, own address), activity (study visit 16 May to Målerås and Orrefors to learn how
        they handle visitors and crafts, in order to start a craft market in Ruda) and anchoring
        (annual meeting 8 February voted yes) are present. Budget false: 'runt 8000 allt som allt'
        is a bare total, which is still the amount. 22 travellers are participants, not members.""",
            association_name="Ruda hembygdsförening",
            contact_name="Kent Rydh",
            contact_email="kentrydh@example.net",
            contact_phone="070-611 29 47",
            members=52,
            ort="Ruda",
            amount_sek=8000,
        ),
    )


@mail
def m4715():
    rec = receipt("2026-0047", ["activity", "anchoring", "budget"])
    text = (
        fill("""
        Tack för svaret.

        Jag förstår inte riktigt vad ni menar med förankring, vi är ju förankrade här i Mörlunda sedan
        1800-talet, min farfars far var smed vid bruket. Men jag ska prata med Ingrid och med de andra
        på onsdag i församlingshemmet så får vi se vad det blir. Vad det kostar vet jag inte än.

        Förresten plogade de inte i tisdags heller.

        Holger Nilsson
        """)
        + "\n"
        + "Den 12 februari 2026 15:21 skrev Idéslanten – Region Kalmar län <ideslanten@example.se>:\n"
        + quote(rec)
    )
    h = std_headers(
        "holger.nilsson@example.net",
        BOT,
        "Re: Pengar till Mörlunda [Idéslanten 2026-0047]",
        date(2026, 2, 23, 11, 15, 0),
        "<4715.holger.1771841700@example.net>",
        [
            ("In-Reply-To", receipt_id("2026-0047")),
            ("References", f"{app_id('4708')} {receipt_id('2026-0047')}"),
        ],
    )
    register(
        "4715-morlunda-svar-inget-nytt.eml",
        message(h, leaf("text/plain", text, charset="utf-8", cte="8bit")),
        label(
            "followup",
            "sv",
            "01000",
            """
        Reply in the thread of 4708 that supplies nothing useful: the writer does not understand
        'förankring', will talk to the others on Wednesday and does not know the cost yet, plus a
        complaint about snow ploughing. Only contact is true (named signer from his own address).
        The quoted receipt below lists activity, anchoring and budget and must not make them true.""",
            contact_name="Holger Nilsson",
            contact_email="holger.nilsson@example.net",
            ort="Mörlunda",
        ),
    )


@mail
def m4716():
    letter = [
        "Halltorp i februari 2026",
        "",
        "Till Region Kalmar län, landsbygdsutvecklaren",
        "",
        "Jag heter Elsa Gustafsson och fyller 84 i sommar. Jag har varit kassör i Halltorps hembygdsförening i trettio år, och vi är i dag 70 medlemmar, de flesta gamla som jag men några yngre familjer har kommit med sedan de nya husen byggdes vid gamla stationen. Förr stannade tåget i Halltorp och min far var stins, men det är en annan historia, och den har jag skrivit ner på annat håll.",
        "",
        "Jag ska inte klaga på kommunen i Kalmar, även om jag skulle kunna. Skolan lades ner 1992 och sedan dess har det inte hänt så mycket här, utom att gästgiveriet fått nya ägare som är trevliga.",
        "",
        "Vad vi vill är att starta en studiecirkel som heter Halltorp förr och nu. Sex träffar i bygdegården under hösten, med en cirkelledare från Studieförbundet Vuxenskolan, där vi gamla berättar och de nyinflyttade och barnen frågar och skriver ner. Det ska bli ett litet häfte och en utställning i bygdegården till första advent, så att de som flyttat hit vet var de bor och känner sig hemma. Både gubbar och gummor, gamla och unga, är välkomna.",
        "",
        "Vi har redan 14 anmälda. På höstmarknaden gick vi runt med en lista och fick 40 namn på folk som vill ha en sådan cirkel, och styrelsen i hembygdsföreningen och kyrkans syförening står bakom. Syföreningen bjuder på kaffet två av gångerna.",
        "",
        "Så här har jag räknat, jag har ju varit kassör så det kan jag:",
        "Cirkelledare, arvode: 3 000 kr",
        "Kopiering och tryck av häftet: 2 400 kr",
        "Hyra bygdegården 6 gånger à 250 kr: 1 500 kr",
        "Fika: 600 kr",
        "Summa: 7 500 kr",
        "",
        "Kontaktperson blir min dotter Lena Gustafsson, lena.gustafsson@example.com, telefon 070-245 18 33, för hon har datorn. Mig når ni på 0480-330 91, men jag hör dåligt i telefon.",
        "",
        "Med vänlig hälsning",
        "Elsa Gustafsson",
        "Halltorps hembygdsförening",
    ]
    text = raw("""
        Hej!

        Mamma (Elsa Gustafsson, 84) bad mig skicka det här brevet till er. Hon har skrivit det för hand och jag har skrivit av det ordagrant, så ursäkta stavningen på sina ställen. Hon har inget eget mejl.

        /Lena
        """)
    body = multi(
        "mixed",
        "------------4716HalltorpBrev0a1b2c",
        [
            leaf("text/plain", text, charset="utf-8", cte="quoted-printable"),
            leaf(
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                data=docx(letter),
                charset=None,
                cte="base64",
                filename="Brev till regionen från Halltorps hembygdsförening.docx",
            ),
        ],
        preamble="This is a multi-part message in MIME format.",
    )
    h = std_headers(
        addr("Lena Gustafsson", "lena.gustafsson@example.com"),
        OFFICER,
        "Brev från mamma om idéslanten",
        date(2026, 2, 24, 20, 55, 10),
        "<4716b1e2-9c0d-halltorp@example.com>",
        [
            (
                "User-Agent",
                "Mozilla/5.0 (Macintosh; Intel Mac OS X 10.15; rv:115.0) Thunderbird/115.7.0",
            )
        ],
    )
    register(
        "4716-halltorp-brev-docx.eml",
        message(h, body),
        label(
            "application",
            "sv",
            "11111",
            """
        A daughter forwards her 84-year-old mother's handwritten letter as a .docx; the body itself
        says almost nothing, the attachment is the application. Complete: association (Halltorps
        hembygdsförening, 70 members), contact (the letter names the daughter Lena Gustafsson with
        e-mail and phone as contact person; the mother's phone comes second), activity (study circle
        'Halltorp förr och nu', six autumn meetings, booklet and exhibition, newcomers feel at home),
        anchoring (14 signed up, 40 names collected at the autumn market, board and church sewing
        circle back it), budget (itemised 7 500). Printing a booklet is not an investment. Non-ASCII
        attachment name in RFC 2231 form.""",
            association_name="Halltorps hembygdsförening",
            contact_name="Lena Gustafsson",
            contact_email="lena.gustafsson@example.com",
            contact_phone="070-245 18 33",
            members=70,
            ort="Halltorp",
            amount_sek=7500,
            women_and_men=True,
        ),
    )


@mail
def m4717():
    html = html_from("""
        Bästa mottagare,

        Ert bidrag på 14 850 kr från Landsbygdsfonden 2026 har GODKÄNTS och väntar på utbetalning.

        För att pengarna ska kunna betalas ut måste ni bekräfta föreningens bankuppgifter med BankID inom 48 timmar, annars går beloppet tillbaka.

        Bekräfta här: https://example.net/bidrag-verifiera/bankid?ref=KLM-4717

        Med vänliga hälsningar
        Bidragsenheten
        """)
    h = std_headers(
        addr("Bidragsenheten Landsbygdsfonden", "no-reply@example.net"),
        OFFICER,
        "ÅTGÄRD KRÄVS: Ert bidrag har godkänts – bekräfta med BankID",
        date(2026, 2, 25, 3, 17, 45, tz=0),
        "<20260225031745.4717.qx@example.net>",
        [("Reply-To", "utbetalning-bidrag@example.com"), ("X-Priority", "1")],
    )
    register(
        "4717-spam-bankid-bidrag.eml",
        message(h, leaf("text/html", html, charset="utf-8", cte="base64")),
        machine(
            "spam",
            """
        Phishing: claims a grant of 14 850 kr has been approved and asks the recipient to 'confirm'
        bank details with BankID via a link; different Reply-To, urgency, night-time send, HTML-only
        base64. Mentions a grant amount but applies for nothing; all facts null.""",
        ),
    )


@mail
def m4718():
    text = raw("""
        Ansökan idéslanten

        Förening: Bergkvara Segelsällskap, bildat 1948, 95 medl, klubbhus vid gamla hamnen
        Vad: Öppen hamndag + infoträff för nyinflyttade familjer - prova-på-segling i klubbens båtar, grillning, presentation av byns föreningar. 3 lördagar i juni (6/6, 13/6, 20/6).
        Syfte: nya familjer hittar in i föreningslivet i Bergkvara, fler stannar kvar.
        Vilka: i samarbete m Bergkvara byalag + föräldraföreningen på skolan, som sprider inbjudan och ordnar grillen.
        Kostnad: ca 12 000, specas senare.

        Styrelsen / Bergkvara SS
        """)
    h = std_headers(
        addr("Bergkvara Segelsällskap", "info.bergkvarass@example.org", "iso-8859-1"),
        BOT,
        "Ansökan idéslanten",
        date(2026, 2, 26, 9, 10, 33),
        "<4718.bss.20260226091033@example.org>",
        subject_charset="iso-8859-1",
    )
    register(
        "4718-bergkvara-segelsallskap-styrelsen.eml",
        message(h, leaf("text/plain", text, charset="iso-8859-1", cte="quoted-printable")),
        label(
            "application",
            "sv",
            "10110",
            """
        Keyword list from a shared club mailbox signed 'Styrelsen / Bergkvara SS' (iso-8859-1 QP).
        Association true (name, founded 1948, 95 members, clubhouse). Activity true (open harbour
        days with try-sailing and an info meeting for newcomer families on three Saturdays in June,
        purpose stated). Anchoring true (cooperation with Bergkvara byalag and the school's parents'
        association). Contact false: no named person, shared mailbox. Budget false: 'ca 12 000,
        specas senare' is a bare rough total, which gives amount_sek 12000.""",
            association_name="Bergkvara Segelsällskap",
            members=95,
            ort="Bergkvara",
            amount_sek=12000,
        ),
    )


@mail
def m4719():
    prose = longlines("""
        Hej där!

        Göran Lind heter jag, pensionerad slöjdlärare och född i Virserum 1958, samma år som den stora möbelutställningen hölls här, vilket min mor alltid sa var ett tecken. Ni vet kanske inte att Virserum en gång hade över trettio möbelfabriker och snickerier och att man kallade oss Smålands möbelcentrum? Min farfar var svarvare på Ekbloms och jag har fortfarande hans svarvstål i källaren.

        Numera är det tyvärr så att Hultsfreds kommun helst pratar om Hultsfred och festivalen som inte finns längre, och vi här ute får nöja oss med smulorna. När de drog in bussturen på söndagarna skrev jag en insändare som de aldrig svarade på. Men nu ska jag inte gå in på det mer för då blir jag bara arg.

        Vi är en liten förening som heter Virserums Kulturvänner, 38 medlemmar, och vi har sedan 2019 hållit ordning på skyltarna vid de gamla fabrikslägena. I november stod vi två lördagar utanför ICA och gjorde en enkät om vad folk ville ha, och av 120 svar ville nästan alla ha guidade vandringar, så det blev ju tydligt. Hembygdsföreningen och konsthallen har lovat att vara med som samarbetspartner och ställer upp med folk. Så i augusti, fyra söndagar, vill vi ha guidade kulturvandringar genom Virserum: fabrikerna, kvarnen, konsthallen och järnvägen, med en lokal guide och en tryckt karta, för att få sommargäster och nyinflyttade att upptäcka samhället och kanske handla lite i affärerna också. Vi hyr en minibuss till de två vandringarna med de längsta sträckorna så att även äldre och rullstolsburna kan vara med.

        Budgeten har min svärson satt upp i ett kalkylark, se bifogat.

        Jag kan prata i timmar om Virserum så det är nog bäst att jag slutar här.

        §Med hälsningar från Virserum
        Göran Lind
        Virserums Kulturvänner
        0495-310 77
        """)
    html = html_from(prose, style="font-family:Georgia,serif;font-size:14px")
    sheet = xlsx(
        [
            ["Budget kulturvandringar Virserum augusti 2026", None, None],
            ["Post", "Antal", "Belopp kr"],
            ["Guidearvode (4 söndagar x 1 500)", 4, 6000],
            ["Tryck av karta, 500 ex", 1, 2000],
            ["Annonsering", 1, 1200],
            ["Hyra minibuss, 2 dagar", 2, 2400],
            ["Summa", None, 11600],
        ],
        sheet="Budget",
    )
    body = multi(
        "mixed",
        "----=_Part_4719_1520998877.1772215200000",
        [
            multi(
                "alternative",
                "----=_Part_4719_alt_301",
                [
                    leaf("text/plain", prose, charset="utf-8", cte="quoted-printable"),
                    leaf("text/html", html, charset="utf-8", cte="quoted-printable"),
                ],
            ),
            leaf(
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                data=sheet,
                charset=None,
                cte="base64",
                filename="budget_kulturvandring.xlsx",
            ),
        ],
    )
    h = std_headers(
        addr("Göran Lind", "goran.lind@example.org"),
        OFFICER,
        "Kulturvandringar i Virserum – ansökan",
        date(2026, 2, 27, 16, 40, 8),
        "<1520998877.4719.1772215208@example.org>",
    )
    register(
        "4719-virserum-kulturvandringar-xlsx.eml",
        message(h, body),
        label(
            "application",
            "sv",
            "11111",
            """
        Rambling letter of a retired craft teacher (furniture-industry history, grandfather's tools,
        complaints about Hultsfred municipality and the Sunday bus) as multipart/alternative plus an
        .xlsx budget. Complete: association (Virserums Kulturvänner, 38 members, signposts since
        2019), contact (signer from own address with phone), anchoring buried mid-paragraph (survey
        outside the shop with 120 answers, hembygdsförening and art hall as partners), activity
        (guided cultural walks four Sundays in August with guide and printed map, to attract summer
        guests and newcomers), budget in the spreadsheet (11 600). Renting a minibus is not an
        investment; the guide fee is not salary.""",
            association_name="Virserums Kulturvänner",
            contact_name="Göran Lind",
            contact_email="goran.lind@example.org",
            contact_phone="0495-310 77",
            members=38,
            ort="Virserum",
            amount_sek=11600,
        ),
    )


@mail
def m4720():
    human = raw("""
        This is the mail system at host mx2.example.se.

        I'm sorry to have to inform you that your message could not
        be delivered to one or more recipients. It's attached below.

        For further assistance, please send mail to postmaster.

        If you do so, please include this problem report. You can
        delete your own text from the attached returned message.

                           The mail system

        <kent.rydh@example.net>: host mx.example.net[192.0.2.44] said: 550 5.1.1
            <kent.rydh@example.net>: Recipient address rejected: User unknown in
            virtual mailbox table (in reply to RCPT TO command)
        """)
    status = raw("""
        Reporting-MTA: dns; mx2.example.se
        X-Postfix-Queue-ID: 4fK2q91xYz
        X-Postfix-Sender: rfc822; landsbygdsutvecklare@example.se
        Arrival-Date: Mon,  2 Mar 2026 08:14:51 +0100 (CET)

        Final-Recipient: rfc822; kent.rydh@example.net
        Original-Recipient: rfc822;kent.rydh@example.net
        Action: failed
        Status: 5.1.1
        Remote-MTA: dns; mx.example.net
        Diagnostic-Code: smtp; 550 5.1.1 <kent.rydh@example.net>: Recipient address
            rejected: User unknown in virtual mailbox table
        """)
    orig = raw(f"""
        From: {addr("Landsbygdsutvecklare Region Kalmar län", OFFICER)}
        To: kent.rydh@example.net
        Subject: =?utf-8?q?Ang=C3=A5ende_er_ans=C3=B6kan_om_studiebes=C3=B6k_=E2=80=93_Ruda?=
        Date: Mon, 02 Mar 2026 08:14:49 +0100
        Message-ID: <handl-2026-0049-1@example.se>
        In-Reply-To: {app_id("4714")}
        References: {app_id("4714")}
        """)
    body = multi(
        "report",
        "4fK2q91xYz.1772435691/mx2.example.se",
        [
            leaf(
                "text/plain",
                human,
                charset="us-ascii",
                cte="7bit",
                extra=("Content-Description: Notification",),
            ),
            leaf(
                "message/delivery-status",
                status,
                charset=None,
                cte="7bit",
                extra=("Content-Description: Delivery report",),
            ),
            leaf(
                "text/rfc822-headers",
                orig,
                charset=None,
                cte="7bit",
                extra=("Content-Description: Undelivered Message Headers",),
            ),
        ],
        params="; report-type=delivery-status",
        preamble="This is a MIME-encapsulated message.",
    )
    h = [
        ("From", "MAILER-DAEMON@example.se (Mail Delivery System)"),
        ("To", OFFICER),
        ("Subject", "Undelivered Mail Returned to Sender"),
        ("Date", date(2026, 3, 2, 8, 14, 52)),
        ("Message-ID", "<20260302071452.7C2A31A0044@example.se>"),
        ("Auto-Submitted", "auto-replied"),
    ]
    register(
        "4720-bounce-ruda-okand-mottagare.eml",
        message(h, body),
        machine(
            "bounce",
            """
        Postfix-style multipart/report bounce: the officer wrote to a mistyped address for the Ruda
        applicant (4714) and got 'User unknown'. The returned headers reference the application's
        Message-ID, but this is a delivery status notification; never answered, all facts null.""",
        ),
    )


@mail
def m4721():
    text = raw("""
        Hej. Frödinge byalag (ca 90 hushåll är medlemmar) söker 15 000 till: dialogmöte om skolans framtid m kommunpolitiker 20 maj i Frödinge bygdegård + grillkväll efteråt för hela byn, så vi kan samla byns röst innan kommunen beslutar om skolan.
        Budget bifogad (bild).
        //Maria Ek 0733-20 48 61
        """)
    body = multi(
        "mixed",
        "Apple-Mail=_4721F0D1-3B9A-4C7E-8A61-0F2E5D9C1B77",
        [
            leaf("text/plain", text, charset="utf-8", cte="quoted-printable"),
            leaf(
                "image/png",
                data=png(48, 64, seed=4721),
                charset=None,
                cte="base64",
                filename="Skärmbild 2026-03-03 0931.png",
            ),
        ],
    )
    h = std_headers(
        addr("Maria Ek", "maria.ek.frodinge@example.com"),
        BOT,
        "Ansökan Frödinge byalag",
        date(2026, 3, 3, 9, 33, 20),
        "<F7A0C3D2-4721-47E1-9B3C-FR0D1NGE0001@example.com>",
        [("X-Mailer", "Apple Mail (2.3774.400.31)")],
    )
    register(
        "4721-frodinge-budget-som-bild.eml",
        message(h, body),
        label(
            "application",
            "sv",
            "11100",
            """
        Short phone-style mail with the budget only as an attached screenshot (PNG of grey noise, no
        readable text). Association true (Frödinge byalag, about 90 member households = 90 members).
        Contact true (Maria Ek, phone, own address). Activity true (dialogue meeting on the school's
        future with politicians 20 May in the bygdegård plus a barbecue evening, to gather the
        village's voice). Anchoring false: nothing about backing. Budget false: 'Budget bifogad
        (bild)' with an unreadable image; the applied amount 15 000 is stated.""",
            association_name="Frödinge byalag",
            contact_name="Maria Ek",
            contact_email="maria.ek.frodinge@example.com",
            contact_phone="0733-20 48 61",
            members=90,
            ort="Frödinge",
            amount_sek=15000,
        ),
    )


@mail
def m4722():
    text = fill("""
        Goddag!

        Jag skriver till er å Edsbruks IF:s vägnar, eller rättare sagt å mina egna, för styrelsen har
        inte hunnit diskutera det än. Jag har varit med i föreningen sedan 1958 då vi vann division
        sex med Edsbruks bästa lag någonsin, jag spelade högerytter och gjorde två mål i sista matchen
        mot Gamleby, vilket ingen i Gamleby vill komma ihåg.

        Nu fyller föreningen 100 år nästa år och vi funderar på en jubileumsfest för hela bygden, med
        gamla spelare och nya, och kanske en utställning om bruket och pappersbruket som försvann.
        Kan man söka idéslanten till en sådan fest? Och gäller de 15 000 kronorna per förening eller
        per ort? Vi är ju två föreningar i Edsbruk som funderar på att söka i år, vi och
        hembygdsföreningen, och då vill vi inte trampa varandra på tårna.

        När ska ansökan vara inne i så fall?

        Vänligen
        Sture Fransson
        Edsbruk
        """)
    h = std_headers(
        addr("Sture Fransson", "sture.fransson@example.net", "iso-8859-1"),
        OFFICER,
        "Fråga om jubileum och idéslanten",
        date(2026, 3, 4, 10, 5, 0),
        "<4722.sture@example.net>",
        subject_charset="iso-8859-1",
    )
    register(
        "4722-edsbruk-fraga-jubileum.eml",
        message(h, leaf("text/plain", text, charset="iso-8859-1", cte="quoted-printable")),
        label(
            "question",
            "sv",
            "00000",
            """
        Elderly man's rambling question (football memories from 1958) on behalf of Edsbruks IF:
        can a centenary party be funded, is the 15 000 cap per association or per locality, what is
        the deadline. No application (the board has not even discussed it); the 15 000 is a rule
        amount asked about, so amount_sek is null. iso-8859-1 QP body and encoded-word subject.""",
            association_name="Edsbruks IF",
            contact_name="Sture Fransson",
            contact_email="sture.fransson@example.net",
            ort="Edsbruk",
        ),
    )


@mail
def m4723():
    rec = receipt("2026-0052", ["contact", "budget"])
    text = raw("""
        Kontakt: Lars Ström, kassör, 0486-210 55, lars.strom@example.org

        Budget hamndagar juni:
        - Hyra följebåt (3 dagar) 3 000
        - Grill o mat 3 x 1 500 = 4 500
        - Annonser/flygblad 1 500
        - Försäkring prova-på 1 200
        - Inköp 6 st barnflytvästar 1 800
        Summa 12 000
        Instruktörer ideella, 0 kr.

        /Lars Ström

        Den tors 26 feb. 2026 kl 09:11 skrev Idéslanten – Region Kalmar län <ideslanten@example.se>:
        """) + quote(rec)
    h = std_headers(
        addr("Bergkvara Segelsällskap", "info.bergkvarass@example.org", "iso-8859-1"),
        BOT,
        "Sv: Ansökan idéslanten [Idéslanten 2026-0052]",
        date(2026, 3, 5, 21, 30, 12),
        "<4723.bss.20260305213012@example.org>",
        [
            ("In-Reply-To", receipt_id("2026-0052")),
            ("References", f"{app_id('4718')} {receipt_id('2026-0052')}"),
        ],
    )
    register(
        "4723-bergkvara-svar-kontakt-budget.eml",
        message(h, leaf("text/plain", text, charset="utf-8", cte="8bit")),
        label(
            "followup",
            "sv",
            "01001",
            """
        Terse reply to the receipt for 4718 from the same shared club mailbox. It names a contact
        person with phone and a personal e-mail (contact true even though the From address is the
        club's) and gives an itemised budget of 12 000. Buying six children's life jackets is a
        purchase of equipment, so physical_investment is true; volunteer instructors cost nothing.
        The quoted receipt (Gmail style) must not count.""",
            contact_name="Lars Ström",
            contact_email="lars.strom@example.org",
            contact_phone="0486-210 55",
            amount_sek=12000,
            physical_investment=True,
        ),
    )


@mail
def m4724():
    text = fill("""
        Hej på Er

        Nu har jag tagit mod till mig och skriver, det är inte varje dag en gammal kvinna skriver till
        Regionen. Jag heter Greta Johansson och har bott i Långasjö i hela mitt liv utom två år i
        Karlskrona när min man gjorde lumpen. Han var skogvaktare sedan och kände varenda tall mellan
        här och Vissefjärda. Han dog för elva år sedan.

        Det har blivit tyst i byn. Biblioteksfilialen drog Emmaboda kommun in, bussen går tre gånger om
        dagen om man har tur och affären är sedan länge borta. Men vi har kyrkan och sjön och varandra.

        Vi är ett gäng damer och några herrar som träffas varannan torsdag och pysslar med trädgård och
        byter frön och sticklingar, vi är väl ett femtontal. Om vi fick pengarna skulle vi bjuda in en
        trädgårdsmästare från Kalmar som föreläser om gamla rosor och perenner en kväll i maj i
        Långasjö bygdegård, och sedan ha en plantbytardag på kyrkbacken i juni där alla i byn kan komma,
        karlar som kärringar, så att de nyinflyttade får plantor och lär känna folk. Syföreningen och
        hembygdsföreningen kommer att hjälpa till med kaffet och lokalen, och på senaste byamötet i
        februari var vi 25 som röstade ja till det.

        Vad det kostar vet jag inte riktigt ännu, trädgårdsmästaren har inte svarat om sitt pris och
        kassören håller på att räkna.

        Rosorna vid kyrkogårdsmuren planterade min svärmor 1946 och de blommar fortfarande.

        Vänliga hälsningar
        Greta Johansson
        Långasjö
        telefon 0471-504 12
        """)
    h = std_headers(
        addr("Greta Johansson", "greta.johansson1946@example.se", "iso-8859-1"),
        OFFICER,
        "Rosor och plantbyte",
        date(2026, 3, 6, 14, 22, 40),
        "<4724.greta.langasjo@example.se>",
    )
    register(
        "4724-langasjo-rosor-ingen-budget.eml",
        message(h, leaf("text/plain", text, charset="iso-8859-1", cte="8bit")),
        label(
            "application",
            "sv",
            "01110",
            """
        Elderly widow's letter (husband the forester, the closed library, her mother-in-law's roses),
        iso-8859-1 8bit. Association false: 'ett gäng damer och några herrar', an unnamed group; the
        sewing circle and hembygdsförening only help. Its size 'ett femtontal' is recorded as members
        15. Contact true (signer with phone, own address). Activity true despite the conditional: a
        lecture on old roses in May in the bygdegård and a plant-swap day in June. Anchoring true:
        village meeting in February, 25 voted yes, two local associations help. Budget false: costs
        not known yet; no amount.""",
            contact_name="Greta Johansson",
            contact_email="greta.johansson1946@example.se",
            contact_phone="0471-504 12",
            members=15,
            ort="Långasjö",
            women_and_men=True,
        ),
    )


@mail
def m4725():
    org = luhn_org("802503-418")
    lines = [
        "Ansökan regional bygdepeng - idéslanten 2026",
        "",
        f"Sökande: Rockneby Byförening, org.nr {org}, 210 medlemmar (hushåll i Rockneby med omnejd)",
        "Kontakt: Tobias Krantz, 072-803 55 17, tobias.krantz@example.se",
        "",
        "Aktivitet: Trafikdialog Rockneby - två öppna möten (22 april och 6 maj) i Rockneby skolas matsal",
        "med Trafikverket och Kalmar kommun om trafiksäkerhet längs E22 och skolvägen.",
        "Resultat: gemensam åtgärdslista från byn till kommunen. Målgrupp: alla boende, kvinnor och män,",
        "barnfamiljer och äldre.",
        "",
        "Förankring: namninsamling hösten 2025 med 340 namn, samarbete med Rockneby IK och",
        "föräldraföreningen på skolan.",
        "",
        "Budget:",
        "Lokalhyra 2 x 600 kr                 1 200 kr",
        "Moderator, arvode                    4 000 kr",
        "Trycksaker och utskick alla hushåll  2 600 kr",
        "Hyra ljudanläggning                    800 kr",
        "Fika                                 1 400 kr",
        "Summa                               10 000 kr",
    ]
    body = multi(
        "mixed",
        "000000000000a1b24725fd0c3e9e",
        [
            leaf(
                "text/plain",
                "Hej, se bifogad ansökan.\nMvh Tobias Krantz\n",
                charset="UTF-8",
                cte="7bit",
            ),
            leaf(
                "application/pdf",
                data=pdf(lines, compress=True),
                charset=None,
                cte="base64",
                filename="Ansokan_Rockneby_Byforening_2026.pdf",
            ),
        ],
    )
    h = std_headers(
        addr("Tobias Krantz", "tobias.krantz@example.se"),
        BOT,
        "ansökan",
        date(2026, 3, 9, 12, 48, 1),
        "<CAB7p4725rockneby+kQ@example.se>",
    )
    register(
        "4725-rockneby-pdf-kort-brodtext.eml",
        message(h, body),
        label(
            "application",
            "sv",
            "11111",
            """
        Two-line body, the whole application is a PDF (zlib-compressed text stream, Helvetica
        WinAnsi) in note style. Complete: association (Rockneby Byförening, org.nr, 210 members),
        contact (Tobias Krantz with phone and e-mail; also the signer), activity (two open traffic
        dialogue meetings 22 April and 6 May with Trafikverket and the municipality, leading to a
        joint action list), anchoring (petition with 340 names, sports club and parents'
        association), budget (five items, 10 000). Renting a sound system is not an investment.""",
            association_name="Rockneby Byförening",
            org_number=org,
            contact_name="Tobias Krantz",
            contact_email="tobias.krantz@example.se",
            contact_phone="072-803 55 17",
            members=210,
            ort="Rockneby",
            amount_sek=10000,
            women_and_men=True,
        ),
    )


@mail
def m4726():
    rec = receipt("2026-0055", ["anchoring", "budget"], variant=1)
    text = (
        raw("""
        Ok sorry bilden funkade visst inte.

        Budget: lokal 0 (byalagets egen), grill + mat ca 120 pers 6 000, samtalsledare 5 000, affischer+utskick 1 500, hyra tält 2 500 = 15 000
        Förankring: byamöte 28 feb, 31 pers, alla ville ha mötet. Föräldraföreningen på Frödinge skola är med o bjuder in.

        //Maria Ek

        Skickat från min Galaxy


        -------- Originalmeddelande --------
        Från: Idéslanten – Region Kalmar län <ideslanten@example.se>
        Datum: 2026-03-03 09:34 (GMT+01:00)
        Till: maria.ek.frodinge@example.com
        Ämne: Re: Ansökan Frödinge byalag [Idéslanten 2026-0055]

        """)
        + rec
    )
    h = std_headers(
        addr("Maria Ek", "maria.ek.frodinge@example.com"),
        BOT,
        "SV: Re: Ansökan Frödinge byalag [Idéslanten 2026-0055]",
        date(2026, 3, 10, 6, 52, 19),
        "<a3f19c2e-4726-frodinge@example.com>",
        [
            ("In-Reply-To", receipt_id("2026-0055")),
            ("References", f"{app_id('4721')} {receipt_id('2026-0055')}"),
        ],
    )
    register(
        "4726-frodinge-svar-budget-forankring.eml",
        message(h, leaf("text/plain", text, charset="utf-8", cte="base64")),
        label(
            "followup",
            "sv",
            "01011",
            """
        Samsung-style reply (base64, receipt below an 'Originalmeddelande' block without '>' quoting)
        to 4721. New text gives the budget in one line (five items = 15 000) and anchoring (village
        meeting 28 February with 31 people, parents' association joins). Contact true: signed Maria
        Ek from her own address. Renting a tent is not an investment. 120 guests are attendance,
        not members.""",
            contact_name="Maria Ek",
            contact_email="maria.ek.frodinge@example.com",
            ort="Frödinge",
            amount_sek=15000,
        ),
    )


@mail
def m4727():
    org = luhn_org("802467-120")
    prose = longlines(f"""
        Hej!

        Ingvar Persson heter jag och jag har bott i Degerhamn i hela mitt liv, 72 år snart. Min far och farfar jobbade båda på cementfabriken och jag själv gick in där som sextonåring och blev kvar tills de lade ner. Då var det som om någon drog ur proppen i hela södra Öland, först försvann jobben, sedan skolan och affären och till slut ungdomarna. Mina två söner bor i Stockholm och kommer hit två veckor om sommaren, och det är nog ganska typiskt.

        Mörbylånga kommun bygger ju hela tiden nytt uppe vid Färjestaden, men här nere på alvaret händer inte mycket, och när vi bad om belysning på gång- och cykelvägen till kyrkan fick vi svaret att det inte fanns i budgeten. Så är det.

        Jag sitter i styrelsen för Degerhamns samhällsförening (org.nr {org}), vi är 130 medlemmar och har hand om badplatsen och midsommarfirandet. Nu har vi tillsammans med Degerhamns IF och PRO Södra Öland bildat en arbetsgrupp och 14 frivilliga har skrivit upp sig. Vi vill ordna några träffar av något slag för att få de unga att stanna eller komma tillbaka, vad det blir får vi se, kanske något med cementhistorien eller något helt annat, det får de unga vara med och bestämma.

        Kassören har gjort en uppställning: hyra av Folkets hus 4 x 500 = 2 000 kr, föreläsare eller ledare 6 000 kr, annonser 1 000 kr och fika 1 500 kr. Det blir 10 500 kr.

        Fåglarna vid Ottenby har börjat komma tillbaka förresten, i går såg jag de första tofsvipporna.

        §Med vänlig hälsning
        Ingvar Persson
        Degerhamns samhällsförening
        0485-661 20
        """)
    html = html_from(prose, style="font-family:Verdana,sans-serif;font-size:12px")
    body = multi(
        "alternative",
        "----=_NextPart_000_0047_01DCB1A2.4727F3E0",
        [
            leaf("text/plain", prose, charset="windows-1252", cte="quoted-printable"),
            leaf(
                "text/html",
                html.replace('charset="utf-8"', 'charset="windows-1252"'),
                charset="windows-1252",
                cte="quoted-printable",
            ),
        ],
        preamble="This is a multipart message in MIME format.",
    )
    h = std_headers(
        addr("Ingvar Persson", "ingvar.persson.degerhamn@example.net", "iso-8859-1"),
        OFFICER,
        "Ansökan Degerhamn",
        date(2026, 3, 11, 19, 2, 37),
        "<004701dcb1a2$4727f3e0$0200a8c0@example.net>",
        [("X-Mailer", "Microsoft Outlook 16.0")],
    )
    register(
        "4727-degerhamn-vag-aktivitet.eml",
        message(h, body),
        label(
            "application",
            "sv",
            "11011",
            """
        Rambling letter (cement factory closure, sons in Stockholm, Mörbylånga municipality and the
        cycle path lights, birds at Ottenby) in windows-1252 QP multipart/alternative. Association
        true (Degerhamns samhällsförening, org.nr, 130 members), contact true (signer, phone, own
        address), anchoring true (working group with the sports club and PRO, 14 volunteers), budget
        true (four items = 10 500). Activity false: 'några träffar av något slag ... vad det blir
        får vi se' is a vague intention even though a budget exists. Volunteers are not members.""",
            association_name="Degerhamns samhällsförening",
            org_number=org,
            contact_name="Ingvar Persson",
            contact_email="ingvar.persson.degerhamn@example.net",
            contact_phone="0485-661 20",
            members=130,
            ort="Degerhamn",
            amount_sek=10500,
        ),
    )


@mail
def m4728():
    text = fill("""
        NYHETSBREV MARS 2026 – Leaderområde Kust och Skog

        Ny utlysning: projektstöd för lokal service och mötesplatser öppnar 1 april. Föreningar i
        Kalmar län kan söka mellan 50 000 och 400 000 kr. Läs mer på vår webb.

        Inspirationsträff för byalag: 25 mars i Mönsterås, 18.00–20.30. Vi bjuder på soppa.
        Anmälan till vår kansliadress senast 20 mars.

        Påminnelse: regional bygdepeng – idéslanten söks direkt hos Region Kalmar län, inte hos oss.

        Du får det här nyhetsbrevet som kontaktperson i ett leaderområde. Vill du inte ha fler utskick,
        svara med AVSLUTA i ämnesraden.

        Leaderområde Kust och Skog
        kansli@example.org
        """)
    h = std_headers(
        addr("Leader Kust och Skog", "kansli@example.org"),
        "undisclosed-recipients:;",
        "Nyhetsbrev mars 2026",
        date(2026, 3, 12, 8, 0, 0),
        "<nb-2026-03-4728@example.org>",
        [("Precedence", "bulk"), ("X-Mailer", "mailout 3.2")],
    )
    register(
        "4728-nyhetsbrev-leader-precedence.eml",
        message(h, leaf("text/plain", text, charset="utf-8", cte="quoted-printable")),
        machine(
            "newsletter",
            """
        Plain-text newsletter marked only with Precedence: bulk (no List-Unsubscribe or List-Id),
        sent to undisclosed recipients; the opt-out is 'svara med AVSLUTA'. Mentions grants,
        amounts and idéslanten but applies for nothing. Must not be answered; all facts null.""",
        ),
    )


@mail
def m4729():
    att = raw("""
        IDÉSLANTEN – TOTEBO

        Vilka: vi i byn, ca 30 st som vill ha ett reparationscafé
        Vad: reparationscafé – laga cyklar, kläder, små elprylar. 4 lördagar maj–juni, Totebo gamla skola. Mindre slit o släng, folk träffas över generationerna.
        Förankring: byamöte 8 feb, 22 st där, alla ja. Syjuntan + MC-klubben ställer upp som lagare.
        Kostnad: hyra skolan 4 x 400 = 1 600, verktygslåda o begagnad symaskin (köpa) 2 500, reservdelar 900, fika 800. Summa 5 800
        Kontakt: Emma Sjöberg 070-455 62 18
        """)
    ATTACH_TEXTS.append(att)
    body = multi(
        "mixed",
        "=-4729-totebo-XjQ2",
        [
            leaf(
                "text/plain",
                "hej! bifogar vår lilla ansökan som textfil, skrev den i mobilen\nEmma\n",
                charset="utf-8",
                cte="8bit",
            ),
            leaf("text/plain", att, charset="utf-8", cte="base64", filename="ansokan_totebo.txt"),
        ],
    )
    h = std_headers(
        addr("Emma Sjöberg", "emma.sjoberg@example.net"),
        BOT,
        "reparationscafé totebo",
        date(2026, 3, 13, 22, 41, 6),
        "<4729-emma-totebo-1773438066@example.net>",
    )
    register(
        "4729-totebo-reparationscafe-txt.eml",
        message(h, body),
        label(
            "application",
            "sv",
            "01111",
            """
        One-line body with the application as a .txt attachment of keyword fragments. Association
        false: 'vi i byn, ca 30 st som vill ha ett reparationscafé' is an unnamed group of interested
        villagers, not a membership, so members is null; the sewing circle and MC club are helpers. Contact (Emma Sjöberg, phone, own address), activity (repair café
        four Saturdays May-June in the old school), anchoring (village meeting 8 February with 22
        present, two local groups help) and budget (four items = 5 800) are present. Buying a tool
        box and a used sewing machine is equipment, so physical_investment is true.""",
            contact_name="Emma Sjöberg",
            contact_email="emma.sjoberg@example.net",
            contact_phone="070-455 62 18",
            ort="Totebo",
            amount_sek=5800,
            physical_investment=True,
        ),
    )


@mail
def m4730():
    org = luhn_org("802455-093")
    text = longlines(f"""
        Till Region Kalmar län

        Orrefors. Ni har säkert hört namnet, det står på kristallskålar i hela världen och på en och annan Nobelbankett. Bruket grundades 1898 och i över hundra år var det hyttan som bestämde när man steg upp och när man åt. När hyttan släcktes 2013 var det många här som grät, och det är inte en överdrift. Vi som är kvar har sedan dess försökt hålla liv i samhället med loppisar, hyttsillkvällar och utställningar, men det är inte lätt när Nybro kommun mest ser hyttområdet som en parkeringsfråga.

        Orrefors Intresseförening bildades 2014 just för det här. Vi är i dag 160 medlemmar och har org.nr {org}. I höstas samlade vi in 212 namn för att bevara hyttområdet som mötesplats, och Orrefors hembygdsförening och Orrefors IF är med oss i det mesta vi gör.

        Det vi vill göra nu är tre kvällar med hyttsill och framtidssamtal i den gamla packsalen (som vi hyr av fastighetsägaren) i september, oktober och november. Varje kväll börjar med att några av de gamla glasblåsarna berättar, sedan håller en glashistoriker från Kalmar en kort föreläsning, och sist sitter vi i grupper med representanter från kommunen och pratar om vad hyttområdet ska bli. Allt som sägs skrivs ihop till ett förslag som lämnas till kommunen efter sista kvällen.

        Kostnaderna har vi räknat så här: hyra packsalen 3 x 1 000 = 3 000 kr, glashistorikern 4 500 kr för tre föreläsningar, sill, potatis och dricka 2 500 kr, och så har styrelsen tyckt att vår kassör ska få 3 000 kr i lön för administrationen, eftersom det blir mycket jobb. Totalt 13 000 kr.

        Blåsarna som kommer är mellan 68 och 89 år, så det är bråttom om historierna ska bli berättade.

        §Med vänlig hälsning
        Styrelsen
        Orrefors Intresseförening
        """)
    h = std_headers(
        addr("Orrefors Intresseförening", "orrefors.if@example.org", "iso-8859-1"),
        OFFICER,
        "Hyttsill och framtidssamtal i Orrefors",
        date(2026, 3, 16, 8, 25, 55),
        "<00a301dcb523$4730bc10$0b00a8c0@example.org>",
        [("X-Mailer", "Microsoft Outlook 16.0")],
    )
    register(
        "4730-orrefors-hyttsill-styrelsen-lon.eml",
        message(h, leaf("text/plain", text, charset="windows-1252", cte="quoted-printable")),
        label(
            "application",
            "sv",
            "10111",
            """
        Enthusiastic letter about the glassworks' history and the municipality's plans, windows-1252
        QP, sent from the association's mailbox and signed only 'Styrelsen'. Association true
        (Orrefors Intresseförening, founded 2014, 160 members, org.nr). Contact false: no named
        person. Activity true (three evenings with herring supper, former glassblowers' stories, a
        lecture and group dialogue with the municipality, ending in a written proposal). Anchoring
        true (212-name petition, hembygdsförening and sports club). Budget true (four items = 13 000).
        The budget includes 3 000 kr wages for the treasurer, so salary_costs is true; the glass
        historian's fee is not salary. Petition signers are not members.""",
            association_name="Orrefors Intresseförening",
            org_number=org,
            members=160,
            ort="Orrefors",
            amount_sek=13000,
            salary_costs=True,
        ),
    )


@mail
def m4731():
    rec = receipt("2026-0057", ["association", "budget"], variant=1)
    text = (
        fill("""
        Hej igen

        Tack för Ert svar. Vi har nu bestämt på torsdagsträffen att vi ska heta Långasjö
        Trädgårdsvänner, och vi har skrivit ner att vi är 17 medlemmar som betalar 50 kr om året till
        kassan. Vi träffas i Långasjö bygdegård eller hemma hos varandra.

        Kassören Inga-Lill har nu räknat: trädgårdsmästaren vill ha 2 500 kr och resa 400 kr, annons i
        Emmabodabladet 600 kr och kaffe och kakor till plantbytardagen 700 kr. Det blir 4 200 kr.

        Vänliga hälsningar
        Greta Johansson
        """)
        + "\nDen 2026-03-06 kl. 14:23, skrev Idéslanten – Region Kalmar län:\n"
        + quote(rec)
    )
    h = std_headers(
        addr("Greta Johansson", "greta.johansson1946@example.se", "iso-8859-1"),
        BOT,
        "Re: Rosor och plantbyte [Idéslanten 2026-0057]",
        date(2026, 3, 17, 15, 2, 11),
        "<4731.greta.langasjo@example.se>",
        [
            ("In-Reply-To", receipt_id("2026-0057")),
            ("References", f"{app_id('4724')} {receipt_id('2026-0057')}"),
        ],
    )
    register(
        "4731-langasjo-svar-namn-budget.eml",
        message(h, leaf("text/plain", text, charset="windows-1252", cte="quoted-printable")),
        label(
            "followup",
            "sv",
            "11001",
            """
        Thunderbird-style reply (windows-1252 QP, '>' quoting) to the receipt for 4724. The group now
        names itself Långasjö Trädgårdsvänner with 17 paying members and a meeting place
        (association true) and gives a budget of four items = 4 200 (budget true). Contact true:
        named signer from her own address. Activity and anchoring are not repeated; the quoted
        receipt guidance does not count.""",
            association_name="Långasjö Trädgårdsvänner",
            contact_name="Greta Johansson",
            contact_email="greta.johansson1946@example.se",
            members=17,
            ort="Långasjö",
            amount_sek=4200,
        ),
    )


@mail
def m4732():
    text = raw("""
        Tack för ditt mejl.

        Jag är bortrest till och med den 15 april och har begränsad tillgång till e-post. Ditt mejl läses när jag kommer hem.

        Med vänlig hälsning
        Göran Lind
        """)
    h = std_headers(
        addr("Göran Lind", "goran.lind@example.org"),
        addr("Landsbygdsutvecklare Region Kalmar län", OFFICER),
        "Re: Kulturvandringar i Virserum – ansökan",
        date(2026, 3, 18, 13, 7, 41),
        "<1520998877.4732.1773835661@example.org>",
        [
            ("In-Reply-To", "<handl-2026-0053-1@example.se>"),
            ("References", f"{app_id('4719')} <handl-2026-0053-1@example.se>"),
        ],
    )
    register(
        "4732-autosvar-utan-huvuden-virserum.eml",
        message(h, leaf("text/plain", text, charset="utf-8", cte="8bit")),
        machine(
            "autoreply",
            """
        Vacation reply WITHOUT any automation header (no Auto-Submitted, X-Autoreply or Precedence)
        and with a plain 'Re:' subject and References to the Virserum application 4719, so it looks
        like a followup by headers. The text is a standard away message ('bortrest till och med den
        15 april'), adds nothing and must not be answered. All facts null.""",
        ),
    )


@mail
def m4733():
    text = raw("""
        Ansökan från Alböke bygdegårdsförening, 48 medl. Dansträffar i bygdegården för unga o gamla, tjejer o killar, gubbar o gummor - 5 fredagar sept-okt så generationerna i byn möts.
        DJ 1500/ggr = 7500, fika 200/ggr = 1000, lokalen egen. Totalt 8500.
        Bestämt på årsmötet 1 mars, 26 st röstade ja.
        /Sara Berg 073-190 44 27

        Skickat från min Android-telefon
        """)
    h = std_headers(
        addr("Sara Berg", "saraberg.alboke@example.se"),
        BOT,
        "Dansträffar Alböke",
        date(2026, 3, 19, 18, 12, 50),
        "<c0ffee42-4733-4d1e-a1b0-alboke00dans@example.se>",
    )
    register(
        "4733-alboke-danstraffar-mobil.eml",
        message(h, leaf("text/plain", text, charset="utf-8", cte="base64")),
        label(
            "application",
            "sv",
            "11111",
            """
        Four-line phone mail (base64) that is nevertheless complete: association (Alböke
        bygdegårdsförening, 48 members), activity (five Friday dance evenings in September-October
        so the generations meet), budget (DJ 5 x 1 500 and fika 5 x 200, own venue = 8 500),
        anchoring (annual meeting 1 March, 26 voted yes) and contact (Sara Berg with phone, own
        address). 'tjejer o killar, gubbar o gummor' gives women_and_men true. The DJ fee is a
        performer's fee, not salary.""",
            association_name="Alböke bygdegårdsförening",
            contact_name="Sara Berg",
            contact_email="saraberg.alboke@example.se",
            contact_phone="073-190 44 27",
            members=48,
            ort="Alböke",
            amount_sek=8500,
            women_and_men=True,
        ),
    )


@mail
def m4734():
    text = fill("""
        Bästa landsbygdsutvecklare,

        Min farfars farfar var skeppare här i Pataholm och seglade med skutan Maria till Stockholm
        med ved och kalk på 1870-talet, och det sägs att han en gång tog sig hem över isen till fots
        från Kalmar. Jag har hans sjökista i hallen. Det är därför jag bryr mig så mycket om den här
        lilla byn som en gång var en av de viktigaste handelsplatserna på kusten, med marknad redan på
        1700-talet.

        I fjol återupplivade vi marknaden en lördag i juli och det kom över 800 besökare, vilket ingen
        hade trott. Mönsterås kommun skickade inte ens en representant, men det är kanske inte så
        konstigt, de har väl fullt upp med annat.

        Vi är Pataholms byalag, 67 medlemmar, och vi sköter bland annat den gamla handelsgårdens
        trädgård. I år vill vi ha samma marknad den 25 juli men också en kväll före marknaden med ett
        föredrag om Pataholms handelshistoria av en forskare från Linnéuniversitetet, så att både
        bybor och sommargäster förstår varför platsen ser ut som den gör, och så att fler vill engagera
        sig i byalaget. Pataholms byalag, hembygdsföreningen och Timmernabbens IF hjälps åt som i fjol,
        och vi var 30 frivilliga då och har redan lika många anmälda i år. Marknaden är för alla,
        kvinnor och män, barn och gamla.

        Vi behöver också köpa ett eget partytält, för det vi lånade i fjol blåste sönder. Budgeten
        ligger i den bifogade filen.

        Med vänlig hälsning
        Lennart Holmqvist
        ordförande, Pataholms byalag
        tel 0499-230 85
        """)
    csv = "Post;Belopp (kr)\r\nFöredrag, arvode forskare;3000\r\nAnnonsering och affischer;1800\r\nPartytält (köp);6000\r\nHyra bajamajor;2200\r\nSumma;13000\r\n"
    ATTACH_TEXTS.append(csv)
    body = multi(
        "mixed",
        "------------Xq8m4734PataholmCsv",
        [
            leaf("text/plain", text, charset="utf-8", cte="quoted-printable"),
            leaf(
                "text/csv",
                data=csv.encode("cp1252"),
                charset="windows-1252",
                cte="base64",
                filename="budget_pataholm_2026.csv",
            ),
        ],
    )
    h = std_headers(
        addr("Lennart Holmqvist", "l.holmqvist@example.com"),
        OFFICER,
        "Marknad och föredrag i Pataholm",
        date(2026, 3, 20, 10, 44, 29),
        "<7b1e9d3a-4734-pataholm@example.com>",
    )
    register(
        "4734-pataholm-marknad-csv-talt.eml",
        message(h, body),
        label(
            "application",
            "sv",
            "11111",
            """
        Rambling letter (seafaring ancestor, last year's revived market, a dig at Mönsterås
        municipality) plus a semicolon CSV budget in windows-1252. Complete: association (Pataholms
        byalag, 67 members), contact (chairman with phone, own address), activity (the market on 25
        July plus a history lecture evening to engage residents and summer guests), anchoring (byalag,
        hembygdsförening and Timmernabbens IF cooperate, 30 volunteers), budget (CSV, 13 000).
        Buying a party tent is a physical investment (true); 800 visitors and 30 volunteers are not
        members.""",
            association_name="Pataholms byalag",
            contact_name="Lennart Holmqvist",
            contact_email="l.holmqvist@example.com",
            contact_phone="0499-230 85",
            members=67,
            ort="Pataholm",
            amount_sek=13000,
            women_and_men=True,
            physical_investment=True,
        ),
    )


@mail
def m4735():
    text = raw("""
        Hi,

        We are a group of about 20 residents in Löttorp, mostly families who moved here in the last few years. We are not registered as an association. Can we still apply for the idéslanten, or do we need to form an association first? And can the money be used to pay for a simple website for the village?

        Best regards,
        Tom Whitaker
        """)
    h = std_headers(
        addr("Tom Whitaker", "tom.whitaker@example.com"),
        BOT,
        "Question about idéslanten - unregistered group",
        date(2026, 3, 23, 20, 3, 15),
        "<CAE-4735-tw-lottorp@example.com>",
    )
    register(
        "4735-lottorp-question-english.eml",
        message(h, leaf("text/plain", text, charset="utf-8", cte="quoted-printable")),
        label(
            "question",
            "en",
            "00000",
            """
        English question from an unregistered group of about 20 residents in Löttorp: can they
        apply without forming an association, and may the money pay for a website. No application.
        The 20 residents are not members of an association (members null). A website is neither
        salary nor a physical investment, so those stay null.""",
            contact_name="Tom Whitaker",
            contact_email="tom.whitaker@example.com",
            ort="Löttorp",
        ),
    )


@mail
def m4736():
    text = raw("""
        Ljungby Byaråd, Kalmar Ljungby, 75 medl.
        Föreläsning om solceller och energisparande för byns husägare, ons 16 sept kl 19, Ljungby bygdegård. Öppen för alla.
        Ordf Nils Ahl 070-288 14 63
        """)
    h = std_headers(
        addr("Nils Ahl", "nils.ahl@example.net"),
        BOT,
        "idéslanten Ljungby",
        date(2026, 3, 24, 7, 58, 2),
        "<4736.nils.ahl@example.net>",
    )
    register(
        "4736-kalmar-ljungby-tre-rader.eml",
        message(h, leaf("text/plain", text, charset="iso-8859-1", cte="8bit")),
        label(
            "application",
            "sv",
            "11100",
            """
        Three verbless lines (iso-8859-1 8bit). Association (Ljungby Byaråd in Kalmar Ljungby, 75
        members), activity (lecture on solar panels and energy saving for the village's home owners,
        16 September, bygdegården) and contact (chairman Nils Ahl with phone, own address) are
        present. Anchoring and budget are missing entirely and no amount is given.""",
            association_name="Ljungby Byaråd",
            contact_name="Nils Ahl",
            contact_email="nils.ahl@example.net",
            contact_phone="070-288 14 63",
            members=75,
            ort="Kalmar Ljungby",
        ),
    )


@mail
def m4737():
    rec = receipt("2026-0061", ["anchoring", "budget"])
    inner_body = leaf("text/plain", rec, charset="utf-8", cte="quoted-printable")
    inner = message(
        [
            ("From", BOT),
            ("To", "nils.ahl@example.net"),
            ("Subject", hdr("Re: idéslanten Ljungby [Idéslanten 2026-0061]")),
            ("Date", date(2026, 3, 24, 7, 58, 40)),
            ("Message-ID", receipt_id("2026-0061")),
            ("In-Reply-To", app_id("4736")),
            ("References", app_id("4736")),
            ("Auto-Submitted", "auto-replied"),
        ],
        inner_body,
    )
    human = raw("""
        Leveransen till följande mottagare misslyckades permanent:

            nils.ahl@example.net

        Mottagarens postlåda är full och kan inte ta emot fler meddelanden just nu.
        Delivery to the following recipient failed permanently: mailbox full.

        Diagnostisk information för administratörer:
        Genererande server: mail.example.net
        Remote Server returned '552 5.2.2 Mailbox full; quota exceeded'
        """)
    status = raw("""
        Reporting-MTA: dns;mail.example.net
        Received-From-MTA: dns;out.example.se
        Arrival-Date: Tue, 24 Mar 2026 06:58:41 +0000

        Final-Recipient: rfc822;nils.ahl@example.net
        Action: failed
        Status: 5.2.2
        Diagnostic-Code: smtp;552 5.2.2 Mailbox full; quota exceeded
        """)
    body = multi(
        "report",
        "_000_4737DB6PR0701MB_",
        [
            leaf("text/plain", human, charset="utf-8", cte="quoted-printable"),
            leaf("message/delivery-status", status, charset=None, cte="7bit"),
            leaf("message/rfc822", data=inner, charset=None, cte="7bit"),
        ],
        params='; report-type="delivery-status"',
    )
    h = [
        ("From", addr("Microsoft Outlook", "postmaster@example.net")),
        ("To", BOT),
        ("Subject", hdr("Olevererbart: Re: idéslanten Ljungby [Idéslanten 2026-0061]")),
        ("Date", date(2026, 3, 24, 7, 58, 43)),
        ("Message-ID", "<4737-ndr-b1c2d3e4@example.net>"),
        ("In-Reply-To", receipt_id("2026-0061")),
        ("References", f"{app_id('4736')} {receipt_id('2026-0061')}"),
        ("Auto-Submitted", "auto-replied"),
        ("X-MS-Exchange-Message-Is-Ndr", ""),
    ]
    register(
        "4737-bounce-ljungby-postlada-full.eml",
        message(h, body),
        machine(
            "bounce",
            """
        Exchange-style non-delivery report (Swedish 'Olevererbart' subject, multipart/report with
        message/rfc822) for the bot's receipt to the Kalmar Ljungby applicant (4736): mailbox full.
        The returned receipt contains 'Vi saknar följande i er ansökan' and the thread headers point
        at the application, but it is a bounce; never answered, all facts null.""",
        ),
    )


@mail
def m4738():
    text = longlines("""
        Goddag landsbygdsutvecklaren!

        Jag har undervisat i Storebro skola från 1971 tills jag gick i pension, och det finns knappt en vuxen i byn under sextio som inte har suttit i min klassrum och fått höra om Stångåns laxöringar och om båtbyggarna vid bruket. Storebro var ju känt över hela världen för sina motorbåtar, det visste ni kanske inte, och när jag var ung luktade hela samhället lack och ek.

        Nu är det så att Vimmerby kommun bara tycks bry sig om Astrid Lindgrens Värld och turisterna, och vi här uppe längs ån får klara oss själva. Det gör vi för övrigt rätt bra. Busslinjen är kvar i alla fall, än så länge.

        Vi är några stycken i byn, gamla lärare och naturintresserade, som har pratat länge om att barnen inte längre vet vad som lever i ån. Så nu vill vi ordna Naturkvällar vid Stångån: fem onsdagskvällar i maj och juni där en biolog från Naturskyddsföreningen visar fåglar, fiskar och växter vid ån, för barnfamiljer och nyinflyttade, så att de lär känna bygden och vill ta hand om den. Storebro IF lånar ut klubbstugan vid ån som samlingsplats, skolan skickar hem lappar med alla elever, och hittills har 19 vuxna anmält att de vill vara med som följeslagare.

        Vad det kostar: biologens arvode 5 x 1 200 = 6 000 kr, fika 1 000 kr, annons i Vimmerby Tidning 500 kr. Håvar och lupper lånar vi av skolan. Summa 7 500 kr.

        Om ni någon gång har vägarna förbi så kan jag visa var isfågeln häckade 1987, den har inte kommit tillbaka sedan dess men man vet aldrig.

        §Hälsningar från en gammal magister i Storebro
        """)
    h = std_headers(
        addr("Åke Lindgren", "ake.lindgren@example.com"),
        OFFICER,
        "Naturkvällar vid Stångån – Storebro",
        date(2026, 3, 30, 9, 12, 4),
        "<4738-ake-storebro-1774854724@example.com>",
    )
    register(
        "4738-storebro-naturkvallar-anonym-magister.eml",
        message(h, leaf("text/plain", text, charset="utf-8", cte="quoted-printable")),
        label(
            "application",
            "sv",
            "00111",
            """
        Retired teacher's nostalgic letter (boat-building history, Astrid Lindgren tourism, the
        kingfisher of 1987), utf-8 QP with long lines and an encoded-word subject. Association false:
        'några stycken i byn, gamla lärare och naturintresserade' is an unnamed group; Storebro IF
        only lends the clubhouse. Contact false: signed 'en gammal magister', his name appears only in
        the From header and there is no phone. Activity (five nature evenings by the river with a
        biologist), anchoring (sports club, school sends notes home, 19 adult volunteers) and budget
        (three items = 7 500) are present.""",
            ort="Storebro",
            amount_sek=7500,
        ),
    )


@mail
def m4739():
    org = luhn_org("802519-664")
    text = raw(f"""
        Vad: något för byn, kanske föreläsning el. liknande, ej bestämt ännu
        När: hösten
        Var: Resmo bygdegård
        Vilka: Resmo byalag, 58 medl, org.nr {org}
        Förankring: tog upp det på byalagets vårmöte 22 mars, 19 närvarande, alla för att vi söker
        Kostnad: lokal 1 000, föreläsare 5 000, annons 800, fika 1 200 = 8 000
        """)
    h = std_headers(
        "k.lund@example.com",
        BOT,
        "Resmo byalag idéslanten",
        date(2026, 4, 2, 21, 17, 36),
        "<4739.klund.resmo@example.com>",
    )
    register(
        "4739-resmo-nyckelord-ingen-kontakt.eml",
        message(h, leaf("text/plain", text, charset="utf-8", cte="quoted-printable")),
        label(
            "application",
            "sv",
            "10011",
            """
        Keyword list without greeting or signature, From header without display name. Association
        true (Resmo byalag, 58 members, org.nr), anchoring true (spring meeting 22 March, 19 present,
        all in favour), budget true (four items = 8 000). Activity false: 'något för byn, kanske
        föreläsning el. liknande, ej bestämt ännu' is not concrete even though the budget names a
        lecturer. Contact false: no named person at all (only an e-mail address in From).""",
            association_name="Resmo byalag",
            org_number=org,
            members=58,
            ort="Resmo",
            amount_sek=8000,
        ),
    )


@mail
def m4740():
    prose = longlines("""
        Hej!

        Jag heter Birgitta Nyström och är ordförande i Söderåkra hembygdsförening sedan i fjol, då den gamla ordföranden Sven äntligen fick gå i pension från uppdraget efter 24 år. Vi har 120 medlemmar och har skött prästängen norr om kyrkan sedan slutet av åttiotalet, med slåtter varje sommar.

        Ni kanske vet att Söderåkra en gång var ett riktigt ålfiskeläge, min morfar hade ålbodar nere vid stranden och sålde ål ända till Tyskland. Nu är ålen fridlyst och bodarna borta, och sedan nya E22 drogs förbi byn stannar knappt någon här längre. Torsås kommun kallar sig gurkkommunen, men det är inte mycket gurka i Söderåkra heller, om jag ska vara ärlig.

        I sommar vill vi ordna en slåtterkurs på prästängen, två dagar i juli med en kursledare från Hushållningssällskapet som lär ut lieslåtter och hur man sköter en äng, och sedan ett slåttergille med dans på logen för hela bygden. Liar lånar vi av hembygdsföreningen i Torsås. Tanken är att fler, inte minst de nyinflyttade och ungdomarna, ska lära sig och ta över ängen när vi gamla inte orkar. Vi pratade om det på byamötet i mars, vi var 40 personer, och Torsås naturskyddsförening och 4H-gården är med och hjälper till.

        Vi söker nog hela beloppet, alltså 15 000, men budgeten skickar vi senare, kassören är på Teneriffa till mitten av april och det är hon som har siffrorna.

        §Med vänliga hälsningar
        Birgitta Nyström
        Söderåkra hembygdsförening
        0486-202 31
        """)
    html = html_from(prose, style="font-family:'Segoe UI',sans-serif;font-size:14px")
    body = multi(
        "alternative",
        "b1_4740_soderakra_9f8e7d6c5b4a",
        [
            leaf("text/plain", prose, charset="utf-8", cte="8bit"),
            leaf("text/html", html, charset="utf-8", cte="base64"),
        ],
    )
    h = std_headers(
        addr("Birgitta Nyström", "birgitta.nystrom@example.org"),
        BOT,
        "Slåtterkurs och slåttergille i Söderåkra",
        date(2026, 4, 7, 11, 30, 0),
        "<b1_4740soderakra@example.org>",
    )
    register(
        "4740-soderakra-slatter-budget-senare.eml",
        message(h, body),
        label(
            "application",
            "sv",
            "11110",
            """
        Chatty letter (eel fishing, the E22 bypass, Torsås the 'cucumber municipality') as
        multipart/alternative with 8bit plain text and base64 HTML. Association (Söderåkra
        hembygdsförening, 120 members, manages the meadow), contact (chair with phone, own address),
        activity (two-day scything course in July with a course leader plus a harvest dance, so
        newcomers and young people can take over the meadow) and anchoring (village meeting in March
        with 40 people, nature conservation society and 4H farm help) are present. Budget false:
        'budgeten skickar vi senare'; the single figure 15 000 is the amount. Borrowed scythes are
        no investment.""",
            association_name="Söderåkra hembygdsförening",
            contact_name="Birgitta Nyström",
            contact_email="birgitta.nystrom@example.org",
            contact_phone="0486-202 31",
            members=120,
            ort="Söderåkra",
            amount_sek=15000,
        ),
    )


# === END OF MAILS ===


# ---------------------------------------------------------------- check and main

ADDR_RE = re.compile(r"[A-Za-z0-9._%+\-]+@([A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)+)")


def _texts(msg) -> list[str]:
    out = []
    for part in msg.walk():
        if part.is_multipart():
            continue
        ctype = part.get_content_type()
        if ctype.startswith("text/") or ctype.startswith("message/"):
            try:
                out.append(str(part.get_content()))
            except Exception as exc:  # noqa: BLE001
                raise AssertionError(f"undecodable part {ctype}: {exc}") from exc
    return out


def check() -> None:
    errors: list[str] = []
    files = sorted(p.name for p in OUT.glob("*.eml"))
    labels = json.loads((OUT / "labels.json").read_text(encoding="utf-8"))
    if sorted(labels) != files:
        errors.append("labels.json keys do not match files")
    dates = []
    ids = {}
    for name in files:
        rawb = (OUT / name).read_bytes()
        if b"\r" in rawb:
            errors.append(f"{name}: CR in file")
        if any(len(ln) > 998 for ln in rawb.split(b"\n")):
            errors.append(f"{name}: line over 998 bytes")
        if not re.fullmatch(r"\d{4}-[a-z0-9-]+\.eml", name):
            errors.append(f"{name}: bad file name")
        msg = email.message_from_bytes(rawb, policy=email.policy.default)
        for part in msg.walk():
            if part.defects:
                errors.append(f"{name}: defects {part.defects}")
        try:
            texts = _texts(msg)
        except AssertionError as exc:
            errors.append(f"{name}: {exc}")
            texts = []
        hay = rawb.decode("latin-1") + "\n".join(texts) + "\n".join(str(v) for v in msg.values())
        for m in ADDR_RE.finditer(hay):
            if m.group(1).lower() not in ALLOWED_DOMAINS:
                errors.append(f"{name}: non-example address {m.group(0)}")
        dates.append((email.utils.parsedate_to_datetime(msg["Date"]), name))
        ids[name] = msg["Message-ID"]
        lab = labels.get(name, {})
        if list(lab) != ["kind", "language", "elements", "facts", "notes"]:
            errors.append(f"{name}: label fields {list(lab)}")
            continue
        if list(lab["elements"]) != list(ELEMENT_KEYS) or list(lab["facts"]) != list(FACT_KEYS):
            errors.append(f"{name}: element/fact keys")
        if lab["language"] not in ("sv", "en") or not lab["notes"]:
            errors.append(f"{name}: language/notes")
        org = lab["facts"]["org_number"]
        if org is not None and (not luhn_ok(org) or not re.fullmatch(r"\d{6}-\d{4}", org)):
            errors.append(f"{name}: bad org number {org}")
        kind = lab["kind"]
        if kind not in (
            "application",
            "followup",
            "question",
            "autoreply",
            "bounce",
            "newsletter",
            "spam",
        ):
            errors.append(f"{name}: kind {kind}")
        if kind not in ("application", "followup") and any(lab["elements"].values()):
            errors.append(f"{name}: non-application with elements")
        if kind in ("autoreply", "bounce", "newsletter", "spam") and any(
            v is not None for v in lab["facts"].values()
        ):
            errors.append(f"{name}: machine mail with facts")
        if kind in ("application", "followup"):
            for k in ("salary_costs", "physical_investment"):
                if not isinstance(lab["facts"][k], bool):
                    errors.append(f"{name}: {k} not bool")
        for m in re.finditer(
            r"(?i)org(?:\.|anisations)?\s*-?\s*nr\.?:?\s*(\d{6}-\d{4})",
            "\n".join(texts + ATTACH_TEXTS),
        ):
            if not luhn_ok(m.group(1)):
                errors.append(f"{name}: Luhn-invalid org number in text {m.group(1)}")
    for t in ATTACH_TEXTS:
        for m in ADDR_RE.finditer(t):
            if m.group(1).lower() not in ALLOWED_DOMAINS:
                errors.append(f"attachment: non-example address {m.group(0)}")
    if [n for _, n in sorted(dates)] != files:
        errors.append("file numbering does not follow Date order")
    if len({d for d, _ in dates}) != len(dates):
        errors.append("duplicate Date values")
    app_ids = {ids[n] for n in files if labels[n]["kind"] == "application"}
    for name in files:
        if labels[name]["kind"] != "followup":
            continue
        msg = email.message_from_bytes((OUT / name).read_bytes(), policy=email.policy.default)
        irt = str(msg.get("In-Reply-To", ""))
        refs = str(msg.get("References", "")).split()
        subj = str(msg["Subject"])
        if not re.match(r"(?i)(re|sv|vs):", subj):
            errors.append(f"{name}: followup subject {subj!r}")
        if irt in app_ids:
            continue
        if irt.startswith("<kvitto-") and any(r in app_ids for r in refs):
            continue
        errors.append(f"{name}: followup threading {irt} {refs}")
    if errors:
        print("\n".join(errors))
        sys.exit(1)


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for fn in MAIL_FUNCS:
        fn()
    for old in OUT.glob("*.eml"):
        if old.name not in MAILS:
            old.unlink()
    labels = {}
    for name in sorted(MAILS):
        rawb, lab = MAILS[name]
        (OUT / name).write_bytes(rawb)
        labels[name] = lab
    (OUT / "labels.json").write_text(
        json.dumps(labels, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
    )
    check()
    kinds: dict[str, int] = {}
    for lab in labels.values():
        kinds[lab["kind"]] = kinds.get(lab["kind"], 0) + 1
    apps = [lab for lab in labels.values() if lab["kind"] == "application"]
    complete = sum(all(lab["elements"].values()) for lab in apps)
    missing = {k: sum(not lab["elements"][k] for lab in apps) for k in ELEMENT_KEYS}
    print(
        f"wrote {len(labels)} mails to {OUT}: {kinds}; complete applications {complete}/{len(apps)}; missing {missing}"
    )


if __name__ == "__main__":
    main()
