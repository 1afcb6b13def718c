"""Readings of a finding that several flags (and the criteria) share: does the measure only
promise, does it answer another matter. Each is made once per finding (:func:`per_finding`)."""

from __future__ import annotations

import re

from checker.analyse.context import FindingContext, per_finding
from checker.analyse.markers import ItemProfile
from checker.analyse.objects import distinct_specific, finding_objects, untouched
from checker.analyse.scan import sentences
from checker.text.numerals import amount_in_yuan

FUTURE_ONLY = "future_only"
OFF_TARGET = "off_target"


def acts_before_promise(ctx: FindingContext, p: ItemProfile) -> bool:
    """Some sentence of the item opens with an act (a report or action verb) before any promise word:
    the promise that follows (力争…) is the act's aim, not the whole answer. With param
    ``quoted_not_act``, a verb inside a quotation (关于“未按协议兑付土地承包金”的问题) names the
    finding or a document, not an act of the unit's."""
    acts = (ctx.c.lex("report_verbs"), ctx.c.lex("action_verbs"))
    quoted = _quotes(ctx.text, p.start, p.end) if ctx.c.param(FUTURE_ONLY, "quoted_not_act", False) else []
    for a, b in sentences(ctx.text, p.start, p.end):
        cut = min((fa for fa, _ in p.future if a <= fa < b), default=b)
        if cut - a < 2:
            continue
        for rx in acts:
            if any(not any(lo <= m.start() < hi for lo, hi in quoted) for m in rx.finditer(ctx.text, a, cut)):
                return True
    return False


_QUOTE = re.compile(r"“[^”\n]{1,120}”|「[^」\n]{1,120}」|《[^》\n]{1,80}》")
_CLAUSE_START = re.compile(r"[，,；;。！？!?：:\n]")


def _quotes(text: str, start: int, end: int) -> list[tuple[int, int]]:
    return [m.span() for m in _QUOTE.finditer(text, start, end)]


def _reported_done(ctx: FindingContext, p: ItemProfile) -> bool:
    """Does the item report something done or under way? With param ``promised_completion``, a
    completion word after a promise or forecast word in its clause (预计在本月25日前整改完毕; 计划于6月
    底前整改完毕) is promised, not reported; a clause of work under way (lexicon ``under_way_markers``:
    正在通过增设亲子活动逐步改善) reports work being done, not only promised."""
    c, text = ctx.c, ctx.text
    if not c.param(FUTURE_ONLY, "promised_completion", False):
        return bool(p.done)
    if c.lex("under_way_markers").search(text, p.start, p.end):
        return True
    for d, _ in p.done:
        breaks = [m.end() for m in _CLAUSE_START.finditer(text, p.start, d)]
        lo = breaks[-1] if breaks else p.start
        if not any(lo <= fa < d for fa, _ in p.future):
            return True
    return False


@per_finding
def promise_only(ctx: FindingContext) -> bool:
    """The measure only promises, in a document kind where promises are judged (not a plan)."""
    if ctx.c.rubric.severity_for(FUTURE_ONLY, ctx.kind) == "off":
        return False
    profs = ctx.profiles
    if not profs or any(_reported_done(ctx, p) for p in profs) or any(acts_before_promise(ctx, p) for p in profs):
        return False
    future = [p for p in profs if p.future]
    return bool(future) and len(future) / len(profs) >= float(ctx.c.param(FUTURE_ONLY, "min_future_share", 0.5))


def explained_away(ctx: FindingContext) -> bool:
    """The measure argues the finding away (情况属实，但…认为不属于违规) and does nothing about it: no act,
    no recovery. An explanation is not a fix."""
    m = ctx.measure
    if m is None or not ctx.c.lex("explain_away").search(ctx.text, m.start, m.end):
        return False
    return not any(p.acts or p.done_clauses for p in ctx.profiles) and not ctx.c.lex("recovery_verbs").search(ctx.text, m.start, m.end)


def money_at_issue(ctx: FindingContext) -> float | None:
    """The largest amount a money finding puts at issue (违法违规金额3466.7万元): an amount in a
    sentence that names a violation (lexicon ``money_violation_words``)."""
    c, text, f = ctx.c, ctx.text, ctx.finding
    best: float | None = None
    for a, b in sentences(text, f.finding.start, f.finding.end):
        if not c.lex("money_violation_words").search(text, a, b):
            continue
        for m in c.pat("amount").finditer(text, a, b):
            v = amount_in_yuan(m.group(0))
            if v is not None and (best is None or v > best):
                best = v
    return best


def recovered_sum(ctx: FindingContext) -> tuple[float, int, int] | None:
    """What the measure says was given back: the amounts in its sentences that hold a recovery verb
    (退回医保基金1.96万元), summed; None when it recovers no stated sum."""
    c, text, m = ctx.c, ctx.text, ctx.measure
    if m is None:
        return None
    total, first, found = 0.0, None, False
    for a, b in sentences(text, m.start, m.end):
        if not c.lex("recovery_verbs").search(text, a, b):
            continue
        for am in c.pat("amount").finditer(text, a, b):
            v = amount_in_yuan(am.group(0))
            if v is not None:
                total, found = total + v, True
                first = first or (a, b)
    return (total, *first) if found and first is not None else None


def recovers_money_at_issue(ctx: FindingContext) -> bool:
    """The finding puts money at issue in a sentence naming a violation (违法违规金额592.8万元) and the
    measure gives a stated sum back (退回医保基金1.96万元): the measure acts on the finding's money."""
    return money_at_issue(ctx) is not None and recovered_sum(ctx) is not None


@per_finding
def is_off_target(ctx: FindingContext) -> bool:
    m = ctx.measure
    if explained_away(ctx):
        return True
    if m is None or not any(p.concrete for p in ctx.profiles):
        return False
    if ctx.c.pat("refers_back").search(ctx.text, m.start, m.end):
        return False  # 经回头看，问题已整改: it speaks of the finding's own problem, however briefly
    if ctx.c.param(OFF_TARGET, "needs_matter", False) and all(
        mk.kind == "date" for p in ctx.profiles for mk in p.markers
    ) and not any(p.acts for p in ctx.profiles):
        return False  # only a date is specific: the measure names no other matter it could be about
    # Criticism or punishment of those involved acts on the case's people: if that is all, the
    # finding is answered by 以问责代替整改 (partial_coverage), not by another matter.
    if ctx.c.lex("punish_words").search(ctx.text, m.start, m.end):
        return False
    if ctx.c.param(OFF_TARGET, "recovery_answers_money", False) and recovers_money_at_issue(ctx):
        return False  # money given back under a money finding acts on that money, however little of it
    f = ctx.finding
    objs = finding_objects(ctx.c, ctx.text, f.finding.start, f.finding.end)
    n = distinct_specific(objs)
    if n == 0 or len(untouched(objs, m.view)) < len(objs):
        return False
    cov = ctx.coverage
    # One lone object is weak evidence (the measure may paraphrase it in words no lexicon lists):
    # then the measure must share next to nothing of the finding's wording as well.
    enough = n >= int(ctx.c.param(OFF_TARGET, "min_objects", 2))
    limit = ctx.c.param(OFF_TARGET, "max_overlap" if enough else "lone_object_max_overlap", 0.2 if enough else 0.05)
    return not cov.shared and cov.overall <= float(limit)
