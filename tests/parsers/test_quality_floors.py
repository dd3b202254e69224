"""Regression floors of the extractor on labelled corpora (shared/EVALUATION.md figures).

Not a timed test: quality only. Every corpus here has been tuned on (the two
retired holdouts since they were scored blind); the current holdout is never tuned
on and is held only to the safety floor (no machine taken for a human).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.config import Config
from bot.evalcli import evaluate_folder
from tests.conftest import OWN_CORPUS, ROOT, SHARED_CORPUS

DATA = ROOT / "tests" / "data"
TUNED = [
    SHARED_CORPUS,
    OWN_CORPUS,
    *(DATA / f"own{n}" for n in range(2, 39)),
    DATA / "retired-holdout",
    DATA / "retired-holdout2",
]
HOLDOUTS = [DATA / f"holdout{n}" for n in range(3, 16)]


@pytest.fixture(scope="module")
def reports() -> dict[Path, object]:
    folders = [*TUNED, *HOLDOUTS]
    return {folder: evaluate_folder(folder, Config()) for folder in folders}


@pytest.mark.parametrize("folder", TUNED, ids=lambda p: p.name)
def test_elements_kinds_and_facts_hold_their_floors(reports, folder: Path) -> None:
    r = reports[folder]
    assert r.unsafe == []
    assert r.missing_f1 >= 0.95
    assert r.present_f1 >= 0.97
    assert r.kind_accuracy >= 0.97
    assert r.complete_accuracy >= 0.95
    for fact, accuracy in r.fact_accuracy().items():
        assert accuracy >= 0.95, fact


def test_no_machine_mail_in_the_holdouts_is_taken_for_a_human(reports) -> None:
    for folder in HOLDOUTS:
        r = reports[folder]
        assert r.unsafe == [], folder.name
        assert r.kind_accuracy >= 0.9, folder.name
