"""Reading vocabulary 1.11.0: of fixes paired each with its own problem, every one naming its problem's
words but one, which names none and opens on a measure of the whole (各单位要举一反三，建立长效机制), makes
the reading doubt its shape (general_fix_unnamed_doubt), on text composed for the test; a fix naming
its problem is no sign; 1.10.0 trusts the reading as before."""

from __future__ import annotations

from segment_support import segment_text, vocabulary_without

from checker.vocabulary import load_vocabulary

THRESHOLD = 0.62  # the trust under which a reading is refused

NOTICE = """关于第三季度全镇安全生产检查情况的通报

各村（社区）、镇属各单位：

9月22日至26日，镇安委办组织检查组对全镇重点行业领域安全生产工作进行了检查。现将有关情况通报如下：

一、存在的主要问题
（一）燃气使用不规范。东街餐饮店、百味小吃店液化气钢瓶与灶具间距不足1米，未安装燃气泄漏报警器。
（二）电动车违规充电。新华小区3号楼、5号楼楼道内有电动车充电，私拉飞线现象突出。
（三）农家乐消防通道堵塞。青山村绿野农家乐后院消防通道堆放柴火，疏散出口上锁。
（四）建筑工地临边防护缺失。镇中心学校食堂改造工地二层楼面临边未设置防护栏杆。
（五）危化品仓库台账不全。华丰农资店农药出入库记录缺失，库存数量与台账不符。

二、整改要求
（一）东街餐饮店、百味小吃店要在10月10日前调整液化气钢瓶位置，安装燃气泄漏报警器，镇市场监管所负责复查。
（二）新华小区物业要立即清理楼道内电动车，拆除私拉飞线，10月15日前在小区内增设集中充电桩。
（三）{third}
（四）镇中心学校要督促施工单位于10月8日前在二层楼面临边设置防护栏杆，镇建管站跟踪复查。
（五）华丰农资店要在10月12日前完成农药库存盘点，建立出入库台账，镇农业服务中心负责督促。

请各单位于10月20日前将整改情况书面报送镇安委办。

某某镇安全生产委员会办公室
2025年9月28日
"""

GENERAL = "各单位要举一反三，建立长效机制，切实提高工作水平。"
OWN = "绿野农家乐要立即清理后院消防通道内柴火，打开疏散出口，镇消防所10月9日复查。"


def test_a_general_requirement_paired_by_its_place_is_doubted() -> None:
    r = segment_text(NOTICE.format(third=GENERAL))
    assert len(r.findings) == 5
    third = r.findings[2]
    assert third.measure is not None and "举一反三" in third.measure.text  # paired by its place
    assert r.segmentation.features["shape_doubts"] == 1.0
    assert r.segmentation.confidence < THRESHOLD
    without = segment_text(NOTICE.format(third=GENERAL), vocabulary=vocabulary_without("general_fix_unnamed_doubt"))
    assert without.segmentation.features.get("shape_doubts", 0.0) == 0.0


def test_a_requirement_naming_its_problem_is_no_sign() -> None:
    r = segment_text(NOTICE.format(third=OWN))
    assert len(r.findings) == 5
    assert r.segmentation.features.get("shape_doubts", 0.0) == 0.0
    assert r.segmentation.confidence >= THRESHOLD


def test_vocabulary_1_10_0_trusts_it_as_before() -> None:
    old = segment_text(NOTICE.format(third=GENERAL), vocabulary=load_vocabulary("1.10.0"))
    assert len(old.findings) == 5
    assert old.segmentation.features.get("shape_doubts", 0.0) == 0.0
    assert old.segmentation.confidence >= THRESHOLD
