"""Read a report file into a `Source`: the text every later offset refers to.

Offsets refer to the text *as read*: decoded (encoding detected, a byte-order mark removed —
what ``bytes.decode("utf-8-sig")`` gives), newlines normalised (``\\r\\n`` and ``\\r`` → ``\\n``),
and for .docx/.pdf/.html the extracted text laid out as each reader documents. Nothing else
is changed: no Unicode normalisation, so evidence quotes the author's own characters.

Every way a file can fail to be a report raises `InputError(path, reason)`; the file is opened
read-only and never modified.
"""

from __future__ import annotations

from pathlib import Path

from checker.errors import InputError
from checker.models import Source
from checker.read.files import SUPPORTED_SUFFIXES, format_of, max_lines, read_bytes, too_large, too_many_lines

DEFAULT_MAX_BYTES = 20 * 1024 * 1024

__all__ = ["DEFAULT_MAX_BYTES", "SUPPORTED_SUFFIXES", "is_supported", "read_data", "read_source"]


def is_supported(path: Path) -> bool:
    """True when ``path``'s suffix is one rectcheck reads (for collecting files from a directory)."""
    return path.suffix.lower() in SUPPORTED_SUFFIXES


def read_source(path: Path, max_bytes: int = DEFAULT_MAX_BYTES) -> Source:
    """Read one file into a Source, or raise InputError with a one-line reason."""
    path = Path(path)
    return read_data(str(path), read_bytes(path, max_bytes), max_bytes)


def read_data(name: str, data: bytes, max_bytes: int = DEFAULT_MAX_BYTES) -> Source:
    """Read a document already in memory (an upload), named ``name`` (its suffix gives the type),
    with the same checks and one-line reasons as a file on disk."""
    fmt = format_of(Path(name))
    if len(data) > max_bytes:
        raise InputError(name, too_large(len(data), max_bytes))
    if not data:
        raise InputError(name, "file is empty")
    encoding: str | None = None
    tables: list[list[list[tuple[int, int]]]] = []
    if fmt in ("txt", "md"):
        from checker.read.plain import read_plain

        text, encoding = read_plain(name, data)
    elif fmt == "docx":
        from checker.read.word import read_docx

        text, tables = read_docx(name, data, max_bytes)
    elif fmt == "pdf":
        from checker.read.pdf import read_pdf

        text = read_pdf(name, data, max_bytes)
    else:
        from checker.read.webpage import read_html

        text, encoding = read_html(name, data)
    if text.count("\n") >= max_lines(max_bytes):  # .docx and .pdf check this while extracting too
        raise InputError(name, too_many_lines(max_lines(max_bytes)))
    if not text.strip():
        reason = "file contains only whitespace" if fmt in ("txt", "md") else f"no text found in the {fmt} document"
        raise InputError(name, reason)
    return Source(path=name, text=text, format=fmt, encoding=encoding, tables=tables)
