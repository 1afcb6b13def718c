"""Layout rule ``task_sections``: a notice of one task's rectification in sections, the task first.

    一、整改任务
    河塘沟渠黑臭水体较普遍。甲村一处坑塘…黑臭；乙村村东…生活污水直排；丙村一坑塘倾倒大量秸秆。
    二、整改措施
    （1）调查核实反馈的问题，限期整改到位。（2）…
    三、整改完成情况
    （1）反馈的3处水体黑臭问题均已整改完毕。（2）…

Inspection offices publish each task's closing (验收销号公示) this way: the 整改任务 section states
the problem the inspectors found, the sections after it (整改措施, 整改完成情况) what was done about
it. The task section is the finding; where it goes on, after its first sentence, to cases parted by
semicolons (甲村…；乙村…；丙村…), each case is a finding and that sentence their heading. The measure
sections, up to the first section that is not one (the last to the end of its numbered items), answer
every finding.
"""

from __future__ import annotations

import re

from checker.segment.document import Doc
from checker.segment.draft import Draft
from checker.segment.layouts.base import LAYOUTS, LayoutResult
from checker.segment.lines import Line
from checker.segment.spans import trim

_MIN_CASES = 2  # fewer parts after the first sentence: the task is one finding
_FIRST_SENTENCE_RE = re.compile(r"[^。！？]*[。！？]")
_CASE_STOP_RE = re.compile(r"[；;]")


def _is_task_heading(doc: Doc, ln: Line) -> bool:
    if ln.marker is None:
        return False
    body = ln.body.strip().rstrip("：:")
    return body in doc.v.words.task_labels


def _cases(doc: Doc, a: int, b: int) -> tuple[tuple[int, int] | None, list[tuple[int, int]]]:
    """The task's paragraph as its heading sentence and its cases parted by semicolons, or no heading
    and the whole paragraph when it holds fewer than two such cases."""
    text = doc.text
    first = _FIRST_SENTENCE_RE.match(text, a, b)
    if first is None or first.end() >= b:
        return None, [trim(text, a, b)]
    starts = [first.end()] + [m.end() for m in _CASE_STOP_RE.finditer(text, first.end(), b)]
    parts = [trim(text, s, e) for s, e in zip(starts, [*starts[1:], b], strict=True)]
    parts = [(s, e) for s, e in parts if e > s]
    if len(parts) < _MIN_CASES:
        return None, [trim(text, a, b)]
    return trim(text, a, first.end()), parts


def _items_end(body: list[Line], first: int) -> int:
    """Where the last section ends: after its numbered items, when it opens on one, so that the
    notice's closing paragraph (如有异议，请在公示期间…) answers nothing; else at the body's end."""
    if first >= len(body) or body[first].marker is None:
        return len(body)
    return next((i for i in range(first, len(body)) if body[i].marker is None), len(body))


@LAYOUTS.register("task_sections")
def task_sections_layout(doc: Doc) -> LayoutResult | None:
    if not doc.v.weights.layouts.task_sections:
        return None
    body = doc.body
    at = next((i for i, ln in enumerate(body) if _is_task_heading(doc, ln)), None)
    if at is None:
        return None
    marker = body[at].marker
    family = marker.family if marker is not None else None
    heads = [i for i in range(at + 1, len(body)) if (m := body[i].marker) is not None and m.family == family]
    if not heads or heads[0] == at + 1:
        return None
    task = body[at + 1 : heads[0]]
    if len(task) != 1:
        return None  # the task told in one paragraph; longer sections are read by the other layouts
    blocks: list[tuple[int, int]] = []
    for k, hi in enumerate(heads):
        if doc.role(body[hi]) != "measures":
            break
        stop = heads[k + 1] if k + 1 < len(heads) else _items_end(body, hi + 1)
        if stop > hi + 1:
            blocks.append((body[hi + 1].cstart, body[stop - 1].end))
    if not blocks:
        return None
    ln = task[0]
    heading, cases = _cases(doc, ln.body_start, ln.end)
    drafts = [Draft(start=s, end=e, finding=(s, e), group=heading, blocks=list(blocks)) for s, e in cases]
    preamble = (body[0].cstart, body[at - 1].end) if at > 0 else None
    return LayoutResult("task_sections", drafts, [], preamble, pairing="label")
