"""The block structure of a Word document: paragraphs and tables in order, the rows and cells of
a table with merged cells resolved, the text boxes a paragraph holds.

Content controls (``w:sdt``) and custom XML elements (``w:customXml``) may wrap paragraphs and
tables, a table's rows, or a row's cells (a form's repeating section wraps rows); they are
entered wherever they stand, except a content control showing its placeholder prompt.

Merged cells cost one pass: a cell spanning several grid columns (``gridSpan``) is one cell of its
row; a vertically merged cell (``vMerge`` continue) is the cell it continues, found by grid offset
in the row above; :func:`cells_once` gives each distinct cell of a table once, so a merged cell
holding a nested table is read once however deep the nesting goes.
"""

from __future__ import annotations

from collections.abc import Iterator

from docx.oxml.ns import qn
from lxml import etree

from checker.read.word_runs import content_of

_P, _TBL, _TR, _TC, _SDT, _CUSTOM_XML = qn("w:p"), qn("w:tbl"), qn("w:tr"), qn("w:tc"), qn("w:sdt"), qn("w:customXml")
_TC_PR, _TR_PR, _GRID_SPAN, _GRID_BEFORE, _V_MERGE, _VAL = (
    qn("w:tcPr"), qn("w:trPr"), qn("w:gridSpan"), qn("w:gridBefore"), qn("w:vMerge"), qn("w:val"),
)  # fmt: skip
_TXBX = qn("w:txbxContent")
_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"
# Elements that wrap blocks, rows or cells without being one.
WRAPPERS = frozenset((_SDT, _CUSTOM_XML))


def _unwrapped(parent: etree._Element, wanted: frozenset[str]) -> Iterator[etree._Element]:
    """The children of ``parent`` with a tag in ``wanted``, in order, through wrappers."""
    for child in parent.iterchildren():
        if child.tag in wanted:
            yield child
        elif child.tag == _CUSTOM_XML:
            yield from _unwrapped(child, wanted)
        elif child.tag == _SDT and (content := content_of(child)) is not None:
            yield from _unwrapped(content, wanted)


_BLOCK_TAGS, _ROW_TAGS, _CELL_TAGS = frozenset((_P, _TBL)), frozenset((_TR,)), frozenset((_TC,))


def blocks(parent: etree._Element) -> Iterator[etree._Element]:
    """Paragraph and table elements of a container (body, cell, text box) in document order."""
    return _unwrapped(parent, _BLOCK_TAGS)


def _int(el: etree._Element | None, default: int) -> int:
    try:
        return int(el.get(_VAL, default)) if el is not None else default
    except ValueError:
        return default


def table_rows(tbl: etree._Element) -> list[list[etree._Element]]:
    """Each row's cells, a cell spanning several grid columns once, a vertically merged cell
    (``vMerge`` continue) as the cell it continues: found by grid offset in the row above, so the
    cost is linear whatever the spans and merges say."""
    rows: list[list[etree._Element]] = []
    above: dict[int, etree._Element] = {}  # grid offset → the (root) cell starting there, row above
    for tr in _unwrapped(tbl, _ROW_TAGS):
        tr_pr = tr.find(_TR_PR)
        offset = _int(tr_pr.find(_GRID_BEFORE) if tr_pr is not None else None, 0)
        here: dict[int, etree._Element] = {}
        cells: list[etree._Element] = []
        for tc in _unwrapped(tr, _CELL_TAGS):
            tc_pr = tc.find(_TC_PR)
            span, root = 1, tc
            if tc_pr is not None:
                span = _int(tc_pr.find(_GRID_SPAN), 1)
                merge = tc_pr.find(_V_MERGE)
                if merge is not None and merge.get(_VAL, "continue") == "continue":
                    root = above.get(offset, tc)  # nothing above to continue: a cell of its own
            here.setdefault(offset, root)
            if not cells or cells[-1] is not root:
                cells.append(root)
            offset += span
        rows.append(cells)
        above = here
    return rows


def cells_once(tbl: etree._Element) -> Iterator[etree._Element]:
    """Each distinct cell of a table once, row by row: a vertically merged cell where it starts."""
    seen: set[etree._Element] = set()  # the elements themselves: ids of lxml proxies can be reused
    for row in table_rows(tbl):
        for cell in row:
            if cell not in seen:
                seen.add(cell)
                yield cell


def text_boxes(p: etree._Element) -> list[etree._Element]:
    """The text boxes anchored in paragraph ``p`` (not those inside another box, which their box
    holds, nor the legacy copy Word writes as a fallback beside each box)."""
    out: list[etree._Element] = []
    for box in p.iter(_TXBX):
        inner = box.getparent()
        while inner is not None and inner is not p and inner.tag not in (_TXBX, _FALLBACK):
            inner = inner.getparent()
        if inner is p:
            out.append(box)
    return out
