"""Reading vocabulary 1.9.0: short clauses after 发现, each opening on a count of whom or what was
found, read as the problems of the sentence, on text composed for the test, and read as before with
the flag turned off."""

from __future__ import annotations

from segment_support import measure_texts, segment_text, vocabulary_without

COUNTED = """镇纪委开展工作纪律明察暗访

为进一步加强干部作风建设，镇纪委3月12日对镇直各站所开展了工作纪律明察暗访，随机抽取8家单位作为检查对象。
从检查情况看，大部分单位纪律严明，工作秩序良好。此次暗访发现3人上班迟到，2人上班时间玩手机，1人离岗未请假。
针对暗访中发现问题的人员，镇纪委责令其作出书面说明，并在全镇机关干部会上点名通报。
镇党委要求，各站所要举一反三，切实转变工作作风。
"""


def test_clauses_each_opening_on_a_count_are_the_findings():
    r = segment_text(COUNTED)
    assert [f.finding.text for f in r.findings] == ["3人上班迟到", "2人上班时间玩手机", "1人离岗未请假"]
    assert all("责令其作出书面说明" in m for m in measure_texts(r))
    # a count of people states who erred: no finding is doubted as too short to state a fault
    assert r.segmentation.features["tiny_findings"] == 0.0


def test_without_the_flag_the_counted_clauses_are_not_read():
    r = segment_text(COUNTED, vocabulary=vocabulary_without("list_counted_clauses"))
    assert [f.finding.text for f in r.findings] != ["3人上班迟到", "2人上班时间玩手机", "1人离岗未请假"]


def test_a_tally_among_the_clauses_is_no_list_of_counted_faults():
    # 2家单位登记缺项6处: a clause ending on a count tallies what was found, it is no case of it
    tallied = COUNTED.replace("2人上班时间玩手机", "2家单位登记缺项6处")
    r = segment_text(tallied)
    assert "2家单位登记缺项6处" not in [f.finding.text for f in r.findings]
