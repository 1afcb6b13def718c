"""Arithmetic inside one sentence of a finding or a measure: counts against a stated rate
(46个中38个…, 整改率85% → 82.6%), and parts against a stated total (共18个，其中7个、6个、4个).

Only exact figures take part: 多/余/以上 (at least) and 近/约/左右 (about) make a figure approximate,
which is never called a contradiction except far outside the rubric's tolerance. Rounding or
truncating to the stated precision is fine (18/21 → 86%, 1691/1786 → 94%).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass

from checker.vocabulary import Vocabulary

_SENT = re.compile(r"[^。！？!?\n]+")
_DIGITS = re.compile(r"\d+")


@dataclass(frozen=True)
class Count:
    value: int
    unit: str
    start: int
    end: int
    approximate: bool
    total_word: bool  # 共/总计/合计 before it
    role: bool  # 已完成/正在整改 … just before it


def _counts(v: Vocabulary, text: str, a: int, b: int) -> list[Count]:
    out = []
    w = v.words
    for m in v.patterns.sentence_count.finditer(text, a, b):
        pre = m.group("pre") or ""
        approx = bool(m.group("approx") or m.group("post") or pre in w.count_approximate)
        before = text[max(a, m.start() - 8) : m.start()]
        out.append(
            Count(int(m.group("num")), m.group("unit"), m.start(), m.end(), approx,
                  pre in w.count_totals, bool(v.patterns.count_role.search(before)))
        )
    return out


def _rate_ok(done: int, total: int, stated: float, decimals: int, approx: bool, tolerance: float) -> bool:
    actual = 100.0 * done / total
    if approx:
        return abs(actual - stated) <= tolerance
    scale = 10**decimals
    rounded = int(actual * scale + 0.5 + 1e-9) / scale
    truncated = int(actual * scale + 1e-9) / scale
    return abs(rounded - stated) < 1e-9 or abs(truncated - stated) < 1e-9


def _rate_problem(v: Vocabulary, text: str, a: int, b: int, counts: list[Count], tolerance: float) -> str | None:
    rates = list(v.patterns.sentence_rate.finditer(text, a, b))
    exact = [c for c in counts if not c.approximate]
    if len(rates) != 1 or len(exact) != 2 or exact[0].unit != exact[1].unit:
        return None
    r = rates[0]
    if not v.patterns.rate_word.search(text, max(a, r.start() - 8), r.start()):
        return None  # 提高到9.26%: a level, not the share of these counts
    if r.group("pre") in v.words.rate_approximate or r.group("post"):
        return None
    total, part = max(exact, key=lambda c: c.value), min(exact, key=lambda c: c.value)
    if total.value <= 0 or part.value == total.value:
        return None
    stated = float(r.group("num"))
    decimals = len(r.group("num").split(".", 1)[1]) if "." in r.group("num") else 0
    # The rate may be the part's share or the rest's (38 of 46 整改, 17.4% 未整改).
    if _rate_ok(part.value, total.value, stated, decimals, False, tolerance):
        return None
    if _rate_ok(total.value - part.value, total.value, stated, decimals, False, tolerance):
        return None
    return f"{part.value}/{total.value} ≠ {r.group('num')}%"


def _sum_problem(v: Vocabulary, text: str, counts: list[Count]) -> str | None:
    """The first count as a total and the rest as its parts, when the sentence says so (共/合计 before
    the total, 其中 or …中 after it, or parts named by status: 已完成…, 正在整改…)."""
    if len(counts) < 3:
        return None
    total, rest = counts[0], counts[1:]
    parts = [c for c in rest if c.unit == total.unit]
    if total.approximate or len(parts) != len(rest) or any(c.approximate for c in parts):
        return None
    between = text[total.end : parts[0].start]
    split = (
        total.total_word or any(w in between for w in v.words.parts_follow)
        or v.patterns.sentence_of.match(between) is not None or all(c.role for c in parts)
    )
    s = sum(c.value for c in parts)
    mixed = any(c.role for c in parts) and not all(c.role for c in parts)  # a breakdown, then a status
    if not split or mixed or s == total.value or any(c.value > total.value for c in parts):
        return None
    # Fewer than the total is a contradiction only when the parts read as the whole: three or more
    # listed, or the done/ongoing split of the total; two named parts may be a subset.
    if s > total.value or len(parts) >= 3 or all(c.role for c in parts):
        return f"{' + '.join(str(c.value) for c in parts)} ≠ {total.value}"
    return None


def sentence_problems(v: Vocabulary, text: str, start: int, end: int, tolerance: float) -> list[tuple[int, int, str]]:
    """``(start, end, why)`` for each sentence of ``text[start:end]`` whose own figures disagree."""
    out: list[tuple[int, int, str]] = []
    # Either contradiction takes three numbers (two counts and a rate, or a total and two parts), each
    # its own run of digits (a count's ends in a unit word, a rate's in %; a run never crosses a
    # sentence end): a sentence with fewer runs is skipped without reading its counts.
    runs = [m.start() for m in _DIGITS.finditer(text, start, end)]
    if len(runs) < 3:
        return out
    for m in _SENT.finditer(text, start, end):
        a, b = m.start(), m.end()
        i = bisect_left(runs, a)
        if i + 2 >= len(runs) or runs[i + 2] >= b:
            continue
        counts = _counts(v, text, a, b)
        if len(counts) < 2:
            continue
        why = _rate_problem(v, text, a, b, counts, tolerance) or _sum_problem(v, text, counts)
        if why:
            out.append((a, b, why))
    return out
