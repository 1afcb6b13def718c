"""The result every layout rule returns, and the registry of layout rules."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from checker.models import Group
from checker.segment.components import Registry
from checker.segment.document import Doc
from checker.segment.draft import Draft
from checker.segment.spans import trim


@dataclass
class LayoutResult:
    name: str
    drafts: list[Draft]
    groups: list[Group] = field(default_factory=list)
    preamble: tuple[int, int] | None = None
    unpaired_measures: list[tuple[int, int]] = field(default_factory=list)  # fixes answering no problem
    pairing: str | None = None  # how problems met their measures: label, row, number, text
    weight: float = 1.0  # how telling the rule's evidence is, against the other readings
    tables: list[tuple[int, int]] = field(default_factory=list)  # findings tables: header line to last row
    # every problem's own answer opens on a label written before it (建议：): one item a problem, whatever
    # commas it holds (headed_labelled_answers)
    labelled_answers: bool = False
    # every finding is one unit's block opened by its label (甲小区存在的隐患：…; 点位一：…; 场所名称：…): one
    # item a unit, whatever clauses its faults hold (unit_blocks)
    unit_items: bool = False


def body_preamble(doc: Doc, first: int) -> tuple[int, int] | None:
    """The body's text before the first finding at ``first``, trimmed; None when the body opens with it."""
    if not doc.body or doc.body[0].cstart >= first:
        return None
    return trim(doc.text, doc.body[0].cstart, first)


LayoutRule = Callable[[Doc], "LayoutResult | None"]
# The layouts, each registered by its module (the package imports them all).
LAYOUTS: Registry[LayoutRule] = Registry("layout", ("checker.segment.layouts",))
