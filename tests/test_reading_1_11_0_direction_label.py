"""Reading vocabulary 1.11.0: a 民主生活会 对照检查材料 labels each problem's answer 整改方向： after its 具体表现：
(words measure_labels_planned: 整改方向), on text composed for the test; 1.10.0 reads it as before."""

from __future__ import annotations

from segment_support import assert_spans_exact, segment_text

from checker.vocabulary import load_vocabulary

CHECK = """中共青石镇委员会领导班子
2025年度民主生活会对照检查材料

按照县委通知要求，镇党委班子认真查摆了存在的问题，现将对照检查情况报告如下。

一、存在的问题及整改方向
（一）在理论武装方面。具体表现：班子集中学习以传达文件为主，全年专题研讨5次，交流发言不够深入。整改方向：制定2026年度学习计划，每季度开展专题研讨1次，3月底前完成计划制定。
（二）在作风建设方面。具体表现：机关会议偏多，全年召开各类会议96次，部分会议内容重复。整改方向：合并同类会议，全年会议压减三成，由党政办每月统计通报。
（三）在联系群众方面。具体表现：班子成员下村调研不足，有2件群众来信超期回复。整改方向：建立班子成员包村制度，每人每月下村不少于4次，2026年1月起执行。

二、问题产生的原因
一是理论学习不够系统。二是宗旨意识有所淡化。

中共青石镇委员会领导班子
2026年1月8日
"""


def test_a_problem_answered_under_its_direction_label() -> None:
    r = segment_text(CHECK)
    assert_spans_exact(r)
    assert len(r.findings) == 3
    assert "交流发言不够深入" in r.findings[0].finding.text
    assert r.findings[0].measure is not None and "每季度开展专题研讨1次" in r.findings[0].measure.text
    assert "整改方向" not in r.findings[1].finding.text
    assert r.findings[2].measure is not None and "包村制度" in r.findings[2].measure.text


def test_vocabulary_1_10_0_reads_it_as_before() -> None:
    old = segment_text(CHECK, vocabulary=load_vocabulary("1.10.0"))
    assert old.layout != "labeled"
    assert not any(f.measure is not None and "包村制度" in f.measure.text and "下村调研不足" in f.finding.text
                   and "整改方向" not in f.finding.text for f in old.findings)
