"""``rectcheck trace PLAN REPORT``: a rectification plan followed into its later report.

Exit 1 when a trace flag at or above ``--fail-on`` is raised, else 0; bad input exits 2.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from checker.config import load_config
from checker.crossdoc.trace import trace_reviews
from checker.crossdoc.trace_rules import load_trace_rules
from checker.errors import UsageError
from checker.gate import severity_trips
from checker.options import ReviewOptions
from checker.pipeline import review_source
from checker.read import read_source
from checker.renderers.common import colon, label
from checker.renderers.diff_view import render_trace_markdown, render_trace_text
from checker.rubric import load_rubric


def parse_as_of(value: str | None) -> dt.date | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise UsageError(f"--as-of {value!r}: expected a date as YYYY-MM-DD") from None


def run_trace(
    plan: Path,
    report: Path,
    *,
    fmt: str = "text",
    as_of: str | None = None,
    rubric: str | None = None,
    lang: str = "zh",
    fail_on: str = "error",
    config: Path | None = None,
) -> tuple[str | bytes, int]:
    """The rendered trace and the exit code."""
    when = parse_as_of(as_of)
    chosen = load_rubric(rubric or load_config(config).values.rubric)
    options = ReviewOptions(lang=lang)  # type: ignore[arg-type]
    plan_source, report_source = read_source(plan), read_source(report)
    report_review = review_source(report_source, chosen, options)
    trace = trace_reviews(
        review_source(plan_source, chosen, options), report_review, report_source.text, load_trace_rules(),
        chosen, lang, when,
    )  # fmt: skip
    rendered: str | bytes
    if fmt == "docx":
        from checker.renderers.crossdoc_word import render_trace_docx

        rendered = render_trace_docx(trace, report_review, report_source.text, lang=lang)
    elif fmt == "json":
        rendered = trace.model_dump_json(indent=2) + "\n"
    elif fmt in ("html", "xlsx"):
        from checker.renderers.crossdoc_tables import render_rows_html, render_rows_xlsx, trace_rows

        rows = trace_rows(trace)
        title = f"{label(lang, 'trace_title')}: {trace.plan} → {trace.report}"
        subtitle = f"{label(lang, 'trace_as_of')}{colon(lang)}{trace.as_of or '—'} · {trace.rules}"
        rendered = render_rows_xlsx(rows, lang) if fmt == "xlsx" else render_rows_html(title, subtitle, rows, lang)
    elif fmt == "markdown":
        rendered = render_trace_markdown(trace, lang)
    else:
        rendered = render_trace_text(trace, lang)
    flags = [f for p in trace.pairs for f in p.flags]
    tripped = any(severity_trips(f.severity, fail_on) for f in flags)
    return rendered, 1 if tripped else 0
