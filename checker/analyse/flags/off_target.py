"""off_target — the measures do not address the finding (答非所问).

What it does: finds the finding's own specific objects (objects.py: named units, amounts, key
problem nouns and states such as 礼金, 承包商, 器材损坏, 挂证, 资金滞留) and fires when the measure,
although concrete (acts, figures, named units), touches none of them — nor a synonym, nor a figure
of the finding — and shares little of its wording (content-token overlap at most ``max_overlap``).
It stays quiet on abstract findings (作风不实, 压力传导不够: no objects of their own, so lexical
distance says nothing), on measures that criticise or punish those involved (以问责代替整改 is
partial_coverage's) and on generic measures (slogans only: formalism's business, no double flag).
A measure that explains the finding away (情况属实，但…, 认为不属于…; lexicon ``explain_away``) with
no act or recovery is off target too: it answers that there is nothing to fix. One response shared
by a whole list of findings is not off target for any of them (under ``scoring.shared_response_general``
it answers each only generally).
Why an auditor cares: a measure about another matter, or only about general work in the area,
leaves the problem where it was; numbers do not rescue it.
Evidence: the measure's first item.
"""

from __future__ import annotations

from checker.analyse.context import FindingContext
from checker.analyse.readings import is_off_target
from checker.analyse.scan import hit
from checker.flags import FlagSpec
from checker.models import FlagHit

CODE = "off_target"


def check(ctx: FindingContext) -> list[FlagHit]:
    if ctx.shared_measure and ctx.c.rubric.scoring.shared_response_general:
        return []  # one response to a whole list answers each generally (responsiveness 1), not off target
    if not is_off_target(ctx):
        return []
    a, b = ctx.units[0]
    return [hit(CODE, ctx.text, a, b, overlap=round(ctx.coverage.overall, 2))]


FLAG = FlagSpec(CODE, order=2, check=check, judged=2)
