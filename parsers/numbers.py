"""Numbers as volunteers write them: "15 000 kr", "15000:-", "12 tkr", "femtusen".

Pure functions over strings; every result keeps its character span so the
officer can be shown the exact words it came from.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

UNITS = {
    "noll": 0,
    "en": 1,
    "ett": 1,
    "två": 2,
    "tre": 3,
    "fyra": 4,
    "fem": 5,
    "sex": 6,
    "sju": 7,
    "åtta": 8,
    "nio": 9,
    "tio": 10,
    "elva": 11,
    "tolv": 12,
    "tretton": 13,
    "fjorton": 14,
    "femton": 15,
    "sexton": 16,
    "sjutton": 17,
    "arton": 18,
    "aderton": 18,
    "nitton": 19,
    "tjugo": 20,
    "tjugu": 20,
    "trettio": 30,
    "tretti": 30,
    "fyrtio": 40,
    "förtio": 40,
    "fyrti": 40,
    "femtio": 50,
    "femti": 50,
    "sextio": 60,
    "sexti": 60,
    "sjuttio": 70,
    "sjutti": 70,
    "åttio": 80,
    "åtti": 80,
    "nittio": 90,
    "nitti": 90,
}
# English words, for English applications.
EN_UNITS = {
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "fifteen": 15,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
    "thirteen": 13,
    "fourteen": 14,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "hundred": 100,
}
APPROX_RE = re.compile(r"\b(?:ett\s+)?(\w+?)(?:io|i)?tal\b", re.IGNORECASE)

NUM = r"\d{1,3}(?:[ \u00a0.,’']\d{3})+(?![\d])|\d+"
MONEY_RE = re.compile(
    rf"(?<![\w.,])(?:(?:sek|kr)\.?\s*)?(?P<num>{NUM})(?:[,.](?P<dec>\d{{1,2}})(?!\d))?\s*"
    r"(?P<unit>tkr\b|tusen\s+kr(?:onor)?\b|tusen\b|kkr\b|k\s*kr\b|lax\b|kronor\b|kr\b\.?|sek\b|:-|kr/\S+)",
    re.IGNORECASE,
)
DIGIT = re.compile(r"\d")
K_RE = re.compile(r"(?<![\w.,])(?P<num>\d{1,3}(?:[.,]\d)?)\s?k\b(?!r)", re.IGNORECASE)
K_CONTEXT = re.compile(
    r"kron|\bkr\b|\bsek\b|cost|kost|budget|rental|\bfee\b|\d\s?k\s*=|=\s*\d+(?:[.,]\d)?\s?k\b"
)
SEK_PREFIX_RE = re.compile(rf"\b(?:sek|kr)\.?\s*(?P<num>{NUM})(?![\d])", re.IGNORECASE)
WORD_MONEY_RE = re.compile(
    r"\b(?P<word>[a-zåäö]+(?:\s+[a-zåäö]+)?)\s*(?P<unit>kronor|kr\b|spänn)", re.IGNORECASE
)


# "sex tusenlappar", "en femhundring", "två hundralappar": money counted in banknotes
BANKNOTE_RE = re.compile(
    r"\b(?P<count>\d{1,3}|[a-zåäö]+)\s+(?P<note>tusenlapp(?:ar|en)?|femhundring(?:ar|en)?|"
    r"femhundralapp(?:ar|en)?|hundralapp(?:ar|en)?|tvåhundralapp(?:ar|en)?)\b",
    re.IGNORECASE,
)
NOTE_VALUES = {"tusen": 1000, "femhundr": 500, "tvåhundra": 200, "hundra": 100}
# "Vi söker alltså tio tusen." – thousands in words, the kronor understood
WORD_THOUSANDS_RE = re.compile(
    r"\b(?P<word>[a-zåäö]+)\s+tusen(?=\s*(?:[.,!;:)]|$|kr\b|kronor|spänn|sek\b))",
    re.IGNORECASE | re.MULTILINE,
)


@dataclass(frozen=True)
class Number:
    """A number found in text, with its span."""

    value: int
    start: int
    end: int
    text: str


def parse_int(digits: str) -> int | None:
    """'15 000' / '15.000' / '15,000' / '15000' → 15000."""
    cleaned = re.sub(r"[ \u00a0.,’']", "", digits)
    return int(cleaned) if cleaned.isdigit() else None


def word_number(word: str) -> int | None:
    """Swedish number words, also compounded: 'tjugotvå' → 22, 'femtusen' → 5000."""
    w = word.lower().strip().replace("ettusen", "etttusen")
    if not w:
        return None
    if w in EN_UNITS:
        return EN_UNITS[w]
    tens, _, unit = w.partition("-")
    if unit and tens in EN_UNITS and unit in EN_UNITS:  # "twenty-five"
        return EN_UNITS[tens] + EN_UNITS[unit]
    total, current, i = 0, 0, 0
    keys = sorted(list(UNITS) + ["hundra", "tusen"], key=len, reverse=True)
    while i < len(w):
        for key in keys:
            if w.startswith(key, i):
                if key == "hundra":
                    current = (current or 1) * 100
                elif key == "tusen":
                    total += (current or 1) * 1000
                    current = 0
                else:
                    current += UNITS[key]
                i += len(key)
                break
        else:
            return None
    value = total + current
    return value if value > 0 else None


def approx_number(word: str) -> int | None:
    """'fyrtiotal' / 'trettital' / 'hundratal' → 40 / 30 / 100."""
    w = word.lower()
    if not w.endswith("tal") or len(w) < 6:
        return None
    stem = w[:-3]
    for candidate in (stem, stem + "o", stem.rstrip("o")):
        value = word_number(candidate)
        if value and value >= 10:
            return value
    return None


def money(text: str) -> list[Number]:
    """Every amount of money in text, in order (SEK, whole kronor)."""
    found: list[Number] = []
    lower = text.lower()
    # Cheap guards: most sentences carry no digits and no "kr" at all.
    has_digit = DIGIT.search(text) is not None
    for m in MONEY_RE.finditer(text) if has_digit else ():
        value = parse_int(m.group("num"))
        if value is None:
            continue
        unit = m.group("unit").lower()
        if (
            unit in ("tkr", "kkr", "lax")
            or unit.startswith("tusen")
            or unit.replace(" ", "") == "kkr"
        ):
            decimals = m.group("dec") or ""
            value = value * 1000 + (int(decimals) * 1000 // 10 ** len(decimals) if decimals else 0)
        found.append(Number(value, m.start(), m.end(), m.group(0).strip()))
    taken = [(n.start, n.end) for n in found]
    for m in SEK_PREFIX_RE.finditer(text) if has_digit else ():
        if any(s <= m.start() < e for s, e in taken):
            continue
        value = parse_int(m.group("num"))
        if value is not None:
            found.append(Number(value, m.start(), m.end(), m.group(0).strip()))
    if has_digit and K_CONTEXT.search(lower):
        # "it'll cost around 6k (kronor, not euros!)": thousands written with a k
        taken = [(n.start, n.end) for n in found]
        for m in K_RE.finditer(text):
            if any(s <= m.start() < e for s, e in taken):
                continue  # "13.5k kr" was read already
            value = round(float(m.group("num").replace(",", ".")) * 1000)
            found.append(Number(value, m.start(), m.end(), m.group(0)))
    spelled = "kr" in lower or "spänn" in lower
    for m in WORD_MONEY_RE.finditer(text) if spelled else ():
        # "fyratusen åttahundra kronor" is one amount; "hyra tvåtusen kronor" is one word's.
        words = m.group("word").split()
        value = word_number("".join(words))
        start = m.start()
        if value is None and len(words) == 2:
            value = word_number(words[1])
            start = m.start() + m.group(0).find(words[1])
        if value and value >= 100:
            found.append(Number(value, start, m.end(), text[start : m.end()]))
    if "tusen" in lower or "hundr" in lower:
        found += _spelled_notes_and_thousands(text, found)
    return sorted(found, key=lambda n: n.start)


def _spelled_notes_and_thousands(text: str, found: list[Number]) -> list[Number]:
    taken = [(n.start, n.end) for n in found]
    extra: list[Number] = []
    for m in BANKNOTE_RE.finditer(text):
        raw = m.group("count")
        n = int(raw) if raw.isdigit() else word_number(raw)
        note = m.group("note").lower()
        unit = next((v for k, v in NOTE_VALUES.items() if note.startswith(k)), None)
        if n and unit and not any(s <= m.start() < e for s, e in taken):
            extra.append(Number(n * unit, m.start(), m.end(), m.group(0)))
    for m in WORD_THOUSANDS_RE.finditer(text):
        n = word_number(m.group("word"))
        end = m.end()
        if n and n >= 2 and not any(s <= m.start() < e for s, e in taken):
            extra.append(Number(n * 1000, m.start(), end, text[m.start() : end]))
    return extra


def count(text: str) -> int | None:
    """A count written as digits, a word or an approximation ('ett fyrtiotal')."""
    t = text.strip().lower()
    if re.fullmatch(r"\d+", t):
        return int(t)
    return approx_number(t) or word_number(t)
