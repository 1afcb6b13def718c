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

import re

from checker.segment.document import BODY_PASSES, Doc
from checker.segment.labels import Labels, alt, labels_of
from checker.segment.lines import Line
from checker.text.enumerators import Marker, iter_item_markers, match_heading_marker
from checker.text.numerals import cn_to_int
from checker.vocabulary import Vocabulary

# Families that may head a finding or a section when written inline.
_CUT_FAMILIES = frozenset({"num", "num_paren", "cn_paren", "cn_dun", "circled"})


class _Cuts:
    """The patterns that cut a paragraph, built once per vocabulary."""

    def __init__(self, v: Vocabulary) -> None:
        labels = labels_of(v)
        self.problem_sentence = labels.problem_sentence
        self.problem_after_marker = labels.problem_after_marker
        words = alt(labels.measure_words)
        self.label = re.compile(
            rf"(?:^|(?<=[。！？；]))[ \t\u3000]*[【\[]?(?P<l>{words})(?:[】\]]|[ \t\n\u3000]*：)"
            rf"|(?:^|(?<=[。！？；：]))[ \t\u3000]*(?P<t>{v.patterns.task_label})[ \t\u3000]*[：、.．]"
        )
        # (1.3.0) a measure label glued to the item's problem with no sentence end before it
        # (问题1.…有差距整改情况：…): a web page lost the break; the label needs its colon here.
        self.glued = re.compile(rf"(?P<l>{alt(v.words.measure_labels)})[ \t\u3000]*：") if v.weights.layouts.glued_measure_label else None
        self.joined = v.patterns.label_joined
        # What every label cut holds: a line without one is not searched for label cuts.
        self.label_word = re.compile(rf"{words}|{'|'.join(map(re.escape, v.words.task_labels))}")
        self.labels: Labels = labels


def _cuts_of(v: Vocabulary) -> _Cuts:
    return v.derived("inline", _Cuts)


_MIN_RUN = 2
_SECTION_OPENERS = "（(一二三四五六七八九十"  # （一） and 一、: the families that head sections


_NAME_MAX = 20  # an item's name before the colon its points follow (3.丽景花园二期:(1)…)
_NAME_STOPS = "。！？；;，,"


def _points_after_name(text: str, own: Marker | None, first: Marker) -> bool:
    """``first`` opens the points of the item the line is (3.某小区:(1)…;(2)…): another family than
    the line's own enumerator, right after the colon that closes the item's short name."""
    if own is None or own.family == first.family:
        return False
    head = text[own.end : first.start].rstrip(" \t\u3000")
    return head.endswith(("：", ":")) and 0 < len(head) - 1 <= _NAME_MAX and not any(c in head for c in _NAME_STOPS)


def _enumerator_cuts(
    text: str, line: Line, stop: int, min_run: int = _MIN_RUN, resume: dict[str, int] | None = None,
    keep_points: bool = False,
) -> list[int]:
    """Starts of inline enumerators in ``text[line.cstart:stop]`` that form a run in sequence (of
    ``min_run``: one, on a page whose breaks were lost). ``resume``: by family, the number a run
    may start at besides 1 (a page that goes on with the list the page before it left off).
    ``keep_points`` (item_inline_points): the points a numbered item lists after its name's colon
    on its own line are its parts, not lines of their own."""
    resume = resume or {}
    by_family: dict[str, list[Marker]] = {}
    for mk in iter_item_markers(text, line.cstart, stop, cut_only=True):
        if mk.family in _CUT_FAMILIES:
            by_family.setdefault(mk.family, []).append(mk)
    own = line.marker
    cuts: list[int] = []
    for fam, marks in by_family.items():
        if keep_points and _points_after_name(text, own, marks[0]):
            continue
        run: list[Marker] = []
        if own is not None and own.family == fam:
            run = [own]
        for mk in marks:
            if mk.start == line.cstart:
                continue
            if run and run[-1].value < mk.value <= run[-1].value + 2:  # a withdrawn number may be skipped
                run.append(mk)
            elif mk.value in (1, resume.get(fam)) or min_run == 1:
                if len(run) >= min_run:
                    cuts.extend(m.start for m in run if m.start > line.cstart)
                run = [mk]
        if len(run) >= min_run:
            cuts.extend(m.start for m in run if m.start > line.cstart)
    return cuts


_TITLE_THEN_ONE = re.compile(r"[^。！？；：:，,、\s]{2,16}?(?=[1１][、.．])")
# 二、存在问题及整改情况（一）…: a section's short title, then its first group
_TITLE_THEN_GROUP = re.compile(r"[^。！？；：:，,、\s（(]{2,16}?(?=[(（]一[)）])")


def _title_run_cuts(text: str, starts: list[int], end: int) -> list[int]:
    """``二、目前已做的工作1、…。2、…``: a section heading whose short title runs straight into the
    first item of a list (no stop between) is cut before it and before the items that follow it in
    sequence at sentence starts (title_glued_items)."""
    return _glued_title_cuts(text, starts, end, ("cn_dun", "num"), _TITLE_THEN_ONE, stop_at_heading=False)


def _title_group_cuts(text: str, starts: list[int], end: int) -> list[int]:
    """``二、存在问题及整改情况（一）政府网站方面。…（二）…``: a section heading whose short title runs
    straight into its first group is cut before it and before the groups that follow it in sequence
    at sentence starts, up to the next section heading (title_glued_groups)."""
    return _glued_title_cuts(text, starts, end, ("cn_dun", "cn_paren"), _TITLE_THEN_GROUP, stop_at_heading=True)


def _glued_title_cuts(
    text: str, starts: list[int], end: int, families: tuple[str, str], title: re.Pattern[str], *,
    stop_at_heading: bool,
) -> list[int]:
    """Cuts before the items of a list whose first item runs straight on from a heading's short title:
    ``families`` is (the heading's, the items'); the items follow in sequence at sentence starts, up to
    the outline's next heading when ``stop_at_heading``."""
    cuts: list[int] = []
    for a in starts:
        mk = match_heading_marker(text, a, end)
        if mk is None or mk.family != families[0]:
            continue
        m = title.match(text, mk.end, end)
        first = None if m is None else match_heading_marker(text, m.end(), end)
        if first is None or first.family != families[1]:
            continue
        run = [first]
        for nx in iter_item_markers(text, first.end, end, cut_only=True):
            if nx.family == first.family and nx.value == run[-1].value + 1:
                run.append(nx)
            elif not text[run[-1].end : nx.start].strip():
                continue  # a number opening the point's own words ((1) 1、2号楼…): no heading
            elif stop_at_heading and nx.family != first.family and nx.rank <= mk.rank:
                break  # the next heading of the outline ends this list
        if len(run) >= _MIN_RUN:
            cuts.extend(x.start for x in run)
    return cuts


# 一、 glued after a title or a bracket, not inside a word (统一、): what may stand before it.
_FIRST_SECTION = re.compile(r"(?:^|(?<=[】\]》」』）)\s\u3000]))[一][、．]")
_GLUED_MIN_LINE = 200  # only a long line is a whole page that lost its breaks
# A place's name before its points may list places at 、 (一、二号楼餐饮、客房区(1)…).
_NAME_THEN_POINT = re.compile(r"[^。！？；;：:，,\s]{2,16}?(?=[(（][1１][)）])")
_TITLE_THEN_POINT = re.compile(r"[^。！？；;：:，,、\s]{2,16}?(?=[(（][1１][)）])")


def _glued_section_cuts(text: str, line: Line) -> list[int]:
    """A page that lost its breaks: section headings 二、三、… in sequence at sentence starts, and the
    一、 before them glued to a title (【…】一、概述…如下:二、自查情况…。三、整改措施…), each open a line
    (glued_outline). A lone 二、 or a run with no 一、 before it is left alone (a page-chunk mark)."""
    return glued_sections(text, line.cstart, line.end)


def glued_sections(text: str, a: int, b: int) -> list[int]:
    """Where the glued section headings of ``text[a:b]`` start (see :func:`_glued_section_cuts`)."""
    if b - a < _GLUED_MIN_LINE:
        return []
    # glued: straight after the stop; a heading after a space is a flattened page's (_flattened_cuts)
    marks = [mk for mk in iter_item_markers(text, a, b, cut_only=True)
             if mk.family == "cn_dun" and mk.start > a and not text[mk.start - 1].isspace()]
    run: list[Marker] = []
    for mk in marks:
        if run and mk.value == run[-1].value + 1:
            run.append(mk)
        elif not run and mk.value == 2:
            run = [mk]
    if len(run) < _MIN_RUN:
        return []
    one = _FIRST_SECTION.search(text[a : run[0].start])
    if one is None:
        return []
    return [a + one.start(), *(mk.start for mk in run)]


def _title_point_cuts(text: str, starts: list[int], end: int) -> list[int]:
    """``2. 消防安全管理制度(1)…；(2)…``: a numbered heading whose short title runs straight into
    the first point of its list is cut before it and before the points that follow it in sequence
    at sentence starts (glued_outline)."""
    return _glued_title_cuts(text, starts, end, ("num", "num_paren"), _TITLE_THEN_POINT, stop_at_heading=True)


def _page_cuts(text: str, line: Line) -> list[int]:
    """On a page whose breaks were lost, every section heading (一、 （一）) at a sentence start opens
    a line, even one after a measure label: the page runs on from one item into the next."""
    return [c for c in _enumerator_cuts(text, line, line.end, 1) if text[c : c + 1] in _SECTION_OPENERS]


def _label_cuts(cut: _Cuts, text: str, line: Line) -> tuple[list[int], int]:
    """Cuts before problem-label sentences and labels; also where the first measure label starts
    (enumerators after it belong to the measure)."""
    cuts: list[int] = []
    first_measure = line.end
    # Both patterns open at any sentence start, so the engine tries them at every character; each
    # needs a word a line without it lacks (a colon; one of the labels).
    if text.find("：", line.cstart, line.end) >= 0:
        for m in cut.problem_sentence.finditer(text, line.cstart, line.end):
            a = m.start("s")
            if a > line.cstart:
                cuts.append(a)
    labels = cut.label_word.search(text, line.cstart, line.end) is not None
    for m in cut.label.finditer(text, line.cstart, line.end) if labels else ():
        a = m.start("l") if m.group("l") else m.start("t")
        if m.group("l") and m.group("l") not in cut.labels.targets:
            first_measure = min(first_measure, a)
        if a > line.cstart:
            cuts.append(a)
    if cut.glued is not None and labels and first_measure == line.end:
        glued = _glued_label(cut, text, line)
        if glued is not None:
            cuts.append(glued)
            first_measure = glued
    # "（一）在…方面存在问题：…整改措施：…": the enumerator groups the problem-label findings that follow, so
    # the problem sentence is cut from it and numbered like its siblings.
    if line.marker is not None and cut.problem_after_marker.match(text, line.marker.end, line.end) and cuts:
        cuts.append(line.marker.end)
    return cuts, first_measure


_GLUED_MIN = 6  # the problem before a glued label states something


def _glued_label(cut: _Cuts, text: str, line: Line) -> int | None:
    """Where a measure label glued to an item's problem starts: the item's first sentence runs on
    into ``整改情况：`` with no stop before it, and what stands before the label does not end in a
    word joining it to the label (…问题整改情况：, 以下整改措施： are headings)."""
    if line.marker is None or cut.glued is None:
        return None
    m = cut.glued.search(text, line.body_start, line.end)
    if m is None:
        return None
    before = text[line.body_start : m.start()]
    if len(before) < _GLUED_MIN or re.search(r"[。！？；：]", before) or cut.joined.search(before):
        return None
    return m.start() if m.end() < line.end else None


_FLAT_MIN = 200  # a line this long that holds headings after spaces lost its line breaks
_SPACED_RE = re.compile(r"[ \u3000]+(?=\S)")


_POINT_BEFORE = re.compile(r"[(（][0-9０-９]{1,2}[)）][ \t\u3000]*$")


def _flattened_cuts(labels: Labels, text: str, line: Line) -> list[int]:
    """Where a text that lost its line breaks (copied as one run, a space left at each break) starts a
    heading or a label again: an enumerator or a label right after a space."""
    if len(line.content) < _FLAT_MIN:
        return []
    cuts: list[int] = []
    for m in _SPACED_RE.finditer(text, line.cstart, line.end):
        p = m.end()
        mk = match_heading_marker(text, p, line.end)
        if mk is not None and _POINT_BEFORE.search(text, line.cstart, m.start() + 1):
            continue  # (1) 1、2号楼…: the number opens the point's own words
        if (mk is not None and mk.end < line.end and mk.family != "ordinal") or labels.line.match(text, p, line.end):
            cuts.append(p)
    return cuts


def _problem_label_cuts(v: Vocabulary, text: str, line: Line, resume: int = 1) -> tuple[list[int], int]:
    """``…2.1组织设置类问题1：A。成因：…。问题2：B。…``: numbered problem labels inside a paragraph, a page
    that lost its breaks, each open a line where two or more stand in sequence (problem_label_runs). A
    lone 问题2： or labels out of sequence are left alone: a fix may cite a problem by its number. A run
    may start at ``resume`` too, the number after an earlier paragraph's run (problem_label_runs_resume).
    Returns the cuts and the number after the run's last label (``resume`` when there is no run)."""
    run: list[int] = []
    last = 0
    for m in v.patterns.problem_number_label.finditer(text, line.cstart, line.end):
        n = m.group("n")
        value = int(n) if n.isdigit() else (cn_to_int(n) or 0)
        if run and value == last + 1:
            run.append(m.start())
        elif len(run) >= _MIN_RUN:
            break  # the run is over: a later label is a citation or another list's
        else:
            run = [m.start()] if value in (1, resume) else []
        last = value if run else 0
    if len(run) < _MIN_RUN:
        return [], resume
    return [c for c in run if c > line.cstart], last + 1


def _piece(text: str, idx: int, a: int, b: int) -> Line:
    while b > a and text[b - 1] in " \t\u3000":
        b -= 1
    ln = Line(idx, a, b, a, text[a:b])
    mk = match_heading_marker(text, a, b)
    ln.marker = mk if mk is not None and mk.end < b else None
    return ln


def _resumed(lines: list[Line]) -> dict[str, int]:
    """By family, the number after the last item of the lines read so far: where a list that a
    page break cut may go on."""
    out: dict[str, int] = {}
    for ln in lines:
        if ln.marker is not None and ln.marker.family in _CUT_FAMILIES:
            out[ln.marker.family] = ln.marker.value + 1
    return out


@BODY_PASSES.register("split_inline")
def split_inline(doc: Doc, body: list[Line]) -> list[Line]:
    """``body`` with paragraphs cut where an inline outline starts; new lines get fresh indexes
    after the document's own lines (the first piece keeps the paragraph's own)."""
    text, next_idx, cut = doc.text, len(doc.lines), _cuts_of(doc.v)
    out: list[Line] = []
    label_resume = 1  # where a run of problem labels in a later paragraph may start
    for ln in body:
        if "\t" in ln.content or len(ln.content) < 8:
            out.append(ln)
            continue
        label_cuts, first_measure = _label_cuts(cut, text, ln)
        resume = _resumed(out) if ln.idx in doc.pages and doc.v.weights.layouts.page_runs_resume else None
        cuts = sorted(
            set(label_cuts + _flattened_cuts(cut.labels, text, ln)
                + [c for c in _enumerator_cuts(text, ln, first_measure, resume=resume,
                                               keep_points=doc.v.weights.layouts.item_inline_points)
                   if c < first_measure]
                + (_page_cuts(text, ln) if ln.idx in doc.pages else []))
        )
        if doc.v.weights.layouts.problem_label_runs:
            label_run, after_run = _problem_label_cuts(doc.v, text, ln, resume=label_resume)
            cuts = sorted(set(cuts + label_run))
            if doc.v.weights.layouts.problem_label_runs_resume:
                label_resume = after_run
        glued = _glued_section_cuts(text, ln) if doc.v.weights.layouts.glued_outline else []
        cuts = sorted(set(cuts + glued))
        if doc.v.weights.layouts.title_glued_items:
            cuts = sorted(set(cuts + _title_run_cuts(text, [ln.cstart, *cuts], ln.end)))
        if doc.v.weights.layouts.title_glued_groups:
            cuts = sorted(set(cuts + _title_group_cuts(text, [ln.cstart, *cuts], ln.end)))
        if glued:  # only a page whose whole outline was glued has its points glued to titles too
            cuts = sorted(set(cuts + _title_point_cuts(text, [ln.cstart, *cuts], ln.end)))
        elif doc.v.weights.layouts.titled_points and ln.marker is not None:
            # a numbered line of its own (1、餐饮区(1)…。(2)…): its title's points are lines too
            cuts = sorted(set(cuts + _glued_title_cuts(text, [ln.cstart], ln.end, ("num", "num_paren"),
                                                       _NAME_THEN_POINT, stop_at_heading=True)))
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
