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
    *(
        (f"{name} ({size}, tuned)", ROOT / "tests/data" / name)
        for name, size in (
            ("own", 44),
            ("own2", 50),
            ("own3", 50),
            ("own4", 50),
            ("own5", 40),
            ("own6", 40),
            ("own7", 30),
            ("own8", 40),
            ("own9", 45),
            ("own10", 40),
            ("own11", 40),
            ("own12", 40),
            ("own13", 40),
            ("own14", 40),
            ("own15", 40),
            ("own16", 40),
        )
    ),
    ("retired-holdout (22, tuned since session 3)", ROOT / "tests/data/retired-holdout"),
    ("retired-holdout2 (36, tuned since session 3)", ROOT / "tests/data/retired-holdout2"),
    ("holdout3 (45, held out)", ROOT / "tests/data/holdout3"),
    ("holdout4 (40, held out)", ROOT / "tests/data/holdout4"),
    ("holdout5 (40, held out)", ROOT / "tests/data/holdout5"),
    ("holdout6 (40, held out)", ROOT / "tests/data/holdout6"),
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
