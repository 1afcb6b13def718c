"""Where each character of the text as read sits in a Word document: its run and its place in
the run's own text.

The map walks the document exactly as ``checker.read.word`` lays out its text (body paragraphs a
line each, table rows a line each with cells joined by a TAB, in-cell breaks collapsed to one
space, merged cells once, the runs Word shows), so offsets of a review land on the runs the
auditor wrote. Characters
the layout adds (line breaks between paragraphs, TABs between cells, spaces between a cell's
paragraphs) belong to no run. The map is only trusted when its text equals the text the review
was made from.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from docx.document import Document
from docx.oxml.ns import qn
from docx.oxml.xmlchemy import BaseOxmlElement
from lxml import etree

from checker.read.word import AUX_LIMIT
from checker.read.word_layout import blocks, cells_once, table_rows, text_boxes
from checker.read.word_numbering import Numbering
from checker.read.word_runs import displayed_runs, paragraph_text

_P = qn("w:p")
_IN_CELL_BREAKS = re.compile(r"[\r\n\t]+")  # as the reader collapses them inside a cell
_NEWLINES = re.compile(r"\r\n?")  # as the reader normalises body paragraphs


@dataclass(frozen=True)
class Place:
    """A character of a run: the ``w:r`` element and the index in the run's text (``CT_R.text``)."""

    run: BaseOxmlElement
    index: int


@dataclass(frozen=True)
class Atom:
    """One character of the text as read, with the first and last run characters it stands for
    (a collapsed break stands for several; a separator the layout adds stands for none)."""

    char: str
    first: Place | None
    last: Place | None


def _paragraph_atoms(p: BaseOxmlElement) -> list[Atom]:
    """The paragraph's text as Word shows it, character by character, each in its run's text
    (python-docx ``CT_R.text``)."""
    atoms: list[Atom] = []
    for r in displayed_runs(p):
        for i, ch in enumerate(r.text):
            place = Place(r, i)
            atoms.append(Atom(ch, place, place))
    return atoms


def _collapse(atoms: list[Atom], pattern: re.Pattern[str], repl: str) -> list[Atom]:
    """``pattern.sub(repl, text)`` on atoms: each match becomes one atom spanning its places."""
    text = "".join(a.char for a in atoms)
    out: list[Atom] = []
    pos = 0
    for m in pattern.finditer(text):
        out.extend(atoms[pos : m.start()])
        span = atoms[m.start() : m.end()]
        out.append(Atom(repl, span[0].first, span[-1].last))
        pos = m.end()
    out.extend(atoms[pos:])
    return out


def _separator(char: str) -> Atom:
    return Atom(char, None, None)


def _numbered_atoms(p: BaseOxmlElement, numbering: Numbering) -> list[Atom]:
    """The paragraph's atoms after the label its automatic numbering shows (in no run)."""
    label = numbering.label(p, paragraph_text(p))
    return [*(_separator(ch) for ch in label), *_paragraph_atoms(p)]


def _cell_atoms(tc: BaseOxmlElement, numbering: Numbering) -> list[Atom]:
    """As the reader's ``_cell_text``: paragraphs and nested tables' cells, one line, space-joined."""
    pieces: list[list[Atom]] = []
    for el in blocks(tc):
        if el.tag == _P:
            pieces.append(_numbered_atoms(el, numbering))
        else:
            pieces.extend(_cell_atoms(c, numbering) for c in cells_once(el))
    lines = [_collapse(p, _IN_CELL_BREAKS, " ") for p in pieces]
    out: list[Atom] = []
    for line in lines:
        if not "".join(a.char for a in line).strip():
            continue
        if out:
            out.append(_separator(" "))
        out.extend(line)
    return out


def _part_xml(element: BaseOxmlElement | None) -> bytes | None:
    if element is None:
        return None
    xml = etree.tostring(element)
    return xml if len(xml) <= AUX_LIMIT else None


def _numbering(document: Document) -> Numbering:
    """The document's numbering definitions, as the reader takes them."""
    try:
        numbering_el = document.part.numbering_part.element
    except (KeyError, NotImplementedError):
        return Numbering(None, None)
    return Numbering.parse(_part_xml(numbering_el), _part_xml(document.styles.element))


def text_map(document: Document) -> list[Atom]:
    """Every character of the document's text as read, in order."""
    atoms: list[Atom] = []
    numbering = _numbering(document)
    started = False

    def newline() -> None:
        if started:
            atoms.append(_separator("\n"))

    def block(el: BaseOxmlElement) -> None:
        nonlocal started
        if el.tag == _P:
            newline()
            atoms.extend(_collapse(_numbered_atoms(el, numbering), _NEWLINES, "\n"))
            started = True
            for box in text_boxes(el):
                for inner in blocks(box):
                    block(inner)
            return
        seen: set[BaseOxmlElement] = set()  # the elements themselves: ids of lxml proxies can be reused
        for cells in table_rows(el):  # merged cells resolved as the reader resolves them
            newline()
            started = True
            for i, tc in enumerate(cells):
                if i:
                    atoms.append(_separator("\t"))
                if tc in seen:  # vertically merged: its text sits in its first row
                    continue
                seen.add(tc)
                atoms.extend(_cell_atoms(tc, numbering))

    for el in blocks(document.element.body):
        block(el)
    return atoms


def map_text(atoms: list[Atom]) -> str:
    return "".join(a.char for a in atoms)
