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
