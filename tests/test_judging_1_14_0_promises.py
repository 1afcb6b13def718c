"""Rubric 1.14.0's future_only and missing_owner changes, on text composed for the test: a completion
only forecast (预计…整改完毕) or promised after the finding quoted back is a promise; work under way
(正在…) is not only a promise; an owner named in one item's prose does not make a plan's format call for
owners on the others. Rubric 1.13.0 judges as before."""

from __future__ import annotations

from checker.analyse import analyse
from checker.models import Source
from checker.rubric import load_rubric
from checker.segment import segment

NEW = load_rubric("rectification@1.14.0")
OLD = load_rubric("rectification@1.13.0")

FORECAST = """关于校园安全检查整改情况的报告
1.针对“食堂厨房和餐厅未隔离”的问题。
整改情况:此项问题预计在本月25日前整改完毕。
"""

QUOTED_BACK = """关于审计整改情况的报告
1.针对“未按协议兑付土地承包金”的问题。
整改情况:关于“未按协议兑付土地承包金”的问题，我镇在今后的工作中将规范土地流转合同管理。
"""

UNDER_WAY = """关于幼儿园自查整改情况的报告
1.针对“家长参与度较低”的问题。
整改情况:正在通过增设亲子活动等方式逐步改善。
"""

OWNER_IN_PROSE = """学校食品安全检查情况
一、存在问题
1.食堂操作间地面积水。
2.留样柜温度未达要求。
二、整改措施
1.由食堂管理员负责疏通操作间排水沟，每日收工后清扫地面，5月10日前完成。
2.更换留样柜温控器，5月15日前完成。
"""


def _codes(text: str, rubric, kind: str) -> list[set[str]]:
    report = segment(Source(path="composed.txt", text=text, format="txt"), vocabulary=rubric.reading_vocabulary())
    report = report.model_copy(update={"kind": kind})
    return [{h.code for h in fa.hits} for fa in analyse(report, rubric).findings]


def test_a_forecast_completion_is_a_promise() -> None:
    assert "future_only" in _codes(FORECAST, NEW, "progress_report")[0]
    assert "future_only" not in _codes(FORECAST, OLD, "progress_report")[0]


def test_the_finding_quoted_back_is_no_act() -> None:
    assert "future_only" in _codes(QUOTED_BACK, NEW, "progress_report")[0]
    assert "future_only" not in _codes(QUOTED_BACK, OLD, "progress_report")[0]


def test_work_under_way_is_not_only_a_promise() -> None:
    assert "future_only" not in _codes(UNDER_WAY, NEW, "progress_report")[0]
    assert "future_only" in _codes(UNDER_WAY, OLD, "progress_report")[0]


def test_an_owner_in_one_items_prose_calls_for_none_elsewhere() -> None:
    new, old = _codes(OWNER_IN_PROSE, NEW, "plan"), _codes(OWNER_IN_PROSE, OLD, "plan")
    assert len(new) == 2
    assert all("missing_owner" not in codes for codes in new)
    assert "missing_owner" in old[1]
