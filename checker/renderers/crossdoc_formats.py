"""``rectcheck diff`` and ``rectcheck trace`` in every format they have — text, Markdown, JSON, the
side-by-side page and workbook, and Word comments on the newer document — from one place, for the
command line and the local page alike."""

from __future__ import annotations

from typing import Any

from checker.crossdoc.diff import DraftDiff
from checker.crossdoc.trace import TraceReport
from checker.models import Review
from checker.renderers.common import label, labelled

COMPARISON_FORMATS = ("text", "json", "markdown", "html", "xlsx", "docx")
EXTENSIONS = {"text": "txt", "json": "json", "markdown": "md", "html": "html", "xlsx": "xlsx", "docx": "docx"}
MEDIA_TYPES = {
    "text": "text/plain; charset=utf-8", "json": "application/json", "markdown": "text/markdown; charset=utf-8",
    "html": "text/html; charset=utf-8", "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
}  # fmt: skip


def heading(result: DraftDiff | TraceReport, lang: str) -> tuple[str, str]:
    """The title and the line under it of a comparison's page."""
    if isinstance(result, DraftDiff):
        return f"{labelled(lang, 'diff_title')}{result.old} → {result.new}", result.rubric
    return (f"{labelled(lang, 'trace_title')}{result.plan} → {result.report}",
            f"{labelled(lang, 'trace_as_of')}{result.as_of or '—'} · {result.rules}")  # fmt: skip


def summary_lines(result: DraftDiff | TraceReport, lang: str) -> list[str]:
    """The counts the text view gives above the findings: a diff's and the marks' legend; a trace's
    flags counted and how the findings paired (its notes on the whole open the table's rows)."""
    from checker.renderers.diff_view import diff_totals, pair_counts, trace_counts

    if isinstance(result, DraftDiff):
        return [diff_totals(result, lang), label(lang, "diff_legend")]
    return [trace_counts(result, lang), pair_counts(result, lang)]


def comparison_rows(result: DraftDiff | TraceReport, lang: str, rubric: Any) -> list[Any]:
    from checker.renderers.crossdoc_tables import diff_rows, trace_rows

    return diff_rows(result, lang, rubric) if isinstance(result, DraftDiff) else trace_rows(result, lang)


def render_comparison(
    result: DraftDiff | TraceReport, fmt: str, *, lang: str, rubric: Any, newer: Review | None = None,
    text: str | None = None, original: bytes | None = None,
) -> str | bytes:  # fmt: skip
    """``result`` in ``fmt``; Word comments (docx) need the newer document's review and text (and
    its bytes, when an upload holds them rather than a file)."""
    if fmt == "json":
        return result.model_dump_json(indent=2) + "\n"
    if fmt == "docx":
        from checker.renderers.crossdoc_word import render_diff_docx, render_trace_docx

        if newer is None or text is None:
            raise ValueError("Word comments need the newer document's review and text")
        if isinstance(result, DraftDiff):
            return render_diff_docx(result, newer, text, lang=lang, rubric=rubric, original=original)
        return render_trace_docx(result, newer, text, lang=lang, original=original)
    if fmt in ("html", "xlsx"):
        from checker.renderers.crossdoc_tables import render_rows_html, render_rows_xlsx

        rows = comparison_rows(result, lang, rubric)
        title, subtitle = heading(result, lang)
        if fmt == "xlsx":
            return render_rows_xlsx(rows, lang)
        return render_rows_html(title, subtitle, rows, lang, summary_lines(result, lang))
    from checker.renderers.diff_view import (
        render_diff_markdown,
        render_diff_text,
        render_trace_markdown,
        render_trace_text,
    )

    if isinstance(result, DraftDiff):
        return render_diff_markdown(result, lang, rubric) if fmt == "markdown" else render_diff_text(result, lang, rubric)
    return render_trace_markdown(result, lang) if fmt == "markdown" else render_trace_text(result, lang)
