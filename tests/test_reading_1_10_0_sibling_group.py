"""Reading vocabulary 1.10.0: a heading taken for a group over findings yet numbered in their own family,
one before the first of them ((二) over (三) (四) (五), the scan's (—) for (一) not read), makes the reading
doubt its shape (sibling_group_doubt), on text composed for the test; 1.9.0 trusts it as before."""

from __future__ import annotations

from segment_support import segment_text, vocabulary_without

from checker.vocabulary import load_vocabulary

THRESHOLD = 0.62  # the trust under which a reading is refused

SCANNED = """关于2024年度预算执行审计发现问题
整改情况的报告

区审计局：
    根据区审计局审计报告（审报〔2025〕7号）要求，我局对审计发现的5个问
题逐项进行了整改，截至2025年9月30日，已整改完成4个，正在整改1个。现
将整改情况报告如下：
    一、审计发现问题的整改情况
    （—）关于公务用车运行费用超预算的问题。2024年公务用车运行维护
费支出12.6万元，超出年初预算3.1万元。
    整改情况：局办公室已于6月10日修订车辆使用管理规定，实行单车
核算，2025年1至8月支出较上年同期下降28%。
    （二）关于政府采购项目未按规定公开的问题。2024年有3个采购项目未
在政府采购网公开采购结果，金额合计41.5万元。
    整改情况：已于5月20日在政府采购网补充公开3个项目的采购结果。
    （三）关于专项资金结余未及时上缴的问题。农机补贴专项结余资金
8.74万元未按规定上缴财政。
    整改情况：已于6月3日将8.74万元全额上缴区财政。
    （四）关于固定资产账实不符的问题。抽查办公设备45台，其中7台
已报废未核销。
    整改情况：已完成7台设备的报废审批和账务核销，正在对全部资产开展
清查，计划12月底前完成。
    （五）关于劳务派遣人员工资发放手续不全的问题。2024年向劳务派遣
公司支付费用无考勤汇总表。
    整改情况：已要求劳务派遣公司每月报送考勤汇总表，财务科凭表审核付款。
    二、下一步工作
    我局将对正在整改的问题加快推进，确保按期整改到位。

                                区农业农村局
                               2025年10月8日
"""


def test_a_sibling_item_read_as_the_findings_group_heading_is_doubted() -> None:
    # read without the rule that takes the scan's (—) for (一): (二) heads (三)–(五) as their group
    r = segment_text(SCANNED, vocabulary=vocabulary_without("ocr_dash_numerals", "page_number_line"))
    assert len(r.findings) == 3
    assert any(g.marker == "（二）" for g in r.groups)
    assert r.segmentation.features["shape_doubts"] == 1.0
    assert r.segmentation.confidence < THRESHOLD


def test_with_the_first_numeral_read_every_item_is_a_finding_and_trusted() -> None:
    r = segment_text(SCANNED)
    assert len(r.findings) == 5
    assert all(f.measure is not None for f in r.findings)
    assert not r.groups
    assert r.segmentation.features.get("shape_doubts", 0.0) == 0.0
    assert r.segmentation.confidence >= THRESHOLD


def test_a_group_heading_of_another_family_is_no_sign() -> None:
    text = """一、财务管理方面
（一）关于差旅费报销审批不全的问题。2024年有6笔差旅费无审批单。
整改情况：已于5月补齐6笔审批手续。
（二）关于现金日记账登记不及时的问题。3月至5月现金日记账未逐日登记。
整改情况：已要求出纳逐日登记，财务科长每周核对签字。
二、资产管理方面
（一）关于固定资产未入账的问题。新购电脑12台未登记入账。
整改情况：已于6月2日将12台电脑登记入账。
（二）关于闲置房屋未出租的问题。2间门面房闲置一年以上。
整改情况：已于7月通过公开招租出租2间门面房。
"""
    r = segment_text(text)
    assert len(r.findings) == 4
    assert r.segmentation.features.get("shape_doubts", 0.0) == 0.0


def test_vocabulary_1_9_0_trusts_it_as_before() -> None:
    old = segment_text(SCANNED, vocabulary=load_vocabulary("1.9.0"))
    assert old.segmentation.features.get("shape_doubts", 0.0) == 0.0
