"""Flags explained as people read them: a rationale with its parameters' values, names found without
their quote marks, trace rule files validated by their own model and examples, and docs/rules.md
listing the trace's flags."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import yaml

from checker.crossdoc.trace_rules import TRACE_DIR, trace_versions
from checker.renderers.explain import explain_flag, rules_markdown
from checker.renderers.rubric_view import flag_info, with_params
from checker.rubric import load_rubric
from checker.rubric_examples import validate_rubric_file

RUBRIC = load_rubric(None)
ROOT = Path(__file__).resolve().parent.parent


def _cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "checker", *args], capture_output=True, text=True)


def test_a_rationale_names_its_parameters_by_their_values() -> None:
    assert with_params("至少要有 params.min_chars 个字", {"min_chars": 16}) == "至少要有 16 个字"
    assert with_params("阈值（params.min_confidence）", {"min_confidence": 0.62}) == "阈值（0.62）"
    # a list or a name the rule lacks stays as written
    assert with_params("params.generic_lexicons 与 params.nosuch", {"generic_lexicons": ["a"]}) == (
        "params.generic_lexicons 与 params.nosuch")
    chars = RUBRIC.flags["pasted_measure"].params["min_chars"]
    for lang in ("zh", "en"):
        text = explain_flag(RUBRIC, "pasted_measure", lang)
        assert "params.min_chars" not in text and str(chars) in text
    assert "params.min_chars" not in flag_info(RUBRIC, "pasted_measure", "zh").rationale
    run = _cli("explain", "pasted_measure")
    assert run.returncode == 0 and f"至少要有 {chars} 个字" in run.stdout


def test_a_flag_is_found_by_its_name_without_its_quote_marks() -> None:
    assert explain_flag(RUBRIC, "计划原句改已", "zh").startswith("trace_promise_restated")
    assert explain_flag(RUBRIC, "计划原句改“已”", "zh").startswith("trace_promise_restated")
    run = _cli("explain", "计划原句改已")
    assert run.returncode == 0 and run.stdout.startswith("trace_promise_restated")


def test_rubric_validate_knows_a_trace_rule_file(tmp_path: Path) -> None:
    for version in trace_versions():
        assert validate_rubric_file(TRACE_DIR / f"trace-{version}.yaml") == [], version
    run = _cli("rubric", "validate", str(TRACE_DIR / "trace-1.1.0.yaml"))
    assert run.returncode == 0 and run.stdout.strip().endswith("valid")
    data = yaml.safe_load((TRACE_DIR / "trace-1.2.0.yaml").read_text(encoding="utf-8"))
    data["flags"]["trace_owner_changed"]["severity"] = "fatal"
    bad = tmp_path / "bad.yaml"
    bad.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    problems = validate_rubric_file(bad)
    assert len(problems) == 1 and "flags.trace_owner_changed.severity" in problems[0]
    data = yaml.safe_load((TRACE_DIR / "trace-1.2.0.yaml").read_text(encoding="utf-8"))
    data["flags"]["trace_owner_changed"]["examples"][1]["fires"] = True  # the owner is the same: quiet
    wrong = tmp_path / "wrong.yaml"
    wrong.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    assert validate_rubric_file(wrong) == [
        "trace@1.2.0: flags.trace_owner_changed.examples[2]: trace_owner_changed does not fire"]
    run = _cli("rubric", "validate", str(wrong))
    assert run.returncode == 1 and "does not fire" in run.stderr


def test_the_rules_document_lists_the_trace_flags() -> None:
    doc = rules_markdown()
    for version in trace_versions():
        assert f"## trace@{version} — rectcheck trace PLAN REPORT" in doc
    for code in ("trace_finding_missing", "trace_measure_unreported", "trace_deadline_passed",
                 "trace_owner_changed", "trace_promise_restated"):  # fmt: skip
        assert f"#### `{code}`" in doc
    assert (ROOT / "docs" / "rules.md").read_text(encoding="utf-8") == doc
