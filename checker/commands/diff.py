"""``rectcheck diff OLD NEW``: two drafts of one document reviewed alike and compared finding by finding.

The exit code gates on what the new draft brings: 1 when it has a new flag at or above ``--fail-on``
(a flag the old draft did not have on that finding), else 0 — CI can require "no new flags since
the reviewed draft" while the flags already discussed remain. A new draft that could not be read
into findings fails as ``review`` fails it, however unreadable the old one was.
"""

from __future__ import annotations

from pathlib import Path

from checker.config import load_config
from checker.crossdoc.diff import diff_reviews
from checker.gate import severity_trips, unread_trips
from checker.options import ReviewOptions
from checker.pipeline import review_source
from checker.read import read_source
from checker.renderers.crossdoc_formats import render_comparison
from checker.rubric import load_rubric


def run_diff(
    old: Path,
    new: Path,
    *,
    fmt: str = "text",
    rubric: str | None = None,
    backend: str = "rules",
    lang: str = "zh",
    fail_on: str = "error",
    config: Path | None = None,
) -> tuple[str | bytes, int]:
    """The rendered comparison and the exit code."""
    loaded = load_config(config).values
    chosen = load_rubric(rubric or loaded.rubric)
    options = ReviewOptions(
        backend=backend,  # type: ignore[arg-type]
        lang=lang,  # type: ignore[arg-type]
        judge_config=loaded.llm.as_mapping() if loaded.llm else {},
    )
    old_source, new_source = read_source(old, max_bytes=options.max_bytes), read_source(new, max_bytes=options.max_bytes)
    new_review = review_source(new_source, chosen, options)
    diff = diff_reviews(review_source(old_source, chosen, options), new_review, chosen)
    rendered = render_comparison(diff, fmt, lang=lang, rubric=chosen, newer=new_review, text=new_source.text)
    changes = [c for f in diff.findings for c in f.flags] + diff.document_flags
    tripped = any(c.change == "new" and severity_trips(c.severity, fail_on) for c in changes)
    return rendered, 1 if tripped or unread_trips(new_review, fail_on) else 0
