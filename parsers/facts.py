"""Facts the grant's rules are checked against: gender, salaries, investments.

Each reader returns its value and the sentence that decided it, so the
officer sees why a warning was raised.
"""

from __future__ import annotations

import re

from parsers.budget import line_amounts
from parsers.nlp import Sentence, cue_labels
from parsers.numbers import money

NEGATED = re.compile(r"\b(inga|ingen|inget|inte|utan|no|not|without|ej|aldrig)\b", re.IGNORECASE)
# Negation close before the cost: "inga löner", "vi ska inte köpa något", "no salaries".
NEGATION = (
    r"\b(inga|ingen|inget|inte|utan|no|not|without|ej|aldrig|slipper|nobody|nobody's|no one|none|"
    r"nothing|never)\b(\W+\w+){0,4}?\W+"
)
NEGATED_SALARY = re.compile(NEGATION + r"(lön|löner|anställ|salar|wage|employ)", re.IGNORECASE)
OUTSIDE_FEE = re.compile(
    r"\b(föreläsar\w*|föredragshållar\w*|instruktör\w*|kursledar\w*|musiker\w*|spelm[aä]n\w*|"
    r"guide\w*|artist\w*|lecturer\w*|speaker\w*|performer\w*|moderator\w*|psykolog\w*)\b",
    re.IGNORECASE,
)
HARD_SALARY = re.compile(r"\b(lön\w*|anställ\w*|arbetsgivaravgift\w*|salar\w*|wage\w*)", re.I)
# "Verktyg tar vi med hemifrån, vi köper inga." – the negation after the verb.
NOT_BOUGHT = re.compile(
    r"\b(köp\w*|inköp\w*|bygg\w*|buy\w*)\s+(?:\w+\s+)?(inga|inget|ingen|inte|nothing)\b", re.I
)
SURPLUS = re.compile(r"\b(överskott\w*|vinsten|intäkterna|the profit|any surplus)\b", re.I)
NEGATED_INVESTMENT = re.compile(
    NEGATION + r"(köp|inköp|bygg|renover|invest|buy|build|purchas|utrustning|maskin)"
    r"|\b(?:i ?stället för att|instead of) (?:köpa|buy)",
    re.IGNORECASE,
)


FEMALE = (
    r"(kvinna|kvinnor|kvinnorna|tjejer|tjejerna|flickor|flickorna|damer|damerna|damklass|dam(?:tur|lag)\w*|"
    r"kvinnfolk|kvinnfolket|"
    r"gummor|kärringar|mammor|döttrar|systrar|women|girls|ladies|mothers|female)"
)
MALE = (
    r"(man|män|männen|killar|killarna|pojkar|pojkarna|herrar|herrarna|herrklass|herr(?:tur|lag)\w*|gubbar|"
    r"karlar|pappor|söner|bröder|men|boys|gentlemen|fathers|male)"
)
# "kvinnor som män", "både gubbar och gummor", "damklass och herrklass", "girls and boys".
# "kvinnor och män", also counted: "12 kvinnor och 9 män", "hälften kvinnor och hälften män"
_JOIN = r"\s*(,|och|å|o|som|såväl som|liksom|and|&|/|eller|or|\+)?\s*(?:\d+\s+|hälften\s+|half\s+)?"
BOTH_RE = re.compile(
    rf"\b({FEMALE}{_JOIN}{MALE}|{MALE}{_JOIN}{FEMALE})\b",
    re.IGNORECASE,
)


def women_and_men(sentences: list[Sentence]) -> tuple[bool | None, str]:
    """True when the activity is for all genders, False when for one only."""
    for sent in sentences:
        if sent.cues["both_genders"] or BOTH_RE.search(sent.text):
            return True, sent.text
    for sent in sentences:
        if sent.cues["one_gender"] and not NEGATED.search(sent.text):
            return False, sent.text
    return None, ""


def salary_costs(sentences: list[Sentence]) -> tuple[bool, str]:
    """Wages or pay to employees; a lecturer's or leader's fee is not a salary."""
    for sent in sentences:
        if not sent.cues["salary"]:
            continue
        if NEGATED_SALARY.search(sent.text) or sent.text.rstrip().endswith("?"):
            continue  # (a question whether a fee counts as salary proposes none)
        if OUTSIDE_FEE.search(sent.text) and not HARD_SALARY.search(sent.text):
            continue  # "Föreläsare …, timarvode 800 kr/tim": a hired lecturer's fee
        return True, sent.text
    return False, ""


LENDS_OUT = re.compile(r"\b(?:att|som \w+|vi) (?:låna|lånar|hyra|hyr) ut\b|\butlåning", re.I)
OTHERS_BUY = re.compile(r"\b(?:kan|får|ska kunna|can|could)(?: \w+)? (?:köpa|buy)\b", re.I)
# "en kurs i att renovera gamla fönster": the skill taught, not a purchase.
TAUGHT = re.compile(
    r"\b(?:kurs\w*|workshop\w*|utbildning\w*|lära sig|lär sig|lär oss|studiecirkel\w*|course)"
    r" (?:i|om|on|in) (?:att |how to )?\w*(?:renover|bygg|laga|reparer|restore|repair)"
    r"|\b(?:teach\w*|show\w*|lär ut|lära ut|visar) (?:\w+ )?(?:how to|hur man) "
    r"\w*(?:renover|bygg|laga|reparer|restore|repair|fix|mend)",
    re.I,
)
# "båten och resan från Gotland blir två tusenlappar": a ferry ride, not a boat bought.
TRAVEL = re.compile(
    r"\b(?:resa|resan|resor|resorna|biljett\w*|färj\w*|transport\w*|t/r|tur och retur|"
    r"trip|ferry|fare)\b",
    re.I,
)


def physical_investment(sentences: list[Sentence]) -> tuple[bool, str]:
    """Buying equipment or building/renovating; renting and consumables are not."""
    for sent in sentences:
        obj = sent.cues["investment_object"]
        verb = sent.cues["investment_verb"]
        if not (obj or verb):
            continue
        # "Täljknivar och yxor att låna ut": bought by the group to lend to others.
        rented = sent.cues["rent"] > 0 and not LENDS_OUT.search(sent.text)
        if (
            NEGATED_INVESTMENT.search(sent.text)
            or NOT_BOUGHT.search(sent.text)
            or SURPLUS.search(sent.text)  # "överskottet går till … som behöver nytt tak"
            or TAUGHT.search(sent.text)
            or OTHERS_BUY.search(sent.text)  # "turisterna kan köpa färsk fisk"
        ):
            continue
        # "Projektor 3 500, filmlicenser 4 x 400 = 1 600, fika 800.": a cost list without "kr".
        costs = bool(sent.cues["cost_item"] or sent.cues["consumable"] or "=" in sent.text)
        if len(line_amounts(sent.text, in_budget=costs)) >= 2:
            # A comma list of costs, judged item by item: renting one item does not excuse
            # buying another, and a long list still names its purchases.
            for chunk in re.split(r"[,;]", sent.text):
                labels = cue_labels(chunk)
                if (
                    labels["investment_object"]
                    and not labels["rent"]
                    and not TRAVEL.search(chunk)
                    and line_amounts(chunk, in_budget=True)
                ):
                    return True, sent.text
            if not (verb and not rented):
                continue  # "Köp av 3 marknadstält … = 6 000 kr" goes on to the purchase rules
        if obj and verb and not rented:
            return True, sent.text
        # A budget line naming equipment, with an amount and no renting.
        short = sent.words <= 8  # "Virke till nya bryggdäck      9 000": a budget line
        if (
            obj
            and line_amounts(sent.text, in_budget=short)
            and not rented
            and sent.words <= 16
            and not TRAVEL.search(sent.text)
        ):
            return True, sent.text
        # "Renovering av bygdegården 8 000 kr": building work with a price
        # ("mat som vi köper in 2 000 kr" is food, used up).
        if (
            verb
            and money(sent.text)
            and not rented
            and not sent.cues["consumable"]
            and re.search(r"\b(renover|bygg|upprust|anlägg|inköp|köp)", sent.text, re.I)
        ):
            return True, sent.text
    return False, ""
