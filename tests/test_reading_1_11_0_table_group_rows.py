"""Reading vocabulary 1.11.0: a table's row holding only a bare number and an area's name, the rows under
it numbered as its children (1-1, 1-2), heads them and is no finding (table_group_rows), on text
composed for the test; 1.10.0 reads it as before."""

from __future__ import annotations

from segment_support import segment_text

from checker.vocabulary import load_vocabulary

GROUPED = (
    "关于2024年度财务收支审计发现问题整改情况的报告\n\n"
    "县审计局：\n"
    "现将我中心审计发现问题整改情况报告如下，具体见附表。\n\n"
    "附表\n"
    "序号\t审计发现问题\t金额（万元）\t整改措施及结果\t整改状态\t责任科室\n"
    "1\t收入管理方面\t\t\t\t\n"
    "1-1\t门面出租收入未纳入单位账核算\t6.2\t2025年8月3日已将6.2万元全部纳入单位账核算\t已整改\t财务科\n"
    "1-2\t培训收费未开具财政票据\t1.5\t已于8月起统一使用财政票据，补开票据42张\t已整改\t培训科\n"
    "2\t支出管理方面\t\t\t\t\n"
    "2-1\t差旅费报销超标准3笔\t0.36\t已追回超标准报销款0.36万元\t已整改\t办公室\n"
    "2-2\t会议费无会议通知和签到表\t2.8\t正在补充整理会议资料，10月底前完成\t整改中\t办公室\n"
)


def test_group_rows_head_the_rows_numbered_under_them() -> None:
    r = segment_text(GROUPED)
    assert len(r.findings) == 4
    assert "门面出租收入" in r.findings[0].finding.text
    assert "会议费无会议通知" in r.findings[3].finding.text
    assert all("管理方面" not in f.finding.text for f in r.findings)
    assert r.findings[3].measure is not None and "10月底前完成" in r.findings[3].measure.text


def test_vocabulary_1_10_0_reads_it_as_before() -> None:
    old = segment_text(GROUPED, vocabulary=load_vocabulary("1.10.0"))
    assert len(old.findings) == 6  # the two group rows read as findings of their own
