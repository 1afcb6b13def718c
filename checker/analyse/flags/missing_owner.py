"""missing_owner — no responsible unit or person where the format calls for one.

What it does: in a plan every item needs its 责任领导/责任单位. Fires when an owner field is blank
(``责任领导:、`` or ``责任领导:``) or, when the item has no owner field at all, when neither the
measure nor the item names an owner (pattern ``owner_inline``: 责任单位:…, 牵头单位, 由…负责, or a unit as the measure's subject: 县农业农村局要…, 各乡镇纪委要…).
A placeholder (××, 某某股) is blank. A blank field beside a filled one (责任领导 blank, 责任科室 filled)
is the variant ``beside_filled``: the message names the blank field and the rubric caps its severity.
A response that answers several findings at once (an inspecting body's requirements, a meeting's
words) is not a plan item and needs no owner of its own; nor does a notice's requirement, where
no item carries an owner field and the title names no plan (整改方案, 任务清单).
Other kinds fire only on a blank owner field of their own (a field layout that calls for owners);
a progress report with no owner fields at all need not name owners.
Why an auditor cares: 责任清单 — an item nobody owns is an item nobody will be held to (可问责).
Evidence: the blank field, label included, or the finding title.
"""

from __future__ import annotations

from checker.analyse.context import FindingContext
from checker.analyse.scan import hit
from checker.flags import FlagSpec
from checker.models import FlagHit

CODE = "missing_owner"
_BLANK = " \t\r\n\u3000、，,;；:：。.-—_/／无"


def _blank(ctx: FindingContext, value: str) -> bool:
    """Empty, or only a placeholder (××, 某某股 with nothing else named)."""
    rest = ctx.c.pat("placeholder").sub("", value).strip(_BLANK)
    return not rest or (rest != value.strip(_BLANK) and len(rest) <= 1)


def check(ctx: FindingContext) -> list[FlagHit]:
    f, text = ctx.finding, ctx.text
    blank = [fl for fl in f.owner_fields if _blank(ctx, fl.view)]
    if blank:
        fl = blank[0]
        end = max(fl.end, fl.label_start + len(fl.label))
        if "\n" in text[fl.label_start : fl.start]:
            # The label is a table's header, rows away: quote the row's own problem cell, not the
            # header and every row between.
            fl_start, end = ctx.title_span
        else:
            fl_start = fl.label_start
        filled = [o for o in f.owner_fields if o not in blank]
        if filled:
            # One field blank beside a filled one: someone answers for the item, the record has a gap.
            names = list(dict.fromkeys(o.label for o in filled))
            return [hit(CODE, text, fl_start, end, label=fl.label, filled=names, variant="beside_filled")]
        return [hit(CODE, text, fl_start, end, label=fl.label)]
    if f.owner_fields or any(o.view.strip(_BLANK) for o in f.owners):
        return []
    if ctx.c.param(CODE, "judge_what_is_read", False) and (ctx.measure is None or ctx.cut_by_page):
        return []  # no measure (no_measure says so), or one the page cut before its owner could stand
    if ctx.kind != "plan":
        return []  # only a plan's format calls for owners; elsewhere only a blank owner field counts
    if ctx.shared_measure:
        return []  # one response to several problems (a notice's requirements) is no plan item
    if not _calls_for_owners(ctx):
        return []  # a notice's requirements, addressed to the unit it inspected, name no owner

    spans = [(f.span.start, f.span.end)] + ([(ctx.measure.start, ctx.measure.end)] if ctx.measure else [])
    if any(ctx.c.pat("owner_inline").search(text, a, b) for a, b in spans):
        return []  # the measure may sit in a section of its own (problems, then fixes)
    a, b = ctx.title_span
    return [hit(CODE, text, a, b, label="", variant="absent")]


def _calls_for_owners(ctx: FindingContext) -> bool:
    """The plan's own format calls for owners: some item carries an owner field (with param
    ``written_fields_call``, one whose label is written out), or the title names a plan or a list
    of tasks (整改方案, 任务清单)."""
    report = ctx.report
    if ctx.c.param(CODE, "written_fields_call", False):
        # An owner read from an item's prose (由敬老院管理人员负责购买…) is that item's owner, not a
        # field of the format: only a label written out (责任单位：) shows the format calls for owners.
        text = ctx.text
        if any(text.startswith(fl.label, fl.label_start) for f in report.findings for fl in f.owner_fields):
            return True
    elif any(f.owner_fields for f in report.findings):
        return True
    return bool(report.title and ctx.c.v.patterns.title_plan.search(report.title))


FLAG = FlagSpec(CODE, order=8, check=check)
