"""off_target — the measures do not address the finding (答非所问).

What it does: finds the finding's own specific objects (objects.py: named units, amounts, key
problem nouns and states such as 礼金, 承包商, 器材损坏, 挂证, 资金滞留) and fires when the measure,
although concrete (acts, figures, named units), touches none of them — nor a synonym, nor a figure
of the finding — and shares little of its wording (content-token overlap at most ``max_overlap``).
It stays quiet on abstract findings (作风不实, 压力传导不够: no objects of their own, so lexical
distance says nothing), on measures that criticise or punish those involved (以问责代替整改 is
partial_coverage's) and on generic measures (slogans only: formalism's business, no double flag).
A measure that explains the finding away (情况属实，但…, 认为不属于…; lexicon ``explain_away``) with
no act or recovery is off target too: it answers that there is nothing to fix.
Why an auditor cares: a measure about another matter, or only about general work in the area,
leaves the problem where it was; numbers do not rescue it.
Evidence: the measure's first item.
"""

from __future__ import annotations

from checker.analyse.context import FindingContext, hit, per_finding
from checker.analyse.objects import distinct_specific, finding_objects, untouched
from checker.models import FlagHit

CODE = "off_target"


def explained_away(ctx: FindingContext) -> bool:
    """The measure argues the finding away (情况属实，但…认为不属于违规) and does nothing about it: no act,
    no recovery. An explanation is not a fix."""
    m = ctx.measure
    if m is None or not ctx.c.lex("explain_away").search(ctx.text, m.start, m.end):
        return False
    return not any(p.acts for p in ctx.profiles) and not ctx.c.lex("recovery_verbs").search(ctx.text, m.start, m.end)


@per_finding
def is_off_target(ctx: FindingContext) -> bool:
    m = ctx.measure
    if explained_away(ctx):
        return True
    if m is None or not any(p.concrete for p in ctx.profiles):
        return False
    # Criticism or punishment of those involved acts on the case's people: if that is all, the
    # finding is answered by 以问责代替整改 (partial_coverage), not by another matter.
    if ctx.c.lex("punish_words").search(ctx.text, m.start, m.end):
        return False
    f = ctx.finding
    objs = finding_objects(ctx.c, ctx.text, f.finding.start, f.finding.end)
    n = distinct_specific(objs)
    if n == 0 or len(untouched(objs, m.view)) < len(objs):
        return False
    cov = ctx.coverage
    # One lone object is weak evidence (the measure may paraphrase it in words no lexicon lists):
    # then the measure must share next to nothing of the finding's wording as well.
    enough = n >= int(ctx.c.param(CODE, "min_objects", 2))
    limit = ctx.c.param(CODE, "max_overlap" if enough else "lone_object_max_overlap", 0.2 if enough else 0.05)
    return not cov.shared and cov.overall <= float(limit)


def check(ctx: FindingContext) -> list[FlagHit]:
    if not is_off_target(ctx):
        return []
    a, b = ctx.units[0]
    return [hit(CODE, ctx.text, a, b, overlap=round(ctx.coverage.overall, 2))]
