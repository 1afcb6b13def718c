"""What a layout rule hands over for one finding, and how it becomes a :class:`Finding`."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from checker.models import Document, Finding, LabeledField, Span
from checker.segment.fields import (
    FieldHit,
    field_brackets,
    inline_fields,
    loose_fields,
    owner_values,
    to_field,
)
from checker.segment.items import comma_points, split_items
from checker.segment.labels import labels_of
from checker.segment.spans import make_span, trim
from checker.text.width import shown_title
from checker.vocabulary import Vocabulary

_SENTENCE_STOP_RE = re.compile(r"[。！？!?；;]")
_TITLE_TRAIL = "，,：:、 "


@dataclass
class Draft:
    start: int  # the whole region, marker included
    end: int
    finding: tuple[int, int]
    group: tuple[int, int] | None = None  # the heading of the group the finding stands in
    title: tuple[int, int] | None = None  # when the layout knows it (a quoted finding)
    measure_label: str | None = None
    blocks: list[tuple[int, int]] = field(default_factory=list)  # measure text, one range per label
    fields: list[FieldHit] = field(default_factory=list)
    loose: bool = False  # look for 由…负责 / …月底前完成 phrases in the measure
    target: tuple[int, int] | None = None  # 整改目标: what the fix aims at
    finding_more: list[tuple[int, int]] = field(default_factory=list)  # a table cell's spilled lines

    @property
    def has_measure(self) -> bool:
        return any(b > a for a, b in self.blocks)


def title_range(v: Vocabulary, text: str, start: int, end: int) -> tuple[int, int]:
    """Where the finding's first sentence stands (its label prefix dropped, closing commas cut)."""
    m = labels_of(v).finding.match(text, start, end)
    if m is not None:
        start = m.end()
    stop = _SENTENCE_STOP_RE.search(text, start, end)
    a, b = trim(text, start, stop.start() if stop else end)
    while b > a and text[b - 1] in _TITLE_TRAIL:
        b -= 1
    return a, b


def strip_range(text: str, start: int, end: int) -> tuple[int, int]:
    """``[start, end)`` without the whitespace ``str.strip`` would remove."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


_CLOSED = "。！？!?；;.…)）”\"」"


def cut_silent(v: Vocabulary, text: str, blocks: list[tuple[int, int]]) -> bool:
    """The answer runs to the end of the text, unfinished, and all it holds is a lead and the basis
    it would act on (针对上述问题，…已按照国家法律法规的规): the cut took it before it said anything."""
    a, b = blocks[0][0], blocks[-1][1]
    if b < len(text.rstrip()) or text[b - 1] in _CLOSED:
        return False
    return v.patterns.cut_answer_silent.match(text[a:b]) is not None


_NUMBER_RE = re.compile(r"[ \t\u3000]*[0-9]{1,2}(?:\.[0-9]{1,2})*[ \t\u3000、.]*")


def _fields_only(v: Vocabulary, text: str, a: int, b: int) -> bool:
    """With fields_only_measure: the block is, past its own number, nothing but brackets of fields
    (3.2.1 （责任人：党政办主任周涛；时限：10月31日）): it names who and when, and no measure."""
    brackets = field_brackets(v, text, a, b)
    if not brackets:
        return False
    at = _NUMBER_RE.match(text, a)
    rest, pos = [], at.end() if at else a
    for open_at, content_end in brackets:
        rest.append(text[pos:open_at])
        close = content_end + 1 if content_end < b and text[content_end] in ")）" else content_end
        pos = close
    rest.append(text[pos:b])
    return not "".join(rest).strip(" \t\u3000。；;，,")


def build_finding(v: Vocabulary, doc: Document, draft: Draft, index: int) -> Finding:
    """The finding a layout drafted, read on the view; its spans and titles read the user's text."""
    text = doc.view
    fa, fb = trim(text, *draft.finding)
    ta, tb = strip_range(text, *draft.title) if draft.title is not None else title_range(v, text, fa, fb)
    brackets = field_brackets(v, text, fa, fb)
    cut = next((a for a, _ in brackets if ta < a < tb), None)
    if cut is not None:  # …问题的整改情况（责任单位：…）: the owner is a field, not part of the title
        ta, tb = strip_range(text, ta, cut)
    blocks = [trim(text, a, b) for a, b in draft.blocks]
    blocks = [(a, b) for a, b in blocks if a < b]
    if blocks and all(v.patterns.unfilled_measure.match(text[a:b]) for a, b in blocks):
        blocks = []  # 【待补充】 holds the place of a measure: there is none yet
    if blocks and v.weights.layouts.cut_answer_silent and cut_silent(v, text, blocks):
        blocks = []  # the page ends before the answer said anything: no measure
    if blocks and v.weights.layouts.measure_not_done and v.patterns.measure_not_done.match(text, blocks[0][0], blocks[-1][1]):
        blocks = []  # 暂未整改。主要原因是…: the item says nothing was done yet
    measure: Span | None = None
    measures = []
    # The draft's own field lines first, then fields the finding's heading carries in brackets.
    hits: list[FieldHit] = [*draft.fields, *(h for a, b in brackets for h in inline_fields(v, text, a + 1, b))]
    if blocks and v.weights.layouts.fields_only_measure and all(_fields_only(v, text, a, b) for a, b in blocks):
        # 3.2.1 （责任人：…；时限：…）: who and by when, with no measure to do
        hits.extend(h for a, b in blocks for h in inline_fields(v, text, a, b))
        blocks = []
    if blocks:
        measure = make_span(doc, blocks[0][0], blocks[-1][1])
        for a, b in blocks:
            measures.extend(split_items(doc, a, b))
            hits.extend(inline_fields(v, text, a, b))
            if draft.loose:
                known = {h.kind for h in hits}
                hits.extend(h for h in loose_fields(v, text, a, b) if h.kind not in known)
    owner_fields: list[LabeledField] = [to_field(doc, h) for h in hits if h.kind == "owner"]
    deadline = next((h for h in hits if h.kind == "deadline"), None)
    statuses = [h for h in hits if h.kind == "status"]
    preferred = v.words.status_labels[0]  # 整改状态 over 完成情况 when an item states both
    status = next((h for h in statuses if h.label == preferred), statuses[0] if statuses else None)
    ra, rb = trim(text, draft.start, draft.end)
    target = trim(text, *draft.target) if draft.target else None
    return Finding(
        index=index,
        group=doc.text[draft.group[0] : draft.group[1]] if draft.group is not None else None,
        title=shown_title(doc.text[ta:tb]),
        title_span=make_span(doc, ta, tb),
        span=make_span(doc, ra, rb),
        finding=make_span(doc, fa, fb),
        sub_points=split_items(doc, fa, fb, keep_lead=False)
        or (comma_points(doc, fa, fb) if v.weights.layouts.comma_sub_points else []),
        measure_label=draft.measure_label,
        measure=measure,
        measures=measures,
        status=make_span(doc, status.start, status.end) if status else None,
        deadline=make_span(doc, deadline.start, deadline.end) if deadline else None,
        deadline_field=deadline is not None,
        owners=[o for f in owner_fields for o in owner_values(doc, f)],
        owner_fields=owner_fields,
        target=make_span(doc, *target) if target and target[0] < target[1] else None,
        finding_more=[make_span(doc, *trim(text, a, b)) for a, b in draft.finding_more],
    )
