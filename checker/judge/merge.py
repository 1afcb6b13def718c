"""Fold the model's judgement of one finding into the rules' analysis of it: the hybrid policy.

docs/hybrid.md states the policy; this module enforces it.

- Fact flags (missing_deadline, vague_deadline, missing_owner, placeholder, truncated,
  inconsistent_numbers, no_measure) always come from the rules.
- Every claim of the model stands on quotes that occur in the finding's own text (after folding
  width, whitespace and punctuation). A quote that does not, or that quotes text aimed at the model
  (neutralised in the prompt), supports nothing: the claim is dropped and recorded, never moved
  onto other text.
- An answer that contradicts itself (a measure both beside the point and answering part of it;
  full responsiveness with a flag that says otherwise) is not used: the rules' result stands for
  that finding.
- ``llm``: on the judged codes (formalism, off_target, partial_coverage, unverifiable_claim,
  future_only) and responsiveness the model's validated call replaces the rules'.
- Answers that never vary across a document's findings and mostly disagree with the rules
  (:func:`indiscriminate`) are not used: the rules' result stands for that document.
- ``hybrid``: a judged flag the rules raised with evidence stands unless the model quotes text that
  refutes it (the flagged passage, read whole, concrete and checkable); the model adds flags with
  validated quotes that fit them (:mod:`checker.judge.fit`); it lowers responsiveness when it names
  what the measure missed or backs a flag; it raises responsiveness at most ``RAISE_MARGIN`` step,
  never to the sound level the rules denied, and each criterion at most one step; a finding the
  rules did not pass is not passed on the model's word (``FindingAnalysis.score_cap``). Every
  difference is recorded in ``disagreements``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from checker.flags import judged_codes
from checker.judge.fit import misfit, refutes
from checker.judge.locate import locate_quote
from checker.judge.schema import FindingJudgement
from checker.models import FindingAnalysis, FlagHit
from checker.text.width import truncate

if TYPE_CHECKING:
    from checker.models import Finding, Report
    from checker.rubric import Rubric

MAX_RATIONALE_CHARS = 300
RAISE_MARGIN = 1  # responsiveness steps the model may add to the rules' call (hybrid)
CRITERION_STEP = 1 / 3  # one step of a 0–3 criterion: the most the model may add to one (hybrid)
SOUND_DEFAULT = 2  # responsiveness a sound answer needs, when the rubric names none
_SHOWN = 40  # characters of a rejected quote recorded
# pairs of calls one answer cannot make together: a measure beside the point answers no part of it
_CONTRADICTORY = (("off_target", "partial_coverage"),)
_GAP_CODES = ("off_target", "partial_coverage")  # flags that deny full responsiveness


@dataclass
class Checked:
    """The model's quotes for one finding, sorted into those that hold and those that do not."""

    spans: dict[str, list[tuple[int, int]]] = field(default_factory=dict)  # per code, validated
    rejected: list[tuple[str, str, str]] = field(default_factory=list)  # (code, quote, why)
    contradictions: list[str] = field(default_factory=list)

    @property
    def problem(self) -> str | None:
        """What to tell the model when it is asked once more (None: nothing to mend)."""
        lines = [f"- {code}: “{quote}” {why}" for code, quote, why in self.rejected]
        lines += [f"- {c}" for c in self.contradictions]
        return "\n".join(lines) or None


def _aimed_at_model(quote: str, guarded: list[str]) -> bool:
    folded = "".join(quote.split())
    return any(g and ("".join(g.split()) in folded or folded in "".join(g.split())) for g in guarded)


def check_answer(
    report: Report, finding: Finding, answer: FindingJudgement, guarded: list[str] | None = None
) -> Checked:
    """Validate every quote of ``answer`` against the finding's text; find self-contradictions.
    ``guarded``: passages neutralised in the prompt as instructions to the model."""
    out = Checked()
    region = finding.span
    for code in judged_codes():
        call = answer.flag_call(code)
        spans: list[tuple[int, int]] = []
        for quote in call.evidence:
            if not quote.strip():
                continue
            if _aimed_at_model(quote, guarded or []):
                out.rejected.append((code, truncate(quote, _SHOWN), "是报告中针对模型的指令文本，不能作为证据"))
                continue
            found = locate_quote(report.text, quote, region.start, region.end)
            if found and found[1] > found[0]:
                spans.append(found)
            else:
                out.rejected.append((code, truncate(quote, _SHOWN), "不在本问题及其整改措施的原文中"))
        out.spans[code] = spans
    present = {code for code in judged_codes() if answer.flag_call(code).present}
    for a, b in _CONTRADICTORY:
        if a in present and b in present:
            out.contradictions.append(f"{a} 与 {b} 不能同时成立（措施不对题就谈不上部分回应）")
    gaps = present & set(_GAP_CODES)
    if answer.responsiveness == 3 and gaps:
        out.contradictions.append(f"responsiveness 为 3（逐点回应）却标记了 {'、'.join(sorted(gaps))}")
    return out


UNIFORM_MIN = 2  # judged findings a document needs before answers that never vary say something


def _calls(answer: FindingJudgement) -> tuple[int, frozenset[str]]:
    return answer.responsiveness, frozenset(c for c in judged_codes() if answer.flag_call(c).present)


def indiscriminate(answers: list[FindingJudgement], rules: list[FindingAnalysis | None]) -> bool:
    """Do the model's answers fail to tell the document's findings apart? The same flags and the
    same responsiveness for every one of at least ``UNIFORM_MIN`` findings, disagreeing with the
    rules on most of them, carry no information about any single finding (a model that passes or
    fails everything): the rules' result stands for the document."""
    if len(answers) < UNIFORM_MIN or len({_calls(a) for a in answers}) > 1:
        return False
    judged = set(judged_codes())
    differ = sum(
        _calls(a)[1] != frozenset(h.code for h in (r.hits if r else []) if h.code in judged)
        for a, r in zip(answers, rules, strict=True)
    )
    return 2 * differ > len(answers)


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


def _zh(lang: str, zh: str, en: str) -> str:
    return zh if lang == "zh" else en


def merge_finding(
    report: Report,
    finding: Finding,
    rules: FindingAnalysis | None,
    answer: FindingJudgement,
    rubric: Rubric,
    hybrid: bool,
    lang: str = "zh",
    guarded: list[str] | None = None,
    checked: Checked | None = None,
) -> FindingAnalysis:
    """The finding's analysis with the model's validated calls merged in by the policy above.
    ``checked``: the answer's :func:`check_answer`, when the caller has it already."""
    base = rules.model_copy(deep=True) if rules else FindingAnalysis(finding_index=finding.index)
    if checked is None:
        checked = check_answer(report, finding, answer, guarded)
    notes = [
        _zh(lang, f"{code}：模型引文“{quote}”{why}，未采纳", f"{code}: model quote “{quote}” not in this finding's text; dropped")
        for code, quote, why in checked.rejected
    ]
    if checked.contradictions:
        notes += [_zh(lang, f"模型回答自相矛盾（{c}），本问题沿用规则结果", f"model answer contradicts itself ({c}); rules result kept")
                  for c in checked.contradictions]
        return base.model_copy(update={"disagreements": notes})

    judged = judged_codes()
    rule_hits = {code: [h for h in base.hits if h.code == code] for code in judged}
    hits = [h for h in base.hits if h.code not in judged]
    backed = False  # a validated flag of the model's own backs a lower responsiveness
    for code in judged:
        call = answer.flag_call(code)
        spans = checked.spans.get(code, [])
        enabled = _flag_enabled(rubric, code, report.kind)
        by_rules = rule_hits[code]
        if call.present and enabled:
            if hybrid and by_rules:
                hits += by_rules  # agreed: the rules' evidence stands
                backed = backed or bool(spans)
            elif spans:
                whys = [misfit(code, report, rubric, finding, sp, rules, answer, {h.code for h in hits}) if hybrid else None for sp in spans]
                fitting = [sp for sp, why in zip(spans, whys, strict=True) if why is None]
                if not fitting:
                    notes.append(_zh(lang, f"{code}：模型标记，但{whys[0]}，未采纳",
                                     f"{code}: model yes, but its quote does not fit ({whys[0]}); not raised"))
                    continue
                start, end = fitting[0]
                evidence = report.text[start:end]
                hits.append(FlagHit(code=code, evidence=evidence, start=start, end=end,
                                    detail=_detail(code, evidence, answer), origin="llm"))
                backed = True
                if hybrid:
                    notes.append(_zh(lang, f"{code}：规则未标记，模型标记（有原文为证）", f"{code}: rules no, model yes (quoted)"))
            elif hybrid or not call.evidence:
                notes.append(_zh(lang, f"{code}：模型标记但未给出原文证据，未采纳", f"{code}: model yes without a quote from the text; not raised"))
            # llm with only rejected quotes: already recorded above
        elif by_rules and hybrid:
            refuting = [sp for sp in spans if refutes(code, report, rubric, sp, by_rules)]
            if refuting and not call.present:
                quote = truncate(report.text[refuting[0][0] : refuting[0][1]], _SHOWN)
                notes.append(_zh(lang, f"{code}：规则标记，模型以原文“{quote}”否定，已撤销",
                                 f"{code}: rules yes, model no, refuted by “{quote}”; withdrawn"))
            else:
                hits += by_rules
                notes.append(_zh(lang, f"{code}：规则标记，模型认为不存在但未引能推翻它的具体原文，保留",
                                 f"{code}: rules yes, model no without a concrete quote that refutes it; kept"))

    responsiveness = answer.responsiveness
    model_criteria = {cid: max(0, min(3, score)) / 3 for cid, score in answer.criterion_scores().items()}
    criteria = dict(model_criteria)
    if hybrid and rules is not None:
        ruled = rules.responsiveness
        lowered_with_reason = backed or any(p.strip() for p in answer.missed_points)
        if responsiveness < ruled and not lowered_with_reason:
            responsiveness = ruled
        elif responsiveness > ruled:
            sound = rubric.document_verdict.sound_responsiveness if rubric.document_verdict else SOUND_DEFAULT
            ceiling = ruled + RAISE_MARGIN if ruled >= sound else min(ruled + RAISE_MARGIN, sound - 1)
            responsiveness = max(ruled, min(responsiveness, ceiling))
        if responsiveness != answer.responsiveness or answer.responsiveness != ruled:
            notes.append(_zh(lang, f"回应程度：规则 {ruled}，模型 {answer.responsiveness}，采用 {responsiveness}",
                             f"responsiveness: rules {ruled}, model {answer.responsiveness}, used {responsiveness}"))
        criteria = {}
        for cid, value in model_criteria.items():
            ruled_value = base.criteria.get(cid)
            if ruled_value is None:
                criteria[cid] = value
                continue
            mean = (ruled_value + value) / 2
            criteria[cid] = round(min(mean, ruled_value + CRITERION_STEP), 4)
    hits.sort(key=lambda h: (h.start, h.end))
    signals = dict(base.signals)
    signals["model_responsiveness"] = answer.responsiveness
    missed = "；".join(p.strip() for p in answer.missed_points if p.strip())
    if missed:
        signals["model_missed_points"] = missed
    return base.model_copy(
        update={
            "hits": hits,
            "criteria": {**base.criteria, **criteria},
            "responsiveness": responsiveness,
            "rationale": answer.reason().strip()[:MAX_RATIONALE_CHARS] or None,
            "disagreements": notes,
            "signals": signals,
        }
    )
