"""`intake extract` and `intake eval`: the extractor over .eml files and labelled folders."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

from bot.config import Config
from bot.evaluate import ELEMENTS, KINDS, Report, evaluate
from bot.pipeline import rules
from parsers.eligibility import check
from parsers.extract import extract


def eml_files(paths: list[Path]) -> Iterator[Path]:
    for path in paths:
        if path.is_dir():
            yield from sorted(path.glob("*.eml"))
        elif path.exists():
            yield path
        else:
            raise FileNotFoundError(f"no such file or folder: {path}")


def predict(path: Path, config: Config) -> dict:
    """The `extract --json` object for one file."""
    ex = extract(
        path.read_bytes(),
        own_addresses=frozenset(config.own_addresses()),
        max_attachment_bytes=config.limits.max_attachment_bytes,
        max_text_chars=config.limits.max_text_chars,
    )
    data = {"file": path.name, **ex.to_json()}
    data["eligibility"] = (
        [w.as_dict() for w in check(ex.facts, ex.fact_evidence, rules(config))]
        if ex.kind in ("application", "followup")
        else []
    )
    return data


def evaluate_folder(folder: Path, config: Config) -> Report:
    labels = json.loads((folder / "labels.json").read_text("utf-8"))
    predictions = {p.name: predict(p, config) for p in eml_files([folder])}
    return evaluate(predictions, labels)


def report_lines(name: str, report: Report) -> list[str]:
    r = report
    lines = [
        f"== {name}: {r.mails} mails",
        "",
        "Elements (application + followup):",
        f"  {'element':<12} {'present P/R/F1':<22} {'missing P/R/F1':<22}",
    ]
    for e in ELEMENTS:
        p, m = r.present[e], r.missing[e]
        lines.append(
            f"  {e:<12} {p.precision:.2f}/{p.recall:.2f}/{p.f1:.2f}{'':<8} "
            f"{m.precision:.2f}/{m.recall:.2f}/{m.f1:.2f}"
        )
    lines += ["", "Kind confusion (rows: label, columns: predicted):"]
    cols = [k for k in KINDS if any(k in row for row in r.confusion.values())] + sorted(
        {c for row in r.confusion.values() for c in row if c not in KINDS}
    )
    lines.append("  " + " " * 12 + " ".join(f"{c[:8]:>8}" for c in cols))
    for label in [k for k in KINDS if k in r.confusion]:
        row = r.confusion[label]
        lines.append(f"  {label:<12}" + " ".join(f"{row.get(c, 0):>8}" for c in cols))
    lines += ["", "Facts (applications):"]
    lines += [f"  {k:<20} {v:.3f}" for k, v in r.fact_accuracy().items()]
    if r.misses:
        lines += ["", "Misses:"]
        for miss in r.misses:
            ev = miss.get("evidence")
            ev_text = " | ".join(ev) if isinstance(ev, list) else str(ev or "")
            lines.append(
                f"  {miss['file']}: {miss['what']} expected {miss['expected']!r}, "
                f"got {miss['got']!r}"
                + (f" — {' '.join(ev_text.split())[:160]}" if ev_text else "")
            )
    lines += ["", summary_line(r)]
    return lines


def summary_line(r: Report) -> str:
    return (
        f"missing-element F1 {r.missing_f1:.3f}  present-element F1 {r.present_f1:.3f}  "
        f"kind accuracy {r.kind_accuracy:.3f}  unsafe {len(r.unsafe)}  "
        f"complete decision {r.complete_accuracy:.3f}  facts {r.facts_score:.3f}"
    )
