"""rectcheck trace: a plan followed into its report, on composed pairs whose flags are known by
construction, and every example the trace rules carry."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from checker.api import review
from checker.crossdoc.trace import TraceReport, parse_date, report_date, trace_reviews
from checker.crossdoc.trace_rules import load_trace_rules
from checker.rubric import load_rubric

RULES = load_trace_rules()
RUBRIC = load_rubric(None)
EXAMPLES = [(code, n, ex) for code, rule in RULES.flags.items() for n, ex in enumerate(rule.examples)]

PLAN = """某局巡察反馈问题整改方案
1.针对“违规发放津贴补贴”的问题。
整改措施：一是2024年4月底前清退违规发放的交通补贴。二是修订《津贴补贴发放管理办法》。
责任单位：财务科
整改时限：2024年4月30日
2.针对“公务用车管理不规范”的问题。
整改措施：一是清理超标配备车辆。二是建立用车登记台账，每月公示。
责任单位：办公室
整改时限：2024年5月31日
3.针对“食堂采购台账不全”的问题。
整改措施：补齐2023年度采购台账。
责任单位：后勤科
整改时限：2024年6月30日
"""
REPORT = """某局巡察反馈问题整改情况报告
1.针对“违规发放津贴补贴”的问题。
整改情况：已清退违规发放的交通补贴1.497万元，涉及12人；修订印发《津贴补贴发放管理办法》（局发〔2024〕5号）。已完成整改。
责任单位：财务科
2.针对“公务用车管理不规范”的问题。
整改情况：正在推进超标配备车辆清理工作。
责任单位：机关党委
4.针对“会议费超标”的问题。
整改情况：已退回超标会议费0.8万元。
2024年9月10日
"""
# what a reader of the two documents finds, written from the texts above
EXPECTED = {
    ("F2", "trace_measure_unreported"),  # 用车登记台账 never mentioned
    ("F2", "trace_deadline_passed"),  # 5月31日 passed, only 正在推进
    ("F2", "trace_owner_changed"),  # 办公室 → 机关党委
    ("F3", "trace_finding_missing"),  # 食堂采购台账 absent from the report
}


@pytest.mark.parametrize(("code", "n", "example"), EXAMPLES, ids=[f"{c}-{n}" for c, n, _ in EXAMPLES])
def test_every_trace_rule_example_fires_or_stays_quiet_as_it_says(code: str, n: int, example) -> None:
    trace = trace_reviews(review(example.plan), review(example.report), example.report, RULES, RUBRIC)
    raised = {f.code for p in trace.pairs for f in p.flags}
    assert (code in raised) == example.fires, raised


def test_every_trace_rule_has_a_firing_and_a_quiet_example_and_both_languages() -> None:
    for code, rule in RULES.flags.items():
        assert {ex.fires for ex in rule.examples} == {True, False}, code
        for text in (rule.title, rule.rationale, rule.message, rule.follow_up):
            assert text.zh and text.en


def test_a_composed_plan_and_report_give_exactly_the_flags_a_reader_finds() -> None:
    trace = trace_reviews(review(PLAN), review(REPORT), REPORT, RULES, RUBRIC)
    raised = {(f.plan_id, f.code) for p in trace.pairs for f in p.flags}
    assert raised == EXPECTED
    assert trace.as_of == "2024-09-10"
    owner = next(f for p in trace.pairs for f in p.flags if f.code == "trace_owner_changed")
    assert owner.plan_evidence == "办公室" and owner.report_evidence == "机关党委" and owner.report_id == "F2"
    assert any(p.report_id == "F3" and p.plan_id is None and not p.flags for p in trace.pairs)  # report-only finding


def test_deadlines_are_held_against_the_date_asked_for() -> None:
    import datetime as dt

    early = trace_reviews(review(PLAN), review(REPORT), REPORT, RULES, RUBRIC, as_of=dt.date(2024, 5, 1))
    assert not any(f.code == "trace_deadline_passed" for p in early.pairs for f in p.flags)
    assert parse_date("2020年6月底取得阶段性成效") == dt.date(2020, 6, 30) and parse_date("长期坚持") is None
    assert report_date("正文\n2024年9月10日\n") == dt.date(2024, 9, 10)


def test_the_command_gates_and_refuses_a_bad_date(tmp_path: Path) -> None:
    plan, report = tmp_path / "plan.txt", tmp_path / "report.txt"
    plan.write_text(PLAN, encoding="utf-8")
    report.write_text(REPORT, encoding="utf-8")
    cli = [sys.executable, "-m", "checker", "trace", str(plan), str(report)]
    run = subprocess.run([*cli, "-f", "json"], capture_output=True, text=True)
    assert run.returncode == 1  # error-level flags: a finding missing, a deadline passed
    assert {(f["plan_id"], f["code"]) for p in TraceReport.model_validate(json.loads(run.stdout)).model_dump()["pairs"]
            for f in p["flags"]} == EXPECTED  # fmt: skip
    text = subprocess.run([*cli, "--fail-on", "never"], capture_output=True, text=True)
    assert text.returncode == 0 and "计划问题未报告 1" in text.stdout and "追问：" in text.stdout
    bad = subprocess.run([*cli, "--as-of", "2024/09/10"], capture_output=True, text=True)
    assert bad.returncode == 2 and bad.stderr.count("\n") == 1 and "--as-of" in bad.stderr
