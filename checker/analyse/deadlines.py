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
    return Deadline("none", m.start, m.end)


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
