"""Where each character of the text as read sits in a Word document: its run and its place in
the run's own text, as an index of pieces by offset (built in one pass, looked up by bisection).

The map walks the document exactly as ``checker.read.word`` lays out its text (body paragraphs a
line each, table rows a line each with cells joined by a TAB, in-cell breaks collapsed to one
space, merged cells once, the runs Word shows), so offsets of a review land on the runs the
auditor wrote. Characters
the layout adds (line breaks between paragraphs, TABs between cells, spaces between a cell's
paragraphs, numbering labels) belong to no run. The map is only trusted when its text equals the
text the review was made from.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from typing import NamedTuple

from lxml import etree

from checker.read.word_layout import blocks, cells_once, table_rows, text_boxes
from checker.read.word_notes import DocumentNotes
from checker.read.word_numbering import Numbering
from checker.read.word_runs import displayed_runs, paragraph_text
from checker.renderers.word.wml import run_text, w

_P = w("p")
_IN_CELL_BREAKS = re.compile(r"[\r\n\t]+")  # as the reader collapses them inside a cell
_NEWLINES = re.compile(r"\r\n?")  # as the reader normalises body paragraphs


class Place(NamedTuple):
    """A character of a run: the ``w:r`` element and the position in the run's text."""

    run: etree._Element
    pos: int


class Piece(NamedTuple):
    """``length`` characters of the text from ``offset``. With ``first`` set and more than one
    character, character k is run character ``first.pos + k`` of ``first.run``; a single
    character stands for the run characters from ``first`` to ``last`` (a collapsed break may span
    several); a piece the layout adds has neither. A note's text, shown at its mark, is a piece
    whose every character stands for the mark's run (``first`` and ``last`` both, ``whole``)."""

    offset: int
    length: int
    first: Place | None
    last: Place | None
    whole: bool = False

    def places(self, k: int) -> tuple[Place | None, Place | None]:
        """The first and last run character that character ``k`` of the piece stands for."""
        if self.length == 1 or self.first is None or self.whole:
            return self.first, self.last
        place = Place(self.first.run, self.first.pos + k)
        return place, place


class _Line:
    """Pieces and their text, appended left to right from offset ``base`` (a paragraph's line is
    built where it will stand in the document, so joining it moves nothing)."""

    def __init__(self, base: int = 0) -> None:
        self.base = self.end = base
        self.pieces: list[Piece] = []
        self.parts: list[str] = []

    def add(
        self, text: str, first: Place | None = None, last: Place | None = None, whole: bool = False
    ) -> None:
        if text:
            self.pieces.append(Piece(self.end, len(text), first, last, whole))
            self.parts.append(text)
            self.end += len(text)

    def note(self, text: str, mark: etree._Element) -> None:
        """A footnote's or endnote's text shown at its mark: a comment on it stands on the mark."""
        self.add(text, Place(mark, 0), Place(mark, 0), whole=True)

    def run(self, r: etree._Element) -> None:
        text = run_text(r)
        if text:
            self.add(text, Place(r, 0), Place(r, len(text) - 1))

    def extend(self, other: _Line) -> None:
        shift = self.end - other.base
        if shift:
            self.pieces.extend(p._replace(offset=p.offset + shift) for p in other.pieces)
        else:
            self.pieces.extend(other.pieces)
        self.parts.extend(other.parts)
        self.end += other.end - other.base

    def text(self) -> str:
        return "".join(self.parts)


def _collapse(line: _Line, pattern: re.Pattern[str], repl: str) -> _Line:
    """``pattern.sub(repl, text)`` on the line: each match becomes one character standing for
    the run characters from its first to its last."""
    text = line.text()
    if pattern.search(text) is None:
        return line
    pieces, starts = line.pieces, [p.offset - line.base for p in line.pieces]  # offsets in ``text``
    out = _Line(line.base)

    def at(k: int) -> tuple[Place | None, Place | None]:
        i = bisect_right(starts, k) - 1
        return pieces[i].places(k - starts[i])

    def copy(start: int, end: int) -> None:
        i = max(bisect_right(starts, start) - 1, 0)
        while i < len(pieces) and starts[i] < end:
            p, offset = pieces[i], starts[i]
            a, b = max(start, offset) - offset, min(end, offset + p.length) - offset
            if a < b:
                chunk = text[offset + a : offset + b]
                if p.length == 1 or p.first is None or p.whole:
                    out.add(chunk, p.first, p.last, p.whole)
                else:  # a stretch of one run: still one for one
                    out.add(chunk, Place(p.first.run, p.first.pos + a), Place(p.first.run, p.first.pos + b - 1))
            i += 1

    pos = 0
    for m in pattern.finditer(text):
        copy(pos, m.start())
        out.add(repl, at(m.start())[0], at(m.end() - 1)[1])
        pos = m.end()
    copy(pos, len(text))
    return out


def _paragraph_line(p: etree._Element, numbering: Numbering, notes: DocumentNotes, base: int = 0) -> _Line:
    """The paragraph's text as Word shows it (the runs it displays, the notes their marks call)
    after the label its numbering shows."""
    line = _Line(base)
    if not numbering.empty:
        line.add(numbering.label(p, paragraph_text(p)))
    for r in displayed_runs(p):
        line.run(r)
        line.note(notes.at(r), r)
    return line


def _cell_line(tc: etree._Element, numbering: Numbering, notes: DocumentNotes) -> _Line:
    """As the reader's ``_cell_text``: paragraphs and nested tables' cells, one line, space-joined."""
    pieces: list[_Line] = []
    for el in blocks(tc):
        if el.tag == _P:
            pieces.append(_paragraph_line(el, numbering, notes))
        else:
            pieces.extend(_cell_line(c, numbering, notes) for c in cells_once(el))
    out = _Line()
    for piece in pieces:
        line = _collapse(piece, _IN_CELL_BREAKS, " ")
        if not line.text().strip():
            continue
        if out.end:
            out.add(" ")
        out.extend(line)
    return out


@dataclass(frozen=True)
class TextMap:
    """The text as read and its pieces in order; ``starts`` are the pieces' offsets."""

    text: str
    pieces: list[Piece]
    starts: list[int]

    def ends(self, start: int, end: int) -> tuple[Place | None, Place | None]:
        """The first and last run character inside ``[start, end)`` (None when it holds none)."""
        start, end = max(start, 0), min(end, len(self.text))
        if start >= end:
            return None, None
        first = last = None
        i = bisect_right(self.starts, start) - 1
        while first is None and i < len(self.pieces) and self.pieces[i].offset < end:
            p = self.pieces[i]
            first = p.places(max(start, p.offset) - p.offset)[0]
            i += 1
        j = bisect_right(self.starts, end - 1) - 1
        while last is None and j >= 0 and self.pieces[j].offset + self.pieces[j].length > start:
            p = self.pieces[j]
            last = p.places(min(end, p.offset + p.length) - 1 - p.offset)[1]
            j -= 1
        return first, last


def text_map(body: etree._Element, numbering: Numbering, notes: DocumentNotes | None = None) -> TextMap:
    """Every character of the document's text as read, in order; ``numbering`` and ``notes`` not
    yet walked (counters advance and notes are shown as the walk goes)."""
    notes = notes or DocumentNotes({})
    doc = _Line()
    started = False

    def newline() -> None:
        if started:
            doc.add("\n")

    def block(el: etree._Element) -> None:
        nonlocal started
        if el.tag == _P:
            newline()
            doc.extend(_collapse(_paragraph_line(el, numbering, notes, doc.end), _NEWLINES, "\n"))
            started = True
            for box in text_boxes(el):
                for inner in blocks(box):
                    block(inner)
            return
        seen: set[etree._Element] = set()  # the elements themselves: ids of lxml proxies can be reused
        for cells in table_rows(el):  # merged cells resolved as the reader resolves them
            newline()
            started = True
            for i, tc in enumerate(cells):
                if i:
                    doc.add("\t")
                if tc in seen:  # vertically merged: its text sits in its first row
                    continue
                seen.add(tc)
                doc.extend(_cell_line(tc, numbering, notes))

    for el in blocks(body):
        block(el)
    return TextMap(doc.text(), doc.pieces, [p.offset for p in doc.pieces])
