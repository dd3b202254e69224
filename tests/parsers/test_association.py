"""The applicant's name: named by its org number, by 'kallar oss', and not a helper."""

from __future__ import annotations

from parsers.association import find_association


def name(text: str) -> str | None:
    return find_association(text).name


def test_a_name_before_its_org_number_is_the_applicant_without_a_group_word() -> None:
    info = find_association(
        "Virserums Filmstudio (org.nr 802489-4027) ansöker om bidrag. Vi har 61 medlemmar."
    )
    assert info.name == "Virserums Filmstudio" and info.present


def test_a_group_that_calls_itself_something_is_named_by_it() -> None:
    assert name("Vi är en studiecirkel i Järnforsen som kallar oss Bruksminnen.") == "Bruksminnen"


def test_groups_listed_as_helpers_are_not_the_applicant() -> None:
    text = (
        "Gullabo Hembygdsförening ordnar hantverksmarknaden, veterantraktorklubben i Torsås "
        "tar med sina traktorer och Gullabo IF sköter parkeringen."
    )
    assert name(text) is None


def test_a_writer_without_capitals_still_names_the_association() -> None:
    text = "hej vi i ruda byalag vill söka pengar till en byafest. föreningen har 45 medlemmar."
    assert name(text) == "Ruda Byalag"


def test_lower_case_names_are_a_place_and_an_org_word() -> None:
    assert name("egentligen när grönskåra bygdegårdsförening har 30 medlemmar") == (
        "Grönskåra Bygdegårdsförening"
    )
    assert name("vi är ett ungdomslag från målilla if med 25 medlemmar") == "Målilla IF"


def test_groups_that_are_not_associations_are_still_named_and_counted() -> None:
    info = find_association(
        'Vi är studiecirkeln "Långasjö förr och nu" som träffas varannan tisdag. '
        "Vi är ingen förening utan en cirkel med 11 deltagare."
    )
    assert (info.name, info.members, info.present) == ("Långasjö förr och nu", 11, True)
    shop = find_association(
        "Figeholms Handelsbod är en kooperativt ägd lanthandel (ekonomisk förening) "
        "med 186 delägare i Figeholm."
    )
    assert (shop.name, shop.members) == ("Figeholms Handelsbod", 186)


def test_an_abbreviation_between_name_and_verb_keeps_the_name() -> None:
    info = find_association("Kvinnor i Söderåkra, KiS, är en förening för kvinnor i bygden.")
    assert info.name == "Kvinnor i Söderåkra" and info.present
    assert find_association("Vi är ett 30-tal föräldrar i gruppen.").members == 30


def test_a_partner_that_helps_is_not_the_unnamed_applicant() -> None:
    info = find_association(
        "Vi är några föräldrar här som vill ordna en vandring. Berga Hembygdsförening är med "
        "och står för berättarna (fem av deras medlemmar har lovat)."
    )
    assert info.name is None


def test_a_name_followed_by_what_it_is() -> None:
    info = find_association(
        "WHO: Degerhamns Bygemenskap, a non-profit association (org.nr 802501-4369) for "
        "everyone with a home in Degerhamn. 64 members."
    )
    assert info.name == "Degerhamns Bygemenskap" and info.present
    assert find_association("vi e femton stycken som vill börja träffas").members == 15


def test_our_group_comma_name() -> None:
    info = find_association(
        "Our group, Kalmar Ljungby Newcomers, has 18 members from eight countries."
    )
    assert (info.name, info.members) == ("Kalmar Ljungby Newcomers", 18)


def test_a_whatsapp_group_and_a_church_choir() -> None:
    chat = find_association(
        'Vi är ett gäng grannar i Ruda som har en WhatsApp-grupp som heter "Ruda runt knuten". '
        "Där är vi 38 st från nästan alla gårdar i byn."
    )
    assert (chat.name, chat.members, chat.present) == ("Ruda runt knuten", 38, True)
    choir = find_association(
        "Mörlunda-Tveta kyrkokör vill söka idéslanten. Kören har 24 sångare och en egen styrelse."
    )
    assert (choir.name, choir.members, choir.present) == ("Mörlunda-Tveta kyrkokör", 24, True)


def test_partners_that_help_and_kinds_of_groups_are_not_the_applicant() -> None:
    info = find_association(
        "Who: we are about 15 families. Alsterbro byalag and the church in Alsterbro help us "
        "with the venue."
    )
    assert info.name is None
    info = find_association(
        "Vi är ett gäng damer, vi är väl ett femtontal. Syföreningen och hembygdsföreningen "
        "kommer att hjälpa till med kaffet."
    )
    assert info.name is None and info.members == 15
    learner = find_association("Vi är förening Påryds Grannar, ideell förening i Påryd.")
    assert learner.name == "Påryds Grannar"


def test_founded_in_brackets_and_an_application_from_the_association_x() -> None:
    assert find_association("Vi i Tvärskogs Bygdegårdsförening (bildad 1952) söker pengar.").present
    info = find_association(
        "Ansökan från Föreningen Gamla Skolan i Gullringen, som har 35 medlemmar och sköter "
        "skolhuset."
    )
    assert info.name == "Gamla Skolan i Gullringen"
