"""`rectcheck baseline add`: accept one flag of one report, with a reason, without re-recording
everything. The report is reviewed with the same settings as `review`, so the entry's
fingerprint is the one the next review computes."""

from __future__ import annotations

from pathlib import Path

from checker.errors import UsageError


def add_to_baseline(
    path: Path,
    *,
    code: str,
    finding: str | None,
    reason: str | None,
    baseline: Path | None,
    config: Path | None,
    rubric: str | None,
) -> str:
    """Add (or re-word) the baseline entries for ``code`` on ``finding`` of ``path``; returns the line to print."""
    from checker.baseline import BaselineFile, entry_for, load_baseline, merged, save_baseline
    from checker.commands.review import ReviewRequest, resolve_settings
    from checker.config import load_config
    from checker.options import ReviewOptions
    from checker.pipeline import review_source
    from checker.read import read_source
    from checker.rubric import find_flag, load_rubric

    loaded = load_config(config)
    settings = resolve_settings(ReviewRequest(paths=[path], rubric=rubric, baseline=baseline), loaded)
    if settings.baseline is None:
        raise UsageError("baseline add needs a baseline file: give --baseline FILE (or baseline in the config)")
    rules = load_rubric(settings.rubric)
    code = find_flag(rules, code)
    current = load_baseline(settings.baseline) if settings.baseline.exists() else BaselineFile()

    source = read_source(path, max_bytes=settings.max_bytes)
    options = ReviewOptions(
        backend=settings.backend,  # type: ignore[arg-type]
        lang=settings.lang,  # type: ignore[arg-type]
        max_bytes=settings.max_bytes,
        model=settings.model,
        judge_config=loaded.values.llm.as_mapping() if loaded.values.llm else {},
    )
    review = review_source(source, rules, options)
    if finding is None:
        owner, flags, where = None, review.document_flags, "the document"
    else:
        owner = next((f for f in review.findings if f.id.casefold() == finding.strip().casefold()), None)
        if owner is None:
            ids = ", ".join(f.id for f in review.findings) or "none"
            raise UsageError(f"{path}: no finding {finding} (findings: {ids})")
        flags, where = owner.flags, owner.id
    chosen = [flag for flag in flags if flag.code == code]
    if not chosen:
        present = ", ".join(dict.fromkeys(flag.code for flag in flags)) or "no flags"
        raise UsageError(f"{path}: {where} has no {code} flag ({where}: {present})")

    reason = reason.strip() if reason and reason.strip() else None
    new = [entry_for(review, flag, owner, reason) for flag in chosen]
    known = current.fingerprints()
    save_baseline(settings.baseline, merged([*current.entries, *new]))
    added = sum(e.fingerprint not in known for e in new)
    verb = "added" if added else "updated"
    because = f" ({reason})" if reason else ""
    return f"rectcheck: {verb} {len(new)} {code} flag(s) of {where} in {settings.baseline}{because}"
