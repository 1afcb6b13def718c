"""Prompt templates (Chinese, in prompts/) rendered with langchain-core for one finding.

The report text is untrusted: it sits between boundary markers carrying a per-request random
nonce, and instruction-like passages aimed at the model (忽略以上…, 评为满分, 你现在是…, ``system:``)
are replaced by a marker before rendering, with a note for the review. ``prompt_hash`` is the
sha256 of every template file, recorded with each result and part of the cache key.
"""

from __future__ import annotations

import hashlib
import os
import secrets
import sys
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from langchain_core.prompts import ChatPromptTemplate, PromptTemplate

from checker.errors import BackendError
from checker.flags import judged_codes
from checker.models import FlagHit
from checker.text.instructions import instruction_spans

if TYPE_CHECKING:
    from checker.models import Finding, Report
    from checker.rubric import Rubric

TEMPLATE_NAMES = (
    "judge_system", "judge_user", "judge_block", "judge_document", "judge_rules", "judge_format", "judge_reask",
    "judge_quotes", "judge_hybrid",
)  # fmt: skip
FINDING_HEADING = "=== {id} ==="  # opens each finding of a whole-document question (judge_document)
NEUTRALISED = "〔已屏蔽疑似指令文本〕"
NONCE_MASK = "NONCE"
MAX_FIELD_CHARS = 6000  # one finding's measures rarely exceed this; longer text is cut with a mark

KIND_LABELS = {
    "progress_report": "整改情况通报（已完成的整改）",
    "plan": "整改方案（计划采取的措施）",
    "work_report": "工作汇报（自查问题及下一步措施）",
    "unknown": "未能识别",
}


def prompts_dir() -> Path:
    """The template directory: RECTCHECK_PROMPTS_DIR, the source tree's prompts/, or the installed copy."""
    candidates = []
    if os.environ.get("RECTCHECK_PROMPTS_DIR"):
        candidates.append(Path(os.environ["RECTCHECK_PROMPTS_DIR"]))
    candidates.append(Path(__file__).resolve().parents[2] / "prompts")
    candidates.append(Path(sys.prefix) / "share" / "rectcheck" / "prompts")
    for directory in candidates:
        if (directory / "judge_system.txt").is_file():
            return directory
    raise BackendError("prompt templates not found (set RECTCHECK_PROMPTS_DIR to the prompts/ directory)")


@lru_cache(maxsize=8)
def load_templates(directory: Path, names: tuple[str, ...]) -> dict[str, str]:
    """The named prompt templates of ``directory`` (``<name>.txt``), read once."""
    return {name: (directory / f"{name}.txt").read_text(encoding="utf-8") for name in names}


def hash_templates(texts: dict[str, str]) -> str:
    """A fingerprint of a set of templates: a change to any of them changes it (and the cache key)."""
    digest = hashlib.sha256()
    for name, text in sorted(texts.items()):
        digest.update(name.encode() + b"\0" + text.encode("utf-8") + b"\0")
    return digest.hexdigest()


def templates() -> dict[str, str]:
    return load_templates(prompts_dir(), TEMPLATE_NAMES)


def prompt_hash() -> str:
    return hash_templates(templates())


@lru_cache(maxsize=4)
def _chat_template(system: str, user: str) -> ChatPromptTemplate:
    return ChatPromptTemplate.from_messages([("system", system), ("human", user)], template_format="f-string")


def neutralise(text: str) -> tuple[str, list[str]]:
    """``text`` with every sentence holding text addressed to a model (:mod:`checker.text.instructions`,
    found however it is spelt) replaced by a marker, and those sentences."""
    spans = instruction_spans(text)
    out: list[str] = []
    pos = 0
    for start, end in spans:
        out += [text[pos:start], NEUTRALISED]
        pos = end
    out.append(text[pos:])
    return "".join(out), [text[a:b].strip() for a, b in spans]


@dataclass
class RenderedPrompt:
    """Messages for one finding; ``key_messages`` mask the nonce so equal inputs share a cache key."""

    messages: list[dict[str, str]]
    key_messages: list[dict[str, str]]
    neutralised: list[str] = field(default_factory=list)


def _clip(text: str) -> str:
    return text if len(text) <= MAX_FIELD_CHARS else text[:MAX_FIELD_CHARS] + "〔以下从略〕"


def _msg(rubric_text: Any) -> str:
    """A rubric ``Messages`` value in Chinese (plain strings pass through)."""
    return str(getattr(rubric_text, "zh", rubric_text) or "")


def system_variables(rubric: Rubric, hybrid: bool = False) -> dict[str, str]:
    criteria = "\n".join(f"- {c.id}（{_msg(c.title)}）：{_msg(c.description)}" for c in rubric.criteria)
    flags = []
    for code in judged_codes():
        rule = rubric.flags.get(code)
        flags.append(f"- {code}（{_msg(rule.title)}）：{_msg(rule.rationale)}" if rule else f"- {code}")
    # The rubric id only, not its version: a version that changes only scoring keeps the same prompt,
    # so the cached answers stay valid (the judge fingerprint in the cache key covers the texts).
    return {
        "rubric_id": rubric.id,
        "criteria_block": criteria,
        "flags_block": "\n".join(flags),
        # hybrid questions carry the rules' findings; how to treat them is said once, in the shared prefix
        "hybrid_block": templates()["judge_hybrid"] if hybrid else "",
    }


def _rules_lines(hits: list[FlagHit], rubric: Rubric, guard: list[str], prefix: str = "") -> list[str]:
    lines = []
    for hit in hits:
        rule = rubric.flags.get(hit.code)
        title = _msg(rule.title) if rule else hit.code
        evidence, removed = neutralise(hit.evidence)
        guard.extend(removed)
        lines.append(f"- {prefix}{hit.code}（{title}）：“{_clip(evidence)}”")
    return lines


def _rules_block(lines: list[str]) -> str:
    body = "\n".join(lines) if lines else "- 规则引擎未发现问题标记。"
    return PromptTemplate.from_template(templates()["judge_rules"]).format(rules_evidence=body)


def _finding_block(finding: Finding, clean: Any) -> str:
    """One finding as the model reads it; a field the report does not give is left out, so each
    question carries only what it needs."""
    numbered = "".join(f"{i}. {clean(p.text)}\n" for i, p in enumerate(finding.sub_points, 1))
    given = [
        ("整改状态", finding.status.text if finding.status else None),
        ("整改时限", finding.deadline.text if finding.deadline else None),
        ("责任主体", "、".join(o.text for o in finding.owners) if finding.owners else None),
    ]
    return PromptTemplate.from_template(templates()["judge_block"]).format(
        group=f"【所属方面】{clean(finding.group)}\n" if finding.group else "",
        finding_text=clean(finding.finding_text),
        sub_points=f"【问题要点】\n{numbered}" if numbered else "",
        measure_label=clean(finding.measure_label) if finding.measure_label else "未标注",
        measure_text=clean(finding.measure.text if finding.measure else None),
        fields="".join(f"【{name}】{clean(value)}\n" for name, value in given if value),
    ).rstrip("\n")


def _cleaner(removed: list[str]) -> Any:
    def clean(text: str | None) -> str:
        if not text:
            return "（无）"
        safe, found = neutralise(text)
        removed.extend(found)
        return _clip(safe)

    return clean


def _messages(user_template: str, variables: dict[str, Any], nonce: str, removed: list[str]) -> RenderedPrompt:
    tpl = templates()
    chat = _chat_template(tpl["judge_system"], tpl[user_template])
    role = {"system": "system", "human": "user"}
    messages = [{"role": role[m.type], "content": str(m.content)} for m in chat.format_messages(**variables)]
    masked = [{**m, "content": m["content"].replace(nonce, NONCE_MASK)} for m in messages]
    return RenderedPrompt(messages=messages, key_messages=masked, neutralised=removed)


def render_finding(
    report: Report,
    finding: Finding,
    rubric: Rubric,
    rule_hits: list[FlagHit] | None = None,
    nonce: str | None = None,
) -> RenderedPrompt:
    """The system and user messages for one finding; ``rule_hits`` (hybrid) adds the rules' evidence.
    The system message is the same for every question of a run: an endpoint's prefix cache serves it."""
    nonce = nonce or secrets.token_hex(8)
    removed: list[str] = []
    clean = _cleaner(removed)
    variables = {
        **system_variables(rubric, hybrid=rule_hits is not None),
        "document_kind": KIND_LABELS.get(report.kind, report.kind),
        "nonce": nonce,
        "finding_block": _finding_block(finding, clean),
        "rules_block": "" if rule_hits is None else _rules_block(_rules_lines(rule_hits, rubric, removed)),
    }
    return _messages("judge_user", variables, nonce, removed)


def render_document(
    report: Report,
    findings: list[Finding],
    rubric: Rubric,
    rule_hits: dict[int, list[FlagHit]] | None = None,
    nonce: str | None = None,
) -> RenderedPrompt:
    """One question for several findings of a report (each opened by its id, F1 …); ``rule_hits``
    (hybrid) maps a finding's index to the rules' evidence on it."""
    nonce = nonce or secrets.token_hex(8)
    removed: list[str] = []
    clean = _cleaner(removed)
    blocks = [FINDING_HEADING.format(id=f"F{f.index}") + "\n" + _finding_block(f, clean) for f in findings]
    rules = None
    if rule_hits is not None:
        rules = [line for f in findings for line in _rules_lines(rule_hits.get(f.index, []), rubric, removed, f"F{f.index} ")]
    variables = {
        **system_variables(rubric, hybrid=rule_hits is not None),
        "document_kind": KIND_LABELS.get(report.kind, report.kind),
        "nonce": nonce,
        "count": str(len(findings)),
        "ids": "、".join(f"F{f.index}" for f in findings),
        "finding_blocks": "\n\n".join(blocks),
        "rules_block": "" if rules is None else _rules_block(rules),
    }
    return _messages("judge_document", variables, nonce, removed)


def format_instructions(schema_json: str) -> str:
    """The schema-in-the-prompt instruction for servers without ``json_schema`` response format."""
    return PromptTemplate.from_template(templates()["judge_format"]).format(schema=schema_json)


def quote_problem(problems: str) -> str:
    """The re-ask for claims whose quotes do not hold (see :func:`checker.judge.merge.check_answer`)."""
    return PromptTemplate.from_template(templates()["judge_quotes"]).format(problems=problems)


def reask_message(error: str) -> str:
    return PromptTemplate.from_template(templates()["judge_reask"]).format(error=error)
