"""The spaCy pipeline: mail text → sentences tagged with cue labels.

There is no Swedish statistical model offline, so the pipeline is
``spacy.blank("sv")`` (its rule-based tokenizer knows Swedish abbreviations),
a sentence splitter that respects the line structure of e-mail (list items,
table rows and signature lines are sentences of their own), and a cue tagger
driven by ``data/cues.toml``. Swedish compounds carry meaning in their head
("föreläsningskväll"), so cues can match as compound heads, not only as whole
words — something a lemma lookup would not give us.
"""

from __future__ import annotations

import bisect
import re
import tomllib
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

import numpy
import spacy
from spacy.attrs import SENT_START
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc

# Inflection endings tried after a cue written "word*" (Swedish nouns, verbs,
# adjectives); over-generation is harmless because cue words are specific.
SUFFIXES = (
    "",
    "s",
    "n",
    "ns",
    "en",
    "ens",
    "et",
    "ets",
    "na",
    "nas",
    "ar",
    "arna",
    "arnas",
    "er",
    "erna",
    "ernas",
    "or",
    "orna",
    "r",
    "t",
    "a",
    "e",
    "de",
    "te",
    "at",
    "ade",
    "ande",
    "d",
    "ing",
    "ingar",
    "ingen",
    "ingarna",
    "ning",
    "ningar",
    "ningen",
    "ningarna",
    "es",
    "ed",
    "ing",
    "ings",
    "da",
    "das",
)
MIN_COMPOUND_PREFIX = 2  # "by|marknaden", "by|träff"


@dataclass
class Sentence:
    """A sentence or line of the mail with the cue labels found in it."""

    text: str
    start: int
    end: int
    cues: Counter = field(default_factory=Counter)
    words: int = 0


@dataclass
class Lexicon:
    exact: dict[str, set[str]]
    heads: dict[str, set[str]]
    phrases: PhraseMatcher
    memo: dict[str, frozenset[str]] = field(default_factory=dict)


def _forms(word: str) -> list[str]:
    base = word.strip("*")
    return [base + s for s in SUFFIXES] if word.endswith("*") else [base]


def _build_lexicon(nlp: Language, cues: dict) -> Lexicon:
    exact: dict[str, set[str]] = {}
    heads: dict[str, set[str]] = {}
    phrases = PhraseMatcher(nlp.vocab, attr="LOWER")
    for label, entry in cues.items():
        phrase_docs = []
        for word in entry["words"]:
            if " " in word:
                *first, last = word.split(" ")
                phrase_docs += [nlp.make_doc(" ".join([*first, f])) for f in _forms(last)]
                continue
            target = heads if word.startswith("*") else exact
            for form in _forms(word.lstrip("*")):
                target.setdefault(form, set()).add(label)
                if word.startswith("*"):
                    exact.setdefault(form, set()).add(label)
        if phrase_docs:
            phrases.add(label, phrase_docs)
    return Lexicon(exact, heads, phrases)


@Language.component("mail_sentencizer")
def mail_sentencizer(doc: Doc) -> Doc:
    """Start a sentence after every line break and after . ! ? before a capital."""
    starts: list[int] = []
    prev_text, prev_ws, before = "", "\n", ""  # the first token starts a sentence
    for text, ws in zip([t.text for t in doc], [t.whitespace_ for t in doc], strict=True):
        start = "\n" in prev_ws or (not prev_text.strip() and "\n" in prev_text)
        if (
            not start
            and (prev_text in SENTENCE_END or prev_text.lower() in UNIT_ENDS)
            and text.strip()
        ):
            # "… från idéslanten. vi e ett 30tal medlemmar": writers without capitals still
            # end sentences (a full stop after a real word, not after "bl.a" or "ca").
            start = (
                text[:1].isupper()
                or text[:1].isdigit()
                or (prev_text == "." and len(before) > 3 and before.isalpha() and text.isalpha())
            )
        starts.append(1 if start else -1)
        before, prev_text, prev_ws = prev_text, text, ws
    if starts:
        # One array write: setting token.is_sent_start one by one re-checks the whole doc.
        values = numpy.asarray(starts, dtype="int64").astype("uint64").reshape(-1, 1)
        doc.from_array([SENT_START], values)
    return doc


DECADE = re.compile(r"^\d{2,4}-?talet$")
# "… 1 200 kr. Det blir 6 600 kr.": the tokenizer keeps "kr." whole as an abbreviation.
UNIT_ENDS = frozenset(("kr.", "sek.", "st.", "kronor."))
SENTENCE_END = frozenset((".", "!", "?", "…", "...", "..", "!!", "?!"))


@lru_cache(maxsize=1)
def pipeline() -> tuple[Language, Lexicon]:
    """Build the pipeline once per process (about 0.3 s)."""
    nlp = spacy.blank("sv")
    nlp.add_pipe("mail_sentencizer")
    cues = tomllib.loads(resources.files("parsers").joinpath("data/cues.toml").read_text("utf-8"))
    return nlp, _build_lexicon(nlp, cues)


def _raw_token_labels(lower: str, lexicon: Lexicon) -> set[str]:
    labels = set(lexicon.exact.get(lower, ()))
    if "no_cue" in labels:
        # "beloppet" is no race ("loppet"), "vi kör på" is no choir.
        return set()
    if "time" in labels:
        # A time word ("lördagen") is not read as a compound ("lör" + "dagen").
        return labels
    if "–" in lower or "/" in lower:
        for part in re.split(r"[–/]", lower):
            if part:
                labels |= _raw_token_labels(part, lexicon)
        return labels
    for i in range(MIN_COMPOUND_PREFIX, len(lower) - 2):
        found = lexicon.heads.get(lower[i:])
        if found:
            labels |= found
        if lower[i] == "-":
            # "Möckleby-dagen": the part after the hyphen is a compound head.
            found = lexicon.heads.get(lower[i + 1 :]) or lexicon.exact.get(lower[i + 1 :])
            if found:
                labels |= found - {"not_activity"}
    return labels


def _token_labels(lower: str, lexicon: Lexicon) -> frozenset[str]:
    """The cue labels of one lower-cased word, memoised like spaCy memoises lexemes."""
    memo = lexicon.memo
    found = memo.get(lower)
    if found is None:
        labels = _raw_token_labels(lower, lexicon)
        if "not_activity" in labels:
            labels.discard("activity_noun")
        if len(memo) > 100_000:
            memo.clear()
        found = memo[lower] = frozenset(labels)
    return found


def sentences(text: str) -> list[Sentence]:
    """Split text into sentences and count the cue labels in each."""
    nlp, lexicon = pipeline()
    doc = nlp(text)
    result: list[Sentence] = []
    # Token index of each sentence's first token → its Sentence (None for blank ones),
    # so phrase matches find their sentence without spaCy's per-token .sent lookups.
    starts: list[int] = []
    owners: list[Sentence | None] = []
    for span in doc.sents:
        stripped = span.text.strip()
        starts.append(span.start)
        if not stripped:
            owners.append(None)
            continue
        sent = Sentence(stripped, span.start_char, span.end_char)
        owners.append(sent)
        for token in span:
            if token.is_space or token.is_punct:
                continue
            sent.words += 1
            token_labels = _token_labels(token.lower_, lexicon)
            for label in token_labels:
                sent.cues[label] += 1
            if "activity_noun" in token_labels and "generic_activity" not in token_labels:
                sent.cues["specific_activity"] += 1
            if _is_past_tense(token) or (
                # "sedan 1998", "sen 70talet" are history; "sedan diskuterar vi" is what
                # happens next.
                token.lower_ in ("sedan", "sen")
                and token.i + 1 < len(doc)
                and (doc[token.i + 1].like_num or DECADE.match(doc[token.i + 1].lower_))
            ):
                sent.cues["past"] += 1
        result.append(sent)
    for match_id, start, _end in lexicon.phrases(doc):
        owner = owners[bisect.bisect_right(starts, start) - 1] if starts else None
        if owner is not None:
            owner.cues[nlp.vocab.strings[match_id]] += 1
    return result


def cue_labels(text: str) -> Counter:
    """Cue labels of a short text (a clause of a sentence), without sentence splitting."""
    nlp, lexicon = pipeline()
    labels: Counter = Counter()
    doc = nlp.make_doc(text)
    for token in doc:
        if not (token.is_space or token.is_punct):
            token_labels = _token_labels(token.lower_, lexicon)
            for label in token_labels:
                labels[label] += 1
            if "activity_noun" in token_labels and "generic_activity" not in token_labels:
                labels["specific_activity"] += 1
            if _is_past_tense(token):
                labels["past"] += 1
    for match_id, _start, _end in lexicon.phrases(doc):
        labels[nlp.vocab.strings[match_id]] += 1
    return labels


PRETERITE = re.compile(r"^[a-zåäö]{3,}(ade|dde|tte)$")
IRREGULAR_PAST = {
    "var",
    "blev",
    "kom",
    "gick",
    "fick",
    "gjorde",
    "höll",
    "sa",
    "sade",
    "was",
    "were",
}
PRONOUNS = {"vi", "jag", "de", "dom", "han", "hon", "man", "det", "ni", "we", "i", "they"}


def _is_past_tense(token) -> bool:  # type: ignore[no-untyped-def]
    """Swedish preterite next to its subject ("vi röstade", "bildade vi") or a perfect
    ("har ringt", "hade pratat"). An activity told in the past is history, not the plan;
    "-ade" alone is often an adjective ("guidade vandringar"), so the subject must be there.
    """
    lower = token.lower_
    if lower in IRREGULAR_PAST:
        prev = token.nbor(-1).lower_ if token.i > 0 else ""
        return prev in PRONOUNS  # "Det var tipspromenad …", "vi hade"
    if not lower.endswith(("ade", "dde", "tte", "ed", "t")):
        return False  # most words: decided without looking at the neighbours
    prev = token.nbor(-1).lower_ if token.i > 0 else ""
    nxt = token.nbor(1).lower_ if token.i + 1 < len(token.doc) else ""
    if PRETERITE.match(lower) and (prev in PRONOUNS or nxt in PRONOUNS):
        return True
    if lower.endswith("ed") and len(lower) > 4 and prev in ("we", "i", "they"):
        return True  # "we presented", "they decided"
    return (
        prev in ("har", "hade")
        and lower.endswith(("t", "it", "at"))
        and len(lower) > 3
        and lower not in NOT_SUPINE
    )


NOT_SUPINE = {
    "något",
    "inget",
    "allt",
    "mycket",
    "litet",
    "fast",
    "bott",
    "stått",
    "öppet",
    "stängt",
    "det",
    "rätt",
    "lätt",
    "svårt",
    "kvar",
    "ett",
}
