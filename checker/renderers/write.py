"""Writing reports to disk without ever damaging what is already there.

A regular file is written atomically (temporary file beside it, fsync, rename), so an interrupted
run never leaves a half-written file. A symlink is followed: the file it points to is replaced, the
link stays. A special file (FIFO, character device, ``/dev/stdout``) is written through, never
renamed over: replacing ``/dev/null`` or a pipe with a regular file would break the system or the
reader. An existing read-only file is refused rather than silently replaced.
"""

from __future__ import annotations

import contextlib
import errno
import os
import signal
import stat
import tempfile
from collections.abc import Iterator
from pathlib import Path


def write_atomic(path: Path, text: str | bytes) -> None:
    """Write ``text`` (UTF-8; bytes as they are) to ``path``: see the module docstring for what kind
    of file gets what."""
    path = Path(path)
    data = text.encode("utf-8") if isinstance(text, str) else text
    try:
        info: os.stat_result | None = os.stat(path)  # follows symlinks: what the link points to
    except FileNotFoundError:
        info = None
    if info is not None and stat.S_ISDIR(info.st_mode):
        raise IsADirectoryError(errno.EISDIR, "is a directory")
    if info is not None and not stat.S_ISREG(info.st_mode):
        with open(path, "wb") as handle:  # FIFO, device: write through
            handle.write(data)
        return
    if path.is_symlink():
        path = Path(os.path.realpath(path))
    if info is not None and not _writable(path, info):
        raise PermissionError(errno.EACCES, "the existing file is read-only; not replaced")
    _replace(path, data)


def _writable(path: Path, info: os.stat_result) -> bool:
    # os.access says yes to root for any file: a file with no write bit at all is read-only to us too.
    return os.access(path, os.W_OK) and bool(info.st_mode & 0o222)


def _replace(path: Path, data: bytes) -> None:
    directory = path.parent if str(path.parent) else Path(".")
    tmp: str | None = None
    try:
        with signals_held():  # a signal lands after ``tmp`` is set, inside the ``try`` that removes it
            fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=directory)
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp, 0o666 & ~_umask())  # mkstemp makes 0600; a report is an ordinary file
        os.replace(tmp, path)
    except BaseException:  # KeyboardInterrupt, and SIGTERM turned into an exception by the CLI
        if tmp is not None:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
        raise


@contextlib.contextmanager
def signals_held() -> Iterator[None]:
    """Hold SIGINT/SIGTERM while the temporary file is created and its name stored; a signal that
    came meanwhile is delivered right after."""
    held = {signal.SIGINT, signal.SIGTERM}
    try:
        previous = signal.pthread_sigmask(signal.SIG_BLOCK, held)
    except (AttributeError, ValueError, OSError):  # no pthread_sigmask on this platform
        yield
        return
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, previous)


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def silence_stdout() -> None:
    """Point the process's standard output at the null device once its reader has gone (a closed
    pipe) or it cannot take more (a full disk): what is still buffered can go nowhere, and the
    interpreter's flush at exit then has nothing to complain about."""
    import sys

    null = os.open(os.devnull, os.O_WRONLY)
    os.dup2(null, sys.stdout.fileno())
    os.close(null)
