"""Development corpus own23 – "written in a hurry" (mails 3101–3140).

Forty entirely fictional e-mails to the Idéslanten intake bot of Region Kalmar län, all written
in a hurry: very short applications and followups from phones and tablets, voice-dictated text
with spoken punctuation ("komma", "punkt") and wrong words, mails where everything is on one
line, mails that are only a subject line plus an attachment, emoji, abbreviations (ca, st, kr,
tkr, mvh, ordf, sekr, tel, mob, o, å, pga, iom, bl a), amounts written as words or mixed
("femtusen", "5 tusen", "5k") and writers who forgot something and send a second mail two
minutes later in the same thread. Mix: 26 applications (8 complete), 8 followups, 3 questions,
2 autoreplies (one without any automation header) and 1 spam. Labels follow
/work/shared/corpus/README.md.

Regenerate (deterministic, byte-identical output, stdlib only):

    /work/main/.venv/bin/python tests/data/tools/make_own23.py

It writes tests/data/own23/NNNN-slug.eml and tests/data/own23/labels.json and then checks
itself (MIME parses without defects, label schema, Luhn-valid org numbers, example domains
only, numbering follows Date, followups thread to applications in the folder).
"""

# ruff: noqa: E501

from __future__ import annotations

import base64
import datetime as dt
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

OUT = Path(__file__).resolve().parent.parent / "own23"

BOT = "ideslanten@example.se"
BOT_NAME = "Idéslanten – Region Kalmar län"
OFFICER = "landsbygdsutvecklare@example.se"

EL_KEYS = ("association", "contact", "activity", "anchoring", "budget")
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

# ---------------------------------------------------------------- helpers: numbers, dates


def luhn_ok(digits: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def org(nine: str) -> str:
    """Complete a nine-digit stem to a Luhn-valid organisation number NNNNNN-NNNN."""
    for c in "0123456789":
        if luhn_ok(nine + c):
            return f"{nine[:6]}-{nine[6:]}{c}"
    raise ValueError(nine)


def date(month: int, day: int, hour: int, minute: int, second: int = 0) -> str:
    # CET before the last Sunday of March (29 March 2026, 02:00), CEST after.
    naive = dt.datetime(2026, month, day, hour, minute, second)
    off = 2 if naive >= dt.datetime(2026, 3, 29, 2, 0) else 1
    return email.utils.format_datetime(naive.replace(tzinfo=dt.timezone(dt.timedelta(hours=off))))


# ---------------------------------------------------------------- helpers: headers


def _q_word(text: str, charset: str) -> str:
    out = []
    for b in text.encode(charset):
        ch = chr(b)
        if ch == " ":
            out.append("_")
        elif ch.isascii() and (ch.isalnum() or ch in "!*+-/"):
            out.append(ch)
        else:
            out.append(f"={b:02X}")
    return "".join(out)


def ew(text: str, charset: str = "utf-8", enc: str = "B") -> str:
    """RFC 2047 encode text (folded into several encoded words when long)."""
    if all(ord(c) < 128 for c in text):
        return text
    words, cur = [], ""
    for ch in text:
        trial = cur + ch
        if enc == "B":
            size = len(base64.b64encode(trial.encode(charset)))
        else:
            size = len(_q_word(trial, charset))
        if size > 75 - 7 - len(charset) and cur:
            words.append(cur)
            cur = ch
        else:
            cur = trial
    words.append(cur)
    enc_words = []
    for w in words:
        if enc == "B":
            enc_words.append(f"=?{charset}?B?{base64.b64encode(w.encode(charset)).decode()}?=")
        else:
            enc_words.append(f"=?{charset}?Q?{_q_word(w, charset)}?=")
    return "\n ".join(enc_words)


def addr(name: str | None, mail: str, charset: str = "utf-8", enc: str = "Q") -> str:
    if not name:
        return mail
    if all(ord(c) < 128 for c in name):
        if re.search(r"[^A-Za-z0-9 .\-]", name):
            return f'"{name}" <{mail}>'
        return f"{name} <{mail}>"
    return f"{ew(name, charset, enc)} <{mail}>"


# ---------------------------------------------------------------- helpers: MIME parts


class Part:
    def __init__(
        self,
        headers: list[tuple[str, str]],
        body: bytes | None = None,
        children=None,
        boundary=None,
    ):
        self.headers = headers
        self.body = body
        self.children = children or []
        self.boundary = boundary


def _encode_body(data: bytes, cte: str) -> bytes:
    if cte == "base64":
        return base64.encodebytes(data)
    if cte == "quoted-printable":
        enc = quopri.encodestring(data)
        return enc if enc.endswith(b"\n") else enc + b"\n"
    return data if data.endswith(b"\n") else data + b"\n"


def text(
    body: str, subtype: str = "plain", charset: str | None = "utf-8", cte: str = "8bit", extra=None
) -> Part:
    raw = body.encode(charset or "ascii")
    ctype = f"text/{subtype}"
    if charset:
        ctype += f'; charset="{charset}"' if charset != "utf-8" else "; charset=utf-8"
    if subtype == "plain" and charset and "format=flowed" in (extra or ""):
        ctype += "; format=flowed"
    headers = [("Content-Type", ctype), ("Content-Transfer-Encoding", cte)]
    return Part(headers, _encode_body(raw, cte))


def attach(
    data: bytes, ctype: str, filename: str, cte: str = "base64", inline: bool = False
) -> Part:
    if all(ord(c) < 128 for c in filename):
        fn = f'"{filename}"'
        ct = f'{ctype}; name="{filename}"'
        disp = f"{'inline' if inline else 'attachment'}; filename={fn}"
    else:
        q = "".join(
            c
            if c.isascii() and (c.isalnum() or c in "._-")
            else "".join(f"%{b:02X}" for b in c.encode())
            for c in filename
        )
        ct = f'{ctype}; name="{ew(filename)}"'
        disp = f"{'inline' if inline else 'attachment'}; filename*=utf-8''{q}"
    headers = [
        ("Content-Type", ct),
        ("Content-Disposition", disp),
        ("Content-Transfer-Encoding", cte),
    ]
    return Part(headers, _encode_body(data, cte))


def multi(subtype: str, boundary: str, *children: Part, extra: str = "") -> Part:
    return Part(
        [("Content-Type", f'multipart/{subtype}; boundary="{boundary}"{extra}')],
        children=list(children),
        boundary=boundary,
    )


def render_part(p: Part, top_headers: list[tuple[str, str]] | None = None) -> bytes:
    hs = (top_headers or []) + p.headers
    out = "".join(f"{k}: {v}\n" for k, v in hs).encode("ascii") + b"\n"
    if p.children:
        out += b"This is a multi-part message in MIME format.\n\n" if top_headers else b""
        for c in p.children:
            out += f"--{p.boundary}\n".encode() + render_part(c)
        out += f"--{p.boundary}--\n".encode()
    else:
        out += p.body
    return out


# ---------------------------------------------------------------- helpers: documents

ZIP_TIME = (2026, 1, 1, 12, 0, 0)


def _zip(files: list[tuple[str, str]]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, content in files:
            zi = zipfile.ZipInfo(name, ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, content.encode("utf-8"))
    return buf.getvalue()


def _x(s: str) -> str:
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def docx(paragraphs: list[str]) -> bytes:
    body = "".join(
        f'<w:p><w:r><w:t xml:space="preserve">{_x(p)}</w:t></w:r></w:p>' for p in paragraphs
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
            (
                "word/document.xml",
                f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>{body}<w:sectPr/></w:body></w:document>',
            ),
        ]
    )


def _col(i: int) -> str:
    return "ABCDEFGHIJ"[i]


def xlsx(rows: list[list[str | int]]) -> bytes:
    xml_rows = []
    for r, row in enumerate(rows, 1):
        cells = []
        for c, v in enumerate(row):
            ref = f"{_col(c)}{r}"
            if isinstance(v, int):
                cells.append(f'<c r="{ref}"><v>{v}</v></c>')
            elif v != "":
                cells.append(f'<c r="{ref}" t="inlineStr"><is><t>{_x(v)}</t></is></c>')
        xml_rows.append(f'<row r="{r}">{"".join(cells)}</row>')
    sheet = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>{"".join(xml_rows)}</sheetData></worksheet>'
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
                '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Budget" sheetId="1" r:id="rId1"/></sheets></workbook>',
            ),
            (
                "xl/_rels/workbook.xml.rels",
                '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>',
            ),
            ("xl/worksheets/sheet1.xml", sheet),
        ]
    )


def pdf(lines: list[str]) -> bytes:
    """One-page PDF, Helvetica/WinAnsi, zlib-compressed text stream (text extractable)."""

    def esc(s: str) -> bytes:
        return (
            s.encode("cp1252").replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")
        )

    content = b"BT /F1 11 Tf 14 TL 56 790 Td\n"
    for ln in lines:
        content += b"(" + esc(ln) + b") Tj T*\n"
    content += b"ET\n"
    stream = zlib.compress(content, 9)
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Length "
        + str(len(stream)).encode()
        + b" /Filter /FlateDecode >>\nstream\n"
        + stream
        + b"\nendstream",
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


def png(width: int, height: int, seed: int = 7) -> bytes:
    """Small greyscale PNG with a deterministic 'scribble' pattern (not readable as text)."""
    rows = []
    for y in range(height):
        row = bytearray([0])
        for x in range(width):
            v = 235 if (x * seed + y * 3) % 11 else 60
            if (y % 9 == 4) and 8 < x < width - 8 and (x // 5) % 3:
                v = 40
            row.append(v)
        rows.append(bytes(row))
    raw = zlib.compress(b"".join(rows), 9)

    def chunk(t: bytes, d: bytes) -> bytes:
        return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xFFFFFFFF)

    ihdr = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", raw) + chunk(b"IEND", b"")


DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"

# ---------------------------------------------------------------- helpers: labels and registry

MAILS: list[dict] = []
LABELS: dict[str, dict] = {}
MSGIDS: dict[int, str] = {}


def lab(kind: str, el: str, notes: str, lang: str = "sv", **facts) -> dict:
    f = dict.fromkeys(FACT_KEYS)
    if kind in ("application", "followup"):
        f["salary_costs"] = False
        f["physical_investment"] = False
    for k, v in facts.items():
        if k not in FACT_KEYS:
            raise KeyError(k)
        f[k] = v
    return {
        "kind": kind,
        "language": lang,
        "elements": {k: c == "1" for k, c in zip(EL_KEYS, el, strict=True)},
        "facts": f,
        "notes": notes,
    }


def add(
    num: int,
    slug: str,
    when: str,
    frm: str,
    subject: str,
    body: Part,
    label: dict,
    to: str = None,
    msgid: str = None,
    extra: list[tuple[str, str]] | None = None,
) -> None:
    msgid = msgid or f"<own23.{num}.{slug.replace('-', '')[:12]}@example.com>"
    MSGIDS[num] = msgid
    headers = [
        ("From", frm),
        ("To", to or addr(BOT_NAME, BOT)),
        ("Subject", subject),
        ("Date", when),
        ("Message-ID", msgid),
    ]
    headers += extra or []
    headers.append(("MIME-Version", "1.0"))
    MAILS.append(
        {"num": num, "file": f"{num}-{slug}.eml", "bytes": render_part(body, headers), "date": when}
    )
    LABELS[f"{num}-{slug}.eml"] = label


def receipt_id(case: int) -> str:
    return f"<receipt.2026-{case:04d}@ideslanten.example.se>"


def thread(app_num: int, case: int | None = None) -> list[tuple[str, str]]:
    """In-Reply-To/References to an application (or the bot's receipt to it)."""
    app = MSGIDS[app_num]
    if case is None:
        return [("In-Reply-To", app), ("References", app)]
    rid = receipt_id(case)
    return [("In-Reply-To", rid), ("References", f"{app}\n {rid}")]


GUIDE = {
    "association": "Förening/grupp: föreningens namn och lite om den (t.ex. antal medlemmar eller org.nr)",
    "contact": "Kontaktperson: namn och e-post eller telefon till den som vi kan kontakta",
    "activity": "Aktivitet: vad ni ska göra, när och hur det bidrar till utvecklingen i bygden",
    "anchoring": "Lokal förankring: hur aktiviteten är förankrad i byn (t.ex. möte, enkät, samarbete)",
    "budget": "Budget: en översiktlig budget med kostnadsposter och belopp",
}


def receipt_text(case: int, missing: list[str], variant: int = 0) -> str:
    lines = [GUIDE[m] for m in missing]
    if variant == 0:
        head = f"Tack för er ansökan om idéslanten! Vi har tagit emot den och gett den ärendenummer 2026-{case:04d}."
        mid = "Vi saknar följande i er ansökan:"
        tail = "Svara gärna på det här mejlet med det som fattas, så kompletterar vi ärendet."
    else:
        head = f"Hej! Er ansökan om regional bygdepeng – idéslanten har kommit in och fått ärendenummer 2026-{case:04d}."
        mid = "För att vi ska kunna pröva den behöver vi också:"
        tail = "Det enklaste är att svara på detta mejl. Behåll ärendenumret i ämnesraden."
    body = head + "\n\n" + mid + "\n" + "\n".join(f"– {ln}" for ln in lines) + "\n\n" + tail
    return (
        body
        + "\n\nVänliga hälsningar\nIdéslanten – Region Kalmar län\n(automatiskt svar, landsbygdsutvecklare@example.se)"
    )


def quote(s: str, prefix: str = "> ") -> str:
    return "\n".join((prefix + ln).rstrip() if ln else prefix.rstrip() for ln in s.split("\n"))


# ================================================================ mails 3101–3108

GUNNEL = "gunnel.aberg@example.com"
LARS = "lars-erik.stahl@example.net"
SVEN = "sven-olof.lindqvist@example.net"
ORG_GULLABO = org("802419703")


def batch1() -> None:
    add(
        3101,
        "kristdala-en-rad",
        date(1, 8, 21, 43, 12),
        addr("Gunnel Åberg", GUNNEL),
        "idéslanten kristdala".replace("é", "e"),
        text(
            "hej vi i Kristdala bygdegårdsförening (ca 85 medl) vill söka idéslanten för en föreläsningskväll om solceller o energisparande för hushållen i byn lörd 14 mars kl 18 i bygdegården, föreläsare från Energikontoret Sydost, efteråt pratar vi i grupper om hur byn kan spara energi tillsammans budget: arvode föreläsare 4000 kr, hyra lokal 1500 kr, fika 800 kr, annonser o affischer 700 kr tot 7000 kr beslutat på årsmötet 11 jan där 31 pers var med o hembygdsföreningen ordnar fikat öppet för alla kvinnor som män mvh Gunnel Åberg 070-312 45 67\n\nSkickat från min iPhone\n"
        ),
        lab(
            "application",
            "11111",
            "Complete application written as ONE long line from an iPhone, no sentence punctuation, shorthand (ca, medl, o, lörd, tot, pers, mvh). Association: named bygdegårdsförening with about 85 members. Contact: Gunnel Åberg signs with a mobile number from her own address. Activity: a concrete lecture evening 14 March on solar power and energy saving followed by group talks for the village's households. Anchoring: backed at the annual meeting 11 Jan (31 attended – attendance, not members) and the hembygdsförening provides the coffee. Budget: four items with amounts, total 7000. 'ca 85 medl' = 85; 'kvinnor som män' = true; lecturer fee is not salary; nothing bought.",
            association_name="Kristdala bygdegårdsförening",
            contact_name="Gunnel Åberg",
            contact_email=GUNNEL,
            contact_phone="070-312 45 67",
            members=85,
            ort="Kristdala",
            amount_sek=7000,
            women_and_men=True,
        ),
    )

    app2 = (
        "Hej jag heter Lars-Erik Ståhl och är ordförande i Figeholms båt klubb punkt vi har 46 medlemmar och har funnits i hamnen sen 1974 punkt "
        "vi skulle vilja söka idé slanten för en studie rasa till Loftahammars gäst hamn i maj för att lära oss hur dom driver gäst hamnen med ideella grafter komma "
        "så att vi kan göra samma sak här och få fler besökare till Figeholm och till byns affär punkt ny rad\n"
        "vi hade möte i klubb stugan den 29 november där 24 personer var med och alla röstade för komma och samhällsföreningen i Figeholm skickar också med två personer punkt "
        "resan är öppen för alla medlemmar både kvinnor och män punkt vi söker ungefär 12 tusen kronor punkt ny rad\n"
        "med vänlig hälsning Lars-Erik Ståhl telefon 070 418 22 90\n"
    )
    add(
        3102,
        "figeholm-diktat",
        date(1, 9, 10, 14, 40),
        addr("Lars-Erik Ståhl", LARS),
        ew("Ansökan idé slanten Figeholm"),
        text(app2 + "\n\nSkickat från min Galaxy\n", cte="quoted-printable"),
        lab(
            "application",
            "11110",
            "Voice-dictated mail from an Android phone: spoken punctuation left as words ('punkt', 'komma', 'ny rad') and wrong words ('studie rasa' for studieresa, 'ideella grafter', split compounds 'båt klubb', 'gäst hamn'). Association: Figeholms båtklubb, 46 members, in the harbour since 1974. Contact: the named signer writes from his own address with a phone number. Activity: study trip in May to Loftahammar's guest harbour to learn volunteer-run harbour operation and bring visitors to Figeholm and its shop. Anchoring: club meeting 29 Nov (24 present) voted for it and the samhällsförening joins. Budget: only 'ungefär 12 tusen kronor' – a bare rough total, so false; the writer sends the budget two minutes later (3103). amount_sek 12000 from '12 tusen'.",
            association_name="Figeholms båtklubb",
            contact_name="Lars-Erik Ståhl",
            contact_email=LARS,
            contact_phone="070 418 22 90",
            members=46,
            ort="Figeholm",
            amount_sek=12000,
            women_and_men=True,
        ),
    )

    add(
        3103,
        "figeholm-glomde-budget",
        date(1, 9, 10, 16, 55),
        addr("Lars-Erik Ståhl", LARS),
        ew("Re: Ansökan idé slanten Figeholm"),
        text(
            "glömde budgeten 🙈\n"
            "buss t o r Loftahammar 6500 kr\n"
            "lunch ca 30 pers x 110 kr = 3300\n"
            "guidning i hamnen 1500\n"
            "fika 700\n"
            "blir 12 000 jämnt\n"
            "/Lars-Erik Ståhl\n\n"
            "Skickat från min Galaxy\n\n"
            "-------- Originalmeddelande --------\n"
            "Från: Lars-Erik Ståhl <lars-erik.stahl@example.net>\n"
            "Datum: 2026-01-09 10:14 (GMT+01:00)\n"
            "Till: Idéslanten – Region Kalmar län <ideslanten@example.se>\n"
            "Ämne: Ansökan idé slanten Figeholm\n\n" + app2
        ),
        lab(
            "followup",
            "01001",
            "Second mail two minutes after 3102 ('glömde budgeten'), threaded on the writer's own application and quoting it in the Samsung 'Originalmeddelande' style. New text: a budget list (bus 6500, lunch 30 x 110 = 3300, guide 1500, coffee 700; total 12 000) – budget true; signed with full name from his own address – contact true. The quoted dictated application below is not new text, so association, activity and anchoring are false and its facts (members, ort) stay with 3102. '30 pers' are participants, not members.",
            contact_name="Lars-Erik Ståhl",
            contact_email=LARS,
            amount_sek=12000,
        ),
        extra=thread(3102),
    )

    gullabo = [
        "Ansökan om regional bygdepeng – idéslanten 2026",
        f"Sökande: Gullabo byalag, org.nr {ORG_GULLABO}. Ideell förening bildad 1988 som arbetar för att Gullabo ska vara en levande by. Vi har 62 medlemmar (31 kvinnor och 31 män).",
        "Kontaktperson: Sven-Olof Lindqvist, sven-olof.lindqvist@example.net, tel 0486-301 22, mobil 070-655 12 09.",
        "Aktivitet: Två dialogkvällar i april om framtiden för gamla skolan i Gullabo, som kommunen vill sälja. Kväll 1: föreläsning av en byggnadsantikvarie om hur andra byar har tagit över sina skolor. Kväll 2: workshop i grupper där byborna tar fram förslag på verksamhet (bibliotek, träffpunkt, uthyrning). Förslagen lämnas till Torsås kommun. Ett levande skolhus ger byn en mötesplats och gör det lättare att locka inflyttare.",
        "Förankring: Enkät till alla 70 hushåll i december – 48 svarade och 41 ville ha ett möte om skolan. Gullabo IF och kyrkans syförening är med och ordnar kvällarna.",
        "Budget: Föreläsare arvode och resa 4 500 kr. Hyra av bygdegården två kvällar 2 000 kr. Fika 1 200 kr. Trycksaker och utskick 800 kr. Material till workshop 500 kr. Summa 9 000 kr.",
        "Alla i byn är välkomna – kvinnor och män, unga och gamla.",
    ]
    add(
        3104,
        "gullabo-bara-bilaga",
        date(1, 12, 7, 2, 5),
        addr("Sven-Olof Lindqvist", SVEN),
        ew("Ansökan idéslanten – Gullabo byalag (se bifogad fil)"),
        multi(
            "mixed",
            "Apple-Mail-7C1E2A90-3104",
            text("\n\nSkickat från min iPad\n"),
            attach(docx(gullabo), DOCX, "Ansokan Gullabo byalag.docx"),
        ),
        lab(
            "application",
            "11111",
            "Subject line plus attachment only: the body is empty except 'Skickat från min iPad'; the whole application is in a .docx. The document gives all five elements: Gullabo byalag with Luhn-valid org.nr and 62 members; contact Sven-Olof Lindqvist with e-mail and two phones (first recorded); two dialogue evenings in April on the future of the old school with a concrete local benefit; anchoring via a survey of all households (48 answers – respondents, not members) and co-organisers Gullabo IF and the syförening; itemised budget totalling 9 000. 'kvinnor och män' = true.",
            association_name="Gullabo byalag",
            org_number=ORG_GULLABO,
            contact_name="Sven-Olof Lindqvist",
            contact_email="sven-olof.lindqvist@example.net",
            contact_phone="0486-301 22",
            members=62,
            ort="Gullabo",
            amount_sek=9000,
            women_and_men=True,
        ),
    )


ORG_ALEM = org("802011457")


def batch2() -> None:
    paryd_txt = (
        "Hejj!! 😊\n"
        "Vi är ett gäng tjejer o killar i Påryd (15-19 år) som vill köra filmkvällar i bygdegården 🎬🍿\n"
        "3 kvällar: 20 feb, 20 mars o 17 april. Efter filmen snackar vi om vad unga vill ha i byn o skriver ihop en lista som vi lämnar till kommunen 📝 typ en busskur som funkar o nåt ställe att hänga på\n\n"
        "Budget:\n"
        "hyra bygdegården 3 x 500 = 1500\n"
        "filmlicens 3 x 900 = 2700\n"
        "snacks o dricka 1000\n"
        "= 5200 kr\n\n"
        "Alla kommer tycka det är sjukt kul 🙌🙌\n"
        "/Elin Karlsson\n"
        "mob 073-880 14 52\n"
    )
    paryd_html = (
        '<div dir="ltr">'
        + "".join(f"<div>{_x(ln) or '<br>'}</div>" for ln in paryd_txt.rstrip("\n").split("\n"))
        + "</div>\n"
    )
    add(
        3105,
        "paryd-filmkvallar-emoji",
        date(1, 15, 16, 51, 3),
        addr("Elin Karlsson", "elin.karlsson07@example.com"),
        ew("filmkvällar i påryd 🎬 idéslanten"),
        multi(
            "alternative",
            "000000000000a1b2c3d4e5f60105",
            text(paryd_txt, cte="quoted-printable"),
            text(paryd_html, "html", cte="quoted-printable"),
        ),
        lab(
            "application",
            "01101",
            "Teenager's Gmail-style multipart/alternative mail full of emoji, 'o' for och, emoji in the encoded-word subject. Association false: 'ett gäng tjejer o killar i Påryd' is an unnamed group (no member count given, so members null). Contact: Elin Karlsson signs from her own address with a mobile number. Activity: three dated film evenings in the bygdegård followed by talks on what young people want, producing a list for the municipality – concrete with local benefit. Anchoring false: 'alla kommer tycka det är sjukt kul' is only a hope. Budget: three items with amounts, 5200 kr. 'tjejer o killar' = women_and_men true.",
            contact_name="Elin Karlsson",
            contact_email="elin.karlsson07@example.com",
            contact_phone="073-880 14 52",
            ort="Påryd",
            amount_sek=5200,
            women_and_men=True,
        ),
    )

    add(
        3106,
        "ruda-fraga-sista-dag",
        date(1, 19, 12, 7, 44),
        addr("Berit Nyman", "berit.nyman@example.org"),
        "sista dag?",
        text(
            "hej när e sista dag att söka idéslanten? o kan man söka 2 ggr samma år om man e olika föreningar i Ruda? vi e bå i syjuntan o i byalaget 😅\nmvh Berit\n\nSkickat från min iPhone\n"
        ),
        lab(
            "question",
            "00000",
            "Short phone question without an application: asks for the deadline and whether two associations in the same locality can each apply the same year (the per-locality cap). Nothing is applied for and no activity is described, so all elements are false. Only the locality the question concerns (Ruda) is recorded; the signer is just 'Berit'.",
            ort="Ruda",
        ),
    )

    alem = (
        f"Hej! Ålems hembygdsförening (org nr {ORG_ALEM}, ca 140 medl) söker idéslanten 2026. Vi vill ha tre kvällar i Folkets hus under mars-april m bl a föreläsning om Ålems sjöfartshistoria, en kväll m gamla foton där byborna hjälper till att sätta namn på folk o platser, o en dialogkväll om vad hembygdsgården ska användas till framöver. "
        "Pga att många nyinflyttade inte känner till bygdens historia bjuder vi in dem särskilt, så nya o gamla ålembor träffas. "
        "Förankring: beslut på medlemsmöte 10/1, samarb m Ålems IK o PRO Ålem som hjälper till m fika o inbjudningar. "
        "Budget: föreläsare 5 tkr, lokalhyra 3 x 0,7 tkr = 2,1 tkr, annonser 1 tkr, fika 1,4 tkr. Summa 9,5 tkr. "
        "Kvällarna är öppna för alla, kvinnor o män.\n\n"
        "Med vänlig hälsning\nStyrelsen\nÅlems hembygdsförening\n"
    )
    add(
        3107,
        "alem-tkr-styrelsen",
        date(1, 21, 20, 33, 18),
        addr("Ålems hembygdsförening", "alems.hembygd@example.org", "windows-1252"),
        ew("Ansökan idéslanten Ålem", "windows-1252", "Q"),
        text(alem, charset="windows-1252", cte="quoted-printable"),
        lab(
            "application",
            "10111",
            "windows-1252 quoted-printable, one dense paragraph with abbreviations (org nr, ca, medl, m bl a, o, pga, samarb, tkr). Association: Ålems hembygdsförening with org.nr and ca 140 members. Contact false: signed only 'Styrelsen' from a shared association mailbox, no named person. Activity: three evenings (lecture on maritime history, old photos, dialogue on the hembygdsgård's future) inviting newcomers – concrete. Anchoring: decision at a members' meeting 10/1 plus cooperation with Ålems IK and PRO. Budget in tkr: 5 + 2,1 + 1 + 1,4 = 9,5 tkr = 9500. 'kvinnor o män' = true.",
            association_name="Ålems hembygdsförening",
            org_number=ORG_ALEM,
            members=140,
            ort="Ålem",
            amount_sek=9500,
            women_and_men=True,
        ),
    )

    add(
        3108,
        "sodra-vi-siffror-i-ord",
        date(1, 26, 9, 12, 30),
        addr("Margareta Ljung", "margareta.ljung@example.com"),
        ew("Idéslanten – Södra Vi byalag", "utf-8", "Q"),
        text(
            "Hej!\n"
            "Vi i Södra Vi byalag är trettiofem medlemmar och vi vill söka pengar ur idéslanten till två dialogmöten om byns mataffär som riskerar att stänga till hösten.\n"
            "Första mötet blir den sjunde mars i Folkets hus, då kommer en rådgivare från Coompanion och berättar hur andra byar har startat kooperativa butiker. På andra mötet i april bestämmer vi om vi ska bilda en butiksförening och vem som gör vad. Utan affär flyttar de äldre härifrån.\n"
            "Vi har samlat tvåhundratolv namn på en lista för att rädda affären och både pensionärsföreningen och IFK Södra Vi är med och bjuder in.\n\n"
            "Budget:\n"
            "hyra Folkets hus tvåtusen kronor\n"
            "rådgivare från Coompanion femtusen\n"
            "fika ettusenfemhundra\n"
            "affischer och annonser femhundra\n"
            "totalt niotusen kronor\n\n"
            "Mötena är för alla i byn, unga och gamla, kvinnor och män.\n"
            "Hälsningar Margareta Ljung, kassör\n"
            "tel 0492-201 45\n\n"
            "Skickat från min iPad\n",
            cte="quoted-printable",
        ),
        lab(
            "application",
            "11111",
            "Complete application from an iPad where every number is written out in words: 'trettiofem medlemmar' = 35, budget 'tvåtusen', 'femtusen', 'ettusenfemhundra', 'femhundra', total 'niotusen' = 9000. Association: Södra Vi byalag with 35 members. Contact: Margareta Ljung signs from her own address with a phone. Activity: two dialogue meetings (7 March with a Coompanion adviser, April decision) on saving the village shop. Anchoring: a petition with 212 names ('tvåhundratolv' – signatures, not members) and the pensioners' association and IFK Södra Vi co-invite. 'kvinnor och män' = true. The adviser's fee is not salary.",
            association_name="Södra Vi byalag",
            contact_name="Margareta Ljung",
            contact_email="margareta.ljung@example.com",
            contact_phone="0492-201 45",
            members=35,
            ort="Södra Vi",
            amount_sek=9000,
            women_and_men=True,
        ),
    )

    lottorp = (
        "Hej\n"
        "Här kommer vår ansökan. Löttorps byalag har 73 medlemmar, vi jobbar för service och gemenskap på norra Öland.\n"
        "Vi vill ordna en studieresa i april med buss till Byxelkrok och Grankullavik för att träffa byalagen där och se hur de ordnat sin bilpool, sen ett uppföljningsmöte i Löttorps bygdegård där vi bestämmer om vi ska starta en bilpool här. Det skulle göra det lättare för äldre och unga utan bil att bo kvar.\n"
        "Frågan togs upp på byastämman i november och 40 personer skrev upp sig på en intresselista för bilpool. Resan är öppen för alla, kvinnor som män.\n"
        "Budgeten bifogar jag, vi söker 11 800 kr.\n\n"
        "Per Holmgren\n"
        "ordf Löttorps byalag\n"
        "070-233 98 10\n"
    )
    add(
        3109,
        "lottorp-glomde-bilaga",
        date(1, 28, 19, 2, 11),
        addr("Per Holmgren", "per.holmgren@example.org"),
        ew("Ansökan idéslanten Löttorp", "iso-8859-1", "Q"),
        text(lottorp, charset="iso-8859-1", cte="8bit"),
        lab(
            "application",
            "11110",
            "iso-8859-1 8bit plain text. Says 'Budgeten bifogar jag' but nothing is attached (the writer sends it two minutes later, 3110), so budget is false; 'vi söker 11 800 kr' is a bare amount and gives amount_sek 11800. Association: Löttorps byalag, 73 members, what it does. Contact: Per Holmgren, ordf, own address and phone. Activity: study trip in April to the byalag in Byxelkrok and Grankullavik about car pools plus a follow-up meeting – concrete with local benefit. Anchoring: raised at the byastämma and 40 people on an interest list (not members). 'kvinnor som män' = true.",
            association_name="Löttorps byalag",
            contact_name="Per Holmgren",
            contact_email="per.holmgren@example.org",
            contact_phone="070-233 98 10",
            members=73,
            ort="Löttorp",
            amount_sek=11800,
            women_and_men=True,
        ),
    )

    budget_rows = [
        ["Budget idéslanten Löttorps byalag 2026", ""],
        ["Post", "Kostnad kr"],
        ["Buss Löttorp–Byxelkrok–Grankullavik t/r", 6500],
        ["Lunch 25 pers", 3750],
        ["Hyra bygdegården uppföljningsmöte", 800],
        ["Fika", 750],
        ["Summa", 11800],
    ]
    outlook_quote = (
        "________________________________\n"
        "Från: Per Holmgren <per.holmgren@example.org>\n"
        "Skickat: den 28 januari 2026 19:02\n"
        "Till: Idéslanten – Region Kalmar län <ideslanten@example.se>\n"
        "Ämne: Ansökan idéslanten Löttorp\n\n" + lottorp
    )
    add(
        3110,
        "lottorp-har-ar-bilagan",
        date(1, 28, 19, 4, 37),
        addr("Per Holmgren", "per.holmgren@example.org"),
        ew("SV: Ansökan idéslanten Löttorp", "iso-8859-1", "Q"),
        multi(
            "mixed",
            "_004_DB9PR03MB7310LOTT3110_",
            text(
                "Hoppsan, glömde bifoga budgeten. Här är den!\n\nSkaffa Outlook för Android\n"
                + outlook_quote,
                cte="quoted-printable",
            ),
            attach(xlsx(budget_rows), XLSX, "budget lottorp.xlsx"),
        ),
        extra=thread(3109),
        label=lab(
            "followup",
            "00001",
            "Followup two minutes after 3109 ('glömde bifoga budgeten'), Outlook for Android style 'SV:' subject with the original quoted below an Outlook header block (not prefixed with '>'). New content: an .xlsx budget (bus 6500, lunch 3750, hall 800, coffee 750, Summa 11 800) – budget true, amount 11800. Contact false: the new text is unsigned (only 'Skaffa Outlook för Android'); the name appears only in the From header and in the quoted mail. Everything else is in the quote and is not counted.",
            amount_sek=11800,
        ),
    )

    deger = (
        "Hej!\n"
        "Degerhamns byförening vill söka idéslanten. Vi är 54 medlemmar och har funnits sen 1992, vi driver bl a julmarknaden i hamnen.\n"
        "Vi vill göra nåt kul för byn i sommar, typ en dag för hela byn 🌞\n"
        "Byborna röstade för det på höstmötet i oktober (38 st var där) o Degerhamns IF o kyrkan är med.\n\n"
        "Budget\n"
        "Hyra tält 2 500 kr\n"
        "Hoppborg hyra 1 800 kr\n"
        "Trubadur arvode 3 000 kr\n"
        "Annonsering 700 kr\n"
        "Summa 8 000 kr\n\n"
        "Skickat från min iPhone\n"
    )
    add(
        3111,
        "degerhamn-nat-kul",
        date(2, 2, 18, 20, 9),
        addr("Degerhamns Byförening", "degerhamns.byforening@example.com"),
        ew("Idéslanten Degerhamn"),
        text(deger, cte="base64"),
        lab(
            "application",
            "10011",
            "utf-8 base64 phone mail from a shared association mailbox. Association: Degerhamns byförening, 54 members, since 1992, runs the Christmas market. Contact false: no signature at all, shared mailbox. Activity false: 'nåt kul för byn i sommar, typ en dag för hela byn' is a vague wish – no date, content or local benefit in the text, even though the budget hints at a party. Anchoring: voted for at the autumn meeting (38 present, not members) and cooperation with Degerhamns IF and the church. Budget: four items, Summa 8 000 (tent and bouncy castle are rented, not bought). women_and_men null ('hela byn' is not explicit). The contact and activity come two minutes later in 3112.",
            association_name="Degerhamns byförening",
            members=54,
            ort="Degerhamn",
            amount_sek=8000,
        ),
    )

    add(
        3112,
        "degerhamn-glomde-namn",
        date(2, 2, 18, 23, 2),
        addr("Degerhamns Byförening", "degerhamns.byforening@example.com"),
        ew("Re: Idéslanten Degerhamn"),
        text(
            "Glömde skriva vem jag e 🙈 Det är jag, Maj-Britt Holm, kassör, som är kontakt. Mob 070-561 20 83 eller majbritt.holm@example.com\n"
            "Dagen blir lörd 27 juni i hamnen: loppis på förmiddan, hoppborg o lekar för barnen, trubadur o gemensam grillning på kvällen. Så gamla o nya bybor lär känna varandra o fler hittar ner till hamnen o kiosken.\n\n"
            "Skickat från min iPhone\n\n"
            "> 2 feb. 2026 kl. 18:20 skrev Degerhamns Byförening <degerhamns.byforening@example.com>:\n>\n"
            + quote(deger.replace("\n\nSkickat från min iPhone\n", ""))
            + "\n"
        ),
        extra=thread(3111),
        label=lab(
            "followup",
            "01100",
            "Second mail three minutes after 3111 from the same shared mailbox, iPhone quoting ('> ... skrev ...:'). New text names a contact person with mobile and her own e-mail (contact true; contact_email is the address she gives, not the shared mailbox) and describes the day concretely: Saturday 27 June in the harbour with flea market, games, troubadour and barbecue so that old and new residents meet – activity true. Association, anchoring and budget are only in the quoted original.",
            contact_name="Maj-Britt Holm",
            contact_email="majbritt.holm@example.com",
            contact_phone="070-561 20 83",
        ),
    )


ORG_MALILLA = org("802478551")
ORG_LOFTA = org("802500913")


def batch3() -> None:
    mortorp = (
        "Hej! vi här i Mortorp vill söka idéslanten till en kurs i att laga cyklar o gräsklippare för byns unga o gamla, 4 lördagar i mars i gamla brandstationen. "
        "En pensionerad mekaniker i byn leder o vi lånar verktyg av bilverkstan. Tanken e att folk ska laga istället för att köpa nytt o att unga o äldre lär känna varandra.\n"
        "Vi tog upp det på bystämman i januari o 22 st skrev upp sig direkt, Mortorps IF lånar ut lokalen.\n"
        "Kostnader: kursledare arvode 4 x 1000 = 4000, reservdelar o förbrukning 2000, fika 1200, annons 300. Totalt 7 500.\n"
        "Mvh Jonas Wik 072-404 77 18\n"
    )
    add(
        3113,
        "mortorp-laga-cyklar",
        date(2, 4, 11, 2, 15),
        addr("Jonas Wik", "jonas.wik@example.com"),
        "idéslanten mortorp".replace("é", "e"),
        multi(
            "alternative",
            "0000000000003113mortorpf00d",
            text(mortorp),
            text(
                '<div dir="ltr">' + _x(mortorp).replace("\n", "<br>") + "</div>\n",
                "html",
                cte="quoted-printable",
            ),
        ),
        lab(
            "application",
            "01111",
            "Short multipart/alternative mail. Association false: only 'vi här i Mortorp' – no named applicant (Mortorps IF lends the venue and is a partner, not the applicant); the writer adds the association two minutes later (3114). Contact: Jonas Wik signs from his own address with a phone. Activity: a repair course for bikes and lawnmowers, four Saturdays in March, led by a retired mechanic, for repairing instead of buying and meeting across ages. Anchoring: raised at the bystämma in January, 22 signed up, IF lends the venue. Budget: four items, total 7 500; spare parts are consumables and tools are borrowed, so no investment. 'unga o gamla' says nothing about gender: null.",
            contact_name="Jonas Wik",
            contact_email="jonas.wik@example.com",
            contact_phone="072-404 77 18",
            ort="Mortorp",
            amount_sek=7500,
        ),
    )

    add(
        3114,
        "mortorp-vi-ar-bygdeforeningen",
        date(2, 4, 11, 4, 50),
        addr("Jonas Wik", "jonas.wik@example.com"),
        "Re: idéslanten mortorp".replace("é", "e"),
        text(
            "glömde säga att vi e Mortorps bygdeförening, 28 medlemmar, bildad 2019 👍\n/Jonas Wik\n\n"
            "Den ons 4 feb. 2026 kl 11:02 skrev Jonas Wik <jonas.wik@example.com>:\n\n"
            + quote(mortorp)
            + "\n"
        ),
        extra=thread(3113),
        label=lab(
            "followup",
            "11000",
            "One-line followup two minutes after 3113, Gmail-mobile quoting. New text names the applicant with member count and founding year (association true: Mortorps bygdeförening, 28 members) and is signed with full name from his own address (contact true; no phone in the new text). The course, anchoring and costs are only in the quote.",
            association_name="Mortorps bygdeförening",
            contact_name="Jonas Wik",
            contact_email="jonas.wik@example.com",
            members=28,
        ),
    )

    malilla_html = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
        '<div style="font-family:Aptos,sans-serif;font-size:12pt">'
        "<p>Hej!</p>"
        f"<p>Målilla hembygdsförening (ca 90 medl, org.nr {ORG_MALILLA}) söker idéslanten för en <b>guidad byvandring + berättarkväll</b> lörd 23 maj. Vi går runt i Målilla o berättar om gamla järnvägen o motorbanan, sen berättarkväll i hembygdsgården där äldre delar minnen o vi spelar in dem till bygdens arkiv. Bra för sammanhållningen o för turismen.</p>"
        "<p>Förankring: vi frågade i Facebookgruppen för byn, 64 svarade o nästan alla ville ha det. Målilla Motorklubb o föräldraföreningen på skolan hjälper till.</p>"
        "<p>Budget:<br>guide/berättare arvode 5k<br>lokal 1,5k<br>hyra ljudutrustning 2k<br>fika 1k<br>tot 9,5k</p>"
        "<p>Alla åldrar, kvinnor o män 👍</p>"
        "<p>/Anneli Strand, sekr<br>mob 070-912 03 44</p>"
        "</div><div>Skickat från Outlook för iOS</div></body></html>\n"
    )
    add(
        3115,
        "malilla-5k-html",
        date(2, 6, 7, 48, 0),
        addr("Anneli Strand", "anneli.strand@example.net"),
        ew("Idéslanten Målilla 🚶"),
        text(malilla_html, "html", cte="quoted-printable"),
        lab(
            "application",
            "11111",
            "HTML-only mail from Outlook for iOS, quoted-printable, amounts in 'k' shorthand (5k, 1,5k, 2k, 1k, tot 9,5k = 9500). Association: Målilla hembygdsförening, ca 90 members and org.nr. Contact: Anneli Strand, sekr, own address and mobile. Activity: guided village walk and story evening 23 May, recording memories for the local archive – concrete, with cohesion and tourism as benefit. Anchoring: asked in the village Facebook group (64 answers – respondents, not members) and the motor club and parents' association help. Renting sound equipment is not an investment; the guide's fee is not salary. 'kvinnor o män' = true.",
            association_name="Målilla hembygdsförening",
            org_number=ORG_MALILLA,
            contact_name="Anneli Strand",
            contact_email="anneli.strand@example.net",
            contact_phone="070-912 03 44",
            members=90,
            ort="Målilla",
            amount_sek=9500,
            women_and_men=True,
        ),
    )

    add(
        3116,
        "vissefjarda-utan-punkt",
        date(2, 9, 22, 17, 31),
        addr("tomas berg", "tomas.berg@example.com"),
        "idéslanten".replace("é", "e"),
        text(
            "hej vi e vissefjärda skytteförening vi e 31 medlemmar o har haft skyttebanan vid sjön sen 60-talet vi vill ha en prova på dag för alla i byn lördag 15 aug med luftgevär för barn o ungdomar o korvgrillning o sen en träff i klubbstugan om hur vi ska få fler att engagera sig i föreningen o i byn vi söker ca 10 tusen\n"
            "tomas berg 0471-502 19\n"
            "skickat från min telefon\n",
            cte="base64",
        ),
        lab(
            "application",
            "11100",
            "utf-8 base64, all lower case, no punctuation at all, one run-on sentence. Association: Vissefjärda skytteförening, 31 members, shooting range since the 60s. Contact: tomas berg signs from his own address with a phone. Activity: a try-out day Saturday 15 Aug with air rifles and barbecue, then a meeting on getting more people engaged in the club and village – concrete enough. Anchoring false: nothing about local backing. Budget false: 'ca 10 tusen' is a single rough figure – it gives amount_sek 10000 but is no budget. Gender not mentioned.",
            association_name="Vissefjärda skytteförening",
            contact_name="Tomas Berg",
            contact_email="tomas.berg@example.com",
            contact_phone="0471-502 19",
            members=31,
            ort="Vissefjärda",
            amount_sek=10000,
        ),
    )

    add(
        3117,
        "fliseryd-versaler",
        date(2, 11, 14, 5, 27),
        addr("Ulla-Britt Svensson", "ub.svensson@example.org", "iso-8859-1"),
        ew("ANSÖKAN PENGAR FLISERYD", "iso-8859-1", "Q"),
        text(
            "HEJ\n"
            "VI ÄR NÅGRA PENSIONÄRER I FLISERYD SOM VILL TRÄFFAS MER O GÖRA SAKER TILLSAMMANS SÅ DET INTE BLIR SÅ ENSAMT I VINTER.\n"
            "VI HAR PRATAT MED KYRKAN O PRO FLISERYD, DE VILL VARA MED O HJÄLPA TILL O 12 ST HAR SKRIVIT UPP SIG PÅ LISTAN I AFFÄREN.\n"
            "PENGAR BEHÖVS TILL\n"
            "HYRA AV FÖRSAMLINGSHEMMET 1200 KR\n"
            "KAFFE Å BULLAR 800 KR\n"
            "LITE MATERIAL 500 KR\n"
            "TOT 2500\n"
            "MVH ULLA-BRITT SVENSSON\n"
            "TEL 0499-210 56\n"
            "(SKRIVER PÅ NY TELEFON SÅ DET BLEV STORA BOKSTÄVER)\n",
            charset="iso-8859-1",
            cte="quoted-printable",
        ),
        lab(
            "application",
            "01011",
            "Elderly writer on a new phone, everything in CAPITALS, iso-8859-1 quoted-printable, dialect 'Å' for och. Association false: 'några pensionärer i Fliseryd' is an unnamed group (PRO and the church are partners, not the applicant). Activity false: 'träffas mer o göra saker tillsammans' is a vague wish with no concrete what/when. Anchoring: the church and PRO Fliseryd will help and 12 people signed the list in the shop (sign-ups, not members). Budget: three items, TOT 2500. Contact: named signer from own address with phone.",
            contact_name="Ulla-Britt Svensson",
            contact_email="ub.svensson@example.org",
            contact_phone="0499-210 56",
            ort="Fliseryd",
            amount_sek=2500,
        ),
    )

    add(
        3118,
        "ralla-fraga-grasklippare",
        date(2, 12, 17, 40, 2),
        addr("Göran Bäck", "goran.back@example.net"),
        "fråga".replace("å", "a"),
        text(
            "Hej, kort fråga bara. Kan Rälla byförening söka idéslanten för att köpa en åkgräsklippare till bollplanen? Den gamla e slut. Ca 25 tkr. Eller går det bara till möten o sånt?\n//Göran Bäck\n\nSkickat från min Huawei\n"
        ),
        lab(
            "question",
            "00000",
            "Question, not an application: asks whether the grant can buy a ride-on lawnmower (ca 25 tkr) for the football pitch. Because the question itself proposes buying a machine, physical_investment is true; salary_costs stays null. The 25 tkr is the price of the mower asked about, not an amount applied for, so amount_sek is null. Signed by name from his own address.",
            association_name="Rälla byförening",
            contact_name="Göran Bäck",
            contact_email="goran.back@example.net",
            ort="Rälla",
            physical_investment=True,
        ),
    )

    lofta_pdf = [
        "Application - regional bygdepeng idéslanten 2026",
        "",
        f"Applicant: Loftahammars skärgårdsförening, org.nr {ORG_LOFTA}",
        "48 members - locals and newcomers, women and men.",
        "Contact: Jenny Larsson-Reed, jenny.lr@example.com, +46 70 118 42 09",
        "",
        "Activity: Three 'språkcaféer' on Thursdays in April (9, 16, 23) in Loftahammar",
        "library. Newcomers (from Germany, the Netherlands and Ukraine) and locals talk",
        "Swedish over coffee and plan a joint midsummer celebration together.",
        "Goal: newcomers stay in the village and get involved in local associations.",
        "",
        "Anchoring: Agreed at our open meeting 14 January (27 present). The library,",
        "Loftahammars IF and the parish lend rooms, and 9 volunteers have signed up.",
        "",
        "Budget (SEK)",
        "Språkpedagog fee 3 x 1 500          4 500",
        "Fika 3 x 600                        1 800",
        "Flyers in 4 languages                 900",
        "Total                               7 200",
    ]
    add(
        3119,
        "loftahammar-english-pdf",
        date(2, 16, 8, 55, 41),
        addr("Jenny Larsson-Reed", "jenny.lr@example.com"),
        ew("Idéslanten application – Loftahammar"),
        multi(
            "mixed",
            "Apple-Mail-3119-5A2F-LOFTA",
            text(
                "Hi / Hej!\nSorry for mixing, jag har bott i UK i 20 år 😅 Attaching our application as pdf. Short version: Loftahammars skärgårdsförening wants to run 3 language cafés for newcomers and locals in the library this spring.\n\nCheers\nJenny Larsson-Reed\n+46 70 118 42 09\n\nSent from my iPhone\n"
            ),
            attach(pdf(lofta_pdf), "application/pdf", "Idéslanten Loftahammar.pdf"),
        ),
        lab(
            "application",
            "11111",
            "English/Swedish mix from an iPhone with the application as a PDF (Helvetica, extractable text); non-ASCII attachment file name (RFC 2231). Association: Loftahammars skärgårdsförening with org.nr and 48 members. Contact: Jenny Larsson-Reed with e-mail and phone. Activity: three dated language cafés in the library for newcomers and locals, planning a joint midsummer, aim that newcomers stay and engage. Anchoring: open meeting 14 Jan (27 present, not members), library, IF and parish lend rooms, 9 volunteers. Budget: three items, total 7 200; the language teacher's fee is not salary. 'women and men' = true. Labelled English as the body and document are mainly English.",
            lang="en",
            association_name="Loftahammars skärgårdsförening",
            org_number=ORG_LOFTA,
            contact_name="Jenny Larsson-Reed",
            contact_email="jenny.lr@example.com",
            contact_phone="+46 70 118 42 09",
            members=48,
            ort="Loftahammar",
            amount_sek=7200,
            women_and_men=True,
        ),
    )

    add(
        3120,
        "berga-budget-som-bild",
        date(2, 18, 20, 11, 9),
        addr("Kjell Persson", "kjell.persson@example.com"),
        ew("Ansökan idéslanten Berga"),
        multi(
            "mixed",
            "Apple-Mail-3120-B3RG4-IMG",
            text(
                "Hej\nBerga bygdegårdsförening, 120 medlemmar, vill söka idéslanten till en dialogkväll torsd 19 mars i bygdegården med Högsby kommun o Trafikverket om den farliga korsningen vid skolan, o dagen efter en trafikvandring med barnen o föräldrarna så alla ser var det är farligt. Vi vill ha en säkrare skolväg så barnfamiljerna stannar i Berga.\n"
                "Vi samlade 160 namnunderskrifter förra hösten o föräldraföreningen o Berga IF är med.\n"
                "Budgeten fotade jag, se bilden (skrev för hand sorry)\n"
                "Kjell Persson 070-771 23 45\n\nSkickat från min iPhone\n"
            ),
            attach(png(64, 48), "image/png", "IMG_4471.PNG"),
        ),
        lab(
            "application",
            "11110",
            "Phone mail with the budget as a photo of a handwritten note (a small PNG with no text layer). Budget false: an image cannot be read as a budget and no amount is given anywhere, so amount_sek is null. Association: Berga bygdegårdsförening, 120 members. Contact: Kjell Persson signs from his own address with a phone. Activity: dialogue evening 19 March with the municipality and Trafikverket about the dangerous crossing, then a traffic walk with children and parents – safer school route keeps families in Berga. Anchoring: 160 signatures last autumn (petition, not members) and the parents' association and Berga IF take part.",
            association_name="Berga bygdegårdsförening",
            contact_name="Kjell Persson",
            contact_email="kjell.persson@example.com",
            contact_phone="070-771 23 45",
            members=120,
            ort="Berga",
        ),
    )


ORG_KASTLOSA = org("802465220")
ORG_TIMMER = org("802433187")


def batch4() -> None:
    add(
        3121,
        "bergkvara-diktat-by-buss",
        date(2, 20, 17, 3, 26),
        addr("Birgitta Ek", "birgitta.ek@example.net"),
        ew("Idé slanten Bergkvara"),
        text(
            "Hej det här är Birgitta Ek från Bergkvara bygde lag. Vi är 67 medlemmar och har hand om bygde gården och midsommar firandet. "
            "Vi vill söka idé slanten för en serie på tre kvällar i april om att starta en by buss, alltså en samåknings tjänst så att äldre kan ta sig till Torsås och till vård central en. "
            "Första kvällen kommer någon från Kalmar läns trafik och berättar om anrops styrd trafik, sen jobbar vi i grupper och sista kvällen bestämmer vi hur det ska se ut. "
            "Det här är för ankrat i byn genom att vi hade ett by möte i februari med 45 personer där alla ville gå vidare och PRO och Röda korset i Bergkvara är med och ringer runt till de äldre. "
            "Budgeten är hyra av bygde gården tre kvällar 1800 kronor föreläsare 3000 kronor fika 1500 kronor och annonser i Torsås tidningen 1200 kronor tillsammans 7500 kronor. "
            "Alla är välkomna kvinnor som män. Ring mig gärna på 070 662 14 80 hälsningar Birgitta\n\nSkickat från min iPhone\n"
        ),
        lab(
            "application",
            "11111",
            "Complete application dictated on an iPhone: split compounds and misheard words ('bygde lag', 'by buss', 'vård central en', 'för ankrat' for förankrat, 'anrops styrd'), budget read out in prose without list. Association: Bergkvara bygdelag (written 'bygde lag'), 67 members, runs the bygdegård. Contact: Birgitta Ek introduces herself, gives a phone and writes from her own address. Activity: three April evenings on starting a village ride-sharing service for the elderly with a speaker from Kalmar läns trafik. Anchoring: village meeting in February (45 present), PRO and Röda korset phone the elderly. Budget: four amounts in prose, together 7500. 'kvinnor som män' = true.",
            association_name="Bergkvara bygdelag",
            contact_name="Birgitta Ek",
            contact_email="birgitta.ek@example.net",
            contact_phone="070 662 14 80",
            members=67,
            ort="Bergkvara",
            amount_sek=7500,
            women_and_men=True,
        ),
    )

    csv_data = "Post;Belopp kr\nHyra Folkets park;3000\nTält (hyra);2500\nRåvaror till matlagningen;4000\nMusik arvode;2000\nAffischer;500\nSumma;12000\n"
    add(
        3122,
        "gamleby-matfestival-csv",
        date(2, 23, 12, 30, 0),
        addr("Ahmed Yusuf", "ahmed.yusuf@example.org"),
        ew("Ansökan idéslanten matfestival Gamleby"),
        multi(
            "mixed",
            "----=_Part_3122_GAMLEBY.1771846200000",
            text(
                "Hej! Gamleby kulturförening (40 medl) söker idéslanten. Vi vill ha en mångkulturell matfestival i Folkets park i Gamleby lörd 22 aug där föreningar med rötter i olika länder lagar mat ihop o byborna får prova – så att nya o gamla gamlebybor möts o lär känna varandra.\n"
                "Budget i bifogad fil.\n"
                "Mvh Ahmed Yusuf, ordf. 076-120 55 83\n",
                cte="quoted-printable",
            ),
            attach(csv_data.encode("utf-8"), "text/csv; charset=utf-8", "budget.csv"),
        ),
        lab(
            "application",
            "11101",
            "Short mail with the budget as a semicolon CSV attachment (utf-8, base64). Association: Gamleby kulturförening, 40 members. Contact: Ahmed Yusuf, ordf., own address and phone. Activity: a multicultural food festival in Folkets park 22 Aug where associations cook together and residents taste, so new and old residents meet. Anchoring false: no meeting, survey, partners or volunteers are mentioned. Budget: the CSV lists five items, Summa 12000 (tent is rented; raw food is consumable; music fee is not salary).",
            association_name="Gamleby kulturförening",
            contact_name="Ahmed Yusuf",
            contact_email="ahmed.yusuf@example.org",
            contact_phone="076-120 55 83",
            members=40,
            ort="Gamleby",
            amount_sek=12000,
        ),
    )

    add(
        3123,
        "orrefors-bara-studieresa",
        date(2, 25, 21, 14, 49),
        addr("Pia Lund", "pia.lund@example.com"),
        "idéslanten orrefors".replace("é", "e"),
        text(
            "Hej\nOrrefors byalag söker idéslanten för en studieresa. Vi är ett 40-tal medlemmar o har funnits sen 1979.\n"
            "Kostnader: buss 7 000 kr, lunch 2 500 kr, entré 1 500 kr. Summa 11 000 kr.\n"
            "Pia Lund, kassör\ntel 0481-300 72\n\nFrån min Samsung\n",
            charset="windows-1252",
        ),
        lab(
            "application",
            "11001",
            "windows-1252 8bit, five lines. Association: Orrefors byalag, 'ett 40-tal' members = 40, since 1979. Contact: Pia Lund, kassör, own address and phone. Activity false: 'en studieresa' with no destination, date, purpose or local benefit. Anchoring false: nothing said. Budget: bus, lunch and entrance with amounts, Summa 11 000.",
            association_name="Orrefors byalag",
            contact_name="Pia Lund",
            contact_email="pia.lund@example.com",
            contact_phone="0481-300 72",
            members=40,
            ort="Orrefors",
            amount_sek=11000,
        ),
    )

    virserum = (
        "Hej\nVirserums musikförening, 38 medlemmar, söker idéslanten till en öppen spelkväll en gång i månaden mars-juni i paviljongen i Virserums hembygdspark, där alla som vill får spela o sjunga med o en musiklärare leder. Så byn får en mötesplats mellan generationerna.\n"
        "Budget: arvode musiklärare 4 x 1 500 = 6 000, hyra paviljongen 4 x 400 = 1 600, hyra ljudanläggning 1 400. Tot 9 000.\n"
        "Lennart Sjöö, sekr, 0495-300 18\n"
    )
    add(
        3124,
        "virserum-spelkvallar",
        date(2, 27, 9, 1, 37),
        addr("Lennart Sjöö", "lennart.sjoo@example.net"),
        ew("Idéslanten spelkvällar Virserum"),
        multi(
            "alternative",
            "Apple-Mail=_3124-VIRSERUM-ALT",
            text(virserum + "\nSkickat från min iPad\n", cte="quoted-printable"),
            text(
                "<html><body><div>"
                + _x(virserum).replace("\n", "<br>")
                + "<br>Skickat från min iPad</div></body></html>\n",
                "html",
                cte="quoted-printable",
            ),
        ),
        lab(
            "application",
            "11101",
            "iPad multipart/alternative. Association: Virserums musikförening, 38 members. Contact: Lennart Sjöö, sekr, own address and phone. Activity: an open music evening once a month March–June in the park pavilion led by a music teacher, a meeting place across generations. Anchoring false: nothing about local backing (it comes in the reply 3127). Budget: fee, venue and rented sound system with amounts, Tot 9 000; a music teacher's fee is not salary and renting is not investment.",
            association_name="Virserums musikförening",
            contact_name="Lennart Sjöö",
            contact_email="lennart.sjoo@example.net",
            contact_phone="0495-300 18",
            members=38,
            ort="Virserum",
            amount_sek=9000,
        ),
    )

    add(
        3125,
        "kastlosa-budget-senare",
        date(3, 2, 19, 45, 12),
        addr("Kastlösa Byaförening", "kastlosa.bya@example.org"),
        ew("Ansökan idéslanten Kastlösa"),
        text(
            f"Hej!\nVi i Kastlösa byaförening (62 medlemmar, org nr {ORG_KASTLOSA}) vill söka idéslanten till en föreläsning o workshop om alvarets blommor o hur byn kan ta emot fler besökare utan att störa, lörd 25 april i Kastlösa bygdegård, med en biolog från Naturum. Efteråt tar vi fram en karta över vandringsstigar som vi delar ut o lägger på byns hemsida.\n"
            "Det bestämdes på årsmötet i februari, o Kastlösa hembygdsförening o markägarna är med.\n"
            "Budget kommer senare när vi fått offert från biologen.\n\nHälsningar\nStyrelsen\n",
            cte="quoted-printable",
        ),
        lab(
            "application",
            "10110",
            "Shared association mailbox signed 'Styrelsen' – contact false. Budget false: 'Budget kommer senare' and no amount at all (amount_sek null). Association: Kastlösa byaförening, 62 members, org.nr. Activity: lecture and workshop 25 April with a biologist on the alvar flora and visitors, then a trail map handed out and published – concrete. Anchoring: decided at the annual meeting, the hembygdsförening and landowners take part. The bot's receipt to this mail is answered by an autoreply (3126) and a useless reply (3130).",
            association_name="Kastlösa byaförening",
            org_number=ORG_KASTLOSA,
            members=62,
            ort="Kastlösa",
        ),
    )

    add(
        3126,
        "kastlosa-autosvar",
        date(3, 2, 19, 47, 30),
        addr("Kastlösa Byaförening", "kastlosa.bya@example.org"),
        ew("Automatiskt svar: Re: Ansökan idéslanten Kastlösa [Idéslanten 2026-0032]"),
        text(
            "Tack för ditt mejl!\nFöreningens mejl läses bara någon gång i veckan. Vi återkommer så snart vi kan.\nBrådskande ärenden om bokning av bygdegården: se anslaget vid affären.\n\n/Kastlösa byaförening (automatiskt svar)\n"
        ),
        to=addr(BOT_NAME, BOT),
        extra=[
            *thread(3125, 32),
            ("Auto-Submitted", "auto-replied"),
            ("X-Autoreply", "yes"),
            ("Precedence", "auto_reply"),
        ],
        label=lab(
            "autoreply",
            "00000",
            "Automatic reply of the association mailbox to the bot's receipt 2026-0032, with Auto-Submitted, X-Autoreply and Precedence headers and 'Automatiskt svar' subject. It threads on the application 3125 but is not a followup; the bot must not answer it. All elements false and all facts null.",
        ),
    )

    rec31 = receipt_text(31, ["anchoring"])
    add(
        3127,
        "virserum-svar-forankring",
        date(3, 4, 7, 58, 3),
        addr("Lennart Sjöö", "lennart.sjoo@example.net"),
        ew("Re: Idéslanten spelkvällar Virserum [Idéslanten 2026-0031]"),
        text(
            "Hej! Förankring: vi frågade folk på Virserumsdagen i höstas o 57 pers skrev upp sig att de vill va med, o hembygdsföreningen lånar ut paviljongen billigt. Kyrkokören o musikklassen på skolan är också med.\n/Lennart Sjöö\n\nSkickat från min iPad\n\n"
            "> 27 feb. 2026 kl. 09:03 skrev Idéslanten – Region Kalmar län <ideslanten@example.se>:\n>\n"
            + quote(rec31)
            + "\n",
            cte="quoted-printable",
        ),
        extra=thread(3124, 31),
        label=lab(
            "followup",
            "01010",
            "Reply to the bot's receipt (quoted with '>' in iPad style; the quote lists the missing anchoring element and must not make anything true). New text supplies the anchoring: 57 people signed up on the village day, the hembygdsförening lends the pavilion, the church choir and the school music class take part. Signed with full name from his own address – contact true. 57 are sign-ups, not members.",
            contact_name="Lennart Sjöö",
            contact_email="lennart.sjoo@example.net",
            ort="Virserum",
        ),
    )

    add(
        3128,
        "timmernabben-forkortningar",
        date(3, 5, 12, 22, 45),
        addr("Roger Nilsson", "roger.nilsson@example.com"),
        ew("idéslanten nabben"),
        text(
            f"Tjena!\nTimmernabbens samhällsförening söker idéslanten. Vi e ca 110 medl, org nr {ORG_TIMMER}.\n"
            "Vad: en kväll m föreläsning o dialog om hur vi får tillbaka en bankomat/serviceställe i byn, m folk från Mönsterås kn o Länsstyrelsen. Sen startar vi en arbetsgrupp. Ons 15 april kl 19 i Folkets hus.\n"
            "Förankring: vi gjorde en enkät i brevlådorna i jan, 180 st svarade o 9 av 10 vill ha service i byn. Företagarföreningen o PRO e med å bjuder in.\n"
            "Budget: hyra Folkets hus 1 200 kr, moderator arvode 2 500 kr, fika 1 000 kr, annons i tidn 1 300 kr. Tot 6 000 kr.\n"
            "För alla i nabben, kvinnor å män.\n/Roger Nilsson 070-145 66 02\n"
        ),
        lab(
            "application",
            "11111",
            "Complete, compact application full of abbreviations (e, ca, medl, org nr, m, kn, st, o/å for och, tidn, Tot, kr) and local nickname 'nabben'. Association: Timmernabbens samhällsförening, ca 110 members, org.nr. Contact: Roger Nilsson signs with a mobile from his own address. Activity: lecture and dialogue evening 15 April about getting a cash machine/service point back, then a working group. Anchoring: mailbox survey in January (180 answers, not members) and the business association and PRO co-invite. Budget: four items, Tot 6 000. 'kvinnor å män' = true.",
            association_name="Timmernabbens samhällsförening",
            org_number=ORG_TIMMER,
            contact_name="Roger Nilsson",
            contact_email="roger.nilsson@example.com",
            contact_phone="070-145 66 02",
            members=110,
            ort="Timmernabben",
            amount_sek=6000,
            women_and_men=True,
        ),
    )


ORG_ROCKNEBY = org("802466781")


def batch5() -> None:
    rock = (
        "ANSÖKAN IDÉSLANTEN 2026\r\n\r\n"
        f"Rockneby byalag, org nr {ORG_ROCKNEBY}, 95 medlemmar. Byalaget sköter badplatsen o ordnar valborgsfirandet.\r\n\r\n"
        "Aktivitet: Kurs i hjärt-lungräddning för byborna, två kvällar i maj i skolans matsal, med instruktör från Röda korset. "
        "Sen gör vi en lista över vem i byn som kan rycka ut tills ambulansen kommer – det tar 30 min hit.\r\n\r\n"
        "Budget:\r\nInstruktör arvode 2 x 2 500 = 5 000\r\nHyra övningsdockor 1 200\r\nFika 800\r\nSumma 7 000\r\n\r\nStyrelsen\r\n"
    )
    add(
        3129,
        "rockneby-txt-bilaga",
        date(3, 9, 15, 36, 58),
        addr("Rockneby byalag", "rockneby.byalag@example.net"),
        ew("Idéslanten Rockneby"),
        multi(
            "mixed",
            "--_com.samsung.android.email_3129ROCK",
            text("Se bifogad ansökan.\n\nSkickat från min Galaxy Tab\n"),
            attach(rock.encode("cp1252"), "text/plain; charset=windows-1252", "ansokan.txt"),
        ),
        lab(
            "application",
            "10101",
            "Tablet mail whose body is just 'Se bifogad ansökan'; the application is a windows-1252 .txt attachment with CRLF lines inside the base64. Association: Rockneby byalag, org.nr, 95 members, runs the bathing place. Contact false: the attachment is signed 'Styrelsen' and the mail comes from the byalag's shared mailbox with no named person. Activity: two CPR course evenings in May with a Red Cross instructor and a list of residents who can respond before the ambulance arrives – concrete local benefit. Anchoring false: no meeting, survey or partners. Budget: three items, Summa 7 000 (dummies are rented).",
            association_name="Rockneby byalag",
            org_number=ORG_ROCKNEBY,
            members=95,
            ort="Rockneby",
            amount_sek=7000,
        ),
    )

    rec32 = receipt_text(32, ["contact", "budget"], 1)
    html = (
        '<html><head><meta charset="utf-8"></head><body>'
        "<div>Hej, vad menar ni, vi skrev ju allt? 🤔 Vi återkommer.</div><div>/Styrelsen</div><br>"
        '<div id="ms-outlook-mobile-signature">Skaffa Outlook för iOS</div>'
        '<hr style="display:inline-block;width:98%"><div id="divRplyFwdMsg"><b>Från:</b> Idéslanten – Region Kalmar län &lt;ideslanten@example.se&gt;<br>'
        "<b>Skickat:</b> måndag, 2 mars 2026 19:47<br><b>Till:</b> Kastlösa Byaförening &lt;kastlosa.bya@example.org&gt;<br>"
        "<b>Ämne:</b> Re: Ansökan idéslanten Kastlösa [Idéslanten 2026-0032]</div><br>"
        '<blockquote style="margin-left:0.8ex;border-left:1px solid #ccc;padding-left:1ex">'
        + _x(rec32).replace("\n", "<br>")
        + "</blockquote></body></html>\n"
    )
    add(
        3130,
        "kastlosa-vad-menar-ni",
        date(3, 10, 8, 12, 20),
        addr("Kastlösa Byaförening", "kastlosa.bya@example.org"),
        ew("Re: Ansökan idéslanten Kastlösa [Idéslanten 2026-0032]"),
        text(html, "html", cte="quoted-printable"),
        extra=thread(3125, 32),
        label=lab(
            "followup",
            "00000",
            "HTML-only Outlook-for-iOS reply to the receipt of 3125, the receipt quoted in a blockquote under an Outlook header block. The new text ('vad menar ni, vi skrev ju allt? Vi återkommer. /Styrelsen') supplies nothing: no named contact (shared mailbox, 'Styrelsen'), no budget. All elements false; the missing-element list in the quote must not count. Still a followup: it threads on an application and adds to the case.",
        ),
    )

    lonne = (
        "hej! Vi är några föräldrar i Lönneberga som vill ordna en Emil-dag 🎉 för byns barn o vuxna på hembygdsgården sö 7 juni: snickarbodstävling (som Emil haha), teater av barnen o en berättare som läser ur böckerna. Vill att fler turister stannar i byn o att barnfamiljerna träffas.\n"
        "Kostnad ca:\nberättare 3 000\nhyra hembygdsgården 1 000\nmaterial till teatern 1 500\nfika o saft 1 000\n= 6 500\n"
        "Sofia Hägg 073-601 22 47\n"
    )
    add(
        3131,
        "lonneberga-emil-dag",
        date(3, 12, 20, 6, 4),
        addr("Sofia Hägg", "sofia.hagg@example.com"),
        ew("Emil-dag Lönneberga 🎉"),
        text(lonne),
        lab(
            "application",
            "01101",
            "Short emoji mail from a parent. Association false: 'några föräldrar i Lönneberga' is an unnamed group (the hembygdsgård is only the venue). Contact: Sofia Hägg with phone from her own address. Activity: an Emil day Sunday 7 June with a woodshop contest, children's theatre and a storyteller, to make tourists stay and families meet – concrete. Anchoring false: nothing about backing. Budget: 'Kostnad ca' with four items = 6 500 (theatre material is consumable). 'barn o vuxna' is not about gender: null. Association and anchoring come in the reply 3134.",
            contact_name="Sofia Hägg",
            contact_email="sofia.hagg@example.com",
            contact_phone="073-601 22 47",
            ort="Lönneberga",
            amount_sek=6500,
        ),
    )

    spam_txt = (
        "Hej!\n\nDin ansökan om bygdepeng har BEVILJATS ✅\nBeviljat belopp: 15 000 kr\n\n"
        "För att vi ska kunna betala ut bidraget måste du bekräfta ditt bankkonto med BankID inom 24 timmar, annars makuleras beslutet.\n\n"
        "Bekräfta här: http://bankid-verifiering.example.net/region/utbetalning?id=88213\n\n"
        "Med vänliga hälsningar\nUtbetalningsenheten\n"
    )
    spam_html = (
        '<html><body style="font-family:Arial"><table width="560"><tr><td style="background:#00558c;color:#fff;padding:12px"><b>Region Utbetalning</b></td></tr>'
        "<tr><td><p>Hej!</p><p>Din ansökan om bygdepeng har <b>BEVILJATS</b> ✅<br>Beviljat belopp: <b>15 000 kr</b></p>"
        "<p>För att vi ska kunna betala ut bidraget måste du bekräfta ditt bankkonto med BankID inom 24 timmar, annars makuleras beslutet.</p>"
        '<p><a href="http://bankid-verifiering.example.net/region/utbetalning?id=88213" style="background:#2a9d3c;color:#fff;padding:8px 16px">BEKRÄFTA MED BANKID</a></p>'
        "<p>Med vänliga hälsningar<br>Utbetalningsenheten</p></td></tr></table></body></html>\n"
    )
    add(
        3132,
        "spam-bidrag-beviljat",
        date(3, 16, 3, 12, 0),
        addr("Region Utbetalning", "no-reply@utbetalning-region.example.net"),
        ew("✅ Ditt bidrag 15 000 kr är beviljat – bekräfta med BankID inom 24 h"),
        multi(
            "alternative",
            "=_b1d4a9c2e8f07a3132",
            text(spam_txt, cte="base64"),
            text(spam_html, "html", cte="base64"),
        ),
        to="undisclosed-recipients:;",
        msgid="<20260316031200.88213@utbetalning-region.example.net>",
        extra=[
            ("Reply-To", "support@utbetalning-region.example.net"),
            ("X-Mailer", "PHPMailer 6.1.4"),
        ],
        label=lab(
            "spam",
            "00000",
            "Phishing that mimics a grant decision: 'bidrag 15 000 kr beviljat', confirm the bank account with BankID within 24 h via a link, base64 multipart/alternative, lookalike sender, undisclosed recipients, sent 03:12. It uses the grant's own vocabulary (bygdepeng, 15 000 kr) but is not an application or question; all elements false and all facts null.",
        ),
    )

    add(
        3133,
        "edsbruk-budget-skickar-jag",
        date(3, 18, 6, 40, 30),
        addr("Håkan Öberg", "hakan.oberg@example.org"),
        ew("idéslanten Edsbruk"),
        text(
            "Hej\nEdsbruks samhällsförening (ca 70 medlemmar) vill söka idéslanten för en byakväll med dialog om det gamla bruksområdet – vad vill byborna göra med det tomma brukskontoret? Torsdag 23 april i bygdegården, med en processledare från Hela Sverige ska leva som leder samtalet. Bruksområdet ligger mitt i byn o kan bli mötesplats, ateljéer eller vandrarhem.\n"
            "Styrelsen har haft två öppna möten om saken, 40 resp 52 personer kom, o Edsbruks IF o hembygdsföreningen står bakom.\n"
            "Vi söker runt 8 000 kr, budget skickar jag.\n"
            "Hälsn Håkan Öberg\n070-388 41 16\n",
            cte="base64",
        ),
        lab(
            "application",
            "11110",
            "utf-8 base64, written before work. Association: Edsbruks samhällsförening, ca 70 members. Contact: Håkan Öberg with phone from his own address. Activity: a dialogue evening 23 April led by a facilitator about the future use of the old mill office in the village centre. Anchoring: two open meetings (40 and 52 attended – attendance, not members) and the IF and hembygdsförening back it. Budget false: 'runt 8 000 kr, budget skickar jag' is a rough total plus a promise; amount_sek 8000. The reply 3137 still brings no budget.",
            association_name="Edsbruks samhällsförening",
            contact_name="Håkan Öberg",
            contact_email="hakan.oberg@example.org",
            contact_phone="070-388 41 16",
            members=70,
            ort="Edsbruk",
            amount_sek=8000,
        ),
    )

    rec38 = receipt_text(38, ["association", "anchoring"])
    add(
        3134,
        "lonneberga-diktat-svar",
        date(3, 19, 21, 33, 51),
        addr("Sofia Hägg", "sofia.hagg@example.com"),
        ew("Re: Emil-dag Lönneberga 🎉 [Idéslanten 2026-0038]"),
        text(
            "Hej vi är faktiskt en förening nu som heter Lönneberga föräldra förening vi bildade den i höstas och vi är 23 medlemmar punkt "
            "hembygds föreningen lånar ut gården gratis och på förra föräldra mötet på skolan var 30 föräldrar med och alla ville hjälpa till med dagen punkt "
            "hälsningar Sofia Hägg\n\n"
            "Den 12 mars 2026 kl. 20:10 skrev Idéslanten – Region Kalmar län <ideslanten@example.se>:\n"
            + quote(rec38)
            + "\n",
            cte="quoted-printable",
        ),
        extra=thread(3131, 38),
        label=lab(
            "followup",
            "11010",
            "Voice-dictated reply to the receipt of 3131 (spoken 'punkt', split compounds 'föräldra förening', 'hembygds föreningen'), receipt quoted with '>' below a Swedish Gmail attribution. New text: the applicant is Lönneberga föräldraförening, founded last autumn with 23 members (association true); the hembygdsförening lends the farm and 30 parents at the school's parents' meeting volunteered (anchoring true; 30 are attendees, not members). Signed with full name from her own address (contact true). No activity or budget in the new text.",
            association_name="Lönneberga föräldraförening",
            contact_name="Sofia Hägg",
            contact_email="sofia.hagg@example.com",
            members=23,
        ),
    )

    add(
        3135,
        "blomstermala-lon-samordnare",
        date(3, 23, 13, 9, 14),
        addr("Eva Grahn", "eva.grahn@example.net", "windows-1252"),
        ew("Idéslanten – ”Blomstermåla läser”", "windows-1252", "Q"),
        text(
            "Hej!\nBlomstermåla byförening, 88 medlemmar, söker idéslanten för ’Blomstermåla läser’: fem bokcaféer i biblioteket under hösten där vi läser o pratar om böcker från bygden, med författarbesök på sista träffen. Biblioteket hotas av nedskärning, så vi vill visa att det behövs o göra det till byns vardagsrum.\n"
            "Förankring: 130 namn på protestlistan mot nedläggningen, o Blomstermåla PRO, Svenska kyrkan o skolan är med.\n"
            "Budget:\nLön till en medlem som samordnar (10 tim à 300 kr) 3 000 kr\nFörfattararvode 4 000 kr\nFika 5 x 300 = 1 500 kr\nAffischer 500 kr\nSumma 9 000 kr\n"
            "Kvinnor o män, alla åldrar välkomna!\nEva Grahn, ordf\n0499-240 11 / 070-266 85 30\n",
            charset="windows-1252",
            cte="quoted-printable",
        ),
        lab(
            "application",
            "11111",
            "Complete application in windows-1252 quoted-printable with curly quotes in body and encoded-word subject. All five elements are there: Blomstermåla byförening (88 members); Eva Grahn, ordf, two phones (first recorded); five book cafés in the threatened library with an author visit; anchoring via 130 names on a protest list and PRO, church and school taking part; itemised budget Summa 9 000. But it breaks a rule: 'Lön till en medlem som samordnar' is a wage, so salary_costs true (the author's fee alone would not be). 'Kvinnor o män' = true.",
            association_name="Blomstermåla byförening",
            contact_name="Eva Grahn",
            contact_email="eva.grahn@example.net",
            contact_phone="0499-240 11",
            members=88,
            ort="Blomstermåla",
            amount_sek=9000,
            women_and_men=True,
            salary_costs=True,
        ),
    )

    add(
        3136,
        "byxelkrok-question-english",
        date(3, 25, 10, 2, 17),
        addr("Maarten de Vries", "maarten.devries@example.com"),
        "Question about the village grant",
        text(
            "Hi, we moved to Byxelkrok last year. Some of us new people (maybe 12 families) want to start something for the village, like a repair cafe. "
            "Do we need to be an association to apply, or can a group apply? And is the 15 000 per village or per group?\nThanks!\nMaarten\n\nSent from my iPad\n",
            charset=None,
            cte="7bit",
        ),
        lab(
            "question",
            "00000",
            "English question from a newcomer on an iPad (text/plain without any charset parameter, 7bit): must they be an association, and is the 15 000 cap per village or per group. Mentions a possible repair café but applies for nothing, so all elements are false. The 15 000 is the rule amount asked about, not an amount applied for (amount_sek null); '12 families' are not members of anything. Only the locality is recorded.",
            lang="en",
            ort="Byxelkrok",
        ),
    )


def batch6() -> None:
    rec40 = receipt_text(40, ["budget"], 1)
    add(
        3137,
        "edsbruk-budget-kommer",
        date(3, 27, 16, 55, 8),
        addr("Håkan Öberg", "hakan.oberg@example.org"),
        ew("SV: idéslanten Edsbruk [Idéslanten 2026-0040]"),
        text(
            "Hej, budgeten kommer, kassören e bortrest till påsk. Det blir ungefär som jag skrev, runt 8 tusen.\n/Håkan Öberg\n\n"
            "Hämta Outlook för Android\n\n"
            "From: Idéslanten – Region Kalmar län <ideslanten@example.se>\n"
            "Sent: Wednesday, March 18, 2026 6:41:02 AM\n"
            "To: Håkan Öberg <hakan.oberg@example.org>\n"
            "Subject: Re: idéslanten Edsbruk [Idéslanten 2026-0040]\n\n" + rec40 + "\n",
            cte="quoted-printable",
        ),
        extra=thread(3133, 40),
        label=lab(
            "followup",
            "01000",
            "Reply to the receipt of 3133 (Outlook for Android, 'SV:' subject, English-language header block above the unprefixed quoted receipt). Supplies nothing useful: 'budgeten kommer' and 'runt 8 tusen' is again a promise plus a rough total, so budget stays false (amount_sek 8000 from the single figure). Signed with full name from his own address – contact true. The receipt's missing-element list in the quote must not count.",
            contact_name="Håkan Öberg",
            contact_email="hakan.oberg@example.org",
            amount_sek=8000,
        ),
    )

    storebro = (
        "Hej\nStorebro bygdegårdsförening (72 medl) vill söka idéslanten till filmkvällar o föreläsningar i bygdegården under hösten, 6 tillfällen, bl a om skogsbränder o krisberedskap med Räddningstjänsten. Så byn blir bättre förberedd o folk träffas.\n"
        "Det beslutades på årsmötet 8 mars (35 närv) o Storebro IF o Lions är med o ordnar fika.\n"
        "Budget: projektor o duk (köpa) 6 000, föreläsare 2 x 2 000 = 4 000, fika 1 500, filmlicens 1 500. Totalt 13 000.\n"
    )
    add(
        3138,
        "storebro-projektor-osignerat",
        date(3, 30, 22, 48, 33),
        addr("Micke", "micke.s@example.com"),
        ew("Idéslanten Storebro"),
        multi(
            "alternative",
            "Apple-Mail=_3138-STOREBRO",
            text(storebro + "\nSkickat från min iPhone\n"),
            text(
                '<html><body dir="auto">'
                + _x(storebro).replace("\n", "<br>")
                + "<br><div>Skickat från min iPhone</div></body></html>\n",
                "html",
                cte="quoted-printable",
            ),
        ),
        lab(
            "application",
            "10111",
            "Unsigned iPhone mail (multipart/alternative). Contact false: the only name is the nickname 'Micke' in the From header; the body names no contact person. Association: Storebro bygdegårdsförening, 72 members. Activity: six film and lecture evenings this autumn, among them wildfire and crisis preparedness with the rescue service. Anchoring: decided at the annual meeting 8 March (35 present – attendance) and Storebro IF and Lions take part. Budget: four items, Totalt 13 000 – but buying a projector and screen ('köpa') is a physical investment, so physical_investment true.",
            association_name="Storebro bygdegårdsförening",
            members=72,
            ort="Storebro",
            amount_sek=13000,
            physical_investment=True,
        ),
    )

    add(
        3139,
        "holmsjo-en-mening",
        date(4, 2, 9, 0, 5),
        addr("Anders Ek", "anders.ek@example.net"),
        "idéslanten holmsjö".replace("é", "e").replace("ö", "o"),
        text(
            "Holmsjö byförening 55 medl söker 15000 till sommarens aktiviteter. mvh Anders Ek 076-218 90 12\n",
            cte="base64",
        ),
        lab(
            "application",
            "11000",
            "One sentence, utf-8 base64. Association: named Holmsjö byförening with 55 members. Contact: Anders Ek with phone, own address. Activity false: 'sommarens aktiviteter' is vague. Anchoring false. Budget false: a bare amount 15000 – it is the amount applied for. Three elements missing; the receipt is answered by an out-of-office without headers (3140).",
            association_name="Holmsjö byförening",
            contact_name="Anders Ek",
            contact_email="anders.ek@example.net",
            contact_phone="076-218 90 12",
            members=55,
            ort="Holmsjö",
            amount_sek=15000,
        ),
    )

    add(
        3140,
        "holmsjo-semester-utan-header",
        date(4, 2, 9, 1, 40),
        addr("Anders Ek", "anders.ek@example.net"),
        ew("Re: ideslanten holmsjo [Idéslanten 2026-0047]"),
        text(
            "Hej!\nJag är på semester o läser inte mejl förrän 13 april. Brådskande om byföreningen? Ring vice ordf på 070-430 11 52.\n\nDetta är ett automatiskt meddelande.\n/Anders\n",
            cte="quoted-printable",
        ),
        extra=thread(3139, 47),
        label=lab(
            "autoreply",
            "00000",
            "Out-of-office reply to the bot's receipt of 3139 with NO automation header (no Auto-Submitted, X-Autoreply or Precedence) and an ordinary 'Re: ... [Idéslanten 2026-0047]' subject with In-Reply-To/References – it looks like a followup by its headers, but the body says it is an automatic message about a holiday. The bot must not reply. All elements false, all facts null (the phone number is for urgent matters, not a contact for an application).",
        ),
    )


# ==== MAILS END ====


# ================================================================ checks and main


def check() -> None:
    files = sorted(p.name for p in OUT.glob("*.eml"))
    labels = json.loads((OUT / "labels.json").read_text("utf-8"))
    assert files == sorted(labels), "labels.json keys do not match files"
    ids = {}
    dates = []
    kinds = {}
    for name in files:
        raw = (OUT / name).read_bytes()
        assert b"\r" not in raw, name
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        for part in msg.walk():
            assert not part.defects, (name, part.defects)
            if not part.is_multipart():
                part.get_content()
        assert re.fullmatch(r"\d{4}-[a-z0-9-]+\.eml", name), name
        ids[msg["Message-ID"]] = name
        dates.append((email.utils.parsedate_to_datetime(msg["Date"]), name))
        text_all = raw.decode("latin-1")
        for part in msg.walk():
            if part.get_content_maintype() == "text":
                text_all += part.get_content()
        for dom in re.findall(r"[\w.+-]+@([\w-]+(?:\.[\w-]+)+)", text_all):
            assert dom.lower().split(".")[-2:][0] == "example" and dom.lower().rsplit(".", 1)[
                -1
            ] in ("se", "com", "org", "net"), (name, dom)
        kinds[name] = (labels[name]["kind"], msg)
    assert [n for _, n in sorted(dates)] == files, "numbering does not follow Date"
    for name, lab_ in labels.items():
        assert set(lab_) == {"kind", "language", "elements", "facts", "notes"}, name
        assert tuple(lab_["elements"]) == EL_KEYS, name
        assert tuple(lab_["facts"]) == FACT_KEYS, name
        assert lab_["language"] in ("sv", "en"), name
        kind = lab_["kind"]
        f = lab_["facts"]
        if f["org_number"] is not None:
            assert re.fullmatch(r"\d{6}-\d{4}", f["org_number"]) and luhn_ok(
                f["org_number"].replace("-", "")
            ), name
        if kind not in ("application", "followup"):
            assert not any(lab_["elements"].values()), name
        if kind in ("autoreply", "bounce", "newsletter", "spam"):
            assert all(v is None for v in f.values()), name
        if kind in ("application", "followup"):
            assert isinstance(f["salary_costs"], bool) and isinstance(
                f["physical_investment"], bool
            ), name
        if kind == "followup":
            msg = kinds[name][1]
            refs = (msg["In-Reply-To"] or "") + " " + (msg["References"] or "")
            hit = [ids[r] for r in re.findall(r"<[^>]+>", refs) if r in ids]
            assert hit and all(labels[h]["kind"] == "application" for h in hit), name
            assert re.match(r"(?i)(re|sv):", str(msg["Subject"])), name
    for name in files:
        body = (OUT / name).read_text("latin-1")
        for on in re.findall(r"\b\d{6}-\d{4}\b", body):
            assert luhn_ok(on.replace("-", "")), (name, on)


def main() -> None:
    for fn in [v for k, v in sorted(globals().items()) if k.startswith("batch")]:
        fn()
    OUT.mkdir(parents=True, exist_ok=True)
    for old in OUT.glob("*.eml"):
        old.unlink()
    for m in MAILS:
        (OUT / m["file"]).write_bytes(m["bytes"])
    (OUT / "labels.json").write_text(
        json.dumps(dict(sorted(LABELS.items())), ensure_ascii=False, indent=2) + "\n", "utf-8"
    )
    check()
    kinds: dict[str, int] = {}
    for v in LABELS.values():
        kinds[v["kind"]] = kinds.get(v["kind"], 0) + 1
    print(f"wrote {len(MAILS)} mails to {OUT}: {kinds}", file=sys.stderr)


if __name__ == "__main__":
    main()
