"""Development corpus own21 – "the northern archipelago and Tjust".

Forty entirely fictional e-mails (files 2801–2840) of the kind that reach the rural development
officer of Region Kalmar län about the micro-grant "regional bygdepeng – idéslanten", set in the
Västervik archipelago, Tjust and the villages and islands of Oskarshamn: island communities
without road connection, fishermen, boat clubs, summer residents, a school threatened with
closure, tourism entrepreneurs (who are not associations) and writers who mix in English.

Mix: 24 applications (8 complete), 6 threaded followups, 3 questions, 2 autoreplies (one without
any automation header), 1 bounce, 2 newsletters and 2 spam mails, with labels in labels.json
following /work/shared/corpus/README.md.

Regenerate (byte-identical on every run, stdlib only):

    /work/main/.venv/bin/python tests/data/tools/make_own21.py

The script writes tests/data/own21/NNNN-slug.eml and labels.json and then checks its own output.
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
import sys
import zipfile
import zlib
from datetime import datetime, timedelta, timezone
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "own21"

BOT = ("Idéslanten – Region Kalmar län", "ideslanten@example.se")
OFFICER = ("Karin Lövgren", "landsbygdsutvecklare@example.se")

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

# --------------------------------------------------------------------------- helpers


def org(stem: str) -> str:
    """Complete a nine-digit stem "NNNNNN-NNN" with its Luhn check digit."""
    digits = stem.replace("-", "")
    assert len(digits) == 9, stem
    total = 0
    for i, ch in enumerate(digits):
        n = int(ch) * (2 if i % 2 == 0 else 1)
        total += n - 9 if n > 9 else n
    check = (10 - total % 10) % 10
    return f"{digits[:6]}-{digits[6:]}{check}"


def luhn_ok(number: str) -> bool:
    digits = number.replace("-", "")
    total = 0
    for i, ch in enumerate(digits):
        n = int(ch) * (2 if i % 2 == 0 else 1)
        total += n - 9 if n > 9 else n
    return total % 10 == 0


def date(month: int, day: int, hour: int, minute: int, second: int = 0) -> str:
    """RFC 5322 date in Swedish local time (CEST from 29 March 2026)."""
    summer = (month, day) >= (3, 29) and (month, day) < (10, 25)
    tz = timezone(timedelta(hours=2 if summer else 1))
    return email.utils.format_datetime(datetime(2026, month, day, hour, minute, second, tzinfo=tz))


def _ew1(text: str, charset: str, enc: str) -> str:
    raw = text.encode(charset)
    if enc == "B":
        return f"=?{charset}?B?{base64.b64encode(raw).decode()}?="
    out = []
    for b in raw:
        ch = chr(b)
        if ch == " ":
            out.append("_")
        elif ch.isalnum() and b < 128:
            out.append(ch)
        else:
            out.append(f"={b:02X}")
    return f"=?{charset}?Q?{''.join(out)}?="


def ew(text: str, charset: str = "utf-8", enc: str = "B") -> str:
    """RFC 2047 encoded words (or plain text when ASCII), folded so no word exceeds 75 chars."""
    if all(ord(c) < 128 for c in text):
        return text
    size = 30 if enc == "B" else 18
    chunks = [text[i : i + size] for i in range(0, len(text), size)]
    return "\n ".join(_ew1(c, charset, enc) for c in chunks)


def addr(name: str | None, mail: str, charset: str = "utf-8", enc: str = "B") -> str:
    if not name:
        return mail
    if all(ord(c) < 128 for c in name):
        if re.search(r"[,.;:()<>@\"]", name):
            return f'"{name}" <{mail}>'
        return f"{name} <{mail}>"
    return f"{ew(name, charset, enc)} <{mail}>"


class Part:
    """A MIME entity: header lines and a body (bytes)."""

    def __init__(self, headers: list[str], body: bytes):
        self.headers = headers
        self.body = body

    def render(self) -> bytes:
        head = "".join(h + "\n" for h in self.headers).encode("ascii")
        return head + b"\n" + self.body


def encode_body(text: str, charset: str, cte: str) -> bytes:
    if charset.lower() in ("iso-8859-1", "latin-1", "us-ascii", "ascii"):
        text = text.replace("–", "-")  # Latin-1 writers type a plain hyphen
    raw = text.encode(charset)
    if cte in ("8bit", "7bit"):
        return raw if raw.endswith(b"\n") else raw + b"\n"
    if cte == "quoted-printable":
        return quopri.encodestring(raw, quotetabs=False)
    if cte == "base64":
        return base64.encodebytes(raw)
    raise ValueError(cte)


def text(
    body: str,
    subtype: str = "plain",
    charset: str | None = "utf-8",
    cte: str = "8bit",
    extra: tuple[str, ...] = (),
) -> Part:
    ctype = f"text/{subtype}"
    if charset:
        ctype += f'; charset="{charset}"'
    cs = charset or "iso-8859-1"  # no charset parameter: the body is still Latin-1 bytes
    headers = [f"Content-Type: {ctype}", f"Content-Transfer-Encoding: {cte}", *extra]
    return Part(headers, encode_body(body, cs, cte))


def attachment(filename: str, ctype: str, data: bytes, inline: bool = False) -> Part:
    if all(ord(c) < 128 for c in filename):
        fn = f'filename="{filename}"'
        nm = f'name="{filename}"'
    else:
        enc = ew(filename)
        fn = f'filename="{enc}"'
        nm = f'name="{enc}"'
    disp = "inline" if inline else "attachment"
    headers = [
        f"Content-Type: {ctype}; {nm}",
        "Content-Transfer-Encoding: base64",
        f"Content-Disposition: {disp}; {fn}",
    ]
    return Part(headers, base64.encodebytes(data))


def multipart(
    subtype: str, boundary: str, parts: list[Part], extra_params: str = "", preamble: str = ""
) -> Part:
    out = b""
    if preamble:
        out += preamble.encode("ascii") + b"\n"
    for p in parts:
        out += b"--" + boundary.encode() + b"\n" + p.render()
        if not out.endswith(b"\n"):
            out += b"\n"
    out += b"--" + boundary.encode() + b"--\n"
    return Part([f'Content-Type: multipart/{subtype}; boundary="{boundary}"{extra_params}'], out)


def message(headers: list[tuple[str, str]], body: Part, mime_version: bool = True) -> bytes:
    lines = [f"{k}: {v}" for k, v in headers]
    if mime_version:
        lines.append("MIME-Version: 1.0")
    return "".join(line + "\n" for line in lines).encode("ascii") + body.render()


def quote(txt: str, prefix: str = "> ") -> str:
    return "\n".join(
        (prefix + line).rstrip() if line else prefix.rstrip() for line in txt.split("\n")
    )


# --------------------------------------------------------------------------- documents

ZIP_DATE = (2026, 1, 1, 0, 0, 0)


def _zip(files: list[tuple[str, str]]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        for name, content in files:
            info = zipfile.ZipInfo(name, date_time=ZIP_DATE)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            zf.writestr(info, content.encode("utf-8"))
    return buf.getvalue()


def _x(s: str) -> str:
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


def docx(paragraphs: list[str]) -> bytes:
    """Minimal .docx; a paragraph starting with '# ' is bold, tabs separate table-like columns."""
    body = []
    for p in paragraphs:
        if p.startswith("# "):
            body.append(
                f'<w:p><w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">{_x(p[2:])}</w:t></w:r></w:p>'
            )
        else:
            runs = []
            for i, chunk in enumerate(p.split("\t")):
                if i:
                    runs.append("<w:r><w:tab/></w:r>")
                runs.append(f'<w:r><w:t xml:space="preserve">{_x(chunk)}</w:t></w:r>')
            body.append(f"<w:p>{''.join(runs)}</w:p>")
    document = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
        f"<w:body>{''.join(body)}</w:body></w:document>"
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
        [("[Content_Types].xml", ctypes), ("_rels/.rels", rels), ("word/document.xml", document)]
    )


def _col(i: int) -> str:
    return "ABCDEFGHIJ"[i]


def xlsx(rows: list[list[object]], sheet: str = "Budget") -> bytes:
    """Minimal .xlsx with inline strings and numbers."""
    xml_rows = []
    for r, row in enumerate(rows, start=1):
        cells = []
        for c, val in enumerate(row):
            ref = f"{_col(c)}{r}"
            if val is None or val == "":
                continue
            if isinstance(val, (int, float)):
                cells.append(f'<c r="{ref}"><v>{val}</v></c>')
            else:
                cells.append(f'<c r="{ref}" t="inlineStr"><is><t>{_x(str(val))}</t></is></c>')
        xml_rows.append(f'<row r="{r}">{"".join(cells)}</row>')
    sheet_xml = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
        f"<sheetData>{''.join(xml_rows)}</sheetData></worksheet>"
    )
    workbook = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
        'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
        f'<sheets><sheet name="{_x(sheet)}" sheetId="1" r:id="rId1"/></sheets></workbook>'
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
            ("xl/workbook.xml", workbook),
            ("xl/_rels/workbook.xml.rels", wb_rels),
            ("xl/worksheets/sheet1.xml", sheet_xml),
        ]
    )


def _pdf_str(s: str) -> str:
    out = []
    for b in s.encode("cp1252"):
        ch = chr(b)
        if ch in "()\\":
            out.append("\\" + ch)
        elif b < 32 or b > 126:
            out.append(f"\\{b:03o}")
        else:
            out.append(ch)
    return "".join(out)


def pdf(lines: list[str], compress: bool = False) -> bytes:
    """One-page PDF, Helvetica/WinAnsi, text extractable. '# ' lines are set larger."""
    ops = ["BT", "/F1 11 Tf", "14 TL", "56 790 Td"]
    for line in lines:
        if line.startswith("# "):
            ops += ["/F1 14 Tf", f"({_pdf_str(line[2:])}) Tj", "T*", "/F1 11 Tf"]
        else:
            ops += [f"({_pdf_str(line)}) Tj", "T*"]
    ops.append("ET")
    stream = "\n".join(ops).encode("latin-1")
    if compress:
        stream = zlib.compress(stream, 9)
        sdict = f"<< /Length {len(stream)} /Filter /FlateDecode >>"
    else:
        sdict = f"<< /Length {len(stream)} >>"
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        sdict.encode() + b"\nstream\n" + stream + b"\nendstream",
    ]
    out = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"
    offsets = []
    for i, o in enumerate(objs, start=1):
        offsets.append(len(out))
        out += f"{i} 0 obj\n".encode() + o + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode()
    for off in offsets:
        out += f"{off:010d} 00000 n \n".encode()
    out += f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return out


def png(width: int, height: int, seed: int = 7) -> bytes:
    """Small greyish PNG (a blurry 'photo' nobody can read)."""
    rows = []
    v = seed
    for y in range(height):
        row = bytearray([0])
        for x in range(width):
            v = (v * 1103515245 + 12345) & 0x7FFFFFFF
            base = 200 - (20 if (y // 4) % 3 == 0 and 4 < x < width - 4 else 0)
            g = max(0, min(255, base + (v >> 16) % 24 - 12))
            row += bytes([g, g, max(0, g - 10)])
        rows.append(bytes(row))
    raw = b"".join(rows)

    def chunk(tag: bytes, data: bytes) -> bytes:
        return len(data).to_bytes(4, "big") + tag + data + zlib.crc32(tag + data).to_bytes(4, "big")

    ihdr = width.to_bytes(4, "big") + height.to_bytes(4, "big") + bytes([8, 2, 0, 0, 0])
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", ihdr)
        + chunk(b"IDAT", zlib.compress(raw, 9))
        + chunk(b"IEND", b"")
    )


# --------------------------------------------------------------------------- bot receipt

GUIDE = {
    "association": "Uppgifter om föreningen/gruppen: namn och några rader om vilka ni är (gärna org.nr och antal medlemmar).",
    "contact": "Kontaktperson: namn och e-post eller telefon till den som vi kan kontakta.",
    "activity": "Aktiviteten: vad ni ska göra, när och hur det bidrar till utvecklingen i bygden.",
    "anchoring": "Lokal förankring: hur idén är förankrad i byn, t.ex. byamöte, enkät eller samarbete med andra lokala föreningar.",
    "budget": "Budget: en översiktlig budget med kostnadsposter och belopp.",
}
LABEL_SV = {
    "association": "Förening/grupp",
    "contact": "Kontaktperson",
    "activity": "Aktivitet",
    "anchoring": "Lokal förankring",
    "budget": "Budget",
}


def receipt(nr: str, missing: list[str], variant: int = 0) -> str:
    lines = []
    if variant == 0:
        lines.append("Hej!")
        lines.append("")
        lines.append(
            f"Tack för er ansökan om idéslanten! Vi har tagit emot den och gett den ärendenummer {nr}."
        )
        lines.append("")
        lines.append("Vi saknar följande i er ansökan:")
        for m in missing:
            lines.append(f"– {LABEL_SV[m]}: {GUIDE[m].split(': ', 1)[1]}")
        lines.append("")
        lines.append(
            "Svara gärna på det här mejlet med det som saknas, så kompletterar vi ärendet."
        )
    else:
        lines.append("Hej och tack för ert mejl!")
        lines.append("")
        lines.append(
            f"Er ansökan om regional bygdepeng – idéslanten är registrerad med ärendenummer {nr}."
        )
        lines.append("För att vi ska kunna pröva den behöver vi också:")
        lines.append("")
        for m in missing:
            lines.append(f"  * {GUIDE[m]}")
        lines.append("")
        lines.append(
            "Det räcker att ni svarar på detta mejl – behåll gärna ärendenumret i ämnesraden."
        )
    lines.append("")
    lines.append("Vänliga hälsningar")
    lines.append("Idéslanten – Region Kalmar län")
    lines.append("(Detta är ett automatiskt svar.)")
    return "\n".join(lines)


def receipt_mid(nr: str) -> str:
    return f"<kvitto-{nr}@example.se>"


# --------------------------------------------------------------------------- labels

MAILS: list[tuple[str, bytes, dict]] = []


def label(kind: str, lang: str, el: str, notes: str, **facts: object) -> dict:
    assert len(el) == 5 and set(el) <= {"0", "1"}, el
    f = {k: None for k in FACTS}
    if kind in ("application", "followup"):
        f["salary_costs"] = False
        f["physical_investment"] = False
    for k, v in facts.items():
        assert k in FACTS, k
        f[k] = v
    return {
        "kind": kind,
        "language": lang,
        "elements": {name: el[i] == "1" for i, name in enumerate(ELEMENTS)},
        "facts": f,
        "notes": notes,
    }


def add(num: int, slug: str, raw: bytes, lab: dict) -> None:
    MAILS.append((f"{num}-{slug}.eml", raw, lab))


def mid(num: int, tag: str, domain: str = "example.com") -> str:
    return f"<{tag}.{num}@{domain}>"


MID: dict[int, str] = {}
SUBJ: dict[int, str] = {}
# the bot's case numbers for the applications that get followups, autoreplies or bounces
RNR = {
    2803: "2026-0014",
    2805: "2026-0019",
    2808: "2026-0026",
    2812: "2026-0033",
    2813: "2026-0035",
    2823: "2026-0052",
    2825: "2026-0057",
}


# --------------------------------------------------------------------------- mails 2801–2808


def batch1() -> None:
    # 2801 newsletter
    n = 2801
    txt = """SKÄRGÅRDSNYTT – januari 2026
Nyhetsbrev från Västerviks Skärgårdsråd

Gott nytt år, alla öbor och vänner av skärgården!

* Vinterturlistan för skärgårdsbåtarna gäller till 31 mars. Tänk på att turen till Hasselö och Idö
  kan ställas in vid isläggning – följ trafikinformationen.
* Öbornas stämma hålls i Loftahammar lördag 14 mars. Anmälan senast 1 mars.
* Tips: Region Kalmar län har öppnat idéslanten för 2026. Föreningar kan söka upp till 15 000 kr
  per ort för små utvecklingsinsatser. Läs mer på regionens webb.
* Sommarens skärgårdsmarknad i Flatvarp söker fler utställare.

Vi hörs i februari!
Redaktionen

Du får det här mejlet för att du anmält dig till Skärgårdsnytt.
Avsluta prenumerationen: https://example.org/skargardsnytt/avsluta?id=88120
"""
    html = """<html><body style="font-family:Georgia,serif">
<h1 style="color:#1d4e89">SKÄRGÅRDSNYTT – januari 2026</h1>
<p><i>Nyhetsbrev från Västerviks Skärgårdsråd</i></p>
<p>Gott nytt år, alla öbor och vänner av skärgården!</p>
<ul>
<li>Vinterturlistan för skärgårdsbåtarna gäller till 31 mars. Tänk på att turen till Hasselö och Idö kan ställas in vid isläggning – följ trafikinformationen.</li>
<li>Öbornas stämma hålls i Loftahammar lördag 14 mars. Anmälan senast 1 mars.</li>
<li><b>Tips:</b> Region Kalmar län har öppnat idéslanten för 2026. Föreningar kan söka upp till 15 000 kr per ort för små utvecklingsinsatser.</li>
<li>Sommarens skärgårdsmarknad i Flatvarp söker fler utställare.</li>
</ul>
<p>Vi hörs i februari!<br>Redaktionen</p>
<p style="font-size:10px;color:#777">Du får det här mejlet för att du anmält dig till Skärgårdsnytt.
<a href="https://example.org/skargardsnytt/avsluta?id=88120">Avsluta prenumerationen</a></p>
</body></html>
"""
    body = multipart(
        "alternative",
        "=_sknytt_2026_01_a7",
        [text(txt, cte="quoted-printable"), text(html, "html", cte="quoted-printable")],
    )
    raw = message(
        [
            ("From", addr("Skärgårdsnytt", "nyhetsbrev@example.org")),
            ("To", addr(*OFFICER)),
            ("Subject", ew("Skärgårdsnytt januari: vinterturlista, öbornas stämma och idéslanten")),
            ("Date", date(1, 8, 7, 30)),
            ("Message-ID", mid(n, "sknytt-2026-01.88120", "example.org")),
            ("List-Id", "Skargardsnytt <skargardsnytt.example.org>"),
            (
                "List-Unsubscribe",
                "<https://example.org/skargardsnytt/avsluta?id=88120>, <mailto:avsluta@example.org?subject=avsluta>",
            ),
            ("Precedence", "bulk"),
        ],
        body,
    )
    add(
        n,
        "skargardsnytt-januari",
        raw,
        label(
            "newsletter",
            "sv",
            "00000",
            "Newsletter from a (fictional) archipelago council with List-Id, List-Unsubscribe and Precedence: bulk, multipart/alternative QP. It mentions idéslanten and the 15 000 kr cap as a tip to readers, which must not make it a question or application; all elements false and all facts null.",
        ),
    )

    # 2802 application, complete – Hasselö Byalag
    n = 2802
    MID[n] = mid(n, "f1a7c3e0-hasselo", "example.com")
    SUBJ[n] = "Ansökan idéslanten – Hasselö Byalag, framtidskvällar i skolhuset"
    o = org("802417-330")
    txt = f"""Hej Karin (om det är du som läser detta),

Hasselö Byalag söker härmed idéslanten för 2026.

Om oss
Hasselö Byalag bildades 1978 och samlar både de som bor på ön året runt och de som har hus här
på somrarna. Vi har 34 medlemmar, org.nr {o}. Ön har ingen vägförbindelse – vi tar oss hit med
skärgårdsbåten från Västervik eller med egen båt, och när isen lägger sig är vi ganska isolerade.

Vad vi vill göra
Tre "framtidskvällar" i gamla skolhuset under februari–april:
  1. Lördag 21 februari: samtal om båttrafiken vintertid och hur vi som bor här kan påverka
     turlistan. Vi bjuder in en föreläsare som har skrivit om bofasta i Östersjöns skärgårdar.
  2. Lördag 21 mars: hur tar vi emot fler som vill flytta hit? Två familjer som flyttat ut till
     öar i Östergötlands skärgård berättar (via länk, för de kan inte ta sig hit i mars).
  3. Lördag 18 april: gemensam planering – vi skriver ihop en lista över vad ön behöver de
     närmaste fem åren och lämnar den till kommunen och Skärgårdsrådet.
Målet är att fler ska kunna bo kvar året runt och att vi som bor här får en gemensam röst.

Förankring
Idén kom upp på årsmötet i augusti och mötet (22 närvarande) beslutade enhälligt att vi skulle
söka. Jag har sedan pratat med alla elva hushåll som bor här året runt, och alla vill vara med.
Kvällarna är öppna för alla på ön, kvinnor som män, unga som gamla. Sommarboende kan följa via länk.

Budget
  Hyra skolhuset, 3 kvällar à 600 kr ........ 1 800 kr
  Föreläsararvode inkl. resa ................ 4 500 kr
  Båttaxi för föreläsaren t/r ............... 2 200 kr
  Soppa och fika, 3 kvällar ................. 1 500 kr
  Affischer och utskick ..................... 400 kr
  Summa ..................................... 10 400 kr

Vi söker alltså 10 400 kr. Ingen får betalt för sitt arbete – allt görs ideellt.

Med vänlig hälsning
Maj-Britt Ekström
ordförande, Hasselö Byalag
0490-236 17 (hem), 070-552 81 04
"""
    raw = message(
        [
            ("From", addr("Maj-Britt Ekström", "majbritt.ekstrom@example.com")),
            ("To", addr(*BOT)),
            ("Subject", ew(SUBJ[n])),
            ("Date", date(1, 13, 10, 12)),
            ("Message-ID", MID[n]),
        ],
        text(txt),
    )
    add(
        n,
        "hasselo-byalag-framtidskvallar",
        raw,
        label(
            "application",
            "sv",
            "11111",
            "Complete application from an island without road connection, plain utf-8 8bit with headings. Association named with founding year, 34 members and org.nr; contact is the named chair writing from her own address with two phones (the first, the home number, is recorded); activity is three dated evenings with concrete content and a stated local goal; anchoring is an annual-meeting decision plus talks with all year-round households; budget is an itemised list summing to 10 400 kr, which is also the amount applied for. Lecturer's fee and a hired water taxi are not salary or investment.",
            association_name="Hasselö Byalag",
            org_number=o,
            contact_name="Maj-Britt Ekström",
            contact_email="majbritt.ekstrom@example.com",
            contact_phone="0490-236 17",
            members=34,
            ort="Hasselö",
            amount_sek=10400,
            women_and_men=True,
        ),
    )

    # 2803 application, missing budget – Händelöps fiskelag
    n = 2803
    MID[n] = mid(n, "000a01dc8e2f$4b1c2d90$e1548700", "example.net")
    SUBJ[n] = "ansökan fiskelaget"
    txt = """hej

jag skriver för Händelöps fiskelag vi är 14 st medlemmar mest yrkes och fritidsfiskare här i Händelöp, två av oss är kvinnor Ingrid och hennes dotter som har rökeriet
vi vill åka på studieresa till Kåseberga i Skåne i april och se hur dom har gjort med försäljning direkt vid hamnen och rökeriet där. vi funderar nämligen på att ha en gemensam fiskbod vid bryggan till sommaren så turisterna och dom sommarboende kan köpa färsk fisk här istället för att vi kör allt till Västervik. det skulle ge mer liv i hamnen och kanske nån mer kan leva på fisket
Vi har pratat om det på hamnföreningens möte i januari och dom står bakom och lånar ut sjöboden om det blir nåt, och bystugegruppen har sagt ja till att vi har en kväll när vi kommer hem och berättar för alla som vill höra
resan är öppen för alla i fiskelaget både karlar och kvinnor
vi söker ungefär 12000 kr. budget har jag inte riktigt fått ihop än den kommer

mvh Arne Johansson
Händelöps fiskelag
tel 070-318 44 92
"""
    raw = message(
        [
            ("From", addr("Arne Johansson", "arne.handelop@example.net", "windows-1252", "Q")),
            ("To", "ideslanten@example.se"),
            ("Subject", ew(SUBJ[n], "windows-1252", "Q")),
            ("Date", date(1, 16, 19, 47)),
            ("Message-ID", MID[n]),
            ("X-Mailer", "Microsoft Outlook 14.0"),
        ],
        text(txt, charset="windows-1252", cte="8bit"),
    )
    add(
        n,
        "handelops-fiskelag-studieresa",
        raw,
        label(
            "application",
            "sv",
            "11110",
            "Fisherman writing run-on sentences without much punctuation, windows-1252 8bit. Association: named fishing group with 14 members and what they are; contact: named signer from his own address with phone; activity: study trip to Kåseberga in April with a concrete local purpose (a shared fish stall in the harbour) and a report evening; anchoring: backed at the harbour association's meeting, which lends the boathouse, plus the village hall group. Budget false: only a rough 'ungefär 12000 kr' and 'budget kommer' – the rough figure is the amount. The future fish stall is an idea, not part of this budget, so physical_investment false. Women and men explicitly included.",
            association_name="Händelöps fiskelag",
            contact_name="Arne Johansson",
            contact_email="arne.handelop@example.net",
            contact_phone="070-318 44 92",
            members=14,
            ort="Händelöp",
            amount_sek=12000,
            women_and_men=True,
        ),
    )


def batch2() -> None:
    # 2804 question – summer residents in Loftahammar
    n = 2804
    txt = """Hej,

Jag har läst om idéslanten på regionens webbplats och har två frågor innan vi eventuellt söker.

Vi är en förening för fritidshusägare runt Loftahammar. De flesta av oss är folkbokförda i
Stockholm eller Linköping men tillbringar hela sommarhalvåret här. Räknas vi som "förankrade i
byn" fast vi inte bor här året runt, eller måste merparten av medlemmarna vara bofasta?

Och: om båtklubben i Loftahammar också skulle söka i år, delar vi i så fall på samma 15 000 kr,
eftersom taket gäller per ort?

Tack på förhand!

Vänliga hälsningar
Cecilia Wahlberg-Nord
08-661 40 27
"""
    raw = message(
        [
            ("From", addr("Cecilia Wahlberg-Nord", "cecilia.wahlbergnord@example.org")),
            ("To", addr(*BOT)),
            ("Subject", ew("Fråga om sommarboende och taket per ort", "iso-8859-1", "Q")),
            ("Date", date(1, 20, 21, 5)),
            ("Message-ID", mid(n, "8d2e1f04-7b3a-4c11-9a2e-cwn", "example.org")),
        ],
        text(txt, charset="iso-8859-1", cte="quoted-printable"),
    )
    add(
        n,
        "fraga-sommarboende-loftahammar",
        raw,
        label(
            "question",
            "sv",
            "00000",
            "Question from a summer resident: may an association of mostly non-resident house owners apply, and do two groups in Loftahammar share the 15 000 kr cap? Applies for nothing; the 15 000 kr is a rule amount asked about, so amount_sek null. The group is described but not named, so association_name null; the signer and her address are recorded as stated; iso-8859-1 QP body and Q-encoded subject.",
            contact_name="Cecilia Wahlberg-Nord",
            contact_email="cecilia.wahlbergnord@example.org",
            contact_phone="08-661 40 27",
            ort="Loftahammar",
        ),
    )

    # 2805 application, HTML only, missing anchoring – Loftahammars Båtklubb
    n = 2805
    MID[n] = mid(n, "BN8PR07MB6e1c2b", "example.com")
    SUBJ[n] = "Idéslanten 2026 – Säkerhetsdag på bryggan, Loftahammars Båtklubb"
    o = org("846003-117")
    html = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">
<p>Hej!</p>
<p>Loftahammars Båtklubb (LBK) vill söka idéslanten för en <b>säkerhetsdag på bryggan</b> lördag 16 maj 2026.</p>
<p><b>Om klubben:</b> LBK bildades 1962 och har idag ca 160 medlemmar, de flesta från Loftahammar med omnejd.
Vi sköter klubbhamnen vid Lofta brygga och har juniorverksamhet på somrarna. Org.nr {o}.</p>
<p><b>Aktiviteten:</b> Under dagen visar vi hur man tar upp någon ur vattnet,
en instruktör föreläser om säkerhet för fritidsbåtar och kajak (kl 11 och kl 14), och barnen får prova
flytvästar i vattnet vid sandstranden. På kvällen blir det grillkväll i klubbstugan. Dagen är för hela
familjen – tjejer och killar, mammor och pappor, nyinflyttade och gamla Loftabor. Fler som känner sig
trygga på sjön gör att fler använder skärgården, och vi hoppas också få in nya medlemmar till
juniorverksamheten.</p>
<p><b>Budget:</b></p>
<table border="1" cellpadding="3" style="border-collapse:collapse">
<tr><th align="left">Post</th><th align="right">Kr</th></tr>
<tr><td>Arvode säkerhetsinstruktör (2 föreläsningar)</td><td align="right">3 500</td></tr>
<tr><td>Hyra av tält och extra flytbrygga</td><td align="right">2 000</td></tr>
<tr><td>Annons i lokaltidningen + affischer</td><td align="right">1 800</td></tr>
<tr><td>Mat till grillkvällen</td><td align="right">2 700</td></tr>
<tr><td><b>Summa</b></td><td align="right"><b>10 000</b></td></tr>
</table>
<p>Vi tror att hela Loftahammar kommer att uppskatta en sådan dag.</p>
<p>Med vänliga hälsningar<br>
Thomas Berggren<br>
Ordförande, Loftahammars Båtklubb<br>
Tel 073-904 12 56</p>
</body></html>
"""
    raw = message(
        [
            ("From", addr("Thomas Berggren", "thomas.berggren@example.com")),
            ("To", addr(*BOT)),
            ("Subject", ew(SUBJ[n])),
            ("Date", date(1, 26, 8, 41)),
            ("Message-ID", MID[n]),
            ("X-Mailer", "Microsoft Outlook 16.0"),
        ],
        text(html, "html", cte="quoted-printable"),
    )
    add(
        n,
        "loftahammars-batklubb-sakerhetsdag",
        raw,
        label(
            "application",
            "sv",
            "11101",
            "HTML-only (QP) application from a boat club with the budget as an HTML table. Association named with founding year, ~160 members and org.nr; contact is the named chair from his own address with phone; activity is a dated safety day with concrete programme and local benefit; budget itemised to 10 000 kr. Anchoring false: only the hope that 'hela Loftahammar kommer att uppskatta' it – no meeting, survey, partner group or volunteers. Renting a tent and a pontoon is not an investment; an instructor's fee is not salary. Both genders explicitly targeted.",
            association_name="Loftahammars Båtklubb",
            org_number=o,
            contact_name="Thomas Berggren",
            contact_email="thomas.berggren@example.com",
            contact_phone="073-904 12 56",
            members=160,
            ort="Loftahammar",
            amount_sek=10000,
            women_and_men=True,
        ),
    )

    # 2806 followup to 2803 – supplies the budget (Outlook, quoted receipt unprefixed)
    n = 2806
    nr = RNR[2803]
    rsubj = f"Re: {SUBJ[2803]} [Idéslanten {nr}]"
    txt = f"""hej igen
här kommer budgeten för resan till Kåseberga

hyra minibuss 2 dagar   4800
bensin                  1900
vandrarhem 7 pers       3500
guidning på rökeriet    1000

summa 11200 kr så det blev lite mindre än jag sa förut

Arne Johansson
Händelöps fiskelag
tel 070-318 44 92

-----Ursprungligt meddelande-----
Från: Idéslanten – Region Kalmar län <ideslanten@example.se>
Skickat: den 16 januari 2026 19:48
Till: arne.handelop@example.net
Ämne: {rsubj}

{receipt(nr, ["budget"])}
"""
    raw = message(
        [
            ("From", addr("Arne Johansson", "arne.handelop@example.net")),
            ("To", addr(*BOT, "windows-1252", "Q")),
            ("Subject", ew("SV: " + rsubj, "windows-1252", "Q")),
            ("Date", date(1, 29, 20, 16)),
            ("Message-ID", mid(n, "000b01dc9107$aa31c5e0$fe9551a0", "example.net")),
            ("In-Reply-To", receipt_mid(nr)),
            ("References", f"{MID[2803]} {receipt_mid(nr)}"),
            ("X-Mailer", "Microsoft Outlook 14.0"),
        ],
        text(txt, charset="windows-1252", cte="quoted-printable"),
    )
    add(
        n,
        "sv-handelop-budget",
        raw,
        label(
            "followup",
            "sv",
            "01001",
            "Followup to 2803 in Outlook style (unprefixed quote under '-----Ursprungligt meddelande-----'), windows-1252 QP. New text gives a four-line budget with amounts (sum 11 200 kr, which becomes amount_sek) and is signed by the named contact from his own address with phone, so budget and contact true. The group name in the signature is not a description of the group, so association false; the quoted receipt's list of missing parts must not count. Renting a minibus and petrol are neither salary nor investment.",
            association_name="Händelöps fiskelag",
            contact_name="Arne Johansson",
            contact_email="arne.handelop@example.net",
            contact_phone="070-318 44 92",
            amount_sek=11200,
        ),
    )

    # 2807 application, complete, in a .docx – Odensvi, school threatened with closure
    n = 2807
    MID[n] = mid(n, "CAK7x9q2Rr-odensvi-Zp0", "example.com")
    SUBJ[n] = "Ansökan om idéslanten – Odensvi Bygdeförening (skolan)"
    o = org("802501-682")
    doc = docx(
        [
            "# Ansökan om regional bygdepeng – idéslanten 2026",
            "# 1. Sökande",
            f"Odensvi Bygdeförening, org.nr {o}. Föreningen bildades 1994 och har 87 medlemmar – familjer, pensionärer och företagare i Odensvi socken norr om Gamleby. Vi driver bygdegården och ordnar valborg, julmarknad och vägstädning.",
            "# 2. Kontaktperson",
            "Sofia Lindqvist, styrelseledamot och förälder till två barn på Odensvi skola",
            "E-post: sofia.lindqvist@example.com   Telefon: 076-118 52 40",
            "# 3. Aktivitet",
            "Västerviks kommun har i december föreslagit att Odensvi skola (F–6, 38 elever) läggs ner från hösten 2027. Skolan är bygdens hjärta: utan den flyttar barnfamiljerna och då försvinner också underlaget för affären och bussen.",
            "Vi vill ordna en serie öppna dialogmöten våren 2026 där hela bygden tillsammans tar fram ett eget förslag för skolans framtid:",
            "• 5 mars: Dialogkväll i bygdegården – vad betyder skolan för Odensvi? Inbjuden föreläsare som arbetat med byskolor i andra kommuner berättar om vägar framåt (kommunal byskola, föräldrakooperativ, friskola).",
            "• 9 april: Studieresa med hyrd buss till en byskola i Kinda kommun som drivs som föräldrakooperativ sedan 2012. Vi träffar föräldrar, personal och bybor.",
            "• 7 maj: Arbetsmöte där vi skriver vårt förslag till kommunen, med resultat från resan.",
            "Mötena är öppna för alla i Odensvi, kvinnor och män, föräldrar, pensionärer och ungdomar.",
            "# 4. Lokal förankring",
            "Bygdemötet den 10 januari samlade 64 personer och gav styrelsen i uppdrag att driva frågan. En namninsamling för att behålla skolan har fått 412 namn. Odensvi Hembygdsförening och IK Odensvi står som medarrangörer och lånar ut folk och lokaler; tolv personer har anmält sig som frivilliga för fika och skjuts.",
            "# 5. Budget",
            "Hyra bygdegården, 3 tillfällen\t2 400 kr",
            "Föreläsararvode inkl. resa\t5 000 kr",
            "Hyrd buss med förare till Kinda\t5 200 kr",
            "Fika vid mötena och under resan\t1 600 kr",
            "Trycksaker och annonser\t600 kr",
            "Summa / sökt belopp\t14 800 kr",
            "Inga löner och inga inköp av utrustning ingår.",
        ]
    )
    txt = """Hej!

Här kommer vår ansökan till idéslanten, den ligger i den bifogade filen (Word).
Det handlar om Odensvi skola som kommunen vill lägga ner – vi vill att bygden själv ska ta fram
ett förslag innan beslutet fattas i höst.

Hör gärna av er om något är oklart.

Hälsningar
Sofia Lindqvist
Odensvi Bygdeförening
"""
    body = multipart(
        "mixed",
        "----=_Part_31277_1466318802.1770102847110",
        [
            text(txt, cte="quoted-printable"),
            attachment(
                "Ansökan idéslanten Odensvi 2026.docx",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                doc,
            ),
        ],
    )
    raw = message(
        [
            ("From", addr("Sofia Lindqvist", "sofia.lindqvist@example.com")),
            ("To", "ideslanten@example.se"),
            ("Subject", ew(SUBJ[n], "utf-8", "Q")),
            ("Date", date(2, 3, 7, 54)),
            ("Message-ID", MID[n]),
        ],
        body,
    )
    add(
        n,
        "odensvi-bygdeforening-skolan",
        raw,
        label(
            "application",
            "sv",
            "11111",
            "Complete application where the short QP body only points to a .docx attachment (non-ASCII file name as encoded word) that holds all five numbered sections. Association: named, org.nr, 87 members, what it does; contact: named person with e-mail and phone; activity: three dated steps (dialogue evening with lecturer, study trip to a cooperative village school, drafting meeting) to save a school threatened with closure; anchoring: village meeting of 64 that gave the mandate, 412-name petition, two co-organising local associations and twelve volunteers (petition signers and attendees are not members); budget: five items summing to 14 800 kr. Hired bus with driver and lecturer's fee are not salary.",
            association_name="Odensvi Bygdeförening",
            org_number=o,
            contact_name="Sofia Lindqvist",
            contact_email="sofia.lindqvist@example.com",
            contact_phone="076-118 52 40",
            members=87,
            ort="Odensvi",
            amount_sek=14800,
            women_and_men=True,
        ),
    )

    # 2808 application from a phone, missing activity and budget – Idö Vänner
    n = 2808
    MID[n] = mid(n, "7F3B2C1A-99D4-4E0B-A1C2-IDO", "example.com")
    SUBJ[n] = "Idéslanten"
    txt = """Hej! Vi i föreningen Idö Vänner vill söka idéslanten i år. Vi är bofasta och sommarboende på Idö, 41 medlemmar, ön har ingen bro så allt går med båt.

Vi vill göra nåt som gör att fler stannar kvar på ön efter sommaren och att det blir mer liv vid bryggan. Typ 10 000 kr.

På vårmötet förra året (18 st på plats i magasinet) röstade vi för att söka, och fiberföreningen på ön har lovat hjälpa till.

Hör av er!
Lena Holm
070-224 19 63

Skickat från min iPhone
"""
    raw = message(
        [
            ("From", addr("Lena Holm", "lenaholm@example.com")),
            ("To", "ideslanten@example.se"),
            ("Subject", ew(SUBJ[n])),
            ("Date", date(2, 6, 22, 38)),
            ("Message-ID", MID[n]),
            ("X-Mailer", "iPhone Mail (22D63)"),
        ],
        text(txt, cte="quoted-printable"),
    )
    add(
        n,
        "ido-vanner-iphone",
        raw,
        label(
            "application",
            "sv",
            "11010",
            "Short mobile mail (QP, long unwrapped lines, 'Skickat från min iPhone') from an island association. Association true (named, who they are, 41 members); contact true (named signer from her own address, phone); anchoring true (spring-meeting vote with 18 present, promised help from the island's fibre association). Activity false: 'göra nåt som gör att fler stannar kvar' is a vague wish; budget false: only 'Typ 10 000 kr', which still counts as the rough amount. Subject is only 'Idéslanten'. Genders not mentioned.",
            association_name="Idö Vänner",
            contact_name="Lena Holm",
            contact_email="lenaholm@example.com",
            contact_phone="070-224 19 63",
            members=41,
            ort="Idö",
            amount_sek=10000,
        ),
    )


def batch3() -> None:
    # 2809 spam – phishing pretending to be the region's IT support
    n = 2809
    html = """<html><body style="font-family:Arial">
<table width="560" style="border:1px solid #ccc;padding:16px"><tr><td>
<p style="font-size:18px;color:#b00000"><b>Din brevlåda är nästan full (98%)</b></p>
<p>Bästa användare,</p>
<p>Din e-postlåda landsbygdsutvecklare@example.se har nått sin lagringsgräns. Inkommande meddelanden
kommer att <b>avvisas inom 24 timmar</b> om du inte verifierar ditt konto för uppgradering av
lagring utan kostnad.</p>
<p style="text-align:center"><a href="http://example.net/owa-verify/login.php?u=landsbygdsutvecklare"
style="background:#0072c6;color:#fff;padding:10px 24px;text-decoration:none">VERIFIERA KONTO NU</a></p>
<p>Om du misslyckas att verifiera kommer kontot att stängas av permanent.</p>
<p>Med vänlig hälsning,<br>IT-Servicedesk<br>Region Kalmar Län</p>
</td></tr></table></body></html>
"""
    raw = message(
        [
            ("From", addr("IT-Servicedesk Region Kalmar", "noreply.servicedesk@example.net")),
            ("To", "landsbygdsutvecklare@example.se"),
            ("Subject", ew("Åtgärd krävs: din brevlåda är full – verifiera inom 24 timmar")),
            ("Date", date(2, 10, 3, 17)),
            ("Message-ID", mid(n, "20260210031712.5f8e2a", "example.net")),
        ],
        text(html, "html", cte="base64"),
    )
    add(
        n,
        "spam-brevlada-full",
        raw,
        label(
            "spam",
            "sv",
            "00000",
            "Phishing: HTML-only base64 mail posing as the region's IT service desk, threatening that the mailbox will be closed unless the reader 'verifies' via a link. No automation or list headers, so only its content shows it is spam; all elements false, all facts null.",
        ),
    )

    # 2810 application, complete, budget in .xlsx, base64 body – Vånevik
    n = 2810
    MID[n] = mid(n, "a90c5c2e-3d61-vanevik", "example.org")
    SUBJ[n] = "Ansökan: Stenhuggarsommar i Vånevik"
    o = org("802463-905")
    txt = f"""Hej,

Vånevikens Byalag söker idéslanten 2026 för projektet "Stenhuggarsommar i Vånevik".

Föreningen
Vånevikens Byalag, org.nr {o}, är byalaget för Vånevik strax norr om Påskallavik i Oskarshamns
kommun. Vi är 52 medlemmar och ordnar bland annat midsommarfirande och skötsel av badplatsen.

Aktiviteten
Vånevik var i hundra år ett stenhuggarsamhälle och granit härifrån finns i kajer och trappor
runt hela Östersjön. I dag vet de flesta som flyttat hit ingenting om det. Vi vill:
  - ordna två föreläsningskvällar i juni (en med en geolog om graniten, en med en historiker om
    stenhuggarnas liv och strejken 1908),
  - ha en guidad vandring till de gamla brotten en söndag i juli, och
  - ta fram en enkel karta över en stenhuggarslinga som byborna och turisterna kan gå på egen hand.
Det ger gamla och nya Vånevikbor något gemensamt, och slingan lockar besökare som handlar i
Påskallavik. Allt är öppet för alla – kvinnor och män, unga och gamla.

Förankring
Årsmötet den 1 februari beslutade att söka. Påskallaviks Hembygdsförening är medarrangör och
nio medlemmar har anmält sig som värdar och guider på vandringen.

Budgeten finns i bifogad Excelfil.

Hälsningar
Rolf Axelsson, sekreterare
Vånevikens Byalag
mobil 072-330 65 18
"""
    sheet = xlsx(
        [
            ["Budget – Stenhuggarsommar i Vånevik 2026", ""],
            ["Post", "Kronor"],
            ["Föreläsare geolog, arvode", 3000],
            ["Föreläsare historiker, arvode", 3000],
            ["Guide vid vandringen", 1500],
            ["Hyra Folkets hus Påskallavik, 2 kvällar", 1600],
            ["Annonsering", 900],
            ["Fika", 1200],
            ["Tryck av karta, 500 ex", 1800],
            ["Summa", 13000],
        ]
    )
    body = multipart(
        "mixed",
        "Apple-Mail=_4C2B7E1A-8D3F-4B6E-9A1C-0D5E6F7A8B9C",
        [
            text(txt, cte="base64"),
            attachment(
                "budget_vanevik.xlsx",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                sheet,
            ),
        ],
    )
    raw = message(
        [
            ("From", addr("Rolf Axelsson", "rolf.axelsson@example.org")),
            ("To", addr(*BOT)),
            ("Subject", ew(SUBJ[n])),
            ("Date", date(2, 12, 14, 2)),
            ("Message-ID", MID[n]),
        ],
        body,
    )
    add(
        n,
        "vaneviken-stenhuggarsommar",
        raw,
        label(
            "application",
            "sv",
            "11111",
            "Complete application with a base64 utf-8 body and the budget only in an .xlsx attachment (inline strings, numeric cells; 7 items summing to 13 000 kr). Association named with org.nr and 52 members; contact the named secretary from his own address with mobile; activity: two lecture evenings, a guided walk and a trail map about the village's stonecutting history, with stated benefit; anchoring: annual meeting decision, the local heritage society as co-organiser, nine volunteer guides. Printing a map is not a physical investment; lecturers' fees are not salary.",
            association_name="Vånevikens Byalag",
            org_number=o,
            contact_name="Rolf Axelsson",
            contact_email="rolf.axelsson@example.org",
            contact_phone="072-330 65 18",
            members=52,
            ort="Vånevik",
            amount_sek=13000,
            women_and_men=True,
        ),
    )

    # 2811 application in English from a B&B owner – no association, no anchoring
    n = 2811
    MID[n] = mid(n, "CAM5f0-figeholm-bnb-Qx", "example.net")
    SUBJ[n] = "Application idéslanten - Meet the locals evenings in Figeholm"
    txt = """Hello,

Sorry for writing in English, my Swedish is still "lite dåligt". My name is Marieke van den Berg
and since 2021 I run a small B&B in Figeholm (Villa Havsro, it is an enskild firma – just me and
my husband, so not an association, but I hope that is OK?).

What I would like to do: three "Meet the locals" evenings in July (Thursdays 9, 16 and 23 July)
in the old harbour warehouse. At each evening two or three local people present what they do –
the smokehouse, the woodworker on Kvarnvägen, the boat builder, the lady who makes rag rugs – and
guests from all the B&Bs and the camping can buy directly from them. On the Saturday after, a
local historian takes visitors on a walk through old Figeholm. In this way the tourists spend
their money in the village and the craftspeople find new customers, also after the summer
through web orders.

Budget (SEK):
  Rent of the harbour warehouse, 3 evenings x 1 200   3 600
  Historian, fee for two guided walks                  3 000
  Posters and ads (Swedish/German/English)             1 400
  Coffee and cake                                      1 500
  Total                                                9 500

I am sure the village will love it, everybody I talk to in the shop is very positive!

Kind regards / Vänliga hälsningar
Marieke van den Berg
Villa Havsro B&B, Figeholm
+46 70 441 93 27
"""
    raw = message(
        [
            ("From", addr("Marieke van den Berg", "marieke.vandenberg@example.net")),
            ("To", "ideslanten@example.se"),
            ("Subject", ew(SUBJ[n], "utf-8", "Q")),
            ("Date", date(2, 16, 11, 26)),
            ("Message-ID", MID[n]),
        ],
        text(txt, cte="quoted-printable", extra=("Content-Language: en-GB",)),
    )
    add(
        n,
        "figeholm-bnb-meet-the-locals",
        raw,
        label(
            "application",
            "en",
            "01101",
            "English application (with Swedish words) from a tourism entrepreneur. Association false: the applicant is a one-person firm and says itself it is not an association – no group is named and described, so association_name is null (the B&B name is a business, not the applicant group). Contact true (named signer from own address, international phone). Activity true: three dated evenings plus a guided walk with clear local economic benefit. Budget true: four items, total 9 500. Anchoring false: 'everybody I talk to in the shop is very positive' and 'the village will love it' are empty claims – the craftspeople are presenters, not a local backing decision. Genders not mentioned.",
            contact_name="Marieke van den Berg",
            contact_email="marieke.vandenberg@example.net",
            contact_phone="+46 70 441 93 27",
            ort="Figeholm",
            amount_sek=9500,
        ),
    )

    # 2812 application, missing association and contact – neighbours on Helgenäs
    n = 2812
    MID[n] = mid(n, "5b7e.helgenas.0218", "example.net")
    SUBJ[n] = "Helgenäsdagen 13 juni – ansökan"
    txt = """Hej!

Vi är ett gäng grannar ute på Helgenäs, både åretruntboende och sommarboende, och vi vill söka
pengar ur idéslanten till en Helgenäsdag lördagen den 13 juni.

Så här har vi tänkt:
- kl 10–13 städar vi strandpromenaden och vassen längs viken tillsammans (kommunen hämtar säckarna)
- kl 14 föreläser en marinbiolog om ålgräset och fisket i Gamlebyviken – varför har abborren
  minskat och vad kan vi som bor här göra själva?
- kl 17 knytkalas på vägföreningens gräsplan

Tanken är att nya och gamla grannar ska lära känna varandra och att vi får igång ett gemensamt
arbete för viken som fortsätter efter sommaren.

23 av de 31 hushållen på udden har skrivit upp sig på listan vid postlådorna, och vägföreningen
lånar ut sin stuga och gräsplanen för en symbolisk hyra.

Kostnader:
Arvode marinbiolog 3 000 kr
Hyra vägföreningens stuga 500 kr
Hyra av släpkärra för säckar och skräp 800 kr
Affischer 300 kr
Totalt 4 600 kr

Hälsningar från oss grannar på Helgenäs
"""
    raw = message(
        [
            ("From", addr("Helgenäs grannar", "bryggan.helgenas@example.net")),
            ("To", addr(*BOT)),
            ("Subject", ew(SUBJ[n])),
            ("Date", date(2, 18, 18, 3)),
            ("Message-ID", MID[n]),
        ],
        text(txt, charset="utf-8", cte="8bit"),
    )
    add(
        n,
        "helgenas-grannar-helgenasdagen",
        raw,
        label(
            "application",
            "sv",
            "00111",
            "Application from an unnamed group ('ett gäng grannar', signed 'oss grannar på Helgenäs') from a shared mailbox whose display name is only in the From header. Association false (no named group), contact false (no named person; the shared mailbox is not a contact, so contact facts null). Activity true (dated programme with clean-up, lecture, picnic and a stated local aim); anchoring true (23 of 31 households signed up, the road association lends its cottage); budget true (four items, total 4 600 kr). Renting a trailer is not an investment. Households signing up are not members.",
            ort="Helgenäs",
            amount_sek=4600,
        ),
    )

    # 2813 application, missing contact and budget – Kristdala Hembygdsgille, shared mailbox
    n = 2813
    MID[n] = mid(n, "4f1c9e.kristdalagillet", "example.org")
    SUBJ[n] = "Ansökan bygdepeng, Kristdala berättar"
    o = org("812800-441")
    txt = f"""Till Region Kalmar län, landsbygdsutvecklaren

Kristdala Hembygdsgille (org.nr {o}) har ca 120 medlemmar och förvaltar hembygdsgården
och Kristdala gamla marknadsplats. Vi ansöker härmed om regional bygdepeng – idéslanten.

Projekt: "Kristdala berättar"
Under hösten 2026 ordnar vi fyra berättarcaféer i hembygdsgården, söndagarna 13/9, 11/10, 8/11
och 29/11 kl 15. Äldre kristdalabor berättar om byn förr – marknaderna, skolan, sågverket – och
en lokal författare leder samtalen. Berättelserna spelas in och blir ett ljudarkiv som skolan
och biblioteket får använda. Femteklassarna på Kristdala skola är med som intervjuare vid det
sista tillfället. Så möts generationerna och inflyttade får höra byns historia.

Förankring: Kristdala skola och PRO Kristdala är samarbetspartner, och 15 medlemmar har anmält
sig som värdar och bakare.

Vi söker 9 000 kr totalt.

Med vänlig hälsning
Styrelsen
Kristdala Hembygdsgille
"""
    raw = message(
        [
            ("From", addr("Kristdala Hembygdsgille", "info.kristdalagillet@example.org")),
            ("To", "ideslanten@example.se"),
            ("Subject", ew(SUBJ[n], "iso-8859-1", "Q")),
            ("Date", date(2, 20, 9, 30)),
            ("Message-ID", MID[n]),
        ],
        text(txt.replace("–", "-"), charset="iso-8859-1", cte="8bit"),
    )
    add(
        n,
        "kristdala-hembygdsgille-berattarcafe",
        raw,
        label(
            "application",
            "sv",
            "10110",
            "Formal iso-8859-1 8bit application from a heritage society's shared mailbox, signed only 'Styrelsen'. Association true (name, org.nr, ~120 members, what it manages); contact false (no named person; shared mailbox, so contact facts null); activity true (four dated storytelling cafés, recordings, school participation, local benefit); anchoring true (school and pensioners' association as partners, 15 volunteers). Budget false: only a bare total 'Vi söker 9 000 kr totalt', which is the amount.",
            association_name="Kristdala Hembygdsgille",
            org_number=o,
            members=120,
            ort="Kristdala",
            amount_sek=9000,
        ),
    )

    # 2814 autoreply WITH headers, answering the officer's reply on 2805
    n = 2814
    nr = RNR[2805]
    txt = """Hej,

Jag är på semester till och med söndag 8 mars och läser inte min e-post.
Brådskande frågor om klubbhamnen: ring hamnkaptenen Jonas på 070-612 08 33.

Thomas Berggren
Loftahammars Båtklubb
"""
    raw = message(
        [
            ("From", addr("Thomas Berggren", "thomas.berggren@example.com")),
            ("To", addr(*OFFICER)),
            ("Subject", ew(f"Frånvaromeddelande: Re: {SUBJ[2805]} [Idéslanten {nr}]")),
            ("Date", date(2, 24, 13, 12)),
            ("Message-ID", mid(n, "AM0PR07MB-autoreply-f3a1", "example.com")),
            ("In-Reply-To", "<lbu-2026-0219-1.officer@example.se>"),
            ("References", f"{MID[2805]} {receipt_mid(nr)} <lbu-2026-0219-1.officer@example.se>"),
            ("Auto-Submitted", "auto-replied"),
            ("X-Auto-Response-Suppress", "All"),
            ("X-Autoreply", "yes"),
        ],
        text(txt),
    )
    add(
        n,
        "franvaro-loftahammars-batklubb",
        raw,
        label(
            "autoreply",
            "sv",
            "00000",
            "Out-of-office reply to the officer's mail in the thread of 2805, with Auto-Submitted: auto-replied and X-Autoreply headers and References naming the application and the receipt. It has a 'Re:' inside the subject and a phone number and name, but it is a machine reply: never a followup, all elements false, all facts null.",
        ),
    )

    # 2815 bounce – the officer's reply to 2808 went to a mistyped address
    n = 2815
    nr = RNR[2808]
    expl = """This is the mail system at host mx1.example.se.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

                   The mail system

<lena.holm@example.com>: host mx.example.com[192.0.2.25] said: 550 5.1.1
    <lena.holm@example.com>: Recipient address rejected: User unknown in
    virtual mailbox table (in reply to RCPT TO command)
"""
    dsn = """Reporting-MTA: dns; mx1.example.se
X-Postfix-Queue-ID: 4Q7bXk2Zt9z1xyz
Arrival-Date: Thu, 26 Feb 2026 10:41:55 +0100

Final-Recipient: rfc822; lena.holm@example.com
Original-Recipient: rfc822;lena.holm@example.com
Action: failed
Status: 5.1.1
Remote-MTA: dns; mx.example.com
Diagnostic-Code: smtp; 550 5.1.1 <lena.holm@example.com>: Recipient address
    rejected: User unknown in virtual mailbox table
"""
    orig = f"""Return-Path: <landsbygdsutvecklare@example.se>
From: =?utf-8?B?S2FyaW4gTMO2dmdyZW4=?= <landsbygdsutvecklare@example.se>
To: lena.holm@example.com
Subject: =?utf-8?Q?Re:_Id=C3=A9slanten_[Id=C3=A9slanten_{nr}]?=
Date: Thu, 26 Feb 2026 10:41:52 +0100
Message-ID: <lbu-2026-0226-3.officer@example.se>
In-Reply-To: {MID[2808]}
References: {MID[2808]} {receipt_mid(nr)}
"""
    body = multipart(
        "report",
        "4Q7bXk2Zt9z1xyz.1772098915/mx1.example.se",
        [
            Part(
                ["Content-Description: Notification", "Content-Type: text/plain; charset=us-ascii"],
                expl.encode(),
            ),
            Part(
                ["Content-Description: Delivery report", "Content-Type: message/delivery-status"],
                dsn.encode(),
            ),
            Part(
                [
                    "Content-Description: Undelivered Message Headers",
                    "Content-Type: text/rfc822-headers",
                ],
                orig.encode(),
            ),
        ],
        extra_params="; report-type=delivery-status",
        preamble="This is a MIME-encapsulated message.",
    )
    raw = message(
        [
            ("Return-Path", "<>"),
            ("From", "MAILER-DAEMON@example.se (Mail Delivery System)"),
            ("To", "landsbygdsutvecklare@example.se"),
            ("Subject", "Undelivered Mail Returned to Sender"),
            ("Date", date(2, 26, 10, 41, 55)),
            ("Message-ID", "<20260226094155.4Q7bXk2Zt9z1xyz@example.se>"),
            ("Auto-Submitted", "auto-replied"),
        ],
        body,
    )
    add(
        n,
        "bounce-user-unknown",
        raw,
        label(
            "bounce",
            "en",
            "00000",
            "Postfix-style multipart/report (delivery-status) from MAILER-DAEMON: the officer's reply in the thread of 2808 was sent to a mistyped address. The returned headers carry In-Reply-To/References to the application and a 'Re:' subject with the case number, but this is a bounce, not a followup; all elements false, all facts null.",
        ),
    )

    # 2816 followup to 2808 from the phone – adds the activity, budget still missing
    n = 2816
    rsubj = f"Re: {SUBJ[2808]} [Idéslanten {nr}]"
    new = """Hej igen! Sorry för luddigt sist. Så här är det tänkt:

Tre bryggkvällar i magasinet på Idö sista lördagen i augusti, september och oktober, alltså när sommargästerna brukar ha åkt. Varje kväll gemensam middag + ett tema: 1) en föreläsare från Västervik om att jobba på distans från skärgården, 2) hur vi ordnar båtskjuts och varutransporter på vintern tillsammans, 3) en kväll där de som bott här i 50 år berättar. Målet är att fler sommarboende ska testa att stanna längre och kanske flytta ut på riktigt, vi har tre hus som står tomma på vintern.

Budget kommer när föreläsaren har svarat om arvodet.

Lena Holm"""
    quoted = quote(receipt(nr, ["activity", "budget"], 1))
    txt = (
        new
        + f"\n\nSkickat från min iPhone\n\n> {date(2, 6, 22, 39)[5:16]} kl. 22:39 skrev Idéslanten – Region Kalmar län <ideslanten@example.se>:\n>\n"
        + quoted
        + "\n"
    )
    txt = txt.replace("> 06 Feb 2026 kl.", "> 6 feb. 2026 kl.")
    raw = message(
        [
            ("From", addr("Lena Holm", "lenaholm@example.com")),
            ("To", addr(*BOT)),
            ("Subject", ew(rsubj)),
            ("Date", date(3, 2, 7, 12)),
            ("Message-ID", mid(n, "2A9C8E71-5D30-4F4E-B7A0-IDO2", "example.com")),
            ("In-Reply-To", receipt_mid(nr)),
            ("References", f"{MID[2808]} {receipt_mid(nr)}"),
            ("X-Mailer", "iPhone Mail (22D63)"),
        ],
        text(txt, cte="quoted-printable"),
    )
    add(
        n,
        "re-ido-bryggkvallar",
        raw,
        label(
            "followup",
            "sv",
            "01100",
            "iPhone followup to 2808 quoting the bot's receipt with '> ' below 'Skickat från min iPhone'. New text gives a concrete activity (three dated jetty evenings with themes and the aim of getting summer residents to stay) and is signed by the named contact from her own address, so activity and contact true. Budget false: 'Budget kommer när föreläsaren har svarat'. The quoted receipt lists activity and budget as missing – quoted text never counts. No phone in the new text.",
            contact_name="Lena Holm",
            contact_email="lenaholm@example.com",
            ort="Idö",
        ),
    )


def batch4() -> None:
    # 2817 application, complete, budget in a compressed PDF – Misterhults Skärgårdsförening
    n = 2817
    MID[n] = mid(n, "0d4e7a91-misterhult-skg", "example.com")
    SUBJ[n] = "Ansökan idéslanten: Skärgårdsstämma i Misterhult"
    o = org("802477-014")
    txt = f"""Hej!

Misterhults Skärgårdsförening ansöker om idéslanten 2026.

Om föreningen: Misterhults Skärgårdsförening (org.nr {o}) samlar boende och fastighetsägare i
skärgården utanför Misterhult – Kråkelund, Uthammar, Ävrö och öarna däremellan. Vi har 95
medlemmar. Flera av öarna saknar vägförbindelse och har bara sommartrafik.

Aktivitet: Vi ordnar en skärgårdsstämma lördag 25 april i bygdegården i Misterhult. På
förmiddagen presenteras resultatet av vår enkät, och efter lunch sitter öborna i samtalsgrupper
med inbjudna politiker från kommunen och trafikbolaget om tre frågor: båttrafik utanför
sommaren, sophämtning på öarna och hur unga ska kunna bo kvar. En ungdomspanel från
skärgården inleder den sista punkten. Vi hyr en taxibåt som hämtar de öbor som saknar egen båt.
En moderator leder dagen. I oktober följer vi upp med en kortare träff.

Förankring: I höstas skickade vi en enkät till alla 140 fastigheter i skärgården och fick 86
svar – frågorna på stämman är de tre som flest tog upp. Misterhults Hembygdsförening och
fiskevattenägarna i Kråkelund är medarrangörer.

Budgeten finns i den bifogade pdf:en.

Kontakt: Gunilla Franzén, sekreterare
gunilla.franzen@example.com, 0491-520 77, 070-845 16 39

Hälsningar
Gunilla Franzén
"""
    doc = pdf(
        [
            "# Budget – Skärgårdsstämma i Misterhult 2026",
            "Misterhults Skärgårdsförening",
            "",
            "Hyra av bygdegården i Misterhult                     1 500 kr",
            "Hyrd taxibåt för öbor utan egen båt              4 000 kr",
            "Arvode moderator                                            3 500 kr",
            "Lunch och fika, ca 80 personer                       4 000 kr",
            "Tryck och porto för enkät och inbjudan           1 200 kr",
            "",
            "Summa                                                       14 200 kr",
            "",
            "Sökt belopp från idéslanten: 14 200 kr. Inga löner, inga inköp.",
        ],
        compress=True,
    )
    body = multipart(
        "mixed",
        "_004_HE1PR0701MB2267misterhult_",
        [
            text(txt, cte="quoted-printable"),
            attachment("Budget skärgårdsstämma.pdf", "application/pdf", doc),
        ],
    )
    raw = message(
        [
            ("From", addr("Gunilla Franzén", "gunilla.franzen@example.com", "iso-8859-1", "Q")),
            ("To", addr(*BOT)),
            ("Subject", ew(SUBJ[n], "iso-8859-1", "B")),
            ("Date", date(3, 4, 16, 48)),
            ("Message-ID", MID[n]),
        ],
        body,
    )
    add(
        n,
        "misterhult-skargardsstamma",
        raw,
        label(
            "application",
            "sv",
            "11111",
            "Complete application: QP body with association, contact, activity and anchoring; the budget is only in a zlib-compressed one-page PDF (Helvetica/WinAnsi, five items, 14 200 kr). Association named with org.nr, 95 members and area; contact line names the secretary with e-mail and two phones (first recorded); activity a dated archipelago assembly with programme and follow-up; anchoring a survey of 140 properties with 86 answers plus two co-organising local groups (survey respondents are not members). A hired water taxi and a moderator's fee are not investment or salary. Ort is Misterhult, where the assembly is held and the group is named after. Genders not stated.",
            association_name="Misterhults Skärgårdsförening",
            org_number=o,
            contact_name="Gunilla Franzén",
            contact_email="gunilla.franzen@example.com",
            contact_phone="0491-520 77",
            members=95,
            ort="Misterhult",
            amount_sek=14200,
        ),
    )

    # 2818 application, missing activity (vague) – Hjorteds Byalag, iso-8859-1 QP
    n = 2818
    MID[n] = mid(n, "hjorted.byalag.1772790", "example.net")
    SUBJ[n] = "Ansökan - Levande Hjorted 2026"
    o = org("802520-171")
    txt = f"""Hej!

Hjorteds Byalag, org.nr {o}, ansöker härmed om 12 000 kr ur idéslanten.

Byalaget har 63 medlemmar och har funnits sedan 1987. Vi arbetar för att Hjorted ska vara en
levande bygd att bo och verka i.

Satsningen "Levande Hjorted 2026" ska stärka gemenskapen och göra bygden mer attraktiv för
inflyttare. Vi vill genomföra olika aktiviteter under året som stärker bygden och skapar
mötesplatser, för alla åldrar, kvinnor som män.

Årsmötet den 15 februari (31 närvarande) gav styrelsen i uppdrag att söka, och Hjorteds IF och
församlingen har lovat att samverka kring arrangemangen.

Budget
Lokalhyra                   2 500 kr
Föreläsare/arvoden          5 000 kr
Marknadsföring              1 500 kr
Förtäring                   3 000 kr
Summa                      12 000 kr

Vänliga hälsningar
Kjell Åberg, kassör
Hjorteds Byalag
0493-410 58
"""
    raw = message(
        [
            ("From", addr("Kjell Åberg", "kjell.aberg@example.net", "iso-8859-1", "Q")),
            ("To", "ideslanten@example.se"),
            ("Subject", ew(SUBJ[n], "iso-8859-1", "Q")),
            ("Date", date(3, 6, 10, 5)),
            ("Message-ID", MID[n]),
        ],
        text(txt, charset="iso-8859-1", cte="quoted-printable"),
    )
    add(
        n,
        "hjorteds-byalag-levande-hjorted",
        raw,
        label(
            "application",
            "sv",
            "11011",
            "Tidy iso-8859-1 QP application that is complete on paper but vague on the point that matters: 'olika aktiviteter under året som stärker bygden' says nothing concrete about what, when or how, so activity false even though the budget has a line for lecturers. Association (name, org.nr, 63 members, since 1987), contact (named treasurer from own address, phone), anchoring (annual meeting of 31 gave the mandate, sports club and parish will cooperate) and budget (four items, 12 000 kr) are true. Both genders stated.",
            association_name="Hjorteds Byalag",
            org_number=o,
            contact_name="Kjell Åberg",
            contact_email="kjell.aberg@example.net",
            contact_phone="0493-410 58",
            members=63,
            ort="Hjorted",
            amount_sek=12000,
            women_and_men=True,
        ),
    )

    # 2819 followup to 2805 (Outlook, multipart/alternative) – adds the anchoring
    n = 2819
    nr = RNR[2805]
    rsubj = f"Re: {SUBJ[2805]} [Idéslanten {nr}]"
    new = """Hej,

Nu är jag tillbaka efter semestern. Ni frågade om förankringen av säkerhetsdagen:

- Vårmötet den 7 mars, där 42 medlemmar var på plats, beslutade att vi ska genomföra dagen.
- Loftahammars Sjöscoutkår och Lofta Hembygdsförening arrangerar tillsammans med oss –
  scouterna har hand om prova-på-stationerna för barnen.
- 14 medlemmar har hittills anmält sig som funktionärer.

Med vänliga hälsningar
Thomas Berggren
Ordförande, Loftahammars Båtklubb
Tel 073-904 12 56
"""
    old = f"""________________________________
Från: Idéslanten – Region Kalmar län <ideslanten@example.se>
Skickat: den 26 januari 2026 08:42
Till: Thomas Berggren <thomas.berggren@example.com>
Ämne: {rsubj}

{receipt(nr, ["anchoring"])}
"""
    plain = new + "\n" + old
    html_new = new.replace("&", "&amp;").replace("\n\n", "</p><p>").replace("\n", "<br>")
    html_old = (
        old.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\n", "<br>")
    )
    html = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body><div style="font-family:Aptos,Calibri,sans-serif;font-size:12pt"><p>{html_new}</p></div>
<hr style="display:inline-block;width:98%">
<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt">{html_old}</font></div>
</body></html>
"""
    body = multipart(
        "alternative",
        "_000_AM0PR07MB4131B2A3C7D4E5F60A1B2C3D4E5F6AM0PR07MB4131eurp_",
        [text(plain, cte="quoted-printable"), text(html, "html", cte="quoted-printable")],
    )
    raw = message(
        [
            ("From", addr("Thomas Berggren", "thomas.berggren@example.com")),
            ("To", addr(*BOT)),
            ("Subject", ew("SV: " + rsubj)),
            ("Date", date(3, 10, 9, 3)),
            ("Message-ID", mid(n, "AM0PR07MB4131-sv-f19b", "example.com")),
            ("In-Reply-To", receipt_mid(nr)),
            ("References", f"{MID[2805]} {receipt_mid(nr)}"),
            ("Thread-Topic", ew(rsubj)),
            ("X-MS-Has-Attach", ""),
        ],
        body,
    )
    add(
        n,
        "sv-loftahammars-batklubb-forankring",
        raw,
        label(
            "followup",
            "sv",
            "01010",
            "Outlook followup to 2805 (multipart/alternative QP, 'SV: Re:' subject, quoted receipt below a '____' line with Från/Skickat/Till/Ämne in both parts). New text supplies the anchoring (spring-meeting decision with 42 present, two co-arranging local groups, 14 volunteers) and is signed by the named chair from his own address with phone, so anchoring and contact true. The club name in the signature is not a description, so association false. The out-of-office 2814 came from the same person earlier in the thread.",
            association_name="Loftahammars Båtklubb",
            contact_name="Thomas Berggren",
            contact_email="thomas.berggren@example.com",
            contact_phone="073-904 12 56",
        ),
    )

    # 2820 application, missing contact – Edsbrukssällskapet, windows-1252 multipart/alternative
    n = 2820
    MID[n] = mid(n, "000001dcb1e2$edsbruk$0a7f", "example.org")
    SUBJ[n] = "Ansökan om idéslanten – Edsbruks framtidsverkstad"
    o = org("802489-360")
    plain = f"""Hej,

Edsbrukssällskapet (org.nr {o}) är en ideell förening med ett hundratal medlemmar som sedan
2004 arbetar för bruksorten Edsbruk – vi sköter bruksparken, ordnar Bruksdagen i augusti och
har hand om det gamla brukskontoret som möteslokal.

Vi söker 9 500 kr till "Edsbruks framtidsverkstad": två workshopkvällar i Folkets hus, tisdag
12 maj och tisdag 26 maj kl 18–21, med en inhyrd processledare. Första kvällen samlar vi idéer
om vad Edsbruk behöver de kommande åren (badplatsen, lekplatsen vid skolan, en mötesplats för
unga, bättre kollektivtrafik till Västervik). Andra kvällen prioriterar vi och bildar
arbetsgrupper. Resultatet lämnas till kommunens landsbygdsråd i juni.

Förankring: När vi 2025 frågade alla hushåll i Edsbruk vad de saknade kom det in 71 svar, och
många ville just ha ett sådant forum. Edsbruks IK och PRO Edsbruk står bakom och sprider
inbjudan till sina medlemmar.

Budget:
Processledare, arvode 2 kvällar      6 000 kr
Hyra Folkets hus 2 x 700 kr          1 400 kr
Fika                                 1 200 kr
Utskick till alla hushåll              900 kr
Summa                                9 500 kr

Med vänlig hälsning
Styrelsen för Edsbrukssällskapet
"""
    html = (
        '<html><body><div style="font-family:Verdana;font-size:10pt"><p>'
        + plain.replace("&", "&amp;")
        .replace("\n\n", "\x00")
        .replace("\n", "<br>\n")
        .replace("\x00", "</p>\n<p>")
        + "</p></div></body></html>\n"
    )
    body = multipart(
        "alternative",
        "----=_NextPart_000_0017_01DCB1E2.5A3C7F20",
        [
            text(plain, charset="windows-1252", cte="quoted-printable"),
            text(html, "html", charset="windows-1252", cte="quoted-printable"),
        ],
        preamble="This is a multi-part message in MIME format.",
    )
    raw = message(
        [
            (
                "From",
                addr("Edsbrukssällskapet", "edsbrukssallskapet@example.org", "windows-1252", "Q"),
            ),
            ("To", addr(*BOT, "windows-1252", "Q")),
            ("Subject", ew(SUBJ[n], "windows-1252", "Q")),
            ("Date", date(3, 12, 20, 31)),
            ("Message-ID", MID[n]),
            ("X-Mailer", "Microsoft Windows Live Mail 16.4.3528.331"),
        ],
        body,
    )
    add(
        n,
        "edsbrukssallskapet-framtidsverkstad",
        raw,
        label(
            "application",
            "sv",
            "10111",
            "windows-1252 multipart/alternative (QP, Windows Live Mail) from an association's shared mailbox, signed 'Styrelsen för Edsbrukssällskapet'. Association true (name, org.nr, 'ett hundratal' = 100 members, what it does); activity true (two dated workshops with content and result); anchoring true (household survey with 71 answers, two local associations backing); budget true (four items, 9 500 kr). Contact false: no named person, only the board and a shared mailbox, so contact facts null. A process leader's fee is a fee, not salary.",
            association_name="Edsbrukssällskapet",
            org_number=o,
            members=100,
            ort="Edsbruk",
            amount_sek=9500,
        ),
    )

    # 2821 followup to 2812 (Gmail) – a new association and a named contact
    n = 2821
    nr = RNR[2812]
    rsubj = f"Re: {SUBJ[2812]} [Idéslanten {nr}]"
    new = """Hej!

Tack för snabbt svar. Vi har ordnat det som fattades:

Förening: På ett möte i bystugan den 8 mars bildade vi föreningen Helgenäs Vikförening. Stadgar
är antagna, vi är 27 medlemmar hittills och har ansökt om organisationsnummer. Föreningen ska
arbeta för miljön i viken och gemenskapen på Helgenäs.

Kontaktperson: Birgitta Sand (kassör), birgitta.sand@example.net, 070-963 27 15

Hälsningar
Birgitta Sand
för Helgenäs Vikförening
"""
    quoted = quote(receipt(nr, ["association", "contact"]))
    plain = (
        new
        + "\nDen ons 18 feb. 2026 kl 18:04 skrev Idéslanten – Region Kalmar län <\nideslanten@example.se>:\n\n"
        + quoted
        + "\n"
    )
    html = (
        '<div dir="ltr">'
        + new.replace("&", "&amp;").replace("\n", "<br>")
        + '</div><br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">Den ons 18 feb. 2026 kl 18:04 skrev Idéslanten – Region Kalmar län &lt;<a href="mailto:ideslanten@example.se">ideslanten@example.se</a>&gt;:<br></div>'
        + '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">'
        + receipt(nr, ["association", "contact"]).replace("\n", "<br>")
        + "</blockquote></div>\n"
    )
    body = multipart(
        "alternative",
        "000000000000a1b2c3d4e5f60718",
        [text(plain, cte="quoted-printable"), text(html, "html", cte="quoted-printable")],
    )
    raw = message(
        [
            ("From", addr("Helgenäs grannar", "bryggan.helgenas@example.net")),
            ("To", addr(*BOT)),
            ("Subject", ew(rsubj)),
            ("Date", date(3, 13, 19, 44)),
            ("Message-ID", "<CAH8kq3Yt0vRz-helgenas-2821x@example.net>"),
            ("In-Reply-To", receipt_mid(nr)),
            ("References", f"{MID[2812]} {receipt_mid(nr)}"),
        ],
        body,
    )
    add(
        n,
        "re-helgenas-vikforening",
        raw,
        label(
            "followup",
            "sv",
            "11000",
            "Gmail-style followup to 2812 (multipart/alternative, wrapped attribution line, '> ' quote and gmail_quote blockquote) sent from the same shared mailbox. New text supplies the association (newly founded Helgenäs Vikförening, 27 members, purpose; org.nr applied for, so null) and a named contact with her own e-mail and phone – the shared From address is not the contact e-mail. Nothing else is new, so activity, anchoring and budget false.",
            association_name="Helgenäs Vikförening",
            contact_name="Birgitta Sand",
            contact_email="birgitta.sand@example.net",
            contact_phone="070-963 27 15",
            members=27,
            ort="Helgenäs",
        ),
    )

    # 2822 spam – grant consultancy in English
    n = 2822
    txt = """Dear Rural Development Officer,

Are the associations in your region leaving money on the table?

GrantBoost Nordic helps rural associations, village councils and boat clubs secure EU and
national funding of up to 2 000 000 SEK per project. Our AI-powered application engine writes
complete, winning applications in 48 hours.

  * 94 % approval rate
  * No upfront cost - only a 15 % success fee
  * Special offer for Swedish regions: free webinar 12 April

Book a 15-minute call with our senior grant strategist today:
https://example.com/grantboost/book?ref=kalmar

Best regards,
Daniel Whitmore
Head of Partnerships, GrantBoost Nordic

If you no longer wish to receive these emails, reply STOP.
"""
    raw = message(
        [
            ("From", addr("Daniel Whitmore", "daniel.w@example.com")),
            ("To", "landsbygdsutvecklare@example.se"),
            ("Subject", "Secure up to 2M SEK for your rural associations - 94% success rate"),
            ("Date", date(3, 17, 15, 2)),
            ("Message-ID", mid(n, "gb-outreach-7731-kalmar", "example.com")),
        ],
        text(txt, charset="us-ascii", cte="7bit"),
    )
    add(
        n,
        "spam-grant-consultant",
        raw,
        label(
            "spam",
            "en",
            "00000",
            "Unsolicited English sales mail from a grant consultancy (us-ascii 7bit), with no list headers: it talks about funding, associations and boat clubs but applies for nothing and asks nothing about idéslanten. Spam; all elements false and all facts null (the 2 000 000 SEK is advertising).",
        ),
    )

    # 2823 application, missing anchoring and budget (budget only as a photo) – Sladö, Swenglish
    n = 2823
    MID[n] = mid(n, "CAJ2w-slado-0319-Kf7", "example.com")
    SUBJ[n] = "Ansökan idéslanten Sladö"
    o = org("802531-258")
    txt = f"""Hej hej,

Göran Wik här, ordförande i Sladö Öråd. Jag har jobbat utomlands i 20 år så excuse the Swenglish.

Sladö Öråd (org nr {o}) är en liten förening för oss som bor på Sladö och grannöarna, bofasta
och fritidsboende, 29 medlemmar. Ingen bro, ingen väg – bara båt, och svävare när isen är dålig.

So basically the plan is: en framtidsdialog om att bo på Sladö året runt. Två workshops i gamla
lotshuset, lördag 6 juni och lördag 20 juni, med en extern facilitator som har gjort samma sak
på öar i Åboland. Vi går igenom tre frågor – bredband/fiber, sophantering och en gemensam
vinterbåt – och tar fram en konkret handlingsplan som vi sedan presenterar för kommunen.
Målet är att två–tre familjer till ska kunna flytta hit permanent.

Jag tror alla på ön kommer vilja vara med, it's a no-brainer really.

Vi söker 15 000 kr. Budget – se bifogad bild.

Cheers,
Göran Wik
Sladö Öråd
070-781 30 66
"""
    body = multipart(
        "mixed",
        "000000000000f0e1d2c3b4a59687",
        [
            text(txt, cte="quoted-printable"),
            attachment("IMG_20260318_211544.png", "image/png", png(48, 36, 11)),
        ],
    )
    raw = message(
        [
            ("From", addr("Göran Wik", "goran.wik@example.com")),
            ("To", "ideslanten@example.se"),
            ("Subject", ew(SUBJ[n])),
            ("Date", date(3, 19, 21, 20)),
            ("Message-ID", MID[n]),
        ],
        body,
    )
    add(
        n,
        "slado-orad-framtidsdialog",
        raw,
        label(
            "application",
            "sv",
            "11100",
            "Swedish application with English phrases from an island without road connection; QP body plus a small PNG 'photo' of the budget. Association true (name, org.nr, 29 members, who they are); contact true (named chair from own address, phone); activity true (two dated workshops with facilitator, three topics, action plan, stated aim). Anchoring false: 'Jag tror alla på ön kommer vilja vara med' is only a hope. Budget false: 'se bifogad bild' but the image is not readable text; the bare 15 000 kr is the amount. Language sv (mostly Swedish).",
            association_name="Sladö Öråd",
            org_number=o,
            contact_name="Göran Wik",
            contact_email="goran.wik@example.com",
            contact_phone="070-781 30 66",
            members=29,
            ort="Sladö",
            amount_sek=15000,
        ),
    )

    # 2824 question in English – fishing-guide company in Påskallavik
    n = 2824
    txt = """Hi,

I run a small sport fishing guide company in Påskallavik (pike and sea trout tours, mostly
German and Dutch guests). A friend told me about the idéslanten.

1) Can a company apply, or does it have to be a förening?
2) If not, could we apply together with the local boat club, with them as the applicant?
3) Is there a deadline this year?

Thanks a lot!

Jens Hoffmann
Påskallavik Fishing Tours
+46 73 512 48 09
"""
    raw = message(
        [
            ("From", addr("Jens Hoffmann", "jens.hoffmann@example.com")),
            ("To", "ideslanten@example.se"),
            ("Subject", "Question about ideslanten for a fishing guide company"),
            ("Date", date(3, 23, 12, 18)),
            ("Message-ID", mid(n, "f8c1b2a0-pask-fishing", "example.com")),
        ],
        text(txt, cte="8bit"),
    )
    add(
        n,
        "question-fishing-guide-paskallavik",
        raw,
        label(
            "question",
            "en",
            "00000",
            "English question from a fishing-guide entrepreneur: can a company apply, can the boat club be the applicant, is there a deadline. Applies for nothing (no activity or amount), so kind question and all elements false; facts record only what is stated (signer, address, phone, locality). The company name is not an applying association.",
            contact_name="Jens Hoffmann",
            contact_email="jens.hoffmann@example.com",
            contact_phone="+46 73 512 48 09",
            ort="Påskallavik",
        ),
    )


def batch5() -> None:
    # 2825 application, complete – Figeholms Båtklubb with the fishing-conservation society
    n = 2825
    MID[n] = mid(n, "3e9d1f70-figeholm-bk", "example.org")
    SUBJ[n] = "Ansökan idéslanten – studieresa Figeholms Båtklubb"
    o = org("846001-551")
    plain = f"""Hej!

Figeholms Båtklubb söker idéslanten för en studieresa tillsammans med Figeholms
Fiskevårdsförening.

Sökande: Figeholms Båtklubb, org.nr {o}, 210 medlemmar. Klubben driver småbåtshamnen och
gästhamnen i Figeholm. Fiskevårdsföreningen (45 medlemmar) är medsökande.

Vad: Tvådagarsresa 15–16 maj till Arkösund och Fyrudden i Östergötlands skärgård. Där drivs
gästhamnarna helt av frivilliga och fiskevårdsgrupper har återställt lekplatser för gädda
i vikarna. Vi vill lära oss hur de gör, eftersom vår gästhamn hotas av att stänga när
arrendatorn slutar, och abborren och gäddan i Figeholmsviken minskar. Väl hemma håller vi en
öppen kväll i klubbstugan den 28 maj där alla i Figeholm får höra vad vi lärt oss och vi
startar en arbetsgrupp för gästhamnen.

Förankring: Båda föreningarnas styrelser beslutade om resan på ett gemensamt möte 3 mars.
Figeholms Företagarförening står bakom, eftersom gästhamnen är viktig för handeln, och 18
medlemmar har redan anmält sig. Resan är öppen för medlemmar i båda föreningarna, kvinnor som män.

Budget:
- Hyrd buss inkl. förare, 2 dagar: 5 600 kr
- Vandrarhem, 12 personer à 350 kr: 4 200 kr
- Guidning/föredrag i Arkösund: 1 500 kr
- Hyra klubbstugan för öppna kvällen: 800 kr
- Fika öppna kvällen: 900 kr
Summa: 13 000 kr

Hälsningar
Håkan Lindberg
vice ordförande, Figeholms Båtklubb
070-229 87 41
"""
    html = (
        '<div style="font-family:Helvetica,Arial"><p>'
        + plain.replace("&", "&amp;")
        .replace("\n\n", "\x00")
        .replace("\n", "<br>\n")
        .replace("\x00", "</p>\n<p>")
        + "</p></div>\n"
    )
    body = multipart(
        "alternative",
        "b1_3f0a9e2c7d5b4a1e8f6c2d9a0b7e5c3f",
        [text(plain, cte="quoted-printable"), text(html, "html", cte="quoted-printable")],
    )
    raw = message(
        [
            ("From", addr("Håkan Lindberg", "hakan.lindberg@example.org")),
            ("To", addr(*BOT)),
            ("Subject", ew(SUBJ[n])),
            ("Date", date(3, 25, 17, 55)),
            ("Message-ID", MID[n]),
        ],
        body,
    )
    add(
        n,
        "figeholms-batklubb-studieresa",
        raw,
        label(
            "application",
            "sv",
            "11111",
            "Complete multipart/alternative (QP) application from a boat club applying together with a fishing-conservation society. The applicant is the boat club (210 members; the partner's 45 are not added), with org.nr; contact the named vice chair from his own address with phone; activity a dated study trip with a concrete local problem (guest harbour, fish stocks) and a public evening back home; anchoring a joint board decision, the local business association's backing and 18 signed up; budget five items, 13 000 kr. Hired bus with driver is not salary. Both genders stated.",
            association_name="Figeholms Båtklubb",
            org_number=o,
            contact_name="Håkan Lindberg",
            contact_email="hakan.lindberg@example.org",
            contact_phone="070-229 87 41",
            members=210,
            ort="Figeholm",
            amount_sek=13000,
            women_and_men=True,
        ),
    )

    # 2826 followup to 2813 (Thunderbird) – named contact and a CSV budget
    n = 2826
    nr = RNR[2813]
    rsubj = f"Re: {SUBJ[2813]} [Idéslanten {nr}]"
    new = """Hej,

Vi kompletterar vår ansökan "Kristdala berättar".

Kontaktperson är jag, Ingvor Petersson, ordförande i Kristdala Hembygdsgille.
Telefon 0491-730 42 eller 073-801 55 27, e-post ingvor.petersson@example.org.

Budgeten bifogas som en fil (budget.csv). Summan är densamma som förut, 9 000 kr.

Vänliga hälsningar
Ingvor Petersson
"""
    quoted = quote(receipt(nr, ["contact", "budget"], 1))
    plain = (
        new + "\nDen 2026-02-20 kl. 09:31, Idéslanten – Region Kalmar län skrev:\n" + quoted + "\n"
    )
    csv_data = "Post;Belopp (kr)\r\nSamtalsledare (lokal författare), arvode 4 tillfällen;4000\r\nHyra av inspelningsutrustning;1500\r\nFika 4 tillfällen;1600\r\nAnnonsering i Kristdalabladet och affischer;900\r\nKopiering av ljudarkivet till skolan och biblioteket;1000\r\nSumma;9000\r\n"
    body = multipart(
        "mixed",
        "------------k7YpQ2Xc0sW3nE9mT1rB4dLf",
        [
            text(plain, cte="8bit", extra=()),
            attachment(
                "budget.csv",
                'text/csv; charset="utf-8"',
                b"\xef\xbb\xbf" + csv_data.encode("utf-8"),
            ),
        ],
        preamble="This is a multi-part message in MIME format.",
    )
    raw = message(
        [
            ("From", addr("Ingvor Petersson", "ingvor.petersson@example.org")),
            ("To", addr(*BOT)),
            ("Subject", ew(rsubj)),
            ("Date", date(3, 27, 10, 40)),
            ("Message-ID", "<6a3f1e2b-7c9d-4b0a-8e5f-kristdala2826@example.org>"),
            ("In-Reply-To", receipt_mid(nr)),
            ("References", f"{MID[2813]} {receipt_mid(nr)}"),
            ("User-Agent", "Mozilla Thunderbird"),
            ("Content-Language", "sv-SE"),
        ],
        body,
    )
    add(
        n,
        "re-kristdala-kontakt-budget",
        raw,
        label(
            "followup",
            "sv",
            "01001",
            "Thunderbird followup to 2813 with '> ' quoted receipt and a semicolon-separated CSV attachment (utf-8 with BOM, CRLF inside the base64 file only). New text names the chair as contact with two phones (first recorded) and her own e-mail, and the CSV gives five items summing to 9 000 kr, so contact and budget true. Association name appears but nothing new about the group, so association false. A rented recorder is not an investment; the author's fee is not salary.",
            association_name="Kristdala Hembygdsgille",
            contact_name="Ingvor Petersson",
            contact_email="ingvor.petersson@example.org",
            contact_phone="0491-730 42",
            ort="Kristdala",
            amount_sek=9000,
        ),
    )

    # 2827 application from a one-man water-taxi firm – no association
    n = 2827
    MID[n] = mid(n, "sjotaxi.lofta.0331", "example.net")
    SUBJ[n] = "Söker idéslanten för skärgårdsträff i Lofta"
    txt = """Hej

Jag heter Patrik Ström och kör Lofta Sjötaxi (enskild firma) i Loftahammar sen 2015, sommartid
även turbåt ut till Stora Askö och Hasselö.

Säsongen här är för kort, de flesta av oss småföretagare i skärgården lever på 8 veckor. Jag vill
ordna en skärgårdsträff tisdag 20 oktober i Lofta bygdegård för alla som driver något i
Loftahammars skärgård – kaféer, stuguthyrare, fiskare, kajakuthyrning, sjötaxi. En föreläsare som
har jobbat med att förlänga säsongen på Höga kusten kommer och berättar, sen jobbar vi i grupper
med gemensam bokning och paket för vår och höst. Målet: fler jobb som håller året runt här ute.

Loftahammars Företagarförening och Lofta Hembygdsförening står som medarrangörer och 11 företag
har redan sagt att de kommer.

Kostnader
hyra bygdegården 1 200
föreläsare inkl resa 4 500
middag 25 pers 5 000
inbjudningar 300
= 11 000 kr

/Patrik Ström
Lofta Sjötaxi
076-455 20 91
"""
    raw = message(
        [
            ("From", addr("Patrik Ström", "patrik@example.net")),
            ("To", "ideslanten@example.se"),
            ("Subject", ew(SUBJ[n], "utf-8", "Q")),
            ("Date", date(3, 31, 6, 52)),
            ("Message-ID", MID[n]),
        ],
        text(txt, cte="8bit"),
    )
    add(
        n,
        "lofta-sjotaxi-skargardstraff",
        raw,
        label(
            "application",
            "sv",
            "01111",
            "Application from a tourism entrepreneur (one-man water taxi firm), utf-8 8bit. Association false: the applicant is his own firm, not a named and described group; the two local associations are co-organisers, not the applicant, so association_name null. Contact true (named signer from own address, phone); activity true (dated meeting with speaker and group work on a longer season); anchoring true (two local associations co-arrange, 11 firms signed up); budget true (four items, 11 000 kr). Same locality as 2805, relevant to the per-ort cap. Genders not stated.",
            contact_name="Patrik Ström",
            contact_email="patrik@example.net",
            contact_phone="076-455 20 91",
            ort="Loftahammar",
            amount_sek=11000,
        ),
    )

    # 2828 application, three elements missing – Ankarsrums Motorklubb, two lines
    n = 2828
    MID[n] = mid(n, "android.ankarsrum.mk.4471", "example.com")
    SUBJ[n] = "pengar till byn"
    txt = """Tja! Vi i Ankarsrums Motorklubb (typ 40 medlemmar, mest raggare o mopedkillar men tjejer med) vill söka pengar till nåt kul för byn i sommar. 15 lax? Säg till vad ni behöver veta

/Micke Strand 070-668 03 12
"""
    raw = message(
        [
            ("From", addr("Mikael Strand", "micke.strand@example.com")),
            ("To", "ideslanten@example.se"),
            ("Subject", SUBJ[n]),
            ("Date", date(4, 2, 23, 14)),
            ("Message-ID", MID[n]),
        ],
        text(txt, cte="base64"),
    )
    add(
        n,
        "ankarsrums-motorklubb-15-lax",
        raw,
        label(
            "application",
            "sv",
            "11000",
            "Two-line slangy application (base64 utf-8). Association true, barely: named club with 'typ 40' members and what kind of club. Contact true: 'Micke Strand' signs from his own address with phone (display name Mikael, signature nickname – recorded as signed). Activity false ('nåt kul för byn'), anchoring false (nothing), budget false; '15 lax' is slang for 15 000 kr and counts as the rough amount. The gender mix describes members, not the activity, so women_and_men null.",
            association_name="Ankarsrums Motorklubb",
            contact_name="Micke Strand",
            contact_email="micke.strand@example.com",
            contact_phone="070-668 03 12",
            members=40,
            ort="Ankarsrum",
            amount_sek=15000,
        ),
    )

    # 2829 application, complete but for women only – Tjust Sjökvinnor
    n = 2829
    MID[n] = mid(n, "tjust-sjokvinnor-0407-aa", "example.org")
    SUBJ[n] = "Tjejer till sjöss – ansökan idéslanten"
    o = org("802527-903")
    txt = f"""Hej!

Tjust Sjökvinnor söker pengar ur idéslanten till kursen "Tjejer till sjöss" i Gamleby.

Vi är en ideell förening (org.nr {o}) för kvinnor i Tjustbygden som vill känna sig säkra i
egen båt. Föreningen startade 2023 och har 38 medlemmar i Gamleby med omnejd.

Kursen är tre lördagar, 16 maj, 30 maj och 13 juni, i Gamleby hamn: navigation och sjökort,
knopar och förtöjning, motorvård och vad man gör när motorn stannar. En certifierad
instruktör leder dagarna och vi hyr två båtar från båtuthyrningen i hamnen. Kursen vänder sig
bara till kvinnor – det är just kvinnorna i bygden som i dag inte kör ut själva, och många
vill kunna ta sig till sommarstället eller fiska utan att behöva en man vid rodret. Fler
kvinnor på sjön ger fler som engagerar sig i båtklubben och sjöräddningen i Gamleby.

Gamleby Båtsällskap lånar ut klubbstugan och hjälper till med bryggplatser. Förra hösten
skrev 52 kvinnor upp sig på vår intresselista på Gamlebydagen.

Budget
  Instruktörsarvode 3 dagar à 2 500 kr     7 500 kr
  Båthyra 3 dagar à 1 200 kr               3 600 kr
  Bränsle                                  1 200 kr
  Kopiering av kursmaterial                  400 kr
  Fika och lunch                             800 kr
  Summa                                   13 500 kr

Kontakt: Emma Karlsson, 073-220 61 94

Hälsningar
Emma Karlsson, ordförande Tjust Sjökvinnor
"""
    raw = message(
        [
            ("From", addr("Emma Karlsson", "emma.karlsson@example.org")),
            ("To", addr(*BOT)),
            ("Subject", ew(SUBJ[n])),
            ("Date", date(4, 7, 8, 22)),
            ("Message-ID", MID[n]),
        ],
        text(txt, cte="quoted-printable"),
    )
    add(
        n,
        "tjust-sjokvinnor-tjejer-till-sjoss",
        raw,
        label(
            "application",
            "sv",
            "11111",
            "Complete, well-written application (QP) that breaks the both-genders rule: the course is explicitly only for women, so women_and_men false while all five elements are present (eligibility is not an element). Association named with org.nr, 38 members, start year; contact named chair with phone from her own address; activity three dated course days with content and local benefit; anchoring the local boat society lends its clubhouse and 52 women on an interest list (not members); budget five items, 13 500 kr. Instructor's fee is not salary, renting boats is not an investment, fuel is a consumable.",
            association_name="Tjust Sjökvinnor",
            org_number=o,
            contact_name="Emma Karlsson",
            contact_email="emma.karlsson@example.org",
            contact_phone="073-220 61 94",
            members=38,
            ort="Gamleby",
            amount_sek=13500,
            women_and_men=False,
        ),
    )

    # 2830 autoreply WITHOUT any automation header – answers the officer's reply on 2825
    n = 2830
    nr = RNR[2825]
    txt = """Tack för ditt mejl!

Jag är ute på långsegling till och med 26 april och läser mejl mycket sällan.
Frågor om gästhamnen: ring klubbstugan 0491-212 40 (bemannad helger).

Håkan Lindberg
Figeholms Båtklubb
"""
    raw = message(
        [
            ("From", addr("Håkan Lindberg", "hakan.lindberg@example.org")),
            ("To", addr(*OFFICER)),
            ("Subject", ew(f"Sv: {SUBJ[2825]} [Idéslanten {nr}]")),
            ("Date", date(4, 9, 14, 3)),
            ("Message-ID", mid(n, "vacation-reply-91c2", "example.org")),
            ("In-Reply-To", "<lbu-2026-0409-2.officer@example.se>"),
            ("References", f"{MID[2825]} {receipt_mid(nr)} <lbu-2026-0409-2.officer@example.se>"),
        ],
        text(txt, charset="iso-8859-1", cte="quoted-printable"),
    )
    add(
        n,
        "sv-figeholm-langsegling",
        raw,
        label(
            "autoreply",
            "sv",
            "00000",
            "Out-of-office reply with NO automation header (no Auto-Submitted, X-Autoreply or Precedence), a plain 'Sv:' subject with the case number and References to application 2825 – it looks like a followup by its headers. Only the content (away sailing until 26 April, reads mail rarely) shows it is an autoreply; the bot must not answer it. All elements false, all facts null.",
        ),
    )

    # 2831 application, missing anchoring (only a described need) – Fårbo, base64 body
    n = 2831
    MID[n] = mid(n, "farbo-bytorg-1e7c", "example.com")
    SUBJ[n] = "Ansökan: Bytorg vid gamla stationen i Fårbo"
    o = org("802448-276")
    txt = f"""Hej!

Fårbo Byförening (org.nr {o}, 74 medlemmar) vill söka idéslanten för "Bytorget i Fårbo".

Vi vill ha ett lördagstorg vid gamla stationshuset tre gånger i sommar – 27 juni, 25 juli och
22 augusti kl 10–14. Lokala odlare, hantverkare och bagare säljer sina varor, vi visar det gamla
stationshuset och det blir spelmansmusik. Byföreningen har ett eget bord där vi
samlar in idéer om vad byn behöver. Det blir en mötesplats för alla i Fårbo och de som kör
förbi på väg till kusten stannar och handlar lokalt.

Det finns ett stort behov av en mötesplats i Fårbo sedan affären stängde 2024, och vi är
övertygade om att torget kommer att bli uppskattat.

Budget
Hyra av tält, 3 gånger á 900 kr: 2 700 kr
Annonsering: 1 800 kr
Hyra av bajamaja och elverk: 1 500 kr
Spelmän, arvode 3 x 1 000 kr: 3 000 kr
Totalt: 9 000 kr

Med vänliga hälsningar
Annika Gustavsson
sekreterare, Fårbo Byförening
tel. 0491-600 93
"""
    raw = message(
        [
            ("From", addr("Annika Gustavsson", "annika.gustavsson@example.com")),
            ("To", addr(*BOT)),
            ("Subject", ew(SUBJ[n])),
            ("Date", date(4, 14, 19, 9)),
            ("Message-ID", MID[n]),
        ],
        text(txt, cte="base64"),
    )
    add(
        n,
        "farbo-byforening-bytorg",
        raw,
        label(
            "application",
            "sv",
            "11101",
            "Base64 utf-8 application with everything but anchoring. Association (name, org.nr, 74 members), contact (named secretary from own address, phone), activity (three dated Saturday markets with content and local benefit) and budget (four items, 9 000 kr) are true. Anchoring false: a described need since the shop closed and a conviction that it will be appreciated are not local backing; no meeting, survey, partner group or volunteers are named. Renting a tent, toilet and generator is not an investment; musicians' fees are not salary.",
            association_name="Fårbo Byförening",
            org_number=o,
            contact_name="Annika Gustavsson",
            contact_email="annika.gustavsson@example.com",
            contact_phone="0491-600 93",
            members=74,
            ort="Fårbo",
            amount_sek=9000,
        ),
    )

    # 2832 followup to 2823 that supplies nothing useful
    n = 2832
    nr = RNR[2823]
    rsubj = f"Re: {SUBJ[2823]} [Idéslanten {nr}]"
    new = """Hej,

Thanks för svaret! Ska snacka med styrelsen om budgeten på nästa möte och återkomma.
Bilden var tydligen för suddig, sorry about that.

Cheers,
Göran Wik
"""
    quoted = quote(receipt(nr, ["anchoring", "budget"]))
    plain = (
        new
        + "\nDen tors 19 mars 2026 kl 21:21 skrev Idéslanten – Region Kalmar län <\nideslanten@example.se>:\n\n"
        + quoted
        + "\n"
    )
    raw = message(
        [
            ("From", addr("Göran Wik", "goran.wik@example.com")),
            ("To", addr(*BOT)),
            ("Subject", ew(rsubj)),
            ("Date", date(4, 16, 7, 35)),
            ("Message-ID", "<CAJ2w-slado-0416-Rr2a@example.com>"),
            ("In-Reply-To", receipt_mid(nr)),
            ("References", f"{MID[2823]} {receipt_mid(nr)}"),
        ],
        text(plain, cte="quoted-printable"),
    )
    add(
        n,
        "re-slado-aterkommer",
        raw,
        label(
            "followup",
            "sv",
            "01000",
            "Followup to 2823 that adds nothing: thanks, will discuss the budget with the board and come back, apologises for the blurry photo. Only contact is true (named signer from his own address). Quoted receipt ('> ', Gmail attribution) lists anchoring and budget as missing – must not count. Tests a followup where the bot should keep asking for the same parts.",
            contact_name="Göran Wik",
            contact_email="goran.wik@example.com",
        ),
    )


def batch6() -> None:
    # 2833 newsletter – Precedence: bulk and List-Unsubscribe, no List-Id
    n = 2833
    txt = """LANDSBYGDSNÄTVERKET KALMAR LÄN
Aprilbrev 2026

I detta nummer:
1. Sista chansen att anmäla sig till Bygdeforum i Högsby 9 maj
2. Idéslanten: Har er förening sökt? Vi har samlat tre goda exempel från 2025 – en
   båtklubb, ett byalag på en ö och en förening som räddade sin bystuga.
3. Nytt stöd för laddstolpar på landsbygden (Energimyndigheten)
4. Kalender: Öppna bygdegårdarnas dag 23 maj

Läs hela brevet på webben: https://example.net/nyhetsbrev/2026-04

--
Du får detta brev eftersom du är med i Landsbygdsnätverkets sändlista.
Avregistrera: https://example.net/nyhetsbrev/avregistrera?m=lbu-kalmar
"""
    raw = message(
        [
            (
                "From",
                addr("Landsbygdsnätverket Kalmar län", "nyhetsbrev@example.net", "iso-8859-1", "Q"),
            ),
            ("To", "landsbygdsutvecklare@example.se"),
            (
                "Subject",
                ew(
                    "Aprilbrev: Bygdeforum, goda exempel på idéslanten och laddstolpar",
                    "iso-8859-1",
                    "Q",
                ),
            ),
            ("Date", date(4, 20, 6, 0)),
            ("Message-ID", mid(n, "nl-2026-04.lbu-kalmar", "example.net")),
            ("Precedence", "bulk"),
            ("List-Unsubscribe", "<https://example.net/nyhetsbrev/avregistrera?m=lbu-kalmar>"),
            ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
        ],
        text(txt, charset="iso-8859-1", cte="quoted-printable"),
    )
    add(
        n,
        "landsbygdsnatverket-aprilbrev",
        raw,
        label(
            "newsletter",
            "sv",
            "00000",
            "Plain-text iso-8859-1 QP newsletter with Precedence: bulk and List-Unsubscribe (one-click) but no List-Id. Mentions idéslanten and examples of boat clubs and island village groups, which must not trigger application or question. All elements false, all facts null.",
        ),
    )

    # 2834 application, missing contact, budget in an uncompressed PDF – Almviks Byalag
    n = 2834
    MID[n] = mid(n, "almvik-byalag-hamnstamma", "example.net")
    SUBJ[n] = "Ansokan ideslanten - Hamnstamma i Almvik"
    txt = """Hej,

Almviks Byalag söker bidrag ur idéslanten. Byalaget har 58 medlemmar och omfattar Almvik och
gårdarna runt viken söder om Gamleby.

Kommunen planerar att sälja tomterna vid den gamla tegelbrukshamnen. Innan det sker vill vi
samla byn till en hamnstämma lördag 30 maj i tegelbruksmagasinet: en arkitekt som arbetat med
levande småhamnar i Blekinge föreläser, och sedan tar vi i grupper fram byns egen vision för
hamnen – kajen, båtplatser för bofasta, ett sommarkafé. Visionen trycks upp och lämnas till
kommunen före beslutet i höst.

Stämman beslutades på byamötet i mars där ett fyrtiotal bybor var med, och Almviks
Tegelbruksförening är medarrangör och upplåter magasinet.

Budgeten ligger som pdf.

Almviks Byalag
"""
    doc = pdf(
        [
            "# Almviks Byalag - budget Hamnstämma 2026",
            "",
            "Arkitekt, föreläsningsarvode inkl. resa       4 000 kr",
            "Hyra tegelbruksmagasinet                       1 000 kr",
            "Fika, ca 60 personer                           1 500 kr",
            "Annons och affischer                             700 kr",
            "Tryck av visionen, 100 ex                        800 kr",
            "",
            "Totalt att söka                                8 000 kr",
        ]
    )
    body = multipart(
        "mixed",
        "=-almvik-2834-Yq6Pz",
        [
            text(txt, charset="utf-8", cte="8bit"),
            attachment("budget_hamnstamma.pdf", "application/pdf", doc),
        ],
    )
    raw = message(
        [
            ("From", addr("Almviks Byalag", "almviks.byalag@example.net")),
            ("To", "ideslanten@example.se"),
            ("Subject", SUBJ[n]),
            ("Date", date(4, 22, 20, 47)),
            ("Message-ID", MID[n]),
        ],
        body,
    )
    add(
        n,
        "almviks-byalag-hamnstamma",
        raw,
        label(
            "application",
            "sv",
            "10111",
            "Application from a village association's own mailbox with no named person anywhere – the mail just ends with the association name – so contact false and contact facts null. Association true (name, 58 members, area); activity true (dated harbour assembly with architect lecture and vision work, handed to the municipality); anchoring true (village meeting of about forty, heritage brickworks society co-arranges; attendees are not members); budget true in an uncompressed PDF attachment (five items, 8 000 kr). Subject written in plain ASCII without å/ä/ö.",
            association_name="Almviks Byalag",
            members=58,
            ort="Almvik",
            amount_sek=8000,
        ),
    )

    # 2835 application, missing budget – PRO Saltvik, older writer
    n = 2835
    MID[n] = mid(n, "pro.saltvik.it-cafe.27", "example.com")
    SUBJ[n] = "Ansökan om bygdepeng. IT-café för äldre i Saltvik"
    txt = """Bästa Landsbygdsutvecklare!

Undertecknad är ordförande i PRO Saltvik, pensionärsföreningen här i Saltvik norr om Oskarshamn. Vi har för närvarande 58 medlemmar, både kvinnor och män, de flesta över 70 år.

Många av våra medlemmar har svårt med det digitala. Banken har stängt, vårdcentralen vill att man använder appen och bussbiljetten skall köpas i telefonen. Därför vill vi starta ett IT-café i Saltviks bygdegård varje tisdag kl 14-16 från 1 september till 24 november (tolv gånger). En lärare från studieförbundet håller i det och går igenom BankID, Swish, 1177 och Kalmar länstrafiks app. Ungdomar från Saltviks Scoutkår kommer som "digitala faddrar" och hjälper till vid borden. På så vis kan de äldre bo kvar hemma i byn längre och de unga och gamla lär känna varandra.

Vid medlemsmötet den 12 mars röstade samtliga 41 närvarande för förslaget, och scoutkårens ledare har lovat att ställa upp.

Kostnaden beräknas till cirka 14 000 kronor totalt.

Med vänlig hälsning

Sven-Erik Holmqvist
Ordförande PRO Saltvik
Tel. 0491-180 26
"""
    raw = message(
        [
            ("From", addr("Sven-Erik Holmqvist", "svenerik.holmqvist@example.com")),
            ("To", "ideslanten@example.se"),
            ("Subject", ew(SUBJ[n], "windows-1252", "Q")),
            ("Date", date(4, 27, 11, 33)),
            ("Message-ID", MID[n]),
        ],
        text(txt, charset="windows-1252", cte="8bit"),
    )
    add(
        n,
        "pro-saltvik-it-cafe",
        raw,
        label(
            "application",
            "sv",
            "11110",
            "Formal, long-lined windows-1252 8bit application from a pensioners' association. Association (name, 58 members, what it is), contact (named chair from own address, phone), activity (twelve dated IT-café sessions with teacher and scout helpers, local benefit), anchoring (members' meeting vote by all 41 present, scout group's commitment; attendees are not members) are true. Budget false: only 'cirka 14 000 kronor totalt', which is the amount. Both genders stated. A study-association teacher is a course leader, not salary.",
            association_name="PRO Saltvik",
            contact_name="Sven-Erik Holmqvist",
            contact_email="svenerik.holmqvist@example.com",
            contact_phone="0491-180 26",
            members=58,
            ort="Saltvik",
            amount_sek=14000,
            women_and_men=True,
        ),
    )

    # 2836 question – may we buy a defibrillator? (proposes a physical investment)
    n = 2836
    txt = """Hej
Kan man söka idéslanten för att köpa en hjärtstartare till bygdegården i Blackstad? Närmaste ambulans står i Västervik och det tar lång tid. Den vi tittat på kostar ca 14 000.
Och när är sista dag att söka?
Mvh Britt-Marie Olausson
Blackstad bygdegårdsförening
"""
    raw = message(
        [
            ("From", addr("Britt-Marie Olausson", "brittmarie.olausson@example.se")),
            ("To", "ideslanten@example.se"),
            ("Subject", ew("Fråga hjärtstartare", "utf-8", "Q")),
            ("Date", date(5, 4, 16, 20)),
            ("Message-ID", mid(n, "f0e7c5a3-blackstad-hlr", "example.se")),
        ],
        text(txt, cte="8bit"),
    )
    add(
        n,
        "fraga-hjartstartare-blackstad",
        raw,
        label(
            "question",
            "sv",
            "00000",
            "Short question whether a defibrillator for the village hall can be bought with idéslanten, and the deadline. Not an application (no request beyond asking), so all elements false. The question itself proposes buying equipment, so physical_investment true; salary_costs stays null. The price of the device is not an amount applied for, so amount_sek null. The signer and her association are recorded as stated.",
            association_name="Blackstad bygdegårdsförening",
            contact_name="Britt-Marie Olausson",
            contact_email="brittmarie.olausson@example.se",
            ort="Blackstad",
            physical_investment=True,
        ),
    )

    # 2837 application, complete but with salary costs – Totebo Byaråd
    n = 2837
    MID[n] = mid(n, "totebo-byarad-0507", "example.org")
    SUBJ[n] = "Idéslanten 2026 – Totebo i rörelse"
    o = org("802515-437")
    txt = f"""Hej!

Totebo Byaråd ansöker om 14 500 kr ur idéslanten.

Om oss: Totebo Byaråd, org.nr {o}, bildades 2011 och har 45 medlemmar. Vi samlar byns
föreningar och enskilda och driver frågor om tågstoppet, bygdegården och skolskjutsen.

Aktivitet: "Totebo i rörelse" – fyra öppna dialogmöten i bygdegården under hösten (3/9, 1/10,
29/10, 26/11) om framtiden för tågstoppet på Tjustbanan och hur bygdegården kan bli en
mötesplats med café och distansarbetsplatser. Till varje möte bjuder vi in någon som kan
ämnet. För att hålla ihop det hela anställer vi en av våra medlemmar som projektsamordnare
på timme under hösten – hon sköter inbjudningar, dokumentation och kontakten med kommunen.
Mötena är för alla i Totebo, kvinnor och män, unga och gamla.

Förankring: Byamötet 19 april (48 personer) ställde sig bakom, och i vår enkät svarade 112
hushåll att tågstoppet är byns viktigaste fråga. Totebo IF och Hembygdsföreningen samverkar.

Budget:
Lön projektsamordnare, 40 tim inkl. arbetsgivaravgift   8 000 kr
Föreläsare/inledare, 4 x 1 000 kr                        4 000 kr
Hyra bygdegården, 4 x 300 kr                             1 200 kr
Fika                                                     1 300 kr
Summa                                                   14 500 kr

Kontaktperson: Jan-Olof Björk, 0493-510 24, janolof.bjork@example.org

Vänliga hälsningar
Jan-Olof Björk
ordförande Totebo Byaråd
"""
    raw = message(
        [
            ("From", addr("Jan-Olof Björk", "janolof.bjork@example.org")),
            ("To", addr(*BOT)),
            ("Subject", ew(SUBJ[n])),
            ("Date", date(5, 7, 21, 10)),
            ("Message-ID", MID[n]),
        ],
        text(txt.replace("–", "-"), charset="iso-8859-1", cte="quoted-printable"),
    )
    add(
        n,
        "totebo-byarad-i-rorelse",
        raw,
        label(
            "application",
            "sv",
            "11111",
            "Complete iso-8859-1 QP application that breaks the no-salary rule: the budget includes 'Lön projektsamordnare' for an employed member (8 000 kr incl. employer's contributions), so salary_costs true – unlike the speakers' fees. All elements present: association with org.nr, 45 members and role; named contact with phone and e-mail; four dated dialogue meetings with clear local purpose; village meeting of 48, a survey answered by 112 households and two cooperating associations; itemised budget of 14 500 kr. Both genders stated.",
            association_name="Totebo Byaråd",
            org_number=o,
            contact_name="Jan-Olof Björk",
            contact_email="janolof.bjork@example.org",
            contact_phone="0493-510 24",
            members=45,
            ort="Totebo",
            amount_sek=14500,
            women_and_men=True,
            salary_costs=True,
        ),
    )

    # 2838 application in capitals, missing association and activity – boathouse owners in Uthammar
    n = 2838
    MID[n] = mid(n, "uthammar-sjobod-kl", "example.net")
    SUBJ[n] = "SJÖBODARNA UTHAMMAR"
    txt = """HEJ.
VI SOM HAR SJÖBODAR I UTHAMMAR VILL SÖKA IDESLANTEN. HAMNEN HÄR HAR BLIVIT RÄTT DÖD SEN FISKET GICK NER OCH VI VILL GÖRA NÅGOT SÅ DET BLIR LIV I DEN IGEN. VAD DET BLIR FÅR VI SE.
VI VAR 19 STYCKEN PÅ MÖTET I BERTILS SJÖBOD DEN 2 MAJ OCH ALLA RÖSTADE JA. HAMNENS SAMFÄLLIGHET STÖDER DET OCKSÅ OCH LÅNAR UT NÄTBODEN.
PENGARNA:
HYRA AV TÄLT 1000
FÖRELÄSARE 3000
MAT OCH KAFFE 1500
ANNONS I TIDNINGEN 500
SUMMA 6000 KR
MVH KENT LUND 070-385 71 20
"""
    raw = message(
        [
            ("From", addr("Kent Lund", "kent.lund@example.net")),
            ("To", "ideslanten@example.se"),
            ("Subject", ew(SUBJ[n], "iso-8859-1", "Q")),
            ("Date", date(5, 12, 5, 48)),
            ("Message-ID", MID[n]),
        ],
        text(txt, charset="iso-8859-1", cte="8bit"),
    )
    add(
        n,
        "uthammar-sjobodar-versaler",
        raw,
        label(
            "application",
            "sv",
            "01011",
            "All-capitals iso-8859-1 mail from an older boathouse owner. Association false: 'vi som har sjöbodar i Uthammar' is an unnamed group (the harbour's joint-property association is a supporter, not the applicant). Activity false: 'göra något så det blir liv i den igen. Vad det blir får vi se' is a vague wish, even though the budget mentions a lecturer and a tent. Anchoring true (meeting of 19 that voted yes, the harbour association lends its net shed), budget true (four items, 6 000 kr), contact true (named signer from own address with phone; name recorded in normal case).",
            contact_name="Kent Lund",
            contact_email="kent.lund@example.net",
            contact_phone="070-385 71 20",
            ort="Uthammar",
            amount_sek=6000,
        ),
    )

    # 2839 application in English with Swedish bits, complete, buys equipment – Furö, .txt budget
    n = 2839
    MID[n] = mid(n, "furo-stugforening-sa", "example.org")
    SUBJ[n] = "Idéslanten application – Furö Open Jetty Day + öbornas dialogmöte"
    o = org("802539-804")
    txt = f"""Dear Sir or Madam / Hej!

I am writing on behalf of Furö Stugförening, the cottage owners' and residents' association on
Furö in the Oskarshamn archipelago (org.nr {o}). We have 46 members, of whom 9 now live on the
island all year. There is no bridge, so everything comes by boat – in summer the skärgårdsbåt,
the rest of the year our own boats.

What we plan:
 - Saturday 4 July: "Furö Open Jetty Day" at the common jetty – guided nature walk with a local
   biologist, children's fishing competition, and an evening concert with a local spelman.
 - Sunday 5 July: "Öbornas dialogmöte", a morning meeting where summer and year-round residents
   agree on what we want from the municipality – a winter boat service and waste collection –
   and elect a small group to follow it up.
The aim is to bring the summer people and the year-round people together and to keep the island
alive outside the season. Everyone is welcome – men, women and kids.

Förankring: the AGM (årsmöte) on 12 July 2025, 31 members present, decided unanimously to
organise the weekend, and Furö Fiskevattenägare are co-organisers of the fishing competition.
Fourteen members have volunteered for the day.

The budget is attached as a small text file (budget.txt). We apply for 11 600 SEK.

Best regards / Vänliga hälsningar
Simon Ashcroft, chairman, Furö Stugförening
+46 76 903 14 58
"""
    budget = """FURÖ STUGFÖRENING – BUDGET, OPEN JETTY DAY + DIALOGMÖTE 2026

Biologist, fee for guided walk ..................... 2 000 kr
Spelman, fee for concert ........................... 2 500 kr
Prizes for children's fishing competition ........... 600 kr
Food and coffee, both days ......................... 2 300 kr
6 folding tables and 2 gazebos (to keep for future
  events on the island) ............................ 4 200 kr
                                                   ----------
Total                                               11 600 kr
"""
    body = multipart(
        "mixed",
        "Apple-Mail=_9E1D3C7B-2A4F-4C8E-B6D0-F1A2B3C4D5E6",
        [
            text(txt, cte="quoted-printable"),
            attachment("budget.txt", 'text/plain; charset="utf-8"', budget.encode("utf-8")),
        ],
    )
    raw = message(
        [
            ("From", addr("Simon Ashcroft", "simon.ashcroft@example.org")),
            ("To", addr(*BOT)),
            ("Subject", ew(SUBJ[n])),
            ("Date", date(5, 18, 9, 15)),
            ("Message-ID", MID[n]),
        ],
        body,
    )
    add(
        n,
        "furo-stugforening-open-jetty-day",
        raw,
        label(
            "application",
            "en",
            "11111",
            "Complete application in English with Swedish terms from an island without road connection; the budget is a .txt attachment (base64). Association named with org.nr, 46 members and description; contact the named chairman from his own address with phone; activity two dated days with programme and aim; anchoring AGM decision with 31 present, a co-organising local group and fourteen volunteers. Budget five items, 11 600 kr. Buying folding tables and gazebos to keep is a purchase of equipment, so physical_investment true (fees for biologist and musician are not salary). Both genders stated.",
            association_name="Furö Stugförening",
            org_number=o,
            contact_name="Simon Ashcroft",
            contact_email="simon.ashcroft@example.org",
            contact_phone="+46 76 903 14 58",
            members=46,
            ort="Furö",
            amount_sek=11600,
            women_and_men=True,
            physical_investment=True,
        ),
    )

    # 2840 application, missing activity and contact – Flatvarp cottage owners, no charset parameter
    n = 2840
    MID[n] = mid(n, "flatvarp-stugagare-0525", "example.com")
    SUBJ[n] = "Ansökan från Flatvarps Stugägareförening"
    o = org("802466-018")
    txt = f"""Hej,

Flatvarps Stugägareförening, org.nr {o}, organiserar fritidshusägare och bofasta i Flatvarp
i Loftahammars skärgård. Föreningen har 88 medlemmar.

Vi vill under 2026 stärka sammanhållningen mellan fritidsboende och bofasta genom olika
träffar och aktiviteter, så att fler känner sig delaktiga i byns utveckling.

Årsstämman 2025 (57 närvarande) beslutade att vi ska söka medel för detta, och Flatvarps
Båtklubb har erbjudit sig att samarbeta och låna ut klubbhuset.

Budget:
Föreläsare 3 000 kr
Hyra klubbhuset 1 500 kr
Förtäring 2 500 kr
Information/utskick 1 000 kr
Summa 8 000 kr

Med vänliga hälsningar
Styrelsen
Flatvarps Stugägareförening
"""
    raw = message(
        [
            ("From", addr("Flatvarps Stugägareförening", "styrelsen.flatvarp@example.com")),
            ("To", "ideslanten@example.se"),
            ("Subject", ew(SUBJ[n])),
            ("Date", date(5, 25, 13, 2)),
            ("Message-ID", MID[n]),
        ],
        text(txt, charset=None, cte="8bit"),
    )
    add(
        n,
        "flatvarps-stugagareforening",
        raw,
        label(
            "application",
            "sv",
            "10011",
            "Summer residents' association writing from the board's shared mailbox, signed only 'Styrelsen' (contact false, contact facts null); the Content-Type has no charset parameter and the 8bit body is iso-8859-1. Association true (name, org.nr, 88 members, who they are); anchoring true (annual meeting of 57 decided, the local boat club cooperates and lends its clubhouse); budget true (four items, 8 000 kr). Activity false: 'olika träffar och aktiviteter' to strengthen cohesion is vague – no what, when or how.",
            association_name="Flatvarps Stugägareförening",
            org_number=o,
            members=88,
            ort="Flatvarp",
            amount_sek=8000,
        ),
    )


# === END OF MAILS ===


# --------------------------------------------------------------------------- output and checks

ADDR_RE = re.compile(r"[A-Za-z0-9._%+$-]+@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)")
ALLOWED = {"example.se", "example.com", "example.org", "example.net"}
MALFORMED: set[str] = set()


def _texts(msg: email.message.Message) -> list[str]:
    out = []
    for part in msg.walk():
        if part.is_multipart():
            continue
        ctype = part.get_content_type()
        payload = part.get_payload(decode=True) or b""
        if ctype.startswith("text/") or ctype.startswith("message/"):
            out.append(payload.decode(part.get_content_charset() or "latin-1", errors="replace"))
        elif payload[:2] == b"PK":
            with zipfile.ZipFile(io.BytesIO(payload)) as zf:
                for name in zf.namelist():
                    out.append(zf.read(name).decode("utf-8", errors="replace"))
        else:
            out.append(payload.decode("latin-1"))
    return out


def check() -> None:
    errors: list[str] = []
    labels = json.loads((OUT / "labels.json").read_text(encoding="utf-8"))
    files = sorted(p.name for p in OUT.glob("*.eml"))
    if sorted(labels) != files:
        errors.append("labels.json keys do not match the files")
    app_mids: dict[str, str] = {}
    parsed = {}
    for name in files:
        raw = (OUT / name).read_bytes()
        if not re.fullmatch(r"\d{4}-[a-z0-9]+(?:-[a-z0-9]+)*\.eml", name):
            errors.append(f"{name}: bad file name")
        if b"\r" in raw:
            errors.append(f"{name}: CR in file")
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        parsed[name] = msg
        defects = []
        for part in msg.walk():
            defects += part.defects
            if not part.is_multipart():
                try:
                    part.get_content()
                except Exception as exc:  # noqa: BLE001
                    defects.append(exc)
                defects += part.defects
        if defects and name not in MALFORMED:
            errors.append(f"{name}: defects {defects}")
        if labels.get(name, {}).get("kind") == "application":
            app_mids[msg["Message-ID"].strip()] = name
    prev = None
    for name in files:
        msg = parsed[name]
        lab = labels[name]
        when = email.utils.parsedate_to_datetime(msg["Date"])
        if when.year != 2026:
            errors.append(f"{name}: date not in 2026")
        if prev and when <= prev:
            errors.append(f"{name}: Date not after previous file")
        prev = when
        if set(lab) != {"kind", "language", "elements", "facts", "notes"}:
            errors.append(f"{name}: label fields {sorted(lab)}")
        if set(lab["elements"]) != set(ELEMENTS) or not all(
            isinstance(v, bool) for v in lab["elements"].values()
        ):
            errors.append(f"{name}: elements schema")
        if set(lab["facts"]) != set(FACTS):
            errors.append(f"{name}: facts schema")
        if lab["kind"] not in (
            "application",
            "followup",
            "question",
            "autoreply",
            "bounce",
            "newsletter",
            "spam",
        ):
            errors.append(f"{name}: kind")
        if lab["language"] not in ("sv", "en"):
            errors.append(f"{name}: language")
        facts = lab["facts"]
        if lab["kind"] in ("application", "followup"):
            for k in ("salary_costs", "physical_investment"):
                if not isinstance(facts[k], bool):
                    errors.append(f"{name}: {k} must be bool")
        else:
            if any(lab["elements"].values()):
                errors.append(f"{name}: non-application with true element")
        if lab["kind"] in ("autoreply", "bounce", "newsletter", "spam") and any(
            v is not None for v in facts.values()
        ):
            errors.append(f"{name}: machine mail with facts")
        if facts["org_number"] is not None and not (
            re.fullmatch(r"\d{6}-\d{4}", facts["org_number"]) and luhn_ok(facts["org_number"])
        ):
            errors.append(f"{name}: bad org number {facts['org_number']}")
        if not lab["notes"].strip():
            errors.append(f"{name}: empty notes")
        haystack = [raw_h for raw_h in (OUT / name).read_bytes().decode("latin-1").split("\n")]
        texts = _texts(msg) + ["\n".join(haystack)]
        for t in texts:
            for dom in ADDR_RE.findall(t):
                if dom.lower() not in ALLOWED:
                    errors.append(f"{name}: address domain {dom}")
            for o in re.findall(r"\b\d{6}-\d{4}\b", t):
                if not luhn_ok(o):
                    errors.append(f"{name}: non-Luhn org number {o} in text")
        if facts["contact_email"] and facts["contact_email"].split("@")[1] not in ALLOWED:
            errors.append(f"{name}: contact_email domain")
        if lab["kind"] == "followup":
            irt = msg.get("In-Reply-To", "")
            refs = msg.get("References", "").split()
            if not re.match(r"^(Re|RE|SV|Sv|Svar|AW):", msg["Subject"]):
                errors.append(f"{name}: followup subject")
            if not any(r in app_mids for r in refs):
                errors.append(f"{name}: followup References names no application")
            if not irt or not (irt in app_mids or irt in refs):
                errors.append(f"{name}: followup In-Reply-To")
            app = (
                next(app_mids[r] for r in refs if r in app_mids)
                if any(r in app_mids for r in refs)
                else None
            )
            if app and app >= name:
                errors.append(f"{name}: followup before its application")
    if errors:
        for e in errors:
            print("ERROR", e)
        sys.exit(1)
    kinds: dict[str, int] = {}
    for lab in labels.values():
        kinds[lab["kind"]] = kinds.get(lab["kind"], 0) + 1
    apps = [lab for lab in labels.values() if lab["kind"] == "application"]
    complete = sum(all(lab["elements"].values()) for lab in apps)
    missing = {e: sum(not lab["elements"][e] for lab in apps) for e in ELEMENTS}
    print(
        f"ok: {len(files)} mails, kinds {kinds}, complete applications {complete}, missing per element {missing}"
    )


def main() -> None:
    for b in BATCHES:
        b()
    OUT.mkdir(parents=True, exist_ok=True)
    for old in OUT.glob("*.eml"):
        old.unlink()
    labels = {}
    for name, raw, lab in sorted(MAILS, key=lambda m: m[0]):
        (OUT / name).write_bytes(raw)
        labels[name] = lab
    (OUT / "labels.json").write_text(
        json.dumps(labels, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
    )
    check()


BATCHES = [batch1, batch2, batch3, batch4, batch5, batch6]

if __name__ == "__main__":
    main()
