# ruff: noqa: E501  (mail text is kept as it would be written, long lines included)
"""Generate the labelled development corpus tests/data/own5/ (files 701-740), then check it.

Run with the project's venv (python-docx, openpyxl and pypdf are needed):

    .venv/bin/python tests/data/tools/make_own5.py

own5/ is a fifth development corpus, dated February-April 2026, about the two elements where the
judgement is subtle: ACTIVITY and ANCHORING. It holds 34 applications and 6 followups (no machine
mail). About half of the applications put the activity on a knife edge:

- activity false although it sounds concrete: a named event whose content is still undecided, a
  goal with a date, a list of possible ideas, last year's event told in the past with no new plan,
  only a place and a time, a named project described in buzzwords, running costs, an English
  vague wish;
- activity true although it sounds loose: a weekly activity without dates, an activity told only
  through what people will do, a timetable table, an activity only in a .docx, an activity named in
  the subject and described in one sentence, a plan written as 'vi tänker oss ...', last year's
  event with an explicit new date.

Anchoring is false for 'Styrelsen har beslutat' alone, 'vi har pratat med några grannar', 'alla vi
frågat är positiva', a described need, support only from the municipality and the founding meeting
of the applying association; it is true for a petition with a count, a byastämma with 40 people, a
joint letter from two other associations, named volunteers, a Facebook poll with a count, a survey
with a count, and cooperation with the school or the church.

The output is deterministic (fixed seed, MIME boundaries and zip timestamps): running the script
again rewrites byte-identical files. Mails are numbered by their Date header after they are built.
The script deletes and rewrites only *.eml and labels.json in own5/. Labels follow
shared/corpus/README.md; every label's "notes" says why.
"""

from __future__ import annotations

import datetime as dt
import email
import email.policy
import html
import io
import json
import re
import sys
import zipfile
from email.charset import BASE64, Charset
from email.header import Header
from email.message import EmailMessage, MIMEPart
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
    finish,
    label,
    make_docx,
    make_xlsx,
    mso_p,
    mso_table,
    orgnr,
    quote,
    receipt_id,
    receipt_text,
    set_alternative,
    set_body,
    simple_html,
    sv_gmail_header,
    sv_outlook_block,
    sv_thunderbird_header,
)

DATA = HERE.parent
OUT = DATA / "own5"
FIRST = 701
COUNT = 40

ids = Ids(20260202)
# (time, slug, data, label, app key or None); numbered by time at the end.
MAILS: list[tuple] = []
APPS: dict[str, dict] = {}
_receipts = [70]
SEP = "________________________________"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


# ================================================================================================
# Helpers
# ================================================================================================


def when(month: int, day: int, hh: int, mm: int, ss: int = 0) -> dt.datetime:
    """Local Swedish time in 2026: CEST from 29 March 02:00 to 25 October 03:00, CET otherwise."""
    naive = dt.datetime(2026, month, day, hh, mm, ss)
    summer = dt.datetime(2026, 3, 29, 2, 0) <= naive < dt.datetime(2026, 10, 25, 3, 0)
    return naive.replace(tzinfo=dt.timezone(dt.timedelta(hours=2 if summer else 1)))


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
    return m


def add(t, slug: str, data: bytes, lab: dict, key: str | None = None) -> None:
    MAILS.append((t, slug, data, lab, key))


def remember(key: str, **kw) -> None:
    APPS[key] = kw


def receipt(key: str, month: int, day: int, missing: list[str]) -> tuple:
    """The bot's receipt for an application: (time, Message-ID, text, subject)."""
    a = APPS[key]
    rt = when(month, day, 7, 30, 0)
    assert rt > a["t"], key
    _receipts[0] += 1
    rid = receipt_id(rt, _receipts[0])
    a["receipt"] = (rt, rid, receipt_text(missing), "SV: " + a["subject"])
    return a["receipt"]


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


def outlook_headers(topic: str, attach: bool = False, lang: str = "sv-SE") -> list[tuple[str, str]]:
    return [
        ("Thread-Topic", topic),
        ("Thread-Index", "AQH" + ids.b64std(29) + "=="),
        ("Accept-Language", f"{lang}, en-US"),
        ("Content-Language", lang),
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


def outlook_reply_html(new: str, block: str, quoted: str, charset: str) -> str:
    return (
        OUTLOOK_HEAD.format(charset=charset)
        + "".join(mso_p(x) for x in new.rstrip("\n").split("\n"))
        + mso_p("")
        + '<div id="divRplyFwdMsg"><hr style="display:inline-block;width:98%" tabindex="-1">\n'
        + outlook_quote_html(block, quoted)
        + "</div>\n"
        + OUTLOOK_TAIL
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


def text_part(
    text: str, subtype: str = "plain", charset: str = "utf-8", cte: str = "quoted-printable"
) -> MIMEPart:
    p = MIMEPart(policy=corpuslib.POL)
    p.set_content(text, subtype=subtype, charset=charset, cte=cte)
    return p


def mixed(m: EmailMessage, body_parts: list[MIMEPart], attachments: list[MIMEPart]) -> None:
    """Make m multipart/mixed: [body (one part or multipart/alternative)] + attachments."""
    m["MIME-Version"] = "1.0"
    m["Content-Type"] = "multipart/mixed"
    if len(body_parts) == 1:
        m.attach(body_parts[0])
    else:
        alt = MIMEPart(policy=corpuslib.POL)
        alt["Content-Type"] = "multipart/alternative"
        for p in body_parts:
            alt.attach(p)
        m.attach(alt)
    for a in attachments:
        m.attach(a)


def file_part(data: bytes, mime: str, filename: str) -> MIMEPart:
    p = MIMEPart(policy=corpuslib.POL)
    maintype, subtype = mime.split("/", 1)
    p.set_content(data, maintype=maintype, subtype=subtype, filename=filename)
    return p


def mso_table_n(rows: list[tuple[str, ...]], header: tuple[str, ...]) -> str:
    """An Outlook (Word-generated) table with any number of columns; the header row in bold."""
    out = [
        '<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0" '
        'style="border-collapse:collapse;border:none">\n'
    ]
    for r, bold in [(header, True)] + [(r, False) for r in rows]:
        cells = []
        for i, text in enumerate(r):
            t = html.escape(text, quote=False)
            if bold:
                t = f"<b>{t}</b>"
            border = (
                "border:solid windowtext 1.0pt"
                if i == 0
                else "border:solid windowtext 1.0pt;border-left:none"
            )
            cells.append(
                f'<td valign="top" style="{border};padding:0cm 5.4pt 0cm 5.4pt">'
                f'<p class="MsoNormal">{t}<o:p></o:p></p></td>'
            )
        out.append("<tr>" + "".join(cells) + "</tr>\n")
    out.append("</table>\n")
    return "".join(out)


# ================================================================================================
# The mails (their Date order is checked after building)
# ================================================================================================


def rapplinge_temadag() -> None:
    """Activity false: a named event (temadag) whose content is decided at the next meeting."""
    org = orgnr("802461337")
    t = when(2, 2, 19, 12, 31)
    mid = ids.msgid("outlook")
    text = f"""\
Hej!

Räpplinge Byalag vill söka regional bygdepeng – idéslanten för 2026.

Byalaget är en ideell förening för alla som bor i Räpplinge socken strax söder om Borgholm. Vi har 68 medlemmar och ordnar bland annat valborgsbrasa och julgransplundring i Räpplinge bygdegård. Org.nr {org}.

Vi vill ordna en temadag i bygdegården i höst, någon lördag i september eller oktober. Vad den ska innehålla bestämmer vi på nästa styrelsemöte i mars, det finns flera förslag. Huvudsaken är att det blir något för hela socknen.

På byastämman den 18 januari var 40 personer och alla ville att byalaget ordnar en temadag i höst. Sju av dem lovade direkt att hjälpa till den dagen.

Budget
Hyra av bygdegården 1 200 kr
Annonser och affischer 900 kr
Fika och mat 2 400 kr
Arvoden till medverkande 4 000 kr
Summa 8 500 kr

Kontaktperson är jag, Ingrid Sjöberg, sekreterare, tel 0485-761 32.

Med vänlig hälsning
Ingrid Sjöberg
Räpplinge Byalag
"""
    subject = "Ansökan bygdepeng – temadag i Räpplinge"
    frm = "Ingrid Sjöberg <ingrid.sjoberg@example.se>"
    m = new_message(frm, subject, t, mid, headers=outlook_headers(subject))
    set_alternative(m, text, outlook_html_from_text(text, "windows-1252"), charset="windows-1252")
    remember("rapplinge", mid=mid, t=t, subject=subject, text=text, frm=frm)
    add(
        t,
        "temadag-rapplinge",
        finish(m, ids, "outlook"),
        label(
            "application",
            "sv",
            "11011",
            "ACTIVITY MISSING although it sounds like an event: 'en temadag i bygdegården i höst' with 'Vad den "
            "ska innehålla bestämmer vi på nästa styrelsemöte' - a named event whose content is undecided; "
            "'något för hela socknen' is a wish and the budget lines (hall, ads, fika, 'arvoden till "
            "medverkande') say nothing about what will happen. ANCHORING TRUE: 'På byastämman den 18 januari "
            "var 40 personer och alla ville' + seven volunteers (a village meeting that backed it; 40 is "
            "attendance, not members). Association named, what and where, 68 members, org.nr. Contact line + "
            "signer from own address. Budget 1 200 + 900 + 2 400 + 4 000 = 8 500. 'hela socknen' is not an "
            "explicit statement about women and men -> null. Fees to participants are not salary. Outlook "
            "multipart/alternative, windows-1252 quoted-printable.",
            association_name="Räpplinge Byalag",
            org_number=org,
            contact_name="Ingrid Sjöberg",
            contact_email="ingrid.sjoberg@example.se",
            contact_phone="0485-761 32",
            members=68,
            ort="Räpplinge",
            amount_sek=8500,
        ),
        "rapplinge",
    )


def virserum_stickcafe() -> None:
    """Activity true: weekly knitting, no dates; anchoring false: 'pratat med några grannar'."""
    t = when(2, 4, 10, 41, 8)
    mid = ids.msgid("thunderbird", "example.net")
    text = """\
Hej.

Jag skriver för Stickcaféet i Virserum. Vi är en liten ideell förening som bildades 2021 och vi är 16 medlemmar i åldrarna 24 till 88 år, två av oss är karlar.

Vi träffas och stickar tillsammans varje tisdagseftermiddag i Virserums bibliotek. Nu vill vi bjuda in dem som har flyttat hit de senaste åren, bland annat flera familjer från Ukraina och Syrien och några från Holland och Tyskland, så att de får ett ställe att komma till och lär känna folk i Virserum. Vi lär ut grunderna till den som aldrig har stickat, bjuder på garn och fika, och den som vill får ta med sig sitt handarbete hem. Alla är välkomna, kvinnor som män.

Vi har pratat med några grannar som tyckte det lät bra.

Kostnader för ett år:
Garn och mönster 2 400 kr
Fika 1 800 kr
Annonser och lappar 500 kr
Summa 4 700 kr

Vänliga hälsningar
Margareta Lind
ordförande i Stickcaféet
0495-310 47
"""
    subject = "Ansökan om bygdepeng"
    frm = "Margareta Lind <margareta.lind@example.net>"
    m = new_message(
        frm,
        subject,
        t,
        mid,
        subject_charset="iso-8859-1",
        headers=[
            (
                "User-Agent",
                "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.6.0",
            ),
            ("Content-Language", "sv-SE"),
        ],
    )
    set_body(m, text, charset="iso-8859-1", cte="8bit")
    remember("virserum", mid=mid, t=t, subject=subject, text=text, frm=frm)
    add(
        t,
        "stickcafe-virserum",
        finish(m, ids, "thunderbird"),
        label(
            "application",
            "sv",
            "11101",
            "ACTIVITY TRUE although it has no dates: 'Vi träffas och stickar tillsammans varje "
            "tisdagseftermiddag i Virserums bibliotek' + inviting the newly arrived, teaching beginners, yarn "
            "and fika - a concrete recurring activity, and why (newcomers get a place to go and get to know "
            "people). ANCHORING MISSING: 'Vi har pratat med några grannar som tyckte det lät bra' - no count, no "
            "meeting, no partner; the library is only the venue. Association named, founded 2021, 16 members. "
            "Signer from own address with phone. Budget 2 400 + 1 800 + 500 = 4 700. 'kvinnor som män' -> true. "
            "Yarn is a consumable. iso-8859-1 8bit body, iso-8859-1 encoded-word subject.",
            association_name="Stickcaféet i Virserum",
            contact_name="Margareta Lind",
            contact_email="margareta.lind@example.net",
            contact_phone="0495-310 47",
            members=16,
            ort="Virserum",
            amount_sek=4700,
            women_and_men=True,
        ),
        "virserum",
    )


def kastlosa_goal() -> None:
    """Activity false: a goal with a date ('Under våren vill vi stärka gemenskapen')."""
    t = when(2, 6, 21, 3, 50)
    mid = ids.msgid("gmail")
    text = """\
Hej!

Vi i Kastlösa Bygdeförening vill söka pengar ur idéslanten. Föreningen har funnits sedan 1994 och har ett sjuttiotal medlemmar, mest bofasta men också en del som har sommarhus i Kastlösa och Smedby. Vi sköter bland annat badplatsen och ordnar midsommarfirandet.

Under våren vill vi stärka gemenskapen i Kastlösa och få fler, särskilt nyinflyttade och unga, att känna sig delaktiga i byns utveckling. Vi ser det som ett viktigt steg för att byn ska leva vidare.

Redan nu har 23 bybor skrivit upp sig på att hjälpa till, och Kastlösa hembygdsförening har lovat att vara med.

Så här har vi tänkt kring pengarna:
- lokalhyra 2 000 kr
- mat och fika 3 000 kr
- marknadsföring 1 000 kr
- material 1 500 kr
Totalt 7 500 kr

Hälsningar
Anki
"""
    subject = "Idéslanten – Kastlösa Bygdeförening"
    frm = "Ann-Kristin Berg <annkristin.berg@example.com>"
    m = new_message(frm, subject, t, mid, to=TO_PLAIN)
    set_alternative(m, text, gmail_html(text))
    add(
        t,
        "gemenskap-kastlosa",
        finish(m, ids, "gmail"),
        label(
            "application",
            "sv",
            "10011",
            "ACTIVITY MISSING: 'Under våren vill vi stärka gemenskapen i Kastlösa och få fler ... att känna sig "
            "delaktiga' is a GOAL WITH A DATE, not an activity - nothing says what will be done; the budget "
            "lines (lokalhyra, mat, marknadsföring, material) do not describe it either. ANCHORING TRUE: 23 "
            "residents have signed up to help and the local hembygdsförening has promised to take part "
            "(volunteers with a count + a local partner). CONTACT MISSING: signed only 'Anki'; the full name "
            "Ann-Kristin Berg appears only in the From header, no phone. Association named, since 1994, 'ett "
            "sjuttiotal medlemmar' -> 70. Budget 2 000 + 3 000 + 1 000 + 1 500 = 7 500. Smedby is a "
            "neighbouring village (distractor); ort Kastlösa. Gmail multipart/alternative, utf-8 QP.",
            association_name="Kastlösa Bygdeförening",
            members=70,
            ort="Kastlösa",
            amount_sek=7500,
        ),
    )


def algutsboda_holkdagen() -> None:
    """Activity true through what people will do; anchoring by named volunteers; shared mailbox."""
    t = when(2, 9, 14, 26, 2)
    mid = ids.msgid("thunderbird", "example.org")
    text = """\
Hej!

Algutsboda Byalag söker 5 200 kr ur idéslanten till Holkdagen lördagen den 16 maj vid bystugan i Algutsboda.

Om oss: byalaget har 52 medlemmar, i stort sett alla hushåll i byn och runt sjön, och vi har hand om bystugan och badplatsen.

Så blir dagen: barnen får bygga fågelholkar som de tar med sig hem, tillsammans med några äldre snickare i byn. De vuxna lagar mat över öppen eld nere vid sjön, och på kvällen spelar någon fiol på logen. Vi vill att barnfamiljerna som har flyttat hit ska lära känna dem som har bott här hela livet.

De här har lovat att hjälpa till: Gösta Karlsson och Bengt Svensson (snickrar med barnen), Lena Åberg och Fatima Haddad (maten) och Sara och Jonas Lind (bord, bänkar och städning).

Virket till holkarna får vi skänkt från sågen i byn.

Kostnader
Mat och dryck 2 800 kr
Arvode till spelmannen 1 500 kr
Hyra av bord och bänkar 600 kr
Affischer 300 kr
Summa 5 200 kr

Hälsningar från styrelsen i Algutsboda Byalag
"""
    subject = "Ansökan idéslanten: Holkdagen i Algutsboda"
    frm = "Algutsboda Byalag <styrelsen.algutsboda@example.org>"
    m = new_message(
        frm,
        subject,
        t,
        mid,
        headers=[
            ("User-Agent", "Mozilla Thunderbird"),
            ("Content-Language", "sv"),
        ],
    )
    set_body(m, text, cte="8bit")
    add(
        t,
        "holkdagen-algutsboda",
        finish(m, ids, "thunderbird"),
        label(
            "application",
            "sv",
            "10111",
            "ACTIVITY TRUE although it is told only through WHAT PEOPLE WILL DO: 'barnen får bygga fågelholkar "
            "..., de vuxna lagar mat över öppen eld ..., på kvällen spelar någon fiol' on 16 May at the bystuga, "
            "and why (newly arrived families meet people who have lived here all their lives). ANCHORING TRUE: "
            "six NAMED VOLUNTEERS with their tasks. CONTACT MISSING: sent from the board's shared mailbox and "
            "signed 'Hälsningar från styrelsen' - the named volunteers are helpers, not a contact person. "
            "Association named, 52 members, what it does. Budget 2 800 + 1 500 + 600 + 300 = 5 200 (= the "
            "amount in the first line). Birdhouses are a craft the children take home, from donated wood - no "
            "cost and nothing the association builds or buys -> physical_investment false; tables are rented; "
            "the fiddler's fee is a performer fee. utf-8 8bit plain text.",
            association_name="Algutsboda Byalag",
            members=52,
            ort="Algutsboda",
            amount_sek=5200,
        ),
    )


def rapplinge_followup_activity() -> None:
    """Followup: the temadag now has content -> activity true. Outlook top-post, windows-1252."""
    app = APPS["rapplinge"]
    rt, rid, rtext, rsubj = receipt("rapplinge", 2, 3, ["activity"])
    t = when(2, 10, 18, 55, 17)
    mid = ids.msgid("outlook")
    new = """\
Hej igen!

Nu har styrelsen bestämt innehållet i temadagen. Den blir lördagen den 26 september i Räpplinge bygdegård och handlar om kalkstenen och stenhuggarna i socknen. På förmiddagen går vi en vandring till de gamla kalkugnarna, där Arne Lindqvist berättar om hur kalken bröts och brändes. Efter lunch visar en stenhuggare hur man kluvit kalksten förr, och barnen får pröva att hugga i sten. Dagen avslutas med soppa och berättelser från de äldsta i socknen.

Vi vill att de som har flyttat hit och sommarboende som stannar kvar ska lära sig bygdens historia och träffa dem som har bott här länge.

Med vänlig hälsning
Ingrid Sjöberg
Räpplinge Byalag
0485-761 32
"""
    block = sv_outlook_block(OFFICER, rt, app["frm"], rsubj)
    text = new + "\n" + SEP + "\n" + block + "\n" + rtext
    subject = "SV: " + rsubj
    m = new_message(
        app["frm"], subject, t, mid, headers=threaded("rapplinge", rid) + outlook_headers(subject)
    )
    set_alternative(
        m, text, outlook_reply_html(new, block, rtext, "windows-1252"), charset="windows-1252"
    )
    add(
        t,
        "sv-sv-rapplinge-temadagen",
        finish(m, ids, "outlook"),
        label(
            "followup",
            "sv",
            "01100",
            "Followup to {app:rapplinge} (activity missing), Outlook 'SV: SV:' top-post over the receipt in a "
            "'Från:/Skickat:/Till:/Ämne:' block. NEW TEXT SUPPLIES THE ACTIVITY: 26 September in the "
            "bygdegård, a walk to the old lime kilns with a named guide, a stonemason's demonstration, children "
            "try stone carving, soup and stories, and why (newcomers and summer residents learn the history and "
            "meet old-timers) -> activity true. Arne Lindqvist is a guide, not anchoring. Signed with full "
            "name, association and phone from her own address -> contact true; 'Räpplinge Byalag' in the "
            "signature only -> association false. windows-1252 QP.",
            contact_name="Ingrid Sjöberg",
            contact_email="ingrid.sjoberg@example.se",
            contact_phone="0485-761 32",
            ort="Räpplinge",
        ),
    )


def figeholm_timetable() -> None:
    """Activity true as a timetable table; anchoring false: 'Styrelsen har beslutat' only. HTML-only."""
    t = when(2, 11, 8, 17, 45)
    mid = ids.msgid("outlook")
    programme = [
        (
            "Lördag 27 juni",
            "18–21",
            "Visafton på bryggan med två musiker från trakten, korv och kaffe",
        ),
        (
            "Lördag 11 juli",
            "17–21",
            "Prova-på-paddling i hamnbassängen, vi hyr kajaker och en instruktör visar",
        ),
        ("Lördag 25 juli", "18–21", "Berättarkväll om fiske och lotsar i Figeholm förr"),
        ("Lördag 8 augusti", "18–22", "Avslutning med knytkalas och dans på bryggan"),
    ]
    budget = [
        ("Arvoden musiker", "3 000"),
        ("Hyra av kajaker och instruktör", "2 200"),
        ("Korv, bröd och kaffe", "2 500"),
        ("Annonsering", "700"),
    ]
    body = (
        mso_p("Hej,")
        + mso_p("")
        + mso_p(
            "Figeholms Hamnförening söker bidrag ur idéslanten för Sommarkvällar på bryggan 2026. "
            "Föreningen är ideell, har 41 medlemmar och sköter gästhamnen och bryggorna i Figeholm."
        )
        + mso_p("")
        + mso_p("Program", bold=True)
        + mso_table_n(programme, ("Datum", "Tid", "Innehåll"))
        + mso_p("")
        + mso_p(
            "Kvällarna är gratis och öppna för alla, bofasta och sommargäster, och ska göra hamnen till en "
            "mötesplats för hela Figeholm."
        )
        + mso_p("")
        + mso_p("Förankring: Styrelsen har beslutat att genomföra sommarkvällarna.")
        + mso_p("")
        + mso_p("Budget", bold=True)
        + mso_table(budget, ("Kostnad", "Kronor"), ("Summa", "8 400"))
        + mso_p("")
        + mso_p("Med vänliga hälsningar")
        + mso_p("Per-Olof Fransson, ordförande")
        + mso_p("Figeholms Hamnförening")
        + mso_p("070-318 22 90")
    )
    html_text = OUTLOOK_HEAD.format(charset="windows-1252") + body + OUTLOOK_TAIL
    subject = "Sommarkvällar på bryggan – ansökan idéslanten"
    frm = "Per-Olof Fransson <perolof.fransson@example.se>"
    m = new_message(frm, subject, t, mid, headers=outlook_headers(subject))
    set_body(m, html_text, subtype="html", charset="windows-1252")
    remember("figeholm", mid=mid, t=t, subject=subject, text="", frm=frm)
    add(
        t,
        "sommarkvallar-figeholm",
        finish(m, ids, "outlook"),
        label(
            "application",
            "sv",
            "11101",
            "HTML-ONLY Outlook mail (windows-1252 QP). ACTIVITY TRUE given as a TIMETABLE: a three-column "
            "'Datum / Tid / Innehåll' table with four evenings (song, try-out paddling, storytelling, "
            "potluck and dance) plus one sentence on why (the harbour as a meeting place for all of Figeholm). "
            "ANCHORING MISSING: 'Förankring: Styrelsen har beslutat att genomföra sommarkvällarna' - the board's "
            "own decision alone is not local anchoring; no meeting, partner, survey or volunteers. Association "
            "named, 41 members, what it does. Signer with phone from own address. Budget table 3 000 + 2 200 + "
            "2 500 + 700 = 8 400. Kayaks are rented; musicians and instructor are fees. 'bofasta och "
            "sommargäster' says nothing about gender -> null.",
            association_name="Figeholms Hamnförening",
            contact_name="Per-Olof Fransson",
            contact_email="perolof.fransson@example.se",
            contact_phone="070-318 22 90",
            members=41,
            ort="Figeholm",
            amount_sek=8400,
        ),
        "figeholm",
    )


def virserum_followup_still_vague() -> None:
    """Followup whose 'anchoring' is still empty ('alla tycker att det är en bra idé')."""
    app = APPS["virserum"]
    rt, rid, rtext, rsubj = receipt("virserum", 2, 5, ["anchoring"])
    t = when(2, 12, 11, 20, 3)
    mid = ids.msgid("thunderbird", "example.net")
    new = """\
Hej igen.

Jag har frågat fler nu, både i kön på Konsum här i Virserum och på biblioteket, och alla tycker att det är en bra idé. Några sa att de kanske kommer. Så vi tror att det kommer att fungera bra.

Hälsningar
Margareta Lind
"""
    text = new + "\n" + sv_thunderbird_header(rt, OFFICER) + "\n" + quote(rtext)
    subject = "Re: " + rsubj
    m = new_message(
        app["frm"],
        subject,
        t,
        mid,
        headers=threaded("virserum", rid)
        + [
            (
                "User-Agent",
                "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.6.0",
            ),
            ("Content-Language", "sv-SE"),
        ],
    )
    set_body(m, text, cte="8bit")
    add(
        t,
        "re-virserum-forankring",
        finish(m, ids, "thunderbird"),
        label(
            "followup",
            "sv",
            "01000",
            "Followup to {app:virserum} (anchoring missing), Thunderbird reply quoting the receipt with '>'. "
            "The new text TRIES to give anchoring but it is STILL EMPTY: 'alla tycker att det är en bra idé', "
            "'Några sa att de kanske kommer', 'vi tror att det kommer att fungera' - no count, no meeting, no "
            "partner, no volunteers -> anchoring false. Signed with full name from her own address -> contact "
            "true (no phone in the new text). Body utf-8 8bit (the quoted receipt has an en dash).",
            contact_name="Margareta Lind",
            contact_email="margareta.lind@example.net",
            ort="Virserum",
        ),
    )


def bergkvara_ideas() -> None:
    """iPhone: a list of possible ideas, 'alla vi frågat är positiva', a bare rough sum."""
    t = when(2, 13, 22, 48, 20)
    mid = ids.msgid("apple", "example.com")
    text = """\
Hej! Jag sitter i styrelsen för Bergkvara Hamnförening, vi är ett 40-tal medlemmar som har båtplats i hamnen eller bor runt den. Vi vill söka idéslanten för att få mer liv i hamnen i sommar. Kanske en loppis på kajen, kanske en pubkväll i sjöboden, kanske något för barnen – vi får se vad folk vill. Alla vi frågat är positiva. Vi söker runt 10 000 kr.

Jonas Mårtensson
0486-214 77 / 073-508 61 24

Skickat från min iPhone
"""
    subject = "Bygdepeng Bergkvara"
    frm = "Jonas Mårtensson <jonas.martensson@example.com>"
    m = new_message(
        frm, subject, t, mid, to=TO_PLAIN, headers=[("X-Mailer", "iPhone Mail (23D60)")]
    )
    set_body(m, text)
    add(
        t,
        "hamnen-bergkvara",
        finish(m, ids, "apple"),
        label(
            "application",
            "sv",
            "11000",
            "iPhone mail, one paragraph. ACTIVITY MISSING: 'Kanske en loppis på kajen, kanske en pubkväll i "
            "sjöboden, kanske något för barnen – vi får se vad folk vill' is a LIST OF POSSIBLE IDEAS, nothing "
            "decided. ANCHORING MISSING: 'Alla vi frågat är positiva' - no count, no meeting. BUDGET MISSING: "
            "'Vi söker runt 10 000 kr' is a bare rough total -> amount 10000. Association named with 'ett "
            "40-tal medlemmar' (-> 40) and what they are. Contact: full name + two phones from own address; "
            "the first phone is recorded.",
            association_name="Bergkvara Hamnförening",
            contact_name="Jonas Mårtensson",
            contact_email="jonas.martensson@example.com",
            contact_phone="0486-214 77",
            members=40,
            ort="Bergkvara",
            amount_sek=10000,
        ),
    )


def rumskulla_docx() -> None:
    """Activity, anchoring (the school) and budget only in an attached .docx."""
    org = orgnr("802503918")
    t = when(2, 16, 16, 2, 39)
    mid = ids.msgid("gmail")
    text = f"""\
Hej!

Här kommer Rumskulla Hembygdsförenings ansökan om regional bygdepeng – idéslanten. Själva ansökan med beskrivning och budget ligger i det bifogade Word-dokumentet.

Kort om oss: föreningen bildades 1946 och har 74 medlemmar. Vi sköter hembygdsgården vid Rumskulla kyrka och har öppet hus där på somrarna. Org.nr {org}.

Kontaktperson: Karin Åström, kassör, 070-662 18 05, karin.astrom@example.net

Vänliga hälsningar
Karin Åström
"""
    docx = make_docx(
        "Ekdagen vid Kvilleken 2026",
        [
            "Rumskulla Hembygdsförening, Vimmerby kommun",
            "Vad vi vill göra: Söndagen den 23 augusti ordnar vi Ekdagen vid Kvilleken i Norra Kvill. En "
            "naturvägledare berättar om eken och skogen runt den, barnen går en tipspromenad om träd och djur, "
            "spelmän från socknen spelar och vi serverar kaffe och våfflor. Dagen avslutas med en gemensam "
            "sångstund vid eken.",
            "Varför: Kvilleken är känd i hela landet, men många som bor i Rumskulla har aldrig varit där med "
            "någon som kan berätta. Vi vill att bygden samlas kring något vi är stolta över och att "
            "nyinflyttade familjer hittar hit.",
            "Förankring: Vi gör dagen tillsammans med Rumskulla skola. Eleverna i klass 4–6 gör "
            "tipspromenaden på slöjd- och NO-lektionerna i vår, och lärarna är med på dagen.",
            "Budget:",
        ],
        [
            ("Arvode naturvägledare", "2 500 kr"),
            ("Hyra av tält", "1 800 kr"),
            ("Kaffe, våffelsmet och saft", "1 600 kr"),
            ("Papper och laminering till tipspromenaden", "700 kr"),
            ("Annonser", "900 kr"),
        ],
        ("Kostnadspost", "Belopp"),
        ("Summa", "7 500 kr"),
        ["Sökt belopp: 7 500 kr"],
        author="Karin Åström",
    )
    subject = "Ansökan idéslanten 2026 – Rumskulla Hembygdsförening"
    frm = "Karin Åström <karin.astrom@example.net>"
    m = new_message(frm, subject, t, mid, to=TO_PLAIN)
    mixed(
        m,
        [text_part(text, cte="base64"), text_part(gmail_html(text), subtype="html", cte="base64")],
        [file_part(docx, DOCX, "Ansökan idéslanten Rumskulla.docx")],
    )
    add(
        t,
        "ekdagen-rumskulla",
        finish(m, ids, "gmail"),
        label(
            "application",
            "sv",
            "11111",
            "Complete, but the ACTIVITY, the ANCHORING and the BUDGET are ONLY IN THE ATTACHED .docx; the body "
            "(Gmail multipart/alternative in base64) gives only the association and the contact and says the "
            "application is in the Word file. Attachments count as the mail's own text. Activity: 23 August at "
            "Kvilleken (Norra Kvill, in Rumskulla parish): guide, quiz walk, fiddlers, coffee, singing, and why. "
            "Anchoring: done together with Rumskulla skola (pupils in years 4-6 make the quiz walk, teachers "
            "take part) - cooperation with the school. Budget table 2 500 + 1 800 + 1 600 + 700 + 900 = 7 500. "
            "74 members, org.nr. Contact line in the body. Tent rented; paper and lamination are consumables.",
            association_name="Rumskulla Hembygdsförening",
            org_number=org,
            contact_name="Karin Åström",
            contact_email="karin.astrom@example.net",
            contact_phone="070-662 18 05",
            members=74,
            ort="Rumskulla",
            amount_sek=7500,
        ),
    )


def hossmo_subject_line() -> None:
    """Activity named in the subject and described in one sentence; the church; bare amount."""
    t = when(2, 18, 20, 30, 12)
    mid = ids.msgid("apple", "example.se")
    text = """\
Hej!

Hossmo Byalag vill i juni ordna en guidad kvällsvandring längs gamla kyrkvägen till Hossmo kyrka, med berättelser om gårdarna och folket som bodde där, så att alla som flyttat till de nya husen i Hossmo lär känna bygdens historia och sina grannar.

Vi gör det tillsammans med Hossmo församling, som öppnar kyrkan efter vandringen och bjuder på kyrkkaffe.

Byalaget har 95 medlemmar i Hossmo socken söder om Kalmar.

Vi söker 4 000 kr.

Hälsningar
Lars Gunnarsson
Hossmo Byalag
0480-330 51
"""
    subject = "Ansökan idéslanten – kvällsvandring längs gamla kyrkvägen i Hossmo"
    frm = "Lars Gunnarsson <lars.gunnarsson@example.se>"
    m = new_message(
        frm,
        subject,
        t,
        mid,
        headers=[("X-Mailer", "Apple Mail (2.3826.400.131.1.6)")],
    )
    set_alternative(m, text, simple_html(text.rstrip("\n").split("\n\n")))
    add(
        t,
        "kyrkvagen-hossmo",
        finish(m, ids, "apple"),
        label(
            "application",
            "sv",
            "11110",
            "ACTIVITY TRUE although it is a single sentence: the subject names it ('kvällsvandring längs gamla "
            "kyrkvägen') and ONE SENTENCE of the body says what (a guided evening walk to Hossmo church in June "
            "with stories about the farms) and why (newcomers in the new houses learn the history and meet "
            "their neighbours). ANCHORING TRUE: done together with Hossmo församling, which opens the church "
            "and serves coffee - cooperation with the church named in the mail. BUDGET MISSING: 'Vi söker 4 000 "
            "kr' is a bare total -> amount 4000. Association named, 95 members, where. Signer with phone from "
            "own address. Apple Mail multipart/alternative.",
            association_name="Hossmo Byalag",
            contact_name="Lars Gunnarsson",
            contact_email="lars.gunnarsson@example.se",
            contact_phone="0480-330 51",
            members=95,
            ort="Hossmo",
            amount_sek=4000,
        ),
    )


def morlunda_past() -> None:
    """Activity false: last year's harvest festival told in the past, no new plan."""
    t = when(2, 20, 9, 58, 1)
    mid = ids.msgid("roundcube", "example.net")
    text = """\
Hej

Förra sommaren ordnade Mörlunda Hembygdsförening en skördefest på hembygdsgården. Det var tipspromenad, ponnyridning för barnen, försäljning av grönsaker från trakten och dragspelsmusik på kvällen. Vädret var fint och det kom mycket folk, även många sommargäster. Alla tyckte att det var en lyckad dag.

Hembygdsföreningen har 112 medlemmar och har funnits sedan 1929. Vi har hembygdsgården vid Emån i Mörlunda, med ett gammalt soldattorp och en smedja.

Vi söker nu bidrag till föreningens verksamhet 2026.

Budget 2026
Annonser och affischer 1 500 kr
Material 2 500 kr
Hyra av tält 2 000 kr
Fika och förtäring 2 000 kr
Summa 8 000 kr

Sven-Erik Holm
ordförande
0495-402 36
"""
    subject = "Bygdepeng Mörlunda hembygdsförening"
    frm = "Sven-Erik Holm <svenerik.holm@example.net>"
    m = new_message(
        frm, subject, t, mid, to=TO_PLAIN, headers=[("User-Agent", "Roundcube Webmail/1.6.9")]
    )
    set_body(m, text, charset="windows-1252", cte="8bit")
    add(
        t,
        "hembygdsforening-morlunda",
        finish(m, ids, "roundcube"),
        label(
            "application",
            "sv",
            "11001",
            "ACTIVITY MISSING: the only event described is LAST SUMMER'S harvest festival, told in the past "
            "tense ('Förra sommaren ordnade ...', 'Det var ...'), and there is NO NEW PLAN - 'Vi söker nu bidrag "
            "till föreningens verksamhet 2026' is general operations; the generic budget lines do not say what "
            "will happen. ANCHORING MISSING: nothing; 'det kom mycket folk' and 'alla tyckte att det var en "
            "lyckad dag' are about last year's event, with no count, meeting or partner. Association named, 112 "
            "members, since 1929, what it has. Signer with phone from own address. Budget 1 500 + 2 500 + 2 000 "
            "+ 2 000 = 8 000 (tent rented). windows-1252 8bit plain text.",
            association_name="Mörlunda Hembygdsförening",
            contact_name="Sven-Erik Holm",
            contact_email="svenerik.holm@example.net",
            contact_phone="0495-402 36",
            members=112,
            ort="Mörlunda",
            amount_sek=8000,
        ),
    )


def blomstermala_fiskedag() -> None:
    """Last year's event AND an explicit new date -> activity true; complete, lists."""
    t = when(2, 23, 19, 44, 36)
    mid = ids.msgid("roundcube", "example.se")
    text = """\
Hej!

I fjol ordnade Blomstermåla Samhällsförening en fiskedag för barn vid Alsterån, och nu vill vi göra det igen.

Föreningen
- Blomstermåla Samhällsförening, ideell förening bildad 1988
- 63 medlemmar
- arbetar för att Blomstermåla ska vara en levande ort: julmarknad, städdagar och badplatsen

Aktiviteten
- lördagen den 6 juni kl. 10–15 vid Alsterån nedanför kvarnen
- barnen får prova att meta och fiska med spö, med hjälp av vuxna ledare
- vi lär ut hur man hanterar fisk varsamt och pratar om livet i ån
- korvgrillning och fiskfrågesport
- gratis och öppet för alla barn i Blomstermåla och Fliseryd, flickor som pojkar
Syftet är att barn och föräldrar ska upptäcka ån och träffas över generationerna, och att fler barnfamiljer ska trivas och stanna i Blomstermåla.

Förankring
- Blomstermåla Fiskeklubb ställer upp med sex ledare och lånar ut spön
- Blomstermåla skola delar ut inbjudan till alla elever

Budget
- Fiskekort och mask 1 200 kr
- Korv, bröd och dricka 1 600 kr
- Priser till frågesporten 800 kr
- Affischer och annons 600 kr
Summa 4 200 kr

Kontakt: Anna Nordin, sekreterare, 073-144 20 86

Hälsningar
Anna
"""
    subject = "Ansökan: Fiskedag för barn i Blomstermåla 6 juni"
    frm = "Anna Nordin <anna.nordin@example.se>"
    m = new_message(
        frm, subject, t, mid, to=TO_PLAIN, headers=[("User-Agent", "Roundcube Webmail/1.6.9")]
    )
    set_body(m, text)
    add(
        t,
        "fiskedag-blomstermala",
        finish(m, ids, "roundcube"),
        label(
            "application",
            "sv",
            "11111",
            "Complete, in '-' lists under headings. It STARTS WITH LAST YEAR ('I fjol ordnade ...') but, unlike "
            "a past-only mail, it gives an explicit NEW plan: 6 June 10-15 at Alsterån, fishing with adult "
            "leaders, how to handle fish, grilling, quiz, and why -> activity true. Anchoring: the local fishing "
            "club provides six leaders and lends rods, the school hands out invitations - cooperation with a "
            "local club and the school. Association named, 1988, 63 members, what it does. Contact line with "
            "full name and phone; signed 'Anna' from her own address. Budget 1 200 + 1 600 + 800 + 600 = 4 200. "
            "'flickor som pojkar' -> true. Prizes are consumables, rods are lent. Fliseryd is a distractor; ort "
            "Blomstermåla. utf-8 QP.",
            association_name="Blomstermåla Samhällsförening",
            contact_name="Anna Nordin",
            contact_email="anna.nordin@example.se",
            contact_phone="073-144 20 86",
            members=63,
            ort="Blomstermåla",
            amount_sek=4200,
            women_and_men=True,
        ),
    )


def tvarskog_place_time() -> None:
    """Activity false: only a place and a time; survey with counts; HTML-only base64."""
    t = when(2, 25, 13, 15, 9)
    mid = ids.msgid("gmail")
    paragraphs = [
        "Hej!",
        "Tvärskogs Bygdegårdsförening vill söka pengar ur idéslanten. Föreningen äger och driver Tvärskogs "
        "bygdegård och har 88 medlemmar.",
        "Vi vill ordna något i bygdegården i juni.",
        "I höstas delade vi ut en enkät till alla hushåll i Tvärskog. 40 hushåll svarade och 35 av dem ville "
        "att bygdegården ska användas mer, särskilt på sommaren.",
        "Budget:",
        "Summa 7 500 kr",
        "Hälsningar\nLena",
    ]
    html_text = simple_html(
        paragraphs,
        lists={
            4: [
                "Hyra av partytält 1 500 kr",
                "Musik 2 500 kr",
                "Mat och fika 3 000 kr",
                "Annonsering 500 kr",
            ]
        },
    )
    subject = "Ansökan bygdepeng Tvärskog"
    frm = "Lena Ottosson <lena.ottosson@example.com>"
    m = new_message(frm, subject, t, mid, to=TO_PLAIN)
    set_body(m, html_text, subtype="html", cte="base64")
    remember("tvarskog", mid=mid, t=t, subject=subject, text="", frm=frm)
    add(
        t,
        "bygdegarden-tvarskog",
        finish(m, ids, "gmail"),
        label(
            "application",
            "sv",
            "10011",
            "HTML-ONLY in base64 with a <ul> budget. ACTIVITY MISSING: 'Vi vill ordna något i bygdegården i "
            "juni' is ONLY A PLACE AND A TIME; the budget lines (tent, music, food) hint at a party but say "
            "neither what nor why. ANCHORING TRUE: a survey among all households, 40 answered and 35 want the "
            "bygdegård used more (survey with counts; respondents are not members). CONTACT MISSING: signed "
            "'Lena'; the surname is only in the From header, no phone. Association named, owns the bygdegård, 88 "
            "members. Budget 1 500 + 2 500 + 3 000 + 500 = 7 500. Tent rented.",
            association_name="Tvärskogs Bygdegårdsförening",
            members=88,
            ort="Tvärskog",
            amount_sek=7500,
        ),
        "tvarskog",
    )


def figeholm_followup_anchoring() -> None:
    """Followup: two local associations decided to co-host + twelve boat owners -> anchoring true."""
    app = APPS["figeholm"]
    rt, rid, rtext, rsubj = receipt("figeholm", 2, 12, ["anchoring"])
    t = when(2, 26, 17, 36, 55)
    mid = ids.msgid("outlook")
    new = """\
Hej!

Om förankringen: Sommarkvällarna görs tillsammans med Figeholms Båtklubb och Figeholms Hembygdsförening, som båda beslutade om det på sina årsmöten i februari. Båtklubben tar hand om paddlingen och hembygdsföreningen om berättarkvällen. Dessutom har tolv båtägare i hamnen lovat att ställa upp som värdar på kvällarna.

Mvh
Per-Olof Fransson
070-318 22 90
"""
    block = sv_outlook_block(OFFICER, rt, app["frm"], rsubj)
    text = new + "\n" + SEP + "\n" + block + "\n" + rtext
    subject = "SV: " + app["subject"]
    m = new_message(
        app["frm"], subject, t, mid, headers=threaded("figeholm", rid) + outlook_headers(subject)
    )
    set_alternative(m, text, outlook_reply_html(new, block, rtext, "utf-8"))
    add(
        t,
        "sv-figeholm-forankring",
        finish(m, ids, "outlook"),
        label(
            "followup",
            "sv",
            "01010",
            "Followup to {app:figeholm} (anchoring missing), Outlook reply with a single 'SV:' (Outlook "
            "collapses the prefixes) over the receipt block. NEW TEXT SUPPLIES ANCHORING: two other local "
            "associations (the boat club and the hembygdsförening) decided at their annual meetings to co-host, "
            "and twelve boat owners volunteer as hosts -> true. The partners are not the applicant -> "
            "association false. Signed with full name and phone from his own address -> contact true. utf-8 "
            "QP multipart/alternative.",
            contact_name="Per-Olof Fransson",
            contact_email="perolof.fransson@example.se",
            contact_phone="070-318 22 90",
            ort="Figeholm",
        ),
    )


def paskallavik_english_wish() -> None:
    """English: a vague wish and a described need."""
    t = when(2, 27, 21, 22, 47)
    mid = ids.msgid("roundcube", "example.com")
    text = """\
Hello,

I am writing on behalf of Påskallavik International Friends, a non-profit association (ideell förening) we started in 2024 for people from abroad who have settled in and around Påskallavik. We have 19 members from the Netherlands, Germany, Poland and Eritrea, plus a few Swedish friends.

We would love to do something this summer that brings newcomers and the people of Påskallavik closer together. Exactly what, we have not decided yet - we are open to ideas.

Many of us feel a bit isolated, especially in winter, and it is not easy to get to know Swedes in a small place.

Budget (approx.):
- Hire of a venue: 2,000 SEK
- Food and drinks: 3,500 SEK
- Posters and advertising: 500 SEK
Total: 6,000 SEK

Kind regards,
Martin de Vries
Chairman, Påskallavik International Friends
+46 72 310 55 48
"""
    subject = "Application – Påskallavik International Friends"
    frm = "Martin de Vries <martin.devries@example.com>"
    m = new_message(frm, subject, t, mid, headers=[("User-Agent", "Roundcube Webmail/1.6.9")])
    set_body(m, text)
    remember("paskallavik", mid=mid, t=t, subject=subject, text=text, frm=frm)
    add(
        t,
        "international-friends-paskallavik",
        finish(m, ids, "roundcube"),
        label(
            "application",
            "en",
            "11001",
            "English. ACTIVITY MISSING: 'We would love to do something this summer that brings newcomers and "
            "the people of Påskallavik closer together. Exactly what, we have not decided yet' - an English "
            "VAGUE WISH; the budget lines (venue, food, posters) do not make it concrete. ANCHORING MISSING: "
            "'Many of us feel a bit isolated' is a DESCRIBED NEED, not anchoring. Association named, non-profit, "
            "2024, 19 members. Signer with role and phone from own address. Budget list with English thousands "
            "separators 2,000 + 3,500 + 500 = 6,000.",
            association_name="Påskallavik International Friends",
            contact_name="Martin de Vries",
            contact_email="martin.devries@example.com",
            contact_phone="+46 72 310 55 48",
            members=19,
            ort="Påskallavik",
            amount_sek=6000,
        ),
        "paskallavik",
    )


def gladhammar_buzzwords() -> None:
    """Activity false: a named project described only in buzzwords; open village meeting."""
    t = when(3, 2, 7, 49, 14)
    mid = ids.msgid("thunderbird", "example.net")
    text = """\
Hej!

Gladhammars Intresseförening söker 12 000 kr ur idéslanten för projektet Levande Gladhammar 2026.

Gladhammars Intresseförening är en ideell förening för oss som bor i Gladhammar och Verkebäck söder om Västervik. Vi har 57 medlemmar.

Projektet Levande Gladhammar ska skapa nya mötesplatser, öka delaktigheten och ge framtidstro. Genom olika insatser under året vill vi stärka bygden, locka nya invånare och bidra till en hållbar utveckling av landsbygden. Projektet ska präglas av öppenhet, mångfald och samverkan.

Idén kommer från ett öppet bymöte i Gladhammars bygdegård den 8 februari. 27 personer kom och alla var överens om att föreningen ska driva Levande Gladhammar.

Budget:
Lokalhyror 3 000 kr
Marknadsföring 2 000 kr
Aktivitetsmaterial 3 500 kr
Mat och fika 3 500 kr
Summa: 12 000 kr

Med vänlig hälsning
Tobias Eklund
ordförande
070-201 47 38
"""
    subject = "Ansökan: projektet Levande Gladhammar 2026"
    frm = "Tobias Eklund <tobias.eklund@example.net>"
    m = new_message(
        frm,
        subject,
        t,
        mid,
        subject_charset="iso-8859-1",
        headers=[("User-Agent", "Mozilla Thunderbird")],
    )
    set_body(m, text, charset="iso-8859-1")
    remember("gladhammar", mid=mid, t=t, subject=subject, text=text, frm=frm)
    add(
        t,
        "levande-gladhammar",
        finish(m, ids, "thunderbird"),
        label(
            "application",
            "sv",
            "11011",
            "ACTIVITY MISSING: a NAMED PROJECT ('Levande Gladhammar') described only in BUZZWORDS - 'skapa nya "
            "mötesplatser, öka delaktigheten och ge framtidstro', 'Genom olika insatser under året vill vi "
            "stärka bygden' - nothing says what will actually be done. ANCHORING TRUE: an open village meeting "
            "in the bygdegård on 8 February, 27 people, all agreed (27 is attendance, not members). Association "
            "named, where, 57 members. Signer with phone from own address. Budget 3 000 + 2 000 + 3 500 + 3 500 "
            "= 12 000. Verkebäck and Västervik are distractors; ort Gladhammar. iso-8859-1 QP body, iso-8859-1 "
            "encoded-word subject.",
            association_name="Gladhammars Intresseförening",
            contact_name="Tobias Eklund",
            contact_email="tobias.eklund@example.net",
            contact_phone="070-201 47 38",
            members=57,
            ort="Gladhammar",
            amount_sek=12000,
        ),
        "gladhammar",
    )


def tvarskog_followup_byafest() -> None:
    """Followup: the June event is now concrete, and a named contact -> activity + contact."""
    app = APPS["tvarskog"]
    rt, rid, rtext, rsubj = receipt("tvarskog", 2, 26, ["contact", "activity"])
    t = when(3, 3, 20, 5, 28)
    mid = ids.msgid("gmail")
    new = """\
Hej!

Förlåt, det blev lite kort sist. Det vi ska göra är en byafest lördagen den 13 juni i och utanför bygdegården: knytkalas till lunch, femkamp för familjelag där barn och vuxna tävlar tillsammans (säckhopp, kubb, äggkast, frågesport och dragkamp), och på kvällen dans till ett dansband från trakten. Tanken är att alla i Tvärskog ska träffas, även de som har flyttat hit och aldrig varit i bygdegården, så att fler vill vara med i föreningen.

Kontaktperson blir jag: Lena Ottosson, 070-455 12 83.

Hälsningar
Lena Ottosson
Tvärskogs Bygdegårdsförening
"""
    attr = sv_gmail_header(rt, OFFICER)
    text = new + "\n" + attr + "\n\n" + quote(rtext)
    subject = "Re: " + rsubj
    m = new_message(app["frm"], subject, t, mid, to=TO_PLAIN, headers=threaded("tvarskog", rid))
    set_alternative(m, text, gmail_html(new, gmail_quote_html(attr, rtext)))
    add(
        t,
        "re-sv-tvarskog-byafest",
        finish(m, ids, "gmail"),
        label(
            "followup",
            "sv",
            "01100",
            "Followup to {app:tvarskog} (contact and activity missing), Gmail reply quoting the receipt under "
            "'Den tors 26 feb. 2026 kl 07:30 skrev ...'. NEW TEXT SUPPLIES THE ACTIVITY that the application "
            "lacked: a village party on 13 June - potluck lunch, a family five-event contest, dance in the "
            "evening - and why -> activity true. CONTACT TRUE: 'Kontaktperson blir jag: Lena Ottosson, "
            "070-455 12 83', signed with full name from her own address. Association in the signature only -> "
            "false. A local dance band is a performer, not anchoring.",
            contact_name="Lena Ottosson",
            contact_email="lena.ottosson@example.com",
            contact_phone="070-455 12 83",
            ort="Tvärskog",
        ),
    )


def malilla_english_cafe() -> None:
    """English: a weekly conversation café without dates (true); only the municipality (false)."""
    t = when(3, 4, 15, 33, 0)
    mid = ids.msgid("gmail")
    text = """\
Hi,

We are "Välkommen till Målilla", a small non-profit association founded in 2023 by people who moved to Målilla from Germany, Ukraine and Afghanistan, together with Swedes who were born here. We have 24 members.

Every Thursday evening we meet in the old school in Målilla for a Swedish conversation café: newcomers practise Swedish over coffee with members who grew up here, we play board games, and sometimes someone cooks a dish from home. We would like to keep it going all year and invite more people - both women and men, all ages - so that newcomers feel at home and stay in Målilla, and the people who have always lived here get to know their new neighbours.

Hultsfred municipality's integration coordinator thinks it is a great idea and has promised to put up our posters in the municipal offices.

What the money is for:
Rent of the room in the old school, 40 evenings x 100 SEK = 4,000 SEK
Coffee, tea and fika = 2,500 SEK
Printing posters and flyers = 600 SEK
Total 7,100 SEK

Best wishes,
Sophie Brandt
Secretary
070-533 91 26
"""
    subject = "Application idéslanten – Swedish conversation café in Målilla"
    frm = "Sophie Brandt <sophie.brandt@example.com>"
    m = new_message(frm, subject, t, mid, to=TO_PLAIN)
    set_alternative(m, text, gmail_html(text), cte="8bit")
    add(
        t,
        "conversation-cafe-malilla",
        finish(m, ids, "gmail"),
        label(
            "application",
            "en",
            "11101",
            "English. ACTIVITY TRUE without any dates: 'Every Thursday evening we meet in the old school ... "
            "for a Swedish conversation café' - a concrete recurring activity (coffee, practising Swedish, "
            "board games, cooking) and why (newcomers feel at home and stay). ANCHORING MISSING: the only "
            "support is from the municipality ('Hultsfred municipality's integration coordinator thinks it is "
            "a great idea and has promised to put up our posters') - SUPPORT ONLY FROM THE MUNICIPALITY is not "
            "local anchoring; no meeting, survey, local partner or volunteers. Association named, founded 2023, "
            "24 members. Signer with phone from own address. Budget 4,000 + 2,500 + 600 = 7,100 (room rented). "
            "'both women and men' -> true. Hultsfred is the municipality; ort Målilla. Gmail "
            "multipart/alternative, utf-8 8bit.",
            association_name="Välkommen till Målilla",
            contact_name="Sophie Brandt",
            contact_email="sophie.brandt@example.com",
            contact_phone="070-533 91 26",
            members=24,
            ort="Målilla",
            amount_sek=7100,
            women_and_men=True,
        ),
    )


def lottorp_iphone_poll() -> None:
    """iPhone: short but concrete activity; Facebook poll with a count; unnamed group."""
    t = when(3, 6, 12, 9, 41)
    mid = ids.msgid("apple", "example.com")
    text = """\
Hej!
Vi är några i Löttorp som vill ha linedance i bygdegården på tisdagskvällar i höst, 8 kvällar från 1 september, med en instruktör från Borgholm. För alla åldrar, killar som tjejer, så att fler ses under vintern när allt är stängt här uppe.
I Facebookgruppen Löttorp med omnejd gjorde vi en omröstning, 64 röstade ja och 3 nej.
Instruktör 8 x 700 = 5 600
Hyra bygdegården 8 x 250 = 2 000
Summa 7 600 kr
/Emma Johansson 070-912 33 41

Skickat från min iPhone
"""
    subject = "Linedance i Löttorp"
    frm = "Emma Johansson <emma.johansson@example.com>"
    m = new_message(
        frm, subject, t, mid, to=TO_PLAIN, headers=[("X-Mailer", "iPhone Mail (23D60)")]
    )
    set_body(m, text, cte="8bit")
    add(
        t,
        "linedance-lottorp",
        finish(m, ids, "apple"),
        label(
            "application",
            "sv",
            "01111",
            "Short iPhone mail, utf-8 8bit. ACTIVITY TRUE although brief: line dance in the bygdegård, eight "
            "Tuesday evenings from 1 September with an instructor, and why (people meet in winter when "
            "everything is closed). ANCHORING TRUE: a POLL IN THE VILLAGE FACEBOOK GROUP with a count (64 yes, "
            "3 no). ASSOCIATION MISSING: 'Vi är några i Löttorp' - unnamed. Contact: '/Emma Johansson' + "
            "phone from own address. Budget 8 x 700 + 8 x 250 = 5 600 + 2 000 = 7 600. 'killar som tjejer' -> "
            "true. Instructor fee is not salary. Borgholm is where the instructor comes from; ort Löttorp.",
            contact_name="Emma Johansson",
            contact_email="emma.johansson@example.com",
            contact_phone="070-912 33 41",
            ort="Löttorp",
            amount_sek=7600,
            women_and_men=True,
        ),
    )


def vickleby_tentative() -> None:
    """Activity true though written as 'Vi tänker oss ...'; 'Alla vi har pratat med ...' (false)."""
    t = when(3, 9, 18, 27, 5)
    mid = ids.msgid("outlook")
    text = """\
Hej!

Vi tänker oss tre söndagar i augusti (2, 9 och 16 augusti) med öppen ladugård på tre olika gårdar i Vickleby. Barnfamiljer får klappa kalvar och lamm, prova att mjölka en ko för hand och se hur man gör ost, och någon av bönderna berättar om hur det är att driva gård på Öland i dag. Vi tänker också att det kan bli en liten marknad på gårdsplanen med ägg, ost och grönsaker från byn. Tanken är att de som bor i Vickleby men inte har med jordbruk att göra ska lära känna bönderna, och att fler barn ska förstå var maten kommer ifrån.

Vi är Vickleby Lantlivsförening, en ideell förening med 21 medlemmar – bönder, pensionärer och några barnfamiljer i Vickleby.

Alla vi har pratat med tycker att det är en jättebra idé.

Kostnader:
Annonser och affischer 1 200 kr
Hyra av bajamajor, 3 tillfällen 2 700 kr
Material till ostkursen (mjölk, löpe) 800 kr
Fika 1 500 kr
Totalt 6 200 kr

Vänliga hälsningar
Johan Persson
Vickleby Lantlivsförening
0485-361 05
"""
    subject = "Ansökan idéslanten – öppen ladugård i Vickleby"
    frm = "Johan Persson <johan.persson@example.se>"
    m = new_message(frm, subject, t, mid, headers=[("X-Mailer", "Microsoft Outlook 16.0")])
    set_body(m, text, charset="windows-1252")
    add(
        t,
        "oppen-ladugard-vickleby",
        finish(m, ids, "outlook"),
        label(
            "application",
            "sv",
            "11101",
            "ACTIVITY TRUE although written tentatively ('Vi tänker oss ...'): three named Sundays in August on "
            "three farms, children pet calves and lambs, try milking by hand, cheese making, a farmer talks, "
            "and why (non-farming residents meet the farmers, children learn where food comes from). "
            "ANCHORING MISSING: 'Alla vi har pratat med tycker att det är en jättebra idé' - no count, no "
            "meeting, no partner (the farms belong to members). Association named, 21 members, who. Signer with "
            "phone from own address. Budget 1 200 + 2 700 + 800 + 1 500 = 6 200; toilets rented, milk and "
            "rennet consumables. Öland is the island; ort Vickleby. windows-1252 QP plain text.",
            association_name="Vickleby Lantlivsförening",
            contact_name="Johan Persson",
            contact_email="johan.persson@example.se",
            contact_phone="0485-361 05",
            members=21,
            ort="Vickleby",
            amount_sek=6200,
        ),
    )


def edsbruk_founding() -> None:
    """Anchoring false: only the founding meeting of the association itself; 9 members."""
    t = when(3, 11, 10, 14, 50)
    mid = ids.msgid("roundcube", "example.net")
    text = """\
Hej!

Föreningen Edsbruks Vänner bildades på ett möte i Edsbruks bygdegård den 20 november förra året. 14 personer var med på mötet, vi antog stadgar och valde en styrelse på fem personer. I dag har föreningen 9 betalande medlemmar.

Vad vi vill göra: fyra matlagningskvällar i bygdegårdens kök i april och maj, där vi lagar mat av vilt, fisk och svamp från trakten. En jägare och en fiskare från Edsbruk visar hur man tar hand om råvarorna, och sedan lagar vi och äter tillsammans. Kvällarna är öppna för alla, och vi bjuder särskilt in dem som har flyttat till Edsbruk de senaste åren, så att de lär känna bygden och varandra.

Budget
Råvaror 4 x 900 kr = 3 600 kr
Hyra av bygdegårdens kök 4 x 400 kr = 1 600 kr
Ersättning till kursledarna 4 x 500 kr = 2 000 kr
Annonsering 400 kr
Summa 7 600 kr

Med vänliga hälsningar
Maria Lundqvist, ordförande
Föreningen Edsbruks Vänner
0493-410 72
"""
    subject = "Ansökan om bygdepeng – matlagningskvällar i Edsbruk"
    frm = "Maria Lundqvist <maria.lundqvist@example.net>"
    m = new_message(
        frm, subject, t, mid, to=TO_PLAIN, headers=[("User-Agent", "Roundcube Webmail/1.6.9")]
    )
    set_body(m, text, cte="base64")
    add(
        t,
        "matkvallar-edsbruk",
        finish(m, ids, "roundcube"),
        label(
            "application",
            "sv",
            "11101",
            "ANCHORING MISSING: the only meeting mentioned is the FOUNDING MEETING OF THE ASSOCIATION ITSELF "
            "(14 people adopted statutes and elected a board) - that shows the association exists, not that the "
            "cooking evenings are backed in the village; the hunter and the fisher are paid course leaders, not "
            "partners. Activity concrete: four cooking evenings in April-May with game, fish and mushrooms, "
            "invitation to newcomers, why. Association named, founded in November, 9 paying members -> members "
            "9 (below the rule's 10; the 14 at the meeting are attendance). Signer with role and phone from own "
            "address. Budget 3 600 + 1 600 + 2 000 + 400 = 7 600; course leader fees are not salary. utf-8 "
            "base64 plain text.",
            association_name="Föreningen Edsbruks Vänner",
            contact_name="Maria Lundqvist",
            contact_email="maria.lundqvist@example.net",
            contact_phone="0493-410 72",
            members=9,
            ort="Edsbruk",
            amount_sek=7600,
        ),
    )


def soderakra_petition() -> None:
    """Anchoring by a petition with a count; complete; Outlook windows-1252."""
    org = orgnr("892401156")
    t = when(3, 13, 16, 48, 22)
    mid = ids.msgid("outlook")
    text = f"""\
Hej,

Söderåkra IF söker bygdepeng ur idéslanten för Sommarkvällar på IP.

Föreningen: Söderåkra IF (org.nr {org}) är en idrottsförening med 146 medlemmar och fotboll för barn och vuxna. Vi har idrottsplatsen mitt i Söderåkra.

Aktiviteten: Varannan torsdag från 11 juni till 20 augusti, sex kvällar, öppnar vi idrottsplatsen för alla i byn kl. 18–21. Det blir boule och kubb, enkla lekar för barnen, och vi tänder grillarna så att alla kan grilla det de tar med sig. Klubbstugan säljer kaffe. Målet är att bybor i alla åldrar, kvinnor och män, träffas på sommarkvällarna, också de som inte spelar fotboll, och att fler vill engagera sig i föreningen och byn.

Förankring: Under februari hade vi en namnlista i affären och på macken för alla som vill ha sommarkvällar på IP. 71 personer skrev under.

Budget:
Hyra av boule- och kubbspel 900 kr
Grillkol och tändvätska 6 x 150 kr = 900 kr
Annonser i lokaltidningen 1 200 kr
Affischer 300 kr
Fika till funktionärer 600 kr
Summa 3 900 kr

Med vänlig hälsning
Roger Petersson
Kassör, Söderåkra IF
0486-511 93
"""
    subject = "Ansökan regional bygdepeng – Sommarkvällar på IP i Söderåkra"
    frm = "Roger Petersson <roger.petersson@example.se>"
    m = new_message(frm, subject, t, mid, headers=outlook_headers(subject))
    set_alternative(m, text, outlook_html_from_text(text, "windows-1252"), charset="windows-1252")
    add(
        t,
        "sommarkvallar-ip-soderakra",
        finish(m, ids, "outlook"),
        label(
            "application",
            "sv",
            "11111",
            "Complete, labelled paragraphs. ANCHORING TRUE by a PETITION WITH A NUMBER: a list in the shop and "
            "at the petrol station, '71 personer skrev under' (signatories are not members). Activity: six "
            "Thursday evenings 11 June-20 August with boule, kubb, games, grilling, and why. Association: "
            "sports club, 146 members, org.nr. Signer with role and phone from own address. Budget 900 + 900 + "
            "1 200 + 300 + 600 = 3 900; games are rented, charcoal is a consumable. 'kvinnor och män' -> true. "
            "Outlook multipart/alternative, windows-1252 QP.",
            association_name="Söderåkra IF",
            org_number=org,
            contact_name="Roger Petersson",
            contact_email="roger.petersson@example.se",
            contact_phone="0486-511 93",
            members=146,
            ort="Söderåkra",
            amount_sek=3900,
            women_and_men=True,
        ),
    )


def gladhammar_followup_docx() -> None:
    """Followup from another board member: the concrete plan only in a .docx -> activity true."""
    app = APPS["gladhammar"]
    rt, rid, rtext, rsubj = receipt("gladhammar", 3, 3, ["activity"])
    t = when(3, 14, 9, 31, 6)
    mid = ids.msgid("outlook")
    new = """\
Hej!

Jag svarar för Tobias, som är bortrest. Vi har skrivit ihop vad vi konkret ska göra inom Levande Gladhammar, se bifogad projektplan.

Vänliga hälsningar
Helena Ström
vice ordförande, Gladhammars Intresseförening
073-850 26 14
"""
    block = sv_outlook_block(OFFICER, rt, app["frm"], rsubj)
    text = new + "\n" + SEP + "\n" + block + "\n" + rtext
    docx = make_docx(
        "Projektplan Levande Gladhammar 2026",
        [
            "Gladhammars Intresseförening",
            "Det här ska vi göra:",
            "1. Gladhammarsfika: första söndagen varje månad april–oktober öppnar vi bygdegården för fika, "
            "spel och samtal. Varje gång bjuder vi särskilt in dem som har flyttat hit det senaste året.",
            "2. Gruvvandring lördagen den 20 juni: en guide visar de gamla gruvorna i Gladhammar och berättar "
            "om gruvbyn och folket som arbetade där.",
            "3. Skördemarknad lördagen den 12 september vid bygdegården, där odlare och hantverkare i socknen "
            "säljer sina varor och nya företagare kan visa upp sig.",
            "Målet är att fler som bor i Gladhammar ska träffas, att nyinflyttade snabbare kommer in i bygden "
            "och att de lokala företagarna syns.",
            "Tidplan:",
        ],
        [
            ("5 april – 4 oktober", "Gladhammarsfika, första söndagen i månaden kl. 14–16"),
            ("20 juni", "Gruvvandring med guide, samling vid bygdegården kl. 10"),
            ("12 september", "Skördemarknad vid bygdegården kl. 10–15"),
        ],
        ("När", "Vad"),
        None,
        author="Helena Ström",
    )
    subject = "SV: " + app["subject"]
    frm = "Helena Ström <helena.strom@example.se>"
    m = new_message(
        frm,
        subject,
        t,
        mid,
        headers=threaded("gladhammar", rid) + outlook_headers(subject, attach=True),
    )
    mixed(
        m,
        [
            text_part(text),
            text_part(outlook_reply_html(new, block, rtext, "utf-8"), subtype="html"),
        ],
        [file_part(docx, DOCX, "Projektplan Levande Gladhammar.docx")],
    )
    add(
        t,
        "sv-gladhammar-projektplan",
        finish(m, ids, "outlook"),
        label(
            "followup",
            "sv",
            "01100",
            "Followup to {app:gladhammar} (activity missing), sent by ANOTHER BOARD MEMBER from her own "
            "address, Outlook reply over the receipt block. The new text only points to the attachment; the "
            "ACTIVITY IS IN THE ATTACHED .docx: monthly Sunday fika April-October with invitations to "
            "newcomers, a mine walk on 20 June, a harvest market on 12 September, and why, with a 'När / Vad' "
            "schedule table -> activity true. No amounts in the plan -> budget false. Signed Helena Ström with "
            "role and phone -> contact true; association only in the signature -> false. The guide is not a "
            "partner -> anchoring false.",
            contact_name="Helena Ström",
            contact_email="helena.strom@example.se",
            contact_phone="073-850 26 14",
            ort="Gladhammar",
        ),
    )


def totebo_joint_letter() -> None:
    """Anchoring by a joint letter from two other associations, pasted in; shared mailbox."""
    t = when(3, 16, 19, 55, 33)
    mid = ids.msgid("gmail")
    text = """\
Hej!

Totebo Byalag ansöker om 9 800 kr ur regional bygdepeng – idéslanten till Totebodagen lördagen den 15 augusti.

Totebo Byalag är en ideell förening med 47 medlemmar i Totebo med omnejd. Vi har bland annat ordnat städdagar och valborgsfirande.

Totebodagen: på förmiddagen loppis och hantverksmarknad vid gamla stationen, där alla i byn får ställa upp ett bord gratis. Mitt på dagen visar hembygdsföreningen en utställning om järnvägen i Totebo, och på eftermiddagen spelar Totebo IF:s A-lag en uppvisningsmatch mot ett lag av bybor. Dagen avslutas med gemensam grillning. Vi vill visa upp Totebo för alla som bor här och för dem som funderar på att flytta hit, och ge de nya i byn en chans att lära känna folk.

Vi har fått ett gemensamt brev från två andra föreningar i byn, som vi klistrar in här:

"Till Region Kalmar län. Totebo Hembygdsförening och Totebo IF står bakom Totebodagen 2026. Hembygdsföreningen ordnar utställningen och håller öppet i stationshuset, och Totebo IF ordnar matchen och tar hand om grillningen. Vi har båda beslutat detta på våra årsmöten i februari. Gunilla Åkesson, ordförande Totebo Hembygdsförening, och Niklas Berg, ordförande Totebo IF"

Budget:
Hyra av tält 2 500 kr
Ljudanläggning, hyra 1 200 kr
Annonser och affischer 1 600 kr
Grillkol, korv och bröd 3 000 kr
Arvode till trubadur 1 500 kr
Summa 9 800 kr

Hälsningar
Styrelsen i Totebo Byalag
"""
    subject = "Ansökan idéslanten: Totebodagen 15 augusti"
    frm = "Totebo Byalag <info.totebo@example.se>"
    m = new_message(frm, subject, t, mid, to=TO_PLAIN)
    set_alternative(m, text, gmail_html(text))
    add(
        t,
        "totebodagen-totebo",
        finish(m, ids, "gmail"),
        label(
            "application",
            "sv",
            "10111",
            "ANCHORING TRUE by a JOINT LETTER FROM TWO OTHER LOCAL ASSOCIATIONS, pasted into the mail: Totebo "
            "Hembygdsförening and Totebo IF back the day, each takes a part, decided at their annual meetings. "
            "CONTACT MISSING: sent from the shared info@ mailbox and signed 'Styrelsen i Totebo Byalag'; Gunilla "
            "Åkesson and Niklas Berg sign the partners' letter - they are not the applicant's contact persons "
            "and no phone or e-mail is given for them. Activity concrete (15 August: flea market at the old "
            "station, exhibition, match, grilling, why). Association named, 47 members. Budget 2 500 + 1 200 + "
            "1 600 + 3 000 + 1 500 = 9 800 (= the amount applied for). Tent and sound rented; the troubadour is "
            "a performer fee. Gmail multipart/alternative, utf-8 QP.",
            association_name="Totebo Byalag",
            members=47,
            ort="Totebo",
            amount_sek=9800,
        ),
    )


def vissefjarda_running_costs() -> None:
    """Activity false: operating costs of a house; shared mailbox signed 'Kassören'. iso-8859-1 base64."""
    t = when(3, 18, 11, 7, 19)
    mid = ids.msgid("other", "example.org")
    text = """\
Hej!

Föreningen Vissefjärda Ordenshus äger och sköter det gamla ordenshuset i Vissefjärda, som hyrs ut till möten, kalas och dans. Vi har 34 medlemmar.

Vi ansöker om bidrag ur idéslanten till husets drift under 2026. Kostnaderna har ökat mycket de senaste åren och medlemsavgifterna räcker inte till.

El och uppvärmning 6 500 kr
Försäkring 3 200 kr
Sotning och brandskyddskontroll 1 100 kr
Summa 10 800 kr

Med vänlig hälsning
Kassören
"""
    subject = "Ansökan om bidrag"
    frm = "Vissefjärda Ordenshus <ordenshuset.vissefjarda@example.org>"
    m = new_message(frm, subject, t, mid, to=TO_PLAIN, subject_charset="iso-8859-1-b")
    set_body(m, text, charset="iso-8859-1", cte="base64")
    add(
        t,
        "ordenshuset-vissefjarda",
        finish(m, ids, "other"),
        label(
            "application",
            "sv",
            "10001",
            "ACTIVITY MISSING: the money is for RUNNING COSTS of the house ('bidrag ... till husets drift': "
            "electricity, insurance, chimney sweeping) - no activity at all. ANCHORING MISSING: that the house "
            "is rented out for meetings and parties describes its use, not local backing of an activity. "
            "CONTACT MISSING: shared mailbox, signed 'Kassören'. Association named, owns the house, 34 members. "
            "Budget: three items with amounts, 6 500 + 3 200 + 1 100 = 10 800 -> budget true (it is an overview "
            "budget even though what it pays for is not an activity). Running costs and sweeping are neither "
            "salary nor physical investment. iso-8859-1 base64 body, base64 encoded-word subject.",
            association_name="Föreningen Vissefjärda Ordenshus",
            members=34,
            ort="Vissefjärda",
            amount_sek=10800,
        ),
    )


def flerohopp_need() -> None:
    """Anchoring false: a described need; budget 'skickar vi när vi fått offerterna'."""
    t = when(3, 20, 20, 40, 2)
    mid = ids.msgid("roundcube", "example.se")
    text = """\
Hej!

Flerohopps Byalag har 38 medlemmar och arbetar för att det ska vara bra att bo i Flerohopp.

Vi vill ha öppet hus i gamla skolan varje söndag kl. 14–17 från 5 april till 31 maj: fika, sällskapsspel, bokbyte och hjälp med Swish, BankID och e-tjänster på den egna mobilen av någon som kan. Det ska bli en plats där man träffas i byn och där äldre kan få hjälp med det digitala.

Behovet är stort. Sedan affären och skolan lades ner finns det ingen samlingsplats i Flerohopp, och många äldre sitter ensamma och klarar inte längre sina bankärenden själva.

En budget skickar vi när vi har fått in offerterna.

Hälsningar
Kjell Andersson
ordförande Flerohopps Byalag
0481-640 18
"""
    subject = "Idéslanten – öppet hus i gamla skolan i Flerohopp"
    frm = "Kjell Andersson <kjell.andersson@example.se>"
    m = new_message(
        frm, subject, t, mid, to=TO_PLAIN, headers=[("User-Agent", "Roundcube Webmail/1.6.9")]
    )
    set_body(m, text)
    add(
        t,
        "oppet-hus-flerohopp",
        finish(m, ids, "roundcube"),
        label(
            "application",
            "sv",
            "11100",
            "ANCHORING MISSING: 'Behovet är stort. Sedan affären och skolan lades ner finns det ingen "
            "samlingsplats ... många äldre sitter ensamma' is a DESCRIBED NEED, not anchoring. BUDGET MISSING: "
            "'En budget skickar vi när vi har fått in offerterna' - no amounts at all -> amount null. Activity "
            "concrete: open house every Sunday 14-17 from 5 April to 31 May with fika, games, book swap and help "
            "with Swish/BankID on people's own phones, and why. Association named, 38 members. Signer with role "
            "and phone from own address. utf-8 QP.",
            association_name="Flerohopps Byalag",
            contact_name="Kjell Andersson",
            contact_email="kjell.andersson@example.se",
            contact_phone="0481-640 18",
            members=38,
            ort="Flerohopp",
        ),
    )


def orsjo_caps() -> None:
    """Elderly writer in capitals, no punctuation to speak of; complete; iso-8859-1 QP."""
    t = when(3, 23, 9, 5, 48)
    mid = ids.msgid("other", "example.net")
    text = """\
HEJ

JAG SKRIVER FÖR ÖRSJÖ SPELMANSGILLE VI ÄR 18 MEDLEMMAR OCH HAR SPELAT IHOP SEDAN 1978 MEST GAMMELDANS

VI VILL HA TRE DANSAFTNAR I ÖRSJÖ FÖRSAMLINGSHEM LÖRDAGARNA 12 SEPTEMBER 10 OKTOBER OCH 7 NOVEMBER MED LEVANDE MUSIK AV OSS SJÄLVA. DET ÄR FÖR ALLA I BYN GAMLA SOM UNGA KARLAR OCH KVINNOR OCH VI HAR EN DANSLÄRARE SOM LÄR UT GRUNDSTEGEN FÖRSTA TIMMEN SÅ ATT ÄVEN UNGDOMAR OCH NYA I ÖRSJÖ KAN VARA MED. DET HAR INTE VARIT DANS I BYN PÅ MÅNGA ÅR OCH FOLK SAKNAR DET

VI GÖR DET IHOP MED ÖRSJÖ PRO SOM SKÖTER KAFFET OCH ÖRSJÖ FÖRSAMLING SOM LÅNAR UT FÖRSAMLINGSHEMMET

DET KOSTAR DANSLÄRAREN 1500 KR GÅNGEN ALLTSÅ 4500 KR OCH ANNONSER I TIDNINGEN 1200 KR OCH KAFFEBRÖD 900 KR TILLSAMMANS 6600 KR

STIG OLSSON
TEL 0481-203 59
"""
    subject = "ANSÖKAN BYGDEPENG ÖRSJÖ"
    frm = "Stig Olsson <stig.olsson41@example.net>"
    m = new_message(frm, subject, t, mid, to=TO_PLAIN, subject_charset="iso-8859-1")
    set_body(m, text, charset="iso-8859-1")
    add(
        t,
        "dansafton-orsjo",
        finish(m, ids, "other"),
        label(
            "application",
            "sv",
            "11111",
            "Elderly writer, ALL CAPITALS, hardly any punctuation; iso-8859-1 QP body and encoded-word subject. "
            "Complete: association named with 18 members and since 1978; activity three dance evenings on named "
            "Saturdays in the parish hall with a teacher for beginners, and why (no dancing in the village for "
            "years, young people and newcomers can join); ANCHORING: done together with the local PRO (coffee) "
            "and the PARISH (lends the hall) - cooperation with the church and another local group; budget in "
            "prose with several amounts 4 500 + 1 200 + 900 = 6 600. Contact: signer with phone from his own "
            "address. 'KARLAR OCH KVINNOR' -> true. The dance teacher is a fee, not salary.",
            association_name="ÖRSJÖ SPELMANSGILLE",
            contact_name="Stig Olsson",
            contact_email="stig.olsson41@example.net",
            contact_phone="0481-203 59",
            members=18,
            ort="Örsjö",
            amount_sek=6600,
            women_and_men=True,
        ),
    )


def paskallavik_followup_english() -> None:
    """English followup: concrete picnics + an open meeting with a vote -> activity and anchoring."""
    app = APPS["paskallavik"]
    rt, rid, rtext, rsubj = receipt("paskallavik", 2, 28, ["activity", "anchoring"])
    t = when(3, 24, 21, 12, 40)
    mid = ids.msgid("outlook")
    new = """\
Hi,

Thank you, and sorry it took a while - we wanted to ask the village first.

The plan: three "Fika Picnics" in the park by the harbour in Påskallavik, on Saturday 13 June, 11 July and 8 August, 2-6 pm. Every picnic has a language table where newcomers and locals practise Swedish and English together, games for the children, and food from our members' home countries. The idea is that people who have moved here get to know their neighbours, and that more of them stay and get involved in village life.

Anchoring: we presented the idea at an open meeting at the hembygdsgård on 21 March. 31 people came, and everyone voted for the picnics. Påskallaviks Hembygdsförening will lend us tables and benches, and eight people from the village have signed up to help at the language tables.

Best regards,
Martin de Vries
+46 72 310 55 48
"""
    block = en_outlook_block(OFFICER, rt, app["frm"], rsubj)
    text = new + "\n" + SEP + "\n" + block + "\n" + rtext
    subject = "RE: " + rsubj
    m = new_message(
        app["frm"],
        subject,
        t,
        mid,
        headers=threaded("paskallavik", rid) + outlook_headers(subject, lang="en-GB"),
    )
    set_alternative(m, text, outlook_reply_html(new, block, rtext, "utf-8"))
    add(
        t,
        "re-sv-paskallavik-picnics",
        finish(m, ids, "outlook"),
        label(
            "followup",
            "en",
            "01110",
            "English followup to {app:paskallavik} (activity and anchoring missing), Outlook 'RE: SV:' "
            "top-post over an English 'From:/Sent:/To:/Subject:' block with the Swedish receipt. NEW TEXT "
            "SUPPLIES BOTH: activity - three picnics on named Saturdays with language tables, games and food, "
            "and why; anchoring - an open meeting on 21 March with 31 people who all voted for it, the "
            "hembygdsförening lends furniture, eight villagers signed up to help. Signed with full name and "
            "phone from his own address -> contact true. No association details in the new text -> false.",
            contact_name="Martin de Vries",
            contact_email="martin.devries@example.com",
            contact_phone="+46 72 310 55 48",
            ort="Påskallavik",
        ),
    )


def langemala_parents() -> None:
    """Unnamed parents' group; the byalag lends the hall and 15 families signed up."""
    t = when(3, 25, 22, 1, 13)
    mid = ids.msgid("gmail")
    text = """\
Hej!

Vi är ett gäng föräldrar i Långemåla med barn på förskolan och i lågstadiet, och vi vill ordna Påskkul för alla barn i byn på annandag påsk, måndagen den 6 april: äggjakt i skogsbacken bakom bystugan, brännboll, påskpyssel inne i bystugan och en gemensam påsklunch med soppa för barn och vuxna. Det finns nästan inget för barnfamiljer här ute, och vi vill att familjerna lär känna varandra så att fler vill bo kvar.

Långemåla Byalag lånar ut bystugan gratis, och 15 familjer har redan anmält sig.

Ägg, godis och pyssel 1 400 kr
Soppa och bröd 1 200 kr
Priser till brännbollen 400 kr
Summa 3 000 kr

Mvh
Sanna Håkansson
070-377 52 19
"""
    subject = "Påskkul i Långemåla"
    frm = "Sanna Håkansson <sanna.hakansson@example.com>"
    m = new_message(frm, subject, t, mid, to=TO_PLAIN)
    set_body(m, text, cte="8bit")
    add(
        t,
        "paskkul-langemala",
        finish(m, ids, "gmail"),
        label(
            "application",
            "sv",
            "01111",
            "ASSOCIATION MISSING: 'Vi är ett gäng föräldrar i Långemåla' - an unnamed group; Långemåla Byalag "
            "is a partner that lends the hall, not the applicant. Activity concrete: Easter Monday 6 April, egg "
            "hunt, rounders, crafts, soup lunch, and why. ANCHORING TRUE: cooperation with the byalag (free "
            "hall) and 15 families signed up. Contact: full name + phone from own address. Budget 1 400 + 1 200 "
            "+ 400 = 3 000. 'barn och vuxna' says nothing about gender -> null. utf-8 8bit.",
            contact_name="Sanna Håkansson",
            contact_email="sanna.hakansson@example.com",
            contact_phone="070-377 52 19",
            ort="Långemåla",
            amount_sek=3000,
        ),
    )


def tuna_markdown() -> None:
    """Complete, Markdown-style headings; a survey with counts and two partner associations."""
    org = orgnr("802517264")
    t = when(3, 27, 14, 20, 37)
    mid = ids.msgid("thunderbird", "example.se")
    text = f"""\
**Ansökan om regional bygdepeng – idéslanten**

**Sökande**
Tuna Bygdegårdsförening, org.nr {org}
Vi äger och driver Tuna bygdegård sedan 1952 och har 103 medlemmar i Tuna socken.

**Aktivitet**
"Lördagsfrukost i Tuna": fyra lördagsmorgnar i bygdegården (5 september, 3 oktober, 7 november och 5 december) med frukostbuffé och en kort föreläsning om något som rör bygden – skogsbruk, kvarnar och sågar i socknen, Tuna förr och nu, och att starta företag på landet. Frukosten är gratis för alla som bor i socknen. Målet är att folk ska träffas över åldersgränserna och att de som har flyttat hit ska lära känna bygden.

**Förankring**
- Tuna Byalag och Tuna Skytteförening är med och arrangerar och står för fikabröd och servering
- Idén kommer från en enkät som vi delade ut till alla hushåll i socknen i höstas – 52 svarade och 44 ville ha fler träffar i bygdegården

**Budget**
- Frukostråvaror 4 × 1 500 kr = 6 000 kr
- Föreläsararvoden 4 × 1 000 kr = 4 000 kr
- Annonser 800 kr
- **Summa 10 800 kr**

**Kontakt**
Eva Carlsson, sekreterare
eva.carlsson@example.se, 0492-300 84
"""
    subject = "Ansökan bygdepeng – Lördagsfrukost i Tuna"
    frm = "Eva Carlsson <eva.carlsson@example.se>"
    m = new_message(
        frm,
        subject,
        t,
        mid,
        headers=[("User-Agent", "Mozilla Thunderbird"), ("Content-Language", "sv")],
    )
    set_body(m, text, cte="8bit")
    add(
        t,
        "lordagsfrukost-tuna",
        finish(m, ids, "thunderbird"),
        label(
            "application",
            "sv",
            "11111",
            "Complete, with Markdown-style **bold** headings and '-' lists, utf-8 8bit. Activity: four named "
            "Saturday breakfasts with short talks, and why. Anchoring: two local associations co-arrange, and "
            "a survey of all households (52 answered, 44 wanted more meetings) - respondents are not members. "
            "Association named, org.nr, since 1952, 103 members. Contact block with name, e-mail and phone. "
            "Budget with '×': 6 000 + 4 000 + 800 = 10 800. Lecturer fees are not salary.",
            association_name="Tuna Bygdegårdsförening",
            org_number=org,
            contact_name="Eva Carlsson",
            contact_email="eva.carlsson@example.se",
            contact_phone="0492-300 84",
            members=103,
            ort="Tuna",
            amount_sek=10800,
        ),
    )


def misterhult_no_attachment() -> None:
    """'Se bifogad budget' with nothing attached; activity and anchoring fine."""
    t = when(3, 30, 8, 44, 10)
    mid = ids.msgid("outlook")
    text = """\
Hej!

Misterhults Hembygdsförening söker bygdepeng för Hantverksdagar på hembygdsgården.

Föreningen har 130 medlemmar och sköter hembygdsgården i Misterhult med byggnader från 1700- och 1800-talet.

Två lördagar i juli, den 11 och den 25, visar hantverkare från socknen hur man smider, slöjdar, spinner ull och bakar tunnbröd, och besökarna får pröva själva. Barnen får göra egna smycken av tenntråd. Dagarna är gratis och ska få både bofasta och sommargäster att upptäcka hembygdsgården och hantverkstraditionerna i socknen, och förhoppningsvis locka några nya medlemmar.

På byamötet i Misterhult den 12 mars var 19 personer och alla ställde sig bakom hantverksdagarna. Sex hantverkare från socknen har lovat att vara med.

Se bifogad budget.

Med vänlig hälsning
Bengt Sjögren
Ordförande Misterhults Hembygdsförening
0491-920 44
"""
    subject = "Ansökan idéslanten – Hantverksdagar i Misterhult"
    frm = "Bengt Sjögren <bengt.sjogren@example.se>"
    m = new_message(frm, subject, t, mid, headers=outlook_headers(subject))
    set_alternative(m, text, outlook_html_from_text(text, "utf-8"))
    add(
        t,
        "hantverksdagar-misterhult",
        finish(m, ids, "outlook"),
        label(
            "application",
            "sv",
            "11110",
            "BUDGET MISSING: 'Se bifogad budget' but NOTHING IS ATTACHED, and no amount anywhere -> amount null. "
            "Activity: two Saturdays in July with smithing, woodcraft, spinning, flatbread baking, children's "
            "jewellery, and why. Anchoring: village meeting 12 March with 19 people all behind it + six local "
            "craftsmen volunteer. Association named, 130 members, what it does. Signer with role and phone "
            "from own address. Outlook multipart/alternative, utf-8 QP.",
            association_name="Misterhults Hembygdsförening",
            contact_name="Bengt Sjögren",
            contact_email="bengt.sjogren@example.se",
            contact_phone="0491-920 44",
            members=130,
            ort="Misterhult",
        ),
    )


def pataholm_grill() -> None:
    """HTML-only Outlook with a budget table that buys a gas grill (physical investment)."""
    t = when(4, 1, 13, 37, 58)
    mid = ids.msgid("outlook")
    budget = [
        ("Ny gasolgrill till föreningen", "6 500 kr"),
        ("Gasol, 5 fredagar", "1 000 kr"),
        ("Råvaror, första inköpet", "2 500 kr"),
        ("Arvode allsångsledare", "1 000 kr"),
        ("Affischer och annonser", "400 kr"),
    ]
    body = (
        mso_p("Hej,")
        + mso_p("")
        + mso_p("Pataholms Byalag söker 11 400 kr ur idéslanten.")
        + mso_p("")
        + mso_p(
            "Om föreningen: Pataholms Byalag är en ideell förening med 58 medlemmar (av ca 70 hushåll i byn). "
            "Vi sköter badplatsen, gästbryggan och julgranen vid hamnen."
        )
        + mso_p("")
        + mso_p(
            "Aktivitet: Fredagsgrill i hamnen varje fredag i juli, fem kvällar. Byalaget grillar och säljer "
            "hamburgare till självkostnadspris, och vi har allsång vid bryggan. Alla är välkomna, bofasta som "
            "sommargäster, kvinnor som män. Vi vill att Pataholm ska kännas levande på sommaren och att "
            "sommargästerna ska lära känna dem som bor här året runt."
        )
        + mso_p("")
        + mso_p(
            "Förankring: På byamötet den 14 mars kom 22 personer, som enhälligt beslöt att byalaget ska ordna "
            "fredagsgrillen. Pataholms Båtklubb hjälper till med bryggan och parkeringen."
        )
        + mso_p("")
        + mso_p("Budget", bold=True)
        + mso_table(budget, ("Kostnad", "Belopp"), ("Summa", "11 400 kr"))
        + mso_p("")
        + mso_p("Med vänliga hälsningar")
        + mso_p("Ulrika Björk")
        + mso_p("Kassör, Pataholms Byalag")
        + mso_p("0499-301 27")
    )
    html_text = OUTLOOK_HEAD.format(charset="windows-1252") + body + OUTLOOK_TAIL
    subject = "Ansökan – Fredagsgrill i Pataholms hamn"
    frm = "Ulrika Björk <ulrika.bjork@example.se>"
    m = new_message(frm, subject, t, mid, headers=outlook_headers(subject))
    set_body(m, html_text, subtype="html", charset="windows-1252")
    add(
        t,
        "fredagsgrill-pataholm",
        finish(m, ids, "outlook"),
        label(
            "application",
            "sv",
            "11111",
            "HTML-ONLY Outlook (windows-1252 QP) with a budget <table>. Complete: association named, 58 members "
            "('av ca 70 hushåll i byn' is a distractor -> 58); activity five Friday evenings in July with "
            "grilling and sing-along, and why; anchoring: village meeting 14 March, 22 people, unanimous + the "
            "boat club helps; contact: signer with role and phone from own address; budget 6 500 + 1 000 + "
            "2 500 + 1 000 + 400 = 11 400. The first budget line buys a NEW GAS GRILL FOR THE ASSOCIATION -> "
            "physical_investment true (complete but breaks a rule). 'kvinnor som män' -> true. The sing-along "
            "leader is a fee.",
            association_name="Pataholms Byalag",
            contact_name="Ulrika Björk",
            contact_email="ulrika.bjork@example.se",
            contact_phone="0499-301 27",
            members=58,
            ort="Pataholm",
            amount_sek=11400,
            women_and_men=True,
            physical_investment=True,
        ),
    )


def fliseryd_private() -> None:
    """A private person applies; partners and four volunteers; Apple Mail QP."""
    t = when(4, 3, 19, 18, 26)
    mid = ids.msgid("apple", "example.net")
    text = """\
Hej!

Jag heter Inger Wallin, är pensionerad förskollärare och bor i Fliseryd. Jag vill starta sagostunder för småbarn och deras föräldrar och mor- och farföräldrar, varannan lördagsförmiddag i Fliseryds bygdegård från 18 april till 13 juni. Jag läser och berättar, vi sjunger och pysslar, och efteråt fikar vi. Tanken är att småbarnsfamiljer som är nya i Fliseryd ska träffa andra, och att de äldre i byn får träffa barnen.

Fliseryds PRO ordnar fikat, och Fliseryds IK har lovat att sprida inbjudan till alla familjer i knatte- och ungdomslagen. Fyra mormödrar i byn har också lovat att läsa sagor.

Pengarna:
Hyra av bygdegården 5 x 360 kr = 1 800 kr
Pysselmaterial 700 kr
Fika 900 kr
Summa 3 400 kr

Vänliga hälsningar
Inger Wallin
070-611 84 02
"""
    subject = "Sagostunder i Fliseryd – ansökan"
    frm = "Inger Wallin <inger.wallin@example.net>"
    m = new_message(
        frm, subject, t, mid, to=TO_PLAIN, headers=[("X-Mailer", "Apple Mail (2.3826.400.131.1.6)")]
    )
    set_body(m, text)
    add(
        t,
        "sagostunder-fliseryd",
        finish(m, ids, "apple"),
        label(
            "application",
            "sv",
            "01111",
            "ASSOCIATION MISSING: a PRIVATE PERSON applies ('Jag heter Inger Wallin, är pensionerad "
            "förskollärare'); PRO and the sports club are partners, not the applicant. Activity: story hours "
            "every other Saturday 18 April-13 June in the bygdegård, reading, singing, crafts, fika, and why. "
            "ANCHORING TRUE: the local PRO does the fika, the sports club spreads the invitation, four "
            "grandmothers volunteer. Contact: named, phone, own address. Budget 1 800 + 700 + 900 = 3 400 "
            "(hall rented). utf-8 QP.",
            contact_name="Inger Wallin",
            contact_email="inger.wallin@example.net",
            contact_phone="070-611 84 02",
            ort="Fliseryd",
            amount_sek=3400,
        ),
    )


def boda_lowercase() -> None:
    """Elderly, all lower case, no punctuation; unnamed pensioners; first name only."""
    t = when(4, 6, 10, 52, 3)
    mid = ids.msgid("other", "example.se")
    text = """\
hej
vi är några pensionärer här i böda som vill ordna slåtter på den gamla ängen vid kyrkan i juli som man gjorde förr alla som vill får vara med och lära sig att slå med lie och räfsa och sen dricker vi kaffe och så spelar vi musik så att de unga och de som flyttat hit får se hur det gick till och så blir ängen fin igen
på mötet i bygdegården i februari var vi 30 st och alla var med på det och böda församling äger ängen och har sagt ja
det kostar att hyra liar och räfsor 1200 kr och kaffe och bullar 800 kr och spelmannen 1000 kr
hälsningar gunnel
"""
    subject = "bidrag"
    frm = "Gunnel Ek <gunnel.ek@example.se>"
    m = new_message(frm, subject, t, mid, to=TO_PLAIN)
    set_body(m, text, cte="8bit")
    add(
        t,
        "slatter-boda",
        finish(m, ids, "other"),
        label(
            "application",
            "sv",
            "00111",
            "Elderly writer, all lower case, no punctuation, utf-8 8bit, subject 'bidrag'. ASSOCIATION MISSING: "
            "'vi är några pensionärer här i böda'. CONTACT MISSING: signed 'gunnel'; the surname is only in the "
            "From header, no phone. ACTIVITY TRUE: scything the old meadow by the church in July, everyone may "
            "learn to use scythe and rake, coffee and music, and why (the young and newcomers see how it was "
            "done, the meadow is restored). ANCHORING TRUE: a meeting in the bygdegård in February, 30 people "
            "all in favour, and the parish that owns the meadow has said yes (cooperation with the church). "
            "Budget in prose with three amounts 1 200 + 800 + 1 000 = 3 000. Scythes and rakes are RENTED -> "
            "not an investment; the fiddler is a fee. ort written 'böda' (Böda).",
            ort="Böda",
            amount_sek=3000,
        ),
    )


def lindas_salary() -> None:
    """Complete; wages to a part-time project leader in the budget; windows-1252 QP."""
    org = orgnr("802466031")
    t = when(4, 8, 21, 29, 44)
    mid = ids.msgid("outlook")
    text = f"""\
Hej!

Lindås Byaråd, org.nr {org}, söker 14 500 kr för Lindås bymarknad 2026.

Byarådet är en ideell förening för Lindås och byarna runt omkring, med 77 medlemmar. Vi samlar byns föreningar och företag kring frågor som rör hela bygden.

Bymarknaden blir lördagen den 29 augusti på skolgården i Lindås. Lokala odlare, hantverkare och föreningar får ställa ut gratis, det blir ponnyridning och tipspromenad för barnen och ett öppet scenprogram med musik från trakten. Syftet är att visa upp allt som finns i Lindås och få fler att handla lokalt.

Förankring: Marknaden planeras av en arbetsgrupp med folk från Lindås IF, Lindås hembygdsförening och företagarna i Lindås, och 18 föreningar och företag har redan anmält att de vill ställa ut.

Budget
Lön till projektledare (deltid maj–augusti) 8 000 kr
Hyra av tält och scen 3 500 kr
Annonser och affischer 1 800 kr
Ponnyridning, arvode 1 200 kr
Summa 14 500 kr

Med vänlig hälsning
Magnus Hedlund
ordförande, Lindås Byaråd
0471-506 62
"""
    subject = "Ansökan idéslanten – Lindås bymarknad"
    frm = "Magnus Hedlund <magnus.hedlund@example.se>"
    m = new_message(frm, subject, t, mid, headers=[("X-Mailer", "Microsoft Outlook 16.0")])
    set_body(m, text, charset="windows-1252")
    add(
        t,
        "bymarknad-lindas",
        finish(m, ids, "outlook"),
        label(
            "application",
            "sv",
            "11111",
            "Complete but breaks a rule: the budget's first line is 'Lön till projektledare (deltid "
            "maj–augusti) 8 000 kr' -> salary_costs true. Activity: market on 29 August with free stalls, pony "
            "rides, quiz walk, open stage, and why. Anchoring: a working group with three other local "
            "organisations + 18 exhibitors signed up. Association named, org.nr, 77 members. Signer with role "
            "and phone from own address. Budget 8 000 + 3 500 + 1 800 + 1 200 = 14 500 (just under the cap). "
            "Tent and stage rented; the pony rides are a service fee, not a wage. windows-1252 QP.",
            association_name="Lindås Byaråd",
            org_number=org,
            contact_name="Magnus Hedlund",
            contact_email="magnus.hedlund@example.se",
            contact_phone="0471-506 62",
            members=77,
            ort="Lindås",
            amount_sek=14500,
            salary_costs=True,
        ),
    )


def backebo_women() -> None:
    """Complete; a course for the district's women only; iso-8859-1 QP."""
    t = when(4, 10, 17, 3, 30)
    mid = ids.msgid("thunderbird", "example.se")
    text = """\
Hej!

Föreningen Skogskvinnor i Bäckebo bildades 2022 och har 27 medlemmar, alla kvinnor som äger eller brukar skog i Bäckebo socken.

Vi vill ordna en skogskurs för traktens kvinnor: tre lördagar i september där en skogsinstruktör lär ut röjning, säker motorsågshantering och hur man planerar skötseln av sin egen skog. Kursen avslutas med motorsågskörkort. Många kvinnor här har ärvt skog men aldrig fått lära sig att sköta den, och vi vill att skogen ska skötas av dem som bor här i stället för att säljas.

Förankring: Bäckebo Viltvårdsområde låter oss använda sin mark och sin jaktstuga för övningarna, och Bäckebo Hembygdsförening lånar ut sitt kök till lunchen. 16 kvinnor från socknen har redan anmält sig.

Kostnader
Instruktörsarvode 3 dagar 6 000 kr
Hyra av motorsågar och skyddsutrustning 2 400 kr
Lunch och fika 1 500 kr
Summa 9 900 kr

Vänliga hälsningar
Helén Rydberg
ordförande, Skogskvinnor i Bäckebo
0481-231 66
"""
    subject = "Ansökan bygdepeng: skogskurs för kvinnor i Bäckebo"
    frm = "Helén Rydberg <helen.rydberg@example.se>"
    m = new_message(
        frm,
        subject,
        t,
        mid,
        subject_charset="iso-8859-1",
        headers=[("User-Agent", "Mozilla Thunderbird"), ("Content-Language", "sv-SE")],
    )
    set_body(m, text, charset="iso-8859-1")
    add(
        t,
        "skogskurs-backebo",
        finish(m, ids, "thunderbird"),
        label(
            "application",
            "sv",
            "11111",
            "Complete but one-gender: 'en skogskurs för traktens kvinnor' -> women_and_men false. Activity: "
            "three Saturdays in September, clearing, safe chainsaw use, forest planning, chainsaw licence, and "
            "why. Anchoring: the local game management area lends land and its hunting lodge, the "
            "hembygdsförening lends its kitchen, 16 women have signed up. Association named, 2022, 27 members. "
            "Signer with role and phone from own address. Budget 6 000 + 2 400 + 1 500 = 9 900; chainsaws and "
            "protective gear are RENTED -> no investment; the instructor is a fee. iso-8859-1 QP.",
            association_name="Skogskvinnor i Bäckebo",
            contact_name="Helén Rydberg",
            contact_email="helen.rydberg@example.se",
            contact_phone="0481-231 66",
            members=27,
            ort="Bäckebo",
            amount_sek=9900,
            women_and_men=False,
        ),
    )


def berga_xlsx() -> None:
    """Budget only in an .xlsx; the sender's name only in From; no signature."""
    t = when(4, 13, 12, 46, 18)
    mid = ids.msgid("gmail")
    text = """\
Hej!

Berga Bygdegårdsförening (ideell förening, 64 medlemmar) driver bygdegården i Berga i Högsby kommun.

Vi vill visa bio i bygdegården sista fredagen varje månad september–december, fyra kvällar. Vi hyr en projektor och en duk och visar en familjefilm klockan 18 och en film för vuxna klockan 20, med popcorn och kaffe i pausen. Närmaste biograf ligger flera mil bort, och med biokvällarna får alla i Berga en anledning att träffas på fredagarna.

Förankring: Berga IF och Berga Hembygdsförening hjälper till med kiosken och med att sprida affischerna, och ett tiotal ungdomar i byn har lovat att sköta biljetterna och popcornen.

Budget: se bifogad Excel.

Berga Bygdegårdsförening
"""
    xlsx = make_xlsx(
        "Budget",
        [
            ["Kostnad", "Belopp (kr)"],
            ["Hyra av projektor och duk, 4 kvällar", 3200],
            ["Filmlicenser, 8 filmer", 4000],
            ["Popcorn, kaffe och saft", 1000],
            ["Affischer", 400],
            ["Summa", 8600],
        ],
    )
    subject = "Ansökan – Bio i Berga"
    frm = "Thomas Lind <thomas.lind@example.net>"
    m = new_message(frm, subject, t, mid, to=TO_PLAIN)
    mixed(
        m,
        [text_part(text), text_part(gmail_html(text), subtype="html")],
        [file_part(xlsx, XLSX, "Budget bio i Berga.xlsx")],
    )
    add(
        t,
        "bio-berga",
        finish(m, ids, "gmail"),
        label(
            "application",
            "sv",
            "10111",
            "CONTACT MISSING: no signature except the association's name; Thomas Lind appears ONLY IN THE FROM "
            "HEADER and the body names no person. Budget ONLY IN THE ATTACHED .xlsx: 3 200 + 4 000 + 1 000 + "
            "400 = 8 600 -> budget true, amount 8600. Activity: cinema on the last Friday of the month "
            "September-December, family film and adult film, and why. Anchoring: the sports club and the "
            "hembygdsförening help, about ten young people volunteer. Association named, 64 members, runs the "
            "bygdegård. Projector is rented; film licences are not equipment. Högsby is the municipality; ort "
            "Berga. Gmail multipart/mixed.",
            association_name="Berga Bygdegårdsförening",
            members=64,
            ort="Berga",
            amount_sek=8600,
        ),
    )


def fagelfors_over_cap() -> None:
    """Complete; a week-long programme per weekday; 18 000 kr, above the cap; windows-1252 8bit."""
    org = orgnr("802489925")
    t = when(4, 15, 20, 11, 52)
    mid = ids.msgid("roundcube", "example.se")
    text = f"""\
Hej!

Fågelfors Samhällsförening (org.nr {org}) söker 18 000 kr för Fågelforsveckan 2026.

Föreningen har ca 90 medlemmar och arbetar för att Fågelfors ska vara en bra ort att bo i. Vi ordnar bland annat julmarknaden och nationaldagsfirandet.

Fågelforsveckan är 3–9 augusti. Varje kväll händer något i byn: måndag tipspromenad och grillning vid badplatsen, tisdag bruksvandring med berättelser om bruket, onsdag fotbollsturnering för blandade lag, torsdag musikquiz i bygdegården, fredag loppis och dans, lördag barnens dag med hoppborg och ansiktsmålning och söndag friluftsgudstjänst. Veckan ska samla hela Fågelfors och visa nya och gamla invånare att här händer saker.

Fågelfors IF och Fågelfors Hembygdsförening sitter med i planeringsgruppen, och 35 frivilliga har anmält sig till olika pass.

Budget
Hyra av hoppborg 2 500 kr
Hyra av scen och ljud 4 500 kr
Dansband, arvode 6 000 kr
Annonsering 2 000 kr
Priser och material 1 500 kr
Fika och mat till frivilliga 1 500 kr
Summa 18 000 kr

Mvh
Mikael Strand
Fågelfors Samhällsförening
072-840 19 63
"""
    subject = "Ansökan om regional bygdepeng – Fågelforsveckan"
    frm = "Mikael Strand <mikael.strand@example.se>"
    m = new_message(
        frm, subject, t, mid, to=TO_PLAIN, headers=[("User-Agent", "Roundcube Webmail/1.6.9")]
    )
    set_body(m, text, charset="windows-1252", cte="8bit")
    add(
        t,
        "fagelforsveckan-fagelfors",
        finish(m, ids, "roundcube"),
        label(
            "application",
            "sv",
            "11111",
            "Complete but over the cap: 18 000 kr applied for (> 15 000). Activity: a programme for each day of "
            "3-9 August, and why. Anchoring: the sports club and the hembygdsförening in the planning group, 35 "
            "volunteers. Association named, org.nr, 'ca 90 medlemmar' -> 90. Signer with phone from own "
            "address. Budget 2 500 + 4 500 + 6 000 + 2 000 + 1 500 + 1 500 = 18 000; bouncy castle, stage and "
            "sound rented; the dance band is a performer fee. 'blandade lag' does not state who the week is for "
            "-> women_and_men null. windows-1252 8bit.",
            association_name="Fågelfors Samhällsförening",
            org_number=org,
            contact_name="Mikael Strand",
            contact_email="mikael.strand@example.se",
            contact_phone="072-840 19 63",
            members=90,
            ort="Fågelfors",
            amount_sek=18000,
        ),
    )


def rockneby_android() -> None:
    """Android: unnamed pensioners; sign-up list with a count; items without amounts + a total."""
    t = when(4, 17, 7, 58, 29)
    mid = ids.msgid("other", "example.net")
    text = """\
Hej
Vi är ett gäng pensionärer i Rockneby som vill starta gemensamma cykelturer varje onsdagsförmiddag från maj till september, 2–3 mil i lugnt tempo på småvägarna runt Rockneby och Läckeby, med fika på någon gård längs vägen. Många äldre här har slutat cykla ensamma och träffar ingen på dagarna. Alla är välkomna, kvinnor och män.
Vi har satt upp en lista på anslagstavlan vid affären och 26 personer har skrivit upp sig på att de vill vara med.
Vi behöver ungefär 5000 kr till fika, kartor och annonser.
Kent Nilsson 070-845 26 33

Skickat från min Galaxy
"""
    subject = "Cykelturer för seniorer i Rockneby"
    frm = "Kent Nilsson <kent.nilsson@example.net>"
    m = new_message(frm, subject, t, mid, to=TO_PLAIN)
    set_body(m, text)
    add(
        t,
        "cykelturer-rockneby",
        finish(m, ids, "other"),
        label(
            "application",
            "sv",
            "01110",
            "Android mail ('Skickat från min Galaxy'). ASSOCIATION MISSING: 'ett gäng pensionärer i Rockneby' - "
            "unnamed. BUDGET MISSING: 'ungefär 5000 kr till fika, kartor och annonser' - cost items WITHOUT "
            "amounts plus one rough total -> amount 5000. Activity: weekly Wednesday rides May-September, 2-3 "
            "mil, fika at a farm, and why. ANCHORING TRUE: a sign-up list at the shop with 26 names of residents "
            "who want to join (a list with a count, like a petition). Contact: name + phone from own address. "
            "'kvinnor och män' -> true. Läckeby is a distractor; ort Rockneby. utf-8 QP.",
            contact_name="Kent Nilsson",
            contact_email="kent.nilsson@example.net",
            contact_phone="070-845 26 33",
            ort="Rockneby",
            amount_sek=5000,
            women_and_men=True,
        ),
    )


def djursdala_numbered() -> None:
    """Complete; numbered sections 1)-5); Thunderbird utf-8 base64."""
    org = orgnr("802512478")
    t = when(4, 20, 18, 34, 7)
    mid = ids.msgid("thunderbird", "example.se")
    text = f"""\
Hej!

1) Sökande
Djursdala Byalag, org.nr {org}, ideell förening med 49 medlemmar i Djursdala socken i Vimmerby kommun.

2) Vad vi vill göra
"Djursdala i bild": sex onsdagskvällar i bystugan i höst (23 september – 28 oktober) dit alla kan ta med gamla fotografier från gårdarna i socknen. Vi skannar bilderna, skriver ner vad de äldre berättar om dem och samlar allt i ett digitalt bildarkiv som alla i bygden kan se. Det avslutas med en utställning i bystugan söndagen den 8 november. Vi vill att bygdens historia förs vidare innan den glöms bort, och att unga och nyinflyttade lär känna de äldre och platserna.

3) Förankring
Djursdala Hembygdsförening har beslutat på sitt årsmöte att vara med och ta hand om arkivet, och tolv av de äldsta i socknen har lovat att komma och berätta.

4) Budget
Hyra av bystugan 6 kvällar × 250 kr = 1 500 kr
Fika 6 × 300 kr = 1 800 kr
Utskrifter och montering till utställningen 2 200 kr
Webbhotell för bildarkivet, ett år 900 kr
Annonser 600 kr
Summa 7 000 kr
(Skannern lånar vi av biblioteket i Vimmerby.)

5) Kontakt
Annika Svärd, 070-298 40 17

Vänliga hälsningar
Annika Svärd
"""
    subject = "Ansökan idéslanten – Djursdala i bild"
    frm = "Annika Svärd <annika.svard@example.se>"
    m = new_message(
        frm,
        subject,
        t,
        mid,
        headers=[("User-Agent", "Mozilla Thunderbird"), ("Content-Language", "sv-SE")],
    )
    set_body(m, text, cte="base64")
    add(
        t,
        "djursdala-i-bild",
        finish(m, ids, "thunderbird"),
        label(
            "application",
            "sv",
            "11111",
            "Complete, numbered sections 1)-5), Thunderbird utf-8 base64. Activity: six Wednesday evenings "
            "collecting and scanning old photos with the elders' stories, a digital archive and an exhibition on "
            "8 November, and why. Anchoring: the hembygdsförening decided at its annual meeting to take part and "
            "keep the archive; twelve elders have promised to tell their stories. Association named, org.nr, "
            "49 members. Contact line + signer from own address. Budget 1 500 + 1 800 + 2 200 + 900 + 600 = "
            "7 000. The scanner is borrowed, prints are consumables, web hosting is a service -> no investment. "
            "Vimmerby is the municipality; ort Djursdala.",
            association_name="Djursdala Byalag",
            org_number=org,
            contact_name="Annika Svärd",
            contact_email="annika.svard@example.se",
            contact_phone="070-298 40 17",
            members=49,
            ort="Djursdala",
            amount_sek=7000,
        ),
    )


# ================================================================================================
# Build, write, check
# ================================================================================================

ORDER = [
    rapplinge_temadag,
    virserum_stickcafe,
    kastlosa_goal,
    algutsboda_holkdagen,
    rapplinge_followup_activity,
    figeholm_timetable,
    virserum_followup_still_vague,
    bergkvara_ideas,
    rumskulla_docx,
    hossmo_subject_line,
    morlunda_past,
    blomstermala_fiskedag,
    tvarskog_place_time,
    figeholm_followup_anchoring,
    paskallavik_english_wish,
    gladhammar_buzzwords,
    tvarskog_followup_byafest,
    malilla_english_cafe,
    lottorp_iphone_poll,
    vickleby_tentative,
    edsbruk_founding,
    soderakra_petition,
    gladhammar_followup_docx,
    totebo_joint_letter,
    vissefjarda_running_costs,
    flerohopp_need,
    orsjo_caps,
    paskallavik_followup_english,
    langemala_parents,
    tuna_markdown,
    misterhult_no_attachment,
    pataholm_grill,
    fliseryd_private,
    boda_lowercase,
    lindas_salary,
    backebo_women,
    berga_xlsx,
    fagelfors_over_cap,
    rockneby_android,
    djursdala_numbered,
]

KINDS = {"application", "followup", "question", "autoreply", "bounce", "newsletter", "spam"}
MACHINE = {"autoreply", "bounce", "newsletter", "spam"}
MUNICIPALITY = {
    "Böda": "Borgholm",
    "Löttorp": "Borgholm",
    "Räpplinge": "Borgholm",
    "Algutsboda": "Emmaboda",
    "Lindås": "Emmaboda",
    "Vissefjärda": "Emmaboda",
    "Målilla": "Hultsfred",
    "Mörlunda": "Hultsfred",
    "Virserum": "Hultsfred",
    "Berga": "Högsby",
    "Fågelfors": "Högsby",
    "Långemåla": "Högsby",
    "Hossmo": "Kalmar",
    "Rockneby": "Kalmar",
    "Tvärskog": "Kalmar",
    "Blomstermåla": "Mönsterås",
    "Fliseryd": "Mönsterås",
    "Pataholm": "Mönsterås",
    "Kastlösa": "Mörbylånga",
    "Vickleby": "Mörbylånga",
    "Bäckebo": "Nybro",
    "Flerohopp": "Nybro",
    "Örsjö": "Nybro",
    "Figeholm": "Oskarshamn",
    "Misterhult": "Oskarshamn",
    "Påskallavik": "Oskarshamn",
    "Bergkvara": "Torsås",
    "Söderåkra": "Torsås",
    "Djursdala": "Vimmerby",
    "Rumskulla": "Vimmerby",
    "Tuna": "Vimmerby",
    "Edsbruk": "Västervik",
    "Gladhammar": "Västervik",
    "Totebo": "Västervik",
}


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
        return str(number[match.group(2)])

    out = []
    for i, (_, slug, data, lab, _) in enumerate(ordered):
        lab = dict(lab)
        lab["notes"] = re.sub(r"\{(app):([a-z0-9]+)\}", sub, lab["notes"])
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
    try:
        if ctype.endswith("wordprocessingml.document"):
            import docx

            d = docx.Document(io.BytesIO(data))
            cells = [c.text for t in d.tables for r in t.rows for c in r.cells]
            return "\n".join([p.text for p in d.paragraphs] + cells)
        if ctype.endswith("spreadsheetml.sheet"):
            import openpyxl

            wb = openpyxl.load_workbook(io.BytesIO(data), data_only=True)
            return "\n".join(
                " ".join(str(v) for v in row if v is not None)
                for ws in wb.worksheets
                for row in ws.iter_rows(values_only=True)
            )
        if ctype == "application/pdf":
            import pypdf

            return "\n".join(p.extract_text() for p in pypdf.PdfReader(io.BytesIO(data)).pages)
        if ctype == "application/vnd.oasis.opendocument.text":
            z = zipfile.ZipFile(io.BytesIO(data))
            return re.sub(r"<[^>]+>", " ", z.read("content.xml").decode("utf-8"))
        if part.get_content_maintype() == "text" and part.get_filename():
            return part.get_content()
    except Exception:  # noqa: BLE001
        return None
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
            fn = part.get_filename()
            if fn and not attachment_text(part):
                problems.append(f"{f}: attachment {fn} is not readable")
        for h in ("From", "To", "Cc", "Reply-To"):
            for a in msg.get_all(h, []):
                for dom in re.findall(r"@([A-Za-z0-9.-]+)", str(a)):
                    if not re.search(r"(^|\.)example\.(se|com|org|net)$", dom.lower()):
                        problems.append(f"{f}: non-example domain {dom}")
        body_all = all_text(msg)
        for dom in re.findall(r"[@/.]([a-z0-9-]+\.(?:se|com|org|net|nu))\b", body_all.lower()):
            if dom in ("microsoft.com", "w3.org"):  # XML namespaces in Outlook HTML
                continue
            if not dom.startswith("example."):
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
        if lab["kind"] in ("application", "followup") and not all(
            isinstance(facts[k], bool) for k in ("salary_costs", "physical_investment")
        ):
            problems.append(f"{f}: salary/investment must be bool")
        if lab["kind"] in ("application", "followup"):
            if not lab["elements"]["contact"] and (
                facts["contact_email"] or facts["contact_name"] or facts["contact_phone"]
            ):
                problems.append(f"{f}: contact facts without contact element")
            if lab["elements"]["contact"] and not facts["contact_name"]:
                problems.append(f"{f}: contact element without contact name")
            if lab["elements"]["association"] and not facts["association_name"]:
                problems.append(f"{f}: association element without a name")
        body = body_all + "\n" + str(msg["Subject"])
        org = facts["org_number"]
        if org is not None:
            if not org_ok(org):
                problems.append(f"{f}: org number {org} invalid")
            if org not in body:
                problems.append(f"{f}: org number {org} not in the mail text")
        for k in ("contact_name", "contact_phone", "contact_email", "association_name"):
            if facts[k] and facts[k] not in body + str(msg["From"]):
                problems.append(f"{f}: {k} {facts[k]!r} not in the mail text")
        if facts["ort"] and facts["ort"].lower() not in body.lower():
            problems.append(f"{f}: ort {facts['ort']} not in the mail")
        if facts["ort"] and facts["ort"] not in MUNICIPALITY:
            problems.append(f"{f}: ort {facts['ort']} has no municipality")
        for k in ("members", "amount_sek"):
            if facts[k] is not None and not isinstance(facts[k], int):
                problems.append(f"{f}: {k} not int")
        if lab["kind"] == "followup" and "Vi saknar följande i er ansökan:" not in body:
            problems.append(f"{f}: followup does not quote the receipt")
        if lab["kind"] == "application":
            app_ids[msg["Message-ID"].strip()] = f
            if msg.get("In-Reply-To") or re.match(r"(?i)(re|sv|aw):", str(msg["Subject"])):
                problems.append(f"{f}: application looks like a reply")
    if dates != sorted(dates):
        problems.append("numbers do not follow the Date order")
    for f, msg in parsed.items():
        kind = labels.get(f, {}).get("kind")
        refs = " ".join(str(msg.get(h, "")) for h in ("In-Reply-To", "References"))
        if kind == "followup":
            if not any(mid in refs for mid in app_ids):
                problems.append(f"{f}: followup not threaded to an application in own5")
            if not re.match(r"(?i)(re|sv):", str(msg["Subject"])):
                problems.append(f"{f}: followup subject lacks Re:/SV:")
    apps = [lab for lab in labels.values() if lab["kind"] == "application"]
    for el in corpuslib.ELEMENTS:
        n = sum(1 for lab in apps if not lab["elements"][el])
        if n < 4:
            problems.append(f"element {el} missing in only {n} applications")
    for lab in apps:
        if sum(1 for v in lab["elements"].values() if not v) > 3:
            problems.append(
                f"an application misses more than three elements: {lab['facts']['ort']}"
            )
    covered = {MUNICIPALITY[lab["facts"]["ort"]] for lab in apps if lab["facts"]["ort"]}
    if len(covered) != 12:
        problems.append(f"municipalities covered: {sorted(covered)}")
    want = {
        "application": 34,
        "followup": 6,
        "question": 0,
        "autoreply": 0,
        "bounce": 0,
        "newsletter": 0,
        "spam": 0,
    }
    got = {k: sum(1 for lab in labels.values() if lab["kind"] == k) for k in want}
    if got != want:
        problems.append(f"kind counts {got}")
    en = sum(1 for lab in labels.values() if lab["language"] == "en")
    if en != 3:
        problems.append(f"{en} English mails, not 3")
    return problems


def summary() -> None:
    labels = json.loads((OUT / "labels.json").read_text(encoding="utf-8"))
    kinds: dict[str, int] = {}
    for lab in labels.values():
        kinds[lab["kind"]] = kinds.get(lab["kind"], 0) + 1
    apps = [lab for lab in labels.values() if lab["kind"] == "application"]
    complete = sum(1 for lab in apps if all(lab["elements"].values()))
    missing = {el: sum(1 for lab in apps if not lab["elements"][el]) for el in corpuslib.ELEMENTS}
    fus = [lab for lab in labels.values() if lab["kind"] == "followup"]
    supplied = {el: sum(1 for lab in fus if lab["elements"][el]) for el in corpuslib.ELEMENTS}
    print(f"own5: {len(labels)} mails, {kinds}")
    print(f"applications: {len(apps)}, complete: {complete}, missing per element: {missing}")
    print(f"followups: {len(fus)}, supplying per element: {supplied}")


def main() -> int:
    write_folder(build())
    problems = check()
    for p in problems:
        print("PROBLEM:", p)
    summary()
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
