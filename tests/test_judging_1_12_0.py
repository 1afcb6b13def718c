"""Rubric 1.12.0's judging change, on text composed for the test: a draft whose findings each score
不合格 does not pass on one response shared by them all, and 1.11.0 judges as before."""

from __future__ import annotations

from checker.models import Source
from checker.options import ReviewOptions
from checker.pipeline import review_source
from checker.rubric import load_rubric

NEW = load_rubric("rectification@1.12.0")
OLD = load_rubric("rectification@1.11.0")

# a county's own report on a check of its farms: the faults, then one sentence for them all
ONE_LINE_FOR_ALL = """为加强对规模化养殖场的环境管理，根据市里的安排部署，我县认真开展了全县养殖业专项执法检查工作。检查中发现主要存在以下问题：一是大部分养殖场未执行环评制度；二是部分养殖场粪污处理设施建设不能达到环保要求；三是部分养殖场的堆放场所未采取防渗漏、防雨水淋失等措施；四是养殖场未按规定进行排污申报。
根据检查发现的问题，将分期分批实施养殖污染整治，加强养殖环境监管，促进养殖业健康发展。
"""


def _review(text: str, rubric):
    return review_source(Source(path="composed.txt", text=text, format="txt"), rubric, ReviewOptions())


def test_findings_that_each_fail_do_not_make_a_passing_draft() -> None:
    new, old = _review(ONE_LINE_FOR_ALL, NEW), _review(ONE_LINE_FOR_ALL, OLD)
    assert len(new.findings) == 4
    assert all(f.verdict == "fail" for f in new.findings)
    assert new.summary.verdict != "pass"
    assert old.summary.verdict == "pass"  # the shared line, with no flag of its own, counted as sound


def test_the_rule_is_a_parameter_of_the_document_verdict() -> None:
    assert NEW.document_verdict is not None and NEW.document_verdict.failing_not_sound
    assert OLD.document_verdict is not None and not OLD.document_verdict.failing_not_sound
