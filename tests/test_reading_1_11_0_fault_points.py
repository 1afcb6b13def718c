"""Reading vocabulary 1.11.0: paragraphs opening 一是…, 二是… that each state a fault in their first
sentence are the report's findings, each answered by the rest of its paragraph (fault_points), on text
composed for the test; 1.10.0 reads it as before."""

from __future__ import annotations

from segment_support import assert_spans_exact, segment_text

from checker.vocabulary import load_vocabulary

POINTS = """关于食堂卫生检查反馈问题整改情况的报告

区教育局：

5月中旬，区市场监管局对我校食堂进行了检查，反馈了3个问题。学校当即召开行政会研究整改。现将整改情况报告如下：

一是食品留样记录不全，部分餐次没有留样登记。对此，学校5月20日更换了留样柜，指定食堂管理员张丽每餐登记，校长每周抽查。

二是后厨防蝇设施不到位，纱窗有破损。这个问题我们已经整改，5月18日更换纱窗6扇，加装灭蝇灯2台。

三是从业人员健康证未及时更新，有2人过期。

以上问题，我们将继续抓好整改落实，欢迎监督。
"""

PROBLEMS_ONLY = """关于食堂管理的自查报告

本学期学校对食堂管理进行了自查，还存在以下问题：

一是食品留样记录不全。部分餐次没有留样登记，管理员对留样时间要求不清楚。

二是后厨防蝇设施不到位。纱窗有破损，灭蝇灯数量不够。
"""


def test_fault_points_are_findings_answered_in_their_paragraph() -> None:
    r = segment_text(POINTS)
    assert_spans_exact(r)
    assert len(r.findings) == 3
    first, second, third = r.findings
    assert "留样记录不全" in first.finding.text
    assert first.measure is not None and "更换了留样柜" in first.measure.text
    assert second.measure is not None and "更换纱窗6扇" in second.measure.text
    assert "健康证未及时更新" in third.finding.text
    assert third.measure is None  # the closing paragraph answers no point


def test_points_under_a_lead_in_of_problems_are_left_alone() -> None:
    r = segment_text(PROBLEMS_ONLY)
    assert not any(f.measure is not None and "纱窗有破损" in f.measure.text for f in r.findings)


def test_vocabulary_1_10_0_reads_it_as_before() -> None:
    old = segment_text(POINTS, vocabulary=load_vocabulary("1.10.0"))
    assert len(old.findings) == 0
