"""Labels as reports write them: in brackets (【整改措施】), with what they report added (整改措施及成效),
after a space where a line break was lost."""

from __future__ import annotations

from segment_support import segment_text

BRACKETS = """关于巡察反馈问题整改情况的通报
一、【问题】食堂采购未执行询价制度，2023年有12笔采购无比价记录。
【整改措施】2024年3月起实行三方比价，补齐12笔采购的比价记录。
二、【问题】公务接待超标准。
【整改措施及成效】已追回超标准接待费用0.86万元，对2名责任人进行诫勉谈话。
"""

LOST_BREAK = """关于专项检查问题整改情况的报告
1.档案管理混乱，2022年度纸质档案缺失9份 整改情况：已于5月完成档案清理，补齐缺失档案9份。
2.资助政策宣传不到位 整改情况：6月召开家长会2场，发放政策明白纸800份。
"""


def test_bracketed_labels_and_labels_with_a_suffix():
    r = segment_text(BRACKETS)
    assert len(r.findings) == 2
    first, second = r.findings
    assert first.finding.text.startswith("食堂采购未执行询价制度") and "三方比价" not in first.finding.text
    assert first.measure.text.startswith("2024年3月起实行三方比价")
    assert second.measure.text.startswith("已追回超标准接待费用0.86万元")


def test_a_label_after_a_space_opens_the_measure():
    r = segment_text(LOST_BREAK)
    assert [f.measure.text[:8] for f in r.findings] == ["已于5月完成档案", "6月召开家长会2"]
    assert r.findings[0].finding.text == "档案管理混乱，2022年度纸质档案缺失9份"
