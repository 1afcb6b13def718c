"""Progress-report items: is the item unfinished, and what deadline does its unfinished part give?

An item is unfinished when its status says so (持续整改, 阶段性完成, 正在整改 …; rubric lexicon
``unfinished_status``) or when its measure still speaks of work to come (下一步, 正在, 尚未 …;
lexicon ``unfinished_markers``) or only promises (future_only's test), or when its only timing is an open-ended word (长期坚持, 持续推进,
尽快 …; lexicon ``ongoing_vague_deadlines``) and no date. A finished status (已完成) ends the question.
"""

from __future__ import annotations

import re

from checker.analyse.context import FindingContext, per_finding
from checker.analyse.deadlines import Deadline, dated, judge_text
from checker.analyse.scan import Compiled, sentences


def says_finished(c: Compiled, status: str) -> bool:
    """Does an item's status (or deadline column) say it is finished (已完成), and not only partly
    (基本完成, 持续整改)? Lexicons ``finished_status`` and ``unfinished_status``."""
    return bool(status) and c.lex("finished_status").search(status) is not None and (
        c.lex("unfinished_status").search(status) is None
    )


@per_finding
def unfinished_deadline(ctx: FindingContext) -> Deadline | None:
    """``None`` when the item is finished (or has no measure); else the deadline of its unfinished part."""
    c, text, f = ctx.c, ctx.text, ctx.finding
    m = ctx.measure
    if m is None:
        return None
    status = f.status.view if f.status is not None else ""
    if says_finished(c, status):
        return None
    if f.deadline is not None and f.deadline.view.strip():
        d = judge_text(c, text, f.deadline.start, f.deadline.end)
        if d.state == "dated":
            return None
    if status and c.lex("unfinished_status").search(status):
        part = _unfinished_part(ctx)
        if part is not None:
            return part  # the still-open part of the item, judged on its own timing
        if dated(c, text, m.start, m.end):
            return None
        for a, b in sentences(text, m.start, m.end):
            v = c.lex("vague_deadlines").search(text, a, b)
            if v:
                return Deadline("vague", a, b, v.group(0))
        if f.status is not None:
            v = c.lex("vague_deadlines").search(text, f.status.start, f.status.end)
            if v:  # 整改状态：持续推进 - the status is the only timing, and it is vague
                return Deadline("vague", f.status.start, f.status.end, v.group(0))
            return Deadline("none", f.status.start, f.status.end)
        return Deadline("none", m.start, m.end)
    if status and c.lex("finished_status").search(status):
        return None
    by_sentence = bool(c.param("vague_deadline", "ongoing_by_sentence", False))
    if by_sentence or not dated(c, text, m.start, m.end):
        # 长期坚持, 持续推进, 尽快 … as the only timing: the item is still going on, with no date. With
        # ``ongoing_by_sentence`` the date must stand in that sentence: a date of what was done
        # (10月18日组织核查…) does not time what goes on after it (将继续跟踪…尽快办理).
        for a, b in sentences(text, m.start, m.end):
            v = c.lex("ongoing_vague_deadlines").search(text, a, b)
            if v and not (by_sentence and dated(c, text, a, b)):
                return Deadline("vague", a, b, v.group(0))
    from checker.analyse.readings import promise_only

    # An item that reports its rectification complete (整改已完成) is finished: a closing 下一步 remark
    # about continuing work does not reopen it.
    partial = _partial_claim(c, text, m.start, m.end)
    if partial is None and (
        c.lex("completion_claims").search(text, m.start, m.end) or c.pat("completed").search(text, m.start, m.end)
    ):
        return None
    # A measure of promises only (我们将积极争取…, 拟…) is unfinished whatever words it uses.
    # A promise of exhortations only (将进一步加强…) is formalism's, and has no act to put a date on.
    promised = promise_only(ctx) and not all(p.exhortation_only for p in ctx.profiles)
    if promised and not dated(c, text, m.start, m.end):
        v = c.lex("vague_deadlines").search(text, m.start, m.end)
        if v:  # 拟逐步…: the promise's only timing is vague
            for a, b in sentences(text, m.start, m.end):
                if a <= v.start() < b:
                    return Deadline("vague", a, b, v.group(0))
    for a, b in sentences(text, m.start, m.end):
        u = (
            c.lex("unfinished_markers").search(text, a, b)
            or (promised and c.lex("future_markers").search(text, a, b))
            or (partial if partial is not None and a <= partial.start() < b else None)
        )
        if not u or _done_after(c, text, u.end(), b, partial):
            continue  # nothing open, or what was open is reported done further on
        if dated(c, text, _open_from(c, text, a, u.start()), b):
            return None
        v = c.lex("vague_deadlines").search(text, a, b)
        if v:
            return Deadline("vague", a, b, v.group(0))
        return Deadline("none", a, b)
    return None


_CLAUSE_BREAKS = "，,；;"


def _done_after(c: Compiled, text: str, start: int, end: int, partial: re.Match[str] | None) -> bool:
    """Is something reported done in ``text[start:end]``? The 已 of a claim that the work is only partly
    done (已基本完成) reports nothing finished."""
    for d in c.lex("done_markers").finditer(text, start, end):
        if partial is None or not (partial.start() - 3 <= d.start() < partial.end()):
            return True
    return False


def _partial_claim(c: Compiled, text: str, start: int, end: int) -> re.Match[str] | None:
    """A completion claim that says the work is only partly done (目前已基本完成整改; 初步完成; lexicon
    ``partial_completion``), when no claim in the measure says it is wholly done: like the status
    基本完成, it leaves the rest of the item open, to be timed (param ``partial_claim_open`` of
    missing_deadline). None when the param is off or no such claim stands."""
    if not c.param("missing_deadline", "partial_claim_open", False):
        return None
    part = c.lex("partial_completion").search(text, start, end)
    if part is None:
        return None
    whole = [
        w for w in (*c.lex("completion_claims").finditer(text, start, end), *c.pat("completed").finditer(text, start, end))
        if c.lex("partial_completion").search(text, max(start, w.start() - 2), w.end()) is None
    ]
    return None if whole else part


def _open_from(c: Compiled, text: str, sent_start: int, pos: int) -> int:
    """Where the open part of a sentence starts, for the marker at ``pos``: after the last clause that
    reports something done. A date before that (截至6月底已退还…，剩余36人次正在联系中) belongs to the
    finished part; a date with a promise (计划12月底前…，拟…) still times what is promised."""
    done = [m.end() for m in c.lex("done_markers").finditer(text, sent_start, pos)]
    if not done:
        return sent_start
    last = max(done)
    return max([last] + [text.rfind(ch, last, pos) + 1 for ch in _CLAUSE_BREAKS])


def _unfinished_part(ctx: FindingContext) -> Deadline | None:
    """In an item marked unfinished, the clause that says what is still open (正在…, 尚未…) and the
    timing given from there on: ``None`` when no clause says so."""
    c, text, m = ctx.c, ctx.text, ctx.measure
    assert m is not None
    for a, b in sentences(text, m.start, m.end):
        u = c.lex("unfinished_markers").search(text, a, b)
        if not u:
            continue
        if c.lex("done_markers").search(text, u.end(), b):
            continue  # 正在整改中…截止目前整改已完成: what was open is done
        start = _open_from(c, text, a, u.start())
        if dated(c, text, start, b):
            return None
        v = c.lex("vague_deadlines").search(text, start, b)
        return Deadline("vague", a, b, v.group(0)) if v else Deadline("none", a, b)
    return None
