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
from checker.evaluate.trace_eval import evaluate_trace, load_trace_pairs
from checker.rubric import load_rubric

RULES = load_trace_rules()
RUBRIC = load_rubric(None)
EXAMPLES = [(code, n, ex) for code, rule in RULES.flags.items() for n, ex in enumerate(rule.examples)]

PAIRS = load_trace_pairs(Path(__file__).resolve().parent.parent / "eval" / "trace")
BASIC = next(p for p in PAIRS if p.id == "plan-report-basic")
PLAN, REPORT = str(BASIC.plan), str(BASIC.report)
# what a reader of the two documents finds, labelled from the texts in eval/trace/composed.yaml
EXPECTED = {("F2", "trace_measure_unreported"), ("F2", "trace_deadline_passed"), ("F2", "trace_owner_changed"),
            ("F3", "trace_finding_missing")}  # fmt: skip


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


def test_the_trace_evaluation_scores_every_labelled_pair() -> None:
    result = evaluate_trace(Path(__file__).resolve().parent.parent / "eval" / "trace", RUBRIC)
    assert result is not None
    basic = next(p for p in result.pairs if p.id == "plan-report-basic")
    assert (basic.tp, basic.fp, basic.fn) == (4, 0, 0)
    labelled = sum(len(p.labels) for p, r in zip(PAIRS, result.pairs, strict=True) if r.present)
    assert sum(s.support for s in result.flags.values()) == labelled
    # each labelled file is scored apart too, and the parts add up to the whole
    assert {"composed.yaml", "composed-blind.yaml"} <= set(result.sets)
    assert sum(len(part.pairs) for part in result.sets.values()) == len(result.pairs)
    assert sum(s.tp for part in result.sets.values() for s in part.flags.values()) == sum(
        s.tp for s in result.flags.values())


def _flags(plan: str, report: str) -> set[str]:
    trace = trace_reviews(review(plan), review(report), report, RULES, RUBRIC)
    return {f.code for p in trace.pairs for f in p.flags}


EDUCATION_PLAN = ("1.针对“廉政教育流于形式”的问题。\n整改措施：组织全体干部开展廉政专题教育。\n责任单位：机关党委\n"
                  "整改时限：2024年4月30日\n")  # fmt: skip


@pytest.mark.parametrize(("told", "done"), [
    ("2024年4月12日已组织全体干部职工86人开展廉政专题教育3场，对2名干部诫勉谈话。", True),  # 已 + an act
    ("对3名迟到干部进行了约谈。", True),  # 了
    ("2024年4月20日组织全体干部开展廉政专题教育。", True),  # a date by the deadline beside an act
    ("组织全体干部开展廉政专题教育2场，参加干部86人。", True),  # counts of what was done
    ("已将2条问题线索移交县纪委。", True),  # 已将: the perfect governs the 将
    ("将组织全体干部开展廉政专题教育。", False),  # a promise
    ("持续开展廉政专题教育，不断增强廉洁意识。", False),
    ("正在推进廉政专题教育。", False),
    ("2024年5月20日组织全体干部开展廉政专题教育。", False),  # dated after the deadline, nothing counted
])  # fmt: skip
def test_a_completed_act_reported_has_done_the_item_and_a_promise_has_not(told: str, done: bool) -> None:
    report = (f"关于整改情况的报告\n1.针对“廉政教育流于形式”的问题。\n整改情况：{told}\n责任单位：机关党委\n"
              "2024年9月10日\n")  # fmt: skip
    assert ("trace_deadline_passed" in _flags(EDUCATION_PLAN, report)) != done


@pytest.mark.parametrize(("field", "changed"), [
    ("纪检组（机构改革后原机关党委职能划入纪检组）", False),  # the field names the plan's owner
    ("纪检组（职能调整）", False),  # the field says why
    ("纪检组", True),
])  # fmt: skip
def test_an_owner_field_that_explains_the_change_is_no_silent_change(field: str, changed: bool) -> None:
    report = (f"关于整改情况的报告\n1.针对“廉政教育流于形式”的问题。\n整改情况：2024年4月已组织廉政教育3场。\n"
              f"责任单位：{field}\n2024年9月10日\n")  # fmt: skip
    assert ("trace_owner_changed" in _flags(EDUCATION_PLAN, report)) == changed


OBJECTS_PLAN = """某镇巡察整改方案
一、中心小学食堂食材采购无验收记录的问题
整改措施：对全镇6所中心小学食堂2023年以来的食材采购逐笔核对，补建验收台账。
责任单位：教育办
整改时限：2024年8月31日
二、镇卫生院过期药品未及时清理的问题
整改措施：由镇卫生院清点库存药品，销毁过期药品。
责任单位：镇卫生院
整改时限：2024年6月30日
"""
OBJECTS_REPORT = """某镇巡察整改情况报告
（一）关于学校伙房进货把关不严的问题
整改情况：已对6所中心小学食堂食材采购逐笔核对，补建验收台账3本。已完成整改。
（二）关于镇卫生院公务用车私用的问题
整改情况：镇卫生院已收回公务用车钥匙，实行出车登记。已完成整改。
2024年9月30日
"""


def test_findings_worded_apart_are_paired_by_the_objects_they_and_their_measures_name() -> None:
    trace = trace_reviews(review(OBJECTS_PLAN), review(OBJECTS_REPORT), OBJECTS_REPORT, RULES, RUBRIC)
    pairs = {(p.plan_id, p.report_id) for p in trace.pairs}
    assert ("F1", "F1") in pairs  # 食堂 and 采购 named by both, the school canteen in the plan's finding
    # one unit's two faults share the unit only: the drug finding stays missing, the car one the report's own
    assert ("F2", None) in pairs and (None, "F2") in pairs
    missing = [f for p in trace.pairs for f in p.flags if f.code == "trace_finding_missing"]
    assert [f.plan_id for f in missing] == ["F2"]


SHOWN_PLAN = """整改方案
一、针对“食堂采购台账不全”的问题
整改措施：补齐2023年度食材采购台账。
责任单位：后勤科
整改时限：2024年6月30日
二、针对“公务用车登记不全”的问题
整改措施：建立出车登记制度。
责任单位：办公室
整改时限：2024年6月30日
"""
SHOWN_REPORT = """整改情况报告
1.针对“食堂采购台账不全”的问题
整改情况：2024年6月补齐2023年度食材采购台账126笔。已完成整改。
责任单位：后勤科
2.针对“会议室空调长期闲置”的问题
整改情况：已调剂至档案室使用。已完成整改。
2024年9月10日
"""


def _shown() -> TraceReport:
    return trace_reviews(review(SHOWN_PLAN), review(SHOWN_REPORT), SHOWN_REPORT, RULES, RUBRIC)


def test_each_pair_traces_each_planned_measure_to_the_report_s_passage_on_it() -> None:
    trace = _shown()
    canteen = next(p for p in trace.pairs if p.plan_id == "F1")
    assert not canteen.flags and [(m.plan, m.report, m.matched_by) for m in canteen.measures] == [
        ("补齐2023年度食材采购台账。", "2024年6月补齐2023年度食材采购台账126笔。", "alike")]
    assert any(p.plan_id is None and p.report_id == "F2" for p in trace.pairs)  # the report's own finding
    assert json.loads(trace.model_dump_json())["pairs"][0]["measures"][0]["report"].startswith("2024年6月")


@pytest.mark.parametrize("fmt", ["text", "markdown", "html", "xlsx"])
def test_every_format_shows_every_pair_its_measures_and_the_report_s_own_findings(fmt: str) -> None:
    import io

    from openpyxl import load_workbook

    from checker.renderers.crossdoc_formats import render_comparison

    out = render_comparison(_shown(), fmt, lang="zh", rubric=RUBRIC)
    if isinstance(out, bytes):
        sheet = load_workbook(io.BytesIO(out)).active
        out = "\n".join(" ".join(str(v or "") for v in row) for row in sheet.iter_rows(values_only=True))
    assert "无问题" in out and "仅报告有" in out and "会议室空调长期闲置" in out  # paired with no flag; report only
    assert "2024年6月补齐2023年度食材采购台账126笔" in out  # what the report says of the planned measure
    assert "公务用车登记不全" in out  # the plan's finding the report leaves out


def test_the_word_comments_name_what_each_report_finding_answers_in_the_plan() -> None:
    from checker.renderers.crossdoc_word import trace_notes

    report = review(SHOWN_REPORT)
    summary, notes = trace_notes(_shown(), report, SHOWN_REPORT, "zh")
    said = ["\n".join(n.paragraphs) for n in notes]
    assert any(s.startswith("F1 → F1") and "无问题" in s and "报告：2024年6月补齐" in s for s in said)
    assert any(s.startswith("— → F2") and "仅报告有" in s for s in said)
    assert any("仅报告有 1" in line for line in summary.paragraphs)


def test_explain_knows_every_trace_flag_by_code_and_by_name() -> None:
    from checker.errors import RubricError
    from checker.renderers.explain import explain_flag

    for code, rule in RULES.flags.items():
        by_code = explain_flag(RUBRIC, code, "zh")
        assert by_code.startswith(f"{code} — {rule.title.zh}") and rule.rationale.zh in by_code
        assert explain_flag(RUBRIC, rule.title.zh, "zh") == by_code
        assert rule.title.en in explain_flag(RUBRIC, rule.title.en, "en")
        assert "整改方案" in by_code and "整改报告" in by_code  # a plan and its report for each example
    with pytest.raises(RubricError, match="trace_deadline_passed"):
        explain_flag(RUBRIC, "官僚主义", "zh")  # the flags it knows include the trace's
    cli = [sys.executable, "-m", "checker", "explain", "计划时限已过未完成"]
    run = subprocess.run(cli, capture_output=True, text=True)
    assert run.returncode == 0 and run.stdout.startswith("trace_deadline_passed")


def test_a_plan_that_could_not_be_read_fails_the_trace_gate(tmp_path: Path) -> None:
    plan, report = tmp_path / "plan.txt", tmp_path / "report.txt"
    plan.write_text("会议通知\n请各位同志于周五下午三点到三楼会议室开会。\n", encoding="utf-8")
    report.write_text(SHOWN_REPORT, encoding="utf-8")
    cli = [sys.executable, "-m", "checker", "trace", str(plan), str(report)]
    assert subprocess.run(cli, capture_output=True).returncode == 1  # no plan finding, yet no pass
    assert subprocess.run([*cli, "--fail-on", "never"], capture_output=True).returncode == 0
