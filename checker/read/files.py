"""Checks made before a byte is parsed: the path is a readable regular file of a supported type
and not too large. The file is opened read-only, once, and never modified."""

from __future__ import annotations

import errno
import stat
from pathlib import Path

from checker.errors import InputError
from checker.reasons import Reason, reason

# Suffix → Source.format.
FORMATS: dict[str, str] = {
    ".txt": "txt",
    ".md": "md",
    ".docx": "docx",
    ".pdf": "pdf",
    ".html": "html",
    ".htm": "html",
    ".doc": "doc",  # through LibreOffice (checker.read.office)
    ".wps": "wps",
    ".odt": "odt",
    ".xlsx": "xlsx",  # a 问题清单 / 整改台账 workbook (checker.read.sheets)
    ".xls": "xls",  # spreadsheets through LibreOffice too
    ".et": "et",
    ".ods": "ods",
}
SUPPORTED_SUFFIXES: tuple[str, ...] = tuple(FORMATS)

_MB = 1024 * 1024
MAX_MAX_BYTES = 2 * 1024 * _MB  # --max-bytes above this is a typo, not a report
LINE_BYTES = 32  # a document may have one line per this many bytes of --max-bytes …
MIN_LINES = 1000  # … and never fewer than this


def max_lines(max_bytes: int) -> int:
    """Lines a document's text may have under ``--max-bytes`` (655,360 at the default 20 MB): blank
    lines cost the segmenter as much as full ones, and a small .docx can hold millions of them."""
    return max(MIN_LINES, max_bytes // LINE_BYTES)


def too_many_lines(limit: int) -> Reason:
    return reason("too_many_lines", limit=limit, per=LINE_BYTES)


def megabytes(n: int) -> str:
    """A size in MB, with enough decimals that a small non-zero size does not show as 0."""
    value = n / _MB
    if n == 0 or value >= 0.1:
        return f"{value:.1f} MB"
    return f"{value:.6f}".rstrip("0") + " MB"


def check_max_bytes(value: int) -> int:
    """``value`` when it is a usable --max-bytes, else UsageError."""
    from checker.errors import UsageError

    if not 1 <= value <= MAX_MAX_BYTES:
        raise UsageError(f"--max-bytes: must be between 1 and {MAX_MAX_BYTES:,} ({megabytes(MAX_MAX_BYTES)}), got {value:,}")
    return value


def format_of(path: Path) -> str:
    """The Source.format for ``path``'s suffix (case-insensitive), or InputError."""
    suffix = path.suffix.lower()
    if suffix in FORMATS:
        return FORMATS[suffix]
    supported = ", ".join(SUPPORTED_SUFFIXES)
    if path.suffix:
        raise InputError(str(path), reason("unsupported", suffix=path.suffix, supported=supported))
    raise InputError(str(path), reason("unsupported_no_suffix", supported=supported))


def _os_reason(exc: OSError) -> Reason:
    if isinstance(exc, FileNotFoundError):
        return reason("no_such_file")
    if isinstance(exc, PermissionError):
        return reason("permission_denied")
    if isinstance(exc, IsADirectoryError):
        return reason("is_directory")
    if exc.errno == errno.ENOTDIR:
        return reason("parent_not_directory")
    if exc.errno == errno.ENAMETOOLONG:
        return reason("name_too_long")
    return reason("cannot_read", detail=str(exc.strerror or exc))


def read_bytes(path: Path, max_bytes: int) -> bytes:
    """The file's bytes, after checking it exists, is a regular file, has a supported suffix
    and is at most ``max_bytes`` long (checked on ``stat`` before reading)."""
    name = str(path)
    try:
        info = path.stat()
    except OSError as exc:
        raise InputError(name, _os_reason(exc)) from None
    if stat.S_ISDIR(info.st_mode):
        raise InputError(name, reason("is_directory"))
    if not stat.S_ISREG(info.st_mode):
        raise InputError(name, reason("not_regular"))
    format_of(path)
    if info.st_size > max_bytes:
        raise InputError(name, too_large(info.st_size, max_bytes))
    try:
        with path.open("rb") as handle:
            data = handle.read(max_bytes + 1)
    except OSError as exc:
        raise InputError(name, _os_reason(exc)) from None
    if len(data) > max_bytes:  # grew between stat and read
        raise InputError(name, too_large(len(data), max_bytes))
    return data


def too_large(size: int, limit: int) -> Reason:
    return reason("too_large", size=megabytes(size), limit=megabytes(limit))


def text_too_large(what: str, limit: int) -> Reason:
    """The text extracted from a .docx, PDF or workbook outgrew ``--max-bytes``."""
    return reason("text_too_large", what=what, limit=megabytes(limit))


def short_message(exc: BaseException) -> str:
    """An exception as one short line, for a reason shown to the user."""
    message = " ".join(str(exc).split()) or type(exc).__name__
    return message if len(message) <= 120 else message[:117] + "..."
