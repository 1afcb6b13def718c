"""Reading of last resort ``letters``: a short letter that answers the problems one paragraph each.

    现将有关整改情况说明如下：                                              (the lead-in)
    检查中指出我院现金管理不规范，…。收到反馈后，我们立即对库存现金进行了清理…   (a problem, then its answer)
    关于部分收费不符合标准的问题，…。我们安排信息科逐项核对…
    另外，我院固定资产账实不符。我们组织后勤、财务对全院资产进行了清查…
    以上问题目前已基本整改到位。…                                          (the close)

A unit writing back to whoever inspected it often numbers nothing: after the lead-in that announces
what follows, each paragraph states one problem and goes on to what the writer did about it, from a
sentence or clause that opens on the writer (我们, 我院, 对此 …: ``paragraph_answer``). When no other
layout reads the document, three or more such paragraphs in a row, each stating a fault or naming
the problem it takes up (关于…问题, 检查中指出, 另外 …: ``paragraph_problem_opener``), are its findings,
each paragraph's answer its measure; a paragraph that closes the letter (以上…, 下一步…:
``letter_close``) ends them. The lead-in is ``letter_lead_in`` (现将…如下：).

A digest of complaints answered a record a paragraph (12345 工单, 信访件) is such a letter: each paragraph
opens, past the record's number and a colon, on what a member of the public complained of (…号工单（9月3日）：
市民反映…。, ``record_complaint``) and turns to its handling after that sentence (record_complaints).
"""

from __future__ import annotations

import re

from checker.segment.document import Doc
from checker.segment.draft import Draft
from checker.segment.layouts.base import LayoutResult
from checker.segment.lines import Line
from checker.segment.spans import trim
from checker.text.sentences import SENTENCE_STOPS

_MIN_PARAGRAPHS = 3  # fewer: a passing mention, not a letter that answers its problems one by one
_MIN_CHARS = 16  # a shorter line is a heading, a salutation or a signature
_CLAUSE_START_RE = re.compile(r"(?<=[。！？；;，,])[ \t\u3000]*")


def _announced(doc: Doc) -> int | None:
    """The index in the body of the first line after the lead-in that announces what follows."""
    pat = doc.v.patterns.letter_lead_in
    for i, ln in enumerate(doc.body):
        if pat.search(ln.content):
            return i + 1
    return None


def _complaint_end(doc: Doc, ln: Line) -> int | None:
    """With record_complaints: where the complaint a record's paragraph opens on ends (…号工单（9月3日）：
    市民反映…。), when its answer follows; else None."""
    text = doc.text
    if not doc.v.weights.layouts.record_complaints or doc.v.patterns.record_complaint.match(text, ln.body_start, ln.end) is None:
        return None
    stop = next((i + 1 for i in range(ln.body_start, ln.end) if text[i] in SENTENCE_STOPS), ln.end)
    return stop if trim(text, stop, ln.end)[0] < ln.end else None


def _answer_at(doc: Doc, ln: Line) -> int | None:
    """Where the paragraph turns from its problem to what the writer did: a later sentence or clause
    that opens on the writer (收到反馈后，我们…, 对此，我院已…), or the end of the complaint a record
    opens on (record_complaints)."""
    if (end := _complaint_end(doc, ln)) is not None:
        return end
    text, answer = doc.text, doc.v.patterns.paragraph_answer
    for m in _CLAUSE_START_RE.finditer(text, ln.body_start, ln.end):
        if m.end() < ln.end and answer.match(text, m.end(), ln.end):
            return m.end()
    return None


def _states_problem(doc: Doc, ln: Line, at: int) -> bool:
    p, text = doc.v.patterns, doc.text
    a = ln.body_start
    return (
        p.paragraph_problem_opener.match(text, a, at) is not None
        or (doc.v.weights.layouts.record_complaints and p.record_complaint.match(text, a, at) is not None)
        or p.problem_words.search(text, a, at) is not None
        or p.item_faults.search(text, a, at) is not None
    )


def letters_layout(doc: Doc) -> LayoutResult | None:
    """The findings of a letter answering its problems a paragraph each, or None when it is not one."""
    first = _announced(doc)
    if first is None:
        return None
    closing = doc.v.patterns.letter_close
    drafts: list[Draft] = []
    for ln in doc.body[first:]:
        if len(ln.body) < _MIN_CHARS or ln.marker is not None:
            break  # a heading, a signature: the letter's answers are over
        if closing.match(doc.text, ln.body_start, ln.end):
            break
        at = _answer_at(doc, ln)
        if at is None or not _states_problem(doc, ln, at):
            return None  # a paragraph of the run that is not a problem with its answer: not such a letter
        d = Draft(start=ln.cstart, end=ln.end, finding=trim(doc.text, ln.body_start, at))
        d.blocks.append(trim(doc.text, at, ln.end))
        d.loose = True
        drafts.append(d)
    if len(drafts) < _MIN_PARAGRAPHS:
        return None
    body = doc.body
    preamble = (body[0].cstart, body[first - 1].end) if first > 0 else None
    return LayoutResult("letters", drafts, [], preamble, pairing="adjacency")
