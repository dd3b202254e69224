"""The web's pure parts: evidence highlighting, safe file names, the chart, the CSV guard."""

from __future__ import annotations

from bot.web.highlight import segments
from bot.web.ledger import _cell, bar_chart
from bot.web.mailparts import content_disposition, safe_filename


def test_evidence_is_found_even_when_the_line_breaks_differ() -> None:
    text = "Hej!\nVi söker alltså\n9 800 kr. Tack."
    parts = segments(text, {"budget": ["Vi söker alltså 9 800 kr."]})
    assert "".join(p.text for p in parts) == text
    marked = [p for p in parts if p.marks]
    assert [p.text for p in marked] == ["Vi söker alltså\n9 800 kr."]
    assert marked[0].starts == ("budget",)


def test_overlapping_evidence_keeps_both_marks_and_labels_a_run_once() -> None:
    text = "Hyra 1 200 kr\nFika 500 kr\nSumma 1 700 kr"
    quotes = {
        "activity": ["Hyra 1 200 kr"],
        "budget": ["Hyra 1 200 kr", "Fika 500 kr", "Summa 1 700 kr"],
    }
    parts = segments(text, quotes)
    assert parts[0].marks == ("activity", "budget")
    budget_labels = [p for p in parts if "budget" in p.starts]
    assert len(budget_labels) == 1, "consecutive budget lines get one label"


def test_a_quote_that_is_not_in_the_text_changes_nothing() -> None:
    assert segments("abc", {"budget": ["xyz"], "contact": [""]}) == segments("abc", {})


def test_file_names_lose_paths_quotes_and_markup_but_keep_swedish_letters() -> None:
    assert safe_filename('../../"><img src=x>.html', "bilaga-1") == "img src_x_.html"
    assert safe_filename("C:\\Users\\budget för bygdegård.xlsx", "x") == "budget för bygdegård.xlsx"
    assert safe_filename("\r\n", "bilaga-2") == "bilaga-2"
    header = content_disposition("budget för bygdegård.xlsx")
    assert header.startswith('attachment; filename="budget f_r bygdeg_rd.xlsx"')
    assert "filename*=UTF-8''budget%20f%C3%B6r%20bygdeg%C3%A5rd.xlsx" in header


def test_a_cell_that_excel_would_run_as_a_formula_is_defused() -> None:
    assert _cell('=HYPERLINK("http://x")') == '\'=HYPERLINK("http://x")'
    assert _cell("-1+2") == "'-1+2" and _cell("Bygdegård") == "Bygdegård" and _cell(None) == ""
    assert _cell(-500) == -500


def test_the_chart_marks_an_ort_over_the_cap() -> None:
    chart = bar_chart([("Alem", 16000), ("Berga", 5000)], cap=15000)
    over, under = chart.bars
    assert over.over and not under.over
    assert over.percent > chart.cap_percent > under.percent
