"""Short quotations of the report's words, cut where its clauses start and end.

A message or a follow-up question (追问) quotes a piece of the report: ``请补充“…”的依据``. The piece
it is given may start inside a word — evidence read on hard-wrapped text starts at a line break,
which the wrap put anywhere (``各\\n级各类反馈问题`` gives ``级各类反馈问题``) — and a long one must be
shortened. So a quotation starts where its clause starts (after 。；，、： or at a paragraph's start,
reading back over line breaks that fall mid-sentence) and ends where a clause ends; only a clause
longer than the room is cut inside, and says so with “…”. Line breaks a wrap left between Chinese
characters are dropped, others become a space.
"""

from __future__ import annotations

import re

CLAUSE_ENDS = "。；;！？!?，,、：:"
_SENTENCE_ENDS = "。；;！？!?"
_PAUSES = "，,、：:；;"  # a quotation does not end on these
_LOOK_BACK = 60  # characters read back for the clause's start
_STRETCH = 1.6  # a clause may run this far past the room to end at its own end
_HEADING_SHARE = 0.6  # a line this much shorter than the one under it heads it rather than wraps
_WRAP = re.compile(r"[ \t\u3000]*\n[ \t\u3000]*")
_CJK = re.compile(r"[\u3000-\u303f\u3400-\u9fff\uff00-\uffef“”‘’…—]")


def _unwrapped(text: str) -> str:
    """One line: a break between two Chinese characters (or their punctuation) is dropped, any other
    run of whitespace is one space."""

    def join(m: re.Match[str]) -> str:
        before, after = text[m.start() - 1 : m.start()], text[m.end() : m.end() + 1]
        return "" if _CJK.match(before) and _CJK.match(after) else " "

    return " ".join(_WRAP.sub(join, text).split())


def clause_start(text: str, start: int) -> int:
    """Where the clause holding ``text[start]`` starts: after the clause end before it, or at the
    start of its paragraph (a line break after a sentence end, or a blank line). A wrap's line break
    inside a sentence is read through. Within ``_LOOK_BACK`` characters; else ``start`` itself."""
    i = start
    while i > max(0, start - _LOOK_BACK):
        ch = text[i - 1]
        if ch in CLAUSE_ENDS:
            return i
        if ch == "\n":
            before = text[: i - 1].rstrip(" \t\u3000")
            if not before or before.endswith("\n") or before[-1] in _SENTENCE_ENDS or _heading_above(text, i):
                return i  # a paragraph starts here
        i -= 1
    return 0 if i == 0 else start


def _heading_above(text: str, at: int) -> bool:
    """Whether the line ending just before ``at`` is a heading over the line starting there, not a
    wrap of it: a wrap leaves its first line as long as the lines after it, a heading (（二）关于…的整改情况)
    stands well short of the paragraph under it."""
    above = text[text.rfind("\n", 0, at - 1) + 1 : at - 1].strip()
    below_end = text.find("\n", at)
    below = text[at : below_end if below_end >= 0 else len(text)].strip()
    return 0 < len(above) < _HEADING_SHARE * len(below)


def clause_end(text: str, end: int) -> int:
    """Where the clause holding ``text[end - 1]`` ends (its punctuation included), reading on over a
    wrap's line breaks; within ``_LOOK_BACK`` characters, else ``end`` itself."""
    if end <= 0 or text[end - 1] in CLAUSE_ENDS:
        return end
    i = end
    while i < min(len(text), end + _LOOK_BACK):
        ch = text[i]
        if ch in CLAUSE_ENDS:
            return i + 1
        if ch == "\n" and (text[i + 1 : i + 2] in ("", "\n") or text[i - 1] in _SENTENCE_ENDS):
            return i
        i += 1
    return len(text) if i == len(text) else end


def clause_cut(text: str, width: int) -> str:
    """``text`` on one line, at most about ``width`` characters: cut after its last clause end that
    keeps a third of it, else at the first one a little past the room, else inside with “…”."""
    text = _unwrapped(text)
    if len(text) <= width:
        return text
    cut = max(text.rfind(ch, 0, width) for ch in CLAUSE_ENDS)
    if cut >= width // 3:
        return text[:cut].rstrip() + "…"
    later = [i for i in (text.find(ch, width) for ch in CLAUSE_ENDS) if 0 <= i <= int(width * _STRETCH)]
    if later:
        return text[: min(later)].rstrip() + "…"
    return text[: width - 1] + "…"


def clause_quote(text: str, start: int, end: int, width: int) -> str:
    """The words of ``text[start:end]`` to quote, from the start of the clause they begin in to the
    end of the clause they end in, shortened to about ``width``."""
    quoted = clause_cut(text[clause_start(text, start) : clause_end(text, end)].strip(), width)
    return quoted.rstrip(_PAUSES) if not quoted.endswith("…") else quoted  # no “…，” in a quotation
