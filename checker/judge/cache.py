"""On-disk cache of validated model answers, so an unchanged re-run sends no request.

The key covers everything that shapes the answer: endpoint, model, the rubric's judge fingerprint
(texts the prompt uses, not weights or thresholds), the prompt-template hash and the rendered
messages with the per-request nonce masked. Entries hold the answer JSON and its usage — never the
API key, never an error. Writes are atomic (temp file + rename), so parallel writers are safe. An
entry is read only from a regular file of bounded size (a FIFO or device in its place is a miss,
never a wait), and a write replaces whatever was there.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import tempfile
from pathlib import Path
from typing import Any

from checker.cachefile import read_entry

MAX_ENTRY_BYTES = 1024 * 1024  # an answer is a few KB; anything larger was not written by us


def cache_key(parts: list[Any]) -> str:
    blob = json.dumps(parts, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(blob.encode("utf-8")).hexdigest()


class AnswerCache:
    """A directory of ``<key[:2]>/<key>.json`` files; ``enabled=False`` neither reads nor writes."""

    def __init__(self, directory: Path, enabled: bool = True) -> None:
        self.directory = directory
        self.enabled = enabled

    def _path(self, key: str) -> Path:
        return self.directory / key[:2] / f"{key}.json"

    def get(self, key: str) -> dict[str, Any] | None:
        if not self.enabled:
            return None
        raw = read_entry(self._path(key), MAX_ENTRY_BYTES)
        if raw is None:
            return None  # missing, unreadable, too large or not a file: a miss, the answer is asked again
        try:
            entry = json.loads(raw)
        except (ValueError, RecursionError):  # damaged, or nested to crash the parser
            self.drop(key)
            return None
        if isinstance(entry, dict) and isinstance(entry.get("answer"), dict):
            return entry
        self.drop(key)
        return None

    def drop(self, key: str) -> None:
        """Remove an entry that cannot be used, so it is asked again and replaced."""
        if self.enabled:
            with contextlib.suppress(OSError):
                self._path(key).unlink()

    def put(self, key: str, answer: dict[str, Any], usage: dict[str, int], model: str) -> None:
        if not self.enabled:
            return
        path = self._path(key)
        entry = {"answer": answer, "usage": usage, "model": model}
        tmp: str | None = None
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-", suffix=".json")
            with os.fdopen(fd, "w", encoding="utf-8") as fh:
                json.dump(entry, fh, ensure_ascii=False)
            os.replace(tmp, path)
            tmp = None
        except OSError:
            pass  # an unwritable cache slows the next run down; it must not fail this one
        finally:
            if tmp is not None:
                with contextlib.suppress(OSError):
                    os.unlink(tmp)
