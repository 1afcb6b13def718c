"""Tables on a PDF page, read back into rows of cells as a Word table is read.

A table printed to PDF is words placed in a grid; read line by line, its cells run into each other
(the title swallows the header row, each cell gives its first line only). Here a table is rebuilt
from where its words stand, and read as the Word reader reads a table (:mod:`checker.read.word`):
one row a line, its cells joined by a TAB, each cell's wrapped lines joined back.

* **Ruled tables** (cells framed by lines, Word's 网格型): the cells are pdfplumber's, found from the
  ruling lines the page draws (``find_tables``, lines strategy). A cell merged across columns is one
  cell of its row; a cell merged down over rows holds its text in its first row and is empty below,
  its span shared, as in Word.
* **Tables without rules**: a line whose words stand apart in three or more short groups is read as
  a header row, and the lines below it as the table's as long as their words leave the header's
  column gaps open; a new row starts where the first column has words again.
* A table going on over a page break is one table: its header row repeated on the next page is read
  once, and a row the break cut in two (its first cell empty on the new page) is joined again.

Inside a cell, lines are joined without a space (a narrow cell breaks words and numbers anywhere),
except between two Latin letters. Paragraph breaks inside a cell cannot be told from wrapped lines.
"""

from __future__ import annotations

import bisect
import itertools
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from pdfplumber.table import Table as PlumberTable
from pdfplumber.table import TableFinder, TableSettings, cells_to_tables, edges_to_intersections
from pdfplumber.utils.text import chars_to_textmap

from checker.read.pdf_paragraphs import Glyph, Line, glyph_groups, line_of, spaced

if TYPE_CHECKING:
    from pdfplumber.page import Page

MAX_CROSSINGS = 4_000  # vertical × horizontal rules a page may have for its tables to be sought
_CELL_GAP = 0.6  # characters of empty space between two cells of a row without rules
_MIN_SEPARATOR = 0.3  # characters of space a column gap keeps on every line of the table
_HEADER_CELL_MAX = 12  # characters of a column's name
_MIN_COLUMNS = 3  # column names a header row of a table without rules has at least
_ROW_GAP = 1.6  # characters of vertical space between a table's lines at most
_SAME_X = 3.0  # points: columns at this distance are the same column on the next page


@dataclass
class Grid:
    """A table read from a page: its rows, each a list of cells (``None``: the cell above is merged
    down over this one), where its columns start (and the last ends), its top and bottom."""

    rows: list[list[str | None]]
    columns: tuple[float, ...]
    top: float
    bottom: float
    ruled: bool = True
    gaps: list[tuple[float, float]] = field(default_factory=list)  # a table without rules: its column gaps
    size: float = 0.0  # the type size of its text
    head: list[str | None] = field(default_factory=list)  # a table without rules: its header row


def cell_joined(pieces: list[str]) -> str:
    """A cell's wrapped lines as one: no space between them, but between two Latin letters."""
    out = ""
    for piece in pieces:
        piece = piece.strip()
        if not piece:
            continue
        if out and out[-1].isascii() and out[-1].isalpha() and piece[0].isascii() and piece[0].isalpha():
            out += " "
        out += piece
    return out


def _cell_text(chars: list[dict[str, Any]]) -> str:
    if not chars:
        return ""
    lines = chars_to_textmap(chars).extract_text_lines(return_chars=False)
    return cell_joined([str(ln["text"]) for ln in lines])


class _BoundedFinder(TableFinder):
    """pdfplumber's table finder, stopped before the work that grows with the square of the rules'
    crossings when a page draws too many (a hostile page of a hundred thousand lines)."""

    def __init__(self, page: Page) -> None:
        self.page = page
        self.settings = TableSettings.resolve(None)
        self.edges = self.get_edges()
        vertical = sum(1 for e in self.edges if e["orientation"] == "v")
        if vertical * (len(self.edges) - vertical) > MAX_CROSSINGS:
            self.intersections, self.cells, self.tables = {}, [], []
            return
        self.intersections = edges_to_intersections(
            self.edges, self.settings.intersection_x_tolerance, self.settings.intersection_y_tolerance
        )
        from pdfplumber.table import intersections_to_cells

        self.cells = intersections_to_cells(self.intersections)
        self.tables = [PlumberTable(self.page, group) for group in cells_to_tables(self.cells)]


def _ruled_grid(table: PlumberTable, chars: list[dict[str, Any]], used: set[int]) -> Grid | None:
    cells: list[tuple[float, float, float, float]] = [tuple(c) for c in table.cells]  # type: ignore[misc]
    xs = sorted({c[0] for c in cells} | {c[2] for c in cells})
    ys = sorted({c[1] for c in cells} | {c[3] for c in cells})
    starts = sorted({c[0] for c in cells})
    if len(starts) < 2:
        return None  # one column: a frame around text, read as its lines
    owner: dict[tuple[int, int], tuple[float, float, float, float]] = {}
    for c in cells:
        for r in range(ys.index(c[1]), ys.index(c[3])):
            for k in range(xs.index(c[0]), xs.index(c[2])):
                owner[(r, k)] = c
    held: dict[tuple[float, float, float, float], list[dict[str, Any]]] = {c: [] for c in cells}
    x0, top, x1, bottom = table.bbox
    for ch in chars:
        cx, cy = (float(ch["x0"]) + float(ch["x1"])) / 2, (float(ch["top"]) + float(ch["bottom"])) / 2
        if not (x0 <= cx < x1 and top <= cy < bottom):
            continue
        cell = owner.get((bisect.bisect_right(ys, cy) - 1, bisect.bisect_right(xs, cx) - 1))
        if cell is not None:
            held[cell].append(ch)
            used.add(id(ch))
    rows: list[list[str | None]] = []
    tops = sorted({c[1] for c in cells})
    for row_top in tops:
        row: list[str | None] = []
        for x in starts:
            cell = next((c for c in cells if c[1] == row_top and c[0] == x), None)
            if cell is not None:
                row.append(_cell_text(held[cell]))
            elif any(c[1] == row_top and c[0] < x < c[2] for c in cells):
                continue  # covered by a cell merged across columns: one cell of its row
            elif any(c[1] < row_top < c[3] and c[0] == x for c in cells):
                row.append(None)  # a cell merged down from a row above
        rows.append(row)
    if not any(cell for row in rows for cell in row):
        return None
    return Grid(rows, tuple([*starts, xs[-1]]), top, bottom)


def ruled_grids(page: Page, chars: list[dict[str, Any]]) -> tuple[list[Grid], set[int]]:
    """The page's ruled tables, and the characters they hold (by ``id``)."""
    used: set[int] = set()
    if not getattr(page, "ruled", True) or not page.edges:
        return [], used
    grids = []
    for table in _BoundedFinder(page).tables:
        grid = _ruled_grid(table, chars, used)
        if grid is not None:
            grids.append(grid)
    return grids, used


def page_blocks(page: Page) -> list[Line | Grid]:
    """A page's lines and ruled tables, top to bottom."""
    chars = page.chars
    grids, used = ruled_grids(page, chars)
    rest = [ch for ch in chars if id(ch) not in used] if used else chars
    lines = [line_of(found) for found in chars_to_textmap(rest).extract_text_lines(return_chars=True)] if rest else []
    blocks: list[Line | Grid] = [*lines, *grids]
    blocks.sort(key=lambda b: b.top)
    return blocks


# Tables without rules.


def _groups(line: Line) -> list[list[Glyph]]:
    """The line's glyphs in groups that stand apart (by more than a cell's padding)."""
    return glyph_groups(line, _CELL_GAP)


def _header(line: Line) -> list[tuple[float, float]] | None:
    """The column gaps of a header row: a line of three or more short groups standing apart."""
    if not line.gapped or not line.size:
        return None
    groups = _groups(line)
    if len(groups) < _MIN_COLUMNS or any(len(spaced(g).replace(" ", "")) > _HEADER_CELL_MAX for g in groups):
        return None
    return [(a[-1].x1, b[0].x0) for a, b in itertools.pairwise(groups)]


def is_header_row(line: Line) -> bool:
    """Whether ``line`` reads as the header row of a table without rules."""
    return _header(line) is not None


def _narrowed(gap: tuple[float, float], line: Line) -> tuple[float, float] | None:
    """What is left of a column gap once ``line``'s glyphs are drawn in it (the widest part), or None
    when the line runs across it."""
    lo, hi = gap
    cuts = sorted((max(g.x0, lo), min(g.x1, hi)) for g in line.glyphs if g.x1 > lo and g.x0 < hi)
    best: tuple[float, float] | None = None
    at = lo
    for a, b in [*cuts, (hi, hi)]:
        if a - at > (best[1] - best[0] if best else 0):
            best = (at, a)
        at = max(at, b)
    if best is None or best[1] - best[0] < _MIN_SEPARATOR * line.size:
        return None
    return best


def _fits(gaps: list[tuple[float, float]], line: Line) -> list[tuple[float, float]] | None:
    narrowed = [_narrowed(gap, line) for gap in gaps]
    if any(g is None for g in narrowed):
        return None
    return [g for g in narrowed if g is not None]


def _columns_of(line: Line, gaps: list[tuple[float, float]]) -> list[str]:
    bounds = [(a + b) / 2 for a, b in gaps]
    cells: list[list[Glyph]] = [[] for _ in range(len(gaps) + 1)]
    for g in sorted(line.glyphs, key=lambda g: g.x0):
        cells[bisect.bisect_right(bounds, (g.x0 + g.x1) / 2)].append(g)
    return [spaced(c) for c in cells]


def _rows(members: list[Line], gaps: list[tuple[float, float]], size: float, header: bool) -> list[list[str | None]]:
    """The rows of a table without rules (the first line its header row when ``header``): a row
    starts where its first column has words, unless the first column's words on the line above
    filled its width (they wrapped) and no wider space parts the two lines."""
    pieces = [_columns_of(ln, gaps) for ln in members]
    spaces = [b.top - a.bottom for a, b in itertools.pairwise(members)]
    least = min(spaces[1:] if header else spaces, default=0.0)
    middle = (gaps[0][0] + gaps[0][1]) / 2
    full = gaps[0][0] - 1.5 * size  # the first column's words reaching this far fill its width
    groups: list[list[list[str]]] = []
    for i, cells in enumerate(pieces):
        starts = bool(cells[0].strip()) or (header and i == 1)
        if starts and i and not (header and i == 1):
            above = [g.x1 for g in members[i - 1].glyphs if (g.x0 + g.x1) / 2 < middle]
            starts = not (above and max(above) >= full and spaces[i - 1] <= least + 0.25 * size)
        if starts or not groups:
            groups.append([cells])
        else:
            groups[-1].append(cells)
    return [[cell_joined([ln[k] for ln in group]) for k in range(len(gaps) + 1)] for group in groups]


def _aligned(
    lines: list[Line], start: int, gaps: list[tuple[float, float]], left: float
) -> tuple[int, list[tuple[float, float]]]:
    """How far from ``start`` the lines keep the column gaps open (the end index), and what is left
    of the gaps then."""
    j = start
    while j < len(lines):
        line = lines[j]
        size = line.size or 1.0
        if j > start and line.top - lines[j - 1].bottom > _ROW_GAP * size:
            break  # far below: something else
        if line.x0 < left - size:
            break  # starts left of the table
        narrowed = _fits(gaps, line)
        if narrowed is None:
            break
        gaps = narrowed
        j += 1
    return j, gaps


def _leading_lines(blocks: list[Line | Grid]) -> list[Line]:
    """The lines ``blocks`` opens with, up to its first table."""
    lines: list[Line] = []
    for block in blocks:
        if not isinstance(block, Line):
            break
        lines.append(block)
    return lines


def aligned_grids(page: list[Line | Grid], carry: Grid | None = None) -> list[Line | Grid]:
    """The page with each table without rules read into a Grid; ``carry`` is such a table that ended
    the page before, which the first lines of this one may go on with."""
    out: list[Line | Grid] = []
    i = 0
    if carry is not None and not carry.ruled and carry.gaps:
        lines = _leading_lines(page)
        end, gaps = _aligned(lines, 0, carry.gaps, carry.columns[0])
        if end:
            members = lines[:end]
            again = [cell_joined([c]) for c in _columns_of(members[0], gaps)] == carry.head  # printed again
            more = _rows(members, gaps, carry.size, header=again)
            out.append(Grid(more, carry.columns, members[0].top, members[-1].bottom, ruled=False, gaps=gaps,
                            size=carry.size, head=carry.head))  # fmt: skip
            i = end
    while i < len(page):
        block = page[i]
        head = _header(block) if isinstance(block, Line) else None
        if isinstance(block, Line) and head is not None:
            lines = _leading_lines(page[i:])
            end, gaps = _aligned(lines, 1, head, block.x0)
            if end >= 2:
                members = lines[:end]
                rows = _rows(members, gaps, block.size, header=True)
                starts = [block.x0, *(b for _, b in gaps)]
                out.append(Grid(rows, (*starts, max(ln.x1 for ln in members)), block.top, members[-1].bottom,
                                ruled=False, gaps=gaps, size=block.size, head=rows[0]))  # fmt: skip
                i += end
                continue
        out.append(block)
        i += 1
    return out


def _same_columns(a: Grid, b: Grid) -> bool:
    if a.ruled != b.ruled:
        return False
    if not a.ruled:
        return len(a.gaps) == len(b.gaps)
    return len(a.columns) == len(b.columns) and all(abs(x - y) <= _SAME_X for x, y in zip(a.columns, b.columns, strict=True))


def _continued(a: Grid, b: Grid) -> Grid:
    """Table ``a`` (ending a page) going on with ``b`` (opening the next)."""
    rows = list(b.rows)
    if rows and a.rows and rows[0] == a.rows[0]:
        rows = rows[1:]  # the header row repeated on the new page
    out = [list(r) for r in a.rows]
    if rows and out and len(rows[0]) == len(out[-1]) and rows[0] and rows[0][0] == "" and out[-1][0]:
        cut = rows.pop(0)  # a row the page break cut in two
        out[-1] = [None if x is None else cell_joined([x, y or ""]) for x, y in zip(out[-1], cut, strict=True)]
    out.extend(list(r) for r in rows)
    return Grid(out, a.columns, a.top, b.bottom, a.ruled, a.gaps, a.size, a.head)


def join_pages(pages: list[list[Line | Grid]]) -> list[list[Line | Grid]]:
    """Each page's blocks, a table going on from the page before joined to it (the part on the new
    page then left out)."""
    out: list[list[Line | Grid]] = []
    for page in pages:
        blocks = list(page)
        held = next((p for p in reversed(out) if p), None)  # a page the table filled was emptied
        last = held[-1] if held else None
        first = blocks[0] if blocks else None
        if held and isinstance(last, Grid) and isinstance(first, Grid) and _same_columns(last, first):
            held[-1] = _continued(last, first)
            blocks = blocks[1:]
        out.append(blocks)
    return out
