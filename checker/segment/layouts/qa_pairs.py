"""Layout rule ``qa_pairs``: a board of questions and answers, each answer telling what became of the
problem the question asks about.

    问：这次巡察一共发现了几个问题？                                   (a tally: no finding)
    答：巡察组反馈我社区问题4个，目前已整改3个，1个正在整改。
    问：小区停车位被长期占用，管了没有？
    答：巡察指出社区对公共停车位管理缺位，有6个车位被个人圈占。社区已于5月拆除地锁6把…
    问：整改工作有意见向哪里反映？                                     (no fault named: no finding)
    答：可以拨打社区监督电话。

An office that tells the public how it fixed what an inspection found (政务公开 问答, 群众问答 on a
村务公开栏) often writes the problems as the questions people ask, each on a line opened by its label
(问：, ``qa_question``) and answered on the next (答：, ``qa_answer``). Each pair that names a fault is a
finding: the question, with the answer's opening that tells the problem (巡察指出…, ``restated_problem``:
its first sentence; or the sentences before the first act), and the rest of the answer is its measure,
from the first clause that opens on an act (已…, 将…, 正在…: ``restated_answer``). A pair whose answer
opens by tallying the problems (问题5个，已整改4个: ``count_tally``), that asks where to complain (找谁反映:
``qa_channel``) or that names no fault (``problem_words``, ``absence_words``, or as people ask of one:
为啥不…, 没…: ``qa_fault``) is none. Three pairs or more.
"""

from __future__ import annotations

import re

from checker.segment.document import Doc
from checker.segment.draft import Draft
from checker.segment.layouts.base import LAYOUTS, LayoutResult, body_preamble
from checker.segment.lines import Line
from checker.segment.spans import trim
from checker.text.sentences import SENTENCE_STOPS

_MIN_PAIRS = 3  # fewer questions: an aside, not a board of them
_CLAUSE_START_RE = re.compile(r"(?<=[，,；;。！？!?])[ \t\u3000]*")


def _first_sentence_end(doc: Doc, a: int, b: int) -> int:
    """Where the first sentence of ``[a, b)`` ends, its stop included."""
    for i in range(a, b):
        if doc.text[i] in SENTENCE_STOPS:
            return i + 1
    return b


def _first_act(doc: Doc, a: int, b: int) -> int | None:
    """The start of the first clause after ``a`` in ``[a, b)`` that opens on an act (已…, 将…, 正在…)."""
    act = doc.v.patterns.restated_answer
    for m in _CLAUSE_START_RE.finditer(doc.text, a + 1, b):
        if m.end() < b and act.match(doc.text, m.end(), b) is not None:
            return m.end()
    return None


def _opening_end(doc: Doc, a: int, b: int) -> int:
    """Where the answer ``[a, b)`` turns from telling the problem to what was done: at its first act; an
    answer that opens on the problem as the inspectors stated it tells it in its first sentence at most;
    with no act, a first sentence naming a fault, more following it, tells the problem; else the answer
    tells none (``a``)."""
    act = _first_act(doc, a, b)
    first = _first_sentence_end(doc, a, b)
    if doc.v.patterns.restated_problem.match(doc.text, a, b) is not None:
        return min(act, first) if act is not None else first
    if act is not None:
        return act
    return first if trim(doc.text, first, b)[0] < b and _names_fault(doc, a, first) else a


def _names_fault(doc: Doc, a: int, b: int) -> bool:
    p, text = doc.v.patterns, doc.text
    return (
        p.problem_words.search(text, a, b) is not None
        or p.absence_words.search(text, a, b) is not None
        or p.restated_problem.search(text, a, b) is not None
        or p.qa_fault.search(text, a, b) is not None
    )


def _pairs(doc: Doc) -> list[tuple[tuple[int, int], tuple[int, int], int]]:
    """Each question's words, its answer's words, and where the answer's lines end."""
    p, text = doc.v.patterns, doc.text
    lines = [ln for ln in doc.lines if ln.cstart < doc.content_end]
    body = {ln.idx for ln in doc.body}
    found: list[tuple[tuple[int, int], tuple[int, int], int]] = []
    q: Line | None = None
    i = 0
    while i < len(lines):
        ln = lines[i]
        i += 1
        if ln.blank or ln.idx not in body:
            continue
        if (m := p.qa_question.match(text, ln.body_start, ln.end)) is not None:
            q = ln
            question = (m.end(), ln.end)
            continue
        m = p.qa_answer.match(text, ln.body_start, ln.end)
        if m is None or q is None:
            q = None
            continue
        end = ln.end
        # the answer runs on over the lines of its paragraph, up to the next question
        while i < len(lines) and not lines[i].blank and lines[i].idx in body:
            nxt = lines[i]
            if p.qa_question.match(text, nxt.body_start, nxt.end) or p.qa_answer.match(text, nxt.body_start, nxt.end):
                break
            end = nxt.end
            i += 1
        found.append((question, (m.end(), end), q.cstart))
        q = None
    return found


@LAYOUTS.register("qa_pairs")
def qa_pairs_layout(doc: Doc) -> LayoutResult | None:
    """The findings of a question-and-answer board, or None when it has fewer than three pairs."""
    if not doc.v.weights.layouts.qa_pairs:
        return None
    pairs = _pairs(doc)
    if len(pairs) < _MIN_PAIRS:
        return None
    text, p = doc.text, doc.v.patterns
    drafts: list[Draft] = []
    for (qa, qb), (aa, ab), start in pairs:
        aa, ab = trim(text, aa, ab)
        if p.count_tally.search(text, aa, _first_sentence_end(doc, aa, ab)) is not None:
            continue  # 问题5个，已整改4个: the board's tally, no finding
        if p.qa_channel.search(text, qa, qb) is not None:
            continue  # 找谁反映: where to complain, no finding
        if not _names_fault(doc, qa, qb) and not _names_fault(doc, aa, _opening_end(doc, aa, ab)):
            continue  # 整改由谁牵头: the question names no fault, nor does the answer's opening
        cut = _opening_end(doc, aa, ab)
        d = Draft(start=start, end=ab, finding=trim(text, qa, cut if cut > aa else qb), title=trim(text, qa, qb))
        if cut < ab:
            d.blocks.append(trim(text, cut, ab))
        d.loose = True
        drafts.append(d)
    if not drafts:
        return None
    return LayoutResult("qa_pairs", drafts, [], body_preamble(doc, drafts[0].start), pairing="adjacency")
