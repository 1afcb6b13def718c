"""Rubric 1.14.0's judging changes, on text composed for the test: a money finding answered by giving
back a small part of the sum at issue is partial coverage, not off target; a work report's measure
that only says it is done is an unverifiable claim. 1.13.0 judges as before."""

from __future__ import annotations

from checker.models import Source
from checker.options import ReviewOptions
from checker.pipeline import review_source
from checker.rubric import load_rubric

NEW = load_rubric("rectification@1.14.0")
OLD = load_rubric("rectification@1.13.0")

# a notice on hospitals' funds: a sum at issue, part of it given back; the other gives all of it back
SHORT_RECOVERY = """关于医保基金飞行检查问题整改情况的通报
1.针对“江西省九江市第一人民医院经查存在42项问题，违法违规金额592.8万元”的问题。
整改情况:该院自查自纠退回医保基金1.96万元。
2.针对“吉林省长春市中医院经查存在38项问题，违法违规金额1638.7万元”的问题。
整改情况:该院已退回医保基金1638.7万元，财务科于2024年7月17日完成账务调整。
"""

# a work report whose measures say they are done: one with nothing else, one with its date and count
DONE_ONLY = """卫生健康局党组向巡察组的工作汇报
一、存在的问题
1.区政府门户网站“涉农补贴”“公共文化服务”栏目更新不及时。
整改措施:已及时更新。
2.抖音账号转载中央、省、市重要信息不积极。
整改措施:已于2024年5月10日转载重要信息12条。
"""


def _flags(text: str, rubric) -> list[list[str]]:
    review = review_source(Source(path="composed.txt", text=text, format="txt"), rubric, ReviewOptions())
    return [[x.code for x in f.flags] for f in review.findings]


def test_a_small_part_given_back_is_partial_coverage_not_off_target() -> None:
    new, old = _flags(SHORT_RECOVERY, NEW), _flags(SHORT_RECOVERY, OLD)
    assert "partial_coverage" in new[0] and "off_target" not in new[0]
    assert "off_target" in old[0] and "partial_coverage" not in old[0]
    assert "partial_coverage" not in new[1] and "off_target" not in new[1]


def test_a_work_report_measure_that_only_says_done_is_unverifiable() -> None:
    new, old = _flags(DONE_ONLY, NEW), _flags(DONE_ONLY, OLD)
    assert "unverifiable_claim" in new[0]
    assert "unverifiable_claim" not in old[0]
    assert "unverifiable_claim" not in new[1]


def test_the_rules_are_parameters() -> None:
    assert NEW.flags["partial_coverage"].params.get("short_recovery_share") == 0.5
    assert "short_recovery_share" not in OLD.flags["partial_coverage"].params
    assert NEW.flags["off_target"].params.get("recovery_answers_money") is True
    assert NEW.flags["unverifiable_claim"].params.get("reported_done_any_kind") is True
