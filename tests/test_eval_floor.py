"""Regression floor: the rules backend on the bundled evaluation set, and on the real corpus where
its texts are present, must not drop below eval/floor.json."""

from __future__ import annotations

import json

import pytest

from checker.evaluate.dataset import DEFAULT_DATASET, load_dataset
from checker.evaluate.real import evaluate_real, load_real_corpus
from checker.evaluate.report import headline
from checker.evaluate.runner import evaluate, review_function
from checker.rubric import load_rubric

METRICS = [
    "micro_f1", "macro_f1", "responsiveness_accuracy", "segmentation_accuracy", "adjudicated_precision", "adjudicated_recall",
]
REAL_METRICS = ["real_right", "real_micro_f1", "real_responsiveness", "real_kind_agreement", "real_verdict_agreement"]
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


@pytest.fixture(scope="module")
def measured_real() -> dict[str, float | None]:
    corpus = load_real_corpus(DEFAULT_DATASET / "real")
    if corpus is None or not all((corpus.texts / d.name).is_file() for d in corpus.documents):
        pytest.skip("the real corpus's texts are not here (they are fetched, not committed: eval/real/README.md)")
    rubric = load_rubric(FLOOR["rubric"])
    result = evaluate(load_dataset(), review_function(rubric, FLOOR["backend"]), rubric.ref, FLOOR["backend"])
    result.real = evaluate_real(corpus, review_function(rubric, FLOOR["backend"]))
    assert result.real.metrics.present >= FLOOR["real_documents"], "the real corpus lost documents"
    return headline(result)


def test_the_floor_covers_the_real_corpus():
    assert set(FLOOR["real_floor"]) == set(REAL_METRICS)
    for name, value in FLOOR["real_floor"].items():
        assert 0 < value <= FLOOR["real_measured"][name], name


@pytest.mark.parametrize("metric", REAL_METRICS)
def test_real_metric_stays_above_floor(measured_real, metric):
    floor, value = FLOOR["real_floor"][metric], measured_real[metric]
    assert value is not None and value >= floor, (
        f"{metric} on the real corpus fell to {value:.4f}, below the recorded floor {floor}; "
        f"see `rectcheck eval --real-only --rubric {FLOOR['rubric']}`"
    )
