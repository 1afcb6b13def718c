"""Layout rule ``row_paragraphs``: a table that lost its markup, its header a run of column names at
the end of a line and each row a paragraph opened by its number.

    附件 督查情况汇总表 序号 具体点位 存在问题 整改责任单位
    1 某路68号某网吧 消防安全通道内存在杂物乱堆放现象.
    区文广新局
    2 某小区
    1、小区门口宣传栏内容陈旧;
    2、小区草坪上存在晾晒物品现象(现场督促物业已整改);
    3、监控室未见值班人员. 某街道

A forum or a mirror that copies a Word table keeps its cells as words in a row: the number, the place,
the problem, the owner, and a cell that held numbered problems keeps them on lines of their own (the
owner's cell glued to the last). Each numbered problem of a row, with the unnumbered lines after it, is
a finding of the row's place; a row with none is one finding. A problem that closes on a bracket telling
what was done there (（现场督促物业已整改）) has that bracket for its measure.
"""

from __future__ import annotations

import re

from checker.segment.document import Doc
from checker.segment.draft import Draft
from checker.segment.layouts.base import LAYOUTS, LayoutResult
from checker.segment.lines import Line
from checker.segment.spans import trim

_MIN_ROWS = 3  # fewer numbered paragraphs after the header: no table
_ROW_RE = re.compile(r"(?P<n>[0-9]{1,3})[ \t\u3000]+(?=[^\s0-9])")
_TOKEN_RE = re.compile(r"[^\s]+")
_DONE_BRACKET_RE = re.compile(r"（(?P<b>[^（）]{2,30})）[ \t\u3000；;。.，,]*$")


def _header(doc: Doc, ln: Line) -> bool:
    """The line ends on the table's column names: the index column's, then three or more, one of
    them the problem column's and none a measure column's."""
    p = doc.v.patterns
    tokens = [m.group() for m in _TOKEN_RE.finditer(ln.content)]
    at = next((i for i, t in enumerate(tokens) if p.column_index.match(t)), None)
    if at is None:
        return False
    names = tokens[at + 1 :]
    return (
        len(names) >= 3
        and all(len(t) <= 8 for t in names)
        and any(p.column_finding.search(t) for t in names)
        and not any(p.column_measure.search(t) for t in names)
    )


def _rows(doc: Doc, lines: list[Line]) -> list[tuple[int, int]] | None:
    """The paragraphs opened by the rows' numbers, 1, 2, 3… in turn: each one's index in ``lines`` and
    where its words start after the number."""
    rows: list[tuple[int, int]] = []
    for i, ln in enumerate(lines):
        m = _ROW_RE.match(doc.text, ln.cstart, ln.end)
        if m is not None and ln.marker is None and int(m.group("n")) == len(rows) + 1:
            rows.append((i, m.end()))
    return rows if len(rows) >= _MIN_ROWS else None


def _item(doc: Doc, a: int, b: int, title: tuple[int, int] | None, start: int) -> Draft:
    """One problem of a row, a bracket at its close telling what was done its measure."""
    text = doc.text
    a, b = trim(text, a, b)
    d = Draft(start=start, end=b, finding=(a, b), title=title)
    m = _DONE_BRACKET_RE.search(text, a, b)
    if m is not None and doc.v.patterns.measure_done.search(m.group("b")):
        d.finding = trim(text, a, m.start())
        d.blocks.append((m.start("b"), m.end("b")))
    return d


@LAYOUTS.register("row_paragraphs")
def row_paragraphs_layout(doc: Doc) -> LayoutResult | None:
    if not doc.v.weights.layouts.row_paragraphs:
        return None
    lines = [ln for ln in doc.lines if not ln.blank and ln.cstart < doc.content_end]
    head = next((i for i, ln in enumerate(lines) if _header(doc, ln)), None)
    if head is None:
        return None
    lines = lines[head + 1 :]
    rows = _rows(doc, lines)
    if rows is None or rows[0][0] != 0:
        return None
    drafts: list[Draft] = []
    for k, (ri, words) in enumerate(rows):
        stop = rows[k + 1][0] if k + 1 < len(rows) else len(lines)
        row = lines[ri:stop]
        marks = [(i, ln.marker.value) for i, ln in enumerate(row) if ln.marker is not None and ln.marker.family == "num"]
        items = [i for i, _ in marks]
        if not items or [n for _, n in marks] != list(range(1, len(items) + 1)):
            drafts.append(_item(doc, words, row[-1].end, None, row[0].cstart))
            continue
        title = trim(doc.text, words, row[0].end)
        for j, ii in enumerate(items):
            last = items[j + 1] - 1 if j + 1 < len(items) else len(row) - 1
            drafts.append(_item(doc, row[ii].body_start, row[last].end, title, row[ii].cstart if j else row[0].cstart))
    return LayoutResult("row_paragraphs", drafts, [], None, pairing="row")
