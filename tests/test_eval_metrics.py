"""Evaluation metrics on small hand-computed examples."""

from __future__ import annotations

import math

import pytest

from checker.evaluate.metrics import (
    average_ranks,
    cohen_kappa,
    confusion_view,
    flag_scores,
    macro_f1,
    micro_f1,
    range_distance,
    responsiveness_score,
    spearman,
)

# (expected, predicted) per case
CASES = [
    ({"formalism"}, {"formalism"}),
    ({"formalism", "vague_deadline"}, {"vague_deadline"}),
    (set(), {"formalism"}),
    ({"vague_deadline"}, set()),
    (set(), set()),
]
CODES = ["formalism", "vague_deadline", "placeholder"]


def test_flag_counts_precision_recall_f1():
    s = flag_scores(CASES, CODES)
    f = s["formalism"]
    assert (f.tp, f.fp, f.fn, f.tn) == (1, 1, 1, 2)
    assert f.precision == pytest.approx(0.5) and f.recall == pytest.approx(0.5) and f.f1 == pytest.approx(0.5)
    assert f.support == 2 and f.predicted == 2
    v = s["vague_deadline"]
    assert (v.tp, v.fp, v.fn, v.tn) == (1, 0, 1, 3)
    assert v.precision == pytest.approx(1.0) and v.recall == pytest.approx(0.5)
    assert v.f1 == pytest.approx(2 / 3)


def test_unexercised_code_has_no_scores():
    p = flag_scores(CASES, CODES)["placeholder"]
    assert (p.precision, p.recall, p.f1, p.kappa) == (None, None, None, None)
    assert p.tn == 5


def test_kappa_per_flag_by_hand():
    s = flag_scores(CASES, CODES)
    # formalism: agreement 3/5, both raters say yes 2/5 → chance 0.4*0.4+0.6*0.6 = 0.52
    assert s["formalism"].kappa == pytest.approx((0.6 - 0.52) / 0.48)
    # vague_deadline: agreement 4/5, labels 2/5, predictions 1/5 → chance 0.08+0.48 = 0.56
    assert s["vague_deadline"].kappa == pytest.approx((0.8 - 0.56) / 0.44)


def test_kappa_edges():
    assert cohen_kappa([True, False, True], [True, False, True]) == pytest.approx(1.0)
    assert cohen_kappa([True, False], [False, True]) == pytest.approx(-1.0)
    assert cohen_kappa([False, False], [False, False]) is None
    with pytest.raises(ValueError):
        cohen_kappa([True], [True, False])


def test_micro_and_macro_f1():
    s = flag_scores(CASES, CODES)
    # pooled tp 2, fp 1, fn 2 → 4 / 7; macro over the two exercised codes
    assert micro_f1(s) == pytest.approx(4 / 7)
    assert macro_f1(s) == pytest.approx((0.5 + 2 / 3) / 2)


def test_average_ranks_share_ties():
    assert average_ranks([10, 20, 20, 20, 5]) == [2.0, 4.0, 4.0, 4.0, 1.0]
    assert average_ranks([]) == []


def test_spearman_with_ties_and_constant_side():
    # ranks (1, 2.5, 2.5, 4) vs (1, 3, 2, 4): r = 4.5 / sqrt(4.5 * 5) = sqrt(0.9)
    assert spearman([1, 2, 2, 3], [1, 3, 2, 4]) == pytest.approx(math.sqrt(0.9))
    assert spearman([1, 2, 3], [3, 2, 1]) == pytest.approx(-1.0)
    assert spearman([2, 2, 2], [1, 2, 3]) is None


def test_range_distance():
    assert range_distance(0, 2, 3) == 2
    assert range_distance(3, 1, 2) == 1
    assert range_distance(2, 1, 3) == 0


def test_responsiveness_accuracy_mae_spearman():
    r = responsiveness_score([(2, (2, 3)), (0, (1, 1)), (None, (0, 0)), (3, (1, 2))])
    assert (r.cases, r.scored, r.within_range) == (4, 3, 1)
    assert r.accuracy == pytest.approx(0.25)  # the unpaired case counts as a miss
    assert r.mae == pytest.approx(2 / 3)  # distances 0, 1, 1 over the scored cases
    # predicted (2, 0, 3) vs midpoints (2.5, 1, 1.5): ranks (2,1,3) vs (3,1,2) → r = 0.5
    assert r.spearman == pytest.approx(0.5)


def test_confusion_names_what_was_said_instead():
    cases = [
        ("a#F1", {"formalism"}, {"unverifiable_claim"}),
        ("a#F2", {"formalism"}, {"formalism"}),
        ("b#F1", set(), {"unverifiable_claim"}),
        ("b#F2", {"vague_deadline"}, {"vague_deadline"}),
    ]
    scores = flag_scores([(e, p) for _, e, p in cases], ["formalism", "unverifiable_claim", "vague_deadline"])
    view = confusion_view(cases, scores, worst=2)
    assert [e.code for e in view] == ["unverifiable_claim", "formalism"]
    unv, form = view
    assert unv.false_alarms == 2 and unv.labelled_instead == {"formalism": 1}
    assert unv.false_alarm_examples == ["a#F1", "b#F1"]
    assert form.missed == 1 and form.predicted_instead == {"unverifiable_claim": 1}
    assert form.missed_examples == ["a#F1"]
