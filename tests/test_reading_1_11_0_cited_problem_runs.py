"""Reading vocabulary 1.11.0, on text composed for the test: problems numbered 问题（1）：…问题（2）：… inside
area paragraphs, the numbering going on from one paragraph to the next, are items each (pattern
problem_number_label, problem_label_runs_resume), and the one measure that answers them clause by clause
(对问题（1），…；对问题（2），…) gives each its own clauses (shared_measure_cited; pattern fix_cited_problem);
1.10.0 reads it as before."""

from __future__ import annotations

from segment_support import assert_spans_exact, segment_text, vocabulary_without

from checker.vocabulary import load_vocabulary

CITED = """中共柳溪县城市建设投资有限公司委员会关于巡察整改情况的报告

县委巡察办：

县委第二巡察组对我公司开展专项巡察，反馈问题5个。现将整改情况报告如下：

一、整改工作开展情况
公司党委召开专题会议，成立整改工作领导小组，逐项制定整改措施。

二、反馈问题整改落实情况
（一）关于落实主责主业方面。巡察指出问题（1）：保障性住房建设进度滞后，2024年计划开工800套，实际开工350套。问题（2）：对外担保管理不规范，3笔担保未经董事会审议，金额1.2亿元。整改情况：对问题（1），公司增加施工力量，截至9月底累计开工720套，剩余80套计划于11月底前开工；对问题（2），董事会于7月18日对3笔担保补充审议，修订《对外担保管理办法》，明确担保一律经董事会审议。

（二）关于落实从严治党责任方面。问题（3）：差旅费报销把关不严，6人次超标准报销住宿费1.08万元。问题（4）：下属物业公司将停车费收入0.9万元存放于个人微信账户。整改情况：对问题（3），超标准部分1.08万元已于8月5日全部退回（记账凭证第0815号）。对问题（4），0.9万元已于8月2日全额缴入公司账户，对物业公司经理给予诫勉谈话。

（三）关于基层党组织建设方面。问题（5）：2个党支部组织生活会未按要求召开。问题（6）：党费收缴台账不完整。整改情况：问题（5）已整改到位。

三、下一步工作打算
一是持续巩固整改成果；二是健全长效机制。
"""


def test_each_numbered_problem_takes_the_clause_that_cites_it() -> None:
    r = segment_text(CITED)
    assert_spans_exact(r)
    assert len(r.findings) == 6
    first, second, fourth, fifth, sixth = r.findings[0], r.findings[1], r.findings[3], r.findings[4], r.findings[5]
    assert "实际开工350套" in first.finding.text
    assert first.measure is not None and "累计开工720套" in first.measure.text
    assert "担保" not in first.measure.text
    assert second.measure is not None and "补充审议" in second.measure.text
    assert "存放于个人微信账户" in fourth.finding.text
    assert fourth.measure is not None and "全额缴入公司账户" in fourth.measure.text
    assert fifth.measure is not None and "已整改到位" in fifth.measure.text
    assert "党费收缴台账" in sixth.finding.text
    assert sixth.measure is None


def test_without_the_citations_the_problems_share_the_measure() -> None:
    r = segment_text(CITED, vocabulary=vocabulary_without("shared_measure_cited"))
    assert len(r.findings) == 6
    assert r.findings[0].measure is not None and "补充审议" in r.findings[0].measure.text


def test_without_the_resumed_run_only_the_first_paragraph_is_cut() -> None:
    r = segment_text(CITED, vocabulary=vocabulary_without("problem_label_runs_resume"))
    assert len(r.findings) == 4


def test_vocabulary_1_10_0_reads_it_as_before() -> None:
    old = segment_text(CITED, vocabulary=load_vocabulary("1.10.0"))
    assert len(old.findings) == 3  # one finding a paragraph
