"""Layout rule ``site_status_lines``: a check of earlier problems told a line a site, each line naming the
site, what was wrong there and how it stands now.

    整改较好的点位
    1、甲广场（责任单位：县商务局）：前期通报该点位存在垃圾桶破损；公益广告缺失等问题已按时整改到位。
    2、乙公园（责任单位：县住建局）：前期通报该点位存在绿化带黄土裸露等问题已整改完成。
    整改未落实的点位
    丙市场（责任单位：县市场监管局）：摊位占道经营；地面污水横流等问题仍未整改到位。

A 督查通报 on whether the problems of an earlier notice were fixed often writes each site on a line of
its own, numbered or not, under headings that sort the sites by how they stand: the site's name (its
owner in brackets) and a colon, the problems, and a status closing the line, done (已按时整改到位,
``status_done``) or not (仍未整改到位, ``status_open``). Each such line is one finding, whatever
semicolons its problems hold: the writer parted the problems by site. A done status is its measure; an
open one leaves the site without. Three lines or more, only short headings between them; a line the
status does not close (a site praised, a story) is none, and ends the list.
"""

from __future__ import annotations

import re

from checker.segment.document import Doc
from checker.segment.draft import Draft
from checker.segment.layouts.base import LAYOUTS, LayoutResult, body_preamble
from checker.segment.lines import Line
from checker.segment.spans import trim
from checker.text.sentences import SENTENCE_STOPS

_MIN_LINES = 3  # fewer sites: a passing remark, not a list of how each stands
_HEAD_MAX = 64  # a site's name and its owner in brackets (责任单位：…) end at a colon within this
_PROBLEM_MIN_HAN = 6  # the problems between the colon and the status: fewer is a label's value (整改情况：已整改)
_TAIL_MAX = 6  # what may follow the status on its line (到位。 完毕。)
_HEADING_MAX = 20  # a line between two sites this short, with no stop, sorts them (整改未落实的点位)
_HEAD_COLON_RE = re.compile(r"[：:]")
_HAN_RE = re.compile(r"[\u3400-\u9fff]")
_CLAUSE_STOPS = "，,；;。"


def _status(doc: Doc, a: int, b: int) -> tuple[int, bool] | None:
    """Where the status that closes ``[a, b)`` starts and whether it is done, or None."""
    p, text = doc.v.patterns, doc.text
    best: tuple[int, int, bool] | None = None
    for pat, done in ((p.status_done, True), (p.status_open, False)):
        for m in pat.finditer(text, a, b):
            if best is None or m.start() > best[0]:
                best = (m.start(), m.end(), done)
    if best is None:
        return None
    start, end, done = best
    tail = text[end:b].rstrip("。.！!")
    if len(tail) > _TAIL_MAX or any(c in _CLAUSE_STOPS for c in tail):
        return None
    return start, done


def _site_line(doc: Doc, ln: Line) -> tuple[int, int, bool] | None:
    """(start, status start, done) of a line naming a site and its problems and closed by a status."""
    text = doc.text
    head = _HEAD_COLON_RE.search(text, ln.body_start, min(ln.end, ln.body_start + _HEAD_MAX + 1))
    if head is None or head.start() - ln.body_start < 2:
        return None
    name = text[ln.body_start : head.start()]
    if any(c in SENTENCE_STOPS for c in name):
        return None
    if any(name.endswith(w) for w in (*doc.v.words.measure_labels, *doc.v.words.status_labels)):
        return None
    found = _status(doc, head.end(), ln.end)
    if found is None:
        return None
    at, done = found
    if len(_HAN_RE.findall(text, head.end(), at)) < _PROBLEM_MIN_HAN:
        return None
    if doc.v.patterns.problem_words.search(text, head.end(), at) is None:
        return None
    return ln.body_start, at, done


def _heading(ln: Line) -> bool:
    """A short line with no stop between two sites: a heading that sorts them (整改未落实的点位)."""
    return len(ln.content) <= _HEADING_MAX and not any(c in SENTENCE_STOPS for c in ln.content)


@LAYOUTS.register("site_status_lines")
def site_status_lines_layout(doc: Doc) -> LayoutResult | None:
    """The findings of the longest run of site lines, or None when it is shorter than three."""
    if not doc.v.weights.layouts.site_status_lines:
        return None
    text, body = doc.text, doc.body
    best: list[tuple[Line, tuple[int, int, bool]]] = []
    run: list[tuple[Line, tuple[int, int, bool]]] = []
    for ln in body:
        hit = _site_line(doc, ln)
        if hit is not None:
            run.append((ln, hit))
            continue
        if run and _heading(ln):
            continue
        if len(run) > len(best):
            best = run
        run = []
    if len(run) > len(best):
        best = run
    if len(best) < _MIN_LINES:
        return None
    drafts: list[Draft] = []
    for ln, (a, at, done) in best:
        start, end = trim(text, ln.cstart, ln.end)
        d = Draft(start=start, end=end, finding=trim(text, a, at if done else end))
        if done:
            d.blocks.append(trim(text, at, end))
        drafts.append(d)
    return LayoutResult("site_status_lines", drafts, [], body_preamble(doc, drafts[0].start), pairing="adjacency", unit_items=True)
