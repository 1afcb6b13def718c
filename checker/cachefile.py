"""Reading one entry of an on-disk cache: a regular file of bounded size, opened without blocking
and without following a link. A FIFO, a device, a link or a directory planted where an entry should
be reads as absent (a FIFO would otherwise hang the run, a device never end), so the work is done
again instead."""

from __future__ import annotations

import os
import stat
from pathlib import Path

# O_NONBLOCK: opening a FIFO that nobody writes to returns at once instead of waiting for a writer.
_FLAGS = os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_CLOEXEC", 0)


def private_to_user(info: os.stat_result) -> bool:
    """Owned by this user and writable by nobody else: what a cache may trust as its own writing."""
    geteuid = getattr(os, "geteuid", None)
    owner_ok = geteuid is None or info.st_uid == geteuid()
    return owner_ok and not info.st_mode & (stat.S_IWGRP | stat.S_IWOTH)


def read_entry(path: Path, limit: int, *, private: bool = False) -> bytes | None:
    """The bytes of the regular file ``path`` if it holds at most ``limit`` bytes, else None;
    ``private``: also None unless the file is the user's own and no one else can write it."""
    try:
        fd = os.open(path, _FLAGS)
    except (OSError, ValueError):
        return None
    with os.fdopen(fd, "rb") as handle:
        info = os.fstat(handle.fileno())
        if not stat.S_ISREG(info.st_mode) or info.st_size > limit:
            return None
        if private and not private_to_user(info):
            return None
        try:
            data = handle.read(limit + 1)
        except OSError:
            return None
    return data if len(data) <= limit else None
