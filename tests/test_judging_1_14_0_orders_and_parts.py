"""Rubric 1.14.0's formalism ``order_is_own_act`` and lexicon word 处罚, and partial_coverage ``admitted_part``,
on text composed for the test: an order given to those at fault (责令其写出书面检查) or a fine (处罚) is an act
on the problem, not slogans only; a measure that says itself that only part is fixed (但隐患还在; 其中2家 of 33)
leaves the rest untouched; 1.13.0 judges as before."""

from __future__ import annotations

from checker.models import Source
from checker.options import ReviewOptions
from checker.pipeline import review_source
from checker.rubric import load_rubric

NEW = load_rubric("rectification@1.14.0")
OLD = load_rubric("rectification@1.13.0")

ORDERS = """关于作风纪律暗访情况的通报
1.针对“工作人员上班时间玩手机游戏”的问题。
整改情况:对该名工作人员，局纪检组责令其写出书面检查，并进一步加强作风建设。
2.针对“窗口人员上班迟到”的问题。
整改情况:局纪检组要求各科室进一步加强作风建设。
"""

FINED = """关于小区消防检查整改情况的通报
1.针对“小区消防通道被车辆堵塞”的问题。
整改情况:加强对小区内车辆停放的管理，对违规停放车辆进行劝导和处罚。
"""

PARTS = """关于校园及企业安全隐患整改情况的报告
1.针对“教学楼西墙墙砖大面积隆起脱落”的问题。
整改情况:现部分墙砖已铲除，墙周围作警戒处理，但隐患还在。
2.针对“督导组检查的33家企业仍发现隐患55项”的问题。
整改情况:其中2家被责令停产整顿。
3.针对“抽查的12家企业存在消防隐患”的问题。
整改情况:12家企业均已完成整改，其中2家被责令停产整顿。
4.针对“背街小巷垃圾堆放”的问题。
整改情况:经回头看仍有垃圾堆放，街道于5月10日组织清运垃圾3车，现已清理完毕。
"""


def _codes(text: str, rubric) -> list[set[str]]:
    review = review_source(Source(path="composed.txt", text=text, format="txt"), rubric, ReviewOptions())
    return [{h.code for h in f.flags} for f in review.findings]


def test_an_order_given_to_those_at_fault_is_an_act() -> None:
    new, old = _codes(ORDERS, NEW), _codes(ORDERS, OLD)
    assert len(new) == 2
    assert "formalism" not in new[0]
    assert "formalism" in old[0]
    assert "formalism" in new[1] and "formalism" in old[1]  # 要求…进一步加强 is still slogans only


def test_a_fine_is_an_act() -> None:
    new, old = _codes(FINED, NEW), _codes(FINED, OLD)
    assert "formalism" not in new[0]
    assert "formalism" in old[0]


def test_a_measure_that_admits_a_part_left_is_partial() -> None:
    new, old = _codes(PARTS, NEW), _codes(PARTS, OLD)
    assert len(new) == 4
    assert "partial_coverage" in new[0] and "partial_coverage" in new[1]
    assert "partial_coverage" not in new[2]  # all 12 fixed; 其中2家 is a heavier step within the whole
    assert "partial_coverage" not in new[3]  # 仍有 tells the state found before the fix
    assert not any("partial_coverage" in codes for codes in old)


def test_the_rules_are_parameters() -> None:
    assert NEW.flags["formalism"].params.get("order_is_own_act") is True
    assert not OLD.flags["formalism"].params.get("order_is_own_act")
    assert NEW.flags["partial_coverage"].params.get("admitted_part") is True
    assert not OLD.flags["partial_coverage"].params.get("admitted_part")
