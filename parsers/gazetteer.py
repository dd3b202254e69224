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


HOME_CUE = re.compile(
    r"(här i|vi i|oss i|boende i|bor i|byn|socknen|föreningen i|bygdegård(en)? i|here in|in the village of"
    r"|living in|live in)\s*$"
)


@dataclass(frozen=True)
class Place:
    ort: str
    kommun: str


@dataclass
class Gazetteer:
    places: dict[str, list[Place]]
    pattern: re.Pattern

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
    names = sorted(places, key=len, reverse=True)
    alternation = "|".join(re.escape(n) for n in names)
    pattern = re.compile(rf"(?<![\w-])({alternation})(s)?(?![\w-])", re.IGNORECASE)
    return Gazetteer(places, pattern)


def find_orts(text: str) -> list[tuple[str, int]]:
    """Every ort mentioned, as (official name, position), in order."""
    gaz = gazetteer()
    found = []
    for m in gaz.pattern.finditer(text):
        written = m.group(1)
        key = written.lower()
        if key in COMMON_WORDS and not written[:1].isupper():
            continue
        if key in COMMON_WORDS and len(written) <= 2:
            continue
        # "Region Kalmar län", "Oskarshamns kommun": the region or municipality
        # as an authority, not the place the activity happens.
        after = text[m.end() : m.end() + 8].lower()
        if after.startswith((" län", " kommun", " county", " municipality")):
            continue
        found.append((gaz.places[key][0].ort, m.start()))
    return found


def best_ort(subject: str, text: str) -> str | None:
    """The ort the mail is about: named in the subject, else the most mentioned."""
    in_subject = find_orts(subject)
    if in_subject:
        return in_subject[0][0]
    mentions = find_orts(text)
    if not mentions:
        return None
    scores: Counter = Counter()
    first_pos: dict[str, int] = {}
    for name, pos in mentions:
        first_pos.setdefault(name, pos)
        before = text[max(0, pos - 24) : pos].lower()
        # "här i Frödinge", "vi i Ruda", "byn Påryd": where the applicants live.
        scores[name] += 3 if HOME_CUE.search(before) else 1
    return max(scores, key=lambda n: (scores[n], -first_pos[n]))
