"""Quotes, forwards, unwrapping and personnummer masking."""

from __future__ import annotations

from parsers.mime import parse
from parsers.text import mask_personnummer, plain, split_quotes, unwrap
from tests.conftest import SHARED_CORPUS


def test_the_bots_own_receipt_quoted_back_is_not_new_text() -> None:
    mail = parse((SHARED_CORPUS / "042-svar-storebro-budget.eml").read_bytes())
    text = split_quotes(mail.body_text, mail.subject)
    assert "Här kommer budgeten" in text.new
    assert "Vi saknar följande" not in text.new
    assert "Vi saknar följande" in text.quoted


def test_a_forwarded_application_counts_as_the_mails_own_text() -> None:
    mail = parse((SHARED_CORPUS / "019-fwd-intresseforening-kristvik.eml").read_bytes())
    text = split_quotes(mail.body_text, mail.subject)
    assert text.forwarded
    assert "Kristviks Intresseförening har funnits sedan 1994" in text.new
    assert "Sofia Nyqvist" in text.preface


def test_outlook_style_quotes_without_angle_brackets_are_cut() -> None:
    body = (
        "Hej, här är budgeten: hyra 2 000 kr, fika 500 kr.\n\nMvh Anna\n\n"
        "Från: Idéslanten <ideslanten@example.se>\nSkickat: den 3 mars 2026 10:00\n"
        "Till: Anna <anna@example.se>\nÄmne: SV: Ansökan\n\nVi saknar följande i er ansökan:\n"
        "- en budget\n"
    )
    text = split_quotes(body, "SV: SV: Ansökan")
    assert "Vi saknar" not in text.new and "budgeten" in text.new


def test_inline_answers_between_quoted_lines_are_new_text() -> None:
    body = (
        "Svar nedan.\n\nDen 3 mars 2026 skrev Idéslanten <ideslanten@example.se>:\n"
        "> Vi saknar följande:\n> - en kontaktperson\nKontaktperson är Anna Berg, 070-123 45 67.\n"
        "> - en budget\nHyra 2 000 kr, fika 800 kr.\n> Med vänliga hälsningar\n"
    )
    text = split_quotes(body, "SV: Ansökan")
    assert "Anna Berg" in text.new and "Hyra 2 000 kr" in text.new
    assert "Vi saknar" not in text.new


def test_hard_wrapped_prose_is_joined_but_budget_lines_are_not() -> None:
    text = (
        "Vi vill ordna en föreläsningskväll i bygdegården om säkerhet på sjön med en\n"
        "instruktör från Sjöräddningssällskapet.\nHyra av lokal 1 200 kr\nFika 500 kr"
    )
    lines = unwrap(text).split("\n")
    assert lines[0].endswith("Sjöräddningssällskapet.")
    assert lines[1:] == ["Hyra av lokal 1 200 kr", "Fika 500 kr"]


def test_personnummer_are_masked_but_org_numbers_and_phones_are_not() -> None:
    text = "pnr 19541203-1234, 541203-1234, org.nr 802478-3315, tel 0701234567"
    assert mask_personnummer(text) == (
        "pnr 19541203-XXXX, 541203-XXXX, org.nr 802478-3315, tel 0701234567"
    )


def test_markdown_emphasis_and_headings_are_read_as_plain_text() -> None:
    assert plain("### Ansökan\n**Kontakt:** Olle Sjö, 070-914 22 61") == (
        "Ansökan\nKontakt: Olle Sjö, 070-914 22 61"
    )
    assert plain("2 * 3 = 6 och a*b") == "2 * 3 = 6 och a*b"


def test_a_forward_of_our_own_receipt_is_history_not_an_application() -> None:
    body = (
        "Hej Lasse! Se nedan.\n\n---------- Vidarebefordrat meddelande ----------\n"
        "Från: Idéslanten <ideslanten@example.se>\n\nTack för er ansökan! Vi saknar budget.\n"
    )
    split = split_quotes(body, "VB: Re: Ansökan [Idéslanten 2026-0147]")
    assert "Vi saknar budget" not in split.new
    assert "Vi saknar budget" in split_quotes(body, "VB: Ansökan Ruda").new


def test_a_narrow_column_that_ends_on_och_goes_on_in_the_next_line() -> None:
    assert unwrap("Resan är öppen för alla i byn, kvinnor och\nmän, unga och äldre.") == (
        "Resan är öppen för alla i byn, kvinnor och män, unga och äldre."
    )
    assert unwrap("Fika och\n- bullar 300 kr") == "Fika och\n- bullar 300 kr"


def test_a_forward_quoted_with_angle_brackets_by_a_phone_is_still_the_application() -> None:
    body = (
        "Hej! Här är ordförandens utkast.\n/Sofia\n\nBörjan av vidarebefordrat meddelande:\n\n"
        "> Från: Karl-Göran Petersson <kg@example.com>\n>\n"
        "> Vissefjärda Intresseförening, bildad 1994, 46 medlemmar.\n"
        ">> Vi saknar följande i er ansökan: budget\n"
    )
    text = split_quotes(body, "Fwd: utkast")
    assert "Vissefjärda Intresseförening, bildad 1994" in text.new
    assert "Vi saknar följande" not in text.new


def test_a_gmail_forward_keeps_the_forwarded_mails_own_quotes_quoted() -> None:
    body = (
        "Se nedan.\n\n---------- Forwarded message ---------\nFrån: Anna <a@example.se>\n\n"
        "Här kommer budgeten.\n\n> Vi saknar följande i er ansökan: budget\n"
    )
    text = split_quotes(body, "Fwd: Re: ansökan")
    assert "Här kommer budgeten" in text.new
    assert "Vi saknar följande" not in text.new
