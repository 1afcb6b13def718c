"""Layout rule ``table``: plans laid out as a table, one finding per row.

The header row names the columns (序号 | 问题 | 整改措施 | 责任单位 | 整改时限 …). Rows come from
``Source.tables`` (Word documents) or, for plain text, from lines of TAB-separated cells.
"""

from __future__ import annotations

from checker.segment.document import Doc
from checker.segment.draft import Draft
from checker.segment.fields import FieldHit
from checker.segment.layouts.base import LAYOUTS, LayoutResult
from checker.segment.spans import trim
from checker.segment.text_tables import TEXT_TABLES, Row, Table
from checker.text.width import strip_spaces
from checker.vocabulary import Vocabulary

_HEADER_CELL_MAX = 10
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
            # Several owner, deadline or measure columns may coexist; the others count once.
            if role is None or (role in _SINGLE_ROLES and role in roles.values()):
                continue
            roles[c] = role
        if "finding" in roles.values() and len(roles) >= 2:
            return r, roles
    return None


@LAYOUTS.register("table")
def table_layout(doc: Doc) -> LayoutResult | None:
    """Rows of the Word document's tables, else of the tables its text lost the markup of."""
    text = doc.text
    tables: list[Table] = [([[(a, b) for a, b in row] for row in t], {}) for t in doc.source.tables] or [
        t for _, read in TEXT_TABLES.pick(doc.v.components.text_tables) for t in read(doc)
    ]
    drafts: list[Draft] = []
    for rows, spill in tables:
        found = _header(doc.v, text, rows)
        if found is None:
            continue
        h, roles = found
        header = rows[h]
        group: tuple[int, int] | None = None
        for ri, row in enumerate(rows[h + 1 :], start=h + 1):
            cells = {c: trim(text, *row[c]) if c < len(row) else (0, 0) for c in roles}
            f_col = next(c for c, r in roles.items() if r == "finding")
            fa, fb = cells[f_col]
            if _header(doc.v, text, [row]) is not None and all(len(strip_spaces(text[a:b])) <= _HEADER_CELL_MAX for a, b in row):
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
