"""Reading vocabulary 1.9.0: a response whose clauses each open on the problem they answer is read clause
by clause (named_clause_points), on text composed for the test; with the flag off it reads as before."""

from __future__ import annotations

from segment_support import assert_spans_exact, segment_text, vocabulary_without

OLD = vocabulary_without("named_clause_points")

CLAUSES = """某镇中心小学关于食堂检查反馈问题的整改报告

镇教育办：

9月10日，镇教育办对我校食堂进行了检查，指出了我校存在的问题：一是食品留样记录不全，9月份有3天未留样；二是后厨地面积水，排水沟堵塞；三是部分从业人员健康证过期，涉及2人；四是仓库米面直接落地存放。针对以上问题，我校于9月12日召开校务会专题研究，逐条制定了整改措施。

目前整改情况如下：对食品留样的问题，已购置留样冰柜1台，由食堂管理员每日登记；对后厨积水的问题，9月15日已疏通排水沟并加装地漏2个；对健康证过期的问题，2名从业人员已于9月20日换领新证。今后，我校将举一反三，持续加强食堂管理。

特此报告。
"""


def test_each_clause_answers_the_problem_it_names() -> None:
    r = segment_text(CLAUSES)
    assert_spans_exact(r)
    assert len(r.findings) == 4
    measures = [f.measure.text if f.measure is not None else None for f in r.findings]
    assert measures[0] is not None and "留样冰柜" in measures[0] and "排水沟" not in measures[0]
    assert measures[1] is not None and "地漏" in measures[1]
    assert measures[2] is not None and "换领新证" in measures[2]
    assert measures[3] is None  # 仓库米面落地: no clause names it, and 今后… answers none


def test_one_named_clause_is_no_run() -> None:
    one = CLAUSES.replace("；对后厨积水的问题，", "；").replace("；对健康证过期的问题，", "；")
    new, old = segment_text(one), segment_text(one, vocabulary=OLD)
    assert [(f.finding.text, f.measure.text if f.measure else None) for f in new.findings] == [
        (f.finding.text, f.measure.text if f.measure else None) for f in old.findings
    ]


def test_without_the_flag_the_response_answers_every_problem() -> None:
    r = segment_text(CLAUSES, vocabulary=OLD)
    assert len(r.findings) == 4
    assert all(f.measure is not None and "今后" in f.measure.text for f in r.findings)
