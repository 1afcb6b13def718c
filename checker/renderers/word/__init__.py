"""Word output: the critique as comments in a copy of the auditor's own .docx (or, for other
inputs, in a new .docx holding the text). The input file is read, never written."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path
from typing import Any

from docx import Document as open_document

from checker.errors import InputError
from checker.models import Review
from checker.renderers.word.annotate import annotate, title_span
from checker.renderers.word.compose import compose, xml_safe

# The copy keeps every part of the original (images too), so all of it is unpacked: held to this.
MAX_UNPACKED_BYTES = 512 * 1024 * 1024


def _original(review: Review, original: bytes | None) -> Any:
    path = Path(review.document.path)
    try:
        with zipfile.ZipFile(io.BytesIO(original) if original is not None else path) as archive:
            unpacked = sum(info.file_size for info in archive.infolist())  # as declared: zipfile reads no more
    except (OSError, zipfile.BadZipFile) as exc:
        raise InputError(str(path), f"cannot reopen the .docx to annotate it ({type(exc).__name__})") from None
    if unpacked > MAX_UNPACKED_BYTES:
        raise InputError(
            str(path), f"cannot annotate: the .docx unpacks to more than {MAX_UNPACKED_BYTES // (1024 * 1024)} MB"
        )
    try:
        return open_document(io.BytesIO(original) if original is not None else str(path))
    except Exception as exc:  # moved or broken since it was read
        raise InputError(str(path), f"cannot reopen the .docx to annotate it ({type(exc).__name__})") from None


def render_docx(review: Review, text: str | None, *, lang: str, rubric: Any, original: bytes | None = None) -> bytes:
    """The annotated .docx as bytes: a copy of the input .docx, or a new one built from ``text``.
    ``original``: the input .docx's bytes when they are held in memory (an upload), not on disk."""
    if review.document.format == "docx":
        document = _original(review, original)
        if text is None:
            raise InputError(review.document.path, "the text as read is needed to place comments")
    else:
        if text is None:
            raise InputError(review.document.path, "the text as read is needed to build the .docx")
        start, _ = title_span(review, text)
        document = compose(text, title_line=text.count("\n", 0, start) if review.document.title else None)
        text = xml_safe(text)
    annotate(document, text, review, lang, rubric)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


__all__ = ["render_docx"]
