"""The second label set, the adjudication of every disagreement, and the reference built from it."""

from pathlib import Path

import pytest

from checker.evaluate.agreement import agreement, cases_of
from checker.evaluate.dataset import DatasetError, load_dataset
from checker.evaluate.labels import load_adjudication, load_label_set

EVAL = Path(__file__).resolve().parents[1] / "eval"
LABELS = EVAL / "labels"


def test_both_label_sets_cover_the_same_documents_with_the_same_counts():
    first = {r.id: r for r in load_label_set(LABELS / "annotator-1")}
    second = {r.id: r for r in load_label_set(LABELS / "annotator-2")}
    assert first.keys() == second.keys() and len(first) >= 40
    assert {r.labeller for r in second.values()} == {"annotator-2"}
    for rid, r in first.items():
        assert r.findings_expected == second[rid].findings_expected, rid


def test_every_disagreement_is_adjudicated_with_a_reason_and_the_reference_carries_it():
    first = load_label_set(LABELS / "annotator-1")
    second = load_label_set(LABELS / "annotator-2")
    adj = load_adjudication(LABELS / "adjudication.yaml").by_case()
    result = agreement(first, second)
    assert set(result.disagreements) == set(adj)
    a, b = cases_of(first), cases_of(second)
    reference = cases_of(load_dataset(EVAL).documents)
    for case, decision in adj.items():
        assert set(decision.first) == a[case][0] and set(decision.second) == b[case][0], case
        assert set(decision.flags) <= a[case][0] | b[case][0], case  # a decision picks among what was said
        assert reference[case][0] == set(decision.flags), case
    # Where the two agreed, the reference keeps their labels.
    for case in set(a) - set(adj):
        assert reference[case][0] == a[case][0], case


def test_kappa_is_one_for_identical_sets_and_lower_when_they_differ():
    first = load_label_set(LABELS / "annotator-1")
    same = agreement(first, first)
    assert same.disagreements == [] and same.exact_flags == 1.0
    real = agreement(first, load_label_set(LABELS / "annotator-2"))
    assert real.exact_flags is not None and real.exact_flags < 1.0
    assert any(k is not None and k < 1.0 for k in real.kappa.values())


def test_a_bad_label_file_is_refused(tmp_path):
    (tmp_path / "x.yaml").write_text("id: x\nlabeller: a\nkind: plan\nfindings_expected: 2\nfindings: []\n", encoding="utf-8")
    with pytest.raises(DatasetError, match=r"x\.yaml"):
        load_label_set(tmp_path)
