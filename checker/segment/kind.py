"""Document kind, decided from scored signals: title words, the opening sentence, the labels and
fields the findings carry, and the layout that matched."""

from __future__ import annotations

import re

from checker.models import DocumentKind, Finding
from checker.segment.labels import PAST_MEASURE_LABELS
from checker.text.patterns import compile_pattern

_TITLE_SIGNALS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("progress_report", compile_pattern(r"整改(?:落实|进展|工作)?情况|整改报告|销号|整改.{0,6}(?:通报|公示|公告)|整改进展")),
    ("plan", compile_pattern(r"整改方案|任务清单|问题清单|整改清单|责任清单|实施方案|工作方案|整改计划")),
    ("work_report", compile_pattern(r"汇报|自查|述职|自评报告|工作总结")),
)
# 整改情况汇报 / 整改报告 / 整改结果公告 report what was done, whatever the word for "report".
_PROGRESS_TITLE_RE = compile_pattern(r"整改[^，。]{0,8}(?:情况|结果|报告|汇报|公告|公示|通报)|销号")
_OPENING_SIGNALS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("progress_report", compile_pattern(r"现将.{0,30}整改.{0,12}(?:公布|通报|公示|公告|报告如下)")),
    ("plan", compile_pattern(r"制定本方案|特制定|方案如下|制定如下")),
    ("work_report", compile_pattern(r"汇报如下|报告如下")),
)
_MIN_SCORE = 2.0


def decide_kind(
    title: str | None, opening: str, layout: str, findings: list[Finding], requirements: bool = False
) -> DocumentKind:
    """``requirements``: the measures stand under 整改要求/整改意见, an inspecting body's notice,
    judged like a plan."""
    scores: dict[str, float] = {"progress_report": 0.0, "plan": 0.0, "work_report": 0.0}
    progress_title = bool(title and _PROGRESS_TITLE_RE.search(title)) and "自查" not in (title or "")
    if title:
        for kind, rx in _TITLE_SIGNALS:
            if rx.search(title) and not (kind == "work_report" and progress_title):
                scores[kind] += 4
    if requirements:
        scores["plan"] += 6
    for kind, rx in _OPENING_SIGNALS:
        if rx.search(opening) and not (kind == "work_report" and progress_title):
            scores[kind] += 3
    past = sum(1 for f in findings if f.measure_label in PAST_MEASURE_LABELS)
    planned = sum(1 for f in findings if f.measure_label and f.measure_label not in PAST_MEASURE_LABELS)
    deadlines = sum(1 for f in findings if f.deadline_field)
    owners = sum(1 for f in findings if f.owner_fields)
    statuses = sum(1 for f in findings if f.status is not None)
    scores["progress_report"] += 0.4 * min(past, 10) + 0.2 * min(statuses, 10)
    scores["plan"] += 0.2 * min(planned, 10) + 0.3 * min(deadlines, 10) + 0.1 * min(owners, 10)
    if findings and layout == "problem_list":
        scores["work_report"] += 3
    elif findings and layout == "problems_then_fixes":
        scores["work_report"] += 2
    best = max(scores, key=lambda k: scores[k])
    return best if scores[best] >= _MIN_SCORE else "unknown"  # type: ignore[return-value]
