"""Reading vocabulary 1.11.0: an inspecting body's notice whose requirements section is headed by the
stage ahead (三、后段要求, 下阶段工作要求) answers the problems before it as 三、工作要求 does
(patterns requirements_heading, next_heading), on text composed for the test; 1.10.0 reads it as before."""

from __future__ import annotations

from segment_support import measure_texts, segment_text

from checker.vocabulary import load_vocabulary

STAGE = """关于全镇第三季度集镇环境卫生检查情况的通报

各村（社区）、镇直各单位：

9月12日至14日，镇环境卫生检查组对各村（社区）集镇环境卫生进行了检查，现将情况通报如下：

一、总体情况

各村（社区）集镇卫生整体有所好转，新街社区保洁到位，沿河村路面整洁。

二、存在的问题

1.垃圾清运不及时。部分村（社区）垃圾桶满溢，集镇背街小巷有垃圾堆积，清运周期过长。

2.占道经营回潮。农贸市场周边摊点占道经营现象反复出现，早市时段尤为突出。

3.公厕管护不到位。部分公厕保洁不及时，地面积水，洗手设施损坏未修。

三、后段要求

1.各村（社区）要落实垃圾日产日清，9月底前增设垃圾桶20个，背街小巷每日清扫一次。

2.镇综合执法队要在农贸市场周边划定临时摊区，10月15日前完成占道经营集中整治。

3.各村（社区）要明确公厕保洁责任人，10月底前修复损坏的洗手设施。
"""


def test_a_requirements_section_headed_by_the_stage_ahead_answers_the_problems() -> None:
    r = segment_text(STAGE)
    assert len(r.findings) == 3
    measures = measure_texts(r)
    assert "日产日清" in measures[0] and "垃圾清运" in r.findings[0].finding.text
    assert "临时摊区" in measures[1]
    assert "公厕保洁责任人" in measures[2]


def test_vocabulary_1_10_0_reads_it_as_before() -> None:
    old = segment_text(STAGE, vocabulary=load_vocabulary("1.10.0"))
    assert len(old.findings) == 3
    assert not any(measure_texts(old))  # the section after the problems answers none of them
