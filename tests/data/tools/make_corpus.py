"""Generate the labelled test corpora tests/data/own/ and tests/data/retired-holdout/, then check
them.

Run with the project's venv (python-docx, openpyxl and pypdf are needed):

    .venv/bin/python tests/data/tools/make_corpus.py

The output is deterministic: running the script again rewrites byte-identical files. The script
deletes and rewrites only *.eml and labels.json in the two corpus folders.
"""

from __future__ import annotations

import email
import email.policy
import io
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import corpuslib  # noqa: E402
import mails_holdout  # noqa: E402
import mails_own  # noqa: E402

DATA = HERE.parent
FOLDERS = {
    "own": (mails_own, range(101, 145)),
    "retired-holdout": (mails_holdout, range(201, 223)),
}
KINDS = {"application", "followup", "question", "autoreply", "bounce", "newsletter", "spam"}
MACHINE = {"autoreply", "bounce", "newsletter", "spam"}


def write_folder(name: str, mails: list[tuple[str, bytes, dict]]) -> None:
    out = DATA / name
    out.mkdir(parents=True, exist_ok=True)
    for old in out.glob("*.eml"):
        old.unlink()
    labels = {}
    for fname, data, lab in mails:
        (out / fname).write_bytes(data)
        labels[fname] = lab
    text = json.dumps(dict(sorted(labels.items())), ensure_ascii=False, indent=2) + "\n"
    (out / "labels.json").write_text(text, encoding="utf-8")


def attachment_text(part) -> str | None:
    """Extract text the way an extractor could, to prove attachments are readable."""
    ctype = part.get_content_type()
    data = part.get_payload(decode=True)
    if ctype.endswith("wordprocessingml.document"):
        import docx

        d = docx.Document(io.BytesIO(data))
        cells = [c.text for t in d.tables for r in t.rows for c in r.cells]
        return "\n".join([p.text for p in d.paragraphs] + cells)
    if ctype.endswith("spreadsheetml.sheet"):
        import openpyxl

        wb = openpyxl.load_workbook(io.BytesIO(data))
        return "\n".join(
            " ".join(str(v) for v in row if v is not None)
            for ws in wb.worksheets
            for row in ws.iter_rows(values_only=True)
        )
    if ctype == "application/pdf":
        import pypdf

        return "\n".join(p.extract_text() for p in pypdf.PdfReader(io.BytesIO(data)).pages)
    if part.get_content_maintype() == "text" and part.get_filename():
        return part.get_content()
    return None


def check_folder(name: str, numbers: range) -> list[str]:
    problems: list[str] = []
    folder = DATA / name
    labels = json.loads((folder / "labels.json").read_text(encoding="utf-8"))
    files = sorted(p.name for p in folder.glob("*.eml"))
    if sorted(labels) != files:
        problems.append(f"{name}: labels.json keys differ from the files")
    if [int(f[:3]) for f in files] != list(numbers):
        problems.append(f"{name}: file numbers are not exactly {numbers.start}-{numbers.stop - 1}")
    app_ids = {}
    dates = []
    parsed = {}
    for f in files:
        raw = (folder / f).read_bytes()
        if b"\r" in raw:
            problems.append(f"{f}: contains CR")
        if not re.fullmatch(r"\d{3}-[a-z0-9-]+\.eml", f):
            problems.append(f"{f}: bad file name")
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        parsed[f] = msg
        if msg.defects:
            problems.append(f"{f}: defects {msg.defects}")
        for part in msg.walk():
            if part.defects:
                problems.append(f"{f}: part defects {part.defects}")
            if part.get_content_maintype() == "text" and not part.is_multipart():
                try:
                    part.get_content()
                except Exception as exc:  # noqa: BLE001
                    problems.append(f"{f}: text part does not decode: {exc}")
            text = attachment_text(part) if part.get_filename() else None
            if part.get_filename() and part.get_content_maintype() != "image" and not text:
                problems.append(f"{f}: attachment {part.get_filename()} has no extractable text")
        for addr_header in ("From", "To", "Cc", "Reply-To"):
            for a in msg.get_all(addr_header, []):
                for dom in re.findall(r"@([A-Za-z0-9.-]+)", str(a)):
                    if not re.search(r"(^|\.)example\.(se|com|org|net)$", dom.lower()):
                        problems.append(f"{f}: non-example domain {dom}")
        dates.append(msg["Date"].datetime)
        lab = labels[f]
        if set(lab) != {"kind", "language", "elements", "facts", "notes"}:
            problems.append(f"{f}: top-level label fields {sorted(lab)}")
        if lab["kind"] not in KINDS or lab["language"] not in ("sv", "en"):
            problems.append(f"{f}: bad kind/language")
        if list(lab["elements"]) != list(corpuslib.ELEMENTS) or not all(
            isinstance(v, bool) for v in lab["elements"].values()
        ):
            problems.append(f"{f}: bad elements")
        if list(lab["facts"]) != list(corpuslib.FACTS):
            problems.append(f"{f}: bad fact fields")
        facts = lab["facts"]
        if lab["kind"] in MACHINE | {"question"} and any(lab["elements"].values()):
            problems.append(f"{f}: non-application with elements")
        if lab["kind"] in MACHINE and any(v is not None for v in facts.values()):
            problems.append(f"{f}: machine mail with facts")
        if lab["kind"] in ("application", "followup") and not all(
            isinstance(facts[k], bool) for k in ("salary_costs", "physical_investment")
        ):
            problems.append(f"{f}: salary/investment must be bool")
        if (
            not lab["elements"]["contact"]
            and (facts["contact_email"] or facts["contact_name"])
            and lab["kind"] in ("application", "followup")
        ):
            problems.append(f"{f}: contact facts without contact element")
        org = facts["org_number"]
        if org is not None:
            digits = org.replace("-", "")
            if not (
                re.fullmatch(r"[78]\d{5}-\d{4}", org)
                and corpuslib.luhn_digit(digits[:9]) == int(digits[9])
            ):
                problems.append(f"{f}: org number {org} invalid")
            if org not in raw.decode("latin-1") and lab["kind"] == "application":
                pass  # may be inside an encoded body; checked by eye
        for k in ("members", "amount_sek"):
            if facts[k] is not None and not isinstance(facts[k], int):
                problems.append(f"{f}: {k} not int")
        if lab["kind"] == "application":
            app_ids[msg["Message-ID"].strip()] = f
    if dates != sorted(dates):
        problems.append(f"{name}: numbers do not follow the Date order")
    for f, msg in parsed.items():
        if labels[f]["kind"] == "followup":
            refs = " ".join(str(msg.get(h, "")) for h in ("In-Reply-To", "References"))
            if not any(mid in refs for mid in app_ids):
                problems.append(f"{f}: followup not threaded to an application in {name}")
            if not re.match(r"(?i)(re|sv):", str(msg["Subject"])):
                problems.append(f"{f}: followup subject lacks Re:/SV:")
    return problems


def main() -> int:
    for name, (module, _) in FOLDERS.items():
        write_folder(name, module.build())
    problems = []
    for name, (_, numbers) in FOLDERS.items():
        problems += check_folder(name, numbers)
    for p in problems:
        print("PROBLEM:", p)
    for name in FOLDERS:
        labels = json.loads((DATA / name / "labels.json").read_text(encoding="utf-8"))
        kinds: dict[str, int] = {}
        for lab in labels.values():
            kinds[lab["kind"]] = kinds.get(lab["kind"], 0) + 1
        complete = sum(
            1
            for lab in labels.values()
            if lab["kind"] == "application" and all(lab["elements"].values())
        )
        print(f"{name}: {len(labels)} mails, {kinds}, complete applications: {complete}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
