"""The five elements of an application, each with evidence and a confidence.

The rules follow what the grant's guidance asks for, not keywords: an
activity is something concrete that will be done (what, and when or how),
anchoring is a meeting that backed it, a survey, named local partners or
counted volunteers — not the word "förankring" alone. Association, contact
and budget are read by their own modules; this one combines them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from parsers.budget import line_amounts
from parsers.nlp import Sentence, cue_labels

ELEMENTS = ("association", "contact", "activity", "anchoring", "budget")


@dataclass
class Element:
    present: bool
    confidence: float
    evidence: list[str] = field(default_factory=list)
    reason: str = ""

    def as_dict(self) -> dict:
        return {
            "present": self.present,
            "confidence": round(self.confidence, 2),
            "evidence": self.evidence,
            "reason": self.reason,
        }


def activity(sentences: list[Sentence]) -> Element:
    """A concrete activity: what will be done (an event or course) and when or how."""
    strong: list[Sentence] = []
    clauses = _clauses(sentences)
    for index, sent in enumerate(clauses):
        c = sent.cues
        if not (c["activity_noun"] or c["activity_verb"] or c["plan"] or c["time"]) and not (
            DATE_RE.search(sent.text) or NAMED_EVENT.search(sent.text)
        ):
            continue  # nothing here any rule below could take as a doing
        if NOT_ACTIVITY_LEAD.match(sent.text) or REACH.search(sent.text):
            continue  # "Förankring: …", "Verksamhet: …", a contact line with phone or e-mail
        if ROUTINE.search(sent.text):
            continue  # "fortsätta med våra träningar … som vanligt": the club's ordinary season
        if c["undecided"] and not c["specific_activity"]:
            continue  # "Innehållet bestämmer vi på årsmötet den 22 mars": a date, no doing
        specific_nouns = c["specific_activity"]
        # "… aktiviteter tre dagar i veckan: fiske, bruksvandring, pyssel" is no vague wish.
        if c["vague"] and specific_nouns < 2 and not ITEMISED.search(sent.text):
            continue
        if HEDGED.search(sent.text) and not DATE_RE.search(sent.text):
            continue  # "– kanske ett läger, kanske en fest": not decided yet (a date decides)
        dated = bool(DATE_RE.search(sent.text))
        has_time = c["time"] > 0 or dated
        # "I juli spelar vi tre föreställningar": a present-tense plan, whatever the
        # subordinate clause says about the past.
        we_do = _inverted_present(sent.text)
        past = (
            c["past"] > 0
            and not PRESENT_PLAN.search(sent.text)
            and not we_do
            and _main_clause_past(sent)
        )
        # A generic noun ("en temadag under hösten") needs a date or doings to be concrete.
        specific = specific_nouns > 0
        doing = c["activity_noun"] > 0 and (
            specific
            or dated
            # "göra träffar för att lära känna varandra": doings need a when or a where
            or (c["activity_verb"] >= 2 and (has_time or bool(VENUE.search(sent.text))))
        )
        # A plan ("nu vill vi dra igång …") outweighs history in the same sentence;
        # "Vi bjuder in en föreläsare …" is Swedish present tense for what will happen.
        # ("Vi ordnar valborgsbrasan" is what the group always does: a new thing is "en …".)
        plan = (
            c["plan"] > 0
            or (bool(WE_ARRANGE_NEW.search(sent.text)) and not c["past"])
            or bool(ACTIVITY_LEAD.match(sent.text))  # "Aktivitet: Fredagsgrill i hamnen …"
        )
        # (unless the sentence is mostly history: "har sedan 2001 jobbat …, bland annat med …")
        history = c["past"] >= 2 and not we_do and not PRESENT_PLAN.search(sent.text)
        planned = plan and (c["activity_verb"] > 0 or has_time or specific) and not history
        scheduled = c["activity_verb"] > 0 and has_time and not past
        # "Fliserydsdagen lördag 22 augusti: marknad, öppet hus, tipspromenad …"
        listed = has_time and not past
        # "Söndag 14 juni vill vi ordna 'Öppna trädgårdar'": a dated, planned
        # arrangement is an activity even when its name is not in the lexicon.
        vague_noun = c["generic_activity"] and not specific and not dated
        named = bool(NAMED_EVENT.search(sent.text))  # 'vill vi ordna "Fårbo runt"'
        arranged = (
            c["plan"] and c["activity_verb"] and (dated or has_time and named) and not vague_noun
        )
        # "Under tre dagar på höstlovet får barnen paddla kanot, fiska och laga mat": doings.
        # ("I juni bjuder vi in till öppen gård … där barnen får klappa djuren": two doings
        # in a present-tense plan are enough.)
        busy = (c["activity_verb"] >= 3 or (c["activity_verb"] >= 2 and we_do)) and (
            has_time and not past
        )
        # "Under hösten ordnar vi tre kvällar i Påryds bygdegård": how many, when and where.
        # The time may stand in the sentence before: "… hösten 2026. Vi ordnar tre kvällar …"
        timed = has_time or any(
            p.cues["time"] or DATE_RE.search(p.text) for p in clauses[max(0, index - 2) : index]
        )
        framed = (
            c["activity_noun"] > 0
            and (c["activity_verb"] > 0 or plan)
            and timed
            and bool(COUNTED.search(sent.text) or VENUE.search(sent.text))
            and not past
        )
        # "We will run four Saturday mornings … and fix them together": how often, doings.
        repeated = (
            (plan or c["activity_verb"] >= 2)
            and (c["activity_verb"] >= 2 or (c["activity_verb"] and VENUE.search(sent.text)))
            and timed
            and bool(COUNTED.search(sent.text) or RECURRING.search(sent.text))
            and not past
        )
        # "Fredag 24 april klockan 19 kommer en antikvarie till bygdegården och föreläser":
        # a date, someone doing something, and where.
        visit = dated and c["activity_verb"] > 0 and bool(VENUE.search(sent.text)) and not past
        # "Lördagen den 18 april kl 10-15 står vi vid slipen": a date, then "we" doing something
        # (Swedish puts the verb before "vi" after a time phrase).
        dated_we = dated and we_do and not past
        # "Vi vill hyra en buss och åka till Kalmar läns museum med byns barn under
        # sportlovet": where to, when, and who goes.
        trip = bool(TRIP.search(sent.text)) and has_time and plan and not past and sent.words >= 8
        # "Studieresan går till Kalmar slott med 35 deltagare": who and how many.
        peopled = specific and bool(PARTICIPANTS.search(sent.text)) and not past
        # '"Ukna Open Gardens & Heritage Weekend", 13–14 June 2026.': a named, dated event.
        titled = bool(NAMED_EVENT.search(sent.text)) and dated and not past
        # "Vi vill åka på studiebesök." names a kind of activity but says nothing about it.
        # "Orrefors byalag söker idéslanten för en studieresa." neither.
        # ("… söker idéslanten för vår cykelfest i höst": a season is no detail either.)
        season_only = has_time and not dated and bool(SEASON_ONLY.fullmatch(_times(sent.text)))
        undetailed = not (
            (has_time and not season_only)
            or COUNTED.search(sent.text)
            or VENUE.search(sent.text)
            or TOPIC.search(sent.text)
        )
        # (an org number or member count in brackets adds words, not detail)
        words = len(PARENTHESES.sub(" ", sent.text).split())
        bare = undetailed and (
            words < 7 or (c["activity_verb"] == 0 and specific_nouns <= 1 and words < 12)
        )
        # "Torsdagar kl 18 hela hösten … den som kan sy lär den som inte kan": a weekly
        # rhythm with a clock time is a plan, whatever the doing is called.
        rhythm = (
            bool(RHYTHM.search(sent.text))
            and (c["activity_verb"] > 0 or bool(VENUE.search(sent.text)) or c["activity_noun"] > 0)
            and not past
            and not c["past"]
            and sent.words >= 8
        )
        if bare and not (titled or dated_we or rhythm):
            continue
        if (
            doing
            and (planned or scheduled or listed)
            or arranged
            or busy
            or framed
            or peopled
            or visit
            or titled
            or dated_we
            or rhythm
            or repeated
            or trip
        ) and (sent.words >= 4):
            if _is_partner_sentence(sent) or _is_budget_line(sent) or _is_anchor_report(sent):
                continue
            strong.append(sent)
    if not strong:
        strong = _topic_and_schedule(clauses)
    # "En temadag i höst – vad den ska innehålla bestämmer vi senare": one concrete-sounding
    # sentence beside an explicit "not decided" is not yet a described activity.
    # (A dated plan stays a plan: "Sista kvällen ska vi bestämma om vi kör" decides what
    # follows the evenings, not what they are.)
    undecided = any(s.cues["undecided"] for s in sentences) and not any(
        DATE_RE.search(s.text) for s in strong
    )
    if not strong or (undecided and len(strong) < 2):
        return Element(
            False,
            0.75 if not strong else 0.6,
            [s.text for s in strong[:1]],
            "ingen konkret aktivitet beskriven",
        )
    local = any(s.cues["local_dev"] for s in sentences)
    confidence = min(0.95, 0.6 + 0.12 * len(strong) + (0.1 if local else 0))
    return Element(True, confidence, [s.text for s in strong[:3]], "aktivitet beskriven")


REACH = re.compile(r"\b[\w.+-]+@[\w-]+\.\w+|\b(?:tel|tfn|telefon|mobil|phone)\.?:?\s*\+?\d", re.I)
NOT_ACTIVITY_LEAD = re.compile(
    r"^\W*(förankring\w*|verksamhet\w*|vår verksamhet|om (?:oss|föreningen|förankringen)|bakgrund|"
    r"anchoring|about us)\s*:",
    re.IGNORECASE,
)
PRESENT_PLAN = re.compile(
    r"\b(ordnar|arrangerar|anordnar|håller|spelar|bjuder|startar|genomför|kör|visar|hyr|åker|"
    r"besöker|träffas|gör)\s+vi\b",
    re.IGNORECASE,
)
# "…: fiske i sjön, bruksvandring, pyssel och fotboll" – the things to be done, itemised.
NAMED_EVENT = re.compile(r"[\"”“«][^\"”“»]{3,40}[\"”“»]")
ACTIVITY_LEAD = re.compile(
    r"^\W*(aktivitet\w*|vad vi vill göra|vad|activity|what we want to do|what)\s*:", re.I
)
TOPIC = re.compile(r"\b(?:om|kring|about) (?!att\b)\w{4,}", re.IGNORECASE)
HEDGED = re.compile(
    r"\b(kanske|eventuellt|möjligen|maybe|perhaps|possibly)\b|\b(vi|vi) får se\b|\bfår vi se\b",
    re.IGNORECASE,
)
ITEMISED = re.compile(r":\s*[^,.:;]{3,40}(?:,\s*[^,.:;]{3,40}){2,}")
WE_ARRANGE_NEW = re.compile(
    r"\bvi\s+(ordnar|arrangerar|anordnar|bjuder in|håller|startar|genomför|kör igång|"
    r"drar igång|hyr|åker|besöker)\s+(?:\w+\s+)?(en|ett|två|tre|fyra|fem|sex|\d+)\b",
    re.IGNORECASE,
)
PARTICIPANTS = re.compile(
    r"\b(?:med|för|för ca|with)\s+(?:ca\.?\s+|cirka\s+|about\s+)?\d+\s+(deltagare|personer|barn|"
    r"ungdomar|seniorer|bybor|participants|people|children)\b",
    re.IGNORECASE,
)
WEEKDAYS = r"(?:måndag|tisdag|onsdag|torsdag|fredag|lördag|söndag|monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
RHYTHM = re.compile(
    rf"\b{WEEKDAYS}(?:ar|arna|s|en)?\b[^.!?\n]{{0,60}}?(?:\bkl\.?|\bklockan|\bat)\s*\d{{1,2}}"
    rf"|(?:\bkl\.?|\bklockan)\s*\d{{1,2}}[^.!?\n]{{0,40}}?\b{WEEKDAYS}(?:ar|arna|s)\b",
    re.IGNORECASE,
)
TRIP = re.compile(
    r"\b(?:åka|åker|resa|reser|besöka|besöker|travel|go|take \w+) (?:\w+ ){0,3}?(?:till|to) "
    r"(?:[A-ZÅÄÖ]\w+|\w+museum|\w+museet)",
)
PARENTHESES = re.compile(r"\([^)]*\)")
SEASONS = (
    r"(?:i |under |nu i |till )?(?:våren|sommaren|hösten|vintern|vår|sommar|höst|vinter|år|året)"
)
SEASON_ONLY = re.compile(rf"(?:\s*{SEASONS}\s*)+", re.IGNORECASE)
SEASON_FIND = re.compile(
    rf"\b{SEASONS}\b|\b{WEEKDAYS}\w*|\b(?:januari|februari|mars|april|maj|juni|juli|augusti|"
    r"september|oktober|november|december|kväll\w*|helg\w*|vecka\w*|kl\.?|klockan)\b",
    re.IGNORECASE,
)


def _times(text: str) -> str:
    """The time expressions of a sentence, joined: 'i höst' alone is only a season."""
    return " ".join(m.group(0) for m in SEASON_FIND.finditer(text)) or "-"


ROUTINE = re.compile(
    r"\b(?:som vanligt|som vi alltid|fortsätta med (?:våra|vår|vårt|den ordinarie)|"
    r"ordinarie (?:träning|verksamhet)\w*|as usual|continue (?:with )?our (?:regular|usual))\b",
    re.IGNORECASE,
)
RECURRING = re.compile(
    rf"\b(?:varje|varannan|var tredje|every|each|every other)\s+(?:{WEEKDAYS}|vecka|veckan|"
    r"månad|helg|week|month|weekend|kväll|evening|morgon|morning)",
    re.IGNORECASE,
)
COUNTED = re.compile(
    r"\b(\d+|två|tre|fyra|fem|sex|sju|åtta|nio|tio|elva|tolv|ett par|two|three|four|five|six)"
    r"\s+(?:\w+\s+)?\w*(kvällar\w*|träffar\w*|tillfällen|gånger|dagar|lördagar|söndagar|"
    r"föreställningar|föreläsningar|förmiddagar|eftermiddagar|morgnar|helger|evenings|sessions|"
    r"meetings|nights|days|mornings|afternoons|weekends|saturdays|sundays)\b",
    re.IGNORECASE,
)
VENUE = re.compile(
    r"\b(i|på|at|in|till|vid)\s+(?:[A-ZÅÄÖ]\w+s\s+)?(bygdegård\w*|hembygdsgård\w*|församlingshem\w*|"
    r"byskola\w*|skolan|hamnen|kyrkan|folkets hus|klubbstuga\w*|\w*lokal(?:en)?|village hall|"
    r"badplats\w*|idrottsplats\w*|skolgård\w*|bystuga\w*|byastuga\w*|kapell\w*|gympasal\w*|"
    r"sporthall\w*|the school|the church|the harbou?r|the clubhouse|the community hall)\b",
    re.IGNORECASE,
)


SUBORDINATE = re.compile(
    r",?\s+\b(där|som|när|eftersom|vilket|dit|då|hur|where|which|who|when|how)\b", re.I
)


INVERTED = re.compile(r"\b([a-zåäö]+(?:ar|er|ir|yr|år|ör|as))\s+vi\b", re.IGNORECASE)
NOT_DOING = frozenset(
    "har är var kan ska skall vill måste får brukar hoppas tror tycker vet söker behöver "
    "ansöker undrar önskar funderar planerar tänker letar saknar".split()
)


def _topic_and_schedule(clauses: list[Sentence]) -> list[Sentence]:
    """Short sentences split what from when: "Jag vill söka pengar för sykurs." … "8 gånger
    på hösten, september och oktober, torsdag kväll." Together they describe an activity."""

    def topic(s: Sentence) -> bool:
        c = s.cues
        return (
            c["plan"] > 0
            and (c["specific_activity"] > 0 or c["activity_verb"] > 0)
            and not c["vague"]
            and not c["past"]
            and not c["undecided"]
            and not HEDGED.search(s.text)
            and not ROUTINE.search(s.text)
        )

    def schedule(s: Sentence) -> bool:
        return (
            s.cues["time"] >= 2
            and not s.cues["past"]
            and s.words <= 16
            and bool(
                COUNTED.search(s.text)
                or VENUE.search(s.text)
                or DATE_RE.search(s.text)
                or RECURRING.search(s.text)
            )
            and not _is_budget_line(s)
        )

    for i, sent in enumerate(clauses):
        if topic(sent) and any(schedule(n) for n in clauses[i + 1 : i + 3]):
            return [sent]
    return []


def _inverted_present(text: str) -> bool:
    """'… står vi vid slipen', 'öppnar vi dörrarna': a present-tense verb before "vi"."""
    return any(m.group(1).lower() not in NOT_DOING for m in INVERTED.finditer(text))


def _main_clause_past(sent: Sentence) -> bool:
    """'… en studieresa den 9 maj till Mörlunda, där bygdeföreningen byggde …': the past
    tense of a relative clause says nothing about when the activity happens."""
    cut = SUBORDINATE.search(sent.text)
    if cut is None:
        return True
    main = cue_labels(sent.text[: cut.start()])
    return main["past"] > 0 or main["activity_noun"] == 0


def _clauses(sentences: list[Sentence], headed_lists: bool = True) -> list[Sentence]:
    """Very long sentences (no punctuation, one breath) are judged clause by clause,
    so a past meeting in one clause does not veto the plan in the next."""
    out: list[Sentence] = []
    for sent in sentences:
        if sent.words <= 40:
            out.append(sent)
            continue
        chunk = ""
        for clause in re.split(r",\s+|;\s+|\s+–\s+", sent.text):
            chunk = f"{chunk}, {clause}" if chunk else clause
            if len(chunk.split()) >= 8:
                out.append(
                    Sentence(chunk, sent.start, sent.end, cue_labels(chunk), len(chunk.split()))
                )
                chunk = ""
        if chunk:
            out.append(Sentence(chunk, sent.start, sent.end, cue_labels(chunk), len(chunk.split())))
    pieces = [piece for s in out for piece in _windows(s)]
    return pieces + _headed_lists(sentences) if headed_lists else pieces


LIST_LINE = re.compile(r"^\s*(?:[-–•*·]|\d{1,2}[.)])\s+")


def _headed_lists(sentences: list[Sentence]) -> list[Sentence]:
    """'Skräpplockardag i Löttorp / – lördag 18 april kl 10–14 / – samling vid hamnen …':
    a named activity with its particulars listed under it, read as one sentence."""
    out = []
    for i, head in enumerate(sentences):
        if head.text.endswith(":") and head.words <= 30 and i + 1 < len(sentences):
            # "Aktivitet: Sommarlovsdagar …, tio vardagar i juni och juli: / fiske i Emån, …"
            # and "Ruda Harvest Day, Saturday 19 September: / - 10-15 open farms / - …"
            follow = []
            for nxt in sentences[i + 1 : i + 5]:
                if line_amounts(nxt.text) or (follow and not LIST_LINE.match(nxt.text)):
                    break
                follow.append(LIST_LINE.sub("", nxt.text))
            if follow:
                text = head.text + " " + "; ".join(follow)
                out.append(
                    Sentence(text, head.start, head.end, cue_labels(text), len(text.split()))
                )
        if not (head.cues["activity_noun"] and head.words <= 8 and not line_amounts(head.text)):
            continue
        items = []
        for item in sentences[i + 1 : i + 7]:
            if not LIST_LINE.match(item.text) or line_amounts(item.text):
                break
            items.append(LIST_LINE.sub("", item.text))
        if len(items) >= 2:
            text = head.text.rstrip(":") + ": " + "; ".join(items)
            out.append(Sentence(text, head.start, head.end, cue_labels(text), len(text.split())))
    return out


def _windows(sent: Sentence) -> list[Sentence]:
    """A clause still over 40 words (dictated, no commas) is read 20 words at a time."""
    if sent.words <= 40 or sent.cues is None:
        return [sent]
    words = sent.text.split()
    chunks = [" ".join(words[i : i + 24]) for i in range(0, len(words), 12)]
    return [Sentence(c, sent.start, sent.end, cue_labels(c), len(c.split())) for c in chunks]


def anchoring(sentences: list[Sentence], applicant: str | None = None) -> Element:
    """Local anchoring: a meeting that backed it, a survey, partners, volunteers."""
    strong: list[Sentence] = []
    previous: Sentence | None = None
    # A run-on text without full stops is read clause by clause, so the partner of one
    # sentence and the place of the next do not make a partnership together.
    for sent in _clauses(sentences, headed_lists=False):
        c = sent.cues
        # "… innan kommunen beslutar om skolan": someone else's decision to come
        decided = c["anchor_decision"] and not LATER_DECISION.search(sent.text)
        # "…ett öppet bymöte den 8 februari. 27 personer kom och alla var överens."
        after_meeting = (
            previous is not None
            and previous.cues["anchor_meeting"]
            and not previous.cues["founding"]
            and decided
            and _has_count(sent)
        )
        previous = sent
        # "… en arbetsgrupp på sex personer bildades": a working group for the activity is
        # no founding of the association.
        founding = c["founding"] and not WORKGROUP.search(sent.text)
        # "Styrelsen beslutade på sitt möte att vi ska söka": the board's own say-so.
        board_only = bool(BOARD.search(sent.text)) and not _has_count(sent)
        # "… vi vill ha en prova på dag … o sen en träff i klubbstugan": a meeting that is
        # part of the planned activity backs nothing.
        planned_meeting = c["plan"] > 0 and c["activity_noun"] > 0 and not decided
        meeting = (
            not board_only
            and not planned_meeting
            and not c["undecided"]
            and not FUTURE_MEETING.search(sent.text)  # "Vi ska ha ett möte om det i april"
            and not NOT_YET.search(sent.text)  # "årsmötet är inte förrän 28 mars"
            and c["anchor_meeting"]
            # "Vi tror att många kommer att uppskatta mötet" is a hope about the activity.
            and (decided or (_has_count(sent) and not HOPE.search(sent.text)))
            and not founding
        )
        survey = (
            c["anchor_survey"] > 0
            or bool(LETTER.search(sent.text))
            or bool(SIGNATURES.search(sent.text))
            or bool(ASKED_HOUSEHOLDS.search(sent.text))
        ) and not NEGATED.search(sent.text)  # "ingen enkät"
        # "Byalaget sköter badplatsen och ordnar midsommar" describes the applicant itself.
        partners = (
            # "Det är byalaget som står för reparationskaféerna": the applicant itself.
            not (SELF_INSIDE.search(sent.text) and c["local_group"] <= 1)
            and c["anchor_coop"]
            and (c["local_group"] or _names_a_group(sent))
            # "Vi ordnar två kvällar i skolan" is the applicant's own doing; "vi gör det
            # tillsammans med hembygdsföreningen" names a partner.
            and not (
                SELF_REFERENCE.match(sent.text)
                and not WITH_OTHERS.search(sent.text)
                and not _partner_clause(sent.text)
            )
            and not _about_applicant(sent, applicant)
        )
        volunteers = c["anchor_volunteer"] and (_has_count(sent) or _names_people(sent))
        # "alla nio föreningar står bakom byakvällarna"
        backed = decided and (c["local_group"] or _names_a_group(sent)) and _has_people(sent)
        if meeting or survey or partners or volunteers or backed or after_meeting:
            strong.append(sent)
    if not strong:
        weak = [s.text for s in sentences if s.cues["weak_anchor"]]
        reason = (
            "bara ordet förankring, ingen beskrivning" if weak else "ingen förankring beskriven"
        )
        return Element(False, 0.7 if weak else 0.8, weak[:1], reason)
    confidence = min(0.95, 0.65 + 0.12 * len(strong))
    return Element(True, confidence, [s.text for s in strong[:3]], "förankring beskriven")


LATER_DECISION = re.compile(
    r"\b(?:innan|när|tills|before|until|when)\s+(?:\w+\s+){0,2}(?:beslutar|bestämmer|beslutat|"
    r"decides|decide)\b",
    re.IGNORECASE,
)
WORKGROUP = re.compile(
    r"\b(arbetsgrupp\w*|projektgrupp\w*|kommitté\w*|festkommitté\w*|styrgrupp\w*|"
    r"working group|steering group|committee)\b",
    re.IGNORECASE,
)
WITH_OTHERS = re.compile(
    r"\b(tillsammans med|i samarbete med|i samverkan med|ihop med|samarbet\w* med|samverka\w* med|"
    r"planerat ihop|planerar ihop|har planerat tillsammans|"
    r"med hjälp (?:av|från)|med stöd (?:av|från)|stöd (?:av|från)|hjälp (?:av|från)|"
    r"together with|in cooperation with|with help from|support from|supported by|"
    r"är med och|är med som|vara med och|(?:de|dom|dem) är med|medarrangör\w*|partner\w*)\b",
    re.IGNORECASE,
)
# "pratade med 23 hushåll längs ån och 19 av dem vill vara med": door to door, counted.
ASKED_HOUSEHOLDS = re.compile(
    r"\b(?:pratade|pratat|talade|frågade|frågat|besökte|knackade på hos) med (?:alla |ca |över |drygt )?"
    r"\d+ (?:hushåll|grannar|personer|familjer|bybor|gårdar|households|neighbours)"
    # "gick runt till alla 14 hushåll längs vägen och pratade med folk"
    r"|\b(?:gick runt|gått runt|knackade dörr|knackat dörr|went round|went door to door)"
    r"(?: till| hos| to)? (?:alla |all |ca |över )?\d+ (?:hushåll|gårdar|grannar|households|homes)",
    re.IGNORECASE,
)
LETTER = re.compile(r"\bstödbrev\w*\s+från\b|\bletters? of support from\b", re.IGNORECASE)
SIGNATURES = re.compile(
    r"\bsaml\w*(?: vi| de)? in (?:över |ca |runt |drygt )?\d+ (?:namn|underskrifter|namnunderskrifter)"
    r"|\b\d+ (?:namn|underskrifter|namnunderskrifter) på (?:\w+)?listan",
    re.IGNORECASE,
)
NEGATED = re.compile(r"\b(inte|ingen|inga|inget|aldrig|not|no|haven't|didn't|hasn't)\b", re.I)
FUTURE_MEETING = re.compile(
    r"\b(?:ska|skall|kommer att|will) (?:ha|hålla|have|hold) (?:ett|en|a|an) (?:\w+ )?(?:möte|träff|stämma|meeting)",
    re.IGNORECASE,
)
NOT_YET = re.compile(r"\binte förrän\b|\bhar inte haft\b|\bnot until\b|\bnot yet\b", re.I)
HOPE = re.compile(r"\b(tror|hoppas|uppskatta\w*|gilla\w*|believe|hope|think)\b", re.IGNORECASE)
BOARD = re.compile(r"\b(styrelse\w*|board)\b", re.IGNORECASE)
CLAUSE_SPLIT = re.compile(r",\s*|;\s*|\s+(?:och|o|samt|and)\s+")


def _partner_clause(text: str) -> bool:
    """'Vi är 15 st, … och fiskeföreningen lånar ut båten': a clause whose subject is
    another local group, inside a sentence that starts with "vi"."""
    for clause in CLAUSE_SPLIT.split(text)[1:]:
        if SELF_REFERENCE.match(clause) or SELF_INSIDE.search(clause):
            continue
        first = clause.split(maxsplit=1)[0] if clause.strip() else ""
        if first.islower() and {"anchor_coop", "activity_verb"} & set(cue_labels(first)):
            continue  # "Vi har 47 medlemmar och sköter Folkets hus": still "vi" doing it
        labels = cue_labels(clause)
        if labels["anchor_coop"] and labels["local_group"]:
            return True
    return False


SELF_INSIDE = re.compile(r"\b(föreningen|byalaget|klubben)\b", re.IGNORECASE)
SELF_REFERENCE = re.compile(
    r"^\W*(föreningen|byalaget|klubben|laget|gillet|sällskapet|rådet|vi|styrelsen|the association|we)\b",
    re.IGNORECASE,
)


def _about_applicant(sent: Sentence, applicant: str | None) -> bool:
    """'Byxelkroks Båtklubb har 90 medlemmar och sköter hamnen' is the applicant itself."""
    if not applicant:
        return False
    head = sent.text.lstrip(" -•*").lower()
    # "Vägföreningen sköter …" in the mail of "Bäckebo vägförening": the applicant, definite.
    kind = applicant.lower().split()[-1]
    return head.startswith(applicant.lower()) or head.startswith((kind + "en ", kind + "et "))


def _is_partner_sentence(sent: Sentence) -> bool:
    """'Vi gör dem tillsammans med X, som hjälper …' is anchoring, not the activity."""
    c = sent.cues
    # "Skolan låter eleverna göra inspelningarna, församlingen lånar ut stugan …": two or
    # more groups doing their part describe the backing, even with doing-verbs in it.
    groups = c["local_group"] + len(NAMED_GROUP.findall(sent.text))
    return bool(
        c["anchor_coop"]
        and (
            (
                groups >= 2
                and not SELF_REFERENCE.match(sent.text)
                and not (c["time"] and c["activity_verb"] >= 3)  # a busy day told with helpers
            )
            or (c["local_group"] or _names_a_group(sent))
            and not c["activity_verb"]
        )
    )


def _is_anchor_report(sent: Sentence) -> bool:
    """'Kvällen togs upp på årsstämman, 26 röstade för' reports the backing, not the activity;
    'Här kommer budgeten för stämman' introduces the budget."""
    c = sent.cues
    if (
        c["anchor_meeting"]
        and (c["anchor_decision"] or _has_count(sent))
        and not c["plan"]
        and not _inverted_present(sent.text)  # "den 8 oktober har vi ett dialogmöte"
    ):
        return True  # "På byastämman var 40 personer och alla ville att byalaget ordnar …"
    if c["anchor_meeting"] and _has_count(sent) and c["past"]:
        return True  # "… och på det öppna hamnmötet den 15 augusti kom 45 personer"
    if c["anchor_meeting"] and BACKED.search(sent.text):
        return True  # "Vårmötet …, där 42 medlemmar var på plats, beslutade att vi ska …"
    if c["anchor_decision"] and BACKED.search(sent.text) and not c["activity_verb"]:
        return True  # "Byalagets styrelse beslutade den 4 maj att stå bakom hängkvällarna"
    if c["plan"] or c["activity_verb"]:
        return False
    return bool(BUDGET_TALK.search(sent.text))


BACKED = re.compile(
    r"\b(beslutade|beslöt|bestämde|röstade|ställde sig bakom|ställer sig bakom|stå bakom|står bakom|stod bakom|"
    r"backed|voted|decided)\b",
    re.IGNORECASE,
)
DATE_RE = re.compile(
    r"\b\d{1,2}(?:[/.]\d{1,2}|\s+(?:jan|feb|mar|apr|maj|may|jun|jul|aug|sep|okt|oct|nov|dec)\w*)\b|"
    r"\bkl\.?\s*\d|\bvecka\s+\d|\bv\.\s*\d",
    re.IGNORECASE,
)
BUDGET_TALK = re.compile(r"\b(budget\w*|kostnad\w*|kalkyl\w*|utgifter|costs|expenses)\b", re.I)


def _is_budget_line(sent: Sentence) -> bool:
    """'Hyra av bygdegården, två dagar: 2 400 kr' is a cost item, not the activity;
    so is 'Och budgeten: föredragshållarna tar 1 500 kr …, soppan 1 200 …'."""
    amounts = line_amounts(sent.text)
    return bool(amounts) and (
        sent.words <= 14
        or "|" in sent.text  # a table row
        or (len(amounts) >= 2 and BUDGET_TALK.search(sent.text))
        # "El och värme, 8 kvällar à 250 kr: 2 000 kr": priced, then the line's sum
        or (len(amounts) >= 2 and ENDS_WITH_SUM.search(sent.text) is not None)
    )


ENDS_WITH_SUM = re.compile(
    r"[:=]\s*(?:ca\.?\s*)?\d[\d \u00a0]*\s*(?:kr|kronor|sek|:-)?\.?\s*$", re.I
)


PEOPLE_RE = re.compile(
    r"(\d+|\w+(tio|ti)tal|tio|elva|tolv|tretton|fjorton|femton|sexton|sjutton|arton|nitton|"
    r"tjugo\w*|trettio\w*|fyrtio\w*|femtio\w*|två|tre|fyra|fem|sex|sju|åtta|nio|hundra\w*)"
    r"\s+(av\s+\d+\s+|av\s+oss\s+)?(\w+\s+)?(personer|pers\.?|deltagare|närvarande|medlemmar|bybor|boende|hushåll|"
    r"familjer|fastigheter|föreningar|frivilliga|volontärer|funktionärer|ideella|namn|svar|st|stycken|"
    r"föräldrar|grannar|ungdomar|pensionärer|anmält|anmälda|lovat|"
    r"people|members|residents|households|volunteers|answers|var med|kom|har|skrev|anmälde)"
    r"|\((\d+)\s+(närvarande|deltagare|personer|svar)\)"
    r"|\b(alla|samtliga|hela byn|everyone|all of us|many|många|flera)\b",
    re.IGNORECASE,
)


def _has_count(sent: Sentence) -> bool:
    """A number of people ('38 personer', 'ett tjugotal'), not 'alla' or 'många'."""
    return any(not EVERYONE_ONLY.fullmatch(m.group(0)) for m in PEOPLE_RE.finditer(sent.text))


EVERYONE_ONLY = re.compile(r"alla|samtliga|hela byn|everyone|all of us|many|många|flera", re.I)
PERSON_NAME = re.compile(r"\b[A-ZÅÄÖ][a-zåäöé]+ [A-ZÅÄÖ][a-zåäöé]+\b")


def _names_people(sent: Sentence) -> bool:
    """'Gösta Karlsson och Bengt Svensson (snickrar)…': named helpers."""
    return len(PERSON_NAME.findall(sent.text)) >= 2


def _has_people(sent: Sentence) -> bool:
    """A count of people backing it ('38 personer', 'alla', 'ett tjugotal'), not any digit."""
    return bool(PEOPLE_RE.search(sent.text))


NAMED_GROUP = re.compile(
    r"\b[A-ZÅÄÖ]\w+s?\s+(?:IF|IK|BK|SK|FF|PRO|SPF|"
    r"[A-Za-zåäöÅÄÖ]*(?:förening|lag|klubb|kår|gille|råd|sällskap|samfällighet))\b"
    r"|\b[A-ZÅÄÖ][a-zåäö]+(?:föreningen|klubben|laget|kåren|gillet|rådet|församling)\b"
)


def _names_a_group(sent: Sentence) -> bool:
    """A named local group: 'Storebro IF', 'Hjorteds Byalag', 'the Vena sports club'."""
    return bool(NAMED_GROUP.search(sent.text))
