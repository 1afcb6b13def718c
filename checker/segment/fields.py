"""Owner, deadline and status fields: on their own lines (``责任领导:、``), inside a sentence
(``（责任单位：办公室；完成时限：2024年12月底前）``) or, in paired layouts, as phrases
(``由财务股负责``, ``6月底前完成``)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from checker.models import Document, LabeledField, Span
from checker.segment.labels import Labels, label_kind, label_text, labels_of
from checker.segment.spans import make_field, make_span
from checker.text.width import is_blank_value
from checker.vocabulary import Vocabulary

_VALUE_STOP_RE = re.compile(r"[；;）)】\]\n。]")
_OWNER_PIECE_RE = re.compile(r"[^、,，；;/／\s]+")
_TRAIL = " \t\u3000；;，,。"
_OPEN_RE = re.compile(r"[（(]")
_CLOSE_RE = re.compile(r"[）)]")


@dataclass(frozen=True)
class FieldHit:
    kind: str  # owner / deadline / status
    label: str
    label_start: int
    start: int
    end: int


def _trim_value(text: str, a: int, b: int) -> tuple[int, int]:
    while a < b and text[a] in " \t\u3000":
        a += 1
    while b > a and text[b - 1] in _TRAIL:
        b -= 1
    return a, b


def line_fields(labels: Labels, text: str, cstart: int, end: int) -> list[FieldHit]:
    """Fields of a line that opens with a field label; several may share the line
    (``责任单位：办公室  整改时限：6月底``). Empty when the line does not open with one."""
    matches = list(labels.field.finditer(text, cstart, end))
    if not matches or matches[0].start() != cstart:
        return []
    hits: list[FieldHit] = []
    for i, m in enumerate(matches):
        stop = matches[i + 1].start() if i + 1 < len(matches) else end
        a, b = _trim_value(text, m.end(), stop)
        hits.append(FieldHit(label_kind(m), label_text(m), m.start(), a, max(a, b)))
    return hits


def inline_fields(v: Vocabulary, text: str, start: int, end: int) -> list[FieldHit]:
    """Labelled fields inside running text; a value stops at ；) 】 。 or the next label."""
    hits: list[FieldHit] = []
    matches = list(labels_of(v).field.finditer(text, start, end))
    for i, m in enumerate(matches):
        limit = matches[i + 1].start() if i + 1 < len(matches) else end
        stop = _VALUE_STOP_RE.search(text, m.end(), limit)
        a, b = _trim_value(text, m.end(), stop.start() if stop else limit)
        hits.append(FieldHit(label_kind(m), label_text(m), m.start(), a, max(a, b)))
    return hits


def field_brackets(v: Vocabulary, text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Brackets that open with a field label (``…问题的整改情况（责任单位：镇党政办）``,
    ``(牵头单位:水政监察大队)``), each as (where it opens, where its content ends); a bracket left
    open runs to ``end``."""
    out: list[tuple[int, int]] = []
    field = labels_of(v).field
    for m in _OPEN_RE.finditer(text, start, end):
        close = _CLOSE_RE.search(text, m.end(), end)
        stop = close.start() if close else end
        if field.match(text, m.end(), stop) is not None:
            out.append((m.start(), stop))
    return out


def phrase_owner(v: Vocabulary, text: str, start: int, end: int) -> re.Match[str] | None:
    """The first ``由…负责`` of ``text[start:end]`` outside a clause that excludes
    (``除由各级医疗机构负责的事项外``): that one names who is left out, not who answers."""
    excluded = [(m.start(), m.end()) for m in v.patterns.exclusion_clause.finditer(text, start, end)]
    for m in v.patterns.phrase_owner.finditer(text, start, end):
        if not any(a <= m.start() < b for a, b in excluded):
            return m
    return None


def loose_fields(v: Vocabulary, text: str, start: int, end: int) -> list[FieldHit]:
    """Owner and deadline stated as phrases: ``由财务股负责``, ``6月底前完成``."""
    hits: list[FieldHit] = []
    m = phrase_owner(v, text, start, end)
    if m:
        hits.append(FieldHit("owner", v.names.phrase_owner_label, m.start(), m.start("o"), m.end("o")))
    whole = v.weights.layouts.phrase_person_deadline
    if whole and (p := v.patterns.phrase_person.search(text, start, end)) is not None:
        hits.append(FieldHit("owner", v.names.phrase_person_label, p.start(), p.start("o"), p.end("o")))
    d = _completing(v, text, start, end) if whole else v.patterns.phrase_deadline.search(text, start, end)
    if d:
        hits.append(FieldHit("deadline", v.names.phrase_deadline_label, d.start(), d.start("d"), d.end("d")))
    return hits


def _completing(v: Vocabulary, text: str, start: int, end: int) -> re.Match[str] | None:
    """The deadline phrase that dates the whole work (…5月31日前完成) where one does, else the first
    (一是5月底前… dates one step)."""
    found = list(v.patterns.phrase_deadline.finditer(text, start, end))
    ends = tuple(v.words.deadline_completions)
    return next((m for m in found if ends and m.group("d").endswith(ends)), found[0] if found else None)


def owner_values(doc: Document, field: LabeledField) -> list[Span]:
    """The non-blank owners named in a field, split on 、 , ， ； /."""
    text = doc.view
    if is_blank_value(field.view):
        return []
    out: list[Span] = []
    for m in _OWNER_PIECE_RE.finditer(text, field.start, field.end):
        if not is_blank_value(m.group()):
            out.append(make_span(doc, m.start(), m.end()))
    return out


def to_field(doc: Document, hit: FieldHit) -> LabeledField:
    return make_field(doc, hit.label, hit.label_start, hit.start, hit.end)
