"""Layout rule ``aimed_items``: items that name the problem they answer, then say what was done.

    1.针对“三重一大事项集体决策执行不严格”的问题，街道党工委修订议事规则，…
    （一）政治建设方面。一是针对“学习贯彻上级决策部署不够深入”的问题，局党组制定…二是针对…

An item opens (at the start of a line's text, or of a sentence, after an 一是/首先 that numbers it)
with 针对/关于 … 的问题， — the phrase is the finding and the rest of the item, up to the next such
opening or the next heading, is its measure. What is a finding comes from the phrase alone, never
from what the measure says. The heading a run of items stands under is their group.
"""

from __future__ import annotations

import re

from checker.segment.document import Doc, group_name, make_group
from checker.segment.draft import Draft
from checker.segment.layouts.base import LAYOUTS, LayoutResult
from checker.segment.lines import Line
from checker.segment.spans import trim
from checker.text.enumerators import iter_item_markers

_MIN_ITEMS = 2
_NUMBERING = frozenset({"shi", "ordinal"})
_LEAD_RE = re.compile(r"(?:^|[。；;！？])[ \t\u3000]*$")


def _item_starts(doc: Doc, ln: Line) -> list[tuple[int, re.Match[str]]]:
    """(where the item starts, the aimed-at phrase) of every item opening in the line."""
    text, aimed = doc.text, doc.v.patterns.aimed_at
    numbered = {mk.end: mk.start for mk in iter_item_markers(text, ln.body_start, ln.end) if mk.family in _NUMBERING}
    for m in doc.v.patterns.sequence_marker.finditer(text, ln.body_start, ln.end):
        numbered[m.end()] = m.start("w")
    out: list[tuple[int, re.Match[str]]] = []
    for m in aimed.finditer(text, ln.body_start, ln.end):
        a = m.start()
        lead = a
        while lead > ln.body_start and text[lead - 1] in "，,、 \t\u3000":
            lead -= 1
        if lead in numbered:
            out.append((numbered[lead], m))
        elif _LEAD_RE.search(text, ln.body_start, a) or a == ln.body_start:
            out.append((a, m))
    return out


def _opening_point(doc: Doc, ln: Line) -> str | None:
    """The family of the point (一是, 首先) that opens the line's text, if one does."""
    mk = next(iter_item_markers(doc.text, ln.body_start, ln.end), None)
    if mk is not None and mk.start == ln.body_start and mk.family in _NUMBERING:
        return mk.family
    if doc.v.patterns.sequence_marker.match(doc.text, ln.body_start, ln.end) is not None:
        return "sequence"
    return None


_SENTENCE_START_RE = re.compile(r"(?<=[。！？])[ \t\u3000]*(?=\S)")
_FOUND_AT = 6  # 审计发现，/检查中发现， opens the sentence that states the problem


def _point_item(doc: Doc, ln: Line) -> Draft | None:
    """With aimed_points_items: a point of an aimed run that names its problem in sentences of its
    own (三是…。审计发现，A。针对相关问题，审计要求…): its finding runs from the sentence that finds
    (or its start) to the sentence that answers it, its measure from there on. None when no sentence
    after its first answers: nothing tells its problem from its answer."""
    text, p = doc.text, doc.v.patterns
    starts = [m.end() for m in _SENTENCE_START_RE.finditer(text, ln.body_start, ln.end)]
    answer = next((a for a in starts if p.list_response.match(text, a, ln.end)), None)
    if answer is None:
        return None
    found = next((a for a in starts if a < answer and p.list_found_opener.search(text, a, min(answer, a + _FOUND_AT))), None)
    a, b = trim(text, found if found is not None else ln.body_start, answer)
    if a >= b:
        return None
    d = Draft(start=ln.cstart, end=ln.end, finding=(a, b))
    d.blocks.append(trim(text, answer, ln.end))
    d.loose = True
    return d


def _signs_off(doc: Doc, ln: Line) -> bool:
    """With aimed_sign_off: the line is a letter's sign-off (特此回复。)."""
    return doc.v.weights.layouts.aimed_sign_off and doc.v.patterns.sign_off.match(doc.text, ln.cstart, ln.end) is not None


@LAYOUTS.register("aimed_items")
def aimed_items_layout(doc: Doc) -> LayoutResult | None:
    if doc.measure_labels:
        return None  # labelled measures: 针对 inside them is the measure's own wording
    text = doc.text
    drafts: list[Draft] = []
    groups: dict[int, Line] = {}
    group: Line | None = None
    first: int | None = None
    cur: Draft | None = None
    rank: int | None = None  # the rank of the lines whose text opens an item
    points_end = doc.v.weights.layouts.aimed_points_end
    point: str | None = None  # the point (一是…) that opens the paragraph of the item read
    for bi, ln in enumerate(doc.body):
        starts = _item_starts(doc, ln)
        mk = ln.marker
        if not starts:
            if points_end and cur is not None and point is not None and _opening_point(doc, ln) == point:
                # 三是… after 二是…针对…的问题，…: the next point of the run is an item of its own, whether
                # or not it names its problem so; it is not the answer of the item before it
                cur = _point_item(doc, ln) if doc.v.weights.layouts.aimed_points_items else None
                if cur is not None:
                    if group is not None:
                        cur.group = group_name(group)
                        groups.setdefault(group.idx, group)
                    drafts.append(cur)
            elif mk is not None and (rank is None or mk.rank <= rank):
                # a heading: it ends the item before it and groups the items after it
                cur = None
                group = None if doc.v.patterns.closing_heading.search(ln.body[:16]) else ln
            elif cur is not None and _signs_off(doc, ln):
                cur = None  # 特此回复。: the letter's sign-off, not the last item's answer
            elif cur is not None:
                cur.blocks.append((ln.cstart, ln.end))
                cur.end = ln.end
            continue
        if starts[0][0] > ln.body_start:
            if mk is not None:
                group = ln  # （一）政治建设方面。一是针对…: the line's own head groups its items
        elif mk is not None:
            rank = mk.rank if rank is None else rank
        first = bi if first is None else first
        point = _opening_point(doc, ln) if points_end else None
        bounds = [s for s, _ in starts[1:]] + [ln.end]
        for (_, m), stop in zip(starts, bounds, strict=True):
            phrase = m.span("f")
            cur = Draft(start=m.start(), end=stop, finding=phrase, title=phrase)
            cur.blocks.append(trim(text, m.end(), stop))
            cur.loose = True
            if group is not None:
                cur.group = group_name(group)
                groups.setdefault(group.idx, group)
            drafts.append(cur)
    if len(drafts) < _MIN_ITEMS or first is None:
        return None
    body = doc.body
    preamble = (body[0].cstart, body[first - 1].end) if first > 0 else None
    result = LayoutResult("aimed_items", drafts, [make_group(doc, g) for g in groups.values()], preamble,
                          pairing="adjacency")
    result.weight = doc.v.weights.layouts.aimed_items
    return result
