"""The critique as Word comments (批注): one per flag on exactly its evidence, and a summary on
the title. Author ``rectcheck``, initials ``RC``; texts in the chosen language."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from lxml import etree

from checker.errors import InputError
from checker.models import FindingResult, Flag, Review
from checker.read.word_notes import DocumentNotes
from checker.read.word_numbering import Numbering
from checker.renderers.common import (
    backend_text,
    colon,
    flag_counts,
    judge_lines,
    label,
    labelled,
    one_line,
    paren,
    reason_lines,
    score_text,
    silenced_counts,
    tag,
)
from checker.renderers.rework import rework_items
from checker.renderers.rubric_view import flag_info, rubric_ref
from checker.renderers.word.anchor import Anchors
from checker.renderers.word.comments import Comments
from checker.renderers.word.textmap import text_map
from checker.text.lists import join_items

AUTHOR, INITIALS = "rectcheck", "RC"


@dataclass(frozen=True)
class Note:
    """A comment to place: its span of the text and its paragraphs (the first one bold)."""

    start: int
    end: int
    paragraphs: tuple[str, ...]


def flag_note(flag: Flag, finding: FindingResult | None, lang: str, rubric: Any) -> Note:
    info = flag_info(rubric, flag.code, lang, flag.message)
    where = f"{finding.id} · " if finding is not None else f"{label(lang, 'document_flags')} · "
    head = f"{where}{tag(label(lang, flag.severity), lang)}{info.title}{paren(flag.code, lang)}"
    paragraphs = [head, one_line(flag.message)]
    if flag.follow_up:
        paragraphs.append(f"{labelled(lang, 'follow_up')}{flag.follow_up}")
    return Note(flag.start, flag.end, tuple(paragraphs))


def reason_note(finding: FindingResult, lang: str) -> Note:
    """One comment on what a failing finding's low criteria were judged on, saying why it failed."""
    first = finding.reasons[0]
    head = f"{finding.id} · {tag(label(lang, 'reason'), lang)}"
    return Note(first.start, first.end, (head, *reason_lines(finding, lang)))


def summary_note(review: Review, lang: str, rubric: Any, span: tuple[int, int]) -> Note:
    """Score, verdict, counts by flag, silenced flags by reason, rubric id@version, document flags and
    the 需返工 list."""
    s = review.summary
    sep = colon(lang)
    comma, semicolon = ("，", "；") if lang == "zh" else (", ", "; ")
    paragraphs = [
        f"rectcheck{sep}{label(lang, 'score')} {score_text(s.score)} · {label(lang, s.verdict)}",
        f"{label(lang, 'findings')} {s.findings}"
        + paren(f"{label(lang, 'pass')} {s.pass_}{comma}{label(lang, 'warn')} {s.warn}{comma}{label(lang, 'fail')} {s.fail}", lang),
    ]
    counts = flag_counts(review)
    if counts:
        paragraphs.append(labelled(lang, "flags") + comma.join(f"{code} {n}" for code, n in counts.items()))
    if silenced := silenced_counts(review):
        reasons = semicolon.join(f"{why} {n}" for why, n in silenced.items())
        paragraphs.append(f"{label(lang, 'silenced')} {sum(silenced.values())}{sep}{reasons}")
    paragraphs.append(f"{labelled(lang, 'rubric')}{rubric_ref(rubric, review)}")
    paragraphs.append(f"{labelled(lang, 'backend')}{backend_text(review, lang)}")
    paragraphs += [f"{key}{sep}{value}" for key, value in judge_lines(review, lang)]
    for flag in review.document_flags:
        info = flag_info(rubric, flag.code, lang, flag.message)
        paragraphs.append(
            f"{labelled(lang, 'document_flags')}{tag(label(lang, flag.severity), lang)}{info.title}"
            f"{sep}{one_line(flag.message)}"
        )
    failing = [i.finding.id for i in rework_items(review, lang) if i.finding is not None]
    if failing:
        paragraphs.append(labelled(lang, "rework") + join_items(failing, lang))
    return Note(span[0], span[1], tuple(paragraphs))


def title_span(review: Review, text: str) -> tuple[int, int]:
    """Where the review's title stands (:func:`title_span_of`)."""
    return title_span_of(review.document.title, text)


def title_span_of(title: str | None, text: str) -> tuple[int, int]:
    """Where ``title`` stands (its first occurrence), else the first line with text."""
    if title:
        at = text.find(title)
        if at >= 0:
            return at, at + len(title)
    pos = 0
    for line in text.split("\n"):
        if line.strip():
            lead = len(line) - len(line.lstrip())
            return pos + lead, pos + len(line.rstrip())
        pos += len(line) + 1
    return 0, len(text)


def model_note(finding: FindingResult, text: str, lang: str) -> Note:
    """One comment on a finding a model judged: where it and the rules differ, and its view."""
    head = f"{finding.id} · {tag(label(lang, 'disagreement'), lang)}"
    lines = [one_line(d) for d in finding.disagreements]
    if finding.rationale:
        lines.append(f"{labelled(lang, 'rationale')}{one_line(finding.rationale)}")
    # on the finding's title where the text has it, else on the opening of its region
    at = text.find(finding.title, finding.start, finding.end) if finding.title else -1
    start, end = (at, at + len(finding.title)) if at >= 0 else (finding.start, min(finding.end, finding.start + 20))
    return Note(start, end, (head, *lines))


def notes_for(review: Review, text: str, lang: str, rubric: Any) -> tuple[Note, list[Note]]:
    """The summary note on the title, one note per flag (finding flags, then document flags), and
    one per failing finding no flag explains (its 失分原因)."""
    summary = summary_note(review, lang, rubric, title_span(review, text))
    notes = [flag_note(fl, f, lang, rubric) for f in review.findings for fl in f.flags]
    notes += [flag_note(fl, None, lang, rubric) for fl in review.document_flags]
    notes += [reason_note(f, lang) for f in review.findings if f.reasons]  # failing, with no flag to say why
    notes += [model_note(f, text, lang) for f in review.findings if f.disagreements]  # hybrid: rules vs. model
    return summary, notes


NotesFor = Callable[[str], tuple[Note, list[Note]]]  # the document's text → its summary note and the others


def annotate(body: etree._Element, layout: tuple[Numbering, DocumentNotes], comments: Comments, text: str,
             path: str, notes_of: NotesFor) -> int:  # fmt: skip
    """Add the comments ``notes_of(text)`` gives to the document whose body is ``body`` and whose
    text as read must be ``text`` (``path`` names it in an error); returns how many. ``layout``:
    the document's numbering and its footnotes and endnotes, which the reader wrote into its text.

    A note whose span covers no run (empty evidence) goes on the title with the summary; one inside
    the text of a footnote goes on its mark."""
    tmap = text_map(body, *layout)
    if tmap.text != text:
        raise InputError(path, "the document changed since it was reviewed; comments cannot be placed")
    summary, notes = notes_of(text)
    anchors = Anchors(tmap, [(n.start, n.end) for n in (summary, *notes)])
    title_runs = anchors.runs(summary.start, summary.end)
    placed = 0
    for note in (summary, *notes):
        runs = anchors.runs(note.start, note.end) or title_runs
        if runs is None:
            continue  # a document with no text at all: nothing to anchor on
        comments.add(*runs, note.paragraphs, author=AUTHOR, initials=INITIALS)
        placed += 1
    return placed


__all__ = ["AUTHOR", "INITIALS", "Note", "NotesFor", "annotate", "notes_for", "title_span", "title_span_of"]
