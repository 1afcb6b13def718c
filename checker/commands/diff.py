"""``rectcheck diff OLD NEW``: two drafts of one document reviewed alike and compared finding by finding.

The exit code gates on what the new draft brings: 1 when it has a new flag at or above ``--fail-on``
(a flag the old draft did not have on that finding), else 0 — CI can require "no new flags since
the reviewed draft" while the flags already discussed remain. A new draft that could not be read
into findings fails as ``review`` fails it, however unreadable the old one was.

The settings are ``review``'s, merged as it merges them (command line over the configuration file
over the defaults): the rubric, backend, language and gate; the codes ``select``/``ignore`` silence in
both drafts; and the baseline, whose accepted flags of the new draft are not new. So ``review NEW``
and ``diff OLD NEW`` agree on what fails the gate.
"""

from __future__ import annotations

from pathlib import Path

from checker.commands.review import ReviewRequest, _code_filter, resolve_settings
from checker.config import load_config
from checker.crossdoc.diff import diff_reviews, without_accepted
from checker.gate import severity_trips, unread_trips
from checker.models import FindingResult, Flag
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
    backend: str | None = None,
    lang: str | None = None,
    fail_on: str | None = None,
    config: Path | None = None,
    baseline: Path | None = None,
    select: str | None = None,
    ignore: str | None = None,
) -> tuple[str | bytes, int]:
    """The rendered comparison and the exit code (None: as the configuration says, else the default)."""
    loaded = load_config(config)
    request = ReviewRequest(paths=[old, new], backend=backend, rubric=rubric, fail_on=fail_on, lang=lang,
                            config=config, baseline=baseline, select=select, ignore=ignore)  # fmt: skip
    settings = resolve_settings(request, loaded)
    chosen = load_rubric(settings.rubric)
    by_code = _code_filter(settings, chosen)
    accepted = None
    if settings.baseline is not None:
        from checker.baseline import load_baseline

        accepted = load_baseline(settings.baseline).reasons()
    options = ReviewOptions(
        backend=settings.backend,  # type: ignore[arg-type]
        lang=settings.lang,  # type: ignore[arg-type]
        max_bytes=settings.max_bytes,
        model=settings.model,
        judge_config=loaded.values.llm.as_mapping() if loaded.values.llm else {},
    )
    old_source, new_source = read_source(old, max_bytes=options.max_bytes), read_source(new, max_bytes=options.max_bytes)
    old_review = review_source(old_source, chosen, options)
    new_review = review_source(new_source, chosen, options)
    if by_code is not None:
        from checker.silence import silence

        old_review, _ = silence(old_review, by_code)
        new_review, _ = silence(new_review, by_code)
    diff = diff_reviews(old_review, new_review, chosen)
    diff = diff.model_copy(update={"summary": diff.summary.model_copy(
        update={"silenced": dict(new_review.summary.silenced)})})  # fmt: skip
    if accepted is not None:
        from checker.baseline import NO_REASON, fingerprint

        reasons = accepted

        def reason_of(flag: Flag, finding: FindingResult | None) -> str | None:
            fp = fingerprint(new_review.document.path, flag, finding)
            return ((reasons[fp] or "").strip() or NO_REASON) if fp in reasons else None

        diff = without_accepted(diff, new_review, reason_of)
    rendered = render_comparison(diff, fmt, lang=settings.lang, rubric=chosen, newer=new_review,
                                 text=new_source.text)  # fmt: skip
    changes = [c for f in diff.findings for c in f.flags] + diff.document_flags
    tripped = any(c.change == "new" and severity_trips(c.severity, settings.fail_on) for c in changes)
    return rendered, 1 if tripped or unread_trips(new_review, settings.fail_on) else 0
