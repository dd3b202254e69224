"""Generator for the own8 development corpus (mails 1001-1040) of the Idéslanten intake bot.

own8 is a labelled set of 40 entirely fictional e-mails to Region Kalmar län about the
micro-grant "regional bygdepeng – idéslanten". Its theme is how people really describe what
they will do and who stands behind it: activities told through the programme of the day, a
question, a bullet list without verbs, future/conditional tense, named events, study trips,
courses and meetings; anchoring told as cooperation, a casually reported meeting decision, a
list of local groups, volunteers by name, a survey, a Facebook poll or a letter of support –
and the false cases: undecided plans, goals without actions, anchoring that is only a claim,
a need or the board's own decision. Budgets come in odd shapes.

Regenerate (stdlib only, deterministic, byte-identical on every run):

    /work/main/.venv/bin/python tests/data/tools/make_own8.py

It writes tests/data/own8/NNNN-slug.eml and tests/data/own8/labels.json and then checks itself.
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
import urllib.parse
import zipfile
import zlib
from email.header import Header
from email.utils import parsedate_to_datetime
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "own8"
BOT = "=?utf-8?q?Id=C3=A9slanten_=E2=80=93_Region_Kalmar_l=C3=A4n?= <ideslanten@example.se>"
OFFICER = (
    "=?utf-8?q?Landsbygdsutvecklare_Region_Kalmar_l=C3=A4n?= <landsbygdsutvecklare@example.se>"
)

# --------------------------------------------------------------------------- helpers


def orgnr(nine: str) -> str:
    """Return a Luhn-valid Swedish organisation number from its first nine digits."""
    digits = [int(c) for c in nine]
    total = 0
    for i, d in enumerate(digits):
        v = d * 2 if i % 2 == 0 else d
        total += v - 9 if v > 9 else v
    check = (10 - total % 10) % 10
    s = nine + str(check)
    return s[:6] + "-" + s[6:]


def luhn_ok(org: str) -> bool:
    s = org.replace("-", "")
    if not re.fullmatch(r"\d{10}", s):
        return False
    total = 0
    for i, c in enumerate(s):
        v = int(c) * 2 if i % 2 == 0 else int(c)
        total += v - 9 if v > 9 else v
    return total % 10 == 0


def hval(text: str, charset: str = "utf-8") -> str:
    """Header value: plain if ASCII, else RFC 2047 encoded words."""
    try:
        text.encode("ascii")
        return text
    except UnicodeEncodeError:
        return Header(text, charset, maxlinelen=76).encode(linesep="\n")


def addr(name: str, mail: str, charset: str = "utf-8") -> str:
    if not name:
        return mail
    try:
        name.encode("ascii")
        if re.search(r"[,.;:()<>@\"]", name):
            name = '"' + name + '"'
        return f"{name} <{mail}>"
    except UnicodeEncodeError:
        return f"{Header(name, charset).encode()} <{mail}>"


def leaf(
    text: str,
    subtype: str = "plain",
    charset: str | None = "utf-8",
    cte: str = "8bit",
    extra: list[str] | None = None,
) -> tuple[list[str], bytes]:
    """A text part: (header lines, encoded body bytes)."""
    raw = text.encode(charset or "ascii")
    ct = f"Content-Type: text/{subtype}" + (f"; charset={charset}" if charset else "")
    hdr = [ct, f"Content-Transfer-Encoding: {cte}"] + (extra or [])
    if cte == "quoted-printable":
        body = quopri.encodestring(raw)
    elif cte == "base64":
        body = base64.encodebytes(raw)
    else:
        body = raw
    if not body.endswith(b"\n"):
        body += b"\n"
    return hdr, body


def attach(filename: str, ctype: str, data: bytes, inline: bool = False) -> tuple[list[str], bytes]:
    disp = "inline" if inline else "attachment"
    fn = filename
    try:
        fn.encode("ascii")
        fnp = f'filename="{fn}"'
        np = f'name="{fn}"'
    except UnicodeEncodeError:
        enc = "utf-8''" + urllib.parse.quote(fn, safe="")
        fnp = f"filename*={enc}"
        np = f'name="{Header(fn, "utf-8").encode()}"'
    hdr = [
        f"Content-Type: {ctype}; {np}",
        f"Content-Disposition: {disp}; {fnp}",
        "Content-Transfer-Encoding: base64",
    ]
    return hdr, base64.encodebytes(data)


def multipart(
    subtype: str,
    boundary: str,
    parts: list[tuple[list[str], bytes]],
    preamble: str | None = "This is a multi-part message in MIME format.",
    params: str = "",
) -> tuple[list[str], bytes]:
    out = io.BytesIO()
    if preamble:
        out.write(preamble.encode("ascii") + b"\n\n")
    for h, b in parts:
        out.write(f"--{boundary}\n".encode("ascii"))
        out.write(("\n".join(h) + "\n\n").encode("ascii"))
        out.write(b)
        if not b.endswith(b"\n"):
            out.write(b"\n")
    out.write(f"--{boundary}--\n".encode("ascii"))
    return [f'Content-Type: multipart/{subtype}; boundary="{boundary}"{params}'], out.getvalue()


def message(
    headers: list[tuple[str, str]], root: tuple[list[str], bytes], mime: bool = True
) -> bytes:
    lines = [f"{k}: {v}" for k, v in headers]
    if mime:
        lines.append("MIME-Version: 1.0")
    lines += root[0]
    return ("\n".join(lines) + "\n\n").encode("ascii") + root[1]


def std_headers(
    frm: str,
    to: str,
    subject: str,
    date: str,
    msgid: str,
    *,
    reply_to_id: str | None = None,
    refs: str | None = None,
    extra: list[tuple[str, str]] | None = None,
    subj_charset: str = "utf-8",
) -> list[tuple[str, str]]:
    h = [
        ("From", frm),
        ("To", to),
        ("Subject", hval(subject, subj_charset)),
        ("Date", date),
        ("Message-ID", msgid),
    ]
    if reply_to_id:
        h.append(("In-Reply-To", reply_to_id))
    if refs:
        h.append(("References", refs))
    return h + (extra or [])


# --------------------------------------------------------------------------- documents

ZDT = (2026, 1, 1, 0, 0, 0)


def _zip(files: list[tuple[str, str]]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for name, content in files:
            zi = zipfile.ZipInfo(name, date_time=ZDT)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, content.encode("utf-8"))
    return buf.getvalue()


def _x(s: str) -> str:
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def docx(
    paragraphs: list[str], table: list[list[str]] | None = None, after: list[str] | None = None
) -> bytes:
    """Minimal .docx: paragraphs, an optional table, more paragraphs."""

    def para(t: str) -> str:
        return f'<w:p><w:r><w:t xml:space="preserve">{_x(t)}</w:t></w:r></w:p>'

    body = "".join(para(p) for p in paragraphs)
    if table:
        rows = "".join(
            "<w:tr>"
            + "".join(f"<w:tc><w:p><w:r><w:t>{_x(c)}</w:t></w:r></w:p></w:tc>" for c in r)
            + "</w:tr>"
            for r in table
        )
        body += f"<w:tbl>{rows}</w:tbl>"
    body += "".join(para(p) for p in (after or []))
    doc = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
        f"<w:body>{body}</w:body></w:document>"
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


def xlsx(rows: list[list[object]], sheet: str = "Budget") -> bytes:
    """Minimal .xlsx with inline strings and numbers."""

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
                cells.append(f'<c r="{ref}" t="inlineStr"><is><t>{_x(str(v))}</t></is></c>')
        xr.append(f'<row r="{r}">{"".join(cells)}</row>')
    ws = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
        f"<sheetData>{''.join(xr)}</sheetData></worksheet>"
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


def pdf(lines: list[str], compress: bool = True) -> bytes:
    """One-page PDF, Helvetica with WinAnsiEncoding, extractable text."""

    def esc(s: str) -> bytes:
        b = s.encode("cp1252")
        return b.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")

    cs = (
        b"BT /F1 11 Tf 14 TL 56 790 Td\n"
        + b"".join(b"(" + esc(ln) + b") Tj T*\n" for ln in lines)
        + b"ET\n"
    )
    if compress:
        data = zlib.compress(cs, 9)
        stream = (
            b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(data) + data + b"\nendstream"
        )
    else:
        stream = b"<< /Length %d >>\nstream\n" % len(cs) + cs + b"endstream"
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        stream,
    ]
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(out.tell())
        out.write(b"%d 0 obj\n" % i + o + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1))
    for o in offs:
        out.write(b"%010d 00000 n \n" % o)
    out.write(
        b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref)
    )
    return out.getvalue()


def png(w: int = 48, h: int = 32, seed: int = 7) -> bytes:
    """A small deterministic RGB PNG (a photo stand-in; not readable text)."""
    raw = b""
    for y in range(h):
        raw += b"\x00" + bytes(
            ((x * 5 + y * seed) % 256, (y * 7) % 256, (x * y + seed) % 256)[k]
            for x in range(w)
            for k in range(3)
        )

    def chunk(t: bytes, d: bytes) -> bytes:
        return len(d).to_bytes(4, "big") + t + d + zlib.crc32(t + d).to_bytes(4, "big")

    ihdr = w.to_bytes(4, "big") + h.to_bytes(4, "big") + b"\x08\x02\x00\x00\x00"
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", ihdr)
        + chunk(b"IDAT", zlib.compress(raw, 9))
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
ELEM_KEYS = ["association", "contact", "activity", "anchoring", "budget"]


def L(kind: str, lang: str, el: str, notes: str, **facts: object) -> dict:
    """el: five characters in the order association, contact, activity, anchoring, budget ('1'/'0')."""
    assert len(el) == 5 and set(el) <= {"0", "1"}, el
    for k in facts:
        assert k in FACT_KEYS, k
    return {
        "kind": kind,
        "language": lang,
        "elements": {k: v == "1" for k, v in zip(ELEM_KEYS, el, strict=True)},
        "facts": {k: facts.get(k) for k in FACT_KEYS},
        "notes": notes,
    }


def receipt_sv(nr: str, missing: list[str]) -> str:
    guide = {
        "association": "– Förening/grupp: namnet på er förening eller grupp och något om den (t.ex. org.nr, antal medlemmar).",
        "contact": "– Kontaktperson: namn och e-post eller telefon till den som vi kan kontakta.",
        "activity": "– Aktivitet: vad ni ska göra, när och hur det bidrar till utvecklingen på orten.",
        "anchoring": "– Lokal förankring: hur idén är förankrad i byn, t.ex. ett bymöte, en enkät eller samarbete med andra lokala grupper.",
        "budget": "– Budget: en översiktlig budget med kostnadsposter och belopp.",
    }
    lines = (
        [
            f"Tack för er ansökan om idéslanten! Vi har tagit emot den och gett den ärendenummer {nr}.",
            "",
            "Vi saknar följande i er ansökan:",
        ]
        + [guide[m] for m in missing]
        + [
            "",
            "Svara gärna på det här mejlet med det som saknas, så kompletterar vi ärendet.",
            "",
            "Vänliga hälsningar",
            "Idéslanten – Region Kalmar län",
        ]
    )
    return "\n".join(lines)


MSGID: dict[int, str] = {}
MAILS: list = []


def mail(n: int, slug: str):
    def deco(fn):
        MAILS.append((n, slug, fn))
        return fn

    return deco


# =========================================================================== batch 1


@mail(1001, "byavandringen-kristdala")
def m1001():
    mid = MSGID[1001] = "<a91c2e07-1001-4b1e-9c1a-kristdala@example.com>"
    body = """Hej!

Vi i Kristdala Byaråd vill söka idéslanten för Byavandringen 2026. Byarådet är en ideell förening (org.nr {org}) som jobbar för att Kristdala ska vara en levande socken, vi har ett åttiotal medlemmar.

Så här ser dagen ut, lördag 6 juni:

10.00  Samling vid kyrkan, kaffe och bulle
10.30  Vandring längs gamla kvarnvägen ner mot ån, Sven-Erik Holm berättar om de tre kvarnarna
12.30  Soppa i bygdegården
13.30  Anna Lind från hembygdsarkivet visar bilder på torpen som fanns runt sjön
15.00  Avslutning, den som vill får skriva upp sig för att hjälpa till med skyltarna vid kvarnvägen

Poängen är att nyinflyttade och vi som bott här hela livet ska träffas och lära känna socknen ihop, och att vi får igång arbetet med att skylta upp kvarnvägen så att den kan bli en vandringsled för besökare.

Vi tog upp det på årsmötet förra söndagen och alla på årsmötet tyckte det var en kanonidé, så vi kör! Sven-Erik och tre till från hembygdsföreningen har redan gått vägen och röjt lite.

Vad det kostar: bussen för de som inte orkar gå hela vägen kostar runt 3 500 kr, soppan ca 2 400 kr (vi räknar med 80 portioner), Anna vill ha 2 000 kr i arvode och vi behöver trycka affischer för ungefär 600 kr. Hyran för bygdegården är 900 kr. Vi söker alltså 9 400 kr.

Hör av dig om något är oklart!

Ingrid Sjöberg
ordförande Kristdala Byaråd
070-312 44 58
""".format(org=orgnr("802471305"))
    h = std_headers(
        addr("Ingrid Sjöberg", "ingrid.sjoberg@example.com"),
        "ideslanten@example.se",
        "Ansökan Byavandringen 2026",
        "Mon, 19 Jan 2026 19:42:10 +0100",
        mid,
    )
    raw = message(h + [("X-Mailer", "Apple Mail (2.3774)")], leaf(body))
    lab = L(
        "application",
        "sv",
        "11111",
        "Complete. Activity is given only as the programme of the day (a timetable) plus one sentence on local benefit (newcomers meet old residents, the mill road becomes a hiking trail). Anchoring is a casually reported annual-meeting decision ('alla på årsmötet tyckte det var en kanonidé') plus hembygdsförening volunteers. Budget is prose with five amounts in sentences, applied amount stated 9 400. 'Ett åttiotal' = 80 members. Women and men not stated (only 'nyinflyttade och vi som bott här') so null. Plain utf-8 8bit.",
        association_name="Kristdala Byaråd",
        org_number=orgnr("802471305"),
        contact_name="Ingrid Sjöberg",
        contact_email="ingrid.sjoberg@example.com",
        contact_phone="070-312 44 58",
        members=80,
        ort="Kristdala",
        amount_sek=9400,
        women_and_men=None,
        salary_costs=False,
        physical_investment=False,
    )
    return raw, lab


@mail(1002, "bussresa-fliseryd")
def m1002():
    mid = MSGID[1002] = "<CAK8f2m1002xQ@mail.example.net>"
    body = """Hej,

kan vi få pengar till att hyra bussen till Kalmar läns museum den 12 maj? Vi är ett gäng från Fliseryds bygdegårdsförening (45 medlemmar, både kvinnor och män, de flesta pensionärer men några barnfamiljer också) som vill åka dit och titta på hur de bygger upp sina utställningar och träffa en av museipedagogerna. Tanken är att vi sen i sommar gör en egen liten utställning om flottningen i Emån i bygdegården, så att sommargäster och folk som åker förbi stannar i Fliseryd.

Alla i byn tycker det är en jättebra idé.

kostnader: buss 6 800 kr, entré 2 250 kr (45 x 50), fika på vägen 1 100 kr

Hälsningar
Gunnel Axelsson
Fliseryd
tfn 0499-201 37
"""
    h = std_headers(
        addr("Gunnel Axelsson", "gunnel.axelsson@example.net"),
        "ideslanten@example.se",
        "Bussresa 12 maj – går det?",
        "Tue, 27 Jan 2026 10:05:51 +0100",
        mid,
    )
    raw = message(h, leaf(body, cte="quoted-printable"))
    lab = L(
        "application",
        "sv",
        "11101",
        "Activity phrased as a question ('kan vi få pengar till att hyra bussen ... den 12 maj?') but it is concrete: study trip with date, purpose and local benefit (own exhibition on timber floating to attract visitors). Anchoring false: 'Alla i byn tycker det är en jättebra idé' is only a claim, no meeting, survey or cooperation. Budget is a single 'kostnader:' line with three items; amount = sum 10 150. 'både kvinnor och män' -> true. Quoted-printable utf-8, en dash in subject as encoded word.",
        association_name="Fliseryds bygdegårdsförening",
        contact_name="Gunnel Axelsson",
        contact_email="gunnel.axelsson@example.net",
        contact_phone="0499-201 37",
        members=45,
        ort="Fliseryd",
        amount_sek=10150,
        women_and_men=True,
        salary_costs=False,
        physical_investment=False,
    )
    return raw, lab


@mail(1003, "language-cafe-alem")
def m1003():
    mid = MSGID[1003] = "<20260202081544.1003.ab12@smtp.example.org>"
    body = """Dear Sir or Madam,

I am writing on behalf of Ålem Together, a small non-profit association (ideell förening, org. no. {org}) in Ålem, Mönsterås municipality. We have 23 members, both people who were born here and people who have moved here from Syria, Eritrea, the Netherlands and the UK.

We would like to apply for the idéslanten for a language café. The plan:

- every second Thursday from 5 March to 11 June (8 evenings), 6-8 pm, in Ålem parish hall
- Swedish conversation in small groups, board games, coffee
- each evening a local guest: the librarian, the retained fire brigade, a farmer from Ålem, the football club

The idea is that newcomers get to practise Swedish and get to know the village, and that the village gets to know them - several of them want to join the football club and the local associations but do not know how. The café is open to women and men of all ages.

We run it together with Ålems hembygdsförening, the Church of Sweden in Ålem (who let us use the parish hall at a reduced rent) and the SFI class in Mönsterås, whose teacher will bring her students. Nine volunteers have signed up to host the evenings.

The budget is in the attached spreadsheet; in total we apply for 7 700 SEK.

Kind regards,
Daniel Morgan
Chair, Ålem Together
+46 73 551 20 84
""".format(org=orgnr("802503116"))
    sheet = xlsx(
        [
            ["Ålem Together – language café spring 2026", None, None],
            ["Item", "Calculation", "SEK"],
            ["Rent, parish hall", "8 x 300", 2400],
            ["Coffee and buns", "8 x 350", 2800],
            ["Thank-you fee, local guests", "4 x 500", 2000],
            ["Printing posters and flyers", "", 500],
            ["Total", "", 7700],
        ]
    )
    root = multipart(
        "mixed",
        "----=_Part_1003_77410.1770020144",
        [
            leaf(body),
            attach(
                "budget_language_cafe.xlsx",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                sheet,
            ),
        ],
    )
    h = std_headers(
        addr("Daniel Morgan", "daniel.morgan@example.org"),
        "ideslanten@example.se",
        "Application - language café in Ålem",
        "Mon, 02 Feb 2026 08:15:44 +0100",
        mid,
    )
    raw = message(h, root)
    lab = L(
        "application",
        "en",
        "11111",
        "Complete, English. Activity as a bullet list (dates, time, place, content) plus local benefit (newcomers join village life). Anchoring by cooperation with three local actors (hembygdsförening, the church, SFI class) and nine volunteers. Budget only in the attached .xlsx (four items); amount 7 700 stated in the body. 'women and men of all ages' -> true. Org number written as 'org. no.'.",
        association_name="Ålem Together",
        org_number=orgnr("802503116"),
        contact_name="Daniel Morgan",
        contact_email="daniel.morgan@example.org",
        contact_phone="+46 73 551 20 84",
        members=23,
        ort="Ålem",
        amount_sek=7700,
        women_and_men=True,
        salary_costs=False,
        physical_investment=False,
    )
    return raw, lab


# =========================================================================== batch 2


@mail(1004, "skrapplockardag-lottorp")
def m1004():
    mid = MSGID[1004] = "<000f01dc9a11$5e2c1d40$1a8a57c0$@example.se>"
    body = """Hej!

Här kommer vår ansökan om idéslanten.

Skräpplockardag i Löttorp
– lördag 18 april kl 10–14
– samling vid hamnen, fyra lag: hamnen, badplatsen, Böda-vägen, skolan
– säckar och handskar via kommunen
– korv, bröd och saft efteråt vid bystugan
– tipspromenad för barnen
– avslutning: alla röstar om vilket ställe som ska få en ny bänk nästa år (bänken söker vi inte pengar för)

Varför: Löttorp ser tråkigt ut efter vintern när sommargästerna kommer, och det är enda gången på året som hela byn gör något tillsammans – gubbar, tanter, barn och nyinflyttade.

Med på det:
• Löttorps IF (ansvarar för badplatsen)
• Norra Ölands hembygdsförening
• Scoutkåren i Löttorp
• Fiskeklubben (hamnen)
• Löttorps skola, klass 4–6

Förra året var vi 70 personer utan att ha några pengar alls.

Kostnader
Korv och bröd 1 400
Saft och kaffe 450
Priser tipspromenad 600
Annons i Ölandsbladet 1 250
Hyra partytält 900
Summa 4 600 kr

Tack på förhand!

Annelie Gustavsson
Löttorps Byalag – ideell förening sedan 1987, 112 medlemmar
Org.nr {org}
Tel 0485-260 14, mobil 070-843 16 02
""".format(org=orgnr("802401688"))
    h = std_headers(
        addr("Annelie Gustavsson", "annelie.gustavsson@example.se", "windows-1252"),
        "ideslanten@example.se",
        "Idéslanten – skräpplockardag",
        "Mon, 09 Feb 2026 21:17:03 +0100",
        mid,
        extra=[("X-Mailer", "Microsoft Outlook 16.0")],
        subj_charset="windows-1252",
    )
    raw = message(h, leaf(body, charset="windows-1252", cte="quoted-printable"))
    lab = L(
        "application",
        "sv",
        "11111",
        "Complete. Activity is a bullet list without verbs (date, time, meeting point, teams, food) plus a 'Varför' line on local benefit. Anchoring is a bulleted list of five local groups taking part and last year's 70 participants. The association is named only in the signature block (with founding year, 112 members and org.nr). Budget is a two-column list with a sum; the bench is explicitly not applied for, so no physical investment (renting a party tent is not an investment). 'gubbar, tanter, barn' -> women and men true. windows-1252 quoted-printable, bullets '•' and en dashes in cp1252; first phone recorded.",
        association_name="Löttorps Byalag",
        org_number=orgnr("802401688"),
        contact_name="Annelie Gustavsson",
        contact_email="annelie.gustavsson@example.se",
        contact_phone="0485-260 14",
        members=112,
        ort="Löttorp",
        amount_sek=4600,
        women_and_men=True,
        salary_costs=False,
        physical_investment=False,
    )
    return raw, lab


@mail(1005, "evenemang-vissefjarda")
def m1005():
    mid = MSGID[1005] = "<5f3a1b22.1005.vissefjarda@webmail.example.com>"
    body = """Hej

Jag sitter i styrelsen för Vissefjärda Byalag, vi är ett sextiotal medlemmar och har hållit på sedan 90-talet med midsommarfirandet och julmarknaden.

Nu funderar vi på att göra något slags evenemang i höst, kanske en skördefest eller något med musik, det är inte bestämt än. Vi vill att det ska hända mer i Vissefjärda och att folk ska träffas mer. Alla vill ju att det händer något i byn.

Vi tänker oss att det kostar runt 10 000 kr.

Kan vi söka för det?

Mvh
Bertil Nyström
Vissefjärda
0471-411 92
"""
    h = std_headers(
        addr("Bertil Nyström", "bertil.nystrom@example.com", "iso-8859-1"),
        "ideslanten@example.se",
        "ansökan höst",
        "Thu, 12 Feb 2026 14:31:09 +0100",
        mid,
        subj_charset="iso-8859-1",
    )
    raw = message(h, leaf(body, charset="iso-8859-1", cte="8bit"))
    lab = L(
        "application",
        "sv",
        "11000",
        "An application with an undecided plan: 'funderar på att göra något slags evenemang i höst, kanske en skördefest ... inte bestämt än' is not a concrete activity, so activity false. Anchoring false ('Alla vill ju att det händer något' is a claim/need). Budget false: one rough figure only, but it counts as amount_sek 10 000. Association true (name, 'ett sextiotal' = 60 members, history); contact true (named signer, own address, phone). It ends with 'Kan vi söka för det?' but it is meant as an application. iso-8859-1 8bit body and Q-encoded iso-8859-1 subject.",
        association_name="Vissefjärda Byalag",
        contact_name="Bertil Nyström",
        contact_email="bertil.nystrom@example.com",
        contact_phone="0471-411 92",
        members=60,
        ort="Vissefjärda",
        amount_sek=10000,
        women_and_men=None,
        salary_costs=False,
        physical_investment=False,
    )
    return raw, lab


@mail(1006, "sv-bussresa-fliseryd-forankring")
def m1006():
    mid = MSGID[1006] = "<CAK8f2m1006yR@mail.example.net>"
    rc = "<receipt.2026-0007@ideslanten.example.se>"
    quoted = receipt_sv("2026-0007", ["anchoring"])
    body = (
        """Hej igen!

Ni frågade hur det är förankrat. Vi tog upp resan på medlemsmötet den 3 februari, 38 personer var där och 31 räckte upp handen för att följa med. Fliseryds hembygdsförening lånar ut sina gamla flottningsfotografier till utställningen och Emåns flottningsled (föreningen som sköter leden) ställer upp med två guider när utställningen öppnar. Vi har också satt upp en lista på Konsum där 19 personer har skrivit upp sig för att hjälpa till i sommar.

Hälsningar
Gunnel Axelsson
0499-201 37

________________________________
Från: Idéslanten – Region Kalmar län <ideslanten@example.se>
Skickat: den 27 januari 2026 10:06
Till: Gunnel Axelsson <gunnel.axelsson@example.net>
Ämne: Re: Bussresa 12 maj – går det? [Idéslanten 2026-0007]

"""
        + quoted
        + "\n"
    )
    h = std_headers(
        addr("Gunnel Axelsson", "gunnel.axelsson@example.net"),
        "ideslanten@example.se",
        "SV: Re: Bussresa 12 maj – går det? [Idéslanten 2026-0007]",
        "Fri, 13 Feb 2026 09:48:30 +0100",
        mid,
        reply_to_id=rc,
        refs=f"{MSGID[1002]} {rc}",
    )
    raw = message(h, leaf(body, cte="quoted-printable"))
    lab = L(
        "followup",
        "sv",
        "01010",
        "Followup to 1002 in Outlook quoting style (Från/Skickat/Till/Ämne block, receipt quoted unindented below the line). The new text supplies the missing anchoring concretely: member meeting vote (31 of 38), cooperation with the hembygdsförening and the flottningsled association, 19 volunteers on a list. Contact true: named signer from her own address with phone. The quoted receipt mentions all element names but gives nothing. Attendance 38 is not members, so members null.",
        contact_name="Gunnel Axelsson",
        contact_email="gunnel.axelsson@example.net",
        contact_phone="0499-201 37",
        ort="Fliseryd",
        salary_costs=False,
        physical_investment=False,
    )
    return raw, lab


@mail(1007, "fraga-studieresa-storebro")
def m1007():
    mid = MSGID[1007] = "<ff21a8c0-1007-storebro@mx.example.org>"
    html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body><div style="font-family:Calibri,sans-serif;font-size:11pt">
<p>Hej!</p>
<p>Jag har två frågor innan vi skriver en ansökan:</p>
<ol>
<li>Räknas en studieresa till en annan by (vi vill åka och titta på hur de har gjort med sin byskola i Småland) som en aktivitet ni kan ge pengar till?</li>
<li>Gäller 15&nbsp;000 kr per förening eller för hela Storebro? Idrottsföreningen pratar också om att söka.</li>
</ol>
<p>Tack!<br>
Maria Ljung<br>
Storebro Bygdeförening</p>
</div></body></html>
"""
    h = std_headers(
        addr("Maria Ljung", "maria.ljung@example.org"),
        "ideslanten@example.se",
        "Fråga om studieresa och taket",
        "Mon, 16 Feb 2026 12:02:44 +0100",
        mid,
    )
    raw = message(h, leaf(html, subtype="html", cte="quoted-printable"))
    lab = L(
        "question",
        "sv",
        "00000",
        "Question, HTML-only (ordered list). Asks whether a study trip counts and whether the 15 000 cap is per association or per locality. Mentions a planned trip but applies for nothing; the cap amount is not an amount applied for. Facts read from what the mail states: sender and association, ort Storebro.",
        association_name="Storebro Bygdeförening",
        contact_name="Maria Ljung",
        contact_email="maria.ljung@example.org",
        ort="Storebro",
    )
    return raw, lab


@mail(1008, "fredagskvallar-paryd")
def m1008():
    mid = MSGID[1008] = "<1008.parydfritid.20260220@example.se>"
    body = """Hej!

Föreningen Påryds Fritidsgård söker idéslanten för ungdomskvällar i vår. Vi är en förening för barnfamiljer i Påryd med 64 medlemmar och har hållit i fritidsgården i gamla skolan sedan 2019.

Det blir fyra fredagskvällar i Påryds bygdegård, kl 18–22:
6 mars – filmkväll som ungdomarna själva väljer film till
20 mars – brännboll och grill på bollplanen om vädret tillåter, annars pingis
3 april – matlagning med Bengt från pizzerian
17 april – musikkväll där de som spelar i byn får uppträda

Kvällarna är för tjejer och killar 12–16 år. Sedan bussen till stan slutar gå kl 17 finns det ingenstans för dem att vara på helgerna, och vi vill att de ska känna att Påryd är deras by också.

Lisa Ek, Ahmed Nour, Per-Olof Sand, Greta Wik och Jonna Ström har lovat att vara vuxna på plats, och två av kvällarna hjälper föräldrarna i Påryds IF:s P13-lag till med grillen och brännbollen. Ungdomarna har själva varit med och tagit fram programmet på ett möte i januari där 17 av dem kom.

Budgeten ligger i bifogat dokument.

Vänliga hälsningar
Styrelsen
Föreningen Påryds Fritidsgård
"""
    doc = docx(
        ["Budget – Ungdomskvällar i Påryd våren 2026", "Föreningen Påryds Fritidsgård"],
        [
            ["Post", "Beräkning", "Kronor"],
            ["Hyra bygdegården", "4 kvällar à 400 kr", "1 600"],
            ["Mat och fika", "4 kvällar à 800 kr", "3 200"],
            ["Visningslicens film", "", "900"],
            ["Råvaror matlagningskväll", "", "1 200"],
            ["Arvode musikledare", "", "1 500"],
            ["Summa", "", "8 400"],
        ],
        ["Vi söker 8 400 kr ur idéslanten."],
    )
    root = multipart(
        "mixed",
        "_004_1008parydfritid_",
        [
            leaf(body),
            attach(
                "Budget ungdomskvällar.docx",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                doc,
            ),
        ],
        preamble=None,
    )
    h = std_headers(
        addr("Påryds Fritidsgård", "fritidsgarden.paryd@example.se"),
        "ideslanten@example.se",
        "Ungdomskvällar i Påryd",
        "Fri, 20 Feb 2026 16:40:12 +0100",
        mid,
    )
    raw = message(h, root)
    lab = L(
        "application",
        "sv",
        "10111",
        "Contact missing: signed 'Styrelsen' from the association's shared mailbox, no person named (the volunteers listed are not contacts). Activity in future tense ('Det blir fyra fredagskvällar') with a dated programme and local benefit. Anchoring: five volunteers by name, parents from the football team, and a youth meeting with 17 attending. Budget only in the attached .docx table (five items, 8 400). 'tjejer och killar' -> true. Fee to a music leader is not salary. Non-ASCII attachment file name (RFC 2231).",
        association_name="Föreningen Påryds Fritidsgård",
        members=64,
        ort="Påryd",
        amount_sek=8400,
        women_and_men=True,
        salary_costs=False,
        physical_investment=False,
    )
    return raw, lab


@mail(1009, "franvaro-kristdala")
def m1009():
    mid = MSGID[1009] = "<a91c2e07-1009-auto-kristdala@example.com>"
    body = """Hej!

Jag är på resa till och med 2 mars och läser inte min mejl. Gäller det Byarådet kan du vända dig till vår kassör.

Ingrid
"""
    h = std_headers(
        addr("Ingrid Sjöberg", "ingrid.sjoberg@example.com"),
        OFFICER,
        "Re: Ansökan Byavandringen 2026",
        "Mon, 23 Feb 2026 08:01:15 +0100",
        mid,
        reply_to_id="<off.20260223.0755.1001@example.se>",
        refs=f"{MSGID[1001]} <off.20260223.0755.1001@example.se>",
    )
    raw = message(h, leaf(body, cte="8bit"))
    lab = L(
        "autoreply",
        "sv",
        "00000",
        "Autoreply WITHOUT any automation header (no Auto-Submitted, no X-Autoreply, no Precedence) and with a plain 'Re:' subject, answering the officer's reply in the thread of 1001 (References include 1001's Message-ID). Only the body ('Jag är på resa till och med 2 mars och läser inte min mejl') shows it is an out-of-office message. All facts null.",
    )
    return raw, lab


@mail(1010, "forelasningar-gullabo")
def m1010():
    mid = MSGID[1010] = "<1010.gullabo.LGP@example.net>"
    body = """Hej!

Gullabo Bygdegårdsförening (52 medlemmar, org.nr {org}) vill söka pengar ur idéslanten.

Tanken är att vi ordnar tre föreläsningskvällar i bygdegården i vår:
torsdag 19 mars: att starta och driva företag på landsbygden, med en rådgivare från Coompanion
torsdag 16 april: skogsägande, viltvård och jakt för nya markägare
torsdag 14 maj: att ta hand om ett gammalt hus – fönster, linoljefärg, grund

Vi har många som flyttat hit de senaste åren som har köpt gamla gårdar och skog och inte vet var de ska börja, och vi vill att fler ska våga bo kvar och starta något här. Kvällarna är öppna för både kvinnor och män och det blir fika i pausen.

Styrelsen beslutade på sitt möte den 10 februari att vi ska söka.

Totalt blir det 8 750 kr, posterna finns i bifogad pdf.

Med vänlig hälsning
Lars-Göran Petersson
kassör
0486-430 71
""".format(org=orgnr("802460221"))
    p = pdf(
        [
            "Gullabo Bygdegårdsförening",
            "Budget föreläsningskvällar våren 2026",
            "",
            "Föreläsararvoden 3 x 2 000 kr ........ 6 000 kr",
            "Resor för föreläsarna ................ 1 200 kr",
            "Annonsering (affischer, lokaltidning) ...  800 kr",
            "Fika 3 kvällar .........................  750 kr",
            "Summa ................................. 8 750 kr",
        ]
    )
    root = multipart(
        "mixed",
        "=_1010_gullabo_b",
        [leaf(body, cte="quoted-printable"), attach("budget_gullabo.pdf", "application/pdf", p)],
    )
    h = std_headers(
        addr("Lars-Göran Petersson", "lg.petersson@example.net"),
        "ideslanten@example.se",
        "Föreläsningar i Gullabo bygdegård",
        "Thu, 26 Feb 2026 20:11:38 +0100",
        mid,
    )
    raw = message(h, root)
    lab = L(
        "application",
        "sv",
        "11101",
        "Activity in conditional phrasing ('Tanken är att vi ordnar') but concrete: three dated lectures with topics, plus local benefit. Anchoring false: the only backing is the board's own decision to apply. Budget: the body has only the total 8 750 but the attached PDF (Helvetica/WinAnsi, Flate stream) lists four items, so true. Lecturers' fees are not salary. 'både kvinnor och män' -> true.",
        association_name="Gullabo Bygdegårdsförening",
        org_number=orgnr("802460221"),
        contact_name="Lars-Göran Petersson",
        contact_email="lg.petersson@example.net",
        contact_phone="0486-430 71",
        members=52,
        ort="Gullabo",
        amount_sek=8750,
        women_and_men=True,
        salary_costs=False,
        physical_investment=False,
    )
    return raw, lab


@mail(1011, "framtidsdialog-fagelfors")
def m1011():
    mid = MSGID[1011] = "<CAEm1011kovacevic@mail.example.com>"
    body = """Hej Region Kalmar!

Vi heter Fågelfors Framtid och är en ideell förening med 31 medlemmar som bildades i fjol när det blev klart att skolan kanske läggs ner. Vi söker idéslanten till en Framtidsdialog i Fågelfors.

Vi bjuder in alla som bor i Fågelfors till två kvällar i Folkets hus, onsdag 22 april och onsdag 29 april. Första kvällen pratar vi om vad som är bra och dåligt med att bo här, andra kvällen tar vi fram tre saker som byn ska jobba med, till exempel skolan, affären och kollektivtrafiken. En samtalsledare från Hela Sverige ska leva leder kvällarna så att alla kommer till tals. Resultatet lämnar vi till kommunen och använder när vi söker andra pengar.

Fågelfors bruksförening, PRO Fågelfors och Fågelfors IF står bakom, se bifogat stödbrev.

Budgeten skickar vi när vi fått offerter på lokal och samtalsledare, men vi tror att det landar på ungefär 12 000 kr.

Hälsningar
Emir Kovačević
sekreterare, Fågelfors Framtid
072-019 55 31
"""
    letter = """STÖDBREV

Till Region Kalmar län

Vi, Fågelfors bruksförening, PRO Fågelfors och Fågelfors IF, stödjer Fågelfors Framtids ansökan om idéslanten för Framtidsdialog i Fågelfors våren 2026. Våra föreningar kommer att sprida inbjudan till sina medlemmar, och bruksföreningen och PRO bjuder på fikat den första kvällen. Vi ser dialogen som en viktig start för att samla byn kring skolan och servicen.

Fågelfors den 1 mars 2026

Karin Eriksson, ordförande Fågelfors bruksförening
Åke Lund, ordförande PRO Fågelfors
Johan Berg, ordförande Fågelfors IF
"""
    root = multipart(
        "mixed",
        "000000000000a1b2c3d4e5f61011",
        [
            leaf(body, cte="base64"),
            (
                [
                    'Content-Type: text/plain; charset=windows-1252; name="stodbrev.txt"',
                    'Content-Disposition: attachment; filename="stodbrev.txt"',
                    "Content-Transfer-Encoding: base64",
                ],
                base64.encodebytes(letter.encode("windows-1252")),
            ),
        ],
        preamble=None,
    )
    h = std_headers(
        addr("Emir Kovačević", "emir.kovacevic@example.com"),
        "ideslanten@example.se",
        "Framtidsdialog i Fågelfors",
        "Tue, 03 Mar 2026 11:26:57 +0100",
        mid,
    )
    raw = message(h, root)
    lab = L(
        "application",
        "sv",
        "11110",
        "Budget missing: 'Budgeten skickar vi när vi fått offerter' plus one rough figure (ungefär 12 000 kr -> amount_sek 12000, but not a budget). Activity concrete (two dated dialogue evenings, content, facilitator, use of result). Anchoring true through a letter of support from three other local associations, attached as a windows-1252 .txt (also named in the body). Association true (name, 31 members, background). Base64 utf-8 body; č in the name.",
        association_name="Fågelfors Framtid",
        contact_name="Emir Kovačević",
        contact_email="emir.kovacevic@example.com",
        contact_phone="072-019 55 31",
        members=31,
        ort="Fågelfors",
        amount_sek=12000,
        women_and_men=None,
        salary_costs=False,
        physical_investment=False,
    )
    return raw, lab


# =========================================================================== batch 3


@mail(1012, "taljkurs-kastlosa")
def m1012():
    mid = MSGID[1012] = "<1012-kastlosa-sockenforening@example.org>"
    body = """Hej!

Kastlösa Sockenförening söker idéslanten för en hantverkskurs i höst.

Vad: kurs i täljning och korgflätning för nybörjare
När: fyra lördagar i oktober (3, 10, 17 och 24 okt), kl 10-15
Var: Kastlösa bygdegård
Vem leder: Hans Öberg från Ölands hantverksgille
Vilka: kvinnor och män i alla åldrar, max 14 deltagare per gång

Vi vill hålla hantverkstraditionen på södra Öland levande och få unga och gamla att träffas under vinterhalvåret när det är dött här. Tanken är att deltagarna sen säljer korgar och slevar på skördefesten så att det blir ett litet hantverksbord i byn.

I Facebookgruppen "Kastlösa – vi som bor här" (212 medlemmar) frågade vi i januari om det fanns intresse. Inlägget fick 87 gilla-markeringar och 23 personer skrev i kommentarerna att de vill gå kursen, så vi har redan en väntelista.

Budget
Post\tKr
Kursledararvode 4 x 1 800\t7 200
Lokalhyra 4 lördagar\t1 600
Pil, björkämnen och annat material\t1 100
Täljknivar och yxor att låna ut (10 set)\t3 400
Summa\t13 300

Föreningen har 74 medlemmar, org.nr {org}.

Hälsningar
Birgitta Öhman
Kastlösa Sockenförening
birgitta.ohman@example.org / 0485-421 30
""".format(org=orgnr("802447519"))
    h = std_headers(
        addr("Birgitta Öhman", "birgitta.ohman@example.org"),
        "ideslanten@example.se",
        "Hantverkskurs Kastlösa – ansökan",
        "Mon, 09 Mar 2026 18:55:20 +0100",
        mid,
    )
    raw = message(h, leaf(body, cte="8bit", charset="utf-8"))
    lab = L(
        "application",
        "sv",
        "11111",
        "Complete but not eligible: the budget buys ten sets of knives and axes to lend out (equipment), so physical_investment true. Activity as a Vad/När/Var/Vem/Vilka form plus local benefit. Anchoring through a Facebook group poll with numbers (87 likes, 23 want to join; group members 212 are not association members). Budget is a tab-separated table in the body. Course leader's fee is not salary. 'kvinnor och män' -> true.",
        association_name="Kastlösa Sockenförening",
        org_number=orgnr("802447519"),
        contact_name="Birgitta Öhman",
        contact_email="birgitta.ohman@example.org",
        contact_phone="0485-421 30",
        members=74,
        ort="Kastlösa",
        amount_sek=13300,
        women_and_men=True,
        salary_costs=False,
        physical_investment=True,
    )
    return raw, lab


@mail(1013, "nyhetsbrev-bygdenatverket")
def m1013():
    mid = MSGID[1013] = "<nl.2026-03.1013@lists.example.org>"
    text = """BYGDENÄTVERKET KALMAR LÄN – NYHETSBREV MARS 2026

* Idéslanten 2026 är öppen – sök för studieresor, föreläsningar och bymöten, högst 15 000 kr per ort.
* Inspirationsdag i Högsby 18 april: "Så får du med hela byn".
* Tips: gör en enkel enkät innan ni söker – det visar att idén är förankrad.

Du får det här brevet för att du anmält dig till Bygdenätverkets lista.
Avregistrera: https://lists.example.org/unsubscribe/bygdenatverket
"""
    html = """<html><body><h1>Bygdenätverket Kalmar län – nyhetsbrev mars 2026</h1>
<ul><li><b>Idéslanten 2026 är öppen</b> – sök för studieresor, föreläsningar och bymöten, högst 15&nbsp;000 kr per ort.</li>
<li>Inspirationsdag i Högsby 18 april: &quot;Så får du med hela byn&quot;.</li>
<li>Tips: gör en enkel enkät innan ni söker – det visar att idén är förankrad.</li></ul>
<p style="font-size:9pt">Du får det här brevet för att du anmält dig. <a href="https://lists.example.org/unsubscribe/bygdenatverket">Avregistrera</a></p>
</body></html>
"""
    root = multipart(
        "alternative",
        "b1_nl1013_mars",
        [leaf(text, cte="quoted-printable"), leaf(html, subtype="html", cte="quoted-printable")],
        preamble=None,
    )
    h = std_headers(
        addr("Bygdenätverket Kalmar län", "nyhetsbrev@lists.example.org"),
        "landsbygdsutvecklare@example.se",
        "Nyhetsbrev mars: Idéslanten 2026 är öppen",
        "Wed, 11 Mar 2026 07:00:00 +0100",
        mid,
        extra=[
            ("List-Id", "Bygdenatverket nyhetsbrev <bygdenatverket.lists.example.org>"),
            (
                "List-Unsubscribe",
                "<https://lists.example.org/unsubscribe/bygdenatverket>, <mailto:unsubscribe@lists.example.org>",
            ),
            ("Precedence", "bulk"),
        ],
    )
    raw = message(h, root)
    lab = L(
        "newsletter",
        "sv",
        "00000",
        "Newsletter (List-Id, List-Unsubscribe, Precedence: bulk), multipart/alternative. It talks about idéslanten, study trips, a survey and 'förankrad', and mentions the 15 000 cap – words that could fool a keyword reader – but it is bulk mail. All facts null.",
    )
    return raw, lab


@mail(1014, "stada-hamnen-bergkvara")
def m1014():
    mid = MSGID[1014] = "<7C1E2B5A-1014-4F0D-9A7E-BERGKVARA@example.net>"
    body = """Hej! Vi är några i Bergkvara som vill städa stranden och hamnen lör 25 april kl 9 och sen grilla ihop vid sjöboden så folk som flyttat hit träffar oss andra. Vi är typ 15 st som ska hjälpas åt, Kent, Maja, Lasse o Berit har redan sagt ja och fiskeföreningen lånar ut båten så vi kan ta skräpet på holmarna också. Behöver pengar till grillkol, korv o containerhyra.

Tommy Karlsson
0768-22 13 90

Skickat från min iPhone
"""
    h = std_headers(
        addr("Tommy Karlsson", "tommy.karlsson@example.net"),
        "ideslanten@example.se",
        "Städdag",
        "Sat, 14 Mar 2026 10:12:48 +0100",
        mid,
        extra=[("X-Mailer", "iPhone Mail (22D82)")],
    )
    raw = message(h, leaf(body, cte="quoted-printable"))
    lab = L(
        "application",
        "sv",
        "01110",
        "Short mobile mail in one paragraph. Association missing: 'några i Bergkvara' is an unnamed group. Budget missing: items named (grillkol, korv, containerhyra) but no amounts. Activity true (date, time, place, what, and a social purpose). Anchoring true: four volunteers by name, ~15 helpers and the fishing association lending its boat (cooperation). Contact true (full name, phone, own address). Renting a container is not an investment.",
        contact_name="Tommy Karlsson",
        contact_email="tommy.karlsson@example.net",
        contact_phone="0768-22 13 90",
        ort="Bergkvara",
        women_and_men=None,
        salary_costs=False,
        physical_investment=False,
    )
    return raw, lab


@mail(1015, "nature-walk-byxelkrok")
def m1015():
    mid = MSGID[1015] = "<1015.byxelkrok.walk@mail.example.com>"
    body = """Hello,

sorry for writing in English, my Swedish is not good enough yet for forms like this.

We are a small group of friends in Byxelkrok who would like to do something for the village outside the summer season. On Saturday 23 May we will arrange a guided walk from Byxelkrok harbour to Neptuni åkrar and back, about 6 km, with a lecture by a geologist about the limestone coast and the old quarries. Afterwards there is coffee at the harbour. It is free and open to everybody, villagers and visitors, and we hope it can become a yearly spring event that brings people to northern Öland before the tourists arrive.

Everyone in the village loves the idea!

costs: geologist fee 2 500 SEK, minibus for people who cannot walk the whole way 1 800 SEK, coffee and cake 600 SEK

Best regards
Katrin Hoffmann
Byxelkrok
+46 70 442 81 09
"""
    h = std_headers(
        addr("Katrin Hoffmann", "katrin.hoffmann@example.com"),
        "ideslanten@example.se",
        "Idéslanten application – guided walk Byxelkrok",
        "Wed, 18 Mar 2026 15:33:02 +0100",
        mid,
    )
    raw = message(h, leaf(body, cte="8bit"))
    lab = L(
        "application",
        "en",
        "01101",
        "English. Association missing ('a small group of friends', no name). Anchoring missing: 'Everyone in the village loves the idea!' is only a claim. Activity true (date, route, lecture, purpose). Budget true: a 'costs:' line with three amounts; amount = sum 4 900. Geologist's fee is not salary; renting a minibus is not an investment.",
        contact_name="Katrin Hoffmann",
        contact_email="katrin.hoffmann@example.com",
        contact_phone="+46 70 442 81 09",
        ort="Byxelkrok",
        amount_sek=4900,
        women_and_men=None,
        salary_costs=False,
        physical_investment=False,
    )
    return raw, lab


@mail(1016, "bounce-vissefjarda")
def m1016():
    mid = MSGID[1016] = "<20260319061402.1016A2C0@mx.example.com>"
    orig = "<off.20260318.1005@example.se>"
    text = """This is the mail system at host mx.example.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

                   The mail system

<bertil.nystrom@example.com>: host mailstore.example.com said: 552 5.2.2
    Mailbox full (in reply to RCPT TO command)
"""
    dsn = """Reporting-MTA: dns; mx.example.com
X-Postfix-Queue-ID: 1016A2C0
Arrival-Date: Thu, 19 Mar 2026 07:13:58 +0100 (CET)

Final-Recipient: rfc822; bertil.nystrom@example.com
Original-Recipient: rfc822;bertil.nystrom@example.com
Action: failed
Status: 5.2.2
Remote-MTA: dns; mailstore.example.com
Diagnostic-Code: smtp; 552 5.2.2 Mailbox full
"""
    hdrs = f"""From: =?utf-8?q?Landsbygdsutvecklare_Region_Kalmar_l=C3=A4n?= <landsbygdsutvecklare@example.se>
To: bertil.nystrom@example.com
Subject: =?utf-8?q?Re=3A_ans=C3=B6kan_h=C3=B6st_=5BId=C3=A9slanten_2026-0006=5D?=
Date: Thu, 19 Mar 2026 07:13:55 +0100
Message-ID: {orig}
In-Reply-To: {MSGID[1005]}
References: {MSGID[1005]}
"""
    root = multipart(
        "report",
        "1016A2C0.1773900842/mx.example.com",
        [
            (
                ["Content-Description: Notification", "Content-Type: text/plain; charset=us-ascii"],
                text.encode(),
            ),
            (
                ["Content-Description: Delivery report", "Content-Type: message/delivery-status"],
                dsn.encode(),
            ),
            (
                [
                    "Content-Description: Undelivered Message Headers",
                    "Content-Type: text/rfc822-headers",
                ],
                hdrs.encode(),
            ),
        ],
        preamble="This is a MIME-encapsulated message.",
        params="; report-type=delivery-status",
    )
    h = std_headers(
        "MAILER-DAEMON@mx.example.com (Mail Delivery System)",
        "landsbygdsutvecklare@example.se",
        "Undelivered Mail Returned to Sender",
        "Thu, 19 Mar 2026 07:14:02 +0100",
        mid,
        extra=[("Auto-Submitted", "auto-replied")],
    )
    raw = message(h, root)
    lab = L(
        "bounce",
        "sv",
        "00000",
        "Bounce: Postfix-style multipart/report (delivery-status) for the officer's reply to 1005 (mailbox full). The returned headers reference 1005's Message-ID and an 'ansökan' subject, but it is a machine message; never answer it. Language label sv for the Swedish thread it belongs to (the DSN text itself is English). All facts null.",
    )
    return raw, lab


@mail(1017, "stormote-fiber-tvarskog")
def m1017():
    mid = MSGID[1017] = "<000a01dcb2f7$1017$tvarskog@example.se>"
    body = """Hej!

Tvärskogs Intresseförening har ca 140 hushåll som medlemmar och vi jobbar med allt från vägbelysning till midsommarfirandet. Org.nr {org}.

Vi vill ordna ett stormöte om fiber och vatten i Tvärskogs skola tisdag 21 april kl 18.30. Det kommer en fiberkonsult som går igenom hur en byanätsförening fungerar och vad det kostar per hushåll, och någon från kommunens VA-enhet berättar om planerna för kommunalt vatten. Efteråt delar vi upp oss i grupper per väg och tar fram vilka som kan tänka sig att vara kontaktpersoner. Målet är att vi ska kunna starta en egen fiberförening före sommaren.

Behovet är stort, många i byn saknar fiber och flera brunnar sinade i fjol. Det märks att folk inte flyttar hit när det inte finns bredband.

kostnader: lokalhyra 800 kr; fika 1 500 kr; annonser och utskick 700 kr; arvode fiberkonsult 2 500 kr. Totalt 5 500 kr.

Mvh
Ronny Svensson
ordf. Tvärskogs Intresseförening
0480-37 12 64
""".format(org=orgnr("802455007"))
    h = std_headers(
        addr("Ronny Svensson", "ronny.svensson@example.se", "windows-1252"),
        "ideslanten@example.se",
        "Stormöte fiber och vatten",
        "Mon, 23 Mar 2026 22:04:41 +0100",
        mid,
        subj_charset="windows-1252",
    )
    raw = message(h, leaf(body, charset="windows-1252", cte="8bit"))
    lab = L(
        "application",
        "sv",
        "11101",
        "Anchoring missing: the mail describes only a need ('Behovet är stort, många i byn saknar fiber ...'), no meeting, survey or partner backing the idea (the municipal VA unit and a consultant are speakers, not local backing). Activity concrete: dated meeting with content and aim. Budget is a 'kostnader:' line with semicolon-separated items and a total 5 500. 'ca 140 hushåll som medlemmar' -> 140. windows-1252 8bit body.",
        association_name="Tvärskogs Intresseförening",
        org_number=orgnr("802455007"),
        contact_name="Ronny Svensson",
        contact_email="ronny.svensson@example.se",
        contact_phone="0480-37 12 64",
        members=140,
        ort="Tvärskog",
        amount_sek=5500,
        women_and_men=None,
        salary_costs=False,
        physical_investment=False,
    )
    return raw, lab


@mail(1018, "virserumsnatten-2026")
def m1018():
    mid = MSGID[1018] = "<1018.virserumsnatten@mail.example.org>"
    html = """<!DOCTYPE html><html><head><meta charset="utf-8"></head><body style="font-family:Arial">
<p>Hej Idéslanten!</p>
<p><b>Virserums Kulturförening</b> (58 medlemmar, org.nr {org}) söker bidrag för <b>Virserumsnatten 2026</b>, lördag 22 augusti.</p>
<table border="1" cellpadding="4">
<tr><th>Tid</th><th>Vad</th><th>Var</th></tr>
<tr><td>17.00</td><td>Loppis och matstånd</td><td>Torget</td></tr>
<tr><td>18.00</td><td>Barnteater</td><td>Parken</td></tr>
<tr><td>19.30</td><td>Virserums spelmanslag</td><td>Parken</td></tr>
<tr><td>21.00</td><td>Fackeltåg runt dammen</td><td>Start vid hembygdsgården</td></tr>
<tr><td>22.00</td><td>Berättarkväll om Virserums möbelsnickare</td><td>Hembygdsgården</td></tr>
</table>
<p>Virserumsnatten ska samla hela orten en kväll i slutet av sommaren, ge föreningarna en chans att visa upp sig och locka folk från grannorterna till Virserum.</p>
<p>Vi gör den tillsammans med Virserums hembygdsförening (berättarkvällen och hembygdsgården), Virserums IK:s ungdomssektion (loppis och matstånd), Svenska kyrkan (fackeltåget) och handlarna runt torget. Förberedelsemötet i februari samlade folk från nio föreningar.</p>
<table border="1" cellpadding="4">
<tr><th>Kostnad</th><th>Kr</th></tr>
<tr><td>Arvode spelmanslaget</td><td>3 000</td></tr>
<tr><td>Barnteater (gruppen Trollfolket)</td><td>4 500</td></tr>
<tr><td>Facklor</td><td>1 200</td></tr>
<tr><td>Hyra ljudanläggning</td><td>1 500</td></tr>
<tr><td>Affischer och annons</td><td>1 000</td></tr>
<tr><td><b>Summa</b></td><td><b>11 200</b></td></tr>
</table>
<p>Kontakt: Jenny Wallin, jenny.wallin@example.org, 0495-310 52</p>
<p>Hälsningar<br>Jenny</p>
</body></html>
""".format(org=orgnr("802489332"))
    h = std_headers(
        addr("Jenny Wallin", "jenny.wallin@example.org"),
        "ideslanten@example.se",
        "Virserumsnatten 2026",
        "Thu, 26 Mar 2026 13:47:19 +0100",
        mid,
    )
    raw = message(h, leaf(html, subtype="html", cte="base64"))
    lab = L(
        "application",
        "sv",
        "11111",
        "Complete, HTML-only (base64). Named event with the programme as an HTML table (time/what/where) plus a purpose paragraph. Anchoring: cooperation with named local groups and a preparation meeting with nine associations. Budget as an HTML table (performers' fees are not salary; renting the sound system is not an investment). No statement about women and men.",
        association_name="Virserums Kulturförening",
        org_number=orgnr("802489332"),
        contact_name="Jenny Wallin",
        contact_email="jenny.wallin@example.org",
        contact_phone="0495-310 52",
        members=58,
        ort="Virserum",
        amount_sek=11200,
        women_and_men=None,
        salary_costs=False,
        physical_investment=False,
    )
    return raw, lab


@mail(1019, "re-fredagskvallar-kontakt")
def m1019():
    mid = MSGID[1019] = "<CAJ1019strom+paryd@mail.example.com>"
    rc = "<receipt.2026-0010@ideslanten.example.se>"
    quoted = "\n".join(
        "> " + ln if ln else ">" for ln in receipt_sv("2026-0010", ["contact"]).split("\n")
    )
    body = f"""Hej!
Det är jag som är kontaktperson för fredagskvällarna i Påryd, styrelsen glömde skriva det.
Jonna Ström, 073-660 12 48, eller svara på den här adressen.

/Jonna

Den fre 20 feb. 2026 kl 16:41 skrev Idéslanten – Region Kalmar län <ideslanten@example.se>:

{quoted}
"""
    h = std_headers(
        addr("Jonna Ström", "jonna.strom@example.com"),
        "ideslanten@example.se",
        "Re: Ungdomskvällar i Påryd [Idéslanten 2026-0010]",
        "Fri, 27 Mar 2026 07:52:06 +0100",
        mid,
        reply_to_id=rc,
        refs=f"{MSGID[1008]} {rc}",
    )
    raw = message(h, leaf(body, cte="quoted-printable"))
    lab = L(
        "followup",
        "sv",
        "01000",
        "Followup to 1008 (Gmail-style '>' quoting of the receipt). Supplies the missing contact: a named person with phone writing from her own address (she was one of the volunteers in 1008). Nothing else new; the association is only mentioned ('fredagskvällarna i Påryd'), not described.",
        contact_name="Jonna Ström",
        contact_email="jonna.strom@example.com",
        contact_phone="073-660 12 48",
        ort="Påryd",
        salary_costs=False,
        physical_investment=False,
    )
    return raw, lab


# =========================================================================== batch 4


@mail(1020, "mal-totebo")
def m1020():
    mid = MSGID[1020] = "<1020.totebo.rask@example.se>"
    text = """Hej!

Totebo Byförening (48 medlemmar) söker idéslanten för 2026.

Vårt mål är att öka gemenskapen i byn, att fler unga ska vilja stanna i Totebo och att byn ska synas mer utåt. Vi vill använda pengarna till aktiviteter som stärker sammanhållningen under året och gör Totebo till en attraktivare plats att bo på.

I höstas gjorde vi en enkät till alla 140 hushåll i Totebo. 61 svarade, och de flesta ville ha fler träffpunkter och mer för ungdomarna. Resultatet redovisades på höstmötet.

Budget:
Lokalhyra – 2 000 kr
Fika – 1 800 kr
Inbjudningar och affischer – 500 kr
Föreläsare – 3 000 kr
Totalt 7 300 kr

Vänliga hälsningar
Helena Rask
Totebo Byförening
070-228 90 17
"""
    html = (
        "<html><body>"
        + "".join(
            f"<p>{ln}</p>" if ln else "<br>" for ln in text.replace("–", "&ndash;").split("\n")
        )
        + "</body></html>\n"
    )
    root = multipart(
        "alternative",
        "--==_mimepart_1020_totebo",
        [leaf(text, cte="base64"), leaf(html, subtype="html", cte="base64")],
        preamble=None,
    )
    h = std_headers(
        addr("Helena Rask", "helena.rask@example.se"),
        "ideslanten@example.se",
        "Ansökan idéslanten Totebo Byförening",
        "Wed, 01 Apr 2026 19:20:33 +0200",
        mid,
    )
    raw = message(h, root)
    lab = L(
        "application",
        "sv",
        "11011",
        "Activity missing: only goals ('öka gemenskapen', 'fler unga ska stanna', 'aktiviteter som stärker sammanhållningen') – nothing about what will be done, when or how; the budget lines (lokalhyra, föreläsare) hint at events but do not describe any. Anchoring true: a survey of all 140 households with 61 answers, presented at the autumn meeting. Budget true (four items, total 7 300). multipart/alternative, both parts base64.",
        association_name="Totebo Byförening",
        contact_name="Helena Rask",
        contact_email="helena.rask@example.se",
        contact_phone="070-228 90 17",
        members=48,
        ort="Totebo",
        amount_sek=7300,
        women_and_men=None,
        salary_costs=False,
        physical_investment=False,
    )
    return raw, lab


@mail(1021, "studieresa-runsten")
def m1021():
    mid = MSGID[1021] = "<1021RUNSTEN0405@example.net>"
    body = """HEJ

RUNSTENS SOCKENRÅD söker pengar för en studieresa. vi är ett nittiotal medlemmar i sockenrådet som har funnits sen 1978.

Vi ska åka till Alsterbro lördagen den 13 juni med ca 30 pers för att se hur dom har gjort med byahuset där dom har café bibliotek och mötesrum i samma hus. Vår skola står tom sen i fjol och vi vill göra likadant här så att det finns en plats att träffas på i Runsten året runt. Vi ska träffa deras styrelse och få gå runt i huset och fråga hur dom fick ihop det med pengar och ideella.

Det var bestämt på bystämman i Runstens bygdegård 8 mars, vi var 38 st där och ALLA var för. Ett tiotal har redan lovat att hjälpa till med skolan om det blir av.

Vi söker 15 000 kr.

Hälsn
Gösta Åberg
ordförande
tel 0485-360 48
"""
    h = std_headers(
        addr("Gösta Åberg", "gosta.aberg@example.net", "windows-1252"),
        "ideslanten@example.se",
        "studieresa",
        "Sun, 05 Apr 2026 16:02:11 +0200",
        mid,
    )
    raw = message(h, leaf(body, charset="windows-1252", cte="8bit"))
    lab = L(
        "application",
        "sv",
        "11110",
        "Budget missing: only a bare total ('Vi söker 15 000 kr', which is amount_sek). Activity true: study trip with date, destination, what they will see and the local purpose (turn the empty school into a village house). Anchoring true: decision at the village meeting with 38 present, plus about ten volunteers. Association true though written in capitals ('ett nittiotal' = 90 members, since 1978). Older writer, capitals, no commas; windows-1252 8bit; ASCII subject.",
        association_name="Runstens Sockenråd",
        contact_name="Gösta Åberg",
        contact_email="gosta.aberg@example.net",
        contact_phone="0485-360 48",
        members=90,
        ort="Runsten",
        amount_sek=15000,
        women_and_men=None,
        salary_costs=False,
        physical_investment=False,
    )
    return raw, lab


@mail(1022, "phishing-utbetalning")
def m1022():
    mid = MSGID[1022] = "<8d2f1022.utbet@bulk.example.net>"
    html = """<html><body>
<p><b>Region Kalmar län – Utbetalning av bidrag</b></p>
<p>Hej,</p>
<p>Ditt bidrag från idéslanten på <b>15 000 kr</b> är godkänt. För att pengarna ska kunna betalas ut måste du bekräfta dina bankuppgifter inom 24 timmar, annars makuleras beslutet.</p>
<p><a href="http://region-kalmar-bidrag.example.net/bankid/login">Bekräfta med BankID</a></p>
<p>Med vänlig hälsning<br>Ekonomiavdelningen</p>
</body></html>
"""
    h = std_headers(
        addr("Region Kalmar län Utbetalning", "utbetalning@region-kalmar-bidrag.example.net"),
        "landsbygdsutvecklare@example.se",
        "Ditt bidrag är godkänt – bekräfta bankuppgifter inom 24 h",
        "Tue, 07 Apr 2026 03:14:27 +0200",
        mid,
        extra=[("Reply-To", "noreply@region-kalmar-bidrag.example.net")],
    )
    raw = message(h, leaf(html, subtype="html", charset="utf-8", cte="quoted-printable"))
    lab = L(
        "spam",
        "sv",
        "00000",
        "Phishing: pretends to be the region's payment department, says an idéslanten grant of 15 000 kr is approved and asks for bank details via a fake BankID link within 24 hours. HTML-only. Not an application; all facts null.",
    )
    return raw, lab


@mail(1023, "pataholmsdagen")
def m1023():
    mid = MSGID[1023] = "<1023.pataholm.byalag@example.org>"
    body = """Hej!

Vi i Pataholms Byalag (41 medlemmar) söker bidrag till Pataholmsdagen 2026.

Söndag 5 juli ordnar vi en dag i hamnen i Pataholm: kl 11 öppnar sillbordet och hantverksmarknaden i de gamla sjöbodarna, kl 13 berättar Stig Nordin om Pataholms tid som handelsplats, kl 14 är det kappsegling med ekor för barnen och kl 16 spelar ett dansband på bryggan. Dagen ska få både fritidsboende och oss som bor här året runt att känna att Pataholm är en levande by och inte bara ett sommarparadis, och överskottet från sillbordet går till att hålla sjöbodarna öppna.

Pataholms hembygdsgille och Pataholms fiskevårdsområde står bakom dagen och har skrivit ett stödbrev som vi bifogar. Gillet har hand om berättelsen och fiskevårdsområdet lånar ut ekorna.

Kostnader: hyra av scen och ljud 2 000 kr, dansbandet 3 500 kr, annonsering 900 kr, råvaror till sillbordet 2 600 kr. Det blir 9 000 kr.

Hälsningar
Pataholms Byalag
"""
    letter = pdf(
        [
            "Stödbrev – Pataholmsdagen 2026",
            "",
            "Pataholms hembygdsgille och Pataholms fiskevårdsområde stödjer Pataholms Byalags",
            "ansökan om idéslanten för Pataholmsdagen söndag 5 juli 2026.",
            "Hembygdsgillet står för den historiska berättelsen och visar sjöbodarna.",
            "Fiskevårdsområdet lånar ut sina fyra ekor till kappseglingen.",
            "",
            "Pataholm den 2 april 2026",
            "Solveig Lindqvist, ordförande Pataholms hembygdsgille",
            "Arne Holmqvist, ordförande Pataholms fiskevårdsområde",
        ],
        compress=False,
    )
    root = multipart(
        "mixed",
        "----=_NextPart_000_1023_01DCC0A1.5A2B3C40",
        [
            leaf(body, cte="base64"),
            attach("Stödbrev Pataholmsdagen.pdf", "application/pdf", letter),
        ],
    )
    h = std_headers(
        addr("Pataholms Byalag", "byalaget.pataholm@example.org"),
        "ideslanten@example.se",
        "Pataholmsdagen 2026",
        "Fri, 10 Apr 2026 09:35:50 +0200",
        mid,
    )
    raw = message(h, root)
    lab = L(
        "application",
        "sv",
        "10111",
        "Contact missing: sent from the byalag's shared mailbox and signed only 'Pataholms Byalag'; the people in the letter of support and the storyteller are not the applicant's contact. Activity: named event with the programme told in present/future tense inside one paragraph, plus local purpose. Anchoring true: support letter (uncompressed PDF) from two other local groups who also contribute. Budget: 'Kostnader:' sentence with four amounts, total 9 000. A dance band's fee is not salary.",
        association_name="Pataholms Byalag",
        members=41,
        ort="Pataholm",
        amount_sek=9000,
        women_and_men=None,
        salary_costs=False,
        physical_investment=False,
    )
    return raw, lab


@mail(1024, "sprakcafe-malilla")
def m1024():
    mid = MSGID[1024] = "<1024-malilla-sprakcafe@example.com>"
    body = """Hej,

vi är Målilla Mötesplats, en förening med 34 medlemmar (org.nr {org}) som sedan 2023 driver en öppen mötesplats i gamla banklokalen i Målilla.

Vi söker till ett språkcafé under hösten: varje tisdag 1 september – 8 december kl 17–19. Svenska för nyanlända kvinnor och män, läxhjälp för barnen vid ett eget bord, och varannan gång kommer någon från en förening i Målilla (motorklubben, hembygdsföreningen, kyrkan) och berättar vad de gör så att de nya hittar in i föreningslivet.

Målilla bibliotek lånar ut böcker och hjälper till med läxhjälpen, Röda Korset i Målilla skickar två värdar varje vecka, och på vårt medlemsmöte 12 mars var vi 26 stycken som alla ville vara med.

Vår medlem Fatima Yusuf samordnar kaféet och får timlön för det. Hela budgeten finns i bifogad fil (csv), summa 11 700 kr.

Hälsningar
Sofia Lindgren
ordförande Målilla Mötesplats
0495-200 61
""".format(org=orgnr("802511770"))
    csv = "Post;Belopp (kr)\nLön samordnare 40 tim x 180 kr;7200\nLokalhyra (el och värme);1500\nFika 15 tillfällen;2400\nKopiering och material;600\nSumma;11700\n"
    root = multipart(
        "mixed",
        "Apple-Mail=_1024B2E6-MAL1-4C3A-9E8B-7F00A1C2D3E4",
        [
            leaf(body, cte="quoted-printable"),
            (
                [
                    'Content-Type: text/csv; charset=utf-8; name="budget_sprakcafe.csv"',
                    'Content-Disposition: attachment; filename="budget_sprakcafe.csv"',
                    "Content-Transfer-Encoding: base64",
                ],
                base64.encodebytes(csv.encode("utf-8")),
            ),
        ],
        preamble=None,
    )
    h = std_headers(
        addr("Sofia Lindgren", "sofia.lindgren@example.com"),
        "ideslanten@example.se",
        "Språkcafé Målilla hösten 2026",
        "Tue, 14 Apr 2026 21:08:09 +0200",
        mid,
    )
    raw = message(h, root)
    lab = L(
        "application",
        "sv",
        "11111",
        "Complete but not eligible: the budget (attached CSV, semicolon-separated) includes 'Lön samordnare 40 tim x 180 kr' and the body says a member gets 'timlön', so salary_costs true. Activity: weekly language café with dates, content and local benefit. Anchoring: cooperation with the library and the Red Cross branch plus a member meeting with 26 present. 'kvinnor och män' -> true.",
        association_name="Målilla Mötesplats",
        org_number=orgnr("802511770"),
        contact_name="Sofia Lindgren",
        contact_email="sofia.lindgren@example.com",
        contact_phone="0495-200 61",
        members=34,
        ort="Målilla",
        amount_sek=11700,
        women_and_men=True,
        salary_costs=True,
        physical_investment=False,
    )
    return raw, lab


@mail(1025, "question-no-orgnr-degerhamn")
def m1025():
    mid = MSGID[1025] = "<1025.degerhamn.q@mail.example.net>"
    body = """Hi,

Quick question before we apply: we are 12 people in Degerhamn (an informal group, not a registered association, so no org number) who want to start a repair café in the old harbour office. Can a group like ours apply for idéslanten, or do we have to form an association first? And do you need a bank account in the group's name?

Thanks,
Pieter de Vries
"""
    h = std_headers(
        addr("Pieter de Vries", "pieter.devries@example.net"),
        "ideslanten@example.se",
        "Question: can an informal group apply?",
        "Thu, 16 Apr 2026 10:44:31 +0200",
        mid,
    )
    raw = message(h, leaf(body, charset="utf-8", cte="8bit"))
    lab = L(
        "question",
        "en",
        "00000",
        "Question in English (utf-8 8bit): whether an informal group without org number may apply and whether a bank account is needed. Mentions a repair café idea but applies for nothing. Members read as the stated group size 12. Facts only as stated.",
        contact_name="Pieter de Vries",
        contact_email="pieter.devries@example.net",
        members=12,
        ort="Degerhamn",
    )
    return raw, lab


@mail(1026, "re-gullabo-styrelsen")
def m1026():
    mid = MSGID[1026] = "<1026.gullabo.LGP.re@example.net>"
    rc = "<receipt.2026-0012@ideslanten.example.se>"
    quoted = "\n".join(
        "> " + ln if ln else ">" for ln in receipt_sv("2026-0012", ["anchoring"]).split("\n")
    )
    body = f"""Hej

Vi har inte gjort någon enkät eller så. Styrelsen står enhälligt bakom och vi är övertygade om att det blir fullt i bygdegården, det brukar det bli. Räcker inte det?

Lars-Göran

> Den 26 feb. 2026 kl. 20:12 skrev Idéslanten – Region Kalmar län <ideslanten@example.se>:
>
{quoted}
"""
    h = std_headers(
        addr("Lars-Göran Petersson", "lg.petersson@example.net"),
        "ideslanten@example.se",
        "Re: Föreläsningar i Gullabo bygdegård [Idéslanten 2026-0012]",
        "Mon, 20 Apr 2026 08:30:14 +0200",
        mid,
        reply_to_id=rc,
        refs=f"{MSGID[1010]} {rc}",
        extra=[("X-Mailer", "Apple Mail (2.3826)")],
    )
    raw = message(h, leaf(body, cte="8bit"))
    lab = L(
        "followup",
        "sv",
        "00000",
        "Followup to 1010 (Apple Mail '>' quoting) that supplies nothing useful: anchoring stays false because the board's unanimous support and a conviction that the hall will be full are not local backing. Contact false: signed only 'Lars-Göran' (first name, no phone; surname only in the From header), which by the convention of shared/corpus and own2–own5 is not a named contact, though he signed 1010 in full. Facts only from new text.",
        ort="Gullabo",
        salary_costs=False,
        physical_investment=False,
    )
    return raw, lab


@mail(1027, "stadday-alboke")
def m1027():
    mid = MSGID[1027] = "<1027.alboke.bygdegard@example.se>"
    body = """Hej!

Alböke Bygdegårdsförening har 67 medlemmar och äger bygdegården mitt i byn, där det är pubkvällar, loppis och julfest. Org.nr {org}.

Lördag 9 maj har vi städdag på bygdegården: vi röjer sly runt huset, rensar diket, lagar staketet och planterar blommor vid entrén, och sen blir det grillning för alla som hjälpt till. Barnen får göra en skattjakt. Det är ett sätt att få nya i byn att komma in i föreningen och att hålla huset fint så att det kan hyras ut till fester, som är vår största inkomst.

Vi pratade om det på bystämman 15 mars, 22 personer var där och det blev bestämt att vi kör. Alböke IF och jaktlaget kommer med folk och släpkärror.

Vi vill också köpa en ny gräsklippare till bygdegården som alla i byn kan låna.

Gräsklippare 5 990:-
Grillkorv, bröd, dricka 1 200:-
Container för ris och skräp 1 500:-
Plantor 650:-
= 9 340:-

//Marie Holm, kassör
0485-740 28
Skickat från min Samsung Galaxy
""".format(org=orgnr("802432287"))
    h = std_headers(
        addr("Marie Holm", "marie.holm@example.se", "iso-8859-1"),
        "ideslanten@example.se",
        "Städdag Alböke bygdegård",
        "Fri, 24 Apr 2026 12:15:03 +0200",
        mid,
        subj_charset="iso-8859-1",
    )
    raw = message(h, leaf(body, charset="iso-8859-1", cte="quoted-printable"))
    lab = L(
        "application",
        "sv",
        "11111",
        "Complete but not eligible: buying a lawnmower (5 990) is a physical investment. Activity: dated clean-up day with tasks and local benefit. Anchoring: village-meeting decision with 22 present and two other local groups joining. Budget: list in ':-' notation with a '=' total 9 340. Signature '//Marie Holm, kassör' from a phone. iso-8859-1 quoted-printable.",
        association_name="Alböke Bygdegårdsförening",
        org_number=orgnr("802432287"),
        contact_name="Marie Holm",
        contact_email="marie.holm@example.se",
        contact_phone="0485-740 28",
        members=67,
        ort="Alböke",
        amount_sek=9340,
        women_and_men=None,
        salary_costs=False,
        physical_investment=True,
    )
    return raw, lab


# =========================================================================== batch 5


@mail(1028, "daglager-edsbruk")
def m1028():
    mid = MSGID[1028] = "<1028.edsbruk.ik.ungdom@example.com>"
    body = """Hej!

Edsbruks IK:s ungdomssektion söker pengar ur idéslanten. Edsbruks IK har 180 medlemmar och ungdomssektionen har fotboll och innebandy för ungefär 60 barn i byn.

Tanken är att vi ordnar ett dagläger för barn 7–12 år vecka 26:

* måndag–fredag 22–26 juni, kl 9–15
* bas vid Edsbruks IP och badplatsen
* fotboll, bad och livräddningslekar
* naturpass med Naturskyddsföreningen
* hantverk i hembygdsgården
* avslutning fredag med föräldrafika

Lägret är för tjejer och killar, även de som inte spelar i klubben. Många barnfamiljer har flyttat hit de senaste åren och lägret blir ett sätt för barnen och föräldrarna att lära känna varandra, och för de barn som inte åker bort på sommaren att ha något att göra.

Vi gör det ihop med Edsbruks hembygdsförening, som lånar ut hembygdsgården, och 14 föräldrar har redan anmält sig som ledare en eller flera dagar.

Kostnader ungefär: mat och mellanmål (5 dagar x 40 barn) 6 000 kr, buss till Västerviks badhus en dag 2 500 kr, material till hantverket 1 200 kr, hyra hembygdsgården 1 000 kr. Vi söker 10 700 kr.

Hälsningar
ungdomssektionen
"""
    h = std_headers(
        addr("Petra Nilsson", "petra.nilsson@example.com"),
        "ideslanten@example.se",
        "Dagläger v 26 Edsbruk",
        "Tue, 28 Apr 2026 20:49:57 +0200",
        mid,
    )
    raw = message(h, leaf(body, cte="quoted-printable"))
    lab = L(
        "application",
        "sv",
        "10111",
        "Contact missing: the mail is signed only 'ungdomssektionen'; the name Petra Nilsson appears only in the From header, which does not count, so contact facts are null. Activity in conditional phrasing ('Tanken är att vi ordnar') as a bullet list with dates and content, plus local benefit. Anchoring: cooperation with the hembygdsförening and 14 parents signed up as leaders. Budget prose with four items and the applied amount 10 700. Members are the club's 180. 'tjejer och killar' -> true.",
        association_name="Edsbruks IK:s ungdomssektion",
        members=180,
        ort="Edsbruk",
        amount_sek=10700,
        women_and_men=True,
        salary_costs=False,
        physical_investment=False,
    )
    return raw, lab


@mail(1029, "out-of-office-alem")
def m1029():
    mid = MSGID[1029] = "<1029.ooo.morgan@smtp.example.org>"
    body = """Thank you for your email. I am on holiday until 18 May with limited access to email. For anything urgent about Ålem Together, please call our secretary.

Best regards,
Daniel Morgan
"""
    h = std_headers(
        addr("Daniel Morgan", "daniel.morgan@example.org"),
        OFFICER,
        "Automatic reply: Application - language café in Ålem",
        "Sat, 02 May 2026 11:03:40 +0200",
        mid,
        reply_to_id="<off.20260502.1003@example.se>",
        refs=f"{MSGID[1003]} <off.20260502.1003@example.se>",
        extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
    )
    raw = message(h, leaf(body, cte="8bit"))
    lab = L(
        "autoreply",
        "en",
        "00000",
        "Autoreply in English with Auto-Submitted: auto-replied and 'Automatic reply:' subject, answering the officer's mail in the thread of 1003 (References include 1003's Message-ID). Mentions the association but is not a followup. All facts null.",
    )
    return raw, lab


@mail(1030, "kanske-marknad-morlunda")
def m1030():
    mid = MSGID[1030] = "<1030.morlunda.sf@webmail.example.se>"
    body = """hej!

mörlunda samhällsförening här, vi är 95 medlemmar och har bl.a. hand om badplatsen och julgransplundringen.

vi vill gärna söka idéslanten i år. vi har pratat om kanske en marknad eller en föreläsningskväll eller nåt för ungdomarna, vi får se vad det blir, det beror på vad folk vill och vem som har tid.

vi la ut en omröstning i facebookgruppen "Mörlunda i våra hjärtan" (312 medlemmar) om föreningen skulle söka pengar och ordna något i höst, 45 röstade ja och 2 nej, och ett tjugotal skrev att de kan hjälpa till.

vad det kostar vet vi inte än.

mvh
Jessica Fransson
ordf
076-512 33 80
"""
    h = std_headers(
        addr("Jessica Fransson", "jessica.fransson@example.se"),
        "ideslanten@example.se",
        "idéslanten mörlunda",
        "Tue, 05 May 2026 22:41:18 +0200",
        mid,
    )
    raw = message(h, leaf(body, cte="8bit"))
    lab = L(
        "application",
        "sv",
        "11010",
        "All lower-case. Activity missing: 'kanske en marknad eller en föreläsningskväll eller nåt ... vi får se vad det blir' is an undecided plan. Anchoring true: a Facebook-group poll with numbers (45 yes, 2 no) and about twenty offering to help (group members 312 are not association members). Budget missing: 'vad det kostar vet vi inte än'. Association true (95 members, what it does); contact true.",
        association_name="Mörlunda Samhällsförening",
        contact_name="Jessica Fransson",
        contact_email="jessica.fransson@example.se",
        contact_phone="076-512 33 80",
        members=95,
        ort="Mörlunda",
        women_and_men=None,
        salary_costs=False,
        physical_investment=False,
    )
    return raw, lab


@mail(1031, "gubbcafe-lonneberga")
def m1031():
    mid = MSGID[1031] = "<1031.lonneberga.gubbcafe@example.net>"
    body = """Hej på er!

Ja skriver för Lönneberga Sockenförening, vi ä 120 medlemmar och har funnits sen 1952. Org nr {org}.

Vi ska köra ett Gubbcafé i höst. Det ä för traktens äldre män, för det ä dom som sitter ensamma på gårdarna och int kommer iväg nånstans, kärringarna har sina cirklar redan. Sex torsdagar, 10 sept till 15 okt kl 14–16 i församlingshemmet. Varje gång berättar några av gubbarna om hur det var – sågen, skogen, mjölkbilen, dansbanorna – och Kalle Ek leder samtalen. Vi spelar in det hela och lämnar inspelningarna till hembygdsarkivet så att ungdomarna i skolan kan lyssna på det sen.

Det ä redan 19 gubbar som kommer på torsdagsfikat i kyrkan som vill va med, och Lönneberga hembygdsförening och Svenska kyrkan har lovat att ställa upp med lokal och hjälpa till med arkivet.

Kostnader:
hyra inspelningsutrustning 1 500 kr
fika 6 ggr à 300 kr = 1 800 kr
skjuts för dom som int kör bil 6 ggr à 400 kr = 2 400 kr
arvode Kalle Ek samtalsledare 3 000 kr
tillsammans 8 700 kr

Hälsningar
Åke Svensson, Lönneberga
0495-430 19
""".format(org=orgnr("802419516"))
    h = std_headers(
        addr("Åke Svensson", "ake.svensson@example.net"),
        "ideslanten@example.se",
        "Gubbcafé i Lönneberga",
        "Mon, 11 May 2026 09:12:35 +0200",
        mid,
    )
    raw = message(h, leaf(body, cte="quoted-printable"))
    lab = L(
        "application",
        "sv",
        "11111",
        "Complete in elements but targets men only ('för traktens äldre män'), so women_and_men false. Småland dialect spellings (ja, ä, int, dom, va). Activity with dates, place, content and benefit (recordings to the local archive). Anchoring: 19 men already want to join plus cooperation with the hembygdsförening and the church. Budget list with 'à' multiplications; the conversation leader's fee is not salary, renting recording equipment is not an investment.",
        association_name="Lönneberga Sockenförening",
        org_number=orgnr("802419516"),
        contact_name="Åke Svensson",
        contact_email="ake.svensson@example.net",
        contact_phone="0495-430 19",
        members=120,
        ort="Lönneberga",
        amount_sek=8700,
        women_and_men=False,
        salary_costs=False,
        physical_investment=False,
    )
    return raw, lab


@mail(1032, "bygdebladet-maj")
def m1032():
    mid = MSGID[1032] = "<bygdebladet.2026-05.1032@utskick.example.com>"
    body = """BYGDEBLADET - maj 2026
Utskick till föreningar på landsbygden i Kalmar län

Hej förening!

I det här numret:
- Så skriver ni en bra ansökan: beskriv aktiviteten, visa att byn står bakom och gör en enkel budget.
- Reportage: Byavandringar drar folk i hela länet.
- Kalendarium: bymöten, studiecirklar och städdagar i maj och juni.

Bygdebladet skickas till alla föreningar i vårt register. Vill du inte ha fler utskick, svara med "STOPP".
"""
    h = std_headers(
        addr("Bygdebladet", "utskick@utskick.example.com"),
        "landsbygdsutvecklare@example.se",
        "Bygdebladet maj 2026",
        "Fri, 15 May 2026 06:30:00 +0200",
        mid,
        extra=[("Precedence", "bulk"), ("X-Mailer", "Utskick 4.2")],
        subj_charset="iso-8859-1",
    )
    raw = message(h, leaf(body, charset="iso-8859-1", cte="8bit"))
    lab = L(
        "newsletter",
        "sv",
        "00000",
        "Newsletter with Precedence: bulk but no List-Unsubscribe or List-Id (unsubscribe by replying 'STOPP'). iso-8859-1 8bit. Gives advice on how to write an application (aktivitet, förankring, budget) but applies for nothing. All facts null.",
    )
    return raw, lab


@mail(1033, "sv-totebo-aktivitet")
def m1033():
    mid = MSGID[1033] = "<1033.totebo.rask.sv@example.se>"
    rc = "<receipt.2026-0019@ideslanten.example.se>"
    body = (
        """Hej!

Förlåt, vi skrev nog mest om vad vi vill uppnå. Så här gör vi konkret:

Vi ordnar tre bykvällar i Totebo missionshus, lördag 19 september, lördag 24 oktober och lördag 21 november kl 18–21. Första kvällen blir knytkalas och en föreläsning av en hembygdsforskare om Totebos bruk, andra kvällen är för ungdomarna – de har själva önskat en spelkväll med LAN och brädspel – och den tredje är en julmarknad där de som odlar, bakar eller slöjdar i byn får sälja. Föreläsaren är den post i budgeten som heter Föreläsare.

Meningen är att folk som bor här men aldrig träffas ska lära känna varandra, och att ungdomarna får en egen kväll i byn i stället för att åka in till Västervik.

Hälsningar
Helena Rask
070-228 90 17

-----Ursprungligt meddelande-----
Från: Idéslanten – Region Kalmar län <ideslanten@example.se>
Skickat: den 1 april 2026 19:21
Till: helena.rask@example.se
Ämne: Re: Ansökan idéslanten Totebo Byförening [Idéslanten 2026-0019]

"""
        + receipt_sv("2026-0019", ["activity"])
        + "\n"
    )
    h = std_headers(
        addr("Helena Rask", "helena.rask@example.se"),
        "ideslanten@example.se",
        "SV: Ansökan idéslanten Totebo Byförening [Idéslanten 2026-0019]",
        "Mon, 18 May 2026 12:25:44 +0200",
        mid,
        reply_to_id=rc,
        refs=f"{MSGID[1020]} {rc}",
    )
    raw = message(h, leaf(body, cte="base64"))
    lab = L(
        "followup",
        "sv",
        "01100",
        "Followup to 1020 ('-----Ursprungligt meddelande-----' quoting, base64 body) that supplies the missing activity: three dated village evenings with content and the local purpose. Contact true (named signer, own address, phone). It refers to the earlier budget but adds no amounts, so budget false in the new text.",
        contact_name="Helena Rask",
        contact_email="helena.rask@example.se",
        contact_phone="070-228 90 17",
        ort="Totebo",
        salary_costs=False,
        physical_investment=False,
    )
    return raw, lab


@mail(1034, "musikcafe-resmo")
def m1034():
    mid = MSGID[1034] = "<1034.resmo.byaforening@example.org>"
    body = """Hej,

Resmo Byaförening (88 medlemmar, org.nr {org}) söker idéslanten för Musikcafé i Resmo.

Det blir fyra söndagseftermiddagar i Resmo bygdegård i höst (27 sept, 25 okt, 22 nov och 13 dec), kl 15–17. Musiker från södra Öland spelar, skolans elever har öppen scen och det serveras kaffe och våfflor. Vi vill ge byn en mötesplats under den mörka delen av året när sommargästerna har åkt, och låta barnen och de äldre träffas.

Föräldraföreningen på Resmo skola, Resmo hembygdsförening och SPF Resmo har planerat upplägget med oss, och arbetsgruppen är tolv personer från de fyra föreningarna.

Totalt 12 400 kr, posterna står i bilagan (foto av vår budget).

Vänliga hälsningar
Eva Lundberg
sekreterare
0485-341 66
""".format(org=orgnr("802468422"))
    root = multipart(
        "mixed",
        "------------1034RESMO0A1B2C3D4E5F",
        [leaf(body, cte="8bit"), attach("IMG_20260520_2114.png", "image/png", png(64, 48, 11))],
    )
    h = std_headers(
        addr("Eva Lundberg", "eva.lundberg@example.org"),
        "ideslanten@example.se",
        "Musikcafé Resmo",
        "Thu, 21 May 2026 21:20:07 +0200",
        mid,
        extra=[("User-Agent", "Mozilla Thunderbird")],
    )
    raw = message(h, root)
    lab = L(
        "application",
        "sv",
        "11110",
        "Budget missing: the body has only a total ('Totalt 12 400 kr, posterna står i bilagan') and the items are in an attached photo (PNG) that cannot be read as text. amount_sek 12 400 from the total. Activity true (four dated afternoons, content, benefit). Anchoring true (planned together with three other local groups, 12-person working group).",
        association_name="Resmo Byaförening",
        org_number=orgnr("802468422"),
        contact_name="Eva Lundberg",
        contact_email="eva.lundberg@example.org",
        contact_phone="0485-341 66",
        members=88,
        ort="Resmo",
        amount_sek=12400,
        women_and_men=None,
        salary_costs=False,
        physical_investment=False,
    )
    return raw, lab


@mail(1035, "svampkurs-halltorp")
def m1035():
    mid = MSGID[1035] = "<1035.halltorp.svamp@example.com>"
    body = """Hej!

Vi är 45 medlemmar och har hand om bygdegården i Halltorp sedan 1961.

I september ordnar vi en svampkurs: torsdag 10 september kl 19 en föreläsning i bygdegården med svampkonsulent Agneta Roos om matsvampar och giftsvampar, och söndag 13 september en exkursion i Halltorps hage och bokskogen, där vi plockar, artbestämmer och lagar svamprisotto ihop efteråt. Vi vill att fler i byn ska använda skogen och att nyinflyttade och gamla Halltorpsbor ska få något gemensamt att prata om.

Vi tror att många kommer att uppskatta det.

Svampkonsulent (2 tillfällen) 3 200 kr
Lokalhyra 500 kr
Fika och ingredienser 800 kr

Hälsningar
Mats Enqvist
kassör
mats.enqvist@example.com
"""
    h = std_headers(
        addr("Mats Enqvist", "mats.enqvist@example.com"),
        "ideslanten@example.se",
        "Halltorps Bygdegårdsförening söker idéslanten",
        "Tue, 26 May 2026 17:58:33 +0200",
        mid,
    )
    raw = message(h, leaf(body, cte="quoted-printable"))
    lab = L(
        "application",
        "sv",
        "11101",
        "The association is named only in the Subject ('Halltorps Bygdegårdsförening söker idéslanten'); the body says 45 members and that it runs the village hall since 1961, so association true. Anchoring missing: 'Vi tror att många kommer att uppskatta det' is only a hope. Activity concrete (two dated parts). Budget: three items without a total; amount = sum 4 500.",
        association_name="Halltorps Bygdegårdsförening",
        contact_name="Mats Enqvist",
        contact_email="mats.enqvist@example.com",
        members=45,
        ort="Halltorp",
        amount_sek=4500,
        women_and_men=None,
        salary_costs=False,
        physical_investment=False,
    )
    return raw, lab


# =========================================================================== batch 6


@mail(1036, "frobytardag-hagnad")
def m1036():
    mid = MSGID[1036] = "<1036.hagnad.sjo@example.se>"
    body = """Hej!

Vi som bor längs Hägnadsvägen, ett tjugotal hushåll, skulle vilja söka idéslanten.

Lördag 13 juni blir det fröbytardag på Sjö gård i Hägnad:
kl 10 trädgårdsmästare Olle Bäck pratar om att odla på Ölands kalkmark
kl 11 fröbyte och plantbyte under tältet
kl 13 beskärningskurs i den gamla fruktträdgården
kl 14.30 vi startar en odlingsgrupp för byn, den som vill skriver upp sig

Vi vill att fler odlar själva, att de gamla äppelsorterna i byn räddas och att nya och gamla grannar lär känna varandra. Hägnads byalag är med och arrangerar och bjuder på kaffet, och 27 hushåll har redan skrivit upp sig på listan som vi la i brevlådorna.

Trädgårdsmästaren 2 000 kr, hyra av tält 800 kr, fika och saft 700 kr = 3 500 kr.

Hälsningar
Lena Sjö
Sjö gård, Hägnad
070-915 40 22
"""
    h = std_headers(
        addr("Lena Sjö", "lena.sjo@example.se"),
        "ideslanten@example.se",
        "Fröbytardag i Hägnad 13 juni",
        "Mon, 01 Jun 2026 08:05:12 +0200",
        mid,
    )
    raw = message(h, leaf(body, cte="quoted-printable"))
    lab = L(
        "application",
        "sv",
        "01111",
        "Association missing: the applicant is 'Vi som bor längs Hägnadsvägen, ett tjugotal hushåll' – an unnamed group; Hägnads byalag is a partner (co-organiser), not the applicant. Activity as a timed programme plus purpose; anchoring via the byalag's cooperation and 27 households signed up; budget as one '=' sentence. Tent rental is not an investment. Members null (households along a road are not members).",
        contact_name="Lena Sjö",
        contact_email="lena.sjo@example.se",
        contact_phone="070-915 40 22",
        ort="Hägnad",
        amount_sek=3500,
        women_and_men=None,
        salary_costs=False,
        physical_investment=False,
    )
    return raw, lab


@mail(1037, "re-musikcafe-resmo-budget")
def m1037():
    mid = MSGID[1037] = "<1037.resmo.re.budget@example.org>"
    rc = "<receipt.2026-0025@ideslanten.example.se>"
    quoted = "\n".join(
        "> " + ln if ln else ">" for ln in receipt_sv("2026-0025", ["budget"]).split("\n")
    )
    body = f"""Hej!

Här kommer budgeten i text, bilden blev visst inte bra:

Musikerarvoden 4 x 1 500\t6 000
Hyra bygdegården 4 x 600\t2 400
Kaffe, våffelsmet, sylt\t1 600
Hyra ljudanläggning\t1 400
Affischer\t1 000
Summa\t12 400

Eva Lundberg
Resmo Byaförening

Den 2026-05-21 kl. 21:21, Idéslanten – Region Kalmar län skrev:
{quoted}
"""
    h = std_headers(
        addr("Eva Lundberg", "eva.lundberg@example.org"),
        "ideslanten@example.se",
        "Re: Musikcafé Resmo [Idéslanten 2026-0025]",
        "Wed, 03 Jun 2026 19:40:26 +0200",
        mid,
        reply_to_id=rc,
        refs=f"{MSGID[1034]} {rc}",
        extra=[("User-Agent", "Mozilla Thunderbird")],
    )
    raw = message(h, leaf(body, cte="8bit"))
    lab = L(
        "followup",
        "sv",
        "01001",
        "Followup to 1034 (Thunderbird quoting) supplying the budget the photo did not: a tab-separated list of five items with sum 12 400. Contact true (named signer, own address). The association is only named in the signature, nothing new about it. Amount 12 400 from the new text.",
        association_name="Resmo Byaförening",
        contact_name="Eva Lundberg",
        contact_email="eva.lundberg@example.org",
        amount_sek=12400,
        salary_costs=False,
        physical_investment=False,
    )
    return raw, lab


@mail(1038, "bounce-bergkvara")
def m1038():
    mid = MSGID[1038] = "<1038.dsn.20260605@mx2.example.net>"
    orig_id = "<off.20260605.1014@example.se>"
    text = """Delivery has failed to these recipients or groups:

tommy.karlson@example.net
The e-mail address you entered couldn't be found. Please check the recipient's e-mail address and try to resend the message.
"""
    dsn = """Reporting-MTA: dns;mx2.example.net
Received-From-MTA: dns;mail.example.se
Arrival-Date: Fri, 5 Jun 2026 10:02:11 +0000

Final-Recipient: rfc822;tommy.karlson@example.net
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp;550 5.1.1 RESOLVER.ADR.RecipNotFound; not found
"""
    orig = f"""From: =?utf-8?q?Landsbygdsutvecklare_Region_Kalmar_l=C3=A4n?= <landsbygdsutvecklare@example.se>
To: tommy.karlson@example.net
Subject: =?utf-8?q?Re=3A_St=C3=A4ddag_=5BId=C3=A9slanten_2026-0016=5D?=
Date: Fri, 05 Jun 2026 12:02:09 +0200
Message-ID: {orig_id}
In-Reply-To: {MSGID[1014]}
References: {MSGID[1014]}
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Hej Tommy!

Tack för er ansökan om städdagen. Vi saknar fortfarande namnet på er förening och en budget med belopp. Kan du komplettera?

Hälsningar
Landsbygdsutvecklaren
"""
    root = multipart(
        "report",
        "1038_DSN_mx2_example_net",
        [
            (
                ["Content-Type: text/plain; charset=us-ascii", "Content-Transfer-Encoding: 7bit"],
                text.encode(),
            ),
            (["Content-Type: message/delivery-status"], dsn.encode()),
            (
                ["Content-Type: message/rfc822", "Content-Transfer-Encoding: 8bit"],
                orig.encode("utf-8"),
            ),
        ],
        preamble=None,
        params="; report-type=delivery-status",
    )
    h = std_headers(
        "Mail Delivery Subsystem <postmaster@mx2.example.net>",
        "landsbygdsutvecklare@example.se",
        "Undeliverable: Re: Städdag [Idéslanten 2026-0016]",
        "Fri, 05 Jun 2026 12:02:15 +0200",
        mid,
        extra=[("Auto-Submitted", "auto-replied"), ("X-MS-Exchange-Message-Is-Ndr", "")],
    )
    raw = message(h, root)
    lab = L(
        "bounce",
        "sv",
        "00000",
        "Bounce: Exchange-style NDR (multipart/report with message/delivery-status and the full original as message/rfc822, 8bit utf-8). The officer mistyped the address (karlson instead of karlsson) when writing to the sender of 1014. The returned message asks for the missing association and budget, but it is a machine message. All facts null.",
    )
    return raw, lab


@mail(1039, "fraga-tva-saker-orrefors")
def m1039():
    mid = MSGID[1039] = "<1039.orrefors.fraga@example.net>"
    body = """Hej!

Två frågor från Orrefors Hembygdsförening:

1. Får man söka för två olika saker i samma ort samma år, om det blir mindre än 15 000 tillsammans? Vi har både en kulturvandring och en kurs i glasgravyr på gång.
2. Kan vi söka för att köpa en ny kaffebryggare till hembygdsgården? Den gamla har gått sönder och vi har fika på alla träffar.

Tacksam för svar.

Margareta Holmberg
sekreterare
0481-300 84
"""
    h = std_headers(
        addr("Margareta Holmberg", "margareta.holmberg@example.net", "iso-8859-1"),
        "ideslanten@example.se",
        "Fråga om två ansökningar",
        "Tue, 09 Jun 2026 14:17:52 +0200",
        mid,
        subj_charset="iso-8859-1",
    )
    raw = message(h, leaf(body, charset="iso-8859-1", cte="quoted-printable"))
    lab = L(
        "question",
        "sv",
        "00000",
        "Question (iso-8859-1 quoted-printable): whether two activities in the same locality can be funded within the cap, and whether a coffee machine can be bought. The question itself proposes buying equipment, so physical_investment true; salary null. No amount applied for (15 000 is the rule).",
        association_name="Orrefors Hembygdsförening",
        contact_name="Margareta Holmberg",
        contact_email="margareta.holmberg@example.net",
        contact_phone="0481-300 84",
        ort="Orrefors",
        physical_investment=True,
    )
    return raw, lab


@mail(1040, "fwd-hlr-timmernabben")
def m1040():
    mid = MSGID[1040] = "<CAH1040fwd.ulf.timmernabben@mail.example.com>"
    body = """Hej!

Vidarebefordrar ansökan som Kerstin skrev, hon har inte fått till det med mejlen hemma. Det är hon som är kontakt.

Ulf Bergström
ordf. Timmernabbens Samhällsförening

---------- Forwarded message ---------
Från: Kerstin Möller <kerstin.moller@example.se>
Date: sön 14 juni 2026 kl 21:37
Subject: ansökan HLR
To: Ulf Bergström <ulf.bergstrom@example.com>


Ansökan om idéslanten – Timmernabbens Samhällsförening

Om oss: Timmernabbens Samhällsförening är en ideell förening med ca 200 medlemmar, org.nr {org}. Vi har hand om badplatsen, midsommarfirandet och julbelysningen i Timmernabben.

Kontaktperson: Kerstin Möller, 070-664 18 93, kerstin.moller@example.se

Vad vi vill göra: Det finns två hjärtstartare i Timmernabben, en vid ICA och en vid hamnen, men nästan ingen vet hur man använder dem. I fjol fick en man hjärtstopp vid båtbryggan och det tog lång tid innan någon vågade göra något. Därför ordnar vi tre kvällar med HLR- och hjärtstartarutbildning i bygdegården, onsdagarna 2, 9 och 16 september kl 18–21, med instruktörer från Röda Korset i Mönsterås. Varje kväll tar 15 deltagare, kvinnor och män, unga och gamla. Efter kursen sätter vi upp en lista på ICA över vilka i byn som kan HLR så att man vet vem man kan ropa på, och de som vill kan gå med i SMS-livräddare.

Förankring: Idén kom upp på vårt medlemsmöte i april och röstades igenom, Timmernabbens IF och Sjöräddningssällskapets frivilliga i Timmernabben hjälper till med att sprida det och ställer upp som extra övningsledare, och redan nu har 38 personer skrivit upp sig på listan vid ICA-kassan.

Budget:
Instruktörsarvode Röda Korset 3 kvällar x 2 500 kr = 7 500 kr
Hyra av övningsdockor och övningshjärtstartare 1 800 kr
Lokalhyra bygdegården 3 x 400 kr = 1 200 kr
Fika 900 kr
Summa 11 400 kr

Vi söker 11 400 kr.

Mvh Kerstin
""".format(org=orgnr("802507331"))
    h = std_headers(
        addr("Ulf Bergström", "ulf.bergstrom@example.com"),
        "ideslanten@example.se",
        "Fwd: ansökan HLR",
        "Mon, 15 Jun 2026 07:31:04 +0200",
        mid,
    )
    raw = message(h, leaf(body, cte="quoted-printable"))
    lab = L(
        "application",
        "sv",
        "11111",
        "Complete, forwarded: the chair forwards the application that Kerstin wrote; forwarded text counts as the mail's own. The forwarded text is a form with headings (Om oss / Kontaktperson / Vad vi vill göra / Förankring / Budget). Contact is the named contact person Kerstin Möller (not the forwarder), so contact_email is hers. Activity with dates, instructors and local benefit; anchoring: member-meeting vote, two local groups helping, 38 signed up. Renting practice dummies is not an investment; instructors' fees are not salary. 'ca 200' = 200; 'kvinnor och män' -> true.",
        association_name="Timmernabbens Samhällsförening",
        org_number=orgnr("802507331"),
        contact_name="Kerstin Möller",
        contact_email="kerstin.moller@example.se",
        contact_phone="070-664 18 93",
        members=200,
        ort="Timmernabben",
        amount_sek=11400,
        women_and_men=True,
        salary_costs=False,
        physical_investment=False,
    )
    return raw, lab


# =========================================================================== main guard

ALLOWED = ("example.se", "example.com", "example.org", "example.net")
ADDR_RE = re.compile(r"[A-Za-z0-9_.+%-]+@((?:[A-Za-z0-9-]+\.)+[A-Za-z]{2,})")
KINDS = {"application", "followup", "question", "autoreply", "bounce", "newsletter", "spam"}


def build() -> tuple[dict[str, bytes], dict[str, dict]]:
    MSGID.clear()
    files: dict[str, bytes] = {}
    labels: dict[str, dict] = {}
    for n, slug, fn in sorted(MAILS, key=lambda t: t[0]):
        raw, lab = fn()
        name = f"{n:04d}-{slug}.eml"
        files[name] = raw
        labels[name] = lab
    return files, labels


def _texts(msg) -> list[str]:
    out = []
    for part in msg.walk():
        if part.is_multipart():
            continue
        ct = part.get_content_type()
        if ct.startswith("text/") or ct in ("message/delivery-status",):
            try:
                out.append(
                    part.get_content()
                    if ct.startswith("text/")
                    else part.get_payload(decode=False) or ""
                )
            except Exception as e:  # noqa: BLE001
                raise AssertionError(f"cannot decode part {ct}: {e}") from e
    return out


def check(files: dict[str, bytes], labels: dict[str, dict]) -> None:
    errors: list[str] = []
    names = sorted(p.name for p in OUT.glob("*.eml"))
    if names != sorted(labels):
        errors.append("labels.json keys do not match files")
    msgids_by_kind: dict[str, str] = {}
    prev = None
    for name in sorted(files):
        raw = files[name]
        lab = labels[name]
        if not re.fullmatch(r"\d{4}-[a-z0-9-]+\.eml", name):
            errors.append(f"{name}: bad file name")
        if b"\r" in raw:
            errors.append(f"{name}: CR in file")
        if set(lab) != {"kind", "language", "elements", "facts", "notes"}:
            errors.append(f"{name}: label fields {sorted(lab)}")
        if set(lab["elements"]) != set(ELEM_KEYS) or set(lab["facts"]) != set(FACT_KEYS):
            errors.append(f"{name}: elements/facts keys")
        if lab["kind"] not in KINDS or lab["language"] not in ("sv", "en"):
            errors.append(f"{name}: kind/language")
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        malformed = lab["notes"].startswith("Malformed:")
        defects = [d for part in msg.walk() for d in part.defects]
        if defects and not malformed:
            errors.append(f"{name}: defects {defects}")
        try:
            texts = _texts(msg)
        except AssertionError as e:
            errors.append(f"{name}: {e}")
            texts = []
        d = parsedate_to_datetime(str(msg["Date"]))
        if d.year != 2026:
            errors.append(f"{name}: year {d.year}")
        if prev and d < prev:
            errors.append(f"{name}: Date out of order")
        prev = d
        msgids_by_kind[str(msg["Message-ID"]).strip()] = lab["kind"]
        alltext = raw.decode("latin-1") + "\n" + "\n".join(texts)
        for m in ADDR_RE.finditer(alltext):
            dom = m.group(1).lower()
            if not any(dom == a or dom.endswith("." + a) for a in ALLOWED):
                errors.append(f"{name}: address domain {dom}")
        for m in re.finditer(r"(?<![\d-])(\d{6}-\d{4})(?![\d-])", "\n".join(texts)):
            if not luhn_ok(m.group(1)):
                errors.append(f"{name}: non-Luhn org number {m.group(1)}")
        f = lab["facts"]
        if f["org_number"] and not luhn_ok(f["org_number"]):
            errors.append(f"{name}: label org number not Luhn")
        if (
            f["contact_email"]
            and f["contact_email"].split("@")[1] not in ALLOWED
            and not any(f["contact_email"].endswith("." + a) for a in ALLOWED)
        ):
            errors.append(f"{name}: contact_email domain")
        k = lab["kind"]
        if k in ("application", "followup"):
            if not isinstance(f["salary_costs"], bool) or not isinstance(
                f["physical_investment"], bool
            ):
                errors.append(f"{name}: salary/physical must be bool")
        else:
            if any(lab["elements"].values()):
                errors.append(f"{name}: non-application with true element")
        if k in ("autoreply", "bounce", "newsletter", "spam") and any(
            v is not None for v in f.values()
        ):
            errors.append(f"{name}: machine mail with facts")
        if k == "followup":
            refs = str(msg.get("In-Reply-To", "")) + " " + str(msg.get("References", ""))
            ids = re.findall(r"<[^>]+>", refs)
            if not any(msgids_by_kind.get(i) == "application" for i in ids):
                errors.append(f"{name}: followup does not reference an earlier application")
            if not re.match(r"(?i)(re|sv|aw):", str(msg["Subject"])):
                errors.append(f"{name}: followup subject")
    if errors:
        print("\n".join(errors))
        sys.exit(1)


def main() -> None:
    files, labels = build()
    files2, labels2 = build()
    assert files == files2 and labels == labels2, "not deterministic"
    OUT.mkdir(parents=True, exist_ok=True)
    for old in OUT.glob("*.eml"):
        if old.name not in files:
            old.unlink()
    for name, raw in files.items():
        (OUT / name).write_bytes(raw)
    (OUT / "labels.json").write_text(
        json.dumps(labels, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
    )
    check(files, labels)
    kinds: dict[str, int] = {}
    for lab in labels.values():
        kinds[lab["kind"]] = kinds.get(lab["kind"], 0) + 1
    apps = [v for v in labels.values() if v["kind"] == "application"]
    complete = sum(all(v["elements"].values()) for v in apps)
    missing = {k: sum(not v["elements"][k] for v in apps) for k in ELEM_KEYS}
    print(
        f"wrote {len(files)} mails to {OUT}: {kinds}; complete applications {complete}; missing {missing}"
    )


if __name__ == "__main__":
    main()
