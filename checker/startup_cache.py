"""Work kept across runs so a review starts fast: blobs under the user cache dir.

What is stored is only ever a faster route to something rectcheck can recompute (a validated
rubric), so every failure is silent: an unreadable, truncated or
foreign file is ignored and recomputed, and a directory that cannot be written just means no
cache. Files are replaced atomically, so concurrent runs never see half a file.

``RECTCHECK_STARTUP_CACHE`` names another directory; set to ``0`` (or empty) it turns the cache off.
"""

from __future__ import annotations

import contextlib
import os
import sys
import tempfile
from pathlib import Path

_ENV = "RECTCHECK_STARTUP_CACHE"
# Stored programs and pickles are only valid for the interpreter that wrote them.
TAG = f"{sys.implementation.cache_tag}-{sys.hexversion:x}"


def cache_dir() -> Path | None:
    """The directory of the startup cache, or None when it is turned off."""
    env = os.environ.get(_ENV)
    if env is not None:
        return Path(env).expanduser() if env not in ("", "0") else None
    base = os.environ.get("XDG_CACHE_HOME")
    if sys.platform.startswith("linux") and (base is None or os.path.isabs(base)):
        # platformdirs' answer on Linux without importing it (≈ 2 ms of every start)
        return Path(base or Path.home() / ".cache") / "rectcheck" / "startup"
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("rectcheck")) / "startup"


def read_blob(name: str) -> bytes | None:
    """The stored bytes of ``name``, or None (absent, unreadable, cache off)."""
    directory = cache_dir()
    if directory is None:
        return None
    try:
        return (directory / name).read_bytes()
    except (OSError, ValueError):
        return None


def write_blob(name: str, data: bytes) -> None:
    """Store ``data`` as ``name`` atomically (temporary file, then rename); failures are ignored."""
    directory = cache_dir()
    if directory is None:
        return
    tmp = None
    try:
        directory.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{name}.", suffix=".tmp", dir=directory)
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        os.replace(tmp, directory / name)
        tmp = None
    except OSError:
        pass
    finally:
        if tmp is not None:
            with contextlib.suppress(OSError):
                os.unlink(tmp)


def prune(prefix: str, keep: int) -> None:
    """Keep only the ``keep`` most recently written blobs whose names start with ``prefix`` (one per
    rubric file version seen, say), so the directory does not grow with every edit."""
    directory = cache_dir()
    if directory is None:
        return
    try:
        found = [(p.stat().st_mtime_ns, p) for p in directory.iterdir() if p.name.startswith(prefix)]
    except OSError:
        return
    for _, path in sorted(found, reverse=True)[keep:]:
        with contextlib.suppress(OSError):
            path.unlink()
