"""Word .docx: body paragraphs and tables in document order, tables one row per line.

Layout of the text (what ``Source.tables`` offsets refer to):

* each body paragraph is one line (a manual line break inside it stays a ``\\n``);
* each table row is one line, its cells joined by a TAB; inside a cell, paragraph breaks,
  line breaks and tabs become a single space so the row stays on one line;
* a cell spanning several grid columns (``gridSpan``) appears once in its row;
* a vertically merged cell (``vMerge``) holds its text in its first row; in the rows below it
  is written empty, and its span in ``tables`` repeats the span of that first occurrence — the
  value applies to those rows too. So a row's spans are not always inside the row's line.

The text is what Word shows of the final document, tracked changes accepted
(:mod:`checker.read.word_runs`); content controls and custom XML elements are entered wherever
they wrap paragraphs, tables, rows or cells (:mod:`checker.read.word_layout`); a footnote's or an
endnote's text stands in brackets where its mark does (:mod:`checker.read.word_notes`).

Hostile files stay cheap: only ``word/document.xml`` is unpacked (styles, images, thumbnails are
never read); its declared and its actual unpacked size are both held to ``XML_FACTOR × max_bytes``;
it is parsed as a stream, each body paragraph or table freed once its text is taken, and no more
than ``MAX_BLOCK_ELEMENTS`` elements are held for one of them; the extracted text is held to
``max_bytes`` while it grows; merged cells are resolved by grid offset in one pass, each distinct
cell read once (a ``gridSpan`` of two billion, a cell merged down thousands of rows or merged cells
nesting tables twenty deep cost nothing extra).
"""

from __future__ import annotations

import zipfile
from io import BytesIO

from docx.oxml.ns import qn
from lxml import etree

from checker.errors import InputError
from checker.read.encoding import normalise_newlines
from checker.read.files import max_lines, megabytes, short_message, text_too_large, too_many_lines
from checker.read.word_layout import blocks, cells_once, table_rows, text_boxes
from checker.read.word_notes import ENDNOTES_PART, FOOTNOTES_PART, DocumentNotes
from checker.read.word_numbering import Numbering
from checker.read.word_runs import is_placeholder, paragraph_text
from checker.read.written import IN_CELL_BREAKS, Written
from checker.reasons import Reason, reason

_P, _TBL, _SDT, _SDT_CONTENT, _BODY, _CUSTOM_XML = (
    qn("w:p"), qn("w:tbl"), qn("w:sdt"), qn("w:sdtContent"), qn("w:body"), qn("w:customXml"),
)  # fmt: skip
DOCUMENT_PART = "word/document.xml"
NUMBERING_PART, STYLES_PART = "word/numbering.xml", "word/styles.xml"
# A numbering, styles or notes part larger than this is not read (its numbers or notes are lost, not time).
AUX_LIMIT = 4 * 1024 * 1024
XML_FACTOR = 5  # document.xml may unpack to this many times --max-bytes (markup outweighs text)
# Elements one body paragraph or table may hold while it is parsed: a real table of a few thousand
# cells has a few hundred thousand; a paragraph of millions of empty runs would hold gigabytes.
MAX_BLOCK_ELEMENTS = 1_000_000
_CHUNK = 64 * 1024


class _TooLarge(Exception):
    """The extracted text outgrew a limit; its argument is the reason shown to the user."""


def numbered_text(p: etree._Element, numbering: Numbering, notes: DocumentNotes | None = None) -> str:
    """The paragraph's text after the label Word's automatic numbering shows before it, with the
    notes its marks call where they stand (the label is told by the paragraph's own text)."""
    text = paragraph_text(p)
    label = numbering.label(p, text)
    return label + (paragraph_text(p, notes) if notes is not None and not notes.empty else text)


def _cell_text(tc: etree._Element, limit: int, numbering: Numbering, notes: DocumentNotes) -> str:
    """A cell's text on one line: its paragraphs (and nested tables' cells) joined by spaces."""
    pieces: list[str] = []
    size = 0
    for el in blocks(tc):
        found = [numbered_text(el, numbering, notes)] if el.tag == _P else [
            _cell_text(cell, limit, numbering, notes) for cell in cells_once(el)
        ]
        for piece in found:
            size += len(piece)
            if size > limit:
                raise _TooLarge(text_too_large(".docx", limit))
            pieces.append(piece)
    lines = (IN_CELL_BREAKS.sub(" ", p) for p in pieces)
    return " ".join(line for line in lines if line.strip())


class _Builder(Written):
    """Accumulates the text and the cell spans of every table, up to ``limit`` bytes of UTF-8."""

    def __init__(
        self, limit: int, numbering: Numbering | None = None, notes: DocumentNotes | None = None
    ) -> None:
        super().__init__()
        self.numbering = numbering or Numbering(None, None)
        self.notes = notes or DocumentNotes({})
        self.size = 0
        self.lines = 0
        self.limit = limit
        self.max_lines = max_lines(limit)

    def admit(self, text: str) -> None:
        self.size += len(text.encode("utf-8"))
        if self.size > self.limit:
            raise _TooLarge(text_too_large(".docx", self.limit))
        self.lines += text.count("\n")
        if self.lines >= self.max_lines:
            raise _TooLarge(too_many_lines(self.max_lines))

    def paragraph(self, p: etree._Element) -> None:
        self.newline()
        self.write(normalise_newlines(numbered_text(p, self.numbering, self.notes)))
        for box in text_boxes(p):  # a text box's paragraphs follow the paragraph it stands in
            for el in blocks(box):
                self.paragraph(el) if el.tag == _P else self.table(el)

    def table(self, tbl: etree._Element) -> None:
        seen: dict[etree._Element, tuple[int, int]] = {}  # cell element → span of its first occurrence
        rows: list[list[tuple[int, int]]] = []
        for cells in table_rows(tbl):
            self.newline()
            spans: list[tuple[int, int]] = []
            for i, cell in enumerate(cells):
                if i:
                    self.write("\t")
                if cell in seen:  # vertically merged: written once, its span shared
                    spans.append(seen[cell])
                    continue
                span = self.write(_cell_text(cell, self.limit, self.numbering, self.notes))
                seen[cell] = span
                spans.append(span)
            rows.append(spans)
        self.tables.append(rows)



def _body_block(el: etree._Element) -> etree._Element | None:
    """The body's child holding ``el`` when ``el`` is a body-level block (directly in the body or
    only inside content controls and custom XML elements) that Word shows, else None."""
    child, parent = el, el.getparent()
    while parent is not None and parent.tag != _BODY:
        if parent.tag == _SDT:
            if child.tag != _SDT_CONTENT or is_placeholder(parent):
                return None
        elif parent.tag not in (_SDT_CONTENT, _CUSTOM_XML):
            return None
        child, parent = parent, parent.getparent()
    return child if parent is not None else None


def _too_many_elements() -> Reason:
    return reason("docx_too_many_elements", part=DOCUMENT_PART, limit=MAX_BLOCK_ELEMENTS)


def _stream(name: str, archive: zipfile.ZipFile, builder: _Builder, xml_limit: int) -> None:
    parser = etree.XMLPullParser(
        events=("end",), tag=(_P, _TBL), resolve_entities=False, no_network=True, remove_blank_text=True
    )
    read = 0
    held = 0  # elements fed since a block was last taken and freed (start tags: '<' not followed by '/')
    with archive.open(DOCUMENT_PART) as member:
        while chunk := member.read(_CHUNK):
            read += len(chunk)
            if read > xml_limit:  # the declared size lied
                raise InputError(name, _xml_too_large(xml_limit))
            held += chunk.count(b"<") - chunk.count(b"</")
            if held > MAX_BLOCK_ELEMENTS:  # counted before the parser builds them
                raise InputError(name, _too_many_elements())
            parser.feed(chunk)
            if _take(parser, builder):
                held = 0
        parser.close()
        _take(parser, builder)


def _take(parser: etree.XMLPullParser, builder: _Builder) -> bool:
    """Write and free the blocks the parser has finished; True when there were any."""
    took = False
    for _, el in parser.read_events():
        top = _body_block(el)
        if top is None:
            continue  # a paragraph inside a table or text box: its block takes it
        took = True
        if el.tag == _P:
            builder.paragraph(el)
        else:
            builder.table(el)
        el.clear()
        for done in {el, top}:  # free blocks already taken, and whatever lay between them
            parent = done.getparent()
            while done.getprevious() is not None:
                del parent[0]
    return took


def _aux_part(archive: zipfile.ZipFile, name: str) -> bytes | None:
    """A small part the text's numbering needs, or None when it is absent or too large."""
    try:
        info = archive.getinfo(name)
    except KeyError:
        return None
    if info.file_size > AUX_LIMIT:
        return None
    with archive.open(name) as member:
        data = member.read(AUX_LIMIT + 1)
    return data if len(data) <= AUX_LIMIT else None


def _xml_too_large(limit: int) -> Reason:
    return reason("docx_xml_too_large", part=DOCUMENT_PART, limit=megabytes(limit), factor=XML_FACTOR)


def read_docx(name: str, data: bytes, max_bytes: int) -> tuple[str, list[list[list[tuple[int, int]]]]]:
    """Return ``(text, tables)`` for a .docx file's bytes; InputError when it is corrupt or its
    text is larger than ``max_bytes``."""
    stream = BytesIO(data)
    if not zipfile.is_zipfile(stream):
        raise InputError(name, reason("docx_not_zip"))
    xml_limit = XML_FACTOR * max_bytes
    try:
        with zipfile.ZipFile(stream) as archive:
            numbering = Numbering.parse(_aux_part(archive, NUMBERING_PART), _aux_part(archive, STYLES_PART))
            notes = DocumentNotes.parse(_aux_part(archive, FOOTNOTES_PART), _aux_part(archive, ENDNOTES_PART))
            builder = _Builder(max_bytes, numbering, notes)
            info = archive.getinfo(DOCUMENT_PART)
            if info.file_size > xml_limit:
                raise InputError(name, _xml_too_large(xml_limit))
            _stream(name, archive, builder, xml_limit)
    except InputError:
        raise
    except _TooLarge as exc:
        raise InputError(name, exc.args[0]) from None
    except KeyError:
        raise InputError(name, reason("docx_no_document", part=DOCUMENT_PART)) from None
    except Exception as exc:  # any parse failure of a hostile file is bad input, never a crash
        raise InputError(name, reason("docx_corrupt", detail=short_message(exc))) from None
    return builder.text(), builder.tables
