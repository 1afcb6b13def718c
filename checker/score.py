"""Scores and verdicts: the rules' Analysis and the rubric's weights, penalties and thresholds
become the contract's Review.

Per finding: score = 100 × Σ weight·criterion − Σ penalty[severity] (at most ``max_penalty``),
capped by the responsiveness cap, clamped to 0–100. Document: mean of the finding scores minus
the document-flag penalties. Verdicts follow ``thresholds`` (≥ pass_min pass, ≥ warn_min warn).
Flags that are disabled, or whose severity for this document kind is ``off``, are dropped here.
"""

from __future__ import annotations

import functools
import re
from collections import Counter

from checker.analyse.scan import lexicon_regex
from checker.models import (
    Analysis,
    DocumentInfo,
    DocumentVerdict,
    Finding,
    FindingAnalysis,
    FindingResult,
    Flag,
    FlagHit,
    Reason,
    Report,
    Review,
    RubricRef,
    Summary,
    Verdict,
)
from checker.rubric import DocumentVerdict as DocumentVerdictRule
from checker.rubric import Rubric
from checker.text.clauses import clause_cut, clause_quote
from checker.text.fold import fold_text
from checker.text.instructions import instruction_spans
from checker.text.sentences import SENTENCE_STOPS
from checker.text.width import truncate


def verdict_for(score: float, rubric: Rubric) -> Verdict:
    t = rubric.thresholds
    if score >= t.pass_min:
        return "pass"
    if score >= t.warn_min:
        return "warn"
    return "fail"


def _short(text: str, width: int = 30) -> str:
    """One line of at most about ``width`` characters, for quoting inside a message or question:
    cut at a clause end (checker.text.clauses)."""
    return clause_cut(text, width)


def _quoted(text: str | None, h: FlagHit, width: int = 30) -> str:
    """The flag's evidence as a message or question quotes it: from the start of its clause to the
    end of one (the evidence may start where a wrapped line did, inside a word)."""
    return clause_quote(text, h.start, h.end, width) if text is not None else clause_cut(h.evidence, width)


def to_flags(
    hits: list[FlagHit], rubric: Rubric, kind: str, lang: str, text: str | None = None, finding: str | None = None,
    about: str | None = None,
) -> list[Flag]:
    """Severity from the rubric per document kind, message and follow-up question in ``lang``
    (``finding``: the finding's title, quoted by some questions; ``about``: the finding's words,
    which decide what the question asks for); ``off`` flags are dropped."""
    subject, quoted = rubric.subject_of(about) if about else (None, {"amount": ""})
    out = []
    for h in hits:
        variant = h.detail.get("variant")
        sev = rubric.severity_for(h.code, kind, str(variant) if variant else None)
        if sev == "off":
            continue
        if text is not None and text[h.start : h.end] != h.evidence:
            continue  # evidence must be the exact text at its offsets
        out.append(
            Flag(
                code=h.code, severity=sev,
                message=rubric.message_for(h.code, lang, {**h.detail, "evidence": _quoted(text, h)}),
                evidence=h.evidence, start=h.start, end=h.end, origin=h.origin, places=h.places or None,
                follow_up=rubric.follow_up_for(
                    h.code, lang,
                    {**h.detail, **quoted, "subject": subject or "", "evidence": _quoted(text, h),
                     "finding": _short(finding or "")},
                ),
            )
        )
    return sorted(out, key=lambda f: (f.start, f.code))


def finding_score(fa: FindingAnalysis, flags: list[Flag], rubric: Rubric) -> float:
    s = rubric.scoring
    base = 100.0 * sum(c.weight * fa.criteria.get(c.id, 0.0) for c in rubric.criteria)
    penalty = min(s.max_penalty, sum(s.penalty.get(f.severity, 0.0) for f in flags))
    cap = s.responsiveness_cap.get(fa.responsiveness, 100.0)
    if fa.score_cap is not None:
        cap = min(cap, fa.score_cap)
    return round(max(0.0, min(100.0, base - penalty, cap)), 1)


_REASON_BELOW = 0.5  # a criterion this low explains a failing finding
_REASONS_MAX = 2
_REASON_EVIDENCE = 60  # characters of the measure a reason quotes


def reasons_for(
    f: Finding, fa: FindingAnalysis, flags: list[Flag], verdict: Verdict, rubric: Rubric, lang: str
) -> list[Reason]:
    """Why a finding that did not pass failed when no flag of weight says so: its weakest criteria,
    each with what a low score means and the text it was judged on (the measure, or the title when
    there is none). A finding its flags already explain needs no more."""
    if verdict == "pass" or any(fl.severity in ("error", "warning") for fl in flags):
        return []
    criteria = {c.id: c for c in rubric.criteria}
    low = sorted((v, k) for k, v in fa.criteria.items() if v < _REASON_BELOW and k in criteria)[:_REASONS_MAX]
    if f.measure is not None and f.measure.text.strip():
        first = f.measures[0] if f.measures else f.measure
        span = (first.start, min(first.end, first.start + _REASON_EVIDENCE))
    else:
        span = (f.title_span.start, f.title_span.end) if f.title_span is not None else (f.finding.start, f.finding.end)
    text = f.finding.document.text if f.finding.document is not None else None
    evidence = text[span[0] : span[1]] if text is not None else ""
    out = []
    for value, key in low:
        c = criteria[key]
        message = (c.low or c.description).get(lang)
        out.append(Reason(criterion=key, title=c.title.get(lang), score=round(value, 2), message=message,
                          evidence=evidence, start=span[0], end=span[1]))
    return out


def verdict_from_findings(
    results: list[FindingResult], doc_flags: list[Flag], rubric: Rubric, into_cut: set[str] | None = None
) -> tuple[Verdict, float]:
    """The document's verdict and score from its findings (:class:`checker.rubric.DocumentVerdict`);
    ``into_cut``: the findings whose measure runs into the text's cut."""
    rule = rubric.document_verdict
    assert rule is not None
    t = rubric.thresholds
    cut = any(fl.code == _CUT_CODE for fl in doc_flags)
    if cut and rule.chrome_not_cut and _only_chrome(results, doc_flags, rubric):
        cut = False
    # a cut text's unanswered items, and those whose answer the cut took before it said anything
    # (现将整改情况…): unseen
    lost = {
        r.id for r in results
        if r.id in (into_cut or set()) and {fl.code for fl in r.flags} & set(rule.empty_flags)
        and not (rule.said_before_cut and _SENTENCE_END.search(r.measure_text.rstrip()[:-1]))
    }
    judged = [r for r in results if (r.measure_text.strip() or not cut) and r.id not in lost]
    mean = sum(r.score for r in judged) / len(judged) if judged else t.warn_min
    if len(judged) < rule.min_judged * len(results):
        return "warn", _within(mean, t.warn_min, t.pass_min)
    codes = [{fl.code for fl in r.flags} for r in judged]
    # 责令…限期整改 under slogans: the inspecting body ordered the fix, more than exhortation
    order = _compiled_order(rubric.patterns.get("fix_order", "")) if rule.ordered_fix_answers else None
    answered = [
        bool(r.measure_text.strip())
        and (not (c & set(rule.empty_flags)) or (order is not None and order.search(_order_view(r, rule)) is not None))
        for r, c in zip(judged, codes, strict=True)
    ]
    shared = _shared_answers(judged) if rule.shared_answer_sound else set()
    # 责令…限三日内整改完毕，由伙食科负责督促检查 under a list: a dated order, sound though each finding fails
    dated = {r.id for r in judged if r.id in shared and _dated_order(r, rubric)} if rule.dated_order_sound else set()
    sound = [a and (r.responsiveness >= rule.sound_responsiveness or (r.id in shared and r.responsiveness >= 1))
             and not (c & set(rule.issue_flags))
             and not (rule.failing_not_sound and r.verdict == "fail" and r.id not in dated)
             for a, r, c in zip(answered, judged, codes, strict=True)]
    if sum(answered) < rule.fail_below * len(judged):
        return "fail", _within(mean, 0.0, t.warn_min)
    blocked = any(fl.code in rule.blocking_flags for fl in doc_flags)
    if sum(sound) >= rule.pass_from * len(judged) and not blocked:
        return "pass", _within(mean, t.pass_min, 100.0)
    return "warn", _within(mean, t.warn_min, t.pass_min)


def _only_chrome(results: list[FindingResult], doc_flags: list[Flag], rubric: Rubric) -> bool:
    """Whether the text's truncated marks are only a page's chrome after a whole text: no finding is cut,
    each document mark is page residue (lexicons ``web_residue``, ``site_footer``, pattern ``page_trailer``)
    and none says the page shows only part of the text (lexicon ``page_cut_words``: 试读结束, 当前仅显示)."""
    if any(fl.code == _CUT_CODE for r in results for fl in r.flags):
        return False
    chrome = _compiled_words((*rubric.lexicons.get("web_residue", []), *rubric.lexicons.get("site_footer", [])))
    trailer = _compiled_order(rubric.patterns.get("page_trailer", ""))
    partial = _compiled_words(tuple(rubric.lexicons.get("page_cut_words", [])))
    for fl in doc_flags:
        if fl.code != _CUT_CODE:
            continue
        is_chrome = chrome.search(fl.evidence) is not None or (trailer is not None and trailer.search(fl.evidence) is not None)
        if not is_chrome or partial.search(fl.evidence) is not None:
            return False
    return True


@functools.lru_cache(maxsize=8)
def _compiled_words(words: tuple[str, ...]) -> re.Pattern[str]:
    """A lexicon's words as one pattern (``…`` a short gap), never matching when there are none."""
    return lexicon_regex(list(words))


def _dated_order(r: FindingResult, rubric: Rubric) -> bool:
    """Does the measure give a time limit and order the fix (``fix_order``) or name who answers for it?"""
    if r.criteria.get("timeliness", 0.0) < 1.0:
        return False
    order = _compiled_order(rubric.patterns.get("fix_order", ""))
    rule = rubric.document_verdict
    view = _order_view(r, rule) if rule is not None else r.measure_text
    return r.criteria.get("accountability", 0.0) >= 1.0 or (order is not None and order.search(view) is not None)


def _order_view(r: FindingResult, rule: DocumentVerdictRule) -> str:
    """The measure as ``fix_order`` reads it: its reading view with ``folded_orders`` (責令 as 责令), else
    the text as written."""
    return fold_text(r.measure_text) if rule.folded_orders else r.measure_text


@functools.lru_cache(maxsize=8)
def _compiled_order(pattern: str) -> re.Pattern[str] | None:
    """The rubric's ``fix_order`` pattern compiled, None where the rubric has none."""
    return re.compile(pattern) if pattern else None


def _shared_answers(results: list[FindingResult]) -> set[str]:
    """The findings whose measure is one response written for several of them (an inspecting body's
    requirement under its list of problems)."""
    count: dict[str, int] = {}
    for r in results:
        key = r.measure_text.strip()
        if key:
            count[key] = count.get(key, 0) + 1
    return {r.id for r in results if count.get(r.measure_text.strip(), 0) > 1}


_CUT_CODE = "truncated"
# a sentence closed inside a measure: what it says up to there was said before any cut
_SENTENCE_END = re.compile(f"[{SENTENCE_STOPS}]")
_BAND_EDGE = 0.1  # a score held inside a band stays this far below its upper edge


def _within(score: float, low: float, high: float) -> float:
    """``score`` held inside ``[low, high)`` (``high`` itself when the band is the top one)."""
    top = high if high >= 100.0 else high - _BAND_EDGE
    return round(max(low, min(top, score)), 1)


def document_verdict(
    results: list[FindingResult], doc_flags: list[Flag], rubric: Rubric, into_cut: set[str]
) -> tuple[DocumentVerdict, float]:
    """The document's verdict and score: from its findings (:func:`verdict_from_findings`) when the
    rubric says how, else the mean finding score less the document flags' penalties."""
    s = rubric.scoring
    base = sum(r.score for r in results) / len(results) if results else s.empty_document_score
    doc_penalty = sum(s.document_penalty.get(fl.severity, 0.0) for fl in doc_flags)
    doc_score = round(max(0.0, min(100.0, base - doc_penalty)), 1)
    if rubric.document_verdict is not None and results:
        return verdict_from_findings(results, doc_flags, rubric, into_cut)
    return verdict_for(doc_score, rubric), doc_score


def rescore(review: Review, text: str, added: dict[str, list[FlagHit]], rubric: Rubric, lang: str) -> Review:
    """``review`` with the flags ``added`` to its findings (by id), scored again as
    :func:`score_review` scores: each finding's score (never above what it had: the criteria and caps
    stand), verdict and reasons, the document's score and verdict, the summary's counts. ``text`` is
    the document's text, where the new flags' evidence stands."""
    results: list[FindingResult] = []
    for r in review.findings:
        hits = added.get(r.id)
        if not hits:
            results.append(r)
            continue
        new = to_flags(hits, rubric, review.document.kind, lang, text, r.title, about=r.finding_text)
        flags = sorted([*r.flags, *new], key=lambda f: (f.start, f.code))
        fa = FindingAnalysis(finding_index=0, criteria=r.criteria, responsiveness=r.responsiveness)
        score = min(r.score, finding_score(fa, flags, rubric))
        verdict = verdict_for(score, rubric)
        weighty = any(fl.severity in ("error", "warning") for fl in flags)
        reasons = [] if verdict == "pass" or weighty else r.reasons
        results.append(r.model_copy(update={"flags": flags, "score": score, "verdict": verdict, "reasons": reasons}))
    if results == review.findings:
        return review
    doc_flags = review.document_flags
    cut = next((fl for fl in doc_flags if fl.code == _CUT_CODE), None)
    into_cut = set()
    for r in results:
        at = text.find(r.measure_text, r.start, max(r.end, r.start + len(r.measure_text))) if r.measure_text else -1
        if cut is not None and at >= 0 and at + len(r.measure_text) >= cut.start:
            into_cut.add(r.id)
    doc_verdict, doc_score = document_verdict(results, doc_flags, rubric, into_cut)
    counts = Counter(fl.code for r in results for fl in r.flags) + Counter(fl.code for fl in doc_flags)
    verdicts = Counter(r.verdict for r in results)
    unreadable = review.summary.verdict == "unreviewed"
    summary = review.summary.model_copy(update={
        "pass_": verdicts.get("pass", 0), "warn": verdicts.get("warn", 0), "fail": verdicts.get("fail", 0),
        "score": None if unreadable else doc_score, "verdict": "unreviewed" if unreadable else doc_verdict,
        "flags": dict(sorted(counts.items())),
    })  # fmt: skip
    return review.model_copy(update={"findings": results, "summary": summary})


def score_review(report: Report, analysis: Analysis, rubric: Rubric, *, backend: str, lang: str) -> Review:
    """The contract's Review for one document."""
    by_index = {fa.finding_index: fa for fa in analysis.findings}
    text = report.text or None
    results: list[FindingResult] = []
    counts: Counter[str] = Counter()
    for i, f in enumerate(report.findings, 1):
        fa = by_index.get(f.index) or FindingAnalysis(finding_index=f.index)
        flags = to_flags(fa.hits, rubric, report.kind, lang, text, f.title, about=f.finding_text)
        score = finding_score(fa, flags, rubric)
        verdict = verdict_for(score, rubric)
        counts.update(fl.code for fl in flags)
        results.append(
            FindingResult(
                id=f"F{i}",
                title=f.title,
                finding_text=f.finding_text,
                measure_text=f.measure.text if f.measure is not None else "",
                measures=[m.text for m in f.measures],
                # the layout's fields, else what the item's text names (checker.analyse.accountable)
                deadline=f.deadline.text if f.deadline is not None else fa.deadline,
                owners=fa.owners or [o.text for o in f.owners],
                responsiveness=max(0, min(3, fa.responsiveness)),
                score=score,
                verdict=verdict,
                flags=flags,
                reasons=reasons_for(f, fa, flags, verdict, rubric, lang),
                group=f.group,
                status=f.status.text if f.status is not None else None,
                start=f.span.start,
                end=f.span.end,
                criteria=fa.criteria,
                rationale=fa.rationale,
                disagreements=fa.disagreements,
            )
        )
    doc_flags = to_flags(analysis.document_hits, rubric, report.kind, lang, text)
    counts.update(fl.code for fl in doc_flags)
    cut = next((fl for fl in doc_flags if fl.code == _CUT_CODE), None)
    # a measure that runs into the cut was lost with it, however it begins (现将整改情况…)
    into_cut = {
        r.id for r, f in zip(results, report.findings, strict=True)
        if cut is not None and f.measure is not None and f.measure.end >= cut.start
    }
    doc_verdict, doc_score = document_verdict(results, doc_flags, rubric, into_cut)
    verdicts = Counter(r.verdict for r in results)
    notes = []
    if report.kind == "work_report" and results and not any(r.measure_text.strip() for r in results):
        # A work report states problems by nature: one note that measures are due, instead of
        # reading its silence as ten separate failures.
        notes.append(rubric.note_for("measures_due", lang, {"count": len(results)}))
    aimed = instruction_spans(report.text, report.view) if "instructions_found" in rubric.notes else []
    if aimed:
        # Text written for a model, not for readers, is a defect of the draft whatever the backend.
        quote = truncate(report.text[aimed[0][0] : aimed[0][1]], 40)
        notes.append(rubric.note_for("instructions_found", lang, {"count": len(aimed), "quote": quote}))
    unreadable = any(fl.code == "unsegmented" for fl in doc_flags)
    summary = Summary(
        findings=len(results),
        **{"pass": verdicts.get("pass", 0)},
        warn=verdicts.get("warn", 0),
        fail=verdicts.get("fail", 0),
        # A reading too uncertain to stand on is never scored: a person must read the draft.
        score=None if unreadable else doc_score,
        verdict="unreviewed" if unreadable else doc_verdict,
        flags=dict(sorted(counts.items())),
        notes=notes,
    )
    return Review(
        document=DocumentInfo(
            path=report.path, title=report.title, kind=report.kind, chars=report.chars,
            format=report.format, encoding=report.encoding, layout=report.layout,
            segmentation=report.segmentation,
        ),
        rubric=RubricRef(id=rubric.id, version=rubric.version),
        backend=backend,
        findings=results,
        document_flags=doc_flags,
        summary=summary,
    )
