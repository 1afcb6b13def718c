"""``rectcheck diff`` and ``rectcheck trace`` side by side: an HTML page and a workbook (对照 sheet).

Both read one list of rows — per flag: the findings' ids in the two documents, the finding, the
flag, what happened to it, the evidence from each document, the message and the question to send
back — so the page and the sheet always say the same. A trace adds a row for every finding the flags
leave out (a paired one with no issue, one only the report has) and for each planned measure the report
speaks of, beside its passage; a diff's only-reworded measure shows both wordings.
"""

from __future__ import annotations

import io
from typing import Any, NamedTuple

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill

from checker.crossdoc.diff import DraftDiff, FindingDiff, FlagChange
from checker.crossdoc.trace import TracePair, TraceReport
from checker.crossdoc.trace_rules import UNCHECKED_NOTES
from checker.renderers.common import label, labelled
from checker.renderers.html_render import CSS, esc
from checker.renderers.rubric_view import flag_info
from checker.renderers.sheet_layout import fit_rows, print_a4_landscape
from checker.renderers.word.wml import xml_safe

# (zh, en, width): the columns of the 对照 sheet and the page's table
COLUMNS = (
    ("前稿/方案", "Earlier/plan", 9), ("后稿/报告", "Later/report", 9), ("问题", "Finding", 30),
    ("标记", "Flag", 18), ("变化/严重程度", "Change/severity", 12), ("前稿/方案原文", "Earlier/plan text", 40),
    ("后稿/报告原文", "Later/report text", 40), ("说明", "Message", 40), ("追问", "Follow-up", 40),
)  # fmt: skip
SHEET = {"zh": "对照", "en": "Side by side"}
_CHANGE_FILL = {
    "resolved": "C6EFCE", "new": "FFC7CE", "remaining": "FFEB9C", "error": "FFC7CE", "warning": "FFEB9C",
    "none": "C6EFCE", "reported": "C6EFCE", "unchecked": "FFEB9C",
}  # fmt: skip


class Row(NamedTuple):
    left: str
    right: str
    finding: str
    flag: str
    change: str  # resolved/new/remaining, or a trace flag's severity
    left_text: str
    right_text: str
    message: str
    follow_up: str


def asked(c: FlagChange, lang: str) -> str:
    """A flag's question as the 追问 column gives it: a resolved flag's as the question answered."""
    if not c.follow_up:
        return ""
    if c.change == "resolved":
        return f"{labelled(lang, 'diff_answered')}{c.follow_up}"
    return c.follow_up


def _change_row(f: FindingDiff, c: FlagChange, lang: str, rubric: Any) -> Row:
    info = flag_info(rubric, c.code, lang, c.message)
    return Row(f.old_id or "—", f.new_id or "—", f.title, f"{info.title} ({c.code})", c.change,
               c.old_evidence or "", c.new_evidence or "", c.message, asked(c, lang))  # fmt: skip


def diff_rows(diff: DraftDiff, lang: str, rubric: Any) -> list[Row]:
    rows = []
    for f in diff.findings:
        rows += [_change_row(f, c, lang, rubric) for c in f.flags]
        if f.only_reworded:
            # both wordings side by side: the reader sees that nothing checkable was added
            rows.append(Row(f.old_id or "—", f.new_id or "—", f.title, "—", "reworded", f.old_measure or "",
                            f.new_measure or "", label(lang, "diff_reworded"),
                            label(lang, "diff_reworded_ask")))  # fmt: skip
    whole = FindingDiff(old_id="—", new_id="—", title=label(lang, "document_flags"), similarity=1.0)
    rows += [_change_row(whole, c, lang, rubric) for c in diff.document_flags]
    return rows


def _pair_rows(p: TracePair, lang: str) -> list[Row]:
    """A pair's rows: each flag; each note (a plan item whose measures were not read, a deadline's year
    assumed); "no issue" for a paired finding with none that was traced in full; a finding only the
    report has; and each planned measure the report speaks of, beside its passage (an unreported one is
    its flag's row)."""
    ids = (p.plan_id or "—", p.report_id or "—", p.title)
    rows = [Row(*ids, f"{f.title} ({f.code})", f.severity, f.plan_evidence or "", f.report_evidence or "",
                f.message, f.follow_up) for f in p.flags]  # fmt: skip
    rows += [Row(*ids, label(lang, "trace_note"), "unchecked" if n.code in UNCHECKED_NOTES else "note",
                 "", "", n.message, "") for n in p.notes]  # fmt: skip
    if p.plan_id is None:
        rows.append(Row(*ids, "—", "report_only", "", p.title, label(lang, "trace_report_only_note"), ""))
    elif p.report_id is not None and not p.flags and not p.unchecked:
        rows.append(Row(*ids, "—", "none", "", "", "", ""))
    rows += [Row(*ids, label(lang, "trace_measure_traced"), "reported", m.plan, m.report, "", "")
             for m in p.measures if m.report is not None]  # fmt: skip
    return rows


def trace_rows(trace: TraceReport, lang: str = "zh") -> list[Row]:
    """The trace's notes on the whole (no date to hold deadlines against), then each pair's rows."""
    whole = [Row("—", "—", "—", label(lang, "trace_note"), "unchecked", "", "", n.message, "")
             for n in trace.notes]  # fmt: skip
    return whole + [row for p in trace.pairs for row in _pair_rows(p, lang)]


def _change_label(change: str, lang: str) -> str:
    if change == "reworded":
        return label(lang, "diff_reworded_short")
    if change in ("none", "report_only", "reported", "unchecked", "note"):
        return label(lang, f"trace_{change}")
    return label(lang, f"diff_{change}") if change in ("resolved", "new", "remaining") else label(lang, change)


# The side-by-side table's own styles (the local page serves them in /static/app.css).
SIDE_CSS = (
    "table.side{border-collapse:collapse;font-size:.9rem;width:100%}"
    ".side th,.side td{border:1px solid var(--line);padding:4px 6px;vertical-align:top;text-align:left}"
    ".side .new,.side .error{background:var(--error)}"
    ".side .resolved,.side .none,.side .reported{background:#d2f4d3}"
    ".side .remaining,.side .warning,.side .unchecked{background:var(--warning)}"
)


def rows_table(rows: list[Row], lang: str) -> str:
    """The side-by-side table: one row per flag, both documents' text in their own columns."""
    head = "".join(f"<th>{esc(zh if lang == 'zh' else en)}</th>" for zh, en, _ in COLUMNS)
    body = "".join(
        "<tr>"
        + "".join(f"<td>{esc(v)}</td>" for v in (r.left, r.right, r.finding, r.flag))
        + f'<td class="{esc(r.change)}">{esc(_change_label(r.change, lang))}</td>'
        + "".join(f"<td>{esc(v)}</td>" for v in (r.left_text, r.right_text, r.message, r.follow_up))
        + "</tr>"
        for r in rows
    )
    return f'<table class="side"><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>'


def summary_html(lines: list[str]) -> str:
    """The counts under a comparison's title (and its notes, the legend), a paragraph each."""
    return "".join(f'<p class="meta counts">{esc(line)}</p>' for line in lines)


def render_rows_html(
    title: str, subtitle: str, rows: list[Row], lang: str, lines: list[str] | None = None,
) -> str:  # fmt: skip
    """The side-by-side page: the title, the line under it, the counts the text view gives (``lines``)
    and the table."""
    return (
        f'<!doctype html><html lang="{"zh-CN" if lang == "zh" else "en"}"><head><meta charset="utf-8">'
        f"<title>{esc(title)}</title><style>{CSS}{SIDE_CSS}</style></head><body><main>"
        f'<h1>{esc(title)}</h1><p class="meta">{esc(subtitle)}</p>{summary_html(lines or [])}'
        f"{rows_table(rows, lang)}</main></body></html>\n"
    )


def render_rows_xlsx(rows: list[Row], lang: str) -> bytes:
    wb = Workbook()
    ws = wb.active
    ws.title = SHEET.get(lang, SHEET["zh"])
    ws.append([zh if lang == "zh" else en for zh, en, _ in COLUMNS])
    for i, (_, _, width) in enumerate(COLUMNS, 1):
        cell = ws.cell(row=1, column=i)
        cell.font = Font(bold=True)
        ws.column_dimensions[cell.column_letter].width = width
    for r in rows:
        ws.append([xml_safe(v) for v in (r.left, r.right, r.finding, r.flag, _change_label(r.change, lang),
                                         r.left_text, r.right_text, r.message, r.follow_up)])  # fmt: skip
        if r.change in _CHANGE_FILL:
            ws.cell(row=ws.max_row, column=5).fill = PatternFill("solid", fgColor=_CHANGE_FILL[r.change])
    for row in ws.iter_rows(min_row=2):
        for cell in row:
            cell.alignment = Alignment(wrap_text=True, vertical="top")
    ws.freeze_panes = "A2"
    fit_rows(ws)
    print_a4_landscape(ws)
    buffer = io.BytesIO()
    wb.save(buffer)
    return buffer.getvalue()
