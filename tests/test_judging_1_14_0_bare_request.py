"""Rubric 1.14.0's formalism ``bare_fix_request``, on text composed for the test: a measure that only asks
for the fix (望各位…及时进行整改; 已现场指出，要求严格抓好整改) is formalism, an order with a notice or a time
limit is not, and 1.13.0 judges as before."""

from __future__ import annotations

from checker.models import Source
from checker.options import ReviewOptions
from checker.pipeline import review_source
from checker.rubric import load_rubric

NEW = load_rubric("rectification@1.14.0")
OLD = load_rubric("rectification@1.13.0")

_FINDINGS = """关于学校食堂检查情况的通报
中心学校对各校食堂进行了检查，存在的问题如下：
1.食堂地面卫生差，未及时清理食物残渣；
2.食品台账不完善；
3.食品堆放零乱，未分类堆放。
{response}
中心学校
2023年5月8日
"""

ASK_ONLY = _FINDINGS.format(response="望各位根据实际情况及时进行整改。")
POINTED_OUT = _FINDINGS.format(response="针对以上问题，检查组已现场指出，要求各校严格抓好整改。")
ORDERED = _FINDINGS.format(response="针对以上问题，检查组已下发整改通知书，责令各校限期整改。")


def _codes(text: str, rubric) -> list[set[str]]:
    review = review_source(Source(path="composed.txt", text=text, format="txt"), rubric, ReviewOptions())
    return [{h.code for h in f.flags} for f in review.findings]


def test_a_bare_request_to_fix_is_formalism() -> None:
    for text in (ASK_ONLY, POINTED_OUT):
        new, old = _codes(text, NEW), _codes(text, OLD)
        assert len(new) == 3
        assert all("formalism" in codes for codes in new)
        assert not any("formalism" in codes for codes in old)


def test_an_order_with_a_notice_and_a_time_limit_is_not() -> None:
    assert not any("formalism" in codes for codes in _codes(ORDERED, NEW))


def test_the_rule_is_a_parameter_of_formalism() -> None:
    assert NEW.flags["formalism"].params.get("bare_fix_request") is True
    assert not OLD.flags["formalism"].params.get("bare_fix_request")
