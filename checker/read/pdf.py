"""PDF with a text layer: its lines joined back into paragraphs by their positions, one paragraph
per line of the text (:mod:`checker.read.pdf_paragraphs`), its tables read into rows of cells as a
Word table is, one row a line with its cells joined by a TAB (:mod:`checker.read.pdf_tables`), and
each page's running header, footer and page number left out (:mod:`checker.read.pdf_furniture`).
Scanned PDFs (images only) are refused with a hint to OCR them first — guessing text from pixels is
not this tool's job.

Hostile files stay cheap: every stream's decoded size is measured (bounded, whatever its filters)
before the parser sees the file (:mod:`checker.read.pdf_streams`), pages are counted before any is
read, what a page draws is counted as it is drawn (:mod:`checker.read.pdf_drawing`), each page is
released once its text is taken, and the extracted text is held to ``--max-bytes`` as it grows.
"""

from __future__ import annotations

import io
import re
from itertools import islice

import pdfplumber
from pdfminer.pdfdocument import PDFEncryptionError
from pdfminer.pdfpage import PDFPage

from checker.errors import InputError
from checker.models import Tables
from checker.read.encoding import normalise_newlines
from checker.read.files import max_lines, megabytes, short_message, text_too_large, too_many_lines
from checker.read.pdf_drawing import BoundedPage, DrawingLimit
from checker.read.pdf_furniture import drop_furniture
from checker.read.pdf_paragraphs import Line, close_spaces, paragraphs
from checker.read.pdf_streams import OverLimit, decoded_size
from checker.read.pdf_tables import Grid, aligned_grids, join_pages, page_blocks
from checker.read.written import IN_CELL_BREAKS, Written
from checker.reasons import reason

NO_TEXT_LAYER = reason("pdf_no_text")
# pdfminer writes "(cid:123)" for a glyph whose font has no Unicode mapping.
_CID = re.compile(r"\(cid:\d+\)")
INFLATE_FACTOR = 5  # all streams together may inflate to this many times --max-bytes
PAGE_BYTES = 10 * 1024  # one page allowed per this many bytes of --max-bytes …
MIN_PAGES = 100  # … and never fewer than this


def max_pages(max_bytes: int) -> int:
    """Pages a PDF may have under ``--max-bytes`` (2,048 at the default 20 MB)."""
    return max(MIN_PAGES, max_bytes // PAGE_BYTES)


class _Refused(Exception):
    """A limit was hit; its argument is the reason shown to the user."""


def _check_streams(data: bytes, limit: int) -> None:
    try:
        decoded_size(data, limit)
    except OverLimit:
        raise _Refused(reason("pdf_streams", limit=megabytes(limit), factor=INFLATE_FACTOR)) from None


def _block_size(block: Line | Grid) -> tuple[int, int]:
    """The bytes (UTF-8) and lines a page's line or table adds to the text."""
    if isinstance(block, Line):
        return len(block.text.encode("utf-8")) + 1, 1
    cells = sum(len((cell or "").encode("utf-8")) + 1 for row in block.rows for cell in row)
    return cells, len(block.rows)


class _Text(Written):
    """The text of the paragraphs and tables, with the cell spans of every table (as the Word
    reader gives them: a cell merged down holds its text once, its span shared by the rows below)."""

    def _line(self, text: str) -> tuple[int, int]:
        self.newline()
        return self.write(text)

    def paragraph(self, text: str) -> None:
        self._line(close_spaces(text))

    def table(self, grid: Grid) -> None:
        rows: list[list[tuple[int, int]]] = []
        above: dict[int, tuple[int, int]] = {}
        for row in grid.rows:
            cells = [close_spaces(IN_CELL_BREAKS.sub(" ", cell or "")) for cell in row]
            start, _ = self._line("\t".join(cells))
            spans: list[tuple[int, int]] = []
            for k, (cell, text) in enumerate(zip(row, cells, strict=True)):
                span = (start, start + len(text))
                start += len(text) + 1
                if cell is None and k in above:
                    span = above[k]  # merged down: the first occurrence's span
                above[k] = span
                spans.append(span)
            rows.append(spans)
        self.tables.append(rows)

def read_pdf(name: str, data: bytes, max_bytes: int) -> tuple[str, Tables]:
    """Return the text of a PDF's bytes and the cell spans of its tables; InputError when corrupt,
    encrypted, text-less or over a limit."""
    if b"%PDF-" not in data[:1024]:  # the header may follow a little junk
        raise InputError(name, reason("pdf_no_header"))
    pages: list[list[Line | Grid]] = []
    try:
        _check_streams(data, INFLATE_FACTOR * max_bytes)
        with pdfplumber.open(io.BytesIO(data)) as pdf:
            limit = max_pages(max_bytes)
            if sum(1 for _ in islice(PDFPage.create_pages(pdf.doc), limit + 1)) > limit:
                raise _Refused(reason("pdf_pages", limit=limit, kb=PAGE_BYTES // 1024))
            size, lines, doctop = 0, 0, 0.0
            for number, obj in enumerate(PDFPage.create_pages(pdf.doc), 1):
                page = BoundedPage(pdf, obj, page_number=number, initial_doctop=doctop)
                doctop += page.height
                found = page_blocks(page)
                page.close()  # drop the page's parsed objects: memory stays flat over many pages
                sizes = [_block_size(block) for block in found]
                size += sum(b for b, _ in sizes) + 1
                if size > max_bytes:
                    raise _Refused(text_too_large("PDF", max_bytes))
                lines += sum(n for _, n in sizes) + 1
                if lines >= max_lines(max_bytes):
                    raise _Refused(too_many_lines(max_lines(max_bytes)))
                pages.append(found)
    except (_Refused, DrawingLimit) as exc:
        raise InputError(name, exc.args[0]) from None
    except Exception as exc:  # pdfminer raises many types on hostile input: all are bad input
        cause = exc.args[0] if exc.args else exc
        if isinstance(cause, PDFEncryptionError) or isinstance(exc, PDFEncryptionError):
            raise InputError(name, reason("pdf_encrypted")) from None
        raise InputError(name, reason("pdf_corrupt", detail=short_message(exc))) from None
    if not pages:
        raise InputError(name, reason("pdf_no_pages"))
    read: list[list[Line | Grid]] = []
    for blocks in drop_furniture(pages):  # a table without rules may go on from the page before
        last = read[-1][-1] if read and read[-1] else None
        read.append(aligned_grids(blocks, last if isinstance(last, Grid) else None))
    built = _Text()
    for block in paragraphs(join_pages(read)):
        if isinstance(block, str):
            built.paragraph(block)
        else:
            built.table(block)
    text = normalise_newlines(built.text())
    if not text.strip():
        raise InputError(name, NO_TEXT_LAYER)
    cids = len(_CID.findall(text))
    if cids and cids * 4 > len(_CID.sub("", text).strip()):
        raise InputError(name, reason("pdf_cid"))
    return text, built.tables
