"""Case references in subjects: "SV: Re: [Idéslanten 2026-0042] …"."""

from __future__ import annotations

import re

PREFIXES = re.compile(r"^\s*((re|sv|vs|vb|fwd?|fw|aw|antw)\s*(\[\d+\])?\s*:\s*)+", re.IGNORECASE)


def strip_prefixes(subject: str) -> str:
    """Remove any run of SV:/Sv:/VB:/Re:/Fwd: prefixes."""
    return PREFIXES.sub("", subject or "").strip()


def reference_in_subject(subject: str, prefix: str) -> str | None:
    """The case reference, e.g. '2026-0042', if the subject carries ours."""
    pattern = rf"\[\s*{re.escape(prefix)}\s+(\d{{4}}-\d{{3,6}})\s*\]"
    match = re.search(pattern, strip_prefixes(subject), re.IGNORECASE)
    return match.group(1) if match else None
