"""Forms of inspection records and audit notices read into findings (tables that lost their markup,
an audit's handling paragraph), each on text composed for the test."""

from __future__ import annotations

from segment_support import segment_text

# --- an inspection notice: requirements, then a table of hazards numbered inside one cell --------

HAZARD_CELLS = """关于汛前水库安全检查情况的通报
各镇水利站：
5月10日至12日，县水利局组织2个检查组，对全县12座小型水库开展了汛前安全检查，现将检查发现的隐患通报如下，并就隐患整改提出以下要求：
一、压实管护责任。各镇要落实水库巡查责任人，逐库建立隐患整改台账，做到整改销号。
二、限期整改到位。对检查发现的隐患，各镇须于6月1日前整改完毕，并将整改结果报县水利局。
附件：汛前水库隐患排查结果
序号 |
水库名称 |
隐患描述 |
检查日期 |
|
1 |
东山水库 |
1.溢洪道杂草丛生；2.坝顶排水沟堵塞 |
5.10 |
|
2 |
西岭水库 |
1.放水闸门锈蚀；2.无水位观测记录；3.管理房门窗破损 |
5.11 |
"""


def test_hazards_numbered_in_one_cell_are_findings_answered_by_the_requirements_above():
    r = segment_text(HAZARD_CELLS)
    assert r.layout == "table"
    assert [f.finding.text for f in r.findings] == [
        "溢洪道杂草丛生", "坝顶排水沟堵塞", "放水闸门锈蚀", "无水位观测记录", "管理房门窗破损",
    ]
    for f in r.findings:
        assert f.measure is not None
        assert "整改销号" in f.measure.text and "6月1日前整改完毕" in f.measure.text
        assert "附件" not in f.measure.text


# --- an audit's handling paragraph: 对上述问题， refers back and names no problem ----------------------

AUDIT_BACK_REFERENCE = """某县第三中学2021年至2023年财务收支审计结果公告
一、审计发现的主要问题
学校存在少收住宿费、图书未登记入账等问题。
二、审计处理情况和建议
对上述问题，县审计局已依法出具审计报告，并提出处理意见。对于少收住宿费1.2万元的问题，要求学校限期补收；对于图书未登记入账的问题，要求学校清点图书并登记入账。
"""


def test_a_back_reference_to_the_problems_is_no_audit_finding():
    r = segment_text(AUDIT_BACK_REFERENCE)
    assert r.layout == "audit_items"
    assert [f.finding.text for f in r.findings] == ["对于少收住宿费1.2万元的问题", "对于图书未登记入账的问题"]
    assert "限期补收" in r.findings[0].measure.text
