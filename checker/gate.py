"""The CI gate: does a review pass ``--fail-on`` and ``--min-score``?

Exit codes follow the contract: 0 the gate holds, 1 it fails. Errors (2) and backend
failures (3) are decided by the review command, which takes the worst over all documents.
"""

from __future__ import annotations

from typing import Literal, NamedTuple

from checker.models import SEVERITY_RANK, Flag, Review

FailOn = Literal["error", "warning", "never"]
FAIL_ON_VALUES: tuple[str, ...] = ("error", "warning", "never")


def severity_trips(severity: str, fail_on: str) -> bool:
    """True when ``severity`` is at or above the ``fail_on`` threshold."""
    if fail_on == "never":
        return False
    return SEVERITY_RANK[severity] >= SEVERITY_RANK[fail_on]


def flag_trips(flag: Flag, fail_on: str) -> bool:
    """True when the flag's severity is at or above the ``fail_on`` threshold."""
    return severity_trips(flag.severity, fail_on)


def unread_trips(review: Review, fail_on: str) -> bool:
    """Does a document that could not be read into findings fail the gate? It must not pass: its
    ``unsegmented`` flag trips as in ``review`` (at the default ``--fail-on error``; ``never`` only
    reports)."""
    return any(f.code == "unsegmented" and flag_trips(f, fail_on) for f in review.document_flags)


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


class RunOutcome(NamedTuple):
    """A run's exit code and why, closing a several-document review; the renderer words it in the
    review's language (:func:`checker.renderers.common.outcome_text`). A NamedTuple: a dataclass
    would be compiled at import, a cost every review pays."""

    code: int
    unreviewed: int = 0  # inputs that could not be reviewed …
    input_exit: int = 0  # … and the exit code they gave
    failing: int = 0  # documents that fail the gate
    fail_on: str = "error"
    min_score: float | None = None


def gate_exit(review: Review, fail_on: str, min_score: float | None) -> int:
    return 1 if gate_reasons(review, fail_on, min_score) else 0
