"""Pairing problems with the measures written for them in another section.

A fix says what it answers in three ways, from the most to the least telling: it quotes the problem
(``关于《审计报告》中提出“…”的问题``), it names it or its objects (``针对票价公示不一致的问题``,
``消火栓``), or it carries the problem's number. Numbers are the weakest: real reports skip problem
numbers, list fixes in another order and leave some problems unanswered. So each fix goes to the
problem its opening words share most with, a matching number tipping close calls; a fix that shares
nothing distinctive falls back to its number.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass

from checker.text.patterns import compile_pattern

_QUOTED_RE = compile_pattern(r"[“\"「『]([^”\"」』]{4,})[”\"」』]")
_LEAD_RE = compile_pattern(r"^[^。；]{0,80}")
# 针对…的问题 / 关于…问题 / 对…问题: the fix names what it answers.
_NAMED_RE = compile_pattern(r"^(?:针对|关于|对于?)(?P<n>[^。；]{2,60}?)(?:的)?(?:问题|情况)")
# Words every problem and fix shares: they say nothing about which problem is meant.
_GENERIC = frozenset(
    ["问题", "关于", "针对", "整改", "情况", "方面", "存在", "工作", "进行", "开展", "相关", "有关", "部分", "报告", "审计", "巡察", "检查", "反馈", "提出", "发现", "指出", "已经", "全部", "完成", "落实", "加强", "进一步", "规范", "管理", "不够", "不到", "到位", "及时", "要求", "制度", "单位", "我们", "中的", "的问", "题的"]
)
_HAN_OR_DIGIT = compile_pattern(r"[\u4e00-\u9fff0-9A-Za-z]")
_NUMBER_BONUS = 0.12
_MIN_SIMILARITY = 0.18
_MARGIN = 0.05
_NUMBER_SLACK = 0.2  # a fix keeps its number unless another open problem is this much more like it


@dataclass
class Entry:
    """One numbered problem or fix: ``text[start:end]`` whole, words from ``body``."""

    value: int
    start: int
    body: int
    end: int
    group: object | None = None


def _bigrams(s: str) -> set[str]:
    chars = [c for c in s if _HAN_OR_DIGIT.match(c)]
    grams = {a + b for a, b in itertools.pairwise(chars)}
    return {g for g in grams if g not in _GENERIC and not any(g in w for w in _GENERIC if len(w) > 2)}


def _lead(text: str, e: Entry) -> str:
    """What a fix says it answers: its quotation, else its opening clause(s)."""
    words = text[e.body : e.end]
    q = _QUOTED_RE.search(words[:200])
    if q is not None:
        return q.group(1)
    m = _NAMED_RE.match(words)
    if m is not None:
        return m.group("n")
    m = _LEAD_RE.match(words)
    return m.group() if m else words[:80]


# A figure with its unit (21件, 18.6万元, 12间) names one case: the surest sign of what a fix answers.
_FIGURE_RE = compile_pattern(r"\d+(?:\.\d+)?(?:万元|亿元|元|件|个|名|人次|人|户|笔|项|处|份|家|次|条|间|台|吨|亩|套|本|天|%)")
_FIGURE_WEIGHT = 0.25


def _figures(s: str) -> set[str]:
    return {m.group() for m in _FIGURE_RE.finditer(s) if not re.fullmatch(r"1\D+", m.group())}


def similarity(fix_lead: str, problem: str) -> float:
    """Distinctive bigrams shared, over the smaller of the two sets (a short 针对… phrase and a
    long problem, or a long fix sentence and a short problem title, both score fairly), plus a bonus
    for each figure both name."""
    f, p = _bigrams(fix_lead), _bigrams(problem)
    if not f or not p:
        return 0.0
    shared_figures = len(_figures(fix_lead) & _figures(problem))
    return len(f & p) / min(len(f), len(p)) + min(2, shared_figures) * _FIGURE_WEIGHT


def pair(text: str, problems: list[Entry], fixes: list[Entry]) -> tuple[dict[int, list[int]], list[int], str]:
    """``({problem index: [fix indexes]}, unpaired fix indexes, how)``: each fix answers at most one
    problem; ``how`` is ``number``, ``text`` or ``mixed``, for the outline view."""
    leads = [_lead(text, f) for f in fixes]
    bodies = [text[p.body : p.end] for p in problems]
    sim = [[similarity(lead, b) for b in bodies] for lead in leads]  # sim[fix][problem]
    scored: list[tuple[float, int, int]] = []
    for fi, row in enumerate(sim):
        for pi, value in enumerate(row):
            bonus = _NUMBER_BONUS if problems[pi].value == fixes[fi].value else 0.0
            scored.append((value + bonus, fi, pi))
    scored.sort(key=lambda t: (-t[0], t[1], t[2]))
    by_fix: dict[int, int] = {}
    taken: set[int] = set()
    by_text = 0
    for score, fi, pi in scored:
        if score < _MIN_SIMILARITY or fi in by_fix or pi in taken:
            continue
        # A fix whose best problem is only a hair ahead of another stays for the number pass.
        rivals = [s for s, f2, p2 in scored if f2 == fi and p2 != pi and p2 not in taken]
        if rivals and rivals[0] > score - _MARGIN and problems[pi].value != fixes[fi].value:
            continue
        by_fix[fi] = pi
        taken.add(pi)
        by_text += problems[pi].value != fixes[fi].value
    by_value = {p.value: i for i, p in enumerate(problems)}
    for fi, f in enumerate(fixes):
        if fi in by_fix:
            continue
        pi = by_value.get(f.value)
        # A number names a problem only when the fix says nothing that points elsewhere.
        best_open = max((sim[fi][j] for j in range(len(problems)) if j not in taken), default=0.0)
        if pi is not None and pi not in taken and sim[fi][pi] + 0.001 >= best_open - _NUMBER_SLACK:
            by_fix[fi] = pi
            taken.add(pi)
    out: dict[int, list[int]] = {}
    for fi, pi in sorted(by_fix.items()):
        out.setdefault(pi, []).append(fi)
    unpaired = [fi for fi in range(len(fixes)) if fi not in by_fix]
    how = "number" if by_text == 0 else ("text" if by_text == len(by_fix) else "mixed")
    return out, unpaired, how
