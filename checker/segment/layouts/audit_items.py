"""Layout rule ``audit_items``: audit-report nesting, where each ``对…问题，`` clause inside a group
paragraph is a finding followed by its own measure sentences.

    一、资金分配和拨付方面
    （一）关于资金分配不够精准的问题。审计指出，…。对A问题，<measures>。对B问题，<measures>。
    （二）关于资金拨付使用滞后的问题。对C问题，<measures>。

The enumerated line is the group (its first sentence names it); a line of the same level with no
``对…问题，`` clause is one finding: its first sentence the problem, the rest the measure.
"""

from __future__ import annotations

import re
from collections import Counter

from checker.segment.document import Doc, make_group
from checker.segment.draft import Draft
from checker.segment.layouts.base import LAYOUTS, LayoutResult
from checker.segment.lines import Line
from checker.text.enumerators import HEADING_RANK

_FIRST_SENTENCE_RE = re.compile(r"[^。；]*[。；]?")
_MIN_ITEMS = 2


@LAYOUTS.register("audit_items")
def audit_items_layout(doc: Doc) -> LayoutResult | None:
    text, body = doc.text, doc.body
    # 对…问题， at a sentence start (not 对照…, 对于此…, 对此…); endpos reads the text as if it
    # ended at the line's end, without a copy per line.
    sub_item = doc.v.patterns.audit_sub_item
    found = {bi: subs for bi, ln in enumerate(body)
             if ln.idx not in doc.measure_labels and (subs := list(sub_item.finditer(text, ln.cstart, ln.end)))}
    if sum(len(s) for s in found.values()) < _MIN_ITEMS:
        return None
    carriers = Counter(mk.family for bi in found if (mk := body[bi].marker) is not None)
    family = carriers.most_common(1)[0][0] if carriers else None
    carrier_rank = HEADING_RANK.get(family, 9) if family else 9
    drafts: list[Draft] = []
    groups: list[Line] = []
    current_group: Line | None = None
    first: int | None = None
    open_measure = False  # the last draft's measure may go on in the next lines
    for bi, ln in enumerate(body):
        mk = ln.marker
        subs = found.get(bi, [])
        if subs:
            first = bi if first is None else first
            if mk is not None:
                current_group = ln
                groups.append(ln)
            for k, m in enumerate(subs):
                stop = subs[k + 1].start() if k + 1 < len(subs) else ln.end
                d = Draft(start=m.start("f"), end=stop, finding=(m.start("f"), m.end("f")))
                d.blocks = [(m.end(), stop)]
                d.measure_label = doc.v.names.clause_measure_label
                d.loose = True
                if current_group is not None:
                    d.group = _group_name(text, current_group)
                drafts.append(d)
            open_measure = True
        elif mk is not None and mk.family == family and bi + 1 in found and body[bi + 1].marker is None:
            # The group's heading and text on one line, its 对…问题 items in the paragraphs below.
            first = bi if first is None else first
            current_group = ln
            groups.append(ln)
            open_measure = False
        elif mk is not None and mk.family == family and first is not None:
            # A group of the same level with a single problem written as its heading sentence
            # (the whole line when a measure label opens the next one).
            labelled = bi + 1 < len(body) and body[bi + 1].idx in doc.measure_labels
            s = _FIRST_SENTENCE_RE.match(text, ln.body_start, ln.end)
            cut = ln.end if labelled else (s.end() if s else ln.end)
            d = Draft(start=ln.cstart, end=ln.end, finding=(ln.body_start, cut))
            if cut < ln.end:
                d.blocks = [(cut, ln.end)]
                d.measure_label = doc.v.names.clause_measure_label
                d.loose = True
            drafts.append(d)
            current_group = None
            open_measure = True
        elif open_measure and (mk is None or mk.rank > carrier_rank):
            # The measure goes on in the next paragraph (or in its own deeper list, or after a label).
            label = doc.measure_labels.get(ln.idx)
            if drafts[-1].blocks:
                a, _ = drafts[-1].blocks[-1]
                drafts[-1].blocks[-1] = (a, ln.end)
            else:
                drafts[-1].blocks = [(label.value_start if label else ln.cstart, ln.end)]
                drafts[-1].measure_label = label.label if label else doc.v.names.clause_measure_label
                drafts[-1].loose = True
            drafts[-1].end = ln.end
        else:
            current_group = None
            open_measure = False
    if len(drafts) < _MIN_ITEMS or first is None:
        return None
    start = body[first].cstart
    preamble = (body[0].cstart, start) if first > 0 else None
    return LayoutResult("audit_items", drafts, [make_group(doc, g) for g in groups], preamble, pairing="label")


def _group_name(text: str, line: Line) -> tuple[int, int]:
    """Where the group's name stands: its heading's first sentence, closing stops cut."""
    s = _FIRST_SENTENCE_RE.match(text, line.body_start, line.end)
    end = s.end() if s else line.end
    while end > line.body_start and text[end - 1] in "。；":
        end -= 1
    return line.body_start, end
