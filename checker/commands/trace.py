"""``rectcheck trace PLAN REPORT``: a rectification plan followed into its later report.

Exit 1 when a trace flag at or above ``--fail-on`` is raised, or either document could not be read
into findings (as ``review`` fails it), else 0; bad input exits 2.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from checker.config import load_config
from checker.crossdoc.trace import trace_reviews
from checker.crossdoc.trace_rules import load_trace_rules
from checker.errors import UsageError
from checker.gate import severity_trips, unread_trips
from checker.options import ReviewOptions
from checker.pipeline import review_source
from checker.read import read_source
from checker.renderers.crossdoc_formats import render_comparison
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
    plan_review = review_source(plan_source, chosen, options)
    report_review = review_source(report_source, chosen, options)
    rules = load_trace_rules()
    trace = trace_reviews(plan_review, report_review, report_source.text, rules, chosen, lang, when,
                          plan_text=plan_source.text)  # fmt: skip
    rendered = render_comparison(trace, fmt, lang=lang, rubric=chosen, newer=report_review, text=report_source.text)
    flags = [f for p in trace.pairs for f in p.flags]
    tripped = any(severity_trips(f.severity, fail_on) for f in flags)
    unread = any(unread_trips(r, fail_on) for r in (plan_review, report_review))
    return rendered, 1 if tripped or unread else 0
