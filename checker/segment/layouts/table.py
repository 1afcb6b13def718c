"""Layout rule ``table``: plans laid out as a table, one finding per row.

The header row names the columns (序号 | 问题 | 整改措施 | 责任单位 | 整改时限 …). Rows come from
``Source.tables`` (Word documents) or, for plain text, from lines of TAB-separated cells.
"""

from __future__ import annotations

import re

from checker.segment.document import Doc
from checker.segment.draft import Draft
from checker.segment.fields import FieldHit
from checker.segment.items import top_level_markers
from checker.segment.layouts.base import LAYOUTS, LayoutResult
from checker.segment.lines import Line
from checker.segment.spans import trim
from checker.segment.text_tables import TEXT_TABLES, Row, Table
from checker.text.width import strip_spaces
from checker.vocabulary import Vocabulary

_HEADER_CELL_MAX = 10
_NAME_MAX = 16
_NUMBER_RE = re.compile(r"^[\d.%％]+$")
_SENTENCE_END_RE = re.compile(r"[。；;，,]")
_SINGLE_ROLES = frozenset({"index", "group", "status", "finding"})
# Column roles in the order they are tried: the first whose pattern a column name holds.
_ROLE_ORDER = ("index", "group", "owner", "deadline", "status", "measure", "finding")


def _role(v: Vocabulary, label: str) -> str | None:
    for role in _ROLE_ORDER:
        if getattr(v.patterns, f"column_{role}").search(label):
            return role
    return None


def _header(v: Vocabulary, text: str, rows: list[Row]) -> tuple[int, dict[int, str]] | None:
    for r, row in enumerate(rows[:3]):
        roles: dict[int, str] = {}
        for c, (a, b) in enumerate(row):
            role = _role(v, strip_spaces(text[a:b]))
            second = role == "finding" and role in roles.values()
            if role in _SINGLE_ROLES and role in roles.values() and v.weights.layouts.table_next_role:
                role = _next_role(v, strip_spaces(text[a:b]), role)
            if role is None and second and _detail_of(v, text[a:b], roles, c):
                role = "detail"  # 问题具体表现 beside 反馈问题: the problem's detail, part of the finding
            if role == "finding" and v.weights.layouts.table_cell_records and _count_column(v, text, rows, r, c):
                continue  # a count of problems (发现问题个数): the problems stand in another column
            # Several owner, deadline or measure columns may coexist; the others count once.
            if role is None or (role in _SINGLE_ROLES and role in roles.values()):
                continue
            roles[c] = role
        if "finding" not in roles.values() and v.weights.layouts.table_result_column:
            result = _result_column(v, text, row, roles)
            if result is not None:
                roles[result] = "finding"
        elif "finding" in roles.values() and v.weights.layouts.table_result_measure and not (
            v.weights.layouts.table_measure_over_verdict and "measure" in roles.values()
        ):
            verdict = _result_column(v, text, row, roles)
            if verdict is not None:
                roles[verdict] = "verdict"
        if "finding" in roles.values() and (len(roles) >= 2 or _name_and_problem(v, text, row, roles)):
            return r, roles
    return None


def _detail_of(v: Vocabulary, label: str, roles: dict[int, str], c: int) -> bool:
    """Whether column ``c``, a second one naming the problem, states the detail of the problem column
    just left of it (反馈问题 | 问题具体表现; pattern column_detail)."""
    return (
        v.weights.layouts.table_detail_column
        and roles.get(c - 1) == "finding"
        and v.patterns.column_detail.search(strip_spaces(label)) is not None
    )


def _next_role(v: Vocabulary, label: str, taken: str) -> str | None:
    """The role after ``taken`` that the column name also names (问题类别: group, then finding)."""
    later = _ROLE_ORDER[_ROLE_ORDER.index(taken) + 1 :]
    return next((role for role in later if getattr(v.patterns, f"column_{role}").search(label)), None)


def _name_and_problem(v: Vocabulary, text: str, row: Row, roles: dict[int, str]) -> bool:
    """A header of two columns, a name and what was found there (学院 | 存在隐患): the problems
    stand by the names of what was checked, with no other column to pair them by."""
    filled = [c for c in _filled(text, row) if trim(text, *c)[0] < trim(text, *c)[1]]
    return v.weights.layouts.table_unindexed_cells and len(filled) == 2 and len(roles) == 1


def _count_column(v: Vocabulary, text: str, rows: list[Row], r: int, c: int) -> bool:
    """Header ``r``'s column ``c`` names problems but counts them: another column also names
    problems, and its cells below the header are all figures (one at least)."""
    others = [strip_spaces(text[a:b]) for k, (a, b) in enumerate(rows[r]) if k != c]
    if not any(v.patterns.column_finding.search(name) for name in others):
        return False
    cells = [text[slice(*trim(text, *row[c]))] for row in rows[r + 1 :] if c < len(row)]
    filled = [w for w in cells if w]
    return bool(filled) and all(_NUMBER_RE.match(w) for w in filled)


def _result_column(v: Vocabulary, text: str, row: Row, roles: dict[int, str]) -> int | None:
    """An inspection record's column of what was found (检查结果): where its findings stand when no
    column names problems."""
    return next(
        (c for c, (a, b) in enumerate(row) if c not in roles and v.patterns.column_result.search(strip_spaces(text[a:b]))),
        None,
    )


def _filled(text: str, row: Row) -> Row:
    """The row without the empty cells a web page pads it with on the right."""
    n = len(row)
    while n > 1 and trim(text, *row[n - 1])[0] >= trim(text, *row[n - 1])[1]:
        n -= 1
    return row[:n]


def _aligned(text: str, row: Row, width: int) -> Row:
    """The row's cells under the header's columns. A row with more filled cells than the header
    has columns carries a merged name column on its left (测评指标 over 一级 and 二级): its cells are
    read from the right."""
    filled = _filled(text, row)
    return filled[len(filled) - width :] if len(filled) > width else row


def _spanned(v: Vocabulary, text: str, row: Row, width: int, f_col: int) -> Row:
    """A row short of cells whose problem column stays empty while its last cell is long lost
    cells to a cell spanning two columns on its left (其它 | 共性问题 | 1.…；2.…): read from the right."""
    filled = _filled(text, row)
    if not v.weights.layouts.table_spanned_rows or len(filled) >= width or len(filled) < 2 or f_col < len(filled):
        return row
    a, b = trim(text, *filled[-1])
    if b - a <= _NAME_MAX and not _SENTENCE_END_RE.search(text[a:b]):
        return row
    return [(filled[0][0], filled[0][0])] * (width - len(filled)) + filled


def _item_name(text: str, full_row: Row, row: Row, roles: dict[int, str], f_col: int) -> tuple[int, int] | None:
    """The item a scoring table's row is about (意见征集 beside 失分原因 此栏目发布情况说明): the
    row's first short cell left of the finding in a column no role claims."""
    if f_col >= len(row):
        return None
    first = full_row.index(row[0]) if row and row[0] in full_row else 0
    left = [*full_row[:first], *(row[c] for c in range(f_col) if c not in roles)]
    for a, b in left:
        a, b = trim(text, a, b)
        name = text[a:b]
        if 0 < len(name) <= _NAME_MAX and not _NUMBER_RE.match(name) and not _SENTENCE_END_RE.search(name):
            return a, b
    return None


def _result_items(v: Vocabulary, text: str, header: Row, f_col: int, cell: tuple[int, int]) -> list[tuple[int, int]]:
    """The numbered hazards one result cell lists (1.房间卫生较差；2.房间内吸烟): an inspection
    record writes each thing found as an item of its own. None unless the cell opens at 1 and
    lists two or more."""
    if not v.weights.layouts.table_result_items or f_col >= len(header):
        return []
    name = strip_spaces(text[slice(*trim(text, *header[f_col]))])
    if not v.patterns.column_result.search(name) or v.patterns.column_finding.search(name):
        return []
    a, b = cell
    markers = top_level_markers(text, a, b)
    if len(markers) < 2 or markers[0].value != 1 or text[a : markers[0].start].strip():
        return []
    items = []
    for k, m in enumerate(markers):
        ia, ib = trim(text, m.end, markers[k + 1].start if k + 1 < len(markers) else b)
        while ib > ia and text[ib - 1] in ("；;，,。| " if v.weights.layouts.table_spanned_rows else "；;，,。"):
            ib -= 1
        if ia < ib:
            items.append((ia, ib))
    return items if len(items) >= 2 else []


def _split_items(v: Vocabulary, text: str, d: Draft, items: list[tuple[int, int]]) -> list[Draft]:
    """One draft per listed item, each with the row's measure and fields; an item that turns to what
    is required of it (…堆放杂乱，建议：整齐摆放) has that for its own measure."""
    if not items:
        return [d]
    out = []
    for a, b in items:
        fb, blocks, label = b, list(d.blocks), d.measure_label
        turn = v.patterns.inline_requirement.search(text, a, b) if v.weights.layouts.table_item_answers else None
        if turn is not None and turn.start() > a:
            fb, blocks, label = turn.start(), [trim(text, turn.end(), b)], label or v.names.clause_measure_label
        out.append(Draft(start=a, end=b, finding=(a, fb), group=d.group, title=None, measure_label=label,
                         blocks=blocks, fields=list(d.fields), finding_more=[]))
    return out


def _answer_all(doc: Doc, drafts: list[Draft]) -> None:
    """The requirements before the table answer each of its rows that has no measure of its own."""
    if not drafts or any(d.has_measure for d in drafts):
        return
    block = _requirements_before(doc, min(d.start for d in drafts))
    if block is None:
        return
    for d in drafts:
        d.blocks = [block]
        d.measure_label = doc.v.names.clause_measure_label


def _lead_in_request(doc: Doc, at: int) -> tuple[int, int] | None:
    """The request in the lead-in right before a table (…发现以下隐患，请各位老师尽快整改：): it answers
    each row that has no measure of its own."""
    before = [ln for ln in doc.body if ln.end <= at and not ln.blank]
    if not before or before[-1].content.rstrip()[-1:] not in "：:":
        return None
    ln = before[-1]
    m = doc.v.patterns.lead_in_request.search(doc.text, ln.cstart, ln.end)
    return (m.start(), m.end()) if m else None


def _requirements_before(doc: Doc, at: int) -> tuple[int, int] | None:
    """The numbered requirements an inspection notice states before its table of what was found
    (…提出以下要求： 一、… 二、…): where the table has no measure column, they answer every row."""
    lines = [ln for ln in doc.body if ln.end <= at and not ln.blank]
    intro = doc.v.patterns.list_answer_intro
    for k in range(len(lines) - 2, -1, -1):
        ln = lines[k]
        if ln.content.rstrip()[-1:] not in "：:" or intro.search(ln.content) is None:
            continue
        run: list[Line] = []
        family: str | None = None
        for item in lines[k + 1 :]:
            if item.marker is None or family not in (None, item.marker.family):
                break
            family = item.marker.family
            run.append(item)
        if len(run) >= 2:
            return run[0].cstart, run[-1].end
        return None
    return None


def _total_row(v: Vocabulary, text: str, row: Row, finding: tuple[int, int]) -> bool:
    """The row totals the rows above: its first filled cell names a total (合计隐患), or its problem
    cell is a bare count (15个)."""
    filled = [trim(text, a, b) for a, b in row if trim(text, a, b)[0] < trim(text, a, b)[1]]
    if filled and v.patterns.table_total_row.match(text[slice(*filled[0])]):
        return True
    return v.patterns.count_only_cell.fullmatch(text[slice(*finding)]) is not None


def _answer_after(doc: Doc, drafts: list[Draft], rows: list[Row]) -> None:
    """The measures section right after the table (二、整改措施 / 三、整改要求) answers each of its rows
    when none has a measure of its own: the notice lists what was found, then what is to be done."""
    if not drafts or any(d.has_measure for d in drafts):
        return
    end = max(b for row in rows for _, b in row)
    after = [ln for ln in doc.body if ln.cstart >= end and not ln.blank]
    if not after or after[0].marker is None or doc.role(after[0]) != "measures":
        return
    family = after[0].marker.family
    section: list[Line] = []
    for ln in after[1:]:
        if ln.marker is not None and ln.marker.family == family:
            break  # the next heading of its level
        section.append(ln)
    if not section:
        return
    for d in drafts:
        d.blocks = [(section[0].cstart, section[-1].end)]
        d.measure_label = doc.v.names.clause_measure_label


def _group_row(v: Vocabulary, text: str, rows: list[Row], ri: int, roles: dict[int, str], row: Row, width: int) -> bool:
    """With table_group_rows: the row holds a bare number and a name and nothing else (1 | 预算执行方面 |
    | |), and the next row's number is a child of it (1-1): it heads the rows numbered under it."""
    i_col = next((c for c, r in roles.items() if r == "index"), None)
    f_col = next(c for c, r in roles.items() if r == "finding")
    if i_col is None or i_col >= len(row) or ri + 1 >= len(rows):
        return False
    number = text[slice(*trim(text, *row[i_col]))]
    if not number.isdecimal():
        return False
    if any(c not in (i_col, f_col) and trim(text, *cell)[0] < trim(text, *cell)[1] for c, cell in enumerate(row)):
        return False
    below = _aligned(text, rows[ri + 1], width)
    if i_col >= len(below):
        return False
    child = v.patterns.index_child.match(text[slice(*trim(text, *below[i_col]))])
    return child is not None and int(child.group("parent")) == int(number)


def _extent(text: str, header: int, drafts: list[Draft]) -> tuple[int, int]:
    """The lines a table stands on, from its header to its last row read as a finding (a sheet's
    one-cell rows after it may be paragraphs), with the lines its cells spilled onto."""
    b = max(max([d.end, *(e for _, e in d.blocks), *(e for _, e in d.finding_more)]) for d in drafts)
    end = text.find("\n", b)
    return text.rfind("\n", 0, header) + 1, len(text) if end < 0 else end


_STATUS_WORDS_MAX = 6  # a cell that is a bare status (整改中, 持续整改), no account of an act


def _only_ongoing(v: Vocabulary, text: str, d: Draft, roles: dict[int, str], cells: dict[int, tuple[int, int]]) -> bool:
    """With status_cell_alone: of a row's two or more measure columns, the measures' cell is empty and
    the other holds only that the work goes on (整改中): the row has no measure."""
    columns = [c for c, r in roles.items() if r == "measure"]
    filled = [cells[c] for c in columns if cells[c][0] < cells[c][1]]
    if len(columns) < 2 or len(filled) != 1 or d.blocks != filled:
        return False
    a, b = filled[0]
    words = strip_spaces(text[a:b]).rstrip("。.")
    return len(words) <= _STATUS_WORDS_MAX and v.patterns.claim_ongoing.fullmatch(words) is not None


def _result_account(v: Vocabulary, text: str, roles: dict[int, str], cell: tuple[int, int]) -> bool:
    """With result_cell_measure: in a table with a measure column, a status column's cell that tells
    what was done, more than a bare status (已完成。4个项目已补办审批手续, not 已清理 nor 整改中): a
    销号表's 整改结果及佐证材料 is the row's answer as much as its 整改措施 is."""
    a, b = cell
    if not v.weights.layouts.result_cell_measure or a >= b or "measure" not in roles.values():
        return False
    return len(strip_spaces(text[a:b]).rstrip("。.")) > _STATUS_WORDS_MAX


@LAYOUTS.register("table")
def table_layout(doc: Doc) -> LayoutResult | None:
    """Rows of the Word document's tables, else of the tables its text lost the markup of."""
    text, v = doc.text, doc.v
    tables: list[Table] = [([[(a, b) for a, b in row] for row in t], {}) for t in doc.source.tables] or [
        t for _, read in TEXT_TABLES.pick(doc.v.components.text_tables) for t in read(doc)
    ]
    drafts: list[Draft] = []
    extents: list[tuple[int, int]] = []
    for rows, spill in tables:
        found = _header(doc.v, text, rows)
        if found is None:
            continue
        h, roles = found
        read_before = len(drafts)
        header = _filled(text, rows[h])
        group: tuple[int, int] | None = None
        for ri, full_row in enumerate(rows[h + 1 :], start=h + 1):
            f_col = next(c for c, r in roles.items() if r == "finding")
            row = _spanned(v, text, _aligned(text, full_row, len(header)), len(header), f_col)
            cells = {c: trim(text, *row[c]) if c < len(row) else (0, 0) for c in roles}
            fa, fb = cells[f_col]
            if _header(doc.v, text, [row]) is not None and all(len(strip_spaces(text[a:b])) <= _HEADER_CELL_MAX for a, b in row):
                continue  # the header repeated halfway down (column names are short)
            if v.weights.layouts.table_total_rows and _total_row(v, text, row, (fa, fb)):
                continue  # 合计隐患 | 15个: the count of the rows above
            if fa < fb and v.weights.layouts.table_result_column and v.patterns.result_normal.match(text[fa:fb]):
                continue  # the check found nothing wrong here (正常。): no finding
            if fa < fb and v.weights.layouts.table_no_entry_rows and v.patterns.cell_no_entry.match(text[fa:fb]):
                continue  # 未发现问题 | / | /: nothing found, nothing to enter
            if fa < fb and v.weights.layouts.table_group_rows and _group_row(v, text, rows, ri, roles, row, len(header)):
                group = (fa, fb)  # 1 | 预算执行方面 | | over 1-1, 1-2: the group of the rows below
                continue
            if fa >= fb:
                # A section row: one filled cell (一、主动公开) names the group of the rows below.
                filled = [trim(text, a, b) for a, b in row if trim(text, a, b)[0] < trim(text, a, b)[1]]
                if len(filled) == 1:
                    group = filled[0]
                continue
            if drafts and drafts[-1].finding == (fa, fb) and drafts[-1].group == group:
                # The finding's cell is merged down over this row (one problem, a measure per row):
                # the row adds to the finding above instead of repeating it.
                d = drafts.pop()
                d.end = max(d.end, trim(text, *row[-1])[1])
            else:
                d = Draft(start=trim(text, *row[0])[0], end=trim(text, *row[-1])[1], finding=(fa, fb))
                d.title = _item_name(text, full_row, row, roles, f_col)
                d.finding_more = spill.get((ri, f_col), [])
            for c, role in roles.items():
                a, b = cells[c] if c < len(row) else (row[-1][1], row[-1][1])
                label_a, label_b = trim(text, *header[c]) if c < len(header) else (a, a)
                label = strip_spaces(text[label_a:label_b])
                if role == "group" and a < b:
                    group = (a, b)
                elif role == "detail" and a < b and (a, b) not in d.finding_more:
                    d.finding_more.append((a, b))
                elif role == "measure" and a < b:
                    d.blocks.append((a, b))
                    d.blocks.extend(spill.get((ri, c), []))  # the cell's lines spilled below the row
                    d.measure_label = d.measure_label or label
                elif role == "verdict" and a < b and v.patterns.item_acts.search(text[a:b]):
                    # what the check ordered (限期整改) answers the problem its row states
                    d.blocks.append((a, b))
                    d.measure_label = d.measure_label or label
                elif role in ("owner", "deadline", "status"):
                    if role == "status" and _result_account(v, text, roles, (a, b)):
                        d.blocks.append((a, b))  # what was done, told beside the planned measure
                        d.measure_label = d.measure_label or label
                    if a >= b and c < len(row):
                        a = b = row[c][0]
                    d.fields.append(FieldHit(role, label, label_a, a, b))
            if v.weights.layouts.status_cell_alone and _only_ongoing(v, text, d, roles, cells):
                d.blocks, d.measure_label = [], None  # 措施 left empty, 整改情况 整改中: nothing done yet
            d.group = group
            drafts.extend(_split_items(v, text, d, _result_items(v, text, header, f_col, (fa, fb))))
        if v.weights.layouts.table_requirements_answer and "measure" not in roles.values():
            _answer_all(doc, [d for d in drafts if d.start >= rows[h][0][0]])
        if v.weights.layouts.table_section_after and "measure" not in roles.values():
            _answer_after(doc, [d for d in drafts if d.start >= rows[h][0][0]], rows)
        request = _lead_in_request(doc, rows[h][0][0]) if v.weights.layouts.table_lead_in_answer else None
        if request is not None:
            for d in drafts:
                if d.start >= rows[h][0][0] and not d.has_measure:
                    d.blocks = [request]
                    d.measure_label = d.measure_label or v.names.clause_measure_label
        if len(drafts) > read_before:
            extents.append(_extent(text, rows[h][0][0], drafts[read_before:]))
    if not drafts:
        return None
    return LayoutResult("table", drafts, pairing="row", tables=extents)
