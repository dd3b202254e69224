"""Development corpus own26 – "an ordinary June 2026".

Forty entirely fictional e-mails (files 3501–3540) of the kind that reach the rural development
officer of Region Kalmar län about the micro-grant "regional bygdepeng – idéslanten", with the
expected labels in labels.json (schema: /work/shared/corpus/README.md). The mix mirrors an
ordinary month: about 24 applications (8 complete), 6 threaded followups, 3 questions,
2 autoreplies (one without any automation header), 1 bounce, 2 newsletters and 2 spam mails.
Most applications are short or medium and give the five elements as loose prose.

Regenerate (byte-identical on every run) with:

    /work/main/.venv/bin/python tests/data/tools/make_own26.py

run from /work/main. The script writes tests/data/own26/NNNN-slug.eml and labels.json and then
checks its own output (MIME parses without defects, label schema, Luhn-valid org numbers,
example.* addresses only, numbering in Date order, followup threading).
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
from datetime import UTC, datetime, timedelta, timezone
from email.header import Header
from email.utils import format_datetime, formataddr, parsedate_to_datetime
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "own26"
CEST = timezone(timedelta(hours=2))
BOT_NAME = "Idéslanten – Region Kalmar län"
BOT = "ideslanten@example.se"
OFFICER = "landsbygdsutvecklare@example.se"
ELEMENTS = ("association", "contact", "activity", "anchoring", "budget")
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

MAILS: list[dict] = []
LABELS: dict[str, dict] = {}
MSGIDS: dict[int, str] = {}


# ---------------------------------------------------------------- MIME helpers


def addr(name: str | None, mail: str) -> str:
    if not name:
        return mail
    return formataddr((name, mail), charset="utf-8")


def subj(s: str) -> str:
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, "utf-8", maxlinelen=76).encode()


def date(day: int, hh: int, mm: int, tz: timezone = CEST) -> datetime:
    return datetime(2026, 6, day, hh, mm, (day * 7 + hh + mm) % 60, tzinfo=tz)


class Part:
    def __init__(self, headers, body: bytes = b"", parts=None, boundary=None):
        self.headers = list(headers)
        self.body = body
        self.parts = parts
        self.boundary = boundary

    def render(self) -> bytes:
        out = b"".join(f"{k}: {v}\n".encode("ascii") for k, v in self.headers) + b"\n"
        if self.parts is None:
            return out + self.body
        out += b"This is a multi-part message in MIME format.\n\n"
        for p in self.parts:
            out += b"--" + self.boundary.encode() + b"\n" + p.render()
            if not out.endswith(b"\n"):
                out += b"\n"
        return out + b"--" + self.boundary.encode() + b"--\n"


def encode_body(data: bytes, cte: str) -> bytes:
    if cte == "quoted-printable":
        return quopri.encodestring(data)
    if cte == "base64":
        return base64.encodebytes(data)
    return data if data.endswith(b"\n") else data + b"\n"


def text(
    body: str, subtype="plain", charset="utf-8", cte="8bit", nocharset=False, fmt_flowed=False
) -> Part:
    data = body.encode(charset)
    ct = f"text/{subtype}" if nocharset else f'text/{subtype}; charset="{charset}"'
    if fmt_flowed:
        ct += "; format=flowed"
    return Part([("Content-Type", ct), ("Content-Transfer-Encoding", cte)], encode_body(data, cte))


def attachment(data: bytes, ctype: str, filename: str) -> Part:
    return Part(
        [
            ("Content-Type", f'{ctype}; name="{filename}"'),
            ("Content-Disposition", f'attachment; filename="{filename}"'),
            ("Content-Transfer-Encoding", "base64"),
        ],
        base64.encodebytes(data),
    )


def multi(subtype: str, parts: list[Part], boundary: str, extra: str = "") -> Part:
    return Part(
        [("Content-Type", f'multipart/{subtype}; boundary="{boundary}"{extra}')],
        parts=parts,
        boundary=boundary,
    )


# ---------------------------------------------------------------- attachment builders


def _zip(files: list[tuple[str, str]]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for name, content in files:
            zi = zipfile.ZipInfo(name, (2026, 6, 1, 8, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, content.encode("utf-8"))
    return buf.getvalue()


def _x(s: str) -> str:
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def docx(paragraphs: list[str], table: list[list[str]] | None = None) -> bytes:
    def para(t: str) -> str:
        return f'<w:p><w:r><w:t xml:space="preserve">{_x(t)}</w:t></w:r></w:p>'

    body = "".join(para(p) for p in paragraphs)
    if table:
        rows = "".join(
            "<w:tr>" + "".join(f"<w:tc>{para(c)}</w:tc>" for c in r) + "</w:tr>" for r in table
        )
        body += f"<w:tbl>{rows}</w:tbl>" + para("")
    doc = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
        f"<w:body>{body}</w:body></w:document>"
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


def xlsx(rows: list[list[object]], sheet: str = "Budget") -> bytes:
    def col(i: int) -> str:
        return "ABCDEFGH"[i]

    xrows = []
    for r, row in enumerate(rows, 1):
        cells = []
        for c, v in enumerate(row):
            ref = f"{col(c)}{r}"
            if isinstance(v, (int, float)):
                cells.append(f'<c r="{ref}"><v>{v}</v></c>')
            elif v is not None:
                cells.append(f'<c r="{ref}" t="inlineStr"><is><t>{_x(str(v))}</t></is></c>')
        xrows.append(f'<row r="{r}">{"".join(cells)}</row>')
    sheet_xml = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
        f"<sheetData>{''.join(xrows)}</sheetData></worksheet>"
    )
    wb = (
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
            ("xl/workbook.xml", wb),
            ("xl/_rels/workbook.xml.rels", wb_rels),
            ("xl/worksheets/sheet1.xml", sheet_xml),
        ]
    )


def pdf(lines: list[str], compress: bool = False) -> bytes:
    def esc(s: str) -> bytes:
        b = s.encode("cp1252")
        return b.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")

    content = (
        b"BT /F1 11 Tf 56 790 Td 15 TL\n"
        + b"".join(b"(" + esc(ln) + b") Tj T*\n" for ln in lines)
        + b"ET\n"
    )
    if compress:
        stream = zlib.compress(content, 9)
        sdict = f"<< /Length {len(stream)} /Filter /FlateDecode >>".encode()
    else:
        stream = content
        sdict = f"<< /Length {len(stream)} >>".encode()
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        sdict + b"\nstream\n" + stream + b"\nendstream",
    ]
    out = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"
    offsets = []
    for i, o in enumerate(objs, 1):
        offsets.append(len(out))
        out += f"{i} 0 obj\n".encode() + o + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode()
    out += b"".join(f"{off:010d} 00000 n \n".encode() for off in offsets)
    out += f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return out


def png(w: int = 24, h: int = 16, seed: int = 3) -> bytes:
    def chunk(t: bytes, d: bytes) -> bytes:
        return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xFFFFFFFF)

    raw = b"".join(
        b"\x00"
        + b"".join(
            bytes(((x * 9 + y * 5 + seed * 31) % 256, (x * 3 + 120) % 256, (y * 11 + 60) % 256))
            for x in range(w)
        )
        for y in range(h)
    )
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
        + chunk(b"IDAT", zlib.compress(raw, 9))
        + chunk(b"IEND", b"")
    )


# ---------------------------------------------------------------- receipts and quoting

GUIDE = {
    "association": "Föreningen/gruppen: namn och några rader om er (vad ni är, var, gärna org.nr och antal medlemmar)",
    "contact": "Kontaktperson: namn och e-post eller telefon till den som vi kan kontakta",
    "activity": "Aktiviteten: vad ni ska göra, när och hur det bidrar till utvecklingen i bygden",
    "anchoring": "Lokal förankring: hur idén är förankrad i byn, t.ex. ett bymöte, en enkät eller samarbete med andra lokala grupper",
    "budget": "Budget: en översiktlig budget med kostnadsposter och belopp",
}


def receipt(case: int, missing: list[str], variant: int = 0) -> str:
    lines = "\n".join(f"– {GUIDE[m]}" for m in missing)
    if variant == 0:
        return (
            f"Tack för er ansökan om idéslanten! Vi har tagit emot den och gett den ärendenummer 2026-{case:04d}.\n\n"
            f"Vi saknar följande i er ansökan:\n{lines}\n\n"
            "Svara gärna på det här mejlet med det som saknas, så kompletterar vi ärendet.\n\n"
            "Vänliga hälsningar\nIdéslanten – Region Kalmar län\n(automatiskt svar)"
        )
    return (
        f"Hej! Er ansökan om idéslanten har kommit fram och har ärendenummer 2026-{case:04d}.\n"
        f"För att vi ska kunna bedöma den behöver vi också:\n{lines}\n\n"
        "Skicka kompletteringen som svar på detta mejl (behåll ärendenumret i ämnesraden).\n\n"
        "Idéslanten – Region Kalmar län"
    )


def quote(txt: str, prefix: str = "> ") -> str:
    return "\n".join((prefix + ln).rstrip() if ln else prefix.rstrip() for ln in txt.split("\n"))


# ---------------------------------------------------------------- mails and labels


def label(kind: str, lang: str = "sv", has: str = "", notes: str = "", **facts) -> dict:
    els = set(ELEMENTS) if has == "all" else set(has.split())
    assert els <= set(ELEMENTS), has
    f = {k: None for k in FACT_KEYS}
    if kind in ("application", "followup"):
        f["salary_costs"] = False
        f["physical_investment"] = False
    for k, v in facts.items():
        assert k in FACT_KEYS, k
        f[k] = v
    return {
        "kind": kind,
        "language": lang,
        "elements": {e: e in els for e in ELEMENTS},
        "facts": f,
        "notes": notes,
    }


def add(
    n: int,
    slug: str,
    when: datetime,
    frm: str,
    subject: str,
    body: Part,
    lab: dict,
    *,
    to: str | None = None,
    irt: int | str | None = None,
    refs: list | None = None,
    headers: list | None = None,
    msgid: str | None = None,
    mime: bool = True,
) -> None:
    mid = msgid or f"<own26.{n}.{when.strftime('%H%M%S')}@mail{n % 7}.example.net>"
    MSGIDS[n] = mid

    def resolve(x):
        return MSGIDS[x] if isinstance(x, int) else x

    hs = [
        ("From", frm),
        ("To", to or addr(BOT_NAME, BOT)),
        ("Subject", subj(subject)),
        ("Date", format_datetime(when)),
        ("Message-ID", mid),
    ]
    if irt is not None:
        hs.append(("In-Reply-To", resolve(irt)))
    if refs:
        hs.append(("References", " ".join(resolve(r) for r in refs)))
    hs += headers or []
    if mime:
        hs.append(("MIME-Version", "1.0"))
    raw = b"".join(f"{k}: {v}\n".encode("ascii") for k, v in hs) + body.render()
    fname = f"{n}-{slug}.eml"
    MAILS.append({"n": n, "fname": fname, "raw": raw, "date": when, "irt": irt, "refs": refs})
    LABELS[fname] = lab


# ================================================================ mails 3501–3508


def batch1() -> None:
    html = """<html><body style="font-family:Georgia,serif">
<h2>Landsbygdsnätet Sydost – juni 2026</h2>
<p>Hej alla bygdeentusiaster!</p>
<p>Sommaren är här och med den <b>tre nya utlysningar</b> som kan passa er förening:</p>
<ul><li>Leader Sydostkusten: öppet för idéer om besöksnäring till 15 september.</li>
<li>Länsstyrelsens bidrag till samlingslokaler – sista dag 1 oktober.</li>
<li>Regionens idéslanten (högst 15&nbsp;000 kr per ort och år) – löpande.</li></ul>
<p>Missa inte heller vår webbträff <i>Så skriver du en bra budget</i> den 17 juni kl 19.</p>
<p style="font-size:11px">Du får det här brevet för att du anmält dig till Landsbygdsnätet Sydost.
<a href="https://nyhetsbrev.example.org/avregistrera?u=88121">Avregistrera</a></p>
</body></html>"""
    plain = (
        "Landsbygdsnätet Sydost – juni 2026\n\nHej alla bygdeentusiaster!\n\n"
        "Sommaren är här och med den tre nya utlysningar som kan passa er förening:\n\n"
        "* Leader Sydostkusten: öppet för idéer om besöksnäring till 15 september.\n"
        "* Länsstyrelsens bidrag till samlingslokaler – sista dag 1 oktober.\n"
        "* Regionens idéslanten (högst 15 000 kr per ort och år) – löpande.\n\n"
        'Missa inte heller vår webbträff "Så skriver du en bra budget" den 17 juni kl 19.\n\n'
        "Avregistrera: https://nyhetsbrev.example.org/avregistrera?u=88121\n"
    )
    add(
        3501,
        "landsbygdsnatet-juni",
        date(1, 7, 30),
        addr("Landsbygdsnätet Sydost", "nyhetsbrev@lista.example.org"),
        "Nyhetsbrev juni: tre utlysningar och en budgetskola",
        multi(
            "alternative",
            [text(plain, cte="quoted-printable"), text(html, "html", cte="quoted-printable")],
            "=_lns_juni_2026_a81f",
        ),
        label(
            "newsletter",
            notes="Newsletter: HTML+plain multipart/alternative with List-Id, List-Unsubscribe and Precedence: bulk. It even mentions idéslanten and the 15 000 kr cap, which must not make it a question or application; all elements false and all facts null.",
        ),
        to=addr(None, "landsbygdsutvecklare@example.se"),
        headers=[
            ("List-Id", "Landsbygdsnatet Sydost <nyhetsbrev.lista.example.org>"),
            (
                "List-Unsubscribe",
                "<https://nyhetsbrev.example.org/avregistrera?u=88121>, <mailto:avregistrera@lista.example.org>",
            ),
            ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
            ("Precedence", "bulk"),
        ],
    )

    body = """Hej!

Jag skriver för Böda Bygdegårdsförening på norra Öland. Vi är 112 medlemmar och driver bygdegården mitt i byn sedan 1951, mest med ideella krafter.

I höstas började vi prata om att byn tömmer sig efter säsongen. På årsmötet i mars (ca 40 personer kom) bestämde vi att ordna tre "vinterkvällar" i bygdegården under oktober–november, där vi bjuder in en föreläsare från Lantbruksuniversitetet som pratar om åretruntboende, och sen diskuterar vi i smågrupper vad byn behöver för att fler ska bo kvar över vintern. Hembygdsföreningen och Böda sportklubb är med och hjälper till att sprida det och baka. Kvällarna är öppna för alla, kvinnor som män, unga som gamla.

Kostnaderna har vi räknat till:
hyra av bygdegården 3 kvällar à 800 kr = 2 400 kr
föreläsararvode 4 000 kr
fika 1 500 kr
affischer och annons i Ölandsbladet 900 kr
totalt 8 800 kr, vilket är vad vi söker.

Hör av er om något är oklart.

Lena Ohlsson
kassör, Böda Bygdegårdsförening
0485-220 14 / 070-318 44 02
"""
    add(
        3502,
        "boda-vinterkvallar",
        date(1, 19, 12),
        addr("Lena Ohlsson", "lena.ohlsson@example.com"),
        "Ansökan idéslanten – vinterkvällar i Böda",
        text(body),
        label(
            "application",
            has="all",
            association_name="Böda Bygdegårdsförening",
            contact_name="Lena Ohlsson",
            contact_email="lena.ohlsson@example.com",
            contact_phone="0485-220 14",
            members=112,
            ort="Böda",
            amount_sek=8800,
            women_and_men=True,
            notes="Complete application in loose prose (no headings). Association named with members and history; contact is the signer from her own address, first phone is the landline; activity is concrete (three evenings Oct–Nov with a lecturer and group talks on year-round living); anchoring = annual meeting decision with ~40 attending plus the local heritage society and sports club helping (attendance is not members); budget lists four items with amounts summing to the 8 800 kr applied for. Lecturer fee is not salary; renting the hall is not an investment.",
        ),
    )

    body = """hej! vi i Vickleby byalag vill åka på studieresa till Grönhögen i augusti å kolla hur dom fått igång sin byabod och sommarcafé. vi e typ 30 pers i byalaget och tänkte åka ca 15 st en lördag, hyra buss. sen ska vi ha ett öppet möte i byn efteråt och berätta vad vi lärt oss så vi kan starta nåt liknande här. pratade om det på byalagets möte i maj och alla var taggade, även pensionärsföreningen vill hänga med.

vi söker ca 12 000 kr, budget fixar vi sen

/Elin Gustavsson
0730-55 91 27

Skickat från min iPhone"""
    add(
        3503,
        "vickleby-studieresa",
        date(2, 12, 48),
        addr("Elin G", "elin.gustavsson97@example.com"),
        "studieresa",
        text(body, cte="quoted-printable"),
        label(
            "application",
            has="association contact activity anchoring",
            association_name="Vickleby byalag",
            contact_name="Elin Gustavsson",
            contact_email="elin.gustavsson97@example.com",
            contact_phone="0730-55 91 27",
            members=30,
            ort="Vickleby",
            amount_sek=12000,
            notes="Short mobile mail, lower case, slang ('typ', 'taggade'), quoted-printable. Association named with ~30 members; contact signer from own address with phone; activity concrete (bus study trip to Grönhögen in August to see a village shop/café, then an open meeting at home); anchoring = byalag meeting in May backed it and the pensioners' association joins. Budget false: only a rough total ('ca 12 000 kr') and 'budget fixar vi sen'; the rough figure is still amount_sek. Renting a bus is neither salary nor investment; women_and_men unstated.",
        ),
    )


def batch2() -> None:
    body = """Hej

Silverdalens Folkets Husförening vill ordna en kväll med hjärt- och lungräddning och första hjälpen för byborna. Vi har 47 medlemmar och sköter Folkets hus här i Silverdalen.

Tanken är att en instruktör från Röda korset i Hultsfred håller kursen en torsdag i september, 18–21, och att alla som vill får prova på dockorna. Det är långt till ambulans här ute och ju fler i byn som kan HLR desto tryggare blir det att bo här, särskilt för oss äldre.

Budget:
Instruktörsarvode 3500:-
Lokalhyra Folkets hus 1200:-
Fika 600:-
Summa 5300:-

Vi tror att många kommer vilja gå, det brukar vara bra uppslutning på det vi gör.

Mvh Bengt-Åke Lindqvist
ordf. Silverdalens Folkets Husförening
tel 0495-401 77
"""
    add(
        3504,
        "silverdalen-hlr",
        date(3, 9, 5),
        addr("Bengt-Åke Lindqvist", "b-a.lindqvist@example.net"),
        "HLR-kväll i Silverdalen",
        text(body, charset="windows-1252"),
        label(
            "application",
            has="association contact activity budget",
            association_name="Silverdalens Folkets Husförening",
            contact_name="Bengt-Åke Lindqvist",
            contact_email="b-a.lindqvist@example.net",
            contact_phone="0495-401 77",
            members=47,
            ort="Silverdalen",
            amount_sek=5300,
            notes="windows-1252 plain text. Association named with 47 members and what it does; contact = signer from own address with phone; activity concrete (CPR/first-aid evening with a Red Cross instructor in September, safety for a remote village); budget itemised (5 300). Anchoring false: only a hope that many will come and that turnout is usually good – no meeting, survey or partners. Instructor's fee is not salary; no gender statement so women_and_men null.",
        ),
    )

    html = """<html><head><meta charset="utf-8"></head><body>
<p>Hej!</p>
<p><b>Hjorteds Bygdeförening</b> (org.nr 802369-8023) söker idéslanten för <b>Hjortedsdagen lördag 15 augusti 2026</b>.
Föreningen samlar ungefär 160 hushåll i Hjorted med omnejd och driver bl.a. bygdegården och badplatsen vid sjön.</p>
<p>Hjortedsdagen blir en marknadsdag på skolgården där traktens småföretagare, odlare och hantverkare får visa upp sig,
med en frågestund om fiberutbyggnaden och en visning av de tomma hus som finns till salu i socknen. Syftet är att fler ska
få upp ögonen för att bo och driva företag här.</p>
<p>Dagen arrangeras tillsammans med Hjorteds IF, Svenska kyrkan och hembygdsföreningen och ett 25-tal frivilliga har redan anmält sig till att hjälpa till.</p>
<table border="1" cellpadding="3">
<tr><th>Post</th><th>Kronor</th></tr>
<tr><td>Hyra av tält</td><td>4 500</td></tr>
<tr><td>Hyra av ljudanläggning</td><td>2 000</td></tr>
<tr><td>Hyra av toalettvagn</td><td>2 200</td></tr>
<tr><td>Annonser och affischer</td><td>1 500</td></tr>
<tr><td><b>Summa</b></td><td><b>10 200</b></td></tr>
</table>
<p>Med vänlig hälsning<br>Styrelsen, Hjorteds Bygdeförening</p>
</body></html>"""
    add(
        3505,
        "hjortedsdagen",
        date(3, 21, 40),
        addr("Hjorteds Bygdeförening", "styrelsen@hjorted.example.se"),
        "Ansökan: Hjortedsdagen 15/8",
        text(html, "html", cte="quoted-printable"),
        label(
            "application",
            has="association activity anchoring budget",
            association_name="Hjorteds Bygdeförening",
            org_number="802369-8023",
            members=160,
            ort="Hjorted",
            amount_sek=10200,
            notes="HTML-only mail with an HTML budget table. Association named with org.nr and ~160 member households; activity concrete (market day 15 Aug with local firms, fibre Q&A, showing houses for sale – settlement/business benefit); anchoring = co-arranged with the IF, the church and the heritage society plus ~25 volunteers; budget table sums to 10 200. Contact false: signed only 'Styrelsen' from a shared board mailbox, so all contact facts null. All costs are rentals (tent, PA, toilet trailer), not investments.",
        ),
    )

    body = """Bästa kund,

Vi har upptäckt ovanlig inloggningsaktivitet på ditt e-postkonto. Av säkerhetsskäl kommer kontot att STÄNGAS inom 24 timmar om du inte verifierar dina uppgifter.

Verifiera nu: http://konto-verifiering.example.net/login?id=8d31aa

Om du inte verifierar kommer alla meddelanden att raderas permanent.

Med vänlig hälsning
Webmail Säkerhetsteam
"""
    add(
        3506,
        "konto-stangs",
        date(4, 3, 17),
        addr("Webmail Support", "no-reply@konto-verifiering.example.net"),
        "⚠ Ditt konto kommer att stängas – verifiera inom 24 timmar",
        text(body, cte="base64"),
        label(
            "spam",
            notes="Phishing: fake webmail 'account will be closed' with a credential link, base64 utf-8 body and an emoji encoded-word subject. Not about the grant; all elements false and facts null.",
        ),
        to=addr(None, BOT),
    )

    plain = """Hej,

Vi är några föräldrar i Ljungbyholm som vill starta ett spelcafé för ungdomar 12–16 år, tjejer och killar. Det finns inget att göra här på helgkvällarna och många hänger bara i busskuren.

Planen är sex lördagskvällar mellan september och november i församlingshemmet, kl 18–22, med brädspel, kortspel och lite tv-spel som vi lånar ihop. Vuxna turas om att vara på plats.

Kostnader:
- hyra församlingshemmet 6 x 500 kr = 3 000 kr
- fika/frukt 1 800 kr
- affischer 400 kr
Totalt 5 200 kr

Hälsningar
Maria Eklund
072-614 30 88
"""
    html = (
        "<html><body>"
        + "".join(f"<p>{p.replace(chr(10), '<br>')}</p>" for p in plain.strip().split("\n\n"))
        + "</body></html>"
    )
    add(
        3507,
        "ljungbyholm-spelcafe",
        date(4, 20, 22),
        addr("Maria Eklund", "maria.eklund@example.org"),
        "Spelcafé för ungdomar i Ljungbyholm",
        multi(
            "alternative",
            [text(plain, cte="quoted-printable"), text(html, "html", cte="quoted-printable")],
            "----=_NextPart_000_0019_01DCF4A2.6B1E9C30",
        ),
        label(
            "application",
            has="contact activity budget",
            contact_name="Maria Eklund",
            contact_email="maria.eklund@example.org",
            contact_phone="072-614 30 88",
            ort="Ljungbyholm",
            amount_sek=5200,
            women_and_men=True,
            notes="Outlook-style multipart/alternative. Association false: 'några föräldrar i Ljungbyholm' is an unnamed group, no name or members. Anchoring false: only a described need (nothing to do, kids in the bus shelter) – no meeting, survey or partner; volunteers are just the parents themselves taking turns. Activity concrete (six Saturday evenings Sept–Nov in the parish hall); budget itemised (5 200). 'tjejer och killar' = women_and_men true. Games are borrowed, so no investment.",
        ),
    )

    body = """Hej!

Jag sitter i styrelsen för Gullringens Byalag utanför Vimmerby. Vi funderar på att söka pengar till en hjärtstartare som ska sitta på Konsumväggen, för det är långt till närmaste. Går det att använda idéslanten till det, eller räknas det som en fysisk investering? I så fall, vet du något annat bidrag vi kan söka?

Tacksam för svar
Sonja Pettersson
"""
    add(
        3508,
        "gullringen-hjartstartare",
        date(5, 10, 2),
        addr("Sonja Pettersson", "sonja.pettersson@example.se"),
        "Fråga om hjärtstartare",
        text(body, charset="iso-8859-1"),
        label(
            "question",
            association_name="Gullringens Byalag",
            contact_name="Sonja Pettersson",
            contact_email="sonja.pettersson@example.se",
            ort="Gullringen",
            physical_investment=True,
            notes="Question in iso-8859-1: asks whether a defibrillator may be funded and about other grants; no application. All elements false. The question itself proposes buying equipment, so physical_investment true; salary_costs null; no amount.",
        ),
        to=addr(None, OFFICER),
    )


def batch3() -> None:
    doc = docx(
        [
            "Ansökan om regional bygdepeng – idéslanten 2026",
            "Sökande: Flygsfors Intresseförening, org.nr 802098-2636. Ideell förening bildad 1998 som verkar för att Flygsfors ska vara en levande by. 58 medlemmar.",
            "Kontaktperson: Karin Sjöberg, karin.sjoberg@example.com, 0481-330 62.",
            "Vad vi vill göra: Under juli och augusti 2026 ordnar vi sex berättarkvällar om glasbrukets historia, med en vandring genom bruksmiljön och en avslutande samtalsstund i Folkets park. Två av kvällarna leds av en inhyrd berättare, resten av äldre bybor som själva arbetat på bruket. Kvällarna är gratis och öppna för både kvinnor och män, bybor och sommargäster. Vi vill att fler ska upptäcka Flygsfors och att de gamla historierna förs vidare till yngre som flyttat hit.",
            "Förankring: Idén togs upp på bystämman den 12 april där 28 bybor deltog och alla ställde sig bakom den. Vi samarbetar med Flygsfors Glasbruksförening som lånar ut sina bilder och med Nybro hembygdsförening.",
            "Budget:",
        ],
        table=[
            ["Kostnadspost", "Belopp (kr)"],
            ["Arvode berättare, 2 kvällar", "6 000"],
            ["Hyra Folkets park, 6 kvällar", "3 600"],
            ["Tryck av program och affischer", "2 400"],
            ["Fika och kaffe", "2 500"],
            ["Summa / sökt belopp", "14 500"],
        ],
    )
    add(
        3509,
        "flygsfors-berattarkvallar",
        date(5, 16, 30),
        addr("Karin Sjöberg", "karin.sjoberg@example.com"),
        "Ansökan idéslanten Flygsfors Intresseförening",
        multi(
            "mixed",
            [
                text(
                    "Hej,\n\nbifogar vår ansökan om idéslanten för berättarkvällar i Flygsfors i sommar.\n\nMvh Karin Sjöberg\nFlygsfors Intresseförening\n"
                ),
                attachment(
                    doc,
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                    "Ansokan_idéslanten_Flygsfors.docx".replace("é", "e"),
                ),
            ],
            "b1_flygsfors_5d0c7e2a",
        ),
        label(
            "application",
            has="all",
            association_name="Flygsfors Intresseförening",
            org_number="802098-2636",
            contact_name="Karin Sjöberg",
            contact_email="karin.sjoberg@example.com",
            contact_phone="0481-330 62",
            members=58,
            ort="Flygsfors",
            amount_sek=14500,
            women_and_men=True,
            notes="Complete application carried by a .docx attachment (body only says 'bifogar'). The document names the association with org.nr and 58 members, a contact with e-mail and phone, a concrete activity (six story evenings on the glassworks history in July–August, walks, a hired storyteller), anchoring (village meeting 12 April with 28 attending, cooperation with the glassworks society and the heritage society) and a budget table summing to 14 500. Storyteller's fee is not salary; park rental not investment; 'både kvinnor och män' explicit.",
        ),
    )

    body = """Bästa mottagare!

Jag heter Gunnar Ek och är sedan många år kassör i Rumskulla Hembygdsförening. Vi är 85 medlemmar, de flesta pensionärer men det har kommit in en del barnfamiljer de senaste åren, det gläder oss.

Rumskulla är en gammal socken med anor långt tillbaka, här står ju Kvilleken som är Europas äldsta ek och på sommaren kommer det busslaster med folk. Men på vintern är det tyst och mörkt och folk sitter var och en i sina hus. Skolan lades ner för länge sedan och affären likaså. Förr hade vi både dans på logen och syföreningar, det var ett annat liv.

Nu vill vi försöka göra något för att stärka gemenskapen i socknen under hösten och vintern, någon form av träffar, vi har inte riktigt bestämt vad ännu men det ska vara för alla.

Vi hade medlemsmöte den 20 maj och där sa alla ja till att vi skulle söka, och Rumskulla IK och kyrkokören har sagt att de vill vara med och dra i det.

Vi har tänkt oss ungefär så här i pengar:
lokalhyra sockenstugan 2 000 kr
arvoden 3 000 kr
fika och annonser 1 300 kr

Med vänlig hälsning
Gunnar Ek
Rumskulla Hembygdsförening
tel. 0492-300 41
"""
    add(
        3510,
        "rumskulla-gemenskap",
        date(6, 14, 15),
        addr("Gunnar Ek", "gunnar.ek@example.net"),
        "Ansökan från Rumskulla Hembygdsförening",
        text(body, charset="iso-8859-1"),
        label(
            "application",
            has="association contact anchoring budget",
            association_name="Rumskulla Hembygdsförening",
            contact_name="Gunnar Ek",
            contact_email="gunnar.ek@example.net",
            contact_phone="0492-300 41",
            members=85,
            ort="Rumskulla",
            amount_sek=6300,
            notes="Long, nostalgic iso-8859-1 mail from an older writer. Activity false: only a vague wish ('någon form av träffar', 'inte riktigt bestämt vad') – no what/when/how even though the budget has items. Anchoring true: member meeting 20 May said yes, and the IK and church choir will take part. Budget has three items (no total) – amount is their sum 6 300. 'för alla' is not an explicit gender statement, so women_and_men null. Arvoden are fees, not wages.",
        ),
    )

    body = """Hello,

I hope it is OK to write in English – my Swedish is still at the "fika" level!

We are the Sandvik Newcomers' Network, a group of 23 members (Dutch, German, Polish and Swedish families) who have moved to Sandvik on northern Öland in the last five years. We would like to apply for the idéslanten for a language café in Sandvik: every second Thursday from September to December (8 evenings), 18.30–20.30 in Sandviks bygdegård. Newcomers practise Swedish and locals practise English or German, and each evening one old-timer tells about life in the village. The point is that people who moved here stay and get involved in the village, and that the village gets to know its new neighbours. It is open to women and men of all ages.

The idea came up at Sandviks Byalag's spring meeting (about 35 people came) and the byalag supports it: four of their members have promised to come every evening as conversation hosts, and the local ICA will put up our posters.

Budget:
Hall rent 8 x 400 SEK = 3,200 SEK
Printed study material 1,200 SEK
Coffee and buns 1,600 SEK
Posters/ads 600 SEK
Total applied for: 6,600 SEK

Best regards,
Pieter van Dijk
Sandvik Newcomers' Network
+46 70 245 19 83
"""
    add(
        3511,
        "sandvik-language-cafe",
        date(7, 11, 20),
        addr("Pieter van Dijk", "pieter.vandijk@example.org"),
        "Application idéslanten – language café in Sandvik",
        text(body, cte="base64"),
        label(
            "application",
            lang="en",
            has="all",
            association_name="Sandvik Newcomers' Network",
            contact_name="Pieter van Dijk",
            contact_email="pieter.vandijk@example.org",
            contact_phone="+46 70 245 19 83",
            members=23,
            ort="Sandvik",
            amount_sek=6600,
            women_and_men=True,
            notes="Complete application in English, base64 utf-8 body, encoded-word subject. Named group with 23 members; signer from own address with phone; concrete activity (8 language-café evenings Sept–Dec in the village hall, integration of newcomers); anchoring = backed at the byalag's spring meeting (~35 attending, not members), four byalag volunteers, local shop helps; budget with items and total 6 600 (English thousands separators). 'open to women and men'.",
        ),
    )


def rcpt_id(case: int) -> str:
    return f"<idl.2026-{case:04d}.receipt@ideslanten.example.se>"


def batch4() -> None:
    rc = receipt(31, ["budget"])
    body = (
        "hej igen! här kommer budgeten\n\n"
        "buss t/r 7 500 kr\nlunch 15 pers 2 250 kr\nfika på bymötet efteråt 750 kr\nannons i lokaltidningen 500 kr\n\n"
        "blir 11 000 tot så vi söker det istället för 12\n\n/Elin\n\nSkickat från min iPhone\n\n"
        "> 2 juni 2026 kl. 12:49 skrev Idéslanten – Region Kalmar län <ideslanten@example.se>:\n>\n"
        + quote(rc)
        + "\n"
    )
    add(
        3512,
        "sv-vickleby-budget",
        date(7, 18, 3),
        addr("Elin G", "elin.gustavsson97@example.com"),
        "Re: studieresa [Idéslanten 2026-0031]",
        text(body, cte="quoted-printable"),
        label(
            "followup",
            has="budget",
            amount_sek=11000,
            notes="Followup to 3503 in the iPhone quoting style, replying to the bot's receipt (In-Reply-To = receipt, References = application + receipt). New text gives four cost items with amounts and a new total 11 000 → budget true, amount 11 000. Signed 'Elin' from her own address (same as the application) → contact true. The quoted receipt's guidance lines must not make anything else true; ort is not restated in the new text, so null. Relabelled to the corpus-wide convention: a first name alone, with no phone and the surname only in the From header, is not a named contact (contact false, contact facts null).",
        ),
        irt=rcpt_id(31),
        refs=[3503, rcpt_id(31)],
    )

    body = """Hej,

Påskallaviks Båtklubb har 74 medlemmar och en liten gästhamn i Påskallavik norr om Oskarshamn. Lördagen den 22 augusti vill vi ha en öppen hamndag där alla i byn kan prova på att segla och ro, och där barn får lära sig knopar och sjövett av våra medlemmar. Vi vill att fler i byn ska hitta ner till hamnen och kanske bli medlemmar, så att hamnen och klubben finns kvar.

Hamndagen planeras tillsammans med Påskallaviks Samhällsförening, och vi tog upp den på samhällsföreningens öppna bymöte i maj där ett 50-tal bybor var positiva. Sjöräddningssällskapets frivilliga i Oskarshamn kommer och visar sin båt.

Vi söker 15 000 kr till dagen.

Båtklubben
"""
    add(
        3513,
        "paskallavik-hamndag",
        date(8, 7, 55),
        addr("Påskallaviks Båtklubb", "info@paskallavikbk.example.se"),
        "Ansökan – öppen hamndag i Påskallavik",
        text(body, cte="quoted-printable"),
        label(
            "application",
            has="association activity anchoring",
            association_name="Påskallaviks Båtklubb",
            members=74,
            ort="Påskallavik",
            amount_sek=15000,
            notes="Encoded-word subject, QP body. Association named with 74 members and a guest harbour; activity concrete (open harbour day 22 Aug, try sailing/rowing, knots for kids, recruit villagers); anchoring = planned with the community association, open village meeting with ~50 positive residents, sea-rescue volunteers. Contact false: signed only 'Båtklubben' from an info@ club mailbox – no person, so contact facts null. Budget false: bare total 'Vi söker 15 000 kr' (still amount_sek).",
        ),
    )

    csv = "Post;Kostnad kr\r\nArvode processledare (framtidsverkstad);6000\r\nHyra bygdegården 2 kvällar;1000\r\nMat och fika;2500\r\nKopiering/material;300\r\nSumma;9800\r\n"
    body = """Hej!

Vena Bygdeförening, ett sjuttiotal medlemmar, söker bidrag till en framtidsverkstad om vad vi ska göra med gamla skolan i Vena som kommunen vill sälja. Två kvällar i oktober leder en inhyrd processledare oss genom vad byn behöver - mötesplats, förskola, kontor för distansarbete eller något annat - och i slutet ska vi ha ett förslag att ta till kommunen. Kvällarna riktar sig till alla i Vena, kvinnor och män, gammal som ung.

Förankringen i bygden är god.

Budget bifogas som csv-fil.

Med vänliga hälsningar
Anders Nyqvist, sekreterare
Vena Bygdeförening
0495-270 09
"""
    add(
        3514,
        "vena-framtidsverkstad",
        date(8, 19, 30),
        addr("Anders Nyqvist", "anders.nyqvist@example.se"),
        "Framtidsverkstad Vena skola",
        multi(
            "mixed",
            [
                text(body, charset="iso-8859-1", cte="quoted-printable"),
                attachment(
                    csv.encode("windows-1252"), "text/csv; charset=windows-1252", "budget_vena.csv"
                ),
            ],
            "----_vena_0b7a44e1c9",
        ),
        label(
            "application",
            has="association contact activity budget",
            association_name="Vena Bygdeförening",
            contact_name="Anders Nyqvist",
            contact_email="anders.nyqvist@example.se",
            contact_phone="0495-270 09",
            members=70,
            ort="Vena",
            amount_sek=9800,
            women_and_men=True,
            notes="iso-8859-1 QP body with a windows-1252 .csv budget attachment (semicolon separated, total 9 800). 'ett sjuttiotal medlemmar' = 70. Activity concrete (two future-workshop evenings in October on the old school, proposal to the municipality). Anchoring false: the bare claim 'Förankringen i bygden är god' without content. Process leader's fee is a hired fee, not salary; 'kvinnor och män' explicit.",
        ),
    )

    officer_id = "<lbu.20260609.0810.3504@region.example.se>"
    body = """Tack för ditt mejl!

Jag är på semester till och med den 28 juni och läser inte e-post under tiden. Brådskande ärenden om Folkets hus kan du ta med vice ordförande Inger Mård, 0495-401 90.

Bengt-Åke Lindqvist
"""
    add(
        3515,
        "autosvar-silverdalen",
        date(9, 8, 14),
        addr("Bengt-Åke Lindqvist", "b-a.lindqvist@example.net"),
        "Automatiskt svar: Re: HLR-kväll i Silverdalen",
        text(body, charset="windows-1252"),
        label(
            "autoreply",
            notes="Out-of-office answer to the officer's reply about 3504 (References include the application's Message-ID) with Auto-Submitted: auto-replied and X-Autoreply. Gives a deputy's name and phone, but it is a machine reply: all elements false, all facts null, never a followup.",
        ),
        to=addr(None, OFFICER),
        irt=officer_id,
        refs=[3504, officer_id],
        headers=[("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes")],
    )


def batch5() -> None:
    body = """Hej Region Kalmar!

Algutsrums Byaråd (41 medlemmar, ideell förening för byn Algutsrum mitt på Öland) söker pengar till "Generationsträffar": fyra kvällar i Algutsrums församlingshem i september–oktober där högstadie- och gymnasieungdomar hjälper äldre med mobil, bank-id och Kivra, och där de äldre i gengäld berättar om hur det var att växa upp i byn. En lokalhistoriker från Mörbylånga kommer sista kvällen och knyter ihop det. Vi tror att det bygger broar mellan unga och gamla, och att färre äldre behöver åka in till stan för att få hjälp.

I vintras skickade vi ut en enkät till alla hushåll i byn och av 62 svar var det flest som önskade just något sådant. PRO Algutsrum och 4H-klubben är med som medarrangörer och står för att locka folk. Träffarna är för alla – kvinnor och män, unga och gamla.

Kostnader
Hyra församlingshem 4 ggr à 600 kr: 2 400 kr
Fika 4 kvällar: 2 000 kr
Arvode lokalhistoriker: 1 500 kr
Resa för lokalhistoriker: 400 kr
Tryck av inbjudningar: 500 kr
Summa: 6 800 kr

Vänliga hälsningar
Johanna Berg, ordförande
070-912 55 30
"""
    add(
        3516,
        "algutsrum-generationstraffar",
        date(9, 22, 5),
        addr("Johanna Berg", "johanna.berg@example.com"),
        "Idéslanten – Generationsträffar i Algutsrum",
        text(body, charset="windows-1252", cte="quoted-printable"),
        label(
            "application",
            has="all",
            association_name="Algutsrums Byaråd",
            contact_name="Johanna Berg",
            contact_email="johanna.berg@example.com",
            contact_phone="070-912 55 30",
            members=41,
            ort="Algutsrum",
            amount_sek=6800,
            women_and_men=True,
            notes="Complete, windows-1252 quoted-printable. Association named with 41 members; chair signs from own address with phone; activity concrete (four intergenerational evenings Sept–Oct, digital help for elderly, local history); anchoring = household survey (62 answers – respondents not members) plus PRO and 4H as co-organisers; itemised budget 6 800. Local historian's fee and travel are not salary.",
        ),
    )

    officer_id = "<lbu.20260610.0902.3505@region.example.se>"
    prev = "Hej!\n\nTack för er ansökan om Hjortedsdagen. Vem i föreningen kan vi kontakta om ansökan? Skicka gärna namn och telefonnummer.\n\nHälsningar\nLandsbygdsutvecklaren, Region Kalmar län"
    body = (
        "Hej,\n\nkontaktperson för Hjortedsdagen blir vår ordförande Ulf Håkansson, ulf.hakansson@example.se, tel 070-287 14 66. "
        "Han svarar helst på telefon kvällstid.\n\nMvh\nStyrelsen, Hjorteds Bygdeförening\n\n"
        "-----Ursprungligt meddelande-----\nFrån: Landsbygdsutvecklare Region Kalmar län <landsbygdsutvecklare@example.se>\n"
        "Skickat: den 10 juni 2026 09:02\nTill: Hjorteds Bygdeförening <styrelsen@hjorted.example.se>\nÄmne: SV: Ansökan: Hjortedsdagen 15/8\n\n"
        + prev
        + "\n"
    )
    add(
        3517,
        "sv-hjorted-kontakt",
        date(10, 12, 30),
        addr("Hjorteds Bygdeförening", "styrelsen@hjorted.example.se"),
        "SV: Ansökan: Hjortedsdagen 15/8",
        text(body, charset="windows-1252", cte="quoted-printable"),
        label(
            "followup",
            has="contact",
            contact_name="Ulf Håkansson",
            contact_email="ulf.hakansson@example.se",
            contact_phone="070-287 14 66",
            notes="Outlook-style followup (SV:, '-----Ursprungligt meddelande-----' block) to the officer's question about 3505; References carry the application's Message-ID. Sent from the shared board mailbox and signed 'Styrelsen', but the new text names a contact person with his own e-mail and phone → contact true with his details (not the shared mailbox). Nothing else is added; the association is mentioned only in the signature, not described, so association false.",
        ),
        to=addr(None, OFFICER),
        irt=officer_id,
        refs=[3505, officer_id],
    )

    body = """Hej

Vi är ett gäng grannar runt Örsjö ängar som sedan några år slår den gamla byängen för hand. I år vill vi göra en riktig ängsdag lördag 11 juli: en botaniker från Naturskyddsföreningen visar ängens växter på förmiddagen, sen lär vi ut lieslåtter till alla som vill prova och avslutar med grillning. Vi vill att fler ska upptäcka ängen och att kunskapen stannar i byn.

Vi har satt upp lappar på anslagstavlan vid affären och 43 personer har skrivit upp sig som intresserade, och Örsjö skolas föräldraförening kommer med barnen.

Kostnader
arvode botaniker 2500
hyra av liar och brynen 1200
grillmat 1500
summa 5200

Tomas Wikström
Örsjö
"""
    add(
        3518,
        "orsjo-angsdag",
        date(11, 9, 40),
        addr("Tomas Wikström", "tomas.wikstrom@example.net"),
        "ängsdag i Örsjö 11 juli",
        text(body, cte="8bit"),
        label(
            "application",
            has="contact activity anchoring budget",
            contact_name="Tomas Wikström",
            contact_email="tomas.wikstrom@example.net",
            ort="Örsjö",
            amount_sek=5200,
            notes="Plain utf-8 8bit, unpunctuated budget. Association false: 'ett gäng grannar runt Örsjö ängar' has no name and no member count. Contact = signer from own address (no phone). Activity concrete (meadow day 11 July with botanist, scythe teaching); anchoring = 43 residents signed up on the shop notice board plus the school's parents' association; budget itemised 5 200. Renting scythes is not an investment; botanist's fee not salary.",
        ),
    )

    dsn = """Reporting-MTA: dns; mx2.example.net
Arrival-Date: Thu, 11 Jun 2026 09:41:02 +0200

Final-Recipient: rfc822; tomas.wikstrom@example.net
Action: failed
Status: 5.2.2
Remote-MTA: dns; mailstore.example.net
Diagnostic-Code: smtp; 552 5.2.2 Mailbox full - user is over quota
"""
    human = """This is the mail system at host mx2.example.net.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<tomas.wikstrom@example.net>: host mailstore.example.net said:
    552 5.2.2 Mailbox full - user is over quota
"""
    orig = f"From: {addr(BOT_NAME, BOT)}\nTo: tomas.wikstrom@example.net\nSubject: {subj('Re: ängsdag i Örsjö 11 juli [Idéslanten 2026-0042]')}\nDate: Thu, 11 Jun 2026 09:41:00 +0200\nMessage-ID: {rcpt_id(42)}\nIn-Reply-To: {MSGIDS[3518]}\n"
    add(
        3519,
        "bounce-orsjo",
        date(11, 9, 41),
        addr("Mail Delivery System", "MAILER-DAEMON@mx2.example.net"),
        "Undelivered Mail Returned to Sender",
        multi(
            "report",
            [
                Part(
                    [
                        ("Content-Description", "Notification"),
                        ("Content-Type", "text/plain; charset=us-ascii"),
                    ],
                    human.encode(),
                ),
                Part(
                    [
                        ("Content-Description", "Delivery report"),
                        ("Content-Type", "message/delivery-status"),
                    ],
                    dsn.encode(),
                ),
                Part(
                    [
                        ("Content-Description", "Undelivered Message Headers"),
                        ("Content-Type", "text/rfc822-headers"),
                    ],
                    orig.encode(),
                ),
            ],
            "5C1A2B0F33.1781163662/mx2.example.net",
            extra='; report-type="delivery-status"',
        ),
        label(
            "bounce",
            notes="Postfix-style multipart/report (delivery-status, text/rfc822-headers) from MAILER-DAEMON: the bot's receipt to the sender of 3518 bounced on a full mailbox. The returned headers reference the application's Message-ID and an ärendenummer; still a bounce, all elements false, all facts null.",
        ),
        to=addr(None, BOT),
        headers=[("Auto-Submitted", "auto-replied")],
    )


def batch6() -> None:
    body = """Hej!

Blackstads Byaförening har funnits sedan 1987 och har idag 96 medlemmar. Vi äger och sköter Blackstads gamla sockenstuga.

Till hösten vill vi ordna en "Bygdens dag för nyinflyttade" söndagen den 27 september. Alla som flyttat till Blackstad de senaste tre åren bjuds in till sockenstugan, där föreningar, företagare, skolan och hemtjänsten presenterar sig, vi bjuder på soppa och sedan blir det en guidad busstur runt socknen. Många nya familjer har flyttat hit men vet inte vad som finns, och vi vill att de ska känna sig hemma och vilja stanna.

Förslaget lades fram på vårt medlemsmöte den 17 maj och fick enhälligt stöd, och både Blackstads IF och Blackstad-Törnsfalls församling har lovat att ställa upp med folk under dagen.

Se bifogad budget. Vi söker 9 500 kr.

Med vänlig hälsning
Ingrid Falk
sekreterare Blackstads Byaförening
0490-250 73
"""
    add(
        3520,
        "blackstad-nyinflyttade",
        date(12, 15, 10),
        addr("Ingrid Falk", "ingrid.falk@example.org"),
        "Ansökan om idéslanten, Blackstads Byaförening",
        text(body, charset="windows-1252"),
        label(
            "application",
            has="association contact activity anchoring",
            association_name="Blackstads Byaförening",
            contact_name="Ingrid Falk",
            contact_email="ingrid.falk@example.org",
            contact_phone="0490-250 73",
            members=96,
            ort="Blackstad",
            amount_sek=9500,
            notes="windows-1252 plain. Association with history and 96 members; secretary signs from own address with phone; concrete welcome day for newcomers 27 Sept; anchoring = unanimous member meeting 17 May plus the IF and the parish helping. Budget false: 'Se bifogad budget' but nothing is attached, only a bare amount 9 500 (kept as amount_sek).",
        ),
    )

    sheet = xlsx(
        [
            ["Budget – Studiecirkel byabod Långemåla", None],
            ["Post", "Kronor"],
            ["Arvode cirkelledare Coompanion, 4 träffar", 6000],
            ["Hyra bygdegården 4 kvällar", 2000],
            ["Studiematerial (kopior)", 600],
            ["Fika", 1400],
            ["Studiebesök byabod i Vena, hyra minibuss", 1800],
            ["Summa", 11800],
        ]
    )
    body = """Hej,

Långemåla Byförening (ca 55 medlemmar, org.nr 802303-2231) söker idéslanten för en studiecirkel om att starta en byabod i Långemåla. Affären stängde 2024 och sedan dess är det 2 mil till närmaste butik. Under hösten träffas vi fyra kvällar med en cirkelledare från Coompanion som går igenom hur kooperativa byabodar fungerar, ekonomi och drift, och vi gör ett studiebesök i en befintlig byabod. Målet är ett färdigt underlag till ett bymöte i december om vi ska starta en ekonomisk förening.

Idén kommer från ett bymöte i februari där drygt 60 personer kom, och 31 har redan anmält sig till cirkeln, kvinnor och män i alla åldrar. Vi samarbetar också med Högsby kommuns näringslivsenhet och Långemåla IF.

Budget i bifogad Excelfil, totalt 11 800 kr.

Hälsningar
Per-Olof (Pelle) Andersson
kassör
076-402 88 19
"""
    add(
        3521,
        "langemala-byabod",
        date(13, 10, 45),
        addr("Pelle Andersson", "pelle.andersson@example.com"),
        "Ansökan: studiecirkel byabod Långemåla",
        multi(
            "mixed",
            [
                text(body, cte="quoted-printable"),
                attachment(
                    sheet,
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                    "budget_langemala.xlsx",
                ),
            ],
            "=-=-=_langemala_2026_77e1",
        ),
        label(
            "application",
            has="all",
            association_name="Långemåla Byförening",
            org_number="802303-2231",
            contact_name="Per-Olof (Pelle) Andersson",
            contact_email="pelle.andersson@example.com",
            contact_phone="076-402 88 19",
            members=55,
            ort="Långemåla",
            amount_sek=11800,
            women_and_men=True,
            notes="Complete with the budget as an .xlsx attachment (items, total 11 800). 'ca 55 medlemmar' = 55; org.nr given. Activity concrete (four study-circle evenings with a Coompanion leader + study visit, decision basis for a village shop); anchoring = village meeting with 60+ (attendance, not members), 31 signed up, cooperation with the municipality and the IF. Circle leader's fee is not salary; minibus is rented.",
        ),
    )

    body = """STUDIEFÖRBUNDET BYGD & BILDNING - KALMAR LÄN
Höstens kursprogram 2026
==========================================

Hej!

Nu är höstens program här. Några nyheter:

* Styrelsearbete i ideella föreningar - start 8 sept i Nybro
* Skriv bra bidragsansökningar - digital kurs, 4 kvällar
* Kulturarvsvandringar med mobilen - Vimmerby och Västervik
* Motorsågskörkort A/B - Högsby, oktober

Anmälan och hela programmet: https://bygdbildning.example.org/host2026

------------------------------------------
Du får detta utskick för att din förening är samarbetspart.
Avsluta prenumerationen: https://bygdbildning.example.org/avsluta?id=55310
"""
    add(
        3522,
        "studieforbund-hostprogram",
        date(14, 6, 0),
        addr("Bygd & Bildning", "utskick@bygdbildning.example.org"),
        "Höstens kursprogram är här!",
        text(body, charset="iso-8859-1", cte="quoted-printable"),
        label(
            "newsletter",
            notes="Plain-text iso-8859-1 course-programme mailing with Precedence: bulk and List-Unsubscribe (no List-Id). Mentions writing grant applications but asks nothing; all elements false, all facts null.",
        ),
        to=addr(None, OFFICER),
        headers=[
            ("List-Unsubscribe", "<https://bygdbildning.example.org/avsluta?id=55310>"),
            ("Precedence", "bulk"),
            ("X-Mailer", "MassMail Pro 7.2"),
        ],
    )

    body = """Hi / Hej!

Jag skriver på svenska och lite engelska, hoppas det är ok. I'm the chair of Hasselö Skärgårdsförening, we are 38 members, mostly year-round islanders plus some summer people. We had our årsmöte on Hasselö in April och vi kom överens om att söka idéslanten. Västerviks skärgårdsråd supports us and the sjöfartsföreningen on Hasselö Sand also wants to join.

Vi vill använda pengarna till att utveckla ön och göra den mer levande året runt, for everyone who lives here. Exactly what we will do we decide later in the autumn.

We apply for 15 000 kr.

Best / Mvh
Sara Lindberg-Hughes
Hasselö Skärgårdsförening
+46 73 880 21 07
"""
    add(
        3523,
        "hasselo-skargard",
        date(14, 17, 33),
        addr("Sara Lindberg-Hughes", "sara.lindberghughes@example.net"),
        "Idéslanten application Hasselö",
        text(body, cte="base64"),
        label(
            "application",
            has="association contact anchoring",
            association_name="Hasselö Skärgårdsförening",
            contact_name="Sara Lindberg-Hughes",
            contact_email="sara.lindberghughes@example.net",
            contact_phone="+46 73 880 21 07",
            members=38,
            ort="Hasselö",
            amount_sek=15000,
            notes="Mixed Swedish/English, base64 body; labelled sv (mostly Swedish frame). Association named with 38 members; chair signs from own address with phone; anchoring = annual meeting decision plus the archipelago council and the island's shipping association. Activity false: only a vague wish ('utveckla ön', 'decide later'). Budget false: bare amount 15 000 (amount_sek). 'for everyone who lives here' is not an explicit gender statement → null.",
        ),
    )


def batch7() -> None:
    rc = receipt(38, ["contact", "budget"], variant=1)
    body = (
        "Tack för svar. Vi tar upp det på nästa styrelsemöte och återkommer.\n\nBåtklubben\n\n"
        "________________________________\nFrån: Idéslanten – Region Kalmar län <ideslanten@example.se>\n"
        "Skickat: den 8 juni 2026 07:56\nTill: info@paskallavikbk.example.se\n"
        "Ämne: Re: Ansökan – öppen hamndag i Påskallavik [Idéslanten 2026-0038]\n\n" + rc + "\n"
    )
    add(
        3524,
        "sv-paskallavik-aterkommer",
        date(15, 8, 20),
        addr("Påskallaviks Båtklubb", "info@paskallavikbk.example.se"),
        "SV: Re: Ansökan – öppen hamndag i Påskallavik [Idéslanten 2026-0038]",
        text(body, cte="quoted-printable"),
        label(
            "followup",
            notes="Followup to 3513 (Outlook 'Från:/Skickat:' block quoting the bot's receipt, which asks for contact and budget). The new text only says the board will come back – nothing useful: unsigned apart from 'Båtklubben' from the shared club mailbox, so contact false too. The quoted receipt's guidance lines must not count. All elements false; salary/investment false.",
        ),
        irt=rcpt_id(38),
        refs=[3513, rcpt_id(38)],
    )

    budget_pdf = pdf(
        [
            "Odensvi Sockenråd – budget Odensvi filmkvällar 2026",
            "",
            "Hyra av Odensvi bygdegård, 5 kvällar à 700 kr       3 500 kr",
            "Visningslicenser filmer (5 st)                      2 750 kr",
            "Hyra av projektor och duk                           1 500 kr",
            "Arvode inledare/samtalsledare, 5 kvällar à 800 kr   4 000 kr",
            "Annonsering och affischer                             750 kr",
            "",
            "Summa sökt belopp                                  12 500 kr",
        ],
        compress=True,
    )
    body = """Hej,

Odensvi Sockenråd söker idéslanten för "Filmkväll i Odensvi" – fem torsdagskvällar i bygdegården mellan oktober och februari. Vi visar en film som handlar om landsbygden och efter varje film leder en inbjuden samtalsledare ett samtal om vad filmen säger om vår egen socken: bostäder, skola, jobb och samåkning. Det blir ett ställe att ses under den mörka tiden och frågorna vi samlar in tar sockenrådet vidare till kommunens landsbygdsdialog.

Sockenrådet är en ideell förening med 64 medlemmar som samlar föreningarna i Odensvi socken. Förslaget kommer från sockenrådets öppna möte i mars där 22 personer var med, och Odensvi hembygdsförening, PRO och jaktlaget har lovat att hjälpa till med fika och att köra folk som inte har bil. Vi vänder oss till både kvinnor och män i alla åldrar.

Budgeten finns i bifogad pdf.

Kontaktperson är jag,
Mikael Strand
mikael.strand@example.se
070-633 20 48
"""
    add(
        3525,
        "odensvi-filmkvallar",
        date(15, 20, 5),
        addr("Mikael Strand", "mikael.strand@example.se"),
        "Ansökan idéslanten – filmkvällar Odensvi",
        multi(
            "mixed",
            [
                text(body),
                attachment(budget_pdf, "application/pdf", "Budget_Odensvi_filmkvallar.pdf"),
            ],
            "odensvi_pdf_boundary_8842",
        ),
        label(
            "application",
            has="all",
            association_name="Odensvi Sockenråd",
            contact_name="Mikael Strand",
            contact_email="mikael.strand@example.se",
            contact_phone="070-633 20 48",
            members=64,
            ort="Odensvi",
            amount_sek=12500,
            women_and_men=True,
            notes="Complete; body in utf-8 8bit prose, budget in a PDF attachment (Helvetica, WinAnsi, Flate-compressed text stream) with five items totalling 12 500. Association (umbrella body, 64 members); contact explicitly named with e-mail and phone; activity concrete (five film-and-talk evenings Oct–Feb feeding the municipal rural dialogue); anchoring = open meeting in March (22 attending) plus three local groups helping. Projector is rented; moderator's fee is not salary.",
        ),
    )

    body = """Hi there,

My husband and I have had a summer house in Grönhögen for twelve years and we are part of an informal group of about 20 summer residents who would like to do something for the village - maybe a clean-up day on the shore and a barbecue with the year-round residents in August.

Two questions: can a group of summer residents apply for the idéslanten, or does it have to be a registered association with people living here permanently? And is there a deadline for activities in August?

Kind regards,
Helen Marsh
"""
    add(
        3526,
        "gronhogen-summer-question",
        date(16, 13, 12),
        addr("Helen Marsh", "helen.marsh@example.com"),
        "Question about idéslanten for summer residents",
        text(body, charset="iso-8859-1", cte="quoted-printable"),
        label(
            "question",
            lang="en",
            contact_name="Helen Marsh",
            contact_email="helen.marsh@example.com",
            ort="Grönhögen",
            notes="Question in English (iso-8859-1 QP): whether an informal group of summer residents may apply and about the deadline. The idea is sketched ('maybe') but nothing is applied for; all elements false. ~20 people in an informal group is not a stated membership; no amount; investment/salary null.",
        ),
        to=addr(None, OFFICER),
    )

    body = """Hej!

UK Kristvalla (ungdomsklubben i Kristvalla, 34 medlemmar mellan 12 och 19 år, tjejer och killar) vill åka på studieresa till Virserums ungdomsgård en fredag i oktober för att se hur de har byggt upp sin verksamhet med unga som själva driver caféet. Vi åker 20 ungdomar och 3 ledare och efteråt vill vi ha en kväll i bygdegården där vi visar bilder för föräldrar och byborna och pratar om att starta ett ungdomscafé här.

Bygdegårdsföreningen i Kristvalla har sagt ja till att vi får låna lokalen gratis och på vårt medlemsmöte röstade 26 för resan.

Budget:
Hyra buss 5 200 kr
Mat under resan 2 300 kr
Entré och aktivitet i Virserum 1 000 kr
Fika kvällen efter 500 kr
Totalt 9 000 kr

/UK Kristvalla
"""
    add(
        3527,
        "kristvalla-ungdomsresa",
        date(17, 16, 48),
        addr("Jonas Lund", "ukkristvalla@example.com"),
        "Studieresa UK Kristvalla",
        text(body, cte="base64"),
        label(
            "application",
            has="association activity anchoring budget",
            association_name="UK Kristvalla",
            members=34,
            ort="Kristvalla",
            amount_sek=9000,
            women_and_men=True,
            notes="Base64 utf-8. Contact false: the name 'Jonas Lund' appears only in the From header of a club mailbox, the mail is signed '/UK Kristvalla' – no named, reachable person in the text, so contact facts null. Association (34 members, youth club), concrete study trip plus a report-back evening, anchoring (member vote 26 for, bygdegård lends the hall) and itemised budget 9 000 present. 'tjejer och killar' → women_and_men true. Bus is rented.",
        ),
    )


def batch8() -> None:
    body = """Hej!

Gunnebo Samhällsförening (ett hundratal medlemmar, vi jobbar för att Gunnebo ska vara ett bra ställe att bo på) vill ordna en stor bytesdag och loppis på bruksplanen söndag 6 september. Folk byter kläder, leksaker, växter och verktyg med varandra i stället för att köpa nytt, och föreningarna i samhället får sälja fika och presentera sig. Det blir en mötesplats för hela Gunnebo och vi hoppas det blir en tradition.

Bifogar en bild på affischen som vi gjort.

Vi behöver ungefär 8 000 kr.

Vänliga hälsningar
Lotta Nyberg
070-118 63 27
"""
    add(
        3528,
        "gunnebo-bytesdag",
        date(18, 19, 2),
        addr("Lotta Nyberg", "lotta.nyberg@example.se"),
        "Bytesdag i Gunnebo",
        multi(
            "mixed",
            [
                text(body, charset="windows-1252", cte="quoted-printable"),
                attachment(png(32, 20, 7), "image/png", "affisch_bytesdag.png"),
            ],
            "----=_Part_44021_1380563.1781802122000",
        ),
        label(
            "application",
            has="association contact activity",
            association_name="Gunnebo Samhällsförening",
            contact_name="Lotta Nyberg",
            contact_email="lotta.nyberg@example.se",
            contact_phone="070-118 63 27",
            members=100,
            ort="Gunnebo",
            amount_sek=8000,
            notes="windows-1252 QP with a PNG image (a poster) attached – the image carries no readable elements. 'ett hundratal medlemmar' = 100. Activity concrete (swap day and flea market 6 Sept on the works green, local groups sell coffee). Anchoring false: only the hope that it becomes a tradition; no meeting, survey or partners. Budget false: one rough figure ('ungefär 8 000 kr'), which is still amount_sek.",
        ),
    )

    rc = receipt(40, ["anchoring"])
    body = (
        "Hej,\n\nvi har inte skrivit så mycket om förankringen, så här kommer mer:\n\n"
        "Idén till framtidsverkstaden kom från ett öppet bymöte i Vena bygdegård den 3 juni som 31 personer var på. "
        "Efter det delade vi ut en enkät i alla brevlådor i Vena och fick 54 svar, där 47 ville att skolan ska bli någon sorts mötesplats. "
        "Vena IF och föräldrarna i förskolegruppen har lovat att vara med på båda kvällarna.\n\n"
        "Mvh Anders Nyqvist\n\n"
        "Den mån 8 juni 2026 kl 19:31 skrev Idéslanten – Region Kalmar län <ideslanten@example.se>:\n\n"
        + quote(rc)
        + "\n"
    )
    add(
        3529,
        "sv-vena-forankring",
        date(19, 7, 12),
        addr("Anders Nyqvist", "anders.nyqvist@example.se"),
        "Re: Framtidsverkstad Vena skola [Idéslanten 2026-0040]",
        text(body, cte="quoted-printable"),
        label(
            "followup",
            has="contact anchoring",
            contact_name="Anders Nyqvist",
            contact_email="anders.nyqvist@example.se",
            ort="Vena",
            notes="Gmail-style followup to 3514 ('Den mån 8 juni 2026 kl 19:31 skrev …' with '>' quoting of the bot's receipt). New text supplies real anchoring (open village meeting 3 June with 31 people, mailbox survey with 54 answers, IF and preschool parents joining) → anchoring true; signer from own address → contact true. Survey respondents and attendance are not members, so members null.",
        ),
        irt=rcpt_id(40),
        refs=[3514, rcpt_id(40)],
    )

    plain = """Hej!

Tuna Bygdegårdsförening i Tuna, Vimmerby kommun, söker 7 900 kr ur idéslanten till "Spelmansstämma i Tuna" lördag 29 augusti.

Vi är 88 medlemmar och har drivit Tuna bygdegård sedan 1946. Stämman blir en eftermiddag och kväll med allspel, konsert med ett inhyrt folkmusikband och dans på logen, och traktens egna spelmän får spela. Det samlar både gamla och nya Tunabor, kvinnor och män, och gör byn synlig för folk från Vimmerby.

Beslutet togs på bygdegårdsföreningens årsmöte och Tuna spelmanslag och Tuna hembygdsförening arrangerar tillsammans med oss, ett trettiotal frivilliga har anmält sig.

Budget: bandets arvode 5 000 kr, ljudteknik (hyra) 1 500 kr, affischer och annonser 600 kr, städning och förbrukning 800 kr. Summa 7 900 kr.

Vänliga hälsningar
Eva-Lena Holm
Tuna Bygdegårdsförening
0492-510 33
"""
    html = (
        '<html><body><div dir="ltr">'
        + "".join(f"<div>{ln if ln else '<br>'}</div>" for ln in plain.split("\n"))
        + "</div></body></html>"
    )
    add(
        3530,
        "tuna-spelmansstamma",
        date(20, 9, 55),
        addr("Eva-Lena Holm", "evalena.holm@example.com"),
        "Spelmansstämma i Tuna – ansökan",
        multi(
            "alternative",
            [text(plain, cte="base64"), text(html, "html", cte="quoted-printable")],
            "000000000000c1d4a90651f0aa21",
        ),
        label(
            "application",
            has="all",
            association_name="Tuna Bygdegårdsförening",
            contact_name="Eva-Lena Holm",
            contact_email="evalena.holm@example.com",
            contact_phone="0492-510 33",
            members=88,
            ort="Tuna",
            amount_sek=7900,
            women_and_men=True,
            notes="Complete, Gmail-style multipart/alternative (base64 plain + QP HTML). Budget given as prose with several amounts (7 900). Association with 88 members; signer from own address; activity concrete (fiddlers' gathering 29 Aug with allspel, concert, dance); anchoring = annual meeting decision, co-arranged with the fiddlers' group and heritage society, ~30 volunteers. A band's fee is a performer's fee, not salary; PA is rented.",
        ),
    )

    body = """hej

vi vill ha en sommarfest i Djursdala med tipspromenad, fiskdamm och en trubadur på kvällen, lördagen den 1 augusti vid bygdegården. det ska vara för alla i byn så att folk lär känna varandra, det har flyttat in många nya barnfamiljer.

vi frågade runt på midsommarfirandet och 60 pers skrev upp sig på en lista att dom vill ha en fest, och bygdegårdsföreningen lånar ut lokalen och grillarna.

trubadur 3000
priser tipspromenad 600
korv o bröd 1800
affischer 300
= 5700 kr
"""
    add(
        3531,
        "djursdala-sommarfest",
        date(21, 22, 40),
        addr(None, "sommarfest.djursdala@example.com"),
        "sommarfest djursdala",
        text(body, cte="8bit"),
        label(
            "application",
            has="activity anchoring budget",
            ort="Djursdala",
            amount_sek=5700,
            notes="Unsigned lower-case mail from a generic address without display name. Association false (only 'vi', no group name); contact false (no name anywhere). Activity concrete (summer party 1 Aug with quiz walk and a troubadour), anchoring concrete (60 signed a list at midsummer, bygdegård lends hall and grills), budget itemised 5 700. Troubadour fee is a performer's fee; 'för alla i byn' not an explicit gender statement → null.",
        ),
    )


def batch9() -> None:
    officer_id = "<lbu.20260622.1015.3509@region.example.se>"
    body = """Hej!

Jag är ledig från och med 22 juni till och med 9 augusti och har begränsad tillgång till min e-post. Jag läser dina rader när jag är tillbaka.

Gäller det Flygsfors Intresseförening kan du vända dig till ordförande Rolf Hammar.

Ha en skön sommar!
Karin Sjöberg

(Detta är ett automatiskt svar.)
"""
    add(
        3532,
        "franvaro-flygsfors",
        date(22, 10, 16),
        addr("Karin Sjöberg", "karin.sjoberg@example.com"),
        "Frånvaro: SV: Ansökan idéslanten Flygsfors Intresseförening",
        text(body, cte="quoted-printable"),
        label(
            "autoreply",
            notes="Out-of-office reply to the officer's mail about 3509 WITHOUT any automation header (no Auto-Submitted, X-Autoreply or Precedence); recognisable only from the 'Frånvaro:' subject and the text ('ledig … automatiskt svar'). References include the application's Message-ID. Not a followup: all elements false, all facts null.",
        ),
        to=addr(None, OFFICER),
        irt=officer_id,
        refs=[3509, officer_id],
    )

    html = """<html><body style="font-family:Arial">
<h1 style="color:#0a5">Guaranteed EU funding for YOUR association!</h1>
<p>Dear association board,</p>
<p>Our certified grant consultants have helped over <b>4,000 Swedish associations</b> receive up to <b>2,500,000 SEK</b> in EU and regional funding.
We write the application – you only pay <b>9% success fee</b>.</p>
<p>Limited offer in June: free eligibility check! Just reply with your organisation number and bank details.</p>
<p><a href="http://grant-experts.example.com/start">Check my eligibility now &gt;&gt;</a></p>
<p style="font-size:9px">You receive this mail because your address is public. To stop: reply STOP.</p>
</body></html>"""
    add(
        3533,
        "eu-funding-guaranteed",
        date(23, 2, 44, UTC),
        addr("EU Grant Experts", "offers@grant-experts.example.com"),
        "Guaranteed funding for your association – free check",
        text(html, "html", cte="quoted-printable"),
        label(
            "spam",
            lang="en",
            notes="Unsolicited English HTML-only mail from a 'grant consultant' asking for organisation number and bank details (phishing-flavoured). Mentions funding and associations but is not about idéslanten; no List headers. All elements false, all facts null.",
        ),
        to=addr(None, BOT),
    )

    body = """Hej!

Misterhults Hembygdsgille har 52 medlemmar och äger ingenting utom en gammal smedja, men vi har många idéer. Nu vill vi starta "Misterhultsveckan" vecka 34 med hantverksvisningar i smedjan, en cykelorientering runt socknen och en avslutande sillunch för alla, kvinnor som män. Veckan ska locka sommargäster och bybor att mötas och visa upp socknens företagare.

Vi har pratat ihop oss med Misterhults Lanthandel, Misterhults IF och Figeholms båtklubb som alla är med och arrangerar, och på gillets vårmöte röstade alla närvarande (19 st) för idén.

Eftersom det blir mycket jobb tänker vi anställa en av våra medlemmar som samordnare några timmar i veckan under sommaren, det ska gå på bidraget.

Budget kommer senare när vi vet mer!

Med vänlig hälsning
Stig Larsson
Misterhults Hembygdsgille
stig.larsson@example.net
"""
    add(
        3534,
        "misterhultsveckan",
        date(23, 18, 30),
        addr("Stig Larsson", "stig.larsson@example.net"),
        "Misterhultsveckan – ansökan om idéslanten",
        text(body, charset="windows-1252", cte="base64"),
        label(
            "application",
            has="association contact activity anchoring",
            association_name="Misterhults Hembygdsgille",
            contact_name="Stig Larsson",
            contact_email="stig.larsson@example.net",
            members=52,
            ort="Misterhult",
            women_and_men=True,
            salary_costs=True,
            notes="windows-1252 base64 body. Association (52 members); signer from own address; activity concrete (week 34 with crafts in the smithy, bike orienteering, herring lunch); anchoring = three local partners co-arranging and a unanimous spring meeting (19 present). Budget false: 'Budget kommer senare' and no amounts at all, so amount_sek null. salary_costs true: they plan to employ a member as paid coordinator from the grant – rule-breaking but still an application.",
        ),
    )

    rc = receipt(44, ["activity", "budget"], variant=1)
    body = (
        "Hi again,\n\nHär är en första budget för det vi tänker göra under hösten (vi har ännu inte bestämt exakt aktivitet, sorry!):\n\n"
        "Hyra av Hasselö skola för möten  3 000 kr\nBåttransport för besökare  4 500 kr\nFika och mat  3 500 kr\nAnnonsering  1 000 kr\nReserv  3 000 kr\nTotal 15 000 kr\n\n"
        "Best / Mvh\nSara\n\n"
        "From: Idéslanten – Region Kalmar län <ideslanten@example.se>\nSent: Sunday, June 14, 2026 17:34\nTo: Sara Lindberg-Hughes <sara.lindberghughes@example.net>\n"
        "Subject: Re: Idéslanten application Hasselö [Idéslanten 2026-0044]\n\n" + rc + "\n"
    )
    add(
        3535,
        "re-hasselo-budget",
        date(24, 21, 15),
        addr("Sara Lindberg-Hughes", "sara.lindberghughes@example.net"),
        "RE: Idéslanten application Hasselö [Idéslanten 2026-0044]",
        text(body, cte="quoted-printable"),
        label(
            "followup",
            has="budget",
            amount_sek=15000,
            notes="Outlook (English client) top-posted followup to 3523 quoting the bot's receipt that asked for activity and budget. New text gives five cost items totalling 15 000 → budget true; the activity is still explicitly undecided → activity false. Signed 'Sara' from her own address → contact true. Items (school rental, boat transport) are not investments. Relabelled to the corpus-wide convention: a first name alone, with no phone and the surname only in the From header, is not a named contact (contact false, contact facts null).",
        ),
        irt=rcpt_id(44),
        refs=[3523, rcpt_id(44)],
    )


def batch10() -> None:
    body = """Till Region Kalmar län

Eriksmåla Byalag, org.nr 802765-3909, är en ideell förening i Eriksmåla i Emmaboda kommun med 140 medlemmar. Vi söker 13 000 kr ur idéslanten till aktiviteter som stärker bygden under hösten 2026 i enlighet med vår verksamhetsplan.

Verksamhetsplanen antogs på årsmötet den 14 mars där 45 medlemmar deltog, och vi arbetar nära Eriksmåla IF och Emmaboda kommuns landsbygdsråd.

Preliminär budget:
Lokalhyror 4 000 kr
Föreläsare 5 000 kr
Marknadsföring 2 000 kr
Förtäring 2 000 kr
Summa 13 000 kr

Har ni frågor så prata med Håkan, vår ordförande.

Byalagets styrelse
"""
    add(
        3536,
        "eriksmala-verksamhetsplan",
        date(25, 11, 0),
        addr("Eriksmåla Byalag", "eriksmala.byalag@example.org"),
        "Ansökan idéslanten 2026 Eriksmåla Byalag",
        text(body, charset="iso-8859-1"),
        label(
            "application",
            has="association anchoring budget",
            association_name="Eriksmåla Byalag",
            org_number="802765-3909",
            members=140,
            ort="Eriksmåla",
            amount_sek=13000,
            notes="Formal, iso-8859-1. Association complete (org.nr, 140 members). Activity false: 'aktiviteter som stärker bygden … i enlighet med vår verksamhetsplan' is a vague wish with no what/when/how, even though the budget names lecture costs. Anchoring true: annual meeting adopted the plan (45 present) and cooperation with the IF and the rural council. Budget itemised 13 000. Contact false: only a first name 'Håkan' with no e-mail or phone, sent from a shared mailbox signed by the board – contact facts null.",
        ),
    )

    txt = """ANSÖKAN IDÉSLANTEN – SMEDBY BYGDEFÖRENING

Smedby Bygdeförening är byföreningen i Smedby söder om Färjestaden. Vi har 67 medlemmar och ordnar midsommar, julmarknad och städdagar.

Lördag 12 september ordnar vi "Kustdagen": på förmiddagen städar vi stranden och strandängarna från Smedby hamn till Ekelunda, och på kvällen föreläser en marinbiolog från Linnéuniversitetet i bygdegården om hur det står till med Östersjön utanför just vår kust. Vi vill att byborna tar hand om sin strand tillsammans och att fler engagerar sig i byföreningen. Dagen är för alla åldrar, både kvinnor och män.

Idén kom upp på bymötet 9 maj (35 deltagare) och Smedby Fiskeklubb och badplatsens vänner är med och organiserar. Håll Sverige Rent lånar ut plockverktyg.

Budget
Föreläsare, arvode och resa   3 500 kr
Hyra bygdegården               900 kr
Hyra av container            2 400 kr
Soppa till städarna          1 800 kr
Säckar och handskar            700 kr
Summa                        9 300 kr

Kontaktperson: Sofia Åkesson, 0485-371 26, sofia.akesson@example.com
"""
    add(
        3537,
        "smedby-kustdagen",
        date(26, 8, 25),
        addr("Sofia Åkesson", "sofia.akesson@example.com"),
        "Kustdagen i Smedby",
        multi(
            "mixed",
            [
                text("Hej!\nHär kommer vår ansökan som textfil.\n/Sofia\n"),
                attachment(txt.encode("utf-8"), "text/plain; charset=utf-8", "ansokan_smedby.txt"),
            ],
            "smedby-7f3a0c9e21",
        ),
        label(
            "application",
            has="all",
            association_name="Smedby Bygdeförening",
            contact_name="Sofia Åkesson",
            contact_email="sofia.akesson@example.com",
            contact_phone="0485-371 26",
            members=67,
            ort="Smedby",
            amount_sek=9300,
            women_and_men=True,
            notes="Complete application carried in a .txt attachment; the body is two lines. Association (67 members, what it does), explicit contact person with phone and e-mail, concrete activity (coastal clean-up + marine-biology lecture 12 Sept), anchoring (village meeting 9 May with 35, fishing club and beach friends co-organise) and an itemised budget of 9 300. Container is rented and bags/gloves are consumables – no investment.",
        ),
    )

    body = """Hej

Jag undrar hur det fungerar med taket på 15 000 kr per ort. Vi i Torsås Konstförening vill söka till en utställning i höst, men jag hörde att pensionärsföreningen också tänker söka för Torsås. Delar vi då på 15 000, eller räknas det per förening? Och vem hinner först i så fall?

Hälsningar
Britt Magnusson
Torsås Konstförening
"""
    add(
        3538,
        "torsas-tak-per-ort",
        date(27, 14, 3),
        addr("Britt Magnusson", "britt.magnusson@example.se"),
        "fråga om 15000 per ort",
        text(
            body.replace("å", "a").replace("ö", "o").replace("ä", "a").replace("Å", "A"),
            cte="7bit",
            nocharset=True,
        ),
        label(
            "question",
            association_name="Torsas Konstforening",
            contact_name="Britt Magnusson",
            contact_email="britt.magnusson@example.se",
            ort="Torsås",
            notes="Question about the per-locality cap (do two associations in Torsås share 15 000?). Plain 7-bit text with no charset parameter, written without å/ä/ö (as from an old client), so the association is spelled 'Torsas Konstforening' as written; ort normalised to Torsås. The 15 000 asked about is a rule amount, not an amount applied for → amount_sek null. All elements false.",
        ),
        to=addr(None, OFFICER),
    )

    body = """Hej!

Kronobäcks Byförening (org.nr 802488-1800) har 29 medlemmar och håller ordning på området kring klosterruinen i Kronobäck utanför Mönsterås.

Lördagen den 5 september vill vi ha en medeltidsdag vid ruinen: en medeltidsgrupp från Kalmar visar hantverk, mat och musik, barnen får prova på bågskytte och lokala odlare och hantverkare säljer på en liten marknad. Vi vill att fler hittar till Kronobäck och att byns folk får en gemensam dag.

Vi har tänkt fråga bygdegårdsföreningen och hembygdsföreningen om de vill vara med.

Budget:
Arvode medeltidsgruppen 4 000 kr
Köp av 3 marknadstält à 2 000 kr = 6 000 kr (kan användas varje år)
Annonser 1 000 kr
Fika 1 000 kr
Summa 12 000 kr

/Alva Persson, kassör, 073-541 02 98
"""
    add(
        3539,
        "kronoback-medeltidsdag",
        date(28, 20, 47),
        addr("Alva Persson", "alva.persson@example.org"),
        "Medeltidsdag vid Kronobäcks klosterruin",
        text(body, cte="quoted-printable"),
        label(
            "application",
            has="association contact activity budget",
            association_name="Kronobäcks Byförening",
            org_number="802488-1800",
            contact_name="Alva Persson",
            contact_email="alva.persson@example.org",
            contact_phone="073-541 02 98",
            members=29,
            ort="Kronobäck",
            amount_sek=12000,
            physical_investment=True,
            notes="QP utf-8. Association (org.nr, 29 members); cashier signs from own address with phone; concrete medieval day 5 Sept; itemised budget 12 000. Anchoring false: only a plan to ask two local groups in the future – no meeting, survey or actual cooperation. physical_investment true: buying three market tents (equipment). Reenactors' fee is not salary.",
        ),
    )

    rc = receipt(46, ["contact"])
    body = (
        "Hej!\n\nKontaktperson för resan är jag, Jonas Lund, fritidsledare och ledare i UK Kristvalla. "
        "Nås på 070-804 37 15 eller jonas.lund@example.com.\n\n/Jonas\n\n"
        "Den 2026-06-17 kl. 16:49, skrev Idéslanten – Region Kalmar län:\n" + quote(rc) + "\n"
    )
    add(
        3540,
        "sv-kristvalla-kontakt",
        date(29, 19, 20),
        addr("Jonas Lund", "ukkristvalla@example.com"),
        "Sv: Studieresa UK Kristvalla [Idéslanten 2026-0046]",
        text(body, fmt_flowed=True),
        label(
            "followup",
            has="contact",
            contact_name="Jonas Lund",
            contact_email="jonas.lund@example.com",
            contact_phone="070-804 37 15",
            notes="Thunderbird-style followup (format=flowed, 'Den 2026-06-17 kl. 16:49, skrev …:') to 3527, quoting the receipt that asked for a contact. The new text names Jonas Lund with phone and his own e-mail → contact true, contact_email his personal address rather than the club mailbox the mail is sent from. 'fritidsledare' is his occupation, not a salary cost in the budget.",
        ),
        irt=rcpt_id(46),
        refs=[3527, rcpt_id(46)],
    )


# ================================================================ check and main

ADDR_RE = re.compile(r"[\w.+-]+@([\w-]+(?:\.[\w-]+)+)")
ALLOWED = re.compile(r"(^|\.)example\.(se|com|org|net)$")


def luhn_ok(org: str) -> bool:
    if not re.fullmatch(r"\d{6}-\d{4}", org):
        return False
    digits = [int(c) for c in org.replace("-", "")]
    total = 0
    for i, d in enumerate(digits):
        if i % 2 == 0:
            d *= 2
        total += d // 10 + d % 10
    return total % 10 == 0


def check() -> None:
    problems: list[str] = []
    files = sorted(p.name for p in OUT.glob("*.eml"))
    labels = json.loads((OUT / "labels.json").read_text(encoding="utf-8"))
    if sorted(labels) != files:
        problems.append("labels.json keys do not match files")
    by_id: dict[str, str] = {}
    dates = []
    for name in files:
        raw = (OUT / name).read_bytes()
        if b"\r" in raw:
            problems.append(f"{name}: CR in file")
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        lab = labels.get(name, {})
        malformed = str(lab.get("notes", "")).startswith("Malformed:")
        for part in msg.walk():
            if part.defects and not malformed:
                problems.append(f"{name}: defects {part.defects}")
            if not part.is_multipart():
                try:
                    part.get_content()
                except Exception as exc:  # noqa: BLE001
                    problems.append(f"{name}: cannot decode part: {exc}")
        by_id[msg["Message-ID"]] = name
        dates.append((parsedate_to_datetime(msg["Date"]), name))
        if parsedate_to_datetime(msg["Date"]).year != 2026:
            problems.append(f"{name}: not 2026")
        if not re.fullmatch(r"\d{4}-[a-z0-9-]+\.eml", name):
            problems.append(f"{name}: bad file name")
        texts = [str(v) for v in msg.values()]
        for part in msg.walk():
            if part.get_content_maintype() == "text":
                texts.append(part.get_content())
        for t in texts:
            for dom in ADDR_RE.findall(t):
                if not ALLOWED.search(dom.lower()):
                    problems.append(f"{name}: address domain {dom}")
        if set(lab) != {"kind", "language", "elements", "facts", "notes"}:
            problems.append(f"{name}: label fields {sorted(lab)}")
            continue
        if set(lab["elements"]) != set(ELEMENTS) or set(lab["facts"]) != set(FACT_KEYS):
            problems.append(f"{name}: element/fact keys")
        org = lab["facts"]["org_number"]
        if org is not None and not luhn_ok(org):
            problems.append(f"{name}: org number {org} not Luhn-valid")
        if lab["kind"] not in ("application", "followup") and any(lab["elements"].values()):
            problems.append(f"{name}: non-application with true element")
        if lab["kind"] in ("autoreply", "bounce", "newsletter", "spam") and any(
            v is not None for v in lab["facts"].values()
        ):
            problems.append(f"{name}: machine mail with facts")
        if lab["kind"] in ("application", "followup"):
            for k in ("salary_costs", "physical_investment"):
                if not isinstance(lab["facts"][k], bool):
                    problems.append(f"{name}: {k} not bool")
    order = [n for _, n in sorted(dates)]
    if order != files:
        problems.append(f"numbering does not follow Date order: {order}")
    for name in files:
        lab = labels[name]
        if lab["kind"] != "followup":
            continue
        msg = email.message_from_bytes((OUT / name).read_bytes(), policy=email.policy.default)
        ids = re.findall(r"<[^>]+>", (msg["In-Reply-To"] or "") + " " + (msg["References"] or ""))
        targets = [by_id[i] for i in ids if i in by_id]
        if not any(labels[t]["kind"] == "application" and t < name for t in targets):
            problems.append(f"{name}: followup not threaded to an earlier application")
        if not re.match(r"(Re|RE|SV|Sv|AW):", str(msg["Subject"])):
            problems.append(f"{name}: followup subject lacks Re:/SV:")
    if problems:
        print("\n".join(problems))
        sys.exit(1)
    kinds: dict[str, int] = {}
    for lab in labels.values():
        kinds[lab["kind"]] = kinds.get(lab["kind"], 0) + 1
    apps = [lab for lab in labels.values() if lab["kind"] == "application"]
    complete = sum(all(lab["elements"].values()) for lab in apps)
    missing = {e: sum(not lab["elements"][e] for lab in apps) for e in ELEMENTS}
    print(
        f"OK: {len(files)} mails {kinds}; complete applications {complete}; missing per element {missing}"
    )


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for old in OUT.glob("*.eml"):
        old.unlink()
    for b in BATCHES:
        b()
    for m in MAILS:
        (OUT / m["fname"]).write_bytes(m["raw"])
    (OUT / "labels.json").write_text(
        json.dumps(LABELS, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
    )
    check()


BATCHES = [batch1, batch2, batch3, batch4, batch5, batch6, batch7, batch8, batch9, batch10]

if __name__ == "__main__":
    main()
