"""Reading vocabulary 1.11.0: a notice's requirements paired with its problems by topic, whose last
requirement speaks of the whole (各单位要举一反三，…) and shares with the problems only a word of its
addressees or a figure of a date: it answers none of them, and the last problem, which no requirement
names, has no measure (last_fix_general_slight), on text composed for the test; 1.10.0 reads it as
before."""

from __future__ import annotations

from segment_support import assert_spans_exact, segment_text

from checker.vocabulary import load_vocabulary

NOTICE = """县教育局办公室
关于2025年秋季学期校园安全检查情况的通报

各中小学校：
9月8日至12日，县教育局组织2个检查组，对全县12所学校校园安全工作进行了专项检查。现将有关情况通报如下：

一、存在的主要问题
（一）消防设施维护不到位。城南小学、河口中学共抽查灭火器40具，有9具压力不足。
（二）门卫值守不规范。实验中学、城东小学门卫对外来人员未登记即放行。
（三）食堂食品留样不规范。河口中学留样不足125克，城南小学留样记录缺失。
（四）校车管理存在漏洞。部分学校校车随车照管人员培训不足，城东小学2名照管员无上岗证。

二、整改要求
1.城南小学、河口中学要在9月30日前更换压力不足的灭火器，建立消防设施月检制度。
2.城南小学、河口中学要严格落实食品留样制度，10月10日前补齐留样记录。
3.实验中学、城东小学要立即规范门卫登记，外来人员一律登记核实后进入。
4.各学校要对照本通报举一反三，于10月20日前将整改情况书面报县教育局。
"""


def test_a_last_requirement_of_the_whole_answers_no_problem() -> None:
    r = segment_text(NOTICE)
    assert_spans_exact(r)
    assert len(r.findings) == 4
    measures = [f.measure.text if f.measure else None for f in r.findings]
    assert measures[1] is not None and "门卫登记" in measures[1]
    assert measures[2] is not None and "留样" in measures[2]
    assert measures[3] is None


def test_vocabulary_1_10_0_reads_it_as_before() -> None:
    old = segment_text(NOTICE, vocabulary=load_vocabulary("1.10.0"))
    last = old.findings[3].measure
    assert last is not None and "举一反三" in last.text
