"""Hand-made reviews for the evaluation tests (the scoring is tested without the pipeline)."""

from __future__ import annotations

from checker.models import DocumentInfo, FindingResult, Flag, Review, RubricRef, Summary


def make_review(
    kind: str,
    findings: list[tuple[str, list[str], int]],
    document_flags: list[str] | None = None,
    verdicts: list[str] | None = None,
) -> Review:
    """A review whose findings are (title, flag codes, responsiveness); verdict fail when flagged."""
    results = []
    for n, (title, codes, resp) in enumerate(findings, start=1):
        flags = [Flag(code=c, severity="warning", message=c, evidence=title, start=0, end=len(title)) for c in codes]
        verdict = verdicts[n - 1] if verdicts else ("fail" if codes else "pass")
        results.append(
            FindingResult(
                id=f"F{n}", title=title, finding_text=title, measure_text="", measures=[], deadline=None,
                owners=[], responsiveness=resp, score=40.0 if codes else 90.0, verdict=verdict, flags=flags,
            )
        )
    doc_flags = [Flag(code=c, severity="warning", message=c, evidence="", start=0, end=0) for c in document_flags or []]
    return Review(
        document=DocumentInfo(path="x.txt", title=None, kind=kind, chars=100),
        rubric=RubricRef(id="rectification", version="0"),
        backend="rules",
        findings=results,
        document_flags=doc_flags,
        summary=Summary(findings=len(results)),
    )
