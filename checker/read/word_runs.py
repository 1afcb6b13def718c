"""The runs of a Word paragraph that Word shows, in order: the text of the final document, every
tracked change accepted.

A paragraph's text is not only in its own ``w:r`` children. Word also shows the runs inside
hyperlinks, tracked insertions (``w:ins``) and moves to this place (``w:moveTo``), content
controls (``w:sdt`` → ``w:sdtContent``, where form templates put 责任单位 and 整改时限), simple
fields (``w:fldSimple``: its runs are the field's result), smart tags, custom XML elements and
bidirectional spans. It does not show tracked deletions (``w:del``), text moved away
(``w:moveFrom``), a field's instructions (the runs between its ``begin`` and ``separate``
``w:fldChar``; its result, up to ``end``, is shown), or a content control's placeholder prompt.

The reader and the annotated copy's text map both walk :func:`displayed_runs`, so their texts
stay equal.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Protocol

from docx.oxml.ns import qn
from lxml import etree


class NotesAtMarks(Protocol):
    """What a run's note marks show where they stand (checker.read.word_notes.DocumentNotes): the
    reader of runs needs only this, so it does not depend on how notes are parsed."""

    def at(self, run: etree._Element) -> str: ...

_R, _SDT, _SDT_PR, _SDT_CONTENT, _PLACEHOLDER = qn("w:r"), qn("w:sdt"), qn("w:sdtPr"), qn("w:sdtContent"), qn("w:showingPlcHdr")
_FLD_CHAR, _FLD_CHAR_TYPE = qn("w:fldChar"), qn("w:fldCharType")
_T, _TAB, _PTAB, _BR, _CR, _NB_HYPHEN, _TYPE = (
    qn("w:t"), qn("w:tab"), qn("w:ptab"), qn("w:br"), qn("w:cr"), qn("w:noBreakHyphen"), qn("w:type"),
)  # fmt: skip

# Elements inside a paragraph whose runs Word shows as part of it. (A content control is entered
# through its content; anything else — deletions, moves away, properties, bookmarks — holds no
# text Word shows.)
SHOWN_CONTAINERS = frozenset(
    qn(tag)
    for tag in ("w:hyperlink", "w:ins", "w:moveTo", "w:fldSimple", "w:smartTag", "w:customXml", "w:dir", "w:bdo")
)


def is_placeholder(sdt: etree._Element) -> bool:
    """True when a content control shows its placeholder prompt (单击或点击此处输入文字): the
    template's words, not the author's; read as the empty field it is."""
    props = sdt.find(_SDT_PR)
    return props is not None and props.find(_PLACEHOLDER) is not None


def content_of(sdt: etree._Element) -> etree._Element | None:
    """What a content control shows: its content, unless that is the placeholder prompt."""
    return None if is_placeholder(sdt) else sdt.find(_SDT_CONTENT)


def _runs(parent: etree._Element) -> Iterator[etree._Element]:
    for child in parent:
        tag = child.tag
        if tag == _R:
            yield child
        elif tag in SHOWN_CONTAINERS:
            yield from _runs(child)
        elif tag == _SDT and (content := content_of(child)) is not None:
            yield from _runs(content)


def displayed_runs(p: etree._Element) -> Iterator[etree._Element]:
    """The paragraph's runs Word shows, in order. A complex field's runs are shown from its
    ``separate`` mark on (its result); fields nest, so a run is shown only when every field open
    around it is in its result."""
    open_fields: list[bool] = []  # per field begun and not ended: has its result started?
    for run in _runs(p):
        if all(open_fields):
            yield run
        for mark in run.iterchildren(_FLD_CHAR):
            kind = mark.get(_FLD_CHAR_TYPE)
            if kind == "begin":
                open_fields.append(False)
            elif kind == "separate" and open_fields:
                open_fields[-1] = True
            elif kind == "end" and open_fields:
                open_fields.pop()


def run_text(run: etree._Element, out: list[str]) -> None:
    """A run's text as python-docx's ``CT_R.text`` gives it (tab → TAB, line break → newline, page
    and column breaks → nothing, non-breaking hyphen → ``-``)."""
    for el in run:
        tag = el.tag
        if tag == _T:
            out.append(el.text or "")
        elif tag in (_TAB, _PTAB):
            out.append("\t")
        elif tag == _BR:
            if el.get(_TYPE, "textWrapping") == "textWrapping":
                out.append("\n")
        elif tag == _CR:
            out.append("\n")
        elif tag == _NB_HYPHEN:
            out.append("-")


def paragraph_text(p: etree._Element, notes: NotesAtMarks | None = None) -> str:
    """The text Word shows in paragraph ``p`` (its own; text boxes anchored in it are apart), with
    the footnotes and endnotes its marks call in brackets where they stand, when ``notes`` are given."""
    out: list[str] = []
    for run in displayed_runs(p):
        run_text(run, out)
        if notes is not None:
            out.append(notes.at(run))
    return "".join(out)
