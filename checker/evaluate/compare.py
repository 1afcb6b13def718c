"""Compare two rubric versions on the evaluation set: headline metrics, per-flag F1, changed cases.

Both runs go through the same pipeline one after the other. With a model backend the judge's cache
is keyed by ``rubric.judge_fingerprint()``, not by the version, so when B changes only scoring
(weights, thresholds, severities) the second run is answered from the cache with no new request.
"""

from __future__ import annotations

from checker.evaluate.report import headline
from checker.evaluate.results import ChangedCase, CompareResult, EvalResult, FlagDelta


def compare_results(a: EvalResult, b: EvalResult) -> CompareResult:
    """Side-by-side figures and every case whose flags or verdict changed between the two runs."""
    ha, hb = headline(a), headline(b)
    metrics = {name: (ha[name], hb[name]) for name in ha}
    flag_f1 = {
        code: FlagDelta(support=sa.support, a=sa.f1, b=b.metrics.flags[code].f1)
        for code, sa in a.metrics.flags.items()
    }
    cases_b = {c.case_id: c for c in b.cases}
    changed: list[ChangedCase] = []
    for ca in a.cases:
        cb = cases_b.get(ca.case_id)
        if cb is None:
            continue
        fa, fb = set(ca.predicted_flags), set(cb.predicted_flags)
        if fa == fb and ca.verdict == cb.verdict:
            continue
        changed.append(
            ChangedCase(
                case_id=ca.case_id,
                expected=ca.expected_flags,
                flags_a=sorted(fa),
                flags_b=sorted(fb),
                added=sorted(fb - fa),
                removed=sorted(fa - fb),
                verdict_a=ca.verdict,
                verdict_b=cb.verdict,
                score_a=ca.score,
                score_b=cb.score,
            )
        )
    return CompareResult(
        rubric_a=a.rubric,
        rubric_b=b.rubric,
        vocabulary_a=a.vocabulary,
        vocabulary_b=b.vocabulary,
        fingerprint_a=a.fingerprint,
        fingerprint_b=b.fingerprint,
        backend=a.backend,
        metrics=metrics,
        flag_f1=flag_f1,
        changed=changed,
        usage_a=a.usage,
        usage_b=b.usage,
    )
