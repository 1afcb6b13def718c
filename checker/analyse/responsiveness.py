"""Responsiveness (0–3) and the criterion scores (each 0–1) of one finding.

Responsiveness follows the contract: 0 the measures do not address the finding (none, or off
target); 1 they touch it only generally (formalism, promises only, no concrete item, or most points unmet);
2 the main point is addressed but parts are left (partial coverage, a point met only by a generic
item, or nothing checkable); 3 every point is answered with concrete, checkable acts. It is
derived from coverage and markers together, never from one signal.
"""

from __future__ import annotations

from checker.analyse.context import FindingContext
from checker.analyse.deadlines import finding_deadline
from checker.analyse.progress import unfinished_deadline


def responsiveness(ctx: FindingContext, codes: set[str]) -> int:
    if ctx.measure is None or "off_target" in codes:
        return 0
    if "formalism" in codes or "future_only" in codes:
        return 1  # slogans, or promises with nothing done, touch the finding only generally
    cov, profs = ctx.coverage, ctx.profiles
    concrete = [p for p in profs if p.concrete]
    if not concrete:
        return 1
    checkable = any(p.strong for p in profs)
    if cov.answered_share < 0.5:
        if ctx.shared_measure and ctx.c.rubric.scoring.shared_response_general:
            return 1  # one response to the whole list, naming nothing of this finding
        # Lexical overlap misses paraphrase (干部队伍 ↔ 招聘35名医学生): concrete, checkable items
        # that mostly act still address the main point.
        return 2 if checkable and len(concrete) / len(profs) >= 0.5 else 1
    if "partial_coverage" in codes or cov.answered_share < 1.0:
        return 2
    all_concrete = all(p.concrete for p in cov.points if p.answered) if cov.points else False
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
