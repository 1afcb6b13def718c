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
from collections.abc import Callable

from checker.segment.components import Registry
from checker.segment.document import Doc
from checker.segment.lines import Line

# A table that lost its markup: rows of (start, end) cells, and the lines a cell spilled onto below
# its row, by (row, column).
Row = list[tuple[int, int]]
Spill = dict[tuple[int, int], list[tuple[int, int]]]
Table = tuple[list[Row], Spill]
TableReader = Callable[[Doc], list[Table]]
TEXT_TABLES: Registry[TableReader] = Registry("table reader")

_RULE_RE = re.compile(r"^[\s|:：\-—─=_+]{3,}$")
_SPACES_RE = re.compile(r"[ \u3000]{2,}")
_INDEX_RE = re.compile(r"^\d{1,3}[.、．]?$")
_NUMBER_RE = re.compile(r"^[\d.%％]+$")
_SENTENCE_END_RE = re.compile(r"[。；;]")
_NAME_MAX = 16  # an item's name in a table's first column
_HEADER_NAME_MAX = 8  # a column's name


@TEXT_TABLES.register("tab")
def tab_tables(doc: Doc) -> list[Table]:
    """Runs of consecutive TAB-separated lines."""
    tables: list[Table] = []
    run: list[Row] = []
    prev_idx = -2
    spaced = doc.v.weights.layouts.tab_rows_spaced
    quoted = doc.v.weights.layouts.tab_quoted_cells
    wrapped = doc.v.weights.layouts.tab_row_wrapped
    cell_wrapped = doc.v.weights.layouts.tab_cell_wrapped
    above: Line | None = None
    held: list[Line] = []  # lines with no TAB right below a short row: its last cell may run on over them
    body = doc.body
    k = 0
    while k < len(body):
        ln = body[k]
        k += 1
        if ln.content.count("\t") < 1:
            if quoted and run and ln.idx == prev_idx + 1 and _trailing_tabs(doc.text, ln.end):
                prev_idx = ln.idx  # 一、违规收费 and its empty cells: a section row, the table goes on
                continue
            row = _spaced_row(ln, run) if spaced and run and ln.idx == prev_idx + 1 else None
            if row is not None:
                run.append(row)
                prev_idx = ln.idx
            elif cell_wrapped and run and above is not None and ln.idx == (held[-1].idx if held else prev_idx) + 1:
                held.append(ln)
            continue
        last = ln
        if quoted:
            cells, still_open = _scan_quoted(doc.text, ln.cstart, ln.end)
            # a cell in quotes runs on over the lines below it until its quote closes (Excel's copy)
            while still_open and k < len(body) and body[k].idx == last.idx + 1:
                last = body[k]
                k += 1
                cells, still_open = _scan_quoted(doc.text, ln.cstart, last.end)
        else:
            cells = []
            a = ln.cstart
            for piece in ln.content.split("\t"):
                cells.append((a, a + len(piece)))
                a += len(piece) + 1
        below = held[-1].idx if held else prev_idx
        if cell_wrapped and above is not None and run and ln.idx == below + 1 and _cell_wraps(doc, above, ln, run, cells):
            last_cell = run[-1][-1]
            run[-1] = [*run[-1][:-1], (last_cell[0], cells[0][1]), *cells[1:]]  # the cell ran on over the lines
            prev_idx, above, held = last.idx, None, []
            continue
        held = []
        continued = wrapped and above is not None and run and ln.idx == prev_idx + 1
        if continued and above is not None and _wraps(doc, above, ln, run, cells):
            run[-1] = run[-1] + cells  # the row's other cells, on the line below its wrapped cell
            prev_idx = last.idx
            above = None
            continue
        if ln.idx != prev_idx + 1 and not all(doc.lines[i].blank for i in range(prev_idx + 1, ln.idx)):
            if run:
                tables.append((run, {}))
            run = []
        if run and doc.v.weights.layouts.tab_footer_row and _footer_row(doc, cells):
            tables.append((run, {}))  # 填表人：…\t审核人：…: the form's foot ends the table
            run = []
            prev_idx = -2
            continue
        run.append(cells)
        prev_idx = last.idx
        above = last
    if run:
        tables.append((run, {}))
    return tables


def _raw_cells(doc: Doc, ln: Line, cells: Row) -> int:
    """A TAB line's cells with the empty ones before and after its words, which its content lost."""
    stop = doc.text.find("\n", ln.end)
    after = doc.text[ln.end : len(doc.text) if stop < 0 else stop]
    return len(cells) + doc.text[ln.start : ln.cstart].count("\t") + after.count("\t")


def _wraps(doc: Doc, above: Line, ln: Line, run: list[Row], cells: Row) -> bool:
    """With tab_row_wrapped: ``ln`` opens on one TAB and holds the cells the row above lacks (a
    row whose cell a line break wrapped: 5\t问题… / \t措施…\t责任人\t时限), the two together as
    many as the table's widest row: it continues that row."""
    if doc.text[ln.start : ln.cstart].count("\t") != 1 or len(run) < 2:
        return False
    width = max(len(r) for r in run)
    have = _raw_cells(doc, above, run[-1])
    return have < width and have + _raw_cells(doc, ln, cells) - 1 == width


def _cell_wraps(doc: Doc, above: Line, ln: Line, run: list[Row], cells: Row) -> bool:
    """With tab_cell_wrapped: the row above stops on a filled cell, short of the table's widest row,
    and ``ln`` (no TAB before its words) holds the rest of that cell and the cells the row lacks, the
    two rows together one cell more than the widest: a line break inside the row's last cell (1\t问题
    \t1.措施…； / 2.措施…\t责任人\t时限), as a sheet pasted with a list in a cell shows."""
    if len(run) < 2 or doc.text[ln.start : ln.cstart].count("\t") or _raw_cells(doc, above, run[-1]) != len(run[-1]):
        return False
    width = max(len(r) for r in run)
    have, more = len(run[-1]), _raw_cells(doc, ln, cells)
    return have < width and more < width and have + more - 1 == width


def _footer_row(doc: Doc, cells: Row) -> bool:
    """Is every filled cell of a TAB row a footer field (填表人：…, 联系电话：…)?"""
    filled = [(a, b) for a, b in cells if doc.text[a:b].strip()]
    return bool(filled) and all(doc.v.patterns.footer_field.match(doc.text, a, b) for a, b in filled)


def _scan_quoted(text: str, a: int, b: int) -> tuple[Row, bool]:
    """TAB-separated cells of ``text[a:b]``, and whether a quoted cell is still open at ``b``: a cell
    that opens on ``"`` runs to its closing quote, over TABs and line breaks, and is its words
    without the quotes (``""`` inside is one quote)."""
    cells: Row = []
    start, i, in_quote = a, a, False
    while i < b:
        ch = text[i]
        if in_quote:
            if ch == '"' and i + 1 < b and text[i + 1] == '"':
                i += 2
                continue
            if ch == '"':
                in_quote = False
        elif ch == '"' and i == start:
            in_quote = True
        elif ch == "\t":
            cells.append(_unquoted(text, start, i))
            start = i + 1
        i += 1
    cells.append(_unquoted(text, start, b))
    return cells, in_quote


def _trailing_tabs(text: str, end: int) -> bool:
    """TABs follow the line's words to its break: a row whose other cells are empty."""
    stop = text.find("\n", end)
    return "\t" in text[end : len(text) if stop < 0 else stop]


def _unquoted(text: str, a: int, b: int) -> tuple[int, int]:
    return (a + 1, b - 1) if b - a >= 2 and text[a] == '"' and text[b - 1] == '"' else (a, b)


def _spaced_row(ln: Line, run: list[Row]) -> Row | None:
    """With tab_rows_spaced: a line right under TAB-separated rows whose cells a pasting turned into
    runs of spaces (6   公车使用登记不全   规范…   党政办) is a row of theirs when it parts into as
    many cells as the rows above."""
    content = ln.content.rstrip()
    cells: Row = []
    a = 0
    for m in [*_SPACES_RE.finditer(content), None]:
        b = m.start() if m is not None else len(content)
        cells.append((ln.cstart + a, ln.cstart + b))
        a = m.end() if m is not None else a
    width = max(len(r) for r in run)
    return cells if len(cells) >= 2 and len(cells) == width else None


def _cells_between_pipes(text: str, a: int, b: int) -> Row:
    pipes = [i for i in range(a, b) if text[i] == "|"]
    cells = [(p + 1, q) for p, q in itertools.pairwise(pipes)]
    if pipes and text[pipes[-1] + 1 : b].strip():
        cells.append((pipes[-1] + 1, b))  # a row the page cut off before its closing pipe
    return cells


@TEXT_TABLES.register("pipe")
def pipe_tables(doc: Doc) -> list[Table]:
    """Rows opened by a line that starts with ``|``. A row runs on over the lines below while it
    is still open (fewer than two pipes, or no closing ``|``) and over later lines that hold a
    ``|`` without starting with one: a cell's text broken over lines, as copied web tables show."""
    text, body = doc.text, doc.body
    tables: list[Table] = []
    run: list[Row] = []
    i = 0
    while i < len(body):
        ln = body[i]
        if not ln.content.startswith("|") or (ln.content.count("|") < 2 and not run):
            if run:
                tables.append((run, {}))
                run = []
            i += 1
            continue
        end = ln.end
        j = i
        while j + 1 < len(body):
            so_far = text[ln.cstart : end].rstrip()
            nxt = body[j + 1].content
            still_open = so_far.count("|") < 2 or not so_far.endswith("|")
            if not (still_open or ("|" in nxt and not nxt.startswith("|"))):
                break
            j += 1
            end = body[j].end
        if not _RULE_RE.match(text[ln.cstart : end]):
            run.append(_cells_between_pipes(text, ln.cstart, end))
        i = j + 1
    if run:
        tables.append((run, {}))
    return tables


@TEXT_TABLES.register("pipe_lines")
def pipe_line_tables(doc: Doc) -> list[Table]:
    """Cells between lines that hold a lone ``|`` (a web table flattened to one cell per line).
    The header is the run of short names before the first long or empty cell; a row opens at a
    short name that follows an empty or a long cell (an item's name after the last row's text)."""
    text, body = doc.text, doc.body
    seps = [k for k, ln in enumerate(body) if ln.content.strip() == "|"]
    if len(seps) < 6:
        return []
    cells: list[tuple[int, int]] = []
    prev = -1
    for k in [*seps, len(body)]:
        lines = body[prev + 1 : k]
        if prev >= 0 or lines:
            cells.append((lines[0].cstart, lines[-1].end) if lines else (body[k - 1].end, body[k - 1].end))
        prev = k

    def words(c: tuple[int, int]) -> str:
        return text[c[0] : c[1]].strip()

    def is_name(c: tuple[int, int]) -> bool:
        w = words(c)
        return 0 < len(w) <= _NAME_MAX and not _NUMBER_RE.match(w) and not _SENTENCE_END_RE.search(w)

    def is_long(c: tuple[int, int]) -> bool:
        w = words(c)
        return len(w) > _NAME_MAX or bool(_SENTENCE_END_RE.search(w))

    h = 0
    while h < len(cells) and is_name(cells[h]) and len(words(cells[h])) <= _HEADER_NAME_MAX:
        h += 1
    if h < 3:
        return []
    rows: list[Row] = [cells[:h]]
    for k in range(h, len(cells)):
        c = cells[k]
        if k == h or (is_name(c) and (not words(cells[k - 1]) or is_long(cells[k - 1]))):
            rows.append([])
        rows[-1].append(c)
    return [(rows, {})]


_WIDE = re.compile(r"[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]")
_COL_SLACK = 2  # display columns a cell may start before its header


def _width(s: str) -> int:
    """Display width: CJK and full-width characters take two columns."""
    return len(s) + len(_WIDE.findall(s))


def _runs(text: str, ln: Line) -> list[tuple[int, int, int]]:
    """(display column, start, end) of each run of text between gaps of two or more spaces."""
    out: list[tuple[int, int, int]] = []
    a = ln.cstart
    for g in [*_SPACES_RE.finditer(text, ln.cstart, ln.end), None]:
        b = g.start() if g is not None else ln.end
        if b > a:
            out.append((_width(text[ln.start : a]), a, b))
        if g is not None:
            a = g.end()
    return out


@TEXT_TABLES.register("spaced")
def spaced_tables(doc: Doc) -> list[Table]:
    """Columns aligned with spaces under a header row. A line whose first column is empty continues
    the row above (its pieces are returned as spill, by (row, column)); a line with only a first
    cell that is not a number is a section row."""
    text, body, header_word = doc.text, doc.body, doc.v.patterns.table_header_word
    in_order_flag = doc.v.weights.layouts.spaced_cells_in_order
    tables: list[Table] = []
    i = 0
    while i < len(body):
        head = body[i]
        # A header has three cells or more, so two gaps at least: most lines have none.
        if _SPACES_RE.search(text, head.cstart, head.end) is None:
            i += 1
            continue
        runs = _runs(text, head)
        names = [text[a:b].strip() for _, a, b in runs]
        if len(runs) < 3 or "|" in head.content or "\t" in head.content or not all(
            header_word.match(n) or len(n) <= 8 for n in names
        ):
            i += 1
            continue
        starts = [col for col, _, _ in runs]
        rows: list[Row] = [[(a, b) for _, a, b in runs]]
        spill: Spill = {}
        j = i + 1
        while j < len(body):
            ln = body[j]
            pieces = _runs(text, ln)
            if not pieces or "|" in ln.content:
                break
            if [text[a:b].strip() for _, a, b in pieces] == names:
                j += 1  # the header repeated
                continue
            cells: dict[int, tuple[int, int]] = {}
            for col, a, b in pieces:
                k = max((n for n, st in enumerate(starts) if st <= col + _COL_SLACK), default=0)
                cells.setdefault(k, (a, b))
                if cells[k] != (a, b):
                    cells[k] = (cells[k][0], b)
            in_order = _in_order(pieces, len(starts)) if in_order_flag and len(cells) < len(pieces) else None
            if in_order is None and in_order_flag and doc.v.weights.layouts.spaced_trailing_empty and len(cells) < len(pieces):
                in_order = _trailing_empty(text, ln, pieces, len(starts))
            if in_order is not None:
                rows.append(in_order)  # the cells do not line up with the header: read them in order
                j += 1
                continue
            if 0 in cells and (len(cells) > 1 or _INDEX_RE.match(text[cells[0][0] : cells[0][1]].strip())):
                row = [cells.get(k, (ln.end, ln.end)) for k in range(len(starts))]
                if doc.v.weights.layouts.spaced_footer_row and len(rows) > 1 and _footer_row(doc, row):
                    break  # 填表人：…  联系电话：…: the form's foot, no record
                rows.append(row)
            elif 0 in cells and len(cells) == 1:
                rows.append([cells[0]])  # a section row
            elif len(rows) > 1:
                for k, rng in cells.items():
                    spill.setdefault((len(rows) - 1, k), []).append(rng)
            else:
                break
            j += 1
        if len(rows) >= 2:
            tables.append((rows, spill))
        i = j
    return tables


def _in_order(pieces: list[tuple[int, int, int]], width: int) -> Row | None:
    """With spaced_cells_in_order: a row's pieces as ``width`` cells in order, where the pieces
    between runs of spaces are as many as the header's columns, or fewer by the empty cells that the
    longer runs hold (the shortest run parts two cells; each further run of that length is one
    empty cell). None when the runs do not account for the columns."""
    if len(pieces) < 2 or len(pieces) > width:
        return None
    gaps = [pieces[k + 1][1] - pieces[k][2] for k in range(len(pieces) - 1)]
    part = min(gaps)
    empties = [max(0, round(g / part) - 1) for g in gaps]
    if len(pieces) + sum(empties) != width:
        return None
    row: Row = []
    for k, (_, a, b) in enumerate(pieces):
        row.append((a, b))
        if k < len(gaps):
            row.extend([(b + part, b + part)] * empties[k])  # an empty cell, inside the run
    return row


def _trailing_empty(text: str, ln: Line, pieces: list[tuple[int, int, int]], width: int) -> Row | None:
    """With spaced_trailing_empty: a row one cell short of the header whose line ends on a run of
    spaces (…  油烟净化设施未安装␣␣) left its last cell empty; its pieces are read in order before it."""
    end = text.find("\n", ln.end)
    tail = text[ln.end : len(text) if end < 0 else end]
    if len(pieces) != width - 1 or _SPACES_RE.fullmatch(tail) is None:
        return None
    row = _in_order(pieces, width - 1)
    return None if row is None else [*row, (ln.end, ln.end)]


@TEXT_TABLES.register("one_space")
def one_space_tables(doc: Doc) -> list[Table]:
    """A web table whose cells each became one space: a header of column names split by single
    spaces (one of them a problem column, one a measure column), then the lines that split into
    exactly as many cells. Other lines (a long cell's overflow, section names) are skipped."""
    pats = doc.v.patterns
    body = doc.lines  # the header may stand in what was taken for the title block
    tables: list[Table] = []
    for i, head in enumerate(body):
        names = head.content.strip().split(" ")
        if len(names) < 4 or "|" in head.content or "\t" in head.content or not all(0 < len(n) <= _HEADER_NAME_MAX * 2 for n in names):
            continue
        if not any(pats.column_finding.search(n) for n in names) or not any(pats.column_measure.search(n) for n in names):
            continue
        rows: list[Row] = [_split_spaces(head)]
        for ln in body[i + 1 :]:
            cells = _split_spaces(ln) if not ln.blank else []
            if len(cells) == len(names):
                rows.append(cells)
        if len(rows) >= 2:
            tables.append((rows, {}))
    return tables


def _split_spaces(ln: Line) -> Row:
    cells: Row = []
    a = ln.cstart
    for piece in ln.content.rstrip().split(" "):
        cells.append((a, a + len(piece)))
        a += len(piece) + 1
    return cells


_CELL_RULE_RE = re.compile(r"^[\-—─_·.]{3,}$")
_ROW_RULE_RE = re.compile(r"^[=＝═━#*~]{3,}$")


@TEXT_TABLES.register("ruled")
def ruled_tables(doc: Doc) -> list[Table]:
    """Cells between rule lines: ``———`` between the cells of a row, ``═══`` between rows (when
    there is only one kind of rule, the header's cell count cuts the rows). A cell may span lines;
    two rules with nothing between are an empty cell."""
    text, body, header_word = doc.text, doc.body, doc.v.patterns.table_header_word
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
            if not started and rows == [] and row == [] and not cell and header_word.match(ln.content.strip()) is None:
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
        width = next((i for i, (a, b) in enumerate(flat) if not header_word.match(text[a:b].strip())), len(flat))
        rows = [flat[i : i + width] for i in range(0, len(flat), width)] if width >= 2 else []
    return [(rows, {})] if len(rows) >= 2 else []


@TEXT_TABLES.register("cell_per_line")
def cell_per_line_tables(doc: Doc) -> list[Table]:
    """A header of column names one per line, then records of one cell per line. With
    ``table_cell_records`` the header also takes the short column names around its header words
    (抽查时间, 被抽查单位 beside 问题清单), a record with no index column opens at a cell of the
    shape of the first record's first cell (a date), and a cell's numbered lines (1.… 2.…) stay one
    cell."""
    v = doc.v
    header_word = v.patterns.table_header_word
    records = v.weights.layouts.table_cell_records
    # The header's short lines may have been taken for the title block.
    body = [*(ln for ln in doc.title_lines if not ln.blank), *doc.body] if records else doc.body
    tables: list[Table] = []
    i = 0
    n = len(body)
    while i < n:
        k = i
        while k < n and header_word.match(body[k].content.strip()):
            k += 1
        if k - i < 2:
            i += 1
            continue
        if records:
            while i > 0 and _bare_name(body[i - 1]):
                i -= 1
            while k < n and _bare_name(body[k]):
                k += 1
        header = [(body[j].cstart, body[j].end) for j in range(i, k)]
        ncols = len(header)
        rows: list[Row] = [header]
        has_index = bool(v.patterns.index_header.match(body[i].content))
        record: list[list[Line]] = []  # the record's cells, each of its lines
        # Without an index column, a record opens at a cell shaped as the first record's first (a date).
        first_shape = _figure_shape(body[k].content.strip()) if records and not has_index and k < n else None

        def flush(rec: list[list[Line]], rows: list[Row] = rows, ncols: int = ncols) -> None:
            if not rec:
                return
            cells = [(c[0].cstart, c[-1].end) for c in rec]
            if len(cells) > ncols:  # a spilled cell: the extra lines belong to the last long cell
                head, tail = cells[: ncols - 1], cells[ncols - 1 :]
                cells = [*head, (tail[0][0], tail[-1][1])]
            rows.append(cells)

        j = k
        while j < n:
            ln = body[j]
            s = ln.content.strip()
            if has_index and v.weights.layouts.blank_cells and record and len(record) < ncols - 1:
                room = ncols - 1 - len(record) if v.weights.layouts.blank_cell_runs else 1
                blanks = _blank_cells(doc, body[j - 1], ln, room)
                if blanks and not _opens_record(s, record, ncols, has_index, first_shape):
                    record.extend([b] for b in blanks)  # 4 / 砧板未分开… / (blank) / 罗慧: the measure cell left empty
            if _ends_table(doc, ln, len(record) >= ncols):
                break
            if _RULE_RE.match(s):
                flush(record)
                record = []
            elif _opens_record(s, record, ncols, has_index, first_shape):
                flush(record)
                record = [[ln]]
            elif header_word.match(s) and not record:
                # A repeated header: skip its names.
                pass
            elif records and record and _next_item(record[-1][-1], ln):
                record[-1].append(ln)  # the cell's next numbered line
            else:
                record.append([ln])
            j += 1
        flush(record)
        tables.append((rows, {}))
        i = j
    return tables


def _ends_table(doc: Doc, ln: Line, full: bool) -> bool:
    """With cell_table_foot: a note or a form's footer field (备注：…, 填表人：…) after a full record is
    the table's foot, not the last cell's next line."""
    if not full or not doc.v.weights.layouts.cell_table_foot:
        return False
    p = doc.v.patterns
    return bool(p.table_note.match(doc.text, ln.cstart, ln.end) or p.footer_field.match(doc.text, ln.cstart, ln.end))


def _blank_cells(doc: Doc, prev: Line, ln: Line, room: int) -> list[Line]:
    """The blank lines between two lines of a record, at most ``room`` of them: cells left empty (a
    record's cells stand on consecutive lines, so a blank line inside it is a cell, where blank lines
    between records are none). With blank_cell_runs, two empty cells side by side are two blank lines."""
    gap = [doc.lines[x] for x in range(prev.idx + 1, ln.idx) if x < len(doc.lines)]
    return gap if 0 < len(gap) <= room and all(g.blank for g in gap) else []


def _opens_record(s: str, record: list[list[Line]], ncols: int, has_index: bool, first_shape: str | None) -> bool:
    """The line opens the next record: its index number, once the record has its cells, or a cell
    shaped as the first record's first (a date)."""
    if has_index:
        return bool(_INDEX_RE.match(s)) and bool(record) and len(record) >= ncols - 1
    return first_shape is not None and len(record) >= 2 and _figure_shape(s) == first_shape


_FIGURE_RE = re.compile(r"^[\d.\-/年月日]+$")


def _bare_name(ln: Line) -> bool:
    """A line that can only be a column's name: short, unnumbered, no figure, no sentence, no colon."""
    s = ln.content.strip()
    return ln.marker is None and _column_name(s) and not re.search(r"[\d:：|]", s)


def _figure_shape(s: str) -> str | None:
    """The shape of a cell of figures (2024.10.9 → 0.0.0), None for words: the first column's
    cells (dates) share it, and so each opens its record."""
    return re.sub(r"\d+", "0", s) if _FIGURE_RE.match(s) and re.search(r"\D", s) else None


def _next_item(prev: Line, ln: Line) -> bool:
    """``ln`` is the item numbered after ``prev``'s (1.… then 2.…): the same cell goes on."""
    a, b = prev.marker, ln.marker
    return a is not None and b is not None and a.family == b.family and b.value == a.value + 1


_PIPES_RE = re.compile(r"^\|+$")
_OPEN_MAX = 6  # lines a cell may run over before its closing pipe; more is running text
Cell = tuple[int, int, int]  # start, end, lines the cell spans


def _pipe_ended_stream(doc: Doc) -> list[Cell | None]:
    """The body from its first pipe line as cells, each closed by the ``|`` its line ends with; a
    lone ``|`` closes the text of the lines above it or is an empty cell; a line of two pipes or
    more ends a row (``None``), and so does text that runs on too long without a pipe."""
    out: list[Cell | None] = []
    open_at: tuple[int, int, int] | None = None  # start, end, lines of text not yet closed
    started = False
    # Physical lines: a table of short cells can pass for hard-wrapped text the body passes rejoin.
    for ln in doc.lines:
        s = ln.content.rstrip()
        if not s.endswith("|"):
            if not started or ln.blank:
                continue
            open_at = (open_at[0], ln.end, open_at[2] + 1) if open_at else (ln.cstart, ln.end, 1)
            if open_at[2] > _OPEN_MAX:  # running text, not a cell: what follows starts afresh
                out.append(None)
                open_at, started = None, False
            continue
        if "|" in s.rstrip("|"):  # a row of several cells (| a | b |): another reader's table
            out.append(None)
            open_at, started = None, False
            continue
        started = True
        text_end = ln.cstart + len(s.rstrip("|").rstrip())
        if _PIPES_RE.match(s.strip()):
            if open_at is not None:  # the pipe's line counts: only a cell closed on its own line is a column name
                out.append((open_at[0], open_at[1], open_at[2] + 1))
            elif len(s.strip()) == 1:
                out.append((ln.cstart, ln.cstart, 1))
            if len(s.strip()) > 1:
                out.append(None)
        else:
            out.append((open_at[0], text_end, open_at[2] + 1) if open_at else (ln.cstart, text_end, 1))
        open_at = None
    return out


@TEXT_TABLES.register("pipe_ended")
def pipe_ended_tables(doc: Doc) -> list[Table]:
    """A web table flattened to one cell per line, each cell ending in ``|`` (``序号 |``, ``已修复。 |``).
    The header is a run of short column names that opens with the index column; a row opens at an
    index cell or after a line of pipes, and closes when it has as many cells as the header. A
    shorter row lost its left cells to cells merged down from the row above: it is read from the right."""
    text, pats = doc.text, doc.v.patterns
    stream = _pipe_ended_stream(doc)

    def name(c: Cell | None) -> bool:
        return c is not None and c[2] == 1 and _column_name(text[c[0] : c[1]].strip())

    start = next((k for k, c in enumerate(stream) if c is not None and pats.column_index.search(text[c[0] : c[1]].strip())), None)
    if start is None:
        return _unindexed_pipe_ended(doc, stream) if doc.v.weights.layouts.table_unindexed_cells else []
    h = start
    while h < len(stream) and (h == start or name(stream[h])):
        h += 1
    width = h - start
    if width < 3:
        return []
    rows: list[Row] = [[(c[0], c[1]) for c in stream[start:h] if c is not None]]
    row: Row = []

    def close() -> None:
        if row:
            rows.append([(row[0][0], row[0][0])] * (width - len(row)) + row)
        row.clear()

    for c in stream[h:]:
        if c is None:
            close()
            continue
        if _INDEX_RE.match(text[c[0] : c[1]].strip()):
            close()
        row.append((c[0], c[1]))
        if len(row) == width:
            close()
    close()
    return [(rows, {})] if len(rows) >= 2 else []


def _column_name(w: str) -> bool:
    """A cell that can name a column (序号, 整改措施) or a row (合计, 其它): short, no figure, no sentence."""
    return 0 < len(w) <= _HEADER_NAME_MAX and not _NUMBER_RE.match(w) and not _SENTENCE_END_RE.search(w)


def _bare_cells(text: str, ln: Line) -> Row:
    """The cells of a line whose cells end in pipes with no pipe to open the first (序号 | 问题 |)."""
    a = ln.cstart
    cells: Row = []
    for p in [i for i in range(ln.cstart, ln.end) if text[i] == "|"]:
        cells.append((a, p))
        a = p + 1
    if text[a : ln.end].strip():
        cells.append((a, ln.end))
    return cells


def _filled_count(text: str, row: Row) -> int:
    return sum(bool(text[a:b].strip()) for a, b in row)


def _last_filled(text: str, row: Row) -> int:
    return max((k for k, (a, b) in enumerate(row) if text[a:b].strip()), default=-1)


@TEXT_TABLES.register("pipe_bare")
def pipe_bare_tables(doc: Doc) -> list[Table]:
    """Rows of cells each closed by a pipe, the first opened by none (``序号 | 问题 | 整改措施 |``).
    The header opens with a short name; the table runs over the lines that hold a pipe. Where the
    header opens with the index column, a row opens at the next number in sequence (or at a short
    name, 合计 / 其它) and runs on over the lines before it: a line of one text (2.… under a cell's
    1.…) goes on in the row's last cell, a line of several cells adds them (the row's wrapped end)."""
    text, pats = doc.text, doc.v.patterns
    tables: list[Table] = []
    body = doc.body
    i = 0
    while i < len(body):
        head = body[i]
        cells = _bare_cells(text, head)
        names = [text[a:b].strip() for a, b in cells]
        names = names[: _last_filled(text, cells) + 1]
        if (head.content.startswith("|") or len(names) < 3 or not all(0 < len(n) <= _HEADER_NAME_MAX * 2 for n in names)
                or not head.content.rstrip().endswith("|")):
            i += 1
            continue
        by_index = pats.column_index.search(names[0]) is not None
        rows: list[Row] = [cells]
        j = i + 1
        while j < len(body) and ("|" in body[j].content or _cut_from_above(doc, body[j - 1], body[j])):
            line = _bare_cells(text, body[j])
            first = text[line[0][0] : line[0][1]].strip() if line else ""
            opens = not by_index or len(rows) == 1 or first == str(len(rows)) or (
                _column_name(first) and not re.match(r"^\d+[.、．]", first))
            if opens:
                rows.append(line)
            elif _filled_count(text, line) <= 1 and not (
                    _cut_from_above(doc, body[j - 1], body[j]) and body[j - 1].content.rstrip().endswith("|")):
                row = rows[-1]
                k = _last_filled(text, row)
                end = line[_last_filled(text, line)][1] if _last_filled(text, line) >= 0 else row[k][1]
                rows[-1] = [*row[:k], (row[k][0], end)]  # the cell's text runs on: the row ends there
            else:
                row = rows[-1]
                rows[-1] = [*row[: _last_filled(text, row) + 1], *line]
            j += 1
        if len(rows) >= 2:
            tables.append((rows, {}))
        i = j
    return tables


def _problem_name(doc: Doc, w: str) -> bool:
    """A column name that says the column holds problems or what a check found (问题类别, 存在隐患)."""
    pats = doc.v.patterns
    return pats.column_finding.search(w) is not None or pats.column_result.search(w) is not None


def _header_width(doc: Doc, words: list[str], heads: int, short: int) -> tuple[int, int] | None:
    """(width, problem column) of a header with no index column: at most its ``heads`` leading column
    names, opening a run of ``short`` cells. Either the run ends at the first record's long problem
    cell, so that it holds the header and the record's cells before its problem (width + problem
    column = run), or the run is the whole table and its records repeat their first cell's value or
    shape (微信 … 微信, 7月16日 … 7月17日)."""
    for width in range(2, min(heads, _HEADER_NAME_MAX) + 1):
        f = next((k for k in range(width) if _problem_name(doc, words[k])), None)
        if f is None:
            continue
        if short < len(words) and width + f == short:
            return width, f
        if short == len(words) and 2 * width < short and _same_cell(words[width], words[2 * width]):
            return width, f
    return None


def _same_cell(a: str, b: str) -> bool:
    return a == b or (_figure_shape(a) is not None and _figure_shape(a) == _figure_shape(b))


def _short_cell(w: str) -> bool:
    """A cell that names rather than states: no longer than an item's name, no sentence."""
    return 0 < len(w) <= _NAME_MAX and not _SENTENCE_END_RE.search(w)


def _merges_down(records: list[str], width: int, kinds: set[str]) -> bool:
    """Rows of ``width`` cells do not fit the records: they do not fill whole rows, or a name of
    the first column's kind would fall in another column (交通学院 … 能源与动力工程学院)."""
    return len(records) % width != 0 or any(k % width != 0 and w[-2:] in kinds for k, w in enumerate(records))


def _unindexed_pipe_ended(doc: Doc, stream: list[Cell | None]) -> list[Table]:
    """A pipe-ended table whose header has no index column (新媒体类型 | 新媒体名称 | 问题类别 |): the
    header is found by its width (:func:`_header_width`) and a row fills to that width. A name merged
    down over several rows (学院 | 存在隐患, 交通学院 over its rooms) opens a row only where a cell is
    of its kind (it ends as the column's name or its first value does: 交通学院, 化学学院); any other
    cell that would stand left of the problem column lost its left cells to that name. A total's name
    (合计隐患) opens a row of its own."""
    text = doc.text
    cells = [c for c in stream if c is not None]
    words = [text[c[0] : c[1]].strip() for c in cells]
    heads = next((k for k, (c, w) in enumerate(zip(cells, words, strict=True)) if c[2] != 1 or not _column_name(w)), len(cells))
    short = next((k for k, (c, w) in enumerate(zip(cells, words, strict=True)) if c[2] != 1 or not _short_cell(w)), len(cells))
    found = _header_width(doc, words, heads, short)
    if found is None:
        return []
    width, f = found
    kinds = {w[-2:] for w in (words[0], words[width]) if len(w) >= 2}
    merged = short < len(words) and f > 0 and _merges_down(words[width:], width, kinds)
    total = doc.v.patterns.table_total_row
    rows: list[Row] = [[(c[0], c[1]) for c in cells[:width]]]
    row: Row = []
    for c in stream[stream.index(cells[width - 1]) + 1 :]:
        w = text[c[0] : c[1]].strip() if c is not None else ""
        if c is None or (row and total.match(w)):
            if row:
                rows.append(row)
            row = []
            if c is None:
                continue
        if merged and not row and w[-2:] not in kinds and not total.match(w):
            row.extend([(c[0], c[0])] * f)  # the cells merged down from the row above
        row.append((c[0], c[1]))
        if len(row) == width:
            rows.append(row)
            row = []
    if row:
        rows.append(row)
    return [(rows, {})] if len(rows) >= 2 else []


def _cut_from_above(doc: Doc, prev: Line, ln: Line) -> bool:
    """``ln`` is a piece of the same line as ``prev`` that the body passes cut at an inline item
    (a cell's 1.…；2.…): it stays in the table's row (``table_cut_cells``)."""
    return doc.v.weights.layouts.table_cut_cells and prev.end <= ln.cstart and "\n" not in doc.text[prev.end : ln.cstart]
