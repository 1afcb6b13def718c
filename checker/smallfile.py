"""Reading the small files rectcheck is steered by (configuration, baseline, rubric files): a regular
file only (a FIFO would block, ``/dev/zero`` never ends), at most `MAX_BYTES`, strict UTF-8.
Parsers of these files recurse, so their callers also turn a RecursionError into a one-line reason."""

from __future__ import annotations

import os
import stat
from pathlib import Path

MAX_BYTES = 16 * 1024 * 1024  # far above any real configuration or baseline


class SmallFileError(ValueError):
    """Why the file cannot be read; ``FileNotFoundError`` is left to the caller to word."""


def read_small_text(path: Path, limit: int = MAX_BYTES) -> str:
    """The file's text, or SmallFileError with a short reason (FileNotFoundError passes through)."""
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK)  # a FIFO must not block the open itself
    except FileNotFoundError:
        raise
    except OSError as exc:
        raise SmallFileError(exc.strerror or str(exc)) from None
    with os.fdopen(fd, "rb") as handle:
        info = os.fstat(handle.fileno())
        if stat.S_ISDIR(info.st_mode):
            raise SmallFileError("is a directory, not a file")
        if not stat.S_ISREG(info.st_mode):
            raise SmallFileError("not a regular file")
        data = handle.read(limit + 1)
    if len(data) > limit:
        raise SmallFileError(f"larger than {limit // (1024 * 1024)} MB")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise SmallFileError(f"not UTF-8 text (byte {exc.start})") from None
