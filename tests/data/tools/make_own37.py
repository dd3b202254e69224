"""Generator for the own37 labelled intake corpus (mails 5301-5340).

Forty realistic, entirely fictional e-mails to the Idéslanten intake of Region Kalmar län
(regional bygdepeng - idéslanten). The emphasis of this set is the ANCHORING element at its
borders: true local anchoring written in unexpected words (a kitchen-table meeting with named
neighbours, talks with every household along a road, a joint venture with the hembygdsförening,
a school survey, youths who asked for it themselves, the shop owner and the church in one line,
an annual-meeting decision mentioned in passing) against false anchoring that only looks like it
(the board's own decision, backing from the municipality or a national body, suppliers and rented
venues called "partners", "vi tror att många kommer", need shown with statistics, customers who
booked a trip, last year's attendance at an unrelated event, a consultant's analysis).

The script writes NNNN-slug.eml files and labels.json into tests/data/own37/ and then checks
them (MIME parses without defects, schema, Luhn org numbers, example domains only, numbering
follows Date order, followup threading). Output is byte-identical on every run.

Regenerate:
    /work/main/.venv/bin/python tests/data/tools/make_own37.py
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
from email.header import Header
from email.utils import formataddr, parsedate_to_datetime
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "own37"
BOT = formataddr(("Idéslanten – Region Kalmar län", "ideslanten@example.se"), charset="utf-8")
BOT_ADDR = "ideslanten@example.se"
OFFICER = "landsbygdsutvecklare@example.se"

MAILS: list[tuple[int, str, bytes, dict]] = []
APP_IDS: dict[int, str] = {}  # mail number -> Message-ID of applications
RECEIPT_IDS: dict[str, str] = {}  # receipt Message-ID -> application Message-ID

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
ELEMENT_KEYS = ("association", "contact", "activity", "anchoring", "budget")
KINDS = ("application", "followup", "question", "autoreply", "bounce", "newsletter", "spam")


# ---------------------------------------------------------------- MIME helpers


class Part:
    """One MIME entity: ASCII header lines plus an already encoded body (bytes)."""

    def __init__(self, headers: list[tuple[str, str]], body: bytes):
        self.headers = headers
        self.body = body

    def render(self) -> bytes:
        head = "".join(f"{k}: {v}\n" for k, v in self.headers)
        return head.encode("ascii") + b"\n" + self.body


def _encode_body(raw: bytes, cte: str) -> bytes:
    if cte == "quoted-printable":
        out = quopri.encodestring(raw, quotetabs=False)
    elif cte == "base64":
        out = base64.encodebytes(raw)
    else:
        out = raw
    if not out.endswith(b"\n"):
        out += b"\n"
    return out


def text(
    body: str,
    charset: str | None = "utf-8",
    cte: str = "8bit",
    subtype: str = "plain",
    filename: str | None = None,
    extra: str = "",
) -> Part:
    """A text part. charset=None writes no charset parameter (body must then be ASCII/latin-1)."""
    raw = body.encode(charset or "latin-1")
    ctype = f"text/{subtype}"
    if charset:
        ctype += f'; charset="{charset}"' if charset != "utf-8" or extra else f"; charset={charset}"
    ctype += extra
    headers = [("Content-Type", ctype), ("Content-Transfer-Encoding", cte)]
    if filename:
        headers.append(("Content-Disposition", f'attachment; filename="{filename}"'))
    return Part(headers, _encode_body(raw, cte))


def attach(data: bytes, ctype: str, filename: str, inline: bool = False, params: str = "") -> Part:
    disp = "inline" if inline else "attachment"
    return Part(
        [
            ("Content-Type", f'{ctype}{params}; name="{filename}"'),
            ("Content-Disposition", f'{disp}; filename="{filename}"'),
            ("Content-Transfer-Encoding", "base64"),
        ],
        _encode_body(data, "base64"),
    )


def multi(
    subtype: str, boundary: str, parts: list[Part], params: str = "", preamble: str = ""
) -> Part:
    chunks = [preamble.encode("ascii")] if preamble else []
    for p in parts:
        chunks.append(f"--{boundary}\n".encode("ascii") + p.render())
        if not chunks[-1].endswith(b"\n"):
            chunks[-1] += b"\n"
    chunks.append(f"--{boundary}--\n".encode("ascii"))
    ctype = f'multipart/{subtype}; boundary="{boundary}"{params}'
    return Part([("Content-Type", ctype)], b"".join(chunks))


def hdr(value: str, charset: str = "utf-8") -> str:
    """Encode a header value as RFC 2047 encoded words when it is not plain ASCII."""
    try:
        value.encode("ascii")
        return value
    except UnicodeEncodeError:
        return Header(value, charset, maxlinelen=76).encode(linesep="\n")


def addr(name: str | None, address: str, charset: str = "utf-8") -> str:
    if not name:
        return address
    return formataddr((name, address), charset=charset)


_WD = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_MON = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def date(stamp: str) -> str:
    """'2026-03-05 14:22' -> RFC 5322 date in Swedish local time (CET/CEST)."""
    import datetime as _dt

    d = _dt.datetime.strptime(stamp, "%Y-%m-%d %H:%M")
    tz = "+0200" if (d.month, d.day) >= (3, 29) and d.month < 11 else "+0100"
    return f"{_WD[d.weekday()]}, {d.day} {_MON[d.month - 1]} {d.year} {d:%H:%M}:{17 + d.minute % 40:02d} {tz}"


def message(
    num: int,
    slug: str,
    *,
    frm: str,
    to: str,
    subject: str,
    when: str,
    body: Part,
    msgid: str,
    extra: list[tuple[str, str]] | None = None,
    label: dict,
    in_reply_to: str | None = None,
    references: list[str] | None = None,
    subject_charset: str = "utf-8",
    mime_version: bool = True,
) -> str:
    headers: list[tuple[str, str]] = []
    headers.append(("From", frm))
    headers.append(("To", to))
    headers.append(("Subject", hdr(subject, subject_charset)))
    headers.append(("Date", date(when)))
    headers.append(("Message-ID", msgid))
    if in_reply_to:
        headers.append(("In-Reply-To", in_reply_to))
    if references:
        headers.append(("References", "\n ".join(references)))
    headers.extend(extra or [])
    if mime_version:
        headers.append(("MIME-Version", "1.0"))
    top = Part(headers + body.headers, body.body)
    MAILS.append((num, slug, top.render(), label))
    if label["kind"] == "application":
        APP_IDS[num] = msgid
    return msgid


def receipt_id(app_msgid: str, case: str) -> str:
    rid = f"<receipt-{case}.idslnt@example.se>"
    RECEIPT_IDS[rid] = app_msgid
    return rid


# ---------------------------------------------------------------- attachments


_ZIP_DATE = (2026, 1, 1, 0, 0, 0)


def _zip(files: list[tuple[str, str]]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for name, content in files:
            info = zipfile.ZipInfo(name, date_time=_ZIP_DATE)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            z.writestr(info, content.encode("utf-8"))
    return buf.getvalue()


def _x(s: str) -> str:
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def docx(paragraphs: list[str | list[list[str]]]) -> bytes:
    """Minimal .docx; a list item that is a list of rows becomes a table."""
    body = []
    for p in paragraphs:
        if isinstance(p, list):
            rows = "".join(
                "<w:tr>"
                + "".join(
                    f'<w:tc><w:p><w:r><w:t xml:space="preserve">{_x(c)}</w:t></w:r></w:p></w:tc>'
                    for c in row
                )
                + "</w:tr>"
                for row in p
            )
            body.append(f"<w:tbl>{rows}</w:tbl>")
        else:
            body.append(f'<w:p><w:r><w:t xml:space="preserve">{_x(p)}</w:t></w:r></w:p>')
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
    return _zip([("[Content_Types].xml", ct), ("_rels/.rels", rels), ("word/document.xml", doc)])


def _col(i: int) -> str:
    return "ABCDEFGHIJ"[i]


def xlsx(rows: list[list[str | int]], sheet: str = "Budget") -> bytes:
    """Minimal .xlsx with inline strings and numbers."""
    out = []
    for r, row in enumerate(rows, 1):
        cells = []
        for c, v in enumerate(row):
            ref = f"{_col(c)}{r}"
            if isinstance(v, int):
                cells.append(f'<c r="{ref}"><v>{v}</v></c>')
            elif v != "":
                cells.append(f'<c r="{ref}" t="inlineStr"><is><t>{_x(v)}</t></is></c>')
        out.append(f'<row r="{r}">{"".join(cells)}</row>')
    ws = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
        + "".join(out)
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
            ("xl/worksheets/sheet1.xml", ws),
        ]
    )


def _pdf_str(s: str) -> str:
    out = []
    for b in s.encode("cp1252"):
        ch = chr(b)
        if ch in "()\\":
            out.append("\\" + ch)
        elif 32 <= b < 127:
            out.append(ch)
        else:
            out.append(f"\\{b:03o}")
    return "(" + "".join(out) + ")"


def pdf(lines: list[str], compress: bool = False) -> bytes:
    """One-page PDF, Helvetica with WinAnsiEncoding, one text line per list item."""
    ops = ["BT", "/F1 11 Tf", "14 TL", "56 790 Td"]
    for ln in lines:
        ops.append(f"{_pdf_str(ln)} Tj T*")
    ops.append("ET")
    stream = "\n".join(ops).encode("latin-1")
    filt = ""
    if compress:
        stream = zlib.compress(stream, 9)
        filt = " /Filter /FlateDecode"
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        f"<< /Length {len(stream)}{filt} >>\nstream\n".encode("latin-1") + stream + b"\nendstream",
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


def png(width: int, height: int, seed: int = 7) -> bytes:
    """A small deterministic RGB PNG (a blurry 'photo' - no readable text)."""
    rows = bytearray()
    for y in range(height):
        rows.append(0)
        for x in range(width):
            v = (x * 7 + y * 13 + seed * 31 + (x * y) % 17) % 256
            rows += bytes((200 - v // 3, 180 - v // 4, 120 + v // 3))

    def chunk(tag: bytes, data: bytes) -> bytes:
        return (
            struct.pack(">I", len(data))
            + tag
            + data
            + struct.pack(">I", zlib.crc32(tag + data) & 0xFFFFFFFF)
        )

    ihdr = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", ihdr)
        + chunk(b"IDAT", zlib.compress(bytes(rows), 9))
        + chunk(b"IEND", b"")
    )


# ---------------------------------------------------------------- labels


def label(
    kind: str,
    lang: str,
    elements: str,
    notes: str,
    **facts,
) -> dict:
    """elements: five chars in the order association, contact, activity, anchoring, budget;
    '1' = present, '0' = missing (e.g. '11101')."""
    assert len(elements) == 5 and set(elements) <= {"0", "1"}, elements
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
        "elements": {k: elements[i] == "1" for i, k in enumerate(ELEMENT_KEYS)},
        "facts": f,
        "notes": notes,
    }


# ---------------------------------------------------------------- receipts and quoting helpers


def receipt_text(case: str, missing: list[str], variant: int = 0) -> str:
    """The bot's receipt as it would be quoted in a reply (never counts as new text)."""
    guide = {
        "association": "Föreningen/gruppen: namn och några rader om er (t.ex. organisationsnummer, antal medlemmar).",
        "contact": "Kontaktperson: namn och e-post eller telefon till den som vi kan kontakta.",
        "activity": "Aktiviteten: vad ni ska göra, när och hur, och hur det bidrar till utvecklingen på orten.",
        "anchoring": "Lokal förankring: hur aktiviteten är förankrad i byn, t.ex. bymöte, enkät eller samarbete med andra lokala föreningar.",
        "budget": "Budget: en översiktlig budget med kostnadsposter och belopp.",
    }
    intro = [
        f"Tack för er ansökan om idéslanten! Vi har tagit emot den och gett den ärendenummer {case}.",
        f"Hej och tack för att ni söker idéslanten! Ansökan är registrerad med ärendenummer {case}.",
        f"Vi har tagit emot er ansökan om regional bygdepeng – idéslanten (ärende {case}). Tack!",
    ][variant % 3]
    lines = [intro, "", "Vi saknar följande i er ansökan:"]
    lines += [f"– {guide[m]}" for m in missing]
    lines += [
        "",
        "Svara gärna på det här mejlet med det som saknas, så kompletterar vi ärendet.",
        "",
        "Vänliga hälsningar",
        "Idéslanten – Region Kalmar län",
        "(automatiskt svar, landsbygdsutvecklaren läser alla ärenden)",
    ]
    return "\n".join(lines)


def gt_quote(s: str, prefix: str = "> ") -> str:
    return "\n".join((prefix + ln).rstrip() if ln else prefix.rstrip() for ln in s.split("\n"))


# ================================================================ MAILS (inserted in batches)


def m5301():
    body = """Hej!

Jag skriver för Kristdala Stigförening, en liten ideell förening som bildades 2019 för att hålla
gamla gångstigar runt Kristdala öppna. Vi är 23 medlemmar och de flesta bor i byn eller
strax utanför. Org.nr 802461-3757.

Det här vill vi göra: i april och maj ordnar vi tre kvällsträffar i Kristdala bygdegård där
hembygdsforskaren Rune Håkansson går igenom gamla kartor och berättelser om stigarna mellan
gårdarna. Lördagen efter varje träff går vi ut och vandrar den stig vi pratat om. Av det blir en
liten folder med tre vandringar som byn kan ge till besökare och nyinflyttade. Gamla och nya
kristdalabor träffas, och vi får något att visa upp när folk kommer hit. Träffarna är öppna för
alla, kvinnor som män, unga som gamla.

Hur det kom till: det började vid vårt köksbord en kväll i november. Där satt Bengt och
Solveig Ring från Ytterhult, Ali Rahimi som flyttade hit med familjen förra året, Karin och
Per-Erik Lund på Bråtegården och grannpojken Elias Ring som är 17. Alla sju ville köra, och var
och en har tagit på sig att leda en del av en vandring. Ali ordnar en vandring på arabiska och
svenska för de nya familjerna i byn.

Budget
Arvode Rune Håkansson, 3 kvällar à 1 500 kr ...... 4 500 kr
Hyra bygdegården, 3 x 400 kr ..................... 1 200 kr
Tryck av folder, 300 ex .......................... 3 800 kr
Fika till träffar och vandringar .................   900 kr
Summa                                             10 400 kr

Vi söker alltså 10 400 kr.

Hör av dig om något är oklart!

Gunnel Axelsson
kassör, Kristdala Stigförening
0491-201 34
"""
    message(
        5301,
        "kristdala-stigar-koksbord",
        frm=addr("Gunnel Axelsson", "gunnel.axelsson@example.com"),
        to=OFFICER,
        subject="Ansökan idéslanten – Kristdala, stigar och berättelser",
        when="2026-01-12 19:42",
        body=text(body),
        msgid="<5301.kristdala.7f3a@example.com>",
        label=label(
            "application",
            "sv",
            "11111",
            "Complete application, plain utf-8 8bit. Anchoring is TRUE although the word förankring never appears: the idea came out of a kitchen-table meeting with seven named neighbours (the Rings, Ali Rahimi, the Lunds, Elias) who each take on a part of the walks - concrete local backing and volunteers. Association named with members and org.nr; contact is the named signer from her own address with phone; activity concrete (three evenings with a lecturer in April-May, walks, folder for newcomers); budget has four items summing to 10 400 kr which is also the applied amount. Lecturer's fee is not salary; printing a folder is not a physical investment. Women and men stated ('kvinnor som män').",
            association_name="Kristdala Stigförening",
            org_number="802461-3757",
            contact_name="Gunnel Axelsson",
            contact_email="gunnel.axelsson@example.com",
            contact_phone="0491-201 34",
            members=23,
            ort="Kristdala",
            amount_sek=10400,
            women_and_men=True,
        ),
    )


def m5302():
    body = """Till landsbygdsutvecklaren, Region Kalmar län

Fliseryds samhällsförening (org.nr 802519-2843) ansöker härmed om 14 000 kronor ur regional bygdepeng – idéslanten.

Om föreningen
Fliseryds samhällsförening har sedan 1987 verkat för ortens utveckling. Föreningen har 64 medlemmar.

Aktivitet
Dialogserien "Fliseryd 2030": fyra öppna kvällsmöten i Folkets hus i Fliseryd under perioden februari–maj 2026, ledda av en inhyrd processledare. Vid mötena tar boende gemensamt fram en prioriterad lista över förbättringar i samhället (till exempel belysning längs Emåleden, busshållplatsen vid skolan och tillgången till samlingslokal). Listan överlämnas till Mönsterås kommun i juni. Mötena är öppna för alla boende, kvinnor och män i alla åldrar.

Förankring
Styrelsen har vid sitt sammanträde 2026-01-08 (§ 4) enhälligt beslutat att genomföra dialogserien och att ansöka om medel ur idéslanten. Beslutet är protokollfört och justerat.

Budget
Processledare, arvode 4 tillfällen à 2 200 kr: 8 800 kr
Lokalhyra Folkets hus, 4 x 450 kr: 1 800 kr
Annonsering i lokaltidningen samt affischer: 1 600 kr
Förtäring: 1 800 kr
Summa: 14 000 kr

Med vänlig hälsning

Mats Olofsson
Sekreterare, Fliseryds samhällsförening
Tel. 0499-210 55
mats.olofsson@example.net
"""
    message(
        5302,
        "fliseryd-dialogserie-styrelsebeslut",
        frm=addr("Mats Olofsson", "mats.olofsson@example.net"),
        to=OFFICER,
        subject="Ansökan om regional bygdepeng – Fliseryds samhällsförening",
        when="2026-01-15 10:05",
        body=text(body, cte="quoted-printable"),
        msgid="<20260115100512.5302@example.net>",
        label=label(
            "application",
            "sv",
            "11101",
            "Formal application, utf-8 quoted-printable. Anchoring is FALSE: the heading 'Förankring' only reports the board's own decision (protokollfört § 4) - the applicant deciding to apply is not local backing; no village meeting, survey, partners or volunteers. The dialogue meetings are the activity itself, not evidence that the village asked for them. All other elements present: association with org.nr and 64 members, named secretary with phone and own address, concrete activity (four open evenings Feb-May with a process leader, list handed to the municipality), itemised budget 14 000 kr. Process leader's fee is a hired fee, not salary. Tests a tidy 'Förankring' heading that contains no anchoring.",
            association_name="Fliseryds samhällsförening",
            org_number="802519-2843",
            contact_name="Mats Olofsson",
            contact_email="mats.olofsson@example.net",
            contact_phone="0499-210 55",
            members=64,
            ort="Fliseryd",
            amount_sek=14000,
            women_and_men=True,
        ),
    )


def m5303():
    body = """Hej.

Jag heter Sven-Åke Nilsson och är ordförande i Tvärskogs Norra Byalag. Byalaget har 31 medlemmar,
mest folk från gårdarna längs gamla riksvägen norr om Tvärskog men även några sommarboende.

Vägen genom byn är smal och folk kör alldeles för fort, barnen går längs den till skolbussen
varje morgon. Vi vill därför ha två kvällar i bygdegården i mars:
1) en trafikkväll den 12 mars där en föreläsare från NTF Kalmar län berättar hur en by kan få
   sänkt hastighet och säkrare busshållplatser, och vad man själv kan göra
2) en arbetskväll den 26 mars där vi tillsammans skriver ett gemensamt förslag till kommunen och
   Trafikverket om 40 km/h och en ny hållplatsficka.
Det är för alla i byn, både kvinnor och män, barn och gamla.

Förankring: jag och Birgitta Holm gick runt till alla 14 hushåll längs vägen i december och
pratade med folk. 13 av dem vill vara med på kvällarna och två har erbjudit sig att ordna fika.
Det enda hushåll som sa nej var ett som bara är här på sommaren.

Kostnader
Föreläsare NTF, arvode          2 000:-
Reseersättning föreläsare         600:-
Hyra Tvärskogs bygdegård 2 kv     900:-
Kopiering och utskick             350:-
Kaffe och bullar                  700:-
Totalt                          4 550:-

Mvh
Sven-Åke Nilsson
Tvärskogs Norra Byalag
tel 070-382 15 40
"""
    message(
        5303,
        "tvarskog-trafikkvall-14-hushall",
        frm=addr("Sven-Åke Nilsson", "sven-ake.nilsson@example.org"),
        to=OFFICER,
        subject="Idéslanten Tvärskog – säkrare väg genom byn",
        when="2026-01-19 08:31",
        body=text(body, charset="windows-1252", cte="quoted-printable"),
        msgid="<a83b11c0-5303-tvarskog@example.org>",
        label=label(
            "application",
            "sv",
            "11111",
            "Complete application in windows-1252 quoted-printable. Anchoring TRUE: the writer and a named neighbour visited all 14 households along the road, 13 want to take part and two volunteer for the coffee - a door-to-door consultation with a concrete result. The road-safety need (fast traffic, children at the bus stop) alone would not count; the household round does. Association named with 31 members; named signer from own address with phone; activity concrete (two dated evenings, NTF lecturer, joint proposal to the municipality); itemised budget summing to 4 550 kr (no separate applied amount, so the total). The 14 households are not the member count (31 members stated). Lecturer fee not salary.",
            association_name="Tvärskogs Norra Byalag",
            contact_name="Sven-Åke Nilsson",
            contact_email="sven-ake.nilsson@example.org",
            contact_phone="070-382 15 40",
            members=31,
            ort="Tvärskog",
            amount_sek=4550,
            women_and_men=True,
        ),
    )


def m5304():
    body = """Hej!

Vi i Berga Byförening funderar på att söka idéslanten till en kulturkväll i höst. Kommunens
kulturchef har lovat att skriva ett stödbrev åt oss. Räcker det som lokal förankring, eller
måste vi ha ett bymöte först? Vi har inte hunnit fråga folk i byn än.

Och en sak till: finns det något sista datum för ansökan i år?

Tack på förhand
Eva Lindqvist
Berga Byförening
"""
    message(
        5304,
        "berga-fraga-stodbrev-forankring",
        frm=addr("Eva Lindqvist", "eva.lindqvist@example.net", charset="iso-8859-1"),
        to=OFFICER,
        subject="Fråga om förankring och sista dag",
        subject_charset="iso-8859-1",
        when="2026-01-21 13:17",
        body=text(body, charset="iso-8859-1", cte="8bit"),
        msgid="<5304-berga-q@example.net>",
        label=label(
            "question",
            "sv",
            "00000",
            "Question, iso-8859-1 8bit with a latin-1 encoded-word subject. Asks whether a support letter from the municipality is enough as local anchoring and what the deadline is; it describes a vague plan (a culture evening in the autumn) but applies for nothing, so all elements are false. The mail itself admits nobody in the village has been asked yet. Facts only what is stated: association, the writer and her address, the locality Berga; no amount.",
            association_name="Berga Byförening",
            contact_name="Eva Lindqvist",
            contact_email="eva.lindqvist@example.net",
            ort="Berga",
        ),
    )


def m5305():
    html = """<html><head><meta charset="utf-8"></head><body>
<p>Hej!</p>
<p>Vi i <b>Figeholms Båtklubb</b> vill söka idéslanten för <b>tre berättarkvällar om Figeholms sjöfartshistoria</b> i sommar. Klubben bildades 1962, har 85 medlemmar och sköter gästhamnen och klubbstugan vid hamnen.</p>
<p>Kvällarna blir torsdagarna 4, 11 och 18 juni kl 19 i klubbstugan. Marinhistorikern Gösta Wiberg berättar om skutorna, lotsarna och stenhuggeriet, och efteråt får man gå ombord på klubbens gamla allmogebåt. Vi vill att både bybor och sommargäster ska lära känna hamnens historia och att fler ska hitta till hamnen och kiosken, som behöver kunder för att överleva.</p>
<p>Figeholms hembygdsförening och vi gör det ihop &ndash; de tar fram bilder och gamla sjökort ur sitt arkiv och sköter entrén, vi har lokalen och båten. Det bestämdes på ett gemensamt möte mellan våra två styrelser och ett tiotal medlemmar i januari.</p>
<p>Budgeten håller vi på med, vår kassör Kjell skickar den nästa vecka. Vi tänker oss runt 9&nbsp;000&nbsp;kr.</p>
<p>Hälsningar<br>
Lena Borg<br>
sekreterare Figeholms Båtklubb<br>
070-644 21 93</p>
</body></html>
"""
    message(
        5305,
        "figeholm-berattarkvallar-html",
        frm=addr("Lena Borg", "lena.borg@example.se"),
        to=OFFICER,
        subject="Ansökan – berättarkvällar i Figeholms hamn",
        when="2026-01-26 21:04",
        body=text(html, subtype="html", cte="quoted-printable"),
        msgid="<CAF5305figeholm.x91@example.se>",
        label=label(
            "application",
            "sv",
            "11110",
            "HTML-only application (quoted-printable). Anchoring TRUE and written in passing: 'Figeholms hembygdsförening och vi gör det ihop' - another local association co-organises (archive pictures, entrance) and it was agreed at a joint meeting of both boards plus members. Budget FALSE: 'budgeten håller vi på med ... skickar den nästa vecka' plus one rough figure; 'runt 9 000 kr' is recorded as amount_sek because a single rough figure counts as the amount. Association (founded 1962, 85 members), contact (named signer, own address, phone) and activity (three dated evenings, lecturer, local benefit for the harbour and kiosk) are present. No statement about women and men. Later completed by 5311.",
            association_name="Figeholms Båtklubb",
            contact_name="Lena Borg",
            contact_email="lena.borg@example.se",
            contact_phone="070-644 21 93",
            members=85,
            ort="Figeholm",
            amount_sek=9000,
        ),
    )


def m5306():
    body = """Tack för ditt mejl!

Jag är på resa till och med 2 februari och läser inte mejl under tiden.
Gäller det båtklubben kan du ringa vår ordförande Kjell Borg.

/Lena
"""
    message(
        5306,
        "autosvar-figeholm-resa",
        frm=addr("Lena Borg", "lena.borg@example.se"),
        to=OFFICER,
        subject="Automatiskt svar: SV: Ansökan – berättarkvällar i Figeholms hamn",
        when="2026-01-27 09:12",
        body=text(body),
        msgid="<auto.5306.lb@example.se>",
        in_reply_to="<off-0127-figeholm@example.se>",
        references=["<CAF5305figeholm.x91@example.se>", "<off-0127-figeholm@example.se>"],
        extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
        label=label(
            "autoreply",
            "sv",
            "00000",
            "Out-of-office reply with Auto-Submitted: auto-replied, answering the officer's personal reply to application 5305 (References names the application). It is in the thread and comes from the applicant's own address but adds nothing - it is a machine reply, not a followup; all elements false and all facts null. The bot must not answer it.",
        ),
    )


def m5307():
    plain = """Hej,

Föreningen Södra Vi Framtid (org.nr 802477-1035) söker 9 500 kr ur idéslanten.

Föreningen är en ideell förening med 112 medlemmar som arbetar för service, boende och
företagande i Södra Vi med omnejd.

Aktiviteten: en inspirationsdag om lokal mat lördagen den 18 april i Södra Vi bygdegård. Två
inbjudna föreläsare - en grönsaksodlare från trakten av Vimmerby och samordnaren för REKO-ringen
i Västervik - berättar hur man startar och driver en REKO-ring. Målet är att starta en egen
REKO-ring i Södra Vi under sommaren så att lokala odlare och bagare får en marknad och byborna
kan handla lokalt. Dagen är för alla, kvinnor och män.

Förankring: projektet har stöd av Vimmerby kommun, som har skrivit ett stödbrev, och av
riksorganisationen Hela Sverige ska leva, som tycker att det är ett bra exempel för andra byar.

Budget:
- Föreläsare 2 x 3 000 kr = 6 000 kr
- Hyra bygdegården 1 200 kr
- Annons och affischer 800 kr
- Fika och lunch 1 500 kr
Summa 9 500 kr

Med vänliga hälsningar
Styrelsen
Södra Vi Framtid
"""
    html = """<html><body style="font-family:Calibri,sans-serif">
<p>Hej,</p>
<p><b>Föreningen Södra Vi Framtid</b> (org.nr 802477-1035) söker <b>9 500 kr</b> ur idéslanten.</p>
<p>Föreningen är en ideell förening med 112 medlemmar som arbetar för service, boende och företagande i Södra Vi med omnejd.</p>
<p><u>Aktiviteten:</u> en inspirationsdag om lokal mat lördagen den 18 april i Södra Vi bygdegård. Två inbjudna föreläsare &ndash; en grönsaksodlare från trakten av Vimmerby och samordnaren för REKO-ringen i Västervik &ndash; berättar hur man startar och driver en REKO-ring. Målet är att starta en egen REKO-ring i Södra Vi under sommaren så att lokala odlare och bagare får en marknad och byborna kan handla lokalt. Dagen är för alla, kvinnor och män.</p>
<p><u>Förankring:</u> projektet har stöd av Vimmerby kommun, som har skrivit ett stödbrev, och av riksorganisationen Hela Sverige ska leva, som tycker att det är ett bra exempel för andra byar.</p>
<p><u>Budget:</u></p>
<ul><li>Föreläsare 2 x 3 000 kr = 6 000 kr</li><li>Hyra bygdegården 1 200 kr</li><li>Annons och affischer 800 kr</li><li>Fika och lunch 1 500 kr</li></ul>
<p>Summa 9 500 kr</p>
<p>Med vänliga hälsningar<br>Styrelsen<br>Södra Vi Framtid</p>
</body></html>
"""
    message(
        5307,
        "sodra-vi-reko-kommunstod",
        frm=addr("Södra Vi Framtid", "sodravi.framtid@example.org"),
        to=OFFICER,
        subject="Ansökan idéslanten: inspirationsdag lokal mat, Södra Vi",
        when="2026-02-02 11:48",
        body=multi(
            "alternative",
            "=_alt_5307_SodraVi",
            [
                text(plain, cte="quoted-printable"),
                text(html, subtype="html", cte="quoted-printable"),
            ],
        ),
        msgid="<5307.sodravi@example.org>",
        label=label(
            "application",
            "sv",
            "10101",
            "multipart/alternative (QP plain + HTML). Anchoring FALSE: the 'Förankring' paragraph names only backing from outside the village - a support letter from Vimmerby kommun and praise from a national organisation (Hela Sverige ska leva). Neither shows that people in Södra Vi want this. Contact FALSE: signed 'Styrelsen' from the association's shared mailbox, no person named, so contact facts are null. Association (org.nr, 112 members, purpose), activity (dated day with two speakers, aim to start a REKO ring) and itemised budget 9 500 kr are present. Women and men stated.",
            association_name="Föreningen Södra Vi Framtid",
            org_number="802477-1035",
            members=112,
            ort="Södra Vi",
            amount_sek=9500,
            women_and_men=True,
        ),
    )


def m5308():
    body = """hej!
skriver från mobilen så ursäkta formen

vi är föreningen Virserums Unga, 41 medlemmar, mest 13-19 år + några föräldrar i styrelsen. vi håller till i Folkets hus i Virserum

ansökan gäller en FILMVERKSTAD:
- 4 lördagar (14/3, 28/3, 11/4, 25/4) kl 10-15 i Folkets hus
- filmaren Amir Saleh lär ut manus, filma med mobil och klippa
- ungdomarna gör korta filmer om Virserum, om folk och ställen de gillar
- premiär 9 maj i Folkets hus för hela byn, gratis

varför: ungdomarna säger att det inte händer nåt här och att vuxna bara ser Virserum som "en håla". filmerna visar byn från deras håll och premiären blir en kväll där unga och gamla ses

det här är ungdomarnas egen idé!! de tog upp det själva på medlemsmötet i januari och 20 har redan anmält sig, 11 tjejer och 9 killar

budget
Amir arvode 4 x 2500 = 10 000
hyra lokal 4 x 300 = 1 200
hyra av kameror/mikrofoner (Hultsfreds filmstudio) = 1 500
premiärkvällen popcorn o dricka = 600
totalt 13 300 kr

mvh Johanna Pettersson
ordf Virserums Unga
073-910 44 02

Skickat från min iPhone
"""
    message(
        5308,
        "virserum-filmverkstad-ungdomar",
        frm=addr("Johanna Pettersson", "johanna.pettersson@example.com"),
        to=OFFICER,
        subject="ansökan filmverkstad virserum",
        when="2026-02-04 22:37",
        body=text(body, cte="base64"),
        msgid="<A1B2C3D4-5308-4E5F-9A0B-VIRSERUM@example.com>",
        extra=[("X-Mailer", "iPhone Mail (21D61)")],
        label=label(
            "application",
            "sv",
            "11111",
            "Complete mobile application, utf-8 base64, lower-case shorthand and an iPhone footer. Anchoring TRUE: 'ungdomarnas egen idé' - the young members raised it themselves at the members' meeting and 20 have signed up; the initiative comes from the people the activity is for. (Contrast 5318, where people who booked a trip as customers are not anchoring.) Association (41 members, where they meet), named contact from own address with phone, concrete dated activity with a premiere for the whole village, itemised budget totalling 13 300 kr. Renting cameras is not an investment; the film-maker's fee is not salary. 'tjejer och killar' makes women_and_men true.",
            association_name="Virserums Unga",
            contact_name="Johanna Pettersson",
            contact_email="johanna.pettersson@example.com",
            contact_phone="073-910 44 02",
            members=41,
            ort="Virserum",
            amount_sek=13300,
            women_and_men=True,
        ),
    )


def m5309():
    body = """Hej!

Här kommer vår ansökan till idéslanten, allt står i det bifogade dokumentet.
Förslaget kom från en enkät i skolan.

Hälsningar
Föräldraföreningen i Påryd
"""
    doc = docx(
        [
            "Ansökan om regional bygdepeng – idéslanten 2026",
            "Sökande: Föräldraföreningen vid Påryds skola",
            "Föreningen samlar föräldrar till barnen på Påryds skola (F–6). Ungefär 48 familjer är medlemmar.",
            "Aktivitet: Naturkvällar för barn och föräldrar",
            "Fyra kvällar i maj och juni (onsdagarna 13/5, 27/5, 3/6 och 10/6, kl 17.30–19.30) med en naturguide från Kalmar läns naturskyddsförening. Vi samlas vid skolan och går ner till Ljungbyån och skogen bakom idrottsplatsen: fåglar, smådjur i vattnet, allemansrätt och matlagning på stormkök. Kvällarna är öppna för alla familjer i Påryd, och vi vill att både mammor och pappor är med. Nyinflyttade familjer får lära känna andra och bygden.",
            "Bakgrund: I höstas gjorde elevrådet en enkät i skolan om vad barnen vill göra på fritiden. 62 av 80 elever svarade och ”vara mer ute i naturen med vuxna” kom högst. Elevrådet lämnade förslaget till oss och föräldramötet i november ställde sig bakom.",
            "Budget",
            [
                ["Post", "Belopp (kr)"],
                ["Naturguide, arvode 4 kvällar à 1 800", "7 200"],
                ["Hyra av håvar, lupper och bestämningsnycklar (Naturskolan)", "600"],
                ["Förtäring", "1 200"],
                ["Summa", "9 000"],
            ],
            "Vi söker 9 000 kr.",
        ]
    )
    message(
        5309,
        "paryd-naturkvallar-enkat-docx",
        frm=addr("Föräldraföreningen Påryd", "foraldraforeningen.paryd@example.com"),
        to=OFFICER,
        subject="Ansökan idéslanten Påryd",
        when="2026-02-09 07:55",
        body=multi(
            "mixed",
            "----=_Part_5309_77120.1770620100",
            [
                text(body, cte="quoted-printable"),
                attach(
                    doc,
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                    "Ansokan_ideslanten_Paryd.docx",
                ),
            ],
        ),
        msgid="<5309.paryd.foraldra@example.com>",
        label=label(
            "application",
            "sv",
            "10111",
            "Short body with the application in a .docx attachment (table budget). Anchoring TRUE: 'förslaget kom från en enkät i skolan' - the pupils' council surveyed the school (62 of 80 answered), and the parents' meeting backed it; a survey among the people concerned is anchoring. Contact FALSE: the mail comes from the association's shared mailbox and is signed only with the association name; no person is named anywhere, so contact facts are null. Members: 'ungefär 48 familjer är medlemmar' = 48. Budget table sums to 9 000 kr, applied 9 000. Renting nets and lenses is not an investment. 'både mammor och pappor' = women and men.",
            association_name="Föräldraföreningen vid Påryds skola",
            members=48,
            ort="Påryd",
            amount_sek=9000,
            women_and_men=True,
        ),
    )


def m5310():
    body = """Hej Region Kalmar!

Löttorps Bygdeförening söker pengar till en studieresa. Vi är 57 medlemmar och har hand om
bygdegården och midsommarfirandet i Löttorp.

Affären och macken på norra Öland har det tufft och vi vill se hur man gjort i Ydre, där byarna
driver en gemensam servicepunkt med paketutlämning, apoteksombud och café. Resan blir 17-18 april
för 25 personer. Vi träffar föreningen som driver servicepunkten och kommunens landsbygdsutvecklare
där. Veckan efter har vi en återträff i Löttorp där vi berättar för alla som vill höra och ser om
vi kan starta något liknande här.

Våra samarbetspartners är Ölandsbuss Nord AB, som kör resan, Ydre Värdshus där vi bor och äter,
och Löttorps Folkets hus där vi hyr lokalen till återträffen.

Budget ser ni i bifogade Excelfil. Totalt söker vi 18 500 kr.

Hälsn
Anders Gustafsson
kassör
0485-240 18, anders.gustafsson@example.net
"""
    book = xlsx(
        [
            ["Studieresa Ydre 17-18 april 2026", ""],
            ["Kostnad", "Kr"],
            ["Bussresa Löttorp-Ydre t/r (Ölandsbuss Nord AB)", 9000],
            ["Logi och mat Ydre Värdshus, 25 pers (subventionerat)", 7000],
            ["Guidning servicepunkten", 1500],
            ["Lokalhyra återträff Folkets hus", 1000],
            ["Summa", 18500],
        ]
    )
    message(
        5310,
        "lottorp-studieresa-leverantorer-xlsx",
        frm=addr("Anders Gustafsson", "anders.gustafsson@example.net"),
        to=OFFICER,
        subject="Studieresa Löttorps Bygdeförening",
        when="2026-02-11 16:20",
        body=multi(
            "mixed",
            "b1_5310_lottorp",
            [
                text(body, charset="iso-8859-1", cte="quoted-printable"),
                attach(
                    book,
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                    "budget_studieresa.xlsx",
                ),
            ],
        ),
        subject_charset="iso-8859-1",
        msgid="<5310-lottorp-a7@example.net>",
        label=label(
            "application",
            "sv",
            "11101",
            "iso-8859-1 QP body with the budget in an .xlsx attachment. Anchoring FALSE: the 'samarbetspartners' are a bus company that drives the trip, the inn where they stay and eat, and the Folkets hus where they rent a room - all suppliers paid in the budget, not local backing; no meeting, survey or other group supports the idea. The planned feedback evening is part of the activity, not anchoring. Association (57 members, runs the bygdegård), named contact with phone and address, concrete study trip with local purpose, and itemised xlsx budget are present. Applied 18 500 kr exceeds the 15 000 cap (rule check, not an element). Renting a room is not an investment.",
            association_name="Löttorps Bygdeförening",
            contact_name="Anders Gustafsson",
            contact_email="anders.gustafsson@example.net",
            contact_phone="0485-240 18",
            members=57,
            ort="Löttorp",
            amount_sek=18500,
        ),
    )


def m5311():
    app = "<CAF5305figeholm.x91@example.se>"
    rid = receipt_id(app, "2026-0017")
    quoted = receipt_text("2026-0017", ["budget"], 0)
    body = f"""Hej,

Här kommer budgeten som Lena lovade för berättarkvällarna:

Föreläsare Gösta Wiberg, 3 kvällar à 2 000 kr   6 000 kr
Annons i Östran och affischer                    700 kr
Fika (säljs inte, bjuds)                         1 200 kr
Hyra av ljudanläggning                           800 kr
Summa                                           8 700 kr

Så vi söker 8 700 kr, lite mindre än vi trodde.

Hälsningar
Kjell Borg
ordförande Figeholms Båtklubb
070-644 80 12

-----Ursprungligt meddelande-----
Från: Idéslanten – Region Kalmar län <ideslanten@example.se>
Skickat: den 26 januari 2026 21:05
Till: Lena Borg <lena.borg@example.se>
Ämne: Re: Ansökan – berättarkvällar i Figeholms hamn [Idéslanten 2026-0017]

{quoted}
"""
    message(
        5311,
        "sv-figeholm-budget-outlook",
        frm=addr("Kjell Borg", "kjell.borg@example.se"),
        to=BOT,
        subject="SV: Re: Ansökan – berättarkvällar i Figeholms hamn [Idéslanten 2026-0017]",
        when="2026-02-12 18:02",
        body=text(body, charset="windows-1252", cte="quoted-printable"),
        msgid="<DB7PR5311.figeholm@example.se>",
        in_reply_to=rid,
        references=[app, rid],
        extra=[
            ("Thread-Topic", hdr("Ansökan – berättarkvällar i Figeholms hamn")),
            ("X-MS-Has-Attach", ""),
        ],
        label=label(
            "followup",
            "sv",
            "01001",
            "Outlook-style followup (windows-1252 QP) to 5305, written top-posted by another board member, with the bot's receipt quoted under '-----Ursprungligt meddelande-----'. New text supplies the missing budget (four items, 8 700 kr) so budget true; contact true because Kjell Borg signs from his own address with phone. Association false: only the club's name in the signature, nothing about it in the new text. Activity and anchoring false: the new text only refers to 'berättarkvällarna'. The quoted receipt lists the missing budget but never counts.",
            association_name="Figeholms Båtklubb",
            contact_name="Kjell Borg",
            contact_email="kjell.borg@example.se",
            contact_phone="070-644 80 12",
            ort="Figeholm",
            amount_sek=8700,
        ),
    )


def m5312():
    body = """Hej

Jag skriver för Gullabo Intresseförening. Vi är 38 medlemmar och har funnits sedan 1994.

Vi vill ordna någon form av aktivitet i sommar för att få liv i Gullabo igen, kanske en
marknad eller något med musik, vi har inte riktigt bestämt oss ännu. Det ska vara något
trevligt för bygden.

Vi tror att många kommer, folk här brukar gilla sånt och det var länge sedan det hände något.

Vi söker 15 000 kr.

Hälsningar Roland Svensson
tel 0486-503 27
"""
    message(
        5312,
        "gullabo-nagon-aktivitet-tror-manga",
        frm=addr("Roland Svensson", "roland.svensson@example.net"),
        to=OFFICER,
        subject="Bidrag till Gullabo",
        when="2026-02-16 19:58",
        body=text(body, charset="iso-8859-1", cte="8bit"),
        msgid="<5312.gullabo.rs@example.net>",
        label=label(
            "application",
            "sv",
            "11000",
            "Short iso-8859-1 8bit application missing three elements. Activity FALSE: 'någon form av aktivitet ... kanske en marknad eller något med musik, vi har inte bestämt' is a vague wish. Anchoring FALSE: 'vi tror att många kommer, folk brukar gilla sånt' is a hope, not backing. Budget FALSE: a bare 'vi söker 15 000 kr' - recorded as amount_sek. Association (named, 38 members, since 1994) and contact (named signer from own address with phone) present. Women and men not stated. The followup 5327 adds nothing useful.",
            association_name="Gullabo Intresseförening",
            contact_name="Roland Svensson",
            contact_email="roland.svensson@example.net",
            contact_phone="0486-503 27",
            members=38,
            ort="Gullabo",
            amount_sek=15000,
        ),
    )


def m5313():
    b = "=_5313_report_postfix"
    notice = """This is the mail system at host mx2.example.net.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<roland.svenson@example.net>: host mx2.example.net[192.0.2.25] said: 550 5.1.1
    <roland.svenson@example.net>: Recipient address rejected: User unknown in
    virtual mailbox table (in reply to RCPT TO command)
"""
    status = """Reporting-MTA: dns; mx2.example.net
X-Postfix-Queue-ID: 4dK9Q72xZ3z1Gm
Arrival-Date: Tue, 17 Feb 2026 08:40:02 +0100 (CET)

Final-Recipient: rfc822; roland.svenson@example.net
Original-Recipient: rfc822;roland.svenson@example.net
Action: failed
Status: 5.1.1
Remote-MTA: dns; mx2.example.net
Diagnostic-Code: smtp; 550 5.1.1 <roland.svenson@example.net>: Recipient address
    rejected: User unknown in virtual mailbox table
"""
    orig = """From: landsbygdsutvecklare@example.se
To: roland.svenson@example.net
Subject: =?utf-8?q?SV=3A_Bidrag_till_Gullabo?=
Date: Tue, 17 Feb 2026 08:39:51 +0100
Message-ID: <off-0217-gullabo@example.se>
In-Reply-To: <5312.gullabo.rs@example.net>
References: <5312.gullabo.rs@example.net>
"""
    message(
        5313,
        "bounce-gullabo-user-unknown",
        frm=addr("Mail Delivery System", "MAILER-DAEMON@example.net"),
        to=OFFICER,
        subject="Undelivered Mail Returned to Sender",
        when="2026-02-17 08:40",
        body=multi(
            "report",
            b,
            [
                Part(
                    [
                        ("Content-Description", "Notification"),
                        ("Content-Type", "text/plain; charset=us-ascii"),
                    ],
                    notice.encode(),
                ),
                Part(
                    [
                        ("Content-Description", "Delivery report"),
                        ("Content-Type", "message/delivery-status"),
                    ],
                    status.encode(),
                ),
                Part(
                    [
                        ("Content-Description", "Undelivered Message Headers"),
                        ("Content-Type", "text/rfc822-headers"),
                    ],
                    orig.encode(),
                ),
            ],
            params="; report-type=delivery-status",
            preamble="This is a MIME-encapsulated message.\n\n",
        ),
        msgid="<20260217074002.4dK9Q72xZ3z1Gm@example.net>",
        extra=[("Auto-Submitted", "auto-replied")],
        label=label(
            "bounce",
            "en",
            "00000",
            "Postfix multipart/report bounce (message/delivery-status + text/rfc822-headers): the officer's reply to 5312 was sent to a misspelt address (svenson) and was rejected with 5.1.1. The returned headers carry In-Reply-To/References to the Gullabo application, but this is a machine message - never a followup; all elements false, all facts null. Language en: the report text is English (only the returned subject is Swedish).",
        ),
    )


def m5314():
    body = """Hej Landsbygdsutvecklaren!

Nu är vi äntligen klara med vår ansökan, vi har pratat om det här i över ett år 😊

Vi heter Alsterbro Bygdeförening (org.nr 802530-6419) och är 46 medlemmar. Föreningen äger
inget men vi ordnar valborg, julmarknad och städdag i byn.

Sedan caféet stängde finns det ingenstans att ses i Alsterbro, och många som bor ensamma,
särskilt de äldre och de som flyttat hit på senare år, säger att de knappt känner någon. Därför
vill vi starta ”Alsterbrokvällar”: en kväll i månaden mars–juni i gamla skolan, med fika och ett
kort föredrag varje gång. Programmet: biodling (mars), Alsterbros historia med glasbruket (april),
fiber och digitala tjänster för seniorer (maj) och en kväll om skogen och jakten (juni). Alla är
välkomna, både kvinnor och män, och vi hämtar upp den som inte kan köra själv.

Jonny på Alsterbro Livs och kyrkorådet står bakom oss – Jonny skänker fikabröd och kyrkan lånar
ut församlingshemmet gratis till junikvällen.

Budget
• Föreläsare 4 kvällar à 1 200 kr: 4 800 kr
• Hyra gamla skolan, 3 kvällar à 350 kr: 1 050 kr
• Annonser på anslagstavlor och i Nybro Tidning: 500 kr
• Kaffe, te och dricka: 800 kr
Totalt: 7 150 kr

Varma hälsningar
Marianne Jönsson
ordförande
0481-322 60 / 070-215 98 33
"""
    message(
        5314,
        "alsterbro-kvallar-affar-kyrka",
        frm=addr("Marianne Jönsson", "marianne.jonsson@example.com"),
        to=OFFICER,
        subject="Ansökan från Alsterbro Bygdeförening – Alsterbrokvällar",
        when="2026-02-23 14:11",
        body=text(body, cte="base64"),
        msgid="<5314.alsterbro.mj@example.com>",
        label=label(
            "application",
            "sv",
            "11111",
            "Complete application, utf-8 base64 with an emoji and bullet list. Anchoring TRUE in one line: the village shop owner (Jonny at Alsterbro Livs) and the local church council stand behind it and contribute (bread, the parish hall for free) - two other local actors backing and helping. The described need (nowhere to meet since the café closed) would not be enough on its own. Association with org.nr and 46 members, named chair from own address with two phones (first recorded), concrete monthly programme March-June, itemised budget totalling 7 150 kr. Women and men stated.",
            association_name="Alsterbro Bygdeförening",
            org_number="802530-6419",
            contact_name="Marianne Jönsson",
            contact_email="marianne.jonsson@example.com",
            contact_phone="0481-322 60",
            members=46,
            ort="Alsterbro",
            amount_sek=7150,
            women_and_men=True,
        ),
    )


def m5315():
    body = """Hej!

Vi är några föräldrar och pensionärer i Ålem som vill ordna HLR-kvällar i bygden.

Tre kvällar (21, 22 och 28 april) i Ålems församlingshem, 20 platser per kväll, med en
instruktör från Röda korset. Man lär sig hjärt-lungräddning på vuxna och barn och hur
hjärtstartaren vid Ica och den vid idrottsplatsen fungerar. Alla som bor i Ålem, kvinnor och
män, från 15 år. Ju fler i byn som kan HLR desto större chans att någon överlever ett
hjärtstopp här ute.

Behovet är stort. Enligt SCB är 41 procent av invånarna i Ålems församling över 65 år, och
enligt regionens statistik tar ambulansen i snitt 28 minuter till oss. Varje år drabbas cirka
6 000 svenskar av hjärtstopp utanför sjukhus.

Budgeten finns i pdf:en.

Per Holmberg
070-551 30 86
"""
    doc = pdf(
        [
            "HLR-kvällar i Ålem april 2026 - budget",
            "",
            "Instruktör Röda korset, 3 kvällar à 2 500 kr        7 500 kr",
            "Hyra av övningsdockor (Röda korset)                 1 200 kr",
            "Lokalhyra församlingshemmet, 3 x 300 kr               900 kr",
            "Fika                                                  600 kr",
            "",
            "Summa                                              10 200 kr",
            "Vi söker 10 200 kr ur idéslanten.",
        ]
    )
    message(
        5315,
        "alem-hlr-statistik-pdf",
        frm=addr("Per Holmberg", "per.holmberg@example.org"),
        to=OFFICER,
        subject="HLR-kvällar i Ålem – ansökan",
        when="2026-02-25 20:26",
        body=multi(
            "mixed",
            "------------0A4C1E5315F0B7E2",
            [
                text(body, charset="utf-8", cte="8bit"),
                attach(doc, "application/pdf", "budget_hlr_alem.pdf"),
            ],
        ),
        msgid="<5315.alem.hlr@example.org>",
        extra=[("User-Agent", "Mozilla Thunderbird")],
        label=label(
            "application",
            "sv",
            "01101",
            "Plain body plus a one-page PDF budget (Helvetica, WinAnsi, extractable). Anchoring FALSE: the 'behovet är stort' paragraph is statistics (SCB age share, ambulance time, national cardiac arrests) - a described need, not backing from the village; nothing shows anyone in Ålem asked for or supports the courses. Association FALSE: 'några föräldrar och pensionärer i Ålem' is an unnamed group, so no association name and no member count. Contact (named signer from own address, phone), activity (three dated evenings, Red Cross instructor, local benefit) and PDF budget (10 200 kr) are present. Renting training dummies is not an investment; the instructor fee is not salary.",
            contact_name="Per Holmberg",
            contact_email="per.holmberg@example.org",
            contact_phone="070-551 30 86",
            ort="Ålem",
            amount_sek=10200,
            women_and_men=True,
        ),
    )


def m5316():
    body = """Hej
Syföreningen Flitiga Händer i Degerhamn, 19 medl, söker till vävkurs.
3 lördagar i april i Bygdegården, väverskan Elsa Nord från Mörbylånga lär oss varpa och
väva trasmattor på bygdegårdens gamla vävstolar. För traktens kvinnor, nybörjare välkomna,
mattorna säljs sen på julmarknaden och pengarna går till bygdegården
(årsmötet sa ja i februari)
Elsa 3 x 1500 = 4500
Hyra bygdegården 3 x 300 = 900
Garn o trasor 1200
Summa 6600
/Ingrid Malm 0485-66 21 07
"""
    message(
        5316,
        "degerhamn-vavkurs-kort",
        frm=addr("Ingrid Malm", "ingrid.malm@example.se"),
        to=OFFICER,
        subject="vävkurs Degerhamn",
        when="2026-03-02 10:03",
        body=text(body),
        msgid="<5316-degerhamn-im@example.se>",
        label=label(
            "application",
            "sv",
            "11111",
            "Very short, complete application. Anchoring TRUE though written only in passing in brackets: '(årsmötet sa ja i februari)' - the members' annual meeting backed it (contrast 5302 where only the board decided). Association named with 19 members, contact named with phone from own address, activity concrete (three Saturdays in April, weaver, rugs sold at the Christmas market for the bygdegård), three budget items summing to 6 600. women_and_men FALSE: explicitly 'för traktens kvinnor' - a rule problem, not a missing element. Yarn and rags are consumables, not an investment.",
            association_name="Syföreningen Flitiga Händer i Degerhamn",
            contact_name="Ingrid Malm",
            contact_email="ingrid.malm@example.se",
            contact_phone="0485-66 21 07",
            members=19,
            ort="Degerhamn",
            amount_sek=6600,
            women_and_men=False,
        ),
    )


def m5317():
    plain = """LANDSBYGDSNÄTVERKET – NYHETSBREV MARS 2026

Fem tips: så förankrar ni ert projekt i bygden
1. Bjud in till ett öppet bymöte innan ni söker pengar.
2. Gör en enkel enkät – på papper i affären eller digitalt.
3. Samarbeta med andra föreningar på orten.
4. Låt de som ska delta vara med och planera.
5. Skriv ner vilka som står bakom, med namn.

Kalendarium
25 mars: webbinarium om idéburen service på landsbygden
15 april: ansökningsomgång för lokala utvecklingsmedel öppnar

Du får det här nyhetsbrevet eftersom du prenumererar på Landsbygdsnätverkets utskick.
Avsluta prenumerationen: https://nyhetsbrev.example.org/avsluta?id=88213
"""
    html = """<html><body>
<h1>Landsbygdsnätverket &ndash; nyhetsbrev mars 2026</h1>
<h2>Fem tips: så förankrar ni ert projekt i bygden</h2>
<ol><li>Bjud in till ett öppet bymöte innan ni söker pengar.</li><li>Gör en enkel enkät &ndash; på papper i affären eller digitalt.</li><li>Samarbeta med andra föreningar på orten.</li><li>Låt de som ska delta vara med och planera.</li><li>Skriv ner vilka som står bakom, med namn.</li></ol>
<h2>Kalendarium</h2>
<p>25 mars: webbinarium om idéburen service på landsbygden<br>15 april: ansökningsomgång för lokala utvecklingsmedel öppnar</p>
<p style="font-size:small">Du får det här nyhetsbrevet eftersom du prenumererar på Landsbygdsnätverkets utskick. <a href="https://nyhetsbrev.example.org/avsluta?id=88213">Avsluta prenumerationen</a></p>
</body></html>
"""
    message(
        5317,
        "nyhetsbrev-forankringstips",
        frm=addr("Landsbygdsnätverket", "nyhetsbrev@example.org"),
        to=OFFICER,
        subject="Nyhetsbrev mars: fem tips om förankring",
        when="2026-03-03 06:30",
        body=multi(
            "alternative",
            "nl_5317_a8f2c1",
            [
                text(plain, cte="quoted-printable"),
                text(html, subtype="html", cte="quoted-printable"),
            ],
        ),
        msgid="<nl.2026-03.88213@example.org>",
        extra=[
            ("List-Id", "Landsbygdsnatverket nyhetsbrev <nyhetsbrev.example.org>"),
            (
                "List-Unsubscribe",
                "<https://nyhetsbrev.example.org/avsluta?id=88213>, <mailto:avsluta@example.org?subject=unsubscribe>",
            ),
            ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
            ("Precedence", "bulk"),
        ],
        label=label(
            "newsletter",
            "sv",
            "00000",
            "Bulk newsletter (List-Id, List-Unsubscribe with one-click, Precedence: bulk), multipart/alternative. Its content is about anchoring itself (open village meeting, survey, cooperation) - a keyword trap: nothing is applied for, so all elements false and all facts null, and the bot must not reply.",
        ),
    )


def m5318():
    body = """Dear rural development officer,

I am writing on behalf of Långasjö Byalag, the village association of Långasjö (52 members,
org. no. 802416-9289). Sorry for writing in English, my Swedish is still not good enough for
applications!

We would like to apply for 10 800 SEK for a study trip on Saturday 16 May. We will go by
bus to the Stensjö by cultural reserve and to the village-owned shop cooperative in Kristdala,
to learn how other villages run a shared shop and a heritage site with volunteers. Långasjö
lost its shop in 2024 and we want to find out whether a cooperative could work here.

The trip is already fully booked: 30 seats were sold through our website at 350 SEK each, and
people from all over Småland and even two families from Germany have signed up. So there is
clearly a lot of interest!

Budget:
Bus hire, full day (Emmaboda Buss)      8 400 SEK
Guided tour Stensjö by                  1 500 SEK
Coffee and cake on the way                900 SEK
Total                                  10 800 SEK
(Ticket income, 10 500 SEK, pays for lunch and entrance fees.)

Kind regards,
Marieke van Dijk
secretary, Långasjö Byalag
+46 72 318 44 09
"""
    message(
        5318,
        "langasjo-study-trip-english",
        frm=addr("Marieke van Dijk", "marieke.vandijk@example.com"),
        to=OFFICER,
        subject="Application idéslanten – study trip Långasjö",
        when="2026-03-05 15:47",
        body=text(body, cte="quoted-printable"),
        msgid="<5318.langasjo.mvd@example.com>",
        label=label(
            "application",
            "en",
            "11101",
            "English application (utf-8 QP). Anchoring FALSE: the 'interest' shown is 30 seats sold on a website to people from all over Småland and Germany - customers of a trip, not backing from Långasjö; no village meeting, survey or local partner. (Contrast 5308, where the village's own young people asked for the workshop and signed up.) Association (52 members, org.nr), contact (named secretary from own address with phone), concrete activity with local purpose (learning how to run a cooperative shop) and itemised budget 10 800 SEK are present. Ticket income is noted but the applied amount is 10 800. Women and men not stated.",
            association_name="Långasjö Byalag",
            org_number="802416-9289",
            contact_name="Marieke van Dijk",
            contact_email="marieke.vandijk@example.com",
            contact_phone="+46 72 318 44 09",
            members=52,
            ort="Långasjö",
            amount_sek=10800,
        ),
    )


def m5319():
    app = "<20260115100512.5302@example.net>"
    rid = receipt_id(app, "2026-0009")
    quoted = receipt_text("2026-0009", ["anchoring"], 1)
    body = f"""Hej igen,

Som komplettering till vår ansökan om dialogserien "Fliseryd 2030":

Vi förstod av ert svar att styrelsens beslut inte räcker, så vi sköt upp starten till april och
bjöd först in till ett öppet bymöte i Folkets hus den 4 mars. Det kom 41 personer. Vi
presenterade dialogserien och mötet ställde sig bakom den utan invändningar. Åtta personer
anmälde sig direkt för att hjälpa till att bjuda in sina grannar, och både PRO Fliseryd och
Fliseryds IK vill vara med och sprida inbjudan till sina medlemmar.

Protokoll från bymötet kan skickas om ni vill.

Med vänlig hälsning
Mats Olofsson
Fliseryds samhällsförening

Den tors 15 jan. 2026 kl 10:06 skrev Idéslanten – Region Kalmar län <ideslanten@example.se>:

{gt_quote(quoted)}
"""
    message(
        5319,
        "re-fliseryd-bymote-komplettering",
        frm=addr("Mats Olofsson", "mats.olofsson@example.net"),
        to=BOT,
        subject="Re: Ansökan om regional bygdepeng – Fliseryds samhällsförening [Idéslanten 2026-0009]",
        when="2026-03-06 09:40",
        body=text(body, cte="quoted-printable"),
        msgid="<CAJx5319fliseryd+bymote@example.net>",
        in_reply_to=rid,
        references=[app, rid],
        label=label(
            "followup",
            "sv",
            "01010",
            "Gmail-style followup to 5302 (bottom-quoted receipt with '>' after 'Den tors 15 jan. 2026 ... skrev'). The new text supplies real anchoring: an open village meeting on 4 March with 41 people backed the series, eight volunteers signed up, and two other local associations (PRO Fliseryd, Fliseryds IK) help - anchoring true, contrasting the board-only decision in 5302. Contact true (named signer from own address; no phone in the new text). Association false (only the name in the signature), activity false (only named, not described), budget false. The 41 attendees are not members; members null.",
            association_name="Fliseryds samhällsförening",
            contact_name="Mats Olofsson",
            contact_email="mats.olofsson@example.net",
            ort="Fliseryd",
        ),
    )


def m5320():
    plain = """Hej!

Vi är ett gäng i Rockneby som vill ordna två solkvällar i bygdegården, onsdagarna 15 och 22 april kl 19.

Solcellsexperten Malin Ståhl föreläser om solceller på villor och gårdar: vad det kostar, vilka bidrag som finns och hur man kan göra en gemensam upphandling för flera hushåll i byn. Andra kvällen går vi igenom om vi ska bilda en energiförening i Rockneby. Lägre elkostnader gör att folk har råd att bo kvar, och en gemensam satsning ger byn något att samlas kring. För alla, både kvinnor och män.

Förra årets midsommarfest i Rockneby hade över 300 besökare, så vi vet att folk här ställer upp när något händer!

Kostnader
Malin Ståhl 2 x 2 500 kr = 5 000 kr
Bygdegården 2 x 500 kr = 1 000 kr
Annons Barometern + lappar = 600 kr
Summa 6 600 kr

Mvh Tobias Ek
070-228 61 75
"""
    html = (
        "<html><body>"
        + "".join(
            f"<p>{ln.replace('&', '&amp;')}</p>" if ln else ""
            for ln in plain.replace("\n\n", "\n\n").split("\n\n")
        ).replace("\n", "<br>\n")
        + "</body></html>\n"
    )
    message(
        5320,
        "rockneby-solkvallar-midsommarfest",
        frm=addr("Tobias Ek", "tobias.ek@example.se"),
        to=OFFICER,
        subject="Solkvällar i Rockneby",
        when="2026-03-10 12:15",
        body=multi(
            "alternative",
            "Apple-Mail=_5320-ROCK-4B1D",
            [
                text(plain, cte="quoted-printable"),
                text(html, subtype="html", cte="quoted-printable"),
            ],
        ),
        msgid="<9F1E5320-ROCKNEBY@example.se>",
        label=label(
            "application",
            "sv",
            "01101",
            "multipart/alternative (Apple Mail boundary). Anchoring FALSE: last year's midsummer party with 300 visitors is offered as proof, but it has no link to this activity (solar-energy evenings) - attendance at an unrelated past event shows nothing about backing for this. Association FALSE: 'ett gäng i Rockneby' is unnamed. Contact (named signer from own address, phone), activity (two dated evenings with a lecturer, joint procurement / energy association, local benefit) and budget (three items, 6 600 kr) are present. Women and men stated. Lecturer fee is not salary.",
            contact_name="Tobias Ek",
            contact_email="tobias.ek@example.se",
            contact_phone="070-228 61 75",
            ort="Rockneby",
            amount_sek=6600,
            women_and_men=True,
        ),
    )


def m5321():
    html = """<html><body>
<p>Bästa användare,</p>
<p>Din e-postlåda har nått <b>98%</b> av sin lagringskapacitet. Inkommande meddelanden från medborgare och föreningar kommer att avvisas inom 24 timmar.</p>
<p>För att undvika att ansökningar går förlorade, verifiera ditt konto nu:</p>
<p><a href="https://webmail-verify.example.com/region/login?u=landsbygdsutvecklare">UPPGRADERA LAGRING GRATIS</a></p>
<p>IT-avdelningen<br>Region Kalmar län</p>
</body></html>
"""
    message(
        5321,
        "spam-lagring-phishing",
        frm=addr("IT-Support Region", "it-support.region@example.com"),
        to=OFFICER,
        subject="VARNING: Din e-postlåda är full – åtgärd krävs",
        when="2026-03-11 03:14",
        body=text(html, subtype="html", cte="base64"),
        msgid="<20260311021455.77aa1@example.com>",
        extra=[("X-Priority", "1 (Highest)")],
        label=label(
            "spam",
            "sv",
            "00000",
            "HTML-only base64 phishing pretending to be the region's IT department (mailbox full, verify account via link to a foreign host). Mentions 'ansökningar' and 'föreningar' but applies for nothing; all elements false, all facts null.",
        ),
    )


_ORREFORS_NAMES = [
    ("Leif Karlsson", "Kantavägen", "ja"), ("Eva Karlsson", "Kantavägen", "nej"), ("Sofia Nyström", "Glasbruksvägen", "ja"),
    ("Rasmus Nyström", "Glasbruksvägen", "ja"), ("Gun Holm", "Stationsvägen", "nej"), ("Yusuf Demir", "Stationsvägen", "ja"),
    ("Anneli Blom", "Nya vägen", "ja"), ("Roger Blom", "Nya vägen", "nej"), ("Siv Ekström", "Smedsvägen", "nej"),
    ("Olle Petersson", "Smedsvägen", "ja"), ("Ann-Britt Petersson", "Smedsvägen", "ja"), ("Emil Sjöberg", "Kantavägen", "ja"),
    ("Hanna Sjöberg", "Kantavägen", "nej"), ("Maj Lindgren", "Skolvägen", "ja"), ("Kurt Lindgren", "Skolvägen", "nej"),
    ("Fatima Hassan", "Glasbruksvägen", "ja"), ("Jonas Wik", "Åkervägen", "ja"), ("Linda Wik", "Åkervägen", "ja"),
    ("Bo Engström", "Stationsvägen", "nej"), ("Inga Engström", "Stationsvägen", "nej"), ("Peter Lund", "Skolvägen", "ja"),
    ("Mirja Virtanen", "Nya vägen", "ja"), ("Stig Ahl", "Åkervägen", "nej"), ("Karin Ahl", "Åkervägen", "ja"),
    ("Nils Franzén", "Kantavägen", "nej"), ("Lotta Franzén", "Kantavägen", "ja"), ("Amir Karimi", "Skolvägen", "ja"),
    ("Gunilla Berg", "Smedsvägen", "nej"), ("Henrik Berg", "Smedsvägen", "nej"), ("Tove Åberg", "Glasbruksvägen", "ja"),
    ("Erik Åberg", "Glasbruksvägen", "ja"), ("Barbro Sten", "Stationsvägen", "nej"), ("Lennart Sten", "Stationsvägen", "ja"),
    ("Mona Palm", "Nya vägen", "nej"), ("Ali Osman", "Åkervägen", "ja"), ("Ida Rehn", "Skolvägen", "ja"),
    ("Göran Rehn", "Skolvägen", "nej"),
]  # fmt: skip


def m5322():
    body = """Hej!

Orrefors Samhällsförening (org.nr 802503-3179, 73 medlemmar) söker 11 600 kr ur idéslanten.

Stationshuset i Orrefors har stått tomt sedan 2021. Många i samhället vill att det ska bli en
mötesplats igen, men ingen vet vad som är möjligt. Vi vill därför hålla tre dialogmöten i
april och maj i Folkets hus, ledda av en inhyrd samtalsledare. På det andra mötet föreläser
byggnadsantikvarien Karin Strand om vad huset tål och vad en ombyggnad skulle kräva. Resultatet
blir ett gemensamt förslag till kommunen och fastighetsägaren om hur huset kan användas
(café, föreningslokal, turistinformation). Själva ombyggnaden söker vi inte pengar för här.

Förankring: i januari gick vi runt med en namnlista. 37 bybor har skrivit på att de vill vara
med och ta fram förslaget, och 21 av dem har kryssat i att de kan hjälpa till. Listan bifogas.

Budget
Samtalsledare 3 möten x 2 000 kr      6 000 kr
Föreläsning byggnadsantikvarie        3 500 kr
Hyra Folkets hus 3 x 400 kr           1 200 kr
Fika                                    900 kr
Summa                                11 600 kr

Leif Karlsson
ordförande, Orrefors Samhällsförening
0481-300 47
"""
    rows = ["Namn;Adress;Kan hjälpa till"] + [
        f"{n};{g}, Orrefors;{h}" for n, g, h in _ORREFORS_NAMES
    ]
    csv_bytes = ("\n".join(rows) + "\n").encode("utf-8-sig")
    message(
        5322,
        "orrefors-stationshuset-namnlista-csv",
        frm=addr("Leif Karlsson", "leif.karlsson@example.org"),
        to=OFFICER,
        subject="Idéslanten - dialog om stationshuset i Orrefors",
        when="2026-03-16 17:33",
        body=multi(
            "mixed",
            "_----------=_5322orrefors",
            [
                text(body, charset="iso-8859-1", cte="quoted-printable"),
                attach(
                    csv_bytes, "text/csv", "namnlista_stationshuset.csv", params="; charset=utf-8"
                ),
            ],
        ),
        subject_charset="iso-8859-1",
        msgid="<5322.orrefors.lk@example.org>",
        label=label(
            "application",
            "sv",
            "11111",
            "Complete application, iso-8859-1 QP body plus a CSV attachment (utf-8 with BOM, semicolon-separated) holding the petition: 37 named residents who want to take part, 21 ticked that they can help. Anchoring TRUE through the signed name list, which is concrete and attached. The 37 signers are not members (73 members stated). Activity concrete (three dialogue meetings April-May, hired facilitator, building-heritage lecture, joint proposal); the mail explicitly does not ask for the rebuilding, so no physical investment. Budget itemised, 11 600 kr. No statement about women and men.",
            association_name="Orrefors Samhällsförening",
            org_number="802503-3179",
            contact_name="Leif Karlsson",
            contact_email="leif.karlsson@example.org",
            contact_phone="0481-300 47",
            members=73,
            ort="Orrefors",
            amount_sek=11600,
        ),
    )


def m5323():
    body = """Hello,

I'm on the board of Byxelkroks Hamnförening (the harbour association in Byxelkrok, north
Öland). We are thinking about applying for idéslanten for a harbour clean-up day with a talk
about the Baltic Sea. But the local sports club in Byxelkrok is also planning to apply for
something this year.

Is the maximum of 15 000 SEK per locality shared between us, so that if they get 10 000 we
can only get 5 000? And who decides which association gets it first?

Thanks in advance,
Thomas Becker
"""
    message(
        5323,
        "byxelkrok-question-cap-english",
        frm=addr("Thomas Becker", "thomas.becker@example.net"),
        to=OFFICER,
        subject="Question about the 15 000 SEK limit per locality",
        when="2026-03-18 10:26",
        body=text(body, cte="8bit"),
        msgid="<5323-byxelkrok-tb@example.net>",
        label=label(
            "question",
            "en",
            "00000",
            "English question about whether the 15 000 SEK cap per locality is shared between two associations in the same village and who gets priority. A plan is mentioned in one line but nothing is applied for: all elements false. The 15 000/10 000/5 000 figures are rule amounts asked about, not an amount applied for, so amount_sek is null. Facts: the association and person the writer names, ort Byxelkrok.",
            association_name="Byxelkroks Hamnförening",
            contact_name="Thomas Becker",
            contact_email="thomas.becker@example.net",
            ort="Byxelkrok",
        ),
    )


def m5324():
    body = """Hej!

Ruda Byalag (29 medlemmar, bildat 2008) vill starta "Bio i Ruda" – en filmkväll i månaden
april till juli i Ruda bygdegård. Varje kväll visar vi en film med anknytning till bygden eller
Högsby kommun, och en gäst berättar om filmen och bygdens historia. Efter filmen blir det
soppa och samtal. Målet är att folk i Ruda ska ha en fast mötesplats, att nyinflyttade lär
känna byn och att de äldre som inte kör längre får en anledning att komma ut (vi ordnar
samåkning).

Vi gör det tillsammans med Ruda bygdegårdsförening – de ställer upp med lokalen gratis och
sköter kaffet – och PRO Ruda har lovat att sprida det bland sina medlemmar och hjälpa till med
samåkningen.

Vi söker 12 000 kr totalt. Pengarna ska gå till gästföreläsarna och till att köpa en projektor
och duk som byn kan ha kvar i bygdegården.

Vänliga hälsningar
Åsa Lund
Ruda Byalag
asa.lund@example.com / 0491-770 23
"""
    message(
        5324,
        "ruda-bio-bygdegard-projektor",
        frm=addr("Åsa Lund", "asa.lund@example.com"),
        to=OFFICER,
        subject="Ansökan Bio i Ruda",
        when="2026-03-23 08:09",
        body=text(body, cte="quoted-printable"),
        msgid="<5324.ruda.al@example.com>",
        label=label(
            "application",
            "sv",
            "11110",
            "Application (utf-8 QP) with TRUE anchoring through cooperation with two other local associations: the bygdegårdsförening lends the hall for free and runs the coffee, PRO Ruda spreads the word and helps with car-sharing (contrast 5310, where the venue is rented from a supplier). Budget FALSE: only a bare total 'vi söker 12 000 kr totalt' with a list of what the money goes to but no amounts per item. physical_investment TRUE: buying a projector and screen to keep in the bygdegård. Association (29 members, founded 2008), contact (named, own address, phone) and activity (monthly film evenings April-July with guests, local benefit) present.",
            association_name="Ruda Byalag",
            contact_name="Åsa Lund",
            contact_email="asa.lund@example.com",
            contact_phone="0491-770 23",
            members=29,
            ort="Ruda",
            amount_sek=12000,
            physical_investment=True,
        ),
    )


def m5325():
    body = """Hej!

Jag är ledig 23 mars - 6 april och läser inte min e-post.
Ärenden som gäller Alsterbro Bygdeförening kan vänta tills jag är tillbaka,
eller ring vår kassör Göran på 0481-322 14.

Marianne Jönsson
"""
    message(
        5325,
        "franvaro-alsterbro-utan-header",
        frm=addr("Marianne Jönsson", "marianne.jonsson@example.com", charset="iso-8859-1"),
        to=OFFICER,
        subject="Frånvaro: SV: Ansökan från Alsterbro Bygdeförening – Alsterbrokvällar",
        when="2026-03-24 11:52",
        body=text(body, charset="iso-8859-1", cte="quoted-printable"),
        msgid="<5325.ooo.mj@example.com>",
        in_reply_to="<off-0324-alsterbro@example.se>",
        references=["<5314.alsterbro.mj@example.com>", "<off-0324-alsterbro@example.se>"],
        label=label(
            "autoreply",
            "sv",
            "00000",
            "Out-of-office reply WITHOUT any automation header (no Auto-Submitted, X-Autoreply or Precedence); only the 'Frånvaro:' subject prefix and the 'jag är ledig ... läser inte min e-post' text show it is automatic. It answers the officer's mail about 5314 (References names the application) and gives a phone number for the treasurer, but it is not a followup: all elements false, all facts null.",
        ),
    )


def m5326():
    body = """Till Region Kalmar län, landsbygdsutvecklaren

Ansökan om medel ur regional bygdepeng – idéslanten

Sökande: Totebo Hembygdsförening, org.nr 802488-2568. Föreningen bildades 1946 och har i dag 44
medlemmar. Vi förvaltar hembygdsgården vid Totebo kyrka.

Ändamål: Föreningen avser att under 2026 genomföra insatser som stärker bygden och ökar Totebos
attraktivitet, i form av olika aktiviteter under året för såväl kvinnor som män.

Förankring: Projektet är väl förankrat i bygden och har en bred förankring bland invånarna.

Budget:
Föreläsare                 4 000 kr
Lokalhyra                  1 500 kr
Marknadsföring             2 000 kr
Förtäring                  1 500 kr
Summa                      9 000 kr

Med vänlig hälsning

Bertil Sandberg
Ordförande
Totebo Hembygdsförening
Tfn 0490-510 62
"""
    message(
        5326,
        "totebo-insatser-val-forankrat",
        frm=addr("Bertil Sandberg", "bertil.sandberg@example.net", charset="iso-8859-1"),
        to=OFFICER,
        subject="Ansökan idéslanten Totebo Hembygdsförening",
        subject_charset="iso-8859-1",
        when="2026-03-26 14:02",
        body=text(body, charset="windows-1252", cte="8bit"),
        msgid="<5326.totebo.bs@example.net>",
        label=label(
            "application",
            "sv",
            "11001",
            "Formal windows-1252 8bit application with the right headings but empty content. Activity FALSE: 'insatser som stärker bygden ... olika aktiviteter under året' names nothing concrete. Anchoring FALSE: 'väl förankrat i bygden ... bred förankring' is the word without any content - no meeting, survey, partner or volunteer. Association (org.nr, founded 1946, 44 members, runs the hembygdsgård), contact (named chair from own address, phone) and budget (four items, 9 000 kr) are present. 'för såväl kvinnor som män' makes women_and_men true. Followup 5338 later adds a concrete activity but still no anchoring.",
            association_name="Totebo Hembygdsförening",
            org_number="802488-2568",
            contact_name="Bertil Sandberg",
            contact_email="bertil.sandberg@example.net",
            contact_phone="0490-510 62",
            members=44,
            ort="Totebo",
            amount_sek=9000,
            women_and_men=True,
        ),
    )


def m5327():
    app = "<5312.gullabo.rs@example.net>"
    rid = receipt_id(app, "2026-0021")
    quoted = receipt_text("2026-0021", ["activity", "anchoring", "budget"], 2)
    body = f"""Hej igen

Vi har pratat om det i föreningen. Vi tror fortfarande att det blir bra och att det kommer
mycket folk, det brukar det göra här när det händer något. Exakt vad det blir och vad det
kostar vet vi inte än, det beror på vad vi hittar på. Går det bra att vi får pengarna ändå?

Mvh Roland Svensson

> 16 feb. 2026 kl. 19:59 skrev Idéslanten – Region Kalmar län <ideslanten@example.se>:
>
{gt_quote(quoted)}
"""
    message(
        5327,
        "re-gullabo-inget-nytt",
        frm=addr("Roland Svensson", "roland.svensson@example.net"),
        to=BOT,
        subject="Re: Bidrag till Gullabo [Idéslanten 2026-0021]",
        when="2026-03-30 19:21",
        body=text(body, cte="quoted-printable"),
        msgid="<E2C7-5327-GULLABO@example.net>",
        in_reply_to=rid,
        references=[app, rid],
        extra=[("X-Mailer", "Apple Mail (2.3774.400.31)")],
        label=label(
            "followup",
            "sv",
            "01000",
            "Apple-Mail-style followup to 5312 that supplies nothing useful: it repeats the hope that many will come (still no anchoring), says the activity and costs are undecided (activity and budget still false) and asks whether they can get the money anyway. Only contact is true (named signer from own address). The quoted receipt below (listing activity, anchoring and budget as missing) must not make anything true. No amount in the new text.",
            contact_name="Roland Svensson",
            contact_email="roland.svensson@example.net",
            ort="Gullabo",
        ),
    )


def m5328():
    body = """tjena!

vi e Mörlunda Byalag, 28 medlemmar, å vi vill söka idéslanten till en motorsågskurs

efter stormen i vintras ligger det träd överallt längs stigarna å i trädgårdarna hos dom
äldre som inte orkar själva. vi vill att fler i byn kan såga säkert så vi kan hjälpa varann.
kursen e 2 helger i maj (9-10 å 16-17 maj) vid bygdegården, 12 pers, tjejer å killar, man
får motorsågskörkort AB efteråt. sen gör vi röjdagar i juni hos dom som behöver hjälp gratis

vi snacka me alla på bystämman i februari, typ 30 pers va där, å alla tyckte de va schysst.
fyra av dom äldre har redan ringt å frågat när vi kommer å röjer hos dom haha

kostnader:
instruktör 2 helger a 4000 = 8000
hyra sågar o skyddsutrustning (Hultsfreds maskinuthyrning) = 2700
fika o lunch kursdagarna = 1300
tot 12 000

Jimmy Karlsson
070-461 02 88
"""
    message(
        5328,
        "morlunda-motorsagskurs-bystamma",
        frm=addr("Jimmy Karlsson", "jimmy.karlsson88@example.com"),
        to=OFFICER,
        subject="motorsågskurs mörlunda",
        when="2026-04-02 21:48",
        body=text(body, cte="8bit"),
        msgid="<5328.morlunda.jk@example.com>",
        label=label(
            "application",
            "sv",
            "11111",
            "Complete application in dialect and shorthand ('vi e', 'å', 'snacka me', 'schysst', 'tot'). Anchoring TRUE: discussed at the village meeting (bystämma) in February with about 30 present and everyone in favour, and elderly residents already asking for help - the ~30 attendees are not members (28 members stated). Association, contact (named, own address, phone), activity (two dated course weekends, certificate, free clearing days for the elderly) and budget (three items, 12 000) present. Renting saws and protective gear is not an investment; instructor fee not salary. 'tjejer å killar' = women and men.",
            association_name="Mörlunda Byalag",
            contact_name="Jimmy Karlsson",
            contact_email="jimmy.karlsson88@example.com",
            contact_phone="070-461 02 88",
            members=28,
            ort="Mörlunda",
            amount_sek=12000,
            women_and_men=True,
        ),
    )


def m5329():
    body = """Hej!

Bergkvara Hamnförening (61 medlemmar) söker bidrag till Bergkvara Hamndag lördagen den 13 juni.

Programmet: guidade visningar av gamla hamnen och magasinen, ett föredrag av sjöhistorikern
Ulla Berg om sillfisket och skeppsbyggeriet i Bergkvara, metetävling för barnen och
uppvisning av bygdens allmogebåtar. Syftet är att visa upp hamnen för nyinflyttade och
sommargäster och samla in idéer om vad hamnen ska användas till i framtiden – varje besökare
får skriva en lapp till "idéväggen" som vi sedan lämnar till kommunen.

Femton personer från byn har lovat att jobba under dagen, PRO Bergkvara sköter
kaffeserveringen och Bergkvara Segelsällskap visar sina båtar och kör turer i hamnen.

Budget: ca 14 000 kr, detaljerna tar vi fram i april.

Hälsningar
Arbetsgruppen för hamndagen
Bergkvara Hamnförening
"""
    message(
        5329,
        "bergkvara-hamndag-volontarer",
        frm=addr("Bergkvara Hamnförening", "hamnforeningen.bergkvara@example.se"),
        to=OFFICER,
        subject="Bergkvara Hamndag 13 juni – ansökan",
        when="2026-04-07 13:30",
        body=text(body, cte="quoted-printable"),
        msgid="<5329.bergkvara.hamn@example.se>",
        label=label(
            "application",
            "sv",
            "10110",
            "Application from a shared association mailbox signed 'Arbetsgruppen för hamndagen' - no person named, so contact FALSE and contact facts null. Anchoring TRUE: fifteen villagers have promised to work on the day, and two other local associations (PRO Bergkvara, Bergkvara Segelsällskap) take on parts - many volunteers plus local cooperation. Budget FALSE: 'ca 14 000 kr, detaljerna tar vi fram i april' is a rough total with the breakdown promised later; the figure is recorded as amount_sek. Association (61 members) and a concrete dated activity with local purpose (idea wall handed to the municipality) are present. The 15 volunteers are not members.",
            association_name="Bergkvara Hamnförening",
            members=61,
            ort="Bergkvara",
            amount_sek=14000,
        ),
    )


def m5330():
    body = """Hej,

Kalmar Ljungby hembygdsforening (org nr 802541-7901) soker 13 500 kr ur ideslanten.
Vi har 88 medlemmar och ager Ljungby gamla skola dar vi har vart museum.
(Ursakta att det blir utan prickar, datorn har bara engelskt tangentbord.)

Aktivitet: fem guidade sockenvandringar, en i manaden maj-september, sondagar kl 14.
Vandringarna gar till gamla kyrkplatsen, runstenen, kvarnen vid Ljungbyan och soldattorpen.
En inhyrd guide (Marita Holm, arkeolog) leder vandringarna och varje gang slutar vi med
kaffe i gamla skolan. Vi vill att fler, inte minst nyinflyttade i de nya husen vid Trekanten-
vagen, lar kanna socknens historia och hittar till museet.

Lokal forankring: vandringarna ar oppna for alla i socknen. Vi kommer att satta upp lappar pa
anslagstavlan vid affaren, lagga ut pa Facebook och skicka inbjudan till alla hushall, sa att
alla far veta om det.

Budget
Guide Marita Holm, 5 vandringar a 1 500 kr     7 500 kr
Lon till var kassor for administration          2 000 kr
Tryck av inbjudan och karta                      2 500 kr
Kaffe och bullar                                  1 500 kr
Summa                                            13 500 kr

Bengt-Ove Lindahl
sekreterare
0480-470 33
"""
    message(
        5330,
        "kalmar-ljungby-vandringar-ascii",
        frm=addr("Bengt-Ove Lindahl", "bengt-ove.lindahl@example.org"),
        to=OFFICER,
        subject="Ansokan ideslanten - sockenvandringar Kalmar Ljungby",
        when="2026-04-09 10:44",
        body=Part(
            [("Content-Type", "text/plain"), ("Content-Transfer-Encoding", "7bit")],
            body.encode("ascii"),
        ),
        msgid="<5330.kljungby.bol@example.org>",
        label=label(
            "application",
            "sv",
            "11101",
            "Plain 7bit text/plain WITHOUT a charset parameter, Swedish written without å/ä/ö ('soker', 'forening', 'Lon till var kassor'). Anchoring FALSE: the 'Lokal forankring' paragraph is only an information plan (notes on the notice board, Facebook, invitations to every household) and 'open for all' - telling people afterwards is not backing from them. Salary_costs TRUE: 'Lon till var kassor for administration 2 000 kr' is pay to a member (the guide's fee would not be). Association (org.nr, 88 members, owns the old school), contact (named, own address, phone), concrete activity (five monthly walks with a hired guide) and itemised budget 13 500 kr are present. Women and men not stated.",
            association_name="Kalmar Ljungby hembygdsforening",
            org_number="802541-7901",
            contact_name="Bengt-Ove Lindahl",
            contact_email="bengt-ove.lindahl@example.org",
            contact_phone="0480-470 33",
            members=88,
            ort="Kalmar Ljungby",
            amount_sek=13500,
            salary_costs=True,
        ),
    )


def m5331():
    html = """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Vårens kurser</title></head>
<body style="margin:0;font-family:Arial">
<table width="100%" cellpadding="12"><tr><td style="background:#1d5c7a;color:#fff">
<h1>Studieförbundet Kustbygd – vårens kurser i Kalmar län</h1></td></tr>
<tr><td>
<p>Hej föreningsvän!</p>
<p>Nu startar vårens studiecirklar: <b>Föreningskunskap för nya styrelser</b> (Nybro, Vimmerby), <b>Att skriva ansökningar</b> (Oskarshamn, digitalt) och <b>Byvandringar med berättare</b> (Borgholm).</p>
<p>Visste du att en studiecirkel kan vara ett bra sätt att förankra en idé i byn? Läs mer och anmäl dig på vår webb.</p>
<p style="font-size:11px;color:#777">Du får detta utskick som kontaktperson för en förening i vårt register.
<a href="https://utskick.example.net/u/5331/ka91">Avregistrera dig här</a>.</p>
</td></tr></table>
</body></html>
"""
    message(
        5331,
        "nyhetsbrev-studieforbund-html",
        frm=addr("Studieförbundet Kustbygd", "info@example.net"),
        to=OFFICER,
        subject="Vårens kurser – anmäl dig nu!",
        when="2026-04-13 07:00",
        body=text(html, subtype="html", cte="base64"),
        msgid="<campaign.5331.ka91@example.net>",
        extra=[
            ("List-Id", "<kurser.utskick.example.net>"),
            ("List-Unsubscribe", "<https://utskick.example.net/u/5331/ka91>"),
            ("Precedence", "bulk"),
            ("X-Campaign-Id", "spring-2026-kalmar"),
        ],
        label=label(
            "newsletter",
            "sv",
            "00000",
            "HTML-only (base64) bulk mailing from a study association with List-Id, List-Unsubscribe and Precedence: bulk. Mentions anchoring an idea in the village through a study circle, but is advertising, not an application; all elements false, all facts null, never answered.",
        ),
    )


def m5332():
    body = """Hej!

Timmernabbens Byalag söker pengar till "Dans på bryggan" – tre sommarkvällar med dans vid
Timmernabbens hamn, fredagarna 3, 17 och 31 juli kl 19–23. Vi hyr in ett dansband varje kväll,
byalaget sköter grillen och entrén är gratis. Hamnen har varit död på kvällarna sedan
restaurangen stängde, och vi vill att bybor, sommarboende och campinggästerna ska mötas där och
att kiosken och hamncaféet får fler kunder.

Om byalaget: ca 140 hushåll är medlemmar. Vi ordnar valborgsfirande och städdagar och sköter
badplatsen.

I januari frågade vi i Facebookgruppen "Vi i Timmernabben" vad folk saknar på sommaren. 112
svarade och 96 röstade på dans i hamnen. Efter det har sex personer anmält sig till
grillgruppen.

Budgeten ligger i bifogad textfil.

Carina Nord, ordf.
072-905 31 77
"""
    budget = """BUDGET DANS PÅ BRYGGAN 2026
==========================
Dansband 3 kvällar à 3 500 kr ......... 10 500 kr
Hyra ljud och ljus ....................  1 500 kr
Hyra av 2 bajamajor ...................    900 kr
Affischer och annons ..................    400 kr
--------------------------------------------------
SUMMA ................................. 13 300 kr
Grillmaten säljs till självkostnad och ingår inte.
"""
    message(
        5332,
        "timmernabben-dans-bryggan-fb-enkat",
        frm=addr("Carina Nord", "carina.nord@example.se"),
        to=OFFICER,
        subject="Dans på bryggan i Timmernabben",
        when="2026-04-14 20:05",
        body=multi(
            "mixed",
            "000000000000a1b2c3d45332",
            [
                text(body, cte="quoted-printable"),
                text(budget, charset="utf-8", cte="base64", filename="budget_dans_pa_bryggan.txt"),
            ],
        ),
        msgid="<CAH5332timmernabben.cn@example.se>",
        label=label(
            "application",
            "sv",
            "11111",
            "Complete application with the budget in a .txt attachment (utf-8 base64, Content-Disposition attachment). Anchoring TRUE: a poll in the village's own Facebook group - 112 answered and 96 chose dancing in the harbour - and six residents have since joined the grill group; a digital survey among residents counts. Members 'ca 140 hushåll är medlemmar' = 140 (the 112 poll respondents are not members). Contact named with phone from own address. Band fees are performer fees, not salary; renting sound and toilets is not an investment. Budget 13 300 kr. Gender not stated.",
            association_name="Timmernabbens Byalag",
            contact_name="Carina Nord",
            contact_email="carina.nord@example.se",
            contact_phone="072-905 31 77",
            members=140,
            ort="Timmernabben",
            amount_sek=13300,
        ),
    )


def m5333():
    app = "<9F1E5320-ROCKNEBY@example.se>"
    rid = receipt_id(app, "2026-0031")
    quoted = receipt_text("2026-0031", ["association", "anchoring"], 0)
    body = f"""Hej!

Komplettering till solkvällarna:

Vi har nu bildat en förening: Rockneby Energigrupp, ideell förening med 14 medlemmar. Stadgarna
antogs i slutet av mars och jag är ordförande.

Om förankringen: elpriserna är ju något alla i byn pratar om, så det kommer säkert många.

Tobias Ek
070-228 61 75

Den 2026-03-10 kl. 12:16, skrev Idéslanten – Region Kalmar län:
{gt_quote(quoted)}
"""
    message(
        5333,
        "re-rockneby-forening-bildad",
        frm=addr("Tobias Ek", "tobias.ek@example.se"),
        to=BOT,
        subject="Re: Solkvällar i Rockneby [Idéslanten 2026-0031]",
        when="2026-04-15 18:37",
        body=text(body, cte="8bit"),
        msgid="<f0c2a5333-rockneby@example.se>",
        in_reply_to=rid,
        references=[app, rid],
        extra=[
            (
                "User-Agent",
                "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Thunderbird/128.9.0",
            )
        ],
        label=label(
            "followup",
            "sv",
            "11000",
            "Thunderbird-style followup to 5320 with the receipt quoted below 'Den 2026-03-10 kl. 12:16, skrev'. Supplies the association (named, non-profit, 14 members, statutes adopted) - association true. Anchoring still FALSE: 'elpriserna är något alla pratar om, så det kommer säkert många' is a general need plus a hope; the group's own founding is not backing from the village. Contact true (named signer, own address, phone). Activity and budget not in the new text.",
            association_name="Rockneby Energigrupp",
            contact_name="Tobias Ek",
            contact_email="tobias.ek@example.se",
            contact_phone="070-228 61 75",
            members=14,
            ort="Rockneby",
        ),
    )


def m5334():
    b = "----=_Report_5334_NDR"
    notice = """Det gick inte att leverera meddelandet till följande mottagare:

hamnforeningen.bergkvara@example.se
Mottagarens postlåda är full och kan inte ta emot fler meddelanden just nu. Försök igen
senare eller kontakta mottagaren på annat sätt.

Diagnostisk information för administratörer:
Genererad av server: mail01.example.se
Remote Server returned '552 5.2.2 Mailbox full; quota exceeded'
"""
    status = """Reporting-MTA: dns;mail01.example.se
Received-From-MTA: dns;mail01.example.se
Arrival-Date: Thu, 16 Apr 2026 09:14:03 +0200

Final-Recipient: rfc822;hamnforeningen.bergkvara@example.se
Action: failed
Status: 5.2.2
Diagnostic-Code: smtp;552 5.2.2 Mailbox full; quota exceeded
"""
    original = """From: landsbygdsutvecklare@example.se
To: hamnforeningen.bergkvara@example.se
Subject: =?utf-8?q?SV=3A_Bergkvara_Hamndag_13_juni_=E2=80=93_ans=C3=B6kan?=
Date: Thu, 16 Apr 2026 09:13:55 +0200
Message-ID: <off-0416-bergkvara@example.se>
In-Reply-To: <5329.bergkvara.hamn@example.se>
References: <5329.bergkvara.hamn@example.se>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Hej!

Tack för er ansökan om hamndagen. Vi saknar följande i er ansökan: namn och telefon eller
e-post till en kontaktperson, och en budget med kostnadsposter och belopp.

Vänliga hälsningar
Landsbygdsutvecklaren, Region Kalmar län
"""
    message(
        5334,
        "olevererbart-bergkvara-postlada-full",
        frm=addr("Microsoft Outlook", "postmaster@example.se"),
        to=OFFICER,
        subject="Olevererbart: SV: Bergkvara Hamndag 13 juni – ansökan",
        when="2026-04-16 09:14",
        body=multi(
            "report",
            b,
            [
                text(notice, cte="quoted-printable"),
                Part([("Content-Type", "message/delivery-status")], status.encode("ascii")),
                Part([("Content-Type", "message/rfc822")], original.encode("utf-8")),
            ],
            params="; report-type=delivery-status",
        ),
        msgid="<ndr.5334.a1f9@example.se>",
        in_reply_to="<off-0416-bergkvara@example.se>",
        references=["<5329.bergkvara.hamn@example.se>", "<off-0416-bergkvara@example.se>"],
        extra=[("Auto-Submitted", "auto-replied"), ("X-MS-Exchange-Message-Is-Ndr", "")],
        label=label(
            "bounce",
            "sv",
            "00000",
            "Exchange-style Swedish non-delivery report ('Olevererbart:'), multipart/report with a QP Swedish notice, message/delivery-status (5.2.2 mailbox full) and the whole returned message as message/rfc822. The returned officer mail quotes 'Vi saknar följande i er ansökan' and its References name application 5329, but this is a bounce, not a followup; all elements false, all facts null.",
        ),
    )


def m5335():
    body = """Hej hej!

Jag heter Emma Lindh-Carter och sitter i styrelsen för Kastlösa Bygdegårdsförening (67
medlemmar, vi äger och driver bygdegården mitt i byn). Sorry för svengelskan, jag bodde i
Bristol i tolv år och har inte riktigt kommit tillbaka språkmässigt 😅

So here's the thing: det har flyttat hit väldigt många young families de senaste åren, och
vi vill göra something fun för dem, för mammor och pappor och kids. Maybe a series of events,
maybe något helt annat – we'll figure it out together i vår.

Det som redan är klart är att vi inte gör det ensamma. Kastlösa IF, kyrkans syförening och vi
har träffats tre gånger sedan januari, och till första mötet i bygdegården kom ett 20-tal
föräldrar från byn som vill vara med och planera.

Budget: ungefär 12 000 kr, I think.

Cheers,
Emma
076-118 42 90
"""
    message(
        5335,
        "kastlosa-svengelska-unga-familjer",
        frm=addr("Emma Lindh-Carter", "emma.lindhcarter@example.com"),
        to=OFFICER,
        subject="Idéslanten - Kastlösa, young families",
        when="2026-04-17 22:10",
        body=text(body, cte="base64"),
        msgid="<5335.kastlosa.elc@example.com>",
        label=label(
            "application",
            "sv",
            "11010",
            "Mixed Swedish/English ('svengelska') application in utf-8 base64, labelled sv as Swedish carries the content. Anchoring TRUE: three local groups (the bygdegårdsförening, Kastlösa IF, the church sewing circle) have met three times, and about twenty parents came to the first meeting and want to plan. Activity FALSE: 'something fun ... maybe a series of events, maybe något helt annat' - nothing concrete yet. Budget FALSE: a single rough figure ('ungefär 12 000 kr, I think') - recorded as amount_sek. Association (67 members, runs the bygdegård) and contact (named, own address, phone) present. 'mammor och pappor' = women and men. The ~20 parents are not members.",
            association_name="Kastlösa Bygdegårdsförening",
            contact_name="Emma Lindh-Carter",
            contact_email="emma.lindhcarter@example.com",
            contact_phone="076-118 42 90",
            members=67,
            ort="Kastlösa",
            amount_sek=12000,
            women_and_men=True,
        ),
    )


def m5336():
    body = """Hej föreningsansvarig!

Er förening har förhandsbeviljats ett LANDSBYGDSBIDRAG på 50 000 kr från EU:s
landsbygdsfond. Bidraget kräver ingen förankring, ingen budget och inga medlemslistor.

För att bidraget ska betalas ut måste en administrativ avgift på 495 kr betalas inom 48 timmar
till bankgiro 5050-1133. Ange föreningens namn som referens.

Bekräfta snabbt här: https://eu-bidrag-landsbygd.example.com/bekrafta

Med vänlig hälsning
Handläggningsenheten
EU Landsbygdsbidrag Norden
"""
    message(
        5336,
        "spam-forhandsbeviljat-bidrag",
        frm=addr("EU Landsbygdsbidrag", "handlaggning@example.com"),
        to=OFFICER,
        subject="Ert bidrag på 50 000 kr är förhandsbeviljat",
        when="2026-04-21 05:42",
        body=text(body, charset="windows-1252", cte="quoted-printable"),
        msgid="<0421054212.5336.x7@example.com>",
        label=label(
            "spam",
            "sv",
            "00000",
            "Advance-fee fraud in windows-1252 QP: a 'pre-approved' EU rural grant of 50 000 kr that requires a 495 kr fee. Full of grant words (bidrag, förankring, budget, medlemslistor) but fraudulent and unsolicited; all elements false, all facts null (the 50 000 is not an amount applied for).",
        ),
    )


def m5337():
    body = """Hej,

Vi är några i Edsbruk som vill starta ett språkcafé där nyanlända och gamla edsbrukare träffas.
Varannan tisdag från 5 maj till 23 juni kl 18-20 i bygdegården. Samtalsledaren Noor Haddad från
Västervik leder samtalen, vi fikar och pratar om vardagsgrejer: handla, hitta jobb, fiska,
vinterdäck. Många som flyttat hit de senaste åren säger att de aldrig pratar svenska med någon
utanför skolan, och vi som bott här länge vill lära känna dem. Öppet för kvinnor och män.

Idén kom upp på höstens bymöte, och Anna-Greta och Sune har redan satt upp sig som frivilliga
värdar tillsammans med sex andra.

Vi söker ungefär 8 000 kr. Det mesta går till samtalsledaren och fikat, och så vill vi kunna
betala Sune en liten lön för att han låser, städar och håller i nycklarna.

Hälsningar
Anna-Greta Wall
0493-400 15
"""
    message(
        5337,
        "edsbruk-sprakcafe-bymote",
        frm=addr("Anna-Greta Wall", "annagreta.wall@example.se"),
        to=OFFICER,
        subject="Språkcafé i Edsbruk",
        when="2026-04-23 16:55",
        body=text(body, charset="iso-8859-1", cte="8bit"),
        subject_charset="iso-8859-1",
        msgid="<5337.edsbruk.agw@example.se>",
        label=label(
            "application",
            "sv",
            "01110",
            "Short iso-8859-1 8bit application. Anchoring TRUE, written quietly: the idea came up at the autumn village meeting and two named residents plus six others have volunteered as hosts. Association FALSE: 'vi är några i Edsbruk' is an unnamed group (no name, no members). Budget FALSE: one rough figure ('ungefär 8 000 kr') with unpriced items; recorded as amount_sek. salary_costs TRUE: 'betala Sune en liten lön' for locking and cleaning (the facilitator's fee alone would not be salary). Contact (named signer from own address, phone) and activity (fortnightly dated evenings with a facilitator, local benefit) present. Women and men stated.",
            contact_name="Anna-Greta Wall",
            contact_email="annagreta.wall@example.se",
            contact_phone="0493-400 15",
            ort="Edsbruk",
            amount_sek=8000,
            women_and_men=True,
            salary_costs=True,
        ),
    )


def m5338():
    app = "<5326.totebo.bs@example.net>"
    rid = receipt_id(app, "2026-0029")
    quoted = receipt_text("2026-0029", ["activity", "anchoring"], 1)
    body = f"""Hej

Komplettering angående aktiviteten. Det blir en föreläsningsserie om torpen i Totebo socken:
fyra torsdagskvällar i hembygdsgården, 10 och 24 september samt 8 och 22 oktober kl. 19.
Föreläsare är torpinventeraren Gunnar Ek från Gamleby, som visar kartor och bilder från
inventeringen, och efter varje kväll skriver vi upp minnen från de äldre i bygden. Materialet
blir en skrift som hembygdsföreningen ger ut och som delas ut till nyinflyttade.

Som sagt är projektet väl förankrat, alla i bygden känner till hembygdsföreningen.

Med vänlig hälsning
Bertil Sandberg
Tfn 0490-510 62

Skickat från min Galaxy


-------- Originalmeddelande --------
Från: Idéslanten – Region Kalmar län <ideslanten@example.se>
Datum: 2026-03-26 14:03 (GMT+01:00)
Till: bertil.sandberg@example.net
Ämne: Re: Ansökan idéslanten Totebo Hembygdsförening [Idéslanten 2026-0029]

{quoted}
"""
    message(
        5338,
        "sv-totebo-aktivitet-galaxy",
        frm=addr("Bertil Sandberg", "bertil.sandberg@example.net"),
        to=BOT,
        subject="SV: Re: Ansökan idéslanten Totebo Hembygdsförening [Idéslanten 2026-0029]",
        when="2026-04-27 08:18",
        body=text(body, cte="base64"),
        msgid="<5338.totebo.galaxy.bs@example.net>",
        in_reply_to=rid,
        references=[app, rid],
        label=label(
            "followup",
            "sv",
            "01100",
            "Samsung-mobile followup to 5326 (base64, unindented quote under '-------- Originalmeddelande --------'). New text supplies a concrete activity (four dated evenings with a named lecturer, memories recorded, a booklet for newcomers) - activity true. Anchoring still FALSE: 'väl förankrat, alla i bygden känner till hembygdsföreningen' - being known is not backing. Contact true (named signer, own address, phone). Association false: the new text only says 'hembygdsföreningen', no name or details (association_name null); budget not given. The quoted receipt does not count.",
            contact_name="Bertil Sandberg",
            contact_email="bertil.sandberg@example.net",
            contact_phone="0490-510 62",
            ort="Totebo",
        ),
    )


def m5339():
    body = """Hej!

Resmo Byalag (org.nr 802437-6124) söker 9 800 kr till "Berättarcafé i Resmo".

Vi är 34 medlemmar, bybor från Resmo, Resmo by och Mysinge, och har funnits sedan 1999.

Berättarcaféet blir fyra söndagseftermiddagar, 10 och 24 maj samt 7 och 21 juni kl 14–16,
i Resmo församlingshem. Varje gång kommer en inbjuden berättare: om Stora alvaret, om
kalkbränningen, om utvandringen till Amerika och om Resmo kyrkas målningar. Det är för alla,
kvinnor och män, gamla och unga, och det blir en plats där de som bott här hela livet och de
som flyttat hit kan mötas. Berättelserna spelas in och läggs i hembygdsarkivet.

Programmet har vi inte hittat på själva: vi hade två öppna möten i församlingshemmet i
februari och mars, med 18 respektive 23 bybor, där alla fick föreslå ämnen och röstade fram de
fyra. Affischen som sitter i busskuren hänger med som bild.

Budget
Berättare, 4 x 1 800 kr            7 200 kr
Hyra församlingshemmet, 4 x 250    1 000 kr
Annons Ölandsbladet                  600 kr
Kaffe och kaka                     1 000 kr
Summa                              9 800 kr

Hälsningar
Hans Öberg, kassör
0485-360 72
"""
    message(
        5339,
        "resmo-berattarcafe-oppna-moten-bild",
        frm=addr("Hans Öberg", "hans.oberg@example.org"),
        to=OFFICER,
        subject="Berättarcafé i Resmo – ansökan idéslanten",
        when="2026-05-04 11:27",
        body=multi(
            "mixed",
            "Apple-Mail=_5339-RESMO-77C2",
            [
                text(body, cte="quoted-printable"),
                attach(png(48, 64, 39), "image/png", "affisch_busskuren.png", inline=True),
            ],
        ),
        msgid="<5339-RESMO-HO-2026@example.org>",
        label=label(
            "application",
            "sv",
            "11111",
            "Complete application (utf-8 QP) with an inline PNG photo of the poster in the bus shelter (no readable text; the budget is in the body, so nothing depends on the image). Anchoring TRUE: two open meetings in the parish hall with 18 and 23 residents proposed topics and voted on the programme - residents shaped the activity. Attendance figures are not members (34 members stated). Association with org.nr, named treasurer from own address with phone, four dated afternoons with invited storytellers, itemised budget 9 800 kr which equals the applied amount. Women and men stated. Storytellers' fees are not salary.",
            association_name="Resmo Byalag",
            org_number="802437-6124",
            contact_name="Hans Öberg",
            contact_email="hans.oberg@example.org",
            contact_phone="0485-360 72",
            members=34,
            ort="Resmo",
            amount_sek=9800,
            women_and_men=True,
        ),
    )


def m5340():
    body = """Till Region Kalmar län

Föreningen Storebro Kvarn ansöker om 7 500 kr för Kvarndagen lördagen den 22 augusti 2026.

Föreningen bildades 2023 för att rädda den gamla kvarnen vid Stångån och har 8 medlemmar.

Kvarndagen: kvarnen visas för allmänheten kl 10–16. Kvarnbyggaren Lars Fors håller två
föredrag om hur kvarnen fungerade och vad som krävs för att få den att mala igen. Barnen får
mala mjöl på handkvarn och baka pinnbröd. Dagen ska få fler i Storebro och Vimmerby att
upptäcka kvarnen och vilja vara med i arbetet med den.

Förankring: Vi har anlitat konsultfirman Landsbygdsanalys AB, som i en förstudie visat att det
finns en tydlig efterfrågan på kulturturism i Vimmerby kommun och att kvarnmiljöer lockar
besökare.

Budget:
Föredrag Lars Fors              3 000 kr
Hyra av tält                    2 500 kr
Annonsering                     1 200 kr
Mjöl, ved och fika                800 kr
Summa                           7 500 kr

Med vänlig hälsning
Styrelsen, Föreningen Storebro Kvarn
"""
    message(
        5340,
        "storebro-kvarndag-konsultanalys",
        frm=addr("Storebro Kvarn", "kvarnen.storebro@example.com"),
        to=OFFICER,
        subject="Ansökan Kvarndagen Storebro",
        when="2026-05-06 09:02",
        body=text(body, charset="windows-1252", cte="quoted-printable"),
        msgid="<5340.storebro.kvarn@example.com>",
        label=label(
            "application",
            "sv",
            "10101",
            "windows-1252 QP application from a shared mailbox signed 'Styrelsen' - contact FALSE, contact facts null. Anchoring FALSE: a hired consultant's pre-study showing demand for cultural tourism in the municipality is market analysis from outside, not backing from Storebro. Association (founded 2023, 8 members - below the 10-member rule, which shows in the facts), activity (dated open day with two talks and activities for children, local purpose) and itemised budget 7 500 kr are present. Tent hire is renting, not an investment. Gender not stated.",
            association_name="Föreningen Storebro Kvarn",
            members=8,
            ort="Storebro",
            amount_sek=7500,
        ),
    )


# ================================================================ checks


ALLOWED_DOMAINS = {"example.se", "example.com", "example.org", "example.net"}
ADDR_RE = re.compile(r"[A-Za-z0-9._%+\-]+@([A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)+)")
ORG_RE = re.compile(r"(?<![\d-])(\d{6}-\d{4})(?![\d-])")


def luhn_ok(org: str) -> bool:
    digits = org.replace("-", "")
    if not re.fullmatch(r"\d{10}", digits):
        return False
    total = 0
    for i, ch in enumerate(digits):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        total += d // 10 + d % 10
    return total % 10 == 0


def _all_text(msg) -> str:
    """Decoded text of headers, text parts and readable attachments (for address/org checks)."""
    chunks = []
    for part in msg.walk():
        for k, v in part.items():
            chunks.append(f"{k}: {v}")
        if part.is_multipart():
            continue
        payload = part.get_payload(decode=True) or b""
        ctype = part.get_content_type()
        if ctype.startswith("text/") or ctype.startswith("message/"):
            cs = part.get_content_charset() or "latin-1"
            chunks.append(payload.decode(cs, errors="replace"))
        elif payload[:2] == b"PK":
            with zipfile.ZipFile(io.BytesIO(payload)) as z:
                for n in z.namelist():
                    chunks.append(z.read(n).decode("utf-8"))
        elif payload[:4] == b"%PDF":
            chunks.append(payload.decode("latin-1"))
    return "\n".join(chunks)


def check() -> None:
    errors: list[str] = []
    labels = json.loads((OUT / "labels.json").read_text(encoding="utf-8"))
    files = sorted(p.name for p in OUT.glob("*.eml"))
    if sorted(labels) != files:
        errors.append("labels.json keys do not match the .eml files")
    nums = [int(f[:4]) for f in files]
    if nums != list(range(5301, 5301 + len(files))):
        errors.append(f"numbering not contiguous from 5301: {nums}")
    msgids: dict[str, str] = {}
    parsed = {}
    for f in files:
        data = (OUT / f).read_bytes()
        if b"\r" in data:
            errors.append(f"{f}: CR found (must be LF only)")
        if not re.fullmatch(r"\d{4}-[a-z0-9-]+\.eml", f):
            errors.append(f"{f}: bad file name")
        msg = email.message_from_bytes(data, policy=email.policy.default)
        parsed[f] = msg
        for part in msg.walk():
            if part.defects:
                errors.append(f"{f}: MIME defects {part.defects}")
            if not part.is_multipart() and part.get_content_maintype() == "text":
                try:
                    part.get_content()
                except Exception as exc:  # noqa: BLE001
                    errors.append(f"{f}: cannot decode text part: {exc}")
        mid = str(msg["Message-ID"]).strip()
        if mid in msgids:
            errors.append(f"{f}: duplicate Message-ID")
        msgids[mid] = f
        txt = _all_text(msg)
        for m in ADDR_RE.finditer(txt):
            if m.group(1).lower() not in ALLOWED_DOMAINS:
                errors.append(f"{f}: non-example address {m.group(0)}")
        for m in ORG_RE.finditer(txt):
            if not luhn_ok(m.group(1)):
                errors.append(f"{f}: org-like number {m.group(1)} fails Luhn")
    # date order
    dates = [parsedate_to_datetime(str(parsed[f]["Date"])) for f in files]
    for i in range(1, len(files)):
        a, b, f = dates[i - 1], dates[i], files[i]
        if not b > a:
            errors.append(f"{f}: Date not after previous mail")
    # labels
    app_ids = {
        str(parsed[f]["Message-ID"]).strip()
        for f in files
        if labels.get(f, {}).get("kind") == "application"
    }
    for f in files:
        lab = labels.get(f)
        if lab is None:
            continue
        if set(lab) != {"kind", "language", "elements", "facts", "notes"}:
            errors.append(f"{f}: label fields {sorted(lab)}")
            continue
        if lab["kind"] not in KINDS:
            errors.append(f"{f}: bad kind")
        if lab["language"] not in ("sv", "en"):
            errors.append(f"{f}: bad language")
        if tuple(lab["elements"]) != ELEMENT_KEYS or not all(
            isinstance(v, bool) for v in lab["elements"].values()
        ):
            errors.append(f"{f}: bad elements")
        if tuple(lab["facts"]) != FACT_KEYS:
            errors.append(f"{f}: bad fact keys")
        if not isinstance(lab["notes"], str) or len(lab["notes"]) < 40:
            errors.append(f"{f}: notes too short")
        facts = lab["facts"]
        if facts["org_number"] is not None and not (
            re.fullmatch(r"\d{6}-\d{4}", facts["org_number"]) and luhn_ok(facts["org_number"])
        ):
            errors.append(f"{f}: org_number {facts['org_number']} not Luhn-valid NNNNNN-NNNN")
        if facts["members"] is not None and not isinstance(facts["members"], int):
            errors.append(f"{f}: members not int")
        if facts["amount_sek"] is not None and not isinstance(facts["amount_sek"], int):
            errors.append(f"{f}: amount not int")
        if lab["kind"] in ("application", "followup"):
            if not isinstance(facts["salary_costs"], bool) or not isinstance(
                facts["physical_investment"], bool
            ):
                errors.append(f"{f}: salary/investment must be bool")
        else:
            if any(lab["elements"].values()):
                errors.append(f"{f}: non-application with true element")
        if lab["kind"] in ("autoreply", "bounce", "newsletter", "spam") and any(
            v is not None for v in facts.values()
        ):
            errors.append(f"{f}: machine/spam mail with non-null fact")
        if facts["contact_email"] and facts["contact_email"].split("@")[-1] not in ALLOWED_DOMAINS:
            errors.append(f"{f}: contact_email domain")
        if lab["kind"] == "followup":
            msg = parsed[f]
            irt = str(msg.get("In-Reply-To", "")).strip()
            refs = str(msg.get("References", "")).split()
            subj = str(msg["Subject"])
            if not re.match(r"(?i)(re|sv|vs|aw):", subj):
                errors.append(f"{f}: followup subject without Re:/SV:")
            if irt in app_ids:
                pass
            elif irt in RECEIPT_IDS and RECEIPT_IDS[irt] in refs and RECEIPT_IDS[irt] in app_ids:
                pass
            else:
                errors.append(
                    f"{f}: followup In-Reply-To {irt!r} names no application (or receipt with the application in References)"
                )
            if (OUT / f).read_bytes().find(b"Date:") < 0:
                errors.append(f"{f}: no Date")
    if errors:
        print("CHECK FAILED:")
        for e in errors:
            print("  " + e)
        sys.exit(1)
    kinds: dict[str, int] = {}
    for lab in labels.values():
        kinds[lab["kind"]] = kinds.get(lab["kind"], 0) + 1
    apps = [lab for lab in labels.values() if lab["kind"] == "application"]
    complete = sum(all(lab["elements"].values()) for lab in apps)
    missing = {k: sum(not lab["elements"][k] for lab in apps) for k in ELEMENT_KEYS}
    print(
        f"OK: {len(files)} mails {kinds}; applications complete {complete}/{len(apps)}; missing per element {missing}"
    )


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for p in OUT.glob("*.eml"):
        p.unlink()
    builders = sorted((n, f) for n, f in globals().items() if re.fullmatch(r"m53\d\d", n))
    for _, fn in builders:
        fn()
    labels = {}
    for num, slug, raw, lab in sorted(MAILS, key=lambda m: m[0]):
        name = f"{num}-{slug}.eml"
        (OUT / name).write_bytes(raw)
        labels[name] = lab
    (OUT / "labels.json").write_text(
        json.dumps(labels, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
    )
    check()


if __name__ == "__main__":
    main()
