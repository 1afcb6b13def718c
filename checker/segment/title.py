"""The document title: the short lines that open the document, before the body starts."""

from __future__ import annotations

from checker.segment.lines import Line
from checker.text.width import strip_spaces
from checker.vocabulary import Vocabulary

_NOT_TITLE_END = "。；;：:，,、！？!?"
_MAX_TITLE_LINE = 60


def _title_like(v: Vocabulary, line: Line) -> bool:
    s = line.content
    return (
        line.marker is None
        and len(s) <= _MAX_TITLE_LINE
        and s[-1] not in _NOT_TITLE_END
        and "。" not in s
        and "\t" not in s  # a table row
        and not v.patterns.table_start.match(s)  # a rule line or a column name opens a table, not a title
    )


def _piece(content: str) -> str:
    return strip_spaces(content).lstrip("#").strip("*")


def find_title(v: Vocabulary, lines: list[Line], skip: set[int]) -> tuple[list[Line], int]:
    """(the lines the title is made of, index of the first body line). ``skip`` holds boilerplate
    lines (page metadata between a title and its repetition). A document that opens with body text
    has no title lines."""
    used: list[Line] = []
    body_start = len(lines)
    for line in lines:
        if line.blank or line.idx in skip:
            continue
        if not _title_like(v, line) or len(used) >= 4:
            body_start = line.idx
            break
        used.append(line)
    if not used:
        return [], body_start
    seen: set[str] = set()
    kept: list[Line] = []
    for line in used:
        piece = _piece(line.content)
        if piece in seen:  # a web page repeats its title under the metadata line
            continue
        seen.add(piece)
        kept.append(line)
    # An attachment's number above its title (附件1 then "…整改清单") is not part of it.
    if len(kept) > 1 and v.weights.layouts.attachment_label_title and v.patterns.attachment_label.match(
        _piece(kept[0].content)
    ):
        kept = kept[1:]
    # An issuing body printed above the title ("中共…党组" then "关于…的通报") is not part of it.
    first = _piece(kept[0].content)
    if len(kept) > 1 and v.patterns.issuer_only.search(first) and not v.patterns.title_words.search(first):
        kept = kept[1:]
    title = title_of([ln.content for ln in kept])
    # Short opening lines without any title word (an org name, a hard-wrapped first sentence) are body.
    if not v.patterns.title_words.search(title or ""):
        return [], used[0].idx
    return kept, body_start


_BRACKET_TITLE = ("【", "】")
_MAX_BRACKET_TITLE = 40


def bracket_title(v: Vocabulary, first: str) -> str | None:
    """A title a page set in 【】 at the head of its first paragraph (【办公用房超标整改报告】为进一步规范…):
    the words inside when they name a document, else None."""
    head = first.lstrip()
    if not head.startswith(_BRACKET_TITLE[0]):
        return None
    end = head.find(_BRACKET_TITLE[1], 1, _MAX_BRACKET_TITLE + 2)
    inside = head[1:end] if end > 0 else ""
    return inside if inside and v.patterns.title_words.search(inside) else None


def title_of(contents: list[str]) -> str | None:
    """The title made of these lines' contents (in the view, or in the user's text)."""
    return "".join(_piece(c) for c in contents) or None
