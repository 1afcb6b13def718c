"""Anchor a comment on exactly a span of the text as read: split the runs where the span starts
or ends inside one, then mark the range from the first run to the last.

A split gives each part a copy of the run's attributes and properties, so the parts look exactly
like the original; nothing else in the document moves. A run is split at all its points in one
pass over its children, so a long run with many comments costs its length once.
"""

from __future__ import annotations

import copy
from bisect import bisect_left, bisect_right
from collections import defaultdict

from lxml import etree

from checker.renderers.word.textmap import Place, TextMap
from checker.renderers.word.wml import XML_SPACE, child_text, run_text, w

_RPR, _T = w("rPr"), w("t")


def split_run(r: etree._Element, points: list[int]) -> list[etree._Element]:
    """Split run ``r`` before each of ``points`` (ascending, strictly inside its text); ``r`` keeps
    the head, the other parts follow it in order. An element without text (a drawing, a field
    mark) stays in the part where it stands, with the earlier part when it sits exactly at a
    split; a TAB or a break is one character and never split."""
    rpr = r.find(_RPR)
    parts = [r]
    for _ in points:
        part = r.makeelement(r.tag, r.attrib)
        if rpr is not None:
            part.append(copy.deepcopy(rpr))
        parts.append(part)
    pos = 0
    for child in list(r):
        if child.tag == _RPR:
            continue
        n = len(child_text(child))
        if n == 0:
            home = bisect_left(points, pos)
        else:
            home = bisect_right(points, pos)
            if child.tag == _T and home < len(points) and points[home] < pos + n:
                _spread(child, pos, points, parts)
        if home:
            parts[home].append(child)  # moves it out of the head
        pos += n
    for part in reversed(parts[1:]):
        r.addnext(part)
    return parts


def _spread(t: etree._Element, pos: int, points: list[int], parts: list[etree._Element]) -> None:
    """A ``w:t`` holding split points: it keeps the text up to the first point; the text between
    later points goes into copies of it, each appended to its part."""
    text = t.text or ""
    home = end = bisect_right(points, pos)
    while end < len(points) and points[end] < pos + len(text):
        end += 1
    cuts = [p - pos for p in points[home:end]]
    t.text = text[: cuts[0]]
    t.set(XML_SPACE, "preserve")
    for k, cut in enumerate(cuts):
        piece = copy.copy(t)
        piece.text = text[cut : cuts[k + 1] if k + 1 < len(cuts) else len(text)]
        parts[home + k + 1].append(piece)


class Anchors:
    """The first and last run of each span once the runs where spans start or end inside them
    are split. Found through the map made before the splits and the points each run was split
    at, so the document is walked once."""

    def __init__(self, tmap: TextMap, spans: list[tuple[int, int]]) -> None:
        self.tmap = tmap
        points: dict[etree._Element, set[int]] = defaultdict(set)
        lengths: dict[etree._Element, int] = {}
        for start, end in spans:
            first, last = tmap.ends(start, end)
            if first is None or last is None:
                continue
            if first.pos > 0:
                points[first.run].add(first.pos)
            if last.run not in lengths:
                lengths[last.run] = len(run_text(last.run))
            if last.pos + 1 < lengths[last.run]:
                points[last.run].add(last.pos + 1)
        self.splits: dict[etree._Element, tuple[list[int], list[etree._Element]]] = {}
        for r, at in points.items():
            ordered = sorted(at)
            self.splits[r] = ordered, split_run(r, ordered)

    def _part(self, place: Place) -> etree._Element:
        """The run (or the part of a split run) that now holds the character at ``place``."""
        split = self.splits.get(place.run)
        if split is None:
            return place.run
        points, parts = split
        return parts[bisect_right(points, place.pos)]

    def runs(self, start: int, end: int) -> tuple[etree._Element, etree._Element] | None:
        """The first and last run of ``[start, end)``; None when the span covers no run."""
        first, last = self.tmap.ends(start, end)
        if first is None or last is None:
            return None
        return self._part(first), self._part(last)
