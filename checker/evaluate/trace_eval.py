"""The trace evaluation set: plan/report pairs whose flags were labelled from the texts before the
trace read them (``<dataset>/trace/*.yaml``), scored per flag.

A raised flag matches a label when their codes agree and the label's phrase is in the problem text
of the plan finding the flag is about. Real pairs keep their texts out of the repository, as the
real corpus does: a record then names ``plan_file``/``report_file`` under ``<dataset>/trace/texts/``
(git-ignored) and its addresses; a record whose texts are absent is counted as missing.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field, model_validator

from checker.crossdoc.trace_rules import TraceCode, load_trace_rules
from checker.evaluate.crossdoc_eval import (
    CaseResult,
    Event,
    finding_texts,
    load_record_files,
    load_records,
    match_events,
)
from checker.evaluate.metrics import FlagScore, pooled


class TraceLabel(BaseModel):
    model_config = ConfigDict(extra="forbid")

    finding: str = Field(min_length=2)  # a phrase of the plan finding's own problem text
    code: TraceCode
    note: str = ""
    evidence: str = ""
    why: str = ""


class TracePairRecord(BaseModel):
    model_config = ConfigDict(extra="forbid")

    id: str
    source: str = "composed"  # composed | real
    plan: str | None = None
    report: str | None = None
    plan_file: str | None = None
    report_file: str | None = None
    plan_url: str | None = None
    report_url: str | None = None
    labels: list[TraceLabel] = Field(default_factory=list)
    negatives: list[str] = Field(default_factory=list)
    notes: str = ""

    @model_validator(mode="after")
    def _one_text_each(self) -> TracePairRecord:
        if (self.plan is None) == (self.plan_file is None) or (self.report is None) == (self.report_file is None):
            raise ValueError("give each of plan and report as inline text or as a file, not both")
        return self


class TracePairResult(CaseResult):
    source: str
    present: bool


class TraceEvalResult(BaseModel):
    pairs: list[TracePairResult]
    flags: dict[str, FlagScore]
    micro_precision: float | None
    micro_recall: float | None
    micro_f1: float | None
    # added: the same figures for each labelled file (composed.yaml, composed-blind.yaml …), when several
    sets: dict[str, TraceEvalResult] = Field(default_factory=dict)


def load_trace_pairs(folder: Path) -> list[TracePairRecord]:
    return load_records(folder, "*.yaml", TracePairRecord, "trace pair file")


def _text(inline: str | None, name: str | None, texts: Path) -> str | None:
    if inline is not None:
        return inline
    path = texts / str(name)
    return path.read_text(encoding="utf-8") if path.is_file() else None


Events = tuple[TracePairRecord, bool, list[Event], list[Event]]  # a record, present, wanted, raised


def _scored(events: list[Events], codes: Sequence[str]) -> TraceEvalResult:
    counts: dict[str, FlagScore] = {code: FlagScore(code=code) for code in codes}
    results: list[TracePairResult] = []
    for record, present, wanted, raised in events:
        result = TracePairResult(id=record.id, source=record.source, present=present)
        if present:
            match_events(result, wanted, raised, counts)
        results.append(result)
    for score in counts.values():
        score.settle()
    precision, recall, f1 = pooled(counts)
    return TraceEvalResult(pairs=results, flags=counts, micro_precision=precision, micro_recall=recall, micro_f1=f1)


def evaluate_trace(folder: Path, rubric: object) -> TraceEvalResult | None:
    """Score the trace on every pair under ``folder`` (and each file's apart when there are several);
    None when there is none."""
    from checker.api import review
    from checker.crossdoc.trace import trace_reviews

    files = load_record_files(folder, "*.yaml", TracePairRecord, "trace pair file") if folder.is_dir() else []
    if not any(records for _, records in files):
        return None
    rules = load_trace_rules()
    codes = sorted(rules.flags)
    by_file: list[tuple[str, list[Events]]] = []
    for name, records in files:
        events: list[Events] = []
        for record in records:
            plan = _text(record.plan, record.plan_file, folder / "texts")
            report = _text(record.report, record.report_file, folder / "texts")
            if plan is None or report is None:
                events.append((record, False, [], []))
                continue
            plan_review = review(plan, rubric=rubric)  # type: ignore[arg-type]
            report_review = review(report, rubric=rubric)  # type: ignore[arg-type]
            trace = trace_reviews(plan_review, report_review, report, rules, rubric,  # type: ignore[arg-type]
                                  plan_text=plan)  # fmt: skip
            texts = finding_texts(plan_review)
            raised: list[Event] = [(f.code, texts.get(f.plan_id or "", ""), "")
                                   for p in trace.pairs for f in p.flags]  # fmt: skip
            events.append((record, True, [(lab.code, lab.finding, "") for lab in record.labels], raised))
        by_file.append((name, events))
    result = _scored([e for _, events in by_file for e in events], codes)
    if len(by_file) > 1:
        result.sets = {name: _scored(events, codes) for name, events in by_file}
    return result
