"""Progress-report items: is the item unfinished, and what deadline does its unfinished part give?

An item is unfinished when its status says so (持续整改, 阶段性完成, 正在整改 …; rubric lexicon
``unfinished_status``) or when its measure still speaks of work to come (下一步, 正在, 尚未 …;
lexicon ``unfinished_markers``) or only promises (future_only's test), or when its only timing is an open-ended word (长期坚持, 持续推进,
尽快 …; lexicon ``ongoing_vague_deadlines``) and no date. A finished status (已完成) ends the question.
"""

from __future__ import annotations

from checker.analyse.context import FindingContext, sentences
from checker.analyse.deadlines import Deadline, dated, judge_text


def unfinished_deadline(ctx: FindingContext) -> Deadline | None:
    """``None`` when the item is finished (or has no measure); else the deadline of its unfinished part."""
    c, text, f = ctx.c, ctx.text, ctx.finding
    m = ctx.measure
    if m is None:
        return None
    status = f.status.text if f.status is not None else ""
    if status and c.lex("finished_status").search(status) and not c.lex("unfinished_status").search(status):
        return None
    if f.deadline is not None and f.deadline.text.strip():
        d = judge_text(c, text, f.deadline.start, f.deadline.end)
        if d.state == "dated":
            return None
    if status and c.lex("unfinished_status").search(status):
        if dated(c, text, m.start, m.end):
            return None
        for a, b in sentences(text, m.start, m.end):
            v = c.lex("vague_deadlines").search(text, a, b)
            if v:
                return Deadline("vague", a, b, v.group(0))
        return Deadline("none", f.status.start, f.status.end) if f.status else Deadline("none", m.start, m.end)
    if status and c.lex("finished_status").search(status):
        return None
    if not dated(c, text, m.start, m.end):
        # 长期坚持, 持续推进, 尽快 … as the only timing: the item is still going on, with no date.
        for a, b in sentences(text, m.start, m.end):
            v = c.lex("ongoing_vague_deadlines").search(text, a, b)
            if v:
                return Deadline("vague", a, b, v.group(0))
    from checker.analyse.future_only import promise_only

    # A measure of promises only (我们将积极争取…, 拟…) is unfinished whatever words it uses.
    promised = promise_only(ctx)
    if promised and not dated(c, text, m.start, m.end):
        v = c.lex("vague_deadlines").search(text, m.start, m.end)
        if v:  # 拟逐步…: the promise's only timing is vague
            for a, b in sentences(text, m.start, m.end):
                if a <= v.start() < b:
                    return Deadline("vague", a, b, v.group(0))
    for a, b in sentences(text, m.start, m.end):
        if not c.lex("unfinished_markers").search(text, a, b) and not (promised and c.lex("future_markers").search(text, a, b)):
            continue
        if dated(c, text, a, b):
            return None
        v = c.lex("vague_deadlines").search(text, a, b)
        if v:
            return Deadline("vague", a, b, v.group(0))
        return Deadline("none", a, b)
    return None
