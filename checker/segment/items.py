"""Splitting a stretch of text into enumerated items (一是… 二是…, 1、2、, (1)(2) …).

The family of the first enumerator found at a sentence start decides the level; only that family,
in sequence, splits — so the 1. 2. 3. nested inside 二是 stay part of 二是.
"""

from __future__ import annotations

import re

from checker.models import Document, Item
from checker.segment.spans import make_item, trim
from checker.text.enumerators import Marker, iter_item_markers
from checker.text.numerals import cn_to_int


def top_level_markers(text: str, start: int, end: int) -> list[Marker]:
    """The enumerators of the outermost list in ``text[start:end]``, in sequence order."""
    kept: list[Marker] = []
    family: str | None = None
    for m in iter_item_markers(text, start, end):
        if family is None:
            family = m.family
        if m.family != family:
            continue
        if not kept or m.value == kept[-1].value + 1:
            kept.append(m)
    return kept


def split_items(doc: Document, start: int, end: int, *, keep_lead: bool = True) -> list[Item]:
    """Items of the document between ``start`` and ``end``, each a span with its marker kept.

    Text before the first enumerator is the lead-in: an introduction ending in a colon joins the
    first item; other lead-in text is an item of its own (marker None). With no enumerator the
    whole stretch is one item. ``keep_lead=False`` returns only enumerated items (sub-points).
    The items are read on the view.
    """
    text = doc.view
    start, end = trim(text, start, end)
    if start >= end:
        return []
    markers = top_level_markers(text, start, end)
    if not markers:
        return [make_item(doc, start, end, None)] if keep_lead else []
    items: list[Item] = []
    lead_a, lead_b = trim(text, start, markers[0].start)
    first_start = markers[0].start
    if keep_lead and lead_a < lead_b:
        if text[lead_b - 1] in "：:":
            first_start = lead_a
        else:
            items.append(make_item(doc, lead_a, lead_b, None))
    for i, m in enumerate(markers):
        a = first_start if i == 0 else m.start
        b = markers[i + 1].start if i + 1 < len(markers) else end
        a, b = trim(text, a, b)
        if a < b:
            items.append(make_item(doc, a, b, m.text))
    return items


_COMMA_SHI_RE = re.compile(r"(?<=[，,])[ \t\u3000]*(?P<n>[一二三四五六七八九十])是(?!否)")


def comma_point_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The 一是/二是 of one stretch written after commas (…突出问题，一是…，二是…), in sequence from
    一: each point's (start, end), its marker included; none unless there are two or more."""
    found = [(cn_to_int(m.group("n")), m.start("n")) for m in _COMMA_SHI_RE.finditer(text, start, end)]
    run = [(v, at) for k, (v, at) in enumerate(found) if v == k + 1]
    if len(run) < 2 or len(run) != len(found):
        return []
    out: list[tuple[int, int]] = []
    for k, (_, at) in enumerate(run):
        a, b = trim(text, at, run[k + 1][1] if k + 1 < len(run) else end)
        while b > a and text[b - 1] in "，,；;。":
            b -= 1
        if a < b:
            out.append((a, b))
    return out


def comma_points(doc: Document, start: int, end: int) -> list[Item]:
    """A finding's sub-points written after commas (…薄弱，一是…，二是…): the 一是/二是 of one sentence,
    in sequence from 一; none unless there are two or more."""
    text = doc.view
    return [make_item(doc, a, b, text[a : a + 2]) for a, b in comma_point_spans(text, start, end)]
