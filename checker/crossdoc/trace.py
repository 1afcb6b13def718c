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
from collections import Counter
from dataclasses import dataclass
from typing import Literal

from pydantic import BaseModel, Field

from checker.analyse.scan import compiled
from checker.crossdoc.acted import calendar_date, parse_date, states_completed_act
from checker.crossdoc.diff import checkable
from checker.crossdoc.named import named, object_score
from checker.crossdoc.pairing import (
    Pair,
    bigrams,
    finding_words,
    held_in,
    pair_leftovers,
    pair_score,
    pair_texts,
    similarity,
)
from checker.crossdoc.trace_rules import (
    DEFAULT_VERSION,
    UNCHECKED_NOTES,
    NoteCode,
    TraceCode,
    TraceRules,
    TraceWords,
    load_trace_rules,
)
from checker.models import FindingResult, Review
from checker.rubric import Rubric
from checker.segment.fields import field_brackets
from checker.text.clauses import clause_cut
from checker.text.enumerators import iter_item_markers
from checker.text.fold import fold_text
from checker.text.width import fold_width, truncate
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
    # how the passage was found: alike as a whole, one of the measure's clauses held in it, an act
    # of the planned kind named (追责问责 ~ 诫勉谈话), or (added) the object the measure ends on named
    # (配备1套食品快检箱 ~ 快检箱采购)
    matched_by: Literal["alike", "clause", "act", "object"] | None = None


class TraceNote(BaseModel):
    """What the trace says where it could not compare in full, or what it assumed (added)."""

    code: NoteCode
    message: str


class TracePair(BaseModel):
    plan_id: str | None
    report_id: str | None
    title: str
    similarity: float = Field(ge=0, le=1)
    flags: list[TraceFlag] = Field(default_factory=list)
    measures: list[MeasureTrace] = Field(default_factory=list)  # added: each planned measure traced
    # added: what could not be compared (a plan item whose measures were not read …) or was assumed (the
    # year of a deadline that gives none); a pair with a note in UNCHECKED_NOTES is never "no issue"
    notes: list[TraceNote] = Field(default_factory=list)
    deadline: str | None = None  # added: the plan's deadline as the date held against (YYYY-MM-DD)

    @property
    def unchecked(self) -> bool:
        """Could the pair not be compared in full (its plan item's measures not read …)?"""
        return any(n.code in UNCHECKED_NOTES for n in self.notes)


class TraceReport(BaseModel):
    """``rectcheck trace PLAN REPORT --format json``."""

    schema_version: Literal[1] = 1
    plan: str
    report: str
    rules: str
    as_of: str | None  # the date deadlines are held against (the report's own, or --as-of)
    pairs: list[TracePair]
    counts: dict[str, int] = Field(default_factory=dict)
    notes: list[TraceNote] = Field(default_factory=list)  # added: e.g. no date to hold deadlines against


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


_RESPONSIBLE = re.compile(r"由([^，,。；;：:\s由]{2,20}?)(?:牵头|具体)?负责")


def _report_owners(report: FindingResult) -> list[str]:
    """The report's owners for an item: its owner field and any 由……负责 in the item's text."""
    said = "\n".join(filter(None, [report.finding_text, report.measure_text, report.status]))
    return list(dict.fromkeys([*report.owners, *_RESPONSIBLE.findall(said)]))


def _owner_explained(
    report: FindingResult, owners: list[str], words: TraceWords, named_in: str = "item",
) -> bool:  # fmt: skip
    """Does the report name one of the plan's owners for the finding — a unit or a person, not an office
    any unit has (副局长, 党组成员) — or say why the owner changed (机构改革)? Then the change is said in
    words, not made without one. ``named_in`` "owner": the owner must be the report's owner for the
    item (its field, 医政股（原疾控股职能划入医政股）, or a 由……负责 in it) — a unit the measures merely
    act on (已对县教师发展中心开展检查) is no owner; "item": anywhere in the item's text (1.1.0)."""
    item = " ".join(filter(None, [report.finding_text, report.measure_text, report.status, *report.owners]))
    said = " ".join(_report_owners(report)) if named_in == "owner" else item
    named = any(owner in said for owner in owners if not owner.endswith(tuple(words.titles)))
    return named or any(w in item for w in words.owner_change)


_YEARLESS = re.compile(r"(?<![\d年])(\d{1,2})\s*月(?:\s*(\d{1,2})\s*日|\s*(底|末))?")
_YEAR_END = re.compile(r"(\d{4})\s*年\s*(?:底|末)")
_BARE_YEAR_END = re.compile(r"(?<![\d年])年(?:底|末)")
_TITLE_YEAR = re.compile(r"((?:19|20)\d{2})\s*年(?!度)")
_FULL_DATE = re.compile(r"(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日")
_DUE_WORDS = re.compile(r"^\s*(?:前|以前|之前|底前|内|完成|止)")
# a completion date an item's own text states: ……，2024年5月31日前完成
_STATED_DUE = re.compile(r"((?:\d{4}\s*年\s*)?\d{1,2}\s*月(?:\s*\d{1,2}\s*日|\s*底|\s*末)?|(?:\d{4}\s*)?年底)"
                         r"\s*(?:前|以前|之前)\s*(?:全部|全面)?(?:完成|办结|整改到位|整改完毕)")  # fmt: skip


@dataclass(frozen=True)
class YearBasis:
    """Where the year of a deadline that gives none comes from: a date the plan is known to be made on or
    after (a deadline before it is the next year's), or only a year."""

    year: int
    after: dt.date | None  # the plan was made on or after this date
    source: Literal["plan_date", "plan_title", "plan_dated", "report_date"]
    seen: dt.date | None = None  # the date the year was read from, when it is not ``after``

    def words(self, lang: str) -> str:
        shown = self.after or self.seen
        when = shown.isoformat() if shown else str(self.year)
        zh = {"plan_date": f"方案落款日期（{when}）", "plan_title": "方案标题中的年份",
              "plan_dated": f"方案所述最晚日期（{when}）", "report_date": f"报告落款日期（{when}）"}  # fmt: skip
        en = {"plan_date": f"the plan's date line ({when})", "plan_title": "the year in the plan's title",
              "plan_dated": f"the latest date the plan states ({when})",
              "report_date": f"the report's date ({when})"}  # fmt: skip
        return (en if lang == "en" else zh)[self.source]


def year_basis(
    plan_text: str | None, plan_title: str | None, report_when: dt.date | None,
    deadline_label: re.Pattern[str],
) -> YearBasis | None:  # fmt: skip
    """The year a deadline with none takes: the plan's date line; else the year its title names (not a
    period: 2023年度); else the latest date its text states that is no deadline (反馈 on 2024年2月26日,
    not 2024年3月31日前 nor a line the rubric's ``deadline_label`` opens); else the report's date."""
    if plan_text:
        signed = report_date(plan_text)
        if signed is not None:
            return YearBasis(signed.year, signed, "plan_date")
    title = _TITLE_YEAR.search(plan_title or "")
    if title is not None:
        return YearBasis(int(title.group(1)), None, "plan_title")
    if plan_text:
        stated: list[dt.date] = []
        for line in plan_text.splitlines():
            if deadline_label.search(line):
                continue
            for m in _FULL_DATE.finditer(line):
                when = calendar_date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
                if when is not None and not _DUE_WORDS.match(line[m.end() :]):
                    stated.append(when)
        if stated:
            latest = max(stated)
            return YearBasis(latest.year, latest, "plan_dated")
    if report_when is not None:
        return YearBasis(report_when.year, None, "report_date", report_when)
    return None


def yearless_date(words: str, basis: YearBasis) -> dt.date | None:
    """A deadline written without a year (6月底前, 6月30日前, 年底前) in the year ``basis`` gives it —
    the next year's when it would fall before the date the plan was made."""
    m = _YEARLESS.search(words)
    if m is not None:
        month, day = int(m.group(1)), int(m.group(2)) if m.group(2) else None
    elif _BARE_YEAR_END.search(words):
        month, day = 12, 31
    else:
        return None
    due = calendar_date(basis.year, month, day)
    if due is not None and basis.after is not None and due < basis.after:
        due = calendar_date(basis.year + 1, month, day)
    return due


_NUMERAL = re.compile(r"[\d一二三四五六七八九十两百千万每各次遍个件项]")


def _plain(text: str) -> str:
    """A text as pairing reads it: simplified, width-folded, without spaces and punctuation."""
    return _PLAIN_NOISE.sub("", fold_width(fold_text(text)))


_PLAIN_NOISE = re.compile(r"[\W_]+")


def _own_parts(text: str, subject: str) -> list[str]:
    """What ``text`` says that the finding's problem text (``subject``, plain) does not: the runs left
    when every stretch of two characters or more that the subject also has is cut out (建立校园周边食品
    经营户动态管理台账 under 校园周边食品经营户… → 建立, 动态管理台账)."""
    parts: list[str] = []
    for piece in _CLAUSE.split(text):
        plain = _plain(piece)
        kept = [True] * len(plain)
        i = 0
        while i < len(plain) - 1:
            j = i + 2
            if plain[i:j] not in subject:
                i += 1
                continue
            while j < len(plain) and plain[i : j + 1] in subject:
                j += 1
            kept[i:j] = [False] * (j - i)
            i = j
        run = ""
        for ch, keep in zip(plain, kept, strict=True):
            if keep:
                run += ch
            elif run:
                parts.append(run)
                run = ""
        if run:
            parts.append(run)
    return parts


def _own(text: str, subject: str, set_aside: frozenset[str] = frozenset()) -> Counter[str]:
    """The measure's own words: the bigrams of what it says beyond the finding's problem text, generic
    words and acts any measure has (工作, 管理, 建立, 开展) set aside."""
    own: Counter[str] = Counter()
    for part in _own_parts(text, subject):
        own.update(g for g in (part[i : i + 2] for i in range(len(part) - 1)) if g not in set_aside)
    return own


def _object_tails(core: str, own: Counter[str], least: int) -> list[str]:
    """The object each clause of a planned measure ends on, longest first, down to ``least`` characters:
    配备1套食品快检箱 → 食品快检箱, 品快检箱 … 快检箱. A tail holds one of the measure's own words (``own``:
    not only the finding's subject) and no numeral or quantity (更新一次 ends on no object)."""
    tails: list[str] = []
    for clause in _CLAUSE.split(core):
        clause = clause.strip()
        for n in range(min(len(clause), 8), least - 1, -1):
            tail = clause[-n:]
            if _NUMERAL.search(tail) or not re.fullmatch(r"[\u4e00-\u9fff]+", tail):
                continue
            if any(tail[i : i + 2] in own for i in range(len(tail) - 1)):
                tails.append(tail)
    return sorted(dict.fromkeys(tails), key=len, reverse=True)


class _Tracer:
    def __init__(self, rules: TraceRules, rubric: Rubric, lang: str, as_of: dt.date | None,
                 basis: YearBasis | None = None) -> None:  # fmt: skip
        self.rules, self.rubric, self.lang, self.as_of, self.basis = rules, rubric, lang, as_of, basis

    def flag(self, code: TraceCode, plan: FindingResult | None, report: FindingResult | None,
             plan_evidence: str | None = None, report_evidence: str | None = None, **values: str) -> TraceFlag:  # fmt: skip
        rule = self.rules.flags[code]
        return TraceFlag(
            code=code, severity=rule.severity, title=rule.title.get(self.lang),
            message=rule.message.get(self.lang, **values), follow_up=rule.follow_up.get(self.lang, **values),
            plan_id=plan.id if plan else None, report_id=report.id if report else None,
            plan_evidence=plan_evidence, report_evidence=report_evidence,
        )  # fmt: skip

    def note(self, code: NoteCode, **values: str) -> TraceNote:
        """A note in the trace's words (a rule file without notes takes the newest file's)."""
        text = self.rules.notes.get(code) or load_trace_rules(DEFAULT_VERSION).notes[code]
        return TraceNote(code=code, message=text.get(self.lang, **values))

    def due(self, plan: FindingResult) -> tuple[dt.date | None, str | None, TraceNote | None]:
        """The plan item's deadline: the date, the words it is written in, and a note when its year was
        taken from elsewhere (6月底前) or could not be. With no deadline field, the completion date the
        item's text states (……，2024年5月31日前完成), where the rules ask for it."""
        params = self.rules.params
        words = plan.deadline
        if words is None and params.deadline_in_text:
            stated = list(_STATED_DUE.finditer(f"{plan.finding_text}\n{plan.measure_text}"))
            words = stated[-1].group(0) if stated else None
        if words is None:
            return None, None, None
        when = parse_date(words)
        if when is not None or not params.deadline_year:
            return when, words, None
        end = _YEAR_END.search(words)
        if end is not None:
            return calendar_date(int(end.group(1)), 12, 31), words, None
        if _YEARLESS.search(words) is None and _BARE_YEAR_END.search(words) is None:
            return None, words, None  # 长期坚持: no date at all
        if self.basis is None:
            return None, words, None  # nothing dated at all: the trace's note says no deadline was checked
        when = yearless_date(words, self.basis)
        if when is None:
            return None, words, None
        return when, words, self.note("deadline_year_assumed", deadline=words, year=str(when.year),
                                      basis=self.basis.words(self.lang), date=when.isoformat())  # fmt: skip

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

    def traced(self, measure: str, told: list[str], said: str, subject: str | None = None) -> MeasureTrace:
        """What the report says of a planned measure. An act of a kind written in many words
        (追责问责 ~ 诫勉谈话, 给予处分) is reported when the report names one of its kind, and only
        then; other measures when a report passage is alike to it, or holds one of its clauses — and,
        where the rules ask, holds some of the measure's own words, not only the finding's subject
        (``subject``: the plan finding's problem text) — or names the object it ends on."""
        core = _core(measure)
        kinds = [ws for ws in self.rules.words.acts.values() if any(w in core for w in ws)]
        if kinds:
            acts = [w for ws in kinds for w in ws]
            where = next((s for s in _sentences(said) if any(w in s for w in acts)), None)
            where = where or next((w for w in acts if w in said), None)  # an act word in too short a sentence
            return MeasureTrace(plan=measure, report=where, matched_by="act" if where else None)
        params = self.rules.params
        asked = subject is not None and params.min_own_words > 0
        plain_subject = _plain(subject or "") if asked else ""
        set_aside = compiled(self.rubric).words("generic_words") | frozenset(self.rules.words.common_words)
        own = _own(core, plain_subject, set_aside)

        def speaks(words: Counter[str], passage: str) -> bool:
            return not asked or sum((words & bigrams(passage)).values()) >= params.min_own_words

        # the passage most alike, the shortest of equals: a sentence rather than the item that holds it
        score, best = max(((pair_score(core, t), t) for t in told if speaks(own, t)), default=(0.0, ""),
                          key=lambda st: (st[0], -len(st[1])))  # fmt: skip
        if score >= params.min_measure_similarity:
            return MeasureTrace(plan=measure, report=best, matched_by="alike")
        clauses = [c for c in _CLAUSE.split(core) if len(c) >= params.min_clause_chars]
        held = next((t for c in clauses for t in told if held_in(c, t) >= params.clause_similarity
                     and speaks(_own(c, plain_subject, set_aside), t)), None)  # fmt: skip
        if held is not None:
            return MeasureTrace(plan=measure, report=held, matched_by="clause")
        if params.min_object_chars > 0:
            for tail in _object_tails(core, own if asked else bigrams(core), params.min_object_chars):
                named = min((t for t in told if tail in t), key=len, default=None)
                if named is not None:
                    return MeasureTrace(plan=measure, report=named, matched_by="object")
        return MeasureTrace(plan=measure)

    def pair(self, plan: FindingResult, report: FindingResult) -> TracePair:
        flags: list[TraceFlag] = []
        notes: list[TraceNote] = []
        params, words = self.rules.params, self.rules.words
        told = [*report.measures, *_sentences(report.measure_text)] or [report.measure_text]
        said = "\n".join(filter(None, [report.finding_text, report.measure_text, report.status]))
        planned = plan.measures or _sentences(plan.measure_text)
        if not planned:
            notes.append(self.note("plan_measures_unread"))  # the reader found none: nothing to trace
        if not report.measure_text.strip() and not report.measures:
            notes.append(self.note("report_answer_unread"))
        subject = finding_words(plan.title, plan.finding_text, plan.group)
        measures = [self.traced(m, told, said, subject) for m in planned]
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
        due, deadline, assumed = self.due(plan)
        if assumed is not None:
            notes.append(assumed)
        if due is not None and self.as_of is not None and due < self.as_of and not self.done(report, due):
            shown = deadline or ""
            if assumed is not None and assumed.code == "deadline_year_assumed":
                shown = f"{shown}（{due.isoformat()}）" if self.lang != "en" else f"{shown} ({due.isoformat()})"
            flags.append(self.flag("trace_deadline_passed", plan, report, plan_evidence=deadline,
                                   report_evidence=report.status or truncate(report.measure_text, 60),
                                   deadline=shown, as_of=self.as_of.isoformat()))  # fmt: skip
        ours = _report_owners(report) if params.owner_named_in == "owner" else report.owners
        changed = plan.owners and ours and not set(plan.owners) & set(ours)
        if changed and not _owner_explained(report, plan.owners, words, params.owner_named_in):
            planned_by, told_by = "、".join(plan.owners), "、".join(ours)
            flags.append(self.flag("trace_owner_changed", plan, report, plan_evidence=planned_by,
                                   report_evidence=told_by, plan_owners=planned_by,
                                   report_owners=told_by))  # fmt: skip
        return TracePair(plan_id=plan.id, report_id=report.id, title=plan.title, similarity=0.0,
                         flags=flags, measures=measures, notes=notes,
                         deadline=due.isoformat() if due else None)  # fmt: skip


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
    as_of: dt.date | None = None, plan_text: str | None = None,
) -> TraceReport:  # fmt: skip
    """The plan's findings followed into the report (``plan_text``: the plan as read, whose date gives
    a deadline written without a year its year)."""
    signed = report_date(report_text)
    when = as_of or signed
    label = compiled(rubric).pat("deadline_label")
    basis = year_basis(plan_text, plan.document.title, signed or as_of, label)
    tracer = _Tracer(rules, rubric, lang, when, basis)
    pairs = pair_texts([finding_words(f.title, f.finding_text, f.group) for f in plan.findings],
                       [finding_words(f.title, f.finding_text, f.group)
                        for f in report.findings])  # fmt: skip
    pairs = _paired_by_objects(pairs, plan, report, rules, rubric)
    out: list[TracePair] = []
    for p in pairs:
        planned = plan.findings[p.old] if p.old is not None else None
        told = report.findings[p.new] if p.new is not None else None
        if planned is not None and told is not None:
            out.append(tracer.pair(planned, told).model_copy(update={"similarity": p.similarity}))
            continue
        flags: list[TraceFlag] = []
        if planned is not None:
            flags = [tracer.flag("trace_finding_missing", planned, None, plan_evidence=planned.title,
                                 title=clause_cut(planned.title, 30))]  # fmt: skip
        # a finding only the report has is not the plan's business
        shown = planned or told
        assert shown is not None
        out.append(TracePair(plan_id=planned.id if planned else None, report_id=told.id if told else None,
                             title=shown.title, similarity=p.similarity, flags=flags))  # fmt: skip
    counts: dict[str, int] = {}
    for pair in out:
        for f in pair.flags:
            counts[f.code] = counts.get(f.code, 0) + 1
    notes = [] if when is not None else [tracer.note("no_report_date")]
    return TraceReport(
        plan=plan.document.path, report=report.document.path, rules=f"{rules.id}@{rules.version}",
        as_of=when.isoformat() if when else None, pairs=out, counts=dict(sorted(counts.items())), notes=notes,
    )  # fmt: skip
