"""Word output: the critique as comments in a copy of the auditor's own .docx (or, for other
inputs, in a new .docx holding the text). The input file is read, never written.

Only the parts that change are unpacked and parsed (the document, its comments, their
relationship and content type); every other member is copied through as it streams."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

from checker.errors import InputError
from checker.models import Review
from checker.read.word import AUX_LIMIT, DOCUMENT_PART, NUMBERING_PART, STYLES_PART
from checker.read.word_notes import ENDNOTES_PART, FOOTNOTES_PART, DocumentNotes
from checker.read.word_numbering import Numbering
from checker.renderers.word.annotate import NotesFor, annotate, notes_for, title_span_of
from checker.renderers.word.comments import Comments
from checker.renderers.word.compose import compose
from checker.renderers.word.package import MAX_UNPACKED_BYTES, Package, PackageError, serialise
from checker.renderers.word.parts import PART_LIMIT, comments_part
from checker.renderers.word.wml import w, xml_safe


def _annotated(package: Package, text: str, path: str, notes_of: NotesFor) -> bytes:
    root = package.xml(DOCUMENT_PART, MAX_UNPACKED_BYTES)
    body = root.find(w("body")) if root is not None else None
    if root is None or body is None:
        raise PackageError(f"cannot reopen the .docx to annotate it (no {DOCUMENT_PART})")
    # numbering, styles and notes as the reader takes them, so the labels and notes it read are
    # found again (read only: their parts are copied through as they are)
    numbering_xml, styles_xml = package.optional(NUMBERING_PART, AUX_LIMIT), package.optional(STYLES_PART, AUX_LIMIT)
    footnotes_xml = package.optional(FOOTNOTES_PART, AUX_LIMIT)
    endnotes_xml = package.optional(ENDNOTES_PART, AUX_LIMIT)
    part = comments_part(package, DOCUMENT_PART)
    comments = Comments(package.xml(part.name, PART_LIMIT), body)
    layout = Numbering.parse(numbering_xml, styles_xml), DocumentNotes.parse(footnotes_xml, endnotes_xml)
    placed = annotate(body, layout, comments, text, path, notes_of)
    changed = {DOCUMENT_PART: serialise(root), part.name: comments.xml(), **part.changed} if placed else {}
    out = io.BytesIO()
    package.write(out, changed)
    return out.getvalue()


def render_docx(review: Review, text: str | None, *, lang: str, rubric: Any, original: bytes | None = None) -> bytes:
    """The annotated .docx as bytes: a copy of the input .docx, or a new one built from ``text``.
    ``original``: the input .docx's bytes when they are held in memory (an upload), not on disk."""
    doc = review.document
    return commented_copy(doc.path, doc.format, doc.title, text, lambda t: notes_for(review, t, lang, rubric), original)


def commented_copy(path: str, fmt: str | None, title: str | None, text: str | None, notes_of: NotesFor,
                   original: bytes | None = None) -> bytes:  # fmt: skip
    """A copy of the document at ``path`` with the comments ``notes_of`` gives: of its own .docx
    (``fmt`` docx; ``original``: its bytes when held in memory), else a new .docx of ``text`` with
    ``title`` (when the document has one) as its title line."""
    if fmt == "docx":
        source: io.BytesIO | Path = io.BytesIO(original) if original is not None else Path(path)
    else:
        if text is None:
            raise InputError(path, "the text as read is needed to build the .docx")
        start, _ = title_span_of(title, text)
        source = io.BytesIO(compose(text, title_line=text.count("\n", 0, start) if title else None))
        text = xml_safe(text)
    try:
        with Package(source) as package:
            if text is None:
                raise InputError(path, "the text as read is needed to place comments")
            return _annotated(package, text, path, notes_of)
    except PackageError as exc:
        raise InputError(path, str(exc)) from None


__all__ = ["commented_copy", "render_docx"]
