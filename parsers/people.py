"""The contact person: a named, reachable human — not "Styrelsen", not info@.

Volunteers sign off in many ways: a closing line and a name, "Mvh Kent Ström,
070-…", a "/Henrik" line, a role under the name, a phone from an iPhone
footer, or an explicit "Kontaktperson: …" sentence. A name counts only when a
phone number or a personal e-mail address makes the person reachable; the
From address counts when the signer is evidently its owner.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

import phonenumbers

from parsers.gazetteer import gazetteer

CLOSING_RE = re.compile(
    r"^\s*(med\s+)?(vänliga|vänlig|varma|glada|bästa|soliga|spelglada|många|hjärtliga)?\s*"
    r"(hälsningar|hälsning|hälsn)\b|^\s*(mvh|m\.v\.h|vh|hälsningar|hälsning|allt gott"
    r"|tack på förhand|tack och hej|ha det gott|kind regards|best regards|regards|best wishes"
    r"|yours sincerely|sincerely|cheers|thank you very much|thanks a lot|many thanks|thanks|thank you"
    r"|tack så mycket|stort tack|tusen tack|all the best|hej då|hejdå|groetjes|groeten"
    r"|met vriendelijke groet|viele grüße|liebe grüße|grüße|mit freundlichen grüßen|warm regards"
    r"|take care|best"
    r"|för styrelsen|på uppdrag av|vänligen)\b",
    re.IGNORECASE,
)
EXPLICIT_RE = re.compile(
    r"\b(?i:kontakt[ \t]?person|kontakta(?:[ \t]+gärna)?|kontakt|contact person|contact|ansvarig|"
    r"kontaktuppgifter|vem kontaktar jag\?|ring(?:[ \t]+gärna)?(?=[ \t])|det blir vår(?= \w+:)|"
    r"hör (?:gärna )?av (?:er|dig) till|frågor (?:besvaras av|till)|"
    r"(?:ni )?når (?:oss|mig) (?:via|genom|hos)|nås (?:via|genom)|you can reach(?: us)? via)"
    r"(?:\s+(?i:för|i|är|blir|kan|is|will be|for)\b[^:\n]{0,60}?)?\s*(?i:är|blir|is|:|–|-|\n)?[\s|]*"
    r"(?i:(?:vår|our)\s+\w+[:\s]+|\s*\w+:\s+|jag,?\s+|(?:kassören|ordföranden|sekreteraren|ledamoten|"
    r"the treasurer|the chair|the secretary)\s+)?(?P<name>[A-ZÅÄÖÉ][a-zåäöéü][\w\-åäöéü]*(?:[ \t]+[A-ZÅÄÖÉ][\w\-åäöéü]+){1,2})",
)
INTRO_RE = re.compile(
    r"(?P<first>[A-ZÅÄÖÉ][\w\-åäöéü]+\s+[A-ZÅÄÖÉ][\w\-åäöéü]+)(?=\s+heter jag\b)|"
    r"\b(?i:jag heter|mitt namn är|my name is|i am|i'm|det är jag som heter|"
    r"det är jag som (?:skrev|skickade|har skrivit|har skickat) (?:ansökan|mejlet|mailet)[:,]?|"
    r"det är jag,?|jag är)\s+"
    r"(?P<name>[A-ZÅÄÖÉ][\w\-åäöéü]+(?:\s+(?:de |van |von |af )?[A-ZÅÄÖÉ][\w\-åäöéü]+){1,2}"
    r"|(?<=heter )[a-zåäöé]+ [a-zåäöé]+(?= och| i|\.|,))",
)
NAME_TOKEN = r"[A-ZÅÄÖÉÜ][a-zåäöéüë]+(?:-[A-ZÅÄÖÉÜ][a-zåäöéüë]+)?"
PARTICLES = frozenset(("de", "van", "von", "af", "der", "den", "di"))
# "Anna Svensson", "Marieke van den Berg": two or three name tokens, particles between.
_FULL_NAME = rf"{NAME_TOKEN}(?:\s+(?:de|van|von|af|van der|van den|di)?\s*{NAME_TOKEN}){{1,2}}"
NAME_RE = re.compile(rf"^(?:/\s*)?(?P<name>{_FULL_NAME})(?:\s*[,(–].*|\s+-.*)?$")
EMAIL_RE = re.compile(r"[\w.+\-]+@[\w\-]+(?:\.[\w\-]+)+", re.UNICODE)
PHONE_LABEL = re.compile(
    r"(?i)\b(?:tel|telefon|tfn|mobil|mob|mobilnr|ring|ringa|nås på|nr|phone|call|cell)\b|[📞☎]"
)
NOT_A_PERSON = {
    "styrelsen",
    "föreningen",
    "byalaget",
    "gruppen",
    "hälsningar",
    "ordförande",
    "kassör",
    "sekreterare",
    "vänliga",
    "tack",
    "hej",
    "mvh",
    "region",
    "kalmar",
    "idéslanten",
    "landsbygdsutvecklare",
    "skickat",
    "sent",
    "från",
    "the",
    "board",
    "committee",
    "bygdegården",
    "hembygdsföreningen",
    "telefon",
    "tel",
    "mobil",
    "e-post",
    "mail",
    "regards",
    "kind",
    "best",
    "wishes",
    "greetings",
    "cheers",
    "thanks",
}
ROLE_MAILBOX = re.compile(
    r"^(info|kontakt|contact|styrelse|styrelsen|kansli|kansliet|forening|foreningen|post|admin|"
    r"office|ordf|ordforande|kassor|sekreterare|bygdegard|noreply|no-reply|hello|hej|mail|"
    r"bokning|byalag|hembygd)|(forening|styrelse|byalag|bygdegard|klubb|sallskap"
    r"|gille|scout|hembygd|sockenrad|byarad|intresse|fornminne|bygdelag|idrottslag)",
    re.IGNORECASE,
)


# A "name" made of group words is an association, never a person.
GROUP_WORD = re.compile(
    r"(förening|byalag|lag$|klubb|sällskap|gille|vänner|nätverk|kör$|kåren?$|råd(et)?$|"
    r"cirkel|grupp|styrelse|samfällighet|kooperativ|association|society|club|crew)",
    re.IGNORECASE,
)


ROLE_PREFIX = re.compile(
    r"^(?:ordf\.?|ordförande|kassör|sekr\.?|sekreterare|ledamot|vice ordf\.?|kontakt(?:person)?:?|"
    r"contact:?|chair|treasurer|secretary)\s+",
    re.IGNORECASE,
)


ROLE_SUFFIX = re.compile(
    r"\s+(?:ordf\.?|ordförande|kassör|sekr\.?|sekreterare|ledamot|styrelseledamot|chair|treasurer|"
    r"secretary)\b.*$",
    re.IGNORECASE,
)


ACRONYM = re.compile(r"\b(IF|IK|BK|SK|FF|PRO|SPF)\b")


@dataclass
class Contact:
    name: str | None
    email: str | None
    phone: str | None
    evidence: list[str]
    confidence: float

    @property
    def present(self) -> bool:
        return bool(self.name and (self.email or self.phone))


def fold(text: str) -> str:
    """Lower case without diacritics, for comparing names with addresses."""
    normal = unicodedata.normalize("NFKD", text.lower())
    return "".join(c for c in normal if not unicodedata.combining(c))


_NOT_A_PERSON_FOLDED = frozenset(fold(x) for x in NOT_A_PERSON)


def clear_memo() -> None:
    """Forget the phone numbers of the previous mail."""
    _phones.cache_clear()


def phones(text: str) -> list[str]:
    """Valid phone numbers as written, in order (see _phones)."""
    return list(_phones(text))


@lru_cache(maxsize=64)
def _phones(text: str) -> tuple[str, ...]:
    """Valid phone numbers as written, in order.

    A number that is only *possible* (a digit grouped wrongly, "0499-231 65 08") still counts
    when the writer says it is a phone ("tel", "ring", "mobil" just before it): people mistype
    their own numbers, and the officer would still call.
    """
    found = []
    for match in phonenumbers.PhoneNumberMatcher(text, "SE", leniency=phonenumbers.Leniency.VALID):
        found.append(match.raw_string.strip())
    if found or not PHONE_LABEL.search(text):
        return tuple(found)
    for match in phonenumbers.PhoneNumberMatcher(
        text, "SE", leniency=phonenumbers.Leniency.POSSIBLE
    ):
        raw = match.raw_string.strip()
        digits = re.sub(r"\D", "", raw)
        before = text[max(0, match.start - 30) : match.start]
        if raw[0] in "0+" and 9 <= len(digits) <= 12 and PHONE_LABEL.search(before):
            found.append(raw)
    return tuple(found)


def emails(text: str) -> list[str]:
    return [e.rstrip(".").lower() for e in EMAIL_RE.findall(text)]


def is_shared_mailbox(address: str, display_name: str = "") -> bool:
    """info@, styrelsen@, a mailbox named after the association: not a person's."""
    local = fold(address.split("@")[0])
    if ROLE_MAILBOX.search(local):
        return True
    return bool(display_name) and bool(
        re.search(
            r"förening|styrelse|byalag|klubb|sällskap|gille|bygdegård|lag\b|kår\b",
            display_name,
            re.IGNORECASE,
        )
    )


def same_person(name: str, address: str, display_name: str) -> bool:
    """Does the From address (or its display name) belong to this named person?"""
    parts = [p for p in re.split(r"[\s\-]+", fold(name)) if len(p) > 1]
    if not parts:
        return False
    local = fold(address.split("@")[0])
    shown = fold(display_name)
    last = parts[-1]
    # "Kerstin Ahlgren-Moberg" <kerstin.ahlgren@…>: either half of a double surname
    surnames = [p for w in fold(name).split()[1:] for p in w.split("-")] or [last]
    shown_parts = re.split(r"[\s\-]+", shown)
    if last in local or (shown and last in shown.split()):
        return True
    if any(p in local or (shown and p in shown_parts) for p in surnames if len(p) > 2):
        return True
    if len(parts) >= 2 and (
        # "ella k <ellak09@…>" signed "ella karlsson": first name and the surname's initial
        shown.split()[:2] == [parts[0], last[0]] or local.startswith(parts[0] + last[0])
    ):
        return True
    return bool(shown) and parts[0] in shown.split() and len(shown.split()) == 1


def _clean_name(name: str) -> str | None:
    words = name.split()
    if not words or any(fold(w) in _NOT_A_PERSON_FOLDED for w in words):
        return None
    if any(GROUP_WORD.search(w) for w in words):
        return None
    if _place_genitive(words[0]):
        return None  # "Figeholms Handelsbod": a place's shop or hall, not a person
    places = gazetteer().places
    if " ".join(words[:2]).lower() in places or " ".join(words).lower() in places:
        return None  # "Södra Vi Framtid": a place and what it wants, not a person
    return " ".join(
        w if not w.islower() or (i and w in PARTICLES) else w.capitalize()
        for i, w in enumerate(words)
    )


def _place_genitive(word: str) -> bool:
    """'Figeholms', 'Rocknebys': a locality of the county in the genitive."""
    return len(word) > 4 and word.endswith("s") and word[:-1].lower() in gazetteer().places


# Company footers under a signature: disclaimers, GDPR lines, social media, print nagging.
BOILERPLATE = re.compile(
    r"(konfidentiell|confidential|disclaimer|gdpr|personuppgifter|personal data|avsedd för|"
    r"intended (?:solely )?for|received this e-?mail in error|fått (?:detta |det här )?"
    r"(?:meddelande|mejl|e-postmeddelande)\w* (?:av misstag|felaktigt)|radera meddelandet|"
    r"följ oss på|follow us on|tänk på miljön|think before you print|otillåten användning|"
    r"unauthori[sz]ed use|spridning eller kopiering)",
    re.IGNORECASE,
)


# Phone-app footers and company boilerplate below a signature.
SKIP_LINE = re.compile(
    r"^(?:skickat från|sent from|hämta outlook|från min (?:samsung|iphone|ipad|android|mobil))"
    r"|" + BOILERPLATE.pattern,
    re.IGNORECASE,
)
INLINE_CLOSING = re.compile(
    r"(?:\b(?:hälsningar|hälsning|mvh|kram|best regards|regards)\b[,!.:]?|\s//?)\s*"
    r"(?P<rest>[^!?/]{3,60})$",  # (a "." may stand in "ordf. 076-…")
    re.IGNORECASE,
)


def signature_block(text: str) -> list[str]:
    """The lines after the last closing phrase, or the last few lines.

    A mail written as one long paragraph ends its last line with the signature
    ("…, hör av dig! Jessica Holm, mamma till Ella, 073-…"): its last clause counts.
    """
    # Only the end of a mail can hold its signature (footers included).
    lines = [ln.strip() for ln in text.split("\n")[-40:]]
    lines = [ln for ln in lines if not (len(ln) > 8 and SKIP_LINE.search(ln))]
    while lines and not lines[-1]:
        lines.pop()
    for i in range(len(lines) - 1, max(-1, len(lines) - 14), -1):
        if CLOSING_RE.match(lines[i]):
            tail = re.sub(CLOSING_RE, "", lines[i]).strip(" ,!.:")
            tail = re.sub(r"^(från|from|/)\s*", "", tail, flags=re.IGNORECASE)
            # "Kind regards / Vänliga hälsningar Marieke …": a closing in two languages
            while tail and CLOSING_RE.match(tail):
                tail = re.sub(CLOSING_RE, "", tail, count=1).strip(" ,!.:/")
            block = ([tail] if tail else []) + [ln for ln in lines[i + 1 : i + 9] if ln]
            return block
    tail = [ln for ln in lines[-4:] if ln and len(ln) < 80]
    for ln in lines[-4:]:
        # "… garn, lokalhyra och fika Hälsningar Lena Holm" (no punctuation, one line)
        inline = INLINE_CLOSING.search(ln) if len(ln) >= 80 else None
        if inline:
            tail.insert(0, inline.group("rest"))
    if lines and (len(lines[-1]) >= 80 or re.search(r"[.!?]\s", lines[-1])):
        clause = re.split(r"(?<=[.!?])\s+", lines[-1])[-1]
        clause = CLOSING_RE.sub("", clause).strip(" ,!.:")  # "… Excel-fil. Mvh Britt-Marie Öhman"
        # "… = 6 500 Sofia Hägg 073-601 22 47": the end of a long run-on clause
        tail.append(clause if len(clause) < 120 else clause[-80:])
    return tail


def _name_from_lines(lines: list[str], from_addr: str, from_name: str) -> tuple[str | None, str]:
    for index, line in enumerate(lines):
        couple = COUPLE.match(line.strip().lstrip("/").strip())
        if couple:  # "Göran och Ulla Persson": the first named is the contact
            name = _clean_name(f"{couple.group('first')} {couple.group('last')}")
            if name:
                return name, line
        segments = [x for x in re.split(r"[,|]", line) if x.strip()] or [""]
        candidate = segments[0].strip().lstrip("/").strip()
        candidate = ROLE_PREFIX.sub("", candidate)
        candidate = ROLE_SUFFIX.sub("", candidate)  # "Henrik Sandberg Ordförande"
        inner = re.search(r"\(([^)]*)\)", candidate)
        if inner and NAME_RE.match(inner.group(1).strip()):
            candidate = inner.group(1).strip()  # "/Robban (Robert Lind), kassör"
        candidate = re.sub(r"\s*\([^)]*\)", "", candidate)  # "Birgitta (Bibbi) Holm"
        candidate = TRAILING_REACH.sub("", candidate)  # "ella karlsson 072-303 88 41"
        m = NAME_RE.match(candidate)
        if m:
            name = _clean_name(m.group("name"))
            if name:
                return name, line
        # Lower-case or ALL-CAPS signatures ("gösta karlsson", "ARNE PETTERSSON
        # KASSÖR") count when they start with the sender's name.
        words = candidate.split()
        shown = fold(from_name).split()
        org_sender = bool(GROUP_WORD.search(from_name) or ACRONYM.search(from_name))
        if len(shown) >= 2 and not org_sender and [fold(w) for w in words[: len(shown)]] == shown:
            name = _clean_name(" ".join(words[: len(shown)]).lower())
            if name:
                return name, line
        prefix = NAME_PREFIX.match(candidate) if index == 0 else None
        following = candidate[prefix.end() :].split()[:1] if prefix else []
        if following and (GROUP_WORD.search(following[0]) or following[0][:1].islower()):
            # "Södra Ölands Fågelgrupp": the start of a group's name; "Ring Berit på …": prose
            prefix = None
        if prefix and (
            phones(" ".join(lines)) or same_person(prefix.group("name"), from_addr, from_name)
        ):
            name = _clean_name(prefix.group("name"))
            if name:
                return name, line
        # "MVH / GUNNAR BERG": a name line of its own right under the closing.
        if (
            index == 0
            and 2 <= len(words) <= 3
            and SHOUTED_OR_QUIET.match(candidate)
            and not any(w.lower() in NOT_NAME_WORDS for w in words)
        ):
            name = _clean_name(candidate.title())
            if name:
                return name, line
    return None, ""


TRAILING_REACH = re.compile(
    r"[\s,;:–-]*(?:tel\.?|mob\.?|mobil)?[\s:]*(?:\+?\d[\d\s\-]{5,}|\S+@\S+).*$", re.I
)
NOT_NAME_WORDS = frozenset(
    "very much mycket så best all the och and med with för for vi jag ni söker ansöker är har "
    "hej tack mvh det den kr kronor på nås enklast ring mig oss gärna telefon tel mobil via "
    "eller kl när om till från".split()
)
TRAILING_NAME_PHONE = re.compile(
    rf"(?P<name>{NAME_TOKEN}\s+{NAME_TOKEN})\s+(?:tel\.?:?\s*|mob\.?:?\s*)?\+?\d[\d \-]{{6,}}\d\s*$"
    # "Ring gärna: 0485-280 17 Gun-Britt Åkesson, kassör"
    rf"|\+?\d[\d \-]{{6,}}\d\s+(?P<after>{NAME_TOKEN}\s+{NAME_TOKEN})(?:\s*,\s*[a-zåäö]+\.?)?\s*$"
)
# "Marieke van den Berg Villa Havsro B&B, Figeholm +46 70 …": a name starting the line
# right after the closing, with more after it.
NAME_PREFIX = re.compile(rf"^(?:/\s*)?(?P<name>{_FULL_NAME}?)\b")
NICKNAME = re.compile(r"(?<=[A-ZÅÄÖa-zåäö])\s+[\"“”'][A-ZÅÄÖ][a-zåäö]+[\"“”']\s+(?=[A-ZÅÄÖ])")
COUPLE = re.compile(
    rf"^(?P<first>{NAME_TOKEN})\s+(?:och|&|and)\s+{NAME_TOKEN}\s+(?P<last>{NAME_TOKEN})\s*$"
)
SHOUTED_OR_QUIET = re.compile(
    r"^(?:[A-ZÅÄÖÉ]{2,}(?:-[A-ZÅÄÖÉ]{2,})?(?:\s+|$)){2,3}$|^(?:[a-zåäöé]{2,}(?:-[a-zåäöé]{2,})?(?:\s+|$)){2,3}$"
)


FORWARDED_FROM = re.compile(
    r"^\W*(?:från|from|avsändare)\s*:\s*\"?(?P<shown>[^<\n\"]*?)\"?\s*<(?P<addr>[^>\s]+@[^>\s]+)>",
    re.IGNORECASE | re.MULTILINE,
)


FIRST_NAME_LINE = re.compile(
    r"^(?:[/\s]*|.*\b(?:hälsningar|hälsning|hälsn|mvh|vh|kram|regards|cheers)\b[,!.:]?\s*)"
    r"(?P<first>[A-ZÅÄÖÉa-zåäöé][a-zåäöéA-ZÅÄÖÉ\-]+)\b",
    re.IGNORECASE,
)


def _first_name_with_phone(
    block: list[str], from_addr: str, from_name: str, tail_text: str = ""
) -> tuple[str | None, str]:
    shown = from_name.split()
    if not from_addr or is_shared_mailbox(from_addr, from_name):
        return None, ""
    joined = "\n".join(block)
    if not phones(joined) and not phones(tail_text):
        return None, ""
    local = fold(from_addr.split("@")[0])
    for line in block:
        m = FIRST_NAME_LINE.match(line.strip())
        if not m:
            continue
        first = fold(m.group("first"))
        if len(shown) >= 2 and first == fold(shown[0]):
            full = " ".join(w if not (w.isupper() or w.islower()) else w.title() for w in shown)
            name = _clean_name(full)
            if name:
                return name, joined
        # "//Kalle" and a phone from kalle.h.alsterbro@…: his own address, his first name
        # (Only when no full name is shown: "Pelle" from "Per Lindqvist" is not the same.)
        full_shown = len([w for w in shown if len(w) > 1]) >= 2
        if (
            not full_shown
            and len(first) >= 3
            and local.startswith(first)
            and first not in NOT_NAME_WORDS
        ):
            name = _clean_name(m.group("first").capitalize())
            if name:
                return name, joined
    return None, ""


def _standalone_sender_name(text: str, from_addr: str, from_name: str) -> str | None:
    for line in text.split("\n"):
        m = NAME_RE.match(line.strip())
        if m and m.group(0).strip() == line.strip():
            name = _clean_name(m.group("name"))
            if name and from_addr and same_person(name, from_addr, from_name):
                return name
    return None


AUTHORITY = re.compile(r"\b(kommun|region|länsstyrelse\w*|municipality|county)\b", re.IGNORECASE)


def is_authority_signature(text: str) -> bool:
    """A municipal or regional official forwarding for a group is not its contact."""
    return bool(AUTHORITY.search("\n".join(signature_block(text))))


FIRST_NAME_CALL = re.compile(
    r"\b(?i:ring|ringa|kontakta|call|contact|fråga efter|prata med)\s+"
    r"(?P<first>[A-ZÅÄÖ][a-zåäö]{2,})\s+(?i:på|at|on|via)\s+(?P<phone>\+?\d[\d \-]{5,}\d)"
)
VCARD_FIELD = re.compile(r"^(?P<key>FN|TEL|EMAIL)(?:;[^:\n]*)?:(?P<value>[^\n]+)$", re.M | re.I)


def has_vcard(text: str) -> bool:
    return "BEGIN:VCARD" in text.upper()


def _vcard(text: str) -> Contact | None:
    """A pasted or attached business card (BEGIN:VCARD … FN:Jonna Sjöberg … TEL:…)."""
    if not has_vcard(text):
        return None
    fields: dict[str, str] = {}
    for m in VCARD_FIELD.finditer(text):
        fields.setdefault(m.group("key").upper(), m.group("value").strip())
    name = _clean_name(fields.get("FN", ""))
    if not name or len(name.split()) < 2:
        return None
    email = fields.get("EMAIL", "").lower() or None
    if email and is_shared_mailbox(email):
        email = None
    phone = fields.get("TEL") or None
    if not (email or phone):
        return None
    return Contact(name, email, phone, [f"FN:{fields['FN']}"], 0.9)


def find_contact(text: str, from_addr: str, from_name: str) -> Contact:
    """Find the contact person in the mail's own text."""
    card = _vcard(text)
    if card and not EXPLICIT_RE.search(text):
        return card
    evidence: list[str] = []
    name = None
    text = NICKNAME.sub(" ", text)  # 'Monica "Mojje" Fransson'
    explicit = EXPLICIT_RE.search(text)
    context = ""
    if explicit:
        name = _clean_name(explicit.group("name"))
        if name:
            start = text.rfind("\n\n", 0, explicit.start()) + 1
            end = text.find("\n\n", explicit.end())
            context = text[start : end if end > 0 else len(text)]
            evidence.append(context.strip())
    block = signature_block(text)
    if not name:
        name, line = _name_from_lines(block, from_addr, from_name)
        if name:
            context = "\n".join(block)
            evidence.append(context)
    if not name:
        # "Svarar i texten nedan. / Hanna Nyberg" above inline answers: the sender's own
        # name on a line of its own anywhere in the new text.
        name = _standalone_sender_name(text, from_addr, from_name)
        if name:
            context = name
            evidence.append(name)
    if not name:
        # "//Kalle 070-311 42 87" from Kalle Nilsson's own address: a first name that is the
        # sender's, with a phone to reach him. (A first name alone, without a phone, is not.)
        name, context = _first_name_with_phone(block, from_addr, from_name, text[-300:])
        if name:
            evidence.append(context)
    if not name:
        # "… se bilden (skrev för hand sorry) Kjell Persson 070-771 23 45": name and number
        # end the mail's last line.
        tail_line = TRAILING_NAME_PHONE.search("\n".join(block[-3:]) if block else "")
        if tail_line:
            name = _clean_name(tail_line.group("name") or tail_line.group("after"))
            if name:
                context = tail_line.group(0)
                evidence.append(context)
    if not name:
        # "ring Berit på 0471-502 31, hon är vår kassör": a first name with her number
        call = FIRST_NAME_CALL.search(text)
        if call and _clean_name(call.group("first")):
            return Contact(call.group("first"), None, call.group("phone"), [call.group(0)], 0.75)
    if not name:
        intro = INTRO_RE.search(text)
        if intro:
            found = intro.group("first") or intro.group("name")  # "Per Lindqvist heter jag"
            name = _clean_name(found.title() if found.islower() else found)
            if name:
                context = "\n".join(block)
                evidence.append(intro.group(0))
    if not name:
        return Contact(None, None, None, [], 0.8)
    # An explicit contact line's own number, or the signature's when it is the same person;
    # not a number elsewhere (a municipal official's switchboard in her signature).
    tail = "\n".join(block)
    same_as_signer = bool(name) and name.split()[-1].lower() in tail.lower()
    phone_list = phones(context) or (
        phones(text) if not explicit or same_as_signer else phones(tail) if same_as_signer else []
    )
    own_emails = [e for e in emails(context) if not is_shared_mailbox(e)]
    email = own_emails[0] if own_emails else None
    if email is None and from_addr and not is_shared_mailbox(from_addr, from_name):
        if same_person(name, from_addr, from_name):
            email = from_addr
    if email is None:
        # A forwarded application: "Från: Gunnar Axelsson <gunnar.axelsson@…>" is his address.
        for m in FORWARDED_FROM.finditer(text):
            if same_person(name, m.group("addr"), m.group("shown")) and not is_shared_mailbox(
                m.group("addr")
            ):
                email = m.group("addr")
                break
    phone = phone_list[0] if phone_list else None
    confidence = 0.9 if (email and phone) else 0.75
    return Contact(name, email, phone, evidence, confidence)
