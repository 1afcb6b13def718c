"""off_target — the measures do not address the finding (答非所问).

What it does: compares the finding's content tokens, named units and figures with the measure's
(see coverage.py); fires when the measure shares almost nothing specific with the finding
(overlap at most ``max_overlap``, no shared unit or figure, no sub-point answered) while itself
concrete: figures and named units about another matter. A generic measure with no overlap is
left to formalism, so that lexical distance alone never condemns a measure.
Why an auditor cares: a measure that does not touch the problem leaves it where it was.
Evidence: the measure's first item.
"""

from __future__ import annotations

from checker.analyse.context import FindingContext, hit
from checker.models import FlagHit

CODE = "off_target"


def is_off_target(ctx: FindingContext) -> bool:
    if ctx.measure is None:
        return False
    cov = ctx.coverage
    if cov.shared or any(p.answered for p in cov.points):
        return False
    if cov.overall > float(ctx.c.param(CODE, "max_overlap", 0.02)):
        return False
    # A generic measure with no overlap is formalism's business; off target is a concrete measure
    # (figures, named units) about something else.
    return any(p.strong for p in ctx.profiles)


def check(ctx: FindingContext) -> list[FlagHit]:
    if not is_off_target(ctx):
        return []
    a, b = ctx.units[0]
    return [hit(CODE, ctx.text, a, b, overlap=round(ctx.coverage.overall, 2))]
