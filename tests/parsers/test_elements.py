"""The element rules on short texts: what counts as activity, anchoring, budget, contact."""

from __future__ import annotations

import pytest

from parsers import budget, elements, nlp, people


def activity(text: str) -> bool:
    return elements.activity(nlp.sentences(text)).present


def anchoring(text: str) -> bool:
    return elements.anchoring(nlp.sentences(text)).present


def test_a_planned_dated_event_is_an_activity_and_a_vague_wish_is_not() -> None:
    assert activity("Lördag 13 juni vill vi ordna en fiskedag för byns barn vid ån.")
    assert activity("Söndag 14 juni vill vi ordna Öppna trädgårdar i byn, kl 11–16.")
    assert not activity("Vi vill göra något för byn under 2026, exakt vad vet vi inte än.")
    assert not activity("Vi vill under året genomföra aktiviteter som gör byn mer levande.")


def test_history_is_not_the_activity() -> None:
    assert not activity("Vi har ordnat sommarfest och städdagar i byn sedan 1998.")
    assert not activity("På årsstämman den 14 mars kom det upp att vi borde göra mer.")


def test_anchoring_needs_content_not_the_word() -> None:
    assert anchoring("På byamötet i januari var vi 45 personer och alla röstade för.")
    assert anchoring("Vi knackade dörr hos alla 34 hushåll och 29 vill vara med.")
    assert anchoring("Hembygdsföreningen sköter kaffet och Påryds IF ställer upp med folk.")
    assert not anchoring("Förankring: Aktiviteten är väl förankrad i bygden.")
    assert not anchoring("Byalaget sköter badplatsen och ordnar midsommar varje år.")
    assert not anchoring("Vi tror att många kommer att uppskatta det.")


def read(text: str) -> budget.Budget:
    return budget.read_budget(nlp.sentences(text))


def test_a_budget_is_cost_items_not_a_total() -> None:
    items = read("Hyra av lokal 2 000 kr\nFika 800 kr\nAnnonser 600 kr\nSumma 3 400 kr")
    assert budget.has_budget(items)[0] and items.amount() == 3400
    bare = read("Vi söker 15 000 kr till aktiviteten.")
    assert not budget.has_budget(bare)[0] and bare.amount() == 15000


def test_unit_prices_income_and_phone_numbers_are_not_items() -> None:
    b = read(
        "Musikerna vill ha 3 000 för varje kväll, så det blir 9 000 för tre kvällar, "
        "annonser 1 200 och priser 600."
    )
    assert b.amount() == 10800
    b = read("Kostnader\n- tält 3 500 kr\n- spelman 2 500 kr\nIntäkter\n- entré 3 000 kr")
    assert b.item_sum == 6000
    b = read("Hyra 1 500 kr och fika 500 kr, ring mig på 070 552 31 84 om något är oklart.")
    assert sorted(i.amount for i in b.items) == [500, 1500]


def test_contact_from_a_one_paragraph_mail_and_a_role_before_the_name() -> None:
    text = (
        "hej vi vill ordna en cykeldag för barnen och alla föräldrar röstade för, kostnaderna "
        "blir 3 750 kr, hör av dig om något saknas! Jessica Holm, mamma till Ella, 073-550 12 84"
    )
    contact = people.find_contact(text, "jessica.holm@example.com", "Jessica Holm")
    assert contact.present and contact.email == "jessica.holm@example.com"
    contact = people.find_contact("Kontaktperson är kassören Tobias Grahn, 070-219 84 30.", "", "")
    assert contact.name == "Tobias Grahn" and contact.phone == "070-219 84 30"


def test_styrelsen_and_a_shared_mailbox_are_not_a_contact() -> None:
    contact = people.find_contact(
        "Hej!\n\nVi söker pengar.\n\nMvh\nStyrelsen\nPåryds Byalag",
        "info@paryd.example.se",
        "Påryds Byalag",
    )
    assert not contact.present


def test_how_many_when_and_where_make_generic_evenings_an_activity() -> None:
    assert activity("Under hösten 2026 ordnar vi tre kvällar i Påryds bygdegård för alla i byn.")
    assert activity("Djursdalaveckan vecka 28: tre kvällsvandringar, en spelmanskväll, barnteater.")
    assert activity("I juli spelar vi tre föreställningar av en pjäs som en medlem har skrivit.")
    assert not activity("Vi vill ordna olika aktiviteter under hösten.")


def test_itemised_doings_outweigh_the_word_aktiviteter() -> None:
    text = "I juni ordnar vi aktiviteter tre dagar i veckan: fiske i sjön, bruksvandring, pyssel."
    assert activity(text)


def test_lead_ins_for_anchoring_or_regular_operations_are_not_the_activity() -> None:
    assert not activity("Förankring: Fotokvällarna bestämdes på vårt årsmöte den 15 mars.")
    assert not activity("Verksamhet: månadsträffar april–september, sommarträff i juli.")
    assert anchoring("Förankring: Fotokvällarna bestämdes på vårt årsmöte den 15 mars.")


def test_together_with_named_groups_is_anchoring() -> None:
    assert anchoring(
        "Idén kommer från en träff i januari med Högsby Företagarförening och "
        "hembygdsföreningen, där vi bestämde att de båda ska vara med och arrangera."
    )


@pytest.mark.parametrize(
    "text",
    [
        "Kan vi få pengar till att hyra bussen till Kalmar läns museum den 12 maj?",
        "Vi bjuder in en föreläsare från Länsstyrelsen som berättar om strandskydd, och sedan "
        "diskuterar vi hur vi kan få fler båtplatser.",
        "Byavandringen 2026 går av stapeln söndag 7 juni med start vid skolan.",
        "Programmet: kl 10 samling vid kyrkan, kl 11 vandring till smedjan, kl 13 soppa.",
        "We will hold three evening courses in first aid in the village hall in October.",
    ],
)
def test_activities_in_natural_phrasings(text: str) -> None:
    assert activity(text)


@pytest.mark.parametrize(
    "text",
    [
        "Förra sommaren hade vi en fantastisk marknad med 300 besökare.",
        "Vi ordnar valborgsbrasan och sköter badplatsen vid sjön.",
        "Vi funderar på att göra något slags evenemang i sommar.",
        "Vi har ordnat sommarfest i byn sedan 1998.",
    ],
)
def test_history_habits_and_musings_are_not_activities(text: str) -> None:
    assert not activity(text)


@pytest.mark.parametrize(
    "text",
    [
        "Idén har diskuterats i byns Facebookgrupp där 56 personer gillade inlägget.",
        "Ett stödbrev från Kristdala Hembygdsförening bifogas.",
        "Skolan och kyrkan är med som samarbetspartner.",
        "Alla på årsmötet tyckte det var en kanonidé.",
    ],
)
def test_anchoring_in_natural_phrasings(text: str) -> None:
    assert anchoring(text)


@pytest.mark.parametrize(
    "text",
    [
        "Styrelsen har beslutat att genomföra projektet.",
        "Vi har pratat med några grannar som tyckte det lät bra.",
        "Styrelsen står helt bakom idén.",
    ],
)
def test_the_boards_own_say_so_is_not_anchoring(text: str) -> None:
    assert not anchoring(text)


@pytest.mark.parametrize(
    ("text", "is_budget", "amount"),
    [
        ("hyra 2000, fika 1500, föreläsare 4000", True, 7500),
        ("We apply for SEK 12,000: hall rent 3,000, speaker 6,000 and coffee 3,000.", True, 12000),
        (
            "Totalt söker vi sjutusen kronor, varav fyratusen till bussen och tretusen till "
            "entréer.",
            True,
            7000,
        ),
        ("Gäller taket så att det bara finns 6 000 kr kvar för Torsås 2026?", False, 6000),
        ("Det kommer kosta runt 10 000 kr totalt.", False, 10000),
    ],
)
def test_budgets_in_one_line_and_years_beside_costs(text: str, is_budget: bool, amount) -> None:
    money = read(text)
    assert budget.has_budget(money)[0] is is_budget
    assert money.amount() == amount


@pytest.mark.parametrize(
    ("text", "address", "shown", "name"),
    [
        (
            "Kontakta gärna vår ordförande Bengt Ås på 070-555 12 34.",
            "info@example.se",
            "Byalaget",
            "Bengt Ås",
        ),
        (
            "Tack på förhand!\n\nGöran och Ulla Persson\nTel 0491-21 34 56",
            "persson.g@example.se",
            "Göran Persson",
            "Göran Persson",
        ),
        ("MVH\nGUNNAR BERG\n0470 12345", "gunnar.berg@example.se", "", "Gunnar Berg"),
        (
            "RING MIG OM NI UNDRAR NÅGOT\nARNE PETTERSSON KASSÖR\n0486-501 23",
            "a@example.net",
            "ARNE PETTERSSON",
            "Arne Pettersson",
        ),
    ],
)
def test_contacts_in_more_signature_shapes(text: str, address: str, shown: str, name: str) -> None:
    contact = people.find_contact(text, address, shown)
    assert contact.present and contact.name == name


def test_the_ring_in_forankring_is_no_call_to_ring_anyone() -> None:
    contact = people.find_contact(
        "Förankring: Studieförbundet Bilda är medarrangör.\n\nHälsningar\nStyrelsen",
        "styrelsen@example.se",
        "",
    )
    assert not contact.present


def test_the_senders_name_above_inline_answers_is_the_contact() -> None:
    text = "Hej!\n\nSvarar i texten nedan.\n\nHanna Nyberg\n\nVi bestämde det på årsmötet."
    contact = people.find_contact(text, "hanna.nyberg@example.org", "Hanna Nyberg")
    assert contact.present and contact.email == "hanna.nyberg@example.org"


def test_a_company_disclaimer_does_not_hide_the_signature() -> None:
    text = (
        "Vi söker 8 000 kr.\n\nMed vänliga hälsningar\nJohan Pettersson\nLångasjö Trä & Bygg AB\n"
        "Mobil: +46 70 563 21 98\n"
        + "KONFIDENTIALITET: Detta e-postmeddelande kan innehålla konfidentiell information.\n" * 6
        + "Vi behandlar personuppgifter enligt GDPR.\n"
    )
    contact = people.find_contact(text, "johan.pettersson@example.com", "Johan Pettersson")
    assert contact.present and contact.name == "Johan Pettersson"


def test_a_forwarded_applicants_own_address_is_the_contact_email() -> None:
    text = (
        "Från: Gunnar Axelsson <gunnar.axelsson@example.com>\nÄmne: Pengar\n\nHej\n"
        "Vi vill ordna träffar.\n\nMvh\nGunnar Axelsson\n070-588 31 22"
    )
    contact = people.find_contact(text, "maria.ek@example.se", "Maria Ek")
    assert contact.email == "gunnar.axelsson@example.com"


def test_a_named_activity_with_its_particulars_listed_below() -> None:
    text = (
        "Skräpplockardag i Löttorp\n– lördag 18 april kl 10–14\n"
        "– samling vid hamnen, fyra lag\n– tipspromenad för barnen\n"
    )
    assert activity(text)


def test_a_partner_clause_inside_a_we_sentence_is_anchoring() -> None:
    assert anchoring(
        "Vi är typ 15 st som ska hjälpas åt och fiskeföreningen lånar ut båten till oss."
    )
    assert not anchoring("Vi har inte gjort någon enkät eller så.")
    assert not anchoring("Styrelsen beslutade på sitt möte den 10 februari att vi ska söka.")


def test_a_total_after_an_equals_sign_is_no_unit_price() -> None:
    money = read("Trädgårdsmästaren 2 000 kr, hyra av tält 800 kr, fika 700 kr = 3 500 kr.")
    assert money.amount() == 3500


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("Byalaget står själv för 6 400 kr och vi söker 10 000 kr från idéslanten.", 10000),
        ("Rockneby Föräldraförening, Org. nr 802473 1187, söker pengar. Totalt 6 000 kr", 6000),
        ("Vi behöver ca 4000 till det", 4000),
        ("Gärdslösa Hembygdsförening, medl.antal: 118, ansöker om 8 795 kr.", 8795),
        ("Kursavgift à 250 kr x 12 deltagare\nHyra 2 400 kr\nFika 1 150 kr", 6550),
    ],
)
def test_the_amount_applied_for_among_other_numbers(text: str, amount: int) -> None:
    assert read(text).amount() == amount


@pytest.mark.parametrize(
    ("text", "address", "shown", "name"),
    [
        (
            "Tot 6700 kr\n//Kalle 070-311 42 87\nSkickat från min iPhone",
            "k.n@example.com",
            "Kalle Nilsson",
            "Kalle Nilsson",
        ),
        (
            "Hälsningar\n/Robban (Robert Lind), kassör\n070-123 45 67",
            "robban@example.com",
            "Robert Lind",
            "Robert Lind",
        ),
        (
            "Kontakt person för an sökan blir vår ordförande Lennart Holm, tel 0481-520 14.",
            "styrelsen.alsterbro@example.org",
            "Alsterbro By lag",
            "Lennart Holm",
        ),
    ],
)
def test_contacts_of_messy_writers(text: str, address: str, shown: str, name: str) -> None:
    contact = people.find_contact(text, address, shown)
    assert contact.present and contact.name == name


def test_a_first_name_without_a_phone_is_still_no_contact() -> None:
    contact = people.find_contact("summa 6200\n\n/Sanna", "sanna.l@example.com", "Sanna Lindqvist")
    assert not contact.present


def test_short_cost_lines_with_year_like_amounts_and_a_bare_form_answer() -> None:
    assert read("vi har räknat på\nlokal 2000\nkaffe å bröd 1500\nföredrag 3000").amount() == 6500
    assert read("4. alla e med\n5.\n15000\n/Anna").amount() == 15000
    assert read("Vi ses hösten 2026 i bygdegården.").amount() is None


def test_dotted_leaders_and_kr_full_stops() -> None:
    from parsers.members import members
    from parsers.text import plain

    assert (
        members(plain("Org.nr ............. 802489-3300\nMedlemmar .......... 54 (hushåll)"))[0]
        == 54
    )
    text = (
        "Textilkonstnären tar 4 500 kr för de tre lördagarna, församlingshemmet kostar 300 kr "
        "gången så 900 kr, och tyg och tråd kanske 1 200 kr. Det blir 6 600 kr."
    )
    assert read(text).amount() == 6600


def test_signatures_collected_are_anchoring_but_collected_photos_are_not() -> None:
    assert anchoring("I höstas samlade vi in 112 namn för en säker cykelväg.")
    assert not anchoring("Vi har samlat in över 600 gamla fotografier från gårdarna.")


def test_english_idioms_for_budget_and_anchoring() -> None:
    pounds = "Costs:\nprizes, £15 a night x 6      £90\nprinting of quiz sheets      £40\n"
    assert budget.has_budget(read(pounds))[0] and read(pounds).amount() is None
    assert (
        read(
            "Cost: the food is about 1 500 kr.\nTo print is 2 000 kr.\nSo we ask 11 000 kr."
        ).amount()
        == 11000
    )
    assert activity(
        "Ruda Harvest Day, Saturday 19 September 2026:\n- 10-15 open farms with signs\n"
        "- 17-21 harvest potluck dinner in Ruda Folkets hus\n"
    )


def test_thank_you_very_much_is_no_name() -> None:
    text = "Thank you very much\nOlena Kovalenko\n072-905 33 18"
    contact = people.find_contact(text, "olena.kovalenko@example.com", "Olena Kovalenko")
    assert contact.name == "Olena Kovalenko" and contact.email == "olena.kovalenko@example.com"


def test_a_mistyped_number_said_to_be_a_phone_still_reaches_the_contact() -> None:
    contact = people.find_contact(
        "Kontaktperson är vår kassör Gunilla Ek, tel 0499-231 65 08.\n\nBengt Arvidsson",
        "bengt.arvidsson@example.se",
        "Bengt Arvidsson",
    )
    assert (contact.name, contact.phone, contact.email) == ("Gunilla Ek", "0499-231 65 08", None)
    assert people.phones("Summa 11 300 kr, org.nr 802017-6551") == []


def test_a_double_surname_or_a_shop_signature() -> None:
    assert people.same_person("Kerstin Ahlgren-Moberg", "kerstin.ahlgren@example.org", "")
    assert not people.same_person("Gun-Britt Åkesson", "gunbritt.akeson@example.com", "")
    shop = people.find_contact(
        "Hälsningar\nFigeholms Handelsbod\n0491-310 22 40",
        "handelsboden@example.se",
        "Figeholms Handelsbod",
    )
    assert not shop.present


def test_undecided_plans_and_amounts_are_no_activity() -> None:
    assert not activity(
        "Vi har många idéer och kommer att bestämma vilka vi kör på under hösten. "
        "Vi söker 10 000 kr, fördelat ungefär så här: föreläsare 6 000 kr, lokal 2 000 kr."
    )
    assert not activity("Budget kommer senare, men vi tänker oss att söka hela beloppet.")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Kind regards / Vänliga hälsningar Marieke van den Berg Villa Havsro B&B, Figeholm "
            "+46 70 441 93 27",
            "Marieke van den Berg",
        ),
        (
            "Cheers / Hälsningar Jesper Lund Halltorp Pickleball Crew +46 70 377 52 18",
            "Jesper Lund",
        ),
        (
            "Program och budget finns i bifogad fil.\n\n"
            "Ring gärna: 0485-280 17 Gun-Britt Åkesson, kassör",
            "Gun-Britt Åkesson",
        ),
        (
            "Vi vill att nya o gamla gamlebybor möts o lär känna varandra och att folk stannar i "
            "byn. Budget i bifogad fil. Mvh Ahmed Yusuf, ordf. 076-120 55 83",
            "Ahmed Yusuf",
        ),
        ("Summa 11 000 kr. Pia Lund, kassör tel 0481-300 72\n\nFrån min Samsung", "Pia Lund"),
        (
            "Mvh Sara Lindberg-Hughes Hasselö Skärgårdsförening +46 73 880 21 07",
            "Sara Lindberg-Hughes",
        ),
    ],
)
def test_signatures_run_into_one_line(text: str, name: str) -> None:
    """Mail clients that lose line breaks glue closing, name, role and phone together."""
    contact = people.find_contact(text, "someone@example.se", "")
    assert contact.present and contact.name == name


def test_a_group_name_after_the_closing_is_no_person() -> None:
    contact = people.find_contact(
        "Totalt 10 000 kr\n\nHälsningar\nSödra Ölands Fågelgrupp",
        "fagelgruppen.sodraoland@example.org",
        "Södra Ölands Fågelgrupp",
    )
    assert not contact.present


def test_a_weekly_rhythm_with_a_clock_time_is_an_activity() -> None:
    assert activity(
        "Åtta onsdagar, varannan vecka från 16 september, kl 15–17 sitter gymnasieungdomar "
        "i byalagets lokal och tar emot grannar som vill ha hjälp med telefonen."
    )
    assert not activity(
        "Aktiviteterna kommer att riktas till alla åldersgrupper och genomföras löpande "
        "under hela året, i nära dialog med bygdens invånare."
    )


def test_banknotes_thousands_in_words_and_tkr_columns_are_amounts() -> None:
    prose = budget.read_budget(
        nlp.sentences(
            "Kostnader: muraren vill ha sex tusenlappar för helgen, resan blir två tusenlappar, "
            "hyra en tusenlapp, sen en femhundring till fika. Vi söker alltså tio tusen."
        )
    )
    assert sorted(i.amount for i in prose.items) == [500, 1000, 2000, 6000]
    assert prose.amount() == 10000
    tkr = budget.read_budget(
        nlp.sentences("Budget (tkr)\n- lokalhyra 2,5\n- föreläsare 6\n- fika 1,2\n- summa 9,7 tkr")
    )
    assert [i.amount for i in tkr.items] == [2500, 6000, 1200] and tkr.amount() == 9700


def test_a_count_at_a_price_is_the_item_cost() -> None:
    b = budget.read_budget(
        nlp.sentences(
            "Ungefärliga kostnader: föreläsare 2 gånger à 2 000 kr, fika 10 gånger à 150 kr "
            "och resor till studiebesök ca 1 800 kr."
        )
    )
    assert b.amount() == 7300


@pytest.mark.parametrize(
    "text",
    [
        "Planen är att vi varannan lördag under våren ses vid badplatsen och städar stranden, "
        "och efteråt grillar vi tillsammans.",
        "We will run four Saturday mornings in April where people bring broken bikes and lamps "
        "to the village hall and fix them together with volunteers.",
        "I juni bjuder vi in till öppen gård hos familjen Karlsson där barnen får klappa djuren "
        "och prova att mjölka.",
        "Tre lördagar i november lär pensionärerna ut hur man lagar nät och rensar fisk i hamnen.",
        "Vi vill hyra en buss och åka till Kalmar läns museum med byns barn under sportlovet.",
        "Kvällen börjar kl 18 med soppa, sedan berättar tre äldre bybor om hur det var att gå i "
        "byskolan.",
        "I september gör vi tre kvällsvandringar längs sträckan där boende pekar ut de farligaste "
        "ställena, och den 8 oktober har vi ett dialogmöte i bygdegården med en trafikplanerare.",
        "Aktivitet | ”Fagerhult 2030” – tre dialogkvällar i bygdegården (24 sept, 22 okt, 19 nov) "
        "där boende tillsammans med Högsby kommun pratar om kollektivtrafiken, skolan och tomter.",
    ],
)
def test_doings_without_an_event_noun_are_activities(text: str) -> None:
    assert activity(text)


@pytest.mark.parametrize(
    "text",
    [
        "Vi vill satsa på gemenskap, kultur och natur i vår fina by.",
        "Vi träffas varje tisdag kl 19 i bygdegården och har gjort det sedan 1985.",
        "Vi vill under året genomföra aktiviteter varje månad som stärker gemenskapen.",
        "In the future we hope to do more for the village every week if possible.",
        "Söderåkra Byalag (org.nr 802433-5906, 58 medlemmar) söker idéslanten för vår "
        "cykelfest i höst.",
    ],
)
def test_topics_routines_and_hopes_are_not_activities(text: str) -> None:
    assert not activity(text)


def test_a_working_group_formed_at_the_annual_meeting_is_anchoring() -> None:
    assert anchoring(
        "Idén kom upp på årsmötet där ett 40-tal medlemmar var med, och en arbetsgrupp på sex "
        "personer bildades."
    )
    assert not anchoring("Föreningen bildades på ett möte 1987 där 30 personer var med.")


def test_contact_via_the_treasurer_and_a_couple_signing_with_a_slash() -> None:
    via = people.find_contact(
        "Text.\n\nni når oss via kassören Per Olsson, per.olsson@example.se",
        "info@example.se",
        "",
    )
    assert (via.name, via.email) == ("Per Olsson", "per.olsson@example.se")
    couple = people.find_contact("Text.\n\n/Göran och Ulla Persson", "gp@example.se", "")
    assert couple.name == "Göran Persson"
    prose = people.find_contact(
        "Text.\n\nRing Berit på 070-555 12 34 om ni undrar något.\n\nStyrelsen",
        "styrelsen@example.se",
        "",
    )
    assert prose.name != "Ring Berit"


def test_business_cards_first_names_with_a_number_and_who_wrote_the_application() -> None:
    card = people.find_contact(
        "Budgeten kommer senare.\n--\nBEGIN:VCARD\nVERSION:3.0\nFN:Jonna Sjöberg\n"
        "TEL;TYPE=CELL:+46765501207\nEMAIL:jonna.sjoberg@example.com\nEND:VCARD",
        "jonna.sjoberg@example.com",
        "Jonna Sjöberg",
    )
    assert (card.name, card.phone) == ("Jonna Sjöberg", "+46765501207")
    berit = people.find_contact(
        "Har ni frågor – ring Berit på 0471-502 31, hon är vår kassör.\n\nVissefjärdas Vänner",
        "vissefjardasvanner@example.org",
        "Vissefjärdas Vänner",
    )
    assert (berit.name, berit.phone, berit.email) == ("Berit", "0471-502 31", None)
    writer = people.find_contact(
        "Det är jag som skrev ansökan: Gösta Bengtsson, ordförande i SPF Seniorerna Halltorp.\n"
        "Telefon 0480-211 93.\n\nGösta",
        "gb1953@example.com",
        "",
    )
    assert writer.name == "Gösta Bengtsson" and writer.phone == "0480-211 93"
    kalle = people.find_contact(
        "summa 7 960 kr\nnås enklast på 0738-22 41 90\n//Kalle", "kalle.h@example.org", "K H"
    )
    assert (kalle.name, kalle.email) == ("Kalle", "kalle.h@example.org")


def test_a_price_per_time_and_someone_elses_decision_to_come() -> None:
    b = budget.read_budget(nlp.sentences("DJ 1500/ggr = 7500, fika 200/ggr = 1000.\nTotalt 8500."))
    assert b.amount() == 8500 and sorted(i.amount for i in b.items) == [1000, 7500]
    assert not anchoring(
        "Frödinge byalag (ca 90 hushåll är medlemmar) söker 15 000 till ett dialogmöte 20 maj, "
        "så vi kan samla byns röst innan kommunen beslutar om skolan."
    )


def test_a_first_amount_is_a_total_only_when_announced_and_routines_are_no_activity() -> None:
    items = budget.read_budget(
        nlp.sentences("Budget: band 4 000 kr, lokalhyra Folkets park 2 000 kr, mat 2 000 kr.")
    )
    assert sorted(i.amount for i in items.items) == [2000, 2000, 4000]
    split = budget.read_budget(
        nlp.sentences(
            "Vi räknar med 12 tkr: kocken 6 tkr, hyra av skolköket 2 tkr och råvaror 4 tkr."
        )
    )
    assert split.amount() == 12000 and len(split.items) == 3
    assert not activity(
        "Bergkvara IF söker idéslanten för att kunna fortsätta med våra träningar. Vi tränar som "
        "vanligt tisdagar och torsdagar 18.30–20.00 på Bergkvara IP från april till oktober."
    )
    assert not activity(
        "Alsterbro byalag söker idéslanten för en temadag i maj. Innehållet bestämmer vi på "
        "årsmötet den 22 mars."
    )
    assert anchoring(
        "Förankring: jag och Birgitta Holm gick runt till alla 14 hushåll längs vägen i december."
    )
