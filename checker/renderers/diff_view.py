"""``rectcheck diff`` and ``rectcheck trace`` as text and Markdown (JSON is the models themselves:
:class:`~checker.crossdoc.diff.DraftDiff`, :class:`~checker.crossdoc.trace.TraceReport`)."""

from __future__ import annotations

from typing import Any

from checker.crossdoc.diff import DraftDiff, FindingDiff, FlagChange
from checker.crossdoc.trace import MeasureTrace, TracePair, TraceReport
from checker.renderers.common import label, labelled, one_line, paren, score_text, tag, truncate
from checker.renderers.rubric_view import flag_info

# ✗ would read as "fails the gate" in a review; a new flag is marked as new (＋, not a list marker in
# Markdown), and a legend under the totals says what each mark means.
_MARK = {"resolved": "✓", "new": "＋", "remaining": "·"}


def _quote(text: str, lang: str, width: int = 40) -> str:
    short = truncate(one_line(text), width)
    return f"“{short}”" if lang == "zh" else f'"{short}"'


def evidence_words(change: FlagChange, lang: str, width: int = 40) -> str:
    """What a flag change quotes: a remaining flag whose evidence moved, both — 原：“…” → 现：“…”; else
    the draft's own (the new draft's for a new or remaining flag, the old one's for a resolved)."""
    old, new = change.old_evidence, change.new_evidence
    if change.change == "remaining" and old and new and one_line(old) != one_line(new):
        was, now = labelled(lang, "diff_was"), labelled(lang, "diff_now")
        return f"{was}{_quote(old, lang, width)} → {now}{_quote(new, lang, width)}"
    evidence = new if change.change != "resolved" else old
    return _quote(evidence, lang, width) if evidence else ""


def _change_line(change: FlagChange, lang: str, rubric: Any) -> str:
    info = flag_info(rubric, change.code, lang, change.message)
    quoted = evidence_words(change, lang)
    if lang == "zh":
        return f"{_MARK[change.change]} {label(lang, 'diff_' + change.change)} {info.title}（{change.code}）{quoted}"
    quoted = f" {quoted}" if quoted else ""
    said = labelled(lang, "diff_" + change.change)
    return f"{_MARK[change.change]} {said}{info.title} ({change.code}){quoted}"


def _heading(f: FindingDiff, lang: str) -> str:
    ids = f"{f.old_id or '—'} → {f.new_id or '—'}"
    state = ""
    if f.old_id is None:
        state = f"  [{label(lang, 'diff_added')}]"
    elif f.new_id is None:
        state = f"  [{label(lang, 'diff_dropped')}]"
    return f"{ids}  {truncate(one_line(f.title), 60)}  {score_text(f.old_score)} → {score_text(f.new_score)}{state}"


def _body(f: FindingDiff, lang: str, rubric: Any) -> list[str]:
    lines = [_change_line(c, lang, rubric) for c in f.flags]
    if f.only_reworded:
        lines.append(label(lang, "diff_reworded"))
        # the two wordings, one above the other
        wordings = (("diff_old_text", f.old_measure), ("diff_new_text", f.new_measure))
        lines += [f"  {labelled(lang, key)}{truncate(one_line(text), 60)}"
                  for key, text in wordings if text]  # fmt: skip
    return lines


def diff_totals(diff: DraftDiff, lang: str) -> str:
    """The counts line: flags resolved, new, remaining; findings added and dropped; flags the
    configuration or the baseline set aside, when any were."""
    s = diff.summary
    parts = [
        f"{label(lang, 'diff_resolved')} {s.resolved}", f"{label(lang, 'diff_new')} {s.new}",
        f"{label(lang, 'diff_remaining')} {s.remaining}", f"{label(lang, 'diff_added')} {s.findings_added}",
        f"{label(lang, 'diff_dropped')} {s.findings_dropped}",
    ]  # fmt: skip
    silenced = sum(s.silenced.values())
    if silenced:
        why = "、".join(f"{k} {n}" for k, n in s.silenced.items()) if lang == "zh" else ", ".join(
            f"{k} {n}" for k, n in s.silenced.items())
        parts.append(f"{label(lang, 'diff_silenced')} {silenced}{paren(why, lang)}")
    return " · ".join(parts)


def render_diff_text(diff: DraftDiff, lang: str, rubric: Any) -> str:
    out = [
        f"{labelled(lang, 'diff_title')}{diff.old} → {diff.new}",
        f"{label(lang, 'score')} {score_text(diff.old_score)} → {score_text(diff.new_score)} · {diff.rubric}",
        diff_totals(diff, lang),
        label(lang, "diff_legend"),
        "",
    ]
    for f in diff.findings:
        body = _body(f, lang, rubric)
        if not body and f.old_id and f.new_id:
            continue  # nothing changed here
        out.append(_heading(f, lang))
        out += [f"  {line}" for line in body]
    if diff.document_flags:
        out.append(label(lang, "document_flags"))
        out += [f"  {_change_line(c, lang, rubric)}" for c in diff.document_flags]
    return "\n".join(out).rstrip() + "\n"


def render_diff_markdown(diff: DraftDiff, lang: str, rubric: Any) -> str:
    out = [
        f"### {labelled(lang, 'diff_title')}`{diff.old}` → `{diff.new}`",
        "",
        f"{label(lang, 'score')} **{score_text(diff.old_score)} → {score_text(diff.new_score)}** · `{diff.rubric}`",
        "",
        diff_totals(diff, lang),
        "",
        label(lang, "diff_legend"),
        "",
    ]
    for f in diff.findings:
        body = _body(f, lang, rubric)
        if not body and f.old_id and f.new_id:
            continue
        out.append(f"- **{_heading(f, lang)}**")
        out += [f"  - {line.strip()}" for line in body]
    if diff.document_flags:
        out.append(f"- **{label(lang, 'document_flags')}**")
        out += [f"  - {_change_line(c, lang, rubric)}" for c in diff.document_flags]
    return "\n".join(out).rstrip() + "\n"


def measure_line(m: MeasureTrace, lang: str, width: int = 40) -> str:
    """A planned measure and what the report says of it, on one line."""
    said = (f"{labelled(lang, 'trace_report_says')}{truncate(one_line(m.report), width + 10)}"
            if m.report else label(lang, "trace_unreported"))  # fmt: skip
    return f"{labelled(lang, 'trace_measure')}{truncate(one_line(m.plan), width)} → {said}"


def _pair_lines(pair: TracePair, lang: str, bullet: str) -> list[str]:
    """Every pair is shown: its flags, "no issue" where a paired finding has none, a finding only the
    report has marked so, and each planned measure with the report's passage on it."""
    ids = f"{pair.plan_id or '—'} → {pair.report_id or '—'}"
    only = f"  [{label(lang, 'trace_report_only')}]" if pair.plan_id is None else ""
    out = [f"{bullet}{ids}  {truncate(one_line(pair.title), 60)}{only}"]
    out += [f"  {bullet}{labelled(lang, 'trace_note')}{n.message}" for n in pair.notes]
    if pair.plan_id and pair.report_id and not pair.flags and not pair.unchecked:
        out.append(f"  {bullet}{label(lang, 'trace_none')}")
    for f in pair.flags:
        out.append(f"  {bullet}{tag(label(lang, f.severity), lang)}{f.message}")
        out.append(f"    {labelled(lang, 'follow_up')}{f.follow_up}")
    out += [f"  {bullet}{measure_line(m, lang)}" for m in pair.measures]
    return out


def _trace_lines(trace: TraceReport, lang: str, bullet: str) -> list[str]:
    return [line for pair in trace.pairs for line in _pair_lines(pair, lang, bullet)]


def pair_counts(trace: TraceReport, lang: str) -> str:
    """How the findings paired: paired, of them with no issue, and only in the report — and, when any
    could not be traced in full (a plan item whose measures were not read), how many."""
    paired = [p for p in trace.pairs if p.plan_id and p.report_id]
    parts = [(label(lang, "trace_paired"), len(paired)),
             (label(lang, "trace_none"), sum(not p.flags and not p.unchecked for p in paired)),
             (label(lang, "trace_report_only"), sum(p.plan_id is None for p in trace.pairs))]  # fmt: skip
    unchecked = sum(p.unchecked for p in paired)
    if unchecked:
        parts.append((label(lang, "trace_unchecked"), unchecked))
    return " · ".join(f"{name} {n}" for name, n in parts)


def trace_counts(trace: TraceReport, lang: str) -> str:
    """The flags raised, by title, on one line (无变化 when none)."""
    counted = " · ".join(f"{title} {n}" for title, n in _titled_counts(trace).items())
    return counted or label(lang, "diff_unchanged")


def trace_notes_lines(trace: TraceReport, lang: str) -> list[str]:
    """What the whole trace could not do (no date to hold deadlines against), a line each."""
    return [f"{labelled(lang, 'trace_note')}{n.message}" for n in trace.notes]


def _titled_counts(trace: TraceReport) -> dict[str, int]:
    counts: dict[str, int] = {}
    for f in (f for p in trace.pairs for f in p.flags):
        counts[f.title] = counts.get(f.title, 0) + 1
    return counts


def render_trace_text(trace: TraceReport, lang: str) -> str:
    head = [
        f"{labelled(lang, 'trace_title')}{trace.plan} → {trace.report}",
        f"{labelled(lang, 'trace_as_of')}{trace.as_of or '—'} · {trace.rules}",
        *trace_notes_lines(trace, lang),
        trace_counts(trace, lang),
        pair_counts(trace, lang),
        "",
    ]
    return "\n".join(head + _trace_lines(trace, lang, "")).rstrip() + "\n"


def render_trace_markdown(trace: TraceReport, lang: str) -> str:
    head = [
        f"### {labelled(lang, 'trace_title')}`{trace.plan}` → `{trace.report}`",
        "",
        f"{labelled(lang, 'trace_as_of')}{trace.as_of or '—'} · `{trace.rules}`",
        "",
        *(f"{line}\n" for line in trace_notes_lines(trace, lang)),
        trace_counts(trace, lang),
        "",
        pair_counts(trace, lang),
        "",
    ]
    return "\n".join(head + _trace_lines(trace, lang, "- ")).rstrip() + "\n"
