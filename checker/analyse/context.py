"""One finding as the analysers see it, with the shared signals computed lazily and once (item
profiles, coverage, the title's place), and the document around the findings."""

from __future__ import annotations

import bisect
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cached_property, wraps
from typing import Any, TypeVar

from checker.analyse.coverage import Coverage, coverage
from checker.analyse.markers import ItemProfile, profile_units
from checker.analyse.scan import Compiled, doc_memo, sentences, span_of
from checker.models import Finding, Report, Span
from checker.text.width import shown_title

T = TypeVar("T")


def per_finding(read: Callable[[FindingContext], T]) -> Callable[[FindingContext], T]:
    """Memoise a reading of one finding in its context: several analysers and the criteria ask the
    same question of a finding (its deadline, whether it only promises, whether it is off target)."""
    key = f"{read.__module__}.{read.__qualname__}"

    @wraps(read)
    def once(ctx: FindingContext) -> T:
        if key not in ctx.extra:
            ctx.extra[key] = read(ctx)
        return ctx.extra[key]

    return once


_PER_DOCUMENT: dict[str, Any] = {}  # tables computed once per document text (doc_memo): measure counts, ends


CLOSED_ENDS = "。！？!?；;…”」』）)】\"'"  # punctuation that closes a sentence or a quotation
_LEAD_IN_REACH = 600  # the fixes a lead-in opens are a short list: look no further back


@dataclass
class FindingContext:
    """One finding as the analysers see it, with shared signals computed lazily and once."""

    report: Report
    finding: Finding
    c: Compiled
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def text(self) -> str:
        """The folded reading view: what every rule matches against."""
        return self.report.view

    @property
    def kind(self) -> str:
        return self.report.kind

    @cached_property
    def measure(self) -> Span | None:
        m = self.finding.measure
        if m is None or not m.view.strip():
            return None
        return m

    @cached_property
    def shared_measure(self) -> bool:
        """The measure is one response that answers several findings at once (an inspecting
        body's requirements, a meeting's closing words), the same text at the same place."""
        return self.shared_by > 1

    @cached_property
    def shared_by(self) -> int:
        """How many findings share this finding's measure (the same text at the same place)."""
        m = self.finding.measure
        if m is None:
            return 0
        memo = doc_memo(_PER_DOCUMENT, "starts", self.text)
        counts = memo.get("counts")
        if counts is None:  # one entry for the whole table: the memo's size limit never empties it
            counts = memo["counts"] = Counter(f.measure.start for f in self.report.findings if f.measure is not None)
        return int(counts[m.start])

    @cached_property
    def reported_done(self) -> bool:
        """The measures are introduced as acts already taken (学校已采取以下措施：): a work report or a
        plan's section that reports what was done, judged as a progress report's items are."""
        return bool(self.done_lead_in)

    @cached_property
    def done_lead_in(self) -> str:
        """The words of the lead-in that introduces the measures as acts already taken (已采取以下措施,
        已制定并落实以下整改措施; rubric lexicon ``done_lead_ins``), or "" when there is none."""
        m = self.measure
        if m is None:
            return ""
        text = self.text
        a = text.rfind("\n", 0, m.start) + 1  # the measure's own line
        # back to the last problem stated before it: the lead-in opens the list of fixes after them
        memo = doc_memo(_PER_DOCUMENT, "finding_ends", text)
        ends = memo.get("ends")
        if ends is None:
            ends = memo["ends"] = sorted(f.finding.end for f in self.report.findings)
        k = bisect.bisect_right(ends, a)
        floor = max(ends[k - 1] if k else 0, a - _LEAD_IN_REACH, 0)
        leads = [ln for ln in text[floor:a].split("\n") if ln.rstrip().endswith(("：", ":"))]
        found = self.c.lex("done_lead_ins").search(leads[-1]) if leads else None
        return found.group(0) if found is not None else ""

    @cached_property
    def cut_by_page(self) -> bool:
        """The text stops inside this finding's measure, mid-sentence: what it would say of owners
        and dates may stand after the cut, so their absence is not held against it."""
        m = self.measure
        if m is None:
            return False
        text = self.text
        memo = doc_memo(_PER_DOCUMENT, "end", text)
        end = memo.get("end")
        if end is None:
            end = memo["end"] = len(text.rstrip())
        if end == 0 or m.end < end - 1:
            return False
        return text[end - 1] not in CLOSED_ENDS

    @cached_property
    def units(self) -> list[tuple[int, int]]:
        """The measure's items (一是…), plus any measure text outside them; sentences when there are none."""
        m = self.measure
        if m is None:
            return []
        items = sorted(
            (max(i.start, m.start), min(i.end, m.end))
            for i in self.finding.measures
            if i.end > m.start and i.start < m.end and i.view.strip()
        )
        if not items:
            return sentences(self.text, m.start, m.end) or [span_of(self.text, m.start, m.end)]
        out: list[tuple[int, int]] = []
        pos = m.start
        for a, b in items:
            if a - pos >= 12:
                out.extend(sentences(self.text, pos, a))
            if b > a:
                out.append(span_of(self.text, a, b))
            pos = max(pos, b)
        if m.end - pos >= 12:
            out.extend(sentences(self.text, pos, m.end))
        return [(a, b) for a, b in out if b > a]

    @cached_property
    def profiles(self) -> list[ItemProfile]:
        m = self.measure
        if m is None or not self.units:
            return []
        units = self.units
        start, end = min([m.start, *(a for a, _ in units)]), max([m.end, *(b for _, b in units)])
        return profile_units(self.c, self.text, units, start, end)

    @cached_property
    def coverage(self) -> Coverage:
        return coverage(self.c, self.text, self.finding, self.measure, self.units, self.profiles)

    @cached_property
    def title_span(self) -> tuple[int, int]:
        """Where the finding's title sits in the text (the finding span's first sentence as a fallback)."""
        f = self.finding
        ts = f.title_span
        title = shown_title(ts.view).strip() if ts is not None else f.title.strip()
        if title:
            pos = self.text.find(title, f.span.start, max(f.span.end, f.finding.end))
            if pos >= 0:
                return pos, pos + len(title)
        sents = sentences(self.text, f.finding.start, f.finding.end)
        if sents:
            return sents[0]
        return span_of(self.text, f.span.start, f.span.end)


@dataclass
class DocumentContext:
    report: Report
    c: Compiled
    findings: list[FindingContext]

    @property
    def text(self) -> str:
        """The folded reading view: what every rule matches against."""
        return self.report.view
