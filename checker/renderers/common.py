"""Helpers every renderer shares: labels in two languages, flag iteration, evidence in context,
and splitting a text into highlighted pieces by flag offsets."""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from checker.gate import RunOutcome, flag_trips
from checker.models import SEVERITY_RANK, FindingResult, Flag, Review
from checker.text.clauses import clause_cut
from checker.text.lists import join_items
from checker.text.width import one_line as one_line  # the renderers take both from here
from checker.text.width import truncate as truncate

LABELS: dict[str, dict[str, str]] = {
    "zh": {
        "report": "整改报告评审",
        "document": "文档",
        "findings": "问题",
        "finding": "问题",
        "measures": "整改措施",
        "no_measure_text": "(未写整改措施)",
        "title": "标题",
        "responsiveness": "回应度",
        "score": "得分",
        "verdict": "结论",
        "flags": "标记",
        "document_flags": "全文标记",
        "deadline": "整改时限",
        "owners": "责任单位/责任人",
        "none": "无",
        "no_flags": "无标记",
        "summary": "汇总",
        "rubric": "评分规则",
        "backend": "评审方式",
        "kind": "文档类型",
        "evidence": "原文",
        "why": "为什么重要",
        "baselined": "已由基线接受",
        "pass": "合格",
        "warn": "待改进",
        "fail": "不合格",
        "unreviewed": "未评审",
        "unreadable": "无法将本文档拆分为问题和整改措施，未评分：须由人工阅读。",
        "error": "错误",
        "warning": "警告",
        "info": "提示",
        "chart": "各问题得分",
        "gate_fails": "未通过门槛",
        "no_findings": "未识别出问题",
        "chars": "字",
        "status": "整改状态",
        "weakest": "失分项",
        "reason": "失分原因",
        "judge": "模型",
        "rationale": "模型意见",
        "disagreement": "规则与模型分歧",
        "fell_back": "模型不可用，已退回规则结果",
        "usage": "用量",
        "asked_for": "所选“{asked}”未生效",
        "diff_title": "两稿对照",
        "trace_title": "方案与报告对照",
        "trace_as_of": "时限核对日期",
        "diff_resolved": "已解决",
        "diff_new": "新出现",
        "diff_remaining": "仍存在",
        "diff_added": "新增问题",
        "diff_dropped": "删去的问题",
        "diff_reworded": "措施仅改写措辞，未增加可核查的内容",
        "diff_reworded_short": "仅改写措辞",
        "diff_unchanged": "无变化",
        "diff_old_text": "前稿原文",
        "diff_new_text": "后稿原文",
        "diff_answered": "已答复",
        "diff_reworded_ask": "措施只改写了措辞，请补充可核查的内容：数量、金额、日期、文号或具名对象。",
        "diff_legend": "标记：✓ 已解决　＋ 新出现　· 仍存在",
        "trace_plan_text": "方案原文",
        "trace_plan_only": "方案中的问题在本报告中没有对应内容",
        "trace_none": "无问题",
        "trace_report_only": "仅报告有",
        "trace_report_only_note": "方案中没有与之对应的问题",
        "trace_reported": "已报告",
        "trace_measure": "方案措施",
        "trace_report_says": "报告",
        "trace_unreported": "报告未提及",
        "trace_measure_traced": "措施对照",
        "trace_paired": "对应的问题",
        "trace_unchecked": "未能逐项对照",
        "trace_note": "说明",
        "diff_was": "原",
        "diff_now": "现",
        "diff_silenced": "已略去",
        "diff_file": "两稿对照",
        "trace_file": "方案对照",
        "kind_progress_report": "整改情况通报",
        "kind_plan": "整改方案",
        "kind_work_report": "工作汇报",
        "kind_unknown": "未能识别",
        "requests": "{n} 次请求",
        "failed_requests": "其中 {n} 次无有效回答",
        "cached": "缓存 {n}",
        "tokens": "{n} tokens",
        "rejected_quotes": "模型引文未采纳 {n} 处",
        "judge_note": "说明",
        "follow_up": "追问",
        "whole_document": "全文",
        "gate_legend": "✗ 表示该标记达到 --fail-on {fail_on} 门槛，会使检查不通过",
        "silenced": "已静默",
        "totals": "全部文档",
        "documents": "个文档",
        "worst": "最差",
        "toc": "目录",
        "toc_fail": "需返工",
        "toc_warn": "待改进",
        "toc_pass": "合格",
        "gate_mark": "达到门槛",
        "blank_field": "（空白）",
        "backend_rules": "规则",
        "backend_llm": "模型",
        "backend_hybrid": "规则与模型",
        "outcome": "退出码 {code}：{why}",
        "outcome_unreviewed": "{n} 个输入未能评审（退出码 {code}）",
        "outcome_failing": "{n} 个文档未通过门槛（{gate}）",
        "outcome_passes": "所有文档都通过了门槛",
        "reason_sep": "；",
        "option_sep": "，",
        "colon": "：",
        "rework": "需返工",
        "gate_note": "结论为“{verdict}”（{score} 分），但有 {count} 个标记达到 --fail-on {fail_on} 门槛（{codes}），"
        "所以检查不通过：结论看平均得分，门槛看单个最严重的标记。",
    },
    "en": {
        "report": "Rectification report review",
        "document": "Document",
        "findings": "Findings",
        "finding": "Finding",
        "measures": "Measures",
        "no_measure_text": "(no measure stated)",
        "title": "Title",
        "responsiveness": "Resp.",
        "score": "Score",
        "verdict": "Verdict",
        "flags": "Flags",
        "document_flags": "Document flags",
        "deadline": "Deadline",
        "owners": "Owners",
        "none": "none",
        "no_flags": "No flags",
        "summary": "Summary",
        "rubric": "Rubric",
        "backend": "Backend",
        "kind": "Kind",
        "evidence": "Evidence",
        "why": "Why it matters",
        "baselined": "accepted by baseline",
        "pass": "pass",
        "warn": "warn",
        "fail": "fail",
        "unreviewed": "unreviewed",
        "unreadable": "This document could not be split into findings and measures and was not scored: a person must read it.",
        "error": "error",
        "warning": "warning",
        "info": "info",
        "chart": "Score per finding",
        "gate_fails": "gate fails",
        "no_findings": "no findings recognised",
        "chars": "chars",
        "status": "Status",
        "weakest": "Weakest criteria",
        "reason": "Why it fails",
        "judge": "Model",
        "rationale": "Model's view",
        "disagreement": "Rules vs. model",
        "fell_back": "model unavailable, rules result used",
        "usage": "Usage",
        "asked_for": "{asked} asked for, not used",
        "diff_title": "Draft against draft",
        "trace_title": "Plan against report",
        "trace_as_of": "Deadlines as of",
        "diff_resolved": "resolved",
        "diff_new": "new",
        "diff_remaining": "remaining",
        "diff_added": "finding added",
        "diff_dropped": "finding dropped",
        "diff_reworded": "measure only reworded: nothing checkable added",
        "diff_reworded_short": "reworded only",
        "diff_unchanged": "no change",
        "diff_old_text": "Earlier draft",
        "diff_new_text": "Later draft",
        "diff_answered": "answered",
        "diff_reworded_ask": ("The measure was only reworded: add what can be checked - counts, amounts, "
                              "dates, document numbers or named objects."),
        "diff_legend": "Marks: ✓ resolved  ＋ new  · remaining",
        "trace_plan_text": "Plan",
        "trace_plan_only": "Plan findings this report has nothing on",
        "trace_none": "no issue",
        "trace_report_only": "report only",
        "trace_report_only_note": "no finding of the plan answers to it",
        "trace_reported": "reported",
        "trace_measure": "Planned measure",
        "trace_report_says": "report",
        "trace_unreported": "not mentioned in the report",
        "trace_measure_traced": "Measure traced",
        "trace_paired": "findings paired",
        "trace_unchecked": "not traced in full",
        "trace_note": "Note",
        "diff_was": "was",
        "diff_now": "now",
        "diff_silenced": "set aside by the configuration",
        "diff_file": "diff",
        "trace_file": "trace",
        "kind_progress_report": "progress report",
        "kind_plan": "rectification plan",
        "kind_work_report": "work report",
        "kind_unknown": "not recognised",
        "requests": "{n} requests",
        "failed_requests": "{n} without a usable answer",
        "cached": "{n} cached",
        "tokens": "{n} tokens",
        "rejected_quotes": "{n} model quotes dropped",
        "judge_note": "Note",
        "follow_up": "Ask",
        "whole_document": "Whole document",
        "gate_legend": "✗ marks a flag at or above --fail-on {fail_on}: it fails the gate",
        "silenced": "silenced",
        "totals": "All documents",
        "documents": "documents",
        "worst": "Worst",
        "toc": "Contents",
        "toc_fail": "To rework",
        "toc_warn": "To improve",
        "toc_pass": "Passing",
        "gate_mark": "fails the gate",
        "blank_field": "(blank)",
        "backend_rules": "rules",
        "backend_llm": "llm",
        "backend_hybrid": "hybrid",
        "outcome": "exit {code}: {why}",
        "outcome_unreviewed": "{n} input(s) not reviewed (exit {code})",
        "outcome_failing": "{n} document(s) fail the gate ({gate})",
        "outcome_passes": "every document passes the gate",
        "reason_sep": "; ",
        "option_sep": ", ",
        "colon": ": ",
        "rework": "Needs rework",
        "gate_note": "Verdict {verdict} ({score}) but the gate fails: {count} flag(s) at or above "
        "--fail-on {fail_on} ({codes}). The verdict follows the mean score; "
        "the gate follows the worst single flag.",
    },
}


def weakest_criteria(finding: FindingResult, rubric: Any, lang: str, limit: int = 2) -> list[str]:
    """The lowest-scoring criteria of a finding as ``name 0.2``: why a score is low when no flag says so."""
    titles: dict[str, str] = {}
    for criterion in getattr(rubric, "criteria", None) or []:
        title = getattr(criterion, "title", None)
        titles[criterion.id] = getattr(title, lang, None) or criterion.id
    low = sorted((v, k) for k, v in finding.criteria.items() if v < 0.5)[:limit]
    return [f"{titles.get(k, k)} {v:.1f}" for v, k in low]


_REASON_QUOTE = 40  # characters of a reason's text quoted beside it


def reason_lines(finding: FindingResult, lang: str) -> list[str]:
    """Why a finding failed when no flag says so: ``可核查性 0.0：措施没有…（原文：…）``."""
    quote = "原文" if lang == "zh" else "text"
    out = []
    for r in finding.reasons:
        line = f"{r.title} {r.score:.1f}{colon(lang)}{r.message}"
        if r.evidence.strip():
            # the reason's text is the measure's opening, cut at a length: quoted to a clause's end, with …
            line += paren(f"{quote}{colon(lang)}{clause_cut(r.evidence, _REASON_QUOTE)}", lang)
        out.append(line)
    return out


def label(lang: str, key: str) -> str:
    return LABELS.get(lang, LABELS["zh"]).get(key, key)


def colon(lang: str) -> str:
    """What follows a label before its value: the full-width colon with no space in Chinese (``：``),
    ``": "`` in English. For words outside the catalogue (a page's own text, a flag's name); a
    label of the catalogue takes it through :func:`labelled`."""
    return label(lang, "colon")


def labelled(lang: str, key: str) -> str:
    """A label of the catalogue ready for its value: ``原文：`` in Chinese, ``Evidence: `` in English.
    Every renderer writes a label and its value through this, so a Chinese review never shows an
    ASCII colon after a label."""
    return f"{label(lang, key)}{colon(lang)}"


def paren(text: str, lang: str) -> str:
    """``text`` in brackets after a word: （formalism） in Chinese, `` (formalism)`` in English."""
    return f"（{text}）" if lang == "zh" else f" ({text})"


def tag(text: str, lang: str) -> str:
    """A marker before a line: 【错误】 in Chinese, ``[error] `` in English."""
    return f"【{text}】" if lang == "zh" else f"[{text}] "


def kind_name(kind: str, lang: str) -> str:
    """A document kind as a reader names it (整改情况通报), not as the JSON spells it."""
    return label(lang, f"kind_{kind}")


def method_used(review: Review) -> str:
    """The backend whose judgement the review carries: ``rules`` after a model fell back."""
    j = review.judge
    return j.method if j is not None and j.method else review.backend


def backend_name(backend: str, lang: str) -> str:
    """A backend named in the reader's language (规则, 模型 …); one the catalogue lacks as spelt."""
    return LABELS.get(lang, LABELS["zh"]).get(f"backend_{backend}", backend)


def backend_text(review: Review, lang: str) -> str:
    """The backend as the reader should see it: the one used, and the one asked for when they differ."""
    used = backend_name(method_used(review), lang)
    if method_used(review) == review.backend:
        return used
    return f"{used}{paren(label(lang, 'asked_for').format(asked=backend_name(review.backend, lang)), lang)}"


def outcome_text(outcome: RunOutcome, lang: str) -> str:
    """The exit code and why, closing a several-document review, in the review's language."""
    why = []
    if outcome.unreviewed:
        why.append(label(lang, "outcome_unreviewed").format(n=outcome.unreviewed, code=outcome.input_exit))
    if outcome.failing:
        gate = [f"--fail-on {outcome.fail_on}"]
        if outcome.min_score is not None:
            gate.append(f"--min-score {outcome.min_score:g}")
        gates = label(lang, "option_sep").join(gate)
        why.append(label(lang, "outcome_failing").format(n=outcome.failing, gate=gates))
    reasons = label(lang, "reason_sep").join(why) if why else label(lang, "outcome_passes")
    return label(lang, "outcome").format(code=outcome.code, why=reasons)


def usage_text(review: Review, lang: str) -> str | None:
    """Requests (failed ones included), cache hits, tokens, cost and dropped quotes, on one line."""
    u, j = review.usage, review.judge
    if u is None:
        return None
    requests = label(lang, "requests").format(n=u.requests)
    if j is not None and j.failed_requests:
        requests += f"（{label(lang, 'failed_requests').format(n=j.failed_requests)}）"
    parts = [requests, label(lang, "cached").format(n=u.cached), label(lang, "tokens").format(n=u.total_tokens)]
    if u.estimated_cost_usd is not None:
        parts.append(f"~${u.estimated_cost_usd:.4f}")
    if j is not None and j.rejected_quotes:
        parts.append(label(lang, "rejected_quotes").format(n=j.rejected_quotes))
    return " · ".join(parts)


def judge_lines(review: Review, lang: str) -> list[tuple[str, str]]:
    """(label, text) lines on the model that judged: who, what it cost, and what went wrong (a
    fallback, findings left to the rules, instructions neutralised). Empty for a rules review."""
    j = review.judge
    if j is None:
        return []
    lines = [(label(lang, "judge"), f"{j.model} @ {j.endpoint}")]
    usage = usage_text(review, lang)
    if usage:
        lines.append((label(lang, "usage"), usage))
    if j.note or j.fell_back:
        lines.append((label(lang, "judge_note"), one_line(j.note or label(lang, "fell_back"))))
    return lines


def score_text(score: float | None) -> str:
    """A document score as shown; an unreviewed document has none."""
    return "—" if score is None else f"{score:.1f}"


def all_flags(review: Review) -> Iterator[tuple[FindingResult | None, Flag]]:
    """Every flag of a review with the finding it belongs to (None for document flags)."""
    for finding in review.findings:
        for flag in finding.flags:
            yield finding, flag
    for flag in review.document_flags:
        yield None, flag


def worst_severity(flags: list[Flag]) -> str | None:
    if not flags:
        return None
    return max(flags, key=lambda f: SEVERITY_RANK[f.severity]).severity


@dataclass(frozen=True)
class InContext:
    before: str
    evidence: str
    after: str


_CLAUSE_END = "。；;！？!?，,、：:\n"


def _context(before: str, evidence: str, after: str) -> InContext:
    """Context cut at clause boundaries: what precedes starts after the last clause end in the window,
    what follows stops at the first one, so no word is shown cut in half when a boundary is near."""
    cut = max(before.rfind(ch, 0, len(before) - 1) for ch in _CLAUSE_END)  # a label's own colon stays
    if cut >= 0:
        before = before[cut + 1 :]
    ends = [i for i in (after.find(ch) for ch in _CLAUSE_END) if i >= 0]
    # No boundary in reach: the nearer half of the window.
    after = after[: min(ends) + 1] if ends else after[: len(after) // 2]
    return InContext(one_line(before), one_line(evidence), one_line(after))


def in_context(flag: Flag, doc_text: str | None, finding: FindingResult | None, width: int = 12) -> InContext:
    """The evidence with up to ``width`` characters either side (cut at clause boundaries), from the
    document text when known, else from the finding's own text (where the evidence usually sits)."""
    if doc_text is not None and 0 <= flag.start <= flag.end <= len(doc_text):
        before = doc_text[max(flag.start - width, 0) : flag.start]
        after = doc_text[flag.end : flag.end + 2 * width]  # room to reach the clause's end
        return _context(before, doc_text[flag.start : flag.end], after)
    if finding is not None and flag.evidence:
        for body in (finding.finding_text, finding.measure_text):
            at = body.find(flag.evidence)
            if at >= 0:
                end = at + len(flag.evidence)
                return _context(body[max(at - width, 0) : at], flag.evidence, body[end : end + 2 * width])
    return InContext("", one_line(flag.evidence), "")


def locate(part: str, doc_text: str | None, near: int) -> int | None:
    """Offset of ``part`` (a finding's text or measure text) in the document, searching from
    ``near`` (the finding's start) so a text repeated elsewhere is not picked."""
    if not part or doc_text is None:
        return None
    at = doc_text.find(part, max(near, 0))
    if at < 0:
        at = doc_text.find(part)
    return at if at >= 0 else None


@dataclass(frozen=True)
class Piece:
    """A run of text and the flags covering it (most severe first; empty for plain text)."""

    text: str
    flags: tuple[Flag, ...]


def pieces(part: str, base: int | None, flags: list[Flag]) -> list[Piece]:
    """Split ``part`` into runs so that every flag's evidence is covered by marked runs.

    ``base`` is the offset of ``part`` in the document; flags are placed by their offsets.
    Without a base (document text unknown) a flag is placed where its evidence first occurs.
    Overlapping flags split the text at every boundary, so no run is marked twice.
    """
    spans: list[tuple[int, int, Flag]] = []
    for flag in flags:
        if flag.end <= flag.start:
            continue
        if base is not None:
            start, end = flag.start - base, flag.end - base
            if end <= 0 or start >= len(part):
                continue
            spans.append((max(start, 0), min(end, len(part)), flag))
        elif flag.evidence:
            at = part.find(flag.evidence)
            if at >= 0:
                spans.append((at, at + len(flag.evidence), flag))
    if not spans:
        return [Piece(part, ())] if part else []
    cuts = sorted({0, len(part), *(s for s, _, _ in spans), *(e for _, e, _ in spans)})
    out: list[Piece] = []
    for lo, hi in itertools.pairwise(cuts):
        if lo >= hi:
            continue
        covering = tuple(
            sorted((f for s, e, f in spans if s <= lo and hi <= e), key=lambda f: -SEVERITY_RANK[f.severity])
        )
        if out and out[-1].flags == covering:
            out[-1] = Piece(out[-1].text + part[lo:hi], covering)
        else:
            out.append(Piece(part[lo:hi], covering))
    return out


def silenced_counts(review: Review) -> dict[str, int]:
    """Silenced flags by reason, most first (empty when nothing was silenced)."""
    return dict(sorted(review.summary.silenced.items(), key=lambda kv: (-kv[1], kv[0])))


def flag_counts(review: Review) -> dict[str, int]:
    """Counts by flag code as the summary states them (falls back to counting the flags)."""
    if review.summary.flags:
        return dict(sorted(review.summary.flags.items(), key=lambda kv: (-kv[1], kv[0])))
    counts: dict[str, int] = {}
    for _, flag in all_flags(review):
        counts[flag.code] = counts.get(flag.code, 0) + 1
    return dict(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))


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
    return label(lang, "gate_note").format(
        verdict=label(lang, review.summary.verdict), score=f"{review.summary.score:g}", count=len(tripping),
        fail_on=fail_on, codes=join_items(sorted({f.code for f in tripping}), lang),
    )
