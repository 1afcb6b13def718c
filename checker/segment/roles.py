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
from checker.text.width import strip_spaces
from checker.vocabulary import Vocabulary

Role = Literal["problems", "measures", "mixed", "next_steps", "organisation", "other"]

_HEADING_MAX = 30  # characters of a heading line (marker excluded)
_LEAD_IN_MAX = 160
_CLAUSE_LEAD_IN = 60  # a lead-in sentence longer than this speaks by its last clause
_QUOTE_RE = re.compile(r"[“”\"「」《]")
_ANNOUNCE_MAX = 30  # the last clause of a long lead-in that announces what follows (现将…如下：)


def role_of(v: Vocabulary, heading: str) -> Role:
    """The role a heading's words give its section."""
    h = strip_spaces(heading)
    role = _role_of_words(v, h)
    # 针对上述问题，我园已制定整改方案，并立即组织实施：: a lead-in that answers what was listed before it
    # opens the measures, whatever problem or organising words it repeats
    answers = v.weights.layouts.referring_lead_in_answers and v.patterns.answering_lead_in.match(h) is not None
    return "measures" if answers and role in ("problems", "organisation") else role


def _role_of_words(v: Vocabulary, h: str) -> Role:
    p = v.patterns
    if v.names.area_suffix and h.endswith(v.names.area_suffix) and not p.problem_heading.search(h):
        return "other"  # （四）年度重点工作任务…落实情况方面: an area of problems, not a section of fixes
    if p.next_heading.search(h) and not p.next_heading_keeps.search(h):
        return "next_steps"
    if v.weights.layouts.handled_heading and p.handled_heading.search(h):
        return "measures"  # 问题的处理及整改情况: the handling of the problems
    has_p = bool(p.problem_heading.search(h))
    has_f = bool(p.fix_heading.search(h))
    if has_p and has_f:
        if p.mixed_heading.search(h):
            return "mixed"
        # 问题整改情况 is the measures, 整改中发现的问题 the problems: the later word decides.
        return "measures" if h.rfind(v.names.fix_word) > h.rfind(v.names.problem_word) else "problems"
    if has_f:
        return "measures"
    if has_p:
        return "problems"
    if p.organisation_heading.search(h):
        return "organisation"
    if p.order_lead_in.search(h):
        return "measures"  # …有关规定，现责令你单位：: what the unit is ordered to do follows
    return "other"


def heading_text(v: Vocabulary, text: str, line: Line) -> str | None:
    """The words that speak for a section when ``line`` can head one, else None: a short line, or
    the last sentence of a lead-in that ends in a colon."""
    body = line.body.strip()
    if not body:
        return None
    if v.weights.layouts.pipe_cells_table_only and line.marker is None and body.endswith("|"):
        return None  # a table's cell closed by its pipe (存在问题 |): a column's name, no section's
    if body[-1] in "：:" or v.patterns.announce_end.search(body) or v.patterns.fixes_announce_end.search(body):
        if len(body) > _LEAD_IN_MAX:
            return _announcing_clause(v, body)
        cut = max(body.rfind(p, 0, len(body) - 1) for p in "。；！？")
        last = body[cut + 1 :]
        if len(last) > _CLAUSE_LEAD_IN:
            # a long sentence of purposes (为…，进一步查找问题，…，现将有关情况通报如下：): its
            # last clause says what follows
            last = _last_clause(last)
        return last
    # The cheap tests first: most body lines are sentences, with a full stop inside.
    if body.find("。", 0, len(body) - 1) >= 0 or body.startswith(tuple(v.words.finding_openers)) or _QUOTE_RE.search(body):
        return None
    if len(body) > _HEADING_MAX and len(strip_spaces(body)) > _HEADING_MAX:
        return None
    if line.marker is None and body[-1] in "。；":
        return None  # a sentence of its own (审计指出的5个问题，已整改3个。), not a heading
    if v.weights.layouts.named_item_heading and line.marker is not None and body[-1] in "。；":
        return _item_name(body)
    return body


def _item_name(body: str) -> str:
    """The name before the colon of a numbered line stated to its full stop (ND203实验室：…。), the
    words that speak for it; the whole line when it has no such colon."""
    colon = min((i for i in (body.find("："), body.find(":")) if i > 0), default=-1)
    return body[:colon] if colon > 0 else body


def _last_clause(text: str) -> str:
    return text[max(text.rfind(p, 0, len(text) - 1) for p in "，,。；！？") + 1 :]


def _announcing_clause(v: Vocabulary, body: str) -> str | None:
    """The last clause of a paragraph too long for a lead-in when that clause announces what
    follows (…，根据…规定，现将督办问题逐村通报如下：): a notice's opening paragraph runs long, its
    last clause still heads the list after it."""
    if not v.weights.layouts.long_lead_in_announces or body[-1] not in "：:":
        return None
    last = _last_clause(body).strip()
    if len(last) > _ANNOUNCE_MAX or not v.patterns.announce_follows.search(last):
        return None
    return last


def section_role(v: Vocabulary, text: str, line: Line) -> Role | None:
    """The role of the section ``line`` opens, or None when it is not a heading."""
    h = heading_text(v, text, line)
    return role_of(v, h) if h is not None else None
