"""The document kind when the title names it loosely: what was done, a self-check, a notice of
requirements."""

from __future__ import annotations

from segment_support import segment_text

DONE_AS_REPORT = """关于区审计局审计反馈问题整改情况的汇报
区审计局：
现将整改情况汇报如下。
1.针对“食堂账目未公示”的问题。
整改情况：已于2024年5月在校务公开栏公示2023年度食堂收支，共计收入86.2万元、支出84.9万元。
2.针对“固定资产未入账”的问题。
整改情况：已将12台电脑、3台空调登记入账，涉及金额7.6万元。
"""

SELF_CHECK = """关于开展作风建设自查的报告
一、自查发现的问题
1.会议记录不完整，2023年有3次党组会未形成纪要。
2.公务接待审批单填写不规范。
二、整改措施
1.由办公室负责，2024年6月底前补齐会议纪要。
2.由财务股负责，7月底前统一使用新版接待审批单。
"""

NOTICE = """县委第三巡察组关于巡察县林业局党组情况的通报
一、存在问题
1.林木采伐审批把关不严，抽查的20份采伐许可中有4份缺少现场查验记录。
2.生态护林员管理松散，部分护林员长期不在岗。
二、整改要求
1.对2022年以来的采伐许可逐件复查，9月底前完成。
2.建立护林员考勤制度，每月通报在岗情况。
"""


def test_a_report_of_what_was_done_is_a_progress_report_even_when_called_汇报():
    assert segment_text(DONE_AS_REPORT).kind == "progress_report"


def test_a_self_check_with_owned_and_dated_measures_is_a_work_report():
    r = segment_text(SELF_CHECK)
    assert r.kind == "work_report" and len(r.findings) == 2
    assert r.findings[0].measure.text.startswith("由办公室负责")


def test_an_inspectors_notice_of_requirements_is_judged_as_a_plan():
    r = segment_text(NOTICE)
    assert r.kind == "plan" and len(r.findings) == 2
    assert r.findings[1].measure.text.startswith("建立护林员考勤制度")
