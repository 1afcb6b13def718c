"""PDF with a text layer: page texts joined by newlines. Scanned PDFs (images only) are refused
with a hint to OCR them first — guessing text from pixels is not this tool's job."""

from __future__ import annotations

import io
import re

import pdfplumber
from pdfminer.pdfdocument import PDFEncryptionError

from checker.errors import InputError
from checker.read.encoding import normalise_newlines
from checker.read.files import short_message

NO_TEXT_LAYER = "PDF has no text layer (scanned?); OCR it first"
# pdfminer writes "(cid:123)" for a glyph whose font has no Unicode mapping.
_CID = re.compile(r"\(cid:\d+\)")


def read_pdf(name: str, data: bytes) -> str:
    """Return the text of a PDF's bytes; InputError when corrupt, encrypted or text-less."""
    if b"%PDF-" not in data[:1024]:  # the header may follow a little junk
        raise InputError(name, "corrupt PDF: no %PDF header")
    try:
        with pdfplumber.open(io.BytesIO(data)) as pdf:
            pages = [page.extract_text() or "" for page in pdf.pages]
    except Exception as exc:  # pdfminer raises many types on hostile input: all are bad input
        cause = exc.args[0] if exc.args else exc
        if isinstance(cause, PDFEncryptionError) or isinstance(exc, PDFEncryptionError):
            raise InputError(name, "PDF is encrypted (password-protected); save an unprotected copy") from None
        raise InputError(name, f"corrupt PDF: {short_message(exc)}") from None
    if not pages:
        raise InputError(name, "corrupt PDF: no pages")
    text = normalise_newlines("\n".join(pages))
    if not text.strip():
        raise InputError(name, NO_TEXT_LAYER)
    cids = len(_CID.findall(text))
    if cids and cids * 4 > len(_CID.sub("", text).strip()):
        raise InputError(name, "PDF text layer cannot be decoded (fonts without a Unicode map); OCR it first")
    return text

