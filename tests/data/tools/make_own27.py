"""Development corpus own27 – 40 fictional e-mails (3601–3640) to the Idéslanten intake bot.

Theme: an ordinary spring 2026 (March–May) with realistic proportions (26 applications of which
8 complete, 6 followups, 3 questions, 2 autoreplies – one without any automation header –,
1 bounce, 1 newsletter, 1 spam), with the attention on how people describe what they will do.
The applications describe the activity in many natural ways without the usual event nouns, and
about a third of them lack the activity in subtle ways (only a purpose, only a theme, "we will
decide later", only last year's event, only a need, a list of ideas with "kanske", only a date
and a venue, a reference to a plan that is not attached).

Regenerate (byte-identical on every run):

    /work/main/.venv/bin/python tests/data/tools/make_own27.py

Writes tests/data/own27/NNNN-slug.eml and tests/data/own27/labels.json and then checks itself.
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
from email.utils import parsedate_to_datetime
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "own27"
BOT_ADDR = "ideslanten@example.se"
BOT_NAME = "Idéslanten – Region Kalmar län"
OFFICER = "landsbygdsutvecklare@example.se"

MAILS: list[tuple[str, bytes, dict]] = []

# ---------------------------------------------------------------- MIME helpers


def enc_subject(s: str, charset: str = "utf-8") -> str:
    """RFC 2047 encoded-word subject (only if needed or forced by caller)."""
    return Header(s, charset).encode()


def addr(name: str, address: str) -> str:
    """Address header value; non-ASCII display names become encoded words."""
    try:
        name.encode("ascii")
        return f'"{name}" <{address}>' if name else address
    except UnicodeEncodeError:
        return f"{Header(name, 'utf-8').encode()} <{address}>"


BOT = addr(BOT_NAME, BOT_ADDR)


def hdr_block(h: list[tuple[str, str]]) -> str:
    return "".join(f"{k}: {v}\n" for k, v in h)


def b64(data: bytes) -> str:
    return base64.encodebytes(data).decode("ascii")


def qp(data: bytes) -> str:
    out = quopri.encodestring(data).decode("ascii")
    return out if out.endswith("\n") else out + "\n"


def text_part(
    body: str,
    subtype: str = "plain",
    charset: str = "utf-8",
    cte: str = "8bit",
    charset_param: bool = True,
) -> str:
    """One text part (headers + body) as str; 8bit bodies are latin-1-mapped bytes-in-str."""
    raw = body.encode(charset)
    ct = f"text/{subtype}; charset={charset}" if charset_param else f"text/{subtype}"
    if cte == "quoted-printable":
        payload = qp(raw)
    elif cte == "base64":
        payload = b64(raw)
    else:
        payload = raw.decode("latin-1")
        if not payload.endswith("\n"):
            payload += "\n"
    return f"Content-Type: {ct}\nContent-Transfer-Encoding: {cte}\n\n{payload}"


def attach_part(data: bytes, ctype: str, filename: str) -> str:
    return f'Content-Type: {ctype}; name="{filename}"\nContent-Disposition: attachment; filename="{filename}"\nContent-Transfer-Encoding: base64\n\n{b64(data)}'


def multipart(subtype: str, boundary: str, parts: list[str], extra: str = "") -> str:
    body = "".join(f"--{boundary}\n{p}\n" for p in parts)
    return f'Content-Type: multipart/{subtype}; boundary="{boundary}"{extra}\nMIME-Version: 1.0\n\nThis is a multi-part message in MIME format.\n\n{body}--{boundary}--\n'


def build(headers: list[tuple[str, str]], body_with_ct: str) -> bytes:
    """headers: top-level headers (without MIME ones); body_with_ct starts with Content-Type."""
    if "MIME-Version" not in body_with_ct.split("\n\n", 1)[0]:
        body_with_ct = "MIME-Version: 1.0\n" + body_with_ct
    return (hdr_block(headers) + body_with_ct).encode("latin-1")


def std_headers(
    frm: str,
    to: str,
    subject: str,
    date: str,
    msgid: str,
    extra: list[tuple[str, str]] | None = None,
) -> list[tuple[str, str]]:
    h = [("From", frm), ("To", to), ("Subject", subject), ("Date", date), ("Message-ID", msgid)]
    return h + (extra or [])


# ---------------------------------------------------------------- documents


def _zip(files: list[tuple[str, str]]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, content in files:
            zi = zipfile.ZipInfo(name, date_time=(2026, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, content.encode("utf-8"))
    return buf.getvalue()


def _x(s: str) -> str:
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def docx(paragraphs: list[str | list[str]]) -> bytes:
    """Minimal .docx: each item a paragraph, or a list = a table row of cells."""
    body = []
    rows: list[list[str]] = []

    def flush() -> None:
        if rows:
            trs = "".join(
                "<w:tr>"
                + "".join(
                    f'<w:tc><w:p><w:r><w:t xml:space="preserve">{_x(c)}</w:t></w:r></w:p></w:tc>'
                    for c in r
                )
                + "</w:tr>"
                for r in rows
            )
            body.append(f"<w:tbl>{trs}</w:tbl>")
            rows.clear()

    for p in paragraphs:
        if isinstance(p, list):
            rows.append(p)
            continue
        flush()
        body.append(f'<w:p><w:r><w:t xml:space="preserve">{_x(p)}</w:t></w:r></w:p>')
    flush()
    doc = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>'
        + "".join(body)
        + "</w:body></w:document>"
    )
    ct = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>'
    rels = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>'
    return _zip([("[Content_Types].xml", ct), ("_rels/.rels", rels), ("word/document.xml", doc)])


def xlsx(rows: list[list[str | int]]) -> bytes:
    """Minimal .xlsx with one sheet; strings inline, ints as numbers."""

    def col(i: int) -> str:
        return chr(ord("A") + i)

    xr = []
    for r, row in enumerate(rows, 1):
        cells = []
        for c, v in enumerate(row):
            ref = f"{col(c)}{r}"
            if isinstance(v, int):
                cells.append(f'<c r="{ref}"><v>{v}</v></c>')
            else:
                cells.append(f'<c r="{ref}" t="inlineStr"><is><t>{_x(v)}</t></is></c>')
        xr.append(f'<row r="{r}">{"".join(cells)}</row>')
    sheet = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
        + "".join(xr)
        + "</sheetData></worksheet>"
    )
    wb = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Budget" sheetId="1" r:id="rId1"/></sheets></workbook>'
    wbrels = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>'
    ct = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>'
    rels = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>'
    return _zip(
        [
            ("[Content_Types].xml", ct),
            ("_rels/.rels", rels),
            ("xl/workbook.xml", wb),
            ("xl/_rels/workbook.xml.rels", wbrels),
            ("xl/worksheets/sheet1.xml", sheet),
        ]
    )


def pdf(lines: list[str]) -> bytes:
    """One-page PDF, Helvetica, WinAnsi, zlib-compressed text stream."""

    def esc(s: str) -> str:
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")

    ops = ["BT", "/F1 11 Tf", "14 TL", "60 790 Td"]
    for ln in lines:
        ops.append(f"({esc(ln)}) Tj T*")
    ops.append("ET")
    stream = zlib.compress("\n".join(ops).encode("cp1252"), 9)
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>",
        b"<< /Length "
        + str(len(stream)).encode()
        + b" /Filter /FlateDecode >>\nstream\n"
        + stream
        + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
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
    out += f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return bytes(out)


def png(w: int = 64, h: int = 40) -> bytes:
    """A small grey-striped PNG (a 'photo of a paper budget' – unreadable for the bot)."""
    raw = b"".join(
        b"\x00" + bytes((200 if (y // 4) % 2 else 235) for _ in range(w)) for y in range(h)
    )

    def chunk(t: bytes, d: bytes) -> bytes:
        return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xFFFFFFFF)

    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 0, 0, 0, 0))
        + chunk(b"IDAT", zlib.compress(raw, 9))
        + chunk(b"IEND", b"")
    )


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


def label(kind: str, lang: str, present: str, notes: str, **facts: object) -> dict:
    """present: letters of the elements that are true: a=association c=contact v=activity f=anchoring b=budget."""
    el = {k: (ch in present) for k, ch in zip(ELEM_KEYS, "acvfb", strict=True)}
    f: dict[str, object] = dict.fromkeys(FACT_KEYS)
    if kind in ("application", "followup"):
        f["salary_costs"] = False
        f["physical_investment"] = False
    for k, v in facts.items():
        assert k in FACT_KEYS, k
        f[k] = v
    return {"kind": kind, "language": lang, "elements": el, "facts": f, "notes": notes}


def add(num: int, slug: str, raw: bytes, lab: dict) -> None:
    MAILS.append((f"{num}-{slug}.eml", raw, lab))


def mid(tag: str) -> str:
    return f"<{tag}@own27.example.net>"


def receipt_id(case: str) -> str:
    return f"<kvitto-{case}@ideslanten.example.se>"


# ================================================================ mails 3601–3608


def batch1() -> None:
    # 3601 – complete, utf-8 quoted-printable, prose + list budget
    body = """Hej!

Här kommer vår ansökan om idéslanten för 2026.

Grönskåra Bygdeförening (org.nr 802451-9038) bildades 1987 och samlar i dag 54 medlemmar från Grönskåra och gårdarna runt omkring. Vi hyr gamla skolan av kommunen och har hand om midsommarstången och badplatsen.

Vad vi ska göra
Skolbarnen i Grönskåra står varje morgon i mörkret vid landsvägen och väntar på bussen, och timmerbilarna kör fort. Tre onsdagskvällar (25 mars, 8 april och 22 april, kl 18.30) dukar vi långbordet i gamla skolan, lägger en stor karta över socknen mitt på och bjuder in alla som bor här tillsammans med en trafikplanerare från kommunen och en person från Trafikverket. Första kvällen ritar vi in var det känns farligt, andra kvällen går vi igenom vad som faktiskt går att göra, och tredje kvällen skriver vi ihop ett gemensamt förslag som lämnas till kommunen och Trafikverket. Byn får en egen röst i frågan och det blir tryggare att bo kvar här med barn.

Förankring
Årsmötet den 15 februari (29 närvarande) beslutade enhälligt att driva frågan. Grönskåra vägförening och PRO:s lokala grupp står som medarrangörer och hjälper till med inbjudan, och föräldrarna i byn har redan samlat in 41 namn på en lista om säkrare skolväg.

Budget
Hyra gamla skolan, 3 kvällar à 500 kr – 1 500 kr
Soppa och fika, 3 kvällar – 3 600 kr
Utskrift av karta i stort format samt inbjudningar – 1 200 kr
Annons i lokalbladet – 900 kr
Summa – 7 200 kr

Vi söker alltså 7 200 kr. Kvällarna är öppna för alla – kvinnor och män, unga och gamla.

Kontaktperson: Maj-Britt Ekstrand, ordförande, 070-318 44 27, majbritt.ekstrand@example.com

Vänliga hälsningar
Maj-Britt Ekstrand
Grönskåra Bygdeförening
"""
    h = std_headers(
        addr("Maj-Britt Ekstrand", "majbritt.ekstrand@example.com"),
        OFFICER,
        "Ansökan idéslanten – Grönskåra bygdeförening",
        "Mon, 02 Mar 2026 19:42:11 +0100",
        mid("3601.gronskara"),
    )
    h[2] = ("Subject", enc_subject("Ansökan idéslanten – Grönskåra bygdeförening"))
    add(
        3601,
        "gronskara-langbordet",
        build(h, text_part(body, cte="quoted-printable")),
        label(
            "application",
            "sv",
            "acvfb",
            "Complete application. Activity told without any event noun: three evenings at a long table with a map, municipal traffic planner and Trafikverket, ending in a joint proposal (what/when/how + local benefit: safer school road). Anchoring concrete: annual meeting decision, road association and PRO co-host, 41 signatures. Budget four items with amounts, total 7 200 = applied amount. 'kvinnor och män' -> women_and_men true. The traffic planner is not paid; no salary or investment. Tests QP utf-8 and an encoded-word subject.",
            association_name="Grönskåra Bygdeförening",
            org_number="802451-9038",
            contact_name="Maj-Britt Ekstrand",
            contact_email="majbritt.ekstrand@example.com",
            contact_phone="070-318 44 27",
            members=54,
            ort="Grönskåra",
            amount_sek=7200,
            women_and_men=True,
        ),
    )

    # 3602 – activity missing: only a purpose; windows-1252 8bit
    body = """Hej

Föra Hembygdsförening vill söka idéslanten för 2026. Vi är 38 medlemmar och har funnits sedan 1952, vi sköter hembygdsgården vid Föra kyrka och ger ut ett litet julblad varje år.

Syftet med det vi söker för är att få fler att stanna kvar på norra Öland året runt och inte bara på sommaren. Vi vill att fler ska känna att det händer saker i Föra även i november, och att de som flyttat hit ska hitta in i föreningslivet. I förlängningen hoppas vi att det ger underlag för att behålla skolskjutsen och lanthandeln i Löttorp.

Vi tog upp frågan på byamötet den 12 januari där 31 personer var med och alla var för att vi söker. Föra IF och bygdegårdsföreningen har lovat att vara med och dela på arbetet.

Budget
Lokalhyra 3 000
Arvoden 6 000
Annonsering 1 000
Fika 2 000
Totalt 12 000 kr

Med vänliga hälsningar
Torbjörn Rydell
kassör, Föra Hembygdsförening
0485-260 13
"""
    h = std_headers(
        addr("Torbjörn Rydell", "t.rydell@example.net"),
        OFFICER,
        "=?windows-1252?Q?Id=E9slanten_F=F6ra?=",
        "Wed, 04 Mar 2026 10:05:37 +0100",
        mid("3602.fora"),
    )
    add(
        3602,
        "fora-syftet",
        build(h, text_part(body, charset="windows-1252")),
        label(
            "application",
            "sv",
            "acfb",
            "Activity MISSING (subtle: only a purpose). The mail says why (year-round life, newcomers into associations, keep school bus and shop) but never what will be done, when or how; the budget lines 'Lokalhyra/Arvoden/Annonsering/Fika' do not describe an activity either. A strict officer asks what they will do. Association (name, 38 members, since 1952), contact (named signer from own address + phone), anchoring (village meeting 12 Jan with 31 present, Föra IF and bygdegårdsföreningen join) and budget (four items, total 12 000) present. windows-1252 body and windows-1252 encoded-word subject.",
            association_name="Föra Hembygdsförening",
            contact_name="Torbjörn Rydell",
            contact_email="t.rydell@example.net",
            contact_phone="0485-260 13",
            members=38,
            ort="Föra",
            amount_sek=12000,
        ),
    )

    # 3603 – complete, English, multipart/alternative
    body = """Dear rural development officer,

Please find below our application for the idéslanten grant.

Who we are
Glömminge Nya & Gamla (in English we call ourselves the Glömminge Newcomers Network) is a non-profit association registered in 2023, org. no. 802517-2647. We have 23 members: people who moved to Glömminge in recent years from the Netherlands, Germany, Stockholm and Kalmar, and roughly as many who have lived here all their lives.

What we will do
On four Tuesday evenings in April (7, 14, 21 and 28 April, 18.30-21.00) we take over the parish hall next to Glömminge church. Each evening one of the long-time villagers shows the rest of us how one piece of village life actually works: the first evening the road association and the snow clearing, then the grazing rights on the shore meadows, then the volunteer fire crew, and finally how the autumn market on the church green is put together and who does what. We eat soup together, and before going home every newcomer signs up for one task in the village for the coming year. The point is that people who moved here stop being guests and start carrying the village with us.

How it is anchored
The idea came out of the open village meeting that Glömminge sockenråd held on 1 February (about 40 people). The sockenråd and the church council are co-hosts, and four long-time residents have each promised to lead one evening.

Budget
- Rent of the parish hall, 4 evenings x 600 SEK: 2 400 SEK
- Soup, bread and coffee, 4 evenings: 3 200 SEK
- Printing invitations in Swedish, English and German: 600 SEK
- Thank-you gifts for the evening hosts (local honey): 800 SEK
Total: 7 000 SEK, which is the amount we apply for.

Everyone is welcome, women and men, old and young.

Contact person: Ellen Vos, +46 76 455 09 13, ellen.vos@example.org

Kind regards,
Ellen Vos
Secretary, Glömminge Nya & Gamla
"""
    html = (
        "<html><body>"
        + "".join(f"<p>{_x(p).replace(chr(10), '<br>')}</p>" for p in body.strip().split("\n\n"))
        + "</body></html>\n"
    )
    h = std_headers(
        addr("Ellen Vos", "ellen.vos@example.org"),
        OFFICER,
        enc_subject("Application – idéslanten – Glömminge Newcomers Network"),
        "Thu, 05 Mar 2026 21:17:50 +0100",
        mid("3603.glomminge"),
    )
    add(
        3603,
        "glomminge-newcomers",
        build(
            h,
            multipart(
                "alternative",
                "==own27-3603-alt",
                [
                    text_part(body, cte="quoted-printable"),
                    text_part(html, "html", cte="quoted-printable"),
                ],
            ),
        ),
        label(
            "application",
            "en",
            "acvfb",
            "Complete English application. Activity in unusual words: long-time villagers each 'show how one piece of village life works' on four dated Tuesday evenings, newcomers sign up for a village task – concrete what/when/where and local benefit. Anchoring: open village meeting 1 Feb, sockenråd and church council co-host, four hosts promised. Budget four items, total 7 000 = applied. 'women and men' -> true. Honey gifts are consumables, not investment. multipart/alternative QP with an encoded-word subject.",
            association_name="Glömminge Nya & Gamla",
            org_number="802517-2647",
            contact_name="Ellen Vos",
            contact_email="ellen.vos@example.org",
            contact_phone="+46 76 455 09 13",
            members=23,
            ort="Glömminge",
            amount_sek=7000,
            women_and_men=True,
        ),
    )


def batch2() -> None:
    # 3604 – contact + budget missing: shared mailbox signed "Styrelsen", bare figure
    body = """Hej!

Vi i Pelarne Byalag (61 hushåll är medlemmar, föreningen startade 1994 när skolan lades ner) vill söka pengar ur idéslanten.

Lördagen den 16 maj fyller vi en hyrd buss med ett 25-tal bybor och kör upp till Djursdala. Där tar deras byalag emot oss i bygdegården och visar hur de fick den gamla lanthandeln att bli en liten butik som byborna själva håller öppen med nyckelbricka. Vi äter lunch med dem, och på hemvägen stannar vi i Pelarne kyrka och pratar igenom vad vi kan ta med oss hem. Målet är att vi ska kunna göra något liknande i gamla affären i Pelarne, som stått tom sedan 2019.

På byastämman i februari röstade 34 av 36 närvarande ja till resan, och Pelarne hembygdsförening skickar med två personer.

Vi söker ca 9 000 kr till buss och lunch.

Hälsningar
Styrelsen, Pelarne Byalag
"""
    h = std_headers(
        addr("Pelarne Byalag", "pelarne.byalag@example.se"),
        OFFICER,
        "Ansökan från Pelarne Byalag",
        "Fri, 06 Mar 2026 13:48:02 +0100",
        mid("3604.pelarne"),
    )
    add(
        3604,
        "pelarne-djursdala",
        build(h, text_part(body)),
        label(
            "application",
            "sv",
            "avf",
            "Activity concrete in unusual words (hired bus, 25 villagers, received by the Djursdala village group, see how they run a self-service shop, lunch, talk it through in Pelarne church; goal: same in the empty shop) – a study trip without the word. Anchoring: village assembly vote 34 of 36, hembygdsförening joins. Contact MISSING: shared association mailbox signed 'Styrelsen', no person. Budget MISSING: only 'ca 9 000 kr' for bus and lunch – a rough single figure (amount_sek 9000) but no cost items with amounts. '61 hushåll är medlemmar' -> members 61.",
            association_name="Pelarne Byalag",
            members=61,
            ort="Pelarne",
            amount_sek=9000,
        ),
    )

    # 3605 – activity missing: only a theme; budget in .xlsx
    body = """Hej,

Silverdalens Intresseförening söker härmed idéslanten för 2026. Föreningen har 87 medlemmar och har sedan 2001 jobbat för att orten ska leva vidare, bland annat med julmarknaden och skötseln av badet vid dammen.

Årets tema: "Bruksminnen". Styrelsen har bestämt att allt vi gör under 2026 ska kretsa kring bruket och vattnet – människorna som jobbade där, ån, dammen och husen längs bruksgatan. Temat ska genomsyra hela året och vi tror att det kan samla både gamla och nya silverdalsbor.

Vi samarbetar med Silverdalens IK och SPF-föreningen på orten, som båda har utsett en person var till vår arbetsgrupp, och bruksarbetarnas gamla fackklubb har lovat att låna ut sina fotoalbum.

Budgeten finns i bifogad fil.

Kontakt: Kjell-Åke Bergström, 0495-402 18

MVH Kjell-Åke
"""
    x = xlsx(
        [
            ["Budget idéslanten 2026 – Silverdalens Intresseförening", ""],
            ["Post", "Kronor"],
            ["Hyra Folkets hus", 2500],
            ["Arvode", 4000],
            ["Tryck och kopiering", 1800],
            ["Fika", 1700],
            ["Summa", 10000],
        ]
    )
    h = std_headers(
        addr("Kjell-Åke Bergström", "kjellake.b@example.com"),
        OFFICER,
        "Ansökan bygdepeng Silverdalen 2026",
        "Mon, 09 Mar 2026 08:12:44 +0100",
        mid("3605.silverdalen"),
    )
    add(
        3605,
        "silverdalen-temat",
        build(
            h,
            multipart(
                "mixed",
                "----own27-3605-mix",
                [
                    text_part(body, cte="quoted-printable"),
                    attach_part(
                        x,
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                        "budget_silverdalen.xlsx",
                    ),
                ],
            ),
        ),
        label(
            "application",
            "sv",
            "acfb",
            "Activity MISSING (subtle: only a theme). 'Bruksminnen' is announced as the year's theme that everything will revolve around, but nothing says what will actually be done, when or how (the photo albums hint but state nothing). Association (name, 87 members, since 2001), contact (Kjell-Åke Bergström with phone, signs from own address), anchoring (IK and SPF each appointed a member to the working group, fackklubb lends albums) and budget (.xlsx with four items, total 10 000) present. Tests a readable xlsx budget.",
            association_name="Silverdalens Intresseförening",
            contact_name="Kjell-Åke Bergström",
            contact_email="kjellake.b@example.com",
            contact_phone="0495-402 18",
            members=87,
            ort="Silverdalen",
            amount_sek=10000,
        ),
    )

    # 3606 – complete, whole application in .docx, short body
    body = "Hej! Bifogar vår ansökan till idéslanten. Hör av er om något saknas.\n\n/Lena Stråhle\n073-812 55 60\n"
    d = docx(
        [
            "Ansökan om regional bygdepeng – idéslanten 2026",
            "Sökande: Algutsboda Byaråd, org.nr 802488-1750. Byarådet är en ideell förening för hela Algutsboda socken med 46 enskilda medlemmar.",
            "Kontaktperson: Lena Stråhle, sekreterare, lena.strahle@example.com, 073-812 55 60",
            "Vad vi vill göra",
            "Söndagen den 17 maj klockan 10 möts vi vid kyrkan och går den gamla kyrkstigen ner till sjön tillsammans med en skogsekolog från Emmaboda. Hon stannar vid varje stenmur, varje hamlat träd och varje källa och berättar vad de säger om hur socknen har levt. Vid sjön tänder vi en eld och äter korv. Samma ekolog kommer tillbaka en torsdagskväll i juni och hjälper oss att skriva texterna till en enkel folder om stigen, så att fler – boende som besökare – hittar ut i landskapet och får ett skäl att stanna i Algutsboda.",
            "Förankring",
            "Frågan väcktes på sockenmötet i november där ett femtiotal deltog. Markägarna längs stigen (fyra gårdar) har skriftligen sagt ja, och Algutsboda hembygdsförening och scoutkåren är med och planerar.",
            "Budget",
            ["Post", "Kronor"],
            ["Arvode skogsekolog, 2 tillfällen", "5 000"],
            ["Tryck av folder, 500 ex", "2 800"],
            ["Korv, bröd och kaffe", "1 200"],
            ["Annonsering", "700"],
            ["Summa", "9 700"],
            "Vi söker 9 700 kr.",
        ]
    )
    h = std_headers(
        addr("Lena Stråhle", "lena.strahle@example.com"),
        OFFICER,
        "Ansökan Algutsboda",
        "Tue, 10 Mar 2026 17:30:09 +0100",
        mid("3606.algutsboda"),
    )
    add(
        3606,
        "algutsboda-kyrkstigen",
        build(
            h,
            multipart(
                "mixed",
                "own27_3606_b1",
                [
                    text_part(body),
                    attach_part(
                        d,
                        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                        "Ansokan_Algutsboda_2026.docx",
                    ),
                ],
            ),
        ),
        label(
            "application",
            "sv",
            "acvfb",
            "Complete; the whole application is in the .docx, the body is two lines. Activity told as a walk: meet at the church Sunday 17 May, ecologist stops at stone walls, pollarded trees and springs, fire by the lake, second evening writing a folder – concrete, with local benefit (people find out into the landscape and stay). Anchoring: sockenmöte with ~50, four landowners agreed in writing, hembygdsförening and scouts plan. Budget table, total 9 700 = applied. Ecologist's fee is not salary; printing a folder is not an investment. women_and_men not stated -> null.",
            association_name="Algutsboda Byaråd",
            org_number="802488-1750",
            contact_name="Lena Stråhle",
            contact_email="lena.strahle@example.com",
            contact_phone="073-812 55 60",
            members=46,
            ort="Algutsboda",
            amount_sek=9700,
        ),
    )


def batch3() -> None:
    # 3607 – anchoring missing (empty claim)
    body = """Hej!

Påskallaviks Båtklubb har 112 medlemmar och har funnits sedan 1961. Vi har hand om gästhamnen och slipen nedanför kvarnbacken.

Lördagen den 18 april kl 10-15 står vi vid slipen. En båtbyggare från Figeholm kommer hit med en halvfärdig klinkbyggd eka och visar hur man lägger bordgångarna och nitar ihop dem, och den som vill får hålla i verktygen och slå en nit själv. Barnen får tälja en egen liten barkbåt vid bordet bredvid. Tanken är att kunnandet om träbåtar inte ska försvinna från kusten och att fler ska se hamnen som en plats för alla i Påskallavik och inte bara för oss som har båt.

Förankring: Vi tror att många i Påskallavik kommer att uppskatta det här, så förankringen är god.

Budget:
Arvode båtbyggare 4 500 kr
Transport av båten på trailer 1 200
Fika och grillat 2 300
Affischer 600
= 8 600 kr

Rune Kärrman, sekreterare
070-661 20 84
"""
    h = std_headers(
        addr("Rune Kärrman", "rune.karrman@example.net"),
        OFFICER,
        enc_subject("Idéslanten - Påskallaviks Båtklubb", "iso-8859-1"),
        "Thu, 12 Mar 2026 20:03:55 +0100",
        mid("3607.paskallavik"),
    )
    add(
        3607,
        "paskallavik-slipen",
        build(h, text_part(body, cte="base64")),
        label(
            "application",
            "sv",
            "acvb",
            "Anchoring MISSING: 'Vi tror att många ... kommer att uppskatta det här, så förankringen är god' is a hope and the bare word förankring. Activity concrete without an event noun: a boat builder at the slipway on 18 April 10-15 shows clinker planking, visitors rivet, children carve bark boats; local benefit (keep boat craft alive, harbour for everyone). Budget four items = 8 600. Builder's fee is not salary; transport is not an investment. utf-8 base64 body, iso-8859-1 encoded-word subject.",
            association_name="Påskallaviks Båtklubb",
            contact_name="Rune Kärrman",
            contact_email="rune.karrman@example.net",
            contact_phone="070-661 20 84",
            members=112,
            ort="Påskallavik",
            amount_sek=8600,
        ),
    )

    # 3608 – activity ("we decide later") + anchoring missing; iso-8859-1
    body = """Hej!

Vi är Almviks Byaförening, 27 medlemmar, bildad 2015 för att hålla liv i byn vid Almviken. Vi vill söka idéslanten.

Vad det blir exakt bestämmer vi när vi ses på sommarmötet i juni, för förslagen är många och vi vill inte låsa oss för tidigt. Vi vill bara veta att pengarna finns så att vi kan sätta igång direkt efter.

Preliminär budget:
Lokal 2 000
Material 3 000
Övrigt 5 000
Summa 10 000

Vi ska fråga alla i byn vad de tycker innan vi bestämmer oss.

Hälsningar
Siv Öhrn
ordf. Almviks Byaförening
tel 0490-331 07
"""
    h = std_headers(
        addr("Siv Öhrn", "siv.ohrn@example.net"),
        OFFICER,
        "Ansokan idéslanten Almvik",
        "Fri, 13 Mar 2026 11:26:31 +0100",
        mid("3608.almvik"),
    )
    h[2] = ("Subject", enc_subject("Ansökan idéslanten Almvik", "iso-8859-1"))
    add(
        3608,
        "almvik-bestammer-sen",
        build(h, text_part(body, charset="iso-8859-1", cte="quoted-printable")),
        label(
            "application",
            "sv",
            "acb",
            "Activity MISSING (subtle: 'vad det blir bestämmer vi på sommarmötet'). Anchoring MISSING: asking the village is only planned for the future; no meeting, survey or partner yet. Budget counts (three cost items with amounts, though 'Övrigt' is weak; total 10 000). Association (name, 27 members, founded 2015, purpose) and contact (named chair from own address with phone) present. iso-8859-1 QP body.",
            association_name="Almviks Byaförening",
            contact_name="Siv Öhrn",
            contact_email="siv.ohrn@example.net",
            contact_phone="0490-331 07",
            members=27,
            ort="Almvik",
            amount_sek=10000,
        ),
    )

    # 3609 – question
    body = """Hej,

jag sitter i styrelsen för Eriksmåla Samhällsförening och har två frågor innan vi skickar in något:

1. Finns det ett sista datum för att söka i år, eller kan man skicka in när som helst?
2. Idrottsföreningen i Eriksmåla tänker också söka. Delar vi då på 15 000 kr eller kan båda få var sitt belopp?

Tack på förhand!
Håkan Wessman
"""
    h = std_headers(
        addr("Håkan Wessman", "hakan.wessman@example.com"),
        OFFICER,
        "Fråga om idéslanten",
        "Mon, 16 Mar 2026 07:58:20 +0100",
        mid("3609.eriksmala"),
    )
    add(
        3609,
        "eriksmala-fraga",
        build(h, text_part(body)),
        label(
            "question",
            "sv",
            "",
            "Question, not an application: asks about a deadline and whether two associations in the same locality share the 15 000 kr cap. The 15 000 is a rule amount, so amount_sek null. Facts the mail states are recorded; salary/investment null as no such cost is proposed.",
            association_name="Eriksmåla Samhällsförening",
            contact_name="Håkan Wessman",
            contact_email="hakan.wessman@example.com",
            ort="Eriksmåla",
        ),
    )

    # 3610 – followup to 3604, Outlook-style quote of the receipt; adds contact + budget
    body = """Hej,

Jag är kontaktperson för resan: Gunnel Ek, 070-290 13 76. Här kommer budgeten uppdelad:

Hyra av buss med chaufför, heldag: 6 200 kr
Lunch 25 pers à 110 kr: 2 750 kr
Summa: 8 950 kr

Hälsningar
Gunnel Ek
Pelarne Byalag

________________________________
Från: Idéslanten – Region Kalmar län <ideslanten@example.se>
Skickat: den 6 mars 2026 13:49
Till: pelarne.byalag@example.se
Ämne: Re: Ansökan från Pelarne Byalag [Idéslanten 2026-0031]

Tack för er ansökan om idéslanten! Vi har tagit emot den och gett den ärendenummer 2026-0031.

Vi saknar följande i er ansökan:
– Kontaktperson: namn och e-post eller telefon till en person vi kan kontakta.
– Budget: en översiktlig budget med kostnadsposter och belopp.

Svara gärna på det här mejlet med det som saknas, så kompletterar vi ärendet.

Med vänlig hälsning
Idéslanten – Region Kalmar län
"""
    h = std_headers(
        addr("Gunnel Ek", "gunnel.ek@example.se"),
        BOT,
        "Re: Ansökan från Pelarne Byalag [Idéslanten 2026-0031]",
        "Tue, 17 Mar 2026 09:14:40 +0100",
        mid("3610.pelarne.re"),
        [
            ("In-Reply-To", receipt_id("2026-0031")),
            ("References", f"{mid('3604.pelarne')} {receipt_id('2026-0031')}"),
        ],
    )
    h[2] = ("Subject", enc_subject("Re: Ansökan från Pelarne Byalag [Idéslanten 2026-0031]"))
    add(
        3610,
        "pelarne-re-budget",
        build(h, text_part(body, cte="quoted-printable")),
        label(
            "followup",
            "sv",
            "cb",
            "Followup to 3604 (In-Reply-To the receipt, References the application). New text supplies exactly what was missing: a named contact with phone writing from her own address, and a budget with two cost items (bus 6 200, lunch 2 750, sum 8 950 -> amount_sek). The quoted receipt (Outlook header block) lists missing elements and must not make anything true. Signing 'Pelarne Byalag' alone is not association details.",
            association_name="Pelarne Byalag",
            contact_name="Gunnel Ek",
            contact_email="gunnel.ek@example.se",
            contact_phone="070-290 13 76",
            ort="Pelarne",
            amount_sek=8950,
        ),
    )

    # 3611 – complete, HTML-only
    html = """<html><head><meta charset="utf-8"></head><body style="font-family:Calibri,sans-serif">
<p>Till landsbygdsutvecklaren</p>
<p><b>Tuna Hembygdsgille</b> (org.nr 802603-3186) ansöker om idéslanten 2026. Gillet har 93 medlemmar och förvaltar sockenstugan vid Tuna kyrka.</p>
<p><b>Det här vill vi göra</b><br>
Fem måndagskvällar i april och maj öppnar vi sockenstugan. De som är födda före 1950 och vuxit upp i Tuna sitter vid kaffebordet och berättar om hur det var att gå i Tuna skola, att mjölka för hand och att ta sig till Vimmerby utan bil. Niondeklassare som har släkt i socknen ställer frågorna och spelar in på sina telefoner. En svensklärare som bor i byn hjälper eleverna att skriva ut berättelserna, och i slutet av juni ger vi ut ett tryckt häfte som delas ut till alla hushåll och lämnas till biblioteket. Unga och gamla lär känna varandra och byns minne stannar i byn.</p>
<p><b>Förankring</b><br>
Idén kom från gillets medlemsmöte i januari. Tuna IF lånar ut bord och stolar, och 40 bybor har redan skrivit upp sig som berättare eller lyssnare. Både kvinnor och män i alla åldrar är välkomna.</p>
<table border="1" cellpadding="4">
<tr><th>Kostnad</th><th>Kr</th></tr>
<tr><td>Hyra sockenstugan 5 &times; 400</td><td>2 000</td></tr>
<tr><td>Arvode samtalsledare, 5 kvällar</td><td>3 000</td></tr>
<tr><td>Tryck av häfte, 200 ex</td><td>4 200</td></tr>
<tr><td>Kaffe och bröd</td><td>1 500</td></tr>
<tr><td><b>Summa</b></td><td><b>10 700</b></td></tr>
</table>
<p>Kontakt: Anna-Lena Qvarfordt, 0492-300 71, <a href="mailto:annalena.q@example.com">annalena.q@example.com</a></p>
<p>Hälsningar<br>Anna-Lena Qvarfordt<br>sekreterare</p>
</body></html>
"""
    h = std_headers(
        addr("Anna-Lena Qvarfordt", "annalena.q@example.com"),
        OFFICER,
        "Tuna Hembygdsgille söker idéslanten",
        "Wed, 18 Mar 2026 15:40:12 +0100",
        mid("3611.tuna"),
    )
    add(
        3611,
        "tuna-berattelser",
        build(h, text_part(html, "html", cte="quoted-printable")),
        label(
            "application",
            "sv",
            "acvfb",
            "Complete, HTML-only with an HTML table budget. Activity told through people: those born before 1950 tell stories at the coffee table on five Monday evenings, pupils ask and record, a booklet goes to every household – concrete with local benefit. Anchoring: member meeting, Tuna IF lends furniture, 40 residents signed up. Budget four items, sum 10 700 (no separate applied amount -> total). Moderator fee is not salary, printing not an investment. 'Både kvinnor och män' -> true.",
            association_name="Tuna Hembygdsgille",
            org_number="802603-3186",
            contact_name="Anna-Lena Qvarfordt",
            contact_email="annalena.q@example.com",
            contact_phone="0492-300 71",
            members=93,
            ort="Tuna",
            amount_sek=10700,
            women_and_men=True,
        ),
    )


def batch4() -> None:
    # 3612 – association missing: unnamed gang of teenagers, mobile
    body = """hej!
vi e ett gäng unga i misterhult (typ 15-20 st mellan 13 och 19) som vill ha nånstans att vara på fredagarna. varje fredag i april o maj kl 19-23 låser vi upp gamla brandstationen (vi har fått lov av kommunen), ställer fram pingisbordet o kör film på väggen med en hyrd projektor. två vuxna från byn e alltid med. tjejer o killar e lika välkomna. då behöver ingen åka in till oskarshamn o hänga vid macken

vi har pratat m föräldrarna o 18 st har skrivit på en lista att dom kan ta ett pass var som vuxen på plats

kostnader:
hyra brandstationen 8 fredagar x 300 = 2400
hyra projektor 1500
chips dricka osv 1000
tot 4900

/elvira nyqvist 17 år
073 550 18 62

Skickat från min iPhone
"""
    h = std_headers(
        addr("Elvira Nyqvist", "elvira.nyqvist@example.com"),
        OFFICER,
        "ansökan",
        "Fri, 20 Mar 2026 16:21:03 +0100",
        mid("3612.misterhult"),
    )
    add(
        3612,
        "misterhult-fredagar",
        build(h, text_part(body)),
        label(
            "application",
            "sv",
            "cvfb",
            "Association MISSING: 'ett gäng unga i misterhult' is an unnamed group. Activity concrete in teen words (every Friday in April-May 19-23 unlock the old fire station, table tennis, film on the wall, two adults present; benefit: somewhere to be instead of the petrol station in town). Anchoring: 18 parents signed up to take a shift (volunteers). Budget three items, total 4 900. Contact: named signer from own address with phone. 'tjejer o killar' -> women_and_men true. Projector is rented, not bought. Members not stated (15-20 participants are not members) -> null.",
            contact_name="Elvira Nyqvist",
            contact_email="elvira.nyqvist@example.com",
            contact_phone="073 550 18 62",
            ort="Misterhult",
            amount_sek=4900,
            women_and_men=True,
        ),
    )

    # 3613 – activity missing (only last year's event) + budget missing
    body = """Hej!

Oknö Stugägareförening har 142 medlemmar, både fastboende och sommarboende på Oknö, och har funnits sedan 1971.

Förra sommaren, en kväll i augusti, samlades vi på udden vid gamla färjeläget. Drygt 80 personer kom, barnen fiskade krabbor från bryggan, någon tog med dragspelet och vi satt kvar tills det blev mörkt. Många sa efteråt att det var första gången de pratat med grannarna på andra sidan ön.

I år vill vi bygga vidare på den känslan och fortsätta stärka gemenskapen på Oknö.

Styrelsen står bakom ansökan, och Oknö båtklubb har lovat att ställa upp med folk och båtar när det behövs.

Budget skickar vi när vi vet hur det blir.

Mvh
Göran Lindqvist
ordförande
0499-230 66
"""
    h = std_headers(
        addr("Göran Lindqvist", "goran.lindqvist@example.se"),
        OFFICER,
        enc_subject("Ansökan – Oknö Stugägareförening"),
        "Mon, 23 Mar 2026 18:55:47 +0100",
        mid("3613.okno"),
    )
    add(
        3613,
        "okno-forra-sommaren",
        build(h, text_part(body, cte="quoted-printable")),
        label(
            "application",
            "sv",
            "acf",
            "Activity MISSING (subtle: only last year's evening on the point is described, vividly; for 2026 only 'bygga vidare på den känslan' – no what/when/how). Budget MISSING ('skickar vi när vi vet'). Anchoring counts: Oknö båtklubb has promised people and boats (cooperation with another local group) besides the board. 80 attendees last year are not members; members 142. Association and contact (chair from own address + phone) present.",
            association_name="Oknö Stugägareförening",
            contact_name="Göran Lindqvist",
            contact_email="goran.lindqvist@example.se",
            contact_phone="0499-230 66",
            members=142,
            ort="Oknö",
        ),
    )

    # 3614 – autoreply with automation headers, answering the officer's reply about 3601
    body = """Tack för ditt mejl.

Jag är bortrest och läser inte e-post förrän måndag 30 mars. Brådskande frågor om bygdeföreningen går till vice ordförande Sture Alm, 070-118 92 30.

Maj-Britt Ekstrand
"""
    h = std_headers(
        addr("Maj-Britt Ekstrand", "majbritt.ekstrand@example.com"),
        OFFICER,
        enc_subject("Automatiskt svar: Re: Ansökan idéslanten – Grönskåra bygdeförening"),
        "Tue, 24 Mar 2026 10:02:15 +0100",
        mid("3614.autosvar"),
        [
            ("In-Reply-To", "<handlaggare-3601@landsbygd.example.se>"),
            ("References", f"{mid('3601.gronskara')} <handlaggare-3601@landsbygd.example.se>"),
            ("Auto-Submitted", "auto-replied"),
            ("X-Autoreply", "yes"),
        ],
    )
    add(
        3614,
        "gronskara-autosvar",
        build(h, text_part(body)),
        label(
            "autoreply",
            "sv",
            "",
            "Out-of-office reply to the officer's reply about 3601, with Auto-Submitted and X-Autoreply headers and References to the application; it is not a followup and must not be answered. All elements false, all facts null.",
        ),
    )

    # 3615 – complete, older writer, windows-1252 QP
    body = """Till Regionen, landsbygdsutvecklaren.

Ansökan om bidrag ur Idéslanten.

Kvilla Sockenråd är en ideel förening, org nr 802439-9571, med 64 medlemmar som bor i Kvilla socken söder om Torsås. Sockenrådet har funnits sedan 1978 och ordnar bl.a valborgsbrasan och sköter anslagstavlorna.

Många av oss har gamla ladugårdar med stora tak mot söder. Vi har länge funderat på om man kan sätta solceller på dem och sälja el, men ingen vet hur man gör eller vad det kostar. Därför vill vi att en rådgivare från kommunens energi- och klimatrådgivning och en pensionerad elektriker från Bergkvara kommer till Kvilla skolas matsal en tisdagskväll i april, maj och juni. Första gången går de igenom vad som gäller och vad det kostar, andra gången tar vi med foton och mått på våra egna tak och får råd, tredje gången ser vi om flera gårdar kan gå ihop och handla tillsammans. Målet är att el och pengar ska stanna i socknen.

Vi gjorde en enkät i januari till alla hushåll, 22 av 35 svarade och 19 ville vara med. LRF-avdelningen i Torsås är med och bjuder in sina medlemmar.

Kostnader
Arvode elektriker 3 ggr à 1 500 kr = 4 500 kr
Hyra matsal 3 ggr à 350 kr = 1 050 kr
Kaffe och smörgås = 1 800 kr
Annons i lokaltidningen = 850 kr
Summa 8 200 kr
(Energirådgivaren kostar inget.)

Kvällarna är för alla i socknen, både kvinnor och män.

Med vänlig hälsning
Bertil Sandh
Ordf. Kvilla Sockenråd
Tel. 0486-410 52 , mobil 070-544 71 09
"""
    h = std_headers(
        addr("Bertil Sandh", "bertil.sandh@example.se"),
        OFFICER,
        "Ansokan Kvilla Sockenrad",
        "Wed, 25 Mar 2026 09:31:18 +0100",
        mid("3615.kvilla"),
    )
    add(
        3615,
        "kvilla-ladugardstak",
        build(h, text_part(body, charset="windows-1252", cte="quoted-printable")),
        label(
            "application",
            "sv",
            "acvfb",
            "Complete. Activity in plain words: an energy adviser and a retired electrician come to the school dining room one Tuesday evening in April, May and June; each evening's content described; goal that electricity and money stay in the parish. The solar panels themselves are NOT in the budget – the grant pays only advice evenings, so physical_investment false. Anchoring: household survey (22 of 35 answered, 19 want to join), LRF branch invites. Budget four items = 8 200. Two phones, first recorded. 'både kvinnor och män' -> true. windows-1252 QP, ASCII-only subject.",
            association_name="Kvilla Sockenråd",
            org_number="802439-9571",
            contact_name="Bertil Sandh",
            contact_email="bertil.sandh@example.se",
            contact_phone="0486-410 52",
            members=64,
            ort="Kvilla",
            amount_sek=8200,
            women_and_men=True,
        ),
    )


def batch5() -> None:
    # 3616 – contact + anchoring missing; shared mailbox; multipart/alternative
    body = """Hej!

Ljungbyholms Föreningsråd samlar föreningslivet i Ljungbyholm – idrott, scouter, pensionärer, hembygd och kyrka – och har 16 medlemsföreningar. Vi söker idéslanten för 2026.

Lördagen den 9 maj mellan 11 och 15 flyttar föreningslivet ut på torget: varje förening som vill får ett bord och visar vad den håller på med, barnen går en tipspromenad mellan borden där varje fråga handlar om Ljungbyholm, och det bjuds på pinnbröd och kaffe. Den som flyttat hit ska kunna gå därifrån med ett medlemskap eller ett uppdrag. Vi vill att fler hittar in i föreningarna innan ledarna tar slut.

Alla vi har pratat med tycker det är en jättebra idé.

Budget
Hyra av tält och bord 3 800
Hyra ljudanläggning 1 500
Priser till tipspromenaden 1 200
Trycksaker och annonsering 1 600
Summa 8 100 kr

Hälsningar
Ljungbyholms Föreningsråd
"""
    html = (
        "<html><body>"
        + "".join(f"<p>{_x(p).replace(chr(10), '<br>')}</p>" for p in body.strip().split("\n\n"))
        + "</body></html>\n"
    )
    h = std_headers(
        addr("Ljungbyholms Föreningsråd", "info@ljungbyholm-foreningsrad.example.se"),
        OFFICER,
        enc_subject("Ansökan idéslanten – torget 9 maj"),
        "Thu, 26 Mar 2026 12:07:33 +0100",
        mid("3616.ljungbyholm"),
    )
    add(
        3616,
        "ljungbyholm-torget",
        build(
            h,
            multipart(
                "alternative",
                "b3616_alt_own27",
                [text_part(body, cte="quoted-printable"), text_part(html, "html", cte="base64")],
            ),
        ),
        label(
            "application",
            "sv",
            "avb",
            "Contact MISSING: shared info@ mailbox signed only with the association name. Anchoring MISSING: 'Alla vi har pratat med tycker det är en jättebra idé' is an empty claim (no meeting, no named partner, no volunteers). Activity concrete without the word 'föreningsdag/mässa': on 9 May 11-15 the associations move out onto the square with a table each, quiz walk about Ljungbyholm, newcomers leave with a membership or a task. Budget four items = 8 100. '16 medlemsföreningar' -> members 16 (member associations). Renting tent and PA is not an investment.",
            association_name="Ljungbyholms Föreningsråd",
            members=16,
            ort="Ljungbyholm",
            amount_sek=8100,
        ),
    )

    # 3617 – followup to 3607: supplies anchoring; Gmail-style quote of the receipt
    body = """Hej igen!

Ni frågade om förankringen. Vi tog upp saken på båtklubbens medlemsmöte den 20 mars, 34 medlemmar var där och alla röstade ja. Påskallaviks hembygdsförening lånar ut bänkar och bord och står för fikat ihop med oss, och Påskallaviks IF har lovat att sköta parkeringen.

Hälsn Rune Kärrman
070-661 20 84

Den fre 13 mars 2026 kl 08:02 skrev Idéslanten – Region Kalmar län <ideslanten@example.se>:
> Hej och tack för ansökan! Den är registrerad med ärendenummer 2026-0036.
>
> Det här behöver vi få in innan ansökan kan behandlas:
> - Förankring: hur aktiviteten är förankrad i byn, t.ex. ett bymöte som
>   ställt sig bakom, en enkät eller samarbete med andra föreningar.
>
> Svara på det här mejlet så hamnar kompletteringen i rätt ärende.
>
> Idéslanten – Region Kalmar län
"""
    h = std_headers(
        addr("Rune Kärrman", "rune.karrman@example.net"),
        BOT,
        "Re: Idéslanten - Påskallaviks Båtklubb [Idéslanten 2026-0036]",
        "Fri, 27 Mar 2026 19:12:26 +0100",
        mid("3617.paskallavik.re"),
        [
            ("In-Reply-To", receipt_id("2026-0036")),
            ("References", f"{mid('3607.paskallavik')} {receipt_id('2026-0036')}"),
        ],
    )
    h[2] = ("Subject", enc_subject("Re: Idéslanten - Påskallaviks Båtklubb [Idéslanten 2026-0036]"))
    add(
        3617,
        "paskallavik-re-forankring",
        build(h, text_part(body)),
        label(
            "followup",
            "sv",
            "cf",
            "Followup to 3607 supplying the missing anchoring: member meeting 20 March (34 present, all yes), hembygdsförening lends benches and co-hosts, IF handles parking. Contact true: named signer from his own address with phone. The quoted receipt below is Gmail-style '>' quoting and adds nothing. 34 present at a meeting is attendance, not members -> members null.",
            association_name="Påskallaviks Båtklubb",
            contact_name="Rune Kärrman",
            contact_email="rune.karrman@example.net",
            contact_phone="070-661 20 84",
            ort="Påskallavik",
        ),
    )

    # 3618 – budget missing: photo of the budget (png) only
    body = """Hej!

Vickleby Byalag (ca 70 medlemmar, org.nr 802574-4023) söker idéslanten för våren.

Varje torsdag i maj står köket i Vickleby bygdegård öppet från kl 17. De som har odlat, fiskat, jagat och bakat här i generationer lagar mat tillsammans med dem som flyttat hit de senaste åren – en kväll strömming, en kväll lamm från alvaret, en kväll kroppkakor, en kväll det som trädgårdarna ger just då. Recepten och historierna bakom skrivs ner och blir ett litet häfte som byalaget säljer vid midsommar. Nya och gamla vicklebybor lär känna varandra över grytorna.

Byalagets årsmöte den 22 februari ställde sig bakom, och kyrkans syförening och jaktlaget bidrar med råvaror och folk i köket.

Budget: se bifogad bild (jag fotade av vår budget). Vi söker 11 500 kr.

Sanna Bergfalk
070-392 64 15
"""
    h = std_headers(
        addr("Sanna Bergfalk", "sanna.bergfalk@example.org"),
        OFFICER,
        enc_subject("Ansökan idéslanten – Vickleby Byalag"),
        "Mon, 30 Mar 2026 22:41:05 +0200",
        mid("3618.vickleby"),
    )
    add(
        3618,
        "vickleby-koket",
        build(
            h,
            multipart(
                "mixed",
                "Apple-Mail=_own27-3618",
                [
                    text_part(body, cte="quoted-printable"),
                    attach_part(png(), "image/png", "budget.png"),
                ],
            ),
        ),
        label(
            "application",
            "sv",
            "acvf",
            "Budget MISSING: the budget is only a photo (PNG) – unreadable, so 'se bifogad bild' gives nothing; the single figure 11 500 is the amount applied for. Activity concrete through what people do: every Thursday in May the bygdegård kitchen is open, old and new residents cook named dishes together, recipes become a booklet. Anchoring: annual meeting 22 Feb, sewing circle and hunting team contribute. 'ca 70 medlemmar' -> 70. Contact: named signer from own address with phone.",
            association_name="Vickleby Byalag",
            org_number="802574-4023",
            contact_name="Sanna Bergfalk",
            contact_email="sanna.bergfalk@example.org",
            contact_phone="070-392 64 15",
            members=70,
            ort="Vickleby",
            amount_sek=11500,
        ),
    )

    # 3619 – activity missing (only a need) + budget missing (bare total)
    body = """Hej,

Jag skriver för Örsjö Byförening, 45 medlemmar, org.nr 802512-6890.

Sedan bussen slutade gå på helgerna kommer de äldre i Örsjö inte längre in till Nybro. Många bor ensamma i stora hus efter att partnern gått bort och ser inte en människa på flera dagar. Det är ensamt, och det märks. Något behöver göras.

I höstas delade vi ut en enkät till alla 70 hushåll i byn; 52 svarade och nästan alla satte ensamheten bland de äldre som byns största problem.

Vi räknar med att det kostar ungefär 10 000 kr.

Vänliga hälsningar
Karin Lööf
sekreterare, Örsjö Byförening
076-201 33 48
"""
    h = std_headers(
        addr("Karin Lööf", "karin.loof@example.se"),
        OFFICER,
        enc_subject("Ensamheten i Örsjö – ansökan"),
        "Wed, 01 Apr 2026 08:44:59 +0200",
        mid("3619.orsjo"),
    )
    add(
        3619,
        "orsjo-ensamheten",
        build(h, text_part(body, cte="base64")),
        label(
            "application",
            "sv",
            "acf",
            "Activity MISSING (subtle: only a need – loneliness among the elderly since the weekend bus stopped; 'Något behöver göras' but nothing says what). Budget MISSING: only 'ungefär 10 000 kr' (rough single figure -> amount_sek 10000). Anchoring counts: survey to all 70 households with 52 answers. Association (name, 45 members, org.nr) and contact (named secretary from own address + phone) present. utf-8 base64.",
            association_name="Örsjö Byförening",
            org_number="802512-6890",
            contact_name="Karin Lööf",
            contact_email="karin.loof@example.se",
            contact_phone="076-201 33 48",
            members=45,
            ort="Örsjö",
            amount_sek=10000,
        ),
    )

    # 3620 – question proposing an equipment purchase
    body = """Hej!

Vi i Gullringens Byalag funderar på att söka. Får man köpa en begagnad projektor och en duk för pengarna så att vi kan visa film i bygdegården, eller räknas det som investering? Och vad gäller om vi hyr i stället?

Mvh P-O Hägg
"""
    h = std_headers(
        addr("Per-Olof Hägg", "po.hagg@example.net"),
        OFFICER,
        "Projektor?",
        "Thu, 02 Apr 2026 20:16:40 +0200",
        mid("3620.gullringen"),
    )
    add(
        3620,
        "gullringen-projektor",
        build(h, text_part(body, charset="iso-8859-1")),
        label(
            "question",
            "sv",
            "",
            "Question, not an application: asks whether buying a second-hand projector and screen is allowed. The question itself proposes buying equipment, so physical_investment true; salary_costs null. No amount. iso-8859-1 8bit body.",
            association_name="Gullringens Byalag",
            contact_name="Per-Olof Hägg",
            contact_email="po.hagg@example.net",
            ort="Gullringen",
            physical_investment=True,
        ),
    )


def batch6() -> None:
    # 3621 – complete; budget in PDF
    body = """Hej!

Flygsfors Byalag söker idéslanten 2026. Vi är 33 medlemmar (org.nr 802466-0311) och bildades 2008 för att ta hand om det som finns kvar av glasbruksmiljön i Flygsfors.

Söndagen den 26 april kl 13 sitter vi i den gamla hyttan – ägaren har sagt ja. En glashistoriker från Linnéuniversitetet berättar om bruket och människorna som blåste glas här fram till nedläggningen 1979, och sedan går hon runt med oss bland grunderna och skärvhögarna. Sju av dem som själva jobbade på bruket står vid var sin plats och fyller i med egna minnen. Vi spelar in alltihop med egna telefoner och lägger ut det på byalagets hemsida. Det ger byn en berättelse att vara stolt över och något att visa dem som kommer hit.

Förankring: byalagets vårmöte den 10 mars sa ja, hyttans ägare upplåter lokalen, och Nybro glasbruksvänner hjälper till med bilder och med att hitta de gamla glasblåsarna.

Budgeten bifogas som pdf.

Johanna Ekwall, ordförande
0481-220 97
"""
    pd = pdf(
        [
            "Budget - Flygsfors Byalag, idéslanten 2026",
            "",
            "Arvode glashistoriker            4 000 kr",
            "Reseersättning                   800 kr",
            "Fika, ca 80 personer             1 600 kr",
            "Affischer och annons             900 kr",
            "Hyra av ljudanläggning           700 kr",
            "Summa                            8 000 kr",
            "",
            "Sökt belopp: 8 000 kr",
        ]
    )
    h = std_headers(
        addr("Johanna Ekwall", "johanna.ekwall@example.com"),
        OFFICER,
        "Flygsfors Byalag – ansökan",
        "Mon, 06 Apr 2026 14:20:51 +0200",
        mid("3621.flygsfors"),
    )
    h[2] = ("Subject", enc_subject("Flygsfors Byalag – ansökan"))
    add(
        3621,
        "flygsfors-hyttan",
        build(
            h,
            multipart(
                "mixed",
                "=_own27_3621",
                [text_part(body), attach_part(pd, "application/pdf", "budget_flygsfors.pdf")],
            ),
        ),
        label(
            "application",
            "sv",
            "acvfb",
            "Complete; budget only in a readable PDF (Helvetica text, five items, total 8 000 = applied). Activity told as a Sunday in the old glassworks: a historian talks, then walks the ruins, seven former glassblowers fill in, recorded for the village website – concrete with local benefit. Anchoring: spring meeting 10 March, owner lends the building, glassworks friends help. Contact: chair signs from own address with phone. Historian's fee not salary; renting a PA not an investment.",
            association_name="Flygsfors Byalag",
            org_number="802466-0311",
            contact_name="Johanna Ekwall",
            contact_email="johanna.ekwall@example.com",
            contact_phone="0481-220 97",
            members=33,
            ort="Flygsfors",
            amount_sek=8000,
        ),
    )

    # 3622 – activity missing: list of ideas with "kanske"
    body = """Hej!

Hjorteds Byalag bildades 2019 och har 19 medlemmar. Vi vill söka idéslanten i år.

På byalagets vårmöte den 5 april (14 personer var där) fick alla skriva upp idéer på lappar, och mötet gav styrelsen i uppdrag att söka pengar. Det här kom upp:
- kanske en loppis vid gamla affären
- kanske bjuda in någon som kan prata om fiber och mobiltäckning
- kanske en gemensam dagstur med buss någonstans
- kanske något för barnen på sommarlovet
Vi får se vad som blir av det, förmodligen en eller två saker.

Ungefärlig budget:
Loppis (annonser) 500
Föredragshållare 3 000
Buss 5 000
Barnaktivitet 1 500
= 10 000 kr

Hälsningar
Mikael Strand, kassör
Hjorteds Byalag
mikael.strand@example.org | 070-812 40 06
"""
    html = (
        "<html><body>"
        + "".join(f"<p>{_x(p).replace(chr(10), '<br>')}</p>" for p in body.strip().split("\n\n"))
        + "</body></html>\n"
    )
    h = std_headers(
        addr("Mikael Strand", "mikael.strand@example.org"),
        OFFICER,
        enc_subject("Ansökan idéslanten Hjorted"),
        "Tue, 07 Apr 2026 21:09:14 +0200",
        mid("3622.hjorted"),
    )
    add(
        3622,
        "hjorted-kanske",
        build(
            h,
            multipart(
                "alternative",
                "000000000000own273622",
                [
                    text_part(body, cte="quoted-printable"),
                    text_part(html, "html", cte="quoted-printable"),
                ],
            ),
        ),
        label(
            "application",
            "sv",
            "acfb",
            "Activity MISSING (subtle: a list of ideas each starting with 'kanske' and 'vi får se vad som blir av det' – nothing decided, no when/how). The budget mirrors the idea list with amounts, so budget counts (four items, 10 000), but items do not make an activity. Anchoring counts: the spring meeting (14 present) collected ideas and commissioned the board to apply. Association (name, founded 2019, 19 members) and contact (treasurer with own address and phone) present.",
            association_name="Hjorteds Byalag",
            contact_name="Mikael Strand",
            contact_email="mikael.strand@example.org",
            contact_phone="070-812 40 06",
            members=19,
            ort="Hjorted",
            amount_sek=10000,
        ),
    )

    # 3623 – followup to 3613 that supplies nothing useful; Thunderbird-style quote
    body = """Tack för snabbt svar!

Vi har styrelsemöte i slutet av april och återkommer då med vad vi ska göra och vad det kostar.

/Göran Lindqvist

Den 2026-03-23 kl. 18:56, skrev Idéslanten – Region Kalmar län:
> Tack för er ansökan om idéslanten! Vi har tagit emot den och gett den
> ärendenummer 2026-0044.
>
> Vi saknar följande i er ansökan:
> – Aktivitet: vad ni ska göra, när och hur, och hur det bidrar till
>   utvecklingen i er ort.
> – Budget: kostnadsposter med belopp.
>
> Svara gärna på det här mejlet med kompletteringarna.
"""
    h = std_headers(
        addr("Göran Lindqvist", "goran.lindqvist@example.se"),
        BOT,
        enc_subject("Re: Ansökan – Oknö Stugägareförening [Idéslanten 2026-0044]"),
        "Wed, 08 Apr 2026 07:33:02 +0200",
        mid("3623.okno.re"),
        [
            ("In-Reply-To", receipt_id("2026-0044")),
            ("References", f"{mid('3613.okno')} {receipt_id('2026-0044')}"),
            ("User-Agent", "Mozilla Thunderbird"),
        ],
    )
    add(
        3623,
        "okno-re-aterkommer",
        build(h, text_part(body, cte="quoted-printable")),
        label(
            "followup",
            "sv",
            "c",
            "Followup to 3613 that supplies nothing useful: they will come back after a board meeting. Only contact is true (named signer writing from his own address). The quoted receipt lists activity and budget as missing and must not make them true. No new facts except the contact and ort.",
            contact_name="Göran Lindqvist",
            contact_email="goran.lindqvist@example.se",
            ort="Oknö",
        ),
    )

    # 3624 – budget ("kommer senare") + anchoring (hope) missing; base64
    body = """Hej!

Jag skriver för Hagby Hembygdsförening (org.nr 802533-7901, ett hundratal medlemmar).

Fyra tisdagar – 5 och 19 maj, 2 och 16 juni – öppnar vi dörrarna till gamla mejeriet i Hagby mellan 18 och 21. Vid ett bord sitter den som kan laga en cykel, vid nästa den som kan sy i en dragkedja, vid ett tredje den som förstår sig på brödrostar och gräsklippare. Den som har något trasigt sätter sig bredvid och lagar det själv, med hjälp. Kaffet står på. Mindre blir slängt, och grannar som aldrig har pratat med varandra får en anledning att ses.

Vi hoppas att många kommer.

Budget kommer senare, vi har inte räknat klart.

Tove Sjögren
073-466 02 19
"""
    h = std_headers(
        addr("Tove Sjögren", "tove.sjogren@example.net"),
        OFFICER,
        "Idéslanten Hagby",
        "Fri, 10 Apr 2026 12:48:36 +0200",
        mid("3624.hagby"),
    )
    h[2] = ("Subject", enc_subject("Idéslanten Hagby"))
    add(
        3624,
        "hagby-mejeriet",
        build(h, text_part(body, cte="base64")),
        label(
            "application",
            "sv",
            "acv",
            "Activity concrete without naming a 'reparationscafé': four dated Tuesdays in the old dairy 18-21, tables with people who can fix bikes, zips, toasters; visitors repair their own things with help; benefit: less waste, neighbours meet. Anchoring MISSING: only 'Vi hoppas att många kommer'. Budget MISSING: 'kommer senare'. 'ett hundratal medlemmar' -> 100. No amount stated -> null. Contact: named signer from own address with phone. utf-8 base64.",
            association_name="Hagby Hembygdsförening",
            org_number="802533-7901",
            contact_name="Tove Sjögren",
            contact_email="tove.sjogren@example.net",
            contact_phone="073-466 02 19",
            members=100,
            ort="Hagby",
        ),
    )


def batch7() -> None:
    # 3625 – bounce of the officer's reply to 3622 (mistyped address)
    notice = """This is the mail system at host mx1.example.net.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

                   The mail system

<mikael.stand@example.org>: host mx.example.org[192.0.2.25] said: 550 5.1.1
    <mikael.stand@example.org>: Recipient address rejected: User unknown in
    virtual mailbox table (in reply to RCPT TO command)
"""
    status = """Content-Type: message/delivery-status
Content-Description: Delivery report

Reporting-MTA: dns; mx1.example.net
X-Postfix-Queue-ID: 4F2A81C03B
Arrival-Date: Mon, 13 Apr 2026 09:21:40 +0200 (CEST)

Final-Recipient: rfc822; mikael.stand@example.org
Original-Recipient: rfc822;mikael.stand@example.org
Action: failed
Status: 5.1.1
Remote-MTA: dns; mx.example.org
Diagnostic-Code: smtp; 550 5.1.1 <mikael.stand@example.org>: Recipient address
    rejected: User unknown in virtual mailbox table
"""
    orig = f"""Content-Type: text/rfc822-headers
Content-Description: Undelivered Message Headers

From: {OFFICER}
To: mikael.stand@example.org
Subject: SV: Ansokan ideslanten Hjorted
Date: Mon, 13 Apr 2026 09:21:38 +0200
Message-ID: <handlaggare-3622@landsbygd.example.se>
In-Reply-To: {mid("3622.hjorted")}
References: {mid("3622.hjorted")}
"""
    h = std_headers(
        addr("Mail Delivery System", "MAILER-DAEMON@mx1.example.net"),
        OFFICER,
        "Undelivered Mail Returned to Sender",
        "Mon, 13 Apr 2026 09:21:41 +0200",
        mid("3625.bounce"),
        [("Auto-Submitted", "auto-replied")],
    )
    add(
        3625,
        "bounce-hjorted",
        build(
            h,
            multipart(
                "report",
                "4F2A81C03B.1776064901/mx1.example.net",
                [text_part(notice, charset="us-ascii", cte="7bit"), status, orig],
                extra="; report-type=delivery-status",
            ),
        ),
        label(
            "bounce",
            "en",
            "",
            "Bounce (multipart/report, delivery-status) of the officer's reply to 3622 sent to a mistyped address; the returned headers reference the Hjorted application, but it is a bounce, never a followup. All elements false and all facts null.",
        ),
    )

    # 3626 – complete; budget as CSV attachment
    body = """Hej,

Rumskulla Hembygdsförening, org.nr 802495-1264, 74 medlemmar. Vi söker pengar ur idéslanten för att få den gamla kyrkstigen mellan Rumskulla kyrka och Kvilleken gångbar igen.

Två helger i maj (9–10 och 23–24 maj) går vi ut med grepar, sekatörer och fika till den igenvuxna stigen. Med en inhyrd röjsåg och en inhyrd flishugg tar vi bort sly och nedfallna träd och lägger upp riset åt markägarna. En skogsbrukare från socknen leder arbetet ideellt och ser till att det görs säkert. När vi är klara ska man kunna gå från kyrkan till eken på en knapp timme, och stigen blir något både vi själva och besökarna kan använda.

Med i arbetet är Rumskulla skytteförening och kyrkorådet, och 21 personer har skrivit upp sig på arbetslistan. Markägarna har gett sitt tillstånd.

Budget i bifogad csv-fil.

Olof Granlund
0495-320 48
"""
    csv = "Post;Belopp (kr)\nHyra röjsåg 2 helger;2 400\nHyra flishugg 1 dag;3 500\nBränsle och kedjeolja;600\nFika och lunch 2 helger;3 200\nFörsäkring för arbetsdagarna;900\nSumma;10 600\n"
    h = std_headers(
        addr("Olof Granlund", "olof.granlund@example.se"),
        OFFICER,
        "Kyrkstigen Rumskulla - idéslanten",
        "Tue, 14 Apr 2026 19:05:27 +0200",
        mid("3626.rumskulla"),
    )
    h[2] = ("Subject", enc_subject("Kyrkstigen Rumskulla - idéslanten", "iso-8859-1"))
    add(
        3626,
        "rumskulla-kyrkstigen",
        build(
            h,
            multipart(
                "mixed",
                "------------own27rumskulla3626",
                [
                    text_part(body),
                    attach_part(
                        csv.encode("utf-8"), "text/csv; charset=utf-8", "budget_rumskulla.csv"
                    ),
                ],
            ),
        ),
        label(
            "application",
            "sv",
            "acvfb",
            "Complete; budget in a CSV attachment (five items, total 10 600). Activity concrete: two May weekends clearing the overgrown church path to Kvilleken with rented brush saw and chipper, led by a local forester unpaid – a work party without the word. Renting machines, fuel and insurance are not investments; nobody is paid. Anchoring: shooting club and church council join, 21 names on the work list, landowners' permission. Signer from own address with phone.",
            association_name="Rumskulla Hembygdsförening",
            org_number="802495-1264",
            contact_name="Olof Granlund",
            contact_email="olof.granlund@example.se",
            contact_phone="0495-320 48",
            members=74,
            ort="Rumskulla",
            amount_sek=10600,
        ),
    )

    # 3627 – activity missing (purpose + target group) + contact missing (Styrelsen, shared box)
    body = """Hej!

Grönhögens Hamnförening (grundad 1988, ca 55 medlemmar) ansöker härmed om idéslanten 2026.

Vi vill skapa fler mötesplatser för barnfamiljer på södra Öland och stärka gemenskapen mellan fastboende och fritidsboende. Målgruppen är i första hand familjer med barn under tolv år som bor i Grönhögen med omnejd året runt, men även sommargästerna ska känna sig välkomna.

Årsmötet den 7 mars gav styrelsen i uppdrag att söka, och Ås hembygdsförening har lovat att hjälpa till.

Budget
Hyra hamnmagasinet 2 500
Arvode 4 000
Annonsering 800
Förtäring 1 700
Summa 9 000

Hälsningar
Styrelsen, Grönhögens Hamnförening
"""
    h = std_headers(
        addr("Grönhögens Hamnförening", "hamnforeningen.gronhogen@example.org"),
        OFFICER,
        enc_subject("Ansökan idéslanten 2026 – Grönhögen"),
        "Wed, 15 Apr 2026 10:10:10 +0200",
        mid("3627.gronhogen"),
    )
    add(
        3627,
        "gronhogen-barnfamiljer",
        build(h, text_part(body, charset="windows-1252", cte="quoted-printable")),
        label(
            "application",
            "sv",
            "afb",
            "Activity MISSING (subtle: purpose 'fler mötesplatser för barnfamiljer' plus a carefully defined target group, but nothing about what will be done, when or how). Contact MISSING: shared mailbox signed 'Styrelsen'. Anchoring counts: annual meeting commissioned the application and Ås hembygdsförening will help. Budget four items = 9 000. 'ca 55 medlemmar' -> 55. windows-1252 QP.",
            association_name="Grönhögens Hamnförening",
            members=55,
            ort="Grönhögen",
            amount_sek=9000,
        ),
    )

    # 3628 – followup to 3619: supplies activity + budget; Apple-Mail style quote
    body = """Hej!

Nu har vi bestämt oss på styrelsemötet. Fyra torsdagar – 7 och 21 maj, 4 och 18 juni – hämtar två av oss upp de som vill i Örsjö och gårdarna runt omkring i en hyrd minibuss kl 11 och kör till bygdegården, där vi äter lunch tillsammans, pratar och spelar kort. Kl 14 kör vi hem alla igen. Första gången kommer en från kommunens seniorverksamhet och berättar vad som finns att få hjälp med. Ingen ska behöva sitta ensam en hel vecka.

Kostnader:
Hyra minibuss 4 torsdagar à 900 kr = 3 600 kr
Lunch 4 × 20 pers à 85 kr = 6 800 kr
Hyra bygdegården 4 × 250 kr = 1 000 kr
Summa 11 400 kr

Hälsningar
Karin Lööf
076-201 33 48

> 1 apr. 2026 kl. 08:45 skrev Idéslanten – Region Kalmar län <ideslanten@example.se>:
>
> Tack för er ansökan om idéslanten! Vi har tagit emot den och gett den ärendenummer 2026-0051.
>
> Vi saknar följande i er ansökan:
> – Aktivitet: beskriv vad ni ska göra, när och hur, och hur det främjar utvecklingen på orten.
> – Budget: en översiktlig budget med kostnadsposter och belopp (ett totalbelopp räcker inte).
>
> Svara gärna på det här mejlet, så kopplas kompletteringen till ärendet.
"""
    h = std_headers(
        addr("Karin Lööf", "karin.loof@example.se"),
        BOT,
        enc_subject("Re: Ensamheten i Örsjö – ansökan [Idéslanten 2026-0051]"),
        "Fri, 17 Apr 2026 15:37:19 +0200",
        mid("3628.orsjo.re"),
        [
            ("In-Reply-To", receipt_id("2026-0051")),
            ("References", f"{mid('3619.orsjo')} {receipt_id('2026-0051')}"),
        ],
    )
    add(
        3628,
        "orsjo-re-torsdagar",
        build(h, text_part(body, cte="quoted-printable")),
        label(
            "followup",
            "sv",
            "cvb",
            "Followup to 3619 that supplies the two missing parts: a concrete activity (four dated Thursdays, minibus pick-up at 11, lunch and cards at the bygdegård, home at 14, municipal senior service visits once; benefit: nobody alone all week) and a budget (three items, 11 400). Contact true: named signer from own address with phone. The receipt is quoted Apple-Mail style and does not count.",
            contact_name="Karin Lööf",
            contact_email="karin.loof@example.se",
            contact_phone="076-201 33 48",
            ort="Örsjö",
            amount_sek=11400,
        ),
    )


def batch8() -> None:
    # 3629 – complete but men only (women_and_men false); dialect; iso-8859-1 8bit
    body = """Hej där!

Jag heter Lennart Ruus och är ordförande i Blackstads Gubbfika, en förening som vi karlar i socknen som blivit ensamma startade 2021. Vi är 24 medlemmar nu, org.nr 802429-6736.

Vi tänker så här: varannan onsdag från 15 april till 24 juni, sex gånger alltså, ses vi i Blackstad bygdegård kl 10-14. Vi lagar lunch ihop, för dä ä int alla som kan koka potatis när frun är borta, och varje gång lär en av oss de andra något: hur tvättmaskinen funkar, hur man betalar räkningar på nätet, hur man stoppar korv. Två av gångerna kommer distriktssköterskan från Gamleby och diakonen i församlingen och pratar om hälsa och om sorg. Karlar i vår ålder pratar int gärna, men vid spisen går dä bättre. Så blir fler av oss kvar hemma i Blackstad längre istället för att flytta in till stan.

Dä här bestämde vi på årsmötet den 1 mars, bygdegårdsföreningen ger oss halva priset på hyran och PRO i Blackstad skickar med folk som kan laga mat.

Budget:
Hyra bygdegården 6 ggr à 400 kr    2 400
Matvaror 6 ggr                      4 800
Arvode distriktssköterska           1 500
Reseersättning diakon                 300
Summa                               9 000 kr

Pengarna går bara till oss karlar, dä ä för oss dä behövs.

Hälsningar
Lennart Ruus
0490-230 14
"""
    h = std_headers(
        addr("Lennart Ruus", "lennart.ruus@example.se"),
        OFFICER,
        "Gubbfika i Blackstad",
        "Mon, 20 Apr 2026 11:02:48 +0200",
        mid("3629.blackstad"),
    )
    add(
        3629,
        "blackstad-vid-spisen",
        build(h, text_part(body, charset="iso-8859-1")),
        label(
            "application",
            "sv",
            "acvfb",
            "Complete but ineligible: the activity is explicitly only for men ('Pengarna går bara till oss karlar') -> women_and_men false. Activity concrete in dialect: six dated Wednesdays 10-14 at the bygdegård, cooking lunch together, each time one teaches a skill, nurse and deacon visit twice; benefit: lonely older men can stay in the village. Anchoring: annual meeting decision, bygdegård half-price rent, PRO sends helpers. Budget four items = 9 000. Nurse's fee is a fee, not salary. iso-8859-1 8bit with dialect spellings (dä ä, int).",
            association_name="Blackstads Gubbfika",
            org_number="802429-6736",
            contact_name="Lennart Ruus",
            contact_email="lennart.ruus@example.se",
            contact_phone="0490-230 14",
            members=24,
            ort="Blackstad",
            amount_sek=9000,
            women_and_men=False,
        ),
    )

    # 3630 – activity missing: only a date and a venue; 8 members
    body = """Hej!

Locknevi Syförening söker idéslanten. Vi är 8 medlemmar, alla från Locknevi, och har träffats varje onsdag sedan 1964.

Vi har bokat Locknevi bygdegård lördagen den 13 juni kl 10-16 och räknar med att hela byn kommer. Locknevi IF ställer upp med parkeringsvakter och korvgrill, och hembygdsföreningen lånar ut sina bord.

Kostnader:
Hyra bygdegården 1 500 kr
Annonser och affischer 600 kr
Fika 1 200 kr
Summa 3 300 kr

Hälsningar Birgitta Ståhl
tel 0492-410 63
"""
    h = std_headers(
        addr("Birgitta Ståhl", "birgitta.stahl@example.com"),
        OFFICER,
        "Locknevi 13 juni",
        "Wed, 22 Apr 2026 14:55:09 +0200",
        mid("3630.locknevi"),
    )
    add(
        3630,
        "locknevi-13-juni",
        build(h, text_part(body, cte="quoted-printable")),
        label(
            "application",
            "sv",
            "acfb",
            "Activity MISSING (subtle: only a date, hours and a booked venue and 'hela byn kommer' – nothing says what will happen there or how it develops the village). Anchoring counts: Locknevi IF provides parking attendants and a grill, hembygdsförening lends tables. Budget three items = 3 300. Only 8 members (below the 10-member rule) – shows in facts, not elements.",
            association_name="Locknevi Syförening",
            contact_name="Birgitta Ståhl",
            contact_email="birgitta.stahl@example.com",
            contact_phone="0492-410 63",
            members=8,
            ort="Locknevi",
            amount_sek=3300,
        ),
    )

    # 3631 – followup to 3605 that supplies nothing useful (argues the theme is enough)
    body = """Hej

Jag förstår inte riktigt vad som saknas. Vi skrev ju att temat är Bruksminnen och att allt vi gör i år ska handla om bruket, ån och dammen. Räcker inte det? Styrelsen tycker att det är tydligt nog.

MVH Kjell-Åke Bergström
Silverdalens Intresseförening

Från: Idéslanten – Region Kalmar län <ideslanten@example.se>
Skickat: den 9 mars 2026 08:13
Till: Kjell-Åke Bergström <kjellake.b@example.com>
Ämne: Re: Ansökan bygdepeng Silverdalen 2026 [Idéslanten 2026-0033]

Hej! Tack för ansökan till idéslanten, ärendenummer 2026-0033.
Det här saknas fortfarande:
– Aktivitet: en konkret beskrivning av vad ni ska göra, när och hur, och hur det utvecklar orten.
Svara på det här mejlet med kompletteringen.
"""
    h = std_headers(
        addr("Kjell-Åke Bergström", "kjellake.b@example.com"),
        BOT,
        "SV: Ansökan bygdepeng Silverdalen 2026 [Idéslanten 2026-0033]",
        "Thu, 23 Apr 2026 08:27:31 +0200",
        mid("3631.silverdalen.re"),
        [
            ("In-Reply-To", receipt_id("2026-0033")),
            ("References", f"{mid('3605.silverdalen')} {receipt_id('2026-0033')}"),
        ],
    )
    h[2] = (
        "Subject",
        enc_subject("SV: Ansökan bygdepeng Silverdalen 2026 [Idéslanten 2026-0033]", "iso-8859-1"),
    )
    add(
        3631,
        "silverdalen-re-temat",
        build(h, text_part(body, charset="windows-1252", cte="quoted-printable")),
        label(
            "followup",
            "sv",
            "c",
            "Followup to 3605 that supplies nothing useful: the writer repeats the theme ('allt ska handla om bruket, ån och dammen') and asks whether that is not enough – still no what/when/how, so activity stays false. Contact true (named signer from own address). Signing with the association name is not association details. Outlook-style quoted receipt does not count.",
            association_name="Silverdalens Intresseförening",
            contact_name="Kjell-Åke Bergström",
            contact_email="kjellake.b@example.com",
            ort="Silverdalen",
        ),
    )

    # 3632 – forwarded application; budget missing
    body = """Hej! Vidarebefordrar ansökan från vår ordförande Nils, han har inte fått iväg den själv. Budgeten har kassören, hon skickar den när hon är hemma från resan.
/Eva

---------- Vidarebefordrat meddelande ---------
Från: Nils Hjelm <nils.hjelm@example.com>
Datum: sön 26 apr. 2026 kl 20:14
Ämne: Ansökan Bockara
Till: Eva Lundgren <eva.lundgren@example.net>

Ansökan om idéslanten från Bockara Byalag

Bockara Byalag är en ideell förening med 41 medlemmar, org.nr 802547-3185. Vi verkar för att det ska gå att bo och leva i Bockara.

Kontaktperson: Nils Hjelm, ordförande, 070-455 38 21, nils.hjelm@example.com

I Bockara finns ingen affär och ingen skola längre, men ett tjugotal barnfamiljer. Tre lördagsförmiddagar i maj och juni går barn och föräldrar ner till ån vid gamla kvarnen tillsammans med en fiskeguide från trakten. Han visar hur man vadar ut, vänder på stenar och räknar bottendjur för att se om vattnet mår bra, och resultaten skickar vi till vattenrådet. Familjerna lär känna varandra och ån, och byn får en egen bild av hur vattnet mår.

Byalagets möte den 12 april (22 närvarande) sa ja, och fiskevårdsområdet och föräldragruppen på förskolan i Fårbo är med och bjuder in.
"""
    h = std_headers(
        addr("Eva Lundgren", "eva.lundgren@example.net"),
        OFFICER,
        "VB: Ansökan Bockara",
        "Mon, 27 Apr 2026 07:50:13 +0200",
        mid("3632.bockara"),
    )
    add(
        3632,
        "bockara-vidarebefordrad",
        build(h, text_part(body, cte="8bit")),
        label(
            "application",
            "sv",
            "acvf",
            "Forwarded application ('VB:'), whose forwarded text counts as the mail's own. Budget MISSING: the treasurer will send it later; no amount anywhere. Association (name, 41 members, org.nr), contact (Nils Hjelm named as contact with phone and e-mail – his given address is recorded, not the forwarder's), activity (three Saturday mornings in May-June at the river by the old mill with a local fishing guide counting bottom fauna, results to the water council; families meet) and anchoring (meeting 12 April, fishing area association and preschool parents) present.",
            association_name="Bockara Byalag",
            org_number="802547-3185",
            contact_name="Nils Hjelm",
            contact_email="nils.hjelm@example.com",
            contact_phone="070-455 38 21",
            members=41,
            ort="Bockara",
        ),
    )


def batch9() -> None:
    # 3633 – newsletter
    text = """LANDSBYGDSBREVET – april 2026
Byanätet Sydost

I detta nummer:
* Sök idéslanten! Regionens bygdepeng ger upp till 15 000 kr per ort och år. Läs mer hos Region Kalmar län.
* Fiberföreningarna i norra Kalmar län samlas i Hultsfred 16 maj.
* Tips: så skriver ni en budget som handläggaren förstår.
* Vårens byavandringar – listan över alla byar som öppnar sina stigar.

Du får det här brevet eftersom du anmält dig till Byanätet Sydosts utskick.
Avregistrera: https://byanatet-sydost.example.org/avregistrera?u=5521
"""
    html = (
        "<html><body><h1>Landsbygdsbrevet – april 2026</h1>"
        + "".join(
            f"<p>{_x(p).replace(chr(10), '<br>')}</p>" for p in text.strip().split("\n\n")[1:]
        )
        + "</body></html>\n"
    )
    h = std_headers(
        addr("Byanätet Sydost", "nyhetsbrev@byanatet-sydost.example.org"),
        OFFICER,
        enc_subject("Landsbygdsbrevet april 2026: bygdepeng, fiber och byavandringar"),
        "Tue, 28 Apr 2026 06:00:00 +0200",
        mid("3633.nyhetsbrev"),
        [
            ("List-Id", "Landsbygdsbrevet <landsbygdsbrevet.byanatet-sydost.example.org>"),
            (
                "List-Unsubscribe",
                "<https://byanatet-sydost.example.org/avregistrera?u=5521>, <mailto:avregistrera@byanatet-sydost.example.org>",
            ),
            ("Precedence", "bulk"),
        ],
    )
    add(
        3633,
        "nyhetsbrev-byanatet",
        build(
            h,
            multipart(
                "alternative",
                "nl-own27-3633",
                [
                    text_part(text, cte="quoted-printable"),
                    text_part(html, "html", cte="quoted-printable"),
                ],
            ),
        ),
        label(
            "newsletter",
            "sv",
            "",
            "Newsletter (List-Id, List-Unsubscribe, Precedence: bulk) that mentions idéslanten and the 15 000 kr cap; it applies for nothing and must never be answered. All elements false, all facts null.",
        ),
    )

    # 3634 – activity missing: refers to a plan that is not attached; salary costs
    body = """Hej!

Vena Byaråd, org.nr 802611-0455, har 58 medlemmar och är samlande förening för byarna i Vena socken.

Vi söker idéslanten för aktiviteten som finns beskriven i vår verksamhetsplan för 2026 (punkt 4, "Levande Vena"). Verksamhetsplanen antogs av årsmötet den 14 februari där 37 medlemmar var närvarande, och Vena IF och Vena hembygdsförening har varit med och tagit fram den.

Budget:
Lön till samordnare, 20 tim à 250 kr: 5 000 kr
Lokalhyra: 2 000 kr
Material: 1 500 kr
Marknadsföring: 1 000 kr
Summa: 9 500 kr

Med vänlig hälsning
Annika Pihl
kassör, Vena Byaråd
070-683 17 40
"""
    h = std_headers(
        addr("Annika Pihl", "annika.pihl@example.com"),
        OFFICER,
        enc_subject("Ansökan om idéslanten – Vena Byaråd"),
        "Mon, 04 May 2026 13:13:57 +0200",
        mid("3634.vena"),
    )
    add(
        3634,
        "vena-verksamhetsplanen",
        build(h, text_part(body, cte="base64")),
        label(
            "application",
            "sv",
            "acfb",
            "Activity MISSING (subtle: 'aktiviteten som finns beskriven i vår verksamhetsplan, punkt 4 Levande Vena' – the plan is not attached, so nothing says what will be done). Anchoring counts: annual meeting (37 present) adopted the plan, Vena IF and hembygdsförening took part in drafting it. Budget four items = 9 500, including 'Lön till samordnare' -> salary_costs true (breaks a rule; shows in facts). Association and contact (treasurer from own address + phone) present.",
            association_name="Vena Byaråd",
            org_number="802611-0455",
            contact_name="Annika Pihl",
            contact_email="annika.pihl@example.com",
            contact_phone="070-683 17 40",
            members=58,
            ort="Vena",
            amount_sek=9500,
            salary_costs=True,
        ),
    )

    # 3635 – question in English
    body = """Hello,

I run a small informal choir in Lindås - we are 14 singers, but we are not a registered association. Can an informal group like ours apply for idéslanten, or do we need to register first? And is there a minimum amount you can apply for?

Thanks in advance,
Tom Whitfield
"""
    h = std_headers(
        addr("Tom Whitfield", "tom.whitfield@example.com"),
        OFFICER,
        "Question about idéslanten",
        "Wed, 06 May 2026 18:40:22 +0200",
        mid("3635.lindas"),
    )
    h[2] = ("Subject", enc_subject("Question about idéslanten"))
    add(
        3635,
        "lindas-question",
        build(h, text_part(body, cte="quoted-printable")),
        label(
            "question",
            "en",
            "",
            "Question in English: can an unregistered group apply and is there a minimum amount. Not an application. '14 singers' describes participants of an informal group, not members of an association -> members null; no amount applied for; salary/investment null.",
            contact_name="Tom Whitfield",
            contact_email="tom.whitfield@example.com",
            ort="Lindås",
        ),
    )

    # 3636 – association + anchoring missing; AED purchase (physical investment), 20 000 kr
    body = """Hej!

Vi är några som bor året runt i Böda. Det tar 45 minuter för ambulansen att komma hit.

Vi vill köpa en hjärtstartare som sitter i ett uppvärmt skåp på utsidan av bystugan så att den går att nå dygnet runt. En kväll i maj kommer en sjuksköterska från Borgholm till bystugan och lär 30 bybor hjärt-lungräddning och hur apparaten används. Då kan vi hjälpa varandra innan ambulansen är framme.

Det här är något många i Böda säkert vill ha.

Kostnader: hjärtstartare med värmeskåp 16 000 kr, sjuksköterska 2 500 kr, övningsmaterial 1 000 kr, fika 500 kr. Totalt 20 000 kr.

/Jonas Wik
070-247 91 86
"""
    h = std_headers(
        addr("Jonas Wik", "jonas.wik@example.net"),
        OFFICER,
        "Hjärtstartare Böda",
        "Mon, 11 May 2026 21:34:40 +0200",
        mid("3636.boda"),
    )
    h[2] = ("Subject", enc_subject("Hjärtstartare Böda"))
    add(
        3636,
        "boda-hjartstartare",
        build(h, text_part(body, cte="quoted-printable")),
        label(
            "application",
            "sv",
            "cvb",
            "Association MISSING: 'några som bor året runt i Böda' is an unnamed group. Anchoring MISSING: 'något många i Böda säkert vill ha' is a hope. Activity concrete (buy an AED in a heated cabinet at the village hall + one May evening where a nurse trains 30 residents; benefit: help before the ambulance arrives). Budget as prose with four amounts, total 20 000 (over the 15 000 cap). Buying the AED is a physical investment -> true; nurse's fee is not salary. Members not stated.",
            contact_name="Jonas Wik",
            contact_email="jonas.wik@example.net",
            contact_phone="070-247 91 86",
            ort="Böda",
            amount_sek=20000,
            physical_investment=True,
        ),
    )


def batch10() -> None:
    # 3637 – followup to 3624: budget in .docx, anchoring still only a hope
    body = """Hej!

Nu har vi räknat klart, budgeten ligger bifogad. När det gäller förankringen så tror vi verkligen att det blir populärt, alla vi har pratat med tycker att det låter kul.

/Tove Sjögren

-----Ursprungligt meddelande-----
Från: Idéslanten – Region Kalmar län <ideslanten@example.se>
Skickat: fredag 10 april 2026 12:49
Till: tove.sjogren@example.net
Ämne: Re: Idéslanten Hagby [Idéslanten 2026-0056]

Tack för er ansökan om idéslanten! Ärendenummer: 2026-0056.
Följande saknas:
– Förankring: hur idén är förankrad i byn (bymöte, enkät, samarbete, frivilliga).
– Budget: kostnadsposter med belopp.
Svara på detta mejl med det som saknas.
"""
    d = docx(
        [
            "Budget – Hagby Hembygdsförening, idéslanten 2026",
            ["Kostnad", "Kronor"],
            ["Hyra gamla mejeriet, 4 kvällar à 500", "2 000"],
            ["Förbrukningsmaterial (tråd, slangar, lim, skruv)", "1 800"],
            ["Kaffe och bullar", "1 600"],
            ["Affischer", "600"],
            ["Summa", "6 000"],
        ]
    )
    h = std_headers(
        addr("Tove Sjögren", "tove.sjogren@example.net"),
        BOT,
        enc_subject("Re: Idéslanten Hagby [Idéslanten 2026-0056]"),
        "Wed, 13 May 2026 20:18:04 +0200",
        mid("3637.hagby.re"),
        [
            ("In-Reply-To", receipt_id("2026-0056")),
            ("References", f"{mid('3624.hagby')} {receipt_id('2026-0056')}"),
        ],
    )
    add(
        3637,
        "hagby-re-budget",
        build(
            h,
            multipart(
                "mixed",
                "_own27_3637_mixed_",
                [
                    text_part(body, cte="quoted-printable"),
                    attach_part(
                        d,
                        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                        "Budget Hagby.docx".replace(" ", "_"),
                    ),
                ],
            ),
        ),
        label(
            "followup",
            "sv",
            "cb",
            "Followup to 3624. Budget true: the .docx has four cost items, sum 6 000 (consumables like thread and glue are not an investment). Anchoring still false: 'vi tror att det blir populärt, alla vi har pratat med tycker att det låter kul' is a hope/empty claim. Contact true (named signer from own address). Quoted receipt in Outlook '-----Ursprungligt meddelande-----' form does not count.",
            contact_name="Tove Sjögren",
            contact_email="tove.sjogren@example.net",
            ort="Hagby",
            amount_sek=6000,
        ),
    )

    # 3638 – association + contact missing; mostly English with Swedish bits
    body = """Hi / Hej!

We are some households on Helgenäs – Swedes and a couple of us from Germany and the UK – and we would like to apply for idéslanten.

On three Saturdays in May (2, 16 and 30 May) we meet at the old school on Helgenäs at 10 and walk together along one of the small roads on the peninsula with the road association's map. We note every blocked ditch, every dangerous bend and every place where the mobile signal disappears. In the afternoon we sit down over coffee and write it all into one list, "Helgenäs vägar och nät 2026", which we hand to the municipality and the road association. Everybody's knowledge ends up in one place, and the newcomers get to know the people who have lived here for fifty years.

Helgenäs vägsamfällighet backs this and its chair walks with us, and 26 people have put their names on the list on the mailbox stand by the bus stop.

Budget:
- Coffee and lunch, 3 Saturdays: 3 600 SEK
- Printing maps: 700 SEK
- Rent of the old school, 3 x 400: 1 200 SEK
Totalt 5 500 kr.

Hälsningar / Best wishes
The Helgenäs households
"""
    h = std_headers(
        addr("Helgenäs grannar", "helgenas.grannar@example.net"),
        OFFICER,
        "Idéslanten application Helgenäs",
        "Mon, 18 May 2026 09:45:30 +0200",
        mid("3638.helgenas"),
    )
    h[2] = ("Subject", enc_subject("Idéslanten application Helgenäs"))
    add(
        3638,
        "helgenas-vagarna",
        build(h, text_part(body, cte="base64")),
        label(
            "application",
            "en",
            "vfb",
            "Mostly English with Swedish phrases. Association MISSING: 'some households on Helgenäs' / 'The Helgenäs households' is no named group. Contact MISSING: shared neighbourhood mailbox, no person named anywhere. Activity concrete (three dated Saturdays walking the roads with a map, noting ditches, bends and dead spots, writing one list for the municipality and road association). Anchoring: road association backs it and its chair joins, 26 names on a list. Budget three items = 5 500.",
            ort="Helgenäs",
            amount_sek=5500,
        ),
    )

    # 3639 – autoreply WITHOUT any automation header
    body = """Hej!

Jag är på semester till och med 1 juni och läser inte min e-post. För frågor om byalaget, kontakta vice ordförande Pär Almqvist, 0481-221 50.

Vänliga hälsningar
Johanna Ekwall
"""
    h = std_headers(
        addr("Johanna Ekwall", "johanna.ekwall@example.com"),
        OFFICER,
        enc_subject("Ledig: SV: Flygsfors Byalag – ansökan"),
        "Wed, 20 May 2026 10:31:12 +0200",
        mid("3639.ledig"),
        [
            ("In-Reply-To", "<handlaggare-3621@landsbygd.example.se>"),
            ("References", f"{mid('3621.flygsfors')} <handlaggare-3621@landsbygd.example.se>"),
        ],
    )
    add(
        3639,
        "flygsfors-ledig",
        build(h, text_part(body)),
        label(
            "autoreply",
            "sv",
            "",
            "Vacation autoreply WITHOUT any automation header (no Auto-Submitted, X-Autoreply or Precedence); only the 'Ledig:' subject and the out-of-office wording show it. It answers the officer's reply about 3621 and references that application, but it is not a followup. All elements false, facts null.",
        ),
    )

    # 3640 – spam / phishing
    html = """<html><body style="font-family:Segoe UI,Arial">
<p><b>Din e-postlåda är 98 % full</b></p>
<p>Bästa användare av landsbygdsutvecklare@example.se,</p>
<p>Din lagringskvot har nästan tagit slut och inkommande meddelanden kommer att avvisas inom 24 timmar. Verifiera ditt konto för att få 50 GB gratis lagring.</p>
<p><a href="https://mailbox-verify.example.com/login?id=7731">VERIFIERA NU</a></p>
<p>Microsoft 365 Kontoteam</p>
</body></html>
"""
    h = std_headers(
        addr("Microsoft 365 Administratör", "no-reply@secure-mailbox.example.com"),
        OFFICER,
        enc_subject("Åtgärd krävs: din e-postlåda är nästan full"),
        "Mon, 25 May 2026 03:12:55 +0200",
        mid("3640.phish"),
    )
    add(
        3640,
        "spam-postlada",
        build(h, text_part(html, "html", cte="base64")),
        label(
            "spam",
            "sv",
            "",
            "Phishing: fake mailbox-quota warning with a credential link. HTML-only base64. All elements false, all facts null.",
        ),
    )


# ================================================================ check + main

ALLOWED = ("example.se", "example.com", "example.org", "example.net")


def luhn_ok(org: str) -> bool:
    if not re.fullmatch(r"\d{6}-\d{4}", org):
        return False
    d = org.replace("-", "")
    s = 0
    for i, c in enumerate(d):
        v = int(c) * (2 if i % 2 == 0 else 1)
        s += v // 10 + v % 10
    return s % 10 == 0


def texts_of(msg: email.message.Message) -> list[str]:
    out = []
    for part in msg.walk():
        if part.get_content_maintype() == "text":
            try:
                out.append(part.get_content())
            except Exception as e:  # noqa: BLE001
                raise AssertionError(f"cannot decode text part: {e}") from e
    return out


def check(files: list[tuple[str, bytes, dict]]) -> list[str]:
    errs: list[str] = []
    labels = json.loads((OUT / "labels.json").read_text("utf-8"))
    on_disk = sorted(p.name for p in OUT.glob("*.eml"))
    if sorted(labels) != on_disk:
        errs.append("labels.json keys do not match files")
    app_ids: set[str] = set()
    parsed = {}
    for name, raw, lab in files:
        if b"\r" in raw:
            errs.append(f"{name}: CR in file")
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        parsed[name] = msg
        if not lab["notes"].startswith("Malformed:"):
            for part in msg.walk():
                if part.defects:
                    errs.append(f"{name}: defects {part.defects}")
        if lab["kind"] == "application":
            app_ids.add(str(msg["Message-ID"]).strip())
        if set(lab) != {"kind", "language", "elements", "facts", "notes"}:
            errs.append(f"{name}: label fields")
        if list(lab["elements"]) != ELEM_KEYS or list(lab["facts"]) != FACT_KEYS:
            errs.append(f"{name}: element/fact keys")
        if lab["kind"] not in ("application", "followup") and any(lab["elements"].values()):
            errs.append(f"{name}: non-application with elements")
        if lab["kind"] in ("autoreply", "bounce", "newsletter", "spam") and any(
            v is not None for v in lab["facts"].values()
        ):
            errs.append(f"{name}: machine mail with facts")
        if lab["kind"] in ("application", "followup") and (
            lab["facts"]["salary_costs"] is None or lab["facts"]["physical_investment"] is None
        ):
            errs.append(f"{name}: salary/investment must be bool")
        org = lab["facts"]["org_number"]
        if org is not None and not luhn_ok(org):
            errs.append(f"{name}: bad org number {org}")
        blob = raw.decode("latin-1") + "\n".join(texts_of(msg))
        for part in msg.walk():
            if part.get_content_maintype() == "text":
                blob += "\n" + part.get_content()
        for o in re.findall(r"\b8\d{5}-\d{4}\b", blob):
            if not luhn_ok(o):
                errs.append(f"{name}: org number in text not Luhn-valid: {o}")
        for dom in re.findall(r"[\w.+-]+@([\w-]+(?:\.[\w-]+)+)", blob):
            dom = dom.lower().rstrip(".")
            if not any(dom == a or dom.endswith("." + a) for a in ALLOWED):
                errs.append(f"{name}: address domain {dom}")
    prev = None
    for name, _raw, _lab in files:
        d = parsedate_to_datetime(str(parsed[name]["Date"]))
        if d.year != 2026:
            errs.append(f"{name}: date not 2026")
        if prev is not None and d <= prev:
            errs.append(f"{name}: Date order")
        prev = d
    for name, _raw, lab in files:
        if lab["kind"] == "followup":
            msg = parsed[name]
            refs = (str(msg.get("References", "")) + " " + str(msg.get("In-Reply-To", ""))).split()
            if not any(r in app_ids for r in refs):
                errs.append(f"{name}: followup does not reference an application")
            if not re.match(r"(Re|SV|Sv|RE|Svar):", str(msg["Subject"])):
                errs.append(f"{name}: followup subject")
    nums = [int(n.split("-")[0]) for n, _, _ in files]
    if nums != list(range(3601, 3601 + len(files))):
        errs.append("numbering is not consecutive from 3601")
    return errs


def generate() -> list[tuple[str, bytes, dict]]:
    MAILS.clear()
    for b in BATCHES:
        b()
    return list(MAILS)


BATCHES = [batch1, batch2, batch3, batch4, batch5, batch6, batch7, batch8, batch9, batch10]


def main() -> int:
    files = generate()
    again = generate()
    if [(n, r) for n, r, _ in files] != [(n, r) for n, r, _ in again]:
        print("generation is not deterministic", file=sys.stderr)
        return 1
    OUT.mkdir(parents=True, exist_ok=True)
    for p in OUT.glob("*.eml"):
        if p.name not in {n for n, _, _ in files}:
            p.unlink()
    for name, raw, _ in files:
        (OUT / name).write_bytes(raw)
    labels = {name: lab for name, _, lab in files}
    (OUT / "labels.json").write_text(
        json.dumps(labels, ensure_ascii=False, indent=2) + "\n", "utf-8"
    )
    errs = check(files)
    for e in errs:
        print("ERROR:", e, file=sys.stderr)
    kinds: dict[str, int] = {}
    for _, _, lab in files:
        kinds[lab["kind"]] = kinds.get(lab["kind"], 0) + 1
    apps = [lab for _, _, lab in files if lab["kind"] == "application"]
    complete = sum(all(lab["elements"].values()) for lab in apps)
    missing = {k: sum(not lab["elements"][k] for lab in apps) for k in ELEM_KEYS}
    print(
        f"{len(files)} mails written to {OUT}: {kinds}; complete applications {complete}; missing per element {missing}"
    )
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main())
