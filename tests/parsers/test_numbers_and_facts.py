"""Amounts, member counts, org numbers and the ort, in the forms volunteers write."""

from __future__ import annotations

import pytest

from parsers import facts, nlp
from parsers.association import org_number
from parsers.gazetteer import best_ort, gazetteer
from parsers.members import members
from parsers.numbers import count, money


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("15 000 kr", 15000),
        ("15000:-", 15000),
        ("15.000 SEK", 15000),
        ("12 tkr", 12000),
        ("femtusen kronor", 5000),
        ("ca 8 500 kronor", 8500),
        ("SEK 4000", 4000),
        ("tolvtusen kr", 12000),
    ],
)
def test_amounts_in_every_form(text: str, value: int) -> None:
    assert [n.value for n in money(text)] == [value]


def test_dates_and_times_are_not_amounts() -> None:
    assert money("Mötet 2026-01-18 kl 19 i bygdegården") == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Vi har 47 medlemmar", 47),
        ("Föreningen har ett fyrtiotal medlemmar", 40),
        ("ett trettital medlemmar", 30),
        ("ca 120 hushåll är medlemmar", 120),
        ("vi är tjugotvå medlemmar", 22),
        ("Medlemsantal: 31", 31),
        ("We are 23 members", 23),
        ("vi är 27 st i föreningen", 27),
    ],
)
def test_member_counts(text: str, value: int) -> None:
    assert members(text)[0] == value


def test_attendance_is_not_membership() -> None:
    assert members("På byamötet var vi 45 personer")[0] is None


def test_number_words() -> None:
    assert [count(w) for w in ("tjugotvå", "fyrtiotal", "hundratal", "sju")] == [22, 40, 100, 7]


def test_org_numbers_labelled_or_luhn_valid_are_read_and_dates_are_not() -> None:
    assert org_number("org.nr 802478-3315")[0] == "802478-3315"
    assert org_number("Vi har nummer 769634-2208 sedan länge")[0] == "769634-2208"
    assert org_number("född 541203-1234")[0] is None


def test_the_ort_is_where_the_applicants_live_and_gives_the_municipality() -> None:
    text = "hej vi är några här i frödinge som vill åka till vimmerby och sedan till vimmerby igen"
    assert best_ort("pengar till studieresa", text) == "Frödinge"
    assert gazetteer().municipality("Frödinge") == "Vimmerby"
    assert best_ort("Ansökan", "Vi skriver till Region Kalmar län om Oskarshamns kommun") is None


@pytest.mark.parametrize(
    ("text", "ort"),
    [
        (
            "Figeholms Båtklubb ansöker. Vi åker till Oskarshamn och Västervik på studiebesök.",
            "Figeholm",
        ),
        ("Mörlunda-Tveta hembygdsförening vill ordna en vandring.", "Mörlunda"),
        ("Vi är från Kristdala. Föreläsaren kommer från Vimmerby.", "Kristdala"),
        ("Vi i Kalmar Ljungby vill ordna en marknad.", "Kalmar Ljungby"),
    ],
)
def test_home_is_told_from_destinations_and_double_names(text: str, ort: str) -> None:
    assert best_ort("Ansökan", text) == ort


def test_a_board_count_is_not_the_membership() -> None:
    assert members("Vi har 3 medlemmar i styrelsen och 40 medlemmar totalt.")[0] == 40


def test_families_of_an_association_are_its_members() -> None:
    assert members("We are a registered association of 18 families in Alsterbro.")[0] == 18
    assert members("Vi är 14 familjer i föreningen.")[0] == 14
    assert members("Till mötet kom 30 familjer från byn.")[0] is None


def test_a_year_before_the_count_does_not_hide_it() -> None:
    assert members("Byalaget bildades 1987 och ca 180 hushåll är medlemmar.")[0] == 180


def test_counts_in_labels_tables_and_english_words() -> None:
    assert members("Medlemsantal 2025: | 143")[0] == 143
    assert (
        members("Medlemmar ca 60 (scouter och ledare)\nOrganisationsnummer: 802437-5613")[0] == 60
    )
    assert members("We have about twenty-five members from four countries.")[0] == 25


def test_a_lecturers_hourly_fee_is_no_salary_but_an_employees_wage_is() -> None:
    from parsers import facts, nlp

    fee = "Föreläsare: psykolog Sofia Berg, timarvode 800 kr/tim x 3 tim = 2 400 kr"
    wage = "Lön till vår anställda fritidsledare 9 800 kr"
    assert facts.salary_costs(nlp.sentences(fee))[0] is False
    assert facts.salary_costs(nlp.sentences(wage))[0] is True


def test_an_org_number_with_a_wrong_check_digit_warns_the_officer() -> None:
    from parsers.eligibility import Rules, check

    codes = [w.code for w in check({"org_number": "802462-0936"}, {}, Rules())]
    assert codes == ["org_number"]
    assert check({"org_number": "802462-0935"}, {}, Rules()) == []


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("vi i byalaget (ett sextiotal hushåll) skulle vilja ha en dialogkväll", 60),
        ("Vi är ett gäng föräldrar här i Degerhamn, fjorton familjer just nu, som vill söka.", 14),
        ("Vi är Ungdomsrådet i Ankarsrum, 15 st unga mellan 13 och 19 år.", 15),
        ("Mansgruppen är 19 gubbar och några yngre som har träffats sedan 2018.", 19),
        ("Föreningen sköter ca 6 km väg och har 41 medlemsfastigheter.", 41),
    ],
)
def test_member_counts_in_the_words_of_small_groups(text: str, count: int) -> None:
    assert members(text)[0] == count


def test_surplus_for_someone_elses_roof_and_tools_not_bought_are_no_investment() -> None:
    from parsers import facts, nlp

    for text in (
        "Hela överskottet från inträdet går till bygdegårdsföreningen som behöver nytt tak.",
        "Verktyg tar vi med hemifrån, vi köper inga.",
    ):
        assert facts.physical_investment(nlp.sentences(text))[0] is False
    assert facts.physical_investment(nlp.sentences("Virke till nya bryggdäck      9 000"))[0]


def test_places_where_people_moved_to_or_live_on_an_island() -> None:
    assert best_ort("Bytardag", "Vi är några familjer som flyttat till Fågelfors.") == "Fågelfors"
    assert best_ort("Ansökan", "En förening för oss som bor på Sladö och grannöarna.") == "Sladö"


def test_others_buying_and_courses_in_renovating_are_no_investment() -> None:
    from parsers import facts, nlp

    for text in (
        "Så kan turisterna köpa färsk fisk vid bryggan.",
        "Hembygdsföreningen söker för en kurs i att renovera gamla fönster.",
    ):
        assert facts.physical_investment(nlp.sentences(text))[0] is False


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Gruppen består av 12 kvinnor och 9 män.", True),
        ("Hälften av deltagarna är kvinnor och hälften män.", True),
        ("Both genders are welcome.", True),
        ("Kvinnocaféet i Rälla är en träffpunkt för nyanlända kvinnor.", False),
        ("För tjejer 13–16 år ordnar vi en tjejkväll.", False),
        ("Alla i byn är välkomna.", None),
    ],
)
def test_who_the_activity_is_for(text: str, expected: bool | None) -> None:
    assert facts.women_and_men(nlp.sentences(text))[0] is expected


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Vi är några ungdomar i Rockneby, typ 15 st, 14-17 år.", 15),
        ("We're the Pataholm Harbour Society, 30-odd members, and we look after the harbour.", 30),
        ("Vi är grupp av kvinnor i Mörlunda, vi är 12.", 12),
    ],
)
def test_member_counts_of_learners_and_teenagers(text: str, value: int) -> None:
    assert members(text)[0] == value


def test_thousands_written_with_k_and_decimals() -> None:
    assert [n.value for n in money("- Venue rental: 3 x 1.5k = 4.5k")] == [1500, 4500]
    assert [n.value for n in money("So 13.5k kr total")] == [13500]


def test_attendance_tables_and_groups_counted_in_tens() -> None:
    assert (
        members("Närvarande: 38 medlemmar.\nByalaget hade 143 medlemmar vid årsskiftet.")[0] == 143
    )
    assert members("Medlemmar | 128 (hushåll och enskilda)")[0] == 128
    assert (
        members("Vi är ett gäng i Kastlösa, ett tiotal personer, som vill ordna kvällar.")[0] == 10
    )
    assert members("Vi har för närvarande 58 medlemmar.")[0] == 58
