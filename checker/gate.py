"""The CI gate: does a review pass ``--fail-on`` and ``--min-score``?

Exit codes follow the contract: 0 the gate holds, 1 it fails. Errors (2) and backend
failures (3) are decided by the review command, which takes the worst over all documents.
"""

from __future__ import annotations

from typing import Literal

from checker.models import SEVERITY_RANK, Flag, Review

FailOn = Literal["error", "warning", "never"]
FAIL_ON_VALUES: tuple[str, ...] = ("error", "warning", "never")


def flag_trips(flag: Flag, fail_on: str) -> bool:
    """True when the flag's severity is at or above the ``fail_on`` threshold."""
    if fail_on == "never":
        return False
    return SEVERITY_RANK[flag.severity] >= SEVERITY_RANK[fail_on]


def gate_reasons(review: Review, fail_on: str, min_score: float | None) -> list[str]:
    """Why the review fails the gate (empty when it passes), one short English line each."""
    reasons: list[str] = []
    tripping = [f for f in review.document_flags if flag_trips(f, fail_on)]
    for finding in review.findings:
        tripping.extend(f for f in finding.flags if flag_trips(f, fail_on))
    if tripping:
        codes = sorted({f.code for f in tripping})
        reasons.append(f"{len(tripping)} flag(s) at or above {fail_on}: {', '.join(codes)}")
    score = review.summary.score
    if min_score is not None and score is None:
        reasons.append(f"no score (the document could not be read into findings) for --min-score {min_score:g}")
    elif min_score is not None and score is not None and score < min_score:
        reasons.append(f"score {score:g} below --min-score {min_score:g}")
    return reasons


def gate_exit(review: Review, fail_on: str, min_score: float | None) -> int:
    return 1 if gate_reasons(review, fail_on, min_score) else 0


_VERDICT_NAMES = {"zh": {"pass": "合格", "warn": "待改进"}, "en": {"pass": "pass", "warn": "warn"}}


def verdict_gate_note(review: Review, fail_on: str, lang: str) -> str | None:
    """Why a document whose verdict is pass or warn still fails the gate, in ``lang``; None when the
    verdict and the gate agree. The verdict follows the score (a mean over findings); the gate
    follows the single worst flag, so one error-level flag fails it whatever the score."""
    if review.summary.verdict not in ("pass", "warn") or review.summary.score is None:
        return None
    tripping = [f for f in review.document_flags if flag_trips(f, fail_on)]
    for finding in review.findings:
        tripping.extend(f for f in finding.flags if flag_trips(f, fail_on))
    if not tripping:
        return None
    codes = "、".join(sorted({f.code for f in tripping})) if lang != "en" else ", ".join(sorted({f.code for f in tripping}))
    name = _VERDICT_NAMES["en" if lang == "en" else "zh"][review.summary.verdict]
    score = f"{review.summary.score:g}"
    if lang == "en":
        return (
            f"Verdict {name} ({score}) but the gate fails: {len(tripping)} flag(s) at or above --fail-on {fail_on} "
            f"({codes}). The verdict follows the mean score; the gate follows the worst single flag."
        )
    return (
        f"结论为“{name}”（{score} 分），但有 {len(tripping)} 个标记达到 --fail-on {fail_on} 门槛（{codes}），"
        "所以检查不通过：结论看平均得分，门槛看单个最严重的标记。"
    )
