"""The 需返工 list: the findings that fail, each with the questions to send back to the unit.

Text, Markdown and HTML open with it, the workbook and the Word comments carry the same
questions, so the auditor can forward them as they are.
"""

from __future__ import annotations

from dataclasses import dataclass

from checker.models import SEVERITY_RANK, FindingResult, Flag, Review
from checker.renderers.common import label

# Asked when a finding fails on its criteria alone (no flag carries a question).
GENERIC_QUESTION = {
    "zh": "请逐项说明针对该问题做了什么、结果如何（对象、数量、日期）。",
    "en": "Please state, point by point, what was done about this finding and with what result (objects, numbers, dates).",
}


@dataclass(frozen=True)
class ReworkItem:
    """One entry of the list: a failing finding, or the document itself (``finding`` None)."""

    finding: FindingResult | None
    questions: tuple[str, ...]


def questions(flags: list[Flag]) -> tuple[str, ...]:
    """The flags' follow-up questions, most severe first, each once."""
    ordered = sorted(flags, key=lambda f: -SEVERITY_RANK[f.severity])
    return tuple(dict.fromkeys(f.follow_up for f in ordered if f.follow_up))


def finding_questions(f: FindingResult, lang: str) -> tuple[str, ...]:
    """A finding's questions; one that fails with none of its own (its flags silenced, or failing
    on the criteria alone) is asked the general question."""
    asked = questions(f.flags)
    if not asked and f.verdict == "fail":
        return (GENERIC_QUESTION.get(lang, GENERIC_QUESTION["zh"]),)
    return asked


def rework_items(review: Review, lang: str) -> list[ReworkItem]:
    """Failing findings in document order, then the document's error flags as one entry."""
    items = [ReworkItem(f, finding_questions(f, lang)) for f in review.findings if f.verdict == "fail"]
    doc_errors = [fl for fl in review.document_flags if fl.severity == "error"]
    if doc_errors and (asked := questions(doc_errors)):
        items.append(ReworkItem(None, asked))
    return items


def rework_label(lang: str) -> str:
    return label(lang, "rework")
