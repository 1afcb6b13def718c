"""Owner, deadline and status fields: on their own lines (``责任领导:、``), inside a sentence
(``（责任单位：办公室；完成时限：2024年12月底前）``) or, in paired layouts, as phrases
(``由财务股负责``, ``6月底前完成``)."""

from __future__ import annotations

from dataclasses import dataclass

from checker.models import Document, LabeledField, Span
from checker.segment.labels import FIELD_RE, label_kind, label_text
from checker.segment.spans import make_field, make_span
from checker.text.patterns import compile_pattern
from checker.text.width import is_blank_value

_VALUE_STOP_RE = compile_pattern(r"[；;）)】\]\n。]")
_OWNER_PIECE_RE = compile_pattern(r"[^、,，；;/／\s]+")
_TRAIL = " \t\u3000；;，,。"
_LOOSE_OWNER_RE = compile_pattern(r"由(?P<o>[^，,。；;（）()、由]{2,30}?(?:、[^，,。；;（）()、由]{2,20}?)*)(?:牵头)?(?:负责|落实|承办)")
_LOOSE_DEADLINE_RE = compile_pattern(
    r"(?P<d>(?:\d{4}年)?\d{1,2}月(?:底|末|中旬|上旬|下旬|\d{1,2}日)?(?:前|之前)(?:完成|办结|到位)?"
    r"|(?:\d{4}年)?\d{1,2}月(?:底|末)(?:完成|办结|到位))"
)


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


def line_fields(text: str, cstart: int, end: int) -> list[FieldHit]:
    """Fields of a line that opens with a field label; several may share the line
    (``责任单位：办公室  整改时限：6月底``). Empty when the line does not open with one."""
    matches = list(FIELD_RE.finditer(text, cstart, end))
    if not matches or matches[0].start() != cstart:
        return []
    hits: list[FieldHit] = []
    for i, m in enumerate(matches):
        stop = matches[i + 1].start() if i + 1 < len(matches) else end
        a, b = _trim_value(text, m.end(), stop)
        hits.append(FieldHit(label_kind(m), label_text(m), m.start(), a, max(a, b)))
    return hits


def inline_fields(text: str, start: int, end: int) -> list[FieldHit]:
    """Labelled fields inside running text; a value stops at ；) 】 。 or the next label."""
    hits: list[FieldHit] = []
    matches = list(FIELD_RE.finditer(text, start, end))
    for i, m in enumerate(matches):
        limit = matches[i + 1].start() if i + 1 < len(matches) else end
        stop = _VALUE_STOP_RE.search(text, m.end(), limit)
        a, b = _trim_value(text, m.end(), stop.start() if stop else limit)
        hits.append(FieldHit(label_kind(m), label_text(m), m.start(), a, max(a, b)))
    return hits


def loose_fields(text: str, start: int, end: int) -> list[FieldHit]:
    """Owner and deadline stated as phrases: ``由财务股负责``, ``6月底前完成``."""
    hits: list[FieldHit] = []
    m = _LOOSE_OWNER_RE.search(text, start, end)
    if m:
        hits.append(FieldHit("owner", "责任单位", m.start(), m.start("o"), m.end("o")))
    d = _LOOSE_DEADLINE_RE.search(text, start, end)
    if d:
        hits.append(FieldHit("deadline", "完成时限", d.start(), d.start("d"), d.end("d")))
    return hits


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
