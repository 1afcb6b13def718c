"""truncated — text cut off mid-sentence, or web residue in the document.

What it does: (a) document flag when web residue remains (rubric lexicon ``web_residue``: 试读结束,
查阅全文, 上一篇/下一篇, 如若转载 …); (b) finding flag when a measure ends with a comma or enumeration
mark (``，`` ``、``), or when a finding's text stops without closing punctuation right before the
residue or the end of the document (``*受`` then 试读结束).
Why an auditor cares: a cut-off text is not the report as issued; what is missing cannot be judged.
Evidence: the residue line, or the cut-off clause.
"""

from __future__ import annotations

import re

from checker.analyse.context import DocumentContext
from checker.analyse.scan import hit, span_of
from checker.flags import FlagSpec
from checker.models import FlagHit

CODE = "truncated"
_OPEN_END = "，,、"
_CLOSED = "。！？!?；;…”」』）)】\"'"
# What may follow a cut-off finding up to the residue or the end: blanks, dots, rules, stars.
_FILLER = re.compile(r"[ \t\r\n\u3000.…\-—=*·]*")


def _tail(text: str, start: int, end: int) -> tuple[int, int]:
    """The last clause of ``text[start:end]`` (at most 60 characters)."""
    body = text[start:end].rstrip(_OPEN_END + " \t\r\n\u3000")
    cut = max(body.rfind(ch) for ch in "。！？!?；;\n")
    a = start + cut + 1 if cut >= 0 else start
    a = max(a, end - 60)
    return span_of(text, a, end)


def check_document(dctx: DocumentContext) -> list[tuple[int | None, FlagHit]]:
    text, c = dctx.text, dctx.c
    out: list[tuple[int | None, FlagHit]] = []
    residue = c.lex("web_residue").search(text)
    residue_at = residue.start() if residue else len(text)
    if residue:
        ls = text.rfind("\n", 0, residue.start()) + 1
        le = text.find("\n", residue.end())
        a, b = span_of(text, ls, le if le >= 0 else len(text))
        if b - a > 60:
            a, b = residue.start(), residue.end()
        out.append((None, hit(CODE, text, a, b, reason="residue", variant="residue", residue=residue.group(0))))
    text_end = len(text.rstrip())
    for fc in dctx.findings:
        m, f = fc.measure, fc.finding
        if m is not None and m.view.rstrip().endswith(tuple(_OPEN_END)):
            s, e = span_of(text, m.start, m.end)
            out.append((f.index, hit(CODE, text, *_tail(text, s, e), reason="measure", variant="measure")))
            continue
        end = min(f.span.end, residue_at) if f.span.start < residue_at else f.span.end
        s, e = span_of(text, f.span.start, end)
        if e <= s:
            continue
        # Only filler up to the residue or the end (matched in place: a slice per finding is quadratic).
        only_filler = e > residue_at or _FILLER.fullmatch(text, e, residue_at) is not None
        if only_filler and text[e - 1] not in _CLOSED and (
            residue is not None or (e >= text_end and not f.deadline_field and not f.owner_fields)
        ):
            out.append((f.index, hit(CODE, text, *_tail(text, s, e), reason="cut", variant="cut")))
    return out


FLAG = FlagSpec(CODE, order=12, check_document=check_document)
