"""Reading vocabulary 1.11.0, document kind: with no title read above the text, a line of the opening that is
a report's name alone (学校网络信息安全隐患整改报告 under a sharing site's banner) is weighed as the title, unless
it says the rectification is told while every response only requires it; on text composed for the test, and
read as before without the flag (opening_title) and with vocabulary 1.10.0."""

from __future__ import annotations

from segment_support import kind_without, segment_text

from checker.vocabulary import load_vocabulary

V = load_vocabulary("1.11.0")
OLD = load_vocabulary("1.10.0")
OFF = kind_without("opening_title")

BANNER = """- 0
- 约2.1千字
- 约 5页
- 2025-03-02 发布于江苏
- 举报
"""

PAGE = BANNER + """学校网络信息安全隐患整改报告
一、存在的问题
1.部分办公电脑未安装杀毒软件，系统补丁长期未更新。
2.机房门禁失效，外来人员可随意进出。
3.部分教师使用弱口令登录教务系统。
"""

# the page names a rectification report, but every response only requires the fix
REQUIRED = BANNER + """学校食堂卫生排查整改报告
一、存在的问题
1.食堂生熟食品混放。
整改要求：要求食堂生熟分开存放。
2.从业人员未戴口罩。
整改要求：要求从业人员上岗时佩戴口罩。
"""

# a sentence that mentions a report is no title
SAID = PAGE.replace(BANNER + "学校网络信息安全隐患整改报告\n", "我代表物业中心，向您提交关于小区消防整改的报告。\n")


def test_a_reports_name_on_a_line_of_the_opening_weighs_as_its_title() -> None:
    r = segment_text(PAGE)
    assert r.title is None and len(r.findings) == 3
    assert r.kind == "progress_report"
    # without the flag, and with the older vocabulary, the list of problems makes it a work report
    assert segment_text(PAGE, vocabulary=OFF).kind == "work_report"
    assert segment_text(PAGE, vocabulary=OLD).kind == "work_report"


def test_responses_that_only_require_the_fix_outweigh_a_name_read_from_the_page() -> None:
    r = segment_text(REQUIRED)
    assert len(r.findings) == 2
    assert r.kind == "plan"
    assert segment_text(REQUIRED, vocabulary=OLD).kind == "plan"


def test_a_sentence_that_mentions_a_report_is_no_title() -> None:
    assert segment_text(SAID).kind == "work_report"
    rx = V.patterns.opening_title_line
    for name in ("学校网络信息安全隐患整改报告", "森林防火整改工作汇报", "关于巡察反馈问题的整改方案"):
        assert rx.fullmatch(name), name
    for sentence in ("我代表物业中心，向您提交关于小区消防整改的报告。", "二、存在的问题清单", "现将自查情况报告如下："):
        assert not rx.fullmatch(sentence), sentence
    assert OLD.patterns.opening_title_line.pattern == "(?!)"
    assert not OLD.weights.kind.opening_title
