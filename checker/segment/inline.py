"""Outline written inside paragraphs, cut into lines of their own.

Reports pasted from web pages put a whole list in one paragraph (``发现以下问题：1、…；2、…；3、…``)
and several problem/measure pairs in one paragraph (``…方面存在问题：…整改措施：一是…``). Cutting
such a paragraph where each enumerator or label starts turns it into the outline every layout reads
line by line. A cut is made only where the outline is unmistakable:

- an enumerator at a sentence start (after ``。；：`` or the paragraph start) that belongs to a run of
  two or more in sequence (``1、…；2、…``) — a lone ``2、`` inside a sentence is a page-chunk mark;
- a problem label sentence (``…方面存在问题：``, ``问题：``) and a measure label at a sentence start
  (``整改措施：``), but not the list items after a measure label, which stay the measure's own items;
- a task block label (``整改任务一：`` / ``整改目标：`` / ``整改完成情况：``).

``一是…二是…`` never cuts: such items are sub-points or measure items, read by :mod:`items`.
"""

from __future__ import annotations

from checker.segment.labels import LINE_LABEL_RE, MEASURE_LABELS, TARGET_LABELS, _alt
from checker.segment.lines import Line
from checker.text.enumerators import Marker, iter_item_markers, match_heading_marker
from checker.text.patterns import compile_pattern

# Families that may head a finding or a section when written inline.
_CUT_FAMILIES = frozenset({"num", "num_paren", "cn_paren", "cn_dun", "circled"})
# A problem label sentence: a short topic phrase, then 存在(的)(主要)问题：
_PROBLEM_SENTENCE = (
    r"(?P<s>[^。！？；：]{0,30}?"  # the topic phrase may run over a hard wrap
    r"(?:存在|发现|查摆出?|反馈|还存在)\n?的?\n?(?:主要|突出|具体)?\n?(?:问题|不足)(?:和不足|及不足)?)[ \t\u3000]*："
)
PROBLEM_SENTENCE_RE = compile_pattern(r"(?:^|(?<=[。！？；\n \t\u3000]))" + _PROBLEM_SENTENCE)
# The same sentence right after a heading's enumerator: （一）在…方面存在问题：
PROBLEM_AFTER_MARKER_RE = compile_pattern(_PROBLEM_SENTENCE)
_LABEL_CUT_RE = compile_pattern(
    rf"(?:^|(?<=[。！？；]))[ \t\u3000]*[【\[]?(?P<l>{_alt(MEASURE_LABELS + TARGET_LABELS)})(?:[】\]]|[ \t\n\u3000]*：)"
    r"|(?:^|(?<=[。！？；：]))[ \t\u3000]*(?P<t>整改任务[一二三四五六七八九十\d]{1,3})[ \t\u3000]*[：、.．]"
)
_LABEL_WORD_RE = compile_pattern(rf"{_alt(MEASURE_LABELS + TARGET_LABELS)}|整改任务")  # what every label cut holds
_MIN_RUN = 2


def _enumerator_cuts(text: str, line: Line, stop: int) -> list[int]:
    """Starts of inline enumerators in ``text[line.cstart:stop]`` that form a run in sequence."""
    by_family: dict[str, list[Marker]] = {}
    for mk in iter_item_markers(text, line.cstart, stop, cut_only=True):
        if mk.family in _CUT_FAMILIES:
            by_family.setdefault(mk.family, []).append(mk)
    own = line.marker
    cuts: list[int] = []
    for fam, marks in by_family.items():
        run: list[Marker] = []
        if own is not None and own.family == fam:
            run = [own]
        for mk in marks:
            if mk.start == line.cstart:
                continue
            if run and run[-1].value < mk.value <= run[-1].value + 2:  # a withdrawn number may be skipped
                run.append(mk)
            elif mk.value == 1:
                if len(run) >= _MIN_RUN:
                    cuts.extend(m.start for m in run if m.start > line.cstart)
                run = [mk]
        if len(run) >= _MIN_RUN:
            cuts.extend(m.start for m in run if m.start > line.cstart)
    return cuts


def _label_cuts(text: str, line: Line) -> tuple[list[int], int]:
    """Cuts before problem-label sentences and labels; also where the first measure label starts
    (enumerators after it belong to the measure)."""
    cuts: list[int] = []
    first_measure = line.end
    # Both patterns open at any sentence start, so the engine tries them at every character; each
    # needs a word a line without it lacks (a colon; one of the labels).
    if text.find("：", line.cstart, line.end) >= 0:
        for m in PROBLEM_SENTENCE_RE.finditer(text, line.cstart, line.end):
            a = m.start("s")
            if a > line.cstart:
                cuts.append(a)
    labels = _LABEL_WORD_RE.search(text, line.cstart, line.end) is not None
    for m in _LABEL_CUT_RE.finditer(text, line.cstart, line.end) if labels else ():
        a = m.start("l") if m.group("l") else m.start("t")
        if m.group("l") and m.group("l") not in TARGET_LABELS:
            first_measure = min(first_measure, a)
        if a > line.cstart:
            cuts.append(a)
    # "（一）在…方面存在问题：…整改措施：…": the enumerator groups the problem-label findings that follow, so
    # the problem sentence is cut from it and numbered like its siblings.
    if line.marker is not None and PROBLEM_AFTER_MARKER_RE.match(text, line.marker.end, line.end) and cuts:
        cuts.append(line.marker.end)
    return cuts, first_measure


_FLAT_MIN = 200  # a line this long that holds headings after spaces lost its line breaks
_SPACED_RE = compile_pattern(r"[ \u3000]+(?=\S)")


def _flattened_cuts(text: str, line: Line) -> list[int]:
    """Where a text that lost its line breaks (copied as one run, a space left at each break) starts a
    heading or a label again: an enumerator or a label right after a space."""
    if len(line.content) < _FLAT_MIN:
        return []
    cuts: list[int] = []
    for m in _SPACED_RE.finditer(text, line.cstart, line.end):
        p = m.end()
        mk = match_heading_marker(text, p, line.end)
        if (mk is not None and mk.end < line.end and mk.family != "ordinal") or LINE_LABEL_RE.match(text, p, line.end):
            cuts.append(p)
    return cuts


def _piece(text: str, idx: int, a: int, b: int) -> Line:
    while b > a and text[b - 1] in " \t\u3000":
        b -= 1
    ln = Line(idx, a, b, a, text[a:b])
    mk = match_heading_marker(text, a, b)
    ln.marker = mk if mk is not None and mk.end < b else None
    return ln


def split_inline(text: str, body: list[Line], next_idx: int) -> list[Line]:
    """``body`` with paragraphs cut where an inline outline starts; new lines get fresh indexes
    from ``next_idx`` on (the first piece keeps the paragraph's own)."""
    out: list[Line] = []
    for ln in body:
        if "\t" in ln.content or len(ln.content) < 8:
            out.append(ln)
            continue
        label_cuts, first_measure = _label_cuts(text, ln)
        cuts = sorted(
            set(label_cuts + _flattened_cuts(text, ln) + [c for c in _enumerator_cuts(text, ln, first_measure) if c < first_measure])
        )
        if not cuts:
            out.append(ln)
            continue
        bounds = [ln.cstart, *cuts, ln.end]
        for k in range(len(bounds) - 1):
            a, b = bounds[k], bounds[k + 1]
            if k == 0:
                piece = _piece(text, ln.idx, a, b)
                piece.marker = ln.marker if ln.marker is not None and ln.marker.end <= b else piece.marker
            else:
                piece = _piece(text, next_idx, a, b)
                next_idx += 1
            if piece.cstart < piece.end:
                out.append(piece)
    return out
