"""A report read from a model's validated outline, and the pieces around it that need no model.

- :func:`reading_unsure`: whether the rules' reading is unsure enough to ask a model (no finding,
  or a confidence below the rubric's ``unsegmented`` ``params.min_confidence``).
- :func:`reading_windows`: long texts cut into overlapping windows that start at an enumerator.
- :func:`merge_windows`: the findings of every window in order, duplicates from the overlaps dropped.
- :func:`report_from_outline`: the :class:`Report` of the located findings. Spans are cut from
  offsets, as the rules' are, so ``text[start:end] == span.text`` holds for every one of them.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from checker.models import DocumentKind, OutlineNode, Report, Segmentation
from checker.segment.draft import Draft, build_finding
from checker.segment.fields import FieldHit
from checker.segment.kind import decide_kind
from checker.segment.labels import label_kind, label_text, labels_of
from checker.segment.outline import Located, overlaps
from checker.segment.weigh import reading_confidence
from checker.text.enumerators import HEADING_RE
from checker.vocabulary import Vocabulary

if TYPE_CHECKING:
    from checker.rubric import Rubric

DEFAULT_MIN_CONFIDENCE = 0.5  # as the ``unsegmented`` analyser, when a rubric does not say
WINDOW_CHARS = 12_000
OVERLAP_CHARS = 1_500
_LINE_START_RE = re.compile(r"(?:^|\n)[ \t\u3000]*", re.MULTILINE)


def min_confidence(rubric: Rubric) -> float:
    rule = rubric.flags.get("unsegmented")
    return float(rule.params.get("min_confidence", DEFAULT_MIN_CONFIDENCE)) if rule else DEFAULT_MIN_CONFIDENCE


def reading_unsure(report: Report, rubric: Rubric) -> bool:
    """True when the rules' reading would carry the ``unsegmented`` flag."""
    return not report.findings or report.segmentation.confidence < min_confidence(rubric)


# ---------------------------------------------------------------- windows


def _boundaries(text: str) -> list[int]:
    """Offsets of the lines that open with an enumerator (一、 (一) 1. 问题1: …)."""
    out = []
    for m in _LINE_START_RE.finditer(text):
        if HEADING_RE.match(text, m.end()) and m.end() < len(text):
            out.append(text.rfind("\n", 0, m.end()) + 1)
    return sorted(set(out))


def _line_start_before(text: str, pos: int, floor: int) -> int:
    at = text.rfind("\n", floor, pos)
    return at + 1 if at >= floor else pos


def reading_windows(text: str, size: int = WINDOW_CHARS, overlap: int = OVERLAP_CHARS) -> list[tuple[int, int]]:
    """``[(start, end)]`` covering ``text``: one window when it fits, else windows of at most ``size``
    characters, each starting at an enumerator line (or a line start) within ``overlap`` characters
    before the previous one's end, so a finding cut by one window's end is whole in the next."""
    if len(text) <= size:
        return [(0, len(text))]
    marks = _boundaries(text)
    windows: list[tuple[int, int]] = []
    start = 0
    while True:
        end = min(len(text), start + size)
        if end < len(text):
            # End just before an enumerator in the window's second half, else at a line start.
            cut = [b for b in marks if start + size // 2 < b <= end]
            end = cut[-1] if cut else _line_start_before(text, end, start + size // 2)
        windows.append((start, end))
        if end >= len(text):
            return windows
        nxt = [b for b in marks if end - overlap <= b < end and b > start]
        following = nxt[0] if nxt else _line_start_before(text, end - overlap // 2, start + 1)
        start = following if following > start else end


def merge_windows(parts: list[list[Located]]) -> list[Located]:
    """The findings of all windows in reading order. Findings whose problems share text were read
    twice (the windows overlap): the larger reading is kept, the one a window's end did not cut."""
    pool = sorted((f for part in parts for f in part), key=lambda f: (f.problem[0], -f.size))
    kept: list[Located] = []
    for f in pool:
        clash = next(
            (i for i, k in enumerate(kept) if any(a < d and c < b for a, b in f.spans for c, d in k.spans)), None
        )
        if clash is None:
            kept.append(f)
        elif f.size > kept[clash].size:
            kept[clash] = f
    kept.sort(key=lambda f: f.problem[0])
    assert not overlaps(kept)
    return kept


# ---------------------------------------------------------------- the report


def _measure_label(v: Vocabulary, text: str, measure: tuple[int, int]) -> tuple[str | None, int]:
    """The measure label written before or at the start of the measure (整改情况：), and where the
    measure's own text starts."""
    line_start = text.rfind("\n", 0, measure[0]) + 1
    for pos in dict.fromkeys((line_start, measure[0])):
        m = labels_of(v).line.match(text, pos, max(measure[1], pos))
        if m is not None and label_kind(m) == "measure" and m.end() <= measure[1]:
            return label_text(m), max(measure[0], m.end())
    return None, measure[0]


def _field(kind: str, label: str, span: tuple[int, int] | None) -> list[FieldHit]:
    return [FieldHit(kind=kind, label=label, label_start=span[0], start=span[0], end=span[1])] if span else []


def _draft(v: Vocabulary, text: str, f: Located, others: list[tuple[int, int]]) -> Draft:
    label, m_start = _measure_label(v, text, f.measure) if f.measure else (None, 0)
    # The region runs on to the measure when it follows its problem directly; a measure written in
    # a later section (problems first, fixes after) stays a block of its own, as in the rules.
    adjacent = f.measure is not None and not any(f.problem[1] <= a < f.measure[0] for a, _ in others)
    return Draft(
        start=f.problem[0],
        end=f.measure[1] if adjacent and f.measure else f.problem[1],
        finding=f.problem,
        measure_label=label,
        blocks=[(m_start, f.measure[1])] if f.measure else [],
        fields=_field("owner", v.names.model_owner_label, f.owner) + _field("deadline", v.names.model_deadline_label, f.deadline),
        loose=True,
    )


def _outline_nodes(report: Report, findings: list) -> list[OutlineNode]:
    text = report.view
    nodes = []
    for f in findings:
        parts = [(f.finding.start, "finding")] + ([(f.measure.start, f"measure of F{f.index}")] if f.measure else [])
        for start, role in parts:
            stop = text.find("\n", start)
            end = min(stop if stop >= 0 else len(text), start + 40)
            nodes.append(OutlineNode.cut(report.document, start, end, rank=0, role=role))
    return sorted(nodes, key=lambda n: n.start)


def report_from_outline(v: Vocabulary, rules: Report, located: list[Located], kind: DocumentKind) -> Report:
    """The report read from a validated outline: the rules' title, boilerplate and the claims that
    lie outside every finding are kept, the findings are the model's."""
    view = rules.view
    spans = [s for f in located for s in f.spans]
    drafts = [_draft(v, view, f, [s for s in spans if s not in f.spans]) for f in located]
    findings = [build_finding(v, rules.document, d, i + 1) for i, d in enumerate(drafts)]
    regions = [(f.span.start, f.span.end) for f in findings] + [f.measure for f in located if f.measure]
    claims = [c for c in rules.claims if not any(a < c.end and c.start < b for a, b in regions)]
    first = located[0].problem[0] if located else len(view)
    preamble = rules.preamble if rules.preamble is not None and rules.preamble.end <= first else None
    body_chars = len(view.strip()) - sum(b.end - b.start for b in rules.boilerplate)
    paired = any(f.measure is not None for f in findings)
    segmentation = Segmentation(
        layout="model",
        confidence=reading_confidence(v, findings, max(1, body_chars), 0),
        source="model",
        pairing="quotes",
        unpaired_problems=[f.finding for f in findings if f.measure is None] if paired else [],
        outline=_outline_nodes(rules, findings),
    )
    if kind == "unknown":
        kind = decide_kind(v, rules.title, view[:600], "model", findings)
    report = rules.model_copy(
        update={
            "findings": findings,
            "groups": [],
            "claims": claims,
            "preamble": preamble,
            "kind": kind,
            "layout": "model",
            "segmentation": segmentation,
        }
    )
    return report
