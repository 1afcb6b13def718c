"""A table with a second column naming the problem (反馈问题 | 问题具体表现): the row's finding reads
both cells, not the first alone (table_detail_column); an attachment's number above the table's title
is no part of the title (attachment_label_title)."""

from __future__ import annotations

from segment_support import segment_text, vocabulary_without

TABLE = "\n".join(
    [
        "XX镇巡察反馈问题整改清单",
        "序号\t反馈问题\t问题具体表现\t整改措施\t责任部门\t完成时限",
        "1\t落实全面从严治党主体责任不到位\t党委会研究党风廉政建设不足2次\t召开专题会议研究部署，制定年度责任清单\t党政办\t2023年12月底",
        "2\t财务管理不规范\t白条入账5笔，金额1.2万元\t已补齐票据5张，追回资金1.2万元\t财政所\t2023年9月30日",
    ]
)


def test_a_detail_column_is_part_of_each_rows_finding() -> None:
    report = segment_text(TABLE)
    assert [f.finding_text for f in report.findings] == [
        "落实全面从严治党主体责任不到位党委会研究党风廉政建设不足2次",
        "财务管理不规范白条入账5笔，金额1.2万元",
    ]
    assert [f.measure.text if f.measure else None for f in report.findings][1] == "已补齐票据5张，追回资金1.2万元"


def test_without_the_rule_the_detail_column_is_not_read() -> None:
    report = segment_text(TABLE, vocabulary=vocabulary_without("table_detail_column"))
    assert [f.finding_text for f in report.findings] == ["落实全面从严治党主体责任不到位", "财务管理不规范"]


def test_an_attachment_number_above_the_title_is_no_part_of_it() -> None:
    attached = "附件1\n" + TABLE
    assert segment_text(attached).title == "XX镇巡察反馈问题整改清单"
    old = segment_text(attached, vocabulary=vocabulary_without("attachment_label_title"))
    assert old.title == "附件1XX镇巡察反馈问题整改清单"
