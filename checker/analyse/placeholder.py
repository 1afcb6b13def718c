"""placeholder — unfilled placeholders (*, XX, ××, 某某, 【】, (待填)) in text meant for publication.

What it does: finds the rubric pattern ``placeholder`` outside boilerplate; an asterisk used as a
footnote mark (``*注:`` at a line start, or a trailing ``*`` after a word when the document has a
note line) is left alone. Placeholders of one finding give one flag on that finding; outside
findings, one document flag per line, so a redacted report gives a handful of flags, not dozens.
Why an auditor cares: a published report with blanks where names and numbers should be cannot be
checked and was not finished.
Evidence: the clause holding the first placeholder of the finding or line.
"""

from __future__ import annotations

import re

from checker.analyse.context import DocumentContext, hit
from checker.models import FlagHit

CODE = "placeholder"
_CLAUSE_END = "。！？!?；;，,\n"
_NOTE_LINE = re.compile(r"^[ \t\u3000]*(?:\*+\s*\S|注[:：])", re.M)


def _footnote(text: str, s: int, e: int, has_notes: bool) -> bool:
    if not text[s:e].strip("*"):
        if text[e : e + 1] == "号":  # 带*号的数据: the note speaking of the mark
            return True
        line_start = text.rfind("\n", 0, s) + 1
        if not text[line_start:s].strip():  # "*注:" / "* 数据来源…" at a line start is the note itself
            return True
        if has_notes and e - s == 1 and s > 0 and not text[s - 1].isdigit():
            nxt = text[e : e + 1]
            return nxt == "" or nxt in _CLAUSE_END or nxt.isspace() or nxt in "）)”"
    return False


def _clause(text: str, s: int, e: int) -> tuple[int, int]:
    a = max(text.rfind(ch, 0, s) for ch in _CLAUSE_END) + 1
    ends = [i for i in (text.find(ch, e) for ch in _CLAUSE_END) if i >= 0]
    b = min(ends) if ends else len(text)
    if b - a > 80:
        a, b = max(a, s - 20), min(b, e + 20)
    return a, b


def check_document(dctx: DocumentContext) -> list[tuple[int | None, FlagHit]]:
    text = dctx.text
    skip = [(bp.start, bp.end) for bp in dctx.report.boilerplate]
    spans = [(fc.finding.span.start, fc.finding.span.end, fc.finding.index) for fc in dctx.findings]
    has_notes = bool(_NOTE_LINE.search(text))
    groups: dict[tuple[str, int], list[tuple[int, int]]] = {}
    for m in dctx.c.pat("placeholder").finditer(text):
        s, e = m.start(), m.end()
        if any(a <= s < b for a, b in skip) or _footnote(text, s, e, has_notes):
            continue
        owner = next((idx for a, b, idx in spans if a <= s < b), None)
        key = ("finding", owner) if owner is not None else ("line", text.rfind("\n", 0, s) + 1)
        groups.setdefault(key, []).append((s, e))
    out: list[tuple[int | None, FlagHit]] = []
    for (where, key), found in groups.items():
        a, b = _clause(text, *found[0])
        h = hit(CODE, text, a, b, count=len(found), token=text[found[0][0] : found[0][1]])
        out.append((key if where == "finding" else None, h))
    return out
