"""Scoring a run: pairing labels with the checker's findings, cases, failures, segmentation."""

from __future__ import annotations

import pytest
from eval_helpers import make_review

from checker.errors import BackendError, InputError
from checker.evaluate.dataset import Dataset, DocumentRecord
from checker.evaluate.runner import evaluate, pair_findings, score_document

TEXT = (
    "一、组织整改落实情况\n一是高度重视；二是成立领导小组。\n"
    "1.针对“办公用房超标准使用”的问题。\n整改情况：腾退办公室3间。\n"
    "2.针对“公务用车管理不规范”的问题。\n整改情况：进一步加强管理。\n"
)


def record(**changes) -> DocumentRecord:
    data = {
        "id": "doc-a", "source": "composed", "labeller": "annotator-1", "text": TEXT, "kind": "progress_report",
        "findings_expected": 2, "document_flags": ["truncated"],
        "findings": [
            {"index": 1, "title_hint": "办公用房超标准", "flags": [], "responsiveness": [2, 3]},
            {"index": 2, "title_hint": "公务用车管理", "flags": ["formalism"], "responsiveness": [1, 1]},
        ],
    }
    data.update(changes)
    return DocumentRecord.model_validate(data)


def test_pairing_skips_an_extra_finding_by_title():
    # the organising section was taken for a finding: the labels still pair by their title hints
    review = make_review("progress_report", [("高度重视", [], 0), ("办公用房超标准使用", [], 3), ("公务用车管理不规范", ["formalism"], 1)])
    assert pair_findings(record(), review.findings) == [(1, True), (2, True)]
    doc, cases = score_document(record(), review)
    assert not doc.count_ok and doc.kind_ok and doc.titles_matched == 2
    assert [c.case_id for c in cases] == ["doc-a#F1", "doc-a#F2", "doc-a#doc"]
    assert cases[1].predicted_flags == ["formalism"] and cases[1].predicted_id == "F3"
    assert not cases[0].failed and not cases[1].failed
    assert cases[2].failed  # the document's truncated flag was not raised


def test_pairing_by_position_when_titles_differ_but_counts_agree():
    review = make_review("progress_report", [("甲", [], 3), ("乙", ["formalism"], 1)])
    assert pair_findings(record(), review.findings) == [(0, False), (1, False)]


def test_a_missed_finding_counts_against_flags_and_responsiveness():
    review = make_review("plan", [("办公用房超标准使用", [], 2)], document_flags=["truncated"])
    doc, cases = score_document(record(), review)
    assert not doc.kind_ok and not doc.count_ok
    missed = cases[1]
    assert not missed.paired and missed.predicted_flags == [] and missed.failed
    assert cases[2].flags_ok


def evaluate_one(reviews):
    data = Dataset(root=".", documents=[record()])
    it = iter(reviews)
    return evaluate(data, lambda source: next(it), "rectification@test", "rules")


def test_evaluate_gives_metrics_failures_and_confusion():
    review = make_review(
        "progress_report",
        [("办公用房超标准使用", ["unverifiable_claim"], 3), ("公务用车管理不规范", ["unverifiable_claim"], 2)],
        document_flags=["truncated"],
    )
    result = evaluate_one([review])
    m = result.metrics
    assert m.cases == 3 and m.finding_cases == 2
    assert m.flags["formalism"].fn == 1 and m.flags["unverifiable_claim"].fp == 2
    assert m.flags["truncated"].tp == 1
    assert m.micro_f1 == pytest.approx(2 * 1 / (2 * 1 + 2 + 1))
    assert m.responsiveness.accuracy == pytest.approx(0.5) and m.responsiveness.mae == pytest.approx(0.5)
    assert m.segmentation.accuracy == 1.0 and m.segmentation.pairing_accuracy == 1.0
    assert [f.case_id for f in result.failures] == ["doc-a#F1", "doc-a#F2"]
    assert result.failures[1].missing == ["formalism"] and result.failures[1].extra == ["unverifiable_claim"]
    worst = {e.code: e for e in result.confusion}
    assert worst["formalism"].predicted_instead == {"unverifiable_claim": 1}


def test_a_refused_document_is_recorded_and_a_backend_failure_stops_the_run():
    def refuse(source):
        raise InputError(source.path, "file is empty")

    data = Dataset(root=".", documents=[record()])
    result = evaluate(data, refuse, "r@1", "rules")
    assert result.document_results[0].error == "doc-a.txt: file is empty"
    assert result.metrics.segmentation.errors == 1 and result.metrics.responsiveness.accuracy == 0.0

    def down(source):
        raise BackendError("endpoint unreachable")

    with pytest.raises(BackendError):
        evaluate(data, down, "r@1", "llm")


def test_cli_eval_prints_tables_and_stores_json(tmp_path):
    import json

    from typer.testing import CliRunner

    from checker.cli import app

    out = tmp_path / "results.json"
    result = CliRunner().invoke(app, ["eval", "--rubric", "rectification@1.0.0", "--output", str(out)])
    assert result.exit_code == 0, result.output
    for heading in ("Summary", "Flags", "Weakest flags", "Failing cases"):
        assert heading in result.output
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["rubric"] == "rectification@1.0.0" and data["backend"] == "rules"
    assert len([c for c in data["cases"] if c["scope"] == "finding"]) == data["finding_cases"] >= 134
    assert data["cases"][0]["case_id"] == "seed-000#F1"
    assert data["command"].startswith("rectcheck eval --backend rules --rubric rectification@1.0.0")
    assert set(data["headline"]) >= {"micro_f1", "macro_f1", "responsiveness_accuracy", "segmentation_accuracy"}
    failing = {f["case_id"] for f in data["failures"]}
    assert failing == {c["case_id"] for c in data["cases"] if not (c["flags_ok"] and c["responsiveness_ok"])}
    # The header and the failing-cases title count the same cases (findings and documents).
    import re

    flat = " ".join(result.output.split())  # the console wraps long lines
    header = re.search(r"· (\d+) cases: (\d+) findings .*? and (\d+) documents", flat)
    title = re.search(r"Failing cases \((\d+) of (\d+)\)", flat)
    assert header and title, result.output[:400]
    total, findings, documents = map(int, header.groups())
    assert total == int(title.group(2)) == len(data["cases"]) == findings + documents
    assert int(title.group(1)) == len(failing)
