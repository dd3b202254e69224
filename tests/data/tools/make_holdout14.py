"""Held-out corpus holdout14: mails 5101–5140 for the Idéslanten intake bot.

A winter and spring (January–May 2026) in the inbox of Region Kalmar län's rural development
officer, mostly from Kalmar, Nybro, Emmaboda, Torsås and Mörbylånga municipalities with a few
mails from elsewhere in the county: complete and half-finished applications from many kinds of
groups, followups that answer the bot's receipt (some useful, some not), questions, and the
machine mail and spam of any public mailbox. All people, groups, organisation numbers and phone
numbers are invented; all addresses use example.se/.com/.org/.net.

Labels follow /work/shared/corpus/README.md and are what a careful human officer would say;
they were never adjusted to any program output. No mail is deliberately malformed.

Regenerate (byte-identical on every run, then self-check):

    /work/main/.venv/bin/python tests/data/tools/make_holdout14.py

Writes tests/data/holdout14/NNNN-slug.eml and tests/data/holdout14/labels.json.
"""

# ruff: noqa: E501

from __future__ import annotations

import base64
import email
import email.policy
import email.utils
import io
import json
import quopri
import re
import struct
import sys
import urllib.parse
import zipfile
import zlib
from datetime import UTC, datetime, timedelta, timezone
from email.header import Header
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "holdout14"

BOT = "ideslanten@example.se"
BOT_NAME = "Idéslanten – Region Kalmar län"
OFFICER = "landsbygdsutvecklare@example.se"

MAILS: list[tuple[str, bytes]] = []
LABELS: dict[str, dict] = {}
MSGIDS: dict[int, str] = {}  # mail number -> Message-ID of that file

# ---------------------------------------------------------------- header helpers

CET = timezone(timedelta(hours=1))
CEST = timezone(timedelta(hours=2))


def date(y: int, mo: int, d: int, h: int, mi: int, s: int = 0, tz: timezone | None = None) -> str:
    if tz is None:
        tz = CEST if (mo, d) >= (3, 29) else CET
    return email.utils.format_datetime(datetime(y, mo, d, h, mi, s, tzinfo=tz))


def enc_header(value: str, charset: str = "utf-8") -> str:
    """Encode a header value as RFC 2047 words when it is not plain ASCII."""
    try:
        value.encode("ascii")
        return value
    except UnicodeEncodeError:
        return Header(value, charset, header_name="Subject").encode(linesep="\n")


def encb(value: str, charset: str = "utf-8") -> str:
    """RFC 2047 B-encoded words (folded), for headers that a client encoded in base64."""
    words, cur = [], ""
    for ch in value:
        if len((cur + ch).encode(charset)) > 42:
            words.append(cur)
            cur = ""
        cur += ch
    words.append(cur)
    return "\n ".join(
        f"=?{charset}?B?{base64.b64encode(w.encode(charset)).decode()}?=" for w in words
    )


def addr(name: str | None, address: str, charset: str = "utf-8") -> str:
    if not name:
        return address
    try:
        name.encode("ascii")
        if re.search(r"[(),.:;<>@\[\]\"]", name):
            return f'"{name}" <{address}>'
        return f"{name} <{address}>"
    except UnicodeEncodeError:
        return f"{Header(name, charset).encode(linesep=chr(10))} <{address}>"


# ---------------------------------------------------------------- MIME builders


def leaf(
    text: str | bytes,
    ctype: str = "text/plain",
    charset: str | None = "utf-8",
    cte: str = "8bit",
    filename: str | None = None,
    extra: str = "",
    inline: bool = False,
    qcs: bool = False,
    flowed: bool = False,
) -> bytes:
    """One MIME leaf part: its Content-* headers, a blank line and the encoded body."""
    data = text.encode(charset or "ascii") if isinstance(text, str) else text
    ct = ctype
    if charset and ctype.startswith("text/"):
        ct += f'; charset="{charset}"' if qcs else f"; charset={charset}"
    if flowed:
        ct += "; format=flowed"
    disp = "inline" if inline else "attachment"
    if filename and filename.isascii():
        ct += f'; name="{filename}"'
        dline = f'Content-Disposition: {disp}; filename="{filename}"'
    elif filename:
        q = urllib.parse.quote(filename, safe="")
        ct += f"; name*=utf-8''{q}"
        dline = f"Content-Disposition: {disp};\n filename*=utf-8''{q}"
    lines = [f"Content-Type: {ct}", f"Content-Transfer-Encoding: {cte}"]
    if filename:
        lines.append(dline)
    if extra:
        lines.append(extra)
    if cte == "base64":
        body = base64.encodebytes(data)
    elif cte == "quoted-printable":
        body = quopri.encodestring(data)
        if not body.endswith(b"\n"):
            body += b"\n"
    else:
        body = data if data.endswith(b"\n") else data + b"\n"
    return ("\n".join(lines) + "\n\n").encode("ascii") + body


def multi(
    subtype: str, boundary: str, parts: list[bytes], preamble: str = "", extra: str = ""
) -> bytes:
    head = f'Content-Type: multipart/{subtype}; boundary="{boundary}"'
    if extra:
        head += "; " + extra
    out = [(head + "\n\n").encode("ascii")]
    if preamble:
        out.append((preamble + "\n").encode("ascii"))
    for p in parts:
        out.append(f"--{boundary}\n".encode("ascii"))
        out.append(p)
        if not p.endswith(b"\n"):
            out.append(b"\n")
    out.append(f"--{boundary}--\n".encode("ascii"))
    return b"".join(out)


def message(headers: list[tuple[str, str]], body: bytes, mime: bool = True) -> bytes:
    lines = []
    for k, v in headers:
        lines.append(f"{k}: {v}")
    if mime:
        lines.append("MIME-Version: 1.0")
    return ("\n".join(lines) + "\n").encode("ascii") + body


def add(
    num: int, slug: str, headers: list[tuple[str, str]], body: bytes, label: dict, mime: bool = True
) -> None:
    for k, v in headers:
        if k == "Message-ID":
            MSGIDS[num] = v
    name = f"{num}-{slug}.eml"
    MAILS.append((name, message(headers, body, mime)))
    LABELS[name] = label


def std(
    num: int,
    frm: str,
    subject: str,
    dt: str,
    msgid: str,
    to: str = BOT,
    extra: list[tuple[str, str]] | None = None,
    charset: str = "utf-8",
) -> list[tuple[str, str]]:
    h = [
        ("From", frm),
        ("To", addr(BOT_NAME, BOT) if to == BOT else to),
        ("Subject", enc_header(subject, charset)),
        ("Date", dt),
        ("Message-ID", msgid),
    ]
    if extra:
        h.extend(extra)
    return h


# ---------------------------------------------------------------- attachments


def _zip(files: list[tuple[str, str]], when: tuple[int, int, int, int, int, int]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for name, content in files:
            info = zipfile.ZipInfo(name, date_time=when)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            info.create_system = 0
            z.writestr(info, content.encode("utf-8"))
    return buf.getvalue()


def _x(s: str) -> str:
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def docx(blocks: list, when=(2026, 1, 1, 12, 0, 0)) -> bytes:
    """blocks: str = paragraph, ("h", str) = bold heading, ("t", rows) = table."""
    body = []
    for b in blocks:
        if isinstance(b, str):
            body.append(f'<w:p><w:r><w:t xml:space="preserve">{_x(b)}</w:t></w:r></w:p>')
        elif b[0] == "h":
            body.append(
                f'<w:p><w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">{_x(b[1])}</w:t></w:r></w:p>'
            )
        else:
            rows = []
            for row in b[1]:
                cells = "".join(
                    f'<w:tc><w:p><w:r><w:t xml:space="preserve">{_x(c)}</w:t></w:r></w:p></w:tc>'
                    for c in row
                )
                rows.append(f"<w:tr>{cells}</w:tr>")
            body.append("<w:tbl>" + "".join(rows) + "</w:tbl>")
    doc = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>'
        + "".join(body)
        + "</w:body></w:document>"
    )
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
    return _zip(
        [("[Content_Types].xml", ct), ("_rels/.rels", rels), ("word/document.xml", doc)], when
    )


def xlsx(rows: list[list], sheet: str = "Budget", when=(2026, 1, 1, 12, 0, 0)) -> bytes:
    cols = "ABCDEFGH"
    xr = []
    for i, row in enumerate(rows, 1):
        cells = []
        for j, v in enumerate(row):
            ref = f"{cols[j]}{i}"
            if v is None or v == "":
                continue
            if isinstance(v, (int, float)):
                cells.append(f'<c r="{ref}"><v>{v}</v></c>')
            elif isinstance(v, str) and v.startswith("="):
                cells.append(f'<c r="{ref}"><f>{_x(v[1:])}</f></c>')
            else:
                cells.append(f'<c r="{ref}" t="inlineStr"><is><t>{_x(str(v))}</t></is></c>')
        xr.append(f'<row r="{i}">' + "".join(cells) + "</row>")
    sheet_xml = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
        + "".join(xr)
        + "</sheetData></worksheet>"
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
    rels = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
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
    return _zip(
        [
            ("[Content_Types].xml", ct),
            ("_rels/.rels", rels),
            ("xl/workbook.xml", wb),
            ("xl/_rels/workbook.xml.rels", wbrels),
            ("xl/worksheets/sheet1.xml", sheet_xml),
        ],
        when,
    )


def pdf(lines: list[str], title: str = "") -> bytes:
    """One-page PDF, Helvetica/WinAnsi, uncompressed text stream. A line starting with '#' is bold-ish (larger)."""

    def esc(s: str) -> bytes:
        b = s.encode("cp1252")
        return b.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")

    ops = [b"BT", b"/F1 11 Tf", b"14 TL", b"56 790 Td"]
    for ln in lines:
        if ln.startswith("#"):
            ops += [b"/F1 14 Tf", b"(" + esc(ln[1:].strip()) + b") Tj T*", b"/F1 11 Tf"]
        else:
            ops.append(b"(" + esc(ln) + b") Tj T*")
    ops.append(b"ET")
    stream = b"\n".join(ops) + b"\n"
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"endstream",
        b"<< /Title (" + esc(title) + b") /Producer (Skrivare) >>",
    ]
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += f"{i} 0 obj\n".encode() + o + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode()
    for o in offs:
        out += f"{o:010d} 00000 n \n".encode()
    out += f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R /Info 6 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return bytes(out)


def png(w: int, h: int, seed: int = 7) -> bytes:
    """A small grey 'photo' with a deterministic pattern (no text is readable from it)."""
    raw = bytearray()
    for y in range(h):
        raw.append(0)
        for x in range(w):
            v = (x * 7 + y * 13 + seed * (x ^ y)) % 90 + 150
            if y % 9 == 4 and 8 < x < w - 8:
                v = 60 + (x * seed) % 40
            raw += bytes((v, v, max(v - 10, 0)))

    def chunk(t: bytes, d: bytes) -> bytes:
        return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xFFFFFFFF)

    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
        + chunk(b"IDAT", zlib.compress(bytes(raw), 9))
        + chunk(b"IEND", b"")
    )


# ---------------------------------------------------------------- bot receipt (quoted in followups)

GUIDE = {
    "association": (
        "Föreningsuppgifter",
        "föreningens eller gruppens namn och några rader om er, t.ex. antal medlemmar och org.nr",
    ),
    "contact": ("Kontaktperson", "namn och e-post eller telefon till den som vi kan kontakta"),
    "activity": (
        "Aktivitet",
        "vad ni vill göra, när och hur, och hur det bidrar till utvecklingen i bygden",
    ),
    "anchoring": (
        "Lokal förankring",
        "hur idén är förankrad i bygden, t.ex. ett möte, en enkät eller samarbete med andra föreningar",
    ),
    "budget": ("Budget", "en översiktlig budget med kostnadsposter och belopp"),
}


def receipt(case: str, missing: list[str], variant: int = 0) -> str:
    lines = []
    if variant == 0:
        lines.append(
            f"Tack för er ansökan om idéslanten! Vi har tagit emot den och gett den ärendenummer {case}."
        )
        lines.append("")
        lines.append("Vi saknar följande i er ansökan:")
    else:
        lines.append(
            f"Hej och tack för ert mejl! Er ansökan om idéslanten är registrerad med ärendenummer {case}."
        )
        lines.append("")
        lines.append("För att vi ska kunna pröva ansökan behöver vi komplettering med:")
    for m in missing:
        t, g = GUIDE[m]
        lines.append(f"– {t}: {g}")
    lines.append("")
    if variant == 0:
        lines.append(
            "Svara gärna på det här mejlet med det som saknas, så läggs det till i samma ärende."
        )
    else:
        lines.append("Svara på det här mejlet så hamnar kompletteringen i rätt ärende.")
    lines.append("")
    lines.append("Vänliga hälsningar")
    lines.append("Idéslanten – Region Kalmar län")
    lines.append(
        "(Detta är ett automatiskt svar. Frågor? Skriv till landsbygdsutvecklare@example.se)"
    )
    return "\n".join(lines)


def quote(text: str, prefix: str = "> ") -> str:
    return "\n".join((prefix + ln).rstrip() if ln else prefix.rstrip() for ln in text.split("\n"))


def receipt_id(case: str) -> str:
    return f"<kvitto.{case}@example.se>"


# ---------------------------------------------------------------- labels

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
ELEM_KEYS = ["association", "contact", "activity", "anchoring", "budget"]


def lab(kind: str, lang: str, el: str, notes: str, **facts) -> dict:
    """el: five characters for association, contact, activity, anchoring, budget: 1 = present, 0 = missing."""
    assert len(el) == 5
    f = {k: None for k in FACT_KEYS}
    for k, v in facts.items():
        assert k in f, k
        f[k] = v
    if kind in ("application", "followup"):
        f["salary_costs"] = bool(f["salary_costs"])
        f["physical_investment"] = bool(f["physical_investment"])
    return {
        "kind": kind,
        "language": lang,
        "elements": {k: c == "1" for k, c in zip(ELEM_KEYS, el, strict=True)},
        "facts": f,
        "notes": notes,
    }


MACHINE = "00000"


# ================================================================ mails 5101–5103


def m5101() -> None:
    text = """BYGDEBREVET – januari 2026
Nyheter för föreningsliv och landsbygd i sydöstra Sverige

* Idéslanten 2026 har öppnat
Regionens lilla bygdepeng kan nu sökas igen. Förra året delades drygt 480 000 kr ut till 37 orter. Läs mer på regionens webbplats.

* Kurs: Föreningsekonomi för nya kassörer
4 februari kl 18–21 i Nybro. Avgift 150 kr inkl. fika. Anmälan senast 28 januari.

* Byarna i Torsås testar samåkning
Fem byar har gått ihop om en app för samåkning till Torsås centrum. Vi berättar hur det har gått efter första halvåret.

* Vårens nätverksträff
21 mars på Kalmar Ljungby bygdegård. Tema: Hur får vi fler att vilja sitta i styrelsen?

Du får det här brevet för att du har anmält dig till Bygdebrevet.
Avsluta prenumerationen: https://example.org/bygdebrevet/avsluta?u=4471a9
Bygdenätverket Sydost, Box 112, 391 00 Kalmar
"""
    html = """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Bygdebrevet januari 2026</title></head>
<body style="font-family:Georgia,serif;background:#f4f1ea">
<table width="600" align="center" style="background:#ffffff;padding:20px">
<tr><td><h1 style="color:#4a6b2f">BYGDEBREVET</h1><p><i>januari 2026 – nyheter för föreningsliv och landsbygd i sydöstra Sverige</i></p></td></tr>
<tr><td><h2>Idéslanten 2026 har öppnat</h2>
<p>Regionens lilla bygdepeng kan nu sökas igen. Förra året delades drygt 480&nbsp;000&nbsp;kr ut till 37 orter.
<a href="https://example.org/bygdebrevet/r?l=1&amp;u=4471a9">Läs mer</a></p></td></tr>
<tr><td><h2>Kurs: Föreningsekonomi för nya kassörer</h2>
<p>4 februari kl 18–21 i Nybro. Avgift 150 kr inkl. fika. Anmälan senast 28 januari.</p></td></tr>
<tr><td><h2>Byarna i Torsås testar samåkning</h2>
<p>Fem byar har gått ihop om en app för samåkning till Torsås centrum.</p></td></tr>
<tr><td><h2>Vårens nätverksträff</h2><p>21 mars på Kalmar Ljungby bygdegård. Tema: Hur får vi fler att vilja sitta i styrelsen?</p></td></tr>
<tr><td style="font-size:11px;color:#777">Du får det här brevet för att du har anmält dig till Bygdebrevet.
<a href="https://example.org/bygdebrevet/avsluta?u=4471a9">Avsluta prenumerationen</a><br>
Bygdenätverket Sydost, Box 112, 391 00 Kalmar<img src="https://example.org/bygdebrevet/o.gif?u=4471a9" width="1" height="1" alt=""></td></tr>
</table></body></html>
"""
    body = multi(
        "alternative",
        "----=_bygdebrevet_4471a9_alt",
        [leaf(text, cte="quoted-printable"), leaf(html, "text/html", cte="quoted-printable")],
    )
    h = std(
        5101,
        addr("Bygdebrevet", "nyhetsbrev@example.org"),
        "Bygdebrevet januari: Idéslanten öppnar, kassörskurs och samåkning i Torsås",
        date(2026, 1, 7, 6, 30),
        "<bygdebrevet.2026-01.4471a9@example.org>",
        extra=[
            ("List-Id", "Bygdebrevet <bygdebrevet.example.org>"),
            (
                "List-Unsubscribe",
                "<https://example.org/bygdebrevet/avsluta?u=4471a9>, <mailto:avsluta@example.org?subject=avsluta>",
            ),
            ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
            ("Precedence", "bulk"),
            ("X-Mailer", "Nyhetsbrevsverktyget 4.2"),
        ],
    )
    add(
        5101,
        "bygdebrevet-januari",
        h,
        body,
        lab(
            "newsletter",
            "sv",
            MACHINE,
            "Regional newsletter (multipart/alternative, quoted-printable text and HTML) with List-Id, List-Unsubscribe and Precedence: bulk. It mentions idéslanten and sums of money (480 000 kr, 150 kr) and places (Nybro, Torsås, Kalmar Ljungby) but is bulk mail, not an application: all elements false, all facts null. Tests that a newsletter about the grant itself is not taken for a question or application.",
        ),
    )


def m5102() -> None:
    text = """Till Region Kalmar län, landsbygdsutvecklaren

Härmed ansöker Vissefjärda hembygdsförening om medel ur regional bygdepeng – idéslanten för år 2026.

1. Föreningen
Vissefjärda hembygdsförening, org.nr 802417-5369, bildades 1931 och förvaltar hembygdsgården vid kyrkan. Föreningen har 146 medlemmar (31/12 2025), de flesta boende i Vissefjärda socken.

2. Kontaktperson
Gunnar Ek, sekreterare
Tfn 0471-420 17, mobil 070-318 44 02
gunnar.ek@example.se

3. Aktivitet
Under våren 2026 vill vi genomföra föredragsserien "Byn förr och framåt" – tre kvällar i Vissefjärda bygdegård (torsdagarna 12 februari, 12 mars och 16 april kl. 19). Varje kväll börjar med ett föredrag på ungefär 45 minuter av en inbjuden föreläsare: en lokalhistoriker från Emmaboda om sågverken och handelsbodarna, en arkivarie om hur byarna runt sjöarna befolkades och en kulturgeograf om hur andra småorter i länet har vänt en utflyttning. Efter kaffet samtalar vi i mindre grupper om vad i byn som är värt att bevara och vad vi vill utveckla. Det som kommer fram sammanfattar vi i en kort skrift som lämnas till Emmaboda kommun inför arbetet med den nya översiktsplanen.

På så sätt blir kvällarna både en mötesplats för gamla och nya vissefjärdabor och ett sätt för byn att själv säga vad den vill med sin framtid.

4. Förankring
Förslaget togs upp och beslutades på föreningens höstmöte den 18 november 2025, där 38 medlemmar var närvarande. Vissefjärda IF lånar ut stolar och sköter kaffeförsäljningen, och PRO Vissefjärda hjälper till med inbjudningar till sina medlemmar. Sockenrådet har lovat att ta emot sammanfattningen och föra den vidare.

5. Budget
Hyra av bygdegården, 3 kvällar à 800 kr ..... 2 400 kr
Föreläsararvoden, 3 à 2 500 kr ............... 7 500 kr
Annonsering och affischer ..................... 900 kr
Fika, 3 x 400 kr .............................. 1 200 kr
Summa ........................................ 12 000 kr

Vi söker alltså 12 000 kronor. Kvällarna är öppna för alla, kvinnor som män, unga som gamla. Budgeten innehåller inga lönekostnader och inga inköp av utrustning.

Med vänlig hälsning

Gunnar Ek
sekreterare, Vissefjärda hembygdsförening
"""
    h = std(
        5102,
        addr("Gunnar Ek", "gunnar.ek@example.se"),
        "Ansökan om idéslanten 2026 – Vissefjärda hembygdsförening",
        date(2026, 1, 9, 10, 14),
        "<5f1c2e0a.vissefjarda.0109@example.se>",
        extra=[("X-Mailer", "Microsoft Outlook 16.0")],
    )
    add(
        5102,
        "vissefjarda-foredragsserie",
        h,
        leaf(text),
        lab(
            "application",
            "sv",
            "11111",
            "Complete, formal application with numbered headings 1–5 (plain utf-8 8bit). Association named with org.nr, founding year and 146 members; contact Gunnar Ek with two phones (first recorded) and own address; activity is a concrete lecture-and-dialogue series with dates, venue and a local-development purpose (input to the kommun's översiktsplan); anchoring is a decision at the höstmöte with 38 present plus cooperation with Vissefjärda IF, PRO and the sockenråd; budget has four items summing to 12 000 kr, which is also the amount applied for. Lecturer fees are not salary; explicitly no equipment. 'kvinnor som män' gives women_and_men true.",
            association_name="Vissefjärda hembygdsförening",
            org_number="802417-5369",
            contact_name="Gunnar Ek",
            contact_email="gunnar.ek@example.se",
            contact_phone="0471-420 17",
            members=146,
            ort="Vissefjärda",
            amount_sek=12000,
            women_and_men=True,
            salary_costs=False,
            physical_investment=False,
        ),
    )


def m5103() -> None:
    text = """hej!
vi i bergkvara båt och hamnförening (typ 60 medlemmar, mest familjer som har båt i hamnen) vill ha en dialogkväll om hamnens framtid. lördag 14 mars i klubbstugan kl 15-18. vi bjuder in kommunen, fiskarna som är kvar och sommargästerna så alla kan säga vad dom vill med hamnen, just nu händer ju ingenting där på vintern och vi vill få igång nån slags mötesplats typ kajakuthyrning eller fiskrökeri o sånt. vi har en föreläsare från ett annat fiskeläge som berättar hur dom gjorde

söker nog runt 8000, budgeten fixar jag sen när jag vet vad föreläsaren kostar

elin nordqvist
0706-551 203

Skickat från min iPhone
"""
    h = std(
        5103,
        addr("Elin Nordqvist", "elin.nordqvist@example.com"),
        "idéslanten bergkvara hamnen",
        date(2026, 1, 12, 13, 58),
        "<8C41D2F7-33A0-4E19-9B6E-2F0C1A7B5D11@example.com>",
        extra=[("X-Mailer", "iPhone Mail (22C152)")],
    )
    add(
        5103,
        "bergkvara-hamnen-dialog",
        h,
        leaf(text, cte="quoted-printable"),
        lab(
            "application",
            "sv",
            "11100",
            "Short all-lowercase mobile mail (quoted-printable utf-8, encoded-word subject). Association named (Bergkvara båt- och hamnförening) with about 60 members and what they are; contact is the signer with full name and phone from her own address; activity is concrete (dialogue evening 14 March in the club house, who is invited, aim of a winter meeting place at the harbour). Anchoring missing: inviting people is not backing from the village. Budget missing: 'söker nog runt 8000, budgeten fixar jag sen' is a single rough figure (amount 8000) and a promise. 'alla' is not a statement about women and men, so null. Followed up in 5112.",
            association_name="Bergkvara båt- och hamnförening",
            contact_name="Elin Nordqvist",
            contact_email="elin.nordqvist@example.com",
            contact_phone="0706-551 203",
            members=60,
            ort="Bergkvara",
            amount_sek=8000,
        ),
    )


# ================================================================ mails 5104–5107


def m5104() -> None:
    text = """Hej!

Jag är kassör i Degerhamns Sportklubb och har en fråga om idéslanten innan vi sätter igång med något.

Vi har hört att samhällsföreningen här i Degerhamn också tänker söka i år. Står det verkligen att det är max 15 000 kr per ort och år – betyder det i så fall att vi får dela på pengarna, eller kan båda föreningarna få var sitt bidrag? Och räknas Degerhamn och Grönhögen som samma ”ort”? Vi har ju medlemmar från båda.

Tacksam för svar innan vårt styrelsemöte den 3 februari.

Hälsningar
Birgitta Öhrn
Degerhamns SK
0485-662 40
"""
    h = std(
        5104,
        addr("Birgitta Öhrn", "birgitta.ohrn@example.net", "iso-8859-1"),
        "Fråga – två föreningar på samma ort?",
        date(2026, 1, 14, 19, 42),
        "<000a01dc8512$3f2c1b40$bd8451c0$@example.net>",
        extra=[("X-Mailer", "Microsoft Outlook 15.0")],
        charset="windows-1252",
    )
    add(
        5104,
        "fraga-degerhamn-tva-foreningar",
        h,
        leaf(text, charset="windows-1252", cte="8bit", qcs=True),
        lab(
            "question",
            "sv",
            "00000",
            "Question in windows-1252 (8bit, with cp1252 curly quotes and an iso-8859-1 encoded-word From name): may two associations in the same village both apply, given the 15 000 kr cap per ort, and do Degerhamn and Grönhögen count as one ort? Applies for nothing, so all elements false. The 15 000 kr is the rule amount asked about, not an amount applied for (null). Facts stated by the writer are kept (her name, address, first phone, her club, ort Degerhamn); salary and investment null as nothing of the kind is proposed.",
            association_name="Degerhamns SK",
            contact_name="Birgitta Öhrn",
            contact_email="birgitta.ohrn@example.net",
            contact_phone="0485-662 40",
            ort="Degerhamn",
        ),
    )


def m5105() -> None:
    body_text = """Hej!

Här kommer vår ansökan om idéslanten, se bifogat Word-dokument. Hör av er om något är oklart.

Hälsningar
Karin Lund
sekreterare, Orrefors Samhällsförening
0481-300 52
"""
    doc = docx(
        [
            ("h", "Ansökan om regional bygdepeng – idéslanten 2026"),
            ("h", "Sökande"),
            "Orrefors Samhällsförening, org.nr 802011-8942. Ideell förening sedan 1978 som arbetar för att Orrefors ska vara en levande bruksort att bo och verka i. Föreningen har 212 medlemmar.",
            ("h", "Kontaktperson"),
            "Karin Lund, sekreterare. E-post karin.lund@example.se, telefon 0481-300 52.",
            ("h", "Aktivitet"),
            "Framtidsverkstad Orrefors: två kvällsträffar, lördag 7 mars och lördag 21 mars 2026 kl 14–18 i Folkets hus. En extern processledare hjälper oss att arbeta fram en gemensam bild av hur det gamla bruksområdet och de tomma butikslokalerna på Kantavägen kan användas. Första träffen samlar idéer, den andra väljer ut tre till fem konkreta projekt som föreningen sedan driver vidare tillsammans med dem som anmäler sig. Verkstaden riktar sig till alla orreforsbor, kvinnor och män, unga och gamla, och till dem som funderar på att flytta hit.",
            ("h", "Lokal förankring"),
            "Under hösten 2025 delade vi ut en enkät till alla hushåll i Orrefors (ca 300). 87 hushåll svarade och 64 av dem ville att föreningen ordnar en framtidsverkstad. Orrefors IK och Glasbruksmuseets vänner är medarrangörer och hjälper till med inbjudan och fika.",
            ("h", "Budget"),
            (
                "t",
                [
                    ["Post", "Kronor"],
                    ["Processledare, arvode", "8 000"],
                    ["Lokalhyra Folkets hus, 2 x 1 500", "3 000"],
                    ["Trycksaker och utskick till hushållen", "2 200"],
                    ["Fika, 2 x 900", "1 800"],
                    ["Summa", "15 000"],
                ],
            ),
            "Vi söker 15 000 kr. Inga löner och inga inköp av utrustning ingår.",
        ],
        when=(2026, 1, 15, 21, 4, 36),
    )
    body = multi(
        "mixed",
        "_004_DB9PR03MB7723ORREFORS_",
        [
            leaf(body_text, cte="quoted-printable", qcs=True),
            leaf(
                doc,
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                None,
                "base64",
                filename="Ansökan idéslanten Orrefors 2026.docx",
            ),
        ],
    )
    h = std(
        5105,
        addr("Karin Lund", "karin.lund@example.se"),
        "Ansökan idéslanten – Orrefors Samhällsförening",
        date(2026, 1, 16, 8, 21),
        "<DB9PR03MB7723A1F0C2E1D4B5E2A9B1C8D2B70@example.se>",
        extra=[
            ("Thread-Topic", encb("Ansökan idéslanten – Orrefors Samhällsförening")),
            ("Content-Language", "sv-SE"),
        ],
    )
    add(
        5105,
        "orrefors-framtidsverkstad-docx",
        h,
        body,
        lab(
            "application",
            "sv",
            "11111",
            "Complete application carried almost entirely by a .docx attachment (RFC 2231 encoded non-ASCII file name); the body only says 'se bifogat' and is signed by Karin Lund with phone from her own address. The document names the association with org.nr, purpose and 212 members, repeats the contact, describes a concrete two-day framtidsverkstad (dates, venue, method, outcome), gives anchoring through a household survey (87 answers, 64 in favour) and two co-organising local clubs, and has a budget table summing to 15 000 kr = amount applied for. Process leader's fee is not salary; no equipment. 'kvinnor och män' gives women_and_men true.",
            association_name="Orrefors Samhällsförening",
            org_number="802011-8942",
            contact_name="Karin Lund",
            contact_email="karin.lund@example.se",
            contact_phone="0481-300 52",
            members=212,
            ort="Orrefors",
            amount_sek=15000,
            women_and_men=True,
            salary_costs=False,
            physical_investment=False,
        ),
    )


def m5106() -> None:
    html = """<html><body style="font-family:Segoe UI,Arial">
<div style="max-width:560px;border:1px solid #ddd;padding:18px">
<img src="https://example.net/static/logo365.png" alt="Office" width="120"><br><br>
<b>Bästa användare ideslanten@example.se,</b><br><br>
Din brevlåda har nått <b>99,7%</b> av lagrings kapacitet. Inkommande meddelanden kommer att <span style="color:#c00">AVVISAS</span> efter 24 timmar.<br><br>
För att undvika förlust av viktiga e-post och dokument måste du verifiera ditt konto och uppgradera lagringen gratis nedan:<br><br>
<a href="https://example.net/owa-verify/login.php?u=ideslanten@example.se" style="background:#0067b8;color:#fff;padding:10px 22px;text-decoration:none">VERIFIERA NU</a><br><br>
Om du inte verifierar kommer kontot stängas permanent enligt policy 7.3.<br><br>
Tack,<br>Region Kalmar län IT-Service Desk<br>
<small>© 2026 Microsoft Corporation. Alla rättigheter förbehållna.</small>
</div></body></html>
"""
    h = std(
        5106,
        addr("IT-Service Desk", "servicedesk-noreply@example.net"),
        "[VARNING] Din brevlåda är full – verifiera inom 24 timmar",
        date(2026, 1, 19, 3, 12, 51, tz=timezone(timedelta(hours=-5))),
        "<20260119081251.77AB03.mailout@example.net>",
        to="ideslanten@example.se",
        extra=[("Reply-To", "account-verify@example.com"), ("X-Priority", "1 (Highest)")],
    )
    add(
        5106,
        "spam-brevladan-full",
        h,
        leaf(html, "text/html", cte="base64"),
        lab(
            "spam",
            "sv",
            MACHINE,
            "Phishing: HTML-only, base64-encoded, awkward Swedish, fake 'IT-Service Desk' of the region asking to 'verify' the mailbox via a link, Reply-To to another domain, sent at night from a -0500 time zone. Nothing about the grant; all elements false and every fact null.",
        ),
    )


def m5107() -> None:
    text = """Hello,

My name is Maarten de Vries, I moved to Gullabo (Torsås kommun) from Utrecht four years ago. I hope it is okay to write in English – my Swedish is getting better, but a grant application is still too hard for me.

We are a group of neighbours in and around Gullabo – Dutch, German and Swedish families, some who have lived here their whole lives and some who came last summer. The group has 17 members so far. We don't have a name yet (we argue about it every time we meet).

What we want to do: a "språkcafé" every second Thursday from 5 March to 28 May (7 evenings, 18.30–20.30) in Gullabo bygdegård. Newcomers practise Swedish with people who grew up here, and the old residents get to know the new families and tell them how things work in the village: the snow plough, the school bus, the hunting season, who to call when the power is out. On the last evening we invite someone from Torsås kommun to talk about buying and renovating empty houses, because there are at least six empty houses around the village and we want more families to stay. It is for everyone, men and women, young and old.

Local backing: on 10 January we had a village meeting in the bygdegård, 34 people came and everybody agreed we should try it. Gullabo bygdegårdsförening lets us use the hall for a small fee, and five people from the meeting have promised to host one evening each.

Budget:
- hall rent 7 x 300 kr = 2 100 kr
- coffee and bread 7 x 250 kr = 1 750 kr
- posters and printed word lists 650 kr
- travel costs for the guest from the kommun 500 kr
Total 5 000 kr

So we apply for 5 000 kr.

Best regards,
Maarten de Vries
+46 70 412 88 19
"""
    h = std(
        5107,
        addr("Maarten de Vries", "maarten.devries@example.com"),
        "Application idéslanten – language café in Gullabo",
        date(2026, 1, 21, 20, 7),
        "<c0ffee51-7a2b-4d0e-9a55-gullabo.5107@example.com>",
        extra=[("User-Agent", "Mozilla Thunderbird 128.6.0")],
    )
    add(
        5107,
        "gullabo-language-cafe-en",
        h,
        leaf(text, flowed=True),
        lab(
            "application",
            "en",
            "01111",
            "English application from a Dutch newcomer (utf-8 8bit, format=flowed). The group is unnamed ('We don't have a name yet') so association is false even though it says what the group is and that it has 17 members (members 17). Gullabo bygdegårdsförening only lends the hall: a partner, not the applicant. Contact: full name and phone from his own address. Activity concrete (7 dated evenings, content, purpose of keeping families in the village). Anchoring: village meeting on 10 January with 34 people who agreed, plus five volunteer hosts. Budget: four items summing to 5 000 kr = amount. 'men and women' gives women_and_men true.",
            contact_name="Maarten de Vries",
            contact_email="maarten.devries@example.com",
            contact_phone="+46 70 412 88 19",
            members=17,
            ort="Gullabo",
            amount_sek=5000,
            women_and_men=True,
            salary_costs=False,
            physical_investment=False,
        ),
    )


# ================================================================ mails 5108–5111


def m5108() -> None:
    text = """Tack för ditt mejl!

Jag är bortrest och läser inte min e-post regelbundet förrän måndag 2 februari. Ditt meddelande blir inte vidarebefordrat.

Gäller det Orrefors Samhällsförening och är det brådskande kan du ringa vår ordförande Lars-Åke Berg, 0481-301 77.

Vänliga hälsningar
Karin Lund

Detta svar skickas automatiskt och bara en gång per avsändare.
"""
    h = [
        ("From", addr("Karin Lund", "karin.lund@example.se")),
        ("To", addr("Landsbygdsutvecklare Region Kalmar län", OFFICER)),
        ("Subject", enc_header("SV: Ansökan idéslanten – Orrefors Samhällsförening")),
        ("Date", date(2026, 1, 23, 11, 2, 9)),
        ("Message-ID", "<DB9PR03MB7723F31A77C0E2@example.se>"),
        ("In-Reply-To", "<officer.20260123.orrefors@example.se>"),
        (
            "References",
            "<DB9PR03MB7723A1F0C2E1D4B5E2A9B1C8D2B70@example.se> <officer.20260123.orrefors@example.se>",
        ),
        ("Content-Language", "sv-SE"),
    ]
    add(
        5108,
        "autosvar-orrefors-utan-huvud",
        h,
        leaf(text, cte="quoted-printable", qcs=True),
        lab(
            "autoreply",
            "sv",
            MACHINE,
            "Out-of-office reply WITHOUT any automation header (no Auto-Submitted, X-Autoreply or Precedence) and with an ordinary 'SV:' subject, sent in reply to the officer's own mail about the Orrefors application 5105 (References names 5105). Only the body shows it is automatic ('bortrest', 'skickas automatiskt och bara en gång per avsändare'). It mentions the chairman's name and phone but supplies nothing to the application, so it is not a followup: all elements false and all facts null, and the bot must not answer it.",
        ),
    )


def m5109() -> None:
    html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><style>p{margin:0}</style></head>
<body dir="ltr"><div style="font-family:Calibri,Arial,Helvetica,sans-serif;font-size:12pt;color:rgb(0,0,0)">
<p>Hej!</p><p><br></p>
<p>Kastlösa byalag vill härmed söka idéslanten för våren 2026.</p><p><br></p>
<p><b>Om oss:</b> Kastlösa byalag är en ideell förening som bildades 1994 och samlar de boende i Kastlösa by och de närmaste gårdarna på Stora alvarets östra kant. Vi har 58 medlemshushåll.</p><p><br></p>
<p><b>Vad vi vill göra:</b> Fyra guidade alvarvandringar med en biolog från trakten, söndagarna 19 april, 3 maj, 17 maj och 31 maj. Vid varje vandring prövar vi en del av en tänkt byslinga runt Kastlösa – förbi fornborgen, ängarna och den gamla skolan. Efter sista vandringen gör vi en enkel karta med slingan och de berättelser som kommit fram, som vi delar ut till nyinflyttade, sommarboende och besökare. Tanken är att fler ska upptäcka alvaret vid byn och stanna här en stund i stället för att bara köra förbi på väg söderut.</p><p><br></p>
<p><b>Förankring:</b> På byastämman den 11 januari, där 22 bybor deltog, beslutades enhälligt att byalaget ska söka bidraget och genomföra vandringarna. Kastlösa hembygdsförening hjälper till med berättelser och gamla fotografier till kartan.</p><p><br></p>
<p><b>Ekonomi:</b> Vi söker 12 000 kr som ska gå till guidearvode, tryck av kartan och fika.</p><p><br></p>
<p>Kontakt: Lena Borg, kassör<br>0485-360 12<br><a href="mailto:lena.borg@example.se">lena.borg@example.se</a></p><p><br></p>
<p>Med vänliga hälsningar<br>Lena Borg<br>Kastlösa byalag</p>
</div></body></html>
"""
    h = std(
        5109,
        addr("Lena Borg", "lena.borg@example.se"),
        "Ansökan idéslanten – alvarvandringar i Kastlösa",
        date(2026, 1, 26, 16, 44),
        "<AM0PR09MB4410B1C9E7A8D3F2C5E64F01E2A90@example.se>",
        extra=[("Content-Language", "sv-SE"), ("X-MS-Has-Attach", "")],
    )
    add(
        5109,
        "kastlosa-alvarvandringar-html",
        h,
        leaf(html, "text/html", cte="quoted-printable", qcs=True),
        lab(
            "application",
            "sv",
            "11110",
            "HTML-only mail (Outlook on the web style, quoted-printable). Association named with founding year, what it is and 58 member households (members 58). Contact: Lena Borg with phone and her own address. Activity: four dated guided walks that test a village trail and end in a printed map for newcomers and visitors – concrete, with local benefit. Anchoring: decision at the byastämma on 11 January with 22 present, and help from the hembygdsförening. Budget missing: 'Vi söker 12 000 kr som ska gå till guidearvode, tryck av kartan och fika' names cost types but no amounts, which is a bare total (amount 12000). Guide fee is not salary; printing is not an investment. Women and men not mentioned (null). Followed up in 5120 with the budget.",
            association_name="Kastlösa byalag",
            contact_name="Lena Borg",
            contact_email="lena.borg@example.se",
            contact_phone="0485-360 12",
            members=58,
            ort="Kastlösa",
            amount_sek=12000,
            salary_costs=False,
            physical_investment=False,
        ),
    )


def m5110() -> None:
    text = """Hejsan!

Patrik heter jag och är ordförande i Rockneby IK sen ett par år. Vi är en ganska stor förening för att vara en liten ort, 320 medlemmar (org.nr 802436-0714), med fotboll, gympa för seniorer och så skidor när det finns snö vilket det ju sällan gör numera. Vi sköter också motionsspåret bakom skolan, 2,5 km.

Problemet är att spåret är kolsvart från oktober till mars. Då är det ingen som springer där efter jobbet, och föräldrarna vill inte att ungdomarna ska vara ute där i mörkret. Så vi vill sätta upp belysning på den första slingan (1,2 km). Vår medlem Jonny är elektriker och gör jobbet ideellt, men armaturer och kabel måste vi köpa. När det är klart har vi en invigningskväll med fackeltåg och fika, preliminärt fredag 20 mars. Ett upplyst spår gör Rockneby lite mer attraktivt för barnfamiljer och används av skolan, pensionärsgympan och alla hundägare – tjejer som killar, damer som herrar.

Det här har vi pratat om länge. På medlemsmötet 3 december 2025 beslöt vi att köra, och Rockneby byalag gjorde en namninsamling i affären i julas som fick 140 namn. Byalaget har också lovat att ha hand om fikat på invigningen.

Budget:
14 LED-armaturer à 650 kr    9 100 kr
Kabel och kopplingsdosor      2 500 kr
Fika invigningen                800 kr
--------------------------------------
Totalt                       12 400 kr

Elarbete: 0 kr (ideellt)

Hör av er om ni vill veta mer!

Mvh
Patrik Svensson
Ordf. Rockneby IK
070-224 61 30
"""
    h = std(
        5110,
        addr("Patrik Svensson", "patrik.svensson@example.net"),
        "Idéslanten – belysning av motionsspåret i Rockneby",
        date(2026, 1, 28, 21, 33),
        "<a7e3c1d0-4f12-4b8e-bf3a-rockneby@example.net>",
        extra=[("X-Mailer", "Microsoft Windows Live Mail 16.4.3528.331")],
        charset="windows-1252",
    )
    add(
        5110,
        "rockneby-belysning-motionsspar",
        h,
        leaf(text, charset="windows-1252", cte="8bit"),
        lab(
            "application",
            "sv",
            "11111",
            "Complete but ineligible: windows-1252 8bit body. Association with org.nr, 320 members and what it does; contact Patrik Svensson signed with phone from his own address; activity concrete (light 1.2 km of the trail, inauguration 20 March, who benefits); anchoring via a members' meeting decision, a petition with 140 names and the byalag's help; budget with items summing to 12 400 kr (amount). Buying LED fittings and cable is a physical investment (true) even though the labour is voluntary. 'tjejer som killar, damer som herrar' gives women_and_men true. Tests that complete elements and rule-breaking facts are separate.",
            association_name="Rockneby IK",
            org_number="802436-0714",
            contact_name="Patrik Svensson",
            contact_email="patrik.svensson@example.net",
            contact_phone="070-224 61 30",
            members=320,
            ort="Rockneby",
            amount_sek=12400,
            women_and_men=True,
            salary_costs=False,
            physical_investment=True,
        ),
    )


def m5111() -> None:
    text = """Hej

Vi i ALSTERBRO SYFÖRENING vill söka pengar ur idéslanten. Föreningen har funnits sedan 1962 och vi är 23 medlemmar,alla kvinnor från Alsterbro med omnejd. Vi träffas varannan tisdag i Missionshuset och har sytt och stickat till basaren i alla år.

Nu vill vi göra en studieresa lördagen den 9 maj. Först till vävstugan i Kristdala och sen till Pukebergs glasbruk där vi ska titta på hur dom har byggt upp hantverksbutik och café. Vi har nämligen en tanke på att starta något liknande i Alsterbro i gamla affären som står tom sen 2019,en liten butik och fikaställe för hantverk från byn så det blir liv i byn igen. På hemvägen har vi ett möte i bussen om hur vi går vidare.

Kyrkans syjunta och hembygdsföreningens vävgrupp vill följa med, dom har sagt ja på sina möten, så vi blir nog ett 35 tal från byn. Vi har också pratat med ägaren till affärslokalen som tycker att det är en bra ide.

KOSTNADER
Buss med chaufför 6 500 kr
Inträde och guidning 35 pers x 60 kr = 2 100 kr
Kaffe på vägen 700 kr
Lunch betalar var och en själv.
Summa 9 300 kr

Resan är för oss kvinnor i byn.

Med vänliga hälsningar
Styrelsen
Alsterbro Syförening
"""
    h = std(
        5111,
        addr("Alsterbro Syförening", "syforeningen.alsterbro@example.se", "iso-8859-1"),
        "Ansökan studieresa",
        date(2026, 2, 2, 14, 5),
        "<4F3A21B7.2070405@example.se>",
        extra=[
            (
                "User-Agent",
                "Mozilla/5.0 (Windows NT 6.1; rv:52.0) Gecko/20100101 Thunderbird/52.9.1",
            )
        ],
    )
    add(
        5111,
        "alsterbro-syforening-studieresa",
        h,
        leaf(text, charset="iso-8859-1", cte="quoted-printable"),
        lab(
            "application",
            "sv",
            "10111",
            "iso-8859-1 quoted-printable mail from the association's shared mailbox, signed only 'Styrelsen': no named contact person, so contact false and contact facts null. Association named with founding year, 23 members and what it does. Activity: dated study trip to two named places with a clear local purpose (a craft shop and café in the empty village store). Anchoring: two other local groups decided at their meetings to join, and the owner of the premises is on board. Budget: three items with amounts, total 9 300 kr (amount); lunch paid privately. 'Resan är för oss kvinnor i byn' makes women_and_men false. Bus hire is not an investment. The officer's reply to this mailbox bounces in 5114.",
            association_name="Alsterbro Syförening",
            members=23,
            ort="Alsterbro",
            amount_sek=9300,
            women_and_men=False,
            salary_costs=False,
            physical_investment=False,
        ),
    )


# ================================================================ mails 5112–5115

CASE_5103 = "2026-0007"
CASE_5109 = "2026-0015"
CASE_5115 = "2026-0023"
CASE_5119 = "2026-0029"
CASE_5123 = "2026-0034"
CASE_5129 = "2026-0041"


def m5112() -> None:
    rec = receipt(CASE_5103, ["anchoring", "budget"])
    text = f"""hej igen! här kommer det som saknades

vi tog upp dialogkvällen på årsmötet 31 jan, 27 st var där och alla röstade ja. bergkvara fiskeförening vill också vara med och bjuder på fisksoppa

budget
föreläsare från grönhögens hamnförening 3500 + resa 600
affischer o annons 900
kaffe o bullar 1000
klubbstugan kostar inget
= 6000 kr

/elin

Skickat från min iPhone

> 12 jan. 2026 kl. 14:03 skrev Idéslanten – Region Kalmar län <ideslanten@example.se>:
>
{quote(rec)}
"""
    subj = f"Re: idéslanten bergkvara hamnen [Idéslanten {CASE_5103}]"
    h = std(
        5112,
        addr("Elin Nordqvist", "elin.nordqvist@example.com"),
        subj,
        date(2026, 2, 4, 7, 51),
        "<2E9B77A0-5C3D-4B0A-8D1E-91F4C6A0B3E2@example.com>",
        extra=[
            ("In-Reply-To", receipt_id(CASE_5103)),
            (
                "References",
                f"<8C41D2F7-33A0-4E19-9B6E-2F0C1A7B5D11@example.com> {receipt_id(CASE_5103)}",
            ),
            ("X-Mailer", "iPhone Mail (22D63)"),
        ],
    )
    add(
        5112,
        "re-bergkvara-forankring-budget",
        h,
        leaf(text, cte="quoted-printable"),
        lab(
            "followup",
            "sv",
            "00011",
            "Followup to 5103 quoting the bot's receipt in iPhone style ('> ... skrev ...:'). The quoted receipt lists Lokal förankring and Budget but never counts. New text supplies anchoring (annual meeting 31 Jan, 27 present, all voted yes; the fishing association joins) and a budget (items summing to 6 000 kr, amount 6000). Signed only '/elin' with no phone in the new text, so per the convention a first name alone (surname only in From) is not a named contact: contact false and contact facts null. No association details repeated.",
            ort="Bergkvara",
            amount_sek=6000,
            salary_costs=False,
            physical_investment=False,
        ),
    )


def m5113() -> None:
    text = """Hej,

Långasjö byaråd söker härmed idéslanten 2026.

Sökande: Långasjö byaråd, org.nr 802470-3525. Byarådet är en ideell förening där sju föreningar i Långasjö socken samarbetar (idrottsföreningen, hembygdsföreningen, församlingen, jaktlaget, föräldraföreningen, PRO och bygdegårdsföreningen). Vi har 95 enskilda medlemmar.

Kontaktperson: Anders Nyman, ordförande, 0471-501 88, anders.nyman@example.org

Aktivitet: "Bygdedialog om skolans framtid". Kommunen utreder om Långasjö skola ska vara kvar. Vi vill att socknen själv tar fram underlag och förslag i stället för att bara reagera. Vi gör:
- tre öppna möten i Långasjö bygdegård (4 mars, 25 mars och 15 april) med en extern samtalsledare
- ett studiebesök med buss 11 april till en by i Blekinge där föräldrar och bybor driver skolan som friskola sedan 2014
- en kort skrift med våra förslag som lämnas till Emmaboda kommun i maj.
Mötena är öppna för alla i socknen, kvinnor och män, föräldrar och äldre.

Förankring: Byarådet beslutade om dialogen på sitt möte 19 januari. Föräldraföreningen har samlat 52 namn från föräldrar som vill delta, och alla sju medlemsföreningar har utsett var sin person till en arbetsgrupp.

Budget: se bifogad pdf.

Anders Nyman
Långasjö byaråd
"""
    pdfdata = pdf(
        [
            "#Långasjö byaråd – budget idéslanten 2026",
            "Bygdedialog om skolans framtid",
            "",
            "Bussresa studiebesök 11 april                  4 800 kr",
            "Hyra Långasjö bygdegård, 3 möten à 600 kr      1 800 kr",
            "Samtalsledare, arvode                          4 000 kr",
            "Fika, 3 möten à 500 kr                         1 500 kr",
            "Tryck av inbjudan och skrift                     700 kr",
            "",
            "Summa                                         12 800 kr",
            "",
            "Sökt belopp: 12 800 kr",
            "Inga löner eller inköp av utrustning ingår.",
        ],
        title="Budget Långasjö byaråd",
    )
    body = multi(
        "mixed",
        "------------070905030102060807030409",
        [
            leaf(text, charset="iso-8859-1", cte="8bit", flowed=True),
            leaf(pdfdata, "application/pdf", None, "base64", filename="Budget_Langasjo_byarad.pdf"),
        ],
        preamble="This is a multi-part message in MIME format.",
    )
    h = std(
        5113,
        addr("Anders Nyman", "anders.nyman@example.org"),
        "Ansökan idéslanten 2026 Långasjö byaråd",
        date(2026, 2, 6, 12, 30),
        "<7c1e2f34-a9b0-4c85-96d3-0e5f1a2b3c4d@example.org>",
        extra=[("User-Agent", "Mozilla Thunderbird 115.18.0"), ("Content-Language", "sv")],
        charset="iso-8859-1",
    )
    add(
        5113,
        "langasjo-skoldialog-pdf",
        h,
        body,
        lab(
            "application",
            "sv",
            "11111",
            "Complete application: iso-8859-1 8bit body (format=flowed) with four elements under short labels and the budget in an attached PDF (Helvetica/WinAnsi, extractable text). Association with org.nr, what it is (umbrella of seven local associations) and 95 individual members; contact with phone and e-mail; concrete activity (three dated meetings, a study visit, a written proposal to the kommun); anchoring through the byaråd decision, 52 parent signatures and a working group from all seven member associations; PDF budget with five items totalling 12 800 kr (amount). 'se bifogad pdf' is true here because the PDF is readable. 'kvinnor och män' gives women_and_men true.",
            association_name="Långasjö byaråd",
            org_number="802470-3525",
            contact_name="Anders Nyman",
            contact_email="anders.nyman@example.org",
            contact_phone="0471-501 88",
            members=95,
            ort="Långasjö",
            amount_sek=12800,
            women_and_men=True,
            salary_costs=False,
            physical_investment=False,
        ),
    )


def m5114() -> None:
    expl = """This is the mail system at host mx1.example.se.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<syforeningen.alsterbro@example.se>: host mx2.example.se[192.0.2.25] said:
    552 5.2.2 <syforeningen.alsterbro@example.se>: Mailbox full, quota exceeded
    (in reply to RCPT TO command)
"""
    status = """Reporting-MTA: dns; mx1.example.se
X-Postfix-Queue-ID: 4dKq2L0x3Fz9sWm
X-Postfix-Sender: rfc822; landsbygdsutvecklare@example.se
Arrival-Date: Mon,  9 Feb 2026 09:14:02 +0100 (CET)

Final-Recipient: rfc822; syforeningen.alsterbro@example.se
Original-Recipient: rfc822;syforeningen.alsterbro@example.se
Action: failed
Status: 5.2.2
Remote-MTA: dns; mx2.example.se
Diagnostic-Code: smtp; 552 5.2.2 <syforeningen.alsterbro@example.se>: Mailbox
    full, quota exceeded
"""
    orig = """Return-Path: <landsbygdsutvecklare@example.se>
From: =?utf-8?q?Landsbygdsutvecklare_Region_Kalmar_l=C3=A4n?= <landsbygdsutvecklare@example.se>
To: syforeningen.alsterbro@example.se
Subject: =?utf-8?q?SV=3A_Ans=C3=B6kan_studieresa?=
Date: Mon, 9 Feb 2026 09:13:58 +0100
Message-ID: <officer.20260209.alsterbro@example.se>
In-Reply-To: <4F3A21B7.2070405@example.se>
References: <4F3A21B7.2070405@example.se>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
"""
    body = multi(
        "report",
        "4dKq2L0x3Fz9sWm.1770624842/mx1.example.se",
        [
            leaf(expl, charset="us-ascii", cte="7bit", extra="Content-Description: Notification"),
            leaf(
                status,
                "message/delivery-status",
                None,
                "7bit",
                extra="Content-Description: Delivery report",
            ),
            leaf(
                orig,
                "text/rfc822-headers",
                None,
                "7bit",
                extra="Content-Description: Undelivered Message Headers",
            ),
        ],
        preamble="This is a MIME-encapsulated message.",
        extra="report-type=delivery-status",
    )
    h = [
        ("Return-Path", "<>"),
        ("From", "MAILER-DAEMON@example.se (Mail Delivery System)"),
        ("To", OFFICER),
        ("Subject", "Undelivered Mail Returned to Sender"),
        ("Date", "Mon,  9 Feb 2026 09:14:03 +0100 (CET)"),
        ("Message-ID", "<20260209081403.5A1F21C0312.mx1@example.se>"),
        ("Auto-Submitted", "auto-replied"),
    ]
    add(
        5114,
        "bounce-alsterbro-mailbox-full",
        h,
        body,
        lab(
            "bounce",
            "en",
            MACHINE,
            "Postfix-style multipart/report (delivery-status) from MAILER-DAEMON: the officer's reply 'SV: Ansökan studieresa' to the Alsterbro sewing circle's shared mailbox (application 5111, whose Message-ID appears in the returned headers) failed with 552 mailbox full. The notice text is English (language en). All elements false and all facts null; the bot must never answer it.",
        ),
    )


def m5115() -> None:
    text = """Hej,

Degerhamns Samhällsförening (org.nr 802515-6632) har ca 90 medlemmar och arbetar för att södra Öland ska vara levande året runt, inte bara på sommaren.

Vi vill söka idéslanten för att göra något kring gamla cementfabriksområdet, som ju är det som gör Degerhamn till Degerhamn. Hur exakt vet vi inte ännu, men det ska stärka bygden och locka folk hit. Mer info kommer när styrelsen har haft sitt planeringsmöte.

Vi har byborna med oss. På ett öppet möte i Folkets hus den 6 december kom 41 personer och alla var överens om att området måste bli en tillgång för byn igen och att föreningen ska driva frågan. Degerhamns bruksminnesförening har lovat att hjälpa till.

Vi räknar med att behöva ca 15 000 kr.

Med vänlig hälsning
Ove Malm
ordförande, Degerhamns Samhällsförening
070-581 33 90
"""
    h = std(
        5115,
        addr("Ove Malm", "ove.malm@example.se"),
        "Idéslanten – Degerhamn",
        date(2026, 2, 11, 10, 12),
        "<CAF7q9x2Lm0=degerhamn.K3vR8tY1wZ@example.se>",
        extra=[("X-Mailer", "Apple Mail (2.3826.400.131.1.6)")],
    )
    add(
        5115,
        "degerhamn-cementfabriken-vag",
        h,
        leaf(text, cte="base64"),
        lab(
            "application",
            "sv",
            "11010",
            "Base64-encoded utf-8 body. Association with org.nr, about 90 members and purpose; contact Ove Malm with phone from his own address. Activity missing: 'göra något kring gamla cementfabriksområdet ... Hur exakt vet vi inte ännu ... Mer info kommer' is a vague wish. Anchoring present: an open meeting with 41 people who agreed the association should drive the matter, plus a local partner. Budget missing: 'ca 15 000 kr' is only a rough figure (amount 15000). Nothing about women and men (null). Same village as question 5104; the thread continues with an unhelpful followup in 5127.",
            association_name="Degerhamns Samhällsförening",
            org_number="802515-6632",
            contact_name="Ove Malm",
            contact_email="ove.malm@example.se",
            contact_phone="070-581 33 90",
            members=90,
            ort="Degerhamn",
            amount_sek=15000,
            salary_costs=False,
            physical_investment=False,
        ),
    )


# ================================================================ mails 5116–5119


def m5116() -> None:
    text = """Tjena!

Jag heter Alexander Holm, är 17 och sitter i styrelsen för Tvärskogs Ungdomsklubb. Vi är 31 medlemmar mellan 13 och 25 år och har ett rum i bygdegården där vi hänger på fredagarna.

Vi vill köra filmkvällar i stora salen i bygdegården, sista fredagen varje månad från februari till juli (6 st). Vi hyr projektor och bioduk från studieförbundet och efter filmen snackar vi om den + om vad unga i Tvärskog saknar, typ busstider till Kalmar på kvällarna och att det inte finns nåt att göra efter nian. Det vi kommer fram till skickar vi till kommunens ungdomsråd. Alla får komma, tjejer och killar, och föräldrar och äldre får också komma om de vill. Lowkey tror vi det kan bli riktigt bra för byn.

Alla vi har snackat med tycker det är en grym idé.

Budget:
hyra projektor + duk 6 x 300 = 1 800
filmlicens 6 x 600 = 3 600
snacks/dricka 6 x 200 = 1 200
lön till Mikaela (vår fritidsledare som klubben anställt på timmar) 4 x 500 = 2 000
Totalt: 8 600 kr

Ring/sms:a 073-902 11 45 om ni undrar nåt!
//Alex
"""
    h = std(
        5116,
        addr("Alexander Holm", "alex.holm07@example.com"),
        "Filmkvällar Tvärskog 🎬",
        date(2026, 2, 13, 22, 48),
        "<CAPx7Rk1e9vU3nq0Tvarskog0213=filmkvall@example.com>",
    )
    add(
        5116,
        "tvarskog-filmkvallar-ungdom",
        h,
        leaf(text),
        lab(
            "application",
            "sv",
            "11101",
            "Teenager's mail with slang and an emoji in the (encoded-word) subject. Association named with 31 members and what it is; contact: he gives his full name in the text, signs '//Alex' and gives a phone, from his own address. Activity concrete (six monthly film evenings, discussion about what young people miss, results to the kommun's youth council). Anchoring missing: 'Alla vi har snackat med tycker det är en grym idé' is an empty claim. Budget present with four items totalling 8 600 kr (amount), one of which is 'lön till Mikaela (vår fritidsledare ...)' – wages to an employee, so salary_costs true. Renting a projector is not an investment. 'tjejer och killar' gives women_and_men true.",
            association_name="Tvärskogs Ungdomsklubb",
            contact_name="Alexander Holm",
            contact_email="alex.holm07@example.com",
            contact_phone="073-902 11 45",
            members=31,
            ort="Tvärskog",
            amount_sek=8600,
            women_and_men=True,
            salary_costs=True,
            physical_investment=False,
        ),
    )


def m5117() -> None:
    text = """Hej!

Påryds bygdegårdsförening (org.nr 802459-2878) vill söka idéslanten för en studieresa och en återträff. Föreningen äger och driver bygdegården i Påryd och har 134 medlemmar.

Bakgrund: Affären i Påryd stängde i oktober 2024. Sedan dess måste alla åka till Kalmar eller Ljungbyholm för minsta lilla sak, och det drabbar särskilt de äldre och de som inte har bil.

Det här vill vi göra:
1. Lördag 18 april åker vi med buss till Fliseryd, där byborna sedan några år driver lanthandel och drivmedel som en ekonomisk förening. De berättar hur de kom igång, hur de fick med sig byn och vad som har gått snett.
2. Onsdag 29 april har vi en öppen återträff i bygdegården där alla som var med berättar för resten av byn, och vi bestämmer om vi ska starta en arbetsgrupp för en byaffär i Påryd.

Förankring: Medlemsmötet den 25 januari ställde sig bakom resan. 28 personer har redan anmält sig. Påryds IF och PRO Påryd annonserar resan för sina medlemmar och är med och arrangerar återträffen.

Budgeten finns i bifogad Excelfil. Resan och träffen är till för alla i Påryd med omnejd, både kvinnor och män.

Kontaktperson är jag, kassör i föreningen:
Eva Gustafsson
tel 070-845 02 93
eva.gustafsson@example.se

Vänliga hälsningar
Eva
"""
    sheet = xlsx(
        [
            ["Budget idéslanten 2026 – Påryds bygdegårdsförening", None],
            ["Post", "Belopp (kr)"],
            ["Buss Påryd–Fliseryd t/r, 50 platser", 7200],
            ["Föredrag av lanthandelsföreningen", 1500],
            ["Fika resan + återträffen", 1800],
            ["Affischer och annons", 1200],
            ["Summa", 11700],
            [None, None],
            ["Sökt belopp", 11700],
        ],
        when=(2026, 2, 15, 19, 22, 10),
    )
    body = multi(
        "mixed",
        "000000000000a3c1f20648b1d0e7",
        [
            multi(
                "alternative",
                "000000000000a3c1ef0648b1d0e5",
                [
                    leaf(text, cte="quoted-printable"),
                    leaf(
                        '<div dir="ltr">'
                        + text.replace("&", "&amp;")
                        .replace("<", "&lt;")
                        .replace(">", "&gt;")
                        .replace("\n", "<br>\n")
                        + "</div>\n",
                        "text/html",
                        cte="quoted-printable",
                    ),
                ],
            ),
            leaf(
                sheet,
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                None,
                "base64",
                filename="budget_paryd.xlsx",
            ),
        ],
    )
    h = std(
        5117,
        addr("Eva Gustafsson", "eva.gustafsson@example.se"),
        "Idéslanten: studieresa Påryd",
        date(2026, 2, 16, 9, 3),
        "<CAH3kQ9p2vRt7Lx0bD1mN4sF8wZq@example.se>",
    )
    add(
        5117,
        "paryd-studieresa-xlsx",
        h,
        body,
        lab(
            "application",
            "sv",
            "11111",
            "Complete Gmail-style application: multipart/mixed with a text/HTML alternative (quoted-printable) and the budget in an .xlsx (inline strings, plain numbers). Association with org.nr, 134 members and what it does; contact Eva Gustafsson with phone and e-mail; concrete two-step activity (dated study trip to a village-run shop, open follow-up evening deciding on a working group) with a clear local need; anchoring through a members' meeting, 28 sign-ups and two co-arranging local associations; spreadsheet budget with four items, total and amount 11 700 kr. 'både kvinnor och män' gives women_and_men true.",
            association_name="Påryds bygdegårdsförening",
            org_number="802459-2878",
            contact_name="Eva Gustafsson",
            contact_email="eva.gustafsson@example.se",
            contact_phone="070-845 02 93",
            members=134,
            ort="Påryd",
            amount_sek=11700,
            women_and_men=True,
            salary_costs=False,
            physical_investment=False,
        ),
    )


def m5118() -> None:
    text = """Hi,

I am writing on behalf of Grönhögens Vänner, a small Danish-Swedish association in Grönhögen on southern Öland. We are 24 members; about half of us live here all year and the rest come from Denmark in the summer months.

We have three questions before we apply for idéslanten:

1. Can an association where many members are summer residents apply, as long as the activity takes place in Grönhögen?
2. Must the money be used in the same calendar year, or can an activity in January 2027 be paid from the 2026 grant?
3. Is it acceptable to send the application in English or Danish?

Mange tak / tack så mycket!

Søren Kjær
Grönhögens Vänner
"""
    h = std(
        5118,
        addr("Søren Kjær", "soren.kjaer@example.com"),
        "Question about idéslanten – summer residents",
        date(2026, 2, 18, 15, 20),
        "<1e5a77c2-0b9d-4f4e-8c2f-7e1d9a3b0c55@example.com>",
        extra=[("User-Agent", "Microsoft-MacOutlook/16.93.25011212")],
    )
    add(
        5118,
        "question-gronhogen-summer-residents",
        h,
        leaf(text, cte="quoted-printable", qcs=True),
        lab(
            "question",
            "en",
            MACHINE,
            "English question (quoted-printable utf-8, encoded-word Danish name in From) about eligibility of an association with many summer residents, spending the grant across the year boundary, and the language of applications. It applies for nothing, so all elements false. The stated facts are kept: association name, 24 members, ort Grönhögen, the writer's name and address; no phone, no amount, salary/investment null.",
            association_name="Grönhögens Vänner",
            contact_name="Søren Kjær",
            contact_email="soren.kjaer@example.com",
            members=24,
            ort="Grönhögen",
        ),
    )


def m5119() -> None:
    text = """hej har hört att man kan söka pengar för byn

vi i Flerohopps byförening är ett trettital medlemar vi har haft föreningen sen 80 talet och har hand om badplatsen o midsommarfirandet

nu vill vi ha en byvandring o möte lördag den 18 april kl 10 vi går runt i byn o tittar på vad som behöver göras sen äter vi soppa i skolmatsalen o så kommer det nån från länstrafiken o pratar om bussen som dom har dragit in,vi vill ha tillbaks bussen på lördagar annars flyttar ju folk härifrån o ingen ny vill flytta hit

vet inte vad det kostar än men vi behöver nog hyra matsalen o betala soppan o annonsera

ring mej om det är nåt
Roger Lindh
070-663 20 18
"""
    h = std(
        5119,
        addr("Roger Lindh", "rogerlindh62@example.net"),
        "bidrag flerohopp",
        date(2026, 2, 20, 18, 2),
        "<000001dca2b4$9e1f3a20$da5dae60$@example.net>",
        extra=[
            ("X-Mailer", "Microsoft Outlook 16.0"),
            ("Thread-Index", "AdyitJ4Z0zGQ1y8rT0mK3e1XbqQ2sw=="),
        ],
    )
    add(
        5119,
        "flerohopp-byvandring-buss",
        h,
        leaf(text, charset="iso-8859-1", cte="8bit"),
        lab(
            "application",
            "sv",
            "11100",
            "Unpunctuated mail with spelling errors (iso-8859-1 8bit). Association named, 'ett trettital medlemar' read as 30, with history and tasks; contact Roger Lindh with phone from his own address. Activity concrete: village walk and meeting on 18 April with soup and a visit from the regional bus company about the withdrawn Saturday bus. Anchoring missing (nothing about backing). Budget missing: 'vet inte vad det kostar än' and cost types without amounts; no amount at all (null). Followed up in 5135.",
            association_name="Flerohopps byförening",
            contact_name="Roger Lindh",
            contact_email="rogerlindh62@example.net",
            contact_phone="070-663 20 18",
            members=30,
            ort="Flerohopp",
            salary_costs=False,
            physical_investment=False,
        ),
    )


# ================================================================ mails 5120–5123


def m5120() -> None:
    rec = receipt(CASE_5109, ["budget"], variant=1)
    new = """Hej igen!

Här kommer budgeten för alvarvandringarna:

Guidearvode, 4 vandringar à 2 000 kr: 8 000 kr
Annons i lokaltidningen och affischer: 1 000 kr
Fika vid vandringarna, 4 x 400 kr: 1 600 kr
Tryck av kartan (200 ex): 1 400 kr
Summa: 12 000 kr

Hälsningar
Lena Borg
Kastlösa byalag
0485-360 12
"""
    hdr = f"""________________________________
Från: Idéslanten – Region Kalmar län <ideslanten@example.se>
Skickat: den 26 januari 2026 16:45
Till: Lena Borg <lena.borg@example.se>
Ämne: Re: Ansökan idéslanten – alvarvandringar i Kastlösa [Idéslanten {CASE_5109}]
"""
    text = new + "\n" + hdr + "\n" + rec + "\n"

    def h_(s: str) -> str:
        return (
            s.replace("&", "&amp;")
            .replace("<", "&lt;")
            .replace(">", "&gt;")
            .replace("\n", "<br>\n")
        )

    html = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body dir="ltr">\n'
        '<div style="font-family:Calibri,Arial,sans-serif;font-size:12pt">' + h_(new) + "</div>\n"
        '<hr style="display:inline-block;width:98%" tabindex="-1">\n<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt">'
        + h_(hdr.split("\n", 1)[1])
        + "</font><div>&nbsp;</div></div>\n<div>"
        + h_(rec)
        + "</div>\n</body></html>\n"
    )
    h = std(
        5120,
        addr("Lena Borg", "lena.borg@example.se"),
        f"SV: Ansökan idéslanten – alvarvandringar i Kastlösa [Idéslanten {CASE_5109}]",
        date(2026, 2, 23, 8, 37),
        "<AM0PR09MB4410C0D2F9B8E1A7D3C45E18B7F21@example.se>",
        extra=[
            ("In-Reply-To", receipt_id(CASE_5109)),
            (
                "References",
                f"<AM0PR09MB4410B1C9E7A8D3F2C5E64F01E2A90@example.se> {receipt_id(CASE_5109)}",
            ),
            (
                "Thread-Topic",
                encb(f"Ansökan idéslanten – alvarvandringar i Kastlösa [Idéslanten {CASE_5109}]"),
            ),
            ("Content-Language", "sv-SE"),
        ],
    )
    body = multi(
        "alternative",
        "_000_AM0PR09MB4410C0D2F9B8E1A7D3C45E18B7F21EURP_",
        [
            leaf(text, cte="quoted-printable", qcs=True),
            leaf(html, "text/html", cte="quoted-printable", qcs=True),
        ],
    )
    add(
        5120,
        "sv-kastlosa-budget-outlook",
        h,
        body,
        lab(
            "followup",
            "sv",
            "01001",
            "Followup to 5109 in Outlook style: top-posted answer above a '____ Från: / Skickat: / Till: / Ämne:' block and the receipt copied WITHOUT '>' markers (text and HTML alternative). The unquoted receipt text ('– Budget: en översiktlig budget med kostnadsposter och belopp') is still the quoted earlier message and counts for nothing. New text: a four-item budget totalling 12 000 kr (budget true, amount 12000) signed by Lena Borg with phone from her own address (contact true). The association is only named in the signature (association false, but association_name recorded).",
            association_name="Kastlösa byalag",
            contact_name="Lena Borg",
            contact_email="lena.borg@example.se",
            contact_phone="0485-360 12",
            ort="Kastlösa",
            amount_sek=12000,
            salary_costs=False,
            physical_investment=False,
        ),
    )


def m5121() -> None:
    text = """Hej!

Byxelkroks Hamn- och Byalag söker härmed idéslanten för projektet "Fiskeläget berättar".

Om oss
Byxelkroks Hamn- och Byalag (org.nr 802301-7463) bildades 1988 och har 77 medlemmar. Vi sköter hamnplanen och anordnar sillfrukosten på midsommar, och vi jobbar för att byn ska leva även när sommargästerna har åkt.

Vad vi vill göra
I Byxelkrok finns bara ett fåtal kvar som minns när här fanns ett tjugotal fiskebåtar. Under april och maj vill vi:
• spela in samtal med fem äldre fiskare och fiskarhustrur, ledda av en etnolog (utrustningen hyr vi av studieförbundet)
• ha tre öppna berättarkvällar i det gamla hamnmagasinet (16 april, 7 maj och 28 maj) där berättelserna spelas upp och alla kan fylla på med egna minnen
• ge ut ett litet häfte som säljs i hamnkiosken i sommar, så att besökare får veta mer om byn än glass och solnedgång.
Vi tror att ett gemensamt minne gör byn starkare, och att nyinflyttade och unga på så vis får en koppling till platsen. Kvällarna är öppna för alla, kvinnor som män – fiskarhustrurna har minst lika mycket att berätta.

Förankring
Höstmötet 2025 beslöt enhälligt att genomföra projektet. Fem av de äldre har redan sagt ja till att bli intervjuade. Böda hembygdsförening bidrar med gamla foton och Byxelkroks hamnförening lånar ut magasinet mot en mindre hyra.

Budget
Hyra av inspelningsutrustning: 1 200 kr
Arvode till etnolog: 6 000 kr
Hyra hamnmagasinet, 3 kvällar à 500 kr: 1 500 kr
Tryck av häfte, 150 ex: 3 000 kr
Summa: 11 700 kr

Kontakt
Maj-Britt Öberg, sekreterare
maj-britt.oberg@example.net
0485-280 44

Tack på förhand!
Maj-Britt
"""
    html = '<html><body><div style="font-family:Verdana,sans-serif;font-size:10pt">\n'
    for para in text.strip("\n").split("\n\n"):
        lines = para.split("\n")
        if len(lines) > 1 and lines[0] in (
            "Om oss",
            "Vad vi vill göra",
            "Förankring",
            "Budget",
            "Kontakt",
        ):
            html += f"<p><b>{lines[0]}</b><br>\n" + "<br>\n".join(lines[1:]) + "</p>\n"
        else:
            html += "<p>" + "<br>\n".join(lines) + "</p>\n"
    html += "</div></body></html>\n"
    html = html.replace('"Fiskeläget berättar"', "&quot;Fiskeläget berättar&quot;")
    body = multi(
        "alternative",
        "=_b7f1c0a2d9e34f58_=",
        [leaf(text, cte="8bit"), leaf(html, "text/html", cte="quoted-printable")],
    )
    h = std(
        5121,
        addr("Maj-Britt Öberg", "maj-britt.oberg@example.net"),
        "Ansökan: Fiskeläget berättar (Byxelkrok)",
        date(2026, 2, 25, 14, 16),
        "<web-20260225131601.b7f1c0a2d9e34f58@example.net>",
        extra=[("X-Mailer", "Webbmail 7.3")],
    )
    add(
        5121,
        "byxelkrok-fiskelaget-berattar",
        h,
        body,
        lab(
            "application",
            "sv",
            "11111",
            "Complete application from Öland (Borgholm, outside the theme municipalities) as multipart/alternative (8bit text, quoted-printable HTML) with bullet points. Association with org.nr, 77 members and what it does; contact Maj-Britt Öberg with e-mail and phone; activity concrete (interviews, three dated story evenings, a booklet); anchoring via a unanimous autumn-meeting decision, five interviewees, and two local associations helping; budget of four items, total 11 700 kr (amount). Renting recording equipment is not an investment; the ethnologist's fee is not salary. 'kvinnor som män' gives women_and_men true.",
            association_name="Byxelkroks Hamn- och Byalag",
            org_number="802301-7463",
            contact_name="Maj-Britt Öberg",
            contact_email="maj-britt.oberg@example.net",
            contact_phone="0485-280 44",
            members=77,
            ort="Byxelkrok",
            amount_sek=11700,
            women_and_men=True,
            salary_costs=False,
            physical_investment=False,
        ),
    )


def m5122() -> None:
    text = """Dear Association Representative,

We are pleased to inform you that your organization has been SELECTED as a beneficiary of the European Rural Cohesion Grant Programme 2026 (Ref: ERCG/SE/2026/0447).

Grant amount: EUR 25,000.00 (twenty five thousand euro)

To release the funds to your association account, we require the following within 5 working days:
1. Full name of the association and registration number
2. Bank name, IBAN and SWIFT code
3. Copy of ID of the authorised signatory
4. A one-time processing and transfer fee of EUR 450, payable via the secure link below

https://example.com/ercg-claim/SE-0447

Failure to respond will result in the grant being re-allocated to another beneficiary.

Yours faithfully,
Dr. Henrik van der Moolen
Director of Disbursements
European Rural Cohesion Grant Programme
"""
    h = std(
        5122,
        addr("ERCG Disbursement Office", "disbursement.office@example.com"),
        "Notification: Your association has been selected for EUR 25,000 rural grant",
        date(2026, 2, 27, 6, 55, 3, tz=UTC),
        "<ercg.1772175303.44721@example.com>",
        to="undisclosed-recipients:;",
        extra=[("Reply-To", "claims.ercg@example.net"), ("X-Priority", "1")],
    )
    add(
        5122,
        "spam-eu-grant-fee",
        h,
        leaf(text, charset="us-ascii", cte="7bit"),
        lab(
            "spam",
            "en",
            MACHINE,
            "Advance-fee fraud in English: a fake EU 'rural grant' of EUR 25,000 asking for bank details, ID and a EUR 450 fee via a link, sent to undisclosed recipients with a different Reply-To. It talks about grants and associations but is spam: all elements false, all facts null (the EUR amounts are not an amount applied for).",
        ),
    )


def m5123() -> None:
    att = """ANSÖKAN OM IDÉSLANTEN 2026
Halltorps Hembygdsförening

FÖRENINGEN
Halltorps Hembygdsförening bildades 1946 och har i dag 112 medlemmar. Vi sköter hembygdsgården vid kyrkan och ordnar slåtter, julmarknad och föredrag.

AKTIVITET
Kurs i gamla hantverk för bygdens folk: två helgkurser i hembygdsgården, 11–12 april (korgar av spån och näver) och 9–10 maj (kardning och tovning av ull från traktens får). Kursledare är två hantverkare från Småland som får arvode. Syftet är att föra kunskapen vidare till yngre i bygden och att ge nyinflyttade en väg in i föreningslivet. Deltagarna ska sedan hålla i en hantverksdag på hembygdsgården i augusti som är öppen för alla.

FÖRANKRING
Förslaget kommer från hantverksgruppen i föreningen och antogs på årsmötet 22 februari. Halltorps församling lånar ut församlingshemmet om vi blir fler än 15 deltagare, och Halltorps byalag sprider inbjudan till alla hushåll i byn.

EKONOMI
Vi ansöker om 9 500 kronor. Budget, se separat bilaga.

Halltorp den 1 mars 2026
Styrelsen
"""
    text = "Se bifogad fil.\n\nStyrelsen\nHalltorps Hembygdsförening\n"
    body = multi(
        "mixed",
        "----=_Part_88213_1577230912.1772464800000",
        [
            leaf(text, cte="7bit" if text.isascii() else "quoted-printable"),
            leaf(
                att.encode("cp1252"),
                "text/plain",
                "windows-1252",
                "base64",
                filename="ansokan_ideslanten_halltorp.txt",
            ),
        ],
    )
    h = std(
        5123,
        addr("Halltorps Hembygdsförening", "info.halltorpshembygd@example.org"),
        "Ansökan",
        date(2026, 3, 2, 15, 18),
        "<1772464800000.88213.hembygd@example.org>",
        extra=[("X-Mailer", "Zimbra 10.1.3_GA_4200")],
    )
    add(
        5123,
        "halltorp-hantverkskurs-txt",
        h,
        body,
        lab(
            "application",
            "sv",
            "10110",
            "The whole application sits in a windows-1252 .txt attachment (base64); the body only says 'Se bifogad fil.' from the association's shared mailbox signed 'Styrelsen', so no named contact (contact false, contact facts null). Attachment gives the association (founded 1946, 112 members, what it does), a concrete activity (two dated craft weekends, course leaders' fees, follow-up craft day) and anchoring (annual-meeting decision, the parish and the byalag helping). Budget missing: 'Vi ansöker om 9 500 kronor. Budget, se separat bilaga' but no such attachment (amount 9500). Women and men not stated (null). Followed up in 5131.",
            association_name="Halltorps Hembygdsförening",
            members=112,
            ort="Halltorp",
            amount_sek=9500,
            salary_costs=False,
            physical_investment=False,
        ),
    )


# ================================================================ mails 5124–5127

CASE_5124 = "2026-0036"


def m5124() -> None:
    text = """Hej.

Vi jägare i Bäckebo har pratat om att vildsvinen har blivit ett elände för både bönder och villaägare här. Vi vill ordna en öppen föreläsning torsdag 26 mars kl 19 i Bäckebo bygdegård med en viltförvaltare från Jägareförbundet som berättar om vildsvinens vanor, hur man skyddar tomter och åkrar, och hur vi i byn kan samarbeta om eftersök och om att inte stödutfodra. Alla i bygden är välkomna, inte bara jägare. Det är bättre att vi pratar med varandra än om varandra.

Kostnader:
Föreläsare 3500 kr inkl resa
Hyra bygdegården 700 kr
Kaffe o smörgås 600 kr
Summa 4800

Sven-Erik Johansson
Bäckebo
tel 0481-540 26
"""
    h = std(
        5124,
        addr("Sven-Erik Johansson", "svenerik.johansson@example.se"),
        "Vildsvinsföreläsning i Bäckebo",
        date(2026, 3, 4, 6, 41),
        "<20260304054112.GA2291@example.se>",
        extra=[("User-Agent", "Mutt/2.2.13 (2024-03-09)")],
    )
    add(
        5124,
        "backebo-vildsvin-forelasning",
        h,
        leaf(text, cte="quoted-printable"),
        lab(
            "application",
            "sv",
            "01101",
            "Plain, terse mail (Mutt, quoted-printable). Association missing: 'Vi jägare i Bäckebo' is an unnamed group with no member count. Contact: Sven-Erik Johansson with phone from his own address. Activity concrete (dated public lecture on wild boar with a named kind of speaker, venue, and village cooperation). Anchoring missing: nothing about backing, only a described need. Budget: three items, total 4 800 kr (amount). Lecturer fee is not salary. 'Alla i bygden' says nothing about gender (null). The bot's receipt triggers an autoreply that quotes it in 5125.",
            contact_name="Sven-Erik Johansson",
            contact_email="svenerik.johansson@example.se",
            contact_phone="0481-540 26",
            ort="Bäckebo",
            amount_sek=4800,
            salary_costs=False,
            physical_investment=False,
        ),
    )


def m5125() -> None:
    rec = receipt(CASE_5124, ["association", "anchoring"])
    text = f"""Jag är ute i skogen och har dålig täckning till och med måndag 9 mars. Ring 0481-540 26 om det brådskar, annars svarar jag när jag är hemma.

/Sven-Erik

-----Ursprungligt meddelande-----
Från: Idéslanten – Region Kalmar län <ideslanten@example.se>
Skickat: onsdag 4 mars 2026 06:41
Till: svenerik.johansson@example.se
Ämne: Re: Vildsvinsföreläsning i Bäckebo [Idéslanten {CASE_5124}]

{rec}
"""
    h = [
        ("From", addr("Sven-Erik Johansson", "svenerik.johansson@example.se")),
        ("To", addr(BOT_NAME, BOT)),
        (
            "Subject",
            enc_header(
                f"Automatiskt svar: Re: Vildsvinsföreläsning i Bäckebo [Idéslanten {CASE_5124}]"
            ),
        ),
        ("Date", date(2026, 3, 4, 6, 42, 5)),
        ("Message-ID", "<20260304054205.autoreply.GA2301@example.se>"),
        ("In-Reply-To", receipt_id(CASE_5124)),
        ("References", f"<20260304054112.GA2291@example.se> {receipt_id(CASE_5124)}"),
        ("Auto-Submitted", "auto-replied"),
        ("X-Autoreply", "yes"),
        ("X-Auto-Response-Suppress", "All"),
    ]
    add(
        5125,
        "autosvar-backebo-citerar-kvitto",
        h,
        leaf(text, cte="quoted-printable"),
        lab(
            "autoreply",
            "sv",
            MACHINE,
            "Vacation autoreply to the bot's receipt for 5124, a minute after it, with Auto-Submitted: auto-replied and X-Autoreply: yes, threaded (In-Reply-To the receipt, References the application) and quoting the receipt including 'Vi saknar följande i er ansökan'. Its Re:-style subject starts with 'Automatiskt svar:'. A name and phone appear, but this is machine mail, not a followup: all elements false, all facts null, and the bot must not reply (mail loop).",
        ),
    )


def m5126() -> None:
    text = """Bästa mottagare,

Söderåkra hembygdsförening ansöker härmed om medel ur regional bygdepeng – idéslanten – för en vårkväll med berättande och folkmusik samt en uppföljande samtalskväll om bygdens mötesplatser.

Om föreningen
Söderåkra hembygdsförening, org.nr 802488-9159, bildades 1929 och har i dag 188 medlemmar. Föreningen förvaltar hembygdsgården och arkivet och ger ut ett medlemsblad fyra gånger om året.

Aktiviteten och dess betydelse för bygden
Under de senaste tio åren har socknen förlorat både sin skola och sin lanthandel. Med dem försvann två av de platser där människor i olika åldrar naturligt möttes. Vi vill därför pröva ett annat sätt att samla bygden.

Lördagen den 25 april bjuder vi in till en vårkväll i Söderåkra bygdegård. En berättare från trakten och två spelmän framför berättelser, visor och låtar från socknen, bland annat ur det uppteckningsmaterial som finns i föreningens arkiv. Efter pausen övergår kvällen i ett kafésamtal kring frågan ”Var ska vi mötas nu?”. Onsdagen den 13 maj följer vi upp med en samtalskväll där förslagen från den första kvällen konkretiseras, och där de som vill tar på sig att driva dem vidare. Båda kvällarna är öppna för alla generationer, kvinnor som män.

Lokal förankring
Idén växte fram ur en enkät som skickades ut med medlemsbladet i november; av 62 svar önskade 49 fler gemensamma kvällar i bygdegården. Kvällarna arrangeras tillsammans med Söderåkra bygdegårdsförening, och Söderåkra IF ansvarar för fikat.

Budget
Budgeten framgår av bifogad fil (budget_soderakra.csv) och uppgår till 12 000 kr, vilket också är det belopp vi söker. Den omfattar arvoden till berättare och spelmän, lokalhyra, hyra av ljudanläggning, annonsering och fika. Inga lönekostnader och inga investeringar ingår.

Kontaktperson
Inger Wallin, sekreterare
0486-212 09
inger.wallin@example.org

Med vänlig hälsning,
för Söderåkra hembygdsförening

Inger Wallin
"""
    csv = "Post;Belopp (kr)\r\nArvode spelmän (2 personer);4000\r\nArvode berättare;3000\r\nHyra bygdegården, 2 kvällar;1000\r\nHyra ljudanläggning;1500\r\nAnnonsering;1200\r\nFika;1300\r\nSumma;12000\r\n"
    body = multi(
        "mixed",
        "Apple-Mail=_5E1C2A7B-9D40-4B8F-A3E6-7C21D0F4B918",
        [
            leaf(text, cte="quoted-printable"),
            leaf(
                csv.encode("cp1252"),
                "text/csv",
                "windows-1252",
                "base64",
                filename="budget_soderakra.csv",
            ),
        ],
    )
    h = std(
        5126,
        addr("Inger Wallin", "inger.wallin@example.org"),
        "Ansökan om idéslanten – Söderåkra hembygdsförening",
        date(2026, 3, 9, 10, 25),
        "<5E1C2A7B-9D40-4B8F-A3E6-7C21D0F4B918@example.org>",
        extra=[("X-Mailer", "Apple Mail (2.3826.300.87.4.3)")],
    )
    add(
        5126,
        "soderakra-varkvall-csv",
        h,
        body,
        lab(
            "application",
            "sv",
            "11111",
            "Complete, polished long application by a retired teacher (quoted-printable utf-8, Apple Mail) with the budget in a windows-1252 .csv attachment (semicolons, CRLF inside the base64). Association with org.nr, 188 members, founding year and tasks; contact Inger Wallin with phone and e-mail; activity concrete (two dated evenings, programme and follow-up on meeting places); anchoring through a member survey (62 answers, 49 in favour) and two co-arranging local associations; the CSV has six items summing to 12 000 kr (amount). Performer and storyteller fees are not salary; renting sound equipment is not an investment. 'kvinnor som män' gives women_and_men true.",
            association_name="Söderåkra hembygdsförening",
            org_number="802488-9159",
            contact_name="Inger Wallin",
            contact_email="inger.wallin@example.org",
            contact_phone="0486-212 09",
            members=188,
            ort="Söderåkra",
            amount_sek=12000,
            women_and_men=True,
            salary_costs=False,
            physical_investment=False,
        ),
    )


def m5127() -> None:
    rec = receipt(CASE_5115, ["activity", "budget"])
    text = f"""Hej!

Vi har tyvärr inte hunnit ha planeringsmötet än, det blev framflyttat på grund av sjukdom i styrelsen. Vi återkommer så snart vi vet mer om vad vi ska göra och vad det kostar. Hoppas det går bra att vänta lite.

Mvh Ove Malm

Den ons 11 feb. 2026 kl 10:13 skrev Idéslanten – Region Kalmar län <ideslanten@example.se>:

{quote(rec, "> ")}
"""
    h = std(
        5127,
        addr("Ove Malm", "ove.malm@example.se"),
        f"Re: Idéslanten – Degerhamn [Idéslanten {CASE_5115}]",
        date(2026, 3, 11, 19, 4),
        "<CAF7q9x2Lm0=degerhamn.R5nQ2mW8eX@example.se>",
        extra=[
            ("In-Reply-To", receipt_id(CASE_5115)),
            (
                "References",
                f"<CAF7q9x2Lm0=degerhamn.K3vR8tY1wZ@example.se> {receipt_id(CASE_5115)}",
            ),
            ("X-Mailer", "Apple Mail (2.3826.400.131.1.6)"),
        ],
    )
    add(
        5127,
        "re-degerhamn-inget-nytt",
        h,
        leaf(text, cte="base64"),
        lab(
            "followup",
            "sv",
            "01000",
            "Followup to 5115 (base64 utf-8) that supplies nothing the receipt asked for: the planning meeting was postponed and they will come back. The quoted receipt ('> – Aktivitet: ...', '> – Budget: ...') never counts. Only contact is true: signed with full name from his own address (no phone in the new text). No amount or other facts; ort Degerhamn from the subject line. Tests that a polite 'we will return' followup leaves activity and budget missing.",
            contact_name="Ove Malm",
            contact_email="ove.malm@example.se",
            ort="Degerhamn",
            salary_costs=False,
            physical_investment=False,
        ),
    )


# ================================================================ mails 5128–5130


def m5128() -> None:
    text = """Till landsbygdsutvecklaren

ANSÖKAN - IDÉSLANTEN 2026

Sökande förening: Virserums Bygdeförening
Org.nr: 802265-4092
Antal medlemmar: 64
Om föreningen: Ideell förening som sedan 2009 arbetar för ett levande Virserum, bl.a. med marknadsdagen i augusti och byns anslagstavlor.

Kontaktperson: Yvonne Sjöberg, ordförande
Tel.: 0495-310 07
E-post: yvonne.sjoberg@example.se

Aktivitet: "Virserum grönskar". Lördag 18 april håller vi fröbytardag i Folkets hus med ett föredrag om odling i skogsbygd (inbjuden trädgårdsrådgivare). Söndag 7 juni gör vi en trädgårdsvandring mellan fem privata trädgårdar i samhället som öppnar grindarna för besökare. Till vandringen trycker vi en enkel karta. Målet är att folk ska träffas över generationsgränserna, att nyinflyttade ska lära känna grannar och att Virserum ska synas som en grön och trevlig plats att bo på.

Förankring: Aktiviteten planeras tillsammans med Virserums trädgårdssällskap och PRO Virserum. Fem trädgårdsägare har lovat att hålla öppet. Förslaget antogs på bygdeföreningens årsmöte 8 mars.

Budget:
Föredrag, arvode inkl. resa    3 000 kr
Hyra Folkets hus                1 200 kr
Annonsering                     1 400 kr
Fika båda dagarna               1 300 kr
Tryck av trädgårdskarta         1 500 kr
Summa                           8 400 kr

Sökt belopp: 8 400 kr

Virserum 2026-03-12
Yvonne Sjöberg
"""
    h = std(
        5128,
        addr("Yvonne Sjöberg", "yvonne.sjoberg@example.se", "iso-8859-1"),
        "Ansökan idéslanten - Virserum grönskar",
        date(2026, 3, 13, 9, 10),
        "<001f01dcb2c8$a41e7d90$ec5b78b0$@example.se>",
        extra=[("X-Mailer", "Microsoft Outlook 14.0")],
        charset="iso-8859-1",
    )
    add(
        5128,
        "virserum-gronskar-frobyte",
        h,
        leaf(text, charset="iso-8859-1", cte="base64", qcs=True),
        lab(
            "application",
            "sv",
            "11111",
            "Complete form-like application from Hultsfred municipality (outside the theme area): iso-8859-1 body in base64 and an iso-8859-1 Q-encoded subject and From name. Association with org.nr, 64 members and purpose; contact with phone and e-mail; activity concrete (seed-swap day with a talk on 18 April, garden walk on 7 June with a printed map, aims for the village); anchoring through two co-planning local associations, five garden owners and the annual-meeting decision; budget of five items, total and amount 8 400 kr. Gender not mentioned (women_and_men null). Speaker's fee is not salary.",
            association_name="Virserums Bygdeförening",
            org_number="802265-4092",
            contact_name="Yvonne Sjöberg",
            contact_email="yvonne.sjoberg@example.se",
            contact_phone="0495-310 07",
            members=64,
            ort="Virserum",
            amount_sek=8400,
            salary_costs=False,
            physical_investment=False,
        ),
    )


def m5129() -> None:
    text = """Hej!
Jag skriver för Trekantens föräldranätverk, vi är en förening med 41 betalande medlemmar, mest småbarnsföräldrar som flyttat hit dom senaste åren.

Vi vill att det ska hända mer för barnfamiljer i Trekanten, kanske en familjedag eller nåt liknande, vi har inte bestämt exakt vad än.

I vår facebookgrupp (ca 400 st) gjorde vi en omröstning i februari och 85 röstade för att föreningen ska ordna nåt för familjer i vår. Trekantens IK har sagt att vi får vara på deras plan.

Budget ungefär:
plan 0 kr
hyra hoppborg 2 500
fika 1 500
annonsering 500
= 4 500 kr

Sara Ahmed 076-118 42 07

Skickat från min Galaxy
"""
    h = std(
        5129,
        addr("Sara Ahmed", "sara.ahmed.trekanten@example.com"),
        "Ansökan från Trekantens föräldranätverk",
        date(2026, 3, 16, 21, 14),
        "<CAN4pQw7eJ0x9vRk2=trekanten.familj.Yh5@example.com>",
    )
    add(
        5129,
        "trekanten-foraldranatverk-vag",
        h,
        leaf(text),
        lab(
            "application",
            "sv",
            "11011",
            "Mobile mail (utf-8 8bit, 'Skickat från min Galaxy'). Association named with 41 paying members and who they are; contact Sara Ahmed with phone on one line from her own address. Activity missing: 'kanske en familjedag eller nåt liknande, vi har inte bestämt exakt vad än' gives no what/when/how even though the budget hints at a bouncy castle. Anchoring present: a poll in the village Facebook group (85 votes for) and the local sports club lending its ground. Budget: items with amounts, total 4 500 kr (amount). Facebook group size and votes are not members. Gender not stated (null). The activity is supplied in followup 5138.",
            association_name="Trekantens föräldranätverk",
            contact_name="Sara Ahmed",
            contact_email="sara.ahmed.trekanten@example.com",
            contact_phone="076-118 42 07",
            members=41,
            ort="Trekanten",
            amount_sek=4500,
            salary_costs=False,
            physical_investment=False,
        ),
    )


def m5130() -> None:
    text = """Hej!

Resmo byalag (ca 45 medlemshushåll, vi har funnits sen 70-talet och håller i valborgsbålet och julgransplundringen) vill söka 15000 till en studieresa till någon by som lyckats bra, för att få inspiration. Vi har inte bestämt vart än.

mvh Berit Holmgren
kassör Resmo byalag

--\u0020
Berit Holmgren
0485-302 18
"""
    h = std(
        5130,
        addr("Berit Holmgren", "berit.holmgren@example.se"),
        "studieresa Resmo byalag",
        date(2026, 3, 20, 11, 47),
        "<b8c0e1f2-5a6d-4e7b-9c8d-resmo.0320@example.se>",
        extra=[("User-Agent", "Roundcube Webmail/1.6.9")],
    )
    add(
        5130,
        "resmo-studieresa-kort",
        h,
        leaf(text, flowed=True),
        lab(
            "application",
            "sv",
            "11000",
            "Very short webmail (format=flowed, '-- ' signature separator). Association: named, about 45 member households (members 45), age and what it does. Contact: Berit Holmgren with phone in the signature, own address. Activity missing: a study trip 'till någon by som lyckats bra ... inte bestämt vart än' has no where, when or concrete local purpose. Anchoring missing entirely. Budget missing: '15000' is a bare figure (amount 15000). Three elements missing.",
            association_name="Resmo byalag",
            contact_name="Berit Holmgren",
            contact_email="berit.holmgren@example.se",
            contact_phone="0485-302 18",
            members=45,
            ort="Resmo",
            amount_sek=15000,
            salary_costs=False,
            physical_investment=False,
        ),
    )


# ================================================================ mails 5131–5135


def m5131() -> None:
    rec = receipt(CASE_5123, ["contact", "budget"], variant=1)
    text = f"""Hej,

jag svarar för Halltorps Hembygdsförening eftersom jag är kassör och håller i hantverkskurserna. Kontaktperson blir jag:

Margareta Wik
070-227 15 64
margareta.wik@example.org

Budgeten som skulle ha varit med:

Kursledare, arvode 2 helger x 3 000 kr   6 000 kr
Material (spån, näver, ull)              2 000 kr
Fika till deltagarna                     1 500 kr
Summa                                    9 500 kr

Ursäkta att bilagan föll bort!

Margareta

Den 2026-03-02 kl. 15:19, Idéslanten – Region Kalmar län skrev:
{quote(rec, "> ")}
"""
    h = std(
        5131,
        addr("Margareta Wik", "margareta.wik@example.org"),
        f"Re: Ansökan [Idéslanten {CASE_5123}]",
        date(2026, 3, 23, 20, 11),
        "<9a4d2c71-0e3b-4f6a-b8d5-halltorp.0323@example.org>",
        extra=[
            ("In-Reply-To", receipt_id(CASE_5123)),
            ("References", f"<1772464800000.88213.hembygd@example.org> {receipt_id(CASE_5123)}"),
            ("User-Agent", "Mozilla Thunderbird 128.8.1esr"),
        ],
    )
    add(
        5131,
        "re-halltorp-kontakt-budget",
        h,
        leaf(text, flowed=True),
        lab(
            "followup",
            "sv",
            "01001",
            "Followup to 5123 written from the treasurer's own address (the application came from the shared mailbox) in Thunderbird style ('Den ... skrev:' and '> ' quoting). New text names a contact person with phone and e-mail (contact true) and gives a three-item budget summing to 9 500 kr (budget true, amount 9500). Material such as chips, birch bark and wool is a consumable, not an investment; course leader fees are not salary. The association is only named (association false, association_name recorded).",
            association_name="Halltorps Hembygdsförening",
            contact_name="Margareta Wik",
            contact_email="margareta.wik@example.org",
            contact_phone="070-227 15 64",
            ort="Halltorp",
            amount_sek=9500,
            salary_costs=False,
            physical_investment=False,
        ),
    )


def m5132() -> None:
    text = """Hej!

Eriksmåla Intresseförening vill söka idéslanten. Vi är en ideell förening med 48 medlemmar som jobbar för att göra Eriksmåla till en trevlig plats att bo på, vi har bl.a. hand om lekplatsen och julmarknaden.

Vi vill ordna en "Bruksdag" lördag 9 maj på gamla glasbruksområdet. Dagen börjar med en guidad visning av byns glashistoria, sen har vi en workshop med en landskapsarkitekt där alla som kommer får vara med och rita och tycka om hur området kan bli en park och mötesplats i stället för ett tomt industriområde. Det avslutas med korvgrillning. Förslagen lämnar vi sen till Emmaboda kommun som äger marken.

Vi tror att många kommer att uppskatta det, det har ju pratats om det här länge.

Budgeten ser ni på bilden (tog ett foto på vår lapp), det blir totalt 13 500 kr.

Kontakt: Tomas Berglund, 0471-330 61, tomas.berglund@example.net

Hälsningar
Tomas
"""
    img = png(96, 72, seed=11)
    body = multi(
        "mixed",
        "--=_eriksmala_7d2e90",
        [
            leaf(text, charset="windows-1252", cte="quoted-printable"),
            leaf(img, "image/png", None, "base64", filename="IMG_20260324_1912.png"),
        ],
    )
    h = std(
        5132,
        addr("Tomas Berglund", "tomas.berglund@example.net"),
        "Bruksdag Eriksmåla",
        date(2026, 3, 25, 19, 30),
        "<eriksmala.bruksdag.20260325193002@example.net>",
        extra=[("X-Mailer", "Telia Webbmail")],
        charset="windows-1252",
    )
    add(
        5132,
        "eriksmala-bruksdag-bild",
        h,
        body,
        lab(
            "application",
            "sv",
            "11100",
            "windows-1252 quoted-printable body with the budget only as a photo (PNG, no readable text). Association named with 48 members and tasks; contact Tomas Berglund with phone and e-mail; activity concrete (dated 'Bruksdag': guided tour, workshop with a landscape architect, proposals to the kommun). Anchoring missing: 'Vi tror att många kommer att uppskatta det, det har ju pratats om det här länge' is a hope, not backing. Budget missing: the items are in an unreadable image; only the total 13 500 kr is in the text (amount 13500). Gender not stated (null).",
            association_name="Eriksmåla Intresseförening",
            contact_name="Tomas Berglund",
            contact_email="tomas.berglund@example.net",
            contact_phone="0471-330 61",
            members=48,
            ort="Eriksmåla",
            amount_sek=13500,
            salary_costs=False,
            physical_investment=False,
        ),
    )


def m5133() -> None:
    text = """Hej,
en snabb fråga innan vi skriver ansökan. Kristvalla bygdegårdsförening vill ha en serie musikkvällar i bygdegården till hösten. Kan vi söka idéslanten både för att hyra artister och för att köpa in en högtalaranläggning (ca 8 000 kr) som vi sedan har kvar i bygdegården? Eller räknas det som en investering?

Tack!
Kjell Åberg
Kristvalla bygdegårdsförening
0481-410 93
"""
    h = std(
        5133,
        addr("Kjell Åberg", "kjell.aberg@example.se"),
        "Fråga om högtalare",
        date(2026, 3, 27, 8, 5),
        "<6c2b0f91d4e8a7@example.se>",
    )
    add(
        5133,
        "fraga-kristvalla-hogtalare",
        h,
        leaf(text, cte="quoted-printable"),
        lab(
            "question",
            "sv",
            MACHINE,
            "Short question: may idéslanten pay for hiring artists AND buying a PA system (about 8 000 kr) that stays in the bygdegård? Not an application (no activity dates, no anchoring, no budget), so all elements false. Facts stated: association, contact name, e-mail, phone, ort Kristvalla. The question itself proposes buying equipment, so physical_investment is true; salary_costs null (artists' fees are not wages). 8 000 kr is the price of the item asked about, not an amount applied for (null).",
            association_name="Kristvalla bygdegårdsförening",
            contact_name="Kjell Åberg",
            contact_email="kjell.aberg@example.se",
            contact_phone="0481-410 93",
            ort="Kristvalla",
            physical_investment=True,
        ),
    )


def m5134() -> None:
    text = """Hej!

Det här kom in till kommunens allmänna brevlåda. Jag tror att det hör hemma hos er på regionen och idéslanten snarare än hos oss, så jag skickar det vidare. Jag har inte svarat avsändarna.

Vänliga hälsningar
Jonas Pettersson
Näringslivsutvecklare, Mörbylånga kommun
0485-470 00

---------- Vidarebefordrat meddelande ---------
Från: Gräsgårdsgänget <grasgard.fiskelage@example.com>
Date: lör 28 mars 2026 kl 17:42
Subject: pengar till båthuset
To: <kommun@example.org>


Hej kommunen!

Vi är ett gäng i Gräsgårds fiskeläge, 14 hushåll som bor här året runt, och vi vill rusta upp det gamla båthuset vid hamnen så att det kan bli samlingslokal för byn igen. Nu står det och förfaller och det finns ingen annanstans att ses på vintern. Vi har haft två bystämmor i vinter (i januari och februari) där alla hushåll var med och sa ja, och alla har lovat att ställa upp med arbete på lördagarna i april och maj.

Vi behöver pengar till material:
virke 6 000
färg och linolja 2 000
tjärpapp till taket 3 000
Sammanlagt 11 000 kr.

Hälsningar gänget i Gräsgård
"""
    h = std(
        5134,
        addr("Jonas Pettersson", "jonas.pettersson@example.org"),
        "Fwd: pengar till båthuset",
        date(2026, 3, 30, 8, 52),
        "<CAMq1n7Gf3=forward.grasgard.p0k2@example.org>",
        to=addr("Landsbygdsutvecklare Region Kalmar län", OFFICER),
        extra=[("Cc", addr(BOT_NAME, BOT))],
    )
    add(
        5134,
        "fwd-grasgard-bathuset",
        h,
        leaf(text, cte="quoted-printable"),
        lab(
            "application",
            "sv",
            "00111",
            "A kommun official forwards (Gmail-style 'Vidarebefordrat meddelande') a group's mail sent to the kommun; the forwarded text is the application and counts as the mail's own text. Association missing: 'ett gäng i Gräsgårds fiskeläge' is unnamed; 14 households living there are not a member count (members null). Contact missing: the group signs 'gänget i Gräsgård' from a shared address and the forwarder is a kommun official, not the applicant's contact (contact facts null). Activity concrete (restore the old boathouse as a village meeting room, volunteer Saturdays in April–May); anchoring via two village meetings where all households agreed; budget of three material items, 11 000 kr (amount). Renovation with timber, paint and roofing felt is a physical investment (true).",
            ort="Gräsgård",
            amount_sek=11000,
            salary_costs=False,
            physical_investment=True,
        ),
    )


def m5135() -> None:
    rec = receipt(CASE_5119, ["anchoring", "budget"])
    text = f"""hej igen nu har vi haft möte i skolan 28 mars 19 pers kom o alla tyckte vi skulle köra,länstrafiken kommer 18 april som vi sa
kostnad
matsalen 500 kr
soppa o bröd 1200 kr
annons i tidningen 900 kr
sammanlagt 2600
Roger Lindh

Skickat från Outlook för Android
________________________________
From: Idéslanten – Region Kalmar län <ideslanten@example.se>
Sent: Friday, February 20, 2026 6:03:11 PM
To: rogerlindh62@example.net <rogerlindh62@example.net>
Subject: Re: bidrag flerohopp [Idéslanten {CASE_5119}]

{rec}
"""
    h = std(
        5135,
        addr("Roger Lindh", "rogerlindh62@example.net"),
        f"Re: bidrag flerohopp [Idéslanten {CASE_5119}]",
        date(2026, 4, 2, 12, 17),
        "<DU0P190MB1957E4A2C1B8F07D3E9A6C21B5D40@example.net>",
        extra=[
            ("In-Reply-To", receipt_id(CASE_5119)),
            (
                "References",
                f"<000001dca2b4$9e1f3a20$da5dae60$@example.net> {receipt_id(CASE_5119)}",
            ),
        ],
    )
    add(
        5135,
        "re-flerohopp-mote-kostnad",
        h,
        leaf(text, cte="base64"),
        lab(
            "followup",
            "sv",
            "01011",
            "Followup to 5119 from Outlook for Android (base64 utf-8, English reply header, receipt copied without '>' markers). New text: a meeting at the school on 28 March with 19 people who all backed it (anchoring true) and three cost items summing to 2 600 kr (budget true, amount 2600). Signed with full name from his own address (contact true; no phone in the new text). The copied receipt's 'Lokal förankring' and 'Budget' lines do not count.",
            contact_name="Roger Lindh",
            contact_email="rogerlindh62@example.net",
            ort="Flerohopp",
            amount_sek=2600,
            salary_costs=False,
            physical_investment=False,
        ),
    )


# ================================================================ mails 5136–5138


def m5136() -> None:
    plain = """Delivery has failed to these recipients or groups:

m.devries@example.com
The email address you entered couldn't be found. Please check the recipient's email address and try to resend the message. If the problem continues, please contact your helpdesk.

Diagnostic information for administrators:

Generating server: EX01.example.com

m.devries@example.com
Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'

Original message headers:

Received: from mail.example.se (198.51.100.20) by EX01.example.com
 (198.51.100.31) with Microsoft SMTP Server id 15.2.1544.4; Wed, 8 Apr 2026
 07:31:12 +0000
Subject: SV: Application idéslanten – language café in Gullabo
From: landsbygdsutvecklare@example.se
To: m.devries@example.com
"""
    html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>
<p><b><font color="#000066" size="3" face="Arial">Delivery has failed to these recipients or groups:</font></b></p>
<font color="#000000" size="2" face="Tahoma"><p><a href="mailto:m.devries@example.com">m.devries@example.com</a><br>
The email address you entered couldn't be found. Please check the recipient's email address and try to resend the message.</p></font>
<font color="#808080" size="2" face="Tahoma"><p>Diagnostic information for administrators:</p>
<p>Generating server: EX01.example.com</p>
<p>m.devries@example.com<br>Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'</p></font>
</body></html>
"""
    status = """Reporting-MTA: dns;EX01.example.com
Received-From-MTA: dns;mail.example.se
Arrival-Date: Wed, 8 Apr 2026 07:31:12 +0000

Final-Recipient: rfc822;m.devries@example.com
Action: failed
Status: 5.1.10
Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup
"""
    orig_body = """Hi Maarten,

thank you for the application about the language café. Before I can decide I need the name of your group, or an association that applies on your behalf. Could you send that?

Kind regards
Annika Sandberg
Landsbygdsutvecklare, Region Kalmar län
"""
    orig = message(
        [
            ("From", addr("Landsbygdsutvecklare Region Kalmar län", OFFICER)),
            ("To", "m.devries@example.com"),
            ("Subject", enc_header("SV: Application idéslanten – language café in Gullabo")),
            ("Date", "Wed, 8 Apr 2026 09:31:05 +0200"),
            ("Message-ID", "<officer.20260408.gullabo@example.se>"),
            ("In-Reply-To", "<c0ffee51-7a2b-4d0e-9a55-gullabo.5107@example.com>"),
            ("References", "<c0ffee51-7a2b-4d0e-9a55-gullabo.5107@example.com>"),
        ],
        leaf(orig_body, cte="quoted-printable"),
    )
    body = multi(
        "report",
        "_000_ndr_EX01_20260408073113_gullabo_",
        [
            multi(
                "alternative",
                "_001_ndr_EX01_20260408073113_gullabo_",
                [
                    leaf(plain, cte="quoted-printable", qcs=True),
                    leaf(html, "text/html", cte="quoted-printable", qcs=True),
                ],
            ),
            leaf(status, "message/delivery-status", None, "7bit"),
            b"Content-Type: message/rfc822\n\n" + orig,
        ],
        extra="report-type=delivery-status",
    )
    h = [
        ("From", addr("Microsoft Outlook", "postmaster@example.com")),
        ("To", OFFICER),
        (
            "Subject",
            enc_header("Undeliverable: SV: Application idéslanten – language café in Gullabo"),
        ),
        ("Date", "Wed, 8 Apr 2026 07:31:13 +0000"),
        ("Message-ID", "<ndr.8c1e4a7f-2b3d-4e5f-9a0b-1c2d3e4f5a6b@example.com>"),
        ("In-Reply-To", "<officer.20260408.gullabo@example.se>"),
        ("References", "<officer.20260408.gullabo@example.se>"),
        ("Auto-Submitted", "auto-replied"),
        ("X-MS-Exchange-Message-Is-Ndr", ""),
        ("Content-Language", "en-US"),
    ]
    add(
        5136,
        "bounce-gullabo-recipient-not-found",
        h,
        body,
        lab(
            "bounce",
            "en",
            MACHINE,
            "Exchange-style non-delivery report: multipart/report with a text/HTML alternative, message/delivery-status (5.1.10 recipient not found) and the whole returned message as message/rfc822. The officer had mistyped Maarten's address when asking about the group name for application 5107 (its Message-ID is in the returned message's References). The returned message mentions the grant and an association, but this is machine mail: all elements false, all facts null.",
        ),
    )


def m5137() -> None:
    text = """Hej!

Sorry för min svenska, jag blandar lite. Jag är sekreterare i Kvilla Byalag – vi är 52 medlemmar, mest familjer runt Kvilla kyrka och gamla mejeriet. Byalaget startade 2011 och har hand om midsommarstången och vägbelysningen på byvägen.

Vi vill starta "Kvilla Kafé": tre lördagar i maj (9, 16 och 23 maj) i gamla skolan, kl 10–13. Kaffe, ett litet torg för lokala grönsaker och hantverk, och varje gång ett kort föredrag – om frågan om en byaffär, om fiber, och om bussen. The idea is that people who never meet each other – newcomers like me and people whose families have lived here for generations – finally sit at the same table and start planning what the village needs.

Förankring: på byastämman 1 april kom 40 personer och röstade ja, och Kvilla hembygdsförening lånar ut skolan gratis. Tio personer har skrivit upp sig för att baka.

Budget: we are still getting prices for the talks, so the budget kommer senare – jag tror runt 9 000 kr.

Kontakt: Fiona Grant, 070-519 38 24, fiona.grant@example.com

Tack så mycket!
Fiona
"""
    h = std(
        5137,
        addr("Fiona Grant", "fiona.grant@example.com"),
        "Kvilla Kafé – ansökan idéslanten",
        date(2026, 4, 14, 17, 26),
        "<0101018f2c3d4e5f-kvilla-cafe-000000@example.com>",
        extra=[("X-Mailer", "Yahoo Mail Android")],
    )
    add(
        5137,
        "kvilla-kafe-blandat-sprak",
        h,
        leaf(text, cte="quoted-printable"),
        lab(
            "application",
            "sv",
            "11110",
            "Swedish–English mixed mail from a British newcomer (mostly Swedish, so sv). Association named with 52 members, founding year and tasks; contact with phone and e-mail; activity concrete (three dated Saturday cafés in the old school with market and talks, purpose of bringing old and new residents together); anchoring via the byastämma on 1 April (40 present, voted yes), the hembygdsförening lending the school and ten volunteer bakers. Budget missing: 'the budget kommer senare – jag tror runt 9 000 kr' is a promise plus one rough figure (amount 9000). Gender not stated (null).",
            association_name="Kvilla Byalag",
            contact_name="Fiona Grant",
            contact_email="fiona.grant@example.com",
            contact_phone="070-519 38 24",
            members=52,
            ort="Kvilla",
            amount_sek=9000,
            salary_costs=False,
            physical_investment=False,
        ),
    )


def m5138() -> None:
    rec = receipt(CASE_5129, ["activity"])
    new = """Hej igen, förlåt att det dröjt!

Nu har vi bestämt oss: Familjedag lördag 30 maj kl 11–15 på Trekantens IK:s plan. Det blir hoppborg för de minsta, en tipspromenad med frågor om Trekantens historia som hembygdsföreningen hjälper oss att göra, korvgrillning och ett "välkommen hit"-bord där nyinflyttade familjer kan träffa andra föräldrar och få veta vilka föreningar och aktiviteter som finns i byn. Målet är att nya familjer ska lära känna varandra och bygden, så att de stannar och vill engagera sig.

/Sara Ahmed
"""
    quoted = f"""On Mon, 16 Mar 2026 at 21:15, Idéslanten – Region Kalmar län <ideslanten@example.se> wrote:

{quote(rec, "> ")}
"""
    text = new + "\n" + quoted
    esc = new.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")
    html = (
        '<div dir="ltr">'
        + esc.replace("\n\n", '</div><div dir="ltr"><br></div><div dir="ltr">').replace("\n", "")
        + "</div><br>\n"
        '<div class="gmail_quote"><div dir="ltr" class="gmail_attr">On Mon, 16 Mar 2026 at 21:15, Idéslanten – Region Kalmar län &lt;<a href="mailto:ideslanten@example.se">ideslanten@example.se</a>&gt; wrote:<br></div>'
        '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">'
        + rec.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\n", "<br>\n")
        + "</blockquote></div>\n"
    )
    h = std(
        5138,
        addr("Sara Ahmed", "sara.ahmed.trekanten@example.com"),
        f"Re: Ansökan från Trekantens föräldranätverk [Idéslanten {CASE_5129}]",
        date(2026, 4, 20, 13, 2),
        "<CAN4pQw7eJ0x9vRk2=trekanten.svar.Mq8@example.com>",
        extra=[
            ("In-Reply-To", receipt_id(CASE_5129)),
            (
                "References",
                f"<CAN4pQw7eJ0x9vRk2=trekanten.familj.Yh5@example.com> {receipt_id(CASE_5129)}",
            ),
        ],
    )
    body = multi(
        "alternative",
        "000000000000f1e2d30649c4a7b2",
        [leaf(text, cte="quoted-printable"), leaf(html, "text/html", cte="quoted-printable")],
    )
    add(
        5138,
        "re-trekanten-familjedag",
        h,
        body,
        lab(
            "followup",
            "sv",
            "01100",
            "Followup to 5129 in Gmail style (English client attribution 'On ... wrote:', '>' quoting in text, blockquote in HTML). New text supplies the missing activity: a family day on 30 May at the sports ground with named parts and a clear aim for newcomers (activity true). Signed '/Sara Ahmed' with full name from her own address (contact true, no phone in the new text). Nothing else repeated; no amount.",
            contact_name="Sara Ahmed",
            contact_email="sara.ahmed.trekanten@example.com",
            ort="Trekanten",
            salary_costs=False,
            physical_investment=False,
        ),
    )


# ================================================================ mails 5139–5140


def m5139() -> None:
    text = """Hej!

Vickleby byalag ansöker om idéslanten 2026.

Om byalaget: Vickleby byalag, org.nr 817603-1246, är en ideell förening för alla som bor eller har fritidshus i Vickleby socken. Vi har 52 medlemmar och ordnar bl.a. valborgsfirande och städdagen vid badplatsen.

Vad vi vill göra: Vi vill stärka gemenskapen och utveckla bygden genom olika träffar under året för alla åldrar, kvinnor och män. Det finns stort intresse för att göra mer tillsammans.

Förankring: Beslutet togs på årsmötet den 15 mars där 31 medlemmar deltog. Vi samarbetar med Vickleby hembygdsförening och Vickleby IF, som båda har lovat att hjälpa till med planering och fika.

Budget:
Lokalhyra, 4 tillfällen à 800 kr – 3 200 kr
Föreläsare och underhållning – 4 000 kr
Fika – 1 800 kr
Annonsering – 1 000 kr
Totalt – 10 000 kr

Med vänliga hälsningar
Styrelsen för Vickleby byalag
"""
    html = (
        '<html><body style="font-family:Arial;font-size:13px">\n'
        + "".join(
            "<p>" + p.replace("\n", "<br>\n") + "</p>\n" for p in text.strip("\n").split("\n\n")
        )
        + "</body></html>\n"
    )
    body = multi(
        "alternative",
        "b1_8f0e9d7c6b5a4f3e2d1c0b9a8f7e6d5c",
        [leaf(text, cte="quoted-printable"), leaf(html, "text/html", cte="base64")],
    )
    h = std(
        5139,
        addr("Vickleby byalag", "byalaget.vickleby@example.org"),
        "Ansökan idéslanten 2026 – Vickleby byalag",
        date(2026, 4, 27, 10, 58),
        "<b18f0e9d7c6b5a4f3e2d1c0b9a8f7e6d5c@example.org>",
        extra=[("X-Mailer", "PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)")],
    )
    add(
        5139,
        "vickleby-byalag-vag-styrelsen",
        h,
        body,
        lab(
            "application",
            "sv",
            "10011",
            "Well-structured application (multipart/alternative: QP text, base64 HTML) from the byalag's shared mailbox signed 'Styrelsen för Vickleby byalag': no named contact (contact false, facts null). Association with org.nr, 52 members and activities. Activity missing: 'stärka gemenskapen och utveckla bygden genom olika träffar under året' is a vague wish despite the tidy headings. Anchoring present (annual-meeting decision with 31 present, two local associations helping). Budget of four items, total 10 000 kr (amount). 'kvinnor och män' gives women_and_men true. Tests that good layout does not make a vague activity concrete.",
            association_name="Vickleby byalag",
            org_number="817603-1246",
            members=52,
            ort="Vickleby",
            amount_sek=10000,
            women_and_men=True,
            salary_costs=False,
            physical_investment=False,
        ),
    )


def m5140() -> None:
    text = """Hej!! 🚲

Vi är 12 stycken tjejer och killar i Lindås mellan 15 och 19 år som vill göra nåt så att det händer grejer i byn i stället för att alla bara åker till Emmaboda eller Kalmar. Vi har inget namn på gruppen än haha.

Vår idé: "Lindås rullar" – en cykeldag lördag 23 maj. Vi startar vid bygdegården kl 10 och cyklar en slinga på ca 15 km på grusvägarna runt sjöarna, med en tipsrunda om byn längs vägen. Vid bygdegården har vi fika och en cykelverkstad där alla kan få hjälp att laga sina cyklar inför sommaren. Vi vill visa att unga faktiskt vill bo kvar här och att det finns fina saker att göra.

Lindås IF lånar ut sitt tält och bygdegårdsföreningen lånar ut lokalen gratis. 8 vuxna i byn har lovat att vara funktionärer längs slingan, och vi har pratat med fritidsgården i Emmaboda som gör affischer med oss.

Budget:
Fika 1 500 kr
Priser till tipsrundan 800 kr
Reservdelar och lappar till cykelverkstaden 1 200 kr
Affischer 400 kr
Totalt 3 900 kr

Ella Persson
072-884 17 30
"""
    h = std(
        5140,
        addr("Ella Persson", "ella.persson09@example.com"),
        "cykeldag i Lindås!!",
        date(2026, 5, 6, 16, 40),
        "<F7C2A91E-4B3D-4E8A-9F10-lindas.cykel@example.com>",
        extra=[("X-Mailer", "iPhone Mail (22E240)")],
    )
    add(
        5140,
        "lindas-cykeldag-ungdomar",
        h,
        leaf(text, cte="quoted-printable"),
        lab(
            "application",
            "sv",
            "01111",
            "Teenagers' application with an emoji (quoted-printable utf-8). Association missing: 12 young people who say they have no name for the group yet ('12 stycken', read as members 12). Contact: Ella Persson with phone from her own address. Activity concrete (cycling day 23 May, route, quiz, bike repair corner, aim of showing young people want to stay). Anchoring: the sports club and bygdegårdsförening lend tent and hall, eight adult volunteers, cooperation with the youth centre. Budget: four items, 3 900 kr (amount). Spare parts are consumables, not an investment. 'tjejer och killar' gives women_and_men true.",
            contact_name="Ella Persson",
            contact_email="ella.persson09@example.com",
            contact_phone="072-884 17 30",
            members=12,
            ort="Lindås",
            amount_sek=3900,
            women_and_men=True,
            salary_costs=False,
            physical_investment=False,
        ),
    )


# ================================================================ check and main

ALLOWED_DOMAINS = {"example.se", "example.com", "example.org", "example.net"}
ADDR_RE = re.compile(r"[A-Za-z0-9._%+\-]+@([A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)+)")
ORG_RE = re.compile(r"^\d{6}-\d{4}$")
DELIBERATELY_MALFORMED: set[str] = set()


def luhn_ok(org: str) -> bool:
    digits = [int(c) for c in org if c.isdigit()]
    total = 0
    for i, d in enumerate(digits):
        d = d * 2 if i % 2 == 0 else d
        total += d // 10 + d % 10
    return len(digits) == 10 and total % 10 == 0


def _texts(msg) -> list[str]:
    """All readable text of a message: text parts plus the XML/PDF text of attachments."""
    out = []
    for part in msg.walk():
        if part.is_multipart():
            continue
        ct = part.get_content_type()
        if ct.startswith("text/"):
            out.append(part.get_content())
        elif ct.startswith("message/"):
            out.append(str(part.get_payload()))
        else:
            data = part.get_payload(decode=True) or b""
            if data[:2] == b"PK":
                with zipfile.ZipFile(io.BytesIO(data)) as z:
                    for n in z.namelist():
                        out.append(z.read(n).decode("utf-8"))
            elif data[:4] == b"%PDF":
                out.append(data.decode("latin-1"))
    return out


def check() -> None:
    files = sorted(p.name for p in OUT.glob("*.eml"))
    labels = json.loads((OUT / "labels.json").read_text(encoding="utf-8"))
    assert files == sorted(labels), "labels.json keys differ from files"
    msgs = {}
    for name in files:
        raw = (OUT / name).read_bytes()
        assert b"\r" not in raw, f"{name}: CR in file"
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        msgs[name] = msg
        defects = []
        for part in msg.walk():
            defects += part.defects
            for k in part.keys():
                for v in part.get_all(k):
                    defects += getattr(v, "defects", [])
        if name not in DELIBERATELY_MALFORMED:
            assert not defects, f"{name}: defects {defects}"
            texts = _texts(msg)
        else:
            texts = []
        for blob in [raw.decode("latin-1")] + texts:
            for m in ADDR_RE.finditer(blob):
                assert m.group(1).lower() in ALLOWED_DOMAINS, (
                    f"{name}: foreign address {m.group(0)}"
                )
    kinds = {"application", "followup", "question", "autoreply", "bounce", "newsletter", "spam"}
    for name, lab_ in labels.items():
        assert set(lab_) == {"kind", "language", "elements", "facts", "notes"}, name
        assert lab_["kind"] in kinds and lab_["language"] in ("sv", "en"), name
        assert list(lab_["elements"]) == ELEM_KEYS and all(
            isinstance(v, bool) for v in lab_["elements"].values()
        ), name
        assert list(lab_["facts"]) == FACT_KEYS, name
        assert isinstance(lab_["notes"], str) and len(lab_["notes"]) > 40, name
        f = lab_["facts"]
        if f["org_number"] is not None:
            assert ORG_RE.match(f["org_number"]) and luhn_ok(f["org_number"]), (
                f"{name}: org {f['org_number']}"
            )
        if lab_["kind"] not in ("application", "followup"):
            assert not any(lab_["elements"].values()), name
        if lab_["kind"] in ("application", "followup"):
            assert isinstance(f["salary_costs"], bool) and isinstance(
                f["physical_investment"], bool
            ), name
        if lab_["kind"] in ("autoreply", "bounce", "newsletter", "spam"):
            assert all(v is None for v in f.values()), name
        if f["contact_email"]:
            assert f["contact_email"].split("@")[1] in ALLOWED_DOMAINS, name
    # numbering follows Date order
    stamps = [(name, email.utils.parsedate_to_datetime(str(msgs[name]["Date"]))) for name in files]
    for (a, da), (b, db) in zip(stamps, stamps[1:], strict=False):
        assert da < db, f"Date order: {a} {da} !< {b} {db}"
    # followups thread to an application in this folder
    app_ids = {
        str(msgs[n]["Message-ID"]).strip(): n for n in files if labels[n]["kind"] == "application"
    }
    for name in files:
        if labels[name]["kind"] != "followup":
            continue
        msg = msgs[name]
        subj = str(msg["Subject"])
        assert re.match(r"^(Re|RE|SV|Sv|Svar|AW):", subj), f"{name}: subject {subj}"
        refs = str(msg.get("References", "")).split()
        irt = str(msg.get("In-Reply-To", "")).strip()
        apps = [r for r in refs + [irt] if r in app_ids]
        assert apps, f"{name}: no application in References/In-Reply-To"
        assert all(app_ids[a] < name for a in apps), name
        assert irt in app_ids or (irt.startswith("<kvitto.") and apps), f"{name}: In-Reply-To {irt}"
    counts: dict[str, int] = {}
    for lab_ in labels.values():
        counts[lab_["kind"]] = counts.get(lab_["kind"], 0) + 1
    print(f"check ok: {len(files)} mails", counts)


def main() -> None:
    for fn in sorted(
        (v for k, v in globals().items() if re.fullmatch(r"m\d{4}", k)), key=lambda f: f.__name__
    ):
        fn()
    OUT.mkdir(parents=True, exist_ok=True)
    for old in OUT.glob("*.eml"):
        old.unlink()
    names = [n for n, _ in MAILS]
    assert len(names) == len(set(names))
    for name, data in MAILS:
        (OUT / name).write_bytes(data)
    (OUT / "labels.json").write_text(
        json.dumps(LABELS, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
    )
    check()


if __name__ == "__main__":
    sys.exit(main())
