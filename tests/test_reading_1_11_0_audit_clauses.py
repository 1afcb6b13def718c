"""Reading vocabulary 1.11.0: audit results told in clauses, each a problem with its figure and, after
the figure's comma, what became of it (…少缴国有资源有偿使用收入316万元，已全部追缴入库；…) — each clause
a finding and its status the measure (layout audit_clauses, flag audit_clauses, pattern
audit_reported). On text composed for the test; 1.10.0 reads it as before."""

from __future__ import annotations

from segment_support import segment_text, vocabulary_without

from checker.vocabulary import load_vocabulary

CLAUSES = """去年，市审计局审计发现12个单位少缴国有资源有偿使用收入316万元，审计要求限期缴库，目前除1个单位因企业破产正在清算外，其余单位已追缴入库298万元；3个部门违规列支会议费47.5万元，已全部收回并调整账目。
对于城北、城南2个街道违规发放津贴补贴等问题涉及资金62万元，目前已清退52万元，其余部分已制定分期退还计划。
"""

PROSE = """今年，市审计局对12个单位开展了专项审计，涉及资金316万元。
审计工作覆盖全部预算单位，共出具审计报告12份。
"""


def test_each_clause_is_a_finding_with_its_status() -> None:
    r = segment_text(CLAUSES)
    assert r.layout == "audit_clauses"
    assert len(r.findings) == 3
    assert "少缴国有资源有偿使用收入316万元" in r.findings[0].finding.text
    assert "违规列支会议费47.5万元" in r.findings[1].finding.text
    assert "违规发放津贴补贴" in r.findings[2].finding.text
    measures = [f.measure.text if f.measure else "" for f in r.findings]
    assert "已追缴入库298万元" in measures[0]
    assert measures[1].startswith("已全部收回")
    assert measures[2].startswith("目前已清退52万元")


def test_clauses_with_no_status_are_no_findings_of_this_layout() -> None:
    r = segment_text(PROSE)
    assert r.layout != "audit_clauses"


def test_without_the_flag_and_in_vocabulary_1_10_0_it_reads_as_before() -> None:
    without = segment_text(CLAUSES, vocabulary=vocabulary_without("audit_clauses"))
    old = segment_text(CLAUSES, vocabulary=load_vocabulary("1.10.0"))
    assert without.layout != "audit_clauses"
    assert old.layout != "audit_clauses"
    assert [f.finding.text for f in old.findings] == [f.finding.text for f in without.findings]
