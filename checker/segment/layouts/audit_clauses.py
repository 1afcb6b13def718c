"""Layout rule ``audit_clauses``: audit results told in clauses, each a problem with its amount and,
after a comma, the status of its rectification.

    审计反映55所学校少提取助学金2800万元，审计责成补提…，目前…已按要求补提1846.45万元；5所学校未按规定
    退还…学费89万元，已全部整改到位。
    对于…部分学校超标准收费、未及时结算学生代管费用2027万元，目前…其他学校均按审计决定清退…。

An audit office's summary of how what it found was put right writes each problem once, with the sum
or count it concerns, and goes straight on to what became of it (已…, 目前…已…): no label, no number.
Each clause (a paragraph's sentence or its part at ；) is a finding when it holds a figure, states a
fault (or is what the audit reported) up to that figure, and goes on after the figure's comma to what
was done; the paragraphs read so must hold no other clause, and two or more such clauses.
"""

from __future__ import annotations

import re

from checker.segment.document import Doc
from checker.segment.draft import Draft
from checker.segment.layouts.base import LAYOUTS, LayoutResult
from checker.segment.spans import trim
from checker.text.sentences import SENTENCE_STOPS

_MIN_CLAUSES = 2  # one clause alone is a sentence of a report read otherwise, not its results told so
_MIN_PROBLEM = 4  # characters a problem needs before its figure's comma to name anything
_MIN_STATUS = 2  # characters a status needs after that comma (已补提)
_CLAUSE_RE = re.compile(f"[^{SENTENCE_STOPS}]+")
_COMMA_RE = re.compile(r"[，,]")


def _clause(doc: Doc, a: int, b: int) -> Draft | None:
    """Clause ``a:b`` as a finding up to the comma after its figure and the status after it, or None."""
    text, p = doc.text, doc.v.patterns
    figure = p.figure.search(text, a, b)
    if figure is None:
        return None
    comma = _COMMA_RE.search(text, figure.end(), b)
    if comma is None:
        return None
    fa, fb = trim(text, a, comma.start())
    ra, rb = trim(text, comma.end(), b)
    if rb - ra < _MIN_STATUS or fb - fa < _MIN_PROBLEM:
        return None
    if p.problem_words.search(text, fa, fb) is None and p.audit_reported.search(text, fa, fb) is None:
        return None
    if p.measure_done.search(text, ra, rb) is None:
        return None  # no status told: a problem and its detail, no answer
    d = Draft(start=fa, end=rb, finding=(fa, fb))
    d.blocks.append((ra, rb))
    return d


@LAYOUTS.register("audit_clauses")
def audit_clauses_layout(doc: Doc) -> LayoutResult | None:
    """The findings of audit results told in clauses, or None unless one run of paragraphs holds only such
    clauses, two or more."""
    if not doc.v.weights.layouts.audit_clauses:
        return None
    text, body = doc.text, doc.body
    runs: list[tuple[int, int, list[Draft]]] = []  # paragraphs read whole as clauses, in runs
    for bi, ln in enumerate(body):
        clauses = [trim(text, m.start(), m.end()) for m in _CLAUSE_RE.finditer(text, ln.cstart, ln.end)]
        read = [_clause(doc, a, b) for a, b in clauses if b - a >= 2]
        if not read or any(d is None for d in read):
            continue
        drafts = [d for d in read if d is not None]
        if runs and runs[-1][1] == bi - 1:
            runs[-1] = (runs[-1][0], bi, runs[-1][2] + drafts)
        else:
            runs.append((bi, bi, drafts))
    if len(runs) != 1 or len(runs[0][2]) < _MIN_CLAUSES:
        return None  # none, or runs apart: clauses of a report read otherwise
    first, _, drafts = runs[0]
    for d in drafts:
        d.measure_label = doc.v.names.clause_measure_label
        d.loose = True
    preamble = (body[0].cstart, body[first - 1].end) if first > 0 else None
    return LayoutResult("audit_clauses", drafts, [], preamble, pairing="text")
