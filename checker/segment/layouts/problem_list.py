"""Layout rule ``problem_list``: a 存在的问题 section of numbered problems (seed 004), optionally
followed by a 整改措施 / 下一步 section of numbered fixes paired by number
(``problems_then_fixes``). Problems may be headings on their own lines or inline (``1、…;2、…``)."""

from __future__ import annotations

from dataclasses import dataclass

from checker.segment.document import Doc, make_group
from checker.segment.draft import Draft
from checker.segment.items import top_level_markers
from checker.segment.layouts.base import (
    FIX_SECTION_RE,
    GROUP_HINT_RE,
    PROBLEM_SECTION_RE,
    LayoutResult,
)
from checker.segment.lines import Line
from checker.segment.spans import trim
from checker.text.width import strip_spaces

_SECTION_HEADING_MAX = 24


@dataclass
class _Entry:
    value: int
    start: int  # marker start
    body: int  # words start (after the marker)
    end: int
    group: Line | None


def _section_end(doc: Doc, sec: int) -> int:
    rank = doc.body[sec].marker.rank  # type: ignore[union-attr]
    for bi in range(sec + 1, len(doc.body)):
        mk = doc.body[bi].marker
        if mk is not None and mk.rank <= rank:
            return bi
    return len(doc.body)


def _entries(doc: Doc, a: int, b: int) -> list[_Entry]:
    """Numbered entries between body lines ``a`` and ``b``: the shallowest non-group heading level,
    or the inline enumeration of the section's text when it has no headings."""
    body = doc.body
    heads = [bi for bi in range(a, b) if body[bi].marker is not None]
    if heads:
        by_family: dict[str, list[int]] = {}
        for bi in heads:
            by_family.setdefault(body[bi].marker.family, []).append(bi)  # type: ignore[union-attr]
        groupish = {
            fam for fam, bis in by_family.items() if all(GROUP_HINT_RE.search(body[bi].body) for bi in bis)
        }
        candidates = [fam for fam in by_family if fam not in groupish] or list(by_family)
        level = min(candidates, key=lambda f: body[by_family[f][0]].marker.rank)  # type: ignore[union-attr]
        rank = body[by_family[level][0]].marker.rank  # type: ignore[union-attr]
        # For each heading, the next heading at the entry level or above (one backward pass).
        stops = [b] * len(heads)
        for i in range(len(heads) - 2, -1, -1):
            after = heads[i + 1]
            stops[i] = after if body[after].marker.rank <= rank else stops[i + 1]  # type: ignore[union-attr]
        out: list[_Entry] = []
        group: Line | None = None
        for i, bi in enumerate(heads):
            ln = body[bi]
            mk = ln.marker
            assert mk is not None
            if mk.family in groupish and mk.rank < rank:
                group = ln
                continue
            if mk.family != level:
                continue
            stop = stops[i]
            out.extend(_split_inline(doc.text, _Entry(mk.value, ln.cstart, ln.body_start, body[stop - 1].end, group), mk.family))
        return out
    if a >= b:
        return []
    text = doc.text
    start, end = body[a].cstart, body[b - 1].end
    markers = [m for m in top_level_markers(text, start, end) if m.family != "shi"]
    out = []
    for i, m in enumerate(markers):
        stop = markers[i + 1].start if i + 1 < len(markers) else end
        s, e = trim(text, m.end, stop)
        while e > s and text[e - 1] in "；;，,":
            e -= 1
        out.append(_Entry(m.value, m.start, s, e, None))
    return out


def _split_inline(text: str, entry: _Entry, family: str) -> list[_Entry]:
    """``1、…；2、…；3、…`` on one line is three entries, not one."""
    markers = top_level_markers(text, entry.start, entry.end)
    if len(markers) < 2 or markers[0].start != entry.start or markers[0].family != family:
        return [entry]
    out: list[_Entry] = []
    for i, m in enumerate(markers):
        stop = markers[i + 1].start if i + 1 < len(markers) else entry.end
        s, e = trim(text, m.end, stop)
        while e > s and text[e - 1] in "；;，,":
            e -= 1
        out.append(_Entry(m.value, m.start, s, e, entry.group))
    return out


def problem_list_layout(doc: Doc) -> LayoutResult | None:
    body = doc.body
    sec = next(
        (
            bi
            for bi, ln in enumerate(body)
            if ln.marker is not None
            and len(strip_spaces(ln.body)) <= _SECTION_HEADING_MAX
            and PROBLEM_SECTION_RE.search(strip_spaces(ln.body))
            and not FIX_SECTION_RE.search(ln.body)
        ),
        None,
    )
    if sec is None:
        return None
    end = _section_end(doc, sec)
    problems = _entries(doc, sec + 1, end)
    if not problems:
        return None
    fixes: dict[int, _Entry] = {}
    rank = body[sec].marker.rank  # type: ignore[union-attr]
    bi = end
    while bi < len(body):
        mk = body[bi].marker
        heading = body[bi].body
        if (
            mk is not None
            and mk.rank <= rank
            and FIX_SECTION_RE.search(heading)
            and len(strip_spaces(heading)) <= _SECTION_HEADING_MAX
        ):
            for e in _entries(doc, bi + 1, _section_end(doc, bi)):
                fixes.setdefault(e.value, e)
            break
        bi += 1
    drafts: list[Draft] = []
    groups: dict[int, Line] = {}
    for p in problems:
        d = Draft(start=p.start, end=p.end, finding=(p.body, p.end))
        if p.group is not None:
            d.group = p.group.body
            groups.setdefault(p.group.idx, p.group)
        fix = fixes.get(p.value)
        if fix is not None:
            d.measure_label = "整改措施"
            d.blocks = [(fix.body, fix.end)]
            d.loose = True
        drafts.append(d)
    name = "problems_then_fixes" if fixes else "problem_list"
    preamble = (body[0].cstart, body[sec - 1].end) if sec > 0 else None
    return LayoutResult(name, drafts, [make_group(doc.text, g) for g in groups.values()], preamble)
