"""Kalmar län's localities (ort) and their municipality, from data/orter.csv.

Used to read which ort an application concerns and to tell the officer which
municipality a case belongs to. Genitive forms ("Timmernabbens", "Påryds")
and all-lower-case writing count; names that are also ordinary Swedish words
must be written with a capital letter to count.
"""

from __future__ import annotations

import csv
import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

# Place names that are also common words or names: only a capitalised
# mention counts, and never at the start of a sentence alone.
COMMON_WORDS = {
    "vi",
    "ed",
    "hult",
    "berg",
    "by",
    "dal",
    "ås",
    "näs",
    "mon",
    "tuna",
    "ön",
    "lund",
    "sand",
    "holm",
    "torp",
    "vik",
    "bo",
    "mark",
    "nore",
    "ryd",
    "sjö",
}
COMMON_WORDS |= {"drag", "åby", "klo", "lunda", "kleva"}
# Islands, provinces and the country are no ort: "Norra Ölands Byalag" lives in a village.
COMMON_WORDS |= {
    "öland",
    "norra",
    "södra",
    "mellersta",
    "gotland",
    "småland",
    "sverige",
}
# A place the gazetteer does not know, named the way applicants name home:
# "Kristvik med omnejd", "här i Kristvik", "Kristviks Intresseförening".
UNKNOWN_PLACE = re.compile(
    r"(?:\b(?:här i|vi i|bor i|boende i|bor på|här på|byn|i byn|socknen)[ \t]+(?P<a>[A-ZÅÄÖ][a-zåäö]{2,})\b"
    r"|\b(?P<b>[A-ZÅÄÖ][a-zåäö]{2,})[ \t]+(?:med|och) omnejd"
    r"|\bi[ \t]+(?P<d>[A-ZÅÄÖ][a-zåäö]{2,})s?[ \t]+(?:bygdegård|hembygdsgård|byskola|skola|kyrka|"
    r"församlingshem|folkets hus)"
    r"|\b(?P<c>[A-ZÅÄÖ][a-zåäö]{2,})[ \t]+(?:[A-ZÅÄÖ]?[a-zåäö]*)?(?:[Bb]yalag|[Ii]ntresseförening|"
    r"[Bb]ygdeförening|[Ss]amhällsförening|[Bb]ygdegårdsförening|[Hh]embygdsförening|[Bb]yaråd))"
)


REFERENCE_CUE = re.compile(
    r"(norr om|söder om|öster om|väster om|nära|utanför|till|in till|från|mot|north of|south of|"
    r"near)\s*(?:\w+(?:,\s*\w+)*\s+(?:och|eller|and|or)\s*)?$"
)
PARTNER_PLACE = re.compile(
    r"\b(?:med|hos|från|with|from) \w+(?:föreningen|klubben|laget|förening|klubb) i\s*$"
)
HOME_CUE = re.compile(
    r"(här i|vi i|oss i|boende i|bor i|byn|socknen|förening(en)? i|byalag(et)? i|bygdegård(en)? i|"
    r"mitt i|here in|in the village of|living in|live in|(?:vi|jag) (?:är|kommer) från|"
    r"flyttat till|flyttade till|flyttat hit till|moved to|bor på|här på|vi på|oss på|living on|"
    r"we are from|we come from)\s*$"
)


@dataclass(frozen=True)
class Place:
    ort: str
    kommun: str


@dataclass
class Gazetteer:
    places: dict[str, list[Place]]

    def municipality(self, ort: str | None) -> str | None:
        if not ort:
            return None
        found = self.places.get(ort.lower())
        return found[0].kommun if found else None


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    text = resources.files("parsers").joinpath("data/orter.csv").read_text("utf-8")
    places: dict[str, list[Place]] = {}
    for row in csv.DictReader(text.splitlines()):
        place = Place(row["ort"].strip(), row["kommun"].strip())
        places.setdefault(place.ort.lower(), []).append(place)
    return Gazetteer(places)


WORD = re.compile(r"[^\W\d_][\w-]*")


_FIRST_WORDS: dict[int, frozenset[str]] = {}


def _first_words(key: int, places: dict) -> frozenset[str]:
    if key not in _FIRST_WORDS:
        _FIRST_WORDS[key] = frozenset(name.split()[0] for name in places if " " in name)
    return _FIRST_WORDS[key]


def _mentions(text: str, places: dict) -> list[tuple[str, str, int, int]]:
    """(key, written, start, end) of gazetteer names, longest first, genitive -s allowed.

    A word scan with dictionary look-ups: a regex alternation of hundreds of names
    costs more than the rest of the extractor together.
    """
    words = list(WORD.finditer(text))
    starts = _first_words(id(places), places)
    lowers = [w.group(0).lower() for w in words]
    # Skip straight to words that can begin a name (most words of a mail cannot).
    hits = [
        i
        for i, w in enumerate(lowers)
        if w in places
        or w in starts
        or w[:-1] in places
        or ("-" in w and w.split("-")[0] in places)
    ]
    found = []
    i = 0
    for j in hits:
        if j < i:
            continue
        i = j
        # Only a word that begins a multi-word name needs the longer look-ups.
        sizes = (3, 2, 1) if lowers[i] in starts else (1,)
        for n in sizes:
            seq = words[i : i + n]
            if len(seq) < n or any(
                text[seq[k].end() : seq[k + 1].start()] != " " for k in range(n - 1)
            ):
                continue
            written = text[seq[0].start() : seq[-1].end()]
            key = written.lower()
            if key not in places and key.endswith("s") and key[:-1] in places:
                key, written = key[:-1], written[:-1]
            if key not in places and n == 1 and "-" in key:
                # "Mörlunda-Tveta hembygdsförening": the first of a double name
                head = key.split("-")[0]
                if head in places:
                    key, written = head, written.split("-")[0]
            if key in places:
                found.append((key, written, seq[0].start(), seq[-1].end()))
                i += n
                break
    return found


def find_orts(text: str) -> list[tuple[str, int]]:
    """Every ort mentioned, as (official name, position), in order."""
    gaz = gazetteer()
    found = []
    for key, written, start, end in _mentions(text, gaz.places):
        if key in COMMON_WORDS and not written[:1].isupper():
            continue
        if key in COMMON_WORDS and len(written) <= 2:
            continue
        # "Region Kalmar län", "Oskarshamns kommun": the region or municipality
        # as an authority, not the place the activity happens.
        after = text[end : end + 8].lower()
        if after.startswith((" län", " kommun", " county", " municipality")):
            continue
        found.append((gaz.places[key][0].ort, start))
    return found


def best_ort(subject: str, text: str) -> str | None:
    """The ort the mail is about: where the applicants say they live, else the most named.

    The subject weighs in but does not decide: "Böda bygdegårdsförening" in a subject names
    the association, while the body says the village is Löttorp.
    """
    scores: Counter = Counter()
    first_pos: dict[str, int] = {}
    for name, pos in find_orts(text):
        first_pos.setdefault(name, pos)
        before = text[max(0, pos - 24) : pos].lower()
        after = text[pos : pos + 60].lower()
        if PARTNER_PLACE.search(text[max(0, pos - 40) : pos].lower()):
            continue  # "pratat med biodlarföreningen i Emmaboda": the partner's place
        if HOME_CUE.search(before):
            scores[name] += 3  # "här i Frödinge", "vi i Ruda", "byn Påryd", "vi är från Ruda"
        elif REFERENCE_CUE.search(before):
            continue  # "norr om Kalmar", "åka till Oskarshamn och Västervik": landmarks
        elif ORG_AFTER.match(after[len(name) :]):
            scores[name] += 1.5 if APPLIES_AFTER.search(after) else 0.5
            # part of a name: "Böda bygdegårdsförening"; "Figeholms Båtklubb ansöker" is home
        else:
            scores[name] += 1
    for name, _ in find_orts(subject):
        scores[name] += 2
        first_pos.setdefault(name, len(text))
    unknown = _unknown_place(text)
    # "Ljungby Byaråd, Kalmar Ljungby": the short form of a known place is that place.
    if unknown and any(unknown.lower() in name.lower().split() for name in scores):
        unknown = None
    if unknown and unknown not in scores:
        scores[unknown] += 2.5
        first_pos[unknown] = text.find(unknown)
    if not scores:
        return None
    return max(scores, key=lambda n: (scores[n], -first_pos[n]))


APPLIES_AFTER = re.compile(r"\b(ansöker|söker|vill söka|har \d+ medlemmar)\b")
ORG_AFTER = re.compile(
    r"s?\s+\w*(förening|byalag|bygdegårdsförening|hembygdsförening|sällskap|klubb|gille|"
    r"if\b|ik\b|kör|lag\b|byaråd|sockenråd)",
    re.IGNORECASE,
)


def _unknown_place(text: str) -> str | None:
    """Fallback for places missing from the gazetteer (no municipality then)."""
    known = gazetteer().places
    for m in UNKNOWN_PLACE.finditer(text):
        name = m.group("a") or m.group("b") or m.group("c") or m.group("d")
        if not name or name.lower() in COMMON_WORDS:
            continue
        if name.lower() in known or (name.endswith("s") and name[:-1].lower() in known):
            continue  # a known place, already counted
        if m.group("c") and name.endswith("s"):
            name = name[:-1]  # "Kristviks Intresseförening" → Kristvik
        if name.lower() in COMMON_WORDS:
            continue
        return name
    return None
