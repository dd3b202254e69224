"""Generator for the development corpus own11 (files 1401-1440): "threads".

Forty entirely fictional e-mails to the intake bot of Region Kalmar län for the micro-grant
"regional bygdepeng – idéslanten", written around threads: applications, followups in every
mail client's quoting style (Outlook desktop sv/en top-posting, "-----Ursprungligt
meddelande-----", Gmail "Den tors 12 mars 2026 kl 09:14 skrev …:", Apple Mail, Thunderbird,
iPhone, inline answers, bottom-posting, VB:/SV: VB: via the chairperson, multi-round threads,
attachment-only replies, "tack"/"vi återkommer" replies, a reply to an officer's question)
and a few questions, autoreplies and bounces that arrive inside threads. Some applications
carry quoted material from other mails that must not count. Labels follow
/work/shared/corpus/README.md: a followup is labelled with what its NEW text supplies.

Regenerate (byte-identical on every run, stdlib only):

    /work/main/.venv/bin/python tests/data/tools/make_own11.py

The script writes tests/data/own11/*.eml and labels.json and then checks itself.
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
import zipfile
import zlib
from email.header import Header
from email.utils import format_datetime, formataddr, parsedate_to_datetime
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "own11"

BOT = formataddr(("Idéslanten – Region Kalmar län", "ideslanten@example.se"), charset="utf-8")
BOT_NAME = "Idéslanten – Region Kalmar län"
BOT_ADDR = "ideslanten@example.se"
OFFICER_ADDR = "landsbygdsutvecklare@example.se"
OFFICER_NAME = "Sofia Granath"

CET = dt.timezone(dt.timedelta(hours=1))
CEST = dt.timezone(dt.timedelta(hours=2))

# ---------------------------------------------------------------------------
# small helpers
# ---------------------------------------------------------------------------


def t(s: str) -> str:
    """Dedent a triple-quoted block and strip the leading newline."""
    return textwrap.dedent(s).lstrip("\n")


def when(month: int, day: int, hour: int, minute: int) -> dt.datetime:
    """A local Swedish time in 2026 (summer time from 29 March 02:00)."""
    naive = dt.datetime(2026, month, day, hour, minute, 0)
    tz = CEST if naive >= dt.datetime(2026, 3, 29, 2, 0) else CET
    return naive.replace(tzinfo=tz)


def rfcdate(d: dt.datetime) -> str:
    return format_datetime(d)


def luhn_org(nine: str) -> str:
    """Swedish organisation number NNNNNN-NNNN with a valid Luhn check digit."""
    total = 0
    for i, ch in enumerate(nine):
        v = int(ch) * (2 if i % 2 == 0 else 1)
        total += v - 9 if v > 9 else v
    check = (10 - total % 10) % 10
    s = nine + str(check)
    return s[:6] + "-" + s[6:]


def luhn_ok(org: str) -> bool:
    if not re.fullmatch(r"\d{6}-\d{4}", org):
        return False
    return luhn_org(org[:6] + org[7:10]) == org


def addr(name: str | None, email_addr: str, charset: str = "utf-8") -> str:
    if not name:
        return email_addr
    return formataddr((name, email_addr), charset=charset)


def hdr(s: str, charset: str = "utf-8") -> str:
    """Encode a header value with RFC 2047 words when it is not ASCII."""
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, charset).encode(linesep="\n")


SV_DAYS_SHORT = ["mån", "tis", "ons", "tors", "fre", "lör", "sön"]
SV_DAYS = ["måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag"]
SV_MONTHS = [
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
EN_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
EN_MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]


def sv_date(d: dt.datetime) -> str:
    return f"{d.day} {SV_MONTHS[d.month - 1]} {d.year}"


def hm(d: dt.datetime) -> str:
    return f"{d.hour:02d}:{d.minute:02d}"


# ---------------------------------------------------------------------------
# MIME building (raw bytes, LF line endings, fixed boundaries)
# ---------------------------------------------------------------------------


class Part:
    def __init__(self, headers: list[tuple[str, str]], body: bytes):
        self.headers = headers
        self.body = body

    def to_bytes(self) -> bytes:
        head = "".join(f"{k}: {v}\n" for k, v in self.headers).encode("ascii")
        return head + b"\n" + self.body


def _encode_body(data: bytes, cte: str) -> bytes:
    if cte in ("8bit", "7bit"):
        if cte == "7bit":
            data.decode("ascii")
        return data if data.endswith(b"\n") else data + b"\n"
    if cte == "quoted-printable":
        return quopri.encodestring(data)
    if cte == "base64":
        return base64.encodebytes(data)
    raise ValueError(cte)


def text(
    body: str,
    subtype: str = "plain",
    charset: str | None = "utf-8",
    cte: str = "8bit",
    flowed: bool = False,
    disposition: str | None = None,
) -> Part:
    enc = charset or "ascii"
    data = body.encode(enc)
    ctype = f"text/{subtype}"
    if charset:
        ctype += (
            f'; charset="{charset}"'
            if subtype == "html" or charset != "utf-8"
            else f"; charset={charset}"
        )
    if flowed:
        ctype += "; format=flowed"
    headers = [("Content-Type", ctype), ("Content-Transfer-Encoding", cte)]
    if disposition:
        headers.append(("Content-Disposition", disposition))
    return Part(headers, _encode_body(data, cte))


def filename_param(name: str) -> str:
    try:
        name.encode("ascii")
        return f'filename="{name}"'
    except UnicodeEncodeError:
        from urllib.parse import quote

        return "filename*=utf-8''" + quote(name)


def attach(data: bytes, ctype: str, name: str, inline: bool = False) -> Part:
    try:
        name.encode("ascii")
        nparam = f'; name="{name}"'
    except UnicodeEncodeError:
        nparam = ""
    disp = ("inline; " if inline else "attachment; ") + filename_param(name)
    return Part(
        [
            ("Content-Type", ctype + nparam),
            ("Content-Disposition", disp),
            ("Content-Transfer-Encoding", "base64"),
        ],
        base64.encodebytes(data),
    )


def multi(
    subtype: str, parts: list[Part], boundary: str, extra: str = "", preamble: str | None = None
) -> Part:
    out = io.BytesIO()
    if preamble:
        out.write(preamble.encode("ascii") + b"\n")
    for p in parts:
        out.write(b"--" + boundary.encode("ascii") + b"\n")
        pb = p.to_bytes()
        out.write(pb if pb.endswith(b"\n") else pb + b"\n")
    out.write(b"--" + boundary.encode("ascii") + b"--\n")
    return Part(
        [("Content-Type", f'multipart/{subtype}; boundary="{boundary}"{extra}')], out.getvalue()
    )


def message(headers: list[tuple[str, str]], part: Part) -> bytes:
    head = "".join(f"{k}: {v}\n" for k, v in headers) + "MIME-Version: 1.0\n"
    return head.encode("ascii") + part.to_bytes()


# ---------------------------------------------------------------------------
# documents: docx, xlsx, pdf, png
# ---------------------------------------------------------------------------

ZIP_DATE = (2026, 1, 1, 0, 0, 0)


def _zip(files: list[tuple[str, str]]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, content in files:
            info = zipfile.ZipInfo(name, date_time=ZIP_DATE)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            z.writestr(info, content.encode("utf-8"))
    return buf.getvalue()


def _x(s: str) -> str:
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def docx(
    paragraphs: list[str], table: list[list[str]] | None = None, after: list[str] | None = None
) -> bytes:
    W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'

    def para(s: str) -> str:
        return f'<w:p><w:r><w:t xml:space="preserve">{_x(s)}</w:t></w:r></w:p>'

    body = "".join(para(p) for p in paragraphs)
    if table:
        rows = "".join(
            "<w:tr>" + "".join(f"<w:tc>{para(c)}</w:tc>" for c in row) + "</w:tr>" for row in table
        )
        body += f"<w:tbl>{rows}</w:tbl>"
    body += "".join(para(p) for p in after or [])
    doc = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document {W}><w:body>{body}</w:body></w:document>'
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
    return _zip([("[Content_Types].xml", ct), ("_rels/.rels", rels), ("word/document.xml", doc)])


def xlsx(rows: list[list[str | int]], sheet: str = "Budget") -> bytes:
    def col(i: int) -> str:
        return "ABCDEFGHIJ"[i]

    xr = []
    for r, row in enumerate(rows, start=1):
        cells = []
        for c, v in enumerate(row):
            ref = f"{col(c)}{r}"
            if isinstance(v, int):
                cells.append(f'<c r="{ref}"><v>{v}</v></c>')
            elif v != "":
                cells.append(f'<c r="{ref}" t="inlineStr"><is><t>{_x(v)}</t></is></c>')
        xr.append(f'<row r="{r}">{"".join(cells)}</row>')
    sheet_xml = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
        f"<sheetData>{''.join(xr)}</sheetData></worksheet>"
    )
    wb = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
        'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
        f'<sheets><sheet name="{_x(sheet)}" sheetId="1" r:id="rId1"/></sheets></workbook>'
    )
    wbrels = (
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
            ("xl/_rels/workbook.xml.rels", wbrels),
            ("xl/worksheets/sheet1.xml", sheet_xml),
        ]
    )


def pdf(lines: list[str], compress: bool = True) -> bytes:
    def esc(s: str) -> bytes:
        raw = s.encode("cp1252")
        return raw.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")

    stream = b"BT /F1 11 Tf 56 790 Td 15 TL\n"
    for ln in lines:
        stream += b"(" + esc(ln) + b") Tj T*\n"
    stream += b"ET\n"
    if compress:
        data = zlib.compress(stream, 9)
        sdict = f"<< /Length {len(data)} /Filter /FlateDecode >>".encode()
    else:
        data = stream
        sdict = f"<< /Length {len(data)} >>".encode()
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
        sdict + b"\nstream\n" + data + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
    ]
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, o in enumerate(objs, start=1):
        offsets.append(out.tell())
        out.write(f"{i} 0 obj\n".encode() + o + b"\nendobj\n")
    xref = out.tell()
    out.write(f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode())
    for off in offsets:
        out.write(f"{off:010d} 00000 n \n".encode())
    out.write(
        f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    )
    return out.getvalue()


def png(width: int, height: int, seed: int) -> bytes:
    """A small deterministic greyish 'photo' (no readable text)."""
    rows = b""
    for y in range(height):
        row = bytearray([0])
        for x in range(width):
            v = (x * 7 + y * 13 + seed * 31 + (x * y) % 17) % 60 + 170
            row += bytes([v, v, max(v - 12, 0)])
        rows += bytes(row)

    def chunk(kind: bytes, data: bytes) -> bytes:
        return (
            struct.pack(">I", len(data))
            + kind
            + data
            + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
        )

    ihdr = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", ihdr)
        + chunk(b"IDAT", zlib.compress(rows, 9))
        + chunk(b"IEND", b"")
    )


# ---------------------------------------------------------------------------
# labels
# ---------------------------------------------------------------------------

ELEMENT_KEYS = ["association", "contact", "activity", "anchoring", "budget"]
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
EL_LETTER = {"a": "association", "c": "contact", "v": "activity", "f": "anchoring", "b": "budget"}


def lab(kind: str, lang: str, el: str, notes: str, **facts) -> dict:
    """el: letters a=association c=contact v=activity (verksamhet) f=anchoring (förankring) b=budget."""
    assert set(el) <= set(EL_LETTER), el
    elements = {k: False for k in ELEMENT_KEYS}
    for ch in el:
        elements[EL_LETTER[ch]] = True
    f = dict.fromkeys(FACT_KEYS)
    if kind in ("application", "followup"):
        f["salary_costs"] = False
        f["physical_investment"] = False
    for k, v in facts.items():
        assert k in FACT_KEYS, k
        f[k] = v
    return {
        "kind": kind,
        "language": lang,
        "elements": elements,
        "facts": f,
        "notes": " ".join(notes.split()),
    }


# ---------------------------------------------------------------------------
# threads: the applications every followup refers to
# ---------------------------------------------------------------------------


class App:
    def __init__(
        self,
        num: int,
        case: int,
        subject: str,
        date: dt.datetime,
        name: str | None,
        email_addr: str,
        to: str = BOT_ADDR,
    ):
        self.num = num
        self.case = f"2026-{case:04d}"
        self.subject = subject
        self.date = date
        self.name = name
        self.email = email_addr
        self.to = to
        self.mid = f"<{date:%Y%m%d%H%M}.{num}.own11@{email_addr.split('@')[1]}>"
        self.receipt_date = date + dt.timedelta(minutes=3, seconds=0)
        self.receipt_mid = f"<kvitto.{self.case}.1@ideslanten.example.se>"
        self.receipt_subject = f"Re: {subject} [Idéslanten {self.case}]"

    @property
    def sender(self) -> str:
        return addr(self.name, self.email)


APPS = {
    "kristdala": App(
        1401,
        141,
        "Ansökan idéslanten – Kristdala hembygdsförening",
        when(3, 2, 19, 42),
        "Karin Ek",
        "karin.ek@example.se",
    ),
    "figeholm": App(
        1402,
        142,
        "Ansökan om bygdepeng Figeholm",
        when(3, 3, 8, 15),
        "Figeholms Byalag",
        "styrelsen@figeholmsbyalag.example.org",
    ),
    "fliseryd": App(
        1403,
        143,
        "Idéslanten - ansökan från Fliseryds bygdegårdsförening",
        when(3, 3, 21, 5),
        "Lena Holm",
        "lena.holm@example.com",
    ),
    "loftahammar": App(
        1405, 144, "ansökan", when(3, 5, 7, 58), "Göran Sjöberg", "goran.sjoberg@example.net"
    ),
    "orrefors": App(
        1407,
        145,
        "Ansökan idéslanten Orrefors – bykväll om glasbruksbyn",
        when(3, 6, 13, 30),
        "Ida Wester",
        "ida.wester@example.se",
    ),
    "grasgard": App(
        1409,
        146,
        "Application – idéslanten, Gräsgård",
        when(3, 9, 16, 20),
        "Helen Whitmore",
        "helen.whitmore@example.com",
    ),
    "ruda": App(
        1411,
        147,
        "Ansökan idéslanten Ruda",
        when(3, 11, 10, 3),
        "Ruda Byförening",
        "info@rudabyforening.example.org",
    ),
    "sodravi": App(
        1414,
        148,
        "Ansökan: föreläsningsserie i Södra Vi",
        when(3, 13, 9, 44),
        "Per-Olof Nyman",
        "perolof.nyman@example.se",
    ),
    "jarnforsen": App(
        1418,
        149,
        "söker pengar till bykväll i Järnforsen",
        when(3, 17, 20, 11),
        "Jonna Pettersson",
        "jonna.p@example.com",
    ),
    "kopingsvik": App(
        1423,
        150,
        "Bygdepeng Köpingsvik",
        when(3, 23, 11, 20),
        "Köpingsviks Byalag",
        "byalaget@kopingsvik.example.org",
    ),
    "bergkvara": App(
        1424, 151, "Idéslanten", when(3, 24, 18, 30), "Mikael Ström", "micke.strom@example.net"
    ),
    "vissefjarda": App(
        1428,
        152,
        "Ansökan om idéslanten – Vissefjärda",
        when(3, 30, 9, 10),
        "Agneta Blom",
        "agneta.blom@example.se",
    ),
    "paryd": App(
        1429,
        153,
        "Ansökan bygdepeng Påryd",
        when(3, 31, 14, 45),
        "Rolf Karlsson",
        "rolf.karlsson@example.com",
    ),
    "timmernabben": App(
        1430,
        154,
        "Ansökan idéslanten: Timmernabbens sommarkvällar",
        when(4, 1, 8, 5),
        "Sara Lindqvist",
        "sara.lindqvist@example.org",
    ),
    "edsbruk": App(
        1433,
        155,
        "Ansökan idéslanten - Edsbruks bruksmuseum",
        when(4, 7, 12, 12),
        "Thomas Berg",
        "thomas.berg@example.net",
    ),
    "kastlosa": App(
        1436,
        156,
        "SV: Frågor om idéslanten",
        when(4, 9, 15, 0),
        "Birgitta Ölander",
        "birgitta.olander@example.se",
        to=OFFICER_ADDR,
    ),
    "ankarsrum": App(
        1437,
        157,
        "Ansökan till idéslanten",
        when(4, 13, 19, 55),
        "Bengt Håkansson",
        "bengt.hakansson@example.com",
    ),
    "holmsjo": App(
        1439,
        158,
        "Ansökan idéslanten Holmsjö",
        when(4, 15, 10, 30),
        "Anneli Rask",
        "anneli.rask@example.se",
    ),
}

GUIDE = {
    "association": "– Uppgifter om föreningen eller gruppen: namn, vad ni är för förening, gärna organisationsnummer och antal medlemmar",
    "contact": "– Kontaktperson: namn och e-post eller telefon till den som vi kan kontakta",
    "activity": "– Aktiviteten: vad ni ska göra, när och hur, och hur det bidrar till utvecklingen i bygden",
    "anchoring": "– Lokal förankring: hur aktiviteten är förankrad i orten, t.ex. byamöte, enkät eller samarbete med andra föreningar",
    "budget": "– Budget: en översiktlig budget med kostnadsposter och belopp",
}


def receipt(app: App, missing: list[str], round2: bool = False) -> str:
    """The bot's automatic receipt as the applicant's mail client would quote it."""
    if round2:
        head = f"Hej igen!\n\nTack för kompletteringen till ärende {app.case}. Vi har lagt till den i ärendet."
    else:
        head = f"Hej!\n\nTack för er ansökan om idéslanten! Vi har tagit emot den och gett den ärendenummer {app.case}."
    if missing:
        lead = "Det här saknas fortfarande:" if round2 else "Vi saknar följande i er ansökan:"
        mid = (
            lead
            + "\n"
            + "\n".join(GUIDE[m] for m in missing)
            + "\n\nSvara gärna på det här mejlet med det som saknas, så kompletterar vi ärendet. Låt ärendenumret stå kvar i ämnesraden."
        )
    else:
        mid = "Er ansökan verkar innehålla alla fem delar. Landsbygdsutvecklaren går igenom den och hör av sig om något behöver förtydligas."
    tail = "Med vänliga hälsningar\nIdéslanten – Region Kalmar län\n(Detta är ett automatiskt svar. Frågor? Mejla landsbygdsutvecklare@example.se)"
    return f"{head}\n\n{mid}\n\n{tail}\n"


def gt(s: str, prefix: str = "> ") -> str:
    """Quote every line with '> ' (empty lines become '>')."""
    out = []
    for ln in s.rstrip("\n").split("\n"):
        out.append(prefix.rstrip() if not ln else prefix + ln)
    return "\n".join(out) + "\n"


def outlook_sv(
    frm: str, d: dt.datetime, to: str, subject: str, cc: str | None = None, weekday: bool = False
) -> str:
    sent = (
        f"den {sv_date(d)} {hm(d)}"
        if not weekday
        else f"{SV_DAYS[d.weekday()]} {sv_date(d)} {hm(d)}"
    )
    lines = [f"Från: {frm}", f"Skickat: {sent}", f"Till: {to}"]
    if cc:
        lines.append(f"Kopia: {cc}")
    lines.append(f"Ämne: {subject}")
    return "\n".join(lines) + "\n"


def outlook_en(frm: str, d: dt.datetime, to: str, subject: str) -> str:
    h12 = d.hour % 12 or 12
    ampm = "AM" if d.hour < 12 else "PM"
    sent = f"{EN_DAYS[d.weekday()]}, {EN_MONTHS[d.month - 1]} {d.day}, {d.year} {h12}:{d.minute:02d} {ampm}"
    return f"From: {frm}\nSent: {sent}\nTo: {to}\nSubject: {subject}\n"


def gmail_attr(d: dt.datetime, name: str, email_addr: str) -> str:
    return (
        f"Den {SV_DAYS_SHORT[d.weekday()]} {sv_date(d)} kl {hm(d)} skrev {name} <{email_addr}>:\n"
    )


def apple_attr(d: dt.datetime, name: str, email_addr: str) -> str:
    return f"{sv_date(d)} kl. {hm(d)} skrev {name} <{email_addr}>:\n"


def tbird_attr(d: dt.datetime, name: str) -> str:
    return f"Den {d:%Y-%m-%d} kl. {hm(d)}, {name} skrev:\n"


# ---------------------------------------------------------------------------
# registry
# ---------------------------------------------------------------------------

MAILS: list[tuple[int, str, bytes, dict]] = []


def H(
    frm: str,
    to: str,
    subject: str,
    date: dt.datetime,
    mid: str,
    cc: str | None = None,
    irt: str | None = None,
    refs: list[str] | None = None,
    extra: list[tuple[str, str]] | None = None,
    subject_charset: str = "utf-8",
) -> list[tuple[str, str]]:
    h = [("From", frm), ("To", to)]
    if cc:
        h.append(("Cc", cc))
    h += [("Subject", hdr(subject, subject_charset)), ("Date", rfcdate(date)), ("Message-ID", mid)]
    if irt:
        h.append(("In-Reply-To", irt))
    if refs:
        h.append(("References", "\n ".join(refs)))
    h += extra or []
    return h


def add(num: int, slug: str, raw: bytes, label: dict) -> None:
    MAILS.append((num, slug, raw, label))


def mid_for(num: int, d: dt.datetime, domain: str) -> str:
    return f"<{d:%Y%m%d%H%M}.{num}.own11@{domain}>"


# ---------------------------------------------------------------------------
# mails
# ---------------------------------------------------------------------------

ORG = {
    "kristdala": luhn_org("802410553"),
    "figeholm": luhn_org("802477120"),
    "fliseryd": luhn_org("889201447"),
    "orrefors": luhn_org("802519036"),
    "grasgard": luhn_org("802533671"),
    "sodravi": luhn_org("802436298"),
    "timmernabben": luhn_org("802488415"),
    "edsbruk": luhn_org("802407729"),
    "kastlosa": luhn_org("717905312"),
    "holmsjo": luhn_org("802461180"),
    "vissefjarda": luhn_org("802502964"),
}


def batch_01() -> None:
    a = APPS["kristdala"]
    body = t(f"""
        Hej!

        Kristdala hembygdsförening vill söka idéslanten för 2026.

        Vi är en ideell förening som bildades 1946 och förvaltar hembygdsgården Gamla
        prästgården mitt i Kristdala. Föreningen har 87 medlemmar, org.nr {ORG["kristdala"]}.

        Det vi vill göra: tre kvällar under hösten (september–november) på temat "Kristdala
        förr och nu". Första kvällen kommer en föreläsare från länsmuseet och berättar om
        gamla gårdsnamn och torp i socknen, de två andra är berättarcaféer där äldre i
        socknen berättar och ungdomar från skolan spelar in. Inspelningarna blir en
        ljudvandring runt kyrkbyn som alla kan lyssna på i mobilen, och vi hoppas att
        nyinflyttade familjer på det sättet lär känna bygden och folket här. Kvällarna är
        öppna för alla, kvinnor och män, unga som gamla.

        Budget och övrigt återkommer vi med.

        Med vänliga hälsningar
        Karin Ek
        sekreterare, Kristdala hembygdsförening
        072-514 33 08
        """)
    html = (
        "<html><body>"
        + "".join(f"<p>{p.replace(chr(10), '<br>')}</p>" for p in body.strip().split("\n\n"))
        + "</body></html>\n"
    )
    part = multi(
        "alternative",
        [text(body, cte="quoted-printable"), text(html, "html", cte="quoted-printable")],
        "_000_KE0302194200own11_",
    )
    h = H(
        a.sender,
        BOT,
        a.subject,
        a.date,
        a.mid,
        extra=[("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "sv-SE")],
    )
    add(
        a.num,
        "kristdala-hembygd-utan-budget",
        message(h, part),
        lab(
            "application",
            "sv",
            "acv",
            """Outlook desktop, multipart/alternative QP. Kristdala hembygdsförening (87 members, org.nr)
        with a concrete activity (three autumn evenings, lecturer + storytelling cafés, audio walk,
        benefit for newcomers) signed by Karin Ek from her own address with phone. No anchoring at all
        (nothing about who backed it) and the budget is only "återkommer vi med" -> anchoring and budget
        false. Start of a multi-round thread (1404, 1410). Women and men stated.""",
            association_name="Kristdala hembygdsförening",
            org_number=ORG["kristdala"],
            contact_name="Karin Ek",
            contact_email=a.email,
            contact_phone="072-514 33 08",
            members=87,
            ort="Kristdala",
            women_and_men=True,
        ),
    )

    a = APPS["figeholm"]
    body = t(f"""
        Hej Region Kalmar!

        Figeholms Byalag ({ORG["figeholm"]}) söker härmed idéslanten.

        Byalaget har funnits sedan 1978 och har idag ca 140 medlemmar, de flesta hushåll i
        Figeholm med omnejd. Vi sköter badplatsen, midsommarfirandet och julmarknaden.

        Aktivitet: Under våren vill vi hålla två dialogmöten (25 april och 23 maj) i Folkets
        hus om hur hamnområdet kan användas året runt och inte bara på sommaren. Vi tar in en
        processledare som leder mötena, och resultatet skrivs ihop till en handlingsplan som
        lämnas till kommunen och till hamnföreningen. Målet är fler aktiviteter i byn
        vintertid och att bofasta och sommarboende, både kvinnor och män, gör saker tillsammans.

        Förankring: Årsmötet den 15 februari (38 närvarande) beslöt enhälligt att vi ska söka.
        Figeholms båtklubb och Figeholms IF är med och bjuder in sina medlemmar.

        Budget:
          Processledare, 2 tillfällen      8 000 kr
          Hyra Folkets hus, 2 x 1 200      2 400 kr
          Affischer och annonser           1 100 kr
          Fika                             3 000 kr
          Summa                           14 500 kr

        Vi söker alltså 14 500 kr.

        Med vänlig hälsning
        Styrelsen, Figeholms Byalag
        """)
    part = text(body, charset="iso-8859-1", cte="8bit")
    h = H(
        a.sender,
        BOT,
        a.subject,
        a.date,
        a.mid,
        extra=[("X-Mailer", "Webmail 3.2")],
        subject_charset="iso-8859-1",
    )
    add(
        a.num,
        "figeholm-byalag-styrelsen",
        message(h, part),
        lab(
            "application",
            "sv",
            "avfb",
            """iso-8859-1 8bit plain text from the byalag's shared mailbox, signed only "Styrelsen" ->
        contact false and all contact facts null (shared mailbox is not a contact e-mail). Otherwise
        complete: named association with org.nr and ~140 members, two dated dialogue meetings with a
        process leader and a plan for year-round harbour use, anchoring via the annual meeting decision
        and two partner clubs, budget table summing to 14 500. The processledare is a hired facilitator's
        fee, not salary. A different board member answers in 1408.""",
            association_name="Figeholms Byalag",
            org_number=ORG["figeholm"],
            members=140,
            ort="Figeholm",
            amount_sek=14500,
            women_and_men=True,
        ),
    )

    a = APPS["fliseryd"]
    body = t(f"""
        Hej!

        Här kommer vår ansökan till idéslanten.

        FÖRENINGEN
        Fliseryds bygdegårdsförening, org.nr {ORG["fliseryd"]}. Vi äger och driver bygdegården
        vid Emån och har 212 medlemmar.

        KONTAKT
        Lena Holm, ordförande, lena.holm@example.com, tel 0499-210 47

        VAD VI VILL GÖRA
        En framtidsverkstad lördagen den 18 april kl 10-15 i bygdegården. En inbjuden
        föreläsare från Hela Sverige ska leva berättar hur andra bygder fått liv i sina
        samlingslokaler, och sen jobbar vi i grupper fram vad bygdegården ska användas till
        de kommande tre åren (t ex ungdomskvällar, öppen verkstad, mötesplats för
        nyanlända). Resultatet blir en aktivitetsplan som styrelsen jobbar efter. Dagen är
        till för alla i Fliseryd, kvinnor och män, i alla åldrar.

        FÖRANKRING
        I januari skickade vi en enkät till alla hushåll i Fliseryd och fick 64 svar – de
        flesta ville att bygdegården används mer. Fliseryds SK och PRO Fliseryd är med och
        arrangerar, och 12 frivilliga har anmält sig för att laga soppan och sköta barnhörnan.

        BUDGET
        Föreläsare inkl. resa          6 500 kr
        Hyra av ljudanläggning         1 200 kr
        Tryck och utskick inbjudan     1 800 kr
        Soppa, bröd och fika           4 000 kr
        Totalt                        13 500 kr

        Vi söker 13 500 kr.

        Hälsningar
        Lena Holm
        """)
    part = text(body, cte="base64")
    h = H(a.sender, BOT, a.subject, a.date, a.mid, extra=[("User-Agent", "Mozilla Thunderbird")])
    add(
        a.num,
        "fliseryd-bygdegard-komplett",
        message(h, part),
        lab(
            "application",
            "sv",
            "acvfb",
            """Complete application, utf-8 base64 plain text with headed sections. Association with org.nr
        and 212 members; Lena Holm with e-mail and phone; a dated framtidsverkstad with lecturer and an
        action plan; anchoring via a household survey (64 answers – respondents are not members),
        two partner clubs and 12 volunteers; itemised budget 13 500. The lecturer's fee is not salary.
        The thread continues with a bare "tack" (1406) and a question (1420).""",
            association_name="Fliseryds bygdegårdsförening",
            org_number=ORG["fliseryd"],
            contact_name="Lena Holm",
            contact_email="lena.holm@example.com",
            contact_phone="0499-210 47",
            members=212,
            ort="Fliseryd",
            amount_sek=13500,
            women_and_men=True,
        ),
    )


def html_of(s: str) -> str:
    """Very plain HTML rendering of a text block (paragraphs and <br>)."""
    paras = [p for p in s.strip("\n").split("\n\n")]
    return "".join(
        "<div>" + _x(p).replace("\n", "<br>\n") + "</div><div><br></div>\n" for p in paras
    )


def gmail_html(new: str, attr: str, quoted: str) -> str:
    return (
        '<div dir="ltr">' + html_of(new) + "</div><br>"
        '<div class="gmail_quote"><div dir="ltr" class="gmail_attr">'
        + _x(attr.strip())
        + "<br></div>"
        '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">'
        + html_of(quoted)
        + "</blockquote></div>\n"
    )


RECEIPT2 = {}  # app key -> (mid, date, subject) of the bot's second receipt


def batch_02() -> None:
    # 1404 Kristdala, round 1: Outlook desktop top-post, Swedish header block, adds the budget
    a = APPS["kristdala"]
    d = when(3, 4, 12, 17)
    new = t("""
        Hej,

        Här kommer budgeten för höstens kvällar:

        Föreläsare från länsmuseet, arvode + resa           3 500 kr
        Hyra av inspelningsutrustning (3 kvällar)           1 500 kr
        Fika 3 kvällar                                      2 400 kr
        Tryck av affischer och folder till ljudvandringen   1 800 kr
        Webbhotell för ljudfilerna, 1 år                      600 kr
        Summa                                               9 800 kr

        Förankringen tar vi upp på styrelsemötet nästa vecka, så hör jag av mig igen om den.

        Hälsningar
        Karin Ek
        sekreterare, Kristdala hembygdsförening
        072-514 33 08
        """)
    q = (
        outlook_sv(
            f"{BOT_NAME} <{BOT_ADDR}>", a.receipt_date, f"Karin Ek <{a.email}>", a.receipt_subject
        )
        + "\n"
        + receipt(a, ["anchoring", "budget"])
    )
    body = new + "\n________________________________\n" + q
    mid = mid_for(1404, d, "example.se")
    RECEIPT2["kristdala"] = (
        f"<kvitto.{a.case}.2@ideslanten.example.se>",
        d + dt.timedelta(minutes=2),
        f"Re: {a.subject} [Idéslanten {a.case}]",
        mid,
        new,
    )
    h = H(
        a.sender,
        BOT,
        "SV: " + a.receipt_subject,
        d,
        mid,
        irt=a.receipt_mid,
        refs=[a.mid, a.receipt_mid],
        extra=[
            ("X-Mailer", "Microsoft Outlook 16.0"),
            ("Thread-Topic", hdr(a.subject)),
            ("Content-Language", "sv-SE"),
        ],
    )
    add(
        1404,
        "kristdala-sv-outlook-budget",
        message(h, text(body, cte="quoted-printable")),
        lab(
            "followup",
            "sv",
            "cb",
            """Outlook desktop top-posted reply (SV:) over a "Från:/Skickat:/Till:/Ämne:" block quoting the
        bot's receipt for 1401. The new text is a cost table (five items, 9 800 kr) and a promise that
        the anchoring comes later -> budget true, anchoring false. Signed Karin Ek from her own address
        with phone -> contact true. Association only appears in the signature (name without anything
        about it) -> false. The quoted receipt lists all five guidance lines' topics but must not count.
        Renting recording gear is not an investment; ort not stated in the new text apart from the
        association name.""",
            association_name="Kristdala hembygdsförening",
            contact_name="Karin Ek",
            contact_email=a.email,
            contact_phone="072-514 33 08",
            amount_sek=9800,
        ),
    )

    # 1405 Loftahammar: vague activity, bare total
    a = APPS["loftahammar"]
    body = t("""
        hej
        vi i Loftahammars samhällsförening vill söka pengar ur idéslanten. föreningen har 63 medlemmar och jobbar för att det ska finnas service och liv i samhället året om, inte bara på sommarn när turisterna är här.

        vi vill göra nåt för att få fler att stanna kvar i Lofta och så att ungdomarna har nåt att göra, det pratades mycket om det på byamötet i november där vi var ett 45 tal och alla tyckte vi skulle söka. Hembygdsföreningen och Lofta IF är också med på det och har lovat hjälpa till.

        vi söker 15000 kr

        mvh Göran Sjöberg
        ordf.
        070 - 338 21 90
        """)
    h = H(
        a.sender,
        BOT,
        a.subject,
        a.date,
        a.mid,
        extra=[("X-Mailer", "Microsoft Windows Live Mail 16.4.3528.331")],
    )
    add(
        a.num,
        "loftahammar-vag-aktivitet",
        message(h, text(body, charset="windows-1252", cte="quoted-printable")),
        lab(
            "application",
            "sv",
            "acf",
            """windows-1252 QP, lower-case, an older writer. Named association with 63 members and purpose;
        Göran Sjöberg signs from his own address with phone -> contact true. Anchoring is concrete
        (village meeting of ~45 that backed applying, the hembygdsförening and Lofta IF helping) -> true.
        The activity is only a wish ("göra nåt ... så att ungdomarna har nåt att göra") -> false, and
        "vi söker 15000 kr" is a bare total -> budget false but amount_sek 15000. Meeting attendance (45)
        is not members. Lofta = Loftahammar. Apple Mail followup 1412 adds activity and budget.""",
            association_name="Loftahammars samhällsförening",
            contact_name="Göran Sjöberg",
            contact_email=a.email,
            contact_phone="070 - 338 21 90",
            members=63,
            ort="Loftahammar",
            amount_sek=15000,
        ),
    )

    # 1406 Fliseryd: "tack" in Thunderbird
    a = APPS["fliseryd"]
    d = when(3, 5, 17, 51)
    new = "Tack så mycket! Då väntar vi på besked.\n\n/Lena Holm\n\n"
    body = new + tbird_attr(a.receipt_date, BOT_NAME) + gt(receipt(a, []))
    h = H(
        a.sender,
        BOT,
        a.receipt_subject,
        d,
        mid_for(1406, d, "example.com"),
        irt=a.receipt_mid,
        refs=[a.mid, a.receipt_mid],
        extra=[("User-Agent", "Mozilla Thunderbird")],
    )
    add(
        1406,
        "fliseryd-re-tack",
        message(h, text(body, flowed=True)),
        lab(
            "followup",
            "sv",
            "c",
            """Thunderbird reply ("Den 2026-03-03 kl. 21:08, ... skrev:" with > quotes) to the receipt of the
        complete application 1403 that only says thanks. Nothing about the application is supplied;
        signed with a full name from the writer's own address, so contact is true per the README rule
        and nothing else is. format=flowed plain text.""",
            contact_name="Lena Holm",
            contact_email=a.email,
        ),
    )


def batch_03() -> None:
    # 1407 Orrefors: application written as a reply on the municipality's mail; the quote must not count
    a = APPS["orrefors"]
    kd = when(2, 27, 10, 31)
    kommun_mid = "<AM0PR10MB2231.own11.4471@example.se>"
    kommun = t("""
        Hej Ida!

        Tack för ett trevligt samtal i går. Nybro kommun kan tyvärr inte gå in med pengar till
        bykvällen i år, men ni får låna Folkets hus-salen utan kostnad en vardagskväll om ni
        bokar via mig.

        Som ni berättade har byamötet i februari ställt sig bakom idén, och det är precis sådant
        Region Kalmar län vill se när man söker idéslanten. Skriv gärna med det, och gör en enkel
        budget med poster, t.ex. föreläsare 5 000 kr, annonsering 1 000 kr och fika 2 500 kr.
        Max är 15 000 kr per ort och år.

        Lycka till!

        Mats Lund
        Näringslivsutvecklare, Nybro kommun
        0481-450 12
        mats.lund@example.se
        """)
    new = t(f"""
        Hej!

        Orrefors samhällsförening vill söka idéslanten. Vi är en ideell förening (org.nr
        {ORG["orrefors"]}) med 54 medlemmar som jobbar för att Orrefors ska vara en levande by
        även efter att glasbruket stängde.

        Vi vill ordna en bykväll tisdagen den 12 maj kl 18–21 i Folkets hus: "Glasbruksbyn efter
        glaset". En forskare från Linnéuniversitetet berättar hur andra bruksorter har ställt om,
        och sedan har vi en öppen dialog om vad de tomma bruksbyggnaderna kan bli – byhus,
        ateljéer, vandrarhem. Målet är att starta en arbetsgrupp som tar idéerna vidare och
        att fler ska vilja flytta hit och starta något.

        Kommunen är positiv, se nedan. Budgeten blir ungefär 9 000 kr, mest föreläsare och fika.

        Kontaktperson är jag:
        Ida Wester, 076-402 88 19

        Vänliga hälsningar
        Ida Wester
        Orrefors samhällsförening

        """)
    body = new + gmail_attr(kd, "Mats Lund", "mats.lund@example.se") + gt(kommun)
    alt = multi(
        "alternative",
        [
            text(body, cte="quoted-printable"),
            text(
                gmail_html(new, gmail_attr(kd, "Mats Lund", "mats.lund@example.se"), kommun),
                "html",
                cte="quoted-printable",
            ),
        ],
        "000000000000a1b2c3own11orrefors",
    )
    h = H(a.sender, BOT, a.subject, a.date, a.mid, irt=kommun_mid, refs=[kommun_mid])
    add(
        a.num,
        "orrefors-med-kommunens-mejl",
        message(h, alt),
        lab(
            "application",
            "sv",
            "acv",
            """New application written by replying to a mail from the municipality (In-Reply-To names a
        kommun mail outside the set; subject rewritten) – Gmail multipart/alternative with the kommun
        mail quoted below with > / blockquote. The quoted part mentions a village meeting backing the
        idea and example budget amounts (5 000, 1 000, 2 500) – none of it counts. New text: named
        association with org.nr and 54 members, a dated bykväll with lecturer and dialogue aimed at a
        working group (activity true), Ida Wester with phone from own address (contact true);
        "kommunen är positiv, se nedan" is no local anchoring -> false; "ungefär 9 000 kr, mest
        föreläsare och fika" is a single rough figure -> budget false, amount_sek 9000.""",
            association_name="Orrefors samhällsförening",
            org_number=ORG["orrefors"],
            contact_name="Ida Wester",
            contact_email=a.email,
            contact_phone="076-402 88 19",
            members=54,
            ort="Orrefors",
            amount_sek=9000,
        ),
    )

    # 1408 Figeholm: Gmail reply from a different board member supplying the contact
    a = APPS["figeholm"]
    d = when(3, 9, 7, 36)
    new = t("""
        Hej!

        Jag är vice ordförande i byalaget och har fått ert svar vidare från styrelsens
        gemensamma brevlåda. Det är jag som är kontaktperson för ansökan:

        Tomas Nilsson
        070-612 55 43
        tomas.nilsson@example.com (den här adressen)

        Mvh Tomas Nilsson
        Figeholms Byalag

        """)
    attr = gmail_attr(a.receipt_date, BOT_NAME, BOT_ADDR)
    rec = receipt(a, ["contact"])
    alt = multi(
        "alternative",
        [
            text(new + attr + gt(rec)),
            text(gmail_html(new, attr, rec), "html", cte="quoted-printable"),
        ],
        "000000000000f1e2d3own11figeholm",
    )
    h = H(
        addr("Tomas Nilsson", "tomas.nilsson@example.com"),
        BOT,
        "Re: " + a.receipt_subject,
        d,
        mid_for(1408, d, "example.com"),
        irt=a.receipt_mid,
        refs=[a.mid, a.receipt_mid],
    )
    add(
        1408,
        "figeholm-re-gmail-annan-ledamot",
        message(h, alt),
        lab(
            "followup",
            "sv",
            "c",
            """Gmail reply ("Den tis 3 mars 2026 kl 08:18 skrev ...:" with > quotes and a gmail_quote
        blockquote in the HTML part) from a different board member than the shared mailbox that sent
        1402. The new text names Tomas Nilsson with phone and his own address -> contact true; the
        byalag name in the signature says nothing about it -> association false. The quoted receipt
        lists only the contact line.""",
            association_name="Figeholms Byalag",
            contact_name="Tomas Nilsson",
            contact_email="tomas.nilsson@example.com",
            contact_phone="070-612 55 43",
        ),
    )

    # 1409 Gräsgård: English application, anchoring only hoped for
    a = APPS["grasgard"]
    body = t(f"""
        Dear Sir or Madam,

        I am writing on behalf of Gräsgård Village Association (Gräsgårds byalag, org. no.
        {ORG["grasgard"]}) to apply for the idéslanten grant. The association looks after the old
        school building and organises the harvest festival; we have 31 members.

        Over the last few years many houses in southern Öland have been bought by families from
        Germany, the Netherlands and the UK. We would like to hold four "Village evenings" in the
        old school (May, June, August and September 2026): a language café in Swedish and English
        followed by a guided walk with a local guide about the history of the farms, the harbour and
        the alvar. The aim is that new and old residents get to know each other, and that the
        newcomers take part in village life all year round. The evenings are for men and women of all
        ages.

        We believe a lot of people in the village will appreciate this.

        Budget
        - Local guide, 4 evenings x 1 000 SEK: 4 000 SEK
        - Hire of the school hall, 4 x 600 SEK: 2 400 SEK
        - Leaflets in Swedish, English and German: 1 500 SEK
        - Coffee and cake: 1 600 SEK
        Total: 9 500 SEK

        Contact: Helen Whitmore, +46 70 981 22 36, helen.whitmore@example.com

        Kind regards,
        Helen Whitmore
        Secretary, Gräsgård Village Association
        """)
    html = (
        '<html><head><meta charset="utf-8"></head><body style="font-family:Calibri">'
        + html_of(body)
        + "</body></html>\n"
    )
    alt = multi(
        "alternative",
        [text(body, cte="quoted-printable"), text(html, "html", cte="base64")],
        "_000_HW0309own11_",
    )
    h = H(
        a.sender,
        BOT,
        a.subject,
        a.date,
        a.mid,
        extra=[("X-MS-Has-Attach", ""), ("Content-Language", "en-GB")],
    )
    add(
        a.num,
        "grasgard-english-utan-forankring",
        message(h, alt),
        lab(
            "application",
            "en",
            "acvb",
            """English application (Outlook web, multipart/alternative, text QP + HTML base64). Named
        association with org.nr and 31 members, four village evenings with language café and guided
        walk aimed at integrating newcomers, contact Helen Whitmore with phone, itemised budget 9 500.
        The only anchoring is a hope ("we believe a lot of people will appreciate this") -> false.
        The guide's fee is not salary. Men and women stated. The English Outlook followup 1415 adds
        the anchoring.""",
            association_name="Gräsgård Village Association",
            org_number=ORG["grasgard"],
            contact_name="Helen Whitmore",
            contact_email=a.email,
            contact_phone="+46 70 981 22 36",
            members=31,
            ort="Gräsgård",
            amount_sek=9500,
            women_and_men=True,
        ),
    )


def batch_04() -> None:
    # 1410 Kristdala, round 2: Outlook top-post over the whole thread, adds the anchoring
    a = APPS["kristdala"]
    r2_mid, r2_date, r2_subj, m1404, new1404 = RECEIPT2["kristdala"]
    d = when(3, 10, 21, 2)
    new = t("""
        Hej igen!

        Nu har styrelsen haft möte (i måndags) och här kommer förankringen:

        Idén presenterades på föreningens årsmöte den 22 februari där 41 medlemmar var med,
        och årsmötet ställde sig enhälligt bakom den. Kristdala skola låter elever i åk 5–6
        göra inspelningarna som en del av svenskan, Kristdala församling lånar ut sockenstugan
        till berättarcaféerna och 14 personer i socknen har redan anmält att de vill berätta.

        Hälsningar
        Karin Ek
        sekreterare, Kristdala hembygdsförening
        072-514 33 08
        """)
    sep = "\n________________________________\n"
    quoted = (
        sep
        + outlook_sv(f"{BOT_NAME} <{BOT_ADDR}>", r2_date, f"Karin Ek <{a.email}>", r2_subj)
        + "\n"
        + receipt(a, ["anchoring"], round2=True)
        + sep
        + outlook_sv(
            f"Karin Ek <{a.email}>",
            when(3, 4, 12, 17),
            f"{BOT_NAME} <{BOT_ADDR}>",
            "SV: " + a.receipt_subject,
        )
        + "\n"
        + new1404
        + sep
        + outlook_sv(
            f"{BOT_NAME} <{BOT_ADDR}>", a.receipt_date, f"Karin Ek <{a.email}>", a.receipt_subject
        )
        + "\n"
        + receipt(a, ["anchoring", "budget"])
    )
    h = H(
        a.sender,
        BOT,
        "SV: " + r2_subj,
        d,
        mid_for(1410, d, "example.se"),
        irt=r2_mid,
        refs=[a.mid, a.receipt_mid, m1404, r2_mid],
        extra=[
            ("X-Mailer", "Microsoft Outlook 16.0"),
            ("Thread-Topic", hdr(a.subject)),
            ("Content-Language", "sv-SE"),
        ],
    )
    add(
        1410,
        "kristdala-sv-outlook-forankring",
        message(h, text(new + quoted, cte="quoted-printable")),
        lab(
            "followup",
            "sv",
            "cf",
            """Second round of the Kristdala thread: Outlook top-post answering the bot's second receipt
        ("Det här saknas fortfarande: lokal förankring"), with the whole thread quoted below in three
        "Från:/Skickat:" blocks – including Karin's own earlier budget table from 1404, which must not
        count again here. New text: annual meeting of 41 members backing the idea, the school, the
        parish lending the parish hall and 14 volunteer storytellers -> anchoring true; signed Karin Ek
        with phone -> contact true. Attendance (41) is not a member count. Borrowing a room is no cost.""",
            association_name="Kristdala hembygdsförening",
            contact_name="Karin Ek",
            contact_email=a.email,
            contact_phone="072-514 33 08",
            ort="Kristdala",
        ),
    )

    # 1411 Ruda: HTML-only from a shared mailbox, rough total
    a = APPS["ruda"]
    html = t("""
        <html><body style="font-family:Arial,sans-serif;font-size:13px">
        <p>Hej!</p>
        <p><b>Ruda Byförening</b> söker idéslanten 2026. Föreningen bildades 2019 av boende i Ruda
        och Flerohopp-vägen och har idag 58 medlemmar. Vi driver bl.a. byns anslagstavla,
        valborgsbrasan och Facebookgruppen "Ruda – vår by".</p>
        <p><b>Vad vi vill göra:</b> fyra byakvällar i Ruda skolas matsal under hösten 2026, en per
        månad september–december. Varje kväll har ett tema: kollektivtrafiken (vi bjuder in KLT),
        fibern, föreningslivet och hur vi tar emot nya familjer. Det som kommer fram skrivs ihop till
        en byaplan som lämnas till Högsby kommun. Alla i Ruda är välkomna, kvinnor som män.</p>
        <p><b>Förankring:</b> Idén kommer från en omröstning i Facebookgruppen i januari där över 90
        personer röstade ja. Ruda IF och PRO Ruda står som medarrangörer och bakar till fikat.</p>
        <p>Kostnaderna är mest lokalhyra, fika och lite arvode till talarna – ungefär 12&nbsp;000 kr
        totalt.</p>
        <p>Med vänlig hälsning<br>Styrelsen genom sekreteraren<br>Ruda Byförening</p>
        </body></html>
        """)
    h = H(a.sender, BOT, a.subject, a.date, a.mid, extra=[("X-Mailer", "Roundcube Webmail/1.6.5")])
    add(
        a.num,
        "ruda-html-ingen-kontakt",
        message(h, text(html, "html", cte="quoted-printable")),
        lab(
            "application",
            "sv",
            "avf",
            """HTML-only (QP) from the association's shared mailbox, signed "Styrelsen genom
        sekreteraren" without a name -> contact false, contact facts null. Named association with
        history and 58 members; four themed village evenings leading to a byaplan (activity true);
        anchoring via a Facebook-group vote (90+ respondents, not members) and two co-organising clubs.
        "ungefär 12 000 kr totalt" with cost types but no amounts per item -> budget false, amount
        12000. Thread continues with a VB: to the chair cc the bot (1416) and his SV: VB: (1417).""",
            association_name="Ruda Byförening",
            members=58,
            ort="Ruda",
            amount_sek=12000,
            women_and_men=True,
        ),
    )

    # 1412 Loftahammar: Apple Mail, activity in text, budget in .xlsx
    a = APPS["loftahammar"]
    d = when(3, 12, 9, 14)
    new = t("""
        Hej igen

        Min dotter hjälper mig med datorn så nu blir det mer ordning på det.

        Det vi ska göra är en Lofta-kväll i månaden september till november i Bygdegården.
        Varje kväll får ett tema. Första kvällen får ungdomarna själva visa vad de vill ha i
        samhället, tillsammans med fritidsgården. Andra kvällen kommer en föreläsare från
        Coompanion och berättar hur man startar en bygdebutik eller ett kooperativ. Tredje
        kvällen träffar vi lokala företagare om jobb och sommarjobb. Tanken är att ungdomar
        och nyinflyttade ska se att det går att bo och jobba i Loftahammar och att vi
        tillsammans kommer fram till 2-3 saker som byn ska satsa på.

        Budgeten ligger i filen.

        Göran
        """)
    quote = "\n" + gt(
        apple_attr(a.receipt_date, BOT_NAME, BOT_ADDR) + "\n" + receipt(a, ["activity", "budget"])
    )
    rows = [
        ["Budget Lofta-kvällar 2026", ""],
        ["Post", "Kronor"],
        ["Föreläsare Coompanion inkl resa", 5000],
        ["Lokalhyra bygdegården 3 kvällar", 4500],
        ["Annons Västerviks-Tidningen", 2000],
        ["Fika 3 kvällar", 2100],
        ["Affischer och tryck", 1400],
        ["Summa", 15000],
    ]
    part = multi(
        "mixed",
        [
            text(new, cte="quoted-printable"),
            attach(
                xlsx(rows),
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                "budget lofta.xlsx",
            ),
            text(quote, cte="quoted-printable"),
        ],
        "Apple-Mail=_5C1E2A7B-own11-LOFTA",
    )
    h = H(
        a.sender,
        BOT,
        "Re: " + a.receipt_subject,
        d,
        "<5C1E2A7B-0D3F-4E21-9A77-own11.1412@example.net>",
        irt=a.receipt_mid,
        refs=[a.mid, a.receipt_mid],
        extra=[("X-Mailer", "Apple Mail (2.3774.500.171.1.1)")],
    )
    add(
        1412,
        "loftahammar-re-apple-xlsx",
        message(h, part),
        lab(
            "followup",
            "sv",
            "vb",
            """Apple Mail reply: multipart/mixed with text, an .xlsx budget and a second text part holding
        the quote ("> 5 mars 2026 kl. 08:01 skrev ...:"). New text gives a concrete activity (three
        themed evenings, Coompanion lecturer, local employers, aim 2-3 priorities for the village) ->
        activity true; the spreadsheet has five items summing to 15 000 -> budget true. Signed only
        "Göran" (first name, no phone) – with the full name only in the From header this is not a
        named contact -> contact false. Renting the bygdegård is not an investment.""",
            ort="Loftahammar",
            amount_sek=15000,
        ),
    )

    # 1413 Orrefors: Gmail reply whose only new part is a .docx budget
    a = APPS["orrefors"]
    d = when(3, 12, 22, 40)
    attr = gmail_attr(a.receipt_date, BOT_NAME, BOT_ADDR)
    rec = receipt(a, ["anchoring", "budget"])
    doc = docx(
        ['Budget – bykväll "Glasbruksbyn efter glaset" 12 maj 2026', "Orrefors samhällsförening"],
        [
            ["Post", "Belopp (kr)"],
            ["Föreläsare Linnéuniversitetet, arvode inkl. resa", "4 500"],
            ["Annons och affischer", "1 200"],
            ["Fika för ca 60 personer", "2 400"],
            ["Hyra projektor och mikrofon", "800"],
            ["Summa", "8 900"],
        ],
    )
    alt = multi(
        "alternative",
        [
            text("\n" + attr + gt(rec)),
            text(gmail_html("", attr, rec), "html", cte="quoted-printable"),
        ],
        "000000000000aa11bb22own11alt",
    )
    part = multi(
        "mixed",
        [
            alt,
            attach(
                doc,
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                "Budget bykväll.docx",
            ),
        ],
        "000000000000aa11bb22own11mix",
    )
    h = H(
        a.sender,
        BOT,
        "Re: " + a.receipt_subject,
        d,
        mid_for(1413, d, "example.se"),
        irt=a.receipt_mid,
        refs=[a.mid, a.receipt_mid],
    )
    add(
        1413,
        "orrefors-re-bara-bilaga",
        message(h, part),
        lab(
            "followup",
            "sv",
            "b",
            """Gmail reply with no typed text at all: the body is only the attribution and the quoted
        receipt; the new content is a .docx budget (four items, 8 900 kr). Budget true from the
        attachment. No signature -> contact false (the name is only in the From header). The docx
        names the association but says nothing about it -> association false. Anchoring, still asked
        for in the quoted receipt, is not supplied. Renting a projector is not an investment.""",
            association_name="Orrefors samhällsförening",
            amount_sek=8900,
        ),
    )


OFFICER_MAIL = {}


def batch_05() -> None:
    # 1414 Södra Vi: complete, budget as .csv attachment
    a = APPS["sodravi"]
    body = t(f"""
        Hej!

        Södra Vi Bygderåd ansöker om idéslanten för 2026.

        Om oss: Bygderådet är en ideell förening för hela Södra Vi socken i Vimmerby kommun,
        bildad 2004, org.nr {ORG["sodravi"]}. Vi samlar byalag, idrottsförening och
        hembygdsförening kring frågor som rör hela socknen.

        Aktivitet: En föreläsningsserie "Leva och verka i Södra Vi" med fyra kvällar i
        bygdegården, oktober 2026 – januari 2027: solceller och energi för villaägare, skog och
        virke för småskogsägare, lokal mat och småskalig försäljning, och hälsa och gemenskap för
        äldre. Efter varje föreläsning följer fika och ett samtal om vad vi kan göra tillsammans i
        socknen. Kvällarna riktar sig till alla, kvinnor och män, bofasta som nyinflyttade.

        Förankring: Temana valdes på bygderådets medlemsmöte den 3 februari. Södra Vi IF,
        hembygdsföreningen och Djursdala byalag är medarrangörer och sprider inbjudan. Byns
        handlare skänker kaffebröd till första kvällen.

        Budget: se bifogad fil. Ersättning till fyra föreläsare, lokalhyra och annonsering,
        totalt 15 000 kr.

        Kontakt: Per-Olof Nyman, ordförande, 070-245 90 13, perolof.nyman@example.se

        Vänliga hälsningar
        Per-Olof Nyman
        """)
    csv = "Post;Antal;Á-pris;Summa\nErsättning föreläsare;4;3000;12000\nHyra bygdegården;4;500;2000\nAnnonsering och affischer;1;1000;1000\nTotalt;;;15000\n"
    part = multi(
        "mixed",
        [
            text(body),
            Part(
                [
                    ("Content-Type", 'text/csv; charset="utf-8"; name="budget_sodra_vi.csv"'),
                    ("Content-Disposition", 'attachment; filename="budget_sodra_vi.csv"'),
                    ("Content-Transfer-Encoding", "base64"),
                ],
                base64.encodebytes(csv.encode("utf-8")),
            ),
        ],
        "----=_Part_14414_own11.1773391440000",
    )
    h = H(a.sender, BOT, a.subject, a.date, a.mid, extra=[("X-Mailer", "Zimbra 9.0.0_GA_4583")])
    add(
        a.num,
        "sodravi-bygderad-csv",
        message(h, part),
        lab(
            "application",
            "sv",
            "acvfb",
            """Complete application, utf-8 8bit text plus a budget .csv attachment (three items, 15 000).
        Named bygderåd with org.nr and description (no member count -> members null, which is why the
        officer asks in the thread answered by 1421); concrete lecture series; anchoring via the
        members' meeting choosing the themes and three co-organisers; contact Per-Olof Nyman with
        phone. "Ersättning till föreläsare" is a lecturer's fee, not salary.""",
            association_name="Södra Vi Bygderåd",
            org_number=ORG["sodravi"],
            contact_name="Per-Olof Nyman",
            contact_email=a.email,
            contact_phone="070-245 90 13",
            ort="Södra Vi",
            amount_sek=15000,
            women_and_men=True,
        ),
    )

    # 1415 Gräsgård: English Outlook reply with From:/Sent:/To:/Subject: block, adds anchoring
    a = APPS["grasgard"]
    d = when(3, 16, 8, 25)
    new = t("""
        Hello,

        Thank you for the quick reply. About local anchoring:

        The idea came up at the byalag's spring meeting on 28 February, where the 19 members present
        voted for it. The harbour association and the church choir will help us, and eight people
        have signed up as volunteers to host the evenings and bake. We also asked in the village
        Facebook group and about 40 people said they would come.

        Best regards,
        Helen Whitmore
        """)
    body = (
        new
        + "\n"
        + "_" * 32
        + "\n"
        + outlook_en(
            f"{BOT_NAME} <{BOT_ADDR}>",
            a.receipt_date,
            f"Helen Whitmore <{a.email}>",
            a.receipt_subject,
        )
        + "\n"
        + receipt(a, ["anchoring"])
    )
    html = "<html><body>" + html_of(new) + "<hr>" + html_of(body[len(new) :]) + "</body></html>\n"
    alt = multi(
        "alternative",
        [text(body, cte="quoted-printable"), text(html, "html", cte="quoted-printable")],
        "_000_HW0316own11_",
    )
    h = H(
        a.sender,
        BOT,
        "RE: " + a.receipt_subject,
        d,
        mid_for(1415, d, "example.com"),
        irt=a.receipt_mid,
        refs=[a.mid, a.receipt_mid],
        extra=[("Content-Language", "en-GB")],
    )
    add(
        1415,
        "grasgard-re-english-outlook",
        message(h, alt),
        lab(
            "followup",
            "en",
            "cf",
            """English Outlook reply ("RE:", top-posted over a From:/Sent:/To:/Subject: block) quoting the
        Swedish receipt for 1409. New text: spring meeting vote, two helping local groups, eight
        volunteers, Facebook interest -> anchoring true; signed Helen Whitmore from her own address ->
        contact true. The 19 present members are attendance, not the member count.""",
            contact_name="Helen Whitmore",
            contact_email=a.email,
        ),
    )

    # 1416 Ruda: the secretary forwards the receipt to the chair (VB:) with the bot on Cc
    a = APPS["ruda"]
    d = when(3, 16, 19, 48)
    eva = addr("Eva Lind", "eva.lind@example.se")
    lasse = addr("Lars Gunnarsson", "lars.gunnarsson@example.net")
    new = t("""
        Hej Lasse!

        Se nedan från regionen, de saknar kontaktperson och budget. Kontaktperson kan jag vara:
        Eva Lind, 0456-301 22, eva.lind@example.se – jag har satt regionen på kopia så de ser det.
        Budgeten har du ju i huvudet, kan du svara dem direkt? Alla på kopia.

        /Eva
        Eva Lind
        sekreterare Ruda Byförening
        """)
    q = (
        outlook_sv(
            f"{BOT_NAME} <{BOT_ADDR}>",
            a.receipt_date,
            f"Ruda Byförening <{a.email}>",
            a.receipt_subject,
        )
        + "\n"
        + receipt(a, ["contact", "budget"])
    )
    vb_body = new + "\n________________________________\n" + q
    vb_mid = mid_for(1416, d, "example.se")
    OFFICER_MAIL["ruda_vb"] = (vb_mid, d, vb_body)
    h = H(
        eva,
        lasse,
        "VB: " + a.receipt_subject,
        d,
        vb_mid,
        cc=BOT,
        refs=[a.mid, a.receipt_mid],
        extra=[("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Topic", hdr(a.subject))],
    )
    add(
        1416,
        "ruda-vb-till-ordforande",
        message(h, text(vb_body, cte="quoted-printable")),
        lab(
            "followup",
            "sv",
            "c",
            """A forward (VB:) of the bot's receipt from the secretary to the chairperson, with the bot on
        Cc; References keep the thread (application 1411 and the receipt). The note to
        the chair names Eva Lind as contact with phone and e-mail -> contact true; the budget is left to
        the chair -> budget false. Outlook-style forwarded block below must not count. Answered by the
        chair in 1417 (SV: VB:).""",
            association_name="Ruda Byförening",
            contact_name="Eva Lind",
            contact_email="eva.lind@example.se",
            contact_phone="0456-301 22",
        ),
    )

    # 1417 Ruda: the chair answers all (SV: VB:) with the budget
    d = when(3, 17, 7, 5)
    new = t("""
        Hej!

        Här är budgeten för byakvällarna i Ruda:

        Lokalhyra Ruda skolas matsal, 4 kvällar à 800 kr   3 200 kr
        Arvode inbjudna talare (KLT, fiberföreningen m.fl.) 4 000 kr
        Annons i Högsbybladet och affischer                 1 500 kr
        Fika 4 x 750 kr                                     3 000 kr
        Tryck av byaplanen                                  1 000 kr
        Totalt                                             12 700 kr

        Mvh
        Lars Gunnarsson
        ordförande Ruda Byförening
        070-455 61 02
        """)
    q = (
        outlook_sv(eva, OFFICER_MAIL["ruda_vb"][1], lasse, "VB: " + a.receipt_subject, cc=BOT)
        + "\n"
        + OFFICER_MAIL["ruda_vb"][2]
    )
    body = new + "\n________________________________\n" + q
    h = H(
        lasse,
        eva,
        "SV: VB: " + a.receipt_subject,
        d,
        mid_for(1417, d, "example.net"),
        cc=BOT,
        irt=vb_mid,
        refs=[a.mid, a.receipt_mid, vb_mid],
        extra=[("X-Mailer", "Microsoft Outlook 16.0")],
    )
    add(
        1417,
        "ruda-sv-vb-budget",
        message(h, text(body, charset="windows-1252", cte="quoted-printable")),
        lab(
            "followup",
            "sv",
            "cb",
            """The chairperson's reply-all (SV: VB:) to the forward 1416, windows-1252 QP, quoting the forward
        and, inside it, the receipt. New text: five cost items summing to 12 700 -> budget true; signed
        Lars Gunnarsson with phone from his own address -> contact true. Eva's contact details appear only
        in the quote. Talarnas arvode is a speaker's fee; renting the school hall is not an investment.""",
            association_name="Ruda Byförening",
            contact_name="Lars Gunnarsson",
            contact_email="lars.gunnarsson@example.net",
            contact_phone="070-455 61 02",
            ort="Ruda",
            amount_sek=12700,
        ),
    )


def batch_06() -> None:
    # 1418 Järnforsen: unnamed group, no anchoring
    a = APPS["jarnforsen"]
    body = t("""
        Hej!

        Vi är ett gäng föräldrar i Järnforsen som vill ordna "Höstmys på skolgården" lördag 26
        september. Det blir loppis, prova-på-smide med en inhyrd smed från Målilla, korvgrillning
        och en kort föreläsning om Järnforsens bruk och hur byn växte fram. Tanken är att folk i
        byn träffas över generationerna och att nyinflyttade familjer lär känna andra – sedan
        skolan blev F-3 har det blivit färre ställen där man ses. Det är för hela familjen,
        mammor och pappor, tjejer och killar.

        Vi tror att väldigt många kommer gilla det, behovet finns verkligen :)

        Kostnader:
        smed (arvode) 3000
        hyra partytält 1500
        föreläsare 2000
        annonser/affischer 800
        = 7300 kr

        Hälsningar Jonna Pettersson
        073-619 40 27
        """)
    h = H(a.sender, BOT, a.subject, a.date, a.mid, extra=[("User-Agent", "Mozilla Thunderbird")])
    add(
        a.num,
        "jarnforsen-foraldragang",
        message(h, text(body, flowed=True)),
        lab(
            "application",
            "sv",
            "cvb",
            """Informal application from "ett gäng föräldrar" – an unnamed group -> association false.
        Concrete dated event (loppis, hired smith, lecture) with local benefit -> activity true; the only
        anchoring is a hope that many will like it and a described need -> false. Four items summing to
        7 300 -> budget true. Jonna Pettersson signs with phone from her own address. "mammor och
        pappor, tjejer och killar" -> women_and_men true. Renting a tent is not an investment. Her
        autoreply (1419) and a Thunderbird followup restating everything (1422) follow.""",
            contact_name="Jonna Pettersson",
            contact_email=a.email,
            contact_phone="073-619 40 27",
            ort="Järnforsen",
            amount_sek=7300,
            women_and_men=True,
        ),
    )

    # 1419 Järnforsen: autoreply to the bot's receipt, with automation headers
    d = a.receipt_date + dt.timedelta(seconds=40)
    body = t("""
        Hej!

        Tack för ditt mejl. Jag är ledig 18–22 mars och läser inte mejl under tiden. Jag svarar
        så snart jag är tillbaka.

        Hi! I'm away 18–22 March and will reply when I'm back.

        /Jonna
        """)
    h = H(
        a.sender,
        BOT,
        "Automatiskt svar: " + a.receipt_subject,
        d,
        mid_for(1419, d, "example.com"),
        irt=a.receipt_mid,
        refs=[a.mid, a.receipt_mid],
        extra=[
            ("Auto-Submitted", "auto-replied"),
            ("X-Autoreply", "yes"),
            ("Precedence", "auto_reply"),
        ],
    )
    add(
        1419,
        "jarnforsen-automatiskt-svar",
        message(h, text(body, cte="quoted-printable")),
        lab(
            "autoreply",
            "sv",
            "",
            """Out-of-office answer to the bot's receipt for 1418, forty seconds after it, with
        Auto-Submitted, X-Autoreply and Precedence headers and the thread's In-Reply-To/References.
        Swedish with an English line. Not a followup; the bot must not answer it; all facts null.""",
        ),
    )

    # 1420 Fliseryd: a question inside the thread
    a = APPS["fliseryd"]
    d = when(3, 19, 20, 33)
    new = t("""
        Hej igen!

        Två frågor:

        1. När kan vi räkna med besked? Framtidsverkstaden är den 18 april och vi behöver boka
           föreläsaren senast i början av april.
        2. PRO Fliseryd funderar på att själva söka idéslanten till en resa i höst. Går det,
           eller räknas vår ansökan mot samma 15 000 kr eftersom vi bor på samma ort?

        Hälsningar
        Lena Holm

        """)
    body = new + tbird_attr(a.receipt_date, BOT_NAME) + gt(receipt(a, []))
    h = H(
        a.sender,
        BOT,
        a.receipt_subject,
        d,
        mid_for(1420, d, "example.com"),
        irt=a.receipt_mid,
        refs=[a.mid, a.receipt_mid],
        extra=[("User-Agent", "Mozilla Thunderbird")],
    )
    add(
        1420,
        "fliseryd-re-fraga-besked",
        message(h, text(body, cte="quoted-printable")),
        lab(
            "question",
            "sv",
            "",
            """A question that arrives inside an application thread (reply to the receipt of the complete
        application 1403, Thunderbird quoting): when will they get a decision, and does another local
        group's application count against the same 15 000 per locality. It adds nothing to the
        application, so it is a question, not a followup; all elements false. The 15 000 is a rule
        amount asked about, not an amount applied for. Facts: the writer and the locality asked about.""",
            contact_name="Lena Holm",
            contact_email=a.email,
            ort="Fliseryd",
        ),
    )

    # 1421 Södra Vi: answers the officer's question (Outlook for iOS)
    a = APPS["sodravi"]
    od = when(3, 18, 14, 2)
    o_mid = "<DB9PR07MB8830.own11.1421q@example.se>"
    o_subj = f"SV: {a.subject} [Idéslanten {a.case}]"
    officer = t(f"""
        Hej Per-Olof!

        Tack för er ansökan (ärende {a.case}). Innan jag går vidare har jag två frågor:

        1. Hur många medlemmar har bygderådet?
        2. Ersättningen till föreläsarna – är det inhyrda föreläsare som får arvode, eller ska någon
           i föreningen få betalt för att hålla i kvällarna?

        Vänliga hälsningar
        {OFFICER_NAME}
        Landsbygdsutvecklare, Region Kalmar län
        """)
    d = when(3, 20, 6, 48)
    new = t("""
        Hej Sofia!

        1. Vi har 118 medlemmar enligt 2025 års medlemslista.
        2. Föreläsarna är inhyrda utifrån och får arvode mot faktura. Ingen i föreningen får betalt.

        Mvh Per-Olof Nyman
        070-245 90 13

        Hämta Outlook för iOS
        """)
    body = (
        new
        + "________________________________\n"
        + outlook_sv(
            f"{OFFICER_NAME} <{OFFICER_ADDR}>",
            od,
            f"Per-Olof Nyman <{a.email}>",
            o_subj,
            cc=f"{BOT_NAME} <{BOT_ADDR}>",
        )
        + "\n"
        + officer
    )
    h = H(
        a.sender,
        addr(OFFICER_NAME, OFFICER_ADDR),
        "Re: " + o_subj,
        d,
        mid_for(1421, d, "example.se"),
        cc=BOT,
        irt=o_mid,
        refs=[a.mid, a.receipt_mid, o_mid],
    )
    add(
        1421,
        "sodravi-svar-pa-handlaggarens-fraga",
        message(h, text(body, cte="base64")),
        lab(
            "followup",
            "sv",
            "c",
            """Answer to a question from the officer (the officer's mail, quoted below an Outlook-for-iOS
        separator, is not in the set; References still name application 1414 and its receipt). utf-8
        base64. The new text gives the member count (118) and says the lecturers are hired on invoice
        and nobody in the association is paid (salary_costs false). It does not name or describe the
        association -> association false; signed Per-Olof Nyman with phone -> contact true.""",
            contact_name="Per-Olof Nyman",
            contact_email=a.email,
            contact_phone="070-245 90 13",
            members=118,
        ),
    )


def batch_07() -> None:
    # 1422 Järnforsen: Thunderbird reply that restates the whole application
    a = APPS["jarnforsen"]
    d = when(3, 23, 8, 30)
    new = t("""
        Hej!

        Här kommer hela ansökan en gång till, nu med det som saknades.

        Förening: Vi har nu bildat Järnforsens Byaförening (ideell förening, stadgar antagna
        20 mars). Vi är 23 medlemmar hittills, mest barnfamiljer men också några pensionärer.

        Kontaktperson: Jonna Pettersson, 073-619 40 27, jonna.p@example.com

        Aktivitet: "Höstmys på skolgården" lördag 26 september kl 11–16 – loppis, prova-på-smide
        med en inhyrd smed från Målilla, korvgrillning och en föreläsning om Järnforsens bruk. Syftet
        är att folk i byn ska träffas över generationerna och att nya familjer lär känna andra.
        Det är för alla, mammor som pappor, tjejer som killar.

        Förankring: På bildningsmötet 20 mars kom 31 personer och alla ställde sig bakom
        höstmyset. Föräldraföreningen på skolan och Järnforsens IK hjälper till, och 15 personer
        har skrivit upp sig som funktionärer.

        Budget:
        smed (arvode) 3 000 kr
        hyra partytält 1 500 kr
        föreläsare 2 000 kr
        annonser/affischer 800 kr
        Summa 7 300 kr

        Hälsningar
        Jonna Pettersson

        """)
    body = new + tbird_attr(a.receipt_date, BOT_NAME) + gt(receipt(a, ["association", "anchoring"]))
    h = H(
        a.sender,
        BOT,
        a.receipt_subject,
        d,
        mid_for(1422, d, "example.com"),
        irt=a.receipt_mid,
        refs=[a.mid, a.receipt_mid],
        extra=[("User-Agent", "Mozilla Thunderbird")],
    )
    add(
        1422,
        "jarnforsen-re-allt-igen",
        message(h, text(body, flowed=True)),
        lab(
            "followup",
            "sv",
            "acvfb",
            """Thunderbird reply that restates the whole application with all five parts, so every element
        is true on the new text alone: the newly formed Järnforsens Byaförening with 23 members, contact
        with phone, the dated event, anchoring via the founding meeting (31 present – attendance, not
        members), two helping groups and 15 volunteers, and the same 7 300 budget. The quoted receipt
        below asks for association and anchoring.""",
            association_name="Järnforsens Byaförening",
            contact_name="Jonna Pettersson",
            contact_email=a.email,
            contact_phone="073-619 40 27",
            members=23,
            ort="Järnforsen",
            amount_sek=7300,
            women_and_men=True,
        ),
    )

    # 1423 Köpingsvik: shared mailbox, no contact, no budget
    a = APPS["kopingsvik"]
    body = t("""
        Hej,

        Köpingsviks Byalag söker idéslanten för 2026. Byalaget är en ideell förening sedan 1991
        med 175 medlemmar, bofasta och fritidsboende i Köpingsvik på Öland.

        Vi vill ordna en dag lördagen den 13 juni: "Köpingsvik - från vikingatida handelsplats
        till i dag". En arkeolog från Kalmar läns museum leder två guidade vandringar på
        boplatsområdet, barnen får prova på att gräva i en låtsasutgrävning och på kvällen har vi
        ett dialogmöte om hur historien kan locka besökare även vår och höst, så att fler
        företag i byn kan hålla öppet längre. Dagen är öppen för alla, kvinnor och män, barn och
        gamla.

        Förankring: Byalagets årsmöte den 7 mars beslöt att genomföra dagen, och Köpingsviks
        företagarförening och Köpingsviks hembygdsgille är med och planerar.

        Budgeten tar vi fram när vi vet vad arkeologen kostar.

        Med vänlig hälsning
        Köpingsviks Byalag
        """)
    h = H(
        a.sender, BOT, a.subject, a.date, a.mid, extra=[("User-Agent", "Roundcube Webmail/1.6.7")]
    )
    add(
        a.num,
        "kopingsvik-byalag-utan-budget",
        message(h, text(body, charset="iso-8859-1", cte="quoted-printable")),
        lab(
            "application",
            "sv",
            "avf",
            """iso-8859-1 QP from the byalag's shared mailbox, signed only with the association name ->
        contact false, contact facts null. Association (since 1991, 175 members), a concrete dated
        history day with an archaeologist and a dialogue meeting, and anchoring (annual meeting decision,
        two co-planning local groups) are given. "Budgeten tar vi fram när ..." -> budget false,
        amount null. Answered inline under the quoted receipt in 1425.""",
            association_name="Köpingsviks Byalag",
            members=175,
            ort="Köpingsvik",
            women_and_men=True,
        ),
    )

    # 1424 Bergkvara: phone mail, vague activity, bare amount
    a = APPS["bergkvara"]
    body = t("""
        hej vi i bergkvara bygdegårdsförening vill söka idéslanten. vi är 48 medlemmar o har bygdegården vid hamnen
        vi vill göra nåt kul för byn i sommar kanske en hamnfest eller nåt liknande så folk träffas
        pratade om det på medlemsmötet 10 mars, 22 st var där o alla tyckte det var bra. bergkvara AIF o hamnföreningen vill va med o hjälpa till
        vi söker 12000

        mvh Micke Ström 070-552 18 64

        Skickat från min iPhone
        """)
    h = H(a.sender, BOT, a.subject, a.date, a.mid, extra=[("X-Mailer", "iPhone Mail (21D61)")])
    add(
        a.num,
        "bergkvara-iphone-vag",
        message(h, text(body, cte="quoted-printable")),
        lab(
            "application",
            "sv",
            "acf",
            """Short iPhone mail without punctuation. Named association with 48 members and its bygdegård ->
        association true; Micke Ström with phone from his own address -> contact true; anchoring via a
        members' meeting (22 present) that backed it and two local clubs helping -> true. The activity
        is only "nåt kul ... kanske en hamnfest" -> false; "vi söker 12000" is a bare figure -> budget
        false, amount 12000. Followed by an image-only reply (1426) and a bounce (1427).""",
            association_name="Bergkvara bygdegårdsförening",
            contact_name="Micke Ström",
            contact_email=a.email,
            contact_phone="070-552 18 64",
            members=48,
            ort="Bergkvara",
            amount_sek=12000,
        ),
    )

    # 1425 Köpingsvik: inline answers under each quoted line of the receipt
    a = APPS["kopingsvik"]
    d = when(3, 25, 19, 2)
    rec = receipt(a, ["contact", "budget"])
    lines = (tbird_attr(a.receipt_date, BOT_NAME) + gt(rec)).split("\n")
    out = ["Hej! Svar direkt i texten nedan.", ""]
    for ln in lines:
        out.append(ln)
        if ln.startswith("> – Kontaktperson"):
            out += [
                "",
                "Maja Sandell, kassör i byalaget, 070-118 42 96, maja.sandell@example.se",
                "",
            ]
        elif ln.startswith("> – Budget"):
            out += [
                "",
                "Arkeolog från länsmuseet, 2 guidningar   4 000 kr",
                "Material till barnens provgrävning      1 200 kr",
                "Hyra av ljudanläggning                   1 500 kr",
                "Annonsering                              1 300 kr",
                "Fika till dialogmötet                    1 500 kr",
                "Summa                                    9 500 kr",
                "",
            ]
        elif ln.startswith("> Svara gärna"):
            out += ["", "Hoppas det räcker!", "/Maja Sandell", ""]
    body = "\n".join(out).rstrip("\n") + "\n"
    h = H(
        a.sender,
        BOT,
        a.receipt_subject,
        d,
        mid_for(1425, d, "kopingsvik.example.org"),
        irt=a.receipt_mid,
        refs=[a.mid, a.receipt_mid],
        extra=[("User-Agent", "Roundcube Webmail/1.6.7")],
    )
    add(
        1425,
        "kopingsvik-re-svar-i-texten",
        message(h, text(body, charset="windows-1252", cte="quoted-printable")),
        lab(
            "followup",
            "sv",
            "cb",
            """Inline answers written under each quoted line of the receipt (interleaved quoting,
        windows-1252 QP), from the
        byalag's shared mailbox. Under the contact line: Maja Sandell with phone and her own e-mail ->
        contact true (a named person, not just the mailbox; contact_email is the address she gives).
        Under the budget line: five items summing to 9 500 -> budget true. Everything else is quote.
        Material for the children's dig is a consumable; renting sound equipment is not an investment.""",
            contact_name="Maja Sandell",
            contact_email="maja.sandell@example.se",
            contact_phone="070-118 42 96",
            amount_sek=9500,
        ),
    )


def batch_08() -> None:
    # 1426 Bergkvara: iPhone reply whose only content is a photo of a budget
    a = APPS["bergkvara"]
    d = when(3, 26, 12, 10)
    kasor = "kasor@bergkvarabygdegard.example.org"
    quote = "Skickat från min iPhone\n\n" + gt(
        apple_attr(a.receipt_date, BOT_NAME, BOT_ADDR) + "\n" + receipt(a, ["activity", "budget"])
    )
    part = multi(
        "mixed",
        [
            text("Här är budgeten\n"),
            attach(png(64, 48, 7), "image/png", "IMG_4471.PNG", inline=True),
            text("\n\n" + quote, cte="quoted-printable"),
        ],
        "Apple-Mail-4F3B2C19-own11-8E2A",
    )
    m1426 = "<4F3B2C19-6D1A-4B8E-A2C0-own11.1426@example.net>"
    h = H(
        a.sender,
        BOT,
        "Re: " + a.receipt_subject,
        d,
        m1426,
        cc=kasor,
        irt=a.receipt_mid,
        refs=[a.mid, a.receipt_mid],
        extra=[("X-Mailer", "iPhone Mail (21D61)")],
    )
    add(
        1426,
        "bergkvara-re-iphone-bara-bild",
        message(h, part),
        lab(
            "followup",
            "sv",
            "",
            """iPhone reply: "Här är budgeten", an inline PNG photo and "Skickat från min iPhone" above the
        Apple-style quoted receipt (multipart/mixed text–image–text). A photo is not a readable budget
        -> budget false; no signature -> contact false; the activity is still not described. Nothing
        is supplied. Cc goes to a misspelt address, so the bot's answer bounces (1427).""",
        ),
    )

    # 1427 Bergkvara: bounce of the bot's reply to 1426 (full message/rfc822 returned)
    d = when(3, 26, 12, 13)
    r_mid = f"<kvitto.{a.case}.2@ideslanten.example.se>"
    inner_body = receipt(a, ["activity", "budget"], round2=True).replace(
        "Det här saknas fortfarande:",
        "Bilden IMG_4471.PNG kunde vi tyvärr inte läsa som budget. Det här saknas fortfarande:",
    )
    inner = (
        f"From: {BOT}\nTo: {a.sender}\nCc: {kasor}\nSubject: {hdr(a.receipt_subject)}\nDate: {rfcdate(d - dt.timedelta(minutes=1))}\n"
        f"Message-ID: {r_mid}\nIn-Reply-To: {m1426}\nReferences: {a.mid}\n {a.receipt_mid}\n {m1426}\nAuto-Submitted: auto-replied\n"
        "MIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n"
        + inner_body
    ).encode("utf-8")
    notice = t(f"""
        This is the mail system at host mx1.example.org.

        I'm sorry to have to inform you that your message could not
        be delivered to one or more recipients. It's attached below.

        For further assistance, please send mail to postmaster.

        If you do so, please include this problem report. You can
        delete your own text from the attached returned message.

                           The mail system

        <{kasor}>: host mx1.example.org[192.0.2.25] said:
            550 5.1.1 <{kasor}>: Recipient address rejected: User unknown
            in virtual mailbox table (in reply to RCPT TO command)
        """)
    status = t(f"""
        Reporting-MTA: dns; mx1.example.org
        X-Postfix-Queue-ID: 4Qx7Lk2Hn1z9tW
        X-Postfix-Sender: rfc822; {BOT_ADDR}
        Arrival-Date: {rfcdate(d - dt.timedelta(minutes=1))}

        Final-Recipient: rfc822; {kasor}
        Original-Recipient: rfc822;{kasor}
        Action: failed
        Status: 5.1.1
        Remote-MTA: dns; mx1.example.org
        Diagnostic-Code: smtp; 550 5.1.1 <{kasor}>: Recipient address rejected: User unknown in virtual mailbox table
        """)
    rep = multi(
        "report",
        [
            Part(
                [
                    ("Content-Description", "Notification"),
                    ("Content-Type", "text/plain; charset=us-ascii"),
                ],
                notice.encode("ascii"),
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
                    ("Content-Transfer-Encoding", "8bit"),
                ],
                inner,
            ),
        ],
        "4Qx7Lk2Hn1z9tW.1774523581/mx1.example.org",
        extra="; report-type=delivery-status",
    )
    h = [
        ("Return-Path", "<>"),
        ("From", "MAILER-DAEMON@mx1.example.org (Mail Delivery System)"),
        ("To", BOT_ADDR),
        ("Subject", "Undelivered Mail Returned to Sender"),
        ("Date", rfcdate(d)),
        ("Message-ID", "<20260326111341.4Qx7Lk2Hn1z9tW@mx1.example.org>"),
        ("Auto-Submitted", "auto-replied"),
    ]
    add(
        1427,
        "bergkvara-bounce-kopia",
        message(h, rep),
        lab(
            "bounce",
            "en",
            "",
            """Postfix multipart/report bounce of the bot's second receipt in the Bergkvara thread (the Cc
        address from 1426 is misspelt). The returned message/rfc822 part is the receipt with "Det här
        saknas fortfarande" and References naming application 1424 – still a bounce, never a followup;
        all facts null.""",
        ),
    )

    # 1428 Vissefjärda: unnamed group, no anchoring, budget in an uncompressed PDF
    a = APPS["vissefjarda"]
    body = t("""
        Hej!

        Vi är en grupp boende i Vissefjärda som vill söka idéslanten till en studieresa.

        Lördagen den 16 maj åker vi buss till Alböke på norra Öland, där byalaget driver en
        bygdebutik och ett byhus helt med frivilliga. Vi får en visning och ett föredrag om hur de
        gjorde, vad det kostar och vilka misstag de gjorde. Sedan affären i Vissefjärda lade ner i
        fjol har många frågat efter en mötesplats och en butik, så vi vill lära oss av andra innan vi
        sätter igång. Bussen tar 30 personer, kvinnor och män, unga och äldre. Efter resan har vi en
        öppen träff i församlingshemmet där vi berättar för resten av byn vad vi lärt oss.

        Budgeten finns i bifogad pdf.

        Kontakt: Agneta Blom, 0471-502 33, agneta.blom@example.se

        Med vänlig hälsning
        Agneta Blom
        """)
    pdfb = pdf(
        [
            "Budget studieresa Vissefjärda - Alböke 16 maj 2026",
            "",
            "Buss tur och retur, 30 platser          8 500 kr",
            "Visning och föredrag hos Alböke byalag   1 000 kr",
            "Fika och lunch för 30 personer          3 000 kr",
            "Tryck av inbjudan till återträffen        500 kr",
            "Summa                                  13 000 kr",
        ],
        compress=False,
    )
    part = multi(
        "mixed",
        [
            text(body, cte="quoted-printable"),
            attach(pdfb, "application/pdf", "Budget studieresa.pdf"),
        ],
        "=-own11-vissefjarda-Qm9a2x",
    )
    h = H(a.sender, BOT, a.subject, a.date, a.mid, extra=[("X-Mailer", "Evolution 3.50.2")])
    add(
        a.num,
        "vissefjarda-studieresa-pdf",
        message(h, part),
        lab(
            "application",
            "sv",
            "cvb",
            """"En grupp boende i Vissefjärda" without a name -> association false. A concrete dated study
        trip to Alböke byalag's shop and village house plus a report-back meeting -> activity true;
        Agneta Blom with phone and own e-mail -> contact true; the budget is in an uncompressed PDF
        (four items, 13 000) -> budget true. The closed shop and people asking for a meeting place are a
        described need, not anchoring -> false. Women and men stated. Bottom-posted followup in 1432.""",
            contact_name="Agneta Blom",
            contact_email=a.email,
            contact_phone="0471-502 33",
            ort="Vissefjärda",
            amount_sek=13000,
            women_and_men=True,
        ),
    )

    # 1429 Påryd: vague activity, empty anchoring claim, itemised budget (Outlook, base64)
    a = APPS["paryd"]
    body = t("""
        Hej,

        Påryds Byalag ansöker härmed om medel ur idéslanten för 2026.

        Påryds Byalag är en ideell förening med 88 medlemmar i Påryd med omnejd, Kalmar kommun.

        Syftet är att utveckla Påryd. Vi vill genomföra insatser som stärker bygden och
        gemenskapen under året och skapa förutsättningar för framtiden.

        Förankringen i bygden är god.

        Budget
        Föreläsare            4 000 kr
        Lokalhyra             2 000 kr
        Marknadsföring        1 500 kr
        Förtäring             2 500 kr
        Totalt               10 000 kr

        Med vänliga hälsningar

        Rolf Karlsson
        Ordförande, Påryds Byalag
        Tel. 0480-630 17 | Mobil 070-861 29 40
        """)
    html = (
        '<html><body lang="SV"><div class="WordSection1">'
        + html_of(body)
        + "</div></body></html>\n"
    )
    alt = multi(
        "alternative",
        [text(body, cte="base64"), text(html, "html", cte="base64")],
        "_000_RK0331own11_",
    )
    h = H(
        a.sender,
        BOT,
        a.subject,
        a.date,
        a.mid,
        extra=[("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "sv-SE")],
    )
    add(
        a.num,
        "paryd-byalag-vag-och-tom-forankring",
        message(h, alt),
        lab(
            "application",
            "sv",
            "acb",
            """Formal Outlook mail, multipart/alternative with both parts base64. Named association with
        88 members; Rolf Karlsson with two phones (first recorded) -> contact true; a four-item budget
        (10 000) -> budget true. The activity is only "insatser som stärker bygden och gemenskapen"
        -> false, and "Förankringen i bygden är god" is the word without content -> false. The
        "-----Ursprungligt meddelande-----" followup 1435 supplies both.""",
            association_name="Påryds Byalag",
            contact_name="Rolf Karlsson",
            contact_email=a.email,
            contact_phone="0480-630 17",
            members=88,
            ort="Påryd",
            amount_sek=10000,
        ),
    )


def batch_09() -> None:
    # 1430 Timmernabben: complete, HTML-only with a budget table
    a = APPS["timmernabben"]
    html = t(f"""
        <!DOCTYPE html>
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
        <body style="font-family:Verdana,sans-serif">
        <h3>Ansökan om idéslanten 2026 – Timmernabbens sommarkvällar</h3>
        <p><b>Sökande:</b> Timmernabbens Intresseförening, org.nr {ORG["timmernabben"]}. Föreningen
        arbetar för service, boende och trivsel i Timmernabben och har 67 medlemmar.</p>
        <p><b>Kontaktperson:</b> Sara Lindqvist, sekreterare, 073-802 14 55,
        <a href="mailto:sara.lindqvist@example.org">sara.lindqvist@example.org</a></p>
        <p><b>Aktivitet:</b> Tre sommarkvällar vid gästhamnen (25 juni, 16 juli och 13 augusti) med
        lokala musiker, en bytardag för barnkläder och fritidsprylar och ett samtal om hur hamnen
        kan bli en mötesplats även efter sommaren. Kvällarna ska få fler fastboende, kvinnor och män,
        gamla och unga, att träffas och ge underlag till en hamnplan som vi lämnar till Mönsterås
        kommun.</p>
        <p><b>Förankring:</b> I byns Facebookgrupp frågade vi i januari vad folk saknar – 112 svarade
        och de flesta ville ha fler träffar vid hamnen. Intresseföreningens årsmöte den 28 februari
        beslutade om sommarkvällarna, och Timmernabbens IF och Kulturföreningen Kvarnen står som
        medarrangörer.</p>
        <p><b>Budget:</b></p>
        <table border="1" cellpadding="4" cellspacing="0">
        <tr><th>Post</th><th>Belopp</th></tr>
        <tr><td>Arvode musiker, 3 kvällar à 2 000 kr</td><td>6 000 kr</td></tr>
        <tr><td>Hyra av scen och ljud</td><td>3 000 kr</td></tr>
        <tr><td>Annonsering</td><td>1 200 kr</td></tr>
        <tr><td>Fika</td><td>1 800 kr</td></tr>
        <tr><td><b>Summa (sökt belopp)</b></td><td><b>12 000 kr</b></td></tr>
        </table>
        <p>Vänliga hälsningar<br>Sara Lindqvist<br>Timmernabbens Intresseförening</p>
        </body></html>
        """)
    h = H(
        a.sender,
        BOT,
        a.subject,
        a.date,
        a.mid,
        extra=[("X-Mailer", "Microsoft Outlook for Mac 16.83")],
    )
    add(
        a.num,
        "timmernabben-html-komplett",
        message(h, text(html, "html", cte="quoted-printable")),
        lab(
            "application",
            "sv",
            "acvfb",
            """Complete HTML-only application (QP) with headed paragraphs and an HTML budget table. Association
        with org.nr and 67 members; contact with phone and mailto link; three dated harbour evenings
        aimed at a harbour plan; anchoring via a Facebook survey (112 answers, not members), the annual
        meeting decision and two co-organisers; budget four items = 12 000. Musicians' fees are
        performers' fees, not salary; renting a stage is not an investment. Its receipt draws an
        autoreply without automation headers (1431).""",
            association_name="Timmernabbens Intresseförening",
            org_number=ORG["timmernabben"],
            contact_name="Sara Lindqvist",
            contact_email=a.email,
            contact_phone="073-802 14 55",
            members=67,
            ort="Timmernabben",
            amount_sek=12000,
            women_and_men=True,
        ),
    )

    # 1431 Timmernabben: out-of-office without any automation header, quoting the receipt
    d = a.receipt_date + dt.timedelta(seconds=25)
    body = (
        t("""
        Hej,

        Jag är på utbildning 1–3 april och läser mejl sporadiskt. Jag återkommer måndag 6 april.
        Brådskande föreningsärenden: ring ordförande Hans Öberg, 070-731 66 02.

        Sara Lindqvist

        -----Ursprungligt meddelande-----
        """)
        + outlook_sv(
            f"{BOT_NAME} <{BOT_ADDR}>",
            a.receipt_date,
            f"Sara Lindqvist <{a.email}>",
            a.receipt_subject,
            weekday=True,
        )
        + "\n"
        + receipt(a, [])
    )
    h = H(
        a.sender,
        BOT,
        "Re: " + a.receipt_subject,
        d,
        mid_for(1431, d, "example.org"),
        irt=a.receipt_mid,
        refs=[a.mid, a.receipt_mid],
        extra=[("X-Mailer", "Microsoft Outlook for Mac 16.83")],
    )
    add(
        1431,
        "timmernabben-franvaro-utan-header",
        message(h, text(body, cte="quoted-printable")),
        lab(
            "autoreply",
            "sv",
            "",
            """Out-of-office reply 25 seconds after the receipt for 1430, with a plain "Re:" subject, no
        Auto-Submitted/X-Autoreply/Precedence header and the receipt quoted under
        "-----Ursprungligt meddelande-----". Only the text (away 1–3 April, back on the 6th) shows it is
        automatic. It names another person and a phone, but it is not a followup: all facts null.""",
        ),
    )

    # 1432 Vissefjärda: bottom-posting, adds association and anchoring
    a = APPS["vissefjarda"]
    d = when(4, 2, 20, 18)
    new = t(f"""
        Hej!

        Här kommer det som saknades.

        Föreningen: Vi heter Vissefjärda Framtid och är en ideell förening som bildades 2024 för att
        få tillbaka service och mötesplatser i Vissefjärda. Org.nr {ORG["vissefjarda"]}, 26 medlemmar.

        Förankring: Den 25 mars hade vi ett öppet möte i församlingshemmet där ungefär 40 personer
        kom, och mötet röstade för studieresan. Vissefjärda hembygdsförening och Vissefjärda GoIF
        hjälper till med inbjudan och återträffen, och sex personer har anmält sig att planera
        återträffen.

        Hälsningar
        Agneta Blom
        0471-502 33
        """)
    body = (
        tbird_attr(a.receipt_date, BOT_NAME)
        + gt(receipt(a, ["association", "anchoring"]))
        + "\n"
        + new
    )
    h = H(
        a.sender,
        BOT,
        "Re: " + a.receipt_subject,
        d,
        mid_for(1432, d, "example.se"),
        irt=a.receipt_mid,
        refs=[a.mid, a.receipt_mid],
        extra=[("User-Agent", "Evolution 3.50.2")],
    )
    add(
        1432,
        "vissefjarda-re-bottenpost",
        message(h, text(body, cte="quoted-printable")),
        lab(
            "followup",
            "sv",
            "acf",
            """Bottom-posted reply: the quoted receipt comes first and the new text below it. New text names
        Vissefjärda Framtid with purpose, org.nr and 26 members -> association true; an open meeting of
        ~40 (attendance, not members) that voted for the trip, two helping local clubs and six
        volunteers -> anchoring true; signed Agneta Blom with phone -> contact true.""",
            association_name="Vissefjärda Framtid",
            org_number=ORG["vissefjarda"],
            contact_name="Agneta Blom",
            contact_email=a.email,
            contact_phone="0471-502 33",
            members=26,
            ort="Vissefjärda",
        ),
    )

    # 1433 Edsbruk: complete, budget as .txt attachment
    a = APPS["edsbruk"]
    body = t(f"""
        Hej,

        Edsbruks Bruksmuseiförening ({ORG["edsbruk"]}) söker härmed idéslanten.

        Föreningen har 41 medlemmar och sköter det lilla bruksmuseet i gamla magasinet vid
        Edsbruks herrgård. Vi vill ordna en "bruksdag" den 6 juni med en föreläsning om
        bruksepoken av en historiker från Västerviks museum och därefter en workshop där vi
        utbildar frivilliga guider. Målet är guidade visningar för besökare hela sommaren, så att
        turister stannar längre i Edsbruk och handlar i byn. För alla intresserade, kvinnor som män.

        Bruksdagen beslutades på årsmötet i mars. Edsbruks byalag och Edsbruks IF hjälper till med
        marknadsföring och servering, och tolv personer har redan anmält sig som guider.

        Budget, se bifogad textfil.

        Kontaktperson: Thomas Berg, 070-918 03 77

        Med vänlig hälsning
        Thomas Berg
        ordförande
        """)
    budget = "BUDGET BRUKSDAG EDSBRUK 2026\r\n\r\nForelasare (arvode + resa)      4 000 kr\r\nGuideutbildning, kursmaterial   1 500 kr\r\nTryck av guidefolder            2 500 kr\r\nAnnonsering                     1 000 kr\r\nServering                       2 000 kr\r\n-----------------------------------------\r\nSumma                          11 000 kr\r\n"
    txt = Part(
        [
            ("Content-Type", 'text/plain; charset="us-ascii"; name="budget.txt"'),
            ("Content-Disposition", 'attachment; filename="budget.txt"'),
            ("Content-Transfer-Encoding", "base64"),
        ],
        base64.encodebytes(budget.encode("ascii")),
    )
    part = multi("mixed", [text(body, cte="8bit"), txt], "b1_own11_edsbruk_0407")
    h = H(a.sender, BOT, a.subject, a.date, a.mid, extra=[("X-Mailer", "Telia Webmail")])
    add(
        a.num,
        "edsbruk-bruksmuseum-txt-budget",
        message(h, part),
        lab(
            "application",
            "sv",
            "acvfb",
            """Complete application; the budget is a base64 .txt attachment with CRLF lines inside (five items,
        11 000). Named association with org.nr and 41 members, a dated bruksdag with historian and
        guide training for year-round visits, anchoring via annual meeting, two local clubs and twelve
        volunteer guides, contact Thomas Berg with phone from own address. The receipt to this mail
        bounces (1434, mailbox full).""",
            association_name="Edsbruks Bruksmuseiförening",
            org_number=ORG["edsbruk"],
            contact_name="Thomas Berg",
            contact_email=a.email,
            contact_phone="070-918 03 77",
            members=41,
            ort="Edsbruk",
            amount_sek=11000,
            women_and_men=True,
        ),
    )


def batch_10() -> None:
    # 1434 Edsbruk: Exchange-style NDR (mailbox full) of the receipt, headers only
    a = APPS["edsbruk"]
    d = a.receipt_date + dt.timedelta(seconds=20)
    notice = t(f"""
        Det gick inte att leverera meddelandet till de här mottagarna eller grupperna:

        {a.email}
        Mottagarens postlåda är full och kan inte ta emot meddelanden just nu. Försök skicka
        meddelandet igen senare, eller kontakta mottagaren direkt.

        Diagnostisk information för administratörer:

        Genererande server: mx2.example.net
        {a.email}
        Remote Server returned '552 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException'
        """)
    status = t(f"""
        Reporting-MTA: dns;mx2.example.net
        Received-From-MTA: dns;ideslanten.example.se
        Arrival-Date: {rfcdate(a.receipt_date)}

        Final-Recipient: rfc822;{a.email}
        Action: failed
        Status: 5.2.2
        Diagnostic-Code: smtp;552 5.2.2 mailbox full
        """)
    heads = (
        f"From: {BOT}\nTo: {a.sender}\nSubject: {hdr(a.receipt_subject)}\nDate: {rfcdate(a.receipt_date)}\n"
        f"Message-ID: {a.receipt_mid}\nIn-Reply-To: {a.mid}\nReferences: {a.mid}\nAuto-Submitted: auto-replied\n"
        "MIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n"
    )
    rep = multi(
        "report",
        [
            multi(
                "alternative",
                [
                    text(notice, cte="quoted-printable"),
                    text(
                        "<html><body><p><b>Leveransen misslyckades.</b></p><pre>"
                        + _x(notice)
                        + "</pre></body></html>\n",
                        "html",
                        cte="quoted-printable",
                    ),
                ],
                "_001_NDR_own11_edsbruk_",
            ),
            Part([("Content-Type", "message/delivery-status")], status.encode("ascii")),
            Part([("Content-Type", "text/rfc822-headers")], heads.encode("ascii")),
        ],
        "_002_NDR_own11_edsbruk_",
        extra="; report-type=delivery-status",
    )
    h = [
        ("From", "postmaster@example.net"),
        ("To", BOT_ADDR),
        ("Subject", hdr("Olevererbart: " + a.receipt_subject)),
        ("Date", rfcdate(d)),
        ("Message-ID", "<ndr.own11.1434@mx2.example.net>"),
        ("In-Reply-To", a.receipt_mid),
        ("References", f"{a.mid}\n {a.receipt_mid}"),
        ("Auto-Submitted", "auto-replied"),
        ("Content-Language", "sv-SE"),
    ]
    add(
        1434,
        "edsbruk-bounce-postlada-full",
        message(h, rep),
        lab(
            "bounce",
            "sv",
            "",
            """Swedish Exchange-style non-delivery report ("Olevererbart:", mailbox full, 5.2.2) for the
        bot's receipt to 1433: multipart/report with a multipart/alternative notice, delivery-status and
        only text/rfc822-headers of the receipt. In-Reply-To/References name the receipt and the
        application, yet it is a bounce; all facts null.""",
        ),
    )

    # 1435 Påryd: Outlook "-----Ursprungligt meddelande-----", adds activity and anchoring
    a = APPS["paryd"]
    d = when(4, 8, 10, 41)
    new = t("""
        Hej!

        Vi förtydligar enligt nedan.

        Aktiviteten: Vi ordnar tre framtidskvällar i Påryds bygdegård, 17 september, 15 oktober och
        12 november. Första kvällen berättar en föreläsare från Hela Sverige ska leva om hur andra
        byar tagit fram bygdeplaner, andra kvällen handlar om skolskjuts och kollektivtrafik och den
        tredje sammanfattar vi allt till en bygdeplan för Påryd som lämnas till Kalmar kommun. Syftet
        är att fler ska vilja bo kvar och flytta hit.

        Förankringen: I februari delade vi ut en enkät i alla brevlådor i Påryd och 74 hushåll
        svarade – de flesta ville ha en bygdeplan. Påryds IK och Påryds hembygdsförening är
        medarrangörer.

        Med vänliga hälsningar

        Rolf Karlsson
        Ordförande, Påryds Byalag
        Tel. 0480-630 17 | Mobil 070-861 29 40

        -----Ursprungligt meddelande-----
        """)
    body = (
        new
        + f"Från: {BOT_NAME} [mailto:{BOT_ADDR}]\nSkickat: den {sv_date(a.receipt_date)} {hm(a.receipt_date)}\nTill: Rolf Karlsson\nÄmne: {a.receipt_subject}\n\n"
        + receipt(a, ["activity", "anchoring"])
    )
    h = H(
        a.sender,
        BOT,
        "SV: " + a.receipt_subject,
        d,
        mid_for(1435, d, "example.com"),
        irt=a.receipt_mid,
        refs=[a.mid, a.receipt_mid],
        extra=[
            ("X-Mailer", "Microsoft Office Outlook 12.0"),
            ("Thread-Index", "AdzGh3f1own11PaRyd=="),
        ],
    )
    add(
        1435,
        "paryd-sv-ursprungligt-meddelande",
        message(h, text(body, charset="windows-1252", cte="8bit")),
        lab(
            "followup",
            "sv",
            "cvf",
            """Old Outlook reply, windows-1252 8bit, top-posted over "-----Ursprungligt meddelande-----" with
        a "Från: ... [mailto:...]" block. New text: three dated evenings with a named lecturer source,
        themes and a bygdeplan for the municipality -> activity true; a household survey (74 answers) and
        two co-organisers -> anchoring true; full signature with two phones -> contact true. The
        signature's association name says nothing new -> association false.""",
            association_name="Påryds Byalag",
            contact_name="Rolf Karlsson",
            contact_email=a.email,
            contact_phone="0480-630 17",
            ort="Påryd",
        ),
    )

    # 1436 Kastlösa: a new application sent as a reply in a question thread with the officer
    a = APPS["kastlosa"]
    q_mid = "<20260324.own11.fraga@example.se>"
    o_mid = "<HE1PR0701MB2210.own11.svar@example.se>"
    od = when(3, 25, 9, 12)
    officer = t(f"""
        Hej Birgitta!

        Roligt att ni vill söka! Skicka ansökan till {BOT_ADDR} (gärna med mig på kopia) och ta med:
        1. uppgifter om föreningen, 2. en kontaktperson, 3. vad ni ska göra och hur det utvecklar
        bygden, 4. hur det är förankrat, t.ex. ett bygdemöte, och 5. en översiktlig budget med poster,
        t.ex. föreläsare 4 000 kr, lokal 1 500 kr. Max 15 000 kr per ort och år.

        Vänliga hälsningar
        {OFFICER_NAME}
        Landsbygdsutvecklare, Region Kalmar län
        """)
    new = t(f"""
        Hej Sofia och Idéslanten!

        Tack för svaret. Här kommer vår ansökan.

        Kastlösa Bygdegårdsförening u.p.a., org.nr {ORG["kastlosa"]}, äger bygdegården i Kastlösa
        på södra Öland och har 62 medlemmar.

        Vi vill ordna "Alvarets dag" söndagen den 23 augusti: en guidad vandring på Stora alvaret med
        en biolog, en utställning med hantverk från byarna runt Kastlösa och på eftermiddagen ett
        samtal om hur världsarvet kan ge fler jobb och fler helårsboende här. Dagen är öppen för alla,
        kvinnor och män, bofasta och sommargäster.

        På bygdemötet i februari (35 personer) bestämde vi oss för dagen. Kastlösa hembygdsförening
        ordnar utställningen och tio frivilliga sköter servering och parkering.

        Budget:
        Biolog, arvode och resa     3 500 kr
        Hyra av tält                2 000 kr
        Hyra av bajamajor           1 200 kr
        Annonsering                 1 000 kr
        Fika                        1 500 kr
        Summa                       9 200 kr

        Kontaktperson: Birgitta Ölander, 0485-420 38, birgitta.olander@example.se

        Hälsningar
        Birgitta Ölander
        kassör

        """)
    orig_q = "Hej! Vi i bygdegårdsföreningen funderar på att söka idéslanten till en alvardag. Vad ska ansökan innehålla och vart skickar vi den?\n\nBirgitta Ölander\n"
    body = (
        new
        + "________________________________\n"
        + outlook_sv(
            f"{OFFICER_NAME} <{OFFICER_ADDR}>",
            od,
            f"Birgitta Ölander <{a.email}>",
            "SV: Frågor om idéslanten",
        )
        + "\n"
        + officer
        + "\n________________________________\n"
        + outlook_sv(
            f"Birgitta Ölander <{a.email}>",
            when(3, 24, 16, 40),
            OFFICER_ADDR,
            "Frågor om idéslanten",
        )
        + "\n"
        + orig_q
    )
    h = H(
        a.sender,
        addr(OFFICER_NAME, OFFICER_ADDR),
        a.subject,
        a.date,
        a.mid,
        cc=BOT,
        irt=o_mid,
        refs=[q_mid, o_mid],
        extra=[("X-Mailer", "Microsoft Outlook 16.0")],
    )
    add(
        a.num,
        "kastlosa-ansokan-i-fragetrad",
        message(h, text(body, cte="quoted-printable")),
        lab(
            "application",
            "sv",
            "acvfb",
            """A new, complete application sent as a reply ("SV: Frågor om idéslanten") in an earlier question
        thread with the officer (In-Reply-To/References name mails outside the set), bot on Cc. Below the
        new text the officer's guidance – listing all five elements with example amounts (4 000, 1 500,
        max 15 000) – and the original question are quoted; none of that counts, but the new text has
        everything: association with org.nr and 62 members, dated Alvarets dag, village meeting (35
        present) + hembygdsförening + ten volunteers, five-item budget 9 200, contact with phone.
        Renting tents and toilets is not an investment.""",
            association_name="Kastlösa Bygdegårdsförening u.p.a.",
            org_number=ORG["kastlosa"],
            contact_name="Birgitta Ölander",
            contact_email=a.email,
            contact_phone="0485-420 38",
            members=62,
            ort="Kastlösa",
            amount_sek=9200,
            women_and_men=True,
        ),
    )


def batch_11() -> None:
    # 1437 Ankarsrum: windows-1252 8bit, unnamed group, no anchoring, buys a tool kit
    a = APPS["ankarsrum"]
    body = t("""
        Hej!

        Vi är några i Ankarsrum som vill starta ett reparationskafé i Folkets hus. Fyra lördagar i
        höst (19/9, 17/10, 14/11 och 12/12) kl 10-14 tar folk med sig trasiga cyklar, kläder och
        småelektronik och lagar dem tillsammans med en kursledare från studieförbundet. Det blir en
        mötesplats i byn för både kvinnor och män, och folk lär sig laga i stället för att slänga.
        Vi tror verkligen att det behövs här.

        Budget
        Kursledare, 4 lördagar à 1 500 kr         6 000 kr
        Hyra Folkets hus, 4 x 700 kr               2 800 kr
        Verktygslåda och lödstation (köps in)      2 400 kr
        Reservdelar och förbrukningsmaterial       1 500 kr
        Annonsering                                  700 kr
        Summa                                     13 400 kr

        Hälsningar
        Bengt Håkansson
        070-294 51 88
        """)
    h = H(
        a.sender,
        BOT,
        a.subject,
        a.date,
        a.mid,
        extra=[("X-Mailer", "Microsoft Windows Mail 10")],
        subject_charset="iso-8859-1",
    )
    add(
        a.num,
        "ankarsrum-reparationskafe-1252",
        message(h, text(body, charset="windows-1252", cte="8bit")),
        lab(
            "application",
            "sv",
            "cvb",
            """windows-1252 8bit. "Några i Ankarsrum" is no named applicant -> association false; "vi tror
        verkligen att det behövs" is no anchoring -> false. Concrete dated repair café with a course
        leader (fee, not salary) -> activity true; five items summing to 13 400 -> budget true; Bengt
        Håkansson with phone from his own address -> contact true. Buying a tool kit and soldering
        station is a physical investment -> true (spare parts are consumables). Women and men stated.
        The followup 1438 only says they will come back.""",
            contact_name="Bengt Håkansson",
            contact_email=a.email,
            contact_phone="070-294 51 88",
            ort="Ankarsrum",
            amount_sek=13400,
            women_and_men=True,
            physical_investment=True,
        ),
    )

    # 1438 Ankarsrum: "vi återkommer" (webmail, Gmail-like attribution)
    d = when(4, 14, 7, 22)
    body = (
        "Tack för svaret. Vi ska bilda förening på ett möte 2 maj, vi återkommer efter det med resten.\n\n// B\n\n"
        + gmail_attr(a.receipt_date, BOT_NAME, BOT_ADDR)
        + "\n"
        + gt(receipt(a, ["association", "anchoring"]))
    )
    h = H(
        a.sender,
        BOT,
        "SV: " + a.receipt_subject,
        d,
        mid_for(1438, d, "example.com"),
        irt=a.receipt_mid,
        refs=[a.mid, a.receipt_mid],
        extra=[("X-Mailer", "Microsoft Windows Mail 10")],
    )
    add(
        1438,
        "ankarsrum-sv-vi-aterkommer",
        message(h, text(body, cte="base64")),
        lab(
            "followup",
            "sv",
            "",
            """A reply that only says the group will form an association on 2 May and come back – a promise,
        no association, no anchoring. Signed "// B" (an initial), so no named contact either: all
        elements false. utf-8 base64 body; the quoted receipt below asks for association and
        anchoring.""",
        ),
    )

    # 1439 Holmsjö: budget "kommer senare"
    a = APPS["holmsjo"]
    body = t(f"""
        Hej!

        Holmsjö Byalag (org.nr {ORG["holmsjo"]}) söker idéslanten för en studiecirkel och ett stormöte
        under hösten 2026. Byalaget har 73 medlemmar och samlar boende i Holmsjö och byarna runt
        Holmsjön.

        Vi vill köra studiecirkeln "Bo kvar i Holmsjö" med sex träffar i bygdegården (september–
        november) tillsammans med Studiefrämjandet. Vi går igenom vad som behövs för att äldre ska
        kunna bo kvar och unga flytta hit: bredband, samåkning, hemtjänst, tomter. Cirkeln avslutas
        med ett stormöte i december där Nybro kommun bjuds in och vi lämnar över våra förslag.
        Alla i byn är välkomna, kvinnor och män.

        Förankring: I januari gick en enkät ut till 210 hushåll och 96 svarade. Flest ville ha just
        de här frågorna upp. Holmsjö IF och Holmsjö hembygdsförening är med och bjuder in.

        Budget kommer senare – vår kassör håller på med den.

        Kontakt: Anneli Rask, ordförande, 072-330 95 61

        Vänliga hälsningar
        Anneli Rask
        """)
    h = H(a.sender, BOT, a.subject, a.date, a.mid, extra=[("User-Agent", "K-9 Mail for Android")])
    add(
        a.num,
        "holmsjo-budget-kommer-senare",
        message(h, text(body)),
        lab(
            "application",
            "sv",
            "acvf",
            """Android (K-9) utf-8 8bit. Association with org.nr and 73 members, a study circle of six
        meetings plus a public meeting with the municipality, anchoring via a survey to 210 households
        (96 answers – neither is a member count) and two local clubs, contact with phone. "Budget kommer
        senare" -> budget false, no amount. The treasurer sends the budget as a PDF in 1440.""",
            association_name="Holmsjö Byalag",
            org_number=ORG["holmsjo"],
            contact_name="Anneli Rask",
            contact_email=a.email,
            contact_phone="072-330 95 61",
            members=73,
            ort="Holmsjö",
            women_and_men=True,
        ),
    )

    # 1440 Holmsjö: the treasurer (another board member) answers with a compressed PDF budget
    d = when(4, 20, 18, 4)
    frm = addr("Jörgen Falk", "jorgen.falk@example.net")
    new = t("""
        Hej!

        Jag är kassör i Holmsjö Byalag och har gjort budgeten som Anneli skrev om. Den ligger i
        bifogad pdf. Frågor om siffrorna kan ni ställa direkt till mig.

        Mvh
        Jörgen Falk
        0481-600 72
        """)
    quoted = (
        "\n"
        + f"Från: {BOT_NAME} <{BOT_ADDR}>\nDatum: {SV_DAYS[a.receipt_date.weekday()]} {sv_date(a.receipt_date)} {hm(a.receipt_date)}\nTill: Anneli Rask <{a.email}>\nKopia: Jörgen Falk <jorgen.falk@example.net>\nÄmne: {a.receipt_subject}\n\n"
        + gt(receipt(a, ["budget"]))
    )
    pdfb = pdf(
        [
            'Holmsjö Byalag – budget studiecirkel "Bo kvar i Holmsjö" 2026',
            "",
            "Cirkelledare Studiefrämjandet, 6 träffar à 900 kr     5 400 kr",
            "Hyra bygdegården, 7 tillfällen à 400 kr            2 800 kr",
            "Studiematerial                                        1 200 kr",
            "Fika, 7 tillfällen                                    2 100 kr",
            "Annons stormöte                                         800 kr",
            "Summa                                                12 300 kr",
        ]
    )
    part = multi(
        "mixed",
        [
            text(new + quoted, cte="quoted-printable"),
            attach(pdfb, "application/pdf", "Budget Holmsjö byalag 2026.pdf"),
        ],
        "B_own11_holmsjo_3862014440",
    )
    h = H(
        frm,
        BOT,
        "SV: " + a.receipt_subject,
        d,
        mid_for(1440, d, "example.net"),
        cc=a.sender,
        irt=a.receipt_mid,
        refs=[a.mid, a.receipt_mid],
        extra=[
            ("X-Mailer", "Microsoft Outlook for Mac 16.83"),
            ("Thread-Topic", hdr(a.receipt_subject)),
        ],
    )
    add(
        1440,
        "holmsjo-sv-kassor-pdf",
        message(h, part),
        lab(
            "followup",
            "sv",
            "cb",
            """Reply from a different board member (the treasurer, Outlook for Mac with a "Från:/Datum:/Till:/
        Kopia:/Ämne:" block and > quoted receipt), chair on Cc. The PDF (Helvetica, zlib stream,
        non-ASCII filename via RFC 2231) lists five items summing to 12 300 -> budget true; Jörgen Falk
        signs with phone from his own address -> contact true. The association is only named ->
        association false. Renting the bygdegård and study material are not investments.""",
            association_name="Holmsjö Byalag",
            contact_name="Jörgen Falk",
            contact_email="jorgen.falk@example.net",
            contact_phone="0481-600 72",
            ort="Holmsjö",
            amount_sek=12300,
        ),
    )


# === END OF MAILS ===


# ---------------------------------------------------------------------------
# write + self-check
# ---------------------------------------------------------------------------

ALLOWED = ("example.se", "example.com", "example.org", "example.net")
ADDR_RE = re.compile(r"[\w.+-]+@([\w-]+(?:\.[\w-]+)+)")


def _texts(msg) -> list[str]:
    out = []
    for part in msg.walk():
        if part.is_multipart():
            continue
        ctype = part.get_content_type()
        if ctype.startswith("text/") or ctype == "message/delivery-status":
            payload = part.get_payload(decode=True) or b""
            out.append(payload.decode(part.get_content_charset() or "ascii", errors="strict"))
        elif ctype == "message/rfc822":
            pass
    return out


def check(labels: dict, full: bool = True) -> None:
    files = sorted(p.name for p in OUT.glob("*.eml"))
    assert files == sorted(labels), "labels.json keys differ from files"
    msgs = {}
    for name in files:
        raw = (OUT / name).read_bytes()
        assert b"\r" not in raw, name
        assert re.fullmatch(r"\d{4}-[a-z0-9-]+\.eml", name), name
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        for part in msg.walk():
            assert not part.defects, (name, part.defects)
        msgs[name] = msg
        lab_ = labels[name]
        assert set(lab_) == {"kind", "language", "elements", "facts", "notes"}, name
        assert lab_["kind"] in (
            "application",
            "followup",
            "question",
            "autoreply",
            "bounce",
            "newsletter",
            "spam",
        ), name
        assert lab_["language"] in ("sv", "en"), name
        assert list(lab_["elements"]) == ELEMENT_KEYS and all(
            isinstance(v, bool) for v in lab_["elements"].values()
        ), name
        assert list(lab_["facts"]) == FACT_KEYS, name
        assert lab_["notes"], name
        f = lab_["facts"]
        if lab_["kind"] in ("application", "followup"):
            assert isinstance(f["salary_costs"], bool) and isinstance(
                f["physical_investment"], bool
            ), name
        else:
            assert not any(lab_["elements"].values()), name
        if lab_["kind"] in ("autoreply", "bounce", "newsletter", "spam"):
            assert all(v is None for v in f.values()), name
        if f["org_number"] is not None:
            assert luhn_ok(f["org_number"]), (name, f["org_number"])
        # every text part decodes; organisation numbers and addresses in text
        texts = _texts(msg)
        blob = "\n".join(texts) + "\n" + raw.split(b"\n\n", 1)[0].decode("ascii")
        for m in re.finditer(r"(?<![\d-])(\d{6}-\d{4})(?![\d-])", "\n".join(texts)):
            assert luhn_ok(m.group(1)), (name, m.group(1))
        for m in ADDR_RE.finditer(blob):
            dom = m.group(1).lower()
            assert dom in ALLOWED or dom.endswith(tuple("." + a for a in ALLOWED)), (
                name,
                m.group(0),
            )
        for h in ("From", "To", "Cc", "Reply-To"):
            for v in msg.get_all(h) or []:
                for a in v.addresses:
                    assert a.domain.lower() in ALLOWED or a.domain.lower().endswith(
                        tuple("." + x for x in ALLOWED)
                    ), (name, a)
                    if a.username.lower() not in ("mailer-daemon", "postmaster"):
                        assert (
                            a.domain.lower() in ALLOWED
                            or a.domain.lower().split(".", 1)[1] in ALLOWED
                        ), (name, a)
        if f["contact_email"] is not None:
            assert f["contact_email"].split("@")[1] in ALLOWED, name
    # numbering follows the Date header
    dates = [parsedate_to_datetime(str(msgs[n]["Date"])) for n in files]
    assert dates == sorted(dates), "file numbering does not follow Date order"
    nums = [int(n[:4]) for n in files]
    if full:
        assert nums == list(range(1401, 1441)), nums
    # threading
    app_ids = {
        str(msgs[n]["Message-ID"]).strip() for n in files if labels[n]["kind"] == "application"
    }
    for n in files:
        if labels[n]["kind"] != "followup":
            continue
        ids = set(
            re.findall(
                r"<[^>]+>",
                str(msgs[n].get("In-Reply-To", "")) + " " + str(msgs[n].get("References", "")),
            )
        )
        assert ids & app_ids, (n, "followup not threaded to an application")
        assert re.match(r"(?i)(re|sv|vb|fw|fwd|aw):", str(msgs[n]["Subject"])), n
    kinds: dict[str, int] = {}
    for v in labels.values():
        kinds[v["kind"]] = kinds.get(v["kind"], 0) + 1
    print("check ok:", len(files), "mails", kinds)


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for p in OUT.glob("*.eml"):
        p.unlink()
    for name in sorted(k for k in globals() if k.startswith("batch_")):
        globals()[name]()
    labels = {}
    for num, slug, raw, label in sorted(MAILS, key=lambda m: m[0]):
        fname = f"{num}-{slug}.eml"
        assert fname not in labels, fname
        (OUT / fname).write_bytes(raw)
        labels[fname] = label
    (OUT / "labels.json").write_text(
        json.dumps(labels, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
    )
    check(labels, full=len(MAILS) == 40)
    if len(MAILS) != 40:
        print(f"only {len(MAILS)} mails so far", file=sys.stderr)


if __name__ == "__main__":
    main()
