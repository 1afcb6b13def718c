"""The ``llm`` and ``hybrid`` backends: judge every finding with a model, merge, score.

Findings with measures are judged in parallel (``ReviewOptions.jobs``, default up to 8); a finding
with no measure needs no model (the rules' ``no_measure`` says it all). Answers come from the
on-disk cache when the same question was asked before. When the endpoint fails, ``llm`` raises
BackendError (exit 3) and ``hybrid`` keeps the rules' result for the findings concerned and says
so in ``review.judge``.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Mapping
from concurrent.futures import ThreadPoolExecutor, as_completed
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from pydantic import ValidationError

from checker.errors import BackendError
from checker.judge.cache import AnswerCache, cache_key
from checker.judge.client import ChatClient, Tally, run_client
from checker.judge.merge import check_answer, indiscriminate, merge_finding
from checker.judge.prompt import prompt_hash, quote_problem, render_document, render_finding
from checker.judge.schema import (
    SCHEMA_VERSION,
    DocumentJudgement,
    FindingJudgement,
    document_model,
    judgement_model,
)
from checker.judge.settings import JudgeSettings, load_settings
from checker.models import Analysis, FindingAnalysis, JudgeInfo, Review, Usage

if TYPE_CHECKING:
    from checker.judge.segment_model import ReadingOutcome
    from checker.models import Finding, Report
    from checker.options import ReviewOptions
    from checker.rubric import Rubric

DEFAULT_JOBS = 8
PER_QUESTION = 12  # findings asked in one question when asking per document: answers stay short enough
GATE_MARGIN = 0.1  # a finding held below the pass mark stays this far under it


@dataclass
class Outcome:
    """One finding's answer and what it cost."""

    answer: FindingJudgement
    tally: Tally = field(default_factory=Tally)
    cached: bool = False
    guarded: list[str] = field(default_factory=list)  # passages neutralised as aimed at the model

    @property
    def neutralised(self) -> int:
        return len(self.guarded)


@dataclass
class Judge:
    """Everything one review run shares across its findings."""

    report: Report
    rubric: Rubric
    settings: JudgeSettings
    client: ChatClient
    cache: AnswerCache
    hybrid: bool
    prompt_hash: str
    failed: Tally = field(default_factory=Tally)  # what the questions that got no answer cost
    sent: Tally = field(default_factory=Tally)  # every request sent, answered or not
    stray: list[str] = field(default_factory=list)  # answers for findings not asked about, dropped
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def _key(self, key_messages: list[dict[str, str]], shape: str) -> str:
        return cache_key(
            [
                SCHEMA_VERSION + shape,
                self.settings.endpoint,
                self.settings.model,
                self.rubric.id,
                self.rubric.judge_fingerprint(),
                self.prompt_hash,
                key_messages,
            ]
        )

    def _ask(self, messages: list[dict[str, str]], model: Any, check: Callable[[Any], str | None]) -> tuple[Any, Tally]:
        tally = Tally()
        try:
            answer, _ = self.client.ask(messages, model, tally=tally, check=check)
        except BackendError:
            with self._lock:
                self.failed.add(tally)
                self.sent.add(tally)
            raise
        with self._lock:
            self.sent.add(tally)
        return answer, tally

    def judge(self, finding: Finding, rules: FindingAnalysis | None) -> dict[int, Outcome]:
        """One question about one finding."""
        model = judgement_model(tuple(c.id for c in self.rubric.criteria))
        rendered = render_finding(
            self.report,
            finding,
            self.rubric,
            rule_hits=(rules.hits if rules else []) if self.hybrid else None,
        )
        key = self._key(rendered.key_messages, "")
        entry = self.cache.get(key)
        if entry is not None:
            try:
                answer = model.model_validate(entry["answer"])
                return {finding.index: Outcome(answer=answer, cached=True, guarded=rendered.neutralised)}
            except (ValidationError, RecursionError):  # an older answer shape, or a hostile entry
                self.cache.drop(key)

        def check(answer: FindingJudgement) -> str | None:
            problem = check_answer(self.report, finding, answer, rendered.neutralised).problem
            return quote_problem(problem) if problem else None

        answer, tally = self._ask(rendered.messages, model, check)
        self.cache.put(
            key, answer.model_dump(mode="json", by_alias=True), tally.as_dict(), self.settings.model
        )
        return {finding.index: Outcome(answer=answer, tally=tally, guarded=rendered.neutralised)}

    def judge_together(self, findings: list[Finding], rules: dict[int, FindingAnalysis]) -> dict[int, Outcome]:
        """One question about several findings (``per = document``). An answer that still judges
        findings not asked about after the re-ask is not used at all (BackendError: those findings
        keep the rules' result in hybrid); a finding the answer leaves out gets no outcome."""
        model = document_model(tuple(c.id for c in self.rubric.criteria))
        hits = {f.index: (rules[f.index].hits if f.index in rules else []) for f in findings} if self.hybrid else None
        rendered = render_document(self.report, findings, self.rubric, rule_hits=hits)
        by_id = {f"F{f.index}": f for f in findings}
        key = self._key(rendered.key_messages, "-document")
        answer: DocumentJudgement | None = None
        cached = False
        entry = self.cache.get(key)
        if entry is not None:
            try:
                answer, cached = model.model_validate(entry["answer"]), True
            except (ValidationError, RecursionError):
                self.cache.drop(key)

        def check(candidate: DocumentJudgement) -> str | None:
            ids = [fid for fid, _ in candidate.entries()]
            lines = [f"- {fid}：报告中没有这个编号的问题" for fid in ids if fid not in by_id]
            lines += [f"- {fid}：重复回答" for fid in sorted({i for i in ids if ids.count(i) > 1})]
            lines += [f"- {fid}：没有回答" for fid in by_id if fid not in ids]
            for fid, judgement in candidate.entries():
                if fid in by_id:
                    problem = check_answer(self.report, by_id[fid], judgement, rendered.neutralised).problem
                    lines += [f"{fid} {line}" for line in (problem or "").splitlines()]
            return quote_problem("\n".join(lines)) if lines else None

        tally = Tally()
        if answer is None:
            answer, tally = self._ask(rendered.messages, model, check)
            self.cache.put(key, answer.model_dump(mode="json", by_alias=True), tally.as_dict(), self.settings.model)
        stray = [fid or "?" for fid, _ in answer.entries() if fid not in by_id]
        if stray:
            # an answer about findings the report does not have is not an answer about this report
            with self._lock:
                self.stray.extend(stray)
            raise BackendError(
                f"LLM endpoint {self.settings.endpoint}: the answer judged findings the report does not have "
                f"({', '.join(stray)}); none of its judgements used"
            )
        outcomes: dict[int, Outcome] = {}
        for fid, judgement in answer.entries():
            finding = by_id[fid]
            if finding.index in outcomes:
                continue  # a second answer for the same finding: the first stands
            guarded = [g for g in rendered.neutralised if g in finding.span.text]
            outcomes[finding.index] = Outcome(answer=judgement, cached=cached, guarded=guarded)
        if outcomes and not cached:
            outcomes[min(outcomes)].tally = tally  # the question's cost, counted once
        return outcomes


def _note(lang: str, zh: str, en: str) -> str:
    return zh if lang == "zh" else en


def judge_review(
    report: Report,
    analysis: Analysis | Callable[[], Analysis],
    rubric: Rubric,
    options: ReviewOptions,
    config: Mapping[str, Any] | None = None,
    reading: ReadingOutcome | None = None,
) -> Review:
    """Review with a model (``options.backend`` llm or hybrid); see the module docstring. ``reading``
    is how the document was read (the model's outline, when the rules were unsure): its requests,
    tokens and notes join the review's. ``analysis`` may be given as the function that computes
    it: ``llm`` prompts do not carry the rules' evidence, so the questions go out first and the
    rules run while the answers are awaited (``hybrid`` needs the rules before it can ask)."""
    from checker.score import score_review

    settings = load_settings(options.model, config)
    hybrid = options.backend == "hybrid"
    # One client for the run (the reading's too): an endpoint found dead, or a response format found
    # refused, is known to the next question and document at once.
    client = run_client(options.shared, settings)
    if hybrid and callable(analysis):
        analysis = analysis()
    judge = Judge(
        report=report,
        rubric=rubric,
        settings=settings,
        client=client,
        cache=AnswerCache(settings.cache_dir, enabled=options.use_cache),
        hybrid=hybrid,
        prompt_hash=prompt_hash(),
    )
    rules_first = {fa.finding_index: fa for fa in analysis.findings} if not callable(analysis) and hybrid else {}
    targets = [f for f in report.findings if f.measure is not None and f.measure.text.strip()]
    outcomes: dict[int, Outcome] = {}
    failures: dict[int, BackendError] = {}
    jobs = max(1, options.jobs or min(DEFAULT_JOBS, len(targets)))
    pool = ThreadPoolExecutor(max_workers=jobs, thread_name_prefix="judge")
    rules_failed: Exception | None = None
    try:
        if settings.per == "document":
            batches = [targets[i : i + PER_QUESTION] for i in range(0, len(targets), PER_QUESTION)]
            futures = {pool.submit(judge.judge_together, b, rules_first): [f.index for f in b] for b in batches}
        else:
            futures = {pool.submit(judge.judge, f, rules_first.get(f.index)): [f.index] for f in targets}
        if callable(analysis):
            try:
                analysis = analysis()  # the rules run while the first answers are awaited
            except Exception as exc:  # this document fails; the run's client stays usable for the next
                rules_failed = exc
                for future in futures:
                    future.cancel()
        if targets and rules_failed is None:
            if options.progress is not None:
                options.progress(0, len(targets))
            done = 0
            for future in as_completed(futures):
                asked = futures[future]
                try:
                    answered = future.result()
                except BackendError as exc:
                    failures.update(dict.fromkeys(asked, exc))
                else:
                    outcomes.update(answered)
                    gap = BackendError(f"LLM endpoint {settings.endpoint}: the answer left this finding out")
                    failures.update({i: gap for i in asked if i not in answered})
                done += len(asked)
                if options.progress is not None:
                    options.progress(done, len(targets))
    except BaseException:  # Ctrl-C, SIGTERM: end the requests in flight, start no more
        client.cancel()
        pool.shutdown(wait=True, cancel_futures=True)
        raise
    pool.shutdown()
    if rules_failed is not None:
        raise rules_failed
    if failures and not hybrid:
        raise failures[min(failures)]

    assert not callable(analysis)
    rules_by_index = {fa.finding_index: fa for fa in analysis.findings}
    rules_verdicts: dict[int, str] = {}
    gate = rubric.thresholds.pass_min - GATE_MARGIN
    if hybrid:
        rules_review = score_review(report, analysis, rubric, backend="rules", lang=options.lang)
        rules_verdicts = {f.index: r.verdict for f, r in zip(report.findings, rules_review.findings, strict=True)}

    judged = sorted(outcomes)
    # each final answer's quotes checked once: for the merge and for the count of those dropped
    by_index = {f.index: f for f in report.findings}
    checks = {i: check_answer(report, by_index[i], outcomes[i].answer, outcomes[i].guarded) for i in judged}
    uniform = hybrid and indiscriminate(
        [outcomes[i].answer for i in judged], [rules_by_index.get(i) for i in judged]
    )
    merged: list[FindingAnalysis] = []
    for finding in report.findings:
        rules = rules_by_index.get(finding.index)
        outcome = outcomes.get(finding.index)
        if uniform and rules is not None:
            merged.append(rules.model_copy(update={"disagreements": [_note(
                options.lang, "模型对各问题给出完全相同的判断且多与规则不符，未采用，沿用规则结果",
                "the model gave every finding the same call, mostly unlike the rules'; not used, rules result kept",
            )]}))
            continue
        if outcome is None:
            if rules is not None:
                merged.append(rules)
            continue
        fa = merge_finding(report, finding, rules, outcome.answer, rubric, hybrid, options.lang, outcome.guarded,
                           checks[finding.index])  # fmt: skip
        if hybrid and rules is not None and rules_verdicts.get(finding.index, "pass") != "pass":
            fa.score_cap = gate  # a finding the rules did not pass is not passed on the model's word
        merged.append(fa)
    review = score_review(
        report,
        Analysis(findings=merged, document_hits=analysis.document_hits),
        rubric,
        backend=options.backend,
        lang=options.lang,
    )
    _carry_judgement(review, merged)

    notes = list(dict.fromkeys(judge.client.notes))  # the reading may share the client: one note each
    if reading is not None:
        notes = reading.notes + notes
    lang = options.lang
    for index in sorted(outcomes):
        if outcomes[index].neutralised:
            n = outcomes[index].neutralised
            notes.append(
                _note(
                    lang,
                    f"F{index}：报告文本中 {n} 处疑似针对模型的指令已屏蔽",
                    f"F{index}: {n} instruction-like passage(s) aimed at the model neutralised",
                )
            )
    if judge.stray:
        notes.append(_note(
            lang,
            f"模型回答了报告中没有的问题（{'、'.join(judge.stray)}），该次回答未采用",
            f"the model answered findings the report does not have ({', '.join(judge.stray)}); that answer not used",
        ))
    reason: str | None = None
    if uniform:
        reason = _note(
            lang,
            "模型对本文件各问题给出完全相同的判断且多与规则不符，未采用：结果同规则引擎",
            "the model gave every finding the same call, mostly unlike the rules'; not used: the result is the rules'",
        )
        notes.append(reason)
    fell_back = bool(failures) and not outcomes
    if failures:
        first = failures[min(failures)]
        ids = ", ".join(f"F{i}" for i in sorted(failures))
        reason = reason or str(first)
        notes.append(
            _note(
                lang,
                f"模型评审失败（{first}），规则引擎结果用于：{ids}",
                f"model judgement failed ({first}); rules result used for {ids}",
            )
        )

    tally = Tally()
    tally.add(judge.sent)  # every request, a failed one too
    if reading is not None:
        tally.add(reading.tally)
    review.usage = Usage(
        requests=tally.requests,
        cached=sum(1 for o in outcomes.values() if o.cached) + (reading.cached if reading is not None else 0),
        prompt_tokens=tally.prompt_tokens,
        completion_tokens=tally.completion_tokens,
        total_tokens=tally.prompt_tokens + tally.completion_tokens,
        estimated_cost_usd=settings.cost(tally.prompt_tokens, tally.completion_tokens),
    )
    review.judge = JudgeInfo(
        model=settings.model,
        endpoint=settings.endpoint,
        prompt_hash=judge.prompt_hash,
        fell_back=fell_back,
        note="; ".join(notes) or None,
        rubric=f"{rubric.id}@{rubric.version}",
        response_format=judge.client.mode,
        method="rules" if fell_back or uniform else options.backend,
        reason=reason,
        rules_used_for=[f"F{i}" for i in sorted(set(failures) | (set(outcomes) if uniform else set()))],
        failed_requests=judge.failed.requests,
        rejected_quotes=sum(len(c.rejected) for c in checks.values()),
    )
    return review


def _carry_judgement(review: Review, merged: list[FindingAnalysis]) -> None:
    """Make sure the model's rationale and the disagreements reach the published findings."""
    by_index = {fa.finding_index: fa for fa in merged}
    for position, result in enumerate(review.findings, 1):
        fa = by_index.get(position)
        if fa is None:
            continue
        if result.rationale is None:
            result.rationale = fa.rationale
        if not result.disagreements:
            result.disagreements = list(fa.disagreements)
