"""placeholder — unfilled placeholders (*, XX, ××, 某某, 【】, (待填)) in text meant for publication.

What it does: finds the rubric pattern ``placeholder`` outside boilerplate; an asterisk used as a
footnote mark (``*注:`` at a line start, or a trailing ``*`` after a word when the document has a
note line) is left alone. Placeholders of one finding give one flag on that finding; outside
findings, one document flag per kind of placeholder (*, X, ×, 某某, 【】, 待填) with the count and the
number of lines, so a redacted report gives one flag saying "17 处", not seventeen cards.
Why an auditor cares: a published report with blanks where names and numbers should be cannot be
checked and was not finished.
Evidence: the clause holding the first placeholder of the finding or line.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable
from itertools import accumulate

from checker.analyse.context import DocumentContext
from checker.analyse.scan import hit
from checker.flags import FlagSpec
from checker.models import FlagHit

CODE = "placeholder"
_CLAUSE_END = "。！？!?；;，,\n"


def _footnote(text: str, s: int, e: int, has_notes: bool) -> bool:
    if not text[s:e].strip("*"):
        if text[e : e + 1] == "号":  # 带*号的数据: the note speaking of the mark
            return True
        line_start = text.rfind("\n", 0, s) + 1
        if not text[line_start:s].strip():  # "*注:" / "* 数据来源…" at a line start is the note itself
            return True
        if has_notes and e - s == 1 and s > 0 and not text[s - 1].isdigit():
            nxt = text[e : e + 1]
            return nxt == "" or nxt in _CLAUSE_END or nxt.isspace() or nxt in "）)”"
    return False


def _masked(text: str, s: int, e: int, metadata: re.Pattern[str]) -> bool:
    """An asterisk that hides or computes rather than stands in: digits masked inside a phone or ID
    number (138****0069), a multiplication (``) * 100``), or a document-sharing site's masked uploader
    on its metadata line (上传人:枫**). None of them is a blank left where a number or name belongs."""
    if text[s:e].strip("*＊"):
        return False
    if s > 0 and text[s - 1].isdigit() and text[e : e + 1].isdigit():
        return True
    if _OPERATOR.match(text, e) and _OPERAND.search(text, max(0, s - 4), s):
        return True
    line_start, line_end = text.rfind("\n", 0, s) + 1, text.find("\n", e)
    return metadata.search(text, line_start, line_end if line_end >= 0 else len(text)) is not None


_OPERATOR = re.compile(r"\s+\d")
_OPERAND = re.compile(r"[\d)）]\s+$")


# Clause ends are looked for within this distance only (a search over the whole text for a mark
# the document never uses was quadratic on long reports). Exact: a clause end farther than 80
# characters away only ever leads to the ±20 window below.
_WINDOW = 100


def _clause(text: str, s: int, e: int) -> tuple[int, int]:
    lo, hi = max(0, s - _WINDOW), min(len(text), e + _WINDOW)
    a = max(max(text.rfind(ch, lo, s) for ch in _CLAUSE_END) + 1, lo)
    ends = [i for i in (text.find(ch, e, hi) for ch in _CLAUSE_END) if i >= 0]
    b = min(ends) if ends else hi
    if b - a > 80:
        a, b = max(a, s - 20), min(b, e + 20)
    return a, b


def _owner_lookup(spans: list[tuple[int, int, int]]) -> Callable[[int], int | None]:
    """``owner(pos)``: the index of the first finding span holding ``pos``, or None. Finding spans
    are disjoint, so a binary search finds it (a scan per placeholder was quadratic on long reports)."""
    ordered = sorted(spans)
    starts = [a for a, _, _ in ordered]
    if any(ordered[i][1] > ordered[i + 1][0] for i in range(len(ordered) - 1)):
        return lambda pos: next((idx for a, b, idx in spans if a <= pos < b), None)

    def owner(pos: int) -> int | None:
        i = bisect_right(starts, pos) - 1
        return ordered[i][2] if i >= 0 and pos < ordered[i][1] else None

    return owner


def _covered_lookup(spans: list[tuple[int, int]]) -> Callable[[int], bool]:
    """Whether a position lies in one of ``spans`` (boilerplate), by bisection: a large report has
    thousands of placeholders and of boilerplate lines. Spans may overlap: the furthest end among
    the spans starting at or before a position decides."""
    ordered = sorted(spans)
    starts = [a for a, _ in ordered]
    reach = list(accumulate((b for _, b in ordered), max))

    def covered(pos: int) -> bool:
        i = bisect_right(starts, pos) - 1
        return i >= 0 and reach[i] > pos

    return covered


def _kind(token: str) -> str:
    """What a placeholder is made of, so that 县委第*巡察组 and 集中学习*次 fall in one group."""
    t = token.strip()
    for ch in "*＊XxＸｘ×":
        if ch in t:
            return {"＊": "*", "x": "X", "Ｘ": "X", "ｘ": "X"}.get(ch, ch)
    return t[:2]


def _line_breaks(text: str) -> list[int]:
    """Offsets of every line break, in order (``text.count("\\n", 0, s)`` is a bisection)."""
    out, at = [], text.find("\n")
    while at >= 0:
        out.append(at)
        at = text.find("\n", at + 1)
    return out


def check_document(dctx: DocumentContext) -> list[tuple[int | None, FlagHit]]:
    text = dctx.text
    # A blank in the signature (XXX单位行政部 above the date) is the issuer's name left unfilled.
    signed = bool(dctx.c.param(CODE, "in_signature", False))
    skipped = _covered_lookup([(bp.start, bp.end) for bp in dctx.report.boilerplate if not (signed and bp.kind == "signature")])
    masks = dctx.c.param(CODE, "deliberate_masks", False)
    metadata = dctx.c.pat("site_metadata")
    owner_of = _owner_lookup([(fc.finding.span.start, fc.finding.span.end, fc.finding.index) for fc in dctx.findings])
    has_notes = bool(dctx.c.v.patterns.note_line.search(text))
    # By the finding a placeholder stands in, else by its kind (*, XX, 某某) outside every finding.
    in_finding: dict[int, list[tuple[int, int]]] = {}
    by_kind: dict[str, list[tuple[int, int]]] = {}
    for m in dctx.c.pat("placeholder").finditer(text):
        s, e = m.start(), m.end()
        if skipped(s) or _footnote(text, s, e, has_notes) or (masks and _masked(text, s, e, metadata)):
            continue
        owner = owner_of(s)
        if owner is not None:
            in_finding.setdefault(owner, []).append((s, e))
        else:
            by_kind.setdefault(_kind(m.group(0)), []).append((s, e))
    out: list[tuple[int | None, FlagHit]] = []
    breaks = _line_breaks(text) if in_finding or by_kind else []
    groups: list[tuple[int | None, list[tuple[int, int]]]] = [*in_finding.items(), *((None, f) for f in by_kind.values())]
    # The order groups were first met in: a finding's placeholders and a kind's interleave as in the text.
    groups.sort(key=lambda g: g[1][0][0])
    for where, found in groups:
        a, b = _clause(text, *found[0])
        lines = len({bisect_left(breaks, s) for s, _ in found})  # line numbers, 0-based
        h = hit(CODE, text, a, b, count=len(found), lines=lines, token=text[found[0][0] : found[0][1]])
        out.append((where, h))
    return out


FLAG = FlagSpec(CODE, order=11, check_document=check_document)
