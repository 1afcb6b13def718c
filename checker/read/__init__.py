"""Read a report file into a `Source`: the text every later offset refers to.

Offsets refer to the text *as read*: decoded (encoding detected, a byte-order mark removed —
what ``bytes.decode("utf-8-sig")`` gives), newlines normalised (``\\r\\n`` and ``\\r`` → ``\\n``),
and for .docx/.xlsx/.pdf/.html the extracted text laid out as each reader documents. Nothing else
is changed: no Unicode normalisation, so evidence quotes the author's own characters.

Every way a file can fail to be a report raises `InputError(path, reason)`; the file is opened
read-only and never modified. A .docx, .xlsx, PDF or HTML file is parsed in a worker process held to a
deadline and a memory ceiling (:mod:`checker.read.budget`), so a parser that never ends or never
stops allocating costs one document.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from checker.errors import InputError
from checker.models import Source
from checker.read.extract import READERS, Extracted, extract
from checker.read.files import SUPPORTED_SUFFIXES, format_of, max_lines, read_bytes, too_large, too_many_lines
from checker.read.office import OFFICE_FORMATS, convert
from checker.reasons import reason

if TYPE_CHECKING:
    from checker.read.budget import ReadBudget

DEFAULT_MAX_BYTES = 20 * 1024 * 1024
# Decoded in the calling process: linear in the bytes, and the common case of a folder of reports.
IN_PROCESS = frozenset(("txt", "md"))

__all__ = ["DEFAULT_MAX_BYTES", "SUPPORTED_SUFFIXES", "is_supported", "read_data", "read_source"]


def is_supported(path: Path) -> bool:
    """True when ``path``'s suffix is one rectcheck reads (for collecting files from a directory)."""
    return path.suffix.lower() in SUPPORTED_SUFFIXES


def read_source(path: Path, max_bytes: int = DEFAULT_MAX_BYTES, budget: ReadBudget | None = None) -> Source:
    """Read one file into a Source, or raise InputError with a one-line reason."""
    path = Path(path)
    return read_data(str(path), read_bytes(path, max_bytes), max_bytes, budget)


def read_data(name: str, data: bytes, max_bytes: int = DEFAULT_MAX_BYTES, budget: ReadBudget | None = None) -> Source:
    """Read a document already in memory (an upload), named ``name`` (its suffix gives the type),
    with the same checks and one-line reasons as a file on disk. A .docx, .xlsx, PDF or HTML file is
    parsed in a worker held to ``budget`` (default: :func:`checker.read.budget.read_budget`)."""
    fmt = format_of(Path(name))
    if len(data) > max_bytes:
        raise InputError(name, too_large(len(data), max_bytes))
    if not data:
        raise InputError(name, reason("empty"))
    parsed = fmt
    if fmt in OFFICE_FORMATS:  # converted to .docx or .xlsx first; the review still names the file given
        data, parsed = convert(name, fmt, data, max_bytes)
    if parsed in IN_PROCESS:
        read: Extracted = extract(parsed, name, data, max_bytes)
    else:
        from checker.read.budget import read_budget, within_budget  # multiprocessing: not for plain text

        chosen = budget or read_budget(max_bytes)
        read = within_budget(name, chosen, [READERS[parsed]], extract, parsed, name, data, max_bytes)
    text, encoding, tables = read
    if text.count("\n") >= max_lines(max_bytes):  # .docx, .pdf and .html check this while extracting too
        raise InputError(name, too_many_lines(max_lines(max_bytes)))
    if not text.strip():
        raise InputError(name, reason("only_whitespace") if parsed in IN_PROCESS else reason("no_text", fmt=fmt))
    return Source(path=name, text=text, format=fmt, encoding=encoding, tables=tables)
