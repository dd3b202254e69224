"""The policy: given what a mail says and the case so far, what happens.

A pure function with recorded reasons, in the manner of Mailman's chains:
small named rules look at plain data, and the first that applies ends in one
disposition. It touches no database, no network and no clock, so every
combination is a unit test. A policy change is a change to ``RULES``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from parsers.elements import ELEMENTS
from parsers.eligibility import Rules, check

MACHINE_KINDS = ("autoreply", "bounce", "newsletter", "spam")

# Case statuses, in the order the officer's queue shows them.
READY = "ready"  # complete, waiting for the officer's decision
WAITING = "waiting"  # incomplete, waiting for the applicant
QUESTION = "question"  # a question, answered with an acknowledgement
DECIDED = "decided"


@dataclass(frozen=True)
class MailFacts:
    """The part of an Extraction the policy looks at."""

    kind: str
    kind_reasons: list[str]
    elements: dict[str, dict]
    facts: dict
    fact_evidence: dict[str, str]
    message_key: str


@dataclass(frozen=True)
class CaseState:
    status: str
    elements: dict[str, dict]
    facts: dict
    fact_evidence: dict[str, str]


@dataclass(frozen=True)
class Context:
    replies_to_sender_today: int = 0
    max_replies_per_day: int = 3
    ort_total_this_year: int = 0
    rules: Rules = field(default_factory=Rules)


@dataclass
class Decision:
    case_action: str  # "open", "update", "attach" or "none"
    status: str | None = None
    elements: dict = field(default_factory=dict)
    facts: dict = field(default_factory=dict)
    fact_evidence: dict = field(default_factory=dict)
    warnings: list[dict] = field(default_factory=list)
    reply: str | None = None  # "receipt", "complete", "question" or None
    missing: list[str] = field(default_factory=list)
    reasons: list[str] = field(default_factory=list)


def merge_elements(old: dict[str, dict], new: dict[str, dict], key: str) -> dict[str, dict]:
    """The union over the case's mails: present once is present; keep the evidence."""
    merged = {}
    for name in ELEMENTS:
        before = old.get(name) or {"present": False, "evidence": []}
        after = dict(new.get(name) or {"present": False, "evidence": []})
        if before.get("override") is not None:
            merged[name] = before
        elif before.get("present"):
            merged[name] = before
        elif after.get("present"):
            merged[name] = {**after, "source": key}
        else:
            merged[name] = {**after, "present": False}
    return merged


def merge_facts(old: dict, new: dict) -> dict:
    """Later mails fill gaps and correct figures; a salary or investment once seen stays."""
    merged = dict(old)
    for key, value in new.items():
        if key in ("salary_costs", "physical_investment"):
            merged[key] = bool(old.get(key)) or bool(value)
        elif key == "women_and_men":
            merged[key] = value if value is not None else old.get(key)
        elif value is not None:
            merged[key] = value
        else:
            merged.setdefault(key, None)
    return merged


def _missing(elements: dict[str, dict]) -> list[str]:
    return [n for n in ELEMENTS if not elements.get(n, {}).get("present")]


def _warnings(facts: dict, evidence: dict, ctx: Context) -> list[dict]:
    return [w.as_dict() for w in check(facts, evidence, ctx.rules, ctx.ort_total_this_year)]


# --- the rules, in order ---------------------------------------------------

Rule = Callable[[MailFacts, CaseState | None, Context], Decision | None]


def machine_mail(mail: MailFacts, case: CaseState | None, ctx: Context) -> Decision | None:
    """Never answer a machine; keep the mail with its case, change nothing."""
    if mail.kind not in MACHINE_KINDS:
        return None
    return Decision(
        "attach" if case else "none",
        reasons=[f"maskinellt mejl ({mail.kind}): inget svar", *mail.kind_reasons],
    )


def decided_case(mail: MailFacts, case: CaseState | None, ctx: Context) -> Decision | None:
    """A mail in the thread of a decided case goes to the officer, unanswered."""
    if case is None or case.status != DECIDED:
        return None
    return Decision(
        "attach",
        reasons=[
            "ärendet är redan beslutat: mejlet läggs till ärendet "
            "för handläggaren, inget automatiskt svar"
        ],
    )


def question(mail: MailFacts, case: CaseState | None, ctx: Context) -> Decision | None:
    """A question is acknowledged; in an open case it changes nothing else."""
    if mail.kind != "question":
        return None
    if case is not None:
        return Decision("attach", reply="question", reasons=["fråga i ett pågående ärende"])
    return Decision(
        "open",
        status=QUESTION,
        facts=dict(mail.facts),
        fact_evidence=dict(mail.fact_evidence),
        reply="question",
        reasons=["fråga om bidraget, ingen ansökan"],
    )


def application(mail: MailFacts, case: CaseState | None, ctx: Context) -> Decision | None:
    """Merge the elements; complete cases go to the officer, others get a receipt."""
    old_elements = case.elements if case and case.status != QUESTION else {}
    elements = merge_elements(old_elements, mail.elements, mail.message_key)
    facts = merge_facts(case.facts if case else {}, mail.facts)
    evidence = {**(case.fact_evidence if case else {}), **mail.fact_evidence}
    missing = _missing(elements)
    was_ready = case is not None and case.status == READY
    status = READY if not missing else WAITING
    reasons = [f"saknas: {', '.join(missing)}" if missing else "alla fem delar finns"]
    if was_ready:
        reply = None
        reasons.append("ärendet var redan komplett och hos handläggaren: inget nytt svar")
    else:
        reply = "complete" if not missing else "receipt"
    action = "open" if case is None else "update"
    return Decision(
        action,
        status,
        elements,
        facts,
        evidence,
        _warnings(facts, evidence, ctx),
        reply,
        missing,
        reasons,
    )


RULES: tuple[Rule, ...] = (machine_mail, decided_case, question, application)


def rate_limited(decision: Decision, ctx: Context) -> Decision:
    """At most N automatic replies per sender per day: a loop breaker."""
    if decision.reply and ctx.replies_to_sender_today >= ctx.max_replies_per_day:
        decision.reasons.append(
            f"inget svar: redan {ctx.replies_to_sender_today} automatiska svar till avsändaren "
            f"senaste dygnet (gräns {ctx.max_replies_per_day})"
        )
        decision.reply = None
    return decision


def decide(mail: MailFacts, case: CaseState | None, ctx: Context) -> Decision:
    """Walk the rules; the first that applies decides."""
    for rule in RULES:
        decision = rule(mail, case, ctx)
        if decision is not None:
            return rate_limited(decision, ctx)
    raise AssertionError("the application rule always decides")  # pragma: no cover
