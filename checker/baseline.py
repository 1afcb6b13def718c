"""Baseline files: accept the flags a team already knows about, so CI gates only new ones.

A flag's fingerprint hashes what identifies it to a reader — the document's file name, the flag
code, the finding's title and the evidence text (all whitespace-normalised) — and not its
offsets, so it survives re-runs and edits elsewhere in the document. Suppressed flags are
dropped from ``flags``/``document_flags`` and from ``summary.flags``, and counted in
``summary.baselined``; scores and verdicts are left as computed (they describe the document).
"""

from __future__ import annotations

import hashlib
import json
import unicodedata
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from checker.errors import UsageError
from checker.models import FindingResult, Flag, FlagCode, Review
from checker.render.write import write_atomic

FINGERPRINT_VERSION = "v1"


class BaselineEntry(BaseModel):
    model_config = ConfigDict(extra="forbid")

    fingerprint: str = Field(pattern=r"^[0-9a-f]{64}$")
    path: str  # document file name, for people reading the file
    code: FlagCode
    finding: str | None = None  # finding title; None for a document flag
    evidence: str = ""


class BaselineFile(BaseModel):
    """The JSON stored by ``--write-baseline``."""

    model_config = ConfigDict(extra="forbid")

    version: Literal[1] = 1
    tool: Literal["rectcheck"] = "rectcheck"
    entries: list[BaselineEntry] = Field(default_factory=list)

    def fingerprints(self) -> set[str]:
        return {e.fingerprint for e in self.entries}


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


def entries_for(review: Review) -> list[BaselineEntry]:
    out: list[BaselineEntry] = []
    for finding, flag in [(f, fl) for f in review.findings for fl in f.flags] + [
        (None, fl) for fl in review.document_flags
    ]:
        out.append(
            BaselineEntry(
                fingerprint=fingerprint(review.document.path, flag, finding),
                path=Path(review.document.path).name,
                code=flag.code,
                finding=finding.title if finding is not None else None,
                evidence=flag.evidence,
            )
        )
    return out


def build_baseline(reviews: list[Review]) -> BaselineFile:
    seen: set[str] = set()
    entries: list[BaselineEntry] = []
    for review in reviews:
        for entry in entries_for(review):
            if entry.fingerprint not in seen:
                seen.add(entry.fingerprint)
                entries.append(entry)
    entries.sort(key=lambda e: (e.path, e.finding or "", e.code, e.fingerprint))
    return BaselineFile(entries=entries)


def write_baseline(path: Path, reviews: list[Review]) -> BaselineFile:
    baseline = build_baseline(reviews)
    text = json.dumps(baseline.model_dump(mode="json"), ensure_ascii=False, indent=2) + "\n"
    write_atomic(path, text)
    return baseline


def load_baseline(path: Path) -> BaselineFile:
    """Read and validate a baseline file; a missing or malformed file is a usage error."""
    try:
        raw = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise UsageError(f"{path}: baseline file not found (create it with --write-baseline)") from None
    except OSError as exc:
        raise UsageError(f"{path}: cannot read baseline file ({exc.strerror})") from None
    try:
        return BaselineFile.model_validate(json.loads(raw))
    except json.JSONDecodeError as exc:
        raise UsageError(f"{path}: baseline file is not JSON (line {exc.lineno}: {exc.msg})") from None
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(p) for p in first["loc"]) or "(top level)"
        raise UsageError(f"{path}: invalid baseline file at {where}: {first['msg']}") from None


def apply_baseline(review: Review, accepted: set[str]) -> Review:
    """A copy of ``review`` without the accepted flags; ``summary.baselined`` counts them."""
    dropped: dict[str, int] = {}

    def keep(flags: list[Flag], finding: FindingResult | None) -> list[Flag]:
        kept = []
        for flag in flags:
            if fingerprint(review.document.path, flag, finding) in accepted:
                dropped[flag.code] = dropped.get(flag.code, 0) + 1
            else:
                kept.append(flag)
        return kept

    findings = [f.model_copy(update={"flags": keep(f.flags, f)}) for f in review.findings]
    document_flags = keep(review.document_flags, None)
    counts = dict(review.summary.flags)
    for code, n in dropped.items():
        left = counts.get(code, 0) - n
        if left > 0:
            counts[code] = left
        else:
            counts.pop(code, None)
    summary = review.summary.model_copy(
        update={"flags": counts, "baselined": review.summary.baselined + sum(dropped.values())}
    )
    return review.model_copy(update={"findings": findings, "document_flags": document_flags, "summary": summary})
