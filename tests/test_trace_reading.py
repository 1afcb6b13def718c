"""What the trace reads in plans and reports written in forms the first composed pairs did not have:
task headings that quote their finding above a 问题描述, owners given in brackets after a heading,
accountability written in other words, a planned measure reported in a clause of its own, an item
whose last word says it is done, and a promise restated in several sentences."""

from __future__ import annotations

from checker.api import review
from checker.crossdoc.trace import trace_reviews
from checker.crossdoc.trace_rules import load_trace_rules
from checker.rubric import load_rubric

RULES = load_trace_rules()
RUBRIC = load_rubric(None)

PLAN = """关于区委第二巡察组反馈意见的整改方案

一、整改任务
整改任务一：针对“食堂采购台账不全”的问题
问题描述：2023年食堂采购有31笔没有验收记录，涉及金额4.2万元。
整改目标：采购台账完整，验收记录齐全。
整改措施：
（1）对31笔采购逐笔补录验收记录；
（2）对全校食堂采购台账开展全面复核，做到笔笔有据；
（3）对负有责任的采购人员严肃追责问责。
责任领导：副校长 周明
责任单位：后勤处
整改时限：2024年5月31日前

整改任务二：针对“公务用车管理不规范”的问题
问题描述：3辆公务用车未按规定停放，出车登记不全。
整改目标：公务用车全部按规定管理。
整改措施：
（1）将3辆公务用车统一停放在学校车库；
（2）将建立出车登记制度，每月核对一次。
责任领导：副校长 周明
责任单位：办公室
整改时限：2024年8月31日前

二、工作要求
各责任单位要按时限完成整改。

2024年3月20日
"""

REPORT = """关于区委巡察整改进展情况的通报

一、关于“管理”方面
（一）关于“食堂采购台账不全”问题的整改情况（责任单位：总务处。2024年4月学校内设机构调整，原后勤处职能划入总务处）
一是4月补录31笔采购的验收记录；二是4月至5月对全校食堂采购台账2023年以来的1260笔逐笔复核，发现问题6笔；三是对2名采购人员分别给予诫勉谈话。已整改完成。

（二）关于“公务用车管理不规范”问题的整改情况(牵头单位:保卫处)
已将3辆公务用车统一停放在学校车库。已建立出车登记制度，每月核对一次。

2024年7月10日
"""


def _trace():
    return trace_reviews(review(PLAN), review(REPORT), REPORT, RULES, RUBRIC)


def test_task_headings_that_quote_their_finding_are_the_findings() -> None:
    plan = review(PLAN)
    assert [f.title for f in plan.findings] == ["食堂采购台账不全", "公务用车管理不规范"]
    first = plan.findings[0]
    assert "问题描述：2023年食堂采购有31笔" in first.finding_text  # the description stays the finding's text
    assert len(first.measures) == 3 and not any("整改任务二" in m for m in first.measures)
    assert first.owners[-1] == "后勤处" and first.deadline == "2024年5月31日前"


def test_owners_in_brackets_after_a_heading_are_owners_and_not_the_title() -> None:
    report = review(REPORT)
    assert [f.title for f in report.findings] == [
        "关于“食堂采购台账不全”问题的整改情况", "关于“公务用车管理不规范”问题的整改情况",
    ]  # fmt: skip
    assert report.findings[0].owners == ["总务处"]
    assert report.findings[1].owners == ["保卫处"]  # ASCII brackets and colon


def test_the_trace_pairs_task_headings_and_flags_only_what_the_report_leaves_unsaid() -> None:
    trace = _trace()
    assert [(p.plan_id, p.report_id) for p in trace.pairs] == [("F1", "F1"), ("F2", "F2")]
    raised = {(f.plan_id, f.code) for p in trace.pairs for f in p.flags}
    # F1: the owner change is explained (原后勤处职能划入总务处), accountability is reported as 诫勉谈话,
    # the 复核 measure in a clause of its own, and the item ends 已整改完成 (干部分别… is not 部分).
    # F2: the owner changed without a word, and the plan's two 将… sentences come back with 已.
    assert raised == {("F2", "trace_owner_changed"), ("F2", "trace_promise_restated")}


def test_a_promise_restated_in_several_sentences_is_one_flag_quoting_them_all() -> None:
    flag = next(f for p in _trace().pairs for f in p.flags if f.code == "trace_promise_restated")
    assert flag.report_evidence is not None and flag.plan_evidence is not None
    assert flag.report_evidence.count("\n") == 1 and "出车登记制度" in flag.report_evidence
    assert "将建立出车登记制度" in flag.plan_evidence


def test_accountability_unreported_still_fires_when_the_report_names_the_people_but_no_act() -> None:
    quiet = REPORT.replace("三是对2名采购人员分别给予诫勉谈话。", "三是约见2名采购人员了解情况。")
    trace = trace_reviews(review(PLAN), review(quiet), quiet, RULES, RUBRIC)
    unreported = [f.plan_evidence for p in trace.pairs for f in p.flags if f.code == "trace_measure_unreported"]
    assert unreported == ["（3）对负有责任的采购人员严肃追责问责。"]


def test_an_item_whose_last_word_is_under_way_is_not_done() -> None:
    late = REPORT.replace("已整改完成。", "已整改完成4笔，其余正在推进。")
    trace = trace_reviews(review(PLAN), review(late), late, RULES, RUBRIC)
    assert ("F1", "trace_deadline_passed") in {(f.plan_id, f.code) for p in trace.pairs for f in p.flags}


def test_an_office_any_unit_has_does_not_explain_a_change_of_owner() -> None:
    plan = PLAN.replace("责任领导：副校长 周明\n责任单位：办公室", "责任领导：副校长\n责任单位：办公室")
    report = REPORT.replace("(牵头单位:保卫处)", "(牵头单位:保卫处，分管副校长督办)")
    trace = trace_reviews(review(plan), review(report), report, RULES, RUBRIC)
    assert ("F2", "trace_owner_changed") in {(f.plan_id, f.code) for p in trace.pairs for f in p.flags}
