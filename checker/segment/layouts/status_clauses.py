"""Reading of last resort ``status_clauses``: a revisit's result told in one sentence, a clause a site.

    督查结果：甲小区井盖已修复，牛皮癣已清理，但仍有垃圾堆放；乙公寓乱栽乱种未清理；
    丙宿舍大堆木材已清除；丁小区乱晾晒现象仍存在。

    现将整改情况汇报如下：丙处现有多家施工方，堆有建筑垃圾。因正在施工，已用网覆盖；
    关于丁处的垃圾，目前正在进行清理；戊处的枯枝树叶已清理。

A check of what earlier problems became (回头看, 督查交办事项的落实情况), or a reply on them, often
writes no problem and no measure apart: each clause at ； names a site or an object with what was
wrong there and how it stands now, done (已修复, 已清理, 正在清理: ``status_done``) or not
(未整改, 仍存在, 但还有: ``status_open``). When no other layout reads the document, three or more
such clauses in a row, joined at ； at least twice, are its findings, each clause whole. Its measure
runs from its first comma-clause that acts (``action_words``) to its last one before what is still
open (甲小区井盖已修复，牛皮癣已清理 | 但仍有垃圾堆放); a clause that tells only of what is open has
none. After a lead-in that announces the list (现将…如下：, ``letter_lead_in``) the first clause
starts at the colon, however many sentences it takes to reach its ；.
"""

from __future__ import annotations

import re

from checker.segment.document import Doc
from checker.segment.draft import Draft
from checker.segment.layouts.base import LayoutResult, body_preamble
from checker.segment.lines import Line
from checker.segment.spans import trim
from checker.text.sentences import SENTENCE_STOPS

_MIN_CLAUSES = 3  # fewer: a passing remark on a site or two, not a list of how each stands
_MIN_JOINTS = 2  # clauses joined at ； at least this often: a list, not sentences of a story
_MIN_CHARS = 6  # a shorter clause names nothing it could tell the status of
_CLAUSE_END_RE = re.compile(f"[{SENTENCE_STOPS}]")
_LIST_JOINT = "；;"
_COLON_RE = re.compile(r"[：:]")
# a comma-clause of a clause at ； ends at a comma, or at a full stop inside it (…。因正在施工，已用网覆盖；)
_PIECE_END_RE = re.compile(r"[，,。]")


def _clauses(doc: Doc, ln: Line) -> list[tuple[int, int, str]]:
    """The clauses of a paragraph: start, end and the stop that ends each ('' at the paragraph's end)."""
    text, out, a = doc.text, [], ln.body_start
    for m in _CLAUSE_END_RE.finditer(text, ln.body_start, ln.end):
        out.append((a, m.start(), m.group()))
        a = m.end()
    if a < ln.end:
        out.append((a, ln.end, ""))
    return out


def _is_status(doc: Doc, a: int, b: int) -> bool:
    """Does clause ``a:b`` tell how a site stands, done or still open (``status_done``, ``status_open``)?"""
    p = doc.v.patterns
    a, b = trim(doc.text, a, b)
    if b - a < _MIN_CHARS:
        return False
    return p.status_done.search(doc.text, a, b) is not None or p.status_open.search(doc.text, a, b) is not None


def _measure(doc: Doc, a: int, b: int) -> tuple[int, int] | None:
    """The clause's account of what was done: from its first comma-clause that acts to its last one
    before what it says is still open, or None when no part acts."""
    text, p = doc.text, doc.v.patterns
    still = p.status_open.search(text, a, b)
    stop = still.start() if still is not None else b
    pieces, at = [], a
    for m in _PIECE_END_RE.finditer(text, a, stop):
        pieces.append((at, m.start()))
        at = m.end()
    turn = p.status_turn_tail.search(text, at, stop)
    pieces.append((at, turn.start() if turn is not None else stop))
    acts = [(s, e) for s, e in pieces if e > s and p.action_words.search(text, s, e) is not None]
    return (acts[0][0], acts[-1][1]) if acts else None


def _lead_in_colon(doc: Doc, ln: Line, before: int) -> int | None:
    """The end of a lead-in colon (现将整改落实情况汇报如下：) in the paragraph before ``before`` with no
    ； after it: the list it announces starts there."""
    text = doc.text
    for m in _COLON_RE.finditer(text, ln.body_start, before):
        colon = m.end()
        if doc.v.patterns.letter_lead_in.search(text, ln.body_start, colon) is not None and not any(
            c in _LIST_JOINT for c in text[colon:before]
        ):
            return colon
    return None


def _runs(doc: Doc, ln: Line) -> list[list[tuple[int, int]]]:
    """The runs of status clauses in a paragraph that make a list of them."""
    runs: list[list[tuple[int, int, str]]] = [[]]
    for a, b, stop in _clauses(doc, ln):
        if _is_status(doc, a, b):
            runs[-1].append((a, b, stop))
        elif runs[-1]:
            runs.append([])
    out = []
    for run in runs:
        joints = sum(1 for _, _, stop in run[:-1] if stop in _LIST_JOINT)
        if len(run) < _MIN_CLAUSES or joints < _MIN_JOINTS:
            continue
        clauses = [(a, b) for a, b, _ in run]
        colon = _lead_in_colon(doc, ln, clauses[0][0])
        if colon is not None:
            clauses[0] = (colon, clauses[0][1])
        out.append(clauses)
    return out


def status_clauses_layout(doc: Doc) -> LayoutResult | None:
    """The findings of a revisit told a clause a site, or None when the document has no such list."""
    drafts: list[Draft] = []
    for ln in doc.body:
        for run in _runs(doc, ln):
            for a, b in run:
                a, b = trim(doc.text, a, b)
                d = Draft(start=a, end=b, finding=(a, b), loose=True)
                measure = _measure(doc, a, b)
                if measure is not None:
                    d.blocks.append(trim(doc.text, *measure))
                drafts.append(d)
    if not drafts:
        return None
    return LayoutResult("status_clauses", drafts, [], body_preamble(doc, drafts[0].start), pairing="adjacency")
