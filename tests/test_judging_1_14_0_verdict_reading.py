"""Rubric 1.14.0's document verdict, on text composed for the test: an order to fix written in traditional
characters (責令, a mirror site's conversion) answers as 责令 does (folded_orders); an answer the text's cut runs
into is unseen only while it has said nothing yet, one that closed its sentences of slogans before the cut is
judged on them (said_before_cut). 1.13.0 judges as before."""

from __future__ import annotations

from checker.models import Review, Source
from checker.options import ReviewOptions
from checker.pipeline import review_source
from checker.rubric import Rubric, load_rubric

NEW = load_rubric("rectification@1.14.0")
OLD = load_rubric("rectification@1.13.0")

# an inspecting body's notice as a mirror site converts it: one order under slogans for three faults
ORDERED_TRADITIONAL = """關於城區農貿市場環境衛生檢查情況的通報
3月5日，區市場監管局檢查組對城區農貿市場環境衛生進行了檢查，發現以下問題：
1.東門市場部分攤位佔道經營，通道堵塞。
2.西街市場垃圾未及時清運，散發異味。
3.南湖市場消防通道堆放雜物。
針對以上問題，檢查組責令各市場管理方進一步提高認識，切實加強管理，營造良好環境。
"""

ORDERED = """关于城区农贸市场环境卫生检查情况的通报
3月5日，区市场监管局检查组对城区农贸市场环境卫生进行了检查，发现以下问题：
1.东门市场部分摊位占道经营，通道堵塞。
2.西街市场垃圾未及时清运，散发异味。
3.南湖市场消防通道堆放杂物。
针对以上问题，检查组责令各市场管理方进一步提高认识，切实加强管理，营造良好环境。
"""

# the page stops inside the answer, after its slogans were said in full
CUT_AFTER_SLOGANS = ORDERED.replace(
    "检查组责令各市场管理方进一步提高认识，切实加强管理，营造良好环境。",
    "检查组对各市场提出三点要求：一是高度重视，齐抓共管；二是落实责任，不留死角；三是坚持不懈，常抓不懈。"
    "希望各市场进一步提高认识，切实加强管理，为创建全国文明城市营造良好的",
)

# the page stops on the answer's lead-in, before it said anything
CUT_AT_LEAD_IN = ORDERED.replace(
    "检查组责令各市场管理方进一步提高认识，切实加强管理，营造良好环境。", "检查组高度重视，现将整改要求"
)


def _review(text: str, rubric: Rubric) -> Review:
    return review_source(Source(path="composed.txt", text=text, format="txt"), rubric, ReviewOptions())


def test_an_order_in_traditional_characters_answers_as_in_simplified() -> None:
    review = _review(ORDERED_TRADITIONAL, NEW)
    assert len(review.findings) == 3
    assert all(any(f.code == "formalism" for f in r.flags) for r in review.findings)
    assert review.summary.verdict == _review(ORDERED, NEW).summary.verdict == "warn"
    assert _review(ORDERED_TRADITIONAL, OLD).summary.verdict == "fail"
    assert NEW.document_verdict is not None and NEW.document_verdict.folded_orders
    assert OLD.document_verdict is not None and not OLD.document_verdict.folded_orders


def test_slogans_said_before_the_cut_are_judged() -> None:
    review = _review(CUT_AFTER_SLOGANS, NEW)
    assert len(review.findings) == 3
    assert any(f.code == "truncated" for f in review.document_flags)
    assert all(any(f.code == "formalism" for f in r.flags) for r in review.findings)
    assert review.summary.verdict == "fail"
    assert _review(CUT_AFTER_SLOGANS, OLD).summary.verdict == "warn"


def test_an_answer_cut_before_it_said_anything_is_still_unseen() -> None:
    review = _review(CUT_AT_LEAD_IN, NEW)
    assert any(f.code == "truncated" for f in review.document_flags)
    assert review.summary.verdict == "warn"
    assert _review(CUT_AT_LEAD_IN, OLD).summary.verdict == "warn"
    assert NEW.document_verdict is not None and NEW.document_verdict.said_before_cut
