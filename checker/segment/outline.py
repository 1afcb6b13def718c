"""A report's outline as a model proposes it — short exact quotes — and its check against the text.

The model never gives offsets: it quotes where each problem and its measure begin and end. The
check is code, not trust: every quote must occur in the text (see :mod:`checker.segment.quotes`),
problems in reading order, a measure after its own problem, no two spans overlapping, owner and
deadline quotes inside their finding. Each failure is one sentence naming the finding and the
quote, so it can be sent back to the model as it stands.
"""

from __future__ import annotations

from dataclasses import dataclass

from pydantic import BaseModel, ConfigDict, Field

from checker.models import DocumentKind
from checker.segment.quotes import QuoteIndex, normalise_quote

OUTLINE_SCHEMA_VERSION = "1"  # bump when the answer shape changes: part of the cache key


class OutlineFinding(BaseModel):
    """One finding: where its problem and its measure begin and end, quoted verbatim."""

    model_config = ConfigDict(extra="forbid")

    problem_quote_start: str = Field(description="问题开头的原文，逐字复制，约8–20字")
    problem_quote_end: str = Field(description="问题结尾的原文，逐字复制，约8–20字")
    measure_quote_start: str | None = Field(description="整改措施开头的原文，逐字复制；没有整改措施时为 null")
    measure_quote_end: str | None = Field(description="整改措施结尾的原文，逐字复制；没有整改措施时为 null")
    owner_quote: str | None = Field(description="责任单位或责任人的原文，没有时为 null")
    deadline_quote: str | None = Field(description="整改时限的原文，没有时为 null")


class OutlineAnswer(BaseModel):
    """The model's reading of a report (or of one window of it)."""

    model_config = ConfigDict(extra="forbid")

    kind: DocumentKind = Field(description="文件类型")
    findings: list[OutlineFinding] = Field(description="按原文顺序列出的问题")


@dataclass(frozen=True)
class Located:
    """One finding of a validated outline, in offsets of the text as given."""

    problem: tuple[int, int]
    measure: tuple[int, int] | None = None
    owner: tuple[int, int] | None = None
    deadline: tuple[int, int] | None = None

    @property
    def spans(self) -> list[tuple[int, int]]:
        return [self.problem] + ([self.measure] if self.measure else [])

    @property
    def size(self) -> int:
        return sum(b - a for a, b in self.spans)


def _clip(quote: str) -> str:
    return quote if len(quote) <= 30 else quote[:29] + "…"


class _Locator:
    def __init__(self, index: QuoteIndex, lo: int, hi: int) -> None:
        self.index, self.lo, self.hi = index, lo, hi
        self.taken: list[tuple[int, int]] = []
        self.errors: list[str] = []

    def find(self, n: int, field: str, quote: str, after: int, not_before: int | None = None) -> tuple[int, int] | None:
        """The first occurrence starting at or after ``after`` (ending at or after ``not_before``) and
        outside the spans already taken; an error when there is none."""
        found = self.index.occurrences(quote, self.lo, self.hi)
        for a, b in found:
            if a >= after and b >= (not_before or 0) and not any(s <= a < e for s, e in self.taken):
                return a, b
        if not normalise_quote(quote):
            self.errors.append(f"第{n}条的 {field} 为空")
        elif not found:
            self.errors.append(f"第{n}条的 {field}“{_clip(quote)}”在原文中找不到")
        else:
            self.errors.append(f"第{n}条的 {field}“{_clip(quote)}”不在应有的位置（顺序颠倒或与其他片段重叠）")
        return None


def validate_outline(
    index: QuoteIndex, answer: OutlineAnswer, lo: int = 0, hi: int | None = None
) -> tuple[list[Located], list[str]]:
    """The findings of ``answer`` located in ``index.text[lo:hi]``, and every error found (the
    findings are only usable when there is none)."""
    hi = len(index.text) if hi is None else hi
    loc = _Locator(index, lo, hi)
    out: list[Located] = []
    problem_cursor = lo
    for n, f in enumerate(answer.findings, 1):
        ps = loc.find(n, "problem_quote_start", f.problem_quote_start, problem_cursor)
        if ps is None:
            continue
        pe = loc.find(n, "problem_quote_end", f.problem_quote_end, ps[0], ps[1])
        if pe is None:
            continue
        problem = (ps[0], pe[1])
        problem_cursor = problem[1]
        loc.taken.append(problem)
        measure = None
        if (f.measure_quote_start is None) != (f.measure_quote_end is None):
            loc.errors.append(f"第{n}条的 measure_quote_start 和 measure_quote_end 须同时给出或同时为 null")
        elif f.measure_quote_start is not None and f.measure_quote_end is not None:
            ms = loc.find(n, "measure_quote_start（须在其问题之后）", f.measure_quote_start, problem[1])
            me = ms and loc.find(n, "measure_quote_end", f.measure_quote_end, ms[0], ms[1])
            if ms is None or me is None:
                continue
            measure = (ms[0], me[1])
            loc.taken.append(measure)
        region = (problem[0], max(problem[1], measure[1] if measure else 0))
        fields = {}
        for name, quote in (("owner_quote", f.owner_quote), ("deadline_quote", f.deadline_quote)):
            if quote is None:
                continue
            hits = index.occurrences(quote, *region)
            if hits:
                fields[name] = hits[0]
            else:
                loc.errors.append(f"第{n}条的 {name}“{_clip(quote)}”不在该条问题及其整改措施的原文之内")
        out.append(Located(problem, measure, fields.get("owner_quote"), fields.get("deadline_quote")))
    loc.errors.extend(overlaps(out))
    return out, loc.errors


def overlaps(findings: list[Located]) -> list[str]:
    """One error for each pair of spans (problems and measures) that share text."""
    spans = sorted(
        (a, b, f"第{n}条的{'问题' if i == 0 else '整改措施'}")
        for n, f in enumerate(findings, 1)
        for i, (a, b) in enumerate(f.spans)
    )
    errors = []
    reach, who = -1, ""  # the furthest end so far, and whose it is
    for a, b, what in spans:
        if a < reach:
            errors.append(f"{who}与{what}在原文中重叠")
        if b > reach:
            reach, who = b, what
    return errors
