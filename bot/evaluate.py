"""The quality figures of shared/EVALUATION.md, computed from predictions and labels.

Pure functions over dicts (``intake extract --json`` objects and labels.json
values), so that the figures from any corpus compare with any other.
"""

from __future__ import annotations

from dataclasses import dataclass, field

ELEMENTS = ("association", "contact", "activity", "anchoring", "budget")
MACHINE = ("autoreply", "bounce", "newsletter", "spam")
KINDS = ("application", "followup", "question", "autoreply", "bounce", "newsletter", "spam")
EXACT_FACTS = ("members", "amount_sek", "ort", "contact_email", "org_number")
BOOL_FACTS = ("salary_costs", "physical_investment")


@dataclass
class PRF:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def _ratio(self, num: int, den: int, empty: float) -> float:
        return num / den if den else empty

    @property
    def precision(self) -> float:
        return self._ratio(self.tp, self.tp + self.fp, 1.0 if not self.fn else 0.0)

    @property
    def recall(self) -> float:
        return self._ratio(self.tp, self.tp + self.fn, 1.0 if not self.fp else 0.0)

    @property
    def f1(self) -> float:
        if self.tp + self.fp + self.fn == 0:
            return 1.0
        if self.tp == 0:
            return 0.0
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r)

    def as_dict(self) -> dict:
        return {
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
        }


@dataclass
class Report:
    mails: int = 0
    kind_correct: int = 0
    unsafe: list[str] = field(default_factory=list)
    confusion: dict[str, dict[str, int]] = field(default_factory=dict)
    present: dict[str, PRF] = field(default_factory=lambda: {e: PRF() for e in ELEMENTS})
    missing: dict[str, PRF] = field(default_factory=lambda: {e: PRF() for e in ELEMENTS})
    complete_total: int = 0
    complete_correct: int = 0
    fact_hits: dict[str, list[int]] = field(default_factory=dict)
    misses: list[dict] = field(default_factory=list)

    @property
    def kind_accuracy(self) -> float:
        return self.kind_correct / self.mails if self.mails else 1.0

    @property
    def missing_f1(self) -> float:
        return sum(p.f1 for p in self.missing.values()) / len(ELEMENTS)

    @property
    def present_f1(self) -> float:
        return sum(p.f1 for p in self.present.values()) / len(ELEMENTS)

    @property
    def complete_accuracy(self) -> float:
        return self.complete_correct / self.complete_total if self.complete_total else 1.0

    def fact_accuracy(self) -> dict[str, float]:
        return {k: (v[0] / v[1] if v[1] else 1.0) for k, v in self.fact_hits.items()}

    @property
    def facts_score(self) -> float:
        acc = self.fact_accuracy()
        return sum(acc.values()) / len(acc) if acc else 1.0

    def as_dict(self) -> dict:
        return {
            "mails": self.mails,
            "kind_accuracy": round(self.kind_accuracy, 4),
            "unsafe": len(self.unsafe),
            "unsafe_files": self.unsafe,
            "kind_confusion": self.confusion,
            "elements": {
                e: {"present": self.present[e].as_dict(), "missing": self.missing[e].as_dict()}
                for e in ELEMENTS
            },
            "missing_element_f1": round(self.missing_f1, 4),
            "present_element_f1": round(self.present_f1, 4),
            "complete_decision_accuracy": round(self.complete_accuracy, 4),
            "facts": {k: round(v, 4) for k, v in self.fact_accuracy().items()},
            "facts_score": round(self.facts_score, 4),
            "misses": self.misses,
        }


def _norm(value: object) -> object:
    if isinstance(value, str):
        return value.lower().replace(" ", "").replace("-", "")
    return value


def _fact_hit(report: Report, key: str, hit: bool) -> None:
    counts = report.fact_hits.setdefault(key, [0, 0])
    counts[0] += int(hit)
    counts[1] += 1


def evaluate(predictions: dict[str, dict], labels: dict[str, dict]) -> Report:
    """Compare predictions with labels by file name; a missing prediction counts as wrong."""
    report = Report()
    for name, label in sorted(labels.items()):
        pred = predictions.get(name) or {"kind": "missing", "elements": {}, "facts": {}}
        report.mails += 1
        kind, true_kind = pred.get("kind"), label["kind"]
        report.confusion.setdefault(true_kind, {}).setdefault(kind, 0)
        report.confusion[true_kind][kind] += 1
        if kind == true_kind:
            report.kind_correct += 1
        else:
            report.misses.append(
                {
                    "file": name,
                    "what": "kind",
                    "expected": true_kind,
                    "got": kind,
                    "evidence": pred.get("kind_reasons", []),
                }
            )
        if true_kind in MACHINE and kind not in MACHINE:
            report.unsafe.append(name)
        if true_kind in ("application", "followup"):
            _score_elements(report, name, pred, label)
        if true_kind == "application":
            _score_facts(report, name, pred, label)
    return report


def _present(pred: dict, element: str) -> bool:
    value = pred.get("elements", {}).get(element, False)
    return bool(value.get("present")) if isinstance(value, dict) else bool(value)


def _score_elements(report: Report, name: str, pred: dict, label: dict) -> None:
    for element in ELEMENTS:
        got, want = _present(pred, element), bool(label["elements"][element])
        present, missing = report.present[element], report.missing[element]
        if got and want:
            present.tp += 1
        elif got and not want:
            present.fp += 1
            missing.fn += 1
        elif want and not got:
            present.fn += 1
            missing.fp += 1
        else:
            missing.tp += 1
        if got != want:
            ev = pred.get("elements", {}).get(element, {})
            report.misses.append(
                {
                    "file": name,
                    "what": f"element {element}",
                    "expected": want,
                    "got": got,
                    "evidence": ev.get("evidence", []) if isinstance(ev, dict) else [],
                }
            )
    if label["kind"] == "application":
        report.complete_total += 1
        got_all = all(_present(pred, e) for e in ELEMENTS)
        want_all = all(label["elements"][e] for e in ELEMENTS)
        report.complete_correct += int(got_all == want_all)


def _score_facts(report: Report, name: str, pred: dict, label: dict) -> None:
    facts, want = pred.get("facts", {}), label["facts"]
    evidence = pred.get("fact_evidence", {})
    checks: list[tuple[str, object, object, bool]] = []
    for key in EXACT_FACTS:
        if want.get(key) is not None:
            checks.append(
                (key, want[key], facts.get(key), _norm(facts.get(key)) == _norm(want[key]))
            )
    for key in BOOL_FACTS:
        checks.append(
            (key, want.get(key), facts.get(key), bool(facts.get(key)) == bool(want.get(key)))
        )
    if want.get("women_and_men") is not None:
        checks.append(
            (
                "women_and_men",
                want["women_and_men"],
                facts.get("women_and_men"),
                bool(facts.get("women_and_men")) == want["women_and_men"],
            )
        )
    for key, expected, got, hit in checks:
        _fact_hit(report, key, hit)
        if not hit:
            report.misses.append(
                {
                    "file": name,
                    "what": f"fact {key}",
                    "expected": expected,
                    "got": got,
                    "evidence": evidence.get(key, ""),
                }
            )
