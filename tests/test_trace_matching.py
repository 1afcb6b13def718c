"""Which report passage speaks of a planned measure, and whose owner the report names: a passage
sharing only the finding's subject does not speak of a measure, one naming the object the measure ends
on does; an owner is explained by the report's owner for the item, not by a unit its measures act on."""

from __future__ import annotations

import pytest

from checker.api import review
from checker.crossdoc.trace import MeasureTrace, trace_reviews
from checker.crossdoc.trace_rules import load_trace_rules
from checker.rubric import load_rubric

RULES = load_trace_rules()
RUBRIC = load_rubric(None)

PLAN = """某县市场监管局巡察整改方案
1.针对“农村集体聚餐食品安全监管薄弱”的问题。
整改措施：
（1）督促6个乡镇建立农村集体聚餐报备制度；
（2）建立农村集体聚餐厨师健康管理档案，每半年复核一次；
（3）为18个乡镇食安办各配备1套便携式快速检测箱。
责任单位：食品安全协调股
整改时限：2024年12月31日前
某县市场监督管理局
2024年4月2日
"""
REPORT = """某县市场监管局巡察整改情况报告
1.针对“农村集体聚餐食品安全监管薄弱”的问题。
整改情况：6个乡镇均已建立农村集体聚餐报备制度，2024年5月至9月报备聚餐412场；农村集体聚餐食品安全排查工作正在推进。快速检测箱采购正在履行政府采购程序，预计12月配发到位。
责任单位：食品安全协调股
2024年11月15日
"""


def _measures(plan: str, report: str, version: str | None = None) -> list[MeasureTrace]:
    rules = load_trace_rules(version) if version else RULES
    trace = trace_reviews(review(plan), review(report), report, rules, RUBRIC, plan_text=plan)
    return [m for p in trace.pairs for m in p.measures]


def test_a_passage_sharing_only_the_finding_s_subject_does_not_speak_of_a_measure() -> None:
    reported, health, kits = _measures(PLAN, REPORT)
    assert reported.matched_by == "alike" and "报备制度" in str(reported.report)
    # 建立 … 农村集体聚餐 is all the 报备 passage shares with the health records measure: not its own words
    assert health.report is None
    trace = trace_reviews(review(PLAN), review(REPORT), REPORT, RULES, RUBRIC, plan_text=PLAN)
    flags = [f for p in trace.pairs for f in p.flags]
    unreported = [f.plan_evidence for f in flags if f.code == "trace_measure_unreported"]
    assert unreported == ["（2）建立农村集体聚餐厨师健康管理档案，每半年复核一次；"]
    assert kits.report is not None and "快速检测箱" in kits.report
    # the rules before 1.2.0 took the subject for the measure
    assert _measures(PLAN, REPORT, "1.1.0")[1].report is not None


def test_a_passage_naming_the_object_a_measure_ends_on_speaks_of_it_done_or_not() -> None:
    plan = PLAN.replace("（3）为18个乡镇食安办各配备1套便携式快速检测箱。",
                        "（3）申请专项资金，为18个乡镇食安办各配备1台便携式农药残留速测仪。")  # fmt: skip
    report = ("某县市场监管局巡察整改情况报告\n1.针对“农村集体聚餐食品安全监管薄弱”的问题。\n"
              "整改情况：6个乡镇均已建立农村集体聚餐报备制度；建立厨师健康管理档案412份。"
              "速测仪采购正在履行政府采购程序，预计12月配发到位。\n2024年11月15日\n")  # fmt: skip
    *_, kit = _measures(plan, report)
    assert kit.matched_by == "object" and kit.report is not None and kit.report.startswith("速测仪采购")
    trace = trace_reviews(review(plan), review(report), report, RULES, RUBRIC, plan_text=plan)
    assert not [f for p in trace.pairs for f in p.flags if f.code == "trace_measure_unreported"]
    # without looking for the object, the measure would be taken for unreported
    blind = RULES.model_copy(update={"params": RULES.params.model_copy(update={"min_object_chars": 0})})
    unseen = trace_reviews(review(plan), review(report), report, blind, RUBRIC, plan_text=plan)
    assert [m.report for p in unseen.pairs for m in p.measures][-1] is None
    # a passage naming another thing does not speak of it
    other = report.replace("速测仪采购", "办公设备采购")
    assert _measures(plan, other)[-1].report is None


OWNER_PLAN = """某局巡察整改方案
1.针对“食堂食材采购台账不全”的问题。
整改措施：补齐2023年度食材采购台账。
责任单位：后勤服务中心
整改时限：2024年6月30日前
"""


@pytest.mark.parametrize(("told", "changed"), [
    # the plan's owner only as what a measure acts on; the report's owner is another
    ("整改情况：已对后勤服务中心的采购台账逐笔核对，补齐台账126笔。此项工作由财务科负责。\n", True),
    ("整改情况：已对后勤服务中心的采购台账逐笔核对，补齐台账126笔。\n责任单位：财务科\n", True),
    # the report's owner for the item is the plan's
    ("整改情况：补齐台账126笔。此项工作由后勤服务中心负责。\n", False),
    ("整改情况：补齐台账126笔。\n责任单位：财务科、后勤服务中心\n", False),
    # the item says why the owner changed
    ("整改情况：补齐台账126笔。因机构改革，此项工作由财务科负责。\n", False),
])  # fmt: skip
def test_a_changed_owner_is_explained_only_by_the_report_s_owner_for_the_item_or_a_reason(
    told: str, changed: bool,
) -> None:  # fmt: skip
    report = f"某局巡察整改情况报告\n1.针对“食堂食材采购台账不全”的问题。\n{told}2024年9月10日\n"
    trace = trace_reviews(review(OWNER_PLAN), review(report), report, RULES, RUBRIC)
    flags = [f for p in trace.pairs for f in p.flags if f.code == "trace_owner_changed"]
    assert bool(flags) == changed
    if changed:
        assert flags[0].plan_evidence == "后勤服务中心" and "财务科" in str(flags[0].report_evidence)
