"""Rubric 1.13.0's document verdict, on text composed for the test: a notice whose one requirement under its
problems is slogans yet orders the fix (限期整改, 责令…, 下发整改通知书, 立即整改) answers them, though not
soundly: 待改进, not 不合格; slogans alone still fail the draft (ordered_fix_answers). One dated order under
the list (责令…限三日内整改完毕，由…负责复查) is sound for each problem though each scores 不合格
(dated_order_sound). 1.12.0 judges as before."""

from __future__ import annotations

import re

from checker.models import Review, Source
from checker.options import ReviewOptions
from checker.pipeline import review_source
from checker.rubric import Rubric, load_rubric

NEW = load_rubric("rectification@1.13.0")
OLD = load_rubric("rectification@1.12.0")

ORDERED = """关于城区农贸市场环境卫生检查情况的通报
3月5日，区市场监管局检查组对城区农贸市场环境卫生进行了检查，发现以下问题：
1.东门市场部分摊位占道经营，通道堵塞。
2.西街市场垃圾未及时清运，散发异味。
3.南湖市场消防通道堆放杂物。
针对以上问题，检查组要求各市场管理方进一步提高认识，切实加强管理，限期整改。
"""

EXHORTED = ORDERED.replace("切实加强管理，限期整改。", "切实加强管理，营造良好环境。")

DATED = ORDERED.replace(
    "检查组要求各市场管理方进一步提高认识，切实加强管理，限期整改。",
    "检查组已责令各市场管理方立即整改，限三日内整改完毕，由区市场监管局负责复查。",
)


def _review(text: str, rubric: Rubric) -> Review:
    return review_source(Source(path="composed.txt", text=text, format="txt"), rubric, ReviewOptions())


def test_an_order_to_fix_under_slogans_answers_the_notices_problems() -> None:
    review = _review(ORDERED, NEW)
    assert len(review.findings) == 3
    # the slogans are still flagged: the order answers, not soundly
    assert all(any(f.code == "formalism" for f in r.flags) for r in review.findings)
    assert review.summary.verdict == "warn"
    assert _review(ORDERED, OLD).summary.verdict == "fail"


def test_slogans_alone_still_fail_the_draft() -> None:
    assert _review(EXHORTED, NEW).summary.verdict == "fail"
    assert _review(EXHORTED, OLD).summary.verdict == "fail"


def test_the_order_is_read_by_the_rubrics_pattern() -> None:
    assert NEW.document_verdict is not None and NEW.document_verdict.ordered_fix_answers
    assert OLD.document_verdict is not None and not OLD.document_verdict.ordered_fix_answers
    order = re.compile(NEW.patterns["fix_order"])
    for ordered in ("责令限期整改", "要求其立即整改", "督导组下发督导通知单并限期整改", "下达限期整改决定", "要求各单位限时进行整改"):
        assert order.search(ordered), ordered
    for exhorted in ("高度重视，切实加强管理", "确保在规定时限内全部整改到位", "立即督促整改", "要及时整改"):
        assert not order.search(exhorted), exhorted


def test_one_dated_order_under_the_list_passes_the_notice() -> None:
    review = _review(DATED, NEW)
    assert len(review.findings) == 3
    # each finding scores 不合格 on its own (nothing concrete to check yet), none carries a flag
    assert all(r.verdict == "fail" and not r.flags for r in review.findings)
    assert review.summary.verdict == "pass"
    assert _review(DATED, OLD).summary.verdict == "warn"
    assert NEW.document_verdict is not None and NEW.document_verdict.dated_order_sound
