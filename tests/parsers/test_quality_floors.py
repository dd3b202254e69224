"""Regression floors of the extractor on labelled corpora (shared/EVALUATION.md figures).

Not a timed test: quality only. The holdout corpus is never tuned on; it is held
only to the safety floor (no machine taken for a human).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.config import Config
from bot.evalcli import evaluate_folder
from tests.conftest import HOLDOUT_CORPUS, OWN_CORPUS, ROOT, SHARED_CORPUS

DATA = ROOT / "tests" / "data"
TUNED = [SHARED_CORPUS, OWN_CORPUS, *(DATA / f"own{n}" for n in range(2, 8))]


@pytest.fixture(scope="module")
def reports() -> dict[Path, object]:
    folders = [*TUNED, HOLDOUT_CORPUS, DATA / "holdout2"]
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


@pytest.mark.parametrize("name", ["holdout", "holdout2"])
def test_no_machine_mail_in_the_holdouts_is_taken_for_a_human(reports, name: str) -> None:
    r = reports[DATA / name]
    assert r.unsafe == []
    assert r.kind_accuracy >= 0.9
