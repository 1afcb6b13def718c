"""A rectification plan against the later report: what the report leaves unsaid about its plan.

Both documents are read as a review reads them. The plan's findings are paired with the report's by
their problem text (:mod:`checker.crossdoc.pairing`); within a pair, each planned measure item is
looked for among the report's measure items and sentences. The flags (``rubrics/trace/``):
a planned finding with no counterpart, a planned measure never mentioned, a plan deadline passed
(as of the report's date or ``--as-of``) without the report saying the item is done, owners changed
without a word, and a report sentence that is the plan's with 将 turned into 已 and nothing
checkable added. Evidence is quoted from both documents.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Literal

from pydantic import BaseModel, Field

from checker.analyse.scan import compiled
from checker.crossdoc.acted import parse_date, states_completed_act
from checker.crossdoc.diff import checkable
from checker.crossdoc.named import named, object_score
from checker.crossdoc.pairing import (
    Pair,
    finding_words,
    held_in,
    pair_leftovers,
    pair_score,
    pair_texts,
    similarity,
)
from checker.crossdoc.trace_rules import TraceCode, TraceRules, TraceWords
from checker.models import FindingResult, Review
from checker.rubric import Rubric
from checker.segment.fields import field_brackets
from checker.text.clauses import clause_cut
from checker.text.enumerators import iter_item_markers
from checker.text.width import truncate
from checker.vocabulary import load_vocabulary

_SENTENCE = re.compile(r"[^。；;！？!?\n]+[。；;！？!?]?")


class TraceFlag(BaseModel):
    code: TraceCode
    severity: Literal["error", "warning", "info"]
    title: str
    message: str
    follow_up: str
    plan_id: str | None = None
    report_id: str | None = None
    plan_evidence: str | None = None
    report_evidence: str | None = None


class MeasureTrace(BaseModel):
    """A planned measure and what the report says of it (an added field of a pair)."""

    plan: str  # the measure as the plan writes it
    report: str | None = None  # the report's passage that speaks of it; None: the report never does
    # how the passage was found: alike as a whole, one of the measure's clauses held in it, or an act
    # of the planned kind named (追责问责 ~ 诫勉谈话)
    matched_by: Literal["alike", "clause", "act"] | None = None


class TracePair(BaseModel):
    plan_id: str | None
    report_id: str | None
    title: str
    similarity: float = Field(ge=0, le=1)
    flags: list[TraceFlag] = Field(default_factory=list)
    measures: list[MeasureTrace] = Field(default_factory=list)  # added: each planned measure traced


class TraceReport(BaseModel):
    """``rectcheck trace PLAN REPORT --format json``."""

    schema_version: Literal[1] = 1
    plan: str
    report: str
    rules: str
    as_of: str | None  # the date deadlines are held against (the report's own, or --as-of)
    pairs: list[TracePair]
    counts: dict[str, int] = Field(default_factory=dict)


def report_date(text: str) -> dt.date | None:
    """The date a report is signed with: its last line that is a date."""
    date_line = load_vocabulary().patterns.date_line
    for line in reversed(text.splitlines()):
        if date_line.match(line.strip()):
            return parse_date(line)
    return None


_CLAUSE = re.compile(r"[，,；;。！？!?：:]")


def _core(measure: str) -> str:
    """A planned measure without its enumerator (三是, （2）) and the fields it carries in brackets
    (（责任单位：…；完成时限：…）), which say who and when, not what."""
    measure = measure.strip()
    first = next(iter_item_markers(measure), None)
    if first is not None and first.start == 0:
        measure = measure[first.end :]
    for a, b in reversed(field_brackets(load_vocabulary(), measure, 0, len(measure))):
        measure = measure[:a] + measure[b + 1 :]
    return measure.strip()


def _sentences(text: str) -> list[str]:
    return [m.group(0).strip() for m in _SENTENCE.finditer(text) if len(m.group(0).strip()) >= 4]


def _without(words: list[str], text: str) -> str:
    for word in sorted(words, key=len, reverse=True):
        text = text.replace(word, "")
    return text


def _owner_explained(report: FindingResult, owners: list[str], words: TraceWords) -> bool:
    """Does the report's text for the finding — its owner field too (医政股（原疾控股职能划入医政股）) —
    name one of the plan's owners, a unit or a person, not an office any unit has (副局长, 党组成员),
    or say why the owner changed (机构改革)? Then the change is said in words, not made without one."""
    said = " ".join(filter(None, [report.finding_text, report.measure_text, report.status, *report.owners]))
    named = any(owner in said for owner in owners if not owner.endswith(tuple(words.titles)))
    return named or any(w in said for w in words.owner_change)


class _Tracer:
    def __init__(self, rules: TraceRules, rubric: Rubric, lang: str, as_of: dt.date | None) -> None:
        self.rules, self.rubric, self.lang, self.as_of = rules, rubric, lang, as_of

    def flag(self, code: TraceCode, plan: FindingResult | None, report: FindingResult | None,
             plan_evidence: str | None = None, report_evidence: str | None = None, **values: str) -> TraceFlag:  # fmt: skip
        rule = self.rules.flags[code]
        return TraceFlag(
            code=code, severity=rule.severity, title=rule.title.get(self.lang),
            message=rule.message.get(self.lang, **values), follow_up=rule.follow_up.get(self.lang, **values),
            plan_id=plan.id if plan else None, report_id=report.id if report else None,
            plan_evidence=plan_evidence, report_evidence=report_evidence,
        )  # fmt: skip

    def done(self, report: FindingResult, due: dt.date | None) -> bool:
        """Does the report say the item is done? Its status decides when it says either; else the
        measure's last word on it (部分已完成…正在推进 is under way, 对2名干部分别…已整改完成 is done);
        else whether it states a completed act (4月12日已组织干部86人开展教育3场) and no promise."""
        words = self.rules.words
        for said in (report.status or "", report.measure_text):
            last_done = max((said.rfind(w) for w in words.completed), default=-1)
            last_ongoing = max((said.rfind(w) for w in words.ongoing), default=-1)
            if last_done >= 0 or last_ongoing >= 0:
                return last_done > last_ongoing
        told = "\n".join(filter(None, [report.status, report.measure_text]))
        return states_completed_act(told, due, self.rubric, words.acted)

    def traced(self, measure: str, told: list[str], said: str) -> MeasureTrace:
        """What the report says of a planned measure. An act of a kind written in many words
        (追责问责 ~ 诫勉谈话, 给予处分) is reported when the report names one of its kind, and only
        then; other measures when a report passage is alike to it, or holds one of its clauses."""
        core = _core(measure)
        kinds = [ws for ws in self.rules.words.acts.values() if any(w in core for w in ws)]
        if kinds:
            acts = [w for ws in kinds for w in ws]
            where = next((s for s in _sentences(said) if any(w in s for w in acts)), None)
            where = where or next((w for w in acts if w in said), None)  # an act word in too short a sentence
            return MeasureTrace(plan=measure, report=where, matched_by="act" if where else None)
        params = self.rules.params
        # the passage most alike, the shortest of equals: a sentence rather than the item that holds it
        score, best = max(((pair_score(core, t), t) for t in told), default=(0.0, ""),
                          key=lambda st: (st[0], -len(st[1])))  # fmt: skip
        if score >= params.min_measure_similarity:
            return MeasureTrace(plan=measure, report=best, matched_by="alike")
        clauses = [c for c in _CLAUSE.split(core) if len(c) >= params.min_clause_chars]
        held = next((t for c in clauses for t in told if held_in(c, t) >= params.clause_similarity), None)
        return MeasureTrace(plan=measure, report=held, matched_by="clause" if held else None)

    def pair(self, plan: FindingResult, report: FindingResult) -> tuple[list[TraceFlag], list[MeasureTrace]]:
        flags: list[TraceFlag] = []
        params, words = self.rules.params, self.rules.words
        told = [*report.measures, *_sentences(report.measure_text)] or [report.measure_text]
        said = "\n".join(filter(None, [report.finding_text, report.measure_text, report.status]))
        measures = [self.traced(m, told, said) for m in plan.measures or _sentences(plan.measure_text)]
        for m in measures:
            if m.report is None:
                flags.append(self.flag("trace_measure_unreported", plan, report, plan_evidence=m.plan,
                                       measure=clause_cut(m.plan, 30)))  # fmt: skip
        restated: list[tuple[str, str]] = []
        for sentence in _sentences(report.measure_text):
            for promise in _sentences(plan.measure_text):
                alike = similarity(_without(words.tense, promise), _without(words.tense, sentence))
                added = checkable(sentence, self.rubric) - checkable(promise, self.rubric)
                if alike >= params.restated_similarity and not added and sentence != promise:
                    restated.append((promise, sentence))
                    break
        if restated:
            # One flag for the finding: its evidence holds every sentence restated.
            flags.append(self.flag("trace_promise_restated", plan, report,
                                   plan_evidence="\n".join(p for p, _ in restated),
                                   report_evidence="\n".join(r for _, r in restated),
                                   sentence=clause_cut(restated[0][1], 30)))  # fmt: skip
        due = parse_date(plan.deadline)
        if due is not None and self.as_of is not None and due < self.as_of and not self.done(report, due):
            flags.append(self.flag("trace_deadline_passed", plan, report, plan_evidence=plan.deadline,
                                   report_evidence=report.status or truncate(report.measure_text, 60),
                                   deadline=plan.deadline or "", as_of=self.as_of.isoformat()))  # fmt: skip
        changed = plan.owners and report.owners and not set(plan.owners) & set(report.owners)
        if changed and not _owner_explained(report, plan.owners, words):
            flags.append(self.flag("trace_owner_changed", plan, report, plan_evidence="、".join(plan.owners),
                                   report_evidence="、".join(report.owners),
                                   plan_owners="、".join(plan.owners), report_owners="、".join(report.owners)))  # fmt: skip
        return flags, measures


def _paired_by_objects(
    pairs: list[Pair], plan: Review, report: Review, rules: TraceRules, rubric: Rubric,
) -> list[Pair]:  # fmt: skip
    """Findings the wording left unpaired, paired by the objects they and their measures name."""
    least = rules.params.min_shared_objects
    if least <= 0 or not any(p.new is None for p in pairs) or not any(p.old is None for p in pairs):
        return pairs
    c = compiled(rubric)
    planned = [named(c, f) for f in plan.findings]
    told = [named(c, f) for f in report.findings]
    return pair_leftovers(pairs, lambda i, j: object_score(planned[i], told[j], least))


def trace_reviews(
    plan: Review, report: Review, report_text: str, rules: TraceRules, rubric: Rubric, lang: str = "zh",
    as_of: dt.date | None = None,
) -> TraceReport:  # fmt: skip
    """The plan's findings followed into the report."""
    when = as_of or report_date(report_text)
    tracer = _Tracer(rules, rubric, lang, when)
    pairs = pair_texts([finding_words(f.title, f.finding_text, f.group) for f in plan.findings], [finding_words(f.title, f.finding_text, f.group) for f in report.findings])
    pairs = _paired_by_objects(pairs, plan, report, rules, rubric)
    out: list[TracePair] = []
    for p in pairs:
        planned = plan.findings[p.old] if p.old is not None else None
        told = report.findings[p.new] if p.new is not None else None
        measures: list[MeasureTrace] = []
        if planned is not None and told is not None:
            flags, measures = tracer.pair(planned, told)
        elif planned is not None:
            flags = [tracer.flag("trace_finding_missing", planned, None, plan_evidence=planned.title,
                                 title=clause_cut(planned.title, 30))]  # fmt: skip
        else:
            flags = []  # a finding only the report has is not the plan's business
        shown = planned or told
        assert shown is not None
        out.append(TracePair(plan_id=planned.id if planned else None, report_id=told.id if told else None,
                             title=shown.title, similarity=p.similarity, flags=flags,
                             measures=measures))  # fmt: skip
    counts: dict[str, int] = {}
    for pair in out:
        for f in pair.flags:
            counts[f.code] = counts.get(f.code, 0) + 1
    return TraceReport(
        plan=plan.document.path, report=report.document.path, rules=f"{rules.id}@{rules.version}",
        as_of=when.isoformat() if when else None, pairs=out, counts=dict(sorted(counts.items())),
    )  # fmt: skip
