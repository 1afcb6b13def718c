"""Composed reports the rules cannot read, and a loopback reader that quotes their outline.

A report is built from (problem, measure, owner, deadline) items written as running prose without
enumerators or labels. ``OutlineReader`` answers the reading requests of the chat server with
quotes cut from the items that appear in the window it is shown — correct, or spoiled on purpose —
and passes every other request (the judge's) to the schema generator.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from chat_server import schema_answer

_FENCED = re.compile(r"<<<REPORT-TEXT \w+>>>\n(.*)\n<<<END-REPORT-TEXT", re.S)

ITEMS: list[tuple[str, str, str | None, str | None]] = [
    (
        "巡察组指出我局食堂采购台账不全，部分票据缺失。",
        "对此，后勤科于2024年6月补齐2023年度采购台账126笔，并建立按月核对制度。",
        "后勤科",
        None,
    ),
    (
        "巡察组还指出公务用车管理不规范，存在私车公养现象。",
        "我们已清退违规报销的燃油费1.2万元，修订《公务用车管理办法》，由办公室负责，2024年9月底前完成。",
        "办公室",
        "2024年9月底前",
    ),
    (
        "另外，干部教育培训流于形式，学习记录不完整。",
        "局党组已组织专题培训3次，补齐学习记录，并将培训纳入年度考核。",
        None,
        None,
    ),
]


def compose(items: list[tuple[str, str, str | None, str | None]] = ITEMS, filler: int = 0) -> str:
    """A report of ``items`` as prose paragraphs; ``filler`` adds that many paragraphs of background
    between items (to make a long document)."""
    body = []
    for i, (problem, measure, _, _) in enumerate(items):
        body.append(problem + measure)
        body.extend(f"（背景材料第{i + 1}段之{j + 1}）相关工作按照年度计划稳步推进，情况总体平稳。" for j in range(filler))
    return (
        "关于巡察反馈意见整改落实情况的报告\n\n今年以来，我局认真对照巡察组反馈的意见，逐项研究整改。\n"
        + "\n".join(body)
        + "\n\n下一步，我们将持续巩固整改成果。\n"
    )


def document_shown(request: dict[str, Any]) -> str:
    for message in request.get("messages", []):
        found = _FENCED.search(str(message.get("content", "")))
        if found:
            return found.group(1)
    return ""


def is_reading(request: dict[str, Any]) -> bool:
    fmt = request.get("response_format") or {}
    if fmt.get("type") == "json_schema":
        return fmt["json_schema"]["name"] == "report_outline"
    return "problem_quote_start" in str(request.get("messages", ""))


def is_reask(request: dict[str, Any]) -> bool:
    return "未通过核对" in str(request["messages"][-1]["content"])


def good_outline(shown: str, items=ITEMS, kind: str = "progress_report", n: int = 10) -> dict[str, Any]:
    """The outline of the items whose problem starts in ``shown``: quotes of ``n`` characters."""
    findings = []
    for problem, measure, owner, deadline in items:
        if problem[:n] not in shown:
            continue
        findings.append(
            {
                "problem_quote_start": problem[:n],
                "problem_quote_end": problem[-n:],
                "measure_quote_start": measure[:n] if measure[:n] in shown else None,
                "measure_quote_end": measure[-n:] if measure[-n:] in shown else None,
                "owner_quote": owner if owner and owner in shown else None,
                "deadline_quote": deadline if deadline and deadline in shown else None,
            }
        )
    for f in findings:  # a measure cut by the window's end is left out
        if (f["measure_quote_start"] is None) != (f["measure_quote_end"] is None):
            f["measure_quote_start"] = f["measure_quote_end"] = None
    return {"kind": kind, "findings": findings}


def spoil(outline: dict[str, Any], how: str) -> Any:
    findings = [dict(f) for f in outline["findings"]]
    if how == "not_in_text":
        findings[0]["problem_quote_start"] = "巡察组指出我单位存在严重问题"
    elif how == "overlap":  # the problem swallows its own measure
        findings[0]["problem_quote_end"] = findings[0]["measure_quote_end"]
    elif how == "out_of_order":
        findings.reverse()
    elif how == "measure_first":  # a measure quoted before its problem
        findings[1]["measure_quote_start"] = findings[0]["measure_quote_start"]
        findings[1]["measure_quote_end"] = findings[0]["measure_quote_end"]
    elif how == "wrong_kind":
        return {"kind": "summary_report", "findings": findings}
    elif how == "garbage":
        return "整改报告的结构如下：第一部分是问题，第二部分是措施。"
    elif how == "empty":
        findings = []
    return {"kind": outline["kind"], "findings": findings}


@dataclass
class OutlineReader:
    """``answer`` for :class:`ChatServer`: ``first`` says how the first reading answer is spoiled
    (``good`` for none), ``then`` how the answer to a re-ask is."""

    first: str = "good"
    then: str = "good"
    items: list = field(default_factory=lambda: ITEMS)
    judge: Callable[[dict[str, Any]], Any] = schema_answer
    reads: int = 0

    def __call__(self, request: dict[str, Any]) -> Any:
        if not is_reading(request):
            return self.judge(request)
        self.reads += 1
        outline = good_outline(document_shown(request), self.items)
        how = self.then if is_reask(request) else self.first
        return outline if how == "good" else spoil(outline, how)
