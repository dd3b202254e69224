"""The applying association: its name, and whether the mail says something about it.

The element needs both: a name ("Påryds Byalag") and something about the group
(what it is, where, since when, its members or org number). "Vi är några i
byn" names no one; a name alone in a signature says nothing about the group.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from stdnum.se import orgnr

from parsers.members import members

ORG_WORDS = (
    r"(?i:förening(?:en)?|föreningar|byalag(?:et)?|byaråd(?:et)?|sällskap(?:et)?|gille(?:t)?|"
    r"klubb(?:en)?|spelmanslag(?:et)?|sånglag(?:et)?|idrottslag|jaktlag(?:et)?|kår(?:en)?|"
    r"vänner|nätverk(?:et)?|samfällighet(?:en)?|kooperativ(?:et)?|bygdelag(?:et)?|"
    r"fiskelag(?:et)?|hembygdslag(?:et)?|kör(?:en)?|(?<!t)(?<!för)(?<=\w)råd(?:et)?|studio(?:n)?|teater(?:n)?|forum|"
    r"akademi(?:n)?|orkester|orkestern|ensemble(?:n)?|stiftelse(?:n)?|allians(?:en)?|"
    r"fågelskådare|(?<=\w)gäng(?:et)?|syjunta(?:n)?|cirkel(?:n)?|grupp(?:en)?|sockenråd(?:et)?|crew|team|"
    r"association|society|club|neighbours|neighbors|network|group|choir|(?-i:Friends)|circle|forum|"
    r"(?-i:\b(?:IF|IK|BK|SK|FF|FK|GIF|AIF|PRO|SPF)\b)|hembygdsförening|ek\.\s*för\.?|"
    r"jakt\s?lag(?:et)?|(?-i:(?<=\b[Bb]y)|(?<=\b[Bb]ya)|(?<=[Bb]ygde)|(?<=[Ff]iske)|(?<=[Ii]drotts))[ \t]lag(?:et)?|(?-i:(?<=[a-zåäö]{3})lag(?:et)?))"
)
CAP = r"[A-ZÅÄÖ][\w\-'’åäöé]*"
NAME_BEFORE = re.compile(
    rf"\b((?:{CAP}s?[ \t]+){{0,3}}(?:{CAP}|[a-zåäö]+[ \t]+)?[\w\-åäöÅÄÖ]*?{ORG_WORDS}"
    rf"(?:[ \t]+(?:ekonomisk|ideell)[ \t]+förening)?)(?:s\b|\b)"
)
TYPE_FIRST = re.compile(
    rf"\b((?:(?-i:(?:IF|IK|BK|SK|FF|FK|GIF|AIF|PRO|SPF)\b)|[A-ZÅÄÖ][\wåäö]*{ORG_WORDS})[ \t]+(?:vid[ \t]+|i[ \t]+)?(?:{CAP})(?:[ \t]+(?:{CAP}|skola))?)"
)
AFTER_CUE_WORDS = (
    r"föreningen|nätverket|gruppen|byalaget|sällskapet|sökande(?:\s+blir|\s+är|:)|"
    r"vi är (?:en )?förening|vi är (?:en )?grupp|we are (?:an )?association|"
    r"(?:ordförande|kassör|sekreterare|ledamot|styrelsen|medlem|chair|member)\s+(?:i|för|of)|"
    r"on behalf of|vi i|skriver för|skriver å|writing for|writing on behalf of|"
    r"(?:startat|bildat|grundat) (?:en )?(?:ny )?förening,?|en förening,|kallar oss|kallas|"
    r"som heter|med namnet|under namnet|we call ourselves|called|named|vi heter|"
    r"(?:föreningen|gruppen|nätverket) heter|(?:har )?(?:nu )?(?:bildat|startat|grundat)|"
    r"(?:our )?group name is(?: now)?|our name is|vårt namn är|gruppens namn är|namnet är|"
    r"formed an association,?|founded an association,?|started an association,?|"
    r"we are the|we're the|"
    r"(?:our|vår|vårt) (?:group|association|club|network|förening|grupp|nätverk|klubb|byalag),"
)
AFTER_CUE = re.compile(
    rf"(?i:{AFTER_CUE_WORDS})"
    rf"\s+(?:the\s+)?[\"”“']?"
    rf"(?P<name>{CAP}(?:[ \t]+(?:i|på|vid|of|&|och)?[ \t]*{CAP}){{0,3}})"
)
# The cue words alone, matched case-sensitively on lower-cased text: a fast scan for the
# few places where AFTER_CUE can start.
AFTER_CUE_START = re.compile(AFTER_CUE_WORDS)
NAMED_BY_NUMBER = re.compile(
    rf"(?P<name>{CAP}(?:[ \t]+(?:i|på|och|&)?[ \t]*{CAP}){{1,3}})[ \t]*[(,][ \t]*"
    rf"(?i:org\.?[ \t]*-?[ \t]*n(?:r|ummer)?\.?|organisationsnummer|orgnr)[ \t:]*\d{{6}}[-\s]?\d{{4}}"
)
# "Gamleby Framtid är en ideell förening …": a name without any group word in it.
# "Kvinnor i Söderåkra, KiS, är en förening …", "Figeholms Handelsbod är en kooperativt ägd
# lanthandel (ekonomisk förening, …)".
IS_AN_ASSOCIATION = re.compile(
    rf"(?P<name>{CAP}(?:[ \t]+(?:i|på|och|&)?[ \t]*{CAP}){{0,3}})(?:[ \t]*,[ \t]*[A-ZÅÄÖ][\wåäö]{{1,5}}[ \t]*,)?"
    rf"[ \t]+(?:är|is)[ \t]+"
    rf"(?:en|ett|an?)[ \t]+(?:\(?[\wåäö\-]+[ \t]+){{0,4}}?\(?(?i:förening|grupp|nätverk|klubb|"
    rf"sällskap|association|group|club|society|network|organisation|organization)"
)
# "Degerhamns Bygemenskap, a non-profit association (org.nr …)": a name, then what it is.
NAME_COMMA_TYPE = re.compile(
    rf"(?P<name>{CAP}(?:[ \t]+(?:i|på|och|&)?[ \t]*{CAP}){{0,3}})[ \t]*,[ \t]*"
    rf"(?:en|ett|an?|vår|our)[ \t]+(?:[\wåäö\-]+[ \t]+){{0,2}}?(?i:förening|association|"
    rf"byalag|sällskap|society|club|klubb|nätverk|network)\b"
)
# 'bildade en förening på riktigt: "Nya i Överum"': a new group named in quotes
# 'Vi är studiecirkeln "Långasjö förr och nu"', 'en WhatsApp-grupp som heter "Ruda runt
# knuten"': a group word or a naming verb, then the name in quotes.
GROUP_QUOTED = re.compile(
    r"(?i:studiecirkeln|cirkeln|föreningen|gruppen|nätverket|kören|laget|klubben|the group|"
    r"the association|the club|som heter|kallas|kallar oss|called|named)\s+[\"“”](?P<name>[A-ZÅÄÖ][^\"“”\n]{2,40})[\"“”]"
)
FOUNDED_QUOTED = re.compile(
    r"(?i:bildade|bildat|startade|startat|grundade|grundat|formed|founded)\s+(?i:en\s+|an\s+)?"
    r"(?i:ny\s+)?(?i:förening|grupp|association|group)[^\"“”\n]{0,25}[\"“”](?P<name>[^\"“”\n]{3,40})[\"“”]"
)
ORGNR_RE = re.compile(r"(?<![\d-])(\d{6})[-\s]?(\d{4})(?![\d-])")
ORG_LABEL_RE = re.compile(
    r"(org\.?\s*-?\s*n(?:r|umm?er)?\.?|organisationsnummer|organisationsnr|orgnr|reg\.?\s*no)"
    r"[\s:.]*$",
    re.IGNORECASE,
)
ABOUT_RE = re.compile(
    r"\b(bildades|bildade|bildad|grundades|grundad|startade|startades|startad|har funnits|"
    r"funnits sedan|sedan \d{4}|founded in|"
    r"är en (?:ideell |ekonomisk |liten |stor |gammal )?(?:förening|grupp|nätverk)|"
    r"ideell förening|medlemmar|members|org\.?\s*n|organisationsnummer|verkar för|driver|sköter|"
    r"förvaltar|arrangerar|ordnar|vi är en|founded|registered|started|har stadgar|"
    r"andelsägare|hushåll|we meet|vi träffas|since (?:\w+ )?\d{4}|(?:we are|vi är) \d+|member \w+|"
    r"village association|non-profit|egen styrelse|vi övar|vi repeterar)\b",
    re.IGNORECASE,
)


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
    wrote, so it is reported as written.
    """
    labelled_invalid: tuple[str | None, str] = (None, "")
    for m in ORGNR_RE.finditer(text):
        digits = m.group(1) + m.group(2)
        if int(digits[2:4]) < 20:
            continue
        if orgnr.is_valid(digits):
            return f"{digits[:6]}-{digits[6:]}", m.group(0)
        # "org nr 817603-6846 – nej, förlåt, 817603-6864": a valid number later wins.
        if labelled_invalid[0] is None and ORG_LABEL_RE.search(
            text[max(0, m.start() - 40) : m.start()]
        ):
            labelled_invalid = (f"{digits[:6]}-{digits[6:]}", m.group(0))
    return labelled_invalid


APPOSITION = re.compile(
    rf"(?i:vi är|we are|jag representerar|i represent)\s+[\"”“']?(?P<name>{CAP}(?:[ \t]+(?:i|på|vid|of|&|och|till|för|and|for)?[ \t]*{CAP}){{0,4}})[\"”“']?"
    rf"\s*,\s*(?i:en|ett|an?|the)\s+(?:[\wåäö\-]+\s+){{0,3}}?(?i:förening|grupp|nätverk|klubb|"
    rf"association|group|club|society|network|organisation|organization)"
)


ORG_WORD_ONLY = re.compile(ORG_WORDS)
# A cheap substring test before ORG_WORD_ONLY: every alternative of ORG_WORDS contains one.
ORG_STEMS = (
    "förening",
    "lag",
    "råd",
    "sällskap",
    "gille",
    "klubb",
    "kår",
    "vänner",
    "nätverk",
    "samfällighet",
    "kooperativ",
    "kör",
    "studio",
    "teater",
    "forum",
    "akademi",
    "orkester",
    "ensemble",
    "stiftelse",
    "allians",
    "fågelskådare",
    "gäng",
    "syjunta",
    "cirkel",
    "grupp",
    "crew",
    "team",
    "association",
    "society",
    "club",
    "neighbo",
    "network",
    "group",
    "choir",
    "friends",
    "circle",
    "ek.",
)
# The club abbreviations are capitals in ORG_WORDS: look for them as written.
ORG_ABBREVIATIONS = ("IF", "IK", "BK", "SK", "FF", "FK", "PRO", "SPF")
ORG_END = re.compile(
    r"(förening|föreningen|byalag|byalaget|byaråd|byarådet|sällskap|sällskapet|gille|gillet|klubb|"
    r"klubben|lag|laget|kår|kåren|vänner|nätverk|nätverket|samfällighet|kooperativ|kör|kören|"
    r"cirkel|cirkeln|bygderåd|bygderådet|samhällsråd|samhällsrådet|studio|studion|teater|teatern|akademi|orkester|ensemble|stiftelse|allians|"
    r"association|society|club|choir)s?$",
    re.IGNORECASE,
)
GENERIC_GROUP_WORDS = frozenset(
    "förening föreningen föreningar föreningens lag laget association club group".split()
)
CLUB_ABBREVIATIONS = frozenset(("IF", "IK", "BK", "SK", "FF", "FK", "GIF", "AIF", "PRO", "SPF"))
ORG_FULL = re.compile(ORG_WORDS, re.IGNORECASE)
# A single definite word ("Båtklubben", "Föreningen") refers to a group; it is no name.
DEFINITE_GROUP = re.compile(
    r"(föreningen|klubben|laget|gillet|kören|kåren|sällskapet|rådet|nätverket|gruppen|cirkeln)$",
    re.IGNORECASE,
)
# (not ending at the abbreviations of "ek. för." or "org. nr")
SENTENCE_OR_LINE = re.compile(r"[^\n]+?(?:(?<!\bek)(?<!\borg)(?<!\bnr)[.!?](?=\s)|$)", re.MULTILINE)


def _candidate_names(text: str) -> list[tuple[str, int]]:
    found = []
    lower = text.lower()
    # Each pattern backtracks over runs of capitalised words: run it only where its
    # cue word occurs at all.
    if len(lower) == len(text):
        for cue in AFTER_CUE_START.finditer(lower):
            m = AFTER_CUE.match(text, cue.start())
            if m:
                found.append((_tidy(re.sub(r"\s+", " ", m.group("name").strip())), m.start()))
    else:
        found += _names(AFTER_CUE, text, 0)
    for regex, cues in (
        (APPOSITION, ("vi är", "we are", "represent")),
        (NAMED_BY_NUMBER, ("org",)),
        (IS_AN_ASSOCIATION, (" är en", " är ett", " is a")),
        (FOUNDED_QUOTED, ('"', "“", "”")),
        (GROUP_QUOTED, ('"', "“", "”")),
        (NAME_COMMA_TYPE, (", en ", ", ett ", ", a ", ", an ", ", vår ", ", our ")),
    ):
        if cues is None or any(cue in lower for cue in cues):
            found += _names(regex, text, 0)
    # The two org-word patterns backtrack a lot: run them only on sentences with an org word.
    for piece in SENTENCE_OR_LINE.finditer(text):
        raw = piece.group(0)
        low = raw.lower()
        maybe = any(s in low for s in ORG_STEMS) or any(a in raw for a in ORG_ABBREVIATIONS)
        first = ORG_WORD_ONLY.search(raw) if maybe else None
        if first:
            # A name ends in its org word and starts a few words before it: nothing earlier
            # in a long run-on sentence can be part of one.
            start = max(0, first.start() - 120)
            # …and nothing far after the last org word either.
            last = first.end()
            for more in ORG_WORD_ONLY.finditer(raw, first.end()):
                last = more.end()
            found += _names(TYPE_FIRST, raw, piece.start(), start, last + 80)
            found += _names(NAME_BEFORE, raw, piece.start(), start, last + 40)
    return found


def _names(
    regex: re.Pattern, text: str, offset: int, pos: int = 0, endpos: int | None = None
) -> list[tuple[str, int]]:
    out = []
    for m in regex.finditer(text, pos, len(text) if endpos is None else min(endpos, len(text))):
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
    "ansökan",
    "application",
    "hello",
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
            w
            if len(w) <= 3 and w in ("IF", "IK", "BK", "SK", "FF", "FK", "GIF", "AIF", "PRO", "SPF")
            else w.title()
            for w in words
        ]
    return " ".join(words)


def _plausible(name: str) -> bool:
    words = name.split()
    if len(words) < 1 or len(name) < 4:
        return False
    if len(words) == 1 and (ORG_FULL.fullmatch(name) or DEFINITE_GROUP.search(name)):
        return False  # "Club", "Föreningen": a kind of group, not a name
    if len(words) == 1 and _is_place(name):
        return False  # "Loftahammar": a place, not a group
    if len(words) > 1 and all(
        w.lower() in ("och", "and", "&") or DEFINITE_GROUP.search(w) for w in words
    ):
        return False  # "Syföreningen och hembygdsföreningen": kinds of groups, no name
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
        "jag",
        "we",
        "org",
        "ingen",
        "inga",
        "alla",
        "många",
        "några",
        "facebook",
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
    r"\b(tillsammans med|samverkan|samarbete|hjälper|medarrangör|står för|lånar|står bakom|stöttar|"
    r"ställer upp|bjuder på|co-host|promised|lovat|vill vara med|bidrar|tar hand om|"
    r"stöd från|support from|gives us|ger oss|är med och|är med på|co-host\w*|"
    r"hjälpa till|hjälpa oss|help us|helps us|help with)\b",
    re.IGNORECASE,
)


PARTNER_AFTER = re.compile(
    r"\s+(?:är med och|är med|står för|lånar ut|ställer upp|bjuder på|hjälper till|"
    r"har lovat|stöttar|is helping|will help|lends|help us|helps us|hjälper oss)\b",
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
        names = _lower_case_names(text)
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
        if PARTNER_AFTER.match(text, pos + len(name)):
            score -= 1.5  # "Berga Hembygdsförening är med och står för berättarna"
        # "X ordnar marknaden, Y tar med traktorer och Z sköter parkeringen": who helps.
        others = {n for n, p in names if n != name and p != pos and n in sentence}
        groups = sum(
            (bool(ORG_END.search(w)) and w.lower() not in GENERIC_GROUP_WORDS)
            or w in CLUB_ABBREVIATIONS
            for w in re.findall(r"\w+", sentence)
        )
        crowded = len(others) >= 2 or groups >= 3
        if crowded and not APPLICANT_CUE.search(sentence):
            score -= 1.5
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


FUNCTION_WORDS = frozenset(
    "vi i och till för att som är en ett med på av har vill söka söker ansöker härmed pengar "
    "bidrag från om det den oss vår våra hej här nu så också jag min mitt we the of for from and "
    "at in to styrelsen ordförande kassör sekreterare medlem medlemmar dä e å mä int dom nu "
    "hej hejsan".split()
)


def _lower_case_names(text: str) -> list[tuple[str, int]]:
    """Names of a writer who uses no capitals: org-word names, function words trimmed off."""
    capitalised = _capitalise(text)
    found = []
    for regex in (APPOSITION, SELF_NAMED):
        found += [(n, p) for n, p in _names(regex, capitalised, 0) if ORG_WORD_ONLY.search(n)]
    for name, pos in _candidate_names(capitalised):
        words = name.split()
        if len(words) >= 2 and ORG_FULL.search(words[-1]):
            # "Egentligen När Grönskåra Bygdegårdsförening": without capitals the name is the
            # org word and the place before it.
            if _is_place(words[-2]):
                words = words[-2:]
            else:
                kept = [words[-1]]
                for word in reversed(words[:-1]):
                    if word.lower() in FUNCTION_WORDS or ORG_FULL.search(word):
                        break
                    kept.insert(0, word)
                words = kept
        elif len(words) >= 2 and DEFINITE_GROUP.fullmatch(words[0]):
            words = words[1:]  # "Föreningen Ankarsrums Framtid"
        else:
            continue
        if len(words) < 2 or any(w.lower() in FUNCTION_WORDS for w in words):
            continue
        found.append((" ".join(words), pos))
    # "målilla if", "fliseryds ik": a place and a club abbreviation
    for m in PLACE_CLUB.finditer(text):
        if _is_place(m.group(1)):
            found.append((f"{m.group(1).title()} {m.group(2).upper()}", m.start()))
    return [(n, p) for n, p in found if _plausible(n)]


PLACE_CLUB = re.compile(r"\b([a-zåäö]{3,})[ \t]+(if|ik|bk|sk|ff|goif)\b")


def _is_place(word: str) -> bool:
    from parsers.gazetteer import gazetteer

    places = gazetteer().places
    w = word.lower()
    return w in places or (w.endswith("s") and w[:-1] in places)


def _mostly_lower(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return bool(letters) and sum(c.isupper() for c in letters) < len(letters) * 0.01


def _capitalise(text: str) -> str:
    return re.sub(r"\b([a-zåäö])", lambda m: m.group(1).upper(), text)
