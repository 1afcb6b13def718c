"""Reading vocabulary 1.11.0: beside answered findings, one with no measure that only names an area in a
few words (预算执行方面), a group's heading row read as a finding, makes the reading doubt its shape
(area_row_doubt), on text composed for the test; the default vocabulary reads the group rows as
groups and shows no such sign; 1.10.0 reads it as before."""

from __future__ import annotations

from segment_support import older_with_doubts as _with
from segment_support import segment_text

from checker.vocabulary import load_vocabulary

THRESHOLD = 0.62  # the trust under which a reading is refused



TABLE = """青石县农业农村局
关于2024年度预算执行审计发现问题整改情况的报告

县审计局：
2025年5月，县审计局对我局2024年度预算执行情况进行了审计，指出3个方面5个问题。现将整改情况报告如下：

附表：审计发现问题整改情况表
序号\t审计发现问题\t整改措施及结果\t整改状态
1\t预算执行方面\t\t\t
1-1\t农机购置补贴资金结余12.5万元未及时交回财政\t2025年6月10日已将12.5万元交回县财政\t已整改
1-2\t项目支出预算执行率仅为61%\t已建立预算执行月通报制度\t已整改
2\t财务管理方面\t\t\t
2-1\t3笔差旅费报销无审批单\t已补齐审批手续，由分管领导签字确认\t已整改
2-2\t公务接待无公函，涉及2次接待\t组织财务人员学习公务接待规定，今后严格执行\t已整改
3\t资产管理方面\t\t\t
3-1\t报废农机具14台未办理资产核销\t已报县财政局申请核销，正在审批中\t整改中

青石县农业农村局
2025年8月5日
"""


def test_an_area_row_read_as_a_finding_is_doubted() -> None:
    old = segment_text(TABLE, vocabulary=load_vocabulary("1.10.0"))
    assert len(old.findings) == 8
    assert old.findings[0].finding.text == "预算执行方面" and old.findings[0].measure is None
    assert old.segmentation.features.get("shape_doubts", 0.0) == 0.0
    assert old.segmentation.confidence >= THRESHOLD
    doubted = segment_text(TABLE, vocabulary=_with("1.10.0", "area_row_doubt"))
    assert doubted.segmentation.features["shape_doubts"] == 1.0
    assert doubted.segmentation.confidence < THRESHOLD


def test_the_groups_read_as_groups_are_no_sign() -> None:
    r = segment_text(TABLE)
    assert len(r.findings) == 5
    assert r.segmentation.features.get("shape_doubts", 0.0) == 0.0
    assert r.segmentation.confidence >= THRESHOLD
