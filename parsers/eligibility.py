"""The grant's rules checked against the facts: warnings for the officer.

A warning never rejects an application — the officer decides — but it names
the rule and quotes the sentence that triggered it. The limits come from the
configuration (``[grant]``), passed in as plain data.
"""

from __future__ import annotations

from dataclasses import dataclass

from stdnum.se import orgnr


@dataclass(frozen=True)
class Rules:
    min_members: int = 10
    max_amount_sek: int = 15_000
    require_women_and_men: bool = True
    allow_salary_costs: bool = False
    allow_physical_investment: bool = False


@dataclass
class Warning:
    code: str
    message: str
    evidence: str = ""

    def as_dict(self) -> dict:
        return {"code": self.code, "message": self.message, "evidence": self.evidence}


def check(facts: dict, evidence: dict[str, str], rules: Rules, ort_total: int = 0) -> list[Warning]:
    """Warnings for the officer; ``ort_total`` is what this ort already got this year."""
    warnings: list[Warning] = []
    members = facts.get("members")
    if members is not None and members < rules.min_members:
        warnings.append(
            Warning(
                "members",
                f"Färre än {rules.min_members} medlemmar ({members}).",
                evidence.get("members", ""),
            )
        )
    if rules.require_women_and_men and facts.get("women_and_men") is False:
        warnings.append(
            Warning(
                "gender",
                "Aktiviteten verkar rikta sig till bara ett kön.",
                evidence.get("women_and_men", ""),
            )
        )
    amount = facts.get("amount_sek")
    if amount is not None and amount > rules.max_amount_sek:
        warnings.append(
            Warning(
                "amount",
                f"Sökt belopp {amount:,} kr är över taket {rules.max_amount_sek:,} kr.".replace(
                    ",", " "
                ),
                evidence.get("amount_sek", ""),
            )
        )
    elif amount is not None and ort_total and ort_total + amount > rules.max_amount_sek:
        ort = facts.get("ort") or "orten"
        warnings.append(
            Warning(
                "ort_cap",
                f"{ort} har redan fått {ort_total:,} kr i år; med detta blir det "
                f"{ort_total + amount:,} kr, över taket {rules.max_amount_sek:,} kr.".replace(
                    ",", " "
                ),
                evidence.get("amount_sek", ""),
            )
        )
    if not rules.allow_salary_costs and facts.get("salary_costs"):
        warnings.append(
            Warning(
                "salary",
                "Budgeten verkar innehålla lönekostnader.",
                evidence.get("salary_costs", ""),
            )
        )
    if not rules.allow_physical_investment and facts.get("physical_investment"):
        warnings.append(
            Warning(
                "investment",
                "Budgeten verkar innehålla en fysisk investering (inköp eller bygge).",
                evidence.get("physical_investment", ""),
            )
        )
    number = facts.get("org_number")
    if number and not orgnr.is_valid(number):
        # Reported as written (it is what the applicant wrote), but the officer should know.
        warnings.append(
            Warning(
                "org_number",
                f"Organisationsnumret {number} stämmer inte (fel kontrollsiffra) – kontrollera det.",
                evidence.get("org_number", ""),
            )
        )
    return warnings
