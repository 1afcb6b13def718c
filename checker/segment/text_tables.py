"""Tables that lost their markup on the way to a web page or a PDF, read back into rows of cells.

- pipe rows ``| 序号 | 问题 | 整改情况 |`` (Markdown and copied HTML tables); ``|---|`` rules are
  skipped and a row whose last cell runs on over the next lines (no closing ``|`` yet) takes them in;
- columns separated by runs of two or more spaces;
- one cell per line: a header of short column names on consecutive lines, then records separated by
  rule lines (``----``, ``====``) or opened by their number.

Each row is a list of ``(start, end)`` cell spans into the text, like ``Source.tables``.
"""

from __future__ import annotations

import itertools
import re

from checker.segment.lines import Line

Row = list[tuple[int, int]]

_RULE_RE = re.compile(r"^[\s|:：\-—─=_+]{3,}$")
_SPACES_RE = re.compile(r"[ \u3000]{2,}")
_INDEX_RE = re.compile(r"^\d{1,3}[.、．]?$")
_HEADER_WORD_RE = re.compile(r"^(?:序号|编号|问题|.{0,4}问题.{0,4}|失分原因|扣分原因|整改(?:措施|情况|任务|结果|时限|进展)|责任(?:单位|领导|人|部门|科室)|完成(?:时限|情况|时间)|整改状态|备注)$")


def _cells_between_pipes(text: str, a: int, b: int) -> Row:
    pipes = [i for i in range(a, b) if text[i] == "|"]
    return [(p + 1, q) for p, q in itertools.pairwise(pipes)]


def pipe_tables(text: str, body: list[Line]) -> list[list[Row]]:
    tables: list[list[Row]] = []
    run: list[Row] = []
    i = 0
    while i < len(body):
        ln = body[i]
        if not ln.content.startswith("|") or ln.content.count("|") < 2:
            if run:
                tables.append(run)
                run = []
            i += 1
            continue
        end = ln.end
        # A cell that runs on: the row closes at the first later line that ends with "|".
        j = i
        while not text[ln.cstart : end].rstrip().endswith("|") and j + 1 < len(body) and "|" not in body[j + 1].content[:1]:
            j += 1
            end = body[j].end
            if body[j].content.endswith("|"):
                break
        if not _RULE_RE.match(text[ln.cstart : end]):
            run.append(_cells_between_pipes(text, ln.cstart, end))
        i = j + 1
    if run:
        tables.append(run)
    return tables


def spaced_tables(text: str, body: list[Line]) -> list[list[Row]]:
    tables: list[list[Row]] = []
    run: list[Row] = []
    for ln in body:
        gaps = list(_SPACES_RE.finditer(text, ln.cstart, ln.end))
        if gaps and "|" not in ln.content and "\t" not in ln.content:
            cells: Row = []
            a = ln.cstart
            for g in gaps:
                cells.append((a, g.start()))
                a = g.end()
            cells.append((a, ln.end))
            run.append(cells)
        elif run:
            tables.append(run)
            run = []
    if run:
        tables.append(run)
    return [t for t in tables if len(t) >= 2]


_CELL_RULE_RE = re.compile(r"^[\-—─_·.]{3,}$")
_ROW_RULE_RE = re.compile(r"^[=＝═━#*~]{3,}$")


def ruled_tables(text: str, body: list[Line]) -> list[list[Row]]:
    """Cells between rule lines: ``———`` between the cells of a row, ``═══`` between rows (when
    there is only one kind of rule, the header's cell count cuts the rows). A cell may span lines;
    two rules with nothing between are an empty cell."""
    marks = [("cell" if _CELL_RULE_RE.match(s) else "row" if _ROW_RULE_RE.match(s) else None)
             for s in (ln.content.strip() for ln in body)]
    if sum(m is not None for m in marks) < 4:
        return []
    two_kinds = {"cell", "row"} <= set(marks)
    rows: list[Row] = []
    row: Row = []
    cell: list[Line] = []
    started = False

    def close_cell(at: int) -> None:
        row.append((cell[0].cstart, cell[-1].end) if cell else (at, at))
        cell.clear()

    for ln, mark in zip(body, marks, strict=True):
        if mark is None:
            if not started and rows == [] and row == [] and not cell and _HEADER_WORD_RE.match(ln.content.strip()) is None:
                continue  # text before the table
            started = True
            cell.append(ln)
            continue
        if not started:
            continue
        close_cell(ln.cstart)
        if mark == "row" and two_kinds:
            rows.append(row)
            row = []
    if cell:
        close_cell(body[-1].end)
    if row:
        rows.append(row)
    if not two_kinds and rows:
        flat = rows[0]
        width = next((i for i, (a, b) in enumerate(flat) if not _HEADER_WORD_RE.match(text[a:b].strip())), len(flat))
        rows = [flat[i : i + width] for i in range(0, len(flat), width)] if width >= 2 else []
    return [rows] if len(rows) >= 2 else []


def cell_per_line_tables(text: str, body: list[Line]) -> list[list[Row]]:
    """A header of column names one per line, then records of one cell per line."""
    tables: list[list[Row]] = []
    i = 0
    n = len(body)
    while i < n:
        k = i
        while k < n and _HEADER_WORD_RE.match(body[k].content.strip()):
            k += 1
        if k - i < 2:
            i += 1
            continue
        header = [(body[j].cstart, body[j].end) for j in range(i, k)]
        ncols = len(header)
        rows: list[Row] = [header]
        has_index = bool(re.match(r"序号|编号", body[i].content))
        record: list[Line] = []

        def flush(rec: list[Line], rows: list[Row] = rows, ncols: int = ncols) -> None:
            if not rec:
                return
            cells = [(x.cstart, x.end) for x in rec]
            if len(cells) > ncols:  # a spilled cell: the extra lines belong to the last long cell
                head, tail = cells[: ncols - 1], cells[ncols - 1 :]
                cells = [*head, (tail[0][0], tail[-1][1])]
            rows.append(cells)

        j = k
        while j < n:
            s = body[j].content.strip()
            if _RULE_RE.match(s):
                flush(record)
                record = []
            elif has_index and _INDEX_RE.match(s) and record and len(record) >= ncols - 1:
                flush(record)
                record = [body[j]]
            elif _HEADER_WORD_RE.match(s) and not record:
                # A repeated header: skip its names.
                pass
            else:
                record.append(body[j])
            j += 1
        flush(record)
        tables.append(rows)
        i = j
    return tables
