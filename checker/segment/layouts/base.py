"""The result every layout rule returns."""

from __future__ import annotations

from dataclasses import dataclass, field

from checker.models import Group
from checker.segment.draft import Draft


@dataclass
class LayoutResult:
    name: str
    drafts: list[Draft]
    groups: list[Group] = field(default_factory=list)
    preamble: tuple[int, int] | None = None
    unpaired_measures: list[tuple[int, int]] = field(default_factory=list)  # fixes answering no problem
    pairing: str | None = None  # how problems met their measures: label, row, number, text
    weight: float = 1.0  # how telling the rule's evidence is, against the other readings
