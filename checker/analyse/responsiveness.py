"""Responsiveness (0–3) and the criterion scores (each 0–1) of one finding.

Responsiveness follows the contract: 0 the measures do not address the finding (none, or off
target); 1 they touch it only generally (formalism, promises only, no concrete item, or most points unmet);
2 the main point is addressed but parts are left (partial coverage, a point met only by a generic
item, or nothing checkable); 3 every point is answered with concrete, checkable acts. It is
derived from coverage and markers together, never from one signal.
"""

from __future__ import annotations

import re

from checker.analyse.context import FindingContext
from checker.analyse.coverage import span_tokens, tokens
from checker.analyse.deadlines import finding_deadline
from checker.analyse.progress import unfinished_deadline

_CLAUSE_END = re.compile(r"[，,；;。！？!?\n]")  # a clause keeps its 、-lists: 公开重要政策、年度重点工作任务
_ACT_LEXICONS = ("action_verbs", "object_fix_verbs")


def object_acts(ctx: FindingContext) -> list[list[set[str]]]:
    """Per measure unit, the object tokens of each clause where an act word (lexicons ``action_verbs``
    and ``object_fix_verbs``) stands with what the finding names (责令…立即对路面进行修复 under
    路面坑槽破损: 路面): at least ``scoring.object_act_tokens`` content tokens the finding shares,
    not counting the act word itself. A unit of slogans or exhortations, or a clause where one
    stands before the act word (加强对…改造), names no such act; an act ordered of the unit at fault (责令, 要求) is one;
    a response shared by a list of findings is no act on any one of them. Nothing when the rubric
    sets no minimum."""
    need = ctx.c.rubric.scoring.object_act_tokens
    if not need or ctx.measure is None or ctx.shared_measure:
        return [[] for _ in ctx.units]  # one response to a whole list acts on none of it in particular
    c, text = ctx.c, ctx.text
    urge = c.lex("exhortation_verbs")
    f = ctx.finding.finding
    own = span_tokens(c, text, f.start, f.end)
    out: list[list[set[str]]] = []
    for (a, b), prof in zip(ctx.units, ctx.profiles, strict=True):
        found: list[set[str]] = []
        if not prof.hollow and not prof.exhortation_only:
            for name in _ACT_LEXICONS:
                for m in c.lex(name).finditer(text, a, b):
                    lo = max((x.end() for x in _CLAUSE_END.finditer(text, a, m.start())), default=a)
                    stop = _CLAUSE_END.search(text, m.end(), b)
                    hi = stop.start() if stop else b
                    if urge.search(text, lo, m.start()):
                        continue  # (并)加强对棚户区改造…的搜集整理: an act urged, not one done
                    named = (tokens(c, text[lo : m.start()]) | tokens(c, text[m.end() : hi])) & own
                    if len(named) >= need:
                        found.append(named)
        out.append(found)
    return out


def responsiveness(ctx: FindingContext, codes: set[str]) -> int:
    if ctx.measure is None or "off_target" in codes:
        return 0
    if "formalism" in codes or "future_only" in codes:
        return 1  # slogans, or promises with nothing done, touch the finding only generally
    cov, profs = ctx.coverage, ctx.profiles
    # A unit whose act names the finding's own object acts on it, and answers the point naming it.
    acts_on = object_acts(ctx)
    acting = [p.concrete or bool(named) for p, named in zip(profs, acts_on, strict=True)]
    points = []  # (answered, answered concretely) per point of the finding
    for pt in cov.points:
        if pt.answered:
            points.append((True, pt.concrete or (acting[pt.unit] if pt.unit is not None else any(acting))))
            continue
        ptoks = span_tokens(ctx.c, ctx.text, pt.start, pt.end) if any(acts_on) else set()
        hit = any(named & ptoks for per_unit in acts_on for named in per_unit)
        points.append((hit, hit))
    answered_share = sum(a for a, _ in points) / len(points) if points else 0.0
    concrete = [a for a in acting if a]
    if not concrete:
        return 1
    checkable = any(p.strong for p in profs)
    if answered_share < 0.5:
        if ctx.shared_measure and ctx.c.rubric.scoring.shared_response_general:
            return 1  # one response to the whole list, naming nothing of this finding
        # Lexical overlap misses paraphrase (干部队伍 ↔ 招聘35名医学生): concrete, checkable items
        # that mostly act still address the main point.
        return 2 if checkable and len(concrete) / len(profs) >= 0.5 else 1
    if "partial_coverage" in codes or answered_share < 1.0:
        return 2
    all_concrete = all(k for a, k in points if a) if points else False
    if all_concrete and checkable and len(concrete) / len(profs) >= 0.5:
        return 3
    return 2


def _timeliness(ctx: FindingContext) -> float:
    if ctx.measure is None:
        return 0.0
    if ctx.kind in ("plan", "work_report") or ctx.finding.deadline_field:
        state = finding_deadline(ctx).state
        return {"dated": 1.0, "vague": 0.4}.get(state, 0.0)
    d = unfinished_deadline(ctx)
    if d is None:
        return 1.0
    return {"dated": 1.0, "vague": 0.4}.get(d.state, 0.2)


def _accountability(ctx: FindingContext, codes: set[str]) -> float:
    f = ctx.finding
    if "missing_owner" in codes and ctx.kind == "plan":
        return 0.0
    if f.owners or f.owner_fields:
        filled = [o for o in f.owner_fields if o.view.strip(" 、，,;；:：")]
        return 1.0 if not f.owner_fields else len(filled) / len(f.owner_fields)
    if any(m.kind == "named_unit" for p in ctx.profiles for m in p.markers):
        return 1.0
    return 0.6 if ctx.measure is not None else 0.0


def criteria(ctx: FindingContext, codes: set[str], resp: int) -> dict[str, float]:
    """Criterion scores 0–1, keyed by the rubric's criterion ids (unknown ids score from responsiveness)."""
    profs = ctx.profiles
    n = len(profs) or 1
    concrete = sum(p.concrete for p in profs) / n if profs else 0.0
    hollow = sum(p.hollow for p in profs) / n if profs else 0.0
    markers = sum(len(p.markers) for p in profs)
    full = float(ctx.c.param("unverifiable_claim", "markers_for_full_verifiability", 3))
    verif = min(1.0, markers / full) if profs else 0.0
    if "unverifiable_claim" in codes:
        verif *= 0.5
    values = {
        "responsiveness": resp / 3.0,
        "specificity": max(0.0, min(1.0, concrete - 0.5 * hollow + 0.25 * min(1.0, markers / full))),
        "timeliness": _timeliness(ctx),
        "verifiability": verif,
        "accountability": _accountability(ctx, codes),
    }
    out = {}
    for crit in ctx.c.rubric.criteria:
        out[crit.id] = round(values.get(crit.id, resp / 3.0), 3)
    return out
