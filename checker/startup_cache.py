"""Work kept across runs so a review starts fast: blobs of data under the user cache dir.

What is stored is only ever a faster route to something rectcheck can recompute (a validated
rubric), and only data - never code, never a pickle: a reader parses and validates it as it would
any input. Every failure is silent: an unreadable, truncated or foreign file is ignored and
recomputed, and a directory that cannot be written just means no cache. Each blob starts with the
sha256 of what follows, so a damaged file is never read as data. The directory is created for its
owner alone (0700) and not used at all when someone else owns it or another user can write to it:
files planted there by someone else cannot reach a review. Files are replaced atomically, so
concurrent runs never see half a file.

``RECTCHECK_STARTUP_CACHE`` names another directory; set to ``0`` (or empty) it turns the cache off.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import sys
import tempfile
from pathlib import Path

from checker.cachefile import private_to_user, read_entry

_ENV = "RECTCHECK_STARTUP_CACHE"
MAX_BLOB_BYTES = 16 * 1024 * 1024  # a validated rubric is about 80 KB
_DIGEST_LINE = 64 + 1  # the hex sha256 of the blob and a newline


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


def _private_dir(create: bool) -> Path | None:
    """The cache directory when only this user can write it (made 0700 if ``create``), else None."""
    directory = cache_dir()
    if directory is None:
        return None
    try:
        if create:
            directory.mkdir(mode=0o700, parents=True, exist_ok=True)
        info = directory.stat()
    except OSError:
        return None
    return directory if directory.is_dir() and private_to_user(info) else None


def read_blob(name: str) -> bytes | None:
    """The stored bytes of ``name``, or None (absent, damaged, not the user's own, cache off)."""
    directory = _private_dir(create=False)
    if directory is None:
        return None
    raw = read_entry(directory / name, MAX_BLOB_BYTES + _DIGEST_LINE, private=True)
    if raw is None:
        return None
    digest, newline, data = raw.partition(b"\n")
    if not newline or digest != hashlib.sha256(data).hexdigest().encode("ascii"):
        return None
    return data


def write_blob(name: str, data: bytes) -> None:
    """Store ``data`` as ``name`` atomically (temporary file, then rename); failures are ignored."""
    if len(data) > MAX_BLOB_BYTES:
        return
    directory = _private_dir(create=True)
    if directory is None:
        return
    tmp = None
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{name}.", suffix=".tmp", dir=directory)  # mode 0600
        with os.fdopen(fd, "wb") as handle:
            handle.write(hashlib.sha256(data).hexdigest().encode("ascii") + b"\n" + data)
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
    directory = _private_dir(create=False)
    if directory is None:
        return
    try:
        found = [(p.stat().st_mtime_ns, p) for p in directory.iterdir() if p.name.startswith(prefix)]
    except OSError:
        return
    for _, path in sorted(found, reverse=True)[keep:]:
        with contextlib.suppress(OSError):
            path.unlink()
