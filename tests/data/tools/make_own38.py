"""Generator for the own38 corpus: 40 labelled, fictional e-mails (5401–5440) to the intake bot
of Region Kalmar län's micro-grant "regional bygdepeng – idéslanten".

Emphasis of this corpus: the ACTIVITY element at its borders, written in many styles. True
activities without event nouns or dates but with enough what/how (a winter cooking rota, a
programme written as a timetable, bullet fragments, an English newcomer describing a walk,
conditional plans, activities defined by their result) against false activities that sound
concrete (a title and a date only, a theme day whose content is decided later, a menu of ideas,
continued ordinary club training, a wish for "aktiviteter under året", a bare budget list).
The other elements, kinds, encodings and writing styles vary as usual.

Everything is invented; all addresses use example.se/.com/.org/.net and all dates are in 2026.
The script is deterministic (fixed Message-IDs, MIME boundaries and zip timestamps) and checks
its own output at the end.

Regenerate (writes tests/data/own38/*.eml and labels.json):

    /work/main/.venv/bin/python tests/data/tools/make_own38.py
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
from urllib.parse import quote

OUT = Path(__file__).resolve().parent.parent / "own38"

BOT_ADDR = "ideslanten@example.se"
BOT_NAME = "Idéslanten – Region Kalmar län"
OFFICER_ADDR = "landsbygdsutvecklare@example.se"
OFFICER_NAME = "Landsbygdsutvecklare Region Kalmar län"

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
KINDS = ("application", "followup", "question", "autoreply", "bounce", "newsletter", "spam")

MAILS: list[tuple[str, bytes]] = []
LABELS: dict[str, dict] = {}
MSGIDS: dict[int, str] = {}


# ---------------------------------------------------------------------------
# small helpers
# ---------------------------------------------------------------------------


def org(prefix9: str) -> str:
    """Return a Luhn-valid Swedish organisation number NNNNNN-NNNN from nine digits."""
    digits = [int(c) for c in prefix9 if c.isdigit()]
    assert len(digits) == 9
    total = 0
    for i, d in enumerate(digits):
        v = d * (2 if i % 2 == 0 else 1)
        total += v - 9 if v > 9 else v
    check = (10 - total % 10) % 10
    s = "".join(map(str, digits)) + str(check)
    return s[:6] + "-" + s[6:]


def luhn_ok(orgnr: str) -> bool:
    if not re.fullmatch(r"\d{6}-\d{4}", orgnr):
        return False
    digits = [int(c) for c in orgnr if c.isdigit()]
    total = 0
    for i, d in enumerate(digits):
        v = d * (2 if i % 2 == 0 else 1)
        total += v - 9 if v > 9 else v
    return total % 10 == 0


def when(month: int, day: int, hour: int, minute: int, second: int = 0) -> str:
    """RFC 5322 date in Swedish local time (CET/CEST, DST 29 Mar – 25 Oct 2026)."""
    naive = datetime(2026, month, day, hour, minute, second)
    summer = datetime(2026, 3, 29, 2) <= naive < datetime(2026, 10, 25, 3)
    tz = timezone(timedelta(hours=2 if summer else 1))
    return format_datetime(naive.replace(tzinfo=tz))


def addr(name: str | None, address: str, charset: str = "utf-8") -> str:
    if not name:
        return address
    if name.isascii():
        if re.search(r"[(),.:;<>@\[\]\"]", name):
            return '"' + name.replace('"', '\\"') + '" <' + address + ">"
        return f"{name} <{address}>"
    return Header(name, charset).encode() + f" <{address}>"


def subj(text: str, charset: str = "utf-8") -> str:
    if text.isascii():
        return text
    return Header(text, charset, maxlinelen=76).encode(linesep="\n")


BOT = addr(BOT_NAME, BOT_ADDR)
OFFICER = addr(OFFICER_NAME, OFFICER_ADDR)


# ---------------------------------------------------------------------------
# MIME entities (bytes: headers, blank line, body)
# ---------------------------------------------------------------------------


def _norm(text: str) -> str:
    text = text.replace("\r\n", "\n")
    if not text.endswith("\n"):
        text += "\n"
    return text


def text(
    body: str,
    sub: str = "plain",
    cs: str | None = "utf-8",
    cte: str = "8bit",
    flowed: bool = False,
) -> bytes:
    body = _norm(body)
    ctype = f"text/{sub}"
    if cs:
        ctype += f"; charset={cs}" if cs != "utf-8" else '; charset="utf-8"'
    if flowed:
        ctype += "; format=flowed"
    raw = body.encode(cs or "ascii")
    if cte == "quoted-printable":
        payload = quopri.encodestring(raw)
    elif cte == "base64":
        payload = base64.encodebytes(raw)
    else:
        payload = raw
    head = f"Content-Type: {ctype}\nContent-Transfer-Encoding: {cte}\n\n"
    return head.encode("ascii") + payload


def attach(data: bytes, ctype: str, filename: str, inline: bool = False) -> bytes:
    disp = "inline" if inline else "attachment"
    if filename.isascii():
        fn = f'"{filename}"'
        head = f"Content-Type: {ctype}; name={fn}\nContent-Disposition: {disp}; filename={fn}\n"
    else:
        enc = "utf-8''" + quote(filename, safe="")
        head = f"Content-Type: {ctype}; name*={enc}\nContent-Disposition: {disp}; filename*={enc}\n"
    head += "Content-Transfer-Encoding: base64\n\n"
    return head.encode("ascii") + base64.encodebytes(data)


def multipart(
    sub: str, boundary: str, parts: list[bytes], extra: str = "", preamble: str = ""
) -> bytes:
    head = f'Content-Type: multipart/{sub}; boundary="{boundary}"{extra}\n\n'
    out = head.encode("ascii")
    if preamble:
        out += preamble.encode("ascii") + b"\n"
    for p in parts:
        out += b"--" + boundary.encode("ascii") + b"\n" + p
        if not p.endswith(b"\n"):
            out += b"\n"
    out += b"--" + boundary.encode("ascii") + b"--\n"
    return out


def fold_refs(ids: list[str]) -> str:
    return "\n ".join(ids)


def add(
    num: int,
    slug: str,
    *,
    date: str,
    frm: str,
    subject: str,
    entity: bytes,
    label: dict,
    msgid: str,
    to: str = BOT,
    cc: str | None = None,
    in_reply_to: str | None = None,
    references: list[str] | None = None,
    extra: list[tuple[str, str]] | None = None,
    mime_version: bool = True,
) -> None:
    lines = []
    for k, v in extra or []:
        if k.startswith("^"):
            lines.append(f"{k[1:]}: {v}")
    lines += [f"From: {frm}", f"To: {to}"]
    if cc:
        lines.append(f"Cc: {cc}")
    lines += [f"Subject: {subject}", f"Date: {date}", f"Message-ID: {msgid}"]
    if in_reply_to:
        lines.append(f"In-Reply-To: {in_reply_to}")
    if references:
        lines.append(f"References: {fold_refs(references)}")
    for k, v in extra or []:
        if not k.startswith("^"):
            lines.append(f"{k}: {v}")
    if mime_version:
        lines.append("MIME-Version: 1.0")
    raw = ("\n".join(lines) + "\n").encode("ascii") + entity
    name = f"{num}-{slug}.eml"
    MAILS.append((name, raw))
    LABELS[name] = label
    MSGIDS[num] = msgid


def label(kind: str, lang: str, el: str, notes: str, **facts) -> dict:
    """el: five 0/1 characters in the order association, contact, activity, anchoring, budget."""
    assert kind in KINDS and lang in ("sv", "en") and len(el) == 5
    for k in facts:
        assert k in FACTS, k
    return {
        "kind": kind,
        "language": lang,
        "elements": {e: c == "1" for e, c in zip(ELEMENTS, el, strict=True)},
        "facts": {f: facts.get(f) for f in FACTS},
        "notes": notes,
    }


# ---------------------------------------------------------------------------
# attachments built by hand: .docx, .xlsx, .pdf, .png
# ---------------------------------------------------------------------------

ZIP_TIME = (2026, 1, 1, 12, 0, 0)


def _zip(files: list[tuple[str, str]]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, content in files:
            info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            z.writestr(info, content.encode("utf-8"))
    return buf.getvalue()


def _x(s: str) -> str:
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'


def docx(blocks: list) -> bytes:
    """blocks: str = paragraph ('# ' prefix = bold heading), list of rows = table."""
    body = []
    for b in blocks:
        if isinstance(b, str):
            if b.startswith("# "):
                body.append(
                    f'<w:p><w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">{_x(b[2:])}</w:t></w:r></w:p>'
                )
            else:
                body.append(f'<w:p><w:r><w:t xml:space="preserve">{_x(b)}</w:t></w:r></w:p>')
        else:
            rows = []
            for row in b:
                cells = "".join(
                    f'<w:tc><w:p><w:r><w:t xml:space="preserve">{_x(c)}</w:t></w:r></w:p></w:tc>'
                    for c in row
                )
                rows.append(f"<w:tr>{cells}</w:tr>")
            body.append("<w:tbl>" + "".join(rows) + "</w:tbl>")
    document = (
        XML_HEAD
        + '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>'
        + "".join(body)
        + "</w:body></w:document>"
    )
    ctypes = (
        XML_HEAD + '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
        "</Types>"
    )
    rels = (
        XML_HEAD
        + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
        "</Relationships>"
    )
    return _zip(
        [("[Content_Types].xml", ctypes), ("_rels/.rels", rels), ("word/document.xml", document)]
    )


def _col(i: int) -> str:
    return "ABCDEFGHIJ"[i]


def xlsx(rows: list[list], sheet: str = "Budget") -> bytes:
    """rows of cells: str -> inline string, int -> number, ('=SUM(..)', value) -> formula with cached value."""
    xml_rows = []
    for r, row in enumerate(rows, start=1):
        cells = []
        for c, val in enumerate(row):
            ref = f"{_col(c)}{r}"
            if val is None or val == "":
                continue
            if isinstance(val, tuple):
                cells.append(f'<c r="{ref}"><f>{_x(val[0].lstrip("="))}</f><v>{val[1]}</v></c>')
            elif isinstance(val, (int, float)):
                cells.append(f'<c r="{ref}"><v>{val}</v></c>')
            else:
                cells.append(
                    f'<c r="{ref}" t="inlineStr"><is><t xml:space="preserve">{_x(val)}</t></is></c>'
                )
        xml_rows.append(f'<row r="{r}">' + "".join(cells) + "</row>")
    sheet_xml = (
        XML_HEAD
        + '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
        + "".join(xml_rows)
        + "</sheetData></worksheet>"
    )
    workbook = (
        XML_HEAD + '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
        'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
        f'<sheets><sheet name="{_x(sheet)}" sheetId="1" r:id="rId1"/></sheets></workbook>'
    )
    wb_rels = (
        XML_HEAD
        + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
        "</Relationships>"
    )
    ctypes = (
        XML_HEAD + '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
        '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
        "</Types>"
    )
    rels = (
        XML_HEAD
        + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
        "</Relationships>"
    )
    return _zip(
        [
            ("[Content_Types].xml", ctypes),
            ("_rels/.rels", rels),
            ("xl/workbook.xml", workbook),
            ("xl/_rels/workbook.xml.rels", wb_rels),
            ("xl/worksheets/sheet1.xml", sheet_xml),
        ]
    )


def _pdf_str(s: str) -> bytes:
    raw = s.encode("cp1252")
    return b"(" + raw.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)") + b")"


def pdf(lines: list[str], compress: bool = False, per_page: int = 48) -> bytes:
    """A minimal PDF, Helvetica (Type1, WinAnsiEncoding), text extractable."""
    pages = [lines[i : i + per_page] for i in range(0, len(lines), per_page)] or [[]]
    n = len(pages)
    # object numbers: 1 catalog, 2 pages, 3 font, then per page: page obj, content obj
    objs: dict[int, bytes] = {}
    objs[1] = b"<< /Type /Catalog /Pages 2 0 R >>"
    kids = " ".join(f"{4 + 2 * i} 0 R" for i in range(n))
    objs[2] = f"<< /Type /Pages /Kids [{kids}] /Count {n} >>".encode()
    objs[3] = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"
    for i, plines in enumerate(pages):
        stream = b"BT\n/F1 11 Tf\n14 TL\n50 790 Td\n"
        for ln in plines:
            stream += _pdf_str(ln) + b" Tj T*\n"
        stream += b"ET\n"
        if compress:
            data = zlib.compress(stream, 9)
            content = (
                f"<< /Length {len(data)} /Filter /FlateDecode >>\nstream\n".encode()
                + data
                + b"\nendstream"
            )
        else:
            content = f"<< /Length {len(stream)} >>\nstream\n".encode() + stream + b"endstream"
        objs[4 + 2 * i] = (
            f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents {5 + 2 * i} 0 R >>".encode()
        )
        objs[5 + 2 * i] = content
    out = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"
    offsets = {}
    for k in sorted(objs):
        offsets[k] = len(out)
        out += f"{k} 0 obj\n".encode() + objs[k] + b"\nendobj\n"
    xref = len(out)
    size = max(objs) + 1
    out += f"xref\n0 {size}\n".encode() + b"0000000000 65535 f \n"
    for k in range(1, size):
        out += f"{offsets[k]:010d} 00000 n \n".encode()
    out += f"trailer\n<< /Size {size} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return out


def png(width: int, height: int, seed: int = 7) -> bytes:
    """A small greyscale PNG with a deterministic pattern (a 'photo' nobody can read)."""
    rows = b""
    for y in range(height):
        row = bytes(((x * seed + y * 13 + (x * y) % 17) * 5) % 256 for x in range(width))
        rows += b"\x00" + row

    def chunk(tag: bytes, data: bytes) -> bytes:
        return (
            struct.pack(">I", len(data))
            + tag
            + data
            + struct.pack(">I", zlib.crc32(tag + data) & 0xFFFFFFFF)
        )

    ihdr = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", ihdr)
        + chunk(b"IDAT", zlib.compress(rows, 9))
        + chunk(b"IEND", b"")
    )


# ---------------------------------------------------------------------------
# the bot's receipt and quoting styles used in followups
# ---------------------------------------------------------------------------

GUIDE = {
    "association": "Förening/grupp: namnet på er förening eller grupp och något om den (t.ex. organisationsnummer, antal medlemmar)",
    "contact": "Kontaktperson: namn och e-post eller telefon till den som vi kan kontakta",
    "activity": "Aktivitet: vad ni ska göra, när och hur, och hur det främjar utvecklingen på orten",
    "anchoring": "Lokal förankring: hur aktiviteten är förankrad i byn, t.ex. byamöte, enkät eller samarbete med andra föreningar",
    "budget": "Budget: en översiktlig budget med kostnadsposter och belopp",
}


def receipt(case: str, missing: list[str], variant: int = 0) -> str:
    lines = [
        "Hej!",
        "",
        f"Tack för er ansökan om idéslanten! Vi har tagit emot den och gett den ärendenummer {case}.",
    ]
    if variant == 1:
        lines.append("Innan ansökan kan bedömas behöver vi komplettering. Följande saknas:")
    else:
        lines.append("Vi saknar följande i er ansökan:")
    lines.append("")
    for m in missing:
        lines.append(f"– {GUIDE[m]}")
    lines += [
        "",
        "Svara gärna på det här mejlet med det som saknas, så läggs det till i ert ärende.",
        "",
        "Vänliga hälsningar",
        "Idéslanten – Region Kalmar län",
        "(automatiskt svar)",
    ]
    return "\n".join(lines)


def receipt_id(case: str) -> str:
    return f"<kvitto.{case}@example.se>"


def gt(text_: str) -> str:
    """Prefix every line with '> ' (blank lines get '>')."""
    return "\n".join(("> " + ln) if ln else ">" for ln in text_.split("\n"))


# ---------------------------------------------------------------------------
# the mails
# ---------------------------------------------------------------------------


def m5401() -> None:
    body = f"""Hej!

Jag skriver för Grannar i Ruda, en ideell förening som bildades 2024 av folk i byn som själva har flyttat hit någon gång. Vi är 34 medlemmar i dag, org.nr {org("802538441")}.

Varannan onsdag i vinter lånar vi skolans kök när skoldagen är slut och lagar mat tillsammans med de nyinflyttade – både familjerna som kommit från Syrien och Eritrea och de som flyttat hit från Stockholm och Göteborg. En av oss som bott här länge står för receptet den kvällen, vi handlar råvarorna tillsammans, lagar och äter sedan vid de långa borden i matsalen. Barnen gör efterrätten. Kvinnor och män, unga och gamla är välkomna och vi turas om att hålla i kvällarna.

Varför? De som flyttar hit lär känna sina grannar, hör vilka föreningar som finns, får tips om jobb och samåkning, och vi som bott här länge får fler att dela sysslorna i byn med. Förra vintern prövade vi tre gånger och två familjer gick efteråt med i brandvärnet och i hembygdsföreningen.

Skolan har sagt ja till köket på onsdagar. Idén kom upp på byastämman i november där ett fyrtiotal var med och alla ville att vi skulle köra. Ruda hembygdsförening och Ruda IF hjälper till att sprida det och lånar ut porslin.

Budget
Råvaror, 6 kvällar à 1 200 kr = 7 200 kr
Städning av skolköket efteråt (skolans städfirma), 6 × 300 kr = 1 800 kr
Tolk arabiska/tigrinja första och sista kvällen, arvode 2 × 900 kr = 1 800 kr
Affischer och utskick 400 kr
Summa 11 200 kr

Vi söker alltså 11 200 kr.

Vänliga hälsningar
Marita Sjöqvist
kontaktperson, Grannar i Ruda
tel 0491-230 47 / 073-811 42 06
"""
    add(
        5401,
        "grannar-i-ruda-matlagning",
        date=when(1, 8, 19, 42, 11),
        frm=addr("Marita Sjöqvist", "marita.sjoqvist@example.com"),
        subject=subj("Ansökan idéslanten – matlagning med nyinflyttade i Ruda"),
        msgid="<a1f3c2e0-5401-4b7e-9d11-0e2f5c8b7a01@example.com>",
        entity=text(body),
        label=label(
            "application",
            "sv",
            "11111",
            "Complete application in plain utf-8 8bit. The activity is written without any event noun or date ('varannan onsdag i vinter lånar vi skolans kök och lagar mat med de nyinflyttade') but says what, how often, where, who does what and why it helps the village (newcomers meet neighbours and join associations), so activity is true. Anchoring is concrete: the byastämma in November with about forty present backed it, the school lends the kitchen and two local clubs help. Budget lists four items with amounts (sum 11 200, also the amount applied for). The interpreter's fee is a fee, not salary, and cleaning is a bought service; nothing is bought to keep, so no physical investment. Both women and men are explicitly welcome. First phone number recorded.",
            association_name="Grannar i Ruda",
            org_number=org("802538441"),
            contact_name="Marita Sjöqvist",
            contact_email="marita.sjoqvist@example.com",
            contact_phone="0491-230 47",
            members=34,
            ort="Ruda",
            amount_sek=11200,
            women_and_men=True,
            salary_costs=False,
            physical_investment=False,
        ),
    )


def m5402() -> None:
    onr = org("802009417")
    doc = docx(
        [
            "# Ansökan om idéslanten 2026 – Kristdala hembygdsförening",
            f"Sökande: Kristdala hembygdsförening, bildad 1927, ca 210 medlemmar, org.nr {onr}. Föreningen äger och driver hembygdsgården och ger ut Kristdalaboken.",
            "Kontaktperson: Gunnar Ek, ordförande, gunnar.ek@example.net, 070-244 18 93",
            "# Vad vi vill göra: ”Tomma hus – nya grannar”, lördag 18 april i Kristdala bygdegård",
            [
                ["Tid", "Programpunkt"],
                ["09.30", "Kaffe. Vi hänger upp socknens gamla skifteskartor på väggarna."],
                [
                    "10.00",
                    "Kartografen Stina Holm visar hur byarna i socknen delats upp sedan laga skifte och var gårdarna låg.",
                ],
                [
                    "11.00",
                    "Arbete by för by: vi ritar in vilka gårdar som är bebodda i dag, vilka som är fritidshus och vilka som står tomma.",
                ],
                ["12.30", "Soppa – Kristdala IF:s ungdomslag serverar."],
                [
                    "13.30",
                    "Samtal: hur får vi de tomma husen sålda till folk som vill bo här året runt? Med en lokal mäklare och kommunens bosättningssamordnare.",
                ],
                [
                    "15.00",
                    "Avslutning. Kartorna sitter kvar i bygdegården till midsommar så att fler kan fylla på.",
                ],
            ],
            "Resultatet blir en förteckning över tomma hus som vi sedan kan kontakta ägarna till, och en bild av var i socknen det behövs fler åretruntboende.",
            "# Förankring",
            "Förslaget lades fram och antogs på årsmötet den 15 februari (62 närvarande). Kristdala IF och Kristdala företagarförening är medarrangörer och flera byalag har lovat att ta med sina byakartor.",
            "# Budget",
            [
                ["Post", "Kronor"],
                ["Föreläsararvode kartograf", "3 000"],
                ["Hyra Kristdala bygdegård", "1 500"],
                ["Soppa och kaffe, ca 80 personer", "4 000"],
                ["Kopior av kartor i A0", "2 200"],
                ["Annons i Kristdalabladet", "800"],
                ["Summa", "11 500"],
            ],
        ]
    )
    body = """Hej,

Här kommer vår ansökan om idéslanten, allt finns i det bifogade dokumentet (program, förankring och budget).

Hör av er om något är oklart.

Med vänlig hälsning
Gunnar Ek
ordf. Kristdala hembygdsförening
"""
    ent = multipart(
        "mixed",
        "----=_Part_5402_1187604.1768400000",
        [
            text(body, cte="quoted-printable"),
            attach(
                doc,
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                "Ansökan idéslanten Kristdala.docx",
            ),
        ],
    )
    add(
        5402,
        "kristdala-tomma-hus",
        date=when(1, 14, 8, 5, 40),
        frm=addr("Gunnar Ek", "gunnar.ek@example.net"),
        subject=subj("Ansökan: Tomma hus – nya grannar (Kristdala)"),
        msgid="<1768374340.5402.gunnar@example.net>",
        entity=ent,
        label=label(
            "application",
            "sv",
            "11111",
            "Complete application whose content is entirely in a .docx attachment (utf-8 quoted-printable body, RFC 2047 encoded attachment name). The activity is given as a timetable: each time slot says what happens, and the closing line says how it helps (finding empty houses and getting year-round residents), so activity is true even though it is just a programme. Anchoring: adopted at the annual meeting with 62 present, two local co-organisers. Budget table with five items, total 11 500 (no separate applied amount, so the total). 'ca 210 medlemmar' read as 210. The lecturer fee is not salary; nothing is bought. Gender is not mentioned, so women_and_men is null.",
            association_name="Kristdala hembygdsförening",
            org_number=onr,
            contact_name="Gunnar Ek",
            contact_email="gunnar.ek@example.net",
            contact_phone="070-244 18 93",
            members=210,
            ort="Kristdala",
            amount_sek=11500,
            women_and_men=None,
            salary_costs=False,
            physical_investment=False,
        ),
    )


def m5403() -> None:
    body = """Hej!

Vi i Berga byförening har pratat om att ha en temadag i maj, men vad den ska innehålla är inte bestämt än - det tar vi på årsmötet i mars.

Två frågor:
1. Kan vi skicka in en ansökan redan nu och komplettera med innehållet efter årsmötet, eller är det bättre att vänta tills vi vet vad dagen ska innehålla?
2. Gäller taket på 15 000 kr per ort eller per förening? Hembygdsföreningen här i Berga funderar nämligen också på att söka.

Tack på förhand!
Bertil Nyström
sekreterare, Berga byförening
"""
    add(
        5403,
        "fraga-temadag-berga",
        date=when(1, 20, 21, 3, 55),
        frm=addr("Bertil Nyström", "b.nystrom@example.org", "iso-8859-1"),
        to=OFFICER,
        subject=subj("Fråga om temadag och taket per ort", "iso-8859-1"),
        msgid="<000a01dc8a1f$5403b2c0$@example.org>",
        entity=text(body, cs="iso-8859-1", cte="quoted-printable"),
        extra=[("X-Mailer", "Microsoft Outlook 16.0")],
        label=label(
            "question",
            "sv",
            "00000",
            "Question, not an application: asks whether a theme day whose content is not yet decided can be applied for now, and whether the 15 000 cap is per locality or per association. It mentions a 'temadag i maj' but applies for nothing, so all elements are false. iso-8859-1 quoted-printable body and Q/B-encoded iso-8859-1 subject and display name. Facts: only what the mail states (association, signer, ort); the 15 000 is a rule amount asked about, not an amount applied for.",
            association_name="Berga byförening",
            contact_name="Bertil Nyström",
            contact_email="b.nystrom@example.org",
            ort="Berga",
        ),
    )


def m5404() -> None:
    body = """Hi there,

My name is Hannah Whitfield and I moved to Löttorp with my husband two years ago. A friend in the hembygdsförening told me about the idéslanten, so here goes - sorry that I write in English, my Swedish is still at the "fika and weather" level!

We are a small association called Norra Ölands Nya Grannar (North Öland New Neighbours). It was started in 2025 by people who have moved to the north of the island: Swedes who came back after many years away, Germans, Dutch, two families from Ukraine and us Brits. We have 23 members, a board of three and bylaws, but no org number yet.

What we want to do: on the first Sunday of every month from April to September we'll meet at Högby church at ten and walk 5-7 km along the old paths around Löttorp. Every time, someone who was born and bred here walks with us and tells about the places - the limestone quarries, the fishing huts, the farm that burned in the fifties, who lived where. We finish with coffee at a farm along the way. The newcomers learn the history of the houses they now live in, and the people who have always lived here get to know the people who bought the house next door. Men and women, young and old, everyone is welcome. Last August we tried one walk and 31 people came, about half of them born on the island.

Löttorps hembygdsförening has promised to find the storytellers among its members, and Högby församling lets us use the parish hall if it pours down. I presented the idea at the byamöte in Löttorp in October and it got a very warm yes from the people there.

Budget
- storyteller fees, 6 x 500 SEK = 3,000 SEK
- coffee and buns, 6 x 600 SEK = 3,600 SEK
- printed map of the six routes, 300 copies = 2,400 SEK
- hire of a minibus so that older walkers can join for the second half, 6 x 700 SEK = 4,200 SEK
Total: 13,200 SEK

Best wishes,
Hannah Whitfield
Norra Ölands Nya Grannar
+46 76 532 18 40
"""
    add(
        5404,
        "north-oland-new-neighbours-walks",
        date=when(1, 27, 15, 22, 8),
        frm=addr("Hannah Whitfield", "hannah.whitfield@example.com"),
        subject=subj("Application: monthly village walks in Löttorp"),
        msgid="<7c0e9a44-5404-43a1-8f6e-2b4d9c1e0f77@example.com>",
        entity=text(body, flowed=True),
        extra=[("User-Agent", "Mozilla Thunderbird 128.6.0")],
        label=label(
            "application",
            "en",
            "11111",
            "Complete application in English by a newcomer. The activity is told as a plan, not as an event ('we'll meet at Högby church at ten and walk 5-7 km … someone born and bred here tells about the places'), with when (first Sunday, April-September), how and why (newcomers and old residents get to know each other), so activity is true. Association: named group with 23 members, board and bylaws, no org number (org_number null). Anchoring: the hembygdsförening supplies storytellers, the parish lends its hall, the byamöte backed it. Budget: four items with amounts, total 13 200. Storyteller fees are fees; hiring a minibus is renting. Men and women explicitly welcome. Format=flowed utf-8 8bit with encoded subject.",
            association_name="Norra Ölands Nya Grannar",
            contact_name="Hannah Whitfield",
            contact_email="hannah.whitfield@example.com",
            contact_phone="+46 76 532 18 40",
            members=23,
            ort="Löttorp",
            amount_sek=13200,
            women_and_men=True,
            salary_costs=False,
            physical_investment=False,
        ),
    )


def m5405() -> None:
    onr = org("802461730")
    body = f"""Hej

Vi i Fågelfors Bruksminnesförening (58 medl., org nr {onr}) har pratat om det här ett tag nu.

Om vi får pengarna skulle vi hyra Folkets hus tre lördagar i höst och bjuda in en fönsterhantverkare från Kalmar som visar hur man lagar de gamla brukshusens fönster – kitta, byta glas, skrapa och linoljemåla. Första lördagen blir genomgång och visning på ett par bågar, andra och tredje lördagen tar var och en med sig en egen båge hemifrån och gör jobbet under handledning. Nästan alla hus på bruksområdet har kvar originalfönstren från början av 1900-talet och många står och förfaller för att ingen längre vet hur man gör. Lär sig 15–20 husägare det här så håller husen, bruksmiljön behåller sin karaktär och den som vill flytta hit köper ett hus som är i skick.

Vi tror att det kommer bli mycket uppskattat i byn och att många vill vara med.

Kostnader (ungefär)
hantverkare arvode 3 lördagar á 2500 = 7500
hyra Folkets hus 3 x 600 = 1800
linolja, kitt, glas mm (förbrukas) 1500
kaffe o smörgås 900
= 11 700 kr

Hälsningar
Roger Lindqvist
0491-410 22
"""
    add(
        5405,
        "fagelfors-fonsterkurs",
        date=when(2, 3, 20, 11, 37),
        frm=addr("Roger Lindqvist", "roger.lindqvist@example.net"),
        subject=subj("idéslanten fönsterlagning Fågelfors", "windows-1252"),
        msgid="<5405.1770145897@mail.example.net>",
        entity=text(body, cs="windows-1252", cte="quoted-printable"),
        label=label(
            "application",
            "sv",
            "11101",
            "Activity in the conditional ('om vi får pengarna skulle vi hyra Folkets hus tre lördagar i höst …'): the conditional does not make it vague, because what, when, who teaches, how the sessions work and the local benefit (the bruk houses keep their windows and character, houses in good shape for newcomers) are all there, so activity is true. Anchoring is false: 'vi har pratat om det' is the association's own talk and 'vi tror att det kommer bli uppskattat' is only a hope. Budget: four items with amounts, total 11 700. The craftsman's fee is a fee, linseed oil and putty are consumables, renting Folkets hus is renting. windows-1252 quoted-printable body with en dashes.",
            association_name="Fågelfors Bruksminnesförening",
            org_number=onr,
            contact_name="Roger Lindqvist",
            contact_email="roger.lindqvist@example.net",
            contact_phone="0491-410 22",
            members=58,
            ort="Fågelfors",
            amount_sek=11700,
            women_and_men=None,
            salary_costs=False,
            physical_investment=False,
        ),
    )


def m5406() -> None:
    onr = org("802417265")
    plain = f"""Hej!

Alsterbro byalag (ca 85 medlemmar, org.nr {onr}) söker idéslanten för en temadag i maj i Alsterbro bygdegård. Innehållet bestämmer vi på årsmötet den 22 mars – det finns många förslag och vi vill att medlemmarna får välja.

Byamötet i januari (31 personer) röstade enhälligt för att byalaget ska ordna en gemensam dag för hela byn i vår, och Alsterbro IK och PRO Alsterbro har lovat att hjälpa till med servering och parkering.

Budget
Hyra av bygdegården 2 000 kr
Föreläsare, arvode 5 000 kr
Fika och lunch 4 500 kr
Annonsering 800 kr
Totalt 12 300 kr

Karin Åberg, ordförande
Alsterbro byalag
0481-530 12
"""
    html = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>
<p>Hej!</p>
<p><b>Alsterbro byalag</b> (ca 85 medlemmar, org.nr {onr}) söker idéslanten för en temadag i maj i Alsterbro bygdegård. Innehållet bestämmer vi på årsmötet den 22 mars – det finns många förslag och vi vill att medlemmarna får välja.</p>
<p>Byamötet i januari (31 personer) röstade enhälligt för att byalaget ska ordna en gemensam dag för hela byn i vår, och Alsterbro IK och PRO Alsterbro har lovat att hjälpa till med servering och parkering.</p>
<table border="1" cellpadding="3">
<tr><th align="left">Budget</th><th></th></tr>
<tr><td>Hyra av bygdegården</td><td align="right">2 000 kr</td></tr>
<tr><td>Föreläsare, arvode</td><td align="right">5 000 kr</td></tr>
<tr><td>Fika och lunch</td><td align="right">4 500 kr</td></tr>
<tr><td>Annonsering</td><td align="right">800 kr</td></tr>
<tr><td><b>Totalt</b></td><td align="right"><b>12 300 kr</b></td></tr>
</table>
<p>Karin Åberg, ordförande<br>Alsterbro byalag<br>0481-530 12</p>
</body></html>
"""
    ent = multipart(
        "alternative",
        "_000_5406AlsterbroByalag_",
        [text(plain, cte="quoted-printable"), text(html, sub="html", cte="quoted-printable")],
    )
    add(
        5406,
        "alsterbro-temadag-maj",
        date=when(2, 9, 10, 2, 14),
        frm=addr("Karin Åberg", "karin.aberg@example.se"),
        subject=subj("Ansökan idéslanten – temadag i maj"),
        msgid="<DB9PR5406MB0042A1B2C3D4E5F6@DB9PR.example.se>",
        entity=ent,
        label=label(
            "application",
            "sv",
            "11011",
            "Border case for the activity: a title, a month and a venue ('en temadag i maj i Alsterbro bygdegård') but the content is explicitly left to the annual meeting, so the officer cannot tell what will be done or how it helps the village – activity false. The lecturer line in the budget does not say what the lecture is about. Everything else is there: named byalag with members and org.nr, chair signing from her own address with phone, anchoring by a byamöte vote (31 present) and two helping local clubs, and a budget of four items (total 12 300). multipart/alternative, quoted-printable, with an HTML table.",
            association_name="Alsterbro byalag",
            org_number=onr,
            contact_name="Karin Åberg",
            contact_email="karin.aberg@example.se",
            contact_phone="0481-530 12",
            members=85,
            ort="Alsterbro",
            amount_sek=12300,
            women_and_men=None,
            salary_costs=False,
            physical_investment=False,
        ),
    )


def m5407() -> None:
    body = """Hej!
Vi i föreningen Vissefjärda Framtid (41 medlemmar) vill söka idéslanten. I höstas gjorde vi en enkät i byn som 46 hushåll svarade på och det som kom fram var att folk saknar saker att göra tillsammans, särskilt på vintern.

Så vi funderar på något av detta:
- kurs i att laga småmotorer (gräsklippare, mopeder)
- filmkvällar i församlingshemmet
- resa till glasbruken med de äldre
- loppis och bytesdag
- kanske en pubkväll med quiz

Vi bestämmer vilket när vi hört vad ni tycker passar bäst. Det kommer kosta ungefär 12 000 kr beroende på vad vi väljer.

mvh Jonna Pettersson
070-318 55 02

Skickat från min Galaxy
"""
    add(
        5407,
        "vissefjarda-framtid-idelista",
        date=when(2, 15, 22, 48, 3),
        frm=addr("Jonna Pettersson", "jonnap91@example.com"),
        subject=subj("Ansökan bidrag Vissefjärda"),
        msgid="<CAK5407jP0q9vF2mXrT8sYb4nE6wQ1dL3a@mail.example.com>",
        entity=text(body, cte="base64"),
        label=label(
            "application",
            "sv",
            "11010",
            "False activity that looks concrete: a bullet list of five possible ideas to choose from ('vi funderar på något av detta … vi bestämmer vilket när vi hört vad ni tycker'), none decided, no when or how – activity false. Anchoring true: a survey in the village answered by 46 households is concrete local backing (the respondents are not members). Budget false: 'ungefär 12 000 kr beroende på vad vi väljer' is a single rough figure without items, but it is recorded as amount_sek. Contact: named signer from her own address with phone. Mobile mail, utf-8 base64 body.",
            association_name="Vissefjärda Framtid",
            contact_name="Jonna Pettersson",
            contact_email="jonnap91@example.com",
            contact_phone="070-318 55 02",
            members=41,
            ort="Vissefjärda",
            amount_sek=12000,
            women_and_men=None,
            salary_costs=False,
            physical_investment=False,
        ),
    )


def m5408() -> None:
    onr = org("802477918")
    body = f"""idéslanten – ansökan Målilla

• sökande: Målilla samhällsförening, 112 medl, org nr {onr}. bystugegruppen (14 pers) håller i det
• studieresa lör 19 sept, hyrd buss, 1 dag, ca 35 pers, alla åldrar, kvinnor o män
• Järnforsen: bygdegårdsfören. visar hur de driver café + lanthandel ideellt – schema för frivilliga, ekonomi, tillstånd
• lunch i Järnforsen
• Virserum: Folkets hus-fören. om hur de fått in hyresgäster i huset
• bussen hem: workshop, vad tar vi med oss till vår bystuga i gamla stationshuset
• mål: öppen bystuga i Målilla 2027 m café, mötesrum, turistinfo
• byamöte 12 feb sa ja till bystugeprojektet (ca 60 pers), Målilla hembygdsfören + Målilla GoIF med i styrgruppen
• kostn: buss 7 800 / lunch 35 x 120 = 4 200 / guidning+fika Järnforsen 1 000 → 13 000 kr
• kontakt Pelle Gustafsson 073-602 41 19

Skickat från min iPhone
"""
    add(
        5408,
        "malilla-studieresa-bystuga",
        date=when(2, 21, 7, 16, 50),
        frm=addr("Pelle Gustafsson", "pelle.gustafsson@example.se"),
        subject=subj("idéslanten Målilla"),
        msgid="<B3E1F0A2-5408-4C55-9E0B-77D1A2C4E908@example.se>",
        entity=text(body),
        label=label(
            "application",
            "sv",
            "11111",
            "Complete application written only in bullet fragments from a phone. The activity is a study trip told in shorthand (date, bus, the two places and what each will show, the workshop on the way home, the goal of an open bystuga in 2027): fragments, but enough what/when/how and local purpose, so true. Association: Målilla samhällsförening with members (112; the 14 in the working group are not the member count) and org.nr. Anchoring: byamöte backed it, two local clubs in the steering group. Budget: three items, 13 000. Hired bus is renting. 'kvinnor o män' gives women_and_men true.",
            association_name="Målilla samhällsförening",
            org_number=onr,
            contact_name="Pelle Gustafsson",
            contact_email="pelle.gustafsson@example.se",
            contact_phone="073-602 41 19",
            members=112,
            ort="Målilla",
            amount_sek=13000,
            women_and_men=True,
            salary_costs=False,
            physical_investment=False,
        ),
    )


def m5409() -> None:
    onr = org("802533807")
    body = f"""Till Region Kalmar län

Målet är att ha en färdig byabok till jul: "Gräsgård - folk och gårdar under hundra år".

Vägen dit: under våren intervjuar vi tio av byns äldsta (den äldsta är 97), två och två - en yngre och en äldre medlem tillsammans, så att kunskapen går vidare. Varannan tisdag träffas skrivargruppen i bystugan och skriver ihop intervjuerna. Fotona som folk har liggande i lådor skannar vi in på biblioteket i Degerhamn, som lånar ut sin skanner. I november trycker vi 150 exemplar som säljs i byn till självkostnadspris, och i december blir det releasefest i bystugan där de intervjuade får sina böcker.

Boken ger en gemensam historia som både nya och gamla gräsgårdsbor kan samlas kring, och de unga som intervjuar lär känna de gamla.

Gräsgårds byalag är en ideell förening med 67 medlemmar, org.nr {onr}. Vi sköter bystugan och ordnar midsommarfirandet. Förslaget kom upp på byalagsmötet i januari där 26 personer var med och tolv anmälde sig direkt till skrivargruppen. Södra Ölands hembygdsförening hjälper till med bilder ur sitt arkiv.

Budget
Tryck 150 ex, 96 sidor   9 800 kr
Fika vid intervjuer och skrivarträffar   1 600 kr
Releasefest   1 200 kr
Summa   12 600 kr

Hälsningar
Styrelsen i Gräsgårds byalag
"""
    add(
        5409,
        "grasgard-byabok",
        date=when(2, 26, 13, 30, 2),
        frm=addr("Gräsgårds byalag", "grasgards.byalag@example.se", "iso-8859-1"),
        subject=subj("Ansökan om idéslanten - byabok för Gräsgård", "iso-8859-1"),
        msgid="<20260226123002.5409@grasgard.example.se>",
        entity=text(body, cs="iso-8859-1"),
        label=label(
            "application",
            "sv",
            "10111",
            "Activity defined by its result ('Målet är att ha en färdig byabok till jul') followed by the way there: ten interviews in pairs of young and old, a writing group every other Tuesday, scanning at the library, printing in November, a release in December – concrete enough, and the benefit (shared history, young meet old) is stated, so activity true. Contact false: the mail comes from the association's shared mailbox and is signed 'Styrelsen' – no named person. Anchoring: byalag meeting with 26 present, twelve volunteers signed up, help from the hembygdsförening. Budget three items, 12 600. Printing books is a product, not equipment; the scanner is borrowed – no physical investment. iso-8859-1 8bit body, encoded subject and display name.",
            association_name="Gräsgårds byalag",
            org_number=onr,
            members=67,
            ort="Gräsgård",
            amount_sek=12600,
            women_and_men=None,
            salary_costs=False,
            physical_investment=False,
        ),
    )


def m5410() -> None:
    case = "2026-0019"
    rec = receipt(case, ["contact"])
    body = f"""Hej!

Jag fick ert svar vidarebefordrat från byalagets brevlåda. Kontaktperson för byaboken är jag, Birgitta Holm, sekreterare i byalaget. Jag nås på 0485-330 71 eller på den här adressen.

Vänligen
Birgitta Holm

Den tors 26 feb. 2026 kl 13:31 skrev Idéslanten – Region Kalmar län <{BOT_ADDR}>:
{gt(rec)}
"""
    add(
        5410,
        "grasgard-byabok-kontakt",
        date=when(3, 2, 9, 12, 45),
        frm=addr("Birgitta Holm", "birgitta.holm@example.com"),
        subject=subj(f"Re: Ansökan om idéslanten - byabok för Gräsgård [Idéslanten {case}]"),
        msgid="<CAH5410bH7kQm2pLx0ZzT4r9WcN8e1Ys@mail.example.com>",
        in_reply_to=receipt_id(case),
        references=[MSGIDS[5409], receipt_id(case)],
        entity=text(body, cte="quoted-printable"),
        label=label(
            "followup",
            "sv",
            "01000",
            "Followup in the thread of 5409 (In-Reply-To the bot's receipt, References the application), Gmail-style '>' quoting of the receipt. The new text names a contact person with phone, writing from her own address, so contact is true; the quoted receipt list adds nothing. No other element is supplied in the new text. Facts only from the new text: the byalag is not named in full here, so association_name is null.",
            contact_name="Birgitta Holm",
            contact_email="birgitta.holm@example.com",
            contact_phone="0485-330 71",
            salary_costs=False,
            physical_investment=False,
        ),
    )


def m5411() -> None:
    onr = org("835001427")
    plain = f"""Hej!

Bergkvara IF (bildad 1919, 240 medlemmar, org.nr {onr}) söker idéslanten för att kunna fortsätta med våra träningar för damlaget och herrlaget under säsongen 2026. Vi tränar som vanligt tisdagar och torsdagar 18.30–20.00 på Bergkvara IP från april till oktober, och juniorerna måndagar.

Föreningen är en viktig samlingspunkt i Bergkvara. Vi samarbetar med Bergkvara byalag kring midsommarfirandet och över 30 föräldrar och andra frivilliga hjälper till med kiosk och planskötsel varje säsong.

Budget
Hyra av konstgräsplan i Torsås i april (innan gräset är klart) 4 000 kr
Ny målbur till juniorerna 6 500 kr
Domararvoden 2 500 kr
Summa 13 000 kr

Mvh Tomas Karlsson
kassör Bergkvara IF
0486-211 90
"""
    html = (
        '<html><body style="font-family:Calibri,sans-serif">'
        + "".join(
            f"<p>{ln}</p>" if ln else ""
            for ln in plain.replace("\n\n", "\x00").replace("\n", "<br>").split("\x00")
        )
        + "</body></html>\n"
    )
    ent = multipart(
        "alternative",
        "=_alt_5411_b3rgkvara",
        [
            text(plain, cs="windows-1252", cte="quoted-printable"),
            text(html, sub="html", cs="windows-1252", cte="quoted-printable"),
        ],
    )
    add(
        5411,
        "bergkvara-if-traningar",
        date=when(3, 5, 18, 20, 31),
        frm=addr("Tomas Karlsson", "tomas.karlsson@example.org"),
        subject=subj("Ansökan idéslanten Bergkvara IF", "windows-1252"),
        msgid="<5411.bergkvaraif.1772731231@example.org>",
        entity=ent,
        label=label(
            "application",
            "sv",
            "11011",
            "False activity that sounds concrete: days, times and place are given, but what is applied for is the continuation of the club's ordinary training ('fortsätta med våra träningar … som vanligt'), nothing new is done and nothing is said about how it develops the village – a strict officer marks activity false. Anchoring true: cooperation with the byalag and over 30 volunteers each season. Budget three items, 13 000. A new goal cage is buying equipment, so physical_investment true; referee fees are not salary. Damlaget and herrlaget give women_and_men true. multipart/alternative, windows-1252 quoted-printable in both parts.",
            association_name="Bergkvara IF",
            org_number=onr,
            contact_name="Tomas Karlsson",
            contact_email="tomas.karlsson@example.org",
            contact_phone="0486-211 90",
            members=240,
            ort="Bergkvara",
            amount_sek=13000,
            women_and_men=True,
            salary_costs=False,
            physical_investment=True,
        ),
    )


def m5412() -> None:
    officer_id = "<lu.20260309.0814.5401@example.se>"
    body = """Hej!

Jag är ledig till och med måndag 23 mars och läser inte min mejl under tiden.

Gäller det Grannar i Ruda och är det brådskande kan du ringa Ahmed Haddad på 073-455 20 18.

Hälsningar
Marita
"""
    add(
        5412,
        "franvaro-marita",
        date=when(3, 9, 8, 14, 22),
        frm=addr("Marita Sjöqvist", "marita.sjoqvist@example.com"),
        to=OFFICER,
        subject=subj("Frånvaro: Re: Ansökan idéslanten – matlagning med nyinflyttade i Ruda"),
        msgid="<a1f3c2e0-5412-4b7e-9d11-0e2f5c8b7a02@example.com>",
        in_reply_to=officer_id,
        references=[MSGIDS[5401], officer_id],
        entity=text(body),
        label=label(
            "autoreply",
            "sv",
            "00000",
            "Out-of-office reply WITHOUT any automation header (no Auto-Submitted, X-Autoreply or Precedence): only the 'Frånvaro:' subject prefix and the text show that it is automatic. It answers the officer's reply in the thread of 5401 (References include the application's Message-ID), so it may look like a followup, but it adds nothing to the application and must not be answered. All elements false and all facts null as for every autoreply.",
        ),
    )


def m5413() -> None:
    onr = org("802465996")
    html = f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Ansökan</title></head>
<body>
<div style="font-family: Arial, sans-serif; font-size: 14px">
<p>Hej!</p>
<p>Fliseryds Bygdegårdsförening (org.nr {onr}, ca 130 medlemmar) söker 9&nbsp;000 kr ur idéslanten till <b>aktiviteter för barn och unga under året</b>.</p>
<p>Det händer för lite för ungdomarna i Fliseryd och vi vill att bygdegården ska bli en plats där de kan träffas. Vi samarbetar med Fliseryds IK och föräldraföreningen på Fliseryds skola, som har lovat att ställa upp med vuxna ledare och bakning till fikat.</p>
<p><u>Budget</u></p>
<ul>
<li>Hyra bygdegården (internhyra) 3&nbsp;000 kr</li>
<li>Material 3&nbsp;000 kr</li>
<li>Fika 2&nbsp;000 kr</li>
<li>Annonser och affischer 1&nbsp;000 kr</li>
</ul>
<p>Summa 9&nbsp;000 kr</p>
<p>Hälsningar<br>Fliseryds Bygdegårdsförening</p>
</div>
</body></html>
"""
    add(
        5413,
        "fliseryd-barn-och-unga",
        date=when(3, 12, 16, 40, 9),
        frm=addr("Fliseryds Bygdegårdsförening", "bygdegarden.fliseryd@example.se"),
        subject=subj("Ansökan idéslanten 2026"),
        msgid="<0102019c5413e1f0-fliseryd-000000@email.example.se>",
        entity=text(html, sub="html", cte="quoted-printable"),
        label=label(
            "application",
            "sv",
            "10011",
            "HTML-only mail (utf-8 quoted-printable). Activity false: 'aktiviteter för barn och unga under året' is a wish and a target group, not a description of anything that will be done – no what, when or how; the budget line 'Material' does not help. Contact false: sent from the association's shared mailbox and signed only with the association name. Anchoring true: concrete cooperation with the local sports club and the school's parents' association, who have promised adult leaders. Budget: four items, 9 000, which is also the amount applied for.",
            association_name="Fliseryds Bygdegårdsförening",
            org_number=onr,
            members=130,
            ort="Fliseryd",
            amount_sek=9000,
            women_and_men=None,
            salary_costs=False,
            physical_investment=False,
        ),
    )


def m5414() -> None:
    onr = org("802420541")
    book = xlsx(
        [
            ["Budget idéslanten 2026", ""],
            ["Påryds Byaförening", ""],
            ["", ""],
            ["Post", "Kronor"],
            ["Lokalhyra", 2500],
            ["Arvode", 6000],
            ["Fika", 2000],
            ["Annonsering", 1000],
            ["Buss", 3000],
            ["Summa", ("=SUM(B5:B9)", 14500)],
        ]
    )
    body = f"""Hej

Vi är Påryds Byaförening, en ideell förening med ca 60 medlemmar som sköter badplatsen och bystugan i Påryd. Org.nr {onr}.

Vi ansöker om 14 500 kr från idéslanten, se bifogad budget.

Kontakt: Ewa Nyberg, kassör, 0480-620 35

Med vänliga hälsningar
Ewa Nyberg
"""
    ent = multipart(
        "mixed",
        "------------5414A0B1C2D3E4F5A6B7C8D9",
        [
            text(body),
            attach(
                book,
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                "budget_paryd.xlsx",
            ),
        ],
        preamble="This is a multi-part message in MIME format.",
    )
    add(
        5414,
        "paryd-budget-utan-innehall",
        date=when(3, 14, 11, 5, 56),
        frm=addr("Ewa Nyberg", "ewa.nyberg@example.net"),
        subject="Ansokan ideslanten Paryd",
        msgid="<5414e0b1-94d2-7a3c-b1e0-6f2d8c9a1b34@example.net>",
        entity=ent,
        extra=[
            (
                "User-Agent",
                "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.7.1",
            )
        ],
        label=label(
            "application",
            "sv",
            "11001",
            "A budget list that names items but never says what will happen: the body gives only the association and the amount, and the .xlsx has Lokalhyra, Arvode, Fika, Annonsering, Buss with amounts and a SUM formula. One can guess at a bus trip with a paid speaker, but nothing says what, when, how or why – activity false. Anchoring false: not a word about local backing. Budget true (readable spreadsheet with five items, total 14 500 = amount applied for). Association with members and org.nr, contact named with phone from her own address. ASCII subject without diacritics.",
            association_name="Påryds Byaförening",
            org_number=onr,
            contact_name="Ewa Nyberg",
            contact_email="ewa.nyberg@example.net",
            contact_phone="0480-620 35",
            members=60,
            ort="Påryd",
            amount_sek=14500,
            women_and_men=None,
            salary_costs=False,
            physical_investment=False,
        ),
    )


def m5415() -> None:
    plain = """LANDSBYGDSNÄTET KALMAR LÄN – NYHETSBREV MARS 2026

Hej alla bygdeeldsjälar!

* Idéslanten 2026 är öppen. Region Kalmar län tar emot ansökningar löpande så länge pengarna räcker. Max 15 000 kr per ort och år.
* Bygdedagen i Högsby lördag 18 april: workshops om föreningsekonomi, digital medlemshantering och hur man söker bidrag. Anmälan senast 5 april.
* Tips från Virserum: så fick de 40 nya medlemmar på ett år.
* Webbinarium 8 april kl 19: "Energigemenskaper på landet".

Läs mer på webben.

Du får det här nyhetsbrevet eftersom du prenumererar på Landsbygdsnätet Kalmar län.
Avregistrera: https://nyhetsbrev.example.org/avregistrera?id=7781
"""
    html = """<html><body style="background:#f3f1ea;font-family:Georgia,serif">
<table width="600" align="center" style="background:#ffffff"><tr><td style="padding:20px">
<h1 style="color:#2e5d34">Landsbygdsnätet Kalmar län</h1>
<h2>Nyhetsbrev mars 2026</h2>
<p>Hej alla bygdeeldsjälar!</p>
<h3>Idéslanten 2026 är öppen</h3>
<p>Region Kalmar län tar emot ansökningar löpande så länge pengarna räcker. Max 15&nbsp;000 kr per ort och år.</p>
<h3>Bygdedagen i Högsby 18 april</h3>
<p>Workshops om föreningsekonomi, digital medlemshantering och hur man söker bidrag. Anmälan senast 5 april.</p>
<h3>Tips från Virserum</h3>
<p>Så fick de 40 nya medlemmar på ett år.</p>
<h3>Webbinarium 8 april kl 19</h3>
<p>”Energigemenskaper på landet”.</p>
<p style="font-size:11px;color:#777">Du får det här nyhetsbrevet eftersom du prenumererar på Landsbygdsnätet Kalmar län.
<a href="https://nyhetsbrev.example.org/avregistrera?id=7781">Avregistrera</a></p>
</td></tr></table></body></html>
"""
    ent = multipart(
        "alternative",
        "b1_5415_nyhetsbrev_mars",
        [text(plain, cte="quoted-printable"), text(html, sub="html", cte="base64")],
    )
    add(
        5415,
        "nyhetsbrev-landsbygdsnatet-mars",
        date=when(3, 16, 7, 0, 0),
        frm=addr("Landsbygdsnätet Kalmar län", "nyhetsbrev@example.org"),
        to=addr(None, OFFICER_ADDR),
        subject=subj("Nyhetsbrev mars: Idéslanten öppen, Bygdedagen i Högsby"),
        msgid="<nb.2026-03.7781.5415@nyhetsbrev.example.org>",
        entity=ent,
        extra=[
            ("List-Id", "Landsbygdsnatet Kalmar lan <nyhetsbrev.example.org>"),
            (
                "List-Unsubscribe",
                "<https://nyhetsbrev.example.org/avregistrera?id=7781>, <mailto:avregistrera@example.org?subject=7781>",
            ),
            ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
            ("Precedence", "bulk"),
        ],
        label=label(
            "newsletter",
            "sv",
            "00000",
            "Bulk newsletter (List-Id, List-Unsubscribe with one-click, Precedence: bulk) from a rural network. It mentions idéslanten, the 15 000 cap and a concrete event with date and programme, but it is nobody's application and must never be answered. All elements false, all facts null. multipart/alternative with a quoted-printable text part and a base64 HTML part.",
        ),
    )


def m5416() -> None:
    body = """Hej,

Ankarsrums Byaförening söker 8 000 kr till Höstfesten den 26 september.

Budget: band 4 000 kr, lokalhyra Folkets park 2 000 kr, mat 2 000 kr.

Vi är 8 medlemmar i föreningen just nu men det brukar komma mycket folk. Vi tror att det blir jätteuppskattat!

Lena Fors, ordf
072-540 81 36
"""
    add(
        5416,
        "ankarsrum-hostfest",
        date=when(3, 22, 19, 58, 40),
        frm=addr("Lena Fors", "lena.fors@example.se"),
        subject=subj("Höstfesten i Ankarsrum 26/9"),
        msgid="<3E7A5416-1B2C-4D3E-8F90-A1B2C3D4E5F6@example.se>",
        entity=text(body, cte="base64"),
        label=label(
            "application",
            "sv",
            "11001",
            "False activity with a title and a date: 'Höstfesten den 26 september' plus budget lines (band, hall, food), but nothing about what the festival will contain, who it is for or how it develops the village – a strict officer marks activity false (the followup 5418 supplies it). Anchoring false: 'det brukar komma mycket folk' and 'vi tror att det blir jätteuppskattat' are expectations, not backing. Budget true: three items with amounts (the band is a performer's fee). Association named with a member count of 8, below the rule's ten, which shows in the facts only. utf-8 base64 body, encoded subject.",
            association_name="Ankarsrums Byaförening",
            contact_name="Lena Fors",
            contact_email="lena.fors@example.se",
            contact_phone="072-540 81 36",
            members=8,
            ort="Ankarsrum",
            amount_sek=8000,
            women_and_men=None,
            salary_costs=False,
            physical_investment=False,
        ),
    )


def m5417() -> None:
    onr = org("802512662")
    budget = pdf(
        [
            "Timmernabbens Samhällsförening",
            "Budget – idéslanten 2026: Dialogkvällar om en ny affär i Timmernabben",
            "",
            "Föreläsare från Coompanion Kalmar län, 2 kvällar x 3 000 kr        6 000 kr",
            "Hyra Folkets hus Timmernabben, 3 kvällar x 700 kr                  2 100 kr",
            "Fika, 3 kvällar x 800 kr                                           2 400 kr",
            "Enkät till 600 hushåll: tryck och porto                           2 900 kr",
            "",
            "Summa                                                             13 400 kr",
            "",
            "Sökt belopp från idéslanten: 13 400 kr",
        ]
    )
    body = f"""Hej!

Timmernabbens Samhällsförening (org.nr {onr}) är en ideell förening med ungefär 150 medlemmar som arbetar för att Timmernabben ska vara en levande ort året runt.

Sedan Konsum stängde i höstas har vi ingen affär i samhället. Vi vill därför ordna tre dialogkvällar i Folkets hus under april och maj:
1) Coompanion berättar hur andra småorter har startat en kooperativ affär och vad som krävs.
2) Vi går igenom svaren på en enkät som vi skickar till alla 600 hushåll (vad skulle ni handla, vilka tider, skulle ni kunna tänka er att gå in med en insats eller jobba ideellt ett pass i månaden).
3) Beslutskväll: ska vi bilda en ekonomisk förening för en byaffär? Coompanion är med igen.
Kvällarna är öppna för alla, kvinnor och män i alla åldrar.

En namninsamling för att få tillbaka en affär fick 212 namn i januari, och Timmernabbens företagarförening och PRO Timmernabben står bakom och hjälper till med enkäten.

Budgeten finns i bifogad pdf.

Med vänliga hälsningar
Sven-Olof Bergh
vice ordf. Timmernabbens Samhällsförening
tel 070-633 19 84
"""
    body = body.replace("–", "-")
    ent = multipart(
        "mixed",
        "=-=-=5417.Timmernabben.Boundary=-=-=",
        [text(body, cs="iso-8859-1"), attach(budget, "application/pdf", "Budget Timmernabben.pdf")],
    )
    add(
        5417,
        "timmernabben-dialog-byaffar",
        date=when(3, 26, 9, 47, 18),
        frm=addr("Sven-Olof Bergh", "svenolof.bergh@example.org", "iso-8859-1"),
        subject=subj("Ansökan idéslanten: dialogkvällar om affär i Timmernabben", "iso-8859-1"),
        msgid="<000001dcbd17$5417a9e0$0b01a8c0@example.org>",
        entity=ent,
        extra=[("X-Mailer", "Microsoft Outlook 14.0")],
        label=label(
            "application",
            "sv",
            "11111",
            "Complete application, iso-8859-1 8bit body with the budget in a PDF (Helvetica, WinAnsi, extractable). The activity is three numbered dialogue evenings, each with its content, leading to a decision on a cooperative village shop – concrete what/when/how and an obvious local-development purpose. Anchoring: a petition with 212 names and two local associations backing and helping. Budget: four items, 13 400, also the amount applied for. 'ungefär 150 medlemmar' read as 150. 'kvinnor och män i alla åldrar' gives women_and_men true. Coompanion's lecturer fee is a fee, not salary.",
            association_name="Timmernabbens Samhällsförening",
            org_number=onr,
            contact_name="Sven-Olof Bergh",
            contact_email="svenolof.bergh@example.org",
            contact_phone="070-633 19 84",
            members=150,
            ort="Timmernabben",
            amount_sek=13400,
            women_and_men=True,
            salary_costs=False,
            physical_investment=False,
        ),
    )


def m5418() -> None:
    case = "2026-0027"
    rec = receipt(case, ["activity", "anchoring"], variant=1)
    body = f"""Hej igen!

Här kommer mer om vad Höstfesten är.

Kl 14 öppnar marknaden i Folkets park. Alla byns föreningar – brandvärnet, hembygdsföreningen, fotbollen, PRO och skolans föräldraförening – har ett bord var där de visar vad de gör och tar upp nya medlemmar. Kl 16 är det knytkalas vid långbordet, och alla som flyttat till Ankarsrum de senaste två åren får en personlig inbjudan i brevlådan. Kl 19 blir det dans till ett lokalt band.

Meningen är att nyinflyttade och unga ska hitta till föreningarna, som alla har för få medlemmar och svårt att få folk till styrelserna.

/Lena Fors
072-540 81 36

________________________________
Från: {BOT_NAME} <{BOT_ADDR}>
Skickat: den 22 mars 2026 20:00
Till: Lena Fors <lena.fors@example.se>
Ämne: Re: Höstfesten i Ankarsrum 26/9 [Idéslanten {case}]

{rec}
"""
    add(
        5418,
        "ankarsrum-hostfest-innehall",
        date=when(3, 29, 14, 6, 12),
        frm=addr("Lena Fors", "lena.fors@example.se"),
        subject="SV: " + subj(f"Höstfesten i Ankarsrum 26/9 [Idéslanten {case}]", "windows-1252"),
        msgid="<3E7A5418-2C3D-4E5F-9A01-B2C3D4E5F607@example.se>",
        in_reply_to=receipt_id(case),
        references=[MSGIDS[5416], receipt_id(case)],
        entity=text(body, cs="windows-1252", cte="quoted-printable"),
        extra=[
            (
                "Thread-Topic",
                subj("Höstfesten i Ankarsrum 26/9 [Idéslanten 2026-0027]", "windows-1252"),
            ),
            ("X-MS-Has-Attach", ""),
        ],
        label=label(
            "followup",
            "sv",
            "01100",
            "Outlook-style followup to 5416 ('SV:' prefix, the receipt below a 'Från/Skickat/Till/Ämne' block without '>' quoting). The new text now describes the festival as a timetable (market where every local association has a table and recruits, a shared meal with personal invitations to newcomers, dance) and says why (newcomers and young people find the associations), so activity is true – the same festival that was false in 5416 as a bare title. Contact true: signed by name with phone from her own address. Anchoring is still not supplied (the receipt's request for it is quoted text and counts for nothing). windows-1252 quoted-printable.",
            contact_name="Lena Fors",
            contact_email="lena.fors@example.se",
            contact_phone="072-540 81 36",
            ort="Ankarsrum",
            salary_costs=False,
            physical_investment=False,
        ),
    )


def m5419() -> None:
    body = """hej!
kan man fa pengar ur ideslanten for en studieresa till danmark? vi ar en syforening i kastlosa, 16 st. vi vill aka och se hur de gor med sina bygdehus pa bornholm. eller maste det vara i sverige?
mvh ulla
"""
    add(
        5419,
        "fraga-studieresa-danmark",
        date=when(4, 2, 17, 31, 5),
        frm=addr(None, "ulla.kastlosa@example.net"),
        to=OFFICER_ADDR,
        subject="fraga om studieresa",
        msgid="<5419.ulla.1775143865@example.net>",
        entity=text(body, cs=None, cte="7bit"),
        label=label(
            "question",
            "sv",
            "00000",
            "Short question typed without Swedish letters, text/plain with no charset parameter and 7bit: may a study trip to Denmark be funded, or must it be in Sweden? It names the group loosely ('en syforening i kastlosa, 16 st') but applies for nothing concrete, so it is a question and all elements are false. Facts only as stated: members 16, ort Kastlösa (written as a normal person spells it), first name only.",
            contact_name="Ulla",
            contact_email="ulla.kastlosa@example.net",
            members=16,
            ort="Kastlösa",
        ),
    )


def m5420() -> None:
    onr = org("769612348")
    body = f"""ANSÖKAN OM REGIONAL BYGDEPENG – IDÉSLANTEN 2026

1. Förening
Mörlunda Bygdegårdsförening u.p.a., org.nr {onr}. 96 medlemmar (hushåll). Äger och driver Mörlunda bygdegård.

2. Kontaktperson
Anders Wik, 070-915 62 40, anders.wik@example.com

3. Aktivitet och hur den främjar lokal utveckling
Informations- och samtalskväll om solel och energigemenskap, torsdag 22 oktober kl 18.30 i Mörlunda bygdegård. En energirådgivare från Energikontoret Sydost berättar hur hushåll i en by kan dela på solel och vad som krävs för att bilda en energigemenskap. Efter fikat delar vi in oss i grupper och diskuterar om Mörlunda ska bilda en egen energiförening; de som vill fortsätta bildar en arbetsgrupp samma kväll. På sikt ger det lägre elkostnader för hushållen och bygdegården och något som håller ihop byn.

4. Lokal förankring
Aktiviteten är väl förankrad i bygden.

5. Budget
Arvode energirådgivare 4 000 kr
Annons i lokaltidningen 1 200 kr
Fika ca 60 personer 1 800 kr
Utskick till hushållen 500 kr
Summa 7 500 kr

Mörlunda 8 april 2026
Anders Wik
"""
    add(
        5420,
        "morlunda-solel-formular",
        date=when(4, 8, 21, 17, 44),
        frm=addr("Anders Wik", "anders.wik@example.com"),
        subject=subj("ANSÖKAN IDÉSLANTEN – Mörlunda Bygdegårdsförening"),
        msgid="<5420.anders.wik.1775675864@example.com>",
        entity=text(body),
        label=label(
            "application",
            "sv",
            "11101",
            "Application written as a numbered form following the five points. Activity true: date, place, what the adviser talks about, the group discussion and the working group formed the same evening, and the local benefit. Anchoring false: the form field only says 'Aktiviteten är väl förankrad i bygden' – the word without any content (no meeting, survey, partner or volunteers). Budget four items, 7 500. Association is an economic association (u.p.a., org.nr starting with 7) with 96 member households read as 96. The adviser's fee is a fee.",
            association_name="Mörlunda Bygdegårdsförening u.p.a.",
            org_number=onr,
            contact_name="Anders Wik",
            contact_email="anders.wik@example.com",
            contact_phone="070-915 62 40",
            members=96,
            ort="Mörlunda",
            amount_sek=7500,
            women_and_men=None,
            salary_costs=False,
            physical_investment=False,
        ),
    )


def m5421() -> None:
    orig_id = "<lu.20260413.0902.5414@example.se>"
    human = """This is the mail system at host mx2.example.net.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<ewa.nyborg@example.net>: host mx2.example.net[192.0.2.25] said: 550 5.1.1
    <ewa.nyborg@example.net>: Recipient address rejected: User unknown in
    virtual mailbox table (in reply to RCPT TO command)
"""
    dsn = """Reporting-MTA: dns; mx2.example.net
X-Postfix-Queue-ID: 4cB7Qx1Zq2z9t5R
X-Postfix-Sender: rfc822; landsbygdsutvecklare@example.se
Arrival-Date: Mon, 13 Apr 2026 09:02:41 +0200 (CEST)

Final-Recipient: rfc822; ewa.nyborg@example.net
Original-Recipient: rfc822;ewa.nyborg@example.net
Action: failed
Status: 5.1.1
Remote-MTA: dns; mx2.example.net
Diagnostic-Code: smtp; 550 5.1.1 <ewa.nyborg@example.net>: Recipient address
    rejected: User unknown in virtual mailbox table
"""
    headers = f"""From: {OFFICER}
To: ewa.nyborg@example.net
Subject: {subj("Sv: Ansokan ideslanten Paryd – vad ska ni göra?")}
Date: Mon, 13 Apr 2026 09:02:40 +0200
Message-ID: {orig_id}
In-Reply-To: {MSGIDS[5414]}
References: {MSGIDS[5414]}
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit
"""
    parts = [
        b"Content-Description: Notification\nContent-Type: text/plain; charset=us-ascii\n\n"
        + human.encode("ascii"),
        b"Content-Description: Delivery report\nContent-Type: message/delivery-status\n\n"
        + dsn.encode("ascii"),
        b"Content-Description: Undelivered Message Headers\nContent-Type: text/rfc822-headers\n\n"
        + headers.encode("ascii"),
    ]
    ent = multipart(
        "report",
        "4cB7Qx1Zq2z9t5R.1776063761/mx2.example.net",
        parts,
        extra="; report-type=delivery-status",
    )
    add(
        5421,
        "bounce-user-unknown",
        date=when(4, 13, 9, 2, 41),
        frm=addr("Mail Delivery System", "MAILER-DAEMON@mx2.example.net"),
        to=OFFICER_ADDR,
        subject="Undelivered Mail Returned to Sender",
        msgid="<20260413070241.4cB7Qx1Zq2z9t5R@mx2.example.net>",
        entity=ent,
        extra=[("Auto-Submitted", "auto-replied")],
        label=label(
            "bounce",
            "en",
            "00000",
            "Postfix-style bounce (multipart/report; report-type=delivery-status with text/plain, message/delivery-status and text/rfc822-headers) of the officer's question to the applicant of 5414, sent to a mistyped address. The returned headers carry In-Reply-To/References to 5414's Message-ID, but it is a machine message: never a followup, never answered. All elements false, all facts null.",
        ),
    )


def m5422() -> None:
    onr = org("802489335")
    body = f"""Hej!

Gullabo Bygdeförening (74 medlemmar, org.nr {onr}) vill söka idéslanten.

Kommunen utreder om Gullabo skola ska läggas ner. Innan beslutet i höst vill vi samla byn under tre kvällar i bygdegården i maj:

Första kvällen går vi igenom kommunens utredning tillsammans med en inbjuden föreläsare från Hela Sverige ska leva, som berättar hur andra byar har gjort (friskola, byskola, skolan som samlingslokal på kvällarna).
Andra kvällen arbetar vi i grupper med hur skolhuset kan användas mer – bibliotek, kvällskurser, föreningsmöten, vård- och servicepunkt.
Tredje kvällen skriver vi ihop ett gemensamt yttrande från byn till kommunen.

Barnfamiljer, äldre och företagare ska alla komma till tals, så vi ordnar barnpassning under kvällarna.

Föräldraföreningen och Gullabo IF är med och arrangerar. På det extrainsatta byamötet i mars kom 70 personer och de gav bygdeföreningen i uppdrag att ordna det här.

Kostnaden räknar vi till ca 9 000 kr.

Med vänlig hälsning
Styrelsen, Gullabo Bygdeförening
"""
    add(
        5422,
        "gullabo-byadialog-skolan",
        date=when(4, 16, 12, 25, 33),
        frm=addr("Gullabo Bygdeförening", "gullabo.bygdeforening@example.se"),
        subject=subj("Ansökan – byadialog om skolan i Gullabo"),
        msgid="<5422.gullabo.20260416122533@example.se>",
        entity=text(body, cte="quoted-printable"),
        label=label(
            "application",
            "sv",
            "10110",
            "Dialogue meetings as the activity: three evenings, each with its content, ending in a joint statement to the municipality – concrete and clearly about the village's future, so activity true. Contact false: shared association mailbox, signed 'Styrelsen'. Budget false: 'ca 9 000 kr' is a single rough figure without items (recorded as amount_sek). Anchoring true: an extra byamöte with 70 people gave the task, two local co-organisers. The 70 are attendance, not members (74 members). utf-8 quoted-printable.",
            association_name="Gullabo Bygdeförening",
            org_number=onr,
            members=74,
            ort="Gullabo",
            amount_sek=9000,
            women_and_men=None,
            salary_costs=False,
            physical_investment=False,
        ),
    )


def m5423() -> None:
    html = """<html><body style="font-family:Arial">
<table width="560" style="border:1px solid #ccc"><tr><td style="background:#00457c;color:#fff;padding:12px"><b>Region Kalmar län – Utbetalningar</b></td></tr>
<tr><td style="padding:14px">
<p>Hej bidragsmottagare,</p>
<p>Ert beviljade bidrag <b>Idéslanten 2026</b> på <b>15 000 SEK</b> kunde inte betalas ut eftersom era bankuppgifter saknas i vårt system.</p>
<p>För att undvika att beslutet återkallas måste ni verifiera er identitet med BankID inom <b>24 timmar</b>.</p>
<p style="text-align:center"><a href="https://bankid-verifiering.example.com/region-kalmar/utbetalning?ref=IDS-88213" style="background:#2f8f3a;color:#fff;padding:10px 20px;text-decoration:none">Verifiera med BankID</a></p>
<p>Med vänlig hälsning<br>Ekonomiavdelningen<br>Region Kalmar län</p>
</td></tr></table>
</body></html>
"""
    add(
        5423,
        "phishing-bankid-utbetalning",
        date=when(4, 18, 3, 12, 9),
        frm=addr("Region Kalmar län Utbetalning", "no-reply@regionkalmar-utbetalning.example.com"),
        to=addr(None, BOT_ADDR),
        subject=subj("Åtgärd krävs: ert bidrag Idéslanten 2026 har inte betalats ut"),
        msgid="<88213.1776474729.phish@regionkalmar-utbetalning.example.com>",
        entity=text(html, sub="html", cte="base64"),
        extra=[("X-Priority", "1 (Highest)"), ("Reply-To", "utbetalning@example.com")],
        label=label(
            "spam",
            "sv",
            "00000",
            "Phishing imitating the region's finance department: a fake payout of 'Idéslanten 2026, 15 000 SEK' and a BankID 'verification' link with 24-hour pressure, from a lookalike domain with a different Reply-To. HTML-only, base64. It uses the grant's vocabulary but applies for nothing: spam, all elements false, all facts null.",
        ),
    )


def m5424() -> None:
    plain = """Hej!

Till nationaldagen ska det finnas en tryckt karta över alla gamla torp och backstugor runt Hägnad, med ett par rader om vem som bodde där och vad de levde av.

Dit kommer vi så här: fyra kvällar i bystugan under våren ritar de äldre i byn in torpen på stora förstoringar av de gamla lantmäterikartorna, medan de yngre skriver ner berättelserna. Sedan går vi ut två lördagar och letar upp grunderna och tar GPS-punkter. Kartan delas ut gratis till alla hushåll och sätts upp vid bystugan och badplatsen, så att sommargäster och nyinflyttade hittar ut i landskapet och får veta vad det är de går förbi.

Vi är några i byn som har hållit på med det här i ett par år. Hembygdsföreningen och bygdegårdsföreningen står bakom, och 14 personer har redan anmält sig till kvällarna.

Budget
Förstoringar av kartor 1 800
Grafisk formgivning (frilans, mot faktura) 3 500
Tryck 400 ex 4 200
Fika 6 tillfällen 1 600
Summa 11 100

Ingrid Malm
0485-361 09
"""
    html = (
        '<div dir="ltr">'
        + "".join(f"<div>{ln if ln else '<br>'}</div>" for ln in plain.rstrip("\n").split("\n"))
        + "</div>\n"
    )
    ent = multipart(
        "alternative",
        "000000000000a5424f0c3e9b1d7e",
        [text(plain, cte="quoted-printable"), text(html, sub="html", cte="quoted-printable")],
    )
    add(
        5424,
        "hagnad-torpkarta",
        date=when(4, 20, 20, 3, 27),
        frm=addr("Ingrid Malm", "ingrid.malm@example.se"),
        subject=subj("Torpkarta över Hägnad – idéslanten"),
        msgid="<CAM5424xK2nq8ZrV0hT6sYp4bW1eQ9dL5f@mail.example.se>",
        entity=ent,
        label=label(
            "application",
            "sv",
            "01111",
            "Activity defined by its result ('Till nationaldagen ska det finnas en tryckt karta över alla gamla torp') and then the way there (four evenings where old residents draw in the crofts, two Saturdays in the field, free distribution and boards at the bystuga and beach) – concrete and with a local benefit, so true. Association false: 'vi är några i byn' is an unnamed group, and the hembygdsförening and bygdegårdsförening that back it are partners, not the applicant; members therefore null. Anchoring true (two local associations behind it, 14 signed up). Budget four items, 11 100; the freelance designer invoices, so no salary; printing and enlargements are not equipment. Gmail-like multipart/alternative.",
            contact_name="Ingrid Malm",
            contact_email="ingrid.malm@example.se",
            contact_phone="0485-361 09",
            ort="Hägnad",
            amount_sek=11100,
            women_and_men=None,
            salary_costs=False,
            physical_investment=False,
        ),
    )


def m5425() -> None:
    onr = org("802521507")
    plain = f"""Hej!

Omställning Virserum är en ideell förening (org.nr {onr}) med 27 medlemmar som jobbar för att vi ska klara mer själva här i Virserum – odling, delning och lagning.

Vi vill starta ett reparationskafé i Folkets hus café sista lördagen varje månad, augusti till november, kl 11–15. Frivilliga som kan laga cyklar, kläder, småel och möbler sitter vid var sitt bord och tar emot det folk har med sig; man lagar tillsammans, så att den som kommer lär sig något. En elektriker kontrollerar allt elektriskt som lagats innan det går hem. Det ger lägre kostnader för hushållen, mindre avfall, kunskap som går vidare mellan generationerna och en ny mötesplats i samhället. Både kvinnor och män finns bland lagarna och vi hoppas på besökare i alla åldrar.

Tolv frivilliga lagare har anmält sig, Virserums hembygdsförening lånar ut sina verktyg och Folkets hus-föreningen ger oss lokalen till halva priset. Idén kom från en enkät vi delade ut på Virserums marknad där 58 av 71 svarande ville ha en lagningsverkstad.

Budget
Lokalhyra 4 x 500 kr = 2 000 kr
Reservdelar och förbrukning (tråd, lim, cykelslangar, lödtenn) 2 500 kr
Elektriker som kontrollerar lagade elprylar, arvode 4 x 500 kr = 2 000 kr
Fika 4 x 400 kr = 1 600 kr
Affischer och annonser 600 kr
Summa 8 700 kr

Hälsningar
Selma Johansson
Omställning Virserum
076-248 90 13
"""
    html = (
        "<html><body>"
        + "".join(f"<p>{p.replace(chr(10), '<br>')}</p>" for p in plain.strip().split("\n\n"))
        + "</body></html>\n"
    )
    ent = multipart(
        "alternative",
        "Apple-Mail=_5425B1C2-D3E4-4F50-A6B7-C8D9E0F1A2B3",
        [text(plain, cte="quoted-printable"), text(html, sub="html", cte="quoted-printable")],
    )
    add(
        5425,
        "virserum-reparationskafe",
        date=when(4, 24, 10, 51, 2),
        frm=addr("Selma Johansson", "selma.johansson@example.org"),
        subject=subj("Idéslanten: reparationskafé i Virserum"),
        msgid="<5425B1C2-D3E4-4F50-A6B7-C8D9E0F1A2B3@example.org>",
        entity=ent,
        extra=[("X-Mailer", "Apple Mail (2.3826.400.131.1.6)")],
        label=label(
            "application",
            "sv",
            "11111",
            "Complete application. Activity true: a repair café with when (last Saturday of each month Aug-Nov, 11-15), where, how it works (volunteers at tables, mending together, an electrician checks) and why (lower household costs, skills passed on, a meeting place). Anchoring true: twelve volunteers signed up, two local associations lend tools and premises, and a survey at the local market (58 of 71 respondents) – respondents are not members. Budget five items, 8 700. Spare parts and thread are consumables and the tools are borrowed, so no physical investment; the electrician's fee is a fee, not salary. 'Både kvinnor och män' gives women_and_men true. Apple Mail multipart/alternative, quoted-printable.",
            association_name="Omställning Virserum",
            org_number=onr,
            contact_name="Selma Johansson",
            contact_email="selma.johansson@example.org",
            contact_phone="076-248 90 13",
            members=27,
            ort="Virserum",
            amount_sek=8700,
            women_and_men=True,
            salary_costs=False,
            physical_investment=False,
        ),
    )


def m5426() -> None:
    case = "2026-0041"
    rec = receipt(case, ["contact", "budget"])
    body = f"""Hej.
Tack för svaret. Vi återkommer med budget efter styrelsemötet.
Mvh Styrelsen

Den 2026-04-16 kl. 12:26, skrev Idéslanten – Region Kalmar län:
{gt(rec)}
"""
    add(
        5426,
        "gullabo-aterkommer",
        date=when(4, 28, 18, 9, 55),
        frm=addr("Gullabo Bygdeförening", "gullabo.bygdeforening@example.se"),
        subject=subj(f"Re: Ansökan – byadialog om skolan i Gullabo [Idéslanten {case}]"),
        msgid="<5426.gullabo.20260428180955@example.se>",
        in_reply_to=receipt_id(case),
        references=[MSGIDS[5422], receipt_id(case)],
        entity=text(body, flowed=True),
        extra=[("User-Agent", "Mozilla Thunderbird 115.18.0")],
        label=label(
            "followup",
            "sv",
            "00000",
            "Followup in the thread of 5422 that supplies nothing useful: 'vi återkommer med budget efter styrelsemötet' is a promise, not a budget, and it is again signed 'Styrelsen' from the shared mailbox, so contact is still false. The quoted receipt (Thunderbird style with '>') lists contact and budget but quoted text never counts. All elements false; no facts stated except the booleans.",
            salary_costs=False,
            physical_investment=False,
        ),
    )


def m5427() -> None:
    body = """Hej Region Kalmar!

Detta skriver jag, Greta Lind 81 år, men det är mitt barnbarn Oscar som skickar det åt mig för jag har ingen dator. Svara gärna till honom på den här adressen eller ring mig på 0492-200 53.

Jag är med i Frödinge hembygdsförening sedan 1968, vi är ett hundratal medlemmar nu och har hembygdsgården vid kyrkan. Förr i tiden slog man ängarna med lie här i Frödinge och det var hela byn som var ute, sen var det fest på logen. Nu är det snart ingen kvar som kan det. Så vi tänkte att en lördag i juli slår vi ängen vid hembygdsgården med lie, de gamla som kan visar de unga hur man håller lien och hur man slipar den, sen räfsar vi och hässjar, och när det är gjort blir det fika och dragspel på logen. Ängen har vuxit igen så det är bra för blommorna också, och folk kommer ut och hjälps åt som förr och lär känna varandra. Pojkar och flickor, gubbar och kärringar, alla får vara med.

Vi pratade om det på hembygdsföreningens vårmöte i mars och alla tyckte det var en bra ide, och Frödinge 4H har sagt att deras ungdomar kommer.

Vad det kostar vet jag inte riktigt men lieslipning och fika och spelman kanske 5000 kr.

Med vänlig hälsning
Greta Lind
Frödinge
"""
    add(
        5427,
        "frodinge-slatter-med-lie",
        date=when(5, 3, 16, 22, 48),
        frm=addr("Oscar Lind", "oscar.lind@example.com"),
        subject=subj("ansökan från Frödinge hembygdsförening (Greta Lind)", "iso-8859-1"),
        msgid="<CAO5427gL3pXn0qV7sRt2mYb9cW4eZ1k8@mail.example.com>",
        entity=text(body, cs="iso-8859-1", cte="quoted-printable"),
        label=label(
            "application",
            "sv",
            "11110",
            "An elderly writer's long story where the activity is in the middle, without an event noun: 'en lördag i juli slår vi ängen vid hembygdsgården med lie, de gamla visar de unga …, sen räfsar vi och hässjar … fika och dragspel på logen', with the benefit (skills kept, meadow restored, people meet) – activity true. Contact true: Greta Lind is named and gives her phone; the mail is sent from her grandson's address, which she asks the region to reply to, so that address is recorded as contact_email. Association: Frödinge hembygdsförening, 'ett hundratal medlemmar' = 100. Anchoring: the spring meeting backed it and the local 4H is coming. Budget false: one rough figure for lumped items ('kanske 5000 kr'), recorded as amount_sek. 'Pojkar och flickor, gubbar och kärringar' gives women_and_men true. iso-8859-1 quoted-printable.",
            association_name="Frödinge hembygdsförening",
            contact_name="Greta Lind",
            contact_email="oscar.lind@example.com",
            contact_phone="0492-200 53",
            members=100,
            ort="Frödinge",
            amount_sek=5000,
            women_and_men=True,
            salary_costs=False,
            physical_investment=False,
        ),
    )


def m5428() -> None:
    officer_id = "<lu.20260505.1410.5404@example.se>"
    body = """Automatiskt svar / Automatic reply

Tack för ditt mejl! Jag är bortrest till och med 17 maj och har begränsad tillgång till e-post.

Thank you for your e-mail. I am travelling until 17 May with limited access to e-mail and will reply when I am back. For questions about the Sunday walks, please contact Löttorps hembygdsförening.

Hannah
"""
    add(
        5428,
        "automatic-reply-hannah",
        date=when(5, 5, 14, 10, 3),
        frm=addr("Hannah Whitfield", "hannah.whitfield@example.com"),
        to=OFFICER,
        subject="Automatic reply: Application: monthly village walks in " + subj("Löttorp"),
        msgid="<7c0e9a44-5428-43a1-8f6e-2b4d9c1e0f78@example.com>",
        in_reply_to=officer_id,
        references=[MSGIDS[5404], officer_id],
        entity=text(body),
        extra=[
            ("Auto-Submitted", "auto-replied"),
            ("X-Autoreply", "yes"),
            ("X-Auto-Response-Suppress", "All"),
        ],
        label=label(
            "autoreply",
            "en",
            "00000",
            "Bilingual out-of-office reply (Swedish first line, mostly English) with Auto-Submitted: auto-replied and X-Autoreply headers, answering the officer's mail in the thread of 5404 (References include the application's Message-ID). It mentions the walks but adds nothing and must not be answered. All elements false, all facts null.",
        ),
    )


def m5429() -> None:
    onr = org("802466192")
    body = f"""Hej!

Rälla Samhällsförening (org.nr {onr}) har ca 140 medlemmar och arbetar för ett levande Rälla.

Vi vill skapa mötesplatser och stärka gemenskapen i Rälla under året genom olika aktiviteter för alla åldrar. Rälla har vuxit mycket med nya villor de senaste åren och många känner inte varandra.

Förankringen i byn är god.

Vi söker 15 000 kr. Budget kommer senare när vi vet mer.

Med vänliga hälsningar
Mats Ahlgren
ordförande, Rälla Samhällsförening
0485-562 11
"""
    add(
        5429,
        "ralla-motesplatser",
        date=when(5, 10, 10, 58, 30),
        frm=addr("Mats Ahlgren", "mats.ahlgren@example.se"),
        subject=subj("Ansökan idéslanten Rälla", "windows-1252"),
        msgid="<5429.1778403510.ahlgren@example.se>",
        entity=text(body, cs="windows-1252", cte="base64"),
        label=label(
            "application",
            "sv",
            "11000",
            "Three missing elements. Activity false: 'skapa mötesplatser och stärka gemenskapen … genom olika aktiviteter för alla åldrar' is a wish with a stated need but no what, when or how (the followup 5430 supplies it). Anchoring false: 'Förankringen i byn är god' is the word without content. Budget false: 'Vi söker 15 000 kr. Budget kommer senare' – a bare amount (recorded as amount_sek) and a promise. Association and contact are fine. 'för alla åldrar' says nothing about gender, so women_and_men null. windows-1252 base64 body.",
            association_name="Rälla Samhällsförening",
            org_number=onr,
            contact_name="Mats Ahlgren",
            contact_email="mats.ahlgren@example.se",
            contact_phone="0485-562 11",
            members=140,
            ort="Rälla",
            amount_sek=15000,
            women_and_men=None,
            salary_costs=False,
            physical_investment=False,
        ),
    )


def m5430() -> None:
    case = "2026-0048"
    rec = receipt(case, ["activity", "anchoring", "budget"])
    budget_txt = """Rälla Samhällsförening - budget Rällakvällar hösten 2026

Hyra Rälla bygdegård, 6 kvällar x 400 kr      2 400 kr
Soppa och bröd, 6 kvällar x 1 100 kr          6 600 kr
Arvode till gästföreläsare, 2 x 1 500 kr      3 000 kr
Läxhjälpsmaterial (papper, pennor, kopior)      600 kr
Affischer och utskick till alla hushåll       1 400 kr
                                              --------
Summa                                        14 000 kr
"""
    body = f"""Hej!

Nu har styrelsen bestämt vad vi gör. Varannan torsdag från mitten av september till slutet av november (sex gånger) öppnar vi bygdegården kl 17. Första timmen har barnen läxhjälp med några pensionerade lärare från byn. Kl 18 äter alla soppa tillsammans, och sedan berättar någon som bor i Rälla om sitt jobb eller sitt företag – snickeriet, hästgården, vårdcentralen – så att de nyinflyttade får veta vem som finns här och vi gamla får veta vem de nya är. Två av kvällarna har vi gästföreläsare utifrån (om att starta företag på Öland och om föreningslivet). Kvällarna är för alla, kvinnor, män och barn.

Budgeten bifogas som textfil. Vi söker nu 14 000 kr.

Hälsningar
Mats Ahlgren
0485-562 11

> 10 maj 2026 kl. 11:02 skrev Idéslanten – Region Kalmar län <{BOT_ADDR}>:
>
{gt(rec)}
"""
    ent = multipart(
        "mixed",
        "Apple-Mail=_5430E1F2-A3B4-4C5D-8E6F-7A8B9C0D1E2F",
        [
            text(body, cte="quoted-printable"),
            attach(
                budget_txt.encode("utf-8"), 'text/plain; charset="utf-8"', "budget_rallakvallar.txt"
            ),
        ],
    )
    add(
        5430,
        "ralla-kvallar-innehall-budget",
        date=when(5, 18, 21, 40, 16),
        frm=addr("Mats Ahlgren", "mats.ahlgren@example.se"),
        subject="Re: " + subj(f"Ansökan idéslanten Rälla [Idéslanten {case}]"),
        msgid="<5430E1F2-A3B4-4C5D-8E6F-7A8B9C0D1E2F@example.se>",
        in_reply_to=receipt_id(case),
        references=[MSGIDS[5429], receipt_id(case)],
        entity=ent,
        extra=[("X-Mailer", "iPad Mail (22E252)")],
        label=label(
            "followup",
            "sv",
            "01101",
            "Followup to 5429 (Apple Mail '>' quoting of the receipt) that turns the wish into an activity: every other Thursday, six times, homework help, a shared soup and a resident presenting their work or firm so newcomers and old residents meet – activity true. Budget true: a .txt attachment with five items, total 14 000, which is also the new amount applied for. Contact true: named signer with phone from his own address. Anchoring still missing (not mentioned in the new text). 'kvinnor, män och barn' gives women_and_men true; the guest lecturers' fees are fees.",
            contact_name="Mats Ahlgren",
            contact_email="mats.ahlgren@example.se",
            contact_phone="0485-562 11",
            ort="Rälla",
            amount_sek=14000,
            women_and_men=True,
            salary_costs=False,
            physical_investment=False,
        ),
    )


def m5431() -> None:
    body = """Hej!

Vi är ett gäng föräldrar i Södra Vi som vill få ut barnen i skogen mer.

Varje söndag förmiddag i september och oktober samlas vi vid Södra Vi skola kl 10 och går ut i skogen runt Kvillsfors med byns barn och deras föräldrar, både mammor och pappor. En jägare från trakten visar spår och berättar om viltet, en gång kommer en biolog och visar svampar och lavar, och sista söndagen gör vi upp eld och grillar vid vindskyddet. Barnen lär känna skogen de bor i och föräldrarna lär känna varandra, det är många nya barnfamiljer i Södra Vi nu som inte har något naturligt sätt att träffas.

Södra Vi IF:s orienteringssektion och den lokala jaktvårdskretsen är med och leder, och på föräldramötet i skolan i april anmälde 22 familjer intresse.

Budgeten tog jag kort på, se bilden.

Johan Eriksson
070-184 33 76
"""
    ent = multipart(
        "mixed",
        "=_5431_mixed_sodravi",
        [text(body), attach(png(64, 48, 11), "image/png", "IMG_20260522_0931.png")],
    )
    add(
        5431,
        "sodra-vi-skogssondagar",
        date=when(5, 22, 9, 34, 51),
        frm=addr("Johan Eriksson", "johan.eriksson.sv@example.net"),
        subject=subj("Ansökan barn i skogen Södra Vi"),
        msgid="<5431.johan.1779435291@example.net>",
        entity=ent,
        label=label(
            "application",
            "sv",
            "01110",
            "Activity true without any event noun: 'varje söndag förmiddag i september och oktober samlas vi vid skolan kl 10 och går ut i skogen …' with who leads, what is shown and why (new families meet). Association false: 'ett gäng föräldrar i Södra Vi' is an unnamed group; the sports club and hunting district are partners. Anchoring true: two local groups lead and 22 families registered interest at a parents' meeting. Budget false: the budget is only a photo (PNG image) that nobody can read as text – an unreadable attachment. 'både mammor och pappor' gives women_and_men true. No amount anywhere.",
            contact_name="Johan Eriksson",
            contact_email="johan.eriksson.sv@example.net",
            contact_phone="070-184 33 76",
            ort="Södra Vi",
            women_and_men=True,
            salary_costs=False,
            physical_investment=False,
        ),
    )


def m5432() -> None:
    body = """Dear Sir or Madam,

I live in Byxelkrok since three years and I am in the board of the local harbour association (Byxelkroks Hamnförening). We are thinking of applying for the idéslanten for something in the autumn, but I have some questions first:

- The web page says max 15 000 SEK per locality and year. If the sports club in Byxelkrok also applies, do we then share the 15 000?
- Is there a last date for applications in 2026, or is it first come first served?
- Can the application be written in English, or must it be in Swedish?

Thank you very much in advance.

Kind regards,
Maarten de Vries
Byxelkrok
"""
    add(
        5432,
        "question-byxelkrok-english",
        date=when(5, 26, 19, 5, 44),
        frm=addr("Maarten de Vries", "maarten.devries@example.net"),
        to=OFFICER,
        subject=subj("Questions about idéslanten (Byxelkrok)"),
        msgid="<a7d2e9f1-5432-4f6b-8c0d-3e5a9b1c7d20@example.net>",
        entity=text(body, cte="quoted-printable"),
        label=label(
            "question",
            "en",
            "00000",
            "Question in English from a board member of a harbour association: whether two applicants in the same locality share the 15 000 cap, whether there is a deadline, and whether English is accepted. 'something in the autumn' is not an activity and nothing is applied for, so it is a question with all elements false. The 15 000 is a rule amount, not an amount applied for. Facts as stated: association, writer, ort.",
            association_name="Byxelkroks Hamnförening",
            contact_name="Maarten de Vries",
            contact_email="maarten.devries@example.net",
            ort="Byxelkrok",
        ),
    )


def m5433() -> None:
    body = """Hello,

We are the International Families of Blomstermåla, a group of 31 adult members from nine countries who live in and around Blomstermåla. We started in 2024 and have a small board and a bank account.

We would like to organise activities for the international families and our Swedish neighbours during the year, like maybe a potluck, a language café or something for the kids – we are open to ideas and suggestions from you!

The parish in Blomstermåla lets us use the church hall for free, the local PRO group has said they want to join us, and the Red Cross in Mönsterås helps us with contacts to new arrivals.

Budget:
Food and ingredients 3,000 SEK
Materials for the children 1,500 SEK
Interpreter (fee) 2,000 SEK
Advertising 500 SEK
Total 7,000 SEK

Kind regards,
Pieter van Dijk
International Families of Blomstermåla
070-377 12 58
"""
    add(
        5433,
        "international-families-blomstermala",
        date=when(6, 1, 11, 26, 7),
        frm=addr("Pieter van Dijk", "pieter.vandijk@example.com"),
        subject=subj("Application idéslanten – International Families of Blomstermåla"),
        msgid="<CAP5433vD8mQx1nL6rW3tZy0bK5eH2jS9u@mail.example.com>",
        entity=text(body),
        label=label(
            "application",
            "en",
            "11011",
            "English application whose activity is a wish plus a menu: 'activities … during the year, like maybe a potluck, a language café or something for the kids – we are open to ideas' decides nothing and gives no when or how, so activity false even though the budget names food and children's materials. Everything else is present: named group with 31 members (no org number), named contact with phone from his own address, anchoring through the parish's hall, the local PRO group and the Red Cross, and a four-item budget (7 000). The interpreter's fee is a fee.",
            association_name="International Families of Blomstermåla",
            contact_name="Pieter van Dijk",
            contact_email="pieter.vandijk@example.com",
            contact_phone="070-377 12 58",
            members=31,
            ort="Blomstermåla",
            amount_sek=7000,
            women_and_men=None,
            salary_costs=False,
            physical_investment=False,
        ),
    )


def m5434() -> None:
    html = """<!DOCTYPE html>
<html lang="sv"><head><meta charset="utf-8"><title>Sommarnytt</title></head>
<body style="margin:0;background:#eef3f7">
<table role="presentation" width="100%"><tr><td align="center">
<table role="presentation" width="600" style="background:#fff;font-family:Helvetica,Arial,sans-serif">
<tr><td style="padding:24px;background:#1b4965;color:#fff"><h1 style="margin:0">Sommarnytt från Studiecirkelförbundet Sydost</h1></td></tr>
<tr><td style="padding:24px">
<p>Hej föreningsvän!</p>
<p><b>Starta en studiecirkel i höst</b> – vi står för material och cirkelledarutbildning. Passar bra ihop med en ansökan om idéslanten eller andra bygdemedel.</p>
<p><b>Kurs:</b> Budget och bidragsansökan för ideella föreningar, 3 kvällar i Nybro med start 2 september.</p>
<p><b>Tips:</b> Så skriver ni en aktivitetsbeskrivning som går att förstå – vad, när, hur och för vem.</p>
<p>Trevlig sommar!</p>
<hr>
<p style="font-size:11px;color:#888">Du får detta utskick som kontaktperson i vårt register. <a href="https://utskick.example.net/u/5434-ab12">Avsluta prenumeration</a></p>
</td></tr></table>
</td></tr></table>
</body></html>
"""
    add(
        5434,
        "sommarnytt-studiecirkelforbundet",
        date=when(6, 8, 6, 30, 0),
        frm=addr("Studiecirkelförbundet Sydost", "info@utskick.example.net"),
        to=addr(None, BOT_ADDR),
        subject=subj("Sommarnytt: studiecirklar, kurs i bidragsansökan"),
        msgid="<20260608043000.5434.ab12@utskick.example.net>",
        entity=text(html, sub="html", cte="quoted-printable"),
        extra=[
            ("Precedence", "bulk"),
            ("List-Unsubscribe", "<https://utskick.example.net/u/5434-ab12>"),
            ("X-Campaign", "sommarnytt-2026"),
        ],
        label=label(
            "newsletter",
            "sv",
            "00000",
            "HTML-only bulk newsletter from an (invented) study association with Precedence: bulk and List-Unsubscribe but no List-Id. It mentions idéslanten and even gives advice on describing an activity, but it is not an application and must not be answered. All elements false, all facts null.",
        ),
    )


def m5435() -> None:
    csv_text = """datum;tid;plats;innehåll
2026-08-29;10-14;Edsbruks bygdegård och skogen bakom;Grunderna: tio säkra matsvampar och deras giftiga förväxlingar
2026-09-05;10-14;Skogen norr om Edsbruk (samåkning från bygdegården);Kantareller och trattkantareller – var och när de växer
2026-09-19;10-14;Skogen vid sjön;Soppar och riskor, plocka med respekt för allemansrätten
2026-09-26;10-14;Edsbruks bygdegård;Svampkontroll: vi artbestämmer det vi plockat tillsammans med kursledaren
2026-10-03;17-20;Edsbruks bygdegård;Rensa, torka, frysa – vi lagar mat av fångsten och äter tillsammans
"""
    body = """Hej!

Vi (Maja och Jonas) vill ordna en svamp- och skogskurs för kvinnor i Edsbruk i höst, fem tillfällen – programmet ligger i den bifogade filen. Många kvinnor som flyttat hit saknar ett sammanhang, och att gå i skogen tillsammans är ett bra sätt att lära känna både bygden och varandra. Kursledare blir Kerstin Sandberg, svampkonsulent från Gamleby.

Vi har sett att behovet är stort.

Kostnaderna: kursledararvode 5 x 1 200 = 6 000 kr, hyra av bygdegården 5 x 300 = 1 500 kr, kopior och kursmaterial 400 kr, bensinersättning vid samåkning 800 kr och fika 1 000 kr. Summa 9 700 kr.

Hälsningar
Maja Strand och Jonas Öberg
073-520 14 88 (Maja)
"""
    ent = multipart(
        "mixed",
        "----=_NextPart_000_5435_01DCF0A1.7B2C3D40",
        [
            text(body, cte="quoted-printable"),
            attach(
                ("\ufeff" + csv_text).encode("utf-8"),
                'text/csv; charset="utf-8"',
                "program_svampkurs.csv",
            ),
        ],
    )
    add(
        5435,
        "edsbruk-svampkurs-kvinnor",
        date=when(6, 12, 13, 3, 29),
        frm=addr("Maja Strand", "maja.strand@example.com"),
        subject=subj("Svampkurs i Edsbruk – ansökan om idéslanten"),
        msgid="<000501dcf0a1$5435c2d0$7b2c3d40@example.com>",
        entity=ent,
        label=label(
            "application",
            "sv",
            "01101",
            "The activity is given as a timetable in a .csv attachment (semicolon-separated, utf-8 with BOM): five dated sessions with place and content, plus the purpose in the body – true. Association false: 'Vi (Maja och Jonas)' is two private persons, no group is named. Anchoring false: 'Vi har sett att behovet är stort' is a described need, not backing. Budget true: five items in prose, 9 700. Contact: Maja Strand from her own address with phone. The course is explicitly for women only, so women_and_men false (a rule problem that shows in the facts). Course leader's fee is a fee; petrol allowance and copies are not investments.",
            contact_name="Maja Strand",
            contact_email="maja.strand@example.com",
            contact_phone="073-520 14 88",
            ort="Edsbruk",
            amount_sek=9700,
            women_and_men=False,
            salary_costs=False,
            physical_investment=False,
        ),
    )


def m5436() -> None:
    case = "2026-0055"
    onr = org("802499128")
    rec = receipt(case, ["association", "anchoring"], variant=1)
    body = f"""Hej igen,

Kursen blir Edsbruks Intresseförenings. Det är en ideell förening för Edsbruk med omnejd som bildades 1987, har 48 medlemmar och org.nr {onr}. Jag sitter i styrelsen.

Om förankringen: vi har pratat med grannar och de tycker att det låter bra.

Maja Strand
073-520 14 88

-----Ursprungligt meddelande-----
Från: {BOT_NAME} <{BOT_ADDR}>
Skickat: den 12 juni 2026 13:04
Till: maja.strand@example.com
Ämne: Re: Svampkurs i Edsbruk – ansökan om idéslanten [Idéslanten {case}]

{rec}
"""
    add(
        5436,
        "edsbruk-forening-forankring",
        date=when(6, 20, 8, 44, 10),
        frm=addr("Maja Strand", "maja.strand@example.com"),
        subject=subj(f"SV: Svampkurs i Edsbruk – ansökan om idéslanten [Idéslanten {case}]"),
        msgid="<000601dcf79c$5436e1a0$9d8c7b60@example.com>",
        in_reply_to=receipt_id(case),
        references=[MSGIDS[5435], receipt_id(case)],
        entity=text(body, cte="quoted-printable"),
        label=label(
            "followup",
            "sv",
            "11000",
            "Followup to 5435 with the receipt below an '-----Ursprungligt meddelande-----' block. Association true: the course is now Edsbruks Intresseförening's, with founding year, 48 members and org.nr. Anchoring still false: 'vi har pratat med grannar och de tycker att det låter bra' is an empty claim without a meeting, survey, partner or volunteers. Contact true (named, phone, own address). Nothing else new.",
            association_name="Edsbruks Intresseförening",
            org_number=onr,
            contact_name="Maja Strand",
            contact_email="maja.strand@example.com",
            contact_phone="073-520 14 88",
            members=48,
            salary_costs=False,
            physical_investment=False,
        ),
    )


def m5437() -> None:
    onr = org("802434207")
    doc = docx(
        [
            "# Ansökan om regional bygdepeng – idéslanten 2026",
            "# 1. Sökande",
            f"Söderåkra Sockenråd, ideell förening, org.nr {onr}. Sockenrådet samlar föreningar och boende i Söderåkra socken och har 95 medlemmar.",
            "# 2. Kontaktperson",
            "Eva-Lena Håkansson, sekreterare, evalena.hakansson@example.se, 0486-401 77",
            "# 3. Aktivitet och lokal utveckling",
            "Om vi beviljas medel skulle vi i september utbilda tio bybor till lokala guider. Tre kvällar i Söderåkra bygdegård lär en antikvarie från länsmuseet ut socknens historia – kyrkan, kustbyarna, sjöfarten och emigrationen. Därefter följer två lördagar där deltagarna provguidar varandra på cykel längs kustvägen mellan Söderåkra och Bergkvara. Från sommaren 2027 kan besökare boka guidade cykelturer via sockenrådet, och intäkterna går till bygdegårdens drift. Kvinnor och män i alla åldrar är välkomna som guider.",
            "# 4. Lokal förankring",
            "Sockenstämman den 12 maj beslutade att sockenrådet ska söka medel för guideutbildningen. Söderåkra hembygdsförening bidrar med material ur sitt arkiv och två campingar i socknen har lovat att sälja turerna.",
            "# 5. Budget",
            [
                ["Kostnadspost", "Belopp (kr)"],
                ["Föreläsare länsmuseet, 3 kvällar à 2 500", "7 500"],
                ["Hyra av cyklar, 2 lördagar × 10 cyklar à 150", "3 000"],
                ["Tryck av guidematerial", "2 000"],
                ["Lön till projektsamordnare (anställd i sockenrådet), 30 timmar", "5 000"],
                ["Fika", "2 000"],
                ["Summa", "19 500"],
            ],
            "Sökt belopp: 19 500 kr",
        ]
    )
    body = """Hej,

Härmed översänds Söderåkra Sockenråds ansökan om idéslanten 2026, se bifogat dokument.

Med vänlig hälsning

Eva-Lena Håkansson
Sekreterare, Söderåkra Sockenråd
0486-401 77
"""
    ent = multipart(
        "mixed",
        "_004_5437Soderakra_",
        [
            text(body),
            attach(
                doc,
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                "Ansokan_Soderakra_Sockenrad.docx",
            ),
        ],
    )
    add(
        5437,
        "soderakra-guideutbildning",
        date=when(8, 17, 10, 15, 0),
        frm=addr("Eva-Lena Håkansson", "evalena.hakansson@example.se"),
        cc=addr("Söderåkra Sockenråd", "sockenradet.soderakra@example.se"),
        subject=subj("Ansökan idéslanten 2026 – Söderåkra Sockenråd"),
        msgid="<AM0PR5437MB0A1B2C3D4E5F@AM0PR.example.se>",
        entity=ent,
        label=label(
            "application",
            "sv",
            "11111",
            "Formal complete application in a .docx under the five headings. The activity is in the conditional ('Om vi beviljas medel skulle vi i september utbilda tio bybor till lokala guider') yet fully concrete – three evenings with a museum antiquarian, two Saturdays of practice guiding by bike, bookable tours from 2027 whose income goes to the bygdegård – so true. Anchoring: decided by the sockenstämma, archive help from the hembygdsförening, two campsites will sell the tours. Budget table with five items. The budget includes 'Lön till projektsamordnare (anställd i sockenrådet)', so salary_costs true, and the applied amount 19 500 exceeds the 15 000 cap – both are eligibility problems, not missing elements. Renting bikes is not an investment. Kvinnor och män explicit. Cc to the association's shared mailbox.",
            association_name="Söderåkra Sockenråd",
            org_number=onr,
            contact_name="Eva-Lena Håkansson",
            contact_email="evalena.hakansson@example.se",
            contact_phone="0486-401 77",
            members=95,
            ort="Söderåkra",
            amount_sek=19500,
            women_and_men=True,
            salary_costs=True,
            physical_investment=False,
        ),
    )


def m5438() -> None:
    body = """Dear Friend,

Our company ranks local associations and community groups on the first page of Google in only 14 days. We have helped more than 3.000 non-profits in Scandinavia to get more members and more GRANTS.

Special offer this week only: full SEO package for your association for just 2 490 SEK (normal price 9 900 SEK).

Reply YES to this email and our consultant will contact you today.

Best regards,
Daniel Brooks
Senior Growth Consultant
NordRank Digital

If you do not want to receive more offers, reply STOP.
"""
    add(
        5438,
        "spam-seo-offer",
        date=when(8, 24, 4, 51, 37),
        frm=addr("Daniel Brooks", "daniel.brooks@nordrank.example.com"),
        to=addr(None, BOT_ADDR),
        subject="Get your association on page 1 of Google - 75% off this week",
        msgid="<20260824025137.5438.nordrank@mailer.example.com>",
        entity=text(body, cs="us-ascii", cte="7bit"),
        extra=[("Reply-To", "offers@nordrank.example.com"), ("X-Mailer", "PHPMailer 6.9.1")],
        label=label(
            "spam",
            "en",
            "00000",
            "Unsolicited English SEO sales pitch sent to the bot's address, us-ascii 7bit. It mentions associations, members and grants and contains prices, but it is spam: all elements false, all facts null.",
        ),
    )


def m5439() -> None:
    body = """Hej! Vi i Halltorps byalag (22 medl) vill hyra in en jägare som lär byns ungdomar o vuxna om viltvård, tre kvällar i okt i jaktstugan, sen lagar vi viltgryta ihop sista kvällen. Så får nyinflyttade koll på skogen o jägarna o det blir mindre bråk om vildsvinen i trädgårdarna. Byamötet i aug sa ja, jaktlaget lånar ut stugan gratis. Kostn: jägararvode 3x1500=4500, mat 2500 = 7000 kr. /Kalle Nord 070-741 25 93
"""
    add(
        5439,
        "halltorp-viltvard-kort",
        date=when(9, 7, 12, 2, 18),
        frm=addr("Kalle Nord", "kalle.nord@example.se"),
        subject="viltvard Halltorp ideslanten",
        msgid="<5439.kalle.1788775338@example.se>",
        entity=text(body),
        label=label(
            "application",
            "sv",
            "11111",
            "Very short complete application in one paragraph with shorthand ('o', 'Kostn:', '/Kalle'). Association: named byalag with 22 members. Activity: a hired hunter teaches young people and adults about wildlife management three evenings in October in the hunting cabin, ending with a shared stew; purpose: newcomers get to know the forest and the hunters, fewer conflicts over wild boar – concrete what/when/how and local benefit. Anchoring: the byamöte in August said yes and the hunting team lends the cabin. Budget: two items with amounts, 7 000. The hunter's fee is a fee, not salary. Contact signer from his own address with phone.",
            association_name="Halltorps byalag",
            contact_name="Kalle Nord",
            contact_email="kalle.nord@example.se",
            contact_phone="070-741 25 93",
            members=22,
            ort="Halltorp",
            amount_sek=7000,
            women_and_men=None,
            salary_costs=False,
            physical_investment=False,
        ),
    )


def m5440() -> None:
    case = "2026-0051"
    rec = receipt(case, ["association", "budget"])
    budget = pdf(
        [
            "Barn i skogen – Södra Vi hösten 2026",
            "Budget",
            "",
            "Biolog, arvode en söndag                     1 500 kr",
            "Fika 8 söndagar à 250 kr                     2 000 kr",
            "Korv och bröd till grillningen sista söndagen  900 kr",
            "Affischer och lappar i skolväskorna            400 kr",
            "",
            "Summa                                        4 800 kr",
        ],
        compress=True,
    )
    body = f"""Hej, förlåt att det dröjt över sommaren.

Bilden på budgeten blev visst oläslig, så här kommer den som pdf istället. Vi söker 4 800 kr.

Första söndagen var i går, 19 barn och 14 föräldrar kom med.

Johan Eriksson
070-184 33 76

-------- Original Message --------
Subject: Re: Ansökan barn i skogen Södra Vi [Idéslanten {case}]
Date: 2026-05-22 09:36
From: {BOT_NAME} <{BOT_ADDR}>
To: johan.eriksson.sv@example.net

{rec}
"""
    ent = multipart(
        "mixed",
        "=_5440_mixed_sodravi_budget",
        [text(body, cte="base64"), attach(budget, "application/pdf", "budget_barn_i_skogen.pdf")],
    )
    add(
        5440,
        "sodra-vi-budget-pdf",
        date=when(9, 14, 20, 12, 55),
        frm=addr("Johan Eriksson", "johan.eriksson.sv@example.net"),
        subject="Re: " + subj(f"Ansökan barn i skogen Södra Vi [Idéslanten {case}]"),
        msgid="<5440.johan.1789409575@example.net>",
        in_reply_to=receipt_id(case),
        references=[MSGIDS[5431], receipt_id(case)],
        entity=ent,
        label=label(
            "followup",
            "sv",
            "01001",
            "Followup to 5431 months later, with the receipt below an '-------- Original Message --------' block (no '>' quoting). It replaces the unreadable photo with a readable PDF budget (zlib-compressed text stream, Helvetica/WinAnsi): four items, 4 800, also the amount applied for – budget true. Contact true: named signer with phone from his own address. The association the receipt asks for is still not given (the quoted request is not an answer). utf-8 base64 body.",
            contact_name="Johan Eriksson",
            contact_email="johan.eriksson.sv@example.net",
            contact_phone="070-184 33 76",
            amount_sek=4800,
            salary_costs=False,
            physical_investment=False,
        ),
    )


# === END OF MAILS ===


# ---------------------------------------------------------------------------
# self-check and main
# ---------------------------------------------------------------------------

ADDR_RE = re.compile(rb"[A-Za-z0-9._%+$-]+@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)")
OK_DOMAINS = ("example.se", "example.com", "example.org", "example.net")


def _domain_ok(dom: str) -> bool:
    dom = dom.lower().rstrip(".")
    return any(dom == d or dom.endswith("." + d) for d in OK_DOMAINS)


def _texts(msg) -> list[bytes]:
    """Raw decoded payloads of all leaf parts, plus the contents of zip attachments."""
    out = []
    for part in msg.walk():
        if part.is_multipart():
            continue
        data = part.get_payload(decode=True) or b""
        out.append(data)
        if data[:2] == b"PK":
            with zipfile.ZipFile(io.BytesIO(data)) as z:
                for n in z.namelist():
                    out.append(z.read(n))
        if data[:4] == b"%PDF":
            for m in re.finditer(rb"stream\n(.*?)\n?endstream", data, re.S):
                blob = m.group(1)
                try:
                    blob = zlib.decompress(blob)
                except zlib.error:
                    pass
                out.append(blob)
    return out


def check() -> None:
    errors: list[str] = []
    files = sorted(p.name for p in OUT.glob("*.eml"))
    labels = json.loads((OUT / "labels.json").read_text(encoding="utf-8"))
    if sorted(labels) != files:
        errors.append("labels.json keys do not match the files")
    ids: dict[str, str] = {}
    kinds: dict[str, str] = {}
    dates = []
    parsed = {}
    for name in files:
        raw = (OUT / name).read_bytes()
        if b"\r" in raw:
            errors.append(f"{name}: CR in file")
        if not re.fullmatch(r"\d{4}-[a-z0-9-]+\.eml", name):
            errors.append(f"{name}: bad file name")
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        parsed[name] = msg
        for part in msg.walk():
            if part.defects:
                errors.append(f"{name}: defects {part.defects}")
            for k, v in part.items():
                if getattr(v, "defects", None):
                    errors.append(f"{name}: header {k} defects {v.defects}")
            if not part.is_multipart() and part.get_content_maintype() == "text":
                part.get_content()
        ids[name] = str(msg["Message-ID"]).strip()
        kinds[name] = labels[name]["kind"]
        d = parsedate_to_datetime(str(msg["Date"]))
        if d.year != 2026:
            errors.append(f"{name}: date not in 2026")
        dates.append((d, name))
        for blob in [raw, *_texts(msg)]:
            for m in ADDR_RE.finditer(blob):
                if not _domain_ok(m.group(1).decode("ascii", "replace")):
                    errors.append(f"{name}: foreign address {m.group(0)!r}")
    if [n for _, n in sorted(dates)] != files or len({d for d, _ in dates}) != len(dates):
        errors.append("file numbering does not follow the Date order")
    nums = [int(n[:4]) for n in files]
    if not nums or nums != list(range(nums[0], nums[0] + len(nums))):
        errors.append("numbers are not consecutive")
    app_ids = {ids[n] for n in files if kinds[n] == "application"}
    for name in files:
        lab = labels[name]
        if set(lab) != {"kind", "language", "elements", "facts", "notes"}:
            errors.append(f"{name}: label fields {sorted(lab)}")
        if lab["kind"] not in KINDS or lab["language"] not in ("sv", "en"):
            errors.append(f"{name}: bad kind/language")
        if list(lab["elements"]) != list(ELEMENTS) or not all(
            isinstance(v, bool) for v in lab["elements"].values()
        ):
            errors.append(f"{name}: bad elements")
        if list(lab["facts"]) != list(FACTS):
            errors.append(f"{name}: bad facts keys")
        if not lab["notes"].strip():
            errors.append(f"{name}: empty notes")
        f = lab["facts"]
        if f["org_number"] is not None and not luhn_ok(f["org_number"]):
            errors.append(f"{name}: org number {f['org_number']} not Luhn-valid")
        if f["contact_email"] is not None and not _domain_ok(f["contact_email"].split("@")[-1]):
            errors.append(f"{name}: contact_email domain")
        if lab["kind"] in ("application", "followup"):
            if not isinstance(f["salary_costs"], bool) or not isinstance(
                f["physical_investment"], bool
            ):
                errors.append(f"{name}: salary/physical must be bool")
        if lab["kind"] in ("autoreply", "bounce", "newsletter", "spam"):
            if any(v is not None for v in f.values()):
                errors.append(f"{name}: machine/spam mail must have null facts")
        if lab["kind"] not in ("application", "followup") and any(lab["elements"].values()):
            errors.append(f"{name}: non-application with true element")
        for k in ("members", "amount_sek"):
            if f[k] is not None and not isinstance(f[k], int):
                errors.append(f"{name}: {k} not int")
        if lab["kind"] == "followup":
            msg = parsed[name]
            irt = str(msg["In-Reply-To"] or "").strip()
            refs = str(msg["References"] or "").split()
            subject = str(msg["Subject"] or "")
            if not re.match(r"(?i)(re|sv|aw):", subject):
                errors.append(f"{name}: followup subject lacks Re:/SV:")
            if irt in app_ids:
                pass
            elif irt.startswith("<kvitto.") and any(r in app_ids for r in refs):
                pass
            else:
                errors.append(f"{name}: followup does not thread to an application")
    # org numbers anywhere in the new text must be Luhn-valid too
    for name in files:
        for blob in [(OUT / name).read_bytes(), *_texts(parsed[name])]:
            for m in re.finditer(rb"(?<![\d-])(\d{6}-\d{4})(?![\d-])", blob):
                if not luhn_ok(m.group(1).decode()):
                    errors.append(f"{name}: non-Luhn org number {m.group(1)!r}")
    if errors:
        for e in errors:
            print("ERROR:", e)
        sys.exit(1)
    counts: dict[str, int] = {}
    for n in files:
        counts[kinds[n]] = counts.get(kinds[n], 0) + 1
    apps = [n for n in files if kinds[n] == "application"]
    complete = sum(all(labels[n]["elements"].values()) for n in apps)
    missing = {e: sum(not labels[n]["elements"][e] for n in apps) for e in ELEMENTS}
    print(
        f"OK: {len(files)} mails {counts}; complete applications {complete}/{len(apps)}; missing per element {missing}"
    )


def main() -> None:
    for fn in sorted(
        (v for k, v in globals().items() if re.fullmatch(r"m\d{4}", k)), key=lambda f: f.__name__
    ):
        fn()
    OUT.mkdir(parents=True, exist_ok=True)
    for old in OUT.glob("*.eml"):
        old.unlink()
    for name, raw in MAILS:
        (OUT / name).write_bytes(raw)
    ordered = {k: LABELS[k] for k in sorted(LABELS)}
    (OUT / "labels.json").write_text(
        json.dumps(ordered, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
    )
    check()


if __name__ == "__main__":
    main()
