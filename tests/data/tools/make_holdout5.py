"""Held-out corpus ``holdout5``: 40 fictional e-mails (1901–1940) to the idéslanten intake bot.

Theme: autumn 2026, the second year of Region Kalmar län's micro-grant "regional bygdepeng –
idéslanten". Ordinary mail from ordinary people: 24 applications (8 complete), 6 threaded
followups, 3 questions, 2 autoreplies (one without any automation header), 1 bounce,
2 newsletters and 2 spam mails, with hand-written labels in ``labels.json`` following
``shared/corpus/README.md``. All people, groups, organisation numbers and phone numbers are
invented; all addresses use example.se/.com/.org/.net.

Regenerate (byte-identical on every run; the script checks its own output):

    /work/main/.venv/bin/python tests/data/tools/make_holdout5.py

Output: ``tests/data/holdout5/NNNN-slug.eml`` and ``tests/data/holdout5/labels.json``.
Stdlib only: .docx/.xlsx are built as zip files of minimal XML, PDFs by hand (Helvetica,
WinAnsiEncoding), the PNG with zlib.
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
import zipfile
import zlib
from pathlib import Path
from xml.etree import ElementTree

OUT = Path(__file__).resolve().parents[1] / "holdout5"

BOT = "ideslanten@example.se"
BOT_FROM = email.utils.formataddr(("Idéslanten – Region Kalmar län", BOT), "utf-8")
OFFICER = "landsbygdsutvecklare@example.se"

MAILS: list[tuple[str, bytes, dict]] = []
APP_IDS: dict[str, str] = {}  # file name -> Message-ID of applications
RECEIPTS: dict[str, str] = {}  # receipt Message-ID -> application Message-ID
KINDS = ("application", "followup", "question", "autoreply", "bounce", "newsletter", "spam")
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


# --------------------------------------------------------------------------- helpers


def orgnr(first9: str) -> str:
    """Return a Luhn-valid Swedish organisation number NNNNNN-NNNN from nine digits."""
    digits = [int(c) for c in first9 if c.isdigit()]
    total = 0
    for i, d in enumerate(digits):
        v = d * (2 if i % 2 == 0 else 1)
        total += v - 9 if v > 9 else v
    check = (10 - total % 10) % 10
    s = "".join(map(str, digits)) + str(check)
    return s[:6] + "-" + s[6:]


def luhn_ok(nr: str) -> bool:
    digits = [int(c) for c in nr if c.isdigit()]
    if len(digits) != 10:
        return False
    total = 0
    for i, d in enumerate(digits):
        v = d * (2 if i % 2 == 0 else 1)
        total += v - 9 if v > 9 else v
    return total % 10 == 0


def addr(name: str, mail: str, charset: str = "utf-8") -> str:
    return email.utils.formataddr((name, mail), charset) if name else mail


def ew(text: str, charset: str = "utf-8", mode: str = "B") -> str:
    """RFC 2047 encoded-word(s), folded when long."""
    raw = text.encode(charset)
    if mode == "B":
        words = []
        cur = ""
        for ch in text:
            if len((cur + ch).encode(charset)) > 36:
                words.append(f"=?{charset}?B?{base64.b64encode(cur.encode(charset)).decode()}?=")
                cur = ""
            cur += ch
        if cur:
            words.append(f"=?{charset}?B?{base64.b64encode(cur.encode(charset)).decode()}?=")
        return "\n ".join(words)
    out = []
    for b in raw:
        c = chr(b)
        if c == " ":
            out.append("_")
        elif c.isalnum() and b < 128:
            out.append(c)
        elif c in "-!*+/" and b < 128:
            out.append(c)
        else:
            out.append(f"={b:02X}")
    enc = "".join(out)
    words = []
    limit = 60
    while enc:
        cut = min(limit, len(enc))
        # do not cut inside an =XX escape
        if "=" in enc[max(0, cut - 2) : cut] and cut < len(enc):
            cut = enc.rfind("=", 0, cut)
        words.append(f"=?{charset}?Q?{enc[:cut]}?=")
        enc = enc[cut:]
    return "\n ".join(words)


def text(
    body: str, charset: str = "utf-8", cte: str = "8bit", subtype: str = "plain", params: str = ""
) -> bytes:
    """A text/* part (headers + body) as bytes."""
    data = body.encode(charset)
    ct = (
        f"Content-Type: text/{subtype}"
        + (f"; charset={charset}" if charset != "none" else "")
        + params
    )
    if charset == "none":
        data = body.encode("ascii")
    if cte == "quoted-printable":
        payload = quopri.encodestring(data)
    elif cte == "base64":
        payload = base64.encodebytes(data)
    else:
        payload = data if data.endswith(b"\n") else data + b"\n"
    head = ct + "\n" + f"Content-Transfer-Encoding: {cte}\n\n"
    return head.encode("ascii") + payload


def attach(data: bytes, ctype: str, filename: str, inline: bool = False) -> bytes:
    fn = filename
    if any(ord(c) > 127 for c in filename):
        quoted = "".join(
            c
            if (ord(c) < 128 and (c.isalnum() or c in ".-_"))
            else "".join(f"%{b:02X}" for b in c.encode("utf-8"))
            for c in filename
        )
        fn_param = f"filename*=utf-8''{quoted}"
        name_param = f"name*=utf-8''{quoted}"
    else:
        fn_param = f'filename="{fn}"'
        name_param = f'name="{fn}"'
    disp = "inline" if inline else "attachment"
    head = f"Content-Type: {ctype}; {name_param}\nContent-Disposition: {disp}; {fn_param}\nContent-Transfer-Encoding: base64\n\n"
    return head.encode("utf-8") + base64.encodebytes(data)


def multi(
    subtype: str, parts: list[bytes], boundary: str, extra: str = "", preamble: str = ""
) -> bytes:
    out = f'Content-Type: multipart/{subtype}; boundary="{boundary}"{extra}\n\n'.encode("ascii")
    if preamble:
        out += preamble.encode("ascii") + b"\n"
    for p in parts:
        out += f"--{boundary}\n".encode("ascii") + p
        if not p.endswith(b"\n"):
            out += b"\n"
    out += f"--{boundary}--\n".encode("ascii")
    return out


def fold_ids(ids: list[str]) -> str:
    return "\n ".join(ids)


def message(
    frm: str,
    to: str,
    subject: str,
    date: str,
    msgid: str,
    part: bytes,
    extra: list[tuple[str, str]] | None = None,
    reply_to: str = "",
    in_reply_to: str = "",
    references: list[str] | None = None,
    mime_version: bool = True,
) -> bytes:
    lines = []
    for k, v in extra or []:
        if k.startswith("^"):
            lines.append(f"{k[1:]}: {v}")
    lines += [
        f"From: {frm}",
        f"To: {to}",
        f"Subject: {subject}",
        f"Date: {date}",
        f"Message-ID: {msgid}",
    ]
    if reply_to:
        lines.append(f"Reply-To: {reply_to}")
    if in_reply_to:
        lines.append(f"In-Reply-To: {in_reply_to}")
    if references:
        lines.append(f"References: {fold_ids(references)}")
    for k, v in extra or []:
        if not k.startswith("^"):
            lines.append(f"{k}: {v}")
    if mime_version:
        lines.append("MIME-Version: 1.0")
    return ("\n".join(lines) + "\n").encode("utf-8") + part


def facts(**kw) -> dict:
    f = dict.fromkeys(FACT_KEYS)
    for k, v in kw.items():
        if k not in f:
            raise KeyError(k)
        f[k] = v
    return f


def label(kind: str, lang: str, present: str, notes: str, **kw) -> dict:
    """present: letters A(ssociation) C(ontact) V (actiVity) F (förankring) B(udget)."""
    el = {
        "association": "A" in present,
        "contact": "C" in present,
        "activity": "V" in present,
        "anchoring": "F" in present,
        "budget": "B" in present,
    }
    f = facts(**kw)
    if kind in ("application", "followup"):
        for k in ("salary_costs", "physical_investment"):
            if f[k] is None:
                f[k] = False
    return {"kind": kind, "language": lang, "elements": el, "facts": f, "notes": notes}


def add(num: int, slug: str, data: bytes, lab: dict, app_msgid: str = "") -> None:
    name = f"{num:04d}-{slug}.eml"
    MAILS.append((name, data, lab))
    if lab["kind"] == "application":
        APP_IDS[name] = app_msgid


def receipt_id(nr: str) -> str:
    return f"<receipt-{nr}@example.se>"


# ----------------------------------------------------------------- attachment builders


def _zip(files: list[tuple[str, bytes]]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in files:
            zi = zipfile.ZipInfo(name, date_time=(2026, 9, 1, 12, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            zi.create_system = 0
            z.writestr(zi, data)
    return buf.getvalue()


def _x(s: str) -> str:
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def docx(blocks: list) -> bytes:
    """blocks: str = paragraph, ("h", str) = bold heading, list of lists = table."""
    body = []
    for b in blocks:
        if isinstance(b, str):
            body.append(f'<w:p><w:r><w:t xml:space="preserve">{_x(b)}</w:t></w:r></w:p>')
        elif isinstance(b, tuple):
            body.append(
                f'<w:p><w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">{_x(b[1])}</w:t></w:r></w:p>'
            )
        else:
            rows = []
            for row in b:
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
        [
            ("[Content_Types].xml", ctypes.encode()),
            ("_rels/.rels", rels.encode()),
            ("word/document.xml", doc.encode()),
        ]
    )


def _col(i: int) -> str:
    return "ABCDEFGHIJ"[i]


def xlsx(rows: list[list], sheet: str = "Budget") -> bytes:
    xr = []
    for r, row in enumerate(rows, 1):
        cells = []
        for c, v in enumerate(row):
            ref = f"{_col(c)}{r}"
            if v is None or v == "":
                continue
            if isinstance(v, (int, float)):
                cells.append(f'<c r="{ref}"><v>{v}</v></c>')
            elif isinstance(v, str) and v.startswith("="):
                cells.append(f'<c r="{ref}"><f>{_x(v[1:])}</f></c>')
            else:
                cells.append(
                    f'<c r="{ref}" t="inlineStr"><is><t xml:space="preserve">{_x(str(v))}</t></is></c>'
                )
        xr.append(f'<row r="{r}">{"".join(cells)}</row>')
    sheet_xml = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
        + "".join(xr)
        + "</sheetData></worksheet>"
    )
    wb = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
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
    ctypes = (
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
            ("[Content_Types].xml", ctypes.encode()),
            ("_rels/.rels", rels.encode()),
            ("xl/workbook.xml", wb.encode()),
            ("xl/_rels/workbook.xml.rels", wbrels.encode()),
            ("xl/worksheets/sheet1.xml", sheet_xml.encode()),
        ]
    )


def pdf(lines: list[str], title: str = "") -> bytes:
    """One-page PDF, Helvetica/WinAnsiEncoding, uncompressed text stream."""

    def lit(s: str) -> str:
        out = []
        for b in s.encode("cp1252"):
            c = chr(b)
            if c in "\\()":
                out.append("\\" + c)
            elif b < 32 or b > 126:
                out.append(f"\\{b:03o}")
            else:
                out.append(c)
        return "(" + "".join(out) + ")"

    ops = ["BT", "/F1 11 Tf", "14 TL", "56 790 Td"]
    for ln in lines:
        if ln.startswith("# "):
            ops += ["/F2 13 Tf", f"{lit(ln[2:])} Tj T*", "/F1 11 Tf"]
        else:
            ops.append(f"{lit(ln)} Tj T*")
    ops.append("ET")
    stream = ("\n".join(ops) + "\n").encode("latin-1")
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R /F2 5 0 R >> >> /Contents 6 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"endstream",
    ]
    if title:
        objs.append(b"<< /Title " + lit(title).encode("latin-1") + b" /Producer (Skrivare) >>")
    out = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += f"{i} 0 obj\n".encode() + o + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode()
    for o in offs:
        out += f"{o:010d} 00000 n \n".encode()
    info = f" /Info {len(objs)} 0 R" if title else ""
    out += f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R{info} >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return out


def png(w: int, h: int, seed: int) -> bytes:
    """A small deterministic RGB 'photo' (no text in it)."""
    raw = bytearray()
    x = seed
    for y in range(h):
        raw.append(0)
        for i in range(w):
            x = (x * 1103515245 + 12345) & 0x7FFFFFFF
            n = (x >> 16) & 0x1F
            sky = y < h // 2
            r = (90 + n if sky else 60 + n + i % 7) & 0xFF
            g = (140 + n if sky else 110 + n) & 0xFF
            b = (200 + n // 2 if sky else 50 + n) & 0xFF
            raw += bytes((r, g, b))

    def chunk(t: bytes, d: bytes) -> bytes:
        return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xFFFFFFFF)

    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
        + chunk(b"IDAT", zlib.compress(bytes(raw), 9))
        + chunk(b"IEND", b"")
    )


def receipt(nr: str, missing: list[str], variant: int = 0) -> str:
    """The bot's receipt text as it is quoted in followups (unquoted form)."""
    guide = {
        "association": "Föreningen/gruppen: namn och en kort beskrivning (vad ni är, var, gärna org.nr och antal medlemmar)",
        "contact": "Kontaktperson: namn och e-post eller telefon till den som vi kan kontakta",
        "activity": "Aktiviteten: vad ni ska göra, när och hur, och hur det bidrar till utvecklingen på orten",
        "anchoring": "Lokal förankring: hur aktiviteten är förankrad i byn (t.ex. bymöte, enkät, samarbete med andra föreningar)",
        "budget": "Budget: en översiktlig budget med kostnadsposter och belopp",
    }
    lines = []
    if variant == 0:
        lines.append(
            f"Tack för er ansökan om idéslanten! Vi har tagit emot den och gett den ärendenummer {nr}."
        )
        lines.append("")
        lines.append("Vi saknar följande i er ansökan:")
        for m in missing:
            lines.append(f"– {guide[m]}")
        lines.append("")
        lines.append(
            "Svara gärna på det här mejlet med det som saknas, så läggs det till i ert ärende."
        )
    else:
        lines.append(
            f"Hej och tack för ert mejl! Er ansökan om idéslanten har fått ärendenummer {nr}."
        )
        lines.append("")
        lines.append("För att vi ska kunna behandla ansökan behöver vi också:")
        for m in missing:
            lines.append(f"– {guide[m]}")
        lines.append("")
        lines.append("Svara på det här mejlet så kommer kompletteringen med i samma ärende.")
    lines += [
        "",
        "Vänliga hälsningar",
        "Idéslanten – Region Kalmar län",
        "(automatiskt svar, landsbygdsutvecklare@example.se)",
    ]
    return "\n".join(lines)


def date(mo: int, d: int, h: int, mi: int, sec: int = 0, tz: int | None = None) -> str:
    """RFC 5322 date in Swedish local time (CEST until 25 Oct 2026, then CET)."""
    import datetime as _dt

    if tz is None:
        tz = 2 if (mo, d) < (10, 25) else 1
    t = _dt.datetime(2026, mo, d, h, mi, sec, tzinfo=_dt.timezone(_dt.timedelta(hours=tz)))
    return email.utils.format_datetime(t)


def quote(s: str, prefix: str = "> ") -> str:
    return "\n".join((prefix + ln).rstrip() if ln else prefix.rstrip() for ln in s.split("\n"))


# ---------------------------------------------------------------------------- mails


def m1901() -> None:
    mid = "<a6b1c0e2-7d1f-4c2a-9f0e-19010901@example.se>"
    org = orgnr("802415-173")
    body = f"""Hej!

Djursdala Bygdegårdsförening ansöker härmed om medel ur regional bygdepeng – idéslanten
för projektet "Minnesbanken".

OM FÖRENINGEN
Djursdala Bygdegårdsförening (org.nr {org}) äger och driver bygdegården mitt i
Djursdala, ett par mil norr om Vimmerby. Föreningen bildades 1949 och har i dag 87
medlemmar.

KONTAKTPERSON
Solveig Hammarlund, sekreterare
solveig.hammarlund@example.se
0492-201 37 (hem), 070-318 44 92 (mobil)

AKTIVITETEN
Under oktober 2026–februari 2027 ordnar vi fem berättarkvällar i bygdegården, första
torsdagen i varje månad kl. 18.30. Varje kväll berättar två eller tre äldre Djursdalabor
om hur det var att växa upp, arbeta och leva i socknen – mejeriet, skolan som lades ner
1967, skogsarbetet och dansbanan vid sjön. Kvällarna spelas in av elever från
ljudteknikprogrammet i Vimmerby tillsammans med en anlitad ljudtekniker, och
inspelningarna lämnas till hembygdsarkivet och läggs ut så att alla kan lyssna.

Vi vill att nyinflyttade och unga ska få höra byns historia och lära känna de äldre.
Det skapar sammanhang och gör att fler vill engagera sig i bygden och i föreningslivet.
Kvällarna är öppna och gratis för alla, kvinnor som män, unga som gamla.

FÖRANKRING
Idén togs upp på årsmötet den 22 mars där 31 medlemmar var med och enhälligt beslöt att
gå vidare. Djursdala kyrkokör sjunger på kvällarna och PRO Djursdala hjälper oss att hitta
berättare – elva personer har redan sagt ja till att berätta.

BUDGET
Värme och städning bygdegården, 5 kvällar à 400 kr    2 000 kr
Arvode ljudtekniker (mot faktura)                     4 000 kr
Fika, 5 kvällar                                       2 500 kr
Affischer och annons i lokaltidningen                   800 kr
USB-minnen och kopior till arkivet                      300 kr
Summa                                                 9 600 kr

Vi söker alltså 9 600 kr ur idéslanten.

Med vänliga hälsningar

Solveig Hammarlund
Sekreterare, Djursdala Bygdegårdsförening
"""
    data = message(
        addr("Solveig Hammarlund", "solveig.hammarlund@example.se"),
        addr("Idéslanten – Region Kalmar län", BOT),
        ew("Ansökan om idéslanten – Minnesbanken i Djursdala", "utf-8", "Q"),
        date(9, 1, 8, 14, 37),
        mid,
        text(body),
        extra=[("X-Mailer", "Microsoft Outlook 16.0")],
    )
    lab = label(
        "application",
        "sv",
        "ACVFB",
        "Complete, formal application in plain utf-8 8bit with capitalised section headings for all five parts. Association: named, owns the bygdegård, org.nr, founded 1949, 87 members. Contact: Solveig Hammarlund with own address and two phones (first one recorded). Activity: five dated storytelling evenings, recorded and archived, clear local benefit. Anchoring: annual meeting with 31 present plus the church choir and PRO as partners. Budget: five items summing to 9 600, which is also the amount applied for. The sound technician's fee is a purchased service, not a salary; USB sticks are consumables. 'kvinnor som män' gives women_and_men true.",
        association_name="Djursdala Bygdegårdsförening",
        org_number=org,
        contact_name="Solveig Hammarlund",
        contact_email="solveig.hammarlund@example.se",
        contact_phone="0492-201 37",
        members=87,
        ort="Djursdala",
        amount_sek=9600,
        women_and_men=True,
    )
    add(1901, "minnesbanken-djursdala", data, lab, mid)


def m1902() -> None:
    mid = "<6C0F1B7E-2A44-4E0B-8D3C-5B0E1902AB77@example.com>"
    body = """Hej!
Vi i Föreningen Gamla Skolan i Bockara vill söka idéslanten. Kommunen har bestämt att skolan stänger sommaren 2027 och vi vill inte att huset bara blir stående tomt. Föreningen bildades i våras av föräldrar och andra bybor och vi är ett femtiotal medlemmar nu.

Vad vi vill göra: en framtidsverkstad i tre steg i november, tre lördagar i gympasalen där alla i Bockara är välkomna att komma med idéer om vad skolhuset kan bli (kafé, bygdekontor, förskola i egen regi, hantverk mm). En extern processledare leder passen och vi sammanställer idéerna till ett underlag som vi lämnar till kommunen i januari.

Det har stöd i byn – 212 personer skrev på namninsamlingen för att huset ska stanna i bygdens händer och Bockara IF och hembygdsföreningen är med och arrangerar.

Budgeten får jag återkomma med när vi fått offert från processledaren, men vi tänker söka runt 12 000 kr.

/Jonas Petrén
070-562 18 03

Skickat från min iPhone"""
    data = message(
        addr("Jonas Petrén", "jonas.petren@example.com"),
        BOT,
        ew("Idéslanten - framtidsverkstad Bockara skola", "utf-8", "Q"),
        date(9, 3, 21, 47, 12),
        mid,
        text(body, cte="quoted-printable"),
        extra=[("X-Mailer", "iPhone Mail (21H16)")],
    )
    lab = label(
        "application",
        "sv",
        "ACVF",
        "iPhone mail, utf-8 quoted-printable with long unwrapped lines. Association: named, founded this spring, 'ett femtiotal' = 50 members. Contact: signed Jonas Petrén from his own address with a mobile number. Activity: three Saturday workshops in November led by a process leader, ideas compiled for the municipality – concrete. Anchoring: a petition with 212 signatures plus the sports club and local history society co-arranging. Budget is explicitly postponed ('återkomma med') – only a rough figure, so budget false while amount_sek takes the rough 12 000. Process leader's fee is a purchased service, not salary. Gender not mentioned.",
        association_name="Föreningen Gamla Skolan i Bockara",
        contact_name="Jonas Petrén",
        contact_email="jonas.petren@example.com",
        contact_phone="070-562 18 03",
        members=50,
        ort="Bockara",
        amount_sek=12000,
    )
    add(1902, "framtidsverkstad-bockara", data, lab, mid)


def m1903() -> None:
    mid = "<AM9PR07MB1903GRONHOGEN4421@example.net>"
    org = orgnr("802477-310")
    html = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"></head>
<body><div style="font-family:Calibri,sans-serif;font-size:11pt">
<p>Hej,</p>
<p>Här kommer en ansökan om idéslanten från <b>Grönhögens Hamnförening</b> (org.nr {org}). Vi är en ideell förening med 112 medlemmar som sköter hamnen och gästhamnen i Grönhögen på södra Öland.</p>
<p><b>Vad vi vill göra – "Paddla Grönhögen"</b><br>
Fyra prova-på-dagar i kajak lördagarna 19 och 26 september samt 3 och 10 oktober, kl 10–15 från hamnen. En certifierad paddelinstruktör lär ut grunderna och säkerhet, och kajaker och västar hyrs från en uthyrare i Degerhamn. Målet är att fler som bor här året runt ska använda havet, att sommargäster och bofasta träffas, och att vi ska kunna starta en paddelsektion i föreningen. Alla är välkomna – tjejer som killar, unga som gamla.</p>
<p><b>Förankring</b><br>
Beslut togs på hamnstämman den 15 augusti där ca 40 båtägare deltog. Grönhögens Byalag sköter fikat och annonseringen och har redan fått in 26 anmälningar via byns anslagstavla.</p>
<p><b>Budget</b></p>
<table border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse">
<tr><th align="left">Post</th><th align="right">Kr</th></tr>
<tr><td>Instruktörsarvode 4 dagar à 2 200 kr</td><td align="right">8 800</td></tr>
<tr><td>Hyra 8 kajaker med västar, 4 dagar</td><td align="right">4 000</td></tr>
<tr><td>Fika och grillkorv</td><td align="right">1 200</td></tr>
<tr><td>Annonsering</td><td align="right">500</td></tr>
<tr><td><b>Summa / sökt belopp</b></td><td align="right"><b>14 500</b></td></tr>
</table>
<p>Kontaktperson är undertecknad.</p>
<p>Med vänlig hälsning<br>
Anna-Karin Öhman<br>
Ordförande, Grönhögens Hamnförening<br>
0485-663 12 / ak.ohman@example.net</p>
</div></body></html>"""
    data = message(
        addr("Öhman Anna-Karin", "ak.ohman@example.net", "iso-8859-1"),
        addr("Idéslanten – Region Kalmar län", BOT, "utf-8"),
        ew("Ansökan idéslanten – Paddla Grönhögen", "windows-1252", "Q"),
        date(9, 4, 13, 2, 55),
        mid,
        text(html, charset="windows-1252", cte="quoted-printable", subtype="html"),
        extra=[
            ("X-MS-Has-Attach", ""),
            ("Content-Language", "sv-SE"),
            ("X-Mailer", "Microsoft Outlook 16.0"),
        ],
    )
    lab = label(
        "application",
        "sv",
        "ACVFB",
        "HTML-only Outlook mail in windows-1252 quoted-printable (en dash as 0x96), windows-1252 Q encoded-word subject, iso-8859-1 encoded display name in 'Surname Firstname' order, and a <table> budget. Association: named, org.nr, 112 members, runs the harbour. Contact: 'undertecknad' Anna-Karin Öhman, own address and phone. Activity: four dated kayak taster days with instructor, local benefit stated. Anchoring: harbour meeting with ~40 boat owners, the village association co-organising, 26 sign-ups. Budget: four items, total = applied 14 500. Renting kayaks is not an investment; instructor fee is not salary. 'tjejer som killar' gives women_and_men true.",
        association_name="Grönhögens Hamnförening",
        org_number=org,
        contact_name="Anna-Karin Öhman",
        contact_email="ak.ohman@example.net",
        contact_phone="0485-663 12",
        members=112,
        ort="Grönhögen",
        amount_sek=14500,
        women_and_men=True,
    )
    add(1903, "paddla-gronhogen", data, lab, mid)


MID_1904 = "<5f3e9a21.1904.tvarskog@example.com>"
MID_1906 = "<CAJx1906+LonnebergaNN=kq7Q@example.com>"


def m1904() -> None:
    body = """Hej!

Tvärskogs Byalag vill söka pengar ur idéslanten till två dialogkvällar om trafiken i byn.

Byalaget är en ideell förening för alla som bor i Tvärskog med omnejd, ca 130 hushåll är
medlemmar. Vi sköter badplatsen, ordnar valborg och skickar ut Tvärskogsbladet fyra gånger
om året.

Aktiviteten:
Torsdag 8 oktober och torsdag 12 november kl 19 i Tvärskogs bygdegård bjuder vi in
Trafikverket och Kalmar kommun till öppna dialogkvällar om trafiksäkerheten vid
busshållplatserna och genom byn, där barnen går till skolbussen i mörkret. Första kvällen
samlar vi in synpunkter och problemställen på en stor karta, andra kvällen går vi igenom
vad myndigheterna kan göra och vad vi själva kan göra (t.ex. följa-till-bussen-grupp och
reflexvästar på lån från byalaget). Allt sammanställs och delas ut till alla hushåll.

Budget:
Hyra bygdegården 2 kvällar x 800 kr = 1 600 kr
Fika 2 kvällar x 900 kr = 1 800 kr
Tryck och utdelning av inbjudan + sammanställning = 1 200 kr
Totalt 4 600 kr

Vi vet att många i byn är oroliga för trafiken, det här är en fråga som berör alla.

Med vänlig hälsning
Styrelsen
Tvärskogs Byalag
"""
    data = message(
        addr("Tvärskogs Byalag", "byalaget.tvarskog@example.com", "iso-8859-1"),
        BOT,
        ew("Dialogkvällar om trafiken i Tvärskog", "iso-8859-1", "Q"),
        date(9, 7, 19, 5, 3),
        MID_1904,
        text(body, charset="windows-1252", cte="8bit"),
        extra=[
            (
                "User-Agent",
                "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.2.0",
            )
        ],
    )
    lab = label(
        "application",
        "sv",
        "AVB",
        "Thunderbird, windows-1252 8bit body, iso-8859-1 encoded-word subject. Sent from the byalag's shared mailbox and signed only 'Styrelsen', so no named contact person: contact false and all contact facts null. Association: named, who it is for, ~130 member households, what it does. Activity: two dated dialogue evenings with Trafikverket and the municipality, concrete outcomes. Budget: three items, 4 600. Anchoring false: 'många i byn är oroliga' only describes a need – no meeting, survey or partner group. Reflective vests are lent by the byalag, nothing is bought in the budget.",
        association_name="Tvärskogs Byalag",
        members=130,
        ort="Tvärskog",
        amount_sek=4600,
    )
    add(1904, "dialog-trafik-tvarskog", data, lab, MID_1904)


def m1905() -> None:
    mid = "<20260908073012.GA1905@example.org>"
    body = """Hej!

Eriksmåla Byalag fick 11 000 kr ur idéslanten förra året till föreläsningarna på
höstmarknaden (tack igen, det blev jättebra!). Nu undrar vi några saker inför i år:

1) Får man söka igen andra året, och får det i så fall vara samma sorts aktivitet eller
   måste det vara något nytt? Vi funderar på en kurs i att laga stengärdsgårdar.
2) Gäller taket 15 000 kr per ort och år fortfarande, och räknas i så fall det som
   skolans föräldraförening i Eriksmåla redan har fått i år av från det?
3) När är sista dag att skicka in för 2026?

Tacksam för svar.

Per-Olof Nygren
ordf. Eriksmåla Byalag
"""
    data = message(
        addr("Per-Olof Nygren", "pelle.nygren@example.org"),
        "landsbygdsutvecklare@example.se, ideslanten@example.se",
        ew("Fråga om idéslanten andra året", "utf-8", "B"),
        date(9, 8, 9, 30, 12),
        mid,
        text(body, cte="8bit", params="; format=flowed"),
        extra=[("User-Agent", "Mutt/2.2.12 (2023-09-09)")],
    )
    lab = label(
        "question",
        "sv",
        "",
        "Question, not an application: asks whether a group that got the grant last year may apply again, whether the 15 000 cap per locality still applies and is shared with another local group, and the deadline. Mentions a possible stone-wall course only as an idea, with no application. The 11 000 received last year and the 15 000 rule amount are not amounts applied for, so amount_sek null. Named signer from own address, so name/e-mail are recorded; ort Eriksmåla. Elements all false for a question. Mutt, base64 UTF-8 subject, format=flowed body, numbered list.",
        association_name="Eriksmåla Byalag",
        contact_name="Per-Olof Nygren",
        contact_email="pelle.nygren@example.org",
        ort="Eriksmåla",
    )
    add(1905, "fraga-andra-aret-eriksmala", data, lab)


def m1906() -> None:
    body = """Dear Sir or Madam,

I hope it is ok to write in English – my Swedish is still at SFI level :)

We are the Lönneberga Newcomers Network, a small association of 23 households who have moved
to Lönneberga and the villages around it during the last five years, from the Netherlands,
Germany, Poland and also Stockholm! We registered as a non-profit association (ideell
förening) this spring.

We would like to apply for the idéslanten for activities that help newcomers and people who
have always lived here to get to know each other better, so that more people stay and get
involved in the village.

Since January we have held three potluck dinners in the bygdegård together with Lönneberga
hembygdsförening, with about 40 people each time, and at the last one everybody agreed that
we should do more things together. The hembygdsförening has promised to co-host whatever we
do next.

We think we would need roughly 8,000 SEK.

Kind regards,
Marieke van Dijk
Lönneberga Newcomers Network
+46 73 810 22 46
"""
    html = (
        '<div dir="ltr">'
        + "".join(
            f"<div>{p if p else '<br>'}</div>" for p in body.replace("&", "&amp;").split("\n")
        )
        + "</div>"
    )
    data = message(
        addr("Marieke van Dijk", "marieke.vandijk@example.com"),
        BOT,
        ew("Application idéslanten - Lönneberga Newcomers Network"),
        date(9, 9, 22, 18, 40),
        MID_1906,
        multi(
            "alternative",
            [
                text(body, cte="quoted-printable"),
                text(html, cte="quoted-printable", subtype="html"),
            ],
            "000000000000a1b2c3d4e5f61906",
        ),
    )
    lab = label(
        "application",
        "en",
        "ACF",
        "English Gmail mail, multipart/alternative (QP text + div-per-line HTML). Association: named, 23 member households, registered non-profit this spring – members 23. Contact: signed Marieke van Dijk from her own address with a phone. Activity false: 'activities that help newcomers and people who have always lived here to get to know each other' is a wish without what/when/how. Anchoring true: three potluck dinners with ~40 people co-hosted with the local history society, which backs the next step (attendance is not membership). Budget false: 'roughly 8,000 SEK' is a single rough figure – it still gives amount_sek 8000.",
        association_name="Lönneberga Newcomers Network",
        contact_name="Marieke van Dijk",
        contact_email="marieke.vandijk@example.com",
        contact_phone="+46 73 810 22 46",
        members=23,
        ort="Lönneberga",
        amount_sek=8000,
    )
    add(1906, "newcomers-lonneberga", data, lab, MID_1906)


def m1907() -> None:
    mid = "<000c01dd2f11$9a0b3c40$1907@example.se>"
    org = orgnr("802430-558")
    doc = docx(
        [
            ("h", "Ansökan om regional bygdepeng – idéslanten 2026"),
            ("h", "1. Förening"),
            f"Hallingebergs Folkdansgille, ideell förening sedan 1981, org.nr {org}. Vi har 34 medlemmar och dansar varje vecka i bygdegården i Hallingeberg.",
            ("h", "2. Kontaktperson"),
            "Kerstin Wall, kassör. Telefon 0490-307 55, e-post kerstin.wall@example.se",
            ("h", "3. Aktivitet"),
            "”Gammaldans för alla” – nybörjarkurs sex onsdagskvällar 13 januari–17 februari 2027 i Hallingebergs bygdegård med en inhyrd danslärare från Västervik, och en öppen logdans med levande musik som avslutning. Kursen är för kvinnor och män i alla åldrar. Syftet är att fler i bygden ska träffas över generationsgränserna under vinterns mörka kvällar, att nyinflyttade får ett sätt att komma in i gemenskapen, och att gillet får nya medlemmar så att dansen lever vidare i Hallingeberg.",
            ("h", "4. Lokal förankring"),
            "Kursen är planerad tillsammans med PRO Hallingeberg och föräldraföreningen på Hallingebergs skola, som båda sprider den till sina medlemmar. På höstmarknaden i augusti skrev 28 personer upp sig på vår intresselista.",
            ("h", "5. Budget"),
            [
                ["Post", "Belopp (kr)"],
                ["Arvode danslärare 6 kvällar à 1 200 kr", "7 200"],
                ["Spelmän till avslutningsdansen", "2 000"],
                ["Lokalhyra 7 kvällar à 400 kr", "2 800"],
                ["Annonsering och affischer", "600"],
                ["Summa – sökt belopp", "12 600"],
            ],
        ]
    )
    body = "Hej!\n\nBifogar ansökan från Hallingebergs Folkdansgille. Hör av er om något fattas!\n\nMvh Kerstin Wall\n"
    data = message(
        addr("Kerstin Wall", "kerstin.wall@example.se"),
        BOT,
        "Ansokan Hallingebergs Folkdansgille",
        date(9, 10, 11, 26, 8),
        mid,
        multi(
            "mixed",
            [
                text(body, charset="iso-8859-1", cte="quoted-printable"),
                attach(
                    doc,
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                    "Ansökan idéslanten Hallingeberg.docx",
                ),
            ],
            "----=_NextPart_000_000D_01DD2F11.9A0B3C40",
        ),
        extra=[
            ("X-Mailer", "Microsoft Outlook 16.0"),
            ("Thread-Index", "AdsvEZoLPEVtYm9zS0mP1907AAAA=="),
        ],
    )
    lab = label(
        "application",
        "sv",
        "ACVFB",
        "Complete application where everything is in a .docx attachment (RFC 2231 utf-8 filename with å/é); the body is three lines. Association: named, founded 1981, org.nr, 34 members. Contact: Kerstin Wall with phone and own e-mail (also the From). Activity: dated six-evening course plus a dance, local benefit spelled out. Anchoring: planned with PRO and the school's parents' association, 28 on the interest list. Budget: table, 12 600 = sought. Dance teacher's and musicians' fees are not salaries. 'kvinnor och män' → women_and_men true. Subject without diacritics.",
        association_name="Hallingebergs Folkdansgille",
        org_number=org,
        contact_name="Kerstin Wall",
        contact_email="kerstin.wall@example.se",
        contact_phone="0490-307 55",
        members=34,
        ort="Hallingeberg",
        amount_sek=12600,
        women_and_men=True,
    )
    add(1907, "gammaldans-hallingeberg", data, lab, mid)


MID_1913 = "<1913.4f2a.lagalappa@example.com>"


def m1908() -> None:
    mid = "<5F1908E2.3060207@example.se>"
    body = """Hej
Jag heter Gunnel Ek och bor i Flerohopp. Jag och några grannar har pratat om att många äldre här har svårt med allt som ska göras på datorn och telefonen nu, bank id, kivra, boka tid på vårdcentralen och sånt, och det finns ingen hjälp att få här ute sen banken och biblioteket försvann.

Så vi vill ordna ett Digital-café i församlingshemmet i Flerohopp, 6 tisdagar i oktober och november kl 14-16. Ungdomar från byn hjälper de äldre med telefoner och paddor och vi bjuder på kaffe. Då kan de gamla klara sig själva längre här i byn och ungdomarna får träffa de äldre.

Flerohopps IF har lovat att fråga sina juniorer och 9 ungdomar har redan anmält sig som hjälpare, och SPF ska annonsera för sina medlemmar här. Församlingen lånar ut lokalen för en billig peng.

Pengar:
lokal 6 ggr x 350 kr = 2100 kr
kaffe o bröd 6 ggr x 300 kr = 1800 kr
pizza till ungdomarna sista gången 900 kr
skrivarpapper och kopior 300 kr
Tot 5100 kr

Ring gärna mej på 0481-402 18 om det är nåt, jag är inte så van vid mejl.

Hälsningar Gunnel Ek
"""
    data = message(
        addr("Gunnel Ek", "gunnel.ek@example.se", "iso-8859-1"),
        BOT,
        "Digital cafe i Flerohopp",
        date(9, 11, 15, 52, 31),
        mid,
        text(body, charset="iso-8859-1", cte="8bit"),
        extra=[
            (
                "User-Agent",
                "Mozilla/5.0 (Windows NT 6.1; rv:52.0) Gecko/20100101 Thunderbird/52.9.1",
            )
        ],
    )
    lab = label(
        "application",
        "sv",
        "CVFB",
        "Older writer, iso-8859-1 8bit from an old Thunderbird, long unwrapped lines, loose punctuation. Association false: 'jag och några grannar' is an unnamed group with nothing registered – the church, sports club and SPF are partners, not the applicant (so association_name null). Contact: Gunnel Ek signs from her own address and gives a phone. Activity: six dated Tuesday sessions where young people help the elderly with phones, local benefit stated. Anchoring: the sports club recruits juniors, 9 young helpers signed up, SPF advertises, the parish lends the room. Budget: four items summing to 5 100 (pizza and paper are consumables). No member count, gender not stated.",
        contact_name="Gunnel Ek",
        contact_email="gunnel.ek@example.se",
        contact_phone="0481-402 18",
        ort="Flerohopp",
        amount_sek=5100,
    )
    add(1908, "digitalcafe-flerohopp", data, lab, mid)


def m1909() -> None:
    mid = "<trinity.1909.vissefjarda.hbf@example.org>"
    org = orgnr("802011-842")
    body = f"""Hej!

Vissefjärda Hembygdsförening (org.nr {org}, 140 medlemmar) söker härmed 15 000 kr ur
idéslanten för projektet "Torpen i skogen".

Under oktober gör vi fyra guidade vandringar, lördagarna 3, 10, 17 och 24 oktober, till
torpruinerna i socknens skogar tillsammans med en arkeolog. Vi märker ut och fotograferar
lämningarna och skriver ner vad de äldre minns om vilka som bodde där. Den 14 november
visar vi resultatet på en öppen kväll i sockenstugan. Projektet ska få fler – inte minst
nyinflyttade – att upptäcka bygden och hitta in i hembygdsföreningen, och
dokumentationen blir kvar för kommande generationer.

Beslutet fattades på medlemsmötet den 30 augusti där 45 medlemmar deltog. Vissefjärda
skola följer med på en av vandringarna med årskurs 6, och Vissefjärda Jaktvårdskrets
visar vägarna ut till torpen.

Med vänlig hälsning
Styrelsen, Vissefjärda Hembygdsförening
"""
    html = (
        '<html><body style="font-family:Verdana;font-size:10pt">'
        + "".join(f"<p>{para.replace(chr(10), ' ')}</p>" for para in body.strip().split("\n\n"))
        + "</body></html>"
    )
    data = message(
        addr("Vissefjärda Hembygdsförening", "hembygden.vissefjarda@example.org"),
        BOT,
        "Ansökan idéslanten 2026",
        date(9, 14, 10, 3, 44),
        mid,
        multi(
            "alternative",
            [
                text(body, cte="quoted-printable"),
                text(html, cte="quoted-printable", subtype="html"),
            ],
            "=_alt_1909_7c1e0b",
        ),
        extra=[("X-Mailer", "Roundcube Webmail/1.6.7")],
    )
    lab = label(
        "application",
        "sv",
        "AVF",
        "Roundcube multipart/alternative. Association: named, org.nr, 140 members. Activity: four dated guided walks with an archaeologist, documentation and a public evening – concrete with local benefit. Anchoring: members' meeting with 45 present, the school and the hunting association take part. Budget false: only 'söker 15 000 kr' – a bare total, no cost items (amount_sek 15000). Contact false: the shared association mailbox signed 'Styrelsen', no named person – all contact facts null. The archaeologist's involvement implies a fee but none is itemised; no salary, no purchases.",
        association_name="Vissefjärda Hembygdsförening",
        org_number=org,
        members=140,
        ort="Vissefjärda",
        amount_sek=15000,
    )
    add(1909, "torpen-vissefjarda", data, lab, mid)


def m1910() -> None:
    officer = "<officer.1902.a81f@example.se>"
    body = """Hej,

Jag är på jobbresa i Norge och är tillbaka måndag 21 september. Jag läser inte mejl
regelbundet under tiden.

Gäller det Gamla Skolan i Bockara kan du istället kontakta Malin i styrelsen.

/Jonas
"""
    data = message(
        addr("Jonas Petrén", "jonas.petren@example.com"),
        addr("Landsbygdsutvecklare Region Kalmar län", OFFICER),
        ew("Automatiskt svar: SV: Idéslanten - framtidsverkstad Bockara skola", "utf-8", "Q"),
        date(9, 15, 9, 12, 5),
        "<auto.1910.e22c@example.com>",
        text(body, cte="quoted-printable"),
        in_reply_to=officer,
        references=[
            "<6C0F1B7E-2A44-4E0B-8D3C-5B0E1902AB77@example.com>",
            receipt_id("2026-0118"),
            officer,
        ],
        extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
    )
    lab = label(
        "autoreply",
        "sv",
        "",
        "Out-of-office reply (Auto-Submitted: auto-replied) to the officer's manual reply in the Bockara thread; References include application 1902 and its receipt. It names the association and a board member only as a redirect – as an autoreply it supplies nothing, all elements false and all facts null. Subject 'Automatiskt svar: SV: ...' as utf-8 Q encoded-word.",
    )
    add(1910, "autosvar-bockara", data, lab)


def m1911() -> None:
    nr = "2026-0120"
    RECEIPTS[receipt_id(nr)] = MID_1904
    rec = receipt(nr, ["contact", "anchoring"])
    body = f"""Hej,

Kontaktperson för ansökan blir Leif Andersson, sekreterare i byalaget. Han nås på
leif.andersson@example.com eller 0480-911 47 (kvällar).

Förankringen återkommer vi om efter styrelsemötet.

Tvärskogs Byalag

Den 2026-09-07 kl. 19:06, skrev Idéslanten – Region Kalmar län:
{quote(rec)}
"""
    data = message(
        addr("Tvärskogs Byalag", "byalaget.tvarskog@example.com", "iso-8859-1"),
        BOT_FROM,
        ew(f"Re: Dialogkvällar om trafiken i Tvärskog [Idéslanten {nr}]", "iso-8859-1", "Q"),
        date(9, 16, 20, 41, 9),
        "<7b1c44d0.1911.tvarskog@example.com>",
        text(body, charset="windows-1252", cte="8bit", params="; format=flowed"),
        in_reply_to=receipt_id(nr),
        references=[MID_1904, receipt_id(nr)],
        extra=[
            (
                "User-Agent",
                "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.2.0",
            ),
            ("Content-Language", "sv"),
        ],
    )
    lab = label(
        "followup",
        "sv",
        "C",
        "Thunderbird reply from the byalag's shared mailbox to the bot's receipt for 1904 (In-Reply-To the receipt, application in References), receipt quoted below with '> '. New text names Leif Andersson with his own e-mail and phone, so contact true even though the From is the shared mailbox (contact_email is his address, not the From). Anchoring is explicitly postponed – false. Only the name 'Tvärskogs Byalag' as signature: association false. The quoted receipt asks for contact and anchoring and must not count.",
        association_name="Tvärskogs Byalag",
        contact_name="Leif Andersson",
        contact_email="leif.andersson@example.com",
        contact_phone="0480-911 47",
        ort="Tvärskog",
    )
    add(1911, "sv-kontakt-tvarskog", data, lab)


MID_1919 = "<CAF1919sodravi+cykel=Xw4@example.com>"


def m1912() -> None:
    mid = "<B1E7A9C0-1912-4D6E-AF02-BYXELKROK01@example.org>"
    org = orgnr("802502-641")
    body = f"""Hej Idéslanten!

Byxelkroks Samhällsförening söker 12 000 kr till en studieresa.

Vilka vi är: en ideell förening för norra Böda, bildad 1992, org.nr {org}. Vi har 96
medlemmar och ordnar bl.a. midsommarfirandet och skötseln av hamnplanen.

Varför: sedan macken i Byxelkrok stängde i våras är det närmare två mil till närmaste
tankställe och lanthandeln går knackigt. Vi vill lära oss av andra byar som själva driver
mack och affär.

Vad: 24–25 oktober åker vi med hyrd buss till två byar i Småland och Östergötland som
driver bygdemack och lanthandel i egen regi. Deras styrelser tar emot oss och berättar om
ekonomisk förening, frivilligschema och avtal med drivmedelsbolag. 25 deltagare – både
kvinnor och män, unga och pensionärer. Den 12 november redovisar vi resan på ett öppet
möte i Böda bygdegård och röstar om vi ska bilda en ekonomisk förening.

Förankring: på stormötet i Byxelkrok den 2 juni, där 58 personer var med, fick styrelsen
i uppdrag att ta fram en plan. Böda Hembygdsförening och Byxelkroks Företagarförening är
med och skickar två deltagare var.

Budgeten finns i bifogad pdf. Deltagarna betalar själva mat och logi.

Kontakt: Lars-Göran Sjöberg, ordförande
0485-284 10, lg.sjoberg@example.org

Hälsningar
Lars-Göran
"""
    budget = pdf(
        [
            "# Byxelkroks Samhällsförening – budget studieresa 24–25 oktober 2026",
            "",
            "Bussresa 2 dagar inkl. chaufför (offert)              9 800 kr",
            "Studiebesök, ersättning till värdbyarna 2 x 1 000 kr  2 000 kr",
            "Redovisningsmöte 12 nov: lokal och fika               1 400 kr",
            "Summa kostnader                                      13 200 kr",
            "",
            "Egen insats (föreningens kassa)                       1 200 kr",
            "Sökt ur idéslanten                                   12 000 kr",
        ],
        title="Budget studieresa",
    )
    data = message(
        addr("Lars-Göran Sjöberg", "lg.sjoberg@example.org"),
        BOT,
        ew("Studieresa bygdemack – Byxelkroks Samhällsförening", "utf-8", "Q"),
        date(9, 17, 18, 33, 2),
        mid,
        multi(
            "mixed",
            [
                text(body, cte="quoted-printable"),
                attach(budget, "application/pdf", "Budget studieresa.pdf"),
            ],
            "Apple-Mail=_5C2E0D1B-1912-4A77-9E61-0F3B2C8D4E5A",
        ),
        extra=[("X-Mailer", "Apple Mail (2.3774.600.62)")],
    )
    lab = label(
        "application",
        "sv",
        "ACVFB",
        "Apple Mail, QP body with short labelled paragraphs ('Vilka vi är', 'Vad', 'Förankring') and the budget only in a one-page PDF (Helvetica, WinAnsi). Association: named, founded 1992, org.nr, 96 members. Contact: named chair with phone and own e-mail. Activity: dated bus study trip to two self-run village petrol stations plus a follow-up meeting with a vote – concrete local development. Anchoring: mass meeting of 58 on 2 June, two local associations take part. Budget: PDF items 13 200, own contribution 1 200, sought 12 000 → amount_sek 12000. Bus hire incl. driver is a purchased service, not a salary. 'både kvinnor och män' → true.",
        association_name="Byxelkroks Samhällsförening",
        org_number=org,
        contact_name="Lars-Göran Sjöberg",
        contact_email="lg.sjoberg@example.org",
        contact_phone="0485-284 10",
        members=96,
        ort="Byxelkrok",
        amount_sek=12000,
        women_and_men=True,
    )
    add(1912, "studieresa-byxelkrok", data, lab, mid)


def m1913() -> None:
    body = """Hej!

Vi är en nystartad förening, Laga & Lappa Storebro, som vill starta ett reparationskafé i
gamla bruksmagasinet i Storebro. Vi är sju medlemmar än så länge, mest folk som gillar att
fixa saker.

Tanken är att vi har öppet sista lördagen varje månad oktober–mars kl 11–15. Folk tar med
trasiga kläder, cyklar, lampor och leksaker och så lagar vi dem tillsammans. Vi anlitar en
skräddare och en cykelmekaniker som lär ut. Det blir en mötesplats i byn och mindre
slit-och-släng.

Budget
- Arvode skräddare och cykelmek, 6 ggr à 1 000 kr = 6 000 kr
- Hyra bruksmagasinet 6 ggr à 250 kr = 1 500 kr
- Reservdelar, tråd, lappar = 1 200 kr
- En begagnad industrisymaskin = 4 500 kr
Summa 13 200 kr

Vi hoppas att många kommer och att det blir en tradition!

Hälsningar
Ann-Sofie Lindqvist
Laga & Lappa Storebro
076-114 90 32
"""
    data = message(
        addr("Ann-Sofie Lindqvist", "annsofie.lindqvist@example.com"),
        BOT,
        ew("Reparationskafé i Storebro – ansökan", "windows-1252", "Q"),
        date(9, 18, 12, 7, 50),
        MID_1913,
        text(body, charset="windows-1252", cte="quoted-printable"),
        extra=[("X-Mailer", "Microsoft Windows Live Mail 16.4.3528.331")],
    )
    lab = label(
        "application",
        "sv",
        "ACVB",
        "windows-1252 quoted-printable from Windows Live Mail, dash list budget. Association: named, newly started, seven members ('sju' = 7, below the rule's minimum – shows in the facts, not the element). Contact: Ann-Sofie Lindqvist signs from her own address with a mobile. Activity: monthly repair café with dates, hired tailor and bike mechanic teaching, local benefit. Budget: four items, 13 200. Anchoring false: 'vi hoppas att många kommer' is a hope, no meeting, partner or survey. Buying an industrial sewing machine is a physical investment → true; spare parts and thread are consumables; teachers' fees are not salary.",
        association_name="Laga & Lappa Storebro",
        contact_name="Ann-Sofie Lindqvist",
        contact_email="annsofie.lindqvist@example.com",
        contact_phone="076-114 90 32",
        members=7,
        ort="Storebro",
        amount_sek=13200,
        physical_investment=True,
    )
    add(1913, "reparationskafe-storebro", data, lab, MID_1913)


def m1914() -> None:
    mid = "<AM0P190MB1914E1B2C3D4@example.com>"
    body = "hej! vi i gullabo ungdomsråd vill söka pengar till ungdomsgården, typ nya soffor o nåt kul vi kan göra i vinter. vi e 19 st i rådet.\nmvh Elin Svensson 073-441 20 86\n\nSkickat från Outlook för Android\n"
    data = message(
        addr("Elin Svensson", "elin.svensson07@example.com"),
        BOT,
        ew("ansökan", "utf-8", "B"),
        date(9, 21, 16, 48, 19),
        mid,
        text(body, cte="base64"),
        extra=[("X-Mailer", "Outlook for Android")],
    )
    lab = label(
        "application",
        "sv",
        "AC",
        "Two-line phone mail from a teenager, all lower case, utf-8 base64 body, one-word base64 subject. Association: named youth council with 19 members – name plus what it is and its size. Contact: Elin Svensson signs from her own address with a mobile. Activity false: 'nåt kul vi kan göra i vinter' is no activity. Anchoring false: nothing. Budget false: no amounts, amount_sek null. 'nya soffor' means buying furniture → physical_investment true.",
        association_name="gullabo ungdomsråd",
        contact_name="Elin Svensson",
        contact_email="elin.svensson07@example.com",
        contact_phone="073-441 20 86",
        members=19,
        ort="Gullabo",
        physical_investment=True,
    )
    add(1914, "ungdomsrad-gullabo", data, lab, mid)


def m1915() -> None:
    text_body = """LANDSBYGDSBREVET – september 2026
Nätverket Levande Sydost

I detta nummer:
* Höstens bidrag: glöm inte att söka! Många regioner har lokala småbidrag – kolla med
  din region om t.ex. idéslanten eller bygdepeng innan årsskiftet.
* Reportage: byn som köpte sin egen lanthandel
* Webbinarium 8 oktober: Så skriver ni en bra ansökan (anmälan på webben)
* Tips: gratis mallar för budget och verksamhetsplan

Läs hela brevet: https://www.example.org/landsbygdsbrevet/2026-09

Du får det här brevet eftersom din förening är medlem i nätverket.
Avregistrera: https://www.example.org/avregistrera?u=7731
"""
    html = """<html><body style="margin:0;background:#eef2ea"><table width="600" align="center" style="background:#fff;font-family:Georgia,serif">
<tr><td style="padding:20px;background:#2f5d3a;color:#fff"><h1 style="margin:0">Landsbygdsbrevet</h1><p>September 2026 · Nätverket Levande Sydost</p></td></tr>
<tr><td style="padding:20px"><h2>Höstens bidrag: glöm inte att söka!</h2><p>Många regioner har lokala småbidrag – kolla med din region om t.ex. idéslanten eller bygdepeng innan årsskiftet.</p>
<h2>Reportage: byn som köpte sin egen lanthandel</h2><p>När den sista butiken skulle stänga gick 140 hushåll ihop …</p>
<h2>Webbinarium 8 oktober</h2><p>Så skriver ni en bra ansökan – <a href="https://www.example.org/webbinarium">anmäl dig här</a>.</p>
<p><a href="https://www.example.org/landsbygdsbrevet/2026-09">Läs hela brevet på webben</a></p></td></tr>
<tr><td style="padding:12px;font-size:11px;color:#777">Du får det här brevet eftersom din förening är medlem i nätverket. <a href="https://www.example.org/avregistrera?u=7731">Avregistrera</a></td></tr>
</table></body></html>"""
    data = message(
        addr("Nätverket Levande Sydost", "nyhetsbrev@example.org"),
        addr("Idéslanten", BOT),
        ew("Landsbygdsbrevet september: glöm inte höstens bidrag!", "utf-8", "B"),
        date(9, 22, 7, 0, 0),
        "<nl.2026-09.7731.1915@example.org>",
        multi(
            "alternative",
            [text(text_body, cte="quoted-printable"), text(html, cte="base64", subtype="html")],
            "b1_nl_1915_ab7c",
        ),
        extra=[
            ("List-Id", "Landsbygdsbrevet <landsbygdsbrevet.example.org>"),
            (
                "List-Unsubscribe",
                "<https://www.example.org/avregistrera?u=7731>, <mailto:avregistrera@example.org?subject=unsubscribe>",
            ),
            ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
            ("Precedence", "bulk"),
            ("X-Mailer", "Nyhetsbrevsverktyget 4.2"),
        ],
    )
    lab = label(
        "newsletter",
        "sv",
        "",
        "Monthly bulk newsletter from a rural network: List-Id, List-Unsubscribe (+One-Click), Precedence: bulk, multipart/alternative with a base64 HTML layout table. It mentions idéslanten, 'söka', 'ansökan' and a village with 140 households – cue words that must not turn it into an application or question. All elements false and all facts null.",
    )
    add(1915, "nyhetsbrev-levande-sydost", data, lab)


MID_1906_RECEIPT_NR = "2026-0121"


def m1916() -> None:
    mid = "<CAH1916timmernabben_byalag.Q8@example.net>"
    org = orgnr("802463-097")
    body = f"""Hej!

Timmernabbens Byalag ansöker om 14 500 kr ur idéslanten för "Timmernabben 2035 – tre
kvällar om byns framtid".

Om oss: byalaget är en ideell förening (org.nr {org}) där ca 210 hushåll är medlemmar.
Vi driver bland annat julmarknaden och hembygdsgården vid hamnen.

Aktivitet: tre workshopkvällar i Folkets hus den 15 oktober, 5 november och 26 november
kl 18.30–21 under ledning av en inhyrd processledare. Kväll 1: vad är bra och dåligt i
Timmernabben i dag. Kväll 2: boende, service och kommunikationer. Kväll 3: prioriteringar
och arbetsgrupper. Resultatet blir en byaplan som vi lämnar till Mönsterås kommun som
underlag för översiktsplanen, och arbetsgrupper som driver frågorna vidare.

Förankring: i våras gjorde vi en enkät till alla hushåll – 164 svarade och 71 % ville att
vi tar fram en byaplan. Timmernabbens IK, PRO och skolans föräldraförening sitter med i
planeringsgruppen.

Budget: se bifogad Excel.

Kontakt: Henrik Strand, 070-998 13 40, henrik.strand@example.net

/Henrik Strand, vice ordförande
"""
    sheet = xlsx(
        [
            ["Budget – Timmernabben 2035"],
            [],
            ["Post", "Antal", "À-pris (kr)", "Summa (kr)"],
            ["Processledare, arvode per kväll", 3, 3000, 9000],
            ["Lokalhyra Folkets hus", 3, 700, 2100],
            ["Fika", 3, 600, 1800],
            ["Tryck av byaplanen, 100 ex", 1, 1600, 1600],
            ["Summa", None, None, 14500],
            [],
            ["Sökt belopp ur idéslanten", None, None, 14500],
        ]
    )
    data = message(
        addr("Henrik Strand", "henrik.strand@example.net"),
        BOT,
        "Ansökan idéslanten: Timmernabben 2035",
        date(9, 23, 10, 15, 27),
        mid,
        multi(
            "mixed",
            [
                text(body, cte="base64"),
                attach(
                    sheet,
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                    "budget_timmernabben_2035.xlsx",
                ),
            ],
            "0000000000001916f0a3b4c5d6e7",
        ),
    )
    lab = label(
        "application",
        "sv",
        "ACVFB",
        "Complete Gmail-style mail with utf-8 base64 body and the budget as an .xlsx (inline strings, numeric cells, no formulas). Association: named, org.nr, 'ca 210 hushåll är medlemmar' → members 210. Contact: Henrik Strand with phone and own e-mail. Activity: three dated workshops with a process leader producing a village plan and working groups. Anchoring: household survey with 164 replies (respondents are not members) plus three local groups in the planning group. Budget: four items, 14 500 = sought. Printing the plan is a service, not equipment. Gender not stated → null.",
        association_name="Timmernabbens Byalag",
        org_number=org,
        contact_name="Henrik Strand",
        contact_email="henrik.strand@example.net",
        contact_phone="070-998 13 40",
        members=210,
        ort="Timmernabben",
        amount_sek=14500,
    )
    add(1916, "byaplan-timmernabben", data, lab, mid)


def m1917() -> None:
    mid = "<1917.kulturforeningen.degerhamn.5521@example.se>"
    body = """Till Region Kalmar län, landsbygdsutveckling

Ansökan: "Cementbyn berättar"

Degerhamns Kulturförening, 45 medlemmar, har sedan 2019 arrangerat konserter och
utställningar i gamla Folkets hus i Degerhamn.

Vi planerar en utställning om cementfabrikens och kalkbrottens historia under november,
med foton och föremål som bybor lånar ut, samt tre guidade vandringar runt
fabriksområdet och arbetarbostäderna ledda av en lokalhistoriker. Utställningen öppnas
med en berättarkväll lördag 7 november. Vi vill att yngre och nyinflyttade ska förstå
varför byn ser ut som den gör, och att fler besöker Degerhamn utanför sommaren.

Cementveteranerna (en grupp f.d. anställda, ett tjugotal personer) har samlat material i
två år och bygger utställningen tillsammans med oss, och Södra Ölands Hembygdsförening
lånar ut montrar och skyltar. Tolv frivilliga har anmält sig som utställningsvärdar.

Kostnader:
Arvode lokalhistoriker, 3 vandringar à 1 500 kr ... 4 500 kr
Utskrift och uppfodring av foton ................... 2 800 kr
Hyra Folkets hus november .......................... 3 000 kr
Fika till vernissagen ................................ 900 kr
Summa ............................................. 11 200 kr

Vänliga hälsningar
Kulturföreningen i Degerhamn
"""
    data = message(
        addr("Kulturföreningen Degerhamn", "kulturforeningen.degerhamn@example.se", "iso-8859-1"),
        BOT,
        ew('Ansökan "Cementbyn berättar" - Degerhamn', "iso-8859-1", "Q"),
        date(9, 24, 20, 2, 14),
        mid,
        text(body, charset="iso-8859-1", cte="quoted-printable"),
        extra=[("X-Mailer", "Zimbra 9.0.0_GA_4583 (ZimbraWebClient - FF128)")],
    )
    lab = label(
        "application",
        "sv",
        "AVFB",
        "iso-8859-1 QP, Q-encoded subject, budget with dot leaders. Association: named, 45 members, what it does since 2019. Activity: November exhibition with opening evening and three guided walks, local benefit stated. Anchoring: the cement veterans (~20, not members) built the material, the local history society lends showcases, twelve volunteer hosts. Budget: four items, 11 200. Contact false: shared association mailbox signed only 'Kulturföreningen i Degerhamn' – no person, contact facts null. Borrowed showcases and photo prints are not investments; historian's fee is not salary.",
        association_name="Degerhamns Kulturförening",
        members=45,
        ort="Degerhamn",
        amount_sek=11200,
    )
    add(1917, "cementbyn-degerhamn", data, lab, mid)


def m1918() -> None:
    nr = MID_1906_RECEIPT_NR
    RECEIPTS[receipt_id(nr)] = MID_1906
    rec = receipt(nr, ["activity", "budget"], variant=1)
    body = f"""Hi,

Thank you for the quick answer! Here is more about what we want to do.

We plan four "Fika & Walk" Saturdays, 17 October, 14 November, 12 December and 16 January.
Each starts at 11 with a walk led by someone from the hembygdsförening who tells about the
place (the old mill, the school, the churchyard), then soup and fika in the bygdegård with
"language swap" tables – Swedish for newcomers, and English, Dutch or German for locals who
want to practise. In December the local hunting team will tell about hunting traditions.
The aim is that newcomers and people born here become friends, and that more newcomers
join the local associations and stay.

Budget:
- Rent of the bygdegård, 4 x 500 SEK = 2,000 SEK
- Soup and fika, 4 x 1,100 SEK = 4,400 SEK
- Posters and invitations in Swedish/English = 600 SEK
- Small fee for the guides, 4 x 250 SEK = 1,000 SEK
Total: 8,000 SEK

Best regards,
Marieke van Dijk
+46 73 810 22 46

________________________________
From: Idéslanten – Region Kalmar län <ideslanten@example.se>
Sent: Wednesday, September 9, 2026 10:19 PM
To: Marieke van Dijk <marieke.vandijk@example.com>
Subject: Re: Application idéslanten - Lönneberga Newcomers Network [Idéslanten {nr}]

{rec}
"""
    data = message(
        addr("Marieke van Dijk", "marieke.vandijk@example.com"),
        BOT_FROM,
        ew(f"RE: Application idéslanten - Lönneberga Newcomers Network [Idéslanten {nr}]"),
        date(9, 25, 8, 44, 51),
        "<DB9PR02MB1918A0F1E2D3C4B5@example.com>",
        text(body, cte="quoted-printable"),
        in_reply_to=receipt_id(nr),
        references=[MID_1906, receipt_id(nr)],
        extra=[
            (
                "Thread-Topic",
                "Application idéslanten - Lönneberga Newcomers Network [Idéslanten 2026-0121]".replace(
                    "é", "e"
                ),
            ),
            ("X-MS-Exchange-Organization-SCL", "1"),
        ],
    )
    lab = label(
        "followup",
        "en",
        "CVB",
        "English top-posted Outlook reply to the bot's receipt for 1906 (In-Reply-To the receipt, application in References) with an unprefixed Outlook 'From:/Sent:/To:/Subject:' block and the Swedish receipt pasted below without '>' marks – the quoted receipt lists activity and budget as missing and must not count. New text gives a concrete activity (four dated Saturdays, walks, language-swap tables, aim) and a four-item budget totalling 8,000 SEK (amount_sek 8000). Signed Marieke van Dijk from her own address with phone → contact true. Guides' small fee is not salary. Association/anchoring not restated → false.",
        contact_name="Marieke van Dijk",
        contact_email="marieke.vandijk@example.com",
        contact_phone="+46 73 810 22 46",
        ort="Lönneberga",
        amount_sek=8000,
    )
    add(1918, "re-fika-walk-lonneberga", data, lab)


def m1919() -> None:
    body = """Hej!

Jag heter Tobias Ahl och är en av föräldrarna bakom cykelskolan i Södra Vi. Vi är ett gäng
föräldrar som märkt att många barn här inte får cykla till skolan, för att föräldrarna inte
litar på att de klarar trafiken, och barnen blir beroende av skjuts.

Vi vill ordna en cykelskola för barn 8–12 år, tjejer och killar, fyra lördagar i april–maj
2027 på skolgården och på byvägarna, med en utbildad cykelinstruktör. Barnen lär sig
trafikregler och att laga punka, och tillsammans ritar vi en karta över säkra cykelvägar i
Södra Vi som delas ut till alla familjer. Sista gången cyklar alla tillsammans till
badplatsen.

Södra Vi IF lånar ut klubbstugan, skolan är med och 26 familjer har redan anmält sig via
skolans veckobrev.

Budgeten skickar jag när jag pratat klart med instruktören om pris.

Tack!
Tobias Ahl
070-224 61 95
"""
    data = message(
        addr("Tobias Ahl", "tobias.ahl@example.com"),
        BOT,
        ew("Cykelskola i Södra Vi", "utf-8", "B"),
        date(9, 28, 21, 3, 30),
        MID_1919,
        text(body, cte="quoted-printable"),
    )
    lab = label(
        "application",
        "sv",
        "CVF",
        "Plain utf-8 QP mail. Association false: 'ett gäng föräldrar' is an unnamed group ('cykelskolan' is the activity, not an association; the sports club and school are partners). Contact: Tobias Ahl signs from his own address with phone. Activity: four Saturdays, instructor, contents and a shared safe-route map. Anchoring: the sports club lends its clubhouse, the school takes part, 26 families signed up. Budget false: explicitly postponed, no figure at all (amount_sek null). 'tjejer och killar' → women_and_men true.",
        contact_name="Tobias Ahl",
        contact_email="tobias.ahl@example.com",
        contact_phone="070-224 61 95",
        ort="Södra Vi",
        women_and_men=True,
    )
    add(1919, "cykelskola-sodra-vi", data, lab, MID_1919)


MID_1926 = "<1926.kastlosa.bygdelag.77e1@example.org>"


def m1920() -> None:
    mid = "<009b01dd3a2e$1920fliseryd$0@example.se>"
    body = """Goddag.

Undertecknad är sedan 2011 ordförande i Fliseryds Sockenråd, som är en ideell förening med 74 enskilda medlemmar och som därtill samlar representanter för de flesta av byns föreningar, och jag skriver nu för att ansöka om medel ur den regionala bygdepengen, idéslanten, vilken vi läst om i Barometern och på regionens hemsida.

Det är så att Emån flyter genom vår socken och har alltid betytt mycket för Fliseryd, först för flottningen och bruket och nu mest för fisket och friluftslivet, men många av de yngre och de nyinflyttade vet inte mycket om ån och vi i sockenrådet tror att ån kan bli något som drar folk hit och ger några arbetstillfällen om vi tar vara på den.

Vi vill därför hålla tre "Emåkvällar" i Fliseryds bygdegård i november, torsdagarna den 5, 12 och 19 november klockan 19, den första med en fiskbiolog om laxen, havsöringen och flodpärlmusslan, den andra med en historiker om flottningen och bruket, och den tredje om hur ån kan användas för kanotuthyrning och naturturism i byn, där vi också bildar en arbetsgrupp. Kvällarna ska vara öppna för alla och till gagn för både kvinnor och män i alla åldrar.

Frågan har behandlats på sockenrådets öppna möte den 3 september, där 38 personer var närvarande och samtliga ställde sig bakom förslaget, och Fliseryds Fiskevårdsområdesförening samt Fliseryds Hembygdsförening är medarrangörer och står för kaffet och för guidningen på bruksområdet.

Kostnaderna har vi beräknat så här:
Föreläsararvoden 3 st à 3 500 kr, 10 500 kr
Resor för föreläsarna, 1 800 kr
Lokalhyra 3 kvällar à 900 kr, 2 700 kr
Annonsering i tidningen samt affischer, 1 500 kr
Fika, 1 000 kr
Summa 17 500 kr

Vi ansöker således om hela beloppet 17 500 kronor.

Svar kan lämnas till mig per e-post eller på telefon 0499-230 84, kvällstid helst.

Med utmärkt högaktning
Sven-Erik Gustavsson
Ordförande, Fliseryds Sockenråd
"""
    data = message(
        addr("Sven-Erik Gustavsson", "svenerik.gustavsson@example.se"),
        BOT,
        "Ansokan om bidrag ur bygdepengen",
        date(9, 29, 14, 21, 0),
        mid,
        text(body, charset="iso-8859-1", cte="8bit"),
        extra=[("X-Mailer", "Microsoft Outlook Express 6.00.2900.5931"), ("X-Priority", "3")],
    )
    lab = label(
        "application",
        "sv",
        "ACVFB",
        "Complete but ineligible: an elderly chairman's long, formal, run-on paragraphs in iso-8859-1 8bit (Outlook Express). Association: named, 74 individual members, also gathers the village associations. Contact: signer Sven-Erik Gustavsson from his own address with a phone. Activity: three dated lecture evenings on the river plus a working group on canoe hire – concrete, local development. Anchoring: open meeting of 38 backing it, two local associations co-arranging. Budget: five items, 17 500, all sought – above the 15 000 cap, which the amount fact shows. Lecturers' fees are not salary. 'både kvinnor och män' → true.",
        association_name="Fliseryds Sockenråd",
        contact_name="Sven-Erik Gustavsson",
        contact_email="svenerik.gustavsson@example.se",
        contact_phone="0499-230 84",
        members=74,
        ort="Fliseryd",
        amount_sek=17500,
        women_and_men=True,
    )
    add(1920, "emakvallar-fliseryd", data, lab, mid)


def m1921() -> None:
    html = """<html><body>
<div style="font-family:Arial;font-size:14px;max-width:560px">
<img src="https://cdn.example.net/regionkalmar-logo.png" alt="Region Kalmar län" width="180"><br><br>
<b>Meddelande om utbetalning – ärende 2026-0447</b><br><br>
Bästa mottagare,<br><br>
Ert ärende om regional bygdepeng har <b>beviljats med 14 800 SEK</b>. Utbetalningen är dock pausad eftersom era bankuppgifter inte kunnat verifieras i vårt system.<br><br>
För att slutföra utbetalningen måste ni bekräfta er identitet med BankID och ange kontonummer inom <b>48 timmar</b>, annars återgår beloppet till regionen.<br><br>
<a href="https://kalmar-region-utbetalning.example.net/verify?id=2026-0447" style="background:#005ea5;color:#fff;padding:10px 18px;text-decoration:none">VERIFIERA UTBETALNING</a><br><br>
Med vänliga hälsningar<br>Ekonomiavdelningen, Region Kalmar Län<br>
<span style="font-size:10px;color:#999">Detta är ett automatiskt meddelande, svara inte på detta e-post.</span>
</div></body></html>"""
    data = message(
        addr("Region Kalmar Län Utbetalning", "utbetalning@example.net"),
        "undisclosed-recipients:;",
        ew("Utbetalning av beviljat bidrag väntar – verifiera inom 48 timmar", "utf-8", "B"),
        date(9, 30, 3, 14, 56, tz=0),
        "<20260930031456.8a7f.1921@example.net>",
        text(html, cte="base64", subtype="html"),
        reply_to="betalning.regionkalmar@example.net",
        extra=[("X-Priority", "1 (Highest)"), ("Importance", "High")],
    )
    lab = label(
        "spam",
        "sv",
        "",
        "Phishing: an HTML-only base64 mail posing as the region's finance department, claiming a granted bygdepeng of 14 800 SEK is waiting and urging BankID 'verification' via a lookalike link within 48 hours; undisclosed recipients, foreign Reply-To, +0000 time zone, X-Priority 1. The grant vocabulary and amount must not make it an application; all elements false, all facts null.",
    )
    add(1921, "phishing-utbetalning", data, lab)


def m1922() -> None:
    mid = "<1922.1759398000.vena@example.net>"
    body = """Hej,

Vi är Vena Lantkvinnor, en förening för kvinnor som driver eller jobbar på gårdar i Vena
med omnejd. Vi är tjugosju medlemmar och har träffats en gång i månaden sedan 2019.

Vi vill söka pengar till en kursserie för våra medlemmar i vinter: tre kvällar i januari
och februari med en lantbruksekonom som går igenom bokslut, likviditet och
generationsskifte, och ett studiebesök på en mjölkgård med eget gårdsmejeri. Kursen är
bara för kvinnor, eftersom många kvinnor i lantbruket inte får plats i de vanliga
forumen. Om fler kvinnor vågar ta över gårdar blir det fler företag kvar i bygden.

Projektet är väl förankrat i bygden.

Totalt behöver vi 9 000 kr.

Med vänlig hälsning
Maria Johansson, sekreterare
Vena Lantkvinnor
tel 0495-520 61
"""
    data = message(
        addr("Maria Johansson", "maria.johansson.vena@example.net"),
        BOT,
        "Kursserie Vena Lantkvinnor",
        date(10, 2, 11, 40, 0),
        mid,
        text(body, cte="8bit"),
        extra=[("X-Mailer", "WebService/1.1.22645 YMailNorrin")],
    )
    lab = label(
        "application",
        "sv",
        "ACV",
        "Plain utf-8 8bit webmail. Association: named, for women farmers around Vena, 'tjugosju' = 27 members, meeting monthly since 2019. Contact: Maria Johansson, own address, phone. Activity: three winter evenings with an agricultural economist plus a farm visit, local benefit argued. Anchoring false: 'väl förankrat i bygden' is the empty claim. Budget false: a bare total 'Totalt behöver vi 9 000 kr' (amount_sek 9000). Explicitly for women only → women_and_men false (breaks a rule; the economist's fee is not salary).",
        association_name="Vena Lantkvinnor",
        contact_name="Maria Johansson",
        contact_email="maria.johansson.vena@example.net",
        contact_phone="0495-520 61",
        members=27,
        ort="Vena",
        amount_sek=9000,
        women_and_men=False,
    )
    add(1922, "kursserie-vena-lantkvinnor", data, lab, mid)


def m1923() -> None:
    mid = "<1923.berga.bygdegard.0c4d@example.com>"
    body = """Hej!

Berga Bygdegårdsförening vill söka idéslanten för vintern 2026/27.

Föreningen äger och sköter bygdegården i Berga (Högsby kommun) sedan 1952 och har 130
medlemmar.

Vi vill använda pengarna till aktiviteter i bygdegården under vintern som stärker bygden
och gör att fler hittar hit.

På årsmötet den 12 april, där 38 medlemmar var med, beslöts att vi ska söka, och vi
samarbetar med Berga IF och Berga Byaråd om programmet.

Preliminär budget:
Föreläsare och artister 6 000 kr
Annonsering 1 200 kr
Fika och förtäring 1 800 kr
Summa 9 000 kr

Hälsningar
Styrelsen för Berga Bygdegårdsförening
"""
    data = message(
        addr("Berga Bygdegård", "bygdegarden.berga@example.com"),
        BOT,
        ew("Idéslanten – Berga bygdegård", "utf-8", "B"),
        date(10, 5, 19, 58, 12),
        mid,
        text(body, cte="base64"),
        extra=[("X-Mailer", "Microsoft Outlook 16.0")],
    )
    lab = label(
        "application",
        "sv",
        "AFB",
        "utf-8 base64 body from the bygdegård's shared mailbox. Association: named, owns the hall since 1952, 130 members. Anchoring: annual meeting with 38 present decided it, cooperation with the sports club and village council. Budget: three items, 9 000 (called preliminary, but items with amounts). Activity false: 'aktiviteter i bygdegården under vintern som stärker bygden' is the vague wish – no what/when/how. Contact false: signed 'Styrelsen' from a shared mailbox; contact facts null. Lecturers'/artists' fees are not salary.",
        association_name="Berga Bygdegårdsförening",
        members=130,
        ort="Berga",
        amount_sek=9000,
    )
    add(1923, "vinter-berga", data, lab, mid)


def m1924() -> None:
    mid = "<1924.overum.heritage@example.com>"
    org = orgnr("802519-224")
    body = f"""Hello,

I am writing on behalf of Överum Bruk Heritage Group to apply for the idéslanten grant.

About us: we are a registered non-profit association (org. no. {org}) with 31 members –
several English-speaking families who have settled in Överum, together with Swedes who
grew up here. We meet every month to collect photos and stories about the ironworks.

The activity: on four Sunday afternoons (8 and 22 November, 6 and 13 December) we will hold
guided walks through the old ironworks area, followed by a talk in Överums Folkets hus by
a local historian – in Swedish, with English summaries. We will also produce a bilingual
leaflet about the bruk. Everyone is welcome, men and women, people born here and
newcomers. We want new residents to feel at home in Överum's history, and we hope it will
bring visitors to the village in the dark season.

Local support: at an open meeting in the Folkets hus on 10 September, about 60 people
came and backed the idea. Överums Hembygdsförening is co-organiser and the parish lets us
use the church hall if the weather is bad.

Budget:
Historian's fee, 4 x 1,500 SEK ........ 6,000 SEK
Hall rent, 4 x 450 SEK ................. 1,800 SEK
Printing bilingual leaflet, 300 copies . 2,200 SEK
Coffee and cake, 4 x 500 SEK ........... 2,000 SEK
Total .................................. 12,000 SEK

We apply for SEK 12,000.

Contact person: David Whitfield, chair
Phone +46 70 655 41 27, e-mail david.whitfield@example.com

Many thanks,
David Whitfield
"""
    data = message(
        addr("David Whitfield", "david.whitfield@example.com"),
        BOT,
        "Grant application - Overum Bruk Heritage Group",
        date(10, 6, 9, 5, 33),
        mid,
        text(body, cte="quoted-printable"),
        extra=[
            (
                "User-Agent",
                "Mozilla/5.0 (Macintosh; Intel Mac OS X 14.5; rv:128.0) Gecko/20100101 Thunderbird/128.3.1",
            )
        ],
    )
    lab = label(
        "application",
        "en",
        "ACVFB",
        "Complete application in English with dot-leader budget and English number format (1,500 / 12,000 SEK). Association: named, org.nr, 31 members, what it does. Contact: David Whitfield, phone and own e-mail. Activity: four dated walks and talks plus a leaflet, local benefit explained. Anchoring: open meeting of ~60 backing it, the local history society co-organising, the parish lending a hall. Budget: four items, 12,000 = applied. 'men and women' → women_and_men true. Historian's fee is not salary; printing is not an investment.",
        association_name="Överum Bruk Heritage Group",
        org_number=org,
        contact_name="David Whitfield",
        contact_email="david.whitfield@example.com",
        contact_phone="+46 70 655 41 27",
        members=31,
        ort="Överum",
        amount_sek=12000,
        women_and_men=True,
    )
    add(1924, "heritage-walks-overum", data, lab, mid)


def m1925() -> None:
    nr = "2026-0127"
    RECEIPTS[receipt_id(nr)] = MID_1913
    rec = receipt(nr, ["anchoring"])
    body = f"""Hej! Förankring – ja alltså vi har ju pratat med massor av folk i Storebro och alla tycker det är en toppenidé 😊 Hoppas det räcker!

--
Ann-Sofie Lindqvist
Laga & Lappa Storebro
076-114 90 32

Den fre 18 sep. 2026 kl 12:09 skrev Idéslanten – Region Kalmar län <ideslanten@example.se>:

{quote(rec)}
"""
    data = message(
        addr("Ann-Sofie Lindqvist", "annsofie.lindqvist@example.com"),
        BOT_FROM,
        ew(f"Re: Reparationskafé i Storebro – ansökan [Idéslanten {nr}]"),
        date(10, 7, 7, 31, 45),
        "<CAK1925repair+cafe=a8Zq@example.com>",
        text(body, cte="8bit"),
        in_reply_to=receipt_id(nr),
        references=[MID_1913, receipt_id(nr)],
    )
    lab = label(
        "followup",
        "sv",
        "C",
        "Gmail reply to the receipt for 1913 (receipt In-Reply-To, application in References), one long line plus emoji, utf-8 8bit, Gmail '--' signature and 'Den fre 18 sep. 2026 kl 12:09 skrev' quote header. It answers the anchoring request with 'vi har pratat med massor av folk … alla tycker det är en toppenidé' – general approval without any meeting, survey, partner group or volunteers, so anchoring stays false: a followup that supplies nothing useful. Signed with full name from her own address → contact true.",
        association_name="Laga & Lappa Storebro",
        contact_name="Ann-Sofie Lindqvist",
        contact_email="annsofie.lindqvist@example.com",
        contact_phone="076-114 90 32",
        ort="Storebro",
    )
    add(1925, "sv-forankring-storebro", data, lab)


def m1926() -> None:
    body = """Hej

Kastlösa Bygdelag bildades 1978 och har 66 medlemmar. Vi jobbar för att Kastlösa och
byarna runt omkring ska vara en levande bygd året runt, inte bara på sommaren.

Vi vill utveckla Kastlösa som besöksmål även utanför säsong och söker därför idéslanten.

På byamötet den 20 september beslöt de 34 som var där att bygdelaget ska gå vidare med
det här, och vi har pratat ihop oss med församlingen och gårdsbutiken i byn som vill vara
med.

Se bifogad budget.

Hälsningar
Göran Berg, ordf.
0485-420 93
"""
    img = png(64, 48, 1926)
    data = message(
        addr("Göran Berg", "goran.berg.kastlosa@example.org"),
        BOT,
        "Idéslanten Kastlösa",
        date(10, 8, 19, 12, 6),
        MID_1926,
        multi(
            "mixed",
            [
                text(body, cte="quoted-printable"),
                attach(img, "image/png", "Skärmbild 2026-10-08 190844.png"),
            ],
            "Apple-Mail=_2B3C1926-9F0E-4D8A-B7C6-5E4F3A2B1C0D",
        ),
        extra=[("X-Mailer", "iPad Mail (21H16)")],
    )
    lab = label(
        "application",
        "sv",
        "ACF",
        "iPad mail with a PNG attachment (RFC 2231 utf-8 name 'Skärmbild …') referred to as 'bifogad budget' – the image is a landscape picture with no text, so nothing readable: budget false, amount_sek null. Activity false: 'utveckla Kastlösa som besöksmål även utanför säsong' is a goal, not a described activity. Association: named, founded 1978, 66 members. Contact: Göran Berg signs from his own address with phone. Anchoring: village meeting where 34 decided to proceed, parish and farm shop on board (34 attendees are not members).",
        association_name="Kastlösa Bygdelag",
        contact_name="Göran Berg",
        contact_email="goran.berg.kastlosa@example.org",
        contact_phone="0485-420 93",
        members=66,
        ort="Kastlösa",
    )
    add(1926, "besoksmal-kastlosa", data, lab, MID_1926)


def m1927() -> None:
    mid = "<1927PARYD.BYAF.0A1B2C@example.se>"
    org = orgnr("802488-216")
    txt = f"""Hej!

Påryds Byaförening (org.nr {org}) söker 9 000 kr ur idéslanten till "Smaka på Påryd".

Föreningen
Byaföreningen har 58 medlemmar och arbetar för service, trivsel och företagande i Påryd.

Vad vi vill göra
Fyra kvällar i Påryds bygdegård, en i månaden november–februari. Varje kväll visar två av
byns matproducenter (biodlare, lammuppfödare, ett litet bageri och en musteri) sina
produkter och berättar hur de kom igång, och en rådgivare i småskalig livsmedelsförädling
pratar om regler och om att starta eget. Målet är fler lokala producenter och en gemensam
utlämning av lokalproducerad mat i Påryd från våren 2027.

Förankring
Höstmötet den 24 september (29 närvarande) ställde sig bakom idén. De fyra producenterna
är med i planeringen och Påryds IF är värd för sista kvällen i klubbstugan.

Budget
Arvode rådgivare, 2 kvällar à 2 500 kr: 5 000 kr
Lokalhyra bygdegården, 4 kvällar à 500 kr: 2 000 kr
Annonsering: 700 kr
Provsmakning, förbrukningsmaterial: 1 300 kr
Summa: 9 000 kr

Kontaktperson
Ingrid Nyberg, kassör – 0480-432 17 eller 070-871 05 66, ingrid.nyberg@example.se

Vänliga hälsningar
Ingrid Nyberg
"""
    html = (
        '<html><body><font face="Tahoma" size="2">'
        + "".join(
            (
                f"<p><b>{p}</b></p>"
                if p in ("Föreningen", "Vad vi vill göra", "Förankring", "Budget", "Kontaktperson")
                else f"<p>{p.replace(chr(10), '<br>')}</p>"
            )
            for p in txt.strip()
            .replace("Föreningen\n", "Föreningen\n\n")
            .replace("Vad vi vill göra\n", "Vad vi vill göra\n\n")
            .replace("Förankring\n", "Förankring\n\n")
            .replace("Budget\n", "Budget\n\n")
            .replace("Kontaktperson\n", "Kontaktperson\n\n")
            .split("\n\n")
        )
        + "</font></body></html>"
    )
    data = message(
        addr("Ingrid Nyberg", "ingrid.nyberg@example.se", "iso-8859-1"),
        BOT,
        ew("Smaka på Påryd – ansökan idéslanten", "windows-1252", "Q"),
        date(10, 12, 13, 47, 20),
        mid,
        multi(
            "alternative",
            [
                text(txt, charset="windows-1252", cte="quoted-printable"),
                text(html, charset="windows-1252", cte="quoted-printable", subtype="html"),
            ],
            "----=_Part_1927_1144.1791987651",
        ),
        extra=[("X-Mailer", "eM Client 9.2.2157.0")],
    )
    lab = label(
        "application",
        "sv",
        "ACVFB",
        "Complete: eM Client multipart/alternative, both parts windows-1252 QP, headings on their own lines, colon-separated budget lines. Association: named, org.nr, 58 members, purpose. Contact: Ingrid Nyberg with two phones (first recorded) and own e-mail. Activity: four monthly evenings with producers and an adviser aiming at a joint local food pickup. Anchoring: autumn meeting (29 present) backed it, producers plan with them, the sports club hosts. Budget: four items = 9 000 = sought. Adviser fee is not salary; tasting material is consumable. Gender not stated → null.",
        association_name="Påryds Byaförening",
        org_number=org,
        contact_name="Ingrid Nyberg",
        contact_email="ingrid.nyberg@example.se",
        contact_phone="0480-432 17",
        members=58,
        ort="Påryd",
        amount_sek=9000,
    )
    add(1927, "smaka-pa-paryd", data, lab, mid)


MID_1928 = "<1928.silverdalen.sf.e4f7@example.se>"


def m1928() -> None:
    body = """Ansökan om idéslanten

Silverdalens Samhällsförening har 41 medlemmar och arbetar för att Silverdalen ska
fortsätta vara ett levande samhälle, nu när både affären och bensinstationen har
försvunnit.

Vi vill anställa en bygdesamordnare på timme under november-december. Samordnaren ska
ordna tre öppna bymöten i Folkets hus (5/11, 26/11 och 10/12) om vad Silverdalen behöver,
samla in idéerna i en rapport, och starta en gemensam evenemangskalender på nätet för alla
föreningar i orten så att vi slutar krocka med varandra.

Budget:
Lön bygdesamordnare 80 tim à 125 kr    10 000 kr
Arbetsgivaravgifter                     3 140 kr
Lokalhyra 3 möten à 500 kr              1 500 kr
Summa                                  14 640 kr

Styrelsen i Silverdalens Samhällsförening
"""
    data = message(
        addr("Silverdalens Samhällsförening", "samhallsforeningen.silverdalen@example.se"),
        BOT,
        ew("Ansökan om idéslanten", "iso-8859-1", "B"),
        date(10, 14, 10, 1, 38),
        MID_1928,
        text(body, charset="iso-8859-1", cte="quoted-printable"),
        extra=[("X-Mailer", "Microsoft Outlook 16.0")],
    )
    lab = label(
        "application",
        "sv",
        "AVB",
        "iso-8859-1 QP body, iso-8859-1 base64 subject, from a shared association mailbox signed 'Styrelsen' → contact false, contact facts null. Association: named, 41 members, purpose. Activity: three dated open meetings, a report and a shared events calendar – concrete. Budget: three items, 14 640. Anchoring false: nothing about local backing. The budget pays a wage ('Lön bygdesamordnare' plus employer's fees) → salary_costs true (breaks a rule; the element is still present).",
        association_name="Silverdalens Samhällsförening",
        members=41,
        ort="Silverdalen",
        amount_sek=14640,
        salary_costs=True,
    )
    add(1928, "bygdesamordnare-silverdalen", data, lab, MID_1928)


def m1929() -> None:
    body = """Hi there,

We are a book circle of 12 people in Kopingsvik - mostly retired, Swedish and British - and
we would love to invite a couple of authors to give readings for the whole village next
spring. A few questions before we try to apply:

- We are not a registered association and have no organisation number. Can we still apply,
  or do we need to form an association first?
- Can the grant pay an author's fee?
- Is the maximum 15,000 SEK per group or per village? The local hembygdsforening might apply too.

Thanks so much,
Helen Marsh
"""
    data = message(
        addr("Helen Marsh", "helen.marsh@example.net"),
        BOT,
        "Question about the grant (book circle, Kopingsvik)",
        date(10, 15, 16, 20, 2, tz=1),
        "<1929.helen.marsh.q@example.net>",
        text(body, charset="us-ascii", cte="7bit"),
    )
    lab = label(
        "question",
        "en",
        "",
        "English question in pure us-ascii 7bit (the writer types 'Kopingsvik' without the ö). Asks whether an unregistered group without org.nr may apply, whether an author's fee is allowed and whether the 15 000 cap is per group or per village – no application. 12 people in the circle → members 12 as stated; named signer from own address; ort Köpingsvik. The 15,000 is a rule amount, not applied for → amount_sek null. The proposed author fee is a fee, not salary → salary/physical null for a question proposing no such cost.",
        contact_name="Helen Marsh",
        contact_email="helen.marsh@example.net",
        members=12,
        ort="Köpingsvik",
    )
    add(1929, "question-book-circle-kopingsvik", data, lab)


def m1930() -> None:
    nr = "2026-0134"
    RECEIPTS[receipt_id(nr)] = MID_1926
    rec = receipt(nr, ["activity", "budget"])
    body = f"""Hej igen!

Ursäkta, "budgeten" var visst en skärmbild av fel sak – det var bilden på alvaret jag
skickade 🙈

Här är vad vi vill göra: "Alvarhelger i Kastlösa" – tre helger i mars–april 2027 då vi
ordnar guidade alvarvandringar med en naturguide, öppet hus i gårdsbutiken och kyrkan, och
soppa i bygdegården. Vi annonserar mot Kalmar och fastlandet så att folk kommer hit under
lågsäsong och byns företag får kunder när det annars är dött.

Budget:
Naturguide 3 helger à 2 400 kr = 7 200 kr
Annonsering (tidning + sociala medier) = 2 500 kr
Soppa och fika 3 helger à 800 kr = 2 400 kr
Tryck av kartblad = 900 kr
Summa 13 000 kr

/Göran Berg

Skickat från min iPad

> 8 okt. 2026 kl. 19:13 skrev Idéslanten – Region Kalmar län <ideslanten@example.se>:
>
{quote(rec)}
"""
    data = message(
        addr("Göran Berg", "goran.berg.kastlosa@example.org"),
        BOT_FROM,
        ew(f"Sv: Idéslanten Kastlösa [Idéslanten {nr}]", "utf-8", "Q"),
        date(10, 16, 18, 2, 40),
        "<7E2D1930-5A4B-4C3D-9E8F-KASTLOSA0002@example.org>",
        text(body, cte="quoted-printable"),
        in_reply_to=receipt_id(nr),
        references=[MID_1926, receipt_id(nr)],
        extra=[("X-Mailer", "iPad Mail (21H16)")],
    )
    lab = label(
        "followup",
        "sv",
        "CVB",
        "iPad reply to the receipt for 1926 (In-Reply-To receipt, application in References) with Apple-style '> 8 okt. 2026 kl. 19:13 skrev' header and '>' quoted receipt. New text supplies a concrete activity (three guided alvar weekends with open houses, off-season visitors for local businesses) and a four-item budget summing to 13 000 (amount_sek 13000). Signed Göran Berg from his own address → contact true. Printed map sheets are not an investment; guide's fee is not salary. Association/anchoring not restated → false.",
        contact_name="Göran Berg",
        contact_email="goran.berg.kastlosa@example.org",
        ort="Kastlösa",
        amount_sek=13000,
    )
    add(1930, "sv-alvarhelger-kastlosa", data, lab)


def m1931() -> None:
    mid = "<CAM1931totebo_quiz=robban@example.com>"
    body = """Tjena!

Vi e några i Totebo som vill köra quizkväll i gamla stationshuset första fredan varje månad nov-mars, med soppa o quiz o så man pratar om va byn behöver, typ ett bymöte fast roligare. Hembygdsföreningen lånar ut stationshuset gratis o Totebo IK fixar soppan o har lovat ställa upp med folk. behöver typ 5000 spänn till priser o annonser o sånt

tack på förhand!!
"""
    data = message(
        addr("Robert Lind", "robban78@example.com"),
        BOT,
        ew("quizkväll totebo", "utf-8", "Q"),
        date(10, 19, 23, 51, 7),
        mid,
        text(body, cte="8bit"),
    )
    lab = label(
        "application",
        "sv",
        "VF",
        "Informal late-night mail, Småland/Tjust speech ('vi e', 'fredan', 'o', 'spänn'), no signature at all. Association false: 'vi e några i Totebo' is unnamed. Contact false: the name Robert Lind appears only in the From header – contact facts null. Activity: monthly Friday quiz with soup in the old station house Nov–Mar, doubling as an informal village meeting – concrete what/when/where and local benefit. Anchoring: the local history society lends the venue and the sports club provides soup and helpers. Budget false: 'typ 5000 spänn till priser o annonser o sånt' is one rough total without item amounts → amount_sek 5000.",
        ort="Totebo",
        amount_sek=5000,
    )
    add(1931, "quizkvall-totebo", data, lab, mid)


def m1932() -> None:
    human = """This is the mail system at host mx2.example.net.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

<maria.johansson.vena@example.net>: host mailstore.example.net[192.0.2.44]
    said: 552 5.2.2 Mailbox full: quota exceeded (in reply to RCPT TO command)
"""
    status = """Reporting-MTA: dns; mx2.example.net
X-Postfix-Queue-ID: 4Q8kLm2x9Tz1932
Arrival-Date: Wed, 21 Oct 2026 08:30:12 +0200 (CEST)

Final-Recipient: rfc822; maria.johansson.vena@example.net
Original-Recipient: rfc822;maria.johansson.vena@example.net
Action: failed
Status: 5.2.2
Remote-MTA: dns; mailstore.example.net
Diagnostic-Code: smtp; 552 5.2.2 Mailbox full: quota exceeded
"""
    headers = """From: Landsbygdsutvecklare Region Kalmar län <landsbygdsutvecklare@example.se>
To: Maria Johansson <maria.johansson.vena@example.net>
Subject: SV: Kursserie Vena Lantkvinnor
Date: Wed, 21 Oct 2026 08:30:05 +0200
Message-ID: <officer.1922.c31e@example.se>
In-Reply-To: <1922.1759398000.vena@example.net>
References: <1922.1759398000.vena@example.net>
"""
    parts = [
        text(human, charset="us-ascii", cte="7bit", params="").replace(
            b"Content-Type: text/plain; charset=us-ascii",
            b"Content-Description: Notification\nContent-Type: text/plain; charset=us-ascii",
        ),
        b"Content-Description: Delivery report\nContent-Type: message/delivery-status\n\n"
        + status.encode(),
        b"Content-Description: Undelivered Message Headers\nContent-Type: text/rfc822-headers\n\n"
        + headers.replace(
            "Landsbygdsutvecklare Region Kalmar län",
            "=?utf-8?q?Landsbygdsutvecklare_Region_Kalmar_l=C3=A4n?=",
        ).encode("ascii"),
    ]
    data = message(
        "MAILER-DAEMON@example.net (Mail Delivery System)",
        OFFICER,
        "Undelivered Mail Returned to Sender",
        date(10, 21, 8, 30, 13),
        "<20261021063013.4Q8kLm2x9Tz1932@example.net>",
        multi(
            "report",
            parts,
            "4Q8kLm2x9Tz1932.1792045813/mx2.example.net",
            extra="; report-type=delivery-status",
        ),
        extra=[("Auto-Submitted", "auto-replied")],
    )
    lab = label(
        "bounce",
        "en",
        "",
        "Postfix-style bounce (multipart/report; report-type=delivery-status) from MAILER-DAEMON: the officer's manual reply to 1922 could not be delivered, mailbox full (552 5.2.2). Third part is text/rfc822-headers naming the application's Message-ID. Mentions the Vena association only inside returned headers. All elements false and all facts null; the bot must not answer it.",
    )
    add(1932, "bounce-vena", data, lab)


def m1933() -> None:
    mid = "<1933.pro.alsterbro.b0c1@example.net>"
    body = """Hej.

PRO Alsterbro har 93 medlemmar och träffas varje vecka i bygdegården.

Vi vill göra en matlagningskurs för byns äldre män som bor ensamma, "Gubbröra i köket".
Fem måndagskvällar i januari och februari 2027 i bygdegårdens kök lär en inhyrd kock ut
enkel och billig vardagsmat, och sedan äter vi tillsammans. Det handlar lika mycket om att
gubbarna kommer ut och träffar folk som om maten, och att de kan bo kvar hemma i byn längre.

Behovet är stort, många gubbar här lever på korv och kaffe sen frun gick bort.

Budgeten ligger i bifogad fil.

Med vänlig hälsning
Bengt Åkesson
studieorganisatör PRO Alsterbro
0481-610 45
"""
    csv = "Post;Belopp kr\r\nArvode kock 5 kvällar;6000\r\nRåvaror;3500\r\nLokalhyra bygdegården;1500\r\nSumma;11000\r\n".encode(
        "windows-1252"
    )
    data = message(
        addr("Bengt Åkesson", "bengt.akesson@example.net"),
        BOT,
        ew("Matlagningskurs för ensamma män i Alsterbro", "utf-8", "Q"),
        date(10, 26, 9, 40, 55),
        mid,
        multi(
            "mixed",
            [text(body, cte="8bit"), attach(csv, "text/csv", "budget_gubbrora.csv")],
            "------------1933A1B2C3D4E5F6A7B8C9D0",
            preamble="This is a multi-part message in MIME format.",
        ),
        extra=[("User-Agent", "Mozilla Thunderbird"), ("Content-Language", "sv-SE")],
    )
    lab = label(
        "application",
        "sv",
        "ACVB",
        "Thunderbird multipart/mixed with a base64 windows-1252 semicolon CSV budget (CRLF rows inside the attachment). First date after the switch to CET (+0100). Association: PRO Alsterbro, 93 members, weekly meetings. Contact: Bengt Åkesson from his own address with phone. Activity: five dated evenings with a hired cook, social purpose and staying in the village. Budget: three CSV items, 11 000. Anchoring false: 'Behovet är stort …' describes the need only. Explicitly for men → women_and_men false. Cook's fee is not salary; raw food is consumable.",
        association_name="PRO Alsterbro",
        contact_name="Bengt Åkesson",
        contact_email="bengt.akesson@example.net",
        contact_phone="0481-610 45",
        members=93,
        ort="Alsterbro",
        amount_sek=11000,
        women_and_men=False,
    )
    add(1933, "gubbrora-alsterbro", data, lab, mid)


def _gmail_html(body: str) -> str:
    """Gmail-like HTML: new text as <div>s, the '> ' quote as a gmail_quote blockquote."""

    def esc(t: str) -> str:
        return t.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")

    lines = body.rstrip("\n").split("\n")
    new = [ln for ln in lines if not ln.startswith(">")]
    quoted = [ln[2:] if ln.startswith("> ") else "" for ln in lines if ln.startswith(">")]
    while new and not new[-1]:
        new.pop()
    attribution = new.pop()
    out = (
        '<div dir="ltr">'
        + "".join(f"<div>{esc(ln) if ln else '<br>'}</div>" for ln in new)
        + "</div>"
    )
    out += f'<br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">{esc(attribution)}<br></div>'
    out += '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">'
    out += "<br>".join(esc(q) for q in quoted) + "</blockquote></div>"
    return out


def m1934() -> None:
    nr = "2026-0136"
    RECEIPTS[receipt_id(nr)] = MID_1928
    rec = receipt(nr, ["contact", "anchoring"], variant=1)
    body = f"""Hej!

Styrelsen skickade vidare ert svar till mig. Jag är ordförande i samhällsföreningen och
blir kontaktperson: Maria Holm, 0495-240 19, maria.holm@example.se.

Om förankringen: på det öppna bymötet i Folkets hus den 3 september var 47 personer, och
alla röstade för att vi skulle söka. Silverdalens IK, PRO och församlingen har lovat att
vara med i den gemensamma evenemangskalendern.

Mvh Maria Holm

ons 14 okt. 2026 kl. 10:02 skrev Idéslanten – Region Kalmar län <ideslanten@example.se>:

{quote(rec)}
"""
    data = message(
        addr("Maria Holm", "maria.holm@example.se"),
        BOT_FROM,
        ew(f"Re: Ansökan om idéslanten [Idéslanten {nr}]"),
        date(10, 28, 19, 17, 3),
        "<CAB1934silverdalen=holm.Zx@example.se>",
        multi(
            "alternative",
            [
                text(body, cte="quoted-printable"),
                text(_gmail_html(body), cte="quoted-printable", subtype="html"),
            ],
            "000000000000b7c81934e5f6a7b8",
        ),
        in_reply_to=receipt_id(nr),
        references=[MID_1928, receipt_id(nr)],
    )
    lab = label(
        "followup",
        "sv",
        "CF",
        "Gmail multipart/alternative reply from the chairwoman's own address to the receipt for 1928, which the board forwarded to her (In-Reply-To receipt, application in References; Gmail 'ons 14 okt. 2026 kl. 10:02 skrev' header). New text supplies a named contact with phone and e-mail, and anchoring: open village meeting with 47 present voting for it plus three local groups joining. Association/activity/budget not restated → false. Does not touch the salary in the original budget, so salary_costs false for this mail's own text.",
        association_name=None,
        contact_name="Maria Holm",
        contact_email="maria.holm@example.se",
        contact_phone="0495-240 19",
        ort="Silverdalen",
    )
    add(1934, "sv-kontakt-forankring-silverdalen", data, lab)


def m1935() -> None:
    body = """BOKABYGD NYHETSBREV – NOVEMBER 2026
==================================

Hej bokningsansvarig!

Nytt i Bokabygd den här månaden:

* Fakturering direkt från kalendern – skicka faktura till hyresgästen med ett klick.
* Ny mall för hyresavtal för bygdegårdar och Folkets hus.
* Påminnelse: se över era priser inför 2027. Många föreningar söker bidrag till
  uthyrning och aktiviteter – med Bokabygd får ni statistik över bokningar att bifoga
  till ansökan.

Julerbjudande: 20 % på årsabonnemanget för föreningar med färre än 150 medlemmar.
Läs mer: https://bokabygd.example.com/erbjudande

--
Bokabygd AB · Box 123 · 392 31 Kalmar
Du får det här mejlet för att er förening har ett konto hos Bokabygd.
Avsluta prenumerationen: https://bokabygd.example.com/avsluta?k=ideslanten
"""
    data = message(
        addr("Bokabygd", "nyhetsbrev@example.com"),
        BOT,
        ew("Nytt i Bokabygd – november 2026", "utf-8", "Q"),
        date(11, 2, 6, 30, 0),
        "<bokabygd.nl.202611.1935@example.com>",
        text(body, cte="quoted-printable"),
        extra=[
            ("Precedence", "bulk"),
            (
                "List-Unsubscribe",
                "<mailto:avsluta@example.com?subject=avsluta>, <https://bokabygd.example.com/avsluta?k=ideslanten>",
            ),
            ("X-Campaign-ID", "nov26-1935"),
        ],
    )
    lab = label(
        "newsletter",
        "sv",
        "",
        "Plain-text commercial newsletter from a booking-system vendor: Precedence: bulk and List-Unsubscribe (mailto + https) but no List-Id. Mentions 'söker bidrag', 'ansökan' and a member count – still a newsletter; all elements false, all facts null.",
    )
    add(1935, "nyhetsbrev-bokabygd", data, lab)


def m1936() -> None:
    mid = "<CAG1936langasjo+sara=Qm8@example.com>"
    body = """Hej!

Några av oss som bor i Långasjö har pratat länge om att vi måste göra något för att fler ska vilja flytta hit och för att de som redan bor här ska trivas. Vi vill söka pengar för att sätta igång med det.

Vi gjorde en enkät i somras som 83 hushåll svarade på, och de flesta vill ha fler mötesplatser och aktiviteter. Långasjö församling, Långasjö GoIF och hembygdsföreningen har sagt att de vill samarbeta med oss.

Budget:
Lokalhyra 4 000 kr
Fika 2 000 kr
Föreläsare 5 000 kr
Marknadsföring 1 500 kr
= 12 500 kr

Hör av dig om du undrar något!
Sara Nilsson
0471-502 33
"""
    html = (
        '<div dir="ltr">'
        + "".join(f"<div>{ln if ln else '<br>'}</div>" for ln in body.split("\n"))
        + "</div>"
    )
    data = message(
        addr("Sara Nilsson", "sara.nilsson.langasjo@example.com"),
        BOT,
        ew("Bidrag till Långasjö", "utf-8", "B"),
        date(11, 4, 12, 12, 12),
        mid,
        multi(
            "alternative",
            [text(body, cte="base64"), text(html, cte="base64", subtype="html")],
            "0000000000001936c4d5e6f7a8b9",
        ),
    )
    lab = label(
        "application",
        "sv",
        "CFB",
        "Gmail multipart/alternative, both parts base64. Association false: 'några av oss som bor i Långasjö' – unnamed; the parish, football club and history society are partners. Activity false: 'göra något för att fler ska vilja flytta hit … sätta igång med det' is the vague wish; the budget lines hint at lectures but nothing says what/when/how. Anchoring: summer survey with 83 household replies and three local groups willing to cooperate. Budget: four items = 12 500. Contact: Sara Nilsson signs from her own address with phone.",
        contact_name="Sara Nilsson",
        contact_email="sara.nilsson.langasjo@example.com",
        contact_phone="0471-502 33",
        ort="Långasjö",
        amount_sek=12500,
    )
    add(1936, "bidrag-langasjo", data, lab, mid)


def m1937() -> None:
    budget = """Budget cykelskola Södra Vi, april–maj 2027

Instruktör, 4 lördagar à 1 800 kr                      7 200 kr
Hyra 10 lånecyklar + hjälmar (cykelaffären), 4 ggr à 400 kr  1 600 kr
Tryck av cykelkarta till alla familjer                    700 kr
Korv och saft sista gången                                900 kr
Totalt                                                 10 400 kr
"""
    body = """Hej igen,

här kommer budgeten som utlovat, se bifogad fil. Instruktören gick med på 1 800 kr per gång.

/Tobias Ahl
070-224 61 95

Från: Tobias Ahl <tobias.ahl@example.com>
Skickat: den 28 september 2026 21:03
Till: ideslanten@example.se
Ämne: Cykelskola i Södra Vi

Hej!

Jag heter Tobias Ahl och är en av föräldrarna bakom cykelskolan i Södra Vi. Vi är ett gäng
föräldrar som märkt att många barn här inte får cykla till skolan […]

Budgeten skickar jag när jag pratat klart med instruktören om pris.
"""
    data = message(
        addr("Tobias Ahl", "tobias.ahl@example.com"),
        BOT,
        ew("SV: Cykelskola i Södra Vi", "utf-8", "B"),
        date(11, 9, 20, 26, 41),
        "<DU0P1937MB7A8B9C0D1E2F@example.com>",
        multi(
            "mixed",
            [
                text(body, cte="quoted-printable"),
                attach(
                    budget.encode("utf-8"), "text/plain; charset=utf-8", "budget cykelskolan.txt"
                ),
            ],
            "_004_DU0P1937MB7A8B9C0D1E2F_",
        ),
        in_reply_to=MID_1919,
        references=[MID_1919],
        extra=[("X-Mailer", "Outlook for iOS")],
    )
    lab = label(
        "followup",
        "sv",
        "CB",
        "Outlook for iOS reply to the writer's own application 1919 (In-Reply-To the application itself, no receipt), quoting it in an unprefixed 'Från:/Skickat:/Till:/Ämne:' block. New text plus a utf-8 .txt attachment gives a four-item budget totalling 10 400 (amount_sek 10400). Renting bikes and helmets is not an investment; instructor fee is not salary. Signed Tobias Ahl from his own address → contact true. The quoted application text (activity, unnamed parents' group) must not count → association/activity/anchoring false.",
        contact_name="Tobias Ahl",
        contact_email="tobias.ahl@example.com",
        contact_phone="070-224 61 95",
        ort="Södra Vi",
        amount_sek=10400,
    )
    add(1937, "sv-budget-cykelskola", data, lab)


def m1938() -> None:
    officer = "<officer.1901.d5b2@example.se>"
    body = """Tack för ditt mejl!

Jag är bortrest till och med måndag 23 november och har begränsad tillgång till e-post.
Ärenden som rör Djursdala Bygdegårdsförening kan under tiden skickas till föreningens
ordförande.

Hälsningar
Solveig Hammarlund
"""
    data = message(
        addr("Solveig Hammarlund", "solveig.hammarlund@example.se"),
        addr("Landsbygdsutvecklare Region Kalmar län", OFFICER),
        ew("Frånvarande: SV: Ansökan om idéslanten – Minnesbanken i Djursdala", "utf-8", "Q"),
        date(11, 12, 14, 5, 59),
        "<AS8PR1938MB5F6E7D8C@example.se>",
        text(body, cte="quoted-printable"),
        in_reply_to=officer,
        references=["<a6b1c0e2-7d1f-4c2a-9f0e-19010901@example.se>", officer],
        extra=[("X-Mailer", "Microsoft Outlook 16.0")],
    )
    lab = label(
        "autoreply",
        "sv",
        "",
        "Out-of-office reply WITHOUT any automation header (no Auto-Submitted, X-Autoreply or Precedence) – only the 'Frånvarande:' subject prefix and the wording show it is automatic. Answers the officer's reply in the 1901 thread (application id in References). Names the association and a redirect but supplies nothing: all elements false, all facts null.",
    )
    add(1938, "franvarande-djursdala", data, lab)


def m1939() -> None:
    body = """ATTENTION: BENEFICIARY

EUROPEAN RURAL DEVELOPMENT FUND - GRANT ALLOCATION NOTICE
Ref: EU/RDF/2026/0912-SE

Dear Beneficiary,

We are pleased to inform you that your organisation has been selected in the 2026
Rural Development Grant lottery and approved for a non-refundable grant of
EUR 250,000.00 (Two Hundred and Fifty Thousand Euro) for community projects.

To release the funds, kindly provide the following within 5 working days:
1. Full name of organisation and contact person
2. Postal address and telephone number
3. Bank name, IBAN and SWIFT
4. Copy of passport or national ID

A one-time processing and clearance fee of EUR 450 must be paid before transfer.
Contact our claims agent Mr. Peter Lawson: claims.desk@example.com

Yours faithfully,
Dr. Williams Okafor
Director, Grants Disbursement Unit
"""
    data = message(
        addr("EU Rural Development Fund", "grants.office@example.com"),
        "recipients@example.com",
        "Approved Rural Development Grant Allocation (Ref: EU/RDF/2026/0912-SE)",
        date(11, 16, 4, 47, 10, tz=1),
        "<20261116034710.1939.grants@example.com>",
        text(body, charset="us-ascii", cte="7bit"),
        reply_to="claims.desk@example.com",
        extra=[("X-Originating-IP", "[198.51.100.23]")],
    )
    lab = label(
        "spam",
        "en",
        "",
        "Advance-fee fraud in English: a fake EU 'grant lottery' promising EUR 250,000 in exchange for bank details, ID and a processing fee; sent to a generic recipient with a different Reply-To. Grant vocabulary must not make it a question or application. All elements false and all facts null (the EUR figure is not an amount applied for).",
    )
    add(1939, "spam-eu-grant", data, lab)


def m1940() -> None:
    mid = "<1940.ankarsrum.hbf.kjell@example.se>"
    body = """Hej!

Här i Ankarsrum vill både hembygdsföreningen och Ankarsrums IK söka idéslanten nästa år.
Måste vi dela på 15 000 kr eller gäller taket per förening?

Och kan man skicka in redan nu i december för aktiviteter i februari 2027, eller måste
man vänta till efter nyår?

Mvh
Kjell Eriksson
kassör Ankarsrums Hembygdsförening
0490-501 22
"""
    data = message(
        addr("Kjell Eriksson", "kjell.eriksson.ankarsrum@example.se"),
        OFFICER,
        ew("Fråga: två föreningar på samma ort?", "iso-8859-1", "Q"),
        date(11, 24, 17, 8, 26),
        mid,
        text(body, charset="iso-8859-1", cte="quoted-printable"),
        extra=[("X-Mailer", "Microsoft Outlook 15.0")],
    )
    lab = label(
        "question",
        "sv",
        "",
        "Question sent to the officer's address: whether two associations in the same locality share the 15 000 cap and whether one may apply in December for February 2027 activities. No application. 15 000 is the rule amount → amount_sek null. Named signer from own address with phone and association; ort Ankarsrum. iso-8859-1 QP body and Q-encoded subject. Elements all false; salary/physical null as no cost is proposed.",
        association_name="Ankarsrums Hembygdsförening",
        contact_name="Kjell Eriksson",
        contact_email="kjell.eriksson.ankarsrum@example.se",
        contact_phone="0490-501 22",
        ort="Ankarsrum",
    )
    add(1940, "fraga-tak-ankarsrum", data, lab)


# ------------------------------------------------------------------- end of mails


ADDR_RE = re.compile(r"[A-Za-z0-9._%+-]+@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,})")
URL_RE = re.compile(r"https?://([^/\s\"'<>]+)")
ALLOWED = {"example.se", "example.com", "example.org", "example.net"}
XML_NS_HOSTS = {"schemas.openxmlformats.org"}  # namespace URIs inside .docx/.xlsx, not links


def _texts(msg) -> list[str]:
    out = []
    for part in msg.walk():
        if part.is_multipart():
            continue
        ct = part.get_content_type()
        data = part.get_payload(decode=True) or b""
        if ct.startswith("text/") or ct in ("message/delivery-status",):
            out.append(
                part.get_content() if ct.startswith("text/") else data.decode("utf-8", "replace")
            )
        elif ct.endswith("wordprocessingml.document") or ct.endswith("spreadsheetml.sheet"):
            with zipfile.ZipFile(io.BytesIO(data)) as z:
                for n in z.namelist():
                    if n.endswith(".xml"):
                        xml = z.read(n)
                        ElementTree.fromstring(xml)
                        out.append(xml.decode("utf-8"))
        elif ct == "application/pdf":
            assert data.startswith(b"%PDF-") and data.rstrip().endswith(b"%%EOF"), "bad pdf"
            out.append(data.decode("latin-1"))
    return out


def check() -> None:
    files = sorted(p.name for p in OUT.glob("*.eml"))
    labels = json.loads((OUT / "labels.json").read_text("utf-8"))
    assert files == sorted(labels), "labels.json keys do not match files"
    msgids: dict[str, str] = {}
    dates = []
    parsed = {}
    for name in files:
        raw = (OUT / name).read_bytes()
        assert b"\r" not in raw, name
        assert re.fullmatch(r"\d{4}-[a-z0-9-]+\.eml", name), name
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        parsed[name] = msg
        for part in msg.walk():
            assert not part.defects, (name, part.defects)
        d = email.utils.parsedate_to_datetime(msg["Date"])
        assert d.year == 2026, name
        dates.append(d)
        msgids[msg["Message-ID"].strip()] = name
        blob = "\n".join([str(v) for v in msg.values()] + _texts(msg))
        blob += raw.decode("latin-1")
        for m in ADDR_RE.finditer(blob):
            assert m.group(1).lower() in ALLOWED, (name, m.group(0))
        for m in URL_RE.finditer(blob):
            host = m.group(1).lower()
            assert (
                host in XML_NS_HOSTS
                or host in ALLOWED
                or any(host.endswith("." + a) for a in ALLOWED)
            ), (name, host)
        for m in re.finditer(r"(?<![\d-])\d{6}-\d{4}(?![\d-])", blob):
            assert luhn_ok(m.group(0)), (name, m.group(0))
    assert dates == sorted(dates) and len(set(dates)) == len(dates), (
        "numbering does not follow Date order"
    )
    app_ids = {
        msg["Message-ID"].strip() for n, msg in parsed.items() if labels[n]["kind"] == "application"
    }
    for name, lab in labels.items():
        assert set(lab) == {"kind", "language", "elements", "facts", "notes"}, name
        assert lab["kind"] in KINDS and lab["language"] in ("sv", "en"), name
        assert set(lab["elements"]) == {
            "association",
            "contact",
            "activity",
            "anchoring",
            "budget",
        }, name
        assert all(isinstance(v, bool) for v in lab["elements"].values()), name
        f = lab["facts"]
        assert tuple(f) == FACT_KEYS, name
        assert isinstance(lab["notes"], str) and len(lab["notes"]) > 40, name
        if f["org_number"] is not None:
            assert re.fullmatch(r"\d{6}-\d{4}", f["org_number"]) and luhn_ok(f["org_number"]), name
        for k in ("members", "amount_sek"):
            assert f[k] is None or isinstance(f[k], int), (name, k)
        if lab["kind"] in ("application", "followup"):
            assert isinstance(f["salary_costs"], bool) and isinstance(
                f["physical_investment"], bool
            ), name
        if lab["kind"] not in ("application", "followup"):
            assert not any(lab["elements"].values()), name
        if lab["kind"] in ("autoreply", "bounce", "newsletter", "spam"):
            assert all(v is None for v in f.values()), name
        if f["contact_email"] is not None:
            assert f["contact_email"].split("@")[1] in ALLOWED, name
        if lab["kind"] == "followup":
            msg = parsed[name]
            irt = (msg["In-Reply-To"] or "").strip()
            refs = (msg["References"] or "").split()
            assert re.match(r"(?i)(re|sv|aw):", msg["Subject"]), name
            ok = irt in app_ids or (
                irt in RECEIPTS and RECEIPTS[irt] in refs and RECEIPTS[irt] in app_ids
            )
            assert ok, (name, irt)
    print(f"check ok: {len(files)} mails")


def main() -> None:
    for fn_name in sorted(n for n in globals() if re.fullmatch(r"m\d{4}", n)):
        globals()[fn_name]()
    OUT.mkdir(parents=True, exist_ok=True)
    for old in OUT.glob("*.eml"):
        old.unlink()
    labels = {}
    for name, data, lab in MAILS:
        (OUT / name).write_bytes(data)
        labels[name] = lab
    (OUT / "labels.json").write_text(
        json.dumps(labels, ensure_ascii=False, indent=2) + "\n", "utf-8"
    )
    check()
    kinds: dict[str, int] = {}
    for lab in labels.values():
        kinds[lab["kind"]] = kinds.get(lab["kind"], 0) + 1
    apps = [lab for lab in labels.values() if lab["kind"] == "application"]
    complete = sum(all(lab["elements"].values()) for lab in apps)
    missing = {
        k: sum(not lab["elements"][k] for lab in apps)
        for k in ("association", "contact", "activity", "anchoring", "budget")
    }
    print("kinds:", kinds, "complete:", complete, "missing:", missing)


if __name__ == "__main__":
    sys.exit(main())
