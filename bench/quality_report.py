"""The quality table of docs/quality.md and the README, from every labelled corpus.

.venv/bin/python bench/quality_report.py > /tmp/table.md
"""

from __future__ import annotations

from pathlib import Path

from bot.config import Config
from bot.evalcli import evaluate_folder

ROOT = Path(__file__).resolve().parents[1]
CORPORA = [
    ("shared corpus (45, tuned)", ROOT.parent / "shared" / "corpus"),
    ("own (44, tuned)", ROOT / "tests/data/own"),
    ("own2 (50, tuned)", ROOT / "tests/data/own2"),
    ("own3 (50, tuned)", ROOT / "tests/data/own3"),
    ("own4 (50, tuned)", ROOT / "tests/data/own4"),
    ("own5 (40, tuned)", ROOT / "tests/data/own5"),
    ("own6 (40, tuned)", ROOT / "tests/data/own6"),
    ("own7 (30, tuned)", ROOT / "tests/data/own7"),
    ("retired-holdout (22, tuned since session 3)", ROOT / "tests/data/retired-holdout"),
    ("retired-holdout2 (36, tuned since session 3)", ROOT / "tests/data/retired-holdout2"),
]


def main() -> None:
    print("| corpus | missing F1 | present F1 | kind acc. | unsafe | complete | facts |")
    print("|---|---:|---:|---:|---:|---:|---:|")
    for name, folder in CORPORA:
        if not (folder / "labels.json").exists():
            continue
        r = evaluate_folder(folder, Config())
        print(
            f"| {name} | {r.missing_f1:.3f} | {r.present_f1:.3f} | {r.kind_accuracy:.3f} | "
            f"{len(r.unsafe)} | {r.complete_accuracy:.3f} | {r.facts_score:.3f} |"
        )


if __name__ == "__main__":
    main()
