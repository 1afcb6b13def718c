"""Rubric 1.14.0's truncated ``page_trailer``, on text composed for the test: a page's trailer after the
text (an empty 责任编辑： field; 阅读 583, 投诉) marks the document as a web copy but cuts no finding, and
1.13.0 judges as before."""

from __future__ import annotations

from checker.models import Source
from checker.options import ReviewOptions
from checker.pipeline import review_source
from checker.rubric import load_rubric

NEW = load_rubric("rectification@1.14.0")
OLD = load_rubric("rectification@1.13.0")

EDITOR_FIELD = """关于市容整治情况的通报
1、河滨南路绿化带有住户晾晒衣物。
整改措施:由包片单位县民政局督促住户于5月10日前移走晾晒的衣物。
2、城关广场东侧有流动摊点占道经营。
整改措施:由县城管局于5月15日前清理占道摊点，设置疏导区。
| 责任编辑:
"""

READS_AND_COMPLAINTS = """关于开学前校园安全检查情况的通报
近日，学校对体育馆进行了开学前安全检查，发现以下问题：
1.二楼消防栓门已坏，用木板遮挡
2.一楼南门墙皮脱落，宣传板氧化碎裂
3.一楼西边外墙三扇窗户玻璃已缺失
请后勤处于9月1日前完成维修。
阅读 583
文章由 美篇工作版 编辑制作
投诉
"""


def _review(text: str, rubric):
    return review_source(Source(path="composed.txt", text=text, format="txt"), rubric, ReviewOptions())


def _cut_findings(text: str, rubric) -> int:
    return sum(any(h.code == "truncated" for h in f.flags) for f in _review(text, rubric).findings)


def test_a_page_trailer_marks_the_copy_but_cuts_no_finding() -> None:
    for text in (EDITOR_FIELD, READS_AND_COMPLAINTS):
        new = _review(text, NEW)
        assert any(h.code == "truncated" for h in new.document_flags)
        assert _cut_findings(text, NEW) == 0
        assert _cut_findings(text, OLD) == 1


def test_the_rule_is_a_parameter_of_truncated() -> None:
    assert NEW.flags["truncated"].params.get("page_trailer") is True
    assert not OLD.flags["truncated"].params.get("page_trailer")
