"""Rubric 1.14.0's deadline changes, on text composed for the test: a measure that reports every act
done needs no deadline, and a claim that the work is only partly done (已基本完成) leaves the rest of
the item open; rubric 1.13.0 judges as before."""

from __future__ import annotations

from checker.models import Source
from checker.options import ReviewOptions
from checker.pipeline import review_source
from checker.rubric import load_rubric

NEW = load_rubric("rectification@1.14.0")
OLD = load_rubric("rectification@1.13.0")

# a self-check report on a website: each fault answered by a line saying it is done
ALL_DONE = """政务公开自查情况报告
一、存在问题
1.工作动态栏目个别单位信息更新不及时。
2.疫情防控动态信息未归档。
3.新媒体账号转载中央精神不及时。
二、整改情况
1.已及时更新。
2.现已归档。
3.已及时转载。
"""

# the same report with one fix only ordered, not done
ORDERED = """节前安全检查工作汇报
一、存在问题
1.部分商铺消防通道堆放杂物。
二、整改措施
针对存在问题已下发整改通知书5份，要求限期整改。
"""

# a progress report whose item is mostly done, with equipment still being prepared
MOSTLY_DONE = """关于环保督察交办件整改情况的报告
1.针对“砂石厂粉尘污染”的问题。
整改情况:企业对运输车辆和裸露山体采取了覆盖措施，其它应当增加的除尘设备正在筹备之中，目前已基本完成整改。
2.针对“厂区道路扬尘”的问题。
整改情况:6月上旬已基本完成覆盖，6月20日增设除尘设备2台，问题已全部整改完毕。
"""


def _review(text: str, rubric):
    return review_source(Source(path="composed.txt", text=text, format="txt"), rubric, ReviewOptions())


def _codes(review) -> list[set[str]]:
    return [{fl.code for fl in f.flags} for f in review.findings]


def test_acts_reported_done_need_no_deadline() -> None:
    new, old = _codes(_review(ALL_DONE, NEW)), _codes(_review(ALL_DONE, OLD))
    assert len(new) == 3
    assert all("missing_deadline" not in c for c in new)
    assert all("missing_deadline" in c for c in old)


def test_an_order_reported_done_leaves_the_fix_open() -> None:
    new = _codes(_review(ORDERED, NEW))
    assert len(new) == 1 and "missing_deadline" in new[0]


def test_a_claim_of_partial_completion_leaves_the_item_open() -> None:
    new, old = _codes(_review(MOSTLY_DONE, NEW)), _codes(_review(MOSTLY_DONE, OLD))
    assert len(new) == 2
    assert "missing_deadline" in new[0] and "missing_deadline" not in old[0]
    assert "missing_deadline" not in new[1] and "missing_deadline" not in old[1]


def test_the_rules_are_parameters_of_missing_deadline() -> None:
    assert NEW.flags["missing_deadline"].params.get("done_acts") is True
    assert NEW.flags["missing_deadline"].params.get("partial_claim_open") is True
    assert "done_acts" not in OLD.flags["missing_deadline"].params
