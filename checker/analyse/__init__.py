"""The rules: one analyser per flag code, reading its lexicons, patterns and thresholds from the rubric.

``analyse(report, rubric) -> Analysis`` runs every enabled analyser. Finding analysers expose
``check(ctx) -> list[FlagHit]``; document analysers expose ``check_document(dctx)`` returning
``(finding index or None, FlagHit)`` pairs so a document scan (placeholders, duplicates, cut-off
text) can put a flag on the finding it falls in. At most one flag per code per finding.
Severities and messages are applied later (checker.score), so ``"off"`` kinds are dropped there.
"""

from __future__ import annotations

from types import ModuleType

from checker.analyse import (
    formalism,
    future_only,
    inconsistent_numbers,
    missing_deadline,
    missing_owner,
    no_measure,
    off_target,
    partial_coverage,
    placeholder,
    truncated,
    unsegmented,
    unverifiable_claim,
    vague_deadline,
)
from checker.analyse.context import DocumentContext, FindingContext, compiled
from checker.analyse.responsiveness import criteria, responsiveness
from checker.models import Analysis, FindingAnalysis, FlagHit, Report
from checker.rubric import Rubric

FINDING_ANALYSERS: tuple[ModuleType, ...] = (
    no_measure, off_target, partial_coverage, formalism, missing_deadline, vague_deadline,
    unverifiable_claim, missing_owner, future_only,
)
DOCUMENT_ANALYSERS: tuple[ModuleType, ...] = (unsegmented, unverifiable_claim, inconsistent_numbers, placeholder, truncated)

__all__ = ["analyse"]


def _enabled(rubric: Rubric, code: str) -> bool:
    rule = rubric.flags.get(code)  # type: ignore[call-overload]
    return rule is not None and rule.enabled


def analyse(report: Report, rubric: Rubric) -> Analysis:
    """Flags, criterion scores and responsiveness for every finding, plus document flags.

    The analysers read the folded view (simplified characters, full-width punctuation); evidence is
    then cut from the user's own text at the same offsets."""
    c = compiled(rubric)
    contexts = [FindingContext(report, f, c) for f in report.findings]
    per_finding: dict[int, list[FlagHit]] = {fc.finding.index: [] for fc in contexts}
    checks = [mod.check for mod in FINDING_ANALYSERS if _enabled(rubric, mod.CODE)]
    for fc in contexts:
        hits = per_finding[fc.finding.index]
        for check in checks:
            hits.extend(check(fc)[:1])
    dctx = DocumentContext(report, c, contexts)
    document_hits: list[FlagHit] = []
    for mod in DOCUMENT_ANALYSERS:
        if not _enabled(rubric, mod.CODE):
            continue
        for where, h in mod.check_document(dctx):
            if where is None or where not in per_finding:
                document_hits.append(h)
            elif all(x.code != h.code for x in per_finding[where]):
                per_finding[where].append(h)
    results = []
    for fc in contexts:
        hits = per_finding[fc.finding.index]
        codes = {h.code for h in hits}
        resp = responsiveness(fc, codes)
        cov = fc.coverage
        results.append(
            FindingAnalysis(
                finding_index=fc.finding.index,
                hits=hits,
                criteria=criteria(fc, codes, resp),
                responsiveness=resp,
                signals={
                    "items": len(fc.profiles),
                    "concrete_items": sum(p.concrete for p in fc.profiles),
                    "hollow_items": sum(p.hollow for p in fc.profiles),
                    "markers": sum(len(p.markers) for p in fc.profiles),
                    "points": len(cov.points),
                    "points_answered": sum(p.answered for p in cov.points),
                    "overlap": round(cov.overall, 3),
                },
            )
        )
    if report.document.folded:
        text = report.text
        for h in [*document_hits, *(h for fa in results for h in fa.hits)]:
            h.evidence = text[h.start : h.end]
    return Analysis(findings=results, document_hits=document_hits)
