"""Development corpus own25 – "an ordinary September 2026".

Forty entirely fictional e-mails (files 3401–3440) of the kind that reach the rural development
officer of Region Kalmar län about the micro-grant "regional bygdepeng – idéslanten", written as
ordinary mail from ordinary people in realistic proportions: 24 applications (8 complete), 6
followups, 3 questions, 2 autoreplies (one without any automation header), 1 bounce, 2
newsletters and 2 spam. Many writers explain a lot of background, put the five elements in an
unexpected order, or give one element only implicitly (in a signature, in prose amounts, in a
remark about a meeting). Labels follow /work/shared/corpus/README.md.

Regenerate (stdlib only, byte-identical output on every run):

    /work/main/.venv/bin/python tests/data/tools/make_own25.py

Writes tests/data/own25/NNNN-slug.eml and tests/data/own25/labels.json and then checks itself.
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
import sys
import urllib.parse
import zipfile
import zlib
from email.header import Header
from email.utils import format_datetime, formataddr
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "own25"
BOT = formataddr(("Idéslanten – Region Kalmar län", "ideslanten@example.se"), charset="utf-8")
BOT_ADDR = "ideslanten@example.se"
OFFICER = "landsbygdsutvecklare@example.se"
TZ = dt.timezone(dt.timedelta(hours=2))

MAILS: list[tuple[str, bytes]] = []
LABELS: dict[str, dict] = {}
MSGIDS: dict[int, str] = {}  # file number -> Message-ID
KINDS: dict[int, str] = {}
DATES: dict[int, dt.datetime] = {}
REPLY_TO: dict[int, list[str]] = {}


# --------------------------------------------------------------------------- helpers


def orgnr(first9: str) -> str:
    """Complete a 9-digit prefix to a Luhn-valid Swedish organisation number NNNNNN-NNNN."""
    total = 0
    for i, ch in enumerate(first9):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        total += d - 9 if d > 9 else d
    check = (10 - total % 10) % 10
    s = first9 + str(check)
    return s[:6] + "-" + s[6:]


def luhn_ok(nr: str) -> bool:
    digits = nr.replace("-", "")
    if not re.fullmatch(r"\d{10}", digits):
        return False
    return orgnr(digits[:9]) == nr


def hdr(value: str) -> str:
    """Header value, RFC 2047-encoded when not ASCII."""
    try:
        value.encode("ascii")
        return value
    except UnicodeEncodeError:
        return Header(value, "utf-8").encode()


def addr(name: str, address: str, charset: str = "utf-8") -> str:
    if not name:
        return address
    return formataddr((name, address), charset=charset)


def when(day: int, hh: int, mm: int) -> dt.datetime:
    return dt.datetime(2026, 9, day, hh, mm, 0, tzinfo=TZ)


def text_part(
    body: str,
    subtype: str = "plain",
    charset: str | None = "utf-8",
    cte: str = "8bit",
    extra: str = "",
) -> bytes:
    enc = charset or "us-ascii"
    raw = body.encode(enc if enc != "us-ascii" else "ascii")
    if cte == "quoted-printable":
        payload = quopri.encodestring(raw)
    elif cte == "base64":
        payload = base64.encodebytes(raw)
    else:
        payload = raw if raw.endswith(b"\n") else raw + b"\n"
    ctype = f"text/{subtype}" + (f'; charset="{charset}"' if charset else "")
    if extra:
        ctype += "; " + extra
    head = f"Content-Type: {ctype}\nContent-Transfer-Encoding: {cte}\n\n"
    return head.encode("ascii") + payload


def attach_part(data: bytes, ctype: str, filename: str, disposition: str = "attachment") -> bytes:
    if filename.isascii():
        params = f'filename="{filename}"'
        nparams = f'name="{filename}"'
    else:
        params = "filename*=utf-8''" + urllib.parse.quote(filename)
        nparams = "name*=utf-8''" + urllib.parse.quote(filename)
    head = f"Content-Type: {ctype}; {nparams}\nContent-Disposition: {disposition}; {params}\nContent-Transfer-Encoding: base64\n\n"
    return head.encode("ascii") + base64.encodebytes(data)


def multipart(subtype: str, parts: list[bytes], boundary: str, extra: str = "") -> bytes:
    ctype = f'multipart/{subtype}; boundary="{boundary}"' + (f"; {extra}" if extra else "")
    out = [f"Content-Type: {ctype}\n\n".encode("ascii")]
    for p in parts:
        out.append(f"--{boundary}\n".encode("ascii"))
        out.append(p if p.endswith(b"\n") else p + b"\n")
    out.append(f"--{boundary}--\n".encode("ascii"))
    return b"".join(out)


def receipt_text(nr: str, missing: list[str]) -> str:
    """The bot's receipt as the applicant's mail client shows it (for quoting)."""
    guide = {
        "association": "Föreningen/gruppen: namn och några uppgifter om er (t.ex. org.nr, antal medlemmar, var ni finns)",
        "contact": "Kontaktperson: namn och e-post eller telefon till den som vi kan kontakta",
        "activity": "Aktiviteten: vad ni ska göra, när och hur det främjar utvecklingen i bygden",
        "anchoring": "Lokal förankring: hur idén är förankrad i orten, t.ex. byamöte, enkät eller samarbete med andra föreningar",
        "budget": "Budget: en översiktlig budget med kostnadsposter och belopp",
    }
    lines = [
        "Hej!",
        "",
        f"Tack för er ansökan om idéslanten! Vi har tagit emot den och gett den ärendenummer {nr}.",
        "",
        "Vi saknar följande i er ansökan:",
    ]
    for m in missing:
        lines.append(f"– {guide[m]}")
    lines += [
        "",
        "Svara gärna på det här mejlet med det som saknas, så kompletterar vi ärendet.",
        "",
        "Vänliga hälsningar",
        "Idéslanten – Region Kalmar län",
        "(automatiskt svar, landsbygdsutvecklare@example.se)",
    ]
    return "\n".join(lines)


def quote(text: str, prefix: str = "> ") -> str:
    return "\n".join(
        (prefix + line).rstrip() if line else prefix.rstrip() for line in text.split("\n")
    )


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


def label(kind: str, lang: str, el: str, notes: str, **facts) -> dict:
    """el: five characters 1/0 in order association, contact, activity, anchoring, budget."""
    assert len(el) == 5 and set(el) <= {"0", "1"}
    f = {k: facts.pop(k, None) for k in FACT_KEYS}
    assert not facts, facts
    if kind in ("application", "followup"):
        f["salary_costs"] = bool(f["salary_costs"])
        f["physical_investment"] = bool(f["physical_investment"])
    return {
        "kind": kind,
        "language": lang,
        "elements": {k: c == "1" for k, c in zip(ELEMENT_KEYS, el, strict=True)},
        "facts": f,
        "notes": notes,
    }


def add(
    num: int,
    slug: str,
    day: int,
    hh: int,
    mm: int,
    frm: str,
    subject: str,
    body: bytes,
    lab: dict,
    to: str = BOT,
    msgid: str | None = None,
    in_reply_to: str | None = None,
    references: list[str] | None = None,
    extra_headers: list[str] | None = None,
) -> None:
    date = when(day, hh, mm)
    msgid = msgid or f"<own25.{num}.{slug}@example.com>"
    heads = [
        f"From: {frm}",
        f"To: {to}",
        f"Subject: {hdr(subject)}",
        f"Date: {format_datetime(date)}",
        f"Message-ID: {msgid}",
    ]
    if in_reply_to:
        heads.append(f"In-Reply-To: {in_reply_to}")
    if references:
        heads.append("References: " + "\n ".join(references))
    heads += extra_headers or []
    heads.append("MIME-Version: 1.0")
    raw = ("\n".join(heads) + "\n").encode("ascii") + body
    name = f"{num}-{slug}.eml"
    MAILS.append((name, raw))
    LABELS[name] = lab
    MSGIDS[num] = msgid
    KINDS[num] = lab["kind"]
    DATES[num] = date
    REPLY_TO[num] = ([in_reply_to] if in_reply_to else []) + (references or [])


def receipt_id(num: int) -> str:
    return f"<kvitto.{num}@ideslanten.example.se>"


def case_nr(num: int) -> str:
    return f"2026-{num - 3300:04d}"


def officer_id(num: int) -> str:
    return f"<handl.{num}.svar@example.se>"


# --------------------------------------------------------------------------- documents

ZIPDATE = (2026, 9, 1, 12, 0, 0)


def _zip(files: list[tuple[str, str]]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, content in files:
            info = zipfile.ZipInfo(name, date_time=ZIPDATE)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            z.writestr(info, content.encode("utf-8"))
    return buf.getvalue()


def _x(s: str) -> str:
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def make_docx(paragraphs: list[str]) -> bytes:
    body = "".join(
        f'<w:p><w:r><w:t xml:space="preserve">{_x(p)}</w:t></w:r></w:p>' for p in paragraphs
    )
    doc = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
        f"<w:body>{body}</w:body></w:document>"
    )
    ctypes = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
        "</Types>"
    )
    rels = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
        "</Relationships>"
    )
    return _zip(
        [("[Content_Types].xml", ctypes), ("_rels/.rels", rels), ("word/document.xml", doc)]
    )


def make_xlsx(rows: list[list[str | int]]) -> bytes:
    def col(i: int) -> str:
        return chr(ord("A") + i)

    xml_rows = []
    for r, row in enumerate(rows, start=1):
        cells = []
        for c, v in enumerate(row):
            ref = f"{col(c)}{r}"
            if isinstance(v, int):
                cells.append(f'<c r="{ref}"><v>{v}</v></c>')
            elif v != "":
                cells.append(f'<c r="{ref}" t="inlineStr"><is><t>{_x(v)}</t></is></c>')
        xml_rows.append(f'<row r="{r}">{"".join(cells)}</row>')
    sheet = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
        f"<sheetData>{''.join(xml_rows)}</sheetData></worksheet>"
    )
    wb = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
        'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
        '<sheets><sheet name="Budget" sheetId="1" r:id="rId1"/></sheets></workbook>'
    )
    wbrels = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
        "</Relationships>"
    )
    ctypes = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
        '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
        "</Types>"
    )
    rels = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
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
            ("xl/worksheets/sheet1.xml", sheet),
        ]
    )


def make_pdf(lines: list[str], compress: bool = True) -> bytes:
    def esc(s: str) -> bytes:
        b = s.encode("cp1252")
        return b.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")

    ops = [b"BT", b"/F1 11 Tf", b"14 TL", b"56 790 Td"]
    for line in lines:
        ops.append(b"(" + esc(line) + b") Tj T*")
    ops.append(b"ET")
    stream = b"\n".join(ops)
    if compress:
        stream = zlib.compress(stream, 9)
        sdict = f"<< /Length {len(stream)} /Filter /FlateDecode >>".encode()
    else:
        sdict = f"<< /Length {len(stream)} >>".encode()
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>",
        sdict + b"\nstream\n" + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
    ]
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, o in enumerate(objs, start=1):
        offsets.append(out.tell())
        out.write(f"{i} 0 obj\n".encode() + o + b"\nendobj\n")
    xref = out.tell()
    out.write(f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode())
    for off in offsets:
        out.write(f"{off:010d} 00000 n \n".encode())
    out.write(
        f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    )
    return out.getvalue()


def make_png(w: int = 24, h: int = 16) -> bytes:
    """A tiny grey-ish PNG (stands in for a phone photo of a handwritten budget)."""
    import struct

    raw = b"".join(
        b"\x00" + bytes((200 - (x * 3 + y * 5) % 60) for x in range(w) for _ in range(3))
        for y in range(h)
    )

    def chunk(t: bytes, d: bytes) -> bytes:
        return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xFFFFFFFF)

    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
        + chunk(b"IDAT", zlib.compress(raw, 9))
        + chunk(b"IEND", b"")
    )


DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


# --------------------------------------------------------------------------- mails 3401–3408


def batch1() -> None:
    org = orgnr("802467318")
    body = f"""Hej!

Jag börjar med siffrorna eftersom jag förstått att det är dem ni tittar på först:

  Föreläsare/samtalsledare, tre kvällar à 2 500 kr   7 500 kr
  Hyra av bygdegården, tre kvällar à 400 kr          1 200 kr
  Fika                                                 800 kr
  Affischer och lappar i brevlådorna                   300 kr
  Summa                                              9 800 kr

Sedan lite bakgrund. Ni som inte bor här kanske inte vet hur det ser ut runt Gullabo efter
vinterstormen i januari. Ungefär en tredjedel av skogen mellan byn och Gullaboåsen ligger
ner, stigarna till badsjön och till den gamla kolbottnen är helt igenväxta av rotvältor och
många äldre markägare vet inte vad de ska ta sig för. Det pratas mycket vid brevlådorna men
ingen har samlat folk.

Därför tog vi upp det på byamötet den 12 augusti. 26 personer kom, vilket är mycket för
Gullabo, och alla var överens om att vi ska ordna samtalskvällar. Gullabo Jaktvårdsområde och
kyrkans frivilliggrupp är med och bjuder in, och jaktlaget har lovat att ställa upp med folk
som visar vilka stigar som går att ta sig fram på.

Det vi vill göra är alltså tre kvällar i bygdegården i oktober–november, "Skogen efter
stormen". En skogskonsulent från Torsås leder samtalen: första kvällen om vad man gör med
stormfälld skog, andra om hur markägare och byn kan samarbeta kring stigar och badplatsen,
tredje kvällen gör vi upp en plan för vilka stigar byn själv röjer i vår. Det ska vara öppet
för alla, kvinnor och män, markägare eller inte. Målet är att byn får tillbaka sina
promenadstråk och att vi som bor här gör det tillsammans i stället för var och en för sig.

Om oss: vi söker som Gullabo Byaförening, org.nr {org}. Föreningen bildades 1987 och har i dag
34 medlemmar, vi sköter bygdegården och ordnar midsommar och julmarknad.

Kontakt är jag, Birgitta Ahlqvist, kassör, tel 070-318 42 07.

Vi söker 9 800 kr.

Med vänlig hälsning
Birgitta Ahlqvist
Gullabo Byaförening
"""
    add(
        3401,
        "gullabo-skogen-efter-stormen",
        1,
        8,
        12,
        addr("Birgitta Ahlqvist", "birgitta.ahlqvist@example.com"),
        "Ansökan idéslanten – Skogen efter stormen, Gullabo",
        text_part(body),
        label(
            "application",
            "sv",
            "11111",
            "Complete application in reversed order: the budget table comes first, then a long background, the anchoring (byamöte 12 aug with 26 present, jaktvårdsområdet and kyrkans frivilliggrupp co-inviting), the activity (three dialogue evenings with a consultant, concrete plan for trails), and only then the association (name, org.nr, 34 members, what it does) and the contact (named signer from own address with phone). The 26 meeting attendees are not members. Consultant fee is not salary; renting the bygdegård is not an investment. Tests element detection when the usual order is turned upside down.",
            association_name="Gullabo Byaförening",
            org_number=org,
            contact_name="Birgitta Ahlqvist",
            contact_email="birgitta.ahlqvist@example.com",
            contact_phone="070-318 42 07",
            members=34,
            ort="Gullabo",
            amount_sek=9800,
            women_and_men=True,
            salary_costs=False,
            physical_investment=False,
        ),
    )

    body = """Hej

Jag skriver för Totebo Byalag. Vi är en gammal förening, ungefär 70 hushåll är medlemmar,
och vi har haft det lite tungt sedan affären vid vägskälet stängde 2024. Bensinmacken
försvann redan innan dess. Det är 22 km till närmaste mack nu och för de äldre i byn är det
ett verkligt problem.

Nu har vi hört att man i Hägnad på södra Öland har fått igång en bybutik med obemannad mack
som byalaget själva driver, och vi skulle vilja åka dit och se hur de har gjort, prata med
deras styrelse om avtal, ekonomi, vem som gör vad osv. Resan är tänkt till lördag den 10
oktober med hyrd buss, vi åker på morgonen och är hemma på kvällen. Efteråt håller vi en
öppen träff i Totebo missionshus där de som var med berättar för resten av byn och vi
bestämmer om vi ska gå vidare med en egen förstudie.

Idén togs upp på byalagets höstmöte den 23 augusti, 31 personer var där och det var ingen
som var emot. 24 har redan skrivit upp sig på listan för resan, och Totebo IF har sagt att
de gärna skickar med någon från sin styrelse.

Vi räknar med att det blir runt 12 000 kr totalt.

Hör av er om ni undrar något.

Per-Olof Strand
ordf. Totebo Byalag
073-866 20 41
"""
    add(
        3402,
        "totebo-studieresa-hagnad",
        2,
        19,
        47,
        addr("Per-Olof Strand", "perolof.strand@example.net"),
        "Studieresa Totebo byalag",
        text_part(body, cte="quoted-printable"),
        label(
            "application",
            "sv",
            "11110",
            "Quoted-printable utf-8. Association (Totebo Byalag, ~70 member households), contact (named signer from own address, phone), activity (study trip 10 Oct to a village-run shop and unmanned fuel station plus a report-back meeting) and anchoring (höstmöte with 31 present, 24 signed up, Totebo IF joining) are all given; the budget is only a rough total ('runt 12 000 kr'), so budget is false while amount_sek takes the rough figure. Gender is not mentioned, so women_and_men is null. Followed up by 3408 with the budget.",
            association_name="Totebo Byalag",
            contact_name="Per-Olof Strand",
            contact_email="perolof.strand@example.net",
            contact_phone="073-866 20 41",
            members=70,
            ort="Totebo",
            amount_sek=12000,
            women_and_men=None,
            salary_costs=False,
            physical_investment=False,
        ),
        msgid="<3f1c9a20-5be2-4a7e-9c11-totebo@example.net>",
    )

    body = """Hello,

I hope it is OK to write in English, my Swedish is still at the "fika och tack" level.

My husband and I moved from Utrecht to Löttorp two years ago. This summer we started a small
group with some neighbours, we call it "Löttorp Repair & Share". The idea is a repair café
once a month in the winter when everything here is closed, plus a shelf where people can
lend tools to each other. Right now we are 8 people, Swedes and newcomers together.

I read about idéslanten on the region's website and I have two questions:

1. Do we need to be a registered association (förening) with 10 members before we can apply,
   or can we apply as an informal group and grow later?
2. Is the 15 000 kronor per village or per group? There is also a hembygdsförening in
   Löttorp and we do not want to take "their" money.

We have not decided on the budget yet, so this is not an application, just questions.

Kind regards,
Anneke de Vries
Löttorp
"""
    add(
        3403,
        "lottorp-question-english",
        3,
        10,
        5,
        addr("Anneke de Vries", "anneke.devries@example.org"),
        "Question about idéslanten for a new group in Löttorp",
        text_part(body),
        label(
            "question",
            "en",
            "00000",
            "English question from a newcomer: whether a group of 8 must first reach 10 members / register, and whether the 15 000 cap is per village or per group. It says explicitly it is not an application and gives no budget, so kind is question and all elements are false. Stated facts are kept (group name, 8 members, Löttorp, the asker's name and address); the 15 000 is the rule amount, not an amount applied for, so amount_sek is null; cost facts null.",
            association_name="Löttorp Repair & Share",
            contact_name="Anneke de Vries",
            contact_email="anneke.devries@example.org",
            members=8,
            ort="Löttorp",
        ),
    )


def batch2() -> None:
    org = orgnr("802011457")
    html = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Calibri,sans-serif;font-size:11pt">
<p>Hej!</p>
<p>Påryds Bygdegårdsförening ({org}) vill söka idéslanten för <b>Laga-lördagar</b> i bygdegården.
Föreningen har 112 medlemmar och har drivit bygdegården i Påryd sedan 1952.</p>
<p>Tanken är att vi har öppet fyra lördagar mellan oktober och januari (10/10, 7/11, 5/12 och 16/1)
kl 10–14. Folk tar med sig det som gått sönder – cyklar, lampor, brödrostar, byxor med hål – och
så finns det händiga personer från bygden på plats som hjälper till att laga. Första lördagen kommer
en textilkonservator och visar osynlig stoppning och lagning av ylle. Det blir en mötesplats för
alla, unga som gamla, kvinnor och män, och mindre slit-och-släng i bygden.</p>
<p>Vi tror att det kommer att bli mycket uppskattat, behovet finns verkligen i en by som Påryd.</p>
<table border="1" cellpadding="3" style="border-collapse:collapse">
<tr><th>Post</th><th>Kronor</th></tr>
<tr><td>Textilkonservator, föreläsning och visning</td><td>3 000</td></tr>
<tr><td>Reservdelar, tråd, lim, förbrukning</td><td>1 500</td></tr>
<tr><td>Annons i Barometern och affischer</td><td>2 200</td></tr>
<tr><td>Fika 4 lördagar à 500</td><td>2 000</td></tr>
<tr><td><b>Summa</b></td><td><b>8 700</b></td></tr>
</table>
<p>Med vänliga hälsningar<br>Styrelsen<br>Påryds Bygdegårdsförening</p>
</body></html>
"""
    add(
        3404,
        "paryd-laga-lordagar",
        4,
        7,
        55,
        addr("Påryds Bygdegårdsförening", "parydsbygdegard@example.se"),
        "Ansökan: Laga-lördagar i Påryd",
        text_part(html, subtype="html"),
        label(
            "application",
            "sv",
            "10101",
            "HTML-only mail with the budget as an HTML table. Association (name, org.nr, 112 members, runs the bygdegård since 1952), activity (four dated repair Saturdays with a textile conservator, meeting place, less waste) and budget (four items, 8 700) are given. Contact is missing: the mail comes from the association's shared mailbox and is signed 'Styrelsen' with no person. Anchoring is missing: only a hope that it will be appreciated and a described need, no meeting, survey or cooperation. Consumables (tråd, reservdelar) are not an investment; the conservator's fee is not salary. Followed up by 3415.",
            association_name="Påryds Bygdegårdsförening",
            org_number=org,
            members=112,
            ort="Påryd",
            amount_sek=8700,
            women_and_men=True,
            salary_costs=False,
            physical_investment=False,
        ),
        msgid="<0d5e7b9f.paryd.bygdegard@example.se>",
    )

    org = orgnr("802503829")
    docx = make_docx(
        [
            "Ansökan om regional bygdepeng – idéslanten 2026",
            "Flottarminnen längs Emån – samtal och vandringar i Fliseryd",
            "",
            "Varför vi söker",
            "Fram till 1960-talet flottades timmer på Emån förbi Fliseryd, och många av de äldre i byn har fäder och farfäder som var flottare. De som minns blir färre för varje år. Samtidigt har det flyttat in ett tjugotal nya familjer i Fliseryd de senaste fem åren som inte känner till någonting av detta.",
            "",
            "Hur idén har vuxit fram i byn",
            "Förslaget kom från Fliseryds hembygdsförening, som vi samarbetar med. Vi presenterade det på ett öppet möte i Folkets hus den 18 juni där 37 personer deltog, och det var de äldre själva som bad om att få berätta. Fliseryds fiskevårdsområde lånar ut sin stuga vid Emån för den sista träffen, och sex personer har anmält sig som berättare.",
            "",
            "Vad vi ska göra",
            "Tre berättarkvällar i Folkets hus (oktober, november och februari) där de äldre berättar och en etnolog från Kalmar läns museum leder samtalet och hjälper oss att spela in berättelserna. I maj avslutar vi med en vandring längs den gamla flottarleden från Fliseryd till Kvillen med stopp vid fiskevårdsområdets stuga. Inspelningarna lämnas till hembygdsföreningens arkiv. Syftet är att nya och gamla fliserydsbor möts och att byns historia blir något man kan visa upp för besökare.",
            "",
            "Budget",
            "Etnolog, arvode 3 kvällar à 2 400 kr: 7 200 kr",
            "Hyra Folkets hus 3 kvällar à 600 kr: 1 800 kr",
            "Fika: 1 500 kr",
            "Tryck av inbjudan till alla hushåll: 900 kr",
            "Summa: 11 400 kr",
            "",
            "Om föreningen",
            f"Föreningen Flottarleden i Fliseryd, org.nr {org}, bildades 2019 för att vårda och visa den gamla flottarleden. Vi har 41 medlemmar, både kvinnor och män, de flesta boende i Fliseryd.",
        ]
    )
    body = """Hej!

Bifogar vår ansökan för Flottarleden. Det mesta står i dokumentet.
Jag är kontaktperson, nås enklast på mobilen 076-402 55 18 eller här på mejlen.

Hälsningar
Göran Lindh
sekreterare, Föreningen Flottarleden i Fliseryd
"""
    add(
        3405,
        "fliseryd-flottarminnen-docx",
        5,
        14,
        20,
        addr("Göran Lindh", "goran.lindh@example.com"),
        "Ansökan idéslanten – Flottarminnen längs Emån",
        multipart(
            "mixed",
            [text_part(body), attach_part(docx, DOCX, "Ansökan idéslanten Flottarleden.docx")],
            "=_fl2026_b05",
        ),
        label(
            "application",
            "sv",
            "11111",
            "Complete; the body only names the contact (signer from own address, mobile), everything else is in the .docx, in the order background – anchoring – activity – budget – association. Anchoring: proposal from hembygdsföreningen, open meeting 18 June with 37 present (not members), fiskevårdsområdet lends its hut, six storytellers signed up. Activity: three dated storytelling evenings with an ethnologist and a closing walk. Budget: four items, 11 400. Association: name, org.nr, 41 members. Ethnologist fee is not salary. Tests a docx-carried application with the contact only in the body. Also the target of the autoreply 3406.",
            association_name="Föreningen Flottarleden i Fliseryd",
            org_number=org,
            contact_name="Göran Lindh",
            contact_email="goran.lindh@example.com",
            contact_phone="076-402 55 18",
            members=41,
            ort="Fliseryd",
            amount_sek=11400,
            women_and_men=True,
            salary_costs=False,
            physical_investment=False,
        ),
        msgid="<CAF8x2Lindh0905.flottarleden@example.com>",
    )

    body = """Tack för ditt mejl.

Jag är bortrest till och med den 20 september och läser inte min e-post regelbundet.
Brådskande ärenden rörande Flottarleden: ring ordförande Lisbet Hane.

Göran Lindh
"""
    add(
        3406,
        "autoreply-fliseryd-franvaro",
        6,
        9,
        3,
        addr("Göran Lindh", "goran.lindh@example.com"),
        "Frånvaromeddelande: Re: Ansökan idéslanten – Flottarminnen längs Emån",
        text_part(body),
        label(
            "autoreply",
            "sv",
            "00000",
            "Out-of-office reply with Auto-Submitted: auto-replied and X-Auto-Response-Suppress, answering the officer's reply to 3405; its References include the application's Message-ID, but it is an autoreply, not a followup, and must never be answered. All elements false, all facts null.",
        ),
        to=OFFICER,
        in_reply_to=officer_id(3405),
        references=["<CAF8x2Lindh0905.flottarleden@example.com>", officer_id(3405)],
        extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
    )

    body = """hej!

vi är ett gäng föräldrar här i Ruda som har pratat länge om att det inte finns nåt att göra för
familjer på vintern. sporthallen i Högsby är full och det är långt att åka. vi har inte hunnit
bilda nån förening än men vi är typ ett 15-tal familjer som är med och drar

så det vi vill är "Familjesöndag" i gympasalen på Ruda skola, varje söndag 14-16 från 1 nov till
sista mars. lekar, bollsporter, hinderbana för de små, badminton för oss vuxna. för alla, tjejer
och killar, mammor och pappor och farmor om hon vill. de fyra första gångerna hyr vi in en
instruktör från Högsby friskis som lär oss att leda själva sen. då blir det nåt som byn kan
fortsätta med utan oss också

på föräldramötet i skolan 26 aug skickade vi runt en lista och 27 familjer skrev upp sig. Ruda IF
lånar ut sina bollar och koner och två från IF:s styrelse har lovat att vara med och leda

pengar:
hyra gympasal 18 söndagar x 350 kr = 6 300
instruktör 4 ggr x 1 200 = 4 800
annonsering lappar affären fb-annons 400
tot 11 500

hälsningar
Jenny Karlsson
070-554 12 96
"""
    add(
        3407,
        "ruda-familjesondag",
        7,
        21,
        34,
        addr("Jenny Karlsson", "jenny.k.ruda@example.com"),
        "ansökan familjesöndag ruda",
        text_part(body, charset="windows-1252"),
        label(
            "application",
            "sv",
            "01111",
            "windows-1252 8bit, lowercase style with missing punctuation. The applicant is explicitly not an association yet – 'ett gäng föräldrar', 'typ ett 15-tal familjer' – so association is false (unnamed group; Ruda IF is a partner, not the applicant) and members is null (families, not members). Contact: named signer from own address with phone. Activity concrete (weekly family sports Sundays Nov–March, instructor trains volunteers to continue), anchoring concrete (27 families signed at the school meeting, Ruda IF lends equipment and leaders), budget three items summing to 11 500. Tjejer och killar, mammor och pappor → women_and_men true; instructor fee is not salary.",
            contact_name="Jenny Karlsson",
            contact_email="jenny.k.ruda@example.com",
            contact_phone="070-554 12 96",
            ort="Ruda",
            amount_sek=11500,
            women_and_men=True,
            salary_costs=False,
            physical_investment=False,
        ),
    )

    rec = receipt_text(case_nr(3402), ["budget"])
    body = f"""Hej igen

Här kommer budgeten för resan. Jag pratade med bussbolaget i Gamleby i går.

Buss med chaufför Totebo–Hägnad t/r        9 500 kr
Ersättning till Hägnads byalag för guidning 1 000 kr
Hyra missionshuset för återträffen           500 kr
Kaffe och smörgås på återträffen             800 kr
                                          ----------
                                          11 800 kr

Lunchen på Öland betalar var och en själv.

Per-Olof Strand
ordf. Totebo Byalag
073-866 20 41

________________________________
Från: Idéslanten – Region Kalmar län <ideslanten@example.se>
Skickat: den 2 september 2026 19:48
Till: Per-Olof Strand <perolof.strand@example.net>
Ämne: Re: Studieresa Totebo byalag [Idéslanten {case_nr(3402)}]

{rec}
"""
    add(
        3408,
        "sv-totebo-budget",
        8,
        11,
        2,
        addr("Per-Olof Strand", "perolof.strand@example.net"),
        f"SV: Re: Studieresa Totebo byalag [Idéslanten {case_nr(3402)}]",
        text_part(body, charset="windows-1252", cte="quoted-printable"),
        label(
            "followup",
            "sv",
            "01001",
            "Followup to 3402 in Outlook style (top-posted, unindented quoted receipt under a Från/Skickat/Till/Ämne block), windows-1252 quoted-printable. The new text supplies the budget (four items, 11 800) and is signed by a named person from his own address with phone, so contact is true. The signature line 'ordf. Totebo Byalag' names the association but says nothing about it, so association stays false; activity and anchoring are only in the earlier mail. The quoted receipt's guidance lines must not count.",
            association_name="Totebo Byalag",
            contact_name="Per-Olof Strand",
            contact_email="perolof.strand@example.net",
            contact_phone="073-866 20 41",
            ort="Totebo",
            amount_sek=11800,
            salary_costs=False,
            physical_investment=False,
        ),
        in_reply_to=receipt_id(3402),
        references=["<3f1c9a20-5be2-4a7e-9c11-totebo@example.net>", receipt_id(3402)],
    )


def batch3() -> None:
    org = orgnr("802522901")
    csv_data = (
        "Item;Description;SEK\n"
        "Lecture fee;Astronomer from Linnaeus University, 2 evenings x 3000;6000\n"
        "Venue;Kastlösa bygdegård, 4 evenings x 600;2400\n"
        "Telescope rental;2 telescopes from Kalmar astronomy club, 4 evenings;1500\n"
        "Printing;Posters and flyers to every household;600\n"
        "Total;;10500\n"
    ).encode()
    body = f"""Dear Rural Development Officer,

Please find below our application for idéslanten. I apologise for writing in English; our
treasurer Maria will gladly answer in Swedish if you prefer to call her.

A little background first, because it explains everything else. The southern part of Öland
is one of the last places in southern Sweden where you can still see the Milky Way with the
naked eye. Since the new lighting on the road through Kastlösa was discussed last year, a
number of us started meeting to talk about the dark sky as something the village actually
owns, like the alvar and the church. In the spring of 2024 we formed Alvarets
Mörkerhimmelsförening (Alvar Dark Sky Society), org. no. {org}. We now have 19 members, about
half of them born on Öland and half of us "inflyttade".

What we want to do: four "Dark Sky Evenings" between October 2026 and February 2027 in
Kastlösa bygdegård. Two of the evenings start with a talk by an astronomer from Linnaeus
University; all four end outside on the alvar with telescopes, weather permitting. The
evenings are free and open to everyone in the area, women and men, children and pensioners.
In the long run we want the dark sky to bring visitors in the quiet season, so that the café
and the two B&Bs in Kastlösa have a reason to stay open in winter.

We did not want this to be "our" thing only. We presented the idea at the meeting of Kastlösa
Byalag on 4 June (about 40 people came), the byalag agreed to co-host the evenings, and the
café owner has offered to keep the café open until 22 on those nights. The local school has
asked to bring the older pupils to the first evening.

The budget is attached as a CSV file (10 500 SEK in total, we apply for 10 500 SEK).

Contact person: Tom Hargreaves (me), phone 070-245 19 83, tom.hargreaves@example.org.

With kind regards,
Tom Hargreaves
Chair, Alvarets Mörkerhimmelsförening
Kastlösa, Öland
"""
    add(
        3409,
        "kastlosa-dark-sky-evenings",
        9,
        16,
        41,
        addr("Tom Hargreaves", "tom.hargreaves@example.org"),
        "Application idéslanten – Dark Sky Evenings in Kastlösa",
        multipart(
            "mixed",
            [
                text_part(body, cte="quoted-printable"),
                attach_part(csv_data, "text/csv; charset=utf-8", "budget_dark_sky.csv"),
            ],
            "----=_Part_0909_kastlosa",
        ),
        label(
            "application",
            "en",
            "11111",
            "Complete application in English with a long background first. Association: name, org.nr, 19 members, founded 2024. Activity: four evenings with talks and telescope viewing, aim of low-season visitors. Anchoring: presented at Kastlösa Byalag's meeting (~40 present, not members), byalag co-hosts, café and school involved. Budget: attached CSV with four items (10 500); the body also states the amount. Telescopes are rented, not bought, so no physical investment; astronomer's fee is not salary. 'women and men' → true.",
            association_name="Alvarets Mörkerhimmelsförening",
            org_number=org,
            contact_name="Tom Hargreaves",
            contact_email="tom.hargreaves@example.org",
            contact_phone="070-245 19 83",
            members=19,
            ort="Kastlösa",
            amount_sek=10500,
            women_and_men=True,
            salary_costs=False,
            physical_investment=False,
        ),
    )

    org = orgnr("802448210")
    body = f"""Hej!

Jag heter Gunnel Hjort och är ordförande i Mörlunda-Tveta Intresseförening. Vi är 156
medlemmar och föreningen har funnits sedan 1974, org.nr {org}.

Jag ska försöka förklara varför vi söker. När jag flyttade hit som ny lärarinna 1979 fanns det
två affärer, ett postkontor, en bank, ett café och en skola med sex klasser i Mörlunda. I dag
finns skolan kvar, tack och lov, och pizzerian. Banken och posten försvann på 90-talet, den
sista affären 2019. Vi som är gamla här träffas på begravningar, säger folk, och det ligger en
del i det. De unga familjerna som flyttat in känner nästan ingen.

I våras gjorde vi en enkät som gick ut till alla 140 hushåll i Mörlunda och Tveta. 61 svarade,
och det som flest saknade var "någonstans att träffas" och "något som händer". Resultatet
redovisade vi på ett möte i skolans matsal i maj.

Så nu vill vi göra något som för byn samman igen, något för alla åldrar, både kvinnor och män,
gamla och nyinflyttade. Vi har flera idéer och styrelsen ska bestämma vilken under hösten.

Vi söker hela beloppet, 15 000 kr.

Vänliga hälsningar
Gunnel Hjort
Mörlunda
tel 0495-402 87 / 070-611 09 58
"""
    add(
        3410,
        "morlunda-nagot-som-for-byn-samman",
        10,
        9,
        17,
        addr("Gunnel Hjort", "gunnel.hjort@example.se", charset="iso-8859-1"),
        "Ansökan från Mörlunda-Tveta Intresseförening",
        text_part(body, charset="iso-8859-1"),
        label(
            "application",
            "sv",
            "11010",
            "iso-8859-1 8bit; long personal background from a retired teacher. Association (name, 156 members, since 1974, org.nr) and contact (named signer from own address, two phones – the first is recorded) are given. Anchoring is concrete: a survey to all 140 households with 61 answers, presented at a meeting – respondents are not members. The activity is only a vague wish ('något som för byn samman', idea not yet chosen), so activity is false; the budget is a bare amount (15 000), so budget is false while amount_sek is 15 000. Followed up by 3420.",
            association_name="Mörlunda-Tveta Intresseförening",
            org_number=org,
            contact_name="Gunnel Hjort",
            contact_email="gunnel.hjort@example.se",
            contact_phone="0495-402 87",
            members=156,
            ort="Mörlunda",
            amount_sek=15000,
            women_and_men=True,
            salary_costs=False,
            physical_investment=False,
        ),
        msgid="<a91f33c0.gunnel.hjort@example.se>",
    )

    html = """<html><body style="font-family:Arial">
<table width="600" align="center"><tr><td style="background:#00558c;color:#fff;padding:12px">
<b>Region Kalmar Iän – Bidragsenheten</b></td></tr>
<tr><td style="padding:12px">
<p>Hej,</p>
<p>Ert bidrag <b>"Idéslanten 2026"</b> på <b>15 000 SEK</b> har beviljats och är redo för utbetalning.</p>
<p>För att pengarna ska kunna betalas ut inom 24 timmar måste kontoinnehavaren bekräfta
kontouppgifterna med BankID. Om bekräftelse inte sker inom 48 timmar återgår beloppet till
regionen.</p>
<p style="text-align:center"><a href="http://regionkalmar-bidrag.example.net/verify?id=88213" style="background:#e30613;color:#fff;padding:10px 20px;text-decoration:none">Bekräfta med BankID</a></p>
<p>Med vänlig hälsning<br>Utbetalningsservice<br>Region Kalmar Iän</p>
</td></tr></table></body></html>
"""
    plain = """Hej,

Ert bidrag "Idéslanten 2026" på 15 000 SEK har beviljats och är redo för utbetalning.
Bekräfta kontouppgifterna med BankID inom 48 timmar:
http://regionkalmar-bidrag.example.net/verify?id=88213

Utbetalningsservice
Region Kalmar Iän
"""
    add(
        3411,
        "spam-bankid-utbetalning",
        10,
        23,
        58,
        addr("Region Kalmar Iän", "utbetalning@regionkalmar-bidrag.example.net"),
        "Utbetalning av beviljat bidrag – åtgärd krävs",
        multipart(
            "alternative",
            [text_part(plain, cte="base64"), text_part(html, subtype="html", cte="base64")],
            "b1_7e0c2f9a01",
        ),
        label(
            "spam",
            "sv",
            "00000",
            "Phishing posing as the region ('Kalmar Iän' with a capital I) that says an idéslanten grant of 15 000 is approved and asks for BankID confirmation via a lookalike link; multipart/alternative, both parts base64. It mentions the grant and an amount, but it is spam: all elements false, all facts null.",
        ),
        to="info@example.se",
    )

    org = orgnr("802619043")
    pdf = make_pdf(
        [
            "Halltorp-Voxtorps Stenmursgille - ansökan om idéslanten 2026",
            "",
            "Projekt: Stenmurarna berättar",
            "",
            "Vid byastämman i Halltorps skola den 9 maj, där ett femtiotal grannar var samlade, kom frågan upp",
            "om de gamla stenmurarna som försvinner när åkrar växer igen. Stämman gav oss i uppdrag att",
            "dokumentera dem, och Halltorps Vägsamfällighet och Voxtorps pastorat har lovat att hjälpa till med",
            "kartor och lokal. Elva markägare har redan skrivit under på att vi får gå på deras mark.",
            "",
            "Vad vi gör: en kvällsföreläsning i oktober om hur murar och ägogränser berättar bygdens historia,",
            "och en lördag i april när en arkeolog lär oss att kartlägga murarna med mobiltelefon. Alla i",
            "byarna, kvinnor och män, barn och vuxna, bjuds in. Kartan trycks och sätts upp i skolan och vid",
            "badplatsen, så att besökare och nyinflyttade hittar till de gamla gärdena.",
            "",
            "Budget",
            "Arkeolog, föreläsning och fältdag, arvode 2 x 3 500 kr       7 000 kr",
            "Hyra matsalen Halltorps skola 2 tillfällen x 500 kr           1 000 kr",
            "Tryck av kartan, 300 exemplar till hushåll och besökare       2 000 kr",
            "Fika                                                          1 000 kr",
            "Summa                                                        11 000 kr",
        ]
    )
    body = f"""Bästa landsbygdsutvecklare,

Undertecknad har i egenskap av ordförande för Halltorp-Voxtorps Stenmursgille äran att
översända gillets ansökan om medel ur den regionala bygdepengen.

Gillet bildades 2011 av några intresserade i Halltorp och Voxtorp och räknar i dag omkring
sextio medlemmar. Vi är registrerade som ideell förening med organisationsnummer {org}.
Verksamheten består i att vårda och visa bygdens odlingslandskap.

Projektbeskrivning, förankring och budget framgår av bifogad PDF.

Jag nås på telefon 0480-322 71 eller via denna e-postadress.

Högaktningsfullt
Sven-Åke Bergdahl
Ordförande
"""
    add(
        3412,
        "halltorp-stenmurarna-pdf",
        11,
        10,
        30,
        addr("Sven-Åke Bergdahl", "sven-ake.bergdahl@example.se"),
        "Ansökan om regional bygdepeng (idéslanten) – Stenmurarna berättar",
        multipart(
            "mixed",
            [text_part(body), attach_part(pdf, "application/pdf", "Stenmurarna_ansokan.pdf")],
            "=_halltorp_11sep",
        ),
        label(
            "application",
            "sv",
            "11111",
            "Complete; formal older writer. Body gives association (name, founded 2011, 'omkring sextio medlemmar' = 60, org.nr, purpose) and contact (signer, own address, landline). The zlib-compressed PDF starts with the anchoring (byastämma 9 May with ~50 neighbours that commissioned the work, vägsamfälligheten and pastoratet helping, eleven landowners signed), then activity (lecture in October, mapping day in April, map displayed) and budget (four items, 11 000). Printing paper maps is a print cost, not a physical investment; the archaeologist's fee is not salary.",
            association_name="Halltorp-Voxtorps Stenmursgille",
            org_number=org,
            contact_name="Sven-Åke Bergdahl",
            contact_email="sven-ake.bergdahl@example.se",
            contact_phone="0480-322 71",
            members=60,
            ort="Halltorp",
            amount_sek=11000,
            women_and_men=True,
            salary_costs=False,
            physical_investment=False,
        ),
    )


def batch4() -> None:
    org = orgnr("802087264")
    body = f"""Hej! Blomstermåla IK söker idéslanten till tre träffar i höst/vinter om att få liv i Folkets park igen. Parken står tom 11 mån om året.

Vi bjuder in alla föreningar i byn + alla som vill, kvinnor män unga gamla. En processledare från studieförbundet leder, målet är en gemensam plan för vem som kan ha vad i parken 2027 (loppis, dans, ungdomskvällar mm).

Sex föreningar har redan sagt ja att vara med: PRO Blomstermåla, hembygdsföreningen, scouterna, Svenska kyrkan, fiskeklubben och bygdegårdsföreningen.

Kostnad
Processledare 3 x 2000 = 6000
Hyra dansbanan/logen 3 x 500 = 1500
Fika 900
= 8400

BIK har 210 medlemmar, org nr {org}

/BIK

Skickat från min iPhone
"""
    add(
        3413,
        "blomstermala-folkets-park-mobil",
        12,
        13,
        8,
        addr("Blomstermåla IK", "blomstermalaik@example.com"),
        "Idéslanten",
        text_part(body),
        label(
            "application",
            "sv",
            "10111",
            "Short mobile mail from the club's shared mailbox, signed only '/BIK' – no named person, so contact is false and the contact facts are null. Association (Blomstermåla IK, 210 members, org.nr, given at the very end), activity (three facilitated meetings towards a shared plan for Folkets park), anchoring (six named local associations have agreed to take part) and budget (three items, 8 400) are given. 'kvinnor män unga gamla' → women_and_men true. Followed up by 3426, which adds nothing useful.",
            association_name="Blomstermåla IK",
            org_number=org,
            members=210,
            ort="Blomstermåla",
            amount_sek=8400,
            women_and_men=True,
            salary_costs=False,
            physical_investment=False,
        ),
        msgid="<5C2E90B1-77A4-4E0B-BIK-0912@example.com>",
    )

    plain = """BYGDEBREVET – september 2026
Nyhetsbrev från Landsbygdsnätverket Sydost

I DETTA NUMMER
* Höstens bygdeträff i Vimmerby 17 oktober – anmäl dig senast 5 oktober
* Glöm inte: många kommuner och regionen har små bidrag för lokala aktiviteter, t.ex.
  Region Kalmar läns idéslanten (högst 15 000 kr per ort och år). Läs mer på regionens webb.
* Tema: så fick Storebro sin egen laddstolpe
* Webbinarium: Bygdens ekonomi – hur räknar man på en byapeng?

HÖSTENS BYGDETRÄFF
Årets bygdeträff hålls i Vimmerby. Vi bjuder på föredrag, goda exempel och mingel.
Deltagaravgift 250 kr inkl. lunch.

---
Du får det här brevet för att du anmält dig till Bygdebrevet.
Avregistrera: https://landsbygdsnatverket.example.org/avregistrera?u=f81c
Landsbygdsnätverket Sydost, Box 12, 571 00 Exempelstad
"""
    html = """<html><body style="font-family:Georgia,serif;max-width:640px">
<h1 style="color:#2f6b3a">BYGDEBREVET <small>september 2026</small></h1>
<p>Nyhetsbrev från Landsbygdsnätverket Sydost</p>
<ul>
<li>Höstens bygdeträff i Vimmerby 17 oktober – anmäl dig senast 5 oktober</li>
<li>Glöm inte: Region Kalmar läns <b>idéslanten</b> (högst 15 000 kr per ort och år)</li>
<li>Tema: så fick Storebro sin egen laddstolpe</li>
<li>Webbinarium: Bygdens ekonomi – hur räknar man på en byapeng?</li>
</ul>
<p style="font-size:9pt;color:#777">Du får det här brevet för att du anmält dig till Bygdebrevet.
<a href="https://landsbygdsnatverket.example.org/avregistrera?u=f81c">Avregistrera</a></p>
</body></html>
"""
    add(
        3414,
        "nyhetsbrev-bygdebrevet-sept",
        14,
        6,
        30,
        addr("Landsbygdsnätverket Sydost", "nyhetsbrev@landsbygdsnatverket.example.org"),
        "Bygdebrevet september: bygdeträff, idéslanten och laddstolpar",
        multipart(
            "alternative",
            [
                text_part(plain, cte="quoted-printable"),
                text_part(html, subtype="html", cte="quoted-printable"),
            ],
            "nl-bygdebrevet-2026-09",
        ),
        label(
            "newsletter",
            "sv",
            "00000",
            "Bulk newsletter (List-Id, List-Unsubscribe, Precedence: bulk), multipart/alternative quoted-printable. It mentions idéslanten, the 15 000 cap and a fee of 250 kr, which must not make it a question or application. All elements false, all facts null; the bot must not reply.",
        ),
        to=OFFICER,
        extra_headers=[
            "List-Id: Bygdebrevet <bygdebrevet.landsbygdsnatverket.example.org>",
            "List-Unsubscribe: <https://landsbygdsnatverket.example.org/avregistrera?u=f81c>, <mailto:avregistrera@landsbygdsnatverket.example.org>",
            "Precedence: bulk",
        ],
    )

    rec = receipt_text(case_nr(3404), ["contact", "anchoring"])
    body = f"""Hej!

Jag heter Inger Svensson och är ordförande i Påryds Bygdegårdsförening, det är vi som skickade
in Laga-lördagarna. Vi skrev "Styrelsen" av gammal vana, förlåt. Jag blir kontaktperson, mobil
070-287 63 11 eller den här adressen.

Om förankringen: vi tog beslut om Laga-lördagarna på årsmötet i mars där 23 medlemmar var med,
och PRO Påryd och Påryds hembygdsförening hjälper till med att sprida det. Elva personer från
byn har anmält sig som "lagare", bland annat en pensionerad elektriker och två som syr.

Hälsningar
Inger Svensson

Den fre 4 sep. 2026 kl 07:56 skrev Idéslanten – Region Kalmar län <ideslanten@example.se>:

{quote(rec)}
"""
    add(
        3415,
        "re-paryd-kontakt-forankring",
        14,
        18,
        12,
        addr("Inger Svensson", "inger.svensson@example.net"),
        f"Re: Ansökan: Laga-lördagar i Påryd [Idéslanten {case_nr(3404)}]",
        text_part(body, cte="quoted-printable"),
        label(
            "followup",
            "sv",
            "01010",
            "Gmail-style followup to 3404 ('Den fre 4 sep. 2026 kl 07:56 skrev …' and '> ' quoting of the receipt). The new text supplies exactly what was missing: a named contact writing from her own address with mobile, and concrete anchoring (decision at the annual meeting with 23 members present, PRO and hembygdsföreningen spreading the word, eleven volunteer repairers). The association is only named, nothing new about it, so association stays false. 23 meeting attendees are not the member count, so members is null.",
            association_name="Påryds Bygdegårdsförening",
            contact_name="Inger Svensson",
            contact_email="inger.svensson@example.net",
            contact_phone="070-287 63 11",
            ort="Påryd",
            salary_costs=False,
            physical_investment=False,
        ),
        in_reply_to=receipt_id(3404),
        references=["<0d5e7b9f.paryd.bygdegard@example.se>", receipt_id(3404)],
    )

    org = orgnr("802433117")
    body = f"""Hej,

Det här är en lång historia, men jag ska försöka göra den kort.

Mejeriet i Vissefjärda lades ner 1968 och sedan dess har byggnaden varit snickeri, lager och
de senaste tio åren ingenting alls. I fjol köpte kommunen den för en krona av dödsboet och
nu vill de veta vad byn vill. Frågan har stötts och blötts på tre byamöten; på det senaste, i
augusti, var vi 52 personer och vi bildade en arbetsgrupp med folk från Vissefjärda IK,
Svenska kyrkan, Vissefjärda Företagarförening och vår förening.

Arbetsgruppen vill nu ordna två saker. Först en studieresa en lördag i oktober till Långasjö,
där byborna för några år sedan tog över det gamla sockenmagasinet och gjorde det till
byhus – vi vill höra hur de organiserade sig och vad som gick fel. Sedan två öppna
dialogkvällar i församlingshemmet i november, ledda av en processledare från Hushållnings-
sällskapet, där alla vissefjärdabor får tycka till och där vi till slut lämnar ett gemensamt
förslag till kommunen. Det är inte varje dag en by får bestämma över ett hus mitt i byn.

Budgeten håller vår kassör Annika på att räkna på, hon skickar den nästa vecka. Vi räknar med
att söka fullt, alltså 15 000 kr.

Vänligen
Lars-Erik Nyman
0471-500 36
--
sekr. Vissefjärda Hembygdsförening
org.nr {org} · 140 medlemmar · Kyrkvägen, Vissefjärda
"""
    add(
        3416,
        "vissefjarda-mejeriet",
        15,
        8,
        49,
        addr("Lars-Erik Nyman", "le.nyman@example.se"),
        "Mejeriet i Vissefjärda – ansökan",
        text_part(body, cte="quoted-printable"),
        label(
            "application",
            "sv",
            "11110",
            "Long background about the old dairy building. The association is given only implicitly in the signature block (name, org.nr, 140 members, address) – that is enough for association true. Contact: named signer from own address with phone. Activity: study trip to Långasjö's village house plus two facilitated dialogue evenings ending in a joint proposal. Anchoring: three village meetings, 52 present at the last, working group with IK, church and business association. Budget: 'kassören skickar den nästa vecka' – missing; the stated 15 000 is amount_sek. Gender not mentioned → null.",
            association_name="Vissefjärda Hembygdsförening",
            org_number=org,
            contact_name="Lars-Erik Nyman",
            contact_email="le.nyman@example.se",
            contact_phone="0471-500 36",
            members=140,
            ort="Vissefjärda",
            amount_sek=15000,
            women_and_men=None,
            salary_costs=False,
            physical_investment=False,
        ),
    )


def batch5() -> None:
    org = orgnr("802000658")
    body = f"""Hej!

Ring mig gärna om något är oklart – Karin Dahl, 070-933 40 25 – jag är den som håller i det
här.

Pengarna först: vi behöver en körledare som kan ta emot folk som aldrig har sjungit, det
kostar 900 kr per kväll och vi tänker åtta kvällar, alltså 7 200 kr. Noter och kopiering ca
800 kr, annonsering på anslagstavlor och i Västerviks-Tidningen 500 kr, och för
avslutningskonserten i gamla brukskontoret betalar vi Bruksmiljöföreningen 1 000 kr för el
och värme. Totalt 9 500 kr.

Det vi vill göra heter "Sjung i Edsbruk". Åtta onsdagskvällar från oktober till december är
det öppen kör i Edsbruks skolas aula för alla som vill, ingen provsjungning, kvinnor och män,
unga och gamla. Vi lär oss sånger som har med bygden att göra – flottarvisor, bruksvisor, ett
par psalmer från Edsbruks kyrka – och den 13 december sjunger vi för byn i brukskontoret.
Edsbruk har tappat mycket av sina mötesplatser och kören har alltid varit ett sätt för nya att
komma in i byn.

Redan nu har 23 personer från byn anmält intresse, hälften har aldrig sjungit i kör.
Föreningen Edsbruks Bruksmiljö upplåter brukskontoret, Edsbruks IF har lovat att baka till
konserten och skolan lånar ut aulan gratis.

Om vår förening: Edsbruks Sångarförening bildades 1931 och har 28 medlemmar, org.nr {org}.
Vi övar annars varje torsdag i kyrkan.

Vänliga hälsningar
Karin Dahl
kassör, Edsbruks Sångarförening
"""
    add(
        3417,
        "edsbruk-sjung-i-edsbruk-base64",
        15,
        20,
        3,
        addr("Karin Dahl", "karin.dahl@example.org"),
        "Ansökan om idéslanten: Sjung i Edsbruk",
        text_part(body, cte="base64"),
        label(
            "application",
            "sv",
            "11111",
            "Complete, base64-encoded utf-8 body. Order: contact first (named, own address, mobile), then the budget as running prose with several amounts (7 200 + 800 + 500 + 1 000 = 9 500, total stated), then the activity (eight open choir evenings, concert 13 Dec, meeting place for newcomers), anchoring (23 interested villagers, Bruksmiljöföreningen, IF and the school cooperating) and last the association (name, 1931, 28 members, org.nr). 23 interested are not members. Paying for electricity/heat of a venue is rent-like, not investment; choir leader fee is not salary.",
            association_name="Edsbruks Sångarförening",
            org_number=org,
            contact_name="Karin Dahl",
            contact_email="karin.dahl@example.org",
            contact_phone="070-933 40 25",
            members=28,
            ort="Edsbruk",
            amount_sek=9500,
            women_and_men=True,
            salary_costs=False,
            physical_investment=False,
        ),
    )

    body = """Hej

En fråga bara. Södra Vi Byalag har ett 40-tal medlemmar och vi har i många år skött
strandängen vid Stora Bysjön, där alla i byn badar och där midsommarfesten är. Nu har vår
gamla röjsåg gått sönder och en ny kostar runt 9 000 kr.

Kan man söka idéslanten till en röjsåg? Eller gäller det bara kurser och möten och sånt?
Om inte, vet ni om det finns något annat bidrag vi kan söka?

Mvh
Bosse Gustafsson
Södra Vi
"""
    add(
        3418,
        "sodra-vi-fraga-rojsag",
        16,
        7,
        41,
        addr("Bosse Gustafsson", "bosse.gustafsson@example.com"),
        "Fråga om idéslanten – röjsåg?",
        text_part(body, charset="iso-8859-1", cte="quoted-printable"),
        label(
            "question",
            "sv",
            "00000",
            "Question in iso-8859-1 quoted-printable: can the grant buy a brush cutter (röjsåg)? It applies for nothing, so all elements are false. Stated facts are kept (association, ~40 members, Södra Vi, asker); the question itself proposes buying equipment, so physical_investment is true; salary_costs null. The saw's price is not an amount applied for, so amount_sek is null.",
            association_name="Södra Vi Byalag",
            contact_name="Bosse Gustafsson",
            contact_email="bosse.gustafsson@example.com",
            members=40,
            ort="Södra Vi",
            physical_investment=True,
        ),
    )

    body = """Tjena!

Vi är några stycken i Rockneby som kommit på en grej vi tror skulle funka här. Folk kan ju
massor – min granne bakar surdegsbröd som ett proffs, en annan kan allt om motorsågar, en tredje
gör allas deklarationer – men ingen vet om vad de andra kan.

Så: "Kunskapsbyte i Rockneby". Sista tisdagen i månaden okt–feb, fem kvällar i Folkets hus,
varje kväll lär någon från byn ut något den kan och alla som vill kommer. Första kvällen bjuder
vi in en rådgivare från Hushållningssällskapet som pratar om självhushållning och matförråd, så
det blir en bra start. Sen tar byn över. Tanken är att folk lär känna varandra och börjar hjälpa
varandra mellan kvällarna också.

Jag tror många är intresserade, har pratat med några grannar och alla tyckte det lät kul.

Kostnader ungefär:
- rådgivare Hushållningssällskapet 2 500 kr
- hyra Folkets hus 5 x 400 = 2 000 kr
- material till brödkvällen (mjöl, jäst mm) 600 kr
- annonser/lappar 300 kr
Summa 5 400 kr

Mats Kjellberg
072-190 84 33
"""
    add(
        3419,
        "rockneby-kunskapsbyte",
        16,
        19,
        26,
        addr("Mats Kjellberg", "mats.kjellberg@example.net"),
        "Kunskapsbyte i Rockneby – söker bygdepeng",
        text_part(body),
        label(
            "application",
            "sv",
            "01101",
            "Informal application from 'några stycken i Rockneby' – no named association or group, so association is false and members null. Contact: named signer from own address with phone. Activity is concrete (five monthly skill-swap evenings, first with an adviser). Anchoring is only a hope ('tror många är intresserade', talked to a few neighbours who thought it sounded fun) – false. Budget: four items, 5 400. Food for a baking evening is consumable, not investment; adviser's fee is not salary. Gender not stated → null. The officer's reply to this mail bounces (3423).",
            contact_name="Mats Kjellberg",
            contact_email="mats.kjellberg@example.net",
            contact_phone="072-190 84 33",
            ort="Rockneby",
            amount_sek=5400,
            women_and_men=None,
            salary_costs=False,
            physical_investment=False,
        ),
        msgid="<rockneby.kunskapsbyte.20260916@example.net>",
    )

    rec = receipt_text(case_nr(3410), ["activity", "budget"])
    body = f"""Hej igen!

Nu har styrelsen bestämt sig. Det blir "Mörlundakvällar": en torsdag i månaden från oktober
till mars träffas vi i skolans matsal med knytkalas. Varje kväll berättar någon från bygden om
något – hur det var när mejeriet fanns, hur det är att flytta hit från Syrien, om jakten, om
skolan förr – och två av kvällarna (november och februari) hyr vi in spelman så att det blir
gammeldans efteråt. Skolans elevråd hjälper till att duka. Så lär de nya och de gamla känna
varandra, det är ju det enkäten sa att folk saknar.

Budget: som sagt söker vi 15 000 kr, det mesta går till spelmännen och lokalen.

Hälsningar
Gunnel Hjort

Den 2026-09-10 kl. 09:18, Idéslanten – Region Kalmar län skrev:
{quote(rec)}
"""
    add(
        3420,
        "re-morlunda-aktiviteten",
        17,
        10,
        44,
        addr("Gunnel Hjort", "gunnel.hjort@example.se"),
        f"Re: Ansökan från Mörlunda-Tveta Intresseförening [Idéslanten {case_nr(3410)}]",
        text_part(body, cte="quoted-printable"),
        label(
            "followup",
            "sv",
            "01100",
            "Thunderbird-style followup to 3410 ('Den 2026-09-10 kl. 09:18, … skrev:' and '> ' quotes). The new text now gives a concrete activity (monthly story evenings with potluck, two with a hired fiddler for dancing, October–March). The budget is again only the bare total with 'det mesta går till spelmännen och lokalen' – no amounts per item – so budget stays false; amount_sek 15 000. Named signer from own address → contact true (no phone this time). The reference to the earlier survey is not new anchoring content, so anchoring false here.",
            contact_name="Gunnel Hjort",
            contact_email="gunnel.hjort@example.se",
            ort="Mörlunda",
            amount_sek=15000,
            salary_costs=False,
            physical_investment=False,
        ),
        in_reply_to=receipt_id(3410),
        references=["<a91f33c0.gunnel.hjort@example.se>", receipt_id(3410)],
    )


def batch6() -> None:
    org = orgnr("802530177")
    xlsx = make_xlsx(
        [
            ["Budget – Kristdala Bygdespel, skrivarverkstad hösten 2026", "", ""],
            ["Post", "Antal", "Kronor"],
            ["Dramatiker, arvode per kväll (1 600 kr)", 5, 8000],
            ["Hyra Kristdala bygdegård per kväll (450 kr)", 6, 2700],
            ["Kopiering av manus", "", 400],
            ["Fika", "", 900],
            ["Summa", "", 12000],
        ]
    )
    plain = f"""Hej!

Vi har aldrig sökt pengar från regionen förut, så säg till om något fattas.

Kristdala marknad har hållits sedan 1600-talet och varje år frågar turisterna vad den kommer
ifrån. Ingen av oss kan svara ordentligt. Därför vill vi skriva en egen pjäs om marknaden,
skriven av kristdalabor och spelad för kristdalabor.

I höst håller vi fem skrivarkvällar i Kristdala bygdegård (onsdagar från 7 oktober) ledda av
en dramatiker från Oskarshamn, och den 12 december läser vi upp pjäsen för byn i bygdegården.
Sommaren 2027 hoppas vi kunna spela den på marknaden. Alla kan vara med och skriva, kvinnor
och män, tonåringar och pensionärer.

På intressemötet i augusti kom 19 personer som vill skriva. Kristdala hembygdsförening öppnar
sitt arkiv för oss och har utsett två personer som letar fram gamla marknadsprotokoll, och
mellanstadiet på Kristdala skola ska göra en egen scen.

Budgeten ligger i bifogad Excel-fil, 12 000 kr.

Teaterföreningen Kristdala Bygdespel är en ideell förening (org.nr {org}) som sedan 2014 sätter
upp en sommarföreställning vartannat år. Vi är 26 medlemmar.

Malin Ek
ordförande
malin.ek@example.com · 070-728 14 60
"""
    html = (
        '<html><body><div style="font-family:Verdana;font-size:10pt">'
        + "".join(f"<p>{_x(p).replace(chr(10), '<br>')}</p>" for p in plain.strip().split("\n\n"))
        + "</div></body></html>\n"
    )
    add(
        3421,
        "kristdala-bygdespel-xlsx",
        17,
        21,
        15,
        addr("Malin Ek", "malin.ek@example.com"),
        "Idéslanten – skrivarverkstad Kristdala Bygdespel",
        multipart(
            "mixed",
            [
                multipart(
                    "alternative",
                    [
                        text_part(plain, cte="quoted-printable"),
                        text_part(html, subtype="html", cte="quoted-printable"),
                    ],
                    "alt-kristdala-3421",
                ),
                attach_part(xlsx, XLSX, "budget_skrivarverkstad.xlsx"),
            ],
            "mix-kristdala-3421",
        ),
        label(
            "application",
            "sv",
            "11111",
            "Complete; multipart/mixed with multipart/alternative (plain + HTML) and an .xlsx budget (four items with amounts, total 12 000). Order: background, activity (five writing evenings with a dramatist, reading 12 Dec), anchoring (interest meeting with 19, hembygdsföreningen opens its archive and assigns two people, the school writes a scene), budget, association last (name, org.nr, since 2014, 26 members) and contact in the signature. 19 writers are not members. Dramatist fee is not salary.",
            association_name="Teaterföreningen Kristdala Bygdespel",
            org_number=org,
            contact_name="Malin Ek",
            contact_email="malin.ek@example.com",
            contact_phone="070-728 14 60",
            members=26,
            ort="Kristdala",
            amount_sek=12000,
            women_and_men=True,
            salary_costs=False,
            physical_investment=False,
        ),
    )

    body = """Hej!

Timmernabbens Båtklubb har 88 medlemmar och sköter gästhamnen och båtplatserna i
Timmernabben sedan 1972. Sommartid är det fullt av liv här, men från september till maj är
hamnen död. Kiosken stänger, gästhamnen töms och de som bor runt hamnen ser inte ens
varandra.

Vi vill därför ha olika aktiviteter i hamnen så att fler hittar hit och hamnen lever även
efter säsongen. Kanske föreläsningar, kanske en hamnfest, vi får se vad folk vill.

Vi har pratat med Timmernabbens Samhällsförening och hembygdsföreningen som båda vill vara med
och arrangera, och på det öppna hamnmötet den 15 augusti kom 45 personer och ville att vi skulle
söka.

Budget:
Lokalhyra (klubbhuset räcker inte, vi hyr Folkets hus) 3 000 kr
Annonsering 1 500 kr
Fika 2 000 kr
Föreläsare 5 000 kr
Summa 11 500 kr

Roger Holm
Kassör Timmernabbens Båtklubb
070-411 38 02
"""
    add(
        3422,
        "timmernabben-hamnen-lever",
        18,
        8,
        5,
        addr("Roger Holm", "roger.holm@example.net"),
        "Ansökan idéslanten Timmernabbens Båtklubb",
        text_part(body, charset="iso-8859-1", cte="quoted-printable"),
        label(
            "application",
            "sv",
            "11011",
            "iso-8859-1 quoted-printable. Association (88 members, since 1972, runs the guest harbour), contact (named signer, own address, phone), anchoring (Samhällsföreningen and hembygdsföreningen co-arrange, open harbour meeting with 45 present asked them to apply) and a four-item budget (11 500) are given. The activity is only a wish – 'olika aktiviteter … kanske föreläsningar, kanske en hamnfest, vi får se' – nothing about what, when or how; a budget line 'Föreläsare' does not make it concrete. Activity false. Gender not stated → null.",
            association_name="Timmernabbens Båtklubb",
            contact_name="Roger Holm",
            contact_email="roger.holm@example.net",
            contact_phone="070-411 38 02",
            members=88,
            ort="Timmernabben",
            amount_sek=11500,
            women_and_men=None,
            salary_costs=False,
            physical_investment=False,
        ),
    )

    report_text = """This is the mail system at host mx1.example.se.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

<mats.kjelberg@example.net>: host mx.example.net[192.0.2.25] said: 550 5.1.1
    <mats.kjelberg@example.net>: Recipient address rejected: User unknown in
    virtual mailbox table (in reply to RCPT TO command)
"""
    dsn = """Reporting-MTA: dns; mx1.example.se
X-Postfix-Queue-ID: 4Qm7Zr1xq2z9sT
Arrival-Date: Fri, 18 Sep 2026 10:21:44 +0200

Final-Recipient: rfc822; mats.kjelberg@example.net
Original-Recipient: rfc822;mats.kjelberg@example.net
Action: failed
Status: 5.1.1
Remote-MTA: dns; mx.example.net
Diagnostic-Code: smtp; 550 5.1.1 <mats.kjelberg@example.net>: Recipient
    address rejected: User unknown in virtual mailbox table
"""
    orig = f"""From: Landsbygdsutvecklare Region Kalmar lan <landsbygdsutvecklare@example.se>
To: Mats Kjellberg <mats.kjelberg@example.net>
Subject: Re: Kunskapsbyte i Rockneby - komplettering
Date: Fri, 18 Sep 2026 10:21:40 +0200
Message-ID: {officer_id(3419)}
In-Reply-To: <rockneby.kunskapsbyte.20260916@example.net>
References: <rockneby.kunskapsbyte.20260916@example.net>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
"""
    body = multipart(
        "report",
        [
            b'Content-Description: Notification\nContent-Type: text/plain; charset="us-ascii"\n\n'
            + report_text.encode("ascii"),
            b"Content-Description: Delivery report\nContent-Type: message/delivery-status\n\n"
            + dsn.encode("ascii"),
            b"Content-Description: Undelivered Message Headers\nContent-Type: text/rfc822-headers\n\n"
            + orig.encode("ascii"),
        ],
        "4Qm7Zr1xq2z9sT.1789719704/mx1.example.se",
        extra='report-type="delivery-status"',
    )
    add(
        3423,
        "bounce-rockneby",
        18,
        10,
        21,
        addr("Mail Delivery System", "MAILER-DAEMON@example.se"),
        "Undelivered Mail Returned to Sender",
        body,
        label(
            "bounce",
            "en",
            "00000",
            "Postfix-style multipart/report delivery status notification: the officer's reply to 3419 went to a mistyped address (kjelberg) and could not be delivered (550 user unknown). The returned headers carry In-Reply-To/References to the Rockneby application, but it is a bounce: all elements false, all facts null, never answered.",
        ),
        to=OFFICER,
        msgid="<20260918082144.4Qm7Zr1xq2z9sT@mx1.example.se>",
        extra_headers=["Auto-Submitted: auto-replied"],
    )

    body = """Hej!

Vi i Degerhamns Kvinnonätverk vill ordna två kvällar i höst för kvinnor på södra Öland som
funderar på att starta eget eller redan driver något litet – en gårdsbutik, uthyrning,
hantverk, en kaffestuga. Det finns många sådana kvinnor här men de sitter var och en på sitt
håll, och när säsongen är slut är det ännu mer så.

Första kvällen (8 oktober) kommer en rådgivare från Coompanion och pratar om att driva
företag tillsammans, andra kvällen (12 november) en kvinna från Grönhögen som byggt upp en
gårdsbutik med tolv anställda och berättar hur hon gjorde. Båda kvällarna är i gamla
hamnmagasinet i Degerhamn, med soppa. Vi hoppas att några samarbeten kan börja där, så att fler
kan bo och försörja sig här året runt.

Föreläsarna kostar 3 500 kr per kväll, hamnmagasinet hyr vi för 750 kr per gång och så lägger vi
800 kr på annonser i Ölandsbladet och på Facebook. Soppan betalar var och en.

Förankring: vi har en mycket god förankring i Degerhamn.

Lite om oss: nätverket startade 2021 och har i dag 31 medlemmar, alla kvinnor som bor eller
arbetar i Degerhamn med omnejd.

Hälsningar
Sofia Lindqvist
sammankallande
073-502 67 19
"""
    add(
        3424,
        "degerhamn-kvinnonatverk",
        19,
        15,
        50,
        addr("Sofia Lindqvist", "sofia.lindqvist@example.com"),
        "Två kvällar för företagande kvinnor i Degerhamn",
        text_part(body),
        label(
            "application",
            "sv",
            "11101",
            "Budget only in prose (2 x 3 500 + 2 x 750 + 800 = 9 300, no total stated, so amount_sek is the sum). Association (Degerhamns Kvinnonätverk, since 2021, 31 members), contact (named signer, own address, phone) and a concrete activity (two dated evenings with named kinds of speakers, aim of year-round livelihoods) are given. Anchoring is an empty claim ('mycket god förankring') – false. The activity targets women only, so women_and_men is false (breaks a rule but elements are unaffected).",
            association_name="Degerhamns Kvinnonätverk",
            contact_name="Sofia Lindqvist",
            contact_email="sofia.lindqvist@example.com",
            contact_phone="073-502 67 19",
            members=31,
            ort="Degerhamn",
            amount_sek=9300,
            women_and_men=False,
            salary_costs=False,
            physical_investment=False,
        ),
    )


def batch7() -> None:
    org = orgnr("802466053")
    body = f"""Hej på er

Mitt namn är Ingrid Blom, jag är 74 år och sekreterare i Ungdomsgårdens Vänner i Gamleby.
Ni får ursäkta om det blir lite långt och om det är stavfel, mina glasögon är på lagning.

Ungdomsgården i Gamleby stängde när kommunen drog in pengarna 2023 och sedan dess har
ungdommarna inte haft någonstans att vara på fredagskvällarna. Det har blivit en del bråk vid
busstationen och några av oss föräldrar och mor- och farföräldrar bildade då föreningen
Ungdomsgårdens Vänner i Gamleby, vi är 47 medlemmar nu och har org.nr {org}.

Nu vill vi ha öpet tio fredagskvällar från 2 oktober till 11 december i gamla hamnmagasinet
som Gamleby Hamnförening hyr ut till oss. Det blir film, spel och fika, och tre av kvällarna
bjuder vi in folk från bygden som driver företag här – snickeriet, frisörsalongen och
gårdsmejeriet – som berättar om hur man kan jobba och bo kvar i Gamleby. För både tjejer och
killar 13–17 år.

På föräldramötet på Gamleby skola i augusti var det ett 60-tal föräldrar och alla röstade för
förslaget. Elevrådet har själva fått välja filmerna och Hamnföreningen ger oss rabatt på hyran.

Budget
Lön till ungdomsledaren Elin som vi anställer på timmar, 10 kvällar x 400 kr   4 000
Hyra hamnmagasinet 10 x 300                                                  3 000
Arvode till gästerna 3 x 1 000                                               3 000
Filmlicens                                                                     800
Fika                                                                         1 200
Summa                                                                       12 000 kr

Kontakt: Ingrid Blom, 0493-104 52 (hemma, bäst på förmiddagen)

Med vänlig hälsning
Ingrid Blom
"""
    add(
        3425,
        "gamleby-hamnfredagar-lon",
        20,
        9,
        37,
        addr("Ingrid Blom", "ingrid.blom@example.se"),
        "Ansökan om bidrag – Hamnfredagar för ungdommar i Gamleby",
        text_part(body),
        label(
            "application",
            "sv",
            "11111",
            "Complete but ineligible: the budget includes 'Lön till ungdomsledaren Elin som vi anställer på timmar' (4 000), a real salary cost, so salary_costs is true – unlike the guests' fees, which are fees. All five elements are present: association (name, 47 members, org.nr, why it was formed), contact (named signer, own address, home phone), activity (ten dated Friday evenings, three with local business owners on staying in Gamleby), anchoring (60 parents voted for it at the school meeting, student council chose films, Hamnföreningen gives a discount) and budget (five items, 12 000). Older writer with a few misspellings ('öpet', 'ungdommarna'); encoded-word subject. 'tjejer och killar' → women_and_men true.",
            association_name="Ungdomsgårdens Vänner i Gamleby",
            org_number=org,
            contact_name="Ingrid Blom",
            contact_email="ingrid.blom@example.se",
            contact_phone="0493-104 52",
            members=47,
            ort="Gamleby",
            amount_sek=12000,
            women_and_men=True,
            salary_costs=True,
            physical_investment=False,
        ),
    )

    rec = receipt_text(case_nr(3413), ["contact"])
    body = f"""Vad menar ni med kontaktperson? Ni har ju vår mejl, det är den vi använder i klubben. Svara bara hit så läser någon i styrelsen.

/BIK

Skickat från min iPhone

> 12 sep. 2026 kl. 13:09 skrev Idéslanten – Region Kalmar län <ideslanten@example.se>:
>
{quote(rec)}
"""
    add(
        3426,
        "re-blomstermala-inget-nytt",
        21,
        7,
        14,
        addr("Blomstermåla IK", "blomstermalaik@example.com"),
        f"Re: Idéslanten [Idéslanten {case_nr(3413)}]",
        text_part(body, cte="quoted-printable"),
        label(
            "followup",
            "sv",
            "00000",
            "iPhone-style followup to 3413 that supplies nothing useful: it objects that the shared club mailbox should be enough and is again signed only '/BIK', so contact stays false and every element is false. The quoted receipt ('Kontaktperson: namn och e-post …') must not make contact true. Tests a followup that the bot should answer by asking again for a named person.",
            salary_costs=False,
            physical_investment=False,
        ),
        in_reply_to=receipt_id(3413),
        references=["<5C2E90B1-77A4-4E0B-BIK-0912@example.com>", receipt_id(3413)],
    )

    body = """Hej!

Ålems Hembygdsförening har 260 medlemmar och har sedan 1921 förvaltat hembygdsgården vid
Ålems kyrka. Vi vill nu göra något nytt och söker därför idéslanten.

"Ålem 2035" – tre öppna framtidsverkstäder i Ålems församlingshem, 24 oktober, 21 november och
23 januari. En processledare som arbetat med framtidsverkstäder i andra bygder leder dem. Första
gången samlar vi in allas bilder av Ålem i dag, andra gången drömmar och idéer, tredje gången
väljer vi ut tre saker som byn själv kan göra och lämnar resten som synpunkter till kommunens
översiktsplan. Alla ålembor, kvinnor som män, gamla som unga, är välkomna.

Förslaget väcktes av medlemmarna på årsmötet i april, där 34 var närvarande, och Ålems IK,
Ålems Byalag och föräldraföreningen på Ålems skola arrangerar tillsammans med oss och ansvarar
för en kväll var med fika.

Vi söker 14 000 kr. Se bifogad budget.

Med vänlig hälsning
Styrelsen för Ålems Hembygdsförening
"""
    png = make_png()
    add(
        3427,
        "alem-2035-budget-foto",
        21,
        16,
        58,
        addr("Ålems Hembygdsförening", "alemshembygd@example.se"),
        "Ansökan idéslanten – Ålem 2035",
        multipart(
            "mixed",
            [
                text_part(body, charset="windows-1252", cte="quoted-printable"),
                attach_part(png, "image/png", "IMG_4471.png", disposition="inline"),
            ],
            "=_alem2035_mix",
        ),
        label(
            "application",
            "sv",
            "10110",
            "windows-1252 quoted-printable with an inline PNG named IMG_4471.png – a phone photo of the budget, which is not readable text. 'Se bifogad budget' with only an image → budget false; the 14 000 stated is amount_sek. Contact false: shared association mailbox signed 'Styrelsen för …'. Association (260 members, since 1921, manages the hembygdsgård), activity (three dated future workshops with a facilitator and a concrete outcome) and anchoring (raised by members at the annual meeting with 34 present, three local groups co-arrange) are present. Followed up by 3431.",
            association_name="Ålems Hembygdsförening",
            members=260,
            ort="Ålem",
            amount_sek=14000,
            women_and_men=True,
            salary_costs=False,
            physical_investment=False,
        ),
        msgid="<alem2035.0921.hembygd@example.se>",
    )

    body = """Hej

Storebro IF har 85 medlemmar, mest fotboll och innebandy. Vi vill göra mer för ungdomarna i
Storebro än bara träningar och söker pengar till utrustning i klubbstugan så att vi kan ha
aktiviteter där.

Inköp projektor och duk 6 500
Högtalare 3 200
Fika 800
Summa 10 500

Jonas Eriksson
ungdomsansvarig Storebro IF
076-881 20 57
"""
    add(
        3428,
        "storebro-if-projektor",
        22,
        12,
        26,
        addr("Jonas Eriksson", "jonas.eriksson.sif@example.com"),
        "Bidrag till klubbstugan",
        text_part(body),
        label(
            "application",
            "sv",
            "11001",
            "Short mail. Association (Storebro IF, 85 members, football and floorball), contact (named signer, own address, phone) and a three-item budget (10 500) are given. The activity is vague ('göra mer för ungdomarna … ha aktiviteter där') – false; anchoring is not mentioned at all – false. Buying a projector, screen and speakers is a physical investment → physical_investment true. Gender not stated → null.",
            association_name="Storebro IF",
            contact_name="Jonas Eriksson",
            contact_email="jonas.eriksson.sif@example.com",
            contact_phone="076-881 20 57",
            members=85,
            ort="Storebro",
            amount_sek=10500,
            women_and_men=None,
            salary_costs=False,
            physical_investment=True,
        ),
    )

    body = """Hej!

Jag har semester till och med 4 oktober och läser inte mejl under tiden.
Gäller det Degerhamns Kvinnonätverk kan du vända dig till Anna på 073-118 40 22.

Ha det fint!
Sofia
"""
    add(
        3429,
        "autosvar-degerhamn-utan-header",
        22,
        14,
        2,
        addr("Sofia Lindqvist", "sofia.lindqvist@example.com"),
        "Automatiskt svar: Två kvällar för företagande kvinnor i Degerhamn",
        text_part(body),
        label(
            "autoreply",
            "sv",
            "00000",
            "Vacation reply to the officer's reply to 3424 WITHOUT any automation header (no Auto-Submitted, X-Autoreply or Precedence); only the 'Automatiskt svar:' subject prefix and the text show what it is. It names the network and a phone number, but it is an autoreply: all elements false, all facts null, never answered.",
        ),
        to=OFFICER,
        in_reply_to=officer_id(3424),
        references=["<own25.3424.degerhamn-kvinnonatverk@example.com>", officer_id(3424)],
    )


def batch8() -> None:
    body = """Hej!!

So basically vi är Orrefors Brädspel & Gaming Klubb (OBGK), vi startade i januari och är 14
medlemmar nu, mest 15-19 år men också två föräldrar. Typ alla vi känner i Orrefors som är i
vår ålder har flyttat eller åker till Nybro varje helg for real, det finns inget här.

Vi vill göra events för unga i Orrefors, typ nåt varje månad kanske, det beror på vad folk vill.
Both tjejer och killar ska känna sig välkomna, det är viktigt för oss.

Vi hade möte med fritidsgården och Föräldraföreningen på Orrefors skola i augusti och de backar
oss 100%, tre föräldrar har lovat att vara med som vuxna på kvällarna och Orrefors IK lånar ut
sin klubblokal.

Budget:
hyra klubblokalen 6 ggr x 500 = 3000
snacks/fika 1800
affischer + insta-annons 400
= 5200 kr

/Elias Nyberg, ordf OBGK
076-245 90 13
"""
    add(
        3430,
        "orrefors-bradspel-gaming",
        23,
        22,
        47,
        addr("Elias Nyberg", "elias.nyberg07@example.com"),
        "ansökan idéslanten!! (Orrefors)",
        text_part(body, cte="quoted-printable"),
        label(
            "application",
            "sv",
            "11011",
            "Young writer mixing Swedish and English ('So basically', 'for real', 'Both tjejer och killar'); language sv. Association (OBGK, 14 members, started in January), contact (named signer, own address, phone), anchoring (meeting with the youth centre and the school's parents' association who back it, three parent volunteers, Orrefors IK lends its room) and budget (three items, 5 200) are present. The activity is only 'events för unga … typ nåt varje månad kanske, det beror på vad folk vill' – no what or how, so activity false. 'tjejer och killar' → women_and_men true.",
            association_name="Orrefors Brädspel & Gaming Klubb",
            contact_name="Elias Nyberg",
            contact_email="elias.nyberg07@example.com",
            contact_phone="076-245 90 13",
            members=14,
            ort="Orrefors",
            amount_sek=5200,
            women_and_men=True,
            salary_costs=False,
            physical_investment=False,
        ),
    )

    rec = receipt_text(case_nr(3427), ["contact", "budget"])
    xlsx = make_xlsx(
        [
            ["Ålem 2035 – budget", ""],
            ["Processledare, 3 verkstäder à 3 000 kr", 9000],
            ["Hyra Ålems församlingshem, 3 kvällar à 800 kr", 2400],
            ["Annonser och affischer", 1200],
            ["Tryck av sammanställningen till alla hushåll", 1400],
            ["Summa", 14000],
        ]
    )
    body = f"""Hej,

Jag är kassör i Ålems Hembygdsförening och blir kontaktperson för Ålem 2035. Ni når mig på
0499-203 18 eller på den här adressen.

Fotot av budgeten blev visst inte läsbart, här kommer den som Excel-fil i stället.

Vänliga hälsningar
Bengt Åkesson

-----Ursprungligt meddelande-----
Från: Idéslanten – Region Kalmar län <ideslanten@example.se>
Skickat: den 21 september 2026 17:00
Till: alemshembygd@example.se
Ämne: Re: Ansökan idéslanten – Ålem 2035 [Idéslanten {case_nr(3427)}]

{rec}
"""
    add(
        3431,
        "sv-alem-budget-kontakt-xlsx",
        24,
        9,
        12,
        addr("Bengt Åkesson", "bengt.akesson@example.net"),
        f"SV: Ansökan idéslanten – Ålem 2035 [Idéslanten {case_nr(3427)}]",
        multipart(
            "mixed",
            [
                text_part(body, charset="windows-1252", cte="quoted-printable"),
                attach_part(xlsx, XLSX, "Budget Ålem 2035.xlsx"),
            ],
            "=_alem_sv_0924",
        ),
        label(
            "followup",
            "sv",
            "01001",
            "Outlook followup to 3427 with '-----Ursprungligt meddelande-----' quoting, sent by the treasurer from his own address to the bot although the receipt went to the shared mailbox. It supplies a named contact with phone and a readable .xlsx budget (four items, 14 000; non-ASCII attachment file name in RFC 2231 form). The association is only named in passing → false. Printing the summary is a print cost, not an investment.",
            association_name="Ålems Hembygdsförening",
            contact_name="Bengt Åkesson",
            contact_email="bengt.akesson@example.net",
            contact_phone="0499-203 18",
            ort="Ålem",
            amount_sek=14000,
            salary_costs=False,
            physical_investment=False,
        ),
        in_reply_to=receipt_id(3427),
        references=["<alem2035.0921.hembygd@example.se>", receipt_id(3427)],
    )

    body = """Hej,

Jag heter Hanna Petrov och flyttade till Överum med min familj 2023. Vi kom från Göteborg, min
man är från Bulgarien, och första året kände vi nästan ingen. Det har visat sig att vi är
många i samma sits – bara sedan 2022 har ett fyrtiotal hushåll flyttat in, från Stockholm,
Nederländerna, Syrien, Tyskland.

Jag skriver för ett nätverk av oss nyinflyttade här i Överum, vi har inget namn än.

Vi vill ordna tre "Välkommen till Överum"-kvällar i vinter: en guidad vandring genom
bruksmiljön med någon som kan historien, en soppkväll där folk från Överums föreningar berättar
vad de gör och hur man blir med, och en kväll med kommunens inflyttarlots om allt praktiskt
(vatten, vägar, skolskjuts). Så att nya faktiskt stannar kvar och blir en del av byn.

På höstmarknaden i september stod vi med ett bord och 30 personer skrev upp sig, både
nyinflyttade och gamla överumsbor. Överums hembygdsförening har erbjudit sig att guida gratis
och Överums Bruks IF lånar ut sina soppkastruller.

Vi tror att det blir ungefär 8 000 kr.

Hälsningar
Hanna Petrov
070-655 23 81
"""
    add(
        3432,
        "overum-valkommen-nyinflyttade",
        24,
        11,
        40,
        addr("Hanna Petrov", "hanna.petrov@example.org"),
        "Välkomstkvällar för nyinflyttade i Överum",
        text_part(body),
        label(
            "application",
            "sv",
            "01110",
            "Long personal background. The applicant is 'ett nätverk av oss nyinflyttade … vi har inget namn än' – no named group, so association false and members null (40 households moved in is not a member count). Contact: named signer from own address, phone. Activity: three concrete welcome evenings with a clear aim. Anchoring: 30 signed up at the autumn market, hembygdsföreningen guides free, Bruks IF lends equipment. Budget: only a rough figure ('ungefär 8 000 kr') – false; amount_sek 8 000. 'both new and old residents' says nothing on gender → null. Followed up by 3438.",
            contact_name="Hanna Petrov",
            contact_email="hanna.petrov@example.org",
            contact_phone="070-655 23 81",
            ort="Överum",
            amount_sek=8000,
            women_and_men=None,
            salary_costs=False,
            physical_investment=False,
        ),
        msgid="<9B41E6F2-3C11-4A7D-A2C8-OVERUM24@example.org>",
    )

    body = """Hej!

Vi är två föreningar i Figeholm som båda funderar på att söka idéslanten i höst:
Figeholms Bygdegårdsförening, där jag sitter i styrelsen, och Figeholms Båtklubb. Nu läste jag
att det är högst 15 000 kr per ort och år.

Betyder det att vi måste dela på 15 000 kr, eller kan båda söka var för sig? Och om vi båda
söker, vem hinner först? Bygdegården skulle vilja ha pengarna till föreläsningar och
båtklubben till en studieresa.

Tacksam för svar!
Marie Johansson
Figeholm
"""
    add(
        3433,
        "figeholm-fraga-tak-per-ort",
        25,
        8,
        20,
        addr("Marie Johansson", "marie.johansson.figeholm@example.se"),
        "Fråga: två föreningar i samma ort?",
        text_part(body, charset="iso-8859-1"),
        label(
            "question",
            "sv",
            "00000",
            "iso-8859-1 question about the per-locality cap: must two associations in Figeholm share the 15 000 or can both apply, and who comes first? Applies for nothing, so all elements false. 15 000 is the rule amount, not an amount applied for → amount_sek null. Stated facts kept (the writer's association, her name and address, Figeholm); costs not proposed → null.",
            association_name="Figeholms Bygdegårdsförening",
            contact_name="Marie Johansson",
            contact_email="marie.johansson.figeholm@example.se",
            ort="Figeholm",
        ),
    )


def batch9() -> None:
    org = orgnr("802017993")
    txt = f"""ANSÖKAN IDÉSLANTEN 2026 – SÖDERÅKRA BYGDEGÅRDSFÖRENING

Budget
  Energirådgivare, 3 kvällar x 2 000 kr ...... 6 000 kr
  Annons Östra Småland + lappar ................ 700 kr
  Fika ......................................... 900 kr
  Totalt ..................................... 7 600 kr

Bakgrund och förankring
I juni skickade vi en enkät till hushållen i Söderåkra om vad byn borde göra tillsammans. 40
hushåll svarade och det i särklass vanligaste svaret var elpriset och frågan om solceller.
Söderåkra Byalag och Torsås Energikooperativ står bakom och hjälper till att bjuda in.

Aktivitet
Tre kvällar i bygdegården i oktober–november: vad solceller kostar och ger i Söderåkra, hur
man söker stöd, och sista kvällen om hushållen kan göra en gemensam upphandling som byalaget
samordnar. Kvällarna leds av en energirådgivare och är öppna för alla, kvinnor och män.
Föreningen köper inga solceller själv; varje hushåll bestämmer själv.

Om föreningen
Söderåkra Bygdegårdsförening, org.nr {org}, 95 medlemmar, äger och driver bygdegården sedan
1949.

Kontakt: styrelsen, soderakra.bygdegard@example.org
"""
    body = """Hej, bifogar vår ansökan som textfil.

/Söderåkra Bygdegårdsförening
"""
    add(
        3434,
        "soderakra-solceller-txt",
        25,
        19,
        5,
        addr("Söderåkra Bygdegårdsförening", "soderakra.bygdegard@example.org"),
        "Ansökan idéslanten Söderåkra",
        multipart(
            "mixed",
            [
                text_part(body),
                attach_part(
                    txt.encode("windows-1252"),
                    'text/plain; charset="windows-1252"',
                    "ansokan_soderakra.txt",
                ),
            ],
            "=_soderakra_txt",
        ),
        label(
            "application",
            "sv",
            "10111",
            "The whole application is in a windows-1252 .txt attachment; the body only says it is attached. Order: budget first (three items, 7 600), then anchoring (household survey with 40 answers, byalaget and the energy cooperative stand behind it), activity (three evenings on solar power leading to a joint purchase coordinated by the byalag) and association (name, org.nr, 95 members, since 1949). Contact is 'styrelsen' and the shared mailbox – false, contact facts null. The association explicitly buys no solar panels, so physical_investment false; 40 survey answers are not members.",
            association_name="Söderåkra Bygdegårdsförening",
            org_number=org,
            members=95,
            ort="Söderåkra",
            amount_sek=7600,
            women_and_men=True,
            salary_costs=False,
            physical_investment=False,
        ),
    )

    body = """Hej!

Min granne Gösta har skrivit ihop det här men han har ingen e-post, så jag skickar det åt
honom. Det är jag som är kontakt, Eva Sandberg, 070-381 77 64.

Hälsningar Eva

---------- Vidarebefordrat meddelande ----------
Från: Eva Sandberg <eva.sandberg@example.com>
Datum: sön 27 sep. 2026 kl 09:02
Ämne: idé till bygdepengen
Till: Eva Sandberg <eva.sandberg@example.com>

(Göstas text, renskriven av Eva)

Till Regionen.

Vi i skärgårdsbyarna utanför Loftahammar, Hasselö, Händelöp och Kårö, är inte många året runt
längre. Vi vill samla skärgårdsborna kring framtiden, kanske med träffar eller något annat,
det får vi se när pengarna kommer.

Båtlaget på Hasselö och Loftahammars Sockenråd har skrivit under ett stödbrev, och 58
personer skrev på listan som låg på ICA i Loftahammar i augusti.

Båtskjuts för dem på öarna 4 x 1 200 kr = 4 800 kr
Hyra av Loftahammars Folkets hus 2 x 700 kr = 1 400 kr
Kaffe och bröd 1 000 kr
Summa 7 200 kr

Gösta Fredriksson, Händelöp
"""
    add(
        3435,
        "loftahammar-vidarebefordrad",
        27,
        10,
        15,
        addr("Eva Sandberg", "eva.sandberg@example.com"),
        "Fwd: idé till bygdepengen",
        text_part(body, cte="quoted-printable"),
        label(
            "application",
            "sv",
            "01011",
            "A neighbour's text forwarded in Gmail style as the application itself – forwarded application text counts as the mail's own text. Contact: Eva names herself as contact with phone and writes from her own address. Association false: 'vi i skärgårdsbyarna' is no named group (Båtlaget and Sockenrådet are supporters, not the applicant). Activity false: 'samla skärgårdsborna kring framtiden, kanske med träffar eller något annat, det får vi se'. Anchoring true: support letter from two local groups and a petition with 58 signatures (not members). Budget: three items, 7 200 – boat transport is a hired service, not an investment. Gender not stated → null.",
            contact_name="Eva Sandberg",
            contact_email="eva.sandberg@example.com",
            contact_phone="070-381 77 64",
            ort="Loftahammar",
            amount_sek=7200,
            women_and_men=None,
            salary_costs=False,
            physical_investment=False,
        ),
    )

    html = """<html><body style="font-family:Arial,sans-serif">
<h2>Höstens cirklar och kurser i Kalmar län</h2>
<p>Hej föreningsvän!</p>
<p>Nu startar höstens studiecirklar: <b>Styrelsearbete för nybörjare</b> (Nybro, Vimmerby, Borgholm),
<b>Söka bidrag till din förening</b> (digitalt, 3 kvällar) och <b>Bygdens historia</b>.
Visste du att studiecirklar kan vara ett bra sätt att förankra en idé i byn innan ni söker pengar?</p>
<p>Anmäl dig på vår webbplats. Cirkelavgift från 0 kr.</p>
<hr>
<p style="font-size:8pt">Studieförbundet Bygdebildning Sydost · Du får detta utskick som kontaktperson för en
förening. <a href="https://bygdebildning.example.net/u/7731">Avsluta prenumeration</a></p>
</body></html>
"""
    add(
        3436,
        "nyhetsbrev-studieforbund-html",
        27,
        16,
        0,
        addr("Bygdebildning Sydost", "utskick@bygdebildning.example.net"),
        "Höstens cirklar – nu kan du anmäla dig",
        text_part(html, subtype="html", charset="windows-1252", cte="base64"),
        label(
            "newsletter",
            "sv",
            "00000",
            "HTML-only, windows-1252 base64 bulk mail from a study association with List-Unsubscribe and Precedence: bulk (no List-Id). It talks about applying for grants and anchoring an idea in the village, which must not trigger application or question. All elements false, facts null.",
        ),
        to=OFFICER,
        extra_headers=[
            "List-Unsubscribe: <https://bygdebildning.example.net/u/7731>",
            "List-Unsubscribe-Post: List-Unsubscribe=One-Click",
            "Precedence: bulk",
        ],
    )


def batch10() -> None:
    org = orgnr("802551280")
    plain = f"""Hej å goddag!

Hä ä Alf Jonsson i Byxelkrok som skriver, ordförande i Byxelkroks Fiskelägesförening. Ja ska
försöka hålla mä kort men dä ä inte lätt för en nordölänning.

Förr låg dä tolv fiskebåtar i hamnen, nu ä dä en. Dom som minns sillfisket och ålafisket
blir färre, å dom unga som flyttat hit för turismens skull vet knappt va en ålabod ä. Vi vill
göra två kvällar i gamla hamnmagasinet i vinter:

 – 14 november: en marinarkeolog från Kalmar läns museum berättar om vraken å fiskelägena
   runt norra udden, sen berättar tre gamla fiskare hur dä va.
 – 6 februari: sillakväll, vi lagar sill på gamla vis tillsammans å pratar om hur hamnen kan
   användas vintertid, förslagen går vidare till hamnens ägare.

Allt för att hamnen ska leva året om å gamla å nya byxelkroksbor, karlar å kvinnfolk, ska
lära känna varann.

Byalaget tog upp hä på stämman i juli, 44 stycken va där å ingen sa emot, å Böda
hembygdsförening ställer upp mä foton ur arkivet. Åtta frivilliga har redan lovat att baka å
duka.

Pengar:
Marinarkeolog arvode + resa       4 200 kr
Hyra hamnmagasinet 2 kvällar      1 600 kr
Sill, potatis, bröd               2 000 kr
Affischer                           400 kr
Summa                             8 200 kr

Föreningen bildades 1996, har 63 medlemmar, org.nr {org}.

Ring mej på 0485-280 14 eller svara på mejlet.

Alf Jonsson
Byxelkrok
"""
    html = (
        '<html><body><div style="font-family:Helvetica">'
        + "".join(f"<p>{_x(p).replace(chr(10), '<br>')}</p>" for p in plain.strip().split("\n\n"))
        + "</div></body></html>\n"
    )
    add(
        3437,
        "byxelkrok-fiskelaget-dialekt",
        28,
        8,
        55,
        addr("Alf Jonsson", "alf.jonsson@example.net"),
        "Ansökan till idéslanten frå Byxelkrok",
        multipart(
            "alternative",
            [
                text_part(plain, cte="quoted-printable"),
                text_part(html, subtype="html", cte="quoted-printable"),
            ],
            "Apple-Mail=_5E1B7C2A-BYX",
        ),
        label(
            "application",
            "sv",
            "11111",
            "Complete, written in Öland dialect ('hä ä', 'mä', 'dä va', 'karlar å kvinnfolk'), multipart/alternative from Apple Mail. Contact at the start and end (named signer, own address, landline), activity (two dated evenings: archaeologist and old fishermen, a sill evening with ideas passed on to the harbour owner), anchoring (byastämma in July with 44 present, Böda hembygdsförening provides photos, eight volunteers), budget (four items, 8 200) and association (name, since 1996, 63 members, org.nr) near the end. 'karlar å kvinnfolk' → women_and_men true; food is a consumable; archaeologist fee is not salary.",
            association_name="Byxelkroks Fiskelägesförening",
            org_number=org,
            contact_name="Alf Jonsson",
            contact_email="alf.jonsson@example.net",
            contact_phone="0485-280 14",
            members=63,
            ort="Byxelkrok",
            amount_sek=8200,
            women_and_men=True,
            salary_costs=False,
            physical_investment=False,
        ),
    )

    rec = receipt_text(case_nr(3432), ["association", "budget"])
    body = f"""Hej igen!

Vi hade ett möte i söndags och bildade en förening på riktigt: "Nya i Överum". Stadgar
antagna, styrelse vald (jag är ordförande) och vi är 14 medlemmar hittills, både inflyttade
och några som bott här hela livet. Vi ska söka org.nr men har inte fått det än.

Budgeten:
Guide från bruksmuseet, 2 vandringar à 1 500 kr        3 000 kr
Hyra av bruksmatsalen, 3 kvällar à 600 kr               1 800 kr
Soppa, bröd och fika 3 kvällar                          2 400 kr
Översättning av inbjudan till engelska och arabiska       800 kr
Summa                                                   8 000 kr

(Hembygdsföreningen guidar gratis den ena gången, därför bara två guidningar.)

Hanna Petrov

> 24 sep. 2026 kl. 11:41 skrev Idéslanten – Region Kalmar län <ideslanten@example.se>:
>
{quote(rec)}
"""
    add(
        3438,
        "re-overum-forening-budget",
        28,
        20,
        31,
        addr("Hanna Petrov", "hanna.petrov@example.org"),
        f"Re: Välkomstkvällar för nyinflyttade i Överum [Idéslanten {case_nr(3432)}]",
        text_part(body, cte="quoted-printable"),
        label(
            "followup",
            "sv",
            "11001",
            "Apple Mail followup to 3432 supplying both missing parts: the association (newly formed 'Nya i Överum', statutes adopted, board elected, 14 members, org.nr pending) and a four-item budget (8 000). Signed by the named applicant from her own address → contact true (no phone in the new text). Translation is a service; soup is consumable.",
            association_name="Nya i Överum",
            contact_name="Hanna Petrov",
            contact_email="hanna.petrov@example.org",
            members=14,
            ort="Överum",
            amount_sek=8000,
            salary_costs=False,
            physical_investment=False,
        ),
        in_reply_to=receipt_id(3432),
        references=["<9B41E6F2-3C11-4A7D-A2C8-OVERUM24@example.org>", receipt_id(3432)],
    )

    plain = """Hej!

Vi vill ordna en musikkväll med dans i Järnforsens bystuga lördag 21 november. Vi hyr in ett
dansband från trakten och säljer fika, inträdet är gratis så att alla har råd. Det är flera år
sedan det var dans i Järnforsen och folk behöver ses, särskilt nu när mörkret kommer.

Dansband 8 000 kr
Hyra bystugan 1 000 kr
Affischer 500 kr
Tot 9 500 kr

Hälsningar från Järnforsen
"""
    html = (
        "<html><body><p>"
        + _x(plain).replace("\n\n", "</p><p>").replace("\n", "<br>")
        + "</p></body></html>\n"
    )
    add(
        3439,
        "jarnforsen-dans-i-bystugan",
        29,
        17,
        22,
        addr("", "festkommitten.jarnforsen@example.com"),
        "Dans i bystugan",
        multipart(
            "alternative",
            [text_part(plain, cte="base64"), text_part(html, subtype="html", cte="base64")],
            "_000_JFN0929_",
        ),
        label(
            "application",
            "sv",
            "00101",
            "Anonymous mail from a shared 'festkommitten' address without a display name and signed only 'Hälsningar från Järnforsen'. Association false (no named applicant), contact false (no person), anchoring false (a described need only – 'folk behöver ses'). Activity is concrete (dance evening with a local band on 21 Nov, free entry, a meeting place) and the budget has three items (9 500). A band's fee is a performer fee, not salary. multipart/alternative, both parts base64. Tests an application missing three elements.",
            ort="Järnforsen",
            amount_sek=9500,
            women_and_men=None,
            salary_costs=False,
            physical_investment=False,
        ),
    )

    body = """Dear Sir/Madam,

Our consultancy has helped more than 300 municipalities and associations across the EU secure
rural development funding. Our success rate is 94%.

We write your grant application for you - you pay only 12% of the granted amount.
Reply to this e-mail with your association's name and bank details and we will start today.

Best regards,
Grant Success Partners Ltd
"""
    add(
        3440,
        "spam-grant-consultancy",
        30,
        3,
        17,
        addr("Grant Success Partners", "offers@grantsuccess.example.com"),
        "Rural development funding – we write your application!",
        text_part(body, charset="us-ascii", cte="7bit"),
        label(
            "spam",
            "en",
            "00000",
            "Unsolicited English offer from a 'grant consultancy' asking for bank details – spam. It talks about grant applications and rural development funding, but applies for nothing. All elements false, all facts null.",
        ),
        to=OFFICER,
    )


# --------------------------------------------------------------------------- check and main

ADDR_RE = re.compile(r"[A-Za-z0-9._%+\-]+@([A-Za-z0-9.\-]+\.[A-Za-z]+)")


def check() -> None:
    files = sorted(p.name for p in OUT.glob("*.eml"))
    labels = json.loads((OUT / "labels.json").read_text(encoding="utf-8"))
    assert files == sorted(labels), "labels.json keys do not match the files"
    nums = [int(f[:4]) for f in files]
    assert nums == sorted(nums) and len(set(nums)) == len(nums)
    for n in nums:
        assert 3401 <= n <= 3440, n
    dates = [DATES[n] for n in nums]
    assert dates == sorted(dates) and len(set(dates)) == len(dates), (
        "numbering must follow Date order"
    )
    app_ids = {MSGIDS[n] for n in nums if KINDS[n] == "application"}
    app_nums = {MSGIDS[n]: n for n in nums if KINDS[n] == "application"}
    for f in files:
        raw = (OUT / f).read_bytes()
        assert b"\r" not in raw, f
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        for h in ("From", "To", "Subject", "Date", "Message-ID"):
            assert msg[h] is not None, (f, h)
        for part in msg.walk():
            assert not part.defects, (f, part.defects)
            if not part.is_multipart():
                part.get_content()
        assert not msg.defects, (f, msg.defects)
        for h in ("From", "To"):
            _ = msg[h].addresses
        alltext = ""
        for part in msg.walk():
            fn = part.get_filename()
            if not fn:
                if part.get_content_maintype() == "text":
                    alltext += part.get_content()
                continue
            data = part.get_payload(decode=True)
            if fn.endswith(".docx"):
                text = zipfile.ZipFile(io.BytesIO(data)).read("word/document.xml").decode("utf-8")
            elif fn.endswith(".xlsx"):
                text = (
                    zipfile.ZipFile(io.BytesIO(data))
                    .read("xl/worksheets/sheet1.xml")
                    .decode("utf-8")
                )
            elif fn.endswith(".pdf"):
                m = re.search(rb"stream\n(.*?)\nendstream", data, re.S)
                text = zlib.decompress(m.group(1)).decode("cp1252")
            elif fn.endswith((".txt", ".csv")):
                text = part.get_content()
            else:
                continue
            assert re.search(r"Summa|Total|Budget", text), (f, fn)
            alltext += text
        for m in ADDR_RE.finditer(raw.decode("latin-1")):
            dom = m.group(1).lower()
            assert re.fullmatch(r"(.+\.)?example\.(se|com|org|net)", dom), (f, m.group(0))
        lab = labels[f]
        assert set(lab) == {"kind", "language", "elements", "facts", "notes"}, f
        assert set(lab["elements"]) == set(ELEMENT_KEYS), f
        assert set(lab["facts"]) == set(FACT_KEYS), f
        assert lab["notes"].strip(), f
        assert lab["language"] in ("sv", "en")
        org = lab["facts"]["org_number"]
        if org is not None:
            assert luhn_ok(org), (f, org)
            assert org in alltext, (f, org)
        kind = lab["kind"]
        if kind not in ("application", "followup"):
            assert not any(lab["elements"].values()), f
        if kind in ("autoreply", "bounce", "newsletter", "spam"):
            assert all(v is None for v in lab["facts"].values()), f
        if kind in ("application", "followup"):
            assert isinstance(lab["facts"]["salary_costs"], bool)
            assert isinstance(lab["facts"]["physical_investment"], bool)
        n = int(f[:4])
        if kind == "followup":
            refs = REPLY_TO[n]
            assert refs and any(r in app_ids for r in refs), f
            assert msg["Subject"].lower().startswith(("re:", "sv:")), f
            target = [app_nums[r] for r in refs if r in app_ids][0]
            assert target < n, f
            irt = msg["In-Reply-To"]
            assert irt in app_ids or irt == receipt_id(target), f
    print(f"ok: {len(files)} mails checked in {OUT}")


def main() -> None:
    for b in BATCHES:
        b()
    OUT.mkdir(parents=True, exist_ok=True)
    for old in OUT.glob("*.eml"):
        old.unlink()
    for name, raw in MAILS:
        (OUT / name).write_bytes(raw)
    (OUT / "labels.json").write_text(
        json.dumps(LABELS, ensure_ascii=False, indent=2, sort_keys=True) + "\n", encoding="utf-8"
    )
    check()
    kinds: dict[str, int] = {}
    for lab in LABELS.values():
        kinds[lab["kind"]] = kinds.get(lab["kind"], 0) + 1
    apps = [lab for lab in LABELS.values() if lab["kind"] == "application"]
    complete = sum(all(lab["elements"].values()) for lab in apps)
    missing = {k: sum(not lab["elements"][k] for lab in apps) for k in ELEMENT_KEYS}
    print("kinds:", kinds, "complete apps:", complete, "missing per element (apps):", missing)
    sys.exit(0)


BATCHES = [batch1, batch2, batch3, batch4, batch5, batch6, batch7, batch8, batch9, batch10]

if __name__ == "__main__":
    main()
