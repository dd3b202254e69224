"""The stated member count, in every form volunteers write it.

"47 medlemmar", "ett fyrtiotal", "ett 50-tal", "medl.antal: 118", "ca 120 hushåll är
medlemmar", "vi är elva stycken" — never a year, and never the volunteers ("14 medlemmar har
lovat att vara värdar").
"""

from __future__ import annotations

import re

from parsers.numbers import approx_number, word_number

_WS = r"(?:[ \t]+\n?[ \t]*|\n[ \t]*)"  # a space or a wrapped line, never a blank line
_APPROX = r"(?:ca\.?[ \t]*|cirka[ \t]+|ungefär[ \t]+|omkring[ \t]+|drygt[ \t]+|knappt[ \t]+|runt[ \t]+|över[ \t]+|about[ \t]+|around[ \t]+)?"
_UNIT = (
    r"(?:medlemmar|medlemshushåll|medlemsfamiljer|medlemsfastigheter|delägarfastigheter|"
    r"member households|members|andelsägare|delägare|medl\b\.?)"
)
# "47 medlemmar", "ett fyrtiotal medlemmar", "med 74 enskilda medlemmar", "42 medl."
COUNT_THEN_UNIT = re.compile(
    r"\b"
    + _APPROX
    + r"(?P<n>\d+|ett[ \t]+\w+tal|\w+tal|[a-z]+-[a-z]+|[a-zåäö]+)(?:-odd|-ish|\+)?"
    + _WS
    + r"(?:st"
    + _WS
    + r")?"
    r"(?:(?P<adj>[a-zåäö]+)" + _WS + r")?" + _UNIT,
    re.IGNORECASE,
)
# "ca 120 hushåll är medlemmar", "de 27 fastigheterna längs vägen är delägare och därmed medlemmar"
COUNT_ARE_MEMBERS = re.compile(
    r"\b"
    + _APPROX
    + r"(?P<n>\d+|[a-zåäö]+)"
    + _WS
    + r"(?:[\wåäö]+[ \t,]+){1,7}?(?:är|blir|som)[ \t]+(?:[\wåäö]+[ \t]+){0,3}?medlemmar",
    re.IGNORECASE,
)
# These two start at any word and are costly: run them only where their unit word stands.
NEEDS: dict[re.Pattern, tuple[str, ...]] = {
    COUNT_THEN_UNIT: ("medl", "member", "andelsägare", "delägar"),
    COUNT_ARE_MEMBERS: ("medlemmar",),
}

# Ways volunteers state their membership, most explicit first.
MEMBER_PATTERNS = [
    # "Medlemsantal 2025: 67", "Antal medlemmar per den 31 december 2025: 212", "medlemmar: trettiotvå"
    re.compile(
        r"\b(?:medlemsantal|medl\.?[ \t]*antal|antal[ \t]+medlemmar|medlemmar|members|medl\.)"
        r"(?:[ \t]+(?:per|den|vid|i)\b[^:\n]{0,40})?(?:[ \t]+(?:19|20)\d\d)?[ \t]*[:=][ \t|]*"
        + _APPROX
        + r"(?P<n>\d+|[a-zåäö]+)",
        re.IGNORECASE,
    ),
    # "Medlemmar ca 60 (scouter och ledare)", "antal medl. 38" – a label without a colon
    re.compile(
        r"\b(?:medlemmar|medlemsantal|antal[ \t]+medl(?:emmar|\.)?|members)[ \t]*[:|]?[ \t]*"
        + _APPROX
        + r"(?P<n>\d{1,5})\b(?![-\d])",
        re.IGNORECASE,
    ),
    COUNT_THEN_UNIT,
    # "ett 50-tal medlemmar", "femtiotalet medlemmar"
    re.compile(
        r"\b(?:ett[ \t]+)?(?P<n>\d{2,4})-?tal(?:et)?[ \t]+(?:medlemmar|medl\b|members)", re.I
    ),
    re.compile(r"\b(?P<n>\w+tal)et[ \t]+(?:medlemmar|medl\b)", re.IGNORECASE),
    COUNT_ARE_MEMBERS,
    # "Ett sextiotal hushåll är med i byalaget"
    re.compile(
        r"(?P<n>\d+|ett[ \t]+\w+tal|\w+tal)[ \t]+(?:hushåll|familjer|personer|gårdar)[ \t]+är[ \t]+med"
        r"[ \t]+i[ \t]+(?:föreningen|byalaget|klubben|\w*förening\w*|\w*lag(?:et)?)",
        re.IGNORECASE,
    ),
    # "an association of 18 families", "Vi är 14 familjer i föreningen"
    re.compile(
        r"(?:\b(?:association|network|group|förening|nätverk|grupp)\w*(?:[ \t]*\([^)\n]{0,80}\))?"
        r"[ \t]+(?:of|med|som består av)"
        r"|\bvi är)[ \t]+" + _APPROX + r"(?P<n>\d+|[a-zåäö]+)[ \t]+(?:families|households|familjer|"
        r"hushåll)\b(?![ \t]+(?:kom|var|svarade|came|answered))",
        re.IGNORECASE,
    ),
    # "Vi är Ungdomsrådet i Ankarsrum, 15 st unga …", "Mansgruppen är 19 gubbar och …"
    re.compile(
        r"\bvi är [^.\n]{0,50}?,[ \t]*(?:typ[ \t]+|ca\.?[ \t]+|cirka[ \t]+|ungefär[ \t]+)?(?:ett[ \t]+)?"
        r"(?P<n>\d+|\w+tal|[a-zåäö]+)[ \t]+(?:st|personer|pers)\b"
        r"|\bvi är (?P<k>\d{1,4})(?=[ \t]*[.!]|[ \t]*$)"
        r"|\b(?:vi|gruppen|\w+gruppen|\w+klubben|\w+cirkeln|föreningen|laget)[ \t]+är[ \t]+"
        r"(?:ca\.?[ \t]*|cirka[ \t]+|drygt[ \t]+)?(?P<m>\d+)[ \t]+(?:gubbar|kvinnor|damer|män|"
        r"personer|pensionärer|unga|ungdomar|st|stycken)\b",
        re.IGNORECASE,
    ),
    # "We are a group of about 15 neighbours", "Vi är fjorton konstnärer och hantverkare"
    re.compile(
        r"\b(?:we are|we're) (?:a group of |a bunch of )?(?:about |around |some )?(?P<n>\d+|[a-z]+) "
        r"(?:neighbours|neighbors|people|families|friends|members|volunteers|women|men)\b"
        r"|\bvi är (?:ca |cirka |ungefär |runt )?(?P<m>\d+|[a-zåäö]+) (?:\w+(?:are|ärer|er|ar|or))\b",
        re.IGNORECASE,
    ),
    # "Kören har 24 sångare", "Där är vi 38 st från nästan alla gårdar"
    re.compile(
        r"\b(?:kören|cirkeln|gruppen|laget|klubben|föreningen|orkestern|sektionen)[ \t]+har[ \t]+"
        + _APPROX
        + r"(?P<n>\d+|[a-zåäö]+)[ \t]+(?:sångare|spelare|musiker|deltagare|aktiva)\b"
        r"|\bär[ \t]+vi[ \t]+(?:ca[ \t]+|cirka[ \t]+|runt[ \t]+)?(?P<m>\d+)[ \t]+(?:st|stycken|personer|pers)\b",
        re.IGNORECASE,
    ),
    # "Vi är ett 30-tal föräldrar i gruppen", "en cirkel med 11 deltagare"
    re.compile(
        r"\bvi är (?:ett[ \t]+)?(?P<n>\d{2,4}-?tal|\w+tal) (?:\w+(?:are|ärer|er|ar|or))\b"
        r"|\bvi är (?:väl |nog |ungefär |kanske )?ett (?P<k>\w+tal)\b"
        r"|\b(?:studie)?(?:cirkel|cirkeln|kör|kören)[ \t]+med[ \t]+"
        r"(?P<m>\d+|[a-zåäö]+)[ \t]+(?:deltagare|personer|sångare|medlemmar)\b",
        re.IGNORECASE,
    ),
    # "vi e typ 30 pers i byalaget", "Föreningen samlar ungefär 160 hushåll"
    re.compile(
        r"\bvi (?:är|e) (?:typ |ca |cirka |ungefär )?(?P<n>\d+) (?:pers|personer|st)\b"
        r"|\bsamlar (?:ca |cirka |ungefär |runt |drygt )?(?P<m>\d+) (?:hushåll|familjer|medlemmar)\b",
        re.IGNORECASE,
    ),
    # "vi i byalaget (ett sextiotal hushåll)", "fjorton familjer just nu"
    re.compile(
        r"(?:(?:byalag|förening|klubb|lag)\w*[ \t]*\([ \t]*(?:ca\.?[ \t]*|cirka[ \t]+|ungefär[ \t]+)?"
        r"(?P<n>ett[ \t]+\w+tal|\w+tal|\d+|[a-zåäö]+)[ \t]+(?:hushåll|familjer|medlemmar)[ \t]*\))",
        re.IGNORECASE,
    ),
    re.compile(
        r"\b(?P<n>\d+|[a-zåäö]+)[ \t]+(?:familjer|hushåll)[ \t]+(?:just nu|i dag|idag|totalt)\b",
        re.IGNORECASE,
    ),
    # "Medlemmar är markägarna inom området, just nu 38 st"
    re.compile(
        r"\bmedlemmar\b[^.\n]{0,60}?(?:just nu|i dag|idag|totalt)[ \t]*(?P<n>\d+)", re.IGNORECASE
    ),
    # "vi i Fågelfors jakt lag är elva stycken", "vi är 27 st"
    re.compile(
        r"\bvi\b[^.\n]{0,40}?\b(?:är|e)[ \t]+"
        + _APPROX
        + r"(?P<n>\d+|[a-zåäö]+)[ \t]+(?:st|stycken)\b",
        re.IGNORECASE,
    ),
]


def members(text: str) -> tuple[int | None, str]:
    """The stated member count, read from any of MEMBER_PATTERNS; years are never counts."""
    # Only paragraphs that talk about members can state their number.
    text = "\n\n".join(p for p in re.split(r"\n\s*\n", text) if MEMBER_HINT.search(p))
    lower = text.lower()
    for pattern in MEMBER_PATTERNS:
        needs = NEEDS.get(pattern)
        if needs and not any(word in lower for word in needs):
            continue  # the pattern's unit word is nowhere: skip a costly scan
        for m in _overlapping(pattern, text):
            if ATTENDANCE.search(text[max(0, m.start() - 16) : m.start()]):
                continue  # "Närvarande: 38 medlemmar": who came to a meeting
            if VOLUNTEERING.match(text, m.end()):
                continue  # "14 medlemmar har lovat att vara värdar": helpers, not the count
            if SOCIAL_GROUP.search(text[max(0, m.start() - 60) : m.start()]) and not re.match(
                r"(?i)är\s+vi\b", m.group(0)
            ):
                continue  # "Facebookgruppen 'Kastlösa – vi som bor här' (212 medlemmar)"
            value = _count(m.group("n") or m.groupdict().get("m") or m.groupdict().get("k") or "")
            if value is None:
                # "vi är tjugotvå medlemmar": a word before the number was read first.
                value = next(
                    (v for w in m.group(0).split() if (v := _count(w.strip(",."))) is not None),
                    None,
                )
            if value and 2 <= value <= 100_000 and not 1900 <= value <= 2099:
                return value, m.group(0)
    return None, ""


def _overlapping(pattern: re.Pattern, text: str):
    """Matches that may overlap: "bildades 1987 och ca 180 hushåll är medlemmar" first
    reads 1987 (a year, rejected), then must still find 180 inside the same stretch."""
    pos = 0
    while (m := pattern.search(text, pos)) is not None:
        yield m
        pos = max(m.end("n") if m.group("n") else m.end(), m.start() + 1)


ATTENDANCE = re.compile(
    r"(?<!för )(?:närvarande|deltog|deltagare|present|attended)\s*:?\s*$", re.IGNORECASE
)
SOCIAL_GROUP = re.compile(r"facebook|instagram|whatsapp|messenger|följare", re.IGNORECASE)
VOLUNTEERING = re.compile(
    r"\s*(har lovat|lovar|ställer upp|hjälper|kommer att|var med|var där|har (?:\w+ )?anmält|anmälde|"
    r"skrev upp|har skrivit|är funktionärer|will help|have promised|signed up|"
    r"i styrelsen|sitter i styrelsen|on the board|var på plats|var närvarande|närvarade|deltog|"
    r"were present|came)",
    re.IGNORECASE,
)


MEMBER_HINT = re.compile(
    r"medl|member|stycken|\bst\b|hushåll|andelsägare|famil|household|delägar|gubbar|personer|unga|"
    r"neighbo|people|vi är|we are|we're|cirkel|sångare|spelare|är vi",
    re.IGNORECASE,
)


def _count(raw: str) -> int | None:
    raw = re.sub(r"^ett\s+", "", raw.strip(), flags=re.IGNORECASE)
    if raw.isdigit():
        return int(raw)
    if re.fullmatch(r"\d{2,4}-?tal", raw):  # "ett 30-tal"
        return int(raw.rstrip("tal").rstrip("-"))
    return approx_number(raw) or word_number(raw)


# "Vi är Långemåla Läsecirkel, en liten förening …" / "We are X, a small association".
