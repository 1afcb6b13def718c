"""Document kind, decided from scored signals: title words, the opening sentence, the labels and
fields the findings carry, and the layout that matched."""

from __future__ import annotations

import bisect
import re
from collections import Counter

from checker.models import DocumentKind, Finding
from checker.segment.labels import labels_of
from checker.vocabulary import Vocabulary

_SENTENCE_END = re.compile("[。！？!?\n；;]|[，,](?![ \t\u3000]*并)")


def _after_in_sentence(m: str, marks: list[int], at: int) -> bool:
    """Does one of ``marks`` stand before ``at`` in the sentence that holds it?"""
    i = bisect.bisect_left(marks, at) - 1
    return i >= 0 and _SENTENCE_END.search(m, marks[i], at) is None


def _before_in_sentence(m: str, marks: list[int], at: int) -> bool:
    """Does one of ``marks`` stand at or after ``at`` in the sentence that holds it?"""
    i = bisect.bisect_left(marks, at)
    return i < len(marks) and _SENTENCE_END.search(m, at, marks[i]) is None


def _outside(rx: re.Pattern[str], m: str, positions: list[int]) -> list[int]:
    """The ``positions`` no match of ``rx`` in ``m`` holds (the matches found once, not per position)."""
    spans = [(x.start(), x.end()) for x in rx.finditer(m)]
    if not spans:
        return positions
    return [at for at in positions if not any(a <= at < b for a, b in spans)]


def measure_says(v: Vocabulary, m: str) -> tuple[bool, bool, bool]:
    """Does a measure say what was done, what is required, what is promised? With the vocabulary's
    ``done_after_required``, a requirement followed by what was done (要求各县及时整改。…各县及时进行
    整改并作了专题报告) reports the outcome: the requirement was met."""
    p = v.patterns
    done = [x.start() for x in p.measure_done.finditer(m)]
    required = [x.start() for x in p.measure_required.finditer(m)]
    promised = [x.start() for x in p.measure_promise.finditer(m)]
    w = v.weights.kind
    if w.done_conditions:
        # 未能按时整改到位的，… / 整改完毕后报…销号: a condition or a procedure, no work told done
        done = _outside(p.measure_done_untold, m, done)
    if w.required_nouns:
        # 审计意见和建议得以落实: the requirement named, not made
        required = _outside(p.measure_required_noun, m, required)
    if w.done_on_spot:
        # 督导组…进行现场整改 / 当场整改534处: put right on the spot
        done = sorted(set(done) | {x.start() for x in p.measure_done_on_spot.finditer(m)})
    if w.done_in_own_sentence:
        # 要求…于7月11日全面完成整改 / 将于6月底前完成: a done word after a requirement or a promise
        # in its sentence is what is required or promised, not what was done
        asked = sorted(required + promised)
        done = [d for d in done if not _after_in_sentence(m, asked, d)]
    if w.done_act_requires:
        # 已现场指出，… / 已责令其限期整改 / 下发了整改通知书: the act done is the inspecting body's requiring
        issued = [x.start() for x in p.measure_issued.finditer(m)]
        acts = [d for d in done if _before_in_sentence(m, issued, d)]
        done = [d for d in done if d not in acts]
        required = sorted(required + acts)
    else:
        acts = []
    if w.done_after_required and done and required and done[-1] > required[-1]:
        required = []
    acted = sorted(done + acts)  # what was done, the requiring acts with it: a promise after them is a next step
    if w.promise_after_done and promised and acted and acted[0] < promised[0]:
        # 已整改完毕。我们将继续…: what comes after the work done is the next step, not the fix promised
        promised = []
    return bool(done), bool(required), bool(promised)


def _opening_title(v: Vocabulary, opening: str) -> str | None:
    """The first line of the opening that is a report's name alone (pattern ``opening_title_line``), else None."""
    for line in opening.splitlines():
        if v.patterns.opening_title_line.fullmatch(line.strip()):
            return line.strip()
    return None


def _requires_only(v: Vocabulary, findings: list[Finding]) -> bool:
    """Does some response require the fix while none tells anything done?"""
    said = [measure_says(v, f.measure.view) for f in findings if f.measure is not None]
    return any(r for _, r, _ in said) and not any(d for d, _, _ in said)


def decide_kind(
    v: Vocabulary, title: str | None, opening: str, layout: str, findings: list[Finding], requirements: bool = False
) -> DocumentKind:
    """The kind that scores best, or unknown where none reaches the vocabulary's floor."""
    scores = kind_scores(v, title, opening, layout, findings, requirements)
    best = max(scores, key=lambda k: scores[k])
    return best if scores[best] >= v.weights.kind.min_score else "unknown"  # type: ignore[return-value]


def kind_scores(
    v: Vocabulary, title: str | None, opening: str, layout: str, findings: list[Finding], requirements: bool = False
) -> dict[str, float]:
    """The score of each kind. ``requirements``: the measures stand under 整改要求/整改意见, an inspecting body's notice,
    judged like a plan. 整改情况汇报 / 整改报告 / 整改结果公告 report what was done, whatever the word
    for "report"; a 自查 title is a work report's."""
    p, w = v.patterns, v.weights.kind
    named = _opening_title(v, opening) if title is None and w.opening_title else None
    if named is not None:
        # a report's name on a line of the opening weighs as a title, unless it says the rectification is
        # told (整改报告) while every response only requires it (要求…, 应…) and none tells anything done:
        # a name read from the page is weaker than what the responses themselves say
        titled = kind_scores(v, named, opening, layout, findings, requirements)
        if not (p.progress_title.search(named) and _requires_only(v, findings)):
            return titled
    title_signals = (("progress_report", p.title_progress), ("plan", p.title_plan), ("work_report", p.title_work_report))
    opening_signals = (
        ("progress_report", p.opening_progress), ("plan", p.opening_plan), ("work_report", p.opening_work_report)
    )
    scores: dict[str, float] = {"progress_report": 0.0, "plan": 0.0, "work_report": 0.0}
    # 自查报告 is a work report's title; 自查整改报告 reports the rectification the self-check led to
    progress_title = bool(title and p.progress_title.search(title)) and (
        w.self_check_rectified or v.names.self_check_word not in (title or "")
    )
    if title:
        for kind, rx in title_signals:
            if rx.search(title) and not (kind == "work_report" and progress_title):
                scores[kind] += w.title
    if requirements:
        scores["plan"] += w.requirements
    progress_opening = bool(p.opening_progress.search(opening))  # 现将整改情况汇报如下: what was done
    for kind, rx in opening_signals:
        if rx.search(opening) and not (kind == "work_report" and (progress_title or progress_opening)):
            scores[kind] += w.opening
    done_labels = labels_of(v).done
    unwritten = v.names.clause_measure_label if w.written_labels_only else None
    labelled = [
        f for f in findings if f.measure_label and not (f.measure_label == unwritten and unwritten not in f.span.view)
    ]
    past = sum(1 for f in labelled if f.measure_label in done_labels)
    planned = sum(1 for f in labelled if f.measure_label not in done_labels)
    deadlines = sum(1 for f in findings if f.deadline_field)
    owners = sum(1 for f in findings if f.owner_fields)
    statuses = sum(1 for f in findings if f.status is not None)
    cap = w.signals_max
    scores["progress_report"] += w.done_label * min(past, cap) + w.status * min(statuses, cap)
    scores["plan"] += w.planned_label * min(planned, cap) + w.deadline_field * min(deadlines, cap) + w.owner_field * min(owners, cap)
    measures = {f.measure.start: f.measure.view for f in findings if f.measure is not None}  # a shared response once
    # each measure read once: does it say what was done, what is required, what is promised
    said = [measure_says(v, m) for m in measures.values()]
    if w.shared_per_finding:
        # a response shared by several findings answers each of them: it weighs once per finding
        # (one 要求施工单位立即整改 under four problems is a notice's requirement for all four)
        answers = Counter(f.measure.start for f in findings if f.measure is not None)
        said = [s for start, s in zip(measures, said, strict=True) for _ in range(answers[start])]
    statuses_done = sum(1 for f in findings if f.status is not None and p.measure_done.search(f.status.view))
    done = sum(d for d, _, _ in said) + statuses_done  # 完成情况：已完成
    required = sum(r and not d for d, r, _ in said)
    promised = sum(pr and not d and not r for d, r, pr in said)  # 将…, 计划…: next steps only
    # what was done, nothing required (已责令…限期整改 is the notice's own requirement) nor promised
    done_only = sum(d and not r and not pr for d, r, pr in said)
    reports_done = w.notice_unless_done and done_only > required
    notice = bool((title and p.title_notice.search(title)) or p.title_notice.search(opening))
    if w.inspection_opening and not notice:
        # 暗访组深入… / 检查组对…进行检查 / 抽查了5家: an inspecting body tells its round on others
        notice = bool((title and p.opening_inspection.search(title)) or p.opening_inspection.search(opening))
    if not (progress_title or progress_opening or reports_done) and notice:
        scores["plan"] += w.notice  # an inspecting body's notice: its requirements are judged as a plan's
    elif reports_done:
        scores["progress_report"] += w.notice  # the notice reports a rectification done
    scores["progress_report"] += w.done_text * min(done, cap)
    scores["plan"] += w.required_text * min(required, cap)
    if findings and layout == "problem_list":
        scores["work_report"] += w.problem_list
    elif findings and layout == "problems_then_fixes":
        scores["work_report"] += w.problems_then_fixes
    if w.promised_text and promised:
        # next steps promised are a plan's or a self-review's: they weigh for whichever the rest favours
        ahead = "work_report" if scores["work_report"] > scores["plan"] else "plan"
        scores[ahead] += w.promised_text * min(promised, cap)
    return scores
