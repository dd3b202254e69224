"""Generator for the labelled development corpus own13 (files 1701–1740).

Theme: "the officer's winter inbox, January–February 2026" – 40 entirely fictional e-mails to
the rural development officer of Region Kalmar län about *regional bygdepeng – idéslanten*:
24 applications (8 complete), 6 threaded followups, 3 questions, 2 autoreplies (one without any
automation header), 1 bounce, 2 newsletters and 2 spam mails. Applications are written the way
real associations write: neat letters with the five points as unheaded paragraphs in random
order, bold HTML headings, tables for everything, two sentences plus a Word document, and
stories where the points are only implicit. Every element has near misses in both directions.

Regenerate (byte-identical on every run; the script checks its own output at the end):

    /work/main/.venv/bin/python tests/data/tools/make_own13.py

Output: tests/data/own13/NNNN-slug.eml and tests/data/own13/labels.json.
Standard library only; .docx/.xlsx are built as zip files of minimal XML, PDFs by hand.
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
import sys
import zipfile
import zlib
from email.header import Header
from email.utils import parsedate_to_datetime
from pathlib import Path
from xml.sax.saxutils import escape as xml_escape

OUT = Path(__file__).resolve().parent.parent / "own13"
BOT = f"{Header('Idéslanten – Region Kalmar län', 'utf-8').encode()} <ideslanten@example.se>"
OFFICER = "landsbygdsutvecklare@example.se"
ALLOWED_DOMAINS = {"example.se", "example.com", "example.org", "example.net"}

MAILS: list[tuple[str, bytes]] = []
LABELS: dict[str, dict] = {}
APP_IDS: dict[str, str] = {}  # Message-ID -> file name (applications)
RECEIPTS: dict[str, str] = {}  # receipt Message-ID -> application Message-ID
FOLLOWUP_REFS: dict[str, tuple[str, str]] = {}  # file -> (in-reply-to, references)
DELIBERATE_DEFECTS: set[str] = set()


# --------------------------------------------------------------------------- helpers


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
    """'802456-123' -> Luhn-complete '802456-1234'."""
    digits = nine.replace("-", "")
    for c in "0123456789":
        if luhn_ok(digits + c):
            return f"{nine}{c}"
    raise ValueError(nine)


def enc_words(text: str, charset: str = "utf-8") -> str:
    """Header value: plain if ASCII, else RFC 2047 encoded word(s)."""
    try:
        text.encode("ascii")
        return text
    except UnicodeEncodeError:
        return Header(text, charset, maxlinelen=76).encode()


def addr(name: str, address: str, charset: str = "utf-8") -> str:
    if not name:
        return address
    try:
        name.encode("ascii")
        if re.search(r"[(),.:;<>@\[\]\"]", name):
            name = '"' + name + '"'
        return f"{name} <{address}>"
    except UnicodeEncodeError:
        return f"{Header(name, charset).encode()} <{address}>"


def leaf(
    ctype: str,
    body: str | bytes,
    charset: str | None = "utf-8",
    cte: str = "8bit",
    filename: str | None = None,
    inline: bool = False,
    extra: str = "",
) -> bytes:
    """One MIME leaf (headers + blank line + encoded body)."""
    raw = body if isinstance(body, bytes) else body.encode(charset or "ascii")
    ct = ctype + (f'; charset="{charset}"' if charset and ctype.startswith("text/") else "")
    if filename:
        ct += f'; name="{filename}"'
    lines = [f"Content-Type: {ct}", f"Content-Transfer-Encoding: {cte}"]
    if filename:
        disp = "inline" if inline else "attachment"
        lines.append(f'Content-Disposition: {disp}; filename="{filename}"')
    if extra:
        lines.append(extra)
    if cte == "base64":
        b = base64.encodebytes(raw)
    elif cte == "quoted-printable":
        b = quopri.encodestring(raw.replace(b"\r\n", b"\n"))
    else:
        b = raw
    if not b.endswith(b"\n"):
        b += b"\n"
    return ("\n".join(lines) + "\n\n").encode("ascii") + b


def multi(
    subtype: str, boundary: str, parts: list[bytes], preamble: str = "", extra_ct: str = ""
) -> bytes:
    out = [f'Content-Type: multipart/{subtype}; boundary="{boundary}"{extra_ct}\n\n'.encode()]
    if preamble:
        out.append(preamble.encode() + b"\n")
    for p in parts:
        out.append(f"--{boundary}\n".encode())
        out.append(p)
    out.append(f"--{boundary}--\n".encode())
    return b"".join(out)


def message(
    num: int,
    slug: str,
    date: str,
    frm: str,
    subject: str,
    body: bytes,
    to: str = BOT,
    mid: str | None = None,
    headers: list[str] | None = None,
    subject_charset: str = "utf-8",
    label: dict | None = None,
) -> str:
    """Assemble and register one mail. Returns its Message-ID."""
    mid = mid or f"<own13.{num}.{slug}@example.com>"
    hs = [
        f"From: {frm}",
        f"To: {to}",
        f"Subject: {enc_words(subject, subject_charset)}",
        f"Date: {date}",
        f"Message-ID: {mid}",
    ]
    hs += headers or []
    hs.append("MIME-Version: 1.0")
    raw = ("\n".join(hs) + "\n").encode("ascii") + body
    name = f"{num}-{slug}.eml"
    MAILS.append((name, raw))
    if label is not None:
        LABELS[name] = label
        if label["kind"] == "application":
            APP_IDS[mid] = name
    return mid


def receipt_id(app_mid: str, case: str) -> str:
    rid = f"<kvitto.{case}@example.se>"
    RECEIPTS[rid] = app_mid
    return rid


def thread(irt: str, refs: list[str]) -> list[str]:
    return [f"In-Reply-To: {irt}", "References: " + "\n ".join(refs)]


def L(
    kind: str,
    lang: str,
    el: str,
    notes: str,
    **facts,
) -> dict:
    """Label. el: letters of the elements present, from 'acvnb' (association, contact,
    activity, anchoring (N), budget)."""
    keys = [
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
    for k in facts:
        if k not in keys:
            raise KeyError(k)
    f = {k: facts.get(k) for k in keys}
    if kind in ("application", "followup"):
        for k in ("salary_costs", "physical_investment"):
            if f[k] is None:
                f[k] = False
    return {
        "kind": kind,
        "language": lang,
        "elements": {
            "association": "a" in el,
            "contact": "c" in el,
            "activity": "v" in el,
            "anchoring": "n" in el,
            "budget": "b" in el,
        },
        "facts": f,
        "notes": notes,
    }


def plain(text: str, charset: str = "utf-8", cte: str = "8bit") -> bytes:
    return leaf("text/plain", text, charset, cte)


def html_doc(inner: str) -> str:
    return (
        '<!DOCTYPE html>\n<html><head><meta charset="utf-8"></head>\n<body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">\n'
        + inner
        + "\n</body></html>\n"
    )


# --------------------------------------------------------------------------- documents

ZIP_DATE = (2026, 1, 1, 0, 0, 0)


def _zip(files: list[tuple[str, str]]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, text in files:
            zi = zipfile.ZipInfo(name, ZIP_DATE)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zi.create_system = 0
            z.writestr(zi, text.encode("utf-8"))
    return buf.getvalue()


def docx(blocks: list) -> bytes:
    """blocks: str (paragraph), ('b', str) bold paragraph, ('table', [[cells]])."""
    W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'

    def para(text: str, bold: bool = False) -> str:
        rpr = "<w:rPr><w:b/></w:rPr>" if bold else ""
        return f'<w:p><w:r>{rpr}<w:t xml:space="preserve">{xml_escape(text)}</w:t></w:r></w:p>'

    body = []
    for b in blocks:
        if isinstance(b, str):
            body.append(para(b))
        elif b[0] == "b":
            body.append(para(b[1], True))
        elif b[0] == "table":
            rows = "".join(
                "<w:tr>" + "".join(f"<w:tc>{para(c)}</w:tc>" for c in row) + "</w:tr>"
                for row in b[1]
            )
            body.append(f"<w:tbl>{rows}</w:tbl>")
    doc = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document {W}><w:body>{"".join(body)}</w:body></w:document>'
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


def xlsx(rows: list[list]) -> bytes:
    def col(i: int) -> str:
        return "ABCDEFGHIJ"[i]

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
                cells.append(f'<c r="{ref}" t="inlineStr"><is><t>{xml_escape(str(v))}</t></is></c>')
        xr.append(f'<row r="{r}">{"".join(cells)}</row>')
    sheet = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
        f"<sheetData>{''.join(xr)}</sheetData></worksheet>"
    )
    wb = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
        'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
        '<sheets><sheet name="Budget" sheetId="1" r:id="rId1"/></sheets></workbook>'
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
            ("xl/worksheets/sheet1.xml", sheet),
        ]
    )


def pdf(lines: list[str], compress: bool = True) -> bytes:
    """One-page PDF, Helvetica/WinAnsi, extractable text. Lines starting with '#' are bold-ish (bigger)."""

    def esc(s: str) -> bytes:
        b = s.encode("cp1252")
        return b.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")

    ops = [b"BT", b"/F1 11 Tf", b"14 TL", b"56 790 Td"]
    for ln in lines:
        if ln.startswith("#"):
            ops += [b"/F1 14 Tf", b"(" + esc(ln.lstrip("# ")) + b") Tj T*", b"/F1 11 Tf"]
        else:
            ops.append(b"(" + esc(ln) + b") Tj T*")
    ops.append(b"ET")
    stream = b"\n".join(ops) + b"\n"
    if compress:
        data = zlib.compress(stream, 9)
        sdict = f"<< /Length {len(data)} /Filter /FlateDecode >>".encode()
    else:
        data = stream
        sdict = f"<< /Length {len(data)} >>".encode()
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>",
        sdict + b"\nstream\n" + data + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
    ]
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


def png_solid(w: int, h: int, rgb: tuple[int, int, int]) -> bytes:
    def chunk(t: bytes, d: bytes) -> bytes:
        return len(d).to_bytes(4, "big") + t + d + zlib.crc32(t + d).to_bytes(4, "big")

    raw = b"".join(b"\x00" + bytes(rgb) * w for _ in range(h))
    ihdr = w.to_bytes(4, "big") + h.to_bytes(4, "big") + b"\x08\x02\x00\x00\x00"
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", ihdr)
        + chunk(b"IDAT", zlib.compress(raw, 9))
        + chunk(b"IEND", b"")
    )


DOCX_CT = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
XLSX_CT = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def attach(ctype: str, data: bytes, filename: str) -> bytes:
    return leaf(ctype, data, None, "base64", filename=filename)


def receipt_quote(case: str, missing: list[str], variant: int = 0) -> str:
    """The bot's receipt text (for quoting in followups). missing: element keys."""
    guide = {
        "association": "Förening/grupp: namnet på er förening eller grupp och kort vad den är (t.ex. antal medlemmar, org.nr)",
        "contact": "Kontaktperson: namn och e-post eller telefon till den som vi kan kontakta",
        "activity": "Aktivitet: vad ni ska göra, när och hur det bidrar till utvecklingen i bygden",
        "anchoring": "Lokal förankring: hur idén är förankrad i byn, t.ex. byamöte, enkät eller samarbete med andra föreningar",
        "budget": "Budget: en översiktlig budget med kostnadsposter och belopp",
    }
    items = "\n".join(f"– {guide[m]}" for m in missing)
    if variant == 0:
        return (
            "Tack för er ansökan om idéslanten! Vi har tagit emot den och gett den "
            f"ärendenummer {case}.\n\nVi saknar följande i er ansökan:\n{items}\n\n"
            "Svara gärna på det här mejlet med det som saknas, så kompletterar vi ärendet.\n\n"
            "Vänliga hälsningar\nIdéslanten – Region Kalmar län\n(automatiskt svar)"
        )
    return (
        f"Hej! Er ansökan har kommit in och har fått ärendenummer {case}.\n\n"
        f"För att vi ska kunna pröva den behöver vi också:\n{items}\n\n"
        "Skicka kompletteringen som svar på detta mejl (behåll ärendenumret i ämnesraden).\n\n"
        "Med vänlig hälsning\nIdéslanten, Region Kalmar län"
    )


# --------------------------------------------------------------------------- 1701–1703

message(
    1701,
    "landsbygdsnatverket-januari",
    "Mon, 05 Jan 2026 07:30:00 +0100",
    addr("Landsbygdsnätverket Sydost", "nyhetsbrev@example.org"),
    "Nyhetsbrev januari: nytt år, nya bygdepengar och vinterns träffar",
    multi(
        "alternative",
        "=_nl1701_alt",
        [
            plain(
                "LANDSBYGDSNÄTVERKET SYDOST – NYHETSBREV JANUARI 2026\n\n"
                "Gott nytt år alla byalag, hembygdsföreningar och bygdegårdar!\n\n"
                "* Idéslanten öppnar igen\n"
                "Region Kalmar län delar även i år ut regional bygdepeng – idéslanten, upp till\n"
                "15 000 kr per ort och år. Tänk på att beskriva föreningen, ange en kontaktperson,\n"
                "beskriv aktiviteten, hur den är förankrad och bifoga en enkel budget.\n\n"
                "* Vinterträff i Nybro 14 februari\n"
                "Vi bjuder på soppa och erfarenhetsutbyte. Anmälan senast 7 februari.\n\n"
                "* Månadens by: Vissefjärda\n"
                "I Vissefjärda har byalaget fått 40 hushåll att gå med i en gemensam\n"
                "fiberförening. Läs hela reportaget på vår webb.\n\n"
                "Du får detta brev för att du är prenumerant.\n"
                "Avsluta prenumerationen: https://nyhetsbrev.example.org/avsluta?id=8812\n",
                "utf-8",
                "quoted-printable",
            ),
            leaf(
                "text/html",
                html_doc(
                    "<h1>Landsbygdsnätverket Sydost</h1><h2>Nyhetsbrev januari 2026</h2>"
                    "<p>Gott nytt år alla byalag, hembygdsföreningar och bygdegårdar!</p>"
                    "<h3>Idéslanten öppnar igen</h3><p>Region Kalmar län delar även i år ut regional bygdepeng – idéslanten, "
                    "upp till 15 000 kr per ort och år. Tänk på att beskriva föreningen, ange en kontaktperson, beskriv aktiviteten, "
                    "hur den är förankrad och bifoga en enkel budget.</p>"
                    "<h3>Vinterträff i Nybro 14 februari</h3><p>Vi bjuder på soppa och erfarenhetsutbyte. Anmälan senast 7 februari.</p>"
                    "<h3>Månadens by: Vissefjärda</h3><p>I Vissefjärda har byalaget fått 40 hushåll att gå med i en gemensam fiberförening.</p>"
                    '<p style="font-size:9pt">Du får detta brev för att du är prenumerant. '
                    '<a href="https://nyhetsbrev.example.org/avsluta?id=8812">Avsluta prenumerationen</a></p>'
                ),
                "utf-8",
                "quoted-printable",
            ),
        ],
    ),
    headers=[
        "List-Id: Landsbygdsnatverket Sydost <nyhetsbrev.example.org>",
        "List-Unsubscribe: <https://nyhetsbrev.example.org/avsluta?id=8812>, <mailto:avsluta@example.org>",
        "List-Unsubscribe-Post: List-Unsubscribe=One-Click",
        "Precedence: bulk",
    ],
    label=L(
        "newsletter",
        "sv",
        "",
        "Newsletter (List-Id, List-Unsubscribe, Precedence: bulk). It explains the five points of an idéslanten application and mentions a village (Vissefjärda), 40 households and 15 000 kr, but applies for nothing: all elements false, all facts null. Tests that grant vocabulary in bulk mail does not make it an application.",
    ),
)

message(
    1702,
    "kristdala-reparationskafe",
    "Wed, 07 Jan 2026 20:14:31 +0100",
    addr("Margareta Holm", "margareta.holm@example.com"),
    "Ansökan idéslanten – reparationskafé i bygdegården",
    plain(
        "Hej!\n\n"
        "På vår stämma i november var vi 34 personer i bygdegården och bestämde att vi ska försöka starta "
        "ett reparationskafé i Kristdala. Sedan dess har vi pratat med PRO Kristdala och med ungdomssektionen "
        "i Kristdala IF, som båda vill hålla i varsin kväll, och listan vi satte upp på anslagstavlan vid Coop "
        "har fått 27 namn på folk som vill hjälpa till eller ta med något att laga.\n\n"
        "Pengarna skulle gå till hyra av lilla salen i bygdegården fyra kvällar à 600 kr (2 400 kr), arvode till "
        "en cykelreparatör och en elektriker från Oskarshamn som leder var sin kväll, 3 500 kr styck (7 000 kr), "
        "annonser i Kristdalabladet och affischer 900 kr samt fika 1 500 kr. Det blir 11 800 kr och det är "
        "också vad vi söker.\n\n"
        "Idén är enkel: fyra torsdagskvällar – 5 mars, 19 mars, 9 april och 23 april, kl. 18–21 – där man tar "
        "med något trasigt, en cykel, en lampa, en brödrost eller ett par byxor, och lagar det tillsammans med "
        "någon som kan. Vi tror att det gör mer för bygden än man först tror: folk träffas över "
        "generationsgränserna, de äldre som kan laga saker får lära ut, de som flyttat hit på senare år lär "
        "känna grannarna och bygdegården används en vanlig vardag. Alla är välkomna, kvinnor som män, unga "
        "som gamla.\n\n"
        "Kristdala Bygdegårdsförening har funnits sedan 1948 och äger och driver bygdegården mitt i "
        f"samhället. Vi har 142 medlemmar, mest hushåll i Kristdala med omnejd. Org.nr {org('802003-471')}.\n\n"
        "Har ni frågor så ring eller mejla mig, jag är sekreterare i föreningen.\n\n"
        "Vänliga hälsningar\n"
        "Margareta Holm\n"
        "Kristdala Bygdegårdsförening\n"
        "tel 0491-720 14, mobil 070-318 42 66\n",
        "utf-8",
        "quoted-printable",
    ),
    label=L(
        "application",
        "sv",
        "acvnb",
        "Complete application written as a neat letter: the five points are unheaded paragraphs in an unusual order (anchoring, budget, activity, association, contact). Anchoring is concrete (stämma with 34 present, PRO and the IF youth section leading evenings, 27 names on a list). Budget as prose with four items and a total 11 800 kr. Association: name, founded 1948, owns the bygdegård, 142 members, org.nr. Contact: named signer writing from her own address with two phone numbers (first recorded). Lecturer fees are not salary; renting the hall is not an investment.",
        association_name="Kristdala Bygdegårdsförening",
        org_number=org("802003-471"),
        contact_name="Margareta Holm",
        contact_email="margareta.holm@example.com",
        contact_phone="0491-720 14",
        members=142,
        ort="Kristdala",
        amount_sek=11800,
        women_and_men=True,
    ),
)

message(
    1703,
    "figeholm-fraga-samma-ort",
    "Thu, 08 Jan 2026 09:02:10 +0100",
    addr("Stig Ekwall", "stig.ekwall@example.net"),
    "Fråga om idéslanten – räknas Figeholm och Misterhult som samma ort?",
    plain(
        "God morgon\n\n"
        "Jag sitter i styrelsen för Figeholms Byalag. Vi funderar på att söka idéslanten i vår men "
        "hembygdsföreningen i Misterhult har också pratat om att söka, och Figeholm ligger ju i "
        "Misterhults socken. Räknas vi som samma ort då, så att vi får dela på 15 000 kr, eller kan båda "
        "föreningarna söka var för sig?\n\n"
        "Vore bra att veta innan vi sätter oss och skriver.\n\n"
        "Hälsningar Stig Ekwall\n"
        "0491-310 77\n",
        "utf-8",
        "8bit",
    ),
    label=L(
        "question",
        "sv",
        "",
        "Question about the per-locality cap (are Figeholm and Misterhult the same ort?). No application: all elements false. Facts only as stated: the writer's association, name, own address and phone, and the locality Figeholm; the 15 000 kr is the rule amount asked about, not an amount applied for, so amount_sek is null. No costs are proposed, so salary/investment null.",
        association_name="Figeholms Byalag",
        contact_name="Stig Ekwall",
        contact_email="stig.ekwall@example.net",
        contact_phone="0491-310 77",
        ort="Figeholm",
    ),
)


# --------------------------------------------------------------------------- 1704–1707

FLISERYD_MID = message(
    1704,
    "fliseryd-studieresa-bylanthandel",
    "Fri, 09 Jan 2026 21:03:44 +0100",
    addr("Johan Lindqvist", "johan.lindqvist@example.se"),
    "Ansökan om idéslanten från Fliseryds Sockenråd",
    multi(
        "alternative",
        "----=_Part_1704_alt",
        [
            plain(
                "Hej!\n\nHär kommer vår ansökan om idéslanten.\n\n"
                "Föreningen\n"
                f"Fliseryds Sockenråd är en ideell förening (org.nr {org('802477-209')}) som samlar boende och föreningar "
                "i Fliseryds socken. Vi har 63 betalande medlemmar.\n\n"
                "Kontaktperson\nJohan Lindqvist, ordförande, 073-811 20 45, johan.lindqvist@example.se\n\n"
                "Aktivitet\nLördagen den 18 april åker vi med hyrd buss till Virserum och gör studiebesök i den "
                "kooperativa bylanthandeln där. Handlarna och byalaget visar hur de räddade butiken och hur "
                "ägandet är upplagt. På kvällen håller vi ett öppet möte i Fliseryds bygdegård där vi går igenom "
                "vad vi lärt oss och om vi kan göra något liknande, eftersom vår egen butik läggs ner i höst.\n\n"
                "Förankring\nIdén kom upp på sockenrådets öppna möte den 2 december, där ett fyrtiotal fliserydsbor "
                "var med. 28 personer har redan anmält intresse för resan.\n\n"
                "Budget\nVi söker 14 500 kr för resan och kvällsmötet.\n\n"
                "Med vänliga hälsningar\nJohan Lindqvist\nFliseryds Sockenråd\n",
                "utf-8",
                "quoted-printable",
            ),
            leaf(
                "text/html",
                html_doc(
                    "<p>Hej!</p><p>Här kommer vår ansökan om idéslanten.</p>"
                    f"<p><b>Föreningen</b><br>Fliseryds Sockenråd är en ideell förening (org.nr {org('802477-209')}) som samlar boende och föreningar "
                    "i Fliseryds socken. Vi har 63 betalande medlemmar.</p>"
                    "<p><b>Kontaktperson</b><br>Johan Lindqvist, ordförande, 073-811 20 45, johan.lindqvist@example.se</p>"
                    "<p><b>Aktivitet</b><br>Lördagen den 18 april åker vi med hyrd buss till Virserum och gör studiebesök i den "
                    "kooperativa bylanthandeln där. Handlarna och byalaget visar hur de räddade butiken och hur "
                    "ägandet är upplagt. På kvällen håller vi ett öppet möte i Fliseryds bygdegård där vi går igenom "
                    "vad vi lärt oss och om vi kan göra något liknande, eftersom vår egen butik läggs ner i höst.</p>"
                    "<p><b>Förankring</b><br>Idén kom upp på sockenrådets öppna möte den 2 december, där ett fyrtiotal fliserydsbor "
                    "var med. 28 personer har redan anmält intresse för resan.</p>"
                    "<p><b>Budget</b><br>Vi söker 14 500 kr för resan och kvällsmötet.</p>"
                    "<p>Med vänliga hälsningar<br>Johan Lindqvist<br>Fliseryds Sockenråd</p>"
                ),
                "utf-8",
                "quoted-printable",
            ),
        ],
    ),
    headers=["X-Mailer: Microsoft Outlook 16.0"],
    label=L(
        "application",
        "sv",
        "acvn",
        "Bold HTML headings (multipart/alternative). Everything is given except the budget: under the heading 'Budget' there is only a bare total ('Vi söker 14 500 kr') – a heading that promises a budget but gives no items, so budget false; amount_sek 14 500. Anchoring is concrete (open meeting with about forty residents, 28 signed up). Association with org.nr and 63 members; contact with phone and own e-mail. A study trip by hired bus is neither salary nor investment. Women/men not mentioned.",
        association_name="Fliseryds Sockenråd",
        org_number=org("802477-209"),
        contact_name="Johan Lindqvist",
        contact_email="johan.lindqvist@example.se",
        contact_phone="073-811 20 45",
        members=63,
        ort="Fliseryd",
        amount_sek=14500,
    ),
)
FLISERYD_RCPT = receipt_id(FLISERYD_MID, "2026-0004")

message(
    1705,
    "orrefors-berattarkvallar-docx",
    "Mon, 12 Jan 2026 11:47:09 +0100",
    addr("Lena Sandberg", "lena.sandberg@example.org"),
    "Idéslanten Orrefors",
    multi(
        "mixed",
        "b1705mixed",
        [
            plain(
                "Hej, här kommer vår ansökan om idéslanten för Orrefors. Allt står i bifogade dokument, hör av er om något är oklart!\n\n/Lena\n",
                "utf-8",
                "8bit",
            ),
            attach(
                DOCX_CT,
                docx(
                    [
                        ("b", "Ansökan om regional bygdepeng – idéslanten 2026"),
                        ("b", "Orrefors Intresseförening"),
                        f"Orrefors Intresseförening är en ideell förening för alla som bor i Orrefors med omnejd. Vi har 87 medlemmar. Org.nr {org('802451-886')}.",
                        "Kontaktperson: Lena Sandberg, 0481-304 55, lena.sandberg@example.org",
                        ("b", "Vad vi vill göra"),
                        "Tre berättarkvällar i Folkets hus i mars (5, 12 och 19 mars) där före detta glasbruksarbetare berättar om livet på bruket. Kvällarna filmas och filmerna visas sedan för eleverna på Orrefors skola. Kvällarna är öppna för alla – kvinnor och män, gamla bruksarbetare och nyinflyttade – så att brukets historia stannar i byn och de som flyttat hit får en egen bit av den.",
                        ("b", "Förankring"),
                        "Idén togs upp på medlemsmötet i oktober och fick enhälligt stöd. Orrefors skola vill använda filmerna i undervisningen och Glasbrukets vänner hjälper till att hitta berättare; sex personer har redan tackat ja.",
                        ("b", "Budget"),
                        (
                            "table",
                            [
                                ["Post", "Kronor"],
                                ["Hyra Folkets hus 3 kvällar à 700 kr", "2 100"],
                                ["Arvode filmare", "4 000"],
                                ["Fika", "1 200"],
                                ["Affischer och annonser", "500"],
                                ["Summa", "7 800"],
                            ],
                        ),
                    ]
                ),
                "Ansokan idéslanten Orrefors 2026.docx".replace("é", "e"),
            ),
        ],
    ),
    label=L(
        "application",
        "sv",
        "acvnb",
        "Two sentences in the body, the whole application in an attached Word document (.docx with a budget table). Complete: association with members and org.nr, contact with phone and e-mail in the document (and the mail is signed '/Lena' from her own address), a short but concrete activity (three dated evenings, filmed, shown at the school), concrete anchoring (members' meeting, the school and Glasbrukets vänner, six storytellers), budget with items. A filmmaker's fee is a fee, not salary.",
        association_name="Orrefors Intresseförening",
        org_number=org("802451-886"),
        contact_name="Lena Sandberg",
        contact_email="lena.sandberg@example.org",
        contact_phone="0481-304 55",
        members=87,
        ort="Orrefors",
        amount_sek=7800,
        women_and_men=True,
    ),
)

message(
    1706,
    "grasgard-vinterkvallar-magasinet",
    "Tue, 13 Jan 2026 16:20:55 +0100",
    addr("Britt-Marie Ottosson", "bm.ottosson@example.net"),
    "Vinterkvällar i hamnmagasinet, Gräsgård",
    plain(
        "Hej Region Kalmar\n\n"
        "Det började egentligen i somras när vi satt på bänken nere vid hamnen och konstaterade att vi "
        "knappt kände dom som köpt Larssons gamla hus, fast dom bott här i två år. Vi är ett tjugotal som "
        "bor i Gräsgård året runt och ännu fler på sommaren, och på vintern är det tyst som i graven här "
        "nere på södra Öland.\n\n"
        "Så vi har tänkt ordna tre vinterkvällar i hamnmagasinet, torsdagarna 12, 19 och 26 februari. "
        "Första kvällen berättar Rune Ek om fisket i Gräsgård förr, andra kvällen kommer en biolog och "
        "pratar om alvaret och fåglarna, och sista kvällen har vi ett samtal om vad som skulle få fler att "
        "bo här året runt - kommunens näringslivsutvecklare har lovat att komma. Alla i byn är välkomna, "
        "både gubbar och gummor och barnfamiljerna.\n\n"
        "När vi tog upp det på byamötet i oktober räckte 19 upp handen, och hamnföreningen hyr ut "
        "magasinet till oss för 500 kr kvällen, så 1 500 kr. Föreläsarna vill ha 2 500 kr var (Rune gör det "
        "gratis, det är biologen och en till vi betalar) och så kaffe och våfflor för kanske 1 000 kr "
        "sammanlagt. Alltså runt 7 500 kr.\n\n"
        "Ring gärna om det är något.\n\n"
        "Hälsningar\nBritt-Marie Ottosson\nGräsgård\n0485-620 31\n",
        "iso-8859-1",
        "8bit",
    ),
    label=L(
        "application",
        "sv",
        "cvnb",
        "Story-style application in iso-8859-1 (8bit) where the points are implicit. The applicant is only 'vi … ett tjugotal som bor i Gräsgård året runt' – described but never named as an association or group, so association false (and the twenty are residents, not members: members null). Activity concrete (three dated evenings, speakers, the future-of-the-village talk). Anchoring concrete (19 hands at the village meeting, the harbour association renting out the warehouse). Budget in prose with several amounts (1 500 + 2×2 500 + 1 000 = 7 500). Named signer from own address with phone. 'gubbar och gummor' = both women and men.",
        contact_name="Britt-Marie Ottosson",
        contact_email="bm.ottosson@example.net",
        contact_phone="0485-620 31",
        ort="Gräsgård",
        amount_sek=7500,
        women_and_men=True,
    ),
)

message(
    1707,
    "fliseryd-sv-budget",
    "Wed, 14 Jan 2026 07:55:12 +0100",
    addr("Johan Lindqvist", "johan.lindqvist@example.se"),
    "SV: Re: Ansökan om idéslanten från Fliseryds Sockenråd [Idéslanten 2026-0004]",
    plain(
        "Hej\n\nUrsäkta, här kommer budgeten uppdelad:\n\n"
        "Buss Fliseryd–Virserum t/r (Mönsterås Buss) 8 900 kr\n"
        "Guidning och föredrag i bylanthandeln 2 000 kr\n"
        "Enkel lunch 28 pers 2 000 kr\n"
        "Hyra bygdegården kvällsmötet 800 kr\n"
        "Fika kvällsmötet 800 kr\n"
        "Summa 14 500 kr\n\n"
        "Mvh\nJohan Lindqvist\nordf. Fliseryds Sockenråd\n073-811 20 45\n\n"
        "Från: Idéslanten – Region Kalmar län <ideslanten@example.se>\n"
        "Skickat: den 9 januari 2026 21:04\n"
        "Till: Johan Lindqvist <johan.lindqvist@example.se>\n"
        "Ämne: Re: Ansökan om idéslanten från Fliseryds Sockenråd [Idéslanten 2026-0004]\n\n"
        + receipt_quote("2026-0004", ["budget"])
        + "\n",
        "utf-8",
        "base64",
    ),
    headers=thread(FLISERYD_RCPT, [FLISERYD_MID, FLISERYD_RCPT])
    + ["X-Mailer: Microsoft Outlook 16.0"],
    label=L(
        "followup",
        "sv",
        "cb",
        "Outlook-style top-posted followup (base64 body) to the receipt of 1704, quoting the receipt in a Från:/Skickat: block. The new text supplies the missing budget as five items with amounts and the total 14 500 kr, so budget true; signed by Johan Lindqvist from his own address with phone, so contact true. The association is only named in the signature (nothing about it) – association false. The quoted receipt adds nothing. Lunch is a consumable, not an investment.",
        association_name="Fliseryds Sockenråd",
        contact_name="Johan Lindqvist",
        contact_email="johan.lindqvist@example.se",
        contact_phone="073-811 20 45",
        ort="Fliseryd",
        amount_sek=14500,
    ),
)


# --------------------------------------------------------------------------- 1708–1711

ALSTERBRO_MID = message(
    1708,
    "alsterbro-levande-motesplats",
    "Thu, 15 Jan 2026 19:41:02 +0100",
    addr("Per-Olof Gustavsson", "pelle.gustavsson@example.com"),
    "Ansökan regional bygdepeng Alsterbro",
    plain(
        "Till landsbygdsutvecklaren\n\n"
        "Alsterbro Byförening ansöker härmed om regional bygdepeng för 2026. Föreningen bildades 1991 och "
        "har i dag 38 medlemmar i Alsterbro och byarna runt omkring.\n\n"
        "Vi vill under året skapa en levande mötesplats i Alsterbro där gammal som ung kan träffas, utbyta "
        "idéer och känna gemenskap. Målet är att fler ska vilja bo kvar och flytta hit, och att Alsterbro "
        "ska bli en by man är stolt över. Vi ser idéslanten som en viktig start på det arbetet.\n\n"
        "Satsningen är väl förankrad i bygden och har ett brett stöd bland byborna.\n\n"
        "Kostnader:\n"
        "Lokalhyra 3 200 kr\n"
        "Material 1 500 kr\n"
        "Marknadsföring 800 kr\n"
        "Förtäring 2 000 kr\n"
        "Totalt 7 500 kr\n\n"
        "Kontaktperson är undertecknad.\n\n"
        "Per-Olof Gustavsson\nkassör, Alsterbro Byförening\n0481-501 62\n",
        "utf-8",
        "8bit",
    ),
    label=L(
        "application",
        "sv",
        "acb",
        "Tidy, formal letter that looks complete but is not. Activity is only a goal ('skapa en levande mötesplats … där gammal som ung kan träffas') with no what/when/how – activity false even though the budget lists cost items. Anchoring is an empty claim ('väl förankrad … brett stöd') – false. Budget true (four items and a total). Association: name, founded 1991, 38 members. Contact: named signer from his own address with phone. 'gammal som ung' is about age, not gender: women_and_men null.",
        association_name="Alsterbro Byförening",
        contact_name="Per-Olof Gustavsson",
        contact_email="pelle.gustavsson@example.com",
        contact_phone="0481-501 62",
        members=38,
        ort="Alsterbro",
        amount_sek=7500,
    ),
)
ALSTERBRO_RCPT = receipt_id(ALSTERBRO_MID, "2026-0008")

message(
    1709,
    "phishing-brevlada-full",
    "Fri, 16 Jan 2026 03:12:40 +0100",
    addr("IT-support Region Kalmar", "it-support@example.net"),
    "VARNING: Din brevlåda är 98% full – åtgärd krävs inom 24 timmar",
    leaf(
        "text/html",
        html_doc(
            '<table width="100%" style="border:1px solid #c00"><tr><td>'
            "<p><b>Bästa användare ideslanten@example.se,</b></p>"
            "<p>Din brevlåda har nått 98% av sin kvot. Inkommande e-post, inklusive ansökningar och ärenden, "
            "kommer att <b>avvisas</b> om du inte verifierar ditt konto inom 24 timmar.</p>"
            '<p><a href="http://regionkalmar-webmail.example.net/verify?u=ideslanten">VERIFIERA KONTO NU</a></p>'
            "<p>Med vänlig hälsning,<br>IT-support<br>Region Kalmar Iän</p>"
            "</td></tr></table>"
        ),
        "utf-8",
        "base64",
    ),
    headers=["X-Priority: 1 (Highest)"],
    label=L(
        "spam",
        "sv",
        "",
        "Phishing (HTML-only, base64): fake 'mailbox full' warning impersonating the region's IT support (note 'Kalmar Iän' with a capital I), link to a look-alike host. Mentions applications but is none: all elements false, all facts null.",
    ),
)

VISSEFJARDA_TABLE = [
    (
        "Sökande förening",
        f"Vissefjärda Byalag, ideell förening, 112 medlemmar. Org.nr {org('802520-114')}",
    ),
    ("Kontaktperson", "Annika Bergström, 070-244 81 09, annika.bergstrom@example.se"),
    (
        "Aktivitet",
        "Två dialogkvällar, 10 och 24 mars kl. 18.30 i Vissefjärda bygdegård, ledda av en processledare från Hushållningssällskapet. Vi tar fram en byaplan: vad behöver Vissefjärda de kommande tio åren (skolan, busstrafiken, mötesplatser, boende för äldre). Byaplanen trycks och delas ut till alla hushåll och blir underlag i dialogen med Emmaboda kommun.",
    ),
    ("Vem riktar sig aktiviteten till", "Alla boende, kvinnor och män, unga och äldre"),
    (
        "Lokal förankring",
        "Beslut på årsmötet i mars 2025. Enkät till alla hushåll via Vissefjärdabladet i höstas (96 svar). Vissefjärda PRO och föräldraföreningen på skolan är medarrangörer.",
    ),
    (
        "Budget",
        "Processledare 2 kvällar 6 000 kr; Hyra bygdegården 2 × 900 kr = 1 800 kr; Tryck av byaplan 2 000 kr; Fika 1 400 kr; Summa 11 200 kr",
    ),
    ("Sökt belopp", "11 200 kr"),
]

message(
    1710,
    "vissefjarda-byaplan-tabell",
    "Mon, 19 Jan 2026 10:05:18 +0100",
    addr("Annika Bergström", "annika.bergstrom@example.se"),
    "Ansökan idéslanten – byaplan för Vissefjärda",
    multi(
        "alternative",
        "alt1710-Vissefjarda",
        [
            plain(
                "Hej,\nvår ansökan i tabellform nedan.\n\n"
                + "\n".join(f"{k}\t{v}" for k, v in VISSEFJARDA_TABLE)
                + "\n\nHälsningar\nAnnika\n",
                "utf-8",
                "quoted-printable",
            ),
            leaf(
                "text/html",
                html_doc(
                    "<p>Hej,<br>vår ansökan i tabellform nedan.</p>"
                    '<table border="1" cellpadding="4" style="border-collapse:collapse">'
                    + "".join(
                        f'<tr><td style="background:#eef"><b>{k}</b></td><td>{v}</td></tr>'
                        for k, v in VISSEFJARDA_TABLE
                    )
                    + "</table><p>Hälsningar<br>Annika</p>"
                ),
                "utf-8",
                "quoted-printable",
            ),
        ],
    ),
    label=L(
        "application",
        "sv",
        "acvnb",
        "Complete application written entirely as a two-column table (HTML table, tab-separated in the text alternative). Association with members and org.nr, contact with phone and e-mail, a concrete activity (two dated dialogue evenings producing a village plan) with local benefit, concrete anchoring (annual meeting decision, household survey with 96 answers, two co-organisers), budget items and sum. The process leader's fee is a fee, not salary; printing is a service, not an investment.",
        association_name="Vissefjärda Byalag",
        org_number=org("802520-114"),
        contact_name="Annika Bergström",
        contact_email="annika.bergstrom@example.se",
        contact_phone="070-244 81 09",
        members=112,
        ort="Vissefjärda",
        amount_sek=11200,
        women_and_men=True,
    ),
)

PARYD_TEXT = (
    "Hej!\n\nPåryds Byalag söker bidrag ur idéslanten enligt nedan.\n\n"
    "Förening ........... Påryds Byalag\n"
    f"Org.nr ............. {org('802489-330')}\n"
    "Medlemmar .......... 54 (hushåll)\n"
    "Kontaktperson ...... Bengt Sjöö\n"
    "Aktivitet .......... HLR-kurs för byborna, två kvällar (11 och 18 mars) i Påryds\n"
    "                     församlingshem, ledd av instruktör från Röda korset. Målet är\n"
    "                     att minst 30 bybor kan hjärt-lungräddning - ambulansen har\n"
    "                     över 30 minuter hit.\n"
    "Förankring ......... Förslaget kom från byamötet 12 november (31 närvarande).\n"
    "                     Påryds IF och församlingen är med och bjuder in.\n"
    "Budget ............. Instruktörsarvode 2 x 2 500 kr = 5 000 kr\n"
    "                     Hyra övningsdockor 1 200 kr\n"
    "                     Hyra församlingshemmet 600 kr\n"
    "                     Fika 700 kr\n"
    "                     Totalt 7 500 kr\n\n"
    "Med vänlig hälsning\nStyrelsen\nPåryds Byalag\n"
)

PARYD_MID = message(
    1711,
    "paryd-hlr-kurs",
    "Tue, 20 Jan 2026 13:30:00 +0100",
    addr("Påryds Byalag", "paryds.byalag@example.org", "iso-8859-1"),
    "Påryds Byalag söker idéslanten",
    plain(PARYD_TEXT, "windows-1252", "quoted-printable"),
    label=L(
        "application",
        "sv",
        "avnb",
        "Plain-text 'form' with dotted labels (windows-1252, quoted-printable). A contact person is named (Bengt Sjöö) but with no phone or e-mail, the mail comes from the association's shared mailbox and is signed 'Styrelsen' – no reachable person, so contact false and the contact facts null. Everything else is concrete: association with org.nr and 54 member households, a dated HLR course, anchoring (village meeting with 31 present, IF and parish), budget items. Renting practice dummies is not an investment; the instructor's fee is not salary.",
        association_name="Påryds Byalag",
        org_number=org("802489-330"),
        members=54,
        ort="Påryd",
        amount_sek=7500,
    ),
)
PARYD_RCPT = receipt_id(PARYD_MID, "2026-0011")


# --------------------------------------------------------------------------- 1712–1715

message(
    1712,
    "paryd-autosvar-brevlada",
    "Tue, 20 Jan 2026 13:31:07 +0100",
    addr("Påryds Byalag", "paryds.byalag@example.org", "iso-8859-1"),
    "Automatiskt svar: Re: Påryds Byalag söker idéslanten [Idéslanten 2026-0011]",
    plain(
        "Tack för ditt mejl till Påryds Byalag!\n\n"
        "Den här brevlådan läses ungefär en gång i veckan. Gäller det bokning av byagården eller något\n"
        "brådskande, ring gärna vår ordförande på 0480-360 12.\n\n"
        "Hälsningar\nPåryds Byalag\n",
        "iso-8859-1",
        "quoted-printable",
    ),
    to=BOT,
    headers=thread(PARYD_RCPT, [PARYD_MID, PARYD_RCPT])
    + ["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    label=L(
        "autoreply",
        "sv",
        "",
        "Automatic reply (Auto-Submitted: auto-replied, 'Automatiskt svar:') from the shared mailbox of Påryds Byalag to the bot's receipt for 1711, threaded to both. It contains a phone number for the chairman – tempting as the missing contact, but it is a machine reply, not a followup: all elements false, all facts null, and the bot must not answer.",
    ),
)

message(
    1713,
    "alsterbro-re-byakoket",
    "Wed, 21 Jan 2026 08:17:45 +0100",
    addr("Per-Olof Gustavsson", "pelle.gustavsson@example.com"),
    "Re: Ansökan regional bygdepeng Alsterbro [Idéslanten 2026-0008]",
    plain(
        "Hej igen\n\n"
        "Ok, vi tänker konkret så här: vi hyr Alsterbro bygdegård första lördagen i månaden mars–juni och "
        'ordnar "Byaköket", en knytkalaslunch kl 12–15 där alla tar med något. Varje gång bjuder vi in '
        "någon som pratar en halvtimme – en skogsägare om gallring och virkespriser, kommunen om "
        "fiberutbyggnaden, en ung tjej som startat eget här i byn och Länsstyrelsen om bidrag till "
        "föreningar. Tanken är att folk ska träffas och att det ska komma fram idéer om vad vi kan göra "
        "nästa år.\n\n"
        "Vad gäller förankring så är den god, alla vi pratat med tycker det är ett bra initiativ.\n\n"
        "Mvh Pelle\nPer-Olof Gustavsson, 0481-501 62\n\n"
        "Den tors 15 jan. 2026 kl 19:42 skrev Idéslanten – Region Kalmar län <ideslanten@example.se>:\n"
        + "\n".join(
            "> " + ln if ln else ">"
            for ln in receipt_quote("2026-0008", ["activity", "anchoring"]).split("\n")
        )
        + "\n",
        "utf-8",
        "quoted-printable",
    ),
    headers=thread(ALSTERBRO_RCPT, [ALSTERBRO_MID, ALSTERBRO_RCPT]),
    label=L(
        "followup",
        "sv",
        "cv",
        "Gmail-style followup to the receipt of 1708 ('Den tors … skrev …:' and > quoting). The new text now gives a concrete activity (monthly Saturday lunches March–June in the bygdegård with invited speakers), so activity true, but the anchoring is again only a claim ('alla vi pratat med tycker det är ett bra initiativ') – anchoring false. Signed by the named writer from his own address with phone: contact true. No amounts in the new text. Renting the hall is not an investment.",
        contact_name="Per-Olof Gustavsson",
        contact_email="pelle.gustavsson@example.com",
        contact_phone="0481-501 62",
        ort="Alsterbro",
    ),
)

LOTTORP_HTML = html_doc(
    '<p style="margin:0">Hej!</p><p>Löttorps Samhällsförening vill söka idéslanten för 2026.</p>'
    "<p><b>Om oss</b><br>Samhällsföreningen arbetar för service, trivsel och utveckling på norra Öland. "
    "Vi har 210 medlemshushåll och driver bland annat turistinformationen på sommaren.</p>"
    "<p><b>Det här vill vi göra</b><br>Tre välkomstkvällar för nyinflyttade och säsongsarbetare som stannat kvar: "
    "17 april, 22 maj och 25 september i Löttorps bygdegård. Föreningarna i bygden presenterar sig, det bjuds på "
    "mat från lokala producenter och en inbjuden föreläsare berättar om norra Ölands historia. Kvällarna är för alla, "
    "kvinnor och män i alla åldrar.</p>"
    "<p><b>Varför</b><br>Vi har fått många nya invånare de senaste åren men få hittar in i föreningslivet. "
    "Blir de en del av bygden stannar de också kvar.</p>"
    "<p><b>Vilka står bakom</b><br>Löttorps IF, Böda Hembygdsförening och Norra Ölands församling är med och "
    "arrangerar, och 14 frivilliga har anmält sig för att laga mat och duka.</p>"
    "<p><b>Pengar</b><br>Hyra bygdegården 3 x 1 000 kr = 3 000 kr<br>Föreläsararvode 3 x 2 000 kr = 6 000 kr<br>"
    "Mat och råvaror 3 500 kr<br>Tryck och annonser 1 000 kr<br><b>Summa: 13 500 kr</b></p>"
    "<p><b>Kontakt</b><br>Kerstin Åberg, kassör – nås bäst på 070-552 18 90 (kvällar)</p>"
    "<p>Med vänlig hälsning<br>Löttorps Samhällsförening</p>"
)

message(
    1714,
    "lottorp-valkomstkvallar",
    "Thu, 22 Jan 2026 18:02:33 +0100",
    addr("Löttorps Samhällsförening", "lottorp.samhallsforening@example.org"),
    "Ansökan idéslanten – välkomstkvällar i Löttorp",
    leaf("text/html", LOTTORP_HTML, "utf-8", "base64"),
    label=L(
        "application",
        "sv",
        "acvnb",
        "HTML-only (base64) with bold headings in an unusual order and wording ('Om oss', 'Vilka står bakom', 'Pengar'). Complete. Contact near miss in the positive direction: the mail comes from the association's shared mailbox, but a named person (Kerstin Åberg) with a phone number is given, so contact true; the shared mailbox is not a contact e-mail, so contact_email null. Anchoring concrete (three co-organising local groups, 14 volunteers). Budget items with sum. 210 member households = 210 members. Lecturer fees are not salary.",
        association_name="Löttorps Samhällsförening",
        contact_name="Kerstin Åberg",
        contact_phone="070-552 18 90",
        members=210,
        ort="Löttorp",
        amount_sek=13500,
        women_and_men=True,
    ),
)

RUDA_MID = message(
    1715,
    "ruda-framtidsverkstad-docx",
    "Fri, 23 Jan 2026 12:12:12 +0100",
    addr("Anders Petersson", "anders.p@example.se"),
    "Ansökan från Ruda",
    multi(
        "mixed",
        "b1715-ruda",
        [
            plain(
                "Hej! Bifogar ansökan från Ruda Bygdeförening om idéslanten.\n\nMvh Anders Petersson\n070-661 03 12\n",
                "utf-8",
                "8bit",
            ),
            attach(
                DOCX_CT,
                docx(
                    [
                        ("b", "Ruda Bygdeförening – ansökan om idéslanten"),
                        "Ruda Bygdeförening är en ideell förening med 45 medlemmar som verkar för att Ruda ska vara en levande by. Föreningen sköter bygdegården och ordnar midsommarfirandet.",
                        "Vi vill hålla en framtidsverkstad lördagen den 14 mars i Ruda skolas matsal, kl. 10–16, ledd av en processledare från Studieförbundet Vuxenskolan. Frågan är hur vi kan behålla skolan och få fler barnfamiljer att flytta hit. Resultatet blir en handlingsplan som föreningen och föräldraföreningen arbetar vidare med.",
                        "Frågan togs upp på ett stormöte i bygdegården den 8 januari där 52 personer kom. Föräldraföreningen på Ruda skola och Ruda IF är medarrangörer.",
                        "Budgeten arbetar vi fortfarande med, den kommer när vi fått offert från Vuxenskolan. Ungefär 12 000 kr räknar vi med.",
                        "Kontakt: Anders Petersson, 070-661 03 12",
                    ]
                ),
                "Ansokan Ruda Bygdeforening.docx",
            ),
        ],
    ),
    label=L(
        "application",
        "sv",
        "acvn",
        "Two sentences in the body plus a Word document without headings. Association (name, 45 members, what it does), contact (named signer from own address with phone, also in the document), a concrete dated activity and concrete anchoring (stormöte with 52, two co-organisers). Budget false: 'Budgeten … kommer när vi fått offert' with one rough figure – the rough figure is the amount (12 000) but not a budget.",
        association_name="Ruda Bygdeförening",
        contact_name="Anders Petersson",
        contact_email="anders.p@example.se",
        contact_phone="070-661 03 12",
        members=45,
        ort="Ruda",
        amount_sek=12000,
    ),
)
RUDA_RCPT = receipt_id(RUDA_MID, "2026-0015")


# --------------------------------------------------------------------------- 1716–1719

message(
    1716,
    "paryd-re-kontaktperson",
    "Mon, 26 Jan 2026 17:48:20 +0100",
    addr("Bengt Sjöö", "bengt.sjoo@example.com"),
    "Re: Påryds Byalag söker idéslanten [Idéslanten 2026-0011]",
    plain(
        "Hej,\n\n"
        "Det är jag som är kontaktperson för byalagets ansökan, det blev visst inget nummer i den. Jag nås på "
        "0480-360 12 eller på den här adressen, bäst efter kl 16.\n\n"
        "Bengt Sjöö\nordförande Påryds Byalag\n\n"
        "Den 2026-01-20 kl. 13:30, skrev Idéslanten – Region Kalmar län:\n"
        + "\n".join(
            "> " + ln if ln else ">"
            for ln in receipt_quote("2026-0011", ["contact"], 1).split("\n")
        )
        + "\n",
        "utf-8",
        "8bit",
    ),
    headers=thread(PARYD_RCPT, [PARYD_MID, PARYD_RCPT]) + ["User-Agent: Mozilla Thunderbird"],
    label=L(
        "followup",
        "sv",
        "c",
        "Thunderbird-style reply to the receipt of 1711 (which lacked a reachable contact). The chairman himself writes from his own address with a phone number: contact true, and that is all the new text supplies. The association is only named in the signature: association false; association_name recorded as written.",
        association_name="Påryds Byalag",
        contact_name="Bengt Sjöö",
        contact_email="bengt.sjoo@example.com",
        contact_phone="0480-360 12",
        ort="Påryd",
    ),
)

message(
    1717,
    "bergkvara-hamndag-mobil",
    "Tue, 27 Jan 2026 22:51:03 +0100",
    addr("Ronny Karlsson", "ronny.karlsson@example.net"),
    "idéslanten",
    plain(
        "Hej! Bergkvara båtklubb (85 medl) vill söka idéslanten för en öppen hamndag 30 maj. Vi visar "
        "båtarna, ungdomsseglingen har prova-på och vi grillar, så att folk i byn hittar ner till hamnen "
        "igen och kanske blir medlemmar. Behöver ca 12000 till hyra av tält och ljudanläggning + "
        "ersättning till en trubadur.\n"
        "Hör av dig!\n"
        "Ronny Karlsson 0486-210 44\n\n"
        "Skickat från min iPhone\n",
        "utf-8",
        "8bit",
    ),
    label=L(
        "application",
        "sv",
        "acv",
        "Short iPhone mail. Association true with minimal info (name + '85 medl'). Contact: named signer from own address with phone. Activity concrete (open harbour day 30 May, sailing try-outs, local benefit). Anchoring: nothing at all – false. Budget false: cost items are named (tent and PA hire, troubadour) but only one rough total ('ca 12000') – no amounts per item; the rough figure is the amount. Renting is not an investment; the troubadour's fee is not salary.",
        association_name="Bergkvara båtklubb",
        contact_name="Ronny Karlsson",
        contact_email="ronny.karlsson@example.net",
        contact_phone="0486-210 44",
        members=85,
        ort="Bergkvara",
        amount_sek=12000,
    ),
)

message(
    1718,
    "ralla-fraga-grasklippare",
    "Wed, 28 Jan 2026 09:33:50 +0100",
    addr("Ulf Bengtsson", "ulf.bengtsson@example.org"),
    "Fråga: kan idéslanten gå till en gräsklippare?",
    plain(
        "Hej\n\n"
        "Jag sitter i Rälla Byalag. Vi har en bollplan som hela byn använder, skolan på dagarna och "
        "korpen och barnfamiljerna på kvällarna, och den gamla klipparen har gett upp. Kan man söka "
        "idéslanten för att köpa en begagnad åkgräsklippare? Den vi tittat på kostar runt 30 000, så "
        "resten lägger byalaget in själva.\n\n"
        "Eller går pengarna bara till möten och sånt?\n\n"
        "Mvh Ulf Bengtsson\nRälla\n",
        "iso-8859-1",
        "quoted-printable",
    ),
    label=L(
        "question",
        "sv",
        "",
        "Question (iso-8859-1, QP) whether idéslanten can pay for a ride-on lawnmower – the question itself proposes buying a machine, so physical_investment true; salary_costs null. No amount is applied for (30 000 is the machine's price, and the rest would be covered by the byalag) – amount_sek null. Writer, association and locality recorded as stated.",
        association_name="Rälla Byalag",
        contact_name="Ulf Bengtsson",
        contact_email="ulf.bengtsson@example.org",
        ort="Rälla",
        physical_investment=True,
    ),
)

message(
    1719,
    "loftahammar-sommarkvallar-foraldrar",
    "Thu, 29 Jan 2026 14:06:41 +0100",
    addr("Sara Lindahl", "sara.lindahl@example.com"),
    "Ansökan: Sommarkvällar för barnfamiljer i Loftahammar",
    leaf(
        "text/html",
        html_doc(
            "<div>Hej!</div><div><br></div>"
            "<div>Vi är ett gäng föräldrar i Loftahammar som vill söka idéslanten. Så här har vi tänkt:</div><div><br></div>"
            "<div><b>Vad</b></div>"
            "<div>Fyra onsdagskvällar (17 och 24 juni, 1 och 8 juli) kl. 17–20 på hembygdsgården: barnteater, "
            "fiskekväll vid bryggan, kubbturnering och en grillkväll. Fastboende och sommarfamiljer lär känna "
            "varandra och barnen får kompisar i byn – vi tror det gör att fler barnfamiljer vill bo kvar.</div><div><br></div>"
            "<div><b>Tillsammans med</b></div>"
            "<div>Loftahammars Hembygdsförening (som lånar ut gården) och Loftahammars IF (kubb och fiske).</div><div><br></div>"
            "<div><b>Stöd i byn</b></div>"
            "<div>Vi gjorde en enkät i förskolans och skolans föräldragrupper i december: 41 svarade och 35 "
            "vill vara med. Det gäller både mammor och pappor, flera har redan erbjudit sig att grilla.</div><div><br></div>"
            "<div><b>Budget</b></div>"
            "<ul><li>Barnteater, arvode: 4 000 kr</li><li>Hyra hembygdsgården 4 x 500 kr: 2 000 kr</li>"
            "<li>Annonser/affischer: 600 kr</li><li>Grillmat och fika: 1 400 kr</li></ul>"
            "<div>Totalt 8 000 kr</div><div><br></div>"
            "<div><b>Kontakt</b></div>"
            "<div>Sara Lindahl, sara.lindahl@example.com, 0493-612 88</div><div><br></div>"
            "<div>/Sara</div>"
        ),
        "utf-8",
        "quoted-printable",
    ),
    label=L(
        "application",
        "sv",
        "cvnb",
        "HTML-only (QP) with bold one-word headings. Association near miss in the negative direction: the applicant is 'ett gäng föräldrar i Loftahammar' – no name; the two named associations (Hembygdsförening, IF) are partners that lend the venue and help out, not the applicant – association false, association_name null. Everything else concrete: contact with e-mail and phone, dated activity with local benefit, anchoring (parent survey 41 answers / 35 want to join, two partner associations), budget items. 'både mammor och pappor' = women and men.",
        contact_name="Sara Lindahl",
        contact_email="sara.lindahl@example.com",
        contact_phone="0493-612 88",
        ort="Loftahammar",
        amount_sek=8000,
        women_and_men=True,
    ),
)


# --------------------------------------------------------------------------- 1720–1723

message(
    1720,
    "bygd-bildning-varprogram",
    "Mon, 02 Feb 2026 06:00:00 +0100",
    addr("Studieförbundet Bygd & Bildning", "utskick@example.net"),
    "Vårens program: Skriv en ansökan som går igenom + cirklar i din by",
    leaf(
        "text/html",
        html_doc(
            '<table width="600" align="center"><tr><td>'
            "<h2>Vårens program i Kalmar län</h2>"
            "<p><b>Skriv en ansökan som går igenom</b> – en kväll för byalag och föreningar. Vi går igenom hur ni "
            "beskriver föreningen, vem som är kontaktperson, vad ni ska göra, hur idén är förankrad i byn och hur en "
            "enkel budget ser ut. Exempel: <i>Hyra bygdegård 2 000 kr, föreläsare 3 000 kr, fika 800 kr.</i></p>"
            "<p>Torsdag 19 februari kl. 18.30, Mönsterås bibliotek och digitalt.</p>"
            "<p><b>Cirklar i din by</b> – vi startar cirklar i Timmernabben, Högsby och Gamleby. Minst fem deltagare.</p>"
            '<hr><p style="font-size:8pt">Du får utskicket eftersom din organisation finns i vårt register. '
            '<a href="https://utskick.example.net/u/55fa1">Avregistrera</a></p>'
            "</td></tr></table>"
        ),
        "utf-8",
        "quoted-printable",
    ),
    headers=[
        "List-Unsubscribe: <https://utskick.example.net/u/55fa1>",
        "Precedence: bulk",
        "X-Mailer: Mailchimp-like Sender 4.2",
    ],
    label=L(
        "newsletter",
        "sv",
        "",
        "HTML-only bulk mail (List-Unsubscribe, Precedence: bulk, no List-Id) from a study association. It walks through the five points of an application and even shows an example budget with three items and amounts – but it applies for nothing: all elements false, all facts null.",
    ),
)

message(
    1721,
    "langasjo-soppkvallar-berattelse",
    "Mon, 02 Feb 2026 15:27:08 +0100",
    addr("Gunnel Karlsson", "gunnel.karlsson@example.se"),
    "Soppkvällar i Långasjö",
    plain(
        "Hej!\n\n"
        "I november dog Holger på Kvarnvägen. Han hade bott ensam i många år och det tog nästan en vecka "
        "innan någon märkte att han inte hämtat tidningen. Det satte igång mycket hos oss i Långasjö "
        "Byalag – vi är ett fyrtiotal medlemmar, mest pensionärer men också några barnfamiljer – och vi "
        "bestämde att vi måste bli bättre på att hålla koll på varandra.\n\n"
        "Så nu i februari och mars ska vi ha fyra soppkvällar i skolans matsal, onsdagarna 18/2, 4/3, 18/3 "
        "och 1/4. Varje kväll presenterar någon av föreningarna i socknen vad de håller på med, och sista "
        'kvällen bildar vi en "byapool" med frivilliga som hjälper äldre med snöskottning, skjuts till '
        "vårdcentralen och bara ett samtal ibland. Vi vill ha med både karlar och kvinnor, de gamla "
        "gubbarna är svårast att få ut.\n\n"
        "Vi har redan 23 namn på listan som hänger i kyrkans vapenhus, på folk som vill vara med i "
        "byapoolen, och scouterna lagar soppan en av kvällarna.\n\n"
        "Soppan kostar oss runt 800 kr per gång, alltså 3 200 kr, och matsalen hyr vi för 400 kr kvällen, "
        "1 600 kr. Sista kvällen kommer en från Frivilligcentralen i Emmaboda och berättar hur de gjort, "
        "hon tar 1 500 kr. Det blir 6 300 kr i allt.\n\n"
        "Ring mig gärna på 0471-502 19 om ni undrar något.\n\n"
        "Gunnel Karlsson\n",
        "utf-8",
        "base64",
    ),
    label=L(
        "application",
        "sv",
        "acvnb",
        "Complete application told as a story (utf-8, base64) with no headings. Association near miss in the positive direction: mentioned in passing inside the story ('Långasjö Byalag – vi är ett fyrtiotal medlemmar, mest pensionärer') – name plus something about it, so true; 'ett fyrtiotal' = 40. Activity concrete (four dated soup evenings, a volunteer pool), anchoring concrete (23 names on the list, the scouts cooking), budget in prose with three items (3 200 + 1 600 + 1 500 = 6 300). Named signer from own address with phone. 'både karlar och kvinnor' = women and men.",
        association_name="Långasjö Byalag",
        contact_name="Gunnel Karlsson",
        contact_email="gunnel.karlsson@example.se",
        contact_phone="0471-502 19",
        members=40,
        ort="Långasjö",
        amount_sek=6300,
        women_and_men=True,
    ),
)

ANKARSRUM_MID = message(
    1722,
    "ankarsrum-bruksmiljo",
    "Tue, 03 Feb 2026 10:44:29 +0100",
    addr("Eva Lundin", "eva.lundin@example.net", "iso-8859-1"),
    "Ansökan idéslanten - Ankarsrums Bruksförening",
    plain(
        "Hej.\n\n"
        f"Ankarsrums Bruksförening (org.nr {org('802433-517')}) har 72 medlemmar och arbetar för att bevara "
        "och levandegöra bruksmiljön i Ankarsrum.\n\n"
        "Vi söker 6 500 kr till två aktiviteter i vår: en föreläsning om brukets historia den 16 april i "
        "Brukskontoret och en guidad vandring runt bruksdammen lördagen den 9 maj, öppen för alla i "
        "samhället. Vi vill att de som bor här ska se värdet i bruksmiljön och att fler engagerar sig i "
        "att bevara den.\n\n"
        "Föreläsare 3 000 kr\nGuide 2 000 kr\nAnnonsering 700 kr\nKaffe 800 kr\n\n"
        "Intresset för bruksmiljön har minskat de senaste åren och föreningens medlemmar blir allt äldre. "
        "Det behövs något nytt för att få med yngre.\n\n"
        "Med vänlig hälsning\nStyrelsen, Ankarsrums Bruksförening\n",
        "iso-8859-1",
        "quoted-printable",
    ),
    subject_charset="iso-8859-1",
    label=L(
        "application",
        "sv",
        "avb",
        "Contact near miss: the mail comes from Eva Lundin's own address, but her name appears only in the From header – the body is signed 'Styrelsen' and names no contact person, so contact false and contact facts null. Anchoring false: only a described need (interest has dropped, members are ageing). Activity is short but concrete (dated lecture and guided walk, open to all, local benefit). Association with org.nr and 72 members. Budget items; applied amount 6 500. iso-8859-1 body and encoded-word subject.",
        association_name="Ankarsrums Bruksförening",
        org_number=org("802433-517"),
        members=72,
        ort="Ankarsrum",
        amount_sek=6500,
    ),
)
ANKARSRUM_RCPT = receipt_id(ANKARSRUM_MID, "2026-0022")

message(
    1723,
    "ruda-sv-budget-xlsx",
    "Wed, 04 Feb 2026 20:09:56 +0100",
    addr("Anders Petersson", "anders.p@example.se"),
    "SV: Ansökan från Ruda",
    multi(
        "mixed",
        "b1723-ruda-sv",
        [
            plain(
                "Hej igen, nu har vi fått offerten från Vuxenskolan så här kommer budgeten i Excel. Det blev lite "
                "billigare än vi trodde.\n\n"
                "Anders Petersson\nRuda Bygdeförening\n070-661 03 12\n\n"
                "> Hej! Bifogar ansökan från Ruda Bygdeförening om idéslanten.\n>\n> Mvh Anders Petersson\n> 070-661 03 12\n",
                "utf-8",
                "8bit",
            ),
            attach(
                XLSX_CT,
                xlsx(
                    [
                        ["Budget framtidsverkstad Ruda 14 mars 2026", None],
                        ["Post", "Kr"],
                        ["Processledare Vuxenskolan (arvode)", 6500],
                        ["Lunch och fika 50 pers", 3100],
                        ["Blädderblock, pennor, post-it", 400],
                        ["Annonsering Nybro-tidningen", 500],
                        ["Summa", 10500],
                    ]
                ),
                "Budget Ruda framtidsverkstad.xlsx",
            ),
        ],
    ),
    headers=thread(RUDA_MID, [RUDA_MID]),
    label=L(
        "followup",
        "sv",
        "cb",
        "Followup replying directly to the application 1715 (In-Reply-To = the application, not the receipt), quoting the applicant's own first mail. The new text plus an .xlsx attachment supply the missing budget (four items, sum 10 500) – budget true; signed by the named writer from his own address with phone – contact true. Association only named in the signature – false. Paper and pens are consumables, not an investment.",
        association_name="Ruda Bygdeförening",
        contact_name="Anders Petersson",
        contact_email="anders.p@example.se",
        contact_phone="070-661 03 12",
        ort="Ruda",
        amount_sek=10500,
    ),
)


# --------------------------------------------------------------------------- 1724–1727

FRODINGE_MID = message(
    1724,
    "frodinge-aktiviteter-pdf",
    "Thu, 05 Feb 2026 09:14:37 +0100",
    addr("Marie Axelsson", "marie.axelsson@example.com"),
    "Ansökan om bygdepeng, Frödinge Bygdegårdsförening",
    multi(
        "mixed",
        "b1724-frodinge-mixed",
        [
            plain(
                "Hej!\n\n"
                "Frödinge Bygdegårdsförening ansöker om regional bygdepeng. Föreningen har 96 medlemmar och "
                "förvaltar bygdegården i Frödinge sedan 1952.\n\n"
                "Under 2026 planerar vi att genomföra olika aktiviteter som stärker gemenskapen och lockar fler "
                "till bygden, till exempel föreläsningar, kurser och kanske en studieresa. Exakt vad det blir "
                "bestämmer vi under våren.\n\n"
                "Planerna presenterades på årsmötet den 25 januari, där 41 medlemmar röstade för att vi ska "
                "söka. Vi samarbetar också med Frödinge IK och Frödinge Hembygdsförening, som båda har lovat "
                "att hjälpa till när det blir av.\n\n"
                "Budget bifogas som pdf.\n\n"
                "Kontaktperson: Marie Axelsson, sekreterare, 070-913 24 80\n\n"
                "Vänliga hälsningar\nMarie Axelsson\n",
                "utf-8",
                "quoted-printable",
            ),
            attach(
                "application/pdf",
                pdf(
                    [
                        "# Frödinge Bygdegårdsförening – budget idéslanten 2026",
                        "",
                        "Föreläsningar 2 x 3 000 kr               6 000 kr",
                        "Lokalhyra                                1 600 kr",
                        "Studieresa, buss                         5 000 kr",
                        "Marknadsföring                             900 kr",
                        "Summa                                   13 500 kr",
                    ]
                ),
                "budget_frodinge.pdf",
            ),
        ],
    ),
    label=L(
        "application",
        "sv",
        "acnb",
        "Neat letter with a budget PDF (Helvetica, extractable text). Activity near miss in the negative direction: 'olika aktiviteter … till exempel föreläsningar, kurser och kanske en studieresa. Exakt vad det blir bestämmer vi under våren' – a plan to make a plan, no what/when/how, so activity false even though the PDF budget has lecture and bus lines. Anchoring concrete (annual meeting vote with 41 members, two partner associations). Budget true (items in the PDF, sum 13 500). Association with 96 members; contact named with phone from own address.",
        association_name="Frödinge Bygdegårdsförening",
        contact_name="Marie Axelsson",
        contact_email="marie.axelsson@example.com",
        contact_phone="070-913 24 80",
        members=96,
        ort="Frödinge",
        amount_sek=13500,
    ),
)
FRODINGE_RCPT = receipt_id(FRODINGE_MID, "2026-0024")

message(
    1725,
    "fagerhult-language-cafe-english",
    "Fri, 06 Feb 2026 13:55:02 +0100",
    addr("Marloes van Dijk", "marloes.vandijk@example.net"),
    "Application idéslanten – language café Fagerhult",
    plain(
        "Dear Sir or Madam,\n\n"
        "Sorry for writing in English, my Swedish is still not good enough for an application! I am on the "
        "board of Fagerhults Byaförening, the village association of Fagerhult in Högsby municipality. We "
        "have about 60 members and run the old school building as a meeting place.\n\n"
        "In the last three years 24 families from the Netherlands and Germany have moved to Fagerhult and "
        "the villages around. Many of them do not speak Swedish yet and stay outside village life. We want to "
        "start a language café: every second Tuesday from 3 March to 19 May (6 evenings), 18:30–20:30 in the "
        "old school. Swedish residents and newcomers talk Swedish together over coffee, and two of the evenings "
        "become village walks where older members show the farms, the mill and the lake. It is open to "
        "everyone, men and women, young and old. The aim is that the newcomers stay, start businesses and join "
        "the associations here.\n\n"
        "The board decided on this on 12 January. Before that we asked all 24 newcomer families and 19 want to "
        "join; nine Swedish members have promised to come to every evening, and Högsby library will lend us "
        "books.\n\n"
        "Budget:\n"
        "- Rent of the old school, 6 x 300 SEK = 1 800 SEK\n"
        "- Coffee and cake = 1 500 SEK\n"
        "- Study material = 1 200 SEK\n"
        "- Guest speaker (the librarian, first evening) = 1 000 SEK\n"
        "Total 5 500 SEK\n\n"
        "Our contact person is the chair, Ingrid Svensson, +46 70 418 22 93, ingrid.svensson@example.se. "
        "You can also reach me at this address.\n\n"
        "Kind regards,\nMarloes van Dijk\nFagerhults Byaförening\n",
        "utf-8",
        "quoted-printable",
    ),
    label=L(
        "application",
        "en",
        "acvnb",
        (
            "Complete application in English. The writer is a board member; the named contact person is a different "
            "person (the chair) with phone and e-mail, so the contact facts are the chair's. 'about 60 members' = 60. "
            "Concrete activity (six dated language-café evenings, two village walks), concrete anchoring (board decision, "
            "19 of 24 newcomer families want to join, nine members committed, library lending books), itemised budget "
            "(1 800 + 1 500 + 1 200 + 1 000 = 5 500). 'men and women' = both. The librarian's fee is not salary."
        ),
        association_name="Fagerhults Byaförening",
        contact_name="Ingrid Svensson",
        contact_email="ingrid.svensson@example.se",
        contact_phone="+46 70 418 22 93",
        members=60,
        ort="Fagerhult",
        amount_sek=5500,
        women_and_men=True,
    ),
)

ROCKNEBY_MID = message(
    1726,
    "rockneby-vatten-fiske",
    "Mon, 09 Feb 2026 19:20:44 +0100",
    addr("Leif Johansson", "leif.johansson@example.com"),
    "Bygdepeng Rockneby",
    plain(
        "Hej!\n\n"
        "Rockneby Fiskevårdsförening har 31 medlemmar och har skött fiskevården i bäckarna och längs kusten "
        "utanför Rockneby sedan 70-talet.\n\n"
        "Vi vill ordna något kring vattnet och fisket som kan få fler i bygden engagerade, särskilt yngre. "
        "Det är viktigt för hela Rockneby att bäckarna och kusten mår bra.\n\n"
        "I höstas samlade vi in 46 namnunderskrifter från boende längs bäcken som vill att föreningen gör "
        "något, och Rockneby skola har sagt att de gärna är med.\n\n"
        "Vi söker 10 000 kr. Se bifogad budget.\n\n"
        "Hälsningar\nLeif Johansson, ordf.\n0480-650 77\n",
        "windows-1252",
        "8bit",
    ),
    label=L(
        "application",
        "sv",
        "acn",
        "windows-1252 8bit. Activity false: only a theme ('ordna något kring vattnet och fisket') and a goal, no what/when/how. Anchoring true: a petition with 46 signatures and the school's commitment are concrete local backing. Budget false: 'Se bifogad budget' but nothing is attached; only the bare amount 10 000 kr. Association (name, 31 members, what it does) and contact (named chair from own address with phone) true.",
        association_name="Rockneby Fiskevårdsförening",
        contact_name="Leif Johansson",
        contact_email="leif.johansson@example.com",
        contact_phone="0480-650 77",
        members=31,
        ort="Rockneby",
        amount_sek=10000,
    ),
)
ROCKNEBY_RCPT = receipt_id(ROCKNEBY_MID, "2026-0026")

message(
    1727,
    "ankarsrum-sv-forankring-styrelsen",
    "Tue, 10 Feb 2026 11:02:15 +0100",
    addr("Eva Lundin", "eva.lundin@example.net", "iso-8859-1"),
    "SV: Ansökan idéslanten - Ankarsrums Bruksförening [Idéslanten 2026-0022]",
    plain(
        "Hej.\n\n"
        "Vi förstår inte riktigt vad ni menar med förankring. Vi är en förening som funnits i över 40 år och "
        "alla i samhället känner till oss. Och kontaktperson är styrelsen, det stod i mejlet.\n\n"
        "Hälsningar\nStyrelsen\n\n"
        "-----Ursprungligt meddelande-----\n"
        "Från: Idéslanten – Region Kalmar län <ideslanten@example.se>\n"
        "Skickat: den 3 februari 2026 10:45\n"
        "Till: Eva Lundin <eva.lundin@example.net>\n"
        "Ämne: Re: Ansökan idéslanten - Ankarsrums Bruksförening [Idéslanten 2026-0022]\n\n"
        + receipt_quote("2026-0022", ["contact", "anchoring"])
        + "\n",
        "utf-8",
        "quoted-printable",
    ),
    headers=thread(ANKARSRUM_RCPT, [ANKARSRUM_MID, ANKARSRUM_RCPT]),
    label=L(
        "followup",
        "sv",
        "",
        "Followup that supplies nothing useful: it argues instead of completing. 'Alla i samhället känner till oss' is an empty claim (anchoring false), the contact is again 'Styrelsen' and the writer's name is only in the From header (contact false). The quoted receipt (Outlook 'Ursprungligt meddelande' block) lists the missing elements and must not count. No association name, no amounts in the new text.",
        ort="Ankarsrum",
    ),
)


# --------------------------------------------------------------------------- 1728–1731

message(
    1728,
    "degerhamn-syforening-lappteknik",
    "Wed, 11 Feb 2026 10:31:19 +0100",
    addr("Elsa Nordström", "elsa.nordstrom@example.com", "iso-8859-1"),
    "Syföreningen i Degerhamn söker pengar",
    plain(
        "Bästa Landsbygdsutvecklare!\n\n"
        "Jag skriver för Degerhamns Syförening, vi är 16 medlemmar och har träffats varannan tisdag i "
        "församlingshemmet sedan 1978, och det är nog första gången vi söker pengar från regionen så ni får "
        "ursäkta om det blir lite fel. Vi har i många år sytt till basaren och skänkt pengarna till "
        "missionen men nu har vi tänkt att vi skulle göra något för bygden också.\n\n"
        "Vi vill bjuda in en textilkonstnär från Kalmar som håller en kurs i lappteknik och i att sy om "
        "gamla kläder, tre lördagar i mars (7, 14 och 21 mars) i församlingshemmet i Degerhamn, och sedan "
        "ställer vi ut det vi gjort på biblioteket under påsklovet så att alla kan se. Kursen är för oss "
        "kvinnor i bygden, och vi hoppas särskilt att de nya som flyttat hit till södra Öland vill komma, "
        "det är ju ett bra sätt att lära känna folk.\n\n"
        "Alla här tycker att det är en strålande idé, det har jag hört från många.\n\n"
        "Textilkonstnären tar 4 500 kr för de tre lördagarna, församlingshemmet kostar 300 kr gången så "
        "900 kr, och tyg och tråd kanske 1 200 kr. Det blir 6 600 kr.\n\n"
        "Ni får gärna ringa mig om ni undrar något, jag är hemma det mesta.\n\n"
        "Med vänlig hälsning\nElsa Nordström\nordförande Degerhamns Syförening\ntel 0485-660 42\n",
        "iso-8859-1",
        "quoted-printable",
    ),
    label=L(
        "application",
        "sv",
        "acvb",
        "Long, polite letter from an elderly chairwoman (iso-8859-1, QP). Anchoring false: 'Alla här tycker att det är en strålande idé, det har jag hört från många' is a hearsay claim without concrete backing. Everything else is given: association (16 members, meets since 1978), contact (signer from own address with phone), dated course with an exhibition at the library, budget in prose with three items (4 500 + 900 + 1 200 = 6 600). The course is 'för oss kvinnor i bygden' – one gender only, women_and_men false. Thread and fabric are consumables.",
        association_name="Degerhamns Syförening",
        contact_name="Elsa Nordström",
        contact_email="elsa.nordstrom@example.com",
        contact_phone="0485-660 42",
        members=16,
        ort="Degerhamn",
        amount_sek=6600,
        women_and_men=False,
    ),
)

HOLMSJO_MID = message(
    1729,
    "holmsjo-dialogkvall-cykelvag",
    "Thu, 12 Feb 2026 08:40:00 +0100",
    addr("Framtidsgruppen", "framtidsgruppen.holmsjo@example.org"),
    "Dialogkväll om cykelväg – ansökan",
    multi(
        "mixed",
        "b1729-holmsjo",
        [
            plain(
                "Hej!\n\n"
                "Framtidsgruppen söker pengar ur idéslanten till en dialogkväll onsdag 11 mars kl 19 i Holmsjö "
                "bygdegård. Kommunens trafikplanerare och Trafikverket är inbjudna för att prata med byborna om "
                "busshållplatsen vid skolan och en säker cykelväg mot Nybro, så att barnen kan cykla till "
                "skolan och fler kan pendla utan bil. En moderator leder kvällen.\n\n"
                "I höstas samlade vi in 112 namn för en säker cykelväg, och skolans föräldraförening och "
                "Holmsjö IF sprider inbjudan.\n\n"
                "Budget bifogas (csv).\n\n"
                "Frågor? Hör av er till Lasse.\n\n"
                "Hälsningar\nFramtidsgruppen\n",
                "windows-1252",
                "quoted-printable",
            ),
            leaf(
                "text/csv",
                "Post;Belopp (kr)\nHyra bygdegård;900\nModerator, arvode;3000\nAffischer och annonser;700\nFika;1100\nSumma;5700\n",
                "windows-1252",
                "quoted-printable",
                filename="budget_dialogkvall.csv",
            ),
        ],
    ),
    label=L(
        "application",
        "sv",
        "vnb",
        "Association near miss: the applicant is only named ('Framtidsgruppen') – nothing about what it is, its members or form, so association false (name recorded). Contact near miss: a first name ('Lasse') with no number or address, the mail comes from the group's shared mailbox signed by the group – contact false, contact facts null. Activity concrete (dated dialogue evening on bus stop and cycle path), anchoring concrete (112 signatures, two local associations spreading the invitation), budget in an attached windows-1252 CSV (sum 5 700). The moderator's fee is not salary.",
        association_name="Framtidsgruppen",
        ort="Holmsjö",
        amount_sek=5700,
    ),
)
HOLMSJO_RCPT = receipt_id(HOLMSJO_MID, "2026-0029")

message(
    1730,
    "bounce-holmsjo-mailbox-full",
    "Thu, 12 Feb 2026 08:41:12 +0100",
    addr("Mail Delivery System", "MAILER-DAEMON@example.net"),
    "Undelivered Mail Returned to Sender",
    multi(
        "report",
        "8B1F02C1730.1770882072/mx.example.net",
        [
            leaf(
                "text/plain",
                "This is the mail system at host mx.example.net.\n\n"
                "I'm sorry to have to inform you that your message could not\n"
                "be delivered to one or more recipients. It's attached below.\n\n"
                "                   The mail system\n\n"
                "<framtidsgruppen.holmsjo@example.org>: host mx2.example.org[192.0.2.41] said:\n"
                "    552 5.2.2 Mailbox full - quota exceeded (in reply to RCPT TO command)\n",
                "us-ascii",
                "7bit",
                extra="Content-Description: Notification",
            ),
            leaf(
                "message/delivery-status",
                "Reporting-MTA: dns; mx.example.net\n"
                "X-Postfix-Queue-ID: 8B1F02C1730\n"
                "Arrival-Date: Thu, 12 Feb 2026 08:41:05 +0100 (CET)\n\n"
                "Final-Recipient: rfc822; framtidsgruppen.holmsjo@example.org\n"
                "Original-Recipient: rfc822;framtidsgruppen.holmsjo@example.org\n"
                "Action: failed\n"
                "Status: 5.2.2\n"
                "Remote-MTA: dns; mx2.example.org\n"
                "Diagnostic-Code: smtp; 552 5.2.2 Mailbox full - quota exceeded\n",
                None,
                "7bit",
                extra="Content-Description: Delivery report",
            ),
            leaf(
                "text/rfc822-headers",
                f"From: {BOT}\n"
                "To: Framtidsgruppen <framtidsgruppen.holmsjo@example.org>\n"
                f"Subject: {enc_words('Re: Dialogkväll om cykelväg – ansökan [Idéslanten 2026-0029]')}\n"
                "Date: Thu, 12 Feb 2026 08:41:04 +0100\n"
                f"Message-ID: {HOLMSJO_RCPT}\n"
                f"In-Reply-To: {HOLMSJO_MID}\n"
                f"References: {HOLMSJO_MID}\n"
                "Auto-Submitted: auto-replied\n",
                "us-ascii",
                "7bit",
                extra="Content-Description: Undelivered Message Headers",
            ),
        ],
        extra_ct="; report-type=delivery-status",
    ),
    headers=["Auto-Submitted: auto-replied", f"In-Reply-To: {HOLMSJO_RCPT}"],
    label=L(
        "bounce",
        "en",
        "",
        "Postfix-style multipart/report (delivery-status) bounce of the bot's receipt to 1729: the group's shared mailbox is full (552 5.2.2). The returned headers name the application's Message-ID and the receipt subject, but it is a machine message: all elements false, all facts null, no reply.",
    ),
)

STOREBRO_ROWS = [
    ("Förening", f"Storebro Kulturförening, 58 medlemmar, org.nr {org('802466-742')}"),
    ("Kontaktperson", "Jonas Ek, 0492-301 55, jonas.ek@example.org"),
    ("Aktivitet", "Stärka kulturlivet i bygden och skapa mötesplatser för alla åldrar"),
    ("Lokal förankring", "Stor förankring i bygden"),
    (
        "Budget",
        "Arvoden 6 000 kr<br>Lokalhyra 2 000 kr<br>Teknik 1 500 kr<br>Marknadsföring 1 000 kr<br><b>Summa 10 500 kr</b>",
    ),
]

STOREBRO_MID = message(
    1731,
    "storebro-kulturforening-tabell",
    "Fri, 13 Feb 2026 13:58:26 +0100",
    addr("Jonas Ek", "jonas.ek@example.org"),
    "Ansökan idéslanten Storebro Kulturförening",
    multi(
        "alternative",
        "----=_NextPart_1731_storebro",
        [
            plain(
                "Hej,\nhär är vår ansökan.\n\n"
                + "\n".join(
                    f"{k}: {v.replace('<br>', '; ').replace('<b>', '').replace('</b>', '')}"
                    for k, v in STOREBRO_ROWS
                )
                + "\n\nMvh Jonas\n",
                "utf-8",
                "quoted-printable",
            ),
            leaf(
                "text/html",
                html_doc(
                    "<p>Hej,<br>här är vår ansökan.</p>"
                    '<table border="1" cellspacing="0" cellpadding="6">'
                    + "".join(
                        f"<tr><th align=left>{k}</th><td>{v}</td></tr>" for k, v in STOREBRO_ROWS
                    )
                    + "</table><p>Mvh Jonas</p>"
                ),
                "utf-8",
                "quoted-printable",
            ),
        ],
    ),
    label=L(
        "application",
        "sv",
        "acb",
        "A table for everything that looks complete because every row is filled in. Activity false: the cell holds only a goal ('Stärka kulturlivet i bygden och skapa mötesplatser') – no what/when/how. Anchoring false: 'Stor förankring i bygden' is an empty claim. Budget true (four items with amounts, sum 10 500) even though the items are generic. Association with members and org.nr; contact with phone and e-mail.",
        association_name="Storebro Kulturförening",
        org_number=org("802466-742"),
        contact_name="Jonas Ek",
        contact_email="jonas.ek@example.org",
        contact_phone="0492-301 55",
        members=58,
        ort="Storebro",
        amount_sek=10500,
    ),
)
STOREBRO_RCPT = receipt_id(STOREBRO_MID, "2026-0031")


# --------------------------------------------------------------------------- 1732–1735

message(
    1732,
    "storebro-franvaro-utan-header",
    "Fri, 13 Feb 2026 13:59:10 +0100",
    addr("Jonas Ek", "jonas.ek@example.org"),
    "Frånvarande: Re: Ansökan idéslanten Storebro Kulturförening [Idéslanten 2026-0031]",
    plain(
        "Hej!\n\n"
        "Jag är ledig sportlovsveckan till och med söndag 22 februari och läser inte min e-post. "
        "Brådskande föreningsärenden: ring Annelie Ek, 0492-301 56.\n\n"
        "Jonas Ek\nStorebro Kulturförening\n",
        "utf-8",
        "8bit",
    ),
    headers=thread(STOREBRO_RCPT, [STOREBRO_MID, STOREBRO_RCPT]),
    label=L(
        "autoreply",
        "sv",
        "",
        "Out-of-office reply WITHOUT any automation header (no Auto-Submitted, X-Autoreply or Precedence) to the bot's receipt for 1731, arriving a minute after it. Recognisable only by the 'Frånvarande:' subject and the vacation wording. It names another person with a phone number – not a contact for the application. All elements false, all facts null; the bot must not answer.",
    ),
)

message(
    1733,
    "sodra-vi-filmkvallar-projektor",
    "Tue, 17 Feb 2026 15:03:31 +0100",
    addr("Gösta Blom", "gosta.blom@example.net", "iso-8859-1"),
    "ansökan film kvällar södra vi",
    plain(
        "Hej\n\n"
        "Jag skriver för Södra Vi hembygdsförening, vi är ca 130 medl. och har hembygdsgården vid kyrkan. "
        "Förenigen har en massa gamla 8mm filmer från bygden från 50 och 60 talet som en medlem har låtit "
        "digitalisera till en del men inte alla.\n\n"
        "Nu vill vi visa filmerna för byborna på tre filmkvällar i hembygdsgården, lördagarna 7 mars, 4 april "
        "och 2 maj kl 15, med kafe och så får de äldre berätta vilka som syns på filmerna och vi skriver upp "
        "det. Så blir bygdens historia bevarad och de unga får se hur det var här förr.\n\n"
        "Vi frågade på årsmötet, 27 st. var där och alla röstade ja. Vimmerby Tidning har skrivit om det "
        "och flera har hört av sej med fler filmer som de har på vinden.\n\n"
        "Pengarna: en projecktor 6 995 kr (vi har ingen som duger), resten av filmerna digitaliseras för "
        "4 000 kr, kafe 1 000 kr. Duken lånar vi av kyrkan. Sammanlagt 11 995 kr.\n\n"
        "Gösta Blom\n"
        "Södra Vi\n"
        "tel 0492-220 38\n",
        "windows-1252",
        "8bit",
    ),
    subject_charset="iso-8859-1",
    label=L(
        "application",
        "sv",
        "acvnb",
        "Complete application from an elderly writer with typos ('Förenigen', 'projecktor', 'kafe'), lower-case subject in an iso-8859-1 encoded word, windows-1252 8bit body, no headings. Association (ca 130 members = 130, owns the hembygdsgård), contact (signer from own address with phone), dated film evenings with local benefit, anchoring (annual meeting 27 present all yes, newspaper article, people bringing films), budget in prose with three items (sum 11 995). Buying a projector is a physical investment – physical_investment true, so the complete application still breaks a rule. Digitising films is a service.",
        association_name="Södra Vi hembygdsförening",
        contact_name="Gösta Blom",
        contact_email="gosta.blom@example.net",
        contact_phone="0492-220 38",
        members=130,
        ort="Södra Vi",
        amount_sek=11995,
        physical_investment=True,
    ),
)

message(
    1734,
    "rockneby-re-iphone-totalt",
    "Wed, 18 Feb 2026 07:12:58 +0100",
    addr("Leif Johansson", "leif.johansson@example.com"),
    "Re: Bygdepeng Rockneby [Idéslanten 2026-0026]",
    multi(
        "alternative",
        "Apple-Mail-1734-ROCKNEBY",
        [
            plain(
                "Hej. Budgeten blir runt 9000 totalt, vi har styrelsemöte på torsdag och spikar resten då.\n\n"
                "Mvh Leif Johansson\n\n"
                "Skickat från min iPhone\n\n"
                "> 9 feb. 2026 kl. 19:21 skrev Idéslanten – Region Kalmar län <ideslanten@example.se>:\n>\n"
                + "\n".join(
                    "> " + ln if ln else ">"
                    for ln in receipt_quote("2026-0026", ["activity", "budget"]).split("\n")
                )
                + "\n",
                "utf-8",
                "quoted-printable",
            ),
            leaf(
                "text/html",
                html_doc(
                    "<div>Hej. Budgeten blir runt 9000 totalt, vi har styrelsemöte på torsdag och spikar resten då.</div>"
                    "<div><br></div><div>Mvh Leif Johansson</div><div><br></div><div>Skickat från min iPhone</div>"
                    '<div><br><blockquote type="cite">9 feb. 2026 kl. 19:21 skrev Idéslanten – Region Kalmar län '
                    "&lt;ideslanten@example.se&gt;:<br><br>"
                    + receipt_quote("2026-0026", ["activity", "budget"]).replace("\n", "<br>")
                    + "</blockquote></div>"
                ),
                "utf-8",
                "quoted-printable",
            ),
        ],
    ),
    headers=thread(ROCKNEBY_RCPT, [ROCKNEBY_MID, ROCKNEBY_RCPT]),
    label=L(
        "followup",
        "sv",
        "c",
        "iPhone followup to the receipt of 1726 that does not supply what was asked: 'Budgeten blir runt 9000 totalt' is a bare total (budget false, amount 9 000) and nothing is said about the activity. Signed with full name from his own address: contact true. The quoted receipt (plain '>' and HTML blockquote) adds nothing.",
        contact_name="Leif Johansson",
        contact_email="leif.johansson@example.com",
        amount_sek=9000,
        ort="Rockneby",
    ),
)

message(
    1735,
    "timmernabben-kustkulturdag-xlsx",
    "Thu, 19 Feb 2026 11:26:40 +0100",
    addr("Maria Persson", "maria.persson@example.se"),
    "Idéslanten: Kustkulturdag i Timmernabben 6 juni",
    multi(
        "mixed",
        "b1735-timmernabben",
        [
            plain(
                "Hej!\n\n"
                f"Timmernabbens Byalag (org.nr {org('802511-068')}, ca 150 medlemmar) söker idéslanten för en "
                "kustkulturdag på nationaldagen 6 juni nere vid hamnen. Lokala hantverkare visar och säljer, "
                "två äldre skeppsbyggare berättar om varvstiden, det blir musik på eftermiddagen och kl. 15 ett "
                "öppet samtal med Mönsterås kommun om hur hamnen ska användas i framtiden. Dagen är till för "
                "alla i Timmernabben, kvinnor och män, fastboende och sommarboende.\n\n"
                "Vi gör det tillsammans med Timmernabbens Båtklubb, Hamnföreningen och Timmernabbens IF, och "
                "ett trettiotal frivilliga har redan anmält sig via byalagets Facebookgrupp.\n\n"
                "Budgeten ligger i bifogad Excelfil. Vi söker hela summan, 18 000 kr. Affischen bifogar vi också.\n\n"
                "Kontakt: Maria Persson, sekreterare, 0499-231 88 (eller svara på detta mejl)\n\n"
                "Hälsningar\nMaria\n",
                "utf-8",
                "8bit",
            ),
            attach(
                XLSX_CT,
                xlsx(
                    [
                        ["Kustkulturdag 6 juni 2026 – budget", None],
                        ["Kostnad", "Belopp"],
                        ["Hyra scen och ljud", 6000],
                        ["Artistarvoden (2 band)", 7000],
                        ["Hyra tält", 3000],
                        ["Marknadsföring", 1000],
                        ["Kaffe och bullar", 1000],
                        ["Totalt", 18000],
                    ]
                ),
                "Budget kustkulturdag.xlsx",
            ),
            leaf(
                "image/png",
                png_solid(24, 32, (30, 90, 160)),
                None,
                "base64",
                filename="affisch.png",
                inline=True,
            ),
        ],
    ),
    label=L(
        "application",
        "sv",
        "acvnb",
        "Complete application with the budget in an .xlsx attachment and a poster image (.png, no readable text). Association with org.nr and ca 150 members, contact (named, phone, own address), dated activity with local benefit, anchoring (three partner associations, about thirty volunteers). The applied amount, 18 000 kr, is above the 15 000 kr cap – a rule issue, not a missing element. Artists' fees are not salary; hiring stage, PA and tent is not an investment.",
        association_name="Timmernabbens Byalag",
        org_number=org("802511-068"),
        contact_name="Maria Persson",
        contact_email="maria.persson@example.se",
        contact_phone="0499-231 88",
        members=150,
        ort="Timmernabben",
        amount_sek=18000,
        women_and_men=True,
    ),
)


# --------------------------------------------------------------------------- 1736–1740

message(
    1736,
    "kopingsvik-question-english",
    "Fri, 20 Feb 2026 17:45:12 +0100",
    addr("Tom Whitfield", "tom.whitfield@example.com"),
    "Question about the idéslanten grant",
    plain(
        "Hello,\n\n"
        "My wife and I moved to Köpingsvik last year and together with some neighbours we have started a "
        "small group, the Köpingsvik Garden Circle. We are 8 members so far. We would like to invite a "
        "gardener to give a talk about growing vegetables on Öland's thin soil.\n\n"
        "Two questions: can a group without an organisation number apply, and do we need at least ten "
        "members? Also, is there a deadline this year?\n\n"
        "Many thanks,\nTom Whitfield\n",
        "utf-8",
        "8bit",
    ),
    label=L(
        "question",
        "en",
        "",
        "Question in English: can an unregistered group with 8 members apply, is ten members required, and is there a deadline? It describes an idea (a gardener's talk) but asks rather than applies – kind question, all elements false. Facts as stated: the group's name, 8 members, Köpingsvik, the writer and his address. No amount, no proposed salary or investment (null).",
        association_name="Köpingsvik Garden Circle",
        contact_name="Tom Whitfield",
        contact_email="tom.whitfield@example.com",
        members=8,
        ort="Köpingsvik",
    ),
)

message(
    1737,
    "malilla-musikkvall-ungdomar",
    "Mon, 23 Feb 2026 23:38:05 +0100",
    addr("elliot", "elliot.sjoberg@example.com"),
    "musikkväll målilla",
    plain(
        "hej vi e några ungdomar i målilla som vill ha en musikkväll i folkets hus typ i april med ett band "
        "från hultsfred och en dj så att det händer nått här för ungdomar istället för att alla drar till "
        "hultsfred eller vimmerby på helgerna, för alla tjejer o killar 15-20 år\n"
        "alla ungdomar här vill ha det fr\n"
        "kostar typ 8000\n"
        "mvh elliot sjöberg 072-190 55 83\n",
        "utf-8",
        "8bit",
    ),
    label=L(
        "application",
        "sv",
        "cv",
        "Teenager's mail, all lower case, no punctuation, slang ('fr', 'nått'). Association false: 'några ungdomar i målilla' is an unnamed group. Contact true: the named signer writes from his own address with a phone number. Activity true despite the style: a music evening in Folkets hus in April with a band and a DJ, with a stated local benefit (something for young people in the village). Anchoring false ('alla ungdomar här vill ha det' is a claim). Budget false ('kostar typ 8000' is one rough figure – the amount). 'tjejer o killar' = women and men.",
        contact_name="elliot sjöberg",
        contact_email="elliot.sjoberg@example.com",
        contact_phone="072-190 55 83",
        ort="Målilla",
        amount_sek=8000,
        women_and_men=True,
    ),
)

message(
    1738,
    "spam-eu-funding-partners",
    "Tue, 24 Feb 2026 04:17:33 +0100",
    addr("EU Funding Partners", "offers@example.com"),
    "Guaranteed rural funding – we write your grant application (98% success)",
    multi(
        "alternative",
        "==eufp_1738==",
        [
            plain(
                "Dear association,\n\n"
                "Are you applying for rural development money like 'bygdepeng' or LEADER? Our consultants write the "
                "complete application for you: association details, contact person, activity, local anchoring and "
                "budget – everything the authority requires. 98% success rate!\n\n"
                "Introductory price only 4 900 SEK, paid in advance. Reply with your bank details and org.nr "
                "and we start today.\n\n"
                "EU Funding Partners Ltd\nTo stop receiving offers reply STOP\n",
                "utf-8",
                "8bit",
            ),
            leaf(
                "text/html",
                html_doc(
                    '<h2 style="color:#003399">Guaranteed rural funding!</h2>'
                    "<p>Are you applying for rural development money like <b>bygdepeng</b> or LEADER? Our consultants write the "
                    "complete application for you: association details, contact person, activity, local anchoring and budget.</p>"
                    "<p><b>Introductory price only 4 900 SEK</b>, paid in advance. Reply with your bank details and org.nr.</p>"
                    "<p>EU Funding Partners Ltd</p>"
                ),
                "utf-8",
                "base64",
            ),
        ],
    ),
    label=L(
        "spam",
        "en",
        "",
        "Unsolicited advance-fee offer in English to write grant applications; it names all five elements of an application and an amount (4 900 SEK fee) but applies for nothing and asks for bank details. All elements false, all facts null.",
    ),
)

FIGEHOLM_DOCX = docx(
    [
        ("b", "Figeholms Byalag – Sjöbodskvällar 2026"),
        ("b", "Om byalaget"),
        f"Figeholms Byalag har 120 medlemmar och arbetar för ett levande Figeholm året runt. Org.nr {org('802440-195')}.",
        ("b", "Aktiviteten"),
        "Tre kvällar i den gamla sjöboden vid hamnen, 16 april, 30 april och 14 maj kl. 18.30. Lokala kunniga berättar om kustfisket, om båtbygget på varvet och om skärgårdslivet förr, och sista kvällen har vi en dialog med Oskarshamns kommun om hamnens framtid. Syftet är att fastboende och nyinflyttade ska mötas och att hamnen ska fortsätta vara byns hjärta.",
        ("b", "Förankring"),
        "Byastämman den 18 januari ställde sig bakom förslaget. Misterhults Hembygdsförening är medarrangör – vi har kommit överens om att söka gemensamt för Figeholm i stället för var för sig.",
        ("b", "Budget"),
        (
            "table",
            [
                ["Föredragshållare 3 x 1 500 kr", "4 500 kr"],
                ["Hyra sjöboden 3 x 400 kr", "1 200 kr"],
                ["Annonsering", "800 kr"],
                ["Fika", "1 500 kr"],
                ["Summa", "8 000 kr"],
            ],
        ),
        ("b", "Kontakt"),
        "Ordföranden, nås via byalagets mejl.",
    ]
)

message(
    1739,
    "figeholm-sjobodskvallar-docx",
    "Wed, 25 Feb 2026 09:50:47 +0100",
    addr("Figeholms Byalag", "figeholms.byalag@example.com"),
    "Ansökan idéslanten Figeholm",
    multi(
        "mixed",
        "b1739-figeholm",
        [
            plain(
                "Hej, här kommer Figeholms Byalags ansökan om idéslanten, se bifogat dokument. Tack för svaret om Misterhult!\n\n/Byalaget\n",
                "utf-8",
                "quoted-printable",
            ),
            attach(DOCX_CT, FIGEHOLM_DOCX, "Sjobodskvallar_Figeholm.docx"),
        ],
    ),
    label=L(
        "application",
        "sv",
        "avnb",
        "Two sentences plus a Word document with bold headings. Contact near miss in the negative direction: the document's 'Kontakt' heading says only 'Ordföranden, nås via byalagets mejl', the mail comes from the association's shared mailbox and is signed '/Byalaget' – no named person, contact false and contact facts null. Everything else is concrete: association with 120 members and org.nr, three dated evenings and a dialogue with the municipality, anchoring (byastämma, Misterhult hembygdsförening as co-organiser – the sequel to the question in 1703), budget table (sum 8 000).",
        association_name="Figeholms Byalag",
        org_number=org("802440-195"),
        members=120,
        ort="Figeholm",
        amount_sek=8000,
    ),
)

LJUNGBY_TEXT = (
    "Hej!\n\n"
    'Vi är ett gäng eldsjälar i Kalmar Ljungby som vill starta "Mötesplats Ljungby": öppna träffar i '
    "Folkets hus varje torsdag kl. 14–17 från 5 mars till 28 maj, med kaffe, hjälp med mobil och dator "
    "och gäster från vårdcentralen, kommunen och polisen. Många äldre bor ensamma här och de nyanlända "
    "familjerna har ingenstans att träffa grannarna – träffarna är för både kvinnor och män, gamla som nya "
    "ljungbybor.\n\n"
    "Vi har träffat PRO Kalmar Ljungby, Svenska kyrkan och Röda korset som alla ställer upp med "
    "frivilliga, och i en enkät vi delade ut på ICA svarade 74 personer – 60 av dem vill ha en mötesplats.\n\n"
    "Vi söker 15 000 kr, varav det mesta går till lön för en samordnare på deltid under de tre månaderna.\n\n"
    "Vänliga hälsningar\nKarin Wikström\n070-377 61 20\n"
)

message(
    1740,
    "kalmar-ljungby-motesplats-lon",
    "Thu, 26 Feb 2026 16:04:21 +0100",
    addr("Kalmar Ljungby Byaråd", "byaradet.ljungby@example.se"),
    "Ansökan: Mötesplats Ljungby",
    multi(
        "alternative",
        "_000_1740_LJUNGBY_",
        [
            plain(LJUNGBY_TEXT, "utf-8", "quoted-printable"),
            leaf(
                "text/html",
                html_doc(
                    "".join(
                        f"<p>{p.replace(chr(10), '<br>')}</p>" for p in LJUNGBY_TEXT.split("\n\n")
                    )
                ),
                "utf-8",
                "quoted-printable",
            ),
        ],
    ),
    label=L(
        "application",
        "sv",
        "cvn",
        "Association near miss: the text only says 'ett gäng eldsjälar i Kalmar Ljungby'; the name 'Kalmar Ljungby Byaråd' appears only as the display name of the sending mailbox – association false, association_name null. Contact true: a named signer with a phone number (the shared byaråd mailbox is not her contact e-mail, so contact_email null). Activity concrete (weekly open meetings March–May with guests) and anchoring concrete (three organisations supplying volunteers, ICA survey 74 answers). Budget false: a bare total (15 000 kr) with 'det mesta går till lön för en samordnare' – and that is a salary cost, salary_costs true.",
        contact_name="Karin Wikström",
        contact_phone="070-377 61 20",
        ort="Kalmar Ljungby",
        amount_sek=15000,
        women_and_men=True,
        salary_costs=True,
    ),
)


# === END OF MAILS ===


# --------------------------------------------------------------------------- checks

KIND_SET = {"application", "followup", "question", "autoreply", "bounce", "newsletter", "spam"}
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
EMAIL_RE = re.compile(rb"[A-Za-z0-9._%+\-]+@([A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)+)")


def texts_of(msg) -> list[bytes]:
    """Raw decoded payloads of all leaves, plus text inside zip attachments."""
    out = []
    for part in msg.walk():
        if part.is_multipart():
            continue
        data = part.get_payload(decode=True) or b""
        out.append(data)
        if data.startswith(b"PK"):
            with zipfile.ZipFile(io.BytesIO(data)) as z:
                for n in z.namelist():
                    out.append(z.read(n))
        if data.startswith(b"%PDF"):
            for m in re.finditer(rb"stream\n(.*?)\nendstream", data, re.S):
                s = m.group(1)
                try:
                    s = zlib.decompress(s)
                except zlib.error:
                    pass
                out.append(s)
    return out


def check() -> None:
    errors: list[str] = []
    files = sorted(p.name for p in OUT.glob("*.eml"))
    if set(files) != set(LABELS):
        errors.append(f"labels/files mismatch: {set(files) ^ set(LABELS)}")
    prev_date = None
    prev_num = 0
    mids: dict[str, str] = {}
    for name in files:
        m = re.fullmatch(r"(\d{4})-[a-z0-9\-]+\.eml", name)
        if not m:
            errors.append(f"{name}: bad file name")
            continue
        num = int(m.group(1))
        if not (1701 <= num <= 1740) or num <= prev_num:
            errors.append(f"{name}: numbering")
        prev_num = num
        raw = (OUT / name).read_bytes()
        if b"\r" in raw:
            errors.append(f"{name}: CR in file")
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        if name not in DELIBERATE_DEFECTS:
            for part in msg.walk():
                if part.defects:
                    errors.append(f"{name}: defects {part.defects}")
                if not part.is_multipart() and part.get_content_maintype() == "text":
                    try:
                        part.get_content()
                    except Exception as e:  # noqa: BLE001
                        errors.append(f"{name}: cannot decode text part: {e}")
        d = parsedate_to_datetime(str(msg["Date"]))
        if d.year != 2026:
            errors.append(f"{name}: year")
        if prev_date and d < prev_date:
            errors.append(f"{name}: Date out of order")
        prev_date = d
        mids[str(msg["Message-ID"]).strip()] = name
        blobs = [raw, *texts_of(msg)]
        hdr_text = "\n".join(f"{k}: {v}" for k, v in msg.items()).encode("utf-8", "replace")
        blobs.append(hdr_text)
        for b in blobs:
            for dm in EMAIL_RE.finditer(b):
                dom = dm.group(1).decode("ascii", "replace").lower().rstrip(".")
                if dom not in ALLOWED_DOMAINS:
                    errors.append(f"{name}: foreign address domain {dom}")
        lab = LABELS.get(name)
        if lab is None:
            continue
        if set(lab) != {"kind", "language", "elements", "facts", "notes"}:
            errors.append(f"{name}: label keys")
        if lab["kind"] not in KIND_SET or lab["language"] not in ("sv", "en"):
            errors.append(f"{name}: kind/language")
        if set(lab["elements"]) != {"association", "contact", "activity", "anchoring", "budget"}:
            errors.append(f"{name}: element keys")
        if list(lab["facts"]) != FACT_KEYS:
            errors.append(f"{name}: fact keys")
        if not lab["notes"]:
            errors.append(f"{name}: notes empty")
        f = lab["facts"]
        if f["org_number"] is not None:
            if not re.fullmatch(r"\d{6}-\d{4}", f["org_number"]) or not luhn_ok(
                f["org_number"].replace("-", "")
            ):
                errors.append(f"{name}: org number {f['org_number']}")
            if f["org_number"].encode() not in b"\n".join(blobs) and name not in DELIBERATE_DEFECTS:
                errors.append(f"{name}: org number not found in mail")
        if lab["kind"] not in ("application", "followup"):
            if any(lab["elements"].values()):
                errors.append(f"{name}: non-application with elements")
        else:
            if f["salary_costs"] is None or f["physical_investment"] is None:
                errors.append(f"{name}: salary/investment must be bool")
        if lab["kind"] in ("autoreply", "bounce", "newsletter", "spam") and any(
            v is not None for v in f.values()
        ):
            errors.append(f"{name}: machine mail with facts")
        if lab["kind"] == "followup":
            irt = str(msg["In-Reply-To"] or "").strip()
            refs = str(msg["References"] or "").split()
            app_mid = irt if irt in APP_IDS else RECEIPTS.get(irt)
            if app_mid is None or app_mid not in APP_IDS:
                errors.append(f"{name}: followup not threaded to an application")
            elif app_mid not in refs:
                errors.append(f"{name}: application not in References")
            elif APP_IDS[app_mid] >= name:
                errors.append(f"{name}: followup before its application")
            subj = str(msg["Subject"])
            if not re.match(r"(?i)(re|sv):", subj):
                errors.append(f"{name}: followup subject lacks Re:/SV:")
    for n in LABELS:
        if n not in files:
            errors.append(f"{n}: labelled but missing")
    if errors:
        print("\n".join(errors))
        sys.exit(1)


def summary() -> None:
    from collections import Counter

    kinds = Counter(v["kind"] for v in LABELS.values())
    apps = [v for v in LABELS.values() if v["kind"] == "application"]
    complete = sum(all(v["elements"].values()) for v in apps)
    missing = Counter(k for v in apps for k, p in v["elements"].items() if not p)
    print(
        f"{len(LABELS)} mails: {dict(kinds)}; complete applications: {complete}; missing per element (applications): {dict(missing)}"
    )


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for p in OUT.glob("*.eml"):
        p.unlink()
    for name, raw in MAILS:
        (OUT / name).write_bytes(raw)
    with open(OUT / "labels.json", "w", encoding="utf-8", newline="\n") as fh:
        json.dump(dict(sorted(LABELS.items())), fh, ensure_ascii=False, indent=2)
        fh.write("\n")
    check()
    summary()


if __name__ == "__main__":
    main()
