"""Reading of last resort ``owner_item_runs``: a notice naming, in one sentence, each unit with the numbers
of the items it is answerable for that fall short, then one requirement for them all.

    其中，由县住建局负责的第3件、县水利局负责的第7、9件、县林业局负责的第12件事项推进缓慢，
    请以上责任单位倒排工期，确保按期办结。

A 督查通报 on the items a meeting or a leader assigned often closes by listing the items that lag as a
run of entries joined at 、, each a unit and its items (X负责的第N件, X承办的第N、M项:
``owner_item_entry``), the run ending on the fault they share (进展滞后, 推进缓慢: ``problem_words``),
and a requirement that follows it in the same sentence (请以上责任单位…: ``owner_items_requirement``).
When no other layout reads the document, each entry is a finding, the fault its group and the
requirement, to the sentence's end, the measure of every one.
"""

from __future__ import annotations

import re

from checker.segment.document import Doc
from checker.segment.draft import Draft
from checker.segment.layouts.base import LayoutResult, body_preamble
from checker.segment.lines import Line

_MIN_ENTRIES = 2  # one unit alone is a remark, not a list of who lags
_JOINT = "、"
_CLAUSE_END_RE = re.compile(r"[，,。；;！!]")
_SENTENCE_END_RE = re.compile(r"[。；;！!]")


def _runs(doc: Doc, ln: Line) -> list[list[tuple[int, int]]]:
    """The runs of unit-and-items entries joined at 、 in a paragraph."""
    text, runs = doc.text, []
    run: list[tuple[int, int]] = []
    for m in doc.v.patterns.owner_item_entry.finditer(text, ln.body_start, ln.end):
        a, b = m.start("unit"), m.end()
        if run and text[run[-1][1] : a] != _JOINT:
            runs.append(run)
            run = []
        run.append((a, b))
    if run:
        runs.append(run)
    return [r for r in runs if len(r) >= _MIN_ENTRIES]


def _fault_and_requirement(doc: Doc, ln: Line, end: int) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """After a run ending at ``end``: the clause that tells the fault its entries share and the requirement
    that follows it to the sentence's end, or None when either is missing."""
    text, p = doc.text, doc.v.patterns
    stop = _CLAUSE_END_RE.search(text, end, ln.end)
    if stop is None or text[stop.start()] not in "，,":
        return None
    if p.problem_words.search(text, end, stop.start()) is None:
        return None
    at = stop.end()
    if p.owner_items_requirement.match(text, at, ln.end) is None:
        return None
    close = _SENTENCE_END_RE.search(text, at, ln.end)
    return (end, stop.start()), (at, close.start() if close is not None else ln.end)


def owner_item_runs_layout(doc: Doc) -> LayoutResult | None:
    """The findings of a notice listing the units whose items lag, or None when it has no such run."""
    drafts: list[Draft] = []
    for ln in doc.body:
        for run in _runs(doc, ln):
            tail = _fault_and_requirement(doc, ln, run[-1][1])
            if tail is None:
                continue
            fault, requirement = tail
            for a, b in run:
                d = Draft(start=a, end=b, finding=(a, b), group=fault)
                d.blocks.append(requirement)
                drafts.append(d)
    if not drafts:
        return None
    return LayoutResult("owner_item_runs", drafts, [], body_preamble(doc, drafts[0].start), pairing="text")
