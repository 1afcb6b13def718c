"""Fold the model's judgement of one finding into the rules' analysis of it.

Fact flags (missing_deadline, vague_deadline, missing_owner, placeholder, truncated,
inconsistent_numbers, no_measure) always come from the rules. For the judged codes
(formalism, off_target, partial_coverage, unverifiable_claim, future_only) and responsiveness the
model's call replaces the rules'. In ``hybrid`` the rules' evidence was in the prompt, every
difference between the two is recorded in ``disagreements``, and each criterion score is the mean
of the rules' and the model's; in ``llm`` the model's criterion scores stand alone.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from checker.flags import judged_codes
from checker.judge.locate import first_sentence, locate_quote
from checker.judge.schema import FindingJudgement
from checker.models import FindingAnalysis, FlagHit

if TYPE_CHECKING:
    from checker.models import Finding, Report
    from checker.rubric import Rubric

MAX_RATIONALE_CHARS = 300


def anchor(report: Report, finding: Finding, quotes: list[str]) -> tuple[int, int]:
    """Span of the first quote found in the finding's region, else the measure's first sentence."""
    region = finding.span
    for quote in quotes:
        found = locate_quote(report.text, quote, region.start, region.end)
        if found and found[1] > found[0]:
            return found
    target = finding.measure or finding.finding
    return first_sentence(report.text, target.start, target.end)


def _detail(code: str, evidence: str, answer: FindingJudgement) -> dict[str, str | int | float]:
    """Message parameters the rubric's templates use ({slogans}, {missing}/{points}, {claim}, {promise})."""
    short = evidence if len(evidence) <= 40 else evidence[:39] + "…"
    missed = [p for p in answer.missed_points if p.strip()]
    detail: dict[str, str | int | float] = {"evidence": short, "slogans": short, "claim": short, "promise": short}
    if code == "partial_coverage":
        detail["missing"] = max(1, len(missed))
        detail["points"] = max(len(missed) + len([p for p in answer.covered_points if p.strip()]), 1)
        if missed:
            detail["missed"] = "；".join(missed)
    return detail


def _flag_enabled(rubric: Rubric, code: str, kind: str) -> bool:
    rule = rubric.flags.get(code)
    if rule is not None and not rule.enabled:
        return False
    # A plan is future by nature (整改方案): promises there are not future_only.
    return not (code == "future_only" and kind == "plan")


def merge_finding(
    report: Report,
    finding: Finding,
    rules: FindingAnalysis | None,
    answer: FindingJudgement,
    rubric: Rubric,
    hybrid: bool,
) -> FindingAnalysis:
    """The finding's analysis with the model's calls in place of the rules' on the judged codes."""
    base = rules.model_copy(deep=True) if rules else FindingAnalysis(finding_index=finding.index)
    rule_codes = {h.code for h in base.hits if h.code in judged_codes()}
    hits = [h for h in base.hits if h.code not in judged_codes()]
    disagreements: list[str] = []
    missed = "；".join(p.strip() for p in answer.missed_points if p.strip())
    for code in judged_codes():
        call = answer.flag_call(code)
        present = call.present and _flag_enabled(rubric, code, report.kind)
        if present:
            start, end = anchor(report, finding, call.evidence)
            evidence = report.text[start:end]
            detail = _detail(code, evidence, answer)
            hits.append(
                FlagHit(code=code, evidence=evidence, start=start, end=end, detail=detail, origin="llm")
            )
        if hybrid and (code in rule_codes) != present:
            disagreements.append(
                f"{code}: rules {'yes' if code in rule_codes else 'no'}, model {'yes' if present else 'no'}"
            )
    if hybrid and rules is not None and rules.responsiveness != answer.responsiveness:
        disagreements.append(f"responsiveness: rules {rules.responsiveness}, model {answer.responsiveness}")

    model_criteria = {cid: max(0, min(3, score)) / 3 for cid, score in answer.criterion_scores().items()}
    if hybrid:
        criteria = {
            cid: round((base.criteria[cid] + value) / 2, 4) if cid in base.criteria else value
            for cid, value in model_criteria.items()
        }
    else:
        criteria = model_criteria
    hits.sort(key=lambda h: (h.start, h.end))
    signals = dict(base.signals)
    signals["model_responsiveness"] = answer.responsiveness
    if missed:
        signals["model_missed_points"] = missed
    return base.model_copy(
        update={
            "hits": hits,
            "criteria": {**base.criteria, **criteria},
            "responsiveness": answer.responsiveness,
            "rationale": answer.reason().strip()[:MAX_RATIONALE_CHARS] or None,
            "disagreements": disagreements,
            "signals": signals,
        }
    )
