"""Reading vocabulary 1.4.0: what a reading tells of itself, on text composed for the test, and
each told as before without its flag."""

from __future__ import annotations

from segment_support import segment_text, vocabulary_without

# --- a measure that opens inside a clause ------------------------------------------------------------

MID_CLAUSE = """某某站讯 为提升小区物业管理水平，住建局物管中心对全区80个物业小区进行了物业服务专项督查，督查重点为小区环境卫生、电梯、消防安全。
在督查中发现了不少问题，如环境卫生方面：楼道堆放杂物、绿化带垃圾堆积；电梯方面：无检验标志或年检过期；消防安全方面：通道堵塞或灭火器配备不齐等三类问题9个，涉及17个物业小区。住建局已将专项整改通知下发到各物业服务企业，要求其严格按照督查重点逐一整改。
"""


def test_a_measure_cut_in_mid_clause_is_a_doubt_the_reading_tells_of_itself():
    r = segment_text(MID_CLAUSE)
    assert r.findings and all(f.measure is not None for f in r.findings)
    assert r.findings[0].measure.text.startswith("9个")  # the cut falls between 问题 and 9个
    assert r.segmentation.features["measures_mid_clause"] == 1.0
    off = segment_text(MID_CLAUSE, vocabulary=vocabulary_without("measures_mid_clause_doubt"))
    assert off.segmentation.features["measures_mid_clause"] == 0.0
    assert [f.finding.text for f in off.findings] == [f.finding.text for f in r.findings]


def test_a_measure_that_opens_on_an_act_or_a_need_inside_a_clause_is_no_doubt():
    text = """关于督查校园环境工作的情况通报

检查发现以下问题：一是档案资料需进一步完善，二是卫生间等硬件设施要改善，三是大门口两侧墙面需粉刷。
"""
    r = segment_text(text)
    assert r.findings and any(f.measure is not None for f in r.findings)
    assert r.segmentation.features["measures_mid_clause"] == 0.0


def test_a_measure_after_a_stop_or_a_label_is_no_doubt():
    text = """整改情况报告

1.食堂仓库物品摆放混乱。整改情况：已重新整理归类摆放。
2.消防通道堵塞。整改情况：已清理通道杂物。
"""
    r = segment_text(text)
    assert len(r.findings) == 2
    assert r.segmentation.features["measures_mid_clause"] == 0.0


# --- a cause given after the item's problem --------------------------------------------------------

CAUSE_AFTER = """消防安全检查通报

安全部对各楼层进行了消防安全检查，情况如下：
1、一号楼
(1) 一号楼部分安全出口指示灯不亮。(未修复原因：零配件买不到，整体购买价格过高)
(2) 一号楼冷库后电线胶布裂开，杂物堆放混乱，需部门紧急整改。
(3) 一号楼三层仓库的灭火器过期，应立即更换。
(4) 一号楼厨房电源盒没有防护罩，应报工程维修。
"""


def test_an_item_left_out_that_gives_its_cause_after_its_problem_is_no_causes_section():
    r = segment_text(CAUSE_AFTER)
    assert len(r.findings) == 3
    assert [n.reason for n in r.segmentation.not_findings] == ["unexplained"]
    assert "指示灯不亮" in r.segmentation.not_findings[0].text
    off = segment_text(CAUSE_AFTER, vocabulary=vocabulary_without("cause_in_first_sentence"))
    assert [n.reason for n in off.segmentation.not_findings] == ["causes"]

