"""The document title: the short lines that open the document, before the body starts."""

from __future__ import annotations

from checker.segment.lines import Line
from checker.text.patterns import compile_pattern
from checker.text.width import strip_spaces

_TITLE_WORDS_RE = compile_pattern(r"关于|通报|方案|汇报|报告|情况|清单|公示|公告|说明|意见|总结")
_ORG_ONLY_RE = compile_pattern(r"(?:党组|党委|党工委|委员会|局|办公室|政府|中心|医院|公司|卫健委)$")
_NOT_TITLE_END = "。；;：:，,、！？!?"
_MAX_TITLE_LINE = 60
_TABLE_START_RE = compile_pattern(r"^(?:[\-—─_=＝═━|]{3,}.*|\|.*|序号|编号)$")


def _title_like(line: Line) -> bool:
    s = line.content
    return (
        line.marker is None
        and len(s) <= _MAX_TITLE_LINE
        and s[-1] not in _NOT_TITLE_END
        and "。" not in s
        and "\t" not in s  # a table row
        and not _TABLE_START_RE.match(s)  # a rule line or a column name opens a table, not a title
    )


def find_title(lines: list[Line], skip: set[int]) -> tuple[str | None, int]:
    """(title, index of the first body line). ``skip`` holds boilerplate lines (page metadata between
    a title and its repetition). A document that opens with body text has no title."""
    parts: list[str] = []
    used: list[Line] = []
    body_start = len(lines)
    for line in lines:
        if line.blank or line.idx in skip:
            continue
        if not _title_like(line) or len(used) >= 4:
            body_start = line.idx
            break
        used.append(line)
    if not used:
        return None, body_start
    seen: set[str] = set()
    for line in used:
        piece = strip_spaces(line.content).lstrip("#").strip("*")
        if piece in seen:  # a web page repeats its title under the metadata line
            continue
        seen.add(piece)
        parts.append(piece)
    # An issuing body printed above the title ("中共…党组" then "关于…的通报") is not part of it.
    if len(parts) > 1 and _ORG_ONLY_RE.search(parts[0]) and not _TITLE_WORDS_RE.search(parts[0]):
        parts = parts[1:]
    title = "".join(parts)
    # Short opening lines without any title word (an org name, a hard-wrapped first sentence) are body.
    if not _TITLE_WORDS_RE.search(title):
        return None, used[0].idx
    return title or None, body_start
