"""Generate the own20 development corpus: 40 fictional e-mails (2701-2740) to the
idéslanten intake bot of Region Kalmar län, themed on the forest villages inland
(Hultsfred, Vimmerby, Högsby, Nybro and Emmaboda municipalities).

Mix: 24 applications (8 complete), 6 threaded followups, 3 questions, 2 autoreplies
(one without any automation header), 1 bounce, 2 newsletters and 2 spam. Many writers are
older people writing long, polite letters; some are young families writing briefly from
phones. All people, associations, organisation numbers and phone numbers are invented.

Regenerate (byte-identical output in tests/data/own20/, including labels.json):

    /work/main/.venv/bin/python tests/data/tools/make_own20.py

The script checks its own output at the end (parsing, schema, Luhn, addresses, ordering,
threading) and exits non-zero on any problem.
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
from email.header import Header
from email.utils import format_datetime, parsedate_to_datetime
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "own20"
FIRST = 2701
BOT = "Idéslanten – Region Kalmar län"
BOT_ADDR = "ideslanten@example.se"
OFFICER = "landsbygdsutvecklare@example.se"
ALLOWED = {"example.se", "example.com", "example.org", "example.net"}

# --------------------------------------------------------------------------- MIME helpers


class Part:
    def __init__(self, headers: list[tuple[str, str]], body: bytes):
        self.headers = headers
        self.body = body

    def render(self) -> bytes:
        head = "".join(f"{k}: {v}\n" for k, v in self.headers)
        return head.encode("ascii") + b"\n" + self.body


def enc_header(s: str, cs: str = "utf-8") -> str:
    """RFC 2047 encode s when it is not plain ASCII."""
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, cs, maxlinelen=76).encode(linesep="\n")


def addr(name: str | None, mail: str, cs: str = "utf-8") -> str:
    if not name:
        return mail
    try:
        name.encode("ascii")
        if re.search(r"[,.;:()<>@\"]", name):
            return f'"{name}" <{mail}>'
        return f"{name} <{mail}>"
    except UnicodeEncodeError:
        return f"{Header(name, cs).encode()} <{mail}>"


def text(
    s: str,
    sub: str = "plain",
    cs: str = "utf-8",
    cte: str = "8bit",
    charset_param: bool = True,
    extra: str = "",
) -> Part:
    if not s.endswith("\n"):
        s += "\n"
    data = s.encode(cs)
    if cte == "quoted-printable":
        body = quopri.encodestring(data)
    elif cte == "base64":
        body = base64.encodebytes(data)
    else:
        body = data
    ct = f"text/{sub}"
    if charset_param:
        ct += f"; charset={cs}" if cs != "utf-8" else '; charset="utf-8"'
    ct += extra
    return Part([("Content-Type", ct), ("Content-Transfer-Encoding", cte)], body)


def attach(filename: str, ctype: str, data: bytes, inline: bool = False) -> Part:
    try:
        filename.encode("ascii")
        fn = f'filename="{filename}"'
        nm = f'name="{filename}"'
    except UnicodeEncodeError:
        q = "".join(
            c
            if c.isalnum() and ord(c) < 128 or c in "._-"
            else "".join(f"%{b:02X}" for b in c.encode("utf-8"))
            for c in filename
        )
        fn = f"filename*=utf-8''{q}"
        nm = f"name*=utf-8''{q}"
    disp = "inline" if inline else "attachment"
    return Part(
        [
            ("Content-Type", f"{ctype};\n {nm}"),
            ("Content-Disposition", f"{disp};\n {fn}"),
            ("Content-Transfer-Encoding", "base64"),
        ],
        base64.encodebytes(data),
    )


def multipart(
    sub: str, parts: list[Part], boundary: str, preamble: str = "", extra: str = ""
) -> Part:
    out = b""
    if preamble:
        out += preamble.encode("ascii") + b"\n"
    for p in parts:
        out += b"--" + boundary.encode() + b"\n" + p.render()
        if not out.endswith(b"\n"):
            out += b"\n"
    out += b"--" + boundary.encode() + b"--\n"
    return Part([("Content-Type", f'multipart/{sub};{extra}\n boundary="{boundary}"')], out)


def message(headers: list[tuple[str, str]], body: Part) -> bytes:
    hs = list(headers) + [("MIME-Version", "1.0")] + body.headers
    head = "".join(f"{k}: {v}\n" for k, v in hs)
    return head.encode("ascii") + b"\n" + body.body


def when(month: int, day: int, hh: int, mm: int, ss: int = 0) -> datetime:
    """Swedish local time; summer time from 29 March 2026."""
    dst = (month, day) >= (3, 29)
    tz = timezone(timedelta(hours=2 if dst else 1))
    return datetime(2026, month, day, hh, mm, ss, tzinfo=tz)


def std_headers(
    frm: str,
    to: str,
    subject: str,
    date: datetime,
    mid: str,
    extra: list[tuple[str, str]] | None = None,
    subj_cs: str = "utf-8",
) -> list[tuple[str, str]]:
    hs = [
        ("From", frm),
        ("To", to),
        ("Subject", enc_header(subject, subj_cs)),
        ("Date", format_datetime(date)),
        ("Message-ID", mid),
    ]
    return hs + (extra or [])


def to_bot() -> str:
    return addr(BOT, BOT_ADDR)


# --------------------------------------------------------------------------- documents

ZIP_DATE = (2026, 1, 1, 0, 0, 0)


def _zip(files: list[tuple[str, str]]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, content in files:
            zi = zipfile.ZipInfo(name, date_time=ZIP_DATE)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, content.encode("utf-8"))
    return buf.getvalue()


def _x(s: str) -> str:
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


def docx(
    paragraphs: list[str], table: list[list[str]] | None = None, after: list[str] | None = None
) -> bytes:
    """Minimal .docx: paragraphs, an optional table, more paragraphs."""

    def para(t: str) -> str:
        bold = t.startswith("**")
        t = t.strip("*")
        rpr = "<w:rPr><w:b/></w:rPr>" if bold else ""
        return f'<w:p><w:r>{rpr}<w:t xml:space="preserve">{_x(t)}</w:t></w:r></w:p>'

    body = "".join(para(p) for p in paragraphs)
    if table:
        rows = ""
        for r in table:
            rows += (
                "<w:tr>"
                + "".join(
                    f'<w:tc><w:p><w:r><w:t xml:space="preserve">{_x(c)}</w:t></w:r></w:p></w:tc>'
                    for c in r
                )
                + "</w:tr>"
            )
        body += f'<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/></w:tblPr>{rows}</w:tbl>'
    body += "".join(para(p) for p in (after or []))
    doc = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>{body}<w:sectPr/></w:body></w:document>'
    ct = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>'
    rels = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>'
    return _zip([("[Content_Types].xml", ct), ("_rels/.rels", rels), ("word/document.xml", doc)])


def xlsx(rows: list[list[str | int | float | None]], sheet: str = "Budget") -> bytes:
    """Minimal .xlsx with inline strings and numbers."""

    def col(i: int) -> str:
        return chr(ord("A") + i)

    xr = ""
    for ri, r in enumerate(rows, 1):
        cells = ""
        for ci, v in enumerate(r):
            ref = f"{col(ci)}{ri}"
            if v is None or v == "":
                continue
            if isinstance(v, (int, float)):
                cells += f'<c r="{ref}"><v>{v}</v></c>'
            else:
                cells += (
                    f'<c r="{ref}" t="inlineStr"><is><t xml:space="preserve">{_x(v)}</t></is></c>'
                )
        xr += f'<row r="{ri}">{cells}</row>'
    sheet_xml = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>{xr}</sheetData></worksheet>'
    wb = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="{_x(sheet)}" sheetId="1" r:id="rId1"/></sheets></workbook>'
    wbrels = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>'
    ct = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>'
    rels = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>'
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
    """One-page PDF, Helvetica/WinAnsi, extractable text."""

    def esc(s: str) -> bytes:
        b = s.encode("cp1252")
        return b.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")

    content = b"BT\n/F1 11 Tf\n14 TL\n50 790 Td\n"
    for ln in lines:
        content += b"(" + esc(ln) + b") Tj\nT*\n"
    content += b"ET\n"
    if compress:
        stream = zlib.compress(content, 9)
        sdict = f"<< /Length {len(stream)} /Filter /FlateDecode >>".encode()
    else:
        stream = content
        sdict = f"<< /Length {len(stream)} >>".encode()
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        sdict + b"\nstream\n" + stream + b"\nendstream",
    ]
    out = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += f"{i} 0 obj\n".encode() + o + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode()
    for o in offs:
        out += f"{o:010d} 00000 n \n".encode()
    out += f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return out


def png(w: int = 24, h: int = 16, seed: int = 7) -> bytes:
    """Small deterministic grey PNG (a 'photo' no program can read text from)."""
    raw = b""
    v = seed
    for _row in range(h):
        raw += b"\x00"
        for _col in range(w):
            v = (v * 1103515245 + 12345) & 0x7FFFFFFF
            raw += bytes([180 + (v >> 16) % 60])

    def chunk(t: bytes, d: bytes) -> bytes:
        return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xFFFFFFFF)

    ihdr = struct.pack(">IIBBBBB", w, h, 8, 0, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", ihdr)
        + chunk(b"IDAT", zlib.compress(raw, 9))
        + chunk(b"IEND", b"")
    )


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
EL_KEYS = ["association", "contact", "activity", "anchoring", "budget"]


def lab(kind: str, el: str = "", notes: str = "", lang: str = "sv", **facts) -> dict:
    """el: letters of present elements - A association, C contact, V activity, F anchoring (förankring), B budget."""
    for k in facts:
        assert k in FACT_KEYS, k
    f = {k: facts.get(k) for k in FACT_KEYS}
    if kind in ("application", "followup"):
        for k in ("salary_costs", "physical_investment"):
            if f[k] is None:
                f[k] = False
    els = {
        "association": "A" in el,
        "contact": "C" in el,
        "activity": "V" in el,
        "anchoring": "F" in el,
        "budget": "B" in el,
    }
    return {"kind": kind, "language": lang, "elements": els, "facts": f, "notes": notes}


def mid(local: str, domain: str = "example.se") -> str:
    return f"<{local}@{domain}>"


GUIDE = {
    "association": (
        "Förening/grupp",
        "vad föreningen eller gruppen heter och lite om den, t.ex. antal medlemmar",
    ),
    "contact": ("Kontaktperson", "namn och e-post eller telefon till den som vi kan kontakta"),
    "activity": ("Aktivitet", "vad ni ska göra, när och hur det bidrar till utvecklingen i byn"),
    "anchoring": (
        "Lokal förankring",
        "hur aktiviteten är förankrad i byn, t.ex. ett bymöte, en enkät eller samarbete med andra föreningar",
    ),
    "budget": ("Budget", "en översiktlig budget med kostnadsposter och belopp"),
}


def receipt(case: str, missing: list[str], variant: int = 0) -> str:
    """The bot's receipt as it appears when quoted (plain text)."""
    lines = [f"– {GUIDE[m][0]}: {GUIDE[m][1]}" for m in missing]
    if variant == 0:
        head = f"Tack för er ansökan om idéslanten! Vi har tagit emot den och gett den ärendenummer {case}.\n\nVi saknar följande i er ansökan:"
        tail = "Svara gärna på det här mejlet med det som fattas, så lägger vi till det i ärendet."
    else:
        head = f"Hej och tack för ansökan om idéslanten! Den är registrerad med ärendenummer {case}.\n\nFör att vi ska kunna pröva den behöver vi också:"
        tail = "Svara på detta mejl (behåll ärendenumret i ämnesraden) så kompletteras ansökan."
    return (
        head
        + "\n"
        + "\n".join(lines)
        + "\n\n"
        + tail
        + "\n\nVänliga hälsningar\nIdéslanten – Region Kalmar län\n(automatiskt mejl)"
    )


def quote(t: str) -> str:
    return "\n".join(("> " + ln) if ln else ">" for ln in t.split("\n"))


MAILS: list[dict] = []


def add(slug: str, raw: bytes, label: dict) -> None:
    MAILS.append({"slug": slug, "raw": raw, "label": label})


# --------------------------------------------------------------------------- mails
# (batches of mails are added below, in Date order)

# ---- 2701 Lönneberga: complete, long old-fashioned letter, iso-8859-1 quoted-printable
MID_LONNEBERGA = mid("4a1f03c2.5d7e.granqvist", "example.net")
add(
    "lonneberga-skogen-efter-oss",
    message(
        std_headers(
            addr("Sven-Olof Granqvist", "so.granqvist@example.net"),
            to_bot(),
            "Ansökan om idéslanten - föredragskvällar i Lönneberga bygdegård",
            when(2, 2, 9, 41, 12),
            MID_LONNEBERGA,
            [("X-Mailer", "Microsoft Outlook Express 6.00.2900.5931")],
            subj_cs="iso-8859-1",
        ),
        text(
            """Till Region Kalmar läns landsbygdsutvecklare

Ärade mottagare!

Undertecknad har av styrelsen för Lönneberga Sockengille fått i uppdrag att till Regionen inkomma med en ansökan om bidrag ur den så kallade idéslanten, varom vi läst i Vimmerby Tidning. Jag ber om överseende med att brevet blir något långt, men jag vill gärna att allt skall bli rätt från början.

Om föreningen
Lönneberga Sockengille är en ideell förening som bildades år 1952 och som har till uppgift att verka för gemenskap och framåtanda i Lönneberga socken. Föreningen har organisationsnummer 802418-8404 och har för närvarande 64 betalande medlemmar, såväl kvinnor som män, de flesta boende i socknen. Vi förvaltar sedan länge bygdegården vid kyrkan.

Vad vi vill göra
Vi önskar under våren anordna tre föredragskvällar under rubriken "Skogen efter oss". Många av oss som äger skog i socknen har passerat sjuttio år, och frågan om vem som skall ta över gårdarna och skogen blir allt mer angelägen. När en gård säljs till utsocknes köpare som aldrig bor här, blir det ett hus mindre med tänt ljus om kvällarna, och det märks på skolan, affären och föreningslivet. Kvällarna är tänkta så här:

  Torsdag 12 mars: Generationsskifte i skogsbruket - en skogsrådgivare från skogsägarföreningen berättar om hur man går tillväga.
  Torsdag 26 mars: Arv, gåva och köp inom familjen - en jurist som är van vid lantbruksfrågor.
  Torsdag 16 april: Unga som vill stanna - två yngre brukare från trakten berättar hur de har gjort, och därefter samtal i grupper om vad byn kan göra för att fler unga skall kunna ta över.

Kvällarna vänder sig till alla, kvinnor och män, unga som gamla, och även till dem som inte äger skog men bryr sig om bygdens framtid.

Förankring
Frågan väcktes på gillets årsmöte söndagen den 25 januari, där 38 personer var närvarande och mötet enhälligt beslutade att vi skulle söka pengar för detta. Lönneberga Hembygdsförening och Lönneberga IF har lovat att hjälpa till med kaffebröd och med att bära stolar, och kyrkans syförening ställer upp med dukning. Ett tiotal medlemmar har anmält sig som frivilliga värdar.

Kostnader (överslag)
  Arvoden till föredragshållare, 3 kvällar à 2 500 kr      7 500 kr
  Hyra av bygdegården, 3 kvällar à 500 kr                   1 500 kr
  Annons i Vimmerby Tidning samt affischer                   1 100 kr
  Kaffe och bröd                                             1 300 kr
  Summa                                                     11 400 kr

Vi ansöker alltså om 11 400 kronor. Inga löner skall betalas ut och ingenting skall köpas in som blir kvar efteråt.

Kontaktperson är undertecknad, Sven-Olof Granqvist, ordförande. Jag nås enklast på telefon 0495-401 27 (hemma, helst förmiddagar) eller på mobilen 070-318 44 90, samt på denna e-postadress.

Med vänlig hälsning och högaktning

Sven-Olof Granqvist
Ordförande, Lönneberga Sockengille
Kvarnbacken 4, 577 96 Lönneberga
""",
            cs="iso-8859-1",
            cte="quoted-printable",
        ),
    ),
    lab(
        "application",
        "ACVFB",
        "Complete application in a long, old-fashioned letter (iso-8859-1, quoted-printable, ISO-8859-1 Q-encoded subject, Outlook Express). Association: named gille with founding year, org.nr and 64 paying members. Contact: the signing chairman from his own address, with a landline first and a mobile second (contact_phone is the first, the landline). Activity: three dated lecture evenings on generational change in forest ownership, tied explicitly to keeping households in the village. Anchoring: annual meeting with 38 present (attendance, not members) decided unanimously, plus help from the hembygdsförening, the sports club and the church sewing circle. Budget: four items with amounts summing to 11 400, which is also the amount applied for; lecturer fees are not salary, hall rent is not an investment. 'kvinnor och män' gives women_and_men true.",
        association_name="Lönneberga Sockengille",
        org_number="802418-8404",
        contact_name="Sven-Olof Granqvist",
        contact_email="so.granqvist@example.net",
        contact_phone="0495-401 27",
        members=64,
        ort="Lönneberga",
        amount_sek=11400,
        women_and_men=True,
    ),
)

# ---- 2702 newsletter: regional rural network, multipart/alternative, List headers
_nl1_txt = """BYGDEBREVET – februari 2026
Landsbygdsnätverket i Småland

I detta nummer:
* Idéslanten öppnar igen – så skriver ni en bra ansökan
* Bygdegårdarnas riksdag i Växjö 18 april
* Reportage: skogsbyn som fick tillbaka sin lanthandel

Idéslanten från Region Kalmar län ger upp till 15 000 kr per ort och år till små
lokala aktiviteter. Glöm inte att beskriva förankringen i byn och att bifoga en
enkel budget!

Du får det här brevet eftersom du anmält dig till Bygdebrevet.
Avregistrera: https://nyhetsbrev.example.org/avregistrera?id=77120
"""
_nl1_html = """<html><body style="font-family:Georgia,serif">
<h1 style="color:#2e5e2b">BYGDEBREVET</h1><p><i>februari 2026 &middot; Landsbygdsnätverket i Småland</i></p>
<h2>Idéslanten öppnar igen</h2>
<p>Idéslanten från Region Kalmar län ger upp till 15&nbsp;000 kr per ort och år till små lokala aktiviteter.
Glöm inte att beskriva förankringen i byn och att bifoga en enkel budget!</p>
<h2>Bygdegårdarnas riksdag</h2><p>Växjö 18 april. Anmälan senast 20 mars.</p>
<h2>Skogsbyn som fick tillbaka sin lanthandel</h2><p>Läs reportaget på vår webb.</p>
<hr><p style="font-size:10px">Du får det här brevet eftersom du anmält dig till Bygdebrevet.
<a href="https://nyhetsbrev.example.org/avregistrera?id=77120">Avregistrera</a></p>
</body></html>"""
add(
    "bygdebrevet-februari",
    message(
        std_headers(
            addr("Bygdebrevet", "nyhetsbrev@example.org"),
            addr(None, BOT_ADDR),
            "Bygdebrevet februari: Idéslanten öppnar igen 🌲",
            when(2, 3, 7, 0, 5),
            mid("nl.2026-02.77120", "example.org"),
            [
                ("List-Id", "Bygdebrevet <bygdebrevet.nyhetsbrev.example.org>"),
                (
                    "List-Unsubscribe",
                    "<https://nyhetsbrev.example.org/avregistrera?id=77120>, <mailto:avregistrera@example.org?subject=77120>",
                ),
                ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
                ("Precedence", "bulk"),
            ],
        ),
        multipart(
            "alternative",
            [
                text(_nl1_txt, cte="quoted-printable"),
                text(_nl1_html, sub="html", cte="quoted-printable"),
            ],
            "=_nl_2026_02_b7f1",
        ),
    ),
    lab(
        "newsletter",
        "",
        "Newsletter from a fictional rural network: List-Id, List-Unsubscribe (with one-click post) and Precedence: bulk, multipart/alternative in quoted-printable, emoji in the encoded subject. It talks about idéslanten, the 15 000 kr cap, anchoring and budgets, which must not make it a question or an application. All elements false and all facts null; the bot must not reply.",
    ),
)

# ---- 2703 Fågelfors: young family from phone, missing association, anchoring, budget
MID_FAGELFORS = mid("B7E2C1D0-33A9-4F5E-9C1A-2F6B0D8E4A11", "example.com")
add(
    "fagelfors-bytardag",
    message(
        std_headers(
            addr("Elin Ahlqvist", "elin.ahlqvist@example.com"),
            addr(None, BOT_ADDR),
            "ansökan bytardag",
            when(2, 6, 21, 17, 48),
            MID_FAGELFORS,
            [("X-Mailer", "iPhone Mail (22D72)")],
        ),
        text(
            """Hej!
Vi är några familjer som flyttat till Fågelfors dom senaste åren och vill ordna en bytardag för barnkläder, leksaker och cyklar i Folkets hus lördag 18 april kl 10-14. Tanken är att nya och gamla fågelforsbor ska träffas och lära känna varann, och att det blir mindre slit och släng. Vi bjuder på fika och gör en loppishörna för pensionärerna också 😊
Vi behöver ca 4000 kr

Hälsningar Elin Ahlqvist
073-552 18 07

Skickat från min iPhone""",
            cte="quoted-printable",
            extra="; format=flowed",
        ),
    ),
    lab(
        "application",
        "CV",
        "Short phone mail from a young parent. Association false: only 'några familjer', no name. Contact true: named signer from her own address with a mobile number. Activity true: a dated swap day in the Folkets hus with fika and a flea-market corner, aimed at getting new and old residents to meet. Anchoring false: nothing about backing from others. Budget false: a single rough figure ('ca 4000 kr'), which is still the amount_sek. No gender statement, so women_and_men null. Followup 2708 supplies the missing parts.",
        contact_name="Elin Ahlqvist",
        contact_email="elin.ahlqvist@example.com",
        contact_phone="073-552 18 07",
        ort="Fågelfors",
        amount_sek=4000,
    ),
)

# ---- 2704 Järnforsen: complete, everything in an attached .docx (RFC 2231 filename)
_jarn_docx = docx(
    [
        "**Ansökan om idéslanten 2026 – Järnforsens Byalag**",
        "1. Sökande förening",
        "Järnforsens Byalag, ideell förening, org.nr 802501-8022. Byalaget bildades 1989 och arbetar för att byn ska vara en levande bruksort. Vi har 41 medlemmar (enskilda personer, både kvinnor och män).",
        "2. Kontaktperson",
        "Anders Boman, kassör, telefon 076-281 40 93, e-post anders.boman@example.com",
        "3. Aktivitet",
        "Framtidsverkstad Järnforsen: två kvällsträffar i bygdegården, tisdag 14 april och tisdag 5 maj kl 18–21, där invånarna tillsammans tar fram en byaplan: vad som behövs för att unga familjer ska vilja flytta hit, hur vi håller kvar skolskjutsen och vad vi kan göra själva. En extern processledare leder träffarna. Resultatet blir en skriftlig byaplan som vi lämnar till kommunen och använder i vårt eget arbete. Träffarna är öppna för alla i byn, kvinnor och män, gamla och unga.",
        "4. Lokal förankring",
        "I december delade vi ut en enkät till alla 140 hushåll i byn; 87 svarade och en klar majoritet ville ha en gemensam byaplan. Föräldraföreningen vid Järnforsens skola och Järnforsens jaktlag står bakom och hjälper till med inbjudningar och soppa.",
        "5. Budget",
    ],
    [
        ["Kostnad", "Belopp (kr)"],
        ["Arvode processledare, 2 kvällar", "6 000"],
        ["Hyra bygdegården, 2 kvällar", "1 000"],
        ["Tryck och utskick av inbjudan till hushållen", "1 400"],
        ["Soppa, bröd och kaffe", "2 200"],
        ["Summa / sökt belopp", "10 600"],
    ],
    ["Järnforsen 8 februari 2026", "Anders Boman"],
)
MID_JARNFORSEN = mid("CAH7x9Q0mT4rP2b_jarnforsen.byalag", "example.com")
add(
    "jarnforsen-framtidsverkstad",
    message(
        std_headers(
            addr("Anders Boman", "anders.boman@example.com"),
            to_bot(),
            "Ansökan idéslanten Järnforsen",
            when(2, 9, 18, 5, 31),
            MID_JARNFORSEN,
        ),
        multipart(
            "mixed",
            [
                text(
                    "Hej!\n\nHär kommer Järnforsens Byalags ansökan om idéslanten, se bifogat dokument.\n\nMvh\nAnders Boman\nkassör, Järnforsens Byalag\n"
                ),
                attach(
                    "Ansökan idéslanten Järnforsen.docx",
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                    _jarn_docx,
                ),
            ],
            "000000000000a1b2c3d4e5f60708",
        ),
    ),
    lab(
        "application",
        "ACVFB",
        "Complete application where the whole content is in an attached .docx with an RFC 2231 (utf-8) file name; the body only says 'se bifogat dokument'. The docx has numbered sections: association with org.nr, founding year and 41 members; contact Anders Boman with phone and e-mail; activity = two dated future-workshop evenings producing a village plan; anchoring = a survey to all households (87 answers - respondents, not members) and backing from the school's parents' association and the hunting team; budget as a docx table with four items and total 10 600. A process leader's fee is a fee, not a salary. 'kvinnor och män' gives women_and_men true.",
        association_name="Järnforsens Byalag",
        org_number="802501-8022",
        contact_name="Anders Boman",
        contact_email="anders.boman@example.com",
        contact_phone="076-281 40 93",
        members=41,
        ort="Järnforsen",
        amount_sek=10600,
        women_and_men=True,
    ),
)

# ---- 2705 question, Pelarne: can the grant pay for painting the bygdegård? windows-1252
add(
    "pelarne-fraga-malning",
    message(
        std_headers(
            addr("Ingvar Fransson", "ingvar.fransson@example.net"),
            addr(None, BOT_ADDR),
            "Fråga om bidrag till målning",
            when(2, 11, 10, 22, 7),
            mid("000801d7a3b4$e1f2c3d0$0401a8c0", "example.net"),
            subj_cs="windows-1252",
        ),
        text(
            """Goddag!

Jag är sekreterare i Pelarne Bygdegårdsförening och har en fråga innan vi skickar in något.

Vår bygdegård behöver målas om på södersidan och hängrännorna är rostiga. Vi har tänkt att göra jobbet själva på en arbetsdag i maj, men färg och nya rännor kostar väl en 12 000 kronor. Kan man få pengar ur idéslanten till sådant, eller är det bara till möten och föredrag?

Tacksam för svar.

Vänliga hälsningar
Ingvar Fransson
Pelarne Bygdegårdsförening
tel 0492-200 61
""",
            cs="windows-1252",
        ),
    ),
    lab(
        "question",
        "",
        "Question, not an application: an elderly secretary asks whether the grant can pay for paint and new gutters for the village hall (windows-1252, 8bit). All elements false. The question itself proposes a physical investment (renovation, materials), so physical_investment is true and salary_costs false; the 12 000 is a cost estimate in a question, not an amount applied for, so amount_sek stays null. Sender facts are filled in as stated.",
        association_name="Pelarne Bygdegårdsförening",
        contact_name="Ingvar Fransson",
        contact_email="ingvar.fransson@example.net",
        contact_phone="0492-200 61",
        ort="Pelarne",
        salary_costs=False,
        physical_investment=True,
    ),
)

# ---- 2706 Södra Vi: budget 'kommer senare', older woman, windows-1252 8bit
MID_SODRAVI = mid("1739433012.88213.margit", "example.se")
add(
    "sodra-vi-mandagstraffar",
    message(
        std_headers(
            addr("Margit Sandell", "margit.sandell@example.se"),
            to_bot(),
            "Ansökan från Södra Vi Byaråd",
            when(2, 13, 14, 36, 52),
            MID_SODRAVI,
            subj_cs="windows-1252",
        ),
        text(
            """Hej!

Jag skriver för Södra Vi Byaråd, där jag sitter i styrelsen sedan många år. Byarådet är en ideell förening för hela Södra Vi socken och vi har drygt åttio medlemmar. Vi arbetar med sådant som rör hela bygden, till exempel busstider, julmarknaden och att ta emot nyinflyttade.

Nu vill vi söka pengar till "Måndagsträffen". Det är tänkt som en öppen träff i församlingshemmet varje måndag eftermiddag från den 9 mars till den 25 maj, kl. 14-16. Varannan gång bjuder vi in någon som berättar något nyttigt, till exempel distriktssköterskan, polisen om bedrägerier mot äldre, biblioteket om e-böcker och någon från kommunen om färdtjänst. De andra gångerna blir det bara kaffe och samtal. Vi märker att många äldre sitter ensamma i stugorna, och de nyinflyttade vet inte var de ska börja för att lära känna folk, så här kan de mötas. Det ska vara för både män och kvinnor, det är ofta karlarna som är svårast att få med.

Vi gör det tillsammans med PRO Södra Vi och Svenska kyrkan, som lånar ut församlingshemmet till självkostnadspris. Tolv personer har redan skrivit upp sig för att koka kaffe och duka.

Budgeten håller vår kassör på med och den kommer senare, men vi räknar med att söka omkring 9 000 kr.

Kontaktperson är jag själv, Margit Sandell, telefon 0492-310 58.

Med vänliga hälsningar
Margit Sandell
Södra Vi Byaråd
""",
            cs="windows-1252",
        ),
    ),
    lab(
        "application",
        "ACVF",
        "Older woman, windows-1252 8bit, encoded subject. Association: named byaråd with 'drygt åttio' members (read as 80) and what it does. Contact: the signer from her own address with phone. Activity: weekly Monday meetings with dated start/end and concrete guest topics, against loneliness and for newcomers. Anchoring: done with PRO and the church, twelve volunteers signed up. Budget false: 'kommer senare' plus a single rough figure 'omkring 9 000 kr' (amount_sek 9000). 'både män och kvinnor' gives women_and_men true. Followup 2712 adds the budget.",
        association_name="Södra Vi Byaråd",
        contact_name="Margit Sandell",
        contact_email="margit.sandell@example.se",
        contact_phone="0492-310 58",
        members=80,
        ort="Södra Vi",
        amount_sek=9000,
        women_and_men=True,
    ),
)

# ---- 2707 Ruda: HTML-only from a shared mailbox signed 'Styrelsen' - contact missing
_ruda_html = """<!DOCTYPE html>
<html><head><meta charset="utf-8"></head>
<body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">
<p>Hej,</p>
<p>Ruda Bygdegårdsförening (org.nr 802436-2546) söker härmed idéslanten för projektet <b>&quot;Ruda förr och nu&quot;</b>.
Föreningen har 112 medlemmar och driver bygdegården i Ruda sedan 1947.</p>
<p><b>Vad vi vill göra</b><br>
Hembygdsföreningen har låtit digitalisera gamla smalfilmer från Ruda och Flerohopps glasbruk från 1950- och 60-talen.
Vi vill visa dem på fyra filmkvällar i bygdegården (fredagarna 6, 13, 20 och 27 mars) och efter varje film ha ett samtal
där de äldre berättar och de yngre frågar. Vi spelar in samtalen så att berättelserna finns kvar i byn. Det ger byn
en gemensam historia att vara stolt över och får nya och gamla rudabor att mötas.</p>
<p><b>Förankring</b><br>
Idén kom upp på byamötet den 3 februari där 27 personer var med och alla ville att vi skulle genomföra det.
Ruda Hembygdsförening står för filmerna och Ruda IK ordnar fika-försäljningen.</p>
<p><b>Budget</b></p>
<table border="1" cellpadding="3" style="border-collapse:collapse">
<tr><td>Hyra av projektor och duk, 4 kvällar à 400 kr</td><td align="right">1 600 kr</td></tr>
<tr><td>Visningslicens</td><td align="right">1 200 kr</td></tr>
<tr><td>Affischer och annons</td><td align="right">500 kr</td></tr>
<tr><td>Fika</td><td align="right">2 000 kr</td></tr>
<tr><td><b>Totalt</b></td><td align="right"><b>5 300 kr</b></td></tr>
</table>
<p>Med vänlig hälsning<br>Styrelsen<br>Ruda Bygdegårdsförening</p>
</body></html>"""
MID_RUDA = mid("rudabygdegard.20260216.0931", "example.se")
add(
    "ruda-filmkvallar",
    message(
        std_headers(
            addr("Ruda Bygdegårdsförening", "ruda.bygdegard@example.se"),
            addr(None, BOT_ADDR),
            "Ansökan: Ruda förr och nu",
            when(2, 16, 9, 31, 4),
            MID_RUDA,
        ),
        text(_ruda_html, sub="html", cte="quoted-printable"),
    ),
    lab(
        "application",
        "AVFB",
        "HTML-only mail (quoted-printable) with the budget as an HTML table. Association: named, org.nr, 112 members, runs the hall since 1947. Activity: four dated film evenings with recorded conversations between old and young residents. Anchoring: village meeting on 3 February with 27 present (not members) plus the hembygdsförening and the sports club. Budget: four items, total 5 300. Contact false: sent from the association's shared mailbox and signed only 'Styrelsen', no named person, so contact facts are null. Women and men not mentioned, so null.",
        association_name="Ruda Bygdegårdsförening",
        org_number="802436-2546",
        members=112,
        ort="Ruda",
        amount_sek=5300,
    ),
)

# ---- 2708 followup to 2703 Fågelfors: iPhone reply adding association, anchoring, budget
_rc_fagel = receipt("2026-0007", ["association", "anchoring", "budget"])
add(
    "fagelfors-bytardag-komplettering",
    message(
        std_headers(
            addr("Elin Ahlqvist", "elin.ahlqvist@example.com"),
            to_bot(),
            "Re: ansökan bytardag [Idéslanten 2026-0007]",
            when(2, 17, 20, 48, 10),
            mid("5C0E9A77-1D42-4B8B-8F63-7A2E19C0B5D2", "example.com"),
            [
                ("In-Reply-To", mid("kvitto.2026-0007")),
                ("References", f"{MID_FAGELFORS}\n {mid('kvitto.2026-0007')}"),
                ("X-Mailer", "iPhone Mail (22D72)"),
            ],
        ),
        text(
            "Hej igen!\nNu har vi startat en förening, Fågelfors Småbarnsföräldrar, vi är 16 medlemmar.\n"
            "Vi tog upp bytardagen på byalagets möte 12 feb, ca 25 pers var där och alla tyckte det var jättebra. Fågelfors Byalag lånar ut bord och hjälper till att sätta upp affischer.\n\n"
            "Budget:\nHyra Folkets hus 900 kr\nFika 1800 kr\nAffischer, tejp mm 300 kr\nHyra klädställningar 1000 kr\n= 4000 kr\n\n"
            "Elin Ahlqvist\n\nSkickat från min iPhone\n\n"
            "> 6 feb. 2026 kl. 21:18 skrev Idéslanten – Region Kalmar län <ideslanten@example.se>:\n>\n"
            + quote(_rc_fagel),
            cte="quoted-printable",
        ),
    ),
    lab(
        "followup",
        "ACFB",
        "Followup from the iPhone to the receipt for 2703 (In-Reply-To the receipt, References the application), quoting the receipt below in Apple Mail style. New text supplies association (named new group, 16 members), anchoring (byalaget's meeting with about 25 present - attendance, not members - and the byalag lending tables and putting up posters), and a four-item budget summing to 4000. Contact true: signed with full name from her own address (no phone in the new text). Activity false: the new text does not describe the activity again; the quoted receipt makes nothing true.",
        association_name="Fågelfors Småbarnsföräldrar",
        contact_name="Elin Ahlqvist",
        contact_email="elin.ahlqvist@example.com",
        members=16,
        ort="Fågelfors",
        amount_sek=4000,
    ),
)

# ---- 2709 Orrefors: budget in .xlsx, anchoring only an empty claim
_orr_xlsx = xlsx(
    [
        ["Budget – Glasbyns berättelser 2026", None, None],
        ["Post", "Antal", "Kronor"],
        ["Arvode berättare (pensionerade glasblåsare)", 6, 4800],
        ["Tryck av karta och folder", 1, 2500],
        ["Annonser (Barometern, Facebook)", None, 1200],
        ["Ljudanläggning hyra", 6, 600],
        ["Summa", None, 9100],
    ]
)
MID_ORREFORS = mid("7f3b2e10c9a44d58", "example.org")
add(
    "orrefors-glasbyns-berattelser",
    message(
        std_headers(
            addr("Jonas Lindqvist", "jonas.lindqvist@example.org"),
            to_bot(),
            "Idéslanten – Glasbyns berättelser, Orrefors",
            when(2, 19, 12, 14, 40),
            MID_ORREFORS,
        ),
        multipart(
            "mixed",
            [
                text(
                    """Hej,

Föreningen Orrefors Framåt (org.nr 802512-3665, 47 medlemmar) vill söka idéslanten för "Glasbyns berättelser".

Vi ordnar sex guidade kvällsvandringar genom gamla bruksområdet i Orrefors, torsdagar i juni–augusti. Pensionerade glasblåsare som jobbat på bruket berättar om arbetet vid ugnarna och om livet i byn. Vandringarna är gratis och öppna för alla – kvinnor, män och barn, bybor och sommargäster – och slutar vid kaféet vid hyttan så att även det lokala näringslivet får något ut av det. Vi vill att orreforsarna själva ska känna stolthet över historien och att fler besökare stannar kvar i byn.

Förankringen i byn är god och vi tror att många kommer att uppskatta vandringarna.

Budget bifogas som Excel.

Hälsningar
Jonas Lindqvist, ordförande
Orrefors Framåt
070-944 12 36
""",
                    cte="quoted-printable",
                ),
                attach(
                    "budget_glasbyn.xlsx",
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                    _orr_xlsx,
                ),
            ],
            "----=_Part_2211_1840371.1771499680",
        ),
    ),
    lab(
        "application",
        "ACVB",
        "Plain text plus an .xlsx budget. Association: named with org.nr and 47 members. Contact: chairman signing from his own address with phone. Activity: six guided evening walks June-August led by retired glassblowers, ending at the local café, with stated local benefit. Anchoring false: 'Förankringen i byn är god' and a hope that people will appreciate it are empty claims. Budget true from the spreadsheet: four items, total 9 100 (storytellers' fees are fees, renting sound equipment is not an investment). 'kvinnor, män och barn' gives women_and_men true.",
        association_name="Orrefors Framåt",
        org_number="802512-3665",
        contact_name="Jonas Lindqvist",
        contact_email="jonas.lindqvist@example.org",
        contact_phone="070-944 12 36",
        members=47,
        ort="Orrefors",
        amount_sek=9100,
        women_and_men=True,
    ),
)

# ---- 2710 spam: mailbox-full phishing, HTML only
add(
    "spam-brevlada-full",
    message(
        std_headers(
            addr("E-post Administratör", "no-reply@example.net"),
            addr(None, BOT_ADDR),
            "VARNING: Din brevlåda är 98% full – åtgärd krävs inom 24 timmar",
            when(2, 23, 3, 12, 55),
            mid("a81c.20260223031255.9920", "example.net"),
            [("Reply-To", "kontoverifiering@example.net"), ("X-Priority", "1 (Highest)")],
        ),
        text(
            """<html><body>
<p>Bästa användare ideslanten@example.se,</p>
<p>Din brevlåda har nått <b>98%</b> av sin lagrings kvot. Inkommande meddelanden kommer att <b>avvisas</b> och ditt konto stängs om du inte verifierar inom 24 timmar.</p>
<p><a href="http://example.net/owa/verify.php?u=ideslanten">KLICKA HÄR FÖR ATT UPPGRADERA KVOT</a></p>
<p>Tack,<br>Region Kalmar län IT-avdelning<br>© 2026 Microsoft Exchange Server</p>
</body></html>""",
            sub="html",
            cte="base64",
        ),
    ),
    lab(
        "spam",
        "",
        "Phishing: fake 'mailbox full' notice pretending to be the region's IT department, base64 HTML-only, X-Priority 1 and a different Reply-To. Nothing about the grant. All elements false and all facts null; the bot must not reply.",
    ),
)

# ---- 2711 Vissefjärda: complete, in English, multipart/alternative
_viss_txt = """Dear Sir or Madam,

My name is Marieke van Dijk. My husband and I moved from Utrecht to Vissefjärda in 2019, and last year we started the association Föreningen Nya Vissefjärdabor together with other newcomers and some of our Swedish neighbours. We are a registered non-profit association (org.nr 802463-7509) with 23 members - Dutch, German and Swedish, women and men.

WHAT WE WANT TO DO
"Språkcafé & byakväll": six Thursday evenings, 5 March to 14 May, every second week, 18.30-20.30 in the parish hall (församlingshemmet). The first hour newcomers practise Swedish with local people over coffee. The second hour a local person explains something about village life: the history of Vissefjärda, how the road association (vägsamfällighet) works, hunting and allemansrätten, the school and the football club. Many newcomers leave again after two or three winters because they never get to know anyone. We want them to stay, to learn the language and to join the associations in the village. The evenings are open to everybody, women and men, young and old.

LOCAL ANCHORING
We do this together with PRO Vissefjärda - nine retired members have signed up as conversation partners - and Vissefjärda Hembygdsförening, which hosts the history evening. The idea was discussed and supported at the hembygdsförening's board meeting on 20 January.

BUDGET
- Rent of the parish hall, 6 x 350 SEK = 2 100 SEK
- Fees for two guest speakers, 2 x 1 500 SEK = 3 000 SEK
- Coffee and cake, 6 x 400 SEK = 2 400 SEK
- Printed flyers in Swedish, English and Dutch = 700 SEK
Total: 8 200 SEK, which is the amount we apply for.

CONTACT
Marieke van Dijk, secretary
+46 70 612 88 04
marieke.vandijk@example.com

Sorry that we write in English - our Swedish is getting better but we wanted to be sure everything is clear!

Kind regards / Vänliga hälsningar,
Marieke van Dijk
"""
_viss_html = (
    '<html><body><div style="font-family:Verdana,sans-serif;font-size:10pt">'
    + "".join(
        f"<p>{ln.replace('&', '&amp;').replace('<', '&lt;')}</p>" if ln.strip() else ""
        for ln in _viss_txt.split("\n\n")
    ).replace("\n", "<br>\n")
    + "</div></body></html>"
)
MID_VISSEFJARDA = mid("CAKd83nF0q1Vv_xM2+Lp9hYrT5e3", "example.com")
add(
    "vissefjarda-sprakcafe",
    message(
        std_headers(
            addr("Marieke van Dijk", "marieke.vandijk@example.com"),
            addr(None, BOT_ADDR),
            "Application idéslanten - Språkcafé Vissefjärda",
            when(2, 25, 16, 2, 19),
            MID_VISSEFJARDA,
        ),
        multipart(
            "alternative",
            [text(_viss_txt), text(_viss_html, sub="html", cte="quoted-printable")],
            "000000000000f3e8d9062b4c11a7",
        ),
    ),
    lab(
        "application",
        "ACVFB",
        "Complete application in English from a Dutch newcomer, multipart/alternative (8bit plain + quoted-printable HTML). Association: registered non-profit with org.nr and 23 members. Contact: named secretary with phone (+46 format) and her own e-mail. Activity: six dated language-café evenings with concrete topics, aimed at newcomers staying and joining village life. Anchoring: done with PRO (nine volunteers) and the hembygdsförening, backed at its board meeting. Budget: four items, total 8 200 SEK applied for; speaker fees are not salary, hall rent is not an investment. 'women and men' gives women_and_men true. Language en.",
        lang="en",
        association_name="Föreningen Nya Vissefjärdabor",
        org_number="802463-7509",
        contact_name="Marieke van Dijk",
        contact_email="marieke.vandijk@example.com",
        contact_phone="+46 70 612 88 04",
        members=23,
        ort="Vissefjärda",
        amount_sek=8200,
        women_and_men=True,
    ),
)

# ---- 2712 followup to 2706 Södra Vi: Outlook top-post with the budget, windows-1252 QP
_rc_sodravi = receipt("2026-0009", ["budget"], variant=1)
add(
    "sodra-vi-budget",
    message(
        std_headers(
            addr("Margit Sandell", "margit.sandell@example.se"),
            to_bot(),
            "SV: Ansökan från Södra Vi Byaråd [Idéslanten 2026-0009]",
            when(2, 27, 11, 5, 33),
            mid("000b01dca7c2$4f1e2a90$ed5b7fb0$", "example.se"),
            [
                ("In-Reply-To", mid("kvitto.2026-0009")),
                ("References", f"{MID_SODRAVI} {mid('kvitto.2026-0009')}"),
                (
                    "Thread-Topic",
                    enc_header(
                        "Ansökan från Södra Vi Byaråd [Idéslanten 2026-0009]", "windows-1252"
                    ),
                ),
                ("X-Mailer", "Microsoft Outlook 16.0"),
            ],
            subj_cs="windows-1252",
        ),
        text(
            """Hej igen!

Nu har vår kassör Bertil räknat fram budgeten för Måndagsträffen:

Hyra församlingshemmet, 12 gånger à 250 kr   3 000 kr
Ersättning till inbjudna gäster, 6 gånger à 500 kr   3 000 kr
Kaffe och bröd, 12 gånger à 200 kr   2 400 kr
Annons i Vimmerby Tidning   600 kr
Summa   9 000 kr

Hoppas att det blir bra så.

Vänliga hälsningar
Margit Sandell

Från: Idéslanten – Region Kalmar län <ideslanten@example.se>
Skickat: den 13 februari 2026 14:37
Till: Margit Sandell <margit.sandell@example.se>
Ämne: Re: Ansökan från Södra Vi Byaråd [Idéslanten 2026-0009]

"""
            + _rc_sodravi.replace("–", "-")
            + "\n",
            cs="windows-1252",
            cte="quoted-printable",
        ),
    ),
    lab(
        "followup",
        "CB",
        "Followup to 2706 in Outlook style: top-posted new text, then a 'Från/Skickat/Till/Ämne' block with the bot's receipt unquoted below (windows-1252 quoted-printable, 'SV:' subject). New text gives the missing budget: four items with amounts, total 9 000. Contact true: signed with full name from her own address. The receipt text below the header block is quoted history and makes nothing true (it mentions 'Budget' only as guidance). Association, activity and anchoring are not restated. Guests' compensation is a speaker fee, not salary.",
        contact_name="Margit Sandell",
        contact_email="margit.sandell@example.se",
        amount_sek=9000,
    ),
)

# ---- 2713 Målilla: long letter, vague activity, salary cost for a youth leader
MID_MALILLA = mid("20260302083011.GA4471", "example.net")
add(
    "malilla-ungdomen",
    message(
        std_headers(
            addr("Karl-Erik Johansson", "karlerik.johansson@example.net"),
            to_bot(),
            "Ansökan idéslanten Målilla",
            when(3, 2, 8, 30, 11),
            MID_MALILLA,
        ),
        text(
            """God morgon!

Jag heter Karl-Erik Johansson och är ordförande i Målilla Byförening sedan 2011. Föreningen har 55 medlemmar och verkar för att Målilla ska vara en bra plats att bo på, för gammal som ung. Org nr 802525-9691.

Jag har bott i Målilla i hela mitt liv och har sett hur det har förändrats. När jag var ung fanns här tre affärer, bank, post och ett levande föreningsliv. Nu åker ungdomarna in till Hultsfred eller Vimmerby så fort de kan köra moped, och många kommer aldrig tillbaka. Det tycker vi i föreningen är sorgligt, och vi vill göra något åt det.

Därför vill vi under året genomföra olika aktiviteter för ungdomarna som stärker gemenskapen och gör att de trivs i byn, både pojkar och flickor. Vi tänker att det ska vara något som ungdomarna själva tycker är roligt, och vi kommer att ta reda på vad det kan vara under våren.

Vi har tagit upp saken på byastämman den 15 februari där ett fyrtiotal personer röstade för förslaget, och både Målilla Motorklubb och föräldraföreningen på skolan har sagt att de vill vara med och hjälpa till.

Budget:
Lön till ungdomsledare (timanställd) 5 000 kr
Lokalhyra 2 000 kr
Material 1 500 kr
Fika 1 500 kr
Summa 10 000 kr

Kontakt: Karl-Erik Johansson, 0495-203 17.

Med vänlig hälsning
Karl-Erik Johansson
Målilla Byförening
""",
            cte="quoted-printable",
        ),
    ),
    lab(
        "application",
        "ACFB",
        "Long letter from an older chairman. Association: named with 55 members and org.nr. Contact: signer from his own address with phone. Activity false: 'olika aktiviteter för ungdomarna som stärker gemenskapen' and 'vi kommer att ta reda på vad det kan vara' is a vague wish with no what/when/how. Anchoring true: village meeting where about forty voted for it (attendance, not members) plus the motor club and the school's parents' association. Budget true: four items, total 10 000; it includes a wage to an hourly-employed youth leader, so salary_costs true. 'både pojkar och flickor' gives women_and_men true.",
        association_name="Målilla Byförening",
        org_number="802525-9691",
        contact_name="Karl-Erik Johansson",
        contact_email="karlerik.johansson@example.net",
        contact_phone="0495-203 17",
        members=55,
        ort="Målilla",
        amount_sek=10000,
        women_and_men=True,
        salary_costs=True,
    ),
)

# ---- 2714 Storebro: base64 utf-8, youth association, name only in From, rough amount
MID_STOREBRO = mid("CAJx7m2QpLr0_storebro_suf", "example.com")
add(
    "storebro-spelkvallar",
    message(
        std_headers(
            addr("Hampus Berg", "hampus.b@example.com"),
            addr(None, BOT_ADDR),
            "idéslanten storebro",
            when(3, 4, 22, 41, 3),
            MID_STOREBRO,
        ),
        text(
            """Hej

Vi i Storebro Ungdomsförening (SUF) vill söka pengar. Vi är typ 30 medlemmar mellan 13 och 25 år som bor i Storebro med omnejd.

Vi vill hyra bygdegården tre fredagar (17 april, 8 maj och 29 maj) kl 18-24 och köra spelkväll: LAN med egna datorer, brädspel och pingis, och vi säljer billig mat. Det finns ingenting att göra i Storebro på helgerna och alla åker in till Vimmerby, det vill vi ändra på så att fler unga vill bo kvar. Öppet för tjejer och killar.

Vi har pratat med Storebro IF och bygdegårdsföreningen som tycker det är bra, bygdegårdsföreningen hyr ut billigt till oss. 8 föräldrar har lovat att vara med som vuxna på plats.

Det kommer kosta runt 6000 kr

Tack!
""",
            cte="base64",
        ),
    ),
    lab(
        "application",
        "AVF",
        "Young writer, utf-8 base64 body, lowercase subject. Association: named youth association with 'typ 30' members (30). Activity: three dated game nights in the village hall, with a stated local purpose. Anchoring: contact with the sports club and the hall association, eight parents as volunteers. Contact false: the body is unsigned; the name appears only in the From header, so contact facts are null. Budget false: one rough figure ('runt 6000 kr'), which is still amount_sek. 'tjejer och killar' gives women_and_men true. Followup 2717 adds a contact but still no budget.",
        association_name="Storebro Ungdomsförening",
        members=30,
        ort="Storebro",
        amount_sek=6000,
        women_and_men=True,
    ),
)

# ---- 2715 autoreply with automation headers, answering the officer's question to 2713
add(
    "autosvar-malilla",
    message(
        std_headers(
            addr("Karl-Erik Johansson", "karlerik.johansson@example.net"),
            addr("Landsbygdsutvecklare Region Kalmar län", OFFICER),
            "Automatiskt svar: Re: Ansökan idéslanten Målilla",
            when(3, 5, 9, 12, 44),
            mid("autoreply.20260305091244.5120", "example.net"),
            [
                ("In-Reply-To", mid("rkl.officer.20260305.0911")),
                ("References", f"{MID_MALILLA} {mid('rkl.officer.20260305.0911')}"),
                ("Auto-Submitted", "auto-replied"),
                ("X-Autoreply", "yes"),
                ("Precedence", "auto_reply"),
            ],
        ),
        text(
            "Hej!\n\nJag är bortrest och läser inte min e-post förrän efter den 22 mars.\n"
            "Gäller det Målilla Byförening kan du vända dig till vår sekreterare.\n\n"
            "Med vänlig hälsning\nKarl-Erik Johansson\n",
            cte="quoted-printable",
        ),
    ),
    lab(
        "autoreply",
        "",
        "Out-of-office reply to the officer's personal mail in the thread of 2713, with Auto-Submitted: auto-replied, X-Autoreply and Precedence: auto_reply; 'Automatiskt svar: Re:' subject and References that include the application's Message-ID. It must not become a followup: it adds nothing. All elements false and all facts null.",
    ),
)

# ---- 2716 Bäckebo: complete, study trip, budget in a zlib-compressed PDF
_back_pdf = pdf(
    [
        "Bäckebo Byalag – budget för studieresa och uppföljningsmöte 2026",
        "",
        "Bussresa t/r, 30 platser (hyrd buss med chaufför)        7 800 kr",
        "Guidning och studiebesök hos bykooperativet              1 500 kr",
        "Lunch 30 personer à 120 kr                               3 600 kr",
        "Uppföljningsmöte i skolan: lokalhyra                       500 kr",
        "Uppföljningsmöte: kaffe och smörgås                        600 kr",
        "",
        "Summa                                                    14 000 kr",
        "Sökt belopp ur idéslanten: 14 000 kr",
    ]
)
MID_BACKEBO = mid("d41e7f0a-6b2c-4c8e-9a51-backebo0309", "example.se")
add(
    "backebo-studieresa-butik",
    message(
        std_headers(
            addr("Lena Holm", "lena.holm@example.se"),
            to_bot(),
            "Ansökan idéslanten – studieresa Bäckebo Byalag",
            when(3, 9, 13, 50, 2),
            MID_BACKEBO,
        ),
        multipart(
            "mixed",
            [
                text(
                    """Hej!

Bäckebo Byalag (org.nr 802390-7903) söker 14 000 kr ur idéslanten för en studieresa. Byalaget har 58 medlemmar och har funnits sedan 1994.

Bakgrund och aktivitet
Handlaren i Bäckebo har sagt att han stänger butiken vid årsskiftet. Många i byn, särskilt de äldre utan bil, vill att vi försöker driva butiken vidare som en ekonomisk förening ägd av byborna. Innan vi bestämmer oss vill vi se hur andra har gjort. Lördag 9 maj åker 30 personer med hyrd buss till ett bykooperativ i Blekinge som har drivit sin byabutik i tolv år. Där får vi visning och ett samtal med deras styrelse om ekonomi, ideella krafter och leverantörer. Tisdag 19 maj håller vi ett öppet möte i skolan där resenärerna berättar vad de lärt sig och vi tar ställning till om vi ska bilda en förening. Butiken är en av de sista samlingspunkterna i Bäckebo, och utan den blir det svårare att bo kvar här.

Förankring
Vi kallade till extra byastämma den 22 februari och 61 personer kom. Stämman gav byalaget i uppdrag att undersöka saken. Vi har också samlat 212 namn på en lista för att behålla butiken, och Bäckebo Skytteförening och LRF-avdelningen är med och ordnar resan.

Budget
Se bifogad pdf. Kortfattat: buss 7 800, guidning 1 500, lunch 3 600, uppföljningsmöte 1 100, summa 14 000 kr.

Kontaktperson
Lena Holm, sekreterare, 070-277 90 15, lena.holm@example.se

Vänliga hälsningar
Lena Holm
""",
                    cte="quoted-printable",
                ),
                attach("Budget_Backebo_Byalag.pdf", "application/pdf", _back_pdf),
            ],
            "Apple-Mail=_5E1B2C4D-7A8F-4E31-B0C2-9D6E1F3A8B70",
        ),
    ),
    lab(
        "application",
        "ACVFB",
        "Complete application for a study trip (allowed by the rules), with the budget both summarised in prose and itemised in a FlateDecode PDF (Helvetica/WinAnsi). Association: named byalag with org.nr, 58 members and founding year. Contact: named secretary with phone and own e-mail. Activity: dated bus trip to a village cooperative shop plus a dated follow-up meeting, tied to saving the village shop. Anchoring: extra village meeting (61 attended - not members), a 212-name list and two local partner organisations. Budget true. Amount 14 000 applied for. Renting a bus with driver and lunch are neither salary nor investment. No gender statement, so women_and_men null.",
        association_name="Bäckebo Byalag",
        org_number="802390-7903",
        contact_name="Lena Holm",
        contact_email="lena.holm@example.se",
        contact_phone="070-277 90 15",
        members=58,
        ort="Bäckebo",
        amount_sek=14000,
    ),
)

# ---- 2717 followup to 2714 Storebro: Gmail-style quote, adds contact but budget only promised
_rc_store = receipt("2026-0014", ["contact", "budget"])
add(
    "storebro-kontakt",
    message(
        std_headers(
            addr("Hampus Berg", "hampus.b@example.com"),
            to_bot(),
            "Re: idéslanten storebro [Idéslanten 2026-0014]",
            when(3, 10, 17, 20, 36),
            mid("CAJx7m2QpLr0_storebro_suf_re1", "example.com"),
            [
                ("In-Reply-To", mid("kvitto.2026-0014")),
                ("References", f"{MID_STOREBRO} {mid('kvitto.2026-0014')}"),
            ],
        ),
        multipart(
            "alternative",
            [
                text(
                    "kontaktperson är jag, Hampus Berg 072-118 40 55\nbudget kommer när vi vet vad bygdegården tar i hyra\n\n"
                    "Den ons 4 mars 2026 kl 22:42 skrev Idéslanten – Region Kalmar län <ideslanten@example.se>:\n\n"
                    + quote(_rc_store)
                    + "\n",
                    cte="quoted-printable",
                ),
                text(
                    '<div dir="ltr">kontaktperson är jag, Hampus Berg 072-118 40 55<div>budget kommer när vi vet vad bygdegården tar i hyra</div></div><br>'
                    '<div class="gmail_quote"><div dir="ltr" class="gmail_attr">Den ons 4 mars 2026 kl 22:42 skrev Idéslanten – Region Kalmar län &lt;ideslanten@example.se&gt;:<br></div>'
                    '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">'
                    + _rc_store.replace("\n", "<br>\n")
                    + "</blockquote></div>\n",
                    sub="html",
                    cte="quoted-printable",
                ),
            ],
            "0000000000007c1d9e062c0b44f3",
        ),
    ),
    lab(
        "followup",
        "C",
        "Gmail-style followup to 2714 (multipart/alternative, quoted receipt in '>' lines and a gmail_quote blockquote). New text gives a named contact with phone from his own address, so contact true. Budget false: 'budget kommer när vi vet...' is a promise, and the quoted receipt's budget guidance must not count. No amount, association or activity in the new text.",
        contact_name="Hampus Berg",
        contact_email="hampus.b@example.com",
        contact_phone="072-118 40 55",
    ),
)

# ---- 2718 Alsterbro: unnamed neighbours, partner clubs only as support - association missing
MID_ALSTERBRO = mid("CAGs1_alsterbro_sjodag_4410", "example.com")
add(
    "alsterbro-sjodag",
    message(
        std_headers(
            addr("Patrik Ek", "patrik.ek@example.com"),
            addr(None, BOT_ADDR),
            "Sjödag vid Alsterbro badplats – ansökan",
            when(3, 12, 19, 58, 27),
            MID_ALSTERBRO,
        ),
        text(
            """Hej!

Vi som bor runt badplatsen i Alsterbro vill söka idéslanten för en sjödag lördag 13 juni.

Planen:
- kl 10-12 simskola för barnen med en inhyrd simlärare
- kl 13-14 en biolog berättar om sjön, fisken och vattenkvaliteten, vi håvar småkryp med barnen
- från kl 15 grillning för alla

Badplatsen har nästan slutat användas sen bryggan blev dålig och vi vill få liv i den igen och att grannar som inte känner varandra träffas. Dagen är för alla, tjejer som killar, mammor och pappor och de äldre.

46 grannar har skrivit på en lista att de vill ha en sjödag, och Alsterbro Fiskevårdsförening och Alsterbro IF ställer upp med folk och en grill.

Kostnader
Simlärare arvode 3 000
Biolog arvode 2 000
Hyra av bajamaja 1 200
Grillkol, korv och bröd 1 800
Affischer 300
Totalt 8 300 kr

Patrik Ek
Sjövägen 7, Alsterbro
070-385 21 64
""",
        ),
    ),
    lab(
        "application",
        "CVFB",
        "Association false: 'Vi som bor runt badplatsen' is an unnamed group; the fiskevårdsförening and IF are named only as supporting partners, not as the applicant, so association_name and members are null. Contact: signer from his own address with phone. Activity: dated lake day with a concrete programme and local purpose. Anchoring: 46 neighbours signed a list plus two local clubs helping. Budget: five items, total 8 300. Instructor and biologist fees are not salary; renting a portable toilet is not an investment. 'tjejer som killar, mammor och pappor' gives women_and_men true. Plain 8bit utf-8.",
        contact_name="Patrik Ek",
        contact_email="patrik.ek@example.com",
        contact_phone="070-385 21 64",
        ort="Alsterbro",
        amount_sek=8300,
        women_and_men=True,
    ),
)

# ---- 2719 Mörlunda: complete, multipart/alternative, game evening
_mor_txt = """Hej!

Mörlunda Viltvårdsförening söker härmed bidrag ur idéslanten.

Om oss: Mörlunda Viltvårdsförening, org.nr 802011-2036, bildad 1978. Vi har 132 medlemmar – markägare, jägare och andra som bryr sig om viltet i Mörlunda socken.

Aktiviteten: "Vildsvinskvällen" lördag 28 mars kl 17–21 i Mörlunda bygdegård. Vildsvinen har blivit en stor fråga här: odlare och trädgårdsägare är arga, jägarna hinner inte med, och köttet från traktens jakt går till stor del till spillo. Under kvällen föreläser en viltvårdskonsulent om vildsvinsstammen och vad man kan göra åt skadorna, och sedan visar en kock från trakten hur man tar vara på köttet och vi provsmakar. Vi vill få markägare, odlare, jägare och icke-jägare att prata med varandra i stället för om varandra, och visa att viltet kan bli en lokal resurs (flera i byn funderar på att sälja viltkött). Kvällen är för alla, kvinnor som män – vi vill särskilt få med kvinnor, som är få inom jakten idag.

Förankring: Vi ordnar kvällen tillsammans med LRF Mörlunda-Tveta och Mörlunda Hembygdsförening. Tre jaktlag i socknen bidrar med kött, och ett tjugotal frivilliga hjälper till med servering och parkering.

Budget:
Föreläsare, arvode och resa – 3 500 kr
Kock, arvode – 2 500 kr
Hyra bygdegården – 800 kr
Råvaror för provsmakning (utöver skänkt kött) – 2 000 kr
Annonser och affischer – 700 kr
Summa – 9 500 kr

Kontakt: Ulla Petersson, ordförande, 0496-120 48, ulla.petersson@example.org

Med vänlig hälsning
Ulla Petersson
Mörlunda Viltvårdsförening
"""
_mor_html = (
    "<html><body>"
    + "".join(f"<p>{p.replace(chr(10), '<br>')}</p>" for p in _mor_txt.split("\n\n"))
    + "</body></html>"
)
MID_MORLUNDA = mid("006f01dcb53e$91a0e2c0$b4e2a840$", "example.org")
add(
    "morlunda-vildsvinskvall",
    message(
        std_headers(
            addr("Ulla Petersson", "ulla.petersson@example.org"),
            to_bot(),
            "Idéslanten: Vildsvinskvällen i Mörlunda",
            when(3, 16, 10, 3, 58),
            MID_MORLUNDA,
        ),
        multipart(
            "alternative",
            [
                text(_mor_txt, cte="quoted-printable"),
                text(_mor_html, sub="html", cte="quoted-printable"),
            ],
            "----=_NextPart_000_0070_01DCB53E.91A0E2C0",
        ),
    ),
    lab(
        "application",
        "ACVFB",
        "Complete application, multipart/alternative quoted-printable (Outlook-like boundary). Association: named with org.nr, founding year and 132 members. Contact: chairwoman with phone and her own e-mail. Activity: dated evening with a lecture and a cooking demonstration, aimed at resolving a local conflict and making game a local resource. Anchoring: co-organised with LRF and the hembygdsförening, three hunting teams, about twenty volunteers. Budget: five items, total 9 500. Speaker and cook fees are not salary. 'kvinnor som män' gives women_and_men true (the extra effort to reach women does not make it single-gender).",
        association_name="Mörlunda Viltvårdsförening",
        org_number="802011-2036",
        contact_name="Ulla Petersson",
        contact_email="ulla.petersson@example.org",
        contact_phone="0496-120 48",
        members=132,
        ort="Mörlunda",
        amount_sek=9500,
        women_and_men=True,
    ),
)

# ---- 2720 question, Virserum: short phone question about deadline and the per-locality cap
add(
    "virserum-fraga-tak",
    message(
        std_headers(
            addr("Sara Nyberg", "sara.nyberg@example.com"),
            addr(None, BOT_ADDR),
            "Fråga",
            when(3, 18, 12, 7, 15),
            mid("A93F4E1C-0B2D-4E77-8C15-6D2A91B3F0E8", "example.com"),
        ),
        text(
            "Hej! Två frågor:\n1. när är sista dagen att söka?\n2. om både hembygdsföreningen och vår föräldragrupp i Virserum söker, får vi 15000 var eller ska vi dela på 15000?\n\nTack på förhand\nSara Nyberg\n\nSkickat från min iPhone",
            cte="base64",
        ),
    ),
    lab(
        "question",
        "",
        "Short phone question (base64 utf-8) about the deadline and whether the 15 000 cap is per applicant or per locality. Not an application: nothing is described or applied for. The 15000 is the rule amount asked about, so amount_sek null; salary and investment null because the question proposes no such cost. ort Virserum and the signer's name and address are recorded as stated.",
        contact_name="Sara Nyberg",
        contact_email="sara.nyberg@example.com",
        ort="Virserum",
    ),
)

# ---- 2721 Berga: vague activity and bare total, 8bit windows-1252 WITHOUT charset parameter
MID_BERGA = mid("4471.1742461877.gunvor", "example.net")
add(
    "berga-samhallsforening",
    message(
        std_headers(
            addr("Gunvor Axelsson", "gunvor.axelsson@example.net"),
            to_bot(),
            "Bidrag till Berga",
            when(3, 20, 15, 44, 9),
            MID_BERGA,
        ),
        text(
            """Hej Regionen.

Jag skriver å Berga Samhällsförenings vägnar. Vi är 72 medlemmar och har funnits sedan 1961, vi har hand om Folkets park och julgransplundringen bland annat.

Det har blivit så tyst i Berga på senare år. Vi skulle gärna göra något som gör att byn lever upp igen och att folk träffas mer, insatser för gemenskapen helt enkelt. Vi har inte bestämt riktigt vad ännu.

På medlemsmötet i februari var vi 31 stycken och alla var eniga om att söka. Berga IF och PRO Berga har sagt att de gärna är med.

Vi söker 15 000 kronor.

Vänligen
Gunvor Axelsson
kassör
tel 0491-500 73
""",
            cs="windows-1252",
            charset_param=False,
        ),
    ),
    lab(
        "application",
        "ACF",
        "Older writer, 8bit windows-1252 body with NO charset parameter (decoders must guess). Association: named with 72 members and what it does. Contact: the signing treasurer from her own address with phone. Activity false: 'något som gör att byn lever upp igen', 'insatser för gemenskapen', 'inte bestämt riktigt vad' - a vague wish. Anchoring true: members' meeting with 31 present agreed (attendance), plus the sports club and PRO wanting to take part. Budget false: only a bare total, which is the amount_sek 15000. No gender statement.",
        association_name="Berga Samhällsförening",
        contact_name="Gunvor Axelsson",
        contact_email="gunvor.axelsson@example.net",
        contact_phone="0491-500 73",
        members=72,
        ort="Berga",
        amount_sek=15000,
    ),
)

# ---- 2722 Långasjö: shared mailbox, no person; anchoring only a hope
MID_LANGASJO = mid("hbg.langasjo.20260323.1401", "example.se")
add(
    "langasjo-slatterkurs",
    message(
        std_headers(
            addr("Långasjö Hembygdsgille", "hembygdsgillet.langasjo@example.se"),
            to_bot(),
            "Ansökan om idéslanten - slåtterkurs",
            when(3, 23, 14, 1, 50),
            MID_LANGASJO,
            subj_cs="iso-8859-1",
        ),
        text(
            """Till Region Kalmar län

Långasjö Hembygdsgille, som har 96 medlemmar och sköter hembygdsgården och den gamla slåtterängen vid kyrkbyn, ansöker om medel ur idéslanten.

Vi vill ordna en kurs i slåtter med lie lördag och söndag 4-5 juli på hembygdsgårdens äng. En erfaren slåtterinstruktör lär ut hur man slår, räfsar och torkar hö på hässja. På lördagskvällen håller vi slåttergille med gemensam middag i logen. Kursen är öppen för alla, kvinnor som män. Ängen är en del av Långasjös kulturlandskap som håller på att växa igen, och om fler i byn kan slå med lie kan ängen skötas av byborna själva i framtiden.

Vi hoppas att många i byn vill vara med.

Budget
Arvode slåtterinstruktör 2 dagar   4 000 kr
Hyra av 20 liar à 50 kr   1 000 kr
Mat till slåttergillet   2 500 kr
Annons och affischer   500 kr
Summa   8 000 kr

Med vänlig hälsning
Långasjö Hembygdsgille
""",
            cs="iso-8859-1",
        ),
    ),
    lab(
        "application",
        "AVB",
        "iso-8859-1 8bit from the association's shared mailbox, signed only with the association name. Association: named with 96 members and what it manages. Activity: dated two-day scythe course with a festive dinner, tied to keeping the meadow and cultural landscape in village hands. Budget: four items, total 8 000; renting scythes is not an investment and the instructor's fee is not salary. Contact false: no named person. Anchoring false: 'Vi hoppas att många i byn vill vara med' is only a hope. 'kvinnor som män' gives women_and_men true. Followup 2725 adds contact and anchoring.",
        association_name="Långasjö Hembygdsgille",
        members=96,
        ort="Långasjö",
        amount_sek=8000,
        women_and_men=True,
    ),
)

# ---- 2723 newsletter: forest owners' association, plain text, Precedence: bulk + mailto unsubscribe
add(
    "skogsagarnytt-mars",
    message(
        std_headers(
            addr("Skogsägarnytt Sydost", "nyheter@example.net"),
            addr(None, "undisclosed-recipients:;"),
            "Skogsägarnytt nr 3/2026 – virkespriser, gallringsdag i Högsby",
            when(3, 25, 6, 30, 0),
            mid("sagn.2026-03.mass.118842", "example.net"),
            [
                ("Precedence", "bulk"),
                ("List-Unsubscribe", "<mailto:avsluta@example.net?subject=avsluta%20118842>"),
                ("X-Mailer", "MassMailer 4.2"),
            ],
        ),
        text(
            """SKOGSÄGARNYTT SYDOST  nr 3/2026
==================================

VIRKESPRISER
Nya prislistor för timmer och massaved gäller från 1 april. Granmassaved +15 kr/m3fub.

GALLRINGSDAG I HÖGSBY
Lördag 25 april visar vi gallring i praktiken på en gård utanför Högsby. Samling kl 9
vid kyrkan. Kaffe och korv bjuder vi på. Anmälan till kontoret.

SKOGSBRUKSPLANER
Är din plan äldre än tio år? Boka en rådgivare i vår!

BIDRAG
Visste du att lokala föreningar i länet kan söka små bidrag till föredragskvällar om
skogen? Fråga din kommun eller regionen.

----------------------------------
Du får detta utskick som medlem. Avsluta: mejla avsluta@example.net
""",
            cte="quoted-printable",
        ),
    ),
    lab(
        "newsletter",
        "",
        "Plain-text member newsletter with Precedence: bulk and a mailto-only List-Unsubscribe (no List-Id), sent to undisclosed recipients. It mentions small grants for local associations and a dated event in Högsby, which must not make it an application or a question. All elements false, all facts null.",
    ),
)

# ---- 2724 Rumskulla: complete, very long old-fashioned letter, iso-8859-1 8bit
MID_RUMSKULLA = mid("000a01dcbdf2$1c7e4b10$557ae130$", "example.net")
add(
    "rumskulla-berattarkvallar",
    message(
        std_headers(
            addr("Elsa Gustafsson", "elsa.gustafsson@example.net"),
            addr("Idéslanten Region Kalmar län", BOT_ADDR, "iso-8859-1"),
            "Ansökan om bidrag ur idéslanten, Rumskulla",
            when(3, 27, 10, 48, 33),
            MID_RUMSKULLA,
            subj_cs="iso-8859-1",
        ),
        text(
            """Bästa landsbygdsutvecklare,

Först vill jag be om ursäkt om detta brev inte är skrivet så som man skall skriva till Regionen nu för tiden. Jag är åttiofyra år gammal och har fått hjälp av mitt barnbarn med datorn, men orden är mina egna.

Jag skriver å Rumskulla Sockens Hembygdsförenings vägnar, där jag har varit sekreterare i snart trettio år. Föreningen bildades 1938, har organisationsnummer 802444-9939 och räknar i dag 127 medlemmar, både kvinnor och män, de flesta bosatta i socknen men några också utflyttade som fortfarande håller av bygden. Vi sköter hembygdsgården nära Kvilleken och ordnar varje år slåtter, midsommar och julmarknad.

Nu vill vi i sommar pröva något nytt. Vi tänker ordna tre berättarkvällar vid hembygdsgården, söndagarna den 21 juni, den 19 juli och den 16 augusti, klockan sju på kvällen. Den första kvällen skall handla om torpen i socknen och de människor som bodde där; vi har gamla husförhörslängder och fotografier som vi vill visa. Den andra kvällen kommer en föreläsare som forskat om utvandringen till Amerika att berätta om de mer än åttahundra personer som lämnade Rumskulla mellan 1860 och 1920, och vi hoppas att några av deras ättlingar, som ofta besöker eken om somrarna, vill komma. Den tredje kvällen är en visafton med en spelman från trakten, där vi sjunger de gamla visorna tillsammans.

Varför detta är viktigt för bygden: de unga vet allt mindre om var de kommer ifrån, och vi som minns blir färre för varje år. Kvällarna ger de unga en anledning att stanna upp vid sin egen historia, och de besökare som kommer till Kvilleken får en anledning att stanna längre, dricka kaffe i hembygdsgården och kanske handla i affären i Rumskulla. Kvällarna är öppna för alla, kvinnor och män i alla åldrar, och är avgiftsfria.

Förslaget lades fram på föreningens årsmöte den 15 mars, där 44 personer var närvarande, och det antogs med acklamation. Rumskulla församling har lovat att låna ut stolar och låta oss parkera vid kyrkan, Rumskulla Skytteförening sköter parkeringen, och arton medlemmar har anmält sig som frivilliga till kaffeserveringen och till att ställa i ordning.

Kostnaderna har kassören och jag räknat fram så här:

  Arvode till spelman, 3 kvällar à 1 500 kronor       4 500 kronor
  Arvode till föreläsaren om utvandringen              2 000 kronor
  Hyra av ljudanläggning, 3 kvällar à 300 kronor         900 kronor
  Hyra av tält vid regn                                1 800 kronor
  Annonser i Vimmerby Tidning och affischer            1 200 kronor
  Summa                                               10 400 kronor

Vi ansöker således om tiotusen fyrahundra kronor. Föreningen betalar inga löner och vi skall inte köpa något.

Skulle Regionen vilja veta något mer kan man ringa mig på telefon 0492-701 36, gärna före klockan sex på kvällen, eller skriva till denna adress, som mitt barnbarn lovat att hålla ett öga på.

Med vänliga hälsningar och förhoppning om ett gott mottagande

Elsa Gustafsson
Sekreterare, Rumskulla Sockens Hembygdsförening
""",
            cs="iso-8859-1",
        ),
    ),
    lab(
        "application",
        "ACVFB",
        "Complete, very long and old-fashioned letter from an 84-year-old secretary, iso-8859-1 8bit with Q-encoded subject and display name. Association: named, founded 1938, org.nr, 127 members. Contact: the signer from her own address with phone. Activity: three dated story evenings with concrete themes and a stated benefit to young people and visitors. Anchoring: annual meeting (44 present - attendance) adopted it, the parish and the shooting club help, eighteen volunteers. Budget: five items, total 10 400, also written out in words. Fees to a musician and a lecturer are not salary; renting a tent and sound system is not an investment. 'kvinnor och män' gives women_and_men true.",
        association_name="Rumskulla Sockens Hembygdsförening",
        org_number="802444-9939",
        contact_name="Elsa Gustafsson",
        contact_email="elsa.gustafsson@example.net",
        contact_phone="0492-701 36",
        members=127,
        ort="Rumskulla",
        amount_sek=10400,
        women_and_men=True,
    ),
)

# ---- 2725 followup to 2722 Långasjö: Thunderbird bottom-quote, adds contact + anchoring
_rc_lang = receipt("2026-0021", ["contact", "anchoring"])
add(
    "langasjo-forankring",
    message(
        std_headers(
            addr("Birger Svensson", "birger.svensson@example.net"),
            to_bot(),
            "Re: Ansökan om idéslanten - slåtterkurs [Idéslanten 2026-0021]",
            when(3, 30, 8, 15, 27),
            mid("9b1f0c3e-2a4d-4f6e-8d71-3c5b2a1e0f94", "example.net"),
            [
                ("In-Reply-To", mid("kvitto.2026-0021")),
                ("References", f"{MID_LANGASJO} {mid('kvitto.2026-0021')}"),
                ("User-Agent", "Mozilla Thunderbird"),
                ("Content-Language", "sv-SE"),
            ],
        ),
        text(
            "Den 2026-03-23 kl. 14:02, skrev Idéslanten – Region Kalmar län:\n"
            + quote(_rc_lang)
            + """

Hej!

Vår sekreterare skickade ansökan från gillets gemensamma adress, så jag kompletterar här.

Kontaktperson: Birger Svensson, ordförande i Långasjö Hembygdsgille, tel 0471-502 19, birger.svensson@example.net

Förankring: Slåtterkursen beslutades på gillets årsmöte den 8 mars, där 29 medlemmar var närvarande. Vi genomför den tillsammans med Långasjö Byalag, som står för maten till slåttergillet, och elva frivilliga har redan lovat att räfsa och hässja.

Med vänlig hälsning
Birger Svensson
""",
            cte="quoted-printable",
            extra="; format=flowed",
        ),
    ),
    lab(
        "followup",
        "CF",
        "Thunderbird-style followup to 2722 with the receipt quoted ABOVE the new text (bottom-posting). New text: a named contact (chairman) with phone and his own e-mail, and concrete anchoring (annual meeting with 29 members present, cooperation with the byalag, eleven volunteers). The '29 medlemmar var närvarande' is attendance, not the member count, so members stays null. The association is only named in his title (association_name recorded, but the element stays false: nothing about the group is given anew); activity and budget not supplied.",
        association_name="Långasjö Hembygdsgille",
        contact_name="Birger Svensson",
        contact_email="birger.svensson@example.net",
        contact_phone="0471-502 19",
        ort="Långasjö",
    ),
)

# ---- 2726 Vena: budget only as a photo (PNG) - unreadable, amount in body
MID_VENA = mid("F2A81C3B-77E0-4D1A-B9C6-0E5D4A3F2B18", "example.com")
add(
    "vena-skordemarknad",
    message(
        std_headers(
            addr("Sofia Karlsson", "sofia.karlsson@example.com"),
            to_bot(),
            "Skördemarknad i Vena 🍎",
            when(4, 1, 21, 9, 44),
            MID_VENA,
            [("X-Mailer", "iPhone Mail (22E240)")],
        ),
        multipart(
            "mixed",
            [
                text(
                    "Hej!\n\nVi i Vena Byalag (88 medlemmar, org nr 802489-4357) vill ordna en skördemarknad på bystugans gård lördag 19 september. "
                    "Odlare och hantverkare från trakten säljer grönsaker, honung, ull och bröd, det blir tipspromenad och äppelmusteri för barnen och soppa till alla. "
                    "Vi flyttade hit från Stockholm för tre år sen och har märkt att de som odlar här inte har nånstans att sälja, och att nyinflyttade och gamla venabor sällan träffas. Marknaden ska ändra på båda.\n\n"
                    "Byalaget, Vena IF och nio odlare i byn har planerat ihop sen januari, och IF:et sköter parkeringen.\n\n"
                    "Vi söker 12 000 kr. Budgeten är i bilden (kassören skrev den för hand på mötet).\n\n"
                    "/Sofia Karlsson, sekreterare Vena Byalag\n072-904 33 81\n\nSkickat från min iPhone\n",
                    cte="quoted-printable",
                ),
                attach("IMG_3308.PNG", "image/png", png(32, 24, 3308)),
            ],
            "Apple-Mail-8C1E4F2A-33B7-4D0E-9A65-1B7F0C2E9D44",
        ),
    ),
    lab(
        "application",
        "ACVF",
        "Phone mail from a young newcomer with an emoji in the encoded subject. Association: named byalag with 88 members and org.nr. Contact: signer from her own address with phone. Activity: dated harvest market with concrete content and local purpose. Anchoring: the byalag, the sports club and nine local growers have planned it together. Budget false: the budget is only a photo of a handwritten sheet (image/png), which is not readable; the body gives only the amount, 12 000 kr (amount_sek). No gender statement. Followup 2730 types the budget in.",
        association_name="Vena Byalag",
        org_number="802489-4357",
        contact_name="Sofia Karlsson",
        contact_email="sofia.karlsson@example.com",
        contact_phone="072-904 33 81",
        members=88,
        ort="Vena",
        amount_sek=12000,
    ),
)

# ---- 2727 Fagerhult: vague activity, no anchoring, but an item budget
MID_FAGERHULT = mid("20260406.184455.mstrand", "example.net")
add(
    "fagerhult-fiskeklubb",
    message(
        std_headers(
            addr("Mikael Strand", "mikael.strand@example.net"),
            to_bot(),
            "ansökan Fagerhults Fiskeklubb",
            when(4, 6, 18, 44, 55),
            MID_FAGERHULT,
        ),
        text(
            """Hej

Fagerhults Fiskeklubb söker idéslanten. Vi är 34 medlemmar och har fiskerätt i Allgunnen och några småsjöar runt Fagerhult.

Vi vill göra en satsning under året för att få fler unga att börja fiska och för att Fagerhult ska synas mer. Exakt hur vi lägger upp det bestämmer vi längre fram.

Budget
inbjudna föreläsare 2000
hyra av lokal 1000
annonsering 1500
fika 1000
totalt 5500:-

Mvh Mikael Strand
ordf Fagerhults Fiskeklubb
070-662 09 17
""",
            cs="iso-8859-1",
            cte="quoted-printable",
        ),
    ),
    lab(
        "application",
        "ACB",
        "iso-8859-1 quoted-printable. Association: named club with 34 members and its fishing waters. Contact: signing chairman from his own address with phone. Budget: four items with amounts, total 5 500 ('5500:-'). Activity false: 'en satsning under året' with 'exakt hur ... bestämmer vi längre fram' is a vague wish, even though the budget names lecturers. Anchoring false: nothing about local backing. No gender statement. The bot's receipt to this mail bounced (2728).",
        association_name="Fagerhults Fiskeklubb",
        contact_name="Mikael Strand",
        contact_email="mikael.strand@example.net",
        contact_phone="070-662 09 17",
        members=34,
        ort="Fagerhult",
        amount_sek=5500,
    ),
)

# ---- 2728 bounce: the receipt to 2727 could not be delivered (mailbox full), multipart/report
_bounce_headers = f"""Return-Path: <ideslanten@example.se>
From: =?utf-8?q?Id=C3=A9slanten_=E2=80=93_Region_Kalmar_l=C3=A4n?= <ideslanten@example.se>
To: mikael.strand@example.net
Subject: Re: ansokan Fagerhults Fiskeklubb [Ideslanten 2026-0024]
Date: Mon, 06 Apr 2026 18:45:20 +0200
Message-ID: {mid("kvitto.2026-0024")}
In-Reply-To: {MID_FAGERHULT}
References: {MID_FAGERHULT}
Auto-Submitted: auto-replied
"""
add(
    "bounce-fagerhult-kvitto",
    message(
        std_headers(
            addr("Mail Delivery System", "MAILER-DAEMON@example.net"),
            addr(None, BOT_ADDR),
            "Undelivered Mail Returned to Sender",
            when(4, 6, 18, 45, 31),
            mid("20260406164531.7F2A13C0045", "example.net"),
            [("Auto-Submitted", "auto-replied")],
        ),
        multipart(
            "report",
            [
                Part(
                    [
                        ("Content-Description", "Notification"),
                        ("Content-Type", "text/plain; charset=us-ascii"),
                    ],
                    b"This is the mail system at host mx2.example.net.\n\nI'm sorry to have to inform you that your message could not\nbe delivered to one or more recipients. It's attached below.\n\n"
                    b"<mikael.strand@example.net>: host mail.example.net said: 552 5.2.2 Mailbox full\n    (in reply to RCPT TO command)\n",
                ),
                Part(
                    [
                        ("Content-Description", "Delivery report"),
                        ("Content-Type", "message/delivery-status"),
                    ],
                    b"Reporting-MTA: dns; mx2.example.net\nArrival-Date: Mon,  6 Apr 2026 18:45:20 +0200 (CEST)\n\n"
                    b"Final-Recipient: rfc822; mikael.strand@example.net\nAction: failed\nStatus: 5.2.2\nDiagnostic-Code: smtp; 552 5.2.2 Mailbox full\n",
                ),
                Part(
                    [
                        ("Content-Description", "Undelivered Message Headers"),
                        ("Content-Type", "text/rfc822-headers"),
                    ],
                    _bounce_headers.encode("ascii"),
                ),
            ],
            "7F2A13C0045.1775493931/mx2.example.net",
            extra=" report-type=delivery-status;",
        ),
    ),
    lab(
        "bounce",
        "",
        "Postfix-style multipart/report (delivery-status) from MAILER-DAEMON: the bot's receipt to 2727 could not be delivered (552 mailbox full). The returned headers carry the application's Message-ID in In-Reply-To/References and the case number, but it is a bounce, never a followup. All elements false, all facts null.",
    ),
)

# ---- 2729 Kristvalla: complete, brief mail + CSV budget (semicolon, windows-1252)
_kris_csv = "Post;Antal;Belopp kr\r\nSamtalsledare arvode;2;4000\r\nHyra bygdegården;2;1200\r\nKaffe och smörgås;2;1400\r\nUtskick till hushållen;1;1100\r\nSumma;;7700\r\n"
MID_KRISTVALLA = mid("CAMt0v3_kristvalla_vind_77", "example.org")
add(
    "kristvalla-vindkraftsdialog",
    message(
        std_headers(
            addr("Tove Sjöberg", "tove.sjoberg@example.org"),
            to_bot(),
            "Ansökan: dialogmöten om vindkraften i Kristvalla",
            when(4, 9, 7, 55, 12),
            MID_KRISTVALLA,
        ),
        multipart(
            "mixed",
            [
                text(
                    """Hej!

Kristvalla Byalag (org.nr 817603-6846, nej vänta, 817603-6864 – siffrorna blev omkastade) söker 7 700 kr.

Vi är ett byalag med ca 150 hushåll som medlemmar. Det planeras en vindkraftspark på höjderna väster om byn och stämningen är minst sagt delad. Vi vill hålla två dialogmöten i bygdegården, torsdag 23 april och torsdag 7 maj kl 19, med en neutral samtalsledare. Första mötet: bolaget och kommunens planerare svarar på frågor. Andra mötet: byborna diskuterar själva vad en eventuell bygdepeng från vindkraften skulle kunna användas till i Kristvalla. Målet är att byn ska kunna prata om saken utan att bli osams och ha ett gemensamt underlag.

Två öppna byamöten i höstas bad byalaget att ordna detta, och Kristvalla Hembygdsförening och Kristvalla-Madesjö Jaktvårdsområde är medarrangörer.

Budget i bifogad csv.

Kontakt: Tove Sjöberg, 073-420 66 19

/Tove (flyttade hit från Malmö 2022, numera sekreterare i byalaget)
""",
                    cte="quoted-printable",
                ),
                attach(
                    "budget_kristvalla.csv",
                    "text/csv; charset=windows-1252",
                    _kris_csv.encode("windows-1252"),
                ),
            ],
            "b1_8f0e2d7c4a9b3e16f5d2c0a7e9b4d1f3",
        ),
    ),
    lab(
        "application",
        "ACVFB",
        "Complete, brief mail with a semicolon CSV budget attachment in windows-1252 with CRLF rows inside base64. The writer first types the org.nr with two digits swapped (817603-6846, not Luhn-valid) and corrects it in the same sentence: the label is the corrected 817603-6864. Association: named byalag with 'ca 150 hushåll' as members (150). Contact: named secretary with phone from her own address. Activity: two dated dialogue meetings on a planned wind farm with a neutral moderator, aimed at a shared basis for the village. Anchoring: two open village meetings asked for it; two local co-organisers. Budget: CSV with four items, total 7 700 = the amount applied for. Moderator's fee is not salary. No gender statement.",
        association_name="Kristvalla Byalag",
        org_number="817603-6864",
        contact_name="Tove Sjöberg",
        contact_email="tove.sjoberg@example.org",
        contact_phone="073-420 66 19",
        members=150,
        ort="Kristvalla",
        amount_sek=7700,
    ),
)

# ---- 2730 followup to 2726 Vena: types in the budget, iPhone quote of the receipt
_rc_vena = receipt("2026-0023", ["budget"], variant=1)
add(
    "vena-budget-text",
    message(
        std_headers(
            addr("Sofia Karlsson", "sofia.karlsson@example.com"),
            to_bot(),
            "Re: Skördemarknad i Vena 🍎 [Idéslanten 2026-0023]",
            when(4, 13, 12, 31, 8),
            mid("0D7B3E51-9A2C-4F86-B1E4-5C8A2D6F9E03", "example.com"),
            [
                ("In-Reply-To", mid("kvitto.2026-0023")),
                ("References", f"{MID_VENA} {mid('kvitto.2026-0023')}"),
                ("X-Mailer", "iPhone Mail (22E240)"),
            ],
        ),
        text(
            "Ok här är den i text:\n\nHyra av tält 3 st  4 500\nSoppa och bröd  2 800\nTipspromenad priser  600\nAnnonser/affischer  1 100\nHyra musteri  1 500\nHyra bajamaja  1 500\nSumma 12 000 kr\n\n"
            "/Sofia\n\nSkickat från min iPhone\n\n> 1 apr. 2026 kl. 21:10 skrev Idéslanten – Region Kalmar län <ideslanten@example.se>:\n>\n"
            + quote(_rc_vena),
            cte="base64",
        ),
    ),
    lab(
        "followup",
        "B",
        "Short phone followup to 2726 (base64 utf-8, emoji subject kept) that types in the budget: six items, total 12 000 (amount_sek). Contact false: signed only '/Sofia' (first name), so the new text does not name a reachable contact; the earlier application stays with 2726. Renting tents, a juice press and a toilet are not investments; prizes and food are consumables. The quoted receipt makes nothing true.",
        amount_sek=12000,
    ),
)

# ---- 2731 Eriksmåla: women only, need described instead of anchoring, budget later
MID_ERIKSMALA = mid("em.kvinnoklubb.0415.1930", "example.se")
add(
    "eriksmala-trygghetskurs",
    message(
        std_headers(
            addr("Annika Fors", "annika.fors@example.se"),
            to_bot(),
            "Eriksmåla Kvinnoklubb söker idéslanten",
            when(4, 15, 19, 30, 41),
            MID_ERIKSMALA,
        ),
        text(
            """hej!

jag heter Annika Fors å är ordförande i Eriksmåla Kvinnoklubb, vi e 26 medlemmar o har funnits sen 1987. vi brukar ha stickcafé å vårfest.

Nu vill vi ha en trygghetskurs för kvinnor i byn: tre kvällar i skolans gymnastiksal 5, 12 och 19 maj med en instruktör som lär ut självförsvar å hur man tänker kring trygghet när man går hem i mörkret. Det är mycket skog och dålig belysning här och många kvinnor, speciellt dom äldre, vågar inte gå ut på kvällarna på vintern och blir sittande hemma. Kursen är för kvinnor, alla åldrar.

Vi vet att det behövs, det pratas om det hela tiden i byn.

Budget skickar vi när vi fått offert från instruktören.

Annika Fors
0471-410 82 / 070-128 55 30
""",
            cte="quoted-printable",
        ),
    ),
    lab(
        "application",
        "ACV",
        "Casual lowercase writing with dialect spellings ('å', 'e', 'o', 'dom'). Association: named women's club with 26 members, founding year and activities. Contact: signer from her own address; two phone numbers, the first (landline) recorded. Activity: three dated self-defence evenings with an instructor and a stated local purpose. Anchoring false: 'vi vet att det behövs, det pratas om det' is a described need, not backing. Budget false: promised after a quote; no amount at all, so amount_sek null. The course is for women only, so women_and_men false (the grant requires benefit to both).",
        association_name="Eriksmåla Kvinnoklubb",
        contact_name="Annika Fors",
        contact_email="annika.fors@example.se",
        contact_phone="0471-410 82",
        members=26,
        ort="Eriksmåla",
        women_and_men=False,
    ),
)

# ---- 2732 spam: fake 'EU grant approved' advance-fee fraud, multipart/alternative
_spam2 = """Grattis!

Er förening har blivit BEVILJAD landsbygdsstöd från EU Landsbygdsfonden på 48 500 SEK för projektår 2026.

För att pengarna ska betalas ut måste ni inom 3 dagar bekräfta föreningens bankuppgifter och betala en administrativ avgift på 450 SEK via länken nedan:

http://example.com/eu-landsbygd/utbetalning?ref=SE-77120

Om ni inte bekräftar går stödet till nästa sökande på listan.

Med vänliga hälsningar
Utbetalningsavdelningen
EU Landsbygdsfonden Sverige
"""
add(
    "spam-eu-bidrag-beviljat",
    message(
        std_headers(
            addr("EU Landsbygdsfonden", "utbetalning@example.com"),
            addr(None, BOT_ADDR),
            "Beslut: Er ansökan om landsbygdsstöd har BEVILJATS (ref SE-77120)",
            when(4, 17, 4, 2, 17),
            mid("eu.lbf.4d1a9c.77120", "example.com"),
            [("Reply-To", "eu.landsbygdsfonden.utbetalning@example.com")],
        ),
        multipart(
            "alternative",
            [
                text(_spam2, cte="base64"),
                text(
                    "<html><body>" + _spam2.replace("\n", "<br>\n") + "</body></html>",
                    sub="html",
                    cte="base64",
                ),
            ],
            "b_77120_4d1a9c_alt",
        ),
    ),
    lab(
        "spam",
        "",
        "Advance-fee fraud pretending that an EU rural grant of 48 500 SEK has been approved, asking for bank details and a fee via a link; base64 multipart/alternative with a different Reply-To. It talks about grants and an amount, which must not make it an application or followup. All elements false, all facts null.",
    ),
)

# ---- 2733 Silverdalen: unnamed group, bare total, no punctuation older man
MID_SILVERDALEN = mid("20260420101733.rolf.nyman", "example.net")
add(
    "silverdalen-fixarkafe",
    message(
        std_headers(
            addr("Rolf Nyman", "rolf.nyman@example.net"),
            to_bot(),
            "fixarkafe silverdalen",
            when(4, 20, 10, 17, 33),
            MID_SILVERDALEN,
        ),
        text(
            """hej
jag heter rolf nyman och bor i silverdalen sen 1971 jobbade på bruket i 40 år
vi är några pensionärer och en del yngre som är händiga och vill starta ett fixarkafe i gamla biblioteket första lördagen varje månad april till juni kl 10 till 14 där folk kan komma med trasiga cyklar gräsklippare lampor kläder mm så lagar vi det ihop och bjuder på kaffe
det blir mindre som slängs och folk träffas det är det som fattas här sen affären stängde
vi har 12 frivilliga fixare som lovat ställa upp och Silverdalens Folkets Husförening lånar ut lokalen gratis och Nya Konsum sätter upp affischen
vi söker 15000 kr
hälsn Rolf Nyman tel 0495-600 24
""",
            cs="iso-8859-1",
            cte="quoted-printable",
        ),
    ),
    lab(
        "application",
        "CVF",
        "Older man writing without punctuation or capitals (iso-8859-1 quoted-printable). Association false: 'några pensionärer och en del yngre' is an unnamed group; the Folkets hus association is only a lender of the room. Contact: signer from his own address with phone. Activity: monthly repair café on first Saturdays April-June with stated local benefit. Anchoring: twelve volunteer fixers, the Folkets hus association lends the room, the shop puts up the poster. Budget false: bare total 15 000, which is amount_sek. Repairs with own tools: no purchase of equipment is stated, so physical_investment false. No gender statement.",
        contact_name="Rolf Nyman",
        contact_email="rolf.nyman@example.net",
        contact_phone="0495-600 24",
        ort="Silverdalen",
        amount_sek=15000,
    ),
)

# ---- 2734 Gullringen: parents without an association; budget in a .txt attachment
_gull_txt = "BUDGET Familjesöndagar i skogen, Gullringen\n\nNaturvägledare, 4 söndagar à 1 800 kr   7 200 kr\nKorv, bröd och saft, 4 x 400 kr          1 600 kr\nOlycksfallsförsäkring för dagarna         500 kr\nAffischer och utskrift                    200 kr\n------------------------------------------------\nSumma                                    9 500 kr\n"
MID_GULLRINGEN = mid("CAE9w_gullringen_familjesondag", "example.com")
add(
    "gullringen-familjesondagar",
    message(
        std_headers(
            addr("Johanna Wik", "johanna.wik@example.com"),
            to_bot(),
            "Ansökan familjesöndagar i skogen, Gullringen",
            when(4, 22, 20, 12, 4),
            MID_GULLRINGEN,
        ),
        multipart(
            "mixed",
            [
                text(
                    "Hej!\n\nVi är ett antal föräldrar med barn på förskolan i Gullringen som vill ordna fyra familjesöndagar i skogen: 26 april, 10 maj, 24 maj och 7 juni kl 10–13 med start vid idrottsplatsen. "
                    "En naturvägledare tar med barn och vuxna ut i skogen, vi lär oss om djur och växter, gör upp eld och grillar. "
                    "Många av oss har flyttat hit från stan och känner knappt till skogen runt byn, och det är ett sätt för nya och gamla familjer att lära känna varandra. För barn och både mammor och pappor.\n\n"
                    "Vi gjorde en enkät i föräldragruppen (22 svar, alla ville) och Gullringens Byalag hjälper till att sprida inbjudan och lånar ut sin grillplats.\n\n"
                    "Budgeten ligger i bifogad fil.\n\nJohanna Wik\n070-519 47 26\n",
                    cte="quoted-printable",
                ),
                attach("budget.txt", 'text/plain; charset="utf-8"', _gull_txt.encode("utf-8")),
            ],
            "=_gw_8d41c2b7e0f5",
        ),
    ),
    lab(
        "application",
        "CVFB",
        "Young parent's mail with the budget in a .txt attachment (base64 utf-8). Association false: 'ett antal föräldrar med barn på förskolan' is no named group; the byalag only helps. Contact: signer from her own address with phone. Activity: four dated forest Sundays with a nature guide and a stated local purpose. Anchoring: survey in the parents' group (22 answers - respondents, not members) and the byalag spreading the invitation and lending its barbecue site. Budget: four items in the attachment, total 9 500 (sum). The guide's fee is not salary. 'både mammor och pappor' gives women_and_men true.",
        contact_name="Johanna Wik",
        contact_email="johanna.wik@example.com",
        contact_phone="070-519 47 26",
        ort="Gullringen",
        amount_sek=9500,
        women_and_men=True,
    ),
)

# ---- 2735 question in English, Lindås: study trip abroad and eligibility of a new group
add(
    "lindas-question-study-trip",
    message(
        std_headers(
            addr("Katrin Bauer", "katrin.bauer@example.org"),
            to_bot(),
            "Question about study trip / Frage",
            when(4, 24, 9, 40, 26),
            mid("2a7c9e41.bauer.lindas", "example.org"),
        ),
        text(
            """Hello,

we are a small group of newcomers in Lindås (Emmaboda kommun), eight people at the moment, mostly from Germany. We would like to visit an eco-village in northern Germany to learn how they share cars and run a village shop, and then present it to our neighbours.

Two questions before we write an application:
1. Can the idéslanten pay for a study trip abroad, or only in Sweden?
2. Do we have to be a registered association, or can a group of eight apply? We read something about ten members.

Thank you very much!
Katrin Bauer
""",
        ),
    ),
    lab(
        "question",
        "",
        "Question in English from a German newcomer: can the grant pay for a study trip abroad, and must they be a registered association with ten members. It plans no concrete application yet, so all elements false. Stated facts: ort Lindås, the group's size of eight people (members 8), the sender's name and address. No cost is proposed beyond the trip itself, which is neither salary nor investment, so those stay null as for questions.",
        lang="en",
        contact_name="Katrin Bauer",
        contact_email="katrin.bauer@example.org",
        members=8,
        ort="Lindås",
    ),
)

# ---- 2736 Djursdala: shared mailbox, vague activity, base64 windows-1252
MID_DJURSDALA = mid("djursdala.hbf.20260427.0817", "example.se")
add(
    "djursdala-sommarkultur",
    message(
        std_headers(
            addr("Djursdala Hembygdsförening", "djursdala.hembygd@example.se"),
            to_bot(),
            "Ansökan – Djursdala Hembygdsförening",
            when(4, 27, 8, 17, 2),
            MID_DJURSDALA,
            subj_cs="windows-1252",
        ),
        text(
            """Hej!

Djursdala Hembygdsförening (org.nr 802039-8841) ansöker om idéslanten för 2026. Föreningen har 70 medlemmar och sköter hembygdsgården och kyrkstallarna i Djursdala.

Vi planerar kulturarrangemang av olika slag under sommaren för att skapa liv i bygden och locka besökare. Programmet är inte spikat ännu.

I vintras skickade vi en enkät till alla hushåll i socknen och fick 64 svar, och de flesta ville ha mer kultur i bygden. Djursdala församling och Djursdala Byalag vill samarbeta med oss om arrangemangen.

Budget
Artistarvoden 6 000 kr
Hyra av scen och ljud 2 500 kr
Marknadsföring 1 500 kr
Summa 10 000 kr

Vänliga hälsningar
Styrelsen, Djursdala Hembygdsförening
""",
            cs="windows-1252",
            cte="base64",
        ),
    ),
    lab(
        "application",
        "AFB",
        "windows-1252 body in base64 from the association's shared mailbox, signed 'Styrelsen'. Association: named with org.nr, 70 members and what it manages. Activity false: 'kulturarrangemang av olika slag under sommaren', 'programmet är inte spikat' is vague. Anchoring: household survey (64 answers) plus the parish and the byalag cooperating. Budget: three items, total 10 000. Contact false: no named person, so contact facts null. Artist fees are not salary; renting a stage is not an investment.",
        association_name="Djursdala Hembygdsförening",
        org_number="802039-8841",
        members=70,
        ort="Djursdala",
        amount_sek=10000,
    ),
)

# ---- 2737 Flerohopp: 'se bifogad budget' with nothing attached; anchoring only a belief
MID_FLEROHOPP = mid("000c01dcd7a1$3b5f0e20$b21d2a60$", "example.org")
add(
    "flerohopp-byadag",
    message(
        std_headers(
            addr("Birgitta Wahlström", "birgitta.wahlstrom@example.org"),
            to_bot(),
            "Flerohopps byadag 6 juni",
            when(4, 29, 16, 22, 49),
            MID_FLEROHOPP,
        ),
        text(
            """Hej!

Flerohopps Byaförening, som har 45 medlemmar och arbetar för trivsel och utveckling i Flerohopp, söker pengar till en byadag på nationaldagen lördag 6 juni.

Programmet: klockan 11 invigning vid gamla glasbruket med sång av Flerohopps kyrkokör, därefter visning av bruksområdet, tipspromenad och lekar för barnen och på eftermiddagen korvgrillning och dans till ett lokalt dansband på logen. Vi vill att de som flyttat hit de senaste åren ska träffa de gamla flerohoppsborna och se vad byn har att erbjuda, så att fler vill stanna och engagera sig.

Vi tror att alla i byn kommer att vilja vara med.

Se bifogad budget. Vi söker ca 10 000 kr.

Kontaktperson: Birgitta Wahlström, 0481-340 27

Hälsningar
Birgitta Wahlström
Flerohopps Byaförening
""",
            cte="quoted-printable",
        ),
    ),
    lab(
        "application",
        "ACV",
        "Association: named with 45 members and purpose. Contact: signer from her own address with phone. Activity: dated national-day programme with concrete content and purpose. Anchoring false: 'Vi tror att alla i byn kommer att vilja vara med' is a belief, not backing. Budget false: 'Se bifogad budget' but the mail has no attachment; only a rough figure 'ca 10 000 kr', which is amount_sek. The dance band's fee is a performer's fee. No gender statement. Followup 2739 adds nothing useful.",
        association_name="Flerohopps Byaförening",
        contact_name="Birgitta Wahlström",
        contact_email="birgitta.wahlstrom@example.org",
        contact_phone="0481-340 27",
        members=45,
        ort="Flerohopp",
        amount_sek=10000,
    ),
)

# ---- 2738 autoreply WITHOUT any automation header, answering the officer about 2737
add(
    "franvaro-flerohopp",
    message(
        std_headers(
            addr("Birgitta Wahlström", "birgitta.wahlstrom@example.org"),
            addr("Landsbygdsutvecklare Region Kalmar län", OFFICER),
            "Frånvaro: Re: Flerohopps byadag 6 juni",
            when(5, 4, 14, 3, 11),
            mid("000d01dcdbc4$70a1f3e0$51e5dba0$", "example.org"),
            [
                ("In-Reply-To", mid("rkl.officer.20260504.1402")),
                ("References", f"{MID_FLEROHOPP} {mid('rkl.officer.20260504.1402')}"),
            ],
        ),
        text(
            "Tack för ditt mejl. Jag är på resa och är tillbaka den 18 maj. Mejlen läses inte under tiden.\n\n"
            "Frågor om Flerohopps Byaförening kan under tiden skickas till föreningens adress.\n\nBirgitta Wahlström\n",
            cte="quoted-printable",
        ),
    ),
    lab(
        "autoreply",
        "",
        "Out-of-office reply with NO automation header at all (no Auto-Submitted, X-Autoreply or Precedence): only the 'Frånvaro:' subject prefix and the text show it is automatic. It answers the officer's mail in the thread of 2737 and References the application, but adds nothing and must not be treated as a followup or answered. All elements false, all facts null.",
    ),
)

# ---- 2739 followup to 2737 from the shared mailbox: nothing useful
add(
    "flerohopp-aterkommer",
    message(
        std_headers(
            addr("Flerohopps Byaförening", "flerohopps.byaforening@example.org"),
            to_bot(),
            "Sv: Flerohopps byadag 6 juni [Idéslanten 2026-0031]",
            when(5, 6, 19, 55, 30),
            mid("fbf.20260506.1955.re", "example.org"),
            [
                ("In-Reply-To", mid("kvitto.2026-0031")),
                ("References", f"{MID_FLEROHOPP} {mid('kvitto.2026-0031')}"),
            ],
        ),
        text(
            "Hej\n\nTack för besked. Birgitta är bortrest, vi återkommer med budget och mer om förankringen efter styrelsemötet i slutet av maj.\n\n"
            "Styrelsen\nFlerohopps Byaförening\n\n"
            "-----Ursprungligt meddelande-----\nFrån: Idéslanten – Region Kalmar län <ideslanten@example.se>\nDatum: 2026-04-29 16:23\n\n"
            + receipt("2026-0031", ["anchoring", "budget"]),
            cte="quoted-printable",
        ),
    ),
    lab(
        "followup",
        "",
        "Followup to 2737 from the association's shared mailbox, signed 'Styrelsen': it only promises budget and anchoring later. Everything false: no named contact (shared mailbox, no person), and the receipt quoted under '-----Ursprungligt meddelande-----' with its guidance lines makes nothing true. Tests a followup that supplies nothing useful. Salary and investment false as nothing is proposed.",
        association_name="Flerohopps Byaförening",
    ),
)

# ---- 2740 Johansfors: complete, brief phone mail, but buys a defibrillator (investment)
add(
    "johansfors-hjartstartare",
    message(
        std_headers(
            addr("Tommy Lind", "tommy.lind@example.com"),
            to_bot(),
            "HLR + hjärtstartare Johansfors",
            when(5, 8, 7, 12, 40),
            mid("3E9C1B7A-5F20-4D8E-A6B3-johansfors", "example.com"),
            [("X-Mailer", "iPhone Mail (22E252)")],
        ),
        text(
            """Hej!
Johansfors Byalag (802397-2733), 53 medlemmar, söker idéslanten.

Vi vill köra två HLR-kvällar i Folkets hus 26 maj och 2 juni med instruktör, öppet för alla vuxna i byn, kvinnor och män. Och köpa en hjärtstartare som sitter vid glasbruksbutiken. Närmaste ambulans är 25 min bort så det kan rädda liv här.

Byamötet 19 april (34 pers) sa ja, 73 har skrivit på listan och Johansfors IK betalar skåpet.

Budget:
Hjärtstartare 9 900
Instruktör 2 x 1 800 = 3 600
Hyra Folkets hus 2 x 400 = 800
Fika 700
Tot 15 000

Tommy Lind 076-344 90 12

Skickat från min iPhone
""",
            cte="quoted-printable",
        ),
    ),
    lab(
        "application",
        "ACVFB",
        "Brief but complete phone mail from a young father. Association: named byalag with org.nr and 53 members. Contact: signer from his own address with phone. Activity: two dated CPR evenings plus placing a defibrillator, with a clear local reason. Anchoring: village meeting (34 present - attendance), 73 signatures, the sports club paying for the cabinet. Budget: four items, total 15 000. Complete, but not eligible as it stands: buying a defibrillator is a physical investment (physical_investment true). The instructor's fee is not salary. 'kvinnor och män' gives women_and_men true.",
        association_name="Johansfors Byalag",
        org_number="802397-2733",
        contact_name="Tommy Lind",
        contact_email="tommy.lind@example.com",
        contact_phone="076-344 90 12",
        members=53,
        ort="Johansfors",
        amount_sek=15000,
        women_and_men=True,
        physical_investment=True,
    ),
)

# === END MAILS ===

# --------------------------------------------------------------------------- check & main


def luhn_ok(org: str) -> bool:
    if not re.fullmatch(r"\d{6}-\d{4}", org):
        return False
    t = 0
    for i, c in enumerate(org.replace("-", "")):
        x = int(c)
        if i % 2 == 0:
            x *= 2
            if x > 9:
                x -= 9
        t += x
    return t % 10 == 0


def check(out: Path) -> list[str]:
    errs: list[str] = []
    labels = json.loads((out / "labels.json").read_text("utf-8"))
    files = sorted(p.name for p in out.glob("*.eml"))
    if sorted(labels) != files:
        errs.append("labels.json keys do not match files")
    mids: dict[str, str] = {}
    refs: dict[str, list[str]] = {}
    prev = None
    for i, name in enumerate(files):
        if not re.fullmatch(r"\d{4}-[a-z0-9-]+\.eml", name) or int(name[:4]) != FIRST + i:
            errs.append(f"{name}: bad name/numbering")
        raw = (out / name).read_bytes()
        if b"\r" in raw:
            errs.append(f"{name}: CR in file")
        if any(len(ln) > 998 for ln in raw.split(b"\n")):
            errs.append(f"{name}: line over 998 bytes")
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        lab_ = labels.get(name, {})
        malformed = lab_.get("notes", "").startswith("Malformed:")
        texts = [raw.decode("latin-1")]
        for part in msg.walk():
            if part.defects and not malformed:
                errs.append(f"{name}: defects {part.defects}")
            if not part.is_multipart():
                try:
                    payload = part.get_payload(decode=True) or b""
                except Exception as e:  # noqa: BLE001
                    errs.append(f"{name}: payload {e}")
                    continue
                texts.append(payload.decode("utf-8", "replace"))
                if part.get_filename() and part.get_filename().endswith((".docx", ".xlsx")):
                    with zipfile.ZipFile(io.BytesIO(payload)) as z:
                        texts.extend(z.read(n).decode("utf-8") for n in z.namelist())
        for k in ("From", "Date", "Message-ID", "Subject"):
            if msg[k] is None:
                errs.append(f"{name}: no {k}")
        for t in texts:
            for dom in re.findall(r"[\w.+-]+@([\w-]+(?:\.[\w-]+)+)", t):
                if dom.lower() not in ALLOWED:
                    errs.append(f"{name}: non-example domain {dom}")
        d = parsedate_to_datetime(msg["Date"])
        if d.year != 2026:
            errs.append(f"{name}: not 2026")
        if prev and d <= prev:
            errs.append(f"{name}: Date out of order")
        prev = d
        mids[str(msg["Message-ID"]).strip()] = name
        refs[name] = re.findall(
            r"<[^>]+>", f"{msg.get('In-Reply-To', '')} {msg.get('References', '')}"
        )
        # schema
        if set(lab_) != {"kind", "language", "elements", "facts", "notes"}:
            errs.append(f"{name}: label fields")
            continue
        if list(lab_["elements"]) != EL_KEYS or list(lab_["facts"]) != FACT_KEYS:
            errs.append(f"{name}: element/fact keys")
        if lab_["kind"] not in (
            "application",
            "followup",
            "question",
            "autoreply",
            "bounce",
            "newsletter",
            "spam",
        ):
            errs.append(f"{name}: kind")
        if lab_["language"] not in ("sv", "en"):
            errs.append(f"{name}: language")
        org = lab_["facts"]["org_number"]
        if org is not None and not luhn_ok(org):
            errs.append(f"{name}: org number {org} not Luhn-valid")
        if lab_["kind"] in ("question", "autoreply", "bounce", "newsletter", "spam") and any(
            lab_["elements"].values()
        ):
            errs.append(f"{name}: non-application with true element")
        if lab_["kind"] in ("autoreply", "bounce", "newsletter", "spam") and any(
            v is not None for v in lab_["facts"].values()
        ):
            errs.append(f"{name}: machine/spam mail with facts")
        if lab_["kind"] in ("application", "followup"):
            for k in ("salary_costs", "physical_investment"):
                if not isinstance(lab_["facts"][k], bool):
                    errs.append(f"{name}: {k} must be bool")
        if len(lab_["notes"]) < 80:
            errs.append(f"{name}: notes too short")
    for name, lab_ in labels.items():
        if lab_["kind"] != "followup":
            continue
        msg = email.message_from_bytes((out / name).read_bytes(), policy=email.policy.default)
        if not re.match(r"(Re|RE|SV|Sv|Aw|AW):", str(msg["Subject"])):
            errs.append(f"{name}: followup subject")
        if not any(
            mids.get(r) and labels[mids[r]]["kind"] == "application" and mids[r] < name
            for r in refs[name]
        ):
            errs.append(f"{name}: followup does not reference an earlier application")
    return errs


def main() -> int:
    OUT.mkdir(parents=True, exist_ok=True)
    for old in OUT.glob("*.eml"):
        old.unlink()
    labels = {}
    for i, m in enumerate(MAILS):
        name = f"{FIRST + i}-{m['slug']}.eml"
        (OUT / name).write_bytes(m["raw"])
        labels[name] = m["label"]
    (OUT / "labels.json").write_text(
        json.dumps(labels, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
    )
    errs = check(OUT)
    kinds: dict[str, int] = {}
    for lab_ in labels.values():
        kinds[lab_["kind"]] = kinds.get(lab_["kind"], 0) + 1
    apps = [v for v in labels.values() if v["kind"] == "application"]
    complete = sum(all(v["elements"].values()) for v in apps)
    missing = {k: sum(not v["elements"][k] for v in apps) for k in EL_KEYS}
    print(f"{len(labels)} mails -> {OUT}")
    print("kinds:", kinds, "complete:", complete, "missing:", missing)
    for e in errs:
        print("ERROR:", e)
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main())
