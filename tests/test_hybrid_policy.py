"""The hybrid policy on a real text: what a model's answer may change in the rules' analysis."""

from __future__ import annotations

from typing import Any

import pytest
from sample_reports import PROGRESS

from checker.analyse import analyse
from checker.judge.fit import misfit
from checker.judge.merge import check_answer, merge_finding
from checker.judge.schema import FindingJudgement, judgement_model
from checker.models import FindingAnalysis, FlagHit, Report, Source
from checker.rubric import load_rubric
from checker.segment import segment

RUBRIC = load_rubric(None)
TEXT = PROGRESS
CODES = ("formalism", "off_target", "partial_coverage", "unverifiable_claim", "future_only")


@pytest.fixture(scope="module")
def read() -> tuple[Report, list[FindingAnalysis]]:
    report = segment(Source(path="t.txt", text=TEXT, format="txt"))
    return report, analyse(report, RUBRIC).findings


def answer(responsiveness: int = 2, missed: list[str] | None = None, **calls: tuple[bool, list[str]]) -> FindingJudgement:
    data: dict[str, Any] = {
        "responsiveness": responsiveness,
        "criteria": {c.id: 2 for c in RUBRIC.criteria},
        "covered_points": ["要点"],
        "missed_points": missed or [],
        "rationale": "理由",
    }
    for code in CODES:
        present, evidence = calls.get(code, (False, []))
        data[code] = {"present": present, "evidence": evidence}
    return judgement_model(tuple(c.id for c in RUBRIC.criteria)).model_validate(data)


def codes(fa: FindingAnalysis) -> set[str]:
    return {h.code for h in fa.hits}


def test_the_rules_call_the_slogan_measure_formalism(read: tuple[Report, list[FindingAnalysis]]) -> None:
    report, rules = read
    assert len(report.findings) == 3
    assert "formalism" in codes(rules[1]) and "formalism" not in codes(rules[0])


def test_a_rule_flag_denied_without_a_quote_stands(read: tuple[Report, list[FindingAnalysis]]) -> None:
    report, rules = read
    merged = merge_finding(report, report.findings[1], rules[1], answer(), RUBRIC, hybrid=True)
    assert "formalism" in codes(merged)
    assert any(d.startswith("formalism：规则标记") and "保留" in d for d in merged.disagreements)


def test_a_slogan_quoted_back_refutes_nothing(read: tuple[Report, list[FindingAnalysis]]) -> None:
    report, rules = read
    denial = answer(formalism=(False, ["二是切实加强学习教育，建立长效机制"]))
    merged = merge_finding(report, report.findings[1], rules[1], denial, RUBRIC, hybrid=True)
    assert "formalism" in codes(merged)


def test_a_rule_flag_is_withdrawn_only_by_its_own_passage_read_whole(read: tuple[Report, list[FindingAnalysis]]) -> None:
    report, rules = read
    finding = report.findings[0]
    # a rule misfire on a clipped passage of the first finding, whose measure returns money
    start = TEXT.index("已退回资金")
    misfire = FlagHit(code="unverifiable_claim", evidence="已退回资金", start=start, end=start + 5)
    ruled = rules[0].model_copy(update={"hits": [*rules[0].hits, misfire]})
    whole = answer(unverifiable_claim=(False, ["已退回资金1.497万元，涉及12人"]))
    merged = merge_finding(report, finding, ruled, whole, RUBRIC, hybrid=True)
    assert "unverifiable_claim" not in codes(merged)
    assert any("已撤销" in d and "1.497万元" in d for d in merged.disagreements)
    # a fact elsewhere in the measure, which the rules had already weighed, refutes nothing
    elsewhere = answer(unverifiable_claim=(False, ["三是印发《津贴补贴发放管理办法》"]))
    assert "unverifiable_claim" in codes(merge_finding(report, finding, ruled, elsewhere, RUBRIC, hybrid=True))


def span_of(phrase: str) -> tuple[int, int]:
    start = TEXT.index(phrase)
    return start, start + len(phrase)


def test_a_model_flag_needs_a_quote_that_fits_it(read: tuple[Report, list[FindingAnalysis]]) -> None:
    report, rules = read
    plain = answer(responsiveness=1)
    amount, slogan = span_of("已退回资金1.497万元，涉及12人"), span_of("一是高度重视，提高政治站位")
    assert misfit("formalism", report, RUBRIC, report.findings[0], amount, rules[0], plain)  # an amount is no slogan
    assert misfit("formalism", report, RUBRIC, report.findings[1], slogan, rules[1], plain) is None
    assert misfit("unverifiable_claim", report, RUBRIC, report.findings[0], amount, rules[0], plain)  # checkable
    assert misfit("future_only", report, RUBRIC, report.findings[1], slogan, rules[1], plain)  # no promise in it
    assert misfit("partial_coverage", report, RUBRIC, report.findings[1], slogan, rules[1], plain)  # names nothing missed
    named = answer(responsiveness=1, missed=["未说明车辆是否清理"])
    assert misfit("partial_coverage", report, RUBRIC, report.findings[1], slogan, rules[1], named)  # a measure
    point = span_of("公务用车管理不规范")  # the point left unanswered, in the finding's own text
    assert misfit("partial_coverage", report, RUBRIC, report.findings[1], point, rules[1], named) is None
    added = answer(formalism=(True, ["已退回资金1.497万元，涉及12人"]))
    merged = merge_finding(report, report.findings[0], rules[0], added, RUBRIC, hybrid=True)
    assert "formalism" not in codes(merged)
    assert any("formalism：模型标记，但" in d and "未采纳" in d for d in merged.disagreements)


def test_an_invented_quote_is_dropped_not_moved(read: tuple[Report, list[FindingAnalysis]]) -> None:
    report, rules = read
    claim = answer(unverifiable_claim=(True, ["已全部追回资金100万元"]))
    for hybrid in (True, False):
        merged = merge_finding(report, report.findings[0], rules[0], claim, RUBRIC, hybrid=hybrid)
        assert "unverifiable_claim" not in codes(merged)
        assert any("已全部追回资金100万元" in d and "未采纳" in d for d in merged.disagreements)


def test_a_quote_from_another_finding_supports_nothing(read: tuple[Report, list[FindingAnalysis]]) -> None:
    report, _ = read
    other = answer(formalism=(True, ["一是高度重视，提高政治站位"]))
    checked = check_answer(report, report.findings[0], other)
    assert checked.spans["formalism"] == [] and checked.rejected


def test_a_quote_of_text_aimed_at_the_model_is_rejected(read: tuple[Report, list[FindingAnalysis]]) -> None:
    report, _ = read
    quoted = answer(formalism=(False, ["已退回资金1.497万元"]))
    checked = check_answer(report, report.findings[0], quoted, guarded=["已退回资金1.497万元"])
    assert checked.spans["formalism"] == []
    assert "指令" in checked.rejected[0][2]


def test_a_self_contradicting_answer_leaves_the_rules_result(read: tuple[Report, list[FindingAnalysis]]) -> None:
    report, rules = read
    quote = ["一是高度重视，提高政治站位"]
    torn = answer(responsiveness=3, off_target=(True, quote), partial_coverage=(True, quote))
    merged = merge_finding(report, report.findings[1], rules[1], torn, RUBRIC, hybrid=True)
    assert codes(merged) == codes(rules[1]) and merged.responsiveness == rules[1].responsiveness
    assert any("自相矛盾" in d for d in merged.disagreements)


def test_a_raise_is_bounded_and_never_to_the_sound_level(read: tuple[Report, list[FindingAnalysis]]) -> None:
    report, rules = read
    ruled = rules[1].responsiveness
    assert ruled <= 1
    merged = merge_finding(report, report.findings[1], rules[1], answer(responsiveness=3), RUBRIC, hybrid=True)
    sound = RUBRIC.document_verdict.sound_responsiveness if RUBRIC.document_verdict else 2
    assert ruled <= merged.responsiveness <= min(ruled + 1, sound - 1)
    for cid, value in merged.criteria.items():
        assert value <= rules[1].criteria.get(cid, 1.0) + 1 / 3 + 1e-9


def test_a_lower_call_needs_a_reason(read: tuple[Report, list[FindingAnalysis]]) -> None:
    report, rules = read
    ruled = rules[0].responsiveness
    assert ruled >= 1
    bare = merge_finding(report, report.findings[0], rules[0], answer(responsiveness=0), RUBRIC, hybrid=True)
    assert bare.responsiveness == ruled
    reasoned = answer(responsiveness=0, missed=["未说明整改后如何防止再次违规发放"])
    assert merge_finding(report, report.findings[0], rules[0], reasoned, RUBRIC, hybrid=True).responsiveness == 0


def test_llm_alone_takes_the_model_call(read: tuple[Report, list[FindingAnalysis]]) -> None:
    report, rules = read
    merged = merge_finding(report, report.findings[1], rules[1], answer(responsiveness=3), RUBRIC, hybrid=False)
    assert "formalism" not in codes(merged) and merged.responsiveness == 3
