"""The policy as a pure function: every disposition and its reasons."""

from __future__ import annotations

from bot.decide import CaseState, Context, MailFacts, decide
from parsers.elements import ELEMENTS


def elements(*present: str) -> dict:
    return {
        e: {"present": e in present, "evidence": [f"{e} text"] if e in present else []}
        for e in ELEMENTS
    }


def mail(kind: str = "application", present: tuple[str, ...] = (), **facts) -> MailFacts:
    return MailFacts(kind, [f"{kind} reason"], elements(*present), facts, {}, "m1@example.se")


def test_an_incomplete_application_opens_a_waiting_case_and_gets_a_receipt() -> None:
    d = decide(mail(present=("association", "contact", "activity")), None, Context())
    assert (d.case_action, d.status, d.reply) == ("open", "waiting", "receipt")
    assert d.missing == ["anchoring", "budget"]


def test_a_complete_application_goes_to_the_officer() -> None:
    d = decide(mail(present=ELEMENTS), None, Context())
    assert (d.status, d.reply, d.missing) == ("ready", "complete", [])


def test_a_followup_adds_to_what_the_case_already_has() -> None:
    case = CaseState("waiting", elements("association", "contact", "activity", "anchoring"), {}, {})
    d = decide(mail("followup", present=("budget", "contact")), case, Context())
    assert (d.case_action, d.status, d.reply) == ("update", "ready", "complete")
    assert d.elements["association"]["evidence"] == ["association text"]


def test_a_further_mail_on_a_complete_case_is_not_answered_again() -> None:
    case = CaseState("ready", elements(*ELEMENTS), {}, {})
    d = decide(mail("followup", present=("budget",)), case, Context())
    assert d.reply is None and d.status == "ready"


def test_machines_never_get_a_reply_nor_change_a_case() -> None:
    case = CaseState("waiting", elements(), {}, {})
    for kind in ("autoreply", "bounce", "newsletter", "spam"):
        d = decide(mail(kind), case, Context())
        assert d.reply is None and d.status is None and d.case_action == "attach"


def test_a_question_is_acknowledged() -> None:
    d = decide(mail("question"), None, Context())
    assert (d.case_action, d.status, d.reply) == ("open", "question", "question")


def test_the_rate_limit_stops_replies_but_keeps_the_case_moving() -> None:
    d = decide(
        mail(present=ELEMENTS), None, Context(replies_to_sender_today=3, max_replies_per_day=3)
    )
    assert d.reply is None and d.status == "ready"
    assert any("gräns 3" in r for r in d.reasons)


def test_mail_on_a_decided_case_is_attached_unanswered() -> None:
    d = decide(mail(present=ELEMENTS), CaseState("decided", elements(*ELEMENTS), {}, {}), Context())
    assert (d.case_action, d.reply) == ("attach", None)


def test_warnings_name_the_broken_rules() -> None:
    d = decide(
        mail(
            present=ELEMENTS,
            members=8,
            amount_sek=20000,
            women_and_men=False,
            salary_costs=True,
            physical_investment=True,
        ),
        None,
        Context(),
    )
    assert {w["code"] for w in d.warnings} == {
        "members",
        "amount",
        "gender",
        "salary",
        "investment",
    }


def test_the_cap_is_per_ort_and_year() -> None:
    d = decide(
        mail(present=ELEMENTS, amount_sek=8000, ort="Påryd"),
        None,
        Context(ort_total_this_year=10000),
    )
    assert [w["code"] for w in d.warnings] == ["ort_cap"]
