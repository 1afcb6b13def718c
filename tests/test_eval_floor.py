"""Regression floor: the rules backend on the bundled evaluation set must not drop below eval/floor.json."""

from __future__ import annotations

import json

import pytest

from checker.evaluate.dataset import DEFAULT_DATASET, load_dataset
from checker.evaluate.report import headline
from checker.evaluate.runner import evaluate, review_function
from checker.rubric import load_rubric

METRICS = [
    "micro_f1", "macro_f1", "responsiveness_accuracy", "segmentation_accuracy", "adjudicated_precision", "adjudicated_recall",
]
FLOOR = json.loads((DEFAULT_DATASET / "floor.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def measured() -> dict[str, float | None]:
    rubric = load_rubric(FLOOR["rubric"])
    result = evaluate(load_dataset(), review_function(rubric, FLOOR["backend"]), rubric.ref, FLOOR["backend"])
    assert result.finding_cases >= FLOOR["finding_cases"], "the evaluation set lost cases"
    return headline(result)


def test_floor_covers_the_required_metrics():
    assert set(FLOOR["floor"]) == set(METRICS)
    for name, value in FLOOR["floor"].items():
        assert 0 < value <= FLOOR["measured"][name], name


@pytest.mark.parametrize("metric", METRICS)
def test_metric_stays_above_floor(measured, metric):
    floor = FLOOR["floor"][metric]
    value = measured[metric]
    assert value is not None and value >= floor, (
        f"{metric} fell to {value:.4f}, below the recorded floor {floor} "
        f"({FLOOR['rubric']}, {FLOOR['backend']}); see `rectcheck eval --rubric {FLOOR['rubric']}` for the failing cases"
    )
