"""Running the analysers of every flag the rubric enables over one report."""

from __future__ import annotations

from checker.analyse.accountable import accountable
from checker.analyse.context import DocumentContext, FindingContext
from checker.analyse.responsiveness import criteria, responsiveness
from checker.analyse.scan import compiled
from checker.flags import flag_specs
from checker.models import Analysis, FindingAnalysis, FlagHit, Report
from checker.rubric import Rubric


def _enabled(rubric: Rubric, code: str) -> bool:
    rule = rubric.flags.get(code)
    return rule is not None and rule.enabled


def analyse(report: Report, rubric: Rubric) -> Analysis:
    """Flags, criterion scores and responsiveness for every finding, plus document flags.

    The analysers read the folded view (simplified characters, full-width punctuation); evidence is
    then cut from the user's own text at the same offsets."""
    c = compiled(rubric)
    specs = [s for s in flag_specs() if _enabled(rubric, s.code)]
    contexts = [FindingContext(report, f, c) for f in report.findings]
    per_finding: dict[int, list[FlagHit]] = {fc.finding.index: [] for fc in contexts}
    checks = [s.check for s in specs if s.check is not None]
    for fc in contexts:
        hits = per_finding[fc.finding.index]
        for check in checks:
            hits.extend(check(fc)[:1])
    dctx = DocumentContext(report, c, contexts)
    document_hits: list[FlagHit] = []
    for s in specs:
        if s.check_document is None:
            continue
        for where, h in s.check_document(dctx):
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
        named = accountable(fc)
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
                owners=list(dict.fromkeys(report.text[a:b] for a, b in named.owners)),
                deadline=report.text[named.deadline[0] : named.deadline[1]] if named.deadline else None,
            )
        )
    if report.document.folded:
        text = report.text
        for h in [*document_hits, *(h for fa in results for h in fa.hits)]:
            h.evidence = text[h.start : h.end]
    return Analysis(findings=results, document_hits=document_hits)
