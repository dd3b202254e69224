"""The quality table of docs/quality.md and the README, from every labelled corpus.

.venv/bin/python bench/quality_report.py > /tmp/table.md
"""

from __future__ import annotations

from pathlib import Path

from bot.config import Config
from bot.evalcli import evaluate_folder

ROOT = Path(__file__).resolve().parents[1]


def _corpora() -> list[tuple[str, Path]]:
    """Every labelled corpus: the shared one, ours for tuning, the retired and live holdouts."""
    data = ROOT / "tests/data"

    def number(path: Path) -> int:
        digits = "".join(c for c in path.name if c.isdigit())
        return int(digits or 1)

    def size(path: Path) -> int:
        return len(list(path.glob("*.eml")))

    own = sorted((p for p in data.glob("own*") if (p / "labels.json").exists()), key=number)
    held = sorted((p for p in data.glob("holdout*") if (p / "labels.json").exists()), key=number)
    retired = sorted(p for p in data.glob("retired-holdout*") if (p / "labels.json").exists())
    shared = ROOT.parent / "shared" / "corpus"
    return (
        [(f"shared corpus ({size(shared)}, tuned)", shared)]
        + [(f"{p.name} ({size(p)}, tuned)", p) for p in own]
        + [(f"{p.name} ({size(p)}, tuned since session 3)", p) for p in retired]
        + [(f"{p.name} ({size(p)}, held out)", p) for p in held]
    )


CORPORA = _corpora()


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
