"""Does a model's quote fit the claim it is given for? Read by the rules' own lexicons.

A quote that occurs in the finding's text is real, but it may not say what the model claims of it:
a sentence with an amount and a date does not show slogans, a measure the rules read as answering
the finding's points is not beside the point. In hybrid reviews a model's flag the rules did not
raise is taken only on a quote that fits it, and a rule flag is withdrawn only on a quote that
refutes it (see docs/hybrid.md). The tests are the rules' profile of the quoted text (verifiable
markers, completion and promise words) and the rules' reading of the whole measure (signals).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from checker.analyse.markers import ItemProfile, profile
from checker.analyse.scan import compiled, sentences

if TYPE_CHECKING:
    from checker.judge.schema import FindingJudgement
    from checker.models import Finding, FindingAnalysis, FlagHit, Report
    from checker.rubric import Rubric

Span = tuple[int, int]
# The highest responsiveness each flag allows, by the contract's scale (0 not addressed or off target;
# 1 only generally: formalism, promises only; 2 parts left or nothing checkable): a model that calls
# the flag and a higher responsiveness has not made up its mind.
CEILING = {"off_target": 1, "formalism": 1, "future_only": 1, "partial_coverage": 2, "unverifiable_claim": 2}
# Pairs the rules never raise together on one finding: slogans only are formalism's business, not
# off_target's as well; promises only are future_only's, not formalism's as well.
EXCLUSIVE = (frozenset({"off_target", "formalism"}), frozenset({"formalism", "future_only"}))


def _profile(report: Report, rubric: Rubric, span: Span) -> ItemProfile:
    return profile(compiled(rubric), report.view, span[0], span[1])


def _signal(rules: FindingAnalysis | None, name: str) -> int:
    value = rules.signals.get(name, 0) if rules is not None else 0
    return int(value) if isinstance(value, int | float) else 0


def _items_around(finding: Finding, span: Span) -> list[Span]:
    """The measure items the quote lies in."""
    return [(i.start, i.end) for i in finding.measures if i.start < span[1] and span[0] < i.end]


def misfit(
    code: str,
    report: Report,
    rubric: Rubric,
    finding: Finding,
    span: Span,
    rules: FindingAnalysis | None,
    answer: FindingJudgement,
    held: set[str] | frozenset[str] = frozenset(),
) -> str | None:
    """Why the quote at ``span`` cannot back a ``code`` flag the rules did not raise (None: it can).
    ``held``: the flags the finding already has (the rules', and the model's taken so far)."""
    if answer.responsiveness > CEILING.get(code, 3):
        return f"模型自己给出的回应程度 {answer.responsiveness} 与该标记不符"
    quoted = _profile(report, rubric, span)
    held = set(held) | ({h.code for h in rules.hits} if rules is not None else set())
    for pair in EXCLUSIVE:
        if code in pair and (other := next(iter(pair - {code}))) in held:
            return f"已有 {other} 标记，两者不并存"
    if code == "formalism":
        if quoted.strong:
            return "所引原文含可核查的具体内容，不是空话套话"
        if 2 * _signal(rules, "concrete_items") > _signal(rules, "items"):
            return "整改措施多数条目有具体、可核查的内容"
        if rules is not None and rules.responsiveness > 1:
            return f"规则读到的回应程度为 {rules.responsiveness}，措施有具体内容"
    elif code == "unverifiable_claim":
        if quoted.strong:
            return "所引原文含可核查的具体内容"
        if not quoted.done:
            return "所引原文没有“已完成/已整改”之类的完成表述"
        if any(_profile(report, rubric, item).strong for item in _items_around(finding, span)):
            return "所引原文所在的措施条目有可核查的内容为证"
        if _signal(rules, "markers") > 0:
            return "整改措施中有可核查的内容为证"
    elif code == "future_only":
        if not quoted.future:
            return "所引原文没有“将/拟/下一步”之类的承诺表述"
        if quoted.done and quoted.strong:
            return "所引原文写的是已完成且可核查的事项"
    elif code == "off_target":
        if _signal(rules, "points_answered") > 0:
            return "规则读到措施回应了问题的要点"
        if rules is not None and rules.responsiveness > 1:
            return f"规则读到的回应程度为 {rules.responsiveness}，措施与问题相关"
    elif code == "partial_coverage":
        if not any(p.strip() for p in answer.missed_points):
            return "模型没有指出措施遗漏了哪些要点"
        if finding.measure is not None and span[0] >= finding.measure.start:
            return "所引原文是整改措施，不是问题中未被回应的要点"
    return None


UNREFUTABLE = ("off_target", "partial_coverage")  # relevance is not shown by quoting: the reader weighs it


def refutes(code: str, report: Report, rubric: Rubric, span: Span, ruled: list[FlagHit]) -> bool:
    """Does the quote at ``span`` refute the rules' ``code`` flag? Only when it takes in the text the
    rules flagged and, read whole, is what the flag denies: acts on the problem (formalism),
    something checkable (unverifiable_claim), something done and checkable (future_only). A slogan
    quoted back, or a fact elsewhere the rules had already weighed, refutes nothing. Whether a
    measure answers the finding's points (off_target, partial_coverage) a quote cannot show, and a
    flag resting on other findings (a measure pasted under several) is a fact of the document: those
    stand, and the model's view is recorded for the reader."""
    if code in UNREFUTABLE or any("findings" in h.detail for h in ruled):
        return False
    start, end = span
    # the quote's sentences that take in the flagged text: a fact in the sentence before is another
    # matter the rules had already weighed
    own = [(a, b) for a, b in sentences(report.view, start, end) if any(h.start < b and a < h.end for h in ruled)]
    if not own:
        return False
    quoted = _profile(report, rubric, (own[0][0], own[-1][1]))
    if code == "future_only":
        return bool(quoted.done) and quoted.strong
    if code == "unverifiable_claim":
        return quoted.strong
    return quoted.concrete
