"""Word .docx: body paragraphs and tables in document order, tables one row per line.

Layout of the text (what ``Source.tables`` offsets refer to):

* each body paragraph is one line (a manual line break inside it stays a ``\\n``);
* each table row is one line, its cells joined by a TAB; inside a cell, paragraph breaks,
  line breaks and tabs become a single space so the row stays on one line;
* a cell spanning several grid columns (``gridSpan``) appears once in its row;
* a vertically merged cell (``vMerge``) holds its text in its first row; in the rows below it
  is written empty, and its span in ``tables`` repeats the span of that first occurrence — the
  value applies to those rows too. So a row's spans are not always inside the row's line.

Content controls (``w:sdt``) are entered, so text wrapped in them is not lost.
"""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Iterator

from docx import Document
from docx.oxml.ns import qn
from docx.oxml.xmlchemy import BaseOxmlElement
from docx.table import Table, _Cell
from docx.text.paragraph import Paragraph

from checker.errors import InputError
from checker.read.encoding import normalise_newlines
from checker.read.files import short_message

_P, _TBL, _SDT, _SDT_CONTENT = qn("w:p"), qn("w:tbl"), qn("w:sdt"), qn("w:sdtContent")
_IN_CELL_BREAKS = re.compile(r"[\r\n\t]+")
_MAX_XML_BYTES = 256 * 1024 * 1024  # uncompressed document.xml: refuse zip bombs


def _blocks(parent_el: BaseOxmlElement) -> Iterator[BaseOxmlElement]:
    """Paragraph and table elements of a container in document order, through content controls."""
    for child in parent_el.iterchildren():
        if child.tag in (_P, _TBL):
            yield child
        elif child.tag == _SDT:
            content = child.find(_SDT_CONTENT)
            if content is not None:
                yield from _blocks(content)


def _cell_text(cell: _Cell) -> str:
    """A cell's text on one line: its paragraphs (and nested tables' cells) joined by spaces."""
    pieces: list[str] = []
    for el in _blocks(cell._tc):
        if el.tag == _P:
            pieces.append(Paragraph(el, cell).text)
        else:
            for row in Table(el, cell).rows:
                pieces.extend(_cell_text(c) for c in _unique_cells(row.cells))
    lines = (_IN_CELL_BREAKS.sub(" ", p) for p in pieces)
    return " ".join(line for line in lines if line.strip())


def _unique_cells(cells: tuple[_Cell, ...]) -> list[_Cell]:
    """Drop the repeats python-docx yields for a cell spanning several grid columns."""
    unique: list[_Cell] = []
    for cell in cells:
        if not unique or unique[-1]._tc is not cell._tc:
            unique.append(cell)
    return unique


class _Builder:
    """Accumulates the text and the cell spans of every table."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.pos = 0
        self.tables: list[list[list[tuple[int, int]]]] = []

    def _write(self, text: str) -> tuple[int, int]:
        start = self.pos
        self.parts.append(text)
        self.pos += len(text)
        return start, self.pos

    def _newline(self) -> None:
        if self.parts:
            self._write("\n")

    def paragraph(self, text: str) -> None:
        self._newline()
        self._write(normalise_newlines(text))

    def table(self, table: Table) -> None:
        seen: dict[object, tuple[int, int]] = {}  # cell element → span of its first occurrence
        rows: list[list[tuple[int, int]]] = []
        for row in table.rows:
            self._newline()
            spans: list[tuple[int, int]] = []
            for i, cell in enumerate(_unique_cells(row.cells)):
                if i:
                    self._write("\t")
                if cell._tc in seen:  # vertically merged: written once, its span shared
                    self._write("")
                    spans.append(seen[cell._tc])
                    continue
                span = self._write(_cell_text(cell))
                seen[cell._tc] = span
                spans.append(span)
            rows.append(spans)
        self.tables.append(rows)

    def text(self) -> str:
        return "".join(self.parts)


def read_docx(name: str, data: bytes) -> tuple[str, list[list[list[tuple[int, int]]]]]:
    """Return ``(text, tables)`` for a .docx file's bytes; InputError when it is corrupt."""
    stream = io.BytesIO(data)
    if not zipfile.is_zipfile(stream):
        raise InputError(name, "corrupt .docx: not a zip archive (an old .doc or another format renamed?)")
    try:
        with zipfile.ZipFile(stream) as archive:
            info = archive.getinfo("word/document.xml")
        if info.file_size > _MAX_XML_BYTES:
            raise InputError(name, "corrupt .docx: word/document.xml unpacks to an implausible size")
        document = Document(io.BytesIO(data))
        builder = _Builder()
        for el in _blocks(document.element.body):
            if el.tag == _P:
                builder.paragraph(Paragraph(el, document._body).text)
            else:
                builder.table(Table(el, document._body))
    except InputError:
        raise
    except KeyError:
        raise InputError(name, "corrupt .docx: no word/document.xml in the archive") from None
    except Exception as exc:  # any parse failure of a hostile file is bad input, never a crash
        raise InputError(name, f"corrupt .docx: {short_message(exc)}") from None
    return builder.text(), builder.tables

