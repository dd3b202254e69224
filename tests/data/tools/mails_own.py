# ruff: noqa: E501  (mail text is kept as it would be written, long lines included)
"""The 44 mails of tests/data/own/ (files 101-144) with their labels."""

from __future__ import annotations

from email.message import EmailMessage

from corpuslib import (
    OFFICER,
    OUTLOOK_HEAD,
    OUTLOOK_TAIL,
    TO_OFFICER,
    TO_PLAIN,
    Ids,
    attach_bytes,
    attach_text,
    finish,
    label,
    make_docx,
    make_pdf,
    make_png,
    make_xlsx,
    mso_p,
    mso_table,
    new_message,
    orgnr,
    pnr,
    quote,
    receipt_id,
    receipt_text,
    report_message,
    set_alternative,
    set_body,
    simple_html,
    sv_apple_header,
    sv_gmail_header,
    sv_outlook_block,
    when,
)

ids = Ids(20260101)
MAILS: list[tuple[str, bytes, dict]] = []
APPS: dict[str, dict] = {}


def add(name: str, data: bytes, lab: dict) -> None:
    MAILS.append((name, data, lab))


def outlook_headers(topic: str) -> list[tuple[str, str]]:
    return [
        ("Thread-Topic", topic),
        ("Thread-Index", "AQH" + ids.b64std(29) + "=="),
        ("Accept-Language", "sv-SE, en-US"),
        ("Content-Language", "sv-SE"),
        ("X-MS-Has-Attach", ""),
        ("X-Mailer", "Microsoft Outlook 16.0"),
    ]


# ---------------------------------------------------------------------------------------------- 101
def m101() -> None:
    org = orgnr("802519307")
    t = when(1, 8, 19, 42, 11)
    mid = ids.msgid("thunderbird", "example.se")
    text = f"""\
# Ansökan om regional bygdepeng – idéslanten

## 1. Föreningen
**Glömminge Byalag**, org.nr {org}
Ideell förening för alla som bor i Glömminge med omnejd, bildad 1998.
Vi har 64 medlemmar.

## 2. Kontaktperson
Malin Hedberg, sekreterare
malin.hedberg@example.se
+46 70 512 38 64

## 3. Aktivitet
Vi vill ordna **Äppeldagen i Glömminge** lördag 3 oktober 2026 på skolgården.
Byborna tar med äpplen från sina trädgårdar och pressar must tillsammans på en
hyrd mobil musteripress. Det blir också en kurs i beskärning av fruktträd med en
pomolog, en äppelutställning och försäljning av must och kakor.

Många trädgårdar i Glömminge har gamla äppelträd där frukten bara blir liggande.
Dagen ska samla både gamla och nya Glömmingebor, kvinnor som män, och ge fler en
anledning att stanna i byn en lördag i stället för att åka in till Färjestaden
eller Kalmar.

## 4. Förankring
Idén kom upp på byalagets öppna möte i november, där 36 personer var med och
alla röstade för. Glömminge hembygdsförening ansvarar för kaffeserveringen och
skolans föräldraförening håller i barnaktiviteterna. Femton personer har redan
anmält sig som funktionärer.

## 5. Budget
- Hyra av mobil musteripress med operatör: 4 800 kr
- Föreläsararvode pomolog: 2 500 kr
- Flaskor och dunkar till musten: 1 600 kr
- Annonsering och affischer: 1 100 kr
- Hyra av tält: 1 400 kr

**Summa: 11 400 kr**

Vänliga hälsningar
Malin Hedberg
Glömminge Byalag
"""
    m = new_message(
        "Malin Hedberg <malin.hedberg@example.se>",
        "Ansökan idéslanten – Äppeldagen i Glömminge",
        t,
        mid,
        headers=[("User-Agent", "Mozilla Thunderbird"), ("Content-Language", "sv-SE")],
    )
    set_body(m, text, params={"format": "flowed"})
    add(
        "101-appeldag-glomminge.eml",
        finish(m, ids, "thunderbird"),
        label(
            "application",
            "sv",
            "11111",
            "Complete. Markdown-style headings ('#', '##', '**bold**') following the five points; "
            "budget as a '-' list with a bold total. Renting the press and the tent is not an investment; "
            "bottles are consumables; the pomologist's fee is a lecturer's fee. 'kvinnor som män' -> "
            "women_and_men true. Phone in +46 form. 36 meeting attendees are not members.",
            association_name="Glömminge Byalag",
            org_number=org,
            contact_name="Malin Hedberg",
            contact_email="malin.hedberg@example.se",
            contact_phone="+46 70 512 38 64",
            members=64,
            ort="Glömminge",
            amount_sek=11400,
            women_and_men=True,
        ),
    )


# ---------------------------------------------------------------------------------------------- 102
def m102() -> None:
    t = when(1, 9, 8, 0, 2)
    mid = ids.msgid("generic", "nyhetsbrev.landsbygdsnatverket.example.org")
    text = """\
Landsbygdsnätverket Sydost – Nyhetsbrev januari 2026

Hej!

Nu är det dags att söka regional bygdepeng – idéslanten för 2026. Föreningar
kan söka upp till 15 000 kr per ort och år för små aktiviteter som utvecklar
bygden. Kom ihåg att ansökan ska innehålla uppgifter om föreningen, en
kontaktperson, en beskrivning av aktiviteten, hur den är förankrad och en
översiktlig budget.

GODA EXEMPEL
Vickleby Hembygdsförening, med drygt 80 medlemmar, fick förra året 9 500 kr
till en serie berättarkvällar. "Det kom fler än vi vågat hoppas på", säger
ordföranden. Läs hela reportaget på vår webbplats.

KALENDER
- 12 februari: Digital frågestund om idéslanten, kl. 18.30
- 5 mars: Träff för byalag i norra länet, Vimmerby

Du får det här brevet eftersom du prenumererar på Landsbygdsnätverket Sydosts
nyhetsbrev. Avsluta prenumerationen:
https://landsbygdsnatverket.example.org/avsluta?id=58213

Landsbygdsnätverket Sydost, Box 118, 392 32 Kalmar
"""
    html_text = simple_html(
        [
            "Landsbygdsnätverket Sydost – Nyhetsbrev januari 2026",
            "",
            "Hej!",
            "",
            "Nu är det dags att söka regional bygdepeng – idéslanten för 2026. Föreningar kan söka upp till "
            "15 000 kr per ort och år för små aktiviteter som utvecklar bygden. Kom ihåg att ansökan ska "
            "innehålla uppgifter om föreningen, en kontaktperson, en beskrivning av aktiviteten, hur den är "
            "förankrad och en översiktlig budget.",
            "",
            "GODA EXEMPEL",
            "Vickleby Hembygdsförening, med drygt 80 medlemmar, fick förra året 9 500 kr till en serie "
            'berättarkvällar. "Det kom fler än vi vågat hoppas på", säger ordföranden.',
            "",
            "KALENDER",
        ],
        lists={
            9: [
                "12 februari: Digital frågestund om idéslanten, kl. 18.30",
                "5 mars: Träff för byalag i norra länet, Vimmerby",
            ]
        },
    ).replace(
        "</div></body>",
        '<div style="font-size:11px;color:#777">Du får det här brevet eftersom du prenumererar på '
        'Landsbygdsnätverket Sydosts nyhetsbrev. <a href="https://landsbygdsnatverket.example.org/'
        'avsluta?id=58213">Avsluta prenumerationen</a>.</div></div></body>',
    )
    m = new_message(
        "Landsbygdsnätverket Sydost <nyhetsbrev@landsbygdsnatverket.example.org>",
        "Nyhetsbrev januari: Dags att söka idéslanten!",
        t,
        mid,
        to=TO_PLAIN,
        headers=[
            (
                "List-Id",
                "Nyhetsbrev Landsbygdsnätverket Sydost <nyhetsbrev.landsbygdsnatverket.example.org>",
            ),
            (
                "!List-Unsubscribe",
                "<mailto:avsluta@landsbygdsnatverket.example.org?subject=avsluta>,\n"
                " <https://landsbygdsnatverket.example.org/avsluta?id=58213>",
            ),
            ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
            ("X-Mailer", "MailPoet 5.4"),
        ],
    )
    set_alternative(m, text, html_text)
    add(
        "102-nyhetsbrev-landsbygdsnatverket.eml",
        finish(m, ids, "generic"),
        label(
            "newsletter",
            "sv",
            "00000",
            "Bulk newsletter with List-Id and List-Unsubscribe (no Precedence header). Keyword trap: "
            "talks about idéslanten, lists the five elements, mentions 15 000 kr, an association with "
            "members and a granted amount. Never reply.",
        ),
    )


# ---------------------------------------------------------------------------------------------- 103
def m103() -> None:
    t = when(1, 12, 10, 3, 40)
    mid = ids.msgid("generic", "example.net").upper().replace("@EXAMPLE.NET", "@example.net")
    text = """\
HEJ
VI I GULLABO SENIORKLUBB SKULLE VILJA SÖKA PENGAR TILL EN DATAKURS FÖR OSS ÄLDRE HÄR I GULLABO
KLUBBEN HAR 34 MEDLEMMAR OCH VI TRÄFFAS VARANNAN TORSDAG I BYGDEGÅRDEN MED KAFFE OCH BINGO
NU ÄR DET SÅ ATT BANKEN OCH VÅRDCENTRALEN OCH ALLT SKA SKÖTAS PÅ DATORN OCH TELEFONEN OCH MÅNGA AV OSS KLARAR INTE DET OCH MÅSTE ÅKA TILL TORSÅS ELLER BE BARNBARNEN OM HJÄLP
VI VILL HA EN KURS PÅ SEX GÅNGER I BYGDEGÅRDEN DÄR EN KURSLEDARE FRÅN STUDIEFÖRBUNDET LÄR OSS BANKID OCH SWISH OCH ATT RINGA VIDEOSAMTAL SÅ VI KAN BO KVAR OCH KLARA OSS SJÄLVA HÄR UTE
DET ÄR FÖR BÅDE GUBBAR OCH KÄRRINGAR
VI TOG UPP DET PÅ JULFESTEN I DECEMBER OCH DÅ SKREV 28 STYCKEN UPP SIG PÅ LISTAN DIREKT OCH BYGDEGÅRDSFÖRENINGEN LÅNAR UT LOKALEN OCH NÄTET GRATIS
KURSLEDAREN KOSTAR 4000 KR OCH SÅ BEHÖVER VI HYRA 6 SURFPLATTOR AV STUDIEFÖRBUNDET FÖR 1200 KR TILL DOM SOM INTE HAR NÅGON EGEN OCH KAFFE OCH BULLAR BLIR VÄL 800 KR
RING MIG OM NI UNDRAR NÅGOT
ARNE PETTERSSON KASSÖR
0486-501 23
"""
    m = new_message(
        "ARNE PETTERSSON <arne.pettersson1939@example.net>",
        "ANSÖKAN PENGAR DATAKURS",
        t,
        mid,
        to=TO_PLAIN,
        subject_charset="iso-8859-1",
        headers=[("X-Mailer", "Microsoft Outlook Express 6.00.2900.5931"), ("X-Priority", "3")],
    )
    set_body(m, text, charset="iso-8859-1", cte="8bit")
    add(
        "103-datakurs-gullabo.eml",
        finish(m, ids, "generic"),
        label(
            "application",
            "sv",
            "11111",
            "Complete. Elderly writer, ALL CAPS, no punctuation at all, iso-8859-1 8bit body and an "
            "iso-8859-1 encoded-word subject. Association = named club with 34 members. Anchoring = 28 signed "
            "up at the Christmas party + the bygdegård association lends the venue. Budget in prose, no total: "
            "4000 + 1200 + 800 = 6000. Tablets are RENTED (not an investment); the course leader's fee is not "
            "a salary. 'BÅDE GUBBAR OCH KÄRRINGAR' -> women_and_men true. Names given in normal case.",
            association_name="Gullabo Seniorklubb",
            contact_name="Arne Pettersson",
            contact_email="arne.pettersson1939@example.net",
            contact_phone="0486-501 23",
            members=34,
            ort="Gullabo",
            amount_sek=6000,
            women_and_men=True,
        ),
    )


# ---------------------------------------------------------------------------------------------- 104
def m104() -> None:
    t = when(1, 13, 21, 7, 55)
    mid = ids.msgid("apple", "example.com")
    text = (
        "Hej! Vi är några föräldrar i Halltorp som vill ordna en fiskedag vid ån för byns barn i maj, "
        "där vi lär dem meta och grillar ihop efteråt så att barnen och deras familjer lär känna "
        "varandra. Vi söker ca 3000 kr.\n/Jonas Lind\n\nSkickat från min iPhone\n"
    )
    m = new_message(
        "Jonas Lind <jonas.lind@example.com>",
        "Fiskedag",
        t,
        mid,
        to=TO_PLAIN,
        headers=[("X-Mailer", "iPhone Mail (23C71)")],
    )
    set_body(m, text)
    APPS["halltorp"] = dict(
        mid=mid, t=t, subject="Fiskedag", text=text, frm="Jonas Lind <jonas.lind@example.com>"
    )
    add(
        "104-fiskedag-halltorp.eml",
        finish(m, ids, "apple"),
        label(
            "application",
            "sv",
            "01100",
            "Three lines from an iPhone. Association missing: 'några föräldrar i Halltorp', no group named. "
            "Contact = signer '/Jonas Lind' writing from his own address (no phone). Activity concrete "
            "(fishing day by the stream for the village children, families get to know each other). No "
            "anchoring. Budget missing: only a rough figure 'ca 3000 kr' -> amount 3000. Followed up later "
            "(inline answers).",
            contact_name="Jonas Lind",
            contact_email="jonas.lind@example.com",
            ort="Halltorp",
            amount_sek=3000,
        ),
    )


# ---------------------------------------------------------------------------------------------- 105
def m105() -> None:
    t = when(1, 14, 12, 18, 9)
    mid = ids.msgid("generic", "example.net")
    text = """\
Hej!

Jag sitter i styrelsen för Ljungbyholms Filmklubb. Vi funderar på att söka
idéslanten för att kunna visa film i församlingshemmet i Ljungbyholm en gång i
månaden nästa vinter.

Min fråga: får man köpa en egen projektor och filmduk för pengarna, eller måste
vi hyra? Det blir ju dyrt i längden att hyra varje gång. Och måste föreningen
ha ett organisationsnummer för att få söka?

Tacksam för svar innan vi skriver ansökan.

Med vänlig hälsning
Per Holmgren
ordförande, Ljungbyholms Filmklubb
0480-36 21 58
"""
    m = new_message(
        "Per Holmgren <per.holmgren@example.net>",
        "Fråga om idéslanten – projektor?",
        t,
        mid,
        headers=[("User-Agent", "Roundcube Webmail/1.6.11")],
    )
    set_body(m, text, cte="8bit")
    add(
        "105-fraga-projektor-ljungbyholm.eml",
        finish(m, ids, "generic"),
        label(
            "question",
            "sv",
            "00000",
            "Question, not an application: asks whether a projector and screen may be BOUGHT with the grant "
            "and whether an org.nr is needed. physical_investment true because the mail itself proposes "
            "buying equipment; salary_costs null. No amount.",
            association_name="Ljungbyholms Filmklubb",
            contact_name="Per Holmgren",
            contact_email="per.holmgren@example.net",
            contact_phone="0480-36 21 58",
            ort="Ljungbyholm",
            physical_investment=True,
        ),
    )


# ---------------------------------------------------------------------------------------------- 106
VISSEFJARDA_ROWS = [
    ("Arvode berättarledare, 3 kvällar", "3 000"),
    ("Hyra av församlingshemmet", "1 500"),
    ("Hyra av inspelningsutrustning", "800"),
    ("Annonsering i lokaltidningen", "900"),
    ("Fika", "1 200"),
]


def m106() -> None:
    org = orgnr("802431862")
    t = when(1, 15, 9, 12, 30)
    mid = ids.msgid("outlook")
    paras_a = [
        "Hej!",
        "",
        f"Vissefjärda Hembygdsförening (org.nr {org}) söker härmed bidrag ur regional bygdepeng – "
        "idéslanten.",
        "",
        "Föreningen har funnits sedan 1931 och har ca 150 medlemmar. Vi driver hembygdsgården vid kyrkan "
        "och ger ut en årsskrift om socknens historia.",
        "",
        "Under hösten 2026 vill vi ordna tre minneskvällar i församlingshemmet i Vissefjärda. Äldre "
        "bybor berättar om hur det var att växa upp och arbeta i socknen – på glasbruken, i skogen och "
        "på gårdarna – och berättelserna spelas in och tas med i nästa årsskrift. Många har flyttat hit "
        "de senaste åren och vet lite om bygden, och kvällarna ska ge nya och gamla Vissefjärdabor "
        "något att samlas kring och prata om.",
        "",
        "Vi tror att många kommer att uppskatta kvällarna.",
        "",
        "Budget:",
    ]
    paras_b = [
        "",
        "Med vänlig hälsning",
        "Britt-Marie Olausson",
        "Kassör, Vissefjärda Hembygdsförening",
        "Tel 0471-24 81 37",
        "Mobil 070-318 55 20",
    ]
    html_text = (
        OUTLOOK_HEAD.format(charset="windows-1252")
        + "".join(mso_p(p) for p in paras_a)
        + mso_table(VISSEFJARDA_ROWS, header=("Kostnadspost", "Kronor"), total=("Summa", "7 400"))
        + "".join(mso_p(p) for p in paras_b)
        + OUTLOOK_TAIL
    )
    m = new_message(
        "Britt-Marie Olausson <bm.olausson@example.se>",
        "Ansökan bygdepeng – minneskvällar i Vissefjärda",
        t,
        mid,
        headers=outlook_headers("Ansökan bygdepeng – minneskvällar i Vissefjärda"),
    )
    set_body(m, html_text, subtype="html", charset="windows-1252")
    plain = (
        "\n".join(paras_a)
        + "\n"
        + "\n".join(f"{a}\t{b}" for a, b in VISSEFJARDA_ROWS)
        + "\nSumma\t7 400\n"
        + "\n".join(paras_b)
        + "\n"
    )
    APPS["vissefjarda"] = dict(
        mid=mid,
        t=t,
        subject="Ansökan bygdepeng – minneskvällar i Vissefjärda",
        text=plain,
        frm="Britt-Marie Olausson <bm.olausson@example.se>",
    )
    add(
        "106-minneskvallar-vissefjarda.eml",
        finish(m, ids, "outlook"),
        label(
            "application",
            "sv",
            "11101",
            "HTML-only Outlook mail (Word-generated HTML, windows-1252 quoted-printable, no text/plain part); "
            "budget as an HTML <table> with header and total row. Anchoring missing: only 'Vi tror att många "
            "kommer att uppskatta kvällarna'. 'ca 150 medlemmar' = 150. Two phones: the first (0471-24 81 37) "
            "is recorded. Renting recording equipment is not an investment; storyteller fee is not salary.",
            association_name="Vissefjärda Hembygdsförening",
            org_number=org,
            contact_name="Britt-Marie Olausson",
            contact_email="bm.olausson@example.se",
            contact_phone="0471-24 81 37",
            members=150,
            ort="Vissefjärda",
            amount_sek=7400,
        ),
    )


# ---------------------------------------------------------------------------------------------- 107
def m107() -> None:
    app = APPS["halltorp"]
    rt = when(1, 14, 7, 30, 0)
    rid = receipt_id(rt, 1)
    t = when(1, 19, 20, 44, 3)
    mid = ids.msgid("generic", "example.com")
    who = OFFICER
    rc = receipt_text(["association", "anchoring", "budget"]).split("\n")
    # Inline answers: the bot's receipt is quoted and the answers are written between its lines.
    text = (
        "Hej, svarar direkt i texten nedan.\n\n"
        + sv_gmail_header(rt, who)
        + "\n"
        + quote("\n".join(rc[0:6]))
        + "\nVi är Föräldraföreningen i Halltorp, alltså föräldrarna till barnen på Halltorps skola.\n"
        "Föreningen har 31 medlemmar (familjer) och ordnar bland annat skolavslutningsfika och\n"
        "vårstädning av skolgården.\n\n"
        + quote(rc[6])
        + "\nVi frågade alla familjer på skolan i en enkät före jul och 24 av 29 ville vara med.\n"
        "Halltorps Sportfiskeklubb ställer upp med fyra ledare och lånar ut metspön.\n\n"
        + quote(rc[7])
        + "\nFiskekort för barn och ledare 900 kr\nMask och krokar 600 kr\nKorv, bröd och dricka 1 100 kr\n"
        "Hyra av grillplatsen vid bygdegården 400 kr\nTotalt 3 000 kr\n\n"
        + quote("\n".join(rc[8:]))
        + ">\n"
        + quote(sv_gmail_header(app["t"], app["frm"]) + "\n" + quote(app["text"]))
        + "\n/Jonas Lind\n070-845 12 96\n"
    )
    m = new_message(
        "Jonas Lind <jonas.lind@example.com>",
        "Re: SV: Fiskedag",
        t,
        mid,
        to=TO_OFFICER,
        headers=[
            ("In-Reply-To", rid),
            ("References", f"{app['mid']} {rid}"),
            ("User-Agent", "Mozilla Thunderbird"),
        ],
    )
    set_body(m, text, cte="8bit")
    add(
        "107-svar-halltorp-inline.eml",
        finish(m, ids, "thunderbird"),
        label(
            "followup",
            "sv",
            "11011",
            "Followup to 104 (Halltorp) with INLINE answers written between the quoted '> ' lines of the "
            "bot's receipt; the original iPhone mail is quoted again at the bottom ('> >'). In-Reply-To is the "
            "bot's receipt id; References holds the application's Message-ID and the receipt id. New text "
            "adds association (Föräldraföreningen i Halltorp, 31 member families), anchoring (survey 24 of "
            "29 families, the angling club provides leaders and lends rods) and a budget summing to 3 000. "
            "Activity is not re-described in the new text -> false. Contact = signer from own address + phone.",
            association_name="Föräldraföreningen i Halltorp",
            contact_name="Jonas Lind",
            contact_email="jonas.lind@example.com",
            contact_phone="070-845 12 96",
            members=31,
            ort="Halltorp",
            amount_sek=3000,
        ),
    )


# ---------------------------------------------------------------------------------------------- 108
def m108() -> None:
    org = orgnr("802541773")
    t = when(1, 20, 16, 25, 48)
    mid = ids.msgid("thunderbird", "example.com")
    text = f"""\
Dear Sir or Madam,

We would like to apply for the regional village grant (idéslanten).

About us: Silverdalen Newcomers' Club is a non-profit association founded in
2024 by families who have moved to Silverdalen from the Netherlands, Germany and
Poland, together with a few Swedish neighbours who wanted to help. We have 18
members. Org. no. {org}.

What we want to do: from September to December 2026 we will run a weekly
language café in the old school building in Silverdalen, where newcomers
practise Swedish with local residents over coffee, plus three evenings on "how
things work here" (the local associations, the volunteer fire brigade, snow
clearing and the recycling station). Many newcomers leave again after a year or
two because they never get to know anyone. We want them to stay, join the local
associations and perhaps start businesses here. The café is open to women and
men of all ages.

Local support: the idea was discussed at an open meeting in the parish hall in
November with around 40 people. The local football club lends us its clubhouse
for two of the evenings, the parish provides the coffee, and six Swedish
residents have volunteered as conversation hosts.

We apply for 12,000 SEK.

Contact person: Pieter van Dijk, chairman
pieter.vandijk@example.com
+46 73 402 18 55

Kind regards,
Pieter van Dijk
"""
    m = new_message(
        "Pieter van Dijk <pieter.vandijk@example.com>",
        "Application – language café in Silverdalen",
        t,
        mid,
        headers=[("User-Agent", "Mozilla Thunderbird"), ("Content-Language", "en-GB")],
    )
    set_body(m, text)
    APPS["silverdalen"] = dict(mid=mid, t=t)
    add(
        "108-language-cafe-silverdalen.eml",
        finish(m, ids, "thunderbird"),
        label(
            "application",
            "en",
            "11110",
            "English application. Budget missing: only 'We apply for 12,000 SEK' (comma as thousands "
            "separator) -> amount 12000, no items. 'around 40 people' at the meeting are not members (18 are). "
            "Anchoring = open meeting, football club and parish help, six volunteers. 'women and men' -> true.",
            association_name="Silverdalen Newcomers' Club",
            org_number=org,
            contact_name="Pieter van Dijk",
            contact_email="pieter.vandijk@example.com",
            contact_phone="+46 73 402 18 55",
            members=18,
            ort="Silverdalen",
            amount_sek=12000,
            women_and_men=True,
        ),
    )


# ---------------------------------------------------------------------------------------------- 109
def m109() -> None:
    app = APPS["silverdalen"]
    rt = when(1, 21, 7, 30, 0)
    rid = receipt_id(rt, 2)
    t = when(1, 21, 7, 30, 26)
    mid = ids.msgid("thunderbird", "example.com")
    text = """\
Thank you for your message.

I am out of the office until Monday 2 February with limited access to e-mail.
For questions about Silverdalen Newcomers' Club, please contact our secretary
Anna Kowalska, anna.kowalska@example.com.

Best regards,
Pieter van Dijk
"""
    m = new_message(
        "Pieter van Dijk <pieter.vandijk@example.com>",
        "Out of Office: SV: Application – language café in Silverdalen",
        t,
        mid,
        headers=[
            ("In-Reply-To", rid),
            ("References", f"{app['mid']} {rid}"),
            ("X-Autoreply", "yes"),
            ("Precedence", "auto_reply"),
            ("User-Agent", "Mozilla Thunderbird"),
        ],
    )
    set_body(m, text, charset="us-ascii", cte="7bit")
    add(
        "109-out-of-office-silverdalen.eml",
        finish(m, ids, "thunderbird"),
        label(
            "autoreply",
            "en",
            "00000",
            "English 'Out of Office' reply to the bot's receipt for 108, with X-Autoreply: yes and "
            "Precedence: auto_reply (no Auto-Submitted). Threaded (References has the application id) and "
            "names a person and address, but it is not a followup. Never reply.",
        ),
    )


# ---------------------------------------------------------------------------------------------- 110
def m110() -> None:
    app = APPS["vissefjarda"]
    rt = when(1, 16, 7, 30, 0)
    t = when(1, 22, 13, 5, 51)
    mid = ids.msgid("outlook")
    new = """\
Hej!

Förlåt, det glömde jag att skriva. Minneskvällarna bestämdes på vårt årsmöte i
mars förra året, där 41 personer var med. Vi gör dem tillsammans med
Vissefjärda Pensionärsförening, som hjälper oss att hitta berättare, och
klass 6 på skolan i Vissefjärda, som ska intervjua de äldre inför kvällarna.
Tolv berättare har redan sagt ja.

Med vänlig hälsning
Britt-Marie Olausson
0471-24 81 37
"""
    subj = "SV: Ansökan bygdepeng – minneskvällar i Vissefjärda"
    bot_from = "Idéslanten – Region Kalmar län <landsbygdsutvecklare@example.se>"
    quoted = (
        "\n________________________________\n"
        + sv_outlook_block(bot_from, rt, app["frm"], subj)
        + "\n"
        + receipt_text(["anchoring"])
        + "\n________________________________\n"
        + sv_outlook_block(app["frm"], app["t"], OFFICER, app["subject"])
        + "\n"
        + app["text"]
    )
    plain = new + quoted
    html_new = "".join(mso_p(x) for x in new.rstrip("\n").split("\n"))
    html_q = (
        '<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">'
        + "".join(mso_p(x) for x in quoted.strip("\n").split("\n")[1:])
        + "</div>\n"
    )
    html_text = OUTLOOK_HEAD.format(charset="utf-8") + html_new + html_q + OUTLOOK_TAIL
    m = new_message(
        "Britt-Marie Olausson <bm.olausson@example.se>",
        subj,
        t,
        mid,
        headers=[("In-Reply-To", app["mid"]), ("References", app["mid"])]
        + outlook_headers("Ansökan bygdepeng – minneskvällar i Vissefjärda"),
    )
    set_alternative(m, plain, html_text)
    add(
        "110-svar-vissefjarda-forankring.eml",
        finish(m, ids, "outlook"),
        label(
            "followup",
            "sv",
            "01010",
            "Top-posted Outlook reply (multipart/alternative) to 106 with quoted Outlook headers "
            "('Från: Idéslanten – Region Kalmar län ... Skickat: ... Till: ... Ämne: SV: ...'), the bot's "
            "receipt and the original application (with its budget table as tab-separated lines) below, "
            "unmarked by '>'. New text adds only anchoring (annual meeting, pensioners' association, school "
            "class, twelve storytellers). Association false: only partner groups are named. Contact true by "
            "the signer rule (name + phone from own address). 41 meeting attendees are not members.",
            contact_name="Britt-Marie Olausson",
            contact_email="bm.olausson@example.se",
            contact_phone="0471-24 81 37",
            ort="Vissefjärda",
        ),
    )


# ---------------------------------------------------------------------------------------------- 111
def m111() -> None:
    org = orgnr("802438115")
    t = when(1, 26, 8, 47, 12)
    mid = ids.msgid("outlook")
    text = f"""\
Hej!

Här kommer vår ansökan. Göran skrev utkastet efter styrelsemötet och jag
skickar det vidare som det är. Hör av er till mig om något saknas.

Kerstin Ljung
sekreterare, Pelarne Bygdelag
070-266 41 83

Från: Göran Frisk <goran.frisk@example.net>
Skickat: den 24 januari 2026 21:14
Till: Kerstin Ljung <kerstin.ljung@example.net>
Ämne: utkast ansökan idéslanten

Ansökan om regional bygdepeng – idéslanten

Sökande: Pelarne Bygdelag, org.nr {org}. Ideell förening för Pelarne socken,
45 medlemmar.

Aktivitet: En slåtterdag på kyrkängen i Pelarne i juli 2026, med kurs i att slå
med lie för nybörjare, räfsning och hässjning, och slåttergröt på eftermiddagen.
Ängen har inte slagits på tjugo år och håller på att växa igen. Vi vill att den
ska bli en samlingsplats för byn igen, lära yngre bybor ett gammalt hantverk och
visa sommargästerna att Pelarne lever. Dagen är öppen för alla, kvinnor och män,
unga och gamla.

Förankring: Byastämman i november ställde sig bakom idén, och Pelarne
hembygdsförening och kyrkorådet (som äger ängen) är med och arrangerar. Tolv
personer har redan anmält sig till liekursen.

Kontaktperson: Kerstin Ljung, 070-266 41 83, kerstin.ljung@example.net

Budget:
Kursledare (arvode) 2 000 kr
Inköp av fem liar med orv 2 500 kr
Slipstenar och brynen 400 kr
Slåttergröt och fika 900 kr
Annonsering 600 kr
Summa 6 400 kr

/Göran
"""
    m = new_message(
        "Kerstin Ljung <kerstin.ljung@example.net>",
        "VB: utkast ansökan idéslanten",
        t,
        mid,
        headers=outlook_headers("utkast ansökan idéslanten"),
    )
    set_body(m, text, cte="8bit")
    add(
        "111-slatterdag-pelarne-vb.eml",
        finish(m, ids, "outlook"),
        label(
            "application",
            "sv",
            "11111",
            "Complete. Outlook forward ('VB:', Från/Skickat/Till/Ämne block without '>'): the forwarded draft "
            "IS the application and counts as new text. Contact = forwarding secretary (named in the draft "
            "and signing with phone from her own address). Eligibility trap: 'Inköp av fem liar' (buying "
            "scythes, plus whetstones) = buying tools -> physical_investment true. Course leader fee is not "
            "salary. 'kvinnor och män' -> true.",
            association_name="Pelarne Bygdelag",
            org_number=org,
            contact_name="Kerstin Ljung",
            contact_email="kerstin.ljung@example.net",
            contact_phone="070-266 41 83",
            members=45,
            ort="Pelarne",
            amount_sek=6400,
            women_and_men=True,
            physical_investment=True,
        ),
    )


# ---------------------------------------------------------------------------------------------- 112
def m112() -> None:
    t = when(1, 28, 15, 33, 7)
    mid = ids.msgid("roundcube", "example.se")
    text = """\
Hej på er där på Regionen!

Jag heter Gunnel och har bott i Grönskåra i snart fyrtio år, och jag ska försöka förklara vad vi håller på med, men jag är ingen van skribent så ni får ursäkta om det blir lite hit och dit. Det hela började egentligen när Grönskåra Bygdegårdsförening, där jag sitter som ordförande sedan några år, hade sitt årsmöte i höstas och någon sa att det var synd att dansbanan bakom bygdegården står tom varje sommar numera. Förr var det dans där varje lördag och folk kom ända från Högsby och Fagerhult.

Vi är ett trettital medlemmar i föreningen, de flesta i min ålder tyvärr, men det har flyttat in en del barnfamiljer de senaste åren och dem vill vi gärna få med. Så det vi vill göra är tre dansaftnar i juli med levande musik på dansbanan, med fiskdamm och lekar för barnen tidigt på kvällen och dans för oss äldre och de yngre sen. Alla är välkomna, både damer och herrar, gifta och ogifta som man sa förr, och vi tror att det kan få de nya familjerna att känna sig hemma här.

På årsmötet var vi 31 stycken och alla röstade för att vi skulle försöka, och jaktlaget har lovat att sköta parkeringen och korvgrillen, och det är redan ett femtontal som skrivit upp sig för att baka och stå i kaffeserveringen.

Vad det kostar har vi räknat på så gott det går. Musikerna vill ha 3 000 för varje kväll, så det blir 9 000 för de tre kvällarna, sen ska vi ha annonser i lokaltidningen och lappar i affären för kanske 1 200, och till fiskdammen och lekarna går det väl åt 600 i priser och godis. Städningen gör vi själva.

Ring eller skriv om det är något. Mitt nummer är 0491-210 55 och mobilen 073-864 20 17.

Hälsningar från Gunnel Axelsson
Grönskåra
"""
    m = new_message(
        "Gunnel Axelsson <gunnel.axelsson@example.se>",
        "Dansaftnar i Grönskåra",
        t,
        mid,
        headers=[("User-Agent", "Roundcube Webmail/1.6.11")],
    )
    set_body(m, text, cte="base64")
    add(
        "112-dansaftnar-gronskara.eml",
        finish(m, ids, "generic"),
        label(
            "application",
            "sv",
            "11111",
            "Complete, but rambling prose with the elements spread over long one-line paragraphs (base64 "
            "utf-8). The association name comes in the middle of a sentence; 'ett trettital medlemmar' = 30 "
            "(31 at the meeting are attendees). Budget only in prose without 'kr' on most figures and without "
            "a total: 9 000 + 1 200 + 600 = 10 800. Musicians' fee is a performer fee, not salary. 'både damer "
            "och herrar' -> true. Two phones; the first is recorded.",
            association_name="Grönskåra Bygdegårdsförening",
            contact_name="Gunnel Axelsson",
            contact_email="gunnel.axelsson@example.se",
            contact_phone="0491-210 55",
            members=30,
            ort="Grönskåra",
            amount_sek=10800,
            women_and_men=True,
        ),
    )


# ---------------------------------------------------------------------------------------------- 113
def m113() -> None:
    t = when(2, 2, 4, 11, 37)
    mid = ids.msgid("generic", "euromillions-award.example.net")
    text = """\
EURO MILLIONS INTERNATIONAL PROMOTION
Claims Department, Ref: EM/2026/SE-77410

Dear Winner,

CONGRATULATIONS!!! We are pleased to inform you that your email address was
selected in our international e-mail draw held on 28 January 2026. You have won
the sum of EUR 850,000.00 (Eight Hundred and Fifty Thousand Euros).

To claim your prize, contact our claims agent with the following details:
1. Full name and address
2. Telephone number
3. Bank name and account number
4. A copy of your ID card

A processing fee of EUR 195 must be paid before the transfer can be made.
Keep this notification confidential to avoid double claiming.

Claims agent: Mr. Richard Owens
E-mail: agent.claims@example.com

Yours faithfully,
Mrs. Helena Vogt
Promotions Manager
"""
    m = new_message(
        "Euro Millions International <claims@euromillions-award.example.net>",
        "CONGRATULATIONS!!! Your email address has won EUR 850,000.00",
        t,
        mid,
        to="undisclosed-recipients:;",
        headers=[
            ("Reply-To", "agent.claims@example.com"),
            ("X-Priority", "1 (Highest)"),
            ("X-Mailer", "PHPMailer 6.9.1"),
        ],
    )
    set_body(m, text, charset="us-ascii", cte="7bit")
    add(
        "113-spam-lottery.eml",
        finish(m, ids, "generic"),
        label(
            "spam",
            "en",
            "00000",
            "Classic English lottery/advance-fee scam: undisclosed recipients, Reply-To on another domain, "
            "numbered list of details to send, an amount and a named agent. Not an application.",
        ),
    )


# ---------------------------------------------------------------------------------------------- 114
def m114() -> None:
    org = orgnr("802466290")
    t = when(2, 3, 10, 48, 5)
    mid = ids.msgid("outlook")
    text = f"""\
Till Region Kalmar län, landsbygdsutveckling

Ansökan om regional bygdepeng - idéslanten

a) Sökande förening
Fliseryds Samhällsförening, org.nr {org}. Föreningen arbetar för service,
boende och trivsel i Fliseryd. Ca 120 hushåll är medlemmar.

b) Aktivitet
Fliserydsdagen lördag 22 augusti 2026: marknad med lokala producenter och
hantverkare, öppet hus hos byns företag, tipspromenad längs Emån och
kvällskonsert vid bygdegården. Syftet är att visa upp det som finns i Fliseryd
för nyinflyttade och sommargäster, ge de lokala företagen nya kunder och stärka
sammanhållningen i samhället.

c) Förankring
Under hösten delade vi ut en enkät i alla brevlådor i samhället; 96 hushåll
svarade och 81 av dem ville ha en återkommande bydag. Fliseryds
Företagarförening och hembygdsföreningen arrangerar dagen tillsammans med oss.

d) Budget
Hyra av scen och ljudanläggning     4 000 kr
Artistarvode kvällskonsert          5 000 kr
Annonsering och affischer           1 800 kr
Tillstånd och renhållning           1 200 kr
Priser till tipspromenaden            500 kr
Summa                              12 500 kr

Med vänlig hälsning
Styrelsen för Fliseryds Samhällsförening
"""
    subj = "Ansökan: Fliserydsdagen 2026"
    frm = "Fliseryds Samhällsförening <info@fliseryd.example.se>"
    m = new_message(frm, subj, t, mid, headers=outlook_headers(subj))
    set_body(m, text, charset="iso-8859-1")
    APPS["fliseryd"] = dict(mid=mid, t=t, subject=subj, text=text, frm=frm)
    add(
        "114-fliserydsdagen.eml",
        finish(m, ids, "outlook"),
        label(
            "application",
            "sv",
            "10111",
            "Lettered list a)-d) (iso-8859-1 quoted-printable). Contact missing: shared info@ mailbox, signed "
            "'Styrelsen för ...', no person anywhere. 'Ca 120 hushåll är medlemmar' = 120. Anchoring = survey "
            "(96 answers) + two co-arranging associations. Budget aligned with spaces, total 12 500. Stage "
            "and sound are rented.",
            association_name="Fliseryds Samhällsförening",
            org_number=org,
            members=120,
            ort="Fliseryd",
            amount_sek=12500,
        ),
    )


# ---------------------------------------------------------------------------------------------- 115
def m115() -> None:
    t = when(2, 5, 18, 2, 44)
    mid = ids.msgid("apple", "example.org")
    text = """\
Hej!

Här kommer en ansökan från oss i Köpingsviks Vänner.

• Förening: Köpingsviks Vänner, ideell förening sedan 2011, 27 st medlemmar, både bofasta och sommarboende.
• Kontakt: Lena Borg, ordförande, 0485-721 30, lena.borg@example.org
• Vad vi vill göra: sex guidade kvällsvandringar i juli och augusti om Köpingsvik under vikingatid och medeltid, när här låg en av Ölands viktigaste handelsplatser. En arkeolog berättar, och barnen får prova att skriva runor och spela vikingaspel på stranden. Vi vill att köpingsviksborna själva ska bli stolta över platsens historia och att besökarna stannar kvar i byn, äter på kaféerna och handlar i butikerna.
• Budget: kommer senare, vi väntar på offert från arkeologen. Vi räknar med att söka ungefär 10 000 kr.

Hälsningar
Lena
"""
    subj = "Ansökan om idéslanten – vikingavandringar i Köpingsvik"
    m = new_message(
        "Lena Borg <lena.borg@example.org>",
        subj,
        t,
        mid,
        headers=[("X-Mailer", "Apple Mail (2.3826.700.81)")],
    )
    set_body(m, text)
    APPS["kopingsvik"] = dict(
        mid=mid, t=t, subject=subj, text=text, frm="Lena Borg <lena.borg@example.org>"
    )
    add(
        "115-vikingavandringar-kopingsvik.eml",
        finish(m, ids, "apple"),
        label(
            "application",
            "sv",
            "11100",
            "Bullet list with '•'. '27 st medlemmar' = 27. Contact given in the bullet (name, phone, e-mail). "
            "Anchoring missing (nothing about support). Budget missing: 'kommer senare' plus a rough figure "
            "'ungefär 10 000 kr' -> amount 10000. The archaeologist's fee is a lecturer-type fee.",
            association_name="Köpingsviks Vänner",
            contact_name="Lena Borg",
            contact_email="lena.borg@example.org",
            contact_phone="0485-721 30",
            members=27,
            ort="Köpingsvik",
            amount_sek=10000,
        ),
    )


# ---------------------------------------------------------------------------------------------- 116
def m116() -> None:
    org = orgnr("802538402")
    t = when(2, 9, 22, 16, 29)
    mid = ids.msgid("outlook")
    intro = [
        "Hej hej!",
        "",
        "Vi är Örsjö Youth Crew, en ideell förening som vi startade förra året. Vi är 19 medlemmar, mest "
        f"tonåringar från Örsjö plus två vuxna i styrelsen. Vårt org.nr är {org}.",
        "",
        "Basically vill vi köra game nights i Folkets hus i Örsjö en fredag i månaden från september till "
        "december: brädspel, Mario Kart-turnering på storbild och pizza. Det finns literally ingenstans att "
        "hänga här på fredagskvällar sedan fritidsgården stängde, och alla åker in till Nybro eller sitter "
        "hemma. Vi vill att det ska finnas ett safe space för tjejer och killar i byn och att fler unga vill "
        "bo kvar här.",
        "",
        "Förankring: vi har pratat med Örsjö byalag som hyr ut Folkets hus billigt till oss, och "
        "idrottsföreningens ungdomsledare hjälper till som vuxna på plats. I vår Discord-poll svarade 43 "
        "kids att de vill komma.",
        "",
        "Budget (4 kvällar):",
    ]
    items = [
        "Hyra Folkets hus: 4 x 500 = 2 000 kr",
        "Hyra av projektor och duk: 4 x 150 = 600 kr",
        "Pizza och läsk: 4 x 600 = 2 400 kr",
        "Marknadsföring (affischer, Insta-ads): 500 kr",
    ]
    outro = [
        "Totalt: 5 500 kr",
        "",
        "Kontakt: Elin Nord (ordförande), 0739215486",
        "",
        "Thanks så mycket!",
        "Elin",
    ]
    plain = "\n".join(intro) + "\n" + "".join(f"- {x}\n" for x in items) + "\n".join(outro) + "\n"
    html_text = (
        OUTLOOK_HEAD.format(charset="windows-1252")
        + "".join(mso_p(p) for p in intro)
        + '<ul style="margin-top:0cm" type="disc">\n'
        + "".join(
            f'<li class="MsoNormal" style="mso-list:l0 level1 lfo1">{x}<o:p></o:p></li>\n'
            for x in items
        )
        + "</ul>\n"
        + "".join(mso_p(p) for p in outro)
        + OUTLOOK_TAIL
    )
    m = new_message(
        "Elin Nord <elin.nord@example.com>",
        "Ansökan – game nights i Örsjö!!",
        t,
        mid,
        headers=outlook_headers("Ansökan – game nights i Örsjö!!"),
    )
    set_alternative(m, plain, html_text, charset="windows-1252")
    add(
        "116-game-nights-orsjo.eml",
        finish(m, ids, "outlook"),
        label(
            "application",
            "sv",
            "11111",
            "Complete. Swedish with many English words ('basically', 'literally', 'safe space', 'kids', "
            "'Thanks så mycket'); multipart/alternative, both parts windows-1252 quoted-printable, budget as a "
            "list (HTML <ul>). Renting projector and screen is not an investment. Anchoring = byalag rents out "
            "the hall, sports club youth leaders help, 43 poll answers (not members). Phone written without "
            "spaces (0739215486). 'tjejer och killar' -> true.",
            association_name="Örsjö Youth Crew",
            org_number=org,
            contact_name="Elin Nord",
            contact_email="elin.nord@example.com",
            contact_phone="0739215486",
            members=19,
            ort="Örsjö",
            amount_sek=5500,
            women_and_men=True,
        ),
    )


# ---------------------------------------------------------------------------------------------- 117
def m117() -> None:
    app = APPS["fliseryd"]
    rt = when(2, 4, 7, 30, 0)
    t = when(2, 10, 19, 22, 16)
    mid = ids.msgid("outlook")
    new = """\
Hej!

Tack för svaret. Kontaktperson för ansökan är vår ordförande Eva Sten, tel
0499-230 14, e-post eva.sten@example.se. Det går bra att ringa kvällstid.

Med vänlig hälsning
Styrelsen
"""
    subj = "SV: " + app["subject"]
    text = (
        new
        + "\nFrån: "
        + OFFICER
        + "\nSkickat: den 4 februari 2026 07:30\nTill: "
        + app["frm"]
        + "\nÄmne: "
        + subj
        + "\n\n"
        + receipt_text(["contact"])
        + "\n"
        + sv_outlook_block(app["frm"], app["t"], OFFICER, app["subject"])
        + "\n"
        + app["text"]
    )
    m = new_message(
        app["frm"],
        subj,
        t,
        mid,
        headers=[("In-Reply-To", app["mid"]), ("References", app["mid"])]
        + outlook_headers(app["subject"]),
    )
    set_body(m, text, charset="windows-1252")
    assert rt.day == 4
    add(
        "117-svar-fliseryd-kontakt.eml",
        finish(m, ids, "outlook"),
        label(
            "followup",
            "sv",
            "01000",
            "Followup to 114 (contact missing), again from the shared info@ mailbox and signed 'Styrelsen'. "
            "The new text names a reachable contact person with her own e-mail and phone -> contact true, "
            "contact_email is HER address, not the From address. Everything else is in the quoted Outlook "
            "blocks (bot receipt + original) and does not count.",
            contact_name="Eva Sten",
            contact_email="eva.sten@example.se",
            contact_phone="0499-230 14",
        ),
    )


# ---------------------------------------------------------------------------------------------- 118
def m118() -> None:
    t = when(2, 11, 11, 9, 58)
    mid = ids.msgid("thunderbird", "example.net")
    text = """\
Hej,

Tvärskogs Intresseförening ansöker härmed om regional bygdepeng – idéslanten
för 2026.

Om oss: föreningen bildades 1987 och har i dag 58 medlemmar. Vi sköter byns
anslagstavlor, ordnar valborgsfirande och julgransplundring och håller
bygdegården öppen för uthyrning.

Sedan skolan i Tvärskog lades ner förra året har det blivit tystare i byn, och
vi vill göra något för byn så att folk fortsätter att trivas och träffas. Exakt
hur vet vi inte ännu, det ska vi bestämma under våren, men pengarna ska gå till
att samla folk.

Frågan togs upp på ett stormöte i bygdegården den 18 januari. 52 personer kom,
och mötet gav föreningen i uppdrag att söka pengar. Tvärskogs hembygdsförening
och jaktlaget har lovat att hjälpa till.

Budgeten finns i bifogat Word-dokument.

Med vänliga hälsningar
Anders Ek
ordförande, Tvärskogs Intresseförening
070-981 32 07
"""
    subj = "Ansökan bygdepeng Tvärskog"
    m = new_message(
        "Anders Ek <anders.ek@example.net>",
        subj,
        t,
        mid,
        headers=[("User-Agent", "Mozilla Thunderbird"), ("Content-Language", "sv-SE")],
    )
    set_body(m, text, cte="8bit")
    doc = make_docx(
        "Budget – Tvärskogs Intresseförening 2026",
        ["Ansökan om regional bygdepeng – idéslanten."],
        [
            ("Lokalhyra bygdegården", "2 000 kr"),
            ("Fika och mat", "1 500 kr"),
            ("Annonsering", "800 kr"),
            ("Pyssel- och förbrukningsmaterial", "1 200 kr"),
        ],
        ("Kostnadspost", "Belopp"),
        ("Summa", "5 500 kr"),
        author="Anders Ek",
    )
    attach_bytes(
        m,
        doc,
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        "Budget Tvärskog 2026.docx",
    )
    APPS["tvarskog"] = dict(mid=mid, t=t, subject=subj)
    add(
        "118-intresseforening-tvarskog.eml",
        finish(m, ids, "thunderbird"),
        label(
            "application",
            "sv",
            "11011",
            "Activity missing: 'vi vill göra något för byn ... Exakt hur vet vi inte ännu' is the vague wish "
            "the README names. Budget only in the .docx attachment (table, total 5 500; non-ASCII file name "
            "in RFC 2231 form). Anchoring = stormöte with 52 people (attendees, not members) + two helpers. "
            "Consumables are not an investment.",
            association_name="Tvärskogs Intresseförening",
            contact_name="Anders Ek",
            contact_email="anders.ek@example.net",
            contact_phone="070-981 32 07",
            members=58,
            ort="Tvärskog",
            amount_sek=5500,
        ),
    )


# ---------------------------------------------------------------------------------------------- 119
def m119() -> None:
    app = APPS["tvarskog"]
    rt = when(2, 12, 7, 30, 0)
    rid = receipt_id(rt, 3)
    t = when(2, 12, 7, 30, 41)
    mid = ids.msgid("thunderbird", "example.net")
    text = """\
Hej!

Jag är bortrest till och med måndag 23 februari och har begränsad tillgång till
e-post. Brådskande frågor om Tvärskogs Intresseförening kan ställas till vice
ordförande Lisa Åkesson, 070-377 19 62.

Anders Ek

Detta är ett automatiskt frånvaromeddelande.
"""
    m = new_message(
        "Anders Ek <anders.ek@example.net>",
        "Frånvaromeddelande: SV: " + app["subject"],
        t,
        mid,
        headers=[
            ("In-Reply-To", rid),
            ("References", f"{app['mid']} {rid}"),
            ("Auto-Submitted", "auto-replied"),
            ("User-Agent", "Mozilla Thunderbird"),
        ],
    )
    set_body(m, text)
    add(
        "119-franvaro-tvarskog.eml",
        finish(m, ids, "thunderbird"),
        label(
            "autoreply",
            "sv",
            "00000",
            "'Frånvaromeddelande' with Auto-Submitted: auto-replied, answering the bot's receipt to 118. "
            "Names another person and phone, threaded to the application, but is not a followup.",
        ),
    )


# ---------------------------------------------------------------------------------------------- 120
def m120() -> None:
    org = orgnr("802471356")
    t = when(2, 13, 14, 27, 3)
    mid = ids.msgid("outlook")
    text = f"""\
Hej!

Tuna Bygdegårdsförening söker bidrag från idéslanten till ett sommarkafé i
bygdegården i Tuna under sex veckor i sommar.

Föreningen: Tuna Bygdegårdsförening, org.nr {org}, 82 medlemmar. Vi äger
och driver bygdegården i Tuna.

Aktivitet: Kaféet håller öppet torsdag–söndag kl. 11–16 veckorna 26–31. Vi
vill att bygdegården ska vara en mötesplats för bybor, sommarboende och
cyklister på genomfart, och kaféet ska också sälja bröd och grönsaker från
gårdarna runt Tuna. Två ungdomar från byn får sommarjobb i kaféet, och
föreningens medlemmar turas om att baka.

Förankring: Förslaget kommer från en enkät som vi delade ut till alla hushåll i
Tuna i höstas (74 svar), och sex gårdar har lovat att sälja sina varor i
kaféet. Tuna hembygdsförening ordnar en utställning i stora salen under
kaféveckorna.

Budgeten finns i den bifogade Excel-filen.

Kontaktperson: Sara Holm, kassör, 070-615 27 48, sara.holm@example.se

Vänliga hälsningar
Sara Holm
"""
    m = new_message(
        "Sara Holm <sara.holm@example.se>",
        "Ansökan idéslanten: Sommarkafé i Tuna",
        t,
        mid,
        headers=[("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "sv-SE")],
    )
    set_body(m, text)
    xlsx = make_xlsx(
        "Budget",
        [
            ["Kostnadspost", "Belopp (kr)"],
            ["Timlön två ungdomar, 2 x 40 h à 100 kr", 8000],
            ["Råvaror till bakning och kaffe", 2500],
            ["Annonsering och skyltar", 900],
            ["Hyra av kaffebryggare", 600],
            ["Summa", 12000],
        ],
    )
    attach_bytes(
        m,
        xlsx,
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        "Budget sommarkafe Tuna.xlsx",
    )
    add(
        "120-sommarkafe-tuna.eml",
        finish(m, ids, "outlook"),
        label(
            "application",
            "sv",
            "11111",
            "Complete; budget only in the .xlsx attachment (sheet 'Budget', static values, total 12 000). "
            "Eligibility trap: 'Timlön två ungdomar' in the spreadsheet (the text only says they get summer "
            "jobs) = wages -> salary_costs true. The coffee maker is rented. 74 survey answers are not members.",
            association_name="Tuna Bygdegårdsförening",
            org_number=org,
            contact_name="Sara Holm",
            contact_email="sara.holm@example.se",
            contact_phone="070-615 27 48",
            members=82,
            ort="Tuna",
            amount_sek=12000,
            salary_costs=True,
        ),
    )


# ---------------------------------------------------------------------------------------------- 121
def m121() -> None:
    app = APPS["kopingsvik"]
    rt = when(2, 6, 7, 30, 0)
    rid = receipt_id(rt, 4)
    t = when(2, 16, 10, 14, 20)
    mid = ids.msgid("apple", "example.org")
    new = """\
Hej igen!

Nu har offerten från arkeologen kommit, så här är budgeten:

Arvode arkeolog, 6 vandringar à 1 200 kr: 7 200 kr
Lera och färg till barnens runverkstad: 800 kr
Affischer och annonser: 1 000 kr
Försäkring för arrangemangen: 500 kr
Summa: 9 500 kr

Hälsningar
Lena Borg
"""
    text = (
        new
        + "\n"
        + sv_apple_header(rt, OFFICER)
        + "\n\n"
        + quote(
            receipt_text(["anchoring", "budget"])
            + "\n"
            + sv_apple_header(app["t"], app["frm"])
            + "\n\n"
            + quote(app["text"])
        )
    )
    m = new_message(
        "Lena Borg <lena.borg@example.org>",
        "Re: SV: " + app["subject"],
        t,
        mid,
        headers=[
            ("In-Reply-To", rid),
            ("References", f"{app['mid']} {rid}"),
            ("X-Mailer", "Apple Mail (2.3826.700.81)"),
        ],
    )
    set_body(m, text)
    add(
        "121-svar-kopingsvik-budget.eml",
        finish(m, ids, "apple"),
        label(
            "followup",
            "sv",
            "01001",
            "Followup to 115 (anchoring + budget missing), Apple Mail quote header and '> ' quoting (original "
            "nested with '> >'). New text adds ONLY the budget (total 9 500); anchoring is still missing, so "
            "the case stays incomplete. Contact true by the signer rule. In-Reply-To = bot receipt id, "
            "References = application id + receipt id. Clay and paint are consumables.",
            contact_name="Lena Borg",
            contact_email="lena.borg@example.org",
            amount_sek=9500,
        ),
    )


# ---------------------------------------------------------------------------------------------- 122
def m122() -> None:
    org = orgnr("802430617")
    t = when(2, 17, 9, 55, 32)
    mid = ids.msgid("outlook")
    text = f"""\
Hej!

Bäckebo Hembygdsförening, org.nr {org}, har 160 medlemmar och sköter sedan
länge hembygdsgården och badplatsen vid sjön i Bäckebo.

Den gamla badbryggan är murken och fick stängas förra sommaren. Vi vill bygga en
ny brygga under två gemensamma arbetshelger i maj, så att badplatsen kan
användas igen. Badplatsen är den enda i socknen och samlar barnfamiljer,
simskolan och pensionärernas morgondopp, och den är viktig för att nya familjer
ska trivas här.

Nybygget beslutades på årsmötet den 8 februari, och 25 frivilliga har anmält sig
till arbetshelgerna. Bäckebo Byalag hjälper till med folk, och en snickare i
byn leder bygget ideellt.

Budgeten finns i bifogad pdf.

Hälsningar
Styrelsen
Bäckebo Hembygdsförening
"""
    m = new_message(
        "Bäckebo Hembygdsförening <backebo.hembygd@example.org>",
        "Ansökan om bygdepeng – ny badbrygga i Bäckebo",
        t,
        mid,
        headers=[("X-Mailer", "Microsoft Outlook 16.0")],
    )
    set_body(m, text, cte="8bit")
    pdf = make_pdf(
        "Budget – ny badbrygga i Bäckebo 2026",
        ["Bäckebo Hembygdsförening", "Ansökan om regional bygdepeng – idéslanten"],
        [
            ("Virke (tryckimpregnerat)", "7 800 kr"),
            ("Skruv, beslag och bultar", "1 400 kr"),
            ("Hyra av släpvagn", "600 kr"),
            ("Mat och fika vid arbetshelgerna", "1 200 kr"),
            ("Summa", "11 000 kr"),
        ],
    )
    attach_bytes(m, pdf, "application/pdf", "Budget brygga.pdf")
    add(
        "122-badbrygga-backebo.eml",
        finish(m, ids, "outlook"),
        label(
            "application",
            "sv",
            "10111",
            "Contact missing: shared association mailbox, signed 'Styrelsen'. Budget only in the PDF "
            "attachment (extractable Helvetica text, total 11 000). Eligibility trap: building a new jetty "
            "(timber, screws and fittings) = physical investment. The trailer is rented.",
            association_name="Bäckebo Hembygdsförening",
            org_number=org,
            members=160,
            ort="Bäckebo",
            amount_sek=11000,
            physical_investment=True,
        ),
    )


# ---------------------------------------------------------------------------------------------- 123
def m123() -> None:
    t = when(2, 18, 20, 31, 11)
    mid = ids.msgid("gmail")
    text = """\
Hello,

I live in Färjestaden and I am part of a small group of parents (not a
registered association yet) who would like to organise a repair café once a
month in the library. Before we apply I have two questions:

1. Can a group without an organisation number apply, or do we need to register
   an association first?
2. What is the deadline for applications in 2026, and how long does it take to
   get an answer?

Thank you in advance!

Best regards,
Hannah Becker
+46 76 318 52 40
"""
    m = new_message(
        "Hannah Becker <hannah.becker@example.net>", "Question about the village grant", t, mid
    )
    set_body(m, text)
    add(
        "123-question-farjestaden.eml",
        finish(m, ids, "gmail"),
        label(
            "question",
            "en",
            "00000",
            "English question (may an unregistered group apply? deadline?). Mentions a planned repair café but "
            "applies for nothing. No association name (an unnamed group of parents).",
            contact_name="Hannah Becker",
            contact_email="hannah.becker@example.net",
            contact_phone="+46 76 318 52 40",
            ort="Färjestaden",
        ),
    )


# ---------------------------------------------------------------------------------------------- 124
def m124() -> None:
    t = when(2, 19, 12, 40, 50)
    mid = ids.msgid("thunderbird", "example.com")
    text = """\
Hej!

Jag och några andra motionärer här i Ukna vill starta ett lokalt motionslopp,
Ukna-loppet, på Kristi himmelfärdsdag den 14 maj. Det blir en 5 km-bana och en
10 km-bana på grusvägarna runt byn, med damklass och herrklass, och ett
barnlopp på 1 km på idrottsplatsen. Loppet ska locka hem utflyttade, visa upp
Ukna för folk från Västervik och ge byn en dag att samlas kring.

Idrottsföreningen ställer upp med idrottsplatsen och sina funktionärer,
hembygdsföreningen sköter kaffeserveringen, och på byamötet i januari lovade
ett tjugotal bybor att stå som funktionärer längs banan.

Budget bifogas som textfil.

Mvh
Patrik Sund
073-552 87 14
"""
    subj = "Ukna-loppet – ansökan om bygdepeng"
    m = new_message(
        "Patrik Sund <patrik.sund@example.com>",
        subj,
        t,
        mid,
        headers=[("User-Agent", "Mozilla Thunderbird")],
    )
    set_body(m, text, charset="iso-8859-1")
    budget = """\
BUDGET UKNA-LOPPET 2026

Hyra av tidtagningssystem          2 500 kr
Nummerlappar och säkerhetsnålar      600 kr
Medaljer till barnloppet           1 200 kr
Annonsering                          800 kr
Sjukvårdsmaterial                    300 kr
--------------------------------------------
Summa                              5 400 kr
"""
    attach_text(m, budget, "plain", "budget-ukna-loppet.txt", charset="utf-8", cte="base64")
    APPS["ukna"] = dict(mid=mid, t=t, subject=subj)
    add(
        "124-ukna-loppet.eml",
        finish(m, ids, "thunderbird"),
        label(
            "application",
            "sv",
            "01111",
            "Association missing: 'Jag och några andra motionärer', no group named (the sports club and the "
            "hembygdsförening are partners = anchoring). Budget only in a .txt attachment (base64 utf-8, "
            "total 5 400). Body iso-8859-1 quoted-printable. 'damklass och herrklass' -> women_and_men true. "
            "Timing system rented; medals and bibs are consumables.",
            contact_name="Patrik Sund",
            contact_email="patrik.sund@example.com",
            contact_phone="073-552 87 14",
            ort="Ukna",
            amount_sek=5400,
            women_and_men=True,
        ),
    )


# ---------------------------------------------------------------------------------------------- 125
def m125() -> None:
    app = APPS["ukna"]
    rt = when(2, 20, 7, 30, 0)
    rid = receipt_id(rt, 5)
    t = when(2, 20, 7, 30, 19)
    mid = ids.msgid("thunderbird", "example.com")
    text = """\
Hej,

Jag är tjänstledig till och med den 31 maj och läser min e-post mycket sällan.
Mejl vidarebefordras inte.

För frågor om Ukna-loppet, kontakta Maria Fors, maria.fors@example.com.

Patrik Sund
"""
    m = new_message(
        "Patrik Sund <patrik.sund@example.com>",
        "Re: SV: " + app["subject"],
        t,
        mid,
        headers=[("In-Reply-To", rid), ("References", f"{app['mid']} {rid}")],
    )
    set_body(m, text, cte="8bit")
    add(
        "125-tjanstledig-ukna.eml",
        finish(m, ids, "thunderbird"),
        label(
            "autoreply",
            "sv",
            "00000",
            "Autoreply with NO automation header at all (no Auto-Submitted, X-Autoreply or Precedence) and a "
            "plain 'Re: SV:' subject, threaded to 124 and arriving 19 seconds after the bot's receipt. Only "
            "the text ('Jag är tjänstledig ... Mejl vidarebefordras inte') shows it is automatic; it does not "
            "even say 'automatiskt'. Names another contact but is not a followup. Never reply.",
        ),
    )


# ---------------------------------------------------------------------------------------------- 126
def m126() -> None:
    org = orgnr("802497534")
    t = when(2, 23, 8, 15, 0)
    mid = ids.msgid("outlook")
    text = f"""\
Hej,

Gamleby Kulturförening (org.nr {org}) ansöker om 11 400 kr ur regional
bygdepeng – idéslanten.

Föreningen bildades 2009 och har 73 medlemmar. Vi arrangerar konserter, teater
och utställningar i Gamleby med omnejd.

Aktiviteten: tre visaftnar på torget i Gamleby under juli 2026, med lokala och
regionala visartister och allsång. Sommarkvällarna på torget har blivit allt
tommare sedan flera butiker stängt, och vi vill ge både bybor och turister en
anledning att komma in i centrum, sitta kvar på uteserveringarna och upptäcka
butikerna som finns kvar.

Förankring: kvällarna arrangeras tillsammans med Gamleby Företagarförening och
församlingen, som lånar ut bänkar. Fjorton medlemmar har anmält sig som värdar,
och handlarna runt torget har lovat att ha öppet längre de tre kvällarna.

Budgeten bifogas som CSV-fil (går att öppna i Excel).

Kontaktperson:
Hans Lindqvist, kassör
hans.lindqvist@example.se
0493-120 38 eller 070-455 61 09
"""
    m = new_message(
        "Hans Lindqvist <hans.lindqvist@example.se>",
        "Ansökan idéslanten – visaftnar på torget i Gamleby",
        t,
        mid,
        headers=[("X-Mailer", "Microsoft Outlook 16.0")],
    )
    set_body(m, text, cte="base64")
    csv = (
        "Kostnadspost;Belopp (kr)\nArtistarvoden 3 kvällar;6000\nHyra av scen och ljud;3500\n"
        "Annonsering;1200\nTillstånd och avgifter;700\nSumma;11400\n"
    )
    attach_text(
        m, csv, "csv", "budget_visaftnar.csv", charset="windows-1252", cte="quoted-printable"
    )
    add(
        "126-visaftnar-gamleby.eml",
        finish(m, ids, "outlook"),
        label(
            "application",
            "sv",
            "11111",
            "Complete; body base64 utf-8. Budget only in a .csv attachment (semicolon-separated, windows-1252 "
            "as Swedish Excel writes it, charset given), total 11 400, which the text also states as the "
            "amount applied for. Artist fees are performer fees, not salary; stage and sound rented. Two "
            "phones; the first is recorded.",
            association_name="Gamleby Kulturförening",
            org_number=org,
            contact_name="Hans Lindqvist",
            contact_email="hans.lindqvist@example.se",
            contact_phone="0493-120 38",
            members=73,
            ort="Gamleby",
            amount_sek=11400,
        ),
    )


# ---------------------------------------------------------------------------------------------- 127
def m127() -> None:
    t = when(2, 24, 17, 52, 8)
    mid = ids.msgid("gmail")
    text = """\
Hej,

Rälla Byalag (44 medlemmar, ideell förening för Rälla med omnejd) vill
återstarta Rällamarknaden i augusti. Det blir en lördagsmarknad på festplatsen
med lokala odlare, hantverkare och loppis, ponnyridning för barnen och musik på
eftermiddagen. Marknaden lades ner för tio år sedan och många saknar den; den
ger byns odlare och hantverkare en chans att sälja, och folk från hela Öland
kommer till Rälla.

På byalagets möte i januari var vi 38 personer och alla ville att vi skulle
köra. Rälla hembygdsförening håller i kaffet och fem odlare har redan bokat
bord.

Vi söker totalt 9 000 kr, se bifogad budget.

Hälsningar
Mats Gustafsson
kassör, Rälla Byalag
072-318 90 44
"""
    m = new_message(
        "Mats Gustafsson <mats.gustafsson@example.org>", "Ansökan Rällamarknaden", t, mid
    )
    set_body(m, text)
    attach_bytes(m, make_png(), "image/png", "budget.png")
    add(
        "127-rallamarknaden.eml",
        finish(m, ids, "gmail"),
        label(
            "application",
            "sv",
            "11110",
            "'se bifogad budget' but the only attachment is an image (budget.png, a photo-like picture with no "
            "readable text) -> budget false; the total 'Vi söker totalt 9 000 kr' is an amount, not a budget.",
            association_name="Rälla Byalag",
            contact_name="Mats Gustafsson",
            contact_email="mats.gustafsson@example.org",
            contact_phone="072-318 90 44",
            members=44,
            ort="Rälla",
            amount_sek=9000,
        ),
    )


# ---------------------------------------------------------------------------------------------- 128
def m128() -> None:
    t = when(2, 26, 2, 48, 13)
    mid = ids.msgid("generic", "foreningsbanken-sakerhet.example.com")
    text = """\
Viktigt meddelande till er förening

Vi har upptäckt ovanlig aktivitet på er förenings konto. För att skydda era
medel har kontot tillfälligt begränsats.

För att häva begränsningen måste firmatecknaren verifiera sig med BankID inom
24 timmar. Annars spärras kontot och planerade utbetalningar av bidrag och
medlemsavgifter stoppas.

Verifiera här: https://foreningsbanken-sakerhet.example.com/bankid/verifiera

Med vänliga hälsningar
Kundsäkerhet
Föreningsbanken
"""
    html_text = (
        '<html><body style="font-family:Arial"><table width="600" align="center"><tr><td>'
        '<h2 style="color:#004b87">Viktigt meddelande till er förening</h2>'
        "<p>Vi har upptäckt ovanlig aktivitet på er förenings konto. För att skydda era medel har "
        "kontot tillfälligt begränsats.</p><p>För att häva begränsningen måste firmatecknaren "
        "verifiera sig med <b>BankID</b> inom 24 timmar. Annars spärras kontot och planerade "
        "utbetalningar av bidrag och medlemsavgifter stoppas.</p>"
        '<p><a href="https://foreningsbanken-sakerhet.example.com/bankid/verifiera" '
        'style="background:#004b87;color:#fff;padding:10px 18px;text-decoration:none">'
        "Verifiera med BankID</a></p><p>Med vänliga hälsningar<br>Kundsäkerhet<br>Föreningsbanken</p>"
        "</td></tr></table></body></html>\n"
    )
    m = new_message(
        "Föreningsbanken <kundsakerhet@foreningsbanken-sakerhet.example.com>",
        "Er förenings konto har begränsats – verifiera med BankID idag",
        t,
        mid,
        to="landsbygdsutvecklare@example.se",
        headers=[("Reply-To", "no-reply@example.net"), ("X-Priority", "1")],
    )
    set_alternative(m, text, html_text, cte="base64")
    add(
        "128-spam-bankid.eml",
        finish(m, ids, "generic"),
        label(
            "spam",
            "sv",
            "00000",
            "Swedish bank phishing (fake 'Föreningsbanken', BankID verification link on a look-alike domain, "
            "urgency, mentions 'bidrag'). multipart/alternative, base64. Not an application.",
        ),
    )


# ---------------------------------------------------------------------------------------------- 129
def m129() -> None:
    org = orgnr("802449051")
    t = when(3, 2, 9, 20, 14)
    mid = ids.msgid("generic", "example.net")
    p = pnr("490617331")
    text = f"""\
Hej!

Bockara Byförening söker pengar ur idéslanten.

* Föreningen: Bockara Byförening, org.nr {org}, 52 medlemmar. Vi har hand om
  bystugan och ordnar midsommarfirande och julfest.
* Aktivitet: Vi vill genomföra insatser som stärker gemenskapen och gör Bockara
  mer attraktivt att bo i. Vad det blir närmare bestämmer vi senare i år.
* Kostnader:
  * Lokalhyra 1 500 kr
  * Fika och förtäring 2 000 kr
  * Annonsering 1 000 kr
  * Arvode till inbjuden föreläsare 3 000 kr
  * Summa 7 500 kr

Kontakt:
Jan-Erik Blom, ordförande
0491-630 12
pnr {p}
"""
    m = new_message(
        "Jan-Erik Blom <janerik.blom@example.net>",
        "Bidrag idéslanten Bockara",
        t,
        mid,
        headers=[("X-Mailer", "Microsoft Windows Live Mail 16.4.3528.331")],
    )
    set_body(m, text, charset="iso-8859-1")
    add(
        "129-byforening-bockara.eml",
        finish(m, ids, "generic"),
        label(
            "application",
            "sv",
            "11001",
            "Nested '*' bullets (iso-8859-1 quoted-printable). Activity missing: 'insatser som stärker "
            "gemenskapen ... Vad det blir närmare bestämmer vi senare' is vague. Anchoring missing (nothing). "
            "Budget present (items + total 7 500). The signature contains a PERSONNUMMER ('pnr "
            f"{p}') that the bot must mask and must not read as a phone or org number.",
            association_name="Bockara Byförening",
            org_number=org,
            contact_name="Jan-Erik Blom",
            contact_email="janerik.blom@example.net",
            contact_phone="0491-630 12",
            members=52,
            ort="Bockara",
            amount_sek=7500,
        ),
    )


# ---------------------------------------------------------------------------------------------- 130
def m130() -> None:
    org = orgnr("802426782")
    t = when(3, 3, 13, 2, 26)
    mid = ids.msgid("outlook")
    text = f"""\
Algutsrums Hembygdsförening ansöker om 22 500 kr ur regional bygdepeng –
idéslanten 2026.

Sökande: Algutsrums Hembygdsförening, org.nr {org}, 116 medlemmar. Föreningen
driver hembygdsgården i Algutsrum och arbetar med att bevara och levandegöra
socknens historia.

Kontaktperson: Ingvar Lönn, sekreterare, 0485-303 72, ingvar.lonn@example.se

Aktivitet: "Algutsrums höstdagar" – två dagar i september med skördemarknad vid
hembygdsgården, visning av socknens väderkvarnar, barnens kvarnverkstad och en
kvällsföreläsning om Ölands kvarnar. Höstdagarna ska förlänga säsongen för de
lokala odlarna och kaféerna och samla kvinnor och män i alla åldrar, bofasta
som nyinflyttade.

Förankring: Höstdagarna arrangeras tillsammans med Algutsrums församling och
Algutsrums Byalag. Beslutet togs på hembygdsföreningens årsmöte, och ett
trettiotal frivilliga har anmält sig.

Budget:
Föreläsararvoden               4 000 kr
Hyra av tält, bord och stolar  6 500 kr
Musiker                        5 000 kr
Annonsering och trycksaker     3 500 kr
Hyra av toaletter              2 000 kr
Fika och förtäring             1 500 kr
Summa                         22 500 kr

Med vänlig hälsning
Ingvar Lönn
"""
    m = new_message(
        "Ingvar Lönn <ingvar.lonn@example.se>",
        "Ansökan – Algutsrums höstdagar",
        t,
        mid,
        headers=[("X-Mailer", "Microsoft Outlook 16.0")],
    )
    set_body(m, text, cte="base64")
    add(
        "130-hostdagar-algutsrum.eml",
        finish(m, ids, "outlook"),
        label(
            "application",
            "sv",
            "11111",
            "Complete, formal headings. Eligibility trap: 22 500 kr applied for (> 15 000 cap). base64 utf-8. "
            "All equipment rented. 'kvinnor och män' -> true. Volunteers are not members.",
            association_name="Algutsrums Hembygdsförening",
            org_number=org,
            contact_name="Ingvar Lönn",
            contact_email="ingvar.lonn@example.se",
            contact_phone="0485-303 72",
            members=116,
            ort="Algutsrum",
            amount_sek=22500,
            women_and_men=True,
        ),
    )


# ---------------------------------------------------------------------------------------------- 131
def m131() -> None:
    t = when(3, 4, 19, 5, 39)
    mid = ids.msgid("gmail")
    text = """\
Hej alla, och hej Regionen!

Jag skickar detta till alla föreningar på vår kommunlista plus
landsbygdsutvecklaren, så slipper vi fråga var för sig.

Till Regionen: gäller taket på 15 000 kr per ort och år för Torsås tätort som
helhet, eller räknas byarna i Torsås socken utanför tätorten som egna orter? Vi
i Torsås Byalag och hembygdsföreningen funderar båda på att söka i år. Kan två
föreningar söka tillsammans för samma aktivitet?

Till föreningarna: svara gärna alla om ni också tänker söka, så kan vi samordna
oss innan någon skickar in något.

Vänliga hälsningar
Carina Wendt
sekreterare, Torsås Byalag
0486-107 42
"""
    to = (
        "!Landsbygdsutvecklare Region Kalmar =?utf-8?q?l=C3=A4n?=\n"
        " <landsbygdsutvecklare@example.se>,\n"
        " =?utf-8?q?S=C3=B6der=C3=A5kra_Bygdef=C3=B6rening?=\n"
        " <info@soderakra.example.se>,\n"
        " Bergkvara Byalag <bergkvara.byalag@example.org>,\n"
        " Gullabo Seniorklubb <arne.pettersson1939@example.net>,\n"
        " =?utf-8?q?Tors=C3=A5s_Hembygdsf=C3=B6rening?= <hembygd.torsas@example.net>"
    )
    m = new_message(
        "Carina Wendt <carina.wendt@example.org>",
        "Idéslanten – hur gör vi med 15 000 per ort? (till alla föreningar i Torsås)",
        t,
        mid,
        to=to,
        headers=[("Cc", "Torsås Byalag styrelse <styrelsen.torsasbyalag@example.org>")],
    )
    set_body(m, text, cte="8bit")
    add(
        "131-fraga-per-ort-torsas.eml",
        finish(m, ids, "gmail"),
        label(
            "question",
            "sv",
            "00000",
            "Mailing-list-ish but human: one person writes to the officer and five associations at once "
            "(many To addresses + Cc), no list headers. A question about the per-locality cap and joint "
            "applications; '15 000 kr' is the rule asked about, not an amount applied for.",
            association_name="Torsås Byalag",
            contact_name="Carina Wendt",
            contact_email="carina.wendt@example.org",
            contact_phone="0486-107 42",
            ort="Torsås",
        ),
    )


# ---------------------------------------------------------------------------------------------- 132
def m132() -> None:
    t = when(3, 5, 15, 44, 2)
    mid = ids.msgid("roundcube", "example.com")
    text = """\
Hej!

Vi är Långemåla Läsecirkel, en liten förening som startade 2022 och som i dag
har sju medlemmar. Vi träffas i Långemåla bygdegård en gång i månaden och
läser och pratar om böcker.

I höst vill vi ordna två bokdagar i bygdegården: ett författarsamtal med en
deckarförfattare från Småland, en bokbytardag där alla kan lämna och ta böcker,
och högläsning för barnen. Det är långt till biblioteket i Högsby, och vi vill
att böckerna och läslusten ska finnas kvar här i byn.

Bokdagarna görs tillsammans med bygdegårdsföreningen, som sköter kaffet, och
byns förskola, där högläsningen blir en del av verksamheten.

Vi söker 12 000 kr.

Med vänliga hälsningar
Ingela Sjö
0491-203 18
"""
    subj = "Ansökan: Bokdagar i Långemåla"
    m = new_message(
        "Ingela Sjö <ingela.sjo@example.com>",
        subj,
        t,
        mid,
        headers=[("User-Agent", "Roundcube Webmail/1.6.11")],
    )
    set_body(m, text, cte="8bit")
    APPS["langemala"] = dict(mid=mid, t=t, subject=subj, text=text)
    add(
        "132-bokdagar-langemala.eml",
        finish(m, ids, "generic"),
        label(
            "application",
            "sv",
            "11110",
            "Budget missing: only 'Vi söker 12 000 kr'. Eligibility trap: 'sju medlemmar' = 7 (< 10). "
            "Anchoring = cooperation with the bygdegård association and the village preschool.",
            association_name="Långemåla Läsecirkel",
            contact_name="Ingela Sjö",
            contact_email="ingela.sjo@example.com",
            contact_phone="0491-203 18",
            members=7,
            ort="Långemåla",
            amount_sek=12000,
        ),
    )


# ---------------------------------------------------------------------------------------------- 133
def m133() -> None:
    org = orgnr("802512648")
    t = when(3, 9, 11, 36, 52)
    mid = ids.msgid("outlook")
    paras = [
        "Hej!",
        "",
        f"Fagerhults Jaktvårdsklubb (org.nr {org}) har 48 medlemmar och har funnits sedan 1962. Vi har "
        "skjutbanan i Fagerhult och ordnar skyttedagar och viltvårdskvällar.",
        "",
        "Aktivitet: Vi vill ordna en kurs för jägarexamen enbart för kvinnor i Fagerhult med omnejd, tio "
        "kvällar under hösten plus två skjutdagar på vår bana. Bara tre av våra medlemmar är kvinnor, och "
        "många kvinnor i byn har sagt att de inte vill gå den vanliga kursen. Fler jägare i bygden behövs "
        "för viltvården och för att jaktlagen ska leva vidare.",
        "",
        "Förankring: Kursen görs i samarbete med Fagerhults Byaråd, och 17 kvinnor från byn har redan skrivit "
        "upp sig på intresselistan i affären.",
        "",
        "Budget:",
    ]
    rows = [
        ("Kursledararvode, 10 kvällar", "6 000 kr"),
        ("Kursböcker, 12 st", "3 600 kr"),
        ("Hyra av vapen, 2 skjutdagar", "1 500 kr"),
        ("Ammunition och lerduvor", "1 400 kr"),
        ("Fika", "500 kr"),
    ]
    outro = [
        "",
        "Vänliga hälsningar",
        "Therese Gran",
        "sekreterare, Fagerhults Jaktvårdsklubb",
        "070-312 58 44",
    ]
    plain = (
        "\n".join(paras)
        + "\n"
        + "".join(f"{a}: {b}\n" for a, b in rows)
        + "Summa: 13 000 kr\n"
        + "\n".join(outro)
        + "\n\nHämta Outlook för iOS\n"
    )
    html_text = (
        OUTLOOK_HEAD.format(charset="utf-8")
        + "".join(mso_p(p) for p in paras)
        + mso_table(rows, total=("Summa", "13 000 kr"))
        + "".join(mso_p(p) for p in outro)
        + mso_p("")
        + mso_p("Hämta Outlook för iOS")
        + OUTLOOK_TAIL
    )
    m = new_message(
        "Therese Gran <therese.gran@example.se>",
        "Ansökan idéslanten – jägarexamenskurs för kvinnor i Fagerhult",
        t,
        mid,
        headers=[("X-Mailer", "Outlook for iOS")],
    )
    set_alternative(m, plain, html_text)
    add(
        "133-jagarexamen-kvinnor-fagerhult.eml",
        finish(m, ids, "outlook"),
        label(
            "application",
            "sv",
            "11111",
            "Complete; multipart/alternative with the budget as a table in HTML and 'item: amount' lines in "
            "text. Eligibility trap: 'enbart för kvinnor' -> women_and_men false. Weapons are rented; books, "
            "ammunition and clay targets are course material/consumables. 17 women on the list are not members.",
            association_name="Fagerhults Jaktvårdsklubb",
            org_number=org,
            contact_name="Therese Gran",
            contact_email="therese.gran@example.se",
            contact_phone="070-312 58 44",
            members=48,
            ort="Fagerhult",
            amount_sek=13000,
            women_and_men=False,
        ),
    )


# ---------------------------------------------------------------------------------------------- 134
def m134() -> None:
    app = APPS["langemala"]
    rt = when(3, 6, 7, 30, 0)
    t = when(3, 10, 6, 58, 30)
    mid = ids.msgid("apple", "example.com")
    new = """\
Hej! Här är budgeten:
Arvode till författaren 5 000 kr
Resa för författaren 1 800 kr
Annonser och affischer 1 200 kr
Fika bokdagarna 1 500 kr
Hyra av ljudanläggning 900 kr
Summa 10 400 kr

Vi sänker alltså ansökan till 10 400 kr.

Ingela Sjö

Skickat från min iPhone
"""
    text = new + "\n" + quote(sv_apple_header(rt, OFFICER) + "\n\n" + receipt_text(["budget"]))
    m = new_message(
        "Ingela Sjö <ingela.sjo@example.com>",
        "Sv: " + app["subject"],
        t,
        mid,
        headers=[
            ("In-Reply-To", app["mid"]),
            ("References", app["mid"]),
            ("X-Mailer", "iPhone Mail (23C71)"),
        ],
    )
    set_body(m, text)
    add(
        "134-svar-langemala-budget.eml",
        finish(m, ids, "apple"),
        label(
            "followup",
            "sv",
            "01001",
            "iPhone followup ('Sv:' subject) to 132: adds the budget (total 10 400, lowering the amount from "
            "12 000). Quote header in iPhone form inside the '>' block. Contact true by the signer rule. The "
            "author's fee is a lecturer-type fee. Members are still 7 (from 132), not restated here.",
            contact_name="Ingela Sjö",
            contact_email="ingela.sjo@example.com",
            amount_sek=10400,
        ),
    )


# ---------------------------------------------------------------------------------------------- 135
def m135() -> None:
    t = when(3, 11, 14, 1, 9)
    mid = ids.msgid("generic", "example.net")
    text = """\
hej
vi är några pensionärer här i lindås som tycker det är tråkigt att det aldrig händer nåt på vintern så vi vill ha gammeldans i folkets hus en lördag i månaden från oktober till mars med riktig dragspelsorkester så att folk kommer ut och träffas och inte sitter ensamma hemma både gubbar och gummor och dom unga får gärna komma också
bygdegårdsföreningen har sagt att vi får låna folkets hus gratis och kyrkans syförening ordnar kaffe och kakor och vi har pratat med dragspelsklubben i emmaboda som ställer upp
vi söker femtusen kronor så vi kan betala dragspelarna lite
ring om det är nåt
karl-erik nyman
0471-403 29
"""
    m = new_message(
        "karl-erik nyman <karlerik.nyman@example.net>",
        "gammeldans i lindås",
        t,
        mid,
        to=TO_PLAIN,
        headers=[("X-Mailer", "Microsoft Windows Live Mail 16.4.3528.331")],
    )
    set_body(m, text, charset="windows-1252")
    add(
        "135-gammeldans-lindas.eml",
        finish(m, ids, "generic"),
        label(
            "application",
            "sv",
            "01110",
            "Elderly writer, all lower case, no punctuation (windows-1252 quoted-printable). Association "
            "missing ('några pensionärer här i lindås'). Anchoring = bygdegård association lends the hall, "
            "church sewing circle does the coffee, accordion club takes part. Budget missing: 'femtusen "
            "kronor' is one amount in words (5 000), not a budget. Paying the musicians is a performer fee, "
            "not salary. 'både gubbar och gummor' -> true. Name capitalised in the label.",
            contact_name="Karl-Erik Nyman",
            contact_email="karlerik.nyman@example.net",
            contact_phone="0471-403 29",
            ort="Lindås",
            amount_sek=5000,
            women_and_men=True,
        ),
    )


# ---------------------------------------------------------------------------------------------- 136
def m136() -> None:
    t = when(3, 12, 6, 0, 0)
    mid = ids.msgid("generic", "mail.ruralfunding.example.com")
    text = """\
NORDIC RURAL FUNDING DIGEST – March 2026

This month's open calls for village associations:

* Regional bygdepeng – idéslanten (Region Kalmar län): small grants of up to
  SEK 15,000 per locality and year for local development activities. Needs an
  association with at least 10 members.
* Leader Småland Sydost: project support for rural businesses.
* Foundation grants for village halls and community buildings.

TIP OF THE MONTH: Write a budget with cost items, not just a total.

You are receiving this digest because you subscribed at ruralfunding.example.com.
"""
    html_text = (
        "<html><body><h1>Nordic Rural Funding Digest – March 2026</h1><p>This month's open calls for "
        "village associations:</p><ul><li><b>Regional bygdepeng – idéslanten</b> (Region Kalmar län): "
        "small grants of up to SEK 15,000 per locality and year for local development activities. "
        "Needs an association with at least 10 members.</li><li>Leader Småland Sydost: project support "
        "for rural businesses.</li><li>Foundation grants for village halls and community "
        "buildings.</li></ul><p><i>Tip of the month:</i> Write a budget with cost items, not just a "
        'total.</p><p style="font-size:10px">You are receiving this digest because you subscribed '
        "at ruralfunding.example.com.</p></body></html>\n"
    )
    m = new_message(
        "Nordic Rural Funding Digest <digest@ruralfunding.example.com>",
        "Funding Digest March 2026: idéslanten, Leader and more",
        t,
        mid,
        to=TO_PLAIN,
        headers=[
            ("Precedence", "bulk"),
            ("List-Id", "Funding Digest <digest.ruralfunding.example.com>"),
            ("X-Mailer", "Sendy 6.1"),
        ],
    )
    set_alternative(m, text, html_text)
    add(
        "136-funding-digest.eml",
        finish(m, ids, "generic"),
        label(
            "newsletter",
            "en",
            "00000",
            "English bulk digest with Precedence: bulk and List-Id but NO List-Unsubscribe header. Mentions "
            "idéslanten, the 15 000 cap, the 10-member rule and budgets. Never reply.",
        ),
    )


# ---------------------------------------------------------------------------------------------- 137
def m137() -> None:
    org = orgnr("802483197")
    t = when(3, 16, 10, 10, 10)
    mid = ids.msgid("thunderbird", "example.se")
    text = f"""\
Hej!

FÖRENINGEN
Hagby Bygdeförening, org.nr {org}, bildad 1994. 95 medlemmar. Vi arbetar för
att Hagby ska vara en bra plats att bo på, med bland annat vägföreningsfrågor,
midsommarfest och en årlig byvandring.

KONTAKTPERSON
Johan Wester, ordförande, 070-229 84 16, johan.wester@example.se

AKTIVITET
"Välkommen till Hagby": många nya familjer har flyttat till de nya husen i
Hagby, men få av dem hittar till föreningslivet. Vi vill ta fram en
välkomstfolder om byn och dess föreningar, besöka alla nyinflyttade hushåll
och ordna två välkomstträffar i bygdegården under hösten. En projektledare
anställs på timmar för att hålla ihop arbetet.

FÖRANKRING
Förankringen i bygden är god.

BUDGET
Lön till projektledare, 60 timmar inkl. sociala avgifter   9 000 kr
Tryck av välkomstfolder                                    2 000 kr
Välkomstträffar, lokal och fika                            2 400 kr
Porto och utskick                                            600 kr
Summa                                                     14 000 kr

Hälsningar
Johan Wester
"""
    m = new_message(
        "Johan Wester <johan.wester@example.se>",
        "Ansökan regional bygdepeng – Välkommen till Hagby",
        t,
        mid,
        headers=[("User-Agent", "Mozilla Thunderbird")],
    )
    set_body(m, text)
    add(
        "137-valkommen-hagby.eml",
        finish(m, ids, "thunderbird"),
        label(
            "application",
            "sv",
            "11101",
            "Capitalised section headings. Anchoring missing: 'Förankringen i bygden är god.' has nothing "
            "behind it. Eligibility trap: 'Lön till projektledare' / 'anställs på timmar' = salary_costs true.",
            association_name="Hagby Bygdeförening",
            org_number=org,
            contact_name="Johan Wester",
            contact_email="johan.wester@example.se",
            contact_phone="070-229 84 16",
            members=95,
            ort="Hagby",
            amount_sek=14000,
            salary_costs=True,
        ),
    )


# ---------------------------------------------------------------------------------------------- 138
def m138() -> None:
    t = when(3, 18, 21, 11, 45)
    mid = ids.msgid("gmail")
    paras = [
        "Hej,",
        "",
        "Påskallaviks Byalag vill söka pengar från idéslanten. Byalaget bildades 1979 och vi är ett "
        "fyrtiotal medlemmar, mest bofasta i Påskallavik men också några sommarboende.",
        "",
        "Vi vill under 2026 göra insatser som stärker gemenskapen och gör Påskallavik till en ännu bättre "
        "plats att leva på, för alla åldrar. Vi har många idéer och kommer att bestämma oss under våren.",
        "",
        "Vi tror att många i byn kommer att uppskatta det här.",
        "",
        "Budget, ca 8 500 kronor:\nhyra av lokal 2 000 kr\nfika och mat 2 500 kr\nannonsering 1 000 kr\n"
        "material och aktiviteter 3 000 kr",
        "",
        "Vänliga hälsningar\nSofie Dahl, sekreterare\nPåskallaviks Byalag\n0491-911 40",
    ]
    plain = "\n".join(paras) + "\n"
    m = new_message("Sofie Dahl <sofie.dahl@example.org>", "Ansökan idéslanten Påskallavik", t, mid)
    set_alternative(m, plain, simple_html(paras))
    add(
        "138-byalag-paskallavik.eml",
        finish(m, ids, "gmail"),
        label(
            "application",
            "sv",
            "11001",
            "Gmail-style multipart/alternative. Activity missing ('insatser som stärker gemenskapen ... "
            "bestämma oss under våren'); anchoring missing (only a hope). Budget present: four items with "
            "amounts, total written 'ca 8 500 kronor' (= 2 000 + 2 500 + 1 000 + 3 000). 'ett fyrtiotal' = 40. "
            "'för alla åldrar' says nothing about gender -> null.",
            association_name="Påskallaviks Byalag",
            contact_name="Sofie Dahl",
            contact_email="sofie.dahl@example.org",
            contact_phone="0491-911 40",
            members=40,
            ort="Påskallavik",
            amount_sek=8500,
        ),
    )


# ---------------------------------------------------------------------------------------------- 139
def m139() -> None:
    t = when(3, 20, 16, 20, 33)
    mid = ids.msgid("generic", "example.net")
    text = """\
Hej!

Gladhammars Byalag är en ideell förening med 67 medlemmar i Gladhammar söder om
Västervik. Vi sköter sedan 2015 den gamla fotbollsplanen vid skolan, som är
byns enda öppna gräsyta och används av skolan, idrottsföreningens knattelag och
alla som vill spela boll på kvällarna.

Kommunen slutade klippa planen förra året. Vi vill därför köpa en begagnad
åkgräsklippare så att vi själva kan hålla planen i skick, och ordna en
gemensam plan- och spelkväll varje månad under sommarhalvåret där barnen spelar
och de vuxna fixar planen. Skolan och knattelagets ledare har lovat att turas
om med klippningen enligt ett schema.

Gräsklipparen kostar ungefär 15 000:-. Budgeten i detalj kommer senare.

Med vänlig hälsning
Styrelsen
Gladhammars Byalag
"""
    subj = "Ansökan om bidrag till gräsklippare"
    frm = "Gladhammars Byalag <gladhammar.byalag@example.net>"
    m = new_message(frm, subj, t, mid, headers=[("X-Mailer", "Microsoft Outlook 16.0")])
    set_body(m, text, cte="8bit")
    APPS["gladhammar"] = dict(mid=mid, t=t, subject=subj, text=text, frm=frm)
    add(
        "139-grasklippare-gladhammar.eml",
        finish(m, ids, "outlook"),
        label(
            "application",
            "sv",
            "10110",
            "Contact missing: shared mailbox, 'Styrelsen'. Budget missing: one price '15 000:-' and 'Budgeten "
            "i detalj kommer senare' -> amount 15000. Eligibility trap: buying a ride-on lawnmower = physical "
            "investment. Anchoring = school and the kids' team share the mowing by schedule.",
            association_name="Gladhammars Byalag",
            members=67,
            ort="Gladhammar",
            amount_sek=15000,
            physical_investment=True,
        ),
    )


# ---------------------------------------------------------------------------------------------- 140
def m140() -> None:
    app = APPS["gladhammar"]
    rt = when(3, 21, 7, 30, 0)
    rid = receipt_id(rt, 6)
    t = when(3, 21, 7, 30, 3)
    mid = ids.msgid("generic", "mx1.example.net")
    inner = EmailMessage()
    inner["From"] = OFFICER
    inner["To"] = app["frm"]
    inner["Subject"] = "SV: " + app["subject"]
    inner["Date"] = "Sat, 21 Mar 2026 07:30:00 +0100"
    inner["Message-ID"] = rid
    inner["In-Reply-To"] = app["mid"]
    inner["References"] = app["mid"]
    inner["Auto-Submitted"] = "auto-replied"
    inner.set_content(receipt_text(["contact", "budget"]), charset="utf-8", cte="quoted-printable")
    human = """\
This is the mail system at host mx1.example.net.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<gladhammar.byalag@example.net>: host mail.example.net[192.0.2.41] said: 552
    5.2.2 <gladhammar.byalag@example.net>: Mailbox full, quota exceeded (in
    reply to RCPT TO command)
"""
    dsn = """\
Reporting-MTA: dns; mx1.example.net
X-Postfix-Queue-ID: 4fT9kQ2c1Zz9vB
X-Postfix-Sender: rfc822; landsbygdsutvecklare@example.se
Arrival-Date: Sat, 21 Mar 2026 07:30:01 +0100 (CET)

Final-Recipient: rfc822; gladhammar.byalag@example.net
Original-Recipient: rfc822;gladhammar.byalag@example.net
Action: failed
Status: 5.2.2
Remote-MTA: dns; mail.example.net
Diagnostic-Code: smtp; 552 5.2.2 Mailbox full, quota exceeded
"""
    m = report_message(
        "Mail Delivery System <MAILER-DAEMON@mx1.example.net>",
        "Undelivered Mail Returned to Sender",
        t,
        mid,
        to="landsbygdsutvecklare@example.se",
        headers=[("!Return-Path", "<>"), ("Auto-Submitted", "auto-replied")],
        human=human,
        human_charset="us-ascii",
        dsn=dsn,
        returned=inner,
        preamble="This is a MIME-encapsulated message.\n",
    )
    add(
        "140-bounce-gladhammar.eml",
        finish(m, ids, "generic"),
        label(
            "bounce",
            "en",
            "00000",
            "Postfix bounce from MAILER-DAEMON (English), multipart/report with message/delivery-status "
            "(5.2.2 mailbox full) and the full returned message/rfc822: the bot's receipt to 139 ('Vi saknar "
            "följande i er ansökan', In-Reply-To the application). The embedded mail must not be read as a "
            "followup. Never reply.",
        ),
    )


# ---------------------------------------------------------------------------------------------- 141
def m141() -> None:
    t = when(3, 25, 12, 12, 12)
    mid = ids.msgid("gmail")
    paras = [
        "Hej!",
        "",
        "Jag heter Emma Lund och driver ett litet keramikföretag i Gullringen. Jag och min granne Oskar, "
        "som har en gårdsbutik, vill ordna en föreläsningsserie i höst för folk i Gullringen som funderar "
        "på att starta eget: fyra kvällar i skolans matsal om att starta företag på landsbygden, "
        "bokföring, att sälja på nätet och att hitta lokaler. Det behövs fler jobb här för att unga "
        "familjer ska kunna flytta hit.",
        "",
        "Vi söker 12 tkr: föreläsare 7 tkr, hyra av matsalen 3 tkr och fika 2 tkr.",
        "",
        "Hälsningar\nEmma Lund\n070-338 14 72",
    ]
    m = new_message(
        "Emma Lund <emma.lund@example.com>", "Föreläsningsserie om företagande i Gullringen", t, mid
    )
    set_alternative(m, "\n".join(paras) + "\n", simple_html(paras))
    add(
        "141-foretagarkvallar-gullringen.eml",
        finish(m, ids, "gmail"),
        label(
            "application",
            "sv",
            "01101",
            "Association missing: two private persons ('Jag och min granne Oskar'), no group. Anchoring missing. "
            "Budget in 'tkr' in one sentence: 7 + 3 + 2 tkr = 12 tkr = 12 000 (items with amounts -> budget "
            "true). Lecturers' fees are not salary.",
            contact_name="Emma Lund",
            contact_email="emma.lund@example.com",
            contact_phone="070-338 14 72",
            ort="Gullringen",
            amount_sek=12000,
        ),
    )


# ---------------------------------------------------------------------------------------------- 142
def m142() -> None:
    org = orgnr("802487208")
    t = when(3, 30, 9, 2, 57)
    mid = ids.msgid("roundcube", "jarnforsen-bygdegard.example.se")
    paras = [
        "Hej!",
        "",
        f"Järnforsens Bygdegårdsförening (org.nr {org}) äger och driver bygdegården i Järnforsen. Vi har "
        "93 medlemmar.",
        "",
        "Vi vill visa film i bygdegården en söndag i månaden under vinterhalvåret, med barnfilm på "
        "eftermiddagen och film för vuxna på kvällen, och med servering i pausen. Närmaste biograf ligger "
        "i Hultsfred och många, särskilt äldre och barn, kommer inte dit utan bil. Filmkvällarna ska ge "
        "byn en mötesplats under den mörka delen av året.",
        "",
        "Budget kommer senare när vi fått pris på visningslicenserna.",
        "",
        "Hälsningar\nStyrelsen\nJärnforsens Bygdegårdsförening",
    ]
    subj = "Bygdepeng: Filmkvällar i Järnforsen"
    frm = "Järnforsens Bygdegårdsförening <info@jarnforsen-bygdegard.example.se>"
    m = new_message(frm, subj, t, mid, headers=[("User-Agent", "Roundcube Webmail/1.6.11")])
    set_alternative(m, "\n".join(paras) + "\n", simple_html(paras), cte="base64")
    APPS["jarnforsen"] = dict(mid=mid, t=t, subject=subj, frm=frm)
    add(
        "142-filmkvallar-jarnforsen.eml",
        finish(m, ids, "generic"),
        label(
            "application",
            "sv",
            "10100",
            "Three elements missing: contact (shared info@ mailbox, 'Styrelsen'), anchoring (the need is "
            "described, no support shown) and budget ('Budget kommer senare', no amount at all). "
            "multipart/alternative, both parts base64.",
            association_name="Järnforsens Bygdegårdsförening",
            org_number=org,
            members=93,
            ort="Järnforsen",
        ),
    )


# ---------------------------------------------------------------------------------------------- 143
def m143() -> None:
    app = APPS["jarnforsen"]
    rt = when(3, 31, 7, 30, 0)
    rid = receipt_id(rt, 7)
    t = when(3, 31, 7, 30, 9)
    mid = ids.msgid("outlook")
    human = """\
Delivery has failed to these recipients or groups:

info@jarnforsen-bygdegard.example.se
The email address you entered couldn't be found. Please check the recipient's
email address and try to resend the message. If the problem continues, please
contact your helpdesk.

Diagnostic information for administrators:

Generating server: mail.example.se

info@jarnforsen-bygdegard.example.se
Remote Server returned '550 5.1.1 RESOLVER.ADR.RecipNotFound; not found'

Original message headers:
"""
    dsn = """\
Reporting-MTA: dns;mail.example.se
Received-From-MTA: dns;mail.example.se
Arrival-Date: Tue, 31 Mar 2026 05:30:01 +0000

Final-Recipient: rfc822;info@jarnforsen-bygdegard.example.se
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp;550 5.1.1 RESOLVER.ADR.RecipNotFound; not found
"""
    headers_txt = (
        f"From: =?utf-8?q?Landsbygdsutvecklare_Region_Kalmar_l=C3=A4n?= <landsbygdsutvecklare@example.se>\n"
        f"To: info@jarnforsen-bygdegard.example.se\n"
        f"Subject: =?utf-8?q?SV=3A_Bygdepeng=3A_Filmkv=C3=A4llar_i_J=C3=A4rnforsen?=\n"
        f"Date: Tue, 31 Mar 2026 07:30:00 +0200\nMessage-ID: {rid}\n"
        f"In-Reply-To: {app['mid']}\nReferences: {app['mid']}\nAuto-Submitted: auto-replied\n"
        f'MIME-Version: 1.0\nContent-Type: text/plain; charset="utf-8"\n'
    )
    m = report_message(
        "postmaster@mail.example.se",
        "Undeliverable: SV: " + app["subject"],
        t,
        mid,
        to="landsbygdsutvecklare@example.se",
        headers=[
            ("!Return-Path", "<>"),
            ("Auto-Submitted", "auto-replied"),
            ("In-Reply-To", rid),
            ("References", rid),
            ("X-MS-Exchange-Message-Is-Ndr", ""),
        ],
        human=human,
        human_charset="us-ascii",
        dsn=dsn,
        returned_headers=headers_txt,
    )
    add(
        "143-ndr-jarnforsen.eml",
        finish(m, ids, "outlook"),
        label(
            "bounce",
            "en",
            "00000",
            "Exchange-style NDR from postmaster@ ('Undeliverable: SV: ...'), multipart/report with "
            "message/delivery-status (5.1.1 recipient not found) and text/rfc822-headers of the bot's receipt "
            "to 142's shared mailbox. Threaded via In-Reply-To/References to the receipt. Never reply.",
        ),
    )


# ---------------------------------------------------------------------------------------------- 144
def m144() -> None:
    t = when(4, 2, 18, 30, 4)
    mid = ids.msgid("generic", "example.net")
    text = """\
Hej,

Överums Ungdomsförening funderar på att söka idéslanten till
sommarlovsaktiviteter för barnen i Överum: bad, hajk och pysseldagar under tre
veckor i juli.

Vi skulle vilja anställa två av våra äldre ungdomar som ledare med timlön under
de tre veckorna. Går det att använda pengarna till det, eller täcker bidraget
bara material och hyror? Och måste vi ha budgeten klar när vi söker?

Hälsningar
Niklas Berg
kassör, Överums Ungdomsförening
076-412 90 38
"""
    m = new_message(
        "Niklas Berg <niklas.berg@example.net>",
        "Får man betala timlön med idéslanten?",
        t,
        mid,
        headers=[("User-Agent", "Roundcube Webmail/1.6.11")],
    )
    set_body(m, text, cte="8bit")
    add(
        "144-fraga-timlon-overum.eml",
        finish(m, ids, "generic"),
        label(
            "question",
            "sv",
            "00000",
            "Question, not an application: asks whether hourly wages (timlön) for two youth leaders may be "
            "paid from the grant. salary_costs true because the mail proposes wages; physical_investment null.",
            association_name="Överums Ungdomsförening",
            contact_name="Niklas Berg",
            contact_email="niklas.berg@example.net",
            contact_phone="076-412 90 38",
            ort="Överum",
            salary_costs=True,
        ),
    )


def build() -> list[tuple[str, bytes, dict]]:
    for fn in (
        m101,
        m102,
        m103,
        m104,
        m105,
        m106,
        m107,
        m108,
        m109,
        m110,
        m111,
        m112,
        m113,
        m114,
        m115,
        m116,
        m117,
        m118,
        m119,
        m120,
        m121,
        m122,
        m123,
        m124,
        m125,
        m126,
        m127,
        m128,
        m129,
        m130,
        m131,
        m132,
        m133,
        m134,
        m135,
        m136,
        m137,
        m138,
        m139,
        m140,
        m141,
        m142,
        m143,
        m144,
    ):
        fn()
    return MAILS
