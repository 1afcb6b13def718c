"""Reading vocabulary 1.11.0: an item whose title sentence goes on to sentences that open on some of the
units at fault (有的村…, 部分村…) and tell nothing done is a problem told whole, a finding with no
measure (fault_subject_rest); a list of such items whose first is 2., under unnumbered text that a page
cut at its start, has that text for its item 1 (cut_first_item), on text composed for the test; 1.10.0
reads it as before."""

from __future__ import annotations

from segment_support import measure_texts, segment_text, vocabulary_without

from checker.vocabulary import load_vocabulary

CUT = """档案归档不及时，年底集中补录的情况较为普遍。有的村会议记录缺页，有的村财务凭证未按月装订。
2.民主议事程序不够规范。有的村重大事项未经村民代表会议讨论，由村两委直接决定。部分村议事记录简单，只记结果，不记过程。
3.集体资产管理不够规范。部分村对集体房屋出租合同管理松散，合同到期后仍按原价收租，有的村为完成上级考核临时突击登记资产。
4.公开栏更新不够及时。一些村务公开栏内容停留在上一季度，群众难以及时了解村级事务。
"""

WHOLE = """2.民主议事程序不够规范。有的村重大事项未经村民代表会议讨论，由村两委直接决定。部分村议事记录简单。
3.集体资产管理不够规范。部分村对集体房屋出租合同管理松散，有的村为完成上级考核临时突击登记资产。
"""


def test_items_told_by_the_units_at_fault_are_findings_without_measures() -> None:
    r = segment_text(CUT)
    assert r.layout == "headed_items"
    assert len(r.findings) == 4
    assert r.findings[0].finding.text.startswith("档案归档不及时")
    assert "民主议事程序不够规范" in r.findings[1].finding.text
    assert "只记结果" in r.findings[1].finding.text  # the description is the problem's own
    assert "临时突击登记资产" in r.findings[2].finding.text
    assert measure_texts(r) == ["", "", "", ""]


def test_without_the_first_item_rule_the_cut_text_is_the_preamble() -> None:
    r = segment_text(CUT, vocabulary=vocabulary_without("cut_first_item"))
    assert len(r.findings) == 3
    assert r.findings[0].finding.text.startswith("民主议事程序不够规范")


def test_a_description_that_acts_is_no_problem_told_whole() -> None:
    acted = WHOLE.replace("部分村议事记录简单。", "已制定《村级议事规则》，对3个村进行了约谈。")
    r = segment_text(acted)
    first = next(f for f in r.findings if "民主议事程序" in f.finding.text)
    assert "民主议事程序不够规范" in first.finding.text
    assert "有的村重大事项" not in first.finding.text  # the rest acts: read as the item's measure


def test_without_the_flags_the_descriptions_are_read_as_measures_or_dropped() -> None:
    for v in (vocabulary_without("fault_subject_rest", "cut_first_item"), load_vocabulary("1.10.0")):
        r = segment_text(CUT, vocabulary=v)
        assert not any(f.finding.text.startswith("档案归档不及时") for f in r.findings)
        assert not any("只记结果" in f.finding.text for f in r.findings)


def test_a_description_that_names_who_answers_by_when_is_no_problem_told_whole() -> None:
    owned = WHOLE.replace("部分村议事记录简单。", "部分村议事记录简单，此项由镇民政办负责，6月底前完成规范。")
    r = segment_text(owned, vocabulary=vocabulary_without("cut_first_item"))
    assert not any("6月底前完成规范" in f.finding.text for f in r.findings)
