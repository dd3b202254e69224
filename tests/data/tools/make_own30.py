#!/usr/bin/env python3
"""Generator for the labelled intake corpus tests/data/own30 (mails 3901–3940).

The corpus holds 40 realistic but entirely fictional e-mails of the kind that reach the rural
development officer of Region Kalmar län about the micro-grant "regional bygdepeng –
idéslanten": applications, threaded followups, questions, autoreplies, bounces, newsletters and
spam, each labelled in labels.json according to /work/shared/corpus/README.md.

Emphasis of this corpus: the ACTIVITY element. Many applications describe concrete activities in
unusual words (repair tuesdays in a fire station, oral-history recording, a seed swap, a bus trip
to see another village's café, a youth podcast, a village walk with a local historian), others
sound busy but are vague, describe the activity only in an attachment or only as a budget list,
or are written in English or mixed Swedish/English.

All people, associations, organisation numbers and phone numbers are invented; all addresses use
example.se/example.com/example.org/example.net; all dates are in 2026. The output is
byte-identical on every run (fixed Message-IDs, MIME boundaries and zip timestamps).

Regenerate (and self-check) with:

    /work/main/.venv/bin/python tests/data/tools/make_own30.py
"""

# ruff: noqa: E501
from __future__ import annotations

import base64
import json
import quopri
import re
import struct
import sys
import zipfile
import zlib
from datetime import datetime, timedelta, timezone
from email import policy
from email.header import Header, decode_header, make_header
from email.parser import BytesParser
from email.utils import format_datetime, formataddr, parsedate_to_datetime
from io import BytesIO
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "own30"
BOT_ADDR = "ideslanten@example.se"
BOT_NAME = "Idéslanten – Region Kalmar län"
OFFICER = "landsbygdsutvecklare@example.se"
ALLOWED_DOMAINS = {"example.se", "example.com", "example.org", "example.net"}

ELS = ("association", "contact", "activity", "anchoring", "budget")
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
KINDS = ("application", "followup", "question", "autoreply", "bounce", "newsletter", "spam")

# ---------------------------------------------------------------------------
# small helpers
# ---------------------------------------------------------------------------


def luhn_ok(org: str) -> bool:
    if not re.fullmatch(r"\d{6}-\d{4}", org):
        return False
    total = 0
    for i, ch in enumerate(org.replace("-", "")):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        total += d // 10 + d % 10
    return total % 10 == 0


def orgnr(first9: str) -> str:
    """Return a Luhn-valid NNNNNN-NNNN organisation number starting with first9."""
    for c in "0123456789":
        cand = f"{first9[:6]}-{first9[6:]}{c}"
        if luhn_ok(cand):
            return cand
    raise AssertionError(first9)


def date(mo: int, d: int, h: int, mi: int, s: int = 0) -> str:
    dst = (3, 29) <= (mo, d) < (10, 25)
    tz = timezone(timedelta(hours=2 if dst else 1))
    return format_datetime(datetime(2026, mo, d, h, mi, s, tzinfo=tz))


def hdr(text: str, cs: str = "utf-8") -> str:
    """Encode a header value as RFC 2047 words when it is not pure ASCII."""
    try:
        text.encode("ascii")
        return text
    except UnicodeEncodeError:
        return Header(text, cs).encode(maxlinelen=76)


def addr(name: str | None, mail: str, cs: str = "utf-8") -> str:
    if not name:
        return mail
    return formataddr((name, mail), charset=cs)


BOT = addr(BOT_NAME, BOT_ADDR)


def text_part(
    text: str,
    sub: str = "plain",
    cs: str | None = "utf-8",
    cte: str = "quoted-printable",
    extra: str = "",
) -> bytes:
    codec = (cs or "latin-1").lower()
    raw = text.encode(codec)
    if cte == "quoted-printable":
        body = quopri.encodestring(raw)
    elif cte == "base64":
        body = base64.encodebytes(raw)
    else:
        body = raw
    if not body.endswith(b"\n"):
        body += b"\n"
    ct = f"Content-Type: text/{sub}"
    if cs:
        ct += f'; charset="{cs}"'
    ct += extra
    return f"{ct}\nContent-Transfer-Encoding: {cte}\n\n".encode() + body


def attachment(data: bytes, ctype: str, filename: str, disp: str = "attachment") -> bytes:
    try:
        filename.encode("ascii")
        fn = f'filename="{filename}"'
        nm = f'name="{filename}"'
    except UnicodeEncodeError:
        q = "".join(
            ch
            if ch.isascii() and ch.isalnum() or ch in ".-_"
            else "".join(f"%{b:02X}" for b in ch.encode())
            for ch in filename
        )
        fn = f"filename*=utf-8''{q}"
        nm = f'name="{Header(filename, "utf-8").encode()}"'
    head = f"Content-Type: {ctype}; {nm}\nContent-Disposition: {disp}; {fn}\nContent-Transfer-Encoding: base64\n\n"
    return head.encode() + base64.encodebytes(data)


def raw_part(head: str, body: str | bytes) -> bytes:
    if isinstance(body, str):
        body = body.encode("utf-8")
    if not body.endswith(b"\n"):
        body += b"\n"
    return head.rstrip("\n").encode() + b"\n\n" + body


def multipart(
    sub: str, parts: list[bytes], boundary: str, params: str = "", preamble: str = ""
) -> bytes:
    out = [f'Content-Type: multipart/{sub}; boundary="{boundary}"{params}\n\n'.encode()]
    if preamble:
        out.append(preamble.encode() + b"\n")
    for p in parts:
        out.append(f"--{boundary}\n".encode() + p + b"\n")
    out.append(f"--{boundary}--\n".encode())
    return b"".join(out)


def message(headers: list[tuple[str, str]], body: bytes, mime: bool = True) -> bytes:
    lines = []
    for k, v in headers:
        line = f"{k}: {v}"
        line.encode("ascii")
        lines.append(line)
    if mime:
        lines.append("MIME-Version: 1.0")
    return ("\n".join(lines) + "\n").encode() + body


def quote(text: str, prefix: str = "> ") -> str:
    return "\n".join((prefix + ln).rstrip() if ln else prefix.rstrip() for ln in text.split("\n"))


def esc_xml(s: str) -> str:
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


# ---------------------------------------------------------------------------
# document builders (deterministic)
# ---------------------------------------------------------------------------

ZIP_TIME = (2026, 1, 1, 0, 0, 0)


def _zip(files: list[tuple[str, str]]) -> bytes:
    buf = BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, content in files:
            info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            z.writestr(info, content.encode("utf-8"))
    return buf.getvalue()


def docx(paragraphs: list[str]) -> bytes:
    body = []
    for p in paragraphs:
        bold = p.startswith("**")
        t = p[2:] if bold else p
        rpr = "<w:rPr><w:b/></w:rPr>" if bold else ""
        body.append(f'<w:p><w:r>{rpr}<w:t xml:space="preserve">{esc_xml(t)}</w:t></w:r></w:p>')
    doc = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>'
        + "".join(body)
        + "<w:sectPr/></w:body></w:document>"
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


def xlsx(rows: list[list[str | int | float | None]], sheet: str = "Blad1") -> bytes:
    xr = []
    for ri, row in enumerate(rows, 1):
        cells = []
        for ci, v in enumerate(row):
            ref = f"{_col(ci)}{ri}"
            if v is None:
                continue
            if isinstance(v, (int, float)):
                cells.append(f'<c r="{ref}"><v>{v}</v></c>')
            else:
                cells.append(
                    f'<c r="{ref}" t="inlineStr"><is><t xml:space="preserve">{esc_xml(v)}</t></is></c>'
                )
        xr.append(f'<row r="{ri}">' + "".join(cells) + "</row>")
    ws = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
        + "".join(xr)
        + "</sheetData></worksheet>"
    )
    wb = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
        'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
        f'<sheets><sheet name="{esc_xml(sheet)}" sheetId="1" r:id="rId1"/></sheets></workbook>'
    )
    wbrels = (
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
            ("xl/_rels/workbook.xml.rels", wbrels),
            ("xl/worksheets/sheet1.xml", ws),
        ]
    )


def pdf(lines: list[str], compress: bool = False) -> bytes:
    """A simple PDF with Helvetica (WinAnsiEncoding); 46 lines per page."""
    pages = [lines[i : i + 46] for i in range(0, max(len(lines), 1), 46)] or [[]]
    objs: list[bytes] = []
    n_pages = len(pages)
    # 1 catalog, 2 pages, 3 font, then per page: page obj, content obj
    kids = " ".join(f"{4 + 2 * i} 0 R" for i in range(n_pages))
    objs.append(b"<< /Type /Catalog /Pages 2 0 R >>")
    objs.append(f"<< /Type /Pages /Kids [{kids}] /Count {n_pages} >>".encode())
    objs.append(
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"
    )
    for i, pg in enumerate(pages):
        ops = ["BT", "/F1 11 Tf", "14 TL", "56 790 Td"]
        for ln in pg:
            e = (
                ln.encode("cp1252")
                .replace(b"\\", b"\\\\")
                .replace(b"(", b"\\(")
                .replace(b")", b"\\)")
            )
            ops.append("(" + e.decode("latin-1") + ") Tj T*")
        ops.append("ET")
        stream = "\n".join(ops).encode("latin-1")
        extra = b""
        if compress:
            stream = zlib.compress(stream, 9)
            extra = b" /Filter /FlateDecode"
        objs.append(
            f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents {5 + 2 * i} 0 R >>".encode()
        )
        objs.append(
            b"<< /Length "
            + str(len(stream)).encode()
            + extra
            + b" >>\nstream\n"
            + stream
            + b"\nendstream"
        )
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, o in enumerate(objs, 1):
        offsets.append(len(out))
        out += f"{i} 0 obj\n".encode() + o + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode()
    for off in offsets:
        out += f"{off:010d} 00000 n \n".encode()
    out += f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return bytes(out)


def png(w: int, h: int, seed: int = 7) -> bytes:
    """A small grey 'scanned page' PNG with a few darker text-like stripes."""
    rows = []
    for y in range(h):
        row = bytearray([0])
        for x in range(w):
            v = 236
            if 8 < x < w - 8 and y % 9 in (4, 5) and ((x * 7 + y * seed) % 23) > 3:
                v = 70
            row += bytes([v, v, v])
        rows.append(bytes(row))
    raw = zlib.compress(b"".join(rows), 9)

    def chunk(t: bytes, d: bytes) -> bytes:
        return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xFFFFFFFF)

    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
        + chunk(b"IDAT", raw)
        + chunk(b"IEND", b"")
    )


# ---------------------------------------------------------------------------
# labels, registry, receipts
# ---------------------------------------------------------------------------


def label(kind: str, lang: str, present: str = "", notes: str = "", **facts: object) -> dict:
    p = present.split()
    assert kind in KINDS and lang in ("sv", "en")
    assert all(x in ELS for x in p), p
    assert set(facts) <= set(FACTS), set(facts) - set(FACTS)
    return {
        "kind": kind,
        "language": lang,
        "elements": {e: e in p for e in ELS},
        "facts": {f: facts.get(f) for f in FACTS},
        "notes": notes,
    }


MAILS: list[tuple[int, str, bytes, dict]] = []
APP_IDS: dict[str, int] = {}  # Message-ID of applications -> number
BUILDERS = []


def mail(fn):
    BUILDERS.append(fn)
    return fn


def add(num: int, slug: str, raw: bytes, lab: dict, msgid: str | None = None) -> None:
    if lab["kind"] == "application":
        assert msgid
        APP_IDS[msgid] = num
    MAILS.append((num, slug, raw, lab))


GUIDE = {
    "association": [
        "Förening/grupp: föreningens eller gruppens namn och något om den (t.ex. antal medlemmar eller organisationsnummer)",
        "Sökande: vilken förening eller grupp som söker, och lite om den",
    ],
    "contact": [
        "Kontaktperson: namn och e-post eller telefon till den som vi kan kontakta",
        "Kontaktperson: vem vi når för frågor (namn + telefon eller e-post)",
    ],
    "activity": [
        "Aktivitet: vad ni ska göra, när och hur, och på vilket sätt det utvecklar bygden",
        "Aktiviteten: en konkret beskrivning av vad som ska hända och hur orten får nytta av det",
    ],
    "anchoring": [
        "Lokal förankring: hur idén är förankrad på orten, t.ex. byamöte, enkät eller samarbete med andra lokala föreningar",
        "Förankring: vilka i bygden som står bakom (möte, enkät, samarbetspartner, frivilliga)",
    ],
    "budget": [
        "Budget: en översiktlig budget med kostnadsposter och belopp",
        "Budget: vilka kostnader ni räknar med och ungefär hur mycket varje post kostar",
    ],
}


def receipt(case: str, missing: list[str], variant: int = 0) -> str:
    lines = [
        "Hej!",
        "",
        f"Tack för er ansökan om idéslanten! Vi har tagit emot den och gett den ärendenummer {case}."
        if variant == 0
        else f"Tack för att ni söker regional bygdepeng – idéslanten. Er ansökan är registrerad med ärendenummer {case}.",
        "",
    ]
    if missing:
        lines.append(
            "Vi saknar följande i er ansökan:"
            if variant == 0
            else "För att vi ska kunna bedöma ansökan behöver vi komplettering med:"
        )
        for m in missing:
            lines.append(f"– {GUIDE[m][variant]}")
        lines.append("")
        lines.append(
            "Svara gärna på det här mejlet med det som saknas, så kopplas kompletteringen till ert ärende."
            if variant == 0
            else "Svara på detta mejl med kompletteringen, behåll ärendenumret i ämnesraden."
        )
    else:
        lines.append(
            "Ansökan verkar innehålla alla delar. Landsbygdsutvecklaren återkommer efter beredningen."
        )
    lines += [
        "",
        "Vänliga hälsningar",
        "Idéslanten – Region Kalmar län",
        "(automatiskt svar, landsbygdsutvecklare@example.se)",
    ]
    return "\n".join(lines)


def receipt_id(case: str) -> str:
    return f"<receipt.{case}@example.se>"


# ---------------------------------------------------------------------------
# mails
# ---------------------------------------------------------------------------

# === MAILS BELOW ===


@mail
def m3901() -> None:
    org = orgnr("802411573")
    body = f"""Hej!

Kristdala Hembygdsförening (org.nr {org}) vill söka idéslanten för det vi kallar "Röster från socknen".

Om oss: en ideell förening som sedan 1946 sköter hembygdsgården vid kyrkan och samlar socknens historia. Vi är i dag 64 medlemmar, kvinnor och män mellan 19 och 93 år.

Det här vill vi göra:
De äldsta i socknen minns stenhuggeriet, småskolorna och hur det var när tåget slutade stanna. Ingenting av det är inspelat. Sex onsdagskvällar i höst (med start 16 september, kl. 18.30–20.30) sätter sig elever från högstadiet i Kristdala skola två och två med en äldre bybo i bygdegården och spelar in ett samtal på en halvtimme. En ljudtekniker från Oskarshamn visar utrustningen första kvällen och klipper sedan ihop inspelningarna. Allt lämnas till hembygdsarkivet, och lördag 28 november spelar vi upp ett urval på en lyssnarkväll i bygdegården som är öppen för alla i socknen.

Varför det är bra för Kristdala: unga och gamla lär känna varandra på riktigt, ungdomarna får veta varför byn ser ut som den gör, och skolan och nyinflyttade får ett ljudarkiv att använda. Berättarna är både kvinnor och män.

Förankring: Idén togs upp på medlemsmötet 8 december 2025 där 29 medlemmar var med och alla sa ja. Rektorn på Kristdala skola har sagt ja till att klass 8 är med, och PRO Kristdala hjälper oss hitta berättare – elva personer har redan anmält sig.

Budget
Hyra av inspelningsutrustning, 6 kvällar ..... 2 400 kr
Arvode ljudtekniker (mot faktura) ............ 3 000 kr
Lokalhyra bygdegården, 6 x 400 kr ............ 2 400 kr
Fika, 7 tillfällen ........................... 1 800 kr
Affischer och annons i lokalbladet ............. 600 kr
Summa ....................................... 10 200 kr

Vi söker alltså 10 200 kronor.

Kontaktperson:
Margareta Sjöholm, sekreterare
margareta.sjoholm@example.com
0491-174 06 05 (hem), 070-174 06 06

Med vänlig hälsning
Margareta Sjöholm
för styrelsen i Kristdala Hembygdsförening
"""
    mid = "<9f1c2a44-3901-kristdala@example.com>"
    raw = message(
        [
            ("From", addr("Margareta Sjöholm", "margareta.sjoholm@example.com")),
            ("To", OFFICER),
            ("Subject", hdr("Ansökan idéslanten 2026 – Kristdala Hembygdsförening")),
            ("Date", date(1, 12, 9, 14)),
            ("Message-ID", mid),
        ],
        text_part(body, cs="utf-8", cte="quoted-printable"),
    )
    add(
        3901,
        "kristdala-roster-fran-socknen",
        raw,
        label(
            "application",
            "sv",
            "association contact activity anchoring budget",
            "Complete application, utf-8 quoted-printable. Activity is an oral-history recording project described without any course/lecture noun: six Wednesday evenings from 16 September, pupils interview elders, recordings to the archive, a listening evening 28 November; local benefit stated. Anchoring: member meeting with 29 present, school and PRO cooperation, eleven storytellers signed up. Budget with five items summing to 10 200, which is also the applied amount. The sound technician is paid against invoice (a fee, not salary); renting recording kit is not an investment. Members 64; both women and men explicitly. First phone is the landline.",
            association_name="Kristdala Hembygdsförening",
            org_number=org,
            contact_name="Margareta Sjöholm",
            contact_email="margareta.sjoholm@example.com",
            contact_phone="0491-174 06 05",
            members=64,
            ort="Kristdala",
            amount_sek=10200,
            women_and_men=True,
            salary_costs=False,
            physical_investment=False,
        ),
        mid,
    )


@mail
def m3902() -> None:
    text = """BYGDENYTT SYDOST – nyhetsbrev nr 1, januari 2026

Hej bygdeaktiv!

* Idéslanten öppnar igen
Region Kalmar län delar även i år ut regional bygdepeng – idéslanten, upp till 15 000 kr per ort och år. Pengarna kan gå till lokalhyra, föreläsare, studieresor och möten. Tänk på att beskriva aktiviteten konkret och hur den är förankrad i byn. Skicka ansökan till landsbygdsutvecklaren.

* Tips: så skriver ni en bra budget
Dela upp kostnaderna i poster – hyra, fika, resa, arvode – och sätt ett belopp på varje. Lön och inköp av utrustning ingår inte.

* Kalendarium
14 februari: Träff för byalag i Nybro kommun, Alsterbro bygdegård
7 mars: Nätverksdag för bygdegårdar, Vimmerby

Du får det här brevet för att du anmält dig till Bygdenytt Sydost.
Avsluta prenumerationen: https://nyhetsbrev.example.org/avsluta?id=88213
"""
    html = """<html><body style="font-family:Arial,sans-serif">
<h1 style="color:#2a6e3f">Bygdenytt Sydost</h1><p><i>nyhetsbrev nr 1, januari 2026</i></p>
<p>Hej bygdeaktiv!</p>
<h2>Idéslanten öppnar igen</h2>
<p>Region Kalmar län delar även i år ut <b>regional bygdepeng – idéslanten</b>, upp till 15&nbsp;000 kr per ort och år. Pengarna kan gå till lokalhyra, föreläsare, studieresor och möten. Tänk på att beskriva aktiviteten konkret och hur den är förankrad i byn. Skicka ansökan till landsbygdsutvecklaren.</p>
<h2>Tips: så skriver ni en bra budget</h2>
<p>Dela upp kostnaderna i poster – hyra, fika, resa, arvode – och sätt ett belopp på varje. Lön och inköp av utrustning ingår inte.</p>
<h2>Kalendarium</h2>
<ul><li>14 februari: Träff för byalag i Nybro kommun, Alsterbro bygdegård</li><li>7 mars: Nätverksdag för bygdegårdar, Vimmerby</li></ul>
<p style="font-size:11px;color:#777">Du får det här brevet för att du anmält dig till Bygdenytt Sydost. <a href="https://nyhetsbrev.example.org/avsluta?id=88213">Avsluta prenumerationen</a></p>
</body></html>
"""
    body = multipart(
        "alternative",
        [
            text_part(text, cte="quoted-printable"),
            text_part(html, sub="html", cte="quoted-printable"),
        ],
        "----=_NL_Part_20260114_0001",
    )
    raw = message(
        [
            ("From", addr("Bygdenytt Sydost", "nyhetsbrev@example.org")),
            ("To", OFFICER),
            ("Subject", hdr("Bygdenytt Sydost nr 1/2026: Idéslanten öppnar igen")),
            ("Date", date(1, 14, 7, 30)),
            ("Message-ID", "<nl.2026-01.88213@example.org>"),
            ("List-Id", "Bygdenytt Sydost <bygdenytt.example.org>"),
            (
                "List-Unsubscribe",
                "<https://nyhetsbrev.example.org/avsluta?id=88213>, <mailto:avsluta@example.org?subject=avsluta>",
            ),
            ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
            ("Precedence", "bulk"),
        ],
        body,
    )
    add(
        3902,
        "nyhetsbrev-bygdenytt",
        raw,
        label(
            "newsletter",
            "sv",
            "",
            "Newsletter (multipart/alternative, List-Id, List-Unsubscribe, Precedence: bulk) that talks about idéslanten, the 15 000 kr cap and how to write a budget. It applies for nothing, so all elements false and every fact null; the bot must not reply.",
        ),
    )


@mail
def m3903() -> None:
    org = orgnr("802460218")
    body = f"""Hej,

Vi i Figeholms Byalag (org.nr {org}) söker idéslanten för 2026. Byalaget har 45 medlemmar och jobbar för att det ska vara bra att bo i Figeholm året runt - vi sköter badplatsen, julmarknaden och anslagstavlorna vid hamnen.

Idén kallar vi "Skruvtisdag". Varannan tisdag från 1 september till 15 december öppnar vi gamla brandstationen vid hamnen kl 18-21 och bjuder in grannarna att laga elcyklar, gräsklippare, cykelkärror och annat som står trasigt i garagen - tillsammans. Den som kan visar den som inte kan. Tre pensionerade mekaniker i byn har lovat att vara på plats varje gång. Det blir ett ställe där nyinflyttade och gamla figeholmare träffas en vanlig vardagskväll, och saker lagas i stället för att köras till tippen i Oskarshamn. Alla är välkomna, tjejer som killar, unga som gamla.

Verktyg tar var och en med sig, vi köper inget. Reservdelar betalar den som äger prylen.

Bakom idén står byastämman 30 november i fjol, där 31 personer var med och alla var för. Figeholms Brandkårsveteraner lånar ut brandstationen och har lovat att hålla i kaffet.

Vi söker 12 000 kr. Budgeten är inte riktigt klar, kassören räknar på el och städning och skickar den när den är färdig.

Hälsningar
Lars-Göran Holm
ordf. Figeholms Byalag
070-174 06 23
"""
    mid = "<20260119183302.GA4412@example.net>"
    raw = message(
        [
            ("From", addr("Lars-Göran Holm", "lgholm@example.net", "iso-8859-1")),
            ("To", OFFICER),
            ("Subject", "Skruvtisdag i Figeholm - ansokan"),
            ("Date", date(1, 19, 18, 33, 2)),
            ("Message-ID", mid),
            ("User-Agent", "Mutt/2.2.12"),
        ],
        text_part(body, cs="iso-8859-1", cte="8bit"),
    )
    add(
        3903,
        "figeholm-skruvtisdag",
        raw,
        label(
            "application",
            "sv",
            "association contact activity anchoring",
            "iso-8859-1 8bit, Mutt. Activity true although no classic noun is used: repair evenings ('Skruvtisdag') every other Tuesday 1 Sep–15 Dec in the old fire station, neighbours fix e-bikes and lawnmowers together, three retired mechanics; local benefit (newcomers meet old residents, less to the tip). Anchoring: village meeting 30 Nov with 31 present, fire-brigade veterans lend the station. Budget false: only the requested 12 000 kr and 'kommer när den är färdig', so amount_sek 12000. Tools are brought by participants – no investment. Both genders ('tjejer som killar').",
            association_name="Figeholms Byalag",
            org_number=org,
            contact_name="Lars-Göran Holm",
            contact_email="lgholm@example.net",
            contact_phone="070-174 06 23",
            members=45,
            ort="Figeholm",
            amount_sek=12000,
            women_and_men=True,
            salary_costs=False,
            physical_investment=False,
        ),
        mid,
    )


@mail
def m3904() -> None:
    org = orgnr("802502667")
    body = f"""Hej!

Alsterbro Framtid är en ideell förening som bildades 2019 av boende i Alsterbro och Flerohopp. Vi har idag 58 medlemmar och org.nr {org}.

Vi vill söka idéslanten för 2026. Vårt mål är att stärka gemenskapen i byn och skapa fler mötesplatser. Vi tänker oss aktiviteter för alla åldrar under året, för barnfamiljer, pensionärer och de som är nya i byn, och något för ungdomarna som inte har så mycket att göra här. Vi vill helt enkelt att det ska hända mer i Alsterbro och att fler ska vilja flytta hit!

Förankring: Hösten 2025 delade vi ut en enkät till alla 140 hushåll i Alsterbro. 88 svarade och det vanligaste önskemålet var fler tillfällen att träffas. Årsmötet i november ställde sig bakom att vi söker, och Alsterbro IF har sagt att vi får vara i klubbstugan.

Budget:
Lokalhyra 4 000 kr
Fika och mat 3 000 kr
Material 2 500 kr
Annonsering 1 500 kr
Totalt 11 000 kr

Vänliga hälsningar
Annelie Forsberg
Kassör, Alsterbro Framtid
0481-174 06 31
"""
    mid = "<AM0PR08MB3904A1B2C3D4E5F6@example.com>"
    raw = message(
        [
            ("From", addr("Annelie Forsberg", "annelie.forsberg@example.com")),
            ("To", addr("Landsbygdsutvecklare Region Kalmar", OFFICER)),
            ("Subject", hdr("Ansökan bygdepeng Alsterbro Framtid", "iso-8859-1")),
            ("Date", date(1, 22, 13, 58)),
            ("Message-ID", mid),
            ("X-Mailer", "Microsoft Outlook 16.0"),
            ("Content-Language", "sv-SE"),
        ],
        text_part(body, cs="windows-1252", cte="quoted-printable"),
    )
    add(
        3904,
        "alsterbro-framtid-vag",
        raw,
        label(
            "application",
            "sv",
            "association contact anchoring budget",
            "windows-1252 quoted-printable. Activity false: the mail sounds busy ('stärka gemenskapen', 'skapa fler mötesplatser', 'aktiviteter för alla åldrar under året', 'något för ungdomarna') but never says what will actually be done, when or how. Everything else is solid: named association with 58 members and org.nr, named treasurer with phone from her own address, anchoring via a household survey (88 of 140 answered), the annual meeting and the sports club lending its hut, and a four-item budget totalling 11 000. Ages but no genders are mentioned, so women_and_men null.",
            association_name="Alsterbro Framtid",
            org_number=org,
            contact_name="Annelie Forsberg",
            contact_email="annelie.forsberg@example.com",
            contact_phone="0481-174 06 31",
            members=58,
            ort="Alsterbro",
            amount_sek=11000,
            women_and_men=None,
            salary_costs=False,
            physical_investment=False,
        ),
        mid,
    )


@mail
def m3905() -> None:
    case = "2026-0009"
    rc = receipt(case, ["budget"])
    body = f"""Hej igen

Här kommer budgeten som kassören Birgitta räknat fram:

Hyra brandstationen: 0 kr (lånas gratis av veteranerna)
El och värme, 8 kvällar à 250 kr: 2 000 kr
Kaffe och bullar, 8 x 350 kr: 2 800 kr
Förbrukning (buntband, tejp, olja, slangar, lappar): 2 200 kr
Städmaterial och sopsäckar: 800 kr
Hyra av släpkärra till återvinningen, 4 ggr x 500 kr: 2 000 kr
Affischer och annons i lokaltidningen: 1 200 kr
Försäkring för kvällarna: 1 000 kr
Summa: 12 000 kr

Lars-Göran Holm

Den mån 19 jan. 2026 kl 18:41 skrev Idéslanten – Region Kalmar län <{BOT_ADDR}>:

{quote(rc)}
"""
    raw = message(
        [
            ("From", addr("Lars-Göran Holm", "lgholm@example.net")),
            ("To", BOT),
            ("Subject", hdr(f"Re: Skruvtisdag i Figeholm - ansokan [Idéslanten {case}]")),
            ("Date", date(1, 26, 20, 7)),
            ("Message-ID", "<20260126200712.GB5521@example.net>"),
            ("In-Reply-To", receipt_id(case)),
            ("References", f"<20260119183302.GA4412@example.net> {receipt_id(case)}"),
            ("User-Agent", "Mutt/2.2.12"),
        ],
        text_part(body, cs="utf-8", cte="8bit"),
    )
    add(
        3905,
        "figeholm-budget-kompletterad",
        raw,
        label(
            "followup",
            "sv",
            "contact budget",
            "Followup to 3903 (Figeholm) replying to the bot's receipt (In-Reply-To = receipt, References include the application). The new text supplies exactly the missing budget: eight lines with amounts summing to 12 000. Contact true because the mail is signed with the full name from his own address. The quoted receipt (which lists 'Budget: ...') is not new text. Consumables, renting a trailer and insurance are neither salary nor investment. Ort read from the subject line.",
            association_name=None,
            contact_name="Lars-Göran Holm",
            contact_email="lgholm@example.net",
            ort="Figeholm",
            amount_sek=12000,
            salary_costs=False,
            physical_investment=False,
        ),
    )


@mail
def m3906() -> None:
    org = orgnr("802003941")
    paras = [
        "**Ansökan om regional bygdepeng – idéslanten 2026",
        "",
        "**Sökande",
        f"Ruda Bygdegårdsförening, org.nr {org}. Föreningen bildades 1952 och driver bygdegården mitt i Ruda. Vi har 87 medlemmar (ett hushållsmedlemskap räknas som en medlem).",
        "",
        "**Kontaktperson",
        "Gunnel Ek, ordförande, telefon 070-174 06 44, e-post gunnel.ek@example.com",
        "",
        "**Vad vi vill göra: ”Frö & Skott i Ruda”",
        "Lördag 18 april kl. 10–14 dukar vi upp långbord i bygdegården. Byborna tar med fröer de tagit själva, sticklingar, sättpotatis och överblivna plantor och byter med varandra. Medlemmar i Ruda Trädgårdssällskap står vid ett bord och visar hur man tar fröer från tomat och böna, barnen sår solrosor i mjölkpaket som de får ta hem, och vi startar en fröbank i ett gammalt apotekarskåp som redan står i bygdegårdens hall. Där kan vem som helst lämna och hämta fröer året runt. Lördag 19 september följer vi upp med en skördeträff där vi byter det som blev och skriver ner vilka gamla Rudasorter som fortfarande odlas.",
        "",
        "**Hur det utvecklar bygden",
        "Gamla lokala sorter räddas, odlingskunskap går från äldre till yngre, och nyinflyttade får en naturlig väg in i byn. Dagen är öppen för alla – kvinnor och män, barn och pensionärer.",
        "",
        "**Förankring",
        "Medlemsmötet 25 januari (34 närvarande) beslutade att genomföra dagen. Ruda Trädgårdssällskap och klass 4–6 på Ruda skola är med och planerar, och tolv medlemmar har anmält sig som funktionärer.",
        "",
        "**Budget",
        "Annonsering och affischer: 900 kr",
        "Fröpåsar, etiketter, jord och mjölkpaket till barnen: 1 400 kr",
        "Fika till cirka 80 personer vid två tillfällen: 2 600 kr",
        "Arvode och resa för en fröodlare från Kalmar som är med hela dagen i april: 2 500 kr",
        "Summa: 7 400 kr – det är också vad vi söker.",
    ]
    text = "Hej!\n\nHär kommer vår ansökan till idéslanten, den ligger som Word-fil.\nHör av er om något är oklart.\n\nHälsningar\nGunnel Ek\nRuda Bygdegårdsförening\n070-174 06 44\n"
    body = multipart(
        "mixed",
        [
            text_part(text, cs="utf-8", cte="base64"),
            attachment(
                docx(paras),
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                "Ansokan_idéslanten_Ruda_2026.docx",
            ),
        ],
        "=_ruda_7c1e0b5a",
    )
    mid = "<CAK8v2Rr+3906.ruda.Fq@example.com>"
    raw = message(
        [
            ("From", addr("Gunnel Ek", "gunnel.ek@example.com")),
            ("To", OFFICER),
            ("Subject", hdr("Ansökan Ruda – Frö & Skott")),
            ("Date", date(1, 29, 10, 2)),
            ("Message-ID", mid),
        ],
        body,
    )
    add(
        3906,
        "ruda-fro-och-skott-docx",
        raw,
        label(
            "application",
            "sv",
            "association contact activity anchoring budget",
            "Complete application where the body (utf-8 base64) only says 'see the Word file'; everything is in a .docx attachment with a non-ASCII file name (RFC 2231). Activity: a seed and cutting swap day 18 April 10–14 with a demonstration table, children sowing, a permanent seed bank in an existing cabinet and a follow-up harvest swap 19 September – concrete without the words kurs/föreläsning. Anchoring: member meeting with 34 present, garden society and school classes, twelve volunteers. Budget four items = 7 400, the applied amount. The cabinet already exists (no investment); seed bags and soil are consumables; the grower's fee is not salary.",
            association_name="Ruda Bygdegårdsförening",
            org_number=org,
            contact_name="Gunnel Ek",
            contact_email="gunnel.ek@example.com",
            contact_phone="070-174 06 44",
            members=87,
            ort="Ruda",
            amount_sek=7400,
            women_and_men=True,
            salary_costs=False,
            physical_investment=False,
        ),
        mid,
    )


@mail
def m3907() -> None:
    body = """Hej.

Jag sitter i styrelsen för Bergkvara Båtklubb. Vi funderar på att söka idéslanten till hösten för en studieresa till Bornholm för att titta på hur de har gjort med sina små fiskehamnar.

Tre frågor:
1. Får resan gå utomlands eller måste den vara i Sverige?
2. Gäller 15 000 kr per förening eller per ort? Bergkvara Byalag har redan pratat om att söka till en julmarknad och vi vill inte ta deras pengar.
3. Finns det någon sista dag att söka?

Mvh
Per-Olof Strand
Bergkvara Båtklubb
0486-174 06 51
"""
    raw = message(
        [
            ("From", addr("Per-Olof Strand", "postrand@example.se")),
            ("To", OFFICER),
            ("Subject", hdr("Fråga om idéslanten – resa till Bornholm?")),
            ("Date", date(2, 2, 8, 12)),
            ("Message-ID", "<5b0e1f3c-3907-bergkvara@example.se>"),
        ],
        text_part(body, cs="utf-8", cte="8bit"),
    )
    add(
        3907,
        "bergkvara-fraga-utlandsresa",
        raw,
        label(
            "question",
            "sv",
            "",
            "Question, not an application: a boat club asks whether a study trip abroad is allowed, whether the 15 000 kr cap is per association or per locality, and about a deadline. The 15 000 is a rule amount, so amount_sek null. Facts as stated: club name, the asking person with phone and own address, ort Bergkvara. No salary or investment proposed, so those are null.",
            association_name="Bergkvara Båtklubb",
            contact_name="Per-Olof Strand",
            contact_email="postrand@example.se",
            contact_phone="0486-174 06 51",
            ort="Bergkvara",
        ),
    )


@mail
def m3908() -> None:
    org = orgnr("802477325")
    body = f"""Hej

Gräsgårds Byförening söker idéslanten. Vi är en förening med 33 medlemmar på sydöstra Öland, org nr {org}.

Beslutet att söka togs på byamötet i gamla skolan i Gräsgård den 2 februari, 23 personer var där och alla var överens. Vi gör det ihop med Gräsgårds Hamnförening som också ställer upp med folk.

Det vi söker till:
Buss 4 800 kr
Lokalhyra 1 200 kr
Arvode 2 500 kr
Fika 900 kr
Summa 9 400 kr

Hör av er om ni undrar nåt.

Stina Gustavsson, sekreterare
0485-174 06 57
"""
    mid = "<d41d8cd9-3908-4b1a-9f00-grasgard@example.com>"
    raw = message(
        [
            ("From", addr("Stina Gustavsson", "stina.g@example.com")),
            ("To", OFFICER),
            ("Subject", hdr("Bygdepeng Gräsgård")),
            ("Date", date(2, 5, 21, 40)),
            ("Message-ID", mid),
        ],
        text_part(body, cs="utf-8", cte="8bit"),
    )
    add(
        3908,
        "grasgard-bara-budgetlista",
        raw,
        label(
            "application",
            "sv",
            "association contact anchoring budget",
            "utf-8 8bit. The activity exists only as a bare budget list (Buss, Lokalhyra, Arvode, Fika): nothing says where the bus goes, what the fee is for, when anything happens or how it helps Gräsgård, so activity is false while budget is true (four items, sum 9 400, taken as amount). Anchoring true: village meeting 2 February with 23 present, joint with the harbour association. Association named with 33 members and org.nr; contact is the signing secretary with phone from her own address.",
            association_name="Gräsgårds Byförening",
            org_number=org,
            contact_name="Stina Gustavsson",
            contact_email="stina.g@example.com",
            contact_phone="0485-174 06 57",
            members=33,
            ort="Gräsgård",
            amount_sek=9400,
            women_and_men=None,
            salary_costs=False,
            physical_investment=False,
        ),
        mid,
    )


@mail
def m3909() -> None:
    org = orgnr("802531470")
    body = f"""Dear Sir or Madam,

We are Löttorp Newcomers' Network (in Swedish: Nätverket Nya Löttorpare), a non-profit association registered in 2024, org. no. {org}. We have 27 members: Dutch, German, Polish and Swedish families who moved to northern Öland during the last few years, plus several Löttorp-born members who like to help.

What we plan: "Fika walks". Every second Sunday from 3 May to 27 September (11 walks) we meet at 13:00 outside the bygdegård, walk 4–6 km on the old paths between Löttorp, Sandvik and Böda together with one or two local people who know the stories of the farms, the quarries and the alvar, and we speak Swedish the whole way – slow Swedish is fine. We end with coffee in the bygdegård. The idea is that newcomers learn the language and the village, locals get to know the new neighbours, and more of us stay year-round instead of leaving after the summer. Open to everyone, women and men, families with children.

We hope many people in the village will join, and we really think the idea will be popular.

Budget:
- Rent of the bygdegård for coffee, 11 x 300 SEK = 3 300 SEK
- Coffee, cinnamon buns and juice, 11 x 400 SEK = 4 400 SEK
- Printing posters and a simple path map = 1 100 SEK
Total: 8 800 SEK

Contact person: Joost van Dijk (chair), +46 70 174 06 62, joost.vandijk@example.org

Kind regards,
Joost van Dijk
Löttorp Newcomers' Network
"""
    mid = "<3909.lottorp.newcomers.1a2b@example.org>"
    raw = message(
        [
            ("From", addr("Joost van Dijk", "joost.vandijk@example.org")),
            ("To", OFFICER),
            ("Subject", hdr("Application idéslanten – Löttorp Newcomers' Network")),
            ("Date", date(2, 9, 16, 25)),
            ("Message-ID", mid),
            ("Content-Language", "en-GB"),
        ],
        text_part(body, cs="utf-8", cte="quoted-printable"),
    )
    add(
        3909,
        "lottorp-fika-walks-english",
        raw,
        label(
            "application",
            "en",
            "association contact activity budget",
            "Application in English (utf-8 QP). Activity true: guided Swedish-speaking 'fika walks' every second Sunday 3 May–27 Sep, 13:00, 4–6 km with local guides, coffee in the bygdegård; benefit: language, integration, year-round residents. Anchoring false: only 'we hope many people will join' and 'we think it will be popular' – a hope, no meeting, survey or partner. Budget three items, total 8 800. Members 27; 'women and men' stated. Contact phone in international format.",
            association_name="Löttorp Newcomers' Network",
            org_number=org,
            contact_name="Joost van Dijk",
            contact_email="joost.vandijk@example.org",
            contact_phone="+46 70 174 06 62",
            members=27,
            ort="Löttorp",
            amount_sek=8800,
            women_and_men=True,
            salary_costs=False,
            physical_investment=False,
        ),
        mid,
    )


@mail
def m3910() -> None:
    case = "2026-0011"
    rc = receipt(case, ["activity"], 1)
    new = """Hej!

Tack för snabbt svar. Med aktiviteter menar vi att vi vill ha olika träffar under året där alla kan vara med. Vad det blir beror på vad medlemmarna vill och vad som går att ordna, det vill vi inte låsa nu. Det viktiga för oss är att byn lever och att folk lär känna varandra. Vi tar gärna emot tips på vad andra byar har gjort!

Hälsningar
Annelie Forsberg
Kassör, Alsterbro Framtid
0481-174 06 31
"""
    orig_head = f"""-----Ursprungligt meddelande-----
Från: {BOT_NAME} <{BOT_ADDR}>
Skickat: den 22 januari 2026 14:02
Till: Annelie Forsberg <annelie.forsberg@example.com>
Ämne: Re: Ansökan bygdepeng Alsterbro Framtid [Idéslanten {case}]

"""
    plain = new + "\n" + orig_head + rc + "\n"
    html = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"></head><body>'
        + "".join(
            f"<p>{esc_xml(p).replace(chr(10), '<br>')}</p>" for p in new.strip().split("\n\n")
        )
        + '<div style="border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0 0 0"><p><b>Från:</b> '
        + esc_xml(f"{BOT_NAME} <{BOT_ADDR}>")
        + "<br><b>Skickat:</b> den 22 januari 2026 14:02<br><b>Till:</b> Annelie Forsberg<br><b>Ämne:</b> Re: Ansökan bygdepeng Alsterbro Framtid [Idéslanten "
        + case
        + "]</p></div>"
        + "".join(f"<p>{esc_xml(p).replace(chr(10), '<br>')}</p>" for p in rc.split("\n\n"))
        + "</body></html>\n"
    )
    body = multipart(
        "alternative",
        [
            text_part(plain, cs="windows-1252", cte="quoted-printable"),
            text_part(html, sub="html", cs="windows-1252", cte="quoted-printable"),
        ],
        "_000_AM0PR08MB3910B7E1D2C3A4F5_",
    )
    raw = message(
        [
            ("From", addr("Annelie Forsberg", "annelie.forsberg@example.com")),
            ("To", BOT),
            (
                "Subject",
                hdr(f"SV: Ansökan bygdepeng Alsterbro Framtid [Idéslanten {case}]", "iso-8859-1"),
            ),
            ("Thread-Topic", hdr("Ansökan bygdepeng Alsterbro Framtid", "iso-8859-1")),
            ("Date", date(2, 11, 9, 47)),
            ("Message-ID", "<AM0PR08MB3910C9D8E7F6A5B4@example.com>"),
            ("In-Reply-To", receipt_id(case)),
            ("References", f"<AM0PR08MB3904A1B2C3D4E5F6@example.com> {receipt_id(case)}"),
            ("X-Mailer", "Microsoft Outlook 16.0"),
            ("Content-Language", "sv-SE"),
        ],
        body,
    )
    add(
        3910,
        "alsterbro-svar-fortfarande-vagt",
        raw,
        label(
            "followup",
            "sv",
            "contact",
            "Outlook followup (multipart/alternative, windows-1252 QP, top-posted with a '-----Ursprungligt meddelande-----' block) to 3904, answering the receipt that asked for the activity. The new text still gives no concrete activity ('olika träffar under året', 'vad det blir beror på vad medlemmarna vill') – it supplies nothing useful, so activity stays false. Contact true: the treasurer signs with full name and phone from her own address. Association false: only the name in the signature. The quoted receipt's guidance lines must not count.",
            association_name="Alsterbro Framtid",
            contact_name="Annelie Forsberg",
            contact_email="annelie.forsberg@example.com",
            contact_phone="0481-174 06 31",
            salary_costs=False,
            physical_investment=False,
        ),
    )


@mail
def m3911() -> None:
    body = """Hej!!

Vi är Målilla Ungdomsråd, en förening för unga 13-19 år i Målilla. Vi är 14 medlemmar (tjejer och killar) och har en vuxen kontakt på fritidsgården men det är vi som bestämmer. Org nr har vi inte, vi är inte registrerade än.

Vi vill göra en podd som heter Målilla Unplugged. Såhär: 8 avsnitt mellan mars och juni, vi spelar in varannan torsdag efter skolan i lilla rummet på Folkets hus (vi får låna det). Varje avsnitt intervjuar vi nån i byn som folk inte vet så mycket om – typ han som har hand om motorbanan, tjejerna som startade caféet, en familj som flyttat hit från Syrien, the old guy who still builds wooden boats lol. Sen lägger vi ut det på Spotify och kör första avsnittet live på en release-kväll på Folkets hus i juni där hela byn är välkommen. The point är att unga och vuxna i Målilla ska höra varandras röster och att fler ska fatta att det händer grejer här.

Förankring: fritidsgården hjälper oss och Målilla Hembygdsförening ger oss kontakter till folk att intervjua, 6 st har redan sagt ja. Vi röstade om det på vårt möte i januari, alla 14 var med.

Budget:
2 mikrofoner + stativ 2 400 kr (köper, vi har inga)
Hörlurar 2 st 800 kr
Fika till gästerna 8 x 150 = 1 200 kr
Release-kvällen: hyra Folkets hus 1 500 kr, fika 1 000 kr, affischer 400 kr
= 7 300 kr

Kontakt: Elin Johansson (17 år), 070-174 06 70, elin.johansson07@example.com

/Elin

Skickat från min iPhone
"""
    mid = "<A3F1C2D4-3911-4E5F-8A9B-MALILLA0001@example.com>"
    raw = message(
        [
            ("Content-Type", 'text/plain; charset="utf-8"'),
            ("Content-Transfer-Encoding", "8bit"),
            ("From", addr("Elin Johansson", "elin.johansson07@example.com")),
            ("Subject", hdr("ansökan podd målilla!!")),
            ("Date", date(2, 16, 16, 51)),
            ("To", OFFICER),
            ("Message-ID", mid),
            ("X-Mailer", "iPhone Mail (21D61)"),
        ],
        b"\n" + body.encode("utf-8"),
    )
    add(
        3911,
        "malilla-ungdomspodd",
        raw,
        label(
            "application",
            "sv",
            "association contact activity anchoring budget",
            "iPhone mail, headers in unusual order, utf-8 8bit, Swedish mixed with English phrases. Complete: youth council with 14 members (no org.nr yet); activity is a youth-led podcast – 8 episodes March–June recorded every other Thursday in Folkets hus, each interviewing a villager, plus a public release evening in June, with the local point spelled out. Anchoring: youth club and the local heritage society help, six interviewees agreed, vote at the members' meeting. Budget items sum to 7 300. Buying microphones, stands and headphones is a physical investment (true). 'tjejer och killar' – both genders.",
            association_name="Målilla Ungdomsråd",
            contact_name="Elin Johansson",
            contact_email="elin.johansson07@example.com",
            contact_phone="070-174 06 70",
            members=14,
            ort="Målilla",
            amount_sek=7300,
            women_and_men=True,
            salary_costs=False,
            physical_investment=True,
        ),
        mid,
    )


@mail
def m3912() -> None:
    body = """Hej,

Jag är på semester till och med måndag 2 mars och läser inte min e-post.

Brådskande frågor om Gräsgårds Byförening går till ordförande Sven Nilsson, 0485-174 06 58.

Stina Gustavsson
"""
    raw = message(
        [
            ("From", addr("Stina Gustavsson", "stina.g@example.com")),
            ("To", OFFICER),
            ("Subject", hdr("Frånvaromeddelande: SV: Bygdepeng Gräsgård")),
            ("Date", date(2, 17, 10, 3)),
            ("Message-ID", "<auto.3912.stina@example.com>"),
            ("In-Reply-To", "<officer.20260217.0955.grasgard@example.se>"),
            (
                "References",
                "<d41d8cd9-3908-4b1a-9f00-grasgard@example.com> <officer.20260217.0955.grasgard@example.se>",
            ),
            ("Auto-Submitted", "auto-replied"),
            ("X-Autoreply", "yes"),
            ("X-Auto-Response-Suppress", "All"),
        ],
        text_part(body, cs="utf-8", cte="quoted-printable"),
    )
    add(
        3912,
        "autosvar-grasgard-semester",
        raw,
        label(
            "autoreply",
            "sv",
            "",
            "Out-of-office reply (Auto-Submitted: auto-replied, X-Autoreply) to the officer's reply in the Gräsgård thread; References name the application 3908 but it is still an autoreply, not a followup. It mentions an association, a chairman and a phone number, but facts of autoreplies are all null and the bot must not answer.",
        ),
    )


@mail
def m3913() -> None:
    org = orgnr("802189436")
    html = f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"></head>
<body style="font-family:Georgia,serif;font-size:14px">
<h2>Ansökan om idéslanten – Byvandring i Pataholm</h2>
<p><b>Pataholms Byalag</b> är en ideell förening för boende i Pataholm och Ålems skärgård, bildad 1987. Vi har 71 medlemmar, org.nr {org}.</p>
<p><b>Vandringen.</b> Tre söndagar i juni (7, 14 och 21 juni, kl. 14) leder hembygdsforskaren Karl-Erik Lind en vandring genom Pataholm – från den gamla handelsgården och tullhuset, förbi sjömansgravarna och ner till varvsplatsen – där han berättar om tiden när Pataholm var en av de viktigaste hamnarna på kusten. Vid varje stopp läser elever från Ålems skola upp ett kort stycke ur gamla brev som de hittat i arkivet. Vi gör också en enkel vandringsfolder som sedan ligger kvar i handelsboden så att besökare kan gå rundan själva.</p>
<p>Syftet är att bybor, sommargäster och nya familjer ska känna stolthet över platsen, att berättelserna förs vidare och att handelsboden får fler besökare under säsongen.</p>
<p><b>Tillsammans med:</b> Ålems Hembygdsförening, som öppnar sitt arkiv för eleverna, och Pataholms Båtklubb, som håller i kaffet vid varvet.</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><th align="left">Budget</th><th align="right">kr</th></tr>
<tr><td>Arvode Karl-Erik Lind, 3 x 1 000 kr</td><td align="right">3 000</td></tr>
<tr><td>Tryck av vandringsfolder</td><td align="right">1 200</td></tr>
<tr><td>Annonsering</td><td align="right">800</td></tr>
<tr><td>Fika</td><td align="right">1 500</td></tr>
<tr><td><b>Summa</b></td><td align="right"><b>6 500</b></td></tr>
</table>
<p>Med vänlig hälsning<br>Styrelsen, Pataholms Byalag</p>
</body></html>
"""
    mid = "<byalaget.3913.pataholm.77e2@example.se>"
    raw = message(
        [
            ("From", addr("Pataholms Byalag", "byalaget.pataholm@example.se")),
            ("To", OFFICER),
            ("Subject", "Byvandring i Pataholm"),
            ("Date", date(2, 20, 11, 30)),
            ("Message-ID", mid),
        ],
        text_part(html, sub="html", cs="utf-8", cte="quoted-printable"),
    )
    add(
        3913,
        "pataholm-byvandring-html",
        raw,
        label(
            "application",
            "sv",
            "association activity anchoring budget",
            "HTML-only mail (utf-8 QP) with a budget table. Activity true: a village walk led by a local historian on 7, 14 and 21 June at 14, pupils reading old letters at each stop, a folder left in the shop; local benefit stated. Anchoring: cooperation with the heritage society (archive) and the boat club (coffee). Budget table sums to 6 500. Contact false: sent from the association's shared mailbox and signed only 'Styrelsen' – no named person, so contact facts null. The historian's fee is not salary; printing a folder is not an investment.",
            association_name="Pataholms Byalag",
            org_number=org,
            members=71,
            ort="Pataholm",
            amount_sek=6500,
            women_and_men=None,
            salary_costs=False,
            physical_investment=False,
        ),
        mid,
    )


@mail
def m3914() -> None:
    body = """hej vi i Halltorps IF vill söka bygdepengen till nåt för ungdomarna i sommar, aktiviteter för alla åldrar typ. vi är runt 110 medlemmar. ring mig om ni undrar nåt 073-174 06 77

/Jonny Karlsson

Skickat från Outlook för Android
"""
    mid = "<HE1PR07MB3914E2A1@example.com>"
    raw = message(
        [
            ("From", addr("jonny karlsson", "jonnyk79@example.com")),
            ("To", OFFICER),
            ("Subject", "bygdepeng"),
            ("Date", date(2, 24, 22, 16)),
            ("Message-ID", mid),
        ],
        text_part(body, cs="utf-8", cte="8bit"),
    )
    add(
        3914,
        "halltorp-nat-for-ungdomarna",
        raw,
        label(
            "application",
            "sv",
            "association contact",
            "Very short mobile mail, no punctuation. Three elements missing: activity false ('nåt för ungdomarna', 'aktiviteter för alla åldrar typ' – no what/when/how), anchoring false (nothing), budget false (no amounts at all). Association true: Halltorps IF (the sports club) with about 110 members ('runt 110' = 110). Contact true: named signer with phone from his own address. amount_sek null.",
            association_name="Halltorps IF",
            contact_name="Jonny Karlsson",
            contact_email="jonnyk79@example.com",
            contact_phone="073-174 06 77",
            members=110,
            ort="Halltorp",
            salary_costs=False,
            physical_investment=False,
        ),
        mid,
    )


@mail
def m3915() -> None:
    html = """<html><body style="font-family:Arial">
<p><img src="https://cdn.example.net/logo-region.png" alt="Region"></p>
<p>Bästa mottagare,</p>
<p>Ert bidrag på <b>14 850 SEK</b> har beviljats men utbetalningen har <b>stoppats</b> eftersom era bankuppgifter inte kunnat verifieras.</p>
<p>För att undvika att beslutet återkallas måste ni bekräfta kontonummer och BankID-uppgifter inom 24 timmar:</p>
<p><a href="https://region-kalmar-utbetalning.example.net/verifiera?id=55091" style="background:#0a5;color:#fff;padding:8px 14px;text-decoration:none">VERIFIERA UTBETALNING</a></p>
<p>Med vänliga hälsningar<br>Ekonomiavdelningen, Utbetalningar</p>
<p style="font-size:10px;color:#999">Detta meddelande skickades automatiskt. Svara inte.</p>
</body></html>
"""
    raw = message(
        [
            ("From", addr("Region Kalmar - Utbetalning", "no-reply@example.net")),
            ("Reply-To", "utbetalning.verifiering@example.net"),
            ("To", OFFICER),
            ("Subject", hdr("⚠️ Utbetalning av bidrag stoppad – åtgärd krävs")),
            ("Date", date(2, 25, 3, 12)),
            ("Message-ID", "<0102018e-55091-spam@example.net>"),
        ],
        text_part(html, sub="html", cs="utf-8", cte="base64"),
    )
    add(
        3915,
        "spam-utbetalning-stoppad",
        raw,
        label(
            "spam",
            "sv",
            "",
            "Phishing, HTML-only base64 with an emoji encoded-word subject: a fake 'grant payment stopped' notice asking for bank and BankID details via a link. Mentions a grant sum but applies for nothing; spam facts are all null.",
        ),
    )


@mail
def m3916() -> None:
    org = orgnr("802219712")
    body = f"""Hej!

Söderåkra Byalag (org.nr {org}, 96 medlemmar) söker 12 500 kr ur idéslanten till en studieresa.

Bakgrund: Sedan affären stängde 2023 har Söderåkra ingen butik. I Kristdala har byborna gått ihop i en ekonomisk förening och tagit över sin lanthandel, och det vill vi se med egna ögon innan vi bestämmer oss.

Vad vi ska göra: Lördag 16 maj åker vi en buss med 35 bybor till Kristdala. Där tar folk från deras butiksförening emot oss, visar butiken och berättar hur de fick ihop medlemsinsatserna, hur de schemalägger de frivilliga och vad som gick snett. Lunch på plats. På hemvägen delar vi in oss i tre grupper (pengar, lokal, frivilliga) som var och en redovisar på ett öppet bymöte i Söderåkra bygdegård tisdag 26 maj. Där bestämmer vi om vi ska gå vidare med en egen butik i gamla Konsumhuset.

Förankring: Byamötet 19 januari med 40 deltagare röstade för resan. Söderåkra Hembygdsförening och PRO Söderåkra står bakom och hjälper till att fylla bussen så att både kvinnor och män, unga och gamla följer med.

Budget:
Buss tur och retur Söderåkra–Kristdala   7 800 kr
Lunch 35 personer x 120 kr               4 200 kr
Utskrifter och underlag till bymötet       500 kr
Summa                                    12 500 kr

Vänliga hälsningar
Håkan Berglund, ordförande Söderåkra Byalag
tel 0486-174 06 80, mobil 070-174 06 81
"""
    mid = "<000a01dc3916$5e2f1a40$1a8e4ec0$@example.se>"
    raw = message(
        [
            ("From", addr("Håkan Berglund", "hakan.berglund@example.se", "iso-8859-1")),
            ("To", OFFICER),
            ("Subject", hdr("Idéslanten - studieresa Söderåkra till Kristdala", "iso-8859-1")),
            ("Date", date(3, 2, 19, 5)),
            ("Message-ID", mid),
            ("X-Mailer", "Microsoft Outlook 14.0"),
        ],
        text_part(body, cs="windows-1252", cte="base64"),
    )
    add(
        3916,
        "soderakra-bussresa-kristdala",
        raw,
        label(
            "application",
            "sv",
            "association contact activity anchoring budget",
            "Complete application, windows-1252 base64. Activity: a study trip by bus – 35 villagers go to see another village's member-run shop on 16 May, work in three groups on the way home and report at an open village meeting 26 May where a decision on an own shop is taken; clearly concrete and local. Anchoring: village meeting with 40 present, heritage society and PRO backing. Budget three items = 12 500, the applied amount. Both genders stated. First phone is the landline.",
            association_name="Söderåkra Byalag",
            org_number=org,
            contact_name="Håkan Berglund",
            contact_email="hakan.berglund@example.se",
            contact_phone="0486-174 06 80",
            members=96,
            ort="Söderåkra",
            amount_sek=12500,
            women_and_men=True,
            salary_costs=False,
            physical_investment=False,
        ),
        mid,
    )


@mail
def m3917() -> None:
    case = "2026-0026"
    rc = receipt(case, ["activity", "anchoring", "budget"])
    body = f"""hej igen, ok här kommer mer

vi ska köra spontanfotboll + grill på IP varje fredag kväll i juni o juli (8 ggr) kl 18-21. ungdomarna 13-16 år i klubben planerar själva vad som ska hända varje gång, ledarna från a-laget är med som vuxna. öppet för alla i byn tjejer o killar, även dom som inte spelar i klubben. tanken är att ungdomarna ska ha nåt att göra här hemma på sommaren istället för att dra in till Kalmar

kostnader: korv bröd o dricka 8 x 500 = 4000, grillkol 600, hyra av hoppborg en gång 1500, affischer 300. totalt 6400

Jonny Karlsson 073-174 06 77

Skickat från Outlook för Android

Den tis 24 feb. 2026 22:17 skrev {BOT_NAME} <{BOT_ADDR}>:
{quote(rc)}
"""
    raw = message(
        [
            ("From", addr("jonny karlsson", "jonnyk79@example.com")),
            ("To", BOT),
            ("Subject", hdr(f"Re: bygdepeng [Idéslanten {case}]")),
            ("Date", date(3, 4, 7, 41)),
            ("Message-ID", "<HE1PR07MB3917F0C3@example.com>"),
            ("In-Reply-To", receipt_id(case)),
            ("References", f"<HE1PR07MB3914E2A1@example.com> {receipt_id(case)}"),
        ],
        text_part(body, cs="utf-8", cte="quoted-printable"),
    )
    add(
        3917,
        "halltorp-svar-fotboll-grill",
        raw,
        label(
            "followup",
            "sv",
            "contact activity budget",
            "Mobile followup to 3914 (Halltorp) quoting the receipt that asked for activity, anchoring and budget. The new text now gives a concrete activity (pickup football and barbecue every Friday evening June–July, 8 times, 18–21, planned by the 13–16-year-olds, open to non-members; purpose: something to do at home in summer) and a budget in prose (four items, total 6 400). Anchoring is still missing – the youth planning and adult leaders belong to the club itself, no meeting or partner is named. Contact: full name and phone signed from own address. Renting a bouncy castle is not an investment. 'tjejer o killar' = both genders.",
            contact_name="Jonny Karlsson",
            contact_email="jonnyk79@example.com",
            contact_phone="073-174 06 77",
            amount_sek=6400,
            women_and_men=True,
            salary_costs=False,
            physical_investment=False,
        ),
    )


@mail
def m3918() -> None:
    text = """Hej

Här kommer Byxelkroks Samhällsförening sin ansökan till bygdepengen. Vi har skrivit den för hand på mötet och jag har fotat den med mobilen, den ligger i bilagan.

Vi är 120 medlemmar i föreningen och har funnits sedan 1974.

Hälsningar
Bengt Åkesson
Byxelkroks Samhällsförening
0485-174 06 85
"""
    body = multipart(
        "mixed",
        [
            text_part(text, cs="iso-8859-1", cte="quoted-printable"),
            attachment(png(96, 128), "image/png", "IMG_20260306_0915.png"),
        ],
        "Apple-Mail=_3918B1C2-D3E4-4F50-A617-BYXELKROK",
    )
    mid = "<7E1B3918-0C2D-4E3F-9A1B-2C3D4E5F6A7B@example.se>"
    raw = message(
        [
            ("From", addr("Bengt Åkesson", "bengt.akesson@example.se", "iso-8859-1")),
            ("To", OFFICER),
            ("Subject", hdr("Ansökan idéslanten Byxelkrok", "iso-8859-1")),
            ("Date", date(3, 6, 9, 18)),
            ("Message-ID", mid),
            ("X-Mailer", "Apple Mail (2.3774.500.171.1.1)"),
        ],
        body,
    )
    add(
        3918,
        "byxelkrok-ansokan-som-foto",
        raw,
        label(
            "application",
            "sv",
            "association contact",
            "The application itself is a photographed handwritten page attached as a PNG, which nobody can read as text; the body (iso-8859-1 QP, Apple Mail) only gives the association (name, 120 members, founded 1974) and the signing contact with phone from his own address. Activity, anchoring and budget are therefore false – an unreadable attachment supplies nothing. amount_sek null.",
            association_name="Byxelkroks Samhällsförening",
            contact_name="Bengt Åkesson",
            contact_email="bengt.akesson@example.se",
            contact_phone="0485-174 06 85",
            members=120,
            ort="Byxelkrok",
            salary_costs=False,
            physical_investment=False,
        ),
        mid,
    )


@mail
def m3919() -> None:
    org = orgnr("802448853")
    body = f"""Hej!

Timmernabbens Vänner söker bidrag ur idéslanten.

Föreningen: Timmernabbens Vänner är en ideell förening sedan 2008, 52 medlemmar, org.nr {org}. Vi ordnar midsommarfirandet och sköter badplatsen vid Södra udden.

Aktiviteten: Bastubygget. Fyra helger i april (4-5, 11-12, 18-19 och 25-26) bygger vi frivilliga medlemmar en vedeldad bastu på badplatsen. Den som inte kan snickra lagar mat till byggarna. Från 1 maj är bastun öppen varje fredag kväll för alla i Timmernabben och på onsdagar för vinterbadarna. En bastu vid vattnet blir en mötesplats året runt, något byn saknat sedan skolan stängde.

Förankring: Byamötet 15 februari (38 personer) ställde sig bakom bygget. Kommunen har gett markupplåtelse och Timmernabbens Båtklubb lånar ut verktyg och släp.

Budget:
Virke, plåt och isolering      8 000 kr
Bastukamin för ved             4 500 kr
Hyra av minigrävare en dag     1 200 kr
Mat och fika till byggarna       900 kr
Summa                         14 600 kr

Vi söker 14 600 kr.

Kontakt: Kent Lindqvist, 070-174 06 90, kent.lindqvist@example.net

/Kent
"""
    mid = "<20260310073355.3919.kent@example.net>"
    raw = message(
        [
            ("From", addr("Kent Lindqvist", "kent.lindqvist@example.net")),
            ("To", OFFICER),
            ("Subject", "Bastubygget Timmernabben"),
            ("Date", date(3, 10, 7, 33, 55)),
            ("Message-ID", mid),
            ("Content-Type", "text/plain"),
            ("Content-Transfer-Encoding", "8bit"),
        ],
        b"\n" + body.encode("latin-1"),
    )
    add(
        3919,
        "timmernabben-bastubygge",
        raw,
        label(
            "application",
            "sv",
            "association contact activity anchoring budget",
            "Plain text with NO charset parameter; the 8bit body is Latin-1, so a reader must guess the charset. All five elements are present (building weekends in April and an open sauna every Friday from 1 May as a year-round meeting place; village meeting with 38, municipal land permission, boat club lends tools; four-item budget = 14 600), so the application is complete – but it breaks the rules: timber, roofing and a wood stove are a physical investment (true). Renting a mini-digger is not. 'för alla i Timmernabben' names no genders, so women_and_men null.",
            association_name="Timmernabbens Vänner",
            org_number=org,
            contact_name="Kent Lindqvist",
            contact_email="kent.lindqvist@example.net",
            contact_phone="070-174 06 90",
            members=52,
            ort="Timmernabben",
            amount_sek=14600,
            women_and_men=None,
            salary_costs=False,
            physical_investment=True,
        ),
        mid,
    )


@mail
def m3920() -> None:
    expl = """This is the mail system at host mail.example.se.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

<bengt.akesson@example.se>: host mx.example.se said: 552 5.2.2
    Mailbox full: quota exceeded (in reply to RCPT TO command)
"""
    status = """Reporting-MTA: dns; mail.example.se
X-Postfix-Queue-ID: 4Tq9Lk2xZ7z3920
Arrival-Date: Wed, 11 Mar 2026 13:20:41 +0100

Final-Recipient: rfc822; bengt.akesson@example.se
Original-Recipient: rfc822;bengt.akesson@example.se
Action: failed
Status: 5.2.2
Remote-MTA: dns; mx.example.se
Diagnostic-Code: smtp; 552 5.2.2 Mailbox full: quota exceeded
"""
    orig = f"""From: {OFFICER}
To: {addr("Bengt Åkesson", "bengt.akesson@example.se", "iso-8859-1")}
Subject: =?utf-8?q?SV=3A_Ans=C3=B6kan_id=C3=A9slanten_Byxelkrok?=
Date: Wed, 11 Mar 2026 13:20:38 +0100
Message-ID: <officer.20260311.1320.byxelkrok@example.se>
In-Reply-To: <7E1B3918-0C2D-4E3F-9A1B-2C3D4E5F6A7B@example.se>
"""
    body = multipart(
        "report",
        [
            raw_part(
                "Content-Description: Notification\nContent-Type: text/plain; charset=us-ascii",
                expl,
            ),
            raw_part(
                "Content-Description: Delivery report\nContent-Type: message/delivery-status",
                status,
            ),
            raw_part(
                "Content-Description: Undelivered Message Headers\nContent-Type: text/rfc822-headers",
                orig,
            ),
        ],
        "4Tq9Lk2xZ7z3920.1773231641/mail.example.se",
        params="; report-type=delivery-status",
    )
    raw = message(
        [
            ("Return-Path", "<>"),
            ("From", "MAILER-DAEMON@example.se (Mail Delivery System)"),
            ("To", OFFICER),
            ("Subject", "Undelivered Mail Returned to Sender"),
            ("Date", date(3, 11, 13, 20, 42)),
            ("Message-ID", "<20260311122042.4Tq9Lk2xZ7z3920@example.se>"),
            ("Auto-Submitted", "auto-replied"),
        ],
        body,
    )
    add(
        3920,
        "bounce-byxelkrok-mailbox-full",
        raw,
        label(
            "bounce",
            "en",
            "",
            "Postfix-style bounce (multipart/report; report-type=delivery-status with message/delivery-status and text/rfc822-headers): the officer's reply to the Byxelkrok applicant (3918) failed with 552 mailbox full. The returned headers reference the application, but it is a bounce; every fact null and no reply.",
        ),
    )


@mail
def m3921() -> None:
    body = """Hej på er

Ja vi e ett gäng i Gullabo, mest kvinnfolk men några karlar också, vi e femton stycken som vill börja träffas i gamla skolan å laga kläder ihop. Torsdagar kl 18 hela hösten från september, den som kan sy lär den som inte kan, vi tar me trasiga byxor å jackor å gardiner å det som ligger i garderoberna. Ungdomarna får gärna komma å lära sej sy i knappar å byta dragkedjor. Det blir ju en träffpunkt för byn nu när affärn e stängd, å mindre slit å släng.

Gullabo Hembygdsförening lånar ut skolan gratis å kyrkans syförening e me å hjälper till, dom har symaskiner som vi får låna.

Pengar behövs till garn å tråd å dragkedjor ca 2000 kr, fika 1500 kr, sen vill vi ha en kväll me en som kan lappa å stoppa (hon från Torsås) arvode 1000 kr. Blir 4500.

Karlar e välkomna dom me!!

Ring mej Birgitta Olsson 0486-174 06 93
hälsningar Birgitta
"""
    mid = "<3921.gullabo.birgitta.0f9e@example.com>"
    raw = message(
        [
            ("From", addr("Birgitta Olsson", "birgitta.olsson.gullabo@example.com")),
            ("To", OFFICER),
            ("Subject", hdr("laga kläder i Gullabo", "iso-8859-1")),
            ("Date", date(3, 13, 15, 2)),
            ("Message-ID", mid),
        ],
        text_part(body, cs="iso-8859-1", cte="quoted-printable"),
    )
    add(
        3921,
        "gullabo-laga-klader-dialekt",
        raw,
        label(
            "application",
            "sv",
            "contact activity anchoring budget",
            "iso-8859-1 QP, written in dialect ('vi e', 'å', 'me', 'mej'). Activity true without any course word: mending evenings every Thursday at 18 from September in the old school, those who can sew teach others, youths learn buttons and zips; a meeting point now the shop is closed. Anchoring: heritage society lends the school, the church sewing circle takes part and lends machines. Budget in prose with three amounts = 4 500. Association false: 'ett gäng i Gullabo' has no name. The fifteen people in the group are read as its member count. Borrowed sewing machines = no investment; the mender's fee is not salary. Women and men both ('kvinnfolk', 'karlar e välkomna').",
            contact_name="Birgitta Olsson",
            contact_email="birgitta.olsson.gullabo@example.com",
            contact_phone="0486-174 06 93",
            members=15,
            ort="Gullabo",
            amount_sek=4500,
            women_and_men=True,
            salary_costs=False,
            physical_investment=False,
        ),
        mid,
    )


@mail
def m3922() -> None:
    org = orgnr("802044917")
    text = f"""Hej!

Fliseryds Samhällsförening (org nr {org}, 140 medlemmar) söker 9 000 kr ur idéslanten.

Vad vi ska göra står i bifogad textfil som vår sekreterare Lena skrev ihop. Vi tror att väldigt många i Fliseryd kommer att vilja vara med, det brukar bli bra uppslutning när vi ordnar saker.

Budget:
Arvode guide, 5 kvällar x 800 kr = 4 000 kr
Fika, 5 x 500 kr = 2 500 kr
Sopsäckar och handskar = 500 kr
Annonsering = 700 kr
Hyra av två kanoter sista kvällen = 1 300 kr
Summa 9 000 kr

Mats Eriksson
ordförande Fliseryds Samhällsförening
0499-174 06 96
"""
    plan = """AKTIVITETSPLAN - Emån genom Fliseryd 2026

Fem tisdagskvällar i maj och juni (5/5, 19/5, 2/6, 16/6 och 30/6) kl 18.30 samlas vi vid bron och går en sträcka längs Emån tillsammans med en guide (biolog från Kalmar) som berättar om ån, laxen och öringen och om flottningen och bruket som en gång gjorde Fliseryd till det samhälle det är.

Varje kväll plockar vi skräp längs den sträcka vi går, så att strandpromenaden blir ren till sommaren.
Sista kvällen paddlar vi en bit nedströms i hyrda kanoter och avslutar med korvgrillning vid badplatsen.

Målet är att fliserydsborna ska upptäcka ån som går mitt genom samhället, att det blir trevligare att bo här och att fler vill vara med och göra ån till en tillgång för både boende och besökare. Öppet för alla, kvinnor och män, barn och vuxna.

/Lena Holmgren, sekr.
"""
    body = multipart(
        "mixed",
        [
            text_part(text, cs="utf-8", cte="quoted-printable"),
            raw_part(
                'Content-Type: text/plain; charset="utf-8"; name="aktivitetsplan.txt"\nContent-Disposition: attachment; filename="aktivitetsplan.txt"\nContent-Transfer-Encoding: base64',
                base64.encodebytes(plan.encode("utf-8")),
            ),
        ],
        "------------Fl1s3ryd3922MixedBoundary",
    )
    mid = "<3922-fliseryd-9c4e@example.se>"
    raw = message(
        [
            ("From", addr("Mats Eriksson", "mats.eriksson@example.se")),
            ("To", OFFICER),
            ("Subject", hdr("Ansökan idéslanten Fliseryds Samhällsförening")),
            ("Date", date(3, 17, 20, 14)),
            ("Message-ID", mid),
            (
                "User-Agent",
                "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.7.1",
            ),
        ],
        body,
    )
    add(
        3922,
        "fliseryd-eman-txt-bilaga",
        raw,
        label(
            "application",
            "sv",
            "association contact activity budget",
            "Thunderbird mail whose activity is described only in an attached aktivitetsplan.txt (utf-8 base64): five Tuesday walks along the river with a hired biologist, litter picking, a last evening paddling in rented canoes; purpose for the village stated – activity true from the attachment. Budget in the body: five items = 9 000, also the applied amount. Anchoring false: 'vi tror att väldigt många kommer att vilja vara med' and 'brukar bli bra uppslutning' are hopes; the guide is a hired outsider, not local backing. Renting canoes is not an investment; bags and gloves are consumables. Both genders stated in the attachment.",
            association_name="Fliseryds Samhällsförening",
            org_number=org,
            contact_name="Mats Eriksson",
            contact_email="mats.eriksson@example.se",
            contact_phone="0499-174 06 96",
            members=140,
            ort="Fliseryd",
            amount_sek=9000,
            women_and_men=True,
            salary_costs=False,
            physical_investment=False,
        ),
        mid,
    )


@mail
def m3923() -> None:
    body = """Hi,

I live in Koepingsvik (sorry, no Swedish keyboard on this laptop) and a few of us want to start a repair cafe in the old school in the evenings. We are about eight people so far and we are not an association yet.

Some questions before we write a real application:
- Can an informal group apply, or do we need to register an association first?
- Is it true that you need at least 10 members?
- Could part of the money be used to buy a second-hand sewing machine and a basic tool kit, or only for renting things?

Thanks a lot!
Sarah Whitfield
"""
    raw = message(
        [
            ("From", addr("Sarah Whitfield", "sarah.whitfield@example.com")),
            ("To", OFFICER),
            ("Subject", "Question about the village grant (repair cafe)"),
            ("Date", date(3, 19, 12, 9)),
            ("Message-ID", "<CAOq7w3923Koepingsvik@example.com>"),
        ],
        text_part(body, cs="us-ascii", cte="7bit"),
    )
    add(
        3923,
        "kopingsvik-question-english",
        raw,
        label(
            "question",
            "en",
            "",
            "Question in English (us-ascii, 7bit, place name transliterated 'Koepingsvik'): asks whether an informal group of eight can apply, about the 10-member rule and whether a sewing machine and tool kit may be bought. Not an application. Because the question itself proposes buying equipment, physical_investment is true; salary null. 'about eight people' are not members of any association (they have none), so members null; ort Köpingsvik.",
            contact_name="Sarah Whitfield",
            contact_email="sarah.whitfield@example.com",
            ort="Köpingsvik",
            physical_investment=True,
        ),
    )


@mail
def m3924() -> None:
    org = orgnr("802511209")
    body = f"""Ansökan idéslanten – Långasjö Byaråd

Långasjö Byaråd, ideell förening, 38 medlemmar, org.nr {org}
Kontakt: Ingrid Petersson, 0471-174 06 98, ingrid.petersson@example.org

Vi söker till följande:

1. Bussresa lördag 9 maj: 30 bybor åker till Vissefjärda för att se hur de driver bycaféet i gamla affären med frivilliga (vi har en tom affärslokal vid kyrkan som vi vill väcka liv i) – 5 900 kr
2. Lunch för 30 personer i Vissefjärda – 3 600 kr
3. Uppföljningsträff onsdag 20 maj i Långasjö bygdegård där vi som åkte gör en plan för vår egen lokal och bjuder in alla i byn att tycka till – lokalhyra 500 kr, fika 900 kr

Summa 10 900 kr
"""
    mid = "<3924.langasjo.byarad@example.org>"
    raw = message(
        [
            ("From", addr("Ingrid Petersson", "ingrid.petersson@example.org")),
            ("To", OFFICER),
            ("Subject", hdr("Långasjö Byaråd – idéslanten")),
            ("Date", date(3, 23, 8, 55)),
            ("Message-ID", mid),
        ],
        text_part(body, cs="utf-8", cte="base64"),
    )
    add(
        3924,
        "langasjo-budgetlista-som-beskriver",
        raw,
        label(
            "application",
            "sv",
            "association contact activity budget",
            "utf-8 base64. Contrast to 3908: the mail is only a numbered budget list, but the lines themselves say what, when and why – a bus trip 9 May for 30 villagers to see how Vissefjärda runs a volunteer café in its old shop, because Långasjö has an empty shop to revive, and a follow-up meeting 20 May to make a plan – so activity is (borderline) true. Budget true, sum 10 900. Anchoring false: nothing about who backs it (inviting everyone afterwards is not backing). Contact stated in the header block; no genders mentioned.",
            association_name="Långasjö Byaråd",
            org_number=org,
            contact_name="Ingrid Petersson",
            contact_email="ingrid.petersson@example.org",
            contact_phone="0471-174 06 98",
            members=38,
            ort="Långasjö",
            amount_sek=10900,
            women_and_men=None,
            salary_costs=False,
            physical_investment=False,
        ),
        mid,
    )


BERGA_MID = "<b3e7a925-0c44-4f8e-berga-nyberg@example.se>"
BERGA_TEXT = """Hej!

Jag heter Sara Nyberg och bor i Berga. Vi är några föräldrar här som vill ordna "Berga i mörkret" i höst.

Fyra fredagskvällar i oktober (2, 9, 16 och 23 oktober) kl 18.30 samlas barn och vuxna vid Berga bygdegård och går en ficklampsvandring genom byn, ungefär 3 km. Vid fyra stopp berättar någon från byn en gammal historia från just den platsen – om smedjan, om smalspåret som gick till Högsby, om vargen 1890 och så vidare. Vi avslutar med varm saft och korv vid bygdegården. Tanken är att barnfamiljer som flyttat hit ska lära känna byn och de äldre, och att barnen får en bild av platsen de bor på.

Berga Hembygdsförening är med och står för berättarna (fem av deras medlemmar har lovat), och vi har redan 20 föräldrar som anmält sig att hjälpa till med vägvisning och grillning.

Budgeten skickar jag när vi har fått prisuppgifter.

Mvh Sara Nyberg
070-174 06 34
"""


@mail
def m3925() -> None:
    html = (
        "<html><body>"
        + "".join(
            f"<p>{esc_xml(p).replace(chr(10), '<br>')}</p>"
            for p in BERGA_TEXT.strip().split("\n\n")
        )
        + "</body></html>\n"
    )
    body = multipart(
        "alternative",
        [
            text_part(BERGA_TEXT, cs="utf-8", cte="8bit"),
            text_part(html, sub="html", cs="utf-8", cte="quoted-printable"),
        ],
        "b1_3925berga0a1b2c3d4e5f",
    )
    raw = message(
        [
            ("From", addr("Sara Nyberg", "sara.nyberg@example.se")),
            ("To", OFFICER),
            ("Subject", "Berga i morkret - bygdepeng"),
            ("Date", date(3, 26, 21, 14)),
            ("Message-ID", BERGA_MID),
        ],
        body,
    )
    add(
        3925,
        "berga-i-morkret",
        raw,
        label(
            "application",
            "sv",
            "contact activity anchoring",
            "multipart/alternative (utf-8 8bit plain + HTML). Activity true: torch-lit walks on four Friday evenings in October with villagers telling local stories at four stops, ending with juice and sausages; purpose (new families get to know the village and the elderly) stated. Anchoring true: the heritage society provides five storytellers and 20 parents have signed up to help. Association false: 'några föräldrar' is an unnamed group. Budget false: 'Budgeten skickar jag när vi har fått prisuppgifter'. Contact: named signer with phone from her own address. No amount, no genders.",
            contact_name="Sara Nyberg",
            contact_email="sara.nyberg@example.se",
            contact_phone="070-174 06 34",
            ort="Berga",
            salary_costs=False,
            physical_investment=False,
        ),
        BERGA_MID,
    )


@mail
def m3926() -> None:
    text = """Ansökan om regional bygdepeng – idéslanten 2026

Södra Vi Framtidsgrupp är en ideell förening som bildades 2022 av engagerade invånare i Södra Vi med omnejd. Föreningen har idag 31 medlemmar.

Vår vision är en levande och hållbar bygd där alla känner sig delaktiga. Genom idéslanten vill vi möjliggöra nya mötesplatser, stärka den sociala sammanhållningen och skapa förutsättningar för initiativ som kan växa underifrån. Aktiviteterna kommer att riktas till alla åldersgrupper och genomföras löpande under hela året, i nära dialog med bygdens invånare. Vi ser detta som en viktig del i arbetet med att bryta utflyttningen och ta tillvara bygdens fulla potential.

Projektet är väl förankrat i bygden och ligger helt i linje med kommunens landsbygdsprogram.

Budget
Lokalhyror 5 000 kr
Marknadsföring 3 000 kr
Material 4 000 kr
Oförutsett 3 000 kr
Summa 15 000 kr

Kontaktperson: Camilla Reinholdsson, ordförande, 0492-174 06 37, camilla.r@example.org

Med vänliga hälsningar
Camilla Reinholdsson
Södra Vi Framtidsgrupp
"""
    html = (
        '<html><body style="font-family:Calibri,sans-serif">'
        + "".join(
            f"<p>{esc_xml(p).replace(chr(10), '<br>')}</p>" for p in text.strip().split("\n\n")
        )
        + "</body></html>\n"
    )
    mid = "<3926-sodravi-framtid-44aa@example.org>"
    body = multipart(
        "alternative",
        [
            text_part(text, cs="utf-8", cte="quoted-printable"),
            text_part(html, sub="html", cs="utf-8", cte="base64"),
        ],
        "--==_mimepart_3926_sodravi",
    )
    raw = message(
        [
            ("From", addr("Camilla Reinholdsson", "camilla.r@example.org")),
            ("To", OFFICER),
            ("Subject", hdr("Ansökan idéslanten 2026 – Södra Vi Framtidsgrupp")),
            ("Date", date(3, 30, 14, 20)),
            ("Message-ID", mid),
        ],
        body,
    )
    add(
        3926,
        "sodra-vi-vision-utan-innehall",
        raw,
        label(
            "application",
            "sv",
            "association contact budget",
            "Polished multipart/alternative application that sounds busy but says nothing concrete. Activity false: 'möjliggöra nya mötesplatser', 'stärka den sociala sammanhållningen', 'aktiviteterna kommer att riktas till alla åldersgrupper och genomföras löpande under hela året' – no what/when/how. Anchoring false: 'väl förankrat i bygden' and a reference to the municipal programme without any meeting, survey or partner. Budget true: four generic items with amounts, total 15 000 (at the cap). Association and contact present.",
            association_name="Södra Vi Framtidsgrupp",
            contact_name="Camilla Reinholdsson",
            contact_email="camilla.r@example.org",
            contact_phone="0492-174 06 37",
            members=31,
            ort="Södra Vi",
            amount_sek=15000,
            women_and_men=None,
            salary_costs=False,
            physical_investment=False,
        ),
        mid,
    )


@mail
def m3927() -> None:
    new = """Hej igen!

Jag kompletterar min ansökan nedan. Vi har nu bildat en förening: Berga Föräldraförening, bildad på ett möte i bygdegården 31 mars. Vi är 24 medlemmar, och jag är ordförande. Organisationsnummer har vi sökt men inte fått än.

Budget:
Korv, bröd och saft, 4 kvällar x 600 kr = 2 400 kr
Batterier och marschaller = 900 kr
Affischer = 500 kr
Hyra bygdegården (kök och toaletter), 4 x 300 kr = 1 200 kr
Blommor till berättarna = 500 kr
Summa: 5 500 kr

Sara Nyberg
ordf. Berga Föräldraförening
070-174 06 34
"""
    body = (
        new
        + "\nDen 2026-03-26 kl. 21:14, skrev Sara Nyberg:\n"
        + quote(BERGA_TEXT.rstrip("\n"))
        + "\n"
    )
    raw = message(
        [
            ("From", addr("Sara Nyberg", "sara.nyberg@example.se")),
            ("To", OFFICER),
            ("Subject", "Re: Berga i morkret - bygdepeng"),
            ("Date", date(4, 2, 19, 48)),
            ("Message-ID", "<5f9c3927-berga-komplettering@example.se>"),
            ("In-Reply-To", BERGA_MID),
            ("References", BERGA_MID),
            ("User-Agent", "Mozilla Thunderbird"),
        ],
        text_part(body, cs="utf-8", cte="quoted-printable", extra="; format=flowed"),
    )
    add(
        3927,
        "berga-forening-och-budget",
        raw,
        label(
            "followup",
            "sv",
            "association contact budget",
            "Followup to 3925 that replies to the applicant's own application (In-Reply-To = the application) and quotes it in full with '>'. New text supplies the two missing parts: the association (Berga Föräldraförening, founded 31 March, 24 members, org.nr applied for) and a five-item budget = 5 500. Contact: named chair with phone from her own address. The activity and anchoring in the quoted application are old text and do not count here. Batteries and torches are consumables; flowers to the storytellers are not salary.",
            association_name="Berga Föräldraförening",
            contact_name="Sara Nyberg",
            contact_email="sara.nyberg@example.se",
            contact_phone="070-174 06 34",
            members=24,
            ort="Berga",
            amount_sek=5500,
            salary_costs=False,
            physical_investment=False,
        ),
    )


@mail
def m3928() -> None:
    body = """KALMAR LÄNS BYGDERÅD - MEDLEMSUTSKICK APRIL 2026
=================================================

Vårens bästa bytips
-------------------
Ruda ordnar fröbytardag, Figeholm lagar elcyklar ihop i brandstationen och
Söderåkra åker buss till Kristdala för att titta på lanthandeln. Hör av er
till oss om ni vill veta hur de gjorde!

Idéslanten - påminnelse
-----------------------
Regional bygdepeng - idéslanten - kan sökas löpande. Max 15 000 kr per ort och
år. Glöm inte: minst 10 medlemmar, inga löner och inga inköp av utrustning.

Årsstämma
---------
Bygderådets årsstämma hålls lördag 25 april i Mörlunda bygdegård. Anmälan
senast 18 april.

--
Du får detta utskick som kontaktperson i en medlemsförening.
Avregistrera: skicka ett tomt mejl till avregistrera@example.org
"""
    raw = message(
        [
            ("From", addr("Kalmar läns Bygderåd", "utskick@example.org")),
            ("To", addr("Medlemsföreningar", "medlemmar@example.org")),
            ("Subject", hdr("Medlemsutskick april: bytips, idéslanten och årsstämma")),
            ("Date", date(4, 6, 6, 0)),
            ("Message-ID", "<utskick-2026-04.3928@example.org>"),
            ("Precedence", "bulk"),
            ("List-Unsubscribe", "<mailto:avregistrera@example.org?subject=avregistrera>"),
            ("X-Mailer", "Bygderadet utskick 2.1"),
        ],
        text_part(body, cs="iso-8859-1", cte="quoted-printable"),
    )
    add(
        3928,
        "nyhetsbrev-bygderadet-april",
        raw,
        label(
            "newsletter",
            "sv",
            "",
            "Plain-text (iso-8859-1 QP) member mailing sent to a list address with Precedence: bulk and a mailto-only List-Unsubscribe, no List-Id. It retells activities of other applications in this set (seed swap, repair evenings, bus trip) and the grant rules, but applies for nothing; all facts null.",
        ),
    )


RALLA_MID = "<3929.ralla.byalag.ove@example.se>"


@mail
def m3929() -> None:
    org = orgnr("802466690")
    text = f"""Hej,

Rälla Byalag (org.nr {org}, 66 medlemmar) söker idéslanten till "Fråga en tonåring".

Åtta onsdagar, varannan vecka från 16 september, kl 15–17 sitter gymnasieungdomar från byn i byalagets lokal i gamla mejeriet och tar emot grannar som vill ha hjälp med mobilen: Swish, BankID, 1177, busstider, att skicka bilder till barnbarnen. Det bjuds på kaffe. Ungdomarna får inget betalt men vi bjuder dem på pizza sista gången.

Varför: sedan banken och apoteket försvann måste allt göras i telefonen, och många äldre i Rälla klarar det inte själva. Med lite hjälp kan de bo kvar och sköta sina ärenden, och unga och gamla i byn lär känna varandra.

Förankring: PRO Rälla har bett om just det här och sprider inbjudan till sina medlemmar. Rälla IF:s ungdomssektion har nio ungdomar anmälda. Byalagets medlemsmöte 22 mars beslutade att vi ska söka.

Budgeten ligger i bifogad Excel-fil.

Ove Thelander, sekreterare
0485-174 06 41
"""
    rows = [
        ["Budget Fråga en tonåring 2026", None, None, None],
        ["Post", "Antal", "À-pris", "Summa"],
        ["Lokalhyra mejeriet", 8, 300, 2400],
        ["Kaffe och bullar", 8, 350, 2800],
        ["Hyra projektor (första träffen)", 1, 600, 600],
        ["Annons i lokaltidningen", 1, 1800, 1800],
        ["Pizza till ungdomarna, avslutning", 1, 900, 900],
        ["Summa", None, None, 8500],
    ]
    body = multipart(
        "mixed",
        [
            text_part(text, cs="utf-8", cte="quoted-printable"),
            attachment(
                xlsx(rows, "Budget"),
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                "budget_ralla.xlsx",
            ),
        ],
        "===============3929077133582914==",
    )
    raw = message(
        [
            ("From", addr("Ove Thelander", "ove.thelander@example.se")),
            ("To", OFFICER),
            ("Subject", hdr("Fråga en tonåring – Rälla Byalag")),
            ("Date", date(4, 8, 10, 37)),
            ("Message-ID", RALLA_MID),
        ],
        body,
    )
    add(
        3929,
        "ralla-fraga-en-tonaring-xlsx",
        raw,
        label(
            "application",
            "sv",
            "association contact activity anchoring budget",
            "Complete application with the budget in an .xlsx attachment (inline strings, five items, Summa 8 500). Activity in unusual words: teenagers help neighbours with phones (Swish, BankID, 1177) on eight Wednesdays from 16 September, 15–17, in the old dairy; local benefit spelled out. Anchoring: PRO asked for it and spreads the word, the sports club's youth section has nine signed up, member meeting 22 March. Pizza for unpaid volunteers is not salary; renting a projector is not an investment. No genders mentioned.",
            association_name="Rälla Byalag",
            org_number=org,
            contact_name="Ove Thelander",
            contact_email="ove.thelander@example.se",
            contact_phone="0485-174 06 41",
            members=66,
            ort="Rälla",
            amount_sek=8500,
            women_and_men=None,
            salary_costs=False,
            physical_investment=False,
        ),
        RALLA_MID,
    )


ORREFORS_MID = "<3930.orrefors.info.b7d1@example.se>"


@mail
def m3930() -> None:
    org = orgnr("802207394")
    body = f"""Hej!

Orrefors Byförening (org.nr {org}, 112 medlemmar) vill söka idéslanten. Nedan är planen. Den är skriven av vår medlem Marieke som kom hit från Holland för tre år sedan och som har drivit idén – hon skriver på engelska, hoppas det går bra.

---
Plan: "Open Doors Orrefors"
Three Saturdays this summer (13 June, 11 July and 8 August, 11–16) the small workshops in the village open their doors at the same time: the two independent glass studios, the blacksmith, the sourdough bakery, the woodturner and the man who restores old radios. Villagers and visitors get a paper map and walk from door to door, and in every workshop you can try something yourself for ten minutes. The Byförening runs a coffee table at the old station building. The idea: people in Orrefors see how much is actually made here, the makers get to know each other and their neighbours, and summer visitors spend a day in the village instead of just driving past.
---

Hantverkarna själva (sex verkstäder) har sagt ja, och byföreningens medlemsmöte 9 mars ställde sig bakom. Orrefors Hembygdsförening lånar ut stationshuset till fikat.

Vad det kostar har vi inte räknat på ännu.

Hälsningar
Orrefors Byförening
"""
    mid = ORREFORS_MID
    raw = message(
        [
            ("From", addr("Orrefors Byförening", "info.orrefors@example.se")),
            ("To", OFFICER),
            ("Subject", "Open Doors Orrefors"),
            ("Date", date(4, 13, 17, 26)),
            ("Message-ID", mid),
        ],
        text_part(body, cs="utf-8", cte="quoted-printable"),
    )
    add(
        3930,
        "orrefors-open-doors-blandsprak",
        raw,
        label(
            "application",
            "sv",
            "association activity anchoring",
            "Mixed-language application: Swedish frame, the activity written in English by a Dutch member. Activity true: three Saturdays (13 June, 11 July, 8 August, 11–16) when six village workshops open their doors at once, with a map and try-it-yourself, coffee at the station; local purpose stated. Anchoring true: the six workshops agreed, member meeting 9 March, heritage society lends the station building. Contact false: shared mailbox signed only with the association name; 'Marieke' is mentioned as the writer but with no surname or way to reach her. Budget false: 'Vad det kostar har vi inte räknat på ännu'. Language labelled sv (the mail is addressed and framed in Swedish).",
            association_name="Orrefors Byförening",
            org_number=org,
            members=112,
            ort="Orrefors",
            women_and_men=None,
            salary_costs=False,
            physical_investment=False,
        ),
        mid,
    )


@mail
def m3931() -> None:
    case = "2026-0047"
    body = """Tack för ditt mejl!

Jag är på resa till och med fredag 24 april och har begränsad tillgång till e-post. Jag svarar så snart jag är tillbaka.

Ove Thelander
"""
    raw = message(
        [
            ("From", addr("Ove Thelander", "ove.thelander@example.se")),
            ("To", BOT),
            ("Subject", hdr(f"Re: Fråga en tonåring – Rälla Byalag [Idéslanten {case}]")),
            ("Date", date(4, 14, 8, 2)),
            ("Message-ID", "<ooo.3931.ove.thelander@example.se>"),
            ("In-Reply-To", receipt_id(case)),
            ("References", f"{RALLA_MID} {receipt_id(case)}"),
        ],
        text_part(body, cs="utf-8", cte="8bit"),
    )
    add(
        3931,
        "ralla-franvaro-utan-header",
        raw,
        label(
            "autoreply",
            "sv",
            "",
            "Out-of-office reply to the bot's receipt for 3929 WITHOUT any automation header (no Auto-Submitted, X-Autoreply or Precedence) and with a plain 'Re: ... [Idéslanten 2026-0047]' subject and correct threading, so it looks like a followup on the surface. The body is only an away notice, so it is an autoreply; every fact null and the bot must not reply (that would start a mail loop).",
        ),
    )


@mail
def m3932() -> None:
    org = orgnr("802138814")
    body = f"""Hej!

Loftahammars Skärgårdsförening söker pengar ur idéslanten. Föreningen har 88 medlemmar, bofasta och fritidsboende i Loftahammar med öar, org.nr {org}.

"Motorlördagar": sex lördagar i rad från 7 november till 12 december, kl 9-13, hyr vi verkstadsdelen i Loftahammars bygdegård. Där hjälper de i byn som kan utombordsmotorer sina grannar att vinterkonservera och serva motorerna - byta impeller och olja, spola ur kylsystemet, kolla tändstift. Var och en betalar sina egna reservdelar och olja. Det håller båtlivet i skärgården igång med egna krafter nu när varvet i stan tar 3 000 kr per service, och de som flyttat hit lär känna skärgårdsborna. Kvinnor som män är välkomna - flera av de bästa motorkunniga här är kvinnor.

Medlemsmötet 14 januari (27 närvarande) ville att vi skulle söka, och Loftahammars Båtklubb är med och sprider det till sina medlemmar.

Budget:
Hyra verkstad bygdegården 6 x 500 kr = 3 000 kr
Kaffe och smörgås 6 x 300 kr = 1 800 kr
Annons i lokaltidningen = 700 kr
Summa 5 500 kr

Rolf Engström
kassör
0493-174 06 45
"""
    mid = "<3932.loftahammar.rolf.e@example.net>"
    raw = message(
        [
            ("From", addr("Rolf Engström", "rolf.engstrom@example.net", "iso-8859-1")),
            ("To", OFFICER),
            ("Subject", hdr("Motorlördagar Loftahammar", "iso-8859-1")),
            ("Date", date(4, 16, 18, 50)),
            ("Message-ID", mid),
        ],
        text_part(body, cs="ISO-8859-1", cte="quoted-printable"),
    )
    add(
        3932,
        "loftahammar-motorlordagar",
        raw,
        label(
            "application",
            "sv",
            "association contact activity anchoring budget",
            "Complete application, ISO-8859-1 quoted-printable. Activity without classic nouns: six 'motor Saturdays' 7 Nov–12 Dec, 9–13, in the rented workshop of the village hall where locals help neighbours winterise outboard motors; local benefit (keep archipelago boating going, newcomers meet islanders). Anchoring: member meeting with 27 present, boat club spreads it. Budget three items = 5 500. Owners buy their own spare parts – no investment. Both genders explicit.",
            association_name="Loftahammars Skärgårdsförening",
            org_number=org,
            contact_name="Rolf Engström",
            contact_email="rolf.engstrom@example.net",
            contact_phone="0493-174 06 45",
            members=88,
            ort="Loftahammar",
            amount_sek=5500,
            women_and_men=True,
            salary_costs=False,
            physical_investment=False,
        ),
        mid,
    )


@mail
def m3933() -> None:
    body = """Hej!

Vi är några familjer i Ankarsrum som vill ordna en heldag för hela byn en lördag i augusti med olika aktiviteter för stora och små. Det ska finnas något för alla.

Vi tog upp det på byamötet i mars, där ett 40-tal personer var och alla tyckte det var en jättebra idé, och Ankarsrums Hembygdsförening har lovat att vi får vara på bruksområdet.

Budget:
Hyror 5 500 kr
Arvoden 3 000 kr
Förtäring 4 000 kr
Reklam 1 000 kr
Summa 13 500 kr

Hälsningar Therese Lundgren
070-174 06 49
"""
    mid = "<3933-ankarsrum-heldag@example.net>"
    raw = message(
        [
            ("From", addr("Therese Lundgren", "therese.lundgren@example.net")),
            ("To", OFFICER),
            ("Subject", "Heldag i Ankarsrum"),
            ("Date", date(4, 20, 12, 31)),
            ("Message-ID", mid),
        ],
        text_part(body, cs="utf-8", cte="8bit"),
    )
    add(
        3933,
        "ankarsrum-heldag-olika-aktiviteter",
        raw,
        label(
            "application",
            "sv",
            "contact anchoring budget",
            "utf-8 8bit. Activity false although a date range is given: 'en heldag ... en lördag i augusti med olika aktiviteter för stora och små' says when but not what or how it develops the village; the generic budget lines (Hyror, Arvoden, Förtäring, Reklam) do not reveal it either. Association false: 'några familjer i Ankarsrum' is unnamed (the heritage society is a partner, not the applicant). Anchoring true: village meeting in March with about 40 people ('40-tal' is attendance, not members) and the heritage society lending the site. Budget four items = 13 500. Contact: named signer with phone from own address.",
            contact_name="Therese Lundgren",
            contact_email="therese.lundgren@example.net",
            contact_phone="070-174 06 49",
            ort="Ankarsrum",
            amount_sek=13500,
            women_and_men=None,
            salary_costs=False,
            physical_investment=False,
        ),
        mid,
    )


@mail
def m3934() -> None:
    case = "2026-0049"
    rc = receipt(case, ["contact", "budget"], 1)
    text = f"""Hello,

I am the one who wrote the plan for Open Doors Orrefors; the board asked me to answer you. I will be the contact person:

Marieke de Vries
phone 076-174 06 52
marieke.devries@example.com

The budget is in the attached file (csv – sorry, I don't have Excel).

Best regards,
Marieke

On Mon, 13 Apr 2026 at 17:27, {BOT_NAME} <{BOT_ADDR}> wrote:
{quote(rc)}
"""
    csv_data = "Post;Belopp (kr)\nTryck av karta, 1500 ex;2400\nAnnonsering lokaltidning och Facebook;1500\nFika vid stationen, 3 lördagar;2700\nHyra av 6 beachflaggor;900\nSumma;7500\n"
    body = multipart(
        "mixed",
        [
            text_part(text, cs="utf-8", cte="quoted-printable"),
            raw_part(
                'Content-Type: text/csv; charset="windows-1252"; name="budget_open_doors.csv"\nContent-Disposition: attachment; filename="budget_open_doors.csv"\nContent-Transfer-Encoding: base64',
                base64.encodebytes(csv_data.encode("cp1252")),
            ),
        ],
        "000000000000a1b2c3d4e5f63934",
    )
    raw = message(
        [
            ("From", addr("Marieke de Vries", "marieke.devries@example.com")),
            ("To", BOT),
            ("Cc", "info.orrefors@example.se"),
            ("Subject", hdr(f"Re: Open Doors Orrefors [Idéslanten {case}]")),
            ("Date", date(4, 22, 21, 3)),
            ("Message-ID", "<CAH3934mariekeOrrefors+x@example.com>"),
            ("In-Reply-To", receipt_id(case)),
            ("References", f"{ORREFORS_MID} {receipt_id(case)}"),
        ],
        body,
    )
    add(
        3934,
        "orrefors-contact-and-csv-budget",
        raw,
        label(
            "followup",
            "en",
            "contact budget",
            "English followup to 3930 by the member who wrote the plan, replying to the receipt (Gmail-style 'On ... wrote:' quote). It supplies the two missing parts: a named contact with phone and own address, and a budget in a windows-1252 CSV attachment (four items, Summa 7 500). Renting beach flags is not an investment. Association, activity and anchoring are not in the new text.",
            association_name=None,
            contact_name="Marieke de Vries",
            contact_email="marieke.devries@example.com",
            contact_phone="076-174 06 52",
            ort="Orrefors",
            amount_sek=7500,
            salary_costs=False,
            physical_investment=False,
        ),
    )


@mail
def m3935() -> None:
    org = orgnr("802077621")
    lines = [
        "Ansökan om regional bygdepeng - idéslanten 2026",
        "",
        "Sökande: Ljungby Bygdegårdsförening, Kalmar Ljungby",
        f"Org.nr: {org}",
        "Föreningen driver bygdegården sedan 1961 och har 73 medlemmar.",
        "Kontaktperson: Fatima Al-Hassan, tel 072-174 06 61, fatima.alhassan@example.com",
        "",
        'Aktivitet: "Smaka på byn"',
        "Fyra söndagar i höst (27 september, 25 oktober, 22 november och 13 december)",
        "kl. 14-18 tar en ny bybo över bygdegårdens kök och lagar en rätt från sin",
        "hemtrakt - syrisk, bosnisk, thailändsk och småländsk - tillsammans med alla som",
        "kommer. De som vill lagar med, de andra dukar, och sedan äter vi tillsammans.",
        "Recepten och berättelserna bakom dem skrivs ner och blir ett häfte som delas ut",
        "i byn vid jul.",
        "",
        "Så främjar det bygden: Kalmar Ljungby har fått många nya invånare de senaste",
        "åren men de gamla och nya träffas sällan. Kring ett matbord blir det lätt att",
        "prata, och häftet visar att byns matkultur är större än man tror. Kvinnor och",
        "män, unga och gamla är lika välkomna.",
        "",
        "Förankring: Idén kom från samtal på byns öppna caféeftermiddagar i våras.",
        "Ljungby församling och Kalmar Ljungby IF hjälper till att sprida inbjudan, och",
        "fyra familjer har redan lovat att laga var sin söndag. Styrelsen beslutade",
        "20 april att söka.",
        "",
        "Budget",
        "Råvaror, 4 tillfällen x 1 500 kr ........ 6 000 kr",
        "Lokalhyra (egen taxa), 4 x 400 kr ........ 1 600 kr",
        "Tryck av receptsamling .................. 2 000 kr",
        "Summa ................................... 9 600 kr",
        "",
        "Vi söker 9 600 kr.",
    ]
    text = "Hej!\n\nBifogar ansökan om idéslanten från Ljungby Bygdegårdsförening som pdf.\n\nVänliga hälsningar\nFatima Al-Hassan\n"
    body = multipart(
        "mixed",
        [
            text_part(text, cs="utf-8", cte="quoted-printable"),
            attachment(pdf(lines, compress=True), "application/pdf", "Ansokan Smaka pa byn.pdf"),
        ],
        "----=_Part_3935_1190351437.1777280112000",
    )
    mid = "<1190351437.3935.1777280112000@example.com>"
    raw = message(
        [
            ("From", addr("Fatima Al-Hassan", "fatima.alhassan@example.com")),
            ("To", OFFICER),
            ("Subject", hdr("Ansökan idéslanten – Smaka på byn (Kalmar Ljungby)")),
            ("Date", date(4, 27, 11, 15)),
            ("Message-ID", mid),
        ],
        body,
    )
    add(
        3935,
        "kalmar-ljungby-smaka-pa-byn-pdf",
        raw,
        label(
            "application",
            "sv",
            "association contact activity anchoring budget",
            "Complete application delivered as a PDF (Helvetica, WinAnsi, zlib-compressed content stream) with a one-line body. Activity: four Sundays in autumn when a newcomer leads cooking of a dish from their home region together with whoever comes, meal together, recipes collected into a booklet – concrete, and the local benefit (old and new residents meet) is explained. Anchoring: idea from the village's open café afternoons, parish and sports club spread the invitation, four families committed, board decision. Budget three items = 9 600. Raw food is a consumable; printing a booklet is not an investment. Both genders stated.",
            association_name="Ljungby Bygdegårdsförening",
            org_number=org,
            contact_name="Fatima Al-Hassan",
            contact_email="fatima.alhassan@example.com",
            contact_phone="072-174 06 61",
            members=73,
            ort="Kalmar Ljungby",
            amount_sek=9600,
            women_and_men=True,
            salary_costs=False,
            physical_investment=False,
        ),
        mid,
    )


@mail
def m3936() -> None:
    org = orgnr("802355176")
    text = f"""Hej!

Degerhamns Intresseförening (ca 60 medlemmar, org nr {org}) vill samla byns gamla fotografier innan de försvinner.

Tre lördagar i september (5, 12 och 19 september) kl 10-15 kan alla komma till Folkets hus med sina skokartonger och album. Vi skannar bilderna på plats med hyrda skannrar medan de äldre hjälper till att skriva ner vilka som är med på bilderna, var och när – cementfabriken, hamnen, skolan, marknaderna. Bilderna lämnas tillbaka samma dag. I november visar vi ett urval på en bildkväll i Folkets hus, och allt blir ett digitalt byarkiv som alla kan titta i. Så får nya och gamla degerhamnsbor en gemensam historia att prata om.

Budget:
Hyra av två skannrar, 3 dagar: 1 800 kr
Lagring i molntjänst ett år: 600 kr
Lokalhyra Folkets hus, 4 x 500 kr: 2 000 kr
Fika: 1 500 kr
Annonsering: 800 kr
Summa: 6 700 kr

Hälsningar
Degerhamns Intresseförening
"""
    html = (
        "<html><body>"
        + "".join(
            f"<p>{esc_xml(p).replace(chr(10), '<br>')}</p>" for p in text.strip().split("\n\n")
        )
        + "</body></html>\n"
    )
    body = multipart(
        "alternative",
        [
            text_part(text, cs="utf-8", cte="quoted-printable"),
            text_part(html, sub="html", cs="utf-8", cte="quoted-printable"),
        ],
        "=-=3936-degerhamn-alt-=-",
    )
    mid = "<3936.degerhamn.if.5521@example.com>"
    raw = message(
        [
            ("From", addr("Degerhamns Intresseförening", "degerhamn.if@example.com")),
            ("To", OFFICER),
            ("Subject", "Gamla bilder i Degerhamn"),
            ("Date", date(4, 30, 9, 44)),
            ("Message-ID", mid),
        ],
        body,
    )
    add(
        3936,
        "degerhamn-gamla-bilder",
        raw,
        label(
            "application",
            "sv",
            "association activity budget",
            "multipart/alternative from the association's shared mailbox, signed only with the association name. Activity true (photo-scanning Saturdays 5/12/19 September in Folkets hus, elders identify people and places, a slide evening in November, a digital village archive; benefit stated). Budget five items = 6 700 (renting scanners and cloud storage are not investments). Contact false: no named person. Anchoring false: nothing about who backs it – no meeting, partner, survey or volunteers. 'ca 60 medlemmar' = 60.",
            association_name="Degerhamns Intresseförening",
            org_number=org,
            members=60,
            ort="Degerhamn",
            amount_sek=6700,
            women_and_men=None,
            salary_costs=False,
            physical_investment=False,
        ),
        mid,
    )


@mail
def m3937() -> None:
    body = """Hej!

Vi i Virserums Hembygdsgille funderar på att söka idéslanten till sommarens barnaktiviteter i hembygdsparken.

Får vi använda en del av pengarna till lön för en ungdom som håller i aktiviteterna i juli, ungefär 6 000 kr? Och Virserums Köpmannaförening vill också söka till en sak - gäller taket på 15 000 för hela Virserum i så fall?

mvh Lotta Sandberg
0495-174 06 55
"""
    raw = message(
        [
            ("From", addr("Lotta Sandberg", "lotta.sandberg@example.se", "windows-1252")),
            ("To", OFFICER),
            ("Subject", hdr("Fråga: lön till ungdomsledare?", "windows-1252")),
            ("Date", date(5, 5, 13, 7)),
            ("Message-ID", "<3937.virserum.fraga.lotta@example.se>"),
        ],
        text_part(body, cs="windows-1252", cte="8bit"),
    )
    add(
        3937,
        "virserum-fraga-lon",
        raw,
        label(
            "question",
            "sv",
            "",
            "Question (windows-1252 8bit, encoded-word subject in windows-1252): may part of the grant pay a wage to a young activity leader (about 6 000 kr), and does the 15 000 cap cover all of Virserum? Not an application. The question itself proposes a salary, so salary_costs true; physical_investment null. The 6 000 is a proposed wage, not an amount applied for, so amount_sek null.",
            association_name="Virserums Hembygdsgille",
            contact_name="Lotta Sandberg",
            contact_email="lotta.sandberg@example.se",
            contact_phone="0495-174 06 55",
            ort="Virserum",
            salary_costs=True,
        ),
    )


ROCKNEBY_MID = "<3938.rockneby.goran.ax@example.se>"


@mail
def m3938() -> None:
    org = orgnr("802290613")
    body = f"""Hej!

Som vi pratade om i telefon förra veckan vill Rockneby Byalag söka idéslanten för det vi sa.

Rockneby Byalag är en förening med 79 medlemmar, org.nr {org}. Byalagets styrelse och byamötet 3 februari (34 deltagare) står bakom, och Rocknebys Pensionärsförening hjälper till.

Kostnader:
Lokal 2 000
Material 3 500
Fika 1 500
Totalt 7 000 kr

Göran Axelsson
070-174 06 59
"""
    raw = message(
        [
            ("From", addr("Göran Axelsson", "goran.axelsson@example.se")),
            ("To", OFFICER),
            ("Subject", "Ideslanten Rockneby"),
            ("Date", date(5, 7, 15, 22)),
            ("Message-ID", ROCKNEBY_MID),
        ],
        text_part(body, cs="utf-8", cte="8bit"),
    )
    add(
        3938,
        "rockneby-som-vi-pratade-om",
        raw,
        label(
            "application",
            "sv",
            "association contact anchoring budget",
            "Short utf-8 mail whose activity exists only in an earlier phone call: 'för det vi sa' – nothing in the text says what will be done, so activity false. Association (79 members, org.nr), contact (named signer with phone, own address), anchoring (village meeting 3 February with 34 participants, pensioners' association helps – '34 deltagare' is attendance, not members) and a three-item budget totalling 7 000 are present.",
            association_name="Rockneby Byalag",
            org_number=org,
            contact_name="Göran Axelsson",
            contact_email="goran.axelsson@example.se",
            contact_phone="070-174 06 59",
            members=79,
            ort="Rockneby",
            amount_sek=7000,
            women_and_men=None,
            salary_costs=False,
            physical_investment=False,
        ),
        ROCKNEBY_MID,
    )


@mail
def m3939() -> None:
    expl = """Leveransen misslyckades till följande mottagare eller grupper:

therese.lundgre@example.net
Mottagarens e-postadress hittades inte. Kontrollera adressen och försök igen.

Diagnostisk information för administratörer:
Genererande server: mail.example.se
Remote Server returned '550 5.1.1 RESOLVER.ADR.RecipNotFound; not found'
"""
    status = """Reporting-MTA: dns;mail.example.se
Received-From-MTA: dns;mail.example.se
Arrival-Date: Mon, 11 May 2026 10:02:17 +0000

Final-Recipient: rfc822;therese.lundgre@example.net
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp;550 5.1.1 RESOLVER.ADR.RecipNotFound; not found
"""
    orig = f"""From: {OFFICER}
To: therese.lundgre@example.net
Subject: SV: Heldag i Ankarsrum
Date: Mon, 11 May 2026 12:02:15 +0200
Message-ID: <officer.20260511.1202.ankarsrum@example.se>
In-Reply-To: <3933-ankarsrum-heldag@example.net>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

Hej Therese!

Tack för er ansökan. Kan du berätta lite mer om vad som ska hända under
heldagen, och vilken förening som står som sökande?

Hälsningar
Landsbygdsutvecklaren, Region Kalmar län
"""
    body = multipart(
        "report",
        [
            text_part(expl, cs="utf-8", cte="quoted-printable"),
            raw_part("Content-Type: message/delivery-status", status),
            raw_part("Content-Type: message/rfc822", orig.encode("utf-8")),
        ],
        "_b3939c2d-4e5f-6a7b-8c9d-0e1f2a3b4c5d_",
        params="; report-type=delivery-status",
    )
    raw = message(
        [
            ("From", addr("Microsoft Outlook", "postmaster@example.se")),
            ("To", OFFICER),
            ("Subject", hdr("Det gick inte att leverera: SV: Heldag i Ankarsrum")),
            ("Date", date(5, 11, 12, 2, 19)),
            ("Message-ID", "<ndr.3939.20260511100219@example.se>"),
            ("Auto-Submitted", "auto-replied"),
            ("Content-Language", "sv-SE"),
        ],
        body,
    )
    add(
        3939,
        "bounce-ankarsrum-adress-finns-ej",
        raw,
        label(
            "bounce",
            "sv",
            "",
            "Exchange-style non-delivery report in Swedish from postmaster (multipart/report with message/delivery-status and the full original as message/rfc822): the officer's question to the Ankarsrum applicant (3933) went to a mistyped address. The returned message contains the officer's own text and the application's Message-ID, but this is a bounce; all facts null.",
        ),
    )


@mail
def m3940() -> None:
    case = "2026-0060"
    rc = receipt(case, ["activity"])
    text = f"""Hej,

här kommer beskrivningen av vad vi ska göra, jag skrev ihop den i Word.

Göran Axelsson
Rockneby Byalag

________________________________
Från: {BOT_NAME} <{BOT_ADDR}>
Skickat: den 7 maj 2026 15:23
Till: Göran Axelsson <goran.axelsson@example.se>
Ämne: Re: Ideslanten Rockneby [Idéslanten {case}]

{rc}
"""
    paras = [
        "**Äpplen åt alla – Rockneby 2026",
        "",
        "Lördag 3 oktober kl. 10–15 ställer vi upp en hyrd mobil musteripress på skolgården vid gamla skolan i Rockneby. Byborna tar med äpplen från sina trädgårdar och pressar dem tillsammans med grannarna; den som inte har egna träd får äpplen från dem som har för mycket. Musten tappas i bag-in-box som var och en tar med hem.",
        "",
        "Veckan före plockar barnen från Rockneby skola äpplen från de övergivna träden längs banvallen tillsammans med pensionärsföreningen, som också bakar äppelkaka till dagen.",
        "",
        "Varför: I dag ruttnar tonvis med äpplen i byns trädgårdar. När vi pressar tillsammans blir det en mötesplats för grannar som annars aldrig ses, barnen lär sig varifrån maten kommer, och inget går till spillo. Blir det lyckat vill vi göra det till en återkommande skördedag.",
        "",
        "Materialposten i budgeten (3 500 kr) är hyran av pressen för en dag och bag-in-box-förpackningar.",
    ]
    body = multipart(
        "mixed",
        [
            text_part(text, cs="utf-8", cte="quoted-printable"),
            attachment(
                docx(paras),
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                "aktivitet rockneby.docx",
            ),
        ],
        "_004_3940AM9PR02MB_",
    )
    raw = message(
        [
            ("From", addr("Göran Axelsson", "goran.axelsson@example.se")),
            ("To", BOT),
            ("Subject", hdr(f"SV: Re: Ideslanten Rockneby [Idéslanten {case}]")),
            ("Date", date(5, 14, 8, 10)),
            ("Message-ID", "<3940.rockneby.svar.goran@example.se>"),
            ("In-Reply-To", receipt_id(case)),
            ("References", f"{ROCKNEBY_MID} {receipt_id(case)}"),
        ],
        body,
    )
    add(
        3940,
        "rockneby-aktivitet-i-docx",
        raw,
        label(
            "followup",
            "sv",
            "contact activity",
            "Followup to 3938 answering the receipt that asked for the activity; Outlook-web quoting (underscore line, Från/Skickat/Till/Ämne block, receipt unindented). The body only says 'here is the description'; the activity is in a .docx attachment: a community apple-pressing day 3 October 10–15 with a rented mobile press, children and pensioners picking abandoned trees beforehand, purpose stated – activity true from the attachment. Contact: signed with full name from his own address. Budget false: the only figure explains one item of the earlier budget (3 500 kr for press rental and packaging), not an overview budget, and it is not an applied amount (amount_sek null). Renting the press is not an investment; bag-in-box is a consumable.",
            association_name="Rockneby Byalag",
            contact_name="Göran Axelsson",
            contact_email="goran.axelsson@example.se",
            ort="Rockneby",
            amount_sek=None,
            salary_costs=False,
            physical_investment=False,
        ),
    )


# === MAILS END ===


# ---------------------------------------------------------------------------
# self-check and main
# ---------------------------------------------------------------------------

EMAIL_RE = re.compile(r"[A-Za-z0-9._%+-]+@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)")


def _texts(msg) -> list[str]:
    out = []
    for part in msg.walk():
        if part.is_multipart():
            continue
        payload = part.get_payload(decode=True) or b""
        ct = part.get_content_type()
        if ct.startswith("text/") or ct.startswith("message/"):
            cs = part.get_content_charset() or "latin-1"
            out.append(payload.decode(cs, "replace"))
        elif ct.endswith("wordprocessingml.document") or ct.endswith("spreadsheetml.sheet"):
            with zipfile.ZipFile(BytesIO(payload)) as z:
                for n in z.namelist():
                    out.append(re.sub(r"<[^>]+>", " ", z.read(n).decode("utf-8")))
        elif ct == "application/pdf":
            out.append(payload.decode("latin-1"))
            for m in re.finditer(rb"/FlateDecode >>\nstream\n(.*?)\nendstream", payload, re.S):
                out.append(zlib.decompress(m.group(1)).decode("latin-1"))
    return out


def check() -> None:
    files = sorted(p.name for p in OUT.glob("*.eml"))
    labels = json.loads((OUT / "labels.json").read_text(encoding="utf-8"))
    assert files == sorted(labels), set(files) ^ set(labels)
    app_ids: dict[str, str] = {}
    parsed = {}
    prev = None
    for name in files:
        assert re.fullmatch(r"39\d\d-[a-z0-9-]+\.eml", name), name
        raw = (OUT / name).read_bytes()
        assert b"\r" not in raw, name
        msg = BytesParser(policy=policy.compat32).parsebytes(raw)
        lab = labels[name]
        defects = [d for part in msg.walk() for d in part.defects]
        if not lab["notes"].startswith("Malformed:"):
            assert not defects, (name, defects)
        dt = parsedate_to_datetime(msg["Date"])
        assert dt.year == 2026, name
        if prev is not None:
            assert dt > prev, f"Date order broken at {name}"
        prev = dt
        parsed[name] = msg
        # schema
        assert set(lab) == {"kind", "language", "elements", "facts", "notes"}, name
        assert lab["kind"] in KINDS and lab["language"] in ("sv", "en"), name
        assert set(lab["elements"]) == set(ELS) and all(
            isinstance(v, bool) for v in lab["elements"].values()
        ), name
        assert set(lab["facts"]) == set(FACTS), name
        assert lab["notes"].strip(), name
        f = lab["facts"]
        if lab["kind"] not in ("application", "followup"):
            assert not any(lab["elements"].values()), name
        if lab["kind"] in ("autoreply", "bounce", "newsletter", "spam"):
            assert all(v is None for v in f.values()), name
        if lab["kind"] in ("application", "followup"):
            assert isinstance(f["salary_costs"], bool) and isinstance(
                f["physical_investment"], bool
            ), name
        if f["org_number"] is not None:
            assert luhn_ok(f["org_number"]), (name, f["org_number"])
        for k in ("members", "amount_sek"):
            assert f[k] is None or isinstance(f[k], int), (name, k)
        texts = [str(v) for _, v in msg.items()] + [raw.decode("latin-1")] + _texts(msg)
        for t in texts:
            for m in EMAIL_RE.finditer(t):
                dom = m.group(1).lower()
                assert dom in ALLOWED_DOMAINS, (name, m.group(0))
            for m in re.finditer(r"\b\d{6}-\d{4}\b", t):
                assert luhn_ok(m.group(0)), (name, m.group(0))
        if f["org_number"]:
            assert any(f["org_number"] in t for t in texts), name
        if lab["kind"] == "application":
            app_ids[msg["Message-ID"].strip()] = name
    for name in files:
        lab = labels[name]
        if lab["kind"] != "followup":
            continue
        msg = parsed[name]
        irt = (msg["In-Reply-To"] or "").strip()
        refs = (msg["References"] or "").split()
        assert irt, name
        if irt in app_ids:
            assert app_ids[irt] < name, name
        else:
            assert any(r in app_ids and app_ids[r] < name for r in refs), (name, irt, refs)
        subj = str(make_header(decode_header(msg["Subject"] or "")))
        assert re.match(r"(?i)(re|sv|aw|fw|vs):", subj), name
    print(f"check ok: {len(files)} mails")


def main() -> int:
    OUT.mkdir(parents=True, exist_ok=True)
    for old in OUT.glob("*.eml"):
        old.unlink()
    for b in BUILDERS:
        b()
    nums = [m[0] for m in MAILS]
    assert nums == sorted(nums) and len(set(nums)) == len(nums), nums
    labels = {}
    for num, slug, raw, lab in MAILS:
        name = f"{num}-{slug}.eml"
        (OUT / name).write_bytes(raw)
        labels[name] = lab
    (OUT / "labels.json").write_text(
        json.dumps(labels, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
    )
    check()
    return 0


if __name__ == "__main__":
    sys.exit(main())
