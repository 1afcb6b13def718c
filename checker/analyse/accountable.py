"""Who answers for a finding and by when, as its own text names them.

The layout's fields come first (a table's 责任单位 and 整改时限 columns, a plan's ``责任单位：`` line):
a blank one stays blank, it is the gap the item has. Beside them, or without them, an item may
still name owners and a deadline — a progress report most often does, in passing:

* a labelled field anywhere in the item, the finding's own text too: ``（牵头单位:水政监察大队）``,
  ``责任单位：县财政局；责任人：张明``, ``完成时限：2023年9月30日``;
* a phrase in the measure: ``由县水利局负责``, ``6月底前完成`` (the reading vocabulary's phrases);
* for the deadline, a date the measure says the work was or will be done by: a date followed, in
  the same clause, by a word of the rubric's ``finished_status`` (``已于2023年6月完成``,
  ``2023年底前完成``); a date that only dates an event (``2017年以来``) is not one.

What the 问题清单 workbook's 责任单位 and 整改时限 columns (and the JSON ``owners`` and
``deadline``) show for every kind of document.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from checker.analyse.context import FindingContext, per_finding
from checker.analyse.deadlines import dated
from checker.segment.fields import FieldHit, inline_fields, loose_fields, owner_values, to_field
from checker.text.width import is_blank_value

_CLAUSE_ENDS = "。；;，,、：:！？!?\n"
_GAP = 3  # characters a completion word may stand after its date (已于2023年6月底前全部完成: 前全部)


@dataclass(frozen=True)
class Accountable:
    """Owners (the fields' and the others named, in text order) and the deadline where the layout
    has no field for it, as (start, end) spans of the item's text; empty when it names none."""

    owners: list[tuple[int, int]] = field(default_factory=list)
    deadline: tuple[int, int] | None = None


def _completion_date(ctx: FindingContext, start: int, end: int) -> tuple[int, int] | None:
    """The first date in ``text[start:end]`` that a completion word follows in its clause."""
    text, finished = ctx.text, ctx.c.lex("finished_status")
    pos = start
    while (m := dated(ctx.c, text, pos, end)) is not None:
        after = m.end()
        for gap in range(_GAP + 1):
            at = after + gap
            if at > end or (gap and text[at - 1] in _CLAUSE_ENDS):
                break
            if finished.match(text, at, end):
                return m.start(), m.end()
        pos = max(m.end(), m.start() + 1)
    return None


def _labelled(ctx: FindingContext, start: int, end: int) -> list[FieldHit]:
    """Labelled fields in ``text[start:end]``, read as a text of its own: a label opening it counts
    even right after the label before it (整改情况：责任单位：县卫健局)."""
    base = ctx.text[start:end]
    return [
        FieldHit(h.kind, h.label, h.label_start + start, h.start + start, h.end + start)
        for h in inline_fields(ctx.c.v, base, 0, len(base))
    ]


@per_finding
def accountable(ctx: FindingContext) -> Accountable:
    f, v, doc = ctx.finding, ctx.c.v, ctx.report.document
    text = ctx.text
    measure = ctx.measure
    labelled = _labelled(ctx, f.finding.start, f.finding.end)
    if measure is not None:
        labelled += _labelled(ctx, measure.start, measure.end)
    phrases: list[FieldHit] = loose_fields(v, text, measure.start, measure.end) if measure is not None else []
    owners: list[tuple[int, int]] = []
    if not any(is_blank_value(fl.view) for fl in f.owner_fields):  # a blank field stays the gap it is
        owners = [(o.start, o.end) for o in f.owners]
        for hit in [h for h in labelled if h.kind == "owner"] or [h for h in phrases if h.kind == "owner" and not owners]:
            owners.extend((o.start, o.end) for o in owner_values(doc, to_field(doc, hit)))
    deadline: tuple[int, int] | None = None
    if not f.deadline_field:
        named = [h for h in [*labelled, *phrases] if h.kind == "deadline" and not is_blank_value(text[h.start : h.end])]
        if named:
            deadline = (named[0].start, named[0].end)
        elif measure is not None:
            deadline = _completion_date(ctx, measure.start, measure.end)
    return Accountable(sorted(set(owners)), deadline)
