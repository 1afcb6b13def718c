"""The result every layout rule returns, and how results are compared."""

from __future__ import annotations

from dataclasses import dataclass, field

from checker.models import Group
from checker.segment.draft import Draft
from checker.text.patterns import compile_pattern

# Section headings that close the findings: 下一步工作打算, 保障措施 …
CLOSING_HEADING_RE = compile_pattern(
    r"下一步|保障措施|工作打算|工作计划|努力方向|持续发力|巩固|长效|今后|总结|结语|组织保障|工作要求"
)
# A paragraph after the last finding that turns to the future: 下一步,我们将…
CLOSING_PARAGRAPH_RE = compile_pattern(
    r"^(?:下一步|今后|接下来|此外，下一步)[，,]?(?:工作中)?[，,]?(?:我们|我委|我局|我县|我院|我单位|我办|党组|将|要|继续)"
)
GROUP_HINT_RE = compile_pattern(r"方面|^关于|反馈问题|领域")


@dataclass
class LayoutResult:
    name: str
    drafts: list[Draft]
    groups: list[Group] = field(default_factory=list)
    preamble: tuple[int, int] | None = None
    unpaired_measures: list[tuple[int, int]] = field(default_factory=list)  # fixes answering no problem
    pairing: str | None = None  # how problems met their measures: label, row, number, text
    weight: float = 1.0  # how telling the rule's evidence is, against the other readings

    @property
    def score(self) -> float:
        """How well the rule explains the document: findings with measures count double, fields add."""
        s = 0.0
        for d in self.drafts:
            s += 2.0 if d.has_measure else 1.0
            s += 0.25 * min(len(d.fields), 4)
        return s * self.weight
