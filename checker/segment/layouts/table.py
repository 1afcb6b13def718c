"""Layout rule ``table``: plans laid out as a table, one finding per row.

The header row names the columns (序号 | 问题 | 整改措施 | 责任单位 | 整改时限 …). Rows come from
``Source.tables`` (Word documents) or, for plain text, from lines of TAB-separated cells.
"""

from __future__ import annotations

import re

from checker.segment.document import Doc
from checker.segment.draft import Draft
from checker.segment.fields import FieldHit
from checker.segment.layouts.base import LayoutResult
from checker.segment.spans import trim
from checker.segment.text_tables import cell_per_line_tables, pipe_tables, ruled_tables, spaced_tables
from checker.text.patterns import compile_pattern
from checker.text.width import strip_spaces

Row = list[tuple[int, int]]

_ROLES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("index", compile_pattern(r"^(?:序号|编号|序|No\.?)$", re.I)),
    ("group", compile_pattern(r"类别|方面|领域|类型|分类|板块")),
    ("owner", compile_pattern(r"责任|牵头|配合|实施单位|承办|主办")),
    ("deadline", compile_pattern(r"时限|期限|完成时间|时间节点|完成日期")),
    ("status", compile_pattern(r"状态|是否完成|^完成情况$|办结情况|整改结果")),
    ("measure", compile_pattern(r"措施|整改情况|整改进展|落实情况|整改内容|整改任务|整改目标|完成情况|举措")),
    ("finding", compile_pattern(r"问题|意见|不足|表现|失分原因|扣分原因|失分情况|扣分情况")),
)


_HEADER_CELL_MAX = 10
_SINGLE_ROLES = frozenset({"index", "group", "status", "finding"})


def _role(label: str) -> str | None:
    for role, rx in _ROLES:
        if rx.search(label):
            return role
    return None


def _tab_tables(doc: Doc) -> list[list[Row]]:
    """Runs of consecutive TAB-separated lines, as tables of cell spans."""
    tables: list[list[Row]] = []
    run: list[Row] = []
    prev_idx = -2
    for ln in doc.body:
        if ln.content.count("\t") < 1:
            continue
        cells: Row = []
        a = ln.cstart
        for piece in ln.content.split("\t"):
            cells.append((a, a + len(piece)))
            a += len(piece) + 1
        if ln.idx != prev_idx + 1 and not all(doc.lines[i].blank for i in range(prev_idx + 1, ln.idx)):
            if run:
                tables.append(run)
            run = []
        run.append(cells)
        prev_idx = ln.idx
    if run:
        tables.append(run)
    return tables


def _header(text: str, rows: list[Row]) -> tuple[int, dict[int, str]] | None:
    for r, row in enumerate(rows[:3]):
        roles: dict[int, str] = {}
        for c, (a, b) in enumerate(row):
            role = _role(strip_spaces(text[a:b]))
            # Several owner, deadline or measure columns may coexist; the others count once.
            if role is None or (role in _SINGLE_ROLES and role in roles.values()):
                continue
            roles[c] = role
        if "finding" in roles.values() and len(roles) >= 2:
            return r, roles
    return None


def table_layout(doc: Doc) -> LayoutResult | None:
    text = doc.text
    Spill = dict[tuple[int, int], list[tuple[int, int]]]
    tables: list[tuple[list[Row], Spill]] = [
        ([[(a, b) for a, b in row] for row in t], {}) for t in doc.source.tables
    ] or [
        *((t, {}) for t in _tab_tables(doc)),
        *((t, {}) for t in pipe_tables(text, doc.body)),
        *((t, {}) for t in cell_per_line_tables(text, doc.body)),
        *((t, {}) for t in ruled_tables(text, doc.body)),
        *spaced_tables(text, doc.body),
    ]
    drafts: list[Draft] = []
    for rows, spill in tables:
        found = _header(text, rows)
        if found is None:
            continue
        h, roles = found
        header = rows[h]
        group: tuple[int, int] | None = None
        for ri, row in enumerate(rows[h + 1 :], start=h + 1):
            cells = {c: trim(text, *row[c]) if c < len(row) else (0, 0) for c in roles}
            f_col = next(c for c, r in roles.items() if r == "finding")
            fa, fb = cells[f_col]
            if _header(text, [row]) is not None and all(len(strip_spaces(text[a:b])) <= _HEADER_CELL_MAX for a, b in row):
                continue  # the header repeated halfway down (column names are short)
            if fa >= fb:
                # A section row: one filled cell (一、主动公开) names the group of the rows below.
                filled = [trim(text, a, b) for a, b in row if trim(text, a, b)[0] < trim(text, a, b)[1]]
                if len(filled) == 1:
                    group = filled[0]
                continue
            d = Draft(start=trim(text, *row[0])[0], end=trim(text, *row[-1])[1], finding=(fa, fb))
            d.finding_more = spill.get((ri, f_col), [])
            for c, role in roles.items():
                a, b = cells[c] if c < len(row) else (row[-1][1], row[-1][1])
                label_a, label_b = trim(text, *header[c]) if c < len(header) else (a, a)
                label = strip_spaces(text[label_a:label_b])
                if role == "group" and a < b:
                    group = (a, b)
                elif role == "measure" and a < b:
                    d.blocks.append((a, b))
                    d.blocks.extend(spill.get((ri, c), []))  # the cell's lines spilled below the row
                    d.measure_label = d.measure_label or label
                elif role in ("owner", "deadline", "status"):
                    if a >= b and c < len(row):
                        a = b = row[c][0]
                    d.fields.append(FieldHit(role, label, label_a, a, b))
            d.group = group
            drafts.append(d)
    if not drafts:
        return None
    return LayoutResult("table", drafts, pairing="row")
