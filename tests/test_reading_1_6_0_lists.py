"""Reading vocabulary 1.6.0: lists in running text (a lead-in before 发现, clauses of one unit, items
that only count problems), each on text composed for the test, and each read as before without its flag."""

from __future__ import annotations

from segment_support import measure_texts, segment_text, vocabulary_without


def _problems(r) -> list[str]:
    return [f.finding.text for f in r.findings]


# --- 在检查中，发现A，B，C。针对以上问题，… ------------------------------------------------------------

LEAD_IN = """后勤处开展食堂安全检查

为保障师生饮食安全，后勤处组织人员对学校三个食堂进行了全面检查。在检查中，发现二食堂部分消防指示标志损坏严重，少量灭火器过期，个别水管存在漏水的现象。针对以上问题，后勤处当即更换了消防指示标志和过期灭火器，并联系维修部门修复水管。
"""


def test_a_lead_in_before_the_verb_of_finding_is_none_of_the_items():
    r = segment_text(LEAD_IN)
    assert len(r.findings) == 3
    assert "消防指示标志损坏严重" in r.findings[0].finding.text
    assert not any("在检查中" in t for t in _problems(r))
    assert all("更换了消防指示标志" in m for m in measure_texts(r))
    before = segment_text(LEAD_IN, vocabulary=vocabulary_without("list_referred_from_opener"))
    assert len(before.findings) == 4 and "在检查中" in before.findings[0].finding.text


def test_a_lead_in_that_states_a_fault_stays_an_item():
    text = LEAD_IN.replace("在检查中，发现", "燃气报警器损坏，发现")
    assert "燃气报警器损坏" in segment_text(text).findings[0].finding.text


# --- A公司…，B公司…，C公司未…，无…等问题 ----------------------------------------------------------------

UNIT_CLAUSES = """区商务局抽查成品油经营企业

11月3日，区商务局对辖区3家加油站开展安全抽查。检查发现，辖区加油站总体运行平稳，但也发现了一些问题，如东方能源有限公司卸油区消防沙不足、静电接地装置锈蚀，南山石化销售有限公司罐区杂草丛生、安全标志褪色，北港燃料有限公司未建立动火作业审批制度，无设备检修记录等问题。
检查组要求各企业立即整改，并于11月15日前将整改情况报区商务局。
"""


def test_a_clause_naming_no_unit_goes_on_the_unit_before_it():
    r = segment_text(UNIT_CLAUSES)
    assert len(r.findings) == 3
    assert "未建立动火作业审批制度" in r.findings[2].finding.text
    assert "无设备检修记录" in r.findings[2].finding.text
    assert all("立即整改" in m for m in measure_texts(r))
    before = segment_text(UNIT_CLAUSES, vocabulary=vocabulary_without("list_unit_clauses"))
    assert len(before.findings) > 3 and before.findings[-1].finding.text.startswith("无设备检修记录")


# --- items that only count problems ----------------------------------------------------------------

TALLIES = """(二)检查问题
本次共检查420处点位，其中：32个小区共存在118处问题，25个行政村共存在96处问题。主要问题为：可回收物投放点无人值守，无有害垃圾收集容器，未张贴分类指引，共占问题总量的61.2%。
"""


def test_items_that_only_count_problems_are_no_findings():
    r = segment_text(TALLIES)
    assert [t.rstrip("。") for t in _problems(r)] == ["可回收物投放点无人值守", "无有害垃圾收集容器", "未张贴分类指引"]
    before = segment_text(TALLIES, vocabulary=vocabulary_without("list_tally_items"))
    assert any("118处问题" in t for t in _problems(before)) and any("61.2%" in t for t in _problems(before))
