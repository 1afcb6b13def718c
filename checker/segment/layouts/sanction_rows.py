"""Layout rule ``sanction_rows``: units listed under the fault they share, each with what was done to it,
a two-column table that lost its markup.

    退热、止咳等监测药品登记上报不到位药店：
    某某大药房 停业整顿10天
    某某药店 警 告
    某某医药连锁店 罚款2000元

A market-supervision or inspection notice names the fault once, in the line that heads the list, and
gives each unit found at fault a line of its own, the unit's name and, after spaces, the action taken
(停业整顿, 警告, 罚款…; a short cell spaced out to the column's width: 警 告). Each line is a finding, the
unit's name its problem told under the heading's fault, the action its measure; a figure's unit that
the cell above spilled onto the line's start (停业整顿10 / 天某某药店) is read back into that cell.
"""

from __future__ import annotations

import re

from checker.segment.document import Doc
from checker.segment.draft import Draft
from checker.segment.layouts.base import LAYOUTS, LayoutResult
from checker.segment.spans import trim

_MIN_ROWS = 3  # fewer units: a passing remark
_ROW_RE = re.compile(r"(?P<name>[^\s：:，,。；;]{2,40})[ \t\u3000]+(?P<cell>[^\s].{0,30})$")
_SPACES_RE = re.compile(r"[ \t\u3000]+")


def _spilled(doc: Doc, above: Draft | None, at: int) -> int:
    """How long the unit is that the cell above, ending on a figure (停业整顿10), spilled onto this
    line's start (天某某药店): 0 when none."""
    if above is None or not above.blocks or not doc.text[above.blocks[-1][1] - 1].isdigit():
        return 0
    unit = next((u for u in doc.v.words.spilled_units if doc.text.startswith(u, at)), "")
    return len(unit)


@LAYOUTS.register("sanction_rows")
def sanction_rows_layout(doc: Doc) -> LayoutResult | None:
    if not doc.v.weights.layouts.sanction_rows:
        return None
    p, text, body = doc.v.patterns, doc.text, doc.body
    for hi, head in enumerate(body[:-_MIN_ROWS]):
        if not head.content.endswith(("：", ":")) or p.problem_words.search(text, head.body_start, head.end) is None:
            continue
        drafts: list[Draft] = []
        for ln in body[hi + 1 :]:
            m = _ROW_RE.fullmatch(text, ln.cstart, ln.end)
            if m is None or ln.marker is not None:
                break
            if p.site_act.match(_SPACES_RE.sub("", m.group("cell"))) is None:
                drafts = []  # a unit with no action: a list of another kind
                break
            a, b = m.span("name")
            spilled = _spilled(doc, drafts[-1] if drafts else None, a)
            if spilled:
                drafts[-1].blocks.append((a, a + spilled))
                drafts[-1].end = a + spilled
            d = Draft(start=a + spilled, end=ln.end, finding=trim(text, a + spilled, b), group=trim(text, head.body_start, head.end))
            d.blocks.append(m.span("cell"))
            drafts.append(d)
        if len(drafts) >= _MIN_ROWS:
            preamble = (body[0].cstart, body[hi - 1].end) if hi > 0 else None
            return LayoutResult("sanction_rows", drafts, [], preamble, pairing="row")
    return None
