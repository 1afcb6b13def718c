"""Does a report state a completed act where it says neither 已完成 nor 正在推进?

A report often tells what was done without a status word: 2024年4月12日已组织全体干部86人开展教育3场.
Its clauses are read one by one: a clause states a completed act when it is in the perfect (已 …, … 了),
or names an act beside a count of what was done or a date no later than the deadline — and holds no
promise (将, 下一步, 持续) that a perfect mark before it does not govern (已将线索移交 is done). The words
are the review rubric's lexicons named in the trace rules (``words.acted``), with the trace's own few.
"""

from __future__ import annotations

import datetime as dt
import re
from calendar import monthrange
from dataclasses import dataclass

from checker.analyse.scan import compiled, lexicon_regex
from checker.crossdoc.trace_rules import ActedWords
from checker.rubric import Rubric

_CLAUSE = re.compile(r"[，,；;。！？!?：:\n]")
_DATE = re.compile(r"(\d{4})\s*年\s*(\d{1,2})\s*月(?:\s*(\d{1,2})\s*日|\s*(底|末))?")


def calendar_date(year: int, month: int, day: int | None) -> dt.date | None:
    """The date, its month's last day when ``day`` is None (6月底), or None when there is no such day."""
    if not 1 <= month <= 12:
        return None
    try:
        return dt.date(year, month, day or monthrange(year, month)[1])
    except ValueError:
        return None


def parse_date(text: str | None) -> dt.date | None:
    """The first date in ``text`` (2024年6月30日; 2024年6月底 → the month's last day), or None."""
    m = _DATE.search(text or "")
    if m is None:
        return None
    return calendar_date(int(m.group(1)), int(m.group(2)), int(m.group(3)) if m.group(3) else None)


@dataclass(frozen=True)
class _Acted:
    perfect: re.Pattern[str]
    not_perfect: re.Pattern[str]
    act: re.Pattern[str]
    promise: re.Pattern[str]
    count: re.Pattern[str]


def _words(rubric: Rubric, own: list[str], lexicons: list[str]) -> re.Pattern[str]:
    return lexicon_regex([*own, *(w for name in lexicons for w in rubric.lexicons.get(name, []))])


def _compiled(rubric: Rubric, words: ActedWords) -> _Acted:
    """The word lists as patterns, built once per rubric and rule set."""
    c = compiled(rubric)
    key = f"trace_acted:{words.model_dump_json()}"
    found = c.memo.get(key)
    if found is None:
        found = c.memo[key] = _Acted(
            perfect=_words(rubric, words.perfect, words.perfect_lexicons),
            not_perfect=lexicon_regex(words.not_perfect),
            act=_words(rubric, [], words.act_lexicons),
            promise=_words(rubric, words.promise, words.promise_lexicons),
            count=c.pat("count"),
        )
    return found


def _promises(clause: str, w: _Acted) -> bool:
    """A promise word not governed by a perfect mark just before it (已将, 已计划 are done)."""
    for m in w.promise.finditer(clause):
        before = w.perfect.search(clause[max(0, m.start() - 2) : m.start()])
        if before is None:
            return True
    return False


def _acted(clause: str, due: dt.date | None, w: _Acted) -> bool:
    if _promises(clause, w):
        return False
    if w.perfect.search(w.not_perfect.sub("", clause)):
        return True
    if not w.act.search(clause):
        return False
    if w.count.search(clause):
        return True
    when = parse_date(clause)
    return when is not None and due is not None and when <= due


def states_completed_act(text: str, due: dt.date | None, rubric: Rubric, words: ActedWords | None) -> bool:
    """Does ``text`` state an act done (``due``: the plan's deadline, which a dated act must keep)?"""
    if words is None or not text:
        return False
    w = _compiled(rubric, words)
    return any(_acted(clause, due, w) for clause in _CLAUSE.split(text) if clause.strip())
