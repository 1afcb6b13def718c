"""Anchor a comment on exactly a span of the text as read: split the runs where the span starts
or ends inside one, then mark the range from the first run to the last.

A split copies the run (its properties with it), so the two halves look exactly like the
original; nothing else in the document moves.
"""

from __future__ import annotations

import copy
from collections import defaultdict

from docx.document import Document
from docx.oxml.ns import qn
from docx.oxml.xmlchemy import BaseOxmlElement
from docx.text.run import Run

from checker.renderers.word.textmap import Atom, Place, text_map

_RPR = qn("w:rPr")
_TEXT_CHILDREN = "w:br | w:cr | w:noBreakHyphen | w:ptab | w:t | w:tab"  # what CT_R.text reads
_XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"


def split_run(r: BaseOxmlElement, at: int) -> BaseOxmlElement:
    """Split run ``r`` before character ``at`` of its text (``CT_R.text``); ``r`` keeps the head,
    the returned copy (inserted right after it) the rest. Both keep the run properties; an
    element without text (a drawing, a field mark) stays on the side where it stands, with the
    head when it sits exactly at the split."""
    tail = copy.deepcopy(r)
    texts = set(r.xpath(_TEXT_CHILDREN))
    pos = 0
    for head_child, tail_child in zip(list(r), list(tail), strict=True):
        if head_child.tag == _RPR:
            continue
        n = len(str(head_child)) if head_child in texts else 0
        if (n == 0 and pos <= at) or (n and pos + n <= at):
            tail.remove(tail_child)
        elif pos >= at:
            r.remove(head_child)
        else:  # a w:t holding the split point (w:tab, w:br … are one character: never split)
            cut = at - pos
            head_child.text, tail_child.text = head_child.text[:cut], head_child.text[cut:]
            head_child.set(_XML_SPACE, "preserve")
            tail_child.set(_XML_SPACE, "preserve")
        pos += n
    r.addnext(tail)
    return tail


def _split_points(spans: list[tuple[int, int]], atoms: list[Atom]) -> dict[BaseOxmlElement, set[int]]:
    """For every span, the run positions where it starts and ends inside a run."""
    points: dict[BaseOxmlElement, set[int]] = defaultdict(set)
    for start, end in spans:
        first, last = _ends(atoms, start, end)
        if first is None or last is None:
            continue
        if first.index > 0:
            points[first.run].add(first.index)
        if last.index + 1 < len(last.run.text):
            points[last.run].add(last.index + 1)
    return points


def _ends(atoms: list[Atom], start: int, end: int) -> tuple[Place | None, Place | None]:
    """The first and last run characters inside ``atoms[start:end]`` (None when it holds none)."""
    window = atoms[max(start, 0) : min(end, len(atoms))]
    first = next((a.first for a in window if a.first is not None), None)
    last = next((a.last for a in reversed(window) if a.last is not None), None)
    return first, last


def prepare(document: Document, spans: list[tuple[int, int]]) -> list[Atom]:
    """Split every run where a span starts or ends inside it; return the text map afterwards,
    in which every span begins at the start of a run and ends at the end of one."""
    atoms = text_map(document)
    for r, at in _split_points(spans, atoms).items():
        for point in sorted(at, reverse=True):  # from the end: the head's positions stay valid
            split_run(r, point)
    return text_map(document)


def runs_for(document: Document, atoms: list[Atom], start: int, end: int) -> tuple[Run, Run] | None:
    """The first and last run of ``[start, end)`` after ``prepare``; None when it covers no run."""
    first, last = _ends(atoms, start, end)
    if first is None or last is None:
        return None
    return Run(first.run, document), Run(last.run, document)
