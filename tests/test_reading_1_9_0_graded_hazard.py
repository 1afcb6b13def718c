"""Reading vocabulary 1.9.0: a hazard numbered with its grade before the colon (隐患2（较大隐患）：) is an
item as 隐患2： is (graded_hazard), on text composed for the test; 1.8.0 reads it as before."""

from __future__ import annotations

from segment_support import assert_spans_exact, segment_text

from checker.vocabulary import load_vocabulary

GRADED = """关于消防检查发现隐患整改情况的报告

县消防救援大队：

现将我厂隐患整改情况报告如下：

隐患1：仓库灭火器压力不足，共4具。
整改措施：已更换灭火器4具，5月8日完成。
责任人：安全员 王强

隐患2（重大隐患）：二号车间疏散通道堆放成品，通道宽度不足1米。
整改措施：清理通道内成品，划定禁止堆放区，每日巡查。
责任人：车间主任 李明

隐患3：配电室未配备绝缘垫。
整改措施：已购置绝缘垫2块铺设到位。
责任人：电工 赵亮
"""


def test_a_hazard_with_its_grade_is_an_item_of_its_own() -> None:
    r = segment_text(GRADED)
    assert_spans_exact(r)
    assert len(r.findings) == 3
    second = r.findings[1]
    assert "疏散通道堆放成品" in second.finding.text
    assert second.measure is not None and "划定禁止堆放区" in second.measure.text
    assert "疏散通道" not in (r.findings[0].measure.text if r.findings[0].measure else "")


def test_vocabulary_1_8_0_reads_it_as_before() -> None:
    old = segment_text(GRADED, vocabulary=load_vocabulary("1.8.0"))
    assert len(old.findings) == 2  # the graded line stays inside the first item's measure
