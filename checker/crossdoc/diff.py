"""One draft against the next: per finding, which flags the new draft resolved, which are new and
which remain, and whether a rewritten measure only changed its words.

The two drafts are reviewed alike (same rubric, same backend); findings are paired by their problem
text (:mod:`checker.crossdoc.pairing`). A flag is the same flag in both drafts when its code is —
its evidence may have moved. A measure is *only reworded* when its text changed but what a reader
can check in it did not: the same verifiable markers (amounts, counts, dates, document numbers,
named documents and units) and no flag resolved.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Literal

from pydantic import BaseModel, Field

from checker.analyse.markers import find_markers
from checker.analyse.scan import compiled
from checker.crossdoc.pairing import finding_words, pair_texts
from checker.models import FindingResult, Flag, Review
from checker.rubric import Rubric
from checker.text.fold import fold_text

Change = Literal["resolved", "new", "remaining"]


class FlagChange(BaseModel):
    code: str
    change: Change
    severity: str
    old_evidence: str | None = None
    new_evidence: str | None = None
    message: str  # the new draft's message for a new or remaining flag, the old one's for a resolved
    # added: the flag's question to send back (追问) — the new draft's for a new or remaining flag, for a
    # resolved one the question the new draft answered
    follow_up: str | None = None


class FindingDiff(BaseModel):
    old_id: str | None  # F3 in the old draft; None: the finding is new
    new_id: str | None  # None: the new draft dropped the finding
    title: str
    similarity: float = Field(ge=0, le=1)
    flags: list[FlagChange] = Field(default_factory=list)
    measure_changed: bool = False
    only_reworded: bool = False  # the measure's words changed, nothing checkable was added
    # added: both wordings of a measure that changed, to read side by side
    old_measure: str | None = None
    new_measure: str | None = None
    old_score: float | None = None
    new_score: float | None = None


class DiffSummary(BaseModel):
    resolved: int = 0
    new: int = 0
    remaining: int = 0
    findings_added: int = 0
    findings_dropped: int = 0
    only_reworded: int = 0
    # added: the new draft's flags set aside, by reason — the configuration's or --ignore/--select's
    # codes ("--ignore"), the baseline's entries (their reason, or "baseline") — as review counts them
    silenced: dict[str, int] = Field(default_factory=dict)


class DraftDiff(BaseModel):
    """``rectcheck diff OLD NEW --format json``."""

    schema_version: Literal[1] = 1
    old: str
    new: str
    rubric: str
    old_score: float | None
    new_score: float | None
    findings: list[FindingDiff]
    document_flags: list[FlagChange] = Field(default_factory=list)
    summary: DiffSummary


def checkable(measure: str, rubric: Rubric) -> set[str]:
    """What a reader can check in a measure: its verifiable markers, as written (folded)."""
    view = fold_text(measure)
    return {f"{m.kind}:{''.join(m.text.split())}" for m in find_markers(compiled(rubric), view)}


def _flag_changes(old: list[Flag], new: list[Flag]) -> list[FlagChange]:
    before = {f.code: f for f in old}
    after = {f.code: f for f in new}
    out: list[FlagChange] = []
    for code, flag in after.items():
        was = before.get(code)
        out.append(FlagChange(
            code=code, change="remaining" if was else "new", severity=flag.severity,
            old_evidence=was.evidence if was else None, new_evidence=flag.evidence, message=flag.message,
            follow_up=flag.follow_up,
        ))  # fmt: skip
    for code, flag in before.items():
        if code not in after:
            out.append(FlagChange(code=code, change="resolved", severity=flag.severity,
                                  old_evidence=flag.evidence, message=flag.message,
                                  follow_up=flag.follow_up))  # fmt: skip
    return out


def _finding_diff(old: FindingResult | None, new: FindingResult | None, similarity: float, rubric: Rubric) -> FindingDiff:
    flags = _flag_changes(old.flags if old else [], new.flags if new else [])
    changed = bool(old and new and "".join(old.measure_text.split()) != "".join(new.measure_text.split()))
    reworded = (
        changed and old is not None and new is not None
        and not any(f.change == "resolved" for f in flags)
        and checkable(old.measure_text, rubric) == checkable(new.measure_text, rubric)
    )  # fmt: skip
    shown = new or old
    assert shown is not None
    return FindingDiff(
        old_id=old.id if old else None, new_id=new.id if new else None, title=shown.title,
        similarity=similarity, flags=flags, measure_changed=changed, only_reworded=reworded,
        old_score=old.score if old else None, new_score=new.score if new else None,
        old_measure=old.measure_text if changed and old else None,
        new_measure=new.measure_text if changed and new else None,
    )  # fmt: skip


def diff_reviews(old: Review, new: Review, rubric: Rubric) -> DraftDiff:
    """The changes from ``old`` to ``new`` (two reviews of drafts of one document)."""
    pairs = pair_texts([finding_words(f.title, f.finding_text, f.group) for f in old.findings], [finding_words(f.title, f.finding_text, f.group) for f in new.findings])
    findings = [
        _finding_diff(
            old.findings[p.old] if p.old is not None else None,
            new.findings[p.new] if p.new is not None else None,
            p.similarity, rubric,
        )
        for p in pairs
    ]
    document_flags = _flag_changes(old.document_flags, new.document_flags)
    return DraftDiff(
        old=old.document.path, new=new.document.path, rubric=f"{rubric.id}@{rubric.version}",
        old_score=old.summary.score, new_score=new.summary.score,
        findings=findings, document_flags=document_flags, summary=_summary(findings, document_flags),
    )  # fmt: skip


def _summary(
    findings: list[FindingDiff], document_flags: list[FlagChange], silenced: dict[str, int] | None = None,
) -> DiffSummary:  # fmt: skip
    every = [c for f in findings for c in f.flags] + document_flags
    return DiffSummary(
        resolved=sum(c.change == "resolved" for c in every),
        new=sum(c.change == "new" for c in every),
        remaining=sum(c.change == "remaining" for c in every),
        findings_added=sum(f.old_id is None for f in findings),
        findings_dropped=sum(f.new_id is None for f in findings),
        only_reworded=sum(f.only_reworded for f in findings),
        silenced=dict(silenced or {}),
    )


# Given a flag of the new draft and its finding (None: a document flag), why it is set aside, or None.
Accepted = Callable[[Flag, FindingResult | None], str | None]


def without_accepted(diff: DraftDiff, new: Review, reason_of: Accepted) -> DraftDiff:
    """``diff`` without the new or remaining flags the new draft's baseline accepts (``reason_of``: the
    reason an entry gives, None for a flag not in it): a flag recorded there is not new, as ``review``
    does not show it. A change goes when every flag of its code on that finding is accepted; each is
    counted in ``summary.silenced`` under its reason, after the reasons already there."""
    by_id = {f.id: f for f in new.findings}
    counts = dict(diff.summary.silenced)

    def keep(changes: list[FlagChange], finding: FindingResult | None, flags: list[Flag]) -> list[FlagChange]:
        kept: list[FlagChange] = []
        for c in changes:
            mine = [fl for fl in flags if fl.code == c.code] if c.change != "resolved" else []
            reasons = [reason_of(fl, finding) for fl in mine]
            if mine and all(r is not None for r in reasons):
                for r in reasons:
                    counts[str(r)] = counts.get(str(r), 0) + 1
                continue
            kept.append(c)
        return kept

    findings = []
    for fd in diff.findings:
        finding = by_id.get(fd.new_id or "")
        flags = finding.flags if finding is not None else []
        findings.append(fd.model_copy(update={"flags": keep(fd.flags, finding, flags)}))
    document_flags = keep(diff.document_flags, None, new.document_flags)
    return diff.model_copy(update={"findings": findings, "document_flags": document_flags,
                                   "summary": _summary(findings, document_flags, counts)})  # fmt: skip
