"""Development corpus own24: "an ordinary March 2026" (files 3301-3340, 40 mails).

Ordinary mail from ordinary people in Kalmar län in realistic proportions: 24 applications
for regional bygdepeng - idéslanten (8 complete), 6 threaded followups, 3 questions, 2
autoreplies (one without any automation header), 1 bounce, 2 newsletters and 2 spam.
All people, groups, org numbers and phone numbers are invented; only example.* addresses.

Regenerate (byte-identical on every run, stdlib only):

    /work/main/.venv/bin/python tests/data/tools/make_own24.py

The script writes tests/data/own24/NNNN-slug.eml and labels.json and then checks itself.
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
import zipfile
import zlib
from datetime import datetime, timedelta, timezone
from email.utils import format_datetime
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "own24"
FIRST = 3301
BOT = '"Idéslanten – Region Kalmar län" <ideslanten@example.se>'
BOT_ADDR = "ideslanten@example.se"
OFFICER = "landsbygdsutvecklare@example.se"
ALLOWED = {"example.se", "example.com", "example.org", "example.net"}

# --------------------------------------------------------------------------- headers


def ew(text: str, charset: str = "utf-8", enc: str = "Q") -> str:
    """RFC 2047 encoded word(s) for a non-ASCII header text (ASCII passes through)."""
    if all(ord(c) < 128 for c in text):
        return text
    raw = text.encode(charset)
    if enc == "B":
        out, pos = [], 0
        while pos < len(raw):
            piece = raw[pos : pos + 30]
            while True:
                try:
                    piece.decode(charset)
                    break
                except UnicodeDecodeError:
                    piece = raw[pos : pos + len(piece) - 1]
            out.append(f"=?{charset}?B?{base64.b64encode(piece).decode()}?=")
            pos += len(piece)
        return "\n ".join(out)
    out, cur = [], ""
    for ch in text:
        b = ch.encode(charset)
        if ch == " ":
            q = "_"
        elif ch.isascii() and (ch.isalnum() or ch in "!*+-/"):
            q = ch
        else:
            q = "".join(f"={x:02X}" for x in b)
        if len(cur) + len(q) > 45:
            out.append(cur)
            cur = ""
        cur += q
    out.append(cur)
    return "\n ".join(f"=?{charset}?Q?{w}?=" for w in out)


def addr(name: str | None, address: str, charset: str = "utf-8", enc: str = "Q") -> str:
    if not name:
        return address
    if all(ord(c) < 128 for c in name):
        if re.search(r"[^A-Za-z0-9 !#$%&'*+/=?^_`{|}~-]", name):
            return f'"{name}" <{address}>'
        return f"{name} <{address}>"
    return f"{ew(name, charset, enc)} <{address}>"


def when(day: int, hh: int, mm: int, ss: int = 0) -> datetime:
    # CET until the last Sunday of March (29 March 2026 02:00), CEST after
    tz = timezone(timedelta(hours=2 if (day, hh) >= (29, 2) else 1))
    return datetime(2026, 3, day, hh, mm, ss, tzinfo=tz)


# --------------------------------------------------------------------------- MIME parts


class Part:
    def __init__(self, headers: list[str], body: bytes):
        self.headers = headers
        self.body = body


def text(
    body: str,
    charset: str | None = "utf-8",
    cte: str = "8bit",
    subtype: str = "plain",
    params: str = "",
    disposition: str | None = None,
) -> Part:
    enc = charset or "iso-8859-1"
    raw = body.encode(enc)
    if cte == "quoted-printable":
        data = quopri.encodestring(raw)
    elif cte == "base64":
        data = base64.encodebytes(raw)
    else:
        data = raw
        if cte == "7bit":
            assert raw.isascii(), body[:40]
    ct = f"text/{subtype}"
    if charset:
        ct += f'; charset="{charset}"' if subtype == "html" else f"; charset={charset}"
    ct += params
    hs = [f"Content-Type: {ct}", f"Content-Transfer-Encoding: {cte}"]
    if disposition:
        hs.append(f"Content-Disposition: {disposition}")
    if not data.endswith(b"\n"):
        data += b"\n"
    return Part(hs, data)


def attach(data: bytes, ctype: str, filename: str, fn_encoded: bool = False) -> Part:
    if fn_encoded and not filename.isascii():
        from urllib.parse import quote

        dispo = f"attachment; filename*=utf-8''{quote(filename)}"
        ct = f'{ctype}; name="{ew(filename, "utf-8", "B")}"'
    else:
        dispo = f'attachment; filename="{filename}"'
        ct = f'{ctype}; name="{filename}"'
    return Part(
        [
            f"Content-Type: {ct}",
            "Content-Transfer-Encoding: base64",
            f"Content-Disposition: {dispo}",
        ],
        base64.encodebytes(data),
    )


def multi(subtype: str, boundary: str, parts: list[Part], preamble: str = "") -> Part:
    out = b""
    if preamble:
        out += preamble.encode() + b"\n"
    for p in parts:
        out += f"--{boundary}\n".encode()
        out += ("\n".join(p.headers) + "\n\n").encode()
        out += p.body
    out += f"--{boundary}--\n".encode()
    return Part([f'Content-Type: multipart/{subtype}; boundary="{boundary}"'], out)


def msg(
    date: datetime,
    frm: str,
    to: str,
    subject: str,
    mid: str,
    body: Part,
    extra: list[str] | None = None,
    mime_version: bool = True,
) -> bytes:
    hs = [
        f"From: {frm}",
        f"To: {to}",
        f"Subject: {subject}",
        f"Date: {format_datetime(date)}",
        f"Message-ID: {mid}",
    ]
    hs += extra or []
    if mime_version:
        hs.append("MIME-Version: 1.0")
    hs += body.headers
    return ("\n".join(hs) + "\n\n").encode() + body.body


# --------------------------------------------------------------------------- documents

ZDATE = (2026, 3, 1, 12, 0, 0)


def _zip(files: list[tuple[str, str]]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for name, content in files:
            info = zipfile.ZipInfo(name, ZDATE)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            z.writestr(info, content.encode("utf-8"))
    return buf.getvalue()


def _x(s: str) -> str:
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def docx(paragraphs: list[str | list[list[str]]]) -> bytes:
    """A minimal .docx: strings are paragraphs ('# ' prefix = bold), lists are tables."""
    body = []
    for p in paragraphs:
        if isinstance(p, list):
            rows = []
            for row in p:
                cells = "".join(
                    f'<w:tc><w:p><w:r><w:t xml:space="preserve">{_x(c)}</w:t></w:r></w:p></w:tc>'
                    for c in row
                )
                rows.append(f"<w:tr>{cells}</w:tr>")
            body.append(f"<w:tbl>{''.join(rows)}</w:tbl>")
        elif p.startswith("# "):
            body.append(
                f'<w:p><w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">{_x(p[2:])}</w:t></w:r></w:p>'
            )
        else:
            body.append(f'<w:p><w:r><w:t xml:space="preserve">{_x(p)}</w:t></w:r></w:p>')
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
        [("[Content_Types].xml", ctypes), ("_rels/.rels", rels), ("word/document.xml", doc)]
    )


def _col(i: int) -> str:
    return "ABCDEFGHIJ"[i]


def xlsx(rows: list[list[str | int]], sheet: str = "Blad1") -> bytes:
    """A minimal .xlsx with inline strings and numbers."""
    xr = []
    for r, row in enumerate(rows, 1):
        cells = []
        for c, v in enumerate(row):
            ref = f"{_col(c)}{r}"
            if isinstance(v, int):
                cells.append(f'<c r="{ref}"><v>{v}</v></c>')
            elif v != "":
                cells.append(f'<c r="{ref}" t="inlineStr"><is><t>{_x(v)}</t></is></c>')
        xr.append(f'<row r="{r}">{"".join(cells)}</row>')
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
        f'<sheets><sheet name="{_x(sheet)}" sheetId="1" r:id="rId1"/></sheets></workbook>'
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


def pdf(lines: list[str], size: int = 11) -> bytes:
    """A one-page PDF, Helvetica with WinAnsiEncoding, zlib-compressed text stream."""

    def esc(s: str) -> bytes:
        b = s.encode("cp1252")
        return b.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")

    stream = f"BT /F1 {size} Tf {size + 4} TL 56 790 Td\n".encode()
    for ln in lines:
        stream += b"(" + esc(ln) + b") Tj T*\n"
    stream += b"ET\n"
    comp = zlib.compress(stream, 9)
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        f"<< /Length {len(comp)} /Filter /FlateDecode >>\nstream\n".encode()
        + comp
        + b"\nendstream",
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


def png(w: int, h: int, seed: int = 7) -> bytes:
    """A small greyish PNG (a 'photo' whose text no program can read)."""
    rows = b""
    v = seed
    for y in range(h):
        row = b"\x00"
        for x in range(w):
            v = (v * 1103515245 + 12345) & 0x7FFFFFFF
            g = (
                200
                + (v >> 16) % 40
                - (30 if (y % 9 == 4 and 6 < x < w - 8 and (x // 5) % 3) else 0)
            )
            row += bytes([g, g, max(0, g - 12)])
        rows += row

    def chunk(t: bytes, d: bytes) -> bytes:
        return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xFFFFFFFF)

    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
        + chunk(b"IDAT", zlib.compress(rows, 9))
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
ELEMENT_KEYS = ["association", "contact", "activity", "anchoring", "budget"]


def label(kind: str, lang: str, elements: str = "00000", notes: str = "", **facts: object) -> dict:
    """elements: five 0/1 flags in the order association, contact, activity, anchoring, budget."""
    assert len(elements) == 5 and set(elements) <= {"0", "1"}
    unknown = set(facts) - set(FACT_KEYS)
    assert not unknown, unknown
    f = {k: facts.get(k) for k in FACT_KEYS}
    if kind in ("application", "followup"):
        for k in ("salary_costs", "physical_investment"):
            if f[k] is None:
                f[k] = False
    return {
        "kind": kind,
        "language": lang,
        "elements": {k: elements[i] == "1" for i, k in enumerate(ELEMENT_KEYS)},
        "facts": f,
        "notes": notes,
    }


MAILS: list[tuple[datetime, str, bytes, dict]] = []
MID: dict[str, str] = {}  # slug -> Message-ID of the mail


def add(slug: str, date: datetime, data: bytes, lab: dict) -> None:
    m = re.search(rb"^Message-ID: (<[^>]+>)", data, re.M)
    assert m, slug
    MID[slug] = m.group(1).decode()
    MAILS.append((date, slug, data, lab))


def receipt_quote(case: str, missing: list[str], style: str = "> ") -> str:
    """The bot's receipt as quoted text, with the guidance lines for the missing elements."""
    guide = {
        "association": "Förening/grupp: namnet på er förening eller grupp och lite om den (t.ex. antal medlemmar, org.nr).",
        "contact": "Kontaktperson: namn och e-post eller telefon till den som vi kan kontakta.",
        "activity": "Aktivitet: vad ni ska göra, när och hur det bidrar till utvecklingen i byn.",
        "anchoring": "Lokal förankring: hur aktiviteten är förankrad i byn, t.ex. ett bymöte eller samarbete med andra.",
        "budget": "Budget: en översiktlig budget med kostnadsposter och belopp.",
    }
    lines = [
        "Hej!",
        "",
        f"Tack för er ansökan om idéslanten! Vi har tagit emot den och gett den ärendenummer {case}.",
        "",
        "Vi saknar följande i er ansökan:",
    ]
    lines += [f"– {guide[m]}" for m in missing]
    lines += [
        "",
        "Svara gärna på det här mejlet med det som saknas, så läggs det till i ärendet.",
        "",
        "Vänliga hälsningar",
        "Idéslanten – Region Kalmar län",
    ]
    return "\n".join(
        (style + ln).rstrip() if ln or style.strip() else style.rstrip() for ln in lines
    )


# --------------------------------------------------------------------------- checks


def luhn_ok(org: str) -> bool:
    if not re.fullmatch(r"\d{6}-\d{4}", org):
        return False
    digits = [int(c) for c in org.replace("-", "")]
    total = 0
    for i, d in enumerate(digits):
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def luhn_fix(first9: str) -> str:
    """Helper for writing the mails: complete a 9-digit prefix to a Luhn-valid org number."""
    for c in "0123456789":
        cand = f"{first9[:6]}-{first9[6:]}{c}"
        if luhn_ok(cand):
            return cand
    raise ValueError(first9)


def texts_of(m: email.message.Message) -> list[str]:
    out = []
    for part in m.walk():
        if part.is_multipart():
            continue
        ct = part.get_content_type()
        if ct.startswith("text/") or ct in ("message/delivery-status",):
            try:
                out.append(part.get_content())
            except Exception:  # noqa: BLE001
                out.append(part.get_payload(decode=True).decode("latin-1"))
    return out


def check() -> None:
    files = sorted(p.name for p in OUT.glob("*.eml"))
    labels = json.loads((OUT / "labels.json").read_text(encoding="utf-8"))
    assert files == sorted(labels), "labels.json keys differ from the files"
    assert len(files) == len(MAILS)
    dates = []
    app_ids: dict[str, str] = {}
    parsed = {}
    for name in files:
        data = (OUT / name).read_bytes()
        assert b"\r" not in data, name
        m = email.message_from_bytes(data, policy=email.policy.default)
        parsed[name] = m
        for part in m.walk():
            assert not part.defects, (name, part.get_content_type(), part.defects)
        texts_of(m)
        for part in m.walk():
            fn = part.get_filename() or ""
            blob = part.get_payload(decode=True) if fn else b""
            if fn.endswith((".docx", ".xlsx")):
                assert zipfile.ZipFile(io.BytesIO(blob)).testzip() is None, (name, fn)
            elif fn.endswith(".pdf"):
                assert blob.startswith(b"%PDF-") and blob.rstrip().endswith(b"%%EOF"), (name, fn)
            elif fn.endswith(".png"):
                assert blob.startswith(b"\x89PNG"), (name, fn)
        d = m["Date"].datetime
        assert d.year == 2026, name
        dates.append((d, name))
        for dom in re.findall(rb"@([A-Za-z0-9.-]+[A-Za-z0-9])", data.split(b"\n\n", 1)[0]):
            assert dom.decode().lower() in ALLOWED, (name, dom)
        for t in texts_of(m):
            for dom in re.findall(r"@([A-Za-z0-9.-]+[A-Za-z0-9])", t):
                assert dom.lower() in ALLOWED, (name, dom)
            for org in re.findall(r"(?<![\d-])\d{6}-\d{4}(?![\d-])", t):
                assert luhn_ok(org), (name, org)
        lab = labels[name]
        assert set(lab) == {"kind", "language", "elements", "facts", "notes"}, name
        assert set(lab["elements"]) == set(ELEMENT_KEYS), name
        assert set(lab["facts"]) == set(FACT_KEYS), name
        assert lab["kind"] in (
            "application",
            "followup",
            "question",
            "autoreply",
            "bounce",
            "newsletter",
            "spam",
        )
        assert lab["language"] in ("sv", "en")
        assert lab["notes"].strip(), name
        org = lab["facts"]["org_number"]
        assert org is None or luhn_ok(org), (name, org)
        if lab["kind"] in ("application", "followup"):
            assert isinstance(lab["facts"]["salary_costs"], bool), name
            assert isinstance(lab["facts"]["physical_investment"], bool), name
        if lab["kind"] in ("question", "autoreply", "bounce", "newsletter", "spam"):
            assert not any(lab["elements"].values()), name
        if lab["kind"] in ("autoreply", "bounce", "newsletter", "spam"):
            assert all(v is None for v in lab["facts"].values()), name
        if lab["kind"] == "application":
            app_ids[m["Message-ID"].strip()] = name
    assert [n for _, n in sorted(dates)] == files, "numbering does not follow Date order"
    assert len({d for d, _ in dates}) == len(dates), "two mails share a Date"
    for i, name in enumerate(files):
        assert name.startswith(f"{FIRST + i:04d}-"), name
    for name in files:
        if labels[name]["kind"] != "followup":
            continue
        m = parsed[name]
        refs = (m["In-Reply-To"] or "") + " " + (m["References"] or "")
        ids = re.findall(r"<[^>]+>", refs)
        assert any(i in app_ids for i in ids), (name, "followup without application in thread")
        assert re.match(r"(?i)(re|sv|svar|aw):", m["Subject"]), name


# --------------------------------------------------------------------------- main


def write() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for old in OUT.glob("*.eml"):
        old.unlink()
    labels = {}
    for i, (_, slug, data, lab) in enumerate(sorted(MAILS, key=lambda t: t[0])):
        name = f"{FIRST + i:04d}-{slug}.eml"
        (OUT / name).write_bytes(data)
        labels[name] = lab
    (OUT / "labels.json").write_text(
        json.dumps(labels, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
    )


def main() -> None:
    build()
    write()
    check()
    kinds: dict[str, int] = {}
    for _, _, _, lab in MAILS:
        kinds[lab["kind"]] = kinds.get(lab["kind"], 0) + 1
    print(f"wrote {len(MAILS)} mails to {OUT}: {kinds}")


MAILFUNCS = []


def mail(fn):
    MAILFUNCS.append(fn)
    return fn


def build() -> None:
    for fn in MAILFUNCS:
        fn()


# === MAILS ===


@mail
def vena_samtalskvallar():
    d = when(2, 7, 42, 11)
    body = """Hej!

Vena bygdegårdsförening vill söka idéslanten för en serie samtalskvällar
under våren med rubriken "Vena om tio år – vad vill vi?".

Om föreningen
Vena bygdegårdsförening (org.nr 802438-1173) äger och driver bygdegården
mitt i Vena, ca 2 mil norr om Hultsfred. Vi har 134 medlemmar, från
småbarnsfamiljer till pensionärer, och hyr ut gården till fester,
studiecirklar och föreningsmöten.

Vad vi vill göra
Tre torsdagskvällar (16 april, 7 maj och 28 maj, kl 18.30–21) med
samtal om byns framtid: boende och tomma hus, skolskjutsarna och vad
som händer med affären när nuvarande ägare går i pension. Vi hyr in
en processledare från ett studieförbund som leder kvällarna och
sammanställer det som kommer fram till en enkel handlingsplan som
byn kan jobba vidare med. Kvällarna är öppna för alla i Vena med
omnejd, både kvinnor och män, unga som gamla.

Förankring
Idén kom upp på byastämman den 8 februari där 37 personer var med och
stämman gav styrelsen i uppdrag att söka pengar. Vena IF och
Hembygdsföreningen står som medarrangörer och hjälper till med fika
och att sprida inbjudan.

Budget
Processledare, 3 kvällar inkl. sammanställning   6 000 kr
Lokalhyra (egen bygdegård, självkostnad el/värme) 1 500 kr
Fika 3 kvällar                                   1 200 kr
Annonsering i Hultsfreds-Nytt + affischer          800 kr
Summa                                            9 500 kr

Vi söker alltså 9 500 kr.

Kontaktperson är jag, Birgitta Åkesson (ordförande),
tel 070-412 88 31 eller den här adressen.

Med vänlig hälsning
Birgitta Åkesson
Vena bygdegårdsförening
"""
    data = msg(
        d,
        addr("Birgitta Åkesson", "birgitta.akesson@example.se"),
        addr("Landsbygdsutvecklare Region Kalmar län", OFFICER),
        ew("Ansökan idéslanten – samtalskvällar i Vena"),
        "<4a1c2e9b-7f0d-4d3e-9a51-vena0302@example.se>",
        text(body, "utf-8", "quoted-printable", params="; format=flowed"),
        ["User-Agent: Mozilla Thunderbird 128.7.1", "Content-Language: sv-SE"],
    )
    add(
        "vena-samtalskvallar",
        d,
        data,
        label(
            "application",
            "sv",
            "11111",
            "Complete, well-ordered application from the chair via Thunderbird (utf-8 quoted-printable, format=flowed). Association named with org.nr, location and 134 members; contact named with phone from own address; activity is three dated dialogue evenings with a hired process leader and a concrete local outcome (action plan); anchoring is the byastämma of 8 Feb (37 present) plus two co-organising local groups; budget is an item list summing to 9 500, the stated applied amount. Process leader fee is a bought service, not salary; self-cost venue rent is not an investment. 'både kvinnor och män' gives women_and_men true.",
            association_name="Vena bygdegårdsförening",
            org_number="802438-1173",
            contact_name="Birgitta Åkesson",
            contact_email="birgitta.akesson@example.se",
            contact_phone="070-412 88 31",
            members=134,
            ort="Vena",
            amount_sek=9500,
            women_and_men=True,
        ),
    )


@mail
def boda_studieresa():
    d = when(2, 19, 10, 37)
    body = """Hej,

Jag skriver för BÖDA BYALAG på norra Öland. Vi är 58 medlemmar och har
funnits sedan 1987. Vi sköter badplatsen vid Kyrkviken, ordnar
midsommarfirandet och har julmarknaden i Bödagården.

Nu vill vi åka på studieresa. Vår macken lade ner i höstas och affären
har det tufft, så vi vill ta en buss med ett 30-tal bybor till
Hållnäs i Uppland den 25-26 april och titta på hur dom startade en
bygdeägd mack och butik som kooperativ. Vi ska träffa deras styrelse
och gå igenom hur dom gjorde med ekonomi och ideellt arbete, sen ska vi
ha ett möte hemma efteråt där alla som åkte berättar för resten av byn.
Målet är att vi ska kunna starta något liknande här innan sommaren
2027.

Jag TROR att många i byn kommer tycka det är en bra ide, folk är oroliga
för vad som händer nu.

Budgeten vet vi inte exakt än, vi väntar på offert från bussbolaget,
men det blir runt 14000 kr tror jag. Jag skickar den när vi har den.

Hälsningar
Sven-Olof Gerdin
kassör Böda Byalag
tel 0485-220 17 (hemma) eller 073-055 61 90
"""
    data = msg(
        d,
        addr("Sven-Olof Gerdin", "svenolof.gerdin@example.net", "iso-8859-1"),
        OFFICER,
        "studieresa Boda byalag",
        "<000801dcaa51$3c2e8f10$b48bad30$@example.net>",
        text(body, "iso-8859-1", "8bit"),
        ["X-Mailer: Microsoft Outlook 16.0", "X-Priority: 3"],
    )
    add(
        "boda-studieresa",
        d,
        data,
        label(
            "application",
            "sv",
            "11100",
            "Older treasurer, iso-8859-1 8bit body, capitals for emphasis, ASCII subject without ö. Association named with age, 58 members and what it does; contact named with two phones from own address (first = home number); activity is a concrete dated study trip with a follow-up village meeting and a clear local aim. Anchoring false: only a hope ('Jag TROR att många ... kommer tycka') and a described need. Budget false: 'runt 14000' is a single rough figure and the real budget is promised later; that rough figure is still the amount. Nothing said about women and men.",
            association_name="Böda Byalag",
            contact_name="Sven-Olof Gerdin",
            contact_email="svenolof.gerdin@example.net",
            contact_phone="0485-220 17",
            members=58,
            ort="Böda",
            amount_sek=14000,
        ),
    )


@mail
def paskallavik_hamnkvallar():
    d = when(3, 10, 5, 2)
    html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Calibri,sans-serif;font-size:11pt">
<p>Hej!</p>
<p>H&auml;r kommer <b>P&aring;skallaviks Hamnf&ouml;rening</b>s ans&ouml;kan om id&eacute;slanten 2026.</p>
<p><u>F&ouml;reningen</u><br>
Hamnf&ouml;reningen bildades 1994 och sk&ouml;ter g&auml;sthamnen, sj&ouml;boden och b&aring;tuppl&auml;ggningen i P&aring;skallavik.
Vi &auml;r ett sjuttiotal medlemmar, de flesta bor &aring;ret runt i byn. Org.nr 802507-3399.</p>
<p><u>Aktivitet: &rdquo;Hamnkv&auml;llar&rdquo;</u><br>
Fyra kv&auml;llar i sj&ouml;boden i maj&ndash;juni d&auml;r vi bjuder in en f&ouml;rel&auml;sare fr&aring;n sj&ouml;fartsmuseet i Oskarshamn
som ber&auml;ttar om kustfisket, stenhuggeriet och lotsarna h&auml;r i viken, och d&auml;refter samtal om hur hamnen
kan bli en levande m&ouml;tesplats igen &ndash; loppis, fiskr&ouml;keri, guidade turer f&ouml;r bes&ouml;kare.
Kv&auml;llarna &auml;r gratis och &ouml;ppna f&ouml;r alla i byn, kvinnor och m&auml;n, gamla och nyinflyttade.</p>
<p><u>F&ouml;rankring</u><br>
Beslut p&aring; &aring;rsm&ouml;tet 14 februari (41 n&auml;rvarande). Vi g&ouml;r det tillsammans med PRO P&aring;skallavik och
f&ouml;r&auml;ldraf&ouml;reningen p&aring; skolan, som tar hand om en barnh&ouml;rna varje kv&auml;ll.</p>
<p><u>Budget</u></p>
<table border="1" cellpadding="3" style="border-collapse:collapse">
<tr><th>Post</th><th>Kr</th></tr>
<tr><td>F&ouml;rel&auml;sararvode 4 kv&auml;llar</td><td>8&nbsp;000</td></tr>
<tr><td>Hyra av ljudanl&auml;ggning</td><td>1&nbsp;200</td></tr>
<tr><td>Fika</td><td>1&nbsp;600</td></tr>
<tr><td>Affischer och annons</td><td>700</td></tr>
<tr><td><b>Totalt</b></td><td><b>11&nbsp;500</b></td></tr>
</table>
<p>Kontakt: Jonas Wirén, sekreterare, 076-318 42 07, jonas.wiren@example.com</p>
<p>Med v&auml;nliga h&auml;lsningar<br>Jonas Wir&eacute;n<br>P&aring;skallaviks Hamnf&ouml;rening</p>
</body></html>
"""
    data = msg(
        d,
        addr("Påskallaviks Hamnförening", "hamnforeningen.paskallavik@example.com", enc="B"),
        addr("Landsbygdsutvecklare", OFFICER),
        ew("Ansökan om idéslanten – Hamnkvällar i Påskallavik", enc="B"),
        "<DB9PR07MB8123A1F0C2E4D5B6B1D2@example.com>",
        text(html, "utf-8", "quoted-printable", subtype="html"),
        [
            "X-MS-Has-Attach:",
            "Thread-Topic: " + ew("Ansökan om idéslanten – Hamnkvällar i Påskallavik"),
            "Accept-Language: sv-SE, en-US",
        ],
    )
    add(
        "paskallavik-hamnkvallar",
        d,
        data,
        label(
            "application",
            "sv",
            "11111",
            "HTML-only Outlook mail (utf-8 QP, entities for å/ä/ö, budget as an HTML table) sent from the association's shared mailbox but naming a contact person with phone and own e-mail in the body, so contact is true and contact_email is the named person's address, not the shared one. 'ett sjuttiotal medlemmar' = 70. Activity: four lecture-and-dialogue evenings with a concrete local aim; anchoring: annual meeting decision (41 present) plus cooperation with PRO and the school's parents' association; budget table totals 11 500. Lecturer fee and equipment rental are neither salary nor investment.",
            association_name="Påskallaviks Hamnförening",
            org_number="802507-3399",
            contact_name="Jonas Wirén",
            contact_email="jonas.wiren@example.com",
            contact_phone="076-318 42 07",
            members=70,
            ort="Påskallavik",
            amount_sek=11500,
            women_and_men=True,
        ),
    )


@mail
def gladhammar_gruvvandring():
    d = when(3, 21, 48, 26)
    doc = docx(
        [
            "# Ansökan om regional bygdepeng – idéslanten 2026",
            "# Sökande",
            "Gladhammars Gruvbyförening, org.nr 802471-3854. Ideell förening bildad 2009 för att ta vara på gruvbyns historia och miljö. 23 medlemmar, de flesta boende i Gladhammar och Västrum.",
            "# Aktivitet: Gruvvandring och berättarkväll",
            "Lördag 6 juni ordnar vi en guidad vandring längs gruvstigen mellan Gamla Gruvan och Hyttdammen, ledd av en geolog som berättar om kopparbrytningen och om vad som finns kvar i marken. På kvällen föreläser hon i Folkets hus om gruvepoken och hur andra gruvbyar har gjort sina miljöer till besöksmål. Efteråt har vi ett samtal om hur gruvstigen kan skyltas och skötas av byn själv. Allt är gratis och öppet för alla.",
            "Syftet är att fler i byn ska känna till och använda gruvmiljön och att vi tillsammans tar fram en plan för en vandringsled som kan locka besökare till caféet och stugbyn.",
            "# Förankring",
            "I höstas samlade vi in 112 namnunderskrifter i byn för att gruvstigen ska rustas upp. Gladhammars hembygdsförening är medarrangör och jaktlaget, som är markägarnas förening, har sagt ja till vandringen över deras mark.",
            "# Budget",
            [
                ["Post", "Kronor"],
                ["Guide/föreläsare (geolog), arvode", "4 500"],
                ["Hyra Folkets hus", "1 200"],
                ["Tryck av folder om gruvstigen", "1 500"],
                ["Fika till vandrare", "1 000"],
                ["Summa", "8 200"],
            ],
            "Vi söker 8 200 kr.",
            "Kontakt: styrelsen, se mejladressen.",
        ]
    )
    body = """Hej!

Bifogar Gladhammars Gruvbyförenings ansökan om idéslanten.

Styrelsen
Gladhammars Gruvbyförening
"""
    data = msg(
        d,
        addr("Gladhammars Gruvbyförening", "styrelsen.gruvbyn@example.org"),
        OFFICER,
        ew("Ansökan idéslanten 2026 – Gladhammar"),
        "<c81f0e3a-2b17-4c55-8d0e-51f6a7e2b903@example.org>",
        multi(
            "mixed",
            "------------Ct6v0HxW2mJqG1rT9bK4uY3e",
            [
                text(body, "utf-8", "7bit" if body.isascii() else "8bit", params="; format=flowed"),
                attach(
                    doc,
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                    "Ansökan idéslanten Gladhammar.docx",
                    fn_encoded=True,
                ),
            ],
            preamble="This is a multi-part message in MIME format.",
        ),
        ["User-Agent: Mozilla Thunderbird 115.18.0", "Content-Language: sv"],
    )
    add(
        "gladhammar-gruvvandring",
        d,
        data,
        label(
            "application",
            "sv",
            "10111",
            "Short cover note signed only 'Styrelsen' from the association's shared mailbox; the whole application is in a .docx (RFC 2231 encoded file name with å/ö) with a Word table budget. Association (org.nr, 23 members, purpose), activity (dated guided walk and lecture with a concrete local plan) and anchoring (112 signatures, hembygdsförening co-organises, landowners' hunting team agreed) are all in the attachment; budget items sum to 8 200. Contact false: 'Kontakt: styrelsen' and a shared mailbox name nobody, so all contact facts are null. Printing a folder is a consumable, not an investment.",
            association_name="Gladhammars Gruvbyförening",
            org_number="802471-3854",
            members=23,
            ort="Gladhammar",
            amount_sek=8200,
        ),
    )


@mail
def nl_bygdenatverket_mars():
    d = when(4, 6, 0, 3)
    plain = """BYGDEBREVET – mars 2026
Nyheter för lokala utvecklingsgrupper i sydöstra Småland och på Öland

* Våryran: nätverksträff i Mönsterås 18 april. Anmälan senast 10 april.
* Tips: så skriver ni en bra ansökan om bidrag – fem saker bedömare letar efter.
* Idéslanten och andra små bidrag: glöm inte att söka i tid, pengarna brukar ta slut till hösten.
* Porträttet: byalaget som köpte sin egen lanthandel.

Läs hela brevet på webben: https://www.example.org/bygdebrevet/2026-03

Du får det här brevet för att du är med i Bygdenätverket Sydosts utskickslista.
Avsluta prenumerationen: https://www.example.org/avsluta?id=7f3e91
"""
    html = """<!DOCTYPE html><html><body style="margin:0;background:#eef2ec">
<table width="600" align="center" style="background:#fff;font-family:Georgia,serif">
<tr><td style="padding:20px;background:#3d6b3a;color:#fff"><h1 style="margin:0">BYGDEBREVET</h1><p>mars 2026</p></td></tr>
<tr><td style="padding:20px">
<h2>Våryran i Mönsterås 18 april</h2><p>Nätverksträff för alla som driver utveckling i sin by. Anmälan senast 10 april.</p>
<h2>Så skriver ni en bra ansökan</h2><p>Fem saker bedömare letar efter: vem ni är, vem man ringer, vad ni ska göra, vilka i byn som står bakom och vad det kostar.</p>
<h2>Idéslanten och andra små bidrag</h2><p>Glöm inte att söka i tid – pengarna brukar ta slut till hösten.</p>
<h2>Porträttet</h2><p>Byalaget som köpte sin egen lanthandel.</p>
<p><a href="https://www.example.org/bygdebrevet/2026-03">Läs hela brevet på webben</a></p>
</td></tr>
<tr><td style="padding:10px;font-size:11px;color:#777">Du får det här brevet för att du är med i Bygdenätverket Sydosts utskickslista.
<a href="https://www.example.org/avsluta?id=7f3e91">Avsluta prenumerationen</a></td></tr>
</table></body></html>
"""
    data = msg(
        d,
        addr("Bygdenätverket Sydost", "nyhetsbrev@example.org"),
        addr(None, OFFICER),
        ew("Bygdebrevet mars: Våryran, ansökningstips och porträttet"),
        "<nl.2026-03.7f3e91.1772600403@example.org>",
        multi(
            "alternative",
            "=_bn_1772600403_a9",
            [
                text(plain, "utf-8", "quoted-printable"),
                text(html, "utf-8", "quoted-printable", subtype="html"),
            ],
        ),
        [
            "List-Id: Bygdebrevet <bygdebrevet.example.org>",
            "List-Unsubscribe: <https://www.example.org/avsluta?id=7f3e91>, <mailto:avsluta@example.org?subject=7f3e91>",
            "List-Unsubscribe-Post: List-Unsubscribe=One-Click",
            "Precedence: bulk",
            "X-Mailer: Nyhetsbrevsverktyget 4.2",
        ],
    )
    add(
        "nl-bygdebrevet-mars",
        d,
        data,
        label(
            "newsletter",
            "sv",
            notes="Monthly newsletter from a regional network, multipart/alternative with List-Id, List-Unsubscribe (+One-Click) and Precedence: bulk. It mentions idéslanten, 'ansökan' and even lists the five things an application needs, but applies for nothing: all elements false, every fact null. The bot must not reply.",
        ),
    )


@mail
def lindas_ungdomar():
    d = when(4, 16, 22, 48)
    body = """hej! vi i lindås IF ungdomssektion vill söka idéslanten. vi e 85 medlemmar i föreningen (lindås IF) och typ 30 ungdomar som e aktiva.
vi vill göra nåt för ungdomarna i byn så dom har nåt o göra på helgerna o inte bara drar in till emmaboda eller nybro hela tiden

hade föräldramöte 12 feb o alla 26 som kom röstade ja till att vi söker. vi söker 15000

/Elin Karlsson 072-583 19 44

Skickat från min iPhone
"""
    data = msg(
        d,
        addr("Elin K", "elin.karlsson92@example.com"),
        OFFICER,
        ew("idéslanten lindås"),
        "<5E0B7C2A-91D4-4F3B-A8C6-2D7E19F04B55@example.com>",
        text(body, "utf-8", "quoted-printable", params="; format=flowed; delsp=yes"),
        ["X-Mailer: iPhone Mail (22D82)"],
    )
    add(
        "lindas-ungdomar",
        d,
        data,
        label(
            "application",
            "sv",
            "11010",
            "Phone mail, lower case, no punctuation, spoken forms ('vi e', 'o göra'). Association named (Lindås IF, its youth section) with 85 members; contact is the named signer with phone writing from her own address (the From display name is just 'Elin K'). Activity false: 'nåt för ungdomarna ... på helgerna' is a wish with no what/when/how. Anchoring true: a parents' meeting on 12 Feb where all 26 present voted for it (26 is attendance, not members). Budget false: a bare 'vi söker 15000', which is the amount.",
            association_name="Lindås IF",
            contact_name="Elin Karlsson",
            contact_email="elin.karlsson92@example.com",
            contact_phone="072-583 19 44",
            members=85,
            ort="Lindås",
            amount_sek=15000,
        ),
    )


@mail
def gronhogen_magasinet():
    d = when(5, 9, 14, 55)
    plain = """Hej Landsbygdsutvecklaren!

Grönhögens Samhällsförening söker härmed idéslanten för "Framtidsverkstad om Magasinet".

FÖRENINGEN: Grönhögens Samhällsförening, org.nr 802461-9028, har 112 medlemmar och arbetar för att södra Öland ska vara en bra plats att bo på året runt. Vi driver bl.a. vinterkaféet och sköter julbelysningen i hamnen.

AKTIVITET: Det gamla spannmålsmagasinet vid hamnen står tomt sedan kommunen sålde det till en stiftelse som vill att byn ska använda det. Vi ordnar två framtidsverkstäder, lördag 18 april och lördag 9 maj kl 10–15, där en inhyrd processledare från Studieförbundet Vuxenskolan leder arbetet. Dag 1: vad behöver vi i byn (mötesplats, hantverksbod, ungdomslokal?). Dag 2: vem gör vad, och hur ska det drivas. Resultatet blir ett förslag som stiftelsen och byn kan besluta om. Alla är välkomna, kvinnor och män, bofasta och sommarboende.

FÖRANKRING: I januari delade vi ut en enkät till alla 160 hushåll i Grönhögen. 94 svarade och 71 av dem vill att magasinet blir en mötesplats. Grönhögens Båtklubb och Ottenby-kören är med och ordnar lunch och musik.

BUDGET:
- Processledare 2 dagar: 7 000 kr
- Hyra av tält, bord och stolar: 1 400 kr
- Lunch och fika: 2 500 kr
- Tryck och utdelning av inbjudan till alla hushåll: 900 kr
Totalt: 11 800 kr, vilket är det vi söker.

KONTAKTPERSON: Lars-Åke Nyberg, vice ordförande, 0485-662 40, larsake.nyberg@example.se

Vänliga hälsningar
Lars-Åke Nyberg
"""
    html = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"></head><body><div style="font-family:Arial;font-size:10pt">'
        + "".join(
            f"<p>{ln}</p>" if ln else "" for ln in plain.replace("&", "&amp;").split("\n\n")
        ).replace("\n", "<br>\n")
        + "</div></body></html>\n"
    )
    data = msg(
        d,
        addr("Lars-Åke Nyberg", "larsake.nyberg@example.se", "windows-1252"),
        addr("Landsbygdsutvecklare", OFFICER),
        ew("Ansökan: Framtidsverkstad om Magasinet, Grönhögen", "windows-1252"),
        "<001c01dcac8e$9a0f4e20$ce2dea60$@example.se>",
        multi(
            "alternative",
            "----=_NextPart_000_001D_01DCAC8E.9A0F4E20",
            [
                text(plain, "windows-1252", "quoted-printable"),
                text(html, "windows-1252", "quoted-printable", subtype="html"),
            ],
            preamble="This is a multipart message in MIME format.",
        ),
        [
            "X-Mailer: Microsoft Outlook 16.0",
            "Thread-Index: AdysjpoPTiBc3sNzQ8WmT2Vv1mYt4Q==",
            "Content-Language: sv",
        ],
    )
    add(
        "gronhogen-magasinet",
        d,
        data,
        label(
            "application",
            "sv",
            "11111",
            "Complete application with capitalised section headings, multipart/alternative in windows-1252 quoted-printable (text and HTML). Association with org.nr and 112 members; named contact with phone and own e-mail; activity is two dated workshop days led by a hired process leader with a concrete outcome for the village; anchoring is a household survey (160 households, 94 answers – respondents are not members) and two local groups taking part; budget is four items totalling 11 800, stated as the applied amount. Renting tents is not an investment, a process leader's fee is not salary. 'kvinnor och män' → women_and_men true.",
            association_name="Grönhögens Samhällsförening",
            org_number="802461-9028",
            contact_name="Lars-Åke Nyberg",
            contact_email="larsake.nyberg@example.se",
            contact_phone="0485-662 40",
            members=112,
            ort="Grönhögen",
            amount_sek=11800,
            women_and_men=True,
        ),
    )


@mail
def djursdala_language_cafe():
    d = when(5, 20, 31, 9)
    plain = """Dear Sir or Madam,

My name is Marieke van Dijk and I live in Djursdala, north of Vimmerby, since 2021. We are a handful of neighbours here, most of us moved from the Netherlands and Germany in the last years, and we would like to apply for the idéslanten.

What we want to do: a "språkcafé" (language café) on Thursday evenings from 9 April to 28 May, eight evenings in total, 19.00-21.00, in the old school house which we can rent from the bygdegårdsförening. Swedish-speaking neighbours who volunteer talk Swedish with the newcomers at small tables, and every evening one person from the village tells about a local tradition (valborg, the slåtter, the church, the old dairy). It is for everybody, men and women, Swedes and newcomers. We hope it helps new people to really become part of the village, and that more of them will join the local associations and the fire brigade volunteers, which need people.

We think there will be a lot of interest!

Budget:
Rent old school house, 8 evenings x 300 kr = 2 400 kr
Coffee, tea and cake = 1 600 kr
Books and printed material = 700 kr
Total 4 700 kr

You can reach me at this e-mail or at 073-902 15 66.

Kind regards,
Marieke van Dijk
Djursdala
"""
    html = (
        '<div dir="ltr">'
        + plain.replace("&", "&amp;")
        .replace("\n\n", "</div><div><br></div><div>")
        .replace("\n", "</div><div>")
        + "</div>\n"
    )
    data = msg(
        d,
        addr("Marieke van Dijk", "marieke.vandijk@example.com"),
        OFFICER,
        "Application ideslanten - language cafe Djursdala",
        "<CAJm8pR4vX7nQe2Lw0f1YtK9sHb3dZ6uAo5gTiE8cNrM1pWq7Xg@example.com>",
        multi(
            "alternative",
            "000000000000a3f1c20613b8e4d7",
            [
                text(plain, "UTF-8", "quoted-printable"),
                text(html, "UTF-8", "quoted-printable", subtype="html"),
            ],
        ),
    )
    add(
        "djursdala-language-cafe",
        d,
        data,
        label(
            "application",
            "en",
            "01101",
            "English application from a newcomer, Gmail-style multipart/alternative (UTF-8 QP, div-per-line HTML). Association false: 'a handful of neighbours' is an unnamed group, and the bygdegårdsförening is only the landlord. Contact: named signer with phone from own address. Activity: eight dated language-café evenings with local story-telling and a clear local aim (integration, volunteers for associations and fire brigade). Anchoring false: only 'We think there will be a lot of interest!'. Budget: three items with amounts, total 4 700. 'men and women' → women_and_men true; no member count.",
            contact_name="Marieke van Dijk",
            contact_email="marieke.vandijk@example.com",
            contact_phone="073-902 15 66",
            ort="Djursdala",
            amount_sek=4700,
            women_and_men=True,
        ),
    )


@mail
def spam_mailbox_full():
    d = when(6, 3, 12, 44)
    html = """<html><body style="font-family:Segoe UI,Arial">
<table width="520" style="border:1px solid #ccc"><tr><td style="background:#0063b1;color:#fff;padding:12px"><b>Microsoft 365 – Meddelande från administratören</b></td></tr>
<tr><td style="padding:16px">
<p>Hej landsbygdsutvecklare,</p>
<p>Din e-postlåda har nått <b>98 %</b> av sin lagringskvot. Inkommande meddelanden kommer att <b>avvisas inom 24 timmar</b>.</p>
<p>För att undvika förlust av e-post, verifiera ditt konto och uppgradera lagringen gratis:</p>
<p><a href="http://example.net/owa/verify?u=landsbygdsutvecklare" style="background:#0063b1;color:#fff;padding:8px 16px;text-decoration:none">Verifiera konto nu</a></p>
<p style="font-size:11px;color:#888">Detta är ett automatiskt meddelande. © 2026 Microsoft Corporation.</p>
</td></tr></table></body></html>
"""
    data = msg(
        d,
        addr("Mail Administrator", "admin-noreply@example.net"),
        OFFICER,
        ew("Åtgärd krävs: Din brevlåda är nästan full (98%)", "utf-8", "B"),
        "<20260306021244.6618.qx@example.net>",
        text(html, "utf-8", "base64", subtype="html"),
        ["X-Priority: 1 (Highest)", "Importance: High"],
    )
    add(
        "spam-brevladan-full",
        d,
        data,
        label(
            "spam",
            "sv",
            notes="Phishing: fake 'mailbox 98 % full' notice posing as Microsoft 365, HTML-only base64 with a verify link and high priority headers, sent at night. Not grant-related: spam, all elements false, all facts null.",
        ),
    )


@mail
def rumskulla_lieslatter():
    d = when(6, 11, 40, 3)
    sheet = xlsx(
        [
            ["Budget – Lieslåtterkurs Rumskulla 2026", ""],
            ["", ""],
            ["Post", "Kronor"],
            ["Kursledararvode 2 dagar", 5500],
            ["Hyra av liar och brynen (15 st)", 1200],
            ["Lokalhyra bygdegården", 1000],
            ["Lunch och fika 2 dagar", 2200],
            ["Annons Vimmerby Tidning", 600],
            ["Summa", 10500],
        ],
        "Budget",
    )
    body = """Hej!

Rumskulla Hembygdsförening vill söka idéslanten för en kurs i lieslåtter.

Vi är en hembygdsförening med 96 medlemmar och org.nr 802519-1845. Vi
äger hembygdsgården vid kyrkan och den gamla slåtterängen bakom den,
som har vuxit igen de senaste tio åren.

Den 27-28 juni har vi en tvådagarskurs där en erfaren kursledare
lär ut slåtter med lie, hur man vässar och hur man sköter en äng.
Vi hyr liar så att alla kan vara med även om man inte har egen.
Sista dagen slår vi ängen tillsammans och avslutar med ett slåttergille
som vi vill ska bli en årlig tradition i Rumskulla – en mötesplats för
gamla och nya bybor och något som gynnar blommor och fjärilar på ängen.

Beslutet togs på årsmötet den 1 mars. Vi gör kursen ihop med Rumskulla
bygdegårdsförening, som lånar ut köket, och jaktvårdsområdet, som
hjälper till att röja innan.

Budgeten ligger i bifogad Excelfil, totalt 10 500 kr.

Kontaktperson: Gunnar Fjällström, 0492-301 22 (kvällar),
gunnar.fjallstrom@example.net

Hälsningar
Gunnar Fjällström
ordf. Rumskulla Hembygdsförening
"""
    data = msg(
        d,
        addr("Gunnar Fjällström", "gunnar.fjallstrom@example.net"),
        OFFICER,
        ew("Lieslåtterkurs Rumskulla - ansökan", "iso-8859-1"),
        "<6A2E4F0C-77B1-4D2B-9E13-C5F0A1B2D3E4@example.net>",
        multi(
            "mixed",
            "Apple-Mail=_3F1D9C0E-2A7B-4E51-B6C8-90D1E2F3A4B5",
            [
                text(body, "utf-8", "quoted-printable"),
                attach(
                    sheet,
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                    "budget_lieslatter.xlsx",
                ),
            ],
        ),
        ["X-Mailer: Apple Mail (2.3826.400.131.1.6)"],
    )
    add(
        "rumskulla-lieslatter",
        d,
        data,
        label(
            "application",
            "sv",
            "11111",
            "Complete application from Apple Mail with the budget in an .xlsx (five items, sum 10 500) and an iso-8859-1 encoded-word subject. Association with org.nr and 96 members; named contact with phone and e-mail; activity: dated two-day scythe course ending in a slåttergille meant to become an annual village event; anchoring: annual meeting decision plus two local groups helping. Renting scythes is not an investment; course leader fee is not salary. Women and men not mentioned ('gamla och nya bybor' is not about gender) → null.",
            association_name="Rumskulla Hembygdsförening",
            org_number="802519-1845",
            contact_name="Gunnar Fjällström",
            contact_email="gunnar.fjallstrom@example.net",
            contact_phone="0492-301 22",
            members=96,
            ort="Rumskulla",
            amount_sek=10500,
        ),
    )


@mail
def blackstad_byavandring():
    d = when(7, 14, 55, 21)
    body = """Hej.

Blackstads Byaförening (44 medlemmar) ansöker om idéslanten för en byavandring med berättarkväll lördag 23 maj.

Vi går längs den gamla kyrkvägen, ca 6 km, med stopp vid gårdarna där äldre bybor berättar om hur det var förr. Sedan blir det soppa och berättarkväll i församlingshemmet. Syftet är att de som flyttat hit på senare år ska lära känna byn och de äldre, och vi spelar in berättelserna till hembygdsarkivet så de finns kvar.

Det beslutades på årsmötet 21 februari där 27 personer var med, och tio har redan anmält sig som funktionärer.

Budget kommer senare när vi vet vad lokalen kostar.

Mvh
Blackstads Byaförening
"""
    data = msg(
        d,
        addr("Lena Ståhl", "lena.stahl@example.com"),
        OFFICER,
        ew("Byavandring Blackstad", "utf-8", "B"),
        "<1741355721.88213.4kq2@example.com>",
        text(body, "utf-8", "base64"),
        ["X-Mailer: Webmail 2.9"],
    )
    add(
        "blackstad-byavandring",
        d,
        data,
        label(
            "application",
            "sv",
            "10110",
            "Terse web-mail application, utf-8 base64 body. Association named with 44 members; activity is a dated village walk with story-telling and recording for the local archive; anchoring is the annual-meeting decision (27 present – attendance, not members) plus ten volunteer stewards. Contact false: the mail is signed only with the association's name – the person's name appears only in the From header, which does not count, so contact facts are null. Budget false: 'Budget kommer senare'; no amount.",
            association_name="Blackstads Byaförening",
            members=44,
            ort="Blackstad",
        ),
    )


@mail
def kristvalla_studieresa():
    d = when(9, 8, 30, 12)
    lines = [
        "ANSÖKAN OM IDÉSLANTEN 2026",
        "",
        "Sökande: Kristvalla Byaråd, org.nr 802420-5612",
        "Byarådet samlar de boende i Kristvalla socken, väster om Nybro. 61 medlemmar.",
        "Kontaktperson: Anna-Karin Lövgren, tel 070-288 35 14, annakarin.lovgren@example.se",
        "",
        "Aktivitet: Studieresa till Österbymo lördag 18 april",
        "35 bybor åker buss till Österbymo i Ydre och träffar bygdebolaget som driver",
        "mack, butik och bygdetaxi med ideella krafter. Vi får en genomgång av hur",
        "de organiserat sig och hur ekonomin går ihop. Den 7 maj har vi en",
        "uppföljningskväll i bygdegården där resenärerna berättar för hela byn och",
        "vi bestämmer om vi ska bilda ett eget bygdebolag för att rädda Kristvallas",
        "sista butik. Resan är öppen för alla – kvinnor och män, unga och äldre.",
        "",
        "Förankring",
        "Bymötet den 2 februari (38 närvarande) ställde sig bakom resan. Kristvalla",
        "hembygdsförening och Kristvalla IK är med och har var sin plats i bussen.",
        "",
        "Budget",
        "Bussresa t/r Kristvalla-Österbymo            7 800 kr",
        "Guidning och föreläsning på plats            1 500 kr",
        "Lunch 35 personer                            3 000 kr",
        "Fika på uppföljningskvällen                    600 kr",
        "Summa / sökt belopp                         12 900 kr",
        "",
        "Kristvalla 8 mars 2026",
        "Anna-Karin Lövgren, sekreterare",
    ]
    body = """Hej!
Här kommer vår ansökan som pdf. Hör av dig om något är oklart!

Anna-Karin Lövgren
Kristvalla Byaråd
"""
    data = msg(
        d,
        addr("Anna-Karin Lövgren", "annakarin.lovgren@example.se"),
        OFFICER,
        ew("Ansökan idéslanten Kristvalla Byaråd"),
        "<a7d3f1c2e5b84e0f9a6c2d1b0e3f4a5c@example.se>",
        multi(
            "mixed",
            "_004_a7d3f1c2e5b84e0f_",
            [
                text(body, "iso-8859-1", "quoted-printable"),
                attach(pdf(lines), "application/pdf", "Ansokan_Kristvalla_Byarad.pdf"),
            ],
        ),
        ["X-Mailer: Microsoft Outlook 16.0"],
    )
    add(
        "kristvalla-studieresa",
        d,
        data,
        label(
            "application",
            "sv",
            "11111",
            "Two-line iso-8859-1 QP cover note; the full application is a text PDF (Helvetica, WinAnsi). Association with org.nr and 61 members; named contact with phone and e-mail (the same as the From address); activity: dated study trip for 35 residents plus a follow-up village evening with a concrete decision on a village company; anchoring: village meeting backing (38 present) and two local groups taking part; budget four items, 12 900 = applied amount. 'kvinnor och män' → true. Bus hire and lunch are neither salary nor investment.",
            association_name="Kristvalla Byaråd",
            org_number="802420-5612",
            contact_name="Anna-Karin Lövgren",
            contact_email="annakarin.lovgren@example.se",
            contact_phone="070-288 35 14",
            members=61,
            ort="Kristvalla",
            amount_sek=12900,
            women_and_men=True,
        ),
    )


@mail
def langlot_spelmanskvall():
    d = when(9, 13, 17, 40)
    body = """Hej

Långlöts Kulturförening söker idéslanten för en spelmanskväll.

Vi är 31 medlemmar och ordnar konserter och utställningar i Långlöts bygdegård sedan 2015.

Lördag 16 maj bjuder vi in två spelmän från Öland som spelar och berättar om de gamla danslåtarna från Långlöt och Runsten. Vi har bjudit in äldre bybor som minns logdanserna att berätta, och kvällen spelas in. Tanken är att det ska bli starten för ett spelmanslag för barn och unga i byn som kan spela på midsommar och vid andra fester här.

Vi tror att det blir välbesökt, det finns ett stort intresse för folkmusik på Öland och behovet av mötesplatser i byn är stort.

Kostnader
Arvode spelmän 4 000
Hyra ljudanläggning 1 500
Lokal 800
Affischer 400
= 6 700 kr

Ingrid Hammar
Långlöts Kulturförening
076-541 09 83

Skaffa Outlook för Android
"""
    data = msg(
        d,
        addr("Ingrid Hammar", "ingrid.hammar@example.com"),
        addr(None, OFFICER),
        ew("Spelmanskväll Långlöt"),
        "<AM0PR02MB5534E1C0D9A37B2F4C81B6E3A@example.com>",
        text(body, "utf-8", "base64"),
        ["X-Mailer: Outlook for Android", "Content-Language: sv-SE"],
    )
    add(
        "langlot-spelmanskvall",
        d,
        data,
        label(
            "application",
            "sv",
            "11101",
            "Outlook for Android mail, utf-8 base64. Association named with 31 members and what it does; contact: named signer with mobile from own address; activity: dated folk-music evening with story-telling, recording, and the concrete aim of starting a youth fiddlers' group; budget: four items summing to 6 700. Anchoring false: 'Vi tror att det blir välbesökt' and a general need are hopes, not backing. The musicians' fee is a performer's fee, not salary.",
            association_name="Långlöts Kulturförening",
            contact_name="Ingrid Hammar",
            contact_email="ingrid.hammar@example.com",
            contact_phone="076-541 09 83",
            members=31,
            ort="Långlöt",
            amount_sek=6700,
        ),
    )


@mail
def blackstad_fu_budget():
    d = when(9, 19, 2, 5)
    quoted = receipt_quote("2026-0049", ["contact", "budget"])
    body = f"""Hej igen!

Kontaktperson blir jag, Lena Ståhl, tel 070-614 27 58.

Nu vet vi vad församlingshemmet kostar, så här är budgeten:
Hyra församlingshemmet 800 kr
Soppa och bröd ca 60 pers 2 400 kr
Hyra av inspelningsutrustning från Studiefrämjandet 600 kr
Affischer 300 kr
Summa 4 100 kr

/Lena

Den lör 7 mars 2026 kl 14:56 skrev Idéslanten – Region Kalmar län <ideslanten@example.se>:

{quoted}
"""
    data = msg(
        d,
        addr("Lena Ståhl", "lena.stahl@example.com"),
        addr("Idéslanten – Region Kalmar län", BOT_ADDR),
        ew("Re: Byavandring Blackstad [Idéslanten 2026-0049]", "utf-8", "B"),
        "<1741543325.90412.7mz8@example.com>",
        text(body, "utf-8", "quoted-printable"),
        [
            "In-Reply-To: <receipt.2026-0049@example.se>",
            f"References: {MID['blackstad-byavandring']} <receipt.2026-0049@example.se>",
            "X-Mailer: Webmail 2.9",
        ],
    )
    add(
        "blackstad-svar-budget",
        d,
        data,
        label(
            "followup",
            "sv",
            "01001",
            "Followup to 3311 (Blackstad) in the thread of the bot's receipt (In-Reply-To = receipt, References = application + receipt), Gmail-like attribution line and '> ' quoting of a receipt that lists contact and budget as missing. The new text supplies both: a named contact with phone from her own address, and a four-item budget (4 100). Association, activity and anchoring are not restated in the new text, and the quoted receipt counts for nothing.",
            contact_name="Lena Ståhl",
            contact_email="lena.stahl@example.com",
            contact_phone="070-614 27 58",
            amount_sek=4100,
            ort="Blackstad",
        ),
    )


@mail
def farbo_vidarebefordrat():
    d = when(10, 10, 44, 18)
    body = """Hej,

den här hamnade hos mig på kommunen, jag tror den ska till er. Vidarebefordrar så får ni avgöra. De har ingen förening vad jag vet.

/Anders Lind
Näringslivsenheten, Oskarshamns kommun
0491-76 40 12

---------- Vidarebefordrat meddelande ---------
Från: Fårbo byn <farbobyn@example.com>
Date: fre 6 mars 2026 kl 21:14
Subject: pengar till byfesten?
To: <anders.lind@example.se>


Hej Anders!

Vi i Fårbo vill ha en byfest, Fårbodagen, lördag 15 augusti. Det blir loppis, tipspromenad, lokala hantverkare och småföretag som visar vad de gör, och en föreläsning om Fårbos historia i missionshuset på eftermiddagen. Meningen är att folk ska träffas och att företagen i byn syns, många nyinflyttade vet inte ens vad som finns här.

Vi hade möte i missionshuset i januari, 22 st kom, och både missionsförsamlingen och skytteföreningen hjälper till med tält och servering.

Vad det kostar ungefär:
föreläsare 3000
hyra missionshuset 1000
hyra tält 2500
reklam 1000
priser tipspromenad 500

Kan vi söka något för det?

Hälsningar från oss i Fårbo
"""
    data = msg(
        d,
        addr("Anders Lind", "anders.lind@example.se"),
        OFFICER,
        "Fwd: pengar till byfesten?",
        "<e2a81b7c94d04f6a8c3b1e0d5f2a7c96@example.se>",
        text(body, "utf-8", "8bit"),
        ["X-Mailer: Microsoft Outlook 16.0", "Content-Language: sv-SE"],
    )
    add(
        "farbo-vidarebefordrat",
        d,
        data,
        label(
            "application",
            "sv",
            "00111",
            "A municipal business officer forwards a villagers' request; the forwarded text is the application and counts as the mail's own. Activity: dated village day with concrete content and local benefit; anchoring: January meeting (22 present) and two local groups helping; budget: five items, sum 8 000 (amount). Association false: 'vi i Fårbo' and the forwarder says they have no association. Contact false: the original is unsigned from a shared village mailbox and the forwarder is not the group's contact, so contact facts are null.",
            ort="Fårbo",
            amount_sek=8000,
        ),
    )


@mail
def algutsboda_sockenforening():
    d = when(10, 22, 5, 50)
    body = """Bästa landsbygdsutvecklare!

Jag skriver å Algutsboda Sockenförenings vägnar. Föreningen (org.nr 802533-6721) bildades 1979 och har idag 152 medlemmar i socknen. Själv var jag lärare på Algutsboda skola i trettiotvå år, tills den stängdes 1998, och jag har sett hur bygden förändrats. När jag började fanns här affär, post, bensinmack och två snickerier. Idag finns ingenting av det kvar, och de unga familjerna som flyttar hit till de billiga husen frågar vad det finns att göra.

Därför vill vi under året genomföra olika insatser som stärker gemenskapen och gör Algutsboda attraktivt för inflyttare. Det kan bli träffar, kanske någon föreläsning eller utflykt, vi får se vad medlemmarna önskar när vi kommer så långt.

På sockenstämman den 22 februari, där 48 personer var närvarande, fick styrelsen uppdraget att söka pengar för detta, och vi har också gjort en enkät bland medlemmarna som fick 63 svar. De flesta vill ha fler tillfällen att träffas.

Vi räknar ungefär så här: lokalhyror ca 3 000 kr, föreläsare 5 000 kr, bussresa 4 000 kr samt fika och annonser 2 000 kr, sammanlagt 14 000 kr.

Med vänlig hälsning

Göran Petersson
sekreterare, Algutsboda Sockenförening
Telefon 0471-520 33
"""
    data = msg(
        d,
        addr("Göran Petersson", "goran.petersson@example.net", "iso-8859-1"),
        OFFICER,
        ew("Ansökan från Algutsboda Sockenförening", "iso-8859-1"),
        "<8f2e3a1b.5c4d.4e6f.9a0b.algutsboda@example.net>",
        text(body, "iso-8859-1", "quoted-printable"),
        [
            "User-Agent: Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.8.0"
        ],
    )
    add(
        "algutsboda-sockenforening",
        d,
        data,
        label(
            "application",
            "sv",
            "11011",
            "Long, courteous mail from a retired teacher, iso-8859-1 quoted-printable. Association with org.nr and 152 members; contact: named signer with phone from own address; anchoring: sockenstämma mandate (48 present) and a members' survey with 63 answers (neither is the member count); budget: four cost items in prose summing to 14 000. Activity false: 'olika insatser som stärker gemenskapen ... kanske någon föreläsning eller utflykt, vi får se' has no concrete what/when/how – the budget lines do not make the activity concrete.",
            association_name="Algutsboda Sockenförening",
            org_number="802533-6721",
            contact_name="Göran Petersson",
            contact_email="goran.petersson@example.net",
            contact_phone="0471-520 33",
            members=152,
            ort="Algutsboda",
            amount_sek=14000,
        ),
    )


@mail
def totebo_fraga_tak():
    d = when(11, 8, 12, 30)
    body = """Hej,

Jag sitter i styrelsen för Totebo IF. Jag har hört att hembygdsföreningen här i Totebo redan har sökt idéslanten i år. Kan vi också söka för en sak vi planerar, eller är det max 15 000 för hela orten tillsammans? Och räknas Totebo och Totebo station som samma ort?

Tacksam för svar innan vi lägger ner jobb på en ansökan.

Mvh Per Holmgren
Totebo IF
070-355 81 26
"""
    data = msg(
        d,
        addr("Per Holmgren", "per.holmgren@example.se"),
        OFFICER,
        "Fraga om ideslanten - tva foreningar i samma by",
        "<CAF3n9wTq1xB0pL7mZ2sV8kYr6dHe4Ju5aGc3NoQiXt0@example.se>",
        text(body, "utf-8", "8bit"),
    )
    add(
        "totebo-fraga-tak",
        d,
        data,
        label(
            "question",
            "sv",
            notes="Question about the per-locality cap: can a second association in the same village apply when the local heritage society already has, and does 'Totebo station' count as the same ort. Plain utf-8 8bit body, ASCII-folded subject. No application: all elements false; the 15 000 is the rule asked about, not an applied amount, so amount_sek is null. The stated ort, sender and association are recorded; salary/investment null.",
            association_name="Totebo IF",
            contact_name="Per Holmgren",
            contact_email="per.holmgren@example.se",
            contact_phone="070-355 81 26",
            ort="Totebo",
        ),
    )


@mail
def vickleby_berattarfestival():
    d = when(11, 18, 20, 14)
    body = """Hej!

Vickleby Bygdegårdsförening (88 medlemmar) söker idéslanten för berättarfestivalen "Alvarets röster" lördag 5 september.

Under dagen har vi en berättarverkstad för barn i bygdegården och en vandring till kalkbrottet där en berättare berättar sägner från Vickleby. På kvällen är det föreställning med tre berättare i bygdegården. Vi samlar också in bybornas egna historier till en liten skrift. Vi vill att festivalen lockar besökare till byn i september när turisterna har åkt och att byborna träffas över generationerna.

Föräldraföreningen på Vickleby skola och Kalkbrottets vänner är med som arrangörer och femton personer har skrivit upp sig som funktionärer.

Budgeten skrev vi på ett papper på mötet, jag tog en bild på den, se bifogat. Vi söker 12 000 kr.

Henrik Bladh
kassör
072-940 16 33
"""
    data = msg(
        d,
        addr("Henrik Bladh", "henrik.bladh@example.org"),
        OFFICER,
        ew("Alvarets röster – ansökan idéslanten"),
        "<CAM4x7hR2nVw9ZqP1sT6yLb8dKe3Uf0Gj5oXcAi2mNr9@example.org>",
        multi(
            "mixed",
            "0000000000004f7c2b0613c9a1e8",
            [
                text(body, "UTF-8", "quoted-printable"),
                attach(png(96, 128, 11), "image/png", "Screenshot_20260311-181533.png"),
            ],
        ),
    )
    add(
        "vickleby-berattarfestival",
        d,
        data,
        label(
            "application",
            "sv",
            "11110",
            "Budget only as a photo: the body says 'se bifogat' and the attachment is a PNG image whose numbers no one can read as text, so budget is false; 'Vi söker 12 000 kr' is a bare figure and gives amount_sek. Association named with 88 members; contact: named treasurer with mobile from own address; activity: dated story-telling festival with concrete programme and local aims; anchoring: two local co-organisers and fifteen volunteers.",
            association_name="Vickleby Bygdegårdsförening",
            contact_name="Henrik Bladh",
            contact_email="henrik.bladh@example.org",
            contact_phone="072-940 16 33",
            members=88,
            ort="Vickleby",
            amount_sek=12000,
        ),
    )


@mail
def ljungbyholm_motorklubb():
    d = when(12, 12, 30, 7)
    body = """Hej

Ljungbyholms Motorklubb vill söka pengar från idéslanten. Vi har 47 medlemmar
och kör folkrace och har en egen bana utanför Ljungbyholm.

Vi vill utveckla verksamheten och få fler i byn att engagera sig i klubben, det
skulle vara bra för hela Ljungbyholm. Alla i klubben är positiva till det.

Kostnader ungefär:
hyra av bana för öppet hus 4000
fika 1000
annonsering 1500

Jimmy Sjöberg
070-917 44 02
"""
    data = msg(
        d,
        addr("Jimmy Sjöberg", "jimmy.sjoberg@example.net", "iso-8859-1"),
        OFFICER,
        "idslanten",
        "<20260312113007.1f3c9e@example.net>",
        text(body, None, "8bit"),
        ["X-Mailer: Claws Mail 4.1.1 (GTK 3.24.38; x86_64-pc-linux-gnu)"],
    )
    add(
        "ljungbyholm-motorklubb",
        d,
        data,
        label(
            "application",
            "sv",
            "11001",
            "Text/plain WITHOUT any charset parameter, Latin-1 8bit bytes (å/ö), subject 'idslanten' as mangled by the sender's client. Association named with 47 members and what it does; contact: named signer with phone from own address; budget: three items with amounts, sum 6 500. Activity false: 'utveckla verksamheten och få fler ... att engagera sig' is a vague wish – an 'öppet hus' appears only as a budget line without when/how/what for the village. Anchoring false: 'Alla i klubben är positiva' is an empty claim about the applicants themselves.",
            association_name="Ljungbyholms Motorklubb",
            contact_name="Jimmy Sjöberg",
            contact_email="jimmy.sjoberg@example.net",
            contact_phone="070-917 44 02",
            members=47,
            ort="Ljungbyholm",
            amount_sek=6500,
        ),
    )


@mail
def gullabo_foraldracafe():
    d = when(12, 20, 47, 33)
    plain = """Hej!

Vi är en grupp föräldrar i Gullabo med småbarn som vill söka idéslanten.

Det finns ingen förskola eller öppen förskola närmare än Torsås, och många som flyttat hit sitter ensamma hemma med sina barn. Vi vill därför ha "Föräldracafé i Gullabo" sex lördagsförmiddagar under hösten (5/9, 19/9, 3/10, 17/10, 31/10 och 14/11) kl 10–12 i bygdegården, med lek och pyssel för barnen och fika för oss vuxna. Två av gångerna bjuder vi in en barnsjuksköterska som föreläser om sömn och mat. Både mammor och pappor är välkomna, och även mor- och farföräldrar.

22 familjer har skrivit upp sig på listan vi satte upp i affären, och Gullabo bygdegårdsförening låter oss hyra till reducerat pris.

Budget:
Hyra bygdegården 6 x 400 kr = 2 400 kr
Föreläsare 2 x 2 500 kr = 5 000 kr
Fika 1 800 kr
Pysselmaterial 800 kr
Summa 10 000 kr

Hälsningar
Sara Lindqvist
0486-401 57 / 073-628 10 95
"""
    html = (
        '<html><body><div style="font-family:Helvetica Neue,Helvetica,Arial,sans-serif;font-size:13px">'
        + "<br>".join(plain.replace("&", "&amp;").split("\n"))
        + "</div></body></html>\n"
    )
    data = msg(
        d,
        addr("Sara Lindqvist", "sara_lindqvist@example.com"),
        addr(None, OFFICER),
        ew("Föräldracafé i Gullabo", "utf-8", "B"),
        "<1188420117.3410592.1773344853108@example.com>",
        multi(
            "alternative",
            "----=_Part_3410591_401277384.1773344853107",
            [
                text(plain, "UTF-8", "quoted-printable"),
                text(html, "UTF-8", "quoted-printable", subtype="html"),
            ],
        ),
        ["X-Mailer: WebService/1.1.23205 YMailNorrin"],
    )
    add(
        "gullabo-foraldracafe",
        d,
        data,
        label(
            "application",
            "sv",
            "01111",
            "Yahoo-style multipart/alternative. Association false: 'en grupp föräldrar i Gullabo' is unnamed; the bygdegårdsförening is only the landlord. Contact: named signer with two phones from own address (first is recorded). Activity: six dated Saturday sessions plus two lectures, with the local need explained; anchoring: 22 families on a sign-up list in the shop plus the bygdegårdsförening's reduced rent; budget: four items, 10 000. 'Både mammor och pappor' → women_and_men true. Lecturer fee is not salary.",
            contact_name="Sara Lindqvist",
            contact_email="sara_lindqvist@example.com",
            contact_phone="0486-401 57",
            ort="Gullabo",
            amount_sek=10000,
            women_and_men=True,
        ),
    )


@mail
def gladhammar_fu_kontakt():
    d = when(13, 9, 20, 45)
    body = (
        """Hej,

Kontaktperson för vår ansökan är ordföranden Kerstin Hallberg, tel 073-207 66 19, kerstin.hallberg@example.org. Hon nås bäst på kvällar.

Hälsningar
Styrelsen, Gladhammars Gruvbyförening

________________________________
Från: Idéslanten – Region Kalmar län <ideslanten@example.se>
Skickat: den 3 mars 2026 21:49
Till: Gladhammars Gruvbyförening <styrelsen.gruvbyn@example.org>
Ämne: Re: Ansökan idéslanten 2026 – Gladhammar [Idéslanten 2026-0044]

"""
        + receipt_quote("2026-0044", ["contact"], style="")
        + "\n"
    )
    data = msg(
        d,
        addr("Gladhammars Gruvbyförening", "styrelsen.gruvbyn@example.org"),
        addr("Idéslanten – Region Kalmar län", BOT_ADDR),
        ew("SV: Re: Ansökan idéslanten 2026 – Gladhammar [Idéslanten 2026-0044]"),
        "<f03b9d27-6e1a-4c88-b2d5-7a19c0e4f611@example.org>",
        text(body, "utf-8", "quoted-printable"),
        [
            "In-Reply-To: <receipt.2026-0044@example.se>",
            f"References: {MID['gladhammar-gruvvandring']} <receipt.2026-0044@example.se>",
            "X-Mailer: Microsoft Outlook 16.0",
        ],
    )
    add(
        "gladhammar-svar-kontakt",
        d,
        data,
        label(
            "followup",
            "sv",
            "01000",
            "Followup to 3304 (Gladhammar) from the same shared board mailbox, Outlook style: new text on top, then an unindented 'Från/Skickat/Till/Ämne' block and the bot's receipt without '>' markers (quoted text that lists 'Kontaktperson' as missing must not count). The new text names a reachable contact (chair with phone and own e-mail), so contact is true and contact_email is hers, not the shared mailbox. Nothing else is added.",
            association_name="Gladhammars Gruvbyförening",
            contact_name="Kerstin Hallberg",
            contact_email="kerstin.hallberg@example.org",
            contact_phone="073-207 66 19",
        ),
    )


@mail
def langemala_hjartstart():
    d = when(13, 15, 3, 51)
    plain = """Hej!

Långemåla Bygdeförening (org.nr 802498-7466, 39 medlemmar) ansöker om idéslanten för HLR-kurs för byborna.

Ambulansen har 45 minuter hit, så vi vill att fler kan hjälpa varandra. Vi hyr in en instruktör från Röda korset som håller två kvällar i bygdegården, 21 och 28 april, med hjärt-lungräddning och första hjälpen för vuxna och ungdomar. Vi ska också köpa en hjärtstartare som sätts upp på bygdegårdens vägg så den finns för hela byn.

Alla vi har pratat med tycker det är en jättebra idé.

Budget
Instruktör 2 kvällar 6 000
Hyra övningsdockor 800
Fika 900
Hjärtstartare inkl. skåp 12 000
Totalt 19 700, vi söker 15 000 kr

Med vänlig hälsning
Styrelsen
Långemåla Bygdeförening
"""
    html = (
        "<html><body>"
        + "".join(f"<p>{p.replace(chr(10), '<br>')}</p>" for p in plain.split("\n\n") if p)
        + "</body></html>\n"
    )
    data = msg(
        d,
        addr("Långemåla Bygdeförening", "info.langemala@example.se"),
        OFFICER,
        ew("HLR-kurs och hjärtstartare Långemåla"),
        "<0b7e2c14d9a64f51@example.se>",
        multi(
            "alternative",
            "b1_0b7e2c14d9a64f51",
            [text(plain, "utf-8", "8bit"), text(html, "utf-8", "8bit", subtype="html")],
        ),
        ["X-Mailer: One.com Webmail"],
    )
    add(
        "langemala-hjartstart",
        d,
        data,
        label(
            "application",
            "sv",
            "10101",
            "Multipart/alternative 8bit from the association's info mailbox, signed 'Styrelsen'. Association with org.nr and 39 members; activity: two dated CPR evenings with a hired instructor and a clear local reason; budget: four items, total 19 700 with 15 000 applied (amount = the applied 15 000). Contact false: no named person anywhere. Anchoring false: 'Alla vi har pratat med tycker det är en jättebra idé' is an empty claim. Buying and mounting a defibrillator is a physical investment → true; the instructor's fee is not salary.",
            association_name="Långemåla Bygdeförening",
            org_number="802498-7466",
            members=39,
            ort="Långemåla",
            amount_sek=15000,
            physical_investment=True,
        ),
    )


@mail
def autosvar_langemala():
    d = when(13, 15, 4, 27)
    body = """Tack för ditt mejl!

Föreningens brevlåda läses ungefär en gång i veckan. Brådskande ärenden om bokning av bygdegården: ring bokningstelefonen 0491-360 25.

Långemåla Bygdeförening
"""
    data = msg(
        d,
        addr("Långemåla Bygdeförening", "info.langemala@example.se"),
        addr("Idéslanten – Region Kalmar län", BOT_ADDR),
        ew("Automatiskt svar: Re: HLR-kurs och hjärtstartare Långemåla [Idéslanten 2026-0057]"),
        "<ar.0b7e2c14d9a64f52@example.se>",
        text(body, "utf-8", "8bit"),
        [
            "In-Reply-To: <receipt.2026-0057@example.se>",
            f"References: {MID['langemala-hjartstart']} <receipt.2026-0057@example.se>",
            "Auto-Submitted: auto-replied",
            "X-Autoreply: yes",
        ],
    )
    add(
        "autosvar-langemala",
        d,
        data,
        label(
            "autoreply",
            "sv",
            notes="Auto-reply from the shared mailbox of the Långemåla association (the HLR-kurs application just before) to the bot's receipt, seconds after it: Auto-Submitted: auto-replied and X-Autoreply headers, 'Automatiskt svar' subject, References naming the application. It contains a phone number but supplies nothing: autoreply, all elements false, all facts null; the bot must not answer it.",
        ),
    )


@mail
def kristvalla_franvaro():
    d = when(9, 8, 30, 58)
    body = """Hej!

Jag är på semester och är tillbaka måndag 23 mars. Under tiden läser jag inte min e-post.

Gäller det byarådet kan du vända dig till ordföranden Tomas Berg.

Anna-Karin Lövgren
"""
    data = msg(
        d,
        addr("Anna-Karin Lövgren", "annakarin.lovgren@example.se"),
        addr("Idéslanten – Region Kalmar län", BOT_ADDR),
        ew("Ej på plats t.o.m. 23/3", "iso-8859-1"),
        "<b4e8c3d1f6a24e7090a1c2d3e4f5a6b7@example.se>",
        text(body, "iso-8859-1", "quoted-printable"),
        ["X-Mailer: Microsoft Outlook 16.0"],
    )
    add(
        "kristvalla-franvaro",
        d,
        data,
        label(
            "autoreply",
            "sv",
            notes="Out-of-office reply WITHOUT any automation header (no Auto-Submitted, X-Autoreply or Precedence) and without In-Reply-To: only the subject 'Ej på plats t.o.m. 23/3', the timing (28 seconds after the Kristvalla application, i.e. in answer to the bot's receipt) and the vacation wording show it is automatic. It names another person in the village but supplies nothing for the application: autoreply, all elements false, all facts null.",
        ),
    )


@mail
def fliseryd_fredagskvallar():
    d = when(14, 11, 11, 11)
    body = """Hej!

Fliseryds Folkets husförening har 74 medlemmar och driver Folkets hus mitt i Fliseryd. Vi vill söka idéslanten för fredagskvällar för ungdomar 13-17 år i Folkets hus, varje fredag kl 19-23 från 10 april till 12 juni. Det finns inget för ungdomarna att göra i byn på kvällarna och bussen till Mönsterås går sista gången 18.40.

Det ska vara öppet för både tjejer och killar, med pingis, spel, film och fika, och ungdomarna ska själva vara med och bestämma. För att det ska fungera vill vi anställa en ungdomsledare på timmar, 4 timmar varje fredag.

Tjugo föräldrar har lovat att turas om som extra vuxna, och Fliseryds IK och Svenska kyrkan i Fliseryd är med och sprider det till ungdomarna.

Det blir totalt ca 15 000 kr, det mesta är lönen till ungdomsledaren.

Malin Ek
sekreterare
076-802 33 41
"""
    data = msg(
        d,
        addr("Malin Ek", "malin.ek@example.se"),
        OFFICER,
        ew("Idéslanten – Fredagskvällar i Folkets hus Fliseryd"),
        "<DU2P195MB2204F3A1C9B0E7D5@example.se>",
        text(body, "utf-8", "quoted-printable"),
        ["X-Mailer: Microsoft Outlook 16.0", "Content-Language: sv-SE"],
    )
    add(
        "fliseryd-fredagskvallar",
        d,
        data,
        label(
            "application",
            "sv",
            "11110",
            "Application that would pay wages: a youth leader employed by the hour → salary_costs true. Association named with 74 members and what it runs; contact named with phone from own address; activity: weekly Friday evenings 10 April–12 June with content and a clear local need; anchoring: twenty parents volunteering plus IK and the church helping. Budget false: only 'totalt ca 15 000 kr, det mesta är lönen' – a rough total, no items; 15 000 is the amount. 'både tjejer och killar' → women_and_men true.",
            association_name="Fliseryds Folkets husförening",
            contact_name="Malin Ek",
            contact_email="malin.ek@example.se",
            contact_phone="076-802 33 41",
            members=74,
            ort="Fliseryd",
            amount_sek=15000,
            women_and_men=True,
            salary_costs=True,
        ),
    )


@mail
def lindas_fu_inget():
    d = when(14, 21, 40, 2)
    body = (
        """ok tack! ska fixa en budget o skriva mer om vad vi ska göra, tar det med styrelsen på måndag 👍

/Elin

Skickat från min iPhone

> 4 mars 2026 kl. 16:23 skrev Idéslanten – Region Kalmar län <ideslanten@example.se>:
>
"""
        + receipt_quote("2026-0045", ["activity", "budget"], style="> ")
        + "\n"
    )
    data = msg(
        d,
        addr("Elin K", "elin.karlsson92@example.com"),
        addr("Idéslanten – Region Kalmar län", BOT_ADDR),
        ew("Sv: idéslanten lindås [Idéslanten 2026-0045]"),
        "<9C1D4E7F-2B3A-4C5D-8E6F-7A8B9C0D1E2F@example.com>",
        text(body, "utf-8", "quoted-printable", params="; format=flowed; delsp=yes"),
        [
            "In-Reply-To: <receipt.2026-0045@example.se>",
            f"References: {MID['lindas-ungdomar']} <receipt.2026-0045@example.se>",
            "X-Mailer: iPhone Mail (22D82)",
        ],
    )
    add(
        "lindas-svar-utan-innehall",
        d,
        data,
        label(
            "followup",
            "sv",
            "01000",
            "iPhone followup in the Lindås thread (emoji, 'Sv:' subject, '>' quoted receipt asking for activity and budget) that only promises to come back after Monday's board meeting. Nothing of the missing activity or budget is supplied. Contact is true only because it is signed by a named person ('/Elin') from her own address, per the followup rule; no phone in the new text.",
            contact_name="Elin",
            contact_email="elin.karlsson92@example.com",
        ),
    )


@mail
def fora_kort():
    d = when(15, 17, 40, 29)
    body = """Hej! Jag söker härmed idéslanten för vår by Föra. Vi hade stormöte i bygdegården 1 mars, 35 pers kom och alla röstade för att vi ska söka, och hembygdsföreningen och jaktlaget är också med på det. Vi ska göra saker som gör byn levande året runt. Ring mig så berättar jag mer!

Kjell Nordin
070-266 90 17
"""
    data = msg(
        d,
        addr("Kjell Nordin", "kjell.nordin@example.net"),
        OFFICER,
        ew("Idéslanten Föra"),
        "<4f9a1e2b-0c3d-4e5f-a6b7-c8d9e0f1a2b3@example.net>",
        text(body, "utf-8", "8bit"),
        ["User-Agent: Roundcube Webmail/1.6.9"],
    )
    add(
        "fora-kort",
        d,
        data,
        label(
            "application",
            "sv",
            "01010",
            "Very short application from a villager who would rather talk on the phone. Contact: named signer with phone from own address. Anchoring true: a village meeting of 1 March (35 present) voted for it and two local groups back it. Association false: 'vår by' is no group; the heritage society and hunting team are supporters, not the applicant. Activity false: 'saker som gör byn levande' is a vague wish. Budget false: nothing at all, no amount.",
            contact_name="Kjell Nordin",
            contact_email="kjell.nordin@example.net",
            contact_phone="070-266 90 17",
            ort="Föra",
        ),
    )


@mail
def spam_bidragsexperten():
    d = when(16, 7, 55, 40)
    body = """Hej!

Visste du att över 70 % av alla föreningar missar bidrag de har rätt till?

Bidragsexperten hjälper er att söka EU-stöd, LONA, Leader och regionala bygdepengar. Vi skriver hela ansökan åt er – ni betalar bara om den beviljas (25 % av beviljat belopp, minst 4 900 kr).

✔ 98 % beviljade ansökningar
✔ Över 1 200 nöjda föreningar
✔ Svar inom 24 timmar

Boka ett kostnadsfritt samtal idag: https://www.example.com/boka

Med vänliga hälsningar
Bidragsexperten Norden

Du får detta mejl eftersom din adress finns i ett offentligt register. Vill du inte ha fler utskick, svara STOPP.
"""
    data = msg(
        d,
        addr("Bidragsexperten", "info@example.com"),
        addr(None, OFFICER),
        ew("Missar er förening bidrag? Vi söker åt er – 98 % beviljade", "utf-8", "B"),
        "<20260316065540.bx.44192@example.com>",
        text(body, "utf-8", "base64"),
        ["X-Mailer: SendBlaster 4"],
    )
    add(
        "spam-bidragsexperten",
        d,
        data,
        label(
            "spam",
            "sv",
            notes="Unsolicited sales mail from a 'grant consultant' offering to write applications for a success fee; mentions bygdepengar, amounts and 'ansökan' but applies for nothing and has no List-Unsubscribe header (only 'svara STOPP'), so it is spam, not a newsletter. All elements false, all facts null.",
        ),
    )


@mail
def pelarne_kassoren():
    d = when(16, 19, 20, 8)
    body = """Hej!

Pelarne Sockenråd, org.nr 802446-2098, söker härmed idéslanten för "Pelarne kyrkby - kväll om bredband och boende".

Sockenrådet är en ideell förening för alla som bor i Pelarne socken, idag 57 medlemmar.

Torsdag 23 april kl 19 ordnar vi en informations- och samtalskväll i sockenstugan. Vi bjuder in en föreläsare från en byalagsfiber i Småland som berättar hur de byggde ut fibern med ideella krafter, och en person från Vimmerby kommuns bostadsbolag om möjligheten att bygga några hyreslägenheter i byn. Sedan samtalar vi i grupper om vad byn vill göra. Målet är att starta en fiberförening och en arbetsgrupp för boende, så att unga kan bo kvar.

Sockenrådets höstmöte (29 närvarande) beslutade om kvällen och Pelarne hembygdsförening och Pelarne skytteförening hjälper till med fika och utskick till alla hushåll.

Budget:
Föreläsare inkl. resa 3 500 kr
Hyra sockenstugan 600 kr
Fika 700 kr
Utskick till hushållen 900 kr
Summa 5 700 kr

Hälsningar
Kassören
Pelarne Sockenråd
"""
    data = msg(
        d,
        addr("Pelarne Sockenråd", "pelarne.sockenrad@example.org"),
        OFFICER,
        ew("Ansökan idéslanten Pelarne Sockenråd", "iso-8859-1"),
        "<53c1a8f0e2b74d96b1e0a7c4d2f3e5a1@example.org>",
        text(body, "iso-8859-1", "8bit"),
        ["User-Agent: Horde Application Framework 5"],
    )
    add(
        "pelarne-kassoren",
        d,
        data,
        label(
            "application",
            "sv",
            "10111",
            "iso-8859-1 8bit application from the association's shared mailbox, signed only 'Kassören' – a role, not a named person – so contact is false and the contact facts are null. Association with org.nr and 57 members; activity: dated information and dialogue evening with clear goals (fibre association, housing group); anchoring: autumn meeting decision (29 present) and two local groups helping; budget four items, 5 700.",
            association_name="Pelarne Sockenråd",
            org_number="802446-2098",
            members=57,
            ort="Pelarne",
            amount_sek=5700,
        ),
    )


@mail
def bounce_pelarne():
    d = when(16, 19, 21, 14)
    human = """This is the mail system at host mx2.example.org.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<pelarne.sockenrad@example.org>: host mx2.example.org[192.0.2.44] said: 552
    5.2.2 <pelarne.sockenrad@example.org>: Mailbox full, quota exceeded (in
    reply to RCPT TO command)
"""
    dsn = """Reporting-MTA: dns; mx2.example.org
X-Postfix-Queue-ID: 4dQ7Hm1Vz3z9sKq
X-Postfix-Sender: rfc822; ideslanten@example.se
Arrival-Date: Mon, 16 Mar 2026 19:20:41 +0100 (CET)

Final-Recipient: rfc822; pelarne.sockenrad@example.org
Original-Recipient: rfc822;pelarne.sockenrad@example.org
Action: failed
Status: 5.2.2
Remote-MTA: dns; mx2.example.org
Diagnostic-Code: smtp; 552 5.2.2 <pelarne.sockenrad@example.org>: Mailbox full,
    quota exceeded
"""
    orig = f"""Return-Path: <ideslanten@example.se>
From: =?utf-8?Q?Id=C3=A9slanten_=E2=80=93_Region_Kalmar_l=C3=A4n?= <ideslanten@example.se>
To: pelarne.sockenrad@example.org
Subject: {ew("Re: Ansökan idéslanten Pelarne Sockenråd [Idéslanten 2026-0060]")}
Date: Mon, 16 Mar 2026 19:20:40 +0100
Message-ID: <receipt.2026-0060@example.se>
In-Reply-To: {MID["pelarne-kassoren"]}
References: {MID["pelarne-kassoren"]}
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
"""
    report = Part(
        [
            'Content-Type: multipart/report; report-type=delivery-status; boundary="4dQ7Hm1Vz3z9sKq.1773685274/mx2.example.org"'
        ],
        b"This is a MIME-encapsulated message.\n\n"
        + b"--4dQ7Hm1Vz3z9sKq.1773685274/mx2.example.org\nContent-Description: Notification\nContent-Type: text/plain; charset=us-ascii\n\n"
        + human.encode()
        + b"\n--4dQ7Hm1Vz3z9sKq.1773685274/mx2.example.org\nContent-Description: Delivery report\nContent-Type: message/delivery-status\n\n"
        + dsn.encode()
        + b"\n--4dQ7Hm1Vz3z9sKq.1773685274/mx2.example.org\nContent-Description: Undelivered Message Headers\nContent-Type: text/rfc822-headers\n\n"
        + orig.encode()
        + b"\n--4dQ7Hm1Vz3z9sKq.1773685274/mx2.example.org--\n",
    )
    data = msg(
        d,
        addr("Mail Delivery System", "MAILER-DAEMON@example.org"),
        BOT_ADDR,
        "Undelivered Mail Returned to Sender",
        "<20260316182114.4dQ7Hm1Vz3z9sKq@example.org>",
        report,
        ["Auto-Submitted: auto-replied"],
    )
    add(
        "bounce-pelarne",
        d,
        data,
        label(
            "bounce",
            "en",
            notes="Postfix DSN (multipart/report; report-type=delivery-status) for the bot's receipt to the Pelarne application's shared mailbox: 552 mailbox full. The returned headers reference the application's Message-ID, which does not make it a followup. Bounce: all elements false, all facts null; never answered.",
        ),
    )


@mail
def boda_fu_budget_csv():
    d = when(17, 10, 2, 36)
    csv_text = "Post;Belopp kr\nBuss Böda-Hållnäs t/r 2 dagar (offert);9800\nÖvernattning vandrarhem 30 pers;0\nStudiebesök och guidning;1200\nFika och mat under resan (egen matsäck ej inräknad);2100\nUppföljningsmöte i Bödagården, fika;500\nSumma;13600\n"
    body = (
        """Hej igen,

Nu har vi fått offerten från bussbolaget så här kommer budgeten, se bifogad fil. Det blev 13 600 kr. Övernattningen betalar var och en själv.

Vi hade också styrelsemöte i söndags och vi har nu en lista med 34 bybor som anmält sig till resan, och Böda Hembygdsförening och Böda Företagarförening har lovat att vara med på mötet efteråt.

Hälsningar
Sven-Olof Gerdin

----- Original Message -----
From: Idéslanten - Region Kalmar län
To: svenolof.gerdin@example.net
Sent: Monday, March 02, 2026 7:11 PM
Subject: Re: studieresa Boda byalag [Idéslanten 2026-0042]

"""
        + receipt_quote("2026-0042", ["anchoring", "budget"], style="")
        + "\n"
    )
    data = msg(
        d,
        addr("Sven-Olof Gerdin", "svenolof.gerdin@example.net", "iso-8859-1"),
        addr("Idéslanten - Region Kalmar län", BOT_ADDR),
        "Re: studieresa Boda byalag [Ideslanten 2026-0042]",
        "<000a01dcb5f2$8e1b4c30$2a51e490$@example.net>",
        multi(
            "mixed",
            "----=_NextPart_000_000B_01DCB5F2.8E1B4C30",
            [
                text(body.replace("–", "-"), "iso-8859-1", "quoted-printable"),
                Part(
                    [
                        'Content-Type: text/csv; charset="iso-8859-1"; name="budget studieresa.csv"',
                        "Content-Transfer-Encoding: base64",
                        'Content-Disposition: attachment; filename="budget studieresa.csv"',
                    ],
                    base64.encodebytes(csv_text.encode("iso-8859-1")),
                ),
            ],
            preamble="This is a multi-part message in MIME format.",
        ),
        [
            "In-Reply-To: <receipt.2026-0042@example.se>",
            f"References: {MID['boda-studieresa']} <receipt.2026-0042@example.se>",
            "X-Mailer: Microsoft Outlook 16.0",
        ],
    )
    add(
        "boda-svar-budget",
        d,
        data,
        label(
            "followup",
            "sv",
            "01011",
            "Followup to the Böda study-trip application (receipt asked for anchoring and budget), iso-8859-1 with the old Outlook '----- Original Message -----' block and unmarked quoted receipt; subject keeps the ASCII form of the tag. The new text adds a budget as a semicolon .csv (items incl. a 0 line, sum 13 600) and anchoring: 34 residents signed up and two local groups joining the follow-up meeting. Contact: named signer from his own address (no phone in the new text). Self-paid overnight stay is no cost.",
            contact_name="Sven-Olof Gerdin",
            contact_email="svenolof.gerdin@example.net",
            ort="Böda",
            amount_sek=13600,
        ),
    )


@mail
def kalla_question_en():
    d = when(18, 14, 30, 55)
    body = """Hello,

I hope it is ok to write in English. We are a small group of house owners in Källa on the east coast of Öland, some live here all year and some only in summer. We call ourselves "Friends of Källa" but we are not a registered association yet.

We are thinking of organising a summer concert with a talk about the history of Källa old church in July. Two questions before we apply:

1. Do summer residents count as members for the 10-member rule, or must members be registered in the village?
2. Is there a deadline for applications this year?

Thank you very much!

Best wishes,
Ulrike Brandt
+49 171 5528 903 / 076-119 42 80
"""
    data = msg(
        d,
        addr("Ulrike Brandt", "ulrike.brandt@example.net"),
        OFFICER,
        "Question about ideslanten (summer residents)",
        "<e8b1f7d2-3c4a-4b5e-9f60-71a2b3c4d5e6@example.net>",
        text(body, "utf-8", "8bit"),
        ["User-Agent: Mozilla Thunderbird 128.8.0", "Content-Language: en-GB"],
    )
    add(
        "kalla-question-en",
        d,
        data,
        label(
            "question",
            "en",
            notes="English question (plain utf-8 8bit) from a summer resident: do summer residents count toward the 10-member rule, and is there a deadline. A planned concert is mentioned only as background ('before we apply'), so it is a question, all elements false. Facts record what the mail states: the informal group name, the sender with her first phone number (a German mobile), ort Källa; no members, no amount; salary/investment null.",
            association_name="Friends of Källa",
            contact_name="Ulrike Brandt",
            contact_email="ulrike.brandt@example.net",
            contact_phone="+49 171 5528 903",
            ort="Källa",
        ),
    )


@mail
def glomminge_repair_cafe():
    d = when(19, 22, 10, 4)
    body = """Hej!

Vi är några i Glömminge som vill starta ett repair café – alltså att man tar med sig trasiga saker (kläder, cyklar, lampor, små maskiner) och så hjälps vi åt att laga dem. Första lördagen varje månad april till september, kl 10–14 i Glömminge bygdegård. Det blir en mötesplats och folk slipper köra till Kalmar för att laga eller köpa nytt.

18 volontärer har anmält sig via byns Facebookgrupp, bl.a. två cykelmekaniker och en sömmerska, och Glömminge bygdegårdsförening låter oss vara i lokalen. Verktyg lånar vi av varandra.

Vad det kostar vet vi inte riktigt än, kanske 10 000?

Mvh Ebba Nilsson
070-481 52 66
"""
    data = msg(
        d,
        addr("Ebba Nilsson", "ebba.nilsson@example.org"),
        OFFICER,
        ew("Repair café i Glömminge?", "utf-8", "B"),
        "<CAH9kPq2mLx7Tn4Rz0vB8wYs3eJf6dGu1aKc5NoIiXt2@example.org>",
        multi(
            "alternative",
            "00000000000091d3a40614a1b2c3",
            [
                text(body, "UTF-8", "quoted-printable"),
                text(
                    '<div dir="ltr">' + body.replace("\n", "<br>\n") + "</div>\n",
                    "UTF-8",
                    "quoted-printable",
                    subtype="html",
                ),
            ],
        ),
    )
    add(
        "glomminge-repair-cafe",
        d,
        data,
        label(
            "application",
            "sv",
            "01110",
            "Gmail-style multipart/alternative with a question mark in the subject but a real application. Association false: 'vi är några i Glömminge' is unnamed, the bygdegårdsförening only lends the hall. Contact: named signer with phone from own address. Activity: monthly dated repair café with a clear local benefit; anchoring: 18 volunteers signed up (not members) plus the bygdegårdsförening. Budget false: 'kanske 10 000?' is a single uncertain figure, which is still the amount. Borrowed tools: no investment.",
            contact_name="Ebba Nilsson",
            contact_email="ebba.nilsson@example.org",
            contact_phone="070-481 52 66",
            ort="Glömminge",
            amount_sek=10000,
        ),
    )


@mail
def vickleby_fu_budget_docx():
    d = when(20, 18, 5, 19)
    doc = docx(
        [
            "# Budget – Alvarets röster 5 september 2026",
            [
                ["Kostnad", "Belopp"],
                ["Arvode berättare 3 st à 2 500 kr", "7 500 kr"],
                ["Hyra ljud och ljus", "1 500 kr"],
                ["Tryck av skriften med bybornas berättelser", "1 800 kr"],
                ["Soppa och fika", "1 200 kr"],
                ["Summa", "12 000 kr"],
            ],
            "Bygdegården upplåts utan kostnad av föreningen.",
        ]
    )
    body = (
        """Hej!

Här kommer budgeten renskriven i Word, fotot var visst inte så bra.

Henrik Bladh
Vickleby Bygdegårdsförening

Den 2026-03-11 kl. 18:21, skrev Idéslanten – Region Kalmar län:
"""
        + receipt_quote("2026-0054", ["budget"], style="> ")
        + "\n"
    )
    data = msg(
        d,
        addr("Henrik Bladh", "henrik.bladh@example.org"),
        addr("Idéslanten – Region Kalmar län", BOT_ADDR),
        ew("Re: Alvarets röster – ansökan idéslanten [Idéslanten 2026-0054]"),
        "<5d2c7e91-a4b3-4f10-8e6d-c9b0a1f2e3d4@example.org>",
        multi(
            "mixed",
            "------------Ab3Cd5Ef7Gh9Ij1Kl3Mn5Op7",
            [
                text(body, "UTF-8", "8bit", params="; format=flowed"),
                attach(
                    doc,
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                    "budget alvarets roster.docx",
                ),
            ],
            preamble="This is a multi-part message in MIME format.",
        ),
        [
            "In-Reply-To: <receipt.2026-0054@example.se>",
            f"References: {MID['vickleby-berattarfestival']} <receipt.2026-0054@example.se>",
            "User-Agent: Mozilla Thunderbird 128.8.0",
        ],
    )
    add(
        "vickleby-svar-budget",
        d,
        data,
        label(
            "followup",
            "sv",
            "01001",
            "Thunderbird followup to the Vickleby festival application whose budget was only a photo: the new budget is a readable .docx table (four items, 12 000). Contact: named signer from his own address. The association name in the signature is only a signature line, not new details about the group, so association stays false; the quoted receipt adds nothing. Storytellers' fees are not salary.",
            association_name="Vickleby Bygdegårdsförening",
            contact_name="Henrik Bladh",
            contact_email="henrik.bladh@example.org",
            ort="Vickleby",
            amount_sek=12000,
        ),
    )


@mail
def alem_filmkvallar():
    d = when(23, 9, 0, 37)
    body = """Hej,

Ålems Bygdegårdsförening (org.nr 802512-0505) söker idéslanten för "Ålem på film".

Om oss: föreningen äger bygdegården i Ålem och har 47 medlemmar. Vi ordnar danser, loppisar och julmarknad.

Aktiviteten: Hembygdsföreningen har låtit digitalisera gamla 8 mm-filmer från Ålem och Timmernabben från 1950- till 70-talet. Vi visar dem under fem torsdagskvällar i september–oktober i bygdegården, och varje kväll leder en lokal hembygdsforskare ett samtal med de äldre som känner igen folk och platser. Det som kommer fram skrivs ner och läggs in i arkivet, och unga och nyinflyttade får lära känna bygden. För att kunna visa filmerna köper vi en projektor och en duk som sedan blir kvar i bygdegården.

Förankring: Årsmötet 7 mars (33 närvarande) beslutade att genomföra filmkvällarna. Ålems hembygdsförening lånar ut filmerna och PRO Ålem ordnar fikat.

Budget:
Projektor och duk          7 900 kr
Arvode samtalsledare 5x800 4 000 kr
Fika                       1 500 kr
Annonsering                  600 kr
Totalt                    14 000 kr

Kontaktperson: Bengt Ivarsson, ordförande, 0499-210 48, bengt.ivarsson@example.se

Vänliga hälsningar
Bengt Ivarsson
"""
    data = msg(
        d,
        addr("Bengt Ivarsson", "bengt.ivarsson@example.se"),
        addr("Landsbygdsutvecklare Region Kalmar län", OFFICER),
        ew("Ansökan idéslanten – Ålem på film"),
        "<VI1PR08MB4471C2D0B9A1E3F5@example.se>",
        text(body, "utf-8", "quoted-printable"),
        ["X-Mailer: Microsoft Outlook 16.0", "Content-Language: sv-SE"],
    )
    add(
        "alem-filmkvallar",
        d,
        data,
        label(
            "application",
            "sv",
            "11111",
            "Complete application (utf-8 QP, headed sections, aligned budget) that nevertheless breaks a rule: buying a projector and screen that stay in the bygdegård is a physical investment → true. Association with org.nr and 47 members; named contact with phone and e-mail; activity: five film-and-conversation evenings with a concrete local outcome; anchoring: annual-meeting decision (33 present) and two local groups taking part; budget four items, 14 000. The conversation leader's fee is not salary.",
            association_name="Ålems Bygdegårdsförening",
            org_number="802512-0505",
            contact_name="Bengt Ivarsson",
            contact_email="bengt.ivarsson@example.se",
            contact_phone="0499-210 48",
            members=47,
            ort="Ålem",
            amount_sek=14000,
            physical_investment=True,
        ),
    )


@mail
def nl_studieforbund_var():
    d = when(24, 12, 0, 0)
    html = """<html><head><meta charset="utf-8"></head><body style="font-family:Verdana,sans-serif">
<h1 style="color:#8a2b5c">Vårens cirklar i Mönsterås och Högsby</h1>
<p>Hej cirkelvän!</p>
<ul>
<li><b>Släktforskning för nybörjare</b> – Fågelfors bibliotek, start 8 april</li>
<li><b>Ukulele för alla</b> – Mönsterås, start 9 april</li>
<li><b>Söka pengar till er förening</b> – kvällskurs om budget, förankring och hur man skriver en ansökan, Högsby 15 april</li>
<li><b>Torrmursbygge</b> – heldag på Strömsrum 25 april</li>
</ul>
<p>Anmälan på <a href="https://www.example.net/kurser">www.example.net/kurser</a> eller ring 0499-100 00.</p>
<hr><p style="font-size:10px">Du får detta utskick som kontakt hos Studieförbundet Kustlandet. <a href="https://www.example.net/u/ab12cd">Avregistrera</a></p>
</body></html>
"""
    data = msg(
        d,
        addr("Studieförbundet Kustlandet", "utskick@example.net"),
        "undisclosed-recipients:;",
        ew("Vårens cirklar – anmäl dig nu!"),
        "<20260324110000.ab12cd.29417@example.net>",
        text(html, "utf-8", "base64", subtype="html"),
        [
            "List-Id: <kurser.example.net>",
            "List-Unsubscribe: <https://www.example.net/u/ab12cd>",
        ],
    )
    add(
        "nl-studieforbund-var",
        d,
        data,
        label(
            "newsletter",
            "sv",
            notes="Study association's course mailing: HTML-only base64, To: undisclosed-recipients, List-Id and List-Unsubscribe but NO Precedence header. One course is about how to write a grant application (budget, förankring), which must not make it look like one. Newsletter: all elements false, all facts null.",
        ),
    )


@mail
def hagby_kvinnoforum():
    d = when(25, 20, 15, 42)
    budget_txt = """BUDGET Starta eget-kvällar, Hagby Kvinnoforum

Föreläsararvoden 4 kvällar à 2 000 kr    8 000 kr
Lokalhyra församlingshemmet 4 x 350 kr  1 400 kr
Fika                                     1 200 kr
Marknadsföring (affischer, annons)         400 kr
------------------------------------------------
Summa                                   11 000 kr
"""
    body = """Hej!

Hagby Kvinnoforum är en ideell förening för kvinnor som bor i Hagby med omnejd söder om Kalmar. Vi bildades 2022, har 19 medlemmar och org.nr 802480-9934. Vi träffas en gång i månaden och ordnar föreläsningar och nätverksträffar.

Vi söker idéslanten för "Starta eget på landet" – fyra kvällar i Hagby församlingshem (15/4, 29/4, 13/5 och 27/5) för traktens kvinnor som funderar på att starta företag här hemma. En redovisningskonsult går igenom bokföring och skatt, en kvinna från byn som driver gårdsbutik berättar hur hon gjorde, Almi håller en kväll om finansiering och sista kvällen gör vi en lokal "företagskarta" över Hagby. Fler företag här ger fler jobb och mer liv i byn.

Vi gör det tillsammans med Hagby Företagarförening som hjälper till med föreläsare, och 26 kvinnor har redan anmält intresse via Hagbys Facebookgrupp.

Budgeten finns i bifogad fil (11 000 kr).

Kontakt: Sofia Ahlgren, 073-590 12 84

Varma hälsningar
Sofia Ahlgren
ordförande
"""
    data = msg(
        d,
        addr("Sofia Ahlgren", "sofia.ahlgren@example.com"),
        OFFICER,
        ew("Ansökan idéslanten: Starta eget på landet, Hagby", "iso-8859-1"),
        "<3A7F2C91-8E4B-4D6A-B1C0-9F8E7D6C5B4A@example.com>",
        multi(
            "mixed",
            "Apple-Mail=_8E2A4C61-0B9D-4F37-A5E1-3C7B9D2F4A60",
            [
                text(body, "utf-8", "quoted-printable"),
                Part(
                    [
                        'Content-Type: text/plain; charset=utf-8; name="budget.txt"',
                        "Content-Transfer-Encoding: 8bit",
                        'Content-Disposition: attachment; filename="budget.txt"',
                    ],
                    budget_txt.encode("utf-8"),
                ),
            ],
        ),
        ["X-Mailer: Apple Mail (2.3826.400.131.1.6)"],
    )
    add(
        "hagby-kvinnoforum",
        d,
        data,
        label(
            "application",
            "sv",
            "11111",
            "Complete application whose activity targets women only ('för traktens kvinnor', a women's association) → women_and_men false; the rule breach shows in the facts, not the elements. Budget in a text/plain .txt attachment (8bit) with four items, 11 000. Association with org.nr and 19 members; contact named with phone from own address; activity: four dated evenings with content and local benefit; anchoring: local business association cooperating and 26 women who signed up (interest, not members).",
            association_name="Hagby Kvinnoforum",
            org_number="802480-9934",
            contact_name="Sofia Ahlgren",
            contact_email="sofia.ahlgren@example.com",
            contact_phone="073-590 12 84",
            members=19,
            ort="Hagby",
            amount_sek=11000,
            women_and_men=False,
        ),
    )


@mail
def langemala_fu_styrelsen():
    d = when(26, 10, 30, 6)
    body = (
        """Hej

Vi förstår inte riktigt vad som saknas, allt står ju i ansökan vi skickade. Hör av er om det är något mer.

Styrelsen
Långemåla Bygdeförening

-----Ursprungligt meddelande-----
Från: Idéslanten – Region Kalmar län <ideslanten@example.se>
Skickat: fredag 13 mars 2026 15:04
Ämne: Re: HLR-kurs och hjärtstartare Långemåla [Idéslanten 2026-0057]

"""
        + receipt_quote("2026-0057", ["contact", "anchoring"], style="")
        + "\n"
    )
    data = msg(
        d,
        addr("Långemåla Bygdeförening", "info.langemala@example.se"),
        addr(None, BOT_ADDR),
        ew("SV: HLR-kurs och hjärtstartare Långemåla [Idéslanten 2026-0057]"),
        "<1c9e4b27f0a35d68@example.se>",
        text(body, "utf-8", "8bit"),
        [
            "In-Reply-To: <receipt.2026-0057@example.se>",
            f"References: {MID['langemala-hjartstart']} <receipt.2026-0057@example.se>",
            "X-Mailer: One.com Webmail",
        ],
    )
    add(
        "langemala-svar-styrelsen",
        d,
        data,
        label(
            "followup",
            "sv",
            "00000",
            "Followup from the shared info mailbox in the Långemåla thread ('SV:' subject, '-----Ursprungligt meddelande-----' with the receipt asking for contact and anchoring). The new text supplies nothing: it insists everything was in the application and is signed 'Styrelsen' from a shared mailbox, so even contact stays false. Tests that a followup adding nothing is labelled all false.",
            association_name="Långemåla Bygdeförening",
            ort="Långemåla",
        ),
    )


@mail
def hjorted_fraga_arvode():
    d = when(27, 13, 48, 22)
    body = """Hej!

En fråga innan vi söker. I Hjorteds Byalag är det vår ordförande som gör nästan allt jobb med att samordna våra aktiviteter, säkert 10 timmar i veckan. Får vi ta ut en mindre ersättning till henne ur idéslanten, typ 5 000 kr, om vi söker för en aktivitet i höst? Eller måste allt vara ideellt?

Tacksam för svar!

Hälsningar Roger Axelsson
kassör Hjorteds Byalag
"""
    data = msg(
        d,
        addr("Roger Axelsson", "roger.axelsson@example.se"),
        OFFICER,
        ew("Fråga om ersättning", "iso-8859-1", "B"),
        "<000301dcbdb0$1f2e3d40$5d6c7b80$@example.se>",
        text(body, "windows-1252", "quoted-printable"),
        ["X-Mailer: Microsoft Outlook 16.0"],
    )
    add(
        "hjorted-fraga-arvode",
        d,
        data,
        label(
            "question",
            "sv",
            notes="Question (windows-1252 QP, iso-8859-1 B-encoded subject): may the byalag pay its chair about 5 000 kr for coordination work. No application yet ('innan vi söker'), so all elements false and amount null; because the question itself proposes paying a member for work, salary_costs is true (investment null). Sender and association recorded as stated; no phone.",
            association_name="Hjorteds Byalag",
            contact_name="Roger Axelsson",
            contact_email="roger.axelsson@example.se",
            ort="Hjorted",
            salary_costs=True,
        ),
    )


@mail
def ukna_heritage_weekend():
    d = when(30, 11, 45, 13)
    plain = """Dear Rural Development Officer,

On behalf of Ukna Bygdeförening I would like to apply for idéslanten 2026. Please forgive me for writing in English – my Swedish is good enough for the shop but not for an application!

THE ASSOCIATION
Ukna Bygdeförening (org. no. 802527-7164) was founded in 2011 to keep the village of Ukna, between Västervik and Gamleby, a good place to live. We have 12 members and look after the old parish hall, the notice board and the annual Valborg bonfire.

THE ACTIVITY
"Ukna Open Gardens & Heritage Weekend", 13–14 June 2026. Eleven households open their gardens to visitors, a local historian gives a talk in the parish hall about the families who emigrated from Ukna to Minnesota, and there is a café run by volunteers. On the Sunday afternoon we hold an open village meeting about how Ukna can welcome more visitors without losing its quiet character. It is for all ages, women and men alike, and we hope it brings new visitors and perhaps new residents.

LOCAL ANCHORING
The annual meeting on 28 February (19 present) voted for the weekend. Ukna hembygdsförening and the Ukna church choir take part, and eleven households have signed up to open their gardens.

BUDGET (SEK)
Lecturer's fee ........................ 3 500
Marquee hire .......................... 4 200
Portable toilet hire .................. 2 800
Printing of programmes and maps ....... 2 000
Advert in Västerviks-Tidningen ........ 1 800
Coffee and refreshments ............... 2 200
Total ................................ 16 500

We apply for the full amount, 16 500 SEK.

Contact: Graham Whitfield (secretary), 0490-401 77 or graham.whitfield@example.com

Yours faithfully,
Graham Whitfield
Ukna Bygdeförening
"""
    html = (
        '<html><body><pre style="font-family:Menlo,monospace">'
        + plain.replace("&", "&amp;")
        + "</pre></body></html>\n"
    )
    data = msg(
        d,
        addr("Graham Whitfield", "graham.whitfield@example.com"),
        addr("Landsbygdsutvecklare", OFFICER),
        ew("Application for idéslanten 2026 – Ukna Open Gardens & Heritage Weekend", "utf-8", "B"),
        "<D7E3A2B1-4C5F-4E8A-9B0C-1D2E3F4A5B6C@example.com>",
        multi(
            "alternative",
            "Apple-Mail=_C4B2E8A1-7D3F-4A90-B6E5-2F1C8D0A9E47",
            [
                text(plain, "utf-8", "base64"),
                text(html, "utf-8", "quoted-printable", subtype="html"),
            ],
        ),
        ["X-Mailer: Apple Mail (2.3826.400.131.1.6)", "Content-Language: en-GB"],
    )
    add(
        "ukna-heritage-weekend",
        d,
        data,
        label(
            "application",
            "en",
            "11111",
            "Complete English application from a British resident (multipart/alternative: utf-8 base64 text + <pre> HTML, B-encoded subject, CEST date after the clock change). Association with org.nr and exactly 12 members; named contact with phone and e-mail; activity: dated open-gardens weekend with a lecture and an open village meeting; anchoring: annual-meeting vote (19 present), two local groups and eleven participating households; budget six items, 16 500 – and they apply for the full 16 500, over the 15 000 cap (amount 16 500). Hiring a marquee and toilets is renting, not investment; 'women and men alike' → true.",
            association_name="Ukna Bygdeförening",
            org_number="802527-7164",
            contact_name="Graham Whitfield",
            contact_email="graham.whitfield@example.com",
            contact_phone="0490-401 77",
            members=12,
            ort="Ukna",
            amount_sek=16500,
            women_and_men=True,
        ),
    )


# === END MAILS ===

if __name__ == "__main__":
    main()
