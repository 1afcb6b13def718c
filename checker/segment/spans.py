"""Spans cut from a document by offsets: the words are read from the document, never copied."""

from __future__ import annotations

from collections.abc import Iterator

from checker.models import Document, Item, LabeledField, Report, Span

_WS = " \t\r\n\u3000\u00a0\ufeff"


def trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Shrink ``[start, end)`` past leading and trailing whitespace (full-width spaces too)."""
    while start < end and text[start] in _WS:
        start += 1
    while end > start and text[end - 1] in _WS:
        end -= 1
    return start, end


_CLAUSE_MARKS = "，,；; \t\u3000"


def before_marks(text: str, at: int, floor: int = 0) -> int:
    """Where the words before the clause at ``at`` end: back over its separating marks (，；) and
    blanks, not below ``floor``."""
    while at > floor and text[at - 1] in _CLAUSE_MARKS:
        at -= 1
    return at


def after_marks(text: str, at: int, end: int) -> int:
    """Where the clause after ``at`` starts: past the separating marks (，；) and blanks."""
    while at < end and text[at] in _CLAUSE_MARKS:
        at += 1
    return at


def make_span(doc: Document, start: int, end: int) -> Span:
    return Span.cut(doc, start, end)


def make_item(doc: Document, start: int, end: int, marker: str | None) -> Item:
    return Item.cut(doc, start, end, marker=marker)


def make_field(doc: Document, label: str, label_start: int, start: int, end: int) -> LabeledField:
    return LabeledField.cut(doc, start, end, label=label, label_start=label_start)


def iter_spans(report: Report) -> Iterator[tuple[str, Span]]:
    """Every span of a report with a name saying where it sits (for checks and debugging)."""
    if report.preamble is not None:
        yield "preamble", report.preamble
    for g in report.groups:
        yield "group", g
    for b in report.boilerplate:
        yield f"boilerplate:{b.kind}", b
    for c in report.claims:
        yield "claim", c
        for n in c.numbers:
            yield "claim.number", n
    for f in report.findings:
        tag = f"F{f.index}"
        yield f"{tag}.span", f.span
        yield f"{tag}.finding", f.finding
        for name, spans in (("sub_point", f.sub_points), ("measures", f.measures), ("owner", f.owners),
                            ("owner_field", f.owner_fields)):
            for s in spans:
                yield f"{tag}.{name}", s
        for name, one in (("measure", f.measure), ("status", f.status), ("deadline", f.deadline)):
            if one is not None:
                yield f"{tag}.{name}", one
