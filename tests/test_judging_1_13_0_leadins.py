"""Rubric 1.13.0's judging of lead-ins and pledges, on text composed for the test: the lead-in that opens
a list of fixes (立即对…进行整改，包括：) times every item after it, one that reports the work begun does
not; 坚持问题导向 and 无死角、无盲区 pledge effort and name no act; 1.12.0 judges as before."""

from __future__ import annotations

from checker.models import Review, Source
from checker.options import ReviewOptions
from checker.pipeline import review_source
from checker.rubric import Rubric, load_rubric

NEW = load_rubric("rectification@1.13.0")
OLD = load_rubric("rectification@1.12.0")

# a hospital's self-check: the problems first, then one lead-in opening the list of fixes
AT_ONCE = """医院消防安全自查报告
一、存在问题
1.部分灭火器过期失效。
2.住院部疏散通道堆放杂物。
二、整改措施
1.立即对排查出的消防隐患进行整改，包括：(1)更换过期失效的灭火器；(2)清理住院部疏散通道杂物。
"""

BEGUN = AT_ONCE.replace("1.立即对排查出的消防隐患进行整改，包括：", "针对上述问题，我院已制定整改方案，并立即组织实施：")

DATED = AT_ONCE.replace("1.立即对排查出的消防隐患进行整改，包括：", "1.6月30日前完成以下整改：")

PLEDGE = """文明城市创建问题整改方案
问题1:长宁路上车辆乱停放。
整改措施:坚持问题导向,强化排查整改,真正做到工作无遗漏、无死角、无盲区。
问题2:凤凰家园小区墙体破损脏污。
整改措施:对凤凰家园小区破损墙体进行粉刷修补。
"""

PLEDGE_AND_ACT = PLEDGE.replace("真正做到工作无遗漏、无死角、无盲区。", "对长宁路违停车辆开出罚单12张。")


def _review(text: str, rubric: Rubric) -> Review:
    return review_source(Source(path="composed.txt", text=text, format="txt"), rubric, ReviewOptions())


def _flags(review: Review, code: str) -> list[bool]:
    return [any(h.code == code for h in f.flags) for f in review.findings]


def test_a_lead_in_at_once_times_every_item_after_it() -> None:
    new = _review(AT_ONCE, NEW)
    assert len(new.findings) == 2
    assert _flags(new, "vague_deadline") == [True, True]
    assert _flags(new, "missing_deadline") == [False, False]
    old = _review(AT_ONCE, OLD)
    assert _flags(old, "vague_deadline") == [False, False]
    assert _flags(old, "missing_deadline") == [True, True]


def test_a_lead_in_reporting_the_work_begun_gives_no_time() -> None:
    new = _review(BEGUN, NEW)
    assert _flags(new, "vague_deadline") == [False, False]
    assert _flags(new, "missing_deadline") == [True, True]


def test_a_dated_lead_in_dates_every_item_after_it() -> None:
    new = _review(DATED, NEW)
    assert _flags(new, "vague_deadline") == [False, False]
    assert _flags(new, "missing_deadline") == [False, False]
    assert _flags(_review(DATED, OLD), "missing_deadline") == [True, True]


def test_pledges_of_no_blind_spot_are_formalism() -> None:
    assert _flags(_review(PLEDGE, NEW), "formalism") == [True, False]
    assert _flags(_review(PLEDGE, OLD), "formalism") == [False, False]


def test_a_pledge_beside_an_act_is_not_formalism() -> None:
    assert _flags(_review(PLEDGE_AND_ACT, NEW), "formalism") == [False, False]
