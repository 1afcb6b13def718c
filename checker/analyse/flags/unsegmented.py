"""unsegmented — the document could not be split into findings with confidence (document flag).

What it does: fires when the segmenter found no finding at all, or when its reading scores below the
rubric's ``params.min_confidence`` (see :mod:`checker.segment.confidence`).
Why an auditor cares: a reader that cannot pair findings with measures has nothing to judge; a
review of such a draft must say that a person has to read it, never "no findings, score 100".
Evidence: the opening of the text that could not be read (at most one line).
"""

from __future__ import annotations

from checker.analyse.context import DocumentContext
from checker.analyse.scan import hit, span_of
from checker.flags import FlagSpec
from checker.models import FlagHit

CODE = "unsegmented"
_DEFAULT_MIN_CONFIDENCE = 0.5
_EVIDENCE_MAX = 60


def check_document(dctx: DocumentContext) -> list[tuple[int | None, FlagHit]]:
    report, text = dctx.report, dctx.text
    rule = dctx.c.rubric.flags.get(CODE)
    floor = float(rule.params.get("min_confidence", _DEFAULT_MIN_CONFIDENCE)) if rule else _DEFAULT_MIN_CONFIDENCE
    seg = report.segmentation
    if report.findings and seg.confidence >= floor:
        return []
    # Evidence: the first line of the body (after the title), else the first line of the text.
    start = report.preamble.start if report.preamble is not None else 0
    a, b = span_of(text, start, len(text))
    stop = text.find("\n", a, b)
    b = min(stop if stop >= 0 else b, a + _EVIDENCE_MAX)
    a, b = span_of(text, a, b)
    if a >= b:
        a, b = span_of(text, 0, min(len(text), _EVIDENCE_MAX))
    reason = "no_findings" if not report.findings else "low_confidence"
    return [(None, hit(CODE, text, a, b, reason=reason, confidence=round(seg.confidence, 2)))]


FLAG = FlagSpec(CODE, order=13, check_document=check_document)
