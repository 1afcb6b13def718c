"""What a section of a report is for, read from its heading: the problems found, the measures taken,
both, the next steps, the organisation of the work.

A heading is a short line (with or without an enumerator) or a lead-in sentence that ends in a colon
(``检查中发现以下问题：``, ``针对上述问题，整改情况如下：``). Only the lead-in's last sentence speaks
for the section: ``…召开专题会议。现将整改情况报告如下：`` opens measures.
"""

from __future__ import annotations

import re
from typing import Literal

from checker.segment.lines import Line
from checker.text.patterns import compile_pattern
from checker.text.width import strip_spaces

Role = Literal["problems", "measures", "mixed", "next_steps", "organisation", "other"]

PROBLEM_HEAD_RE = compile_pattern(
    r"(?:存在|发现|查摆|反馈|排查|梳理|指出|出现|查找|自查|检查出?|审计出?|巡察|巡视|督查)"
    r"[^。；：“”]{0,12}?的?(?:主要|突出|具体)?(?:问题|不足)"
    r"|问题清单|问题台账|存在不足|主要问题|突出问题|问题及原因|问题表现|失分(?:原因|情况)|扣分(?:原因|情况)"
)
FIX_HEAD_RE = compile_pattern(
    r"整改(?:措施|情况|落实|要求|举措|方向|打算|结果|完成|进展|工作情况|意见)|改进措施|具体措施|落实情况"
    r"|整改如下|措施如下|改进方向|逐项(?:整改|落实|销号)|整改[：:]$|作了?如下整改|进行了?整改[：:]$"
)
# 问题及整改情况 holds both; 问题整改情况 (審計發現問題整改情況) is the measures.
_MIXED_RE = compile_pattern(r"问题[^。；]{0,4}(?:及|和|与|、)[^。；]{0,4}整改")
NEXT_HEAD_RE = compile_pattern(
    r"下一步(?:工作)?(?:打算|计划|安排|思路|工作|重点)|今后(?:工作|打算)|工作打算|努力方向|^(?:有关|工作)要求$"
)
ORG_HEAD_RE = compile_pattern(
    r"组织(?:领导|保障|实施|整改)|领导小组|高度重视|提高(?:政治)?站位|统一思想|基本情况|开展情况|总体情况|整体情况|工作推进"
)
_HEADING_MAX = 30  # characters of a heading line (marker excluded)
_LEAD_IN_MAX = 160
_QUOTE_RE = compile_pattern(r"[“”\"「」《]")


def role_of(heading: str) -> Role:
    """The role a heading's words give its section."""
    h = strip_spaces(heading)
    if NEXT_HEAD_RE.search(h) and not re.search(r"整改措施|整改要求", h):
        return "next_steps"
    has_p = bool(PROBLEM_HEAD_RE.search(h))
    has_f = bool(FIX_HEAD_RE.search(h))
    if has_p and has_f:
        return "mixed" if _MIXED_RE.search(h) else ("measures" if h.rfind("整改") > h.rfind("问题") else "problems")
    if has_f:
        return "measures"
    if has_p:
        return "problems"
    if ORG_HEAD_RE.search(h):
        return "organisation"
    return "other"


def heading_text(text: str, line: Line) -> str | None:
    """The words that speak for a section when ``line`` can head one, else None: a short line, or
    the last sentence of a lead-in that ends in a colon."""
    body = line.body.strip()
    if not body:
        return None
    if body[-1] in "：:":
        if len(body) > _LEAD_IN_MAX:
            return None
        cut = max(body.rfind(p, 0, len(body) - 1) for p in "。；！？")
        return body[cut + 1 :]
    # The cheap tests first: most body lines are sentences, with a full stop inside.
    if body.find("。", 0, len(body) - 1) >= 0 or body.startswith(("关于", "针对")) or _QUOTE_RE.search(body):
        return None
    if len(body) > _HEADING_MAX and len(strip_spaces(body)) > _HEADING_MAX:
        return None
    if line.marker is None and body[-1] in "。；":
        return None  # a sentence of its own (审计指出的5个问题，已整改3个。), not a heading
    return body


def section_role(text: str, line: Line) -> Role | None:
    """The role of the section ``line`` opens, or None when it is not a heading."""
    h = heading_text(text, line)
    return role_of(h) if h is not None else None
