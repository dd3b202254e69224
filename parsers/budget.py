"""The budget and the amount applied for.

A budget is cost items with amounts — a table, a list or prose with several
amounts — never a bare total ("vi söker 15 000 kr") and never a promise
("budget kommer senare"). The amount applied for is, in order of preference:
what the mail says it applies for, the budget's stated total, the sum of its
items, or the one figure the mail gives.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from parsers.nlp import Sentence, cue_labels
from parsers.numbers import Number, money, word_number

TOTAL_RE = re.compile(
    r"(^\s*=|^\s*budget\w*\b[^\n]{0,30}$|\b(?:summa|totalt|total|totalbelopp|totalkostnad|sammanlagt|tillsammans|allt som allt|tot|tot\."
    r"|allt\s+som\s+allt|alltså|i allt|sum|in total|altogether|slutsumma|totala|all in|all told"
    r"|all together|in all)\b"
    r"|^\s*(?:det blir|blir det|summan blir|så blir det)\b)",
    re.IGNORECASE,
)
APPLY_RE = re.compile(
    r"\b(söker|ansöker|sökt belopp|sökta beloppet|begär|ansökt|apply|applying|we ask|ask|vi ber om"
    r"|applied|ask for|asking for|request|belopp\s*:|bidrag\s+(på|om)|önskar|hoppas på"
    r"|från idéslanten|från bygdepengen|ge oss|skulle behöva)\b",
    re.IGNORECASE,
)
# Bare numbers that are clearly costs in prose ("bussen kostar 6500").
COST_VERB_NUMBER = re.compile(
    r"\b(kostar|kosta|kostnad(?:en)?|tar|betala|betalar|blir det)\s+(?:ca\s+|cirka\s+|runt\s+)?"
    r"(?P<num>\d{1,3}(?:[ .]\d{3})+|\d{3,6})(?![\d])(?!\s*(?:kr|kronor|sek|:-|st|personer|år|%))",
    re.IGNORECASE,
)
# In a sentence about money ("Pengar behöver vi till föreläsaren 3 000, lokalhyran
# 800 och fika 400") bare numbers are amounts too.
MONEY_CONTEXT = re.compile(
    r"\b(pengar|kostar|kosta|kostnad\w*|budget\w*|behöver|utgifter|costs?|vill ha|betala\w*|räcker|"
    r"söker|ansöker|söka)\b",
    re.IGNORECASE,
)
BARE_NUMBER = re.compile(
    r"(?<![\d\-:/.,])(?<!av )(?P<num>(?!0)\d{1,3}(?:[ ,.]\d{3})+|(?!0)\d{3,6})"
    r"(?:,\d{2}(?!\d))?"  # "4 500,00" from a spreadsheet export: the öre go
    r"(?![\d\-:/]|[.,]\d)"
    r"(?!\s*(?:kr|kronor|sek|:-|st\b|stycken|personer|deltagare|medlemmar|medl\b|år|%|timmar|km|m\b|"
    r"hushåll|svar|namn|besökare|barn|familjer|bybor|av\s+\d))",
    re.IGNORECASE,
)


@dataclass
class BudgetLine:
    text: str
    amount: int
    is_total: bool
    # A cost line: it names a cost, sits in a table or list, or is short. "Vi fick
    # 6 000 kr i mars till valborg" has an amount but is no budget line.
    costish: bool = True


@dataclass
class Budget:
    items: list[BudgetLine] = field(default_factory=list)
    totals: list[BudgetLine] = field(default_factory=list)
    applied: Number | None = None
    applied_text: str = ""
    all_amounts: list[int] = field(default_factory=list)
    # Cost lines in another currency ("prizes, £15 a night x 6  £90"): a budget all the
    # same, though no amount in kronor can be read from them.
    foreign: list[BudgetLine] = field(default_factory=list)

    @property
    def item_sum(self) -> int:
        return sum(i.amount for i in self.items)

    def amount(self) -> int | None:
        """The amount applied for, by the order of preference above."""
        if self.applied is not None:
            return self.applied.value
        if self.totals:
            return self.totals[-1].amount
        if len(self.items) >= 3 and self.items[-1].amount * 2 == self.item_sum:
            return self.items[-1].amount
        if len(self.items) >= 2:
            return self.item_sum
        if self.all_amounts:
            return self.all_amounts[0]
        return None


def _amounts(text: str, money_talk: bool = False) -> list[Number]:
    text = PHONE_LIKE.sub(lambda m: " " * len(m.group(0)), text)
    text = ORGNR_LIKE.sub(lambda m: " " * len(m.group(0)), text)  # "Org. nr 802473 1187"
    found = money(text)
    bare = BARE_NUMBER if money_talk or MONEY_CONTEXT.search(text) else COST_VERB_NUMBER
    for m in bare.finditer(text):
        if any(n.start <= m.start("num") < n.end for n in found):
            continue
        value = int(re.sub(r"[ .,]", "", m.group("num")))
        if COUNT_LABEL.search(text[max(0, m.start("num") - 25) : m.start("num")]):
            continue  # "medl.antal: 118": a count of members, not kronor
        # "lokal 2000" in a list of costs is two thousand kronor, not a year.
        cost_line = money_talk and len(text.split()) <= 6 and not text[m.end("num") :].strip(" .")
        year_like = (
            m.group("num").isdigit() and not cost_line and _is_year(text, m.start("num"), value)
        )
        if 100 <= value <= 1_000_000 and not year_like:
            found.append(Number(value, m.start("num"), m.end("num"), m.group("num")))
    if bare is BARE_NUMBER:
        # "…, varav fyratusen till bussen och tretusen till entréer": spelled out, no "kr".
        for m in SPELLED_THOUSANDS.finditer(text):
            value = word_number(m.group(0))
            if value and value >= 100 and not any(n.start <= m.start() < n.end for n in found):
                found.append(Number(value, m.start(), m.end(), m.group(0)))
    return sorted(found, key=lambda n: n.start)


SPELLED_THOUSANDS = re.compile(r"\b[a-zåäö]*(?:tusen|hundra)[a-zåäö]*\b", re.IGNORECASE)


WORD_BEFORE = re.compile(r"(\w+)\W{0,3}$")


def _is_year(text: str, start: int, value: int) -> bool:
    """'hösten 2026', 'Torsås 2026' are years; 'hyra 2000' is two thousand kronor."""
    if not 1900 <= value <= 2099:
        return False
    before = WORD_BEFORE.search(text[max(0, start - 30) : start])
    return not (before and {"cost_item", "rent"} & set(cue_labels(before.group(1))))


# A heading line ("Intäkter", "Intäkter:"), not a sentence that mentions income.
INCOME_HEADING = re.compile(r"^\W*(intäkter|inkomster|income|revenue)\W*$", re.IGNORECASE)
COST_HEADING = re.compile(
    r"^\W*(kostnad\w*|utgifter|budget\w*|costs|expenses|vi söker|sökt belopp|summa kostnader)\b",
    re.IGNORECASE,
)
LIST_ITEM = re.compile(r"^\s*([-*•·–]|\d{1,2}[.)]\s|[a-z][.)]\s)")
# Phone numbers are never amounts: "ring mig på 070 552 31 84".
PHONE_LIKE = re.compile(r"(?:\+46|\b0)\d{1,3}[ -]?\d{2,3}(?:[ -]?\d{2}){1,3}\b")
COUNT_LABEL = re.compile(
    r"(medl\w*\.?\s*antal|antal\s+medl\w*\.?|medlemsantal|medlemmar|members|deltagare)\W*$", re.I
)
BUDGET_POINT = re.compile(
    r"^\s*(?:5\s*[.)]?|budget\w*|belopp|summa|kostnad\w*|sökt belopp|costs?)\s*(?:\((?:sek|kr)\))?"
    r"\s*:?\s*$",
    re.IGNORECASE,
)
FOREIGN = re.compile(
    r"[£€$]\s?\d[\d,.]*|\b\d[\d,.]*\s?(?:€|eur|euro|euros|gbp|pounds?|usd|dollars?)\b", re.I
)
RECEIVED = re.compile(r"\b(fick|beviljades|erhöll|har fått|fått|received|were granted|got)\b", re.I)
GRANTED = re.compile(
    r"\b(idéslanten|bygdepeng\w*|bidrag\w*|grant|förra året|i fjol|last year)\b", re.I
)
ORGNR_LIKE = re.compile(r"\b\d{6}[- ]?\d{4}\b")
PER_UNIT = re.compile(
    r"\b(varje|per|à|a|each|st|styck|gången|gången så|per gång)\b|[x×*=]|\bblir\b", re.IGNORECASE
)


COUNT_AT_PRICE = re.compile(
    r"\b(?P<n>\d{1,3})\s*(?:gånger|ggr|st|stycken|tillfällen|kvällar|träffar|pers|personer)?\s*"
    r"(?:à|á|@)\s*$",
    re.IGNORECASE,
)


def _times_count(text: str, amount: Number) -> Number:
    """'10 gånger à 150 kr' costs 1 500 – unless the line states the product itself."""
    m = COUNT_AT_PRICE.search(text[max(0, amount.start - 25) : amount.start])
    after = text[amount.end : amount.end + 25]
    if not m or re.match(r"\s*(?:=|blir|,?\s*totalt|,?\s*summa)", after, re.I):
        return amount
    return Number(amount.value * int(m.group("n")), amount.start, amount.end, amount.text)


def _drop_unit_prices(text: str, amounts: list[Number]) -> list[Number]:
    """'3 000 för varje kväll, så det blir 9 000': the first is a unit price, not an item."""
    kept = []
    for i, a in enumerate(amounts):
        nxt = amounts[i + 1] if i + 1 < len(amounts) else None
        if nxt and nxt.value % a.value == 0 and 2 <= nxt.value // a.value <= 50:
            if PER_UNIT.search(text[max(0, a.start - 8) : nxt.start]):
                continue
        kept.append(a)
    return kept


ENDS_IN_NUMBER = re.compile(
    r"^.{2,60}?\s(?!0)(?:\d{1,3}(?: \d{3})+|\d{2,6})(?:\s*(?:kr|kronor|:-|sek))?\s*$", re.I
)
TIMES = re.compile(
    r"\d\s*(?:kr|kronor|:-|sek)?\.?\s*[x×*]\s*(?P<n>\d{1,3})\b(?!\s*(?:kr|:-|sek))", re.I
)
UNIT_PRICE_LINE = re.compile(
    r"\d+\s*[x×*]\s*\d+\s*=\s*\d"
    # "DJ 1500/ggr = 7500": a price per time, then the product
    r"|\d+\s*(?:kr)?\s*/\s*(?:ggr|gång|gången|st|pers|person|kväll|tillfälle|träff)\s*=\s*\d"
)


# "Budget (tkr)", "Belopp i tusental kronor": the lines below give thousands ("fika 1,2")
THOUSANDS_HEADING = re.compile(
    r"\b(?:budget|kostnad|belopp|cost)\w*\b.{0,20}\b(?:tkr|kkr|ksek|tusental kronor|"
    r"tusen kronor|tusen kr|thousand sek|thousands)\b\W*$",
    re.IGNORECASE,
)
TRAILING_THOUSANDS = re.compile(r"(?<![\d,.])(?P<num>\d{1,3}(?:[,.]\d{1,2})?)\s*(?:tkr)?\s*$")


def _number_list_lines(sentences: list[Sentence]) -> set[int]:
    """Indexes of lines in a run of three or more short 'Musik 3 000' lines: a cost list."""
    # Column-aligned lines pad the gap before the amount with many spaces.
    hits = [
        bool(ENDS_IN_NUMBER.match(re.sub(r"\s{2,}", " ", s.text))) and s.words <= 10
        for s in sentences
    ]
    listed: set[int] = set()
    run: list[int] = []
    for i, hit in enumerate([*hits, False]):
        if hit:
            run.append(i)
            continue
        if len(run) >= 3:
            listed.update(run)
        run = []
    return listed


# "Vi söker 10 000 kr, fördelat …", "Vi räknar med 12 tkr: kocken 6 tkr, …", "Totalt 8 000:"
TOTAL_FIRST = re.compile(
    r"\b(?:söker|ansöker om|räknar med|beräknar|behöver|kostar|totalt|summa|sammanlagt|"
    r"apply for|ask for|total of|total)\s*(?:ca\.?|cirka|ungefär|runt)?\s*$",
    re.IGNORECASE,
)
SPLIT_AFTER = re.compile(
    r"\s*(?:kr|kronor|sek|tkr)?\.?\s*(?::|,?\s*(?:fördelat|varav|uppdelat|split))", re.I
)


def _split_total(amounts: list[Number], text: str) -> tuple[list[Number], Number | None]:
    """If one amount is the sum of the others, it is their total."""
    if len(amounts) < 3:
        return amounts, None
    whole = sum(a.value for a in amounts)
    first, last = amounts[0], amounts[-1]
    # The sum closes the line ("… fika 700 kr = 3 500 kr"); "band 4 000, hyra 2 000, mat
    # 2 000" is three items even though the first equals the other two.
    if last.value * 2 == whole:
        return amounts[:-1], last
    # "Vi söker 10 000 kr, fördelat: föreläsare 6 000, lokal 2 000, fika 2 000": a total
    # named first, after the words that announce one.
    announced = TOTAL_FIRST.search(text[: first.start]) or SPLIT_AFTER.match(text, first.end)
    if first.value * 2 == whole and announced:
        return amounts[1:], first
    return amounts, None


def read_budget(sentences: list[Sentence]) -> Budget:
    """Collect cost items, totals and the applied amount from tagged sentences."""
    budget = Budget()
    recent: list[bool] = []
    income = False
    listed = _number_list_lines(sentences)
    thousands = False
    for index, sent in enumerate(sentences):
        # Lines under "Intäkter" are income (entrance fees, sales), never cost items.
        if INCOME_HEADING.match(sent.text):
            income = True
        elif COST_HEADING.match(sent.text):
            income = False
        if income:
            continue
        if RECEIVED.search(sent.text) and sent.cues["past"] and GRANTED.search(sent.text):
            continue  # "Förra året fick vi 11 500 kr ur idéslanten": history, not this budget
        # "Vad det kostar har vi räknat på. Musikerna vill ha 3 000 för varje kväll …"
        # Table rows ("Summa | 7 400", tab-separated) and sentences that already
        # price something in kronor carry bare numbers as amounts too.
        money_talk = (
            any(recent[-2:])
            # "5." (the budget point of the region's form) or "Budget:" on the line before
            or (index > 0 and BUDGET_POINT.match(sentences[index - 1].text) is not None)
            or "|" in sent.text
            or "\t" in sent.text
            or bool(money(sent.text))
            or index in listed
            or bool(UNIT_PRICE_LINE.search(sent.text))  # "Instruktör 8 x 700 = 5 600"
            or sent.cues["cost_item"] >= 2  # "Hyra av tält 3 000, mat 4 000, musik 2 500 …"
        )
        recent.append(bool(MONEY_CONTEXT.search(sent.text)))
        amounts = [a for a in _amounts(sent.text, money_talk) if 50 <= a.value <= 5_000_000]
        if thousands and not amounts:
            small = TRAILING_THOUSANDS.search(sent.text)
            if small:
                value = round(float(small.group("num").replace(",", ".")) * 1000)
                amounts = [Number(value, small.start(), small.end(), small.group(0))]
            else:
                thousands = False
        if THOUSANDS_HEADING.search(sent.text) and not amounts:
            thousands = True
        times = TIMES.search(sent.text)
        if times and len(amounts) == 1 and not UNIT_PRICE_LINE.search(sent.text):
            # "Kursavgift à 250 kr x 12 deltagare": the item costs the product.
            a = amounts[0]
            value = a.value * int(times.group("n"))
            amounts = [Number(value, a.start, a.end, a.text)]
        # "föreläsare 2 gånger à 2 000 kr, fika 10 gånger à 150 kr": a count times a price
        if not UNIT_PRICE_LINE.search(sent.text) and _split_total(amounts, sent.text)[1] is None:
            amounts = [_times_count(sent.text, a) for a in amounts]
        # "… 2 000 kr, tält 800 kr, fika 700 kr = 3 500 kr": when the last is the sum of
        # the rest it is their total, and 700 is no unit price of 3 500.
        if _split_total(amounts, sent.text)[1] is None:
            amounts = _drop_unit_prices(sent.text, amounts)
        costish = bool(
            sent.cues["cost_item"]
            or sent.cues["budget_word"]
            or sent.words <= 12
            or "|" in sent.text
            or "\t" in sent.text
            or LIST_ITEM.match(sent.text)
            or len(amounts) >= 3  # a prose list of costs
        )
        if not amounts:
            foreign = FOREIGN.findall(sent.text)
            if foreign and costish:
                budget.foreign.append(BudgetLine(sent.text, 0, False, True))
            continue
        budget.all_amounts += [a.value for a in amounts]
        is_apply = bool(APPLY_RE.search(sent.text)) and len(amounts) <= 2
        is_total = bool(TOTAL_RE.search(sent.text))
        if (
            is_total
            and len(amounts) >= 2
            and amounts[-1].value < max(a.value for a in amounts[:-1])
        ):
            # "… 2 500 kr var … och så kaffe för kanske 1 000 kr sammanlagt": the word sums
            # one item, it is no total of the line.
            is_total = False
        parts, total = _split_total(amounts, sent.text)
        if total is not None:
            budget.items += [BudgetLine(sent.text, a.value, False, costish) for a in parts]
            budget.totals.append(BudgetLine(sent.text, total.value, True))
            if is_apply and budget.applied is None:
                budget.applied, budget.applied_text = total, sent.text
            continue
        if is_apply and budget.applied is None and not _is_rule_talk(sent.text):
            budget.applied = _applied_amount(sent.text, amounts, is_total)
            budget.applied_text = sent.text
            if not is_total:
                continue
        if is_total:
            budget.totals.append(BudgetLine(sent.text, amounts[-1].value, True))
            # "Alltså 4 000 kr tillsammans" closes a list; a prose line can hold items too.
            if len(amounts) >= 3:
                budget.items += [
                    BudgetLine(sent.text, a.value, False, costish) for a in amounts[:-1]
                ]
            continue
        # Unit prices are gone (_drop_unit_prices): every amount left is an item.
        budget.items += [BudgetLine(sent.text, a.value, False, costish) for a in amounts]
    return budget


def _applied_amount(text: str, amounts: list[Number], is_total: bool) -> Number:
    """'Byalaget står själv för 6 400 kr och vi söker 10 000 kr': the amount after the verb."""
    verb = APPLY_RE.search(text)
    after = [a for a in amounts if verb and a.start >= verb.end()]
    if after:
        return after[0]
    return amounts[-1] if is_total else amounts[0]


def _is_rule_talk(text: str) -> bool:
    """'man får söka högst 15 000 kr' is about the rules, not an amount applied for."""
    return bool(re.search(r"\b(högst|max|maximalt|maximum|upp till|per ort)\b", text, re.I))


def has_budget(budget: Budget) -> tuple[bool, float, list[str]]:
    """Decide whether the cost items make an overview budget; returns evidence lines."""
    cost_items = [
        i
        for i in budget.items
        if i.costish and not (budget.applied and i.text == budget.applied_text)
    ]
    distinct = {i.amount for i in cost_items} | {i.text for i in budget.foreign}
    cost_items = cost_items + budget.foreign
    evidence = [i.text for i in cost_items] + [t.text for t in budget.totals]
    if len(distinct) >= 2 or len(cost_items) >= 3:
        confidence = 0.95 if len(cost_items) >= 3 else 0.8
        return True, confidence, _unique(evidence)
    return False, 0.8 if not cost_items else 0.6, _unique(evidence)


def _unique(lines: list[str]) -> list[str]:
    seen: list[str] = []
    for line in lines:
        if line not in seen:
            seen.append(line)
    return seen


def line_amounts(text: str, in_budget: bool = False) -> list[Number]:
    """Amounts on one line, bare numbers included in a table row or a budget's list."""
    return _amounts(text, in_budget or "|" in text or "\t" in text or bool(money(text)))
