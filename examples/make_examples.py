"""Build the demo e-mails in examples/mail/ (deterministic: same bytes on every run).

    python examples/make_examples.py

Every person, association, organisation number, phone number and address in
these mails is invented. Addresses use only example.se/.com/.org/.net, phone
numbers come from the 070-174 06 xx series that PTS reserves for fiction, and
the organisation numbers are made up but carry a valid Luhn check digit.
Mail 08 needs python-docx (it builds the attached budget in memory).
"""

from __future__ import annotations

import io
import zipfile
from datetime import datetime, timedelta, timezone
from email import policy
from email.header import Header
from email.message import EmailMessage
from email.utils import format_datetime, formataddr, parseaddr
from pathlib import Path

OUT = Path(__file__).resolve().parent / "mail"
OFFICER = "Landsbygdsutvecklare Region Kalmar län <landsbygdsutvecklare@example.se>"
CET = timezone(timedelta(hours=1))
POLICY = policy.default.clone(linesep="\n", max_line_length=78)
DOCX_MIME = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


def luhn_orgnr(first9: str) -> str:
    """Append a Luhn check digit to nine digits and format as NNNNNN-NNNN."""
    total = 0
    for i, ch in enumerate(first9):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        total += d - 9 if d > 9 else d
    check = (10 - total % 10) % 10
    digits = first9 + str(check)
    return f"{digits[:6]}-{digits[6:]}"


ORGNR = {
    "hjorted": luhn_orgnr("802461357"),
    "frodinge": luhn_orgnr("802517924"),
    "paryd": luhn_orgnr("802403318"),
    "kristdala": luhn_orgnr("802529046"),
    "grasgard": luhn_orgnr("802437785"),
}


def when(day: int, month: int, hour: int, minute: int) -> datetime:
    return datetime(2026, month, day, hour, minute, 0, tzinfo=CET)


def base(
    *,
    sender: str,
    subject: str,
    date: datetime,
    msgid: str,
    agent: str,
    lang: str = "sv",
    extra: dict[str, str] | None = None,
) -> EmailMessage:
    msg = EmailMessage(policy=POLICY)
    msg["From"] = sender
    msg["To"] = OFFICER
    msg["Subject"] = subject
    msg["Date"] = format_datetime(date)
    msg["Message-ID"] = msgid
    for name, value in (extra or {}).items():
        msg[name] = value
    msg["User-Agent"] = agent
    msg["Content-Language"] = lang
    return msg


def text(msg: EmailMessage, body: str, cte: str) -> EmailMessage:
    msg.set_content(body, subtype="plain", charset="utf-8", cte=cte)
    return msg


def quote(body: str) -> str:
    return "\n".join(("> " + line) if line else ">" for line in body.rstrip("\n").split("\n"))


# --------------------------------------------------------------------------- 01
BODY_01 = f"""\
Hej!

Hjorteds Bygdegårdsförening ansöker härmed om 14 500 kr ur regional
bygdepeng – idéslanten för projektet "Bygdekvällar i Hjorted".

1. Föreningen
Namn: Hjorteds Bygdegårdsförening (ideell förening)
Organisationsnummer: {ORGNR["hjorted"]}
Adress: Skolvägen 4, Hjorted, Västerviks kommun
Medlemmar: 64 medlemmar, varav 34 kvinnor och 30 män.
Föreningen är partipolitiskt och religiöst obunden.

2. Kontaktperson
Karin Lundqvist, ordförande
Telefon: 070-174 06 12
E-post: karin.lundqvist@example.se

3. Aktiviteten och hur den främjar bygdens utveckling
Vi vill arrangera sex bygdekvällar i bygdegården mellan september 2026 och
februari 2027, en kväll i månaden. Varje kväll har ett tema: lokalt
mathantverk, bygdens historia, föreningarna presenterar sig, skog och
jakt, trädgård och odling samt en avslutande kväll där byborna själva
berättar. Lokala gårdsbutiker och hantverkare får visa upp och sälja sina
produkter utan kostnad.

Kvällarna ska bli en återkommande mötesplats för alla som bor i Hjorted,
både gamla och nyinflyttade. Vi vill att nya invånare snabbt hittar in i
föreningslivet, att de lokala företagen får fler kunder i bygden och att vi
hittar nya krafter till föreningarnas styrelser. Aktiviteten riktar sig
till kvinnor och män i alla åldrar, och planeringsgruppen består av tre
kvinnor och tre män.

4. Lokal förankring
Idén togs upp på årsmötet den 15 februari 2026, där 38 medlemmar deltog
och enhälligt beslutade att vi ska söka. Vi genomför kvällarna tillsammans
med Hjorteds hembygdsförening, Hjorteds IF och två gårdsbutiker i byn. En
enkät i byns Facebookgrupp fick 52 svar och nästan alla ville ha fler
träffar i bygdegården.

5. Budget
- Råvaror till provsmakning och fika, 6 kvällar: 4 800 kr
- Reseersättning för inbjudna berättare: 2 400 kr
- Affischer, trycksaker och annons i lokaltidningen: 2 300 kr
- El, städning och förbrukningsmaterial i bygdegården: 2 000 kr
- Hyra av ljudanläggning och mikrofon: 1 800 kr
- Pysselmaterial till barnaktiviteter: 1 200 kr
Summa: 14 500 kr

Allt arbete görs ideellt, så budgeten innehåller inga lönekostnader, och
inga pengar går till inköp av utrustning eller byggnader.

Med vänliga hälsningar
Karin Lundqvist
Ordförande, Hjorteds Bygdegårdsförening
070-174 06 12
"""


def mail_01() -> EmailMessage:
    msg = base(
        sender="Karin Lundqvist <karin.lundqvist@example.se>",
        subject="Ansökan idéslanten 2026 – Bygdekvällar i Hjorted",
        date=when(2, 3, 9, 14),
        msgid="<20260302091412.6c1e2a@mail.example.se>",
        agent="Mozilla Thunderbird 128.7.0",
    )
    return text(msg, BODY_01, "quoted-printable")


# --------------------------------------------------------------------------- 02
SUBJECT_02 = "Ansökan om idéslanten – Naturdagar för nyinflyttade i Frödinge"
MSGID_02 = "<CAF3x9Qp2h7Lk0Wd+frodinge.0303@mail.example.com>"
BODY_02 = f"""\
Hej,

Vi i föreningen Frödinge Framtid vill söka pengar ur idéslanten.
Föreningen bildades 2019 och har 23 medlemmar, 12 kvinnor och 11 män.
Organisationsnummer {ORGNR["frodinge"]}.

Vår idé heter "Naturdagar i Frödinge". Under fyra lördagar våren och
hösten 2026 ordnar vi guidade vandringar till sjöarna, de gamla torpen och
fiskevattnen runt Frödinge. Varje dag avslutas med soppa i bygdegården
där föreningarna i byn berättar om vad de gör.

Många familjer har flyttat hit de senaste åren men känner inte till
bygden eller föreningslivet. Naturdagarna ska hjälpa dem att hitta
hit ut, lära känna grannarna och vilja stanna kvar. Det stärker både
skolan, affären och föreningarna i Frödinge. Vandringarna är öppna för
alla, kvinnor som män, och guiderna är både kvinnor och män.

Idén kom fram på ett öppet bymöte i januari där ett trettiotal personer
var med. Frödinge hembygdsförening och Frödinge fiskevårdsområde ställer
upp med guider och lånar ut sin kunskap om torpen och sjöarna.

Vi söker 12 000 kr.

Kontaktperson är jag, Anders Holm, sekreterare i föreningen,
telefon 070-174 06 27.

Hälsningar
Anders Holm
Frödinge Framtid
"""


def mail_02() -> EmailMessage:
    msg = base(
        sender="Anders Holm <anders.holm@example.com>",
        subject=SUBJECT_02,
        date=when(3, 3, 19, 42),
        msgid=MSGID_02,
        agent="Microsoft Outlook 16.0",
    )
    return text(msg, BODY_02, "8bit")


# --------------------------------------------------------------------------- 03
BODY_03 = f"""\
Hej!

Påryds Byalag, organisationsnummer {ORGNR["paryd"]}, söker 13 000 kr ur
regional bygdepeng – idéslanten till Påryds sommarmarknad och byvandring
2026. Byalaget är en ideell förening med 41 medlemmar, 22 kvinnor och
19 män.

Marknaden hålls lördagen den 8 augusti på skolgården i Påryd. Lokala
hantverkare, odlare, företag och föreningar får ställa ut utan kostnad,
och under eftermiddagen blir det en byvandring med berättelser om Påryds
historia som stationssamhälle. Syftet är att visa upp allt som finns i
Påryd, locka besökare från Kalmar och grannbyarna och ge företagen i byn
nya kunder. Marknaden är till för alla, både kvinnor och män, unga och
gamla.

Budget
Hyra av tält och bord: 5 500 kr
Tillstånd, toaletter och renhållning: 3 000 kr
Annonsering och affischer: 2 500 kr
Barnaktiviteter (ponnyridning och ansiktsmålning): 2 000 kr
Summa: 13 000 kr

Inga pengar går till löner eller till inköp av utrustning.

Med vänlig hälsning
Styrelsen
Påryds Byalag
"""


def mail_03() -> EmailMessage:
    msg = base(
        sender="Påryds Byalag <info@example.org>",
        subject="Ansökan bygdepeng idéslanten - Påryds sommarmarknad",
        date=when(4, 3, 11, 5),
        msgid="<0f3b7c21e9a54d6b@webmail.example.org>",
        agent="Roundcube Webmail/1.6.9",
    )
    return text(msg, BODY_03, "8bit")


# --------------------------------------------------------------------------- 04
BODY_04 = f"""\
Hej igen!

Tack för svaret. Här kommer budgeten som saknades i vår ansökan om
Naturdagar i Frödinge:

- Hyra av buss för skjuts till vandringarna, 4 lördagar: 4 800 kr
- Råvaror till soppa och fika, 4 tillfällen: 3 200 kr
- Tryck av kartor och foldrar: 1 500 kr
- Annonser i Vimmerby Tidning och affischer: 1 300 kr
- Evenemangsförsäkring för deltagarna: 1 200 kr
Totalt: 12 000 kr

Alla guider och funktionärer är ideella, så det finns inga lönekostnader,
och vi köper inte in någon utrustning.

Hälsningar
Anders Holm
Frödinge Framtid, 070-174 06 27

Den tis 3 mars 2026 kl. 19:42 skrev Anders Holm <anders.holm@example.com>:
{quote(BODY_02)}
"""


def mail_04() -> EmailMessage:
    msg = base(
        sender="Anders Holm <anders.holm@example.com>",
        subject="SV: " + SUBJECT_02,
        date=when(10, 3, 20, 3),
        msgid="<CAF3x9Qp5m1Tz8Rb+frodinge.0310@mail.example.com>",
        agent="Microsoft Outlook 16.0",
        extra={"In-Reply-To": MSGID_02, "References": MSGID_02},
    )
    return text(msg, BODY_04, "quoted-printable")


# --------------------------------------------------------------------------- 05
BODY_05 = f"""\
Dear rural development officer,

We are writing on behalf of Kristdala Together (Kristdala Tillsammans), a
non-profit association founded in 2024 by newcomers and long-time
residents of Kristdala in Oskarshamn municipality. We would like to apply
for 12 500 SEK from the regional bygdepeng – idéslanten.

1. The association
Name: Kristdala Together (Kristdala Tillsammans), non-profit association
Organisation number: {ORGNR["kristdala"]}
Members: 18 members, 10 women and 8 men, from seven countries including
Sweden.

2. Contact person
Amina Yusuf, chair
Phone: +46 70 174 06 45
E-mail: amina.yusuf@example.net

3. The activity and how it supports local development
From September to December 2026 we will run a weekly language café (14
evenings) where newcomers practise Swedish with local volunteers, and
three shared dinners where newcomers and older residents cook together
and share recipes. Many of us have moved to Kristdala in the last few
years. Learning Swedish and getting to know people is the fastest way to
find work with local employers, get the children into local clubs and
make families want to stay. Kristdala needs new residents to keep its
school, shop and associations alive. Everyone is welcome, women and men
alike.

4. Local anchoring
The idea came from a village meeting in November 2025 with about 45
participants. We organise the activity together with Kristdala
hembygdsförening and Kristdala parish, which lends us the parish hall
free of charge. The local grocery store and Kristdala IF help us spread
the word.

5. Budget
- Food ingredients for three shared dinners: 4 500 SEK
- Coffee and snacks for 14 language café evenings: 2 800 SEK
- Printed study materials for the language café: 2 200 SEK
- Bus tickets for participants living on outlying farms: 2 000 SEK
- Posters and flyers in Swedish, English, Arabic and Tigrinya: 1 000 SEK
Total: 12 500 SEK

All work is done by volunteers, so there are no salary costs, and we will
not buy any equipment.

Kind regards,
Amina Yusuf
Chair, Kristdala Together
"""


def mail_05() -> EmailMessage:
    msg = base(
        sender="Amina Yusuf <amina.yusuf@example.net>",
        subject="Application for idéslanten – language café and shared dinners in Kristdala",
        date=when(5, 3, 16, 27),
        msgid="<a9d4e6f0-2b1c-4c8e-9f3a-kristdala0305@mail.example.net>",
        agent="Mozilla Thunderbird 128.7.0",
        lang="en",
    )
    return text(msg, BODY_05, "8bit")


# --------------------------------------------------------------------------- 06
BODY_06 = """\
Hej!

Tack för ditt mejl. Jag är på semester till och med måndag den 23 mars och
läser inte min e-post under tiden.

För brådskande frågor om Löttorps Samhällsförening, kontakta vice
ordförande Per Nyström på telefon 070-174 06 58.

Vänliga hälsningar
Lena Berg
Löttorps Samhällsförening
"""


def mail_06() -> EmailMessage:
    msg = base(
        sender="Lena Berg <lena.berg@example.com>",
        subject="Automatiskt svar: Vi har tagit emot er ansökan om idéslanten",
        date=when(9, 3, 8, 1),
        msgid="<autoreply.20260309080112.41b7@mail.example.com>",
        agent="Microsoft Exchange Server 16.0",
        extra={
            "In-Reply-To": "<ack.20260309075958.0007@bot.example.se>",
            "References": "<ack.20260309075958.0007@bot.example.se>",
            "Auto-Submitted": "auto-replied",
            "X-Auto-Response-Suppress": "All",
            "Precedence": "auto_reply",
        },
    )
    return text(msg, BODY_06, "8bit")


# --------------------------------------------------------------------------- 07
BODY_07 = """\
Hej!

Jag sitter i styrelsen för Ruda Bygde- och Idrottsförening. Vi funderar på
att söka idéslanten till en aktivitet i höst, men vi hinner inte samla
ihop oss förrän efter sommaren.

När är sista dag att skicka in en ansökan i år? Och går det att söka mer
än en gång per år, om vi till exempel vill göra något även till jul? Får
man besked innan aktiviteten ska starta?

Tack på förhand!

Gunnar Ek
Ruda
"""


def mail_07() -> EmailMessage:
    msg = base(
        sender="Gunnar Ek <gunnar.ek@example.net>",
        subject="Fråga om sista ansökningsdag för idéslanten",
        date=when(6, 3, 13, 48),
        msgid="<5e2c90d1b7f34a08@mail.example.net>",
        agent="Apple Mail (2.3826.400.131.1.6)",
    )
    return text(msg, BODY_07, "quoted-printable")


# --------------------------------------------------------------------------- 08
BUDGET_08 = [
    ("Projektor (inköp)", 7500),
    ("Visningslicens för offentlig filmvisning, 6 filmer", 3000),
    ("Fika och råvaror till ungdomarnas servering", 1800),
    ("Annonsering och affischer", 1200),
    ("Hyra av högtalare, 6 kvällar", 800),
]


def kr(amount: int) -> str:
    return f"{amount:,}".replace(",", " ") + " kr"


def budget_docx() -> bytes:
    """The budget attachment of mail 08, byte-for-byte reproducible."""
    from docx import Document  # python-docx

    doc = Document()
    props = doc.core_properties
    fixed = datetime(2026, 3, 7, 10, 0, 0)
    props.author = "Maria Öberg"
    props.last_modified_by = "Maria Öberg"
    props.title = "Budget – Filmkvällar i Gräsgårds bygdegård"
    props.created = fixed
    props.modified = fixed
    props.last_printed = fixed
    props.revision = 1

    doc.add_heading("Budget – Filmkvällar i Gräsgårds bygdegård 2026/2027", level=1)
    doc.add_paragraph(f"Gräsgårds Bygdeförening, org.nr {ORGNR['grasgard']}")
    table = doc.add_table(rows=1, cols=2)
    table.style = "Table Grid"
    table.rows[0].cells[0].text = "Kostnadspost"
    table.rows[0].cells[1].text = "Belopp"
    for item, amount in BUDGET_08:
        row = table.add_row().cells
        row[0].text = item
        row[1].text = kr(amount)
    total = sum(a for _, a in BUDGET_08)
    row = table.add_row().cells
    row[0].text = "Summa"
    row[1].text = kr(total)
    doc.add_paragraph("Allt arbete görs ideellt. Budgeten innehåller inga lönekostnader.")

    raw = io.BytesIO()
    doc.save(raw)
    # python-docx stamps zip members with the current time: rewrite with a fixed one.
    out = io.BytesIO()
    with zipfile.ZipFile(raw) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            fixed_info = zipfile.ZipInfo(info.filename, date_time=(2026, 3, 7, 10, 0, 0))
            fixed_info.compress_type = zipfile.ZIP_DEFLATED
            fixed_info.external_attr = 0o644 << 16
            dst.writestr(fixed_info, src.read(info.filename))
    return out.getvalue()


BODY_08 = f"""\
Hej!

Gräsgårds Bygdeförening söker 14 300 kr ur idéslanten för "Filmkvällar i
Gräsgårds bygdegård".

Föreningen
Gräsgårds Bygdeförening, organisationsnummer {ORGNR["grasgard"]}, är en
ideell förening på södra Öland med 57 medlemmar, 31 kvinnor och 26 män.

Kontaktperson
Maria Öberg, kassör, telefon 070-174 06 83, maria.oberg@example.se

Aktiviteten
Från oktober 2026 till mars 2027 vill vi visa film i bygdegården en
fredagskväll i månaden, med fri entré. Vi väljer gärna filmer och
dokumentärer om Öland och landsbygden och avslutar med ett samtal över en
kopp kaffe. Ortens ungdomar sköter fikaserveringen och tjänar pengar till
sin egen förening.

På vintern stänger det mesta här nere, och då finns det få ställen att
träffas. Filmkvällarna blir en mötesplats för hela södra Öland, för
kvinnor och män, unga som gamla, och ger ungdomarna ett ansvar i bygden.

För att kunna visa film behöver vi köpa in en projektor, vilket är den
största posten i budgeten.

Lokal förankring
Idén kommer från årsmötet i februari, där den fick brett stöd. Vi gör
filmkvällarna tillsammans med Gräsgårds hembygdsförening och
ungdomsföreningen i Degerhamn, och biblioteket i Mörbylånga hjälper oss
att välja filmer.

Budget
Budgeten finns i den bifogade filen "Budget filmkvällar.docx".
Vi söker totalt 14 300 kr.

Vänliga hälsningar
Maria Öberg
Kassör, Gräsgårds Bygdeförening
"""


def mail_08() -> EmailMessage:
    msg = base(
        sender="Maria Öberg <maria.oberg@example.se>",
        subject="Ansökan idéslanten – Filmkvällar i Gräsgårds bygdegård",
        date=when(7, 3, 10, 31),
        msgid="<20260307103107.b84d19@mail.example.se>",
        agent="Microsoft Outlook 16.0",
    )
    msg.set_content(BODY_08, subtype="plain", charset="utf-8", cte="quoted-printable")
    msg.add_attachment(
        budget_docx(),
        maintype="application",
        subtype=DOCX_MIME.split("/", 1)[1],
        filename="Budget filmkvällar.docx",
    )
    msg.set_boundary("=_idslanten_08_5f2a9c3e")
    return msg


MAILS = {
    "01-komplett-hjorted.eml": mail_01,
    "02-budget-saknas-frodinge.eml": mail_02,
    "03-kontakt-och-forankring-saknas-paryd.eml": mail_03,
    "04-svar-med-budget-frodinge.eml": mail_04,
    "05-english-newcomers-kristdala.eml": mail_05,
    "06-autosvar-lottorp.eml": mail_06,
    "07-fraga-deadline-ruda.eml": mail_07,
    "08-budget-i-bilaga-projektor-grasgard.eml": mail_08,
}


def _encoded(name: str, value: str) -> str:
    """RFC 2047 the way common mail clients do it: whole encoded words, spaces inside."""
    if value.isascii():
        return f"{name}: {value}"
    if name in ("From", "To"):
        display, addr = parseaddr(value)
        line = f"{name}: {formataddr((display, addr), charset='utf-8')}"
        return line if len(line) <= 78 else line.replace(" <", "\n <", 1)
    return f"{name}: " + Header(value, "utf-8", header_name=name).encode(linesep="\n")


def serialize(msg: EmailMessage) -> bytes:
    """Serialize with LF line endings; re-encode From/To/Subject.

    The email package folds non-ASCII headers into a mix of encoded words and
    plain text, which some decoders join without the space in between, so
    those three headers are written in the plain encoded-word style instead.
    """
    wanted = {n: str(msg[n]) for n in ("From", "To", "Subject")}
    head, sep, body = msg.as_bytes(policy=POLICY).partition(b"\n\n")
    lines: list[str] = []
    for line in head.decode("ascii").split("\n"):
        if line[:1] in (" ", "\t") and lines:
            lines[-1] += "\n" + line
        else:
            lines.append(line)
    out = []
    for line in lines:
        name = line.split(":", 1)[0]
        out.append(_encoded(name, wanted[name]) if name in wanted else line)
    return "\n".join(out).encode("ascii") + sep + body


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for name, build in MAILS.items():
        data = serialize(build())
        (OUT / name).write_bytes(data)
        print(f"wrote {OUT.name}/{name} ({len(data)} bytes)")


if __name__ == "__main__":
    main()
