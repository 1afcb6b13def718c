"""Lines opened by a bullet symbol (■问题一：…, ● 已清运…, ★下一步), as reports pasted from chat apps
and slide decks write them: the symbol is read as a line's indentation, so the words after it (an
enumerator, a label) open the line as they would without it. A problem numbered with a circled
numeral (问题①：), a plan's numbered matter (整改事项一：), a hazard with its grade (隐患2（较大隐患）：) and a
notice's photo caption telling what it shows wrong (图3：…电缆沟盖板缺失3块。) are numbered as 问题1： is."""

from __future__ import annotations

from dataclasses import replace

from checker.segment.document import BODY_PASSES, Doc
from checker.segment.lines import Line
from checker.text.enumerators import Marker, match_heading_marker
from checker.text.numerals import parse_ordinal

_SPACES = " \t\u3000"


@BODY_PASSES.register("bullets")
def bullets(doc: Doc, body: list[Line]) -> list[Line]:
    symbols = frozenset(doc.v.words.line_bullets)
    if not symbols:
        return body
    out: list[Line] = []
    for ln in body:
        a = ln.cstart
        if ln.marker is not None or a >= ln.end or doc.text[a] not in symbols:
            out.append(_numbered_problem(doc, ln))
            continue
        while a < ln.end and (doc.text[a] in symbols or doc.text[a] in _SPACES):
            a += 1  # ——整改措施：, ■ 问题：: the bullet may be doubled, and spaced from the words
        if a >= ln.end:
            out.append(ln)
            continue
        marker = match_heading_marker(doc.text, a, ln.end)
        bare = replace(ln, cstart=a, content=doc.text[a : ln.end],
                       marker=marker if marker is not None and marker.end < ln.end else None)
        out.append(_numbered_problem(doc, bare))
    return out


def _numbered_problem(doc: Doc, ln: Line) -> Line:
    """``问题①：…``, ``整改事项一：…`` and ``隐患2（较大隐患）：…`` numbered as ``问题1：…`` (the numbered
    problems' family)."""
    if ln.marker is not None:
        return ln
    p = doc.v.patterns
    m = (p.circled_problem.match(doc.text, ln.cstart, ln.end) or p.matter_problem.match(doc.text, ln.cstart, ln.end)
         or p.graded_hazard.match(doc.text, ln.cstart, ln.end) or p.photo_caption_problem.match(doc.text, ln.cstart, ln.end))
    value = parse_ordinal(m.group("n")) if m is not None else None
    if m is None or value is None or m.end() >= ln.end:
        return ln
    return replace(ln, marker=Marker("problem_n", value, m.start(), m.end(), m.group().rstrip()))
