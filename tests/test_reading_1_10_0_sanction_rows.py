"""Reading vocabulary 1.10.0: units listed under the fault they share, a line each with the action taken
after spaces (a two-column table that lost its markup), are read a finding a unit, the action its
measure (sanction_rows), on text composed for the test; a figure's unit the cell above spilled onto the
next line (停业整顿7 / 天…) is read back into that cell (spilled_units), a cell spaced out to the
column's width (警 告) is still an action. 1.9.0 reads the list as before."""

from __future__ import annotations

from segment_support import measure_texts, segment_text, vocabulary_without

from checker.vocabulary import load_vocabulary

LIST = """连日来，区市场监管局对辖区餐饮单位开展食品安全专项检查，对检查中发现问题的单位依法作出处理。
后厨卫生不达标、从业人员健康证明不全的餐饮单位：
城南某某面馆 停业整顿7
天城北某某快餐店 罚款2000元
东街某某小吃店 警 告
西关某某烧烤店 责令限期整改
"""


def test_each_unit_is_a_finding_its_action_its_measure() -> None:
    r = segment_text(LIST)
    assert r.layout == "sanction_rows"
    faults = [f.finding.text for f in r.findings]
    assert faults == ["城南某某面馆", "城北某某快餐店", "东街某某小吃店", "西关某某烧烤店"]
    measures = measure_texts(r)
    assert measures[0].startswith("停业整顿7") and measures[0].endswith("天")
    assert measures[1:] == ["罚款2000元", "警 告", "责令限期整改"]


def test_vocabulary_1_9_0_reads_the_list_as_before() -> None:
    for vocabulary in (load_vocabulary("1.9.0"), vocabulary_without("sanction_rows")):
        r = segment_text(LIST, vocabulary=vocabulary)
        assert (r.layout, len(r.findings)) == ("none", 0)
