"""PDF with a text layer: its lines joined back into paragraphs by their positions, one paragraph
per line of the text (:mod:`checker.read.pdf_paragraphs`). Scanned PDFs (images only) are refused
with a hint to OCR them first — guessing text from pixels is not this tool's job.

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
from checker.read.encoding import normalise_newlines
from checker.read.files import max_lines, megabytes, short_message, text_too_large, too_many_lines
from checker.read.pdf_drawing import BoundedPage, DrawingLimit
from checker.read.pdf_paragraphs import Line, line_of, paragraphs
from checker.read.pdf_streams import OverLimit, decoded_size
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


def read_pdf(name: str, data: bytes, max_bytes: int) -> str:
    """Return the text of a PDF's bytes; InputError when corrupt, encrypted, text-less or over a limit."""
    if b"%PDF-" not in data[:1024]:  # the header may follow a little junk
        raise InputError(name, reason("pdf_no_header"))
    pages: list[list[Line]] = []
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
                found = [line_of(found) for found in page.extract_text_lines(return_chars=True)]
                page.close()  # drop the page's parsed objects: memory stays flat over many pages
                size += sum(len(ln.text.encode("utf-8")) + 1 for ln in found) + 1
                if size > max_bytes:
                    raise _Refused(text_too_large("PDF", max_bytes))
                lines += len(found) + 1
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
    text = normalise_newlines("\n".join(paragraphs(pages)))
    if not text.strip():
        raise InputError(name, NO_TEXT_LAYER)
    cids = len(_CID.findall(text))
    if cids and cids * 4 > len(_CID.sub("", text).strip()):
        raise InputError(name, reason("pdf_cid"))
    return text
