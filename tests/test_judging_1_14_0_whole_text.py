"""Rubric 1.14.0's reading of a whole text with a page's leftovers, on text composed for the test: a closing
date in Chinese numerals or with 印 ends the text as issued; chrome after a signed text (标签：) cuts no
finding and leaves its unanswered findings judged (不合格, not 待改进); a list written without full stops
is not cut at its last item; a cut inside an item with deadline columns cuts that item. 1.13.0 judges as
before."""

from __future__ import annotations

from checker.models import Source
from checker.options import ReviewOptions
from checker.pipeline import review_source
from checker.rubric import load_rubric

NEW = load_rubric("rectification@1.14.0")
OLD = load_rubric("rectification@1.13.0")

SIGNED_THEN_TAGS = """关于教学常规检查情况的通报
检查中发现以下问题：
1.部分学校教案后补，内容陈旧。
2.个别学校听课笔记相互抄袭。
3.个别学校放松对教师的常规要求。
                    镇中心教研组
                    二〇〇五年六月二十日

标签：
"""

PREVIEW_CUT = SIGNED_THEN_TAGS.replace("标签：", "试读结束，查阅全文请下载")

ISSUED_WITH_PRINT_DATE = """关于农村清洁工程的督查通报
检查中发现以下问题：
1.黄泥湖村沿河路有两处成堆生活垃圾。
2.申家滩村村部宣传栏旁有一处成堆垃圾。
街道办事处党政办         2014年5月22日印
"""

UNPUNCTUATED_LIST = """体育馆开学前安全检查情况
检查发现以下问题：
1.二楼东面墙消防栓门已破，用木板挡住
2.一楼南门左右墙皮脱落
3.一楼西边外墙三扇窗户玻璃已缺失
"""

PUNCTUATED_LIST_CUT = """体育馆开学前安全检查情况
检查发现以下问题：
1.二楼东面墙消防栓门已破，用木板挡住。
2.一楼南门左右墙皮脱落。
3.一楼西边外墙三扇窗户玻璃已
"""


def _review(text: str, rubric):
    return review_source(Source(path="composed.txt", text=text, format="txt"), rubric, ReviewOptions())


def _cut_findings(text: str, rubric) -> int:
    return sum(any(h.code == "truncated" for h in f.flags) for f in _review(text, rubric).findings)


def _doc_cut(text: str, rubric) -> bool:
    return any(h.code == "truncated" for h in _review(text, rubric).document_flags)


def test_chrome_after_a_signed_text_cuts_no_finding_and_the_findings_are_judged() -> None:
    new, old = _review(SIGNED_THEN_TAGS, NEW), _review(SIGNED_THEN_TAGS, OLD)
    assert _doc_cut(SIGNED_THEN_TAGS, NEW)  # the page's chrome still marks the copy
    assert _cut_findings(SIGNED_THEN_TAGS, NEW) == 0
    assert _cut_findings(SIGNED_THEN_TAGS, OLD) == 1
    assert new.summary.verdict == "fail"
    assert old.summary.verdict == "warn"


def test_a_preview_cut_leaves_the_findings_unseen() -> None:
    assert _review(PREVIEW_CUT, NEW).summary.verdict == "warn"


def test_a_closing_date_with_print_mark_ends_the_text() -> None:
    assert not _doc_cut(ISSUED_WITH_PRINT_DATE, NEW)
    assert _doc_cut(ISSUED_WITH_PRINT_DATE, OLD)


def test_a_list_written_without_full_stops_is_not_cut_at_its_last_item() -> None:
    assert not _doc_cut(UNPUNCTUATED_LIST, NEW) and _cut_findings(UNPUNCTUATED_LIST, NEW) == 0
    assert _doc_cut(UNPUNCTUATED_LIST, OLD)
    assert _doc_cut(PUNCTUATED_LIST_CUT, NEW) and _cut_findings(PUNCTUATED_LIST_CUT, NEW) == 1


def test_the_rules_are_parameters() -> None:
    params = NEW.flags["truncated"].params
    for name in ("closing_date", "whole_before_residue", "unpunctuated_items", "cut_in_fielded_item"):
        assert params.get(name) is True
        assert not OLD.flags["truncated"].params.get(name)
    assert NEW.document_verdict is not None and NEW.document_verdict.chrome_not_cut
    assert OLD.document_verdict is not None and not OLD.document_verdict.chrome_not_cut
