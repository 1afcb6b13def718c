"""Rubrics for people: ``rectcheck explain`` (ruff-style: what a flag does, why it matters, its
severity, an example that fires and one that does not — for the review's flags and for those of
``rectcheck trace``, from the trace rules), ``rectcheck rubric list``, and docs/rules.md, generated
from the rubric files (``python -m checker.renderers.explain``)."""

from __future__ import annotations

import io
import sys
from pathlib import Path

from checker.crossdoc.trace_rules import TraceRules, load_trace_rules, trace_versions
from checker.errors import RubricError
from checker.renderers.common import colon
from checker.renderers.rubric_view import with_params
from checker.rubric import (
    DOCUMENT_KINDS,
    FlagRule,
    Rubric,
    example_note,
    find_flag,
    flag_name_key,
    list_rubrics,
)

_EXPLAIN_LABELS = {
    "zh": {"what": "作用", "why": "为什么重要", "severity": "严重程度", "fire": "会触发的例子",
           "quiet": "不会触发的例子", "note": "说明", "off": "关闭", "default": "默认", "params": "参数",
           "name": "名称", "ask": "追问", "others": "一起评审的另一份文档", "plan": "整改方案",
           "report": "整改报告", "command": "由 rectcheck trace 方案 报告 给出"},
    "en": {"what": "What it does", "why": "Why it matters", "severity": "Severity", "fire": "Example that fires",
           "quiet": "Example that does not fire", "note": "Note", "off": "off", "default": "default",
           "params": "Parameters", "name": "name", "ask": "Question to send back",
           "others": "Another document reviewed with it", "plan": "Plan", "report": "Report",
           "command": "raised by rectcheck trace PLAN REPORT"},
}


def _severity_line(rule: FlagRule, lang: str) -> str:
    lab = _EXPLAIN_LABELS[lang]
    parts = [f"{lab['default']}{colon(lang)}{rule.severity['default']}"]
    parts += [f"{k}: {v}" for k, v in rule.severity.items() if k != "default"]
    return ", ".join(parts) + ("" if rule.enabled else f" ({lab['off']})")


def list_flags(r: Rubric, lang: str) -> str:
    """Every flag a line: code, name in ``lang`` and its severity in each document kind."""
    from rich.console import Console
    from rich.table import Table

    lang = "en" if lang == "en" else "zh"
    table = Table(box=None, pad_edge=False, show_edge=False, title=f"{r.ref}", title_justify="left")
    table.add_column("code", no_wrap=True)
    table.add_column(_EXPLAIN_LABELS[lang]["name"], no_wrap=True)
    for kind in DOCUMENT_KINDS:
        table.add_column(kind, no_wrap=True)
    for code, rule in r.flags.items():
        per_kind = [rule.severity.get(kind, rule.severity["default"]) if rule.enabled else "off" for kind in DOCUMENT_KINDS]
        table.add_row(code, rule.title.get(lang), *per_kind)
    out = io.StringIO()
    Console(file=out, width=200, no_color=True, highlight=False, emoji=False).print(table)
    lines = [line.rstrip() for line in out.getvalue().splitlines()]
    return "\n".join(lines) + "\n"


def _trace_code(rules: TraceRules, name: str) -> str | None:
    """The trace flag named by ``name`` (its code, or its Chinese or English title, quote marks aside),
    or None."""
    wanted = flag_name_key(name)
    for code, rule in rules.flags.items():
        if wanted in (flag_name_key(code), flag_name_key(rule.title.zh), flag_name_key(rule.title.en)):
            return code
    return None


def explain_trace_flag(rules: TraceRules, code: str, lang: str) -> str:
    """A trace flag explained as a review flag is: what, why, severity, the question to send back, and
    a plan with its report where it fires and where it does not."""
    rule = rules.flags[code]  # type: ignore[index]
    lab = _EXPLAIN_LABELS[lang]
    out = [f"{code} — {rule.title.template(lang)}  ({rules.id}@{rules.version})", "", lab["command"], "",
           f"## {lab['what']}", rule.rationale.template(lang), "", f"## {lab['severity']}", rule.severity, "",
           f"## {lab['ask']}", rule.follow_up.template(lang), ""]  # fmt: skip
    for key, fires in (("fire", True), ("quiet", False)):
        ex = next(e for e in rule.examples if e.fires == fires)
        out.append(f"## {lab[key]}")
        for part, text in (("plan", ex.plan), ("report", ex.report)):
            out.append(f"  {lab[part]}{colon(lang)}".rstrip())
            out += ["    " + line for line in text.strip().splitlines()]
        out.append("")
    return "\n".join(out).rstrip() + "\n"


def explain_flag(r: Rubric, code: str, lang: str) -> str:
    """ruff-style explanation of one flag: what, why, severity, an example that fires and one that does not.
    ``code`` may also be the flag's Chinese or English name; a flag of ``rectcheck trace`` is explained
    from the trace rules."""
    lang = "en" if lang == "en" else "zh"
    try:
        code = find_flag(r, code)
    except RubricError as exc:
        rules = load_trace_rules()
        traced = _trace_code(rules, code)
        if traced is None:
            known = ", ".join(f"{c} ({rule.title.zh})" for c, rule in rules.flags.items())
            raise RubricError(f"{str(exc).removesuffix(')')}, {known})") from None
        return explain_trace_flag(rules, traced, lang)
    rule = r.flags[code]
    lang = "en" if lang == "en" else "zh"
    lab = _EXPLAIN_LABELS[lang]
    out = [f"{code} — {rule.title.get(lang)}  ({r.ref})", "", f"## {lab['what']}",
           with_params(rule.rationale.get(lang), rule.params), ""]  # fmt: skip
    out += [f"## {lab['severity']}", _severity_line(rule, lang), ""]
    if rule.follow_up is not None:
        out += [f"## {lab['ask']}", rule.follow_up.get(lang), ""]
    for key, ex in (("fire", rule.examples.fire[0]), ("quiet", rule.examples.quiet[0])):
        out.append(f"## {lab[key]}")
        out += ["    " + line for line in ex.text.strip().splitlines()]
        for other in ex.others:
            out.append(f"  {lab['others']}{colon(lang)}".rstrip())
            out += ["    " + line for line in other.strip().splitlines()]
        note = example_note(ex.note, lang)
        if note:
            out.append(f"{lab['note']}{colon(lang)}{note}")
        out.append("")
    return "\n".join(out).rstrip() + "\n"


def trace_markdown(rules: TraceRules) -> list[str]:
    """One trace rule file in docs/rules.md: its parameters, each flag (as a review flag is shown, with a
    plan and a report where it fires and where it does not), the notes it gives and its words."""
    out = [f"## {rules.id}@{rules.version} — rectcheck trace PLAN REPORT", "",
           "The flags of `rectcheck trace`: what a report leaves unsaid about its own plan "
           "(docs/crossdoc.md).", "", "### Parameters", ""]  # fmt: skip
    out += [f"- `{k}` = {v}" for k, v in rules.params.model_dump().items()]
    out += ["", "### Flags", "", "| code | 名称 | title | severity |", "| --- | --- | --- | --- |"]
    out += [f"| `{code}` | {rule.title.zh} | {rule.title.en} | {rule.severity} |"
            for code, rule in rules.flags.items()]  # fmt: skip
    out.append("")
    for code, rule in rules.flags.items():
        out += [f"#### `{code}` — {rule.title.zh} / {rule.title.en}", "", rule.rationale.zh, "",
                rule.rationale.en, "", f"Severity: {rule.severity}.", "",
                f"Message: {rule.message.zh} / {rule.message.en}", "",
                f"Follow-up question: {rule.follow_up.zh} / {rule.follow_up.en}", ""]  # fmt: skip
        for ex in rule.examples:
            out += [f"{'Fires on' if ex.fires else 'Quiet on'}:", "", "```text", "整改方案 / plan:",
                    ex.plan.strip(), "", "整改报告 / report:", ex.report.strip(), "```", ""]  # fmt: skip
    if rules.notes:
        out += ["### Notes", ""]
        out += [f"- `{code}`: {text.zh} / {text.en}" for code, text in rules.notes.items()]
        out.append("")
    out += ["### Words", ""]
    for name, words in rules.words.model_dump().items():
        if isinstance(words, list) and words:
            out.append(f"- `{name}`: {'、'.join(words)}")
        elif isinstance(words, dict):
            out += [f"- `{name}.{k}`: {'、'.join(v) if isinstance(v, list) else v}" for k, v in words.items()]
    out.append("")
    return out


def rules_markdown(rubrics: list[Rubric] | None = None, traces: list[TraceRules] | None = None) -> str:
    """docs/rules.md: every bundled rubric's criteria, thresholds and rules, and every trace rule file's
    flags, generated from the YAML."""
    rubrics = list_rubrics() if rubrics is None else rubrics
    traces = [load_trace_rules(v) for v in trace_versions()] if traces is None else traces
    out = ["# Rules", "", "<!-- Generated by `python -m checker.renderers.explain`; do not edit by hand. -->", ""]
    for r in rubrics:
        out += [f"## {r.ref} — {r.title}", "", r.description.strip(), ""]
        if r.changelog.strip():
            out += ["### Changelog", "", r.changelog.strip(), ""]
        out += ["### Criteria", "", "| id | weight | 标准 | criterion |", "| --- | --- | --- | --- |"]
        for c in r.criteria:
            out.append(f"| `{c.id}` | {c.weight:g} | {c.title.zh}：{c.description.zh} | {c.title.en}: {c.description.en} |")
        t, s = r.thresholds, r.scoring
        out += ["", "### Scores and verdicts", "",
                f"- verdict: score ≥ {t.pass_min:g} → pass; ≥ {t.warn_min:g} → warn; otherwise fail.",
                "- finding score = 100 × Σ weight × criterion (each 0–1) − flag penalties "
                f"({', '.join(f'{k} {v:g}' for k, v in s.penalty.items())}; at most {s.max_penalty:g}), "
                f"capped by responsiveness ({', '.join(f'{k}: {v:g}' for k, v in s.responsiveness_cap.items())}).",
                "- document score = mean finding score − document-flag penalties "
                f"({', '.join(f'{k} {v:g}' for k, v in s.document_penalty.items())}).", ""]
        out += ["### Flags", "", "| code | 名称 | title | severity |", "| --- | --- | --- | --- |"]
        for code, rule in r.flags.items():
            out.append(f"| `{code}` | {rule.title.zh} | {rule.title.en} | {_severity_line(rule, 'en')} |")
        out.append("")
        for code, rule in r.flags.items():
            out += [f"#### `{code}` — {rule.title.zh} / {rule.title.en}", "",
                    with_params(rule.rationale.zh, rule.params), "",
                    with_params(rule.rationale.en, rule.params), "",
                    f"Severity: {_severity_line(rule, 'en')}.", ""]
            if rule.params:
                out.append("Parameters: " + ", ".join(f"`{k}` = {v}" for k, v in rule.params.items()) + ".")
                out.append("")
            out += [f"Message: {rule.message.zh} / {rule.message.en}", ""]
            if rule.follow_up is not None:
                out += [f"Follow-up question: {rule.follow_up.zh} / {rule.follow_up.en}", ""]
            for key, exs in (("Fires on", rule.examples.fire), ("Quiet on", rule.examples.quiet)):
                for ex in exs:
                    both = " / ".join(dict.fromkeys(n for n in (example_note(ex.note, "zh"), example_note(ex.note, "en")) if n))
                    note = f" — {both}" if both else ""
                    kind = f" ({ex.kind})" if ex.kind else ""
                    out += [f"{key}{kind}{note}:", "", "```text", ex.text.strip(), "```", ""]
                    for other in ex.others:
                        out += ["With another document reviewed alongside:", "", "```text", other.strip(), "```", ""]
        out += ["### Lexicons", ""]
        for name, words in r.lexicons.items():
            out.append(f"- `{name}`: {'、'.join(words)}")
        out += ["", "### Patterns", ""]
        for name, pat in r.patterns.items():
            out.append(f"- `{name}`: `{pat}`")
        out.append("")
    for rules in traces:
        out += trace_markdown(rules)
    return "\n".join(out).rstrip() + "\n"


def docs_path() -> Path:
    return Path(__file__).resolve().parents[2] / "docs" / "rules.md"


def main(argv: list[str] | None = None) -> int:
    """``python -m checker.renderers.explain`` writes docs/rules.md; ``--check`` exits 1 when it is stale."""
    args = sys.argv[1:] if argv is None else argv
    text = rules_markdown()
    target = docs_path()
    if "--check" in args:
        current = target.read_text(encoding="utf-8") if target.is_file() else ""
        if current != text:
            print(f"{target}: out of date; run python -m checker.renderers.explain", file=sys.stderr)
            return 1
        return 0
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(text, encoding="utf-8")
    print(f"wrote {target}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
