# ruff: noqa: E501  (mail text is kept as it would be written, long lines included)
"""Generate the labelled development corpus tests/data/own3/ (files 401-450), then check it.

Run with the project's venv (python-docx, openpyxl and pypdf are needed):

    .venv/bin/python tests/data/tools/make_own3.py

own3/ is a third development corpus, written by "a different kind of writer" than shared/corpus/,
own/ and own2/: a teenager, a farmer dictating to his phone (no punctuation, amounts as words), a
retired accountant (numbered budget with VAT remarks), a Dutch newcomer writing Swedish with
errors, a busy parent in one long paragraph, an iPad mail with the whole application in the
subject and a .docx, municipal employees writing and forwarding for a group, and groups not yet
covered (church sewing circle, PRO, hunting team, road association, fishing-water association,
sports club youth section, study circle, immigrants' association, village shop cooperative,
parents, fire brigade support association, 4H club). Element edge cases: an association given only
by org number and member count, an activity given only as a schedule table, anchoring by a
petition, a WhatsApp poll and a joint letter of three associations, budgets with VAT, with income
lines, in an HTML "preliminär budget" table, and split over an application and its followup.

The output is deterministic (fixed seed, MIME boundaries and zip timestamps): running the script
again rewrites byte-identical files. Mails are numbered by their Date header after they are built.
The script deletes and rewrites only *.eml and labels.json in own3/. Labels follow
shared/corpus/README.md; every label's "notes" says why.
"""

from __future__ import annotations

import email
import email.policy
import html
import io
import json
import re
import sys
from email.charset import BASE64, Charset
from email.header import Header
from email.message import EmailMessage
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import corpuslib  # noqa: E402
from corpuslib import (  # noqa: E402
    OFFICER,
    OUTLOOK_HEAD,
    OUTLOOK_TAIL,
    TO_PLAIN,
    Ids,
    attach_bytes,
    finish,
    label,
    make_docx,
    make_pdf,
    make_png,
    make_xlsx,
    mso_p,
    mso_table,
    orgnr,
    quote,
    receipt_id,
    receipt_text,
    report_message,
    set_alternative,
    set_body,
    sv_apple_header,
    sv_gmail_header,
    sv_outlook_block,
    sv_thunderbird_header,
    when,
)

DATA = HERE.parent
OUT = DATA / "own3"
FIRST = 401
COUNT = 50

ids = Ids(20260402)
# (time, slug, data, label, app key or None); numbered by time at the end.
MAILS: list[tuple] = []
APPS: dict[str, dict] = {}
_receipts = [40]


# ================================================================================================
# Helpers
# ================================================================================================


def _replace_raw(m: EmailMessage, name: str, raw: str) -> None:
    """Replace a header by a pre-encoded value, keeping its position and its exact encoding."""
    for i, (k, _) in enumerate(m._headers):  # noqa: SLF001 - keep header order
        if k.lower() == name.lower():
            m._headers[i] = (k, raw)  # noqa: SLF001
            return
    m.set_raw(name, raw)


def new_message(
    frm: str,
    subject: str,
    date,
    msgid: str,
    *,
    subject_charset: str | None = None,
    from_raw: str | None = None,
    **kw,
) -> EmailMessage:
    """corpuslib.new_message, with a legacy-charset (or forced base64) encoded-word subject."""
    m = corpuslib.new_message(frm, subject, date, msgid, **kw)
    if subject_charset:
        cs = Charset(subject_charset.removesuffix("-b"))
        if subject_charset.endswith("-b"):
            cs.header_encoding = BASE64
        raw = Header(subject, cs, header_name="Subject").encode(linesep="\n")
        _replace_raw(m, "Subject", raw)
    if from_raw:
        _replace_raw(m, "From", from_raw)
    return m


def add(t, slug: str, data: bytes, lab: dict, key: str | None = None) -> None:
    MAILS.append((t, slug, data, lab, key))


def remember(key: str, **kw) -> None:
    APPS[key] = kw


def receipt(key: str, month: int, day: int, missing: list[str]) -> tuple:
    """The bot's receipt for an application: (time, Message-ID, text, subject)."""
    rt = when(month, day, 7, 30, 0)
    _receipts[0] += 1
    APPS[key]["receipt"] = (rt, missing)
    return rt, receipt_id(rt, _receipts[0]), receipt_text(missing), "SV: " + APPS[key]["subject"]


def threaded(key: str, rid: str) -> list[tuple[str, str]]:
    return [("In-Reply-To", rid), ("References", f"{APPS[key]['mid']} {rid}")]


def txt2divs(text: str) -> str:
    out = []
    for line in text.rstrip("\n").split("\n"):
        out.append(
            "<div><br></div>" if not line else f"<div>{html.escape(line, quote=False)}</div>"
        )
    return "\n".join(out)


def gmail_html(text: str, quoted_html: str = "") -> str:
    return '<div dir="ltr">' + txt2divs(text) + "</div>\n" + quoted_html


def gmail_quote_html(attr: str, quoted_text: str) -> str:
    return (
        '<br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">'
        + html.escape(attr.removesuffix(":"), quote=False)
        + ':<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;'
        'border-left:1px solid rgb(204,204,204);padding-left:1ex">'
        + txt2divs(quoted_text)
        + "</blockquote></div>\n"
    )


def qp_with_breaks(text: str, charset: str = "utf-8", mark: str = "\u00a6") -> str:
    """Quoted-printable encoding with soft line breaks forced wherever `mark` stands (for
    example in the middle of an amount), otherwise wrapped at 76 characters."""
    out: list[str] = []
    for line in text.rstrip("\n").split("\n"):
        cur = ""
        segments = line.split(mark)
        for si, seg in enumerate(segments):
            for byte in seg.encode(charset):
                tok = (
                    f"={byte:02X}"
                    if byte == 0x3D or byte > 126 or (byte < 32 and byte != 9)
                    else chr(byte)
                )
                if len(cur) + len(tok) > 75:
                    out.append(cur + "=")
                    cur = ""
                cur += tok
            if si < len(segments) - 1:
                out.append(cur + "=")
                cur = ""
        if cur.endswith((" ", "\t")):
            cur = cur[:-1] + f"={ord(cur[-1]):02X}"
        out.append(cur)
    return "\n".join(out) + "\n"


def set_raw_qp(m: EmailMessage, text: str, charset: str = "utf-8", subtype: str = "plain") -> None:
    m["Content-Type"] = f'text/{subtype}; charset="{charset}"'
    m["Content-Transfer-Encoding"] = "quoted-printable"
    m.set_payload(qp_with_breaks(text, charset))


def outlook_headers(topic: str, attach: bool = False) -> list[tuple[str, str]]:
    return [
        ("Thread-Topic", topic),
        ("Thread-Index", "AQH" + ids.b64std(29) + "=="),
        ("Accept-Language", "sv-SE, en-US"),
        ("Content-Language", "sv-SE"),
        ("X-MS-Has-Attach", "yes" if attach else ""),
        ("X-MS-TNEF-Correlator", ""),
    ]


def outlook_html_from_text(text: str, charset: str, extra: str = "") -> str:
    body = "".join(mso_p(line) for line in text.rstrip("\n").split("\n"))
    return OUTLOOK_HEAD.format(charset=charset) + body + extra + OUTLOOK_TAIL


def outlook_quote_html(block: str, quoted: str) -> str:
    head = "".join(mso_p(line) for line in block.rstrip("\n").split("\n"))
    return (
        '<div><div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">\n'
        + head
        + "</div></div>\n"
        + mso_p("")
        + "".join(mso_p(line) for line in quoted.rstrip("\n").split("\n"))
    )


EN_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
EN_MON = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]


def en_outlook_block(frm: str, t, to: str, subject: str) -> str:
    h12 = t.hour % 12 or 12
    ampm = "AM" if t.hour < 12 else "PM"
    return (
        f"From: {frm}\nSent: {EN_DAYS[t.weekday()]}, {EN_MON[t.month - 1]} {t.day}, {t.year} "
        f"{h12}:{t:%M} {ampm}\nTo: {to}\nSubject: {subject}\n"
    )


# ================================================================================================
# The mails (called in Date order; numbered after building)
# ================================================================================================


def gamleby_pro() -> None:
    """Retired accountant: formal letter, numbered budget with VAT remarks, iso-8859-1."""
    org = orgnr("802471536")
    t = when(4, 2, 10, 41, 17)
    mid = ids.msgid("roundcube", "example.se")
    text = f"""\
Till
Region Kalmar län
Landsbygdsutvecklaren

Ärende: Ansökan om regional bygdepeng (idéslanten) - föreläsningsserien "Trygg i vardagen", Gamleby

Härmed ansöker PRO Gamleby om bidrag ur regional bygdepeng - idéslanten enligt nedan.

1. Sökande
PRO Gamleby, lokal förening inom Pensionärernas riksorganisation.
Org.nr: {org}
Antal medlemmar per den 31 december 2025: 212.
Föreningen har sitt säte i Gamleby, Västerviks kommun.

2. Kontaktperson
Undertecknad, Bengt-Åke Lindqvist, kassör.
Telefon 0493-101 23 (bostad), 070-284 61 90 (mobil).
E-post ba.lindqvist@example.se

3. Verksamhet
Föreningen avser att under hösten 2026 anordna tre föreläsningskvällar under rubriken "Trygg i vardagen" i Folkets hus, Gamleby:
  a) telefon- och nätbedrägerier riktade mot äldre (torsdag 17 september),
  b) brandsäkerhet i hemmet (torsdag 15 oktober),
  c) fallprevention och trygg vinter (torsdag 12 november).
Kvällarna är öppna för samtliga boende i Gamleby med omnejd, medlemmar som icke-medlemmar, och vänder sig till såväl kvinnor som män. Efter varje föreläsning serveras kaffe och föreningens studieorganisatör presenterar höstens studiecirklar.

Syftet är att äldre i Gamleby ska kunna bo kvar tryggt i sina hem, och att de som lever ensamma får anledning att ta sig till samhället och träffa andra. Sedan bankkontoret i Gamleby stängde har flera av föreningens medlemmar utsatts för bedrägeriförsök per telefon.

4. Lokal förankring
Årsmötet den 24 februari 2026 beslutade enhälligt (protokoll § 14) att genomföra föreläsningsserien. Kvällen om brandsäkerhet genomförs i samarbete med räddningstjänstens deltidsstyrka i Gamleby. Gamleby församling och SPF Seniorerna Tjust har åtagit sig att sprida inbjudan till sina medlemmar.

5. Budget (översiktlig)
Föreningen är inte momsregistrerad. Samtliga belopp anges därför inklusive mervärdesskatt där sådan utgår.

5.1  Föreläsararvoden, 3 st à 2 500:-/st ............ 7 500,00 kr
     (föreläsarna innehar F-skattsedel och fakturerar utan moms)
5.2  Lokalhyra Folkets hus, 3 tillfällen à 800:- ..... 2 400,00 kr
5.3  Förtäring (kaffe, smörgås) ....................... 1.250,00 kr
     (inkl. 12 % moms)
5.5  Annonsering i lokalpressen ....................... 2 500,00 kr
     (2 000,00 kr exkl. moms + 25 % moms 500,00 kr)
     ------------------------------------------------------------
     Summa kostnader                                   13 650,00 kr

Sökt belopp: 13 650 kronor.

(Punkt 5.4, tryckning av program, har utgått då församlingen trycker programmet utan kostnad för föreningen.)

6. Övrigt
Föreningen har inte tidigare erhållit bygdepeng för år 2026 avseende orten Gamleby. Eventuellt överskott återbetalas till Region Kalmar län.

Bilagor: inga.

Gamleby den 2 april 2026

Med utmärkt högaktning

Bengt-Åke Lindqvist
Kassör, PRO Gamleby
"""
    subject = "Ansökan om regional bygdepeng - PRO Gamleby, föreläsningsserie hösten 2026"
    m = new_message(
        "=?iso-8859-1?q?Bengt-=C5ke_Lindqvist?= <ba.lindqvist@example.se>",
        subject,
        t,
        mid,
        subject_charset="iso-8859-1",
        from_raw="=?iso-8859-1?q?Bengt-=C5ke_Lindqvist?= <ba.lindqvist@example.se>",
        headers=[("User-Agent", "Roundcube Webmail/1.6.9")],
    )
    set_body(m, text, charset="iso-8859-1", cte="quoted-printable")
    add(
        t,
        "pro-trygg-i-vardagen-gamleby",
        finish(m, ids, "roundcube"),
        label(
            "application",
            "sv",
            "11111",
            "Complete. A retired accountant's formal letter ('Ärende:', 'Härmed ansöker', 'Med utmärkt högaktning') "
            "in iso-8859-1 quoted-printable with an iso-8859-1 Q-encoded subject and From name. Numbered sections "
            "1-6; numbered budget 5.1-5.5 (5.4 deliberately missing, explained below the total) with VAT remarks: "
            "amounts as '2 500:-/st', '800:-', '7 500,00 kr' and '1.250,00 kr'; the advertising line also shows an "
            "ex-VAT figure (2 000,00) and the VAT itself (500,00) which are NOT separate costs. 7 500 + 2 400 + "
            "1 250 + 2 500 = 13 650 = 'Sökt belopp: 13 650 kronor'. Contact: the signer names himself in section 2 "
            "with two phones (the first, 0493-101 23, is recorded) and his own address. 'såväl kvinnor som män' -> "
            "women_and_men true. Lecturers' fees (F-skatt, invoiced) are not salary. Anchoring: unanimous annual "
            "meeting decision (§ 14) + fire service, parish and SPF cooperation. Ort Gamleby; 'Tjust' is a region name.",
            association_name="PRO Gamleby",
            org_number=org,
            contact_name="Bengt-Åke Lindqvist",
            contact_email="ba.lindqvist@example.se",
            contact_phone="0493-101 23",
            members=212,
            ort="Gamleby",
            amount_sek=13650,
            women_and_men=True,
        ),
    )


def klackeberga_road() -> None:
    """Road association: vague activity, bare amount; the annual meeting backs applying."""
    t = when(4, 6, 19, 12, 40)
    mid = ids.msgid("thunderbird", "example.com")
    text = """\
Hej

Jag skriver för Kläckeberga vägförening. Vi är en vägsamfällighet som sköter de 4,2 km grusväg mellan Kläckeberga kyrka och länsvägen, och de 27 fastigheterna längs vägen är delägare och därmed medlemmar.

På årsstämman den 14 mars kom det upp att vägföreningen borde göra mer än att hyvla, salta och ploga. Stämman (23 av 27 fastigheter representerade) beslutade enhälligt att styrelsen ska söka pengar till något som samlar oss som bor längs vägen, och Kläckeberga hembygdsförening har sagt att de gärna är med.

Vad det blir exakt ska en arbetsgrupp ta fram under sommaren, men något för trivseln och gemenskapen längs vägen. Vi räknar med att det blir ungefär 10 000 kr.

Hälsningar
Sten Rosander
ordförande, Kläckeberga vägförening
tel 0480-360 27
"""
    m = new_message(
        "Sten Rosander <sten.rosander@example.com>",
        "Bygdepeng för Kläckeberga vägförening",
        t,
        mid,
        to=TO_PLAIN,
        headers=[("User-Agent", "Mozilla Thunderbird"), ("Content-Language", "sv-SE")],
    )
    set_body(m, text, params={"format": "flowed"})
    add(
        t,
        "vagforening-klackeberga",
        finish(m, ids, "thunderbird"),
        label(
            "application",
            "sv",
            "11010",
            "Road association (vägsamfällighet) whose 27 member properties are its members -> association true, "
            "members 27 ('23 av 27 fastigheter representerade' is attendance, not the member count). Contact: "
            "signer with phone from own address. ACTIVITY MISSING: 'något för trivseln och gemenskapen längs "
            "vägen', to be decided by a working group, is a vague wish. Anchoring true: the annual meeting "
            "unanimously backed applying and the hembygdsförening wants to join (cooperation) - the decision "
            "exists even though its object is still vague. BUDGET MISSING: only 'ungefär 10 000 kr' -> amount "
            "10000. No salary or investment (road maintenance is only mentioned as what they already do).",
            association_name="Kläckeberga vägförening",
            contact_name="Sten Rosander",
            contact_email="sten.rosander@example.com",
            contact_phone="0480-360 27",
            members=27,
            ort="Kläckeberga",
            amount_sek=10000,
        ),
        "klackeberga",
    )


def bockara_question() -> None:
    """Question: may the money buy gravel and cold asphalt for the road? (investment)"""
    t = when(4, 8, 8, 55, 3)
    mid = ids.msgid("generic", "example.net")
    text = """\
Hej!

En fråga från Bockara vägförening innan vi lägger ner tid på en ansökan.

Vägen genom byn har fått stora hål efter vintern. Vi tänkte köpa in grus och kallasfalt och laga de värsta gropen själva på en gemensam arbetsdag i maj, med korv efteråt för alla som hjälper till. Kan bygdepengen gå till materialet, eller räknas vägbygge som investering? Om inte, räcker det att söka för arbetsdagen och korven?

/ Roland Ek
kassör Bockara vägförening
072-518 30 66
"""
    m = new_message(
        "Roland Ek <roland.ek@example.net>",
        "fråga om vägen i Bockara",
        t,
        mid,
        to=TO_PLAIN,
    )
    set_body(m, text, cte="8bit")
    add(
        t,
        "fraga-vag-bockara",
        finish(m, ids, "generic"),
        label(
            "question",
            "sv",
            "00000",
            "Question, not an application: asks whether gravel and cold asphalt to repair the village road may be "
            "funded or count as investment, and whether a work day alone could be funded. The question itself "
            "proposes a physical investment (road repair material) -> physical_investment true; salary null. No "
            "amount is named. utf-8 8bit body, short lower-case subject.",
            association_name="Bockara vägförening",
            contact_name="Roland Ek",
            contact_email="roland.ek@example.net",
            contact_phone="072-518 30 66",
            ort="Bockara",
            physical_investment=True,
        ),
    )


def halleberga_parents() -> None:
    """Busy parent, one long paragraph; unnamed group of parents; only for the girls."""
    t = when(4, 10, 15, 47, 52)
    mid = ids.msgid("gmail")
    text = (
        "Hej! skriver snabbt mellan jobbet och hämtningen så förlåt om det blir rörigt, vi är några föräldrar "
        "till barnen i årskurs 5 på Hälleberga skola som vill ordna en cykeldag lördag 16 maj med cykelmek på "
        "förmiddagen och en cykeltur runt Hälleberga och ut till kyrkan och tillbaka, med korvgrillning på "
        "skolgården efteråt, och den här gången blir det bara för tjejerna i klassen eftersom killarna fick åka "
        "på fotbollsresa med IF:et i höstas och tjejerna kände sig utanför, det är 11 tjejer i klassen och alla "
        "har sagt ja, tanken är att de ska lära sig laga punka och byta kedja själva och våga cykla till "
        "varandra i byn istället för att vi föräldrar skjutsar överallt, det går ju ingen buss här på helgerna, "
        "vi tog upp det på föräldramötet den 24 mars och alla föräldrar som var där (17 st) röstade för och "
        "rektorn har sagt att vi får låna skolgården och förrådet, Hälleberga IF lånar ut reflexvästar och "
        "hjälmar till de som inte har, kostnaderna har vi räknat till ungefär: cykelmekaniker från cykelaffären "
        "i Nybro 1 800 kr för tre timmar, reservdelar och slangar 900 kr, korv bröd och dricka 650 kr, hyra av "
        "släpkärra för cyklarna 400 kr, alltså 3 750 kr totalt, det är det vi söker, hör av dig om något "
        "saknas! Jessica Holm, mamma till Ella i 5:an, 073-550 12 84\n"
    )
    m = new_message(
        "Jessica Holm <jessica.holm@example.com>",
        "cykeldag för tjejerna i 5:an Hälleberga",
        t,
        mid,
    )
    set_alternative(m, text, gmail_html(text))
    add(
        t,
        "cykeldag-tjejer-halleberga",
        finish(m, ids, "gmail"),
        label(
            "application",
            "sv",
            "01111",
            "A busy parent writes everything as ONE long paragraph with commas only (Gmail, multipart/alternative). "
            "ASSOCIATION MISSING: 'vi är några föräldrar till barnen i årskurs 5' is an unnamed group; the school, "
            "the rector and Hälleberga IF (lends vests) are not the applicant. Contact: signed inline at the very "
            "end with name and phone, own address -> true. Activity concrete (bike day, repairs, tour). Anchoring: "
            "parents' meeting 24 March, 17 voted for, school and IF lend things. Budget in prose with four priced "
            "items, 'alltså 3 750 kr totalt' -> 3750. 'bara för tjejerna i klassen' -> ONE GENDER, women_and_men "
            "false. The bike mechanic's fee is a bought service, spare parts are consumables, the trailer is "
            "rented -> no salary, no investment. 'Nybro' is the municipality, not the ort.",
            contact_name="Jessica Holm",
            contact_email="jessica.holm@example.com",
            contact_phone="073-550 12 84",
            ort="Hälleberga",
            amount_sek=3750,
            women_and_men=False,
        ),
    )


def rinkabyholm_garden() -> None:
    """Garden society: 'ca. 35 betalande'; hope instead of anchoring; bare amount; windows-1252."""
    t = when(4, 13, 20, 18, 26)
    mid = ids.msgid("outlook")
    text = """\
Hej Landsbygdsutvecklaren,

Rinkabyholms Trädgårdssällskap bildades 1994 och har i dag ca. 35 betalande medlemmar, de flesta med villaträdgård eller kolonilott här i Rinkabyholm. Vi har studiecirklar på vintern och växtbyten på våren.

Söndag 14 juni vill vi ordna "Öppna trädgårdar i Rinkabyholm": sex av medlemmarna öppnar sina trädgårdar kl 11–16, och alla som bor i samhället kan gå runt med en karta, få plantor och sticklingar och fråga om odling. På skolgården blir det växtbytardag med kaffe. Rinkabyholm har vuxit snabbt med nya villaområden och många nyinflyttade barnfamiljer känner ingen här. En trädgårdsvandring är ett enkelt sätt att knacka på hos grannen – och vi hoppas få några nya, yngre medlemmar.

Vi tror att det här blir mycket uppskattat!

Vi söker 7 500 kr.

Med vänlig hälsning
Karl-Erik Bengtsson
ordf. Rinkabyholms Trädgårdssällskap
0480-406 18
"""
    subject = "Ansökan – Öppna trädgårdar i Rinkabyholm"
    frm = "Karl-Erik Bengtsson <karlerik.bengtsson@example.com>"
    m = new_message(frm, subject, t, mid, headers=outlook_headers(subject))
    set_body(m, text, charset="windows-1252", cte="quoted-printable")
    remember("rinkabyholm", mid=mid, t=t, subject=subject, text=text, frm=frm)
    add(
        t,
        "oppna-tradgardar-rinkabyholm",
        finish(m, ids, "outlook"),
        label(
            "application",
            "sv",
            "11100",
            "windows-1252 quoted-printable plain text from Outlook. Association: garden society founded 1994 with "
            "'ca. 35 betalande medlemmar' -> members 35. Contact: signer with role and phone from own address. "
            "Activity concrete (open gardens day 14 June, map, plant swap) with the local-development reason. "
            "ANCHORING MISSING: 'Vi tror att det här blir mycket uppskattat!' is a hope, and 'sex av medlemmarna "
            "öppnar' are the applicant's own members, not local backing. BUDGET MISSING: only 'Vi söker 7 500 "
            "kr' -> amount 7500. No gender statement.",
            association_name="Rinkabyholms Trädgårdssällskap",
            contact_name="Karl-Erik Bengtsson",
            contact_email="karlerik.bengtsson@example.com",
            contact_phone="0480-406 18",
            members=35,
            ort="Rinkabyholm",
            amount_sek=7500,
        ),
        "rinkabyholm",
    )


def emsfors_joint_letter() -> None:
    """Complete; anchoring through a joint letter of three associations in an attached PDF."""
    org = orgnr("802518347")
    t = when(4, 14, 9, 3, 55)
    mid = ids.msgid("apple", "example.com")
    text = f"""\
Hej!

Här kommer Emsfors Samhällsförenings ansökan om bygdepeng. Jag har bifogat ett gemensamt brev från tre andra föreningar i Emsfors, de ville gärna själva visa att de står bakom.

Vi är en ideell förening med 64 medlemmar (org.nr {org}) som försöker hålla liv i gamla bruksorten Emsfors vid Emån. Sedan affären och skolan försvann är det föreningarna som är samhällets mötesplatser.

Lördag 22 augusti vill vi ordna Emådagen i bruksparken: en guidad vandring längs ån om bruket och laxfisket, prova-på-paddling för barn och vuxna i hyrda kanoter, fiskeklubben visar hur man fiskar i ån, och på kvällen spelar en trubadur i parken. Vi vill att barnfamiljerna som flyttat in i de gamla bruksvillorna ska upptäcka ån och lära känna dem som bott här länge, och att folk från Oskarshamn ser att Emsfors är värt ett besök.

Så här har vi räknat:
- kanothyra, 10 kanoter en dag: 2 500 kr
- guide för åvandringen: 1 500 kr
- trubadur: 3 000 kr
- tälthyra: 1 800 kr
- bajamaja, hyra: 900 kr
- annonser och affischer: 800 kr
Totalt 10 500 kr, och det är vad vi söker.

Frågor? Ring eller mejla!
Marianne Fors
sekreterare, Emsfors Samhällsförening
0491-610 35 / marianne.fors@example.com
"""
    letter = make_pdf(
        "Gemensamt brev",
        [
            "Till Region Kalmar län, landsbygdsutvecklaren",
            "Angående Emsfors Samhällsförenings ansökan om bygdepeng för Emådagen 22 augusti 2026",
            "",
            "Vi tre föreningar i Emsfors står bakom Emådagen och deltar så här:",
            "- Emsfors IK sköter parkeringen och grillen med ungdomar ur fotbollslaget.",
            "- Emsfors Fiskeklubb visar fiske i ån och har flytvästar på plats.",
            "- Emsfors Hembygdsförening håller bruksmuseet öppet och leder en del av vandringen.",
            "",
            "Frågan togs upp på ett gemensamt möte för föreningarna i Emsfors den 3 mars 2026,",
            "där 22 personer deltog och alla var positiva.",
        ],
        [],
        [
            "Emsfors 10 april 2026",
            "Per Nyman, ordf. Emsfors IK     Lisa Ahl, ordf. Emsfors Fiskeklubb",
            "Gunnar Sjö, ordf. Emsfors Hembygdsförening",
        ],
    )
    m = new_message(
        "Marianne Fors <marianne.fors@example.com>",
        "Ansökan bygdepeng – Emådagen i Emsfors",
        t,
        mid,
        to=TO_PLAIN,
        headers=[("X-Mailer", "Apple Mail (2.3826.500.181.1.5)")],
    )
    set_body(m, text)
    attach_bytes(m, letter, "application/pdf", "Gemensamt brev Emsfors.pdf")
    add(
        t,
        "emadagen-emsfors",
        finish(m, ids, "apple"),
        label(
            "application",
            "sv",
            "11111",
            "Complete. Anchoring through a JOINT LETTER from three associations (Emsfors IK, Emsfors Fiskeklubb, "
            "Emsfors Hembygdsförening) in an attached, text-extractable PDF: what each does + a joint meeting on 3 "
            "March with 22 people. Those three are partners, not the applicant (the applicant is Emsfors "
            "Samhällsförening, 64 members, org.nr). Budget as a '-' list with colons, 2 500 + 1 500 + 3 000 + "
            "1 800 + 900 + 800 = 10 500 = 'Totalt'. Renting canoes, tent and toilets is not investment; the "
            "troubadour and guide are fees. Contact line 'phone / e-mail' from own address. 'Oskarshamn' is a "
            "distractor; ort Emsfors.",
            association_name="Emsfors Samhällsförening",
            org_number=org,
            contact_name="Marianne Fors",
            contact_email="marianne.fors@example.com",
            contact_phone="0491-610 35",
            members=64,
            ort="Emsfors",
            amount_sek=10500,
        ),
    )


def jarnforsen_circle() -> None:
    """Study circle with nine members: complete but below the 10-member rule."""
    t = when(4, 16, 13, 26, 8)
    mid = ids.msgid("generic", "example.se")
    text = """\
Hej,

Vi är en studiecirkel i Järnforsen som kallar oss Bruksminnen. Cirkeln har nio medlemmar, alla har jobbat på eller vuxit upp kring gjuteriet, och vi har träffats varannan tisdag i Järnforsens Folkets hus sedan hösten 2024 med ABF som studieförbund.

Nu har vi samlat så mycket – intervjuer, foton, gamla lönelistor och arbetsordningar – att vi vill göra en utställning och ett tryckt häfte om bruksorten. Utställningen hänger i Folkets hus under oktober, med invigning lördag 3 oktober då vi berättar och visar bilder, och häftet (ca 60 sidor) delas ut gratis till alla hushåll i Järnforsen. Många som flyttat hit vet inte varför samhället ligger där det ligger. Vi vill att de unga och de nyinflyttade ska känna att det här är en ort med en historia att vara stolt över, och vi hoppas att några av dem vill fortsätta samla efter oss.

Förankring: Järnforsens Intresseförening och Folkets husföreningen är medarrangörer, och när vi efterlyste bilder i Järnforsens facebookgrupp fick vi in över 300 foton från ett fyrtiotal familjer.

Kostnader
tryck av häftet, 250 ex ............................ 8 200 kr
fotopapper, utskrifter och häftmassa till utställningen ... 1 900 kr
invigning, kaffe och tårta ......................... 1 100 kr
Summa 11 200 kr

Vänliga hälsningar
Ingvar Svensson, cirkelledare
072-200 94 31
"""
    m = new_message(
        "Ingvar Svensson <ingvar.svensson@example.se>",
        "Bruksminnen Järnforsen – utställning och häfte",
        t,
        mid,
        to=TO_PLAIN,
    )
    set_body(m, text, cte="8bit")
    add(
        t,
        "bruksminnen-jarnforsen",
        finish(m, ids, "generic"),
        label(
            "application",
            "sv",
            "11111",
            "Complete, but the group has only NINE members ('Cirkeln har nio medlemmar') -> members 9, below the "
            "10-member rule. A study circle is the applicant: named ('Bruksminnen'), what and where it is, study "
            "association ABF, members -> association true. 'ett fyrtiotal familjer' sent photos: not members. "
            "'gamla lönelistor' is archive material, NOT a salary cost. Budget with dotted leaders: 8 200 + 1 900 "
            "+ 1 100 = 11 200. Printing and photo paper are consumables. Anchoring: two co-organising "
            "associations + 300 photos from the village. Contact: circle leader with phone, own address.",
            association_name="Bruksminnen",
            contact_name="Ingvar Svensson",
            contact_email="ingvar.svensson@example.se",
            contact_phone="072-200 94 31",
            members=9,
            ort="Järnforsen",
            amount_sek=11200,
        ),
    )


def rinkabyholm_followup() -> None:
    """Outlook top-posting with a Swedish Från/Skickat block; adds anchoring and budget."""
    app = APPS["rinkabyholm"]
    rt, rid, rtext, rsubj = receipt("rinkabyholm", 4, 14, ["anchoring", "budget"])
    t = when(4, 20, 11, 9, 31)
    mid = ids.msgid("outlook")
    new = """\
Hej igen,

Ursäkta att det blev lite tunt. Här kommer det som fattades.

Förankring: Rinkabyholms Villaägareförening delar ut kartan till alla 640 hushåll i samhället, och Föräldraföreningen på Rinkabyholms skola har växtbytardagen tillsammans med oss på skolgården. På vårt årsmöte 8 mars röstade alla 22 närvarande för.

Budget:
Tryck av karta och affischer          1 600 kr
Hyra av partytält till skolgården    2 200 kr
Kaffe och kakor                          900 kr
Annonser i Barometern                  2 500 kr
Snitsel och ballonger för skyltning     300 kr
Summa                                  7 500 kr

Mvh
Karl-Erik Bengtsson
0480-406 18
"""
    block = sv_outlook_block(OFFICER, rt, app["frm"], rsubj)
    text = new + "\n________________________________\n" + block + "\n" + rtext
    rows = [
        ("Tryck av karta och affischer", "1 600 kr"),
        ("Hyra av partytält till skolgården", "2 200 kr"),
        ("Kaffe och kakor", "900 kr"),
        ("Annonser i Barometern", "2 500 kr"),
        ("Snitsel och ballonger för skyltning", "300 kr"),
    ]
    head, _, tail = new.partition("Budget:\n")
    tail = tail.split("Summa", 1)[1].split("\n", 1)[1]
    html_body = (
        OUTLOOK_HEAD.format(charset="windows-1252")
        + "".join(mso_p(x) for x in head.rstrip("\n").split("\n"))
        + mso_p("")
        + mso_p("Budget:", bold=True)
        + mso_table(rows, total=("Summa", "7 500 kr"))
        + "".join(mso_p(x) for x in tail.rstrip("\n").split("\n"))
        + mso_p("")
        + outlook_quote_html(block, rtext)
        + OUTLOOK_TAIL
    )
    m = new_message(
        app["frm"],
        "SV: " + rsubj,
        t,
        mid,
        to=OFFICER,
        headers=threaded("rinkabyholm", rid) + outlook_headers("SV: " + rsubj),
    )
    set_alternative(m, text, html_body, charset="windows-1252")
    add(
        t,
        "sv-rinkabyholm-forankring-budget",
        finish(m, ids, "outlook"),
        label(
            "followup",
            "sv",
            "01011",
            "Followup to {app:rinkabyholm} (anchoring and budget missing). Outlook TOP-POSTING: new text first, "
            "then a '____' line and a Swedish 'Från:/Skickat:/Till:/Ämne:' block with the bot's receipt unquoted "
            "(no '>'). multipart/alternative in windows-1252, the HTML part has the budget as a Word table. New "
            "text: anchoring (villa owners' association distributes the map, the school's parents' association "
            "co-hosts, annual meeting) and a budget 1 600 + 2 200 + 900 + 2 500 + 300 = 7 500. Signed by name + "
            "phone from his own address -> contact true. '640 hushåll' and '22 närvarande' are not members. "
            "Association only in the subject/quote -> false.",
            contact_name="Karl-Erik Bengtsson",
            contact_email="karlerik.bengtsson@example.com",
            contact_phone="0480-406 18",
            ort="Rinkabyholm",
            amount_sek=7500,
        ),
    )


def hogsby_cycling() -> None:
    """Immigrants' association, in English, from the shared mailbox signed by the board."""
    t = when(4, 21, 22, 40, 12)
    mid = ids.msgid("roundcube", "example.org")
    text = """\
Dear Sir or Madam,

We write on behalf of the association Nya Vänner i Högsby ("New Friends in Högsby"). We started in 2022 and today we have 46 members. Most of us came to Högsby from Syria, Eritrea and Afghanistan during the last ten years, and some Swedish neighbours have joined us too.

We want to start a cycling school for adults in Högsby. Many of our members never learned to ride a bicycle. In Högsby there is almost no bus in the evenings and at weekends, so without a car or a bike it is very hard to get to work in Fågelfors or Berga, to football practice, or just to visit friends. The cycling school will be ten Saturday mornings from 5 September on the school yard of Högsby skola, with teachers from Cykelfrämjandet, for women and men. At the end we cycle together to Berga with Swedish neighbours and have a picnic.

Högsby skola lets us use the school yard, and Högsby Röda Korset will help with volunteers. At our annual meeting in March all members voted for the idea, and 22 adults have already signed up.

We apply for 9 000 kronor for bike rental, instructors and advertising.

Kind regards,
The board of Nya Vänner i Högsby
"""
    subject = "Application bygdepeng - cycling school for adults, Högsby"
    frm = "Nya Vänner i Högsby <nyavanner.hogsby@example.org>"
    m = new_message(
        frm, subject, t, mid, to=TO_PLAIN, headers=[("User-Agent", "Roundcube Webmail/1.6.7")]
    )
    set_body(m, text)
    remember("hogsby", mid=mid, t=t, subject=subject, text=text, frm=frm)
    add(
        t,
        "cycling-school-hogsby",
        finish(m, ids, "roundcube"),
        label(
            "application",
            "en",
            "10110",
            "English mail from an immigrants' association. Association: named, founded 2022, 46 members, who they "
            "are -> true. CONTACT MISSING: signed 'The board of Nya Vänner i Högsby' from the association's shared "
            "mailbox, no person named. Activity concrete (cycling school, ten Saturdays, why it matters without "
            "buses). Anchoring: school lends the yard, Red Cross volunteers, annual meeting vote, 22 signed up "
            "(not members). BUDGET MISSING: 'We apply for 9 000 kronor for bike rental, instructors and "
            "advertising' names items without amounts -> bare total, amount 9000. 'for women and men' -> true. "
            "Fågelfors and Berga are distractors; ort Högsby.",
            association_name="Nya Vänner i Högsby",
            members=46,
            ort="Högsby",
            amount_sek=9000,
            women_and_men=True,
        ),
        "hogsby",
    )


def tuna_loppis() -> None:
    """Unnamed group running the flea market; no budget yet; utf-8 base64 body."""
    t = when(4, 23, 21, 15, 44)
    mid = ids.msgid("outlook")
    text = """\
Hallå!

Vi som driver loppisen i gamla mejeriet i Tuna varje lördag på sommaren skulle vilja ordna en Tunadag lördag 15 augusti. Loppis som vanligt, men också veteranbilsutställning på grusplanen, lotterier, femkamp för barnen och en kväll med lokal musik. Folk kommer ju redan till loppisen från Vimmerby och Rumskulla, så vi vill passa på att visa upp byn och få några av dem att stanna hela dagen och handla hos dem som säljer ägg, honung och hantverk här.

Vi frågade runt i Tuna-gruppen på facebook och 112 personer gillade förslaget, och Tuna hembygdsförening och Tuna IK är med och arrangerar (IK:t har femkampen, hembygdsföreningen har kaféet).

Pengar: vi behöver nog runt 8 000, exakt budget har vi inte gjort än.

Mvh Jonas Wiklund
070-331 78 02

Hämta Outlook för iOS
"""
    subject = "Tunadagen 15/8"
    frm = "Jonas Wiklund <jonas.wiklund@example.com>"
    m = new_message(frm, subject, t, mid, to=TO_PLAIN, headers=[("X-Mailer", "Outlook-iOS/2.0")])
    set_body(m, text, cte="base64")
    remember("tuna", mid=mid, t=t, subject=subject, text=text, frm=frm)
    add(
        t,
        "tunadagen",
        finish(m, ids, "outlook"),
        label(
            "application",
            "sv",
            "01110",
            "Outlook for iOS, utf-8 BASE64 body, terse subject 'Tunadagen 15/8'. ASSOCIATION MISSING: 'Vi som "
            "driver loppisen i gamla mejeriet' is an unnamed group; Tuna hembygdsförening and Tuna IK are "
            "co-organisers, not the applicant. Contact: 'Mvh Jonas Wiklund' + phone from own address. Activity "
            "concrete. Anchoring: two local associations co-arrange (and 112 likes in the Facebook group). BUDGET "
            "MISSING: 'runt 8 000, exakt budget har vi inte gjort än' -> amount 8000. Vimmerby and Rumskulla are "
            "distractors.",
            contact_name="Jonas Wiklund",
            contact_email="jonas.wiklund@example.com",
            contact_phone="070-331 78 02",
            ort="Tuna",
            amount_sek=8000,
        ),
        "tuna",
    )


def tuna_bounce() -> None:
    """Postfix bounce of the receipt to Tuna (mailbox full), with the whole receipt returned."""
    app = APPS["tuna"]
    rt, rid, rtext, rsubj = receipt("tuna", 4, 24, ["association", "budget"])
    t = when(4, 24, 7, 30, 9)
    mid = "<20260424053009.7C1A23F4E2@mx1.example.com>"
    returned = EmailMessage(policy=corpuslib.POL)
    returned["From"] = OFFICER
    returned["To"] = app["frm"]
    returned["Subject"] = rsubj
    returned["Date"] = corpuslib.rfcdate(rt)
    returned["Message-ID"] = rid
    returned["In-Reply-To"] = app["mid"]
    returned["References"] = app["mid"]
    returned["Auto-Submitted"] = "auto-replied"
    returned.set_content(rtext, charset="utf-8", cte="quoted-printable")
    human = """\
This is the mail system at host mx1.example.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<jonas.wiklund@example.com>: host mail.example.com[192.0.2.44] said: 552 5.2.2
    <jonas.wiklund@example.com>: Mailbox full (in reply to RCPT TO command)
"""
    dsn = """\
Reporting-MTA: dns; mx1.example.com
X-Postfix-Queue-ID: 7C1A23F4E2
X-Postfix-Sender: rfc822; landsbygdsutvecklare@example.se
Arrival-Date: Fri, 24 Apr 2026 07:30:01 +0200 (CEST)

Final-Recipient: rfc822; jonas.wiklund@example.com
Original-Recipient: rfc822;jonas.wiklund@example.com
Action: failed
Status: 5.2.2
Remote-MTA: dns; mail.example.com
Diagnostic-Code: smtp; 552 5.2.2 <jonas.wiklund@example.com>: Mailbox full
"""
    m = report_message(
        "MAILER-DAEMON@mx1.example.com (Mail Delivery System)",
        "Undelivered Mail Returned to Sender",
        t,
        mid,
        to="landsbygdsutvecklare@example.se",
        headers=[("Auto-Submitted", "auto-replied")],
        human=human,
        human_charset="us-ascii",
        dsn=dsn,
        returned=returned,
        preamble="This is a MIME-encapsulated message.",
    )
    add(
        t,
        "undelivered-tuna",
        finish(m, ids, "generic"),
        label(
            "bounce",
            "en",
            "00000",
            "Postfix bounce from MAILER-DAEMON ('Undelivered Mail Returned to Sender', 552 5.2.2 mailbox full) of "
            "the bot's receipt for {app:tuna}. multipart/report with message/delivery-status and the WHOLE receipt "
            "returned as message/rfc822 - so the mail contains 'Vi saknar följande i er ansökan' and the "
            "application's Message-ID, but it is a bounce, never a followup. Never reply. The Postfix text is "
            "English (the returned receipt is Swedish).",
        ),
    )


def hogsby_followup() -> None:
    """Inline answers between the quoted receipt lines; English; adds contact and budget."""
    rt, rid, rtext, rsubj = receipt("hogsby", 4, 22, ["contact", "budget"])
    t = when(4, 27, 18, 2, 50)
    mid = ids.msgid("roundcube", "example.org")
    q_head, _, rest = rtext.partition("Vi saknar följande i er ansökan:\n")
    contact_line, budget_line, after = rest.split("\n", 2)
    text = (
        "Hello,\n\nThank you for the quick answer. I am the chairman and I answer below.\n\n"
        + sv_thunderbird_header(rt, OFFICER)
        + "\n"
        + quote(q_head.rstrip("\n") + "\n\nVi saknar följande i er ansökan:\n" + contact_line)
        + "\nContact person: Samir Haddad, chairman, 073-812 40 55, samir.haddad@example.org\n"
        "(the board mailbox is read only on Sundays, so please write to me)\n\n"
        + quote(budget_line)
        + """
Rent of 10 bicycles from Högsby Cykel & Motor, 10 Saturdays: 4 000 kr
Instructors from Cykelfrämjandet (fee): 3 000 kr
Helmets and reflective vests, rent: 800 kr
Posters in Swedish, Arabic, Tigrinya and Dari: 400 kr
Picnic on the last day: 800 kr
Total: 9 000 kr

We rent the bikes, we do not buy any.

"""
        + quote(after.strip("\n"))
        + "\nBest regards\nSamir\n"
    )
    m = new_message(
        "Samir Haddad <samir.haddad@example.org>",
        "Re: " + rsubj,
        t,
        mid,
        to=OFFICER,
        headers=threaded("hogsby", rid) + [("User-Agent", "Roundcube Webmail/1.6.7")],
    )
    set_body(m, text)
    add(
        t,
        "re-hogsby-inline",
        finish(m, ids, "roundcube"),
        label(
            "followup",
            "en",
            "01001",
            "Followup to {app:hogsby} (contact and budget missing) with INLINE ANSWERS: the receipt is quoted with "
            "'>' and the answers stand under each quoted request line. New text (English): a named contact with "
            "role, phone and e-mail, writing from that same own address -> contact true; a budget 4 000 + 3 000 + "
            "800 + 400 + 800 = 9 000 with 'Total'. Bikes and helmets are RENTED ('we do not buy any') -> no "
            "investment; instructors' fee is not salary. Signed only 'Samir' but the full name is given in the "
            "contact line. Association only in the quoted subject -> false.",
            contact_name="Samir Haddad",
            contact_email="samir.haddad@example.org",
            contact_phone="073-812 40 55",
            ort="Högsby",
            amount_sek=9000,
        ),
    )


def forlosa_4h() -> None:
    """4H club, complete, but pays its employed leader (salary)."""
    org = orgnr("802399172")
    t = when(4, 29, 12, 30, 2)
    mid = ids.msgid("gmail")
    text = f"""\
Hej!

Förlösa 4H-klubb söker bygdepeng för "Gårdsdagar för byns barn" i sommar.

Om oss – 4H-klubb sedan 1956 med 58 medlemmar: barn, unga och deras föräldrar. Vi håller till på 4H-gården vid Förlösa skola, med får, höns, kaniner och två ponnyer. Org.nr {org}.

Vad – sex onsdagar i juli och början av augusti (1/7–5/8), kl 10–14. Barn 6–12 år i Förlösa och Kläckeberga får vara med och sköta djuren, baka tunnbröd i bakstugan och lära sig var maten kommer ifrån – pojkar som flickor. Många föräldrar här pendlar till Kalmar och barnen har inget att göra på sommarlovet. Gårdsdagarna blir ett ställe att träffas på i stället för att sitta hemma med skärmen, och vi hoppas att några vill bli 4H:are.

Förankring – Förlösa byalag frågade i sitt medlemsutskick vad barnfamiljerna saknar (38 familjer svarade, 29 ville ha gårdsdagar), och skolans fritids lånar ut sina lokaler om det regnar.

Budget –
Ersättning till ledaren, som är anställd av oss, för 6 extra dagar: 6 x 1 200 kr = 7 200 kr
Djurfoder och strö: 1 500 kr
Mjöl och råvaror till bakningen: 900 kr
Olycksfallsförsäkring för deltagarna: 600 kr
Summa: 10 200 kr

Hälsningar
Eva Lind, ordförande
070-618 20 43
"""
    m = new_message(
        "Eva Lind <eva.lind.forlosa@example.com>", "Gårdsdagar på 4H-gården i Förlösa", t, mid
    )
    set_alternative(m, text, gmail_html(text))
    add(
        t,
        "gardsdagar-4h-forlosa",
        finish(m, ids, "gmail"),
        label(
            "application",
            "sv",
            "11111",
            "Complete 4H application with 'Om oss –', 'Vad –', 'Förankring –', 'Budget –' dash headings. SALARY: "
            "'Ersättning till ledaren, som är anställd av oss' is pay to the club's own employee -> salary_costs "
            "true (complete but breaks the rule). Feed, straw, flour and insurance are consumables/services -> no "
            "investment. 7 200 + 1 500 + 900 + 600 = 10 200. 'pojkar som flickor' -> women_and_men true. "
            "Anchoring: the byalag's survey (38 families answered - not members) + fritids lends rooms. Kläckeberga "
            "and Kalmar are distractors; ort Förlösa.",
            association_name="Förlösa 4H-klubb",
            org_number=org,
            contact_name="Eva Lind",
            contact_email="eva.lind.forlosa@example.com",
            contact_phone="070-618 20 43",
            members=58,
            ort="Förlösa",
            amount_sek=10200,
            women_and_men=True,
            salary_costs=True,
        ),
    )


def okno_schedule() -> None:
    """Association given only by org number and member count; activity only as a schedule table."""
    org = orgnr("802507664")
    t = when(5, 4, 16, 20, 37)
    mid = ids.msgid("roundcube", "example.net")
    text = f"""\
Byalaget Östra Udden
Org.nr {org} – 46 medlemmar

Ansökan om bygdepeng 2026, Oknö

PROGRAM SOMMAREN 2026
Datum     Tid      Vad                                            Var
lör 13/6  10–13    Strandstädning, sedan grillning för alla       Badplatsen Östra Udden
lör 27/6  18–22    Byträff med knytkalas, nya och gamla bybor      Båthusplanen
sön 12/7  09–12    Fågelskådning med guide                         Uddens spets
lör 8/8   14–17    Barnens fiskedag, pimpling från bryggan         Gästbryggan
lör 22/8  19–      Marschaller längs stranden och allsång          Badplatsen

KOSTNADER
Guide fågelskådning (arvode)            1 500
Kol, korv och bröd, 2 tillfällen        1 800
Fiskespön – lånas av fvo:n                  0
Marschaller                               900
Ljudanläggning, hyra                    1 200
Affischer                                 400
Summa                                   5 800 kr

Kontakt: Pia Nordin, 070-455 38 61, pia.nordin@example.net
"""
    m = new_message(
        "Pia Nordin <pia.nordin@example.net>",
        "Byalaget Östra Udden – bygdepeng",
        t,
        mid,
        to=TO_PLAIN,
        headers=[("User-Agent", "Roundcube Webmail/1.6.9")],
    )
    set_body(m, text)
    remember(
        "okno",
        mid=mid,
        t=t,
        subject="Byalaget Östra Udden – bygdepeng",
        text=text,
        frm="Pia Nordin <pia.nordin@example.net>",
    )
    add(
        t,
        "byalaget-ostra-udden-okno",
        finish(m, ids, "roundcube"),
        label(
            "application",
            "sv",
            "11101",
            "No prose at all. ASSOCIATION given only as a name without 'förening' ('Byalaget Östra Udden') + org.nr "
            "+ '46 medlemmar' -> true (named, org.nr, members). ACTIVITY given ONLY as a schedule table (date, time, "
            "what, where): five concrete community events (beach clean-up, village meeting for new and old "
            "residents, bird walk, children's fishing day, torch evening) -> labelled true because what will be "
            "done is concrete and its local purpose shows in the items ('nya och gamla bybor', 'för alla'); see "
            "the report for this judgement. ANCHORING MISSING: nothing about backing or cooperation (the fishing "
            "rods lent by 'fvo:n' is a budget note, not anchoring). Budget: table without 'kr' on the lines, sum "
            "1 500 + 1 800 + 0 + 900 + 1 200 + 400 = 5 800. Contact line with phone and e-mail = From address. "
            "Ort Oknö (Mönsterås); 'Östra Udden' is the hamlet.",
            association_name="Byalaget Östra Udden",
            org_number=org,
            contact_name="Pia Nordin",
            contact_email="pia.nordin@example.net",
            contact_phone="070-455 38 61",
            members=46,
            ort="Oknö",
            amount_sek=5800,
        ),
        "okno",
    )


def lindas_attachments() -> None:
    """Two attachments (budget .xlsx, poster .png); the body never says what the festival is."""
    t = when(5, 6, 9, 44, 21)
    mid = ids.msgid("outlook")
    text = """\
Hej!

Här kommer Lindås Hembygdsförenings ansökan till Skördefesten 2026. Budgeten ligger i excelfilen och affischen bifogar jag också så ni ser hur det ser ut.

Vi är 61 medlemmar och har hembygdsgården i gamla skolan i Lindås.

Ha det gott!
Ingrid Sjö
sekreterare Lindås Hembygdsförening
0471-500 62
"""
    xlsx = make_xlsx(
        "Budget",
        [
            ["Budget Skördefesten 2026", "Kronor"],
            ["Underhållning (spelmanslag)", 3000],
            ["Tälthyra", 2500],
            ["Annonsering", 800],
            ["Fika till funktionärer", 500],
            ["Summa", 6800],
        ],
        widths=(36, 12),
    )
    poster = make_png(300, 420)
    subject = "Skördefesten 2026 - ansökan"
    frm = "=?utf-8?q?Ingrid_Sj=C3=B6?= <ingrid.sjo@example.se>"
    m = new_message(
        "Ingrid Sjö <ingrid.sjo@example.se>",
        subject,
        t,
        mid,
        from_raw=frm,
        headers=outlook_headers(subject, attach=True),
    )
    set_body(m, text)
    attach_bytes(
        m,
        xlsx,
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        "Budget skördefest 2026.xlsx",
    )
    attach_bytes(m, poster, "image/png", "affisch_skordefest.png")
    remember(
        "lindas", mid=mid, t=t, subject=subject, text=text, frm="Ingrid Sjö <ingrid.sjo@example.se>"
    )
    add(
        t,
        "skordefest-lindas",
        finish(m, ids, "outlook"),
        label(
            "application",
            "sv",
            "11001",
            "Two attachments: a budget .xlsx (Underhållning 3000, Tälthyra 2500, Annonsering 800, Fika 500, Summa "
            "6800) and a poster .png that holds no readable text. Association: Lindås Hembygdsförening, 61 members, "
            "hembygdsgård in the old school -> true. Contact: secretary with phone from own address. ACTIVITY "
            "MISSING: only the name 'Skördefesten 2026'; what happens and why is said nowhere in the text (the "
            "poster is an image, the budget lines are not a description). ANCHORING MISSING. Budget true (xlsx "
            "items with amounts) -> amount 6800. Renting a tent is not an investment; musicians are a fee.",
            association_name="Lindås Hembygdsförening",
            contact_name="Ingrid Sjö",
            contact_email="ingrid.sjo@example.se",
            contact_phone="0471-500 62",
            members=61,
            ort="Lindås",
            amount_sek=6800,
        ),
        "lindas",
    )


def lindas_exchange_autoreply() -> None:
    """Exchange 'Automatic reply' to the receipt for Lindås."""
    rt, rid, _, rsubj = receipt("lindas", 5, 7, ["activity", "anchoring"])
    t = when(5, 7, 7, 30, 14)
    mid = ids.msgid("outlook")
    text = """\
Jag är på utbildning 7–8 maj och har begränsad tillgång till e-post. Jag läser ditt meddelande när jag är tillbaka måndag 11 maj.

I am attending a training course on 7–8 May with limited access to e-mail. I will read your message when I am back on Monday 11 May.

Ingrid Sjö
Administratör, Barn- och utbildningsförvaltningen
"""
    m = new_message(
        "=?utf-8?q?Ingrid_Sj=C3=B6?= <ingrid.sjo@example.se>",
        "Automatic reply: " + rsubj,
        t,
        mid,
        to=OFFICER,
        from_raw="=?utf-8?q?Ingrid_Sj=C3=B6?= <ingrid.sjo@example.se>",
        headers=threaded("lindas", rid)
        + [
            ("Thread-Topic", rsubj),
            ("Thread-Index", "AQH" + ids.b64std(29) + "=="),
            ("Auto-Submitted", "auto-generated"),
            ("X-MS-Exchange-Inbox-Rules-Loop", "ingrid.sjo@example.se"),
            ("X-MS-Exchange-Generated-Message-Source", "Mailbox Rules Agent"),
            ("X-Auto-Response-Suppress", "All"),
            ("Content-Language", "sv-SE"),
        ],
    )
    set_alternative(m, text, outlook_html_from_text(text, "utf-8"))
    add(
        t,
        "automatic-reply-lindas",
        finish(m, ids, "outlook"),
        label(
            "autoreply",
            "sv",
            "00000",
            "Exchange out-of-office: subject 'Automatic reply: SV: ...', Auto-Submitted: auto-generated, "
            "X-MS-Exchange-Inbox-Rules-Loop, X-Auto-Response-Suppress; Swedish + English body ('Jag är på "
            "utbildning', 'training course'), no word 'frånvaro' or 'out of office'. Threaded to the receipt for "
            "{app:lindas}. Never reply.",
        ),
    )


def torslunda_whatsapp() -> None:
    """Anchoring through a poll in the village WhatsApp group; shared mailbox, no person."""
    org = orgnr("802465019")
    t = when(5, 11, 20, 5, 48)
    mid = ids.msgid("apple", "example.se")
    text = f"""\
Hej,

Torslunda byaråd är ett samarbetsorgan för föreningarna och de boende i byarna i Torslunda socken, med 74 enskilda medlemmar och fem anslutna föreningar. Org.nr {org}.

Ansökan gäller "Långbordet" – fyra lördagsmiddagar i Torslunda bygdegård i höst (26/9, 24/10, 21/11 och 12/12). Varje gång lagar en ny grupp bybor maten tillsammans av råvaror från gårdarna runt omkring, och alla i socknen äter vid ett långt bord. Vi blir fler som bor här året runt, men vi träffas allt mer sällan; vid långbordet sitter den som flyttade hit i fjol bredvid den som bott här i åttio år.

Vi frågade byn i WhatsApp-gruppen "Torslunda grannar" (143 deltagare) med en omröstning i april: 61 röstade ja till långbordsmiddagar och 4 röstade nej. Sju personer har redan anmält sig som kockar.

Budget
Råvaror 4 × 1 500 kr = 6 000 kr
Hyra av bygdegården 4 × 500 kr = 2 000 kr
Ljus, servetter och pappersdukar 600 kr
Affischer 300 kr
Summa 8 900 kr

Svara gärna till den här adressen, den läses av arbetsgruppen för Långbordet.

Torslunda byaråd
"""
    subject = "Långbordet i Torslunda"
    frm = "Torslunda byaråd <byaradet.torslunda@example.se>"
    m = new_message(
        frm, subject, t, mid, to=TO_PLAIN, headers=[("X-Mailer", "Apple Mail (2.3826.500.181.1.5)")]
    )
    set_body(m, text)
    remember("torslunda", mid=mid, t=t, subject=subject, text=text, frm=frm)
    add(
        t,
        "langbordet-torslunda",
        finish(m, ids, "apple"),
        label(
            "application",
            "sv",
            "10111",
            "ANCHORING through a POLL in the village WHATSAPP group (61 yes, 4 no) + seven volunteer cooks -> true. "
            "The WhatsApp group's '143 deltagare' are NOT members; the byaråd has 74 individual members. CONTACT "
            "MISSING: sent from the byaråd's shared mailbox, signed only 'Torslunda byaråd', 'den läses av "
            "arbetsgruppen' - no person. Activity concrete (four long-table dinners). Budget with '×': 6 000 + "
            "2 000 + 600 + 300 = 8 900. No gender statement.",
            association_name="Torslunda byaråd",
            org_number=org,
            members=74,
            ort="Torslunda",
            amount_sek=8900,
        ),
        "torslunda",
    )


def torslunda_autoreply() -> None:
    """Autoreply from the shared mailbox, X-Autoreply, ordinary 'Re:' subject."""
    app = APPS["torslunda"]
    rt, rid, _, rsubj = receipt("torslunda", 5, 12, ["contact"])
    t = when(5, 12, 7, 30, 6)
    mid = ids.msgid("generic", "example.se")
    text = """\
Tack för att du hör av dig till Torslunda byaråd!

Den här brevlådan läses av styrelsen ungefär en gång i veckan, så det kan dröja några dagar innan du får svar. Gäller det uthyrning av bygdegården, ring bokningen på 0485-300 12 vardagar kl 9–11.

Hälsningar
Torslunda byaråd
"""
    m = new_message(
        app["frm"],
        "Re: " + rsubj,
        t,
        mid,
        to=OFFICER,
        headers=threaded("torslunda", rid)
        + [
            ("X-Autoreply", "yes"),
            ("Auto-Submitted", "auto-replied"),
            ("Precedence", "auto_reply"),
        ],
    )
    set_body(m, text, cte="8bit")
    add(
        t,
        "re-torslunda-brevladan",
        finish(m, ids, "generic"),
        label(
            "autoreply",
            "sv",
            "00000",
            "Automatic acknowledgement from the byaråd's shared mailbox ('läses av styrelsen ungefär en gång i "
            "veckan'), with X-Autoreply, Auto-Submitted and Precedence: auto_reply, but a plain 'Re: SV: ...' "
            "subject and no 'frånvaro' wording. Threaded to the receipt for {app:torslunda}; it gives a phone "
            "number but no contact person. Never reply.",
        ),
    )


def hogsrum_question() -> None:
    """Question about the per-locality, per-year cap after an earlier grant."""
    t = when(5, 14, 10, 15, 39)
    mid = ids.msgid("apple", "example.net")
    text = """\
Hej!

Högsrums Hembygdsförening fick 6 000 kr ur idéslanten i mars till vårt valborgsfirande. Nu vill vi söka till en julmarknad i december också. Hur mycket får vi söka då – 9 000 kr (det som är kvar upp till 15 000) eller räknas det på något annat sätt? Och gäller taket per förening eller per by? Högsrums IK har också pratat om att söka i höst.

Tack på förhand!
Berit Öhman, ordf.
0485-700 82

Skickat från min iPad
"""
    m = new_message(
        "Berit Öhman <berit.ohman@example.net>",
        "Hur mycket kan vi söka igen?",
        t,
        mid,
        to=TO_PLAIN,
        headers=[("X-Mailer", "iPad Mail (22E252)")],
    )
    set_body(m, text)
    add(
        t,
        "fraga-tak-hogsrum",
        finish(m, ids, "apple"),
        label(
            "question",
            "sv",
            "00000",
            "Question from an iPad: after an earlier grant of 6 000 kr, how much is left under the cap for the "
            "same locality and year, and is the cap per association or per village? 6 000, 9 000 and 15 000 are "
            "about the rule and an earlier grant, not an amount applied for -> amount null. No salary or "
            "investment proposed -> null.",
            association_name="Högsrums Hembygdsförening",
            contact_name="Berit Öhman",
            contact_email="berit.ohman@example.net",
            contact_phone="0485-700 82",
            ort="Högsrum",
        ),
    )


def odensvi_dutch() -> None:
    """Dutch newcomer, Swedish with errors; village shop co-op; income lines; no anchoring."""
    org = orgnr("769634218")
    t = when(5, 18, 21, 33, 5)
    mid = ids.msgid("gmail")
    text = f"""\
Hej!

Mijn namn är Marieke van Dijk. Vi flyttade från Utrecht till Odensvi för fyra år sedan och nu jag är ordförande i Odensvi Lanthandel ekonomisk förening. Föreningen driver affären i byn sedan 2023, när den förra ägaren slutade. Det är en kooperativ: drygt hundra hushåll är medlemmar och har betalat en insats på 500 kr. Org.nummer {org}.

I september vi vill göra en "Smakmarknad" på gården framför affären, lördag den 19 september. Alla de små producenterna i omgivningen (det finns många! honung, getost från Hallingeberg, surdegsbröd, äppelmust, lammkött) kan stå gratis och låta folk smaka och köpa. Det är för att folk ska se att man kan handla lokal i Odensvi, och producenterna kan hitta nya kunder, och kanske vill de sälja i affären efteråt. Så affären blir starkare och byn behåller sin affär. På kvällen en spelman spelar och vi grillar, man betalar entré för kvällen.

Producenterna vi ska fråga i augusti. Jag tror att alla i Odensvi kommer att tycka om det, i Nederländerna vi hade sånt varje år i mijn dorp och det kom alltid mycket folk.

Budget

Kostnader
- hyra av tält (2 st) 3 500 kr
- spelman 2 500 kr
- affischer och annons i VT 1 400 kr
- smakprov, mat som vi köper in 2 000 kr
Summa kostnader 9 400 kr

Intäkter
- entré för kvällen, 40 kr x 75 personer 3 000 kr

Vi söker alltså 6 400 kr (kostnader minus intäkter).

Met vriendelijke groet / Vänliga hälsningar
Marieke van Dijk
Odensvi Lanthandel ek. för.
076-420 18 57
"""
    subject = "Ansökan Smakmarknad Odensvi"
    frm = "Marieke van Dijk <marieke.vandijk@example.com>"
    m = new_message(frm, subject, t, mid)
    set_alternative(m, text, gmail_html(text))
    remember("odensvi", mid=mid, t=t, subject=subject, text=text, frm=frm)
    add(
        t,
        "smakmarknad-odensvi",
        finish(m, ids, "gmail"),
        label(
            "application",
            "sv",
            "11101",
            "A Dutch newcomer writes Swedish with Dutch word order and words ('Mijn namn', 'nu jag är', 'I "
            "september vi vill', 'en kooperativ', 'handla lokal', 'mijn dorp', 'Met vriendelijke groet'). "
            "Association: village shop cooperative (ekonomisk förening, org.nr 769...), 'drygt hundra hushåll är "
            "medlemmar' -> members 100. The 500 kr membership stake is not an amount applied for. Contact: signer "
            "with phone from own address. Activity concrete (tasting market, why it keeps the shop alive). "
            "ANCHORING MISSING: producers will be asked only in August, and 'Jag tror att alla i Odensvi kommer att "
            "tycka om det' is a hope. Budget with an INCOME line: costs 3 500 + 2 500 + 1 400 + 2 000 = 9 400, "
            "entrance fees 3 000 are income, not a cost; 'Vi söker alltså 6 400 kr' -> amount 6400. Renting "
            "tents: no investment. Hallingeberg is a distractor.",
            association_name="Odensvi Lanthandel ekonomisk förening",
            org_number=org,
            contact_name="Marieke van Dijk",
            contact_email="marieke.vandijk@example.com",
            contact_phone="076-420 18 57",
            members=100,
            ort="Odensvi",
            amount_sek=6400,
        ),
        "odensvi",
    )


def kalla_boat_qp() -> None:
    """Quoted-printable with soft line breaks in the middle of amounts; renting a boat."""
    org = orgnr("802286415")
    t = when(5, 20, 17, 48, 13)
    mid = ids.msgid("thunderbird", "example.org")
    B = "\u00a6"  # forced soft line break
    text = f"""\
Hej,

Källa Hembygdsförening (grundad 1928, 88 medlemmar, org.nr {org}) söker bygdepeng till en kustdag i Källahamn lördag 15 augusti.

Kustdagen: vi ska hyra en båt med skeppare som kör tre turer à en timme längs kusten från Källahamn, och ombord berättar våra äldsta fiskare om de gamla fiskelägena, sälarna och vraken. Turerna är gratis och öppna för alla, tjejer och killar, unga och gamla. På land blir det fisksoppa i båthuset och en utställning med gamla foton. Många som flyttat till Källa de senaste åren har aldrig sett kusten från sjön, och de gamla fiskarna blir färre för varje år. Vi vill föra berättelserna vidare och samla socknen.

Obs: vi köper ingen båt, vi hyr en båt med skeppare från Byxelkrok för dagen.

Förankring: beslut på årsmötet 12 april (34 närvarande). Källahamns Båtlag lånar ut båthuset och sköter bryggan, och Föreningen Källa Ödekyrkas Vänner visar kyrkan samma dag.

Budget:
Hyra av båt med skeppare, 3 turer ........ 6 5{B}00 kr
Bränsle (ingår ej i hyran) ............... 1 200 kr
Fisk och råvaror till soppan .............. 2 300 kr
Utställning: kopior och förstoringar ...... 1 900 kr
Annonser och affischer .................... 1 100 kr
Summa ....................................... 13 0{B}00 kr

Vi söker 13 000 kronor. Kontaktperson är kassören Tobias Grahn, 070-219 84 30, tobias.grahn@example.org.

/Tobias
"""
    m = new_message(
        "Tobias Grahn <tobias.grahn@example.org>",
        "Kustdag i Källahamn – ansökan om bygdepeng",
        t,
        mid,
        headers=[("User-Agent", "Mozilla Thunderbird"), ("Content-Language", "sv-SE")],
    )
    set_raw_qp(m, text)
    add(
        t,
        "kustdag-kalla",
        finish(m, ids, "thunderbird"),
        label(
            "application",
            "sv",
            "11111",
            "Complete. Hand-made QUOTED-PRINTABLE with SOFT LINE BREAKS IN THE MIDDLE OF AMOUNTS ('6 5=' + newline + "
            "'00 kr', '13 0=' + newline + '00 kr'): the raw source shows '6 5' and '00 kr' on separate lines; "
            "only decoded text gives 6 500 and 13 000. 6 500 + 1 200 + 2 300 + 1 900 + 1 100 = 13 000. 'vi ska "
            "HYRA en båt' / 'vi köper ingen båt' -> renting, NOT an investment. 'tjejer och killar' -> "
            "women_and_men true. Anchoring: annual meeting + two local associations. Contact named with phone and "
            "e-mail = From. Byxelkrok is where the boat comes from; ort Källa.",
            association_name="Källa Hembygdsförening",
            org_number=org,
            contact_name="Tobias Grahn",
            contact_email="tobias.grahn@example.org",
            contact_phone="070-219 84 30",
            members=88,
            ort="Källa",
            amount_sek=13000,
            women_and_men=True,
        ),
    )


def odensvi_followup() -> None:
    """Gmail 'Den ... skrev ...:' top-post; adds anchoring; signed with the first name only."""
    app = APPS["odensvi"]
    rt, rid, rtext, rsubj = receipt("odensvi", 5, 19, ["anchoring"])
    t = when(5, 22, 8, 27, 40)
    mid = ids.msgid("gmail")
    new = """\
Hej igen,

Förlåt, först jag förstod inte vad ni menade med "förankrad i bygden", men en granne har förklarat det för mig 🙂 Så här det är:

- På föreningsstämman i affären den 21 maj vi pratade om smakmarknaden. 41 medlemmar var där och alla röstade ja.
- Jag har ringt till producenterna nu i stället för i augusti: 9 har sagt ja att stå på marknaden.
- Odensvi hembygdsförening ska ha kaffe och våfflor, och Odensvi IF hjälper med parkeringen.

Groetjes,
Marieke
"""
    attr = sv_gmail_header(rt, OFFICER)
    text = new + "\n" + attr + "\n\n" + quote(rtext)
    m = new_message(
        app["frm"],
        "Re: " + rsubj,
        t,
        mid,
        to=OFFICER,
        headers=threaded("odensvi", rid),
    )
    set_alternative(m, text, gmail_html(new, gmail_quote_html(attr, rtext)))
    add(
        t,
        "re-odensvi-forankring",
        finish(m, ids, "gmail"),
        label(
            "followup",
            "sv",
            "00010",
            "Followup to {app:odensvi} (anchoring missing), Gmail top-post with 'Den tis 19 maj 2026 kl 07:30 skrev "
            "...:' and the receipt in '>' lines / a gmail_quote blockquote. New text gives anchoring: the "
            "co-op's meeting voted yes, 9 producers confirmed, hembygdsförening and IF help. Signed only "
            "'Groetjes, Marieke' - the surname appears only in the From header -> contact false (first name "
            "only). '41 medlemmar var där' is attendance, not the member count -> members null.",
            ort="Odensvi",
        ),
    )


def fagelfors_farmer() -> None:
    """Farmer dictating to the phone: no punctuation, amounts as words, split compounds."""
    t = when(5, 25, 6, 12, 58)
    mid = ids.msgid("apple", "example.com")
    text = (
        "hej det är Gösta Svensson i Fågelfors jag pratar in det här i telefonen så det blir nog lite konstigt "
        "stavat vi i Fågelfors jakt lag är elva stycken och vi jagar på marken runt Fågelfors och upp mot "
        "Grönskåra sen snart fyrtio år nu har vi tänkt göra en kurs för byborna som heter från skog till bord "
        "två lördagar i november i by gårdens kök där vi visar hur man tar hand om vilt och styckar ett rådjur "
        "och ett vildsvin och sen lagar vi mat av det tillsammans många som flyttat hit köper kött i affären i "
        "högs by fast skogen är full av vilt och vi vill att folk som inte jagar ska lära känna oss jägare och "
        "få smaka och kanske några vill ta jägarexamen sen både karlar och kvinnor är välkomna det kostar inget "
        "för deltagarna vi har pratat med Fågelfors by alag och dom sköter anmälan och fika och by "
        "gårdsföreningen lånar ut köket till halva priset och på jakt lagets möte i april var alla med på det "
        "budget slaktare som visar styckningen tvåtusenfemhundra kronor hyra av by gårdens kök ettusen kronor "
        "kryddor och tillbehör åttahundra kronor annonser och lappar femhundra kronor alltså fyratusen "
        "åttahundra kronor som vi söker köttet står vi för själva ring mig på 070 552 31 84 om det är något\n"
        "Gösta Svensson\n\nSkickat från min iPhone\n"
    )
    m = new_message(
        "Gösta Svensson <gosta.svensson@example.com>",
        "Ansökan",
        t,
        mid,
        to=TO_PLAIN,
        headers=[("X-Mailer", "iPhone Mail (22F76)")],
    )
    set_body(m, text)
    add(
        t,
        "jaktlag-fran-skog-till-bord-fagelfors",
        finish(m, ids, "apple"),
        label(
            "application",
            "sv",
            "11111",
            "Complete, but DICTATED to an iPhone: one unpunctuated stream, split compounds ('jakt lag', 'by gården', "
            "'by alag', 'högs by'), all amounts as words ('tvåtusenfemhundra', 'ettusen', 'åttahundra', 'femhundra', "
            "total 'fyratusen åttahundra' = 4 800 = 2 500 + 1 000 + 800 + 500), member count as a word ('elva "
            "stycken' -> 11; 'fyrtio år' is not a count), subject just 'Ansökan'. Association: the hunting team, "
            "named, where, 11 members. Contact: named at the start and below, phone '070 552 31 84', own address. "
            "Anchoring: byalag handles sign-up and coffee, bygdegård association halves the rent, the team's "
            "meeting. The butcher's demonstration fee is not salary; spices are consumables; renting the kitchen "
            "is not investment. 'både karlar och kvinnor' -> true. Grönskåra and Högsby are distractors.",
            association_name="Fågelfors jakt lag",
            contact_name="Gösta Svensson",
            contact_email="gosta.svensson@example.com",
            contact_phone="070 552 31 84",
            members=11,
            ort="Fågelfors",
            amount_sek=4800,
            women_and_men=True,
        ),
    )


def paskallavik_fire() -> None:
    """Fire brigade support association, form-like key: value layout; förbrukningsmaterial."""
    t = when(5, 27, 19, 39, 24)
    mid = ids.msgid("outlook")
    rows = [
        ("HLR-instruktör (Civilförsvarsförbundet), arvode 2 tillfällen", "3 600 kr"),
        ("Hyra av övningsdockor", "1 400 kr"),
        (
            "Förbrukningsmaterial (kolsyrepatroner, pulver till övningssläckare, andningsmasker, plåster)",
            "2 200 kr",
        ),
        ("Fika och korv", "1 600 kr"),
        ("Annonsering", "700 kr"),
    ]
    top = """\
Sökande förening: Räddningsvärnets Vänner i Påskallavik
Typ: ideell stödförening till räddningsvärnet (frivilliga brandmän) i Påskallavik
Medlemmar: 83
Kontaktperson: Lars-Olof Nyqvist (Lasse), 070-233 90 17, lasse.nyqvist@example.net

Aktivitet: "Trygg by" – två lördagar (5 september och 3 oktober) med öppet hus på brandstationen i Påskallavik. Alla boende bjuds in till HLR-kurs, övning med handbrandsläckare och genomgång av brandvarnare. Närmaste heltidsstyrka finns i Oskarshamn, tjugo minuter bort, och vid en olycka är det grannarna som är först på plats. Ju fler i byn som kan HLR och släcka en begynnande brand, desto tryggare blir det att bo kvar här – också för de äldre.

Förankring: Påskallaviks Samhällsförening och Påskallaviks Båtklubb bjuder in sina medlemmar och ordnar fikat, räddningsvärnets tolv frivilliga ställer upp som instruktörer utan ersättning och räddningstjänsten lånar ut släckutrustningen.

Budget
"""
    table_txt = "".join(f"{a}\t{b}\n" for a, b in rows) + "Summa\t9 500 kr\n"
    text = top + table_txt + "\nMed vänlig hälsning\nLasse Nyqvist\n"
    paras = top.rstrip("\n").split("\n")
    html_body = (
        OUTLOOK_HEAD.format(charset="utf-8")
        + "".join(mso_p(p) for p in paras[:-1])
        + mso_p("Budget", bold=True)
        + mso_table(rows, header=("Post", "Belopp"), total=("Summa", "9 500 kr"))
        + mso_p("")
        + mso_p("Med vänlig hälsning")
        + mso_p("Lasse Nyqvist")
        + OUTLOOK_TAIL
    )
    subject = "Trygg by – Räddningsvärnets Vänner i Påskallavik"
    m = new_message(
        "Lasse Nyqvist <lasse.nyqvist@example.net>",
        subject,
        t,
        mid,
        headers=outlook_headers(subject),
    )
    set_alternative(m, text, html_body)
    add(
        t,
        "trygg-by-paskallavik",
        finish(m, ids, "outlook"),
        label(
            "application",
            "sv",
            "11111",
            "Complete, written as a FORM ('Sökande förening:', 'Typ:', 'Medlemmar:', 'Kontaktperson:', "
            "'Aktivitet:', 'Förankring:') for a fire-brigade support association; Outlook multipart/alternative "
            "with a tab-separated budget in text and a Word table in HTML. 'FÖRBRUKNINGSMATERIAL (kolsyrepatroner, "
            "pulver, andningsmasker, plåster)' are consumables -> NOT an investment; training dolls are rented. "
            "The CPR instructor's fee is not salary, and the volunteers work 'utan ersättning'. 3 600 + 1 400 + "
            "2 200 + 1 600 + 700 = 9 500. Members 83; 'tolv frivilliga' are volunteers. Contact name written "
            "'Lars-Olof Nyqvist (Lasse)', signs 'Lasse Nyqvist' from the given address. 'Alla boende' is not a "
            "gender statement -> null. Oskarshamn is a distractor.",
            association_name="Räddningsvärnets Vänner i Påskallavik",
            contact_name="Lars-Olof Nyqvist",
            contact_email="lasse.nyqvist@example.net",
            contact_phone="070-233 90 17",
            members=83,
            ort="Påskallavik",
            amount_sek=9500,
        ),
    )


def fliseryd_teen() -> None:
    """A 16-year-old: lower case, emoji, slang; bare total; wants to buy a speaker."""
    t = when(6, 1, 22, 51, 16)
    mid = ids.msgid("gmail")
    text = """\
hejj!!

jag heter Elsa Nyberg och är 16 och sitter i ungdomssektionen i Fliseryds IK (vi är typ 38 medlemmar i sektionen, alla under 20, klubben har fotboll och innebandy). vi vill fixa "fredagshäng" i klubbstugan varannan fredag hela hösten från 21 aug, kl 19-23, för alla från åk 7 upp till gymnasiet, pojkar och flickor 😊 typ turneringar i fifa och pingis, film, och vi lagar mat tsm. just nu finns det ingenstans att vara i fliseryd på kvällarna, dom flesta åker till mönsterås eller sitter hemma, och det är då folk börjar hänga vid macken istället lol

vi gjorde en enkät i skolan (fliseryds skola + högstadiet) och 64 svarade, 51 ville ha fredagshäng!! styrelsen i IK:t har sagt ja och två föräldrar är med som vuxna varje gång.

vi behöver typ 6000 kr för allt, och så vill vi köpa en jbl-högtalare till klubbstugan också

/Elsa
Elsa Nyberg, ungdomssektionen Fliseryds IK
073-991 05 26
"""
    subject = "fredagshäng i fliseryd!!"
    frm = "Elsa Nyberg <elsa.nyberg@example.com>"
    m = new_message(frm, subject, t, mid, to=TO_PLAIN)
    set_alternative(m, text, gmail_html(text), cte="base64", html_cte="quoted-printable")
    remember("fliseryd", mid=mid, t=t, subject=subject, text=text, frm=frm)
    add(
        t,
        "fredagshang-fliseryd",
        finish(m, ids, "gmail"),
        label(
            "application",
            "sv",
            "11110",
            "A teenager writes: lower case, 'hejj!!', 'typ', 'tsm', 'lol', an emoji; Gmail multipart/alternative "
            "with the plain part in base64. Association: the youth section of Fliseryds IK, 'typ 38 medlemmar i "
            "sektionen' -> 38. Contact: full name + phone in the signature, own address. Activity concrete (Friday "
            "evenings in the club house, why). Anchoring: school survey (64 answered, 51 yes) + the club board + "
            "parents. BUDGET MISSING: 'typ 6000 kr för allt' is a bare total -> amount 6000. INVESTMENT: 'vill vi "
            "köpa en jbl-högtalare till klubbstugan' = buying equipment -> physical_investment true. 'pojkar och "
            "flickor' -> women_and_men true. Mönsterås is a distractor.",
            association_name="Fliseryds IK",
            contact_name="Elsa Nyberg",
            contact_email="elsa.nyberg@example.com",
            contact_phone="073-991 05 26",
            members=38,
            ort="Fliseryd",
            amount_sek=6000,
            women_and_men=True,
            physical_investment=True,
        ),
        "fliseryd",
    )


def rosenfors_municipal() -> None:
    """A municipal employee writes for the group and names the group's own contact person."""
    org = orgnr("802441290")
    t = when(6, 3, 14, 6, 32)
    mid = ids.msgid("outlook")
    text = f"""\
Hej,

Jag arbetar som föreningsutvecklare på Hultsfreds kommun och skickar den här ansökan för Rosenfors Byalags räkning. Föreningen är inte så van vid att söka bidrag digitalt, så jag har hjälpt styrelsen att skriva ihop den.

Föreningen: Rosenfors Byalag, org.nr {org}, ca 90 medlemmar. Byalaget sköter bruksparken och badplatsen i Rosenfors och ordnar valborg och midsommar.

Aktivitet: "Bruket i lyktsken" – en kvällsvandring genom det gamla bruksområdet lördag 24 oktober, där medlemmar i Hultsfreds amatörteaterförening spelar upp scener ur brukets historia vid sex stationer längs vägen, med marschaller och lyktor längs hela slingan. Efteråt serveras varm soppa i bruksparken. Rosenfors har fått många nya barnfamiljer de senaste åren som inte känner till orten, och byalaget vill att de ska upptäcka historien och lära känna grannarna.

Det finns ett stort behov av mötesplatser i Rosenfors, särskilt på hösten.

Budget:
Amatörteaterföreningen, arvode          3 000 kr
Marschaller och lyktor (förbrukning)    1 400 kr
Hyra av ljudanläggning                  1 200 kr
Soppa och bröd                           1 500 kr
Annonsering                                700 kr
Summa                                    7 800 kr

Föreningens kontaktperson är kassören Anders Holm, 070-612 33 90, anders.holm@example.com. Mig når du på 0495-240 00 om något är oklart med själva ansökan.

Med vänlig hälsning
Helena Strand
Föreningsutvecklare
Hultsfreds kommun
"""
    subject = "Ansökan bygdepeng – Rosenfors Byalag"
    frm = "Helena Strand <helena.strand@kommun.example.se>"
    m = new_message(frm, subject, t, mid, headers=outlook_headers(subject))
    set_alternative(m, text, outlook_html_from_text(text, "utf-8"))
    remember("rosenfors", mid=mid, t=t, subject=subject, text=text, frm=frm)
    add(
        t,
        "bruket-i-lyktsken-rosenfors",
        finish(m, ids, "outlook"),
        label(
            "application",
            "sv",
            "11101",
            "Written by a MUNICIPAL EMPLOYEE on behalf of the group. Contact true because the GROUP'S OWN contact "
            "person is named with phone and e-mail (treasurer Anders Holm) - contact_email is his address, not "
            "the employee's From address, and his phone comes first (the employee's 0495-240 00 is not the "
            "contact). Association: Rosenfors Byalag, org.nr, ca 90 members, what it does. Activity concrete "
            "(lantern walk with theatre scenes). ANCHORING MISSING: 'Det finns ett stort behov av mötesplatser' is "
            "a described need; helping the board write the text is not local backing. Budget table 3 000 + 1 400 "
            "+ 1 200 + 1 500 + 700 = 7 800. Torches are consumables ('förbrukning'), sound system rented; the "
            "theatre association's fee is a performer fee. Hultsfred is the municipality, not the ort.",
            association_name="Rosenfors Byalag",
            org_number=org,
            contact_name="Anders Holm",
            contact_email="anders.holm@example.com",
            contact_phone="070-612 33 90",
            members=90,
            ort="Rosenfors",
            amount_sek=7800,
        ),
        "rosenfors",
    )


def rosenfors_autoreply() -> None:
    """'Tack för ditt mejl! Jag är tillbaka på kontoret ...', no header, the receipt quoted below."""
    app = APPS["rosenfors"]
    rt, rid, rtext, rsubj = receipt("rosenfors", 6, 4, ["anchoring"])
    t = when(6, 4, 7, 30, 11)
    mid = ids.msgid("outlook")
    text = (
        "Tack för ditt mejl! Jag är tillbaka på kontoret måndag 8 juni och svarar då så snart jag kan.\n\n"
        "Brådskande ärenden: Hultsfreds kommuns kontaktcenter, 0495-240 00.\n\n"
        "Helena Strand\nFöreningsutvecklare\n\n"
        "________________________________\n"
        + sv_outlook_block(OFFICER, rt, app["frm"], rsubj)
        + "\n"
        + rtext
    )
    m = new_message(
        app["frm"],
        "SV: " + rsubj,
        t,
        mid,
        to=OFFICER,
        headers=threaded("rosenfors", rid)
        + [("Thread-Topic", rsubj), ("Content-Language", "sv-SE")],
    )
    set_body(m, text)
    add(
        t,
        "sv-rosenfors-tillbaka-pa-kontoret",
        finish(m, ids, "outlook"),
        label(
            "autoreply",
            "sv",
            "00000",
            "Out-of-office worded as 'Tack för ditt mejl! Jag är tillbaka på kontoret måndag 8 juni ...' with an "
            "ordinary 'SV: SV: ...' subject and NO automation header (no Auto-Submitted, X-Autoreply or "
            "Precedence); it QUOTES the whole receipt for {app:rosenfors} below an Outlook 'Från:/Skickat:' block "
            "(so it contains 'Vi saknar följande i er ansökan') and is threaded like a real answer - it looks "
            "exactly like a top-posted followup. Not a followup: it adds nothing; never reply.",
        ),
    )


def fliseryd_followup() -> None:
    """Apple Mail / iPhone: new text above '... skrev:'; budget only; signed with first name."""
    app = APPS["fliseryd"]
    rt, rid, rtext, rsubj = receipt("fliseryd", 6, 2, ["budget"])
    t = when(6, 4, 16, 45, 3)
    mid = ids.msgid("apple", "example.com")
    new = """\
hej! här är budgeten, mamma hjälpte mig 😅

mat 8 fredagar x 450 kr = 3600 kr
pingisbollar och sånt 300 kr
filmlicens 900 kr
affischer 200 kr
= 5000 kr

högtalaren stryker vi, vi får låna församlingens istället!! så vi söker 5000 kr och inte 6000

/elsa

Skickat från min iPhone
"""
    text = new + "\n" + sv_apple_header(rt, OFFICER) + "\n\n" + quote(rtext)
    m = new_message(
        app["frm"],
        "Re: " + rsubj,
        t,
        mid,
        to=OFFICER,
        headers=threaded("fliseryd", rid) + [("X-Mailer", "iPhone Mail (22F76)")],
    )
    set_body(m, text)
    add(
        t,
        "re-fliseryd-budget",
        finish(m, ids, "apple"),
        label(
            "followup",
            "sv",
            "00001",
            "Followup to {app:fliseryd} (budget missing) from an iPhone, Apple Mail quote header '2 juni 2026 kl. "
            "07:30 skrev ...:' below 'Skickat från min iPhone'. New text: a budget 3 600 + 300 + 900 + 200 = 5 000 "
            "and 'vi söker 5000 kr och inte 6000' -> amount 5000. The speaker is dropped and borrowed instead -> "
            "physical_investment false in this mail. Signed '/elsa' only (full name only in From) -> contact "
            "false. Fliseryd is not named in the new text -> ort null.",
            amount_sek=5000,
        ),
    )


def vissefjarda_divsoup() -> None:
    """HTML-only <div> soup; vague activity; 'Preliminär budget' as an HTML table."""
    t = when(6, 8, 10, 37, 45)
    mid = ids.msgid("generic", "example.net")
    S = 'style="font-family: Verdana, Geneva, sans-serif; font-size: 13px; color: #222222;"'
    rows = [
        ("Artistarvoden", "6&nbsp;000 kr"),
        ("Ljud och ljus, hyra", "2&nbsp;500 kr"),
        ("Lokalhyra hembygdsgården", "1&nbsp;500 kr"),
        ("Marknadsföring", "1&nbsp;000 kr"),
    ]
    table = (
        '<div><table cellpadding="3" cellspacing="0" style="border-collapse: collapse; width: 340px;"><tbody>'
        '<tr><td colspan="2" style="border-bottom: 1px solid #999;"><div><span><b>Preliminär budget</b></span></div></td></tr>'
        + "".join(
            f'<tr><td><div><span {S}>{a}</span></div></td><td style="text-align: right;"><div><span {S}>{b}</span></div></td></tr>'
            for a, b in rows
        )
        + '<tr><td style="border-top: 1px solid #999;"><div><span><b>Summa</b></span></div></td>'
        '<td style="border-top: 1px solid #999; text-align: right;"><div><span><b>11&nbsp;000 kr</b></span></div></td></tr>'
        "</tbody></table></div>"
    )

    def d(x: str) -> str:
        return f"<div><div><span {S}>{x}</span></div></div>"

    body = (
        '<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
        f"<body><div {S}><div><div>"
        + d("Hej!")
        + "<div><br></div>"
        + d("Vissefjärda Musikförening vill söka bygdepeng för hösten 2026.")
        + "<div><br></div>"
        + d(
            "Föreningen bildades 1986 och har i dag 47 medlemmar. Vi har under många år arrangerat konserter i "
            "Vissefjärda kyrka och i hembygdsgården, och vi driver en liten barnkör."
        )
        + "<div><br></div>"
        + d(
            "Till hösten vill vi göra en riktig satsning på musiklivet i bygden, med olika arrangemang för alla "
            "åldrar och smaker. Vi har många idéer och bestämmer innehållet närmare under sommaren, men målet är "
            "att musiken ska föra människor samman."
        )
        + "<div><br></div>"
        + d(
            "Vi har pratat med Vissefjärda församling och Vissefjärda Hembygdsförening, som båda vill samarbeta "
            "med oss och upplåta kyrkan respektive hembygdsgården till arrangemangen."
        )
        + "<div><br></div>"
        + table
        + "<div><br></div>"
        + "<div><div><span "
        + S
        + ">Vänliga hälsningar<br>Anna-Karin Petersson<br>kassör, Vissefjärda "
        "Musikförening<br>0471-320 55</span></div></div>" + "</div></div></div></body></html>\n"
    )
    m = new_message(
        "Anna-Karin Petersson <ak.petersson@example.net>",
        "Bygdepeng hösten 2026 - Vissefjärda Musikförening",
        t,
        mid,
        to=TO_PLAIN,
        headers=[("X-Mailer", "Webmail 7.2")],
    )
    set_body(m, body, subtype="html")
    add(
        t,
        "musikhost-vissefjarda",
        finish(m, ids, "generic"),
        label(
            "application",
            "sv",
            "11011",
            "HTML-ONLY webmail in nested <div>/<span> soup with inline styles and &nbsp; in the amounts; the budget "
            "is an HTML table headed 'PRELIMINÄR BUDGET' - still a budget with items and amounts (6 000 + 2 500 + "
            "1 500 + 1 000 = 11 000). ACTIVITY MISSING: 'en riktig satsning på musiklivet i bygden, med olika "
            "arrangemang för alla åldrar' and 'bestämmer innehållet närmare under sommaren' is vague. Anchoring "
            "true: the parish and the hembygdsförening will cooperate and provide the venues. Association: 1986, 47 "
            "members. Contact: treasurer with phone, own address. 'för alla åldrar' is not a gender statement.",
            association_name="Vissefjärda Musikförening",
            contact_name="Anna-Karin Petersson",
            contact_email="ak.petersson@example.net",
            contact_phone="0471-320 55",
            members=47,
            ort="Vissefjärda",
            amount_sek=11000,
        ),
    )


def langemala_unnamed() -> None:
    """Ellipses everywhere; an unnamed group; budget promised later."""
    t = when(6, 10, 20, 59, 1)
    mid = ids.msgid("thunderbird", "example.net")
    text = """\
Hej...

Vi är några i Långemåla som har tänkt till... Det har inte hänt så mycket i byn sedan affären stängde (2017) och nu vill vi dra igång "Långemålakvällar": tre kvällar i augusti på gamla skolans gård. En berättarkväll där Ingemar Lund berättar om byns historia och torparna i skogen, en spelkväll med kubb och boule för alla åldrar, och en avslutande knytkalasfest med musik. Poängen är att vi som bott här länge och alla nya barnfamiljer som köpt hus de senaste åren ska lära känna varandra...

Vi hade ett möte i gamla skolan den 28 maj och 31 personer kom (!), alla tyckte det var en bra idé, och sex personer anmälde sig direkt för att hjälpa till. Kommunen, som äger skolan, låter oss använda gården gratis.

Budgeten får jag återkomma med, vi har inte räknat klart... ungefär 6 000 tror jag.

Mvh
Roger Alm
070-815 20 44
"""
    subject = "Långemålakvällar i augusti"
    frm = "Roger Alm <roger.alm@example.net>"
    m = new_message(
        frm, subject, t, mid, to=TO_PLAIN, headers=[("User-Agent", "Mozilla Thunderbird")]
    )
    set_body(m, text, charset="iso-8859-1", cte="8bit")
    remember("langemala", mid=mid, t=t, subject=subject, text=text, frm=frm)
    add(
        t,
        "langemalakvallar",
        finish(m, ids, "thunderbird"),
        label(
            "application",
            "sv",
            "01110",
            "iso-8859-1 8bit body, ellipses everywhere. ASSOCIATION MISSING: 'Vi är några i Långemåla' is an "
            "unnamed group. Contact: 'Mvh Roger Alm' + phone from own address. Activity concrete (three evenings "
            "with storytelling, games, a party). Anchoring: open meeting on 28 May with 31 people, six volunteers, "
            "the municipality lends the yard. BUDGET MISSING: 'Budgeten får jag återkomma med ... ungefär 6 000' -> "
            "amount 6000. Ingemar Lund is a storyteller, not the contact.",
            contact_name="Roger Alm",
            contact_email="roger.alm@example.net",
            contact_phone="070-815 20 44",
            ort="Långemåla",
            amount_sek=6000,
        ),
        "langemala",
    )


def egby_petition() -> None:
    """Complete; anchoring through a petition with 54 names."""
    org = orgnr("802304581")
    t = when(6, 11, 13, 14, 27)
    mid = ids.msgid("generic", "example.org")
    text = f"""\
Hej!

Egby Byalag ansöker härmed om bygdepeng till

    BYABIBLIOTEKET I EGBY
    onsdagar kl 15–19, 7 oktober – 16 december,
    i gamla skolsalen

Bokbussen slutade stanna i Egby 2023 och närmaste bibliotek ligger i Borgholm. Vi vill öppna ett litet byabibliotek med bokbyte och läshörna en eftermiddag i veckan, med högläsning för barnen kl 15.30 och en författarkväll i november. Det blir också en plats där man kan ta en kopp kaffe och träffa grannar under den mörka delen av året, när Egby är som tommast.

Vi vet att byn vill ha det: i maj gick vi runt i byn och samlade in en namnlista med 54 namn från boende som vill ha ett bibliotek i Egby igen. Biblioteket i Borgholm lånar ut en depå med 300 böcker som byts varje månad.

Om oss: Egby Byalag, ideell förening, 112 medlemmar, org.nr {org}.

Budget
Hyra av skolsalen, 11 onsdagar à 250 kr ........ 2 750 kr
Författarbesök, arvode .......................... 2 500 kr
Fika, 11 × 150 kr ............................... 1 650 kr
Affischer och annons i Ölandsbladet ............... 600 kr
Summa ........................................... 7 500 kr

Kontaktperson
Annelie Gustafsson
0485-568 12
annelie.gustafsson@example.org
"""
    m = new_message(
        "Annelie Gustafsson <annelie.gustafsson@example.org>",
        "Byabiblioteket i Egby",
        t,
        mid,
        to=TO_PLAIN,
    )
    set_body(m, text)
    add(
        t,
        "byabiblioteket-egby",
        finish(m, ids, "generic"),
        label(
            "application",
            "sv",
            "11111",
            "Complete. ANCHORING through a PETITION: 'samlade in en namnlista med 54 namn från boende' (+ the "
            "Borgholm library lends a book deposit) -> true; the 54 signers are not members (112). Indented "
            "capitalised title block, dotted budget: 2 750 + 2 500 + 1 650 + 600 = 7 500. The author's fee is a "
            "speaker's fee. Borrowed books, rented room -> no investment. 'Kontaktperson' block with phone and "
            "e-mail = From. Borgholm is a distractor; ort Egby.",
            association_name="Egby Byalag",
            org_number=org,
            contact_name="Annelie Gustafsson",
            contact_email="annelie.gustafsson@example.org",
            contact_phone="0485-568 12",
            members=112,
            ort="Egby",
            amount_sek=7500,
        ),
    )


def paboda_forward() -> None:
    """'VB:' forward by a municipal employee; the group's text signed 'Styrelsen'."""
    org = orgnr("802377045")
    t = when(6, 15, 9, 20, 18)
    orig_t = when(6, 12, 21, 14, 0)
    mid = ids.msgid("outlook")
    group = f"""\
Hej Mikael!

Som vi pratade om på landsbygdsmötet i Torsås – här kommer vår ansökan. Vi vet inte riktigt vart den ska, så skicka den gärna vidare.

Påboda Bygdegårdsförening (org.nr {org}) har 57 medlemmar och äger bygdegården mitt i Påboda.

Lördag 18 juli vill vi ordna "Påboda Open" – en boule- och kubbturnering på bygdegårdstomten för lag med minst en vuxen och ett barn, och på kvällen en trubadur och grillkväll. Vi vill få ihop sommarboende och fastboende, som annars lever rätt åtskilda, och få barnfamiljerna att använda bygdegården.

Byns föreningar – bygdegårdsföreningen, Påboda IF, Påboda Hembygdsförening och PRO:s lokala grupp – planerade dagen tillsammans på ett möte i bygdegården 20 maj. IF:et lånar ut kubbspel och boulebanor.

Budget
Priser till turneringen 1 200 kr
Trubadur 3 500 kr
Hyra av ljudanläggning 1 500 kr
Annonsering 800 kr
Grillmat till funktionärerna 1 000 kr
Summa 8 000 kr

Hälsningar
Styrelsen
Påboda Bygdegårdsförening
"""
    new = """\
Hej!

Vidarebefordrar från Påboda Bygdegårdsförening, de bad mig skicka den till rätt adress.

Vänliga hälsningar
Mikael Berg
Landsbygdsstrateg, Torsås kommun
0486-331 00
"""
    block = sv_outlook_block(
        "Påboda Bygdegårdsförening <bygdegarden.paboda@example.net>",
        orig_t,
        "Berg Mikael <mikael.berg@kommun.example.se>",
        "Ansökan bygdepeng Påboda Open",
    )
    text = new + "\n________________________________\n" + block + "\n" + group
    subject = "VB: Ansökan bygdepeng Påboda Open"
    frm = "Berg Mikael <mikael.berg@kommun.example.se>"
    m = new_message(frm, subject, t, mid, headers=outlook_headers(subject))
    set_alternative(
        m,
        text,
        outlook_html_from_text(new, "utf-8", outlook_quote_html(block, group)),
    )
    remember("paboda", mid=mid, t=t, subject=subject, text=text, frm=frm)
    add(
        t,
        "vb-paboda-open",
        finish(m, ids, "outlook"),
        label(
            "application",
            "sv",
            "10111",
            "FORWARDED ('VB:') by a municipal employee with a one-line note; the group's own mail follows under a "
            "Swedish Outlook 'Från:/Skickat:/Till:/Ämne:' block and counts as the mail's own text (forwarded as "
            "the application). The group's text: association (57 members, org.nr), activity (boule/kubb "
            "tournament), anchoring (four village associations planned it together), budget 1 200 + 3 500 + 1 500 "
            "+ 800 + 1 000 = 8 000. CONTACT MISSING: the group signs 'Styrelsen' from a shared mailbox; the "
            "forwarder Mikael Berg is named and reachable, but he is a municipal officer, not the group's contact "
            "person. Borrowed kubb sets -> no investment. Torsås is the municipality.",
            association_name="Påboda Bygdegårdsförening",
            org_number=org,
            members=57,
            ort="Påboda",
            amount_sek=8000,
        ),
        "paboda",
    )


def langemala_followup() -> None:
    """Bottom-posting: the quote first, the new text (the newly formed association) below."""
    app = APPS["langemala"]
    rt, rid, rtext, rsubj = receipt("langemala", 6, 11, ["association", "budget"])
    t = when(6, 17, 21, 30, 22)
    mid = ids.msgid("thunderbird", "example.net")
    new = """\
Hej igen...

Nu är vi en förening! På ett möte i gamla skolan i måndags (15 juni) bildade vi Långemåla Byalag, antog stadgar och valde styrelse: Roger Alm ordförande, Sofie Ek kassör och Hans Lindqvist sekreterare. 26 personer har redan gått med som medlemmar, 50 kr per person och år. Byalaget är ideellt och öppet för alla som bor i Långemåla med omnejd.

Budgeten håller Sofie på med, den kommer så fort hon är klar...

Mvh
Roger Alm
070-815 20 44
"""
    text = sv_thunderbird_header(rt, OFFICER) + "\n" + quote(rtext) + "\n" + new
    m = new_message(
        app["frm"],
        "Re: " + rsubj,
        t,
        mid,
        to=OFFICER,
        headers=threaded("langemala", rid) + [("User-Agent", "Mozilla Thunderbird")],
    )
    set_body(m, text)
    add(
        t,
        "re-langemala-byalag-bildat",
        finish(m, ids, "thunderbird"),
        label(
            "followup",
            "sv",
            "11000",
            "Followup to {app:langemala} (association and budget missing), BOTTOM-POSTED: Thunderbird quote header "
            "'Den 2026-06-11 kl. 07:30, skrev ...:' and the '>' quoted receipt come first, the new text below. "
            "New text: a newly formed association (Långemåla Byalag, statutes, board, "
            "26 members; '50 kr per person och år' is the fee, not an amount applied for) and a named signer with "
            "phone from own address -> contact true. The budget is again only promised -> budget false.",
            association_name="Långemåla Byalag",
            contact_name="Roger Alm",
            contact_email="roger.alm@example.net",
            contact_phone="070-815 20 44",
            members=26,
            ort="Långemåla",
        ),
    )


def paboda_followup() -> None:
    """The municipal employee answers in English-Outlook top-post style and names the contact."""
    app = APPS["paboda"]
    rt, rid, rtext, rsubj = receipt("paboda", 6, 16, ["contact"])
    t = when(6, 18, 10, 2, 37)
    mid = ids.msgid("outlook")
    new = """\
Hej,

Jag har pratat med föreningen i Påboda. Deras kontaktperson för ansökan är ordföranden Lena Fransson, 0486-420 31, lena.fransson@example.net. Hon vet om att hon står som kontakt.

Hälsningar
Mikael Berg
Torsås kommun
"""
    block = en_outlook_block(OFFICER, rt, app["frm"], rsubj)
    text = new + "\n________________________________\n" + block + "\n" + rtext
    m = new_message(
        app["frm"],
        "RE: " + rsubj,
        t,
        mid,
        to=OFFICER,
        headers=threaded("paboda", rid) + outlook_headers("RE: " + rsubj),
    )
    set_alternative(m, text, outlook_html_from_text(new, "utf-8", outlook_quote_html(block, rtext)))
    add(
        t,
        "re-paboda-kontaktperson",
        finish(m, ids, "outlook"),
        label(
            "followup",
            "sv",
            "01000",
            "Followup to {app:paboda} (contact missing) from the municipal officer who forwarded it, top-posted "
            "over an ENGLISH Outlook header block ('From:/Sent:/To:/Subject:', subject 'RE: SV: VB: ...'). The new "
            "text names the GROUP'S OWN contact person with phone and e-mail (chair Lena Fransson) -> contact "
            "true with her details, not the officer's From address. Nothing else is new.",
            contact_name="Lena Fransson",
            contact_email="lena.fransson@example.net",
            contact_phone="0486-420 31",
            ort="Påboda",
        ),
    )


def gardby_ipad() -> None:
    """iPad: the whole application in the subject, a one-line body and a .docx."""
    org = orgnr("802352198")
    t = when(6, 24, 22, 18, 9)
    mid = ids.msgid("apple", "example.com")
    subject = (
        "Ansökan regional bygdepeng Gårdby Byalag – Byns dag 22 augusti med cykelorientering och långbord, "
        "söker 9 800 kr, kontakt Karin Ek 070-341 56 92, se bifogad fil"
    )
    docx = make_docx(
        "Ansökan om regional bygdepeng – idéslanten 2026",
        [
            f"Sökande: Gårdby Byalag, ideell förening, org.nr {org}, 145 medlemmar (hushåll och enskilda) i Gårdby socken.",
            "Kontaktperson: Karin Ek, ordförande, 070-341 56 92, karin.ek@example.com",
            "Aktivitet: Byns dag lördag 22 augusti. På förmiddagen cykelorientering för familjer längs byvägarna, "
            "med kontroller vid gårdar där lantbrukarna berättar om sin verksamhet. På eftermiddagen lekar för "
            "barnen på prästgårdsängen och på kvällen gemensam middag vid långbord för alla i socknen. Syftet är "
            "att nya och gamla Gårdbybor möts och att de lantbrukare som finns kvar i byn blir kända för de "
            "nyinflyttade.",
            "Förankring: Idén kommer från byalagets enkät i februari, där 97 hushåll svarade och 'fler gemensamma "
            "fester' var önskemål nummer ett. Gårdby församling upplåter prästgårdsängen och fyra gårdar har "
            "lovat att ha kontroller.",
            "Budget:",
        ],
        [
            ("Hyra av tält och bord", "3 200 kr"),
            ("Middag, råvaror", "4 000 kr"),
            ("Kartor och tryck", "900 kr"),
            ("Musiker till kvällen", "1 700 kr"),
        ],
        ("Post", "Kostnad"),
        ("Summa", "9 800 kr"),
        ["Gårdby 24 juni 2026", "Karin Ek"],
        author="Karin Ek",
    )
    m = new_message(
        "Karin Ek <karin.ek@example.com>",
        subject,
        t,
        mid,
        to=TO_PLAIN,
        subject_charset="utf-8-b",
        headers=[("X-Mailer", "iPad Mail (22F76)")],
    )
    set_body(m, "Se bifogad fil\n\nSkickat från min iPad\n")
    attach_bytes(
        m,
        docx,
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        "Ansökan Byns dag.docx",
    )
    add(
        t,
        "ipad-byns-dag-gardby",
        finish(m, ids, "apple"),
        label(
            "application",
            "sv",
            "11111",
            "Sent from an iPad: the WHOLE APPLICATION SUMMARY IS IN THE SUBJECT (association, event, amount, "
            "contact, phone - a long base64 encoded-word subject folded over several lines), the body is one line "
            "'Se bifogad fil' + 'Skickat från min iPad', and everything is in the attached .docx: association "
            "(145 members, org.nr), contact (name, phone, e-mail = From), activity with purpose, anchoring (survey "
            "of 97 households, parish, four farms) and a budget table 3 200 + 4 000 + 900 + 1 700 = 9 800. "
            "Complete on body + attachment alone. Rented tent, consumables, musician's fee.",
            association_name="Gårdby Byalag",
            org_number=org,
            contact_name="Karin Ek",
            contact_email="karin.ek@example.com",
            contact_phone="070-341 56 92",
            members=145,
            ort="Gårdby",
            amount_sek=9800,
        ),
    )


def newsletter_personal() -> None:
    """A newsletter that looks like a personal mail; only List-Unsubscribe gives it away."""
    t = when(6, 30, 6, 0, 4)
    mid = "<0100019a7c2e5b1d-4f7e1c2a-88a1-4b2e-9d3c-5e0f1a2b3c4d-000000@email.example.org>"
    text = """\
Hej Landsbygdsutvecklare!

Jag hoppas att sommaren har börjat bra hos er.

Jag ville bara höra av mig personligen innan semestrarna: har ni hunnit söka bygdepeng i år? Många föreningar vi pratar med väntar till hösten och missar då pengar som redan är fördelade.

Därför har jag samlat våra fem bästa tips för en ansökan som går igenom – från hur ni beskriver förankringen till hur en enkel budget kan se ut. Läs dem här: https://bygdekraft.example.org/tips?utm_source=nyhetsbrev&utm_campaign=juni26

Och boka gärna en plats på vårt kostnadsfria webbinarium "Söka pengar till bygden" den 27 augusti kl 18.00.

Varma hälsningar
Lisa Holmgren
Bygdekraft

--
Du får det här mejlet eftersom du prenumererar på Bygdekrafts nyhetsbrev.
Avsluta prenumerationen: https://bygdekraft.example.org/u/8f3a21
"""
    m = new_message(
        "Lisa Holmgren <lisa@nyhetsbrev.bygdekraft.example.org>",
        "Har ni hunnit söka än?",
        t,
        mid,
        to=TO_PLAIN,
        headers=[
            (
                "List-Unsubscribe",
                "<https://bygdekraft.example.org/u/8f3a21>, <mailto:unsubscribe@nyhetsbrev.bygdekraft.example.org?subject=8f3a21>",
            ),
            ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
            ("Feedback-ID", "juni26:bygdekraft:nyhetsbrev"),
        ],
    )
    html_body = (
        '<html><body style="font-family: Georgia, serif">'
        + "".join(
            f"<p>{html.escape(p, quote=False)}</p>"
            for p in text.split("\n--\n")[0].strip().split("\n\n")
        )
        + '<p style="font-size:11px;color:#888">Du får det här mejlet eftersom du prenumererar på Bygdekrafts '
        'nyhetsbrev. <a href="https://bygdekraft.example.org/u/8f3a21">Avsluta prenumerationen</a></p>'
        '<img src="https://bygdekraft.example.org/o/8f3a21.gif" width="1" height="1" alt=""></body></html>\n'
    )
    set_alternative(m, text, html_body)
    add(
        t,
        "nyhetsbrev-har-ni-hunnit-soka",
        finish(m, ids, "generic"),
        label(
            "newsletter",
            "sv",
            "00000",
            "Newsletter dressed as a PERSONAL mail: from a named person, subject 'Har ni hunnit söka än?', "
            "greeting with the mailbox's display name ('Hej Landsbygdsutvecklare!'), 'Jag ville bara höra av mig "
            "personligen'. Given away by List-Unsubscribe (+ List-Unsubscribe-Post, Feedback-ID, tracking pixel, "
            "unsubscribe footer); no Precedence header. Talks about bygdepeng, förankring and budget but applies "
            "for nothing. Never reply.",
        ),
    )


def overum_orchestra() -> None:
    """Vague activity; signed for the orchestra 'genom sekreteraren'; iso-8859-1 base64."""
    t = when(7, 1, 19, 25, 50)
    mid = ids.msgid("generic", "example.net")
    text = """\
Hej!

Överums Bruksorkester är en blåsorkester med 31 medlemmar i åldrarna 14 till 82 år. Orkestern bildades 1921 av bruksarbetarna och repeterar varje torsdag i Överums Folkets Hus.

Vi vill under hösten göra en satsning så att musiklivet i Överum blomstrar igen och når nya grupper. Det finns mycket vi skulle kunna göra och vi har många idéer.

Förankring: På medlemsmötet den 20 april ställde sig 26 av 31 medlemmar bakom en satsning, och Överums Samhällsförening och Folkets Husföreningen har lovat att ställa upp med lokal och marknadsföring.

Budget:
Arvode gästdirigent     4 000 kr
Notmaterial             1 200 kr
Lokalhyra Folkets Hus   1 600 kr
Annonsering               700 kr
Summa                   7 500 kr

Hälsningar
Överums Bruksorkester genom sekreteraren
"""
    subject = "Bygdepeng Överums Bruksorkester"
    frm = "=?iso-8859-1?q?Birgitta_Wahlstr=F6m?= <b.wahlstrom@example.net>"
    m = new_message(
        "Birgitta Wahlström <b.wahlstrom@example.net>",
        subject,
        t,
        mid,
        to=TO_PLAIN,
        subject_charset="iso-8859-1",
        from_raw=frm,
        headers=[("X-Mailer", "Telia Webmail")],
    )
    set_body(m, text, charset="iso-8859-1", cte="base64")
    add(
        t,
        "bruksorkester-overum",
        finish(m, ids, "generic"),
        label(
            "application",
            "sv",
            "10011",
            "iso-8859-1 body in BASE64 (unusual combination), iso-8859-1 encoded-word subject and From name. "
            "Association: brass band founded 1921, 31 members. CONTACT MISSING: signed 'Överums Bruksorkester genom "
            "sekreteraren' - the name Birgitta Wahlström appears only in the From header, no phone. ACTIVITY "
            "MISSING: 'göra en satsning så att musiklivet i Överum blomstrar igen ... vi har många idéer' is "
            "vague. Anchoring true: members' meeting (26 of 31 backed it) + two local associations promise venue "
            "and marketing. Budget 4 000 + 1 200 + 1 600 + 700 = 7 500; guest conductor's fee is not salary, "
            "sheet music is material.",
            association_name="Överums Bruksorkester",
            members=31,
            ort="Överum",
            amount_sek=7500,
        ),
    )


def pelarne_church() -> None:
    """Church sewing circle: 'medlemmar: trettiotvå', 'SEK 9.900', 'för alla oavsett kön'."""
    t = when(7, 7, 10, 12, 33)
    mid = ids.msgid("generic", "example.se")
    text = """\
Hej,

Pelarne kyrkliga syförening – lite fakta:
grundad: 1932
medlemmar: trettiotvå
träffas: varannan tisdag i församlingshemmet i Pelarne

I höst vill vi ordna "Måndagssoppa" – soppluncher i församlingshemmet varannan måndag från 7 september till 30 november, sju gånger. Många i Pelarne bor ensamma, särskilt de äldre, och sedan lanthandeln stängde finns ingen naturlig plats att träffas mitt i veckan. Efter soppan blir det en kort andakt för den som vill, och bokbyte. Luncherna är öppna för alla oavsett kön, ålder eller tro.

Pelarne församling upplåter församlingshemmet och köket utan kostnad, Pelarne hembygdsförening ordnar skjuts för dem som inte har bil, och på syföreningens möte i juni anmälde sig tolv av oss som kockar.

Vi söker SEK 9.900 för höstens luncher.

Hälsningar från oss i syföreningen
"""
    subject = "Måndagssoppa i Pelarne"
    frm = "Pelarne syförening <syforeningen.pelarne@example.se>"
    m = new_message(frm, subject, t, mid, to=TO_PLAIN)
    set_body(m, text, charset="windows-1252", cte="quoted-printable")
    remember("pelarne", mid=mid, t=t, subject=subject, text=text, frm=frm)
    add(
        t,
        "mandagssoppa-pelarne",
        finish(m, ids, "generic"),
        label(
            "application",
            "sv",
            "10110",
            "Church sewing circle, windows-1252 quoted-printable. Association as a key: value fact block "
            "('grundad: 1932', 'MEDLEMMAR: TRETTIOTVÅ' -> 32). CONTACT MISSING: shared mailbox, signed 'Hälsningar "
            "från oss i syföreningen', no person. Activity concrete (fortnightly soup lunches, why). Anchoring: "
            "parish gives the room, hembygdsförening drives people, twelve members volunteer as cooks. BUDGET "
            "MISSING: only 'Vi söker SEK 9.900' -> amount 9900 (dot as thousands separator, currency first). 'för "
            "alla oavsett kön' -> women_and_men true.",
            association_name="Pelarne kyrkliga syförening",
            members=32,
            ort="Pelarne",
            amount_sek=9900,
            women_and_men=True,
        ),
        "pelarne",
    )


def pelarne_semester() -> None:
    """'Jag har semester v. 28–31' with no automation header at all."""
    app = APPS["pelarne"]
    rt, rid, _, rsubj = receipt("pelarne", 7, 8, ["contact", "budget"])
    t = when(7, 8, 7, 30, 37)
    mid = ids.msgid("generic", "example.se")
    text = """\
Hej!
Jag har semester v. 28–31. Mejl till syföreningen läses igen efter den 3 augusti.
/Gunnel
"""
    m = new_message(
        app["frm"],
        "SV: " + rsubj,
        t,
        mid,
        to=OFFICER,
        headers=threaded("pelarne", rid),
    )
    set_body(m, text, cte="8bit")
    add(
        t,
        "sv-pelarne-semester-v28",
        finish(m, ids, "generic"),
        label(
            "autoreply",
            "sv",
            "00000",
            "Vacation autoreply with NO automation header and an ordinary 'SV: SV: ...' subject: 'Jag har semester "
            "v. 28–31' (week numbers, no 'frånvaro', no date of return except 'efter den 3 augusti'), signed "
            "'/Gunnel'. Threaded to the receipt for {app:pelarne} from the same shared mailbox. Three lines that "
            "look like a human answer; it adds no contact or budget. Never reply.",
        ),
    )


def gullringen_boat() -> None:
    """Fishing-water association, complete, but wants to buy a second-hand boat."""
    org = orgnr("802219386")
    t = when(7, 14, 14, 22, 7)
    mid = ids.msgid("thunderbird", "example.com")
    text = f"""\
Hej!

Gullringens Fiskevårdsområdesförening (FVOF), org.nr {org}, förvaltar fisket i sjöarna runt Gullringen. Vi har 98 medlemmar – fastighetsägare med fiskerätt.

Lördag 22 augusti vill vi ordna Sjöns dag vid badplatsen i Gullringen: guidade båtturer där vi berättar om sjön, vattenkvaliteten och fiskevården, barnfiske från bryggan, och på kvällen kräftskiva för hela byn. Sjöarna är det finaste Gullringen har, men få av de yngre fiskar längre och många nyinflyttade har aldrig varit ute på sjön. Vi vill att fler ska bry sig om vattnet – och gärna bli medlemmar.

Samarbete: Gullringens skola sprider inbjudan, Vimmerby Sportfiskeklubb ställer upp med fyra ledare ideellt och Gullringens IF har grillen. Årsmötet i mars beslutade att ordna dagen.

Budget
Köpa en begagnad båt (aluminium, 4,2 m, 6 hk motor) ... 9 000 kr
Beten, krokar och lina (förbrukning) .................... 800 kr
Kräftor och tillbehör till kräftskivan ................ 1 600 kr
Annonser ................................................ 400 kr
Summa ................................................ 11 800 kr

Båten behövs för att ta ut besökarna säkert, och den används sedan för fisketillsyn.

Med vänliga hälsningar
Kjell Åström, ordf. Gullringens FVOF
070-348 22 90
"""
    m = new_message(
        "Kjell Åström <kjell.astrom@example.com>",
        "Sjöns dag i Gullringen 22/8",
        t,
        mid,
        to=TO_PLAIN,
        headers=[("User-Agent", "Mozilla Thunderbird")],
    )
    set_body(m, text)
    add(
        t,
        "sjons-dag-gullringen",
        finish(m, ids, "thunderbird"),
        label(
            "application",
            "sv",
            "11111",
            "Complete fishing-water association application, but the budget's biggest line is 'KÖPA EN BEGAGNAD "
            "BÅT (aluminium, 4,2 m, 6 hk motor)' -> physical_investment true (buying equipment, second-hand or "
            "not). Bait, hooks and crayfish are consumables. 9 000 + 800 + 1 600 + 400 = 11 800. Members 98 "
            "(fishing-right holders). Anchoring: school, a sport-fishing club with volunteer leaders, the IF, "
            "annual meeting. Contact with phone from own address; 'FVOF' abbreviation. Vimmerby is a distractor.",
            association_name="Gullringens Fiskevårdsområdesförening",
            org_number=org,
            contact_name="Kjell Åström",
            contact_email="kjell.astrom@example.com",
            contact_phone="070-348 22 90",
            members=98,
            ort="Gullringen",
            amount_sek=11800,
            physical_investment=True,
        ),
    )


def persnas_neighbours() -> None:
    """'Jag och några grannar' (no association); expectation instead of anchoring."""
    t = when(8, 10, 21, 7, 19)
    mid = ids.msgid("thunderbird", "example.org")
    text = """\
God kväll,

jag och några grannar här i Persnäs har länge pratat om att det behövs något som får folk att komma ut på hösten, när sommargästerna har åkt och det blir tomt och mörkt. Nu har vi bestämt oss.

Lördag 26 september: klockan 14 en guidad vandring över strandängarna nedanför Persnäs kyrka med en naturvägledare som berättar om kalkbrotten, betet och fåglarna; klockan 18 kulturkväll i församlingshemmet med visor om Öland, soppa och berättelser från de äldsta i socknen som vi spelat in under sommaren. Vi vill att de som bor här året runt – och de nyinflyttade som köpt de gamla gårdarna – ska träffas och känna att Persnäs är en levande socken även i september.

Vi räknar med att det kommer mycket folk, det brukar det göra på Öland när något händer.

Kostnader:
naturvägledare 2 000 kr
två visartister 3 000 kr
hyra av församlingshemmet 800 kr
soppa och bröd 1 200 kr
affischer och annons i Ölandsbladet 600 kr
= 7 600 kr

Hälsningar
Åsa Gren
Persnäs
073-240 66 15
"""
    m = new_message(
        "Åsa Gren <asa.gren@example.org>",
        "Kulturkväll & strandängsvandring – Persnäs 26/9",
        t,
        mid,
        to=TO_PLAIN,
        subject_charset="utf-8",
        headers=[("User-Agent", "Mozilla Thunderbird")],
    )
    set_alternative(m, text, "<html><body>" + txt2divs(text) + "</body></html>\n")
    add(
        t,
        "kulturkvall-persnas",
        finish(m, ids, "thunderbird"),
        label(
            "application",
            "sv",
            "01101",
            "utf-8 encoded-word subject with '&', multipart/alternative. ASSOCIATION MISSING: 'jag och några "
            "grannar här i Persnäs' - no named group. Contact: 'Åsa Gren' + phone from own address. Activity "
            "concrete (guided meadow walk + culture evening, purpose). ANCHORING MISSING: 'Vi räknar med att det "
            "kommer mycket folk' is an expectation. Budget as a lower-case list ending '= 7 600 kr' (2 000 + "
            "3 000 + 800 + 1 200 + 600). Öland is the island, not the ort.",
            contact_name="Åsa Gren",
            contact_email="asa.gren@example.org",
            contact_phone="073-240 66 15",
            ort="Persnäs",
            amount_sek=7600,
        ),
    )


def spam_bankid() -> None:
    """Phishing: 'bekräfta ditt BankID' to receive the grant."""
    t = when(8, 12, 3, 14, 55)
    mid = "<20260812011455.9f3c1e@mailer.regionkalmar-utbetalning.example.net>"
    text = """\
Hej,

Din ansökan om regional bygdepeng (idéslanten) har beviljats med 15 000 kr.

För att pengarna ska kunna betalas ut måste du bekräfta ditt BankID senast inom 24 timmar. Annars makuleras beslutet och beloppet går till nästa sökande.

Bekräfta ditt BankID här: https://bankid-verifiering.example.net/region-kalmar/utbetalning?id=88412

Med vänliga hälsningar
Region Kalmar län
Avdelningen för utbetalningar
"""
    html_body = (
        '<html><body><table width="600" style="font-family:Arial"><tr><td style="background:#00458b;color:#fff;'
        'padding:12px"><b>Region Kalmar län</b></td></tr><tr><td style="padding:16px">'
        "<p>Hej,</p><p>Din ansökan om regional bygdepeng (idéslanten) har <b>beviljats med 15 000 kr</b>.</p>"
        "<p>För att pengarna ska kunna betalas ut måste du bekräfta ditt BankID senast inom 24 timmar. Annars "
        "makuleras beslutet och beloppet går till nästa sökande.</p>"
        '<p><a href="https://bankid-verifiering.example.net/region-kalmar/utbetalning?id=88412" '
        'style="background:#2a7d2e;color:#fff;padding:10px 18px;text-decoration:none">Bekräfta ditt BankID</a></p>'
        "<p>Med vänliga hälsningar<br>Region Kalmar län<br>Avdelningen för utbetalningar</p></td></tr></table>"
        "</body></html>\n"
    )
    m = new_message(
        "Region Kalmar län <utbetalning@regionkalmar-utbetalning.example.net>",
        "Bekräfta ditt BankID för utbetalning av bygdepeng",
        t,
        mid,
        to="undisclosed-recipients:;",
        headers=[("Reply-To", "support@bankid-verifiering.example.net"), ("X-Priority", "1")],
    )
    set_alternative(m, text, html_body)
    add(
        t,
        "spam-bekrafta-bankid",
        finish(m, ids, "generic"),
        label(
            "spam",
            "sv",
            "00000",
            "Phishing in Swedish: 'Din ansökan om regional bygdepeng (idéslanten) har beviljats med 15 000 kr ... "
            "bekräfta ditt BankID senast inom 24 timmar', fake Region Kalmar län sender on a look-alike domain, "
            "Reply-To elsewhere, undisclosed recipients, X-Priority 1, a button link. It names the grant and an "
            "amount but applies for nothing. Never reply.",
        ),
    )


def madesjo_vague() -> None:
    """Bureaucratic buzzwords, no concrete activity; windows-1252 8bit."""
    org = orgnr("802492837")
    t = when(8, 13, 15, 30, 41)
    mid = ids.msgid("outlook")
    text = f"""\
Till Region Kalmar län

Madesjö Sockenråd (org.nr {org}) är en ideell paraplyorganisation för föreningslivet i Madesjö socken utanför Nybro, med 140 medlemmar och sju anslutna föreningar.

I linje med sockenrådets verksamhetsplan 2026–2028 avser vi att under hösten genomföra insatser som stärker den sociala hållbarheten i socknen, skapar fler mötesplatser över generationsgränserna och främjar inkludering och delaktighet. Insatserna ska utformas i dialog med målgrupperna.

Förankring: Sockenrådets stämma den 16 april (40 deltagare) gav styrelsen i uppdrag att söka medel, och Madesjö IF, Madesjö hembygdsförening och föräldraföreningen vid Madesjö skola har i en skrivelse ställt sig bakom arbetet och utsett varsin representant till arbetsgruppen.

Kostnadsberäkning
Material                          2 000 kr
Lokalhyra                         1 500 kr
Arvoden externa medverkande       3 000 kr
Marknadsföring                    1 000 kr
Totalt                            7 500 kr

För sockenrådet
Jan-Erik Holmberg, ordförande
0481-230 44, janerik.holmberg@example.com
"""
    m = new_message(
        "Jan-Erik Holmberg <janerik.holmberg@example.com>",
        "Ansökan om bygdepeng – Madesjö Sockenråd",
        t,
        mid,
        to=TO_PLAIN,
        headers=[("X-Mailer", "Microsoft Outlook 16.0")],
    )
    set_body(m, text, charset="windows-1252", cte="8bit")
    add(
        t,
        "sockenrad-madesjo",
        finish(m, ids, "outlook"),
        label(
            "application",
            "sv",
            "11011",
            "windows-1252 8BIT body. ACTIVITY MISSING, in bureaucratic language: 'insatser som stärker den sociala "
            "hållbarheten ... skapar fler mötesplatser ... främjar inkludering och delaktighet ... utformas i "
            "dialog med målgrupperna' says nothing concrete. Anchoring true: the assembly gave the mandate and "
            "three local associations backed the work in writing and appointed representatives (cooperation). "
            "Budget with generic lines, 2 000 + 1 500 + 3 000 + 1 000 = 7 500 ('Arvoden externa medverkande' is "
            "fees, not salary; 'Material' unspecified, not an investment). Members 140 ('40 deltagare' is "
            "attendance). Nybro is a distractor.",
            association_name="Madesjö Sockenråd",
            org_number=org,
            contact_name="Jan-Erik Holmberg",
            contact_email="janerik.holmberg@example.com",
            contact_phone="0481-230 44",
            members=140,
            ort="Madesjö",
            amount_sek=7500,
        ),
    )


def kvilla_5w() -> None:
    """Complete; written as questions and answers (Vad? Varför? Vem? ...)."""
    org = orgnr("802420673")
    t = when(8, 17, 20, 44, 12)
    mid = ids.msgid("gmail")
    text = f"""\
Hej!

Vad? Soppkvällar med föredrag – tre fredagar i Kvilla bygdegård: 9 oktober (Kvillas kvarnar och sågar), 6 november (utvandringen till Amerika från Kvilla socken) och 4 december (fiber, e-handel och distansjobb – så kan man driva företag härifrån). Efter föredraget äter alla soppa tillsammans.

Varför? Bygdegården står tom de flesta fredagar på vinterhalvåret. Vi vill att folk i Kvilla – gamla och nya, kvinnor och män – träffas över en tallrik soppa, lär sig något om bygden och på sista kvällen ser att det går att bo och jobba här.

Vem? Kvilla Bygdeförening, ideell förening med 88 medlemmar som driver bygdegården. Org.nr {org}.

Vilka står bakom? Byastämman den 3 augusti (38 närvarande) valde ut de tre ämnena, och Kvilla hembygdsförening och Torsås släktforskarförening håller i kvällen om utvandringen.

Vad kostar det?
Föredragshållare 3 × 1 500 kr = 4 500 kr
Soppa och bröd 3 × 800 kr = 2 400 kr
Värme och el i bygdegården 3 × 400 kr = 1 200 kr
Annonsering 500 kr
Totalt 8 600 kr

Vem kontaktar jag? Tomas Wik, kassör, 0486-211 48, tomas.wik@example.se

/Tomas
"""
    m = new_message(
        "Tomas Wik <tomas.wik@example.se>", "Soppkvällar i Kvilla bygdegård", t, mid, to=TO_PLAIN
    )
    set_alternative(m, text, gmail_html(text), cte="base64", html_cte="quoted-printable")
    add(
        t,
        "soppkvallar-kvilla",
        finish(m, ids, "gmail"),
        label(
            "application",
            "sv",
            "11111",
            "Complete, written as QUESTIONS AND ANSWERS ('Vad?', 'Varför?', 'Vem?', 'Vilka står bakom?', 'Vad "
            "kostar det?', 'Vem kontaktar jag?') instead of headings; plain part in base64. Budget with '×': "
            "4 500 + 2 400 + 1 200 + 500 = 8 600. Lecturers' fees are not salary. 'kvinnor och män' -> true. "
            "Anchoring: village assembly chose the topics + two associations run one evening. Members 88 ('38 "
            "närvarande' is attendance). Torsås appears inside an association name; ort Kvilla.",
            association_name="Kvilla Bygdeförening",
            org_number=org,
            contact_name="Tomas Wik",
            contact_email="tomas.wik@example.se",
            contact_phone="0486-211 48",
            members=88,
            ort="Kvilla",
            amount_sek=8600,
            women_and_men=True,
        ),
    )


def halltorp_question() -> None:
    """Question: must a group of eight be an association?"""
    t = when(8, 20, 12, 8, 30)
    mid = ids.msgid("gmail")
    text = """\
Hej!

Vi är en liten grupp i Halltorp som springer tillsammans två kvällar i veckan och kallar oss Halltorp Spring. Vi är 8 medlemmar men inte registrerade som förening och har inget org.nr.

Kan vi söka bygdepeng ändå, för att ordna ett motionslopp för byn i höst, eller måste vi bilda förening först? Och finns det något minsta antal medlemmar?

Mvh
Fredrik Sand
"""
    m = new_message(
        "Fredrik Sand <fredrik.sand@example.com>",
        "Måste man vara en förening?",
        t,
        mid,
        to=TO_PLAIN,
    )
    set_alternative(m, text, gmail_html(text))
    add(
        t,
        "fraga-forening-halltorp",
        finish(m, ids, "gmail"),
        label(
            "question",
            "sv",
            "00000",
            "Question: may an unregistered running group of 8 members apply, and is there a minimum member count? "
            "It mentions a planned race but applies for nothing (no amount, no budget). members 8 as stated. "
            "Signer named, own address -> contact facts filled; no phone. Salary and investment null.",
            association_name="Halltorp Spring",
            contact_name="Fredrik Sand",
            contact_email="fredrik.sand@example.com",
            members=8,
            ort="Halltorp",
        ),
    )


def segerstad_dance() -> None:
    """Budget split across two mails: this one has two priced items, the rest comes later."""
    t = when(8, 24, 19, 50, 8)
    mid = ids.msgid("generic", "example.net")
    text = """\
Hej!

Segerstad Folkdanslag söker bygdepeng för en nybörjarkurs i folkdans i höst. Vi är 24 medlemmar och har dansat i Segerstad bygdegård varje måndag sedan 1979.

Kursen blir åtta måndagar från 14 september och avslutas med en dansafton med spelman dit hela Segerstad bjuds in. Vi vill få in nya, yngre dansare – och dansen är ett bra sätt för nyinflyttade på södra Öland att lära känna folk.

Kostnader vi vet nu:
- dansledare, arvode 8 ggr à 600 kr = 4 800 kr
- spelman till dansaftonen 2 000 kr
Lokalhyra och annonsering återkommer jag med när bygdegårdsföreningen har satt höstens priser.

Hälsningar
Gunilla Ström, kassör Segerstad Folkdanslag
070-877 35 12
"""
    subject = "Nybörjarkurs i folkdans, Segerstad"
    frm = "Gunilla Ström <gunilla.strom@example.net>"
    m = new_message(frm, subject, t, mid, to=TO_PLAIN)
    set_body(m, text)
    remember("segerstad", mid=mid, t=t, subject=subject, text=text, frm=frm)
    add(
        t,
        "folkdanskurs-segerstad",
        finish(m, ids, "generic"),
        label(
            "application",
            "sv",
            "11101",
            "First half of a BUDGET SPLIT OVER TWO MAILS: two priced cost items (dance leader 8 × 600 = 4 800, "
            "fiddler 2 000) and 'Lokalhyra och annonsering återkommer jag med' -> budget true (cost items with "
            "amounts, even if incomplete); no total is given, so amount = sum of the items = 6800. The rest "
            "arrives in the followup {fu:segerstad}. ANCHORING MISSING: nothing about local backing. Association "
            "(24 members, since 1979), contact (treasurer + phone, own address), activity (eight-week course + "
            "dance evening) present. Leader's and fiddler's fees are not salary.",
            association_name="Segerstad Folkdanslag",
            contact_name="Gunilla Ström",
            contact_email="gunilla.strom@example.net",
            contact_phone="070-877 35 12",
            members=24,
            ort="Segerstad",
            amount_sek=6800,
        ),
        "segerstad",
    )


def segerstad_followup() -> None:
    """Samsung mail top-post with '-------- Originalmeddelande --------'; anchoring + rest of budget."""
    app = APPS["segerstad"]
    rt, rid, rtext, rsubj = receipt("segerstad", 8, 25, ["anchoring"])
    t = when(9, 2, 20, 15, 46)
    mid = ids.msgid("generic", "example.net")
    new = """\
Hej! Här kommer resten.

Förankring: Segerstad Bygdegårdsförening har tagit med kursen i sitt höstprogram och ger oss lokalen billigare, och SPF Seniorerna på södra Öland och Segerstad IF har satt upp vår lapp. 19 personer har redan skrivit upp sig på listan i affären.

Resten av budgeten:
- lokalhyra 8 ggr à 350 kr = 2 800 kr
- annonsering 700 kr
Hela budgeten blir alltså 4 800 + 2 000 + 2 800 + 700 = 10 300 kr, och det är vad vi söker.

Gunilla Ström
070-877 35 12



Skickat från min Galaxy
"""
    orig = (
        "\n\n-------- Originalmeddelande --------\n"
        f"Från: {OFFICER} \n"
        f"Datum: {rt:%Y-%m-%d} {rt:%H:%M} (GMT+0{int(rt.utcoffset().total_seconds() // 3600)}:00) \n"
        f"Till: {app['frm']} \n"
        f"Ämne: {rsubj} \n\n"
    )
    text = new + orig + rtext
    m = new_message(
        app["frm"],
        "Sv: " + rsubj,
        t,
        mid,
        to=OFFICER,
        headers=threaded("segerstad", rid),
    )
    set_alternative(
        m,
        text,
        "<html><head></head><body>"
        + txt2divs(new)
        + "<br><div>"
        + txt2divs(orig.strip() + "\n\n" + rtext)
        + "</div></body></html>\n",
    )
    add(
        t,
        "sv-segerstad-resten",
        finish(m, ids, "generic"),
        label(
            "followup",
            "sv",
            "01011",
            "Followup to {app:segerstad} (anchoring missing) from a Samsung phone: new text on top, 'Skickat från "
            "min Galaxy', then '-------- Originalmeddelande --------' with Från/Datum/Till/Ämne and the receipt "
            "unquoted; subject 'Sv: SV: ...'. New text: anchoring (bygdegård association, SPF, IF, 19 sign-ups) "
            "AND THE SECOND HALF OF THE BUDGET (rent 2 800, ads 700) with the whole sum '4 800 + 2 000 + 2 800 + "
            "700 = 10 300 kr, och det är vad vi söker' -> budget true, amount 10300. Signed with full name + "
            "phone from own address -> contact true.",
            contact_name="Gunilla Ström",
            contact_email="gunilla.strom@example.net",
            contact_phone="070-877 35 12",
            ort="Segerstad",
            amount_sek=10300,
        ),
        "segerstad-fu",
    )


def backebo_unnamed() -> None:
    """No association name, no person: 'Hälsningar från oss i Bäckebo!' from a shared address."""
    t = when(9, 7, 18, 33, 25)
    mid = ids.msgid("gmail")
    text = """\
Hej!

Vi är några föräldrar och pensionärer i Bäckebo som vill att barnen ska ha något att göra på höstlovet. Förra året var det helt tomt och många barn satt hemma hela veckan medan föräldrarna jobbade i Nybro och Kalmar.

Plan: tre dagar under höstlovet (tisdag–torsdag v. 44), kl 9–15 i Bäckebo bygdegård, för barn 6–12 år.
tisdag – bakdag i hembygdsföreningens bakstuga (tunnbröd och bullar)
onsdag – skogsdag, vi åker buss till naturreservatet och grillar
torsdag – pyssel och filmeftermiddag, föräldrarna bjuds på fika när de hämtar
Pensionärerna lär barnen baka och berättar hur det var att växa upp i Bäckebo, så det blir ett möte mellan generationerna också.

Bäckebo skola har delat ut vår inbjudan till alla föräldrar och 23 barn är redan anmälda. Bäckebo Hembygdsförening lånar ut bakstugan och bygdegårdsföreningen ger oss lokalen gratis.

Kostnader
Råvaror till bakning och luncher, 3 dagar 1 800 kr
Busshyra till naturreservatet 2 000 kr
Pysselmaterial 700 kr
Filmlicens 500 kr
Summa 5 000 kr

Hälsningar från oss i Bäckebo!
"""
    m = new_message(
        "Höstlov i Bäckebo <hostlov.backebo@example.com>",
        "Höstlovsdagar i Bäckebo",
        t,
        mid,
        to=TO_PLAIN,
    )
    set_alternative(m, text, gmail_html(text))
    add(
        t,
        "hostlovsdagar-backebo",
        finish(m, ids, "gmail"),
        label(
            "application",
            "sv",
            "00111",
            "ASSOCIATION MISSING ('Vi är några föräldrar och pensionärer i Bäckebo' - unnamed; the school, the "
            "hembygdsförening and the bygdegård association are helpers) and CONTACT MISSING (signed 'Hälsningar "
            "från oss i Bäckebo!' from a shared project address, no person anywhere). Activity as a day-by-day "
            "plan with purpose. Anchoring: school distributed the invitation, 23 children signed up, two "
            "associations lend premises. Budget 1 800 + 2 000 + 700 + 500 = 5 000; renting a bus, consumables. "
            "Nybro and Kalmar are distractors.",
            ort="Bäckebo",
            amount_sek=5000,
        ),
    )


def boda_vague() -> None:
    """Unnamed group, vague activity, but anchoring and a budget."""
    t = when(9, 14, 11, 11, 52)
    mid = ids.msgid("apple", "example.net")
    text = """\
Hej,

Jag heter Nils Forsgren och har bott i Boda glasbruk i tjugo år. Vi är några boende här som tycker att det är för lite som händer sedan hyttan drog ner på produktionen, och vi vill göra något för att bruksorten ska leva igen. Exakt hur det ska se ut vet vi inte än, men det ska vara något för alla, både för dem som bott här hela livet och för alla nya.

På ett öppet möte i Folkets hus i Boda den 1 september kom 27 personer och alla ville att vi skulle gå vidare. Boda Hembygdsförening och Föreningen Bodas Vänner är med i planeringen.

Budget
Hyra av Folkets hus 3 000 kr
Musik 2 500 kr
Fika 1 000 kr
Affischer 500 kr
Summa 7 000 kr

Nils Forsgren
0471-245 07
"""
    m = new_message(
        "Nils Forsgren <nils.forsgren@example.net>",
        "Bygdepeng Boda glasbruk",
        t,
        mid,
        to=TO_PLAIN,
        headers=[("X-Mailer", "Apple Mail (2.3826.600.51.1.1)")],
    )
    set_body(m, text)
    add(
        t,
        "boda-glasbruk",
        finish(m, ids, "apple"),
        label(
            "application",
            "sv",
            "01011",
            "ASSOCIATION MISSING: 'Vi är några boende här' - unnamed; Boda Hembygdsförening and Föreningen Bodas "
            "Vänner are partners in the planning, not the applicant. ACTIVITY MISSING: 'vi vill göra något för att "
            "bruksorten ska leva igen. Exakt hur det ska se ut vet vi inte än' - vague, and the budget lines "
            "(rent, music, coffee) do not describe an activity. Contact: introduces himself with full name, "
            "signs with name + phone, own address. Anchoring: open meeting with 27 people + two associations in "
            "the planning. Budget 3 000 + 2 500 + 1 000 + 500 = 7 000. 'för alla' is not a gender statement.",
            contact_name="Nils Forsgren",
            contact_email="nils.forsgren@example.net",
            contact_phone="0471-245 07",
            ort="Boda glasbruk",
            amount_sek=7000,
        ),
    )


def silverdalen_question() -> None:
    """Question: can one apply afterwards for something already done?"""
    t = when(9, 21, 8, 40, 16)
    mid = ids.msgid("apple", "example.com")
    text = """\
Hej! Snabb fråga: Silverdalens Byalag hade sommarfest 8 augusti och vi betalade allt själva. Går det att söka bygdepeng i efterhand för det? Eller bara för sånt som inte hänt än?

/Maja Ek, kassör Silverdalens Byalag, 070-290 11 37

Skickat från min iPhone
"""
    m = new_message(
        "Maja Ek <maja.ek@example.com>",
        "Söka i efterhand?",
        t,
        mid,
        to=TO_PLAIN,
        headers=[("X-Mailer", "iPhone Mail (22G86)")],
    )
    set_body(m, text)
    add(
        t,
        "fraga-efterhand-silverdalen",
        finish(m, ids, "apple"),
        label(
            "question",
            "sv",
            "00000",
            "Short iPhone question: can a party already held and paid be funded afterwards? Applies for nothing, "
            "no amount. Contact in a one-line '/name, role association, phone' signature from own address. Salary "
            "and investment null.",
            association_name="Silverdalens Byalag",
            contact_name="Maja Ek",
            contact_email="maja.ek@example.com",
            contact_phone="070-290 11 37",
            ort="Silverdalen",
        ),
    )


# ================================================================================================
# Build, write, check
# ================================================================================================

ORDER = [
    gamleby_pro,
    klackeberga_road,
    bockara_question,
    halleberga_parents,
    rinkabyholm_garden,
    emsfors_joint_letter,
    jarnforsen_circle,
    rinkabyholm_followup,
    hogsby_cycling,
    tuna_loppis,
    tuna_bounce,
    hogsby_followup,
    forlosa_4h,
    okno_schedule,
    lindas_attachments,
    lindas_exchange_autoreply,
    torslunda_whatsapp,
    torslunda_autoreply,
    hogsrum_question,
    odensvi_dutch,
    kalla_boat_qp,
    odensvi_followup,
    fagelfors_farmer,
    paskallavik_fire,
    fliseryd_teen,
    rosenfors_municipal,
    rosenfors_autoreply,
    fliseryd_followup,
    vissefjarda_divsoup,
    langemala_unnamed,
    egby_petition,
    paboda_forward,
    langemala_followup,
    paboda_followup,
    gardby_ipad,
    newsletter_personal,
    overum_orchestra,
    pelarne_church,
    pelarne_semester,
    gullringen_boat,
    persnas_neighbours,
    spam_bankid,
    madesjo_vague,
    kvilla_5w,
    halltorp_question,
    segerstad_dance,
    segerstad_followup,
    backebo_unnamed,
    boda_vague,
    silverdalen_question,
]

KINDS = {"application", "followup", "question", "autoreply", "bounce", "newsletter", "spam"}
MACHINE = {"autoreply", "bounce", "newsletter", "spam"}
MUNICIPALITY = {
    "Egby": "Borgholm",
    "Högsrum": "Borgholm",
    "Källa": "Borgholm",
    "Persnäs": "Borgholm",
    "Boda glasbruk": "Emmaboda",
    "Lindås": "Emmaboda",
    "Vissefjärda": "Emmaboda",
    "Järnforsen": "Hultsfred",
    "Rosenfors": "Hultsfred",
    "Silverdalen": "Hultsfred",
    "Fågelfors": "Högsby",
    "Högsby": "Högsby",
    "Långemåla": "Högsby",
    "Förlösa": "Kalmar",
    "Halltorp": "Kalmar",
    "Kläckeberga": "Kalmar",
    "Rinkabyholm": "Kalmar",
    "Fliseryd": "Mönsterås",
    "Oknö": "Mönsterås",
    "Gårdby": "Mörbylånga",
    "Segerstad": "Mörbylånga",
    "Torslunda": "Mörbylånga",
    "Bäckebo": "Nybro",
    "Hälleberga": "Nybro",
    "Madesjö": "Nybro",
    "Bockara": "Oskarshamn",
    "Emsfors": "Oskarshamn",
    "Påskallavik": "Oskarshamn",
    "Kvilla": "Torsås",
    "Påboda": "Torsås",
    "Gullringen": "Vimmerby",
    "Pelarne": "Vimmerby",
    "Tuna": "Vimmerby",
    "Gamleby": "Västervik",
    "Odensvi": "Västervik",
    "Överum": "Västervik",
}

# Facts recorded in a normal form although the mail writes them differently: (file slug, value).
WRITTEN_OTHERWISE: set[tuple[str, str]] = set()


def build() -> list[tuple[str, bytes, dict]]:
    for fn in ORDER:
        fn()
    assert len(MAILS) == COUNT, len(MAILS)
    ordered = sorted(MAILS, key=lambda x: x[0])
    assert [x[0] for x in ordered] == [x[0] for x in MAILS], "ORDER is not in Date order"
    number = {}
    for i, (_, _, _, _, key) in enumerate(ordered):
        if key:
            number[key] = FIRST + i

    def sub(match: re.Match) -> str:
        kind, name = match.groups()
        return str(number[name if kind == "app" else name + "-fu"])

    out = []
    for i, (_, slug, data, lab, _) in enumerate(ordered):
        lab = dict(lab)
        lab["notes"] = re.sub(r"\{(app|fu):([a-z]+)\}", sub, lab["notes"])
        assert "{" not in lab["notes"], lab["notes"]
        out.append((f"{FIRST + i}-{slug}.eml", data, lab))
    return out


def write_folder(mails: list[tuple[str, bytes, dict]]) -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for old in OUT.glob("*.eml"):
        old.unlink()
    labels = {}
    for fname, data, lab in mails:
        (OUT / fname).write_bytes(data)
        labels[fname] = lab
    text = json.dumps(dict(sorted(labels.items())), ensure_ascii=False, indent=2) + "\n"
    (OUT / "labels.json").write_text(text, encoding="utf-8")


def attachment_text(part) -> str | None:
    """Extract text the way an extractor could, to prove attachments are readable."""
    ctype = part.get_content_type()
    data = part.get_payload(decode=True)
    if ctype.endswith("wordprocessingml.document"):
        import docx

        d = docx.Document(io.BytesIO(data))
        cells = [c.text for t in d.tables for r in t.rows for c in r.cells]
        return "\n".join([p.text for p in d.paragraphs] + cells)
    if ctype.endswith("spreadsheetml.sheet"):
        import openpyxl

        wb = openpyxl.load_workbook(io.BytesIO(data))
        return "\n".join(
            " ".join(str(v) for v in row if v is not None)
            for ws in wb.worksheets
            for row in ws.iter_rows(values_only=True)
        )
    if ctype == "application/pdf":
        import pypdf

        return "\n".join(p.extract_text() for p in pypdf.PdfReader(io.BytesIO(data)).pages)
    if part.get_content_maintype() == "text" and part.get_filename():
        return part.get_content()
    return None


def all_text(msg) -> str:
    out = []
    for part in msg.walk():
        if part.get_filename():
            out.append(attachment_text(part) or "")
        elif part.get_content_maintype() == "text" and not part.is_multipart():
            out.append(part.get_content())
    return "\n".join(out)


def org_ok(org: str) -> bool:
    if not re.fullmatch(r"\d{6}-\d{4}", org):
        return False
    digits = org.replace("-", "")
    return int(digits[2]) >= 2 and corpuslib.luhn_digit(digits[:9]) == int(digits[9])


def check() -> list[str]:
    problems: list[str] = []
    labels = json.loads((OUT / "labels.json").read_text(encoding="utf-8"))
    files = sorted(p.name for p in OUT.glob("*.eml"))
    if sorted(labels) != files:
        problems.append("labels.json keys differ from the files")
    if [int(f[:3]) for f in files] != list(range(FIRST, FIRST + COUNT)):
        problems.append(f"file numbers are not exactly {FIRST}-{FIRST + COUNT - 1}")
    app_ids, dates, parsed = {}, [], {}
    for f in files:
        raw = (OUT / f).read_bytes()
        if b"\r" in raw:
            problems.append(f"{f}: contains CR")
        if not re.fullmatch(r"\d{3}-[a-z0-9-]+\.eml", f):
            problems.append(f"{f}: bad file name")
        if any(len(line) > 998 for line in raw.split(b"\n")):
            problems.append(f"{f}: line longer than 998 octets")
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        parsed[f] = msg
        if msg.defects:
            problems.append(f"{f}: defects {msg.defects}")
        for part in msg.walk():
            if part.defects:
                problems.append(f"{f}: part defects {part.defects}")
            if part.get_content_maintype() == "text" and not part.is_multipart():
                try:
                    part.get_content()
                except Exception as exc:  # noqa: BLE001
                    problems.append(f"{f}: text part does not decode: {exc}")
            if (
                part.get_filename()
                and part.get_content_maintype() != "image"
                and not attachment_text(part)
            ):
                problems.append(f"{f}: attachment {part.get_filename()} has no extractable text")
        for h in ("From", "To", "Cc", "Reply-To"):
            for a in msg.get_all(h, []):
                for dom in re.findall(r"@([A-Za-z0-9.-]+)", str(a)):
                    if not re.search(r"(^|\.)example\.(se|com|org|net)$", dom.lower()):
                        problems.append(f"{f}: non-example domain {dom}")
        body_all = all_text(msg)
        for dom in re.findall(r"[@/.]([a-z0-9-]+\.(?:se|com|org|net|nu))\b", body_all.lower()):
            if dom in ("microsoft.com", "w3.org"):  # XML namespaces in Outlook HTML
                continue
            if not dom.startswith("example.") and not dom.endswith("example.se"):
                problems.append(f"{f}: non-example domain in text: {dom}")
        dates.append(msg["Date"].datetime)
        lab = labels.get(f)
        if lab is None:
            continue
        if list(lab) != ["kind", "language", "elements", "facts", "notes"]:
            problems.append(f"{f}: top-level label fields {list(lab)}")
        if lab["kind"] not in KINDS or lab["language"] not in ("sv", "en"):
            problems.append(f"{f}: bad kind/language")
        if list(lab["elements"]) != list(corpuslib.ELEMENTS) or not all(
            isinstance(v, bool) for v in lab["elements"].values()
        ):
            problems.append(f"{f}: bad elements")
        if list(lab["facts"]) != list(corpuslib.FACTS):
            problems.append(f"{f}: bad fact fields")
        if not isinstance(lab["notes"], str) or len(lab["notes"]) < 40:
            problems.append(f"{f}: notes too short")
        facts = lab["facts"]
        if lab["kind"] in MACHINE | {"question"} and any(lab["elements"].values()):
            problems.append(f"{f}: non-application with elements")
        if lab["kind"] in MACHINE and any(v is not None for v in facts.values()):
            problems.append(f"{f}: machine mail with facts")
        if lab["kind"] in ("application", "followup") and not all(
            isinstance(facts[k], bool) for k in ("salary_costs", "physical_investment")
        ):
            problems.append(f"{f}: salary/investment must be bool")
        if lab["kind"] in ("application", "followup", "question"):
            if (
                not lab["elements"]["contact"]
                and lab["kind"] != "question"
                and (facts["contact_email"] or facts["contact_name"] or facts["contact_phone"])
            ):
                problems.append(f"{f}: contact facts without contact element")
            if lab["elements"]["contact"] and not facts["contact_name"]:
                problems.append(f"{f}: contact element without contact name")
        body = body_all + "\n" + str(msg["Subject"])
        org = facts["org_number"]
        if org is not None:
            if not org_ok(org):
                problems.append(f"{f}: org number {org} invalid")
            if org not in body:
                problems.append(f"{f}: org number {org} not in the mail text")
        for k in ("contact_name", "contact_phone", "contact_email", "association_name"):
            if (
                facts[k]
                and facts[k] not in body + str(msg["From"])
                and (f[4:-4], facts[k]) not in WRITTEN_OTHERWISE
            ):
                problems.append(f"{f}: {k} {facts[k]!r} not in the mail text")
        if facts["ort"] and facts["ort"] not in body:
            problems.append(f"{f}: ort {facts['ort']} not in the mail")
        if facts["ort"] and facts["ort"] not in MUNICIPALITY:
            problems.append(f"{f}: ort {facts['ort']} has no municipality")
        for k in ("members", "amount_sek"):
            if facts[k] is not None and not isinstance(facts[k], int):
                problems.append(f"{f}: {k} not int")
        if lab["kind"] == "followup" and "Vi saknar följande i er ansökan" not in body:
            problems.append(f"{f}: followup does not quote the receipt")
        if lab["kind"] == "application":
            app_ids[msg["Message-ID"].strip()] = f
    if dates != sorted(dates):
        problems.append("numbers do not follow the Date order")
    for f, msg in parsed.items():
        kind = labels.get(f, {}).get("kind")
        refs = " ".join(str(msg.get(h, "")) for h in ("In-Reply-To", "References"))
        if kind == "followup":
            if not any(mid in refs for mid in app_ids):
                problems.append(f"{f}: followup not threaded to an application in own3")
            if not re.match(r"(?i)(re|sv):", str(msg["Subject"])):
                problems.append(f"{f}: followup subject lacks Re:/SV:")
        if kind == "autoreply" and not any(mid in refs for mid in app_ids):
            problems.append(f"{f}: autoreply does not answer a receipt to an own3 application")
    apps = [lab for lab in labels.values() if lab["kind"] == "application"]
    for el in corpuslib.ELEMENTS:
        n = sum(1 for lab in apps if not lab["elements"][el])
        if n < 5:
            problems.append(f"element {el} missing in only {n} applications")
    for lab in apps:
        if sum(1 for v in lab["elements"].values() if not v) > 3:
            problems.append(
                f"an application misses more than three elements: {lab['facts']['ort']}"
            )
    covered = {MUNICIPALITY[lab["facts"]["ort"]] for lab in labels.values() if lab["facts"]["ort"]}
    if len(covered) != 12:
        problems.append(f"municipalities covered: {sorted(covered)}")
    return problems


def summary() -> None:
    labels = json.loads((OUT / "labels.json").read_text(encoding="utf-8"))
    kinds: dict[str, int] = {}
    for lab in labels.values():
        kinds[lab["kind"]] = kinds.get(lab["kind"], 0) + 1
    apps = [lab for lab in labels.values() if lab["kind"] == "application"]
    complete = sum(1 for lab in apps if all(lab["elements"].values()))
    missing = {el: sum(1 for lab in apps if not lab["elements"][el]) for el in corpuslib.ELEMENTS}
    print(f"own3: {len(labels)} mails, {kinds}")
    print(f"applications: {len(apps)}, complete: {complete}, missing per element: {missing}")


def main() -> int:
    write_folder(build())
    problems = check()
    for p in problems:
        print("PROBLEM:", p)
    summary()
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
