"""Development corpus own16 – 40 fictional e-mails (2101–2140) to the Idéslanten intake bot.

Theme: "all kinds of rural groups" in Kalmar län – hunting teams, a viltvårdsområde, a
fiskevårdsområdesförening, road associations, a village shop cooperative, a brandvärn support
group, school parents, a parish group, a sports club's senior section, 4H, PRO/SPF, a dance band
fan club, a harbour association, a water cooperative, a local history circle, a youth council, a
women's network, a men's shed and a neighbourhood WhatsApp group that is not an association.

Mix: 24 applications (8 complete), 6 followups, 3 questions, 2 autoreplies (one without any
automation header), 1 bounce, 2 newsletters, 2 spam. Everything is invented; all addresses use
example.se/.com/.org/.net and all dates are in 2026.

Regenerate (byte-identical on every run; the script checks its own output):

    /work/main/.venv/bin/python tests/data/tools/make_own16.py

Output: tests/data/own16/NNNN-slug.eml and tests/data/own16/labels.json.
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
import zipfile
import zlib
from email.header import Header
from email.utils import format_datetime
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "own16"

BOT_ADDR = "ideslanten@example.se"
OFFICER = "landsbygdsutvecklare@example.se"

MAILS: list[tuple[str, bytes, dict]] = []
MSGIDS: dict[int, str] = {}


# ---------------------------------------------------------------- helpers


def org(nine: str) -> str:
    """Return a Luhn-valid Swedish organisation number from its first nine digits."""
    digits = [int(c) for c in nine]
    total = 0
    for i, d in enumerate(digits):
        v = d * (2 if i % 2 == 0 else 1)
        total += v - 9 if v > 9 else v
    check = (10 - total % 10) % 10
    s = nine + str(check)
    return s[:6] + "-" + s[6:]


def luhn_ok(orgnr: str) -> bool:
    s = orgnr.replace("-", "")
    if not re.fullmatch(r"\d{10}", s):
        return False
    total = 0
    for i, c in enumerate(s):
        v = int(c) * (2 if i % 2 == 0 else 1)
        total += v - 9 if v > 9 else v
    return total % 10 == 0


def date(m: int, d: int, h: int, mi: int, s: int = 0) -> str:
    off = 2 if (3, 29) <= (m, d) < (10, 25) else 1
    tz = dt.timezone(dt.timedelta(hours=off))
    return format_datetime(dt.datetime(2026, m, d, h, mi, s, tzinfo=tz))


def ew(text: str, charset: str = "utf-8", enc: str = "q") -> str:
    """RFC 2047 encoded word(s) for a header value."""
    if enc == "b":
        raw = base64.b64encode(text.encode(charset)).decode("ascii")
        return f"=?{charset}?B?{raw}?="
    return Header(text, charset).encode()


def addr(name: str, address: str, charset: str = "utf-8") -> str:
    if not name:
        return address
    if all(ord(c) < 128 for c in name):
        if re.search(r"[,.;:()<>@\[\]\"]", name):
            return f'"{name}" <{address}>'
        return f"{name} <{address}>"
    return f"{ew(name, charset)} <{address}>"


def encode_body(text: str, charset: str | None, cte: str) -> bytes:
    raw = text.encode(charset or "ascii")
    if cte == "quoted-printable":
        out = quopri.encodestring(raw)
    elif cte == "base64":
        out = base64.encodebytes(raw)
    else:
        out = raw
    if not out.endswith(b"\n"):
        out += b"\n"
    return out


def leaf(
    ctype: str,
    text: str,
    charset: str | None = "utf-8",
    cte: str = "8bit",
    extra: list[str] | None = None,
    quote_cs: bool = False,
) -> dict:
    if charset is None:
        ct = ctype
    elif quote_cs:
        ct = f'{ctype}; charset="{charset}"'
    else:
        ct = f"{ctype}; charset={charset}"
    hdr = [f"Content-Type: {ct}"]
    if cte != "7bit-none":
        hdr.append(f"Content-Transfer-Encoding: {cte}")
    return {
        "headers": hdr + (extra or []),
        "body": encode_body(text, charset, "8bit" if cte == "7bit-none" else cte),
    }


def plain(text: str, charset: str | None = "utf-8", cte: str = "8bit", **kw) -> dict:
    return leaf("text/plain", text, charset, cte, **kw)


def html(text: str, charset: str = "utf-8", cte: str = "quoted-printable", **kw) -> dict:
    return leaf("text/html", text, charset, cte, **kw)


def binpart(ctype: str, data: bytes, filename: str, inline: bool = False) -> dict:
    disp = "inline" if inline else "attachment"
    if any(ord(c) > 127 for c in filename):
        enc = "".join(
            ch
            if (ch.isascii() and (ch.isalnum() or ch in ".-_"))
            else "".join(f"%{b:02X}" for b in ch.encode("utf-8"))
            for ch in filename
        )
        fn_param = f"filename*=utf-8''{enc}"
        name_param = f'name="{ew(filename)}"'
    else:
        fn_param = f'filename="{filename}"'
        name_param = f'name="{filename}"'
    hdr = [
        f"Content-Type: {ctype}; {name_param}",
        "Content-Transfer-Encoding: base64",
        f"Content-Disposition: {disp}; {fn_param}",
    ]
    return {"headers": hdr, "body": base64.encodebytes(data)}


def textfile(
    ctype: str, text: str, filename: str, charset: str = "utf-8", cte: str = "quoted-printable"
) -> dict:
    p = leaf(ctype, text, charset, cte)
    p["headers"].append(f'Content-Disposition: attachment; filename="{filename}"')
    return p


def multi(
    subtype: str, boundary: str, parts: list[dict], extra_ct: str = "", preamble: str = ""
) -> dict:
    chunks = []
    if preamble:
        chunks.append(preamble.encode("ascii") + b"\n")
    for p in parts:
        chunks.append(f"--{boundary}\n".encode("ascii"))
        chunks.append(("\n".join(p["headers"]) + "\n\n").encode("ascii"))
        chunks.append(p["body"] if p["body"].endswith(b"\n") else p["body"] + b"\n")
    chunks.append(f"--{boundary}--\n".encode("ascii"))
    ct = f'Content-Type: multipart/{subtype}; boundary="{boundary}"{extra_ct}'
    return {"headers": [ct], "body": b"".join(chunks)}


def hash_str(s: str) -> int:
    """Deterministic small hash (Python's hash() is salted)."""
    v = 5381
    for ch in s.encode("utf-8"):
        v = (v * 33 + ch) & 0xFFFFFFFF
    return v


def hdrs(
    num: int,
    frm: str,
    subject: str,
    when: str,
    to: str | None = None,
    extra: list[tuple[str, str]] | None = None,
    domain: str = "mail.example.se",
    mid: str | None = None,
) -> list[tuple[str, str]]:
    mid = mid or f"<{hash_str(subject + when):08x}.{num}@{domain}>"
    MSGIDS[num] = mid
    h = [
        ("From", frm),
        ("To", to or BOTH),
        ("Subject", subject),
        ("Date", when),
        ("Message-ID", mid),
    ]
    if extra:
        h.extend(extra)
    return h


def build(headers: list[tuple[str, str]], root: dict, mime_version: bool = True) -> bytes:
    lines = [f"{k}: {v}" for k, v in headers]
    if mime_version:
        lines.append("MIME-Version: 1.0")
    lines.extend(root["headers"])
    return ("\n".join(lines) + "\n\n").encode("ascii") + root["body"]


# ---------------------------------------------------------------- documents

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
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


def docx(paragraphs: list[str], table: list[list[str]] | None = None) -> bytes:
    """Minimal .docx: paragraphs, and optionally a table appended after them."""
    ns = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    body = []
    for p in paragraphs:
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
    document = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document {ns}><w:body>{"".join(body)}</w:body></w:document>'
    ct = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>'
    rels = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>'
    return _zip(
        [("[Content_Types].xml", ct), ("_rels/.rels", rels), ("word/document.xml", document)]
    )


def xlsx(rows: list[list[object]], sheet: str = "Budget") -> bytes:
    """Minimal .xlsx with one sheet, inline strings and numbers."""

    def col(i: int) -> str:
        return chr(ord("A") + i)

    xr = []
    for r, row in enumerate(rows, 1):
        cells = []
        for c, v in enumerate(row):
            ref = f"{col(c)}{r}"
            if v is None or v == "":
                continue
            if isinstance(v, (int, float)):
                cells.append(f'<c r="{ref}"><v>{v}</v></c>')
            else:
                cells.append(
                    f'<c r="{ref}" t="inlineStr"><is><t xml:space="preserve">{_x(str(v))}</t></is></c>'
                )
        xr.append(f'<row r="{r}">{"".join(cells)}</row>')
    sheet_xml = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>{"".join(xr)}</sheetData></worksheet>'
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


def pdf(lines: list[str], title: str = "Budget") -> bytes:
    """One-page PDF, Helvetica/WinAnsiEncoding, zlib-compressed text stream."""

    def esc(s: str) -> bytes:
        b = s.encode("cp1252")
        return b.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")

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
        b"<< /Title ("
        + esc(title)
        + b") /Producer (own16 generator) /CreationDate (D:20260101000000) >>",
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
    out += f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R /Info 6 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return out


def png(w: int = 64, h: int = 40, seed: int = 7) -> bytes:
    """Small grey 'photo' PNG with a deterministic noise pattern (no readable text)."""
    rows = b""
    v = seed
    for _y in range(h):
        rows += b"\x00"
        for _x2 in range(w):
            v = (v * 1103515245 + 12345) & 0x7FFFFFFF
            g = 180 + (v >> 16) % 60
            rows += bytes([g, g, g - 10])

    def chunk(t: bytes, d: bytes) -> bytes:
        return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xFFFFFFFF)

    ihdr = struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", ihdr)
        + chunk(b"IDAT", zlib.compress(rows, 9))
        + chunk(b"IEND", b"")
    )


# ---------------------------------------------------------------- labels

ELEMS = ("association", "contact", "activity", "anchoring", "budget")
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


def label(
    kind: str,
    lang: str = "sv",
    missing: tuple[str, ...] | str = (),
    present: tuple[str, ...] | None = None,
    notes: str = "",
    **facts,
) -> dict:
    if isinstance(missing, str):
        missing = tuple(missing.split()) if missing else ()
    if kind in ("application",):
        els = {e: e not in missing for e in ELEMS}
    elif kind == "followup":
        els = {e: e in (present or ()) for e in ELEMS}
    else:
        els = dict.fromkeys(ELEMS, False)
    f = dict.fromkeys(FACTS)
    for k, v in facts.items():
        if k not in FACTS:
            raise KeyError(k)
        f[k] = v
    if kind in ("application", "followup"):
        for k in ("salary_costs", "physical_investment"):
            if f[k] is None:
                f[k] = False
    return {"kind": kind, "language": lang, "elements": els, "facts": f, "notes": notes}


def add(num: int, slug: str, data: bytes, lab: dict) -> None:
    MAILS.append((f"{num}-{slug}.eml", data, lab))


def receipt_id(num: int) -> str:
    return f"<kvitto-2026-{num}@ideslanten.example.se>"


BOTH = addr("Idéslanten – Region Kalmar län", BOT_ADDR)
MAKERS = []


def mail(fn):
    MAKERS.append(fn)
    return fn


def receipt(case: str, missing: list[str], variant: int = 0) -> str:
    """Text of the bot's automatic receipt (quoted in followups only)."""
    guide = {
        "association": "Förening/grupp: namnet på er förening eller grupp och lite om den (t.ex. antal medlemmar, org.nr).",
        "contact": "Kontaktperson: namn och e-post eller telefon till den som vi kan kontakta.",
        "activity": "Aktivitet: vad ni ska göra, när och hur det bidrar till utvecklingen på orten.",
        "anchoring": "Lokal förankring: hur aktiviteten är förankrad i byn (t.ex. byamöte, enkät, samarbete med andra föreningar).",
        "budget": "Budget: en översiktlig budget med kostnadsposter och belopp.",
    }
    items = "\n".join(f"– {guide[m]}" for m in missing)
    if variant == 0:
        return (
            f"Tack för er ansökan om idéslanten! Vi har tagit emot den och gett den ärendenummer {case}.\n\n"
            f"Vi saknar följande i er ansökan:\n{items}\n\n"
            "Svara gärna på det här mejlet med det som saknas, så kompletterar vi ärendet.\n\n"
            "Vänliga hälsningar\nIdéslanten – Region Kalmar län\n(automatiskt svar)"
        )
    return (
        f"Hej!\n\nTack, vi har fått er ansökan om regional bygdepeng – idéslanten. Ärendenummer: {case}.\n\n"
        f"För att vi ska kunna handlägga den behöver vi komplettering av:\n{items}\n\n"
        "Svara på detta mejl (behåll ärendenumret i ämnesraden).\n\n"
        "Idéslanten – Region Kalmar län\nDetta är ett automatiskt meddelande."
    )


def quote(text: str, prefix: str = "> ") -> str:
    return "\n".join((prefix + ln).rstrip() if ln else prefix.rstrip() for ln in text.split("\n"))


# ================================================================ mails


@mail
def m2101():
    body = """Hej!

Gullabo jaktlag söker pengar ur idéslanten till en temakväll om vildsvinsskador.

Om oss: Gullabo jaktlag har jagat på markerna norr och öster om Gullabo sedan 1968. Vi är 27 medlemmar, varav sju kvinnor, och har jakten på arrende av ett tjugotal markägare i byn.

Aktiviteten: Torsdag 19 mars kl 18.30 i Gullabo bygdegård ordnar vi en öppen kväll, "Vildsvinen och vi". En viltskadekonsulent berättar hur man förebygger skador på vall, potatisland och trädgårdar, vi visar hur man sätter upp tillfälliga eltrådar, och markägare, lantbrukare och villaägare får ställa sina frågor direkt till jaktlaget. Målet är färre konflikter mellan jägare och de som drabbas och att fler i byn hör av sig tidigt när grisarna har varit framme. Kvällen är öppen för alla, kvinnor som män, inte bara jägare.

Förankring: Idén kom upp på markägarmötet i november där 31 markägare och boende var med, och alla tyckte att vi skulle köra. Gullabo byalag hjälper till med lokalen och kaffet och LRF-avdelningen sprider inbjudan.

Budget:
Arvode viltskadekonsulent   4 000 kr
Reseersättning konsulent    1 100 kr
Hyra bygdegården            1 500 kr
Fika ca 60 pers             1 800 kr
Affischer och annons        1 000 kr
Summa                       9 400 kr

Vi söker alltså 9 400 kr.

Kontakt: Per-Olof "Pelle" Svensson, ordförande
0486-211 47 / 070-318 22 91
pelle.svensson@example.com

Mvh
Pelle Svensson
Gullabo jaktlag
"""
    h = hdrs(
        2101,
        addr("Per-Olof Svensson", "pelle.svensson@example.com"),
        ew("Ansökan idéslanten – kväll om vildsvinsskador i Gullabo"),
        date(1, 12, 19, 42),
    )
    lab = label(
        "application",
        association_name="Gullabo jaktlag",
        contact_name="Per-Olof Svensson",
        contact_email="pelle.svensson@example.com",
        contact_phone="0486-211 47",
        members=27,
        ort="Gullabo",
        amount_sek=9400,
        women_and_men=True,
        notes="Complete application from a hunting team (jaktlag) in Gullabo, Torsås, plain utf-8 8bit. Association named with history and 27 members; contact named with two phone numbers (first one recorded) and own address; activity is a dated open evening on wild boar damage with a clear local benefit; anchoring is a landowners' meeting with 31 present plus the byalag and LRF helping; budget is a five-line table summing to the 9 400 kr applied for. 'kvinnor som män' makes women_and_men true; the consultant's fee is not salary and showing electric fences is not buying equipment.",
    )
    add(2101, "gullabo-jaktlag-vildsvin", build(h, plain(body)), lab)


@mail
def m2102():
    body = """Hej,

Jag skriver å Ruda fiskevårdsområdesförenings vägnar. Föreningen förvaltar fisket i Allgunnen och de mindre sjöarna runt Ruda, och vi är 112 medlemmar, de flesta fastighetsägare med fiskerätt men också några som arrenderar.

Lördagen den 25 april vill vi ha en gemensam städdag längs Allgunnens stränder. Vi plockar skräp, gamla nät, linor och plast vid badplatsen och båtplatserna, och efteråt grillar vi och berättar kort om provfisket som gjordes i fjol för den som är intresserad. Stränderna används av hela byn för bad och fiske och det har blivit mycket skräp de senaste åren.

Städdagen beslutades på årsstämman i november där 38 medlemmar var med, och Ruda IF och hembygdsföreningen har lovat att ställa upp med folk. Skolbarnen i åk 4-6 kommer på förmiddagen tillsammans med sina lärare.

Vi söker 6 000 kr till hyra av container, grillmat, sopsäckar och annat som behövs.

Med vänlig hälsning
Gunnel Åberg
sekreterare, Ruda fiskevårdsområdesförening
073-812 40 55
"""
    h = hdrs(
        2102,
        addr("Gunnel Åberg", "gunnel.aberg@example.net", "iso-8859-1"),
        "bidrag till strandstadning Allgunnen",
        date(1, 19, 10, 5),
    )
    lab = label(
        "application",
        missing="budget",
        association_name="Ruda fiskevårdsområdesförening",
        contact_name="Gunnel Åberg",
        contact_email="gunnel.aberg@example.net",
        contact_phone="073-812 40 55",
        members=112,
        ort="Ruda",
        amount_sek=6000,
        notes="Fishing-water association (fiskevårdsområdesförening) in Ruda, Högsby; iso-8859-1 quoted-printable body and an ASCII-only subject without diacritics. Association, contact (named signer from own address with phone), activity (dated shore clean-up with a short talk) and anchoring (annual meeting with 38 present, Ruda IF and the local history society helping, the school joining) are all present. Budget is missing: 6 000 kr is a bare total followed by cost items without amounts. 38 attendees are not members – members is 112. Renting a container is not an investment. Genders not mentioned, so women_and_men is null.",
    )
    add(
        2102,
        "ruda-fvo-strandstadning",
        build(h, plain(body, "iso-8859-1", "quoted-printable")),
        lab,
    )


@mail
def m2103():
    orgnr = org("717905213")
    doc = docx(
        [
            "Ansökan om regional bygdepeng – idéslanten 2026",
            f"Sökande: Bäckebo vägförening, org.nr {orgnr}",
            "Vägföreningen sköter de enskilda vägarna öster om Bäckebo kyrka, ca 14 km väg. Föreningen har 64 medlemmar (fastigheter).",
            "Kontaktperson: Lars-Göran Nyqvist, kassör, tel 0481-540 12, e-post lg.nyqvist@example.com",
            "Aktivitet: Studieresa med buss till Kristdala lördag 18 april. Där har byns vägföreningar och fiberföreningen tillsammans grävt ner fiber i vägkanterna och fått ut bredband till nästan alla hushåll. Vi träffar deras styrelse, tittar på hur avtalen med markägarna skrevs och hur vägföreningen fick ersättning för vägområdet. Ungefär 40 hushåll öster om Bäckebo saknar fortfarande fiber, och resan ska ge oss kunskap att starta ett eget projekt tillsammans med dem.",
            "Förankring: Vi hoppas att många i byn vill följa med och att det blir ett lyft för bygden.",
            "Budget:",
        ],
        [
            ["Post", "Kronor"],
            ["Bussresa Bäckebo–Kristdala t/r", "8 500"],
            ["Lunch 32 personer à 100 kr", "3 200"],
            ["Guidning/studiebesök Kristdala", "1 100"],
            ["Summa", "12 800"],
        ],
    )
    body = """Hej

Bifogar vår ansökan till idéslanten. Hör av er om något är oklart.

Bäckebo vägförening
"""
    root = multi(
        "mixed",
        "=_bv_2103_7f3a1c",
        [
            plain(body, "utf-8", "quoted-printable"),
            binpart(
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                doc,
                "Ansökan idéslanten Bäckebo vägförening.docx",
            ),
        ],
    )
    h = hdrs(
        2103,
        addr("Bäckebo vägförening", "backebo.vagforening@example.org"),
        ew("Ansökan idéslanten, studieresa fiber"),
        date(1, 22, 21, 17),
    )
    lab = label(
        "application",
        missing="anchoring",
        association_name="Bäckebo vägförening",
        org_number=orgnr,
        contact_name="Lars-Göran Nyqvist",
        contact_email="lg.nyqvist@example.com",
        contact_phone="0481-540 12",
        members=64,
        ort="Bäckebo",
        amount_sek=12800,
        notes="Road association (vägförening) in Bäckebo, Nybro, sent from the association's shared mailbox with a one-line body; everything is in an attached .docx (paragraphs plus a table). The docx names a contact person with phone and own e-mail, so contact is true and contact_email is the address in the document, not the shared From address. Activity: a dated study trip to see the fibre project in Kristdala, with a clear local purpose (40 households still without fibre). Anchoring is only a hope that people will join – false. Budget table of three items summing to 12 800 kr (amount_sek). Org.nr is Luhn-valid; 64 member properties read as 64 members. No genders mentioned.",
    )
    add(2103, "backebo-vagforening-fiberresa", build(h, root), lab)


def case(num: int) -> str:
    return f"2026-00{num - 2060}"


@mail
def m2104():
    body = """Hej!

Jag sitter i föräldrarådet på Påryds skola. Vi funderar på att bjuda in en föreläsare om barn och skärmtid i vår, öppet för alla föräldrar och andra i byn.

Två frågor:
1. Kan en föräldragrupp utan organisationsnummer söka idéslanten, eller måste man vara en registrerad förening?
2. Får man ta med fika i budgeten?

Tack på förhand!
Sara Lindqvist
(mamma till två på skolan, åk 2 och 5)
"""
    h = hdrs(
        2104,
        addr("Sara Lindqvist", "sara.lindqvist@example.com"),
        "Fraga om ideslanten",
        date(1, 27, 7, 51),
    )
    lab = label(
        "question",
        contact_name="Sara Lindqvist",
        contact_email="sara.lindqvist@example.com",
        ort="Påryd",
        notes="Question from a parent in the parents' council at Påryd school (Kalmar): can a group without org.nr apply, and may fika be budgeted? Mentions a possible lecture but applies for nothing and gives no amount, so kind is question and all elements are false. utf-8 quoted-printable body. Only the stated facts (signer, her address, Påryd) are filled in; salary/investment are null as nothing like that is proposed.",
    )
    add(2104, "paryd-foraldrarad-fraga", build(h, plain(body, "utf-8", "quoted-printable")), lab)


@mail
def m2105():
    orgnr = org("769631402")
    body = """<html><head><meta charset="utf-8"></head><body style="font-family:Calibri,sans-serif">
<p>Hej Idéslanten!</p>
<p><b>Löttorps Byhandel ekonomisk förening</b> (org.nr {orgnr}) äger och driver lanthandeln i Löttorp sedan 2019, när byborna köpte loss butiken för att den inte skulle läggas ner. Vi är idag <b>212 medlemmar</b> (andelsägare), de flesta bofasta på norra Öland.</p>
<p><b>Vad vi vill göra:</b> En byamiddag lördag 7 mars kl 18 i Löttorps bygdegård, &quot;Middag med det vi säljer&quot;. Maten lagas på råvaror från de lokala leverantörerna som finns i butiken (fisk från Byxelkrok, lamm från Hagby, potatis från Böda). Leverantörerna berättar om sin verksamhet, och vi visar hur butiken går och vad som behövs för att den ska klara sig året runt. Syftet är att fler ska handla lokalt även vintertid och att nyinflyttade och gamla Löttorpsbor lär känna varandra. Middagen är för alla – unga och gamla, kvinnor och män.</p>
<p><b>Förankring:</b> På föreningsstämman i maj 2025 bad medlemmarna styrelsen ordna fler träffar. I december hade vi en enkät i butiken med 87 svar där en byamiddag var önskemål nummer ett. Löttorps IF:s damlag står för serveringen och Böda hembygdsförening lånar ut dukar och porslin.</p>
<p><b>Budget</b></p>
<table border="1" cellpadding="3">
<tr><td>Hyra Löttorps bygdegård</td><td align="right">1 200 kr</td></tr>
<tr><td>Råvaror (subventionerad del)</td><td align="right">6 500 kr</td></tr>
<tr><td>Trubadur, arvode</td><td align="right">3 000 kr</td></tr>
<tr><td>Affischer och annons i Ölandsbladet</td><td align="right">400 kr</td></tr>
<tr><td>Hyra av extra porslin och glas</td><td align="right">600 kr</td></tr>
<tr><td><b>Summa – sökt belopp</b></td><td align="right"><b>11 700 kr</b></td></tr>
</table>
<p>Kontaktperson är jag, Anneli Karlsson, styrelseordförande.<br>Tel 0485-201 66, mobil 072-940 13 08<br>anneli.karlsson@example.se</p>
<p>Med vänliga hälsningar<br>Anneli Karlsson<br>Löttorps Byhandel ek. för.</p>
</body></html>
""".replace("{orgnr}", orgnr)
    h = hdrs(
        2105,
        addr("Anneli Karlsson", "anneli.karlsson@example.se"),
        ew("Ansökan: Byamiddag i Löttorp – Löttorps Byhandel"),
        date(2, 2, 13, 28),
    )
    lab = label(
        "application",
        association_name="Löttorps Byhandel ekonomisk förening",
        org_number=orgnr,
        contact_name="Anneli Karlsson",
        contact_email="anneli.karlsson@example.se",
        contact_phone="0485-201 66",
        members=212,
        ort="Löttorp",
        amount_sek=11700,
        women_and_men=True,
        notes="Complete application from a village shop cooperative (ekonomisk förening) in Löttorp, Borgholm, as an HTML-only mail (quoted-printable) with the budget in an HTML table. Association with org.nr and 212 member-shareholders; contact named with two phones (first recorded); activity a dated village dinner with local suppliers and a clear aim (local shopping in winter, newcomers meeting locals); anchoring a member meeting request, an 87-answer survey and two other local groups helping; budget five items summing to the 11 700 kr applied for. Subsidised food and a troubadour's fee are neither salary nor investment; renting crockery is not an investment. 'kvinnor och män' makes women_and_men true.",
    )
    add(2105, "lottorp-byhandel-byamiddag", build(h, html(body)), lab)


@mail
def m2106():
    body = """Tack för ditt mejl!

Jag är ledig till och med 16 februari och läser inte mejl. Brådskande frågor om butiken: ring Löttorps Byhandel på 0485-201 00.

Anneli Karlsson
"""
    subj = ew(
        f"Automatiskt svar: Re: Ansökan: Byamiddag i Löttorp – Löttorps Byhandel [Idéslanten {case(2105)}]"
    )
    h = hdrs(
        2106,
        addr("Anneli Karlsson", "anneli.karlsson@example.se"),
        subj,
        date(2, 2, 13, 29, 41),
        to=BOTH,
        extra=[
            ("In-Reply-To", receipt_id(2105)),
            ("References", f"{MSGIDS[2105]} {receipt_id(2105)}"),
            ("Auto-Submitted", "auto-replied"),
        ],
    )
    lab = label(
        "autoreply",
        notes="Out-of-office reply from the Löttorp shop cooperative's chair to the bot's receipt for 2105, a minute after the receipt. It carries Auto-Submitted: auto-replied and In-Reply-To/References naming the application and the receipt, but it adds nothing – kind autoreply, all elements false and all facts null. The bot must not answer it.",
    )
    add(2106, "lottorp-autosvar", build(h, plain(body, "utf-8", "base64")), lab)


@mail
def m2107():
    orgnr = org("802517430")
    body = """Hej!

Fågelfors brandvärns stödförening (org.nr {orgnr}) söker bidrag ur idéslanten till en kurs i första hjälpen och hjärt-lungräddning för byborna.

Stödföreningen bildades 1994 för att stötta deltidsbrandvärnet i Fågelfors med information, ungdomsverksamhet och den årliga brandvärnsdagen. Vi är 58 medlemmar.

Kursen blir två kvällar, tisdag 10 och tisdag 17 mars kl. 18–21 i Folkets hus. En certifierad instruktör lär ut HLR på vuxna och barn, hur man använder hjärtstartaren som redan sitter vid affären, stabilt sidoläge och hur man tar hand om brännskador och skärsår. Det är 45 minuter för ambulansen att komma hit, så det spelar stor roll att många i byn kan göra rätt de första minuterna. Kursen är gratis och öppen för både kvinnor och män i alla åldrar från 15 år.

Efter olyckan vid dammen i julas, när grannar fick göra HLR tills ambulansen kom, satte vi upp en lista på anslagstavlan vid affären. 45 personer har skrivit upp sig. Fågelfors IF lånar oss sina ungdomsledare som hjälper till med anmälan och fika.

Budgeten finns i bifogad Excelfil.

Hälsningar
Styrelsen
Fågelfors brandvärns stödförening
""".replace("{orgnr}", orgnr)
    book = xlsx(
        [
            ["Budget – kurs i första hjälpen, Fågelfors", None],
            ["Post", "Belopp (kr)"],
            ["Instruktörsarvode 2 kvällar à 3 500 kr", 7000],
            ["Hyra övningsdockor", 1200],
            ["Lokalhyra Folkets hus", 800],
            ["Fika", 1000],
            ["Kursmaterial/häften", 900],
            ["Summa", 10900],
        ]
    )
    root = multi(
        "mixed",
        "----=_NextPart_000_0012_01DC9A3B.5E2F1C40",
        [
            plain(body, "windows-1252", "8bit", quote_cs=True),
            binpart(
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                book,
                "budget_forsta_hjalpen.xlsx",
            ),
        ],
        preamble="This is a multi-part message in MIME format.",
    )
    h = hdrs(
        2107,
        addr("Brandvärnets stödförening", "stodforeningen.fagelfors@example.se"),
        ew("Ansökan första hjälpen-kurs Fågelfors", "windows-1252"),
        date(2, 5, 20, 3),
        domain="example.se",
    )
    lab = label(
        "application",
        missing="contact",
        association_name="Fågelfors brandvärns stödförening",
        org_number=orgnr,
        members=58,
        ort="Fågelfors",
        amount_sek=10900,
        women_and_men=True,
        notes="Volunteer fire brigade support group in Fågelfors, Högsby. windows-1252 8bit body (quoted charset parameter), Outlook-style boundary and preamble, windows-1252 encoded-word subject, budget in an attached .xlsx (five items, 10 900 kr – used as amount since no other amount is stated). Contact missing: signed only 'Styrelsen' from the association's shared mailbox, no person named, so all contact facts are null. Activity (two dated course evenings, why it matters with 45 min ambulance time), anchoring (45 names on a list at the shop, Fågelfors IF helping) present. Using the defibrillator that already hangs at the shop is not buying equipment; the instructor's fee is not salary; renting practice dummies is not an investment.",
    )
    add(2107, "fagelfors-brandvarn-hlr", build(h, root), lab)


@mail
def m2108():
    rec = receipt(case(2102), ["budget"])
    body = (
        """Hej igen

Här kommer budgeten för städdagen vid Allgunnen:

Containerhyra (2 st, inkl. tömning)   2 400 kr
Grillmat och dricka ca 80 personer   2 300 kr
Sopsäckar och handskar                  900 kr
Annons i lokalbladet                    400 kr
Summa                                 6 000 kr

Griptänger lånar vi gratis av kommunen.

Hälsningar
Gunnel Åberg

Den 19 jan. 2026 kl. 10:06 skrev Idéslanten – Region Kalmar län <ideslanten@example.se>:
"""
        + quote(rec)
        + "\n"
    )
    h = hdrs(
        2108,
        addr("Gunnel Åberg", "gunnel.aberg@example.net", "iso-8859-1"),
        f"Re: bidrag till strandstadning Allgunnen [Idéslanten {case(2102)}]".replace("é", "e"),
        date(2, 9, 9, 14),
        extra=[
            ("In-Reply-To", receipt_id(2102)),
            ("References", f"{MSGIDS[2102]} {receipt_id(2102)}"),
        ],
    )
    lab = label(
        "followup",
        present=("contact", "budget"),
        contact_name="Gunnel Åberg",
        contact_email="gunnel.aberg@example.net",
        amount_sek=6000,
        notes="Followup to 2102 (Ruda fiskevårdsområdesförening) supplying the missing budget: four items with amounts summing to 6 000 kr. iso-8859-1 8bit body; the quoted receipt below uses '> ' and lists budget as missing, which must not count. Contact is true because Gunnel Åberg signs from her own address; association, activity and anchoring are not restated. Borrowing litter pickers for free is not an investment; consumables are not either.",
    )
    add(
        2108,
        "ruda-fvo-budget-svar",
        build(h, plain(body.replace("–", "-"), "iso-8859-1", "8bit")),
        lab,
    )


@mail
def m2109():
    body = """hej! vi är några föräldrar med barn på mortorps skola som vill ha en filmkväll i skolans gympasal fredag 20 mars för alla i byn, barn vuxna pensionärer alla. vi visar en familjefilm på storbild, säljer fika och har en liten loppis innan. det finns inget för barnfamiljer att göra här på kvällarna sen fritidsgården la ner och vi vill att folk ska träffas över generationerna

rektorn har sagt ja till lokalen och på föräldramötet i januari var typ alla med på det, 25 föräldrar skrev upp sig för att hjälpa till

vi söker ungefär 4000 kr för filmlicens och sånt

/Jessica Holm 070-554 19 83

Skickat från min iPhone
"""
    h = hdrs(
        2109,
        addr("Jessica Holm", "jessan.holm@example.com"),
        "filmkväll mortorp",
        date(2, 12, 22, 47),
        domain="icloud.example.com",
    )
    h[2] = ("Subject", ew("filmkväll mortorp"))
    lab = label(
        "application",
        missing="association budget",
        contact_name="Jessica Holm",
        contact_email="jessan.holm@example.com",
        contact_phone="070-554 19 83",
        ort="Mortorp",
        amount_sek=4000,
        notes="Short, unpunctuated mobile mail from a parent at Mortorp school (Kalmar). Association missing: 'några föräldrar med barn på mortorps skola' is an unnamed group. Budget missing: 'ungefär 4000 kr för filmlicens och sånt' is one rough figure, which still counts as amount_sek 4000. Activity (dated film night with flea market, reason: nothing for families in the evenings) and anchoring (parents' meeting, 25 volunteers, the head teacher lending the hall) are present. Named signer with phone from her own address = contact. 'barn vuxna pensionärer' is about ages, not genders, so women_and_men is null; volunteers are not members.",
    )
    add(2109, "mortorp-filmkvall-mobil", build(h, plain(body)), lab)


@mail
def m2110():
    body = """Hej!

Här kommer en ansökan från Arbetskretsen i Kristdala församling. Allt finns i den bifogade pdf:en, men kort:

Arbetskretsen är en grupp på 23 medlemmar som träffas varannan onsdag i församlingshemmet och har stickat, sytt och ordnat basarer sedan 1950-talet. Vi vill ordna en vårmarknad på kyrkbacken lördag 9 maj där lokala producenter, hantverkare och byns föreningar får bord gratis. Tanken är att visa upp allt som finns i Kristdala och att nyinflyttade ska hitta in i föreningslivet. Marknaden är för alla, kvinnor och män, gamla som unga.

Vi gör det tillsammans med Kristdala hembygdsförening, scouterna (som grillar korv) och byalaget. 19 lokala utställare har redan anmält sig.

Vi söker 8 600 kr.

Hälsningar
Birgitta Sjöstrand
Arbetskretsen, Kristdala församling
0491-401 27
"""
    doc = pdf(
        [
            "Ansökan om idéslanten 2026 – Vårmarknad på kyrkbacken i Kristdala",
            "",
            "Sökande: Arbetskretsen i Kristdala församling (23 medlemmar)",
            "Kontaktperson: Birgitta Sjöstrand, 0491-401 27, birgitta.sjostrand@example.se",
            "",
            "Budget",
            "Hyra av marknadstält (3 st)                  2 500 kr",
            "Annons i Oskarshamns-Tidningen + affischer   1 800 kr",
            "Hyra ljudanläggning                            900 kr",
            "Spelmanslaget, arvode                        2 000 kr",
            "Hyra toalettvagn                             1 400 kr",
            "Summa                                        8 600 kr",
            "",
            "Allt arbete på marknaden görs ideellt av arbetskretsen och samarbetsföreningarna.",
        ],
        title="Vårmarknad Kristdala",
    )
    root = multi(
        "mixed",
        "Apple-Mail=_4C1E2B7A-90D3-4F55-8A21-2110B0C0FFEE",
        [
            plain(body, "utf-8", "quoted-printable"),
            binpart("application/pdf", doc, "Vårmarknad Kristdala ansökan.pdf"),
        ],
    )
    h = hdrs(
        2110,
        addr("Birgitta Sjöstrand", "birgitta.sjostrand@example.se"),
        ew("Ansökan om idéslanten – vårmarknad Kristdala"),
        date(2, 16, 11, 2),
    )
    lab = label(
        "application",
        association_name="Arbetskretsen i Kristdala församling",
        contact_name="Birgitta Sjöstrand",
        contact_email="birgitta.sjostrand@example.se",
        contact_phone="0491-401 27",
        members=23,
        ort="Kristdala",
        amount_sek=8600,
        women_and_men=True,
        notes="Complete application from a church parish group (arbetskrets) in Kristdala, Oskarshamn. Apple Mail style multipart/mixed with a quoted-printable body and a PDF (Helvetica, WinAnsi, Flate stream) holding the budget; the PDF file name has non-ASCII characters (RFC 2231 filename*). The body gives association (23 members), contact, activity (dated spring market with local producers and associations, welcoming newcomers) and anchoring (cooperation with the local history society, the scouts, the byalag; 19 exhibitors signed up); the budget is only in the PDF: five items summing to the 8 600 kr applied for. The folk musicians' fee is a performer's fee, not salary; renting tents, PA and a toilet trailer is not an investment.",
    )
    add(2110, "kristdala-arbetskretsen-varmarknad", build(h, root), lab)


@mail
def m2111():
    text = """Hej

Seniorsektionen i Vissefjärda GoIF har 41 medlemmar mellan 62 och 89 år, både damer och herrar. Vi har funnits sedan 2011 och träffas varje tisdag i klubbstugan för gympa och fika.

Vi skulle vilja ordna aktiviteter under året som stärker gemenskapen och bygden och gör att seniorerna orkar mer och inte blir ensamma.

Vi har pratat med PRO Vissefjärda och Vissefjärda församling som gärna samarbetar, och på sektionens årsmöte den 3 februari röstade alla 30 närvarande ja till att söka.

Budget
Hyra klubbstugan 10 ggr à 300 kr = 3 000 kr
Föreläsare 2 st à 2 500 kr = 5 000 kr
Fika 2 000 kr
Buss 3 500 kr
Totalt 13 500 kr

Kontakt: Ingvar Petersson, 0471-502 31, ingvar.petersson@example.net

Hälsningar
Ingvar Petersson
Seniorsektionen, Vissefjärda GoIF
"""
    htm = (
        '<html><body><div style="font-family:Arial">'
        + "".join(f"<p>{p.replace(chr(10), '<br>')}</p>" for p in text.strip().split("\n\n"))
        + "</div></body></html>\n"
    )
    root = multi(
        "alternative",
        "000000000000a1b2c3d40611e5f2",
        [plain(text, "UTF-8", "quoted-printable"), html(htm, "UTF-8", "quoted-printable")],
    )
    h = hdrs(
        2111,
        addr("Ingvar Petersson", "ingvar.petersson@example.net"),
        ew("Idéslanten – seniorsektionen Vissefjärda GoIF"),
        date(2, 17, 15, 36),
        domain="mail.example.net",
    )
    lab = label(
        "application",
        missing="activity",
        association_name="Seniorsektionen i Vissefjärda GoIF",
        contact_name="Ingvar Petersson",
        contact_email="ingvar.petersson@example.net",
        contact_phone="0471-502 31",
        members=41,
        ort="Vissefjärda",
        amount_sek=13500,
        women_and_men=True,
        notes="Senior section of a sports club in Vissefjärda, Emmaboda; Gmail-like multipart/alternative (plain + HTML, both quoted-printable, upper-case UTF-8 charset). Activity missing: 'aktiviteter under året som stärker gemenskapen och bygden' is a vague wish – the budget lines (lecturers, bus) hint at content but nothing says what, when or how. Everything else is present: 41 members 'både damer och herrar' (women_and_men true), named contact with phone, anchoring via annual meeting vote (30 present – not members) and PRO/parish cooperation, budget with four items and a 13 500 kr total. Lecturer fees are not salary.",
    )
    add(2111, "vissefjarda-seniorer-vag-aktivitet", build(h, root), lab)


@mail
def m2112():
    text = """LANDSBYGDSNÄTVERKET KALMAR LÄN – NYHETSBREV FEBRUARI 2026

* Webbinarium 12 mars: Så söker ni bygdepeng och andra småbidrag
  Vi går igenom regional bygdepeng – idéslanten, Leader-stöd och kommunala föreningsbidrag. Anmälan på webben.

* Fiber på landsbygden – erfarenheter från Kristdala och Alböke
  Två byar berättar hur vägföreningar och fiberföreningar samarbetat.

* Kurs för kassörer i små föreningar, Nybro 28 mars

Du får detta nyhetsbrev eftersom du anmält dig på landsbygd.example.org.
Avregistrera: https://landsbygd.example.org/avregistrera?id=7731
"""
    htm = """<html><body style="font-family:Georgia,serif;max-width:600px">
<h1 style="color:#2c5e1a">Landsbygdsnätverket Kalmar län</h1>
<h2>Nyhetsbrev februari 2026</h2>
<h3>Webbinarium 12 mars: Så söker ni bygdepeng och andra småbidrag</h3>
<p>Vi går igenom regional bygdepeng – idéslanten, Leader-stöd och kommunala föreningsbidrag. <a href="https://landsbygd.example.org/webbinarium">Anmäl dig här</a>.</p>
<h3>Fiber på landsbygden – erfarenheter från Kristdala och Alböke</h3>
<p>Två byar berättar hur vägföreningar och fiberföreningar samarbetat.</p>
<h3>Kurs för kassörer i små föreningar, Nybro 28 mars</h3>
<hr><p style="font-size:small">Du får detta nyhetsbrev eftersom du anmält dig på landsbygd.example.org. <a href="https://landsbygd.example.org/avregistrera?id=7731">Avregistrera</a></p>
</body></html>
"""
    root = multi(
        "alternative", "nl_b_20260218_7731", [plain(text, "utf-8", "quoted-printable"), html(htm)]
    )
    h = hdrs(
        2112,
        addr("Landsbygdsnätverket Kalmar län", "nyhetsbrev@example.org"),
        ew("Nyhetsbrev februari: webbinarium om bygdepeng"),
        date(2, 18, 6, 0),
        to=addr("", OFFICER),
        domain="landsbygd.example.org",
        extra=[
            ("List-Id", "Landsbygdsnatverket nyhetsbrev <nyhetsbrev.landsbygd.example.org>"),
            (
                "List-Unsubscribe",
                "<https://landsbygd.example.org/avregistrera?id=7731>, <mailto:avregistrera@example.org>",
            ),
            ("Precedence", "bulk"),
        ],
    )
    lab = label(
        "newsletter",
        notes="Monthly newsletter from a fictional rural network, multipart/alternative, with List-Id, List-Unsubscribe and Precedence: bulk, addressed to the officer. It mentions idéslanten, bygdepeng and a fibre study visit, which must not make it an application or question. All elements false, all facts null; the bot must not reply.",
    )
    add(2112, "nyhetsbrev-landsbygdsnatverket", build(h, root), lab)


@mail
def m2113():
    body = """Hejsan!

Vi i Rockneby 4H-klubb vill söka idéslanten till vår vårfest 🐑🐓

Lite om oss: Rockneby 4H-klubb har 34 medlemmar mellan 7 och 19 år plus sex vuxna ledare. Vi har kaniner, höns, getter och två ponnyer på 4H-gården vid skolan och träffas varje vecka.

Vårfesten blir lördag 16 maj kl 11–15 på 4H-gården. Det blir djurvisning, prova-på-ridning för de minsta, sopplunch och en "Fråga en bonde"-hörna där lantbrukare från trakten svarar på frågor om djur och odling. Vi vill att barn och vuxna i Rockneby och Läckeby ska träffas och lära sig mer om djuren och lantbruket runt omkring oss. Alla är välkomna – tjejer och killar, mammor och pappor, mor- och farföräldrar!

Rockneby byalag och hembygdsföreningen är med och planerar, och ett 20-tal 4H-föräldrar har lovat att sköta sopplunchen och parkeringen.

Budgeten håller vi på med, den kommer senare! Vi tror det landar runt 8 000 kr.

Glada hälsningar
Maja Andersson, ledare
076-118 52 40
Rockneby 4H-klubb
"""
    h = hdrs(
        2113,
        addr("Maja Andersson", "maja.andersson@example.se"),
        ew("Vårfest på 4H-gården i Rockneby 🐑"),
        date(2, 23, 18, 20),
    )
    lab = label(
        "application",
        missing="budget",
        association_name="Rockneby 4H-klubb",
        contact_name="Maja Andersson",
        contact_email="maja.andersson@example.se",
        contact_phone="076-118 52 40",
        members=34,
        ort="Rockneby",
        amount_sek=8000,
        women_and_men=True,
        notes="4H club in Rockneby, Kalmar; cheerful utf-8 8bit mail with emoji in body and encoded-word subject. Association (34 members aged 7–19, plus six leaders who are not counted), contact (named leader with phone, own address), activity (dated spring party with animals, riding and a 'ask a farmer' corner, bringing Rockneby and Läckeby together) and anchoring (byalag and hembygdsförening planning, ~20 parents volunteering) are present. Budget missing: 'kommer senare' plus one rough figure; 'runt 8 000 kr' is recorded as amount_sek. 'tjejer och killar, mammor och pappor' makes women_and_men true.",
    )
    add(2113, "rockneby-4h-varfest", build(h, plain(body)), lab)


@mail
def m2114():
    body = """Hej!

PRO Gamleby ansöker härmed om bidrag ur Idéslanten för projektet "TRYGG I GAMLEBY – stoppa bedragarna".

FÖRENINGEN: PRO Gamleby är pensionärsföreningen i Gamleby med 187 medlemmar. Vi har månadsmöten, resor, studiecirklar och friskvård.

AKTIVITETEN: Tre träffar i Gamleby Folkets hus under våren:
- Tisdag 14 april: Föreläsning om telefon- och nätbedrägerier med en föreläsare från Konsumentvägledarnas förening, och kommunpolisen berättar om läget i Västervik.
- Tisdag 21 april och tisdag 28 april: "Digital fika" där vi övar på säkra inloggningar med BankID, att känna igen falska sms och att ringa banken rätt väg.
Många äldre i Gamleby bor ensamma långt från banken och har blivit uppringda av bedragare de senaste åren. Träffarna är öppna för ALLA i Gamleby med omnejd, även den som inte är medlem, män som kvinnor.

FÖRANKRING: Förslaget togs upp på månadsmötet 12 februari där 62 medlemmar var närvarande och alla var för. SPF Seniorerna Gamleby och Gamleby bibliotek är medarrangörer, och åtta elever från Gamleby folkhögskola ställer upp som "digitala faddrar" på fikaträffarna.

BUDGET:
Föreläsare, arvode ......... 3 500 kr
Föreläsare, resa ............. 600 kr
Lokalhyra 3 träffar à 500 .. 1 500 kr
Fika 3 träffar à 800 ....... 2 400 kr
Annonsering (VT + affischer) 1 000 kr
SUMMA ...................... 9 000 kr

Kontaktperson: Kjell-Åke Bergström, kassör
Telefon 0493-104 72
E-post kjellake.bergstrom@example.com

Med vänlig hälsning
Kjell-Åke Bergström
PRO Gamleby
"""
    h = hdrs(
        2114,
        addr("Kjell-Åke Bergström", "kjellake.bergstrom@example.com"),
        ew("ANSÖKAN IDÉSLANTEN – PRO GAMLEBY"),
        date(2, 25, 10, 11),
    )
    lab = label(
        "application",
        association_name="PRO Gamleby",
        contact_name="Kjell-Åke Bergström",
        contact_email="kjellake.bergstrom@example.com",
        contact_phone="0493-104 72",
        members=187,
        ort="Gamleby",
        amount_sek=9000,
        women_and_men=True,
        notes="Complete application from a pensioners' association (PRO) in Gamleby, Västervik, utf-8 base64 body with capitalised headings and dot-leader budget. Association with 187 members; contact named with phone and own address; activity three dated meetings on fraud with concrete content and local benefit; anchoring a member meeting (62 present – not the member count), SPF and the library co-arranging, eight folk high school students volunteering; budget five items summing to 9 000 kr. 'män som kvinnor' makes women_and_men true; the lecturer's fee is not salary.",
    )
    add(2114, "gamleby-pro-bedragerier", build(h, plain(body, "utf-8", "base64")), lab)


@mail
def m2115():
    rec = receipt(case(2107), ["contact"], variant=1)
    body = f"""Hej,

Styrelsen bad mig svara på ert mejl. Kontaktperson för vår ansökan om kursen i första hjälpen är jag, Rolf Johansson, kassör i stödföreningen.

Tel 0491-230 58 eller 070-612 88 04
rolf.johansson@example.com

Mvh
Rolf Johansson
Fågelfors brandvärns stödförening

-----Ursprungligt meddelande-----
Från: Idéslanten – Region Kalmar län <ideslanten@example.se>
Skickat: den 5 februari 2026 20:04
Till: stodforeningen.fagelfors@example.se
Ämne: Re: Ansökan första hjälpen-kurs Fågelfors [Idéslanten {case(2107)}]

{rec}
"""
    h = hdrs(
        2115,
        addr("Rolf Johansson", "rolf.johansson@example.com"),
        ew(f"SV: Ansökan första hjälpen-kurs Fågelfors [Idéslanten {case(2107)}]", "windows-1252"),
        date(3, 2, 8, 45),
        extra=[
            ("In-Reply-To", receipt_id(2107)),
            ("References", f"{MSGIDS[2107]} {receipt_id(2107)}"),
            ("Thread-Topic", ew("Ansökan första hjälpen-kurs Fågelfors", "windows-1252")),
        ],
        domain="EXCH01.example.com",
    )
    lab = label(
        "followup",
        present=("contact",),
        association_name="Fågelfors brandvärns stödförening",
        contact_name="Rolf Johansson",
        contact_email="rolf.johansson@example.com",
        contact_phone="0491-230 58",
        notes="Outlook followup ('SV:', windows-1252 quoted-printable) to 2107, sent from the treasurer's own address. It supplies the missing contact person: named, two phones (first recorded), e-mail. The receipt is quoted Outlook-style under '-----Ursprungligt meddelande-----' without '>' prefixes and must not count; it lists only contact as missing. The association is only named in the signature, so association stays false for this followup.",
    )
    add(
        2115,
        "fagelfors-kontaktperson-svar",
        build(h, plain(body, "windows-1252", "quoted-printable")),
        lab,
    )


@mail
def m2116():
    body = """Hej Region Kalmar!

Vi är fanklubben för dansbandet Lövmålarna, som kommer från Blomstermåla. Fanklubben Lövmålarna har 146 medlemmar, de flesta här i Mönsterås kommun, och vi brukar ordna bussresor till spelningarna runt om i Småland.

Nu vill vi ge något tillbaka till hembygden. Lördag 25 april ordnar vi en dansafton på logen på Sjöhagens gård strax utanför Blomstermåla. Först en nybörjarkurs i bugg kl 18 med en danslärare, sen spelar Lövmålarna till dans kl 19.30–23.30 (bandet spelar för halva gaget). Hela överskottet från inträdet går till Blomstermåla bygdegårdsförening som behöver pengar till nytt tak. Dans samlar folk i alla åldrar, kvinnor och män, från hela bygden, och det var länge sen det var dans på logen.

Vi tror att det blir fullt, dans är väldigt populärt i bygden!

Budget:
Bandets arvode (reducerat)   8 000 kr
Danslärare bugg              1 500 kr
Hyra logen inkl. städning    2 000 kr
Hyra ljud och ljus           2 500 kr
Affischer och Facebook-annons  500 kr
Totalt                      14 500 kr

Vi söker 14 500 kr.

Kontakt: Monica "Mojje" Fransson, 0499-126 09, mojje.fransson@example.net

Dansande hälsningar
Mojje
"""
    h = hdrs(
        2116,
        addr("Monica Fransson", "mojje.fransson@example.net"),
        ew("Ansökan från Fanklubben Lövmålarna – dansafton på logen i Blomstermåla"),
        date(3, 4, 21, 9),
    )
    lab = label(
        "application",
        missing="anchoring",
        association_name="Fanklubben Lövmålarna",
        contact_name="Monica Fransson",
        contact_email="mojje.fransson@example.net",
        contact_phone="0499-126 09",
        members=146,
        ort="Blomstermåla",
        amount_sek=14500,
        women_and_men=True,
        notes="Dance band fan club in Blomstermåla, Mönsterås; utf-8 quoted-printable body, long encoded-word subject. Association (146 members), contact (nickname in quotes, phone, own address), activity (dated dance evening with a bugg course, surplus to the bygdegård) and budget (five items, 14 500 kr applied) present. Anchoring missing: 'Vi tror att det blir fullt, dans är populärt' is a hope, and the bygdegård receiving the surplus is a beneficiary, not described as backing or cooperating. The band's and dance teacher's fees are performer fees, not salary; the new roof is the bygdegård's own project paid from ticket income, not in this budget, so physical_investment is false. 'kvinnor och män' → women_and_men true.",
    )
    add(
        2116,
        "blomstermala-fanklubb-dansafton",
        build(h, plain(body, "utf-8", "quoted-printable")),
        lab,
    )


@mail
def m2117():
    body = """Hej.

Byxelkroks hamnförening har 88 medlemmar, mest fritidsbåtägare och några yrkesfiskare, och sköter hamnen i Byxelkrok sedan 1972.

Hamnen är hjärtat i byn men bryggorna börjar bli i dåligt skick. Vi vill med idéslanten jobba vidare med hamnens framtid och göra insatser som stärker både hamnen och bygden.

Förankring: alla i byn vill ha en fin hamn.

Budget
Virke till nya bryggdäck      9 000
Skruv och beslag              1 500
Hyra av minigrävare           2 000
Summa                        12 500 kr

Hälsningar
Sven-Erik Lund
Hamnkapten, Byxelkroks hamnförening
070-245 81 16
"""
    h = hdrs(
        2117,
        addr("Sven-Erik Lund", "svenerik.lund@example.org"),
        ew("Bidrag till hamnen i Byxelkrok", "iso-8859-1", "b"),
        date(3, 9, 16, 54),
    )
    lab = label(
        "application",
        missing="activity anchoring",
        association_name="Byxelkroks hamnförening",
        contact_name="Sven-Erik Lund",
        contact_email="svenerik.lund@example.org",
        contact_phone="070-245 81 16",
        members=88,
        ort="Byxelkrok",
        amount_sek=12500,
        physical_investment=True,
        notes="Harbour association in Byxelkrok, Borgholm; iso-8859-1 8bit body and a base64 (B) encoded-word subject in iso-8859-1. Association and contact present; budget is three items with amounts (12 500 kr) so budget is true even though the items break the rules. Activity missing: 'jobba vidare med hamnens framtid och göra insatser' is vague – no what/when/how. Anchoring missing: 'alla i byn vill ha en fin hamn' is an empty claim. Timber for new jetty decks and fittings is building/renovating, so physical_investment is true (renting a mini excavator alone would not be). Genders unstated.",
    )
    add(2117, "byxelkrok-hamnforening-bryggor", build(h, plain(body, "iso-8859-1", "8bit")), lab)


@mail
def m2118():
    htm = """<html><body style="font-family:Arial">
<table width="560" style="border:1px solid #ccc"><tr><td style="background:#0b5394;color:white;padding:10px"><b>Region Kalmar län – IT-support</b></td></tr>
<tr><td style="padding:14px">
<p>Hej ideslanten@example.se,</p>
<p>Din e-postlåda har nått <b>98%</b> av sin lagringskvot. Inkommande meddelanden kommer att avvisas inom 24 timmar.</p>
<p>För att undvika att förlora e-post, verifiera ditt konto nedan:</p>
<p><a href="http://kvot-verifiering.example.net/regionkalmar/login.php" style="background:#0b5394;color:white;padding:8px 16px;text-decoration:none">VERIFIERA KONTO</a></p>
<p>Med vänlig hälsning<br>IT-avdelningen</p>
<p style="font-size:10px;color:#888">© 2026 Microsoft Corporation. Alla rättigheter förbehållna.</p>
</td></tr></table></body></html>
"""
    h = hdrs(
        2118,
        addr("IT-support", "no-reply@example.net"),
        ew("⚠ Varning: Din brevlåda är full – åtgärd krävs"),
        date(3, 10, 3, 12),
        domain="example.net",
        extra=[("Reply-To", "helpdesk-verify@example.net")],
    )
    lab = label(
        "spam",
        notes="Phishing: a fake 'mailbox full' notice pretending to be the region's IT support, HTML-only (quoted-printable) with a credential-harvesting link, an emoji warning sign in the encoded subject and a Reply-To differing from From. Kind spam; all elements false, all facts null.",
    )
    add(2118, "phishing-brevlada-full", build(h, html(htm)), lab)


@mail
def m2119():
    orgnr = org("769628740")
    text = """Hej!

Tvärskogs Vattenförening ek. för. (org.nr {orgnr}) ansöker om 7 300 kr ur idéslanten.

Om föreningen: Vi är 52 medlemshushåll i Tvärskog som sedan 1987 har ett gemensamt vattenverk och ledningsnät. Runt byn finns dessutom ett 60-tal hushåll med egen brunn.

Aktivitet: Onsdag 22 april kl 19 i Tvärskogs bygdegård håller en hydrogeolog från länets brunnsrådgivning en föreläsning om brunnar och vattenkvalitet: varför vattnet tar slut under torra somrar, radon, uran och bakterier, och hur man tar prov. Kvällen före kan alla i byn – medlemmar eller inte – hämta provflaskor i bygdegården och lämna in vattenprov som analyseras till en rabatterad gruppkostnad, och resultaten gås igenom anonymt på föreläsningen. Efter två torra somrar är oron stor, och vi vill att både föreningens hushåll och brunnsägarna vet mer om vattnet och kan planera tillsammans.

Förankring: På föreningsstämman i mars beslöt stämman enhälligt att ordna kvällen. Tvärskogs byalag hjälper till med inbjudan till brunnsägarna och sköter fikat. Ett 40-tal hushåll svarade på vår fråga i byns Facebookgrupp om intresse för vattenprover.

Budget:
- Föreläsararvode hydrogeolog: 3 000 kr
- Gruppanalys vattenprover (subventionerad del): 2 500 kr
- Hyra bygdegården: 800 kr
- Fika: 600 kr
- Utskick/affischer: 400 kr
Summa: 7 300 kr

Kontaktperson: Hanna Ek, ordförande, 0480-360 14, hanna.ek@example.se

Vänliga hälsningar
Hanna Ek
""".replace("{orgnr}", orgnr)
    htm = (
        "<html><body>"
        + "".join(f"<p>{p.replace(chr(10), '<br>')}</p>" for p in text.strip().split("\n\n"))
        + "</body></html>\n"
    )
    root = multi(
        "alternative",
        "b1_2119_tvarskog_vatten",
        [plain(text, "utf-8", "quoted-printable"), html(htm, "utf-8", "base64")],
    )
    h = hdrs(
        2119,
        addr("Hanna Ek", "hanna.ek@example.se"),
        ew("Ansökan idéslanten: föreläsning om brunnar och vattenkvalitet, Tvärskog"),
        date(3, 12, 12, 30),
    )
    lab = label(
        "application",
        association_name="Tvärskogs Vattenförening ek. för.",
        org_number=orgnr,
        contact_name="Hanna Ek",
        contact_email="hanna.ek@example.se",
        contact_phone="0480-360 14",
        members=52,
        ort="Tvärskog",
        amount_sek=7300,
        notes="Complete application from a water cooperative in Tvärskog, Kalmar; multipart/alternative with a quoted-printable text part and a base64 HTML part. Association with org.nr and 52 member households (the 60 households with own wells and the ~40 survey respondents are not members); contact named; activity a dated lecture on wells and water quality with water sampling; anchoring the cooperative's meeting decision, the byalag helping and a Facebook poll; budget five items = 7 300 kr, also the applied amount. Analysis costs are a service, not equipment; the hydrogeologist's fee is not salary. Genders not mentioned, so women_and_men is null.",
    )
    add(2119, "tvarskog-vattenforening-brunnar", build(h, root), lab)


@mail
def m2120():
    body = """Hello,

Sorry for writing in English, my Swedish is still at SFI level :)

My wife and I moved to Köpingsvik last year and we have started a small group for newcomers, "Köpingsvik Newcomers", where we meet, cook together and help each other with Swedish paperwork. We are 8 members at the moment.

Two questions about the idéslanten:
1) Can a group with only 8 members apply, or do we need to grow first?
2) Is the 15 000 SEK limit per village or per group? The football club in Köpingsvik is also thinking of applying this year.

Thank you very much!

Best regards,
Pieter van Dijk
+46 70 993 21 57
"""
    h = hdrs(
        2120,
        addr("Pieter van Dijk", "pieter.vandijk@example.net"),
        "Question about the grant - small group in Kopingsvik",
        date(3, 13, 9, 27),
        domain="example.net",
    )
    lab = label(
        "question",
        lang="en",
        association_name="Köpingsvik Newcomers",
        contact_name="Pieter van Dijk",
        contact_email="pieter.vandijk@example.net",
        contact_phone="+46 70 993 21 57",
        members=8,
        ort="Köpingsvik",
        notes="English question (us-ascii subject, utf-8 body) from a newcomers' group in Köpingsvik, Borgholm: can a group of 8 members apply, and is the 15 000 SEK cap per village or per group? Nothing is applied for; the rule amount asked about is not amount_sek. Kind question, all elements false; the stated facts (group name, 8 members, signer, phone, place) are recorded.",
    )
    add(2120, "kopingsvik-question-english", build(h, plain(body)), lab)


@mail
def m2121():
    rec = receipt(case(2109), ["association", "budget"])
    body = f"""hej igen! nu har vi bildat Mortorps skolas föräldraförening 😊 vi är 31 medlemmar och valde styrelse på mötet i tisdags, jag är ordförande

budgeten fixar vi sen när vi vet vad filmlicensen kostar

/Jessica Holm

Skickat från min iPhone

> Den 12 feb. 2026 kl. 22:48 skrev Idéslanten – Region Kalmar län <ideslanten@example.se>:
>
{quote(rec)}
"""
    h = hdrs(
        2121,
        addr("Jessica Holm", "jessan.holm@example.com"),
        ew(f"Sv: filmkväll mortorp [Idéslanten {case(2109)}]"),
        date(3, 14, 14, 3),
        extra=[
            ("In-Reply-To", receipt_id(2109)),
            ("References", f"{MSGIDS[2109]} {receipt_id(2109)}"),
        ],
        domain="icloud.example.com",
    )
    lab = label(
        "followup",
        present=("association", "contact"),
        association_name="Mortorps skolas föräldraförening",
        contact_name="Jessica Holm",
        contact_email="jessan.holm@example.com",
        members=31,
        notes="Mobile followup ('Sv:') to 2109, utf-8 8bit with an emoji, receipt quoted with '> ' below an iPhone attribution line. Supplies the missing association: a newly formed, named parents' association with 31 members and an elected board. Budget is explicitly postponed ('fixar vi sen') so budget stays false. Contact true: named signer from her own address. The quoted receipt's guidance lines must not count.",
    )
    add(2121, "mortorp-forening-bildad-svar", build(h, plain(body)), lab)


@mail
def m2122():
    body = """Hej!

Lokalhistoriska cirkeln i Pataholm söker bidrag till en bildafton.

Cirkeln har 12 medlemmar och har träffats i Pataholms gamla skola varannan torsdag sedan 2021. Vi har samlat in och skannat över 300 gamla fotografier från byborna – handelsgården, hamnen, skutorna och folk som bott här.

Söndag 3 maj kl 15 visar vi bilderna på duk i gamla skolan under rubriken "Pataholm förr". De äldre i byn får berätta vad och vem som syns på bilderna, och vi spelar in berättelserna så att de finns kvar. Barnfamiljer och sommarboende bjuds särskilt in, så att fler lär sig byns historia och känner sig hemma här.

Över 40 familjer i byn har lånat ut sina foton till oss och Pataholms byalag bjuder på kaffe och kaka. Hembygdsföreningen i Ålem lånar ut projektor och duk.

Kostnaderna blir inte så stora, vi söker 3 000 kr.

Hälsningar
Lokalhistoriska cirkeln i Pataholm
"""
    h = hdrs(
        2122,
        addr("Karin Wallin", "lokalhistoria.pataholm@example.se"),
        "Bildafton Pataholm forr",
        date(3, 16, 19, 48),
    )
    lab = label(
        "application",
        missing="contact budget",
        association_name="Lokalhistoriska cirkeln i Pataholm",
        members=12,
        ort="Pataholm",
        amount_sek=3000,
        notes="Local history circle in Pataholm, Mönsterås; windows-1252 8bit body with an unquoted charset parameter and an ASCII subject. Contact missing: the name Karin Wallin appears only in the From header of the circle's shared mailbox, and the mail is signed with the group's name – no named reachable person in the text, so all contact facts are null. Budget missing: 3 000 kr is a bare total ('kostnaderna blir inte så stora'). Association (12 members, history), activity (dated slide evening with recorded stories) and anchoring (40 families lending photos, byalag and the Ålem local history society helping) present. Borrowing a projector is not an investment.",
    )
    add(
        2122, "pataholm-lokalhistoria-bildafton", build(h, plain(body, "windows-1252", "8bit")), lab
    )


@mail
def m2123():
    body = """Hej!!

Vi är Ungdomsrådet i Ankarsrum, 15 st unga mellan 13 och 19 år som träffas varannan vecka på biblioteket och försöker få till mer saker för unga i byn. Basically finns det inget att göra här på fredagskvällar sen fritidsgården stängde 2024.

Vad vi vill göra:
1. Filmkvällar i Bruksgården fyra fredagar (17 april, 8 maj, 22 maj, 5 juni) kl 19-23, med storbild, popcorn och chill. För alla unga, tjejer och killar och ickebinära, från Ankarsrum och Hallingeberg.
2. Den 5 juni bjuder vi in politiker från Västerviks kommun till en dialog innan filmen, om en ny ungdomsgård i Ankarsrum.

Vi tror verkligen att alla unga vill ha det här!!

Budget:
Lön till fritidsledare som är med på kvällarna 4 x 1 200 = 4 800 kr
Filmlicens 2 400 kr
Popcorn, läsk 1 200 kr
Hyra Bruksgården 4 x 400 = 1 600 kr
Totalt 10 000 kr

/Noah Eriksson, ordförande Ungdomsrådet
073-640 02 19
"""
    h = hdrs(
        2123,
        addr("Noah Eriksson", "noah.eriksson@example.com"),
        ew("ansökan filmkvällar + dialog ungdomsgård Ankarsrum"),
        date(3, 18, 23, 15),
        domain="mail.example.com",
    )
    lab = label(
        "application",
        missing="anchoring",
        association_name="Ungdomsrådet i Ankarsrum",
        contact_name="Noah Eriksson",
        contact_email="noah.eriksson@example.com",
        contact_phone="073-640 02 19",
        members=15,
        ort="Ankarsrum",
        amount_sek=10000,
        women_and_men=True,
        salary_costs=True,
        notes="Youth council in Ankarsrum, Västervik; teenage style with Swedish–English mix ('Basically', 'chill'), utf-8 8bit. Association (15 members), contact (chair with phone, own address), activity (four dated film nights and a dialogue with municipal politicians about a youth centre) and budget (four items, 10 000 kr) present. Anchoring missing: 'Vi tror verkligen att alla unga vill ha det här' is a hope; describing the need (no youth centre) is not anchoring. Salary trap: 'Lön till fritidsledare' is a wage, so salary_costs is true. 'tjejer och killar' → women_and_men true.",
    )
    add(2123, "ankarsrum-ungdomsrad-filmkvallar", build(h, plain(body)), lab)


@mail
def m2124():
    body = """Hej!

Kvinnonätverket i Degerhamn söker 8 800 kr ur idéslanten.

Nätverket startade 2022 och har i dag 38 medlemmar – kvinnor som driver eller vill driva företag på södra Öland, allt från gårdsbutik och keramik till redovisningsbyrå.

Torsdag 23 april kl 18–21 ordnar vi en företagarkväll för kvinnor på södra Öland, "Starta och driva företag på landet", i Degerhamns bygdegård. En företagscoach föreläser om att komma igång, prissättning och att hitta kunder året runt, och tre lokala företagare berättar hur de gjort. Sen blir det middag och mingel. Målet är fler företag och arbetstillfällen i södra Öland och att kvinnor som funderar på att starta något ska få kontakter och stöd här hemma.

Kvällen planerades på vår nätverksträff i februari där 21 medlemmar var med. Södra Ölands företagarförening sprider inbjudan och Degerhamns byalag lånar ut bygdegården till reducerat pris.

Budgeten finns i bifogat dokument.

Kontaktperson: Lena Håkansson, 0485-663 20, lena.hakansson@example.org

Vänliga hälsningar
Lena Håkansson
Kvinnonätverket i Degerhamn
"""
    doc = docx(
        ["Budget – Företagarkväll för kvinnor, Degerhamn 23 april 2026"],
        [
            ["Kostnad", "Belopp"],
            ["Föreläsare (företagscoach), arvode", "4 000 kr"],
            ["Hyra Degerhamns bygdegård", "1 000 kr"],
            ["Middag 40 personer", "3 200 kr"],
            ["Annonsering", "600 kr"],
            ["Summa", "8 800 kr"],
        ],
    )
    root = multi(
        "mixed",
        "=-=-=_2124_degerhamn_=-=-=",
        [
            plain(body, "utf-8", "8bit"),
            binpart(
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                doc,
                "budget_foretagarkvall.docx",
            ),
        ],
    )
    h = hdrs(
        2124,
        addr("Lena Håkansson", "lena.hakansson@example.org"),
        ew("Ansökan – företagarkväll för kvinnor i Degerhamn"),
        date(3, 20, 8, 2),
        domain="example.org",
    )
    lab = label(
        "application",
        association_name="Kvinnonätverket i Degerhamn",
        contact_name="Lena Håkansson",
        contact_email="lena.hakansson@example.org",
        contact_phone="0485-663 20",
        members=38,
        ort="Degerhamn",
        amount_sek=8800,
        women_and_men=False,
        notes="Women's network in Degerhamn, Mörbylånga: a formally complete application (all five elements; budget in an attached .docx table, four items = 8 800 kr) that breaks the both-genders rule – the evening is explicitly 'för kvinnor på södra Öland', so women_and_men is false. Members 38 (the 21 at the planning meeting are attendance). Anchoring: planning meeting, the local business association and the byalag cooperating. Tests that completeness and eligibility are separate.",
    )
    add(2124, "degerhamn-kvinnonatverk-foretagarkvall", build(h, root), lab)


@mail
def m2125():
    htm = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"></head>
<body><font face="Verdana" size="2">
<p>Hej!</p>
<p>Vi i <b>Mansgruppen i Järnforsen</b> vill söka pengar till ett <b>Lagakafé</b>. Mansgruppen är 19 gubbar och några yngre som har träffats i gamla bruksnickeriet varje onsdag sedan 2018 och snickrar, lagar saker och dricker kaffe.</p>
<p>Lagakaféet blir fyra lördagar i höst (12 sept, 10 okt, 7 nov, 5 dec) kl 10-14 i bruksnickeriet. Folk tar med trasiga saker - cyklar, gräsklippare, lampor, kläder, leksaker - och vi lagar dem tillsammans med ägaren så att man lär sig själv. Järnforsens syförening tar hand om kläderna. Första gången kommer en cykelmekaniker och visar hur man lagar punka och byter vajrar. Det blir mindre som slängs och ett ställe där folk i byn träffas.</p>
<p><b>OBS!</b> Fast vi heter Mansgruppen är kaféet till för alla i Järnforsen med omnejd, kvinnor som män, unga som gamla.</p>
<p>På byamötet i januari var 34 personer och alla tyckte det var en bra ide. Syföreningen och Järnforsens IF (som lånar ut sin servering) är med.</p>
<p><b>Budget</b><br>
Hyra bruksnickeriet 4 ggr x 500 kr = 2 000 kr<br>
Reservdelar och förbrukning (slangar, tråd, lim, skruv) 2 500 kr<br>
Arvode cykelmekaniker 1 500 kr<br>
Fika 4 ggr 1 600 kr<br>
Affischer 400 kr<br>
Summa 8 000 kr<br>
Verktyg tar vi med hemifrån, vi köper inga.</p>
<p>Hälsningar<br>Göran &quot;Gurra&quot; Nilsson<br>Mansgruppen i Järnforsen<br>tel 0495-330 71 eller 070-882 10 45</p>
</font></body></html>
"""
    h = hdrs(
        2125,
        addr("Göran Nilsson", "gurra.nilsson@example.se", "iso-8859-1"),
        ew("Lagakafé i Järnforsen", "iso-8859-1"),
        date(3, 23, 17, 40),
    )
    lab = label(
        "application",
        association_name="Mansgruppen i Järnforsen",
        contact_name="Göran Nilsson",
        contact_email="gurra.nilsson@example.se",
        contact_phone="0495-330 71",
        members=19,
        ort="Järnforsen",
        amount_sek=8000,
        women_and_men=True,
        notes="Men's shed (mansgrupp) in Järnforsen, Hultsfred – the one-gender trap: the group's name says men, but the activity (a repair café on four dated Saturdays) is explicitly 'för alla … kvinnor som män', so women_and_men is true. HTML-only iso-8859-1 quoted-printable with old <font> markup. Complete: association (19 members), contact (signer with two phones, own address), activity with local benefit, anchoring (village meeting of 34, sewing circle and sports club involved), budget five items = 8 000 kr. Spare parts and consumables are not an investment and no tools are bought ('Verktyg tar vi med hemifrån'); the bike mechanic's fee is a course leader's fee, not salary.",
    )
    add(
        2125,
        "jarnforsen-mansgrupp-lagakafe",
        build(h, html(htm, "iso-8859-1", "quoted-printable")),
        lab,
    )


@mail
def m2126():
    body = """Hej

Vi är ingen förening, bara en WhatsApp-grupp för oss som bor på Norrbyvägen och Kvarnvägen i Läckeby. Chatten har 34 medlemmar och vi använder den mest för att låna grejer av varandra och varna när det varit inbrott.

Nu vill vi ha en grannträff lördag 9 maj kl 14 på ängen vid gamla skolan: knytkalas, och kommunpolisen kommer och berättar hur Grannsamverkan fungerar så att vi kan starta det på riktigt. Det har varit tre inbrott i området i vinter och många är oroliga, särskilt de äldre som bor ensamma.

I chatten gjorde vi en omröstning där 27 röstade ja, och tio grannar har anmält sig som kontaktombud för sina gator.

Kostnader:
hyra partytält 1 500 kr
hyra bord och bänkar 600 kr
grillkol, korv och dricka 900 kr
utskrifter av inbjudningar 200 kr
= 3 200 kr

Ahmed Rahimi
072-305 66 81
"""
    h = hdrs(
        2126,
        addr("Ahmed Rahimi", "ahmed.rahimi@example.net"),
        ew("Grannträff i Läckeby – kan vi söka?"),
        date(3, 25, 20, 12),
        domain="example.net",
    )
    lab = label(
        "application",
        missing="association",
        contact_name="Ahmed Rahimi",
        contact_email="ahmed.rahimi@example.net",
        contact_phone="072-305 66 81",
        members=34,
        ort="Läckeby",
        amount_sek=3200,
        notes="A neighbourhood WhatsApp group in Läckeby, Kalmar, that says it is not an association. Although the subject asks 'kan vi söka?', the mail describes a concrete activity with a budget, so it is an application. Association missing: the group has no name ('bara en WhatsApp-grupp för oss som bor på …') – an unnamed 'vi' is not enough even with a description. The chat's 34 participants are stated as members, so members is 34 (the 27 poll votes and ten volunteers are not). Contact (named signer with phone, own address), activity (dated neighbour meeting with the community police, starting Grannsamverkan), anchoring (poll in the chat, ten volunteer street contacts) and budget (four rented/consumable items, 3 200 kr) present. Utf-8 8bit body, encoded-word subject.",
    )
    add(2126, "lackeby-whatsapp-granntraff", build(h, plain(body)), lab)


@mail
def m2127():
    orig_mid = receipt_id(2126)
    report = """Reporting-MTA: dns; mx1.example.se
X-Postfix-Queue-ID: 4dQ7Zk1mWzz9tG
Arrival-Date: Wed, 25 Mar 2026 20:13:02 +0100 (CET)

Final-Recipient: rfc822; ahmed.rahimi@example.net
Original-Recipient: rfc822;ahmed.rahimi@example.net
Action: failed
Status: 5.2.2
Diagnostic-Code: smtp; 552 5.2.2 <ahmed.rahimi@example.net>: Mailbox full
"""
    notice = """This is the mail system at host mx1.example.se.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

<ahmed.rahimi@example.net>: host mx.example.net[192.0.2.25] said:
    552 5.2.2 <ahmed.rahimi@example.net>: Mailbox full (in reply to
    RCPT TO command)
"""
    orig_headers = f"""From: =?utf-8?q?Id=C3=A9slanten_=E2=80=93_Region_Kalmar_l=C3=A4n?= <ideslanten@example.se>
To: ahmed.rahimi@example.net
Subject: {ew("Re: Grannträff i Läckeby – kan vi söka? [Idéslanten " + case(2126) + "]")}
Date: Wed, 25 Mar 2026 20:13:01 +0100
Message-ID: {orig_mid}
In-Reply-To: {MSGIDS[2126]}
Auto-Submitted: auto-replied
"""
    p1 = leaf("text/plain", notice, "us-ascii", "7bit", extra=["Content-Description: Notification"])
    p2 = {
        "headers": [
            "Content-Description: Delivery report",
            "Content-Type: message/delivery-status",
        ],
        "body": report.encode("ascii"),
    }
    p3 = {
        "headers": [
            "Content-Description: Undelivered Message Headers",
            "Content-Type: text/rfc822-headers",
        ],
        "body": orig_headers.encode("ascii"),
    }
    root = multi(
        "report",
        "4dQ7Zk1mWzz9tG.1773686943/mx1.example.se",
        [p1, p2, p3],
        extra_ct="; report-type=delivery-status",
    )
    h = hdrs(
        2127,
        "MAILER-DAEMON@example.se (Mail Delivery System)",
        "Undelivered Mail Returned to Sender",
        date(3, 25, 20, 13, 5),
        extra=[("Auto-Submitted", "auto-replied"), ("In-Reply-To", orig_mid)],
        domain="mx1.example.se",
    )
    h[1] = ("To", BOT_ADDR)
    h[0] = ("From", "MAILER-DAEMON@example.se (Mail Delivery System)")
    lab = label(
        "bounce",
        notes="Postfix-style multipart/report (report-type=delivery-status) from MAILER-DAEMON: the bot's receipt to the Läckeby WhatsApp group's contact (2126) bounced with 552 Mailbox full. The returned headers mention the application's subject and Message-ID but the mail is a bounce: all elements false, all facts null, no reply.",
    )
    add(2127, "bounce-lackeby-mailbox-full", build(h, root), lab)


@mail
def m2128():
    rec = receipt(case(2116), ["anchoring"])
    new_txt = """Hej igen!

Förlåt, det blev lite tunt om förankringen. Så här är det:

- Blomstermåla bygdegårdsförening är medarrangör. De bestämde det på sitt styrelsemöte 10 mars och står för kaffeserveringen i logen.
- På fanklubbens årsmöte 14 mars röstade de 52 närvarande enhälligt för dansaftonen.
- Blomstermåla IK sköter parkeringen, och 18 volontärer från byn har anmält sig till entré, servering och städning.
- Markägaren på Sjöhagens gård upplåter logen.

Hälsningar
Mojje Fransson
"""
    quoted_html = "".join(f"{ln}<br>" for ln in rec.split("\n"))
    htm = (
        '<div dir="ltr">'
        + "".join(f"<div>{ln}</div>" if ln else "<div><br></div>" for ln in new_txt.split("\n"))
        + "</div>"
    )
    htm += f'<br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">Den ons 4 mars 2026 kl 21:10 skrev Idéslanten – Region Kalmar län &lt;<a href="mailto:ideslanten@example.se">ideslanten@example.se</a>&gt;:<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">{quoted_html}</blockquote></div>\n'
    plain_txt = (
        new_txt
        + "\nDen ons 4 mars 2026 kl 21:10 skrev Idéslanten – Region Kalmar län <\nideslanten@example.se>:\n\n"
        + quote(rec)
        + "\n"
    )
    root = multi(
        "alternative",
        "0000000000004e7b2d0614c9a8f1",
        [plain(plain_txt, "UTF-8", "quoted-printable"), html(htm, "UTF-8", "quoted-printable")],
    )
    h = hdrs(
        2128,
        addr("Monica Fransson", "mojje.fransson@example.net"),
        ew(
            f"Re: Ansökan från Fanklubben Lövmålarna – dansafton på logen i Blomstermåla [Idéslanten {case(2116)}]"
        ),
        date(3, 27, 12, 19),
        extra=[
            ("In-Reply-To", receipt_id(2116)),
            ("References", f"{MSGIDS[2116]} {receipt_id(2116)}"),
        ],
        domain="mail.example.net",
    )
    lab = label(
        "followup",
        present=("contact", "anchoring"),
        contact_name="Monica Fransson",
        contact_email="mojje.fransson@example.net",
        notes="Gmail-style multipart/alternative followup to 2116 (fan club dance evening) supplying the missing anchoring: the bygdegård association co-arranging by board decision, an annual-meeting vote (52 present – attendance, not members), the sports club handling parking, 18 volunteers, the landowner lending the barn. The receipt is quoted in a blockquote (HTML) and with '> ' (plain) and must not count. Signed by Mojje Fransson from her own address → contact true; other elements are not restated.",
    )
    add(2128, "blomstermala-forankring-svar", build(h, root), lab)


@mail
def m2129():
    orgnr = org("802488113")
    body = f"""Hej!

Södra Vi viltvårdsområdesförening (org.nr {orgnr}) söker 6 950 kr ur idéslanten till ett dialogmöte om viltolyckor.

Om oss: Viltvårdsområdet omfattar marken runt Södra Vi, drygt 9 000 hektar, och föreningen har 64 medlemmar – markägare och jakträttshavare. Vi samordnar jakten och eftersöken efter trafikolyckor med vilt.

Aktiviteten: Tisdag 21 april kl 19 i Södra Vi bygdegård håller vi ett öppet dialogmöte om viltolyckorna på riksvägen och länsvägarna genom socknen. I fjol hade vi 58 viltolyckor, mest rådjur och vildsvin. Trafikverket berättar om planerade viltstängsel och passager, kommunpolisen och våra eftersöksjägare förklarar hur man rapporterar en olycka och vad som händer sen, och Vimmerby kommun svarar på frågor om hastighet och belysning vid skolan. Efteråt samlar vi förslag från byborna som vi lämnar till Trafikverket och kommunen. Målet är färre olyckor och att alla i bygden vet hur man gör när det händer.

Förankring: Viltvårdsområdets stämma i februari (23 närvarande) beslöt att ordna mötet. Södra Vi byalag, LRF Södra Vi och föräldraföreningen på skolan är medarrangörer, och byalagets namninsamling för säkrare vägar har 212 namn.

Budgeten finns i bifogad textfil.

Kontaktperson: Bengt Gustafsson, sekreterare
0492-210 93 (kvällar), bengt.gustafsson@example.se

Med vänlig hälsning
Bengt Gustafsson
"""
    budget = """BUDGET DIALOGMÖTE VILTOLYCKOR SÖDRA VI 2026-04-21
------------------------------------------------
Hyra Södra Vi bygdegård                1 000 kr
Moderator, arvode                      2 500 kr
Fika 90 personer à 25 kr               2 250 kr
Annonsering Vimmerby Tidning + affischer 1 200 kr
------------------------------------------------
SUMMA                                  6 950 kr
"""
    root = multi(
        "mixed",
        "------------0A7F3E5D2C1B4A69",
        [
            plain(body, "utf-8", "quoted-printable"),
            textfile("text/plain", budget, "budget_dialogmote.txt", "utf-8", "quoted-printable"),
        ],
    )
    h = hdrs(
        2129,
        addr("Bengt Gustafsson", "bengt.gustafsson@example.se"),
        ew("Ansökan idéslanten – dialogmöte om viltolyckor i Södra Vi"),
        date(3, 30, 21, 31),
    )
    lab = label(
        "application",
        association_name="Södra Vi viltvårdsområdesförening",
        org_number=orgnr,
        contact_name="Bengt Gustafsson",
        contact_email="bengt.gustafsson@example.se",
        contact_phone="0492-210 93",
        members=64,
        ort="Södra Vi",
        amount_sek=6950,
        notes="Complete application from a viltvårdsområdesförening in Södra Vi, Vimmerby: a dialogue meeting on wildlife road accidents with Trafikverket, police and the municipality. Quoted-printable body; the budget is only in an attached .txt file (four items = 6 950 kr, also the applied amount). Org.nr Luhn-valid; 64 members (the 23 at the meeting, 58 accidents and 212 petition names are other numbers). Anchoring: meeting decision, three co-arranging local groups and a petition. The moderator's fee is not salary; planned game fences are Trafikverket's, not in this budget. Genders not mentioned – women_and_men null.",
    )
    add(2129, "sodra-vi-vvo-viltolyckor", build(h, root), lab)


@mail
def m2130():
    body = """Dear Association Leader,

We are pleased to inform you that your organisation has been pre-selected for the EUROPEAN RURAL COMMUNITY FUND 2026 with a non-repayable grant of EUR 25,000.00.

To release the funds, kindly complete the attached verification and pay the one-time processing fee of EUR 195 within 5 working days. Send your bank details and a copy of the chairman's ID to our claims officer: claims.officer@example.com

This offer is confidential. Do not share this notification.

Yours faithfully,
Dr. Richard Hamilton
Grants Disbursement Unit
"""
    h = hdrs(
        2130,
        addr("European Rural Community Fund", "grants@example.com"),
        "CONGRATULATIONS: Your association has been selected for EUR 25,000 grant",
        date(4, 1, 4, 44),
        domain="example.com",
        extra=[("Reply-To", "claims.officer@example.com"), ("X-Mailer", "Bulk Sender Pro 4.1")],
    )
    lab = label(
        "spam",
        lang="en",
        notes="English advance-fee fraud promising an EU 'rural community fund' grant against a processing fee; plain us-ascii text, Reply-To differs from From. Although it talks about grants for associations it is spam: all elements false, all facts null.",
    )
    add(2130, "spam-eu-rural-fund", build(h, plain(body, "us-ascii", "7bit")), lab)


@mail
def m2131():
    orgnr = org("717604328")
    body = f"""Hej

Gräsgårds vägsamfällighet, org nr {orgnr}, förvaltar byvägarna i Gräsgård, ca 4 km, och har 46 delägarfastigheter.

Vi vill göra något för vägen och byn, kanske en dag ihop eller något annat som gör byn trevligare.

Vi hade ett möte i byn i mars med 28 personer som tyckte att vi ska söka, och Gräsgårds fiskelägesförening vill vara med.

Vi söker 15 000 kr.

Ulla Berg
kassör
0485-520 14
"""
    h = hdrs(
        2131,
        addr("Ulla Berg", "ulla.berg@example.se"),
        "=?iso-8859-1?q?Ans=F6kan_Gr=E4sg=E5rd?=",
        date(4, 3, 10, 58),
    )
    lab = label(
        "application",
        missing="activity budget",
        association_name="Gräsgårds vägsamfällighet",
        org_number=orgnr,
        contact_name="Ulla Berg",
        contact_email="ulla.berg@example.se",
        contact_phone="0485-520 14",
        members=46,
        ort="Gräsgård",
        amount_sek=15000,
        notes="Road joint-property association (vägsamfällighet) in Gräsgård, Mörbylånga; short iso-8859-1 quoted-printable mail with a hand-written lower-case 'q' encoded-word subject. Association (org.nr, 46 member properties) and contact (named treasurer with phone, own address) present; anchoring present (village meeting of 28 and the fishing-village association joining). Activity missing: 'kanske en dag ihop eller något annat' is a vague wish. Budget missing: only a bare total; 15 000 kr is recorded as amount_sek. Followup 2137 supplies activity and budget.",
    )
    add(
        2131,
        "grasgard-vagsamfallighet-vag",
        build(h, plain(body, "iso-8859-1", "quoted-printable")),
        lab,
    )


@mail
def m2132():
    rec = receipt(case(2123), ["anchoring"], variant=1)
    body = f"""hej, ska prata med de andra i rådet om det där med förankring och återkommer nån gång efter påsklovet

/Noah Eriksson

Den ons 18 mars 2026 kl 23:16 skrev Idéslanten – Region Kalmar län <ideslanten@example.se>:

{quote(rec)}
"""
    h = hdrs(
        2132,
        addr("Noah Eriksson", "noah.eriksson@example.com"),
        ew(f"Re: ansökan filmkvällar + dialog ungdomsgård Ankarsrum [Idéslanten {case(2123)}]"),
        date(4, 6, 16, 2),
        extra=[
            ("In-Reply-To", receipt_id(2123)),
            ("References", f"{MSGIDS[2123]} {receipt_id(2123)}"),
        ],
        domain="mail.example.com",
    )
    lab = label(
        "followup",
        present=("contact",),
        contact_name="Noah Eriksson",
        contact_email="noah.eriksson@example.com",
        notes="Followup to 2123 (Ankarsrum youth council) that supplies nothing useful: the writer will talk to the others about anchoring and come back later. Only contact is true (named signer from his own address). The quoted receipt (variant wording, '> ' quoting) asks for anchoring and must not make it true. utf-8 8bit.",
    )
    add(2132, "ankarsrum-aterkommer-svar", build(h, plain(body)), lab)


@mail
def m2133():
    body = """Hej!

Jag är bortrest och har begränsad tillgång till e-post fram till 20 april. Ditt meddelande läses när jag kommer hem.

Gäller det eftersök efter viltolycka, ring viltolycksjouren på 0492-100 00.

Bengt Gustafsson
Södra Vi viltvårdsområdesförening
"""
    officer_mid = "<a3c9e1f0.handl@regionkalmar.example.se>"
    h = hdrs(
        2133,
        addr("Bengt Gustafsson", "bengt.gustafsson@example.se"),
        ew("Frånvaro: Fråga om er ansökan – dialogmöte viltolyckor"),
        date(4, 7, 8, 16, 52),
        to=addr("", OFFICER),
        extra=[("In-Reply-To", officer_mid), ("References", f"{MSGIDS[2129]} {officer_mid}")],
    )
    lab = label(
        "autoreply",
        notes="Out-of-office reply WITHOUT any automation header (no Auto-Submitted, X-Autoreply or Precedence) from the Södra Vi contact (2129) to a personal question from the officer; only the subject prefix 'Frånvaro:' and the wording show it is automatic. References includes the application's Message-ID, but it adds nothing: kind autoreply, all elements false, all facts null; the bot must not reply.",
    )
    add(
        2133,
        "sodra-vi-franvaro-utan-header",
        build(h, plain(body, "utf-8", "quoted-printable")),
        lab,
    )


@mail
def m2134():
    body = """Hej!

SPF Seniorerna Bergkvara vill söka pengar till en studieresa.

Vi är 96 medlemmar i Bergkvara med omnejd och har träffar varje månad i Bergkvara bygdegård.

Många av våra äldre bor ensamma nu när affären och banken har försvunnit från byn, och vi vill starta en öppen träffpunkt med lunch en dag i veckan. I Långasjö har byn gjort om gamla skolan till en träffpunkt som drivs av frivilliga och vi vill åka dit och lära oss. Resan blir onsdag 13 maj med buss för 45 personer: vi träffar de som driver träffpunkten, äter lunchen de serverar och får höra hur de fått ihop schema, ekonomi och lokal. Efteråt bjuder vi in hela Bergkvara till ett möte där vi berättar vad vi sett.

Idén kom fram på medlemsmötet i mars där 40 var med och alla tyckte vi skulle åka. Bergkvara byalag och Torsås församling vill vara med och starta träffpunkten och skickar var sin representant på resan.

Budgeten ligger i bifogad fil.

Hälsningar
Kerstin
SPF Seniorerna Bergkvara
"""
    csv_text = "Post;Antal;A-pris;Summa\r\nBuss Bergkvara-Långasjö t/r;1;7500;7500\r\nLunch i träffpunkten;45;120;5400\r\nFika på hemvägen;45;20;900\r\nTotalt;;;13800\r\n"
    part = {
        "headers": [
            'Content-Type: text/csv; charset=windows-1252; name="budget_resa_langasjo.csv"',
            "Content-Transfer-Encoding: base64",
            'Content-Disposition: attachment; filename="budget_resa_langasjo.csv"',
        ],
        "body": base64.encodebytes(csv_text.encode("cp1252")),
    }
    root = multi("mixed", "=_spf_bergkvara_2134", [plain(body, "utf-8", "8bit"), part])
    h = hdrs(
        2134,
        addr("SPF Seniorerna Bergkvara", "spf.bergkvara@example.org"),
        ew("Studieresa Långasjö – SPF Bergkvara"),
        date(4, 9, 14, 7),
        domain="example.org",
    )
    lab = label(
        "application",
        missing="contact",
        association_name="SPF Seniorerna Bergkvara",
        members=96,
        ort="Bergkvara",
        amount_sek=13800,
        notes="Pensioners' association (SPF) in Bergkvara, Torsås, applying for a study trip to a volunteer-run meeting place in Långasjö. Budget in an attached windows-1252 CSV (semicolon separated, CRLF inside the base64 attachment only): three items = 13 800 kr, recorded as amount. Contact missing: the mail comes from the association's shared mailbox and is signed only 'Kerstin' – no surname, phone or own address, so no reachable named person and all contact facts are null. Association (96 members), activity (dated trip with a follow-up village meeting; local purpose: lonely elderly) and anchoring (member meeting, byalag and parish joining) present. Genders not mentioned.",
    )
    add(2134, "bergkvara-spf-studieresa-csv", build(h, root), lab)


@mail
def m2135():
    body = """BILDNINGSFÖRBUNDET SYDOST – VÅRENS NYHETER

Hej föreningsvän!

Nu startar vårens och sommarens cirklar i hela Kalmar län:
- Föreningskunskap för styrelser (Emmaboda, Vimmerby, Borgholm)
- Sök pengar till er förening – bidrag från kommun, region och Leader
- Släktforskning och lokalhistoria, digitalt

Tips: Glöm inte att regionens idéslanten kan sökas året runt av föreningar på landsbygden.

Anmälan och mer information: https://bildning.example.com/var2026

Du får detta utskick som kontaktperson för en ansluten förening.
Avsluta prenumerationen: https://bildning.example.com/avsluta?u=ls-5512
"""
    h = hdrs(
        2135,
        addr("Bildningsförbundet Sydost", "utskick@example.com"),
        ew("Vårens cirklar och tips om föreningsbidrag"),
        date(4, 14, 7, 30),
        to=addr("", OFFICER),
        domain="utskick.example.com",
        extra=[
            ("List-Unsubscribe", "<https://bildning.example.com/avsluta?u=ls-5512>"),
            ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
            ("Precedence", "bulk"),
        ],
    )
    lab = label(
        "newsletter",
        notes="Plain-text newsletter from a fictional study association (utf-8 base64), with List-Unsubscribe, List-Unsubscribe-Post and Precedence: bulk but no List-Id. It tips readers about idéslanten, which must not make it a question or application. All elements false, all facts null; no reply.",
    )
    add(2135, "nyhetsbrev-bildningsforbundet", build(h, plain(body, "utf-8", "base64")), lab)


@mail
def m2136():
    body = """Hej!

Jag är ordförande i Timmernabbens hembygdsförening. Vi och Timmernabbens IF funderar båda på att söka idéslanten i år – vi till en föreläsningsserie om Timmernabbens sjöfartshistoria och IF till en föreläsning om kost och träning för alla åldrar.

Betyder "högst 15 000 kr per ort och år" att vi får dela på 15 000 kr, eller kan båda föreningarna få var sitt bidrag? Och gäller det kalenderår eller från när man fick beslut?

Tacksam för svar.

Vänliga hälsningar
Örjan Lindahl
Timmernabbens hembygdsförening
0499-240 38
"""
    h = hdrs(
        2136,
        addr("Örjan Lindahl", "orjan.lindahl@example.com"),
        ew("Fråga: två föreningar i samma ort?"),
        date(4, 16, 19, 25),
        domain="example.com",
    )
    lab = label(
        "question",
        association_name="Timmernabbens hembygdsförening",
        contact_name="Örjan Lindahl",
        contact_email="orjan.lindahl@example.com",
        contact_phone="0499-240 38",
        ort="Timmernabben",
        notes="Question from a local history society chair in Timmernabben, Mönsterås, about the per-locality cap: must two associations share 15 000 kr, and is the year a calendar year? The planned activities are only mentioned in passing, nothing is applied for, and the 15 000 kr rule amount is not an amount applied for. utf-8 quoted-printable. Kind question, all elements false; only stated facts recorded.",
    )
    add(
        2136,
        "timmernabben-fraga-tak-per-ort",
        build(h, plain(body, "utf-8", "quoted-printable")),
        lab,
    )


@mail
def m2137():
    rec = receipt(case(2131), ["activity", "budget"])
    body = (
        """Hej igen

Vi har pratat ihop oss i byn och bestämt vad vi ska göra:

Lördag 16 maj har vi vårdag i Gräsgård. På förmiddagen röjer vi sly och plockar skräp längs byvägen ner till fiskeläget och på stranden vid hamnen. Sen grillar vi tillsammans vid hamnmagasinet. På kvällen kommer två tjänstemän från Mörbylånga kommun och vi har en dialog om gatubelysningen och busshållplatsen, som många i byn har klagat på. Tanken är att fler ska hjälpas åt med vägen och att byn får en gemensam röst mot kommunen.

Budgeten ligger i bifogad fil. Vi söker alltså 7 000 kr i stället för 15 000.

Hälsningar
Ulla Berg
Gräsgårds vägsamfällighet

"""
        + "----- Ursprungligt meddelande -----\n"
        + quote(rec, "> ")
        + "\n"
    )
    book = xlsx(
        [
            ["Vårdag Gräsgård 16 maj", None],
            ["Kostnad", "kr"],
            ["Hyra container", 2000],
            ["Hyra flishugg en dag", 1500],
            ["Grillmat", 2500],
            ["Fika till dialogkvällen", 500],
            ["Hyra hamnmagasinet", 500],
            ["Totalt", 7000],
        ],
        sheet="Blad1",
    )
    root = multi(
        "mixed",
        "=_2137_grasgard_svar_=",
        [
            plain(body.replace("–", "-"), "iso-8859-1", "quoted-printable"),
            binpart(
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                book,
                "Budget vårdag Gräsgård.xlsx",
            ),
        ],
    )
    h = hdrs(
        2137,
        addr("Ulla Berg", "ulla.berg@example.se"),
        ew(f"Sv: Ansökan Gräsgård [Idéslanten {case(2131)}]", "iso-8859-1"),
        date(4, 20, 9, 40),
        extra=[
            ("In-Reply-To", receipt_id(2131)),
            ("References", f"{MSGIDS[2131]} {receipt_id(2131)}"),
        ],
    )
    lab = label(
        "followup",
        present=("contact", "activity", "budget"),
        association_name="Gräsgårds vägsamfällighet",
        contact_name="Ulla Berg",
        contact_email="ulla.berg@example.se",
        amount_sek=7000,
        ort="Gräsgård",
        notes="Followup ('Sv:', iso-8859-1 encoded-word subject keeping the case number) to 2131 (Gräsgård vägsamfällighet) supplying both missing parts: a concrete dated activity (clearing and clean-up along the village road and shore, a dialogue evening with the municipality on street lighting and the bus stop) and a budget in an attached .xlsx (five items = 7 000 kr). The applicant lowers the applied amount to 7 000 kr. iso-8859-1 quoted-printable body; receipt quoted with '> ' under a separator line. Contact true (named signer, own address). Renting a chipper and a container is not an investment.",
    )
    add(2137, "grasgard-vardag-budget-svar", build(h, root), lab)


@mail
def m2138():
    body = """Hello!

I am the secretary of Holmsjö bygdegårdsförening (the community hall association in Holmsjö). We are 71 members and we run the old community hall from 1931 next to the football pitch. The board asked me to write the application, in English because my Swedish writing is not so good yet, I hope this is OK.

We would like to start "Bio i bygdegården", a film night on the last Friday of every month from September to December (25 Sept, 30 Oct, 27 Nov, 18 Dec). We show a film on the big screen, with a short introduction and coffee, and after the film people can stay and talk. Two of the nights will be Swedish films about rural life, followed by a discussion about what Holmsjö needs to stay a living village. There is no cinema closer than Nybro, and many older people and families with small children cannot easily go there. Everybody is welcome, men and women, young and old.

We think that the film nights will be very appreciated in the village.

We apply for 9 000 SEK. Please see the attached photo of our budget (I wrote it on the whiteboard at the board meeting).

Kind regards,
Maarten de Vries
Secretary, Holmsjö bygdegårdsförening
070-421 77 36
"""
    root = multi(
        "mixed",
        "_004_HOLMSJO2138_",
        [
            plain(body, "utf-8", "quoted-printable"),
            binpart("image/png", png(96, 64, 2138), "IMG_20260422_budget.png"),
        ],
    )
    h = hdrs(
        2138,
        addr("Maarten de Vries", "maarten.devries@example.net"),
        ew("Application idéslanten – film nights in Holmsjö"),
        date(4, 23, 22, 4),
        domain="example.net",
    )
    lab = label(
        "application",
        lang="en",
        missing="anchoring budget",
        association_name="Holmsjö bygdegårdsförening",
        contact_name="Maarten de Vries",
        contact_email="maarten.devries@example.net",
        contact_phone="070-421 77 36",
        members=71,
        ort="Holmsjö",
        amount_sek=9000,
        women_and_men=True,
        notes="English application from the community hall association in Holmsjö, Nybro. Association (71 members), contact (secretary with phone, own address) and activity (four dated film nights with discussion, reason: no cinema nearby) present; 'men and women' → women_and_men true. Anchoring missing: 'will be very appreciated' is a hope, and the board asking the secretary to write is not local backing. Budget missing: the only budget is a photo of a whiteboard (a PNG with no readable text), so nothing readable is attached; 9 000 SEK is a bare amount and is recorded as amount_sek. Language en.",
    )
    add(2138, "holmsjo-film-nights-english-photo", build(h, root), lab)


@mail
def m2139():
    body = """Hej på er

Vi e några stycken i Totebo som int tycker att skolhuset ska stå tomt. Skolan la ner 2023 och nu pratar kommunen om att sälja huset. Vi vill ha ett dialogmöte med Västerviks kommun, bå politiker å tjänstemän, onsdag 27 maj kl 18.30 i Totebo församlingshem, där byborna får säga vad di tycker och vi visar våra idéer om att göra skolan till ett byahus med lokal för föreningar, loppis å kanske en liten butik. Vi tror det är viktigt för att Totebo ska leva vidare å för att det ska finnas nåt ställe att träffas på.

Vi har samlat in 68 namn på en lista i byn som vill ha kvar skolhuset för byn, å Totebo IK har sagt att di ställer upp med folk å fika.

Vi vet int riktigt va det kostar, kanske 5 000 kr ungefär för lokal, fika å annonser.

Hälsningar
Gunilla Strand
070-337 90 12
"""
    h = hdrs(
        2139,
        addr("Gunilla Strand", "gunilla.strand@example.se"),
        ew("Skolhuset i Totebo – dialogmöte"),
        date(4, 28, 20, 51),
    )
    lab = label(
        "application",
        missing="association budget",
        contact_name="Gunilla Strand",
        contact_email="gunilla.strand@example.se",
        contact_phone="070-337 90 12",
        ort="Totebo",
        amount_sek=5000,
        notes="Dialect-coloured mail (småländska: 'e', 'int', 'å', 'di', 'nåt', 'bå') from residents of Totebo, Västervik, wanting a dialogue meeting with the municipality about the closed school building. Association missing: 'några stycken i Totebo' is an unnamed group (Totebo IK is a supporting partner, not the applicant). Budget missing: one rough figure with items listed without amounts; 'kanske 5 000 kr ungefär' is recorded as amount_sek. Contact (named signer with phone, own address), activity (dated meeting with concrete purpose) and anchoring (68-name list, Totebo IK helping) present. No members stated; genders not mentioned.",
    )
    add(2139, "totebo-skolhuset-dialekt", build(h, plain(body)), lab)


@mail
def m2140():
    body = """Hej!

Kvarnbackens vägförening i Storebro söker bidrag från idéslanten.

Föreningen sköter ca 6 km enskild väg mellan Storebro och Kvarnbacken och har 41 medlemsfastigheter.

Vi vill ordna en aktivitetsdag av något slag för bygden senare i år, där folk kan träffas.

På årsstämman 12 april beslöt vi att söka, 31 delägare var där. Storebro IF och Storebro byalag vill vara med och hjälpa till.

Budget:
Hyra lokal 1 500 kr
Fika 2 000 kr
Annons 800 kr
Föreläsare 3 000 kr
Summa 7 300 kr

Hälsningar
Vägföreningen

Skickat från min Samsung Galaxy-smartphone.
"""
    h = hdrs(
        2140,
        addr("Kvarnbackens vägförening", "kvarnbacken.vag@example.com"),
        ew("ansökan idéslanten Storebro", "windows-1252"),
        date(5, 4, 7, 12),
        domain="example.com",
    )
    lab = label(
        "application",
        missing="contact activity",
        association_name="Kvarnbackens vägförening",
        members=41,
        ort="Storebro",
        amount_sek=7300,
        notes="Road association in Storebro, Vimmerby, written on a phone; windows-1252 quoted-printable body. Contact missing: shared association mailbox, signed 'Vägföreningen', no person named – contact facts null. Activity missing: 'en aktivitetsdag av något slag … senare i år' has no what/when/how. Association (41 member properties, 6 km road), anchoring (annual meeting decision with 31 present, sports club and byalag helping) and budget (four items, 7 300 kr) present; the lecturer fee is not salary.",
    )
    add(
        2140,
        "storebro-vagforening-mobil",
        build(h, plain(body, "windows-1252", "quoted-printable")),
        lab,
    )


# ================================================================ check / main

ALLOWED = ("example.se", "example.com", "example.org", "example.net")


def _domain_ok(dom: str, strict: bool) -> bool:
    dom = dom.lower().rstrip(".")
    if dom in ALLOWED:
        return True
    return (not strict) and any(dom.endswith("." + a) for a in ALLOWED)


def check(mails: list[tuple[str, bytes, dict]], labels: dict) -> list[str]:
    errs: list[str] = []
    names = [m[0] for m in mails]
    if sorted(names) != sorted(labels):
        errs.append("labels keys do not match files")
    if len(set(names)) != len(names):
        errs.append("duplicate file names")
    by_mid: dict[str, str] = {}
    parsed = {}
    for name, data, lab in mails:
        if not re.fullmatch(r"\d{4}-[a-z0-9-]+\.eml", name):
            errs.append(f"{name}: bad file name")
        if b"\r" in data:
            errs.append(f"{name}: CR in file")
        msg = email.message_from_bytes(data, policy=email.policy.default)
        parsed[name] = msg
        malformed = lab["notes"].startswith("Malformed:")
        for part in msg.walk():
            if part.defects and not malformed:
                errs.append(f"{name}: defects {part.defects}")
            if part.get_content_maintype() == "text":
                try:
                    part.get_content()
                except Exception as e:  # noqa: BLE001
                    errs.append(f"{name}: cannot decode text part: {e}")
        mid = msg.get("Message-ID")
        if mid:
            by_mid[str(mid).strip()] = name
        for h in ("From", "To", "Cc", "Reply-To", "Sender"):
            for v in msg.get_all(h, []):
                for a in v.addresses:
                    if a.domain and not _domain_ok(a.domain, strict=True):
                        errs.append(f"{name}: address domain {a.addr_spec}")
        text = data.decode("latin-1")
        for part in msg.walk():
            if part.get_content_maintype() == "text":
                text += "\n" + part.get_content()
        for m in re.finditer(r"[\w.+-]+@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)", text):
            if not _domain_ok(m.group(1), strict=False):
                errs.append(f"{name}: foreign address {m.group(0)}")
        d = msg["Date"]
        if d is None or d.datetime.year != 2026:
            errs.append(f"{name}: date not in 2026")
        # label schema
        if set(lab) != {"kind", "language", "elements", "facts", "notes"}:
            errs.append(f"{name}: label fields {sorted(lab)}")
        if set(lab["elements"]) != set(ELEMS) or set(lab["facts"]) != set(FACTS):
            errs.append(f"{name}: element/fact keys")
        if lab["kind"] not in (
            "application",
            "followup",
            "question",
            "autoreply",
            "bounce",
            "newsletter",
            "spam",
        ):
            errs.append(f"{name}: kind {lab['kind']}")
        if lab["language"] not in ("sv", "en"):
            errs.append(f"{name}: language")
        on = lab["facts"]["org_number"]
        if on is not None and not (re.fullmatch(r"\d{6}-\d{4}", on) and luhn_ok(on)):
            errs.append(f"{name}: org number {on}")
        if lab["kind"] in ("application", "followup"):
            for k in ("salary_costs", "physical_investment"):
                if lab["facts"][k] not in (True, False):
                    errs.append(f"{name}: {k} must be bool")
        if lab["kind"] in ("question", "autoreply", "bounce", "newsletter", "spam") and any(
            lab["elements"].values()
        ):
            errs.append(f"{name}: non-application with elements")
        if lab["kind"] in ("autoreply", "bounce", "newsletter", "spam") and any(
            v is not None for v in lab["facts"].values()
        ):
            errs.append(f"{name}: machine mail with facts")
        if not lab["notes"]:
            errs.append(f"{name}: empty notes")
        ce = lab["facts"]["contact_email"]
        if ce and not _domain_ok(ce.split("@")[-1], strict=True):
            errs.append(f"{name}: contact_email domain")
    # numbering follows Date
    dates = [parsed[n]["Date"].datetime for n in sorted(names)]
    for a, b, n in zip(dates, dates[1:], sorted(names)[1:], strict=False):
        if b < a:
            errs.append(f"{n}: Date earlier than previous file")
    # threading
    for name, _data, lab in mails:
        if lab["kind"] != "followup":
            continue
        msg = parsed[name]
        refs = (str(msg.get("In-Reply-To", "")) + " " + str(msg.get("References", ""))).split()
        apps = [
            by_mid.get(r)
            for r in refs
            if by_mid.get(r) and labels[by_mid[r]]["kind"] == "application"
        ]
        if not apps or not all(a < name for a in apps):
            errs.append(f"{name}: followup not threaded to an earlier application")
        if not re.match(r"(?i)(re|sv|vs|aw):", str(msg["Subject"])):
            errs.append(f"{name}: followup subject lacks Re:/SV:")
    return errs


def make_all() -> list[tuple[str, bytes, dict]]:
    MAILS.clear()
    MSGIDS.clear()
    for fn in MAKERS:
        fn()
    return sorted(MAILS, key=lambda m: m[0])


def main() -> int:
    mails = make_all()
    again = make_all()
    if [(n, d) for n, d, _ in mails] != [(n, d) for n, d, _ in again]:
        print("not deterministic", file=sys.stderr)
        return 1
    labels = {n: lab for n, _d, lab in mails}
    errs = check(mails, labels)
    OUT.mkdir(parents=True, exist_ok=True)
    for old in OUT.glob("*.eml"):
        if old.name not in labels:
            old.unlink()
    for n, d, _lab in mails:
        (OUT / n).write_bytes(d)
    (OUT / "labels.json").write_text(
        json.dumps(labels, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
    )
    kinds: dict[str, int] = {}
    for lab in labels.values():
        kinds[lab["kind"]] = kinds.get(lab["kind"], 0) + 1
    apps = [lab for lab in labels.values() if lab["kind"] == "application"]
    complete = sum(all(lab["elements"].values()) for lab in apps)
    miss = {e: sum(not lab["elements"][e] for lab in apps) for e in ELEMS}
    print(f"{len(mails)} mails -> {OUT}")
    print("kinds:", kinds, "complete applications:", complete)
    print("missing per element (applications):", miss)
    for e in errs:
        print("ERROR:", e, file=sys.stderr)
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main())
