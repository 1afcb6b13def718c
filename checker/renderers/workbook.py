"""The 问题清单 workbook (.xlsx): the list auditors track rectification in.

One document: sheets 问题清单 (one row per finding), 全文标记 (document flags) and 汇总. Several:
a 总表 with one row per document, one 问题清单 sheet per document, and one 全文标记 sheet with a
file column. Header rows are frozen and filtered, text wraps, verdict cells are coloured. A 全文标记
sheet with no flag says so in one row (无标记), so its printed page is not a bare header.
"""

from __future__ import annotations

import io
import re
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.comments import Comment
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from checker.models import FindingResult, Flag, Review
from checker.renderers.common import (
    backend_text,
    flag_counts,
    judge_lines,
    kind_name,
    label,
    labelled,
    one_line,
    paren,
    silenced_counts,
    tag,
    truncate,
)
from checker.renderers.rework import finding_questions, rework_items, rework_label
from checker.renderers.rubric_view import flag_info, rubric_ref
from checker.renderers.sheet_layout import fit_rows, print_a4_landscape
from checker.renderers.word.wml import xml_safe
from checker.text.lists import join_items

SHEETS = {
    "zh": {"findings": "问题清单", "document_flags": "全文标记", "summary": "汇总", "overview": "总表"},
    "en": {"findings": "Findings", "document_flags": "Document flags", "summary": "Summary", "overview": "Overview"},
}
# (key, zh, en, width): the 问题清单 columns in the order auditors expect them.
FINDING_COLUMNS = (
    ("no", "序号", "No.", 6),
    ("finding", "问题", "Finding", 36),
    ("measures", "整改措施", "Measures", 48),
    ("owners", "责任单位", "Owners", 14),
    ("deadline", "整改时限", "Deadline", 14),
    ("responsiveness", "回应度", "Resp. (0-3)", 8),
    ("score", "得分", "Score", 8),
    ("verdict", "结论", "Verdict", 9),
    ("flags", "标记", "Flags", 26),
    ("follow_up", "追问", "Follow-up", 48),
)
DOC_FLAG_COLUMNS = (
    ("no", "序号", "No.", 6),
    ("severity", "严重程度", "Severity", 9),
    ("flag", "标记", "Flag", 16),
    ("message", "说明", "Message", 40),
    ("evidence", "原文", "Evidence", 40),
    ("follow_up", "追问", "Follow-up", 40),
)
OVERVIEW_COLUMNS = (
    ("file", "文件", "File", 28),
    ("title", "标题", "Title", 36),
    ("kind", "类型", "Kind", 14),
    ("findings", "问题数", "Findings", 8),
    ("pass", "合格", "Pass", 7),
    ("warn", "待改进", "Warn", 7),
    ("fail", "不合格", "Fail", 7),
    ("score", "得分", "Score", 8),
    ("verdict", "结论", "Verdict", 9),
    ("flags", "标记", "Flags", 40),
    ("codes", "标记代码", "Flag codes", 30),
)
FILE_COLUMN = ("file", "文件", "File", 24)
# Shown only when a model judged: where it and the rules differ (per finding), and how it went (per file).
MODEL_COLUMN = ("disagreements", "规则与模型分歧", "Rules vs. model", 48)
METHOD_COLUMNS = (("backend", "评审方式", "Backend", 18), ("judge_note", "模型说明", "Model note", 40))
VERDICT_FILL = {"pass": "C6EFCE", "warn": "FFEB9C", "fail": "FFC7CE"}  # Excel's good / neutral / bad
VERDICT_INK = {"pass": "006100", "warn": "9C5700", "fail": "9C0006"}
HEADER_FILL = PatternFill("solid", fgColor="DDEBF7")
MEASURE_WIDTH = 120  # characters shown in the cell; the full text is in the cell's comment
_SHEET_NAME_BAD = re.compile(r"[\[\]:*?/\\]")
WRAP = Alignment(wrap_text=True, vertical="top")
NO_BREAK = "\u00a0"


def _headers(columns: tuple[tuple[str, str, str, int], ...], lang: str) -> list[str]:
    return [en if lang == "en" else zh for _, zh, en, _ in columns]


def _table(ws: Worksheet, columns: tuple[tuple[str, str, str, int], ...], lang: str) -> None:
    """Header row: bold, filled, frozen; column widths."""
    ws.append(_headers(columns, lang))
    for i, (_, _, _, width) in enumerate(columns, 1):
        cell = ws.cell(row=1, column=i)
        cell.font = Font(bold=True)
        cell.fill = HEADER_FILL
        cell.alignment = Alignment(vertical="center", wrap_text=True)
        ws.column_dimensions[get_column_letter(i)].width = width
    ws.freeze_panes = "A2"


def _finish(ws: Worksheet) -> None:
    """Filters over the whole table, wrapped text in every body cell, rows tall enough to show it,
    and a page setup that prints it."""
    ws.auto_filter.ref = f"A1:{get_column_letter(ws.max_column)}{max(ws.max_row, 1)}"
    for row in ws.iter_rows(min_row=2):
        for cell in row:
            cell.alignment = WRAP
    fit_rows(ws)
    print_a4_landscape(ws)


def _colour_verdict(cell: Any, verdict: str) -> None:
    if verdict in VERDICT_FILL:
        cell.fill = PatternFill("solid", fgColor=VERDICT_FILL[verdict])
        cell.font = Font(bold=True, color=VERDICT_INK[verdict])


def _clean(text: str | None) -> str:
    return xml_safe(text or "")


def _flag_cell(flags: list[Flag], lang: str, rubric: Any) -> str:
    lines = []
    for flag in flags:
        info = flag_info(rubric, flag.code, lang, flag.message)
        lines.append(f"{tag(label(lang, flag.severity), lang)}{info.title}{paren(flag.code, lang)}")
        if flag.places:  # a flag across findings names the other places: its message lists them
            lines.append(_clean(one_line(flag.message)))
    return "\n".join(dict.fromkeys(lines))


def _reason_cell(f: FindingResult, lang: str) -> str:
    """A failing finding no flag explains: the criteria that failed it (失分原因)."""
    return "\n".join(f"{tag(label(lang, 'reason'), lang)}{r.title} {r.score:.1f}" for r in f.reasons)


def _comment(text: str) -> Comment:
    comment = Comment(_clean(text), "rectcheck")
    comment.width, comment.height = 420, 240
    return comment


def _finding_row(
    ws: Worksheet, f: FindingResult, n: int, lang: str, rubric: Any, file: str | None, model: bool = False
) -> None:
    asked = finding_questions(f, lang)
    measure = one_line(f.measure_text)
    values: list[Any] = [] if file is None else [file]
    values += [
        n,
        _clean(one_line(f.title)),
        _clean(truncate(measure, MEASURE_WIDTH) if measure else label(lang, "no_measure_text")),
        _clean(join_items(f.owners, lang)),
        _clean(f.deadline),
        f.responsiveness,
        f.score,
        label(lang, f.verdict),
        _flag_cell(f.flags, lang, rubric) or _reason_cell(f, lang),
        _clean("\n".join(f"{i}. {q}" for i, q in enumerate(asked, 1)) if len(asked) > 1 else "".join(asked)),
    ]
    if model:
        values.append(_clean("\n".join(f.disagreements)))
    ws.append(values)
    row = ws.max_row
    offset = 0 if file is None else 1
    if len(measure) > MEASURE_WIDTH:
        ws.cell(row=row, column=3 + offset).comment = _comment(f.measure_text)
    if one_line(f.finding_text) != one_line(f.title):
        ws.cell(row=row, column=2 + offset).comment = _comment(f.finding_text)
    _colour_verdict(ws.cell(row=row, column=8 + offset), f.verdict)


def _findings_sheet(ws: Worksheet, review: Review, lang: str, rubric: Any) -> None:
    model = review.judge is not None
    _table(ws, (*FINDING_COLUMNS, MODEL_COLUMN) if model else FINDING_COLUMNS, lang)
    for n, f in enumerate(review.findings, 1):
        _finding_row(ws, f, n, lang, rubric, None, model)
    _finish(ws)


def _no_flags_row(ws: Worksheet, columns: tuple[tuple[str, str, str, int], ...], lang: str) -> None:
    """The one row of a 全文标记 sheet no document has a flag on: 无标记, in the 标记 column."""
    if ws.max_row > 1:
        return
    row: list[Any] = [None] * len(columns)
    row[[key for key, _, _, _ in columns].index("flag")] = label(lang, "no_flags")
    ws.append(row)


def _doc_flag_rows(ws: Worksheet, review: Review, lang: str, rubric: Any, file: str | None) -> None:
    for n, flag in enumerate(review.document_flags, 1):
        info = flag_info(rubric, flag.code, lang, flag.message)
        values: list[Any] = [] if file is None else [file]
        values += [
            n,
            label(lang, flag.severity),
            f"{info.title}{paren(flag.code, lang)}",
            _clean(one_line(flag.message)),
            _clean(truncate(flag.evidence, 200)),
            _clean(flag.follow_up),
        ]
        ws.append(values)


def _summary_sheet(ws: Worksheet, review: Review, lang: str, rubric: Any) -> None:
    s, doc = review.summary, review.document
    rows: list[tuple[Any, ...]] = [
        (label(lang, "document"), _clean(doc.path)),
        (label(lang, "title"), _clean(doc.title)),
        (label(lang, "kind"), kind_name(doc.kind, lang)),
        (label(lang, "rubric"), rubric_ref(rubric, review)),
        (label(lang, "backend"), backend_text(review, lang)),
        *judge_lines(review, lang),
        (label(lang, "score"), s.score),
        (label(lang, "verdict"), label(lang, s.verdict)),
        (label(lang, "findings"), s.findings),
        (label(lang, "pass"), s.pass_),
        (label(lang, "warn"), s.warn),
        (label(lang, "fail"), s.fail),
    ]
    # a flag by its name, in the review's language; its code in a column of its own
    rows += [(f"{labelled(lang, 'flags')}{flag_info(rubric, code, lang, '').title}", n, code)
             for code, n in flag_counts(review).items()]  # fmt: skip
    if s.silenced:
        rows += [(f"{labelled(lang, 'silenced')}{why}", n) for why, n in silenced_counts(review).items()]
    elif s.baselined:
        rows.append((label(lang, "baselined"), s.baselined))
    failing = [i.finding.id for i in rework_items(review, lang) if i.finding is not None]
    rows.append((rework_label(lang), join_items(failing, lang) or label(lang, "none")))
    for row in rows:
        ws.append(list(row))
        ws.cell(row=ws.max_row, column=1).font = Font(bold=True)
    _colour_verdict(ws.cell(row=1 + [r[0] for r in rows].index(label(lang, "verdict")), column=2), s.verdict)
    ws.column_dimensions["A"].width = 26
    ws.column_dimensions["B"].width = 60
    ws.column_dimensions["C"].width = 22
    for sheet_row in ws.iter_rows():
        for cell in sheet_row:
            cell.alignment = WRAP
    fit_rows(ws, first_row=1)
    print_a4_landscape(ws, header_rows=0)


def _sheet_name(stem: str, used: set[str]) -> str:
    base = _SHEET_NAME_BAD.sub("_", stem).strip("'") or "report"
    name, n = base[:31], 2
    while name.lower() in used:
        suffix = f"-{n}"
        name, n = base[: 31 - len(suffix)] + suffix, n + 1
    used.add(name.lower())
    return name


def _unbroken(text: str) -> str:
    """``形式主义 3`` with no-break spaces: a flag's name and its count stay on one line of a wrapped cell."""
    return text.replace(" ", NO_BREAK)


def _overview_sheet(ws: Worksheet, reviews: list[Review], lang: str, rubric: Any) -> None:
    model = any(r.judge is not None for r in reviews)
    _table(ws, (*OVERVIEW_COLUMNS, *METHOD_COLUMNS) if model else OVERVIEW_COLUMNS, lang)
    for review in reviews:
        s, doc = review.summary, review.document
        flags = flag_counts(review)
        # each flag by its name in the review's language, with its count; the codes in a column of their own
        names = join_items((_unbroken(f"{flag_info(rubric, code, lang, '').title} {n}") for code, n in flags.items()), lang)
        row: list[Any] = [
            _clean(doc.path), _clean(doc.title), kind_name(doc.kind, lang), s.findings, s.pass_, s.warn, s.fail,
            s.score, label(lang, s.verdict), names, join_items(flags, lang),
        ]
        if model:
            lines = dict(judge_lines(review, lang))
            row += [backend_text(review, lang), _clean(lines.get(label(lang, "judge_note"), ""))]
        ws.append(row)
        _colour_verdict(ws.cell(row=ws.max_row, column=9), s.verdict)
    _finish(ws)


def build_workbook(reviews: list[Review], *, lang: str, rubric: Any) -> Workbook:
    names = SHEETS.get(lang, SHEETS["zh"])
    wb = Workbook()
    wb.properties.creator = "rectcheck"
    first = wb.active
    if len(reviews) == 1:
        review = reviews[0]
        first.title = names["findings"]
        _findings_sheet(first, review, lang, rubric)
        flags_ws = wb.create_sheet(names["document_flags"])
        _table(flags_ws, DOC_FLAG_COLUMNS, lang)
        _doc_flag_rows(flags_ws, review, lang, rubric, None)
        _no_flags_row(flags_ws, DOC_FLAG_COLUMNS, lang)
        _finish(flags_ws)
        _summary_sheet(wb.create_sheet(names["summary"]), review, lang, rubric)
        return wb
    first.title = names["overview"]
    _overview_sheet(first, reviews, lang, rubric)
    used = {names["overview"].lower(), names["document_flags"].lower()}
    for review in reviews:
        ws = wb.create_sheet(_sheet_name(Path(review.document.path).stem, used))
        _findings_sheet(ws, review, lang, rubric)
    flags_ws = wb.create_sheet(names["document_flags"])
    _table(flags_ws, (FILE_COLUMN, *DOC_FLAG_COLUMNS), lang)
    for review in reviews:
        _doc_flag_rows(flags_ws, review, lang, rubric, review.document.path)
    _no_flags_row(flags_ws, (FILE_COLUMN, *DOC_FLAG_COLUMNS), lang)
    _finish(flags_ws)
    return wb


def render_xlsx(reviews: list[Review], *, lang: str, rubric: Any) -> bytes:
    buffer = io.BytesIO()
    build_workbook(reviews, lang=lang, rubric=rubric).save(buffer)
    return buffer.getvalue()
