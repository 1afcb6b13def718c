"""Deadlines: dated (2020年6月底, 9月底前, 年底前), vague (长期坚持, 即知即改, 尽快, 适时 …) or missing.

A date anywhere in the deadline makes it dated: ``2020年6月底取得阶段性成效并长期坚持`` is not vague.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from checker.analyse.context import FindingContext, per_finding
from checker.analyse.scan import Compiled, sentences


@dataclass(frozen=True)
class Deadline:
    state: str  # "dated" | "vague" | "blank" | "none"
    start: int
    end: int
    vague_word: str = ""


def dated(c: Compiled, text: str, start: int, end: int) -> re.Match[str] | None:
    """The first date in ``text[start:end]`` that can be a deadline: a date after the report's
    closing formula (特此报告 / 20xx年9月13日; rubric pattern ``sign_off``) dates the document,
    not the work."""
    hit = c.pat("deadline_date").search(text, start, end)
    if hit is None:
        return None
    closing = c.pat("sign_off").search(text, start, hit.start())
    return None if closing is not None else hit


def vague(c: Compiled, text: str, start: int, end: int) -> re.Match[str] | None:
    return c.lex("vague_deadlines").search(text, start, end)


_BARE_NUMBER = re.compile(r"\s*\d{1,3}\s*")


def judge_text(c: Compiled, text: str, start: int, end: int) -> Deadline:
    """Classify a deadline value as written."""
    if not text[start:end].strip(" \t\r\n\u3000、，,;；:：。.-—_/"):
        return Deadline("blank", start, end)
    if dated(c, text, start, end) or _bare_period(c, text, start, end):
        return Deadline("dated", start, end)
    v = vague(c, text, start, end)
    if v:
        return Deadline("vague", start, end, v.group(0))
    return Deadline("none", start, end)


def _bare_period(c: Compiled, text: str, start: int, end: int) -> bool:
    """A deadline column holding a bare number (整改完成时限 | 15) gives a period whose unit the
    header implies: a deadline, as 15天 is (rubric param ``bare_number_period`` of missing_deadline)."""
    if not c.param("missing_deadline", "bare_number_period", False):
        return False
    return _BARE_NUMBER.fullmatch(text, start, end) is not None


def field_label_start(ctx: FindingContext, value_start: int) -> int:
    """Start of the ``整改时限:`` label before a deadline value (the value itself when no label is found)."""
    text = ctx.text
    lo = max(ctx.finding.span.start, value_start - 20)
    starts = [m.start() for m in ctx.c.pat("deadline_label").finditer(text, lo, value_start + 1)]
    return starts[-1] if starts else value_start


@per_finding
def finding_deadline(ctx: FindingContext) -> Deadline:
    """The finding's deadline: its field when the layout has one, else a date inside the measure."""
    f = ctx.finding
    if f.deadline_field or (f.deadline is not None):
        d = f.deadline
        if d is None:
            return Deadline("blank", f.span.start, f.span.start)
        return judge_text(ctx.c, ctx.text, d.start, d.end)
    m = ctx.measure
    if m is None:
        return Deadline("none", f.span.start, f.span.start)
    hit = dated(ctx.c, ctx.text, m.start, m.end)
    if hit:
        return Deadline("dated", hit.start(), hit.end())
    # In a plan every item needs a date, so any vague timing word is the deadline given (常态化开展);
    # elsewhere only the words that can only be timing (尽快, 立行立改) count.
    words = ctx.c.lex("vague_deadlines" if ctx.kind == "plan" else "inline_vague_deadlines")
    for a, b in sentences(ctx.text, m.start, m.end):
        v = next((v for v in words.finditer(ctx.text, a, b) if not _pledge(ctx.c, ctx.text, v)), None)
        if v:
            if _open_limit_after(ctx.c, ctx.text, v, m.end):
                break  # what cannot be done at once is left to a limit with no period: no deadline
            return Deadline("vague", a, b, v.group(0))
    lead = _lead_in_timing(ctx) if ctx.kind in ("plan", "work_report") else None
    if lead is not None:
        return lead
    return Deadline("none", m.start, m.end)


_LEAD_IN_REACH = 600  # a lead-in opens a short list of fixes: look no further back
_SENTENCE_END = re.compile(r"[。！？!?\n]")


def _lead_in_timing(ctx: FindingContext) -> Deadline | None:
    """The timing of the lead-in that opens the list this measure is an item of (1. 立即对排查出的隐患
    进行整改，包括：(1)更换…；(2)清理…): it times every item after it, as a time written in the item
    would (param ``lead_in_timing`` of vague_deadline). The lead-in stands after the last finding
    stated before the measure, ends with a colon, and only sibling items lie between it and the
    measure; one that reports the fix begun (已制定…方案，并立即组织实施：) says when the work
    started, not by when it is done."""
    c, text, m = ctx.c, ctx.text, ctx.measure
    if m is None or not c.param("vague_deadline", "lead_in_timing", False):
        return None
    ends = [f.finding.end for f in ctx.report.findings if f.finding.end <= m.start]
    floor = max([m.start - _LEAD_IN_REACH, 0, *ends])
    colon = max(text.rfind("：", floor, m.start), text.rfind(":", floor, m.start))
    if colon < 0:
        return None
    between = text[colon + 1 : m.start]
    # the earlier items of the same list: clauses, not sentences closed before a new line of prose
    if any(ch in between for ch in "。！？!?") and not all(
        text[i + 1 : i + 2] in ("\n", "") for i in range(colon + 1, m.start) if text[i] in "。！？!?"
    ):
        return None
    breaks = [b.end() for b in _SENTENCE_END.finditer(text, floor, colon)]
    start = breaks[-1] if breaks else floor
    if not text[start:colon].strip() or c.lex("done_markers").search(text, start, colon):
        return None
    if dated(c, text, start, colon):
        return Deadline("dated", start, colon)
    v = next((v for v in c.lex("vague_deadlines").finditer(text, start, colon) if not _pledge(c, text, v)), None)
    return Deadline("vague", start, colon, v.group(0)) if v else None


_CLAUSE_BREAK = re.compile(r"[，,；;。\n]")


def _open_limit_after(c: Compiled, text: str, word: re.Match[str], end: int) -> bool:
    """After an at-once word, a later clause that leaves the rest to a limit with no period (现场立即
    整改，未能当场整改的…督促其负责人限期整改): the items still open have no deadline (param
    ``open_limit_after`` of missing_deadline; rubric pattern ``open_limit``). 立即或限期整改, the two
    in one clause, stays a vague deadline."""
    if not c.param("missing_deadline", "open_limit_after", False):
        return False
    words = c.lex("vague_deadlines")
    for limit in c.pat("open_limit").finditer(text, word.end(), end):
        breaks = [b.end() for b in _CLAUSE_BREAK.finditer(text, word.end(), limit.start())]
        if breaks and words.search(text, breaks[-1], limit.end()) is None:
            return True
    return False


def _pledge(c: Compiled, text: str, word: re.Match[str]) -> bool:
    """A timing word that is itself a slogan (坚持不懈，持续推进; 常抓不懈) pledges effort and gives no
    time at all (param ``slogan_gives_no_time`` of vague_deadline)."""
    if not c.param("vague_deadline", "slogan_gives_no_time", False):
        return False
    s = c.lex("slogans").match(text, word.start(), word.end())
    return s is not None and s.end() == word.end()
