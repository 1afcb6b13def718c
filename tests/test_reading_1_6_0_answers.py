"""Reading vocabulary 1.6.0: forms of real reports, each on text composed for the test, and each
read as before with the flag turned off."""

from __future__ import annotations

from segment_support import measure_texts, segment_text, vocabulary_without

# --- the writer's answer on a paragraph of its own after the last problem ------------------------

WRITER_ANSWER = """关于城区扬尘问题整改情况的报告

根据市环境督查组反馈意见，我区某建材市场存在以下问题：
1. 场内砂石料露天堆放，未及时苫盖。
2. 出入口道路积尘严重，未及时清扫。
3. 运输车辆未冲洗即驶出场区。
我局高度重视，立即督促市场管理方整改，以实际行动推动空气质量持续改善。
"""


def test_a_paragraph_opening_on_the_writer_acting_answers_every_problem_before_it():
    r = segment_text(WRITER_ANSWER)
    assert len(r.findings) == 3
    assert "驶出场区" in r.findings[2].finding.text and "我局" not in r.findings[2].finding.text
    assert all(m.startswith("我局高度重视，立即督促") for m in measure_texts(r))
    r = segment_text(WRITER_ANSWER, vocabulary=vocabulary_without("list_writer_answer"))
    assert len(r.findings) == 3 and measure_texts(r) == ["", "", ""]


def test_a_paragraph_on_the_writer_that_states_a_fault_answers_nothing():
    text = WRITER_ANSWER.replace("我局高度重视，立即督促市场管理方整改", "我局立即督促不到位，整改推进缓慢")
    r = segment_text(text)
    assert measure_texts(r) == ["", "", ""]


# --- a labelled section cut off by the end of the text -------------------------------------------

CUT_SECTION = """关于汛前检查发现问题的通报

各县（区）水利局：
现将汛前检查发现的问题通报如下：
（一）东山县
1.甲水库溢洪道堵塞.溢洪道内杂物堆积，影响泄洪.
整改要求:立即清理溢洪道杂物，确保泄洪通畅.
2.乙圩堤险段巡查不到位.部分堤段未落实巡查人员.
整改要求:落实巡查责任人，加强汛期巡堤查险.
（二）西山县
1.丙水库监测设施损坏.水位计长期未校准.
整改要求:尽快维修监测设施，定期校准水位计.
（三）南山县
1.山洪预警设施维护不到位.部分预警广播无法正常使
"""


def test_the_last_section_cut_mid_sentence_keeps_its_item_as_a_finding():
    r = segment_text(CUT_SECTION)
    assert len(r.findings) == 4
    assert "山洪预警设施" in r.findings[3].finding.text
    assert measure_texts(r)[3] == ""
    r = segment_text(CUT_SECTION, vocabulary=vocabulary_without("labeled_cut_section"))
    assert len(r.findings) == 3


def test_a_last_section_that_ends_its_sentence_is_not_taken_for_cut():
    text = CUT_SECTION.replace("无法正常使\n", "无法正常使用.\n")
    assert len(segment_text(text).findings) == 3
