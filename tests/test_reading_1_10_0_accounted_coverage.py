"""Reading vocabulary 1.10.0: the share of the body a reading's findings explain is taken of what it
does not account for as no finding, a section on the work done or the overview, the opening's sentences
that state no fault, the headings (coverage_accounted; patterns overview_section_heading, finding_need),
on text composed for the test; 1.9.0 reads it as before."""

from __future__ import annotations

from segment_support import segment_text, vocabulary_without

from checker.vocabulary import load_vocabulary

AUDIT = """关于某县城市管理局2023年度预算执行情况的审计结果

根据《中华人民共和国审计法》的规定，县审计局派出审计组，于2024年4月8日至5月20日，对县城市管理局2023年度预算执行情况进行了审计，并对重要事项进行了延伸。现将审计结果公告如下：
一、基本情况
县城市管理局是县政府工作部门，内设机构6个，下属事业单位3个。2023年度收入合计4862.35万元，支出合计4715.08万元，年末结余147.27万元。
二、审计评价意见
审计结果表明，该局能够认真贯彻落实县委、县政府的决策部署，在环卫保洁、市政设施维护、城市执法等方面做了大量工作，制定了《财务管理办法》《公务接待管理规定》等内部制度，财务管理总体较为规范。但审计也发现，该局在预算管理、资产管理等方面还存在一些问题。
三、审计发现的主要问题
（一）预算管理方面存在的问题
一是部分项目支出未按预算执行。二是年初预算编制不够细化。三是结余资金未及时上缴财政。
（二）资产管理方面存在的问题
一是固定资产未及时登记入账。二是部分闲置资产未按规定处置。
"""

CHECK = """为进一步规范窗口服务，提升群众办事体验，县政务服务中心于2024年6月12日组织人员对各进驻窗口开展了作风纪律专项检查，检查内容包括工作人员在岗情况、服务态度、办件规范等。
从检查情况看，总体情况良好。绝大多数工作人员能够按时到岗，着装整齐，服务热情，办件流程清晰，大厅秩序井然。
但是检查中也发现存在有工作人员离岗未挂牌、个别人员上班时间玩手机、部分办件资料归档不及时等情况。
"""


def test_an_audit_announcement_cut_after_its_problems_is_trusted() -> None:
    r = segment_text(AUDIT)
    assert [f.finding.text.rstrip("。") for f in r.findings] == [
        "部分项目支出未按预算执行", "年初预算编制不够细化", "结余资金未及时上缴财政",
        "固定资产未及时登记入账", "部分闲置资产未按规定处置",
    ]
    assert all(f.measure is None for f in r.findings)
    assert r.segmentation.confidence >= 0.62


def test_a_check_that_praises_before_it_finds_is_trusted() -> None:
    r = segment_text(CHECK)
    assert len(r.findings) == 3
    assert "离岗未挂牌" in r.findings[0].finding.text
    assert "归档不及时" in r.findings[2].finding.text
    assert r.segmentation.confidence >= 0.62


def test_the_same_readings_were_doubted_before() -> None:
    for text in (AUDIT, CHECK):
        new = segment_text(text)
        old = segment_text(text, vocabulary=vocabulary_without("coverage_accounted"))
        assert [f.finding.text for f in old.findings] == [f.finding.text for f in new.findings]
        assert old.segmentation.confidence < 0.62 <= new.segmentation.confidence


def test_a_problem_holding_what_it_needs_accounts_for_nothing() -> None:
    needs = AUDIT.replace("二是年初预算编制不够细化。", "二是年初预算编制不够细化，需要重新编制。")
    r = segment_text(needs)
    assert r.segmentation.confidence == segment_text(needs, vocabulary=vocabulary_without("coverage_accounted")).segmentation.confidence


def test_two_findings_account_for_nothing() -> None:
    two = CHECK.replace("、个别人员上班时间玩手机、", "、")
    r = segment_text(two)
    old = segment_text(two, vocabulary=vocabulary_without("coverage_accounted"))
    assert r.segmentation.confidence == old.segmentation.confidence


def test_vocabulary_1_9_0_reads_them_as_before() -> None:
    v = load_vocabulary("1.9.0")
    assert not v.weights.layouts.coverage_accounted
    for text in (AUDIT, CHECK):
        old = segment_text(text, vocabulary=v)
        off = segment_text(text, vocabulary=vocabulary_without("coverage_accounted"))
        assert [f.finding.text for f in old.findings] == [f.finding.text for f in off.findings]
        assert old.segmentation.confidence < 0.62
