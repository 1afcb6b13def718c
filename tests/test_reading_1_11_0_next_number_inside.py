"""Reading vocabulary 1.11.0: a numbered finding (4.…) that holds, at a line's start, the next number written
alike (⏎5.3组…), the next item's cut missed, makes the reading doubt its shape (next_number_inside_doubt),
on text composed for the test; the default vocabulary cuts the items apart and shows no such sign, nor
do findings that each open a list of their own (1.… 2.… under each name); 1.10.0 reads it as before."""

from __future__ import annotations

from segment_support import older_with_doubts as _with
from segment_support import segment_text

from checker.vocabulary import load_vocabulary

THRESHOLD = 0.62  # the trust under which a reading is refused



REPORT = """关于镇生态环境问题排查整改情况的报告

镇生态环境保护委员会办公室：
10月9日，镇环保办对我村开展了生态环境问题排查，共指出我村存在5个问题。现将整改情况报告如下：

一、存在的问题
1.村北养鸭场污水未经处理直排入河道，雨天外溢至清水河。
2.清水河沿岸（2组至4组河段）有生活垃圾乱倒点3处。
3.村污水处理站因水泵损坏停运，生活污水直接排放。
4.农药包装废弃物回收不及时，部分村民随意丢弃在田边地角。
5.3组旧厂房旧址堆放建筑垃圾约200立方米，长期未清运。

二、整改情况
1.针对养鸭场污水直排问题，村“两委”于10月12日上门督促整改，养殖户已新建沉淀池1口，污水经处理后还田，不再外排。
2.组织保洁员对3处垃圾点进行了集中清理，清运垃圾约10车，设置警示牌4块。
3.水泵维修已书面报镇政府申请维修资金，待资金到位后尽快修复。
4.已整改。

某某村村民委员会
2025年10月30日
"""

SITES = """关于县市场监管局校园食堂检查发现问题的通报

各学校：
现将检查发现的问题通报如下：

城关第一小学
1.厨房抽油烟机滤网油污较重。
2.未按要求放置脚踏带盖垃圾桶。
3.食品留样数量不够。

城关第二小学
1.库房物品杂乱，无防鼠板。
2.刀板未实行色标管理。

城关中学
1.垃圾桶未套袋。
2.消毒记录不全。

县市场监督管理局
2025年10月20日
"""


def test_the_next_number_inside_a_finding_is_doubted() -> None:
    old = segment_text(REPORT, vocabulary=load_vocabulary("1.7.0"))
    assert len(old.findings) == 4
    assert "\n5.3组" in old.findings[3].finding.text  # the fifth problem read into the fourth
    doubted = segment_text(REPORT, vocabulary=_with("1.7.0", "next_number_inside_doubt"))
    assert doubted.segmentation.features["shape_doubts"] == 1.0
    assert doubted.segmentation.confidence < THRESHOLD
    without = segment_text(REPORT, vocabulary=_with("1.7.0"))
    assert without.segmentation.features.get("shape_doubts", 0.0) == 0.0
    assert without.segmentation.confidence >= THRESHOLD


def test_items_cut_apart_are_no_sign() -> None:
    r = segment_text(REPORT)
    assert len(r.findings) == 5
    assert r.segmentation.features.get("shape_doubts", 0.0) == 0.0


def test_lists_of_their_own_are_no_sign() -> None:
    r = segment_text(SITES)
    assert r.segmentation.features.get("shape_doubts", 0.0) == 0.0


def test_vocabulary_1_10_0_reads_it_as_before() -> None:
    old = segment_text(REPORT, vocabulary=load_vocabulary("1.10.0"))
    assert len(old.findings) == 5
    assert old.segmentation.features.get("shape_doubts", 0.0) == 0.0
