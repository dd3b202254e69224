# ruff: noqa: E501  (mail text is kept as it would be written, long lines included)
"""The 22 mails of tests/data/holdout/ (files 201-222) with their labels.

Held-out set: never look at these mails or their results while tuning the extractor.
"""

from __future__ import annotations

from email.message import EmailMessage

from corpuslib import (
    OFFICER,
    OUTLOOK_HEAD,
    OUTLOOK_TAIL,
    TO_PLAIN,
    Ids,
    attach_bytes,
    attach_text,
    finish,
    label,
    make_docx,
    make_pdf,
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
    sv_outlook_block,
    sv_thunderbird_header,
    when,
)

ids = Ids(20260202)
MAILS: list[tuple[str, bytes, dict]] = []
APPS: dict[str, dict] = {}


def add(name: str, data: bytes, lab: dict) -> None:
    MAILS.append((name, data, lab))


def outlook_headers(topic: str) -> list[tuple[str, str]]:
    return [
        ("Thread-Topic", topic),
        ("Thread-Index", "AQH" + ids.b64std(29) + "=="),
        ("Accept-Language", "sv-SE, en-US"),
        ("X-MS-Has-Attach", ""),
        ("X-Mailer", "Microsoft Outlook 16.0"),
    ]


# ---------------------------------------------------------------------------------------------- 201
def m201() -> None:
    org = orgnr("802452319")
    t = when(1, 12, 13, 40, 22)
    mid = ids.msgid("outlook")
    paras = [
        "Hej!",
        "",
        "Härmed ansöker vi om regional bygdepeng – idéslanten för Kläckebergadagen 2026.",
        "",
        "1) Sökande",
        f"Kläckeberga Sockenråd, org.nr {org}. Sockenrådet samlar byalag, föreningar och boende i "
        "Kläckeberga socken och har 210 medlemmar.",
        "",
        "2) Kontaktperson",
        "Åsa Lindahl, sekreterare, 0480-44 71 05, asa.lindahl@example.se",
        "",
        "3) Aktiviteten",
        "Kläckebergadagen lördag 13 juni vid kyrkbacken: lokal mat, folkmusik, utställning av ortens "
        "företag och föreningar och en guidad cykeltur genom socknens byar. Socknen växer snabbt med nya "
        "villaområden, och dagen ska få nyinflyttade och gamla kläckebergabor att mötas, hitta till "
        "föreningarna och handla av de lokala företagen. Dagen är för kvinnor och män, barn och äldre.",
        "",
        "4) Förankring",
        "Idén beslutades på sockenrådets stämma i januari, där 48 personer deltog. Församlingen, "
        "idrottsföreningen och två gårdsbutiker är medarrangörer, och ett tjugotal frivilliga har anmält "
        "sig.",
        "",
        "5) Budget",
    ]
    rows = [
        ("Musik och underhållning (arvode)", "4 500 kr"),
        ("Hyra av tält, bord och stolar", "4 000 kr"),
        ("Guide till cykelturen (arvode)", "1 500 kr"),
        ("Annonsering, affischer och utskick till alla hushåll", "3 000 kr"),
        ("Hyra av toalettvagn", "2 000 kr"),
    ]
    outro = [
        "",
        "Vi söker alltså 15.000 SEK.",
        "",
        "Med vänliga hälsningar",
        "Åsa Lindahl",
        "Kläckeberga Sockenråd",
    ]
    plain = (
        "\n".join(paras)
        + "\n"
        + "".join(f"{a}\t{b}\n" for a, b in rows)
        + "Totalt\t15 000 kr\n"
        + "\n".join(outro)
        + "\n"
    )
    html_text = (
        OUTLOOK_HEAD.format(charset="utf-8")
        + "".join(mso_p(p, bold=p[:2] in ("1)", "2)", "3)", "4)", "5)")) for p in paras)
        + mso_table(rows, header=("Kostnadspost", "Belopp"), total=("Totalt", "15 000 kr"))
        + "".join(mso_p(p) for p in outro)
        + OUTLOOK_TAIL
    )
    subj = "Ansökan om regional bygdepeng – Kläckebergadagen 2026"
    m = new_message(
        "Åsa Lindahl <asa.lindahl@example.se>", subj, t, mid, headers=outlook_headers(subj)
    )
    set_alternative(m, plain, html_text)
    add(
        "201-klackebergadagen.eml",
        finish(m, ids, "outlook"),
        label(
            "application",
            "sv",
            "11111",
            "Complete. Numbered '1)'-'5)' sections following the five points, multipart/alternative with an "
            "HTML table budget (tab-separated in text). Total exactly 15 000 kr, also written '15.000 SEK' "
            "(at the cap, not above). Musicians' and guide fees are fees, not salary; everything else rented. "
            "'kvinnor och män' -> true. 48 attendees are not members.",
            association_name="Kläckeberga Sockenråd",
            org_number=org,
            contact_name="Åsa Lindahl",
            contact_email="asa.lindahl@example.se",
            contact_phone="0480-44 71 05",
            members=210,
            ort="Kläckeberga",
            amount_sek=15000,
            women_and_men=True,
        ),
    )


# ---------------------------------------------------------------------------------------------- 202
def m202() -> None:
    t = when(1, 16, 17, 3, 9)
    mid = ids.msgid("apple", "example.net")
    text = (
        "Hej. Blomstermåla Fiskevårdsförening (42 medl) vill ha en fiskedag för barn och vuxna vid ån i "
        "juni med kurs i flugfiske och grillning så att fler i byn hittar ut till ån, vi söker runt 6000 "
        "spänn. Tobias Wall 070-561 23 08\n\nSkickat från min iPhone\n"
    )
    subj = "Fiskedag i Blomstermåla"
    frm = "Tobias Wall <tobias.wall@example.net>"
    m = new_message(frm, subj, t, mid, to=TO_PLAIN, headers=[("X-Mailer", "iPhone Mail (23C71)")])
    set_body(m, text, cte="8bit")
    APPS["blomstermala"] = dict(mid=mid, t=t, subject=subj, text=text, frm=frm)
    add(
        "202-fiskedag-blomstermala.eml",
        finish(m, ids, "apple"),
        label(
            "application",
            "sv",
            "11100",
            "Three-line iPhone mail. Association = named club with '42 medl' (abbreviated). Contact = name and "
            "phone run into the same line, own address. Anchoring missing. Budget missing: 'runt 6000 spänn' "
            "(slang for kronor) is one rough figure -> amount 6000. 'barn och vuxna' is about age, not gender "
            "-> null.",
            association_name="Blomstermåla Fiskevårdsförening",
            contact_name="Tobias Wall",
            contact_email="tobias.wall@example.net",
            contact_phone="070-561 23 08",
            members=42,
            ort="Blomstermåla",
            amount_sek=6000,
        ),
    )


# ---------------------------------------------------------------------------------------------- 203
def m203() -> None:
    t = when(1, 20, 10, 27, 31)
    mid = ids.msgid("generic", "example.org")
    text = """\
Hej!

Vi i Resmo Byalag har en gammal dansbana vid bygdegården i Resmo där taket
läcker. Kan man söka idéslanten för att lägga om taket, om vi gör jobbet själva
en arbetshelg och bjuder hela byn på fika? Eller räknas det som en investering
som inte får finansieras? Vad kan vi i så fall söka för i stället?

Tack på förhand!
Gunilla Öberg
ordförande, Resmo Byalag
0485-341 67
"""
    m = new_message(
        "Gunilla Öberg <gunilla.oberg@example.org>",
        "Fråga: går det att söka för att renovera dansbanans tak?",
        t,
        mid,
        headers=[("User-Agent", "Roundcube Webmail/1.6.11")],
    )
    set_body(m, text, cte="8bit")
    add(
        "203-fraga-tak-resmo.eml",
        finish(m, ids, "generic"),
        label(
            "question",
            "sv",
            "00000",
            "Question, not an application: may the grant pay for re-roofing the dance floor? "
            "physical_investment true because the mail itself proposes a renovation; salary_costs null.",
            association_name="Resmo Byalag",
            contact_name="Gunilla Öberg",
            contact_email="gunilla.oberg@example.org",
            contact_phone="0485-341 67",
            ort="Resmo",
            physical_investment=True,
        ),
    )


# ---------------------------------------------------------------------------------------------- 204
def m204() -> None:
    app = APPS["blomstermala"]
    rt = when(1, 17, 7, 30, 0)
    t = when(1, 23, 19, 48, 40)
    mid = ids.msgid("outlook")
    new_head = """\
Hej!

Här kommer det ni saknade.

Förankring: fiskedagen görs tillsammans med byalaget och scoutkåren i
Blomstermåla, och den bestämdes på vårt årsmöte i december där 26 personer var
med. Byalaget ordnar grillplatsen.

Budget:"""
    rows = [
        ("Instruktör flugfiske (arvode)", "2 500 kr"),
        ("Fiskekort för deltagarna", "1 200 kr"),
        ("Flugor och tafsar", "800 kr"),
        ("Korv, bröd och dricka", "1 000 kr"),
        ("Annonsering", "500 kr"),
    ]
    new_tail = ["", "Med vänlig hälsning", "Tobias Wall", "070-561 23 08"]
    subj = "SV: " + app["subject"]
    quoted = (
        sv_outlook_block(OFFICER, rt, app["frm"], subj)
        + "\n"
        + receipt_text(["anchoring", "budget"])
        + "\n"
        + sv_outlook_block(app["frm"], app["t"], TO_PLAIN, app["subject"])
        + "\n"
        + app["text"]
    )
    plain = (
        new_head
        + "\n"
        + "".join(f"{a}\t{b}\n" for a, b in rows)
        + "Summa\t6 000 kr\n"
        + "\n".join(new_tail)
        + "\n\n"
        + quoted
    )
    html_text = (
        OUTLOOK_HEAD.format(charset="utf-8")
        + "".join(mso_p(x) for x in new_head.split("\n"))
        + mso_table(rows, total=("Summa", "6 000 kr"))
        + "".join(mso_p(x) for x in new_tail)
        + '<div id="divRplyFwdMsg"><hr style="display:inline-block;width:98%">'
        + '<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">'
        + "".join(mso_p(x) for x in quoted.rstrip("\n").split("\n"))
        + "</div></div>\n"
        + OUTLOOK_TAIL
    )
    m = new_message(
        app["frm"],
        subj,
        t,
        mid,
        headers=[("In-Reply-To", app["mid"]), ("References", app["mid"])]
        + outlook_headers(app["subject"]),
    )
    set_alternative(m, plain, html_text)
    add(
        "204-svar-blomstermala.eml",
        finish(m, ids, "outlook"),
        label(
            "followup",
            "sv",
            "01011",
            "Top-posted Outlook reply to 202 (from desktop Outlook this time), multipart/alternative; the "
            "quoted blocks 'Från: ... Skickat: ... Till: ... Ämne: SV: ...' with the bot's receipt and the "
            "original follow unmarked. New text adds anchoring (byalag + scouts, annual meeting) and a budget "
            "table (total 6 000). Association not restated -> false. 26 attendees are not members. Flies and "
            "leaders are consumables; instructor fee is not salary.",
            contact_name="Tobias Wall",
            contact_email="tobias.wall@example.net",
            contact_phone="070-561 23 08",
            ort="Blomstermåla",
            amount_sek=6000,
        ),
    )


# ---------------------------------------------------------------------------------------------- 205
def m205() -> None:
    org = orgnr("802489402")
    t = when(1, 27, 9, 31, 16)
    mid = ids.msgid("outlook")
    paras_a = [
        "Hej,",
        "",
        f"Virserums Filmstudio (org.nr {org}) ansöker om bidrag ur idéslanten. Föreningen startade 2019 och "
        "har 61 medlemmar.",
        "",
        'Vi vill starta "Bio i Virserum": filmvisning i Folkets hus varannan fredag under hösten, med '
        "barnfilm kl. 17 och film för vuxna kl. 19, och fika i pausen. Biografen i Virserum stängde för "
        "många år sedan och det är långt till närmaste bio. Filmkvällarna ska bli en mötesplats mitt i "
        "samhället och ge ungdomarna något att göra på fredagarna.",
        "",
        "Folkets hus-föreningen lånar ut salongen utan kostnad, och när vi samlade namn i affären och på "
        "biblioteket skrev 140 personer att de vill ha bio i Virserum igen. Fritidsgården hjälper till "
        "med barnkvällarna.",
        "",
        "Budget:",
    ]
    rows = [
        ("Inköp av projektor", "6 900"),
        ("Inköp av filmduk", "1 500"),
        ("Visningslicenser, 6 st", "3 600"),
        ("Annonsering", "800"),
    ]
    paras_b = [
        "",
        "Med vänliga hälsningar",
        "Roger Tell",
        "ordförande, Virserums Filmstudio",
        "0495-301 84",
    ]
    html_text = (
        OUTLOOK_HEAD.format(charset="iso-8859-1")
        + "".join(mso_p(p) for p in paras_a)
        + mso_table(rows, header=("Post", "Kr"), total=("Summa", "12 800"))
        + "".join(mso_p(p) for p in paras_b)
        + OUTLOOK_TAIL
    )
    subj = "Ansökan idéslanten – Bio i Virserum"
    m = new_message(
        "Roger Tell <roger.tell@example.se>", subj, t, mid, headers=outlook_headers(subj)
    )
    set_body(m, html_text, subtype="html", charset="iso-8859-1")
    add(
        "205-bio-virserum.eml",
        finish(m, ids, "outlook"),
        label(
            "application",
            "sv",
            "11111",
            "Complete. HTML-only Outlook mail, iso-8859-1 quoted-printable, budget only as an HTML <table> "
            "(amounts without 'kr', total 12 800). Eligibility trap: 'Inköp av projektor' and 'Inköp av "
            "filmduk' = buying equipment -> physical_investment true. 140 signatures are not members.",
            association_name="Virserums Filmstudio",
            org_number=org,
            contact_name="Roger Tell",
            contact_email="roger.tell@example.se",
            contact_phone="0495-301 84",
            members=61,
            ort="Virserum",
            amount_sek=12800,
            physical_investment=True,
        ),
    )


# ---------------------------------------------------------------------------------------------- 206
def m206() -> None:
    t = when(2, 3, 21, 2, 5)
    mid = ids.msgid("apple", "example.com")
    text = """\
Hi there,

A few of us who live in Grönhögen all year round would like to apply for the
village grant. We want to organise two beach clean-up days in May, followed by
a small harbour festival in June with local food, music by local bands and
activities for the kids. The village gets very quiet outside the tourist
season, and we hope the days will bring the permanent residents together and
show summer visitors that Grönhögen is a living village.

We talked to the harbour association and the bakery about it, and they are on
board: the harbour association lends us the quay and the bakery will run a
stall. We also put up a note at the shop and 35 people signed up to help with
the clean-up.

We would need about 10,000 SEK in total.

Cheers,
Tom Riley
+46 70 644 21 93
"""
    subj = "Grant application – beach clean-up and harbour festival in Grönhögen"
    m = new_message(
        "Tom Riley <tom.riley@example.com>",
        subj,
        t,
        mid,
        headers=[("X-Mailer", "Apple Mail (2.3826.700.81)")],
    )
    set_body(m, text)
    APPS["gronhogen"] = dict(mid=mid, t=t, subject=subj)
    add(
        "206-harbour-festival-gronhogen.eml",
        finish(m, ids, "apple"),
        label(
            "application",
            "en",
            "01110",
            "English. Association missing: 'A few of us who live in Grönhögen' (the harbour association is a "
            "partner). Budget missing: 'about 10,000 SEK in total' is one figure -> amount 10000. Anchoring = "
            "harbour association and bakery take part, 35 volunteers signed up.",
            contact_name="Tom Riley",
            contact_email="tom.riley@example.com",
            contact_phone="+46 70 644 21 93",
            ort="Grönhögen",
            amount_sek=10000,
        ),
    )


# ---------------------------------------------------------------------------------------------- 207
def m207() -> None:
    app = APPS["gronhogen"]
    rt = when(2, 4, 7, 30, 0)
    rid = receipt_id(rt, 1)
    t = when(2, 4, 7, 30, 33)
    mid = ids.msgid("apple", "example.com")
    text = """\
Hej! Jag är på semester till och med 16 februari och har inte tillgång till min e-post.

Hi! I am on holiday until 16 February and have no access to my e-mail.

/Tom
"""
    m = new_message(
        "Tom Riley <tom.riley@example.com>",
        "Re: SV: " + app["subject"],
        t,
        mid,
        headers=[("In-Reply-To", rid), ("References", f"{app['mid']} {rid}")],
    )
    set_body(m, text)
    add(
        "207-semester-gronhogen.eml",
        finish(m, ids, "apple"),
        label(
            "autoreply",
            "sv",
            "00000",
            "Vacation reply with NO automation header and a plain 'Re: SV:' subject, 33 seconds after the "
            "bot's receipt to 206. Bilingual, Swedish first ('Jag är på semester'), so language sv. Does not "
            "even say 'automatiskt'. Not a followup; never reply.",
        ),
    )


# ---------------------------------------------------------------------------------------------- 208
def m208() -> None:
    t = when(2, 9, 3, 7, 55)
    mid = ids.msgid("generic", "regionkalmar-bidrag.example.net")
    text = """\
Hej,

Er ansökan om regional bygdepeng – idéslanten har beviljats. Bidraget på
15 000 kr utbetalas så snart vi har fått in föreningens bankuppgifter.

Fyll i kontonummer och BankID-uppgifter för firmatecknaren via länken nedan
senast idag kl. 23.59. Annars går bidraget till nästa förening i kön.

https://regionkalmar-bidrag.example.net/utbetalning/bekrafta?ref=IDS-2026-4471

Med vänliga hälsningar
Handläggare Idéslanten
Region Kalmar län
"""
    html_text = (
        "<html><body><p>Hej,</p><p>Er ansökan om regional bygdepeng – idéslanten har <b>beviljats</b>. "
        "Bidraget på <b>15 000 kr</b> utbetalas så snart vi har fått in föreningens bankuppgifter."
        "</p><p>Fyll i kontonummer och BankID-uppgifter för firmatecknaren via länken nedan senast "
        "idag kl. 23.59. Annars går bidraget till nästa förening i kön.</p><p>"
        '<a href="https://regionkalmar-bidrag.example.net/utbetalning/bekrafta?ref=IDS-2026-4471">'
        "BEKRÄFTA UTBETALNING</a></p><p>Med vänliga hälsningar<br>Handläggare Idéslanten<br>Region "
        "Kalmar län</p></body></html>\n"
    )
    m = new_message(
        "Region Kalmar län – Idéslanten <utbetalning@regionkalmar-bidrag.example.net>",
        "Ert bidrag från idéslanten utbetalas – bekräfta bankuppgifter senast idag",
        t,
        mid,
        to="undisclosed-recipients:;",
        headers=[("Reply-To", "idelanten.utbetalning@example.com"), ("X-Priority", "1 (Highest)")],
    )
    set_alternative(m, text, html_text, cte="base64")
    add(
        "208-spam-bidrag-utbetalas.eml",
        finish(m, ids, "generic"),
        label(
            "spam",
            "sv",
            "00000",
            "Phishing that impersonates idéslanten itself ('Ert bidrag utbetalas', 15 000 kr, asks for bank "
            "and BankID details, deadline today), look-alike sender domain, Reply-To elsewhere, undisclosed "
            "recipients. Not an application and not a reply to one.",
        ),
    )


# ---------------------------------------------------------------------------------------------- 209
def m209() -> None:
    t = when(2, 12, 9, 44, 0)
    mid = ids.msgid("generic", "example.net")
    p = pnr("380311224")
    text = f"""\
hej hej
här kommer en ansökan om pengar vi är några damer och herrar i totebo som vill ha sittgympa och gammeldags gymnastik för oss äldre i totebo bygdegård varannan tisdag i höst så vi håller oss rörliga och kan bo kvar hemma och träffas över en kopp kaffe efteråt det är så ensamt här på vintern
ledaren från friskvården vill ha 300 kr gången och det blir 12 gånger så 3600 kr och lokalhyran är 150 kr gången så 1800 och kaffe och bröd tar vi för 50 kr gången så 600 kr sammanlagt 6000
alla tycker nog det är bra
greta andersson {p}
0490-240 31 eller 070 331 42 78
"""
    m = new_message(
        "greta andersson <greta.andersson.totebo@example.net>",
        "pengar till gympa",
        t,
        mid,
        to=TO_PLAIN,
        headers=[("X-Mailer", "Microsoft Windows Live Mail 16.4.3528.331")],
    )
    set_body(m, text, charset="iso-8859-1", cte="8bit")
    add(
        "209-sittgympa-totebo.eml",
        finish(m, ids, "generic"),
        label(
            "application",
            "sv",
            "01101",
            "Elderly writer, lower case, no punctuation, iso-8859-1 8bit. Association missing ('några damer och "
            "herrar i totebo'). Anchoring missing: 'alla tycker nog det är bra' is a claim with nothing behind "
            "it. Budget in prose with items and total 6000. Signature has a PERSONNUMMER right after the name "
            f"('{p}', no 'pnr' label) that must be masked and is not a phone. Two phones; first recorded. "
            "'damer och herrar' -> true. The instructor fee is not salary.",
            contact_name="Greta Andersson",
            contact_email="greta.andersson.totebo@example.net",
            contact_phone="0490-240 31",
            ort="Totebo",
            amount_sek=6000,
            women_and_men=True,
        ),
    )


# ---------------------------------------------------------------------------------------------- 210
def m210() -> None:
    org = orgnr("802504117")
    t = when(2, 17, 14, 5, 47)
    mid = ids.msgid("outlook")
    text = f"""\
Hej!

Föreningen Torsås Mötesplats söker bidrag ur idéslanten till ett mötescafé i
Torsås under hösten 2026.

Vi är en ideell förening (org.nr {org}) med 64 medlemmar, bildad 2023 av
nyanlända och infödda torsåsbor tillsammans.

Mötescaféet har öppet varje onsdag eftermiddag från september till december i
församlingssalen. Där kan nyanlända öva svenska, få hjälp med blanketter och
träffa grannar, och byns föreningar kommer på besök och berättar om vad de gör.
Caféet ska göra det lättare för nya torsåsbor att stanna kvar och komma in i
föreningslivet, och det är öppet för kvinnor och män i alla åldrar. En
kaféansvarig håller i eftermiddagarna.

Förslaget har vuxit fram tillsammans med Torsås församling och SFI-gruppen, och
på vårt öppna möte i januari anmälde sig 20 volontärer.

Budgeten bifogas i Word-format.

Med vänlig hälsning
Peter Nyberg, ordförande
0486-413 02
"""
    subj = "Ansökan idéslanten – mötescafé i Torsås"
    m = new_message(
        "Peter Nyberg <peter.nyberg@example.se>", subj, t, mid, headers=outlook_headers(subj)
    )
    set_body(m, text, cte="8bit")
    doc = make_docx(
        "Budget mötescafé Torsås hösten 2026",
        ["Föreningen Torsås Mötesplats"],
        [
            ("Timlön kaféansvarig, 40 tim à 150 kr", "6 000 kr"),
            ("Lokalhyra församlingssalen, 15 onsdagar à 160 kr", "2 400 kr"),
            ("Fika och råvaror", "3 000 kr"),
            ("Annonsering på svenska, arabiska och ukrainska", "1 200 kr"),
        ],
        ("Kostnad", "Belopp"),
        ("Summa", "12 600 kr"),
        author="Peter Nyberg",
    )
    attach_bytes(
        m,
        doc,
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        "Budget motescafe.docx",
    )
    add(
        "210-motescafe-torsas.eml",
        finish(m, ids, "outlook"),
        label(
            "application",
            "sv",
            "11111",
            "Complete; budget only in the .docx table (total 12 600). Eligibility trap hidden in the "
            "attachment: 'Timlön kaféansvarig' = wages -> salary_costs true (the text only says 'En "
            "kaféansvarig håller i eftermiddagarna'). 20 volunteers are not members. 'kvinnor och män' -> true.",
            association_name="Föreningen Torsås Mötesplats",
            org_number=org,
            contact_name="Peter Nyberg",
            contact_email="peter.nyberg@example.se",
            contact_phone="0486-413 02",
            members=64,
            ort="Torsås",
            amount_sek=12600,
            women_and_men=True,
            salary_costs=True,
        ),
    )


# ---------------------------------------------------------------------------------------------- 211
def m211() -> None:
    org = orgnr("802458363")
    t = when(2, 20, 8, 16, 38)
    mid = ids.msgid("gmail")
    paras = [
        "Hej!",
        "",
        "Jag vidarebefordrar ansökan som vår ordförande skrev. Kontakta mig om ni har frågor, jag är "
        "sekreterare i föreningen.",
        "",
        "Camilla Åberg\n073-611 58 24",
        "",
        "---------- Vidarebefordrat meddelande ----------\nFrån: Bo Sandberg <bo.sandberg@example.net>\n"
        "Date: tis 17 feb. 2026 kl 20:41\nSubject: Ansökan idéslanten Fårbo\n"
        "To: Camilla Åberg <camilla.aberg@example.com>",
        "",
        "",
        "Hej Camilla, här är texten. Skicka den till Regionen!",
        "",
        f"Fårbo Samhällsförening, org.nr {org}, har 105 medlemmar och arbetar för att Fårbo ska vara en "
        "levande ort med service, föreningsliv och trygga vägar.",
        "",
        'I sommar vill vi ordna "Fårbo runt": en lördag med öppna trädgårdar, gårdsbutiker och hantverkare '
        "runt hela samhället, som besökarna tar sig mellan med cykel eller med en inhyrd veteranbuss. Dagen "
        "ska visa upp företagen och föreningarna i Fårbo och locka både bybor och folk från Oskarshamn.",
        "",
        "Idén kommer från samhällsföreningens medlemsmöte i oktober, där 40 personer deltog. Hittills har "
        "18 trädgårdar och gårdar anmält att de vill vara med, och Fårbo hembygdsförening ansvarar för "
        "kaffet på hembygdsgården.",
        "",
        "Vi söker 15000:- från idéslanten.",
        "",
        "Bo Sandberg\nordförande",
    ]
    subj = "Fwd: Ansökan idéslanten Fårbo"
    m = new_message("Camilla Åberg <camilla.aberg@example.com>", subj, t, mid)
    set_alternative(m, "\n".join(paras) + "\n", simple_html(paras))
    APPS["farbo"] = dict(mid=mid, t=t, subject=subj)
    add(
        "211-farbo-runt-fwd.eml",
        finish(m, ids, "gmail"),
        label(
            "application",
            "sv",
            "11110",
            "Gmail forward ('---------- Vidarebefordrat meddelande ----------'): the forwarded text is the "
            "application and counts. Contact = the forwarding secretary (name + phone, own address); the chair "
            "is also named. Budget missing: 'Vi söker 15000:-' -> amount 15000, no items. 40 meeting attendees "
            "are not members (105 are).",
            association_name="Fårbo Samhällsförening",
            org_number=org,
            contact_name="Camilla Åberg",
            contact_email="camilla.aberg@example.com",
            contact_phone="073-611 58 24",
            members=105,
            ort="Fårbo",
            amount_sek=15000,
        ),
    )


# ---------------------------------------------------------------------------------------------- 212
def m212() -> None:
    app = APPS["farbo"]
    rt = when(2, 21, 7, 30, 0)
    rid = receipt_id(rt, 2)
    t = when(2, 21, 7, 31, 2)
    mid = ids.msgid("gmail")
    inner = EmailMessage()
    inner["From"] = OFFICER
    inner["To"] = "Camilla Åberg <camilla.aberg@example.com>"
    inner["Subject"] = "SV: " + app["subject"]
    inner["Date"] = "Sat, 21 Feb 2026 07:30:00 +0100"
    inner["Message-ID"] = rid
    inner["In-Reply-To"] = app["mid"]
    inner["References"] = app["mid"]
    inner["Auto-Submitted"] = "auto-replied"
    inner.set_content(receipt_text(["budget"]), charset="utf-8", cte="quoted-printable")
    human = """\
** Message not delivered **

Your message couldn't be delivered to camilla.aberg@example.com. The
recipient's inbox is full and can't accept messages right now. Try resending
the message later, or contact the recipient directly.

The response from the remote server was:
552 5.2.2 The email account that you tried to reach is over quota.
"""
    dsn = """\
Reporting-MTA: dns; googlemail.example.com
Received-From-MTA: dns; mail.example.se
Arrival-Date: Sat, 21 Feb 2026 06:30:58 +0000

Final-Recipient: rfc822; camilla.aberg@example.com
Action: failed
Status: 5.2.2
Remote-MTA: dns; mx.example.com
Diagnostic-Code: smtp; 552 5.2.2 The email account is over quota.
Last-Attempt-Date: Sat, 21 Feb 2026 06:31:02 +0000
"""
    m = report_message(
        "Mail Delivery Subsystem <mailer-daemon@googlemail.example.com>",
        "Delivery Status Notification (Failure)",
        t,
        mid,
        to="landsbygdsutvecklare@example.se",
        headers=[
            ("!Return-Path", "<>"),
            ("Auto-Submitted", "auto-replied"),
            ("In-Reply-To", rid),
            ("References", f"{app['mid']} {rid}"),
        ],
        human=human,
        human_charset="us-ascii",
        dsn=dsn,
        returned=inner,
    )
    add(
        "212-dsn-farbo.eml",
        finish(m, ids, "gmail"),
        label(
            "bounce",
            "en",
            "00000",
            "Gmail-style DSN from 'Mail Delivery Subsystem' <mailer-daemon@...>, multipart/report with "
            "message/delivery-status (5.2.2, inbox full) and the returned bot receipt to 211 as message/rfc822. Threaded "
            "(References names the application). Never reply.",
        ),
    )


# ---------------------------------------------------------------------------------------------- 213
def m213() -> None:
    org = orgnr("802463915")
    t = when(3, 2, 11, 20, 4)
    mid = ids.msgid("outlook")
    text = f"""\
Hej,

Djursdala Byalag (org.nr {org}) är en ideell förening för alla som bor i
Djursdala socken. Vi har 71 medlemmar.

Vi söker bidrag till "Djursdalaveckan" vecka 28: tre kvällsvandringar genom
byarna med berättelser om gårdarna, en spelmanskväll på hembygdsgården och en
barnteaterföreställning vid kyrkan. Veckan ska få bybor och sommarboende att
mötas och visa upp Djursdala för besökare, så att fler får upp ögonen för
bygden och kanske vill bosätta sig här.

Förankring: Förankringen är god.

Budget enligt bifogad Excelfil.

Hälsningar
Styrelsen
"""
    subj = "Ansökan om bygdepeng – Djursdalaveckan"
    frm = "Djursdala Byalag <djursdala.byalag@example.org>"
    m = new_message(frm, subj, t, mid, headers=outlook_headers(subj))
    set_body(m, text)
    xlsx = make_xlsx(
        "Blad1",
        [
            ["Post", "Kronor"],
            ["Arvode guide, 3 kvällsvandringar", 2700],
            ["Spelmän, arvode", 3000],
            ["Barnteater, gage", 4500],
            ["Annonsering", 1100],
            ["Hyra av ljudanläggning", 700],
            ["Totalt", 12000],
        ],
    )
    attach_bytes(
        m,
        xlsx,
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        "Budget Djursdalaveckan.xlsx",
    )
    APPS["djursdala"] = dict(mid=mid, t=t, subject=subj, text=text, frm=frm)
    add(
        "213-djursdalaveckan.eml",
        finish(m, ids, "outlook"),
        label(
            "application",
            "sv",
            "10101",
            "Contact missing (shared mailbox, 'Styrelsen'). Anchoring missing: 'Förankring: Förankringen är "
            "god.' has no content. Budget only in the .xlsx (sheet 'Blad1', total 12 000). Fees are "
            "performer/guide fees; sound system rented.",
            association_name="Djursdala Byalag",
            org_number=org,
            members=71,
            ort="Djursdala",
            amount_sek=12000,
        ),
    )


# ---------------------------------------------------------------------------------------------- 214
def m214() -> None:
    t = when(3, 5, 7, 0, 0)
    mid = ids.msgid("generic", "utskick.kommun.example.se")
    paras = [
        "FÖRENINGSNYTT – mars 2026",
        "",
        "Hej föreningar!",
        "",
        "Bidrag att söka i vår: Region Kalmar läns idéslanten ger upp till 15 000 kr per ort och år till "
        "små aktiviteter som utvecklar bygden, till exempel byadagar, studiecirklar och marknader. "
        "Föreningen behöver minst 10 medlemmar.",
        "",
        "Workshop: Så skriver du en bra ansökan – tisdag 24 mars kl. 18.00 i Medborgarhuset. Anmäl dig på "
        "webben.",
        "",
        "Påminnelse: Glöm inte att uppdatera föreningens kontaktuppgifter i föreningsregistret före 30 april.",
        "",
        "Du får det här utskicket eftersom din förening finns i kommunens föreningsregister. "
        "Avregistrera: https://kommun.example.se/foreningsnytt/avregistrera",
    ]
    m = new_message(
        "Föreningsservice <foreningsnytt@kommun.example.se>",
        "Föreningsnytt mars 2026",
        t,
        mid,
        to="landsbygdsutvecklare@example.se",
        headers=[
            ("!List-Unsubscribe", "<https://kommun.example.se/foreningsnytt/avregistrera?u=7731>"),
            ("X-Mailer", "Microsoft Dynamics 365 Marketing"),
        ],
    )
    set_alternative(m, "\n".join(paras) + "\n", simple_html(paras))
    add(
        "214-foreningsnytt-mars.eml",
        finish(m, ids, "generic"),
        label(
            "newsletter",
            "sv",
            "00000",
            "Municipal association newsletter with ONLY a List-Unsubscribe header (no List-Id, no Precedence). "
            "Mentions idéslanten, 15 000 kr per ort and the 10-member rule. Never reply.",
        ),
    )


# ---------------------------------------------------------------------------------------------- 215
def m215() -> None:
    app = APPS["djursdala"]
    rt = when(3, 3, 7, 30, 0)
    rid = receipt_id(rt, 3)
    t = when(3, 9, 20, 3, 17)
    mid = ids.msgid("outlook")
    rc = receipt_text(["contact", "anchoring"]).split("\n")
    text = (
        "Hej! Vi svarar under era punkter.\n\n"
        + sv_outlook_block(OFFICER, rt, app["frm"], "SV: " + app["subject"])
        .replace("Från:", "> Från:")
        .replace("\nSkickat:", "\n> Skickat:")
        .replace("\nTill:", "\n> Till:")
        .replace("\nÄmne:", "\n> Ämne:")
        + ">\n"
        + quote("\n".join(rc[0:6]))
        + "\nKontaktperson är Maja Ek, vår sekreterare: maja.ek@example.com, 0492-152 90.\n\n"
        + quote(rc[6])
        + "\nDjursdalaveckan bestämdes på byastämman i november, där 34 personer var med. Djursdala\n"
        "hembygdsförening och församlingen står som medarrangörer, och tolv gårdar har sagt ja till att\n"
        "ta emot vandringarna.\n\n" + quote("\n".join(rc[7:])) + "\nHälsningar\nStyrelsen\n"
    )
    m = new_message(
        app["frm"],
        "SV: " + app["subject"],
        t,
        mid,
        headers=[("In-Reply-To", rid), ("References", f"{app['mid']} {rid}")]
        + outlook_headers(app["subject"]),
    )
    set_body(m, text, cte="8bit")
    add(
        "215-svar-djursdala-inline.eml",
        finish(m, ids, "outlook"),
        label(
            "followup",
            "sv",
            "01010",
            "Followup to 213 from the shared mailbox with inline answers between '> ' quoted lines of the "
            "bot's receipt (the Outlook header block is '>'-quoted too). Adds a named contact person with her "
            "own e-mail and phone (contact_email is hers, not the From address) and anchoring (byastämma, "
            "co-organisers, twelve farms). Still signed 'Styrelsen'. 34 attendees are not members.",
            contact_name="Maja Ek",
            contact_email="maja.ek@example.com",
            contact_phone="0492-152 90",
            ort="Djursdala",
        ),
    )


# ---------------------------------------------------------------------------------------------- 216
def m216() -> None:
    t = when(3, 12, 16, 56, 20)
    mid = ids.msgid("thunderbird", "example.net")
    text = """\
Hej!

Högsby Trädgårdsförening har tjugotvå medlemmar och har funnits sedan 2016. Vi
träffas hos varandra, byter plantor och erfarenheter och gör studiebesök i
trädgårdar runt om i länet.

Vi vill gärna göra något för Högsby som lyfter orten och får fler att trivas
här. Hur det ska se ut bestämmer vi på vårt nästa medlemsmöte.

Idén att söka kommer från en träff i januari med Högsby Företagarförening och
hembygdsföreningen, där vi bestämde att de båda ska vara med och arrangera.

Budgeten bifogas som pdf.

Vänliga hälsningar
Eva Wiklund
kassör, Högsby Trädgårdsförening
076-205 88 31
"""
    subj = "Ansökan idéslanten, Högsby Trädgårdsförening"
    m = new_message(
        "Eva Wiklund <eva.wiklund@example.net>",
        subj,
        t,
        mid,
        headers=[("User-Agent", "Mozilla Thunderbird")],
    )
    set_body(m, text)
    pdf = make_pdf(
        "Budget 2026 – Högsby Trädgårdsförening",
        ["Ansökan om regional bygdepeng – idéslanten"],
        [
            ("Lokalhyra", "1 500 kr"),
            ("Föreläsararvode", "2 500 kr"),
            ("Annonsering", "900 kr"),
            ("Fika", "1 100 kr"),
            ("Förbrukningsmaterial", "1 500 kr"),
            ("Summa", "7 500 kr"),
        ],
        footer=["Upprättad av kassören."],
    )
    attach_bytes(m, pdf, "application/pdf", "budget_tradgardsforeningen.pdf")
    APPS["hogsby"] = dict(mid=mid, t=t, subject=subj)
    add(
        "216-tradgardsforening-hogsby.eml",
        finish(m, ids, "thunderbird"),
        label(
            "application",
            "sv",
            "11011",
            "Activity missing: 'göra något för Högsby som lyfter orten ... Hur det ska se ut bestämmer vi' "
            "is vague. Anchoring = two local associations will co-arrange. Budget only in the PDF (extractable "
            "text, total 7 500). 'tjugotvå medlemmar' = 22.",
            association_name="Högsby Trädgårdsförening",
            contact_name="Eva Wiklund",
            contact_email="eva.wiklund@example.net",
            contact_phone="076-205 88 31",
            members=22,
            ort="Högsby",
            amount_sek=7500,
        ),
    )


# ---------------------------------------------------------------------------------------------- 217
def m217() -> None:
    app = APPS["hogsby"]
    rt = when(3, 13, 7, 30, 0)
    rid = receipt_id(rt, 4)
    t = when(3, 13, 7, 30, 14)
    mid = ids.msgid("thunderbird", "example.net")
    text = """\
Tack för ditt mejl!

Jag är ledig till och med den 23 mars och svarar när jag är tillbaka.

Vänliga hälsningar
Eva Wiklund
"""
    m = new_message(
        "Eva Wiklund <eva.wiklund@example.net>",
        "Automatiskt svar: SV: " + app["subject"],
        t,
        mid,
        headers=[
            ("In-Reply-To", rid),
            ("References", f"{app['mid']} {rid}"),
            ("Auto-Submitted", "auto-replied"),
            ("Precedence", "auto_reply"),
        ],
    )
    set_body(m, text)
    add(
        "217-automatiskt-svar-hogsby.eml",
        finish(m, ids, "thunderbird"),
        label(
            "autoreply",
            "sv",
            "00000",
            "'Automatiskt svar:' subject with Auto-Submitted: auto-replied and Precedence: auto_reply, "
            "answering the bot's receipt to 216. Never reply.",
        ),
    )


# ---------------------------------------------------------------------------------------------- 218
def m218() -> None:
    org = orgnr("802474582")
    t = when(3, 18, 22, 40, 51)
    mid = ids.msgid("thunderbird", "example.org")
    text = f"""\
Hej Region Kalmar län (och hej styrelsen, som får en kopia),

Alsterbro Byalag, org.nr {org}, ansöker om bidrag ur idéslanten för
Alsterbro Sommarscen 2026.

Byalaget har 88 medlemmar och har sedan 2004 ordnat midsommarfest och
julmarknad i Alsterbro.

Sommarscen: fyra söndagskvällar i juli med teater, musik och berättande på den
gamla logen vid bygdegården. Varje kväll börjar med knytkalas på gräset. Vi vill
att logen blir en sommarscen som drar folk till Alsterbro och där byns egna
förmågor får uppträda tillsammans med gästande artister.

Förankring: Sommarscenen beslutades på byalagets stämma i februari.
Bygdegårdsföreningen upplåter logen, och 22 volontärer har anmält sig att sköta
entré, servering och parkering.

Budgeten finns i bifogad CSV-fil (summa 18 400 kr).

Kontakt: Linnea Hult, ordförande, +46 73 208 64 17

/Linnea
"""
    m = new_message(
        "Linnea Hult <linnea.hult@example.org>",
        "Ansökan idéslanten: Alsterbro Sommarscen 2026",
        t,
        mid,
        headers=[
            ("Cc", "Styrelsen Alsterbro Byalag <styrelsen@alsterbro.example.org>"),
            ("User-Agent", "Mozilla Thunderbird"),
        ],
    )
    set_body(m, text, cte="8bit")
    csv = (
        '"Post","Belopp"\n"Artistarvoden, 4 kvällar","10000"\n"Hyra av ljud och ljus","4400"\n'
        '"Annonsering","1600"\n"Hyra av stolar","1200"\n"Tillstånd","400"\n"Fika till artisterna","800"\n'
        '"Summa","18400"\n'
    )
    attach_text(m, csv, "csv", "budget-sommarscen.csv", charset="utf-8", cte="base64")
    add(
        "218-sommarscen-alsterbro.eml",
        finish(m, ids, "thunderbird"),
        label(
            "application",
            "sv",
            "11111",
            "Complete; sent to the officer with the board's list address in Cc (human, mailing-list-ish). "
            "Budget in a comma-separated, quoted .csv (base64 utf-8), total 18 400 -> eligibility trap: over "
            "the 15 000 cap. Signed '/Linnea' but the contact line gives full name and phone from her own "
            "address. Artist fees are not salary; sound, light and chairs rented.",
            association_name="Alsterbro Byalag",
            org_number=org,
            contact_name="Linnea Hult",
            contact_email="linnea.hult@example.org",
            contact_phone="+46 73 208 64 17",
            members=88,
            ort="Alsterbro",
            amount_sek=18400,
        ),
    )


# ---------------------------------------------------------------------------------------------- 219
def m219() -> None:
    org = orgnr("802445229")
    t = when(3, 24, 18, 12, 6)
    mid = ids.msgid("thunderbird", "example.se")
    text = f"""\
### Ansökan – regional bygdepeng (idéslanten)

**Förening:** Sandviks Hamnförening, 57 medlemmar, org.nr {org}. Vi sköter
gästhamnen och sjöbodarna i Sandvik.

**Kontakt:** Olle Sjöstrand, 070-914 22 61, olle.sjostrand@example.se

**Aktivitet:** Hamnens dag lördag 8 augusti: öppna båtar, prova-på-segling för
barn och vuxna, fiskrökning på kajen och musik på kvällen. Hamnen ska bli en
plats där bofasta och gäster möts även när turistsäsongen är slut, och dagen
ska få fler bybor att bli medlemmar och engagera sig i hamnen.

**Förankring:** Vi är säkra på att hela byn står bakom oss.

**Budget:** Vi söker 12 000 kr.

Mvh
Olle
"""
    subj = "Ansökan – Hamnens dag i Sandvik"
    m = new_message(
        "Olle Sjöstrand <olle.sjostrand@example.se>",
        subj,
        t,
        mid,
        headers=[("User-Agent", "Mozilla Thunderbird")],
    )
    set_body(m, text, cte="8bit", params={"format": "flowed"})
    APPS["sandvik"] = dict(mid=mid, t=t, subject=subj, text=text)
    add(
        "219-hamnens-dag-sandvik.eml",
        finish(m, ids, "thunderbird"),
        label(
            "application",
            "sv",
            "11100",
            "Markdown headings ('###', '**Förening:**'). Anchoring missing: 'Vi är säkra på att hela byn står "
            "bakom oss' is a claim with nothing behind it. Budget missing: the 'Budget' heading only says 'Vi "
            "söker 12 000 kr'. 'barn och vuxna' -> gender null.",
            association_name="Sandviks Hamnförening",
            org_number=org,
            contact_name="Olle Sjöstrand",
            contact_email="olle.sjostrand@example.se",
            contact_phone="070-914 22 61",
            members=57,
            ort="Sandvik",
            amount_sek=12000,
        ),
    )


# ---------------------------------------------------------------------------------------------- 220
def m220() -> None:
    app = APPS["sandvik"]
    rt = when(3, 25, 7, 30, 0)
    t = when(4, 7, 9, 14, 45)
    mid = ids.msgid("thunderbird", "example.se")
    new = """\
Hej,

Förlåt för dröjsmålet. Hamnens dag bestämdes på hamnföreningens årsmöte i
mars, och vi gör den tillsammans med byalaget i Sandvik och fiskarna som har
sina bodar i hamnen. Tjugo personer har anmält sig som funktionärer.

Budgeten bifogas som Word-fil.

Olle Sjöstrand
"""
    text = (
        new
        + "\n"
        + sv_thunderbird_header(rt, "Landsbygdsutvecklare Region Kalmar län")
        + "\n"
        + quote(receipt_text(["anchoring", "budget"]))
    )
    m = new_message(
        "Olle Sjöstrand <olle.sjostrand@example.se>",
        "Re: SV: " + app["subject"],
        t,
        mid,
        headers=[
            ("In-Reply-To", app["mid"]),
            ("References", app["mid"]),
            ("User-Agent", "Mozilla Thunderbird"),
        ],
    )
    set_body(m, text, cte="8bit")
    doc = make_docx(
        "Budget Hamnens dag 2026",
        ["Sandviks Hamnförening"],
        [
            ("Hyra av segelbåtar med instruktör", "4 000 kr"),
            ("Musik på kvällen", "3 000 kr"),
            ("Ved och fisk till rökningen", "1 800 kr"),
            ("Annonsering", "1 200 kr"),
            ("Hyra av tält", "2 000 kr"),
        ],
        ("Kostnad", "Kronor"),
        ("Summa", "12 000 kr"),
        author="Olle",
    )
    attach_bytes(
        m,
        doc,
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        "Budget Hamnens dag.docx",
    )
    add(
        "220-svar-sandvik-budget.eml",
        finish(m, ids, "thunderbird"),
        label(
            "followup",
            "sv",
            "01011",
            "Followup to 219 with a Thunderbird quote header ('Den 2026-03-25 kl. 07:30, skrev ...:') and a "
            ".docx budget attachment (total 12 000). Adds anchoring (annual meeting, byalag and fishermen, "
            "twenty volunteers) and the budget; contact true by the signer rule. Boats and tent rented; wood "
            "and fish are consumables.",
            contact_name="Olle Sjöstrand",
            contact_email="olle.sjostrand@example.se",
            ort="Sandvik",
            amount_sek=12000,
        ),
    )


# ---------------------------------------------------------------------------------------------- 221
def m221() -> None:
    t = when(4, 14, 11, 1, 30)
    mid = ids.msgid("gmail")
    text = """\
Hello,

I am the chair of Edsbruk Village Network, a small association with about 25
members in Edsbruk. We are thinking of applying for idéslanten in the autumn
for a series of community dinners in the old school.

Could the grant be used to pay a part-time coordinator (an hourly wage for one
of our members) to organise the dinners? And is there a deadline for autumn
applications?

Kind regards,
Sophie Martin
Edsbruk Village Network
+46 72 190 44 83
"""
    m = new_message(
        "Sophie Martin <sophie.martin@example.org>",
        "Question: can the grant pay a part-time coordinator?",
        t,
        mid,
    )
    set_body(m, text)
    add(
        "221-question-coordinator-edsbruk.eml",
        finish(m, ids, "gmail"),
        label(
            "question",
            "en",
            "00000",
            "English question: may the grant pay an hourly wage to a coordinator? salary_costs true because "
            "the mail proposes wages; 'about 25 members' = 25. Applies for nothing.",
            association_name="Edsbruk Village Network",
            contact_name="Sophie Martin",
            contact_email="sophie.martin@example.org",
            contact_phone="+46 72 190 44 83",
            members=25,
            ort="Edsbruk",
            salary_costs=True,
        ),
    )


# ---------------------------------------------------------------------------------------------- 222
def m222() -> None:
    t = when(4, 21, 15, 38, 2)
    mid = ids.msgid("roundcube", "example.se")
    text = """\
Hej,

Vi skriver till er från Johansfors, där glasbruket en gång var hela byns hjärta. När bruket lade ner försvann inte bara jobben utan också mycket av det som höll ihop byn, och det är därför vi för tre år sedan bildade föreningen Johansfors Glasbruksvänner, några som arbetat på bruket och några som bara tycker om glas och historia. Vi är i dag nio medlemmar, så vi är inte många, men vi är envisa.

Det vi vill är att göra något så att minnet av bruket lever vidare och så att fler hittar till Johansfors, men exakt hur det ska bli har vi inte bestämt ännu, det finns så många idéer.

Vi har pratat med Johansfors Byalag och hembygdsföreningen i Eriksmåla, som båda vill vara med, och på ett öppet möte i byastugan i februari kom 33 personer och tyckte att vi skulle söka.

Pengamässigt räknar vi med 12 tkr: lokalhyra 2 tkr, annonsering 3 tkr, fika 2 tkr och arvoden till föreläsare 5 tkr.

Med vänliga hälsningar
Styrelsen
Johansfors Glasbruksvänner
"""
    m = new_message(
        "Johansfors Glasbruksvänner <glasbruksvannerna@example.se>",
        "Ansökan från Johansfors Glasbruksvänner",
        t,
        mid,
        headers=[("User-Agent", "Roundcube Webmail/1.6.11")],
    )
    set_body(m, text, cte="base64")
    add(
        "222-glasbruksvanner-johansfors.eml",
        finish(m, ids, "generic"),
        label(
            "application",
            "sv",
            "10011",
            "Rambling prose, long one-line paragraphs, base64 utf-8. Contact missing (shared mailbox, "
            "'Styrelsen'). Activity missing ('göra något så att minnet av bruket lever vidare ... exakt hur ... "
            "har vi inte bestämt'). Eligibility trap: 'nio medlemmar' = 9 (< 10). Budget in tkr: 2 + 3 + 2 + 5 "
            "= 12 tkr = 12 000. 33 meeting attendees are not members.",
            association_name="Johansfors Glasbruksvänner",
            members=9,
            ort="Johansfors",
            amount_sek=12000,
        ),
    )


def build() -> list[tuple[str, bytes, dict]]:
    for fn in (
        m201,
        m202,
        m203,
        m204,
        m205,
        m206,
        m207,
        m208,
        m209,
        m210,
        m211,
        m212,
        m213,
        m214,
        m215,
        m216,
        m217,
        m218,
        m219,
        m220,
        m221,
        m222,
    ):
        fn()
    return MAILS
