"""Form fields of the case page: labels, parsing of typed values, and result messages."""

from __future__ import annotations

from collections.abc import Mapping

from fastapi import HTTPException

from bot.review import EDITABLE_FACTS

# (key, Swedish label, kind) in the order the form shows them.
FACT_FIELDS: list[tuple[str, str, str]] = [
    ("association_name", "Förening", "text"),
    ("org_number", "Organisationsnummer", "text"),
    ("members", "Antal medlemmar", "number"),
    ("contact_name", "Kontaktperson", "text"),
    ("contact_email", "Kontaktpersonens e-post", "text"),
    ("contact_phone", "Kontaktpersonens telefon", "text"),
    ("ort", "Ort", "text"),
    ("municipality", "Kommun", "text"),
    ("amount_sek", "Sökt belopp i kronor", "number"),
    ("women_and_men", "Riktar sig till både kvinnor och män", "bool"),
    ("salary_costs", "Lönekostnader i budgeten", "bool"),
    ("physical_investment", "Fysisk investering i budgeten", "bool"),
]

FLASH = {
    "del": "Bedömningen av delen är ändrad och loggad.",
    "uppgifter": "Uppgifterna är sparade och reglerna kontrollerade igen.",
    "godkant": "Ärendet är godkänt.",
    "avslaget": "Ärendet är avslaget.",
    "komplettering": "Kompletteringen är begärd; ärendet väntar nu på sökande.",
}


MAIL_FLASH = {
    "skickat": "Mejlet till sökande är skickat.",
    "kat": "Mejlet till sökande är köat och skickas så snart e-postservern svarar.",
}


def parse_amount(value: object, label: str) -> int | None:
    """'9 800', '9800' or '' (unknown); anything else is refused with the field's name."""
    text = str(value or "").replace("\u00a0", "").replace(" ", "").strip()
    if text.lower().endswith("kr"):
        text = text[:-2]
    if not text:
        return None
    if not text.isdigit():
        raise HTTPException(400, f"{label}: ange ett heltal, till exempel 9800.")
    return int(text)


def _bool(value: object) -> bool | None:
    return {"ja": True, "nej": False}.get(str(value or ""))


def parse_facts(form: Mapping) -> dict:
    """Typed changes from the facts form; fields that are not in the form are left alone."""
    changes: dict = {}
    for key, label, kind in FACT_FIELDS:
        if key not in form:
            continue
        raw = form.get(key)
        if kind == "number":
            changes[key] = parse_amount(raw, label)
        elif kind == "bool":
            changes[key] = _bool(raw)
        else:
            changes[key] = " ".join(str(raw or "").split())[:300] or None
    assert set(changes) <= set(EDITABLE_FACTS) | {"municipality"}
    return changes
