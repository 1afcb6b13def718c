"""Plain text and Markdown: decoded as they are, markup kept (evidence quotes the author)."""

from __future__ import annotations

from checker.errors import InputError
from checker.read.encoding import UndecodableError, decode_bytes
from checker.reasons import reason


def read_plain(name: str, data: bytes) -> tuple[str, str]:
    """Return ``(text, encoding)`` for a .txt/.md file's bytes."""
    if not data:
        raise InputError(name, reason("empty"))
    try:
        return decode_bytes(data)
    except UndecodableError as exc:
        raise InputError(name, exc.why) from None
