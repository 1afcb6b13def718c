"""Reading vocabulary 1.10.0: points numbered inside a paragraph (一是…二是…) that each state their problem
in a first sentence and go on, in the next, to what was done have that rest for their answer
(inline_point_answers), on text composed for the test; 1.9.0 reads it as before."""

from __future__ import annotations

from segment_support import measure_texts, segment_text

from checker.vocabulary import load_vocabulary

POINTS = """石桥社区2025年上半年工作总结

上半年，石桥社区在街道党工委的领导下，围绕中心工作，扎实推进各项任务。现总结如下：

一、抓服务，便民服务水平不断提升
全年受理各类事项1260件，办结率100%。

二、抓整改，财务管理逐步规范
3月份，街道审计组对社区2023—2024年财务收支进行了审计，指出了3个问题。社区对照问题逐项整改：一是办公用品采购未履行询价程序，3笔采购无比价记录。社区已制定《社区采购询价办法》，今后3000元以上采购一律三方比价。二是活动室租金收取不及时，2户承租人拖欠租金8400元。已于5月收回全部欠款，并与承租人重新签订了合同。三是固定资产账实不符，5台电脑已报废未销账。目前正在办理报废审批手续，预计7月底前完成销账。

三、下半年工作打算
继续抓好整改成果巩固，完善社区财务管理制度。

石桥社区居民委员会
2025年6月30日
"""


def test_each_point_has_its_rest_for_its_answer() -> None:
    r = segment_text(POINTS)
    assert len(r.findings) == 3
    assert "未履行询价程序" in r.findings[0].finding.text
    assert "询价办法" not in r.findings[0].finding.text
    measures = measure_texts(r)
    assert "《社区采购询价办法》" in measures[0]
    assert "收回全部欠款" in measures[1]
    assert "办理报废审批手续" in measures[2]
    assert "拖欠租金" not in measures[1]


def test_vocabulary_1_9_0_reads_it_as_before() -> None:
    old = segment_text(POINTS, vocabulary=load_vocabulary("1.9.0"))
    assert len(old.findings) == 3
    assert measure_texts(old) == ["", "", ""]  # each point's answer stays inside its problem
