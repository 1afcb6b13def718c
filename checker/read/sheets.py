"""Spreadsheet workbooks (.xlsx): a 问题清单 or 整改台账 read as the tables a Word plan holds.

Layout of the text (what ``Source.tables`` offsets refer to):

* the visible sheets in workbook order (hidden ones skipped), a blank line between two sheets;
* a sheet's opening rows that hold at most one filled cell (the title, 填报单位：…) are lines of
  their own, so the table starts at its first row of two or more cells — its header need not be
  in row 1;
* from there each row with text is one line, its cells joined by a TAB like a Word table's row;
  columns empty in the whole sheet are left out, a row ends at its last filled cell, empty rows are
  left out; inside a cell, line breaks and tabs become a single space;
* a merged range shows its text once, in its top-left cell; in the rows below, its column's cell is
  written empty and its span in ``tables`` repeats the top-left cell's, as a Word table's vertically
  merged cell does (the value applies to those rows too);
* a formula shows the value the spreadsheet last calculated (none when the file was never
  calculated: the cell is empty); numbers as plain digits (3, 0.25, a percentage format as 25%);
  dates as their format writes them in Chinese (2023年6月30日) or else as 2023/6/30 or 2023-06-30.

Hostile files stay cheap: the parts a reader parses are held, by their declared sizes, to
``XML_FACTOR × max_bytes`` before anything is parsed; each sheet is read as a stream of its rows,
whatever dimensions it declares (a sheet "A1:XFD1048576" costs what its cells cost), and a merged
range costs its rows that have text, not its area; cells with a value are counted against one per
``CELL_BYTES`` of ``max_bytes``, the text against ``max_bytes`` and its lines against the line limit.
"""

from __future__ import annotations

import bisect
import datetime
import re
import warnings
import zipfile
from io import BytesIO
from typing import Any

import openpyxl
from openpyxl.cell.read_only import ReadOnlyCell
from openpyxl.utils.cell import range_boundaries
from openpyxl.worksheet._read_only import ReadOnlyWorksheet
from openpyxl.worksheet._reader import WorkSheetParser

from checker.errors import InputError
from checker.models import Tables
from checker.read.encoding import normalise_newlines
from checker.read.files import max_lines, megabytes, short_message, text_too_large, too_many_lines
from checker.read.written import IN_CELL_BREAKS, Written
from checker.reasons import Reason, reason

XML_FACTOR = 5  # the parts parsed may unpack to this many times --max-bytes (markup outweighs text)
CELL_BYTES = 32  # one cell with a value allowed per this many bytes of --max-bytes …
MIN_CELLS = 10_000  # … and never fewer than this
MAX_MERGES = 100_000  # merged ranges one sheet may declare (a real 台账 has a few hundred)
_QUOTED = re.compile(r'"[^"]*"')
_PARSED_PARTS = (".xml", ".rels")  # images, embedded objects and the like are never read

Row = dict[int, str]  # column → the cell's text
Merge = tuple[int, int, int, int]  # min_col, min_row, max_col, max_row


class _Refused(Exception):
    """A limit was hit; its argument is the reason shown to the user."""


def max_cells(max_bytes: int) -> int:
    """Cells with a value a workbook may hold under ``--max-bytes`` (655,360 at the default 20 MB)."""
    return max(MIN_CELLS, max_bytes // CELL_BYTES)


# ---------------------------------------------------------------- a cell's text


def _plain(value: float) -> str:
    if isinstance(value, int):
        return str(value)
    if value.is_integer() and abs(value) < 1e15:
        return str(int(value))
    return format(value, ".15g")


def _date(value: datetime.date | datetime.time | datetime.timedelta, fmt: str) -> str:
    if isinstance(value, datetime.timedelta):
        return str(value)
    if isinstance(value, datetime.time):
        return value.strftime("%H:%M")
    codes = _QUOTED.sub("", fmt).lower()  # the format's codes, its literal text aside
    if "年" in fmt:
        text = f"{value.year}年{value.month}月" + (f"{value.day}日" if "d" in codes else "")
    elif "/" in codes:
        text = f"{value.year}/{value.month}/{value.day}"
    else:
        text = value.strftime("%Y-%m-%d")
    if isinstance(value, datetime.datetime) and "h" in codes and value.time() != datetime.time():
        text += value.strftime(" %H:%M")
    return text


def _shown(ws: ReadOnlyWorksheet, cell: dict[str, Any]) -> str:
    """The cell's value as text, close to what the spreadsheet shows."""
    value = cell["value"]
    if value is None or isinstance(value, str):
        return value or ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    try:
        fmt = str(ReadOnlyCell(ws, **cell).number_format or "General")
    except (IndexError, KeyError, TypeError):  # a style the workbook does not define
        fmt = "General"
    if isinstance(value, datetime.date | datetime.time | datetime.timedelta):
        return _date(value, fmt)
    if isinstance(value, int | float):
        if "%" in _QUOTED.sub("", fmt):
            return _plain(round(value * 100, 10)) + "%"
        return _plain(value)
    return str(value)


# ---------------------------------------------------------------- one sheet


class _Count:
    """Cells with a value and characters of text, over the whole workbook."""

    def __init__(self, max_bytes: int) -> None:
        self.cells, self.cell_limit = 0, max_cells(max_bytes)
        self.size, self.limit = 0, max_bytes

    def cell(self, text: str) -> None:
        self.cells += 1
        if self.cells > self.cell_limit:
            raise _Refused(reason("xlsx_too_many_cells", limit=self.cell_limit, per=CELL_BYTES))
        self.size += len(text.encode("utf-8"))
        if self.size > self.limit:
            raise _Refused(text_too_large("workbook", self.limit))


def _sheet(wb: Any, ws: ReadOnlyWorksheet, count: _Count) -> tuple[list[tuple[int, Row]], list[Merge]]:
    """The sheet's rows with text (in row order) and its merged ranges, read as a stream."""
    rows: list[tuple[int, Row]] = []
    with ws._get_source() as src:
        parser = WorkSheetParser(src, ws._shared_strings, data_only=True, epoch=wb.epoch,
                                 date_formats=wb._date_formats, timedelta_formats=wb._timedelta_formats)  # fmt: skip
        for r, cells in parser.parse():
            row: Row = {}
            for cell in cells:
                if cell["value"] is None:
                    continue
                text = _shown(ws, cell)
                count.cell(text)
                if text.strip():
                    row[cell["column"]] = text
            if row:
                rows.append((r, row))
        declared = parser.merged_cells.mergeCell if parser.merged_cells is not None else []
    if len(declared) > MAX_MERGES:
        raise _Refused(reason("xlsx_too_many_merges", limit=MAX_MERGES))
    merges: list[Merge] = []
    for m in declared:
        c0, r0, c1, r1 = range_boundaries(str(m.ref))
        if c0 is not None and r0 is not None and c1 is not None and r1 is not None and (c0 < c1 or r0 < r1):
            merges.append((c0, r0, c1, r1))  # a whole column or row ("A:A") merges nothing a reader sees
    rows.sort(key=lambda item: item[0])
    return rows, merges


def _hide_covered(rows: list[tuple[int, Row]], merges: list[Merge]) -> None:
    """Drop what a merged range covers besides its top-left cell: the spreadsheet shows none of it.
    Costs the rows with text inside each range, not its area."""
    numbers = [r for r, _ in rows]
    for c0, r0, c1, r1 in merges:
        for i in range(bisect.bisect_left(numbers, r0), bisect.bisect_right(numbers, r1)):
            r, row = rows[i]
            for c in [c for c in row if c0 <= c <= c1 and (r, c) != (r0, c0)]:
                del row[c]


class _Builder(Written):
    """The text and the tables' cell spans, held to the workbook's line limit."""

    def __init__(self, max_bytes: int) -> None:
        super().__init__()
        self.lines = 0
        self.max_lines = max_lines(max_bytes)

    def admit(self, text: str) -> None:
        self.lines += text.count("\n")
        if self.lines >= self.max_lines:
            raise _Refused(too_many_lines(self.max_lines))

    def sheet(self, rows: list[tuple[int, Row]], merges: list[Merge]) -> None:
        _hide_covered(rows, merges)
        rows = [(r, row) for r, row in rows if row]
        if not rows:
            return
        if self.parts:
            self.write("\n")  # a blank line between sheets
        start = next((i for i, (_, row) in enumerate(rows) if len(row) >= 2), len(rows))
        for _, row in rows[:start]:  # the title and the lines above the table
            self.newline()
            self.write(normalise_newlines(next(iter(row.values()))))
        if start < len(rows):
            self.tables.append(self._table(rows[start:], merges))

    def _table(self, rows: list[tuple[int, Row]], merges: list[Merge]) -> list[list[tuple[int, int]]]:
        columns = sorted({c for _, row in rows for c in row})
        position = {c: i for i, c in enumerate(columns)}
        below = sorted((m for m in merges if m[1] < m[3] and m[0] in position), key=lambda m: m[1])
        tops = {(m[1], m[0]) for m in below}
        anchors: dict[tuple[int, int], tuple[int, int]] = {}  # (row, column) of a merge's top-left → its span
        active: list[Merge] = []
        taken = 0
        table: list[list[tuple[int, int]]] = []
        for r, row in rows:
            while taken < len(below) and below[taken][1] < r:
                active.append(below[taken])
                taken += 1
            active = [m for m in active if m[3] >= r]
            continued = {position[m[0]]: anchors[(m[1], m[0])] for m in active if (m[1], m[0]) in anchors}
            width = max([position[c] for c in row] + list(continued)) + 1
            self.newline()
            spans: list[tuple[int, int]] = []
            for i in range(width):
                if i:
                    self.write("\t")
                if i in continued:
                    spans.append(continued[i])
                    continue
                span = self.write(IN_CELL_BREAKS.sub(" ", row.get(columns[i], "")))
                spans.append(span)
                if (r, columns[i]) in tops:
                    anchors[(r, columns[i])] = span
            table.append(spans)
        return table



# ---------------------------------------------------------------- the workbook


def _check_parts(archive: zipfile.ZipFile, max_bytes: int) -> None:
    limit = XML_FACTOR * max_bytes
    declared = sum(info.file_size for info in archive.infolist() if info.filename.lower().endswith(_PARSED_PARTS))
    if declared > limit:
        raise _Refused(reason("xlsx_parts_too_large", limit=megabytes(limit), factor=XML_FACTOR))


def read_xlsx(name: str, data: bytes, max_bytes: int) -> tuple[str, Tables]:
    """Return ``(text, tables)`` for a workbook's bytes; InputError when it is corrupt or over a limit."""
    stream = BytesIO(data)
    if not zipfile.is_zipfile(stream):
        raise InputError(name, reason("xlsx_not_zip"))
    builder, count = _Builder(max_bytes), _Count(max_bytes)
    try:
        with zipfile.ZipFile(stream) as archive:
            _check_parts(archive, max_bytes)
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # openpyxl warns of styles and extensions it does not keep
            wb = openpyxl.load_workbook(BytesIO(data), read_only=True, data_only=True, keep_links=False)
            try:
                for ws in wb.worksheets:
                    if ws.sheet_state == "visible" and isinstance(ws, ReadOnlyWorksheet):
                        builder.sheet(*_sheet(wb, ws, count))
            finally:
                wb.close()
    except _Refused as exc:
        raise InputError(name, exc.args[0]) from None
    except Exception as exc:  # any parse failure of a hostile file is bad input, never a crash
        raise InputError(name, _corrupt(exc)) from None
    return builder.text(), builder.tables


def _corrupt(exc: Exception) -> Reason:
    return reason("xlsx_corrupt", detail=short_message(exc))
