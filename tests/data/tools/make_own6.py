#!/usr/bin/env python3
"""Generate tests/data/own6/ – a sixth development corpus: one ordinary week of mail.

40 fictional e-mails (801–840) dated Monday 20 – Saturday 25 April 2026 and their labels.
Written without reading any other corpus. Deterministic: fixed dates, Message-IDs, MIME
boundaries and zip timestamps, so every run writes the same bytes. After writing, the script
checks the result (parsing, schema, Luhn, threading, example domains, Date order).

    .venv/bin/python tests/data/tools/make_own6.py
"""

from __future__ import annotations

import html
import io
import json
import re
import sys
import zipfile
from datetime import datetime, timedelta, timezone
from email import policy
from email.generator import BytesGenerator
from email.header import Header
from email.message import EmailMessage
from email.parser import BytesParser
from email.utils import format_datetime, parsedate_to_datetime
from pathlib import Path

import docx
import openpyxl

OUT = Path(__file__).resolve().parent.parent / "own6"
TZ = timezone(timedelta(hours=2))
POLICY = policy.default.clone(linesep="\n")
BOT = "ideslanten@example.se"
BOT_NAME = "Idéslanten – Region Kalmar län"
TO_BOT = f"{BOT_NAME} <{BOT}>"
FIXED_ZIP_TIME = (2026, 4, 19, 20, 0, 0)

# ---------------------------------------------------------------------------
# helpers


def luhn_org(nine: str) -> str:
    """Complete nine digits to a Luhn-valid organisation number NNNNNN-NNNN."""
    digits = [int(c) for c in nine]
    total = 0
    for i, d in enumerate(digits):
        v = d * 2 if i % 2 == 0 else d
        total += v - 9 if v > 9 else v
    check = (10 - total % 10) % 10
    s = nine + str(check)
    return f"{s[:6]}-{s[6:]}"


def luhn_ok(org: str) -> bool:
    s = org.replace("-", "")
    total = 0
    for i, c in enumerate(s):
        v = int(c) * 2 if i % 2 == 0 else int(c)
        total += v - 9 if v > 9 else v
    return total % 10 == 0


ORG = {
    "kristdala": luhn_org("802417315"),
    "vissefjarda": luhn_org("835002761"),
    "ankarsrum": luhn_org("802530884"),
    "alsterbro": luhn_org("836400197"),
    "tuna": luhn_org("802011452"),
    "bergkvara": luhn_org("802478026"),
    "jarnforsen": luhn_org("834200558"),
    "vickleby": luhn_org("802466913"),
    "orrefors": luhn_org("802492370"),
    "loftahammar": luhn_org("802418649"),
}


def dt(day: int, hh: int, mm: int, ss: int = 0) -> datetime:
    return datetime(2026, 4, day, hh, mm, ss, tzinfo=TZ)


def msgid(local: str, domain: str) -> str:
    return f"<{local}@{domain}>"


def bot_msgid(when: datetime, n: int) -> str:
    stamp = int(when.timestamp() * 100)
    return f"<{stamp}.{4100 + n}.{(n * 7919 + 13) * 1000003 % 10**18:018d}.ideslanten@example.se>"


ELEMENT_SV = {
    "association": "uppgifter om föreningen eller gruppen (namn, vad ni är, var ni finns, antal medlemmar)",
    "contact": "en kontaktperson med namn och telefonnummer eller e-postadress",
    "activity": "en beskrivning av aktiviteten: vad ni ska göra, när och hur den bidrar till utvecklingen i bygden",
    "anchoring": "hur aktiviteten är förankrad i bygden (till exempel ett bymöte, en enkät eller samarbete med andra föreningar)",
    "budget": "en översiktlig budget med kostnadsposter och belopp",
}
ORDER = ["association", "contact", "activity", "anchoring", "budget"]


def receipt_subject(ref: str) -> str:
    return f"[Idéslanten {ref}] Vi har tagit emot er ansökan – det saknas uppgifter"


def receipt_text(ref: str, missing: list[str]) -> str:
    lines = [
        "Hej!",
        "",
        f"Tack för er ansökan om regional bygdepeng – idéslanten. Den har fått ärendenummer {ref}.",
        "",
        "Vi saknar följande i er ansökan:",
    ]
    lines += [f"- {ELEMENT_SV[k]}" for k in ORDER if k in missing]
    lines += [
        "",
        "Svara på det här mejlet med det som saknas, så går ansökan vidare till",
        "handläggning. Ni behöver inte skicka om det ni redan har skickat.",
        "",
        "Har ni frågor går det bra att skriva till Landsbygdsutvecklaren, landsbygdsutvecklare@example.se.",
        "",
        "Med vänliga hälsningar",
        "Idéslanten – Region Kalmar län",
        "(Detta är ett automatiskt svar.)",
    ]
    return "\n".join(lines)


def quote(text: str) -> str:
    return "\n".join(("> " + l) if l else ">" for l in text.split("\n"))


SV_DAYS = ["mån", "tis", "ons", "tors", "fre", "lör", "sön"]
SV_MON = [
    "jan.",
    "feb.",
    "mars",
    "apr.",
    "maj",
    "juni",
    "juli",
    "aug.",
    "sep.",
    "okt.",
    "nov.",
    "dec.",
]
SV_MONTH_LONG = [
    "januari",
    "februari",
    "mars",
    "april",
    "maj",
    "juni",
    "juli",
    "augusti",
    "september",
    "oktober",
    "november",
    "december",
]


def text_to_html(text: str) -> str:
    """A plain mail body as the simple HTML a mail client would send alongside it."""
    out: list[str] = []
    quoted: list[str] = []

    def flush_quote() -> None:
        if quoted:
            inner = "<br>\n".join(html.escape(q) for q in quoted)
            out.append(
                f'<blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc;padding-left:1ex">{inner}</blockquote>'
            )
            quoted.clear()

    for line in text.split("\n"):
        if line.startswith(">"):
            quoted.append(line[1:].lstrip(" ") if line != ">" else "")
            continue
        flush_quote()
        out.append(f"<div>{html.escape(line) if line else '<br>'}</div>")
    flush_quote()
    return (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
        "<body>\n" + "\n".join(out) + "\n</body></html>\n"
    )


def zip_normalise(data: bytes, fix_core: bool = True) -> bytes:
    src = zipfile.ZipFile(io.BytesIO(data))
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            content = src.read(info.filename)
            if fix_core and info.filename == "docProps/core.xml":
                text = content.decode("utf-8")
                text = re.sub(
                    r"(<dcterms:created[^>]*>)[^<]*(</dcterms:created>)",
                    r"\g<1>2026-04-19T18:00:00Z\2",
                    text,
                )
                text = re.sub(
                    r"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)",
                    r"\g<1>2026-04-19T18:00:00Z\2",
                    text,
                )
                content = text.encode("utf-8")
            zi = zipfile.ZipInfo(info.filename, date_time=FIXED_ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            dst.writestr(zi, content)
    return buf.getvalue()


def make_docx(paragraphs: list, author: str) -> bytes:
    """paragraphs: str, ("h", str) heading, or ("table", rows)."""
    d = docx.Document()
    cp = d.core_properties
    cp.author = author
    cp.last_modified_by = author
    fixed = datetime(2026, 4, 19, 18, 0, 0)
    cp.created = fixed
    cp.modified = fixed
    cp.revision = 1
    for p in paragraphs:
        if isinstance(p, tuple) and p[0] == "h":
            d.add_heading(p[1], level=p[2] if len(p) > 2 else 1)
        elif isinstance(p, tuple) and p[0] == "table":
            rows = p[1]
            t = d.add_table(rows=len(rows), cols=len(rows[0]))
            t.style = "Table Grid"
            for r, row in enumerate(rows):
                for c, val in enumerate(row):
                    t.cell(r, c).text = str(val)
        else:
            d.add_paragraph(p)
    buf = io.BytesIO()
    d.save(buf)
    return zip_normalise(buf.getvalue())


def make_xlsx(title: str, rows: list[list], author: str, sum_row: int | None = None) -> bytes:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = title
    for row in rows:
        ws.append(row)
    ws.column_dimensions["A"].width = 46
    ws.column_dimensions["B"].width = 14
    wb.properties.creator = author
    wb.properties.lastModifiedBy = author
    wb.properties.created = datetime(2026, 4, 19, 18, 0, 0)
    wb.properties.modified = datetime(2026, 4, 19, 18, 0, 0)
    buf = io.BytesIO()
    wb.save(buf)
    return zip_normalise(buf.getvalue())


DOCX = "vnd.openxmlformats-officedocument.wordprocessingml.document"
XLSX = "vnd.openxmlformats-officedocument.spreadsheetml.sheet"


class Mail:
    def __init__(
        self,
        key: str,
        slug: str,
        when: datetime,
        sender: str,
        subject: str,
        mid: str,
        *,
        to: str = TO_BOT,
        headers: list[tuple[str, str]] | None = None,
        reply_to_app: str | None = None,
    ):
        self.key = key
        self.slug = slug
        self.when = when
        self.sender = sender
        self.subject = subject
        self.mid = mid
        self.to = to
        self.headers = headers or []
        self.reply_to_app = reply_to_app  # key of the application a followup answers
        self.build = None  # callable(msg)
        self.raw: bytes | None = None
        self.label: dict | None = None

    def message(self, extra_refs: tuple[str | None, str | None] = (None, None)) -> EmailMessage:
        m = EmailMessage(policy=POLICY)
        m["From"] = self.sender
        m["To"] = self.to
        m["Subject"] = self.subject
        m["Date"] = format_datetime(self.when)
        m["Message-ID"] = self.mid
        irt, refs = extra_refs
        if irt:
            m["In-Reply-To"] = irt
        if refs:
            m["References"] = refs
        for k, v in self.headers:
            m[k] = v
        return m


def set_boundaries(msg: EmailMessage, prefix: str) -> None:
    n = 0
    for part in msg.walk():
        if part.is_multipart():
            n += 1
            part.set_boundary(f"----=_Part_{prefix}_{n:02d}")


def serialise(msg: EmailMessage) -> bytes:
    buf = io.BytesIO()
    BytesGenerator(buf, policy=POLICY).flatten(msg)
    data = buf.getvalue()
    assert b"\r" not in data
    return data


def plain(msg, text, charset="utf-8", cte="quoted-printable", flowed=False):
    params = {"format": "flowed"} if flowed else None
    msg.set_content(text, charset=charset, cte=cte, params=params)


def alt(msg, text, charset="utf-8", cte="quoted-printable", html_text=None):
    msg.set_content(text, charset=charset, cte=cte)
    msg.add_alternative(html_text or text_to_html(text), subtype="html", charset=charset, cte=cte)


def html_only(msg, html_text, charset="utf-8", cte="quoted-printable"):
    msg.set_content(html_text, subtype="html", charset=charset, cte=cte)


def attach(msg, data: bytes, subtype: str, filename: str):
    msg.add_attachment(data, maintype="application", subtype=subtype, filename=filename)


def label(kind, elements=None, facts=None, notes="", language="sv"):
    el = {k: False for k in ORDER}
    if elements:
        for k in ORDER:
            el[k] = bool(elements.get(k, False))
    f = {
        "association_name": None,
        "org_number": None,
        "contact_name": None,
        "contact_email": None,
        "contact_phone": None,
        "members": None,
        "ort": None,
        "amount_sek": None,
        "women_and_men": None,
        "salary_costs": None,
        "physical_investment": None,
    }
    if facts:
        for k, v in facts.items():
            assert k in f, k
            f[k] = v
    return {"kind": kind, "language": language, "elements": el, "facts": f, "notes": notes}


def all_true(**missing):
    el = {k: True for k in ORDER}
    for k, v in missing.items():
        el[k] = v
    return el


OUTLOOK = [("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "sv-SE")]
APPLE = [("X-Mailer", "Apple Mail (2.3774.500.171.1.1)")]
IPHONE = [("X-Mailer", "iPhone Mail (22E240)")]
THUNDERBIRD = [("User-Agent", "Mozilla Thunderbird")]

MAILS: list[Mail] = []


def mail(*args, **kw):
    m = Mail(*args, **kw)
    MAILS.append(m)
    return m


# application keys in arrival order get reference numbers 2026-112, 2026-113, ...
APP_ORDER: list[str] = []
MISSING: dict[str, list[str]] = {}
REF: dict[str, str] = {}
RECEIPT_ID: dict[str, str] = {}
RECEIPT_TIME: dict[str, datetime] = {}

# ---------------------------------------------------------------------------
# Monday 20 April

m = mail(
    "C1",
    "forelasningar-kristdala",
    dt(20, 7, 12),
    "Sven-Olof Berg <sven-olof.berg@example.se>",
    "Ansökan idéslanten - föreläsningskvällar i Kristdala",
    "<AS8PR03MB71126B2E4C1D09A8F2C3E@AS8PR03MB7112.eurprd03.example.se>",
    headers=OUTLOOK,
)
C1_TEXT = f"""Hej!

Kristdala hembygdsförening vill härmed söka regional bygdepeng – idéslanten för en serie föreläsningskvällar under hösten 2026.

Om föreningen
Kristdala hembygdsförening bildades 1931 och har i dag 186 medlemmar. Vi sköter hembygdsgården och ordnar bland annat valborgsfirande, slåtterdag och julmarknad. Org.nr {ORG["kristdala"]}.

Aktiviteten
Vi planerar tre föreläsningskvällar i hembygdsgården under rubriken "Kristdala förr och nu":
- torsdag 17 september: Emigrationen från Kristdala socken
- torsdag 15 oktober: Stenhuggeriet och småbruken
- torsdag 12 november: Hur ser bygden ut om 20 år? Samtal med unga som har flyttat hem
Varje kväll avslutas med kaffe och frågestund. Kvällarna är gratis och öppna för alla, kvinnor som män, unga som gamla. Vi vill att nyinflyttade ska lära känna bygdens historia och träffa andra i socknen, och den sista kvällen ska ge idéer om hur vi kan få fler att vilja bo här.

Förankring
Kvällarna görs tillsammans med Kristdala bygdegårdsförening och Kristdala församling, som har lovat att sprida inbjudan och hjälpa till med fikat. Förslaget togs upp på årsmötet den 8 mars där 42 personer var närvarande, och flera av dem har erbjudit sig att berätta om sina släkter den första kvällen.

Budget
Föreläsararvoden 3 x 2 000 kr = 6 000 kr
Hyra av projektor och ljudanläggning 900 kr
Annonsering i lokaltidningen och affischer 1 500 kr
Kaffe och bröd 1 000 kr
Summa 9 400 kr

Vi söker alltså 9 400 kronor. Kontaktperson är undertecknad.

Med vänliga hälsningar
Sven-Olof Berg
ordförande, Kristdala hembygdsförening
Tel. 0491-204 17, mobil 070-612 48 90
"""
m.build = lambda msg: alt(msg, C1_TEXT, charset="windows-1252")
m.label = label(
    "application",
    all_true(),
    {
        "association_name": "Kristdala hembygdsförening",
        "org_number": ORG["kristdala"],
        "contact_name": "Sven-Olof Berg",
        "contact_email": "sven-olof.berg@example.se",
        "contact_phone": "0491-204 17",
        "members": 186,
        "ort": "Kristdala",
        "amount_sek": 9400,
        "women_and_men": True,
        "salary_costs": False,
        "physical_investment": False,
    },
    "Complete, ordinary Outlook application (windows-1252 QP, multipart/alternative) with headed "
    "sections. Anchoring: joint with the bygdegårdsförening and the parish, backed at the annual "
    "meeting. Budget list sums to 9 400. Lecturer fees are not salary; renting a projector is not "
    "an investment. Two phones: the first (landline) is recorded.",
)

m = mail(
    "I1",
    "staddag-lottorp",
    dt(20, 8, 40),
    "Gunilla Strand <gunilla.strand@example.se>",
    "Ansökan om bygdepeng Löttorps byalag",
    "<DB7PR02MB4410C2A7F19E3B5D0A6E1@DB7PR02MB4410.eurprd02.example.se>",
    headers=OUTLOOK,
)
I1_TEXT = """Hej,

Jag skriver för Löttorps byalag. Vi är en ideell förening med ett sjuttiotal medlemmar, mest åretruntboende i Löttorp med omnejd men också en del sommarboende.

Vi vill ha en gemensam städdag lördag 9 maj innan säsongen drar igång. Vi börjar kl 10 vid bygdegården och delar upp oss i lag som tar badplatsen, lekplatsen och vägkanterna in mot byn. Sedan blir det korvgrillning och fika för alla som hjälpt till, och barnen får tävla om vem som hittat det konstigaste skräpet. Tanken är att nyinflyttade och sommarboende ska lära känna oss som bor här året runt, och att byn ska se inbjudande ut när turisterna kommer.

Vi tog upp det på byamötet den 8 mars, ett 30-tal var där och alla tyckte det var en bra idé. Löttorps IF har lovat att ställa upp med sina ungdomslag.

Vi söker 4 500 kronor.

Ring eller maila om något är oklart!

Gunilla Strand
sekreterare Löttorps byalag
070-344 21 08
"""
m.build = lambda msg: alt(msg, I1_TEXT, charset="windows-1252")
m.label = label(
    "application",
    all_true(budget=False),
    {
        "association_name": "Löttorps byalag",
        "contact_name": "Gunilla Strand",
        "contact_email": "gunilla.strand@example.se",
        "contact_phone": "070-344 21 08",
        "members": 70,
        "ort": "Löttorp",
        "amount_sek": 4500,
        "women_and_men": None,
        "salary_costs": False,
        "physical_investment": False,
    },
    "Outlook, windows-1252 QP. Budget missing: only a bare total ('Vi söker 4 500 kronor'), which "
    "gives amount_sek but is not a budget. 'ett sjuttiotal medlemmar' = 70. Anchoring: village "
    "meeting of about 30 plus the sports club. No gender statement. Followup [[F1]] adds the budget.",
)
MISSING["I1"] = ["budget"]

m = mail(
    "C2",
    "varmarknad-vissefjarda",
    dt(20, 10, 2),
    "Maj-Britt Nilsson <majbritt.nilsson@example.se>",
    "Ansökan regional bygdepeng Vissefjärda bygdegårdsförening",
    "<1776672120.83512.majbritt.nilsson@webmail.example.se>",
)
C2_HTML = f"""<html><head><meta charset="utf-8"></head><body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">
<p>Hej!</p>
<p>Vissefjärda bygdegårdsförening söker härmed bidrag ur idéslanten till vår vårmarknad.</p>
<p><b>Om oss</b><br>
Föreningen äger och driver bygdegården i Vissefjärda sedan 1950-talet. Vi har ca 140 hushåll som medlemmar. Org.nr {ORG["vissefjarda"]}.</p>
<p><b>Vad vi vill göra</b><br>
Lördag 16 maj kl 10&ndash;15 ordnar vi Vårmarknad i och runt bygdegården. Lokala odlare, hantverkare och föreningar får ställa ut gratis, det blir loppis, plantbyte, servering och en prova-på-hörna där hembygdsföreningen visar näverslöjd. Marknaden ska visa upp vad som finns i bygden, ge småföretagarna en chans att sälja och få folk från hela kommunen att hitta hit. Den är för hela bygden, kvinnor och män i alla åldrar.</p>
<p><b>Förankring</b><br>
Idén kom upp på bymötet i januari där ett 50-tal personer var med. Vi gör marknaden ihop med Vissefjärda hembygdsförening och idrottsföreningen, och 14 utställare har redan anmält sig.</p>
<p><b>Budget</b></p>
<table border="1" cellpadding="4" cellspacing="0" style="border-collapse:collapse">
<tr><th align="left">Kostnad</th><th align="right">Kronor</th></tr>
<tr><td>Annonsering (Barometern, affischer, Facebook)</td><td align="right">3 500</td></tr>
<tr><td>Hyra av tält och bord</td><td align="right">4 000</td></tr>
<tr><td>Hyra av extra toaletter</td><td align="right">1 500</td></tr>
<tr><td>Spelmanslag, arvode</td><td align="right">2 500</td></tr>
<tr><td>Material till prova-på-hörnan</td><td align="right">1 000</td></tr>
<tr><td><b>Summa</b></td><td align="right"><b>12 500</b></td></tr>
</table>
<p>Kontaktperson: Maj-Britt Nilsson, kassör<br>
Tel 0471-410 22<br>
majbritt.nilsson@example.se</p>
<p>Med vänlig hälsning<br>Maj-Britt Nilsson<br>Vissefjärda bygdegårdsförening</p>
</body></html>
"""
m.build = lambda msg: html_only(msg, C2_HTML)
m.label = label(
    "application",
    all_true(),
    {
        "association_name": "Vissefjärda bygdegårdsförening",
        "org_number": ORG["vissefjarda"],
        "contact_name": "Maj-Britt Nilsson",
        "contact_email": "majbritt.nilsson@example.se",
        "contact_phone": "0471-410 22",
        "members": 140,
        "ort": "Vissefjärda",
        "amount_sek": 12500,
        "women_and_men": True,
        "salary_costs": False,
        "physical_investment": False,
    },
    "Complete, HTML-only webmail with bold headings and a <table> budget (sum 12 500). 'ca 140 "
    "hushåll som medlemmar' = 140. Anchoring: village meeting of about 50, joint with two local "
    "associations, 14 exhibitors signed up. Renting tents and toilets is not an investment; the "
    "fiddlers' fee is a performer fee, not salary.",
)

m = mail(
    "I6",
    "lapptacke-eriksmala",
    dt(20, 13, 30),
    "Ingrid Johansson <ingrid.j@example.net>",
    "ansökan från Eriksmåla syförening",
    "<CAH7pQx3n0Yc+Lq2VvTt8pZ9kE1mA5wRbN4s@mail.example.net>",
)
I6_TEXT = """Hej

Vi i Eriksmåla syförening vill söka pengar ur idéslanten. Vi är 18 medlemmar och har träffats varannan tisdag i snart 40 år, nu för det mesta i bygdegården.

Vi har tänkt ordna en kurs i lapptäckssömnad i höst, fem onsdagskvällar i oktober och november i bygdegården, med en kursledare från Kalmar. Vi blir färre för varje år och vill att fler yngre ska hitta till föreningen, så kursen är öppen för alla kvinnor i bygden som vill lära sig, inte bara för medlemmar. Efteråt hoppas vi att några vill fortsätta sy med oss.

Vi får väl höra vad det kostar, vi har inte fått prisuppgift från kursledaren än.

Hälsningar
Ingrid Johansson
ordförande
tel 0471-500 13
"""
m.build = lambda msg: alt(msg, I6_TEXT)
m.label = label(
    "application",
    all_true(anchoring=False, budget=False),
    {
        "association_name": "Eriksmåla syförening",
        "contact_name": "Ingrid Johansson",
        "contact_email": "ingrid.j@example.net",
        "contact_phone": "0471-500 13",
        "members": 18,
        "ort": "Eriksmåla",
        "amount_sek": None,
        "women_and_men": False,
        "salary_costs": False,
        "physical_investment": False,
    },
    "Gmail, elderly writer. Activity concrete (five course evenings, aim: recruit younger people to "
    "the association). No anchoring at all and no budget ('vi får väl höra vad det kostar'), no "
    "amount. The course is 'för alla kvinnor i bygden' -> women_and_men false. Followup [[F2]] adds "
    "budget and anchoring.",
)
MISSING["I6"] = ["anchoring", "budget"]

m = mail(
    "I7",
    "scouting-rockneby",
    dt(20, 15, 47),
    "Rockneby scoutkår <rocknebyscout@example.org>",
    "Ansökan idéslanten – prova-på-scouting i Rockneby",
    "<6f1c2a9e-3b7d-4e58-a0c4-91d2e7b5f3a8@example.org>",
    headers=[("User-Agent", "Roundcube Webmail/1.6.9")],
)
I7_TEXT = """Hej!

Rockneby scoutkår söker bidrag från idéslanten.

Kåren startade 1962 och har i dag 64 medlemmar, varav 45 barn och ungdomar mellan 8 och 15 år och 19 ledare. Vi håller till i vår stuga i skogen norr om Rockneby.

Aktivitet: Lördag 30 maj bjuder vi in alla barn i Rockneby och Läckeby med föräldrar till en prova-på-dag. Det blir stationer med matlagning på stormkök, knopar, första hjälpen och en kort hajk, och vi avslutar med pinnbröd vid lägerelden. Både tjejer och killar är välkomna. Många barnfamiljer har flyttat hit de senaste åren och vi vill att barnen ska hitta en fritidsaktivitet nära hemmet, i stället för att allt ska ske inne i Kalmar.

Förankring: Dagen görs tillsammans med föräldraföreningen på Rockneby skola, som delar ut inbjudan i alla klasser, och idrottsföreningen lånar ut sin grusplan för parkering. Ett tjugotal föräldrar har anmält att de hjälper till under dagen.

Budget: Vi återkommer med en budget när vi har fått in priser, men vi räknar med att söka ca 8 000 kr.

Hälsningar
Styrelsen
Rockneby scoutkår
"""
m.build = lambda msg: plain(msg, I7_TEXT)
m.label = label(
    "application",
    all_true(contact=False, budget=False),
    {
        "association_name": "Rockneby scoutkår",
        "members": 64,
        "ort": "Rockneby",
        "amount_sek": 8000,
        "women_and_men": True,
        "salary_costs": False,
        "physical_investment": False,
    },
    "Sent from the scout group's shared mailbox and signed 'Styrelsen': no contact person, so "
    "all contact facts are null. Budget 'återkommer' with a rough 'ca 8 000 kr' (amount, not a "
    "budget). 'Både tjejer och killar' -> women_and_men true. Anchoring: parents' association, "
    "sports club, some twenty volunteering parents. Followup [[F3]] adds contact and budget; "
    "autoreply [[M1]] answers the receipt.",
)
MISSING["I7"] = ["contact", "budget"]

m = mail(
    "M1",
    "autosvar-scoutkaren",
    dt(20, 15, 48, 40),
    "Rockneby scoutkår <rocknebyscout@example.org>",
    "Automatiskt svar: RECEIPT:I7",
    "<20260420134840.7c21e0@example.org>",
    headers=[
        ("Auto-Submitted", "auto-replied"),
        ("X-Autoreply", "yes"),
        ("Precedence", "auto_reply"),
    ],
    reply_to_app="I7",
)
M1_TEXT = """Tack för ditt mejl till Rockneby scoutkår!

Kårens mejl läses av våra ledare ungefär en gång i veckan, så det kan dröja några dagar innan du får svar. Gäller det anmälan till en avdelning hittar du blanketten på vår hemsida.

Är det bråttom går det bra att ringa kårens telefon på kvällstid.

Scouthälsningar
Rockneby scoutkår
"""
m.build = lambda msg: plain(msg, M1_TEXT)
m.label = label(
    "autoreply",
    notes=(
        "Auto-acknowledgement from the scout group's shared mailbox answering the bot's receipt for [[I7]]; "
        "Auto-Submitted, X-Autoreply and Precedence: auto_reply headers, 'Automatiskt svar:' subject. "
        "Threaded to the receipt but not a followup; the bot must not answer."
    ),
)

m = mail(
    "C3",
    "language-cafe-ankarsrum",
    dt(20, 21, 15),
    "Marieke de Vries <marieke.devries@example.com>",
    "Application idéslanten – language café and welcome evenings in Ankarsrum",
    "<CAJm8r2Yq7Fz0u9Wp+KdX4hV3sL6cN1bTe5o@mail.example.com>",
)
C3_TEXT = f"""Dear Sir or Madam,

I am writing on behalf of Ankarsrum International Friends (Ankarsrums Internationella Vänner), a non-profit association founded in 2023 by newcomers and locals in Ankarsrum. We have 34 members from eight countries, about half of them born in Sweden. Org. no. {ORG["ankarsrum"]}. My Swedish is still not good enough for a formal application, so I hope English is ok.

What we plan
From September to December 2026 we will hold a language café every second Wednesday, 8 evenings in total, in the meeting room we rent from the village association. Swedish-speaking volunteers talk with newcomers over coffee, in small groups, about everyday things. Twice during the autumn we will have a welcome evening with food from different countries, where local associations present themselves. Many families have moved here in recent years, for jobs in the area and to houses that stood empty. If they learn the language and get to know their neighbours, they stay, and the school and the shop get more children and customers. Everything is free and open to everyone, women and men of all ages.

Local anchoring
The sports club and the village association will present themselves at the welcome evenings and help us spread the word. 16 local people have signed up as conversation hosts. In February we asked members and neighbours in a small survey what they would like (47 replies), and a language café came out on top.

Budget
Please see the attached spreadsheet. The total is 8 750 SEK, which is what we apply for.

Contact person: Marieke de Vries (chair), phone +46 73 409 27 15, marieke.devries@example.com

Kind regards / Med vänliga hälsningar
Marieke de Vries
Ankarsrum International Friends
"""
C3_XLSX = make_xlsx(
    "Budget",
    [
        ["Budget – language café Ankarsrum, Sept–Dec 2026", None],
        [None, None],
        ["Item", "SEK"],
        ["Room rent, 8 evenings x 300", 2400],
        ["Coffee and snacks, 8 evenings x 250", 2000],
        ["Food ingredients, 2 welcome evenings x 1 200", 2400],
        ["Printed material and posters", 750],
        ["Craft materials for the children's corner", 1200],
        ["Total", 8750],
    ],
    "Marieke de Vries",
)


def build_c3(msg):
    alt(msg, C3_TEXT)
    attach(msg, C3_XLSX, XLSX, "Budget language cafe Ankarsrum.xlsx")


m.build = build_c3
m.label = label(
    "application",
    all_true(),
    {
        "association_name": "Ankarsrum International Friends",
        "org_number": ORG["ankarsrum"],
        "contact_name": "Marieke de Vries",
        "contact_email": "marieke.devries@example.com",
        "contact_phone": "+46 73 409 27 15",
        "members": 34,
        "ort": "Ankarsrum",
        "amount_sek": 8750,
        "women_and_men": True,
        "salary_costs": False,
        "physical_investment": False,
    },
    "Complete application in English from a Dutch newcomer (Gmail, multipart/alternative plus an "
    ".xlsx budget with five items summing to 8 750). Anchoring: partner associations, 16 volunteer "
    "hosts, a survey with 47 replies. 'women and men of all ages' -> true. Room rent is not an "
    "investment.",
    language="en",
)

# ---------------------------------------------------------------------------
# Tuesday 21 April

m = mail(
    "I9",
    "kultur-virserum",
    dt(21, 8, 5),
    "Per Axelsson <per.axelsson@example.com>",
    "Idéslanten – Virserums kulturförening",
    "<7B3E1F0A-55C2-4D8E-9A61-2F0C4B7D9E13@example.com>",
    headers=APPLE,
)
I9_TEXT = """Hej!

Virserums kulturförening vill söka idéslanten för 2026. Föreningen bildades 2019 av några eldsjälar och har nu 57 medlemmar. Vi har tidigare ordnat bland annat visafton och konstrunda.

Under året vill vi skapa fler mötesplatser och kulturupplevelser för alla åldrar i Virserum och bidra till en levande bygd där fler vill bo och verka. Vi har god förankring i bygden.

Budget:
Artistarvoden 6 000 kr
Lokalhyror 2 500 kr
Marknadsföring 1 500 kr
Fika och förtäring 1 000 kr
Totalt: 11 000 kr

Kontakt: Per Axelsson, kassör, 076-118 92 33

Med vänlig hälsning
Per Axelsson
"""
m.build = lambda msg: plain(msg, I9_TEXT)
m.label = label(
    "application",
    all_true(activity=False, anchoring=False),
    {
        "association_name": "Virserums kulturförening",
        "contact_name": "Per Axelsson",
        "contact_email": "per.axelsson@example.com",
        "contact_phone": "076-118 92 33",
        "members": 57,
        "ort": "Virserum",
        "amount_sek": 11000,
        "women_and_men": None,
        "salary_costs": False,
        "physical_investment": False,
    },
    "Apple Mail. Association, contact and a four-line budget are fine, but the activity is only a "
    "general aim ('skapa fler mötesplatser och kulturupplevelser') and anchoring only the empty "
    "claim 'Vi har god förankring i bygden'. 'för alla åldrar' says nothing about gender. "
    "Followup [[F4]] supplies both.",
)
MISSING["I9"] = ["activity", "anchoring"]

m = mail(
    "I12",
    "sprakcafe-lackeby",
    dt(21, 12, 20),
    "Karin Lindqvist <karin.lindqvist@example.com>",
    "Språkcafé i Läckeby – söker bidrag",
    "<CAKx5T9qV2m+Jd8RzWf3YbH0nP7cLu4sEg6a@mail.example.com>",
)
I12_TEXT = """Hej!

Jag heter Karin Lindqvist och är pensionerad lärare. Vi är några grannar i Läckeby som sedan i höstas har träffat de nyanlända familjerna som bor här, och nu vill vi göra det till något mer ordnat.

Vi vill starta ett språkcafé varannan torsdag kl 18–20 från augusti till december, tio träffar, i församlingshemmet. Vid varje träff pratar vi svenska i små grupper kring ett tema (handla, vården, föreningslivet, att söka jobb) och fikar tillsammans. Några gånger bjuder vi in folk från byns föreningar som berättar vad de gör. Målet är att de som flyttat hit ska känna sig hemma, lära sig språket och hitta in i föreningslivet, så att de stannar i Läckeby. Alla är välkomna, kvinnor och män, unga och gamla.

Församlingen lånar ut lokalen gratis och hjälper till att sprida informationen, och tolv personer från byn har anmält att de vill vara samtalsledare. Hembygdsföreningen och PRO har lovat att komma och presentera sig.

Vi behöver pengar till fika, studiematerial och lite annonsering, ungefär 5 000 kr tror vi.

Hälsningar
Karin Lindqvist
070-281 66 15
"""
m.build = lambda msg: alt(msg, I12_TEXT)
m.label = label(
    "application",
    all_true(association=False, budget=False),
    {
        "contact_name": "Karin Lindqvist",
        "contact_email": "karin.lindqvist@example.com",
        "contact_phone": "070-281 66 15",
        "ort": "Läckeby",
        "amount_sek": 5000,
        "women_and_men": True,
        "salary_costs": False,
        "physical_investment": False,
    },
    "Gmail. The applicant is 'några grannar i Läckeby' – an unnamed group, so association false "
    "(the parish, hembygdsföreningen and PRO are partners, not the applicant). Budget: cost "
    "types without amounts plus 'ungefär 5 000 kr' -> false, amount 5000. Activity and anchoring "
    "(free room from the parish, twelve volunteer hosts) are concrete. Followup [[F5]] adds the new "
    "association and an .xlsx budget.",
)
MISSING["I12"] = ["association", "budget"]

m = mail(
    "I2",
    "bildcirkel-paryd",
    dt(21, 17, 55),
    "Bertil Gustafsson <bertil.gustafsson@example.net>",
    "Ansökan",
    "<000c01dcd1a4$6e2b9f30$4a82dd90$@example.net>",
    headers=[("X-Mailer", "Microsoft Windows Live Mail 16.4.3528.331")],
)
I2_TEXT = """Hej.

Påryds byalag vill söka pengar till en studiecirkel om bygdens historia i bilder. Vi har samlat in över 600 gamla fotografier från gårdarna runt Påryd och vill att folk ska komma och berätta vad som finns på dom innan det är för sent, många av dom som vet är över 85 år.

Vi träffas sex gånger i höst i gamla skolan. Bilderna scannas in och visas på duk och det vi får veta skrivs ner. I december gör vi en utställning i gamla skolan som alla i bygden bjuds in till. Det blir ett sätt för gamla och unga, nya och gamla Pårydsbor att träffas och lära sig om bygden.

Byalaget har 94 medlemmar och bildades 1978.

Vi tror att många kommer att vilja vara med eftersom alla tycker det är roligt med gamla bilder.

Kostnader
Cirkelledare genom studieförbundet 0 kr (studieförbundet betalar)
Hyra av projektor 6 ggr 1 200 kr
Bläck och fotopapper 1 800 kr
Utskrifter i stort format till utställningen 1 500 kr
Fika 6 träffar 1 200 kr
Annonser 800 kr
Summa 6 500 kr

Bertil Gustafsson
kassör Påryds byalag
tel 0480-370 12
"""
m.build = lambda msg: plain(msg, I2_TEXT, charset="windows-1252", cte="8bit")
m.label = label(
    "application",
    all_true(anchoring=False),
    {
        "association_name": "Påryds byalag",
        "contact_name": "Bertil Gustafsson",
        "contact_email": "bertil.gustafsson@example.net",
        "contact_phone": "0480-370 12",
        "members": 94,
        "ort": "Påryd",
        "amount_sek": 6500,
        "women_and_men": None,
        "salary_costs": False,
        "physical_investment": False,
    },
    "Elderly writer, Windows Live Mail, windows-1252 8bit, subject just 'Ansökan'. Anchoring is "
    "only a hope ('Vi tror att många kommer att vilja vara med') -> false. Budget list with a 0 kr "
    "line sums to 6 500; ink, paper and prints are consumables, the projector is rented. "
    "'gamla och unga' is not a gender statement. Followup [[F6]] adds anchoring.",
)
MISSING["I2"] = ["anchoring"]


def outlook_quote(app_key: str, to_display: str) -> str:
    t = RECEIPT_TIME[app_key]
    return (
        "________________________________\n"
        f"Från: {BOT_NAME} <{BOT}>\n"
        f"Skickat: den {t.day} {SV_MONTH_LONG[t.month - 1]} {t.year} {t:%H:%M}\n"
        f"Till: {to_display}\n"
        f"Ämne: {receipt_subject(REF[app_key])}\n\n" + receipt_text(REF[app_key], MISSING[app_key])
    )


def gmail_attr(app_key: str) -> str:
    t = RECEIPT_TIME[app_key]
    return (
        f"Den {SV_DAYS[t.weekday()]} {t.day} {SV_MON[t.month - 1]} {t.year} kl {t:%H:%M} "
        f"skrev {BOT_NAME} <{BOT}>:"
    )


def apple_attr(app_key: str) -> str:
    t = RECEIPT_TIME[app_key]
    return f"{t.day} {SV_MON[t.month - 1]} {t.year} kl. {t:%H:%M} skrev {BOT_NAME} <{BOT}>:"


m = mail(
    "F1",
    "budget-lottorp",
    dt(21, 19, 5),
    "Gunilla Strand <gunilla.strand@example.se>",
    "SV: " + "RECEIPT:I1",
    "<DB7PR02MB4410E91B0C4D7A2F5E83@DB7PR02MB4410.eurprd02.example.se>",
    headers=OUTLOOK,
    reply_to_app="I1",
)


def build_f1(msg):
    text = (
        """Hej igen!

Här kommer budgeten för städdagen, förlåt att den inte kom med förra gången.

Sopsäckar och arbetshandskar 650 kr
Korv, bröd och dricka till ca 80 personer 2 400 kr
Fika (kaffe, bullar, saft) 800 kr
Hyra av container för grovsopor 650 kr
Summa 4 500 kr

Mvh
Gunilla Strand
Löttorps byalag
070-344 21 08

"""
        + outlook_quote("I1", "Gunilla Strand <gunilla.strand@example.se>")
        + "\n"
    )
    alt(msg, text, charset="windows-1252")


m.build = build_f1
m.label = label(
    "followup",
    {"contact": True, "budget": True},
    {
        "association_name": "Löttorps byalag",
        "contact_name": "Gunilla Strand",
        "contact_email": "gunilla.strand@example.se",
        "contact_phone": "070-344 21 08",
        "ort": "Löttorp",
        "amount_sek": 4500,
        "salary_costs": False,
        "physical_investment": False,
    },
    "Outlook top-post over a quoted Från:/Skickat:/Till:/Ämne: block with the receipt for [[I1]]. New "
    "text adds a four-item budget (4 500) and is signed by a named person from her own address "
    "(contact true). The association appears only as a name in the signature, so association "
    "stays false. Sacks, gloves and food are consumables, the container is rented.",
)

m = mail(
    "I3",
    "varfest-alsterbro",
    dt(21, 19, 30),
    "Alsterbro bygdegårdsförening <alsterbro.bygdegard@example.org>",
    "Vårfest i Alsterbro – ansökan",
    "<a7d3c9e1f0b24c6e@example.org>",
)
I3_TEXT = f"""Hej!

Alsterbro bygdegårdsförening (org.nr {ORG["alsterbro"]}) söker 9 800 kr ur idéslanten till en vårfest i bygdegården lördag 23 maj.

Föreningen har 112 medlemmar. Bygdegården byggdes 1948 och är byns enda samlingslokal sedan affären och skolan lades ner.

Festen: Vi börjar kl 15 med aktiviteter för barnen, kl 17 äter vi gemensam middag med lammgryta från en gård i byn, och på kvällen blir det dans till ett lokalt band. Festen är till för att alla i Alsterbro – gamla, unga, nyinflyttade, kvinnor och män – ska träffas, och för att visa att bygdegården lever så att fler vill hyra den och engagera sig i föreningen.

Förankring: Vi har frågat byborna med en lapp i alla brevlådor (ca 130 hushåll) och fått svar från 61 som vill komma. Idrottsföreningen och jaktlaget ordnar barnaktiviteterna och lotteriet.

Budget:
Band 4 500 kr
Hyra av hoppborg 1 200 kr
Mat till middagen (subventionerat pris) 2 600 kr
Affischer och annonser 500 kr
Dukning och blommor 1 000 kr
Summa 9 800 kr

Hälsningar
Styrelsen
Alsterbro bygdegårdsförening
"""
m.build = lambda msg: plain(msg, I3_TEXT)
m.label = label(
    "application",
    all_true(contact=False),
    {
        "association_name": "Alsterbro bygdegårdsförening",
        "org_number": ORG["alsterbro"],
        "members": 112,
        "ort": "Alsterbro",
        "amount_sek": 9800,
        "women_and_men": True,
        "salary_costs": False,
        "physical_investment": False,
    },
    "Sent from the association's shared mailbox, signed 'Styrelsen': no named contact person -> "
    "contact false, contact facts null. Otherwise complete: mailbox survey with 61 answers, two "
    "partner associations, five-item budget summing to the 9 800 applied for. The band's fee is a "
    "performer fee; the bouncy castle is rented.",
)
MISSING["I3"] = ["contact"]

# ---------------------------------------------------------------------------
# Wednesday 22 April

m = mail(
    "C4",
    "mobilcafe-storebro",
    dt(22, 8, 20),
    "Elsy Karlsson <elsy.karlsson@example.se>",
    "Ansökan om bygdepeng, SPF Seniorerna Storebro",
    "<3f0b1d2c-8e6a-4c75-b9d4-0a1e6f2c7d58@example.se>",
    headers=THUNDERBIRD,
)
C4_TEXT = """Hej!

Jag skriver för SPF Seniorerna Storebro där jag är sekreterare. Vi är ett sextiotal medlemmar från Storebro och byarna runt omkring och träffas en gång i månaden.

Många av oss har svårt med mobilen och datorn nu när allt ska skötas digitalt, banken, vården och bussbiljetterna. Därför vill vi ha en studiecirkel, "Mobilcafé", åtta tisdagar i höst från och med 1 september. Ungdomar från Storebro som går på högstadiet har lovat att vara handledare och visa hur man gör, en ungdom på två seniorer. Cirkeln är öppen för alla seniorer i bygden, damer som herrar, inte bara för våra medlemmar. När fler äldre klarar vardagen digitalt kan de bo kvar längre här, och det blir en mötesplats mellan gamla och unga i Storebro.

Vi gör cirkeln tillsammans med byalaget, som lånar ut sin lokal till självkostnad, och studieförbundet hjälper oss med upplägget. På vårt månadsmöte i mars anmälde sig 29 personer direkt.

Det vi behöver pengar till är hyra av lokalen, åtta gånger à 250 kronor, alltså 2 000 kronor, fika för ungefär 300 kronor per gång, 2 400 kronor, kopior och en liten handbok till var och en för 1 000 kronor, och en pizzakväll för ungdomarna sista gången för 800 kronor. Sammanlagt blir det 6 200 kronor.

Med vänlig hälsning
Elsy Karlsson
sekreterare SPF Seniorerna Storebro
tel. 0492-300 41
"""
m.build = lambda msg: plain(msg, C4_TEXT, cte="8bit", flowed=True)
m.label = label(
    "application",
    all_true(),
    {
        "association_name": "SPF Seniorerna Storebro",
        "contact_name": "Elsy Karlsson",
        "contact_email": "elsy.karlsson@example.se",
        "contact_phone": "0492-300 41",
        "members": 60,
        "ort": "Storebro",
        "amount_sek": 6200,
        "women_and_men": True,
        "salary_costs": False,
        "physical_investment": False,
    },
    "Complete, Thunderbird 8bit format=flowed. Budget given as prose with four amounts (sum 6 200). "
    "'ett sextiotal medlemmar' = 60. 'damer som herrar' -> true. Anchoring: joint with the "
    "byalag and a study association, 29 sign-ups. The teenage helpers get a pizza evening, not pay.",
)

m = mail(
    "F2",
    "budget-eriksmala",
    dt(22, 9, 15),
    "Ingrid Johansson <ingrid.j@example.net>",
    "Re: RECEIPT:I6",
    "<CAH7pQx1Rk4Wm9eZ+T0yFb2LsJ6nV8cXq3d@mail.example.net>",
    reply_to_app="I6",
)


def build_f2(msg):
    text = (
        """Hej igen

Min dotter har hjälpt mig med detta.

Kursledaren tar 1 500 kr per kväll, alltså 7 500 kr för fem kvällar. Tyg och vadd till dem som inte har eget ca 2 000 kr. Hyra för bygdegården fem kvällar à 200 kr = 1 000 kr. Fika 500 kr. Det blir 11 000 kr totalt.

Om förankringen: Vi har pratat med bygdegårdsföreningen, som hyr ut till oss billigt och lägger ut kursen på sin hemsida, och på höstmarknaden i fjol skrev 23 personer upp sig på en lista att de ville gå en sådan kurs.

Hälsningar Ingrid Johansson
Eriksmåla syförening

"""
        + gmail_attr("I6")
        + "\n\n"
        + quote(receipt_text(REF["I6"], MISSING["I6"]))
        + "\n"
    )
    alt(msg, text)


m.build = build_f2
m.label = label(
    "followup",
    {"contact": True, "anchoring": True, "budget": True},
    {
        "association_name": "Eriksmåla syförening",
        "contact_name": "Ingrid Johansson",
        "contact_email": "ingrid.j@example.net",
        "ort": "Eriksmåla",
        "amount_sek": 11000,
        "salary_costs": False,
        "physical_investment": False,
    },
    "Gmail reply ('Den ... skrev ...:' and '> ' quote of the receipt for [[I6]]). New text gives a "
    "prose budget (four amounts, 11 000) and anchoring (the bygdegårdsförening cooperates, 23 "
    "names on an interest list). Signed by a named person from her own address -> contact true. "
    "Course-leader fee is not salary; fabric and wadding are consumables.",
)

m = mail(
    "I4",
    "fiskedag-figeholm",
    dt(22, 12, 10),
    "Jessica Holm <jessica.holm@example.com>",
    "Fiskedag för barnen i Figeholm",
    "<VI1PR08MB5321F3A0C9D84E2B6C17@VI1PR08MB5321.eurprd08.example.com>",
    headers=[("X-Mailer", "Outlook for Android")],
)
I4_TEXT = """Hej!

Vi är några föräldrar här i Figeholm som vill ordna en prova-på-fiskedag för barnen i byn lördag 13 juni. Vi samlas vid hamnen kl 10, barnen får prova mete och kastspö med hjälp av vuxna som kan, vi visar hur man rensar fisk och sen grillar vi det vi får (plus korv ifall det går dåligt 😄). Vi vill att barnen ska upptäcka havet och skärgården som finns runt knuten och att föräldrarna lär känna varandra, det har flyttat hit många barnfamiljer de senaste åren.

Båtklubben lånar ut bryggan och klubbstugan och fem av deras medlemmar ställer upp som fiskeguider. Föräldrarådet på skolan har skickat ut inbjudan till alla familjer och 26 barn har redan anmält sig.

Budget:
Hyra av spön och håvar 1 500 kr
Mete och beten 600 kr
Korv, bröd och dricka 1 200 kr
Diplom och små priser till barnen 700 kr
Totalt 4 000 kr

Hälsningar Jessica Holm
072-914 30 55

Skaffa Outlook för Android
"""
m.build = lambda msg: plain(msg, I4_TEXT)
m.label = label(
    "application",
    all_true(association=False),
    {
        "contact_name": "Jessica Holm",
        "contact_email": "jessica.holm@example.com",
        "contact_phone": "072-914 30 55",
        "ort": "Figeholm",
        "amount_sek": 4000,
        "women_and_men": None,
        "salary_costs": False,
        "physical_investment": False,
    },
    "Mobile (Outlook for Android), with an emoji. Applicant is 'några föräldrar här i Figeholm' – "
    "no association; the boat club and the school's parents' council are partners -> association "
    "false, association_name and members null. Everything else is there; rods are rented. 'barnen' "
    "is not a gender statement.",
)
MISSING["I4"] = ["association"]

m = mail(
    "I5",
    "sommaraktivitet-tuna",
    dt(22, 14, 35),
    "Lars-Erik Sjöberg <larserik.sjoberg@example.se>",
    "Ansökan idéslanten 2026 – Tuna hembygdsförening",
    "<HE1PR09MB2714A0B5D3C6E8F17D92@HE1PR09MB2714.eurprd09.example.se>",
    headers=OUTLOOK,
)
I5_TEXT = f"""Hej,

Tuna hembygdsförening söker härmed bidrag från regional bygdepeng – idéslanten.

Föreningen
Tuna hembygdsförening, org.nr {ORG["tuna"]}, 78 medlemmar. Vi förvaltar hembygdsgården och den gamla sockenstugan i Tuna.

Vad vi vill göra
Vi vill under sommaren 2026 göra något som får fler, särskilt yngre och nyinflyttade, att engagera sig i bygden och i föreningen. Exakt vad det blir bestämmer vi tillsammans under våren, det kan bli en aktivitetsdag eller något liknande.

Förankring
På byamötet i Tuna den 28 februari var ett 40-tal personer överens om att hembygdsföreningen ska driva frågan, och kyrkan och idrottsföreningen har lovat att hjälpa till med folk.

Budget
Annonsering och inbjudningar 1 500 kr
Inköp av partytält 3x6 m som föreningen kan använda fler gånger 3 500 kr
Fika och förtäring 2 000 kr
Material 500 kr
Summa 7 500 kr

Kontaktperson: Lars-Erik Sjöberg, 070-455 10 83

Med vänliga hälsningar
Lars-Erik Sjöberg
ordförande
"""
m.build = lambda msg: alt(msg, I5_TEXT, charset="windows-1252")
m.label = label(
    "application",
    all_true(activity=False),
    {
        "association_name": "Tuna hembygdsförening",
        "org_number": ORG["tuna"],
        "contact_name": "Lars-Erik Sjöberg",
        "contact_email": "larserik.sjoberg@example.se",
        "contact_phone": "070-455 10 83",
        "members": 78,
        "ort": "Tuna",
        "amount_sek": 7500,
        "women_and_men": None,
        "salary_costs": False,
        "physical_investment": True,
    },
    "Outlook, windows-1252 QP. Activity undecided ('Exakt vad det blir bestämmer vi ... det kan bli "
    "en aktivitetsdag eller något liknande') -> false. Anchoring: a village meeting of about 40 "
    "backed it and the church and sports club will help -> true. The budget buys a party tent -> "
    "physical_investment true.",
)
MISSING["I5"] = ["activity"]

m = mail(
    "C5",
    "hamnens-dag-bergkvara",
    dt(22, 16, 0),
    "Thomas Åkesson <thomas.akesson@example.se>",
    "Ansökan – Hamnens dag i Bergkvara 2026",
    "<AM6PR04MB6102B7C1E0F94A3D5E28@AM6PR04MB6102.eurprd04.example.se>",
    headers=OUTLOOK,
)
C5_TEXT = f"""Hej!

Här kommer vår ansökan, budgeten ligger i bifogat Word-dokument.

Sökande: Bergkvara hamnförening, org.nr {ORG["bergkvara"]}. Vi är 95 medlemmar och sköter gästhamnen och hamnområdet ideellt.

Aktivitet: Hamnens dag lördag 8 augusti. Prova-på segling och kajak med instruktörer från seglarklubben, visning av fiskrökning, loppis på kajen, fiskdamm för barnen och på kvällen konsert med ett dansband från trakten. Vi vill visa upp hamnen som mötesplats för hela Bergkvara, locka besökare som handlar i ortens butiker och på restaurangen, och få fler att vilja ha sin båt här och engagera sig i föreningen.

Förankring: Dagen ordnas ihop med seglarklubben, byalaget och PRO, som sköter serveringen. Ett 40-tal frivilliga har redan skrivit upp sig för att jobba under dagen.

Vi söker 15 000 kr.

Kontaktperson är jag, Thomas Åkesson, kassör.
Tfn 0486-201 17 eller 070-822 93 06.

Mvh
Thomas Åkesson
Bergkvara hamnförening
"""
C5_DOCX = make_docx(
    [
        ("h", "Budget – Hamnens dag i Bergkvara 8 augusti 2026", 1),
        "Bergkvara hamnförening",
        (
            "table",
            [
                ["Kostnadspost", "Belopp (kr)"],
                ["Arvode dansband, kvällskonsert", "6 000"],
                ["Hyra av scen och ljud", "3 500"],
                ["Hyra av kajaker och flytvästar", "2 000"],
                ["Annonsering och affischer", "1 500"],
                ["Avgift polistillstånd", "700"],
                ["Material till barnaktiviteter (fiskdamm, priser)", "1 300"],
                ["Summa", "15 000"],
            ],
        ),
        "Intäkter från loppis och servering går till hamnföreningens verksamhet.",
    ],
    "Thomas Åkesson",
)


def build_c5(msg):
    alt(msg, C5_TEXT, charset="iso-8859-1")
    attach(msg, C5_DOCX, DOCX, "Budget Hamnens dag 2026.docx")


m.build = build_c5
m.label = label(
    "application",
    all_true(),
    {
        "association_name": "Bergkvara hamnförening",
        "org_number": ORG["bergkvara"],
        "contact_name": "Thomas Åkesson",
        "contact_email": "thomas.akesson@example.se",
        "contact_phone": "0486-201 17",
        "members": 95,
        "ort": "Bergkvara",
        "amount_sek": 15000,
        "women_and_men": None,
        "salary_costs": False,
        "physical_investment": False,
    },
    "Complete Outlook mail (iso-8859-1 QP) with the budget only in a .docx table (six rented or "
    "fee items, sum 15 000 – exactly the cap). Anchoring: three local associations and about 40 "
    "volunteers. No gender statement. Two phone numbers, the first is recorded. Kayaks, stage and "
    "sound are rented.",
)

m = mail(
    "Q1",
    "fraga-vagforening-morlunda",
    dt(22, 18, 45),
    "Åke Lindberg <ake.lindberg@example.net>",
    "Fråga om idéslanten",
    "<5e1f7a2c.9b3d.4c08.a6e2.0d4f8b1c3e97@example.net>",
)
Q1_TEXT = """Hej!

Jag är ordförande i Kvarnvägens vägförening strax norr om Mörlunda, vi är 23 medlemmar (fastighetsägare längs vägen).

Vi har en vägtrumma som har rasat och behöver bytas, och undrar om man kan söka idéslanten för det, och i så fall hur mycket. Vi skulle också vilja ha en städdag längs vägen med grillning efteråt för alla som bor där. Kan vi söka för båda sakerna i samma ansökan, och när är sista dag att söka?

Tack på förhand

Åke Lindberg
Kvarnvägens vägförening
"""
m.build = lambda msg: plain(msg, Q1_TEXT, charset="iso-8859-1")
m.label = label(
    "question",
    facts={
        "association_name": "Kvarnvägens vägförening",
        "contact_name": "Åke Lindberg",
        "contact_email": "ake.lindberg@example.net",
        "members": 23,
        "ort": "Mörlunda",
        "physical_investment": True,
    },
    notes="Question from a road association: can idéslanten pay for replacing a collapsed culvert "
    "(a physical investment the question itself proposes -> physical_investment true) and a clean-up "
    "day, and what is the deadline. Not an application (nothing is applied for, no amount), so all "
    "elements false. iso-8859-1 QP.",
)

m = mail(
    "F4",
    "kulturkvallar-virserum",
    dt(22, 21, 40),
    "Per Axelsson <per.axelsson@example.com>",
    "Sv: RECEIPT:I9",
    "<0C5D9B2E-71A4-4F36-8E0B-D6A3C2F19B47@example.com>",
    headers=APPLE,
    reply_to_app="I9",
)


def build_f4(msg):
    text = (
        """Hej,

Tack för snabbt svar. Här är mer om vad vi ska göra och hur det är förankrat.

Vi ordnar tre kulturkvällar i föreningens lokal i centrum:
- fredag 12 juni: visafton med en trubadur från trakten och allsång
- lördag 19 september: berättarkväll om Virserums möbelindustri, där äldre som jobbat på fabrikerna berättar
- fredag 6 november: filmkväll med kortfilmer som ungdomarna på fritidsgården gör under hösten

Kvällarna ska ge folk en anledning att ses över generationsgränserna och visa att det händer saker i Virserum, så att inflyttade och unga vill stanna kvar.

Förankring: Vi gör berättarkvällen tillsammans med hembygdsföreningen och filmkvällen med fritidsgården. I mars gjorde vi en enkät i Facebookgruppen för Virserum där 112 personer svarade, och visafton och berättarkväll fick flest röster.

Hälsningar
Per Axelsson
Virserums kulturförening

"""
        + apple_attr("I9")
        + "\n\n"
        + quote(receipt_text(REF["I9"], MISSING["I9"]))
        + "\n"
    )
    plain(msg, text)


m.build = build_f4
m.label = label(
    "followup",
    {"contact": True, "activity": True, "anchoring": True},
    {
        "association_name": "Virserums kulturförening",
        "contact_name": "Per Axelsson",
        "contact_email": "per.axelsson@example.com",
        "ort": "Virserum",
        "salary_costs": False,
        "physical_investment": False,
    },
    "Apple Mail reply ('Sv:', 'skrev ...:' attribution, '> ' quoted receipt for [[I9]]). New text "
    "gives a concrete activity (three dated evenings with a purpose) and anchoring (two partner "
    "groups, a Facebook survey with 112 answers – respondents, not members). Signed with full name "
    "from his own address -> contact true. No budget or amount in the new text.",
)

# ---------------------------------------------------------------------------
# Thursday 23 April

m = mail(
    "I10",
    "boule-kopingsvik",
    dt(23, 8, 30),
    "Anders Nyberg <anders.nyberg@example.com>",
    "Ansökan – boule för alla i Köpingsvik",
    "<CAN0rB4vZk7Qy+Hs2Lx9WdT5fM1pJ3eGc8u@mail.example.com>",
)
I10_TEXT = """Hej!

Köpingsviks Boule- och Trivselförening söker 7 200 kr ur idéslanten.

Vi är en förening med 41 medlemmar som spelar boule på våra banor i Köpingsvik från april till oktober.

Under juni–augusti vill vi ha öppen boule varje tisdagskväll kl 18–20 där vem som helst kan komma och prova, med lånade klot och instruktion av våra medlemmar. I slutet av augusti avslutar vi med en bouleturnering för lag från byns föreningar och företag, med grillbuffé. Vi vill att åretruntboende och sommargäster, unga som gamla, ska mötas och att byn ska kännas levande även utanför högsäsong.

Vi hoppas att många vill vara med och tror att det här kommer att uppskattas av alla i Köpingsvik.

Budget:
- Hyra av grill och tält till turneringen 1 800 kr
- Grillbuffé 60 pers à 60 kr 3 600 kr
- Priser till turneringen 800 kr
- Affischer och annonser i Ölandsbladet 1 000 kr
Summa 7 200 kr

Kontakt: Anders Nyberg, ordförande, 070-166 72 40

Hälsningar
Anders
"""
m.build = lambda msg: alt(msg, I10_TEXT)
m.label = label(
    "application",
    all_true(anchoring=False),
    {
        "association_name": "Köpingsviks Boule- och Trivselförening",
        "contact_name": "Anders Nyberg",
        "contact_email": "anders.nyberg@example.com",
        "contact_phone": "070-166 72 40",
        "members": 41,
        "ort": "Köpingsvik",
        "amount_sek": 7200,
        "women_and_men": None,
        "salary_costs": False,
        "physical_investment": False,
    },
    "Gmail. Anchoring is only a hope ('Vi hoppas att många vill vara med och tror att det här kommer "
    "att uppskattas') -> false. Contact named in a 'Kontakt:' line, signed with first name from "
    "his own address. Budget '-' list sums to 7 200; grill and tent are rented. Autoreply [[M2]] "
    "answers the receipt.",
)
MISSING["I10"] = ["anchoring"]

m = mail(
    "M2",
    "semester-kopingsvik",
    dt(23, 8, 31, 30),
    "Anders Nyberg <anders.nyberg@example.com>",
    "Re: RECEIPT:I10",
    "<20260423063130.51f2@mail.example.com>",
    reply_to_app="I10",
)
M2_TEXT = """Hej,

Jag är på semester till och med söndag 10 maj och läser mina mejl bara sporadiskt. Jag svarar så snart jag kan när jag är tillbaka.

Gäller det Köpingsviks Boule- och Trivselförening går det bra att ringa vår kassör på 070-166 80 12.

Hälsningar
Anders Nyberg
"""
m.build = lambda msg: plain(msg, M2_TEXT)
m.label = label(
    "autoreply",
    notes=(
        "Vacation reply to the bot's receipt for [[I10]], sent a minute after it, with a plain 'Re:' "
        "subject, In-Reply-To/References – and no automation header at all (no Auto-Submitted, "
        "X-Autoreply or Precedence). Must not be taken for a followup and must not be answered."
    ),
)

m = mail(
    "I11",
    "viltkvall-berga",
    dt(23, 9, 50),
    "Mikael Forsberg <mikael.forsberg@example.se>",
    "Ansökan viltkväll Berga",
    "<b8e2f0d14c7a49f3a21e6c5d0f3b7a98@example.se>",
    headers=THUNDERBIRD,
)
I11_TEXT = """Hej!

Berga jaktlag vill söka pengar från idéslanten. Jaktlaget består av nio medlemmar, både markägare och jägare, och vi jagar på markerna runt Berga.

Vi vill ordna en viltkväll i klubbstugan vid idrottsplatsen tisdag 20 oktober. En viltvårdare föreläser om vildsvin, viltolyckor och vad man ska göra om man har kört på ett djur, och sedan bjuder vi på provsmakning av viltkött som vi lagar själva. Kvällen är öppen för alla i bygden, kvinnor som män, jägare eller inte. Vi vill minska konflikterna mellan jägare och andra boende (vildsvinen förstör mycket i trädgårdarna) och att fler förstår varför jakten behövs här.

Idén kom från ett byamöte i höstas där vildsvinen var den stora frågan, ett 60-tal var där. Vi gör kvällen ihop med byalaget och LRF-avdelningen, som bjuder in sina medlemmar.

Budgeten bifogas. Vi söker ca 6 000 kr.

Mvh
Mikael Forsberg
Berga jaktlag
073-640 11 92
"""
m.build = lambda msg: plain(msg, I11_TEXT, cte="8bit")
m.label = label(
    "application",
    all_true(budget=False),
    {
        "association_name": "Berga jaktlag",
        "contact_name": "Mikael Forsberg",
        "contact_email": "mikael.forsberg@example.se",
        "contact_phone": "073-640 11 92",
        "members": 9,
        "ort": "Berga",
        "amount_sek": 6000,
        "women_and_men": True,
        "salary_costs": False,
        "physical_investment": False,
    },
    "Thunderbird, 8bit. 'Budgeten bifogas' but nothing is attached – the everyday forgotten "
    "attachment – so budget false; 'ca 6 000 kr' gives the amount. 'nio medlemmar' = 9, below the "
    "10-member rule. 'kvinnor som män' -> true. Anchoring: village meeting of about 60, joint with "
    "byalaget and LRF. The bot's receipt to him bounces ([[M3]]).",
)
MISSING["I11"] = ["budget"]

M3 = mail(
    "M3",
    "bounce-berga",
    dt(23, 9, 51, 20),
    "MAILER-DAEMON@example.se (Mail Delivery System)",
    "Undelivered Mail Returned to Sender",
    "<20260423075120.3F2A41C07B@mx1.example.se>",
)
M3.label = label(
    "bounce",
    language="en",
    notes=(
        "English Postfix bounce (multipart/report; report-type=delivery-status with text/plain, "
        "message/delivery-status and text/rfc822-headers): the bot's receipt to [[I11]]'s sender failed "
        "with 552 5.2.2 mailbox full. The returned headers carry the receipt subject ('det saknas "
        "uppgifter') and the application's Message-ID. Never answered."
    ),
)

m = mail(
    "F6",
    "forankring-paryd",
    dt(23, 11, 2),
    "Bertil Gustafsson <bertil.gustafsson@example.net>",
    "Sv: RECEIPT:I2",
    "<D41A7C39-2E5B-4B80-9F16-7A3C0E82D5B1@example.net>",
    headers=IPHONE,
    reply_to_app="I2",
)


def build_f6(msg):
    text = (
        """Hej. Jag pratade med ordföranden i går om förankringen. Det var så här att vi tog upp cirkeln på bymötet i gamla skolan den 15 mars, det är öppet för alla i Påryd och det kom 38 personer och alla var för. Sen har 11 personer redan lämnat in bilder och lovat att komma på träffarna.

Bertil Gustafsson

Skickat från min iPhone

"""
        + quote(apple_attr("I2") + "\n\n" + receipt_text(REF["I2"], MISSING["I2"]))
        + "\n"
    )
    plain(msg, text)


m.build = build_f6
m.label = label(
    "followup",
    {"contact": True, "anchoring": True},
    {
        "contact_name": "Bertil Gustafsson",
        "contact_email": "bertil.gustafsson@example.net",
        "ort": "Påryd",
        "salary_costs": False,
        "physical_investment": False,
    },
    "iPhone reply ('Sv:', 'Skickat från min iPhone', whole receipt for [[I2]] quoted with '> ' including "
    "the attribution line). New text: an open village meeting in Påryd with 38 people in favour and 11 "
    "residents contributing photos -> anchoring true; signed with full name from his own address "
    "-> contact true.",
)

m = mail(
    "C6",
    "prova-pa-dag-jarnforsen",
    dt(23, 13, 15),
    "Sara Lundgren <sara.lundgren@example.com>",
    "Ansökan Prova-på-dag Järnforsens IF",
    "<CAP2sW7nQ0h+Ke5YbM3rTz8vL1cF9dXu4Jo@mail.example.com>",
)
C6_TEXT = f"""Hej!

Här kommer vår ansökan till idéslanten.

**Föreningen**
Järnforsens Idrottsförening, org.nr {ORG["jarnforsen"]}, bildad 1946. Vi har 132 medlemmar, ungefär hälften barn och ungdomar, och håller på med fotboll, innebandy och gympa.

**Aktivitet**
Söndag 6 september har vi prova-på-dag på idrottsplatsen och i gympasalen. Barn, ungdomar och vuxna får prova fotboll, innebandy, friidrott, boule och stavgång, och vi lägger ut en enkel orienteringsbana i skogen. Tjejer och killar, kvinnor och män i alla åldrar är välkomna. Vi vill att fler i Järnforsen ska hitta en aktivitet nära hemmet, och vi behöver fler ledare och föräldrar som engagerar sig, annars riskerar vi att lägga ner lag.

**Förankring**
I februari hade vi en enkät i Facebookgruppen för Järnforsen: 85 svar, och 70 ville att föreningen ordnar en sådan dag. Föräldraföreningen på skolan och PRO är med och ordnar servering och stavgången.

**Budget**
Post                                        Kr
Hyra av hoppborg och tidtagning          1 800
Arvoden 2 gästinstruktörer               2 000
Lön kanslist, planering 10 tim           1 800
Priser och diplom                          800
Mat och fika                             1 900
Affischer och annonser                     800
Summa                                    9 100

Kontakt: Sara Lundgren, ungdomsansvarig, 070-309 85 12

Hälsningar Sara
"""
m.build = lambda msg: alt(msg, C6_TEXT)
m.label = label(
    "application",
    all_true(),
    {
        "association_name": "Järnforsens Idrottsförening",
        "org_number": ORG["jarnforsen"],
        "contact_name": "Sara Lundgren",
        "contact_email": "sara.lundgren@example.com",
        "contact_phone": "070-309 85 12",
        "members": 132,
        "ort": "Järnforsen",
        "amount_sek": 9100,
        "women_and_men": True,
        "salary_costs": True,
        "physical_investment": False,
    },
    "Complete Gmail mail with Markdown-style **headings** and a space-aligned budget table (sum "
    "9 100, no separate amount asked, so the total). One line pays the club's employed kanslist "
    "('Lön kanslist') -> salary_costs true; the guest instructors' fees alone would not be. "
    "Anchoring: survey with 85 answers and two partner associations. 'Tjejer och killar, kvinnor "
    "och män' -> true.",
)

m = mail(
    "C7",
    "allsang-vickleby",
    dt(23, 15, 20),
    "Annika Bergström <annika.bergstrom@example.org>",
    "Ansökan från Vickleby sångarlag",
    "<5A9C2E71-B3D0-4F84-A6E1-0C7B9D3F2E58@example.org>",
    headers=[("X-Mailer", "Microsoft Outlook 16.84 for Mac")],
)
C7_TEXT = f"""Hej!

Vickleby sångarlag vill söka bidrag från idéslanten till "Sjung med i Vickleby" – fyra allsångskvällar och en sommarkonsert.

Om oss: Vi är en blandad kör med 26 medlemmar från Vickleby, Resmo och Färjestaden. Kören bildades 1987 och repeterar varje måndag i bygdegården. Org.nr {ORG["vickleby"]}.

Vad vi ska göra: Fyra allsångskvällar i bygdegården, onsdagar i juni, där alla kan komma och sjunga med till piano, med kaffe i pausen. Den 2 augusti håller vi sommarkonsert i Vickleby kyrka. Vi vill ge bygden en mötesplats där åretruntboende och sommargäster sjunger tillsammans, och vi hoppas få in fler och yngre sångare i kören.

Förankring: Vickleby hembygdsförening står för fikat på allsångskvällarna och församlingen upplåter kyrkan utan kostnad. Byarådet tog upp planen på sitt möte i februari och sprider informationen till alla hushåll.

Budget:
Arvode pianist, 4 kvällar 3 000 kr
Arvode solist sommarkonserten 2 500 kr
Notmaterial och sånghäften 1 800 kr
Hyra bygdegården, 4 kvällar 1 600 kr
Annonsering (Ölandsbladet, affischer) 1 200 kr
Fika 1 300 kr
Summa 11 400 kr

Kontakt: Annika Bergström, ordförande, 073-520 44 81

Varma hälsningar
Annika
"""
m.build = lambda msg: alt(msg, C7_TEXT)
m.label = label(
    "application",
    all_true(),
    {
        "association_name": "Vickleby sångarlag",
        "org_number": ORG["vickleby"],
        "contact_name": "Annika Bergström",
        "contact_email": "annika.bergstrom@example.org",
        "contact_phone": "073-520 44 81",
        "members": 26,
        "ort": "Vickleby",
        "amount_sek": 11400,
        "women_and_men": None,
        "salary_costs": False,
        "physical_investment": False,
    },
    "Complete Outlook-for-Mac mail. Distractor places Resmo and Färjestaden only describe where "
    "members live; the activity is in Vickleby. Pianist and soloist fees are performer fees, not "
    "salary; song booklets are consumables. 'blandad kör' describes the choir, not who the "
    "activity is for -> women_and_men null. Anchoring: hembygdsförening, parish and byaråd.",
)

m = mail(
    "I8",
    "skordefest-kastlosa",
    dt(23, 18, 5),
    "Skördefest Kastlösa <kastlosa.skordefest@example.com>",
    "Skördefest i Kastlösa – ansökan idéslanten",
    "<CAQ9fV2kX5t+Bn7HcR0mWy3Lp8sD1eZa6Gu@mail.example.com>",
)
I8_TEXT = """Hej!

Vi är några i Kastlösa som vill göra en skördefest lördag 19 september vid gamla skolan. Lokala odlare och gårdar säljer grönsaker, kött och bröd, det blir tipspromenad längs alvarkanten, tävling om största pumpan för barnen och på kvällen knytkalas med musik. Vi vill att folk på södra Öland ska handla av varandra och att Kastlösa ska synas som en levande by även efter sommaren.

På byamötet 10 april var vi 25 personer och alla ville vara med, och nio gårdar har redan sagt att de ställer ut.

Budget:
Hyra av tält 3 000
Musiker 2 500
Annonser 1 000
Hyra av toalettvagn 1 200
Priser till barntävlingen 500
Summa 8 200 kr

Hälsningar från oss i Kastlösa!
"""
m.build = lambda msg: alt(msg, I8_TEXT)
m.label = label(
    "application",
    all_true(association=False, contact=False),
    {
        "ort": "Kastlösa",
        "amount_sek": 8200,
        "women_and_men": None,
        "salary_costs": False,
        "physical_investment": False,
    },
    "Gmail from a festival mailbox, signed only 'Hälsningar från oss i Kastlösa': no association "
    "('några i Kastlösa') and no named person -> association and contact false, their facts null. "
    "Activity, anchoring (village meeting, nine farms) and a five-line budget (8 200) are there; "
    "tent and toilet trailer are rented, the musician's fee is not salary.",
)
MISSING["I8"] = ["association", "contact"]

m = mail(
    "F3",
    "kontakt-budget-rockneby",
    dt(23, 20, 12),
    "Rockneby scoutkår <rocknebyscout@example.org>",
    "Re: RECEIPT:I7",
    "<e2b94f17-5c3a-4d6b-8f01-7a9c3d2e6b40@example.org>",
    headers=[("User-Agent", "Mozilla Thunderbird")],
    reply_to_app="I7",
)


def build_f3(msg):
    t = RECEIPT_TIME["I7"]
    text = (
        """Hej!

Här kommer det som saknades.

Kontaktperson för ansökan är vår kårordförande Jonas Ekström, 073-552 18 40, jonas.ekstrom@example.com.

Budget för prova-på-dagen 30 maj:
- Mat (pinnbröd, korv, frukt, saft) till ca 120 personer: 3 200 kr
- Förbrukningsmaterial (rep, ved, plåster, gasol): 1 400 kr
- Hyra av extra stormkök och tält från distriktet: 1 800 kr
- Tryck av inbjudningar och affischer: 600 kr
- Märken till alla barn som deltar: 1 000 kr
Summa: 8 000 kr

Hälsningar
Styrelsen, Rockneby scoutkår

"""
        + f"Den {t:%Y-%m-%d} kl. {t:%H:%M}, skrev {BOT_NAME}:\n"
        + quote(receipt_text(REF["I7"], MISSING["I7"]))
        + "\n"
    )
    plain(msg, text, cte="8bit", flowed=True)


m.build = build_f3
m.label = label(
    "followup",
    {"contact": True, "budget": True},
    {
        "association_name": "Rockneby scoutkår",
        "contact_name": "Jonas Ekström",
        "contact_email": "jonas.ekstrom@example.com",
        "contact_phone": "073-552 18 40",
        "ort": "Rockneby",
        "amount_sek": 8000,
        "salary_costs": False,
        "physical_investment": False,
    },
    "Thunderbird reply from the shared scout mailbox ('Den ... skrev ...:' and '> ' quote of the "
    "receipt for [[I7]]). Still signed 'Styrelsen', but the new text names a contact person with phone "
    "and e-mail -> contact true. Budget list (8 000); stoves and tents are rented, the rest "
    "consumables.",
)

# ---------------------------------------------------------------------------
# Friday 24 April

M4 = mail(
    "M4",
    "nyhetsbrev-foreningsbrevet",
    dt(24, 7, 0),
    "Föreningsbrevet Sydost <nyhetsbrev@example.org>",
    "Föreningsbrevet april: styrelseutbildning, GDPR och bidrag att söka i vår",
    "<nb-2026-04.8812.ideslanten=example.se@lists.example.org>",
    headers=[
        ("List-Id", "Föreningsbrevet Sydost <foreningsbrevet.lists.example.org>"),
        (
            "List-Unsubscribe",
            "<https://example.org/avregistrera?u=8812&l=fb>, <mailto:avregistrera@example.org?subject=unsubscribe>",
        ),
        ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
        ("Precedence", "bulk"),
    ],
)
M4_TEXT = """FÖRENINGSBREVET SYDOST – april 2026

Hej föreningsvän!

Våren är här och många föreningar planerar sommarens aktiviteter. I det här numret:

1. Styrelseutbildning i fyra kvällar
Vad gör en kassör? Hur skriver man ett bra protokoll? Vår populära digitala styrelseutbildning startar 5 maj. Anmälan senast 28 april.

2. GDPR för små föreningar
Får vi ha medlemslistan i en delad Excelfil? Vi reder ut det vanligaste på en lunchföreläsning 13 maj.

3. Bidrag att söka i vår
Glöm inte att det finns flera bidrag för lokala aktiviteter, till exempel regionens bygdepeng idéslanten, kommunernas föreningsbidrag och olika fonder. Tips: börja i god tid och beskriv tydligt vad ni vill göra, hur det är förankrat och vad det kostar.

4. Månadens förening
Vi har besökt en bygdegårdsförening som har gjort om sin gamla scen till mötesrum för distansarbete. Läs reportaget på vår webbplats.

Trevlig vår!
Redaktionen, Föreningsbrevet Sydost

Du får det här brevet eftersom din adress finns i vårt utskick till föreningar i sydost.
Avregistrera dig: https://example.org/avregistrera?u=8812&l=fb
"""


def build_m4(msg):
    html_text = (
        '<html><body style="font-family:Arial,sans-serif">'
        '<table width="600" align="center" cellpadding="12"><tr><td style="background:#2c5f2d;color:#fff">'
        "<h1>Föreningsbrevet Sydost – april 2026</h1></td></tr><tr><td>"
        + "".join(
            f"<p>{html.escape(p).replace(chr(10), '<br>')}</p>" for p in M4_TEXT.split("\n\n")[1:]
        )
        + '<p style="font-size:9pt;color:#777"><a href="https://example.org/avregistrera?u=8812&amp;l=fb">Avregistrera</a></p>'
        "</td></tr></table></body></html>\n"
    )
    alt(msg, M4_TEXT, html_text=html_text)


M4.build = build_m4
M4.label = label(
    "newsletter",
    notes=(
        "Bulk newsletter to associations with List-Id, List-Unsubscribe (+ One-Click) and Precedence: "
        "bulk; HTML table layout plus text part. It mentions idéslanten and 'förankrat' in a tips "
        "section but applies for nothing. Never answered."
    ),
)

m = mail(
    "C8",
    "filmkvallar-fagelfors",
    dt(24, 9, 10),
    "Johan Pettersson <johan.pettersson@example.net>",
    "Ansökan filmkvällar Fågelfors",
    "<91E3B7F0-4C2A-4D58-B1E6-3F0A8C5D72E9@example.net>",
    headers=IPHONE,
)
C8_TEXT = """Hej!

Fågelfors föräldraförening söker pengar ur idéslanten. Vi är 48 medlemmar, föräldrar till barn på skolan och förskolan i Fågelfors, och ordnar bland annat fika på skolavslutningen och julpyssel.

Vi vill ha sex filmkvällar i Folkets hus i höst och vinter, en fredag i månaden september–februari. Först barnfilm kl 17 med popcorn och saft, sen en film för vuxna kl 19.30. Det är gratis. Det är långt till närmaste bio och vi vill ge både barnfamiljer och äldre en anledning att ses på fredagskvällarna – tjejer och killar, mammor och pappor, mor- och farföräldrar.

På föräldramötet i mars röstade alla som var där (ett 30-tal) för filmkvällarna. Folkets husföreningen hyr ut salongen till självkostnad och sköter tekniken, och PRO har lovat att sköta kaffet på vuxenfilmen.

Budget:
Filmlicenser 6 kvällar x 2 filmer à 450 kr = 5 400 kr
Hyra salongen 6 x 300 = 1 800 kr
Popcorn, saft, kaffe 6 x 200 = 1 200 kr
Affischer 500 kr
Summa 8 900 kr

Johan Pettersson, ordf. Fågelfors föräldraförening, 070-993 12 47

Skickat från min iPhone
"""
m.build = lambda msg: plain(msg, C8_TEXT)
m.label = label(
    "application",
    all_true(),
    {
        "association_name": "Fågelfors föräldraförening",
        "contact_name": "Johan Pettersson",
        "contact_email": "johan.pettersson@example.net",
        "contact_phone": "070-993 12 47",
        "members": 48,
        "ort": "Fågelfors",
        "amount_sek": 8900,
        "women_and_men": True,
        "salary_costs": False,
        "physical_investment": False,
    },
    "Complete iPhone mail (QP utf-8) with a one-line signature 'name, ordf. association, phone'. "
    "Anchoring: vote at the parents' meeting plus Folkets hus and PRO cooperating. Budget with "
    "multiplications, sum 8 900. Film licences and hall rent are neither salary nor investment.",
)

m = mail(
    "F5",
    "forening-budget-lackeby",
    dt(24, 10, 30),
    "Karin Lindqvist <karin.lindqvist@example.com>",
    "Re: RECEIPT:I12",
    "<CAKx5T9rM8b+Qe2WnH6yFd4Vk0sJp7cLz1t@mail.example.com>",
    reply_to_app="I12",
)
F5_XLSX = make_xlsx(
    "Budget",
    [
        ["Budget språkcafé Läckeby aug–dec 2026", None],
        ["Läckeby Språkvänner", None],
        [None, None],
        ["Kostnad", "Kronor"],
        ["Fika, 10 träffar à 250 kr", 2500],
        ["Studiematerial och kopior", 900],
        ["Affischer och annonsering", 600],
        ["Avslutningsfest i december", 1000],
        ["Lokal (lånas gratis av församlingen)", 0],
        ["Summa", 5000],
    ],
    "Karin Lindqvist",
)


def build_f5(msg):
    text = (
        """Hej igen!

Vi har nu haft ett möte och bildat en förening, Läckeby Språkvänner. Vi är 15 medlemmar, både svenskfödda och nyanlända, och jag blev vald till ordförande. Vi har ansökt om organisationsnummer men det har inte kommit än.

Budgeten bifogas som Excelfil.

Hälsningar
Karin Lindqvist

"""
        + gmail_attr("I12")
        + "\n\n"
        + quote(receipt_text(REF["I12"], MISSING["I12"]))
        + "\n"
    )
    alt(msg, text)
    attach(msg, F5_XLSX, XLSX, "budget språkcafé.xlsx")


m.build = build_f5
m.label = label(
    "followup",
    {"association": True, "contact": True, "budget": True},
    {
        "association_name": "Läckeby Språkvänner",
        "contact_name": "Karin Lindqvist",
        "contact_email": "karin.lindqvist@example.com",
        "members": 15,
        "ort": "Läckeby",
        "amount_sek": 5000,
        "women_and_men": None,
        "salary_costs": False,
        "physical_investment": False,
    },
    "Gmail reply with an .xlsx attachment (RFC 2231 file name) to the receipt for [[I12]]. New text: the "
    "group has formed the association Läckeby Språkvänner, 15 members, in Läckeby -> association "
    "true (no org.nr yet); the attached budget has four costs and a 0 kr line, sum 5 000 -> budget "
    "true; signed by name from her own address -> contact true. 'svenskfödda och nyanlända' is not "
    "a gender statement.",
)

m = mail(
    "I13",
    "sommar-timmernabben",
    dt(24, 11, 40),
    "Eva Sandberg <eva.sandberg@example.se>",
    "Ansökan från Timmernabbens byalag",
    "<PA4PR05MB8820C1D3F7B2A90E4F56@PA4PR05MB8820.eurprd05.example.se>",
    headers=OUTLOOK,
)
I13_TEXT = """Hej!

Timmernabbens byalag söker härmed bygdepeng ur idéslanten. Byalaget har ca 120 hushåll som medlemmar och arbetar för att Timmernabben ska vara en bra ort att bo och leva i.

Vi vill göra något roligt för hela byn i sommar, troligen nere vid hamnen. Vad det blir exakt är inte bestämt än, vi har flera idéer som vi ska gå igenom i styrelsen.

På byamötet den 2 mars, där ett 35-tal personer var med, beslutades att byalaget ska söka pengar till en sommaraktivitet, och hamnföreningen och idrottsklubben har lovat att ställa upp med folk.

Vi räknar med att det kostar runt 10 000 kr.

Med vänliga hälsningar
Eva Sandberg
sekreterare, Timmernabbens byalag
0499-230 58
"""
m.build = lambda msg: alt(msg, I13_TEXT)
m.label = label(
    "application",
    all_true(activity=False, budget=False),
    {
        "association_name": "Timmernabbens byalag",
        "contact_name": "Eva Sandberg",
        "contact_email": "eva.sandberg@example.se",
        "contact_phone": "0499-230 58",
        "members": 120,
        "ort": "Timmernabben",
        "amount_sek": 10000,
        "women_and_men": None,
        "salary_costs": False,
        "physical_investment": False,
    },
    "Outlook. Activity not decided ('något roligt ... Vad det blir exakt är inte bestämt') -> false; "
    "'runt 10 000 kr' is a rough figure (amount) but no budget. Anchoring: a village meeting of about "
    "35 decided it, two local clubs will help -> true. 'ca 120 hushåll som medlemmar' = 120.",
)
MISSING["I13"] = ["activity", "budget"]

m = mail(
    "I14",
    "glasbruksvandring-orrefors",
    dt(24, 13, 25),
    "Karin Holm <orreforsglasbygd@example.org>",
    "Ansökan: Glasbruksvandringar i Orrefors",
    "<0f3a9c7e5b21d4e8@example.org>",
)
I14_TEXT = f"""Hej,

Föreningen Orrefors Glasbygd söker 8 600 kronor ur idéslanten.

Om föreningen
Ideell kulturförening bildad 2015, 67 medlemmar. Vi arbetar för att bevara och berätta om glasbrukshistorien i Orrefors. Org.nr {ORG["orrefors"]}.

Aktivitet
Sex guidade vandringar, lördagar juni–augusti, genom bruksområdet och arbetarbostäderna, där före detta glasblåsare berättar om livet vid bruket. Vandringarna avslutas med kaffe i föreningens lokal. De är gratis för bybor och kostar 50 kr för besökare. Vi vill ge turisterna en anledning att stanna längre i Orrefors och handla här, och ge inflyttade en känsla för platsen. Vandringarna passar alla, kvinnor och män, barn och vuxna.

Förankring
Planen är gjord tillsammans med samhällsföreningen och ortens företagarförening, som tar med vandringarna i sin sommarbroschyr. Sju före detta bruksarbetare har lovat att guida.

Budget
Tryck av karta och folder 2 500 kr
Annonsering 1 500 kr
Fika vid vandringarna 6 x 350 kr 2 100 kr
Hyra av bärbar högtalare och mikrofon 6 x 250 kr 1 500 kr
Tackmiddag för guiderna 1 000 kr
Summa 8 600 kr

Hälsningar
Föreningen Orrefors Glasbygd
"""
m.build = lambda msg: plain(msg, I14_TEXT, charset="windows-1252")
m.label = label(
    "application",
    all_true(contact=False),
    {
        "association_name": "Föreningen Orrefors Glasbygd",
        "org_number": ORG["orrefors"],
        "members": 67,
        "ort": "Orrefors",
        "amount_sek": 8600,
        "women_and_men": True,
        "salary_costs": False,
        "physical_investment": False,
    },
    "windows-1252 QP. Complete except contact: the association's mailbox shows 'Karin Holm' only in "
    "the From header and the mail is signed with the association name -> contact false, contact "
    "facts null. Loudspeaker is rented; the thank-you dinner is not salary.",
)
MISSING["I14"] = ["contact"]

m = mail(
    "I15",
    "motionsvandring-gullabo",
    dt(24, 15, 50),
    "Gullabo IF <gullaboif@example.com>",
    "Ansökan idéslanten",
    "<1777038600.412905.gullaboif@webmail.example.com>",
)
I15_HTML = """<html><body><div style="font-family:Verdana,sans-serif;font-size:10pt">
<div>Hej!</div><div><br></div>
<div>Gullabo IF söker 5 400 kr till "Gullabo i rörelse" – en motionsvandring med prova-på-stavgång.</div><div><br></div>
<div>Föreningen har 88 medlemmar, mest fotboll och motionsgympa, och har funnits sedan 1932.</div><div><br></div>
<div>Söndag 27 september går vi en 7 km slinga runt Gullabo med tre stationer: instruktion i stavgång, tipsfrågor om bygden och korvgrillning vid målet. Det finns också en kortare slinga på 3 km för barnvagnar och för den som inte går så bra. Vi vill få folk att röra på sig och att gamla och nya Gullabobor träffas.</div><div><br></div>
<div>Vi tror att slingan blir väldigt populär.</div><div><br></div>
<div>Budget:<br>
Hyra av stavar till 40 deltagare 1 600 kr<br>
Korv, bröd, dricka 1 800 kr<br>
Priser tipspromenad 600 kr<br>
Arvode instruktör stavgång 1 000 kr<br>
Affischer 400 kr<br>
<b>Summa 5 400 kr</b></div><div><br></div>
<div>Med sportsliga hälsningar<br>Gullabo IF / styrelsen</div>
</div></body></html>
"""
m.build = lambda msg: html_only(msg, I15_HTML)
m.label = label(
    "application",
    all_true(contact=False, anchoring=False),
    {
        "association_name": "Gullabo IF",
        "members": 88,
        "ort": "Gullabo",
        "amount_sek": 5400,
        "women_and_men": None,
        "salary_costs": False,
        "physical_investment": False,
    },
    "HTML-only webmail from the club's shared mailbox, signed 'Gullabo IF / styrelsen' -> no contact "
    "person. Anchoring only 'Vi tror att slingan blir väldigt populär' -> false. Budget with <br> "
    "lines, sum 5 400; poles are rented, the instructor's fee is a fee.",
)
MISSING["I15"] = ["contact", "anchoring"]

m = mail(
    "Q2",
    "fraga-takbelopp-soderakra",
    dt(24, 19, 40),
    "Birgitta Olsson <birgitta.olsson@example.se>",
    "Fråga om bygdepengen – två föreningar i samma by",
    "<4d7e1b2a-0c93-4f5e-8a6d-b3c1e9f07a24@example.se>",
    headers=THUNDERBIRD,
)
Q2_TEXT = """Hej!

Jag sitter i styrelsen för PRO Söderåkra. Vi funderar på att söka idéslanten till en studieresa för våra medlemmar i höst. Men jag har hört att Söderåkra hembygdsförening också tänker söka.

Stämmer det att det bara blir 15 000 kr per ort och år totalt? Hur fördelas pengarna i så fall om båda söker, och spelar det någon roll vem som skickar in först?

Vänliga hälsningar
Birgitta Olsson
070-531 27 64
"""
m.build = lambda msg: plain(msg, Q2_TEXT, cte="8bit")
m.label = label(
    "question",
    facts={
        "association_name": "PRO Söderåkra",
        "contact_name": "Birgitta Olsson",
        "contact_email": "birgitta.olsson@example.se",
        "contact_phone": "070-531 27 64",
        "ort": "Söderåkra",
    },
    notes="Question about the per-locality cap when two associations in Söderåkra apply; the 15 000 "
    "kr is the rule asked about, not an amount applied for -> amount_sek null. Mentions a planned "
    "study trip but applies for nothing. No salary or investment proposed -> null.",
)

# ---------------------------------------------------------------------------
# Saturday 25 April

M5 = mail(
    "M5",
    "phishing-postlada",
    dt(25, 3, 14),
    "IT-Support Postmaster <no-reply@mailservice.example.net>",
    "Varning: Din postlåda har nått 98% av lagringsgränsen",
    "<20260425011400.77ad91@mailservice.example.net>",
    to="ideslanten@example.se",
    headers=[("Reply-To", "support-desk@example.com")],
)
M5_HTML = """<html><body style="font-family:Segoe UI,Arial">
<p><b>Kära användare ideslanten@example.se,</b></p>
<p>Din postlåda har nått <b>98%</b> av sin lagringskapacitet. Inkommande meddelanden kommer att <span style="color:red">avvisas inom 24 timmar</span> om du inte uppgraderar din lagring.</p>
<p>För att undvika förlust av viktiga e-post, verifiera ditt konto nedan och få 50 GB extra gratis:</p>
<p><a href="https://mailservice.example.net/verify?id=ideslanten" style="background:#0078d4;color:#fff;padding:8px 16px;text-decoration:none">VERIFIERA KONTO NU</a></p>
<p>Om du inte verifierar kommer ditt konto att stängas av permanent.</p>
<p>Med vänlig hälsning,<br>IT-Support Team<br>© 2026 Postmaster Services</p>
</body></html>
"""
M5.build = lambda msg: html_only(msg, M5_HTML)
M5.label = label(
    "spam",
    notes=(
        "Phishing at 03:14: fake 'postlåda full' warning with a 'VERIFIERA KONTO NU' link, threat of "
        "closing the account, Reply-To differs from From. HTML-only. Must never be answered."
    ),
)

m = mail(
    "I16",
    "ungdomar-blomstermala",
    dt(25, 10, 15),
    "Linda Eriksson <linda.eriksson88@example.com>",
    "Bidrag",
    "<CAB4gZ8pW1x+Lm6QcT9vHf2Ks5nR3dYe0Ja@mail.example.com>",
)
I16_TEXT = """Hej! Vi vill söka pengar ur idéslanten till ungdomarna i Blomstermåla. Dom har ingenstans att vara på kvällarna sen fritidsgården stängde och hänger mest vid macken. Vi är några föräldrar som vill göra nåt för dom i höst.

Vi har räknat ungefär så här:
Hyra lokal 3000
Fika/mat 1500
Material 2000
Totalt 6500 kr

Mvh Linda Eriksson 076-223 90 14

Skickat från min Galaxy
"""
m.build = lambda msg: plain(msg, I16_TEXT, cte="base64")
m.label = label(
    "application",
    all_true(association=False, activity=False, anchoring=False),
    {
        "contact_name": "Linda Eriksson",
        "contact_email": "linda.eriksson88@example.com",
        "contact_phone": "076-223 90 14",
        "ort": "Blomstermåla",
        "amount_sek": 6500,
        "women_and_men": None,
        "salary_costs": False,
        "physical_investment": False,
    },
    "Short Android mail (utf-8 base64), subject 'Bidrag'. 'några föräldrar' is no association; "
    "'göra nåt för dom i höst' is a wish, not an activity; a described need (nowhere to be since "
    "the youth centre closed) is not anchoring. Contact (name, phone, own address) and a three-line "
    "budget (6 500) are there.",
)
MISSING["I16"] = ["association", "activity", "anchoring"]

m = mail(
    "I17",
    "tillsammans-loftahammar",
    dt(25, 14, 30),
    "Göran Wallin <goran.wallin@example.se>",
    "Ansökan idéslanten Loftahammars föreningsråd",
    "<AM9PR01MB7306D4E2B1C0F8A93B75@AM9PR01MB7306.eurprd01.example.se>",
    headers=OUTLOOK,
)
I17_BODY = """Hej!

Bifogar ansökan från Loftahammars föreningsråd. Hör av dig om något saknas.

Göran Wallin
sekreterare, Loftahammars föreningsråd
070-618 55 29
"""
I17_DOCX = make_docx(
    [
        ("h", "Ansökan om regional bygdepeng – idéslanten 2026", 1),
        ("h", "Sökande", 2),
        f"Loftahammars föreningsråd, org.nr {ORG['loftahammar']}. Föreningsrådet samlar föreningarna i "
        "Loftahammar och har 52 medlemmar, varav 11 föreningar och 41 enskilda.",
        ("h", "Projekt: Loftahammar tillsammans 2026", 2),
        "Projektet ska stärka sammanhållningen och attraktionskraften i Loftahammar genom gemensamma "
        "insatser under året som skapar mötesplatser, ökar delaktigheten och synliggör bygdens "
        "möjligheter för nya och gamla invånare.",
        ("h", "Förankring", 2),
        "Samtliga elva föreningar i föreningsrådet ställde sig bakom projektet på det gemensamma "
        "föreningsmötet den 10 mars, där 34 personer deltog. Varje förening utser en person till "
        "projektets arbetsgrupp.",
        ("h", "Budget", 2),
        (
            "table",
            [
                ["Kostnad", "Kronor"],
                ["Aktiviteter", "10 000"],
                ["Marknadsföring", "3 000"],
                ["Fika och förtäring vid möten", "2 000"],
                ["Hyra av lokaler", "3 000"],
                ["Summa", "18 000"],
            ],
        ),
        ("h", "Kontaktperson", 2),
        "Göran Wallin, sekreterare, goran.wallin@example.se, 070-618 55 29",
    ],
    "Göran Wallin",
)


def build_i17(msg):
    alt(msg, I17_BODY)
    attach(msg, I17_DOCX, DOCX, "Ansökan idéslanten 2026 Loftahammar.docx")


m.build = build_i17
m.label = label(
    "application",
    all_true(activity=False),
    {
        "association_name": "Loftahammars föreningsråd",
        "org_number": ORG["loftahammar"],
        "contact_name": "Göran Wallin",
        "contact_email": "goran.wallin@example.se",
        "contact_phone": "070-618 55 29",
        "members": 52,
        "ort": "Loftahammar",
        "amount_sek": 18000,
        "women_and_men": None,
        "salary_costs": False,
        "physical_investment": False,
    },
    "Short Outlook cover note; the application is a .docx (RFC 2231 file name). The 'project' is only "
    "buzzwords ('gemensamma insatser under året som skapar mötesplatser ...') -> activity false. "
    "Anchoring true (eleven associations backed it at a joint meeting). Budget table sums to 18 000, "
    "over the 15 000 cap. '52 medlemmar, varav 11 föreningar' -> 52.",
)
MISSING["I17"] = ["activity"]

m = mail(
    "I18",
    "berattarcafe-overum",
    dt(25, 16, 45),
    "Rolf Magnusson <rolf.magnusson@example.net>",
    "Berättarcafé i Överum – ansökan om bygdepeng",
    "<8c2d5e0f-1a7b-4e93-b6f4-2d9a0c8e7b31@example.net>",
    headers=THUNDERBIRD,
)
I18_TEXT = """Hej!

Vi är ett gäng pensionärer som har träffats och fikat på onsdagarna i många år, och nu vill vi göra något mer av det.

Vi vill ha ett berättarcafé en gång i månaden september–december, fyra träffar, i hembygdsföreningens stuga. Vi bjuder in äldre som berättar om livet i Överum när bruket var i full gång – om skolan, affärerna och dansbanorna. Berättelserna spelas in med mobilen, och eleverna i årskurs 5 får vara med och intervjua. Inspelningarna lämnas till biblioteket så att de finns kvar för dem som kommer efter oss. Det blir ett sätt för unga och gamla, infödda och inflyttade, att mötas.

Hembygdsföreningen lånar ut sin stuga och står för kaffet, och skolan har sagt ja till att klass 5 är med. I Facebookgruppen "Överum förr och nu" har över 40 personer anmält att de vill komma och berätta eller lyssna.

Budget:
Kaffe och bröd, 4 träffar 1 600 kr
Annonsering 800 kr
Tryck av ett litet häfte med berättelserna 2 500 kr
Summa 4 900 kr

Kontakt: Rolf Magnusson, 070-488 23 19

Med vänlig hälsning
Rolf Magnusson
"""
m.build = lambda msg: plain(msg, I18_TEXT, cte="8bit", flowed=True)
m.label = label(
    "application",
    all_true(association=False),
    {
        "contact_name": "Rolf Magnusson",
        "contact_email": "rolf.magnusson@example.net",
        "contact_phone": "070-488 23 19",
        "ort": "Överum",
        "amount_sek": 4900,
        "women_and_men": None,
        "salary_costs": False,
        "physical_investment": False,
    },
    "Thunderbird 8bit. The applicant is 'ett gäng pensionärer' – no association (the "
    "hembygdsförening and the school are partners) -> association false, association_name and "
    "members null. Activity, anchoring (partners, 40 sign-ups in a Facebook group) and a three-line "
    "budget are there. Recording on a phone buys nothing.",
)
MISSING["I18"] = ["association"]

m = mail(
    "Q3",
    "question-byxelkrok",
    dt(25, 20, 10),
    "Tom Fletcher <tom.fletcher@example.com>",
    "Question about the village grant",
    "<CAF6yT1mR9w+Pd4XkB7nLs0Qh2cV5gZe8Ub@mail.example.com>",
)
Q3_TEXT = """Hi,

My wife and I moved to Byxelkrok two years ago, and we have started a small group of neighbours who would like to arrange outdoor film nights down by the harbour in July.

We are not a registered association (yet). Can we still apply for idéslanten, or do we need to form an association first? And is there a deadline for this year?

Also, would it be OK to write the application in English?

Thanks a lot,
Tom Fletcher
"""
m.build = lambda msg: alt(msg, Q3_TEXT)
m.label = label(
    "question",
    facts={
        "contact_name": "Tom Fletcher",
        "contact_email": "tom.fletcher@example.com",
        "ort": "Byxelkrok",
    },
    language="en",
    notes="Question in English: can an unregistered group of neighbours apply, what is the deadline, "
    "may the application be in English. Describes a plan but applies for nothing and gives no "
    "amount -> question, all elements false.",
)

# ---------------------------------------------------------------------------
# assembly


def bounce_raw(m: Mail) -> bytes:
    app = next(x for x in MAILS if x.key == "I11")
    rt = RECEIPT_TIME["I11"]
    rid = RECEIPT_ID["I11"]
    subj = Header(receipt_subject(REF["I11"]), "utf-8").encode()
    frm = Header(BOT_NAME, "utf-8").encode()
    b = "3F2A41C07B.1776930680/mx1.example.se"
    text = f"""Return-Path: <>
From: {m.sender}
To: {BOT}
Subject: {m.subject}
Date: {format_datetime(m.when)}
Message-ID: {m.mid}
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
 boundary="{b}"
Content-Transfer-Encoding: 8bit

This is a MIME-encapsulated message.

--{b}
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx1.example.se.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<mikael.forsberg@example.se>: host mail.example.se[192.0.2.25] said: 552 5.2.2
    <mikael.forsberg@example.se>: Mailbox full: quota exceeded (in reply to
    RCPT TO command)

--{b}
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mx1.example.se
X-Postfix-Queue-ID: 3F2A41C07B
X-Postfix-Sender: rfc822; {BOT}
Arrival-Date: {format_datetime(rt)}

Final-Recipient: rfc822; mikael.forsberg@example.se
Original-Recipient: rfc822;mikael.forsberg@example.se
Action: failed
Status: 5.2.2
Remote-MTA: dns; mail.example.se
Diagnostic-Code: smtp; 552 5.2.2 <mikael.forsberg@example.se>: Mailbox full:
    quota exceeded

--{b}
Content-Description: Undelivered Message Headers
Content-Type: text/rfc822-headers

Return-Path: <{BOT}>
Received: from intake.example.se (intake.example.se [192.0.2.10])
\tby mx1.example.se (Postfix) with ESMTPS id 3F2A41C07B
\tfor <mikael.forsberg@example.se>; {format_datetime(rt)}
From: {frm} <{BOT}>
To: Mikael Forsberg <mikael.forsberg@example.se>
Subject: {subj}
Date: {format_datetime(rt)}
Message-ID: {rid}
In-Reply-To: {app.mid}
References: {app.mid}
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

--{b}--
"""
    return text.encode("ascii")


def assemble() -> list[tuple[str, bytes, dict]]:
    MAILS.sort(key=lambda x: x.when)
    n = 112
    for mm in MAILS:
        if mm.label["kind"] == "application":
            APP_ORDER.append(mm.key)
            REF[mm.key] = f"2026-{n}"
            RECEIPT_TIME[mm.key] = mm.when + timedelta(minutes=1)
            RECEIPT_ID[mm.key] = bot_msgid(RECEIPT_TIME[mm.key], n)
            n += 1
    by_key = {mm.key: mm for mm in MAILS}
    out = []
    for i, mm in enumerate(MAILS):
        num = 801 + i
        name = f"{num}-{mm.slug}.eml"
        if mm.key == "M3":
            raw = bounce_raw(mm)
        else:
            if "RECEIPT:" in mm.subject:
                pre, key = mm.subject.split("RECEIPT:")
                mm.subject = pre + receipt_subject(REF[key])
            irt = refs = None
            target = mm.reply_to_app
            if target:
                irt = RECEIPT_ID[target]
                refs = f"{by_key[target].mid} {RECEIPT_ID[target]}"
            msg = mm.message((irt, refs))
            mm.build(msg)
            set_boundaries(msg, f"{num}")
            raw = serialise(msg)
        out.append((name, raw, mm.label))
    numbers = {mm.key: str(801 + i) for i, mm in enumerate(MAILS)}
    for _, _, lab in out:
        lab["notes"] = re.sub(r"\[\[(\w+)\]\]", lambda mt: numbers[mt.group(1)], lab["notes"])
    return out


# ---------------------------------------------------------------------------
# checks

EXAMPLE = ("example.se", "example.com", "example.org", "example.net")
SCHEMA_FACTS = [
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


def attachment_text(part) -> str:
    data = part.get_payload(decode=True)
    name = part.get_filename() or ""
    if name.endswith(".docx"):
        d = docx.Document(io.BytesIO(data))
        t = [p.text for p in d.paragraphs]
        for tb in d.tables:
            for row in tb.rows:
                t.append(" ".join(c.text for c in row.cells))
        return "\n".join(t)
    if name.endswith(".xlsx"):
        wb = openpyxl.load_workbook(io.BytesIO(data))
        return "\n".join(
            " ".join(str(c) for c in row if c is not None)
            for ws in wb
            for row in ws.iter_rows(values_only=True)
        )
    return ""


def check(files: list[tuple[str, bytes, dict]]) -> None:
    labels = json.loads((OUT / "labels.json").read_text("utf-8"))
    names = sorted(p.name for p in OUT.glob("*.eml"))
    assert names == sorted(labels), "labels.json keys differ from files"
    assert len(names) == 40
    ids = {}
    kinds = {}
    last = None
    for name in names:
        raw = (OUT / name).read_bytes()
        assert b"\r" not in raw, name
        msg = BytesParser(policy=policy.default).parsebytes(raw)
        for part in msg.walk():
            assert not part.defects, (name, part.defects)
            if part.get_content_maintype() == "text":
                part.get_content()
            fn = part.get_filename()
            if fn:
                assert len(attachment_text(part)) > 50, (name, fn)
        when = parsedate_to_datetime(msg["Date"])
        assert last is None or when >= last, f"{name} out of Date order"
        last = when
        ids[msg["Message-ID"]] = name
        lab = labels[name]
        kinds[name] = lab["kind"]
        assert list(lab) == ["kind", "language", "elements", "facts", "notes"], name
        assert list(lab["elements"]) == ORDER, name
        assert list(lab["facts"]) == SCHEMA_FACTS, name
        assert lab["language"] in ("sv", "en")
        f = lab["facts"]
        if f["org_number"] is not None:
            o = f["org_number"]
            assert re.fullmatch(r"\d{6}-\d{4}", o) and int(o[2]) >= 2 and luhn_ok(o), (name, o)
            assert o in raw.decode("latin-1") or lab["kind"] == "application", name
        if lab["kind"] in ("application", "followup"):
            assert isinstance(f["salary_costs"], bool) and isinstance(
                f["physical_investment"], bool
            ), name
        if lab["kind"] not in ("application", "followup"):
            assert not any(lab["elements"].values()), name
        if lab["kind"] in ("autoreply", "bounce", "newsletter", "spam"):
            assert all(v is None for v in f.values()), name
        if not lab["elements"]["contact"] and lab["kind"] == "application":
            assert f["contact_name"] is f["contact_email"] is f["contact_phone"] is None, name
        for addr in re.findall(rb"[\w.+=-]+@([\w.-]+\w)", raw):
            dom = addr.decode().lower()
            assert dom.endswith(EXAMPLE), (name, dom)
    for name in names:
        if kinds[name] != "followup":
            continue
        msg = BytesParser(policy=policy.default).parsebytes((OUT / name).read_bytes())
        refs = (msg["References"] or "").split()
        assert msg["Subject"].lower().startswith(("re:", "sv:")), name
        assert any(ids.get(r) and kinds[ids[r]] == "application" for r in refs), name
        assert "Vi saknar följande i er ansökan:" in msg.get_body(("plain",)).get_content(), name
    print("checks ok")


def summary() -> None:
    labels = json.loads((OUT / "labels.json").read_text("utf-8"))
    from collections import Counter

    kinds = Counter(v["kind"] for v in labels.values())
    apps = [v for v in labels.values() if v["kind"] == "application"]
    complete = sum(all(v["elements"].values()) for v in apps)
    miss = Counter(k for v in apps for k, ok in v["elements"].items() if not ok)
    print(dict(kinds), "complete:", complete, "missing:", dict(miss))


def main() -> None:
    files = assemble()
    OUT.mkdir(parents=True, exist_ok=True)
    for old in OUT.glob("*.eml"):
        old.unlink()
    labels = {}
    for name, raw, lab in files:
        (OUT / name).write_bytes(raw)
        labels[name] = lab
    (OUT / "labels.json").write_text(
        json.dumps(labels, ensure_ascii=False, indent=2) + "\n", "utf-8"
    )
    check(files)
    summary()


if __name__ == "__main__":
    sys.exit(main())
