"""no_measure — a finding with no measure at all.

What it does: fires when the report states a finding (问题) but gives no measure text for it.
Why an auditor cares: a problem with nothing done or planned is not rectified; a work report that
only lists problems still gets the flag, because the reader must know nothing was claimed.
Evidence: the finding's title.
"""

from __future__ import annotations

from checker.analyse.context import FindingContext
from checker.analyse.scan import hit
from checker.flags import FlagSpec
from checker.models import FlagHit

CODE = "no_measure"


def check(ctx: FindingContext) -> list[FlagHit]:
    if ctx.measure is not None:
        return []
    a, b = ctx.title_span
    return [hit(CODE, ctx.text, a, b, title=ctx.text[a:b][:40])]


FLAG = FlagSpec(CODE, order=1, check=check)
