"""Reading vocabulary 1.11.0: a list inside a sentence closed by 等 and a quoted name before 问题
(…等“三缺”问题) is a list of problems as 等问题 closes one (list_close); a list not numbered whose
answer the page cuts inside its first point (一要…) pairs that point with the first problem only
(list_cut_points_unnumbered, pattern answer_first_point). On text composed for the test; 1.10.0
reads it as before."""

from __future__ import annotations

from segment_support import assert_spans_exact, segment_text, vocabulary_without

from checker.vocabulary import load_vocabulary

CUT = """县委第二巡察组向城关镇党委反馈巡察情况

按照县委统一部署，县委第二巡察组于3月至5月对城关镇党委开展了常规巡察。

巡察组长指出，城关镇党委各项工作取得了一定成效，但巡察中也发现镇党委还存在落实意识形态责任制有欠缺、村级财务监管有漏洞、干部作风建设有松懈、民生项目推进有迟滞等“四有”问题。

巡察组长对整改工作提出四点要求，一要强化责任落实，镇党委书记履行第一责任人职责，逐条研究意识形态工作，按月分析研判。二要规范村级财务"""

WHOLE = CUT + """管理，清理村级往来账目。三要转变作风。四要加快民生项目进度。"""


def test_a_quoted_close_lists_the_problems_and_the_cut_point_answers_the_first() -> None:
    r = segment_text(CUT)
    assert_spans_exact(r)
    assert r.layout == "paragraph_lists"
    assert len(r.findings) == 4
    assert "意识形态责任制有欠缺" in r.findings[0].finding.text
    assert "民生项目推进有迟滞" in r.findings[3].finding.text
    first = r.findings[0].measure
    assert first is not None and first.text.startswith("一要强化责任落实")
    assert all(f.measure is None for f in r.findings[1:])


def test_an_answer_the_page_does_not_cut_is_read_as_without_the_flag() -> None:
    r = segment_text(WHOLE)
    without = segment_text(WHOLE, vocabulary=vocabulary_without("list_cut_points_unnumbered"))
    assert len(r.findings) == 4
    assert [f.measure.text if f.measure else None for f in r.findings] == [
        f.measure.text if f.measure else None for f in without.findings
    ]
    assert r.findings[3].measure is not None and "四要加快民生项目进度" in r.findings[3].measure.text


def test_vocabulary_1_10_0_reads_it_as_before() -> None:
    old = segment_text(CUT, vocabulary=load_vocabulary("1.10.0"))
    assert len(old.findings) == 0  # 等“四有”问题 closes no list there
