"""Comparing rubric versions: changed cases, deltas, and the bundled 1.0.0 → 1.1.0 change."""

from __future__ import annotations

import json

from eval_helpers import make_review
from typer.testing import CliRunner

from checker.cli import app
from checker.evaluate.compare import compare_results
from checker.evaluate.dataset import Dataset, DocumentRecord
from checker.evaluate.report import render_compare
from checker.evaluate.runner import evaluate
from checker.rubric import list_rubrics, load_rubric

RECORD = DocumentRecord.model_validate(
    {
        "id": "doc-a", "source": "composed", "labeller": "annotator-1", "text": "x", "kind": "progress_report",
        "findings_expected": 2,
        "findings": [
            {"index": 1, "title_hint": "检查流于形式", "flags": ["unverifiable_claim"], "responsiveness": [1, 1]},
            {"index": 2, "title_hint": "资金发放不及时", "flags": [], "responsiveness": [3, 3]},
        ],
    }
)


def run(flags_first: list[str], verdicts: list[str]):
    review = make_review("progress_report", [("检查流于形式", flags_first, 1), ("资金发放不及时", [], 3)], verdicts=verdicts)
    return evaluate(Dataset(root=".", documents=[RECORD]), lambda s: review, "r@A", "rules")


def test_changed_cases_and_deltas():
    a = run([], ["pass", "pass"])
    b = run(["unverifiable_claim"], ["warn", "pass"])
    b.rubric = "r@B"
    result = compare_results(a, b)
    assert [c.case_id for c in result.changed] == ["doc-a#F1"]
    change = result.changed[0]
    assert change.added == ["unverifiable_claim"] and change.removed == []
    assert (change.verdict_a, change.verdict_b) == ("pass", "warn")
    assert result.metrics["micro_f1"] == (0.0, 1.0)  # A misses the one labelled flag, B finds it
    assert result.flag_f1["unverifiable_claim"].a == 0.0 and result.flag_f1["unverifiable_claim"].b == 1.0
    text = render_compare(result, "text")
    assert "doc-a#F1" in text and "pass → warn" in text


def test_bundled_rubric_versions_and_their_documented_change():
    refs = [r.ref for r in list_rubrics()]
    assert "rectification@1.0.0" in refs and "rectification@1.1.0" in refs
    old, new = load_rubric("rectification@1.0.0"), load_rubric("rectification@1.1.0")
    assert "1.1.0" in new.changelog and "覆盖率" in new.changelog
    assert new.patterns["bare_rate"] != old.patterns["bare_rate"]
    # a rules-only change: the model prompt is the same, so cached model answers are reused
    assert new.judge_fingerprint() == old.judge_fingerprint()


COVERAGE_CASE = """\
- id: c-bare-coverage-rate
  source: composed
  labeller: annotator-1
  format: txt
  kind: progress_report
  findings_expected: 1
  document_flags: []
  tags: [hard-positive:bare-rate]
  text: |
    县水利局关于巡察整改情况的通报
    1.针对“农村饮水工程水质检测覆盖不全”的问题。
    整改情况：一是为全县12个乡镇水厂各配备水质检测设备1套，2024年5月完成安装。二是农村饮水工程水质检测覆盖率达到100%。
  findings:
    - index: 1
      title_hint: 水质检测覆盖不全
      flags: [unverifiable_claim]
      responsiveness: [2, 3]
      note: the coverage the finding questions is answered by a bare 100% with no base.
"""


def test_cli_compare_shows_the_case_only_the_stricter_rate_pattern_changes(tmp_path):
    """1.1.0 widens bare_rate to 覆盖率: the bare-coverage case gains unverifiable_claim, with deltas."""
    (tmp_path / "dataset").mkdir()
    (tmp_path / "dataset" / "cases.yaml").write_text(COVERAGE_CASE, encoding="utf-8")
    result = CliRunner().invoke(
        app,
        ["compare", "rectification@1.0.0", "rectification@1.1.0", "--dataset", str(tmp_path), "--format", "json"],
    )
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    changed = {c["case_id"]: c for c in data["changed"]}
    assert "unverifiable_claim" in changed["c-bare-coverage-rate#F1"]["added"]
    assert set(data["metrics"]) >= {"micro_f1", "macro_f1", "responsiveness_accuracy", "segmentation_accuracy"}
    before, after = data["metrics"]["micro_f1"]
    assert after > before  # the labelled bare rate is now caught


def test_cli_compare_on_the_bundled_set_lists_changed_cases():
    result = CliRunner().invoke(app, ["compare", "rectification@1.0.0", "rectification@1.1.0", "--format", "json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert data["changed"], "the candidate differs from the default on at least one bundled case"
    for case in data["changed"]:
        assert case["added"] or case["removed"] or case["verdict_a"] != case["verdict_b"] or case["score_a"] != case["score_b"]


def test_cli_compare_unknown_rubric_exits_2():
    result = CliRunner().invoke(app, ["compare", "rectification@1.0.0", "rectification@9.9.9"])
    assert result.exit_code == 2
    assert result.output.startswith("rectcheck: ")


def test_llm_compare_of_a_rules_only_change_reuses_the_cached_answers(tmp_path, monkeypatch):
    """B (1.1.0) has A's judge fingerprint: its run is answered from the cache A filled."""
    import shutil

    from chat_server import ChatServer

    from checker.evaluate.compare import compare_results
    from checker.evaluate.dataset import DEFAULT_DATASET, load_dataset
    from checker.evaluate.runner import evaluate, review_function

    (tmp_path / "dataset").mkdir()
    shutil.copy(DEFAULT_DATASET / "dataset" / "composed-misc.yaml", tmp_path / "dataset")
    data = load_dataset(tmp_path)
    data.documents = data.documents[:2]
    monkeypatch.setenv("RECTCHECK_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setenv("OPENAI_API_KEY", "sk-test")
    for name, value in {"RECTCHECK_LLM_WAIT": "0.01", "RECTCHECK_LLM_WAIT_MAX": "0.05", "RECTCHECK_LLM_TIMEOUT": "5"}.items():
        monkeypatch.setenv(name, value)
    with ChatServer() as server:
        monkeypatch.setenv("OPENAI_BASE_URL", server.base_url)
        first_rubric, second_rubric = load_rubric("rectification@1.0.0"), load_rubric("rectification@1.1.0")
        a = evaluate(data, review_function(first_rubric, "llm"), first_rubric.ref, "llm")
        sent = server.count
        assert sent > 0 and a.usage is not None and a.usage["requests"] == sent
        b = evaluate(data, review_function(second_rubric, "llm"), second_rubric.ref, "llm")
        assert server.count == sent  # no new request for B
    assert b.usage is not None and b.usage["requests"] == 0 and b.usage["cached"] == sent
    result = compare_results(a, b)
    assert result.usage_b is not None and result.usage_b["requests"] == 0


def test_a_delta_agrees_with_the_figures_shown_beside_it() -> None:
    from checker.evaluate.report import fmt, fmt_delta

    assert (fmt(0.8474), fmt(0.8476), fmt_delta(0.8474, 0.8476)) == ("0.847", "0.848", "+0.001")
    assert fmt_delta(0.9, 0.85) == "-0.050" and fmt_delta(0.8, 0.8) == "0"
    # a change below the shown precision: the figures read alike, the delta says they are not equal
    assert (fmt(0.8), fmt(0.8004), fmt_delta(0.8, 0.8004)) == ("0.800", "0.800", "+0.000")
    assert fmt_delta(0.8004, 0.8) == "-0.000" and fmt_delta(0.8474, 0.8476) == "+0.001"
