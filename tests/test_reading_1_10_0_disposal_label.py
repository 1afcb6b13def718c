"""Reading vocabulary 1.10.0: 处置情况： is a measure label over what was done, as 处理情况： is, on text
composed for the test; 1.9.0 reads it as before."""

from __future__ import annotations

from segment_support import measure_texts, segment_text

from checker.vocabulary import load_vocabulary

DISPOSAL = """关于第二季度药品经营使用环节监督检查发现问题处置情况的通报

各监管所：

第二季度，我局对辖区药品零售企业和医疗机构开展了监督检查，发现问题3个。现将处置情况通报如下：

（一）东街康宁大药房执业药师不在岗，未凭处方销售处方药。
处置情况：东街监管所于5月12日对该药房立案调查，处以罚款3000元，责令其7日内改正。

（二）青石镇卫生院药房部分药品未按规定温度储存。
处置情况：已责令卫生院购置冷藏柜1台，6月3日复查合格。

（三）北关村卫生室药品购进记录不全。
处置情况：已约谈卫生室负责人，补齐购进记录。

县市场监督管理局
2025年7月1日
"""


def test_a_disposal_label_opens_each_measure() -> None:
    r = segment_text(DISPOSAL)
    assert len(r.findings) == 3
    assert "执业药师不在岗" in r.findings[0].finding.text
    measures = measure_texts(r)
    assert "处以罚款3000元" in measures[0]
    assert "购置冷藏柜1台" in measures[1]
    assert "补齐购进记录" in measures[2]
    assert r.layout == "labeled"
    assert not any(m.startswith("处置情况") for m in measures)


def test_vocabulary_1_9_0_reads_it_as_before() -> None:
    old = segment_text(DISPOSAL, vocabulary=load_vocabulary("1.9.0"))
    assert old.layout != "labeled"  # the label is no label: it opens each item's unlabelled answer
    assert all(m.startswith("处置情况") for m in measure_texts(old))
