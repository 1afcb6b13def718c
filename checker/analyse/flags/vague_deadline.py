"""vague_deadline — a deadline with no date: 长期坚持, 即知即改, 尽快, 适时, 常态化 …

What it does: reads the deadline field (整改时限) or, in layouts without one, the deadline words in
the measure; fires when the deadline uses a vague term (rubric lexicon ``vague_deadlines``) and
carries no date. ``2020年6月底取得阶段性成效并长期坚持`` has a date and is fine. In a progress report
it fires on an unfinished item whose only time word is vague (下一步将尽快…).
Why an auditor cares: 持续整改 items need a timetable (时间表和路线图); a vague deadline cannot be checked.
Evidence: the deadline as written (label included).
"""

from __future__ import annotations

from checker.analyse.context import FindingContext
from checker.analyse.deadlines import field_label_start, finding_deadline
from checker.analyse.progress import unfinished_deadline
from checker.analyse.scan import hit
from checker.flags import FlagSpec
from checker.models import FlagHit

CODE = "vague_deadline"


def check(ctx: FindingContext) -> list[FlagHit]:
    if ctx.measure is None and not ctx.finding.deadline_field:
        return []
    if ctx.kind in ("plan", "work_report") or ctx.finding.deadline_field:
        d = finding_deadline(ctx)
        if d.state != "vague":
            return []
        start = field_label_start(ctx, d.start) if ctx.finding.deadline_field else d.start
        return [hit(CODE, ctx.text, start, d.end, deadline=d.vague_word)]
    state = unfinished_deadline(ctx)
    if state is not None and state.state == "vague":
        return [hit(CODE, ctx.text, state.start, state.end, deadline=state.vague_word)]
    return []


FLAG = FlagSpec(CODE, order=6, check=check)
