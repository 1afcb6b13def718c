"""Reading vocabulary 1.7.0: a lead-in that refers back to the problems opens their measures, on text
composed for the test, and read as before without its flag."""

from __future__ import annotations

from segment_support import measure_texts, segment_text, vocabulary_without

from checker.segment.roles import role_of
from checker.vocabulary import load_vocabulary

# --- 针对上述问题，…组织实施： under a measures heading opens the fixes, not an organisation section ----

ORGANISING_LEAD_IN = """关于图书馆安全检查的自查报告
一、检查范围
本次检查覆盖阅览室、书库、报告厅及地下车库等重点部位。
二、发现的主要问题
1. 书库消防设施老化：个别灭火器压力不足，烟感探头失灵。
2. 报告厅疏散不畅：侧门被桌椅堵塞，影响紧急疏散。
3. 地下车库照明不足：部分灯管损坏，夜间光线昏暗。
三、整改措施与建议
针对上述问题，馆里已制定详细的整改方案，并立即组织实施：
1. 维护消防设施：请专业人员检修全部灭火器，更换失灵的烟感探头。
2. 清理疏散通道：移走侧门处的桌椅，保持通道畅通。
3. 修复车库照明：更换损坏灯管，增设应急照明。
"""


def test_a_referring_lead_in_under_a_measures_heading_opens_the_fixes():
    r = segment_text(ORGANISING_LEAD_IN)
    assert len(r.findings) == 3
    assert "烟感探头失灵" in r.findings[0].finding.text
    measures = measure_texts(r)
    assert "更换失灵的烟感探头" in measures[0]
    assert "移走侧门处的桌椅" in measures[1]
    assert "更换损坏灯管" in measures[2]
    # without the rule the lead-in's 组织实施 opens an organisation section and the fixes are lost
    before = segment_text(ORGANISING_LEAD_IN, vocabulary=vocabulary_without("referring_lead_in_answers"))
    assert not any("烟感探头" in m for m in measure_texts(before))


def test_the_lead_in_is_read_as_measures_only_when_it_refers_back_in_a_clause_of_its_own():
    v = load_vocabulary()
    assert role_of(v, "针对上述问题，馆里已制定详细的整改方案，并立即组织实施：") == "measures"
    assert role_of(v, "针对上述发现的问题，我们制定了以下改进措施：") == "measures"
    # a notice that lists what it found in the units named above still lists problems
    assert role_of(v, "对上述单位检查发现的问题通报如下：") == "problems"
    old = vocabulary_without("referring_lead_in_answers")
    assert role_of(old, "针对上述问题，馆里已制定详细的整改方案，并立即组织实施：") == "organisation"
