"""Regular expressions compiled once per machine, not once per run.

The rules hold a few hundred large patterns (label words with gaps between their characters,
rubric lexicons as alternations); compiling them with ``re`` takes ≈ 60 ms, a fifth of a cold
``rectcheck review``. ``compile_pattern`` keeps each compiled program (the opcode list ``re``
hands to its C engine) in the startup cache and later builds the pattern straight from it.
A stored program is checked by the engine itself when loaded; anything amiss - another Python,
a damaged file - falls back to ``re.compile``, so the result is always the pattern ``re`` makes.
"""

from __future__ import annotations

import atexit
import marshal
import re
from typing import Any

from checker import startup_cache

try:  # the engine's own compiler; absent or changed, patterns are simply compiled as usual
    import _sre
    from re import _compiler, _parser

    _ENGINE: str | None = f"{_sre.MAGIC}-{_sre.CODESIZE}"
except (ImportError, AttributeError):  # pragma: no cover - other Python implementations
    _ENGINE = None

_FILE = f"patterns-{startup_cache.TAG}-{_ENGINE}.marshal"
_MAX_ENTRIES = 4000  # past this the file is rewritten with the patterns of the current run only

Program = tuple[int, list[int], int, dict[str, int], tuple[str | None, ...]]
_stored: dict[tuple[str, int], Program] | None = None
_enabled = True  # False when the startup cache is off: nothing is looked up or kept
_used: dict[tuple[str, int], Program] = {}
_new = False


def _load() -> dict[tuple[str, int], Program]:
    global _stored, _enabled
    if _stored is None:
        _stored = {}
        _enabled = startup_cache.cache_dir() is not None
        blob = startup_cache.read_blob(_FILE) if _enabled else None
        if blob is not None:
            try:
                data = marshal.loads(blob)
                if isinstance(data, dict):
                    _stored = data
            except (ValueError, EOFError, TypeError):
                pass
    return _stored


def _program(pattern: str, flags: int) -> Program:
    """What ``re._compiler.compile`` passes to the engine for ``pattern``."""
    parsed = _parser.parse(pattern, flags)
    code = _compiler._code(parsed, flags)
    groupindex = dict(parsed.state.groupdict)
    indexgroup: list[str | None] = [None] * parsed.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    # Opcodes are int subclasses with names; the engine and marshal want plain ints.
    return int(flags | parsed.state.flags), [int(c) for c in code], parsed.state.groups - 1, groupindex, tuple(indexgroup)


def _same(a: re.Pattern[str], b: re.Pattern[str]) -> bool:
    return a.pattern == b.pattern and a.flags == b.flags and a.groups == b.groups and a.groupindex == b.groupindex


def compile_pattern(pattern: str, flags: int | re.RegexFlag = 0) -> re.Pattern[str]:
    """``re.compile(pattern, flags)``, from the stored program when there is one."""
    global _new
    flags = int(flags)
    if _ENGINE is None or flags & re.DEBUG or not isinstance(pattern, str):
        return re.compile(pattern, flags)
    key = (pattern, flags)
    stored = _load().get(key)
    if stored is not None:
        try:
            compiled: re.Pattern[str] = _sre.compile(pattern, *stored)
            _used[key] = stored
            return compiled
        except Exception:  # a damaged entry: the engine refused it
            pass
    compiled = re.compile(pattern, flags)
    if not _enabled:
        return compiled
    try:
        program = _program(pattern, flags)
        if _same(_sre.compile(pattern, *program), compiled):
            _used[key] = program
            _new = True
    except Exception:  # the engine's internals differ from what this module expects: do not store
        pass
    return compiled


def _save() -> None:
    """Write the programs back when this run compiled new ones (at exit, once)."""
    if not _new:
        return
    stored = _load()
    merged: dict[Any, Program] = {**stored, **_used} if len(stored) + len(_used) <= _MAX_ENTRIES else dict(_used)
    try:
        blob = marshal.dumps(merged)
    except ValueError:  # never expected: a program that is not plain data
        return
    startup_cache.write_blob(_FILE, blob)


atexit.register(_save)
