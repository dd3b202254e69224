"""The applying association: its name, and whether the mail says something about it.

The element needs both: a name ("Påryds Byalag") and something about the group
(what it is, where, since when, its members or org number). "Vi är några i
byn" names no one; a name alone in a signature says nothing about the group.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from stdnum.se import orgnr

from parsers.numbers import approx_number, word_number

ORG_WORDS = (
    r"(?i:förening(?:en)?|föreningar|byalag(?:et)?|byaråd(?:et)?|sällskap(?:et)?|gille(?:t)?|"
    r"klubb(?:en)?|spelmanslag(?:et)?|sånglag(?:et)?|idrottslag|jaktlag(?:et)?|kår(?:en)?|"
    r"vänner|nätverk(?:et)?|samfällighet(?:en)?|kooperativ(?:et)?|bygdelag(?:et)?|"
    r"fiskelag(?:et)?|hembygdslag(?:et)?|kör(?:en)?|"
    r"fågelskådare|\w+gäng(?:et)?|syjunta(?:n)?|\w*cirkel(?:n)?|grupp(?:en)?|sockenråd(?:et)?|crew|team|"
    r"association|society|club|neighbours|neighbors|network|group|choir|friends|"
    r"(?-i:\b(?:IF|IK|BK|SK|FF|PRO|SPF)\b)|hembygdsförening|ek\.\s*för\.?|(?-i:(?<=[A-ZÅÄÖ])\w{3,}lag(?:et)?)|"
    r"jakt\s?lag(?:et)?|(?-i:(?<=[a-zåäö]{3})lag(?:et)?))"
)
CAP = r"[A-ZÅÄÖ][\w\-'’åäöé]*"
NAME_BEFORE = re.compile(
    rf"\b((?:{CAP}s?[ \t]+){{0,3}}(?:{CAP}|[a-zåäö]+[ \t]+)?[\w\-åäöÅÄÖ]*?{ORG_WORDS}"
    rf"(?:[ \t]+(?:ekonomisk|ideell)[ \t]+förening)?)(?:s\b|\b)"
)
TYPE_FIRST = re.compile(
    rf"\b((?:(?-i:(?:IF|IK|BK|SK|FF|PRO|SPF)\b)|[A-ZÅÄÖ][\wåäö]*{ORG_WORDS})[ \t]+(?:vid[ \t]+|i[ \t]+)?(?:{CAP})(?:[ \t]+(?:{CAP}|skola))?)"
)
AFTER_CUE = re.compile(
    rf"(?i:föreningen|nätverket|gruppen|byalaget|sällskapet|sökande(?:\s+blir|\s+är|:)|"
    rf"(?:ordförande|kassör|sekreterare|ledamot|styrelsen|medlem|chair|member)\s+(?:i|för|of)|"
    rf"on behalf of|vi i|skriver för|skriver å|writing for|writing on behalf of|"
    rf"(?:startat|bildat|grundat) (?:en )?(?:ny )?förening,?|en förening,)\s+"
    rf"(?P<name>{CAP}(?:[ \t]+(?:i|på|vid|of|&|och)?[ \t]*{CAP}){{0,3}})"
)
ORGNR_RE = re.compile(r"(?<![\d-])(\d{6})[-\s]?(\d{4})(?![\d-])")
ORG_LABEL_RE = re.compile(
    r"(org\.?\s*-?\s*n(?:r|umm?er)?\.?|organisationsnummer|organisationsnr|orgnr|reg\.?\s*no)"
    r"[\s:.]*$",
    re.IGNORECASE,
)
ABOUT_RE = re.compile(
    r"\b(bildades|bildade|grundades|startade|startades|har funnits|funnits sedan|sedan \d{4}|"
    r"är en (?:ideell |ekonomisk |liten |stor |gammal )?(?:förening|grupp|nätverk)|"
    r"ideell förening|medlemmar|members|org\.?\s*n|organisationsnummer|verkar för|driver|"
    r"förvaltar|arrangerar|ordnar|vi är en|founded|registered|started|har stadgar|"
    r"andelsägare|hushåll)\b",
    re.IGNORECASE,
)
_WS = r"(?:[ \t]+\n?[ \t]*|\n[ \t]*)"  # a space or a wrapped line, never a blank line
_APPROX = r"(?:ca\.?[ \t]*|cirka[ \t]+|ungefär[ \t]+|omkring[ \t]+|drygt[ \t]+|knappt[ \t]+|runt[ \t]+|över[ \t]+|about[ \t]+|around[ \t]+)?"
_UNIT = r"(?:medlemmar|medlemshushåll|medlemsfamiljer|members|andelsägare|medl\b\.?)"
# Ways volunteers state their membership, most explicit first.
MEMBER_PATTERNS = [
    # "Medlemsantal 2025: 67", "Antal medlemmar per den 31 december 2025: 212", "medlemmar: trettiotvå"
    re.compile(
        r"\b(?:medlemsantal|medl\.?[ \t]*antal|antal[ \t]+medlemmar|medlemmar|members|medl\.)"
        r"(?:[ \t]+(?:per|den|vid|i)\b[^:\n]{0,40})?(?:[ \t]+(?:19|20)\d\d)?[ \t]*[:=][ \t]*"
        + _APPROX
        + r"(?P<n>\d+|[a-zåäö]+)",
        re.IGNORECASE,
    ),
    # "47 medlemmar", "ett fyrtiotal medlemmar", "med 74 enskilda medlemmar", "42 medl."
    re.compile(
        _APPROX + r"(?P<n>\d+|ett[ \t]+\w+tal|\w+tal|[a-zåäö]+)" + _WS + r"(?:st" + _WS + r")?"
        r"(?:(?P<adj>[a-zåäö]+)" + _WS + r")?" + _UNIT,
        re.IGNORECASE,
    ),
    # "ett 50-tal medlemmar", "femtiotalet medlemmar"
    re.compile(
        r"\b(?:ett[ \t]+)?(?P<n>\d{2,4})-tal(?:et)?[ \t]+(?:medlemmar|medl\b|members)", re.I
    ),
    re.compile(r"\b(?P<n>\w+tal)et[ \t]+(?:medlemmar|medl\b)", re.IGNORECASE),
    # "ca 120 hushåll är medlemmar", "de 27 fastigheterna längs vägen är delägare och därmed medlemmar"
    re.compile(
        _APPROX
        + r"(?P<n>\d+|[a-zåäö]+)"
        + _WS
        + r"(?:[\wåäö]+[ \t,]+){1,7}?(?:är|blir|som)[ \t]+(?:[\wåäö]+[ \t]+){0,3}?medlemmar",
        re.IGNORECASE,
    ),
    # "Ett sextiotal hushåll är med i byalaget"
    re.compile(
        r"(?P<n>\d+|ett[ \t]+\w+tal|\w+tal)[ \t]+(?:hushåll|familjer|personer|gårdar)[ \t]+är[ \t]+med"
        r"[ \t]+i[ \t]+(?:föreningen|byalaget|klubben|\w*förening\w*|\w*lag(?:et)?)",
        re.IGNORECASE,
    ),
    # "Medlemmar är markägarna inom området, just nu 38 st"
    re.compile(
        r"\bmedlemmar\b[^.\n]{0,60}?(?:just nu|i dag|idag|totalt)[ \t]*(?P<n>\d+)", re.IGNORECASE
    ),
    # "vi i Fågelfors jakt lag är elva stycken", "vi är 27 st"
    re.compile(
        r"\bvi\b[^.\n]{0,40}?\bär[ \t]+" + _APPROX + r"(?P<n>\d+|[a-zåäö]+)[ \t]+(?:st|stycken)\b",
        re.IGNORECASE,
    ),
]


@dataclass
class AssociationInfo:
    name: str | None
    org_number: str | None
    members: int | None
    evidence: list[str]
    has_description: bool
    members_text: str = ""

    @property
    def present(self) -> bool:
        return bool(self.name) and (
            self.has_description or bool(self.org_number) or self.members is not None
        )


def org_number(text: str) -> tuple[str | None, str]:
    """A Swedish organisation number: labelled "org.nr" or passing the Luhn check.

    A labelled number with a wrong check digit is still what the applicant
    wrote; ``org_number_valid`` lets the officer see that it does not check out.
    """
    for m in ORGNR_RE.finditer(text):
        digits = m.group(1) + m.group(2)
        if int(digits[2:4]) < 20:
            continue
        labelled = ORG_LABEL_RE.search(text[max(0, m.start() - 40) : m.start()])
        if labelled or orgnr.is_valid(digits):
            return f"{digits[:6]}-{digits[6:]}", m.group(0)
    return None, ""


def org_number_valid(number: str | None) -> bool | None:
    return None if not number else orgnr.is_valid(number.replace("-", ""))


def members(text: str) -> tuple[int | None, str]:
    """The stated member count, read from any of MEMBER_PATTERNS; years are never counts."""
    # Only paragraphs that talk about members can state their number.
    text = "\n\n".join(p for p in re.split(r"\n\s*\n", text) if MEMBER_HINT.search(p))
    for pattern in MEMBER_PATTERNS:
        for m in pattern.finditer(text):
            if VOLUNTEERING.match(text, m.end()):
                continue  # "14 medlemmar har lovat att vara värdar": helpers, not the count
            value = _count(m.group("n"))
            if value is None:
                # "vi är tjugotvå medlemmar": a word before the number was read first.
                value = next(
                    (v for w in m.group(0).split() if (v := _count(w.strip(",."))) is not None),
                    None,
                )
            if value and 2 <= value <= 100_000 and not 1900 <= value <= 2099:
                return value, m.group(0)
    return None, ""


VOLUNTEERING = re.compile(
    r"\s*(har lovat|lovar|ställer upp|hjälper|kommer att|var med|var där|har anmält|anmälde|"
    r"skrev upp|har skrivit|är funktionärer|will help|have promised|signed up)",
    re.IGNORECASE,
)


MEMBER_HINT = re.compile(r"medl|member|stycken|\bst\b|hushåll|andelsägare", re.IGNORECASE)


def _count(raw: str) -> int | None:
    raw = re.sub(r"^ett\s+", "", raw.strip(), flags=re.IGNORECASE)
    if raw.isdigit():
        return int(raw)
    return approx_number(raw) or word_number(raw)


# "Vi är Långemåla Läsecirkel, en liten förening …" / "We are X, a small association".
APPOSITION = re.compile(
    rf"(?i:vi är|we are|jag representerar|i represent)\s+[\"”“']?(?P<name>{CAP}(?:[ \t]+(?:i|på|vid|of|&|och|till|för|and|for)?[ \t]*{CAP}){{0,4}})[\"”“']?"
    rf"\s*,\s*(?i:en|ett|an?|the)\s+(?:[\wåäö\-]+\s+){{0,3}}?(?i:förening|grupp|nätverk|klubb|"
    rf"association|group|club|society|network|organisation|organization)"
)


ORG_WORD_ONLY = re.compile(ORG_WORDS)
ORG_END = re.compile(
    r"(förening|föreningen|byalag|byalaget|byaråd|byarådet|sällskap|sällskapet|gille|gillet|klubb|"
    r"klubben|lag|laget|kår|kåren|vänner|nätverk|nätverket|samfällighet|kooperativ|kör|kören|"
    r"cirkel|cirkeln|association|society|club|choir)s?$",
    re.IGNORECASE,
)
ORG_FULL = re.compile(ORG_WORDS, re.IGNORECASE)
# A single definite word ("Båtklubben", "Föreningen") refers to a group; it is no name.
DEFINITE_GROUP = re.compile(
    r"(föreningen|klubben|laget|gillet|kören|kåren|sällskapet|rådet|nätverket|gruppen|cirkeln)$",
    re.IGNORECASE,
)
SENTENCE_OR_LINE = re.compile(r"[^\n]+?(?:[.!?](?=\s)|$)", re.MULTILINE)


def _candidate_names(text: str) -> list[tuple[str, int]]:
    found = []
    for regex in (APPOSITION, AFTER_CUE):
        found += _names(regex, text, 0)
    # The two org-word patterns backtrack a lot: run them only on sentences with an org word.
    for piece in SENTENCE_OR_LINE.finditer(text):
        if ORG_WORD_ONLY.search(piece.group(0)):
            for regex in (TYPE_FIRST, NAME_BEFORE):
                found += _names(regex, piece.group(0), piece.start())
    return found


def _names(regex: re.Pattern, text: str, offset: int) -> list[tuple[str, int]]:
    out = []
    for m in regex.finditer(text):
        name = (m.groupdict().get("name") or m.group(1)).strip()
        out.append((_tidy(re.sub(r"\s+", " ", name)), offset + m.start()))
    return out


LEADING_NOISE = {
    "av",
    "härmed",
    "ansöker",
    "in",
    "i",
    "för",
    "till",
    "hej",
    "från",
    "med",
    "och",
    "söker",
    "att",
    "på",
    "hos",
    "the",
    "of",
    "for",
    "from",
    "dear",
}


def _tidy(name: str) -> str:
    """'GULLABO SENIORKLUBB SKULLE VILJA' → 'Gullabo Seniorklubb': an org word ends the
    name, words before it that are not part of it go, and capitals are written normally."""
    words = name.split()
    while len(words) > 1 and words[0].lower() in LEADING_NOISE:
        words = words[1:]
    for i, word in enumerate(words[:-1]):
        if ORG_END.search(word) and i >= 1:
            words = words[: i + 1]
            break
    if all(w.isupper() for w in words if len(w) > 2) and len(name) > 4:
        words = [
            w if len(w) <= 3 and w in ("IF", "IK", "BK", "SK", "FF", "PRO", "SPF") else w.title()
            for w in words
        ]
    return " ".join(words)


def _plausible(name: str) -> bool:
    words = name.split()
    if len(words) < 1 or len(name) < 4:
        return False
    if len(words) == 1 and (ORG_FULL.fullmatch(name) or DEFINITE_GROUP.search(name)):
        return False  # "Club", "Föreningen": a kind of group, not a name
    if words[0].lower() in {
        "vi",
        "vår",
        "er",
        "en",
        "ett",
        "den",
        "det",
        "min",
        "i",
        "hej",
        "the",
        "our",
        "a",
        "and",
        "och",
        "ni",
        "denna",
        "föreningen",
    }:
        return False
    return any(w[:1].isupper() for w in words)


APPLICANT_CUE = re.compile(
    r"\b(vi i|söker|ansöker|vill söka|sökande|på uppdrag av|vägnar|on behalf of|apply|"
    r"applying|org\.?\s*nr|organisationsnummer|medlemmar|members|bildades|grundades|äger|driver|förvaltar|"
    r"har funnits|är en|we are|vi är|startade|founded)\b",
    re.IGNORECASE,
)
PARTNER_CUE = re.compile(
    r"\b(tillsammans med|samverkan|samarbete|hjälper|medarrangör|står för|lånar|"
    r"ställer upp|bjuder på|co-host|promised|lovat|vill vara med|bidrar|tar hand om|"
    r"stöd från|support from|gives us|ger oss|är med och|är med på|co-host\w*)\b",
    re.IGNORECASE,
)


def _sentence_at(text: str, pos: int) -> str:
    """The sentence around pos; hard-wrapped lines belong to one sentence."""
    stops = (". ", "! ", "? ", ".\n", "\n\n")
    start = max(text.rfind(s, 0, pos) for s in stops) + 1
    ends = [i for i in (text.find(s, pos) for s in stops) if i >= 0]
    return text[start : min(ends) if ends else len(text)]


def find_association(text: str, subject: str = "", signature: str = "") -> AssociationInfo:
    """Read the applicant's name, org number, members and description."""
    number, number_text = org_number(text)
    count, count_text = members(text)
    names = [(n, p) for n, p in _candidate_names(text) if _plausible(n)]
    if not names and _mostly_lower(text):
        # "vi är timmernabbens gubbklubb": read a lower-case writer's names capitalised.
        capitalised = _capitalise(text)
        names = [
            (n, p)
            for regex in (APPOSITION, SELF_NAMED)
            for n, p in _names(regex, capitalised, 0)
            if _plausible(n) and ORG_WORD_ONLY.search(n)
        ]
    # The subject often carries the name ("Virserums Dragspelsklubb – ansökan").
    names += [(n, len(text)) for n, _ in _candidate_names(subject) if _plausible(n)]
    name = _pick(names, text, subject, signature)
    evidence = []
    description = False
    if name:
        for para in re.split(r"\n\s*\n", text):
            if name in para or (number_text and number_text in para):
                evidence.append(para.strip())
                if ABOUT_RE.search(para):
                    description = True
    if count_text and not any(count_text in e for e in evidence):
        evidence.append(count_text)
    return AssociationInfo(name, number, count, evidence[:3], description, count_text)


def _pick(names: list[tuple[str, int]], text: str, subject: str, signature: str) -> str | None:
    """The applicant, not a partner: score mentions by where and how they occur."""
    if not names:
        return None
    scores: dict[str, float] = {}
    first: dict[str, int] = {}
    for name, pos in names:
        sentence = _sentence_at(text, pos)
        score = 1.0
        if APPLICANT_CUE.search(sentence):
            score += 2
        if PARTNER_CUE.search(sentence):
            score -= 2.5
        scores[name] = scores.get(name, 0) + score
        first.setdefault(name, pos)
    for name in scores:
        if name.lower() in subject.lower():
            scores[name] += 3
        if signature and name.lower() in signature.lower():
            scores[name] += 3
        if re.search(ORG_WORDS + r"\b", name):
            scores[name] += 0.5
    best = max(scores, key=lambda n: (scores[n], -first[n]))
    return best if scores[best] > 0 else None


# "Vi Är Timmernabbens Gubbklubb" (a lower-case writer, capitalised): only self-naming counts.
SELF_NAMED = re.compile(
    rf"(?i:vi är|vi i|we are)[ \t]+(?P<name>(?:{CAP}[ \t]+){{0,3}}[\w\-åäöÅÄÖ]*?{ORG_WORDS})"
)


def _mostly_lower(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return bool(letters) and sum(c.isupper() for c in letters) < len(letters) * 0.01


def _capitalise(text: str) -> str:
    return re.sub(r"\b([a-zåäö])", lambda m: m.group(1).upper(), text)
