"""Plain-terminal critique: a table of findings, then each flag with its evidence in context.

Colour only when writing to a terminal; piped output has no ANSI codes and a fixed width.
Every line fits the width: the table narrows its title column first, and long lines wrap under
a hanging indent (Chinese text has no spaces, so it is folded at any character).
"""

from __future__ import annotations

import io
from typing import Any

from rich.cells import cell_len
from rich.console import Console
from rich.containers import Renderables
from rich.measure import Measurement
from rich.table import Table
from rich.text import Text

from checker.gate import RunOutcome, flag_trips
from checker.models import Flag, Review
from checker.renderers.common import (
    all_flags,
    backend_text,
    colon,
    flag_counts,
    in_context,
    judge_lines,
    kind_name,
    label,
    labelled,
    method_used,
    one_line,
    outcome_text,
    reason_lines,
    score_text,
    truncate,
    verdict_gate_note,
    weakest_criteria,
)
from checker.renderers.linebreak import block, break_offsets, wrapped
from checker.renderers.rework import rework_items, rework_label
from checker.renderers.rubric_view import flag_info, rubric_ref

VERDICT_STYLE = {"pass": "bold green", "warn": "bold yellow", "fail": "bold red", "unreviewed": "bold red"}
SEVERITY_STYLE = {"error": "bold red", "warning": "yellow", "info": "cyan"}
EVIDENCE_STYLE = {"error": "bold white on red", "warning": "bold black on yellow", "info": "bold black on cyan"}
PIPED_WIDTH = 120
TITLE_WIDTH = 44  # the title column's width when the terminal is wide enough (120 columns and more)
MIN_TITLE_WIDTH = 12


def _hang(text: Text, indent: int, first: Text | None = None) -> Table | Renderables:
    """``text`` after ``indent`` spaces (or after ``first``), wrapped lines aligned under its start."""
    if first is None and indent == 0:
        return block(text)
    grid = Table.grid(padding=0)
    grid.add_column(no_wrap=True, min_width=indent)
    grid.add_column(overflow="fold", ratio=1)
    grid.add_row(first if first is not None else Text(" " * indent), wrapped(text))
    return grid


def _folded(first: Text, text: Text, width: int) -> list[Text]:
    """``first`` then ``text`` cut every ``width`` cells (document text has no spaces to break at),
    continuation lines indented to where ``text`` starts."""
    indent = first.cell_len
    room = max(width - indent, 10)
    cuts = break_offsets(text.plain, room)
    if cuts and len(text.plain) - cuts[-1] < 2 and cuts[-1] - 1 > (cuts[-2] if len(cuts) > 1 else 0):
        cuts[-1] -= 1  # never a closing "…" alone on its line: take the character before it along
    lines = []
    for n, part in enumerate(text.divide(cuts)):
        lines.append(Text.assemble(first if n == 0 else " " * indent, part))
    return lines


def _flag_lines(
    flag: Flag, finding: Any, doc_text: str | None, lang: str, rubric: Any, fail_on: str, color: bool, width: int
) -> list[Any]:
    info = flag_info(rubric, flag.code, lang, flag.message)
    head = Text()
    head.append(f"[{label(lang, flag.severity)}]", style=SEVERITY_STYLE[flag.severity])
    head.append(f" {flag.code}")
    if info.title != flag.code:
        head.append(f" {info.title}", style="bold")
    if flag_trips(flag, fail_on):
        head.append(" ✗", style="bold red")
    lines: list[Any] = [_hang(head, 2), _hang(Text(one_line(flag.message)), 4)]
    ctx = in_context(flag, doc_text, finding)
    if ctx.evidence:
        # No blank between the label and the quote: the quote starts on the label's line and
        # every wrapped line is indented under it.
        ev = Text(f"…{ctx.before}", style="dim")
        # Without colour the evidence still has to stand out from its context: bracket it.
        open_mark, close_mark = ("", "") if color else ("⟦", "⟧")
        ev.append(f"{open_mark}{ctx.evidence}{close_mark}", style=EVIDENCE_STYLE[flag.severity])
        ev.append(f"{ctx.after}…", style="dim")
        lines.extend(_folded(Text(f"    {labelled(lang, 'evidence')}", style="dim"), ev, width))
    if flag.follow_up:
        ask = Text(f"    {labelled(lang, 'follow_up')}", style="italic")
        lines.append(_hang(Text(one_line(flag.follow_up), style="italic"), 0, ask))
    return lines


def _rework_lines(review: Review, lang: str) -> list[Any]:
    """The 需返工 list: failing findings, each with the questions to send back."""
    items = rework_items(review, lang)
    if not items:
        return []
    lines: list[Any] = [Text(f"{rework_label(lang)} ({len(items)})", style="bold red")]
    for item in items:
        f = item.finding
        if f is None:
            lines.append(_hang(Text(label(lang, "whole_document"), style="bold"), 2))
        else:
            lines.append(_hang(Text(truncate(f.title, TITLE_WIDTH), style="bold"), 0, Text(f"  {f.id} ", style="bold")))
        lines += [_hang(Text(one_line(q)), 6, Text("    - ")) for q in item.questions]
    return lines


def _codes(f: Any) -> str:
    return ", ".join(dict.fromkeys(fl.code for fl in f.flags)) or "—"


def _build_table(review: Review, lang: str, title_width: int) -> Table:
    """The findings table with its title column at most ``title_width`` cells wide. The verdict
    and the numbers never wrap or shrink; the flags wrap between codes, never inside one."""
    table = Table(show_lines=False, pad_edge=False, expand=False)
    verdicts = [label(lang, "verdict"), *(label(lang, f.verdict) for f in review.findings)]
    table.add_column("ID", no_wrap=True)
    table.add_column(label(lang, "title"), max_width=title_width, overflow="ellipsis", no_wrap=True)
    table.add_column(label(lang, "responsiveness"), justify="right", no_wrap=True)
    table.add_column(label(lang, "score"), justify="right", no_wrap=True)
    table.add_column(label(lang, "verdict"), no_wrap=True, min_width=max(map(cell_len, verdicts)))
    codes = [fl.code for f in review.findings for fl in f.flags]
    table.add_column(label(lang, "flags"), min_width=max(map(len, codes), default=1))
    for f in review.findings:
        verdict = Text(label(lang, f.verdict), style=VERDICT_STYLE[f.verdict])
        table.add_row(f.id, truncate(f.title, TITLE_WIDTH), f"{f.responsiveness}/3", f"{f.score:.0f}",
                      verdict, wrapped(Text(_codes(f))))
    return table


def _fitting_table(console: Console, review: Review, lang: str) -> Table | None:
    """The findings table narrowed to the console, its title column giving way first; None when even
    the narrowest title leaves no room for the verdict and whole flag codes."""
    wide = console.options.update_width(10_000)  # the table's natural width, not clipped to the console
    table = _build_table(review, lang, TITLE_WIDTH)
    excess = Measurement.get(console, wide, table).maximum - console.width
    if excess <= 0:
        return table
    table = _build_table(review, lang, max(TITLE_WIDTH - excess, MIN_TITLE_WIDTH))
    return table if Measurement.get(console, wide, table).minimum <= console.width else None


def _finding_lines(review: Review, lang: str, width: int) -> list[Any]:
    """The findings on a terminal too narrow for the table: a line each with its ID, verdict,
    responsiveness, score and shortened title, then its flag codes, whole, on the lines under it."""
    lines: list[Any] = []
    for f in review.findings:
        head = Text(f"{f.id} ", style="bold")
        head.append(label(lang, f.verdict), style=VERDICT_STYLE[f.verdict])
        numbers = f"{label(lang, 'responsiveness')} {f.responsiveness}/3 {label(lang, 'score')} {f.score:.0f}"
        head.append(f" {numbers} ")
        head.append(one_line(f.title))
        head.truncate(width, overflow="ellipsis")  # the title gives way, what stands before it stays whole
        lines += [head, _hang(Text(_codes(f)), 3)] if f.flags else [head]
    return lines


def _render_one(console: Console, review: Review, *, lang: str, rubric: Any, fail_on: str, doc_text: str | None) -> None:
    doc = review.document
    heading = Text(f"{doc.path}", style="bold")
    if doc.title:
        heading.append(f"  {one_line(doc.title)}")
    console.print(_hang(heading, 0))
    about = Text(
        f"{labelled(lang, 'kind')}{kind_name(doc.kind, lang)}"
        f" · {labelled(lang, 'rubric')}{rubric_ref(rubric, review)}"
        f" · {labelled(lang, 'backend')}{backend_text(review, lang)}",
        style="dim" if method_used(review) == review.backend else "yellow",
    )
    console.print(_hang(about, 0))
    for key, value in judge_lines(review, lang):
        warn = key == label(lang, "judge_note")
        console.print(_hang(Text(f"{key}{colon(lang)}{value}", style="yellow" if warn else "dim"), 0))
    rework = _rework_lines(review, lang)
    if rework:
        console.print()
        for rline in rework:
            console.print(rline)
        console.print()
    table = _fitting_table(console, review, lang) if review.findings else None
    if table is not None:
        console.print(table)
    elif review.findings:
        for row in _finding_lines(review, lang, console.width):
            console.print(row)
    else:
        console.print(_hang(Text(label(lang, "no_findings"), style="dim"), 0))
    if any(flag_trips(fl, fail_on) for _, fl in all_flags(review)):
        console.print(_hang(Text(label(lang, "gate_legend").format(fail_on=fail_on), style="dim"), 0))
    for f in review.findings:
        if not (f.flags or f.rationale or f.disagreements or f.verdict != "pass"):
            continue
        console.print()
        title = Text(truncate(f.title, 80), style="bold")
        title.append(f"  {f.score:.0f} ")
        title.append(label(lang, f.verdict), style=VERDICT_STYLE[f.verdict])
        console.print(_hang(title, 0, Text(f"{f.id} ", style="bold")))
        for flag in f.flags:
            for line in _flag_lines(flag, f, doc_text, lang, rubric, fail_on, console.is_terminal, console.width):
                console.print(line)
        for reason in reason_lines(f, lang):
            console.print(_hang(Text(reason), 0, Text(f"  {labelled(lang, 'reason')}", style="bold")))
        weak = weakest_criteria(f, rubric, lang)
        if weak and f.verdict != "pass" and not f.reasons:
            weakest = Text(f"  {labelled(lang, 'weakest')}", style="dim")
            console.print(_hang(Text(", ".join(weak), style="dim"), 0, weakest))
        if f.rationale:
            rationale = Text(f"  {labelled(lang, 'rationale')}")
            console.print(_hang(Text(one_line(f.rationale), style="italic"), 0, rationale))
        for note in f.disagreements:
            console.print(_hang(Text(note, style="magenta"), 0, Text(f"  {labelled(lang, 'disagreement')}")))
    if review.document_flags:
        console.print()
        console.print(Text(label(lang, "document_flags"), style="bold"))
        for flag in review.document_flags:
            for line in _flag_lines(flag, None, doc_text, lang, rubric, fail_on, console.is_terminal, console.width):
                console.print(line)
    console.print()
    s = review.summary
    if s.verdict == "unreviewed":
        console.print(_hang(Text(label(lang, "unreadable"), style="bold red"), 0))
    line = Text(f"{labelled(lang, 'summary')}{label(lang, 'score')} {score_text(s.score)} ")
    line.append(label(lang, s.verdict), style=VERDICT_STYLE.get(s.verdict, "bold red"))
    line.append(
        f" · {s.findings} {label(lang, 'findings')} ({label(lang, 'pass')} {s.pass_},"
        f" {label(lang, 'warn')} {s.warn}, {label(lang, 'fail')} {s.fail})"
    )
    counts = flag_counts(review)
    if counts:
        line.append(" · " + ", ".join(f"{code} {n}" for code, n in counts.items()))
    if s.silenced:
        reasons = ", ".join(f"{why} {n}" for why, n in sorted(s.silenced.items(), key=lambda kv: (-kv[1], kv[0])))
        line.append(f" · {label(lang, 'silenced')} {sum(s.silenced.values())} ({reasons})", style="dim")
    elif s.baselined:
        line.append(f" · {label(lang, 'baselined')} {s.baselined}", style="dim")
    tripping = sum(1 for _, fl in all_flags(review) if flag_trips(fl, fail_on))
    if tripping:
        line.append(f" · {label(lang, 'gate_fails')} (--fail-on {fail_on}: {tripping})", style="bold red")
    console.print(_hang(line, 0))
    why = verdict_gate_note(review, fail_on, lang)
    if why:
        console.print(_hang(Text(why, style="yellow"), 0))
    for note in s.notes:
        console.print(_hang(Text(note), 0))


def _render_totals(
    console: Console, reviews: list[Review], *, lang: str, fail_on: str, outcome: RunOutcome | str | None
) -> None:
    """The closing summary over several documents: counts, flags by code, the worst document, the exit."""
    verdicts: dict[str, int] = {}
    codes: dict[str, int] = {}
    silenced = 0
    for review in reviews:
        verdicts[review.summary.verdict] = verdicts.get(review.summary.verdict, 0) + 1
        for code, n in flag_counts(review).items():
            codes[code] = codes.get(code, 0) + n
        silenced += sum(review.summary.silenced.values()) or review.summary.baselined
    console.rule(label(lang, "totals"))
    counts = ", ".join(f"{label(lang, v)} {verdicts[v]}" for v in ("pass", "warn", "fail", "unreviewed") if v in verdicts)
    head = Text(f"{len(reviews)} {labelled(lang, 'documents')}{counts}")
    tripping = sum(1 for r in reviews for _, fl in all_flags(r) if flag_trips(fl, fail_on))
    if tripping:
        head.append(f" · {label(lang, 'gate_fails')} (--fail-on {fail_on}: {tripping})", style="bold red")
    if silenced:
        head.append(f" · {label(lang, 'silenced')} {silenced}", style="dim")
    console.print(_hang(head, 0))
    if codes:
        ordered = sorted(codes.items(), key=lambda kv: (-kv[1], kv[0]))
        by_code = Text(", ".join(f"{c} {n}" for c, n in ordered))
        console.print(_hang(by_code, 0, Text(labelled(lang, "flags"))))
    scored = [r for r in reviews if r.summary.score is not None]
    if scored:
        worst = min(scored, key=lambda r: (r.summary.score, r.document.path))
        w = Text(f"{worst.document.path} {worst.summary.score:.1f} ")
        w.append(label(lang, worst.summary.verdict), style=VERDICT_STYLE.get(worst.summary.verdict, "bold"))
        console.print(_hang(w, 0, Text(labelled(lang, "worst"))))
    if outcome:
        closing = outcome if isinstance(outcome, str) else outcome_text(outcome, lang)
        console.print(_hang(Text(closing, style="bold"), 0))


def render_text(
    reviews: list[Review],
    *,
    lang: str,
    rubric: Any,
    fail_on: str,
    texts: dict[str, str] | None = None,
    color: bool = False,
    width: int | None = None,
    outcome: RunOutcome | str | None = None,
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
    if len(reviews) > 1:
        _render_totals(console, reviews, lang=lang, fail_on=fail_on, outcome=outcome)
    return "\n".join(line.rstrip() for line in buffer.getvalue().split("\n"))
