"""Markdown for a pull-request comment: a summary table, then one collapsible block per finding.

Document text is untrusted: free text is HTML-escaped and Markdown-escaped, evidence goes in
code spans whose fence is longer than any backtick run inside it.
"""

from __future__ import annotations

import html
import re
from typing import Any

from checker.gate import flag_trips
from checker.models import Flag, Review
from checker.renderers.common import (
    backend_text,
    colon,
    flag_counts,
    in_context,
    judge_lines,
    kind_name,
    label,
    labelled,
    one_line,
    paren,
    reason_lines,
    score_text,
    truncate,
    verdict_gate_note,
    weakest_criteria,
)
from checker.renderers.rework import rework_items, rework_label
from checker.renderers.rubric_view import flag_info, rubric_ref

VERDICT_ICON = {"pass": "✅", "warn": "⚠️", "fail": "❌", "unreviewed": "⛔"}
SEVERITY_ICON = {"error": "🔴", "warning": "🟡", "info": "🔵"}
_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+!|~>-])")


def md_escape(text: str) -> str:
    """Escape text for Markdown (and the HTML GitHub allows in it): shown literally."""
    return _MD_SPECIAL.sub(r"\\\1", html.escape(one_line(text), quote=False))


def code_span(text: str) -> str:
    """``text`` as a CommonMark code span, whatever backticks it contains."""
    text = one_line(text)
    if not text:
        return "` `"
    longest = max((len(run) for run in re.findall(r"`+", text)), default=0)
    fence = "`" * (longest + 1)
    pad = " " if text.startswith("`") or text.endswith("`") else ""
    return f"{fence}{pad}{text}{pad}{fence}"


def _flag_item(flag: Flag, finding: Any, doc_text: str | None, lang: str, rubric: Any, fail_on: str) -> str:
    info = flag_info(rubric, flag.code, lang, flag.message)
    title = f" {md_escape(info.title)}" if info.title != flag.code else ""
    gate = " **✗**" if flag_trips(flag, fail_on) else ""
    ctx = in_context(flag, doc_text, finding, width=10)
    evidence = ""
    if ctx.evidence:
        quoted = f"{md_escape(ctx.before)}{code_span(ctx.evidence)}{md_escape(ctx.after)}"
        evidence = f"<br>{labelled(lang, 'evidence')}…{quoted}…"
    ask = f"<br>{labelled(lang, 'follow_up')}{md_escape(flag.follow_up)}" if flag.follow_up else ""
    return (
        f"- {SEVERITY_ICON[flag.severity]} `{flag.code}`{title}{paren(label(lang, flag.severity), lang)}"
        f"{gate}{colon(lang)}"
        f"{md_escape(flag.message)}{evidence}{ask}"
    )


def _rework(review: Review, lang: str) -> list[str]:
    """The 需返工 list: failing findings, each with the questions to send back."""
    items = rework_items(review, lang)
    if not items:
        return []
    out = [f"**{rework_label(lang)}** ({len(items)})", ""]
    for item in items:
        f = item.finding
        head = f"{f.id} {md_escape(truncate(f.title, 60))}" if f is not None else label(lang, "whole_document")
        out.append(f"- **{head}**")
        out += [f"  - {md_escape(q)}" for q in item.questions]
    return [*out, ""]


def _render_one(review: Review, *, lang: str, rubric: Any, fail_on: str, doc_text: str | None) -> str:
    s = review.summary
    doc = review.document
    out = [
        f"### {VERDICT_ICON[s.verdict]} {md_escape(doc.title or doc.path)}",
        "",
        f"{code_span(doc.path)} · {label(lang, 'kind')} {kind_name(doc.kind, lang)} · {label(lang, 'rubric')} "
        f"`{rubric_ref(rubric, review)}` · {label(lang, 'backend')} `{backend_text(review, lang)}`",
        "",
        *[f"> {md_escape(key)}{colon(lang)}{md_escape(value)}  " for key, value in judge_lines(review, lang)],
        *([""] if review.judge is not None else []),
        *_rework(review, lang),
        f"| {label(lang, 'score')} | {label(lang, 'verdict')} | {label(lang, 'findings')} | "
        f"{label(lang, 'pass')} | {label(lang, 'warn')} | {label(lang, 'fail')} |",
        "| ---: | --- | ---: | ---: | ---: | ---: |",
        f"| **{score_text(s.score)}** | {VERDICT_ICON[s.verdict]} {label(lang, s.verdict)} | {s.findings} | "
        f"{s.pass_} | {s.warn} | {s.fail} |",
        "",
    ]
    why = verdict_gate_note(review, fail_on, lang)
    for line in ([f"> {md_escape(why)}"] if why else []) + [md_escape(n) for n in s.notes]:
        out += [line, ""]
    counts = flag_counts(review)
    if counts:
        out.append(labelled(lang, "flags") + ", ".join(f"`{code}` × {n}" for code, n in counts.items()))
        out.append("")
    if s.silenced:
        reasons = "; ".join(f"{why} {n}" for why, n in sorted(s.silenced.items(), key=lambda kv: (-kv[1], kv[0])))
        out.append(f"_{label(lang, 'silenced')} {sum(s.silenced.values())}{colon(lang)}{reasons}_")
        out.append("")
    elif s.baselined:
        out.append(f"_{labelled(lang, 'baselined')}{s.baselined}_")
        out.append("")
    if review.findings:
        out += [
            f"| ID | {label(lang, 'title')} | {label(lang, 'responsiveness')} | {label(lang, 'score')} | "
            f"{label(lang, 'verdict')} | {label(lang, 'flags')} |",
            "| --- | --- | :-: | ---: | --- | --- |",
        ]
        for f in review.findings:
            codes = ", ".join(f"`{c}`" for c in dict.fromkeys(fl.code for fl in f.flags)) or "—"
            out.append(
                f"| {f.id} | {md_escape(truncate(f.title, 40))} | {f.responsiveness}/3 | {f.score:.0f} | "
                f"{VERDICT_ICON[f.verdict]} {label(lang, f.verdict)} | {codes} |"
            )
        out.append("")
    for f in review.findings:
        if not (f.flags or f.rationale or f.disagreements or f.verdict != "pass"):
            continue
        out += [
            "<details>",
            f"<summary>{f.id} {html.escape(truncate(f.title, 60))} — {label(lang, f.verdict)} "
            f"({label(lang, 'score')} {f.score:.0f}, {len(f.flags)} {label(lang, 'flags')})</summary>",
            "",
        ]
        out += [_flag_item(flag, f, doc_text, lang, rubric, fail_on) for flag in f.flags]
        out += [f"- {labelled(lang, 'reason')}{md_escape(why)}" for why in reason_lines(f, lang)]
        weak = weakest_criteria(f, rubric, lang)
        if weak and f.verdict != "pass" and not f.reasons:
            out.append(f"- {labelled(lang, 'weakest')}" + ", ".join(md_escape(w) for w in weak))
        if f.rationale:
            out.append(f"- {labelled(lang, 'rationale')}{md_escape(one_line(f.rationale))}")
        out += [f"- {labelled(lang, 'disagreement')}{md_escape(note)}" for note in f.disagreements]
        out += ["", "</details>", ""]
    if review.document_flags:
        out += [f"**{label(lang, 'document_flags')}**", ""]
        out += [_flag_item(flag, None, doc_text, lang, rubric, fail_on) for flag in review.document_flags]
        out.append("")
    return "\n".join(out)


def render_markdown(
    reviews: list[Review], *, lang: str, rubric: Any, fail_on: str, texts: dict[str, str] | None = None
) -> str:
    header = f"## rectcheck: {label(lang, 'report')}\n"
    bodies = [
        _render_one(r, lang=lang, rubric=rubric, fail_on=fail_on, doc_text=(texts or {}).get(r.document.path))
        for r in reviews
    ]
    return header + "\n" + "\n---\n\n".join(bodies)
