"""The model's reading of a report the rules could not read with confidence (llm and hybrid backends).

When the rules' reading would carry ``unsegmented`` (:func:`reading_unsure`), the model is asked
for the outline as exact quotes (``prompts/segment*.txt``, answer :class:`OutlineAnswer`, sent as
``json_schema`` by the judge's :class:`ChatClient`: the same format fallbacks, retries, cache and
usage). Each window of the text (:func:`reading_windows`) is checked in code
(:func:`validate_outline`); a window that fails is sent back once with the exact errors. Any window
still failing, an endpoint failure, or an outline without findings leaves the rules' reading in
place, ``unsegmented`` included, with a note saying why. A document the rules read with confidence
sends nothing.
"""

from __future__ import annotations

import secrets
from collections import Counter
from collections.abc import Mapping
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from langchain_core.prompts import ChatPromptTemplate, PromptTemplate
from pydantic import ValidationError

from checker.errors import BackendError
from checker.judge.cache import AnswerCache, cache_key
from checker.judge.client import ChatClient, Tally, run_client
from checker.judge.prompt import NONCE_MASK, hash_templates, load_templates, neutralise, prompts_dir
from checker.judge.settings import load_settings
from checker.segment.model_reading import merge_windows, reading_unsure, reading_windows, report_from_outline
from checker.segment.outline import OUTLINE_SCHEMA_VERSION, Located, OutlineAnswer, validate_outline
from checker.segment.quotes import QuoteIndex
from checker.segment.spans import iter_spans

if TYPE_CHECKING:
    from checker.models import DocumentKind, Report
    from checker.options import ReviewOptions
    from checker.rubric import Rubric

TEMPLATE_NAMES = ("segment", "segment_user", "segment_reask")
SCHEMA_NAME = "report_outline"
_MAX_ERRORS_SHOWN = 3


def templates() -> dict[str, str]:
    return load_templates(prompts_dir(), TEMPLATE_NAMES)


def reading_prompt_hash() -> str:
    return hash_templates(templates())


def render_window(text: str, part: int, parts: int, nonce: str | None = None) -> tuple[list[dict], list[dict], int]:
    """Messages asking for the outline of ``text`` (one window), the same with the nonce masked
    (for the cache key), and how many instruction-like passages were neutralised."""
    nonce = nonce or secrets.token_hex(8)
    safe, removed = neutralise(text)
    tpl = templates()
    chat = ChatPromptTemplate.from_messages([("system", tpl["segment"]), ("human", tpl["segment_user"])])
    label = f"（第{part}部分，共{parts}部分）" if parts > 1 else ""
    role = {"system": "system", "human": "user"}
    messages = [
        {"role": role[m.type], "content": str(m.content)}
        for m in chat.format_messages(document_text=safe, nonce=nonce, part=label)
    ]
    masked = [{**m, "content": m["content"].replace(nonce, NONCE_MASK)} for m in messages]
    return messages, masked, len(removed)


def reask_errors(errors: list[str]) -> str:
    return PromptTemplate.from_template(templates()["segment_reask"]).format(
        errors="\n".join(f"- {e}" for e in errors)
    )


@dataclass
class WindowResult:
    located: list[Located] = field(default_factory=list)
    kind: str = "unknown"
    errors: list[str] = field(default_factory=list)
    cached: bool = False
    neutralised: int = 0


@dataclass
class ReadingOutcome:
    """Which reading the review uses, the rules' one beside it, and what asking cost."""

    report: Report
    rules: Report
    asked: bool = False
    tally: Tally = field(default_factory=Tally)
    cached: int = 0
    notes: list[str] = field(default_factory=list)
    client: ChatClient | None = None

    @property
    def source(self) -> str:
        return self.report.segmentation.source


@dataclass
class Reader:
    client: ChatClient
    cache: AnswerCache
    index: QuoteIndex
    prompt_hash: str

    def _key(self, masked: list[dict]) -> str:
        s = self.client.settings
        return cache_key([OUTLINE_SCHEMA_VERSION, s.endpoint, s.model, self.prompt_hash, masked])

    def _ask(self, messages: list[dict], tally: Tally) -> OutlineAnswer:
        answer, _ = self.client.ask(messages, OutlineAnswer, name=SCHEMA_NAME, tally=tally)
        return answer

    def read(self, lo: int, hi: int, part: int, parts: int, tally: Tally) -> WindowResult:
        """One window's outline; what asking cost is counted into ``tally`` even when it fails."""
        messages, masked, neutralised = render_window(self.index.text[lo:hi], part, parts)
        key = self._key(masked)
        entry = self.cache.get(key)
        if entry is not None:
            try:
                answer = OutlineAnswer.model_validate(entry["answer"])
                located, errors = validate_outline(self.index, answer, lo, hi)
                if not errors:
                    return WindowResult(located, answer.kind, cached=True, neutralised=neutralised)
            except ValidationError:
                pass  # an entry of an older shape: ask again
        answer = self._ask(messages, tally)
        located, errors = validate_outline(self.index, answer, lo, hi)
        if errors:  # once more, with the exact errors
            retry = [
                *messages,
                {"role": "assistant", "content": answer.model_dump_json()},
                {"role": "user", "content": reask_errors(errors)},
            ]
            answer = self._ask(retry, tally)
            located, errors = validate_outline(self.index, answer, lo, hi)
        if errors:
            return WindowResult(errors=errors, neutralised=neutralised)
        self.cache.put(key, answer.model_dump(mode="json"), tally.as_dict(), self.client.settings.model)
        return WindowResult(located, answer.kind, neutralised=neutralised)


def _note(lang: str, zh: str, en: str) -> str:
    return zh if lang == "zh" else en


def _kind(results: list[WindowResult]) -> DocumentKind:
    known = Counter(r.kind for r in results if r.kind != "unknown")
    return known.most_common(1)[0][0] if known else "unknown"  # type: ignore[return-value]


def read_if_unsure(
    report: Report,
    rubric: Rubric,
    options: ReviewOptions,
    config: Mapping[str, Any] | None = None,
    force: bool = False,
) -> ReadingOutcome:
    """The reading the review should use: the rules' when they are sure (nothing is sent), else the
    model's when it validates, else the rules' with a note (``force`` asks even when they are sure)."""
    outcome = ReadingOutcome(report=report, rules=report)
    if not force and not reading_unsure(report, rubric):
        return outcome
    settings = load_settings(options.model, config)
    reader = Reader(
        client=run_client(options.shared, settings),
        cache=AnswerCache(settings.cache_dir, enabled=options.use_cache),
        index=QuoteIndex(report.text),
        prompt_hash=reading_prompt_hash(),
    )
    outcome.asked, outcome.client = True, reader.client
    lang = options.lang
    windows = reading_windows(report.text)
    results: list[WindowResult] = []
    failure: BackendError | None = None
    tallies = [Tally() for _ in windows]
    jobs = max(1, min(options.jobs or 4, len(windows)))
    with ThreadPoolExecutor(max_workers=jobs, thread_name_prefix="read") as pool:
        futures = [
            pool.submit(reader.read, lo, hi, i, len(windows), tallies[i - 1])
            for i, (lo, hi) in enumerate(windows, 1)
        ]
        for future in futures:
            try:
                results.append(future.result())
            except BackendError as exc:
                failure = failure or exc
    for t in tallies:
        outcome.tally.add(t)
    outcome.cached = sum(r.cached for r in results)
    neutralised = sum(r.neutralised for r in results)
    if neutralised:
        outcome.notes.append(
            _note(lang, f"结构阅读：报告文本中 {neutralised} 处疑似针对模型的指令已屏蔽",
                  f"reading: {neutralised} instruction-like passage(s) aimed at the model neutralised")
        )
    wrong = [e for r in results for e in r.errors]
    fallback = None
    if failure is not None:
        fallback = _note(lang, f"模型结构阅读失败（{failure}）", f"the model's reading failed ({failure})")
    elif wrong:
        shown = "；".join(wrong[:_MAX_ERRORS_SHOWN]) + ("…" if len(wrong) > _MAX_ERRORS_SHOWN else "")
        fallback = _note(lang, f"模型给出的结构未通过原文核对（{shown}）",
                         f"the model's outline failed the check against the text ({shown})")
    else:
        located = merge_windows([r.located for r in results])
        if not located:
            fallback = _note(lang, "模型未读出任何问题", "the model found no finding")
        else:
            candidate = report_from_outline(rubric.reading_vocabulary(), report, located, _kind(results))
            if all(0 <= s.start <= s.end <= len(candidate.text) for _, s in iter_spans(candidate)):
                outcome.report = candidate
                outcome.notes.append(
                    _note(lang, f"规则阅读可信度不足，采用模型的结构阅读（{len(located)} 个问题，已逐条核对原文）",
                          f"the rules' reading was unsure; the model's outline was used ({len(located)} "
                          "finding(s), every quote checked against the text)")
                )
                return outcome
            fallback = _note(lang, "模型结构无法还原为原文片段", "the model's outline did not map onto the text")
    outcome.notes.append(
        fallback + _note(lang, "，沿用规则阅读", "; the rules' reading is kept")
    )
    return outcome

