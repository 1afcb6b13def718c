"""Reading vocabulary 1.11.0: a plan written as an outline numbered the engineers' way (1 / 1.1 / 1.1.1),
each problem (1.1) answered by its children (1.1.1, 1.1.2) whatever their words
(outline_children_answer), a child holding only a bracket of fields naming who and by when and no
measure (fields_only_measure), on text composed for the test; 1.10.0 reads it as before."""

from __future__ import annotations

from segment_support import assert_spans_exact, segment_text

from checker.vocabulary import load_vocabulary

PLAN = """中共河口乡委员会
关于县委巡察组反馈问题的整改方案

县委第二巡察组于2025年8月20日向乡党委反馈了巡察意见，现制定整改方案如下，每条措施后注明责任人和时限。

1 基层党建方面
1.1 3个村党支部“三会一课”记录不全，2024年有6次支委会无记录。
1.1.1 逐村核查2024年会议台账，能补记的据实补记，不能补记的作出书面说明。（责任人：组织委员李红；时限：2025年9月30日）
1.1.2 每季度抽查各村会议记录一次，结果在乡党委会上通报。（责任人：李红；时限：2025年12月31日）
1.2 部分党员长期不参加组织生活，流动党员管理松散。
1.2.1 加强流动党员教育管理，进一步严明组织纪律。（责任人：组织委员李红；时限：长期坚持）

2 作风纪律方面
2.1 乡政府办公楼夜间空调长开，节约用电意识淡薄。
2.1.1 强化节约意识，切实杜绝浪费现象。（责任人：党政办主任陈军；时限：长期坚持）
2.2 乡机关车辆使用登记不全，2024年有8次出车无登记。
2.2.1 （责任人：党政办主任陈军；时限：2025年10月31日）

3 整改要求
3.1 各责任人每月底前向乡党委报告整改进展。
3.2 整改完成一项、销号一项。

中共河口乡委员会
2025年9月5日
"""


def test_each_problem_is_answered_by_its_children() -> None:
    r = segment_text(PLAN)
    assert_spans_exact(r)
    assert len(r.findings) == 4
    first = r.findings[0]
    assert first.measure is not None and "每季度抽查" in first.measure.text
    third = r.findings[2]
    assert "空调长开" in third.finding.text
    assert third.measure is not None and "节约意识" in third.measure.text
    last = r.findings[3]
    assert last.measure is None
    assert last.deadline is not None and "10月31日" in last.deadline.text
    assert last.owners


def test_vocabulary_1_10_0_reads_it_as_before() -> None:
    old = segment_text(PLAN, vocabulary=load_vocabulary("1.10.0"))
    assert len(old.findings) < 4
