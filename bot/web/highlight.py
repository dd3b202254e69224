"""Evidence inside the mail text: split a text into segments marked by what they prove.

Pure and independent of the web: the extractor's evidence quotes are located in
the applicant's text (exactly, or allowing different white space), and the text
is cut where any quote starts or ends, so overlapping evidence stays visible.
"""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class Segment:
    text: str
    marks: tuple[str, ...] = ()  # what this piece is evidence for, in the caller's order
    starts: tuple[str, ...] = ()  # the marks whose quote begins here (to label them once)


def locate(text: str, quote: str) -> tuple[int, int] | None:
    """Where a quote stands in the text; line breaks and spaces may differ."""
    quote = quote.strip()
    if not quote:
        return None
    at = text.find(quote)
    if at >= 0:
        return at, at + len(quote)
    words = quote.split()
    found = re.search(r"\s+".join(re.escape(w) for w in words), text)
    return found.span() if found else None


def segments(text: str, quotes: dict[str, list[str]]) -> list[Segment]:
    """The whole text, in order, as segments; quotes that cannot be found are skipped."""
    spans = []
    for name, items in quotes.items():
        for quote in items:
            found = locate(text, quote)
            if found and found[1] > found[0]:
                spans.append((found[0], found[1], name))
    cuts = sorted({0, len(text), *(s for s, _, _ in spans), *(e for _, e, _ in spans)})
    order = list(quotes)
    out: list[Segment] = []
    for start, end in zip(cuts, cuts[1:], strict=False):
        covering = {n for s, e, n in spans if s <= start and end <= e}
        marks = tuple(n for n in order if n in covering)
        starts = tuple(n for n in order if any(s == start and m == n for s, _, m in spans))
        if out and out[-1].marks == marks and not starts:
            out[-1] = Segment(out[-1].text + text[start:end], marks, out[-1].starts)
        else:
            out.append(Segment(text[start:end], marks, starts))
    return _label_runs(out)


def _label_runs(parts: list[Segment]) -> list[Segment]:
    """Label a run of same-kind quotes once (budget lines one under another), not each."""
    previous: tuple[str, ...] = ()
    out = []
    for part in parts:
        if not part.marks and not part.text.strip():
            out.append(part)
            continue
        starts = tuple(m for m in part.starts if m not in previous)
        out.append(Segment(part.text, part.marks, starts))
        previous = part.marks
    return out
