"""Reading of last resort ``situation_notes``: a survey's findings told as notes, each labelled by what
it tells the situation of.

    （1）生活垃圾处理 垃圾桶配备情况：全村共配备垃圾桶120个，基本满足需求。但部分垃圾桶破损。
    垃圾清运情况：有固定保洁人员，垃圾日产日清。                             (no fault: no finding)
    （2）污水处理 污水处理设施建设情况：目前尚未建设集中污水处理设施。

An 排查 or 自查 report often writes what it found as short notes, each opened by a label ending in 情况
and a colon (垃圾桶配备情况：, 污水排放情况：), on lines of their own or run together in one paragraph:
what stands, and, after a turn (但…) or plainly, what falls short. When no other layout reads the
document, three notes or more so labelled are read, and each note that states a fault is a finding,
the note whole; a note telling only what stands is none. A label of a measure or a status (整改情况：,
完成情况：) opens no note.
"""

from __future__ import annotations

from checker.segment.document import Doc
from checker.segment.draft import Draft
from checker.segment.layouts.base import LayoutResult, body_preamble
from checker.segment.spans import trim

_MIN_NOTES = 3  # fewer labelled notes: a passing remark, not a survey told note by note


def _faulty(doc: Doc, a: int, b: int) -> bool:
    """Does the note's text ``a:b`` state a fault or something missing, not only what stands?"""
    p = doc.v.patterns
    return p.problem_words.search(doc.text, a, b) is not None or p.absence_words.search(doc.text, a, b) is not None


def situation_notes_layout(doc: Doc) -> LayoutResult | None:
    """The findings of a survey told in labelled notes, or None when it has fewer than three notes."""
    text, v = doc.text, doc.v
    answer_labels = (*v.words.measure_labels, *v.words.status_labels)
    notes: list[tuple[int, int, int]] = []  # label start, words start, words end
    for ln in doc.body:
        labels = [
            (m.start("label"), m.end())
            for m in v.patterns.situation_note_label.finditer(text, ln.body_start, ln.end)
            if not any(m.group("label").endswith(w) for w in answer_labels)
        ]
        for i, (a, words) in enumerate(labels):
            b = labels[i + 1][0] if i + 1 < len(labels) else ln.end
            notes.append((a, words, trim(text, a, b)[1]))
    if len(notes) < _MIN_NOTES:
        return None
    drafts = [Draft(start=a, end=b, finding=(a, b)) for a, words, b in notes if _faulty(doc, words, b)]
    if not drafts:
        return None
    return LayoutResult("situation_notes", drafts, [], body_preamble(doc, drafts[0].start))
