"""missing_deadline — no deadline where one is needed.

What it does: in a plan (and a work report's measures, judged as a plan's) every item needs a
dated deadline: fires when the 整改时限 field is blank or absent and the measure names no date.
In a progress report only unfinished items need one: items marked 持续整改/阶段性完成/正在整改 or
written as promises (下一步将 …) with no date; a finished item needs none. Measures introduced as acts already taken (学校已采取以下措施：) are
judged so in any document.
Why an auditor cares: 时限清单 — an item without a date cannot be held to account (可检查、可考核、可问责).
Evidence: the blank field (label included), or the unfinished sentence.
"""

from __future__ import annotations

from checker.analyse.context import FindingContext
from checker.analyse.deadlines import dated, field_label_start, finding_deadline
from checker.analyse.progress import says_finished, unfinished_deadline
from checker.analyse.scan import hit, sentences
from checker.flags import FlagSpec
from checker.models import FlagHit
from checker.text.fold import has_han

CODE = "missing_deadline"


def check(ctx: FindingContext) -> list[FlagHit]:
    f = ctx.finding
    if ctx.measure is None and not f.deadline_field:
        return []
    if f.deadline_field and bool(ctx.c.param(CODE, "finished_field", False)) and _finished_field(ctx):
        return []
    if (ctx.kind in ("plan", "work_report") and not ctx.reported_done and not _closed(ctx) and not _all_done(ctx)) or (
        f.deadline_field
    ):
        d = finding_deadline(ctx)
        if d.state == "blank" and f.deadline is not None:
            start = field_label_start(ctx, d.start)
            end = max(d.end, start + 1) if start < d.start else d.end
            if end <= start:
                a, b = ctx.title_span
                return [hit(CODE, ctx.text, a, b, reason="blank")]
            return [hit(CODE, ctx.text, start, end, reason="blank")]
        if d.state in ("blank", "none"):
            if ctx.measure is not None:
                first = ctx.units[0] if ctx.units else (ctx.measure.start, ctx.measure.end)
                return [hit(CODE, ctx.text, *first, reason="absent")]
            a, b = ctx.title_span
            return [hit(CODE, ctx.text, a, b, reason="absent")]
        return []
    state = unfinished_deadline(ctx)
    if state is not None and state.state in ("none", "blank"):
        return [hit(CODE, ctx.text, state.start, state.end, reason="unfinished")]
    if state is None and ctx.kind == "unknown" and bool(ctx.c.param(CODE, "required_only", False)):
        asked = _required_only(ctx)
        if asked is not None:
            return [hit(CODE, ctx.text, *asked, reason="unfinished")]
    return []


def _required_only(ctx: FindingContext) -> tuple[int, int] | None:
    """In a document of no clear kind, a measure that only asks or assigns the fix (要求…；由县环卫站负责
    清除…) and reports nothing done nor any time is a requirement still to be met: it needs a
    deadline as a plan's item does. The first sentence, or None when any sentence is no such ask."""
    c, text, m = ctx.c, ctx.text, ctx.measure
    if m is None or ctx.c.lex("vague_deadlines").search(text, m.start, m.end) or dated(c, text, m.start, m.end):
        return None
    spans = sentences(text, m.start, m.end)
    if not spans or c.lex("done_markers").search(text, m.start, m.end):
        return None
    asks = [c.pat("delegated_act").search(text, a, b) or c.pat("assigned_act").search(text, a, b) for a, b in spans]
    first = asks[0]
    if first is not None and any(ch in text[first.end() : spans[0][1]] for ch in ":："):
        return spans[0]  # 要求：一是…；二是…: the lead-in asks every point after it
    return spans[0] if all(asks) else None


def _all_done(ctx: FindingContext) -> bool:
    """Does every sentence of the measure report an act already done (已及时更新; 现已归档; 防蝇防尘设施已安装
    到位), with nothing still open, promised or asked of another (param ``done_acts``)? Such an item is
    finished, as one introduced by 已采取以下措施 is, and needs no deadline. A sentence that orders the
    fix (已责令…限期整改, 已下发整改通知书要求…) reports the order, not the fix: the item stays open."""
    c, text, m = ctx.c, ctx.text, ctx.measure
    if m is None or not bool(c.param(CODE, "done_acts", False)):
        return False
    spans = [(a, b) for a, b in sentences(text, m.start, m.end) if has_han(text[a:b])]
    if not spans or not all(c.lex("done_markers").search(text, a, b) for a, b in spans):
        return False
    opens = ("unfinished_markers", "future_markers", "requirement_markers", "vague_deadlines")
    if any(c.lex(name).search(text, m.start, m.end) for name in opens):
        return False
    return c.pat("delegated_act").search(text, m.start, m.end) is None


def _finished_field(ctx: FindingContext) -> bool:
    """Does the item's deadline column say it is finished (整改时限：已完成)? Such an item has met its
    time, and a finished item needs no deadline (lexicons ``finished_status``, ``unfinished_status``)."""
    d = ctx.finding.deadline
    return says_finished(ctx.c, d.view.strip() if d is not None else "")


def _closed(ctx: FindingContext) -> bool:
    """Does the measure say the item is finished (…，经回头看，问题已整改。) and nothing is left to do
    (no unfinished marker after it)? A finished item needs no deadline in any document (rubric
    pattern ``finished_item``)."""
    m = ctx.measure
    if m is None:
        return False
    done = ctx.c.pat("finished_item").search(ctx.text, m.start, m.end)
    return done is not None and ctx.c.lex("unfinished_markers").search(ctx.text, done.end(), m.end) is None


FLAG = FlagSpec(CODE, order=5, check=check)
