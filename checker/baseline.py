"""Baseline files: accept the flags a team already knows about, so CI gates only new ones.

A flag's fingerprint hashes what identifies it to a reader — the document's file name, the flag
code, the finding's title and the evidence text (all whitespace-normalised) — and not its
offsets, so it survives re-runs and edits elsewhere in the document. Suppressed flags are
dropped from ``flags``/``document_flags`` and from ``summary.flags``, and counted in
``summary.baselined`` and, by the entry's ``reason``, in ``summary.silenced``; scores and
verdicts are left as computed (they describe the document).
"""

from __future__ import annotations

import hashlib
import json
import unicodedata
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from checker.errors import UsageError
from checker.flags import FlagCode
from checker.models import FindingResult, Flag, Review
from checker.renderers.write import write_atomic

FINGERPRINT_VERSION = "v1"


class BaselineEntry(BaseModel):
    model_config = ConfigDict(extra="forbid")

    fingerprint: str = Field(pattern=r"^[0-9a-f]{64}$")
    path: str  # document file name, for people reading the file
    code: FlagCode
    finding: str | None = None  # finding title; None for a document flag
    evidence: str = ""
    reason: str | None = None  # why the flag is accepted, written by a person (None: not given)


NO_REASON = "baseline"  # the silenced-count key for entries without a reason


class BaselineFile(BaseModel):
    """The JSON stored by ``--write-baseline``."""

    model_config = ConfigDict(extra="forbid")

    version: Literal[1] = 1
    tool: Literal["rectcheck"] = "rectcheck"
    entries: list[BaselineEntry] = Field(default_factory=list)

    def fingerprints(self) -> set[str]:
        return {e.fingerprint for e in self.entries}

    def reasons(self) -> dict[str, str | None]:
        """Fingerprint → reason: what ``apply_baseline`` needs to count silenced flags by reason."""
        return {e.fingerprint: e.reason for e in self.entries}


def _norm(text: str) -> str:
    """NFKC (full-width punctuation/digits → canonical) and no whitespace at all: Chinese text
    re-wrapped or re-indented keeps its fingerprint."""
    return "".join(unicodedata.normalize("NFKC", text).split())


def fingerprint(document_path: str, flag: Flag, finding: FindingResult | None) -> str:
    parts = [
        FINGERPRINT_VERSION,
        Path(document_path).name,
        flag.code,
        _norm(finding.title) if finding is not None else "",
        _norm(flag.evidence),
    ]
    return hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()


def entry_for(review: Review, flag: Flag, finding: FindingResult | None, reason: str | None = None) -> BaselineEntry:
    return BaselineEntry(
        fingerprint=fingerprint(review.document.path, flag, finding),
        path=Path(review.document.path).name,
        code=flag.code,
        finding=finding.title if finding is not None else None,
        evidence=flag.evidence,
        reason=reason,
    )


def entries_for(review: Review) -> list[BaselineEntry]:
    pairs = [(f, fl) for f in review.findings for fl in f.flags] + [(None, fl) for fl in review.document_flags]
    return [entry_for(review, flag, finding) for finding, flag in pairs]


def merged(entries: list[BaselineEntry]) -> BaselineFile:
    """One entry per fingerprint (the last given wins), sorted for stable diffs."""
    by_fp = {e.fingerprint: e for e in entries}
    ordered = sorted(by_fp.values(), key=lambda e: (e.path, e.finding or "", e.code, e.fingerprint))
    return BaselineFile(entries=ordered)


def build_baseline(reviews: list[Review], previous: BaselineFile | None = None) -> BaselineFile:
    """Every current flag; a reason a person wrote in ``previous`` stays with its flag."""
    kept = previous.reasons() if previous is not None else {}
    entries = [e for review in reviews for e in entries_for(review)]
    first = merged(list(reversed(entries)))  # the first occurrence of a fingerprint wins
    return BaselineFile(entries=[e.model_copy(update={"reason": kept.get(e.fingerprint)}) for e in first.entries])


def save_baseline(path: Path, baseline: BaselineFile) -> None:
    text = json.dumps(baseline.model_dump(mode="json"), ensure_ascii=False, indent=2) + "\n"
    write_atomic(path, text)


def write_baseline(path: Path, reviews: list[Review], previous: BaselineFile | None = None) -> BaselineFile:
    baseline = build_baseline(reviews, previous)
    save_baseline(path, baseline)
    return baseline


def load_baseline(path: Path) -> BaselineFile:
    """Read and validate a baseline file; a missing or malformed file is a usage error."""
    from checker.smallfile import SmallFileError, read_small_text

    try:
        raw = read_small_text(path)
    except FileNotFoundError:
        raise UsageError(f"{path}: baseline file not found (create it with --write-baseline)") from None
    except SmallFileError as exc:
        raise UsageError(f"{path}: cannot read baseline file ({exc})") from None
    try:
        return BaselineFile.model_validate(json.loads(raw))
    except json.JSONDecodeError as exc:
        raise UsageError(f"{path}: baseline file is not JSON (line {exc.lineno}: {exc.msg})") from None
    except RecursionError:
        raise UsageError(f"{path}: invalid baseline file: nested too deeply") from None
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(p) for p in first["loc"]) or "(top level)"
        raise UsageError(f"{path}: invalid baseline file at {where}: {first['msg']}") from None


def apply_baseline(review: Review, accepted: set[str] | dict[str, str | None]) -> Review:
    """A copy of ``review`` without the accepted flags; ``summary.baselined`` counts them and
    ``summary.silenced`` counts them by reason (``accepted`` maps fingerprints to reasons)."""
    from checker.silence import silence

    reasons = accepted if isinstance(accepted, dict) else dict.fromkeys(accepted)

    def reason_of(flag: Flag, finding: FindingResult | None) -> str | None:
        fp = fingerprint(review.document.path, flag, finding)
        if fp not in reasons:
            return None
        return (reasons[fp] or "").strip() or NO_REASON

    quiet, n = silence(review, reason_of)
    summary = quiet.summary.model_copy(update={"baselined": review.summary.baselined + n})
    return quiet.model_copy(update={"summary": summary})
