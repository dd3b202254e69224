"""The whole reading of one mail: raw bytes in, an Extraction out.

This is the pure core that the worker, ``intake extract`` and the tests all
call. It never raises on bad input that a real mailbox can contain; it
returns what it could read, and the caller stores the raw bytes regardless.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime
from email.utils import parseaddr

from parsers import (
    association,
    budget,
    classify,
    elements,
    facts,
    gazetteer,
    nlp,
    numbers,
    people,
    text,
)
from parsers.elements import ELEMENTS, Element
from parsers.mime import ParsedMail, parse

FACT_KEYS = (
    "association_name",
    "org_number",
    "contact_name",
    "contact_email",
    "contact_phone",
    "members",
    "ort",
    "amount_sek",
    "women_and_men",
    "salary_costs",
    "physical_investment",
)


@dataclass
class Extraction:
    """What the bot read from one mail, with evidence for every conclusion."""

    message_id: str | None
    subject: str
    from_addr: str
    from_name: str
    reply_to: str | None
    date: datetime | None
    thread_ids: list[str]
    kind: str
    kind_reasons: list[str]
    language: str
    elements: dict[str, Element]
    facts: dict
    fact_evidence: dict[str, str]
    municipality: str | None
    new_text: str
    quoted_text: str
    attachments: list[dict] = field(default_factory=list)
    defects: list[str] = field(default_factory=list)

    @property
    def is_machine(self) -> bool:
        return self.kind in classify.MACHINE_KINDS

    def missing(self) -> list[str]:
        if self.kind not in ("application", "followup"):
            return []
        return [name for name in ELEMENTS if not self.elements[name].present]

    def to_json(self) -> dict:
        """The schema of shared/corpus/README.md, plus evidence and reasons."""
        return {
            "kind": self.kind,
            "language": self.language,
            "elements": {name: self.elements[name].as_dict() for name in ELEMENTS},
            "facts": dict(self.facts),
            "municipality": self.municipality,
            "kind_reasons": self.kind_reasons,
            "fact_evidence": self.fact_evidence,
            "missing": self.missing(),
        }


def _empty_elements(reason: str) -> dict[str, Element]:
    return {name: Element(False, 0.9, [], reason) for name in ELEMENTS}


def extract(
    raw: bytes,
    *,
    own_addresses: frozenset[str] = frozenset(),
    max_attachment_bytes: int = 15_000_000,
    max_text_chars: int = 200_000,
) -> Extraction:
    """Parse and read one raw mail."""
    mail = parse(raw, max_attachment_bytes=max_attachment_bytes)
    return extract_mail(mail, own_addresses=own_addresses, max_text_chars=max_text_chars)


def extract_mail(
    mail: ParsedMail, *, own_addresses: frozenset[str] = frozenset(), max_text_chars: int = 200_000
) -> Extraction:
    # Phone numbers are looked up several times per mail; the memo lives for one mail only
    # (a benchmark that repeats mails must not be served from it).
    people.clear_memo()
    split = text.split_quotes(mail.body_text[:max_text_chars], mail.subject)
    attached = "\n\n".join(a.text for a in mail.attachments if a.text)[:max_text_chars]
    # Personnummer are masked before anything reads the text, so no evidence,
    # fact or stored extraction can carry one.
    own = text.mask_personnummer(text.unwrap(text.plain(split.new)))
    full = own + (
        "\n\n" + text.mask_personnummer(text.unwrap(text.plain(attached))) if attached else ""
    )
    sentences = nlp.sentences(full)

    contact = _with_reply_to(_contact(split, own, mail, attached), mail)
    signature = "\n".join(people.signature_block(own))
    assoc = association.find_association(full, mail.subject, signature)
    if contact.name and assoc.name and people.fold(contact.name) == people.fold(assoc.name):
        # "Styrelsen / Trekantens Vinterbadare": the association signing, not a person.
        contact = people.Contact(None, None, None, [], 0.8)
    # "Idéslanten Långasjö – budget: hyra 2 400 kr, föreläsare 5 000 kr, …": a subject that
    # carries the cost items is read with the budget.
    subject_costs = mail.subject if len(numbers.money(mail.subject)) >= 2 else ""
    money = budget.read_budget(
        nlp.sentences(subject_costs) + sentences if subject_costs else sentences
    )
    has_budget, budget_conf, budget_lines = budget.has_budget(money)

    withdrawn = bool(WITHDRAWN.search(own))
    found = {
        "association": Element(
            assoc.present,
            0.85 if assoc.present else 0.75,
            assoc.evidence,
            "förening namngiven och beskriven"
            if assoc.present
            else "ingen namngiven förening med beskrivning",
        ),
        "contact": Element(
            contact.present,
            contact.confidence,
            contact.evidence,
            "namngiven kontaktperson som går att nå"
            if contact.present
            else "ingen namngiven kontaktperson med telefon eller e-post",
        ),
        "activity": elements.activity(_subject_activity(mail.subject) + sentences),
        "anchoring": elements.anchoring(sentences, assoc.name),
        "budget": Element(
            has_budget,
            budget_conf,
            budget_lines[:8],
            "kostnadsposter med belopp" if has_budget else "ingen budget med kostnadsposter",
        ),
    }
    if withdrawn:
        # "Vi drar tillbaka ansökan": nothing in it is part of an application any more.
        for name in ("association", "activity", "anchoring", "budget"):
            found[name] = Element(False, 0.9, [], "ansökan dras tillbaka")
    present = sum(e.present for e in found.values())
    kind = classify.classify(
        mail, own, present, has_budget, own_addresses, has_activity=found["activity"].present
    )
    language = classify.language(mail.subject + "\n" + own)

    gender, gender_ev = facts.women_and_men(sentences)
    salary, salary_ev = facts.salary_costs(sentences)
    invest, invest_ev = facts.physical_investment(sentences)
    ort = gazetteer.best_ort(mail.subject, full)
    values = {
        "association_name": assoc.name if assoc.present or assoc.name else None,
        "org_number": assoc.org_number,
        "contact_name": contact.name if contact.present else None,
        "contact_email": contact.email if contact.present else None,
        "contact_phone": contact.phone if contact.present else None,
        "members": assoc.members,
        "ort": ort,
        "amount_sek": money.amount(),
        "women_and_men": gender,
        "salary_costs": salary,
        "physical_investment": invest,
    }
    evidence = {
        "amount_sek": money.applied_text or (money.totals[-1].text if money.totals else ""),
        "members": _sentence_around(full, assoc.members_text),
        "women_and_men": gender_ev,
        "salary_costs": salary_ev,
        "physical_investment": invest_ev,
    }
    if kind.kind in classify.MACHINE_KINDS:
        found = _empty_elements("maskinellt mejl")
        values = dict.fromkeys(FACT_KEYS)
        evidence = {}
    elif kind.kind == "question":
        found = _empty_elements("en fråga, ingen ansökan")
        values["salary_costs"] = values["salary_costs"] or None
        values["physical_investment"] = values["physical_investment"] or None
    return Extraction(
        message_id=mail.message_id,
        subject=mail.subject,
        from_addr=mail.from_addr,
        from_name=mail.from_name,
        reply_to=_address(mail.header("reply-to")),
        date=mail.date,
        thread_ids=mail.thread_ids(),
        kind=kind.kind,
        kind_reasons=kind.reasons,
        language=language,
        elements=found,
        facts=values,
        fact_evidence={k: text.mask_personnummer(v) for k, v in evidence.items() if v},
        municipality=gazetteer.gazetteer().municipality(values["ort"]),
        new_text=full,
        quoted_text=text.mask_personnummer(split.quoted),
        attachments=[
            {
                "filename": a.filename,
                "content_type": a.content_type,
                "size": a.size,
                "has_text": bool(a.text),
                "error": a.error,
            }
            for a in mail.attachments
        ],
        defects=mail.defects,
    )


def _address(value: str) -> str | None:
    from email.utils import parseaddr

    addr = parseaddr(value)[1] if value else ""
    return addr.lower() if "@" in addr else None


def _sentence_around(text: str, fragment: str) -> str:
    """The whole sentence (or line) that contains a fragment, for the officer to read."""
    if not fragment:
        return ""
    at = text.find(fragment)
    if at < 0:
        return fragment
    start = max(text.rfind(". ", 0, at) + 1, text.rfind("\n", 0, at) + 1)
    ends = [i for i in (text.find(". ", at + len(fragment)), text.find("\n", at)) if i >= 0]
    return text[start : min(ends) + 1 if ends else len(text)].strip()


WITHDRAWN = re.compile(
    r"\b(?:drar|drog) (?:vi )?tillbaka (?:vår |er |min )?ansökan|\båterkallar (?:vår |min )?ansökan|"
    r"\bwithdraw(?:ing)? (?:our|the) application",
    re.IGNORECASE,
)


def _subject_activity(subject: str) -> list[nlp.Sentence]:
    """'Idéslanten: Kyrkstigsvandring med berättarkväll i Kristdala lördag 16 maj': a subject
    that names a dated activity says what the body then only adds to."""
    from parsers.subject import strip_prefixes

    if strip_prefixes(subject) != subject.strip() or text.CASE_REFERENCE.search(subject):
        return []  # a reply's subject belongs to the thread, not to what this mail says
    cues = nlp.cue_labels(subject)
    if cues["specific_activity"] and cues["time"]:
        return [nlp.Sentence(subject.strip(), 0, len(subject), cues, len(subject.split()))]
    return []


def _with_reply_to(contact: people.Contact, mail: ParsedMail) -> people.Contact:
    """Sent from a shared or family mailbox with Reply-To the signer's own address: that
    address is the contact's e-mail."""
    shown, address = parseaddr(mail.header("reply-to"))
    if not (contact.name and address and "@" in address):
        return contact
    if people.is_shared_mailbox(address, shown):
        return contact
    # (A personal address already found wins: a Reply-To may carry a typo.)
    first = people.fold(contact.name.split()[0])
    own_already = bool(contact.email) and first in people.fold(contact.email.split("@")[0])
    if people.same_person(contact.name, address, shown) and not own_already:
        contact.email = address.lower()
    return contact


def _contact(
    split: text.MailText, own: str, mail: ParsedMail, attached: str = ""
) -> people.Contact:
    """The forwarder's own signature first (they are usually the contact), unless an
    official forwards for a group; then the text; then a subject that carries it all."""
    if split.forwarded and split.preface and not people.is_authority_signature(split.preface):
        # "Vidarebefordrar ansökan som Kerstin skrev … Kontaktperson: Kerstin Möller" – an
        # explicit contact line in the forwarded application outranks the forwarder.
        body = own[len(split.preface) :] if own.startswith(split.preface) else own
        named = people.EXPLICIT_RE.search(body)
        if named:
            contact = people.find_contact(body, "", "")
            if contact.present:
                return contact
        contact = people.find_contact(split.preface, mail.from_addr, mail.from_name)
        if contact.present:
            return contact
    if split.forwarded and people.is_authority_signature(split.preface or own):
        body = own[len(split.preface) :] if own.startswith(split.preface) else own
        return people.find_contact(body, "", "")
    contact = people.find_contact(own, mail.from_addr, mail.from_name)
    if (
        not contact.present
        and attached
        and (people.EXPLICIT_RE.search(attached) or people.has_vcard(attached))
    ):
        # "allt står i filen //Maja": the contact line is in the attached application.
        in_file = people.find_contact(attached, mail.from_addr, mail.from_name)
        if in_file.present:
            return in_file
    if not contact.present and len(own) < 200:
        # "Ansökan … kontakt Karin Ek 070-341 56 92, se bifogad fil" from an iPad.
        subject_contact = people.find_contact(mail.subject, mail.from_addr, mail.from_name)
        if subject_contact.present:
            return subject_contact
    return contact
