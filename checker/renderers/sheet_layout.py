"""How a worksheet reads and prints: rows tall enough to show their wrapped text, and A4 landscape
pages one page wide with the header row on every page.

Spreadsheet programs do not grow a row to fit wrapped text in a file they did not write (Calc and
Excel both keep the default 15 pt), so the heights are worked out here from the column widths.
"""

from __future__ import annotations

import math
import unicodedata

from openpyxl.utils import get_column_letter
from openpyxl.worksheet.page import PageMargins
from openpyxl.worksheet.worksheet import Worksheet

LINE_POINTS = 15.0  # one line of 11 pt text
MAX_ROW_POINTS = 409.0  # the tallest row a spreadsheet allows
DEFAULT_WIDTH = 8.43  # a column with no width set, in characters of the default font


def display_width(text: str) -> int:
    """Columns ``text`` takes in a cell: two for a Chinese character or full-width form, one otherwise."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def lines_needed(text: str, width: float) -> int:
    """Lines a wrapped cell of ``width`` characters needs to show ``text``."""
    usable = max(width - 1.0, 1.0)  # the cell's padding
    return sum(max(1, math.ceil(display_width(part) / usable)) for part in text.split("\n"))


def fit_rows(ws: Worksheet, first_row: int = 2) -> None:
    """Set each row's height to show its longest wrapped cell."""
    widths = {
        col: ws.column_dimensions[get_column_letter(col)].width or DEFAULT_WIDTH for col in range(1, ws.max_column + 1)
    }
    for row in ws.iter_rows(min_row=first_row):
        lines = max((lines_needed(str(c.value), widths[c.column]) for c in row if c.value not in (None, "")), default=1)
        if lines > 1:
            ws.row_dimensions[row[0].row].height = min(MAX_ROW_POINTS, lines * LINE_POINTS + 3)


def print_a4_landscape(ws: Worksheet, header_rows: int = 1) -> None:
    """A4 landscape, fitted one page wide (as many pages down as it takes), header rows repeated."""
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_margins = PageMargins(left=0.4, right=0.4, top=0.5, bottom=0.5)
    if header_rows:
        ws.print_title_rows = f"1:{header_rows}"
