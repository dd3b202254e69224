"""Generate the own7 development corpus (901-930) deterministically.

Run: /work/main/.venv/bin/python tests/data/tools/make_own7.py
Writes tests/data/own7/NNN-slug.eml and tests/data/own7/labels.json.
"""

import json
import pathlib
from datetime import datetime, timedelta, timezone
from email import message_from_bytes, policy
from email.message import EmailMessage
from email.utils import format_datetime

OUT = pathlib.Path(__file__).resolve().parent.parent / "own7"
POL = policy.default.clone(linesep="\n", max_line_length=78)
BOT = "Idéslanten – Region Kalmar län <ideslanten@example.se>"
TZ = timezone(timedelta(hours=1))
BASE = datetime(2026, 3, 2, 8, 0, tzinfo=TZ)


def luhn_org(nine):
    digits = [int(c) for c in nine]
    total = 0
    for i, d in enumerate(digits):
        v = d * 2 if i % 2 == 0 else d
        total += v - 9 if v > 9 else v
    check = (10 - total % 10) % 10
    s = nine + str(check)
    return s[:6] + "-" + s[6:]


ORG_BODA = luhn_org("802431765")
ORG_DEGER = luhn_org("802477310")
ORG_RUMS = luhn_org("802519248")
ORG_ALST = luhn_org("802406129")
ORG_KOP = luhn_org("802455903")
ORG_FIGE = luhn_org("802498551")
ORG_LANG = luhn_org("802413087")
ORG_ROCK = luhn_org("802462794")


def facts(**kw):
    f = {
        k: None
        for k in (
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
    }
    for k, v in kw.items():
        assert k in f, k
        f[k] = v
    return f


def elems(missing=(), all_false=False):
    names = ("association", "contact", "activity", "anchoring", "budget")
    for m in missing:
        assert m in names, m
    if all_false:
        return {n: False for n in names}
    return {n: n not in missing for n in names}


MAILS = []


def mail(
    num,
    slug,
    frm,
    subject,
    body,
    *,
    kind,
    elements,
    fx,
    notes,
    charset="utf-8",
    cte="8bit",
    html=None,
    html_only=False,
    attach=None,
    headers=None,
    to=BOT,
    mid=None,
    hours=0,
):
    MAILS.append(
        dict(
            num=num,
            slug=slug,
            frm=frm,
            subject=subject,
            body=body,
            kind=kind,
            elements=elements,
            facts=fx,
            notes=notes,
            charset=charset,
            cte=cte,
            html=html,
            html_only=html_only,
            attach=attach or [],
            headers=headers or [],
            to=to,
            mid=mid,
            hours=hours,
        )
    )


def app_mid(num):
    return f"<own7-{num}.ansokan@mail.example.net>"


def receipt_mid(num):
    return f"<kvitto-{num}.own7@intake.example.se>"


# ---------------------------------------------------------------- 901 complete
mail(
    901,
    "boda-matkvallar",
    "Margareta Holm <margareta.holm@example.se>",
    "Ansökan idéslanten – Böda bygdegårdsförening",
    f"""Hej!

Böda bygdegårdsförening i Löttorp vill söka pengar ur idéslanten.

Om oss: Vi är en ideell förening som driver bygdegården mitt i Löttorp sedan
1952. Vi har 86 medlemmar. Org.nr {ORG_BODA}.

Vad vi vill göra: Under hösten vill vi ha sex kvällar där nyinflyttade och vi
som bott här länge lagar mat tillsammans i bygdegårdens kök och sedan äter
ihop. Varje kväll är det någon från byn som visar en rätt den kan. Många som
flyttat hit de senaste åren känner knappt någon, och folk stannar inte kvar
om de inte har ett sammanhang. Kvällarna är öppna för alla, kvinnor som män,
unga som gamla.

Förankring: Idén kom upp på byastämman den 8 februari där 41 personer var med
och alla röstade för. Vi gör det ihop med hembygdsföreningen och PRO Böda som
hjälper till med att laga mat och bjuda in.

Budget:
Livsmedel 6 kvällar à 1 200 kr   7 200 kr
Annonsering och affischer          800 kr
Hyra av extra porslin            1 000 kr
Summa                            9 000 kr

Kontaktperson: Margareta Holm, kassör, 070-314 22 86,
margareta.holm@example.se

Vänliga hälsningar
Margareta Holm
Böda bygdegårdsförening
""",
    kind="application",
    elements=elems(),
    fx=facts(
        association_name="Böda bygdegårdsförening",
        org_number=ORG_BODA,
        contact_name="Margareta Holm",
        contact_email="margareta.holm@example.se",
        contact_phone="070-314 22 86",
        members=86,
        ort="Löttorp",
        amount_sek=9000,
        women_and_men=True,
        salary_costs=False,
        physical_investment=False,
    ),
    notes="Complete, sectioned plain text. Porcelain is rented, not bought. Meeting attendance 41 is not members.",
)

# ---------------------------------------------------------------- 902 missing budget
mail(
    902,
    "vissefjarda-sommarcafe",
    "Anders Karlsson <anders.k@example.net>",
    "Ansökan om bygdepeng",
    """Hej

Jag skriver för Vissefjärda Framtid, en ideell förening med 47 medlemmar som
jobbar för att det ska finnas service och liv i Vissefjärda.

Vi vill hålla öppet ett sommarcafé i gamla stationshuset varje söndag från
midsommar till mitten av augusti. Ideella bakar, hantverkare från trakten får
sälja sina saker utan avgift och vi sätter upp en anslagstavla med lediga hus
och jobb i bygden. Tanken är att sommargäster och fastboende ska träffas och
att någon kanske får upp ögonen för att flytta hit på riktigt.

Vi frågade i byns facebookgrupp och med en enkät på affären i januari, 112
svarade och nästan alla ville ha ett café. 15 personer har skrivit upp sig
för att baka och stå i caféet.

Vi söker 12 000 kr.

Mvh
Anders Karlsson
ordförande Vissefjärda Framtid
0471-20 41 88
""",
    charset="iso-8859-1",
    cte="quoted-printable",
    kind="application",
    elements=elems(["budget"]),
    fx=facts(
        association_name="Vissefjärda Framtid",
        contact_name="Anders Karlsson",
        contact_email="anders.k@example.net",
        contact_phone="0471-20 41 88",
        members=47,
        ort="Vissefjärda",
        amount_sek=12000,
        women_and_men=None,
        salary_costs=False,
        physical_investment=False,
    ),
    notes="Missing budget: only a bare total 'Vi söker 12 000 kr'. Survey respondents (112) and bakers are not members. iso-8859-1 QP.",
)

# ---------------------------------------------------------------- 903 missing anchoring
mail(
    903,
    "tvarskog-slatter",
    "Lennart Sjöberg <lennart.sjoberg@example.com>",
    "Idéslanten - slåtter för barn och vuxna i Tvärskog",
    """Hej Region Kalmar!

Tvärskogs hembygdsförening har 58 medlemmar och sköter hembygdsgården och
ängen bakom den, strax norr om kyrkan.

Vi vill lära ut slåtter med lie till barn och vuxna tre lördagar i juli på
hembygdsgårdens äng. En kunnig slåtterkarl från trakten visar hur man slår,
räfsar och hässjar, och vi bjuder på fika. Ängen blir blommande igen och fler
i bygden lär sig ta hand om de gamla markerna, både tjejer och killar,
pensionärer och barnfamiljer.

Förankringen i bygden är god och vi tror att många kommer att uppskatta det.

Kostnader:
- arvode slåtterinstruktör 3 x 1 500 kr = 4 500 kr
- hyra av liar och räfsor 1 500 kr
- fika 1 200 kr
Totalt 7 200 kr

Hälsningar
Lennart Sjöberg, sekreterare
tel 070-882 13 40
""",
    cte="quoted-printable",
    kind="application",
    elements=elems(["anchoring"]),
    fx=facts(
        association_name="Tvärskogs hembygdsförening",
        contact_name="Lennart Sjöberg",
        contact_email="lennart.sjoberg@example.com",
        contact_phone="070-882 13 40",
        members=58,
        ort="Tvärskog",
        amount_sek=7200,
        women_and_men=True,
        salary_costs=False,
        physical_investment=False,
    ),
    notes="Missing anchoring: 'förankringen i bygden är god' without content. Instructor fee is not salary; scythes are rented.",
)

# ---------------------------------------------------------------- 904 question
mail(
    904,
    "fagelfors-fraga-mal",
    "Jimmy Rydén <jimmy.ryden@example.com>",
    "Fråga om idéslanten",
    """Hej!

Vi i Fågelfors IF undrar om vi kan söka idéslanten för att köpa nya mål till
fotbollsplanen? De gamla är helt rostiga.

Och när är sista dag att söka i år? Gäller 15 000 kr per förening eller per
ort? Det finns två föreningar till i Fågelfors som också funderar på att söka.

Tack på förhand
Jimmy Rydén
Fågelfors IF
""",
    kind="question",
    elements=elems(all_false=True),
    fx=facts(
        association_name="Fågelfors IF",
        contact_name="Jimmy Rydén",
        contact_email="jimmy.ryden@example.com",
        ort="Fågelfors",
        physical_investment=True,
    ),
    notes="Question: asks whether goals may be bought (proposes a physical investment), deadline and per-locality cap. 15 000 is a rule amount, not applied for.",
)

# ---------------------------------------------------------------- 905 missing contact
mail(
    905,
    "degerhamn-lagarkafe",
    "Degerhamns byalag <info@degerhamnsbyalag.example.org>",
    "Ansökan bygdepeng Degerhamn",
    f"""Hej,

Degerhamns byalag (org.nr {ORG_DEGER}) har 64 medlemmar och jobbar för
att södra Öland ska vara levande året runt, inte bara på sommaren.

Vi vill starta ett lagarkafé i gamla skolan en lördag i månaden från
september till december. Den som har en trasig cykel, gräsklippare, kläder
eller lampa tar med den, och byns pensionerade mekaniker, sömmerskor och
elektriker hjälper till att laga. Det blir fika och man lär känna grannarna.
Det minskar slit och släng och ger de som bor ensamma här nere en anledning
att komma ut en vintermånad.

Vi har frågat runt och 11 personer har lovat att ställa upp som lagare. Idén
godkändes på årsmötet i februari där 28 medlemmar var med.

Budget
Hyra av skolans lokal 4 x 500 kr – 2 000 kr
Reservdelar, sytråd och lim – 2 500 kr
Fika – 1 600 kr
Affischer – 400 kr
Summa 6 500 kr

Med vänlig hälsning
Styrelsen, Degerhamns byalag
""",
    charset="windows-1252",
    cte="8bit",
    mid=app_mid(905),
    kind="application",
    elements=elems(["contact"]),
    fx=facts(
        association_name="Degerhamns byalag",
        org_number=ORG_DEGER,
        members=64,
        ort="Degerhamn",
        amount_sek=6500,
        women_and_men=None,
        salary_costs=False,
        physical_investment=False,
    ),
    notes="Missing contact: signed 'Styrelsen' from a shared info@ mailbox. Spare parts are consumables; venue rented. windows-1252 8bit.",
)

# ---------------------------------------------------------------- 906 missing association
mail(
    906,
    "kristdala-laxhjalp",
    "Sofia Lindqvist <sofia.lindqvist@example.com>",
    "Läxhjälp och pingis i Kristdala",
    """Hej!

Vi är några föräldrar här i Kristdala som vill ordna läxhjälp och pingis för
mellanstadiebarn på tisdagskvällar i församlingshemmet under hösten. Vuxna i
byn turas om att vara där, och barn som annars åker hem till tomma hus efter
skolan får ett ställe att vara på. Tjejer och killar är lika välkomna. Vi
tror det gör att fler barnfamiljer vill bo kvar i Kristdala.

På föräldramötet i skolan i februari var ett 30-tal föräldrar och 14 har skrivit
upp sig på ett schema. Kyrkan lånar ut lokalen och Kristdala IF lånar oss två
pingisbord.

Det här behöver vi pengar till:
Fika 15 kvällar, 4 500 kr
Pingisbollar, 900 kr
Pennor, block och sudd, 600 kr
Alltså 6 000 kr totalt.

Ring gärna om ni undrar något!
Sofia Lindqvist
073-456 90 12
""",
    cte="base64",
    kind="application",
    elements=elems(["association"]),
    fx=facts(
        contact_name="Sofia Lindqvist",
        contact_email="sofia.lindqvist@example.com",
        contact_phone="073-456 90 12",
        ort="Kristdala",
        amount_sek=6000,
        women_and_men=True,
        salary_costs=False,
        physical_investment=False,
    ),
    notes="Missing association: 'några föräldrar' with no named group; church and Kristdala IF are supporting partners, not the applicant. Tables are borrowed. utf-8 base64.",
)

# ---------------------------------------------------------------- 907 complete html
html907 = """<html><body style="font-family:Calibri,sans-serif">
<p>Hej!</p>
<p>Rumskulla bygderåd söker härmed bidrag ur idéslanten. Vi är en ideell
förening för hela Rumskulla socken norr om Vimmerby med ett sjuttiotal
medlemmar, org.nr ORGNR.</p>
<p><b>Aktivitet</b><br>
Vi vill ordna fem kvällspromenader under maj och juni där äldre i bygden går
med och berättar om gårdarna, torpen och människorna längs vägen. Vi spelar
in berättelserna så att skolbarnen i Rumskulla och de som flyttat hit kan
lyssna på dem efteråt. Promenaderna är för alla i socknen, kvinnor som män.</p>
<p><b>Förankring</b><br>
Alla tre byaföreningar i socknen står bakom idén och 18 äldre har redan
anmält att de vill berätta. Rumskulla skola tar emot inspelningarna.</p>
<p><b>Budget</b></p>
<table border="1" cellpadding="4">
<tr><th>Post</th><th>Kronor</th></tr>
<tr><td>Hyra av inspelningsutrustning</td><td>2 500</td></tr>
<tr><td>Fika fem kvällar</td><td>1 500</td></tr>
<tr><td>Annonser i lokaltidningen</td><td>2 000</td></tr>
<tr><td>Tryck av karta över slingorna</td><td>1 000</td></tr>
<tr><td><b>Summa</b></td><td><b>7 000</b></td></tr>
</table>
<p>Kontakt: Erik Gustafsson, 0492-300 12, erik.g@example.se</p>
<p>Hälsningar<br>Erik Gustafsson<br>Rumskulla bygderåd</p>
</body></html>
""".replace("ORGNR", ORG_RUMS)
mail(
    907,
    "rumskulla-berattarpromenader",
    "Erik Gustafsson <erik.g@example.se>",
    "Ansökan: berättarpromenader i Rumskulla",
    None,
    html=html907,
    html_only=True,
    cte="quoted-printable",
    kind="application",
    elements=elems(),
    fx=facts(
        association_name="Rumskulla bygderåd",
        org_number=ORG_RUMS,
        contact_name="Erik Gustafsson",
        contact_email="erik.g@example.se",
        contact_phone="0492-300 12",
        members=70,
        ort="Rumskulla",
        amount_sek=7000,
        women_and_men=True,
        salary_costs=False,
        physical_investment=False,
    ),
    notes="Complete, HTML-only with a <table> budget. 'ett sjuttiotal' = 70. Recording gear is rented.",
)

# ---------------------------------------------------------------- 908 missing activity
mail(
    908,
    "jarnforsen-augusti",
    "Birgitta Ek <birgitta.ek@example.se>",
    "Idéslanten Järnforsen",
    """Hej,

Jag är ordförande i Järnforsens intresseförening. Vi är 23 medlemmar och
föreningen har funnits sedan 1987 för att hålla liv i byn.

Vi vill göra något bra för Järnforsen i augusti, något som får folk att känna
att byn lever och som stärker gemenskapen.

Vi har haft ett öppet möte i Folkets hus där 26 personer kom, och alla tyckte
att vi skulle söka. Vi samarbetar med skytteföreningen och fiskevårdsområdet
som båda vill vara med.

Hyra av tält 3 000, mat 4 000, musik 2 500 och annonsering 500. Totalt
10 000 kr.

Hälsningar
Birgitta Ek
070-661 23 05
""",
    mid=app_mid(908),
    kind="application",
    elements=elems(["activity"]),
    fx=facts(
        association_name="Järnforsens intresseförening",
        contact_name="Birgitta Ek",
        contact_email="birgitta.ek@example.se",
        contact_phone="070-661 23 05",
        members=23,
        ort="Järnforsen",
        amount_sek=10000,
        women_and_men=None,
        salary_costs=False,
        physical_investment=False,
    ),
    notes="Missing activity: only a vague wish with a month ('något bra ... i augusti'); budget lines hint but do not describe the activity. Tent is rented.",
)

# ---------------------------------------------------------------- 909 followup -> 902
mail(
    909,
    "sv-vissefjarda-budget",
    "Anders Karlsson <anders.k@example.net>",
    "SV: Ansökan om bygdepeng",
    """Hej igen

Här kommer budgeten för sommarcaféet:

Ingredienser och kaffe, 10 söndagar  6 000 kr
Hyra av stationshuset                3 000 kr
Affischer och annonser               1 500 kr
Engångsmaterial                      1 500 kr
Summa                               12 000 kr

Mvh
Anders Karlsson

Den 5 mars 2026 kl. 09:12 skrev Idéslanten <ideslanten@example.se>:
> Vi saknar följande i er ansökan:
> - en översiktlig budget (kostnadsposter med belopp)
>
> Svara på det här mejlet med det som saknas, så kompletterar vi ärendet.
> Vänliga hälsningar
> Idéslanten, Region Kalmar län
""",
    charset="iso-8859-1",
    cte="8bit",
    headers=[
        ("In-Reply-To", receipt_mid(902)),
        ("References", f"{app_mid(902)} {receipt_mid(902)}"),
    ],
    kind="followup",
    elements={
        "association": False,
        "contact": True,
        "activity": False,
        "anchoring": False,
        "budget": True,
    },
    fx=facts(
        contact_name="Anders Karlsson",
        contact_email="anders.k@example.net",
        amount_sek=12000,
        salary_costs=False,
        physical_investment=False,
    ),
    notes="Followup to 902 adding only a budget; signed by Anders from his own address. Quoted receipt ignored. In-Reply-To = receipt, application in References.",
)

# ---------------------------------------------------------------- 910 missing contact+budget
mail(
    910,
    "gullabo-filmkvallar",
    "Gullabo byförening <gullabobyforening@example.org>",
    "Ansökan idéslanten Gullabo",
    """Hej!

Gullabo byförening har 31 medlemmar och driver gamla skolan i Gullabo som
samlingslokal.

Vi vill köra igång en filmkväll varannan fredag i skolan från oktober till
mars. Vi visar en film, har soppa och bröd, och det blir ett ställe att gå
till för de som inte har bil att ta sig in till Torsås. Barnfamiljerna kommer
tidigt och de vuxna stannar kvar och pratar.

På byamötet i februari kom 37 personer och röstade för förslaget. Gullabo IF
hjälper till med skjuts för äldre som inte kan ta sig dit själva.

Vi tror att det kostar runt 14 000 kr.

Hälsningar
Styrelsen
""",
    charset="iso-8859-1",
    cte="8bit",
    kind="application",
    elements=elems(["contact", "budget"]),
    fx=facts(
        association_name="Gullabo byförening",
        members=31,
        ort="Gullabo",
        amount_sek=14000,
        women_and_men=None,
        salary_costs=False,
        physical_investment=False,
    ),
    notes="Missing contact (shared mailbox, 'Styrelsen') and budget (single rough figure, which is still the amount). Torsås is a distractor for ort. iso-8859-1 8bit.",
)

# ---------------------------------------------------------------- 911 missing assoc+anchoring
mail(
    911,
    "loftahammar-kajak",
    "Jonas Berg <jonas.berg@example.net>",
    "kajak för unga i Lofta",
    """Hej, jag och några kompisar här i Loftahammar vill ordna kajakpaddling för
ungdomar 13-18 år i sommar. Sex gånger i juli med hyrda kajaker och en
utbildad guide, så att unga i Lofta lär känna skärgården och har något att
göra på sommaren istället för att bara sitta hemma. Tjejer och killar.

Jag tror många ungdomar kommer gilla det.

Kostnader
hyra kajaker 6 ggr x 1500 = 9000
guidearvode 6 x 800 = 4800
fika 600
= 14 400 kr

/Jonas Berg 072-318 77 40

Skickat från min iPhone
""",
    mid=app_mid(911),
    kind="application",
    elements=elems(["association", "anchoring"]),
    fx=facts(
        contact_name="Jonas Berg",
        contact_email="jonas.berg@example.net",
        contact_phone="072-318 77 40",
        ort="Loftahammar",
        amount_sek=14400,
        women_and_men=True,
        salary_costs=False,
        physical_investment=False,
    ),
    notes="Missing association ('jag och några kompisar') and anchoring (a hope). iPhone style. Guide fee is an instructor fee, kayaks rented.",
)

# ---------------------------------------------------------------- 912 newsletter
nl_text = """Nyhetsbrev mars 2026 – Landsbygdsnätverket i Kalmar län

* Nu kan ni söka regional bygdepeng – idéslanten för hösten. Max 15 000 kr
  per ort och år.
* Studiebesök i Virserum den 18 april: så fick byn tillbaka sin affär.
* Webbinarium om föreningsekonomi för kassörer.

Du får det här mejlet eftersom du anmält dig till vårt nyhetsbrev.
Avsluta prenumerationen: https://landsbygd.example.org/avsluta
"""
nl_html = """<html><body><h2>Nyhetsbrev mars 2026</h2>
<ul><li>Nu kan ni söka regional bygdepeng – idéslanten för hösten. Max 15 000 kr per ort och år.</li>
<li>Studiebesök i Virserum den 18 april: så fick byn tillbaka sin affär.</li>
<li>Webbinarium om föreningsekonomi för kassörer.</li></ul>
<p><a href="https://landsbygd.example.org/avsluta">Avsluta prenumerationen</a></p>
</body></html>
"""
mail(
    912,
    "nyhetsbrev-landsbygdsnatverket",
    "Landsbygdsnätverket Kalmar län <nyhetsbrev@landsbygd.example.org>",
    "Nyhetsbrev mars: bygdepeng, studiebesök och webbinarium",
    nl_text,
    html=nl_html,
    cte="quoted-printable",
    headers=[
        (
            "List-Unsubscribe",
            "<https://landsbygd.example.org/avsluta>, <mailto:avsluta@landsbygd.example.org>",
        ),
        ("List-Id", "Landsbygdsnätverket nyhetsbrev <nyhetsbrev.landsbygd.example.org>"),
    ],
    kind="newsletter",
    elements=elems(all_false=True),
    fx=facts(),
    notes="Newsletter with List-Unsubscribe (no Precedence). Mentions the grant and the cap; must not be answered.",
)

# ---------------------------------------------------------------- 913 complete
mail(
    913,
    "alsterbro-valkomsttraffar",
    "Karin Nilsson <karin.nilsson@example.se>",
    "Ansökan – välkomstträffar i Alsterbro",
    f"""Hej!

Alsterbro samhällsförening, org.nr {ORG_ALST}, söker bidrag ur idéslanten.
Ca 112 hushåll är medlemmar hos oss och vi arbetar för att Alsterbro ska
vara en bra plats att bo på.

På två år har 19 nya hushåll flyttat hit, en del från Ukraina och en del
från storstan. Vi vill göra en välkomstpärm om byn och ordna tre
välkomstträffar i bygdegården under hösten. Där visar vi runt i byn,
föreningarna berättar vad de gör och varje ny familj får en "fadderfamilj"
att höra av sig till. Träffarna är för alla, både kvinnor och män.

Förslaget togs fram på ett stormöte i bygdegården i mars med 45 deltagare,
och alla sju föreningar i Alsterbro är med och ordnar träffarna.

Budget
• Tryck av välkomstpärm – 2 400 kr
• Mat vid tre träffar – 5 400 kr
• Arvode till tolk, 2 x 1 500 kr – 3 000 kr
• Hyra av bygdegården – 1 200 kr
Summa 12 000 kr

Vänliga hälsningar
Karin Nilsson, ordförande
0481-510 22
""",
    charset="windows-1252",
    cte="quoted-printable",
    kind="application",
    elements=elems(),
    fx=facts(
        association_name="Alsterbro samhällsförening",
        org_number=ORG_ALST,
        contact_name="Karin Nilsson",
        contact_email="karin.nilsson@example.se",
        contact_phone="0481-510 22",
        members=112,
        ort="Alsterbro",
        amount_sek=12000,
        women_and_men=True,
        salary_costs=False,
        physical_investment=False,
    ),
    notes="Complete. 'Ca 112 hushåll är medlemmar' = 112. Interpreter fee is a fee, not salary. windows-1252 QP with bullets and en dashes.",
)

# ---------------------------------------------------------------- 914 missing anchoring
mail(
    914,
    "timmernabben-matlagning-man",
    "Rune Axelsson <rune.axelsson@example.se>",
    "matlagning för gubbar",
    """hej

vi är timmernabbens gubbklubb och vi är 8 medlemmar sen i fjol vi träffas
varje måndag på folkets hus i timmernabben

vi vill ha en matlagningskurs för byns män som bor ensamma många är änklingar
och har aldrig lagat mat fyra kvällar i november i folkets hus kök med en kock
som lär ut enkel vardagsmat så man kan klara sig själv och bo kvar hemma och
så blir det sällskap också

det finns ett stort behov många gubbar här äter dåligt

kockens arvode 4 kvällar 1000 kr 4000 kr
råvaror 3200 kr
hyra av köket 800 kr
summa 8000 kr

rune axelsson
0499-121 34
""",
    kind="application",
    elements=elems(["anchoring"]),
    fx=facts(
        association_name="Timmernabbens gubbklubb",
        contact_name="Rune Axelsson",
        contact_email="rune.axelsson@example.se",
        contact_phone="0499-121 34",
        members=8,
        ort="Timmernabben",
        amount_sek=8000,
        women_and_men=False,
        salary_costs=False,
        physical_investment=False,
    ),
    notes="Missing anchoring: only a described need. Elderly lower case without punctuation. Men only (women_and_men false) and 8 members (<10). Cook's fee is a course leader fee.",
)

# ---------------------------------------------------------------- 915 missing act+anch+budget
mail(
    915,
    "kopingsvik-hosten",
    "Helena Strand <helena.strand@example.com>",
    "Bygdepeng Köpingsvik",
    f"""Hej!

Köpingsviks byalag (org.nr {ORG_KOP}) har 52 medlemmar och är byns
samlande förening.

Vi vill söka pengar för insatser som stärker bygden under hösten, gärna i
oktober. Vi söker 15 000 kr. Budget kommer senare.

Hälsningar
Helena Strand, ordförande
070-245 19 63
""",
    mid=app_mid(915),
    kind="application",
    elements=elems(["activity", "anchoring", "budget"]),
    fx=facts(
        association_name="Köpingsviks byalag",
        org_number=ORG_KOP,
        contact_name="Helena Strand",
        contact_email="helena.strand@example.com",
        contact_phone="070-245 19 63",
        members=52,
        ort="Köpingsvik",
        amount_sek=15000,
        women_and_men=None,
        salary_costs=False,
        physical_investment=False,
    ),
    notes="Missing activity (vague 'insatser som stärker bygden' + month), anchoring (none) and budget ('budget kommer senare', bare 15 000 at the cap).",
)

# ---------------------------------------------------------------- 916 followup -> 905
mail(
    916,
    "sv-degerhamn-kontakt",
    "Gunilla Öberg <gunilla.oberg@example.com>",
    "SV: Ansökan bygdepeng Degerhamn",
    """Hej!

Jag är ordförande i byalaget och kontaktperson för vår ansökan om lagarkafé.
Jag nås på 070-593 48 21 eller på den här adressen.

Vänliga hälsningar
Gunilla Öberg

Från: Idéslanten – Region Kalmar län <ideslanten@example.se>
Skickat: den 10 mars 2026 14:03
Till: info@degerhamnsbyalag.example.org
Ämne: SV: Ansökan bygdepeng Degerhamn

Vi saknar följande i er ansökan:
- en namngiven kontaktperson med telefon eller e-post

Svara på det här mejlet med det som saknas, så kompletterar vi ärendet.
Vänliga hälsningar
Idéslanten, Region Kalmar län
""",
    headers=[
        ("In-Reply-To", receipt_mid(905)),
        ("References", f"{app_mid(905)} {receipt_mid(905)}"),
    ],
    kind="followup",
    elements={
        "association": False,
        "contact": True,
        "activity": False,
        "anchoring": False,
        "budget": False,
    },
    fx=facts(
        contact_name="Gunilla Öberg",
        contact_email="gunilla.oberg@example.com",
        contact_phone="070-593 48 21",
        salary_costs=False,
        physical_investment=False,
    ),
    notes="Followup to 905 adding a named contact from her own address; 'byalaget' unnamed so no association. Outlook top-post with unprefixed quoted receipt.",
)

# ---------------------------------------------------------------- 917 missing contact
mail(
    917,
    "virserum-sprakcafe",
    "Virserums bygdegårdsförening <info@virserumbygdegard.example.org>",
    "Ansökan om idéslanten – språkcafé",
    """Hej!

Virserums bygdegårdsförening har 140 medlemmar och driver bygdegården vid
torget i Virserum.

Vi vill ordna språkcafé på svenska varannan lördag i bygdegården under
hösten. Nyanlända och gamla Virserumsbor pratar, fikar och lagar mat ihop.
Flera familjer har flyttat hit och har svårt att komma in i föreningslivet,
och genom språkcaféet hoppas vi att de också hittar till idrottsföreningen
och kören. Caféet är för kvinnor och män, unga och gamla.

Vi gör det tillsammans med Svenska kyrkan i Virserum och ABF, och 20
volontärer från byn har anmält sig.

Budget:
Fika och mat 8 x 600 kr = 4 800 kr
Studiematerial 1 200 kr
Annonsering på flera språk 1 000 kr
Totalt 7 000 kr

Hälsningar
Bygdegårdsföreningen
""",
    cte="quoted-printable",
    kind="application",
    elements=elems(["contact"]),
    fx=facts(
        association_name="Virserums bygdegårdsförening",
        members=140,
        ort="Virserum",
        amount_sek=7000,
        women_and_men=True,
        salary_costs=False,
        physical_investment=False,
    ),
    notes="Missing contact: shared info@ mailbox signed 'Bygdegårdsföreningen', no person. 20 volunteers are not members.",
)

# ---------------------------------------------------------------- 918 autoreply
mail(
    918,
    "autosvar-kopingsvik",
    "Helena Strand <helena.strand@example.com>",
    "Frånvaro: SV: Bygdepeng Köpingsvik",
    """Hej!

Jag är på semester till och med den 20 april och läser inte min e-post.
Brådskande ärenden om byalaget: ring vår kassör på 070-111 20 30.

Helena Strand

> Vi saknar följande i er ansökan:
> - en konkret beskrivning av aktiviteten
> - hur aktiviteten är förankrad lokalt
> - en översiktlig budget (kostnadsposter med belopp)
""",
    headers=[
        ("In-Reply-To", receipt_mid(915)),
        ("References", f"{app_mid(915)} {receipt_mid(915)}"),
    ],
    kind="autoreply",
    elements=elems(all_false=True),
    fx=facts(),
    notes="Out-of-office without any automation header, threaded to the receipt for 915 and quoting it. Not a followup; never reply.",
)

# ---------------------------------------------------------------- 919 missing assoc+contact
mail(
    919,
    "lackeby-fotbollsskola",
    "Läckeby fotbollsgänget <lackebyfotboll@example.com>",
    "Fotbollsskola i Läckeby i juni",
    """Hej!

Vi är ett gäng i Läckeby som vill ordna en fotbollsskola för barn 6-12 år
fyra veckor i juni på grusplanen vid skolan, två kvällar i veckan, tjejer och
killar tillsammans. Det finns inget lag för de små barnen längre sedan det
gamla laget lades ner, och föräldrarna får samtidigt lära känna varandra.

Vi har pratat med föräldrarna på skolan. 40 barn har anmält intresse och 12
föräldrar har lovat att vara ledare.

Budget
Ledarutbildning (kursavgift) 2 000 kr
Frukt och vatten 2 400 kr
Hyra av omklädningsrum 1 600 kr
Avslutningsfest 1 000 kr
Summa 7 000 kr

Hälsningar gänget i Läckeby
""",
    kind="application",
    elements=elems(["association", "contact"]),
    fx=facts(
        ort="Läckeby",
        amount_sek=7000,
        women_and_men=True,
        salary_costs=False,
        physical_investment=False,
    ),
    notes="Missing association ('ett gäng i Läckeby') and contact (name only in From header of a shared address, unsigned). 12 volunteer leaders anchor it.",
)

# ---------------------------------------------------------------- 920 complete html, salary
html920 = f"""<html><body>
<p>Hej!</p>
<p>Här kommer vår ansökan till idéslanten.</p>
<p><b>Sökande:</b> Figeholms intresseförening, org.nr {ORG_FIGE}, 74 medlemmar.
Föreningen arbetar för ett levande Figeholm året runt.</p>
<p><b>Vad vi vill göra:</b> Öppna bryggkvällar varje torsdag i juli vid
gästhamnen – grillning, loppis, musik från band i trakten och bord där
föreningarna i Figeholm visar upp sig. Sommarboende och åretruntboende möts,
och vi hoppas att fler blir medlemmar i föreningarna och hjälper till under
resten av året.</p>
<p><b>Förankring:</b> Beslutat på årsmötet där 52 var närvarande.
Båtklubben, hembygdsföreningen och Figeholms IF ansvarar för varsin kväll.</p>
<table border="1" cellspacing="0" cellpadding="3">
<tr><td>Lön till projektledare (timanställd, 40 h à 200 kr)</td><td>8 000 kr</td></tr>
<tr><td>Hyra av scen och ljudanläggning</td><td>3 000 kr</td></tr>
<tr><td>Marknadsföring</td><td>1 500 kr</td></tr>
<tr><td>Arvode till musiker</td><td>2 500 kr</td></tr>
<tr><td><b>Totalt</b></td><td><b>15 000 kr</b></td></tr>
</table>
<p>Kontaktperson: Peter Lund, 0491-760 45, peter.lund@example.net</p>
<p>Med vänliga hälsningar<br>Peter Lund</p>
</body></html>
"""
mail(
    920,
    "figeholm-bryggkvallar",
    "Peter Lund <peter.lund@example.net>",
    "Ansökan idéslanten – bryggkvällar i Figeholm",
    None,
    html=html920,
    html_only=True,
    cte="base64",
    kind="application",
    elements=elems(),
    fx=facts(
        association_name="Figeholms intresseförening",
        org_number=ORG_FIGE,
        contact_name="Peter Lund",
        contact_email="peter.lund@example.net",
        contact_phone="0491-760 45",
        members=74,
        ort="Figeholm",
        amount_sek=15000,
        women_and_men=None,
        salary_costs=True,
        physical_investment=False,
    ),
    notes="Complete but ineligible: 'Lön till projektledare' is a salary cost (musician fee is not). Exactly at the cap. HTML-only, base64.",
)

# ---------------------------------------------------------------- 921 missing budget
mail(
    921,
    "ankarsrum-bar-och-svamp",
    "Maria Johansson <maria.johansson@example.se>",
    "Ansökan bygdepeng – Ankarsrums byalag",
    """Hej!

Ankarsrums byalag är en förening med ett fyrtiotal medlemmar som jobbar för
att fler ska vilja bo i Ankarsrum.

Vi vill hålla fyra kurskvällar i höst där byns äldre lär ut hur man tar vara
på skogens bär och svamp – plocka, rensa, torka och sylta – till barnfamiljer
som flyttat hit. Sista kvällen lagar vi en gemensam middag på det vi plockat.
Det är för tjejer och killar, mammor och pappor.

Idén kommer från en enkät vi delade ut i alla brevlådor i Ankarsrum i
vintras. 68 hushåll svarade och kurser för nyinflyttade kom högst.
Bruksmuseets vänner och Ankarsrums IF är med och ordnar.

Vi söker 9 500 kr, se bifogad budget.

Vänliga hälsningar
Maria Johansson
076-220 51 94
""",
    kind="application",
    elements=elems(["budget"]),
    fx=facts(
        association_name="Ankarsrums byalag",
        contact_name="Maria Johansson",
        contact_email="maria.johansson@example.se",
        contact_phone="076-220 51 94",
        members=40,
        ort="Ankarsrum",
        amount_sek=9500,
        women_and_men=True,
        salary_costs=False,
        physical_investment=False,
    ),
    notes="Missing budget: 'se bifogad budget' but nothing is attached; the bare amount still counts as amount_sek. 'ett fyrtiotal' = 40.",
)

# ---------------------------------------------------------------- 922 followup -> 908
mail(
    922,
    "re-jarnforsen-aktivitet",
    "Birgitta Ek <birgitta.ek@example.se>",
    "Re: Idéslanten Järnforsen",
    """Hej!

Tack för svaret. Det vi vill göra är en gemensam dag vid badplatsen i
Järnforsen den andra lördagen i augusti. Barnen får prova att fiska med
fiskevårdsområdets folk, skytteföreningen har luftgevärsskytte för den som
vill, och på kvällen äter vi tillsammans i tältet medan några musiker från
byn spelar. Många i byn har aldrig träffats ordentligt, och vi vill att de
nya familjerna ska hitta in i föreningarna.

Hälsningar
Birgitta Ek

On 16 Mar 2026, at 17:05, Idéslanten <ideslanten@example.se> wrote:

> Vi saknar följande i er ansökan:
> - en konkret beskrivning av aktiviteten och hur den främjar lokal utveckling
""",
    cte="quoted-printable",
    headers=[("In-Reply-To", app_mid(908)), ("References", f"{app_mid(908)} {receipt_mid(908)}")],
    kind="followup",
    elements={
        "association": False,
        "contact": True,
        "activity": True,
        "anchoring": False,
        "budget": False,
    },
    fx=facts(
        contact_name="Birgitta Ek",
        contact_email="birgitta.ek@example.se",
        ort="Järnforsen",
        salary_costs=False,
        physical_investment=False,
    ),
    notes="Followup to 908 adding a concrete activity without an event name; signed from own address. Partners mentioned but no new anchoring.",
)

# ---------------------------------------------------------------- 923 missing activity
mail(
    923,
    "langasjo-varen",
    "Ingrid Petersson <ingrid.petersson@example.se>",
    "Långasjö sockenråd söker idéslanten",
    f"""Hej!

Långasjö sockenråd, org.nr {ORG_LANG}, har 95 medlemmar och är en
paraplyförening för socknens föreningar.

Vi vill satsa på aktiviteter som stärker gemenskapen och utvecklar Långasjö
under våren, med start i maj.

Sockenrådet består av representanter för alla elva föreningar i socknen, och
på sockenstämman i februari med 60 deltagare fick vi i uppdrag att söka.

Lokalhyra 2 000 kr, material 3 500 kr, fika 2 000 kr och marknadsföring
1 500 kr – totalt 9 000 kr.

Hälsningar
Ingrid Petersson, sekreterare
0471-501 77
""",
    charset="windows-1252",
    cte="8bit",
    kind="application",
    elements=elems(["activity"]),
    fx=facts(
        association_name="Långasjö sockenråd",
        org_number=ORG_LANG,
        contact_name="Ingrid Petersson",
        contact_email="ingrid.petersson@example.se",
        contact_phone="0471-501 77",
        members=95,
        ort="Långasjö",
        amount_sek=9000,
        women_and_men=None,
        salary_costs=False,
        physical_investment=False,
    ),
    notes="Missing activity: vague 'aktiviteter som stärker gemenskapen ... med start i maj'. Prose budget with several amounts. windows-1252 8bit.",
)

# ---------------------------------------------------------------- 924 complete, csv, physical
csv924 = "Post;Belopp (kr)\nGrill;4500\nPicknickbord 4 st;7600\nKol och tändvätska;900\nAffischer;500\nSumma;13500\n"
mail(
    924,
    "ruda-grillplats",
    "Tomas Wikström <tomas.wikstrom@example.org>",
    "Ansökan idéslanten Ruda",
    """Hej!

Ruda byförening har 38 medlemmar och verkar för en levande by i Ruda.

Vi vill göra om platsen vid gamla mejeriet till en mötesplats där byn samlas
på sommarkvällar. Vi köper en stor grill och fyra picknickbord, och sedan har
vi grillkväll varannan fredag från juni till augusti som föreningarna turas
om att hålla i. Det finns ingen annan plats i Ruda där man träffas sedan
affären stängde.

Förslaget kom från byamötet i mars där 29 var med, och sex föreningar har
lovat att ta varsin kväll.

Budgeten finns i bifogad fil.

Hälsningar
Tomas Wikström
070-932 66 18
""",
    attach=[("budget_ruda.csv", "text", "csv", csv924, "utf-8")],
    kind="application",
    elements=elems(),
    fx=facts(
        association_name="Ruda byförening",
        contact_name="Tomas Wikström",
        contact_email="tomas.wikstrom@example.org",
        contact_phone="070-932 66 18",
        members=38,
        ort="Ruda",
        amount_sek=13500,
        women_and_men=None,
        salary_costs=False,
        physical_investment=True,
    ),
    notes="Complete with budget only in an attached semicolon CSV. Buying a grill and picnic tables is a physical investment.",
)

# ---------------------------------------------------------------- 925 question
mail(
    925,
    "gronhogen-fraga-tak",
    "Lars Öhman <lars.ohman@example.net>",
    "Fråga: kan vi söka två gånger samma år?",
    """Hej!

Jag sitter i styrelsen för Grönhögens hamnförening. Vi fick 10 000 kr ur
idéslanten i februari till en musikkväll i hamnen. Kan vi söka igen i höst för
en annan sak, eller gäller taket 15 000 kr per ort och år?

Och en sak till: får man betala lön till en av medlemmarna för att samordna
det hela?

Mvh
Lars Öhman
""",
    kind="question",
    elements=elems(all_false=True),
    fx=facts(
        association_name="Grönhögens hamnförening",
        contact_name="Lars Öhman",
        contact_email="lars.ohman@example.net",
        ort="Grönhögen",
        salary_costs=True,
    ),
    notes="Question about the per-locality cap and whether a member may be paid; proposes a salary cost. 10 000 was an earlier grant, not an amount applied for.",
)

# ---------------------------------------------------------------- 926 missing anch+budget html
html926 = """<html><body><div dir="ltr">
<div>Hej!</div><div><br></div>
<div>Storebro bygdeförening har 44 medlemmar och vi håller till i gamla
brukskontoret i Storebro.</div><div><br></div>
<div>Vi vill ha öppet hus i brukskontoret varannan söndag i höst med en
utställning om Storebros historia. Byborna lämnar in gamla foton som vi
skannar med en skanner vi lånar från biblioteket, och de äldre berättar vem
som är vem. Bilderna läggs sedan ut på nätet så att skolan och de som flyttat
hit kan ta del av bygdens historia.</div><div><br></div>
<div>Vi hoppas att många kommer att tycka om det.</div><div><br></div>
<div>Vi behöver ungefär 8 000 kronor.</div><div><br></div>
<div>Hälsningar<br>Åsa Lindgren<br>0492-210 38</div>
</div></body></html>
"""
mail(
    926,
    "storebro-fotoutstallning",
    "Åsa Lindgren <asa.lindgren@example.com>",
    "Idéslanten – Storebro",
    None,
    html=html926,
    html_only=True,
    cte="quoted-printable",
    kind="application",
    elements=elems(["anchoring", "budget"]),
    fx=facts(
        association_name="Storebro bygdeförening",
        contact_name="Åsa Lindgren",
        contact_email="asa.lindgren@example.com",
        contact_phone="0492-210 38",
        members=44,
        ort="Storebro",
        amount_sek=8000,
        women_and_men=None,
        salary_costs=False,
        physical_investment=False,
    ),
    notes="Missing anchoring (a hope) and budget ('ungefär 8 000 kronor' only). Scanner is borrowed. Gmail-style HTML-only.",
)

# ---------------------------------------------------------------- 927 complete, over cap
mail(
    927,
    "bergkvara-hamnberattelser",
    "Göran Nyberg <goran.nyberg@example.se>",
    "Ansökan: berättelser från Bergkvara hamn",
    """Hej!

Bergkvara hembygdsförening har 130 medlemmar och vårdar minnet av fisket och
båtbygget i Bergkvara.

Vi vill under hösten ha fem kvällar där byns gamla fiskare och båtbyggare
berättar om livet i hamnen, och där ungdomar från skolan intervjuar dem och
filmar med sina mobiler. Filmerna visas på en gemensam kväll i december för
hela byn. Unga och gamla lär känna varandra och bygdens historia förs vidare,
för kvinnor och män i alla åldrar.

Vi gör det ihop med Bergkvara skola, Bergkvara båtklubb och PRO. På
medlemsmötet i april var 38 med och beslutade att vi skulle söka.

Budget
Arvode filmpedagog 5 x 2 000 kr = 10 000 kr
Hyra av lokal 5 x 600 kr = 3 000 kr
Fika 2 500 kr
Visningskväll med mat 2 500 kr
Summa 18 000 kr

Vi söker alltså 18 000 kr.

Med vänliga hälsningar
Göran Nyberg, ordförande
0486-330 41, 070-447 12 09
""",
    charset="iso-8859-1",
    cte="quoted-printable",
    kind="application",
    elements=elems(),
    fx=facts(
        association_name="Bergkvara hembygdsförening",
        contact_name="Göran Nyberg",
        contact_email="goran.nyberg@example.se",
        contact_phone="0486-330 41",
        members=130,
        ort="Bergkvara",
        amount_sek=18000,
        women_and_men=True,
        salary_costs=False,
        physical_investment=False,
    ),
    notes="Complete but over the 15 000 cap (18 000). Film educator fee is not salary. Two phones: first recorded. iso-8859-1 QP.",
)

# ---------------------------------------------------------------- 928 followup -> 911
mail(
    928,
    "sv-lofta-forening",
    "Jonas Berg <jonas.berg@example.net>",
    "SV: kajak för unga i Lofta",
    """Hej!

Vi har nu startat en förening, Lofta paddelgäng, med 14 medlemmar, mest
ungdomar 15-19 år från Loftahammar. Vi hade möte med Loftahammars båtklubb
som ställer upp med brygga och en räddningsbåt, och på skolan svarade 35
ungdomar på en enkät att de vill vara med och paddla.

Jonas Berg

Skickat från min iPhone

> 22 mars 2026 kl. 16:30 skrev Idéslanten <ideslanten@example.se>:
>
> Vi saknar följande i er ansökan:
> - uppgifter om den sökande föreningen
> - hur aktiviteten är förankrad lokalt
""",
    headers=[
        ("In-Reply-To", receipt_mid(911)),
        ("References", f"{app_mid(911)} {receipt_mid(911)}"),
    ],
    kind="followup",
    elements={
        "association": True,
        "contact": True,
        "activity": False,
        "anchoring": True,
        "budget": False,
    },
    fx=facts(
        association_name="Lofta paddelgäng",
        contact_name="Jonas Berg",
        contact_email="jonas.berg@example.net",
        members=14,
        ort="Loftahammar",
        salary_costs=False,
        physical_investment=False,
    ),
    notes="Followup to 911 adding association and anchoring (partner club, school survey); signed by Jonas from his own address. 35 survey respondents are not members.",
)

# ---------------------------------------------------------------- 929 missing budget
mail(
    929,
    "rockneby-digitalhjalp",
    "Lena Ström <lena.strom@example.com>",
    "Idéslanten: datahjälp för äldre i Rockneby",
    f"""Hej!

Rockneby bygdegårdsförening (org.nr {ORG_ROCK}) har 210 medlemmar och
driver bygdegården i Rockneby.

Vi vill ordna kvällsträffar i mobil och dator för äldre i bygdegården, sex
tisdagar i oktober och november. Gymnasieungdomar från byn hjälper
pensionärerna med bank-id, Swish och att boka tid i vården på nätet. Många
äldre i Rockneby bor en bit från stan och bussarna har blivit färre, så det
blir lättare att bo kvar. Träffarna är för både kvinnor och män.

Förslaget kommer från PRO Rockneby som frågade sina medlemmar, och byalaget
och hembygdsföreningen står bakom. Nio ungdomar har redan anmält sig.

Vi söker ca 10 000 kr, en detaljerad budget kommer senare.

Vänliga hälsningar
Lena Ström
070-718 30 52
""",
    cte="quoted-printable",
    kind="application",
    elements=elems(["budget"]),
    fx=facts(
        association_name="Rockneby bygdegårdsförening",
        org_number=ORG_ROCK,
        contact_name="Lena Ström",
        contact_email="lena.strom@example.com",
        contact_phone="070-718 30 52",
        members=210,
        ort="Rockneby",
        amount_sek=10000,
        women_and_men=True,
        salary_costs=False,
        physical_investment=False,
    ),
    notes="Missing budget: 'ca 10 000 kr, en detaljerad budget kommer senare'. Anchored via PRO's member inquiry and backing local groups.",
)

# ---------------------------------------------------------------- 930 missing act+anch
mail(
    930,
    "blomstermala-pro-juni",
    "Sven-Olof Karlsson <svenolof.karlsson@example.se>",
    "ANSÖKAN PRO BLOMSTERMÅLA",
    """HEJ

VI I PRO BLOMSTERMÅLA ÄR 62 MEDLEMMAR OCH VILL SÖKA PENGAR TILL NÅGOT ROLIGT
FÖR BYN I JUNI.

VI HAR RÄKNAT PÅ DET SÅ HÄR
MAT 3000
HYRA AV BUSS 4000
MUSIK 2000
TOTALT 9000 KR

HÄLSNINGAR
SVEN-OLOF KARLSSON
TEL 0499-203 15
""",
    kind="application",
    elements=elems(["activity", "anchoring"]),
    fx=facts(
        association_name="PRO Blomstermåla",
        contact_name="Sven-Olof Karlsson",
        contact_email="svenolof.karlsson@example.se",
        contact_phone="0499-203 15",
        members=62,
        ort="Blomstermåla",
        amount_sek=9000,
        women_and_men=None,
        salary_costs=False,
        physical_investment=False,
    ),
    notes="ALL CAPS elderly writer. Missing activity ('något roligt för byn i juni') and anchoring. Budget items with amounts count; bus is rented.",
)


def set_boundaries(msg, num):
    n = 0
    for part in msg.walk():
        if part.is_multipart():
            part.set_boundary(f"=_own7_{num}_{n}")
            n += 1


def build(m, date):
    msg = EmailMessage(policy=POL)
    msg["From"] = m["frm"]
    msg["To"] = m["to"]
    msg["Subject"] = m["subject"]
    msg["Date"] = format_datetime(date)
    msg["Message-ID"] = m["mid"] or (
        app_mid(m["num"]) if m["kind"] == "application" else f"<own7-{m['num']}@mail.example.net>"
    )
    for k, v in m["headers"]:
        msg[k] = v
    cs, cte = m["charset"], m["cte"]
    if m["html_only"]:
        msg.set_content(m["html"], subtype="html", charset=cs, cte=cte)
    else:
        msg.set_content(m["body"], charset=cs, cte=cte)
        if m["html"]:
            msg.add_alternative(m["html"], subtype="html", charset=cs, cte=cte)
    for fname, maintype, subtype, data, acs in m["attach"]:
        msg.add_attachment(data.encode(acs), maintype=maintype, subtype=subtype, filename=fname)
        # declare charset on the text attachment
        att = list(msg.iter_attachments())[-1]
        att.set_param("charset", acs)
    set_boundaries(msg, m["num"])
    data = msg.as_bytes(policy=POL)
    back = message_from_bytes(data, policy=policy.default)
    for h in ("From", "To", "Subject"):
        assert str(back[h]) == str(msg[h]), (m["num"], h, str(back[h]))
    return data


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    for old in OUT.glob("*.eml"):
        old.unlink()
    labels = {}
    for i, m in enumerate(sorted(MAILS, key=lambda x: x["num"])):
        date = BASE + timedelta(days=2 * i, hours=(i * 5) % 9, minutes=(i * 17) % 60)
        name = f"{m['num']}-{m['slug']}.eml"
        data = build(m, date)
        assert b"\r\n" not in data
        (OUT / name).write_bytes(data)
        labels[name] = {
            "kind": m["kind"],
            "language": "sv",
            "elements": m["elements"],
            "facts": m["facts"],
            "notes": m["notes"],
        }
    (OUT / "labels.json").write_text(
        json.dumps(labels, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
    )
    print(f"wrote {len(labels)} mails to {OUT}")


if __name__ == "__main__":
    main()
