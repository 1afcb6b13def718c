"""Plain-terminal critique: a table of findings, then each flag with its evidence in context.

Colour only when writing to a terminal; piped output has no ANSI codes and a fixed width.
"""

from __future__ import annotations

import io
from typing import Any

from rich.console import Console
from rich.table import Table
from rich.text import Text

from checker.gate import flag_trips
from checker.models import Flag, Review
from checker.render.common import (
    all_flags,
    flag_counts,
    in_context,
    label,
    one_line,
    truncate,
    weakest_criteria,
)
from checker.render.rework import rework_items, rework_label
from checker.render.rubric_view import flag_info, rubric_ref

VERDICT_STYLE = {"pass": "bold green", "warn": "bold yellow", "fail": "bold red"}
SEVERITY_STYLE = {"error": "bold red", "warning": "yellow", "info": "cyan"}
EVIDENCE_STYLE = {"error": "bold white on red", "warning": "bold black on yellow", "info": "bold black on cyan"}
PIPED_WIDTH = 120


def _flag_lines(
    flag: Flag, finding: Any, doc_text: str | None, lang: str, rubric: Any, fail_on: str, color: bool
) -> list[Text]:
    info = flag_info(rubric, flag.code, lang, flag.message)
    head = Text("  ")
    head.append(f"[{label(lang, flag.severity)}]", style=SEVERITY_STYLE[flag.severity])
    head.append(f" {flag.code}")
    if info.title != flag.code:
        head.append(f" {info.title}", style="bold")
    if flag_trips(flag, fail_on):
        head.append(" ✗", style="bold red")
    lines = [head, Text("    " + one_line(flag.message))]
    ctx = in_context(flag, doc_text, finding)
    if ctx.evidence:
        ev = Text("    ")
        ev.append(f"{label(lang, 'evidence')}: …{one_line(ctx.before)}", style="dim")
        # Without colour the evidence still has to stand out from its context: bracket it.
        open_mark, close_mark = ("", "") if color else ("⟦", "⟧")
        ev.append(f"{open_mark}{one_line(ctx.evidence)}{close_mark}", style=EVIDENCE_STYLE[flag.severity])
        ev.append(f"{one_line(ctx.after)}…", style="dim")
        lines.append(ev)
    if flag.follow_up:
        lines.append(Text(f"    {label(lang, 'follow_up')}: {flag.follow_up}", style="italic"))
    return lines


def _rework_lines(review: Review, lang: str) -> list[Text]:
    """The 需返工 list: failing findings, each with the questions to send back."""
    items = rework_items(review, lang)
    if not items:
        return []
    lines = [Text(f"{rework_label(lang)} ({len(items)})", style="bold red")]
    for item in items:
        f = item.finding
        head = f"{f.id} {truncate(f.title, 70)}" if f is not None else label(lang, "whole_document")
        lines.append(Text(f"  {head}", style="bold"))
        lines += [Text(f"    - {q}") for q in item.questions]
    return lines


def _render_one(console: Console, review: Review, *, lang: str, rubric: Any, fail_on: str, doc_text: str | None) -> None:
    doc = review.document
    heading = Text(f"{doc.path}", style="bold")
    if doc.title:
        heading.append(f"  {one_line(doc.title)}")
    console.print(heading)
    console.print(
        Text(
            f"{label(lang, 'kind')}: {doc.kind} · {label(lang, 'rubric')}: {rubric_ref(rubric, review)}"
            f" · {label(lang, 'backend')}: {review.backend}",
            style="dim",
        )
    )
    rework = _rework_lines(review, lang)
    if rework:
        console.print()
        for rline in rework:
            console.print(rline)
        console.print()
    if review.findings:
        table = Table(show_lines=False, pad_edge=False, expand=False)
        table.add_column("ID", no_wrap=True)
        table.add_column(label(lang, "title"), max_width=44, overflow="ellipsis", no_wrap=True)
        table.add_column(label(lang, "responsiveness"), justify="right")
        table.add_column(label(lang, "score"), justify="right")
        table.add_column(label(lang, "verdict"))
        table.add_column(label(lang, "flags"))
        for f in review.findings:
            table.add_row(
                f.id,
                truncate(f.title, 44),
                f"{f.responsiveness}/3",
                f"{f.score:.0f}",
                Text(label(lang, f.verdict), style=VERDICT_STYLE[f.verdict]),
                ", ".join(dict.fromkeys(fl.code for fl in f.flags)) or "—",
            )
        console.print(table)
    else:
        console.print(Text(label(lang, "no_findings"), style="dim"))
    for f in review.findings:
        if not (f.flags or f.rationale or f.disagreements or f.verdict != "pass"):
            continue
        console.print()
        title = Text(f"{f.id} ", style="bold")
        title.append(truncate(f.title, 80), style="bold")
        title.append(f"  {f.score:.0f} ")
        title.append(label(lang, f.verdict), style=VERDICT_STYLE[f.verdict])
        console.print(title)
        for flag in f.flags:
            for line in _flag_lines(flag, f, doc_text, lang, rubric, fail_on, console.is_terminal):
                console.print(line)
        weak = weakest_criteria(f, rubric, lang)
        if weak and f.verdict != "pass":
            console.print(Text(f"  {label(lang, 'weakest')}: " + ", ".join(weak), style="dim"))
        if f.rationale:
            console.print(Text(f"  {label(lang, 'rationale')}: {one_line(f.rationale)}", style="italic"))
        for note in f.disagreements:
            console.print(Text(f"  {label(lang, 'disagreement')}: {note}", style="magenta"))
    if review.document_flags:
        console.print()
        console.print(Text(label(lang, "document_flags"), style="bold"))
        for flag in review.document_flags:
            for line in _flag_lines(flag, None, doc_text, lang, rubric, fail_on, console.is_terminal):
                console.print(line)
    if review.judge is not None:
        j = review.judge
        judge_line = f"{label(lang, 'judge')}: {j.model} @ {j.endpoint}"
        if review.usage is not None:
            u = review.usage
            judge_line += f" · {label(lang, 'usage')}: {u.requests} req, {u.cached} cached, {u.total_tokens} tokens"
            if u.estimated_cost_usd is not None:
                judge_line += f", ~${u.estimated_cost_usd:.4f}"
        console.print()
        console.print(Text(judge_line, style="dim"))
        if j.fell_back or j.note:
            console.print(Text(one_line(j.note or label(lang, "fell_back")), style="yellow"))
    console.print()
    s = review.summary
    line = Text(f"{label(lang, 'summary')}: {label(lang, 'score')} {s.score:.1f} ")
    line.append(label(lang, s.verdict), style=VERDICT_STYLE[s.verdict])
    line.append(
        f" · {s.findings} {label(lang, 'findings')} ({label(lang, 'pass')} {s.pass_},"
        f" {label(lang, 'warn')} {s.warn}, {label(lang, 'fail')} {s.fail})"
    )
    counts = flag_counts(review)
    if counts:
        line.append(" · " + ", ".join(f"{code} {n}" for code, n in counts.items()))
    if s.baselined:
        line.append(f" · {label(lang, 'baselined')} {s.baselined}", style="dim")
    tripping = sum(1 for _, fl in all_flags(review) if flag_trips(fl, fail_on))
    if tripping:
        line.append(f" · {label(lang, 'gate_fails')} (--fail-on {fail_on}: {tripping})", style="bold red")
    console.print(line)


def render_text(
    reviews: list[Review],
    *,
    lang: str,
    rubric: Any,
    fail_on: str,
    texts: dict[str, str] | None = None,
    color: bool = False,
    width: int | None = None,
) -> str:
    buffer = io.StringIO()
    console = Console(
        file=buffer,
        force_terminal=color,
        no_color=not color,
        width=width or PIPED_WIDTH,
        highlight=False,
        emoji=False,
        soft_wrap=False,
    )
    for i, review in enumerate(reviews):
        if i:
            console.rule()
        _render_one(
            console, review, lang=lang, rubric=rubric, fail_on=fail_on, doc_text=(texts or {}).get(review.document.path)
        )
    return buffer.getvalue()
