"""Rubric 1.6.0's judging changes, on text composed for the test: each moves what 1.6.0 says and
leaves 1.5.0 judging as before."""

from __future__ import annotations

from checker.models import Source
from checker.options import ReviewOptions
from checker.pipeline import review_source
from checker.rubric import Rubric, load_rubric

NEW = load_rubric("rectification@1.6.0")
OLD = load_rubric("rectification@1.5.0")


def _review(text: str, rubric: Rubric):
    return review_source(Source(path="composed.txt", text=text, format="txt"), rubric, ReviewOptions())


def _truncated(text: str, rubric: Rubric) -> bool:
    review = _review(text, rubric)
    codes = {fl.code for fl in review.document_flags} | {fl.code for f in review.findings for fl in f.flags}
    return "truncated" in codes


SIGNED = """关于食堂检查情况的通报
1.针对“留样不足48小时”的问题。
整改情况:已按标准补齐留样柜，并于1月6日复查合格。
2.针对“库房物品堆放杂乱”的问题。
整改情况:已清理库房，分区摆放，张贴标识。
{signer}
2022年1月5日
"""


def test_the_signer_above_the_closing_date_ends_the_text_whole() -> None:
    signed = SIGNED.format(signer="甘肃国通")
    assert not _truncated(signed, NEW)
    assert _truncated(signed, OLD)


def test_a_sentence_cut_before_the_closing_date_is_still_cut() -> None:
    assert _truncated(SIGNED.format(signer="同时要求各食堂每周开展一次自查，对发现的"), NEW)


HEADINGS = """城区环境卫生检查情况通报
一、东关村（村委会门前）
该处存在的问题是：垃圾箱周边堆积生活垃圾，未及时清理。
二、西关村（集贸市场附近）
该处存在的问题是：路边堆放建筑垃圾，未及时清运。
三、谢家营村（南河河边预制板厂附近）
"""


def test_a_text_stopping_on_an_item_heading_lost_that_items_body() -> None:
    assert _truncated(HEADINGS, NEW)
    assert not _truncated(HEADINGS, OLD)


def test_a_heading_followed_by_the_sign_off_is_no_cut() -> None:
    assert not _truncated(HEADINGS + "县城区环境卫生整治办公室\n2021年5月6日\n", NEW)


OPENING_ONLY = """学校规范办学行为自查报告
为贯彻落实规范中小学办学行为的通知精神，我校对照要求开展了自查。
7、严格控制学生在校时间。
{last}
"""


def test_a_short_last_line_of_running_text_is_cut_where_no_finding_was_read() -> None:
    cut = OPENING_ONLY.format(last="8、严格执行节假日放假通知，不占用课余和节假")
    assert _truncated(cut, NEW)
    assert not _truncated(cut, OLD)


def test_a_short_byline_where_no_finding_was_read_still_ends_the_text() -> None:
    assert not _truncated(OPENING_ONLY.format(last="记者 张胜华"), NEW)
    assert not _truncated(OPENING_ONLY.format(last="8、严格执行节假日放假通知"), NEW)


FOOTER = """关于巡察整改情况的通报
1.针对“违规发放补贴”的问题。
整改情况:6名人员已将违规发放的补贴1.32万元全额退回县财政国库支付中心账户。
{footer}
"""


def test_a_sites_footer_marks_the_copy_and_cuts_no_finding() -> None:
    review = _review(FOOTER.format(footer="本站原创文章，转载请附上原文链接。"), NEW)
    assert [fl.code for fl in review.document_flags] == ["truncated"]
    assert all("truncated" not in {fl.code for fl in f.flags} for f in review.findings)
    assert not _truncated(FOOTER.format(footer="本站原创文章，转载请附上原文链接。"), OLD)


def test_a_registration_number_under_the_text_is_a_footer() -> None:
    assert _truncated(FOOTER.format(footer="豫公网安备 41038102000134号"), NEW)


LEDGER = """关于食堂检查整改情况的通报
1.针对“食堂采购台账不全”的问题。
整改情况：补齐台账126笔，责任单位：后勤科。
"""


def test_filling_in_the_ledger_a_finding_names_is_on_target() -> None:
    assert "off_target" not in {fl.code for fl in _review(LEDGER, NEW).findings[0].flags}
    assert "off_target" in {fl.code for fl in _review(LEDGER, OLD).findings[0].flags}


FINISHED_COLUMN = """关于耕地保护督察反馈问题整改情况的报告
一、关于“永久基本农田储备区划定不规范”的问题
整改情况：2024年6月完成储备区划定成果核查，调出不符合条件地块23块，成果已报省自然资源厅备案。
整改时限：{status}
"""


def test_an_item_whose_deadline_column_says_finished_needs_no_deadline() -> None:
    finished = FINISHED_COLUMN.format(status="已完成")
    assert "missing_deadline" not in {fl.code for fl in _review(finished, NEW).findings[0].flags}
    assert "missing_deadline" in {fl.code for fl in _review(finished, OLD).findings[0].flags}


def test_a_column_saying_mostly_finished_still_asks_for_a_deadline() -> None:
    mostly = FINISHED_COLUMN.format(status="基本完成")
    assert "missing_deadline" in {fl.code for fl in _review(mostly, NEW).findings[0].flags}
