"""``rectcheck diff`` and ``rectcheck trace`` as Word comments on the newer document — the new draft,
or the report — written as ``review -f docx`` writes its annotated copy (a copy of the user's own
.docx, or a new .docx of the text): one comment per flag on its evidence in that document, and a
summary on the title.

A flag's evidence is found in the newer document by what it quotes, inside the finding it is about;
what it cannot quote there (a resolved flag, a planned measure the report never mentions) is said on
that finding's title, and what the document has no place for (a finding the new draft dropped, a
plan finding the report leaves out) in the summary."""

from __future__ import annotations

from typing import Any

from checker.crossdoc.diff import DraftDiff, FindingDiff, FlagChange
from checker.crossdoc.trace import TraceFlag, TracePair, TraceReport
from checker.models import FindingResult, Flag, Review
from checker.renderers.common import label, labelled, one_line, paren, score_text, tag, truncate
from checker.renderers.crossdoc_tables import asked
from checker.renderers.diff_view import (
    diff_totals,
    measure_line,
    pair_counts,
    trace_counts,
    trace_notes_lines,
)
from checker.renderers.rubric_view import flag_info
from checker.renderers.word import commented_copy
from checker.renderers.word.annotate import Note, title_span_of

_QUOTE = 80  # characters of the other document's text a comment quotes


def _title_of(f: FindingResult, text: str) -> tuple[int, int]:
    """The finding's title where its region has it, else the opening of its region."""
    at = text.find(f.title, f.start, max(f.end, f.start + len(f.title))) if f.title else -1
    return (at, at + len(f.title)) if at >= 0 else (f.start, min(f.end, f.start + 20))


def _quoted(f: FindingResult, text: str, evidence: str | None) -> tuple[int, int]:
    """Where the finding's region holds a piece of ``evidence`` (one line of it, a 、-separated
    part, a shortened quote's opening), else its title."""
    pieces = [p.strip().removesuffix("…").strip() for line in (evidence or "").split("\n") for p in (line, *line.split("、"))]
    for piece in (p for p in pieces if p):
        at = text.find(piece, f.start, max(f.end, f.start + len(piece)))
        if at >= 0:
            return at, at + len(piece)
    return _title_of(f, text)


def _lines(*paragraphs: str | None) -> tuple[str, ...]:
    return tuple(one_line(p) for p in paragraphs if p)


# ---------------------------------------------------------------- diff


def _change_note(fid: str, c: FlagChange, found: Flag | None, span: tuple[int, int], lang: str, rubric: Any) -> Note:
    info = flag_info(rubric, c.code, lang, c.message)
    head = f"{fid} · {tag(label(lang, 'diff_' + c.change), lang)}{info.title}{paren(c.code, lang)}"
    moved = (c.change == "remaining" and c.old_evidence
             and one_line(c.old_evidence) != one_line(c.new_evidence or ""))  # fmt: skip
    earlier = (f"{labelled(lang, 'diff_old_text')}{truncate(one_line(c.old_evidence), _QUOTE)}"
               if c.old_evidence and (c.change == "resolved" or moved) else None)  # fmt: skip
    question = asked(c, lang) or (found.follow_up if found is not None else None)
    asked_line = f"{labelled(lang, 'follow_up')}{question}" if question else None
    return Note(span[0], span[1], _lines(head, c.message, earlier, asked_line))


def _reworded_lines(fid: str, fd: FindingDiff, lang: str) -> tuple[str, ...]:
    """A measure only reworded: the earlier wording beside the one commented, and what to add."""
    head = f"{fid} · {tag(label(lang, 'diff_reworded_short'), lang)}"
    earlier = f"{labelled(lang, 'diff_old_text')}{truncate(one_line(fd.old_measure or ''), _QUOTE)}"
    ask = f"{labelled(lang, 'follow_up')}{label(lang, 'diff_reworded_ask')}"
    return _lines(head, label(lang, "diff_reworded"), earlier, ask)


def diff_notes(diff: DraftDiff, new: Review, text: str, lang: str, rubric: Any) -> tuple[Note, list[Note]]:
    """The summary on the new draft's title and one note per change of a flag in it."""
    by_id = {f.id: f for f in new.findings}
    notes: list[Note] = []
    dropped: list[str] = []
    for fd in diff.findings:
        nf = by_id.get(fd.new_id or "")
        if nf is None:
            dropped.append(f"{fd.old_id} {truncate(one_line(fd.title), 40)}")
            continue
        for c in fd.flags:
            found = next((fl for fl in nf.flags if fl.code == c.code and fl.evidence == c.new_evidence), None)
            span = (found.start, found.end) if found is not None and c.change != "resolved" else _title_of(nf, text)
            notes.append(_change_note(nf.id, c, found, span, lang, rubric))
        if fd.only_reworded:
            span = _quoted(nf, text, nf.measure_text)
            notes.append(Note(span[0], span[1], _reworded_lines(nf.id, fd, lang)))
    summary = [
        f"rectcheck {labelled(lang, 'diff_title')}{diff.old} → {diff.new}",
        f"{label(lang, 'score')} {score_text(diff.old_score)} → {score_text(diff.new_score)} · {diff.rubric}",
        diff_totals(diff, lang),
    ]
    summary += [f"{labelled(lang, 'diff_dropped')}{d}" for d in dropped]
    title = title_span_of(new.document.title, text)
    for c in diff.document_flags:
        found = next((fl for fl in new.document_flags if fl.code == c.code and fl.evidence == c.new_evidence), None)
        if found is not None and c.change != "resolved":
            notes.append(_change_note(label(lang, "document_flags"), c, found, (found.start, found.end), lang, rubric))
        elif c.change != "remaining":
            info = flag_info(rubric, c.code, lang, c.message)
            change = tag(label(lang, "diff_" + c.change), lang)
            summary.append(f"{labelled(lang, 'document_flags')}{change}{info.title}")
    return Note(title[0], title[1], _lines(*summary)), notes


def render_diff_docx(diff: DraftDiff, new: Review, text: str, *, lang: str, rubric: Any,
                     original: bytes | None = None) -> bytes:  # fmt: skip
    """The new draft with the comparison as Word comments (``original``: its .docx bytes, when held
    in memory)."""
    doc = new.document
    notes = lambda t: diff_notes(diff, new, t, lang, rubric)  # noqa: E731
    return commented_copy(doc.path, doc.format, doc.title, text, notes, original)


# ---------------------------------------------------------------- trace


def _trace_note(f: TraceFlag, span: tuple[int, int], lang: str) -> Note:
    head = f"{f.plan_id or '—'} → {f.report_id or '—'} · {tag(label(lang, f.severity), lang)}{f.title}{paren(f.code, lang)}"
    plan = None
    if f.plan_evidence:
        plan = f"{labelled(lang, 'trace_plan_text')}{truncate(one_line(f.plan_evidence), _QUOTE)}"
    asked = f"{labelled(lang, 'follow_up')}{f.follow_up}"
    return Note(span[0], span[1], _lines(head, f.message, plan, asked))


def _pair_note(pair: TracePair, told: FindingResult, text: str, lang: str) -> Note:
    """On a report finding's title: the plan finding it answers (or none), "no issue" where nothing is
    flagged, and each planned measure with the report's passage on it."""
    head = f"{pair.plan_id or '—'} → {told.id}"
    state: str | None
    if pair.plan_id is None:
        state = f"{tag(label(lang, 'trace_report_only'), lang)}{label(lang, 'trace_report_only_note')}"
    else:
        state = label(lang, "trace_none") if not pair.flags and not pair.unchecked else None
    notes = [f"{labelled(lang, 'trace_note')}{n.message}" for n in pair.notes]
    span = _title_of(told, text)
    traced = (measure_line(m, lang, 30) for m in pair.measures)
    return Note(span[0], span[1], _lines(head, *notes, state, *traced))


def trace_notes(trace: TraceReport, report: Review, text: str, lang: str) -> tuple[Note, list[Note]]:
    """The summary on the report's title, a note on each report finding's title (what it answers in
    the plan, each planned measure traced) and one note per trace flag, on its evidence in the report."""
    by_id = {f.id: f for f in report.findings}
    notes: list[Note] = []
    missing: list[str] = []
    for pair in trace.pairs:
        told = by_id.get(pair.report_id or "")
        if told is not None:
            notes.append(_pair_note(pair, told, text, lang))
        for f in pair.flags:
            if told is None:
                missing.append(f"{f.plan_id} {one_line(f.message)}")
                continue
            notes.append(_trace_note(f, _quoted(told, text, f.report_evidence), lang))
    summary = [
        f"rectcheck {labelled(lang, 'trace_title')}{trace.plan} → {trace.report}",
        f"{labelled(lang, 'trace_as_of')}{trace.as_of or '—'} · {trace.rules}",
        *trace_notes_lines(trace, lang),
        trace_counts(trace, lang),
        pair_counts(trace, lang),
    ]
    summary += [f"{labelled(lang, 'trace_plan_only')}{m}" for m in missing]
    title = title_span_of(report.document.title, text)
    return Note(title[0], title[1], _lines(*summary)), notes


def render_trace_docx(trace: TraceReport, report: Review, text: str, *, lang: str, original: bytes | None = None) -> bytes:
    """The report with the trace as Word comments (``original``: its .docx bytes, when held in memory)."""
    doc = report.document
    notes = lambda t: trace_notes(trace, report, t, lang)  # noqa: E731
    return commented_copy(doc.path, doc.format, doc.title, text, notes, original)
